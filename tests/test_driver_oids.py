"""MiniportCoOidRequest: capabilities, adapter-wide and per-VC statistics, error statuses."""

from __future__ import annotations

import pytest
from test_driver_harness import adapter, open_vc, run, settle, udp
from vcnic.atm import cells_for
from vcnic.ndis import (
    ADAPTER_ONLY_OIDS,
    NdisStatus,
    NetBufferList,
    Oid,
    OidRequest,
    RequestType,
)


async def query(ndis, vc, oid, **kw):
    req = OidRequest(oid, **kw)
    status = await ndis.co_oid_request(vc, req)
    return status, req


def test_capability_oids():
    async def body():
        async with adapter(model={"num_vc": 64, "rx_buf_cells": 200}) as a:
            want = {
                Oid.ATM_SUPPORTED_SERVICE_CATEGORY: 0x1 | 0x4,
                Oid.ATM_SUPPORTED_AAL_TYPES: 0x8,
                Oid.ATM_MAX_ACTIVE_VCS: 64,
                Oid.ATM_MAX_ACTIVE_VCI_BITS: 16,
                Oid.ATM_MAX_ACTIVE_VPI_BITS: 8,
                Oid.ATM_MAX_AAL5_PACKET_SIZE: 200 * 48 - 8,
            }
            for oid, value in want.items():
                status, req = await query(a.ndis, None, oid, buffer_length=4)
                assert status == NdisStatus.SUCCESS and req.value == value, oid
                assert req.data == value.to_bytes(4, "little") and req.bytes_written == 4
            status, req = await query(a.ndis, None, Oid.ATM_SUPPORTED_VC_RATES, buffer_length=12)
            assert status == NdisStatus.SUCCESS and req.value == (0, 353207, 0)
            assert len(req.data) == 12

    run(body())


def test_counters_adapter_wide_and_per_vc():
    async def body():
        async with adapter() as a:
            vc1, _ = await open_vc(a.ndis, 1, 100, max_sdu=4000)
            vc2, _ = await open_vc(a.ndis, 1, 101, max_sdu=4000)
            s1 = [NetBufferList(udp(n, i)) for i, n in enumerate((0, 100, 3000))]
            s2 = [NetBufferList(udp(500, 9)), NetBufferList(udp(4000))]  # 2nd: INVALID_LENGTH
            a.ndis.co_send_net_buffer_lists(vc1, s1)
            a.ndis.co_send_net_buffer_lists(vc2, s2)
            await settle(a.ndis, a.client, vc1, 3)
            await settle(a.ndis, a.client, vc2, 1)
            per_vc = {}
            for vc, sent in ((vc1, s1), (vc2, s2[:1])):
                sdus = [len(n.sdu) for n in sent]
                want = {
                    Oid.GEN_CO_XMIT_PDUS_OK: len(sent), Oid.GEN_CO_RCV_PDUS_OK: len(sent),
                    Oid.GEN_CO_BYTES_XMIT: sum(sdus), Oid.GEN_CO_BYTES_RCV: sum(sdus),
                    Oid.ATM_XMIT_CELLS_OK: sum(map(cells_for, sdus)),
                    Oid.ATM_RCV_CELLS_OK: sum(map(cells_for, sdus)),
                    Oid.GEN_CO_XMIT_PDUS_ERROR: 0, Oid.GEN_CO_RCV_PDUS_ERROR: 0,
                    Oid.GEN_CO_RCV_PDUS_NO_BUFFER: 0, Oid.GEN_CO_RCV_CRC_ERROR: 0,
                    Oid.ATM_RCV_REASSEMBLY_ERROR: 0,
                }
                for oid, value in want.items():
                    status, req = await query(a.ndis, vc, oid)
                    assert status == NdisStatus.SUCCESS and req.value == value, (vc, oid)
                    assert req.bytes_written == 8
                per_vc[vc.number] = want
            for oid in per_vc[vc1.number]:
                status, req = await query(a.ndis, None, oid)
                assert req.value == per_vc[vc1.number][oid] + per_vc[vc2.number][oid], oid
            for oid in ADAPTER_ONLY_OIDS:
                status, req = await query(a.ndis, None, oid)
                assert (status, req.value) == (NdisStatus.SUCCESS, 0)
            # the adapter-wide read is one snapshot: CTRL.snapshot written before the reads
            a.window.reset()
            await query(a.ndis, None, Oid.GEN_CO_BYTES_XMIT)
            assert a.window.writes["CTRL"] == 1
            assert a.window.reads["BYTES_TX_LO"] == a.window.reads["BYTES_TX_HI"] == 1
            # per VC: one QUERY command, then the VC_* registers
            a.window.reset()
            await query(a.ndis, vc1, Oid.GEN_CO_BYTES_XMIT)
            assert a.window.writes["VC_CMD"] == 1 and a.window.writes["VC_SELECT"] == 1

    run(body())


def test_counters_of_an_inactive_vc_are_readable():
    async def body():
        async with adapter() as a:
            status, vc = await a.ndis.co_create_vc()
            status, req = await query(a.ndis, vc, Oid.GEN_CO_XMIT_PDUS_OK)
            assert (status, req.value) == (NdisStatus.SUCCESS, 0)

    run(body())


@pytest.mark.parametrize("oid", [0x0, 0x00010101, 0x08010104, 0xFFFFFFFF])
def test_unknown_oid_is_invalid_oid(oid):
    async def body():
        async with adapter() as a:
            vc, _ = await open_vc(a.ndis)
            for target in (None, vc):
                status, req = await query(a.ndis, target, oid)
                assert status == NdisStatus.INVALID_OID and req.bytes_written == 0

    run(body())


def test_error_statuses():
    async def body():
        async with adapter() as a:
            vc, _ = await open_vc(a.ndis)
            for oid in ADAPTER_ONLY_OIDS:
                status, _ = await query(a.ndis, vc, oid)
                assert status == NdisStatus.NOT_SUPPORTED, oid
            status, _ = await query(a.ndis, None, Oid.GEN_CO_XMIT_PDUS_OK,
                                    request_type=RequestType.SET_INFORMATION, data=bytes(8))
            assert status == NdisStatus.NOT_SUPPORTED
            status, req = await query(a.ndis, vc, Oid.GEN_CO_XMIT_PDUS_OK, buffer_length=3)
            assert (status, req.bytes_needed) == (NdisStatus.BUFFER_TOO_SHORT, 8)
            status, req = await query(a.ndis, None, Oid.ATM_MAX_ACTIVE_VCS, buffer_length=0)
            assert (status, req.bytes_needed) == (NdisStatus.BUFFER_TOO_SHORT, 4)
            status, req = await query(a.ndis, None, Oid.ATM_SUPPORTED_VC_RATES,
                                      buffer_length=8)
            assert (status, req.bytes_needed) == (NdisStatus.BUFFER_TOO_SHORT, 12)
            # a 4-byte buffer gets the low 32 bits of a 64-bit counter
            status, req = await query(a.ndis, None, Oid.GEN_CO_BYTES_XMIT, buffer_length=4)
            assert status == NdisStatus.SUCCESS and req.bytes_written == 4

    run(body())
