"""vcnic.model data path: loopback delivery and counters, UBR round robin, CBR shaping,
HEC (I.432) via line_rx, unknown VC, CRC/LENGTH/OVERSIZE/NO_BUFFER/RX_ABORTED/TX_ABORTED,
completion order, enable = 0, NNI, CLP and the conservation ledger."""

from __future__ import annotations

import asyncio
import functools
import random
import struct

import pytest
from vcnic.atm.aal5 import cells_for, crc32_aal5, segment
from vcnic.atm.cell import IDLE_CELL, Cell, CellHeader, hec
from vcnic.model import NicModel
from vcnic.model.regfile import REGS
from vcnic.regs import (
    ADDRESS,
    RegisterClient,
    RxStatusCode,
    ServiceCategory,
    TxStatusCode,
    VcParams,
    VcResult,
    VcState,
)
from vcnic_tb.core_io import tx_drop_status_sequence

CBR = int(ServiceCategory.CBR)
TX_OK, TX_ABORTED = TxStatusCode.TX_OK, TxStatusCode.TX_ABORTED
TX_INACTIVE, TX_OVERSIZE = TxStatusCode.TX_INACTIVE, TxStatusCode.TX_OVERSIZE


def arun(fn):
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        return asyncio.run(asyncio.wait_for(fn(*args, **kwargs), 10))

    return wrapper


async def _setup(loopback=True, enable=True, **kw):
    nic = NicModel(**kw)
    c = RegisterClient(nic.window)
    await c.set_ctrl(enable=int(enable), loopback=int(loopback))
    return nic, c


def _payload(n: int, seed: int) -> bytes:
    return random.Random(seed).randbytes(n)


def _cells(sdu: bytes, vpi: int, vci: int, **kw) -> list[bytes]:
    return [c.to_bytes() for c in segment(sdu, vpi, vci, **kw)]


def _raw_pdu_cells(pdu: bytes, vpi: int, vci: int) -> list[bytes]:
    """Cells of an arbitrary (possibly malformed) CPCS-PDU, PTI=1 on the last."""
    n = len(pdu) // 48
    return [
        Cell(CellHeader(0, vpi, vci, int(i == n - 1), 0), pdu[48 * i : 48 * i + 48]).to_bytes()
        for i in range(n)
    ]


def _flip(cell: bytes, byte: int, mask: int) -> bytes:
    b = bytearray(cell)
    b[byte] ^= mask
    return bytes(b)


async def _drain_completions(nic) -> list:
    out = []
    while nic.port.completions_pending():
        out.append(await nic.port.tx_completion())
    return out


async def _drain_rx(nic) -> list:
    out = []
    while nic.port.rx_pending():
        out.append(await nic.port.receive())
    return out


LENGTHS = [1, 40, 41, 47, 48, 88, 89, 9180]


# ------------------------------------------------------------------ loopback delivery
@arun
async def test_loopback_lengths_on_several_vcs():
    nic, c = await _setup()
    vcs = {3: (0, 100), 17: (5, 4000), 200: (255, 65535)}
    for vc, (vpi, vci) in vcs.items():
        assert await c.activate(vc, VcParams(vpi=vpi, vci=vci)) == 0
    sent = {vc: [] for vc in vcs}
    for i, n in enumerate(LENGTHS):
        for vc in vcs:
            sdu = _payload(n, vc * 1000 + i)
            await nic.port.send(vc, sdu, uu=i, cpi=vc & 0xFF)
            sent[vc].append((sdu, i, vc & 0xFF))
    await nic.wait_tx_idle()
    got = {vc: [] for vc in vcs}
    for f in await _drain_rx(nic):
        assert f.status == RxStatusCode.RX_OK
        got[f.vc].append((f.data, f.uu, f.cpi))
    assert got == sent
    comps = await _drain_completions(nic)
    for vc in vcs:
        assert [x.status for x in comps if x.vc == vc] == [TX_OK] * len(LENGTHS)
    cells = sum(cells_for(n) for n in LENGTHS)
    nbytes = sum(LENGTHS)
    for vc in vcs:
        q = await c.query(vc)
        k = q.counters
        assert k["VC_TX_CELLS"] == k["VC_RX_CELLS"] == cells
        assert k["VC_TX_PDUS"] == k["VC_RX_PDUS"] == len(LENGTHS)
        assert k["VC_TX_BYTES"] == k["VC_RX_BYTES"] == nbytes
        assert q.tx_queued == 0 and q.last_tx_status == 0 and q.last_rx_status == 0
    g = await c.counters()
    assert g["CELLS_TX"] == g["CELLS_RX"] == 3 * cells
    assert g["PDUS_TX"] == g["PDUS_RX"] == 3 * len(LENGTHS)
    assert g["BYTES_TX"] == g["BYTES_RX"] == 3 * nbytes
    assert sum(v for k, v in g.items() if k not in
               ("CELLS_TX", "CELLS_RX", "PDUS_TX", "PDUS_RX", "BYTES_TX", "BYTES_RX")) == 0


