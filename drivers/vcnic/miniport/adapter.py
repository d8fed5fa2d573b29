"""The vcnic CoNDIS miniport: MiniportCo* handlers over the register window and data port.

Hardware is reached only through `vcnic.hw.RegisterWindow` (via the register layer
generated from the RDL, `vcnic.regs.register_map`) and `vcnic.hw.DataPort`. Concurrency
comes from a `vcnic.ndis.runtime.Runtime`, so the same code runs under asyncio (the
Python NIC model) and cocotb (the RTL).

Background tasks started by `initialize()`:
- the send pump: hands queued sends to `DataPort.send` in order;
- the TX completion task: `DataPort.tx_completion()` -> completes the oldest pending send
  of that VC (NdisMCoSendNetBufferListsComplete);
- the receive task: `DataPort.receive()` -> decapsulates and indicates
  (NdisMCoIndicateReceiveNetBufferLists);
- per pending deactivation, a task that waits on the interrupt line for the core's
  cmd_done (INT_ENABLE.cmd_done is programmed at initialize) and then completes it
  (NdisMCoDeactivateVcComplete).

A port that owns rings in host memory (`vcnic.miniport.dma.DmaPort`) also has `start()`
(called at initialize), `stop()` (halt; `stop(discard=False)` then `start()` around the
reset's soft reset) and `rx_sync()` (awaited by DEACTIVATE before it takes the host RX
mark); they are looked up with getattr, so a stream port needs none (docs/driver.md).
"""

from __future__ import annotations

import enum
import heapq
import logging
from collections import Counter, deque
from dataclasses import dataclass, field, replace
from fractions import Fraction
from typing import Any

from scapy.packet import Raw

from ..atm.rfc2684 import Encapsulation, decapsulate, encapsulate
from ..hw import DataPort, RegisterWindow
from ..ndis.layer import NdisLayer, VcHandle
from ..ndis.nbl import NetBufferList
from ..ndis.oids import ADAPTER_ONLY_OIDS, Oid, OidRequest, RequestType
from ..ndis.params import AtmServiceCategory, CoCallParameters, MediaFlags
from ..ndis.runtime import Runtime, detect_runtime
from ..ndis.status import NdisStatus
from ..regs import (
    CORE_ID,
    CORE_VERSION_MAJOR,
    RxStatusCode,
    TxStatusCode,
    VcOpcode,
    VcResult,
    register_map,
)
from .validate import AdapterCaps, HwVcConfig, validate_call

__all__ = ["Miniport", "VcContext", "MiniportVcState", "VcSnapshot", "RESULT_STATUS",
           "TX_STATUS", "AdapterError"]

log = logging.getLogger(__name__)

#: Core command result -> NDIS status of the activation (or modify) that issued it.
RESULT_STATUS: dict[int, NdisStatus] = {
    VcResult.OK: NdisStatus.SUCCESS,
    VcResult.BAD_PARAM: NdisStatus.INVALID_DATA,
    VcResult.DUPLICATE: NdisStatus.VC_NOT_AVAILABLE,  # (VPI, VCI) in use by another VC
    VcResult.NO_RESOURCES: NdisStatus.RESOURCES,
    VcResult.BAD_VC: NdisStatus.FAILURE,
    VcResult.BAD_STATE: NdisStatus.FAILURE,
    VcResult.BAD_OPCODE: NdisStatus.FAILURE,
}

#: Core TX completion status -> NDIS status of the send.
TX_STATUS: dict[int, NdisStatus] = {
    TxStatusCode.TX_OK: NdisStatus.SUCCESS,
    TxStatusCode.TX_ABORTED: NdisStatus.REQUEST_ABORTED,
    TxStatusCode.TX_INACTIVE: NdisStatus.VC_NOT_ACTIVATED,
    TxStatusCode.TX_OVERSIZE: NdisStatus.INVALID_LENGTH,
    TxStatusCode.TX_ZERO_LENGTH: NdisStatus.INVALID_LENGTH,
}

_VC_COUNTERS = {
    "tx_cells": "VC_TX_CELLS", "tx_pdus": "VC_TX_PDUS", "tx_bytes": ("VC_TX_BYTES_LO",
                                                                      "VC_TX_BYTES_HI"),
    "tx_aborted": "VC_TX_ABORTED", "tx_dropped": "VC_TX_DROPPED", "rx_cells": "VC_RX_CELLS",
    "rx_pdus": "VC_RX_PDUS", "rx_bytes": ("VC_RX_BYTES_LO", "VC_RX_BYTES_HI"),
    "rx_crc": "VC_RX_CRC", "rx_length": "VC_RX_LENGTH", "rx_oversize": "VC_RX_OVERSIZE",
    "rx_no_buffer": "VC_RX_NO_BUFFER", "rx_aborted": "VC_RX_ABORTED",
}
_GLOBAL_COUNTERS = {
    "cells_tx": "CELLS_TX", "cells_rx": "CELLS_RX", "hec_corrected": "HEC_CORRECTED",
    "hec_discarded": "HEC_DISCARDED", "unknown_vc": "UNKNOWN_VC", "pdus_tx": "PDUS_TX",
    "pdus_rx": "PDUS_RX", "crc_errors": "CRC_ERRORS", "len_errors": "LEN_ERRORS",
    "oversize": "OVERSIZE", "no_buffer": "NO_BUFFER", "rx_aborted": "RX_ABORTED",
    "tx_aborted": "TX_ABORTED", "tx_dropped": "TX_DROPPED",
    "bytes_tx": ("BYTES_TX_LO", "BYTES_TX_HI"), "bytes_rx": ("BYTES_RX_LO", "BYTES_RX_HI"),
}

