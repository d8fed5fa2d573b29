"""TX side of the model: ingest, per-VC queues, in-order completions, the cell scheduler.

- Ingest (`check`, `accept`, `drop`) follows `tx_ingest`: a frame for a VC that is not
  ACTIVE or has tx_en = 0 (or vc >= NUM_VC) is dropped TX_INACTIVE, a frame of 0 bytes is
  dropped TX_ZERO_LENGTH (an AAL5 PDU with Length 0 is the abort indication, I.363.5, so
  it is never sent), a frame above the VC's max SDU is dropped TX_OVERSIZE, anything else takes cells_for(len) TX buffer cells and
  joins the VC's queue (store and forward: the whole CPCS-PDU is built by vcnic.atm).
  A frame that carries a drop status (host TX tuser[19:17] on its last beat: the DMA
  engine's TX_DMA_ERROR = 7, any other non-zero code TX_BAD_DESC; docs/dma.md) is dropped
  with that status whatever else is wrong with it, like the other ingest drops.
- Completions of one VC are posted in the order its frames were sent: a frame whose fate
  is decided early (a drop at ingest, a DEACTIVATE flush) waits behind older frames of
  the same VC that are still queued or in flight.
- Scheduler (`step`, one call = one cell slot with a cell on the line): an eligible CBR VC
  (slot >= TAT, 16.16 fixed point) wins, lowest CBR table index first; otherwise the UBR
  VCs share slots round-robin through a FIFO ring of backlogged VCs. With no eligible VC
  and a backlogged CBR VC the virtual slot clock jumps to that VC's TAT (the line idles);
  with nothing backlogged the clock stops (idle time costs no slots in the model).
"""

from __future__ import annotations

from collections import deque

from vcnic.atm.aal5 import cells_for, segment
from vcnic.regs import TxStatusCode, VcState

from .engine_host import EngineHost

__all__ = ["TxEngine", "TxFrame"]

_ONE = 1 << 16  # one slot in 16.16


class TxFrame:
    """One host TX frame from ingest to completion."""

    __slots__ = ("vc", "sdu", "uu", "cpi", "clp", "drop_status", "ncells", "cells", "sent",
                 "status")

    def __init__(
        self,
        vc: int,
        sdu: bytes,
        uu: int = 0,
        cpi: int = 0,
        clp: int = 0,
        status: int | None = None,
        drop_status: int = 0,
    ) -> None:
        self.vc, self.sdu, self.uu, self.cpi, self.clp = vc, sdu, uu, cpi, clp
        #: host TX tuser[19:17]: 0, or the code the DMA failed the frame with
        self.drop_status = drop_status
        self.ncells = cells_for(len(sdu))
        self.cells: list[bytes] | None = None  # built when the PDU starts on the line
        self.sent = 0
        self.status = status


