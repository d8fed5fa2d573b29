"""`verilator --lint-only -Wall` on every RTL top (zero warnings) and ruff on the Python."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from vcnic_tb.runner import parse_filelist, simulator_env, verilator_available

ROOT = Path(__file__).resolve().parents[1]
RTL = ROOT / "rtl"
TB = RTL / "tb"
#: Every RTL top and its sources: the synthesizable core (-Wall, rtl/lint.vlt) and the
#: simulation-only tops of rtl/tb (-Wall --timing, plus rtl/tb/lint_tb.vlt).
CORE_TOPS = [("vcnic_core", RTL / "vcnic_core.f", []), ("vcnic_nic", RTL / "vcnic_nic.f", [])]
TB_TOPS = [
    ("vcnic_harness", RTL / "vcnic_core.f", [TB / "vcnic_harness.v"]),
    ("hdl_harness", RTL / "vcnic_core.f", [TB / "hdl_harness.v", TB / "hdl_stream.v"]),
    ("vcnic_core_tb", TB / "vcnic_core_tb.f", []),
    ("bench_core", RTL / "vcnic_core.f", [TB / "bench_core.v"]),
    ("bench_nic", RTL / "vcnic_nic.f", [TB / "host_mem.v", TB / "bench_nic.v"]),
    ("vcnic_rx_wrap", TB / "vcnic_rx_unit.f", []),
    ("rx_smoke_tb", TB / "vcnic_rx_unit.f", [TB / "rx_smoke_tb.v"]),
    ("vcnic_pair_harness", RTL / "vcnic_core.f", [TB / "vcnic_pair_harness.v"]),
    ("vcnic_dma_irq_tb", TB / "vcnic_dma_irq_tb.f", []),
    ("vcnic_dma_rx_tb", TB / "vcnic_dma_rx_tb.f", []),
    ("vcnic_nic_axi_tb", TB / "vcnic_nic_axi_tb.f", []),
    ("host_mem_tb", TB / "host_mem_tb.f", []),
    ("vcnic_nic_harness", TB / "vcnic_nic_harness.f", []),
]
#: The NIC at its other supported shapes (DATA_W, AXI_DATA_W): the DMA width conversion.
NIC_SHAPES = [(64, 64), (32, 128), (64, 128)]


def _lint(top: str, flist: Path, extra: list[Path], tb: bool,
          params: dict[str, int] | None = None) -> None:
    why = verilator_available()
    if why is not None:
        pytest.skip(f"no usable Verilator: {why}")
    fl = parse_filelist(flist)
    cmd = ["verilator", "--lint-only", "-Wall", "--top-module", top]
    cmd += [f"-I{d}" for d in fl.includes] + [f"-I{RTL}", f"-I{TB}"]
    cmd += [f"-D{k}={v}" for k, v in fl.defines.items()]
    cmd += [f"-G{k}={v}" for k, v in (params or {}).items()]
    cmd.append(str(RTL / "lint.vlt"))
    if tb:
        cmd += ["--timing", "--timescale", "1ns/1ps", str(TB / "lint_tb.vlt")]
    cmd += [str(s) for s in [*fl.sources, *extra]]
    with simulator_env("verilator"):
        r = subprocess.run(cmd, capture_output=True, text=True)
    assert r.returncode == 0 and "%Warning" not in r.stderr, r.stderr[-4000:]


@pytest.mark.parametrize("top,flist,extra", CORE_TOPS, ids=[t for t, *_ in CORE_TOPS])
def test_verilator_lint_clean(top, flist, extra):
    _lint(top, flist, extra, tb=False)


@pytest.mark.parametrize("data_w,axi_w", NIC_SHAPES, ids=[f"w{d}-axi{a}" for d, a in NIC_SHAPES])
def test_verilator_lint_clean_nic_shapes(data_w, axi_w):
    _lint("vcnic_nic", RTL / "vcnic_nic.f", [], tb=False,
          params={"DATA_W": data_w, "AXI_DATA_W": axi_w})


@pytest.mark.parametrize("top,flist,extra", TB_TOPS, ids=[t for t, *_ in TB_TOPS])
def test_verilator_lint_clean_testbench_tops(top, flist, extra):
    _lint(top, flist, extra, tb=True)


def test_ruff_clean():
    ruff = Path(sys.executable).with_name("ruff")
    if not ruff.exists():
        pytest.skip("ruff not installed (pip install -e .[dev])")
    dirs = [d for d in ("drivers", "tb", "tests", "rtl") if (ROOT / d).is_dir()]
    r = subprocess.run([str(ruff), "check", *dirs], cwd=ROOT, capture_output=True, text=True)
    assert r.returncode == 0, r.stdout[-4000:]
