"""The benchmarks of `vcnic bench` (see the package doc): util, shaping, speed, scale, regress,
and the DMA host interface's dma_util and dma_speed."""

from __future__ import annotations

import json
import subprocess
import sys
import time
from typing import Any

from .harness import model_traffic
from .measure import BenchContext, children_cpu, run_harness_bench, run_hdl_bench, sample_stats

UTIL_PARAMS = {"NUM_VC": 1024, "CAP_BEATS": 1 << 20}


def bench_util(ctx: BenchContext) -> list[dict[str, Any]]:
    """TX and RX line utilisation with 1, 64 and 1024 VCs, mixed SDU sizes.

    The size cap falls with the VC count: TX schedules UBR cells round-robin over every
    backlogged VC, so with many VCs many PDUs are half-way at once and their cells wait
    in the RX buffer; with 1024 VCs and SDUs up to 1500 bytes the 1024-cell RX buffer
    overflows (NO_BUFFER drops, seen in loopback; see docs/performance.md)."""
    sim = ctx.fast_sim
    rows = []
    plans = [(1, 300, 9180), (64, 640, 1500), (1024, 2048, 576)]
    if ctx.quick:
        plans = [(1, 60, 576), (64, 128, 576), (1024, 1024, 576)]
    for nvc, frames, maxlen in plans:
        frames = ctx.n(frames)
        ctx.log(f"util: {nvc} VCs, {frames} frames (SDUs up to {maxlen} bytes), txrx on {sim}")
        r = run_hdl_bench(UTIL_PARAMS, ["+mode=txrx", f"+vcs={nvc}", f"+frames={frames}",
                                        f"+maxlen={maxlen}", "+seed=1",
                                        f"+warm={min(100, frames)}"], sim)
        t, rx, c = r.get("traffic", {}), r.get("rx", {}), r.get("counters", {})
        tx_util = (t["win_beats"] / t["win_cycles"]) if t.get("win_cycles") else None
        rx_util = (rx["beats"] / (rx["beats"] + rx["stalls"])) if rx.get("beats") else None
        rows.append({
            "vcs": nvc, "frames": frames, "maxlen": maxlen, "sim": sim, "ok": r["ok"],
            "cells": t.get("cells"), "tx_util": tx_util,
            "tx_util_overall": (t["line_beats"] / (t["last_beat"] - t["first_beat"] + 1)
                                if t.get("line_beats") else None),
            "rx_util": rx_util, "rx_stalls": rx.get("stalls"),
            "no_buffer": c.get("no_buffer"), "window_cycles": t.get("win_cycles"),
            "errors": r["errors"][:5], "wall_s": r["wall_s"], "cpu_s": r["cpu_s"],
        })
    return rows


def bench_shaping(ctx: BenchContext) -> list[dict[str, Any]]:
    sim = ctx.fast_sim
    frames = ctx.n(800 if ctx.quick else 4000, 40)
    ncbr = 8
    ctx.log(f"shaping: {ncbr} CBR VCs, {frames} frames of 184 bytes on {sim}")
    r = run_hdl_bench({"NUM_VC": 256}, ["+mode=tx", f"+vcs={ncbr}", f"+cbr={ncbr}",
                                        f"+frames={frames}", "+len=184",
                                        f"+warm={min(400, frames)}"], sim)
    rows = []
    link = 353207
    for v in r["vcs"]:
        if not v.get("cbr"):
            continue
        slots = v["win_cycles"] / v["slot"]
        inc = v["inc"]
        granted = link * 65536 / inc
        measured = v["cells"] / slots * link if slots else 0.0
        rows.append({"vc": v["vc"], "inc": inc, "granted_pcr": granted,
                     "measured_rate": measured, "cells": v["cells"],
                     "accuracy": measured / granted if granted else None,
                     "ok": r["ok"], "sim": sim})
    if not rows:
        rows.append({"vc": None, "ok": False, "errors": r["errors"][:5] or [r.get("tail", "")]})
    return rows


SPEED_PARAMS = {"NUM_VC": 256}