@arun
async def test_line_cells_are_exact_segmentation():
    nic, c = await _setup()
    await c.activate(1, VcParams(vpi=7, vci=321, clp=1))
    await c.activate(2, VcParams(vpi=7, vci=322))
    line = []
    nic.line_tx = line.append
    sdu = _payload(100, 1)
    await nic.port.send(1, sdu, uu=0x11, cpi=0x22)
    await nic.port.send(2, b"abc", clp=1)
    await nic.wait_tx_idle()
    want = _cells(sdu, 7, 321, uu=0x11, cpi=0x22, clp=1)
    got1 = [x for x in line if CellHeader.unpack(x).vci == 321]
    assert got1 == want
    got2 = [x for x in line if CellHeader.unpack(x).vci == 322]
    assert got2 == _cells(b"abc", 7, 322, clp=1)
    assert all(x[4] == hec(x[:4]) for x in line)


@arun
async def test_max_sdu_pdu():
    nic, c = await _setup()
    big = 1024 * 48 - 8  # the largest max SDU 1024-cell buffers allow
    assert await c.activate(4, VcParams(vci=44, max_sdu=big + 1)) == VcResult.BAD_PARAM
    assert await c.activate(4, VcParams(vci=44, max_sdu=big)) == 0
    sdu = _payload(big, 4)
    await nic.port.send(4, sdu)
    await nic.port.send(4, sdu + b"x")
    f = await nic.port.receive()
    assert f.data == sdu and f.status == 0
    assert [x.status for x in await _drain_completions(nic)] == [TX_OK, TX_OVERSIZE]
    assert (await c.query(4)).counters["VC_TX_CELLS"] == 1024


@arun
async def test_nni_header_and_vpi():
    nic, c = await _setup()
    await c.set_ctrl(nni=1)
    assert await c.activate(9, VcParams(vpi=0xABC, vci=0x1234)) == 0
    line = []
    nic.line_tx = line.append
    await nic.port.send(9, b"nni")
    assert (await nic.port.receive()).data == b"nni"
    h = CellHeader.unpack(line[0], nni=True)
    assert (h.vpi, h.vci, h.pti) == (0xABC, 0x1234, 1)


@arun
async def test_ubr_round_robin_interleaves_cells():
    nic, c = await _setup(enable=False)
    for vc in (1, 2, 3):
        await c.activate(vc, VcParams(vci=100 + vc))
    for vc in (2, 1, 3):
        await nic.port.send(vc, bytes(100))  # 3 cells each
    await nic.port.send(1, bytes(10))  # queued behind VC 1's first frame
    order = []
    nic.line_tx = lambda x: order.append(CellHeader.unpack(x).vci - 100)
    await c.set_ctrl(enable=1)
    await nic.wait_tx_idle()
    assert order == [2, 1, 3, 2, 1, 3, 2, 1, 3, 1]


# ------------------------------------------------------------------ CBR shaping
@arun
async def test_cbr_gcra_3_5_slots():
    nic, c = await _setup()
    assert await c.activate(5, VcParams(vci=55, service=CBR, inc=0x38000)) == 0  # T = 3.5
    slots = []
    nic.line_tx = lambda x: slots.append(nic.slot)
    await nic.port.send(5, bytes(7 * 48 - 8))  # 7 cells
    await nic.wait_tx_idle()
    assert slots == [0, 4, 7, 11, 14, 18, 21]


@arun
async def test_cbr_wins_and_ubr_fills_the_gaps():
    nic, c = await _setup(enable=False)
    await c.activate(5, VcParams(vci=55, service=CBR, inc=0x38000))
    await c.activate(6, VcParams(vci=66))
    await nic.port.send(6, bytes(20 * 48 - 8))  # UBR backlog first
    await nic.port.send(5, bytes(7 * 48 - 8))
    line = []
    nic.line_tx = lambda x: line.append((nic.slot, CellHeader.unpack(x).vci))
    await c.set_ctrl(enable=1)
    await nic.wait_tx_idle()
    assert [s for s, v in line if v == 55] == [0, 4, 7, 11, 14, 18, 21]
    assert [s for s, v in line][:27] == list(range(27))  # the line never idles


@arun
async def test_cbr_lowest_table_index_wins_ties():
    nic, c = await _setup(enable=False)
    await c.activate(9, VcParams(vci=90, service=CBR, inc=0x20000))  # CBR table index 0
    await c.activate(2, VcParams(vci=20, service=CBR, inc=0x20000))  # index 1
    await nic.port.send(2, bytes(3 * 48 - 8))
    await nic.port.send(9, bytes(3 * 48 - 8))
    line = []
    nic.line_tx = lambda x: line.append((nic.slot, CellHeader.unpack(x).vci))
    await c.set_ctrl(enable=1)
    await nic.wait_tx_idle()
    assert line == [(0, 90), (1, 20), (2, 90), (3, 20), (4, 90), (5, 20)]


