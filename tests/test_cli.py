"""`vcnic` command line: sim on the model backend, its outputs, and one-line errors."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from scapy.utils import rdpcap
from vcnic import cli

VCNIC = [sys.executable, "-m", "vcnic.cli"]


def test_sim_model_prints_table_and_passes(capsys, tmp_path):
    out = tmp_path / "r.json"
    pcap, cells = tmp_path / "r.pcap", tmp_path / "r.erf"
    rc = cli.main(["sim", "--backend", "model", "--vcs", "3", "--frames", "40", "--seed", "4",
                   "--json", str(out), "--pcap", str(pcap), "--cells", str(cells)])
    text = capsys.readouterr().out
    assert rc == 0, text
    for word in ("frames tx/rx", "cells tx/rx", "bytes tx/rx", "send statuses", "vc0",
                 "total", "verdict: PASS"):
        assert word in text
    d = json.loads(out.read_text())
    assert d["verdict"] == "PASS" and d["backend"] == "model" and d["config"]["seed"] == 4
    assert len(rdpcap(str(pcap))) == 2 * d["ledger"]["totals"]["delivered"]
    n_cells = d["adapter"]["counters"]["ATM_XMIT_CELLS_OK"]
    assert len(rdpcap(str(cells))) == n_cells > 0


def test_sim_as_a_command(tmp_path):
    r = subprocess.run([*VCNIC, "sim", "--backend", "model", "--frames", "20", "--vcs", "2"],
                       capture_output=True, text=True, timeout=120)
    assert r.returncode == 0, r.stderr
    assert "verdict: PASS" in r.stdout and "Traceback" not in r.stderr


@pytest.mark.parametrize("args,needle", [
    (["sim", "--vcs", "x"], "--vcs: not an integer"),
    (["sim", "--vcs", "0"], "--vcs: must be at least 1"),
    (["sim", "--frames", "-3"], "--frames: must be at least 0"),
    (["sim", "--backend", "fpga"], "invalid choice: 'fpga'"),
    (["sim", "--bogus"], "unrecognized arguments: --bogus"),
    (["sim", "--backend", "model", "--waves", "w.fst"], "--waves needs --backend rtl"),
    (["sim", "--backend", "model", "--json", "/no/such/dir/r.json"], "does not exist"),
    (["sim", "--backend", "model", "--sim", "verilator"], "--sim needs --backend rtl"),
    (["sim", "--sim", "modelsim"], "invalid choice: 'modelsim'"),
    ([], "the following arguments are required"),
])
def test_bad_arguments_get_one_line(args, needle, capsys):
    try:
        rc = cli.main(args)
    except SystemExit as exc:  # argparse's own errors
        rc = exc.code
    assert rc == 2
    out, err = capsys.readouterr()
    lines = err.strip().splitlines()
    assert len(lines) == 1 and needle in lines[0], err
    assert out == ""


def test_bad_argument_from_the_shell_has_no_traceback():
    r = subprocess.run([*VCNIC, "sim", "--seed", "-1"], capture_output=True, text=True,
                       timeout=60)
    assert r.returncode == 2 and r.stdout == ""
    assert r.stderr.strip() == "vcnic sim: error: argument --seed: must be at least 0, got -1"


@pytest.mark.parametrize("command", ["regress", "bench"])
def test_regress_and_bench_delegate_to_the_testbench(command, monkeypatch):
    import types

    seen = {}
    fake = types.SimpleNamespace(main=lambda argv: seen.setdefault("argv", argv) and 3)
    monkeypatch.setitem(sys.modules, f"vcnic_tb.{command}", fake)
    assert cli.main([command, "--seeds", "3"]) == 3
    assert seen["argv"] == ["--seeds", "3"]


def test_regress_help_lists_its_options():
    r = subprocess.run([*VCNIC, "regress", "--help"], capture_output=True, text=True,
                       timeout=60)
    assert r.returncode == 0 and "--seeds" in r.stdout and "--jobs" in r.stdout


def test_rtl_backend_missing_is_one_line(monkeypatch, capsys):
    monkeypatch.setitem(sys.modules, "vcnic_tb.runner", None)  # import fails
    assert cli.main(["sim", "--backend", "rtl", "--frames", "1"]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert "RTL backend is not available" in err[-1]


def test_rtl_backend_compares_against_the_model(monkeypatch, capsys, tmp_path):
    """With a fake run_cosim that returns the model's own result, the verdict is PASS;
    with one frame's status changed, it names the difference and the repro command."""
    import asyncio
    import types

    from vcnic.scenario import ScenarioConfig

    def fake(tamper):
        def run_cosim(cfg_dict, *, waves=None, cells=None, sim=None):
            seen.append(sim)
            cfg = ScenarioConfig.from_dict(cfg_dict)
            d = asyncio.run(cli.run_model(cfg)).to_dict()
            if tamper:
                name, vc = next((n, v) for n, v in d["vcs"].items()
                                if v["frames"] and not v["racy"])
                vc["frames"][0][2] += 1
            return d
        return types.SimpleNamespace(run_cosim=run_cosim)

    seen: list = []
    monkeypatch.setitem(sys.modules, "vcnic_tb.runner", fake(False))
    assert cli.main(["sim", "--backend", "rtl", "--frames", "30", "--vcs", "3"]) == 0
    assert "RTL and model agree" in capsys.readouterr().out
    monkeypatch.setitem(sys.modules, "vcnic_tb.runner", fake(True))
    assert cli.main(["sim", "--backend", "rtl", "--frames", "30", "--vcs", "3"]) == 1
    out = capsys.readouterr().out
    assert "RTL and model differ: vcs.vc" in out
    assert "reproduce: vcnic sim --backend rtl --seed 1 --vcs 3 --frames 30" in out
    assert cli.main(["sim", "--sim", "verilator", "--frames", "30", "--vcs", "3"]) == 1
    assert "--frames 30 --sim verilator" in capsys.readouterr().out
    assert seen == [None, None, "verilator"]


def test_entry_point_declared():
    text = (Path(__file__).resolve().parents[1] / "pyproject.toml").read_text()
    assert 'vcnic = "vcnic.cli:main"' in text
