"""The pyuvm tests of the DMA host interface (cocotb module on `vcnic_nic_harness`).
Launched by tests/test_uvm.py and by the regression (`vcnic_tb.regress`); one by name:

    python -m vcnic_tb.runner vcnic_tb.test_uvm_dma --toplevel vcnic_nic_harness \\
        -p NUM_VC=16 -p DATA_W=64 -p NUM_CBR=4 -p TX_BUF_CELLS=128 -p RX_BUF_CELLS=128 \\
        -k DmaRandomTest --seed 17

See docs/verification.md ("The DMA host interface").
"""

from __future__ import annotations

import pyuvm

from .env.dma_tests import DmaRandomBase

T = 200  # ms of simulated time per test at most


@pyuvm.test(timeout_time=T, timeout_unit="ms")
class DmaRandomTest(DmaRandomBase):
    pass
