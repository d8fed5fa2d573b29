"""Pure-Verilog testbenches (no cocotb, no Python in the simulation: the simulator's own
speed), e.g. rtl/tb/bench_core.v for `vcnic bench`: `build_hdl()` (cached like `build()`)
and `run_hdl()`."""

from __future__ import annotations

import contextlib
import hashlib
import json
import logging
import os
import re
import subprocess
import time
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .build import BuildFailed, dependencies, locked, log_tail, prepare
from .config import CORE_F, RTL_DIR, build_root, default_sim
from .verilator import simulator_env

log = logging.getLogger("vcnic_tb.runner")

BENCH_DIR = RTL_DIR / "tb"
BENCH_CORE = BENCH_DIR / "bench_core.v"
#: The NIC's pure-Verilog bench (DMA rings in host memory, docs/performance.md).
BENCH_NIC = BENCH_DIR / "bench_nic.v"


#: The NIC's source list (its DMA engines, register block and the core), when it exists.
NIC_F = RTL_DIR / "vcnic_nic.f"
#: The host memory the NIC bench instantiates (simulation only).
HOST_MEM = BENCH_DIR / "host_mem.v"


def bench_sources(top: str) -> tuple[list[Path], Path]:
    """(sources, `.f`) of a pure-Verilog bench: bench_core on the core's `.f`; bench_nic on
    the NIC's (rtl/vcnic_nic.f) with the host memory."""
    if top == "bench_nic":
        return [HOST_MEM, BENCH_NIC], NIC_F
    return [BENCH_DIR / f"{top}.v"], CORE_F


@dataclass
class HdlRun:
    """One run of a pure-Verilog testbench (no cocotb): its output and timings."""

    stdout: str
    returncode: int
    seconds: float        # wall time of the simulation process
    build_seconds: float  # time spent compiling now (0.0 when cached)
    build_dir: Path
    sim: str
    command: list[str]
    #: "BENCH_T mark=<name>" lines: name -> (CPU seconds, wall seconds) of the simulator
    #: process when the line arrived (measured from here: /proc/<pid>/stat, perf_counter)
    marks: dict[str, tuple[float, float]] = field(default_factory=dict)
    cpu_seconds: float | None = None  # CPU of the simulator process (None: unknown)

    @property
    def ok(self) -> bool:
        return self.returncode == 0


