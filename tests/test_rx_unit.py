"""vcnic_rx on its own: runs tb/vcnic_tb/test_rx_unit.py (cocotb) on rtl/tb/vcnic_rx_wrap.v."""

from __future__ import annotations

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
