"""NET_BUFFER_LIST, reduced to one frame with its completion status."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from scapy.packet import Packet

from .status import NdisStatus

__all__ = ["NetBufferList"]


@dataclass(eq=False)
class NetBufferList:
    """One frame, sent or received.

    Send: the client sets `packet` (a scapy packet, or bytes: an IP packet or an
    Ethernet frame, encapsulated per the VC's RFC 2684 encapsulation) or sets `raw=True`
    to send `packet` as the AAL5 SDU unchanged. The miniport sets `sdu` (the bytes it
    handed the hardware), and on completion `status` and `hw_completed` (True when the
    status came from a hardware TX completion, False when the driver completed the list
    itself without touching hardware).

    Receive: `packet` is the decapsulated scapy packet (`Raw` when the SDU does not parse
    per the VC's encapsulation, or for an errored PDU), `sdu` the bytes from the hardware,
    `rx_status` the core's `RxStatusCode` value and `status` SUCCESS for a good PDU or
    INVALID_DATA for an errored one (only indicated with INDICATE_ERRED_PACKETS).
    """

    packet: Packet | bytes | None = None
    raw: bool = False
    uu: int = 0
    cpi: int = 0
    clp: int = 0
    context: Any = None
    sdu: bytes = b""
    status: NdisStatus | None = None
    hw_completed: bool = False
    rx_status: int | None = None
    decap_error: str | None = None
