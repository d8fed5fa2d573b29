"""AAL5 CRC known answers, PDU layout, segmentation/reassembly and every receive check."""

import random
import struct

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from vcnic.atm.aal5 import (
    AAL5_RESIDUE,
    MAX_SDU,
    TRAILER_BYTES,
    ReassembledPdu,
    Reassembler,
    RxStatus,
    abort_cells,
    abort_pdu,
    build_cpcs_pdu,
    cells_for,
    crc32_aal5,
    pad_length,
    reassemble,
    segment,
)
from vcnic.atm.cell import Cell, CellHeader


def _crc32_bitwise(data: bytes) -> int:
    """Independent MSB-first CRC-32/BZIP2, one bit at a time."""
    crc = 0xFFFFFFFF
    for byte in data:
        crc ^= byte << 24
        for _ in range(8):
            crc = ((crc << 1) ^ 0x04C11DB7) & 0xFFFFFFFF if crc & 0x80000000 else crc << 1
            crc &= 0xFFFFFFFF
    return crc ^ 0xFFFFFFFF


def _payloads(cells: list[Cell]) -> list[bytes]:
    return [c.payload for c in cells]


def _sdu(length: int, seed: int) -> bytes:
    return random.Random(seed).randbytes(length)


def _pdu_with(sdu_region: bytes, length_field: int, uu: int = 0, cpi: int = 0) -> list[bytes]:
    """A PDU whose CRC is right but whose Length field says whatever we ask."""
    body = sdu_region + struct.pack(">BBH", uu, cpi, length_field)
    assert len(body) % 48 == 44
    pdu = body + crc32_aal5(body).to_bytes(4, "big")
    return [pdu[i : i + 48] for i in range(0, len(pdu), 48)]


# --- CRC -------------------------------------------------------------------------------


def test_crc_check_value():
    assert crc32_aal5(b"123456789") == 0xFC891918


@pytest.mark.parametrize(
    ("sdu", "uu", "cpi", "crc"),
    [
        (bytes(40), 0, 0, "864d7f99"),
        (b"\xff" * 40, 0, 0, "c55e457a"),
        (bytes(range(1, 41)), 0, 0, "bf671ed0"),
        (bytes(range(1, 41)), 0x11, 0x22, "acba602a"),
    ],
)
def test_one_cell_pdu_known_answers(sdu, uu, cpi, crc):
    pdu = build_cpcs_pdu(sdu, uu, cpi)
    assert len(pdu) == 48
    assert pdu[40:44] == bytes((uu, cpi, 0x00, 0x28))
    assert pdu[44:48].hex() == crc
    assert crc32_aal5(pdu, final=False) == AAL5_RESIDUE == 0xC704DD7B


@given(st.binary(max_size=300), st.integers(0, 300))
def test_crc_matches_bitwise_and_chains(data, cut):
    assert crc32_aal5(data) == _crc32_bitwise(data)
    partial = crc32_aal5(data[:cut], final=False)
    assert crc32_aal5(data[cut:], partial) == crc32_aal5(data)
    assert crc32_aal5(data[cut:], partial, final=False) == crc32_aal5(data, final=False)


def test_crc_accepts_bytearray_and_memoryview():
    data = b"123456789"
    assert crc32_aal5(bytearray(data)) == crc32_aal5(memoryview(data)) == 0xFC891918


# --- lengths and layout --------------------------------------------------------------


@pytest.mark.parametrize(
    ("length", "cells", "pad"),
    [(0, 1, 40), (1, 1, 39), (40, 1, 0), (41, 2, 47), (88, 2, 0), (89, 3, 47), (65535, 1366, 25)],
)
def test_cells_and_pad(length, cells, pad):
    assert cells_for(length) == cells
    assert pad_length(length) == pad
    assert (length + pad + TRAILER_BYTES) == 48 * cells


@pytest.mark.parametrize("length", [-1, MAX_SDU + 1])
def test_lengths_out_of_range(length):
    for fn in (cells_for, pad_length):
        with pytest.raises(ValueError, match="out of range"):
            fn(length)
    if length > 0:
        with pytest.raises(ValueError, match="out of range"):
            build_cpcs_pdu(bytes(length))


