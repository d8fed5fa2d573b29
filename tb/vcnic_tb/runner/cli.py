"""`python -m vcnic_tb.runner MODULE ...`: run one cocotb test module from the shell."""

from __future__ import annotations

import logging
import sys

from .build import BuildFailed
from .cocotb_run import SimulationFailed, run_cocotb
from .config import HARNESS_TOP


def main(argv: list[str] | None = None) -> int:
    """`python -m vcnic_tb.runner MODULE [-p NUM_VC=16 ...] [--seed N] [--waves] [-k TEST]`."""
    import argparse

    ap = argparse.ArgumentParser(prog="python -m vcnic_tb.runner", description=main.__doc__)
    ap.add_argument("module", help="test module, e.g. vcnic_tb.test_regbus")
    ap.add_argument("-p", "--param", action="append", default=[], metavar="NAME=VALUE")
    ap.add_argument("--seed", type=int)
    ap.add_argument("--toplevel", default=HARNESS_TOP,
                    help="HDL top (default the core's harness; vcnic_nic_harness for DMA)")
    ap.add_argument("--sim", default=None)
    ap.add_argument("--waves", action="store_true")
    ap.add_argument("-k", "--testcase", action="append")
    ap.add_argument("-v", "--verbose", action="store_true")
    args = ap.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    params = dict(p.split("=", 1) for p in args.param)
    try:
        r = run_cocotb(
            args.module, args.toplevel, params, None, args.seed, sim=args.sim, waves=args.waves,
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
