"""AAL5 CPCS (ITU-T I.363.5): CRC-32, PDU building, segmentation and reassembly.

This is the reference model the RTL SAR engine is checked against, so the receive
checks and their precedence are fixed here and mirrored in hardware.

Abort: a CPCS-PDU whose Length field is 0 is the AAL5 abort indication (I.363.5; RFC 1483
and RFC 2684 section 3: "A Length field coded as 0x00 is used for the abort function"),
not an empty SDU. So data SDUs are 1..65535 bytes: `build_cpcs_pdu` and `segment` refuse
an empty SDU, `abort_pdu`/`abort_cells` build an abort on purpose, and the receiver
reports a Length-0 PDU as ABORTED (never as a good frame) and goes on with the next PDU.
"""

from __future__ import annotations

import enum
import struct
import zlib
from dataclasses import dataclass

from .cell import PAYLOAD_BYTES, Cell, CellHeader

__all__ = [
    "AAL5_RESIDUE",
    "MAX_SDU",
    "MIN_SDU",
    "TRAILER_BYTES",
    "ReassembledPdu",
    "Reassembler",
    "RxStatus",
    "abort_cells",
    "abort_pdu",
    "build_cpcs_pdu",
    "cells_for",
    "crc32_aal5",
    "pad_length",
    "reassemble",
    "segment",
]

MIN_SDU = 1  # Length 0 is the abort indication, not an SDU (I.363.5, RFC 2684 section 3)
MAX_SDU = 65535
TRAILER_BYTES = 8
AAL5_RESIDUE = 0xC704DD7B  # register value after running the CRC over a good PDU + its CRC

_MASK32 = 0xFFFFFFFF
# Bit-reversal of each byte: CRC-32/BZIP2 is CRC-32/ISO-HDLC (zlib) with reflection off,
# so feeding zlib bit-reversed bytes and reversing its 32-bit result gives the same value
# at C speed (zlib is table-driven); a 64 KiB PDU costs microseconds, not milliseconds.
_REV8 = bytes(int(f"{i:08b}"[::-1], 2) for i in range(256))


def _rev32(x: int) -> int:
    return int.from_bytes(x.to_bytes(4, "little").translate(_REV8), "big")


def crc32_aal5(data: bytes, crc: int = _MASK32, final: bool = True) -> int:
    """CRC-32/BZIP2 of ``data`` continuing from register ``crc``.

    ``final=False`` returns the raw register (no final XOR), which can be fed back as
    ``crc`` for the next chunk, and which equals AAL5_RESIDUE after a good PDU.
    """
    out = _rev32(zlib.crc32(bytes(data).translate(_REV8), _rev32(crc) ^ _MASK32))
    return out if final else out ^ _MASK32


def _check_sdu_len(sdu_len: int) -> None:
    if not 0 <= sdu_len <= MAX_SDU:
        raise ValueError(f"AAL5 SDU length {sdu_len} out of range 0..{MAX_SDU}")


def pad_length(sdu_len: int) -> int:
    """Zero bytes between SDU and trailer so the PDU fills whole cells."""
    _check_sdu_len(sdu_len)
    return -(sdu_len + TRAILER_BYTES) % PAYLOAD_BYTES


def cells_for(sdu_len: int) -> int:
    """Number of cells an SDU of this length needs (0 and 40 -> 1, 41 -> 2, 65535 -> 1366)."""
    _check_sdu_len(sdu_len)
    return (sdu_len + TRAILER_BYTES + PAYLOAD_BYTES - 1) // PAYLOAD_BYTES


def _check_uu_cpi(uu: int, cpi: int) -> None:
    if not (0 <= uu <= 0xFF and 0 <= cpi <= 0xFF):
        raise ValueError(f"CPCS-UU and CPI are single bytes, got uu={uu} cpi={cpi}")


def build_cpcs_pdu(sdu: bytes, uu: int = 0, cpi: int = 0) -> bytes:
    """SDU | pad | UU | CPI | Length | CRC-32, a multiple of 48 bytes.

    The SDU is 1..65535 bytes: a PDU with Length 0 is an abort (use `abort_pdu`).
    """
    sdu = bytes(sdu)
    _check_uu_cpi(uu, cpi)
    if len(sdu) < MIN_SDU:
        raise ValueError("an AAL5 SDU is 1..65535 bytes: a PDU with Length 0 is the abort "
                         "indication (I.363.5); use abort_pdu() to send an abort")
    body = sdu + bytes(pad_length(len(sdu))) + struct.pack(">BBH", uu, cpi, len(sdu))
    return body + crc32_aal5(body).to_bytes(4, "big")