# OID -> (per-VC counter names, adapter counter names); the value is their sum.
_OID_COUNTERS: dict[Oid, tuple[tuple[str, ...], tuple[str, ...]]] = {
    Oid.GEN_CO_XMIT_PDUS_OK: (("tx_pdus",), ("pdus_tx",)),
    Oid.GEN_CO_RCV_PDUS_OK: (("rx_pdus",), ("pdus_rx",)),
    Oid.GEN_CO_XMIT_PDUS_ERROR: (("tx_aborted", "tx_dropped"), ("tx_aborted", "tx_dropped")),
    Oid.GEN_CO_RCV_PDUS_ERROR: (("rx_crc", "rx_length", "rx_oversize", "rx_aborted"),
                                ("crc_errors", "len_errors", "oversize", "rx_aborted")),
    Oid.GEN_CO_RCV_PDUS_NO_BUFFER: (("rx_no_buffer",), ("no_buffer",)),
    Oid.GEN_CO_BYTES_XMIT: (("tx_bytes",), ("bytes_tx",)),
    Oid.GEN_CO_BYTES_RCV: (("rx_bytes",), ("bytes_rx",)),
    Oid.GEN_CO_RCV_CRC_ERROR: (("rx_crc",), ("crc_errors",)),
    Oid.ATM_RCV_CELLS_OK: (("rx_cells",), ("cells_rx",)),
    Oid.ATM_XMIT_CELLS_OK: (("tx_cells",), ("cells_tx",)),
    Oid.ATM_RCV_CELLS_DROPPED: ((), ("hec_discarded", "unknown_vc")),
    Oid.ATM_RCV_INVALID_VPI_VCI: ((), ("unknown_vc",)),
    Oid.ATM_CELLS_HEC_ERROR: ((), ("hec_corrected", "hec_discarded")),
    Oid.ATM_RCV_REASSEMBLY_ERROR: (
        ("rx_crc", "rx_length", "rx_oversize", "rx_no_buffer", "rx_aborted"),
        ("crc_errors", "len_errors", "oversize", "no_buffer", "rx_aborted")),
}


#: DMA statuses of a PDU the DMA failed -> the `dma_moved` key of its drop counter.
_DMA_FAILED = {RxStatusCode.RX_NO_BUFFER: "no_buffer", RxStatusCode.RX_DMA_ERROR: "dma_error"}
#: OID -> (dma_moved key, sign): how a good PDU the DMA failed changes the core's counts.
_DMA_MOVES: dict[Oid, tuple[tuple[str, int], ...]] = {
    Oid.GEN_CO_RCV_PDUS_OK: (("pdus", -1),),
    Oid.GEN_CO_BYTES_RCV: (("bytes", -1),),
    Oid.GEN_CO_RCV_PDUS_NO_BUFFER: (("no_buffer", 1),),
    Oid.GEN_CO_RCV_PDUS_ERROR: (("dma_error", 1),),
}


class AdapterError(Exception):
    """The adapter could not be initialised (unknown core ID or version)."""


class MiniportVcState(enum.Enum):
    IDLE = "idle"  # created, not active
    ACTIVE = "active"
    DEACTIVATING = "deactivating"
    DELETED = "deleted"


@dataclass(eq=False)
class _TxEntry:
    ctx: VcContext
    nbl: NetBufferList
    sent: bool = False  # handed to DataPort.send
    aborted: bool = False


@dataclass(eq=False)
class VcContext:
    """MiniportVcContext: the miniport's per-VC state (opaque to NDIS)."""

    slot: int
    ndis_vc: VcHandle
    runtime: Runtime
    state: MiniportVcState = MiniportVcState.IDLE
    params: CoCallParameters | None = None
    cfg: HwVcConfig | None = None
    encapsulation: Encapsulation | None = None
    pending: deque[_TxEntry] = field(default_factory=deque)
    rx_good: int = 0  # good PDUs received since the slot was last cleared
    rx_frames: int = 0  # every PDU host RX brought for this VC (good and errored)
    rx_errored: Counter = field(default_factory=Counter)  # by RxStatusCode name
    rx_errored_indicated: int = 0
    rx_decap_errors: int = 0
    # good PDUs (core status RX_OK, counted by the core) the DMA failed: moved from the
    # core's RX counters to a drop counter ("pdus", "bytes", "no_buffer", "dma_error")
    dma_moved: Counter = field(default_factory=Counter)
    tx_driver_completed: Counter = field(default_factory=Counter)  # by NdisStatus name

    def __post_init__(self) -> None:
        self.tx_idle = self.runtime.event()
        self.tx_idle.set()
        self.deactivated = self.runtime.event()  # set when no deactivation is pending
        self.deactivated.set()
        self.deact_task: Any = None


@dataclass(frozen=True)
class VcSnapshot:
    """What QUERY shows of one VC-table entry: configuration, state and counters."""

    slot: int
    state: int
    last_rx_status: int
    last_tx_status: int
    tx_queued: int
    vpi: int
    vci: int
    aal: int
    service: int
    tx_en: int
    rx_en: int
    rx_errored: int
    clp: int
    max_sdu: int
    inc: int
    counters: dict[str, int]

    @property
    def entry(self) -> tuple[int, ...]:
        """The table entry without counters (what a failed command must not change)."""
        return (self.state, self.vpi, self.vci, self.aal, self.service, self.tx_en, self.rx_en,
                self.rx_errored, self.clp, self.max_sdu, self.inc)


def _iv(x: Any) -> int:
    v = getattr(x, "value", x)
    return int(getattr(v, "int_value", v))


async def _read_fields(reg: Any) -> dict[str, int]:
    """Read a register once and split it into its fields as plain ints.

    Unlike the generated `read_fields()`, an encoded field holding a value outside its
    enum (e.g. AAL 0 in a cleared VC-table entry) does not raise.
    """
    value = await reg.read()
    return {f.inst_name: (value & f.bitmask) >> f.low for f in reg.fields}