@arun
async def test_cbr_idle_then_backlogged_keeps_tat():
    nic, c = await _setup()
    await c.activate(5, VcParams(vci=55, service=CBR, inc=0x40000))  # T = 4
    slots = []
    nic.line_tx = lambda x: slots.append(nic.slot)
    await nic.port.send(5, bytes(10))
    await nic.wait_tx_idle()  # sent at 0, TAT = 4, clock at 1 (idle costs no slots)
    nic.advance_slots(10)  # 10 idle slots pass: now 11 > TAT
    await nic.port.send(5, bytes(2 * 48 - 8))
    await nic.wait_tx_idle()
    assert slots == [0, 11, 15]  # TAT = max(TAT, now) when it goes busy


# ------------------------------------------------------------------ enable = 0
@arun
async def test_enable_0_queues_and_ignores_line_rx():
    nic, c = await _setup(enable=False, loopback=False)
    await c.activate(1, VcParams(vci=11))
    await nic.port.send(1, bytes(100))
    await nic.wait_tx_idle()
    assert nic.live_counter("CELLS_TX") == 0 and nic.port.completions_pending() == 0
    for x in _cells(b"x", 0, 11) + _cells(b"y", 0, 999):
        nic.line_rx(x)
    assert nic.live_counter("CELLS_RX") == 0 and nic.live_counter("UNKNOWN_VC") == 0
    await c.set_ctrl(enable=1, loopback=1)
    assert (await nic.port.receive()).data == bytes(100)


# ------------------------------------------------------------------ HEC and cell drops
async def _external(**kw):
    nic, c = await _setup(loopback=False, **kw)
    await c.activate(1, VcParams(vpi=1, vci=100, max_sdu=2000))
    return nic, c


@arun
async def test_hec_single_bit_corrected_then_detection_mode():
    nic, c = await _external()
    a = _cells(_payload(100, 1), 1, 100)  # 3 cells
    nic.line_rx(_flip(a[0], 1, 0x10))  # single-bit error: corrected, -> DETECTION
    nic.line_rx(_flip(a[1], 4, 0x01))  # single-bit (HEC byte) in DETECTION: discarded
    nic.line_rx(a[2])
    g = await c.counters()
    assert g["HEC_CORRECTED"] == 1 and g["HEC_DISCARDED"] == 1
    assert g["CELLS_RX"] == 2
    assert g["CRC_ERRORS"] + g["LEN_ERRORS"] == 1  # the PDU lost its middle cell
    # back in CORRECTION after a good header: a single-bit error is corrected again
    b = _cells(b"ok", 1, 100)
    nic.line_rx(_flip(b[0], 3, 0x80))
    f = await nic.port.receive()
    assert f.data == b"ok" and f.status == 0
    assert (await c.counters())["HEC_CORRECTED"] == 2


@arun
async def test_hec_multi_bit_discarded_and_detection_only():
    nic, c = await _external()
    x = _cells(b"m", 1, 100)[0]
    nic.line_rx(_flip(x, 2, 0x03))  # two-bit error
    assert (await c.counters())["HEC_DISCARDED"] == 1
    nic.line_rx(x)
    assert (await nic.port.receive()).data == b"m"
    await c.set_ctrl(hec_correct=0)
    nic.line_rx(_flip(x, 0, 0x01))  # single-bit but correction off
    g = await c.counters()
    assert g["HEC_DISCARDED"] == 2 and g["HEC_CORRECTED"] == 0 and g["CELLS_RX"] == 1
    assert await c.field("INT_STATUS", "cell_drop") == 1