def _rates(cycles: int, cells: int, frames: int, secs: float) -> dict[str, float | None]:
    if not secs:
        return {"cycles_per_s": None, "cells_per_s": None, "frames_per_s": None}
    return {"cycles_per_s": cycles / secs, "cells_per_s": cells / secs,
            "frames_per_s": frames / secs}


def bench_speed(ctx: BenchContext) -> list[dict[str, Any]]:
    frames = ctx.n(100 if ctx.quick else 600)
    nvc = 16
    cfg = {"vcs": nvc, "frames": frames, "seed": 1, "maxlen": 9180, "window": 256}
    variants = [
        ("a: pure Verilog", None),
        ("b: driver+scoreboard+model, HDL transactors",
         {"port": "hdl", "bus": "hdl", "driver": True, "model": True}),
        ("b: driver+scoreboard, cocotbext-axi (before)", {"port": "axis", "driver": True}),
        ("ports only, HDL transactors", {"port": "hdl", "bus": "hdl", "driver": False}),
        ("ports only, cocotbext-axi", {"port": "axis", "driver": False}),
    ]
    if ctx.quick:
        variants = variants[:3]
    rows = []
    for sim in ctx.sims:
        base: dict[str, Any] | None = None
        for name, v in variants:
            samples = []
            for rep in range(ctx.repeat):
                ctx.log(f"speed: {name} on {sim} ({rep + 1}/{ctx.repeat})")
                if v is None:
                    r = run_hdl_bench(SPEED_PARAMS, ["+mode=loop", f"+vcs={nvc}",
                                                     f"+frames={frames}", "+seed=1"], sim)
                    t = r.get("traffic", {})
                    s = {"ok": r["ok"], "cycles": t.get("cycles", 0), "cells": t.get("cells", 0),
                         "frames": t.get("frames", 0), "wall_s": r["wall_s"],
                         "cpu_s": r["cpu_s"], "e2e_wall_s": r["wall_s"], "e2e_cpu_s": r["cpu_s"],
                         "line_util": (t["line_beats"] / t["cycles"]) if t.get("cycles") else None}
                else:
                    c = {**cfg, **{k: x for k, x in v.items() if k != "model"}}
                    r = run_harness_bench(c, SPEED_PARAMS, sim)
                    t = r.get("traffic", {})
                    s = {"ok": r["ok"], "cycles": t.get("cycles", 0), "cells": t.get("cells", 0),
                         "frames": t.get("frames", 0), "wall_s": t.get("wall_s"),
                         "cpu_s": t.get("cpu_s"), "e2e_wall_s": r["process_wall_s"],
                         "e2e_cpu_s": r["process_cpu_s"], "failure": r.get("failure"),
                         "line_util": (t["line_beats"] / t["cycles"])
                         if t.get("line_beats") and t.get("cycles") else None}
                    if v.get("model") and r["ok"]:
                        m = model_traffic(c, {**_core_defaults(), **SPEED_PARAMS})
                        agree = m["adapter"] == r.get("adapter")
                        s["model"] = {"wall_s": m["wall_s"], "cpu_s": m["cpu_s"],
                                      "agree": agree, "ok": m["scoreboard"]["ok"]}
                        if not agree:
                            s["ok"] = False
                            s["failure"] = (f"model counters differ: model {m['adapter']} "
                                            f"rtl {r.get('adapter')}")
                        s["e2e_wall_s"] += m["wall_s"]
                        s["e2e_cpu_s"] += m["cpu_s"]
                samples.append(s)
            ok = all(s["ok"] for s in samples)
            row: dict[str, Any] = {"variant": name, "sim": sim, "ok": ok, "frames": frames,
                                   "vcs": nvc, "samples": samples,
                                   "cycles": samples[0]["cycles"], "cells": samples[0]["cells"]}
            for basis in ("cpu_s", "wall_s", "e2e_cpu_s", "e2e_wall_s"):
                row[basis] = sample_stats(s[basis] for s in samples if s["ok"])
                rates = [_rates(s["cycles"], s["cells"], s["frames"], s[basis])
                         for s in samples if s["ok"] and s[basis]]
                for key in ("cycles_per_s", "cells_per_s", "frames_per_s"):
                    row[f"{key}@{basis}"] = sample_stats(x[key] for x in rates)
            row["failure"] = next((s.get("failure") for s in samples if not s["ok"]), None)
            row["line_util"] = samples[0].get("line_util")
            if "model" in samples[0]:
                row["model"] = sample_stats(s["model"]["cpu_s"] for s in samples if "model" in s)
            if v is None:
                base = row
            if base is not None and ok and base["ok"]:
                for basis in ("cpu_s", "wall_s", "e2e_cpu_s", "e2e_wall_s"):
                    a = base.get(f"frames_per_s@{basis}", {}).get("median")
                    b = row.get(f"frames_per_s@{basis}", {}).get("median")
                    row[f"ratio@{basis}"] = (b / a) if a and b else None
            rows.append(row)
    return rows


