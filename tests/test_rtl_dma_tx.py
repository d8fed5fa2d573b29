"""The NIC's TX DMA path: runs tb/vcnic_tb/test_dma_tx.py (cocotb) on
rtl/tb/vcnic_nic_axi_tb.v (vcnic_nic with cocotbext-axi's AxiRam as host memory).

VCNIC_SEED overrides the seed (default 1)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from vcnic_tb.runner import run_cocotb, verilator_available

pytestmark = pytest.mark.rtl

SEED = int(os.environ.get("VCNIC_SEED", "1"))
FLIST = Path(__file__).resolve().parents[1] / "rtl" / "tb" / "vcnic_nic_axi_tb.f"
TOP = "vcnic_nic_axi_tb"

FUNCTIONAL = ["frames_to_the_line", "completion_phase_across_ring_wraps", "bad_descriptors",
              "bad_doorbells_ignored", "cq_head_before_b_response", "cq_full_waits_then_resumes",
              "fetch_and_cq_errors_halt_until_reset", "enable_stops_at_a_frame_boundary",
              "loopback_through_both_engines", "unmapped_register_addresses_answer_slverr"]


@pytest.mark.parametrize("shape", [(32, 64), (64, 64), (32, 128)],
                         ids=lambda s: f"w{s[0]}-axi{s[1]}")
def test_dma_tx(shape):
    data_w, axi_w = shape
    run_cocotb("vcnic_tb.test_dma_tx", toplevel=TOP, filelist=FLIST, seed=SEED,
               parameters={"NUM_VC": 16, "DATA_W": data_w, "AXI_DATA_W": axi_w},
               testcase=FUNCTIONAL)


def test_dma_tx_line_rate():
    """>= 99 % line utilisation at DATA_W 32 / AXI_DATA_W 64 with 500 ns read latency; a
    64-cell core TX buffer (about 900 cycles of line) so the DMA pipeline, not the core's
    buffer, has to hide the latency."""
    run_cocotb("vcnic_tb.test_dma_tx", toplevel=TOP, filelist=FLIST, seed=SEED,
               parameters={"NUM_VC": 16, "DATA_W": 32, "AXI_DATA_W": 64,
                           "TX_BUF_CELLS": 64},
               testcase="line_rate_with_500ns_read_latency")


@pytest.mark.slow
@pytest.mark.skipif(verilator_available() is not None, reason="no usable Verilator")
def test_dma_tx_verilator(request):
    """The same tests on Verilator (a GPI clock: VCNIC_EXT_CLOCK). Its build costs about a
    minute, so it runs only when selected: -m slow."""
    if "slow" not in (request.config.getoption("-m") or ""):
        pytest.skip("Verilator build of the NIC: select with -m slow")
    run_cocotb("vcnic_tb.test_dma_tx", toplevel=TOP, filelist=FLIST, seed=SEED, sim="verilator",
               parameters={"NUM_VC": 16, "DATA_W": 32, "AXI_DATA_W": 64},
               testcase=FUNCTIONAL + ["line_rate_with_500ns_read_latency"])
