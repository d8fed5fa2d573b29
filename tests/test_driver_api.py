"""The driver API never raises on bad calls (issue 10 section 4).

Table-driven: every public call of the NDIS layer and of the miniport, with every kind of
bad handle (None, a number, a handle NDIS never created, one from another adapter, a
deleted one) and every wrong state (created, activating, deactivating, adapter not
initialized, halted), returns an NDIS status (sends: completed with one). Then halt with
an active VC and 30 queued sends: every send completes with a status, the VC is torn down.
"""

from __future__ import annotations

import asyncio

import pytest
from test_driver_harness import adapter, open_vc, run
from vcnic.miniport import Miniport, MiniportVcState
from vcnic.model import NicModel
from vcnic.ndis import (
    CoCallParameters,
    NdisLayer,
    NdisStatus,
    NdisVcState,
    NetBufferList,
    Oid,
    OidRequest,
    VcHandle,
)

P = CoCallParameters.atm(2, 200, max_sdu=1500)
#: What halt completes pending sends with: SUCCESS (sent before the deactivation),
#: REQUEST_ABORTED (cancelled), VC_NOT_ACTIVATED (already on its way into the core, which
#: drops it TX_INACTIVE once the VC is no longer active).
HALT_STATUSES = {NdisStatus.SUCCESS, NdisStatus.REQUEST_ABORTED, NdisStatus.VC_NOT_ACTIVATED}


def _params():
    return P.copy()


# what each NDIS call returns for a handle it cannot use
async def _activate(ndis, h):
    return await ndis.cm_activate_vc(h, _params())


async def _deactivate(ndis, h):
    return await ndis.cm_deactivate_vc(h)


async def _delete(ndis, h):
    return await ndis.co_delete_vc(h)


async def _send(ndis, h):
    nbl = NetBufferList(packet=b"abc", raw=True)
    ndis.co_send_net_buffer_lists(h, [nbl])
    await asyncio.sleep(0)
    return nbl.status


async def _oid(ndis, h):
    return await ndis.co_oid_request(h, OidRequest(Oid.GEN_CO_XMIT_PDUS_OK, buffer_length=8))


async def _wait_deactivate(ndis, h):
    return await asyncio.wait_for(ndis.wait_deactivate_complete(h), 2)


CALLS = {"activate": _activate, "deactivate": _deactivate, "delete": _delete,
         "send": _send, "oid": _oid, "wait_deactivate": _wait_deactivate}


async def _bad_handles(a):
    """name -> a handle the layer must refuse."""
    other = NdisLayer(Miniport(NicModel(num_vc=4).window, NicModel(num_vc=4).port))
    st, deleted = await a.ndis.co_create_vc("gone")
    assert await a.ndis.co_delete_vc(deleted) == NdisStatus.SUCCESS
    return {
        "None": None,
        "int": 3,
        "never created": VcHandle(12345, None, a.ndis.runtime),
        "from another adapter": VcHandle(1, None, a.ndis.runtime) if other else None,
        "deleted": deleted,
    }


@pytest.mark.parametrize("call", sorted(CALLS))
@pytest.mark.parametrize("bad", ["None", "int", "never created", "from another adapter",
                                 "deleted"])
def test_bad_handle_gets_failure(call, bad):
    async def body():
        async with adapter() as a:
            live, _ = await open_vc(a.ndis)
            h = (await _bad_handles(a))[bad]
            if h is None and call == "oid":
                return  # vc=None is the adapter-wide request
            got = await CALLS[call](a.ndis, h)
            assert got == NdisStatus.FAILURE, (call, bad, got)
            assert live.state is NdisVcState.ACTIVE  # nothing else disturbed
            assert a.ndis.verifier.violations == []

    run(body())


# wrong VC states: (state set-up, call) -> status
WRONG_STATE = [
    ("created", "deactivate", NdisStatus.NOT_ACCEPTED),
    ("created", "send", NdisStatus.VC_NOT_ACTIVATED),
    ("created", "wait_deactivate", NdisStatus.NOT_ACCEPTED),
    ("active", "delete", NdisStatus.NOT_ACCEPTED),
    ("deactivating", "activate", NdisStatus.CLOSING),
    ("deactivating", "deactivate", NdisStatus.CLOSING),
    ("deactivating", "delete", NdisStatus.CLOSING),
    ("deactivating", "send", NdisStatus.VC_NOT_ACTIVATED),
]


@pytest.mark.parametrize("state,call,want", WRONG_STATE,
                         ids=[f"{s}-{c}" for s, c, _ in WRONG_STATE])
