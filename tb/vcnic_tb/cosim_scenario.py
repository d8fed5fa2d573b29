"""The driver's scenario on the RTL, shared by the two co-simulation cocotb modules.

`run_cosim` (vcnic_tb.runner) hands the scenario configuration over as JSON in
VCNIC_COSIM_CFG and reads the result from the file named by VCNIC_COSIM_RESULT; with
VCNIC_COSIM_CELLS the line is captured to ERF. `run_cosim_scenario(be)` does that on any
backend: `RtlBackend` (test_cosim.py, cocotbext-axi on vcnic_harness) or `HdlBackend`
(test_bench_cosim.py, the HDL transactors of hdl_harness, which also measures the run).
"""

from __future__ import annotations

import dataclasses
import enum
import json
import os
import time
from typing import Any

from cocotb.triggers import ClockCycles

from .runner import ENV_COSIM_CELLS, ENV_COSIM_CFG, ENV_COSIM_RESULT

try:
    from vcnic import scenario as _scenario

    SCENARIO_MISSING = None if hasattr(_scenario, "run_scenario") else (
        "vcnic.scenario has no run_scenario yet")
except ImportError as e:  # the driver's scenario module is not written yet
    _scenario = None
    SCENARIO_MISSING = f"vcnic.scenario not importable ({e})"

#: cocotb test timeout of a co-simulated scenario (ms of simulated time).
TIMEOUT_MS = float(os.environ.get("VCNIC_COSIM_TIMEOUT_MS", "200"))


def jsonable(x: Any) -> Any:
    if dataclasses.is_dataclass(x) and not isinstance(x, type):
        return {f.name: jsonable(getattr(x, f.name)) for f in dataclasses.fields(x)}
    if isinstance(x, enum.Enum):
        return x.name
    if isinstance(x, dict):
        return {str(k): jsonable(v) for k, v in x.items()}
    if isinstance(x, (list, tuple, set)):
        return [jsonable(v) for v in x]
    if isinstance(x, bytes):
        return x.hex()
    return x


def scenario_config(cfg_dict: dict[str, Any]):
    """A ScenarioConfig from the dict run_cosim passed (its own from_dict when it has one;
    keys it does not know, such as the runner's `rtl` parameters, are left out)."""
    cls = _scenario.ScenarioConfig
    d = {k: v for k, v in cfg_dict.items() if k != "rtl"}
    if hasattr(cls, "from_dict"):
        return cls.from_dict(d)
    if dataclasses.is_dataclass(cls):
        names = {f.name for f in dataclasses.fields(cls)}
        return cls(**{k: v for k, v in d.items() if k in names})
    return cls(**d)


def result_dict(result) -> dict[str, Any]:
    for name in ("to_dict", "as_dict"):
        if hasattr(result, name):
            return jsonable(getattr(result, name)())
    return jsonable(result)


def passed(result, d: dict[str, Any]) -> bool | None:
    for name in ("passed", "ok", "success"):
        if hasattr(result, name):
            v = getattr(result, name)
            return bool(v() if callable(v) else v)
        if name in d:
            return bool(d[name])
    return None


async def run_cosim_scenario(be, *, measure: bool = False) -> None:
    """run_scenario(be.window, be.port, cfg) after a reset; the result as JSON for the
    runner; an AssertionError when the scenario failed. `measure` (an `HdlBackend`): also
    the measurement counters and wall/CPU time of the scenario phase (`_bench`), and the
    HDL stream checks must be clean."""
    cfg = scenario_config(json.loads(os.environ.get(ENV_COSIM_CFG) or "{}"))
    await be.reset()
    cells = os.environ.get(ENV_COSIM_CELLS)
    mon = be.monitor_line(erf_path=cells, keep=False) if cells else None
    t0, p0 = time.perf_counter(), time.process_time()
    c0 = be.counters() if measure else None
    try:
        result = await _scenario.run_scenario(be.window, be.port, cfg)
    finally:
        if mon is not None:
            await ClockCycles(be.clock, 64)  # let the last cells reach the capture
            be.close()
    wall, cpu = time.perf_counter() - t0, time.process_time() - p0
    d = result_dict(result)
    if measure:
        c1 = be.counters()
        d["_bench"] = {"wall_s": wall, "cpu_s": cpu, "bus": be.bus,
                       **{k: c1[k] - c0[k] for k in c1},
                       "port_errors": be.port.errors, "tx_waits": be.port.tx_waits}
    out = os.environ.get(ENV_COSIM_RESULT)
    if out:
        with open(out, "w") as fh:
            json.dump(d, fh, indent=1, default=str)
    if measure:
        assert not be.port.errors, f"HDL stream checks: {be.port.errors[:3]}"
    ok = passed(result, d)
    assert ok is not False, f"scenario failed on the RTL: {d.get('failures') or d}"