def _core_defaults() -> dict[str, int]:
    from ..runner import CORE_DEFAULTS

    return dict(CORE_DEFAULTS)


SCALE_PARAMS = {"NUM_VC": 1024}


def _scale_harness(ctx: BenchContext, sim: str, nvc: int, frames: int, maxlen: int, what: str,
                   port: str, bus: str | None) -> dict[str, Any]:
    ctx.log(f"scale: {what}, {nvc} active VCs, {frames} frames on {sim}")
    cfg = {"vcs": nvc, "frames": frames, "seed": 1, "maxlen": maxlen, "window": 256,
           "port": port, "bus": bus, "driver": True, "counters": False}
    r = run_harness_bench(cfg, SCALE_PARAMS, sim, testcase="bench_activate")
    t, st = r.get("traffic", {}), r.get("setup", {})
    return {
        "what": what, "sim": sim, "vcs": nvc, "ok": r["ok"],
        "activate_wall_s": st.get("wall_s"), "activate_cpu_s": st.get("cpu_s"),
        "activate_cycles": st.get("cycles"), "cells": t.get("cells"), "cycles": t.get("cycles"),
        "cpu_us_per_cell": 1e6 * t["cpu_s"] / t["cells"] if t.get("cells") else None,
        "wall_us_per_cell": 1e6 * t["wall_s"] / t["cells"] if t.get("cells") else None,
        "failure": r.get("failure"),
    }


def _scale_hdl(ctx: BenchContext, sim: str, nvc: int, frames: int, maxlen: int) -> dict[str, Any]:
    ctx.log(f"scale: pure Verilog, {nvc} active VCs on {sim}")
    h = run_hdl_bench(SCALE_PARAMS, ["+mode=loop", f"+vcs={nvc}", f"+frames={frames}",
                                     f"+maxlen={maxlen}", "+seed=1"], sim)
    ht, ha = h.get("traffic", {}), h.get("activate", {})
    cpu, wall = h.get("traffic_cpu_s"), h.get("traffic_wall_s")  # the traffic phase only
    cells = ht.get("cells")
    return {
        "what": "pure Verilog", "sim": sim, "vcs": nvc, "ok": h["ok"],
        "activate_wall_s": None, "activate_cpu_s": None, "activate_cycles": ha.get("cycles"),
        "cells": cells, "cycles": ht.get("cycles"),
        "cpu_us_per_cell": 1e6 * cpu / cells if cells and cpu else None,
        "wall_us_per_cell": 1e6 * wall / cells if cells and wall else None,
    }


