"""The NIC's TX DMA path (docs/dma.md, TX): TX ring in host memory -> vcnic_dma_tx -> core
-> line TX cells; core completions -> TX completion queue in host memory.

Top: rtl/tb/vcnic_nic_axi_tb.v (vcnic_nic, its ports out). Host memory: cocotbext-axi's
AxiRam on m_axi (`HostRam`: addresses at or above its size answer SLVERR). The CPU: an
AxiLiteMaster on s_axil; every register through the register layer (DMA_ADDRESS, pack,
unpack), every record through vcnic.regs.dma_layout (TXD, TXC). Line TX cells are decoded
and compared byte for byte with vcnic.atm.aal5.segment of each frame sent TX_OK.
Launched by tests/test_rtl_dma_tx.py.
"""

from __future__ import annotations

import random
from collections import defaultdict
from dataclasses import dataclass

import cocotb
from cocotb.triggers import ClockCycles, RisingEdge
from cocotbext.axi import AxiBus
from cocotbext.axi.axi_ram import AxiRamRead, AxiRamWrite
from cocotbext.axi.memory import Memory
from vcnic.atm.aal5 import cells_for, segment
from vcnic.atm.cell import Cell
from vcnic.hw import BusError
from vcnic.regs import (
    DMA_ADDRESS,
    DmaErrSource,
    RegisterClient,
    RxStatusCode,
    TxStatusCode,
    VcParams,
    VcResult,
    pack,
    unpack,
)
from vcnic.regs.dma_layout import RXB, RXC, TXC, TXD

from .cells import CellMonitor
from .core_io import harness_parameters
from .rtl_backend import AxiLiteWindow

PARAMS = harness_parameters(defaults={
    "NUM_VC": 256, "DATA_W": 32, "TX_BUF_CELLS": 1024, "RX_BUF_CELLS": 1024, "NUM_CBR": 16,
    "LOOKUP_WAYS": 4, "LINK_RATE": 353207, "AXI_DATA_W": 64})