def test_pdu_layout():
    pdu = build_cpcs_pdu(b"abc", uu=0x5A, cpi=0)
    assert pdu[:3] == b"abc" and pdu[3:40] == bytes(37)
    assert pdu[40:44] == bytes.fromhex("5a000003")
    assert pdu[44:] == crc32_aal5(pdu[:44]).to_bytes(4, "big")
    with pytest.raises(ValueError, match="single bytes"):
        build_cpcs_pdu(b"x", uu=256)


def test_segment_headers():
    cells = segment(bytes(100), vpi=3, vci=77, clp=1, gfc=2)
    assert len(cells) == 3
    assert [c.pti for c in cells] == [0, 0, 1]
    assert all((c.vpi, c.vci, c.clp, c.header.gfc) == (3, 77, 1, 2) for c in cells)
    assert b"".join(_payloads(cells)) == build_cpcs_pdu(bytes(100))
    nni = segment(b"\x01", vpi=0xFFF, vci=5, nni=True)
    assert len(nni) == 1 and nni[0].header.nni and nni[0].end_of_pdu


def test_rx_status_values_are_the_register_encoding():
    assert [(s.name, int(s)) for s in RxStatus] == [
        ("OK", 0),
        ("CRC", 1),
        ("LENGTH", 2),
        ("OVERSIZE", 3),
        ("NO_BUFFER", 4),
        ("ABORTED", 5),
        ("DMA_ERROR", 6),
    ]


# --- segmentation <-> reassembly -----------------------------------------------------

BOUNDARY_LENGTHS = sorted(
    n
    for n in {1, 39, 40, 41, 47, 48, 87, 88, 89, 9180, MAX_SDU - 1, MAX_SDU}
    | {n for k in (1, 2, 3, 100, 1365) for n in (48 * k - 1, 48 * k, 48 * k + 1)}
    | {48 * k - 8 + d for k in (1, 2, 3, 1366) for d in (-1, 0, 1)}
    if n <= MAX_SDU
)
sdu_lengths = st.one_of(st.sampled_from(BOUNDARY_LENGTHS), st.integers(1, MAX_SDU))


@settings(max_examples=60, deadline=None)
@given(sdu_lengths, st.integers(0, 255), st.integers(0, 255), st.integers(0, 2**32))
def test_reassembly_inverts_segmentation(length, uu, cpi, seed):
    sdu = _sdu(length, seed)
    cells = segment(sdu, 1, 32, uu=uu, cpi=cpi)
    assert len(cells) == cells_for(length)
    expected = ReassembledPdu(RxStatus.OK, sdu, uu, cpi, len(cells), length)
    assert reassemble(_payloads(cells)) == expected
    rx = Reassembler()
    results = [rx.push(c) for c in cells]
    assert results[:-1] == [None] * (len(cells) - 1)
    assert results[-1] == expected
    assert rx.cells_pending == 0


@pytest.mark.parametrize("length", BOUNDARY_LENGTHS)
def test_every_boundary_length_round_trips(length):
    sdu = _sdu(length, length)
    assert reassemble(_payloads(segment(sdu, 0, 40))).sdu == sdu


