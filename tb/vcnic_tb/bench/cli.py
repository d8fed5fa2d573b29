"""`vcnic bench`: benchmarks of the core and of the co-simulation (docs/performance.md)."""

from __future__ import annotations

import argparse
import sys

from vcnic.cliargs import UsageParser, choice_list, float_above, int_in

from ..runner import SIMULATORS
from .report import BENCHMARKS, run_bench


def build_parser() -> argparse.ArgumentParser:
    p = UsageParser(prog="vcnic bench", description=__doc__)
    p.add_argument("--only", default=None, type=choice_list(tuple(BENCHMARKS)),
                   help=f"comma-separated subset of {','.join(BENCHMARKS)} (all)")
    p.add_argument("--sim", action="append", choices=SIMULATORS,
                   help="simulator(s) for the speed, scale and regress benchmarks "
                        "(default: every one installed)")
    p.add_argument("--quick", action="store_true", help="small runs, one repeat (a smoke test)")
    p.add_argument("--repeat", type=int_in(1), default=None,
                   help="repeats of each speed sample (3)")
    p.add_argument("--json", default="build/bench.json", help="report file (build/bench.json)")
    p.add_argument("--dma-batch", type=int_in(1), default=16,
                   help="TX descriptors per doorbell of the pure-Verilog DMA bench (16)")
    p.add_argument("--scale", type=float_above(0.0), default=1.0, help=argparse.SUPPRESS)
    return p


def main(argv: list[str] | None = None) -> int:
    """`vcnic bench ...`: exit 0 when every benchmark's traffic checked out, 1 otherwise,
    2 on bad arguments."""
    from rich.console import Console

    args = build_parser().parse_args(argv)
    console = Console()
    if not console.is_terminal:
        console = Console(width=max(console.width, 160))
    err = Console(stderr=True)
    only = [x.strip() for x in args.only.split(",")] if args.only else None
    try:
        report = run_bench(only, sims=args.sim, quick=args.quick, repeat=args.repeat,
                           json_path=args.json, console=console,
                           log=lambda m: err.print(f"[dim]{m}[/dim]"), scale=args.scale,
                           dma_batch=args.dma_batch)
    except (ValueError, RuntimeError) as e:
        sys.stderr.write(f"vcnic bench: error: {e}\n")
        return 2
    return 0 if report["ok"] else 1
