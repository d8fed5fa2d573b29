"""The driver on the RTL: runs tb/vcnic_tb/test_cosim.py (cocotb).

- the CoNDIS lifecycle rules through vcnic.ndis + vcnic.miniport on the RTL;
- the shared scenario through `run_cosim` (what `vcnic sim --backend rtl` runs).

VCNIC_SEED overrides the seed (default 1); see docs/testbench.md.
"""

from __future__ import annotations

import os

import pytest
from vcnic_tb.runner import CosimUnavailable, run_cocotb, run_cosim

pytestmark = pytest.mark.rtl

SEED = int(os.environ.get("VCNIC_SEED", "1"))


@pytest.mark.parametrize(
    "params",
    [pytest.param({"NUM_VC": 16, "DATA_W": 32}, id="vc16-w32"),
     pytest.param({"NUM_VC": 1024, "DATA_W": 64}, id="vc1024-w64")],
)
def test_driver_lifecycle(params):
    run_cocotb("vcnic_tb.test_cosim", parameters=params, seed=SEED, testcase="driver_lifecycle")


def test_vc_reuse():
    """Issue 10 section 1 on the RTL: see tb/vcnic_tb/vc_reuse.py."""
    run_cocotb("vcnic_tb.test_cosim", parameters={"NUM_VC": 16, "DATA_W": 32}, seed=SEED,
               testcase="vc_reuse")


def test_halt_with_queued_sends():
    """Issue 10 section 4 on the RTL: halt completes 30 queued sends and tears the VC down."""
    run_cocotb("vcnic_tb.test_cosim", parameters={"NUM_VC": 16, "DATA_W": 32}, seed=SEED,
               testcase="halt_with_queued_sends")


def test_reset_with_queued_sends():
    """MiniportResetEx on the RTL: sends completed, VCs restored, a stuck deactivation ended."""
    run_cocotb("vcnic_tb.test_cosim", parameters={"NUM_VC": 16, "DATA_W": 32}, seed=SEED,
               testcase="reset_with_queued_sends")


def test_cosim_scenario(tmp_path):
    cells = tmp_path / "cells.erf"
    try:
        result = run_cosim({"seed": SEED}, cells=cells)
    except CosimUnavailable as e:
        pytest.skip(str(e))
    assert result["_rtl"]["passed"], result
    assert cells.exists() and cells.stat().st_size > 24
