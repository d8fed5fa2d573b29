"""Smoke tests of vcnic_core (TX side, VC table/commands, counters) on rtl/tb/vcnic_core_tb.v.

Launched by tests/test_core_smoke.py. Cells on line TX are compared with
`vcnic.atm.aal5.segment`; line utilisation and CBR shaping are measured with HDL counters
and the wrapper's cell log (start cycle + header of every line TX cell).
"""

from __future__ import annotations

import json
import os
import random

import cocotb
from cocotb.triggers import ClockCycles, RisingEdge, Timer, with_timeout
from cocotbext.axi import (
    AxiLiteBus,
    AxiLiteMaster,
    AxiStreamBus,
    AxiStreamFrame,
    AxiStreamSink,
    AxiStreamSource,
)
from vcnic.atm.aal5 import cells_for, segment
from vcnic.atm.cell import Cell
from vcnic.regs import (
    ADDRESS,
    AalType,
    RxStatusCode,
    ServiceCategory,
    TxStatusCode,
    VcOpcode,
    VcResult,
    VcState,
    register_map,
)

_M = register_map(None, None)  # metadata only: field positions
PARAMS = json.loads(os.environ.get("VCNIC_PARAMS", "{}"))
DATA_W = int(PARAMS.get("DATA_W", 32))
NUM_VC = int(PARAMS.get("NUM_VC", 256))
TX_BUF = int(PARAMS.get("TX_BUF_CELLS", 1024))
RX_BUF = int(PARAMS.get("RX_BUF_CELLS", 1024))
NUM_CBR = int(PARAMS.get("NUM_CBR", 16))
KEEP = DATA_W // 8
SLOT = -(-53 // KEEP)


def fld(reg: str, name: str, value: int) -> int:
    f = getattr(getattr(_M, reg), name)
    assert 0 <= int(value) < (1 << f.width), (reg, name, value)
    return int(value) << f.lsb


def get(reg: str, name: str, word: int) -> int:
    f = getattr(getattr(_M, reg), name)
    return (word >> f.lsb) & ((1 << f.width) - 1)


class Core:
    def __init__(self, dut):
        self.dut = dut
        self.axil = AxiLiteMaster(AxiLiteBus.from_prefix(dut, "s_axil"), dut.clk, dut.rst)
        self.tx = AxiStreamSource(AxiStreamBus.from_prefix(dut, "s_axis_tx"), dut.clk, dut.rst)
        self.txc = AxiStreamSink(AxiStreamBus.from_prefix(dut, "m_axis_txc"), dut.clk, dut.rst)
        self.line = AxiStreamSink(AxiStreamBus.from_prefix(dut, "m_axis_line_tx"), dut.clk,
                                  dut.rst)
        self.rx = AxiStreamSink(AxiStreamBus.from_prefix(dut, "m_axis_rx"), dut.clk, dut.rst)
        self.lrx = AxiStreamSource(AxiStreamBus.from_prefix(dut, "s_axis_line_rx"), dut.clk,
                                   dut.rst)

    async def reset(self):
        d = self.dut
        d.meas_en.value = 0
        d.rst.value = 1
        await ClockCycles(d.clk, 5)
        d.rst.value = 0
        await ClockCycles(d.clk, 5)

    async def rd(self, reg: str) -> int:
        return await self.axil.read_dword(ADDRESS[reg])

    async def wr(self, reg: str, value: int) -> None:
        await self.axil.write_dword(ADDRESS[reg], value)

    async def ctrl(self, enable=1, loopback=0, **kw):
        v = fld("CTRL", "enable", enable) | fld("CTRL", "loopback", loopback)
        v |= fld("CTRL", "hec_correct", kw.get("hec_correct", 1)) | fld("CTRL", "nni", kw.get("nni", 0))
        for k in ("soft_reset", "snapshot"):
            if kw.get(k):
                v |= fld("CTRL", k, 1)
        await self.wr("CTRL", v)

    async def cmd(self, op, vc, vpi=0, vci=0, service=ServiceCategory.UBR, max_sdu=9180, inc=0,
                  aal=AalType.AAL5, tx_en=1, rx_en=1, rx_errored=0, clp=0, wait=True,
                  timeout_us=2000):
        await self.wr("VC_SELECT", vc)
        await self.wr("VC_VPIVCI", fld("VC_VPIVCI", "vpi", vpi) | fld("VC_VPIVCI", "vci", vci))
        await self.wr("VC_PARAM", fld("VC_PARAM", "aal", aal) | fld("VC_PARAM", "service", service)
                      | fld("VC_PARAM", "tx_en", tx_en) | fld("VC_PARAM", "rx_en", rx_en)
                      | fld("VC_PARAM", "rx_errored", rx_errored) | fld("VC_PARAM", "clp", clp))
        await self.wr("VC_MAX_SDU", max_sdu)
        await self.wr("VC_PCR_INC", inc)
        await self.wr("VC_CMD", fld("VC_CMD", "opcode", op))
        if not wait:
            return None
        return await self.wait_cmd(timeout_us)

    async def wait_cmd(self, timeout_us=2000):
        async def poll():
            while True:
                v = await self.rd("VC_CMD")
                if not get("VC_CMD", "busy", v):
                    return VcResult(get("VC_CMD", "result", v))
        return await with_timeout(poll(), timeout_us, "us")

    async def activate(self, vc, vpi, vci, **kw):
        r = await self.cmd(VcOpcode.ACTIVATE, vc, vpi, vci, **kw)
        assert r == VcResult.OK, r
        return r

    async def query(self, vc) -> dict:
        r = await self.cmd(VcOpcode.QUERY, vc)
        assert r == VcResult.OK
        out = {}
        for reg in ("VC_TX_CELLS", "VC_TX_PDUS", "VC_TX_BYTES_LO", "VC_TX_ABORTED", "VC_TX_DROPPED",
                    "VC_RX_CELLS", "VC_RX_PDUS", "VC_RX_ABORTED"):
            out[reg] = await self.rd(reg)
        s = await self.rd("VC_Q_STATE")
        out["state"] = VcState(get("VC_Q_STATE", "state", s))
        out["tx_queued"] = get("VC_Q_STATE", "tx_queued", s)
        out["last_tx"] = get("VC_Q_STATE", "last_tx_status", s)
        out["vpivci"] = await self.rd("VC_Q_VPIVCI")
        out["param"] = await self.rd("VC_Q_PARAM")
        out["max_sdu"] = await self.rd("VC_Q_MAX_SDU")
        out["inc"] = await self.rd("VC_Q_INC")
        return out

    async def snapshot(self) -> dict:
        c = await self.rd("CTRL")
        await self.wr("CTRL", c | fld("CTRL", "snapshot", 1))
        names = ("CELLS_TX", "PDUS_TX", "BYTES_TX_LO", "BYTES_TX_HI", "TX_ABORTED", "TX_DROPPED",
                 "CELLS_RX", "PDUS_RX", "BYTES_RX_LO")
        return {n: await self.rd(n) for n in names}

    def send(self, vc, sdu: bytes, uu=0, cpi=0, clp=0):
        user = (clp << 16) | (cpi << 8) | uu
        self.tx.send_nowait(AxiStreamFrame(tdata=sdu, tdest=vc, tuser=user))

    async def completions(self, n, timeout_us=2000) -> list[tuple[int, int]]:
        async def get_n():
            out = []
            while len(out) < n:
                f = await self.txc.recv()
                tdest = f.tdest[0] if isinstance(f.tdest, list) else f.tdest
                out.append((int(tdest), int(f.tdata[0]) & 0xF))
            return out
        return await with_timeout(get_n(), timeout_us, "us")

    async def line_cells(self, n, timeout_us=2000) -> list[bytes]:
        async def get_n():
            out = []
            while len(out) < n:
                f = await self.line.recv()
                out.append(bytes(f.tdata))
            return out
        return await with_timeout(get_n(), timeout_us, "us")

    def cell_log(self):
        d = self.dut
        n = int(d.cell_log_n.value)
        out = []
        for i in range(min(n, 8192)):
            v = int(d.cell_log[i].value)
            out.append((v >> 32, v & 0xFFFFFFFF))
        return out


def seg_bytes(sdu, vpi, vci, uu=0, cpi=0, clp=0) -> list[bytes]:
    return [c.to_bytes() for c in segment(sdu, vpi, vci, uu, cpi, clp)]


async def start(dut, enable=1, loopback=0) -> Core:
    core = Core(dut)
    await core.reset()
    await core.ctrl(enable=enable, loopback=loopback)
    return core


def rbytes(n: int) -> bytes:
    return bytes(random.getrandbits(8) for _ in range(n))


# ---------------------------------------------------------------------------------- tests
@cocotb.test()
async def test_single_frame(dut):
    """ACTIVATE one UBR VC; frames of several lengths -> exact cells on line TX, TX_OK."""
    core = await start(dut)
    vc = min(5, NUM_VC - 1)
    await core.activate(vc, 1, 100)
    lengths = [1, 40, 41, 47, 48, 100, 200, 1500]
    expect = []
    for i, n in enumerate(lengths):
        sdu = rbytes(n)
        core.send(vc, sdu, uu=i, cpi=0, clp=i & 1)
        expect += seg_bytes(sdu, 1, 100, uu=i, clp=i & 1)
    got = await core.line_cells(len(expect))
    for i, (g, e) in enumerate(zip(got, expect, strict=True)):
        assert g == e, f"cell {i}: got {g.hex()} expected {e.hex()}"
    cpl = await core.completions(len(lengths))
    assert cpl == [(vc, TxStatusCode.TX_OK)] * len(lengths), cpl
    q = await core.query(vc)
    assert q["VC_TX_CELLS"] == len(expect)
    assert q["VC_TX_PDUS"] == len(lengths)
    assert q["VC_TX_BYTES_LO"] == sum(lengths)
    assert q["state"] == VcState.ACTIVE and q["tx_queued"] == 0
    snap = await core.snapshot()
    assert snap["CELLS_TX"] == len(expect) and snap["PDUS_TX"] == len(lengths)
    assert snap["BYTES_TX_LO"] == sum(lengths)