@arun
async def test_idle_short_unknown_rx_disabled_and_oam_cells():
    nic, c = await _external()
    await c.activate(2, VcParams(vpi=1, vci=200, rx_en=0))
    nic.line_rx(IDLE_CELL.to_bytes())  # dropped uncounted
    nic.line_rx(bytes(53))  # unassigned (HEC wrong? 00000000 -> 0x55 expected): discarded
    nic.line_rx(bytes([0, 0, 0, 0, 0x55]) + bytes(48))  # unassigned, good HEC: uncounted
    g = await c.counters()
    assert g["HEC_DISCARDED"] == 1 and g["UNKNOWN_VC"] == 0 and g["CELLS_RX"] == 0
    nic.line_rx(_cells(b"s", 1, 100)[0][:52])  # not 53 bytes
    assert (await c.counters())["HEC_DISCARDED"] == 2
    await c.write("INT_STATUS", 0xFFFFFFFF)
    nic.line_rx(_cells(b"u", 1, 101)[0])  # no such VC
    nic.line_rx(_cells(b"u", 1, 200)[0])  # rx_en = 0
    g = await c.counters()
    assert g["UNKNOWN_VC"] == 2 and g["CELLS_RX"] == 0
    assert await c.field("INT_STATUS", "cell_drop") == 1
    # OAM F5 cell in the middle of a PDU: counted, otherwise ignored
    a = _cells(_payload(60, 2), 1, 100)
    oam = Cell(CellHeader(0, 1, 100, 4, 0), bytes(48)).to_bytes()
    for x in (a[0], oam, a[1]):
        nic.line_rx(x)
    assert (await nic.port.receive()).data == _payload(60, 2)
    assert (await c.query(1)).counters["VC_RX_CELLS"] == 3
    assert (await c.counters())["CELLS_RX"] == 3


# ------------------------------------------------------------------ PDU errors
@arun
async def test_crc_error_counted_and_delivered_raw_when_asked():
    nic, c = await _external()
    a = _cells(_payload(100, 3), 1, 100, uu=5, cpi=6)
    nic.line_rx(a[0])
    nic.line_rx(_flip(a[1], 20, 0x04))
    nic.line_rx(a[2])
    assert nic.port.rx_pending() == 0
    q = await c.query(1)
    assert q.counters["VC_RX_CRC"] == 1 and q.last_rx_status == RxStatusCode.RX_CRC
    assert await c.field("INT_STATUS", "rx_error") == 1
    await c.modify(1, VcParams(vpi=1, vci=100, max_sdu=2000, rx_errored=1))
    bad = [a[0], _flip(a[1], 20, 0x04), a[2]]
    for x in bad:
        nic.line_rx(x)
    f = await nic.port.receive()
    assert f.status == RxStatusCode.RX_CRC and (f.uu, f.cpi) == (5, 6)
    assert f.data == b"".join(x[5:] for x in bad)
    assert (await c.counters())["CRC_ERRORS"] == 2


@arun
async def test_length_error_with_good_crc():
    nic, c = await _external()
    await c.modify(1, VcParams(vpi=1, vci=100, max_sdu=2000, rx_errored=1))
    body = b"hello" + bytes(35) + struct.pack(">BBH", 0, 0, 100)  # Length 100 in one cell
    pdu = body + crc32_aal5(body).to_bytes(4, "big")
    for x in _raw_pdu_cells(pdu, 1, 100):
        nic.line_rx(x)
    f = await nic.port.receive()
    assert f.status == RxStatusCode.RX_LENGTH and f.data == pdu
    # Length too small for the cells received (2 cells, Length 10)
    body = bytes(10) + bytes(78) + struct.pack(">BBH", 0, 0, 10)
    for x in _raw_pdu_cells(body + crc32_aal5(body).to_bytes(4, "big"), 1, 100):
        nic.line_rx(x)
    assert (await nic.port.receive()).status == RxStatusCode.RX_LENGTH
    g = await c.counters()
    assert g["LEN_ERRORS"] == 2 and g["CRC_ERRORS"] == 0
    assert (await c.query(1)).counters["VC_RX_LENGTH"] == 2


@arun
async def test_oversize_by_cells_and_by_length():
    nic, c = await _external()
    await c.modify(1, VcParams(vpi=1, vci=100, max_sdu=20, rx_errored=1))
    for x in _cells(_payload(200, 5), 1, 100):  # 5 cells > cells_for(20) = 1
        nic.line_rx(x)
    q = await c.query(1)
    assert q.counters["VC_RX_OVERSIZE"] == 1 and q.last_rx_status == RxStatusCode.RX_OVERSIZE
    assert await c.field("STATUS", "rx_free") == 1024  # its cells were freed
    for x in _cells(_payload(30, 6), 1, 100):  # 1 cell, Length 30 > 20
        nic.line_rx(x)
    assert nic.port.rx_pending() == 0  # never delivered, even with rx_errored
    g = await c.counters()
    assert g["OVERSIZE"] == 2 and g["PDUS_RX"] == 0
    # TX side: a frame above max SDU is dropped at ingest
    await c.set_ctrl(loopback=1)
    await nic.port.send(1, bytes(21))
    assert (await nic.port.tx_completion()).status == TX_OVERSIZE
    q = await c.query(1)
    assert q.counters["VC_TX_DROPPED"] == 1 and q.last_tx_status == TX_OVERSIZE