def bench_scale(ctx: BenchContext) -> list[dict[str, Any]]:
    """Create + activate N VCs through the driver; per-cell cost with 16 and 1024 active.

    The 16- and 1024-VC runs alternate, `repeat` times (so a change in the machine's load
    hits both alike), and each row gives the median of its samples with their spread. The
    cost per cell is CPU microseconds of the traffic phase / cells; cycles per cell is
    given beside it: the RTL's share (deterministic), so a ratio that moves with the
    cycles is the core's, one that does not is the simulator's or Python's."""
    # SDUs up to 576 bytes: with 1024 VCs interleaved cell by cell, bigger ones overflow
    # the RX buffer in loopback (see bench_util)
    frames, maxlen = (1024, 576) if ctx.quick else (2048, 576)
    frames = ctx.n(frames, 16)
    paths = [("harness: driver, HDL transactors", "hdl", "hdl"),
             ("harness: driver, cocotbext-axi (before)", "axis", None)]
    if ctx.quick:
        paths = paths[:1]
    samples: dict[tuple[str, str, int], list[dict[str, Any]]] = {}
    for sim in ctx.sims:
        for _rep in range(ctx.repeat):
            for what, port, bus in paths:
                for nvc in (16, 1024):
                    samples.setdefault((sim, what, nvc), []).append(
                        _scale_harness(ctx, sim, nvc, frames, maxlen, what, port, bus))
            for nvc in (16, 1024):
                samples.setdefault((sim, "pure Verilog", nvc), []).append(
                    _scale_hdl(ctx, sim, nvc, frames, maxlen))
    rows = []
    for ss in samples.values():
        good = [x for x in ss if x["ok"]]
        row = dict(ss[0])
        row["ok"] = len(good) == len(ss)
        row["failure"] = next((x.get("failure") for x in ss if not x["ok"]), None)
        row["samples"] = ss
        for key in ("activate_wall_s", "activate_cpu_s", "cpu_us_per_cell", "wall_us_per_cell"):
            st = sample_stats(x.get(key) for x in good)
            row[key] = st.get("median")
            row[f"{key}@stats"] = st
        row["cycles_per_cell"] = (row["cycles"] / row["cells"]) if row.get("cells") else None
        rows.append(row)
    for r in rows:
        if r["vcs"] == 1024:
            ref = next((x for x in rows if x["vcs"] == 16 and x["what"] == r["what"]
                        and x["sim"] == r["sim"]), None)
            if ref and ref.get("cpu_us_per_cell") and r.get("cpu_us_per_cell"):
                r["per_cell_ratio_vs_16"] = r["cpu_us_per_cell"] / ref["cpu_us_per_cell"]
            if ref and ref.get("cycles_per_cell") and r.get("cycles_per_cell"):
                r["cycles_per_cell_ratio_vs_16"] = r["cycles_per_cell"] / ref["cycles_per_cell"]
    return rows


def bench_regress(ctx: BenchContext) -> list[dict[str, Any]]:
    """`vcnic regress` itself (vcnic_tb.regress: the pyuvm tests, pytest-xdist -n 2) on
    each simulator: seeds per minute of wall time, after its builds (timed apart)."""
    from ..runner import build_root

    seeds = max(2, int((4 if ctx.quick else 24) * min(1.0, ctx.scale)))
    jobs = 2
    rows = []
    for sim in ctx.sims:
        out = build_root().parent / f"bench-regress-{sim}"
        ctx.log(f"regress: vcnic regress --seeds {seeds} --jobs {jobs} --sim {sim}")
        cmd = [sys.executable, "-m", "vcnic_tb.regress", "--seeds", str(seeds),
               "--jobs", str(jobs), "--sim", sim, "--out", str(out)]
        c0 = children_cpu()
        t0 = time.perf_counter()
        r = subprocess.run(cmd, capture_output=True, text=True)
        total = time.perf_counter() - t0
        cpu = children_cpu() - c0
        summary_path = out / "summary.json"
        summ = json.loads(summary_path.read_text()) if summary_path.exists() else {}
        wall = summ.get("wall_s")
        row = {"sim": sim, "jobs": jobs, "seeds": summ.get("seeds", 0),
               "passed": summ.get("passed", 0), "failed": summ.get("failed"),
               "ok": r.returncode == 0 and summ.get("failed") == 0,
               "engine": "vcnic regress", "wall_s": wall, "total_s": total, "cpu_s": cpu,
               "build_s": summ.get("build_s"),
               "seeds_per_min": summ.get("seeds_per_min"),
               "seed_s": (jobs * wall / summ["seeds"]) if wall and summ.get("seeds") else None,
               "coverage_percent": summ.get("coverage_percent"),
               "failures": summ.get("failures", [])[:5], "out": str(out)}
        if not row["ok"]:
            row["failure"] = (r.stderr or r.stdout)[-300:]
        rows.append(row)
    return rows


