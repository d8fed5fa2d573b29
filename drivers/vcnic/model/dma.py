"""The model's DMA engine (docs/dma.md): descriptor rings in host memory in front of the
core model's host streams, the DMA register block at 0x800, coalesced interrupt vectors.

Transaction level, like the rest of the model: no bus cycles. What it keeps exactly is
what the driver can see: every record written to host memory (TX/RX completions with
their phase, RX buffers filled in ring order), the indices, the statuses and the order of
completions, the counters, DMA_ERR_*, the cause bits and the vectors. Where the RTL's
timing decides an outcome the model takes the simplest consistent order (docs/model.md,
"The DMA engine"):
- TX: descriptors are prefetched as vcnic_dma_tx does (up to DESC_FIFO ahead, in bursts,
  at once); a frame's buffer is read when the core can take the frame (its cells fit in
  the TX buffer, or the core will drop it), so TX_CONS passes a descriptor exactly when
  its frame is in the core.
- RX: free-buffer descriptors are prefetched as vcnic_dma_rx does (up to PF_DEPTH ahead,
  in bursts, at once); a PDU is taken from the core when the RX CQ has room (rx_enable =
  1, not halted, host RX not stalled), written into buffers, then its completion.
- Time: clock cycles of the core (a cell slot is ceil(53 / (DATA_W / 8)) cycles, as
  tx_cell.v streams a cell) on the TX slot clock; when the model has nothing else to do
  and a coalescing timer runs, time jumps to its deadline (as the slot clock jumps to a
  CBR VC's TAT), so the timer fires deterministically at first-completion + timer cycles.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Iterator
from typing import TYPE_CHECKING

from vcnic.hw import BusError, RxFrame
from vcnic.regs import DmaErrSource, RxStatusCode, TxStatusCode
from vcnic.regs.dma_layout import RXB, RXC, TXC, TXD
from vcnic.regs.layout import DMA_BY_ADDR, DMA_REGS, RegInfo, pack

from .host_memory import OKAY, SLVERR, ModelHostMemory
from .tx import TxFrame

if TYPE_CHECKING:
    from .nic import NicModel

__all__ = ["DmaEngine", "DMA_PULSES", "DMA_W1C", "DMA_DOORBELLS", "cycles_per_slot"]

#: Register behaviour the generated Python layer does not carry (peakrdl-python has no
#: singlepulse/woclr/swmod); tests/test_model_dma.py checks these against the RDL.
DMA_PULSES = {"DMA_CTRL": ("reset",)}  # singlepulse fields: read back 0
DMA_W1C = ("DMA_INT_STATUS",)  # woclr
DMA_DOORBELLS = ("TX_PROD", "RXF_PROD", "TXCQ_HEAD", "RXCQ_HEAD")  # swmod

_COUNTERS = (
    "TX_FRAMES",
    "TX_BAD_DESC",
    "TX_DMA_ERRORS",
    "RX_PDUS_IN",
    "RX_NO_BUFFER",
    "RX_DMA_ERRORS",
    "DOORBELL_ERRORS",
)
_IDX = 0xFFFF
#: Free-buffer descriptors the RX engine reads ahead (vcnic_dma_rx's PF_DEPTH).
PF_DEPTH = 32
#: TX descriptors the TX engine reads ahead (vcnic_dma_tx's DESC_FIFO).
DESC_FIFO = 16
_4K = 4096


def cycles_per_slot(data_w: int) -> int:
    """Core clock cycles per cell slot: a 53-byte cell streamed DATA_W/8 bytes a cycle."""
    return -(-53 // (data_w // 8))


class _Coalesce:
    """One CQ's interrupt moderation: completions not yet signalled, since when."""

    __slots__ = ("pending", "first")

    def __init__(self) -> None:
        self.pending = 0
        self.first = 0


