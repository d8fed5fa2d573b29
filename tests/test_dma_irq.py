"""vcnic_dma_irq, the interrupt coalescer of each completion queue: runs
tb/vcnic_tb/test_dma_irq.py (cocotb) on rtl/tb/vcnic_dma_irq_tb.v."""

from __future__ import annotations

from pathlib import Path

import pytest
from vcnic_tb.runner import run_cocotb

pytestmark = pytest.mark.rtl

FLIST = Path(__file__).resolve().parents[1] / "rtl" / "tb" / "vcnic_dma_irq_tb.f"


def test_dma_irq():
    run_cocotb("vcnic_tb.test_dma_irq", toplevel="vcnic_dma_irq_tb", filelist=FLIST, seed=1)
