"""The CI definitions: GitHub workflows and the GitLab pipeline call only scripts of .ci/,
the workflows pass actionlint (with shellcheck on their `run:` lines), the scripts pass
shellcheck, and the scripts' logic (seed window, shard arguments, merging shards) works here,
so what runs on a hosted runner is what this suite tested."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import tomllib
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[1]
WORKFLOWS = sorted((ROOT / ".github" / "workflows").glob("*.yml"))
GITLAB = ROOT / ".gitlab-ci.yml"
CI = ROOT / ".ci"
VENV = Path(sys.executable).parent.parent  # the venv running this suite


def _actionlint() -> str:
    exe = Path(sys.executable).with_name("actionlint")
    if exe.exists():
        return str(exe)
    found = shutil.which("actionlint")
    if not found:
        pytest.fail("actionlint is not installed: run `make setup` (tools/bootstrap.sh pins it)")
    return found


def _script_of(cmd: str) -> Path:
    """The .ci/ script a workflow/pipeline command line runs (fails when it runs anything
    else: CI logic belongs in scripts that this suite tests)."""
    first = cmd.strip().split()[0]
    assert "\n" not in cmd.strip(), f"multi-line command in CI: {cmd!r}: put it in a .ci/ script"
    assert first.startswith(".ci/"), f"CI runs {cmd!r}, not a script of .ci/"
    return ROOT / first


def test_there_are_a_pr_gate_and_a_nightly_workflow():
    names = {p.name for p in WORKFLOWS}
    assert {"ci.yml", "nightly.yml"} <= names, names
    assert not (ROOT / "docs" / "nightly-ci.yml").exists(), "one source for the workflow"


def test_actionlint_clean():
    r = subprocess.run([_actionlint(), *map(str, WORKFLOWS)], cwd=ROOT, capture_output=True,
                       text=True)
    assert r.returncode == 0, r.stdout + r.stderr


def test_actionlint_finds_the_old_nightly_bug(tmp_path):
    """The unquoted `$(eval echo ${SEED_BASE_EXPR})` of the old example workflow (it expanded
    `*` on the runner) is the kind of line actionlint's shellcheck pass rejects."""
    if not shutil.which("shellcheck"):
        pytest.fail("shellcheck is not installed: run `make setup`")
    wf = tmp_path / "old.yml"
    wf.write_text("on: push\njobs:\n  a:\n    runs-on: ubuntu-24.04\n    steps:\n"
                  "      - run: base=$(eval echo ${SEED_BASE_EXPR})\n")
    r = subprocess.run([_actionlint(), str(wf)], capture_output=True, text=True)
    assert r.returncode != 0 and "SC2086" in r.stdout, r.stdout


def test_every_workflow_step_calls_a_ci_script():
    for wf in WORKFLOWS:
        doc = yaml.safe_load(wf.read_text())
        for name, job in doc["jobs"].items():
            for step in job["steps"]:
                if "run" in step:
                    s = _script_of(step["run"])
                    assert s.is_file() and os.access(s, os.X_OK), f"{wf.name}/{name}: {s}"


def test_gitlab_jobs_call_the_same_scripts():
    doc = yaml.safe_load(GITLAB.read_text())
    used = set()
    jobs = {k: v for k, v in doc.items() if isinstance(v, dict) and "script" in v}
    assert {"test", "nightly-plan", "regress", "regress-report"} <= set(jobs)
    for name, job in jobs.items():
        for key in ("before_script", "script"):
            for cmd in job.get(key, []):
                s = _script_of(cmd)
                assert s.is_file() and os.access(s, os.X_OK), f"{name}: {s}"
                used.add(s.name)
    gh = set()
    for wf in WORKFLOWS:
        for job in yaml.safe_load(wf.read_text())["jobs"].values():
            gh |= {_script_of(s["run"]).name for s in job["steps"] if "run" in s}
    assert used == gh, f"GitLab runs {sorted(used)}, GitHub {sorted(gh)}"


