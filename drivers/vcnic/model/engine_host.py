"""What the model's engines (tx.py, rx.py) may use of the NIC that owns them: a narrow,
typed interface instead of NicModel's internals, so the engines do not import nic.py and
nic.py stays the only place that knows both. `NicModel` implements it."""

from __future__ import annotations

from typing import Protocol

from vcnic.hw import RxFrame

from .lookup import VcLookup
from .vc_table import Counters, VcEntry

__all__ = ["EngineHost"]


class EngineHost(Protocol):
    """The NIC state and events the TX and RX engines share with the register side."""

    counters: Counters  # the global counters
    entries: list[VcEntry]  # the VC table
    lookup: VcLookup  # (VPI, VCI) -> VC

    @property
    def enable(self) -> bool: ...  # CTRL.enable

    @property
    def nni(self) -> bool: ...  # CTRL.nni: 12-bit VPIs

    @property
    def hec_correct(self) -> bool: ...  # CTRL.hec_correct

    def int_set(self, name: str) -> None:
        """Set the INT_STATUS field `name` (and update irq)."""

    def emit(self, cell: bytes) -> None:
        """A 53-byte cell leaves line TX (to the line, or back in through loopback)."""

    def post_completion(self, vc: int, status: int) -> None:
        """A TX completion for `vc` with `status` goes to host."""

    def host_rx_put(self, frame: RxFrame) -> None:
        """A PDU goes to host RX."""

    def tx_pdu_boundary(self, vc: int) -> None:
        """The TX engine finished a PDU of `vc` (a pending MODIFY may take effect)."""