# ------------------------------------------------------------------ the DMA host interface
#: The NIC's parameters for its benchmarks (the core's defaults otherwise; AXI_DATA_W 64).
DMA_PARAMS = {"NUM_VC": 256}
#: Host memory read latencies of the utilisation benchmark, in 10 ns clock cycles.
DMA_LATENCIES = (10, 50)
#: Longer ones (2, 3, 5 us): the headroom, how far the engines' reads in flight carry.
DMA_HEADROOM = (200, 300, 500)


def bench_dma_util(ctx: BenchContext) -> list[dict[str, Any]]:
    """TX and RX line utilisation through the DMA engines with host-memory read latency of
    100 and 500 ns (rtl/tb/bench_nic.v `+mode=util`): TX = line beats / cycles in the
    backlogged window (from the `warm`-th cell until the core has taken the last frame from
    the TX DMA), the HDL driver keeping the TX ring full (one doorbell per batch); RX = the
    captured line replayed into line RX back to back, every PDU written by the RX DMA into
    host buffers, reaped and checked byte for byte: beats / (beats + line RX stall cycles),
    and a PDU the DMA could not place (RX_NO_BUFFER, or the core's NO_BUFFER when host RX
    backs up) fails the row."""
    sim = ctx.fast_sim
    # the goal's latencies on two mixes, then longer ones on the first: where it stops
    plans = [(16, 600, 9180, DMA_LATENCIES + DMA_HEADROOM), (64, 640, 1500, DMA_LATENCIES)]
    if ctx.quick:
        plans = [(16, 120, 1500, DMA_LATENCIES)]
    rows = []
    for nvc, frames, maxlen, lats in plans:
        frames = ctx.n(frames)
        for lat in lats:
            ctx.log(f"dma_util: {nvc} VCs, {frames} frames (SDUs up to {maxlen} bytes), "
                    f"read latency {lat} cycles, on {sim}")
            r = run_hdl_bench({**DMA_PARAMS, "CAP_BEATS": 1 << 20},
                              ["+mode=util", f"+vcs={nvc}", f"+frames={frames}",
                               f"+maxlen={maxlen}", "+seed=1", f"+lat={lat}",
                               f"+warm={min(100, frames)}"], sim, top="bench_nic")
            rows.append(_dma_util_row(r, nvc, frames, maxlen, lat, sim))
    return rows


def _dma_util_row(r: dict[str, Any], nvc: int, frames: int, maxlen: int, lat: int,
                  sim: str) -> dict[str, Any]:
    t, rx = r.get("traffic", {}), r.get("rx", {})
    c, d = r.get("counters", {}), r.get("dma", {})
    return {
        "vcs": nvc, "frames": frames, "maxlen": maxlen, "sim": sim, "ok": r["ok"],
        "lat_cycles": lat, "lat_ns": 10 * lat, "cells": t.get("cells"),
        "tx_util": (t["win_beats"] / t["win_cycles"]) if t.get("win_cycles") else None,
        "tx_util_overall": (t["line_beats"] / (t["last_beat"] - t["first_beat"] + 1)
                            if t.get("line_beats") else None),
        "rx_util": (rx["beats"] / (rx["beats"] + rx["stalls"])) if rx.get("beats") else None,
        "rx_stalls": rx.get("stalls"),
        "rx_drain_cycles": ((rx["cycles"] - rx["replay_cycles"])
                            if rx.get("cycles") is not None else None),
        "no_buffer": c.get("no_buffer"), "rx_no_buffer": d.get("rx_no_buffer"),
        "doorbells_tx": t.get("doorbells_tx"), "window_cycles": t.get("win_cycles"),
        "rd_max_tx": t.get("rd_max_tx"), "rd_max_rx": t.get("rd_max_rx"),
        "rd_mean_tx": ((t["rd_inflight_sum_tx"] / t["cycles"])
                       if t.get("cycles") and t.get("rd_inflight_sum_tx") is not None else None),
        "errors": r["errors"][:5] or ([] if r["ok"] else [r.get("tail", "")[-300:]]),
        "wall_s": r["wall_s"], "cpu_s": r["cpu_s"],
    }


