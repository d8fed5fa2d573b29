"""The vcnic CoNDIS miniport (MiniportCo* handlers) and its activation checks."""

from .adapter import (
    RESULT_STATUS,
    TX_STATUS,
    AdapterError,
    Miniport,
    MiniportVcState,
    VcContext,
    VcSnapshot,
)
from .validate import AdapterCaps, HwVcConfig, gcra_increment, granted_pcr, validate_call

__all__ = [
    "RESULT_STATUS", "TX_STATUS", "AdapterCaps", "AdapterError", "HwVcConfig", "Miniport",
    "MiniportVcState", "VcContext", "VcSnapshot", "gcra_increment", "granted_pcr",
    "validate_call",
]
