"""The NDIS layer's verifier (`vcnic.ndis.verifier`): each rule, broken on purpose by a
fake miniport, fails with the call, the VC handle and the rule; a correct miniport passes.
"""

from __future__ import annotations

import asyncio

import pytest
from vcnic.ndis import (
    CoCallParameters,
    NdisLayer,
    NdisStatus,
    NdisVcState,
    NdisVerifierError,
    NetBufferList,
    RecordingClient,
    Rule,
    VcHandle,
)
from vcnic.ndis.runtime import AsyncioRuntime


class FakeMiniport:
    """A minimal CoNDIS miniport: keeps sends until told to complete them; deactivation
    pends until `finish_deactivate`. Its bugs are the tests' deliberate calls."""

    def __init__(self):
        self.ndis = None
        self.sends: dict[int, list[NetBufferList]] = {}
        self.ctx_of: dict[int, VcHandle] = {}

    async def initialize(self, ndis):
        self.ndis = ndis
        return NdisStatus.SUCCESS

    async def halt(self):
        pass

    async def co_create_vc(self, vc):
        self.ctx_of[vc.number] = vc
        return NdisStatus.SUCCESS, vc.number

    async def co_activate_vc(self, ctx, params):
        return NdisStatus.SUCCESS

    async def co_deactivate_vc(self, ctx):
        return NdisStatus.PENDING

    async def co_delete_vc(self, ctx):
        return NdisStatus.SUCCESS

    def co_send_net_buffer_lists(self, ctx, nbls):
        self.sends.setdefault(ctx, []).extend(nbls)

    async def co_oid_request(self, ctx, request):
        return NdisStatus.NOT_SUPPORTED

    # ------------------------------------------------------------ test helpers
    def complete(self, vc, nbls, status=NdisStatus.SUCCESS):
        for n in nbls:
            n.status = status
        self.ndis.m_co_send_net_buffer_lists_complete(vc, nbls)

    def finish_deactivate(self, vc, status=NdisStatus.SUCCESS):
        self.ndis.m_co_deactivate_vc_complete(status, vc)

    def indicate(self, vc):
        self.ndis.m_co_indicate_receive_net_buffer_lists(
            vc, [NetBufferList(sdu=b"x", status=NdisStatus.SUCCESS)])


async def _up():
    mp = FakeMiniport()
    ndis = NdisLayer(mp, RecordingClient(), AsyncioRuntime())
    assert await ndis.initialize() == NdisStatus.SUCCESS
    st, vc = await ndis.co_create_vc("a")
    assert st == NdisStatus.SUCCESS
    assert await ndis.cm_activate_vc(vc, CoCallParameters.atm(1, 40)) == NdisStatus.SUCCESS
    return mp, ndis, vc


def _expect(exc_info, rule: Rule, call: str, vc: VcHandle):
    v = exc_info.value.violation
    assert v.rule is rule, v
    assert v.call == call
    assert f"#{vc.number}" in v.vc
    msg = str(exc_info.value)
    assert call in msg and rule.name in msg and f"#{vc.number}" in msg


def run(coro):
    return asyncio.run(asyncio.wait_for(coro, 10))


def test_a_correct_miniport_passes():
    async def body():
        mp, ndis, vc = await _up()
        nbls = [NetBufferList(packet=b"a", raw=True) for _ in range(3)]
        ndis.co_send_net_buffer_lists(vc, nbls)
        mp.indicate(vc)
        mp.complete(vc, nbls[:2])
        assert await ndis.cm_deactivate_vc(vc) == NdisStatus.PENDING
        mp.indicate(vc)  # allowed until the deactivation completes
        mp.complete(vc, nbls[2:], NdisStatus.REQUEST_ABORTED)
        mp.finish_deactivate(vc)
        assert vc.state is NdisVcState.CREATED
        assert await ndis.co_delete_vc(vc) == NdisStatus.SUCCESS
        await ndis.halt()
        assert ndis.verifier.violations == []

    run(body())


def test_send_completed_twice():
    async def body():
        mp, ndis, vc = await _up()
        nbl = NetBufferList(packet=b"a", raw=True)
        ndis.co_send_net_buffer_lists(vc, [nbl])
        mp.complete(vc, [nbl])
        with pytest.raises(NdisVerifierError) as e:
            mp.complete(vc, [nbl])
        _expect(e, Rule.SEND_COMPLETED_TWICE, "NdisMCoSendNetBufferListsComplete", vc)
        assert len(ndis.client.sent[vc.number]) == 1, "the client saw the second completion"
        # sticky: the next call into NDIS fails the run too
        with pytest.raises(NdisVerifierError):
            await ndis.co_create_vc()
        ndis.runtime.default_timeout = 0.01  # the fake never completes a deactivation
        with pytest.raises(NdisVerifierError):
            await ndis.halt()

    run(body())


