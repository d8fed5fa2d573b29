"""The miniport on the DMA host interface: NdisLayer + Miniport + DmaPort on the model's
rings (NicModel(host="dma")). Frames byte for byte, ring wrap, full rings (sends PENDING,
completed later), free-buffer exhaustion, multi-buffer PDUs, coalescing, DEACTIVATE with
descriptors in flight, halt and reset with a full ring (nothing leaks: the allocator's
books), DMA errors. The NDIS verifier (vcnic.ndis.verifier) checks every send completes
exactly once."""

from __future__ import annotations

import asyncio
import contextlib
import random
from types import SimpleNamespace

import pytest
from test_driver_harness import open_vc, run
from vcnic.hw import DataPort
from vcnic.miniport import Miniport
from vcnic.miniport.dma import DmaError, DmaPort
from vcnic.model import NicModel
from vcnic.ndis import NdisLayer, NdisStatus, NetBufferList, Oid, OidRequest, RecordingClient
from vcnic.regs import DMA_ADDRESS, RxStatusCode, TxStatusCode
from vcnic.regs.dma_layout import RXC


@contextlib.asynccontextmanager
async def dma_adapter(model: dict | None = None, mp_kw: dict | None = None, **port_kw):
    nic = NicModel(host="dma", **(model or {}))
    port = DmaPort(nic.window, nic.memory, nic.irqs, **port_kw)
    mp = Miniport(nic.window, port, **(mp_kw or {}))
    client = RecordingClient()
    ndis = NdisLayer(mp, client)
    assert await ndis.initialize() == NdisStatus.SUCCESS, mp.error
    try:
        yield SimpleNamespace(nic=nic, port=port, mp=mp, ndis=ndis, client=client,
                              start_in_use=port.alloc.in_use())
    finally:
        if ndis.initialized:
            await ndis.halt()
        nic.close()


def _raw(n: int, tag: int) -> NetBufferList:
    return NetBufferList(random.Random(tag).randbytes(n), raw=True)


async def _wait(pred, timeout=10.0, what="condition"):
    loop = asyncio.get_running_loop()
    end = loop.time() + timeout
    while not pred():
        assert loop.time() < end, f"timed out waiting for {what}"
        await asyncio.sleep(0.001)


async def _oid(a, vc, oid) -> int:
    req = OidRequest(oid)
    assert await a.ndis.co_oid_request(vc, req) == NdisStatus.SUCCESS
    return req.value


def _rx(a, vc) -> list[bytes]:
    return [n.sdu for n in a.client.received.get(vc.number, [])]


def test_dma_port_is_a_data_port_and_checks_its_config():
    nic = NicModel(host="dma")
    port = DmaPort(nic.window, nic.memory, nic.irqs)
    assert isinstance(port, DataPort)
    for kw in ({"tx_ring": 3}, {"rx_ring": 1}, {"rx_buf_size": 100}, {"rx_buf_size": 0},
               {"irq_count": 4, "irq_timer": 0}):
        with pytest.raises(DmaError):
            DmaPort(nic.window, nic.memory, nic.irqs, **kw)


def test_initialize_refuses_an_unknown_dma_block_or_a_ring_too_big():
    async def body():
        nic = NicModel(host="dma", max_ring_log2=8)
        port = DmaPort(nic.window, nic.memory, nic.irqs, tx_ring=512)
        mp = Miniport(nic.window, port)
        assert await NdisLayer(mp, RecordingClient()).initialize() == NdisStatus.FAILURE
        assert "2^8" in mp.error and port.alloc.in_use() == 0

        class WrongId:
            def __init__(self, inner):
                self.inner = inner

            async def read(self, addr):
                v = await self.inner.read(addr)
                return v ^ 1 if addr == DMA_ADDRESS["DMA_ID"] else v

            async def write(self, addr, value):
                await self.inner.write(addr, value)

            async def wait_irq(self):
                await self.inner.wait_irq()

        w = WrongId(nic.window)
        mp = Miniport(w, DmaPort(w, nic.memory, nic.irqs))
        assert await NdisLayer(mp, RecordingClient()).initialize() == NdisStatus.FAILURE
        assert "DMA block ID" in mp.error
        nic.close()

    run(body())