def abort_pdu(cells: int = 1, uu: int = 0, cpi: int = 0, fill: bytes = b"") -> bytes:
    """An AAL5 abort: `cells` * 48 bytes whose Length field is 0, with a right CRC-32.

    `fill` (default zeros) is the content before the trailer, as a sender that aborts a
    PDU part way through would have sent it; the receiver discards it all.
    """
    _check_uu_cpi(uu, cpi)
    if not 1 <= cells <= cells_for(MAX_SDU):
        raise ValueError(f"an abort PDU is 1..{cells_for(MAX_SDU)} cells, got {cells}")
    n = cells * PAYLOAD_BYTES - TRAILER_BYTES
    head = bytes(fill)[:n]
    body = head + bytes(n - len(head)) + struct.pack(">BBH", uu, cpi, 0)
    return body + crc32_aal5(body).to_bytes(4, "big")


def segment(
    sdu: bytes,
    vpi: int,
    vci: int,
    uu: int = 0,
    cpi: int = 0,
    clp: int = 0,
    gfc: int = 0,
    nni: bool = False,
) -> list[Cell]:
    """Cut an SDU into cells on one VC; PTI=1 (end of PDU) on the last cell only."""
    pdu = build_cpcs_pdu(sdu, uu, cpi)
    mid = CellHeader(gfc, vpi, vci, 0, clp, nni)
    last = CellHeader(gfc, vpi, vci, 1, clp, nni)
    n = len(pdu) // PAYLOAD_BYTES
    return [
        Cell(last if i == n - 1 else mid, pdu[i * PAYLOAD_BYTES : (i + 1) * PAYLOAD_BYTES])
        for i in range(n)
    ]


def abort_cells(
    vpi: int, vci: int, cells: int = 1, clp: int = 0, gfc: int = 0, nni: bool = False
) -> list[Cell]:
    """`abort_pdu(cells)` as cells on one VC (PTI=1 on the last)."""
    pdu = abort_pdu(cells)
    mid = CellHeader(gfc, vpi, vci, 0, clp, nni)
    last = CellHeader(gfc, vpi, vci, 1, clp, nni)
    return [
        Cell(last if i == cells - 1 else mid, pdu[i * PAYLOAD_BYTES : (i + 1) * PAYLOAD_BYTES])
        for i in range(cells)
    ]


class RxStatus(enum.IntEnum):
    """Per-PDU receive status; the numbers are the register-map encoding too."""

    OK = 0
    CRC = 1
    LENGTH = 2
    OVERSIZE = 3
    NO_BUFFER = 4
    ABORTED = 5
    DMA_ERROR = 6  # host side only: the DMA engine could not write the PDU (docs/dma.md)


@dataclass(frozen=True)
class ReassembledPdu:
    """Outcome of one PDU, shaped like what the NIC hands the host.

    ``sdu`` is the first Length bytes when OK; the raw CPCS-PDU (48 * cells bytes) on
    CRC or LENGTH, as the RTL delivers errored PDUs; empty on OVERSIZE, NO_BUFFER and
    ABORTED (a Length-0 abort indication, or a PDU freed at VC close), which the hardware
    never delivers, not even to a VC that asks for errored PDUs. uu, cpi and length_field come
    from the last cell received, even on error.
    """

    status: RxStatus
    sdu: bytes
    uu: int
    cpi: int
    cells: int
    length_field: int


def _check_max_sdu(max_sdu: int) -> None:
    if not 0 <= max_sdu <= MAX_SDU:
        raise ValueError(f"max_sdu {max_sdu} out of range 0..{MAX_SDU}")


