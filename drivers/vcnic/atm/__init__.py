"""ATM / AAL5 reference library: cells and HEC, AAL5 SAR, RFC 2684, capture files.

`cell` and `aal5` are plain Python and imported at once; `capture` and `rfc2684` build on
scapy (about 1 s to import), so their names are resolved lazily (PEP 562 `__getattr__`):
`from vcnic.atm import Cell` costs no scapy import, `from vcnic.atm import encapsulate`
or `vcnic.atm.SunAtmPcapWriter` imports the scapy-based module the first time it is used.
Every public name stays importable from `vcnic.atm` (see `__all__`).
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from .aal5 import (
    AAL5_RESIDUE,
    MAX_SDU,
    MIN_SDU,
    TRAILER_BYTES,
    ReassembledPdu,
    Reassembler,
    RxStatus,
    abort_cells,
    abort_pdu,
    build_cpcs_pdu,
    cells_for,
    crc32_aal5,
    pad_length,
    reassemble,
    segment,
)
from .cell import (
    CELL_BYTES,
    HEADER_BYTES,
    IDLE_CELL,
    PAYLOAD_BYTES,
    Cell,
    CellHeader,
    HecAction,
    HecError,
    HecMode,
    HecReceiver,
    HecStatus,
    hec,
    hec_check,
)

if TYPE_CHECKING:  # for type checkers and IDEs; at run time these come from __getattr__
    from .capture import (
        ATMCell,
        ErfCellWriter,
        ERFHeader,
        RFC2684BridgedPad,
        SunATM,
        SunAtmPcapWriter,
    )
    from .rfc2684 import Encapsulation, decapsulate, encapsulate

#: Names served lazily, and the submodule (scapy-based) that defines each.
_LAZY = {
    "ATMCell": "capture",
    "ErfCellWriter": "capture",
    "ERFHeader": "capture",
    "RFC2684BridgedPad": "capture",
    "SunATM": "capture",
    "SunAtmPcapWriter": "capture",
    "Encapsulation": "rfc2684",
    "decapsulate": "rfc2684",
    "encapsulate": "rfc2684",
}


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f".{module}", __name__), name)
    globals()[name] = value  # later lookups skip __getattr__
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(_LAZY))


__all__ = [
    "AAL5_RESIDUE",
    "ATMCell",
    "CELL_BYTES",
    "Cell",
    "CellHeader",
    "ERFHeader",
    "Encapsulation",
    "ErfCellWriter",
    "HEADER_BYTES",
    "HecAction",
    "HecError",
    "HecMode",
    "HecReceiver",
    "HecStatus",
    "IDLE_CELL",
    "MAX_SDU",
    "MIN_SDU",
    "PAYLOAD_BYTES",
    "RFC2684BridgedPad",
    "ReassembledPdu",
    "Reassembler",
    "RxStatus",
    "SunATM",
    "SunAtmPcapWriter",
    "TRAILER_BYTES",
    "abort_cells",
    "abort_pdu",
    "build_cpcs_pdu",
    "cells_for",
    "crc32_aal5",
    "decapsulate",
    "encapsulate",
    "hec",
    "hec_check",
    "pad_length",
    "reassemble",
    "segment",
]
