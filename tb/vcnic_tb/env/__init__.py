"""The vcnic pyuvm verification environment (see docs/verification.md).

- `items`: sequence items and monitor transactions;
- `bench`: the RTL backend with bus taps, the line loop, the miniport's port view;
- `agents`: register, host TX, host RX and line agents;
- `scoreboard`: the RTL against `vcnic.model.NicModel`, and the conservation ledger;
- `coverage`: functional coverage (subscriber, JSON report, merge);
- `sequences`: lifecycle, traffic, faults, bus abuse, the virtual sequence;
- `env`: `VcnicEnv`, `EnvConfig`; `tests`: base tests (registered in `vcnic_tb.test_uvm`).
"""

from .coverage import GOALS, CoverageDB, merge
from .env import EnvConfig, VcnicEnv

__all__ = ["GOALS", "CoverageDB", "EnvConfig", "VcnicEnv", "merge"]
