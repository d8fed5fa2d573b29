"""One HTML page per regression run (`<out>/report.html`) and its Markdown digest
(`<out>/summary.md`, the CI job summary): pass/fail per seed with failures first and their
reproduce lines, functional coverage per group and per testplan feature, HDL code coverage
per module, and links to the run's artefacts (JUnit, coverage files, each failure's log,
FST and reproduce.sh). Self-contained: no script, no external style sheet."""

from __future__ import annotations

import html
import json
import time
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

CSS = """
body{font-family:system-ui,sans-serif;margin:1.5em;color:#222}
table{border-collapse:collapse;margin:.5em 0 1.5em}
th,td{border:1px solid #ccc;padding:.2em .5em;text-align:left;vertical-align:top}
th{background:#f3f3f3} td.n{text-align:right}
.fail{background:#fde2e2} .pass{background:#e6f6e6} .skip{background:#f6f3e0}
code{font-size:90%;white-space:pre-wrap;word-break:break-all}
.bar{display:inline-block;height:.8em;background:#4a4;vertical-align:middle}
.barbg{display:inline-block;width:8em;height:.8em;background:#ddd;vertical-align:middle}
"""


def _e(x: Any) -> str:
    return html.escape(str(x), quote=True)


def _pct_bar(p: float | None) -> str:
    if p is None:
        return "-"
    w = max(0.0, min(100.0, float(p)))
    return (f'<span class="barbg"><span class="bar" style="width:{w:.0f}%"></span></span> '
            f"{p:.1f} %")


def _link(out: Path, rel: str, text: str | None = None) -> str:
    if not (out / rel).exists():
        return _e(text or rel) if text else ""
    return f'<a href="{_e(rel)}">{_e(text or rel)}</a>'


def _artefacts(out: Path, case_id: str) -> str:
    d = out / "failures" / case_id
    if not d.is_dir():
        return "-"
    files = sorted(p.name for p in d.iterdir() if p.is_file())
    keep = [f for f in files if f.endswith((".fst", ".log", ".sh", ".json", ".xml"))]
    return " ".join(f'<a href="failures/{_e(case_id)}/{_e(f)}">{_e(f)}</a>' for f in keep)


