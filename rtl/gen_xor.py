#!/usr/bin/env python3
"""Generate the core's XOR-matrix headers: rtl/crc32_aal5.vh and rtl/hec8.vh.

    python rtl/gen_xor.py          # rewrite the headers
    python rtl/gen_xor.py --check  # exit 1 when a header is stale

Every function is a GF(2) matrix written as one row mask per output bit, evaluated as
`^(input & ROW)`: a handful of word operations per output bit, which Icarus runs far
faster than a flat XOR of single-bit selects. Measured with Icarus 11, 100k calls,
user time: crc32_d32 as an XOR of bit selects 131 us/call, as 32-bit row masks over
(crc ^ data) 11 us/call. The 384-bit rows of crc32_pay384 sit in a constant wire array:
Icarus evaluates that about twice as fast as the same rows written as 384-bit literals
inside the function (68 against 123 us/call).

Conventions (docs/architecture.md, ../shared/domain.md):
- HEC: CRC-8 x^8+x^2+x+1 (0x07), MSB first, init 0, over header bytes 0..3 taken as a
  big-endian word hdr[31:0] (hdr[31] is the first bit on the line), then XOR 0x55.
- AAL5 CRC-32: poly 0x04C11DB7, MSB first, no reflection; the functions hold no init and
  no final XOR (the caller starts from 0xFFFFFFFF and inverts at the end: CRC-32/BZIP2).
  crc32_d32(crc, data): the register advanced over data[31:0], data[31] first (the four
  bytes big-endian in the word): TX ingest, one call per 32-bit word.
  Over one 48-byte cell payload (byte i in pay[8i+7:8i], the buffers' layout, bytes in
  order 0..47, each byte MSB first) the register is, by linearity,
      crc32_adv384(crc) ^ crc32_pay384(pay)
  RX: rx_cell computes the payload part once per cell, rx_reasm combines it with the VC's
  running CRC in one cycle.

The generator checks its matrices against known answers before writing anything:
CRC-32/BZIP2 check("123456789") = 0xFC891918, the one-cell PDU CRCs and the receiver
residue 0xC704DD7B, and the HEC vectors of domain.md.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
POLY32 = 0x04C11DB7
POLY8 = 0x07
HEC_COSET = 0x55
RESIDUE = 0xC704DD7B
M32 = 0xFFFFFFFF


# ------------------------------------------------------------------ the matrices
def crc_rows(width: int, poly: int, state_in: list[int], data_bits: list[int]) -> list[int]:
    """Symbolic MSB-first CRC. Register bit i starts as the GF(2) row state_in[i] (a mask
    over the input vector); data_bits lists the input-vector bit of each data bit in the
    order they are shifted in (None: a zero bit). Returns the row of every register bit."""
    state = list(state_in)
    for d in data_bits:
        fb = state[width - 1] ^ (0 if d is None else 1 << d)
        state = [((state[i - 1] if i else 0) ^ (fb if (poly >> i) & 1 else 0))
                 for i in range(width)]
    return state


def rows_hec() -> list[int]:
    """hec8 before the coset: row j is a mask over hdr[31:0]."""
    return crc_rows(8, POLY8, [0] * 8, list(range(31, -1, -1)))


def rows_d32() -> list[int]:
    """crc32_d32: row j is a mask over x = crc ^ data (an MSB-first CRC as wide as its data
    word only ever sees the XOR of the two: the crc bit and the data bit of the same
    position meet at the feedback)."""
    both = crc_rows(32, POLY32, [1 << i for i in range(32)], list(range(63, 31, -1)))
    rows = [r & M32 for r in both]
    assert rows == [r >> 32 for r in both], "crc and data rows differ"
    return rows


def rows_pay384() -> list[int]:
    """crc32_pay384: the register from 0 over the payload; row j is a mask over pay[383:0]."""
    order = [8 * b + k for b in range(48) for k in range(7, -1, -1)]
    return crc_rows(32, POLY32, [0] * 32, order)


def rows_adv384() -> list[int]:
    """crc32_adv384: the register advanced over 384 zero bits; row j is a mask over crc."""
    return crc_rows(32, POLY32, [1 << i for i in range(32)], [None] * 384)


def hec_syndromes() -> dict[int, int]:
    """Single-bit syndrome -> position (0..31 header bit, 32..39 HEC bit 0..7)."""
    rows = rows_hec()
    table = {apply(rows, 1 << pos): pos for pos in range(32)}
    table.update({1 << j: 32 + j for j in range(8)})
    assert len(table) == 40, "single-bit syndromes must be distinct"
    return table


def apply(rows: list[int], x: int) -> int:
    """Evaluate a matrix given by its rows on the input vector x (bit j = parity(x & row j))."""
    return sum((bin(x & r).count("1") & 1) << j for j, r in enumerate(rows))


# ------------------------------------------------------------------ functions as emitted
ROWS_HEC, ROWS_D32, ROWS_PAY, ROWS_ADV = rows_hec(), rows_d32(), rows_pay384(), rows_adv384()


def hec8(hdr: int) -> int:
    return apply(ROWS_HEC, hdr) ^ HEC_COSET


def crc32_d32(crc: int, data: int) -> int:
    return apply(ROWS_D32, crc ^ data)


def crc32_pay384(pay: bytes) -> int:
    return apply(ROWS_PAY, int.from_bytes(pay, "little"))


def crc32_adv384(crc: int) -> int:
    return apply(ROWS_ADV, crc)


def crc_words(data: bytes, crc: int) -> int:
    assert len(data) % 4 == 0
    for i in range(0, len(data), 4):
        crc = crc32_d32(crc, int.from_bytes(data[i:i + 4], "big"))
    return crc


def self_test() -> None:
    # HEC (domain.md known answers, I.432 idle cell) and the syndrome table
    for hdr, hec in ((0x00000000, 0x55), (0x00000001, 0x52), (0x01234567, 0x95),
                     (0x00000050, 0xE2), (0x00000100, 0x40), (0x0FFFFFF3, 0xAC)):
        assert hec8(hdr) == hec, (hex(hdr), hex(hec8(hdr)))
    syn = hec_syndromes()
    for pos in range(32):
        assert syn[hec8(0x01234567 ^ (1 << pos)) ^ 0x95] == pos

    # CRC-32/BZIP2 check("123456789") = 0xFC891918. An init I on an MSB-first CRC is the
    # same as init 0 with I XORed into the first 32 message bits, so the 9 bytes fit whole
    # words (3 zero bytes in front) and a whole cell (39 zero bytes in front).
    check = b"123456789"
    pre = bytes(b ^ 0xFF for b in check[:4]) + check[4:]
    assert crc_words(bytes(3) + pre, 0) ^ M32 == 0xFC891918
    assert crc32_pay384(bytes(39) + pre) ^ M32 == 0xFC891918

    # one-cell PDUs (domain.md): 40-byte SDU, trailer UU CPI 00 28, CRC in bytes 44..47
    cases = [(bytes(40), 0, 0, 0x864D7F99), (b"\xff" * 40, 0, 0, 0xC55E457A),
             (bytes(range(1, 41)), 0, 0, 0xBF671ED0), (bytes(range(1, 41)), 0x11, 0x22, 0xACBA602A)]
    for sdu, uu, cpi, want in cases:
        body = sdu + bytes([uu, cpi, 0x00, 0x28])
        assert crc_words(body, M32) ^ M32 == want, hex(want)
        cell = body + want.to_bytes(4, "big")
        assert crc_words(cell, M32) == RESIDUE
        assert crc32_adv384(M32) ^ crc32_pay384(cell) == RESIDUE

    # the split agrees with the word form on random cells and registers
    rng = random.Random(1)
    for _ in range(200):
        crc, cell = rng.getrandbits(32), rng.randbytes(48)
        assert crc32_adv384(crc) ^ crc32_pay384(cell) == crc_words(cell, crc)


# ------------------------------------------------------------------ rendering
def _fn32(name: str, arg: str, rows: list[int], lines: list[str]) -> None:
    for j, r in enumerate(rows):
        lines.append(f"        {name}[{j}] = ^({arg} & 32'h{r:08x});")


def gen_crc32() -> str:
    lines = [
        "// Generated by rtl/gen_xor.py: do not edit.",
        "// AAL5 CRC-32 (poly 0x04C11DB7, MSB first, no reflection). No init and no final XOR",
        "// inside: the caller starts from 32'hFFFFFFFF and inverts at the end (CRC-32/BZIP2).",
        "// Each function is a GF(2) matrix, one row mask per output bit. Include inside a",
        "// module body.",
        "//   crc32_d32(crc, data)  the register advanced over data[31:0], data[31] first",
        "//                         (the four bytes big-endian in the word)",
        "//   crc32_pay384(pay)     the register from 0 over a 48-byte cell payload, byte i in",
        "//                         pay[8i+7:8i], bytes in order, each byte MSB first",
        "//   crc32_adv384(crc)     the register advanced over 384 zero bits",
        "// so the register after a cell payload is crc32_adv384(crc) ^ crc32_pay384(pay).",
        "",
        "function [31:0] crc32_d32;",
        "    input [31:0] crc;",
        "    input [31:0] data;",
        "    reg   [31:0] x;",
        "    begin",
        "        x = crc ^ data;",
    ]
    _fn32("crc32_d32", "x", ROWS_D32, lines)
    lines += ["    end", "endfunction", ""]

    lines += [
        "function [31:0] crc32_adv384;",
        "    input [31:0] crc;",
        "    begin",
    ]
    _fn32("crc32_adv384", "crc", ROWS_ADV, lines)
    lines += ["    end", "endfunction", ""]

    lines += [
        "// The rows of crc32_pay384 as a constant wire array (Icarus evaluates that faster",
        "// than 384-bit literals); unused in a module that does not call crc32_pay384.",
        "/* verilator lint_off UNUSEDSIGNAL */",
        "wire [383:0] crc32_pay384_rows [0:31];",
        "/* verilator lint_on UNUSEDSIGNAL */",
    ]
    for j, r in enumerate(ROWS_PAY):
        lines.append(f"assign crc32_pay384_rows[{j}] = 384'h{r:096x};")
    lines += ["", "function [31:0] crc32_pay384;", "    input [383:0] pay;", "    begin"]
    for j in range(32):
        lines.append(f"        crc32_pay384[{j}] = ^(pay & crc32_pay384_rows[{j}]);")
    lines += ["    end", "endfunction", ""]
    return "\n".join(lines)


def gen_hec() -> str:
    lines = [
        "// Generated by rtl/gen_xor.py: do not edit.",
        "// HEC (ITU-T I.432): CRC-8 0x07 over the header word, MSB first, XOR 0x55 coset.",
        "// Include inside a module body. hec8(hdr) is the HEC byte to send; a receiver's",
        "// syndrome is hec8(hdr) ^ hec_received (0 = good); hec8_syn(syndrome) returns",
        "// {correctable, position}: position 0..31 = hdr bit, 32..39 = HEC bit 0..7.",
        "function [7:0] hec8;",
        "    input [31:0] hdr;",
        "    begin",
    ]
    for j, r in enumerate(ROWS_HEC):
        lines.append(f"        hec8[{j}] = ^(hdr & 32'h{r:08x}) ^ 1'b{(HEC_COSET >> j) & 1};")
    lines += ["    end", "endfunction", ""]
    table = hec_syndromes()
    lines += [
        "function [6:0] hec8_syn;",
        "    input [7:0] syn;",
        "    begin",
        "        case (syn)",
    ]
    for s in sorted(table):
        lines.append(f"            8'h{s:02x}: hec8_syn = {{1'b1, 6'd{table[s]}}};")
    lines += [
        "            default: hec8_syn = 7'd0;",
        "        endcase",
        "    end",
        "endfunction",
        "",
    ]
    return "\n".join(lines)


def outputs() -> dict[Path, str]:
    """Every header this script writes and its text."""
    self_test()
    return {HERE / "crc32_aal5.vh": gen_crc32(), HERE / "hec8.vh": gen_hec()}


def main() -> int:
    check = "--check" in sys.argv[1:]
    stale = []
    for path, text in outputs().items():
        if check:
            if not path.exists() or path.read_text() != text:
                stale.append(path.name)
        else:
            path.write_text(text)
    if stale:
        print("stale: " + ", ".join(stale) + " (run python rtl/gen_xor.py)", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