def test_frames_on_several_vcs_byte_for_byte_with_batched_doorbells():
    async def body():
        async with dma_adapter() as a:
            vcs = [(await open_vc(a.ndis, 1, 100 + i, max_sdu=9180, encapsulation=None))[0]
                   for i in range(4)]
            sent = {vc.number: [] for vc in vcs}
            rng = random.Random(3)
            for _ in range(40):  # 40 batches of 1..12 frames over the 4 VCs
                for _ in range(rng.randint(1, 12)):
                    vc = rng.choice(vcs)
                    nbl = _raw(rng.randint(1, 9180), len(sent[vc.number]) + 1000 * vc.number)
                    sent[vc.number].append(nbl)
                    a.ndis.co_send_net_buffer_lists(vc, [nbl])
                await asyncio.sleep(0)
            total = sum(len(v) for v in sent.values())
            for vc in vcs:
                await asyncio.wait_for(a.ndis.wait_sends_complete(vc), 10)
                await _wait(lambda vc=vc: len(_rx(a, vc)) == len(sent[vc.number]))
                assert [n.status for n in sent[vc.number]] == [NdisStatus.SUCCESS] * len(
                    sent[vc.number])
                assert _rx(a, vc) == [n.sdu for n in sent[vc.number]]
                assert a.client.sent[vc.number] == sent[vc.number]  # completed in order
                assert await _oid(a, vc, Oid.GEN_CO_BYTES_RCV) == sum(
                    len(n.sdu) for n in sent[vc.number])
            s = a.port.stats
            assert s["tx_frames"] == total and s["tx_completions"] == total
            assert s["tx_doorbells"] < total  # one doorbell per batch, not per frame
            assert s["rx_completions"] == total and s["rxf_doorbells"] <= total + 1
            assert a.port.alloc.in_use() == a.start_in_use  # every TX buffer freed

    run(body())


def test_256_entry_ring_wraps_several_times():
    async def body():
        async with dma_adapter(tx_ring=256, rx_ring=256) as a:
            vc, _ = await open_vc(a.ndis, 1, 100, max_sdu=2000, encapsulation=None)
            nbls = [_raw(1 + (k * 37) % 1500, k) for k in range(700)]
            for k in range(0, 700, 50):
                a.ndis.co_send_net_buffer_lists(vc, nbls[k:k + 50])
                await asyncio.sleep(0)
            await asyncio.wait_for(a.ndis.wait_sends_complete(vc), 15)
            await _wait(lambda: len(_rx(a, vc)) == 700)
            assert [n.status for n in nbls] == [NdisStatus.SUCCESS] * 700
            assert _rx(a, vc) == [n.sdu for n in nbls]
            # the driver's indices passed 2 x 256 on every ring (16-bit free-running)
            assert await a.nic.window.read(DMA_ADDRESS["TX_CONS"]) == 700
            assert await a.nic.window.read(DMA_ADDRESS["RXCQ_TAIL"]) == 700
            assert await a.nic.window.read(DMA_ADDRESS["DOORBELL_ERRORS"]) == 0

    run(body())


def test_full_tx_ring_keeps_sends_pending_then_completes_them_in_order():
    async def body():
        async with dma_adapter(tx_ring=4) as a:
            vc, _ = await open_vc(a.ndis, 1, 100, max_sdu=9180, encapsulation=None)
            nbls = [_raw(3000, k) for k in range(60)]
            a.ndis.co_send_net_buffer_lists(vc, nbls)
            await asyncio.sleep(0.01)
            pending = sum(a.ndis.verifier.is_outstanding(n) for n in nbls)
            assert pending > 4  # more sends than ring entries are PENDING meanwhile
            await asyncio.wait_for(a.ndis.wait_sends_complete(vc), 10)
            assert [n.status for n in nbls] == [NdisStatus.SUCCESS] * 60
            assert a.client.sent[vc.number] == nbls  # completed in the order sent
            assert a.port.stats["tx_ring_full"] > 0
            await _wait(lambda: len(_rx(a, vc)) == 60)
            assert _rx(a, vc) == [n.sdu for n in nbls]
            assert a.port.alloc.in_use() == a.start_in_use

    run(body())


