"""The model's DMA host interface (docs/dma.md) driven ring by ring: descriptors written
with vcnic.regs.dma_layout into ModelHostMemory, doorbells through the register window,
completions reaped by phase. Loopback byte for byte, ring wrap, full and empty rings,
coalescing, multi-buffer RX, every bad input of the contract, reset with a full ring."""

from __future__ import annotations

import asyncio
import functools
import random

import pytest
from vcnic.hw import BusError, HostMemory, InterruptVectors
from vcnic.model import ModelHostMemory, NicModel
from vcnic.model.dma import DMA_DOORBELLS, DMA_PULSES, DMA_W1C, PF_DEPTH, cycles_per_slot
from vcnic.model.host_memory import DECERR, SLVERR
from vcnic.regs import (
    DMA_ADDRESS,
    DMA_ID,
    DmaErrSource,
    RegisterClient,
    RxStatusCode,
    TxStatusCode,
    VcParams,
    VcResult,
)
from vcnic.regs.dma_layout import RXB, RXC, TXC, TXD
from vcnic.regs.layout import DMA_REGS, pack, unpack

TX_OK = TxStatusCode.TX_OK
RX_OK = RxStatusCode.RX_OK


def arun(fn):
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        return asyncio.run(asyncio.wait_for(fn(*args, **kwargs), 20))

    return wrapper


def _payload(n: int, seed: int) -> bytes:
    return random.Random(seed).randbytes(n)


