"""Datapath of the RTL in loopback: runs tb/vcnic_tb/test_datapath.py (cocotb).

VCNIC_SEED overrides the seed (default 1); see docs/testbench.md.
"""

from __future__ import annotations

import os

import pytest
from vcnic_tb.runner import run_cocotb

pytestmark = pytest.mark.rtl

SEED = int(os.environ.get("VCNIC_SEED", "1"))


@pytest.mark.parametrize("data_w", [32, 64], ids=lambda w: f"w{w}")
@pytest.mark.parametrize("num_vc", [16, 1024], ids=lambda n: f"vc{n}")
def test_datapath(num_vc, data_w):
    run_cocotb("vcnic_tb.test_datapath", parameters={"NUM_VC": num_vc, "DATA_W": data_w},
               seed=SEED)
