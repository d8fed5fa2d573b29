"""The only interfaces the miniport sees: register window, interrupts, host memory, data port.

Mirrors corundum's driver model: the driver talks to hardware through a small 32-bit
register window (plus interrupt vectors) and either host memory holding its descriptor
rings (the DMA host interface, docs/dma.md: `HostMemory`, `InterruptVectors`, and the
driver's own ring manager `vcnic.miniport.dma.DmaPort`, itself a `DataPort`) or, for the
core's stream boundary, a frame-level data port given by the backend. The same driver
code runs against the RTL in cocotb (`vcnic_tb`) and against the Python NIC model
(`vcnic.model`). Nothing here imports cocotb.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol, runtime_checkable

#: How the driver reaches the NIC's host side: "dma", descriptor rings in host memory
#: (docs/dma.md; the driver's own `vcnic.miniport.dma.DmaPort` over `RegisterWindow`,
#: `HostMemory` and `InterruptVectors`), or "stream", the SAR core's frame streams given
#: by the backend as a `DataPort`.
HOST_INTERFACES = ("dma", "stream")


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

    async def flush(self) -> None:
        """Make every `send()` so far visible to the NIC: the DMA port writes its doorbell
        here, once per batch; a stream port has nothing to do."""
        ...

    def rx_pending(self) -> int:
        """PDUs the port has taken from the core's host RX that `receive()` has not
        returned yet (a receive ring's filled, unprocessed descriptors). The miniport uses
        it to know, when a DEACTIVATE completes, how far host RX holds PDUs of that VC."""
        ...


@runtime_checkable
class HostMemory(Protocol):
    """Host memory the NIC reaches with its AXI4 master; the driver's backdoor into it.

    The driver reads and writes it as a CPU uses its own RAM: no bus cycles, no simulated
    time (descriptors and frame bytes are not register traffic). `base`..`base + size`
    is the populated range; the NIC's accesses outside it answer DECERR. Writes are
    visible to the NIC from the next clock edge; a read returns what is there now.
    """

    base: int
    size: int

    def read(self, addr: int, length: int) -> bytes:
        """`length` bytes at byte address `addr` (inside the populated range)."""
        ...

    def write(self, addr: int, data: bytes) -> None:
        """Store `data` at byte address `addr` (inside the populated range)."""
        ...


@runtime_checkable
class InterruptVectors(Protocol):
    """The NIC's interrupt vectors (docs/dma.md: 0 core, 1 TX CQ, 2 RX CQ, 3 DMA error)."""

    async def wait_vector(self, vector: int) -> None:
        """Return when vector `vector` is asserted (at once if it already is)."""
        ...


class BusError(Exception):
    """A register access answered SLVERR or DECERR."""

    def __init__(self, addr: int, write: bool, resp: int):
        kind = "write" if write else "read"
        super().__init__(f"AXI4-Lite {kind} at 0x{addr:03X} answered resp={resp}")
        self.addr, self.write, self.resp = addr, write, resp
