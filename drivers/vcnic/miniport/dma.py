"""The miniport's ring manager: a `vcnic.hw.DataPort` on the NIC's DMA host interface.

What a real NIC driver does (corundum's mqnic driver and Linux NAPI are the models;
docs/dma.md is the contract, docs/driver.md the CoNDIS mapping):
- rings in host memory from a `HostAllocator`: the TX ring and its completion queue, the
  RX free-buffer ring and its completion queue, all zeroed before the engines start;
- TX: `send()` copies the SDU into a buffer and writes a descriptor, no register access;
  `flush()` writes TX_PROD once for everything posted since the last flush (the adapter's
  send pump calls it once per batch). A full ring makes `send()` flush and wait for the
  NIC to consume descriptors (the NBL stays pending in NDIS terms);
- the interrupt path, one task per vector (1 TX CQ, 2 RX CQ, 3 error): clear the cause
  (W1C), reap entries by phase, write the CQ head once, repeat until the queue is empty;
- TX completions are matched to the oldest posted descriptor of their VC (per-VC FIFO),
  whose buffer is freed; TX_CONS (read only when the ring looks full) and the
  completions say which ring slots the NIC has consumed;
- RX: every completion's buffers are read into an `RxFrame` (multi-buffer PDUs, the raw
  CPCS-PDU of errored ones), then posted again to the free ring (replenishment) with one
  RXF_PROD doorbell per reaped batch. RX_NO_BUFFER / RX_DMA_ERROR completions become
  frames with that status so the adapter counts them;
- `rx_sync()` (DEACTIVATE): every PDU the DMA took from the core (RX_PDUS_IN) has been
  reaped; `stop()` (halt) gives every byte back to the allocator; `restart()` (reset).

Registers only through the generated DMA layer (`vcnic.regs.dma_register_map`,
`DMA_ADDRESS`), records only through `vcnic.regs.dma_layout`. Nothing here imports cocotb:
concurrency comes from a `vcnic.ndis.runtime.Runtime`.
"""

from __future__ import annotations

import logging
from collections import Counter, deque
from dataclasses import dataclass
from typing import Any

from ..hw import HostMemory, InterruptVectors, RegisterWindow, RxFrame, TxCompletion
from ..ndis.runtime import Runtime, detect_runtime
from ..regs import DMA_ADDRESS, DMA_ID, DmaErrSource, RxStatusCode, TxStatusCode, dma_register_map
from ..regs.dma_layout import RXB, RXC, TXC, TXD
from .host_alloc import HostAllocator, HostMemoryExhausted

__all__ = ["DmaPort", "DmaError", "DmaRxFrame"]

log = logging.getLogger(__name__)

_IDX = 0xFFFF  # indices are free-running 16-bit counters
_TX_VECTOR, _RX_VECTOR, _ERR_VECTOR = 1, 2, 3


class DmaError(RuntimeError):
    """The DMA port cannot do what was asked (not started, engine halted, bad config)."""


@dataclass(frozen=True)
class DmaRxFrame(RxFrame):
    """An `RxFrame` from the DMA path, with what the RX completion adds: the status the
    core gave the PDU and the PDU's length as the core delivered it (so a good PDU the
    DMA dropped is moved to exactly one drop counter)."""

    core_status: int = 0
    pdu_length: int = 0


def _extractor(rec: Any) -> dict[str, tuple[int, int]]:
    """field -> (lsb, mask) of a generated record, to decode without building objects."""
    return {n: (lsb, (1 << w) - 1) for n, (lsb, w) in rec.FIELDS.items()}


_TXC_F = _extractor(TXC)
_RXC_F = _extractor(RXC)
_TXD_F = _extractor(TXD)
_RXB_LSB = RXB.FIELDS["addr"][0]


def _pack_txd(**values: int) -> bytes:
    """A TXD's bytes (the generated layout's fields; a value wider than its field raises
    ValueError, like `TXD.pack`, without building a dataclass per frame)."""
    word = 0
    for name, v in values.items():
        lsb, mask = _TXD_F[name]
        if not 0 <= v <= mask:
            raise ValueError(f"TXD.{name} = {v} does not fit its field")
        word |= v << lsb
    return word.to_bytes(TXD.BYTES, "little")


