"""Call parameters: CO_CALL_PARAMETERS / CO_MEDIA_PARAMETERS / ATM_MEDIA_PARAMETERS /
ATM_FLOW_PARAMETERS (ndis.h, atm.h), as Python dataclasses.

The miniport reads them on MiniportCoActivateVc and, with ROUND_UP_FLOW or
ROUND_DOWN_FLOW, writes the granted peak cell rate back into them (as NDIS miniports do
into the caller's structure). `encapsulation` is a vcnic extension on
CO_CALL_PARAMETERS: the RFC 2684 encapsulation the miniport applies to sends and strips
from receives (`None` = null encapsulation: SDUs pass as given).
"""

from __future__ import annotations

import copy
from dataclasses import asdict, dataclass, field
from enum import IntEnum, IntFlag
from typing import Any

from ..atm.rfc2684 import Encapsulation

__all__ = [
    "AtmAalType", "AtmServiceCategory", "MediaFlags", "AtmVpiVci", "AtmFlowParameters",
    "AtmMediaParameters", "CoMediaParameters", "CoCallParameters", "Encapsulation",
    "DEFAULT_MAX_SDU",
]

#: RFC 1626 / RFC 2225 default IP over ATM MTU.
DEFAULT_MAX_SDU = 9180


class AtmAalType(IntEnum):
    """ATM_AAL_TYPE (AALType of ATM_MEDIA_PARAMETERS)."""

    AAL0 = 1
    AAL1 = 2
    AAL34 = 4
    AAL5 = 8


class AtmServiceCategory(IntEnum):
    """ATM_SERVICE_CATEGORY of ATM_FLOW_PARAMETERS."""

    CBR = 1
    VBR = 2
    UBR = 4
    ABR = 8


class MediaFlags(IntFlag):
    """Flags of CO_MEDIA_PARAMETERS."""

    NONE = 0
    TRANSMIT_VC = 0x4
    RECEIVE_VC = 0x8
    INDICATE_ERRED_PACKETS = 0x10
    ROUND_DOWN_FLOW = 0x80
    ROUND_UP_FLOW = 0x100


@dataclass
class AtmVpiVci:
    """ATM_VPIVCI: the ConnectionId of ATM_MEDIA_PARAMETERS."""

    vpi: int = 0
    vci: int = 0


@dataclass
class AtmFlowParameters:
    """ATM_FLOW_PARAMETERS for one direction; rates in cells/s.

    Only `service_category`, `peak_cell_rate` and `max_sdu_size` drive the hardware;
    SCR (`average_cell_rate`), MCR and MBS (`burst_length_cells`) are carried.
    """

    service_category: AtmServiceCategory = AtmServiceCategory.UBR
    average_cell_rate: int = 0
    peak_cell_rate: int = 0
    minimum_cell_rate: int = 0
    burst_length_cells: int = 0
    max_sdu_size: int = DEFAULT_MAX_SDU


@dataclass
class AtmMediaParameters:
    """ATM_MEDIA_PARAMETERS (the MediaSpecific part of CO_MEDIA_PARAMETERS)."""

    connection_id: AtmVpiVci = field(default_factory=AtmVpiVci)
    aal_type: AtmAalType = AtmAalType.AAL5
    default_clp: int = 0
    transmit: AtmFlowParameters = field(default_factory=AtmFlowParameters)
    receive: AtmFlowParameters = field(default_factory=AtmFlowParameters)


@dataclass
class CoMediaParameters:
    """CO_MEDIA_PARAMETERS."""

    flags: MediaFlags = MediaFlags.TRANSMIT_VC | MediaFlags.RECEIVE_VC
    receive_priority: int = 0
    receive_size_hint: int = 0
    media_specific: AtmMediaParameters = field(default_factory=AtmMediaParameters)


@dataclass
class CoCallParameters:
    """CO_CALL_PARAMETERS, plus the RFC 2684 `encapsulation` of the VC."""

    flags: int = 0
    call_mgr_parameters: Any = None
    media_parameters: CoMediaParameters = field(default_factory=CoMediaParameters)
    encapsulation: Encapsulation | None = Encapsulation.LLC_ROUTED

    @classmethod
    def atm(
        cls,
        vpi: int,
        vci: int,
        *,
        service: AtmServiceCategory = AtmServiceCategory.UBR,
        pcr: int = 0,
        max_sdu: int = DEFAULT_MAX_SDU,
        encapsulation: Encapsulation | None = Encapsulation.LLC_ROUTED,
        flags: MediaFlags = MediaFlags.TRANSMIT_VC | MediaFlags.RECEIVE_VC,
        aal: AtmAalType | int = AtmAalType.AAL5,
        clp: int = 0,
    ) -> CoCallParameters:
        """A symmetric call: the same service, PCR and max SDU both ways."""

        def flow() -> AtmFlowParameters:
            return AtmFlowParameters(service_category=service, peak_cell_rate=pcr,
                                     max_sdu_size=max_sdu)

        media = AtmMediaParameters(AtmVpiVci(vpi, vci), aal, clp, flow(), flow())
        return cls(media_parameters=CoMediaParameters(flags=flags, media_specific=media),
                   encapsulation=encapsulation)

    # ---- shortcuts
    @property
    def atm_media(self) -> AtmMediaParameters:
        return self.media_parameters.media_specific

    @property
    def media_flags(self) -> MediaFlags:
        return MediaFlags(self.media_parameters.flags)

    @property
    def vpi(self) -> int:
        return self.atm_media.connection_id.vpi

    @property
    def vci(self) -> int:
        return self.atm_media.connection_id.vci

    def copy(self) -> CoCallParameters:
        return copy.deepcopy(self)

    def to_dict(self) -> dict[str, Any]:
        """JSON-friendly form (enums as names)."""
        m = self.atm_media

        def flow(f: AtmFlowParameters) -> dict[str, Any]:
            d = asdict(f)
            d["service_category"] = _name(AtmServiceCategory, f.service_category)
            return d

        return {
            "vpi": m.connection_id.vpi,
            "vci": m.connection_id.vci,
            "aal": _name(AtmAalType, m.aal_type),
            "clp": m.default_clp,
            "flags": [f.name for f in MediaFlags if f and f in self.media_flags],
            "transmit": flow(m.transmit),
            "receive": flow(m.receive),
            "encapsulation": self.encapsulation.value if self.encapsulation else None,
        }


def _name(enum: type[IntEnum], value: int) -> str | int:
    try:
        return enum(value).name
    except ValueError:
        return int(value)