def test_wrong_state_gets_a_status(state, call, want):
    async def body():
        async with adapter() as a:
            st, h = await a.ndis.co_create_vc()
            if state in ("active", "deactivating"):
                assert await a.ndis.cm_activate_vc(h, _params()) == NdisStatus.SUCCESS
            if state == "deactivating":
                a.nic.stall_rx(True)  # keeps the DEACTIVATE busy while a PDU is held
                nbl = NetBufferList(packet=b"x" * 100, raw=True)
                a.ndis.co_send_net_buffer_lists(h, [nbl])
                await a.ndis.wait_sends_complete(h)
                assert await a.ndis.cm_deactivate_vc(h) == NdisStatus.PENDING
                assert h.state is NdisVcState.DEACTIVATING
            assert await CALLS[call](a.ndis, h) == want
            a.nic.stall_rx(False)

    run(body())


def test_bad_call_parameters():
    async def body():
        async with adapter() as a:
            st, h = await a.ndis.co_create_vc()
            for bad in (None, 7, "atm", object()):
                assert await a.ndis.cm_activate_vc(h, bad) == NdisStatus.INVALID_DATA
            broken = _params()
            broken.media_parameters = None
            assert await a.ndis.cm_activate_vc(h, broken) == NdisStatus.INVALID_DATA
            assert h.state is NdisVcState.CREATED
            for bad in (None, 7, "oid"):
                assert await a.ndis.co_oid_request(None, bad) == NdisStatus.INVALID_DATA
            req = OidRequest(0x12345678, buffer_length=8)
            assert await a.ndis.co_oid_request(None, req) == NdisStatus.INVALID_OID
            with pytest.raises(TypeError, match="NetBufferList"):
                a.ndis.co_send_net_buffer_lists(h, [b"not an NBL"])
            assert await a.ndis.cm_activate_vc(h, _params()) == NdisStatus.SUCCESS
            a.nic.stall_rx(True)
            nbl = NetBufferList(packet=b"x" * 100, raw=True)
            with pytest.raises(ValueError, match="sent again"):
                a.ndis.co_send_net_buffer_lists(h, [nbl, nbl])
            a.ndis.co_send_net_buffer_lists(h, [nbl])
            if nbl.status is None:  # still in flight: the client may not send it again
                with pytest.raises(ValueError, match="sent again"):
                    a.ndis.co_send_net_buffer_lists(h, [nbl])
            await a.ndis.wait_sends_complete(h)
            a.ndis.co_send_net_buffer_lists(h, [nbl])  # completed: may be sent again
            await a.ndis.wait_sends_complete(h)
            assert nbl.status == NdisStatus.SUCCESS
            a.nic.stall_rx(False)

    run(body())


@pytest.mark.parametrize("when", ["before initialize", "after halt"])
def test_adapter_not_running(when):
    async def body():
        async with adapter(initialize=when == "after halt") as a:
            h = None
            if when == "after halt":
                h, _ = await open_vc(a.ndis)
                await a.ndis.halt()
                assert h.state is NdisVcState.DELETED
                await a.ndis.halt()  # twice: nothing
            st, vc = await a.ndis.co_create_vc()
            assert (st, vc) == (NdisStatus.FAILURE, None)
            assert await _oid(a.ndis, None) == NdisStatus.FAILURE
            for name, call in CALLS.items():
                if h is None and name == "oid":
                    continue  # the adapter-wide request, checked above
                assert await call(a.ndis, h) == NdisStatus.FAILURE, name
            if when == "after halt":
                assert await a.ndis.initialize() == NdisStatus.SUCCESS  # re-initialize
                assert await a.ndis.initialize() == NdisStatus.FAILURE  # twice
                v2, _ = await open_vc(a.ndis)
                assert v2.state is NdisVcState.ACTIVE

    run(body())


