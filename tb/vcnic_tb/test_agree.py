"""Many scenario seeds on the RTL in ONE simulator process (pays the ~2 s start-up once).

Configurations come as a JSON list in VCNIC_AGREE_CFGS; each runs after a hardware reset
of the core, and the list of result dicts goes as JSON to VCNIC_AGREE_RESULT. The
configurations' `host` picks the top: "stream" (vcnic_harness, `RtlBackend`, the core's
host streams) or "dma" (vcnic_nic_harness, `DmaBackend`, a fresh `DmaPort` ring manager
per configuration); one run holds one kind. The pytest
side (tests/test_rtl_agree.py) runs the same configurations on the Python model and
compares the two with `vcnic.scenario.compare`.
"""

from __future__ import annotations

import json
import os

import cocotb
from vcnic.miniport.dma import DmaPort
from vcnic.scenario import ScenarioConfig, run_scenario

from .dma_backend import DmaBackend
from .rtl_backend import RtlBackend

ENV_CFGS = "VCNIC_AGREE_CFGS"
ENV_RESULT = "VCNIC_AGREE_RESULT"


@cocotb.test(timeout_time=float(os.environ.get("VCNIC_AGREE_TIMEOUT_MS", "2000")),
             timeout_unit="ms")
async def scenario_seeds(dut):
    """run_scenario for every configuration, a reset between them."""
    cfgs = [ScenarioConfig.from_dict(c) for c in json.loads(os.environ[ENV_CFGS])]
    hosts = {c.host for c in cfgs}
    assert len(hosts) <= 1, f"one host interface per run, got {sorted(hosts)}"
    dma = hosts == {"dma"}
    be = DmaBackend(dut) if dma else RtlBackend(dut)
    results = []
    for cfg in cfgs:
        await be.reset()
        port = DmaPort(be.window, be.memory, be.irqs) if dma else be.port
        result = await run_scenario(be.window, port, cfg)
        results.append(result.to_dict())
    if dma:
        be.check_protocol()
    with open(os.environ[ENV_RESULT], "w") as fh:
        json.dump(results, fh, default=str)
