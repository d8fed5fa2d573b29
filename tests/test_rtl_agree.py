"""Model and RTL agree on 20 scenario seeds (issue 4), through the core's host streams and
through the NIC's DMA host interface (issue 12): same statuses, frames and counters.

The RTL runs every seed in one simulator process (tb/vcnic_tb/test_agree.py); the model
runs the same configurations under asyncio; `vcnic.scenario.compare` names the first
difference, and the failure message gives the command that reproduces that seed.
"""

from __future__ import annotations

import asyncio
import json

import pytest
from vcnic.cli import run_model
from vcnic.scenario import ScenarioConfig, compare
from vcnic_tb.runner import NIC_TOP, run_cocotb

SEEDS = list(range(1, 21))
# Small scenarios: every size class and lifecycle step still appears across 20 seeds.
CFG = {"vcs": 4, "frames": 24, "big_max": 1500}


def _cfgs(seeds, host):
    return [ScenarioConfig(seed=s, host=host, **CFG).to_dict() for s in seeds]


@pytest.mark.rtl
@pytest.mark.parametrize("host,group", [
    pytest.param("stream", SEEDS[:10], id="stream-seeds1-10"),
    pytest.param("stream", SEEDS[10:], id="stream-seeds11-20"),
    pytest.param("dma", SEEDS[:10], id="dma-seeds1-10"),
    pytest.param("dma", SEEDS[10:], id="dma-seeds11-20"),
])
def test_model_and_rtl_agree(host, group, tmp_path):
    cfgs = _cfgs(group, host)
    out = tmp_path / "rtl.json"
    env = {"VCNIC_AGREE_CFGS": json.dumps(cfgs), "VCNIC_AGREE_RESULT": str(out)}
    top = {"toplevel": NIC_TOP} if host == "dma" else {}
    run_cocotb("vcnic_tb.test_agree", extra_env=env, seed=group[0], run_name=f"agree-{host}",
               **top)
    rtl_results = json.loads(out.read_text())
    assert len(rtl_results) == len(cfgs)
    for cfg, rtl in zip(cfgs, rtl_results, strict=True):
        model_result = asyncio.run(run_model(ScenarioConfig.from_dict(cfg)))
        model = model_result.to_dict()
        repro = (f"vcnic sim --backend rtl --host {host} --seed {cfg['seed']} --vcs {cfg['vcs']} "
                 f"--frames {cfg['frames']} --big-max {cfg['big_max']}")
        assert model_result.ok, f"model failed seed {cfg['seed']}: {model_result.verdict}"
        diff = compare(model, rtl)
        assert diff is None, f"seed {cfg['seed']}: {diff}\nreproduce: {repro}"
