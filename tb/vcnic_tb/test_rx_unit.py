"""Unit test of vcnic_rx alone (rtl/tb/vcnic_rx_wrap.v): line cells in, PDUs out.

The wrapper stands in for vc_table with a small configuration table (cfg_we port), and the
test drives the lookup/open/close/clear ports the way the command engine does. Cells come
from `vcnic.atm` (segment, HEC) on an AxiStreamSource; PDUs are taken with an
AxiStreamSink and checked byte for byte, with tdest/tuser/tkeep, and against the global and
per-VC counters of docs/architecture.md. Launched by tests/test_rx_unit.py.
"""

from __future__ import annotations

import logging
import random
import struct

import cocotb
from cocotb.triggers import ClockCycles, RisingEdge, with_timeout
from cocotbext.axi import AxiStreamBus, AxiStreamFrame, AxiStreamSink, AxiStreamSource
from vcnic.atm.aal5 import abort_pdu, build_cpcs_pdu, cells_for, crc32_aal5
from vcnic.atm.cell import CellHeader, hec
from vcnic.model.lookup import lookup_set

from .core_io import harness_parameters, rx_tuser_fields

PARAMS = harness_parameters(defaults={"NUM_VC": 256, "DATA_W": 32, "RX_BUF_CELLS": 1024,
                                      "LOOKUP_WAYS": 4})
NUM_VC = PARAMS["NUM_VC"]
DATA_W = PARAMS["DATA_W"]
LANES = DATA_W // 8
RX_BUF = PARAMS["RX_BUF_CELLS"]
WAYS = PARAMS["LOOKUP_WAYS"]

# vc_state_e, rx_status_e (rtl/regs/vcnic.rdl)
INACTIVE, ACTIVE, DEACTIVATING = 0, 1, 2
OK, CRC, LENGTH, OVERSIZE, NO_BUFFER, ABORTED = range(6)

GLOBALS = [
    "cells_rx", "hec_corrected", "hec_discarded", "unknown_vc", "pdus_rx", "crc_errors",
    "len_errors", "oversize", "no_buffer", "rx_aborted", "bytes_rx",
]
PER_VC = ["cells", "pdus", "bytes", "crc", "length", "oversize", "no_buffer", "aborted",
          "last_status"]


def cell_bytes(vpi: int, vci: int, pti: int, payload: bytes, nni: bool = False,
               clp: int = 0) -> bytes:
    h = CellHeader(0, vpi, vci, pti, clp, nni).pack()
    return h + bytes([hec(h)]) + bytes(payload)


def pdu_cells(pdu: bytes, vpi: int, vci: int, nni: bool = False) -> list[bytes]:
    """Cells of a CPCS-PDU (a multiple of 48 bytes); PTI = 1 on the last."""
    n = len(pdu) // 48
    return [cell_bytes(vpi, vci, 1 if i == n - 1 else 0, pdu[48 * i:48 * i + 48], nni)
            for i in range(n)]


def sdu_cells(sdu: bytes, vpi: int, vci: int, uu: int = 0, cpi: int = 0,
              nni: bool = False) -> list[bytes]:
    return pdu_cells(build_cpcs_pdu(sdu, uu, cpi), vpi, vci, nni)


def flip(b: bytes, byte: int, bit: int) -> bytes:
    x = bytearray(b)
    x[byte] ^= 1 << bit
    return bytes(x)


def set_of(vpi: int, vci: int) -> int:
    """vc_lookup's set index (the model's hash, `vcnic.model.lookup_set`)."""
    return lookup_set(vpi, vci, NUM_VC)