class TxEngine:
    def __init__(self, nic: EngineHost, num_vc: int, buf_cells: int, num_cbr: int) -> None:
        self.nic, self.num_vc, self.buf_cells, self.num_cbr = nic, num_vc, buf_cells, num_cbr
        self.reset()

    def reset(self) -> None:
        self.free = self.buf_cells
        self.slot = 0
        self.frames = 0  # frames in all queues
        self.txq: list[deque[TxFrame]] = [deque() for _ in range(self.num_vc)]
        self.outstanding: list[deque[TxFrame]] = [deque() for _ in range(self.num_vc)]
        self.tat = [0] * self.num_vc
        self.cbr: list[int | None] = [None] * self.num_cbr
        self.cbr_index: dict[int, int] = {}
        self.ring: deque[int] = deque()
        self.in_ring: set[int] = set()

    # ------------------------------------------------------------------ VC lifecycle
    def cbr_free_slots(self) -> int:
        return self.cbr.count(None)

    def _cbr_alloc(self, vc: int) -> None:
        i = self.cbr.index(None)
        self.cbr[i], self.cbr_index[vc] = vc, i

    def _cbr_release(self, vc: int) -> None:
        i = self.cbr_index.pop(vc, None)
        if i is not None:
            self.cbr[i] = None

    def open(self, vc: int) -> None:
        """ACTIVATE: TAT = now, a CBR slot for a CBR VC."""
        self.tat[vc] = self.slot * _ONE
        if self.nic.entries[vc].cfg.is_cbr:
            self._cbr_alloc(vc)

    def retune(self, vc: int, was_cbr: bool) -> None:
        """MODIFY applied (at a PDU boundary): move the VC between CBR and UBR."""
        is_cbr = self.nic.entries[vc].cfg.is_cbr
        if was_cbr and not is_cbr:
            self._cbr_release(vc)
            if self.txq[vc]:
                self._ring_add(vc)
        elif is_cbr and not was_cbr:
            self._cbr_alloc(vc)
            self.tat[vc] = max(self.tat[vc], self.slot * _ONE)

    def close(self, vc: int) -> None:
        """End of DEACTIVATE: free the CBR slot (the ring drops the VC lazily)."""
        self._cbr_release(vc)

    def clear(self, vc: int) -> None:
        self.tat[vc] = 0

    def in_flight(self, vc: int) -> bool:
        q = self.txq[vc]
        return bool(q) and q[0].sent > 0

    def queued(self, vc: int) -> int:
        return len(self.txq[vc])

    # ------------------------------------------------------------------ ingest
    def check(self, vc: int, length: int, drop_status: int = 0) -> int | None:
        """Ingest verdict: a TxStatusCode to drop the frame with, or None to accept it.
        `drop_status` (host TX tuser[19:17]) wins over every other reason."""
        if drop_status:
            if drop_status == TxStatusCode.TX_DMA_ERROR:
                return TxStatusCode.TX_DMA_ERROR
            return TxStatusCode.TX_BAD_DESC
        if vc >= self.num_vc:
            return TxStatusCode.TX_INACTIVE
        e = self.nic.entries[vc]
        if e.state != VcState.ACTIVE or not e.cfg.tx_en:
            return TxStatusCode.TX_INACTIVE
        if length == 0:
            return TxStatusCode.TX_ZERO_LENGTH
        if length > e.cfg.max_sdu:
            return TxStatusCode.TX_OVERSIZE
        return None

    def drop(self, vc: int, status: int) -> None:
        self.nic.counters.inc("TX_DROPPED")
        if vc >= self.num_vc:
            self.nic.post_completion(vc, status)
            return
        self.nic.entries[vc].counters.inc("VC_TX_DROPPED")
        self.outstanding[vc].append(TxFrame(vc, b"", status=status))
        self._post_ready(vc)

    def accept(self, frame: TxFrame) -> None:
        vc = frame.vc
        self.free -= frame.ncells
        self.frames += 1
        idle = not self.txq[vc]
        self.txq[vc].append(frame)
        self.outstanding[vc].append(frame)
        if idle:  # idle -> backlogged
            if vc in self.cbr_index:
                self.tat[vc] = max(self.tat[vc], self.slot * _ONE)
            else:
                self._ring_add(vc)

    def flush(self, vc: int) -> None:
        """DEACTIVATE: every queued frame that has not started is aborted, in order."""
        q = self.txq[vc]
        keep: deque[TxFrame] = deque()
        if q and q[0].sent > 0:
            keep.append(q.popleft())
        for f in q:
            f.status = TxStatusCode.TX_ABORTED
            self.free += f.ncells
            self.frames -= 1
            self.nic.counters.inc("TX_ABORTED")
            self.nic.entries[vc].counters.inc("VC_TX_ABORTED")
        self.txq[vc] = keep
        self._post_ready(vc)

    def _post_ready(self, vc: int) -> None:
        q = self.outstanding[vc]
        while q and q[0].status is not None:
            self.nic.post_completion(vc, q.popleft().status)

    def _ring_add(self, vc: int) -> None:
        if vc not in self.in_ring:
            self.in_ring.add(vc)
            self.ring.append(vc)

    # ------------------------------------------------------------------ scheduler
    def can_send(self) -> bool:
        return bool(self.nic.enable and self.frames)

    def _pick(self) -> int | None:
        while True:
            now = self.slot * _ONE
            for vc in self.cbr:
                if vc is not None and self.txq[vc] and self.tat[vc] <= now:
                    return vc
            while self.ring:
                vc = self.ring.popleft()
                self.in_ring.discard(vc)
                if self.txq[vc] and vc not in self.cbr_index:
                    return vc
            waiting = [self.tat[vc] for vc in self.cbr if vc is not None and self.txq[vc]]
            if not waiting:
                return None
            self.slot = -(-min(waiting) // _ONE)  # idle slots until the first TAT

    def step(self) -> bool:
        """Send one cell if any VC can send; False when nothing is eligible."""
        if not self.can_send():
            return False
        vc = self._pick()
        if vc is None:
            return False
        nic = self.nic
        entry = nic.entries[vc]
        f = self.txq[vc][0]
        if f.cells is None:
            nni = nic.nni
            vpi = entry.cfg.vpi if nni else entry.cfg.vpi & 0xFF
            f.cells = [
                c.to_bytes()
                for c in segment(
                    f.sdu, vpi, entry.cfg.vci, f.uu, f.cpi, clp=f.clp | entry.cfg.clp, nni=nni
                )
            ]
        cell = f.cells[f.sent]
        f.sent += 1
        self.free += 1
        nic.counters.inc("CELLS_TX")
        entry.counters.inc("VC_TX_CELLS")
        if vc in self.cbr_index:
            self.tat[vc] += entry.cfg.inc
        nic.emit(cell)  # self.slot is this cell's slot during the call
        self.slot += 1
        if f.sent == f.ncells:
            self.txq[vc].popleft()
            self.frames -= 1
            f.status, f.cells = TxStatusCode.TX_OK, None
            n = len(f.sdu)
            nic.counters.inc("PDUS_TX")
            nic.counters.inc("BYTES_TX", n)
            entry.counters.inc("VC_TX_PDUS")
            entry.counters.inc("VC_TX_BYTES", n)
            self._post_ready(vc)
            nic.tx_pdu_boundary(vc)
        if self.txq[vc] and vc not in self.cbr_index:
            self._ring_add(vc)
        return True
