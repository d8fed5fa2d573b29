"""RFC 2684 multiprotocol encapsulation over AAL5 (routed IP and bridged Ethernet).

The encapsulated bytes are the AAL5 SDU; the NIC never looks inside them, the driver
and the testbench do.
"""

from __future__ import annotations

import enum

from scapy.layers.inet import IP
from scapy.layers.inet6 import IPv6
from scapy.layers.l2 import LLC, SNAP, Ether
from scapy.packet import Packet, Raw

__all__ = [
    "LLC_BRIDGED_ETH_HEADER",
    "LLC_ROUTED_IPV4_HEADER",
    "LLC_ROUTED_IPV6_HEADER",
    "VCMUX_BRIDGED_ETH_HEADER",
    "Encapsulation",
    "decapsulate",
    "encapsulate",
]

ETHERTYPE_IPV4 = 0x0800
ETHERTYPE_IPV6 = 0x86DD
LLC_ROUTED_IPV4_HEADER = bytes.fromhex("aaaa030000000800")
LLC_ROUTED_IPV6_HEADER = bytes.fromhex("aaaa0300000086dd")
# OUI 00-80-C2 (IEEE 802.1), PID 00-07 = 802.3 frame without FCS, then 2 pad bytes.
LLC_BRIDGED_ETH_HEADER = bytes.fromhex("aaaa030080c200070000")
VCMUX_BRIDGED_ETH_HEADER = b"\x00\x00"
_LLC_SNAP = bytes.fromhex("aaaa03")
_BRIDGED_OUI = 0x0080C2
_ETH_HEADER_BYTES = 14


class Encapsulation(enum.Enum):
    LLC_ROUTED = "llc-routed"
    LLC_BRIDGED = "llc-bridged"
    VCMUX_ROUTED = "vcmux-routed"
    VCMUX_BRIDGED = "vcmux-bridged"


def _ip_ethertype(data: bytes) -> int:
    version = data[0] >> 4 if data else None
    if version == 4:
        return ETHERTYPE_IPV4
    if version == 6:
        return ETHERTYPE_IPV6
    raise ValueError(f"routed encapsulation carries IPv4/IPv6 only, IP version is {version}")


def _ethernet_frame(data: bytes) -> bytes:
    if len(data) < _ETH_HEADER_BYTES:
        raise ValueError(f"bridged frame too short for an Ethernet header: {len(data)} bytes")
    return data


def encapsulate(pkt: Packet | bytes, encap: Encapsulation) -> bytes:
    """The AAL5 SDU for ``pkt`` (an IP/IPv6 packet, or an Ethernet frame without FCS)."""
    data = bytes(pkt)
    if encap is Encapsulation.LLC_ROUTED:
        snap = SNAP(OUI=0, code=_ip_ethertype(data))
        return bytes(LLC(dsap=0xAA, ssap=0xAA, ctrl=3) / snap / Raw(data))
    if encap is Encapsulation.VCMUX_ROUTED:
        _ip_ethertype(data)
        return data
    if encap is Encapsulation.LLC_BRIDGED:
        return LLC_BRIDGED_ETH_HEADER + _ethernet_frame(data)
    if encap is Encapsulation.VCMUX_BRIDGED:
        return VCMUX_BRIDGED_ETH_HEADER + _ethernet_frame(data)
    raise ValueError(f"unknown encapsulation {encap!r}")


def _routed(data: bytes, ethertype: int | None = None) -> Packet:
    found = _ip_ethertype(data)
    if ethertype is not None and ethertype != found:
        raise ValueError(
            f"SNAP EtherType 0x{ethertype:04x} does not match the IP version nibble "
            f"({data[0] >> 4})"
        )
    return IP(data) if found == ETHERTYPE_IPV4 else IPv6(data)


def _bridged_pad(data: bytes, where: str) -> bytes:
    if data[:2] != b"\x00\x00":
        raise ValueError(f"{where}: bridged pad must be 00 00, got {data[:2].hex(' ')}")
    return data[2:]


def decapsulate(data: bytes, encap: Encapsulation) -> Packet:
    """Parse an AAL5 SDU: routed -> IP or IPv6 (by version nibble), bridged -> Ether.

    Raises ValueError naming the bad field when the encapsulation header is malformed.
    """
    data = bytes(data)
    if encap is Encapsulation.VCMUX_ROUTED:
        return _routed(data)
    if encap is Encapsulation.VCMUX_BRIDGED:
        return Ether(_ethernet_frame(_bridged_pad(data, "VC-mux bridged")))
    if encap not in (Encapsulation.LLC_ROUTED, Encapsulation.LLC_BRIDGED):
        raise ValueError(f"unknown encapsulation {encap!r}")
    if len(data) < 8:
        raise ValueError(f"LLC/SNAP header needs 8 bytes, got {len(data)}")
    if data[:3] != _LLC_SNAP:
        raise ValueError(f"LLC header must be AA AA 03 (SNAP, UI), got {data[:3].hex(' ')}")
    oui = int.from_bytes(data[3:6], "big")
    pid = int.from_bytes(data[6:8], "big")
    if encap is Encapsulation.LLC_ROUTED:
        if oui != 0:
            raise ValueError(f"routed PDU needs OUI 00-00-00, got {data[3:6].hex('-')}")
        if pid not in (ETHERTYPE_IPV4, ETHERTYPE_IPV6):
            raise ValueError(f"routed PDU EtherType 0x{pid:04x} is neither IPv4 nor IPv6")
        return _routed(data[8:], pid)
    if oui != _BRIDGED_OUI:
        raise ValueError(f"bridged PDU needs OUI 00-80-C2, got {data[3:6].hex('-')}")
    if pid != 0x0007:
        raise ValueError(f"bridged PDU PID 0x{pid:04x} unsupported, expected 0x0007 (no FCS)")
    return Ether(_ethernet_frame(_bridged_pad(data[8:], "LLC bridged")))
