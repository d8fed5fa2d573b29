"""Register bus and command engine on the RTL: runs tb/vcnic_tb/test_regbus.py (cocotb).

VCNIC_SEED overrides the seed (default 1); see docs/testbench.md.
"""

from __future__ import annotations

import os

import pytest
from vcnic_tb.runner import run_cocotb

pytestmark = pytest.mark.rtl

SEED = int(os.environ.get("VCNIC_SEED", "1"))

CONFIGS = [
    pytest.param({"NUM_VC": 16, "DATA_W": 32, "NUM_CBR": 4}, id="vc16-w32"),
    pytest.param({"NUM_VC": 1024, "DATA_W": 64}, id="vc1024-w64"),
    pytest.param({"NUM_VC": 256, "DATA_W": 32, "TX_BUF_CELLS": 64, "RX_BUF_CELLS": 128,
                  "NUM_CBR": 2}, id="vc256-smallbuf"),
]


@pytest.mark.parametrize("params", CONFIGS)
def test_regbus(params):
    run_cocotb("vcnic_tb.test_regbus", parameters=params, seed=SEED)


def test_regbus_axi_corners():
    """Raw AXI4-Lite: strobes, W before AW, read and write at once, late BREADY/RREADY,
    R while B waits unaccepted (tb/vcnic_tb/test_regbus_axi.py)."""
    run_cocotb("vcnic_tb.test_regbus_axi", parameters=CONFIGS[0].values[0], seed=SEED)
