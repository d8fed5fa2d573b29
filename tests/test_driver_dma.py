"""The miniport on the DMA host interface: NdisLayer + Miniport + DmaPort on the model's
rings (NicModel(host="dma")). The driver-level cases are shared with the RTL
(vcnic_tb.dma_driver_cases; tests/test_rtl_dma_driver.py runs the same bodies on the NIC
harness): frames byte for byte, 256-entry ring wrap, full rings (sends PENDING, completed
later), free-buffer exhaustion, multi-buffer PDUs up to 65535 bytes, coalescing,
DEACTIVATE with descriptors in flight and with the RX engine halted, halt and reset with
a full ring (nothing leaks: the allocator's books), DMA errors. The NDIS verifier
(vcnic.ndis.verifier) checks every send completes exactly once. Here also what only the
model can show: configuration checks, the stream port, the scenario against the stream
path."""

from __future__ import annotations

import asyncio

import pytest
from test_driver_harness import open_vc, run
from vcnic.hw import DataPort
from vcnic.miniport import Miniport
from vcnic.miniport.dma import DmaError, DmaPort
from vcnic.model import NicModel
from vcnic.ndis import NdisLayer, NdisStatus, NetBufferList, RecordingClient
from vcnic.regs import DMA_ADDRESS, RegisterClient, VcParams, VcResult
from vcnic_tb import dma_driver_cases as cases


def _case(case) -> None:
    """One shared case on a fresh model, under asyncio."""
    run(case(cases.ModelBench()))


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



def test_start_resets_engines_left_unreset_and_refuses_busy_ones():
    """start() programs rings from index 0: engines a previous owner left with non-zero
    indices (no DMA_CTRL.reset) are reset first and work; an engine that is busy ignores
    the reset (docs/dma.md) and start() raises instead of programming rings over indices
    it does not know."""

    async def body():
        nic = NicModel(host="dma")
        c = RegisterClient(nic.window)
        await c.set_ctrl(enable=1, loopback=1)
        assert await c.activate(1, VcParams(vci=33, max_sdu=9180)) == VcResult.OK

        async def abandon(port):  # the owner goes away without stop(): no reset
            for t in port._tasks:
                t.cancel()

        first = DmaPort(nic.window, nic.memory, nic.irqs, tx_ring=16, rx_ring=16,
                        irq_count=1, irq_timer=0)
        await first.start()
        for k in range(3):
            await first.send(1, bytes([k]) * 100)
        await first.flush()
        for _ in range(3):
            assert (await first.tx_completion()).status == 0
        await abandon(first)
        assert await nic.window.read(DMA_ADDRESS["TX_CONS"]) == 3
        second = DmaPort(nic.window, nic.memory, nic.irqs, tx_ring=16, rx_ring=16,
                         irq_count=1, irq_timer=0)
        await second.start()
        assert second.stats["start_resets"] == 1
        await second.send(1, b"after")
        await second.flush()
        assert (await second.tx_completion()).status == 0
        assert (await second.receive()).data == b"after"
        # busy: a completion waits for a TX CQ that is off
        await nic.window.write(DMA_ADDRESS["TXCQ_SIZE"], 0)
        await second.send(1, b"stuck")
        await second.flush()
        for _ in range(50):
            await asyncio.sleep(0.001)
        await abandon(second)
        third = DmaPort(nic.window, nic.memory, nic.irqs, tx_ring=16, rx_ring=16)
        with pytest.raises(DmaError, match="reset ignored"):
            await third.start()
        nic.close()

    run(body())

def test_frames_on_several_vcs_byte_for_byte_with_batched_doorbells():
    _case(cases.frames_byte_for_byte)


def test_256_entry_ring_wraps_several_times():
    _case(cases.ring_wrap_256)


def test_full_tx_ring_keeps_sends_pending_then_completes_them_in_order():
    _case(cases.full_tx_ring_sends_pending)


def test_a_producer_faster_than_the_line_still_rings_one_doorbell_per_batch():
    _case(cases.doorbells_per_batch_when_full)


def test_free_ring_exhausted_counts_no_buffer_exactly_then_recovers():
    _case(cases.free_ring_empty_no_buffer_then_recovers)


def test_multi_buffer_pdus_up_to_65535_bytes():
    _case(cases.multi_buffer_pdus_to_65535)


def test_coalescing_fewer_interrupts_than_completions_and_the_timer_flushes():
    _case(cases.coalescing_count_and_timer)


def test_deactivate_with_descriptors_in_flight_returns_everything_first():
    _case(cases.deactivate_with_descriptors_in_flight)


def test_deactivate_while_the_rx_engine_is_halted_is_ended_by_reset_at_once():
    _case(cases.deactivate_while_the_rx_engine_is_halted)


def test_halt_with_a_full_ring_reclaims_every_byte():
    _case(cases.halt_with_a_full_ring)


def test_reset_with_a_full_ring_loses_nothing_and_leaks_nothing():
    _case(cases.reset_with_a_full_ring)


def test_rx_dma_error_is_counted_once_and_other_pdus_go_on():
    _case(cases.rx_dma_error_counted_once)


def test_tx_read_error_is_counted_once_and_other_frames_go_on():
    _case(cases.tx_read_error_counted_once)


def test_tx_engine_halt_is_reported_and_a_full_ring_does_not_hang():
    _case(cases.tx_engine_halt_raises_not_hangs)


def test_tx_status_and_rx_status_codes_pass_through():
    _case(cases.bad_vc_and_inactive_vc_complete_through_the_cq)


def test_reset_revives_a_halted_tx_engine():
    _case(cases.reset_revives_a_halted_tx_engine)


def test_rx_engine_halt_is_reported_and_reset_revives_it():
    _case(cases.reset_revives_a_halted_rx_engine)


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
