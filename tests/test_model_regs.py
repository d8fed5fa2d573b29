"""vcnic.model register map: identity, capabilities, reset values, SLVERR, W1C, irq,
snapshot, soft reset, STATUS free counts."""

from __future__ import annotations

import asyncio
import functools

import pytest
from vcnic.hw import BusError, DataPort, RegisterWindow
from vcnic.model import NicModel
from vcnic.model.regfile import REGS
from vcnic.regs import (
    ADDRESS,
    CORE_ID,
    CORE_VERSION_MAJOR,
    RegisterClient,
    VcOpcode,
    VcParams,
    register_map,
)

A = ADDRESS


def arun(fn):
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        return asyncio.run(asyncio.wait_for(fn(*args, **kwargs), 10))

    return wrapper


def _int_bits(*names: str) -> int:
    return sum(REGS["INT_STATUS"].f(n).mask for n in names)


def _gen_model(nic: NicModel):
    return register_map(nic.window.read, nic.window.write)


def test_protocols():
    nic = NicModel()
    assert isinstance(nic.window, RegisterWindow)
    assert isinstance(nic.port, DataPort)


@arun
async def test_identity_and_defaults_caps():
    nic = NicModel()
    m = _gen_model(nic)
    assert await m.ID.id.read() == CORE_ID == 0x56434E49
    assert await m.VERSION.major.read() == CORE_VERSION_MAJOR == 1
    assert await m.VERSION.minor.read() == 0
    cap = await m.CAP_VC.read_fields()
    assert cap == {"num_vc": 256, "vpi_bits": 8, "vci_bits": 16, "cbr_slots": 16}
    buf = await m.CAP_BUF.read_fields()
    assert buf == {"rx_buf_cells": 1024, "tx_buf_cells": 1024}
    dp = await m.CAP_DP.read_fields()
    assert dp == {"data_width": 32, "aal_types": 0x08, "service_cats": 0x05}
    assert await m.LINK_RATE.cells_per_s.read() == 353207
    st = await m.STATUS.read_fields()
    assert st == {"rx_free": 1024, "tx_free": 1024}


@arun
async def test_caps_follow_parameters():
    nic = NicModel(num_vc=1024, data_w=64, tx_buf_cells=512, rx_buf_cells=2048, num_cbr=4,
                   lookup_ways=2, link_rate=1412830)
    m = _gen_model(nic)
    assert (await m.CAP_VC.read_fields())["num_vc"] == 1024
    assert (await m.CAP_VC.read_fields())["cbr_slots"] == 4
    assert await m.CAP_BUF.read_fields() == {"rx_buf_cells": 2048, "tx_buf_cells": 512}
    assert (await m.CAP_DP.read_fields())["data_width"] == 64
    assert await m.LINK_RATE.cells_per_s.read() == 1412830
    await RegisterClient(nic.window).set_ctrl(nni=1)
    assert (await m.CAP_VC.read_fields())["vpi_bits"] == 12


@pytest.mark.parametrize("kw", [dict(num_vc=3), dict(num_vc=0), dict(data_w=16),
                                dict(num_cbr=128), dict(tx_buf_cells=65536)])
def test_bad_parameters(kw):
    with pytest.raises(ValueError):
        NicModel(**kw)


@arun
async def test_reset_values_match_rdl():
    nic = NicModel()
    m = _gen_model(nic)
    for reg in m.get_registers():
        if not reg._is_writeable:
            continue
        for f in reg.fields:
            if f.default is None:
                continue
            got = await f.read()
            assert got == f.default, (reg.inst_name, f.inst_name, got, f.default)


@arun
async def test_unmapped_and_read_only_answer_slverr():
    nic = NicModel()
    m = _gen_model(nic)
    by_addr = {r.address: r for r in m.get_registers()}
    for addr in range(0, 0x200, 4):
        reg = by_addr.get(addr)
        if reg is None:
            for op in (nic.window.read(addr), nic.window.write(addr, 0)):
                with pytest.raises(BusError) as e:
                    await op
                assert e.value.resp == 2 and e.value.addr == addr
        elif not reg._is_writeable:
            before = await nic.window.read(addr)
            with pytest.raises(BusError) as e:
                await nic.window.write(addr, 0xFFFFFFFF)
            assert e.value.resp == 2 and e.value.write
            assert await nic.window.read(addr) == before
        else:
            await nic.window.read(addr)
    # beyond the 9-bit AXI4-Lite window: DECERR
    for addr in (0x200, 0x1000, -4):
        with pytest.raises(BusError) as e:
            await nic.window.read(addr)
        assert e.value.resp == 3
    # like the RTL, byte offsets inside a word decode to the word
    assert await nic.window.read(A["ID"] + 1) == CORE_ID