class Miniport:
    """The CoNDIS miniport of the vcnic core (an integrated ATM adapter).

    `allow_reserved_vci` lets calls use VCI 0..31; `loopback` sets CTRL.loopback at
    initialize; `sync_timeout` bounds (in the runtime's seconds; default the runtime's
    `default_timeout`) the wait for frames the core has already delivered when a
    deactivation completes.
    """

    def __init__(self, window: RegisterWindow, port: DataPort, *,
                 runtime: Runtime | None = None, allow_reserved_vci: bool = False,
                 loopback: bool = True, hec_correct: bool = True, nni: bool = False,
                 sync_timeout: float | None = None):
        self.window = window
        self.port = port
        self.runtime = runtime
        self.allow_reserved_vci = allow_reserved_vci
        self.loopback = loopback
        self.hec_correct = hec_correct
        self.nni = nni
        self.sync_timeout = sync_timeout
        self.regs = register_map(window.read, window.write)
        self.caps: AdapterCaps | None = None
        self.ndis: NdisLayer | None = None
        self.error: str | None = None
        self.ready = False  # initialized and not halted
        self.stats: Counter = Counter()
        self._free: list[int] = []
        self._slots: dict[int, VcContext] = {}
        self._txq: deque[_TxEntry] = deque()
        self._tasks: list[Any] = []
        self._deactivations: dict[int, VcContext] = {}  # slot -> pending deactivation
        # Host RX position: PDUs taken from DataPort.receive() so far, and per slot the
        # position up to which PDUs of that slot belong to an earlier activation (the
        # stream position when its deactivation completed): those are never indicated.
        self._rx_seq = 0
        self._rx_fence: dict[int, int] = {}
        # per slot: TX completions the core still owes a VC whose deactivation gave up
        # waiting for them (they are dropped, never matched to a later VC of the slot)
        self._tx_orphans: Counter = Counter()
        self._dma_moved: Counter = Counter()  # adapter-wide VcContext.dma_moved
        m = self.regs.INT_STATUS
        self._cmd_done_mask = m.cmd_done.bitmask
        self._all_int_mask = m.bitmask

    # ------------------------------------------------------------------ adapter
    async def initialize(self, ndis: NdisLayer) -> NdisStatus:
        """MiniportInitializeEx: identify the core, read its capabilities, start it.

        Refuses (NOT_SUPPORTED, reason in `self.error`) a core whose ID is not 'VCNI' or
        whose major version this driver does not know. Soft-resets the core (empty VC
        table, zero counters), enables it (CTRL.loopback as asked), clears and enables
        the cmd_done interrupt, and starts the send, completion and receive tasks.
        """
        self.ndis = ndis
        if self.runtime is None:
            self.runtime = ndis.runtime or detect_runtime()
        if self.sync_timeout is None:
            self.sync_timeout = self.runtime.default_timeout
        r = self.regs
        core_id = await r.ID.read()
        if core_id != CORE_ID:
            self.error = f"unknown core ID 0x{core_id:08X} (expected 0x{CORE_ID:08X})"
            return NdisStatus.NOT_SUPPORTED
        ver = await r.VERSION.read_fields()
        if _iv(ver["major"]) != CORE_VERSION_MAJOR:
            self.error = (f"core version {_iv(ver['major'])}.{_iv(ver['minor'])} not supported "
                          f"(driver knows major {CORE_VERSION_MAJOR})")
            return NdisStatus.NOT_SUPPORTED
        vc = await r.CAP_VC.read_fields()
        buf = await r.CAP_BUF.read_fields()
        dp = await r.CAP_DP.read_fields()
        link = await r.LINK_RATE.read()
        self.caps = AdapterCaps(
            core_id=core_id, version_major=_iv(ver["major"]), version_minor=_iv(ver["minor"]),
            num_vc=_iv(vc["num_vc"]), vpi_bits=_iv(vc["vpi_bits"]), vci_bits=_iv(vc["vci_bits"]),
            cbr_slots=_iv(vc["cbr_slots"]), rx_buf_cells=_iv(buf["rx_buf_cells"]),
            tx_buf_cells=_iv(buf["tx_buf_cells"]), data_width=_iv(dp["data_width"]),
            aal_types=_iv(dp["aal_types"]), service_cats=_iv(dp["service_cats"]),
            link_rate=link,
        )
        if self.caps.num_vc == 0 or link == 0:
            self.error = f"core reports num_vc={self.caps.num_vc}, link rate={link}"
            return NdisStatus.FAILURE
        await r.CTRL.write(self._ctrl_value(enable=0, soft_reset=1))
        await r.CTRL.write(self._ctrl_value(enable=1))
        if self.nni:  # CAP_VC.vpi_bits follows CTRL.nni (8 UNI, 12 NNI): read it with NNI on
            vc = await r.CAP_VC.read_fields()
            self.caps = replace(self.caps, vpi_bits=_iv(vc["vpi_bits"]))
        await r.INT_STATUS.write(self._all_int_mask)
        await r.INT_ENABLE.write(self._cmd_done_mask)
        start = getattr(self.port, "start", None)  # a ring manager (DmaPort); streams: none
        if start is not None:
            if getattr(self.port, "runtime", False) is None:
                self.port.runtime = self.runtime
            try:
                await start()
            except Exception as exc:
                self.error = f"host interface: {exc}"
                log.error("initialize: %s", self.error)
                await r.CTRL.write(self._ctrl_value(enable=0))
                return NdisStatus.FAILURE
        self._dma_moved.clear()
        self._free = list(range(self.caps.num_vc))
        heapq.heapify(self._free)
        self._tx_work = self.runtime.event()
        self._rx_progress = self.runtime.event()
        self._tx_progress = self.runtime.event()
        self._cmd_lock = self.runtime.lock()
        self._stats_lock = self.runtime.lock()
        self._deactivations.clear()
        self._slots.clear()
        self._rx_fence.clear()
        self._tx_orphans.clear()
        self._rx_seq = 0
        self.ready = True
        self._tasks = [self.runtime.spawn(self._send_pump(), "vcnic-send"),
                       self.runtime.spawn(self._tx_completion_task(), "vcnic-txc"),
                       self.runtime.spawn(self._receive_task(), "vcnic-rx")]
        return NdisStatus.SUCCESS

    async def halt(self) -> None:
        """MiniportHaltEx: stop the tasks, complete what is still pending, disable the core.

        `NdisLayer.halt()` deactivates every active VC first (queued sends aborted, the
        rest completed by the core, received PDUs indicated). Whatever is still pending
        when the miniport halts (a send the core never completed, a deactivation the
        core never finished) is completed here: sends REQUEST_ABORTED (`hw_completed`
        False), deactivations SUCCESS (the core is disabled; `initialize()` soft-resets
        it). Every context becomes DELETED. Halting a miniport that is not initialized
        does nothing.
        """
        if not self.ready:
            return
        for t in self._tasks:
            if not t.done():
                t.cancel()
        self._tasks = []
        self.ready = False
        stop = getattr(self.port, "stop", None)
        if stop is not None:  # engines stopped, every ring and buffer reclaimed
            try:
                await stop()
            except Exception as exc:
                log.error("halt: stopping the host interface failed: %s", exc)
                self.stats["halt_port_errors"] += 1
        try:
            await self.regs.INT_ENABLE.write(0)
            await self.regs.CTRL.write(self._ctrl_value(enable=0))
        except Exception as exc:  # a dead bus must not stop the halt
            log.error("halt: disabling the core failed: %s", exc)
            self.stats["halt_bus_errors"] += 1
        for ctx in list(self._slots.values()):
            self._abort_sends(ctx, NdisStatus.REQUEST_ABORTED)
        self._txq.clear()
        for ctx in list(self._deactivations.values()):
            ctx.state = MiniportVcState.IDLE
            ctx.deactivated.set()
            self.stats["halt_deactivations"] += 1
            self.ndis.m_co_deactivate_vc_complete(NdisStatus.SUCCESS, ctx.ndis_vc)
        self._deactivations.clear()
        for ctx in self._slots.values():
            ctx.state = MiniportVcState.DELETED
        self._slots.clear()
        self._free = []

    async def reset(self) -> NdisStatus:
        """MiniportResetEx: quiesce, soft-reset the core, restore every active VC.

        Sends still queued in the driver complete RESET_IN_PROGRESS at once; the ones
        already handed to the core are left to complete normally (bounded: once no send
        completes for `sync_timeout`, the rest complete RESET_IN_PROGRESS too). Pending
        deactivations are given the same time, then completed SUCCESS. Line RX is stopped
        and host RX allowed to empty the RX buffer (`_quiesce_rx`). Then CTRL.soft_reset
        (VC table, buffers and counters cleared; CTRL and the interrupt enables kept) and
        every ACTIVE VC is activated again with its parameters, so the VCs survive the reset
        (their counters restart at zero). FAILURE when not initialized or when a VC could
        not be restored (it is left ACTIVE in NDIS, and logged).
        """
        if not self.ready:
            return NdisStatus.FAILURE
        rt = self.runtime
        for ctx in self._slots.values():
            queued = [e for e in ctx.pending if not e.sent]
            for e in queued:
                e.aborted = True
                ctx.pending.remove(e)
                e.nbl.status, e.nbl.hw_completed = NdisStatus.RESET_IN_PROGRESS, False
                ctx.tx_driver_completed[NdisStatus.RESET_IN_PROGRESS.name] += 1
            if not ctx.pending:
                ctx.tx_idle.set()
            if queued:
                self.ndis.m_co_send_net_buffer_lists_complete(ctx.ndis_vc,
                                                              [e.nbl for e in queued])
        while any(c.pending for c in self._slots.values()):
            self._tx_progress.clear()
            if not any(c.pending for c in self._slots.values()):
                break
            # a halted DMA engine completes nothing more: do not wait for it
            if getattr(self.port, "halted", False) or not await rt.wait_for(
                    self._tx_progress, self.sync_timeout):
                # the core stopped completing: fail the rest; a completion it still posts
                # for them later may be taken for a later send (logged, counted)
                self.stats["reset_tx_timeouts"] += 1
                log.error("reset: the core stopped completing sends")
                for ctx in list(self._slots.values()):
                    self._abort_sends(ctx, NdisStatus.RESET_IN_PROGRESS)
                break
        stuck = []
        # a halted RX engine takes no PDU from host RX, so the core's DEACTIVATE (which
        # waits until no PDU of the VC waits there) cannot finish: do not wait for it
        rx_halted = getattr(self.port, "rx_halted", False)
        for ctx in list(self._deactivations.values()):
            if rx_halted or not await rt.wait_for(ctx.deactivated, self.sync_timeout):
                stuck.append(ctx)  # the core never finished it: the soft reset ends it
                if ctx.deact_task is not None and not ctx.deact_task.done():
                    ctx.deact_task.cancel()
        async with self._cmd_lock:
            await self._quiesce_rx()
            stop = getattr(self.port, "stop", None)
            if stop is not None:  # engines idle, rings reclaimed; reaped frames kept
                await stop(discard=False)
            await self.regs.CTRL.write(self._ctrl_value(enable=0, soft_reset=1))
            await self.regs.CTRL.write(self._ctrl_value(enable=1))
            if stop is not None:
                try:
                    await self.port.start()  # fresh rings on the same memory
                except Exception as exc:
                    log.error("reset: the host interface did not restart: %s", exc)
                    self.error = f"host interface: {exc}"
                    self.stats["reset_port_errors"] += 1
            self._tx_orphans.clear()
            self._dma_moved.clear()
            for ctx in self._slots.values():
                ctx.dma_moved.clear()
            for ctx in stuck:
                self._deactivations.pop(ctx.slot, None)
                ctx.deactivated.set()
                ctx.state = MiniportVcState.IDLE
                self.ndis.m_co_deactivate_vc_complete(NdisStatus.SUCCESS, ctx.ndis_vc)
            status = NdisStatus.SUCCESS
            for ctx in self._slots.values():
                if ctx.state is MiniportVcState.ACTIVE:
                    res = await self._command(ctx.slot, VcOpcode.ACTIVATE, ctx.cfg)
                    if res != VcResult.OK:
                        log.error("reset: VC %d not restored: %s", ctx.slot, res.name)
                        self.stats["reset_restore_failures"] += 1
                        status = NdisStatus.FAILURE
        self._tasks = [t for t in self._tasks if not t.done()]
        return status

    async def _quiesce_rx(self) -> None:
        """Before a soft reset: stop line RX (CTRL.enable = 0) and wait until the RX buffer
        is empty (STATUS.rx_free = RX_BUF_CELLS), i.e. no PDU is waiting for or being
        streamed to host RX: a soft reset in the middle of a host RX frame cuts it without
        tlast and the host would merge it with the next one (architecture.md). Bounded by
        `sync_timeout` (a partial PDU of an external line holds cells until then). Before
        that, the core's TX buffer is let empty (bounded the same way)."""
        rt, r = self.runtime, self.regs
        nap = rt.event()
        waited, step = 0.0, self.sync_timeout / 50
        # first let the core finish the frames it holds (sends the driver gave up on, e.g.
        # under a halted DMA engine): disabling it mid-PDU would leave a partial PDU in
        # the RX buffer of a loopback
        while waited < self.sync_timeout:
            f = await _read_fields(r.STATUS)
            if f["tx_free"] >= self.caps.tx_buf_cells:
                break
            await rt.wait_for(nap, step)
            waited += step
        await r.CTRL.write(self._ctrl_value(enable=0))
        if getattr(self.port, "rx_halted", False):
            return  # nothing drains the RX buffer; the halted engine is at a PDU boundary
        waited = 0.0
        while True:
            f = await _read_fields(r.STATUS)
            if f["rx_free"] >= self.caps.rx_buf_cells:
                return
            if waited >= self.sync_timeout:
                self.stats["reset_rx_busy"] += 1
                log.error("reset: %d RX buffer cells still in use", self.caps.rx_buf_cells
                          - f["rx_free"])
                return
            await rt.wait_for(nap, step)
            waited += step

    def _abort_sends(self, ctx: VcContext, status: NdisStatus) -> None:
        """Complete every pending send of `ctx` with `status` now (driver-completed); the
        ones already handed to the core become orphans whose completions are dropped."""
        if not ctx.pending:
            return
        entries = list(ctx.pending)
        ctx.pending.clear()
        ctx.tx_idle.set()
        self._tx_orphans[ctx.slot] += sum(e.sent for e in entries)
        for e in entries:
            e.aborted = True
            e.nbl.status, e.nbl.hw_completed = status, False
            ctx.tx_driver_completed[status.name] += 1
        self.ndis.m_co_send_net_buffer_lists_complete(ctx.ndis_vc, [e.nbl for e in entries])

    def _ctrl_value(self, *, enable: int, soft_reset: int = 0, snapshot: int = 0) -> int:
        return self.regs.CTRL.register_value(
            enable=enable, loopback=int(self.loopback), soft_reset=soft_reset,
            snapshot=snapshot, hec_correct=int(self.hec_correct), nni=int(self.nni))

    # ------------------------------------------------------------------ commands
    async def _issue(self, slot: int, opcode: VcOpcode, cfg: HwVcConfig | None = None) -> None:
        """Write a command (the command lock must be held)."""
        r = self.regs
        await r.INT_STATUS.write(self._cmd_done_mask)
        await r.VC_SELECT.write(slot)
        if cfg is not None:
            p = r.VC_PARAM
            await r.VC_VPIVCI.write(r.VC_VPIVCI.register_value(vpi=cfg.vpi, vci=cfg.vci))
            await p.write(p.register_value(
                aal=p.aal.enum_cls(cfg.aal), service=p.service.enum_cls(cfg.service),
                tx_en=int(cfg.tx_en), rx_en=int(cfg.rx_en), rx_errored=int(cfg.rx_errored),
                clp=cfg.clp))
            await r.VC_MAX_SDU.write(cfg.max_sdu)
            await r.VC_PCR_INC.write(cfg.inc)
        await r.VC_CMD.opcode.write(r.VC_CMD.opcode.enum_cls(int(opcode)), force_no_read=True)

    async def _wait_cmd_done(self) -> None:
        """Sleep on the interrupt line until INT_STATUS.cmd_done, then clear it."""
        r = self.regs
        while True:
            await self.window.wait_irq()
            status = await r.INT_STATUS.read()
            if status & self._cmd_done_mask:
                await r.INT_STATUS.write(self._cmd_done_mask)
                return
            # Only cmd_done is enabled; anything else asserted the line: clear and go on.
            enabled = await r.INT_ENABLE.read()
            if status & enabled:
                await r.INT_STATUS.write(status & enabled)

    async def _result(self) -> VcResult:
        f = await _read_fields(self.regs.VC_CMD)
        return VcResult(_iv(f["result"]))

    async def _command(self, slot: int, opcode: VcOpcode,
                       cfg: HwVcConfig | None = None) -> VcResult:
        """One bounded command: write it, read VC_CMD; if busy, sleep on cmd_done."""
        await self._issue(slot, opcode, cfg)
        f = await _read_fields(self.regs.VC_CMD)
        if _iv(f["busy"]):
            await self._wait_cmd_done()
            f = await _read_fields(self.regs.VC_CMD)
        return VcResult(_iv(f["result"]))

    async def _read_counters(self, names: dict[str, Any], wanted=None) -> dict[str, int]:
        out = {}
        for key, reg in names.items():
            if wanted is not None and key not in wanted:
                continue
            if isinstance(reg, tuple):
                lo = await getattr(self.regs, reg[0]).read()
                hi = await getattr(self.regs, reg[1]).read()
                out[key] = (hi << 32) | lo
            else:
                out[key] = await getattr(self.regs, reg).read()
        return out

    async def _query_locked(self, slot: int, wanted=None) -> VcSnapshot:
        res = await self._command(slot, VcOpcode.QUERY)
        if res != VcResult.OK:
            raise AdapterError(f"QUERY of VC {slot} failed: {res.name}")
        r = self.regs
        st = await _read_fields(r.VC_Q_STATE)
        cid = await _read_fields(r.VC_Q_VPIVCI)
        par = await _read_fields(r.VC_Q_PARAM)
        msdu = await _read_fields(r.VC_Q_MAX_SDU)
        inc = await r.VC_Q_INC.read()
        counters = await self._read_counters(_VC_COUNTERS, wanted)
        return VcSnapshot(
            slot=slot, state=_iv(st["state"]), last_rx_status=_iv(st["last_rx_status"]),
            last_tx_status=_iv(st["last_tx_status"]), tx_queued=_iv(st["tx_queued"]),
            vpi=_iv(cid["vpi"]), vci=_iv(cid["vci"]), aal=_iv(par["aal"]),
            service=_iv(par["service"]), tx_en=_iv(par["tx_en"]), rx_en=_iv(par["rx_en"]),
            rx_errored=_iv(par["rx_errored"]), clp=_iv(par["clp"]),
            max_sdu=_iv(msdu["max_sdu"]), inc=inc, counters=counters)

    async def query_vc(self, target: VcContext | int) -> VcSnapshot:
        """QUERY one VC-table entry (a context or a slot number) and read it back."""
        slot = target.slot if isinstance(target, VcContext) else int(target)
        async with self._cmd_lock:
            return await self._query_locked(slot)

    async def read_adapter_counters(self) -> dict[str, int]:
        """CTRL.snapshot, then every global counter (one consistent set)."""
        async with self._stats_lock:
            await self.regs.CTRL.write(self._ctrl_value(enable=1, snapshot=1))
            return await self._read_counters(_GLOBAL_COUNTERS)

    def context_of_slot(self, slot: int) -> VcContext | None:
        return self._slots.get(slot)

    # ------------------------------------------------------------------ VC lifecycle
    async def co_create_vc(self, ndis_vc: VcHandle) -> tuple[NdisStatus, VcContext | None]:
        """MiniportCoCreateVc: take a free VC-table slot (RESOURCES when none is left).

        Slots are handed out lowest first; a slot is clean (cleared at delete, reset at
        initialize), so create touches no hardware.
        """
        if not self.ready:
            return NdisStatus.FAILURE, None
        if not self._free:
            return NdisStatus.RESOURCES, None
        slot = heapq.heappop(self._free)
        ctx = VcContext(slot=slot, ndis_vc=ndis_vc, runtime=self.runtime)
        self._slots[slot] = ctx
        return NdisStatus.SUCCESS, ctx

    def _cbr_load(self, exclude: VcContext) -> Fraction:
        return sum((c.cfg.cells_per_slot for c in self._slots.values()
                    if c is not exclude and c.cfg is not None
                    and c.state in (MiniportVcState.ACTIVE, MiniportVcState.DEACTIVATING)),
                   Fraction(0))

    async def co_activate_vc(self, ctx: VcContext, params: CoCallParameters) -> NdisStatus:
        """MiniportCoActivateVc: validate, then ACTIVATE (or MODIFY on an active VC).

        Never PENDING: every command but DEACTIVATE completes in bounded time. Parameter
        failures return before any register is written. With ROUND_UP_FLOW or
        ROUND_DOWN_FLOW on a CBR call, the granted PCR is written back into
        `params.media_parameters.media_specific.transmit.peak_cell_rate`.
        """
        if not self._ctx_ok(ctx):
            return NdisStatus.FAILURE
        if ctx.state is MiniportVcState.DEACTIVATING:
            return NdisStatus.CLOSING
        if ctx.state is not MiniportVcState.IDLE and ctx.state is not MiniportVcState.ACTIVE:
            return NdisStatus.FAILURE
        modify = ctx.state is MiniportVcState.ACTIVE
        async with self._cmd_lock:
            try:
                if modify and (params.vpi, params.vci) != (ctx.cfg.vpi, ctx.cfg.vci):
                    return NdisStatus.INVALID_DATA
                status, cfg = validate_call(params, self.caps,
                                            allow_reserved_vci=self.allow_reserved_vci,
                                            nni=self.nni, cbr_load=self._cbr_load(ctx))
            except (AttributeError, TypeError, ValueError) as exc:  # malformed parameters
                log.warning("activate VC %d: malformed call parameters: %s", ctx.slot, exc)
                return NdisStatus.INVALID_DATA
            if status != NdisStatus.SUCCESS:
                return status
            res = await self._command(ctx.slot, VcOpcode.MODIFY if modify else VcOpcode.ACTIVATE,
                                      cfg)
        status = RESULT_STATUS.get(res, NdisStatus.FAILURE)
        if status != NdisStatus.SUCCESS:
            return status
        if cfg.is_cbr and params.media_flags & (MediaFlags.ROUND_UP_FLOW
                                                | MediaFlags.ROUND_DOWN_FLOW):
            params.atm_media.transmit.peak_cell_rate = cfg.granted_pcr
        ctx.cfg, ctx.params, ctx.encapsulation = cfg, params, params.encapsulation
        ctx.state = MiniportVcState.ACTIVE
        return NdisStatus.SUCCESS

    async def co_deactivate_vc(self, ctx: VcContext) -> NdisStatus:
        """MiniportCoDeactivateVc: always PENDING; completes on the core's cmd_done.

        Sends still queued in the driver are completed REQUEST_ABORTED at once; the core
        flushes the ones it queued (TX_ABORTED -> REQUEST_ABORTED). Before
        NdisMCoDeactivateVcComplete every pending send is completed and every PDU the core
        handed to host RX for the VC (good and errored) has been taken and indicated; see
        `_drain`. FAILURE on an unknown or deleted context, NOT_ACCEPTED when not active.
        """
        if not self._ctx_ok(ctx):
            return NdisStatus.FAILURE
        if ctx.state is not MiniportVcState.ACTIVE:
            return NdisStatus.NOT_ACCEPTED
        ctx.state = MiniportVcState.DEACTIVATING
        aborted = [e for e in ctx.pending if not e.sent]
        for e in aborted:
            e.aborted = True
            ctx.pending.remove(e)
            e.nbl.status = NdisStatus.REQUEST_ABORTED
            ctx.tx_driver_completed[NdisStatus.REQUEST_ABORTED.name] += 1
        if not ctx.pending:
            ctx.tx_idle.set()
        if aborted:
            self.ndis.m_co_send_net_buffer_lists_complete(ctx.ndis_vc, [e.nbl for e in aborted])
        await self._cmd_lock.acquire()
        try:
            await self._issue(ctx.slot, VcOpcode.DEACTIVATE)
        except BaseException:
            self._cmd_lock.release()
            ctx.state = MiniportVcState.ACTIVE
            raise
        self._deactivations[ctx.slot] = ctx
        ctx.deactivated.clear()
        ctx.deact_task = self.runtime.spawn(self._deactivate_completion(ctx),
                                            f"vcnic-deactivate-{ctx.slot}")
        self._tasks.append(ctx.deact_task)
        return NdisStatus.PENDING

    async def _deactivate_completion(self, ctx: VcContext) -> None:
        res = None
        try:
            await self._wait_cmd_done()
            res = await self._result()
            if res == VcResult.OK:
                await self._drain(ctx)
        finally:
            self._cmd_lock.release()
        if self._deactivations.pop(ctx.slot, None) is not ctx:
            return  # halt() or reset() completed it meanwhile
        ctx.deactivated.set()
        if res == VcResult.OK:
            ctx.state = MiniportVcState.IDLE
            status = NdisStatus.SUCCESS
        else:
            log.error("DEACTIVATE of VC %d failed: %s", ctx.slot, res)
            ctx.state = MiniportVcState.ACTIVE
            status = NdisStatus.FAILURE
        self.ndis.m_co_deactivate_vc_complete(status, ctx.ndis_vc)

    async def _drain(self, ctx: VcContext) -> None:
        """After DEACTIVATE's cmd_done: everything the NIC holds for the VC is gone.

        The core completed DEACTIVATE only once no PDU of the VC waited for host RX
        (architecture.md), so every such PDU is in the data port already (or was
        received): `mark` = PDUs this driver took + `DataPort.rx_pending()`. Wait until
        the receive task has taken and indicated up to `mark`, and for the VC's last TX
        completions. Then PDUs of this slot up to `mark` can only be late ones of this
        (or an earlier) activation: the slot's fence, so they are never indicated on a
        later VC even if a wait below timed out (they are counted in `stats`).
        """
        rt = self.runtime
        while ctx.pending:
            if not await rt.wait_for(ctx.tx_idle, self.sync_timeout):
                self.stats["tx_drain_timeouts"] += 1
                log.error("VC %d: %d sends never completed", ctx.slot, len(ctx.pending))
                self._abort_sends(ctx, NdisStatus.FAILURE)
                break
        sync = getattr(self.port, "rx_sync", None)
        if sync is not None and not await sync():  # a ring manager: reap every PDU the
            self.stats["rx_sync_timeouts"] += 1  # DMA took, so its buffers are back
        pending = getattr(self.port, "rx_pending", None)
        if pending is not None:
            mark = self._rx_seq + pending()
            done = lambda: self._rx_seq >= mark  # noqa: E731
        else:  # a DataPort without rx_pending(): the VC's counters say what was delivered
            snap = await self._query_locked(ctx.slot,
                                            wanted=("rx_pdus", "rx_crc", "rx_length"))
            c = snap.counters
            target = c["rx_pdus"] + ((c["rx_crc"] + c["rx_length"])
                                     if ctx.cfg is not None and ctx.cfg.rx_errored else 0)
            done = lambda: ctx.rx_frames >= target  # noqa: E731
        while True:
            self._rx_progress.clear()
            if done():
                break
            if not await rt.wait_for(self._rx_progress, self.sync_timeout):
                self.stats["rx_drain_timeouts"] += 1
                log.error("VC %d: PDUs the core delivered were not all taken from host RX",
                          ctx.slot)
                break
        if pending is not None:
            self._rx_fence[ctx.slot] = max(self._rx_fence.get(ctx.slot, 0), mark)

    async def co_delete_vc(self, ctx: VcContext) -> NdisStatus:
        """MiniportCoDeleteVc: CLEAR the slot (entry, contexts, counters) and free it.

        FAILURE on an unknown or already deleted context (nothing is touched);
        NOT_ACCEPTED on an active one, CLOSING while it deactivates (NDIS never makes
        these calls; a direct caller gets a status, not a broken slot).
        """
        if not self._ctx_ok(ctx):
            return NdisStatus.FAILURE
        if ctx.state is MiniportVcState.DEACTIVATING:
            return NdisStatus.CLOSING
        if ctx.state is not MiniportVcState.IDLE:
            return NdisStatus.NOT_ACCEPTED
        async with self._cmd_lock:
            res = await self._command(ctx.slot, VcOpcode.CLEAR)
        if res != VcResult.OK:
            log.error("CLEAR of VC %d answered %s", ctx.slot, res.name)
        ctx.state = MiniportVcState.DELETED
        self._slots.pop(ctx.slot, None)
        heapq.heappush(self._free, ctx.slot)
        return NdisStatus.SUCCESS

    def _ctx_ok(self, ctx: Any) -> bool:
        """A context this (initialized) miniport created and has not deleted."""
        return (self.ready and isinstance(ctx, VcContext)
                and self._slots.get(ctx.slot) is ctx)

    # ------------------------------------------------------------------ data path
    def co_send_net_buffer_lists(self, ctx: VcContext, nbls: list[NetBufferList]) -> None:
        """MiniportCoSendNetBufferLists: accept every list; queue, or complete at once.

        Completed at once, without touching hardware: VC_NOT_ACTIVATED when the VC is not
        active or not TRANSMIT_VC; INVALID_DATA when the packet cannot be encapsulated;
        INVALID_LENGTH when the SDU exceeds the transmit max SDU or is empty (0 bytes: an
        AAL5 PDU with Length 0 is the abort indication, I.363.5). The rest go to the
        data port in order and complete from the core's TX completions.
        """
        now: list[NetBufferList] = []
        if not self._ctx_ok(ctx):  # NDIS never does this; fail them, touch nothing
            for nbl in nbls:
                nbl.status, nbl.hw_completed = NdisStatus.FAILURE, False
            if isinstance(ctx, VcContext) and self.ndis is not None:
                self.ndis.m_co_send_net_buffer_lists_complete(ctx.ndis_vc, list(nbls))
            return
        for nbl in nbls:
            status = None
            if ctx.state is not MiniportVcState.ACTIVE or not ctx.cfg.tx_en:
                status = NdisStatus.VC_NOT_ACTIVATED
            else:
                try:
                    if nbl.raw or ctx.encapsulation is None:
                        sdu = bytes(nbl.packet or b"")
                    else:
                        sdu = encapsulate(nbl.packet, ctx.encapsulation)
                except (ValueError, TypeError):
                    sdu, status = b"", NdisStatus.INVALID_DATA
                nbl.sdu = sdu
                if status is None and not 0 < len(sdu) <= ctx.cfg.tx_max_sdu:
                    status = NdisStatus.INVALID_LENGTH
            if status is not None:
                nbl.status, nbl.hw_completed = status, False
                ctx.tx_driver_completed[status.name] += 1
                now.append(nbl)
                continue
            entry = _TxEntry(ctx, nbl)
            ctx.pending.append(entry)
            ctx.tx_idle.clear()
            self._txq.append(entry)
            self._tx_work.set()
        if now:
            self.ndis.m_co_send_net_buffer_lists_complete(ctx.ndis_vc, now)

    async def _send_pump(self) -> None:
        while True:
            while self._txq:
                e = self._txq.popleft()
                if e.aborted:
                    continue
                e.sent = True
                try:
                    await self.port.send(e.ctx.slot, e.nbl.sdu, e.nbl.uu, e.nbl.cpi,
                                         e.nbl.clp)
                except Exception as exc:  # the port refused it: fail this send only
                    log.error("DataPort.send on VC %d failed: %s", e.ctx.slot, exc)
                    self.stats["tx_port_errors"] += 1
                    ctx = e.ctx
                    if e in ctx.pending:
                        ctx.pending.remove(e)
                    if not ctx.pending:
                        ctx.tx_idle.set()
                    e.nbl.status, e.nbl.hw_completed = NdisStatus.FAILURE, False
                    ctx.tx_driver_completed[NdisStatus.FAILURE.name] += 1
                    self.ndis.m_co_send_net_buffer_lists_complete(ctx.ndis_vc, [e.nbl])
            self._tx_work.clear()
            await self.port.flush()  # one doorbell per batch (DMA); nothing on a stream
            if not self._txq:
                await self.runtime.wait(self._tx_work)

    async def _tx_completion_task(self) -> None:
        while True:
            c = await self.port.tx_completion()
            if self._tx_orphans[c.vc] > 0:  # owed to a VC whose deactivation gave up on it
                self._tx_orphans[c.vc] -= 1
                self.stats["tx_orphan_completions"] += 1
                continue
            ctx = self._slots.get(c.vc)
            entry = next((e for e in ctx.pending if e.sent), None) if ctx else None
            if entry is None:
                self.stats["tx_unmatched_completions"] += 1
                log.error("TX completion %r matches no pending send", c)
                continue
            ctx.pending.remove(entry)
            self._tx_progress.set()
            nbl = entry.nbl
            nbl.status = TX_STATUS.get(c.status, NdisStatus.FAILURE)
            nbl.hw_completed = True
            if not ctx.pending:
                ctx.tx_idle.set()
            self.ndis.m_co_send_net_buffer_lists_complete(ctx.ndis_vc, [nbl])

    async def _receive_task(self) -> None:
        while True:
            f = await self.port.receive()
            self._rx_seq += 1
            try:
                self._receive_one(f)
            finally:
                self._rx_progress.set()

    def _receive_one(self, f) -> None:
        if self._rx_seq <= self._rx_fence.get(f.vc, 0):
            # delivered before the deactivation of an earlier VC of this slot completed,
            # taken only after it (a drain timed out): never indicate it on a later VC
            self.stats["rx_stale"] += 1
            return
        ctx = self._slots.get(f.vc)
        if ctx is None or ctx.state not in (MiniportVcState.ACTIVE,
                                            MiniportVcState.DEACTIVATING):
            self.stats["rx_no_vc"] += 1
            return
        ctx.rx_frames += 1
        if f.status in _DMA_FAILED:
            # the DMA could not store it (no free buffer, write error): never indicated;
            # a PDU the core delivered good was counted by it: move it to the drop counter
            ctx.rx_errored[RxStatusCode(f.status).name] += 1
            if getattr(f, "core_status", f.status) == RxStatusCode.RX_OK:
                for moved in (ctx.dma_moved, self._dma_moved):
                    moved["pdus"] += 1
                    moved["bytes"] += getattr(f, "pdu_length", len(f.data))
                    moved[_DMA_FAILED[f.status]] += 1
            return
        if f.status == RxStatusCode.RX_OK:
            ctx.rx_good += 1
            nbl = NetBufferList(sdu=bytes(f.data), uu=f.uu, cpi=f.cpi,
                                rx_status=int(f.status), status=NdisStatus.SUCCESS)
            if ctx.encapsulation is None:
                nbl.packet = Raw(nbl.sdu)
            else:
                try:
                    nbl.packet = decapsulate(nbl.sdu, ctx.encapsulation)
                except ValueError as exc:
                    ctx.rx_decap_errors += 1
                    nbl.packet, nbl.decap_error = Raw(nbl.sdu), str(exc)
        else:
            try:
                name = RxStatusCode(f.status).name
            except ValueError:
                name = str(f.status)
            ctx.rx_errored[name] += 1
            if not (ctx.cfg and ctx.cfg.rx_errored):
                return
            ctx.rx_errored_indicated += 1
            nbl = NetBufferList(packet=Raw(bytes(f.data)), sdu=bytes(f.data), uu=f.uu,
                                cpi=f.cpi, rx_status=int(f.status),
                                status=NdisStatus.INVALID_DATA)
        self.ndis.m_co_indicate_receive_net_buffer_lists(ctx.ndis_vc, [nbl])

    # ------------------------------------------------------------------ OIDs
    async def co_oid_request(self, ctx: VcContext | None, request: OidRequest) -> NdisStatus:
        """MiniportCoOidRequest: capabilities and statistics, adapter-wide or per VC.

        Unknown OID: INVALID_OID. SET on any of these (all are query-only): NOT_SUPPORTED.
        Cell-level statistics that belong to no VC, asked on a VC: NOT_SUPPORTED.
        A buffer shorter than 4 bytes (12 for ATM_SUPPORTED_VC_RATES): BUFFER_TOO_SHORT
        with `bytes_needed`. Counters are ULONG64 and come back as 4 bytes when the buffer
        holds only 4 (NDIS statistics convention).
        """
        if not self.ready or (ctx is not None and not self._ctx_ok(ctx)):
            return NdisStatus.FAILURE
        if not isinstance(request, OidRequest):
            return NdisStatus.INVALID_DATA
        try:
            oid = Oid(request.oid)
        except (ValueError, TypeError):
            return NdisStatus.INVALID_OID
        if request.request_type == RequestType.SET_INFORMATION:
            return NdisStatus.NOT_SUPPORTED
        if ctx is not None and oid in ADAPTER_ONLY_OIDS:
            return NdisStatus.NOT_SUPPORTED
        caps = self.caps
        if oid is Oid.ATM_SUPPORTED_VC_RATES:
            need = 12
            if request.buffer_length < need:
                request.bytes_needed = need
                return NdisStatus.BUFFER_TOO_SHORT
            value: int | tuple[int, ...] = (0, caps.link_rate, 0)
            data = b"".join(v.to_bytes(4, "little") for v in value)
        elif oid in _OID_COUNTERS:
            if request.buffer_length < 4:
                request.bytes_needed = 8
                return NdisStatus.BUFFER_TOO_SHORT
            per_vc, adapter = _OID_COUNTERS[oid]
            if ctx is not None:
                snap = await self.query_vc(ctx)
                value = sum(snap.counters[k] for k in per_vc)
            else:
                counters = await self.read_adapter_counters()
                value = sum(counters[k] for k in adapter)
            moved = ctx.dma_moved if ctx is not None else self._dma_moved
            value = max(0, value + sum(sign * moved[k]
                                       for k, sign in _DMA_MOVES.get(oid, ())))
            size = 8 if request.buffer_length >= 8 else 4
            data = (value & ((1 << (8 * size)) - 1)).to_bytes(size, "little")
        else:
            if request.buffer_length < 4:
                request.bytes_needed = 4
                return NdisStatus.BUFFER_TOO_SHORT
            value = {
                Oid.ATM_SUPPORTED_SERVICE_CATEGORY: caps.service_cats,
                Oid.ATM_SUPPORTED_AAL_TYPES: caps.aal_types,
                Oid.ATM_MAX_ACTIVE_VCS: caps.num_vc,
                Oid.ATM_MAX_ACTIVE_VCI_BITS: caps.vci_bits,
                Oid.ATM_MAX_ACTIVE_VPI_BITS: 12 if self.nni else min(8, caps.vpi_bits),
                Oid.ATM_MAX_AAL5_PACKET_SIZE: caps.max_sdu,
            }[oid]
            data = value.to_bytes(4, "little")
        request.value, request.data, request.bytes_written = value, data, len(data)
        return NdisStatus.SUCCESS

    # ------------------------------------------------------------------ helpers
    @property
    def active_cbr(self) -> list[VcContext]:
        return [c for c in self._slots.values()
                if c.cfg is not None and c.cfg.service == AtmServiceCategory.CBR
                and c.state is MiniportVcState.ACTIVE]
