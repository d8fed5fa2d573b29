"""Unit test of vcnic_dma_rx (rtl/tb/vcnic_dma_rx_tb.v), the RX half of the DMA engine
(docs/dma.md "RX path"): PDUs from the core's host RX stream into free buffers in host
memory, one RX completion per PDU.

Host memory is a cocotbext-axi AxiRam behind the bench's delay lines (B and R latency in
cycles); addresses at and above BAD answer SLVERR. An AxiStreamSource plays the core's host
RX: tdest on the first beat, tuser {CPI, UU, 4'b0, status} on the last beat (the complement
on the others, so a bench that samples the wrong beat fails). `Host` is the driver's side:
it posts buffers to the free-buffer ring, rings RXF_PROD, reaps completions by their phase
bit, checks every one against the PDU sent (fields through vcnic.regs.dma_layout.RXC, bytes
byte for byte across the buffers it names) and gives the buffers back. The bench counts the
engine's events and bus beats in HDL. Launched by tests/test_dma_rx.py.
"""

from __future__ import annotations

import logging
import random
from collections import deque
from dataclasses import dataclass

import cocotb
from cocotb.triggers import RisingEdge, Timer
from cocotbext.axi import AxiBus, AxiRam, AxiStreamBus, AxiStreamFrame, AxiStreamSource
from vcnic.regs.dma_layout import RXB, RXC

from .core_io import runner_parameters

PARAMS = {"NUM_VC": 256, "DATA_W": 32, "AXI_DATA_W": 64, "MAX_BURST": 16}
PARAMS.update(runner_parameters())
DATA_W = PARAMS["DATA_W"]
AXI_BYTES = PARAMS["AXI_DATA_W"] // 8
NUM_VC = PARAMS["NUM_VC"]
CLK_NS = 10

# rx_status_e (rtl/regs/vcnic.rdl), dma_err_src_e (rtl/regs/vcnic_dma.rdl)
RX_OK, RX_CRC, RX_LENGTH, RX_OVERSIZE, RX_NO_BUFFER, RX_ABORTED, RX_DMA_ERROR = range(7)
ERR_RXF_FETCH, ERR_RX_DATA, ERR_RXCQ_WRITE = 4, 5, 6

MEM_SIZE = 1 << 28
BAD = 0x0F00_0000          # at and above: the memory answers SLVERR
RING_BASE = 0x0001_0F40    # not 4 KiB aligned: descriptor bursts must split at 4 KiB
CQ_BASE = 0x0004_0000
BUF_BASE = 0x0100_0000


