"""The core's datapath in internal loopback: host TX -> SAR -> line -> reassembly -> host RX.

Every frame is checked three ways: its TX completion (status, per-VC order), the cells on
the line (a `CellMonitor` on line TX, compared with `vcnic.atm.aal5.segment` of the SDU:
header, PTI, CLP, HEC, payload, trailer) and the PDU on host RX (VC, data, UU, CPI,
status). Then the counters (global snapshot and per-VC QUERY) must add up.
Launched by tests/test_rtl_datapath.py (NUM_VC x DATA_W).
"""

from __future__ import annotations

import os
import random
from collections import defaultdict
from dataclasses import dataclass, field

import cocotb
from cocotb.triggers import ClockCycles, with_timeout
from vcnic.atm.aal5 import RxStatus, cells_for, reassemble, segment
from vcnic.atm.cell import IDLE_CELL, Cell, CellHeader, HecStatus, hec_check
from vcnic.regs import RxStatusCode, ServiceCategory, TxStatusCode, VcParams, VcResult, VcState

from .cells import CellMonitor, CellSource, LineCell
from .core_io import tx_drop_status_sequence
from .rtl_backend import RtlBackend, harness_parameters

PARAMS = harness_parameters()
BUF_LIMIT = min(PARAMS["TX_BUF_CELLS"], PARAMS["RX_BUF_CELLS"])
#: Largest SDU the buffers allow (cells_for(L) <= min(TX_BUF_CELLS, RX_BUF_CELLS)).
MAX_SDU = min(0xFFFF, BUF_LIMIT * 48 - 8)
#: Cell slot in clock cycles.
SLOT = -(-53 // (PARAMS["DATA_W"] // 8))
CLK_NS = 10


@dataclass
class VcUnderTest:
    vc: int
    params: VcParams


@dataclass
class Sent:
    vc: int
    sdu: bytes
    uu: int
    cpi: int
    clp: int


@dataclass
class FrameScoreboard:
    """Expected outcome of every frame, per VC in send order."""

    vcs: dict[int, VcUnderTest]
    sent: dict[int, list[Sent]] = field(default_factory=lambda: defaultdict(list))
    total_cells: int = 0
    rx_index: dict[int, int] = field(default_factory=lambda: defaultdict(int))
    txc_count: dict[int, int] = field(default_factory=lambda: defaultdict(int))

    def add(self, s: Sent) -> None:
        self.sent[s.vc].append(s)
        self.total_cells += cells_for(len(s.sdu))

    @property
    def frames(self) -> int:
        return sum(len(v) for v in self.sent.values())

    def expected_cells(self, vc: int) -> list[bytes]:
        p = self.vcs[vc].params
        out = []
        for s in self.sent[vc]:
            out += [c.to_bytes() for c in segment(s.sdu, p.vpi, p.vci, s.uu, s.cpi, p.clp | s.clp)]
        return out

    def check_line(self, cells: list[LineCell]) -> int:
        """Line cells grouped by (VPI, VCI) must be exactly the segmentation of each VC's
        frames in order. Returns how many times a PDU was interrupted by another VC's cell."""
        by_id = {(v.params.vpi, v.params.vci): vc for vc, v in self.vcs.items()}
        got: dict[int, list[bytes]] = defaultdict(list)
        open_pdu: dict[int, bool] = defaultdict(bool)
        interleaved = 0
        last_vc = None
        for lc in cells:
            assert len(lc.raw) == 53, f"line frame of {len(lc.raw)} bytes at {lc.time_ns} ns"
            assert lc.hec_ok, f"bad HEC on line cell {lc.raw[:5].hex()} at {lc.time_ns} ns"
            c = Cell.from_bytes(lc.raw, check=False)
            key = (c.vpi, c.vci)
            assert key in by_id, f"cell for unknown VPI/VCI {key} at {lc.time_ns} ns"
            vc = by_id[key]
            if last_vc is not None and last_vc != vc and open_pdu[last_vc]:
                interleaved += 1
            got[vc].append(lc.raw)
            open_pdu[vc] = not c.end_of_pdu
            last_vc = vc
        for vc in self.vcs:
            exp = self.expected_cells(vc)
            g = got.get(vc, [])
            assert len(g) == len(exp), f"VC {vc}: {len(g)} cells on the line, expected {len(exp)}"
            for i, (a, b) in enumerate(zip(g, exp, strict=True)):
                assert a == b, f"VC {vc} cell {i}:\n got {a.hex()}\n exp {b.hex()}"
        return interleaved


async def setup(dut, n_vcs: int, *, seed_vcs: int = 0, max_sdu: int = MAX_SDU,
                erf: str | None = None, **vc_kw) -> tuple[RtlBackend, dict[int, VcUnderTest], CellMonitor]:
    be = RtlBackend(dut)
    await be.start(loopback=True)
    mon = be.monitor_line(erf_path=erf)
    rng = random.Random(seed_vcs)
    n = be.params["NUM_VC"]
    numbers = sorted({0, n - 1} | set(rng.sample(range(n), min(n, n_vcs))))[:n_vcs]
    vcs = {}
    used = set()
    for vc in numbers:
        for _attempt in range(20):
            vpi, vci = rng.randrange(256), rng.randrange(32, 0x10000)
            if (vpi, vci) in used:
                continue
            p = VcParams(vpi=vpi, vci=vci, max_sdu=max_sdu, **vc_kw)
            res = await be.core.activate(vc, p)
            if res != VcResult.NO_RESOURCES:  # its lookup set is full: draw another ID
                break
        assert res == VcResult.OK, f"ACTIVATE vc {vc}: {VcResult(res).name}"
        used.add((vpi, vci))
        vcs[vc] = VcUnderTest(vc, p)
    return be, vcs, mon


def payload(rng: random.Random, n: int) -> bytes:
    return rng.getrandbits(8 * n).to_bytes(n, "little") if n else b""


def budget_ns(frames: int, cells: int, nbytes: int) -> float:
    """Generous simulated-time budget: every cell slot, every ingest beat, plus slack."""
    beats = nbytes // (PARAMS["DATA_W"] // 8) + frames
    return (4 * cells * SLOT + 4 * beats + 2000 + 200 * frames) * CLK_NS


async def run_traffic(be: RtlBackend, sb: FrameScoreboard, frames: list[Sent]) -> None:
    """Send every frame at once (heavy interleaving), then collect and check completions and
    host RX PDUs per VC."""
    for s in frames:
        sb.add(s)
        be.port.send_nowait(s.vc, s.sdu, s.uu, s.cpi, s.clp)
    t = budget_ns(len(frames), sum(cells_for(len(s.sdu)) for s in frames),
                  sum(len(s.sdu) for s in frames))

    async def completions():
        for _ in frames:
            c = await be.port.tx_completion()
            assert c.vc in sb.vcs, f"completion for VC {c.vc} nobody sent on"
            assert c.status == TxStatusCode.TX_OK, f"VC {c.vc}: completion {c.status}"
            sb.txc_count[c.vc] += 1
        for vc, lst in sb.sent.items():
            n = sb.txc_count[vc]
            assert n == len(lst), f"VC {vc}: {n} completions for {len(lst)} frames"

    async def receives():
        idx = sb.rx_index
        for _ in frames:
            r = await be.port.receive()
            assert r.vc in sb.sent, f"PDU on VC {r.vc} nobody sent on"
            i = idx[r.vc]
            assert i < len(sb.sent[r.vc]), f"VC {r.vc}: more PDUs than sent"
            s = sb.sent[r.vc][i]
            assert r.status == RxStatusCode.RX_OK, f"VC {r.vc} PDU {i}: status {r.status}"
            assert r.data == s.sdu, (
                f"VC {r.vc} PDU {i}: {len(r.data)} bytes, expected {len(s.sdu)}; first diff at "
                f"{next((k for k, (a, b) in enumerate(zip(r.data, s.sdu, strict=False)) if a != b), None)}")
            assert (r.uu, r.cpi) == (s.uu, s.cpi), f"VC {r.vc} PDU {i}: UU/CPI {r.uu}/{r.cpi}"
            idx[r.vc] += 1

    tc = cocotb.start_soon(completions())
    tr = cocotb.start_soon(receives())
    await with_timeout(tc, t, "ns")
    await with_timeout(tr, t, "ns")


async def check_counters(be: RtlBackend, sb: FrameScoreboard, mon: CellMonitor) -> None:
    await ClockCycles(be.clock, 4 * SLOT)  # let the last cells settle in the monitor
    ctr = await be.core.counters()
    frames = sb.frames
    nbytes = sum(len(s.sdu) for lst in sb.sent.values() for s in lst)
    exp = {"CELLS_TX": sb.total_cells, "CELLS_RX": sb.total_cells, "PDUS_TX": frames,
           "PDUS_RX": frames, "BYTES_TX": nbytes, "BYTES_RX": nbytes}
    for k, v in exp.items():
        assert ctr[k] == v, f"{k} = {ctr[k]}, expected {v}"
    for k in ("HEC_CORRECTED", "HEC_DISCARDED", "UNKNOWN_VC", "CRC_ERRORS", "LEN_ERRORS",
              "OVERSIZE", "NO_BUFFER", "RX_ABORTED", "TX_ABORTED", "TX_DROPPED"):
        assert ctr[k] == 0, f"{k} = {ctr[k]} after clean traffic"
    assert mon.count == sb.total_cells, f"monitor saw {mon.count} cells, expected {sb.total_cells}"
    for vc in sb.vcs:
        q = await be.core.query(vc)
        lst = sb.sent[vc]
        cells = sum(cells_for(len(s.sdu)) for s in lst)
        b = sum(len(s.sdu) for s in lst)
        want = {"VC_TX_CELLS": cells, "VC_TX_PDUS": len(lst), "VC_TX_BYTES": b,
                "VC_RX_CELLS": cells, "VC_RX_PDUS": len(lst), "VC_RX_BYTES": b}
        for k, v in want.items():
            assert q.counters[k] == v, f"VC {vc} {k} = {q.counters[k]}, expected {v}"
        assert q.state == VcState.ACTIVE and q.tx_queued == 0, (vc, q.state, q.tx_queued)


# ------------------------------------------------------------------------------ tests
EDGE_LENGTHS = [1, 40, 41, 47, 48, 88, 89, 95, 96, 136, 137]


@cocotb.test(timeout_time=20, timeout_unit="ms")
async def sdu_lengths_one_vc(dut):
    """The AAL5 edge lengths and the VC's max SDU (9180, the RDL default and IP-over-ATM
    MTU, or less when the buffers are smaller), one at a time on one VC."""
    rng = random.Random(cocotb.RANDOM_SEED)
    max_sdu = min(9180, MAX_SDU)
    be, vcs, mon = await setup(dut, 1, max_sdu=max_sdu)
    sb = FrameScoreboard(vcs)
    vc = next(iter(vcs))
    for n in EDGE_LENGTHS + [max_sdu]:
        s = Sent(vc, payload(rng, n), rng.randrange(256), rng.randrange(256), rng.randrange(2))
        await run_traffic(be, sb, [s])
    await check_counters(be, sb, mon)
    sb.check_line(mon.cells)


@cocotb.test(timeout_time=50, timeout_unit="ms")
async def largest_sdu(dut):
    """The largest SDU the build's buffers allow (65535, 1366 cells, when TX_BUF_CELLS and
    RX_BUF_CELLS >= 1366), then a 1-byte one behind it on the same VC."""
    rng = random.Random(cocotb.RANDOM_SEED)
    be, vcs, mon = await setup(dut, 1)
    sb = FrameScoreboard(vcs)
    vc = next(iter(vcs))
    for n in (MAX_SDU, 1):
        s = Sent(vc, payload(rng, n), rng.randrange(256), rng.randrange(256), rng.randrange(2))
        await run_traffic(be, sb, [s])
    await check_counters(be, sb, mon)
    sb.check_line(mon.cells)


@cocotb.test(timeout_time=20, timeout_unit="ms")
async def sdu_lengths_many_vcs(dut):
    """Every edge length on every one of several VCs, all queued at once."""
    rng = random.Random(cocotb.RANDOM_SEED)
    be, vcs, mon = await setup(dut, min(8, PARAMS["NUM_VC"]), seed_vcs=rng.randrange(1 << 30))
    sb = FrameScoreboard(vcs)
    frames = [Sent(vc, payload(rng, n), rng.randrange(256), rng.randrange(256), rng.randrange(2))
              for n in EDGE_LENGTHS for vc in vcs]
    await run_traffic(be, sb, frames)
    await check_counters(be, sb, mon)
    sb.check_line(mon.cells)


@cocotb.test(timeout_time=20, timeout_unit="ms")
async def heavy_interleaving(dut):
    """Many VCs (VC 0 and NUM_VC-1 among them), random lengths, all queued at once: UBR
    round-robin must interleave PDUs cell by cell and still keep each VC's order."""
    rng = random.Random(cocotb.RANDOM_SEED)
    n_vcs = min(32, PARAMS["NUM_VC"])
    be, vcs, mon = await setup(dut, n_vcs, seed_vcs=rng.randrange(1 << 30))
    sb = FrameScoreboard(vcs)
    n_frames = int(os.environ.get("VCNIC_DATAPATH_FRAMES", "80"))
    budget = BUF_LIMIT // 2  # keep every frame well inside the buffers
    frames = []
    for _ in range(n_frames):
        n = rng.choice([1, 40, 41, 48, 89]) if rng.random() < 0.3 else 1 + rng.randrange(
            min(MAX_SDU, budget * 48 // 8, 1500))
        frames.append(Sent(rng.choice(list(vcs)), payload(rng, n), rng.randrange(256),
                           rng.randrange(256), rng.randrange(2)))
    await run_traffic(be, sb, frames)
    await check_counters(be, sb, mon)
    interleaved = sb.check_line(mon.cells)
    cocotb.log.info("%d frames, %d cells, %d PDU interruptions by other VCs",
                    sb.frames, sb.total_cells, interleaved)
    if len(vcs) > 1:
        assert interleaved > 0, "no cell-level interleaving of PDUs across VCs"


@cocotb.test(timeout_time=20, timeout_unit="ms")
async def vc_clp_and_cbr(dut):
    """The VC's CLP ORs into every cell; a CBR VC carries data like a UBR one."""
    rng = random.Random(cocotb.RANDOM_SEED)
    be, vcs, mon = await setup(dut, 1, clp=1)
    vc_cbr = next(v for v in range(PARAMS["NUM_VC"]) if v not in vcs)
    p = VcParams(vpi=9, vci=0x999, service=int(ServiceCategory.CBR), inc=0x30000)
    assert await be.core.activate(vc_cbr, p) == VcResult.OK
    vcs[vc_cbr] = VcUnderTest(vc_cbr, p)
    sb = FrameScoreboard(vcs)
    frames = [Sent(v, payload(rng, 1 + rng.randrange(299)), 0, 0, rng.randrange(2))
              for _ in range(6) for v in vcs]
    await run_traffic(be, sb, frames)
    await check_counters(be, sb, mon)
    sb.check_line(mon.cells)


@cocotb.test(timeout_time=20, timeout_unit="ms")
async def tx_drop_completions(dut):
    """Frames for an inactive or TX-disabled VC, above max SDU, or of 0 bytes (an AAL5 PDU
    with Length 0 is the abort indication, I.363.5) are consumed and completed
    (TX_INACTIVE / TX_OVERSIZE / TX_ZERO_LENGTH) in order with the good ones, also when
    the kinds alternate behind a frame still on its way; no cells."""
    rng = random.Random(cocotb.RANDOM_SEED)
    be, vcs, mon = await setup(dut, 1, max_sdu=100)
    vc = next(iter(vcs))
    idle_vc = next(v for v in range(PARAMS["NUM_VC"]) if v not in vcs)
    ok, ovs, zero = TxStatusCode.TX_OK, TxStatusCode.TX_OVERSIZE, TxStatusCode.TX_ZERO_LENGTH
    seq = [(vc, 10, ok), (vc, 101, ovs), (vc, 0, zero), (vc, 101, ovs),
           (idle_vc, 5, TxStatusCode.TX_INACTIVE), (vc, 100, ok),
           (idle_vc, 0, TxStatusCode.TX_INACTIVE), (vc, 0, zero),
           (vc, 1000, ovs), (vc, 0, zero), (vc, 1, ok)]
    for v, n, _ in seq:
        be.port.send_nowait(v, payload(rng, n))
    per_vc = defaultdict(list)
    for _ in seq:
        c = await with_timeout(be.port.tx_completion(), 100, "us")
        per_vc[c.vc].append(c.status)
    for v in (vc, idle_vc):
        assert per_vc[v] == [st for vv, _, st in seq if vv == v], (v, per_vc[v])
    good = [n for v, n, st in seq if st == TxStatusCode.TX_OK]
    for n in good:
        r = await with_timeout(be.port.receive(), 100, "us")
        assert (r.vc, len(r.data), r.status) == (vc, n, RxStatusCode.RX_OK)
    await ClockCycles(be.clock, 10 * SLOT)
    ctr = await be.core.counters()
    assert ctr["TX_DROPPED"] == 8 and ctr["PDUS_TX"] == len(good), ctr
    assert mon.count == sum(cells_for(n) for n in good)
    q = await be.core.query(vc)
    assert q.counters["VC_TX_DROPPED"] == 6 and q.last_tx_status == TxStatusCode.TX_OK
    q = await be.core.query(idle_vc)
    assert q.counters["VC_TX_DROPPED"] == 2 and q.state == VcState.INACTIVE


@cocotb.test(timeout_time=20, timeout_unit="ms")
async def tx_drop_status(dut):
    """A drop status on host TX tuser[19:17] (the DMA engine's TX_BAD_DESC / TX_DMA_ERROR,
    docs/dma.md): the frame is consumed and completed with that status in its VC's order
    behind a frame still queued, counted once (TX_DROPPED, VC_TX_DROPPED), its cells
    given back; another VC's frames go out untouched (tx_drop_status_sequence)."""
    rng = random.Random(cocotb.RANDOM_SEED)
    be, vcs, mon = await setup(dut, 2, max_sdu=500)
    vc, other = sorted(vcs)
    idle = next(v for v in range(PARAMS["NUM_VC"]) if v not in vcs)
    seq = [(v, payload(rng, n), d, TxStatusCode[st])
           for v, n, d, st in tx_drop_status_sequence(vc, other, idle)]
    free0 = await be.core.field("STATUS", "tx_free")
    for v, data, d, _ in seq:
        be.port.send_nowait(v, data, drop_status=d)
    per_vc = defaultdict(list)
    for _ in seq:
        c = await with_timeout(be.port.tx_completion(), 200, "us")
        per_vc[c.vc].append(c.status)
    for v in (vc, other, idle):
        assert per_vc[v] == [st for vv, _, _, st in seq if vv == v], (v, per_vc[v])
    good = [(v, data) for v, data, _, st in seq if st == TxStatusCode.TX_OK]
    got = [await with_timeout(be.port.receive(), 100, "us") for _ in good]
    assert sorted((r.vc, r.data, r.status) for r in got) == sorted(
        (v, data, RxStatusCode.RX_OK) for v, data in good)
    await ClockCycles(be.clock, 10 * SLOT)
    drops = [v for v, _, _, st in seq if st != TxStatusCode.TX_OK]
    ctr = await be.core.counters()
    assert ctr["TX_DROPPED"] == len(drops) and ctr["PDUS_TX"] == len(good), ctr
    assert mon.count == sum(cells_for(len(d)) for _, d in good)
    for v in (vc, other, idle):
        q = await be.core.query(v)
        assert q.counters["VC_TX_DROPPED"] == drops.count(v), (v, q.counters)
    # every cell the dropped frames used is back on the free list
    assert await be.core.field("STATUS", "tx_free") == free0


@cocotb.test(timeout_time=20, timeout_unit="ms")
async def host_rx_backpressure(dut):
    """Host RX stalled while PDUs arrive, then released: nothing lost, order kept."""
    rng = random.Random(cocotb.RANDOM_SEED)
    be, vcs, mon = await setup(dut, min(4, PARAMS["NUM_VC"]), seed_vcs=7)
    sb = FrameScoreboard(vcs)
    be.port.rx.pause = True
    frames = [Sent(rng.choice(list(vcs)), payload(rng, 1 + rng.randrange(199)), 0, 0, 0)
              for _ in range(12)]
    total = sum(cells_for(len(s.sdu)) for s in frames)
    assert total < PARAMS["RX_BUF_CELLS"], "test needs the PDUs to fit the RX buffer"
    for s in frames:
        sb.add(s)
        be.port.send_nowait(s.vc, s.sdu)
    await with_timeout(mon.wait_for(total), budget_ns(12, total, 2400), "ns")
    await ClockCycles(be.clock, 50)
    assert be.port.rx.count() == 0, "host RX delivered while stalled"
    be.port.rx.set_pause_generator(iter(lambda: rng.random() < 0.5, None))
    idx = defaultdict(int)
    for _ in frames:
        r = await with_timeout(be.port.receive(), 200, "us")
        s = sb.sent[r.vc][idx[r.vc]]
        idx[r.vc] += 1
        assert r.data == s.sdu and r.status == RxStatusCode.RX_OK
    be.port.rx.clear_pause_generator()
    be.port.rx.pause = False
    for _ in frames:
        c = await with_timeout(be.port.tx_completion(), 100, "us")
        assert c.status == TxStatusCode.TX_OK


@cocotb.test(timeout_time=20, timeout_unit="ms")
async def line_loop_through_python(dut):
    """CTRL.loopback = 0 with `LineLoop`: cells leave on line TX, come back on line RX
    through Python (the fault-injection path), with line TX back-pressure; then one
    corrupted payload byte makes a CRC error that is counted and not delivered."""
    rng = random.Random(cocotb.RANDOM_SEED)
    be = RtlBackend(dut)
    await be.start(loopback=False)
    corrupt = {"next": False}

    def fault(lc: LineCell):
        if corrupt["next"] and lc.raw[3] & 0x2 == 0:  # a cell that is not the last
            corrupt["next"] = False
            raw = bytearray(lc.raw)
            raw[20] ^= 0xFF
            return [bytes(raw)]
        return None

    loop = be.line_loop(fault)
    loop.sink.set_pause_generator(iter(lambda: rng.random() < 0.3, None))
    p = VcParams(vpi=1, vci=0x100)
    assert await be.core.activate(3 % PARAMS["NUM_VC"], p) == VcResult.OK
    vc = 3 % PARAMS["NUM_VC"]
    sdus = [payload(rng, n) for n in (1, 40, 41, 200)]
    for s in sdus:
        await be.port.send(vc, s)
    for s in sdus:
        r = await with_timeout(be.port.receive(), 200, "us")
        assert (r.vc, r.data, r.status) == (vc, s, RxStatusCode.RX_OK)
    corrupt["next"] = True
    await be.port.send(vc, payload(rng, 300))
    good = payload(rng, 50)
    await be.port.send(vc, good)
    r = await with_timeout(be.port.receive(), 200, "us")
    assert (r.data, r.status) == (good, RxStatusCode.RX_OK), "errored PDU delivered"
    ctr = await be.core.counters()
    assert ctr["CRC_ERRORS"] == 1 and ctr["PDUS_RX"] == len(sdus) + 1, ctr
    assert loop.sent == loop.delivered == ctr["CELLS_TX"]


@cocotb.test(timeout_time=20, timeout_unit="ms")
async def line_rx_faults(dut):
    """Crafted cells straight into line RX (CTRL.loopback = 0, `CellSource`): I.432 HEC
    correction and discard, a lost middle cell, a short frame, an unknown VPI/VCI and idle
    cells, each checked against `vcnic.atm` (hec_check, aal5.reassemble) and the counters."""
    rng = random.Random(cocotb.RANDOM_SEED)
    be = RtlBackend(dut)
    await be.start(loopback=False)
    src = CellSource.from_prefix(dut, "s_axis_line_rx")
    vc = 5 % PARAMS["NUM_VC"]
    p = VcParams(vpi=2, vci=0x222, max_sdu=min(9180, MAX_SDU), rx_errored=1)
    assert await be.core.activate(vc, p) == VcResult.OK
    await be.core.write("INT_STATUS", 0x3F)

    def cells(sdu: bytes) -> list[bytes]:
        return [c.to_bytes() for c in segment(sdu, p.vpi, p.vci)]

    async def rx():
        return await with_timeout(be.port.receive(), 100, "us")

    async def settle():
        await ClockCycles(be.clock, 20 * SLOT)

    def flip(raw: bytes, *bits: int) -> bytes:
        b = bytearray(raw)
        for bit in bits:
            b[bit // 8] ^= 0x80 >> (bit % 8)
        return bytes(b)

    # 1. a good PDU
    sdu = payload(rng, 100)
    await src.send_all(cells(sdu))
    r = await rx()
    assert (r.vc, r.data, r.status) == (vc, sdu, RxStatusCode.RX_OK)

    # 2. one header bit flipped in the first cell: corrected (CORRECTION -> DETECTION),
    #    the next good header returns to CORRECTION; the PDU arrives intact
    sdu = payload(rng, 100)
    c = cells(sdu)
    c[0] = flip(c[0], 13)
    assert hec_check(c[0][:5])[0] is HecStatus.CORRECTED
    await src.send_all(c)
    r = await rx()
    assert (r.data, r.status) == (sdu, RxStatusCode.RX_OK)

    # 3. two header bits flipped in a middle cell: discarded; the PDU loses a cell and
    #    fails the check `aal5.reassemble` predicts, delivered raw (rx_errored = 1)
    sdu = payload(rng, 130)
    c = cells(sdu)
    c[1] = flip(c[1], 2, 30)
    assert hec_check(c[1][:5])[0] is HecStatus.UNCORRECTABLE
    await src.send_all(c)
    exp = reassemble([x[5:] for i, x in enumerate(c) if i != 1], p.max_sdu)
    r = await rx()
    assert r.status == int(exp.status) != RxStatusCode.RX_OK, (r.status, exp.status)
    assert r.data == b"".join(x[5:] for i, x in enumerate(c) if i != 1)

    # 4. a 52-byte frame and a 54-byte frame: not cells, discarded as HEC errors
    await src.send(cells(b"x")[0][:52])
    await src.send(cells(b"x")[0] + b"\x00")
    # 5. a cell for an unknown VPI/VCI; 6. idle/unassigned cells (VPI 0, VCI 0): uncounted
    await src.send(segment(b"?", 3, 0x333)[0])
    await src.send(IDLE_CELL)
    await src.send(Cell(CellHeader(vpi=0, vci=0), bytes(48)))
    # 7. and a good PDU still goes through afterwards
    sdu = payload(rng, 41)
    await src.send_all(cells(sdu))
    r = await rx()
    assert (r.data, r.status) == (sdu, RxStatusCode.RX_OK)
    await settle()

    ctr = await be.core.counters()
    want = {"HEC_CORRECTED": 1, "HEC_DISCARDED": 3, "UNKNOWN_VC": 1, "PDUS_RX": 3,
            "CRC_ERRORS": int(exp.status == RxStatus.CRC),
            "LEN_ERRORS": int(exp.status == RxStatus.LENGTH),
            "CELLS_RX": 3 + 3 + (3 - 1) + cells_for(41)}
    got = {k: ctr[k] for k in want}
    assert got == want, f"counters {got}, expected {want}"
    st = await be.core.read("INT_STATUS")
    assert st & 0x22 == 0x22 and st & 0x4, f"INT_STATUS 0x{st:X}: rx_pdu, rx_error, cell_drop"
    q = await be.core.query(vc)
    assert q.counters["VC_RX_PDUS"] == 3 and q.counters["VC_RX_CELLS"] == want["CELLS_RX"]


#: Line cells known from outside the project (docs/domain.md sections 2 and 3, the
#: known-answer vectors; docs/atm-library.md, "Known answers"): the
#: AAL5 CPCS-PDU vectors of ITU-T I.363.5 CRC-32/BZIP2 (40-byte SDUs: 40 x 00, 40 x FF,
#: bytes 01..28 with UU/CPI 00/00 and 11/22) and the I.432 HEC of header 0FFFFFF3 (AC),
#: which is GFC 0, VPI 255, VCI 65535, PTI 1 (user data, end of PDU), CLP 1. Every byte is
#: written out, HEC included; none is computed by the project's own segment()/hec().
KNOWN_CELLS = [
    (bytes(40), 0x00, 0x00,
     "0ffffff3ac"
     "00000000000000000000000000000000000000000000000000000000000000000000000000000000"
     "00000028" "864d7f99"),
    (b"\xff" * 40, 0x00, 0x00,
     "0ffffff3ac"
     "ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff"
     "00000028" "c55e457a"),
    (bytes(range(1, 41)), 0x00, 0x00,
     "0ffffff3ac"
     "0102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f2021222324252627" "28"
     "00000028" "bf671ed0"),
    (bytes(range(1, 41)), 0x11, 0x22,
     "0ffffff3ac"
     "0102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f2021222324252627" "28"
     "11220028" "acba602a"),
]


@cocotb.test(timeout_time=20, timeout_unit="ms")
async def known_answer_cells(dut):
    """Known SDUs on VPI 255 / VCI 65535 with CLP 1: every byte of every line cell equals
    the known-answer hex (KNOWN_CELLS, from outside the project), and in loopback the core
    takes those exact bytes back as the same SDUs, UU and CPI."""
    be = RtlBackend(dut)
    await be.start(loopback=True)
    mon = be.monitor_line()
    vc = PARAMS["NUM_VC"] - 1
    assert await be.core.activate(vc, VcParams(vpi=255, vci=65535, clp=1,
                                               max_sdu=min(9180, MAX_SDU))) == VcResult.OK
    for sdu, uu, cpi, _ in KNOWN_CELLS:
        await be.port.send(vc, sdu, uu=uu, cpi=cpi)
    for sdu, uu, cpi, _ in KNOWN_CELLS:
        r = await with_timeout(be.port.receive(), 200, "us")
        assert (r.vc, r.data, r.uu, r.cpi, r.status) == (vc, sdu, uu, cpi, RxStatusCode.RX_OK)
        c = await with_timeout(be.port.tx_completion(), 100, "us")
        assert (c.vc, c.status) == (vc, TxStatusCode.TX_OK)
    await with_timeout(mon.wait_for(len(KNOWN_CELLS)), 100, "us")
    got = [lc.raw.hex() for lc in mon.cells]
    assert got == [hexcells for *_, hexcells in KNOWN_CELLS], got
