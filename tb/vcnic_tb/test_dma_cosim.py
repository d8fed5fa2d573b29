"""The driver's scenario on the NIC over its DMA host interface (vcnic_nic_harness).

`cosim_scenario` is what `vcnic_tb.runner.run_cosim(port="dma")` runs (`vcnic sim
--backend rtl --host dma`, the main job): `vcnic_tb.cosim_scenario.run_cosim_scenario` on
`DmaBackend`, with the driver's own ring manager (`vcnic.miniport.dma.DmaPort`) as the
data port: descriptors, buffers and completions in the HDL host memory (backdoor), the
NIC's AXI4 master reading and writing them, doorbells and the core's registers through
the HDL AXI4-Lite master, completions reaped on the interrupt vectors. Python is woken per
register access, per interrupt and per frame, never per clock.
"""

from __future__ import annotations

import cocotb

from .cosim_scenario import SCENARIO_MISSING, TIMEOUT_MS, run_cosim_scenario
from .dma_backend import DmaBackend


@cocotb.skipif(SCENARIO_MISSING is not None, reason=str(SCENARIO_MISSING))
@cocotb.test(timeout_time=TIMEOUT_MS, timeout_unit="ms")
async def cosim_scenario(dut):
    """run_scenario(window, DmaPort, cfg) on the NIC; the result as JSON for the runner;
    the NIC must not break an AXI4 rule that host memory checks."""
    from vcnic.miniport.dma import DmaPort

    be = DmaBackend(dut)
    be.port = DmaPort(be.window, be.memory, be.irqs)
    await run_cosim_scenario(be)
    be.check_protocol()