def bench_dma_speed(ctx: BenchContext) -> list[dict[str, Any]]:
    """The DMA path's co-simulation speed against the stream path's, same core, same
    traffic (16 VCs, mixed sizes, loopback): (a) rtl/tb/bench_nic.v `+mode=loop` (the HDL
    driver, no Python); (b) the driver (NdisLayer + Miniport) on the DmaPort over the NIC
    harness's register window, host memory backdoor and interrupt vectors, the scoreboard,
    and the model run through the same DmaPort; ports only (frames straight to the
    DmaPort, one doorbell per `batch`); and the stream path (b) of `speed` (HdlBackend) for
    the Python time per frame. Per row: CPU us per frame and per doorbell, the Python share
    (CPU beyond (a)'s for the same cycles), register accesses and host-memory calls per
    frame, and (b)/(a)."""
    frames = ctx.n(100 if ctx.quick else 600)
    nvc = 16
    cfg = {"vcs": nvc, "frames": frames, "seed": 1, "maxlen": 9180, "window": 256}
    variants: list[tuple[str, dict[str, Any] | None]] = [
        ("a: pure Verilog (bench_nic)", None),
        ("b: driver+scoreboard+model, DMA", {"host": "dma", "driver": True, "model": True}),
        ("ports only, DMA (batch 16)", {"host": "dma", "driver": False, "batch": 16}),
        ("b: driver+scoreboard, streams (HdlBackend)",
         {"port": "hdl", "bus": "hdl", "driver": True}),
    ]
    if ctx.quick:
        variants = variants[:2] + variants[3:]
    rows = []
    for sim in ctx.sims:
        base: dict[str, Any] | None = None
        for name, v in variants:
            samples = []
            for rep in range(ctx.repeat):
                ctx.log(f"dma_speed: {name} on {sim} ({rep + 1}/{ctx.repeat})")
                samples.append(_dma_speed_sample(ctx, cfg, v, nvc, frames, sim))
            row = _dma_speed_row(name, sim, frames, nvc, samples, base)
            if v is None:
                base = row
                row["ratio@cpu_s"] = 1.0 if row["ok"] else None
            rows.append(row)
    return rows


def _dma_speed_sample(ctx: BenchContext, cfg: dict[str, Any], v: dict[str, Any] | None,
                      nvc: int, frames: int, sim: str) -> dict[str, Any]:
    if v is None:
        r = run_hdl_bench(DMA_PARAMS, ["+mode=loop", f"+vcs={nvc}", f"+frames={frames}",
                                       "+seed=1", f"+window={cfg['window']}",
                                       f"+batch={ctx.dma_batch}"], sim, top="bench_nic")
        t = r.get("traffic", {})
        return {"ok": r["ok"], "cycles": t.get("cycles", 0), "cells": t.get("cells", 0),
                "frames": t.get("frames", 0), "cpu_s": r.get("traffic_cpu_s"),
                "wall_s": r.get("traffic_wall_s"), "e2e_cpu_s": r["cpu_s"],
                "e2e_wall_s": r["wall_s"],
                "doorbells": sum(t.get(f"doorbells_{k}", 0) for k in ("tx", "txcq", "rxf", "rxcq")),
                "failure": None if r["ok"] else "; ".join(r["errors"][:3]) or r.get("tail", "")[-300:]}
    c = {**cfg, **{k: x for k, x in v.items() if k != "model"}}
    r = run_harness_bench(c, DMA_PARAMS, sim)
    t = r.get("traffic", {})
    s = {"ok": r["ok"], "cycles": t.get("cycles", 0), "cells": t.get("cells", 0),
         "frames": t.get("frames", 0), "cpu_s": t.get("cpu_s"), "wall_s": t.get("wall_s"),
         "e2e_cpu_s": r["process_cpu_s"], "e2e_wall_s": r["process_wall_s"],
         "doorbells": (t.get("doorbells") or {}).get("total"), "python_s": t.get("python_s"),
         "bus": t.get("bus"), "memory": t.get("memory"), "vectors": t.get("vectors"),
         "failure": r.get("failure"), "log": r.get("log")}
    if v.get("model") and r["ok"]:
        m = model_traffic(c, {**_core_defaults(), **DMA_PARAMS})
        agree = m["adapter"] == r.get("adapter")
        s["model"] = {"cpu_s": m["cpu_s"], "wall_s": m["wall_s"], "agree": agree,
                      "ok": m["scoreboard"]["ok"]}
        if not agree:
            s["ok"] = False
            s["failure"] = f"model counters differ: model {m['adapter']} rtl {r.get('adapter')}"
        s["e2e_cpu_s"] += m["cpu_s"]
        s["e2e_wall_s"] += m["wall_s"]
    return s


