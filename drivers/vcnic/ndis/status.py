"""NDIS_STATUS values (ndis.h), as the driver returns and completes them."""

from __future__ import annotations

from enum import IntEnum

__all__ = ["NdisStatus"]


class NdisStatus(IntEnum):
    """NDIS_STATUS_* codes used by the CoNDIS VC lifecycle, sends and OID requests."""

    SUCCESS = 0x00000000
    PENDING = 0x00000103
    NOT_ACCEPTED = 0x00010003
    FAILURE = 0xC0000001
    RESOURCES = 0xC000009A
    NOT_SUPPORTED = 0xC00000BB
    CLOSING = 0xC0010002
    REQUEST_ABORTED = 0xC001000C
    RESET_IN_PROGRESS = 0xC001000D
    INVALID_LENGTH = 0xC0010014
    INVALID_DATA = 0xC0010015
    BUFFER_TOO_SHORT = 0xC0010016
    INVALID_OID = 0xC0010017
    VC_NOT_ACTIVATED = 0xC0010023
    VC_NOT_AVAILABLE = 0xC0010025
    CELLRATE_NOT_AVAILABLE = 0xC0010026
    INCOMPATABLE_QOS = 0xC0010027  # sic, as spelled in ndis.h
    AAL_PARAMS_UNSUPPORTED = 0xC0010028

    @property
    def is_error(self) -> bool:
        """NT_ERROR(): severity bits 31:30 == 3 (PENDING and NOT_ACCEPTED are not errors)."""
        return (self.value >> 30) == 3

    def __str__(self) -> str:
        return f"NDIS_STATUS_{self.name}"
