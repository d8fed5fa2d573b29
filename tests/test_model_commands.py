"""vcnic.model commands: every opcode, every rejection, the check order, 'nothing
changes' on failure, the set-associative lookup (hash, duplicate, full), QUERY, CLEAR,
MODIFY, DEACTIVATE, cmd_overrun."""

from __future__ import annotations

import asyncio
import functools
import random

import pytest
from vcnic.atm.cell import Cell, CellHeader
from vcnic.model import NicModel, lookup_set, set_bits
from vcnic.model.lookup import LookupStatus, VcLookup
from vcnic.model.regfile import REGS
from vcnic.regs import (
    AalType,
    RegisterClient,
    ServiceCategory,
    TxStatusCode,
    VcOpcode,
    VcParams,
    VcResult,
    VcState,
)

R = VcResult
CBR, UBR = int(ServiceCategory.CBR), int(ServiceCategory.UBR)


def arun(fn):
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        return asyncio.run(asyncio.wait_for(fn(*args, **kwargs), 10))

    return wrapper


async def _setup(**kw):
    nic = NicModel(**kw)
    return nic, RegisterClient(nic.window)


async def _assert_untouched(c: RegisterClient, vc: int, state=VcState.INACTIVE, vci=0):
    q = await c.query(vc)
    assert q.state == state
    assert q.vci == vci


# ------------------------------------------------------------------ hash
def _rtl_style_fold(vpi: int, vci: int, num_vc: int) -> int:
    """Independent form of the fold: key bit i goes to set bit i mod B."""
    b = set_bits(num_vc)
    if b == 0:
        return 0
    key = (vpi & 0xFFF) << 16 | vci & 0xFFFF
    out = 0
    for i in range(28):
        out ^= ((key >> i) & 1) << (i % b)
    return out