def write(out: str | Path, summary: Mapping[str, Any], cases: Sequence[Mapping[str, Any]],
          coverage: Mapping[str, Any], hdl: Mapping[str, Any] | None = None,
          plan_status: Sequence[Mapping[str, Any]] | None = None) -> Path:
    """Write `<out>/report.html` and `<out>/summary.md`; returns the HTML path."""
    out = Path(out)
    failed = [c for c in cases if c["outcome"] == "failed"]
    rest = [c for c in cases if c["outcome"] != "failed"]
    order = failed + sorted(rest, key=lambda c: (int(c.get("seed") or 0), c["id"]))
    seeds = [int(c["seed"]) for c in cases if c.get("seed") not in (None, "")]
    title = (f"vcnic regression: {summary.get('passed', 0)} passed, "
             f"{summary.get('failed', 0)} failed of {summary.get('seeds', 0)} seeds")
    h = [f"<!doctype html><html><head><meta charset='utf-8'><title>{_e(title)}</title>"
         f"<style>{CSS}</style></head><body><h1>{_e(title)}</h1>"]
    facts = [("simulator", summary.get("sim") or "-"), ("jobs", summary.get("jobs") or "-"),
             ("seeds", f"{min(seeds)}..{max(seeds)}" if seeds else "-"),
             ("wall", f"{summary.get('wall_s', 0)} s"),
             ("throughput", f"{summary.get('seeds_per_min', 0)} seeds/min"),
             ("written", time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime()))]
    h.append("<table>" + "".join(f"<tr><th>{_e(k)}</th><td>{_e(v)}</td></tr>"
                                 for k, v in facts) + "</table>")
    links = [_link(out, r) for r in ("junit.xml", "summary.json", "coverage.json",
                                     "coverage.xml", "hdl_coverage/coverage.info",
                                     "hdl_coverage/html/index.html", "plan.json")]
    h.append("<p>artefacts: " + " · ".join(x for x in links if x) + "</p>")

    h.append(f"<h2>Failures ({len(failed)})</h2>")
    if failed:
        h.append("<table><tr><th>case</th><th>message</th><th>reproduce</th>"
                 "<th>evidence</th></tr>")
        for c in failed:
            h.append(f"<tr class='fail'><td>{_e(c['id'])}</td><td><code>"
                     f"{_e(c.get('message', ''))}</code></td><td><code>{_e(c.get('repro'))}"
                     f"</code></td><td>{_artefacts(out, c['id'])}</td></tr>")
        h.append("</table>")
    else:
        h.append("<p>none</p>")

    h.append(f"<h2>Functional coverage: {coverage.get('hit', 0)}/{coverage.get('total', 0)} "
             f"goal bins ({coverage.get('percent', 0)} %) over {coverage.get('runs', 0)} "
             f"runs</h2><table><tr><th>group</th><th>hit</th><th></th><th>missing</th></tr>")
    for g, grp in sorted(coverage.get("groups", {}).items()):
        if grp.get("total"):
            p = 100.0 * grp["hit"] / grp["total"]
            h.append(f"<tr><td>{_e(g)}</td><td class='n'>{grp['hit']}/{grp['total']}</td>"
                     f"<td>{_pct_bar(p)}</td><td>{_e(', '.join(grp['missing']) or '-')}</td></tr>")
    h.append("</table>")

    if hdl:
        h.append(f"<h2>HDL code coverage ({_e(hdl.get('tool', 'verilator'))}, "
                 f"{hdl.get('runs', '?')} runs)</h2>"
                 f"<p>{_link(out, 'hdl_coverage/html/index.html', 'line-by-line report')}</p>"
                 "<table><tr><th>module</th><th>lines</th><th></th><th>branches</th><th></th>"
                 "<th>toggles</th><th></th></tr>")
        for name, m in [*sorted(hdl.get("modules", {}).items()), ("total", hdl.get("total"))]:
            if not m:
                continue
            row = [f"<td>{'<b>total</b>' if name == 'total' else _e(name)}</td>"]
            for kind in ("line", "branch", "toggle"):
                k = m.get(kind, {})
                row.append(f"<td class='n'>{k.get('hit', 0)}/{k.get('total', 0)}</td>"
                           f"<td>{_pct_bar(k.get('percent'))}</td>")
            h.append("<tr>" + "".join(row) + "</tr>")
        h.append("</table>")

    if plan_status:
        h.append("<h2>Testplan (docs/testplan.yaml)</h2><table><tr><th>feature</th>"
                 "<th>section</th><th>bins hit</th><th>missing</th><th>tests</th></tr>")
        for f in plan_status:
            cls = "" if not f["total"] else ("pass" if f["hit"] == f["total"] else "fail")
            bins = f"{f['hit']}/{f['total']}" if f["total"] else _e(f.get("note") or "-")
            h.append(f"<tr class='{cls}'><td><b>{_e(f['id'])}</b><br>{_e(f['feature'])}</td>"
                     f"<td>{_e(f['doc'])}</td><td>{bins}</td>"
                     f"<td>{_e(', '.join(f['missing']) or '-')}</td>"
                     f"<td><code>{_e(chr(10).join(f['tests']))}</code></td></tr>")
        h.append("</table>")

    h.append(f"<h2>Seeds ({len(cases)})</h2><table><tr><th>case</th><th>test</th><th>seed</th>"
             "<th>outcome</th><th>time s</th><th>reproduce</th></tr>")
    for c in order:
        cls = {"failed": "fail", "passed": "pass"}.get(c["outcome"], "skip")
        h.append(f"<tr class='{cls}'><td>{_e(c['id'])}</td><td>{_e(c['id'].split('-s', 1)[0])}"
                 f"</td><td class='n'>{_e(c.get('seed'))}</td><td>{_e(c['outcome'])}</td>"
                 f"<td class='n'>{c.get('time', 0):.1f}</td><td><code>{_e(c.get('repro'))}"
                 f"</code></td></tr>")
    h.append("</table></body></html>\n")
    path = out / "report.html"
    path.write_text("\n".join(h))

    md = [f"### {title}", "",
          f"{summary.get('seeds_per_min', 0)} seeds/min; functional coverage "
          f"{coverage.get('hit', 0)}/{coverage.get('total', 0)} goal bins "
          f"({coverage.get('percent', 0)} %)"]
    if hdl and hdl.get("total"):
        t = hdl["total"]
        md.append("; HDL coverage: " + ", ".join(
            f"{k} {t[k]['percent']:.1f} %" for k in ("line", "branch", "toggle") if k in t))
    md.append("")
    for c in failed:
        md.append(f"- **FAIL** `{c['id']}`: {c.get('message', '')[:200]}  \n"
                  f"  reproduce: `{c.get('repro')}`")
    (out / "summary.md").write_text("\n".join(md) + "\n")
    return path


def write_for(out: str | Path, summary: Mapping[str, Any], cases: Sequence[Mapping[str, Any]],
              coverage: Mapping[str, Any]) -> Path:
    """`write` with what a regression directory holds besides: the HDL coverage summary
    (`hdl_coverage/summary.json`) and the testplan joined with the coverage."""
    out = Path(out)
    hdl = None
    p = out / "hdl_coverage" / "summary.json"
    if p.exists():
        hdl = json.loads(p.read_text())
    try:
        from . import testplan

        plan_status = testplan.status(testplan.load(), coverage)
    except (OSError, ImportError, ValueError):
        plan_status = None
    return write(out, summary, cases, coverage, hdl, plan_status)
