"""VC table entries, parameter validation and the counter banks.

Counter names and widths come from `vcnic.regs.layout` (RDL register names; a 64-bit
counter is named without its _LO/_HI suffix). Counters wrap at their width like the RTL's.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from vcnic.atm.aal5 import cells_for
from vcnic.regs import AalType, RxStatusCode, ServiceCategory, TxStatusCode, VcState
from vcnic.regs.layout import COUNTER_WIDTHS, GLOBAL_COUNTERS, VC_COUNTERS, pack, unpack

__all__ = [
    "COUNTER_WIDTHS",
    "GLOBAL_COUNTERS",
    "VC_COUNTERS",
    "Counters",
    "VcConfig",
    "VcEntry",
    "params_valid",
]


class Counters(dict):
    """name -> value, wrapping at the counter's width."""

    def __init__(self, names: tuple[str, ...]) -> None:
        super().__init__((n, 0) for n in names)

    def inc(self, name: str, n: int = 1) -> None:
        self[name] = (self[name] + n) & ((1 << COUNTER_WIDTHS[name]) - 1)

    def zero(self) -> None:
        for n in self:
            self[n] = 0

    def registers(self) -> dict[str, int]:
        """Register name -> 32-bit value (64-bit counters split into _LO/_HI)."""
        out = {}
        for n, v in self.items():
            if COUNTER_WIDTHS[n] == 64:
                out[f"{n}_LO"], out[f"{n}_HI"] = v & 0xFFFFFFFF, v >> 32
            else:
                out[n] = v
        return out


@dataclass
class VcConfig:
    """One VC's parameters, as written in the window (VC_VPIVCI, VC_PARAM, VC_MAX_SDU,
    VC_PCR_INC). All zero after reset or CLEAR."""

    vpi: int = 0
    vci: int = 0
    aal: int = 0
    service: int = 0
    tx_en: int = 0
    rx_en: int = 0
    rx_errored: int = 0
    clp: int = 0
    max_sdu: int = 0
    inc: int = 0

    @classmethod
    def from_window(cls, vpivci: int, param: int, max_sdu: int, inc: int) -> VcConfig:
        c = unpack("VC_VPIVCI", vpivci)
        p = unpack("VC_PARAM", param)
        return cls(
            vpi=c["vpi"],
            vci=c["vci"],
            aal=p["aal"],
            service=p["service"],
            tx_en=p["tx_en"],
            rx_en=p["rx_en"],
            rx_errored=p["rx_errored"],
            clp=p["clp"],
            max_sdu=unpack("VC_MAX_SDU", max_sdu)["max_sdu"],
            inc=unpack("VC_PCR_INC", inc)["inc"],
        )

    @property
    def is_cbr(self) -> bool:
        return self.service == ServiceCategory.CBR

    def q_vpivci(self) -> int:
        return pack("VC_Q_VPIVCI", vpi=self.vpi, vci=self.vci)

    def q_param(self) -> int:
        return pack(
            "VC_Q_PARAM",
            aal=self.aal,
            service=self.service,
            tx_en=self.tx_en,
            rx_en=self.rx_en,
            rx_errored=self.rx_errored,
            clp=self.clp,
        )


#: Smallest CBR increment: PCR at most one cell per slot (1.0 in 16.16).
CBR_MIN_INC = 1 << 16


def params_valid(cfg: VcConfig, nni: bool, tx_buf_cells: int, rx_buf_cells: int) -> bool:
    """The BAD_PARAM test of ACTIVATE and MODIFY (docs/architecture.md, "Valid parameters")."""
    if cfg.aal != AalType.AAL5:
        return False
    if cfg.service not in (ServiceCategory.CBR, ServiceCategory.UBR):
        return False
    if cfg.max_sdu < 1 or cells_for(cfg.max_sdu) > min(tx_buf_cells, rx_buf_cells):
        return False
    if cfg.vpi >= (1 << (12 if nni else 8)):
        return False
    if cfg.vpi == 0 and cfg.vci == 0:  # idle/unassigned cells: such a VC could never receive
        return False
    if cfg.is_cbr and cfg.inc < CBR_MIN_INC:
        return False
    return True


@dataclass
class VcEntry:
    state: int = VcState.INACTIVE
    cfg: VcConfig = field(default_factory=VcConfig)
    counters: Counters = field(default_factory=lambda: Counters(VC_COUNTERS))
    last_rx_status: int = RxStatusCode.RX_OK
    last_tx_status: int = TxStatusCode.TX_OK

    def clear(self) -> None:
        self.state = VcState.INACTIVE
        self.cfg = VcConfig()
        self.counters.zero()
        self.last_rx_status = RxStatusCode.RX_OK
        self.last_tx_status = TxStatusCode.TX_OK