@arun
async def test_no_buffer_with_stalled_host_rx():
    nic, c = await _setup(rx_buf_cells=8)
    await c.activate(1, VcParams(vci=10, max_sdu=300))
    await c.activate(2, VcParams(vci=20, max_sdu=300))
    nic.stall_rx(True)
    frames = [_payload(136, i) for i in range(3)]  # 3 cells each
    for f in frames:
        await nic.port.send(1, f)
    await nic.wait_tx_idle()
    assert await c.field("STATUS", "rx_free") == 2  # two PDUs held
    q = await c.query(1)
    assert q.counters["VC_RX_NO_BUFFER"] == 1 and q.last_rx_status == RxStatusCode.RX_NO_BUFFER
    assert await c.field("INT_STATUS", "rx_error") == 1
    assert nic.port.rx_pending() == 0
    await nic.port.send(2, b"fits")  # one cell: another VC's PDU still gets its buffer
    await nic.wait_tx_idle()
    nic.stall_rx(False)
    got = [await nic.port.receive() for _ in range(3)]
    assert [(f.vc, f.data) for f in got] == [(1, frames[0]), (1, frames[1]), (2, b"fits")]
    assert await c.field("STATUS", "rx_free") == 8
    g = await c.counters()
    assert g["NO_BUFFER"] == 1 and g["PDUS_RX"] == 3


@arun
async def test_rx_aborted_by_deactivate():
    nic, c = await _external()
    a = _cells(_payload(100, 7), 1, 100)
    nic.line_rx(a[0])
    nic.line_rx(a[1])
    assert await c.field("STATUS", "rx_free") == 1022
    assert await c.deactivate(1) == 0
    q = await c.query(1)
    assert q.counters["VC_RX_ABORTED"] == 1 and q.last_rx_status == RxStatusCode.RX_ABORTED
    assert (await c.counters())["RX_ABORTED"] == 1
    assert await c.field("STATUS", "rx_free") == 1024
    nic.line_rx(a[2])  # the rest of the PDU now hits an unknown VC
    assert (await c.counters())["UNKNOWN_VC"] == 1


@pytest.mark.parametrize("cells", [1, 3])
@pytest.mark.parametrize("rx_errored", [0, 1])
@arun
async def test_length_zero_pdu_is_an_abort(cells, rx_errored):
    """I.363.5 / RFC 2684 section 3: a Length field of 0 is the abort indication. Counted
    once (RX_ABORTED, last status RX_ABORTED, rx_error), never delivered (not even to an
    rx_errored VC), its cells freed, and the VC goes on with its next PDU."""
    from vcnic.atm.aal5 import abort_pdu

    nic, c = await _external()
    await c.modify(1, VcParams(vpi=1, vci=100, max_sdu=2000, rx_errored=rx_errored))
    for x in _raw_pdu_cells(abort_pdu(cells, fill=_payload(48 * cells, 9)), 1, 100):
        nic.line_rx(x)
    assert nic.port.rx_pending() == 0
    q = await c.query(1)
    assert q.counters["VC_RX_ABORTED"] == 1 and q.last_rx_status == RxStatusCode.RX_ABORTED
    assert q.counters["VC_RX_PDUS"] == 0 and q.counters["VC_RX_LENGTH"] == 0
    assert await c.field("INT_STATUS", "rx_error") == 1
    assert await c.field("STATUS", "rx_free") == 1024
    for x in _cells(b"next", 1, 100):
        nic.line_rx(x)
    f = await nic.port.receive()
    assert (f.status, f.data) == (RxStatusCode.RX_OK, b"next")
    g = await c.counters()
    assert (g["RX_ABORTED"], g["PDUS_RX"], g["LEN_ERRORS"], g["CRC_ERRORS"]) == (1, 1, 0, 0)


# ------------------------------------------------------------------ TX drops and aborts
@arun
async def test_zero_length_frame_dropped_never_sent_as_an_abort():
    """A 0-byte host frame would be an AAL5 PDU with Length 0, the abort indication: the
    core drops it TX_ZERO_LENGTH (counted in TX_DROPPED), in order with its VC's frames."""
    nic, c = await _setup(enable=False)
    await c.activate(1, VcParams(vci=10, max_sdu=100))
    for sdu in (b"a", b"", bytes(101), b"", b"c"):
        await nic.port.send(1, sdu)
    await c.set_ctrl(enable=1)
    await nic.wait_tx_idle()
    comps = await _drain_completions(nic)
    assert [x.status for x in comps] == [TX_OK, TxStatusCode.TX_ZERO_LENGTH, TX_OVERSIZE,
                                         TxStatusCode.TX_ZERO_LENGTH, TX_OK]
    assert [f.data for f in await _drain_rx(nic)] == [b"a", b"c"]
    g = await c.counters()
    assert (g["TX_DROPPED"], g["PDUS_TX"], g["CELLS_TX"]) == (3, 2, 2)
    q = await c.query(1)
    assert q.counters["VC_TX_DROPPED"] == 3


