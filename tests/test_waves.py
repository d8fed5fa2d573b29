"""Waves on request, on both simulators: the reproduce line a failed regression case
prints (`python -m vcnic_tb.runner vcnic_tb.test_uvm ... --waves`) builds and writes an
FST. Verilator's FST writer compiles against lz4 and zlib (tools/bootstrap.sh installs
them): without them the `--waves` build failed (`lz4.h` missing, issue 10)."""

from __future__ import annotations

import shutil

import pytest
from vcnic_tb.regress import CONFIGS, MODULE, Case
from vcnic_tb.runner import run_cocotb, verilator_available

pytestmark = pytest.mark.rtl

VERILATOR = verilator_available()


@pytest.mark.parametrize("sim", [
    "icarus",
    pytest.param("verilator", marks=pytest.mark.skipif(
        VERILATOR is not None, reason=f"no usable Verilator: {VERILATOR}")),
])
def test_reproduce_line_with_waves_writes_fst(sim):
    case = Case("FaultHec1BitTest", 1, "vc16w32", sim)
    assert case.command().endswith("--waves")
    r = run_cocotb(MODULE, parameters=CONFIGS[case.config], seed=case.seed,
                   testcase=case.test, sim=sim, waves=True, check=False,
                   extra_env={"VCNIC_UVM_REPORT": "uvm_report.json"})
    try:
        assert r.passed, r.summary()
        assert r.waves_file is not None and r.waves_file.suffix == ".fst", r.waves_file
        data = r.waves_file.read_bytes()
        # an FST starts with its header block (type 0) and is more than a header
        assert len(data) > 4096 and data[0] == 0, (r.waves_file, len(data))
    finally:
        shutil.rmtree(r.run_dir, ignore_errors=True)