NUM_VC = PARAMS["NUM_VC"]
BEAT = PARAMS["AXI_DATA_W"] // 8
SLOT = -(-53 // (PARAMS["DATA_W"] // 8))   # cycles per line cell
MEM_SIZE = 1 << 20                         # host memory; above it: SLVERR
RING = 0x1000                              # TX ring (<= 256 entries)
CQ = 0x3000                                # TX completion queue (<= 256 entries)
BUFS = 0x10000                             # frame buffers from here
OK = TxStatusCode.TX_OK
SLVERR = 2


# ------------------------------------------------------------------------------ host memory
class _ErrRead(AxiRamRead):
    async def _read(self, address, length):
        if address + length > self.size:
            raise ValueError(f"read at {address:#x}: outside host memory")
        return self.read(address, length)


class _ErrWrite(AxiRamWrite):
    async def _write(self, address, data):
        if address + len(data) > self.size:
            raise ValueError(f"write at {address:#x}: outside host memory")
        self.write(address, data)


class HostRam(Memory):
    """AxiRam whose reads and writes at or above `size` answer SLVERR (AxiRam would wrap)."""

    def __init__(self, bus: AxiBus, clock, reset, size: int):
        super().__init__(size)
        self.write_if = _ErrWrite(bus.write, clock, reset, True, size=size, mem=self.mem)
        self.read_if = _ErrRead(bus.read, clock, reset, True, size=size, mem=self.mem)


# ------------------------------------------------------------------------------ bench
@dataclass
class Frame:
    vc: int
    sdu: bytes
    uu: int = 0
    cpi: int = 0
    clp: int = 0
    addr: int | None = None     # None: allocated; else this buffer address (bad cases)
    reserved: int = 0


class Bench:
    """The CPU side of a TX driver, written out: ring, doorbells, reaping by phase."""

    def __init__(self, dut):
        self.dut = dut
        self.clk = dut.clk
        dut.rst.value = 1
        dut.rd_latency.value = 0
        dut.meas_en.value = 0
        dut.m_axis_line_tx_tready.value = 1
        for s in ("tvalid", "tlast", "tdata", "tkeep"):
            getattr(dut, f"s_axis_line_rx_{s}").value = 0
        self.window = AxiLiteWindow(dut)
        self.core = RegisterClient(self.window)
        self.ram = HostRam(AxiBus.from_prefix(dut, "m_axi"), dut.clk, dut.rst, MEM_SIZE)
        self.mon = CellMonitor.from_prefix(dut, "line_tap")
        self.prod = 0          # TX ring producer index (ours)
        self.head = 0          # TX CQ consumer index (ours)
        self.ring_log2 = 0
        self.cq_log2 = 0
        self.buf_next = BUFS
        self.vcs: dict[int, VcParams] = {}

    async def reset(self) -> None:
        self.dut.rst.value = 1
        await ClockCycles(self.clk, 8)
        self.dut.rst.value = 0
        await RisingEdge(self.clk)

    async def wr(self, reg: str, **fields: int) -> None:
        await self.window.write(DMA_ADDRESS[reg], pack(reg, **fields))

    async def rd(self, reg: str) -> int:
        return await self.window.read(DMA_ADDRESS[reg])

    async def field(self, reg: str, name: str) -> int:
        return unpack(reg, await self.rd(reg))[name]

    async def start(self, ring_log2: int = 4, cq_log2: int = 4, *, enable: bool = True,
                    ring: int = RING, cq: int = CQ) -> None:
        await self.reset()
        await self.core.set_ctrl(enable=1, loopback=0)
        self.ring_log2, self.cq_log2 = ring_log2, cq_log2
        self.ram.write(cq, bytes(TXC.BYTES << cq_log2))    # the driver zeroes its CQ
        await self.wr("TX_RING_BASE_LO", addr=ring & 0xFFFFFFFF)
        await self.wr("TX_RING_BASE_HI", addr=ring >> 32)
        await self.wr("TX_RING_SIZE", log2=ring_log2)
        await self.wr("TXCQ_BASE_LO", addr=cq & 0xFFFFFFFF)
        await self.wr("TXCQ_BASE_HI", addr=cq >> 32)
        await self.wr("TXCQ_SIZE", log2=cq_log2)
        self.cq_base = cq
        self.ring_base = ring
        if enable:
            await self.wr("DMA_CTRL", tx_enable=1)

    async def activate(self, vc: int, rng: random.Random, **kw) -> VcParams:
        used = {(p.vpi, p.vci) for p in self.vcs.values()}
        while True:
            p = VcParams(vpi=rng.randrange(256), vci=rng.randrange(32, 0x10000), **kw)
            if (p.vpi, p.vci) in used:
                continue
            res = await self.core.activate(vc, p)
            if res != VcResult.NO_RESOURCES:
                break
        assert res == VcResult.OK, f"ACTIVATE {vc}: {VcResult(res).name}"
        self.vcs[vc] = p
        return p

    def alloc(self, n: int) -> int:
        a = self.buf_next
        self.buf_next = (a + max(n, 1) + 63) & ~63
        assert self.buf_next < MEM_SIZE, "test buffers overflow host memory"
        return a

    def post(self, frames: list[Frame]) -> None:
        """Buffers and descriptors into host memory (no doorbell)."""
        for f in frames:
            addr = f.addr
            if addr is None:
                addr = self.alloc(len(f.sdu))
                self.ram.write(addr, f.sdu)
            d = TXD(addr=addr, length=len(f.sdu), vc=f.vc, uu=f.uu, cpi=f.cpi, clp=f.clp,
                    reserved=f.reserved)
            slot = self.prod & ((1 << self.ring_log2) - 1)
            self.ram.write(self.ring_base + slot * TXD.BYTES, d.pack())
            self.prod = (self.prod + 1) & 0xFFFF

    async def doorbell(self, prod: int | None = None) -> None:
        await self.wr("TX_PROD", index=self.prod if prod is None else prod)

    def _cq_entry(self, i: int) -> TXC:
        slot = i & ((1 << self.cq_log2) - 1)
        return TXC.unpack(self.ram.read(self.cq_base + slot * TXC.BYTES, TXC.BYTES))

    def phase_of(self, i: int) -> int:
        return (~(i >> self.cq_log2)) & 1

    def ready(self) -> int:
        """Completions waiting (their phase is the expected one), without bus cycles."""
        n, i = 0, self.head
        while n < (1 << self.cq_log2) and self._cq_entry(i).phase == self.phase_of(i):
            n += 1
            i = (i + 1) & 0xFFFF
        return n

    async def reap(self, n: int, *, timeout_cycles: int = 200_000, ring_head: bool = True
                   ) -> list[TXC]:
        """The next `n` completions by phase; TXCQ_HEAD written once at the end."""
        out: list[TXC] = []
        waited = 0
        while len(out) < n:
            e = self._cq_entry(self.head)
            if e.phase == self.phase_of(self.head):
                assert e.reserved == 0 and e.reserved2 == 0, e
                out.append(e)
                self.head = (self.head + 1) & 0xFFFF
                if len(out) % (1 << self.cq_log2) == 0 and ring_head:
                    await self.wr("TXCQ_HEAD", index=self.head)   # room for the rest
                continue
            await ClockCycles(self.clk, 64)
            waited += 64
            assert waited < timeout_cycles, f"{len(out)}/{n} completions after {waited} cycles"
        if ring_head:
            await self.wr("TXCQ_HEAD", index=self.head)
        return out

    async def wait_idle(self, max_cycles: int = 100_000) -> None:
        for _ in range(max_cycles // 32):
            if await self.field("DMA_STATUS", "tx_idle"):
                return
            await ClockCycles(self.clk, 32)
        raise AssertionError("the TX engine did not go idle")

    def check_line(self, sent: list[Frame], statuses: list[int]) -> None:
        """Line cells per (VPI, VCI) == the segmentation of each frame sent TX_OK, in order."""
        by_id = {(p.vpi, p.vci): vc for vc, p in self.vcs.items()}
        got: dict[int, list[bytes]] = defaultdict(list)
        for lc in self.mon.cells:
            c = Cell.from_bytes(lc.raw, check=False)
            assert (c.vpi, c.vci) in by_id, f"cell for unknown VPI/VCI {(c.vpi, c.vci)}"
            got[by_id[(c.vpi, c.vci)]].append(lc.raw)
        for vc, p in self.vcs.items():
            exp = []
            for f, st in zip(sent, statuses, strict=True):
                if f.vc == vc and st == OK:
                    exp += [c.to_bytes() for c in segment(f.sdu, p.vpi, p.vci, f.uu, f.cpi,
                                                          f.clp | p.clp)]
            g = got.get(vc, [])
            assert len(g) == len(exp), f"VC {vc}: {len(g)} cells on the line, expected {len(exp)}"
            for i, (a, b) in enumerate(zip(g, exp, strict=True)):
                assert a == b, f"VC {vc} cell {i}:\n got {a.hex()}\n exp {b.hex()}"


def per_vc(frames: list[Frame], comps: list[TXC]) -> dict[int, list[int]]:
    out: dict[int, list[int]] = defaultdict(list)
    for c in comps:
        out[c.vc].append(c.status)
    assert sum(len(v) for v in out.values()) == len(frames)
    return out


def payload(rng: random.Random, n: int) -> bytes:
    return rng.randbytes(n)


# ------------------------------------------------------------------------------ tests
@cocotb.test(timeout_time=20, timeout_unit="ms")
async def frames_to_the_line(dut):
    """Frames of every tail length (tkeep on the last beat, 1..2 AXI beats of tail) on two
    VCs through TX ring -> core -> line: cells byte for byte, TX_OK completions in order
    with phase 1, TX_CONS, TXCQ_TAIL, TX_FRAMES, idle at the end; CAP reports the build."""
    rng = random.Random(cocotb.RANDOM_SEED)
    b = Bench(dut)
    await b.start(ring_log2=6, cq_log2=6)
    cap = unpack("DMA_CAP", await b.rd("DMA_CAP"))
    assert cap["data_width"] == PARAMS["AXI_DATA_W"] and cap["max_ring_log2"] == 12, cap
    vcs = [3, NUM_VC - 1]
    for vc in vcs:
        await b.activate(vc, rng, max_sdu=4000)
    lengths = list(range(1, 2 * BEAT + 2)) + [39, 40, 41, 47, 48, 49, 96, 1500, 4000]
    frames = [Frame(vcs[i % 2], payload(rng, n), uu=rng.randrange(256), cpi=rng.randrange(256),
                    clp=rng.randrange(2)) for i, n in enumerate(lengths)]
    await b.wr("DMA_INT_ENABLE", tx_cq=1)
    assert (int(dut.irq.value) >> 1) & 1 == 0
    b.post(frames)
    await b.doorbell()
    comps = await b.reap(len(frames))
    assert all(c.status == OK for c in comps), [TxStatusCode(c.status).name for c in comps]
    # vector 1: the TX CQ's cause (coalescing count 1), cleared by W1C
    assert await b.field("DMA_INT_STATUS", "tx_cq") == 1 and (int(dut.irq.value) >> 1) & 1
    await b.wr("DMA_INT_STATUS", tx_cq=1)
    assert (int(dut.irq.value) >> 1) & 1 == 0
    for vc in vcs:
        assert [c.vc for c in comps if c.vc == vc] == [f.vc for f in frames if f.vc == vc]
    await b.wait_idle()
    b.check_line(frames, [OK] * len(frames))
    assert await b.field("TX_CONS", "index") == len(frames)
    assert await b.field("TXCQ_TAIL", "index") == len(frames)
    assert await b.rd("TX_FRAMES") == len(frames)
    assert await b.rd("TX_BAD_DESC") == 0 and await b.rd("TX_DMA_ERRORS") == 0
    ctr = await b.core.counters()
    assert ctr["PDUS_TX"] == len(frames) and ctr["TX_DROPPED"] == 0, ctr


@cocotb.test(timeout_time=100, timeout_unit="ms")
async def completion_phase_across_ring_wraps(dut):
    """256-entry TX ring and CQ, 600 frames in batches: the CQ wraps twice, the phase bit
    goes 1, 0, 1; every completion in order per VC; every cell on the line."""
    rng = random.Random(cocotb.RANDOM_SEED)
    b = Bench(dut)
    await b.start(ring_log2=8, cq_log2=8)
    vcs = [1, 2, 5]
    for vc in vcs:
        await b.activate(vc, rng)
    sent: list[Frame] = []
    comps: list[TXC] = []
    phases = []
    while len(sent) < 600:
        batch = [Frame(rng.choice(vcs), payload(rng, rng.randrange(1, 90)))
                 for _ in range(min(rng.randrange(50, 200), 600 - len(sent)))]
        b.post(batch)
        await b.doorbell()
        start = b.head
        got = await b.reap(len(batch))
        phases += [b.phase_of(start + i) for i in range(len(got))]
        sent += batch
        comps += got
    assert phases[0] == 1 and phases[256] == 0 and phases[512] == 1
    assert all(c.status == OK for c in comps)
    for vc in vcs:
        assert len([c for c in comps if c.vc == vc]) == len([f for f in sent if f.vc == vc])
    await b.wait_idle()
    b.check_line(sent, [OK] * len(sent))
    assert await b.field("TX_CONS", "index") == 600


@cocotb.test(timeout_time=20, timeout_unit="ms")
async def cq_head_before_b_response(dut):
    """A driver sees a completion's beats in host memory before the NIC has the write's B
    response: a TXCQ_HEAD doorbell naming that entry is legal (docs/dma.md, Doorbells).
    B responses are held back; the head doorbell for the visible entry is accepted (no
    DOORBELL_ERRORS), and the CQ room it frees is used: a full 16-entry CQ of frames after
    it completes without another head doorbell."""
    rng = random.Random(cocotb.RANDOM_SEED + 3)
    b = Bench(dut)
    await b.start(ring_log2=5, cq_log2=4)
    await b.activate(2, rng)
    b.ram.write_if.b_channel.pause = True
    b.post([Frame(2, payload(rng, 40))])
    await b.doorbell()
    for _ in range(200):
        if b.ready():
            break
        await ClockCycles(b.clk, 32)
    assert b.ready() == 1, "the completion's beats never reached host memory"
    assert await b.field("TXCQ_TAIL", "index") == 0, "B was not held back"
    b.head = 1
    await b.wr("TXCQ_HEAD", index=1)
    b.ram.write_if.b_channel.pause = False
    await ClockCycles(b.clk, 50)
    assert await b.rd("DOORBELL_ERRORS") == 0, "a legal TXCQ_HEAD doorbell was ignored"
    assert await b.field("TXCQ_TAIL", "index") == 1
    frames = [Frame(2, payload(rng, rng.randrange(1, 100))) for _ in range(16)]
    b.post(frames)
    await b.doorbell()
    comps = await b.reap(16, ring_head=False, timeout_cycles=100_000)
    assert [c.status for c in comps] == [OK] * 16
    assert await b.rd("DOORBELL_ERRORS") == 0


@cocotb.test(timeout_time=50, timeout_unit="ms")
async def bad_descriptors(dut):
    """Each bad input of docs/dma.md, each followed by a good frame on another VC that
    must still go out: length 0 (TX_ZERO_LENGTH), above max SDU (TX_OVERSIZE), VC out of
    range (TX_BAD_VC, straight to the CQ), VC inactive (TX_INACTIVE), misaligned address
    and reserved bits (TX_BAD_DESC), a buffer outside host memory and one that runs off
    its end (SLVERR: TX_DMA_ERROR). Completions in order per VC, counted once (DMA and
    core counters), DMA_ERR_* latched, the error cause set."""
    rng = random.Random(cocotb.RANDOM_SEED)
    b = Bench(dut)
    await b.start(ring_log2=5, cq_log2=5)
    a, good, idle = 4, 9, 12
    await b.activate(a, rng, max_sdu=200)
    await b.activate(good, rng)
    g = 0

    def ok_frame() -> Frame:
        nonlocal g
        g += 1
        return Frame(good, payload(rng, 20 + g))

    bad = [
        (Frame(a, b""), TxStatusCode.TX_ZERO_LENGTH),
        (Frame(a, payload(rng, 300)), TxStatusCode.TX_OVERSIZE),
        (Frame(NUM_VC, payload(rng, 10)), TxStatusCode.TX_BAD_VC),
        (Frame(0xFFFF, payload(rng, 10)), TxStatusCode.TX_BAD_VC),
        (Frame(idle, payload(rng, 20)), TxStatusCode.TX_INACTIVE),
        (Frame(a, payload(rng, 20), addr=b.alloc(64) + BEAT // 2), TxStatusCode.TX_BAD_DESC),
        (Frame(a, payload(rng, 20), reserved=1 << 14), TxStatusCode.TX_BAD_DESC),
        (Frame(a, payload(rng, 100), addr=MEM_SIZE + 0x1000), TxStatusCode.TX_DMA_ERROR),
        (Frame(a, payload(rng, 150), addr=MEM_SIZE - 64), TxStatusCode.TX_DMA_ERROR),
        (Frame(a, payload(rng, 100)), OK),
    ]
    frames, expect = [], []
    for f, st in bad:
        frames += [f, ok_frame()]
        expect += [st, OK]
    b.post(frames)
    await b.doorbell()
    comps = await b.reap(len(frames))
    got = per_vc(frames, comps)
    for vc in {f.vc for f in frames}:
        assert got[vc] == [st for f, st in zip(frames, expect, strict=True) if f.vc == vc], (
            vc, [TxStatusCode(s).name for s in got[vc]])
    await b.wait_idle()
    b.check_line(frames, expect)
    n_bad_desc = sum(st in (TxStatusCode.TX_BAD_VC, TxStatusCode.TX_BAD_DESC) for st in expect)
    n_dma = expect.count(TxStatusCode.TX_DMA_ERROR)
    assert await b.rd("TX_FRAMES") == len(frames)
    assert await b.rd("TX_BAD_DESC") == n_bad_desc
    assert await b.rd("TX_DMA_ERRORS") == n_dma
    err = unpack("DMA_ERR_STATUS", await b.rd("DMA_ERR_STATUS"))
    assert err == {"source": DmaErrSource.TX_DATA, "resp": SLVERR}, err
    addr = await b.rd("DMA_ERR_ADDR_LO") | (await b.rd("DMA_ERR_ADDR_HI") << 32)
    assert MEM_SIZE - 64 <= addr < MEM_SIZE + 0x1000 + 100, hex(addr)  # a failed burst
    assert await b.field("DMA_INT_STATUS", "error") == 1
    assert not await b.field("DMA_STATUS", "tx_halted")       # data errors do not halt
    ctr = await b.core.counters()
    # the core drops everything but TX_BAD_VC (never reaches it) and TX_OK
    core_drops = sum(st not in (OK, TxStatusCode.TX_BAD_VC) for st in expect)
    assert ctr["TX_DROPPED"] == core_drops and ctr["PDUS_TX"] == expect.count(OK), ctr
    q = await b.core.query(a)
    assert q.counters["VC_TX_DROPPED"] == sum(
        f.vc == a and st != OK for f, st in zip(frames, expect, strict=True))


@cocotb.test(timeout_time=20, timeout_unit="ms")
async def bad_doorbells_ignored(dut):
    """A TX_PROD that would put more than 2^n entries in the ring, or moves backwards, and
    a TXCQ_HEAD past the tail, are ignored (the ring keeps its index and goes on),
    counted in DOORBELL_ERRORS and set DMA_INT_STATUS.error; vector 3 when enabled."""
    rng = random.Random(cocotb.RANDOM_SEED)
    b = Bench(dut)
    await b.start(ring_log2=4, cq_log2=4)
    vc = 7
    await b.activate(vc, rng)
    await b.wr("DMA_INT_ENABLE", error=1)
    await b.doorbell(prod=17)                 # 17 entries in a 16-entry ring
    await ClockCycles(b.clk, 200)
    assert await b.rd("DOORBELL_ERRORS") == 1
    assert await b.field("DMA_INT_STATUS", "error") == 1
    assert (int(dut.irq.value) >> 3) & 1 == 1
    assert await b.field("TX_CONS", "index") == 0 and await b.rd("TX_FRAMES") == 0
    await b.wr("DMA_INT_STATUS", error=1)     # W1C
    assert (int(dut.irq.value) >> 3) & 1 == 0
    frames = [Frame(vc, payload(rng, 30)) for _ in range(3)]
    b.post(frames)
    await b.doorbell()
    comps = await b.reap(3, ring_head=False)
    assert [c.status for c in comps] == [OK] * 3
    await b.doorbell(prod=2)                  # backwards
    await b.wr("TXCQ_HEAD", index=4)          # past the tail (3)
    await ClockCycles(b.clk, 50)
    assert await b.rd("DOORBELL_ERRORS") == 3
    await b.wr("TXCQ_HEAD", index=3)          # the right one
    more = [Frame(vc, payload(rng, 30)) for _ in range(2)]
    b.post(more)
    await b.doorbell()
    comps += await b.reap(2)
    await b.wait_idle()
    b.check_line(frames + more, [OK] * 5)
    assert await b.rd("DOORBELL_ERRORS") == 3 and await b.rd("TX_FRAMES") == 5


@cocotb.test(timeout_time=20, timeout_unit="ms")
async def cq_full_waits_then_resumes(dut):
    """A 4-entry TX CQ and 10 frames: 4 completions are written, then the engine waits
    (not idle, no completion overwritten); each TXCQ_HEAD doorbell lets the next ones in,
    with the phase of their pass; every frame goes out."""
    rng = random.Random(cocotb.RANDOM_SEED)
    b = Bench(dut)
    await b.start(ring_log2=4, cq_log2=2)
    vc = 2
    await b.activate(vc, rng)
    frames = [Frame(vc, payload(rng, rng.randrange(1, 100))) for _ in range(10)]
    b.post(frames)
    await b.doorbell()
    await ClockCycles(b.clk, 3000)
    assert await b.field("TXCQ_TAIL", "index") == 4
    assert b.ready() == 4
    assert not await b.field("DMA_STATUS", "tx_idle")
    comps = []
    for want, phase in ((4, 1), (4, 0), (2, 1)):
        got = await b.reap(want)
        assert all(c.phase == phase for c in got)
        comps += got
        await ClockCycles(b.clk, 1000)
    assert [c.status for c in comps] == [OK] * 10
    await b.wait_idle()
    b.check_line(frames, [OK] * 10)


@cocotb.test(timeout_time=20, timeout_unit="ms")
async def fetch_and_cq_errors_halt_until_reset(dut):
    """A TX ring outside host memory: the descriptor fetch fails, the engine halts
    (tx_halted, DMA_ERR source TX_FETCH, the error cause), nothing reaches the core; a
    CQ outside host memory: the completion write fails (TXCQ_WRITE), halted. DMA_CTRL.reset
    (while idle) clears the halt and the indices; the engine then works."""
    rng = random.Random(cocotb.RANDOM_SEED)
    b = Bench(dut)
    vc = 3
    await b.start(ring_log2=4, cq_log2=4, ring=MEM_SIZE + 0x10000)
    await b.activate(vc, rng)
    await b.doorbell(prod=2)
    await ClockCycles(b.clk, 300)
    assert await b.field("DMA_STATUS", "tx_halted") == 1
    assert await b.field("DMA_STATUS", "tx_idle") == 1
    err = unpack("DMA_ERR_STATUS", await b.rd("DMA_ERR_STATUS"))
    assert err == {"source": DmaErrSource.TX_FETCH, "resp": SLVERR}, err
    assert await b.rd("DMA_ERR_ADDR_LO") == (MEM_SIZE + 0x10000) & 0xFFFFFFFF
    assert await b.field("DMA_INT_STATUS", "error") == 1
    assert (await b.core.counters())["PDUS_TX"] == 0 and await b.rd("TX_FRAMES") == 0

    # reset, a good ring but the CQ outside memory
    await b.wr("DMA_CTRL", tx_enable=0)
    await b.wr("DMA_CTRL", reset=1)
    assert await b.field("DMA_STATUS", "tx_halted") == 0
    assert await b.field("TX_CONS", "index") == 0
    assert await b.rd("DMA_ERR_STATUS") == 0
    b.ring_base = RING
    await b.wr("TX_RING_BASE_LO", addr=RING)
    await b.wr("TXCQ_BASE_LO", addr=(MEM_SIZE + 0x2000) & 0xFFFFFFFF)
    await b.wr("DMA_CTRL", tx_enable=1)
    b.prod = 0
    frames = [Frame(vc, payload(rng, 50))]
    b.post(frames)
    await b.doorbell()
    await ClockCycles(b.clk, 2000)
    assert await b.field("DMA_STATUS", "tx_halted") == 1
    err = unpack("DMA_ERR_STATUS", await b.rd("DMA_ERR_STATUS"))
    assert err == {"source": DmaErrSource.TXCQ_WRITE, "resp": SLVERR}, err
    assert await b.field("TX_CONS", "index") == 1      # the frame itself went out
    b.check_line(frames, [OK])

    # reset again with a good CQ: the next frame completes
    await b.wr("DMA_CTRL", tx_enable=0)
    await b.wait_idle()
    await b.wr("DMA_CTRL", reset=1)
    await b.wr("TXCQ_BASE_LO", addr=CQ)
    await b.wr("DMA_CTRL", tx_enable=1)
    b.prod, b.head = 0, 0
    b.ram.write(CQ, bytes(TXC.BYTES << b.cq_log2))
    more = [Frame(vc, payload(rng, 60))]
    b.post(more)
    await b.doorbell()
    comps = await b.reap(1)
    assert comps[0].status == OK and comps[0].vc == vc and comps[0].phase == 1


@cocotb.test(timeout_time=20, timeout_unit="ms")
async def enable_stops_at_a_frame_boundary(dut):
    """tx_enable = 0 stops fetching and starting frames (tx_idle once everything started is
    in the core and completed); the TX registers are refused nothing; enable again: the
    rest goes out, in order."""
    rng = random.Random(cocotb.RANDOM_SEED)
    b = Bench(dut)
    await b.start(ring_log2=5, cq_log2=5)
    vc = 6
    await b.activate(vc, rng)
    frames = [Frame(vc, payload(rng, 400)) for _ in range(20)]
    b.post(frames)
    await b.doorbell()
    await ClockCycles(b.clk, 300)
    await b.wr("DMA_CTRL", tx_enable=0)
    await b.wait_idle()
    cons = await b.field("TX_CONS", "index")
    assert 0 < cons < 20, cons
    await ClockCycles(b.clk, 2000)
    assert await b.field("TX_CONS", "index") == cons
    assert b.ready() == cons        # every frame given to the core is completed
    await b.wr("DMA_CTRL", tx_enable=1)
    comps = await b.reap(20)
    assert [c.status for c in comps] == [OK] * 20
    await b.wait_idle()
    b.check_line(frames, [OK] * 20)


@cocotb.test(timeout_time=200, timeout_unit="ms")
async def line_rate_with_500ns_read_latency(dut):
    """Line utilisation with a 500 ns (50-cycle) host read latency: 200 frames of mixed
    lengths (1 cell to 2 KB) and then 300 one-cell frames, one doorbell each: the line
    must carry >= 99 % of its cell slots from the first cell to the last. Logs the R beats
    per cycle the TX engine took (doorbell to idle). Run with a small TX_BUF_CELLS too, so
    that the DMA, not the core's buffer, has to cover the latency."""
    rng = random.Random(cocotb.RANDOM_SEED)
    b = Bench(dut)
    dut.rd_latency.value = 50
    await b.start(ring_log2=9, cq_log2=9)
    vcs = [1, 2, 3, 4]
    for vc in vcs:
        await b.activate(vc, rng, max_sdu=2048)
    for name, lengths in (("mixed", [rng.choice([40, 100, 576, 1500, 2048])
                                     for _ in range(200)]),
                          ("one-cell", [rng.randrange(1, 41) for _ in range(300)])):
        b.mon.cells.clear()
        frames = [Frame(rng.choice(vcs), payload(rng, n)) for n in lengths]
        b.post(frames)
        cyc0, rbeats0 = int(dut.meas_cycles.value), int(dut.meas_tx_rbeats.value)
        dut.meas_en.value = 1
        await b.doorbell()
        await b.reap(len(frames))
        await b.wait_idle()
        dut.meas_en.value = 0
        await RisingEdge(b.clk)
        cells = b.mon.cells
        n = sum(cells_for(len(f.sdu)) for f in frames)
        assert len(cells) == n
        span_cycles = (cells[-1].time_ns - cells[0].time_ns) / 10 + SLOT
        util = n * SLOT / span_cycles
        cyc = int(dut.meas_cycles.value) - cyc0
        rbeats = int(dut.meas_tx_rbeats.value) - rbeats0
        dut._log.info("%s: %d frames, %d cells in %.0f cycles: line utilisation %.4f; "
                      "TX engine R beats %d in %d cycles (%.3f per cycle)", name, len(frames),
                      n, span_cycles, util, rbeats, cyc, rbeats / cyc)
        assert util >= 0.99, f"{name}: line utilisation {util:.4f} < 0.99"
        b.check_line(frames, [OK] * len(frames))


@cocotb.test(timeout_time=50, timeout_unit="ms")
async def loopback_through_both_engines(dut):
    """CTRL.loopback with the RX engine on: TX reads (frames, descriptors) and RX writes
    (PDUs, RX completions) share the muxes with the TX CQ writes; every PDU arrives in
    its RX buffer byte for byte, in order per VC, and every TX completion is OK."""
    rng = random.Random(cocotb.RANDOM_SEED)
    b = Bench(dut)
    await b.start(ring_log2=6, cq_log2=6)
    await b.core.set_ctrl(enable=1, loopback=1)
    rxf, rxcq, rxbufs, nbuf = 0x5000, 0x6000, 0x80000, 64
    buf_size = await b.field("RX_BUF_SIZE", "bytes")
    b.ram.write(rxcq, bytes(RXC.BYTES * nbuf))
    for i in range(nbuf):
        b.ram.write(rxf + i * RXB.BYTES, RXB(addr=rxbufs + i * buf_size).pack())
    await b.wr("RXF_BASE_LO", addr=rxf)
    await b.wr("RXF_SIZE", log2=6)
    await b.wr("RXCQ_BASE_LO", addr=rxcq)
    await b.wr("RXCQ_SIZE", log2=6)
    await b.wr("DMA_CTRL", tx_enable=1, rx_enable=1)
    await b.wr("RXF_PROD", index=nbuf)
    vcs = [0, 5, NUM_VC - 1]
    for vc in vcs:
        await b.activate(vc, rng, max_sdu=buf_size)
    frames = [Frame(rng.choice(vcs), payload(rng, rng.randrange(1, buf_size + 1)))
              for _ in range(48)]
    b.post(frames)
    await b.doorbell()
    comps = await b.reap(len(frames))
    assert [c.status for c in comps] == [OK] * len(frames)
    got: dict[int, list[bytes]] = defaultdict(list)
    for i in range(len(frames)):
        for _ in range(20000):
            e = RXC.unpack(b.ram.read(rxcq + i * RXC.BYTES, RXC.BYTES))
            if e.phase == 1:
                break
            await ClockCycles(b.clk, 16)
        assert e.phase == 1, f"RX completion {i} never written"
        assert e.status == RxStatusCode.RX_OK and e.core_status == RxStatusCode.RX_OK, e
        assert e.nbufs == 1 and e.length == e.pdu_length, e
        got[e.vc].append(b.ram.read(rxbufs + (e.buf_index % nbuf) * buf_size, e.length))
    for vc in vcs:
        assert got[vc] == [f.sdu for f in frames if f.vc == vc], f"VC {vc}"
    assert await b.rd("RX_PDUS_IN") == len(frames)


@cocotb.test(timeout_time=20, timeout_unit="ms")
async def unmapped_register_addresses_answer_slverr(dut):
    """The NIC's 12-bit register space: 0x200-0x7FF and 0x900-0xFFF answer SLVERR (reads
    and writes), the core's and the DMA block's registers answer OKAY."""
    b = Bench(dut)
    await b.reset()
    for addr in (0x200, 0x204, 0x7FC, 0x900, 0xA00, 0xFFC):
        for is_write in (False, True):
            try:
                if is_write:
                    await b.window.write(addr, 0)
                else:
                    await b.window.read(addr)
            except BusError as e:
                assert e.resp == SLVERR, (hex(addr), e)
            else:
                raise AssertionError(f"{'write' if is_write else 'read'} {addr:#x}: OKAY")
    assert await b.rd("DMA_ID") == 0x56444D41
    assert await b.core.read("ID") == 0x56434E49