def build_hdl(
    top: str = "bench_core",
    sources: Iterable[str | os.PathLike[str]] = (BENCH_CORE,),
    parameters: Mapping[str, Any] | None = None,
    *,
    sim: str | None = None,
    filelist: str | os.PathLike[str] = CORE_F,
    defines: Mapping[str, Any] | None = None,
) -> tuple[Path, list[str], float]:
    """Compile a pure-Verilog testbench `top` (the `.f`'s sources + `sources`), cached like
    `build()`; returns (build dir, command that runs it, seconds spent compiling now)."""
    sim, flist_path, flist = prepare(sim, filelist)
    srcs = flist.sources + [Path(x).resolve() for x in sources]
    # the benches' shared header (bench_common.vh) lives beside them
    includes = [*flist.includes, BENCH_DIR]
    params = {k.upper(): int(v) for k, v in (parameters or {}).items()}
    defs = dict(flist.defines)
    defs.update({k: str(v) for k, v in (defines or {}).items()})
    key = json.dumps({"top": top, "sim": sim, "parameters": params, "kind": "hdl",
                      "sources": [str(x) for x in srcs],
                      "includes": [str(i) for i in includes], "defines": defs},
                     sort_keys=True)
    digest = hashlib.sha256(key.encode()).hexdigest()[:16]
    build_dir = build_root() / f"{top}-{sim}-{digest}"
    deps = dependencies(srcs, includes, [flist_path])
    stamp = build_dir / "build.json"
    log_path = build_dir / "build.log"
    if sim == "icarus":
        exe = build_dir / f"{top}.vvp"
        cmd = ["iverilog", "-g2012", "-s", top, "-o", str(exe)]
        cmd += [f"-P{top}.{k}={v}" for k, v in params.items()]
        cmd += [f"-I{i}" for i in includes]
        cmd += [f"-D{k}={v}" for k, v in defs.items()]
        cmd += [str(x) for x in srcs]
        run_cmd = ["vvp", "-n", str(exe)]
    else:
        exe = build_dir / f"V{top}"
        cmd = ["verilator", "--binary", "--timing", "-Wno-fatal", "-Wno-lint", "-Wno-style",
               "--top-module", top, "-Mdir", str(build_dir), "-o", exe.name,
               "-j", str(os.cpu_count() or 1)]
        cmd += [f"-G{k}={v}" for k, v in params.items()]
        cmd += [f"-I{i}" for i in includes]
        cmd += [f"-D{k}={v}" for k, v in defs.items()]
        cmd += [str(x) for x in srcs]
        run_cmd = [str(exe)]
    t0 = time.monotonic()
    with locked(build_dir / ".lock"):
        stale = (not stamp.exists() or not exe.exists()
                 or max(q.stat().st_mtime for q in deps) > stamp.stat().st_mtime)
        if stale:
            log.info("building %s %s with %s in %s", top, params, sim, build_dir)
            with contextlib.suppress(FileNotFoundError):
                stamp.unlink()
            build_dir.mkdir(parents=True, exist_ok=True)
            with simulator_env(sim):
                r = subprocess.run(cmd, cwd=build_dir, capture_output=True, text=True)
            log_path.write_text(" ".join(cmd) + "\n" + r.stdout + r.stderr)
            if r.returncode != 0:
                raise BuildFailed(f"building {top} with {sim} failed (exit {r.returncode}); "
                                  f"log: {log_path}\n{log_tail(log_path)}")
            stamp.write_text(key + "\n")
    return build_dir, run_cmd, (time.monotonic() - t0) if stale else 0.0


def run_hdl(
    top: str = "bench_core",
    sources: Iterable[str | os.PathLike[str]] = (BENCH_CORE,),
    parameters: Mapping[str, Any] | None = None,
    plusargs: Iterable[str] = (),
    *,
    sim: str | None = None,
    timeout: float | None = None,
    defines: Mapping[str, Any] | None = None,
    filelist: str | os.PathLike[str] = CORE_F,
) -> HdlRun:
    """Build (cached) and run a pure-Verilog testbench; the wall time covers the simulator
    process only (the simulator's own speed: no Python, no VPI)."""
    sim = sim or default_sim()
    build_dir, run_cmd, build_s = build_hdl(top, sources, parameters, sim=sim,
                                            defines=defines, filelist=filelist)
    cmd = [*run_cmd, *plusargs]
    marks: dict[str, tuple[float, float]] = {}
    lines: list[str] = []
    t0 = time.perf_counter()
    with simulator_env(sim):
        proc = subprocess.Popen(cmd, cwd=build_dir, stdout=subprocess.PIPE,
                                stderr=subprocess.STDOUT, text=True, bufsize=1)
    deadline = None if timeout is None else t0 + timeout
    cpu = None
    assert proc.stdout is not None
    for line in proc.stdout:
        lines.append(line)
        if line.startswith("BENCH_T "):
            m = re.search(r"mark=(\S+)", line)
            c = _proc_cpu(proc.pid)
            if m and c is not None:
                marks[m.group(1)] = (c, time.perf_counter() - t0)
        if deadline is not None and time.perf_counter() > deadline:
            proc.kill()
            lines.append(f"run_hdl: killed after {timeout} s\n")
            break
    c = _proc_cpu(proc.pid)
    rc = proc.wait()
    seconds = time.perf_counter() - t0
    cpu = c
    return HdlRun("".join(lines), rc, seconds, build_s, build_dir, sim, cmd, marks, cpu)


def _proc_cpu(pid: int) -> float | None:
    """utime + stime of a live process in seconds (Linux /proc), None when unavailable."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    except (OSError, IndexError, ValueError):
        return None
