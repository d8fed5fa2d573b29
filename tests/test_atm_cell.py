"""Cell header layout, HEC known answers, single-bit correction and the I.432 receiver."""

from itertools import combinations

import pytest
from hypothesis import given
from hypothesis import strategies as st
from vcnic.atm.cell import (
    CELL_BYTES,
    HEADER_BYTES,
    IDLE_CELL,
    PAYLOAD_BYTES,
    Cell,
    CellHeader,
    HecAction,
    HecError,
    HecMode,
    HecReceiver,
    HecStatus,
    hec,
    hec_check,
)

# domain.md section 2
HEC_VECTORS = [
    ("00000000", 0x55),
    ("00000001", 0x52),
    ("01234567", 0x95),
    ("00000050", 0xE2),
    ("00000100", 0x40),
    ("0ffffff3", 0xAC),
]


def _crc8_bitwise(data: bytes) -> int:
    crc = 0
    for byte in data:
        crc ^= byte
        for _ in range(8):
            crc = ((crc << 1) ^ 0x07) & 0xFF if crc & 0x80 else (crc << 1) & 0xFF
    return crc


def _flip(b: bytes, *bits: int) -> bytes:
    out = bytearray(b)
    for bit in bits:
        out[bit // 8] ^= 0x80 >> (bit % 8)
    return bytes(out)


def _header5(h4: bytes) -> bytes:
    return h4 + bytes((hec(h4),))


headers4 = st.binary(min_size=4, max_size=4)


@pytest.mark.parametrize(("header", "expected"), HEC_VECTORS)
def test_hec_known_answers(header, expected):
    assert hec(bytes.fromhex(header)) == expected


@given(headers4)
def test_hec_matches_bitwise_crc8(h4):
    assert hec(h4) == _crc8_bitwise(h4) ^ 0x55


@pytest.mark.parametrize("n", [0, 3, 5])
def test_hec_needs_four_bytes(n):
    with pytest.raises(ValueError, match="4 header bytes"):
        hec(bytes(n))


def test_constants_and_idle_cell():
    assert (CELL_BYTES, HEADER_BYTES, PAYLOAD_BYTES) == (53, 5, 48)
    assert (Cell.CELL_BYTES, Cell.HEADER_BYTES, Cell.PAYLOAD_BYTES) == (53, 5, 48)
    raw = IDLE_CELL.to_bytes()
    assert raw == bytes.fromhex("0000000152") + b"\x6a" * 48
    assert (IDLE_CELL.vpi, IDLE_CELL.vci, IDLE_CELL.clp) == (0, 0, 1)


@pytest.mark.parametrize(("header", "_"), HEC_VECTORS)
def test_hec_check_good_header(header, _):
    h5 = _header5(bytes.fromhex(header))
    assert hec_check(h5) == (HecStatus.OK, h5)


def test_all_40_single_bit_errors_corrected_exhaustively():
    for header, _ in HEC_VECTORS:
        h5 = _header5(bytes.fromhex(header))
        for bit in range(40):
            assert hec_check(_flip(h5, bit)) == (HecStatus.CORRECTED, h5), (header, bit)


def test_all_780_double_bit_errors_detected_exhaustively():
    h5 = _header5(bytes.fromhex("01234567"))
    for a, b in combinations(range(40), 2):
        status, out = hec_check(_flip(h5, a, b))
        assert status is HecStatus.UNCORRECTABLE, (a, b)
        assert out == _flip(h5, a, b)  # handed back unchanged, never "fixed"


@given(headers4, st.integers(0, 39))
def test_any_single_bit_error_is_corrected(h4, bit):
    h5 = _header5(h4)
    assert hec_check(_flip(h5, bit)) == (HecStatus.CORRECTED, h5)


@given(headers4, st.lists(st.integers(0, 39), min_size=2, max_size=2, unique=True))
def test_any_double_bit_error_is_never_miscorrected(h4, bits):
    bad = _flip(_header5(h4), *bits)
    assert hec_check(bad)[0] is HecStatus.UNCORRECTABLE
    rx = HecReceiver()
    assert rx.receive(bad) == (HecAction.DISCARD, None)


def test_hec_check_needs_five_bytes():
    with pytest.raises(ValueError, match="5 bytes"):
        hec_check(bytes(4))


GOOD = _header5(bytes.fromhex("00100200"))  # VPI 1, VCI 32
ONE_BIT = _flip(GOOD, 13)
TWO_BIT = _flip(GOOD, 3, 30)


@pytest.mark.parametrize(
    ("sequence", "actions", "final_mode"),
    [
        ([GOOD, GOOD], ["PASS", "PASS"], "CORRECTION"),
        ([ONE_BIT], ["CORRECTED"], "DETECTION"),
        ([TWO_BIT], ["DISCARD"], "DETECTION"),
        # in DETECTION any error is discarded, even a correctable one
        ([ONE_BIT, ONE_BIT], ["CORRECTED", "DISCARD"], "DETECTION"),
        ([TWO_BIT, ONE_BIT, TWO_BIT], ["DISCARD"] * 3, "DETECTION"),
        # a good header returns to CORRECTION
        ([ONE_BIT, GOOD], ["CORRECTED", "PASS"], "CORRECTION"),
        ([TWO_BIT, GOOD, ONE_BIT], ["DISCARD", "PASS", "CORRECTED"], "DETECTION"),
    ],
)
def test_i432_receiver_transitions(sequence, actions, final_mode):
    rx = HecReceiver()
    assert rx.mode is HecMode.CORRECTION
    for h5, action in zip(sequence, actions, strict=True):
        got, header = rx.receive(h5)
        assert got is HecAction[action]
        assert header == (None if got is HecAction.DISCARD else GOOD)
    assert rx.mode is HecMode[final_mode]
    rx.reset()
    assert rx.mode is HecMode.CORRECTION


@pytest.mark.parametrize(
    ("header", "raw"),
    [
        (CellHeader(0, 1, 32, 0, 0), "00100200"),
        (CellHeader(0xF, 0xFF, 0xFFFF, 7, 1), "ffffffff"),
        (CellHeader(0x1, 0x23, 0x4567, 3, 1), "12345677"),
        (CellHeader(vpi=0xABC, vci=5, pti=1, nni=True), "abc00052"),
    ],
)
def test_header_pack_unpack(header, raw):
    assert header.pack().hex() == raw
    assert CellHeader.unpack(bytes.fromhex(raw), nni=header.nni) == header


@given(
    st.integers(0, 15),
    st.integers(0, 255),
    st.integers(0, 0xFFFF),
    st.integers(0, 7),
    st.integers(0, 1),
)
def test_header_round_trip(gfc, vpi, vci, pti, clp):
    header = CellHeader(gfc, vpi, vci, pti, clp)
    assert CellHeader.unpack(header.pack()) == header
    assert CellHeader.unpack(header.pack() + b"\x00") == header  # HEC byte ignored


@pytest.mark.parametrize(
    ("kwargs", "field"),
    [
        ({"gfc": 16}, "gfc"),
        ({"vpi": 256}, "vpi"),
        ({"vpi": 4096, "nni": True}, "vpi"),
        ({"gfc": 1, "nni": True}, "gfc"),
        ({"vci": 0x10000}, "vci"),
        ({"vci": -1}, "vci"),
        ({"pti": 8}, "pti"),
        ({"clp": 2}, "clp"),
        ({"clp": True}, "clp"),
    ],
)
def test_header_range_validation(kwargs, field):
    with pytest.raises(ValueError, match=f"^{field}="):
        CellHeader(**kwargs)


def test_header_unpack_too_short():
    with pytest.raises(ValueError, match="4 bytes"):
        CellHeader.unpack(b"\x00\x00\x00")


@pytest.mark.parametrize(
    ("pti", "eop"), [(0, False), (1, True), (2, False), (3, True), (5, False), (7, False)]
)
def test_end_of_pdu_only_on_user_data_cells(pti, eop):
    assert Cell(CellHeader(vci=32, pti=pti), bytes(48)).end_of_pdu is eop


def test_cell_round_trip_and_properties():
    cell = Cell(CellHeader(vpi=7, vci=100, pti=1, clp=1), bytearray(range(48)))
    raw = cell.to_bytes()
    assert len(raw) == 53 and raw[4] == hec(raw[:4]) and raw[5:] == bytes(range(48))
    assert isinstance(cell.payload, bytes)
    back = Cell.from_bytes(raw)
    assert back == cell
    assert (back.vpi, back.vci, back.pti, back.clp, back.end_of_pdu) == (7, 100, 1, 1, True)


def test_cell_from_bytes_corrects_and_rejects():
    raw = Cell(CellHeader(vpi=7, vci=100), bytes(48)).to_bytes()
    assert Cell.from_bytes(_flip(raw, 20)).vci == 100
    bad = _flip(raw, 0, 20)
    with pytest.raises(HecError, match="uncorrectable"):
        Cell.from_bytes(bad)
    assert Cell.from_bytes(bad, check=False).header == CellHeader.unpack(bad)


@pytest.mark.parametrize("n", [0, 52, 54])
def test_cell_sizes_validated(n):
    with pytest.raises(ValueError, match="53 bytes"):
        Cell.from_bytes(bytes(n))
    with pytest.raises(ValueError, match="48 bytes"):
        Cell(CellHeader(), bytes(47))


def test_nni_cell_round_trip():
    cell = Cell(CellHeader(vpi=0xFFF, vci=33, nni=True), bytes(48))
    assert Cell.from_bytes(cell.to_bytes(), nni=True) == cell
    assert Cell.from_bytes(cell.to_bytes()).vpi == 0xFF  # UNI reading sees GFC + 8 bits
