"""vcnic_dma_rx, the RX half of the DMA engine: runs tb/vcnic_tb/test_dma_rx.py (cocotb,
cocotbext-axi AxiRam as host memory, AxiStreamSource as the core's host RX) on
rtl/tb/vcnic_dma_rx_tb.v, for a 32-bit stream on a 32-bit host bus (a descriptor in two
beats, a completion in four), a 32-bit and a 64-bit stream on a 64-bit bus, and a 64-bit
stream on a 128-bit bus (two descriptors per beat, completions in half a beat)."""

from __future__ import annotations

from pathlib import Path

import pytest
from vcnic_tb.runner import run_cocotb

pytestmark = pytest.mark.rtl

FLIST = Path(__file__).resolve().parents[1] / "rtl" / "tb" / "vcnic_dma_rx_tb.f"

CONFIGS = [
    pytest.param({"DATA_W": 32, "AXI_DATA_W": 32}, id="w32-axi32"),
    pytest.param({"DATA_W": 32, "AXI_DATA_W": 64}, id="w32-axi64"),
    pytest.param({"DATA_W": 64, "AXI_DATA_W": 64}, id="w64-axi64"),
    pytest.param({"DATA_W": 64, "AXI_DATA_W": 128}, id="w64-axi128"),
]


@pytest.mark.parametrize("params", CONFIGS)
def test_dma_rx(params):
    run_cocotb("vcnic_tb.test_dma_rx", toplevel="vcnic_dma_rx_tb", parameters=params,
               filelist=FLIST, seed=1)