@arun
async def test_rw_registers_store_only_their_fields():
    nic = NicModel()
    for name in ("VC_SELECT", "VC_VPIVCI", "VC_PARAM", "VC_MAX_SDU", "VC_PCR_INC",
                 "INT_ENABLE"):
        await nic.window.write(A[name], 0xFFFFFFFF)
        assert await nic.window.read(A[name]) == REGS[name].write_mask, name
        await nic.window.write(A[name], 0)
        assert await nic.window.read(A[name]) == 0
    # CTRL: the pulse fields read back 0
    await nic.window.write(A["CTRL"], 0xFFFFFFFF)
    ctrl = REGS["CTRL"]
    pulses = ctrl.f("soft_reset").mask | ctrl.f("snapshot").mask
    assert await nic.window.read(A["CTRL"]) == ctrl.write_mask & ~pulses
    # VC_CMD: opcode storage reads back, busy/result are the engine's
    await nic.window.write(A["VC_CMD"], 0xFFFFFFFF)  # opcode 15: BAD_OPCODE
    v = await nic.window.read(A["VC_CMD"])
    assert REGS["VC_CMD"].f("opcode").get(v) == 15
    assert REGS["VC_CMD"].f("busy").get(v) == 0


@arun
async def test_int_status_w1c_enable_and_irq():
    nic = NicModel()
    c = RegisterClient(nic.window)
    assert await c.command(VcOpcode.NOP, 0) == 0
    await c.command(0xF, 0)  # BAD_OPCODE also completes
    assert await c.read("INT_STATUS") == _int_bits("cmd_done")
    assert not nic.irq
    await c.write("INT_ENABLE", _int_bits("rx_pdu"))
    assert not nic.irq
    await c.write("INT_ENABLE", _int_bits("rx_pdu", "cmd_done"))
    assert nic.irq
    await nic.window.wait_irq()  # at once
    # writing 0s clears nothing, writing the bit clears it
    await c.write("INT_STATUS", 0)
    assert await c.read("INT_STATUS") == _int_bits("cmd_done")
    await c.write("INT_STATUS", 0xFFFFFFFF)
    assert await c.read("INT_STATUS") == 0
    assert not nic.irq

    # wait_irq blocks until an enabled source fires
    waiter = asyncio.ensure_future(nic.window.wait_irq())
    for _ in range(5):
        await asyncio.sleep(0)
    assert not waiter.done()
    await c.command(VcOpcode.NOP, 0)
    await asyncio.wait_for(waiter, 1)


@arun
async def test_every_int_source():
    nic = NicModel(rx_buf_cells=64, tx_buf_cells=64)
    c = RegisterClient(nic.window)
    await c.set_ctrl(enable=1, loopback=1)
    await c.activate(1, VcParams(vci=100, max_sdu=1000))
    await nic.port.send(1, b"x" * 10)
    await nic.port.receive()
    await nic.port.tx_completion()
    assert await c.read("INT_STATUS") == _int_bits("cmd_done", "rx_pdu", "tx_cpl")
    await c.write("INT_STATUS", 0xFFFFFFFF)
    # cell_drop: unknown VC; rx_error: CRC error (external line)
    await c.set_ctrl(loopback=0)
    from vcnic.atm.aal5 import segment

    nic.line_rx(segment(b"a", 0, 999)[0].to_bytes())
    assert await c.read("INT_STATUS") == _int_bits("cell_drop")
    bad = bytearray(segment(b"a", 0, 100)[0].to_bytes())
    bad[10] ^= 1
    nic.line_rx(bytes(bad))
    assert await c.read("INT_STATUS") == _int_bits("cell_drop", "rx_error")
    # cmd_overrun: a command while DEACTIVATE is busy (a PDU waits for a stalled host RX)
    await c.write("INT_STATUS", 0xFFFFFFFF)
    await c.set_ctrl(loopback=1)
    nic.stall_rx(True)
    await nic.port.send(1, b"y")
    await nic.wait_tx_idle()
    await c.deactivate(1, wait=False)
    assert nic.cmd_busy
    await c.write("VC_CMD", int(VcOpcode.NOP))
    assert await c.read("INT_STATUS") & _int_bits("cmd_overrun")
    nic.stall_rx(False)
    assert await c.wait_cmd() == 0