class _TxDesc:
    __slots__ = ("idx", "vc", "buf")

    def __init__(self, idx: int, vc: int, buf: int | None):
        self.idx, self.vc, self.buf = idx, vc, buf


def _log2(n: int, what: str) -> int:
    if n < 2 or n & (n - 1):
        raise DmaError(f"{what} = {n}: a power of two >= 2")
    return n.bit_length() - 1


class DmaPort:
    """The ring manager. `tx_ring`, `rx_ring`: entries (powers of two; the completion
    queues get as many); `rx_buf_size`: bytes per free buffer (a multiple of 64,
    64..65536); `irq_count`, `irq_timer`: the coalescing programmed into TXCQ_IRQ and
    RXCQ_IRQ (count completions per interrupt; timer clock cycles after the first one,
    needed whenever count > 1); `alloc`: the host-memory allocator (default: all of
    `memory`)."""

    def __init__(self, window: RegisterWindow, memory: HostMemory, irqs: InterruptVectors,
                 *, runtime: Runtime | None = None, tx_ring: int = 256, rx_ring: int = 256,
                 rx_buf_size: int = 2048, irq_count: int = 8, irq_timer: int = 2048,
                 alloc: HostAllocator | None = None, sync_timeout: float | None = None):
        if rx_buf_size % 64 or not 64 <= rx_buf_size <= 65536:
            raise DmaError(f"rx_buf_size = {rx_buf_size}: a multiple of 64 in 64..65536")
        if not 0 <= irq_count <= 0xFFFF or not 0 <= irq_timer <= 0xFFFF:
            raise DmaError("irq_count and irq_timer are 16-bit values")
        if irq_count > 1 and irq_timer == 0:
            raise DmaError("irq_count > 1 needs a timer, or a burst's last completions "
                           "would wait for the next burst (docs/dma.md)")
        self.window, self.memory, self.irqs = window, memory, irqs
        self.runtime = runtime
        self.tx_log2 = _log2(tx_ring, "tx_ring")
        self.rx_log2 = _log2(rx_ring, "rx_ring")
        self.tx_size, self.rx_size = tx_ring, rx_ring
        self.rx_buf_size = rx_buf_size
        self.irq_count, self.irq_timer = irq_count, irq_timer
        self.alloc = alloc if alloc is not None else HostAllocator(memory)
        self.sync_timeout = sync_timeout
        self.regs = dma_register_map(window.read, window.write)
        self._a = DMA_ADDRESS  # fast-path doorbells: addresses from the generated map
        st = self.regs.DMA_INT_STATUS
        self._cause = {_TX_VECTOR: st.tx_cq.bitmask, _RX_VECTOR: st.rx_cq.bitmask,
                       _ERR_VECTOR: st.error.bitmask}
        self.stats: Counter = Counter()
        #: Most recent DMA error, as text; set for good when an engine halts.
        self.error: str | None = None
        self.halted = False
        #: The RX engine is halted: it takes no PDU from the core until a reset.
        self.rx_halted = False
        self.running = False
        self._paused = False
        self.beat = 8
        self._tasks: list[Any] = []
        self._txc_q: deque[TxCompletion] = deque()
        self._rx_q: deque[DmaRxFrame] = deque()
        self._events_ready = False
        self._reset_books()

    # ------------------------------------------------------------------ books
    def _reset_books(self) -> None:
        self._tx_prod = self._tx_flushed = self._tx_clean = 0  # unbounded counters
        self._txcq_head = 0
        self._tx_slots: list[_TxDesc | None] = [None] * self.tx_size
        self._tx_fifo: dict[int, deque[_TxDesc]] = {}
        self._tx_posted = 0  # descriptors without their completion yet
        self._rxf_prod = 0
        self._rxcq_head = 0
        self._rx_bufs: list[int] = [0] * self.rx_size  # free-ring slot -> buffer address
        self._rx_reaped = 0
        self._rx_in_base = 0
        self._rings: dict[str, int] = {}

    def _ensure_events(self) -> None:
        if self._events_ready:
            return
        rt = self.runtime
        self._txc_ev = rt.event()  # TX completion queued for tx_completion()
        self._rx_ev = rt.event()  # frame queued for receive()
        self._tx_room_ev = rt.event()  # descriptors consumed / completed
        self._rx_reap_ev = rt.event()  # RX completions reaped
        self._run_ev = rt.event()  # set while running (a send during a reset waits)
        self._tx_lock = rt.lock()
        self._rx_lock = rt.lock()
        self._events_ready = True

    # ------------------------------------------------------------------ registers
    async def _w(self, name: str, value: int) -> None:
        await self.window.write(self._a[name], value)

    async def _r(self, name: str) -> int:
        return await self.window.read(self._a[name])

    def _field(self, reg: str, field: str, value: int) -> int:
        f = getattr(getattr(self.regs, reg), field)
        return (value & f.bitmask) >> f.low

    # ------------------------------------------------------------------ start / stop
    async def start(self) -> None:
        """Identify the DMA block, allocate and zero the rings, program them, post every
        RX buffer (one RXF_PROD doorbell), enable the engines and vectors 1-3, and start
        the interrupt tasks. Raises `DmaError` on an unknown block or a ring too big."""
        if self.runtime is None:
            self.runtime = detect_runtime()
        if self.sync_timeout is None:
            self.sync_timeout = self.runtime.default_timeout
        self._ensure_events()
        if self.running:
            await self.stop(discard=False)
        r = self.regs
        ident = await r.DMA_ID.read()
        if ident != DMA_ID:
            raise DmaError(f"unknown DMA block ID 0x{ident:08X} (expected 0x{DMA_ID:08X})")
        cap = await r.DMA_CAP.read()
        data_width = self._field("DMA_CAP", "data_width", cap)
        max_log2 = self._field("DMA_CAP", "max_ring_log2", cap)
        if data_width < 8 or data_width & (data_width - 1):
            raise DmaError(f"DMA_CAP.data_width = {data_width}")
        for what, n in (("tx_ring", self.tx_log2), ("rx_ring", self.rx_log2)):
            if n > max_log2:
                raise DmaError(f"{what} of 2^{n} entries: the NIC takes at most "
                               f"2^{max_log2} (DMA_CAP.max_ring_log2)")
        self.beat = data_width // 8
        self.max_ring_log2 = max_log2
        await self._check_reset()
        self._reset_books()
        self.halted, self.rx_halted, self.error = False, False, None
        # rings: aligned to 4 KiB (a burst never crosses it anyway), zeroed before enabling
        a = self.alloc
        for name, size in (("TX_RING", TXD.BYTES << self.tx_log2),
                           ("TXCQ", TXC.BYTES << self.tx_log2),
                           ("RXF", RXB.BYTES << self.rx_log2),
                           ("RXCQ", RXC.BYTES << self.rx_log2)):
            addr = a.alloc(size, 4096)
            a.zero(addr, size)
            self._rings[name] = addr
        await r.DMA_INT_ENABLE.write(0)
        await r.DMA_INT_STATUS.write(r.DMA_INT_STATUS.bitmask)  # before any CQ can fill
        for name, log2 in (("TX_RING", self.tx_log2), ("TXCQ", self.tx_log2),
                           ("RXF", self.rx_log2), ("RXCQ", self.rx_log2)):
            base = self._rings[name]
            await self._w(f"{name}_BASE_LO", base & 0xFFFFFFFF)
            await self._w(f"{name}_BASE_HI", base >> 32)
            await self._w("TX_RING_SIZE" if name == "TX_RING" else f"{name}_SIZE", log2)
        await self._w("RX_BUF_SIZE", self.rx_buf_size)
        irq = r.TXCQ_IRQ.register_value(count=self.irq_count, timer=self.irq_timer)
        await self._w("TXCQ_IRQ", irq)
        await self._w("RXCQ_IRQ", irq)
        # every RX buffer posted, one doorbell
        align = max(64, self.beat)
        ring = bytearray()
        for i in range(self.rx_size):
            buf = a.alloc(self.rx_buf_size, align)
            self._rx_bufs[i] = buf
            ring += RXB(addr=buf).pack()
        self.memory.write(self._rings["RXF"], bytes(ring))
        self._rxf_prod = self.rx_size
        self._rx_in_base = await self._r("RX_PDUS_IN")
        await self._w("RXF_PROD", self._rxf_prod & _IDX)
        self.stats["rxf_doorbells"] += 1
        await r.DMA_INT_ENABLE.write(r.DMA_INT_ENABLE.register_value(
            tx_cq=1, rx_cq=1, error=1))
        await r.DMA_CTRL.write(r.DMA_CTRL.register_value(tx_enable=1, rx_enable=1, reset=0))
        # completions the NIC still owed descriptors of before a stop (a reset never
        # orphans them) land in the new TX CQ now: reaped as unmatched before any send.
        # On the RTL their writes take bus time: wait until the TX engine is idle (ring
        # empty, every completion it holds written), or a late one would be matched to
        # a new send of its VC
        await self._wait_idle(rx=False)
        await self._reap_tx_locked()
        self.running = True
        self._paused = False
        self._run_ev.set()
        rt = self.runtime
        self._tasks = [
            rt.spawn(self._irq_loop(_TX_VECTOR, self._reap_tx_locked), "vcnic-dma-txcq"),
            rt.spawn(self._irq_loop(_RX_VECTOR, self._reap_rx_locked), "vcnic-dma-rxcq"),
            rt.spawn(self._irq_loop(_ERR_VECTOR, self._on_error), "vcnic-dma-error"),
        ]

    async def stop(self, discard: bool = True) -> None:
        """Halt: stop both engines at a frame boundary, wait (bounded) until they are
        idle, reap what they completed, pulse DMA_CTRL.reset, switch the rings off and give
        every ring and buffer back to the allocator; descriptors never completed are
        counted in `stats["tx_reclaimed"]`. `discard` (halt) drops the completions and
        frames reaped but not yet taken (counted); `discard=False` (a reset: `start()`
        follows) keeps them queued for `tx_completion()`/`receive()`, and a `send()`
        meanwhile waits for the `start()`."""
        if not self.running:
            if discard:
                self._discard()
            return
        self.running = False
        self._paused = not discard
        self._run_ev.clear()
        for t in self._tasks:
            if not t.done():
                t.cancel()
        self._tasks = []
        r = self.regs
        try:
            await r.DMA_CTRL.write(r.DMA_CTRL.register_value(tx_enable=0, rx_enable=0, reset=0))
            idle = await self._wait_idle()
            await self._reap_tx_locked()
            await self._reap_rx_locked()
            await r.DMA_INT_ENABLE.write(0)
            await r.DMA_INT_STATUS.write(r.DMA_INT_STATUS.bitmask)
            # rings off first: completions the NIC still owes (it never orphans them) must
            # not land in memory about to be freed, nor move the reset tail
            for name in ("TX_RING_SIZE", "TXCQ_SIZE", "RXF_SIZE", "RXCQ_SIZE"):
                await self._w(name, 0)
            if idle:
                await r.DMA_CTRL.write(r.DMA_CTRL.register_value(tx_enable=0, rx_enable=0,
                                                                 reset=1))
        except Exception as exc:  # a dead bus must not keep the memory
            log.error("DMA stop: register access failed: %s", exc)
            self.stats["stop_bus_errors"] += 1
        self._reclaim()
        if discard:
            self._discard()
        self._tx_room_ev.set()  # a send waiting for room sees the port stopped

    def _discard(self) -> None:
        self.stats["txc_discarded"] += len(self._txc_q)
        self.stats["rx_discarded"] += len(self._rx_q)
        self._txc_q.clear()
        self._rx_q.clear()

    async def _check_reset(self) -> None:
        """The rings start at index 0: if an engine's indices are not 0 (a stop that
        found it busy did not reset it: a busy engine ignores DMA_CTRL.reset), pulse the
        reset once more; still not 0 means the engine is busy: `DmaError`, never rings
        programmed over indices the driver does not know."""
        names = ("TX_CONS", "TXCQ_TAIL", "RXF_CONS", "RXCQ_TAIL")
        for attempt in range(2):
            vals = [await self._r(n) for n in names]
            if not any(vals):
                return
            if attempt == 0:
                self.stats["start_resets"] += 1
                await self.regs.DMA_CTRL.write(self.regs.DMA_CTRL.register_value(
                    tx_enable=0, rx_enable=0, reset=1))
        raise DmaError("DMA engines busy, DMA_CTRL.reset ignored: " + ", ".join(
            f"{n} = {v}" for n, v in zip(names, vals, strict=True)))

    async def restart(self) -> None:
        """Reset: `stop()` then `start()` on the same memory (fresh rings, all buffers
        posted again); completions already reaped stay queued."""
        await self.stop(discard=False)
        await self.start()

    async def _wait_idle(self, rx: bool = True) -> bool:
        """Until DMA_STATUS says both engines (TX only: `rx=False`) idle or halted,
        reaping meanwhile (an engine waiting for CQ room needs it); bounded by
        `sync_timeout`."""
        rt, r = self.runtime, self.regs
        nap = rt.event()
        step = self.sync_timeout / 100
        waited = 0.0
        while True:
            s = await r.DMA_STATUS.read()
            tx_ok = self._field("DMA_STATUS", "tx_idle", s) or self._field(
                "DMA_STATUS", "tx_halted", s)
            rx_ok = not rx or self._field("DMA_STATUS", "rx_idle", s) or self._field(
                "DMA_STATUS", "rx_halted", s)
            if tx_ok and rx_ok:
                return True
            if await self._reap_tx_locked() + await self._reap_rx_locked():
                continue  # progress: the engine may have more to write at once
            if waited >= self.sync_timeout:
                self.stats["stop_idle_timeouts"] += 1
                log.error("DMA stop: engines not idle (DMA_STATUS 0x%X)", s)
                return False
            await rt.wait_for(nap, step)
            waited += step

    def _reclaim(self) -> None:
        """Every buffer and ring back to the allocator (the NIC is stopped)."""
        a = self.alloc
        lost = 0
        for fifo in self._tx_fifo.values():
            for d in fifo:
                lost += 1
                if d.buf is not None:
                    a.free(d.buf)
                    d.buf = None
        self._tx_fifo.clear()
        self.stats["tx_reclaimed"] += lost
        for buf in self._rx_bufs:
            if buf:
                a.free(buf)
        for addr in self._rings.values():
            a.free(addr)
        self._reset_books()

    # ------------------------------------------------------------------ TX
    async def send(self, vc: int, data: bytes, uu: int = 0, cpi: int = 0, clp: int = 0) -> None:
        """Copy the SDU into a buffer and write its descriptor (no doorbell: `flush()`).
        A full ring (or no host memory for the buffer) flushes and waits for the NIC;
        raises `DmaError` if the port is stopped or the TX engine halted meanwhile."""
        if not self.running and self._paused:  # a reset: start() follows
            if not await self.runtime.wait_for(self._run_ev, self.sync_timeout):
                raise DmaError("DMA port not restarted")
        if not self.running:
            raise DmaError("DMA port not started")
        if self._tx_prod - self._tx_clean >= self.tx_size:
            # ring full: stop the queue until a quarter of it is free again (as a NIC
            # driver wakes its queue at a threshold), so a producer faster than the line
            # still rings one doorbell per batch, not one per freed slot
            self.stats["tx_ring_full"] += 1
            room = self.tx_size - max(1, self.tx_size // 4)
            while self._tx_prod - self._tx_clean > room:
                await self._wait_tx_room()
        length = len(data)
        while True:
            try:
                buf = self.alloc.alloc(max(length, 1), max(64, self.beat))
                break
            except HostMemoryExhausted:
                if not self._tx_posted:
                    raise
                self.stats["tx_buffer_waits"] += 1
                await self._wait_tx_room(buffers=True)
        # from here on no await: the descriptor and its books change together
        try:
            desc = _pack_txd(addr=buf, length=length, vc=vc, uu=uu, cpi=cpi, clp=clp)
        except ValueError:
            self.alloc.free(buf)
            raise
        if length:
            self.memory.write(buf, bytes(data))
        idx = self._tx_prod
        slot = idx & (self.tx_size - 1)
        self.memory.write(self._rings["TX_RING"] + slot * TXD.BYTES, desc)
        d = _TxDesc(idx, vc, buf)
        self._tx_slots[slot] = d
        fifo = self._tx_fifo.get(vc)
        if fifo is None:
            fifo = self._tx_fifo[vc] = deque()
        fifo.append(d)
        self._tx_posted += 1
        self._tx_prod = idx + 1
        self.stats["tx_frames"] += 1

    async def flush(self) -> None:
        """One TX_PROD doorbell for every descriptor posted since the last flush."""
        if self.running and self._tx_prod != self._tx_flushed:
            self._tx_flushed = self._tx_prod
            await self._w("TX_PROD", self._tx_prod & _IDX)
            self.stats["tx_doorbells"] += 1

    async def _wait_tx_room(self, buffers: bool = False) -> None:
        """The ring is full (or host memory is): flush, learn TX_CONS, else sleep until
        completions are reaped. Every `sync_timeout` without progress the engine state is
        read: a halted engine raises instead of hanging."""
        await self.flush()
        before = (self._tx_clean, self._tx_posted)
        await self._update_tx_cons()
        if (self._tx_clean, self._tx_posted) != before and not buffers:
            return
        while self.running:
            self._tx_room_ev.clear()
            if (self._tx_clean, self._tx_posted) != before:
                return
            if await self.runtime.wait_for(self._tx_room_ev, self.sync_timeout):
                continue
            await self._update_tx_cons()
            if self.halted:
                raise DmaError(f"TX engine halted: {self.error}")
            self.stats["tx_room_slow"] += 1
        raise DmaError("DMA port stopped while a send waited for ring space")

    async def _update_tx_cons(self) -> None:
        cons = await self._r("TX_CONS")
        self._advance_clean(self._tx_clean + ((cons - self._tx_clean) & _IDX))

    def _advance_clean(self, new: int) -> None:
        """Descriptors up to `new` are consumed: their slots (and buffers: their bytes
        are in the core) are the driver's again."""
        if new > self._tx_prod or new <= self._tx_clean:
            return
        mask = self.tx_size - 1
        for i in range(self._tx_clean, new):
            d = self._tx_slots[i & mask]
            if d is not None and d.idx == i and d.buf is not None:
                self.alloc.free(d.buf)
                d.buf = None
        self._tx_clean = new

    def tx_in_flight(self, vc: int | None = None) -> int:
        """TX descriptors posted (of `vc`, or all) whose completion is not reaped yet."""
        if vc is None:
            return self._tx_posted
        return len(self._tx_fifo.get(vc, ()))

    async def tx_completion(self) -> TxCompletion:
        """The next TX completion, in TX CQ order (the descriptor's buffer is freed)."""
        self._ensure_events_for_waiters()
        while not self._txc_q:
            self._txc_ev.clear()
            await self.runtime.wait(self._txc_ev)
        return self._txc_q.popleft()

    def _ensure_events_for_waiters(self) -> None:
        if self.runtime is None:
            self.runtime = detect_runtime()
        self._ensure_events()

    async def _reap_tx_locked(self) -> int:
        """One reap pass of the TX CQ (every valid entry, across the wrap) and one head
        doorbell. Completions written after the pass set the cause again (the driver
        cleared it first), so the interrupt path comes back for them: looping here instead
        would ring a doorbell per entry while the NIC keeps pace with the driver."""
        async with self._tx_lock:
            n = self._reap_tx_batch()
            if n:
                await self._w("TXCQ_HEAD", self._txcq_head & _IDX)
                self.stats["txcq_doorbells"] += 1
                self._txc_ev.set()
                self._tx_room_ev.set()
            return n

    def _entries(self, ring: str, rec_bytes: int, log2: int, head: int):
        """The raw record of every entry from `head` on whose phase is the expected one
        (at most one ring's worth, across the wrap, where the expected phase flips). Read
        in chunks of 128 bytes, the next chunk only if the last one was all valid: a
        backdoor access costs per call and per word on the HDL memory, and a reap usually
        finds a few entries, not a ring."""
        size = 1 << log2
        base = self._rings[ring]
        plsb = (_TXC_F if rec_bytes == TXC.BYTES else _RXC_F)["phase"][0]
        per = max(1, 128 // rec_bytes)
        idx, end = head, head + size
        while idx < end:
            slot = idx & (size - 1)
            phase = ~(idx >> log2) & 1
            k = min(per, size - slot, end - idx)
            raw = self.memory.read(base + slot * rec_bytes, k * rec_bytes)
            for off in range(0, k * rec_bytes, rec_bytes):
                w = int.from_bytes(raw[off:off + rec_bytes], "little")
                if (w >> plsb) & 1 != phase:
                    return
                yield w
            idx += k

    def _reap_tx_batch(self) -> int:
        """Take every TX completion whose phase is the expected one (no register access)."""
        if not self._rings:
            return 0
        vlsb, vmask = _TXC_F["vc"]
        slsb, smask = _TXC_F["status"]
        bad_vc = TxStatusCode.TX_BAD_VC
        got = 0
        for w in self._entries("TXCQ", TXC.BYTES, self.tx_log2, self._txcq_head):
            vc, status = (w >> vlsb) & vmask, (w >> slsb) & smask
            got += 1
            fifo = self._tx_fifo.get(vc)
            if not fifo:
                self.stats["tx_unmatched_completions"] += 1
                log.error("TX completion vc=%d status=%d matches no posted descriptor",
                          vc, status)
                continue
            d = fifo.popleft()
            self._tx_posted -= 1
            if d.buf is not None:
                self.alloc.free(d.buf)
                d.buf = None
            if status != bad_vc:  # the core completed it: TX_CONS has passed it
                self._advance_clean(d.idx + 1)
            self._txc_q.append(TxCompletion(vc, status))
        self._txcq_head += got
        self.stats["tx_completions"] += got
        return got

    # ------------------------------------------------------------------ RX
    async def receive(self) -> RxFrame:
        """The next PDU reaped from the RX CQ (its buffers already posted again)."""
        self._ensure_events_for_waiters()
        while not self._rx_q:
            self._rx_ev.clear()
            await self.runtime.wait(self._rx_ev)
        return self._rx_q.popleft()

    def rx_pending(self) -> int:
        """PDUs reaped from the RX CQ that `receive()` has not returned yet."""
        return len(self._rx_q)

    async def _reap_rx_locked(self) -> int:
        """One reap pass of the RX CQ, then one RXCQ_HEAD and one RXF_PROD doorbell (see
        `_reap_tx_locked`)."""
        async with self._rx_lock:
            n = self._reap_rx_batch()
            if n:
                await self._w("RXCQ_HEAD", self._rxcq_head & _IDX)
                await self._w("RXF_PROD", self._rxf_prod & _IDX)
                self.stats["rxcq_doorbells"] += 1
                self.stats["rxf_doorbells"] += 1
                self._rx_ev.set()
                self._rx_reap_ev.set()
            return n

    def _reap_rx_batch(self) -> int:
        """Take every RX completion of the expected phase, read its buffers into a frame
        and post the buffers again at the free ring's producer index (no register access;
        the new free-ring entries are written in contiguous runs)."""
        if not self._rings:
            return 0
        size = self.rx_size
        mask = size - 1
        mem, bufsz = self.memory, self.rx_buf_size
        f = _RXC_F
        fields = [(k, lsb, m) for k, (lsb, m) in f.items() if not k.startswith("reserved")
                  and k != "phase"]
        got = 0
        post_from = self._rxf_prod
        for w in self._entries("RXCQ", RXC.BYTES, self.rx_log2, self._rxcq_head):
            c = {k: (w >> lsb) & m for k, lsb, m in fields}
            got += 1
            nb, first = c["nbufs"], c["buf_index"]
            expect = (self._rxf_prod - size) & _IDX  # oldest index the NIC may hold
            if nb and first != expect:
                self.stats["rx_buf_index_mismatch"] += 1
                log.error("RX completion names buffer index %d, driver expected %d",
                          first, expect)
            if nb > size:
                self.stats["rx_bad_completions"] += 1
                log.error("RX completion with %d buffers on a ring of %d", nb, size)
                nb = 0
            bufs = [self._rx_bufs[(first + k) & mask] for k in range(nb)]
            left = min(c["length"], nb * bufsz)
            chunks = []
            for b in bufs:
                if left <= 0:
                    break
                take = min(left, bufsz)
                chunks.append(mem.read(b, take))
                left -= take
            for b in bufs:  # replenish: the same buffers, at the producer index
                self._rx_bufs[self._rxf_prod & mask] = b
                self._rxf_prod += 1
            status = c["status"]
            if status == RxStatusCode.RX_NO_BUFFER:
                self.stats["rx_no_buffer"] += 1
            elif status == RxStatusCode.RX_DMA_ERROR:
                self.stats["rx_dma_error"] += 1
            self._rx_q.append(DmaRxFrame(vc=c["vc"], data=b"".join(chunks), status=status,
                                         uu=c["uu"], cpi=c["cpi"],
                                         core_status=c["core_status"],
                                         pdu_length=c["pdu_length"]))
        self._write_free_entries(post_from, self._rxf_prod)
        self._rxcq_head += got
        self._rx_reaped += got
        self.stats["rx_completions"] += got
        return got

    def _write_free_entries(self, lo: int, hi: int) -> None:
        """Write free-ring entries lo..hi-1 from `_rx_bufs`, one backdoor write per
        contiguous run of slots."""
        mask = self.rx_size - 1
        base = self._rings["RXF"]
        i = lo
        while i < hi:
            slot = i & mask
            n = min(hi - i, self.rx_size - slot)
            self.memory.write(base + slot * RXB.BYTES, b"".join(
                (self._rx_bufs[slot + k] << _RXB_LSB).to_bytes(RXB.BYTES, "little")
                for k in range(n)))
            i += n

    async def rx_sync(self) -> bool:
        """Reap until every PDU the DMA took from the core (RX_PDUS_IN) has its
        completion reaped, so its buffers are back with the driver (DEACTIVATE). Bounded
        by `sync_timeout`: False (counted, logged) if completions are still missing."""
        if not self.running:
            return True
        rt = self.runtime
        taken = (await self._r("RX_PDUS_IN") - self._rx_in_base) & 0xFFFFFFFF
        waited, step = 0.0, self.sync_timeout / 100
        while True:
            await self._reap_rx_locked()
            if self._rx_reaped >= taken:
                return True
            if waited >= self.sync_timeout or self.halted:
                self.stats["rx_sync_timeouts"] += 1
                log.error("rx_sync: %d PDUs taken by the DMA, %d completions reaped",
                          taken, self._rx_reaped)
                return False
            self._rx_reap_ev.clear()
            await rt.wait_for(self._rx_reap_ev, step)
            waited += step

    # ------------------------------------------------------------------ interrupts
    async def _irq_loop(self, vector: int, handler) -> None:
        """One vector's interrupt path: wait for the level, clear the cause (W1C), handle
        (reap until empty), again."""
        name = {_TX_VECTOR: "irq_tx", _RX_VECTOR: "irq_rx", _ERR_VECTOR: "irq_error"}[vector]
        cause = self._cause[vector]
        while True:
            await self.irqs.wait_vector(vector)
            self.stats[name] += 1
            await self._w("DMA_INT_STATUS", cause)
            await handler()

    async def _on_error(self) -> None:
        """Vector 3: read DMA_ERR_*, count and log; a halted engine is reported."""
        r = self.regs
        err = await r.DMA_ERR_STATUS.read()
        lo, hi = await self._r("DMA_ERR_ADDR_LO"), await self._r("DMA_ERR_ADDR_HI")
        status = await r.DMA_STATUS.read()
        doorbells = await self._r("DOORBELL_ERRORS")
        src = self._field("DMA_ERR_STATUS", "source", err)
        resp = self._field("DMA_ERR_STATUS", "resp", err)
        try:
            src_name = DmaErrSource(src).name
        except ValueError:
            src_name = str(src)
        self.stats["dma_errors"] += 1
        self.stats["doorbell_errors"] = doorbells
        addr = (hi << 32) | lo
        text = f"{src_name} resp={resp} at 0x{addr:X}"
        halted = [e for e in ("tx_halted", "rx_halted")
                  if self._field("DMA_STATUS", e, status)]
        if halted:
            self.halted = True
            self.rx_halted = self.rx_halted or "rx_halted" in halted
            text += f" ({', '.join(halted)})"
        self.error = text
        log.error("DMA error: %s; doorbell errors %d", text, doorbells)
        self._tx_room_ev.set()
        self._rx_reap_ev.set()
