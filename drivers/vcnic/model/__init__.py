"""Python model of the vcnic NIC (docs/model.md): the driver's fast backend and the
testbench's reference model. Mirrors docs/architecture.md register for register, and with
`NicModel(host="dma")` the DMA host interface of docs/dma.md (dma.py, host_memory.py)."""

from .dma import DmaEngine
from .host_memory import ModelHostMemory
from .lookup import LookupStatus, VcLookup, lookup_key, lookup_set, set_bits
from .nic import (
    LineCell,
    LineFault,
    ModelDataPort,
    ModelInterruptVectors,
    ModelRegisterWindow,
    NicModel,
)
from .vc_table import COUNTER_WIDTHS, GLOBAL_COUNTERS, VC_COUNTERS, VcConfig, params_valid

__all__ = [
    "COUNTER_WIDTHS",
    "DmaEngine",
    "LineCell",
    "LineFault",
    "GLOBAL_COUNTERS",
    "LookupStatus",
    "ModelDataPort",
    "ModelHostMemory",
    "ModelInterruptVectors",
    "ModelRegisterWindow",
    "NicModel",
    "VC_COUNTERS",
    "VcConfig",
    "VcLookup",
    "lookup_key",
    "lookup_set",
    "params_valid",
    "set_bits",
]
