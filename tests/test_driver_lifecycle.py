"""CoNDIS VC lifecycle on the model: create/activate/deactivate/delete and the NDIS rules."""

from __future__ import annotations

import asyncio

import pytest
from test_driver_harness import adapter, open_vc, run, udp
from vcnic.ndis import (
    AtmServiceCategory,
    CoCallParameters,
    MediaFlags,
    NdisStatus,
    NdisVcState,
    NetBufferList,
    Oid,
    OidRequest,
)
from vcnic.regs import CORE_ID, VcState


def test_create_returns_resources_when_table_full():
    async def body():
        async with adapter(model={"num_vc": 4}) as a:
            handles = []
            for _ in range(4):
                status, vc = await a.ndis.co_create_vc()
                assert status == NdisStatus.SUCCESS
                handles.append(vc)
            assert [h.miniport_context.slot for h in handles] == [0, 1, 2, 3]
            status, vc = await a.ndis.co_create_vc()
            assert (status, vc) == (NdisStatus.RESOURCES, None)
            assert await a.ndis.co_delete_vc(handles[2]) == NdisStatus.SUCCESS
            status, vc = await a.ndis.co_create_vc()
            assert status == NdisStatus.SUCCESS and vc.miniport_context.slot == 2
            assert a.window.writes["VC_CMD"] == 1  # only the delete's CLEAR: create is free

    run(body())


def test_activate_programs_the_vc_table():
    async def body():
        async with adapter() as a:
            flags = MediaFlags.TRANSMIT_VC | MediaFlags.RECEIVE_VC | (
                MediaFlags.INDICATE_ERRED_PACKETS)
            vc, _ = await open_vc(a.ndis, 7, 321, max_sdu=1500, flags=flags, clp=1)
            assert vc.state is NdisVcState.ACTIVE
            q = await a.mp.query_vc(vc.miniport_context)
            assert (q.state, q.vpi, q.vci, q.max_sdu) == (VcState.ACTIVE, 7, 321, 1500)
            assert (q.aal, q.service, q.tx_en, q.rx_en, q.rx_errored, q.clp) == (
                8, AtmServiceCategory.UBR, 1, 1, 1, 1)
            assert q.inc == 0

    run(body())


def test_delete_active_vc_is_not_accepted_and_leaves_hardware():
    async def body():
        async with adapter() as a:
            vc, _ = await open_vc(a.ndis)
            a.window.reset()
            assert await a.ndis.co_delete_vc(vc) == NdisStatus.NOT_ACCEPTED
            assert a.window.writes["VC_CMD"] == 0
            assert vc.state is NdisVcState.ACTIVE
            q = await a.mp.query_vc(vc.miniport_context)
            assert q.state == VcState.ACTIVE

    run(body())


def test_deactivate_pending_then_complete_and_the_rules_meanwhile():
    async def body():
        async with adapter() as a:
            vc, params = await open_vc(a.ndis)
            a.window.reset()
            assert await a.ndis.cm_deactivate_vc(vc) == NdisStatus.PENDING
            assert vc.state is NdisVcState.DEACTIVATING
            assert await a.ndis.co_delete_vc(vc) == NdisStatus.CLOSING
            assert await a.ndis.cm_activate_vc(vc, params.copy()) == NdisStatus.CLOSING
            assert await a.ndis.cm_deactivate_vc(vc) == NdisStatus.CLOSING
            nbl = NetBufferList(udp(10))
            a.ndis.co_send_net_buffer_lists(vc, [nbl])
            assert nbl.status == NdisStatus.VC_NOT_ACTIVATED and not nbl.hw_completed
            assert await a.ndis.wait_deactivate_complete(vc) == NdisStatus.SUCCESS
            assert ("deactivate_complete", vc, NdisStatus.SUCCESS) in a.client.events
            assert vc.state is NdisVcState.CREATED
            # completion came from the interrupt, not from polling VC_CMD
            assert a.window.irq_waits >= 1
            assert a.window.reads["VC_CMD"] <= 4
            q = await a.mp.query_vc(vc.miniport_context)
            assert q.state == VcState.INACTIVE
            # a deactivated VC may be activated again, then deleted
            assert await a.ndis.cm_activate_vc(vc, params.copy()) == NdisStatus.SUCCESS
            assert await a.ndis.cm_deactivate_vc(vc) == NdisStatus.PENDING
            assert await a.ndis.wait_deactivate_complete(vc) == NdisStatus.SUCCESS
            slot = vc.miniport_context.slot
            assert await a.ndis.co_delete_vc(vc) == NdisStatus.SUCCESS
            assert vc.state is NdisVcState.DELETED
            q = await a.mp.query_vc(slot)
            assert q.entry == (0,) * len(q.entry) and not any(q.counters.values())

    run(body())


