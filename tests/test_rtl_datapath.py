"""Datapath of the RTL in loopback: runs tb/vcnic_tb/test_datapath.py (cocotb).

VCNIC_SEED overrides the seed (default 1); see docs/testbench.md.
"""

from __future__ import annotations

import os

import pytest
from vcnic_tb.runner import run_cocotb

pytestmark = pytest.mark.rtl

SEED = int(os.environ.get("VCNIC_SEED", "1"))

#: Everything but `largest_sdu`, which has its own configuration below.
TESTS = ["sdu_lengths_one_vc", "sdu_lengths_many_vcs", "heavy_interleaving", "vc_clp_and_cbr",
         "tx_drop_completions", "tx_drop_status", "host_rx_backpressure", "line_loop_through_python",
         "line_rx_faults", "known_answer_cells"]


@pytest.mark.parametrize("data_w", [32, 64], ids=lambda w: f"w{w}")
@pytest.mark.parametrize("num_vc", [16, 1024], ids=lambda n: f"vc{n}")
def test_datapath(num_vc, data_w):
    run_cocotb("vcnic_tb.test_datapath", parameters={"NUM_VC": num_vc, "DATA_W": data_w},
               seed=SEED, testcase=TESTS)


def test_largest_sdu():
    """A 65535-byte SDU (1366 cells): buffers just big enough, 64-bit streams."""
    run_cocotb("vcnic_tb.test_datapath", seed=SEED, testcase="largest_sdu",
               parameters={"NUM_VC": 16, "DATA_W": 64, "TX_BUF_CELLS": 1400,
                           "RX_BUF_CELLS": 1400})
