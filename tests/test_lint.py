"""`verilator --lint-only -Wall` on every RTL top (zero warnings) and ruff on the Python."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
RTL = ROOT / "rtl"
# Every synthesizable top and its source list.
TOPS = [("vcnic_core", RTL / "vcnic_core.f")]


def read_filelist(f: Path) -> tuple[list[Path], list[Path]]:
    """Sources and include dirs of a .f file (paths relative to the file's directory)."""
    sources, incdirs = [], []
    for raw in f.read_text().splitlines():
        line = raw.split("//")[0].strip()
        if not line:
            continue
        if line.startswith("+incdir+"):
            incdirs.append(f.parent / line[len("+incdir+"):])
        else:
            sources.append(f.parent / line)
    return sources, incdirs


@pytest.mark.parametrize("top,flist", TOPS, ids=[t for t, _ in TOPS])
def test_verilator_lint_clean(top, flist):
    if not shutil.which("verilator"):
        pytest.skip("verilator not installed: run `make test`, which installs it")
    sources, incdirs = read_filelist(flist)
    waiver = RTL / "lint.vlt"
    cmd = ["verilator", "--lint-only", "-Wall", "--top-module", top]
    cmd += [f"-I{d}" for d in incdirs] + [f"-I{RTL}"]
    if waiver.exists():
        cmd.append(str(waiver))
    cmd += [str(s) for s in sources]
    r = subprocess.run(cmd, capture_output=True, text=True)
    assert r.returncode == 0 and "%Warning" not in r.stderr, r.stderr[-4000:]


def test_ruff_clean():
    ruff = Path(sys.executable).with_name("ruff")
    if not ruff.exists():
        pytest.skip("ruff not installed (pip install -e .[dev])")
    dirs = [d for d in ("drivers", "tb", "tests", "rtl") if (ROOT / d).is_dir()]
    r = subprocess.run([str(ruff), "check", *dirs], cwd=ROOT, capture_output=True, text=True)
    assert r.returncode == 0, r.stdout[-4000:]
