"""RX side of the model: HEC (I.432), lookup, per-VC reassembly over a shared cell buffer,
the contract's checks and the host RX delivery.

Per cell, in this order (docs/architecture.md, RX):
1. not 53 bytes -> HEC_DISCARDED, cell_drop;
2. HEC through `vcnic.atm.HecReceiver` (CTRL.hec_correct = 1) or detection only
   (hec_correct = 0: any error discards; the receiver's mode still follows I.432):
   DISCARD -> HEC_DISCARDED, cell_drop; CORRECTED -> HEC_CORRECTED and go on;
3. VPI = 0 and VCI = 0 -> dropped, uncounted;
4. lookup miss, VC not ACTIVE/DEACTIVATING, rx_en = 0, or the VC's RX already closed by
   a DEACTIVATE in progress -> UNKNOWN_VC, cell_drop;
5. CELLS_RX, VC_RX_CELLS; PTI >= 4 -> nothing more;
6. reassembly: the first cell of a PDU latches max SDU; a cell beyond cells_for(max_sdu)
   makes the PDU OVERSIZE, a cell finding no free buffer cell makes it NO_BUFFER (checked
   in that order; either frees the PDU's cells and discards the rest of it); the last
   cell (PTI bit 0) gives the verdict: the pending OVERSIZE/NO_BUFFER, else
   `vcnic.atm.aal5.reassemble` (CRC, LENGTH, OVERSIZE by length).

Buffer: `rx_buf_cells` cells shared by all VCs. A cell is taken when it is stored and
given back when its PDU is dropped, or when host RX has taken the PDU (as the RTL does:
a finished PDU holds its cells while it waits for, and streams out on, host RX). Who
takes PDUs off host RX:
- by default an always-ready host port that takes a finished PDU at once (the model has
  no clock, so streaming takes no time), unless `stall_rx(True)`: then finished PDUs wait
  in the core, in arrival order, holding their cells, until the stall is lifted;
- with `manual = True` (`NicModel.manual_rx`) nothing leaves until `take()`: a testbench
  that mirrors a real core calls it when the core's host RX port has taken a PDU, so the
  model frees cells at the same point in the cell stream as the core and predicts
  NO_BUFFER exactly.
"""

from __future__ import annotations

from collections import deque

from vcnic.atm.aal5 import RxStatus, cells_for, reassemble
from vcnic.atm.cell import (
    CELL_BYTES,
    HEADER_BYTES,
    CellHeader,
    HecAction,
    HecMode,
    HecReceiver,
    HecStatus,
    hec_check,
)
from vcnic.hw import RxFrame
from vcnic.regs import RxStatusCode, VcState

from .engine_host import EngineHost

__all__ = ["RxContext", "RxEngine"]

_CODE = {s: RxStatusCode[f"RX_{s.name}"] for s in RxStatus}
_ERROR_COUNTERS = {
    RxStatus.CRC: ("CRC_ERRORS", "VC_RX_CRC"),
    RxStatus.LENGTH: ("LEN_ERRORS", "VC_RX_LENGTH"),
    RxStatus.OVERSIZE: ("OVERSIZE", "VC_RX_OVERSIZE"),
    RxStatus.NO_BUFFER: ("NO_BUFFER", "VC_RX_NO_BUFFER"),
    RxStatus.ABORTED: ("RX_ABORTED", "VC_RX_ABORTED"),
}


class RxContext:
    """Per-VC reassembly context."""

    __slots__ = ("cells", "max_sdu", "max_cells", "reason", "payloads")

    def __init__(self) -> None:
        self.reset()

    def reset(self) -> None:
        self.cells = 0  # cells of the PDU in progress (0: between PDUs)
        self.max_sdu = self.max_cells = 0
        self.reason: RxStatus | None = None
        self.payloads: list[bytes] = []  # stored cells (each holds one buffer cell)

    @property
    def in_pdu(self) -> bool:
        return self.cells > 0


