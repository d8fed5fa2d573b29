"""The driver's scenario on the RTL with Python off the per-beat path (hdl_harness + HdlPort).

`cosim_scenario` is what `vcnic_tb.runner.run_cosim(port="hdl")` (the default) runs; it
is `vcnic_tb.cosim_scenario.run_cosim_scenario` (as test_cosim.py runs it) on `HdlBackend`
instead of `RtlBackend`, measured: it also writes the run's measurement counters and wall
time of the scenario phase into the result (`_bench`).
"""

from __future__ import annotations

import cocotb

from .cosim_scenario import SCENARIO_MISSING, TIMEOUT_MS, run_cosim_scenario
from .hdl_backend import HdlBackend


@cocotb.skipif(SCENARIO_MISSING is not None, reason=str(SCENARIO_MISSING))
@cocotb.test(timeout_time=TIMEOUT_MS, timeout_unit="ms")
async def cosim_scenario(dut):
    """run_scenario(window, HdlPort, cfg) on the RTL; the result as JSON for the runner."""
    await run_cosim_scenario(HdlBackend(dut), measure=True)
