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

__all__ = ["NdisLayer", "VcHandle", "NdisVcState", "CoClient", "RecordingClient",
           "MiniportDriver"]

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

    async def co_create_vc(self, ndis_vc_handle: VcHandle) -> tuple[NdisStatus, Any]: ...

    async def co_activate_vc(self, ctx: Any, params: CoCallParameters) -> NdisStatus: ...

    async def co_deactivate_vc(self, ctx: Any) -> NdisStatus: ...

    async def co_delete_vc(self, ctx: Any) -> NdisStatus: ...

    def co_send_net_buffer_lists(self, ctx: Any, nbls: list[NetBufferList]) -> None: ...

    async def co_oid_request(self, ctx: Any, request: OidRequest) -> NdisStatus: ...


class NdisLayer:
    """NDIS between one client and one CoNDIS miniport."""

    def __init__(self, miniport: MiniportDriver, client: CoClient | None = None,
                 runtime: Runtime | None = None):
        self.miniport = miniport
        self.client = client if client is not None else RecordingClient()
        self.runtime = runtime
        self._numbers = itertools.count(1)
        self.vcs: dict[int, VcHandle] = {}
        self.initialized = False

    # ------------------------------------------------------------ adapter
    async def initialize(self) -> NdisStatus:
        """Load the miniport (MiniportInitializeEx)."""
        if self.runtime is None:
            self.runtime = detect_runtime()
        status = await self.miniport.initialize(self)
        self.initialized = status == NdisStatus.SUCCESS
        return status

    async def halt(self) -> None:
        """MiniportHaltEx."""
        if self.initialized:
            await self.miniport.halt()
        self.initialized = False

    # ------------------------------------------------------------ client/CM API
    async def co_create_vc(self, protocol_vc_context: Any = None
                           ) -> tuple[NdisStatus, VcHandle | None]:
        """NdisCoCreateVc -> MiniportCoCreateVc (SUCCESS or RESOURCES, never PENDING)."""
        assert self.runtime is not None, "initialize() first"
        vc = VcHandle(next(self._numbers), protocol_vc_context, self.runtime)
        status, ctx = await self.miniport.co_create_vc(vc)
        if status != NdisStatus.SUCCESS:
            return status, None
        vc.miniport_context = ctx
        self.vcs[vc.number] = vc
        return status, vc

    async def cm_activate_vc(self, vc: VcHandle, params: CoCallParameters) -> NdisStatus:
        """NdisCmActivateVc -> MiniportCoActivateVc; on an ACTIVE VC this is a modify-call.

        Returns NOT_ACCEPTED while an activation is pending, CLOSING while a deactivation
        is pending, FAILURE on a deleted handle. A failed modify leaves the VC ACTIVE with
        its old parameters.
        """
        if vc.state is NdisVcState.DELETED:
            return NdisStatus.FAILURE
        if vc.state is NdisVcState.DEACTIVATING:
            return NdisStatus.CLOSING
        if vc.state is NdisVcState.ACTIVATING:
            return NdisStatus.NOT_ACCEPTED
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
        pending, FAILURE on a deleted handle. Await `wait_deactivate_complete()` after
        PENDING (the client also gets `cm_deactivate_vc_complete`).
        """
        if vc.state is NdisVcState.DELETED:
            return NdisStatus.FAILURE
        if vc.state is NdisVcState.DEACTIVATING:
            return NdisStatus.CLOSING
        if vc.state is not NdisVcState.ACTIVE:
            return NdisStatus.NOT_ACCEPTED
        vc.state = NdisVcState.DEACTIVATING
        vc.deactivate_status = None
        vc._deactivated.clear()
        status = await self.miniport.co_deactivate_vc(vc.miniport_context)
        if status == NdisStatus.PENDING:
            return status
        if status == NdisStatus.SUCCESS:
            self._deactivated(vc, status)
        else:
            vc.state = NdisVcState.ACTIVE
        return status

    async def wait_deactivate_complete(self, vc: VcHandle) -> NdisStatus:
        """Wait until a pending deactivation of `vc` completes; its status."""
        assert self.runtime is not None
        await self.runtime.wait(vc._deactivated)
        assert vc.deactivate_status is not None
        return vc.deactivate_status

    async def co_delete_vc(self, vc: VcHandle) -> NdisStatus:
        """NdisCoDeleteVc -> MiniportCoDeleteVc (synchronous SUCCESS).

        NOT_ACCEPTED on an ACTIVE (or activating) VC, CLOSING during a pending
        deactivation, FAILURE on a handle already deleted.
        """
        if vc.state is NdisVcState.DELETED:
            return NdisStatus.FAILURE
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
        `co_send_net_buffer_lists_complete`. On a deleted handle NDIS fails them itself.
        """
        nbls = list(nbls)
        if not nbls:
            return
        if vc.state is NdisVcState.DELETED:
            for nbl in nbls:
                nbl.status = NdisStatus.FAILURE
            self.client.co_send_net_buffer_lists_complete(vc, nbls)
            return
        vc.outstanding_sends += len(nbls)
        vc._sends_idle.clear()
        self.miniport.co_send_net_buffer_lists(vc.miniport_context, nbls)

    async def wait_sends_complete(self, vc: VcHandle) -> None:
        """Wait until every list sent on `vc` has been completed."""
        assert self.runtime is not None
        await self.runtime.wait(vc._sends_idle)

    async def co_oid_request(self, vc: VcHandle | None, request: OidRequest) -> NdisStatus:
        """NdisCoOidRequest -> MiniportCoOidRequest; `vc=None` asks the adapter."""
        if vc is not None and vc.state is NdisVcState.DELETED:
            return NdisStatus.FAILURE
        ctx = vc.miniport_context if vc is not None else None
        return await self.miniport.co_oid_request(ctx, request)

    # ------------------------------------------------------------ miniport completions
    def m_co_activate_vc_complete(self, status: NdisStatus, vc: VcHandle,
                                  params: CoCallParameters) -> None:
        """NdisMCoActivateVcComplete."""
        if status == NdisStatus.SUCCESS:
            vc.state = NdisVcState.ACTIVE
            vc.call_parameters = params
        elif vc.state is NdisVcState.ACTIVATING:
            vc.state = NdisVcState.CREATED
        self.client.cm_activate_vc_complete(status, vc, params)

    def m_co_deactivate_vc_complete(self, status: NdisStatus, vc: VcHandle) -> None:
        """NdisMCoDeactivateVcComplete."""
        self._deactivated(vc, status)
        self.client.cm_deactivate_vc_complete(status, vc)

    def _deactivated(self, vc: VcHandle, status: NdisStatus) -> None:
        vc.state = NdisVcState.CREATED if status == NdisStatus.SUCCESS else NdisVcState.ACTIVE
        vc.deactivate_status = status
        vc._deactivated.set()

    def m_co_send_net_buffer_lists_complete(self, vc: VcHandle,
                                            nbls: list[NetBufferList]) -> None:
        """NdisMCoSendNetBufferListsComplete."""
        vc.outstanding_sends -= len(nbls)
        if vc.outstanding_sends <= 0:
            vc.outstanding_sends = 0
            vc._sends_idle.set()
        self.client.co_send_net_buffer_lists_complete(vc, nbls)

    def m_co_indicate_receive_net_buffer_lists(self, vc: VcHandle,
                                               nbls: list[NetBufferList]) -> None:
        """NdisMCoIndicateReceiveNetBufferLists."""
        self.client.co_receive_net_buffer_lists(vc, nbls)