class Tb:
    def __init__(self, dut):
        self.dut = dut
        self.src = AxiStreamSource(AxiStreamBus.from_prefix(dut, "s_line"), dut.clk, dut.rst)
        self.sink = AxiStreamSink(AxiStreamBus.from_prefix(dut, "m_rx"), dut.clk, dut.rst)
        self.src.log.setLevel(logging.WARNING)
        self.sink.log.setLevel(logging.WARNING)
        self.vcs: dict[int, tuple[int, int, int, int, int]] = {}

    async def reset(self, *, hec_correct: int = 1, nni: int = 0):
        d = self.dut
        for name in ("cfg_we", "lk_valid", "close_valid", "clear_valid", "open_valid",
                     "query_vc", "lk_op", "lk_vpi", "lk_vci", "lk_vc", "close_vc", "clear_vc",
                     "open_vc", "cfg_wvc", "cfg_wstate", "cfg_wrx_en", "cfg_wrx_errored",
                     "cfg_wmax_sdu"):
            getattr(d, name).value = 0
        d.enable.value = 1
        d.hec_correct.value = hec_correct
        d.nni.value = nni
        d.rst.value = 1
        await ClockCycles(d.clk, 4)
        d.rst.value = 0
        self.vcs = {}
        # the RX side clears its per-VC arrays one VC per cycle after reset; QUERY reads
        # zeros meanwhile
        q = await self.query(NUM_VC - 1)
        assert all(v == 0 for v in q.values()), f"QUERY during the reset sweep: {q}"
        await ClockCycles(d.clk, NUM_VC + 8)

    # ------------------------------------------------------------ command engine stand-in
    async def cfg(self, vc, state, rx_en=1, errored=0, max_sdu=9180):
        d = self.dut
        d.cfg_wvc.value = vc
        d.cfg_wstate.value = state
        d.cfg_wrx_en.value = rx_en
        d.cfg_wrx_errored.value = errored
        d.cfg_wmax_sdu.value = max_sdu
        d.cfg_we.value = 1
        await RisingEdge(d.clk)
        d.cfg_we.value = 0

    async def lk(self, op, vpi, vci, vc) -> int:
        d = self.dut
        d.lk_op.value = op
        d.lk_vpi.value = vpi
        d.lk_vci.value = vci
        d.lk_vc.value = vc
        d.lk_valid.value = 1
        for _ in range(50):
            await RisingEdge(d.clk)
            if int(d.lk_done.value):
                status = int(d.lk_status.value)
                d.lk_valid.value = 0
                return status
        raise AssertionError("lk_done never came")

    async def strobe(self, name, vc):
        d = self.dut
        getattr(d, f"{name}_vc").value = vc
        getattr(d, f"{name}_valid").value = 1
        await RisingEdge(d.clk)
        getattr(d, f"{name}_valid").value = 0

    async def activate(self, vc, vpi, vci, max_sdu=9180, errored=0, rx_en=1) -> int:
        st = await self.lk(0, vpi, vci, vc)
        if st == 0:
            await self.cfg(vc, ACTIVE, rx_en, errored, max_sdu)
            await self.strobe("open", vc)
            self.vcs[vc] = (vpi, vci, max_sdu, errored, rx_en)
        return st

    async def deactivate(self, vc, timeout_cycles=20000) -> int:
        """DEACTIVATE: close (abort partial, wait for queued PDUs), then lookup remove.
        Returns the cycles close took."""
        d = self.dut
        vpi, vci, max_sdu, errored, rx_en = self.vcs.pop(vc)
        await self.cfg(vc, DEACTIVATING, rx_en, errored, max_sdu)
        d.close_vc.value = vc
        d.close_valid.value = 1
        cycles = 0
        while not int(d.close_done.value):
            await RisingEdge(d.clk)
            cycles += 1
            assert cycles < timeout_cycles, "close_done never came"
        d.close_valid.value = 0
        assert await self.lk(1, vpi, vci, vc) == 0
        await self.cfg(vc, INACTIVE, 0, 0, 0)
        return cycles

    # ------------------------------------------------------------ traffic
    async def send(self, cells):
        for c in cells:
            await self.src.send(AxiStreamFrame(c))

    async def settle(self, cycles=60):
        await self.src.wait()
        await ClockCycles(self.dut.clk, cycles)

    async def recv(self, timeout_ns=400_000):
        f = await with_timeout(self.sink.recv(compact=False), timeout_ns, "ns")
        n = len(f.tdata)
        assert n % LANES == 0 and n > 0
        beats = n // LANES
        keep = list(f.tkeep)
        for b in range(beats - 1):
            assert all(keep[b * LANES:(b + 1) * LANES]), f"tkeep gap in beat {b}: {keep}"
        last = keep[(beats - 1) * LANES:]
        k = sum(last)
        assert last == [1] * k + [0] * (LANES - k), f"last tkeep {last}"
        assert len(set(f.tdest)) == 1, "tdest changed within a frame"
        data = bytes(x for x, kk in zip(f.tdata, keep, strict=True) if kk)
        tuser = f.tuser[-1]
        return f.tdest[-1], data, *rx_tuser_fields(tuser)

    async def expect(self, vc, data, status=OK, uu=0, cpi=0):
        got = await self.recv()
        assert got[0] == vc, f"tdest {got[0]} != {vc}"
        assert got[2] == status, f"vc {vc}: status {got[2]} != {status}"
        assert got[1] == data, f"vc {vc}: data {got[1][:16].hex()}.. len {len(got[1])} != {len(data)}"
        assert (got[3], got[4]) == (uu, cpi), f"uu/cpi {got[3:]} != {(uu, cpi)}"

    # ------------------------------------------------------------ counters
    def counters(self) -> dict[str, int]:
        return {k: int(getattr(self.dut, f"cnt_{k}").value) for k in GLOBALS}

    async def query(self, vc) -> dict[str, int]:
        self.dut.query_vc.value = vc
        await RisingEdge(self.dut.clk)
        await RisingEdge(self.dut.clk)
        return {k: int(getattr(self.dut, f"q_{k}").value) for k in PER_VC}

    def check_delta(self, before, **expect):
        now = self.counters()
        for k in GLOBALS:
            assert now[k] - before[k] == expect.get(k, 0), (
                f"{k}: +{now[k] - before[k]}, expected +{expect.get(k, 0)}")

    def free(self) -> int:
        return int(self.dut.rx_free.value)

    async def idle_checks(self):
        await self.settle()
        assert self.sink.empty(), "unexpected PDU on host RX"
        assert int(self.dut.pipe_idle.value) == 1
        assert self.free() == RX_BUF, f"rx_free {self.free()} != {RX_BUF}: buffer leak"