def _supported() -> list[str]:
    spec = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["requires-python"]
    lo = re.search(r">=\s*3\.(\d+)", spec)
    hi = re.search(r"<\s*3\.(\d+)", spec)
    assert lo and hi, spec
    return [f"3.{m}" for m in range(int(lo.group(1)), int(hi.group(1)))]


def test_python_versions_agree_everywhere():
    """pyproject's requires-python and classifiers, the PR gates' matrices and the
    bootstrap's search list."""
    want = _supported()
    assert want == ["3.11", "3.12", "3.13"]
    ci = yaml.safe_load((ROOT / ".github" / "workflows" / "ci.yml").read_text())
    assert ci["jobs"]["test"]["strategy"]["matrix"]["python"] == want
    gl = yaml.safe_load(GITLAB.read_text())
    assert gl["test"]["parallel"]["matrix"][0]["PY"] == want
    meta = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    assert [c.rsplit(" ", 1)[1] for c in meta["classifiers"]
            if c.startswith("Programming Language :: Python :: 3.")] == want
    boot = (ROOT / "tools" / "bootstrap.sh").read_text()
    assert f"SUPPORTED=({' '.join(want)})" in boot
    v = f"{sys.version_info.major}.{sys.version_info.minor}"
    assert v in want, f"this suite runs on Python {v}, not a supported one"


def test_nightly_publishes_junit_with_checks_write():
    doc = yaml.safe_load((ROOT / ".github" / "workflows" / "nightly.yml").read_text())
    merge = doc["jobs"]["merge"]
    assert merge["permissions"]["checks"] == "write"
    assert any("action-junit-report" in s.get("uses", "") for s in merge["steps"])
    shard = doc["jobs"]["shard"]
    assert any(s.get("uses", "").startswith("actions/setup-python") for s in shard["steps"])
    ups = [s for s in shard["steps"] if s.get("uses", "").startswith("actions/upload-artifact")]
    assert ups and ups[0]["if"] == "${{ !cancelled() }}"  # failures' evidence is kept


def _cocotb_env_names() -> set[str]:
    """Environment variables cocotb (and its runner and GPI) read: a CI variable with one
    of these names changes every simulation (COVERAGE=1 turned on cocotb's Python coverage
    and killed each run at start-up)."""
    import cocotb
    import cocotb_tools

    names = set()
    for pkg in (cocotb, cocotb_tools):
        for f in Path(pkg.__file__).parent.rglob("*.py"):
            text = f.read_text(errors="replace")
            names |= set(re.findall(r"""(?:_env\.(?:exists|get_bool|get_str|get_int|get)|"""
                                    r"""os\.environ\.get|os\.getenv)\(\s*["']([A-Z_]+)["']""",
                                    text))
    return names


def test_ci_variables_are_not_read_by_cocotb():
    reserved = _cocotb_env_names()
    assert "COVERAGE" in reserved and "COCOTB_USER_COVERAGE" in reserved  # the scan works
    allowed = {"SIM"}  # the simulator's name: the same meaning for cocotb and for us
    used = {}
    for wf in WORKFLOWS:
        doc = yaml.safe_load(wf.read_text())
        used.update(dict.fromkeys(doc.get("env") or {}, wf.name))
        for job in doc["jobs"].values():
            used.update(dict.fromkeys(job.get("env") or {}, wf.name))
            for step in job["steps"]:
                used.update(dict.fromkeys(step.get("env") or {}, wf.name))
    gl = yaml.safe_load(GITLAB.read_text())
    used.update(dict.fromkeys(gl.get("variables") or {}, GITLAB.name))
    for job in gl.values():
        if isinstance(job, dict):
            used.update(dict.fromkeys(job.get("variables") or {}, GITLAB.name))
    clash = {k: v for k, v in used.items() if k in reserved - allowed}
    assert not clash, f"CI variables that cocotb reads: {clash}"