class Mem(AxiRam):
    """AxiRam whose accesses at and above BAD fail (AxiRam then answers SLVERR)."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        wr, rd = self.write_if, self.read_if
        base_wr, base_rd = wr._write, rd._read

        async def _write(address, data):
            if address + len(data) > BAD:
                raise ValueError(f"write at {address:#x}: no memory")
            await base_wr(address, data)

        async def _read(address, length):
            if address + length > BAD:
                raise ValueError(f"read at {address:#x}: no memory")
            return await base_rd(address, length)

        wr._write, rd._read = _write, _read


@dataclass
class Pdu:
    data: bytes
    vc: int
    status: int = RX_OK
    uu: int = 0
    cpi: int = 0


class Tb:
    def __init__(self, dut):
        self.dut = dut
        self.mem = Mem(AxiBus.from_prefix(dut, "mem"), dut.clk, dut.rst, size=MEM_SIZE)
        self.src = AxiStreamSource(AxiStreamBus.from_prefix(dut, "s_rx"), dut.clk, dut.rst)
        for x in (self.mem.write_if, self.mem.read_if, self.src):
            x.log.setLevel(logging.WARNING)

    async def reset(self, buf_size=2048, lat_b=2, lat_r=2):
        d = self.dut
        d.rst.value = 1
        for name, v in (("enable", 0), ("dma_reset", 0), ("ring_base", RING_BASE),
                        ("ring_log2", 8), ("prod", 0), ("prod_wr", 0), ("cq_base", CQ_BASE),
                        ("cq_log2", 8), ("cq_head", 0), ("cq_head_wr", 0),
                        ("buf_size", buf_size), ("lat_b", lat_b), ("lat_r", lat_r)):
            getattr(d, name).value = v
        for _ in range(4):
            await RisingEdge(d.clk)
        d.rst.value = 0
        await RisingEdge(d.clk)

    async def pulse(self, strobe: str, **values):
        """Set `values` and pulse `strobe` for one cycle (a register write's swmod)."""
        await RisingEdge(self.dut.clk)
        for k, v in values.items():
            getattr(self.dut, k).value = v
        getattr(self.dut, strobe).value = 1
        await RisingEdge(self.dut.clk)
        getattr(self.dut, strobe).value = 0
        await RisingEdge(self.dut.clk)

    def send(self, pdu: Pdu):
        """Queue a PDU on the host RX stream as the core gives it."""
        tuser = (pdu.cpi << 16) | (pdu.uu << 8) | pdu.status
        n = len(pdu.data)
        last = n - ((n - 1) // (DATA_W // 8)) * (DATA_W // 8)
        side = [(~tuser) & 0xFFFFFF] * (n - last) + [tuser] * last
        self.src.send_nowait(AxiStreamFrame(pdu.data, tdest=pdu.vc, tuser=side))

    def count(self, name: str) -> int:
        return int(getattr(self.dut, name).value)

    async def cycles(self, n: int):
        """About n cycles (one timer, not a wakeup per edge), ending just after a rising
        edge: the test's writes to the bench (enable, ...) then never race an edge at
        which the stream source samples tready."""
        await Timer(max(n - 1, 0) * CLK_NS + CLK_NS // 2, "ns")
        await RisingEdge(self.dut.clk)

    async def answered(self, n: int):
        """Wait until n completion writes have been answered (a driver may see an entry a
        few cycles before its B response comes back)."""
        await self.until(lambda: self.count("n_cq_written") >= n, 20000, f"{n} answered")

    async def until(self, cond, timeout_cycles: int, what: str):
        """Wait (polling every 50 cycles) until cond(); fail after timeout_cycles."""
        for _ in range(timeout_cycles // 50 + 1):
            if cond():
                return
            await self.cycles(50)
        raise AssertionError(f"timeout waiting for {what}")


class Host:
    """The driver's side of the free-buffer ring and the RX CQ: posts, reaps, checks."""

    def __init__(self, tb: Tb, ring_log2=8, cq_log2=8, buf_size=2048, stride=None):
        self.tb = tb
        self.ring_n = 1 << ring_log2
        self.cq_log2 = cq_log2
        self.cq_n = 1 << cq_log2
        self.buf_size = buf_size
        # buffers (aligned to AXI_DATA_W/8, docs/dma.md) are not 4 KiB aligned: bursts
        # split at 4 KiB inside a buffer, at a different offset in each
        self.stride = stride or buf_size + 0x440
        self.prod = 0          # next free-buffer index to post
        self.released = 0      # buffers given back by completions, in ring order
        self.head = 0          # CQ consumer index
        self.expect: deque[Pdu] = deque()
        self.done: list[RXC] = []
        self.bad_slots: set[int] = set()
        self.replenish = True
        self.reaping = True
        self.errors: list[str] = []

    def buf_addr(self, idx: int) -> int:
        slot = idx % self.ring_n
        return BAD + slot * self.stride if slot in self.bad_slots else \
            BUF_BASE + slot * self.stride

    async def post(self, n: int | None = None):
        """Post up to n buffers (default: every free slot) and ring RXF_PROD once."""
        room = self.released + self.ring_n - self.prod
        n = room if n is None else min(n, room)
        if n <= 0:
            return
        for _ in range(n):
            slot = self.prod % self.ring_n
            self.tb.mem.write(RING_BASE + slot * RXB.BYTES, RXB(addr=self.buf_addr(self.prod)).pack())
            self.prod += 1
        await self.tb.pulse("prod_wr", prod=self.prod & 0xFFFF)

    def reap(self) -> list[RXC]:
        """Completions whose phase is the expected one, in order (CQ head not written)."""
        out = []
        while True:
            slot = self.head % self.cq_n
            c = RXC.unpack(self.tb.mem.read(CQ_BASE + slot * RXC.BYTES, RXC.BYTES))
            if c.phase != ((~(self.head >> self.cq_log2)) & 1):
                return out
            out.append(c)
            self.head += 1

    def check(self, c: RXC):
        """One completion against the next PDU sent: fields, buffers, bytes."""
        assert self.expect, f"a completion with nothing sent: {c}"
        p = self.expect.popleft()
        assert c.reserved == 0, c
        assert c.pdu_length == len(p.data) & 0xFFFF, (c, len(p.data))
        assert c.vc == p.vc and c.uu == p.uu and c.cpi == p.cpi and c.core_status == p.status, \
            (c, p.vc, p.uu, p.cpi, p.status)
        assert c.buf_index == self.released & 0xFFFF, (c, self.released)
        bs = self.buf_size
        if c.status == RX_NO_BUFFER:
            # the buffers it had, all full, then nothing
            assert c.length == c.nbufs * bs < len(p.data), (c, len(p.data))
        else:
            assert c.status in (p.status, RX_DMA_ERROR), (c, p.status)
            assert c.length == len(p.data), (c, len(p.data))
            assert c.nbufs == -(-len(p.data) // bs), (c, len(p.data))
        if c.status != RX_DMA_ERROR:
            got = b"".join(self.tb.mem.read(self.buf_addr(self.released + i), bs)
                           for i in range(c.nbufs))[:c.length]
            if got != p.data[:c.length]:
                bad = next(i for i in range(c.length) if got[i] != p.data[i])
                raise AssertionError(f"PDU of {len(p.data)} bytes on VC {p.vc}: byte {bad} "
                                     f"is {got[bad]:#x}, sent {p.data[bad]:#x}")
        self.released += c.nbufs
        self.done.append(c)

    async def service(self, poll_cycles=64):
        """The driver's interrupt path, forever: reap, check, give buffers back, write the
        CQ head once per batch."""
        while True:
            await self.tb.cycles(poll_cycles)
            if not self.reaping:
                continue
            got = self.reap()
            for c in got:
                try:
                    self.check(c)
                except AssertionError as e:
                    self.errors.append(str(e))
                    raise
            if got:
                await self.tb.pulse("cq_head_wr", cq_head=self.head & 0xFFFF)
            if self.replenish:
                await self.post()

    def send(self, pdu: Pdu):
        self.expect.append(pdu)
        self.tb.send(pdu)

    async def drain(self, timeout_cycles=400000):
        await self.tb.until(lambda: not self.expect or self.errors, timeout_cycles,
                            f"{len(self.expect)} completions")
        assert not self.errors, self.errors[0]


def rand_pdu(rng: random.Random, n: int, status: int = RX_OK) -> Pdu:
    return Pdu(rng.randbytes(n), rng.randrange(NUM_VC), status, rng.randrange(256),
               rng.randrange(256))


async def start(dut, buf_size=2048, ring_log2=8, cq_log2=8, lat_b=2, lat_r=2, post=True,
                stride=None):
    tb = Tb(dut)
    await tb.reset(buf_size=buf_size, lat_b=lat_b, lat_r=lat_r)
    dut.ring_log2.value = ring_log2
    dut.cq_log2.value = cq_log2
    host = Host(tb, ring_log2, cq_log2, buf_size, stride)
    dut.enable.value = 1
    if post:
        await host.post()
    cocotb.start_soon(host.service())
    return tb, host


@cocotb.test()
async def sizes_byte_for_byte(dut):
    """PDUs of 1 .. 65535 bytes with 2048-byte buffers (65535 bytes span 32 buffers),
    every size around the word, burst, buffer and 4 KiB edges; fields and bytes checked."""
    rng = random.Random(cocotb.RANDOM_SEED)
    tb, host = await start(dut)
    w = AXI_BYTES
    sizes = [1, 2, 3, 4, 5, 7, 8, 9, w - 1, w, w + 1, 16 * w - 1, 16 * w, 16 * w + 1,
             2047, 2048, 2049, 4095, 4096, 4097, 6144, 65535, 65534, 65472, 40, 48, 9180]
    sizes += [rng.randrange(1, 9000) for _ in range(30)]
    statuses = [RX_OK, RX_CRC, RX_LENGTH, RX_OVERSIZE, RX_ABORTED]
    for i, n in enumerate(sizes):
        host.send(rand_pdu(rng, n, statuses[i % len(statuses)] if i % 3 == 2 else RX_OK))
    await host.drain()
    await tb.answered(len(sizes))
    assert [c.nbufs for c in host.done][sizes.index(65535)] == 32
    assert tb.count("n_frame") == len(sizes) == tb.count("n_cq_written")
    assert tb.count("n_drop") == tb.count("n_dma_error") == tb.count("n_err") == 0
    assert int(dut.cq_tail.value) == len(sizes)
    assert all(c.status == c.core_status for c in host.done)


@cocotb.test()
async def ring_and_cq_wrap(dut):
    """256-entry ring and CQ, several times around: the phase bit flips on every pass, the
    16-bit indices carry on, buffers come back and are posted again."""
    rng = random.Random(cocotb.RANDOM_SEED + 1)
    tb, host = await start(dut, buf_size=256)
    n = 700
    for _ in range(n):
        host.send(rand_pdu(rng, rng.choice([1, 40, 255, 256, 257, 600, rng.randrange(1, 1200)])))
    await host.drain(timeout_cycles=2_000_000)
    assert len(host.done) == n and host.head == n
    assert host.released > 3 * 256, "the free ring went round more than 3 times"
    phases = [((~(i >> 8)) & 1) for i in range(n)]
    assert [c.phase for c in host.done] == phases


@cocotb.test()
async def no_buffer_never_hangs(dut):
    """Free ring empty: PDUs complete RX_NO_BUFFER (nbufs 0, length 0) and the stream keeps
    flowing; a PDU that runs out part-way keeps the buffers it filled; once buffers are
    posted the next PDUs are delivered."""
    rng = random.Random(cocotb.RANDOM_SEED + 2)
    tb, host = await start(dut, post=False)
    host.replenish = False
    for _ in range(5):
        host.send(rand_pdu(rng, rng.randrange(1, 3000)))
    await host.drain()
    assert [(c.status, c.nbufs, c.length) for c in host.done] == [(RX_NO_BUFFER, 0, 0)] * 5
    assert tb.count("n_drop") == 5 and tb.count("n_frame") == 5
    # three buffers for a PDU of five buffers' worth: the rest is dropped
    await host.post(3)
    host.send(rand_pdu(rng, 5 * 2048 - 100))
    await host.drain()
    c = host.done[-1]
    assert (c.status, c.nbufs, c.length, c.buf_index) == (RX_NO_BUFFER, 3, 3 * 2048, 0)
    assert tb.count("n_drop") == 6
    # buffers back: delivered again
    host.replenish = True
    await host.post()
    for _ in range(10):
        host.send(rand_pdu(rng, rng.randrange(1, 5000)))
    await host.drain()
    assert all(c.status == RX_OK for c in host.done[-10:])
    assert tb.count("n_drop") == 6 and tb.count("n_err") == 0


@cocotb.test()
async def write_error_then_fine(dut):
    """A buffer the memory refuses: that PDU completes RX_DMA_ERROR with its buffers
    (ev_dma_error, err_* RX_DATA with the address); the PDUs after it are delivered."""
    rng = random.Random(cocotb.RANDOM_SEED + 3)
    tb = Tb(dut)
    await tb.reset()
    host = Host(tb)
    host.bad_slots = {4, 5}          # PDU 3 (two buffers: slots 3, 4) and PDU 4 (slot 5)
    dut.enable.value = 1
    await host.post()
    cocotb.start_soon(host.service())
    sizes = [100, 2048, 1000, 3000, 50, 4000, 10, 700]
    for n in sizes:
        host.send(rand_pdu(rng, n))
    await host.drain()
    st = [c.status for c in host.done]
    assert st == [RX_OK, RX_OK, RX_OK, RX_DMA_ERROR, RX_DMA_ERROR, RX_OK, RX_OK, RX_OK], st
    assert tb.count("n_dma_error") == 2 and tb.count("n_drop") == 0
    assert tb.count("n_err") >= 2
    assert int(dut.last_err_source.value) == ERR_RX_DATA
    assert int(dut.last_err_resp.value) == 2
    assert host.buf_addr(5) <= int(dut.last_err_addr.value) < host.buf_addr(5) + 2048
    assert int(dut.halted.value) == 0


@cocotb.test()
async def cq_full_back_pressure(dut):
    """A 4-entry CQ that the driver does not reap: the engine writes 4 completions, holds
    the PDUs it has taken, back-pressures the core (no PDU lost, none overwritten), and
    resumes when the head moves."""
    rng = random.Random(cocotb.RANDOM_SEED + 4)
    tb, host = await start(dut, cq_log2=2)
    host.reaping = False
    n = 40
    for _ in range(n):
        host.send(rand_pdu(rng, rng.randrange(1, 300)))
    await tb.until(lambda: tb.count("n_cq_written") == 4, 20000, "4 completions")
    await tb.cycles(3000)
    taken = tb.count("n_frame")
    assert tb.count("n_cq_written") == 4, "a completion written into a full CQ"
    assert taken < n and int(dut.s_rx_tready.value) == 0 and int(dut.s_rx_tvalid.value) == 1
    await tb.cycles(2000)
    assert tb.count("n_frame") == taken, "the core is back-pressured"
    host.reaping = True
    await host.drain()
    assert len(host.done) == n and tb.count("n_frame") == n
    assert all(c.status == RX_OK for c in host.done)


@cocotb.test()
async def bad_doorbells(dut):
    """RXF_PROD that would put more than the ring in it (or move back) and RXCQ_HEAD past
    the tail are ignored and counted; the rings go on with their previous indices."""
    rng = random.Random(cocotb.RANDOM_SEED + 5)
    tb = Tb(dut)
    await tb.reset()
    dut.ring_log2.value = 4                 # 16 entries
    host = Host(tb, ring_log2=4)
    host.replenish = False
    dut.enable.value = 1
    await host.post(10)
    await tb.pulse("prod_wr", prod=10 + 17)            # 27 entries in a 16-entry ring
    await tb.pulse("prod_wr", prod=9)                   # backwards
    await tb.cycles(2)
    assert tb.count("n_doorbell_error") == 2
    cocotb.start_soon(host.service())
    for _ in range(12):
        host.send(rand_pdu(rng, 100))
    await host.drain()
    st = [c.status for c in host.done]
    assert st == [RX_OK] * 10 + [RX_NO_BUFFER] * 2, "prod stayed 10"
    await host.post()                                   # exactly full: fine
    assert host.prod == 10 + 16
    await tb.cycles(2)
    assert tb.count("n_doorbell_error") == 2
    # CQ head past the tail (12 completions written)
    host.reaping = False
    await tb.pulse("cq_head_wr", cq_head=13)
    await tb.cycles(2)
    assert tb.count("n_doorbell_error") == 3
    host.reaping = True
    for _ in range(3):
        host.send(rand_pdu(rng, 1500))
    await host.drain()
    assert [c.status for c in host.done[-3:]] == [RX_OK] * 3
    assert tb.count("n_err") == 0 and int(dut.halted.value) == 0


@cocotb.test()
async def cq_head_before_b_response(dut):
    """A driver sees a completion's beats in host memory before the NIC has the write's B
    response: an RXCQ_HEAD doorbell naming that entry is legal (docs/dma.md, Doorbells) and
    accepted. B answers 300 cycles late; the driver reaps by phase every 16 cycles."""
    rng = random.Random(cocotb.RANDOM_SEED + 11)
    tb = Tb(dut)
    await tb.reset(lat_b=300)
    host = Host(tb)
    dut.enable.value = 1
    await host.post()
    early = []
    pulse = tb.pulse

    async def watched(strobe, **values):
        if strobe == "cq_head_wr":
            early.append(values["cq_head"] > tb.count("n_cq_written"))
        await pulse(strobe, **values)

    tb.pulse = watched
    cocotb.start_soon(host.service(poll_cycles=16))
    for _ in range(60):
        host.send(rand_pdu(rng, rng.randrange(1, 3000)))
    await host.drain()
    assert any(early), "no head doorbell went ahead of a B response: the case was not run"
    assert tb.count("n_doorbell_error") == 0, "a legal RXCQ_HEAD doorbell was ignored"
    assert len(host.done) == 60 and tb.count("n_err") == 0


@cocotb.test()
async def fetch_error_halts_then_reset(dut):
    """A free ring the memory refuses: the engine halts (RXF_FETCH), takes no PDU, leaves
    no transaction open (idle); dma_reset and a good ring: delivered."""
    rng = random.Random(cocotb.RANDOM_SEED + 6)
    tb = Tb(dut)
    await tb.reset()
    dut.ring_base.value = BAD + 0x100
    dut.enable.value = 1
    host = Host(tb)
    host.replenish = False
    await tb.pulse("prod_wr", prod=8)
    await tb.until(lambda: int(dut.halted.value) == 1, 5000, "halt")
    pdu = rand_pdu(rng, 500)
    tb.send(pdu)
    assert int(dut.last_err_source.value) == ERR_RXF_FETCH
    assert int(dut.last_err_addr.value) == BAD + 0x100
    await tb.until(lambda: int(dut.idle.value) == 1, 5000, "idle")
    await tb.cycles(500)
    assert tb.count("n_frame") == 0 and tb.count("n_cq_written") == 0
    dut.enable.value = 0
    await tb.pulse("dma_reset")
    assert int(dut.halted.value) == 0 and int(dut.cons.value) == 0
    dut.ring_base.value = RING_BASE
    host.replenish = True
    await host.post()
    dut.enable.value = 1
    host.expect.append(pdu)
    cocotb.start_soon(host.service())
    await host.drain()
    assert host.done[0].status == RX_OK and host.done[0].buf_index == 0


@cocotb.test()
async def completion_write_error_halts(dut):
    """An RX CQ the memory refuses: halted (RXCQ_WRITE), the bus drains (idle), the PDU in
    flight is taken to its end so the stream is at a PDU boundary; reset revives it."""
    rng = random.Random(cocotb.RANDOM_SEED + 7)
    tb = Tb(dut)
    await tb.reset()
    dut.cq_base.value = BAD
    dut.enable.value = 1
    host = Host(tb)
    await host.post()
    pdus = [rand_pdu(rng, 3000) for _ in range(3)]
    for p in pdus:
        tb.send(p)
    await tb.until(lambda: int(dut.halted.value) == 1, 20000, "halt")
    assert int(dut.last_err_source.value) == ERR_RXCQ_WRITE
    # the first beat written of the record: its last (the phase beat is written last)
    assert int(dut.last_err_addr.value) == BAD + max(RXC.BYTES - AXI_BYTES, 0)
    await tb.until(lambda: int(dut.idle.value) == 1, 20000, "idle")
    assert tb.count("n_cq_written") == 0
    taken = tb.count("n_frame")
    await tb.cycles(1000)
    assert tb.count("n_frame") == taken < 3, "no PDU taken while halted"
    # reset: the stream is at a PDU boundary, the PDUs not taken come out whole
    dut.enable.value = 0
    await tb.pulse("dma_reset")
    assert int(dut.halted.value) == 0 and int(dut.cq_tail.value) == 0
    dut.cq_base.value = CQ_BASE
    host = Host(tb)
    await host.post()
    dut.enable.value = 1
    host.expect.extend(pdus[taken:])
    cocotb.start_soon(host.service())
    for _ in range(3):
        host.send(rand_pdu(rng, 2500))
    await host.drain()
    assert all(c.status == RX_OK for c in host.done) and len(host.done) == 6 - taken



@cocotb.test()
async def reset_is_ignored_while_busy(dut):
    """dma_reset while a PDU is being written (busy: bus transactions outstanding, a PDU in
    flight): ignored, nothing lost: the PDU completes in its buffers with the right bytes
    and index, the next one follows; once idle the same pulse zeroes the indices (the model
    does the same: tests/test_model_dma.py)."""
    rng = random.Random(cocotb.RANDOM_SEED + 12)
    tb, host = await start(dut, lat_b=40)
    cocotb.start_soon(host.service())
    host.send(rand_pdu(rng, 12000))
    await tb.until(lambda: tb.count("n_rx_beats") > 200, 20000, "the PDU to start")
    assert int(dut.idle.value) == 0
    cons = int(dut.cons.value)
    await tb.pulse("dma_reset")
    assert int(dut.cons.value) >= cons > 0, "a busy engine's indices were reset"
    host.send(rand_pdu(rng, 3000))
    await host.drain()
    assert [(c.status, c.buf_index) for c in host.done] == [(RX_OK, 0), (RX_OK, 6)]
    await tb.answered(2)
    await tb.until(lambda: int(dut.idle.value) == 1, 5000, "idle")
    host.reaping = host.replenish = False
    await tb.cycles(200)
    dut.enable.value = 0
    await tb.pulse("dma_reset")
    assert int(dut.cons.value) == 0 and int(dut.cq_tail.value) == 0

@cocotb.test()
async def enable_stops_at_pdu_boundary(dut):
    """enable = 0 in the middle of a PDU: that PDU is finished and completed, the next is
    not taken, idle rises; enable = 1: the rest follows."""
    rng = random.Random(cocotb.RANDOM_SEED + 8)
    tb, host = await start(dut)
    host.send(rand_pdu(rng, 20000))
    host.send(rand_pdu(rng, 100))
    await tb.until(lambda: tb.count("n_rx_beats") > 100, 5000, "the first PDU to start")
    dut.enable.value = 0
    await tb.until(lambda: len(host.done) == 1, 100000, "the first completion")
    await tb.until(lambda: int(dut.idle.value) == 1, 5000, "idle")
    await tb.cycles(1000)
    assert tb.count("n_frame") == 1 and len(host.expect) == 1
    dut.enable.value = 1
    await host.drain()
    assert [c.status for c in host.done] == [RX_OK, RX_OK]


@cocotb.test()
async def random_mix(dut):
    """Random sizes, VCs, statuses, buffer size 64, latencies, a driver that replenishes
    late now and then (some PDUs lose their buffers): every PDU gets exactly one completion
    and every delivered byte is right."""
    rng = random.Random(cocotb.RANDOM_SEED + 9)
    tb, host = await start(dut, buf_size=64 * rng.choice([1, 2, 5]), lat_b=rng.randrange(1, 60),
                           lat_r=rng.randrange(1, 60), ring_log2=6)
    n = 300
    for i in range(n):
        if i % 60 == 30:
            host.replenish = not host.replenish
        host.send(rand_pdu(rng, rng.choice([rng.randrange(1, 100), rng.randrange(1, 2000)]),
                           rng.choice([RX_OK] * 4 + [RX_CRC, RX_LENGTH])))
        if i % 7 == 0:
            await tb.cycles(rng.randrange(1, 300))
    host.replenish = True
    await host.drain(timeout_cycles=3_000_000)
    await tb.answered(n)
    assert len(host.done) == n == tb.count("n_frame") == tb.count("n_cq_written")
    nobuf = sum(c.status == RX_NO_BUFFER for c in host.done)
    assert tb.count("n_drop") == nobuf
    cocotb.log.info("random_mix: %d PDUs, %d without a buffer", n, nobuf)


def pauses(rng: random.Random, busy: float, burst: int):
    """A pause pattern for a cocotbext-axi channel: runs of pause cycles (True) of up to
    `burst`, about `busy` of the time."""
    while True:
        if rng.random() < busy:
            yield from [True] * rng.randrange(1, burst + 1)
        else:
            yield from [False] * rng.randrange(1, 3 * burst)


@cocotb.test()
async def random_back_pressure(dut):
    """Random PDUs with every channel of the host bus stalling at random (AW, W and AR
    ready, B and R valid) and gaps in the host RX stream, late replenishment now and then:
    every PDU once, in order, byte for byte; bursts legal (AxiRam checks 4 KiB and wlast)."""
    rng = random.Random(cocotb.RANDOM_SEED + 10)
    tb, host = await start(dut, buf_size=128, lat_b=rng.randrange(1, 30),
                           lat_r=rng.randrange(1, 30), ring_log2=5, cq_log2=4)
    wr, rd = tb.mem.write_if, tb.mem.read_if
    for ch, busy, burst in ((wr.aw_channel, 0.3, 6), (wr.w_channel, 0.3, 4),
                            (wr.b_channel, 0.2, 8), (rd.ar_channel, 0.3, 6),
                            (rd.r_channel, 0.3, 4)):
        ch.set_pause_generator(pauses(random.Random(rng.random()), busy, burst))
    tb.src.set_pause_generator(pauses(random.Random(rng.random()), 0.2, 5))
    n = 250
    for i in range(n):
        if i % 50 == 25:
            host.replenish = not host.replenish
        host.send(rand_pdu(rng, rng.choice([rng.randrange(1, 64), rng.randrange(1, 700)])))
        if i % 10 == 0:
            await tb.cycles(rng.randrange(1, 400))
    host.replenish = True
    await host.drain(timeout_cycles=3_000_000)
    await tb.answered(n)
    assert len(host.done) == n == tb.count("n_frame") == tb.count("n_cq_written")
    assert tb.count("n_drop") == sum(c.status == RX_NO_BUFFER for c in host.done)
    assert tb.count("n_err") == 0


async def utilisation(dut, lat: int, size: int, count: int) -> float:
    rng = random.Random(cocotb.RANDOM_SEED + lat)
    tb, host = await start(dut, lat_b=lat, lat_r=lat)
    pdus = [rand_pdu(rng, size) for _ in range(count)]
    beats = sum(-(-size // (DATA_W // 8)) for _ in pdus)
    for p in pdus:
        host.send(p)
    await tb.until(lambda: tb.count("n_rx_beats") > 0, 10000, "the first beat")
    c0, b0, s0 = tb.count("n_cycles"), tb.count("n_rx_beats"), tb.count("n_rx_stalls")
    await tb.until(lambda: tb.count("n_rx_beats") == beats, 50 * beats, "the last beat")
    c1, b1, s1 = tb.count("n_cycles"), tb.count("n_rx_beats"), tb.count("n_rx_stalls")
    await host.drain()
    util = (b1 - b0) / (c1 - c0)
    wbeats = tb.count("n_w_beats")
    cocotb.log.info("RX DMA utilisation, B/R latency %d cycles (%d ns), %d PDUs of %d bytes, "
                    "DATA_W %d, AXI_DATA_W %d: %.4f stream beats/cycle, %d cycles the engine "
                    "held the stream (tvalid & !tready), %d W beats, %d AW",
                    lat, lat * CLK_NS, count, size, DATA_W, AXI_BYTES * 8, util, s1 - s0, wbeats,
                    tb.count("n_aw"))
    return util


@cocotb.test()
async def line_rate_100ns(dut):
    """Back-to-back 9180-byte PDUs with 100 ns of B and R latency: the engine takes a beat
    every cycle (>= 99 %)."""
    util = await utilisation(dut, 10, 9180, 15)
    assert util >= 0.99, util


@cocotb.test()
async def line_rate_500ns(dut):
    """The same with 500 ns of latency (writes posted, several bursts in flight)."""
    util = await utilisation(dut, 50, 9180, 15)
    assert util >= 0.99, util
