"""The simulator process of `vcnic tap`: `python -m vcnic_tb.tap_sim CONFIG.json`.

Builds (cached) and runs `vcnic_tb.tap_bridge` on `vcnic_pair_harness` with the simulator
the config names. Started by `vcnic.tap.session.TapSession` in a process group of its own,
so that stopping the session stops the simulator (vvp / Vvcnic_pair_harness) with it.
Exit status 0 when the bridge stopped on a `stop` command.
"""

from __future__ import annotations

import sys
from pathlib import Path

from vcnic.tap.config import ENV_TAP_CFG, TapConfig

from .runner import (
    CORE_DEFAULTS,
    ENV_GPI_CLOCK,
    PAIR_HARNESS,
    PAIR_TOP,
    PYGPI_USERS_GPI_CLOCK,
    run_cocotb,
)


def build(sim: str):
    """Build the pair harness for `sim` (cached), e.g. before a timed run."""
    from .runner import build as _build

    return _build(PAIR_TOP, dict(CORE_DEFAULTS), sim=sim, extra_sources=[PAIR_HARNESS])


def run(cfg: TapConfig):
    env = {ENV_TAP_CFG: cfg.to_json()}
    if cfg.sim == "verilator":
        # the pair harness takes clk as an input under Verilator (see its header)
        env["PYGPI_USERS"] = ",".join(PYGPI_USERS_GPI_CLOCK)
        env[ENV_GPI_CLOCK] = "clk:10"
    return run_cocotb("vcnic_tb.tap_bridge", PAIR_TOP, dict(CORE_DEFAULTS), extra_env=env,
                      sim=cfg.sim, extra_sources=[PAIR_HARNESS], waves=cfg.waves,
                      check=False, run_name=f"tap-{cfg.tag}")


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if len(argv) != 1:
        print("usage: python -m vcnic_tb.tap_sim CONFIG.json", file=sys.stderr)
        return 2
    cfg = TapConfig.from_json(Path(argv[0]).read_text())
    result = run(cfg)
    print(f"simulation log: {result.log_file}", flush=True)
    return 0 if result.passed else 1


if __name__ == "__main__":
    sys.exit(main())
