"""What the benchmarks share: CPU and spread measurements, the benchmark context, and one run
of the pure-Verilog bench (`run_hdl_bench`) or of the harness (`run_harness_bench`)."""

from __future__ import annotations

import json
import os
import resource
import statistics
import time
from collections.abc import Callable, Iterable, Mapping
from typing import Any

from .core_bench import parse_bench


def children_cpu() -> float:
    r = resource.getrusage(resource.RUSAGE_CHILDREN)
    return r.ru_utime + r.ru_stime


def sample_stats(xs: Iterable[float]) -> dict[str, float]:
    xs = [x for x in xs if x is not None]
    if not xs:
        return {}
    return {"median": statistics.median(xs), "min": min(xs), "max": max(xs), "n": len(xs),
            "spread_pct": (100.0 * (max(xs) - min(xs)) / statistics.median(xs)
                           if statistics.median(xs) else 0.0)}


def fmt_number(x: float | None, digits: int = 0) -> str:
    if x is None:
        return "-"
    if abs(x) >= 1e6:
        return f"{x / 1e6:.2f}M"
    if abs(x) >= 1e4:
        return f"{x / 1e3:.1f}k"
    return f"{x:.{digits}f}"


def fmt_spread(s: Mapping[str, float], digits: int = 0) -> str:
    if not s:
        return "-"
    if s.get("n", 1) > 1:
        return f"{fmt_number(s['median'], digits)} ({fmt_number(s['min'], digits)}-{fmt_number(s['max'], digits)})"
    return fmt_number(s["median"], digits)


def sims_available() -> list[str]:
    from ..runner import verilator_available

    out = []
    import shutil

    if shutil.which("iverilog"):
        out.append("icarus")
    if verilator_available() is None:
        out.append("verilator")
    return out


class BenchContext:
    """What every benchmark reads: the simulators, quick or full, repeats, the progress log
    and the frame-count scale."""

    def __init__(self, sims: list[str], quick: bool, repeat: int, log: Callable[[str], None],
                 scale: float = 1.0):
        self.sims = sims
        self.quick = quick
        self.repeat = repeat
        self.log = log
        self.scale = scale
        self.fast_sim = "verilator" if "verilator" in sims else sims[0]
        #: TX descriptors per doorbell of the pure-Verilog DMA bench's driver
        self.dma_batch = 16

    def n(self, frames: int, least: int = 8) -> int:
        """A frame count scaled by `scale` (tests run tiny benchmarks)."""
        return max(least, int(frames * self.scale))


def run_hdl_bench(params: Mapping[str, int], plusargs: list[str], sim: str,
                  top: str = "bench_core") -> dict[str, Any]:
    """A pure-Verilog bench once (bench_core.v, or bench_nic.v with `top="bench_nic"`):
    parsed output, process wall and CPU seconds, build seconds."""
    from ..runner import build_hdl, run_hdl
    from ..runner.hdl import bench_sources

    sources, filelist = bench_sources(top)
    build_hdl(top, sources, parameters=params, sim=sim, filelist=filelist)  # not timed
    c0 = children_cpu()
    r = run_hdl(top, sources, parameters=params, plusargs=plusargs, sim=sim, filelist=filelist)
    cpu = children_cpu() - c0
    out = parse_bench(r.stdout)
    out["wall_s"], out["cpu_s"], out["build_s"] = r.seconds, cpu, r.build_seconds
    m = r.marks
    if "traffic_start" in m and "traffic_end" in m:  # the traffic phase alone
        out["traffic_cpu_s"] = m["traffic_end"][0] - m["traffic_start"][0]
        out["traffic_wall_s"] = m["traffic_end"][1] - m["traffic_start"][1]
    out["ok"] = r.ok and out.get("result", {}).get("result") == "PASS"
    out["sim"] = sim
    if not out["ok"]:
        out["tail"] = r.stdout[-2000:]
    return out


def run_harness_bench(cfg: Mapping[str, Any], params: Mapping[str, int], sim: str,
                      testcase: str = "bench_traffic") -> dict[str, Any]:
    """test_bench_traffic (or, for `cfg["host"] == "dma"`, test_bench_dma on the NIC
    harness) once: its result JSON plus the simulator process's wall and CPU."""
    from ..runner import HARNESS_TOP, HDL_TOP, build_for, build_root, run_cocotb, transactors_only

    module = "vcnic_tb.test_bench_traffic"
    if cfg.get("host") == "dma":
        from ..runner import config as rc

        top = getattr(rc, "NIC_TOP", "vcnic_nic_harness")
        module = "vcnic_tb.test_bench_dma"
        hdl_clock = True  # the NIC harness has HDL transactors only (no per-edge Python)
    else:
        top = HDL_TOP if cfg.get("port", "hdl") == "hdl" else HARNESS_TOP
        hdl_clock = transactors_only(cfg.get("port", "hdl"), cfg.get("bus"))
    build_for(top, params, sim=sim, hdl_clock=hdl_clock)  # compile outside the timed process
    result_dir = build_root() / "bench"
    result_dir.mkdir(parents=True, exist_ok=True)
    result_file = result_dir / f"result-{os.getpid()}-{time.monotonic_ns()}.json"
    env = {"VCNIC_BENCH_CFG": json.dumps(dict(cfg)), "VCNIC_BENCH_RESULT": str(result_file)}
    c0 = children_cpu()
    run = run_cocotb(module, top, params, env, int(cfg.get("seed", 1)),
                     sim=sim, testcase=testcase,
                     run_name=f"bench-{cfg.get('host') or cfg.get('port', 'hdl')}",
                     check=False, hdl_clock=hdl_clock)
    cpu = children_cpu() - c0
    out: dict[str, Any] = {}
    if result_file.exists():
        out = json.loads(result_file.read_text())
        result_file.unlink()
    out["process_wall_s"], out["process_cpu_s"] = run.seconds, cpu
    out["build_s"] = run.build.seconds
    out["ok"] = run.passed and bool(out.get("scoreboard", {}).get("ok"))
    out["sim"] = sim
    out["log"] = str(run.log_file)
    if not out["ok"]:
        out["failure"] = "; ".join(t.message.splitlines()[0] for t in run.failed if t.message) \
            or "no result"
    return out
