"""OIDs (ntddndis.h / atm.h) and the OID request block of MiniportCoOidRequest."""

from __future__ import annotations

from dataclasses import dataclass
from enum import IntEnum

__all__ = ["Oid", "OidRequest", "RequestType", "ADAPTER_ONLY_OIDS", "CAPABILITY_OIDS",
           "COUNTER_OIDS"]


class Oid(IntEnum):
    """The OIDs the vcnic miniport answers (domain.md section 1)."""

    # ATM capabilities
    ATM_SUPPORTED_VC_RATES = 0x08010101
    ATM_SUPPORTED_SERVICE_CATEGORY = 0x08010102
    ATM_SUPPORTED_AAL_TYPES = 0x08010103
    ATM_MAX_ACTIVE_VCS = 0x08010105
    ATM_MAX_ACTIVE_VCI_BITS = 0x08010106
    ATM_MAX_ACTIVE_VPI_BITS = 0x08010107
    ATM_MAX_AAL5_PACKET_SIZE = 0x0801010B
    # ATM statistics
    ATM_RCV_CELLS_OK = 0x08020101
    ATM_XMIT_CELLS_OK = 0x08020102
    ATM_RCV_CELLS_DROPPED = 0x08020103
    ATM_RCV_INVALID_VPI_VCI = 0x08020201
    ATM_CELLS_HEC_ERROR = 0x08020202
    ATM_RCV_REASSEMBLY_ERROR = 0x08020203
    # CoNDIS general statistics
    GEN_CO_XMIT_PDUS_OK = 0x00020101
    GEN_CO_RCV_PDUS_OK = 0x00020102
    GEN_CO_XMIT_PDUS_ERROR = 0x00020103
    GEN_CO_RCV_PDUS_ERROR = 0x00020104
    GEN_CO_RCV_PDUS_NO_BUFFER = 0x00020105
    GEN_CO_BYTES_XMIT = 0x00020201
    GEN_CO_BYTES_RCV = 0x00020207
    GEN_CO_RCV_CRC_ERROR = 0x0002020D

    def __str__(self) -> str:
        return f"OID_{self.name}"


CAPABILITY_OIDS = frozenset({
    Oid.ATM_SUPPORTED_VC_RATES, Oid.ATM_SUPPORTED_SERVICE_CATEGORY, Oid.ATM_SUPPORTED_AAL_TYPES,
    Oid.ATM_MAX_ACTIVE_VCS, Oid.ATM_MAX_ACTIVE_VCI_BITS, Oid.ATM_MAX_ACTIVE_VPI_BITS,
    Oid.ATM_MAX_AAL5_PACKET_SIZE,
})
#: Cell-level statistics that exist only adapter-wide (a cell dropped for an unknown
#: VPI/VCI or a bad HEC belongs to no VC): NOT_SUPPORTED on a VC.
ADAPTER_ONLY_OIDS = frozenset({
    Oid.ATM_RCV_CELLS_DROPPED, Oid.ATM_RCV_INVALID_VPI_VCI, Oid.ATM_CELLS_HEC_ERROR,
})
COUNTER_OIDS = frozenset(o for o in Oid if o not in CAPABILITY_OIDS)


class RequestType(IntEnum):
    """NDIS_REQUEST_TYPE (the subset a CoNDIS miniport sees)."""

    SET_INFORMATION = 1
    QUERY_INFORMATION = 0  # NdisRequestQueryInformation
    QUERY_STATISTICS = 2


@dataclass(eq=False)
class OidRequest:
    """NDIS_OID_REQUEST, reduced to what matters here.

    `oid` is an int (an `Oid` or any other value: unknown ones get INVALID_OID).
    `buffer_length` is the caller's InformationBufferLength. On return the miniport fills
    `data` (the little-endian bytes it would copy into the buffer), `value` (the same as an
    int, or a tuple for structures), `bytes_written` and, on BUFFER_TOO_SHORT, `bytes_needed`.
    For SET requests `data` carries the caller's buffer.
    """

    oid: int
    request_type: RequestType = RequestType.QUERY_INFORMATION
    buffer_length: int = 8
    data: bytes = b""
    value: int | tuple[int, ...] | None = None
    bytes_written: int = 0
    bytes_needed: int = 0