@settings(max_examples=80)
@given(st.integers(1, 300), st.integers(0, 2**32), st.data())
def test_any_payload_bit_flip_is_a_crc_error(length, seed, data):
    pdu = bytearray(build_cpcs_pdu(_sdu(length, seed)))
    bit = data.draw(st.integers(0, len(pdu) * 8 - 1))
    pdu[bit // 8] ^= 1 << (bit % 8)
    got = reassemble([bytes(pdu[i : i + 48]) for i in range(0, len(pdu), 48)])
    assert got.status is RxStatus.CRC and got.sdu == pdu  # delivered raw, as the RTL does


@settings(max_examples=60)
@given(st.integers(41, 2000), st.integers(1, 2000), st.integers(0, 2**32))
def test_lost_last_cell_merges_with_next_pdu(len_a, len_b, seed):
    a = segment(_sdu(len_a, seed), 1, 32)
    b = segment(_sdu(len_b, seed + 1), 1, 32)
    rx = Reassembler()
    out = [p for c in a[:-1] + b if (p := rx.push(c)) is not None]
    assert len(out) == 1
    assert out[0].status in (RxStatus.CRC, RxStatus.LENGTH)
    assert out[0].cells == len(a) - 1 + len(b)
    # the following PDU is received cleanly again
    assert [rx.push(c) for c in a][-1].status is RxStatus.OK


# --- abort (I.363.5; RFC 2684 section 3: "A Length field coded as 0x00 is used for the
# abort function") ---------------------------------------------------------------------


def test_an_empty_sdu_is_refused_it_would_be_an_abort():
    with pytest.raises(ValueError, match="abort"):
        build_cpcs_pdu(b"")
    with pytest.raises(ValueError, match="abort"):
        segment(b"", 0, 32)


@pytest.mark.parametrize("cells", [1, 2, 5])
def test_length_zero_is_an_abort_never_an_empty_frame(cells):
    pdu = abort_pdu(cells, uu=0x12, cpi=0)
    assert len(pdu) == 48 * cells and pdu[-6:-4] == b"\x00\x00"
    assert crc32_aal5(pdu, final=False) == AAL5_RESIDUE  # a well-formed PDU, CRC right
    got = reassemble([pdu[i : i + 48] for i in range(0, len(pdu), 48)])
    assert (got.status, got.sdu, got.cells, got.length_field) == (RxStatus.ABORTED, b"", cells, 0)


def test_one_cell_abort_known_answer():
    """40 zero bytes, UU=CPI=0, Length 0: CRC-32/BZIP2 computed outside the project
    (bitwise reference above), the same bytes as domain fact 'L=0 -> 1 cell'."""
    pdu = abort_pdu(1)
    assert pdu[:44] == bytes(44)
    assert pdu[44:] == _crc32_bitwise(bytes(44)).to_bytes(4, "big")


def test_abort_then_the_vc_goes_on_with_its_next_pdu():
    rx = Reassembler()
    good = segment(b"hello", 0, 32)
    out = [p for c in good + abort_cells(0, 32, 3) + good if (p := rx.push(c)) is not None]
    assert [p.status for p in out] == [RxStatus.OK, RxStatus.ABORTED, RxStatus.OK]
    assert out[2].sdu == b"hello" and rx.cells_pending == 0


def test_abort_with_a_bad_crc_is_a_crc_error():
    """A Length field is trusted only once the CRC holds (the check order above)."""
    pdu = bytearray(abort_pdu(1))
    pdu[0] ^= 1
    assert reassemble([bytes(pdu)]).status is RxStatus.CRC


def test_abort_longer_than_max_sdu_is_oversize_by_cell_count():
    payloads = [c.payload for c in abort_cells(0, 32, 5)]
    assert reassemble(payloads, max_sdu=100).status is RxStatus.OVERSIZE
    assert reassemble(payloads).status is RxStatus.ABORTED


# --- each receive check, and their precedence ---------------------------------------


def test_length_field_larger_than_received():
    got = reassemble(_pdu_with(bytes(40), 41))
    assert (got.status, got.length_field, got.cells) == (RxStatus.LENGTH, 41, 1)


def test_length_field_too_small_for_cell_count():
    # two cells (96 bytes) but Length=40: 96 - 48 = 48 unused bytes > 47
    got = reassemble(_pdu_with(bytes(88), 40))
    assert got.status is RxStatus.LENGTH
    # Length=41 leaves 47 unused bytes: fine
    assert reassemble(_pdu_with(bytes(88), 41)).status is RxStatus.OK


def test_oversize_by_length_field():
    cells = segment(bytes(100), 0, 32)
    assert reassemble(_payloads(cells), max_sdu=100).status is RxStatus.OK
    got = reassemble(_payloads(cells), max_sdu=99)  # same cell count (3), Length > max
    assert (got.status, got.cells, got.length_field) == (RxStatus.OVERSIZE, 3, 100)


def test_oversize_by_cell_count_beats_crc():
    payloads = _payloads(segment(bytes(200), 0, 32))  # 5 cells
    payloads[0] = b"\x01" + payloads[0][1:]  # and a CRC error
    assert reassemble(payloads).status is RxStatus.CRC
    assert reassemble(payloads, max_sdu=100).status is RxStatus.OVERSIZE  # 100 -> 3 cells


def test_crc_beats_length():
    payloads = _pdu_with(bytes(40), 41)
    payloads[0] = b"\x01" + payloads[0][1:]
    assert reassemble(payloads).status is RxStatus.CRC


def test_length_beats_oversize_by_length_field():
    # Length 1000 > max_sdu 50, but also inconsistent with one cell: LENGTH first
    got = reassemble(_pdu_with(bytes(40), 1000), max_sdu=50)
    assert got.status is RxStatus.LENGTH


def test_trailer_reported_on_error():
    payloads = _pdu_with(bytes(40), 41, uu=0xAB, cpi=0xCD)
    got = reassemble(payloads)
    assert (got.uu, got.cpi, got.length_field) == (0xAB, 0xCD, 41)
    assert got.sdu == payloads[0]  # LENGTH: the raw CPCS-PDU
    oversize = reassemble(_payloads(segment(bytes(30), 0, 32)), max_sdu=29)
    assert (oversize.status, oversize.sdu) == (RxStatus.OVERSIZE, b"")  # nothing delivered


@pytest.mark.parametrize(
    ("payloads", "kwargs", "match"),
    [
        ([], {}, "at least one"),
        ([bytes(47)], {}, "47 bytes"),
        ([bytes(48)], {"max_sdu": MAX_SDU + 1}, "max_sdu"),
    ],
)
def test_reassemble_rejects_bad_arguments(payloads, kwargs, match):
    with pytest.raises(ValueError, match=match):
        reassemble(payloads, **kwargs)


# --- the incremental reassembler ----------------------------------------------------


def test_reassembler_stream_of_pdus_and_oam_cells():
    sdus = [b"y", b"x" * 41, bytes(range(256)) * 3]
    oam = Cell(CellHeader(vci=32, pti=4), bytes(48))
    rx = Reassembler()
    out = []
    for sdu in sdus:
        cells = segment(sdu, 0, 32)
        cells.insert(len(cells) // 2, oam)  # OAM F5 mid-PDU: not part of the PDU
        out += [p for c in cells if (p := rx.push(c)) is not None]
    assert [(p.status, p.sdu) for p in out] == [(RxStatus.OK, s) for s in sdus]


def test_reassembler_oversize_stops_buffering_but_counts_cells():
    rx = Reassembler(max_sdu=40)  # one cell
    cells = segment(bytes(500), 0, 32)
    assert [rx.push(c) for c in cells[:-1]] == [None] * (len(cells) - 1)
    assert len(rx._buf) == 48  # memory stays bounded by max_sdu
    got = rx.push(cells[-1])
    assert (got.status, got.cells, got.length_field) == (RxStatus.OVERSIZE, len(cells), 500)
    assert reassemble(_payloads(cells), max_sdu=40) == got


def test_reassembler_abort():
    rx = Reassembler()
    assert rx.abort() is None
    cells = segment(bytes(200), 0, 32)
    for c in cells[:3]:
        rx.push(c)
    assert rx.cells_pending == 3
    got = rx.abort()
    assert (got.status, got.cells, got.sdu) == (RxStatus.ABORTED, 3, b"")
    assert rx.cells_pending == 0
    assert [rx.push(c) for c in cells][-1].status is RxStatus.OK


@settings(max_examples=60)
@given(
    st.lists(st.binary(min_size=48, max_size=48), min_size=1, max_size=6),
    st.integers(0, 400),
)
def test_reassembler_agrees_with_reassemble_on_arbitrary_cells(payloads, max_sdu):
    rx = Reassembler(max_sdu)
    cells = [
        Cell(CellHeader(vci=32, pti=int(i == len(payloads) - 1)), p) for i, p in enumerate(payloads)
    ]
    assert [rx.push(c) for c in cells][-1] == reassemble(payloads, max_sdu)


def test_reassembler_latches_max_sdu_at_first_cell():
    rx = Reassembler(max_sdu=100)
    cells = segment(bytes(100), 0, 32)
    rx.push(cells[0])
    rx.max_sdu = 40  # a modify call mid-PDU
    assert rx.push(cells[1]) is None
    assert rx.push(cells[2]).status is RxStatus.OK
    assert [rx.push(c) for c in cells][-1].status is RxStatus.OVERSIZE
    with pytest.raises(ValueError, match="max_sdu"):
        rx.max_sdu = -1
