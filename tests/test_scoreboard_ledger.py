"""The pyuvm scoreboard's ledger, without a simulator: a frame lost with no fault on the
line is explained only by a drop the core under test counted (its per-VC counters as a
QUERY read them, in the frame's counter epoch, else a global drop no per-VC count
claimed), one drop per frame, never by the model's counters.

Seed 700172 (issue 10): the core counted two NO_BUFFER drops the model did not predict,
and the ledger, reading the model's counters, called both frames lost silently."""

from __future__ import annotations

import pytest
from vcnic.model.regfile import REGS
from vcnic.regs import ADDRESS, TxStatusCode, VcOpcode
from vcnic_tb.env.items import RegAccess
from vcnic_tb.env.scoreboard import FrameRec, ModelScoreboard

PARAMS = {"NUM_VC": 16, "DATA_W": 64, "TX_BUF_CELLS": 128, "RX_BUF_CELLS": 128,
          "NUM_CBR": 4, "LOOKUP_WAYS": 4, "LINK_RATE": 353207}
_t = [0.0]
_n = [0]


def _sb() -> ModelScoreboard:
    _n[0] += 1
    sb = ModelScoreboard(f"sb{_n[0]}", None)
    sb.build_phase()
    sb.attach_model(PARAMS)
    sb.rtl_counters = {}
    return sb


def _access(sb: ModelScoreboard, write: bool, name: str, data: int) -> None:
    _t[0] += 10.0
    sb.write_reg(RegAccess(write, ADDRESS[name], data, 0, _t[0]))


def _command(sb: ModelScoreboard, opcode: VcOpcode, vc: int) -> None:
    """The core ran `opcode` on `vc` with result OK (as the bus monitor reports it)."""
    _access(sb, True, "VC_SELECT", vc)
    _access(sb, True, "VC_CMD", int(opcode))
    _access(sb, False, "VC_CMD", REGS["VC_CMD"].f("result").put(0, 0))


def _query(sb: ModelScoreboard, vc: int, **counters: int) -> None:
    _command(sb, VcOpcode.QUERY, vc)
    for name, v in counters.items():
        _access(sb, False, name, v)


def _lost(sb: ModelScoreboard, vc: int, n: int) -> list[FrameRec]:
    """n frames on `vc`, completed TX_OK, their cells clean on the line, never delivered."""
    out = []
    for _ in range(n):
        sb.seq += 1
        f = FrameRec(sb.seq, vc, bytes(40), 0, 0, 0, (1, 100 + vc), 0, sb.epoch[vc],
                     status=int(TxStatusCode.TX_OK))
        f.line_pdu = sb.line_pdus[f.key]
        sb.line_pdus[f.key] += 1
        sb.sent[vc].append(f)
        out.append(f)
    return out


def _ledger(sb: ModelScoreboard) -> dict:
    sb.line.clear()  # line TX is not what this checks
    led = sb.ledger()
    sb.problems = [p for p in sb.problems if not p.startswith("line TX")]
    return led


def test_loss_explained_by_the_cores_counter_not_the_models():
    sb = _sb()
    _lost(sb, 3, 2)
    _query(sb, 3, VC_RX_NO_BUFFER=2)  # the core counted both; the model counted none
    assert sb.nic.entries[3].counters["VC_RX_NO_BUFFER"] == 0
    led = _ledger(sb)
    assert led.get("lost_counted") == 2 and "lost_silently" not in led, (led, sb.problems)
    assert not sb.problems


def test_model_counters_do_not_excuse_a_loss_the_core_did_not_count():
    sb = _sb()
    _lost(sb, 3, 1)
    sb.nic.entries[3].counters.inc("VC_RX_NO_BUFFER")  # the model's count: not evidence
    _query(sb, 3, VC_RX_NO_BUFFER=0, VC_RX_ABORTED=0, VC_RX_OVERSIZE=0)
    led = _ledger(sb)
    assert led.get("lost_silently") == 1, led
    assert any("lost silently" in p for p in sb.problems)


def test_one_drop_explains_one_frame():
    sb = _sb()
    _lost(sb, 5, 3)
    _query(sb, 5, VC_RX_ABORTED=1, VC_RX_OVERSIZE=1)
    led = _ledger(sb)
    assert (led.get("lost_counted"), led.get("lost_silently")) == (2, 1), led


@pytest.mark.parametrize("queried_before_clear", [True, False])
def test_counter_epochs_across_clear(queried_before_clear):
    """A CLEAR zeroes the VC's counters: losses before it are explained by a QUERY read
    before the CLEAR, else by a global drop no per-VC count claimed."""
    sb = _sb()
    _lost(sb, 2, 1)
    if queried_before_clear:
        _query(sb, 2, VC_RX_NO_BUFFER=1)
    _command(sb, VcOpcode.CLEAR, 2)
    assert sb.epoch[2] == 1
    _lost(sb, 2, 1)
    _query(sb, 2, VC_RX_OVERSIZE=1)  # the end-of-test QUERY: epoch 1 only
    sb.rtl_counters = {"NO_BUFFER": 1, "OVERSIZE": 1}
    led = _ledger(sb)
    assert led.get("lost_counted") == 2 and "lost_silently" not in led, (led, sb.problems)
    # the global counters are the limit: a drop claimed by a per-VC count is not spare
    sb2 = _sb()
    _lost(sb2, 2, 1)
    _command(sb2, VcOpcode.CLEAR, 2)
    _lost(sb2, 2, 1)
    _query(sb2, 2, VC_RX_OVERSIZE=1)
    sb2.rtl_counters = {"OVERSIZE": 1}
    led2 = _ledger(sb2)
    assert (led2.get("lost_counted"), led2.get("lost_silently")) == (1, 1), led2


