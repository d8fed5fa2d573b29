"""vcnic_core supports DATA_W 32 and 64 only: any other width stops elaboration, in Icarus
and in Verilator, with the name `vcnic_core_DATA_W_must_be_32_or_64` in the error."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
RTL = ROOT / "rtl"
GUARD = "vcnic_core_DATA_W_must_be_32_or_64"

pytestmark = pytest.mark.rtl


def _sources() -> tuple[list[str], list[str]]:
    """Sources and -I flags of rtl/vcnic_core.f (paths relative to rtl/)."""
    srcs, incs = [], [f"-I{RTL}"]
    for raw in (RTL / "vcnic_core.f").read_text().splitlines():
        line = raw.split("//")[0].strip()
        if line.startswith("+incdir+"):
            incs.append(f"-I{RTL / line[len('+incdir+'):]}")
        elif line:
            srcs.append(str(RTL / line))
    return srcs, incs


@pytest.mark.parametrize("data_w", [32, 64, 16, 48, 128])
def test_icarus(data_w, tmp_path):
    srcs, incs = _sources()
    r = subprocess.run(["iverilog", "-g2012", *incs, "-s", "vcnic_core",
                        "-P", f"vcnic_core.DATA_W={data_w}", "-o", str(tmp_path / "a.vvp"),
                        *srcs], capture_output=True, text=True)
    if data_w in (32, 64):
        assert r.returncode == 0, r.stderr[-2000:]
    else:
        assert r.returncode != 0 and GUARD in r.stdout + r.stderr, r.stderr[-2000:]


@pytest.mark.parametrize("data_w", [16, 48, 128])
def test_verilator(data_w):
    # 32 and 64: tests/test_lint.py lints the default; the guard branch is not elaborated
    if not shutil.which("verilator"):
        pytest.skip("verilator not installed")
    srcs, incs = _sources()
    r = subprocess.run(["verilator", "--lint-only", "--top-module", "vcnic_core", *incs,
                        f"-GDATA_W={data_w}", str(RTL / "lint.vlt"), *srcs],
                       capture_output=True, text=True)
    assert r.returncode != 0 and GUARD in r.stderr, r.stderr[-2000:]
