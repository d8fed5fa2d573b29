"""Where things are and what the runner defaults to: paths of the RTL, the tops it knows,
the core's default parameters, the environment variables between the runner and the
simulator processes, and the defaults chosen from the environment (SIM, VCNIC_BUS, ...)."""

from __future__ import annotations

import os
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[3]
RTL_DIR = REPO_ROOT / "rtl"
CORE_F = RTL_DIR / "vcnic_core.f"
HARNESS = RTL_DIR / "tb" / "vcnic_harness.v"
HARNESS_TOP = "vcnic_harness"
#: The harness with HDL-side stream transactors (Python off the per-beat path).
HDL_HARNESS = RTL_DIR / "tb" / "hdl_harness.v"
HDL_STREAM = RTL_DIR / "tb" / "hdl_stream.v"
HDL_TOP = "hdl_harness"
#: The signals cocotb sees on Verilator (see the file; VCNIC_PUBLIC_ALL=1: all of them).
PUBLIC_VLT = RTL_DIR / "tb" / "cocotb_public.vlt"
#: Tops the runner knows: their extra sources (besides the `.f`); they take the core's
#: parameters (defaults filled in).
TOP_SOURCES: dict[str, list[Path]] = {
    HARNESS_TOP: [HARNESS],
    HDL_TOP: [HDL_HARNESS, HDL_STREAM],
}
#: Two NICs on one ATM link (`vcnic tap`, docs/tap.md); run with explicit sources.
PAIR_HARNESS = RTL_DIR / "tb" / "vcnic_pair_harness.v"
PAIR_TOP = "vcnic_pair_harness"
#: The NIC (SAR core + DMA host interface, rtl/vcnic_nic.v) with its host memory and the HDL
#: register master (rtl/tb/vcnic_nic_harness.v; Python side vcnic_tb.dma_backend).
NIC_TOP = "vcnic_nic_harness"
NIC_HARNESS_F = RTL_DIR / "tb" / "vcnic_nic_harness.f"
#: Tops built from their own `.f` (not the core's); like TOP_SOURCES they take the core's
#: parameters (defaults filled in) and may add their own.
TOP_FILELISTS: dict[str, Path] = {NIC_TOP: NIC_HARNESS_F}
#: Tops that see only what cocotb_public.vlt names on Verilator (the core optimised).
PUBLIC_VLT_TOPS = (HARNESS_TOP, HDL_TOP, PAIR_TOP, NIC_TOP)
#: Unit test benches that, like the harness, take `clk` as an input under
#: -DVCNIC_EXT_CLOCK (a cocotb GPI clock on Verilator; see `_sim_top`).
EXT_CLOCK_TOPS = ("vcnic_core_tb", "vcnic_rx_wrap", "vcnic_dma_rx_tb", "host_mem_tb",
                  "vcnic_nic_axi_tb")
TB_DIR = Path(__file__).resolve().parents[1]
SIMULATORS = ("icarus", "verilator")

#: Parameters of the harness (and the core) with the core's defaults.
CORE_DEFAULTS = {
    "NUM_VC": 256,
    "DATA_W": 32,
    "TX_BUF_CELLS": 1024,
    "RX_BUF_CELLS": 1024,
    "NUM_CBR": 16,
    "LOOKUP_WAYS": 4,
    "LINK_RATE": 353207,
}

#: Environment variables between `run_cosim` and `test_cosim.py`.
ENV_COSIM_CFG = "VCNIC_COSIM_CFG"
ENV_COSIM_RESULT = "VCNIC_COSIM_RESULT"
ENV_COSIM_CELLS = "VCNIC_COSIM_CELLS"
#: Parameters of the build, as JSON, for the test modules (they also read them from CAP_*).
ENV_PARAMS = "VCNIC_PARAMS"
#: cocotb applies pytest's assertion rewriting to every module imported in the simulator
#: ("*.py"); that alone cost 1.1-2 s of each simulator start (scapy, pyuvm, cocotbext-axi
#: all go through pytest's import hook). The test modules keep their rich assert messages;
#: set COCOTB_REWRITE_ASSERTION_FILES yourself to choose otherwise.
ENV_REWRITE = "COCOTB_REWRITE_ASSERTION_FILES"
REWRITE_DEFAULT = "test_*.py"
#: HdlBackend's register window: "hdl" (the HDL AXI4-Lite master) or "axil" (cocotbext-axi).
ENV_BUS = "VCNIC_BUS"

HEADER_SUFFIXES = (".vh", ".svh", ".v", ".sv", ".h")



def build_root() -> Path:
    return Path(os.environ.get("VCNIC_BUILD_DIR", REPO_ROOT / "build" / "sim")).resolve()


def default_sim() -> str:
    return os.environ.get("SIM", "icarus") or "icarus"


def default_bus() -> str:
    return os.environ.get(ENV_BUS, "hdl") or "hdl"


def transactors_only(port: str, bus: str | None = None, cells: bool = False) -> bool:
    """Whether a run drives its harness only through HDL transactors (HDL streams or the
    DMA engine with backdoor host memory, HDL register master, no per-cycle line
    monitor): then nothing samples on a clock edge from Python and Verilator may keep the
    HDL clock (`run_cocotb(hdl_clock=...)`)."""
    if cells:
        return False
    return port == "dma" or (port == "hdl" and (bus or default_bus()) == "hdl")