@pytest.mark.parametrize("num_vc", [2, 4, 8, 16, 32, 64, 128, 256, 512, 1024, 4096])
def test_fold_matches_bitwise_definition(num_vc):
    rng = random.Random(num_vc)
    for _ in range(2000):
        vpi, vci = rng.randrange(4096), rng.randrange(65536)
        s = lookup_set(vpi, vci, num_vc)
        assert s == _rtl_style_fold(vpi, vci, num_vc)
        assert 0 <= s < max(1, num_vc // 2)


def test_fold_known_values():
    # NUM_VC = 256: B = 7, chunks key[6:0] ^ key[13:7] ^ key[20:14] ^ key[27:21]
    assert set_bits(256) == 7
    assert lookup_set(0, 0, 256) == 0
    assert lookup_set(0, 1, 256) == 1
    assert lookup_set(0, 0x80, 256) == 1  # bit 7 -> set bit 0
    assert lookup_set(0, 0x81, 256) == 0
    assert lookup_set(1, 0, 256) == 0b0000100  # key bit 16 -> chunk 2 bit 2
    assert lookup_set(0x800, 0, 256) == 0b1000000  # key bit 27 -> chunk 3 bit 6
    # NUM_VC = 1024: B = 9, chunks [8:0] [17:9] [26:18] [27] (zero-extended)
    assert lookup_set(0x800, 0, 1024) == 1
    assert lookup_set(0, 0x200, 1024) == 1


def test_lookup_table_unit():
    t = VcLookup(8, 2)
    keys = [(p, v) for p in range(4) for v in range(64) if lookup_set(p, v, 8) == 2][:3]
    assert t.insert(*keys[0], 5) is LookupStatus.OK
    assert t.insert(*keys[0], 6) is LookupStatus.DUPLICATE
    assert t.insert(*keys[1], 6) is LookupStatus.OK
    assert t.insert(*keys[2], 7) is LookupStatus.FULL
    assert t.find(*keys[1]) == 6 and t.find(*keys[2]) is None
    t.remove(*keys[0])
    assert t.insert(*keys[2], 7) is LookupStatus.OK and len(t) == 2


# ------------------------------------------------------------------ NOP / BAD_OPCODE / QUERY
@arun
async def test_nop_and_bad_opcodes():
    nic, c = await _setup()
    assert await c.command(VcOpcode.NOP, 0xFFFF) == R.OK  # NOP ignores VC_SELECT
    known = {int(o) for o in VcOpcode}
    for op in range(16):
        if op in known:
            continue
        await c.write("INT_STATUS", 0xFFFFFFFF)
        assert await c.command(op, 0, VcParams(vci=99)) == R.BAD_OPCODE
        assert await c.field("INT_STATUS", "cmd_done") == 1
    await _assert_untouched(c, 0)


@arun
async def test_query_bad_vc_leaves_window():
    nic, c = await _setup(num_vc=16)
    await c.activate(3, VcParams(vpi=2, vci=300, max_sdu=1234, clp=1))
    q = await c.query(3)
    assert (q.state, q.vpi, q.vci, q.max_sdu) == (VcState.ACTIVE, 2, 300, 1234)
    assert q.param_fields == {"aal": 8, "service": UBR, "tx_en": 1, "rx_en": 1, "rx_errored": 0,
                       "clp": 1}
    assert await c.command(VcOpcode.QUERY, 16) == R.BAD_VC
    assert await c.field("VC_Q_VPIVCI", "vci") == 300  # unchanged


# ------------------------------------------------------------------ ACTIVATE
@arun
async def test_activate_ok_and_each_rejection():
    nic, c = await _setup(num_vc=16, num_cbr=2, tx_buf_cells=100, rx_buf_cells=200)
    assert await c.activate(16, VcParams(vci=40)) == R.BAD_VC
    assert await c.activate(0xFFFF, VcParams(vci=40)) == R.BAD_VC
    assert await c.activate(1, VcParams(vci=40)) == R.BAD_PARAM  # 9180 B: 192 cells > 100
    assert await c.activate(1, VcParams(vci=40, max_sdu=1000)) == R.OK
    assert await c.activate(1, VcParams(vci=41, max_sdu=1000)) == R.BAD_STATE
    # each with a max SDU that fits the buffers, so that only the named field is wrong
    fits = 1000
    bad = [
        VcParams(vci=42, max_sdu=fits, aal=int(AalType.AAL0)),
        VcParams(vci=42, max_sdu=fits, aal=0),
        VcParams(vci=42, max_sdu=fits, service=2),  # VBR
        VcParams(vci=42, max_sdu=fits, service=0),
        VcParams(vci=42, max_sdu=0),
        VcParams(vci=42, max_sdu=100 * 48 - 8 + 1),  # 101 cells > min(TX, RX) buffers
        VcParams(vci=42, max_sdu=fits, vpi=256),  # UNI
        VcParams(vpi=0, vci=0, max_sdu=fits),  # idle/unassigned
        VcParams(vci=42, max_sdu=fits, service=CBR, inc=0),
        VcParams(vci=42, max_sdu=fits, service=CBR, inc=0xFFFF),
    ]
    for p in bad:
        assert await c.activate(2, p) == R.BAD_PARAM, p
        await _assert_untouched(c, 2)
    assert await c.activate(2, VcParams(vci=42, max_sdu=100 * 48 - 8)) == R.OK
    ok = dict(max_sdu=1000)
    assert await c.activate(3, VcParams(vci=40, **ok)) == R.DUPLICATE  # VC 1 has it
    assert await c.activate(3, VcParams(vci=43, service=CBR, inc=0x10000, **ok)) == R.OK
    assert await c.activate(4, VcParams(vci=44, service=CBR, inc=0x20000, **ok)) == R.OK
    p = VcParams(vci=45, service=CBR, inc=0x30000, **ok)
    assert await c.activate(5, p) == R.NO_RESOURCES
    await _assert_untouched(c, 5)
    assert await c.activate(5, VcParams(vci=45, **ok)) == R.OK  # UBR needs no CBR slot
    # NNI: 12-bit VPIs become valid
    assert await c.activate(6, VcParams(vpi=0xFFF, vci=46, **ok)) == R.BAD_PARAM
    await c.set_ctrl(nni=1)
    assert await c.activate(6, VcParams(vpi=0xFFF, vci=46, **ok)) == R.OK


@arun
async def test_activate_check_order():
    nic, c = await _setup(num_vc=16, num_cbr=1)
    await c.activate(1, VcParams(vci=40))
    await c.activate(2, VcParams(vci=41, service=CBR, inc=0x10000))  # CBR table full now
    # BAD_VC before everything
    assert await c.activate(16, VcParams(vci=40, aal=0)) == R.BAD_VC
    # BAD_STATE before BAD_PARAM
    assert await c.activate(1, VcParams(vci=40, aal=0)) == R.BAD_STATE
    # BAD_PARAM before DUPLICATE
    assert await c.activate(3, VcParams(vci=40, max_sdu=0)) == R.BAD_PARAM
    # DUPLICATE before NO_RESOURCES (CBR slots full)
    assert await c.activate(3, VcParams(vci=40, service=CBR, inc=0x10000)) == R.DUPLICATE
    # a DEACTIVATING VC still owns its (VPI, VCI)
    nic.stall_rx(True)
    await c.set_ctrl(enable=1, loopback=1)
    await nic.port.send(1, b"held")
    await nic.wait_tx_idle()
    await c.deactivate(1, wait=False)
    assert nic.vc_state(1) is VcState.DEACTIVATING
    nic.stall_rx(False)  # let DEACTIVATE finish before the next command
    assert await c.wait_cmd() == R.OK
    assert await c.activate(3, VcParams(vci=40)) == R.OK  # freed after DEACTIVATE


@arun
async def test_activate_lookup_set_full_and_duplicate_in_full_set():
    nic, c = await _setup(num_vc=64, lookup_ways=4)
    keys = [(0, v) for v in range(32, 20000) if lookup_set(0, v, 64) == 5][:6]
    for vc, (vpi, vci) in enumerate(keys[:4]):
        assert await c.activate(vc, VcParams(vpi=vpi, vci=vci)) == R.OK
    assert await c.activate(10, VcParams(vci=keys[4][1])) == R.NO_RESOURCES
    await _assert_untouched(c, 10)
    assert await c.activate(10, VcParams(vci=keys[0][1])) == R.DUPLICATE
    assert await c.activate(10, VcParams(vci=7)) == R.OK  # another set
    assert await c.deactivate(2) == R.OK
    assert await c.activate(11, VcParams(vci=keys[4][1])) == R.OK  # way freed


@arun
async def test_activate_vpi_vci_0_0_is_bad_param():
    """(VPI, VCI) = (0, 0) is what idle/unassigned cells carry: RX drops them before the
    lookup, so a VC on it could never receive; ACTIVATE and MODIFY refuse it."""
    nic, c = await _setup(num_vc=16)
    assert await c.activate(16, VcParams(vpi=0, vci=0)) == R.BAD_VC  # BAD_VC first
    await c.write("INT_STATUS", 0xFFFFFFFF)
    assert await c.activate(3, VcParams(vpi=0, vci=0)) == R.BAD_PARAM
    assert await c.field("INT_STATUS", "cmd_done") == 1
    await _assert_untouched(c, 3)
    for vpi, vci in ((0, 0), (0, 0xFFFF)):  # (0, 0xFFFF) stays valid: only both zero
        await c.set_ctrl(nni=1)
        want = R.BAD_PARAM if (vpi, vci) == (0, 0) else R.OK
        assert await c.activate(4, VcParams(vpi=vpi, vci=vci)) == want, (vpi, vci)
        await c.set_ctrl(nni=0)
    # the neighbours are valid (reserved VCIs are the driver's business, not the core's)
    for vc, (vpi, vci) in enumerate(((0, 1), (1, 0), (0, 31), (0, 32)), start=5):
        assert await c.activate(vc, VcParams(vpi=vpi, vci=vci)) == R.OK, (vpi, vci)
    # BAD_STATE is decided before the parameters
    assert await c.activate(5, VcParams(vpi=0, vci=0)) == R.BAD_STATE
    # MODIFY to (0, 0): BAD_PARAM, the VC keeps its entry
    assert await c.modify(5, VcParams(vpi=0, vci=0)) == R.BAD_PARAM
    q = await c.query(5)
    assert (q.state, q.vpi, q.vci) == (VcState.ACTIVE, 0, 1)
    # and such cells really are dropped uncounted on a live line (VC 5's are not)
    await c.set_ctrl(enable=1)
    nic.line_rx(Cell(CellHeader(vpi=0, vci=0, pti=1), bytes(48)).to_bytes())
    assert nic.live_counter("CELLS_RX") == 0 and nic.live_counter("UNKNOWN_VC") == 0
    nic.line_rx(Cell(CellHeader(vpi=0, vci=1, pti=0), bytes(48)).to_bytes())
    assert nic.live_counter("CELLS_RX") == 1


# ------------------------------------------------------------------ MODIFY
@arun
async def test_modify_rejections_and_apply():
    nic, c = await _setup(num_vc=16, num_cbr=1)
    assert await c.modify(16, VcParams(vci=50)) == R.BAD_VC
    assert await c.modify(4, VcParams(vci=50)) == R.BAD_STATE  # INACTIVE
    await c.activate(4, VcParams(vci=50, max_sdu=100))
    await c.activate(5, VcParams(vci=51, service=CBR, inc=0x10000))
    assert await c.modify(4, VcParams(vci=52)) == R.BAD_PARAM  # VCI changed
    assert await c.modify(4, VcParams(vpi=1, vci=50)) == R.BAD_PARAM  # VPI changed
    assert await c.modify(4, VcParams(vci=50, max_sdu=0)) == R.BAD_PARAM
    assert await c.modify(4, VcParams(vci=50, service=CBR, inc=0x10000)) == R.NO_RESOURCES
    q = await c.query(4)
    assert q.max_sdu == 100 and q.param_fields["service"] == UBR  # old parameters kept
    # CBR -> CBR needs no new slot; CBR -> UBR frees it; then UBR -> CBR gets it
    assert await c.modify(5, VcParams(vci=51, service=CBR, inc=0x28000)) == R.OK
    assert (await c.query(5)).inc == 0x28000
    assert await c.modify(5, VcParams(vci=51, service=UBR)) == R.OK
    assert await c.modify(4, VcParams(vci=50, service=CBR, inc=0x18000, max_sdu=300,
                                      rx_errored=1, clp=1, tx_en=0)) == R.OK
    q = await c.query(4)
    assert q.state == VcState.ACTIVE and q.max_sdu == 300 and q.inc == 0x18000
    assert q.param_fields == {"aal": 8, "service": CBR, "tx_en": 0, "rx_en": 1, "rx_errored": 1,
                       "clp": 1}


@arun
async def test_modify_waits_for_pdu_boundary():
    nic, c = await _setup()
    await c.activate(1, VcParams(vci=60, max_sdu=2000))
    await c.set_ctrl(enable=1, loopback=1)

    # stop the line after the first cell of a 3-cell PDU: the PDU is in flight
    def tap(cell):
        if nic.live_counter("CELLS_TX") == 1:
            nic.write_reg(REGS["CTRL"].address, nic.read_reg(REGS["CTRL"].address) & ~1)

    nic.line_tx = tap
    await nic.port.send(1, bytes(100))
    await nic.port.send(1, bytes(1500))  # queued: accepted under the old max SDU
    await nic.wait_tx_idle()
    assert nic.live_counter("CELLS_TX") == 1
    assert await c.modify(1, VcParams(vci=60, max_sdu=1000), wait=False) is None
    assert nic.cmd_busy
    assert (await c.read("VC_CMD")) & REGS["VC_CMD"].f("busy").mask
    nic.line_tx = None
    await c.set_ctrl(enable=1)
    assert await c.wait_cmd() == R.OK
    assert (await c.query(1)).max_sdu == 1000
    await nic.wait_tx_idle()
    # RX latches max SDU at each PDU's first cell: the 1500-byte PDU started after MODIFY
    assert len((await nic.port.receive()).data) == 100
    assert nic.port.rx_pending() == 0
    assert (await c.query(1)).counters["VC_RX_OVERSIZE"] == 1
    await nic.port.send(1, bytes(1001))
    assert (await nic.port.tx_completion()).status == TxStatusCode.TX_OK
    assert (await nic.port.tx_completion()).status == TxStatusCode.TX_OK
    assert (await nic.port.tx_completion()).status == TxStatusCode.TX_OVERSIZE


# ------------------------------------------------------------------ DEACTIVATE / CLEAR
@arun
async def test_deactivate_and_clear():
    nic, c = await _setup(num_vc=16, num_cbr=1)
    assert await c.deactivate(16) == R.BAD_VC
    assert await c.deactivate(2) == R.BAD_STATE
    await c.activate(2, VcParams(vci=70, service=CBR, inc=0x10000))
    await c.set_ctrl(enable=1, loopback=1)
    await nic.port.send(2, bytes(50))
    await nic.port.receive()
    assert await c.clear(2) == R.BAD_STATE  # ACTIVE
    assert (await c.query(2)).counters["VC_TX_PDUS"] == 1
    assert await c.deactivate(2) == R.OK
    assert await c.deactivate(2) == R.BAD_STATE
    q = await c.query(2)
    assert q.state == VcState.INACTIVE and q.vci == 70  # entry kept
    assert q.counters["VC_TX_PDUS"] == 1 and q.counters["VC_RX_BYTES"] == 50  # counters kept
    # the CBR slot and the lookup entry are free again
    assert await c.activate(3, VcParams(vci=70, service=CBR, inc=0x10000)) == R.OK
    assert await c.clear(16) == R.BAD_VC
    assert await c.clear(2) == R.OK
    q = await c.query(2)
    assert (q.state, q.vpi, q.vci, q.max_sdu, q.inc) == (0, 0, 0, 0, 0)
    assert set(q.param_fields.values()) == {0}
    assert set(q.counters.values()) == {0}
    assert q.last_rx_status == 0 and q.last_tx_status == 0
    # counters survive DEACTIVATE + ACTIVATE without CLEAR
    assert await c.activate(2, VcParams(vci=71)) == R.OK
    await nic.port.send(2, bytes(5))
    await nic.port.receive()
    assert (await c.query(2)).counters["VC_TX_PDUS"] == 1


@arun
async def test_cmd_overrun_ignores_the_write():
    nic, c = await _setup()
    await c.set_ctrl(enable=1, loopback=1)
    await c.activate(1, VcParams(vci=80))
    await c.activate(2, VcParams(vci=81))
    nic.stall_rx(True)
    await nic.port.send(1, b"z")
    await nic.wait_tx_idle()
    await c.deactivate(1, wait=False)
    assert nic.cmd_busy
    await c.write("INT_STATUS", 0xFFFFFFFF)
    await c.write("VC_SELECT", 2)
    await c.write("VC_CMD", int(VcOpcode.DEACTIVATE))  # ignored
    assert await c.field("INT_STATUS", "cmd_overrun") == 1
    assert await c.field("INT_STATUS", "cmd_done") == 0
    nic.stall_rx(False)
    assert await c.wait_cmd() == R.OK
    assert nic.vc_state(1) is VcState.INACTIVE
    assert nic.vc_state(2) is VcState.ACTIVE  # the ignored command did nothing
