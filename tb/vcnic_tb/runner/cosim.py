"""Co-simulation: `run_cosim()` runs `vcnic.scenario.run_scenario` on the RTL: on the NIC
through its DMA host interface (`port="dma"`, vcnic_nic_harness), or on the SAR core's
host streams through the HDL-side stream transactors (`port="hdl"`, hdl_harness) or
cocotbext-axi (`port="axis"`, vcnic_harness)."""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import time
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from .build import normalise_params
from .cocotb_run import SimulationFailed, new_seed, run_cocotb
from .config import (
    ENV_COSIM_CELLS,
    ENV_COSIM_CFG,
    ENV_COSIM_RESULT,
    HARNESS_TOP,
    HDL_TOP,
    NIC_TOP,
    build_root,
    transactors_only,
)


class CosimUnavailable(SimulationFailed):
    """`run_cosim` could not run the scenario (e.g. `vcnic.scenario` does not exist yet)."""


#: ScenarioConfig keys (or a nested "rtl" dict) that name core parameters.
_PARAM_KEYS = {
    "num_vc": "NUM_VC",
    "data_w": "DATA_W",
    "tx_buf_cells": "TX_BUF_CELLS",
    "rx_buf_cells": "RX_BUF_CELLS",
    "num_cbr": "NUM_CBR",
    "lookup_ways": "LOOKUP_WAYS",
    "link_rate": "LINK_RATE",
}


def cosim_parameters(cfg: Mapping[str, Any]) -> dict[str, int]:
    """Core parameters for a scenario: `cfg["rtl"]` (a dict of parameters) and/or the
    scenario keys above; the rest default to the core's defaults."""
    params: dict[str, int] = {}
    rtl = cfg.get("rtl") or {}
    for k, v in dict(rtl).items():
        params[_PARAM_KEYS.get(k.lower(), k.upper())] = int(v)
    for k, p in _PARAM_KEYS.items():
        if cfg.get(k) is not None and p not in params:
            params[p] = int(cfg[k])
    return params


#: Data ports of `run_cosim`: (cocotb module, toplevel).
COSIM_PORTS = {
    "hdl": ("vcnic_tb.test_bench_cosim", HDL_TOP),
    "axis": ("vcnic_tb.test_cosim", HARNESS_TOP),
    "dma": ("vcnic_tb.test_dma_cosim", NIC_TOP),
}


def default_port() -> str:
    return os.environ.get("VCNIC_PORT", "hdl") or "hdl"


def run_cosim(
    cfg_dict: Mapping[str, Any],
    *,
    waves: bool | str | os.PathLike[str] | None = None,
    cells: str | os.PathLike[str] | None = None,
    sim: str | None = None,
    parameters: Mapping[str, Any] | None = None,
    port: str | None = None,
) -> dict[str, Any]:
    """Run the scenario `cfg_dict` (a `ScenarioConfig` as a dict) on the RTL; return the
    `ScenarioResult` as a dict (plus `_rtl`: run directory, log, waves, seed, seconds).

    `waves`: True, or a path to copy the FST to. `cells`: path of an ERF capture of every
    cell on the line (TX side). The seed is `cfg_dict["seed"]` when present. `port`:
    "dma" (the default when `cfg_dict["host"]` is "dma", and only then); else "hdl"
    (default, `VCNIC_PORT`): host streams through the HDL transactors of
    hdl_harness, Python woken once per frame; "axis": through cocotbext-axi on
    vcnic_harness, Python woken per beat. Both check the same things. "dma": the NIC
    (DMA engine + core) on vcnic_nic_harness, the driver's ring manager in host memory
    (`--host dma`).
    """
    dma = cfg_dict.get("host") == "dma"
    port = port or ("dma" if dma else default_port())
    if port not in COSIM_PORTS:
        raise ValueError(f"port must be one of {', '.join(COSIM_PORTS)}, got {port!r}")
    if (port == "dma") != dma:
        raise ValueError(f"port {port!r} does not serve host {cfg_dict.get('host')!r}: "
                         "host 'dma' runs on port 'dma', host 'stream' on 'hdl' or 'axis'")
    module, top = COSIM_PORTS[port]
    cfg = dict(cfg_dict)
    params = cosim_parameters(cfg)
    params.update({k.upper(): int(v) for k, v in (parameters or {}).items()})
    seed = cfg.get("seed")
    seed = int(seed) if seed is not None else new_seed()
    b_params = normalise_params(top, params)
    tag = hashlib.sha256(json.dumps(cfg, sort_keys=True, default=str).encode()).hexdigest()[:8]
    result_dir = build_root() / "cosim"
    result_dir.mkdir(parents=True, exist_ok=True)
    result_file = result_dir / f"result-{tag}-{seed}-{os.getpid()}-{time.monotonic_ns()}.json"
    env = {
        ENV_COSIM_CFG: json.dumps(cfg, default=str),
        ENV_COSIM_RESULT: str(result_file),
    }
    if cells:
        env[ENV_COSIM_CELLS] = str(Path(cells).resolve())
    run = run_cocotb(
        module,
        top,
        b_params,
        env,
        seed,
        sim=sim,
        waves=bool(waves),
        testcase="cosim_scenario",
        run_name="cosim",
        check=False,
        hdl_clock=transactors_only(port, cells=bool(cells)),
    )
    if run.tests and all(t.skipped for t in run.tests):
        raise CosimUnavailable(f"co-simulation skipped: {run.tests[0].message}", run)
    if not result_file.exists():
        reason = run.tests[0].message if run.tests else "the simulation died"
        raise SimulationFailed(
            f"co-simulation produced no result: {reason.splitlines()[0] if reason else ''}\n"
            f"log: {run.log_file}",
            run,
        )
    out = json.loads(result_file.read_text())
    result_file.unlink()
    if waves and not isinstance(waves, bool) and run.waves_file is not None:
        dest = Path(waves)
        dest.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(run.waves_file, dest)
        waves_path = dest
    else:
        waves_path = run.waves_file
    out["_rtl"] = {
        "passed": run.passed,
        "seed": seed,
        "parameters": b_params,
        "run_dir": str(run.run_dir),
        "log": str(run.log_file),
        "waves": str(waves_path) if waves_path else None,
        "cells": str(cells) if cells else None,
        "seconds": round(run.seconds, 3),
        "build_seconds": round(run.build.seconds, 3),
        "sim": run.build.sim,
        "port": port,
        "sim_time_ns": sum(t.sim_time_ns for t in run.tests),
    }
    return out