@arun
async def test_tx_inactive_drops():
    nic, c = await _setup(num_vc=16)
    await c.activate(3, VcParams(vci=33, tx_en=0))
    await nic.port.send(9, b"a")  # INACTIVE VC
    await nic.port.send(16, b"b")  # vc >= NUM_VC
    await nic.port.send(3, b"c")  # tx_en = 0
    comps = await _drain_completions(nic)
    assert [(x.vc, x.status) for x in comps] == [(9, TX_INACTIVE), (16, TX_INACTIVE),
                                                 (3, TX_INACTIVE)]
    assert (await c.counters())["TX_DROPPED"] == 3
    assert (await c.query(9)).counters["VC_TX_DROPPED"] == 1
    assert (await c.query(3)).last_tx_status == TX_INACTIVE


@arun
async def test_completions_stay_in_order_per_vc():
    nic, c = await _setup(enable=False)
    await c.activate(1, VcParams(vci=10, max_sdu=100))
    await c.activate(2, VcParams(vci=20, max_sdu=100))
    await nic.port.send(1, b"a")
    await nic.port.send(1, bytes(101))  # oversize: waits behind "a"
    await nic.port.send(2, bytes(101))  # nothing queued on VC 2: completes at once
    await nic.port.send(1, b"c")
    assert [(x.vc, x.status) for x in await _drain_completions(nic)] == [(2, TX_OVERSIZE)]
    await c.set_ctrl(enable=1)
    await nic.wait_tx_idle()
    comps = await _drain_completions(nic)
    assert [x.status for x in comps if x.vc == 1] == [TX_OK, TX_OVERSIZE, TX_OK]


@arun
async def test_tx_drop_status_in_order_counted_once():
    """Host TX tuser[19:17] (the DMA engine's TX_BAD_DESC / TX_DMA_ERROR): the same
    sequence as the RTL test test_datapath.tx_drop_status, the same outcome."""
    nic, c = await _setup(enable=False, num_vc=16)
    vc, other, idle = 1, 2, 5
    await c.activate(vc, VcParams(vci=10, max_sdu=500))
    await c.activate(other, VcParams(vci=20, max_sdu=500))
    seq = tx_drop_status_sequence(vc, other, idle)
    for i, (v, n, d, _) in enumerate(seq):
        await nic.port.send(v, _payload(n, i), drop_status=d)
    await c.set_ctrl(enable=1, loopback=1)
    await nic.wait_tx_idle()
    comps = await _drain_completions(nic)
    for v in (vc, other, idle):
        assert [TxStatusCode(x.status).name for x in comps if x.vc == v] == [
            st for vv, _, _, st in seq if vv == v]
    rx = await _drain_rx(nic)
    good = [(v, _payload(n, i)) for i, (v, n, _, st) in enumerate(seq) if st == "TX_OK"]
    assert sorted((r.vc, r.data) for r in rx) == sorted(good)
    drops = [v for v, _, _, st in seq if st != "TX_OK"]
    assert (await c.counters())["TX_DROPPED"] == len(drops)
    for v in (vc, other, idle):
        assert (await c.query(v)).counters["VC_TX_DROPPED"] == drops.count(v)
    with pytest.raises(ValueError, match="drop_status"):
        nic.port.send_nowait(vc, b"x", drop_status=8)


@arun
async def test_deactivate_flushes_queued_frames_in_order():
    nic, c = await _setup(enable=False)
    await c.activate(1, VcParams(vci=10))
    await c.activate(2, VcParams(vci=20))
    for i in range(4):
        await nic.port.send(1, bytes(50 * i + 1))
    await nic.port.send(2, b"keep")
    assert await c.field("STATUS", "tx_free") == 1024 - (1 + 2 + 3 + 4) - 1
    assert (await c.query(1)).tx_queued == 4
    assert await c.deactivate(1) == 0  # nothing in flight: done at once
    comps = await _drain_completions(nic)
    assert [(x.vc, x.status) for x in comps] == [(1, TX_ABORTED)] * 4
    q = await c.query(1)
    assert q.state == VcState.INACTIVE and q.counters["VC_TX_ABORTED"] == 4
    assert q.tx_queued == 0 and q.last_tx_status == TX_ABORTED
    assert (await c.counters())["TX_ABORTED"] == 4
    assert await c.field("STATUS", "tx_free") == 1023
    await nic.port.send(1, b"late")
    assert (await nic.port.tx_completion()).status == TX_INACTIVE
    await c.set_ctrl(enable=1)
    assert (await nic.port.receive()).data == b"keep"


