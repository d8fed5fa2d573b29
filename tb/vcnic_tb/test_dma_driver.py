"""The driver's DMA cases on the RTL: NdisLayer + Miniport + `DmaPort` on the NIC harness
(vcnic_nic_harness) through `DmaBackend`, the same case bodies the model runs
(`vcnic_tb.dma_driver_cases`). One cocotb test per case, one simulator process for all;
each case resets the harness first and must leave the host-memory bus protocol clean.
Launched by tests/test_rtl_dma_driver.py.
"""

from __future__ import annotations

import cocotb
from cocotb.simtime import get_sim_time
from cocotb.triggers import ClockCycles, Timer, with_timeout

from . import dma_driver_cases as cases
from .dma_backend import DmaBackend

#: PDUs of 65535 bytes need this many cells in the core's TX and RX buffers.
BIG_CELLS = 1366
#: cocotb timeout of one case (simulated ms).
TIMEOUT_MS = 50


class RtlBench:
    """The bench of the RTL: the harness reset per case; time is simulated time."""

    kind = "rtl"
    #: simulated seconds a test waits for the hardware; a short driver sync_timeout
    timeout, short = 0.004, 300e-6

    def __init__(self, dut):
        self.be = DmaBackend(dut)
        self.nic = None

    async def open(self, *, big: bool = False):
        be = self.be
        if big:
            for p in ("TX_BUF_CELLS", "RX_BUF_CELLS"):
                assert be.params[p] >= BIG_CELLS, f"{p} = {be.params[p]}: too small"
        be.faults.off()
        await be.reset()
        return be.window, be.memory, be.irqs

    async def close(self) -> None:
        self.be.check_protocol()

    async def pause(self) -> None:
        await ClockCycles(self.be.clock, 300)

    async def wait_until(self, pred, what: str = "condition") -> None:
        end = self.now() + self.timeout
        while not pred():
            assert self.now() < end, f"timed out waiting for {what}"
            await ClockCycles(self.be.clock, 50)

    async def bounded(self, aw):
        return await with_timeout(aw, round(self.timeout * 1e9), "ns")

    def now(self) -> float:
        return get_sim_time("ns") * 1e-9

    def error_window(self, lo: int, hi: int, *, reads: bool = True, writes: bool = True):
        self.be.faults.error_window(lo, hi, reads=reads, writes=writes)

    def clear_errors(self) -> None:
        self.be.faults.clear_errors()


async def _run(dut, case) -> None:
    await case(RtlBench(dut))
    await Timer(10, "ns")


# One cocotb test per shared case (docstrings: vcnic_tb.dma_driver_cases).


@cocotb.test(timeout_time=TIMEOUT_MS, timeout_unit="ms")
async def frames_byte_for_byte(dut):
    await _run(dut, cases.frames_byte_for_byte)


@cocotb.test(timeout_time=TIMEOUT_MS, timeout_unit="ms")
async def ring_wrap_256(dut):
    await _run(dut, cases.ring_wrap_256)


@cocotb.test(timeout_time=TIMEOUT_MS, timeout_unit="ms")
async def full_tx_ring_sends_pending(dut):
    await _run(dut, cases.full_tx_ring_sends_pending)


@cocotb.test(timeout_time=TIMEOUT_MS, timeout_unit="ms")
async def doorbells_per_batch_when_full(dut):
    await _run(dut, cases.doorbells_per_batch_when_full)


@cocotb.test(timeout_time=TIMEOUT_MS, timeout_unit="ms")
async def free_ring_empty_no_buffer_then_recovers(dut):
    await _run(dut, cases.free_ring_empty_no_buffer_then_recovers)


@cocotb.test(timeout_time=TIMEOUT_MS, timeout_unit="ms")
async def multi_buffer_pdus_to_65535(dut):
    await _run(dut, cases.multi_buffer_pdus_to_65535)


@cocotb.test(timeout_time=TIMEOUT_MS, timeout_unit="ms")
async def coalescing_count_and_timer(dut):
    await _run(dut, cases.coalescing_count_and_timer)


@cocotb.test(timeout_time=TIMEOUT_MS, timeout_unit="ms")
async def deactivate_with_descriptors_in_flight(dut):
    await _run(dut, cases.deactivate_with_descriptors_in_flight)


@cocotb.test(timeout_time=TIMEOUT_MS, timeout_unit="ms")
async def halt_with_a_full_ring(dut):
    await _run(dut, cases.halt_with_a_full_ring)


@cocotb.test(timeout_time=TIMEOUT_MS, timeout_unit="ms")
async def reset_with_a_full_ring(dut):
    await _run(dut, cases.reset_with_a_full_ring)


@cocotb.test(timeout_time=TIMEOUT_MS, timeout_unit="ms")
async def rx_dma_error_counted_once(dut):
    await _run(dut, cases.rx_dma_error_counted_once)


@cocotb.test(timeout_time=TIMEOUT_MS, timeout_unit="ms")
async def tx_read_error_counted_once(dut):
    await _run(dut, cases.tx_read_error_counted_once)


@cocotb.test(timeout_time=TIMEOUT_MS, timeout_unit="ms")
async def bad_vc_and_inactive_vc_complete_through_the_cq(dut):
    await _run(dut, cases.bad_vc_and_inactive_vc_complete_through_the_cq)


@cocotb.test(timeout_time=TIMEOUT_MS, timeout_unit="ms")
async def tx_engine_halt_raises_not_hangs(dut):
    await _run(dut, cases.tx_engine_halt_raises_not_hangs)


@cocotb.test(timeout_time=TIMEOUT_MS, timeout_unit="ms")
async def reset_revives_a_halted_tx_engine(dut):
    await _run(dut, cases.reset_revives_a_halted_tx_engine)


@cocotb.test(timeout_time=TIMEOUT_MS, timeout_unit="ms")
async def reset_revives_a_halted_rx_engine(dut):
    await _run(dut, cases.reset_revives_a_halted_rx_engine)


@cocotb.test(timeout_time=TIMEOUT_MS, timeout_unit="ms")
async def deactivate_while_the_rx_engine_is_halted(dut):
    await _run(dut, cases.deactivate_while_the_rx_engine_is_halted)