def test_completion_for_a_send_never_made():
    async def body():
        mp, ndis, vc = await _up()
        with pytest.raises(NdisVerifierError) as e:
            mp.complete(vc, [NetBufferList(packet=b"?", raw=True)])
        _expect(e, Rule.SEND_NOT_OUTSTANDING, "NdisMCoSendNetBufferListsComplete", vc)

    run(body())


def test_completion_on_the_wrong_vc():
    async def body():
        mp, ndis, vc = await _up()
        st, other = await ndis.co_create_vc("b")
        nbl = NetBufferList(packet=b"a", raw=True)
        ndis.co_send_net_buffer_lists(vc, [nbl])
        with pytest.raises(NdisVerifierError) as e:
            mp.complete(other, [nbl])
        _expect(e, Rule.SEND_NOT_OUTSTANDING, "NdisMCoSendNetBufferListsComplete", other)

    run(body())


def test_completion_without_a_status():
    async def body():
        mp, ndis, vc = await _up()
        nbl = NetBufferList(packet=b"a", raw=True)
        ndis.co_send_net_buffer_lists(vc, [nbl])
        with pytest.raises(NdisVerifierError) as e:
            mp.complete(vc, [nbl], status=None)
        _expect(e, Rule.SEND_WITHOUT_STATUS, "NdisMCoSendNetBufferListsComplete", vc)

    run(body())


def test_send_never_completed_fails_at_halt():
    async def body():
        mp, ndis, vc = await _up()
        ndis.co_send_net_buffer_lists(vc, [NetBufferList(packet=b"a", raw=True)])
        ndis.runtime.default_timeout = 0.01
        with pytest.raises(NdisVerifierError) as e:
            # halt deactivates the VC first; the fake never completes it nor the send
            await ndis.halt()
        assert e.value.violation.rule is Rule.SEND_NEVER_COMPLETED
        assert e.value.violation.call == "MiniportHaltEx"

    run(body())


def test_deactivation_completed_with_sends_outstanding():
    async def body():
        mp, ndis, vc = await _up()
        ndis.co_send_net_buffer_lists(vc, [NetBufferList(packet=b"a", raw=True)])
        assert await ndis.cm_deactivate_vc(vc) == NdisStatus.PENDING
        with pytest.raises(NdisVerifierError) as e:
            mp.finish_deactivate(vc)
        _expect(e, Rule.DEACTIVATE_WITH_SENDS, "NdisMCoDeactivateVcComplete", vc)

    run(body())


def test_receive_after_deactivation_completed():
    async def body():
        mp, ndis, vc = await _up()
        assert await ndis.cm_deactivate_vc(vc) == NdisStatus.PENDING
        mp.finish_deactivate(vc)
        with pytest.raises(NdisVerifierError) as e:
            mp.indicate(vc)
        _expect(e, Rule.RECEIVE_ON_INACTIVE_VC, "NdisMCoIndicateReceiveNetBufferLists", vc)
        assert vc.number not in ndis.client.received

    run(body())


def test_receive_on_a_vc_never_activated():
    async def body():
        mp, ndis, _ = await _up()
        st, vc = await ndis.co_create_vc("b")
        with pytest.raises(NdisVerifierError) as e:
            mp.indicate(vc)
        _expect(e, Rule.RECEIVE_ON_INACTIVE_VC, "NdisMCoIndicateReceiveNetBufferLists", vc)

    run(body())


def test_receive_on_a_deleted_handle():
    async def body():
        mp, ndis, vc = await _up()
        await ndis.cm_deactivate_vc(vc)
        mp.finish_deactivate(vc)
        assert await ndis.co_delete_vc(vc) == NdisStatus.SUCCESS
        with pytest.raises(NdisVerifierError) as e:
            mp.indicate(vc)
        _expect(e, Rule.RECEIVE_ON_DELETED_VC, "NdisMCoIndicateReceiveNetBufferLists", vc)

    run(body())


def test_calls_on_a_handle_ndis_never_created():
    async def body():
        mp, ndis, _ = await _up()
        stranger = VcHandle(999, None, ndis.runtime)
        for call in (lambda: mp.indicate(stranger),
                     lambda: mp.complete(stranger, [NetBufferList()]),
                     lambda: mp.finish_deactivate(stranger)):
            with pytest.raises(NdisVerifierError) as e:
                call()
            assert e.value.violation.rule is Rule.UNKNOWN_HANDLE

    run(body())


def test_unexpected_activate_and_deactivate_completions():
    async def body():
        mp, ndis, vc = await _up()
        with pytest.raises(NdisVerifierError) as e:
            mp.finish_deactivate(vc)  # ACTIVE, nobody asked for a deactivation
        _expect(e, Rule.UNEXPECTED_DEACTIVATE_COMPLETE, "NdisMCoDeactivateVcComplete", vc)
        ndis.verifier.violations.clear()
        with pytest.raises(NdisVerifierError) as e:
            ndis.m_co_activate_vc_complete(NdisStatus.SUCCESS, vc, vc.call_parameters)
        _expect(e, Rule.UNEXPECTED_ACTIVATE_COMPLETE, "NdisMCoActivateVcComplete", vc)

    run(body())
