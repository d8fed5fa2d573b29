"""`vcnic bench`: benchmarks of the core and of the co-simulation (docs/performance.md).

    python -m vcnic_tb.bench [--quick] [--only util,shaping,speed,scale,regress,dma_util,dma_speed]
                             [--sim icarus] [--sim verilator] [--repeat N] [--json FILE]

Prints one table per benchmark and writes everything (settings, every sample, medians
and spreads, the machine's load) to `build/bench.json`. Benchmarks measure; nothing here
asserts a speed. Every run also checks its traffic (HDL checker, scoreboard, counters),
and a benchmark whose traffic fails is reported as FAIL, not as a number.

1. `util`: line utilisation of the RTL (line beats carrying cells / cycles, in the window
   where the TX buffer is backlogged) with 1, 64 and 1024 VCs and mixed SDU sizes: TX alone
   (loopback off, line TX always ready) and RX alone (the captured line replayed into line
   RX back to back, host RX checked), from rtl/tb/bench_core.v. `shaping`: 8 backlogged CBR
   VCs of different PCRs; measured cell rate / granted PCR per VC.
2. `speed`: the same core and the same traffic (16 VCs, mixed sizes, loopback) (a) in the
   pure-Verilog bench (the simulator's own limit) and (b) through the full harness: the
   driver (NdisLayer + miniport) on HdlPort, a scoreboard checking every SDU, and the
   Python model run on the same traffic with its counters compared; also (b) through
   cocotbext-axi (the per-beat path, "before") and the ports without the driver.
   Simulated cycles/s, cells/s, frames/s of CPU and wall time; ratio (b)/(a).
3. `scale`: create + activate 1024 VCs through the driver (wall, CPU, cycles); per-cell
   cost with 16 and with 1024 active VCs (harness and pure HDL), the two alternating over
   the repeats, with cycles per cell beside it (the RTL's share).
4. `regress`: `vcnic regress` (the pyuvm regression, pytest-xdist -n 2) itself: seeds per
   minute on Icarus and on Verilator.
5. `dma_util`: TX and RX line utilisation through the DMA host interface (the NIC with
   descriptor rings in host memory, rtl/tb/bench_nic.v: an HDL driver owning the rings) at
   host-memory read latencies of 100 and 500 ns.
6. `dma_speed`: the DMA path's co-simulation speed: (a) bench_nic.v `+mode=loop`, (b) the
   driver on the DmaPort (vcnic_tb.test_bench_dma), ports only, and the stream path; CPU
   us per frame and per doorbell, register and host-memory calls per frame, (b)/(a).

The traffic functions (`mix32`, `frame_key`, `frame_len`, `frame_uu`, `frame_bytes`) are
the Python twins of bench_core.v's: the same seed gives the same VCs, lengths, UU and data
(the harness runs send `random.Random(seed)` data instead: the core's timing does not
depend on the bytes, and randbytes is C-fast).

Wire into the CLI (drivers/vcnic/cli.py): `vcnic bench ARGS` -> `vcnic_tb.bench.main(ARGS)`.

The package (import from `vcnic_tb.bench`):

| module | what |
| --- | --- |
| `core_bench` | Python twins of bench_core.v's traffic, `parse_bench` of its output |
| `harness` | `setup_driver`, `drive_traffic`, `LoopbackScoreboard`, `model_traffic` |
| `measure` | `BenchContext`, statistics, `run_hdl_bench`, `run_harness_bench` |
| `benchmarks` | `bench_util`, `bench_shaping`, `bench_speed`, `bench_scale`, `bench_regress`, `bench_dma_util`, `bench_dma_speed` |
| `report` | `run_bench`: the JSON report and the tables |
| `cli` | `main`, `build_parser` (`vcnic bench`, `python -m vcnic_tb.bench`) |
"""

from __future__ import annotations

from .benchmarks import (
    bench_dma_speed,
    bench_dma_util,
    bench_regress,
    bench_scale,
    bench_shaping,
    bench_speed,
    bench_util,
)
from .cli import build_parser, main
from .core_bench import (
    cbr_inc,
    cells_for,
    frame_bytes,
    frame_key,
    frame_len,
    frame_uu,
    mix32,
    parse_bench,
    xs32,
)
from .harness import (
    LoopbackScoreboard,
    adapter_counters,
    drive_traffic,
    model_traffic,
    setup_driver,
)
from .measure import BenchContext, run_harness_bench, run_hdl_bench, sims_available
from .report import BENCHMARKS, run_bench

__all__ = [
    "mix32", "xs32", "frame_key", "frame_len", "frame_uu", "frame_bytes", "cells_for",
    "cbr_inc", "parse_bench", "LoopbackScoreboard", "setup_driver", "drive_traffic",
    "adapter_counters", "model_traffic", "BenchContext", "run_hdl_bench", "run_harness_bench",
    "sims_available", "bench_util", "bench_shaping", "bench_speed", "bench_scale",
    "bench_regress", "bench_dma_util", "bench_dma_speed", "run_bench", "build_parser", "main",
    "BENCHMARKS",
]