# ------------------------------------------------------------------ counters vs the ledger
ALL_VC_REGS = ("VC_TX_CELLS", "VC_TX_PDUS", "VC_TX_BYTES_LO", "VC_TX_BYTES_HI",
               "VC_TX_ABORTED", "VC_TX_DROPPED", "VC_RX_CELLS", "VC_RX_PDUS", "VC_RX_BYTES_LO",
               "VC_RX_BYTES_HI", "VC_RX_CRC", "VC_RX_LENGTH", "VC_RX_OVERSIZE",
               "VC_RX_NO_BUFFER", "VC_RX_ABORTED")


def _final_query(sb: ModelScoreboard, vc: int, **counters: int) -> None:
    sb.final_queries = True
    _query(sb, vc, **{n: counters.get(n, 0) for n in ALL_VC_REGS})


def _delivered(sb: ModelScoreboard, vc: int, data: bytes, status: int) -> None:
    """What the host RX monitor's write_host_rx books for a delivered PDU (status 0 good,
    else CRC), without a model PDU to compare with."""
    tl, g = sb.tally[(vc, sb.epoch[vc])], sb.g_tally
    for c in (tl, g):
        if status == 0:
            c["VC_RX_PDUS"] += 1
            c["VC_RX_BYTES"] += len(data)
            c["rx_cells_delivered"] += (len(data) + 55) // 48
        else:
            c["rx_crc_delivered"] += 1


@pytest.mark.parametrize("broken", [None, "VC_RX_CRC", "VC_RX_PDUS", "VC_RX_BYTES_LO"])
def test_per_vc_counters_checked_against_the_monitors(broken):
    """A per-VC counter that did not count (read at the end, QUERY) is a problem even
    when the model agrees with it (the model is not the reference here)."""
    sb = _sb()
    _delivered(sb, 4, bytes(100), 0)
    _delivered(sb, 4, bytes(60), 1)  # an errored PDU delivered (INDICATE_ERRED_PACKETS)
    want = {"VC_RX_PDUS": 1, "VC_RX_BYTES_LO": 100, "VC_RX_CRC": 1, "VC_RX_CELLS": 4}
    if broken:
        want[broken] -= 1
    _final_query(sb, 4, **want)
    sb.rtl_counters = {"PDUS_RX": 1, "BYTES_RX": 100, "CRC_ERRORS": 1, "CELLS_RX": 4}
    sb.ledger_result = {}
    sb.counters_against_ledger()
    bad = [p for p in sb.problems if "VC 4" in p]
    assert bool(bad) == bool(broken), sb.problems
    if broken:
        assert broken.removesuffix("_LO") in bad[0], bad


def test_global_counters_checked_against_the_monitors():
    sb = _sb()
    _delivered(sb, 4, bytes(100), 0)
    _delivered(sb, 4, bytes(60), 1)
    sb.rtl_counters = {"PDUS_RX": 1, "BYTES_RX": 100, "CRC_ERRORS": 0, "CELLS_RX": 4}
    sb.ledger_result = {}
    sb.counters_against_ledger()
    assert any("CRC_ERRORS" in p for p in sb.problems), sb.problems


def test_adapter_oids_checked_against_the_monitors():
    """A driver OID built from the wrong counters (here: send errors without the drops)
    is named."""
    sb = _sb()
    sb.g_tally.update({"VC_TX_PDUS": 5, "VC_TX_BYTES": 500, "VC_TX_CELLS": 15,
                       "VC_TX_ABORTED": 2, "VC_TX_DROPPED": 3, "VC_RX_PDUS": 4,
                       "VC_RX_BYTES": 400, "rx_crc_delivered": 1, "rx_cells_delivered": 12})
    good = {"GEN_CO_XMIT_PDUS_OK": 5, "GEN_CO_BYTES_XMIT": 500, "ATM_XMIT_CELLS_OK": 15,
            "GEN_CO_XMIT_PDUS_ERROR": 5, "GEN_CO_RCV_PDUS_OK": 4, "GEN_CO_BYTES_RCV": 400,
            "GEN_CO_RCV_CRC_ERROR": 1, "GEN_CO_RCV_PDUS_ERROR": 1,
            "ATM_RCV_REASSEMBLY_ERROR": 1, "ATM_RCV_CELLS_OK": 13}
    sb.check_adapter_oids(good)
    assert not sb.problems, sb.problems
    sb.check_adapter_oids(good | {"GEN_CO_XMIT_PDUS_ERROR": 2})
    assert len(sb.problems) == 1 and "GEN_CO_XMIT_PDUS_ERROR" in sb.problems[0]
