"""Sends and receives through the miniport: encapsulation, order, statuses, errored PDUs."""

from __future__ import annotations

import asyncio

import pytest
from scapy.layers.inet import IP, UDP
from scapy.layers.inet6 import IPv6
from scapy.layers.l2 import Ether
from scapy.packet import Raw
from test_driver_harness import adapter, open_vc, run, settle, udp
from vcnic.atm import Encapsulation, segment
from vcnic.miniport import TX_STATUS
from vcnic.ndis import MediaFlags, NdisStatus, NetBufferList, Oid, OidRequest
from vcnic.regs import RxStatusCode, TxStatusCode

BOTH = MediaFlags.TRANSMIT_VC | MediaFlags.RECEIVE_VC


def _packet(enc, n):
    ip = IP(src="192.0.2.1", dst="192.0.2.2") / UDP(sport=7, dport=9) / (b"p" * n)
    if enc in (Encapsulation.LLC_BRIDGED, Encapsulation.VCMUX_BRIDGED):
        return Ether(src="02:00:00:00:00:01", dst="02:00:00:00:00:02") / ip
    if n % 2:
        return IPv6(src="fd00::1", dst="fd00::2") / UDP(sport=7, dport=9) / (b"q" * n)
    return ip


@pytest.mark.parametrize("enc", list(Encapsulation) + [None],
                         ids=[e.value for e in Encapsulation] + ["raw"])
def test_loopback_round_trip_per_encapsulation_in_order(enc):
    async def body():
        async with adapter() as a:
            vc, _ = await open_vc(a.ndis, 1, 100, max_sdu=9180, encapsulation=enc)
            sizes = [0, 1, 11, 12, 40, 41, 47, 48, 88, 89, 1000, 9000]
            if enc is None:  # a raw SDU of 0 bytes is refused (test below)
                sizes = sizes[1:]
                pkts = [bytes([i]) * n for i, n in enumerate(sizes)]
                nbls = [NetBufferList(p, raw=True) for p in pkts]
            else:
                pkts = [_packet(enc, n) for n in sizes]
                nbls = [NetBufferList(p) for p in pkts]
            a.ndis.co_send_net_buffer_lists(vc, nbls)
            await settle(a.ndis, a.client, vc, len(nbls))
            assert [n.status for n in nbls] == [NdisStatus.SUCCESS] * len(nbls)
            assert all(n.hw_completed for n in nbls)
            got = a.client.received[vc.number]
            assert [g.sdu for g in got] == [n.sdu for n in nbls]  # intact, in order
            assert [bytes(g.packet) for g in got] == [bytes(p) for p in pkts]
            want = {None: Raw, Encapsulation.LLC_BRIDGED: Ether,
                    Encapsulation.VCMUX_BRIDGED: Ether}.get(enc)
            for g, p in zip(got, pkts, strict=True):
                assert type(g.packet) is (want or type(p))
                assert g.status == NdisStatus.SUCCESS and g.rx_status == RxStatusCode.RX_OK
            if enc is Encapsulation.LLC_ROUTED:
                assert nbls[0].sdu[:8] == bytes.fromhex("aaaa030000000800")

    run(body())


def test_bytes_are_encapsulated_like_packets():
    async def body():
        async with adapter() as a:
            vc, _ = await open_vc(a.ndis, 1, 100)
            pkt = udp(20)
            nbl = NetBufferList(bytes(pkt))
            a.ndis.co_send_net_buffer_lists(vc, [nbl])
            await settle(a.ndis, a.client, vc, 1)
            assert nbl.sdu == bytes.fromhex("aaaa030000000800") + bytes(pkt)
            assert bytes(a.client.received[vc.number][0].packet) == bytes(pkt)

    run(body())


def test_order_kept_per_vc_with_interleaved_vcs():
    async def body():
        async with adapter() as a:
            vcs = [(await open_vc(a.ndis, 1, 100 + i, max_sdu=4000))[0] for i in range(3)]
            sent = {vc.number: [] for vc in vcs}
            for i in range(30):
                vc = vcs[i % 3]
                nbl = NetBufferList(udp((i * 137) % 3000, i))
                sent[vc.number].append(nbl)
                a.ndis.co_send_net_buffer_lists(vc, [nbl])
            for vc in vcs:
                await settle(a.ndis, a.client, vc, 10)
                assert [n.sdu for n in a.client.received[vc.number]] == [
                    n.sdu for n in sent[vc.number]]
                assert a.client.sent[vc.number] == sent[vc.number]  # completed in order

    run(body())


