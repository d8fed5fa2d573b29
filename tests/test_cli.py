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
    raw = cells.read_bytes()  # .erf: raw ERF records of 16 + 52 bytes, type 3 (ATM)
    assert len(raw) == 68 * n_cells > 0 and raw[8] == 3 and raw[10:12] == b"\x00\x44"
    other = tmp_path / "r.cells"  # any other name: a pcap of link type ERF
    assert cli.main(["sim", "--backend", "model", "--vcs", "3", "--frames", "40", "--seed",
                     "4", "--cells", str(other)]) == 0
    assert len(rdpcap(str(other))) == n_cells


def test_sim_as_a_command(tmp_path):
    r = subprocess.run([*VCNIC, "sim", "--backend", "model", "--frames", "20", "--vcs", "2"],
                       capture_output=True, text=True, timeout=120)
    assert r.returncode == 0, r.stderr
    assert "verdict: PASS" in r.stdout and "Traceback" not in r.stderr


#: Every usage error of every `vcnic` command: (argv, what the one line must say). Each
#: option that takes a value has at least one bad value here (checked below), so a new
#: option cannot be added without saying what a bad value gets.
USAGE_ERRORS = [
    (["sim", "--vcs", "x"], "--vcs: not an integer"),
    (["sim", "--vcs", "0"], "--vcs: must be at least 1"),
    (["sim", "--vcs", "100000"], "--vcs 100000: the core has 256 VC slots"),
    (["sim", "--vcs", "257", "--backend", "model"], "the core has 256 VC slots"),
    (["sim", "--frames", "-3"], "--frames: must be at least 0"),
    (["sim", "--frames", "1e3"], "--frames: not an integer"),
    (["sim", "--seed", "-1"], "--seed: must be 0..4294967295"),
    (["sim", "--seed", str(2**32)], "--seed: must be 0..4294967295"),
    (["sim", "--big-max", "70000"], "--big-max: must be 90..65535 (AAL5 SDUs are at most"),
    (["sim", "--big-max", "89"], "--big-max: must be 90..65535"),
    (["sim", "--big-max", "big"], "--big-max: not an integer"),
    (["sim", "--backend", "fpga"], "invalid choice: 'fpga'"),
    (["sim", "--bogus"], "unrecognized arguments: --bogus"),
    (["sim", "--backend", "model", "--waves", "w.fst"], "--waves needs --backend rtl"),
    (["sim", "--backend", "model", "--json", "/no/such/dir/r.json"], "does not exist"),
    (["sim", "--backend", "model", "--pcap", "/no/such/dir/r.pcap"], "does not exist"),
    (["sim", "--backend", "model", "--cells", "/"], "is a directory"),
    (["sim", "--waves", "/no/such/dir/w.fst"], "does not exist"),
    (["sim", "--backend", "model", "--sim", "verilator"], "--sim needs --backend rtl"),
    (["sim", "--sim", "modelsim"], "invalid choice: 'modelsim'"),
    (["sim", "--host", "pcie"], "invalid choice: 'pcie'"),
    (["sim", "--debug", "x"], "unrecognized arguments: x"),
    ([], "the following arguments are required"),
    (["fly"], "invalid choice: 'fly'"),
    (["regress", "--jobs", "abc"], "--jobs: want a number of workers >= 1 or auto"),
    (["regress", "--jobs", "0"], "--jobs: want a number of workers >= 1 or auto"),
    (["regress", "--shard", "x"], "--shard: want K/N"),
    (["regress", "--shard", "3/2"], "--shard: want K/N with 1 <= K <= N, got '3/2'"),
    (["regress", "--shard", "0/2"], "--shard: want K/N with 1 <= K <= N"),
    (["regress", "--shard", "1/x"], "--shard: want K/N with integers"),
    (["regress", "--seeds", "0"], "--seeds: must be at least 1"),
    (["regress", "--seeds", "many"], "--seeds: not an integer"),
    (["regress", "--seed-base", "-5"], "--seed-base: must be at least 0"),
    (["regress", "--test", "NoSuchTest"], "--test: invalid choice: 'NoSuchTest'"),
    (["regress", "--directed-every", "-1"], "--directed-every: must be at least 0"),
    (["regress", "--sim", "modelsim"], "--sim: invalid choice"),
    (["regress", "--out"], "--out: expected one argument"),
    (["regress", "--store-durations"], "--store-durations: expected one argument"),
    (["regress", "--coverage", "x"], "unrecognized arguments: x"),
    (["regress", "--bogus"], "unrecognized arguments: --bogus"),
    (["regress", "merge"], "the following arguments are required: dirs"),
    (["regress", "merge", "d", "--out"], "--out: expected one argument"),
    (["bench", "--only", "nope"], "--only: nope: choose from"),
    (["bench", "--repeat", "0"], "--repeat: must be at least 1"),
    (["bench", "--dma-batch", "0"], "--dma-batch: must be at least 1"),
    (["bench", "--dma-batch", "x"], "--dma-batch: not an integer"),
    (["bench", "--repeat", "x"], "--repeat: not an integer"),
    (["bench", "--scale", "-1"], "--scale: must be above 0.0"),
    (["bench", "--scale", "nan"], "--scale: must be above 0.0"),
    (["bench", "--sim", "x"], "--sim: invalid choice"),
    (["bench", "--json"], "--json: expected one argument"),
    (["bench", "--quick", "x"], "unrecognized arguments: x"),
]


