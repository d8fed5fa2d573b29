"""Sequence items and monitor transactions of the vcnic pyuvm environment."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from pyuvm import uvm_sequence_item


# ------------------------------------------------------------------ stimulus (sequence items)
class RegItem(uvm_sequence_item):
    """One register-agent operation.

    `op`: "read", "write", or "command" (program the VC window, write VC_CMD, and with
    `wait` poll until done). For commands `opcode`, `vc` and `params`
    (a `vcnic.model.VcParams` or None = leave the window as it is). The driver fills
    `result` (command result code, read data) and `resp` (0 OKAY, 2 SLVERR, ...).
    """

    def __init__(self, name: str = "reg", op: str = "read", addr: int = 0, data: int = 0,
                 *, opcode: int = 0, vc: int = 0, params: Any = None, wait: bool = True):
        super().__init__(name)
        self.op, self.addr, self.data = op, addr, data
        self.opcode, self.vc, self.params, self.wait = opcode, vc, params, wait
        self.result: int | None = None
        self.resp: int = 0

    def __str__(self) -> str:
        if self.op == "command":
            return f"cmd op={self.opcode} vc={self.vc} -> {self.result}"
        return f"{self.op} 0x{self.addr:03X} {self.data:#x} resp={self.resp}"


class TxFrameItem(uvm_sequence_item):
    """One SDU for host TX on VC `vc`."""

    def __init__(self, name: str = "tx", vc: int = 0, data: bytes = b"", uu: int = 0,
                 cpi: int = 0, clp: int = 0, size_class: str = ""):
        super().__init__(name)
        self.vc, self.data, self.uu, self.cpi, self.clp = vc, bytes(data), uu, cpi, clp
        self.size_class = size_class

    def __str__(self) -> str:
        return f"tx vc={self.vc} len={len(self.data)} ({self.size_class})"


# ------------------------------------------------------------------ observed transactions
@dataclass(frozen=True)
class RegAccess:
    """One AXI4-Lite access as seen on the bus: `resp` 0 = OKAY, 2 = SLVERR, 3 = DECERR,
    -1 = flushed by reset."""

    write: bool
    addr: int
    data: int
    resp: int
    time_ns: float


@dataclass(frozen=True)
class CommandDone:
    """A VC_CMD command seen to complete (a VC_CMD read with busy = 0 after a write)."""

    opcode: int
    vc: int
    result: int
    state_before: int
    busy_write: bool = False  # written while a command was busy (must be ignored)


@dataclass(frozen=True)
class HostTx:
    """A frame taken by the core on host TX (its last beat accepted)."""

    vc: int
    data: bytes
    uu: int
    cpi: int
    clp: int
    time_ns: float


@dataclass(frozen=True)
class Completion:
    vc: int
    status: int
    time_ns: float


@dataclass(frozen=True)
class HostRx:
    vc: int
    data: bytes
    status: int
    uu: int
    cpi: int
    time_ns: float


@dataclass(frozen=True)
class LineCellTxn:
    """A cell on the line: `direction` "tx" (left the core) or "rx" (entered it)."""

    direction: str
    raw: bytes
    time_ns: float
    fault: str | None = None


@dataclass
class Marker:
    """A scenario event for the scoreboard and coverage (e.g. a deactivation with traffic
    in flight, a held VC released)."""

    kind: str
    vc: int | None = None
    info: dict[str, Any] = field(default_factory=dict)