class DmaEngine:
    """TX ring -> core host TX; core TX completions -> TX CQ; core host RX -> free
    buffers + RX CQ; the DMA registers; vectors 1..3 (docs/dma.md)."""

    def __init__(
        self,
        nic: NicModel,
        memory: ModelHostMemory,
        axi_data_w: int = 64,
        axi_addr_w: int = 64,
        max_burst: int = 16,
        max_ring_log2: int = 12,
    ) -> None:
        if axi_data_w % nic.data_w or axi_data_w not in (32, 64, 128):
            # DMA_CAP.data_width is 8 bits wide
            raise ValueError(f"axi_data_w={axi_data_w}: 32, 64 or 128, a multiple of DATA_W")
        if not 1 <= max_ring_log2 <= 15 or not 1 <= max_burst <= 255:
            raise ValueError("max_ring_log2 must be 1..15 and max_burst 1..255")
        if not 32 <= axi_addr_w <= 64:
            raise ValueError(f"axi_addr_w={axi_addr_w}: 32..64")
        self.nic, self.mem = nic, memory
        self.axi_data_w, self.axi_addr_w = axi_data_w, axi_addr_w
        self.max_burst, self.max_ring_log2 = max_burst, max_ring_log2
        self.beat = axi_data_w // 8
        self.cps = cycles_per_slot(nic.data_w)
        self._store = {r.name: r.reset for r in DMA_REGS.values() if r.writable}
        self._fc: dict[tuple[str, str], int] = {}
        self.counters = dict.fromkeys(_COUNTERS, 0)
        self.err_status = 0
        self.err_addr = 0
        #: TX completions the TX CQ has no room for yet, oldest first: (vc, status).
        #: They are the core's completion stream (plus the DMA's TX_BAD_VC ones): the
        #: engine waits for room; DMA_CTRL.reset does not drop them.
        self.txc_pending: deque[tuple[int, int]] = deque()
        # time = _offset + slot * cps: the offset grows by the idle time a timer jump lets
        # pass and by the slot clock's value when a core soft reset restarts it
        self._offset = 0
        self._slot_seen = 0
        #: (cycle, cause) of the most recent cause-bit sets, for tests of coalescing.
        self.cause_log: deque[tuple[int, str]] = deque(maxlen=1 << 16)
        self.co = {"tx_cq": _Coalesce(), "rx_cq": _Coalesce()}
        self._reset_tx()
        self._reset_rx()

    def _reset_tx(self) -> None:
        self._fc.clear()
        self.tx_cons = self.txcq_tail = 0
        self.tx_fetched = 0  # TX descriptors read (prefetched)
        self.dq: deque[TXD] = deque()  # prefetched TX descriptors
        self._store["TX_PROD"] = self._store["TXCQ_HEAD"] = 0
        self.tx_halted = False
        self.fic = 0  # frames given to the core whose completion has not come back

    def _reset_rx(self) -> None:
        self._fc.clear()
        self.rxcq_tail = 0
        self.rxf_read = 0  # RXF_CONS: free-buffer descriptors read (prefetched)
        self.rxf_used = 0  # free-ring index of the next buffer to fill (buf_index)
        self.pf: deque[int] = deque()  # prefetched buffer addresses
        self._store["RXF_PROD"] = self._store["RXCQ_HEAD"] = 0
        self.rx_halted = False

    def _reset_state(self) -> None:
        """DMA_CTRL.reset (docs/dma.md, Stop, reset, errors): the counters, DMA_ERR_* and
        the coalescing state are cleared in any case; each engine's indices, prefetched
        descriptors and halt only when that engine is idle (as vcnic_dma_tx's do_reset;
        a busy engine ignores it)."""
        tx_idle, rx_idle = self.tx_idle, self.rx_idle
        self.counters = dict.fromkeys(_COUNTERS, 0)
        self.err_status = self.err_addr = 0
        self.co = {"tx_cq": _Coalesce(), "rx_cq": _Coalesce()}
        if tx_idle:
            self._reset_tx()
        if rx_idle:
            self._reset_rx()

    # ================================================================== fields
    def _f(self, reg: str, field: str) -> int:
        """A field of the software-written storage (memoised: cleared on every write)."""
        key = (reg, field)
        v = self._fc.get(key)
        if v is None:
            v = self._fc[key] = DMA_REGS[reg].f(field).get(self._store[reg])
        return v

    @property
    def tx_enable(self) -> bool:
        return bool(self._f("DMA_CTRL", "tx_enable"))

    @property
    def rx_enable(self) -> bool:
        return bool(self._f("DMA_CTRL", "rx_enable"))

    def _base(self, prefix: str, entry: int) -> int:
        lo, hi = self._store[f"{prefix}_BASE_LO"], self._store[f"{prefix}_BASE_HI"]
        return ((hi << 32) | lo) & ~(entry - 1) & ((1 << self.axi_addr_w) - 1)

    def _log2(self, reg: str) -> int:
        """A ring's log2 size (0 = off; values above MAX_RING_LOG2 act as it)."""
        return min(self._f(reg, "log2"), self.max_ring_log2)

    def _cap(self, reg: str) -> int:
        n = self._log2(reg)
        return 1 << n if n else 0

    @property
    def rx_buf_size(self) -> int:
        """RX_BUF_SIZE as the engine uses it: a multiple of 64 in 64..65536."""
        v = self._f("RX_BUF_SIZE", "bytes") & ~63
        return min(max(v, 64), 65536)

    @property
    def tx_prod(self) -> int:
        return self._store["TX_PROD"]

    @property
    def rxf_prod(self) -> int:
        return self._store["RXF_PROD"]

    # ================================================================== time, causes
    def now(self) -> int:
        """The model's time in core clock cycles (see the module docstring); never goes
        backwards."""
        s = self.nic.tx.slot * self.cps
        if s < self._slot_seen:  # the core's slot clock restarted (CTRL.soft_reset)
            self._offset += self._slot_seen
        self._slot_seen = s
        return self._offset + s

    def vector(self, v: int) -> bool:
        """Level of DMA vector v (1 tx_cq, 2 rx_cq, 3 error)."""
        name = ("tx_cq", "rx_cq", "error")[v - 1]
        mask = DMA_REGS["DMA_INT_STATUS"].f(name).mask
        return bool(self._store["DMA_INT_STATUS"] & self._store["DMA_INT_ENABLE"] & mask)

    def _cause(self, name: str) -> None:
        self._store["DMA_INT_STATUS"] |= DMA_REGS["DMA_INT_STATUS"].f(name).mask
        self._fc.clear()
        self.cause_log.append((self.now(), name))
        self.nic._update_irq()

    def _irq_mod(self, cq: str) -> tuple[int, int]:
        reg = "TXCQ_IRQ" if cq == "tx_cq" else "RXCQ_IRQ"
        return max(self._f(reg, "count"), 1), self._f(reg, "timer")

    def _completion_written(self, cq: str) -> None:
        c = self.co[cq]
        count, timer = self._irq_mod(cq)
        if c.pending == 0:
            c.first = self.now()
        c.pending += 1
        if c.pending >= count:
            c.pending = 0
            self._cause(cq)
        elif timer:
            self.nic._wake_tx()  # the model's task jumps to the deadline when idle

    def deadline(self) -> int | None:
        """The earliest coalescing timer deadline (cycles), None if no timer runs."""
        out = None
        for cq, c in self.co.items():
            _, timer = self._irq_mod(cq)
            if c.pending and timer:
                d = c.first + timer
                out = d if out is None else min(out, d)
        return out

    def tick(self) -> None:
        """Fire every coalescing timer whose deadline has passed (time only moves
        forward), and a count lowered to or below the completions already pending
        (as rtl/dma/vcnic_dma_irq.v does)."""
        now = self.now()
        for cq, c in self.co.items():
            count, timer = self._irq_mod(cq)
            if c.pending and (c.pending >= count or (timer and now >= c.first + timer)):
                c.pending = 0
                self._cause(cq)

    def jump_to_deadline(self) -> bool:
        """Nothing else to do: let time pass to the next timer deadline and fire it."""
        d = self.deadline()
        if d is None:
            return False
        self._offset += max(0, d - self.now())
        self.tick()
        return True

    # ================================================================== errors
    def _error(self, source: DmaErrSource, resp: int, addr: int) -> None:
        self.err_status = pack("DMA_ERR_STATUS", source=int(source), resp=resp)
        self.err_addr = addr
        self._cause("error")

    def _count(self, name: str) -> None:
        self.counters[name] = (self.counters[name] + 1) & 0xFFFFFFFF

    # ================================================================== bursts
    def _bursts(self, addr: int, length: int) -> Iterator[tuple[int, int]]:
        """(address, bytes) of each burst: at most MAX_BURST beats, never across 4 KiB."""
        most = self.max_burst * self.beat
        end = addr + length
        while addr < end:
            n = min(end - addr, most, _4K - (addr % _4K))
            yield addr, n
            addr += n

    def _read(self, addr: int, length: int) -> tuple[bytes, int, int]:
        """Read `length` bytes (whole beats on the bus): (data, first error resp, its
        burst address); resp OKAY when every burst answered OKAY."""
        start = addr - addr % self.beat
        end = -(-(addr + length) // self.beat) * self.beat
        out = bytearray()
        resp, where = OKAY, 0
        for a, n in self._bursts(start, end - start):
            data, r = self.mem.dma_read(a, n)
            out += data
            if r != OKAY and resp == OKAY:
                resp, where = r, a
        skip = addr - start
        return bytes(out[skip : skip + length]), resp, where

    def _write(self, addr: int, data: bytes) -> tuple[int, int]:
        """Write `data` (byte strobes: only its bytes): (first error resp, burst address)."""
        resp, where = OKAY, 0
        for a, n in self._bursts(addr, len(data)):
            r = self.mem.dma_write(a, data[a - addr : a - addr + n])
            if r != OKAY and resp == OKAY:
                resp, where = r, a
        return resp, where

    # ================================================================== TX
    def core_tx_completion(self, vc: int, status: int) -> None:
        """A TX completion from the core's completion stream."""
        self.fic = max(self.fic - 1, 0)
        self._tx_completion(vc, status)

    def _tx_completion(self, vc: int, status: int) -> None:
        """A TX completion (the core's, or the DMA's TX_BAD_VC) for the TX CQ."""
        self.txc_pending.append((vc & _IDX, int(status)))
        self._drain_txc()

    def _drain_txc(self) -> None:
        n = self._log2("TXCQ_SIZE")
        while self.txc_pending and not self.tx_halted and n:
            if ((self.txcq_tail - self._store["TXCQ_HEAD"]) & _IDX) >= 1 << n:
                return  # CQ full: wait for the driver's head doorbell
            vc, status = self.txc_pending[0]
            addr = self._base("TXCQ", TXC.BYTES) + (self.txcq_tail % (1 << n)) * TXC.BYTES
            phase = ~(self.txcq_tail >> n) & 1
            resp, where = self._write(addr, TXC(vc=vc, status=status, phase=phase).pack())
            if resp != OKAY:
                self.tx_halted = True
                self._error(DmaErrSource.TXCQ_WRITE, resp, where)
                return
            self.txc_pending.popleft()
            self.txcq_tail = (self.txcq_tail + 1) & _IDX
            self._completion_written("tx_cq")

    def _tx_prefetch(self) -> None:
        """Read TX descriptors ahead, as vcnic_dma_tx does: bursts up to TX_PROD, never
        across the ring's end or 4 KiB, at most MAX_BURST beats of descriptors, issued
        only with tx_enable = 1 and room for the whole burst in the DESC_FIFO-entry
        FIFO. A read answered with an error halts TX."""
        n = self._log2("TX_RING_SIZE")
        if not n:
            return
        most = max(self.max_burst * self.beat // TXD.BYTES, 1)
        base = self._base("TX_RING", TXD.BYTES)
        while self.tx_enable and not self.tx_halted:
            addr = base + (self.tx_fetched % (1 << n)) * TXD.BYTES
            lim = min(
                (self.tx_prod - self.tx_fetched) & _IDX,
                (1 << n) - self.tx_fetched % (1 << n),
                (_4K - addr % _4K) // TXD.BYTES,
                most,
            )
            if lim <= 0 or DESC_FIFO - len(self.dq) < lim:
                return
            raw, resp, where = self._read(addr, lim * TXD.BYTES)
            if resp != OKAY:
                self.tx_halted = True
                self._error(DmaErrSource.TX_FETCH, resp, where)
                return
            for k in range(lim):
                self.dq.append(TXD.unpack(raw[k * TXD.BYTES :]))
            self.tx_fetched = (self.tx_fetched + lim) & _IDX

    def tx_feed(self) -> None:
        """Pass prefetched descriptors to the core while it can take their frames (the
        core's host TX stream, docs/dma.md TX path)."""
        nic = self.nic
        self._tx_prefetch()
        while self.tx_enable and not self.tx_halted and self.dq:
            d = self.dq[0]
            if d.vc >= nic.num_vc:  # straight to the TX CQ, the core never sees it
                self._consume_tx()
                self._count("TX_BAD_DESC")
                self._tx_completion(d.vc, TxStatusCode.TX_BAD_VC)
            elif d.reserved or d.addr % self.beat:
                self._consume_tx()
                self._count("TX_BAD_DESC")
                self.fic += 1
                nic.tx_ingest(TxFrame(d.vc, b""), drop_status=TxStatusCode.TX_BAD_DESC)
            elif not nic.tx_can_take(d.vc, d.length):
                return  # the frame waits for TX buffer space (back-pressure)
            else:
                sdu, drop = b"", 0
                if d.length:
                    sdu, resp, where = self._read(d.addr, d.length)
                    if resp != OKAY:
                        self._count("TX_DMA_ERRORS")
                        self._error(DmaErrSource.TX_DATA, resp, where)
                        drop = TxStatusCode.TX_DMA_ERROR
                self._consume_tx()
                self.fic += 1
                nic.tx_ingest(TxFrame(d.vc, sdu, d.uu, d.cpi, d.clp), drop_status=drop)
            self._tx_prefetch()

    def _consume_tx(self) -> None:
        self.dq.popleft()
        self.tx_cons = (self.tx_cons + 1) & _IDX
        self._count("TX_FRAMES")

    # ================================================================== RX
    def rx_can_take(self) -> bool:
        n = self._log2("RXCQ_SIZE")
        return (
            self.rx_enable
            and not self.rx_halted
            and n > 0
            and ((self.rxcq_tail - self._store["RXCQ_HEAD"]) & _IDX) < 1 << n
        )

    def rx_pull(self) -> None:
        """Prefetch free buffers; take finished PDUs from the core's host RX while the
        RX CQ has room."""
        nic = self.nic
        if self.rx_enable:
            self._prefetch()
        while nic.rx.held and self.rx_can_take() and not nic.rx.stalled:
            frame = nic.take_rx_internal()
            self._rx_pdu(frame)
            if self.rx_enable:
                self._prefetch()

    def _prefetch(self) -> None:
        """Read free-buffer descriptors ahead, as vcnic_dma_rx does: bursts up to RXF_PROD,
        never across the ring's end or 4 KiB, at most min(MAX_BURST beats, PF_DEPTH/2)
        descriptors, issued only with room for all of them in the PF_DEPTH-entry FIFO.
        RXF_CONS counts the descriptors read. A read answered with an error halts RX."""
        n = self._log2("RXF_SIZE")
        if not n:
            return
        per_beat = max(self.beat // RXB.BYTES, 1)
        most = min(self.max_burst * per_beat, PF_DEPTH // 2)
        base = self._base("RXF", RXB.BYTES)
        while not self.rx_halted:
            addr = base + (self.rxf_read % (1 << n)) * RXB.BYTES
            lane = (addr % self.beat) // RXB.BYTES
            lim = min(
                (self.rxf_prod - self.rxf_read) & _IDX,
                (1 << n) - self.rxf_read % (1 << n),
                (_4K - addr % _4K) // RXB.BYTES,
                most - lane,
            )
            if lim <= 0 or PF_DEPTH - len(self.pf) < lim:
                return
            raw, resp, where = self._read(addr, lim * RXB.BYTES)
            if resp != OKAY:
                self.rx_halted = True
                self._error(DmaErrSource.RXF_FETCH, resp, where)
                return
            for k in range(lim):
                self.pf.append(RXB.unpack(raw[k * RXB.BYTES :]).addr)
            self.rxf_read = (self.rxf_read + lim) & _IDX

    def _next_buffer(self) -> int | None:
        """The next free buffer for the PDU in flight (a PDU in flight may fetch the
        buffers it needs even with rx_enable = 0); None when the free ring is empty or
        the fetch failed (RX halted)."""
        if not self.pf:
            self._prefetch()
        if not self.pf:
            return None
        self.rxf_used = (self.rxf_used + 1) & _IDX
        return self.pf.popleft()

    def _rx_pdu(self, frame: RxFrame) -> None:
        self._count("RX_PDUS_IN")
        data, size = frame.data, self.rx_buf_size
        first = self.rxf_used
        status, written, err, nbufs = int(frame.status), 0, None, 0
        while written < len(data):
            addr = self._next_buffer()
            if addr is None:
                break
            nbufs += 1
            chunk = data[written : written + size]
            # the low bits of a misaligned buffer address are ignored
            resp, where = self._write(addr - addr % self.beat, chunk)
            if resp != OKAY and err is None:
                err = (resp, where)
            written += len(chunk)
        if self.rx_halted:
            return  # a fetch failed inside the PDU: taken, dropped, no completion
        if written < len(data):  # the free ring ran dry: the rest is dropped
            status = RxStatusCode.RX_NO_BUFFER
            self._count("RX_NO_BUFFER")
        elif err is not None:
            status = RxStatusCode.RX_DMA_ERROR
            self._count("RX_DMA_ERRORS")
        if err is not None:
            self._error(DmaErrSource.RX_DATA, *err)
        self._write_rxc(
            vc=frame.vc,
            status=int(status),
            core_status=int(frame.status),
            length=written,
            pdu_length=len(data) & _IDX,
            uu=frame.uu,
            cpi=frame.cpi,
            nbufs=nbufs,
            buf_index=first,
        )

    def _write_rxc(self, **fields: int) -> None:
        n = self._log2("RXCQ_SIZE")
        addr = self._base("RXCQ", RXC.BYTES) + (self.rxcq_tail % (1 << n)) * RXC.BYTES
        phase = ~(self.rxcq_tail >> n) & 1
        resp, where = self._write(addr, RXC(phase=phase, **fields).pack())
        if resp != OKAY:
            self.rx_halted = True
            self._error(DmaErrSource.RXCQ_WRITE, resp, where)
            return
        self.rxcq_tail = (self.rxcq_tail + 1) & _IDX
        self._completion_written("rx_cq")

    # ================================================================== status
    @property
    def tx_idle(self) -> bool:
        """Nothing fetched or in flight: every frame given to the core has its completion
        back and written (also with tx_enable = 0, so a reset never orphans completions
        still to come), and with tx_enable = 1 the ring is empty (as vcnic_dma_tx)."""
        if self.tx_halted:
            return True
        if self.txc_pending or self.fic:
            return False
        return not self.tx_enable or (self.tx_fetched == self.tx_prod and not self.dq)

    @property
    def rx_idle(self) -> bool:
        """No PDU in flight: halted, disabled, or no finished PDU waiting in the core
        (with rx_enable = 1 a PDU waits only for RX CQ room; as vcnic_dma_rx)."""
        if self.rx_halted or not self.rx_enable or self.nic.rx.stalled:
            return True
        return not self.nic.rx.held

    # ================================================================== registers
    def read_reg(self, reg: RegInfo) -> int:
        n = reg.name
        if n in self.counters:
            return self.counters[n]
        if n == "DMA_CAP":
            return pack(
                "DMA_CAP",
                data_width=self.axi_data_w,
                addr_width=self.axi_addr_w,
                max_ring_log2=self.max_ring_log2,
                max_burst=self.max_burst,
            )
        if n == "DMA_STATUS":
            return pack(
                "DMA_STATUS",
                tx_idle=int(self.tx_idle),
                rx_idle=int(self.rx_idle),
                tx_halted=int(self.tx_halted),
                rx_halted=int(self.rx_halted),
            )
        if n == "DMA_ERR_STATUS":
            return self.err_status
        if n == "DMA_ERR_ADDR_LO":
            return self.err_addr & 0xFFFFFFFF
        if n == "DMA_ERR_ADDR_HI":
            return self.err_addr >> 32
        hw = {
            "TX_CONS": self.tx_cons,
            "TXCQ_TAIL": self.txcq_tail,
            "RXF_CONS": self.rxf_read,
            "RXCQ_TAIL": self.rxcq_tail,
        }
        if n in hw:
            return hw[n]
        if n in self._store:
            return self._store[n]
        return reg.reset  # DMA_ID

    def write_reg(self, reg: RegInfo, value: int) -> None:
        self._fc.clear()
        n = reg.name
        value &= reg.write_mask
        if n in DMA_W1C:
            self._store[n] &= ~value
            self.nic._update_irq()
        elif n in DMA_DOORBELLS:
            self._doorbell(n, value)
        elif n in DMA_PULSES:
            pulses = {p: bool(value & reg.f(p).mask) for p in DMA_PULSES[n]}
            for p in pulses:
                value &= ~reg.f(p).mask
            self._store[n] = value
            if pulses.get("reset"):
                self._reset_state()
                self.nic._update_irq()
        else:
            self._store[n] = value
            if n == "DMA_INT_ENABLE":
                self.nic._update_irq()
        self._drain_txc()

    def _doorbell(self, name: str, index: int) -> None:
        if name in ("TX_PROD", "RXF_PROD"):
            # the new index may add at most the free entries and never move backwards
            cons = self.tx_cons if name == "TX_PROD" else self.rxf_read
            cap = self._cap("TX_RING_SIZE" if name == "TX_PROD" else "RXF_SIZE")
            old = self._store[name]
            ok = ((index - old) & _IDX) <= cap - ((old - cons) & _IDX)
        else:
            tail = self.txcq_tail if name == "TXCQ_HEAD" else self.rxcq_tail
            head = self._store[name]
            ok = ((index - head) & _IDX) <= ((tail - head) & _IDX)
        if ok:
            self._store[name] = index
        else:
            self._count("DOORBELL_ERRORS")
            self._cause("error")


def decode(addr: int, write: bool) -> RegInfo:
    """The DMA register at NIC byte address `addr` (0x800..0xFFF): SLVERR for an unmapped
    word or a write to a register with no software-writable field."""
    reg = DMA_BY_ADDR.get(addr & ~3)
    if reg is None or (write and not reg.writable):
        raise BusError(addr, write, SLVERR)
    return reg
