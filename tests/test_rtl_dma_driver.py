"""The driver over DMA on the RTL: runs the shared driver cases (tb/vcnic_tb/
dma_driver_cases.py, also run on the model by tests/test_driver_dma.py) in
tb/vcnic_tb/test_dma_driver.py on the NIC harness (vcnic_nic_harness), one simulator
process for all of them: a small NIC (16 VCs, 64-bit line and host bus) whose core buffers
hold a 65535-byte PDU.

VCNIC_SEED overrides the seed (default 1)."""

from __future__ import annotations

import os

import pytest
from vcnic_tb.runner import NIC_TOP, run_cocotb

pytestmark = pytest.mark.rtl

SEED = int(os.environ.get("VCNIC_SEED", "1"))
PARAMS = {"NUM_VC": 16, "NUM_CBR": 4, "DATA_W": 64, "AXI_DATA_W": 64,
          "TX_BUF_CELLS": 2048, "RX_BUF_CELLS": 2048}


def test_rtl_dma_driver():
    run_cocotb("vcnic_tb.test_dma_driver", toplevel=NIC_TOP, parameters=PARAMS, seed=SEED)