def test_ci_scripts_shellcheck_clean():
    if not shutil.which("shellcheck"):
        pytest.fail("shellcheck is not installed: run `make setup`")
    scripts = sorted(p for p in CI.iterdir() if p.is_file())
    scripts.append(ROOT / "tools" / "bootstrap.sh")
    r = subprocess.run(["shellcheck", *map(str, scripts)], capture_output=True, text=True)
    assert r.returncode == 0, r.stdout


def _run(script: str, *args: str, env: dict | None = None,
         ci_dir: Path | None = None) -> subprocess.CompletedProcess:
    e = {k: v for k, v in os.environ.items()
         if k not in ("SEEDS", "SEED_BASE", "GITHUB_OUTPUT", "GITHUB_STEP_SUMMARY", "SHARD",
                      "SHARDS", "CI_NODE_INDEX", "CI_NODE_TOTAL")}
    e.update(env or {})
    e["VENV"] = str(VENV)
    if ci_dir is not None:
        e["VCNIC_CI_DIR"] = str(ci_dir)
    return subprocess.run([str(CI / script), *args], cwd=ROOT, env=e, capture_output=True,
                          text=True)


def test_nightly_plan_window(tmp_path):
    out = tmp_path / "gh_output"
    r = _run("nightly-plan", env={"VCNIC_CI_DATE": "2026-12-04", "GITHUB_OUTPUT": str(out),
                                  "SEEDS": ""}, ci_dir=tmp_path)  # scheduled: empty inputs
    assert r.returncode == 0, r.stderr
    assert out.read_text() == "seeds=200\nseed_base=20791000\n"  # 2026-12-04 = day 20791
    r = _run("nightly-plan", env={"VCNIC_CI_DATE": "2026-12-05", "SEEDS": "400"},
             ci_dir=tmp_path)
    assert "seeds=400 seed_base=20792000" in r.stdout
    r = _run("nightly-plan", env={"SEED_BASE": "9500000", "SEEDS": "200"}, ci_dir=tmp_path)
    assert "seed_base=9500000" in r.stdout
    assert (tmp_path / "plan.env").read_text() == "SEEDS=200\nSEED_BASE=9500000\n"
    for bad in ({"SEEDS": "2*3"}, {"SEEDS": "0"}, {"SEED_BASE": "$(date)"}):
        r = _run("nightly-plan", env=bad, ci_dir=tmp_path)
        assert r.returncode == 2, (bad, r.stdout)


def test_regress_shard_checks_its_arguments():
    r = _run("regress-shard", "5", "4", env={"SEED_BASE": "1"})  # checked before any run
    assert r.returncode == 2 and "want 1 <= K <= N" in r.stderr
    r = _run("regress-shard", "1", "4")
    assert r.returncode != 0 and "SEED_BASE is not set" in r.stderr
    r = _run("regress-shard", "x", "4", env={"SEED_BASE": "1"})
    assert r.returncode == 2


