"""The testplan (docs/testplan.yaml): features of docs/architecture.md and docs/driver.md
mapped to the tests that check them and the coverage bins that show the regression
exercised them. `check()` says what in the plan does not exist; `status()` joins the plan
with a regression's merged coverage for the HTML report."""

from __future__ import annotations

import ast
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[2]
PLAN = REPO / "docs" / "testplan.yaml"
DOCS = ("architecture.md", "driver.md")


@dataclass
class Feature:
    id: str
    doc: str
    feature: str
    tests: list[str]
    bins: dict[str, list[str]] = field(default_factory=dict)
    note: str = ""


def load(path: str | Path = PLAN) -> list[Feature]:
    import yaml

    return [Feature(**{**e, "bins": e.get("bins") or {}}) for e in
            yaml.safe_load(Path(path).read_text())]


def doc_sections(doc: str) -> list[str]:
    """The `## ` section titles of a docs/ file."""
    text = (REPO / "docs" / doc).read_text()
    return [m.group(1).strip() for m in re.finditer(r"^## (.+)$", text, re.M)]


def _defined_tests(path: Path) -> set[str]:
    """Names a test reference may use in `path`: pytest `test_*` functions and classes,
    and functions/classes decorated with cocotb.test / pyuvm.test."""
    tree = ast.parse(path.read_text())
    names = set()
    for node in tree.body:
        if not isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            continue
        decorated = any("test" in ast.unparse(d) for d in node.decorator_list)
        if decorated or node.name.startswith(("test_", "Test")):
            names.add(node.name)
    return names


def check(plan: list[Feature], goals: Mapping[str, list[str]] | None = None) -> list[str]:
    """Everything the plan names that does not exist, and what it leaves out."""
    if goals is None:
        from .env.coverage import GOALS as goals
    problems = []
    seen_ids = set()
    cache: dict[Path, set[str]] = {}
    sections = {f"{d}#{s}" for d in DOCS for s in doc_sections(d)}
    covered_bins = set()
    for f in plan:
        if f.id in seen_ids:
            problems.append(f"{f.id}: duplicate id")
        seen_ids.add(f.id)
        if f.doc not in sections:
            problems.append(f"{f.id}: no section {f.doc!r} in docs/")
        if not f.tests:
            problems.append(f"{f.id}: names no test")
        for t in f.tests:
            file, _, name = t.partition("::")
            p = REPO / file
            if not p.is_file():
                problems.append(f"{f.id}: no file {file}")
                continue
            if p not in cache:
                cache[p] = _defined_tests(p)
            if name not in cache[p]:
                problems.append(f"{f.id}: no test {name} in {file}")
        for g, bins in f.bins.items():
            if g not in goals:
                problems.append(f"{f.id}: no coverage group {g}")
                continue
            for b in bins:
                if b not in goals[g]:
                    problems.append(f"{f.id}: no goal bin {g}/{b}")
                covered_bins.add((g, b))
        if not f.bins and not f.note:
            problems.append(f"{f.id}: no bins and no note saying why")
    for s in sorted(sections - {f.doc for f in plan}):
        problems.append(f"section {s} has no testplan entry")
    for g, bins in goals.items():
        for b in bins:
            if (g, b) not in covered_bins:
                problems.append(f"goal bin {g}/{b} belongs to no feature")
    return problems


def status(plan: list[Feature], coverage: Mapping[str, Any]) -> list[dict[str, Any]]:
    """Per feature: its bins hit / total in a merged coverage report, and the missing ones."""
    groups = coverage.get("groups", {})
    out = []
    for f in plan:
        hit, missing = 0, []
        total = sum(len(b) for b in f.bins.values())
        for g, bins in f.bins.items():
            counts = groups.get(g, {}).get("bins", {})
            for b in bins:
                if counts.get(b, 0):
                    hit += 1
                else:
                    missing.append(f"{g}/{b}")
        out.append({"id": f.id, "doc": f.doc, "feature": f.feature, "tests": f.tests,
                    "hit": hit, "total": total, "missing": missing, "note": f.note})
    return out
