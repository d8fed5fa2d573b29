"""ATM cells: header packing, HEC generation/correction and the I.432 receiver.

Everything here is bit-exact with ITU-T I.361 (header layout) and I.432 (HEC) so the
same values can be compared against the RTL cell by cell.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from typing import ClassVar

__all__ = [
    "CELL_BYTES",
    "HEADER_BYTES",
    "IDLE_CELL",
    "PAYLOAD_BYTES",
    "Cell",
    "CellHeader",
    "HecAction",
    "HecError",
    "HecMode",
    "HecReceiver",
    "HecStatus",
    "hec",
    "hec_check",
]

CELL_BYTES = 53
HEADER_BYTES = 5
PAYLOAD_BYTES = 48

_HEC_COSET = 0x55  # I.432 adds 01010101 to the CRC remainder to help cell delineation


def _crc8_table() -> tuple[int, ...]:
    table = []
    for byte in range(256):
        crc = byte
        for _ in range(8):
            crc = ((crc << 1) ^ 0x07) & 0xFF if crc & 0x80 else (crc << 1) & 0xFF
        table.append(crc)
    return tuple(table)


_CRC8 = _crc8_table()


def _crc8(data: bytes) -> int:
    crc = 0
    for byte in data:
        crc = _CRC8[crc ^ byte]
    return crc


def hec(header4: bytes) -> int:
    """HEC byte for the first four header bytes (CRC-8 0x07, init 0, then XOR 0x55)."""
    if len(header4) != 4:
        raise ValueError(f"hec() needs exactly 4 header bytes, got {len(header4)}")
    t = _CRC8
    return t[t[t[t[header4[0]] ^ header4[1]] ^ header4[2]] ^ header4[3]] ^ _HEC_COSET


def _single_bit_syndromes() -> dict[int, tuple[int, int]]:
    """Map syndrome -> (byte index 0..4, bit mask) for each of the 40 header bits.

    The syndrome is linear in the error pattern, so a flip of bit b of header byte i
    always yields crc8(e) (bytes 0..3) or the flipped bit itself (HEC byte 4).
    """
    table: dict[int, tuple[int, int]] = {}
    for index in range(HEADER_BYTES):
        for bit in range(8):
            mask = 1 << bit
            if index < 4:
                err = bytearray(4)
                err[index] = mask
                syndrome = _crc8(bytes(err))
            else:
                syndrome = mask
            table[syndrome] = (index, mask)
    # The code has distance 4, so the 40 syndromes are distinct and non-zero.
    assert len(table) == 40 and 0 not in table
    return table


_SYNDROMES = _single_bit_syndromes()


class HecStatus(enum.Enum):
    OK = "ok"
    CORRECTED = "corrected"
    UNCORRECTABLE = "uncorrectable"


class HecError(ValueError):
    """A cell header whose HEC cannot be corrected."""


def _syndrome(header5: bytes) -> int:
    if len(header5) != HEADER_BYTES:
        raise ValueError(f"a cell header is {HEADER_BYTES} bytes, got {len(header5)}")
    return hec(header5[:4]) ^ header5[4]


def hec_check(header5: bytes) -> tuple[HecStatus, bytes]:
    """Check a 5-byte header; return the status and the (possibly corrected) header.

    Any single-bit error in the 40 bits, HEC byte included, is corrected. Every
    even-weight error (all 2-bit errors in particular) gives an even-parity syndrome
    that is never a single-bit one, so it is UNCORRECTABLE, never miscorrected.
    On UNCORRECTABLE the header comes back unchanged.
    """
    syndrome = _syndrome(header5)
    header5 = bytes(header5)
    if syndrome == 0:
        return HecStatus.OK, header5
    fix = _SYNDROMES.get(syndrome)
    if fix is None:
        return HecStatus.UNCORRECTABLE, header5
    index, mask = fix
    fixed = bytearray(header5)
    fixed[index] ^= mask
    return HecStatus.CORRECTED, bytes(fixed)


class HecMode(enum.Enum):
    CORRECTION = "correction"
    DETECTION = "detection"


class HecAction(enum.Enum):
    PASS = "pass"
    CORRECTED = "corrected"
    DISCARD = "discard"


class HecReceiver:
    """I.432 receiver: correct single-bit errors only right after a good header.

    After any error the receiver drops to DETECTION, where it discards every errored
    header (a burst is likely, and correcting inside a burst risks miscorrection)
    until a good header brings it back to CORRECTION.
    """

    def __init__(self) -> None:
        self.mode = HecMode.CORRECTION

    def reset(self) -> None:
        self.mode = HecMode.CORRECTION

    def receive(self, header5: bytes) -> tuple[HecAction, bytes | None]:
        """Process one header; return the action and the header to use (None on DISCARD)."""
        status, header = hec_check(header5)
        if status is HecStatus.OK:
            self.mode = HecMode.CORRECTION
            return HecAction.PASS, header
        if self.mode is HecMode.CORRECTION:
            self.mode = HecMode.DETECTION
            if status is HecStatus.CORRECTED:
                return HecAction.CORRECTED, header
        return HecAction.DISCARD, None


@dataclass(frozen=True)
class CellHeader:
    """The first four header bytes (I.361); UNI has a 4-bit GFC, NNI a 12-bit VPI."""

    gfc: int = 0
    vpi: int = 0
    vci: int = 0
    pti: int = 0
    clp: int = 0
    nni: bool = False

    def __post_init__(self) -> None:
        vpi_bits = 12 if self.nni else 8
        limits = (
            ("gfc", self.gfc, 0 if self.nni else 15),
            ("vpi", self.vpi, (1 << vpi_bits) - 1),
            ("vci", self.vci, 0xFFFF),
            ("pti", self.pti, 7),
            ("clp", self.clp, 1),
        )
        for name, value, high in limits:
            if not isinstance(value, int) or isinstance(value, bool) or not 0 <= value <= high:
                where = "NNI" if self.nni else "UNI"
                raise ValueError(f"{name}={value!r} out of range 0..{high} for a {where} header")

    def pack(self) -> bytes:
        """The four header bytes, without HEC."""
        if self.nni:
            word = self.vpi << 20
        else:
            word = (self.gfc << 28) | (self.vpi << 20)
        word |= (self.vci << 4) | (self.pti << 1) | self.clp
        return word.to_bytes(4, "big")

    @classmethod
    def unpack(cls, b: bytes, nni: bool = False) -> CellHeader:
        """Decode the first four bytes of ``b`` (a HEC or payload after them is ignored)."""
        if len(b) < 4:
            raise ValueError(f"a cell header needs 4 bytes, got {len(b)}")
        word = int.from_bytes(b[:4], "big")
        vci, pti, clp = (word >> 4) & 0xFFFF, (word >> 1) & 7, word & 1
        if nni:
            return cls(0, word >> 20, vci, pti, clp, True)
        return cls(word >> 28, (word >> 20) & 0xFF, vci, pti, clp, False)

    @property
    def end_of_pdu(self) -> bool:
        """AUU bit: set on the last cell of an AAL5 PDU (user data cells only)."""
        return self.pti < 4 and bool(self.pti & 1)


@dataclass(frozen=True)
class Cell:
    """A 53-byte cell: header plus 48 payload bytes; the HEC is computed, never stored."""

    header: CellHeader
    payload: bytes

    CELL_BYTES: ClassVar[int] = CELL_BYTES
    PAYLOAD_BYTES: ClassVar[int] = PAYLOAD_BYTES
    HEADER_BYTES: ClassVar[int] = HEADER_BYTES

    def __post_init__(self) -> None:
        if len(self.payload) != PAYLOAD_BYTES:
            raise ValueError(f"cell payload must be {PAYLOAD_BYTES} bytes, got {len(self.payload)}")
        if not isinstance(self.payload, bytes):
            object.__setattr__(self, "payload", bytes(self.payload))

    def to_bytes(self) -> bytes:
        """53 bytes on the wire, HEC included."""
        h = self.header.pack()
        return h + bytes((hec(h),)) + self.payload

    @classmethod
    def from_bytes(cls, b53: bytes, nni: bool = False, check: bool = True) -> Cell:
        """Parse 53 bytes; a single-bit header error is corrected silently.

        With ``check=False`` the HEC is not looked at (for deliberately corrupt cells).
        Raises HecError (a ValueError) on an uncorrectable header.
        """
        if len(b53) != CELL_BYTES:
            raise ValueError(f"a cell is {CELL_BYTES} bytes, got {len(b53)}")
        header = b53[:HEADER_BYTES]
        if check:
            status, header = hec_check(header)
            if status is HecStatus.UNCORRECTABLE:
                raise HecError(f"uncorrectable HEC error in header {bytes(b53[:5]).hex()}")
        return cls(CellHeader.unpack(header, nni), bytes(b53[HEADER_BYTES:]))

    @property
    def vpi(self) -> int:
        return self.header.vpi

    @property
    def vci(self) -> int:
        return self.header.vci

    @property
    def pti(self) -> int:
        return self.header.pti

    @property
    def clp(self) -> int:
        return self.header.clp

    @property
    def end_of_pdu(self) -> bool:
        return self.header.end_of_pdu


# I.432: idle cells have header 00 00 00 01 (HEC 0x52) and payload octets 0x6A.
IDLE_CELL = Cell(CellHeader(clp=1), b"\x6a" * PAYLOAD_BYTES)
