"""Capture files Wireshark/tshark and scapy can read: SunATM PDUs and ERF ATM cells.

scapy has no ATM layers, so the ones the project needs are defined here and
registered for their pcap link types (123 SunATM, 197 ERF), which makes ``rdpcap``
decode SunATM / LLC / SNAP / IP and ERFHeader / ATMCell directly.

- `SunAtmPcapWriter`: pcap of link type SunATM (123): a 4-byte pseudo-header (direction
  bit, traffic type, VPI, VCI) and the AAL5 SDU as carried (no pad, no trailer). The
  traffic type says LLC (2) only for an LLC/SNAP-encapsulated VC (RFC 2684 section 5);
  a VC-multiplexed or raw VC is written as type 0 (unknown), with its bytes unchanged:
  marked LLC, Wireshark would parse IP or Ethernet as an LLC header and flag it Malformed.
- ERF type ATM (3) cell records (the ERF spec, "Type 3: ATM"; Wireshark wiretap/erf):
  8-byte little-endian 32.32 timestamp, type, flags (bits 0-1 the interface), record
  length 68 and wire length 52 (big-endian), loss counter, then the cell without its HEC.
  `ErfFileWriter` writes them as a raw ERF file (records back to back, what DAG tools
  and Wireshark read as "ERF"), `ErfCellWriter` wraps each in a pcap record of link type
  ERF (197). `cell_capture(path)` picks by name: ``.erf`` -> raw ERF, else pcap.
"""

from __future__ import annotations

import os
import time
from types import TracebackType
from typing import Self

from scapy.config import conf
from scapy.fields import (
    BitEnumField,
    BitField,
    ByteEnumField,
    ByteField,
    LELongField,
    ShortField,
)
from scapy.layers.l2 import LLC, SNAP, Ether
from scapy.packet import Packet, bind_layers
from scapy.utils import PcapWriter

from .cell import CELL_BYTES, HEADER_BYTES, Cell

__all__ = [
    "ATMCell",
    "DLT_ERF",
    "DLT_SUNATM",
    "ERFHeader",
    "ErfCellWriter",
    "ErfFileWriter",
    "RFC2684BridgedPad",
    "SunATM",
    "SunAtmPcapWriter",
    "cell_capture",
]

DLT_SUNATM = 123
DLT_ERF = 197
ERF_TYPE_ATM = 3
ERF_HEADER_BYTES = 16
ERF_ATM_CELL_BYTES = CELL_BYTES - 1  # ERF drops the HEC

SUNATM_RAW = 0x00  # unknown traffic: Wireshark shows VPI/VCI and the bytes undecoded
SUNATM_LLC = 0x02
_SUNATM_TRAFFIC = {0: "raw", 1: "LANE", 2: "LLC", 3: "MARS", 4: "IFMP", 5: "ILMI", 6: "Q.SAAL"}


class SunATM(Packet):
    """LINKTYPE_SUNATM pseudo-header: dir/type byte, VPI, VCI; then the AAL5 SDU.

    Bit 7 of the first byte set means transmitted (tcpdump prints it as "Tx").
    """

    name = "SunATM"
    fields_desc = [
        BitEnumField("dir", 0, 1, {0: "rx", 1: "tx"}),
        BitField("reserved", 0, 3),
        BitEnumField("traffic", SUNATM_LLC, 4, _SUNATM_TRAFFIC),
        ByteField("vpi", 0),
        ShortField("vci", 0),
    ]


class RFC2684BridgedPad(Packet):
    """The two pad bytes between an RFC 2684 bridged SNAP header (PID 00-07) and Ether."""

    name = "RFC2684 bridged pad"
    fields_desc = [ShortField("pad", 0)]


class ATMCell(Packet):
    """A UNI cell without HEC (4 header bytes); the 48 payload bytes follow as Raw."""

    name = "ATM cell"
    fields_desc = [
        BitField("gfc", 0, 4),
        BitField("vpi", 0, 8),
        BitField("vci", 0, 16),
        BitField("pti", 0, 3),
        BitField("clp", 0, 1),
    ]


class ERFHeader(Packet):
    """16-byte ERF record header; ``ts`` is little-endian 32.32 fixed-point seconds.

    ``rlen`` and ``wlen`` default to the record and payload length when left None.
    """

    name = "ERF"
    fields_desc = [
        LELongField("ts", 0),
        ByteEnumField("type", ERF_TYPE_ATM, {ERF_TYPE_ATM: "ATM"}),
        ByteField("flags", 0),
        ShortField("rlen", None),
        ShortField("lctr", 0),
        ShortField("wlen", None),
    ]

    def post_build(self, pkt: bytes, pay: bytes) -> bytes:
        if self.rlen is None:
            pkt = pkt[:10] + (len(pkt) + len(pay)).to_bytes(2, "big") + pkt[12:]
        if self.wlen is None:
            pkt = pkt[:14] + len(pay).to_bytes(2, "big") + pkt[16:]
        return pkt + pay


