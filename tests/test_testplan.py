"""docs/testplan.yaml: every feature names tests and coverage bins that exist, every section
of docs/architecture.md and docs/driver.md has an entry, every goal bin belongs to a feature."""

from __future__ import annotations

from vcnic_tb import testplan
from vcnic_tb.env.coverage import GOALS


def test_testplan_names_only_what_exists():
    plan = testplan.load()
    assert len(plan) >= 20
    assert testplan.check(plan) == []


def test_check_reports_what_is_wrong(tmp_path):
    """The check itself: a missing test, bin, group, section and an orphan bin are named."""
    bad = tmp_path / "plan.yaml"
    bad.write_text(
        "- id: a\n  doc: 'architecture.md#TX'\n  feature: x\n"
        "  tests: [tests/test_cli.py::test_no_such_test, tests/nope.py::test_x,"
        " tb/vcnic_tb/test_uvm.py::RandomTest]\n"
        "  bins: {service: [UBR, XBR], nogroup: [x]}\n"
        "- id: a\n  doc: 'architecture.md#No such section'\n  feature: y\n  tests: []\n")
    problems = testplan.check(testplan.load(bad), GOALS)
    text = "\n".join(problems)
    for want in ("no test test_no_such_test in tests/test_cli.py", "no file tests/nope.py",
                 "no goal bin service/XBR", "no coverage group nogroup", "a: duplicate id",
                 "no section 'architecture.md#No such section'", "names no test",
                 "section driver.md#OIDs has no testplan entry",
                 "goal bin service/CBR belongs to no feature"):
        assert want in text, (want, text)
    assert "RandomTest" not in text


def test_status_joins_coverage():
    plan = testplan.load()
    cov = {"groups": {"service": {"bins": {"UBR": 3, "CBR": 0}}}}
    st = {s["id"]: s for s in testplan.status(plan, cov)}
    s = st["vc.modify_service"]
    assert (s["hit"], s["total"]) == (1, 4) and "service/CBR" in s["missing"]