def test_miniport_calls_with_bad_contexts():
    """NDIS never makes these calls; a direct caller still gets a status."""

    async def body():
        async with adapter() as a:
            mp = a.mp
            live, _ = await open_vc(a.ndis)
            st, gone = await a.ndis.co_create_vc()
            gone_ctx = gone.miniport_context
            assert await a.ndis.co_delete_vc(gone) == NdisStatus.SUCCESS
            fresh = Miniport(NicModel(num_vc=4).window, NicModel(num_vc=4).port)
            for ctx in (None, 5, gone_ctx, "ctx"):
                assert await mp.co_activate_vc(ctx, _params()) == NdisStatus.FAILURE
                assert await mp.co_deactivate_vc(ctx) == NdisStatus.FAILURE
                assert await mp.co_delete_vc(ctx) == NdisStatus.FAILURE
                nbl = NetBufferList(packet=b"x", raw=True)
                mp.co_send_net_buffer_lists(ctx, [nbl]) if ctx is not gone_ctx else None
                assert ctx is gone_ctx or nbl.status == NdisStatus.FAILURE
                req = OidRequest(Oid.GEN_CO_XMIT_PDUS_OK, buffer_length=8)
                if ctx is not None:  # None: the adapter-wide request
                    assert await mp.co_oid_request(ctx, req) == NdisStatus.FAILURE
            assert await mp.co_delete_vc(live.miniport_context) == NdisStatus.NOT_ACCEPTED
            assert live.miniport_context.state is MiniportVcState.ACTIVE
            # a miniport never initialized
            st, ctx = await fresh.co_create_vc(live)
            assert (st, ctx) == (NdisStatus.FAILURE, None)
            assert await fresh.co_oid_request(None, OidRequest(Oid.ATM_MAX_ACTIVE_VCS)) == (
                NdisStatus.FAILURE)
            await fresh.halt()  # nothing to halt
            # the deleted slot was not freed twice
            assert sorted(mp._free).count(gone_ctx.slot) == 1

    run(body())


# ------------------------------------------------------------------------------ halt
@pytest.mark.parametrize("held", [False, True], ids=["core-drains", "host-rx-stuck"])
def test_halt_completes_every_send_and_tears_vcs_down(held):
    """An active VC with 30 queued sends: halt completes each one exactly once (SUCCESS
    for those the line already took, REQUEST_ABORTED for the rest), deactivates and
    deletes the VC. With host RX stuck the core's DEACTIVATE never finishes: halt gives up
    after the runtime's default_timeout and still completes everything."""

    async def body():
        async with adapter() as a:
            a.ndis.runtime.default_timeout = 0.3
            vc, _ = await open_vc(a.ndis, max_sdu=4000, encapsulation=None)
            if held:
                a.nic.stall_rx(True)
                first = NetBufferList(packet=b"h" * 100, raw=True)
                a.ndis.co_send_net_buffer_lists(vc, [first])
                await a.ndis.wait_sends_complete(vc)
            nbls = [NetBufferList(packet=bytes([i]) * 3000, raw=True) for i in range(30)]
            a.ndis.co_send_net_buffer_lists(vc, nbls)
            await asyncio.sleep(0)
            await asyncio.wait_for(a.ndis.halt(), 5)
            statuses = [n.status for n in nbls]
            assert None not in statuses, statuses
            assert set(statuses) <= HALT_STATUSES, statuses
            assert NdisStatus.REQUEST_ABORTED in statuses
            completed = a.client.sent[vc.number]
            assert sorted(map(id, completed)) == sorted(map(id, nbls + ([first] if held
                                                                        else []))), (
                "each send completed exactly once")
            assert vc.state is NdisVcState.DELETED and vc.outstanding_sends == 0
            assert ("deactivate_complete", vc, NdisStatus.SUCCESS) in a.client.events
            assert a.ndis.vcs == {}
            assert not a.mp.ready and a.mp._slots == {}
            assert a.nic.enable is False
            if held:
                assert a.mp.stats["halt_deactivations"] == 1
            else:
                assert a.nic.vc_state(0) == 0  # the core's VC was deactivated
            assert a.ndis.verifier.violations == []

    run(body())