def _verdict(
    cells: int, max_sdu: int, crc_reg: int | None, last: bytes, data: bytes | bytearray
) -> ReassembledPdu:
    """Apply the receive checks in the project's fixed order (see reassemble())."""
    uu, cpi, length = struct.unpack_from(">BBH", last, PAYLOAD_BYTES - TRAILER_BYTES)
    received = cells * PAYLOAD_BYTES
    if cells > cells_for(max_sdu):
        return ReassembledPdu(RxStatus.OVERSIZE, b"", uu, cpi, cells, length)
    if crc_reg != AAL5_RESIDUE:
        return ReassembledPdu(RxStatus.CRC, bytes(data), uu, cpi, cells, length)
    if length == 0:
        return ReassembledPdu(RxStatus.ABORTED, b"", uu, cpi, cells, length)
    if length + TRAILER_BYTES > received or received - (length + TRAILER_BYTES) > 47:
        return ReassembledPdu(RxStatus.LENGTH, bytes(data), uu, cpi, cells, length)
    if length > max_sdu:
        return ReassembledPdu(RxStatus.OVERSIZE, b"", uu, cpi, cells, length)
    return ReassembledPdu(RxStatus.OK, bytes(data[:length]), uu, cpi, cells, length)


def reassemble(payloads: list[bytes], max_sdu: int = MAX_SDU) -> ReassembledPdu:
    """Check and unwrap one CPCS-PDU given as its cells' 48-byte payloads.

    Checks, first failure wins (the RTL implements the same order):

    1. OVERSIZE: more cells than ``cells_for(max_sdu)`` -- hardware knows this before
       the last cell arrives and stops buffering, so it comes first;
    2. CRC: the CRC register over the whole PDU (CRC field included, no final XOR)
       is not AAL5_RESIDUE;
    3. ABORTED: the Length field is 0, the AAL5 abort indication (I.363.5, RFC 2684
       section 3), whatever the number of cells (a sender may abort a PDU part way);
       checked after the CRC because a Length field is only trusted once the CRC holds;
    4. LENGTH: Length + 8 > received bytes, or received - (Length + 8) > 47 (a lost
       last cell merges two PDUs; the CRC usually catches it first);
    5. OVERSIZE: Length > max_sdu.
    """
    _check_max_sdu(max_sdu)
    if not payloads:
        raise ValueError("reassemble() needs at least one cell payload")
    for i, p in enumerate(payloads):
        if len(p) != PAYLOAD_BYTES:
            raise ValueError(f"payload {i} is {len(p)} bytes, cells carry {PAYLOAD_BYTES}")
    data = b"".join(payloads)
    return _verdict(len(payloads), max_sdu, crc32_aal5(data, final=False), payloads[-1], data)


class Reassembler:
    """Incremental per-VC reassembly, one cell at a time, as the SAR engine does it.

    Keeps a running CRC register and stops buffering once the PDU exceeds the cells
    max_sdu allows (the verdict is still given on the end-of-PDU cell), so memory is
    bounded. max_sdu is latched at each PDU's first cell, so changing it (a modify
    call) never disturbs the PDU in flight. Gives the same result as reassemble() on
    the same payloads.
    """

    def __init__(self, max_sdu: int = MAX_SDU) -> None:
        self.max_sdu = max_sdu
        self._reset()

    @property
    def max_sdu(self) -> int:
        return self._max_sdu

    @max_sdu.setter
    def max_sdu(self, value: int) -> None:
        _check_max_sdu(value)
        self._max_sdu = value

    def _reset(self) -> None:
        self._buf = bytearray()
        self._crc = 0xFFFFFFFF
        self._cells = 0
        self._pdu_max_sdu = self._pdu_max_cells = 0

    @property
    def cells_pending(self) -> int:
        """Cells of the PDU in progress (0 between PDUs)."""
        return self._cells

    def push(self, cell: Cell) -> ReassembledPdu | None:
        """Add one cell; return the PDU on its last cell, else None.

        OAM and RM cells (PTI >= 4) do not belong to AAL5 PDUs and are ignored.
        """
        if cell.pti >= 4:
            return None
        if self._cells == 0:
            self._pdu_max_sdu = self._max_sdu
            self._pdu_max_cells = cells_for(self._max_sdu)
        self._cells += 1
        if self._cells <= self._pdu_max_cells:
            self._buf += cell.payload
            self._crc = crc32_aal5(cell.payload, self._crc, final=False)
        if not cell.end_of_pdu:
            return None
        pdu = _verdict(self._cells, self._pdu_max_sdu, self._crc, cell.payload, self._buf)
        self._reset()
        return pdu

    def abort(self) -> ReassembledPdu | None:
        """Drop the PDU in progress (VC close, timeout); report it as ABORTED, if any."""
        if self._cells == 0:
            return None
        pdu = ReassembledPdu(RxStatus.ABORTED, b"", 0, 0, self._cells, 0)
        self._reset()
        return pdu
