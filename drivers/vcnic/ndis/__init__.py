"""The NDIS side of the vcnic driver: status codes, OIDs, call parameters, the NDIS layer.

See docs/driver.md for the table of Python names and their CoNDIS/NDIS counterparts.
"""

from .layer import (
    CoClient,
    MiniportDriver,
    NdisLayer,
    NdisVcState,
    RecordingClient,
    VcHandle,
)
from .nbl import NetBufferList
from .oids import ADAPTER_ONLY_OIDS, CAPABILITY_OIDS, COUNTER_OIDS, Oid, OidRequest, RequestType
from .params import (
    DEFAULT_MAX_SDU,
    AtmAalType,
    AtmFlowParameters,
    AtmMediaParameters,
    AtmServiceCategory,
    AtmVpiVci,
    CoCallParameters,
    CoMediaParameters,
    Encapsulation,
    MediaFlags,
)
from .runtime import AsyncioRuntime, CocotbRuntime, Runtime, detect_runtime
from .status import NdisStatus
from .verifier import NdisVerifier, NdisVerifierError, Rule, Violation

__all__ = [
    "ADAPTER_ONLY_OIDS", "CAPABILITY_OIDS", "COUNTER_OIDS", "DEFAULT_MAX_SDU",
    "AsyncioRuntime", "AtmAalType", "AtmFlowParameters", "AtmMediaParameters",
    "AtmServiceCategory", "AtmVpiVci", "CoCallParameters", "CoClient", "CoMediaParameters",
    "CocotbRuntime", "Encapsulation", "MediaFlags", "MiniportDriver", "NdisLayer",
    "NdisStatus", "NdisVcState", "NdisVerifier", "NdisVerifierError", "NetBufferList", "Oid",
    "OidRequest", "RecordingClient", "RequestType", "Rule", "Runtime", "VcHandle", "Violation",
    "detect_runtime",
]