class Host:
    """A minimal ring owner, written straight from docs/dma.md (not the miniport's
    DmaPort): a bump allocator in host memory, the four rings, doorbells, reaping by
    phase."""

    def __init__(self, nic: NicModel, tx=8, txcq=8, rxf=8, rxcq=8, buf_size=2048) -> None:
        self.nic, self.mem = nic, nic.memory
        self.log2 = {"tx": tx, "txcq": txcq, "rxf": rxf, "rxcq": rxcq}
        self._next = self.mem.base
        self.tx_ring = self.alloc(TXD.BYTES << tx)
        self.txcq = self.alloc(TXC.BYTES << txcq)
        self.rxf = self.alloc(RXB.BYTES << rxf)
        self.rxcq = self.alloc(RXC.BYTES << rxcq)
        self.buf_size = buf_size
        self.tx_prod = self.txcq_head = self.rxf_prod = self.rxcq_head = 0
        self.rx_bufs: dict[int, int] = {}  # free-ring index -> buffer address

    def alloc(self, n: int, align: int = 64) -> int:
        addr = -(-self._next // align) * align
        self._next = addr + n
        assert self._next <= self.mem.base + self.mem.size
        return addr

    async def w(self, name: str, value: int) -> None:
        await self.nic.window.write(DMA_ADDRESS[name], value)

    async def r(self, name: str) -> int:
        return await self.nic.window.read(DMA_ADDRESS[name])

    async def program(self, tx_irq=1, rx_irq=1, enable=True) -> None:
        for prefix, base, key in (
            ("TX_RING", self.tx_ring, "tx"),
            ("TXCQ", self.txcq, "txcq"),
            ("RXF", self.rxf, "rxf"),
            ("RXCQ", self.rxcq, "rxcq"),
        ):
            await self.w(f"{prefix}_BASE_LO", base & 0xFFFFFFFF)
            await self.w(f"{prefix}_BASE_HI", base >> 32)
            await self.w(
                "TX_RING_SIZE" if prefix == "TX_RING" else f"{prefix}_SIZE", self.log2[key]
            )
        await self.w("RX_BUF_SIZE", self.buf_size)
        await self.w("TXCQ_IRQ", tx_irq)
        await self.w("RXCQ_IRQ", rx_irq)
        await self.w("DMA_INT_ENABLE", 0x7)
        if enable:
            await self.w("DMA_CTRL", pack("DMA_CTRL", tx_enable=1, rx_enable=1))

    # -------------------------------------------------------------- TX
    def put_tx(self, vc: int, data: bytes, uu=0, cpi=0, clp=0, addr=None, **raw) -> int:
        """Write a frame and its descriptor at the producer index (no doorbell)."""
        if addr is None:
            addr = self.alloc(max(len(data), 1))
            self.mem.write(addr, data)
        slot = self.tx_prod % (1 << self.log2["tx"])
        d = TXD(
            addr=addr, length=raw.pop("length", len(data)), vc=vc, uu=uu, cpi=cpi, clp=clp, **raw
        )
        self.mem.write(self.tx_ring + slot * TXD.BYTES, d.pack())
        self.tx_prod = (self.tx_prod + 1) & 0xFFFF
        return addr

    async def tx_doorbell(self) -> None:
        await self.w("TX_PROD", self.tx_prod)

    async def send(self, vc: int, data: bytes, **kw) -> None:
        self.put_tx(vc, data, **kw)
        await self.tx_doorbell()

    def reap_tx(self) -> list[TXC]:
        out = []
        n = self.log2["txcq"]
        while True:
            slot = self.txcq_head % (1 << n)
            c = TXC.unpack(self.mem.read(self.txcq + slot * TXC.BYTES, TXC.BYTES))
            if c.phase != (~(self.txcq_head >> n) & 1):
                return out
            out.append(c)
            self.txcq_head = (self.txcq_head + 1) & 0xFFFF

    async def txcq_doorbell(self) -> None:
        await self.w("TXCQ_HEAD", self.txcq_head)

    # -------------------------------------------------------------- RX
    def put_rx(self, count: int) -> None:
        for _ in range(count):
            addr = self.alloc(self.buf_size)
            slot = self.rxf_prod % (1 << self.log2["rxf"])
            self.mem.write(self.rxf + slot * RXB.BYTES, RXB(addr=addr).pack())
            self.rx_bufs[self.rxf_prod] = addr
            self.rxf_prod = (self.rxf_prod + 1) & 0xFFFF

    async def post_rx(self, count: int) -> None:
        self.put_rx(count)
        await self.w("RXF_PROD", self.rxf_prod)

    def reap_rx(self) -> list[tuple[RXC, bytes]]:
        out = []
        n = self.log2["rxcq"]
        while True:
            slot = self.rxcq_head % (1 << n)
            c = RXC.unpack(self.mem.read(self.rxcq + slot * RXC.BYTES, RXC.BYTES))
            if c.phase != (~(self.rxcq_head >> n) & 1):
                return out
            data = b""
            for k in range(c.nbufs):
                addr = self.rx_bufs.pop((c.buf_index + k) & 0xFFFF)
                data += self.mem.read(addr, self.buf_size)
            out.append((c, data[: c.length]))
            self.rxcq_head = (self.rxcq_head + 1) & 0xFFFF

    async def rxcq_doorbell(self) -> None:
        await self.w("RXCQ_HEAD", self.rxcq_head)


async def _nic(vcs=(1,), max_sdu=9180, loopback=True, **kw) -> tuple[NicModel, RegisterClient]:
    nic = NicModel(host="dma", **kw)
    c = RegisterClient(nic.window)
    await c.set_ctrl(enable=1, loopback=int(loopback))
    for vc in vcs:
        assert await c.activate(vc, VcParams(vci=32 + vc, max_sdu=max_sdu)) == VcResult.OK
    return nic, c


async def _settle(nic: NicModel) -> None:
    """Until the line is idle and every coalescing timer has fired."""
    await nic.wait_tx_idle()
    for _ in range(4):
        await asyncio.sleep(0)


def _counters(nic: NicModel) -> dict[str, int]:
    return dict(nic.dma.counters)


# ====================================================================== interfaces, registers
def test_interfaces_and_host_choice():
    nic = NicModel(host="dma")
    assert isinstance(nic.memory, HostMemory) and isinstance(nic.irqs, InterruptVectors)
    assert nic.port is None and nic.dma is not None
    assert nic.memory.base == 0x1_0000_0000 and nic.memory.size == 16 << 20
    stream = NicModel()
    assert stream.memory is None and stream.dma is None and stream.port is not None
    with pytest.raises(ValueError):
        NicModel(host="pci")
    for bad in ({"axi_data_w": 256}, {"axi_data_w": 32, "data_w": 64}, {"max_ring_log2": 16}):
        with pytest.raises(ValueError):
            NicModel(host="dma", **bad)
    with pytest.raises(ValueError):
        nic.manual_rx(True)


def test_host_memory_backdoor_and_bus():
    m = ModelHostMemory(base=0x1000, size=0x1000)
    m.write(0x1000, b"abc")
    assert m.read(0x1000, 3) == b"abc"
    for addr, n in ((0xFFF, 1), (0x1FFF, 2), (0x2000, 1)):
        with pytest.raises(ValueError):
            m.read(addr, n)
        with pytest.raises(ValueError):
            m.write(addr, bytes(n))
    assert m.dma_read(0x1FF8, 16) == (bytes(16), DECERR)  # crosses the end
    assert m.dma_write(0x2000, b"x") == DECERR
    m.error_window(0x1100, 0x1200)
    assert m.dma_read(0x10F8, 16)[1] == SLVERR  # touches the window
    assert m.dma_write(0x1100, b"zz") == SLVERR and m.read(0x1100, 2) == b"\0\0"
    assert m.dma_read(0x1200, 8)[1] == 0
    m.clear_errors()
    m.inject_error("write", count=2, resp=DECERR)
    assert m.dma_read(0x1000, 3) == (b"abc", 0)  # a read does not use a write error
    assert [m.dma_write(0x1000, b"q") for _ in range(3)] == [DECERR, DECERR, 0]
    assert m.read(0x1000, 3) == b"qbc"


@arun
async def test_register_block_map_and_reset_values():
    nic = NicModel(host="dma", data_w=64)
    w = nic.window
    assert await w.read(DMA_ADDRESS["DMA_ID"]) == DMA_ID
    assert unpack("DMA_CAP", await w.read(DMA_ADDRESS["DMA_CAP"])) == {
        "data_width": 64,
        "addr_width": 64,
        "max_ring_log2": 12,
        "max_burst": 16,
    }
    for name, reg in DMA_REGS.items():
        if name in ("DMA_ID", "DMA_CAP", "DMA_STATUS"):
            continue
        assert await w.read(reg.address) == reg.reset, name
    st = unpack("DMA_STATUS", await w.read(DMA_ADDRESS["DMA_STATUS"]))
    assert st == {"tx_idle": 1, "rx_idle": 1, "tx_halted": 0, "rx_halted": 0}
    # unmapped words in both blocks answer SLVERR, beyond the 12-bit space DECERR
    for addr, resp in ((0x200, 2), (0x7FC, 2), (0x81C, 2), (0x8DC, 2), (0xFFC, 2), (0x1000, 3)):
        with pytest.raises(BusError) as e:
            await w.read(addr)
        assert e.value.resp == resp
    for name in ("DMA_ID", "DMA_STATUS", "TX_CONS", "TXCQ_TAIL", "RX_PDUS_IN"):
        with pytest.raises(BusError) as e:
            await w.write(DMA_ADDRESS[name], 1)
        assert e.value.resp == 2
    # write masks, the single-pulse reset reads 0
    await w.write(DMA_ADDRESS["TX_RING_SIZE"], 0xFFFFFFFF)
    assert await w.read(DMA_ADDRESS["TX_RING_SIZE"]) == 0xF
    await w.write(DMA_ADDRESS["DMA_CTRL"], 0x7)
    assert await w.read(DMA_ADDRESS["DMA_CTRL"]) == 0x3
    # the stream model keeps the core's 9-bit space
    with pytest.raises(BusError) as e:
        await NicModel().window.read(0x800)
    assert e.value.resp == 3


def test_register_behaviour_matches_the_rdl():
    """The W1C, single-pulse and doorbell (swmod) sets the model hard-codes by name are
    exactly the RDL's woclr, singlepulse and swmod fields."""
    from pathlib import Path

    from systemrdl import RDLCompiler
    from systemrdl.node import FieldNode

    root = Path(__file__).resolve().parents[1] / "rtl" / "regs"
    rdlc = RDLCompiler()
    rdlc.compile_file(str(root / "vcnic.rdl"))
    rdlc.compile_file(str(root / "vcnic_dma.rdl"))
    top = rdlc.elaborate(top_def_name="vcnic_dma_regs")
    w1c, pulses, swmod = set(), {}, set()
    for node in top.descendants():
        if isinstance(node, FieldNode):
            reg = node.parent.inst_name
            if node.get_property("onwrite") is not None and "woclr" in str(
                node.get_property("onwrite")
            ):
                w1c.add(reg)
            if node.get_property("singlepulse"):
                pulses.setdefault(reg, []).append(node.inst_name)
            if node.get_property("swmod"):
                swmod.add(reg)
    assert w1c == set(DMA_W1C)
    assert {k: tuple(v) for k, v in pulses.items()} == DMA_PULSES
    assert swmod == set(DMA_DOORBELLS)


# ====================================================================== data path
@arun
async def test_one_frame_tx_loopback_rx_byte_for_byte():
    nic, c = await _nic(vcs=(3,))
    h = Host(nic)
    await h.program()
    await h.post_rx(16)
    data = _payload(100, 1)
    await h.send(3, data, uu=0x5A, cpi=0x01)
    await _settle(nic)
    assert [(t.vc, t.status, t.phase) for t in h.reap_tx()] == [(3, TX_OK, 1)]
    rx = h.reap_rx()
    assert len(rx) == 1
    cpl, got = rx[0]
    assert (cpl.vc, cpl.status, cpl.length, cpl.uu, cpl.cpi) == (3, RX_OK, 100, 0x5A, 0x01)
    assert (cpl.nbufs, cpl.buf_index, cpl.phase) == (1, 0, 1)
    assert got == data
    assert await h.r("TX_CONS") == 1 and await h.r("TXCQ_TAIL") == 1
    assert await h.r("RXF_CONS") == 16 and await h.r("RXCQ_TAIL") == 1  # all 16 prefetched
    cnt = _counters(nic)
    assert (cnt["TX_FRAMES"], cnt["RX_PDUS_IN"]) == (1, 1)
    assert sum(cnt.values()) == 2
    # both CQ causes set, vectors follow enable; W1C clears
    assert nic.irqs.level(1) and nic.irqs.level(2) and not nic.irqs.level(3)
    await nic.irqs.wait_vector(1)
    await h.w("DMA_INT_STATUS", 0x3)
    assert not nic.irqs.level(1) and not nic.irqs.level(2)
    await h.txcq_doorbell()
    await h.rxcq_doorbell()
    assert _counters(nic)["DOORBELL_ERRORS"] == 0


@arun
async def test_ring_wrap_256_entries_with_phase():
    """700 frames through 256-entry rings (every ring wraps twice): phases flip per pass,
    frames in order byte for byte, indices free-running."""
    nic, c = await _nic(vcs=(1, 2))
    h = Host(nic, tx=8, txcq=8, rxf=8, rxcq=8, buf_size=256)
    await h.program()
    await h.post_rx(256)
    sent, got, txc = [], [], []
    i = 0
    while i < 700:
        for _ in range(min(100, 700 - i)):
            data = _payload(1 + (i * 37) % 500, i)
            vc = 1 + i % 2
            h.put_tx(vc, data)
            sent.append((vc, data))
            i += 1
        await h.tx_doorbell()
        await _settle(nic)
        txc += h.reap_tx()
        await h.txcq_doorbell()
        rx = h.reap_rx()
        got += rx
        await h.rxcq_doorbell()
        await h.post_rx(sum(cpl.nbufs for cpl, _ in rx))
    for v in (1, 2):  # per VC in order (across VCs they interleave as the line sends)
        mine = [d for vc, d in sent if vc == v]
        assert [t.status for t in txc if t.vc == v] == [TX_OK] * len(mine)
        assert [(cpl.status, d) for cpl, d in got if cpl.vc == v] == [(RX_OK, d) for d in mine]
    assert len(txc) == len(got) == 700
    assert await h.r("TX_CONS") == 700 and await h.r("TXCQ_TAIL") == 700
    assert await h.r("RXCQ_TAIL") == 700
    # slot 187 last held entry 699 (third pass: phase 1), slot 200 entry 456 (second: 0)
    raw = h.mem.read(h.txcq + 187 * TXC.BYTES, TXC.BYTES)
    assert TXC.unpack(raw).phase == 1
    raw = h.mem.read(h.txcq + 200 * TXC.BYTES, TXC.BYTES)
    assert TXC.unpack(raw).phase == 0
    assert _counters(nic)["DOORBELL_ERRORS"] == 0


@arun
async def test_full_and_empty_rings():
    nic, c = await _nic(vcs=(1,))
    h = Host(nic, tx=8, txcq=8)
    await h.program(enable=False)
    # an empty doorbell (prod == cons) is fine and does nothing
    await h.tx_doorbell()
    assert _counters(nic)["DOORBELL_ERRORS"] == 0
    # fill the ring exactly (256 entries) while the engine is off: accepted
    for k in range(256):
        h.put_tx(1, bytes([k]) * 10)
    await h.tx_doorbell()
    assert await h.r("TX_PROD") == 256 and _counters(nic)["DOORBELL_ERRORS"] == 0
    # one more would be 257 entries: ignored, counted, error cause; the ring keeps going
    h.put_tx(1, b"x")
    await h.tx_doorbell()
    assert await h.r("TX_PROD") == 256
    assert _counters(nic)["DOORBELL_ERRORS"] == 1 and nic.irqs.level(3)
    h.tx_prod = 256
    await h.w("DMA_CTRL", pack("DMA_CTRL", tx_enable=1, rx_enable=1))
    await _settle(nic)
    assert await h.r("TX_CONS") == 256
    txc = h.reap_tx()
    assert len(txc) == 256 and all(t.status == TX_OK and t.phase == 1 for t in txc)
    # the TX CQ was full (256 written, head 0): the next completion waits for the head
    await h.send(1, b"late")
    await _settle(nic)
    assert await h.r("TXCQ_TAIL") == 256 and len(nic.dma.txc_pending) == 1
    assert unpack("DMA_STATUS", await h.r("DMA_STATUS"))["tx_idle"] == 0
    await h.txcq_doorbell()
    assert [(t.vc, t.status, t.phase) for t in h.reap_tx()] == [(1, TX_OK, 0)]
    # an empty free ring: every PDU completes RX_NO_BUFFER with no buffer (never a hang)
    rx = h.reap_rx()
    assert len(rx) == 256  # the RX CQ is full: the 257th PDU waits in the core
    await h.rxcq_doorbell()
    rx += h.reap_rx()
    assert len(rx) == 257
    assert all(
        (cpl.status, cpl.nbufs, cpl.length) == (RxStatusCode.RX_NO_BUFFER, 0, 0) for cpl, _ in rx
    )
    assert all(cpl.buf_index == 0 for cpl, _ in rx)
    assert _counters(nic)["RX_NO_BUFFER"] == 257


@arun
async def test_rx_cq_full_back_pressures_the_core():
    """RX CQ full: PDUs stay in the core (its RX buffer fills, later PDUs are the core's
    NO_BUFFER, as with a slow host); the head doorbell lets the held ones through."""
    nic, c = await _nic(vcs=(1,), rx_buf_cells=8, tx_buf_cells=64, max_sdu=200)
    h = Host(nic, rxcq=1)  # 2 entries
    await h.program()
    await h.post_rx(32)
    for k in range(8):
        h.put_tx(1, _payload(90, k))  # 3 cells each
    await h.tx_doorbell()
    await _settle(nic)
    assert await h.r("RXCQ_TAIL") == 2  # CQ full
    held = len(nic.rx.held)
    assert held == 2  # 6 of 8 buffer cells; the other PDUs found no core buffer
    assert nic.live_counter("NO_BUFFER") == 4
    got = h.reap_rx()
    await h.rxcq_doorbell()
    got += h.reap_rx()
    await h.rxcq_doorbell()
    assert [cpl.status for cpl, _ in got] == [RX_OK] * 4
    assert [d for _, d in got] == [_payload(90, k) for k in (0, 1, 2, 3)]


@arun
async def test_multi_buffer_rx_up_to_65535_bytes():
    nic, c = await _nic(vcs=(1,), max_sdu=65535, tx_buf_cells=2048, rx_buf_cells=2048)
    h = Host(nic, rxf=8, buf_size=2048)
    await h.program()
    await h.post_rx(255)
    sizes = [65535, 2048, 2049, 4096, 1, 40000]
    for k, n in enumerate(sizes):
        h.put_tx(1, _payload(n, k))
    await h.tx_doorbell()
    await _settle(nic)
    rx = h.reap_rx()
    assert [(cpl.status, cpl.length) for cpl, _ in rx] == [(RX_OK, n) for n in sizes]
    assert [cpl.nbufs for cpl, _ in rx] == [-(-n // 2048) for n in sizes]
    idx = 0
    for (cpl, d), (k, n) in zip(rx, enumerate(sizes), strict=True):
        assert cpl.buf_index == idx and d == _payload(n, k)
        idx += cpl.nbufs
    # RXF_CONS counts descriptors read: up to PF_DEPTH ahead of the buffers filled
    assert idx < await h.r("RXF_CONS") <= idx + PF_DEPTH


@arun
async def test_free_ring_runs_dry_inside_a_pdu():
    nic, c = await _nic(vcs=(1,))
    h = Host(nic, buf_size=64)
    await h.program()
    await h.post_rx(3)
    await h.send(1, _payload(500, 9))  # needs 8 buffers of 64 bytes
    await _settle(nic)
    [(cpl, d)] = h.reap_rx()
    assert (cpl.status, cpl.nbufs, cpl.buf_index, cpl.length) == (
        RxStatusCode.RX_NO_BUFFER,
        3,
        0,
        192,
    )
    assert d == _payload(500, 9)[:192]
    assert (cpl.core_status, cpl.pdu_length) == (RX_OK, 500)  # what the core delivered
    # RX_BUF_SIZE below 64 or not a multiple of 64 acts as the multiple below (at least 64)
    await h.w("RX_BUF_SIZE", 100)
    assert nic.dma.rx_buf_size == 64
    await h.w("RX_BUF_SIZE", 10)
    assert nic.dma.rx_buf_size == 64


# ====================================================================== coalescing
@arun
async def test_coalescing_count_threshold():
    nic, c = await _nic(vcs=(1,))
    h = Host(nic)
    await h.program(tx_irq=pack("TXCQ_IRQ", count=4, timer=0), rx_irq=pack("RXCQ_IRQ", count=3))
    await h.post_rx(64)
    for k in range(10):
        h.put_tx(1, _payload(20, k))
    await h.tx_doorbell()
    await _settle(nic)
    log = nic.dma.cause_log
    assert [n for _, n in log].count("tx_cq") == 2  # at 4 and 8; 2 left unsignalled
    assert [n for _, n in log].count("rx_cq") == 3  # at 3, 6, 9
    assert len(h.reap_tx()) == 10 and len(h.reap_rx()) == 10
    # count = 0 acts as 1
    await h.w("TXCQ_IRQ", 0)
    n0 = len(nic.dma.cause_log)
    await h.send(1, b"one")
    await _settle(nic)
    assert [n for _, n in list(nic.dma.cause_log)[n0:]].count("tx_cq") == 1


@arun
async def test_coalescing_timer_threshold():
    """count 4, timer T: the last completions of a burst are signalled T clock cycles
    after the first of them (model time: cell slots of ceil(53 / (DATA_W/8)) cycles)."""
    timer = 3000
    nic, c = await _nic(vcs=(1,))
    h = Host(nic)
    await h.program(tx_irq=pack("TXCQ_IRQ", count=4, timer=timer))
    await h.post_rx(64)
    for k in range(6):
        h.put_tx(1, _payload(20, k))  # one cell each
    await h.tx_doorbell()
    await _settle(nic)
    tx_causes = [t for t, n in nic.dma.cause_log if n == "tx_cq"]
    assert len(tx_causes) == 2
    cps = cycles_per_slot(nic.data_w)
    assert cps == 14
    # a frame's completion comes at the end of its cell's slot: completions 1..4 at
    # slots 1..4 (the 4th sets the cause), the 5th at slot 5 starts the timer
    assert tx_causes[0] == 4 * cps
    assert tx_causes[1] == 5 * cps + timer
    assert len(h.reap_tx()) == 6
    # the idle time the jump let pass is kept: the next frame's completion is one slot
    # later, and its own timer runs from there
    await h.send(1, b"next")
    await _settle(nic)
    assert [t for t, n in nic.dma.cause_log if n == "tx_cq"][2] == 5 * cps + timer + cps + timer
    # a core soft reset restarts the slot clock, not the DMA's time
    t0 = nic.dma.now()
    await c.set_ctrl(soft_reset=1)
    assert nic.dma.now() == t0
    # with nothing to wait for, wait_vector returns (the timer fired while idle)
    await h.w("DMA_INT_STATUS", 0x7)
    await h.send(1, b"z")
    await asyncio.wait_for(nic.irqs.wait_vector(1), 1)


# ====================================================================== bad input
@arun
async def test_each_bad_tx_descriptor_completes_with_its_status_in_vc_order():
    nic, c = await _nic(vcs=(1, 2), max_sdu=100, num_vc=16)
    assert await c.activate(4, VcParams(vci=99, max_sdu=100)) == VcResult.OK
    assert await c.deactivate(4) == VcResult.OK  # inactive VC 4
    h = Host(nic)
    await h.program()
    await h.post_rx(64)
    good = _payload(50, 1)
    outside = nic.memory.base + nic.memory.size + 0x1000
    h.put_tx(1, good)  # 1: OK
    h.put_tx(1, b"", length=0)  # 1: zero length
    h.put_tx(2, good)  # 2: OK
    h.put_tx(1, _payload(101, 2))  # 1: above max SDU
    h.put_tx(16, good)  # VC out of range (num_vc 16): straight to the CQ
    h.put_tx(0xFFFF, good)
    h.put_tx(4, good)  # inactive
    h.put_tx(1, good, addr=h.alloc(64) + 4)  # misaligned
    h.put_tx(1, good, reserved=1)  # reserved bits
    h.put_tx(1, good, addr=outside)  # outside host memory: DECERR
    h.put_tx(1, good)  # 1: OK, after all of the above
    await h.tx_doorbell()
    await _settle(nic)
    S = TxStatusCode
    got = [(t.vc, t.status) for t in h.reap_tx()]
    vc1 = [s for vc, s in got if vc == 1]
    assert vc1 == [
        S.TX_OK,
        S.TX_ZERO_LENGTH,
        S.TX_OVERSIZE,
        S.TX_BAD_DESC,
        S.TX_BAD_DESC,
        S.TX_DMA_ERROR,
        S.TX_OK,
    ]
    assert [s for vc, s in got if vc == 2] == [S.TX_OK]
    assert sorted((vc, s) for vc, s in got if vc not in (1, 2)) == [
        (4, S.TX_INACTIVE),
        (16, S.TX_BAD_VC),
        (0xFFFF, S.TX_BAD_VC),
    ]
    cnt = _counters(nic)
    assert cnt["TX_FRAMES"] == 11 and cnt["TX_BAD_DESC"] == 4 and cnt["TX_DMA_ERRORS"] == 1
    err = unpack("DMA_ERR_STATUS", await h.r("DMA_ERR_STATUS"))
    assert err == {"source": DmaErrSource.TX_DATA, "resp": DECERR}
    assert (await h.r("DMA_ERR_ADDR_HI")) << 32 | await h.r("DMA_ERR_ADDR_LO") == outside
    assert nic.irqs.level(3)
    # the core saw the bad-VC ones never: TX_DROPPED = zero, oversize, inactive, 2 bad desc, dma error
    assert nic.live_counter("TX_DROPPED") == 6
    # the good frames arrived intact, nothing else did
    assert [(cpl.vc, d) for cpl, d in h.reap_rx()] == [(1, good), (2, good), (1, good)]
    st = unpack("DMA_STATUS", await h.r("DMA_STATUS"))
    assert st["tx_halted"] == 0 and st["tx_idle"] == 1


@arun
async def test_tx_buffer_read_slverr_window():
    nic, c = await _nic(vcs=(1,))
    h = Host(nic)
    await h.program()
    await h.post_rx(8)
    bad = h.alloc(4096, align=4096)
    nic.memory.write(bad, _payload(300, 3))
    nic.memory.error_window(bad + 256, bad + 264)  # the third 128-byte burst
    h.put_tx(1, b"", addr=bad, length=300)
    h.put_tx(1, _payload(40, 4))
    await h.tx_doorbell()
    await _settle(nic)
    assert [t.status for t in h.reap_tx()] == [TxStatusCode.TX_DMA_ERROR, TX_OK]
    err = unpack("DMA_ERR_STATUS", await h.r("DMA_ERR_STATUS"))
    assert err == {"source": DmaErrSource.TX_DATA, "resp": SLVERR}
    assert await h.r("DMA_ERR_ADDR_LO") == (bad + 256) & 0xFFFFFFFF
    assert [d for _, d in h.reap_rx()] == [_payload(40, 4)]


@arun
async def test_rx_write_error_completes_rx_dma_error_with_its_buffers():
    nic, c = await _nic(vcs=(1,))
    h = Host(nic, buf_size=128)
    await h.program()
    await h.post_rx(8)
    nic.memory.error_window(h.rx_bufs[1], h.rx_bufs[1] + 8)  # the PDU's second buffer
    await h.send(1, _payload(300, 5))
    await h.send(1, _payload(30, 6))
    await _settle(nic)
    (c1, _), (c2, d2) = h.reap_rx()
    assert (c1.status, c1.nbufs, c1.buf_index, c1.length) == (RxStatusCode.RX_DMA_ERROR, 3, 0, 300)
    assert c1.core_status == RX_OK
    assert (c2.status, c2.buf_index, d2) == (RX_OK, 3, _payload(30, 6))
    assert _counters(nic)["RX_DMA_ERRORS"] == 1
    err = unpack("DMA_ERR_STATUS", await h.r("DMA_ERR_STATUS"))
    assert err == {"source": DmaErrSource.RX_DATA, "resp": SLVERR}


@arun
async def test_doorbell_checks():
    nic, c = await _nic(vcs=(1,))
    h = Host(nic, rxf=4, txcq=4)
    await h.program()
    await h.w("RXF_PROD", 17)  # 17 entries in a 16-entry ring
    await h.w("TXCQ_HEAD", 1)  # past the tail (0)
    await h.w("RXCQ_HEAD", 0xFFFF)  # backwards past the tail
    assert _counters(nic)["DOORBELL_ERRORS"] == 3
    assert await h.r("RXF_PROD") == 0 and await h.r("TXCQ_HEAD") == 0
    assert nic.irqs.level(3)
    await h.w("DMA_INT_STATUS", 0x4)
    assert not nic.irqs.level(3)
    # the rings keep going
    await h.post_rx(16)
    await h.send(1, b"ok")
    await _settle(nic)
    assert [t.status for t in h.reap_tx()] == [TX_OK] and len(h.reap_rx()) == 1
    await h.txcq_doorbell()
    assert _counters(nic)["DOORBELL_ERRORS"] == 3


@arun
async def test_fetch_and_completion_write_errors_halt_until_reset():
    nic, c = await _nic(vcs=(1,))
    h = Host(nic)
    await h.program()
    await h.post_rx(4)
    nic.memory.inject_error("read", resp=SLVERR)  # the next read: the descriptor fetch
    await h.send(1, b"first")
    st = unpack("DMA_STATUS", await h.r("DMA_STATUS"))
    assert st["tx_halted"] == 1 and st["tx_idle"] == 1 and await h.r("TX_CONS") == 0
    assert unpack("DMA_ERR_STATUS", await h.r("DMA_ERR_STATUS"))["source"] == DmaErrSource.TX_FETCH
    assert nic.irqs.level(3)
    # a halted engine ignores doorbells' work; reset (both idle) revives it
    await h.w("DMA_CTRL", pack("DMA_CTRL", rx_enable=1, tx_enable=1, reset=1))
    assert unpack("DMA_STATUS", await h.r("DMA_STATUS"))["tx_halted"] == 0
    assert await h.r("TX_PROD") == 0 and await h.r("RXF_PROD") == 0
    h.tx_prod = h.rxf_prod = 0
    h.rx_bufs.clear()
    await h.post_rx(4)
    await h.send(1, b"again")
    await _settle(nic)
    assert [(t.status, t.phase) for t in h.reap_tx()] == [(TX_OK, 1)]
    # an RX CQ outside memory: the completion write fails, RX halts
    await h.w("RXCQ_BASE_HI", 0)
    await h.send(1, b"lost")
    await _settle(nic)
    st = unpack("DMA_STATUS", await h.r("DMA_STATUS"))
    assert st["rx_halted"] == 1
    assert unpack("DMA_ERR_STATUS", await h.r("DMA_ERR_STATUS")) == {
        "source": DmaErrSource.RXCQ_WRITE,
        "resp": DECERR,
    }


@arun
async def test_reset_with_a_full_ring():
    """A full TX ring and free ring, engines stopped, reset: indices back to zero, the
    posted descriptors are the driver's again, nothing is completed for them; the same
    rings work from index 0 afterwards."""
    nic, c = await _nic(vcs=(1,))
    h = Host(nic)
    await h.program(enable=False)
    for k in range(256):
        h.put_tx(1, bytes([k]))
    await h.tx_doorbell()
    await h.post_rx(256)
    assert await h.r("TX_PROD") == 256 and await h.r("RXF_PROD") == 256
    await h.w("DMA_CTRL", pack("DMA_CTRL", reset=1))
    for name in (
        "TX_PROD",
        "TX_CONS",
        "TXCQ_HEAD",
        "TXCQ_TAIL",
        "RXF_PROD",
        "RXF_CONS",
        "RXCQ_HEAD",
        "RXCQ_TAIL",
    ):
        assert await h.r(name) == 0, name
    assert await h.r("TX_RING_SIZE") == 8  # ring registers keep their values
    assert nic.live_counter("PDUS_TX") == 0 and not h.reap_tx()
    h.tx_prod = h.rxf_prod = 0
    h.rx_bufs.clear()
    await h.w("DMA_CTRL", pack("DMA_CTRL", tx_enable=1, rx_enable=1))
    await h.post_rx(4)
    await h.send(1, b"after reset")
    await _settle(nic)
    assert [(t.status, t.phase) for t in h.reap_tx()] == [(TX_OK, 1)]
    assert [(cpl.buf_index, d) for cpl, d in h.reap_rx()] == [(0, b"after reset")]
    # reset while an engine is busy (a completion waiting for CQ room) is ignored
    await h.w("TXCQ_SIZE", 0)  # CQ off: completions wait
    await h.send(1, b"pending")
    await _settle(nic)
    assert unpack("DMA_STATUS", await h.r("DMA_STATUS"))["tx_idle"] == 0
    await h.w("DMA_CTRL", pack("DMA_CTRL", tx_enable=1, rx_enable=1, reset=1))
    assert await h.r("TX_CONS") == 2 and await h.r("TXCQ_TAIL") == 1
    await h.w("TXCQ_SIZE", 8)
    await h.txcq_doorbell()
    assert [(t.status, t.phase) for t in h.reap_tx()] == [(TX_OK, 1)]



@arun
async def test_reset_is_ignored_by_a_busy_rx_engine():
    """DMA_CTRL.reset while the RX engine is busy (a PDU taken, its completion waiting for
    RX CQ room): the RX engine keeps its indices, prefetched buffers and the PDU (its bus
    work cannot be recalled; a driver resets only idle engines, DMA_STATUS.rx_idle); the
    counters are cleared; once the CQ has room the PDU completes in its buffer. Then,
    idle, the same pulse resets it (vcnic_dma_rx, tests/test_dma_rx.py, does the same)."""
    nic, c = await _nic(vcs=(1,))
    h = Host(nic, rxcq=1)  # a 2-entry RX CQ
    await h.program()
    await h.post_rx(8)
    for k in range(3):
        await h.send(1, _payload(100, k))
    await _settle(nic)
    assert await h.r("RXCQ_TAIL") == 2 and nic.rx.held  # the third waits for CQ room
    assert unpack("DMA_STATUS", await h.r("DMA_STATUS"))["rx_idle"] == 0
    cons = await h.r("RXF_CONS")
    await h.w("DMA_CTRL", pack("DMA_CTRL", tx_enable=1, rx_enable=1, reset=1))
    assert await h.r("RXCQ_TAIL") == 2 and await h.r("RXF_CONS") == cons
    assert await h.r("RX_PDUS_IN") == 0  # the counters are cleared in any case
    got = h.reap_rx()
    assert [cpl.buf_index for cpl, _ in got] == [0, 1]
    await h.rxcq_doorbell()
    await _settle(nic)
    (cpl, data), = h.reap_rx()
    assert (cpl.status, cpl.buf_index, cpl.phase, data) == (RX_OK, 2, 0, _payload(100, 2))
    assert unpack("DMA_STATUS", await h.r("DMA_STATUS"))["rx_idle"] == 1
    await h.w("DMA_CTRL", pack("DMA_CTRL", rx_enable=1, tx_enable=1, reset=1))
    assert await h.r("RXCQ_TAIL") == 0 and await h.r("RXF_CONS") == 0

@arun
async def test_errored_pdu_to_an_rx_errored_vc_and_core_status():
    """A CRC-errored PDU delivered to an rx_errored VC: status = core_status = RX_CRC,
    length = the raw CPCS-PDU; a PDU the DMA fails keeps the core's status in
    core_status (the driver counts it in exactly one drop counter)."""
    from vcnic.atm.aal5 import segment

    nic, c = await _nic(vcs=(), loopback=False)
    assert await c.activate(1, VcParams(vpi=1, vci=100, max_sdu=2000, rx_errored=1)) == 0
    h = Host(nic, buf_size=64)
    await h.program()
    cells = [x.to_bytes() for x in segment(_payload(100, 7), 1, 100, uu=5, cpi=6)]
    bad = bytearray(cells[1])
    bad[20] ^= 0x04
    cells[1] = bytes(bad)
    await h.post_rx(3)
    for x in cells:
        nic.line_rx(x)
    [(cpl, d)] = h.reap_rx()
    assert (cpl.status, cpl.core_status) == (RxStatusCode.RX_CRC, RxStatusCode.RX_CRC)
    assert (cpl.length, cpl.nbufs, cpl.uu, cpl.cpi) == (144, 3, 5, 6)
    assert d == b"".join(x[5:] for x in cells)
    # the same PDU with 2 free buffers (144 bytes need 3 of 64): the DMA fails it
    await h.post_rx(2)
    for x in cells:
        nic.line_rx(x)
    [(cpl, d)] = h.reap_rx()
    assert (cpl.status, cpl.core_status) == (RxStatusCode.RX_NO_BUFFER, RxStatusCode.RX_CRC)
    assert (cpl.length, cpl.nbufs, cpl.buf_index) == (128, 2, 3)
    assert _counters(nic)["RX_NO_BUFFER"] == 1


@arun
async def test_deactivate_with_descriptors_in_flight():
    """DEACTIVATE while the VC's descriptors are in the ring and in the core: every
    descriptor yields exactly one completion, in VC order (sent, aborted, inactive);
    the other VC is not disturbed."""
    nic, c = await _nic(vcs=(1, 2))
    h = Host(nic)
    await h.program()
    await h.post_rx(128)
    for k in range(30):
        h.put_tx(1 + k % 2, _payload(200, k))
    await h.tx_doorbell()
    for _ in range(10):  # let a few cells go
        await asyncio.sleep(0)
    assert await c.deactivate(1) == VcResult.OK
    for k in range(5):
        h.put_tx(1, _payload(10, 100 + k))  # after DEACTIVATE: TX_INACTIVE
        h.put_tx(2, _payload(10, 200 + k))
    await h.tx_doorbell()
    await _settle(nic)
    S = TxStatusCode
    txc = h.reap_tx()
    vc1 = [t.status for t in txc if t.vc == 1]
    assert len(vc1) == 20 and len(txc) == 40
    n_ok = vc1.count(S.TX_OK)
    assert 0 < n_ok < 15
    assert vc1 == [S.TX_OK] * n_ok + [S.TX_ABORTED] * (15 - n_ok) + [S.TX_INACTIVE] * 5
    assert [t.status for t in txc if t.vc == 2] == [S.TX_OK] * 20
    rx = h.reap_rx()
    assert [d for cpl, d in rx if cpl.vc == 2] == [_payload(200, k) for k in range(1, 30, 2)] + [
        _payload(10, 200 + k) for k in range(5)
    ]
    assert [d for cpl, d in rx if cpl.vc == 1] == [_payload(200, k) for k in range(0, 2 * n_ok, 2)]


@arun
async def test_enables_stop_engines_at_frame_boundaries():
    nic, c = await _nic(vcs=(1,))
    h = Host(nic)
    await h.program(enable=False)
    await h.post_rx(8)
    await h.send(1, b"held in the ring")
    await _settle(nic)
    st = unpack("DMA_STATUS", await h.r("DMA_STATUS"))
    assert (st["tx_idle"], await h.r("TX_CONS")) == (1, 0)
    await h.w("DMA_CTRL", pack("DMA_CTRL", tx_enable=1))  # RX still off
    await _settle(nic)
    assert await h.r("TX_CONS") == 1 and [t.status for t in h.reap_tx()] == [TX_OK]
    assert len(nic.rx.held) == 1 and not h.reap_rx()  # the PDU waits in the core
    st = unpack("DMA_STATUS", await h.r("DMA_STATUS"))
    assert st["rx_idle"] == 1  # rx_enable = 0: stopped
    await h.w("DMA_CTRL", pack("DMA_CTRL", tx_enable=1, rx_enable=1))
    assert [d for _, d in h.reap_rx()] == [b"held in the ring"]
    # a stalled host RX (the model's knob) holds PDUs in the core as well
    nic.stall_rx(True)
    await h.send(1, b"stalled")
    await _settle(nic)
    assert not h.reap_rx()
    nic.stall_rx(False)
    assert [d for _, d in h.reap_rx()] == [b"stalled"]


@arun
async def test_tx_back_pressure_from_the_core_buffer():
    """The core's TX buffer full: TX_CONS stops at the frame that does not fit (its
    buffer is still the NIC's), and moves on as cells leave the line."""
    nic, c = await _nic(vcs=(1,), tx_buf_cells=16, max_sdu=700)
    await c.set_ctrl(enable=0)  # nothing leaves the line
    h = Host(nic)
    await h.program()
    await h.post_rx(64)
    for k in range(5):
        h.put_tx(1, _payload(300, k))  # 7 cells each
    await h.tx_doorbell()
    assert await h.r("TX_CONS") == 2  # 14 of 16 cells
    assert unpack("DMA_STATUS", await h.r("DMA_STATUS"))["tx_idle"] == 0
    await c.set_ctrl(enable=1)
    await _settle(nic)
    assert await h.r("TX_CONS") == 5
    assert [d for _, d in h.reap_rx()] == [_payload(300, k) for k in range(5)]


@arun
async def test_coalescing_count_lowered_and_timer_stopped():
    """As rtl/dma/vcnic_dma_irq.v: lowering the count to or below the completions already
    pending fires at once; a timer set to 0 stops the pending timeout."""
    nic, c = await _nic(vcs=(1,))
    h = Host(nic)
    await h.program(tx_irq=pack("TXCQ_IRQ", count=8, timer=0))
    await h.post_rx(16)
    for k in range(3):
        h.put_tx(1, _payload(20, k))
    await h.tx_doorbell()
    await _settle(nic)
    assert "tx_cq" not in [n for _, n in nic.dma.cause_log] and not nic.irqs.level(1)
    await h.w("TXCQ_IRQ", pack("TXCQ_IRQ", count=3))
    assert [n for _, n in nic.dma.cause_log].count("tx_cq") == 1 and nic.irqs.level(1)
    # a running timer stopped by timer = 0: no cause until the count is reached (RX CQ,
    # fed synchronously through line RX so the timer cannot expire in between)
    from vcnic.atm.aal5 import segment

    await c.set_ctrl(loopback=0)
    await h.w("RXCQ_IRQ", pack("RXCQ_IRQ", count=2, timer=60000))
    n0 = [n for _, n in nic.dma.cause_log].count("rx_cq")
    for x in segment(b"first", 0, 33):
        nic.line_rx(x.to_bytes())
    assert nic.dma.deadline() is not None
    nic.write_reg(DMA_ADDRESS["RXCQ_IRQ"], pack("RXCQ_IRQ", count=2, timer=0))
    assert nic.dma.deadline() is None
    await _settle(nic)
    assert [n for _, n in nic.dma.cause_log].count("rx_cq") == n0
    for x in segment(b"second", 0, 33):
        nic.line_rx(x.to_bytes())
    assert [n for _, n in nic.dma.cause_log].count("rx_cq") == n0 + 1
    assert [d for _, d in h.reap_rx()][-2:] == [b"first", b"second"]


def test_stream_calls_refused_with_dma():
    nic = NicModel(host="dma")
    with pytest.raises(ValueError):
        nic._host_tx_put(1, b"x", 0, 0, 0)
    with pytest.raises(ValueError):
        nic.take_rx()


async def _random_run(seed: int) -> None:
    """Random rings, buffer sizes, batches and bad descriptors on 4 VCs; the ledger:
    every descriptor exactly one TX completion with the expected status in VC order;
    every good frame either delivered byte for byte, or completed RX_NO_BUFFER with a
    correct prefix, or counted in the core's NO_BUFFER; phases and buffer indices right."""
    rng = random.Random(seed)
    S = TxStatusCode
    max_sdu = {vc: rng.choice((100, 700, 3000)) for vc in (1, 2, 3, 4)}
    nic = NicModel(host="dma", num_vc=8, rx_buf_cells=rng.choice((64, 1024)))
    c = RegisterClient(nic.window)
    await c.set_ctrl(enable=1, loopback=1)
    for vc, m in max_sdu.items():
        assert await c.activate(vc, VcParams(vci=32 + vc, max_sdu=m)) == VcResult.OK
    tx = rng.randint(2, 6)
    h = Host(nic, tx=tx, txcq=tx + rng.randint(0, 1), rxf=rng.randint(2, 6),
             rxcq=rng.randint(1, 6), buf_size=rng.choice((64, 128, 256, 2048)))
    await h.program(tx_irq=pack("TXCQ_IRQ", count=rng.randint(0, 4), timer=rng.choice((0, 500))),
                    rx_irq=pack("RXCQ_IRQ", count=rng.randint(0, 4), timer=rng.choice((0, 500))))
    expect_tx: dict[int, list[int]] = {}
    good: dict[int, list[bytes]] = {vc: [] for vc in max_sdu}
    got_tx: dict[int, list[int]] = {}
    got_rx: dict[int, list[tuple[int, bytes]]] = {vc: [] for vc in max_sdu}
    outstanding = 0
    outside = nic.memory.base + nic.memory.size
    await h.post_rx(1 << h.log2["rxf"])
    for _batch in range(12):
        for _ in range(rng.randint(0, (1 << tx) - outstanding)):
            vc = rng.choice((1, 2, 3, 4))
            kind = rng.choices(
                ("ok", "zero", "over", "badvc", "inactive", "misaligned", "reserved", "outside"),
                weights=(12, 1, 1, 1, 1, 1, 1, 1),
            )[0]
            data = _payload(rng.randint(1, max_sdu[vc]), rng.getrandbits(32))
            status = {"ok": S.TX_OK, "zero": S.TX_ZERO_LENGTH, "over": S.TX_OVERSIZE,
                      "badvc": S.TX_BAD_VC, "inactive": S.TX_INACTIVE,
                      "misaligned": S.TX_BAD_DESC, "reserved": S.TX_BAD_DESC,
                      "outside": S.TX_DMA_ERROR}[kind]
            if kind == "zero":
                h.put_tx(vc, b"", length=0)
            elif kind == "over":
                h.put_tx(vc, _payload(max_sdu[vc] + 1, 0))
            elif kind == "badvc":
                vc = rng.choice((8, 100, 0xFFFF))
                h.put_tx(vc, data)
            elif kind == "inactive":
                vc = rng.choice((0, 5, 6, 7))
                h.put_tx(vc, data)
            elif kind == "misaligned":
                h.put_tx(vc, data, addr=h.alloc(len(data) + 8) + rng.choice((1, 4)))
            elif kind == "reserved":
                h.put_tx(vc, data, reserved=1 << rng.randint(0, 14))
            elif kind == "outside":
                h.put_tx(vc, data, addr=outside + 64 * rng.randint(0, 100))
            else:
                h.put_tx(vc, data)
                good[vc].append(data)
            expect_tx.setdefault(vc, []).append(status)
            outstanding += 1
        await h.tx_doorbell()
        await _settle(nic)
        for t in h.reap_tx():
            got_tx.setdefault(t.vc, []).append(t.status)
            outstanding -= 1
        await h.txcq_doorbell()
        while True:  # the RX CQ may have been full: reap until nothing more comes
            rx = h.reap_rx()
            if not rx:
                break
            for cpl, d in rx:
                assert cpl.core_status == RX_OK
                got_rx[cpl.vc].append((cpl.status, d))
            await h.rxcq_doorbell()
            await h.post_rx(sum(cpl.nbufs for cpl, _ in rx))
            await _settle(nic)
    assert outstanding == 0 and got_tx == expect_tx
    cnt = _counters(nic)
    assert cnt["TX_FRAMES"] == sum(map(len, expect_tx.values()))
    assert cnt["RX_PDUS_IN"] == sum(map(len, got_rx.values()))
    assert cnt["TX_BAD_DESC"] == sum(
        s in (S.TX_BAD_DESC, S.TX_BAD_VC) for v in expect_tx.values() for s in v
    )
    assert cnt["TX_DMA_ERRORS"] == sum(s == S.TX_DMA_ERROR for v in expect_tx.values() for s in v)
    assert cnt["RX_NO_BUFFER"] == sum(
        st == RxStatusCode.RX_NO_BUFFER for v in got_rx.values() for st, _ in v
    )
    skipped = 0  # good frames the core dropped (its RX buffer full: RX CQ back-pressure)
    for vc, frames in good.items():
        it = iter(frames)
        for st, d in got_rx[vc]:
            data = next(it)
            while not (d == data if st == RX_OK else d == data[: len(d)]):
                skipped += 1
                data = next(it)
            assert st in (RX_OK, RxStatusCode.RX_NO_BUFFER)
        skipped += len(list(it))
    assert skipped == nic.live_counter("NO_BUFFER")


@pytest.mark.parametrize("seed", range(20))
def test_random_rings_ledger(seed):
    asyncio.run(asyncio.wait_for(_random_run(9_100_000 + seed), 30))


@arun
async def test_idle_follows_frames_in_the_core_and_producers_never_move_back():
    """TX is idle only when every frame it gave the core has its completion written
    (tx_enable = 0 or not): DMA_CTRL.reset is refused meanwhile, so no completion of an
    earlier life lands in the new CQ. RX with a PDU waiting for CQ room is not idle. A
    producer doorbell that moves backwards is refused (vcnic_dma_tx/rx)."""
    nic, c = await _nic(vcs=(1,))
    await c.set_ctrl(enable=0)  # the core sends nothing
    h = Host(nic, rxcq=1)
    await h.program()
    await h.w("RXF_PROD", 3)
    await h.send(1, b"in the core")
    await h.w("DMA_CTRL", pack("DMA_CTRL", rx_enable=1))  # TX off, the frame in the core
    assert unpack("DMA_STATUS", await h.r("DMA_STATUS"))["tx_idle"] == 0
    assert _counters(nic)["TX_FRAMES"] == 1
    await h.w("DMA_CTRL", pack("DMA_CTRL", rx_enable=1, reset=1))
    assert await h.r("TX_CONS") == 1  # the busy TX engine ignores it
    assert await h.r("RXF_PROD") == 0 and await h.r("RXF_CONS") == 0  # the idle RX does not
    assert _counters(nic)["TX_FRAMES"] == 0  # counters are cleared in any case
    await h.post_rx(8)
    await c.set_ctrl(enable=1)
    await _settle(nic)
    assert unpack("DMA_STATUS", await h.r("DMA_STATUS"))["tx_idle"] == 1
    assert [t.status for t in h.reap_tx()] == [TX_OK]
    # RX CQ (2 entries) full with a third PDU waiting: RX not idle
    await h.w("DMA_CTRL", pack("DMA_CTRL", tx_enable=1, rx_enable=1))
    for k in range(2):
        h.put_tx(1, bytes([k]) * 8)
    await h.tx_doorbell()
    await _settle(nic)
    assert await h.r("RXCQ_TAIL") == 2 and len(nic.rx.held) == 1
    assert unpack("DMA_STATUS", await h.r("DMA_STATUS"))["rx_idle"] == 0
    await h.w("DMA_CTRL", pack("DMA_CTRL", rx_enable=0))
    assert unpack("DMA_STATUS", await h.r("DMA_STATUS"))["rx_idle"] == 1
    # producers never move backwards
    errs = _counters(nic)["DOORBELL_ERRORS"]
    await h.w("RXF_PROD", h.rxf_prod - 1)
    await h.w("TX_PROD", h.tx_prod - 1)
    assert _counters(nic)["DOORBELL_ERRORS"] == errs + 2
    assert await h.r("RXF_PROD") == h.rxf_prod and await h.r("TX_PROD") == h.tx_prod


def test_one_shot_errors_from_an_address():
    m = ModelHostMemory(base=0x1000, size=0x1000)
    m.inject_error("read", count=1, resp=DECERR, addr=0x1800)
    assert m.dma_read(0x1000, 64)[1] == 0  # ends below 0x1800: not this one
    assert m.dma_read(0x17F8, 16)[1] == DECERR  # reaches 0x1800
    assert m.dma_read(0x1800, 8)[1] == 0  # used up
    assert list(m.errors) == [("read", 0x17F8, 16, DECERR)]


@pytest.mark.parametrize("data_w,axi_data_w", [(32, 32), (32, 64), (64, 64), (64, 128)])
def test_bus_widths(data_w, axi_data_w):
    """Alignment follows AXI_DATA_W/8; cycles per slot follow DATA_W; DMA_CAP says so."""

    async def run():
        nic, c = await _nic(vcs=(1,), data_w=data_w, axi_data_w=axi_data_w)
        h = Host(nic)
        await h.program()
        await h.post_rx(8)
        beat = axi_data_w // 8
        assert unpack("DMA_CAP", await h.r("DMA_CAP"))["data_width"] == axi_data_w
        a = h.alloc(256, align=256)
        h.put_tx(1, b"", addr=a + beat, length=0)  # aligned, zero length
        nic.memory.write(a + beat, b"aligned!")
        h.put_tx(1, b"", addr=a + beat, length=8)
        h.put_tx(1, b"", addr=a + beat // 2, length=8)  # half a beat off
        await h.tx_doorbell()
        await _settle(nic)
        S = TxStatusCode
        assert [t.status for t in h.reap_tx()] == [S.TX_ZERO_LENGTH, S.TX_OK, S.TX_BAD_DESC]
        assert [d for _, d in h.reap_rx()] == [b"aligned!"]
        assert nic.dma.cps == -(-53 // (data_w // 8))

    asyncio.run(asyncio.wait_for(run(), 20))


@arun
async def test_free_buffer_prefetch_and_its_fetch_error():
    """Free-buffer descriptors are read ahead in bursts of at most 16 (PF_DEPTH 32), only
    with rx_enable = 1; a fetch answered with an error halts RX at once (before any PDU),
    the PDUs then wait in the core; reset and a good ring revive it."""
    nic, c = await _nic(vcs=(1,))
    h = Host(nic, rxf=8)
    await h.program(enable=False)
    await h.post_rx(100)
    assert await h.r("RXF_CONS") == 0  # rx_enable = 0: nothing read
    await h.w("DMA_CTRL", pack("DMA_CTRL", tx_enable=1, rx_enable=1))
    assert await h.r("RXF_CONS") == 32
    await h.send(1, _payload(5000, 1))  # 3 buffers of 2048
    await _settle(nic)
    [(cpl, d)] = h.reap_rx()
    assert (cpl.buf_index, cpl.nbufs, d) == (0, 3, _payload(5000, 1))
    assert await h.r("RXF_CONS") == 32  # 29 prefetched left: no room for a burst of 16
    # a free ring that is not where the driver said: halted at the doorbell
    await h.w("DMA_CTRL", pack("DMA_CTRL", tx_enable=0, rx_enable=0))
    await h.w("DMA_CTRL", pack("DMA_CTRL", reset=1))
    h.tx_prod = 0
    bad = nic.memory.base + nic.memory.size - 64  # 8 descriptors, then past the end
    await h.w("RXF_BASE_LO", bad & 0xFFFFFFFF)
    await h.w("RXF_BASE_HI", bad >> 32)
    await h.w("DMA_CTRL", pack("DMA_CTRL", tx_enable=1, rx_enable=1))
    await h.w("RXF_PROD", 12)
    st = unpack("DMA_STATUS", await h.r("DMA_STATUS"))
    # a burst of 8 up to the 4 KiB boundary (the end of memory), then 4 beyond: DECERR
    assert (st["rx_halted"], await h.r("RXF_CONS")) == (1, 8)
    assert unpack("DMA_ERR_STATUS", await h.r("DMA_ERR_STATUS")) == {
        "source": DmaErrSource.RXF_FETCH,
        "resp": DECERR,
    }
    assert (await h.r("DMA_ERR_ADDR_HI")) << 32 | await h.r("DMA_ERR_ADDR_LO") == bad + 64
    await h.send(1, b"waits in the core")
    await _settle(nic)
    assert len(nic.rx.held) == 1 and await h.r("RX_PDUS_IN") == 0  # not taken


@arun
async def test_tx_descriptor_prefetch_bursts_and_a_bad_one():
    """TX descriptors are read ahead in bursts of MAX_BURST beats (8 descriptors at 64
    bits): an error window on the 6th halts TX at the burst that holds it, before any of
    its frames reaches the core (DMA_ERR_ADDR = the burst's address)."""
    nic, c = await _nic(vcs=(1,))
    h = Host(nic, tx=4)
    await h.program()
    await h.post_rx(32)
    for k in range(10):
        h.put_tx(1, bytes([k]) * 9)
    await h.tx_doorbell()  # 10: a burst of 8, then one of 2
    await _settle(nic)
    assert await h.r("TX_CONS") == 10 and len(h.reap_tx()) == 10
    await h.txcq_doorbell()
    # the next 8 from index 10: slots 10..15 (a burst of 6 up to the ring's end), 0..1
    for k in range(8):
        h.put_tx(1, bytes([k]) * 9)
    await h.tx_doorbell()
    await _settle(nic)
    assert await h.r("TX_CONS") == 18 and len(h.reap_tx()) == 8
    await h.txcq_doorbell()
    nic.memory.error_window(h.tx_ring + 5 * 16, h.tx_ring + 6 * 16)  # slot 5
    for k in range(8):
        h.put_tx(1, bytes([k]) * 9)  # slots 2..9: one burst of 8 holding slot 5
    await h.tx_doorbell()
    await _settle(nic)
    st = unpack("DMA_STATUS", await h.r("DMA_STATUS"))
    assert st["tx_halted"] == 1 and await h.r("TX_CONS") == 18
    err = unpack("DMA_ERR_STATUS", await h.r("DMA_ERR_STATUS"))
    assert err == {"source": DmaErrSource.TX_FETCH, "resp": SLVERR}
    assert (await h.r("DMA_ERR_ADDR_HI")) << 32 | await h.r("DMA_ERR_ADDR_LO") == h.tx_ring + 2 * 16
