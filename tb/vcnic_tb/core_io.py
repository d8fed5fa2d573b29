"""What every bench shares about the core's interface, in one place: the parameters the
runner built it with, and the layout of the host stream side bands (docs/architecture.md).

- `runner_parameters()`: the parameters as the runner passed them (env VCNIC_PARAMS);
  `harness_parameters()`: the same with defaults filled in.
- host TX `tuser` = {CLP[16], CPI[15:8], UU[7:0]}: `tx_tuser(uu, cpi, clp)`;
- host RX `tuser` = {CPI[23:16], UU[15:8], 4'b0, status[3:0]}: `rx_tuser_fields(tuser)`.

No cocotb import: usable by the runner's side and by pure-Python tests too.
"""

from __future__ import annotations

import json
import os
from collections.abc import Mapping

from .runner import CORE_DEFAULTS, ENV_PARAMS

__all__ = ["harness_parameters", "runner_parameters", "rx_tuser_fields", "tx_tuser"]


def runner_parameters() -> dict[str, int]:
    """The build's parameters exactly as the runner passed them (env VCNIC_PARAMS)."""
    env = os.environ.get(ENV_PARAMS)
    return {k: int(v) for k, v in json.loads(env).items()} if env else {}


def harness_parameters(dut=None, defaults: Mapping[str, int] = CORE_DEFAULTS) -> dict[str, int]:
    """Parameters of the running top: `defaults` (the core's) updated with the runner's.
    (Tests also check them against the CAP registers.)"""
    params = dict(defaults)
    params.update(runner_parameters())
    return params


def tx_tuser(uu: int = 0, cpi: int = 0, clp: int = 0) -> int:
    """Host TX side band of one SDU."""
    return (clp << 16) | (cpi << 8) | uu


def rx_tuser_fields(tuser: int) -> tuple[int, int, int]:
    """(status, UU, CPI) of a host RX side band."""
    return tuser & 0xF, (tuser >> 8) & 0xFF, (tuser >> 16) & 0xFF