def _options(parser) -> set[str]:
    return {o for a in parser._actions for o in a.option_strings
            if o.startswith("--") and o != "--help"}


def test_every_option_has_a_usage_error_case():
    from vcnic_tb.bench.cli import build_parser as bench_parser
    from vcnic_tb.regress import build_parser as regress_parser

    sim = next(a for a in cli.build_parser()._actions
               if isinstance(a, cli.argparse._SubParsersAction)).choices["sim"]
    for command, parser in (("sim", sim), ("regress", regress_parser()),
                            ("bench", bench_parser())):
        covered = {a for argv, _ in USAGE_ERRORS if argv[:1] == [command] for a in argv}
        missing = _options(parser) - covered
        assert not missing, f"vcnic {command}: no usage-error case for {sorted(missing)}"


@pytest.mark.parametrize("args,needle", USAGE_ERRORS, ids=[" ".join(a) for a, _ in USAGE_ERRORS])
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


@pytest.mark.parametrize("args", [["sim", "--seed", "-1"], ["regress", "--jobs", "abc"],
                                  ["regress", "--shard", "x"], ["regress", "--shard", "3/2"],
                                  ["bench", "--only", "x"], ["sim", "--vcs", "100000"]])
def test_bad_argument_from_the_shell_has_no_traceback(args):
    r = subprocess.run([*VCNIC, *args], capture_output=True, text=True, timeout=60)
    assert r.returncode == 2 and r.stdout == ""
    lines = r.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith(f"vcnic {args[0]}: error: "), r.stderr


def test_impossible_request_is_refused_before_any_work():
    """`--vcs 100000` used to loop forever picking VPI/VCI pairs: now a usage error before
    the scenario (scapy) is even imported, so well under a second on an idle machine
    (bounded generously here: this is not a timing test)."""
    import time

    t = time.monotonic()
    r = subprocess.run([*VCNIC, "sim", "--vcs", "100000", "--frames", "5"],
                       capture_output=True, text=True, timeout=30)
    assert r.returncode == 2 and "the core has 256 VC slots" in r.stderr
    assert time.monotonic() - t < 10


def test_scenario_config_refuses_impossible_requests():
    from vcnic.scenario import ID_PAIRS, ScenarioConfig

    for kw, needle in (({"big_max": 65536}, "90..65535"), ({"vcs": ID_PAIRS + 1}, "pairs"),
                       ({"vcs": 17, "num_vc": 16}, "16 VC slots")):
        with pytest.raises(ValueError, match=needle):
            ScenarioConfig(**kw)
    ScenarioConfig(big_max=65535, vcs=16, num_vc=16)


