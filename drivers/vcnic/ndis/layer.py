"""The NDIS layer: VC handles, the VC state machine NDIS enforces, routing, completions.

A client (protocol, and here also the call manager) calls `NdisLayer` the way a CoNDIS
protocol calls NDIS (NdisCoCreateVc, NdisCmActivateVc, ...). The layer checks the rules
NDIS itself enforces, so the miniport only ever sees legal calls, routes each call to the
miniport with the miniport's per-VC context (which stays opaque here), and turns the
miniport's NdisM* completions and receive indications into calls on the client object.
"""

from __future__ import annotations

import enum
import itertools
import logging
from collections.abc import Iterable
from typing import Any, Protocol

from .nbl import NetBufferList
from .oids import OidRequest
from .params import CoCallParameters
from .runtime import Runtime, detect_runtime
from .status import NdisStatus
from .verifier import NdisVerifier, NdisVerifierError  # noqa: F401 (re-exported)

__all__ = ["NdisLayer", "VcHandle", "NdisVcState", "CoClient", "RecordingClient",
           "MiniportDriver", "NdisVerifierError"]

log = logging.getLogger(__name__)


class NdisVcState(enum.Enum):
    """The VC states NDIS tracks for a handle."""

    CREATED = "created"
    ACTIVATING = "activating"  # MiniportCoActivateVc returned PENDING
    ACTIVE = "active"
    DEACTIVATING = "deactivating"  # MiniportCoDeactivateVc returned PENDING
    DELETED = "deleted"


class VcHandle:
    """NdisVcHandle: what NDIS hands the client for one VC.

    `miniport_context` belongs to the miniport; NDIS only stores it and passes it back.
    """

    def __init__(self, number: int, protocol_vc_context: Any, runtime: Runtime):
        self.number = number
        self.protocol_vc_context = protocol_vc_context
        self.state = NdisVcState.CREATED
        self.call_parameters: CoCallParameters | None = None
        self.miniport_context: Any = None
        self.outstanding_sends = 0
        self.deactivate_status: NdisStatus | None = None
        self._deactivated = runtime.event()
        self._sends_idle = runtime.event()
        self._sends_idle.set()

    def __repr__(self) -> str:
        return f"<VcHandle #{self.number} {self.state.value}>"


class CoClient:
    """The client's handlers NDIS calls (ProtocolCm*/ProtocolCo*); override what you need."""

    def cm_activate_vc_complete(self, status: NdisStatus, vc: VcHandle,
                                params: CoCallParameters) -> None:
        """ProtocolCmActivateVcComplete: a PENDING activation finished."""

    def cm_deactivate_vc_complete(self, status: NdisStatus, vc: VcHandle) -> None:
        """ProtocolCmDeactivateVcComplete: a PENDING deactivation finished."""

    def co_send_net_buffer_lists_complete(self, vc: VcHandle,
                                          nbls: list[NetBufferList]) -> None:
        """ProtocolCoSendNetBufferListsComplete: each list carries its status."""

    def co_receive_net_buffer_lists(self, vc: VcHandle, nbls: list[NetBufferList]) -> None:
        """ProtocolCoReceiveNetBufferLists: frames received on `vc`."""


class RecordingClient(CoClient):
    """A client that keeps every completion and indication, in order, per VC handle."""

    def __init__(self) -> None:
        self.events: list[tuple[str, VcHandle, Any]] = []
        self.sent: dict[int, list[NetBufferList]] = {}
        self.received: dict[int, list[NetBufferList]] = {}

    def cm_activate_vc_complete(self, status, vc, params):
        self.events.append(("activate_complete", vc, status))

    def cm_deactivate_vc_complete(self, status, vc):
        self.events.append(("deactivate_complete", vc, status))

    def co_send_net_buffer_lists_complete(self, vc, nbls):
        self.sent.setdefault(vc.number, []).extend(nbls)
        for nbl in nbls:
            self.events.append(("send_complete", vc, nbl.status))

    def co_receive_net_buffer_lists(self, vc, nbls):
        self.received.setdefault(vc.number, []).extend(nbls)
        for nbl in nbls:
            self.events.append(("receive", vc, nbl))