def test_a_producer_faster_than_the_line_still_rings_one_doorbell_per_batch():
    """With the ring full, the queue is woken only when a quarter of it is free: the
    TX_PROD doorbells stay per batch, not one per slot the NIC frees; the CQ doorbells
    stay per interrupt."""

    async def body():
        async with dma_adapter(tx_ring=32) as a:
            vc, _ = await open_vc(a.ndis, 1, 100, max_sdu=9180, encapsulation=None)
            nbls = [_raw(64, k) for k in range(600)]
            a.ndis.co_send_net_buffer_lists(vc, nbls)
            await asyncio.wait_for(a.ndis.wait_sends_complete(vc), 15)
            assert [n.status for n in nbls] == [NdisStatus.SUCCESS] * 600
            assert a.port.stats["tx_ring_full"] > 0
            s = a.port.stats
            assert s["tx_doorbells"] <= 600 // 8 + 1
            # the interrupt path: one CQ head (and RXF_PROD) doorbell per interrupt, not
            # one per entry while the NIC keeps pace (irq_count=8)
            assert s["txcq_doorbells"] <= s["irq_tx"] and s["txcq_doorbells"] <= 600 // 4
            assert s["rxcq_doorbells"] <= s["irq_rx"] + 1 and s["rxf_doorbells"] <= 600 // 4
            await _wait(lambda: _rx(a, vc) == [n.sdu for n in nbls])

    run(body())


def test_free_ring_exhausted_counts_no_buffer_exactly_then_recovers():
    """4 free buffers of 64 bytes: a 1000-byte PDU can never be stored (RX_NO_BUFFER with
    a partial prefix); the OIDs move it from the core's good counts to NO_BUFFER exactly,
    and the next small PDUs are delivered (the buffers were reposted)."""

    async def body():
        async with dma_adapter(rx_ring=4, rx_buf_size=64) as a:
            vc, _ = await open_vc(a.ndis, 1, 100, max_sdu=9180, encapsulation=None)
            other, _ = await open_vc(a.ndis, 1, 101, max_sdu=9180, encapsulation=None)
            sizes = [100, 1000, 200, 1000, 256, 30, 5000, 100]
            nbls = [_raw(n, k) for k, n in enumerate(sizes)]
            for n in nbls:
                a.ndis.co_send_net_buffer_lists(vc, [n])
                await asyncio.wait_for(a.ndis.wait_sends_complete(vc), 5)
            await _wait(lambda: a.port.stats["rx_completions"] == len(sizes))
            assert all(n.status == NdisStatus.SUCCESS for n in nbls)
            good = [n.sdu for n in nbls if len(n.sdu) <= 256]
            await _wait(lambda: len(_rx(a, vc)) == len(good))
            assert _rx(a, vc) == good
            assert await _oid(a, vc, Oid.GEN_CO_RCV_PDUS_NO_BUFFER) == 3
            assert await _oid(a, vc, Oid.GEN_CO_RCV_PDUS_OK) == len(good)
            assert await _oid(a, vc, Oid.GEN_CO_BYTES_RCV) == sum(map(len, good))
            assert await _oid(a, None, Oid.GEN_CO_RCV_PDUS_NO_BUFFER) == 3
            assert await _oid(a, None, Oid.GEN_CO_RCV_PDUS_OK) == len(good)
            assert await _oid(a, None, Oid.GEN_CO_BYTES_RCV) == sum(map(len, good))
            assert await a.nic.window.read(DMA_ADDRESS["RX_NO_BUFFER"]) == 3
            assert a.port.stats["rx_no_buffer"] == 3
            # another VC is not disturbed
            n = _raw(200, 99)
            a.ndis.co_send_net_buffer_lists(other, [n])
            await _wait(lambda: len(_rx(a, other)) == 1)
            assert _rx(a, other) == [n.sdu]

    run(body())


