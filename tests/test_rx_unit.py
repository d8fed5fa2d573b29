"""vcnic_rx on its own: runs tb/vcnic_tb/test_rx_unit.py (cocotb) on rtl/tb/vcnic_rx_wrap.v,
and the pure-Verilog line-rate smoke bench rtl/tb/rx_smoke_tb.v."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from vcnic_tb.runner import run_cocotb

pytestmark = pytest.mark.rtl

FLIST = Path(__file__).resolve().parents[1] / "rtl" / "tb" / "vcnic_rx_unit.f"

CONFIGS = [
    pytest.param({"NUM_VC": 256, "DATA_W": 32, "RX_BUF_CELLS": 1024, "LOOKUP_WAYS": 4},
                 id="vc256-w32"),
    pytest.param({"NUM_VC": 1024, "DATA_W": 64, "RX_BUF_CELLS": 40, "LOOKUP_WAYS": 2},
                 id="vc1024-w64-buf40"),
]


@pytest.mark.parametrize("params", CONFIGS)
def test_rx_unit(params):
    run_cocotb("vcnic_tb.test_rx_unit", toplevel="vcnic_rx_wrap", parameters=params,
               filelist=FLIST, seed=1)


@pytest.mark.parametrize(("data_w", "num_vc"), [(32, 256), (64, 1024)])
def test_rx_smoke(tmp_path, data_w, num_vc):
    """Back-to-back interleaved cells at line rate, checked byte for byte in HDL."""
    if not shutil.which("iverilog"):
        pytest.skip("iverilog not installed")
    tb = FLIST.parent
    out = tmp_path / "smoke.vvp"
    subprocess.run(
        ["iverilog", "-g2012", "-o", str(out), "-s", "rx_smoke_tb",
         f"-Prx_smoke_tb.DATA_W={data_w}", f"-Prx_smoke_tb.NUM_VC={num_vc}",
         "-f", str(FLIST), str(tb / "rx_smoke_tb.v")],
        cwd=tb, check=True, capture_output=True, text=True)
    r = subprocess.run(["vvp", "-n", str(out), "+cells=1500"], cwd=tmp_path,
                       capture_output=True, text=True, timeout=300)
    assert "rx_smoke: PASS" in r.stdout, r.stdout[-2000:]