@arun
async def test_deactivate_with_pdu_in_flight():
    nic, c = await _setup()
    await c.activate(1, VcParams(vci=10))
    ctrl = ADDRESS["CTRL"]

    def stop_after_first_cell(cell):
        if nic.live_counter("CELLS_TX") == 1:  # CTRL.enable = 0 from the line tap
            nic.write_reg(ctrl, REGS["CTRL"].f("enable").put(nic.read_reg(ctrl), 0))

    nic.line_tx = stop_after_first_cell
    await nic.port.send(1, bytes(100))  # 3 cells: in flight after the first
    await nic.port.send(1, b"q1")
    await nic.port.send(1, b"q2")
    await nic.wait_tx_idle()
    assert await c.deactivate(1, wait=False) is None
    assert nic.cmd_busy and nic.vc_state(1) is VcState.DEACTIVATING
    assert nic.port.completions_pending() == 0  # aborted ones wait behind the PDU in flight
    await nic.port.send(1, b"new")  # dropped: VC not ACTIVE
    assert (await c.counters())["TX_ABORTED"] == 2
    nic.line_tx = None
    await c.set_ctrl(enable=1)
    assert await c.wait_cmd() == 0
    assert [x.status for x in await _drain_completions(nic)] == [
        TX_OK, TX_ABORTED, TX_ABORTED, TX_INACTIVE]
    assert (await nic.port.receive()).data == bytes(100)  # the PDU in flight was delivered
    assert nic.vc_state(1) is VcState.INACTIVE


@arun
async def test_soft_reset_drops_everything_queued():
    nic, c = await _setup(enable=False)
    await c.activate(1, VcParams(vci=10))
    await nic.port.send(1, bytes(500))
    await c.set_ctrl(soft_reset=1)
    assert nic.vc_state(1) is VcState.INACTIVE
    assert await c.field("STATUS", "tx_free") == 1024
    assert nic.port.completions_pending() == 0
    await c.set_ctrl(enable=1, loopback=1)
    await c.activate(1, VcParams(vci=10))
    await nic.port.send(1, b"after")
    assert (await nic.port.receive()).data == b"after"


@arun
async def test_tx_backpressure_blocks_send_until_space():
    nic, c = await _setup(enable=False, tx_buf_cells=10, rx_buf_cells=10)
    await c.activate(1, VcParams(vci=10, max_sdu=400))
    await nic.port.send(1, bytes(376))  # 8 cells
    blocked = asyncio.ensure_future(nic.port.send(1, bytes(136)))  # 3 cells: no room
    for _ in range(5):
        await asyncio.sleep(0)
    assert not blocked.done()
    nic.port.send_nowait(1, b"z")  # ... and the stream behind it waits too
    await c.set_ctrl(enable=1, loopback=1)
    await asyncio.wait_for(blocked, 1)
    got = [len((await nic.port.receive()).data) for _ in range(3)]
    assert got == [376, 136, 1]


# ------------------------------------------------------------------ the ledger
@pytest.mark.parametrize("seed", [1, 2, 3])
@arun
async def test_conservation_ledger(seed):
    """Every frame sent is delivered good or counted in exactly one drop counter."""
    rng = random.Random(seed)
    nic, c = await _setup(loopback=False, rx_buf_cells=40, tx_buf_cells=200)
    vcs = [1, 2, 3, 4]
    for vc in vcs:
        await c.activate(vc, VcParams(vpi=vc, vci=1000 + vc, max_sdu=1500))
    lost_last = {}

    def fault(lc):
        h = CellHeader.unpack(lc.raw)
        vc = h.vpi
        if vc == 4 and h.pti & 1 and lost_last.get("arm"):
            lost_last["arm"] = False
            return []  # the last cell of VC 4's final PDU: freed by DEACTIVATE
        r = rng.random()
        if r < 0.03:
            return [_flip(lc.raw, 5 + rng.randrange(48), 1 << rng.randrange(8))]
        if r < 0.05 and not h.pti & 1:
            return []  # a middle cell lost
        return None

    nic.line_loop(fault)
    sent = 0
    for i in range(250):
        vc = rng.choice(vcs + [5])  # VC 5 is not active: TX_INACTIVE
        n = rng.choice([0, 1, 40, 41, 100, 500, 1500, 1501, rng.randrange(1400)])
        if i % 50 == 10:
            nic.stall_rx(True)
        if i % 50 == 30:
            nic.stall_rx(False)
        await nic.port.send(vc, _payload(n, i))
        sent += 1
        if i % 7 == 0:
            await asyncio.sleep(0)
    nic.stall_rx(False)
    await nic.wait_tx_idle()
    # VC 3: frames queued while the line is off are aborted by DEACTIVATE
    await c.set_ctrl(enable=0)
    for i in range(3):
        await nic.port.send(3, _payload(10, i))
        sent += 1
    assert await c.deactivate(3) == 0
    await c.set_ctrl(enable=1)
    # VC 4: the final PDU loses its last cell, DEACTIVATE frees the partial reassembly
    lost_last["arm"] = True
    await nic.port.send(4, bytes(100))
    sent += 1
    await nic.wait_tx_idle()
    assert await c.deactivate(4) == 0
    good = len(await _drain_rx(nic))
    comps = await _drain_completions(nic)
    assert len(comps) == sent
    g = await c.counters()
    drops = ("TX_DROPPED", "TX_ABORTED", "CRC_ERRORS", "LEN_ERRORS", "OVERSIZE", "NO_BUFFER",
             "RX_ABORTED")
    assert g["PDUS_RX"] == good
    assert sent == good + sum(g[k] for k in drops), {k: g[k] for k in drops}
    assert g["TX_ABORTED"] == 3 and g["RX_ABORTED"] == 1
    assert g["TX_DROPPED"] > 0 and g["CRC_ERRORS"] > 0 and g["NO_BUFFER"] > 0
    # the per-VC counters add up to the global ones
    per_vc = [await c.query(vc) for vc in range(6)]
    for gname, vname in (("PDUS_RX", "VC_RX_PDUS"), ("CRC_ERRORS", "VC_RX_CRC"),
                         ("NO_BUFFER", "VC_RX_NO_BUFFER"), ("TX_DROPPED", "VC_TX_DROPPED"),
                         ("CELLS_TX", "VC_TX_CELLS"), ("BYTES_RX", "VC_RX_BYTES")):
        assert g[gname] == sum(q.counters[vname] for q in per_vc), gname
    assert await c.field("STATUS", "rx_free") == 40
    assert await c.field("STATUS", "tx_free") == 200