def test_multi_buffer_pdus_up_to_65535_bytes():
    async def body():
        model = {"tx_buf_cells": 2048, "rx_buf_cells": 2048}
        async with dma_adapter(model, rx_buf_size=2048) as a:
            vc, _ = await open_vc(a.ndis, 1, 100, max_sdu=65535, encapsulation=None)
            sizes = [65535, 2048, 2049, 40000, 1, 4096, 65535, 63]
            nbls = [_raw(n, k) for k, n in enumerate(sizes)]
            a.ndis.co_send_net_buffer_lists(vc, nbls)
            await asyncio.wait_for(a.ndis.wait_sends_complete(vc), 15)
            await _wait(lambda: len(_rx(a, vc)) == len(sizes))
            assert [n.status for n in nbls] == [NdisStatus.SUCCESS] * len(sizes)
            assert _rx(a, vc) == [n.sdu for n in nbls]
            # buffers filled (RXF_CONS counts descriptors read, up to 32 ahead: docs/dma.md)
            assert a.nic.dma.rxf_used == sum(-(-n // 2048) for n in sizes)
            assert await a.nic.window.read(DMA_ADDRESS["RXF_CONS"]) >= a.nic.dma.rxf_used
            assert a.port.alloc.in_use() == a.start_in_use

    run(body())


def test_coalescing_fewer_interrupts_than_completions_and_the_timer_flushes():
    async def body():
        async with dma_adapter(irq_count=16, irq_timer=3000) as a:
            vc, _ = await open_vc(a.ndis, 1, 100, max_sdu=9180, encapsulation=None)
            nbls = [_raw(100 + k, k) for k in range(203)]  # 203: not a multiple of 16
            a.ndis.co_send_net_buffer_lists(vc, nbls)
            await asyncio.wait_for(a.ndis.wait_sends_complete(vc), 10)
            await _wait(lambda: len(_rx(a, vc)) == 203)
            assert _rx(a, vc) == [n.sdu for n in nbls]
            s = a.port.stats
            assert s["irq_tx"] < s["tx_completions"] // 4
            assert s["irq_rx"] < s["rx_completions"] // 4
            # a burst smaller than the count: only the timer raises the interrupt
            few = [_raw(40, 1000 + k) for k in range(3)]
            a.ndis.co_send_net_buffer_lists(vc, few)
            await asyncio.wait_for(a.ndis.wait_sends_complete(vc), 10)
            await _wait(lambda: len(_rx(a, vc)) == 206)
            assert _rx(a, vc)[-3:] == [n.sdu for n in few]
            causes = [c for _, c in a.nic.dma.cause_log]
            assert causes.count("tx_cq") < 203 // 8

    run(body())


def test_deactivate_with_descriptors_in_flight_returns_everything_first():
    """DEACTIVATE while the VC's frames fill the ring and the core: it completes only when
    no descriptor of the VC is posted and every PDU the DMA took is reaped (its buffers
    back); every send completed exactly once; a new VC on the same slot never sees a PDU
    of the old one."""

    async def body():
        async with dma_adapter(tx_ring=64) as a:
            vc, _ = await open_vc(a.ndis, 1, 100, max_sdu=9180, encapsulation=None)
            other, _ = await open_vc(a.ndis, 1, 200, max_sdu=9180, encapsulation=None)
            nbls = [_raw(2000, k) for k in range(150)]
            keep = [_raw(300, 500 + k) for k in range(40)]
            a.ndis.co_send_net_buffer_lists(vc, nbls)
            a.ndis.co_send_net_buffer_lists(other, keep)
            await asyncio.sleep(0.005)
            ctx = vc.miniport_context
            slot = ctx.slot
            assert a.port.tx_in_flight(slot) > 0  # descriptors in the ring / core
            assert await a.ndis.cm_deactivate_vc(vc) == NdisStatus.PENDING
            seen = []

            def unreaped_of_slot() -> int:  # RX completions of the slot still in the CQ
                p, n = a.port, a.port.rx_log2
                head, out = p._rxcq_head, 0
                while True:
                    i = head & ((1 << n) - 1)
                    c = RXC.unpack(a.nic.memory.read(p._rings["RXCQ"] + i * RXC.BYTES,
                                                     RXC.BYTES))
                    if c.phase != (~(head >> n) & 1):
                        return out
                    out += c.vc == slot
                    head += 1

            def probe():  # the state at the moment DEACTIVATE completes
                seen.append((a.port.tx_in_flight(slot), unreaped_of_slot(),
                             len(a.nic.rx.held)))

            orig = a.client.cm_deactivate_vc_complete
            a.client.cm_deactivate_vc_complete = lambda st, v: (probe(), orig(st, v))
            assert await asyncio.wait_for(a.ndis.wait_deactivate_complete(vc), 10) == (
                NdisStatus.SUCCESS)
            # no descriptor of the VC posted, no completion of it left in the RX CQ
            assert seen and seen[0][:2] == (0, 0), seen
            assert a.port.stats["rx_sync_timeouts"] == 0 and not a.mp.stats
            statuses = {n.status for n in nbls}
            # sent, flushed by DEACTIVATE, or reaching the core after it (TX_INACTIVE)
            assert statuses <= {NdisStatus.SUCCESS, NdisStatus.REQUEST_ABORTED,
                                NdisStatus.VC_NOT_ACTIVATED}
            assert all(not a.ndis.verifier.is_outstanding(n) for n in nbls)
            old_rx = len(_rx(a, vc))
            assert _rx(a, vc) == [n.sdu for n in nbls[:old_rx]]  # a prefix, in order
            # the slot again: a new VC must not get any PDU of the old one
            assert await a.ndis.co_delete_vc(vc) == NdisStatus.SUCCESS
            new, _ = await open_vc(a.ndis, 1, 300, max_sdu=9180, encapsulation=None)
            assert new.miniport_context.slot == slot
            fresh = [_raw(64, 900 + k) for k in range(5)]
            a.ndis.co_send_net_buffer_lists(new, fresh)
            await asyncio.wait_for(a.ndis.wait_sends_complete(new), 10)
            await _wait(lambda: len(_rx(a, new)) == 5)
            assert _rx(a, new) == [n.sdu for n in fresh]
            await asyncio.wait_for(a.ndis.wait_sends_complete(other), 10)
            await _wait(lambda: len(_rx(a, other)) == 40)
            assert _rx(a, other) == [n.sdu for n in keep]
            assert a.port.alloc.in_use() == a.start_in_use

    run(body())


def test_halt_with_a_full_ring_reclaims_every_byte():
    async def body():
        async with dma_adapter(tx_ring=16) as a:
            vcs = [(await open_vc(a.ndis, 1, 100 + i, max_sdu=9180, encapsulation=None))[0]
                   for i in range(3)]
            nbls = {vc.number: [_raw(4000, 10 * vc.number + k) for k in range(40)]
                    for vc in vcs}
            for vc in vcs:
                a.ndis.co_send_net_buffer_lists(vc, nbls[vc.number])
            await asyncio.sleep(0.003)
            assert a.port.tx_in_flight() > 0
            await a.ndis.halt()  # the verifier: every send completed exactly once
            for vc in vcs:
                assert all(n.status is not None for n in nbls[vc.number])
                assert len(a.client.sent[vc.number]) == 40
            assert a.port.alloc.in_use() == 0 and a.port.alloc.allocations() == 0
            assert not a.port.running

    run(body())


def test_reset_with_a_full_ring_loses_nothing_and_leaks_nothing():
    async def body():
        async with dma_adapter(tx_ring=16) as a:
            vc, _ = await open_vc(a.ndis, 1, 100, max_sdu=9180, encapsulation=None)
            nbls = [_raw(3000, k) for k in range(80)]
            a.ndis.co_send_net_buffer_lists(vc, nbls)
            await asyncio.sleep(0.003)
            assert a.port.tx_in_flight() > 0
            assert await a.ndis.reset() == NdisStatus.SUCCESS
            await asyncio.wait_for(a.ndis.wait_sends_complete(vc), 10)
            statuses = [n.status for n in nbls]
            assert set(statuses) <= {NdisStatus.SUCCESS, NdisStatus.RESET_IN_PROGRESS}
            assert len(a.client.sent[vc.number]) == 80  # each exactly once
            ok = [n.sdu for n in nbls if n.status == NdisStatus.SUCCESS]
            await _wait(lambda: len(_rx(a, vc)) == len(ok))
            assert _rx(a, vc) == ok  # every frame the core sent is delivered
            assert a.port.alloc.in_use() == a.start_in_use  # the rings and RX buffers only
            assert a.port.stats["tx_reclaimed"] == 0
            # the VC survived the reset: traffic again
            more = [_raw(500, 200 + k) for k in range(20)]
            a.ndis.co_send_net_buffer_lists(vc, more)
            await asyncio.wait_for(a.ndis.wait_sends_complete(vc), 10)
            await _wait(lambda: len(_rx(a, vc)) == len(ok) + 20)
            assert _rx(a, vc)[-20:] == [n.sdu for n in more]
            await a.ndis.halt()
            assert a.port.alloc.in_use() == 0

    run(body())


def test_rx_dma_error_is_counted_once_and_other_pdus_go_on():
    """A buffer write answered SLVERR: the PDU completes RX_DMA_ERROR, the error vector
    reports it, the adapter moves the PDU to GEN_CO_RCV_PDUS_ERROR; later PDUs arrive."""

    async def body():
        async with dma_adapter() as a:
            vc, _ = await open_vc(a.ndis, 1, 100, max_sdu=9180, encapsulation=None)
            buf = a.port._rx_bufs[0]  # the first PDU's buffer answers SLVERR to writes
            a.nic.memory.error_window(buf, buf + 64, reads=False)
            nbls = [_raw(100, k) for k in range(5)]
            a.ndis.co_send_net_buffer_lists(vc, nbls)
            await asyncio.wait_for(a.ndis.wait_sends_complete(vc), 10)
            await _wait(lambda: a.port.stats["rx_completions"] == 5)
            await _wait(lambda: len(_rx(a, vc)) == 4)
            assert _rx(a, vc) == [n.sdu for n in nbls[1:]]
            await _wait(lambda: a.port.error is not None)
            assert "RX_DATA" in a.port.error and not a.port.halted
            assert await _oid(a, vc, Oid.GEN_CO_RCV_PDUS_ERROR) == 1
            assert await _oid(a, vc, Oid.GEN_CO_RCV_PDUS_OK) == 4
            assert await _oid(a, vc, Oid.GEN_CO_BYTES_RCV) == 400

    run(body())


def test_tx_engine_halt_is_reported_and_a_full_ring_does_not_hang():
    async def body():
        nic = NicModel(host="dma")
        port = DmaPort(nic.window, nic.memory, nic.irqs, tx_ring=4, sync_timeout=0.2)
        mp = Miniport(nic.window, port)
        ndis = NdisLayer(mp, RecordingClient())
        assert await ndis.initialize() == NdisStatus.SUCCESS
        ring = port._rings["TX_RING"]
        nic.memory.error_window(ring, ring + 64)  # descriptor fetches fail
        with pytest.raises(DmaError, match="halted"):
            for _ in range(8):
                await port.send(1, b"x" * 100)
        assert port.halted and "TX_FETCH" in port.error
        await port.stop()
        assert port.alloc.in_use() == 0
        nic.close()

    run(body())


def test_stream_port_needs_none_of_the_dma_hooks():
    """The adapter's hooks are optional: the model's stream port has no start/stop/rx_sync
    and the stream path works as before."""
    from test_driver_harness import adapter, settle, udp

    async def body():
        async with adapter() as a:
            assert not hasattr(a.nic.port, "start")
            vc, _ = await open_vc(a.ndis)
            nbl = NetBufferList(udp(30))
            a.ndis.co_send_net_buffer_lists(vc, [nbl])
            await settle(a.ndis, a.client, vc, 1)
            assert await a.ndis.reset() == NdisStatus.SUCCESS

    run(body())


def test_tx_status_and_rx_status_codes_pass_through():
    """A descriptor the core refuses (oversize for the VC) completes with the core's
    status through the TX CQ; the statuses keep the contract's values."""
    assert TxStatusCode.TX_BAD_VC and RxStatusCode.RX_DMA_ERROR

    async def body():
        async with dma_adapter() as a:
            port = a.port
            await port.send(7, b"abc")  # VC 7 not active: the core says TX_INACTIVE
            await port.send(a.mp.caps.num_vc + 3, b"abc")  # out of range: TX_BAD_VC
            await port.flush()
            await _wait(lambda: port.stats["tx_completions"] == 2)
            await _wait(lambda: a.mp.stats["tx_unmatched_completions"] == 2)
            assert port.tx_in_flight() == 0
            assert port.alloc.in_use() == a.start_in_use

    run(body())


def test_reset_revives_a_halted_tx_engine():
    """A TX CQ write answered SLVERR halts the TX engine: the port reports it, the pending
    sends are not waited for, MiniportResetEx completes each exactly once, restarts the
    rings (nothing leaked) and traffic flows again."""

    async def body():
        async with dma_adapter(tx_ring=16) as a:
            vc, _ = await open_vc(a.ndis, 1, 100, max_sdu=9180, encapsulation=None)
            cq = a.port._rings["TXCQ"]
            a.nic.memory.error_window(cq, cq + 16 * 8, reads=False)
            nbls = [_raw(500, k) for k in range(40)]
            a.ndis.co_send_net_buffer_lists(vc, nbls)
            await _wait(lambda: a.port.halted, what="the TX engine halt")
            assert "TXCQ_WRITE" in a.port.error
            a.nic.memory.clear_errors()
            loop = asyncio.get_running_loop()
            t0 = loop.time()
            assert await a.ndis.reset() == NdisStatus.SUCCESS
            assert loop.time() - t0 < 2  # no sync_timeout waited for a halted engine
            assert not a.port.halted and a.port.error is None and a.port.running
            await asyncio.wait_for(a.ndis.wait_sends_complete(vc), 10)
            assert {n.status for n in nbls} <= {NdisStatus.SUCCESS,
                                                NdisStatus.RESET_IN_PROGRESS}
            assert len(a.client.sent[vc.number]) == 40
            assert a.port.alloc.in_use() == a.start_in_use
            more = [_raw(700, 100 + k) for k in range(10)]
            a.ndis.co_send_net_buffer_lists(vc, more)
            await asyncio.wait_for(a.ndis.wait_sends_complete(vc), 10)
            assert [n.status for n in more] == [NdisStatus.SUCCESS] * 10
            await _wait(lambda: _rx(a, vc)[-10:] == [n.sdu for n in more])

    run(body())


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_scenario_over_dma_balances_and_agrees_with_the_stream_path(seed):
    """The default scenario (create/activate/deactivate/delete under traffic, bad calls,
    OIDs) through the ring manager: the ledger balances and the result is the stream
    path's, observable for observable (host aside)."""
    from vcnic.cli import run_model
    from vcnic.scenario import ScenarioConfig, compare

    d = asyncio.run(run_model(ScenarioConfig(seed=seed, host="dma"))).to_dict()
    s = asyncio.run(run_model(ScenarioConfig(seed=seed, host="stream"))).to_dict()
    assert d["ledger"]["ok"], d["ledger"]["problems"]
    d["config"]["host"] = s["config"]["host"]
    assert compare(d, s) is None


def test_rx_engine_halt_is_reported_and_reset_revives_it():
    """An RX completion write answered SLVERR halts the RX engine (PDUs it took get no
    completion): the port reports it, rx_sync gives up at once instead of waiting, and
    MiniportResetEx reclaims every buffer itself and restarts the rings."""

    async def body():
        async with dma_adapter(mp_kw={"sync_timeout": 0.3}) as a:
            vc, _ = await open_vc(a.ndis, 1, 100, max_sdu=9180, encapsulation=None)
            cq = a.port._rings["RXCQ"]
            a.nic.memory.error_window(cq, cq + 256 * 16, reads=False)
            a.ndis.co_send_net_buffer_lists(vc, [_raw(300, k) for k in range(6)])
            await _wait(lambda: a.port.halted, what="the RX engine halt")
            assert "RXCQ_WRITE" in a.port.error and "rx_halted" in a.port.error
            loop = asyncio.get_running_loop()
            t0 = loop.time()
            assert await a.port.rx_sync() is False  # halted: no waiting for completions
            assert loop.time() - t0 < 0.2
            a.nic.memory.clear_errors()
            assert await a.ndis.reset() == NdisStatus.SUCCESS
            assert not a.port.halted and a.port.alloc.in_use() == a.start_in_use
            more = [_raw(400, 50 + k) for k in range(8)]
            before = len(_rx(a, vc))
            a.ndis.co_send_net_buffer_lists(vc, more)
            await asyncio.wait_for(a.ndis.wait_sends_complete(vc), 10)
            await _wait(lambda: _rx(a, vc)[before:] == [n.sdu for n in more])

    run(body())