def test_scenario_never_loops_when_vpi_vci_pairs_run_out():
    from vcnic.scenario import ID_PAIRS, ScenarioConfig, _Scenario

    sc = _Scenario.__new__(_Scenario)
    sc.rng, sc.used_ids = __import__("random").Random(1), set()
    pairs = {sc.new_id() for _ in range(ID_PAIRS)}
    assert len(pairs) == ID_PAIRS == len(sc.used_ids)
    with pytest.raises(RuntimeError, match="taken"):
        sc.new_id()
    sc.used_ids.discard((3, 333))  # a deleted incarnation gives its pair back
    assert sc.new_id() == (3, 333)
    assert ScenarioConfig  # imported for the names above


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
        def run_cosim(cfg_dict, *, waves=None, cells=None, sim=None, port=None):
            seen.append(sim)
            ports.append(port)
            cfg = ScenarioConfig.from_dict(cfg_dict)
            d = asyncio.run(cli.run_model(cfg)).to_dict()
            if tamper:
                name, vc = next((n, v) for n, v in d["vcs"].items()
                                if v["frames"] and not v["racy"])
                vc["frames"][0][2] += 1
            return d
        return types.SimpleNamespace(run_cosim=run_cosim)

    seen: list = []
    ports: list = []
    monkeypatch.setitem(sys.modules, "vcnic_tb.runner", fake(False))
    assert cli.main(["sim", "--backend", "rtl", "--frames", "30", "--vcs", "3"]) == 0
    assert "RTL and model agree" in capsys.readouterr().out
    monkeypatch.setitem(sys.modules, "vcnic_tb.runner", fake(True))
    assert cli.main(["sim", "--backend", "rtl", "--frames", "30", "--vcs", "3"]) == 1
    out = capsys.readouterr().out
    assert "RTL and model differ: vcs.vc" in out
    assert "reproduce: vcnic sim --backend rtl --host dma --seed 1 --vcs 3 --frames 30" in out
    assert cli.main(["sim", "--sim", "verilator", "--frames", "30", "--vcs", "3"]) == 1
    assert "--frames 30 --sim verilator" in capsys.readouterr().out
    assert seen == [None, None, "verilator"]
    # the default host interface is the DMA one (the NIC harness); --host stream: the core's
    assert ports == ["dma"] * 3
    monkeypatch.setitem(sys.modules, "vcnic_tb.runner", fake(False))
    assert cli.main(["sim", "--host", "stream", "--frames", "30", "--vcs", "3"]) == 0
    assert ports[-1] is None and "host stream" in capsys.readouterr().out


def test_entry_point_declared():
    text = (Path(__file__).resolve().parents[1] / "pyproject.toml").read_text()
    assert 'vcnic = "vcnic.cli:main"' in text


def test_summary_reads_right_at_120_columns():
    """The title counts VC incarnations as the table does, the caption explains every
    column and status word, and no line is longer than 120 columns (nothing wraps)."""
    r = subprocess.run([*VCNIC, "sim", "--backend", "model", "--seed", "1"],
                       capture_output=True, text=True, timeout=120,
                       env={**__import__("os").environ, "COLUMNS": "120"})
    assert r.returncode == 0, r.stderr
    lines = r.stdout.splitlines()
    assert max(len(x.rstrip()) for x in lines) <= 120, max(lines, key=len)
    rows = [x for x in lines if x.startswith("│ vc")]
    assert f"up to 8 VCs open at a time, {len(rows)} VC incarnations" in lines[0]
    text = " ".join(x.strip() for x in lines)
    for words in ("One row per VC incarnation", "err: sends that did not succeed",
                  "ok SUCCESS", "bad-len INVALID_LENGTH", "flushed REQUEST_ABORTED",
                  "inactive VC_NOT_ACTIVATED", "SDU: the VC's max SDU"):
        assert words in text, words
    used = {w for x in rows for w in x.split("│")[-2].split() if not w.isdigit()}
    assert used <= set(cli._SHORT_STATUS.values()), used
    assert "ledger balanced: every one of the 200 frames sent is accounted for:" in lines
def test_sim_choices_are_the_runners():
    """`vcnic sim --sim` offers exactly the simulators the runner knows (one list)."""
    from vcnic_tb.runner import SIMULATORS

    sim = next(a for a in cli.build_parser()._subparsers._group_actions[0].choices["sim"]._actions
               if "--sim" in a.option_strings)
    assert tuple(sim.choices) == tuple(SIMULATORS)