def _dma_speed_row(name: str, sim: str, frames: int, nvc: int, samples: list[dict[str, Any]],
                   base: dict[str, Any] | None) -> dict[str, Any]:
    good = [s for s in samples if s["ok"] and s.get("cpu_s")]
    row: dict[str, Any] = {"variant": name, "sim": sim, "frames": frames, "vcs": nvc,
                           "ok": all(s["ok"] for s in samples), "samples": samples,
                           "cycles": samples[0]["cycles"], "cells": samples[0]["cells"],
                           "doorbells": samples[0].get("doorbells"),
                           "failure": next((s.get("failure") for s in samples if not s["ok"]),
                                           None)}
    for basis in ("cpu_s", "wall_s", "e2e_cpu_s"):
        row[basis] = sample_stats(s[basis] for s in good)
        rates = [_rates(s["cycles"], s["cells"], s["frames"], s[basis]) for s in good
                 if s.get(basis)]
        for key in ("cycles_per_s", "frames_per_s"):
            row[f"{key}@{basis}"] = sample_stats(x[key] for x in rates)
    row["us_per_frame"] = sample_stats(1e6 * s["cpu_s"] / s["frames"] for s in good
                                       if s["frames"])
    row["us_per_doorbell"] = sample_stats(1e6 * s["cpu_s"] / s["doorbells"] for s in good
                                          if s.get("doorbells"))
    # measured (vcnic_tb.bench.harness.PythonMeter): CPU inside Python per frame, and the
    # rest of the traffic phase's CPU (the simulator, its VPI loop) per frame
    row["py_us_per_frame"] = sample_stats(1e6 * s["python_s"] / s["frames"] for s in good
                                          if s.get("python_s") is not None and s["frames"])
    row["sim_us_per_frame"] = sample_stats(1e6 * (s["cpu_s"] - s["python_s"]) / s["frames"]
                                           for s in good
                                           if s.get("python_s") is not None and s["frames"])
    s0 = samples[0]
    if s0.get("frames"):
        if s0.get("doorbells") is not None:
            row["doorbells_per_frame"] = s0["doorbells"] / s0["frames"]
        if s0.get("bus"):
            row["bus_per_frame"] = (s0["bus"]["reads"] + s0["bus"]["writes"]) / s0["frames"]
        if s0.get("memory"):
            row["memory_calls_per_frame"] = ((s0["memory"]["reads"] + s0["memory"]["writes"])
                                             / s0["frames"])
    if "model" in s0:
        row["model"] = sample_stats(s["model"]["cpu_s"] for s in samples if "model" in s)
    if base is not None and base["ok"] and row["ok"]:
        a = base.get("frames_per_s@cpu_s", {}).get("median")
        b = row.get("frames_per_s@cpu_s", {}).get("median")
        row["ratio@cpu_s"] = (b / a) if a and b else None
        a_e = base.get("frames_per_s@e2e_cpu_s", {}).get("median")
        b_e = row.get("frames_per_s@e2e_cpu_s", {}).get("median")
        row["ratio@e2e_cpu_s"] = (b_e / a_e) if a_e and b_e else None
        # the Python share: CPU beyond what the simulator alone needs for these cycles
        a_cps = base.get("cycles_per_s@cpu_s", {}).get("median")
        if a_cps and row["us_per_frame"]:
            sim_us = 1e6 * row["cycles"] / a_cps / frames
            row["python_us_per_frame"] = row["us_per_frame"]["median"] - sim_us
    return row
