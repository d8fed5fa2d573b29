"""The pyuvm tests on the RTL (tb/vcnic_tb/test_uvm.py), one simulator run per (test, seed).

Under `make test` this is a small fixed-seed subset (`vcnic_tb.regress.SMOKE`); the
regression (`vcnic regress`, `make regress`) points VCNIC_REGRESS_PLAN at its plan of N
seeds and runs this same file under pytest-xdist. Every case's id carries its test name,
seed and core configuration, and the JUnit XML gets `seed`, `test` and `reproduce`
properties; a failure's message ends with the one-line command that reproduces it.
"""

from __future__ import annotations

import pytest
from vcnic_tb.regress import plan_from_env, run_case

pytestmark = pytest.mark.rtl

CASES = plan_from_env()


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_uvm(case, record_property):
    record_property("test", case.test)
    record_property("seed", case.seed)
    record_property("config", case.config)
    record_property("reproduce", case.command())
    r = run_case(case)
    record_property("sim_ns", int(r.sim_ns))
    if r.report is not None:
        record_property("coverage_percent", r.report.get("coverage", {}).get("percent"))
    assert r.passed, (f"{case.id}: {r.message}\n  evidence: {r.kept}\n"
                      f"  reproduce: {case.command()}")


def test_uvm_same_seed_same_result(tmp_path):
    """Reproducibility: one seed run twice gives the same report, bit for bit (stimulus,
    faults, counters, ledger, coverage)."""
    import json
    import shutil

    from vcnic_tb.regress import CONFIGS, MODULE, REPORT_NAME
    from vcnic_tb.runner import run_cocotb

    texts = []
    for _ in range(2):
        r = run_cocotb(MODULE, parameters=CONFIGS["vc16w64"], seed=11,
                       testcase="FaultLoseLastTest", extra_env={"VCNIC_UVM_REPORT": REPORT_NAME},
                       check=False)
        assert r.passed, r.summary()
        texts.append((r.run_dir / REPORT_NAME).read_text())
        shutil.rmtree(r.run_dir, ignore_errors=True)
    assert texts[0] == texts[1]
    assert json.loads(texts[0])["faults"]["faults"]["lose_last"] == 4
