"""The NIC harness (rtl/tb/vcnic_nic_harness.v) and its Python backend
(vcnic_tb.dma_backend.DmaBackend): runs tb/vcnic_tb/test_nic_smoke.py on Icarus and on
Verilator (small NIC: 16 VCs)."""

from __future__ import annotations

import pytest
from vcnic_tb.runner import NIC_TOP, run_cocotb, verilator_available

pytestmark = pytest.mark.rtl

PARAMS = {"NUM_VC": 16, "NUM_CBR": 4}


def test_nic_harness():
    run_cocotb("vcnic_tb.test_nic_smoke", toplevel=NIC_TOP, parameters=PARAMS, seed=1)


@pytest.mark.skipif(verilator_available() is not None, reason="no usable Verilator")
def test_nic_harness_verilator():
    run_cocotb("vcnic_tb.test_nic_smoke", toplevel=NIC_TOP, parameters=PARAMS, seed=1,
               sim="verilator", hdl_clock=True)