bind_layers(SunATM, LLC, traffic=SUNATM_LLC)
bind_layers(SNAP, RFC2684BridgedPad, OUI=0x0080C2, code=0x0007)
bind_layers(RFC2684BridgedPad, Ether)
bind_layers(ERFHeader, ATMCell, type=ERF_TYPE_ATM)
conf.l2types.register(DLT_SUNATM, SunATM)
conf.l2types.register(DLT_ERF, ERFHeader)


def _split_ts(ts: float | None) -> tuple[int, int]:
    """(seconds, microseconds) for a pcap record, rounding without a 1e6 overflow."""
    micros = round((time.time() if ts is None else ts) * 1_000_000)
    return divmod(micros, 1_000_000)


class _Closing:
    """`with writer:` closes it (the one context-manager body of every capture writer)."""

    def close(self) -> None:
        raise NotImplementedError

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()


class _Writer(_Closing):
    linktype: int

    def __init__(self, path: str | os.PathLike[str]) -> None:
        self._pcap = PcapWriter(str(path), linktype=self.linktype, sync=False)
        # write_packet() skips the lazy file header that write() would emit first.
        self._pcap.write_header(None)

    def close(self) -> None:
        self._pcap.close()


class SunAtmPcapWriter(_Writer):
    """Write AAL5 SDUs as a LINKTYPE_SUNATM pcap; ``llc`` says whether the VC carries
    RFC 2684 LLC/SNAP (traffic type LLC) or not (VC-mux or raw: traffic type unknown)."""

    linktype = DLT_SUNATM

    def write(
        self,
        vpi: int,
        vci: int,
        sdu: bytes | Packet,
        direction: str = "rx",
        ts: float | None = None,
        llc: bool = True,
    ) -> None:
        """One record: pseudo-header + SDU; ``ts`` defaults to now."""
        if direction not in ("tx", "rx"):
            raise ValueError(f"direction must be 'tx' or 'rx', got {direction!r}")
        if not (0 <= vpi <= 0xFF and 0 <= vci <= 0xFFFF):
            raise ValueError(f"SunATM holds an 8-bit VPI and 16-bit VCI, got {vpi}/{vci}")
        hdr = SunATM(dir=int(direction == "tx"), traffic=SUNATM_LLC if llc else SUNATM_RAW,
                     vpi=vpi, vci=vci)
        sec, usec = _split_ts(ts)
        self._pcap.write_packet(bytes(hdr) + bytes(sdu), sec=sec, usec=usec)


def erf_atm_record(cell53_or_52: bytes | Cell, ts: float, iface: int = 0) -> bytes:
    """One ERF type 3 (ATM) record; a 53-byte cell loses its HEC, as ERF stores it.

    ``iface`` (0..3) goes into the ERF capture-interface flag bits, e.g. to tell the
    transmit and receive sides apart.
    """
    raw = cell53_or_52.to_bytes() if isinstance(cell53_or_52, Cell) else bytes(cell53_or_52)
    if len(raw) == CELL_BYTES:
        raw = raw[:4] + raw[HEADER_BYTES:]
    if len(raw) != ERF_ATM_CELL_BYTES:
        raise ValueError(f"a cell is 53 bytes (or 52 without HEC), got {len(raw)}")
    if not 0 <= iface <= 3:
        raise ValueError(f"ERF interface is 2 bits, got {iface}")
    frac = round((ts - int(ts)) * (1 << 32))
    erf_ts = (int(ts) << 32) + frac  # a rounding carry into the seconds is correct
    record = ERFHeader(
        ts=erf_ts,
        type=ERF_TYPE_ATM,
        flags=iface,
        rlen=ERF_HEADER_BYTES + ERF_ATM_CELL_BYTES,
        lctr=0,
        wlen=ERF_ATM_CELL_BYTES,
    )
    return bytes(record) + raw


class ErfCellWriter(_Writer):
    """Write single cells as ERF type 3 (ATM) records in a LINKTYPE_ERF pcap."""

    linktype = DLT_ERF

    def write(self, cell53_or_52: bytes | Cell, ts: float, iface: int = 0) -> None:
        """One pcap record holding one ERF record (see `erf_atm_record`)."""
        record = erf_atm_record(cell53_or_52, ts, iface)
        sec, usec = _split_ts(ts)
        self._pcap.write_packet(record, sec=sec, usec=usec)


class ErfFileWriter(_Closing):
    """Write single cells as a raw ERF file: ERF type 3 (ATM) records back to back, no
    file header (the format DAG cards write and Wireshark opens as ERF)."""

    def __init__(self, path: str | os.PathLike[str]) -> None:
        self._f = open(path, "wb")  # noqa: SIM115 (closed by close())

    def write(self, cell53_or_52: bytes | Cell, ts: float, iface: int = 0) -> None:
        self._f.write(erf_atm_record(cell53_or_52, ts, iface))

    def close(self) -> None:
        self._f.close()


def cell_capture(path: str | os.PathLike[str]) -> ErfFileWriter | ErfCellWriter:
    """A cell capture for `path`: a raw ERF file when it ends in ``.erf`` (any case), else
    a pcap of link type ERF (197), so no file is misread by the tools its name implies."""
    if os.fspath(path).lower().endswith(".erf"):
        return ErfFileWriter(path)
    return ErfCellWriter(path)