@arun
async def test_snapshot_latches_all_counters_at_once():
    nic = NicModel()
    c = RegisterClient(nic.window)
    await c.set_ctrl(enable=1, loopback=1)
    await c.activate(3, VcParams(vci=40))
    await nic.port.send(3, bytes(100))
    await nic.port.receive()
    # live counters moved, registers still show the reset snapshot
    assert nic.live_counter("CELLS_TX") == 3
    assert await c.read("CELLS_TX") == 0 and await c.read("BYTES_TX_LO") == 0
    snap = await c.counters()
    assert snap["CELLS_TX"] == snap["CELLS_RX"] == 3
    assert snap["PDUS_TX"] == snap["PDUS_RX"] == 1
    assert snap["BYTES_TX"] == snap["BYTES_RX"] == 100
    # more traffic: registers keep the old snapshot until the next one
    await nic.port.send(3, bytes(10))
    await nic.port.receive()
    assert await c.read("CELLS_TX") == 3
    assert (await c.counters())["CELLS_TX"] == 4
    assert await c.field("CTRL", "snapshot") == 0


@arun
async def test_soft_reset_keeps_register_block_only():
    nic = NicModel()
    c = RegisterClient(nic.window)
    await c.set_ctrl(enable=1, loopback=1, hec_correct=0)
    await c.write("INT_ENABLE", _int_bits("rx_pdu"))
    await c.activate(7, VcParams(vci=77, max_sdu=500))
    await nic.port.send(7, bytes(60))
    await nic.port.receive()
    await c.counters()
    ctrl = await c.read("CTRL")
    int_status = await c.read("INT_STATUS")
    await c.set_ctrl(soft_reset=1)
    assert await c.read("CTRL") == ctrl  # register block kept; the pulse reads 0
    assert await c.read("INT_STATUS") == int_status
    assert await c.read("INT_ENABLE") == _int_bits("rx_pdu")
    assert await c.read("VC_SELECT") == 7 and await c.read("VC_MAX_SDU") == 500
    assert await c.read("CELLS_TX") == 0  # snapshot registers are core state
    q = await c.query(7)
    assert q.state == 0 and q.vci == 0 and q.max_sdu == 0
    assert all(v == 0 for v in q.counters.values())
    assert (await c.counters())["CELLS_TX"] == 0
    assert await c.read("STATUS") == REGS["STATUS"].f("tx_free").put(1024, 1024)
    # the VC can be activated again
    assert await c.activate(7, VcParams(vci=77)) == 0


@arun
async def test_status_free_counts():
    nic = NicModel(tx_buf_cells=100, rx_buf_cells=50)
    c = RegisterClient(nic.window)
    await c.set_ctrl(loopback=1)  # enable = 0: frames queue
    await c.activate(0, VcParams(vci=50, max_sdu=1000))
    await nic.port.send(0, bytes(100))  # 3 cells
    await nic.port.send(0, bytes(40))  # 1 cell
    assert await c.field("STATUS", "tx_free") == 96
    assert await c.field("STATUS", "rx_free") == 50
    nic.stall_rx(True)
    await c.set_ctrl(enable=1)
    await nic.wait_tx_idle()
    assert await c.field("STATUS", "tx_free") == 100
    assert await c.field("STATUS", "rx_free") == 46  # held for the stalled host
    nic.stall_rx(False)
    assert await c.field("STATUS", "rx_free") == 50
    assert [len((await nic.port.receive()).data) for _ in range(2)] == [100, 40]


def test_model_survives_a_new_event_loop_and_reports_tap_errors():
    nic = NicModel()
    c = RegisterClient(nic.window)

    async def first():
        await c.set_ctrl(enable=1, loopback=1)
        await c.activate(1, VcParams(vci=40))
        await nic.port.send(1, b"one")
        assert (await nic.port.receive()).data == b"one"
        await nic.port.send(1, b"two")
        await nic.wait_tx_idle()

    async def second():
        assert (await nic.port.receive()).data == b"two"  # queued under the first loop
        assert (await nic.port.tx_completion()).status == 0

        def tap(cell):
            raise ValueError("tap broke")

        nic.line_tx = tap
        await nic.port.send(1, b"three")
        with pytest.raises(RuntimeError) as e:
            await nic.wait_tx_idle()
        assert isinstance(e.value.__cause__, ValueError)

    asyncio.run(first())
    asyncio.run(second())
