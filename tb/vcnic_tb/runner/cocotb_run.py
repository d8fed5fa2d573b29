"""Run one cocotb test module against a (cached) build: `run_cocotb()`, with an explicit
seed, in a fresh run directory, returning a `RunResult` or raising `SimulationFailed`."""

from __future__ import annotations

import json
import os
import random
import re
import sys
import time
import xml.etree.ElementTree as ET
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .build import Build, build
from .config import (
    CORE_F,
    ENV_PARAMS,
    ENV_REWRITE,
    EXT_CLOCK_TOPS,
    HARNESS_TOP,
    HDL_TOP,
    REWRITE_DEFAULT,
    TOP_FILELISTS,
    TOP_SOURCES,
    default_sim,
)
from .verilator import simulator_env


class SimulationFailed(AssertionError):
    """A cocotb run failed: some test failed, or the simulator died."""

    def __init__(self, message: str, result: RunResult | None = None):
        super().__init__(message)
        self.result = result



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
    if sim == "verilator" and toplevel in TOP_FILELISTS:  # the NIC harness: same choice
        return (toplevel, {}, False) if hdl_clock else (toplevel, {"VCNIC_EXT_CLOCK": 1}, True)
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
