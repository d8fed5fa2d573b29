"""The only two interfaces the miniport sees: a register window and a data port.

Mirrors corundum's driver model: the driver talks to hardware through a small 32-bit
register window (plus the interrupt line) and a frame-level data port, so the same driver
code runs against the RTL in cocotb (`vcnic_tb.rtl_backend`) and against the Python NIC
model (`vcnic.model`). Nothing here imports cocotb.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol, runtime_checkable


@runtime_checkable
class RegisterWindow(Protocol):
    """32-bit register access on the core's AXI4-Lite bus, and its interrupt line."""

    async def read(self, addr: int) -> int:
        """Read the 32-bit register at byte address `addr`; raise `BusError` on SLVERR/DECERR."""
        ...

    async def write(self, addr: int, value: int) -> None:
        """Write the 32-bit register at `addr`; raise `BusError` on SLVERR/DECERR."""
        ...

    async def wait_irq(self) -> None:
        """Return when the interrupt line is asserted (at once if it already is)."""
        ...


@dataclass(frozen=True)
class RxFrame:
    """One PDU from host RX: its VC number, SDU bytes and the core's per-PDU status.

    `status` is an `RxStatusCode` value; for an errored PDU delivered because the VC asked
    for errored PDUs, `data` is the raw CPCS-PDU (all cells' payload, pad and trailer).
    """

    vc: int
    data: bytes
    status: int = 0
    uu: int = 0
    cpi: int = 0


@dataclass(frozen=True)
class TxCompletion:
    """One TX completion from the core: a `TxStatusCode` for the oldest frame of `vc`."""

    vc: int
    status: int


@runtime_checkable
class DataPort(Protocol):
    """Frame-level access to the core's host TX, TX completion and host RX streams."""

    async def send(self, vc: int, data: bytes, uu: int = 0, cpi: int = 0, clp: int = 0) -> None:
        """Queue one SDU on host TX for `vc`; returns once the port has taken it."""
        ...

    async def tx_completion(self) -> TxCompletion:
        """The next TX completion, in the order the core posts them."""
        ...

    async def receive(self) -> RxFrame:
        """The next PDU delivered on host RX."""
        ...

    def rx_pending(self) -> int:
        """PDUs the port has taken from the core's host RX that `receive()` has not
        returned yet (a receive ring's filled, unprocessed descriptors). The miniport uses
        it to know, when a DEACTIVATE completes, how far host RX holds PDUs of that VC."""
        ...


class BusError(Exception):
    """A register access answered SLVERR or DECERR."""

    def __init__(self, addr: int, write: bool, resp: int):
        kind = "write" if write else "read"
        super().__init__(f"AXI4-Lite {kind} at 0x{addr:03X} answered resp={resp}")
        self.addr, self.write, self.resp = addr, write, resp