@arun
async def test_deactivating_vc_cells_after_rx_close_are_unknown():
    nic, c = await _external()
    nic.stall_rx(True)
    for x in _cells(b"held", 1, 100):
        nic.line_rx(x)
    a = _cells(_payload(60, 9), 1, 100)
    nic.line_rx(a[0])  # a partial PDU
    await c.deactivate(1, wait=False)
    assert nic.cmd_busy and nic.vc_state(1) is VcState.DEACTIVATING
    assert nic.live_counter("RX_ABORTED") == 1  # RX closed at once (no TX in flight)
    nic.line_rx(a[1])  # RX already closed: UNKNOWN_VC, no new reassembly
    assert nic.live_counter("UNKNOWN_VC") == 1
    nic.stall_rx(False)
    assert await c.wait_cmd() == 0
    assert (await nic.port.receive()).data == b"held"
    assert nic.vc_state(1) is VcState.INACTIVE


@arun
async def test_manual_rx_frees_cells_when_host_rx_takes_the_pdu():
    """With host RX taken by hand (a testbench mirroring a core), a finished PDU keeps its
    buffer cells until `take_rx()`, as the core keeps them until its host RX port has taken
    the PDU: the next PDU finds the buffer full (NO_BUFFER) before the take and fits after
    it. Freeing at completion (the old model) made the first check fail: seed 700172."""
    nic, c = await _setup(rx_buf_cells=8)
    nic.manual_rx(True)
    assert await c.activate(1, VcParams(vci=10, max_sdu=300)) == VcResult.OK
    assert await c.activate(2, VcParams(vci=20, max_sdu=300)) == VcResult.OK
    big = _payload(6 * 48 - 8, 1)  # 6 cells: 2 left
    await nic.port.send(1, big)
    await nic.wait_tx_idle()
    assert nic.port.rx_pending() == 0 and len(nic.rx.held) == 1
    assert await c.field("STATUS", "rx_free") == 2
    await nic.port.send(2, _payload(3 * 48 - 8, 2))  # 3 cells: the third finds none
    await nic.wait_tx_idle()
    assert (await c.query(2)).counters["VC_RX_NO_BUFFER"] == 1
    assert nic.take_rx().data == big
    assert nic.take_rx() is None
    assert await c.field("STATUS", "rx_free") == 8
    again = _payload(3 * 48 - 8, 3)
    await nic.port.send(2, again)
    await nic.wait_tx_idle()
    f = nic.take_rx()
    assert f.vc == 2 and f.data == again and f.status == RxStatusCode.RX_OK
    assert (await c.query(2)).counters["VC_RX_NO_BUFFER"] == 1


@arun
async def test_manual_rx_deactivate_waits_for_the_take():
    """A DEACTIVATE completes only once host RX has taken the VC's finished PDUs."""
    nic, c = await _setup()
    nic.manual_rx(True)
    await c.activate(1, VcParams(vci=10, max_sdu=1000))
    await nic.port.send(1, b"pending")
    await nic.wait_tx_idle()
    assert await c.deactivate(1, wait=False) is None
    assert nic.cmd_busy and nic.vc_state(1) == VcState.DEACTIVATING
    assert nic.take_rx().data == b"pending"
    assert not nic.cmd_busy and nic.vc_state(1) == VcState.INACTIVE
