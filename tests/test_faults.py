"""The line fault injector (`vcnic_tb.faults`), alone and in front of the Python NIC model.

Pure Python, no simulator: each fault kind does to a cell what it says, the draws are
seeded, the tags and `damaged()` say which PDU a fault may have destroyed, and on the
model (`NicModel.line_loop(injector)`) every kind moves exactly the counter it must.
"""

from __future__ import annotations

import asyncio
import itertools
import random

import pytest
from vcnic.atm.aal5 import segment
from vcnic.atm.cell import HecStatus, hec_check
from vcnic.model import NicModel
from vcnic.regs import RegisterClient, VcParams
from vcnic_tb.faults import (
    CELL_KINDS,
    FaultInjector,
    FaultKind,
    FaultRates,
    flip_header_bits,
    parse_key,
)


def cells(sdu_len: int, vpi: int = 1, vci: int = 100) -> list[bytes]:
    data = (bytes(range(256)) * (sdu_len // 256 + 1))[:sdu_len]
    return [c.to_bytes() for c in segment(data, vpi, vci)]


def run(inj: FaultInjector, raw: list[bytes]) -> list[bytes]:
    out = []
    for c in raw:
        out += inj(c)
    return out


# ------------------------------------------------------------------ rates
def test_rates_validate():
    with pytest.raises(ValueError):
        FaultRates(payload=1.5)
    with pytest.raises(ValueError):
        FaultRates(payload=0.6, lose=0.6)
    r = FaultRates.random(random.Random(1), total=0.05)
    assert abs(sum(r.to_dict().values()) - 0.05) < 1e-9
    assert FaultRates.uniform(0.01).any and not FaultRates().any


# ------------------------------------------------------------------ each kind
def test_hec_1bit_is_correctable_and_multi_is_not():
    c = cells(10)[0]
    for bit in range(40):
        st, fixed = hec_check(flip_header_bits(c, [bit])[:5])
        assert st is HecStatus.CORRECTED and fixed == c[:5]
    for a, b in itertools.combinations(range(40), 2):
        st, _ = hec_check(flip_header_bits(c, [a, b])[:5])
        assert st is HecStatus.UNCORRECTABLE, (a, b)


@pytest.mark.parametrize("kind", [k for k in CELL_KINDS])
def test_forced_kind_does_what_it_says(kind):
    raw = cells(200)  # 5 cells
    inj = FaultInjector(seed=3)
    inj.force(kind, last=kind in (FaultKind.LOSE_LAST,))
    out = run(inj, raw)
    assert inj.stats[kind.value] == 1
    ev = inj.events[-1]
    assert ev.kind == kind.value
    i = ev.index
    if kind == FaultKind.HEC_1BIT:
        assert len(out) == 5 and hec_check(out[i][:5])[0] is HecStatus.CORRECTED
    elif kind == FaultKind.HEC_MULTI:
        assert hec_check(out[i][:5])[0] is HecStatus.UNCORRECTABLE
    elif kind == FaultKind.PAYLOAD:
        diff = [k for k in range(53) if out[i][k] != raw[i][k]]
        assert len(diff) == 1 and diff[0] >= 5
    elif kind == FaultKind.LOSE:
        assert len(out) == 4 and i < 4  # never the last cell
    elif kind == FaultKind.LOSE_LAST:
        assert out == raw[:4]
    elif kind == FaultKind.DUP:
        assert len(out) == 6 and out.count(raw[i]) == 2
    elif kind == FaultKind.MISINSERT:
        assert len(out) == 6 and all(c in out for c in raw)
        extra = [c for c in out if c not in raw][0]
        (vpi, _), _ = parse_key(extra)
        assert vpi >= 0xF0 and hec_check(extra[:5])[0] is HecStatus.OK
    elif kind == FaultKind.MISROUTE:
        assert len(out) == 5 and out[i][5:] == raw[i][5:]
        (vpi, _), _ = parse_key(out[i])
        assert vpi >= 0xF0 and hec_check(out[i][:5])[0] is HecStatus.OK


def test_dup_never_on_a_single_cell_pdu():
    inj = FaultInjector(seed=1)
    inj.force(FaultKind.DUP)
    out = run(inj, cells(10) + cells(10))  # two single-cell PDUs: not eligible
    assert inj.stats[FaultKind.DUP.value] == 0 and inj.pending_forced == 1
    assert len(out) == 2


def test_min_gap_between_header_faults():
    inj = FaultInjector(seed=1, rates=FaultRates(hec_1bit=1.0), min_gap=1)
    run(inj, cells(48 * 20))
    idx = [e.index for e in inj.events]
    assert idx and all(b - a >= 2 for a, b in itertools.pairwise(idx))


def test_seeded_and_reproducible():
    raw = cells(3000) + cells(100, vci=200) + cells(40, vci=300)
    rates = FaultRates.uniform(0.05)
    a = run(FaultInjector(seed=9, rates=rates, min_gap=0), raw)
    b = run(FaultInjector(seed=9, rates=rates, min_gap=0), raw)
    c = run(FaultInjector(seed=10, rates=rates, min_gap=0), raw)
    assert a == b and a != c


def test_tags_and_damage():
    inj = FaultInjector(seed=1)
    raw = cells(100) + cells(100) + cells(100)  # 3 PDUs of 3 cells on (1, 100)
    inj.force(FaultKind.LOSE_LAST, pdu=0)
    run(inj, raw)
    assert [c.tag for c in inj.tx_log[:4]] == [(1, 100, 0, 0), (1, 100, 0, 1),
                                               (1, 100, 0, 2), (1, 100, 1, 0)]
    assert inj.damaged((1, 100), 0) == {"lose_last"}
    assert inj.damaged((1, 100), 1) == {"merged"}  # the next PDU merges with it
    assert inj.damaged((1, 100), 2) == set()
    assert inj.pdus_seen((1, 100)) == 3


def test_a_lost_single_cell_pdu_merges_nothing():
    inj = FaultInjector(seed=1)
    inj.force(FaultKind.LOSE_LAST, pdu=0)
    run(inj, cells(10) + cells(100) + cells(10) + cells(10))
    assert inj.damaged((1, 100), 1) == set()  # the whole PDU 0 vanished: nothing to merge
    inj2 = FaultInjector(seed=1)
    inj2.force(FaultKind.LOSE_LAST, pdu=0)
    inj2.force(FaultKind.LOSE_LAST, pdu=1)
    run(inj2, cells(100) + cells(10) + cells(100))
    assert inj2.damaged((1, 100), 2) == {"merged"}  # PDU 0's cells merge through PDU 1


def test_hold_release_and_starve():
    inj = FaultInjector(seed=1)
    inj.hold((1, 100))
    assert run(inj, cells(100)) == [] and inj.held((1, 100)) == 3
    assert inj.release((1, 100)) == cells(100)
    inj.starve_last((1, 100))
    assert run(inj, cells(100) + cells(100)) == cells(100)[:2] * 2
    inj.starve_last((1, 100), False)
    assert run(inj, cells(100)) == cells(100)
    assert "hold" in inj.damaged((1, 100), 0)
    assert "starve_last" in inj.damaged((1, 100), 1)


# ------------------------------------------------------------------ on the model
async def _model_run(kind: FaultKind | None, n: int = 3, frames: int = 12, **kw):
    nic = NicModel(num_vc=16, tx_buf_cells=128, rx_buf_cells=128)
    c = RegisterClient(nic.window)
    await c.set_ctrl(enable=1, loopback=0, hec_correct=1)
    for vc, vci in ((1, 100), (2, 200)):
        assert await c.activate(vc, VcParams(vpi=1, vci=vci, max_sdu=1500)) == 0
    inj = FaultInjector(seed=5, **kw)
    nic.line_loop(inj)
    rng = random.Random(2)
    sent = 0
    for i in range(frames):
        if kind is not None and i % 4 == 0 and inj.stats[kind.value] < n:
            inj.force(kind, key=(1, 100))
        await nic.port.send(1, bytes(rng.getrandbits(8) for _ in range(rng.randint(50, 300))))
        await nic.port.send(2, b"z" * 60)
        await nic.wait_tx_idle()  # one forced fault per PDU
        sent += 2
    await nic.wait_tx_idle()
    got = []
    while nic.port.rx_pending():
        got.append(nic.port.receive_nowait())
    ctr = await c.counters()
    nic.close()
    return inj, ctr, got, sent


@pytest.mark.parametrize("kind", list(CELL_KINDS))
def test_each_kind_counts_on_the_model(kind):
    inj, c, got, sent = asyncio.run(_model_run(kind))
    n = inj.stats[kind.value]
    assert n == 3
    errs = c["CRC_ERRORS"] + c["LEN_ERRORS"] + c["OVERSIZE"]
    if kind == FaultKind.HEC_1BIT:
        assert (c["HEC_CORRECTED"], c["HEC_DISCARDED"], errs, len(got)) == (3, 0, 0, sent)
    elif kind == FaultKind.HEC_MULTI:
        assert (c["HEC_DISCARDED"], errs) == (3, 3)
    elif kind == FaultKind.PAYLOAD:
        assert c["CRC_ERRORS"] == 3 and len(got) == sent - 3
    elif kind in (FaultKind.LOSE, FaultKind.DUP):
        assert errs == 3
    elif kind == FaultKind.LOSE_LAST:
        assert errs == 3 and len(got) == sent - 6  # each loss takes two frames
    elif kind == FaultKind.MISINSERT:
        assert (c["UNKNOWN_VC"], errs, len(got)) == (3, 0, sent)
    elif kind == FaultKind.MISROUTE:
        assert c["UNKNOWN_VC"] == 3 and errs == 3
    assert all(f.vc in (1, 2) for f in got)


def test_clean_line_on_the_model():
    inj, c, got, sent = asyncio.run(_model_run(None))
    assert len(got) == sent and not inj.stats and c["CELLS_RX"] == c["CELLS_TX"]


def test_bad_length_pdus_have_a_good_crc_and_a_bad_length():
    from vcnic.atm.aal5 import RxStatus, reassemble

    inj = FaultInjector(seed=4)
    for i in range(200):
        n = 1 + i % 4
        cs = inj.bad_length_pdu((1, 100), n)
        assert len(cs) == n and all(hec_check(c[:5])[0] is HecStatus.OK for c in cs)
        assert [parse_key(c)[1] & 1 for c in cs] == [0] * (n - 1) + [1]
        assert reassemble([c[5:] for c in cs]).status is RxStatus.LENGTH
    with pytest.raises(ValueError):
        inj.bad_length_pdu((1, 100), 1, length=0)