def test_invalid_length_and_not_activated_never_touch_hardware():
    async def body():
        async with adapter() as a:
            vc, _ = await open_vc(a.ndis, 1, 100, max_sdu=500)
            big = NetBufferList(udp(500))  # 8 + 28 + 500 > 500
            edge = NetBufferList(udp(500 - 36))  # exactly 500
            a.ndis.co_send_net_buffer_lists(vc, [big])
            assert big.status == NdisStatus.INVALID_LENGTH and not big.hw_completed
            assert not a.port.sent
            a.ndis.co_send_net_buffer_lists(vc, [edge])
            await settle(a.ndis, a.client, vc, 1)
            assert edge.status == NdisStatus.SUCCESS and len(a.port.sent) == 1
            status, created = await a.ndis.co_create_vc()
            n1 = NetBufferList(udp(10))
            a.ndis.co_send_net_buffer_lists(created, [n1])
            assert n1.status == NdisStatus.VC_NOT_ACTIVATED and not n1.hw_completed
            assert await a.ndis.cm_deactivate_vc(vc) == NdisStatus.PENDING
            await a.ndis.wait_deactivate_complete(vc)
            n2 = NetBufferList(udp(10))
            a.ndis.co_send_net_buffer_lists(vc, [n2])
            assert n2.status == NdisStatus.VC_NOT_ACTIVATED
            assert len(a.port.sent) == 1
            req = OidRequest(Oid.GEN_CO_XMIT_PDUS_ERROR)
            assert await a.ndis.co_oid_request(vc, req) == NdisStatus.SUCCESS
            assert req.value == 0  # the core dropped nothing: it never saw them

    run(body())


def test_receive_only_vc_refuses_sends():
    async def body():
        async with adapter() as a:
            vc, _ = await open_vc(a.ndis, 1, 100, flags=MediaFlags.RECEIVE_VC)
            nbl = NetBufferList(udp(10))
            a.ndis.co_send_net_buffer_lists(vc, [nbl])
            assert nbl.status == NdisStatus.VC_NOT_ACTIVATED and not a.port.sent

    run(body())


def test_deactivation_aborts_queued_sends_and_completes_them_first():
    async def body():
        async with adapter() as a:
            vc, _ = await open_vc(a.ndis, 1, 100, max_sdu=9180)
            nbls = [NetBufferList(udp(4000, i)) for i in range(8)]
            a.ndis.co_send_net_buffer_lists(vc, nbls)
            while not a.client.sent.get(vc.number):  # the first frame is on the line
                await asyncio.sleep(0)
            assert await a.ndis.cm_deactivate_vc(vc) == NdisStatus.PENDING
            assert await a.ndis.wait_deactivate_complete(vc) == NdisStatus.SUCCESS
            statuses = [n.status for n in nbls]
            assert statuses[0] == NdisStatus.SUCCESS
            assert NdisStatus.REQUEST_ABORTED in statuses
            assert set(statuses) <= {NdisStatus.SUCCESS, NdisStatus.REQUEST_ABORTED}
            # SUCCESS frames first, then the aborted ones (order within the VC)
            assert statuses == sorted(statuses, key=lambda s: s != NdisStatus.SUCCESS)
            hw_aborted = [n for n in nbls if n.status == NdisStatus.REQUEST_ABORTED
                          and n.hw_completed]
            assert hw_aborted, "the core flushed none of its queued frames"
            # every send completed, and every frame received, before the completion
            kinds = [e[0] for e in a.client.events if e[1] is vc]
            done = kinds.index("deactivate_complete")
            assert kinds[:done].count("send_complete") == len(nbls)
            ok = [n for n in nbls if n.status == NdisStatus.SUCCESS]
            assert kinds[:done].count("receive") == len(ok)
            req = OidRequest(Oid.GEN_CO_XMIT_PDUS_ERROR)
            await a.ndis.co_oid_request(vc, req)
            assert req.value == len(hw_aborted)

    run(body())


def test_core_tx_statuses_map_to_ndis():
    assert TX_STATUS == {
        TxStatusCode.TX_OK: NdisStatus.SUCCESS,
        TxStatusCode.TX_ABORTED: NdisStatus.REQUEST_ABORTED,
        TxStatusCode.TX_INACTIVE: NdisStatus.VC_NOT_ACTIVATED,
        TxStatusCode.TX_OVERSIZE: NdisStatus.INVALID_LENGTH,
        TxStatusCode.TX_ZERO_LENGTH: NdisStatus.INVALID_LENGTH,
    }


