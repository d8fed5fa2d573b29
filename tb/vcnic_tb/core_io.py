"""What every bench shares about the core's interface, in one place: the parameters the
runner built it with, and the layout of the host stream side bands (docs/architecture.md).

- `runner_parameters()`: the parameters as the runner passed them (env VCNIC_PARAMS);
  `harness_parameters()`: the same with defaults filled in.
- host TX `tuser` = {drop status[19:17], CLP[16], CPI[15:8], UU[7:0]}:
  `tx_tuser(uu, cpi, clp, drop)`; `drop` (on the last beat) is 0 on the stream path, the
  DMA engine's TX_BAD_DESC / TX_DMA_ERROR code for a frame it failed (docs/dma.md);
- host RX `tuser` = {CPI[23:16], UU[15:8], 4'b0, status[3:0]}: `rx_tuser_fields(tuser)`.

No cocotb import: usable by the runner's side and by pure-Python tests too.
"""

from __future__ import annotations

import json
import os
from collections.abc import Mapping

from .runner import CORE_DEFAULTS, ENV_PARAMS

__all__ = ["harness_parameters", "runner_parameters", "rx_tuser_fields", "tx_drop_status_sequence",
           "tx_tuser"]


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


def tx_tuser(uu: int = 0, cpi: int = 0, clp: int = 0, drop: int = 0) -> int:
    """Host TX side band of one SDU (`drop`: a tx_status_e code the core drops it with)."""
    return (drop << 17) | (clp << 16) | (cpi << 8) | uu


def rx_tuser_fields(tuser: int) -> tuple[int, int, int]:
    """(status, UU, CPI) of a host RX side band."""
    return tuser & 0xF, (tuser >> 8) & 0xFF, (tuser >> 16) & 0xFF


def tx_drop_status_sequence(vc: int, other: int, idle: int) -> list[tuple[int, int, int, str]]:
    """Host TX frames with drop statuses in tuser[19:17] (as the DMA engine sends them)
    mixed with good ones and the core's own drops: (vc, SDU length, drop_status, expected
    tx_status_e name), for VCs with max SDU 500; `idle` is not active. The RTL test
    (test_datapath.tx_drop_status) and the model test (test_model_traffic) share it.

    Per VC the completions must come in this order: the drops attached behind a frame
    still queued in all their orders (DMA_ERROR then BAD_DESC then OVERSIZE waits for
    the frame), the drop status wins over inactive VC / oversize / zero length."""
    return [
        (vc, 480, 0, "TX_OK"),            # 11 cells: still queued while the next come in
        (vc, 200, 7, "TX_DMA_ERROR"),     # several beats, dropped on the last
        (other, 300, 0, "TX_OK"),         # another VC: untouched
        (vc, 0, 6, "TX_BAD_DESC"),        # the DMA's one-beat tkeep=0 form
        (vc, 600, 0, "TX_OVERSIZE"),
        (vc, 700, 7, "TX_DMA_ERROR"),     # oversize, but the drop status wins
        (idle, 40, 7, "TX_DMA_ERROR"),    # inactive VC, the drop status wins
        (vc, 0, 0, "TX_ZERO_LENGTH"),
        (vc, 4, 7, "TX_DMA_ERROR"),       # one beat
        (vc, 100, 0, "TX_OK"),
        (other, 10, 7, "TX_DMA_ERROR"),
    ]
