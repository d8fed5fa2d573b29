"""The configuration of one `vcnic tap` run, shared by the session and the simulation."""

from __future__ import annotations

import dataclasses
import json
import os
from dataclasses import dataclass, field
from typing import Any

from ..atm.rfc2684 import Encapsulation

__all__ = ["TapConfig", "MODES", "ENCAPS", "ENV_TAP_CFG"]

#: bridged: RFC 2684 bridged Ethernet on TAP devices; routed: RFC 2684 routed IPv4 on
#: point-to-point TUN devices (as CLIP carries IP).
MODES = ("bridged", "routed")
ENCAPS = ("llc", "vcmux")
#: Environment variable that carries the JSON config into the simulator.
ENV_TAP_CFG = "VCNIC_TAP_CFG"

_ENCAP = {
    ("bridged", "llc"): Encapsulation.LLC_BRIDGED,
    ("bridged", "vcmux"): Encapsulation.VCMUX_BRIDGED,
    ("routed", "llc"): Encapsulation.LLC_ROUTED,
    ("routed", "vcmux"): Encapsulation.VCMUX_ROUTED,
}


@dataclass
class TapConfig:
    """One run. `tag` makes every name unique (default: the session's pid), so runs can
    coexist and a stale run's leftovers can be recognised (`netns.sweep_stale`)."""

    mode: str = "bridged"
    encap: str = "llc"
    vpi: int = 0
    vci: int = 100
    #: a second VC opened on both NICs that carries nothing: a frame seen on it would be
    #: one delivered on the wrong VC (checked by the tests, reported in the status)
    guard_vci: int | None = 101
    mtu: int = 1500
    sim: str = "icarus"
    tag: str = field(default_factory=lambda: str(os.getpid()))
    subnet: str = "10.214.0"  # bridged: .1/24 and .2/24; routed: .1 <-> .2 peer-to-peer
    #: run directory (status file, control file, captures, simulator log)
    workdir: str = ""
    sunatm: str | None = None  # SunATM pcap of the PDUs on NIC A's line port
    erf: str | None = None  # ERF cells of both line directions (iface 0 = A->B, 1 = B->A)
    status_interval: float = 0.5  # wall seconds between status updates
    waves: bool = False

    def __post_init__(self) -> None:
        if self.mode not in MODES:
            raise ValueError(f"mode must be one of {MODES}, got {self.mode!r}")
        if self.encap not in ENCAPS:
            raise ValueError(f"encapsulation must be one of {ENCAPS}, got {self.encap!r}")
        if not 68 <= self.mtu <= 9000:
            raise ValueError(f"MTU {self.mtu} out of 68..9000")
        if self.guard_vci == self.vci:
            raise ValueError(f"the guard VC must differ from the VC (VCI {self.vci})")
        if not self.tag.isalnum() or len(self.tag) > 8:
            raise ValueError(f"tag must be 1..8 letters or digits, got {self.tag!r}")

    # ---- names and addresses
    @property
    def encapsulation(self) -> Encapsulation:
        return _ENCAP[(self.mode, self.encap)]

    def netns(self, side: str) -> str:
        return f"vcnic-{self.tag}-{side}"

    def devname(self, side: str) -> str:
        """The TAP/TUN device's name while it is still in the root namespace."""
        return f"vcn{self.tag}{side}"

    ifname = "atm0"  # the interface's name inside each namespace

    def address(self, side: str) -> str:
        return f"{self.subnet}.{1 if side == 'a' else 2}"

    def peer(self, side: str) -> str:
        return self.address("b" if side == "a" else "a")

    def mac(self, side: str) -> str:
        return f"02:76:63:00:00:{0x0A if side == 'a' else 0x0B:02x}"

    @property
    def max_sdu(self) -> int:
        """The VC's max SDU: the MTU plus the link header and the RFC 2684 header."""
        link = 14 if self.mode == "bridged" else 0
        hdr = {"llc": 10 if self.mode == "bridged" else 8, "vcmux": 2 if self.mode ==
               "bridged" else 0}[self.encap]
        return self.mtu + link + hdr

    def path(self, name: str) -> str:
        return os.path.join(self.workdir, name)

    @property
    def status_file(self) -> str:
        return self.path("status.json")

    @property
    def control_file(self) -> str:
        return self.path("control")

    # ---- JSON
    def to_json(self) -> str:
        return json.dumps(dataclasses.asdict(self))

    @classmethod
    def from_json(cls, text: str) -> TapConfig:
        d: dict[str, Any] = json.loads(text)
        names = {f.name for f in dataclasses.fields(cls)}
        return cls(**{k: v for k, v in d.items() if k in names})