def test_an_empty_send_is_refused_invalid_length_and_never_reaches_the_core():
    """A 0-byte SDU would go out as an AAL5 PDU with Length 0, which the far end takes
    as the abort indication (I.363.5; RFC 2684 section 3): the driver completes it at
    once with NDIS_STATUS_INVALID_LENGTH (length outside 1..max SDU), the sends around it
    go through in order."""
    async def body():
        async with adapter() as a:
            vc, _ = await open_vc(a.ndis, 1, 100, max_sdu=500, encapsulation=None)
            nbls = [NetBufferList(b"a", raw=True), NetBufferList(b"", raw=True),
                    NetBufferList(b"b", raw=True)]
            a.ndis.co_send_net_buffer_lists(vc, nbls)
            assert nbls[1].status == NdisStatus.INVALID_LENGTH and not nbls[1].hw_completed
            await settle(a.ndis, a.client, vc, 2)
            assert [n.status for n in nbls] == [NdisStatus.SUCCESS, NdisStatus.INVALID_LENGTH,
                                                NdisStatus.SUCCESS]
            assert [s[1] for s in a.port.sent] == [b"a", b"b"]  # the core never saw it
            assert [g.sdu for g in a.client.received[vc.number]] == [b"a", b"b"]

    run(body())


def _line_pdu(sdu: bytes, vpi: int, vci: int, corrupt: bool = False) -> list[bytes]:
    cells = [c.to_bytes() for c in segment(sdu, vpi, vci)]
    if corrupt:
        last = bytearray(cells[-1])
        last[10] ^= 0x01  # payload bit: CRC error
        cells[-1] = bytes(last)
    return cells


@pytest.mark.parametrize("indicate", [False, True])
def test_errored_pdus_counted_and_indicated_only_when_asked(indicate):
    async def body():
        async with adapter(loopback=False) as a:
            flags = BOTH | (MediaFlags.INDICATE_ERRED_PACKETS if indicate else MediaFlags.NONE)
            vc, _ = await open_vc(a.ndis, 2, 222, flags=flags)
            q = await a.mp.query_vc(vc.miniport_context)
            assert q.rx_errored == int(indicate)
            good = udp(100, 1)
            sdu = bytes.fromhex("aaaa030000000800") + bytes(good)
            for cell in _line_pdu(sdu, 2, 222, corrupt=True) + _line_pdu(sdu, 2, 222):
                a.nic.line_rx(cell)
            want = 2 if indicate else 1
            await settle(a.ndis, a.client, vc, want)
            await asyncio.sleep(0.01)
            got = a.client.received[vc.number]
            assert len(got) == want
            assert bytes(got[-1].packet) == bytes(good) and got[-1].status == NdisStatus.SUCCESS
            if indicate:
                bad = got[0]
                assert bad.status == NdisStatus.INVALID_DATA
                assert bad.rx_status == RxStatusCode.RX_CRC and len(bad.sdu) == 48 * 3
            # without INDICATE_ERRED_PACKETS the core keeps errored PDUs (counted only)
            assert vc.miniport_context.rx_errored["RX_CRC"] == int(indicate)
            for oid, value in ((Oid.GEN_CO_RCV_CRC_ERROR, 1), (Oid.GEN_CO_RCV_PDUS_ERROR, 1),
                               (Oid.GEN_CO_RCV_PDUS_OK, 1)):
                req = OidRequest(oid)
                assert await a.ndis.co_oid_request(vc, req) == NdisStatus.SUCCESS
                assert req.value == value, oid

    run(body())


def test_undecodable_sdu_is_indicated_as_raw():
    async def body():
        async with adapter() as a:
            vc, _ = await open_vc(a.ndis, 1, 100)  # LLC routed
            nbl = NetBufferList(b"not an LLC header at all", raw=True)
            a.ndis.co_send_net_buffer_lists(vc, [nbl])
            await settle(a.ndis, a.client, vc, 1)
            got = a.client.received[vc.number][0]
            assert isinstance(got.packet, Raw) and got.decap_error
            assert got.sdu == b"not an LLC header at all"

    run(body())


def test_a_send_the_port_refuses_fails_alone():
    async def body():
        async with adapter() as a:
            vc, _ = await open_vc(a.ndis, 1, 100)
            bad = NetBufferList(udp(10, 1), uu=300)  # CPCS-UU is one byte: the port refuses
            good = NetBufferList(udp(10, 2))
            a.ndis.co_send_net_buffer_lists(vc, [bad, good])
            await settle(a.ndis, a.client, vc, 1)
            assert (bad.status, good.status) == (NdisStatus.FAILURE, NdisStatus.SUCCESS)
            assert a.mp.stats["tx_port_errors"] == 1

    run(body())