async def start(dut, **kw) -> Tb:
    tb = Tb(dut)
    await tb.reset(**kw)
    return tb


# =============================================================================== tests
@cocotb.test()
async def test_good_pdus(dut):
    """Good PDUs of the boundary lengths, one VC; content, tuser, tkeep and counters."""
    tb = await start(dut)
    assert tb.free() == RX_BUF
    assert await tb.activate(5, 1, 100) == 0
    lengths = [1, 40, 41, 47, 48, 88, 89, 1500]
    if cells_for(1500) > RX_BUF:
        lengths.remove(1500)
    before = tb.counters()
    ev0 = int(dut.n_ev_rx_pdu.value)
    sdus = []
    ncells = 0
    for i, n in enumerate(lengths):
        sdu = bytes(random.getrandbits(8) for _ in range(n))
        uu, cpi = (i * 37) & 0xFF, i & 1
        sdus.append((sdu, uu, cpi))
        cells = sdu_cells(sdu, 1, 100, uu, cpi)
        ncells += len(cells)
        await tb.send(cells)
        await tb.expect(5, sdu, OK, uu, cpi)
    await tb.idle_checks()
    tb.check_delta(before, cells_rx=ncells, pdus_rx=len(lengths), bytes_rx=sum(lengths))
    q = await tb.query(5)
    assert q == {"cells": ncells, "pdus": len(lengths), "bytes": sum(lengths), "crc": 0,
                 "length": 0, "oversize": 0, "no_buffer": 0, "aborted": 0, "last_status": OK}
    assert int(dut.n_ev_rx_pdu.value) - ev0 == len(lengths)
    assert int(dut.n_line_stall.value) == 0