def test_deactivate_waits_for_the_interrupt_while_the_core_drains():
    """A big PDU in flight keeps DEACTIVATE busy: the driver sleeps on wait_irq meanwhile."""

    async def body():
        async with adapter() as a:
            vc, _ = await open_vc(a.ndis, max_sdu=9180)
            a.ndis.co_send_net_buffer_lists(vc, [NetBufferList(udp(9000, i)) for i in range(3)])
            while not a.port.sent:
                await asyncio.sleep(0)
            await asyncio.sleep(0)
            a.window.reset()
            assert await a.ndis.cm_deactivate_vc(vc) == NdisStatus.PENDING
            assert await a.ndis.wait_deactivate_complete(vc) == NdisStatus.SUCCESS
            assert a.window.irq_waits >= 1
            assert a.window.reads["VC_CMD"] <= 3, a.window.reads
            sent = a.client.sent[vc.number]
            assert len(sent) == 3 and all(n.status is not None for n in sent)
            assert a.mp.stats == {}

    run(body())


def test_deactivate_on_created_vc_is_not_accepted():
    async def body():
        async with adapter() as a:
            status, vc = await a.ndis.co_create_vc()
            assert await a.ndis.cm_deactivate_vc(vc) == NdisStatus.NOT_ACCEPTED
            assert vc.state is NdisVcState.CREATED

    run(body())


def test_calls_on_a_deleted_handle_fail():
    async def body():
        async with adapter() as a:
            status, vc = await a.ndis.co_create_vc()
            assert await a.ndis.co_delete_vc(vc) == NdisStatus.SUCCESS
            a.window.reset()
            p = CoCallParameters.atm(1, 100)
            assert await a.ndis.cm_activate_vc(vc, p) == NdisStatus.FAILURE
            assert await a.ndis.cm_deactivate_vc(vc) == NdisStatus.FAILURE
            assert await a.ndis.co_delete_vc(vc) == NdisStatus.FAILURE
            req = OidRequest(Oid.GEN_CO_XMIT_PDUS_OK)
            assert await a.ndis.co_oid_request(vc, req) == NdisStatus.FAILURE
            nbl = NetBufferList(udp(10))
            a.ndis.co_send_net_buffer_lists(vc, [nbl])
            assert nbl.status == NdisStatus.FAILURE
            assert a.client.sent[vc.number] == [nbl]
            assert sum(a.window.writes.values()) == 0 and not a.port.sent

    run(body())


def test_duplicate_vpi_vci_is_vc_not_available():
    async def body():
        async with adapter() as a:
            await open_vc(a.ndis, 3, 300)
            status, vc2 = await a.ndis.co_create_vc()
            before = await a.mp.query_vc(vc2.miniport_context)
            status = await a.ndis.cm_activate_vc(vc2, CoCallParameters.atm(3, 300))
            assert status == NdisStatus.VC_NOT_AVAILABLE
            assert vc2.state is NdisVcState.CREATED
            assert (await a.mp.query_vc(vc2.miniport_context)).entry == before.entry

    run(body())


def test_cbr_slots_exhausted_is_resources():
    async def body():
        async with adapter(model={"num_cbr": 2}) as a:
            cbr = dict(service=AtmServiceCategory.CBR, pcr=1000,
                       flags=MediaFlags.TRANSMIT_VC | MediaFlags.RECEIVE_VC
                       | MediaFlags.ROUND_DOWN_FLOW)
            await open_vc(a.ndis, 1, 100, **cbr)
            await open_vc(a.ndis, 1, 101, **cbr)
            status, vc = await a.ndis.co_create_vc()
            assert await a.ndis.cm_activate_vc(vc, CoCallParameters.atm(1, 102, **cbr)) == (
                NdisStatus.RESOURCES)
            assert vc.state is NdisVcState.CREATED
            assert (await a.mp.query_vc(vc.miniport_context)).state == VcState.INACTIVE

    run(body())


@pytest.mark.parametrize("what", ["id", "version"])
def test_initialize_refuses_unknown_core(what):
    async def body():
        async with adapter(initialize=False) as a:
            if what == "id":
                a.window.id_override = CORE_ID ^ 1
            else:
                a.window.version_override = 2 << 16
            assert await a.ndis.initialize() == NdisStatus.NOT_SUPPORTED
            assert what.replace("id", "ID") in a.mp.error
            assert a.window.writes["CTRL"] == 0  # nothing programmed

    run(body())


def test_initialize_reads_capabilities_and_link_rate():
    async def body():
        async with adapter(model={"num_vc": 64, "link_rate": 100000, "num_cbr": 4}) as a:
            c = a.mp.caps
            assert (c.num_vc, c.link_rate, c.cbr_slots, c.aal_types) == (64, 100000, 4, 8)
            assert a.nic.enable and a.nic.loopback

    run(body())
