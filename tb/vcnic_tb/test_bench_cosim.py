"""The driver's scenario on the RTL with Python off the per-beat path (hdl_harness + HdlPort).

`cosim_scenario` is what `vcnic_tb.runner.run_cosim(port="hdl")` (the default) runs; it
is `vcnic_tb.test_cosim.cosim_scenario` with `HdlBackend` instead of `RtlBackend`: the same
configuration (JSON in VCNIC_COSIM_CFG), the same result file (VCNIC_COSIM_RESULT), the
same optional ERF capture of the line (VCNIC_COSIM_CELLS). It also writes the run's
measurement counters and wall time of the scenario phase into the result (`_bench`).
"""

from __future__ import annotations

import json
import os
import time

import cocotb
from cocotb.triggers import ClockCycles

from .hdl_backend import HdlBackend
from .runner import ENV_COSIM_CELLS, ENV_COSIM_CFG, ENV_COSIM_RESULT
from .test_cosim import _SCENARIO_MISSING, _config, _passed, _result_dict, _scenario


@cocotb.skipif(_SCENARIO_MISSING is not None, reason=str(_SCENARIO_MISSING))
@cocotb.test(timeout_time=float(os.environ.get("VCNIC_COSIM_TIMEOUT_MS", "200")), timeout_unit="ms")
async def cosim_scenario(dut):
    """run_scenario(window, HdlPort, cfg) on the RTL; the result as JSON for the runner."""
    cfg_dict = json.loads(os.environ.get(ENV_COSIM_CFG) or "{}")
    cfg = _config(cfg_dict)
    be = HdlBackend(dut)
    await be.reset()
    cells = os.environ.get(ENV_COSIM_CELLS)
    mon = be.monitor_line(erf_path=cells, keep=False) if cells else None
    t0, p0 = time.perf_counter(), time.process_time()
    c0 = be.counters()
    try:
        result = await _scenario.run_scenario(be.window, be.port, cfg)
    finally:
        if mon is not None:
            await ClockCycles(be.clock, 64)  # let the last cells reach the capture
            be.close()
    wall, cpu = time.perf_counter() - t0, time.process_time() - p0
    c1 = be.counters()
    d = _result_dict(result)
    d["_bench"] = {"wall_s": wall, "cpu_s": cpu, "bus": be.bus,
                   **{k: c1[k] - c0[k] for k in c1},
                   "port_errors": be.port.errors, "tx_waits": be.port.tx_waits}
    out = os.environ.get(ENV_COSIM_RESULT)
    if out:
        with open(out, "w") as fh:
            json.dump(d, fh, indent=1, default=str)
    assert not be.port.errors, f"HDL stream checks: {be.port.errors[:3]}"
    ok = _passed(result, d)
    assert ok is not False, f"scenario failed on the RTL: {d.get('failures') or d}"