class MiniportDriver(Protocol):
    """What NDIS calls in a CoNDIS miniport (see vcnic.miniport.Miniport)."""

    async def initialize(self, ndis: NdisLayer) -> NdisStatus: ...

    async def halt(self) -> None: ...

    async def reset(self) -> NdisStatus: ...

    async def co_create_vc(self, ndis_vc_handle: VcHandle) -> tuple[NdisStatus, Any]: ...

    async def co_activate_vc(self, ctx: Any, params: CoCallParameters) -> NdisStatus: ...

    async def co_deactivate_vc(self, ctx: Any) -> NdisStatus: ...

    async def co_delete_vc(self, ctx: Any) -> NdisStatus: ...

    def co_send_net_buffer_lists(self, ctx: Any, nbls: list[NetBufferList]) -> None: ...

    async def co_oid_request(self, ctx: Any, request: OidRequest) -> NdisStatus: ...


class NdisLayer:
    """NDIS between one client and one CoNDIS miniport.

    Bad calls never raise: a handle this layer did not create (or `None`), a deleted
    handle, a call in the wrong VC or adapter state, or parameters of the wrong type get an
    NDIS status (table in docs/driver.md). What the miniport does is checked by
    `self.verifier` (`vcnic.ndis.verifier`): a broken NDIS rule raises
    `NdisVerifierError` from the offending call and again from every later call.
    """

    def __init__(self, miniport: MiniportDriver, client: CoClient | None = None,
                 runtime: Runtime | None = None):
        self.miniport = miniport
        self.client = client if client is not None else RecordingClient()
        self.runtime = runtime
        self._numbers = itertools.count(1)
        self.vcs: dict[int, VcHandle] = {}  # live (not deleted) handles
        self._handles: dict[int, VcHandle] = {}  # every handle this layer created
        self.initialized = False
        self.resetting = False
        self.verifier = NdisVerifier()

    def _known(self, vc: Any) -> bool:
        return isinstance(vc, VcHandle) and self._handles.get(vc.number) is vc

    def _bad_handle(self, vc: Any) -> NdisStatus | None:
        """FAILURE for a handle this layer did not create or has deleted, else None."""
        if not self._known(vc) or vc.state is NdisVcState.DELETED:
            return NdisStatus.FAILURE
        return None

    def _vc_call_refused(self, vc: Any) -> NdisStatus | None:
        """The checks every VC call starts with: the verifier's sticky violation, an
        unknown or deleted handle (FAILURE), a reset in progress (RESET_IN_PROGRESS)."""
        self.verifier.check()
        bad = self._bad_handle(vc)
        if bad is not None:
            return bad
        if self.resetting:
            return NdisStatus.RESET_IN_PROGRESS
        return None

    # ------------------------------------------------------------ adapter
    async def initialize(self) -> NdisStatus:
        """Load the miniport (MiniportInitializeEx). FAILURE when already initialized."""
        self.verifier.check()
        if self.initialized:
            return NdisStatus.FAILURE
        if self.runtime is None:
            self.runtime = detect_runtime()
        status = await self.miniport.initialize(self)
        self.initialized = status == NdisStatus.SUCCESS
        return status

    async def halt(self) -> None:
        """Tear the adapter down as NDIS does before MiniportHaltEx, then halt it.

        Every ACTIVE VC is deactivated (the miniport aborts queued sends, the core
        finishes or flushes the rest, received PDUs are indicated) and the deactivation is
        awaited for at most the runtime's `default_timeout` (once one does not finish, the
        remaining VCs are left to MiniportHaltEx); then MiniportHaltEx, which
        completes whatever is still pending (sends REQUEST_ABORTED, deactivations); then
        every handle is DELETED. A second halt does nothing. Raises `NdisVerifierError`
        if a send was never completed or any rule was broken during the run.
        """
        if not self.initialized:
            self.verifier.check()
            return
        rt = self.runtime
        # deactivations already pending first: the miniport runs one command at a time, so
        # a new deactivation would wait behind one the core cannot finish
        stuck = False
        for vc in list(self.vcs.values()):
            if vc.state is NdisVcState.DEACTIVATING:
                stuck |= not await rt.wait_for(vc._deactivated, rt.default_timeout)
        for vc in list(self.vcs.values()):
            if stuck:
                break
            if vc.state is NdisVcState.ACTIVE:
                await self._deactivate(vc)
            if vc.state is NdisVcState.DEACTIVATING:
                stuck = not await rt.wait_for(vc._deactivated, rt.default_timeout)
        await self.miniport.halt()
        self.initialized = False
        handles = list(self.vcs.values())
        for vc in handles:
            if vc.state is NdisVcState.DEACTIVATING:
                log.error("%r: MiniportHaltEx left its deactivation pending", vc)
            vc.state = NdisVcState.DELETED
            vc.miniport_context = None
            vc._deactivated.set()
        self.vcs.clear()
        self.verifier.halted(handles)
        self.verifier.check()

    async def reset(self) -> NdisStatus:
        """MiniportResetEx, as NDIS calls it when the adapter stops answering.

        While it runs, sends are completed RESET_IN_PROGRESS by NDIS and lifecycle calls
        return RESET_IN_PROGRESS. The miniport completes its pending sends (the ones
        queued in the driver RESET_IN_PROGRESS, the rest as the core completes them) and
        restores the active VCs (docs/driver.md). FAILURE when not initialized;
        RESET_IN_PROGRESS when a reset is already running.
        """
        self.verifier.check()
        if not self.initialized:
            return NdisStatus.FAILURE
        if self.resetting:
            return NdisStatus.RESET_IN_PROGRESS
        self.resetting = True
        try:
            status = await self.miniport.reset()
        finally:
            self.resetting = False
        self.verifier.check()
        return status

    # ------------------------------------------------------------ client/CM API
    async def co_create_vc(self, protocol_vc_context: Any = None
                           ) -> tuple[NdisStatus, VcHandle | None]:
        """NdisCoCreateVc -> MiniportCoCreateVc (SUCCESS or RESOURCES, never PENDING).

        FAILURE (no handle) when the adapter is not initialized or has been halted.
        """
        self.verifier.check()
        if not self.initialized:
            return NdisStatus.FAILURE, None
        vc = VcHandle(next(self._numbers), protocol_vc_context, self.runtime)
        status, ctx = await self.miniport.co_create_vc(vc)
        if status != NdisStatus.SUCCESS:
            return status, None
        vc.miniport_context = ctx
        self.vcs[vc.number] = vc
        self._handles[vc.number] = vc
        return status, vc

    async def cm_activate_vc(self, vc: VcHandle, params: CoCallParameters) -> NdisStatus:
        """NdisCmActivateVc -> MiniportCoActivateVc; on an ACTIVE VC this is a modify-call.

        Returns NOT_ACCEPTED while an activation is pending, CLOSING while a deactivation
        is pending, FAILURE on a deleted or unknown handle, INVALID_DATA when `params` is
        not a `CoCallParameters`. A failed modify leaves the VC ACTIVE with its old
        parameters.
        """
        refused = self._vc_call_refused(vc)
        if refused is not None:
            return refused
        if vc.state is NdisVcState.DEACTIVATING:
            return NdisStatus.CLOSING
        if vc.state is NdisVcState.ACTIVATING:
            return NdisStatus.NOT_ACCEPTED
        if not isinstance(params, CoCallParameters):
            return NdisStatus.INVALID_DATA
        was_active = vc.state is NdisVcState.ACTIVE
        if not was_active:
            vc.state = NdisVcState.ACTIVATING
        status = await self.miniport.co_activate_vc(vc.miniport_context, params)
        if status == NdisStatus.PENDING:
            return status
        if status == NdisStatus.SUCCESS:
            vc.state = NdisVcState.ACTIVE
            vc.call_parameters = params
        elif not was_active:
            vc.state = NdisVcState.CREATED
        return status

    async def cm_deactivate_vc(self, vc: VcHandle) -> NdisStatus:
        """NdisCmDeactivateVc -> MiniportCoDeactivateVc (SUCCESS or PENDING).

        NOT_ACCEPTED on a VC that is not active, CLOSING when a deactivation is already
        pending, FAILURE on a deleted or unknown handle. Await `wait_deactivate_complete()`
        after PENDING (the client also gets `cm_deactivate_vc_complete`).
        """
        refused = self._vc_call_refused(vc)
        if refused is not None:
            return refused
        if vc.state is NdisVcState.DEACTIVATING:
            return NdisStatus.CLOSING
        if vc.state is not NdisVcState.ACTIVE:
            return NdisStatus.NOT_ACCEPTED
        return await self._deactivate(vc)

    async def _deactivate(self, vc: VcHandle) -> NdisStatus:
        vc.state = NdisVcState.DEACTIVATING
        vc.deactivate_status = None
        vc._deactivated.clear()
        status = await self.miniport.co_deactivate_vc(vc.miniport_context)
        if status == NdisStatus.PENDING:
            return status
        if status == NdisStatus.SUCCESS:
            self.verifier.deactivate_complete("MiniportCoDeactivateVc", vc, status, True, True)
            self._deactivated(vc, status)
        elif vc.state is NdisVcState.DEACTIVATING:
            vc.state = NdisVcState.ACTIVE
        return status

    async def wait_deactivate_complete(self, vc: VcHandle) -> NdisStatus:
        """Wait until a pending deactivation of `vc` completes; its status.

        Returns at once: the last deactivation's status when none is pending,
        NOT_ACCEPTED when the VC was never deactivated, FAILURE on a deleted or unknown
        handle.
        """
        self.verifier.check()
        bad = self._bad_handle(vc)
        if bad is not None:
            return bad
        if vc.state is NdisVcState.DEACTIVATING:
            assert self.runtime is not None
            await self.runtime.wait(vc._deactivated)
            self.verifier.check()
        if vc.deactivate_status is None:
            return NdisStatus.NOT_ACCEPTED
        return vc.deactivate_status

    async def co_delete_vc(self, vc: VcHandle) -> NdisStatus:
        """NdisCoDeleteVc -> MiniportCoDeleteVc (synchronous SUCCESS).

        NOT_ACCEPTED on an ACTIVE (or activating) VC, CLOSING during a pending
        deactivation, FAILURE on a handle already deleted or unknown.
        """
        refused = self._vc_call_refused(vc)
        if refused is not None:
            return refused
        if vc.state is NdisVcState.DEACTIVATING:
            return NdisStatus.CLOSING
        if vc.state is not NdisVcState.CREATED:
            return NdisStatus.NOT_ACCEPTED
        status = await self.miniport.co_delete_vc(vc.miniport_context)
        if status == NdisStatus.SUCCESS:
            vc.state = NdisVcState.DELETED
            vc.miniport_context = None
            self.vcs.pop(vc.number, None)
        return status

    def co_send_net_buffer_lists(self, vc: VcHandle, nbls: Iterable[NetBufferList]) -> None:
        """NdisCoSendNetBufferLists -> MiniportCoSendNetBufferLists.

        Never blocks; every list is completed later (or at once) through the client's
        `co_send_net_buffer_lists_complete`. On a deleted or unknown handle, or once the
        adapter is halted, NDIS fails them itself (status FAILURE, completed to the client
        when `vc` is a `VcHandle`). Anything but `NetBufferList`s is a TypeError (nothing
        is sent).
        """
        self.verifier.check()
        nbls = list(nbls)
        for nbl in nbls:
            if not isinstance(nbl, NetBufferList):
                raise TypeError(f"co_send_net_buffer_lists takes NetBufferLists, got "
                                f"{type(nbl).__name__}")
        if len({id(n) for n in nbls}) != len(nbls) or any(
                self.verifier.is_outstanding(n) for n in nbls):
            raise ValueError("a NetBufferList may be sent again only once it has completed")
        if not nbls:
            return
        refused = (NdisStatus.FAILURE if self._bad_handle(vc) is not None or not self.initialized
                   else NdisStatus.RESET_IN_PROGRESS if self.resetting else None)
        if refused is not None:
            for nbl in nbls:
                nbl.status, nbl.hw_completed = refused, False
            if isinstance(vc, VcHandle):  # else there is no VC to complete them on
                self.client.co_send_net_buffer_lists_complete(vc, nbls)
            return
        for nbl in nbls:
            nbl.status = None
        vc.outstanding_sends += len(nbls)
        vc._sends_idle.clear()
        self.verifier.sent(vc, nbls)
        self.miniport.co_send_net_buffer_lists(vc.miniport_context, nbls)

    async def wait_sends_complete(self, vc: VcHandle) -> None:
        """Wait until every list sent on `vc` has been completed (at once: unknown handle)."""
        self.verifier.check()
        if not self._known(vc):
            return
        assert self.runtime is not None
        await self.runtime.wait(vc._sends_idle)
        self.verifier.check()

    async def co_oid_request(self, vc: VcHandle | None, request: OidRequest) -> NdisStatus:
        """NdisCoOidRequest -> MiniportCoOidRequest; `vc=None` asks the adapter.

        FAILURE on a deleted or unknown handle or before initialize/after halt;
        INVALID_DATA when `request` is not an `OidRequest`.
        """
        self.verifier.check()
        if not self.initialized:
            return NdisStatus.FAILURE
        if vc is not None:
            bad = self._bad_handle(vc)
            if bad is not None:
                return bad
        if not isinstance(request, OidRequest):
            return NdisStatus.INVALID_DATA
        ctx = vc.miniport_context if vc is not None else None
        return await self.miniport.co_oid_request(ctx, request)

    # ------------------------------------------------------------ miniport completions
    def m_co_activate_vc_complete(self, status: NdisStatus, vc: VcHandle,
                                  params: CoCallParameters) -> None:
        """NdisMCoActivateVcComplete."""
        self.verifier.activate_complete("NdisMCoActivateVcComplete", vc, self._known(vc),
                                        getattr(vc, "state", None) is NdisVcState.ACTIVATING)
        if status == NdisStatus.SUCCESS:
            vc.state = NdisVcState.ACTIVE
            vc.call_parameters = params
        else:
            vc.state = NdisVcState.CREATED
        self.client.cm_activate_vc_complete(status, vc, params)

    def m_co_deactivate_vc_complete(self, status: NdisStatus, vc: VcHandle) -> None:
        """NdisMCoDeactivateVcComplete."""
        self.verifier.deactivate_complete("NdisMCoDeactivateVcComplete", vc, status,
                                          self._known(vc),
                                          getattr(vc, "state", None) is NdisVcState.DEACTIVATING)
        self._deactivated(vc, status)
        self.client.cm_deactivate_vc_complete(status, vc)

    def _deactivated(self, vc: VcHandle, status: NdisStatus) -> None:
        vc.state = NdisVcState.CREATED if status == NdisStatus.SUCCESS else NdisVcState.ACTIVE
        vc.deactivate_status = status
        vc._deactivated.set()

    def m_co_send_net_buffer_lists_complete(self, vc: VcHandle,
                                            nbls: list[NetBufferList]) -> None:
        """NdisMCoSendNetBufferListsComplete."""
        nbls = list(nbls)
        self.verifier.send_complete("NdisMCoSendNetBufferListsComplete", vc, nbls,
                                    self._known(vc))
        vc.outstanding_sends = self.verifier.outstanding(vc)
        if vc.outstanding_sends == 0:
            vc._sends_idle.set()
        self.client.co_send_net_buffer_lists_complete(vc, nbls)

    def m_co_indicate_receive_net_buffer_lists(self, vc: VcHandle,
                                               nbls: list[NetBufferList]) -> None:
        """NdisMCoIndicateReceiveNetBufferLists: only on an ACTIVE (or deactivating) VC."""
        state = getattr(vc, "state", None)
        self.verifier.receive("NdisMCoIndicateReceiveNetBufferLists", vc, self._known(vc),
                              state is NdisVcState.DELETED,
                              state in (NdisVcState.ACTIVE, NdisVcState.DEACTIVATING))
        self.client.co_receive_net_buffer_lists(vc, nbls)