def _fake_shard(d: Path, cases: list[tuple[str, bool]]) -> None:
    """A shard's output as `vcnic regress --out d` writes it (JUnit, coverage, reports)."""
    from vcnic_tb.env.coverage import CoverageDB

    (d / "coverage").mkdir(parents=True)
    (d / "reports").mkdir()
    suite = ET.Element("testsuite", name="pytest", tests=str(len(cases)),
                       failures=str(sum(not ok for _, ok in cases)), errors="0", skipped="0",
                       time="1.0")
    for cid, ok in cases:
        tc = ET.SubElement(suite, "testcase", classname="tests.test_uvm",
                           name=f"test_uvm[{cid}]", time="0.5")
        props = ET.SubElement(tc, "properties")
        ET.SubElement(props, "property", name="seed", value=cid.split("-s")[1].split("-")[0])
        ET.SubElement(props, "property", name="reproduce", value=f"python -m x {cid}")
        if not ok:
            ET.SubElement(tc, "failure", message="scoreboard: mismatch")
            (d / "failures" / cid).mkdir(parents=True)
            (d / "failures" / cid / "reproduce.sh").write_text(f"python -m x {cid}\n")
        db = CoverageDB()
        db.hit("service", "UBR")
        (d / "coverage" / f"{cid}.json").write_text(json.dumps(db.to_dict()))
        (d / "reports" / f"{cid}.json").write_text(json.dumps(
            {"scoreboard": {"frames": 3}, "faults": {"faults": {"lose": 1}}}))
    ET.ElementTree(suite).write(d / "junit.xml")
    hdl = d / "hdl_coverage"  # as `--coverage` leaves it: the shard's merged coverage.dat
    hdl.mkdir()
    rec = {"f": str(ROOT / "rtl" / "tx_cell.v"), "l": "10", "n": "5", "t": "line",
           "page": "v_line/tx_cell", "o": "block", "h": "top.u_core.u_tx"}
    kv = "".join(f"\x01{k}\x02{v}" for k, v in rec.items())
    (hdl / "coverage.dat").write_text(f"# SystemC::Coverage-3\nC '{kv}' {len(cases)}\n")
    (hdl / "summary.json").write_text(json.dumps({"runs": len(cases)}))
    (d / "summary.json").write_text(json.dumps({"wall_s": 10.0}))
    (d / "exit-status").write_text("0\n" if all(ok for _, ok in cases) else "1\n")


def test_regress_merge_joins_the_shards(tmp_path):
    shards = tmp_path / "shards"
    _fake_shard(shards / "regress-shard-1", [("RandomTest-s1-vc16w64", True),
                                             ("RandomTest-s3-vc16w32", True)])
    _fake_shard(shards / "regress-shard-2", [("RandomTest-s2-vc16w64", True)])
    summary = tmp_path / "step_summary.md"
    ci = tmp_path / "ci"
    r = _run("regress-merge", str(shards), env={"GITHUB_STEP_SUMMARY": str(summary)},
             ci_dir=ci)
    assert r.returncode == 0, r.stdout + r.stderr
    out = ci / "regress-merged"
    root = ET.parse(out / "junit.xml").getroot()
    assert root.get("tests") == "3" and root.get("failures") == "0"
    cov = json.loads((out / "coverage.json").read_text())
    assert cov["runs"] == 3 and cov["groups"]["service"]["bins"]["UBR"] == 3
    assert "3 passed, 0 failed of 3 seeds" in summary.read_text()  # the GitHub job summary
    hdl = json.loads((out / "hdl_coverage" / "summary.json").read_text())
    assert hdl["runs"] == 3 and hdl["modules"]["tx_cell"]["line"]["hit"] == 1
    assert "HDL code coverage" in (out / "report.html").read_text()

    # a failing seed in one shard fails the merge; a shard that wrote nothing fails it too
    _fake_shard(shards / "regress-shard-3", [("FaultLoseTest-s4-vc16w64", False)])
    r = _run("regress-merge", str(shards), ci_dir=ci)
    assert r.returncode == 1
    assert "FaultLoseTest-s4-vc16w64" in r.stdout
    # one HTML report: failures first, with the reproduce line and links to the evidence
    page = (out / "report.html").read_text()
    assert page.index("FaultLoseTest-s4-vc16w64") < page.index("RandomTest-s1-vc16w64")
    assert "python -m x FaultLoseTest-s4-vc16w64" in page
    assert 'href="failures/FaultLoseTest-s4-vc16w64/reproduce.sh"' in page
    assert (out / "failures" / "FaultLoseTest-s4-vc16w64" / "reproduce.sh").exists()
    assert "Testplan" in page and "Functional coverage" in page
    assert (out / "coverage.xml").exists()
    (shards / "regress-shard-3" / "junit.xml").unlink()
    r = _run("regress-merge", str(shards / "regress-shard-1"), str(shards / "regress-shard-3"),
             ci_dir=ci)
    assert r.returncode == 1 and "has no junit.xml" in r.stderr
    r = _run("regress-merge", str(tmp_path / "nothing"), ci_dir=ci)
    assert r.returncode == 1 and "no shard output" in r.stderr