@cocotb.test()
async def test_interleaved_back_to_back(dut):
    """Cells of several VCs interleaved at random, back to back on the line: no stall,
    every PDU delivered whole and in last-cell order."""
    tb = await start(dut)
    nvc = 6
    vcs = [(NUM_VC - 1 - 3 * i, 2 + i, 300 + 7 * i) for i in range(nvc)]
    for vc, vpi, vci in vcs:
        assert await tb.activate(vc, vpi, vci) == 0
    max_cells = max(1, min(8, RX_BUF // (2 * nvc)))
    queues = []
    for vc, vpi, vci in vcs:
        q = []
        for _ in range(5):
            n = random.randint(1, 48 * max_cells - 8)
            sdu = bytes(random.getrandbits(8) for _ in range(n))
            uu = random.getrandbits(8)
            q.append((sdu, uu, sdu_cells(sdu, vpi, vci, uu)))
        queues.append([vc, q, 0])
    # interleave at random, keeping each VC's cell order
    line, expected = [], []
    streams = [[(vc, c, sdu, uu, i == len(cells) - 1) for sdu, uu, cells in q
                for i, c in enumerate(cells)] for vc, q, _ in queues]
    while any(streams):
        s = random.choice([s for s in streams if s])
        vc, c, sdu, uu, last = s.pop(0)
        line.append(c)
        if last:
            expected.append((vc, sdu, uu))
    before = tb.counters()
    await tb.send(line)
    for vc, sdu, uu in expected:
        await tb.expect(vc, sdu, OK, uu, 0)
    await tb.idle_checks()
    tb.check_delta(before, cells_rx=len(line), pdus_rx=len(expected),
                   bytes_rx=sum(len(s) for _, s, _ in expected))
    assert int(dut.n_line_stall.value) == 0, "s_line_tready dropped on continuous cells"


@cocotb.test()
async def test_hec(dut):
    """I.432: single-bit correction in CORRECTION mode, discard in DETECTION mode, 2-bit
    errors discarded, hec_correct = 0, bad frame lengths, idle cells, enable = 0."""
    tb = await start(dut)
    assert await tb.activate(3, 0, 77) == 0

    def one(sdu):
        return sdu_cells(sdu, 0, 77)[0]

    a, b, c = bytes(range(10)), bytes(range(20)), bytes(range(30))
    before = tb.counters()
    # corrected (header bit), then DETECTION: a single-bit error now discards
    await tb.send([flip(one(a), 2, 3), flip(one(b), 0, 7)])
    await tb.expect(3, a)
    await tb.settle()
    tb.check_delta(before, hec_corrected=1, hec_discarded=1, cells_rx=1, pdus_rx=1, bytes_rx=10)
    # a good cell returns to CORRECTION; a HEC-byte error is corrected too
    before = tb.counters()
    await tb.send([one(c), flip(one(a), 4, 0), one(b), flip(flip(one(c), 1, 1), 3, 6)])
    await tb.expect(3, c)
    await tb.expect(3, a)
    await tb.expect(3, b)
    await tb.settle()
    tb.check_delta(before, hec_corrected=1, hec_discarded=1, cells_rx=3, pdus_rx=3, bytes_rx=60)
    # detection only
    dut.hec_correct.value = 0
    before = tb.counters()
    await tb.send([flip(one(a), 3, 2), one(b)])
    await tb.expect(3, b)
    await tb.settle()
    tb.check_delta(before, hec_discarded=1, cells_rx=1, pdus_rx=1, bytes_rx=20)
    dut.hec_correct.value = 1
    # frames that are not 53 bytes; an idle cell (uncounted); then a good one
    before = tb.counters()
    drops0 = int(dut.n_ev_cell_drop.value)
    idle = bytes([0, 0, 0, 1, 0x52]) + b"\x6a" * 48
    await tb.send([one(a)[:52], one(a) + b"\x00", one(a)[:5], idle, one(c)])
    await tb.expect(3, c)
    await tb.settle()
    tb.check_delta(before, hec_discarded=3, cells_rx=1, pdus_rx=1, bytes_rx=30)
    assert int(dut.n_ev_cell_drop.value) - drops0 == 3
    # enable = 0: ignored, uncounted
    dut.enable.value = 0
    before = tb.counters()
    await tb.send([one(a), one(a)[:20]])
    await tb.settle()
    tb.check_delta(before)
    dut.enable.value = 1
    await tb.send([one(b)])
    await tb.expect(3, b)
    await tb.idle_checks()


@cocotb.test()
async def test_unknown_and_oam(dut):
    """Unknown (VPI, VCI), VC not active, rx_en = 0: UNKNOWN_VC. OAM cells on a known VC
    count as cells and leave the PDU in progress alone."""
    tb = await start(dut)
    assert await tb.activate(1, 0, 40) == 0
    assert await tb.activate(2, 0, 41, rx_en=0) == 0
    # in the lookup but INACTIVE in the VC table
    assert await tb.lk(0, 0, 42, 9) == 0
    before = tb.counters()
    drops0 = int(dut.n_ev_cell_drop.value)
    sdu = bytes(range(100))
    cells = sdu_cells(sdu, 0, 40)
    oam = cell_bytes(0, 40, 5, bytes(48))
    junk = [sdu_cells(b"x", 0, 99)[0], sdu_cells(b"y", 0, 41)[0], sdu_cells(b"z", 0, 42)[0]]
    await tb.send([cells[0], junk[0], oam, cells[1], junk[1], junk[2], cells[2]])
    await tb.expect(1, sdu)
    await tb.settle()
    tb.check_delta(before, unknown_vc=3, cells_rx=4, pdus_rx=1, bytes_rx=100)
    assert int(dut.n_ev_cell_drop.value) - drops0 == 3
    q = await tb.query(1)
    assert q["cells"] == 4 and q["pdus"] == 1
    assert (await tb.query(2))["cells"] == 0
    assert await tb.lk(1, 0, 42, 9) == 0
    await tb.idle_checks()


@cocotb.test()
async def test_crc_and_length_errors(dut):
    """CRC and LENGTH errors: counted once, not delivered, or delivered raw with their
    status when rx_errored = 1; the VC carries on with good PDUs."""
    tb = await start(dut)
    assert await tb.activate(7, 0, 50) == 0
    assert await tb.activate(8, 0, 51, errored=1) == 0
    sdu = bytes(random.getrandbits(8) for _ in range(100))
    pdu = build_cpcs_pdu(sdu, 0x11, 0x22)
    bad_crc = bytearray(pdu)
    bad_crc[60] ^= 0x01

    def relength(length: int) -> bytes:
        body = bytearray(pdu[:-4])
        body[-2:] = struct.pack(">H", length)
        return bytes(body) + crc32_aal5(bytes(body)).to_bytes(4, "big")

    too_short = relength(20)    # 144 - 28 > 47
    too_long = relength(200)    # 208 > 144
    before = tb.counters()
    err0 = int(dut.n_ev_rx_error.value)
    for vci in (50, 51):
        await tb.send(pdu_cells(bytes(bad_crc), 0, vci))
        await tb.send(pdu_cells(too_short, 0, vci))
        await tb.send(pdu_cells(too_long, 0, vci))
        await tb.send(sdu_cells(sdu, 0, vci, 0x11, 0x22))
    await tb.expect(7, sdu, OK, 0x11, 0x22)
    await tb.expect(8, bytes(bad_crc), CRC, 0x11, 0x22)
    await tb.expect(8, too_short, LENGTH, 0x11, 0x22)
    await tb.expect(8, too_long, LENGTH, 0x11, 0x22)
    await tb.expect(8, sdu, OK, 0x11, 0x22)
    await tb.idle_checks()
    tb.check_delta(before, cells_rx=24, pdus_rx=2, bytes_rx=200, crc_errors=2, len_errors=4)
    assert int(dut.n_ev_rx_error.value) - err0 == 6
    for vc in (7, 8):
        q = await tb.query(vc)
        assert (q["crc"], q["length"], q["pdus"], q["last_status"]) == (1, 2, 1, OK)


@cocotb.test()
async def test_length_zero_is_an_abort(dut):
    """A PDU whose Length field is 0 is the AAL5 abort indication (I.363.5; RFC 2684
    section 3): counted once in RX_ABORTED (last status ABORTED, rx_error event), never
    delivered, not even with rx_errored = 1, its cells freed; the VC carries on with its
    next PDU. A Length-0 PDU with a bad CRC is a CRC error (the Length is not trusted)."""
    tb = await start(dut)
    assert await tb.activate(7, 0, 60) == 0
    assert await tb.activate(8, 0, 61, errored=1) == 0
    ncell = max(1, min(3, RX_BUF // 4))
    aborts = [abort_pdu(1), abort_pdu(ncell, uu=0x5A, fill=bytes(range(200)))]
    bad = bytearray(abort_pdu(1))
    bad[3] ^= 0x10
    sdu = b"after the abort"
    before = tb.counters()
    err0 = int(dut.n_ev_rx_error.value)
    cells = 0
    for vci in (60, 61):
        for a in aborts:
            await tb.send(pdu_cells(a, 0, vci))
            cells += len(a) // 48
        await tb.send(pdu_cells(bytes(bad), 0, vci))
        await tb.send(sdu_cells(sdu, 0, vci, 1, 2))
        cells += 2
    await tb.expect(7, sdu, OK, 1, 2)
    await tb.expect(8, bytes(bad), CRC, 0, 0)
    await tb.expect(8, sdu, OK, 1, 2)
    await tb.idle_checks()
    tb.check_delta(before, cells_rx=cells, pdus_rx=2, bytes_rx=2 * len(sdu), rx_aborted=4,
                   crc_errors=2)
    assert int(dut.n_ev_rx_error.value) - err0 == 6
    for vc in (7, 8):
        q = await tb.query(vc)
        assert (q["aborted"], q["crc"], q["length"], q["pdus"], q["last_status"]) == (
            2, 1, 0, 1, OK), q


@cocotb.test()
async def test_oversize(dut):
    """OVERSIZE by cell count (buffer freed at once, counted once at the last cell) and by
    the length field; max SDU latched at a PDU's first cell."""
    tb = await start(dut)
    assert await tb.activate(4, 0, 60, max_sdu=100) == 0   # cells_for(100) = 3
    before = tb.counters()
    big = bytes(random.getrandbits(8) for _ in range(300))  # 7 cells
    mid = bytes(range(120))                                   # 3 cells, L > 100
    ok = bytes(range(100))
    cells = sdu_cells(big, 0, 60)
    await tb.send(cells[:5])
    await tb.settle()
    assert tb.free() == RX_BUF, "an OVERSIZE PDU keeps no buffer"
    tb.check_delta(before, cells_rx=5)
    await tb.send(cells[5:])
    await tb.send(sdu_cells(mid, 0, 60))
    await tb.send(sdu_cells(ok, 0, 60))
    await tb.expect(4, ok)
    await tb.settle()
    tb.check_delta(before, cells_rx=13, oversize=2, pdus_rx=1, bytes_rx=100)
    q = await tb.query(4)
    assert (q["oversize"], q["pdus"], q["last_status"]) == (2, 1, OK)
    # max SDU raised mid-PDU: the PDU keeps the value latched at its first cell
    before = tb.counters()
    c4 = sdu_cells(big[:150], 0, 60)                          # 4 cells
    await tb.send(c4[:1])
    await tb.settle(10)
    await tb.cfg(4, ACTIVE, 1, 0, 9180)
    await tb.send(c4[1:])
    await tb.send(c4)
    await tb.expect(4, big[:150])
    await tb.idle_checks()
    tb.check_delta(before, cells_rx=8, oversize=1, pdus_rx=1, bytes_rx=150)
    assert (await tb.query(4))["last_status"] == OK


@cocotb.test()
async def test_no_buffer(dut):
    """A stalled host RX holds the buffer; the PDU that finds no free cell becomes NO_BUFFER
    (its cells freed, counted once at its last cell); PDUs already stored and other VCs are
    untouched. (PDUS_RX counts a good PDU when its last cell completes it.)"""
    if RX_BUF > 128:
        return  # needs a small RX_BUF_CELLS build
    tb = await start(dut)
    assert await tb.activate(1, 0, 33) == 0
    assert await tb.activate(2, 0, 34) == 0
    assert await tb.activate(3, 0, 35) == 0
    tb.sink.pause = True
    n3 = (RX_BUF - 2) // 3                 # 3-cell PDUs held on VC 1
    left = RX_BUF - 3 * n3                 # 2..4 cells left
    held = [bytes(random.getrandbits(8) for _ in range(100)) for _ in range(n3)]
    v2 = bytes(range(130))                 # 3 cells
    v3 = bytes(range(40))                  # 1 cell
    c2 = sdu_cells(v2, 0, 34)
    c3 = sdu_cells(v3, 0, 35)
    before = tb.counters()
    for s in held:
        await tb.send(sdu_cells(s, 0, 33))
    await tb.settle(20)
    assert tb.free() == left
    # VC 2 starts a PDU, VC 3 takes every cell left, VC 2's next cell finds none
    await tb.send([c2[0]] + c3 * (left - 1) + c2[1:])
    await tb.settle(20)
    assert tb.free() == 1, "the NO_BUFFER PDU's stored cell goes back to the free list"
    await tb.send(c3 + c3)                 # the first fits, the second finds no buffer
    await tb.settle(20)
    assert tb.free() == 0
    cells = 3 * n3 + 1 + (left - 1) + 2 + 2
    tb.check_delta(before, cells_rx=cells, no_buffer=2, pdus_rx=n3 + left,
                   bytes_rx=100 * n3 + 40 * left)
    tb.sink.pause = False
    for s in held:
        await tb.expect(1, s)
    for _ in range(left):
        await tb.expect(3, v3)
    await tb.idle_checks()
    q2, q3 = await tb.query(2), await tb.query(3)
    assert (q2["no_buffer"], q2["last_status"], q2["pdus"]) == (1, NO_BUFFER, 0)
    assert (q3["no_buffer"], q3["last_status"], q3["pdus"]) == (1, NO_BUFFER, left)
    # everything works again
    await tb.send(c2)
    await tb.expect(2, v2)
    await tb.idle_checks()


@cocotb.test()
async def test_close_abort_and_clear(dut):
    """DEACTIVATE: a partial PDU is freed and counted RX_ABORTED; close waits until the
    VC's queued PDUs are delivered; later cells are unknown; CLEAR zeroes the counters."""
    tb = await start(dut)
    assert await tb.activate(6, 0, 90) == 0
    assert await tb.activate(9, 0, 91) == 0
    sdu = bytes(random.getrandbits(8) for _ in range(200))     # 5 cells
    cells = sdu_cells(sdu, 0, 90)
    before = tb.counters()
    await tb.send(cells[:3])
    await tb.settle(20)
    assert tb.free() == RX_BUF - 3
    await tb.deactivate(6)
    assert tb.free() == RX_BUF
    await tb.send(cells[3:])
    await tb.settle()
    tb.check_delta(before, cells_rx=3, rx_aborted=1, unknown_vc=2)
    q = await tb.query(6)
    assert (q["aborted"], q["cells"], q["last_status"]) == (1, 3, ABORTED)
    # close waits for the VC's PDUs queued for host RX
    tb.sink.pause = True
    await tb.send(sdu_cells(sdu, 0, 91))
    await tb.settle(20)
    task = cocotb.start_soon(tb.deactivate(9))
    await ClockCycles(dut.clk, 300)
    assert not task.done(), "close finished while a PDU of the VC waited for host RX"
    tb.sink.pause = False
    await tb.expect(9, sdu)
    await with_timeout(task, 100_000, "ns")
    await tb.idle_checks()
    # CLEAR zeroes that VC's counters only; re-ACTIVATE works
    await tb.strobe("clear", 6)
    assert all(v == 0 for v in (await tb.query(6)).values())
    assert (await tb.query(9))["pdus"] == 1
    assert await tb.activate(6, 0, 90) == 0
    await tb.send(cells)
    await tb.expect(6, sdu)
    await tb.idle_checks()
    assert (await tb.query(6))["pdus"] == 1


@cocotb.test()
async def test_lookup_table(dut):
    """Lookup insert: duplicate, set full after LOOKUP_WAYS keys of one set; remove frees
    the way; every way of a set is found; NNI 12-bit VPIs."""
    tb = await start(dut, nni=1)
    target = set_of(0x123, 1000)
    keys, vci = [], 1000
    while len(keys) < WAYS + 1:
        if set_of(0x123, vci) == target:
            keys.append((0x123, vci))
        vci += 1
    for i, (vpi, vci) in enumerate(keys[:WAYS]):
        assert await tb.activate(10 + i, vpi, vci) == 0
    assert await tb.lk(0, *keys[0], 40) == 1, "duplicate key"
    assert await tb.lk(0, *keys[WAYS], 40) == 2, "set full"
    before = tb.counters()
    for i, (vpi, vci) in enumerate(keys[:WAYS]):
        await tb.send(sdu_cells(bytes([i]) * (i + 1), vpi, vci, nni=True))
    for i in range(WAYS):
        await tb.expect(10 + i, bytes([i]) * (i + 1))
    await tb.deactivate(10)
    assert await tb.activate(40, *keys[WAYS]) == 0
    await tb.send(sdu_cells(b"new", *keys[WAYS], nni=True))
    await tb.send(sdu_cells(b"old", *keys[0], nni=True))
    await tb.expect(40, b"new")
    await tb.idle_checks()
    tb.check_delta(before, cells_rx=WAYS + 1, pdus_rx=WAYS + 1, unknown_vc=1,
                   bytes_rx=sum(range(1, WAYS + 1)) + 3)


@cocotb.test()
async def test_backpressure_and_gaps(dut):
    """Random gaps on the line and random host RX back-pressure: every PDU still arrives
    whole; a lost last cell merges two PDUs into one CRC error."""
    tb = await start(dut)
    assert await tb.activate(2, 0, 200) == 0
    assert await tb.activate(3, 0, 201) == 0

    def gaps():
        while True:
            yield random.random() < 0.3

    tb.src.set_pause_generator(gaps())
    tb.sink.set_pause_generator(gaps())
    max_len = min(300, 48 * (RX_BUF // 4) - 8)
    expected, line = [], []
    for i in range(12):
        vc, vci = (2, 200) if i % 2 else (3, 201)
        sdu = bytes(random.getrandbits(8) for _ in range(random.randint(1, max_len)))
        line += sdu_cells(sdu, 0, vci, uu=i)
        expected.append((vc, sdu, i))
    before = tb.counters()
    await tb.send(line)
    for vc, sdu, uu in expected:
        await tb.expect(vc, sdu, OK, uu)
    await tb.idle_checks()
    tb.check_delta(before, cells_rx=len(line), pdus_rx=12,
                   bytes_rx=sum(len(s) for _, s, _ in expected))
    tb.src.clear_pause_generator()
    tb.sink.clear_pause_generator()
    tb.src.pause = tb.sink.pause = False
    # the last cell of a PDU is lost: it merges with the next one, which fails its CRC
    before = tb.counters()
    a, b = bytes(range(60)), bytes(range(70))
    await tb.send(sdu_cells(a, 0, 200)[:-1] + sdu_cells(b, 0, 200) + sdu_cells(b, 0, 200))
    await tb.expect(2, b)
    await tb.idle_checks()
    tb.check_delta(before, cells_rx=5, crc_errors=1, pdus_rx=1, bytes_rx=70)