# ------------------------------------------------------------------------------ reset
def test_reset_completes_every_send_and_keeps_the_vcs():
    """MiniportResetEx with an active VC and 30 queued sends: each send completes once
    (SUCCESS if the core had it, RESET_IN_PROGRESS otherwise; sends made during the reset
    too); the VC survives, works afterwards, and its counters restart at zero."""

    async def body():
        async with adapter() as a:
            vc, _ = await open_vc(a.ndis, max_sdu=4000, encapsulation=None)
            nbls = [NetBufferList(packet=bytes([i]) * 3000, raw=True) for i in range(30)]
            a.ndis.co_send_net_buffer_lists(vc, nbls)
            await asyncio.sleep(0)
            reset = asyncio.ensure_future(a.ndis.reset())
            await asyncio.sleep(0)
            during = NetBufferList(packet=b"d" * 10, raw=True)
            a.ndis.co_send_net_buffer_lists(vc, [during])
            assert await a.ndis.cm_deactivate_vc(vc) == NdisStatus.RESET_IN_PROGRESS
            assert await a.ndis.reset() == NdisStatus.RESET_IN_PROGRESS
            assert await asyncio.wait_for(reset, 5) == NdisStatus.SUCCESS
            statuses = [n.status for n in nbls]
            assert set(statuses) <= {NdisStatus.SUCCESS, NdisStatus.RESET_IN_PROGRESS}
            assert NdisStatus.RESET_IN_PROGRESS in statuses
            assert during.status == NdisStatus.RESET_IN_PROGRESS
            assert sorted(map(id, a.client.sent[vc.number])) == sorted(
                map(id, nbls + [during])), "each send completed exactly once"
            assert vc.state is NdisVcState.ACTIVE
            req = OidRequest(Oid.GEN_CO_XMIT_PDUS_OK, buffer_length=8)
            assert await a.ndis.co_oid_request(vc, req) == NdisStatus.SUCCESS
            assert req.value == 0, "counters restart at the reset"
            n_rx = len(a.client.received.get(vc.number, []))
            after = [NetBufferList(packet=b"a" * 100, raw=True) for _ in range(3)]
            a.ndis.co_send_net_buffer_lists(vc, after)
            await asyncio.wait_for(a.ndis.wait_sends_complete(vc), 5)
            assert [n.status for n in after] == [NdisStatus.SUCCESS] * 3
            for _ in range(100):
                if len(a.client.received[vc.number]) >= n_rx + 3:
                    break
                await asyncio.sleep(0.01)
            assert [n.sdu for n in a.client.received[vc.number][n_rx:]] == [b"a" * 100] * 3
            assert a.ndis.verifier.violations == []

    run(body())


def test_reset_ends_a_deactivation_the_core_cannot_finish():
    async def body():
        async with adapter(sync_timeout=0.2) as a:
            vc, _ = await open_vc(a.ndis, max_sdu=4000, encapsulation=None)
            other, _ = await open_vc(a.ndis, vci=101, max_sdu=4000, encapsulation=None)
            a.nic.stall_rx(True)
            first = NetBufferList(packet=b"h" * 100, raw=True)
            a.ndis.co_send_net_buffer_lists(vc, [first])
            await a.ndis.wait_sends_complete(vc)
            assert await a.ndis.cm_deactivate_vc(vc) == NdisStatus.PENDING
            assert await asyncio.wait_for(a.ndis.reset(), 5) == NdisStatus.SUCCESS
            assert vc.state is NdisVcState.CREATED and vc.deactivate_status == NdisStatus.SUCCESS
            assert other.state is NdisVcState.ACTIVE
            a.nic.stall_rx(False)
            assert await a.ndis.co_delete_vc(vc) == NdisStatus.SUCCESS
            nbl = NetBufferList(packet=b"o" * 50, raw=True)
            a.ndis.co_send_net_buffer_lists(other, [nbl])
            await asyncio.wait_for(a.ndis.wait_sends_complete(other), 5)
            assert nbl.status == NdisStatus.SUCCESS
            assert a.ndis.verifier.violations == []

    run(body())


def test_halt_with_a_stuck_deactivation_and_more_active_vcs():
    """A deactivation the core cannot finish (host RX stuck) and two more ACTIVE VCs: halt
    does not queue new deactivations behind the stuck one; it ends everything in time."""

    async def body():
        async with adapter() as a:
            a.ndis.runtime.default_timeout = 0.2
            stuck, _ = await open_vc(a.ndis, vci=100, max_sdu=4000, encapsulation=None)
            others = [(await open_vc(a.ndis, vci=101 + i, max_sdu=4000,
                                     encapsulation=None))[0] for i in range(2)]
            a.nic.stall_rx(True)
            a.ndis.co_send_net_buffer_lists(stuck, [NetBufferList(packet=b"s" * 99, raw=True)])
            await a.ndis.wait_sends_complete(stuck)
            assert await a.ndis.cm_deactivate_vc(stuck) == NdisStatus.PENDING
            sends = [NetBufferList(packet=b"o" * 3000, raw=True) for _ in range(10)]
            a.ndis.co_send_net_buffer_lists(others[0], sends)
            await asyncio.wait_for(a.ndis.halt(), 3)
            assert all(n.status is not None for n in sends)
            assert all(h.state is NdisVcState.DELETED for h in [stuck, *others])
            assert a.ndis.verifier.violations == []

    run(body())
