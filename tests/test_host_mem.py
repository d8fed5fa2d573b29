"""host_mem, the simulated host memory (rtl/tb/host_mem.v), and its Python backdoor
(vcnic_tb.host_memory): runs tb/vcnic_tb/test_host_mem.py (cocotb, cocotbext-axi's
AxiMaster) on rtl/tb/host_mem_tb.v for several bus and memory-word widths, on Icarus and
(one configuration) on Verilator."""

from __future__ import annotations

from pathlib import Path

import pytest
from vcnic_tb.runner import run_cocotb, verilator_available

pytestmark = pytest.mark.rtl

FLIST = Path(__file__).resolve().parents[1] / "rtl" / "tb" / "host_mem_tb.f"
#: (AXI data width, memory word width): the default, a 32-bit bus, a wide bus (several lanes per word),
#: bus = word, and 64-bit words (one lane, no read-modify-write in the backdoor's big writes)
CONFIGS = [(64, 512), (32, 512), (256, 512), (512, 512), (64, 64)]


@pytest.mark.parametrize("data_w,word_w", CONFIGS, ids=[f"bus{d}-word{w}" for d, w in CONFIGS])
def test_host_mem(data_w, word_w):
    run_cocotb("vcnic_tb.test_host_mem", toplevel="host_mem_tb", filelist=FLIST, seed=1,
               parameters={"DATA_W": data_w, "WORD_W": word_w})


def test_host_mem_gpi_path():
    """The backdoor's fallback through cocotb's GPI (VCNIC_BACKDOOR=gpi) passes the same
    tests (the default way is the simulator's VPI with vector values)."""
    run_cocotb("vcnic_tb.test_host_mem", toplevel="host_mem_tb", filelist=FLIST, seed=1,
               extra_env={"VCNIC_BACKDOOR": "gpi"})


@pytest.mark.skipif(verilator_available() is not None, reason="no usable Verilator")
def test_host_mem_verilator():
    run_cocotb("vcnic_tb.test_host_mem", toplevel="host_mem_tb", filelist=FLIST, seed=1,
               sim="verilator")
