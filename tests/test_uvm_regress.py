"""The regression engine's plumbing (no simulator): plans, ids and reproduce commands,
sharding, JUnit and coverage merging, the summary."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET

import pytest
from vcnic_tb.env.coverage import GOALS, CoverageDB, merge, sdu_classes
from vcnic_tb.regress import (
    CONFIGS,
    DIRECTED,
    Case,
    junit_cases,
    make_plan,
    merge_junit,
    read_plan,
    run_case,
    split,
    summarize,
    write_plan,
)


def test_plan_is_deterministic_and_covers_every_directed_test():
    a, b = make_plan(200, 1), make_plan(200, 1)
    assert a == b and [c.seed for c in a] == list(range(1, 201))
    tests = {c.test for c in a}
    assert set(DIRECTED) <= tests and "RandomTest" in tests
    assert sum(c.test == "RandomTest" for c in a) == 150
    assert {c.config for c in a} == set(CONFIGS)
    assert len({c.id for c in a}) == 200


def test_case_id_and_reproduce_command():
    c = Case("RandomTest", 17, "vc16w64")
    assert c.id == "RandomTest-s17-vc16w64"
    cmd = c.command()
    assert "-k RandomTest --seed 17" in cmd and "-p DATA_W=64" in cmd and "--waves" in cmd
    assert cmd.startswith("python -m vcnic_tb.runner vcnic_tb.test_uvm ")


@pytest.mark.parametrize("test", ["RandomTest", "DmaRandomTest"])
def test_a_failing_case_is_rerun_with_waves_on_its_own_top(test, tmp_path, monkeypatch):
    """The evidence of a failure (the same seed with waves) and the reproduce line run the
    case's own module on its own top: a DMA case on the NIC harness, not the core's."""
    import types

    from vcnic_tb import runner

    calls = []

    def fake_run(module, toplevel, **kw):
        calls.append((module, toplevel, kw.get("waves", False)))
        run_dir = tmp_path / f"run{len(calls)}"
        run_dir.mkdir()
        log = run_dir / "sim.log"
        log.write_text("x")
        test = types.SimpleNamespace(passed=False, skipped=False, message="boom",
                                     name="t", sim_time_ns=1)
        return types.SimpleNamespace(run_dir=run_dir, tests=[test], passed=False,
                                     log_file=log, waves_file=None)

    monkeypatch.setattr(runner, "run_cocotb", fake_run)
    c = Case(test, 5, "vc16w32")
    r = run_case(c, out=tmp_path / "out")
    assert not r.passed and (r.kept / "sim-waves.log").exists()
    assert calls == [(c.module, c.toplevel, False), (c.module, c.toplevel, True)]
    assert f"{c.module} " in c.command() and (c.toplevel == "vcnic_harness") != (
        f"--toplevel {c.toplevel}" in c.command())
    assert (c.toplevel == "vcnic_nic_harness") == (test == "DmaRandomTest")


def test_case_on_verilator_says_so_in_its_id_and_command():
    c = Case("RandomTest", 17, "vc16w64", "verilator")
    assert c.id == "RandomTest-s17-vc16w64-verilator"
    assert "--seed 17 --sim verilator" in c.command()
    plan = make_plan(8, 1, sim="verilator")
    assert {x.sim for x in plan} == {"verilator"}
    assert [x.seed for x in plan] == [x.seed for x in make_plan(8, 1)]


def test_plan_round_trip(tmp_path):
    p = make_plan(10, 5) + make_plan(2, 30, sim="verilator")
    write_plan(p, tmp_path / "plan.json")
    assert read_plan(tmp_path / "plan.json") == p


def test_split_is_complete_balanced_and_stable():
    plan = make_plan(200, 1)
    dur = {f"tests/test_uvm.py::test_uvm[{c.id}]": 10.0 + (c.seed % 7) for c in plan}
    shards = split(plan, 4, dur)
    assert sorted(c.seed for s in shards for c in s) == list(range(1, 201))
    loads = [sum(dur[f"tests/test_uvm.py::test_uvm[{c.id}]"] for c in s) for s in shards]
    assert max(loads) - min(loads) <= 16.0
    assert split(plan, 4, dur) == shards


def _junit(path, cases):
    suite = ET.Element("testsuite", name="pytest", tests=str(len(cases)),
                       failures=str(sum(not ok for _, ok in cases)), errors="0", skipped="0",
                       time="1.0")
    for cid, ok in cases:
        tc = ET.SubElement(suite, "testcase", name=f"test_uvm[{cid}]", time="2.5")
        props = ET.SubElement(tc, "properties")
        ET.SubElement(props, "property", name="seed", value=cid.split("-s")[1].split("-")[0])
        ET.SubElement(props, "property", name="reproduce", value=f"repro {cid}")
        if not ok:
            ET.SubElement(tc, "failure", message="boom")
    root = ET.Element("testsuites")
    root.append(suite)
    path.parent.mkdir(parents=True, exist_ok=True)
    ET.ElementTree(root).write(path)


def test_merge_junit_and_summary(tmp_path):
    _junit(tmp_path / "a" / "junit.xml", [("RandomTest-s1-vc16w64", True),
                                          ("RandomTest-s2-vc16w64", False)])
    _junit(tmp_path / "b" / "junit.xml", [("FaultLoseTest-s4-vc16w32", True)])
    tot = merge_junit([tmp_path / "a" / "junit.xml", tmp_path / "b" / "junit.xml"],
                      tmp_path / "m" / "junit.xml")
    assert (tot["tests"], tot["failures"]) == (3, 1)
    cases = junit_cases(tmp_path / "m" / "junit.xml")
    assert [c["outcome"] for c in cases] == ["passed", "failed", "passed"]
    assert cases[1]["seed"] == "2" and cases[1]["repro"] == "repro RandomTest-s2-vc16w64"
    (tmp_path / "m" / "reports").mkdir()
    s = summarize(tmp_path / "m", 60.0, tmp_path / "m" / "junit.xml", merge([]))
    assert (s["seeds"], s["passed"], s["failed"]) == (3, 2, 1)
    assert s["failures"][0]["reproduce"] == "repro RandomTest-s2-vc16w64"
    assert json.loads((tmp_path / "m" / "summary.json").read_text())["seeds_per_min"] == 3.0


def test_coverage_merge_adds_bins():
    a, b = CoverageDB(), CoverageDB()
    a.hit("sdu_class", "zero")
    b.hit("sdu_class", "zero", 2)
    b.hit("service", "UBR")
    m = merge([a.to_dict(), b.to_dict()])
    assert m["groups"]["sdu_class"]["bins"]["zero"] == 3
    assert m["groups"]["service"]["bins"]["UBR"] == 1 and m["runs"] == 2
    assert m["total"] == sum(len(v) for v in GOALS.values())
    assert 0 < m["hit"] < m["total"]


def test_sdu_classes_at_cell_boundaries():
    assert sdu_classes(0, 1500) == ["zero"]  # dropped TX_ZERO_LENGTH: no cell class
    assert sdu_classes(40, 1500) == ["single", "fill"]
    assert sdu_classes(41, 1500) == ["multi", "fill+1"]
    assert sdu_classes(87, 1500) == ["multi", "fill-1"]
    assert sdu_classes(1500, 1500)[-1] == "max_sdu"
    assert sdu_classes(1501, 1500) == ["oversize"]


def test_coverage_xml_is_cocotb_coverage_format(tmp_path):
    """Our XML export is read and merged by cocotb-coverage's own merge_coverage, and read
    back by `from_xml`/`merge` with the same counts."""
    from cocotb_coverage.coverage import merge_coverage
    from vcnic_tb.env.coverage import from_xml, to_xml

    a, b = CoverageDB(), CoverageDB()
    a.hit("service", "UBR", 2)
    a.hit("service", "bogus")  # outside the goals: not in the XML (JSON only)
    b.hit("service", "UBR")
    b.hit("service", "CBR")
    b.hit("interleave", "5-8", 7)
    to_xml(a.to_dict(), tmp_path / "a.xml")
    to_xml(b.to_dict(), tmp_path / "b.xml")
    merge_coverage(lambda *_: None, str(tmp_path / "m.xml"), str(tmp_path / "a.xml"),
                   str(tmp_path / "b.xml"))
    theirs = from_xml(tmp_path / "m.xml")
    ours = merge([tmp_path / "a.xml", tmp_path / "b.xml"])
    for rep in (theirs, ours):
        assert rep["groups"]["service"]["bins"]["UBR"] == 3
        assert rep["groups"]["service"]["bins"]["CBR"] == 1
        assert rep["groups"]["interleave"]["bins"]["5-8"] == 7
        assert sorted(rep["groups"]["service"]["missing"]) == ["CBR->UBR", "UBR->CBR"]
        assert rep["total"] == sum(len(v) for v in GOALS.values())
    assert "bogus" not in theirs["groups"]["service"]["bins"]
    assert ET.parse(tmp_path / "m.xml").getroot().get("coverage") == str(theirs["hit"])
