"""Many scenario seeds on the RTL in ONE simulator process (pays the ~2 s start-up once).

Configurations come as a JSON list in VCNIC_AGREE_CFGS; each runs after a hardware reset
of the core, and the list of result dicts goes as JSON to VCNIC_AGREE_RESULT. The pytest
side (tests/test_rtl_agree.py) runs the same configurations on the Python model and
compares the two with `vcnic.scenario.compare`.
"""

from __future__ import annotations

import json
import os

import cocotb
from vcnic.scenario import ScenarioConfig, run_scenario

from .rtl_backend import RtlBackend

ENV_CFGS = "VCNIC_AGREE_CFGS"
ENV_RESULT = "VCNIC_AGREE_RESULT"


@cocotb.test(timeout_time=float(os.environ.get("VCNIC_AGREE_TIMEOUT_MS", "2000")),
             timeout_unit="ms")
async def scenario_seeds(dut):
    """run_scenario for every configuration, a reset between them."""
    cfgs = json.loads(os.environ[ENV_CFGS])
    be = RtlBackend(dut)
    results = []
    for cfg in cfgs:
        await be.reset()
        result = await run_scenario(be.window, be.port, ScenarioConfig.from_dict(cfg))
        results.append(result.to_dict())
    with open(os.environ[ENV_RESULT], "w") as fh:
        json.dump(results, fh, default=str)