class RxEngine:
    def __init__(self, nic: EngineHost, num_vc: int, buf_cells: int) -> None:
        self.nic, self.num_vc, self.buf_cells = nic, num_vc, buf_cells
        self.hec = HecReceiver()
        self.stalled = False
        self.manual = False  # PDUs leave only through take() (a mirrored host RX port)
        self.reset()

    def reset(self) -> None:
        self.free = self.buf_cells
        self.hec.reset()
        self.ctx = [RxContext() for _ in range(self.num_vc)]
        self.held: deque[tuple[RxFrame, int]] = deque()  # finished PDUs waiting for host RX
        self.held_per_vc = [0] * self.num_vc
        self.closed: set[int] = set()  # RX closed by DEACTIVATE: cells are UNKNOWN_VC

    # ------------------------------------------------------------------ cells
    def _hec(self, header5: bytes) -> tuple[HecAction, bytes | None]:
        if self.nic.hec_correct:
            return self.hec.receive(header5)
        status, header = hec_check(header5)
        if status is HecStatus.OK:
            self.hec.mode = HecMode.CORRECTION
            return HecAction.PASS, header
        self.hec.mode = HecMode.DETECTION
        return HecAction.DISCARD, None

    def cell_in(self, cell: bytes) -> None:
        nic = self.nic
        if len(cell) != CELL_BYTES:
            nic.counters.inc("HEC_DISCARDED")
            nic.int_set("cell_drop")
            return
        action, header = self._hec(bytes(cell[:HEADER_BYTES]))
        if action is HecAction.DISCARD:
            nic.counters.inc("HEC_DISCARDED")
            nic.int_set("cell_drop")
            return
        if action is HecAction.CORRECTED:
            nic.counters.inc("HEC_CORRECTED")
        h = CellHeader.unpack(header, nni=nic.nni)
        if h.vpi == 0 and h.vci == 0:
            return
        vc = nic.lookup.find(h.vpi, h.vci)
        entry = nic.entries[vc] if vc is not None else None
        if (
            entry is None
            or entry.state not in (VcState.ACTIVE, VcState.DEACTIVATING)
            or not entry.cfg.rx_en
            or vc in self.closed
        ):
            nic.counters.inc("UNKNOWN_VC")
            nic.int_set("cell_drop")
            return
        nic.counters.inc("CELLS_RX")
        entry.counters.inc("VC_RX_CELLS")
        if h.pti >= 4:
            return
        ctx = self.ctx[vc]
        if not ctx.in_pdu:
            ctx.max_sdu = entry.cfg.max_sdu
            ctx.max_cells = cells_for(ctx.max_sdu)
        ctx.cells += 1
        if ctx.reason is None:
            if ctx.cells > ctx.max_cells:
                self._doom(ctx, RxStatus.OVERSIZE)
            elif self.free == 0:
                self._doom(ctx, RxStatus.NO_BUFFER)
            else:
                self.free -= 1
                ctx.payloads.append(bytes(cell[HEADER_BYTES:]))
        if h.pti & 1:
            self._end_of_pdu(vc, ctx)

    def _doom(self, ctx: RxContext, reason: RxStatus) -> None:
        ctx.reason = reason
        self.free += len(ctx.payloads)
        ctx.payloads = []

    def _count_error(self, vc: int, status: RxStatus) -> None:
        g, v = _ERROR_COUNTERS[status]
        self.nic.counters.inc(g)
        self.nic.entries[vc].counters.inc(v)
        self.nic.entries[vc].last_rx_status = _CODE[status]

    def _end_of_pdu(self, vc: int, ctx: RxContext) -> None:
        nic, entry = self.nic, self.nic.entries[vc]
        stored = len(ctx.payloads)
        if ctx.reason is not None:
            self._count_error(vc, ctx.reason)
            nic.int_set("rx_error")
        else:
            pdu = reassemble(ctx.payloads, ctx.max_sdu)
            code = _CODE[pdu.status]
            if pdu.status is RxStatus.OK:
                n = len(pdu.sdu)
                nic.counters.inc("PDUS_RX")
                nic.counters.inc("BYTES_RX", n)
                entry.counters.inc("VC_RX_PDUS")
                entry.counters.inc("VC_RX_BYTES", n)
                entry.last_rx_status = code
                nic.int_set("rx_pdu")
                self._deliver(RxFrame(vc, pdu.sdu, code, pdu.uu, pdu.cpi), stored)
                stored = 0
            else:
                self._count_error(vc, pdu.status)
                nic.int_set("rx_error")
                if pdu.status in (RxStatus.CRC, RxStatus.LENGTH) and entry.cfg.rx_errored:
                    nic.int_set("rx_pdu")
                    self._deliver(RxFrame(vc, pdu.sdu, code, pdu.uu, pdu.cpi), stored)
                    stored = 0
        self.free += stored
        ctx.reset()

    def close(self, vc: int) -> None:
        """DEACTIVATE, once the VC's TX is done: free a partial reassembly (counted once as
        RX_ABORTED); from now until the next ACTIVATE the VC's cells are UNKNOWN_VC."""
        if vc in self.closed:
            return
        self.closed.add(vc)
        ctx = self.ctx[vc]
        if ctx.in_pdu:
            self._count_error(vc, RxStatus.ABORTED)
            self.free += len(ctx.payloads)
            ctx.reset()

    def open(self, vc: int) -> None:
        """ACTIVATE: reset the context (freeing its cells, counting nothing), reopen."""
        self.closed.discard(vc)
        self.abort_silently(vc)

    def abort_silently(self, vc: int) -> None:
        """ACTIVATE/CLEAR: reset the context, freeing its cells, counting nothing."""
        ctx = self.ctx[vc]
        self.free += len(ctx.payloads)
        ctx.reset()

    # ------------------------------------------------------------------ host RX
    def _deliver(self, frame: RxFrame, cells: int) -> None:
        if self.stalled or self.manual:
            self.held.append((frame, cells))
            self.held_per_vc[frame.vc] += 1
        else:
            self.free += cells
            self.nic.host_rx_put(frame)

    def set_stall(self, stalled: bool) -> None:
        self.stalled = stalled
        while not self.stalled and not self.manual and self.held:
            self.nic.host_rx_put(self.take())

    def take(self) -> RxFrame | None:
        """Host RX takes the oldest finished PDU: its buffer cells are free again."""
        if not self.held:
            return None
        frame, cells = self.held.popleft()
        self.held_per_vc[frame.vc] -= 1
        self.free += cells
        return frame
