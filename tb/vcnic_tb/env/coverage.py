"""Functional coverage: a pyuvm subscriber set, a JSON report per run, and a merge.

Our own collector, with cocotb-coverage's XML as the exchange format (`to_xml`, `from_xml`;
why not cocotb-coverage's sampling: docs/verification.md). A `CoverageDB` is a dict of
groups, each a dict of bins -> hit count, with a declared set of *goal* bins per group (what a regression must hit); bins
outside the goals are still counted (e.g. result codes seen in unexpected states).

Groups (see docs/verification.md):

- `vc_state_x_cmd`: `<state before>:<opcode>:<result>` of every command the scoreboard saw
  complete, plus `any:<opcode>:overrun` for a command written while busy;
- `cmd_result`: every `VcResult`;
- `sdu_class`: the length class of every frame taken on host TX, at AAL5 cell boundaries
  (`zero`, `fill-1` = (L+8) mod 48 == 47, `fill` = exact fill, `fill+1`, one or several
  cells, `max_sdu`, `oversize`);
- `interleave`: how many VCs had a PDU open on line TX when a cell left (1, 2, 3-4, 5-8, 9+);
- `error_kind`: every injected line fault, every RX status and TX completion status, the
  cell-level counters that moved, bus errors;
- `service`: the service category of every successful ACTIVATE/MODIFY, and UBR<->CBR changes;
- `deactivation`: DEACTIVATE of an idle VC, with TX frames in flight, with a partial RX
  reassembly, and cells of the VC arriving after it.
"""

from __future__ import annotations

import json
import os
from collections import defaultdict
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

from pyuvm import uvm_component, uvm_subscriber
from vcnic.regs import RxStatusCode, ServiceCategory, TxStatusCode, VcOpcode, VcResult, VcState

from ..faults import CELL_KINDS, FaultKind, parse_key
from .items import CommandDone, Completion, HostRx, HostTx, LineCellTxn, Marker, RegAccess

STATES = ("INACTIVE", "ACTIVE")
#: The expected result of each opcode per state, for a valid VC and valid parameters.
LEGAL = {
    ("INACTIVE", "ACTIVATE"): "OK", ("ACTIVE", "ACTIVATE"): "BAD_STATE",
    ("INACTIVE", "MODIFY"): "BAD_STATE", ("ACTIVE", "MODIFY"): "OK",
    ("INACTIVE", "DEACTIVATE"): "BAD_STATE", ("ACTIVE", "DEACTIVATE"): "OK",
    ("INACTIVE", "CLEAR"): "OK", ("ACTIVE", "CLEAR"): "BAD_STATE",
    ("INACTIVE", "QUERY"): "OK", ("ACTIVE", "QUERY"): "OK",
    ("INACTIVE", "NOP"): "OK", ("ACTIVE", "NOP"): "OK",
}

#: Completion statuses only the DMA engine produces (docs/dma.md): not reachable on the
#: stream path the regression drives.
#: (names: the two IntEnums share values)
DMA_ONLY_STATUS = frozenset({"RX_DMA_ERROR", "TX_BAD_VC", "TX_BAD_DESC", "TX_DMA_ERROR"})

GOALS: dict[str, list[str]] = {
    "vc_state_x_cmd": sorted(
        [f"{s}:{op}:{res}" for (s, op), res in LEGAL.items()]
        + ["INACTIVE:ACTIVATE:BAD_PARAM", "INACTIVE:ACTIVATE:DUPLICATE",
           "INACTIVE:ACTIVATE:NO_RESOURCES", "ACTIVE:MODIFY:BAD_PARAM",
           "any:BAD_OPCODE:BAD_OPCODE", "any:any:BAD_VC", "any:any:overrun"]),
    "cmd_result": sorted(r.name for r in VcResult),
    "sdu_class": ["zero", "single", "fill-1", "fill", "fill+1", "multi", "max_sdu",
                  "oversize"],
    "interleave": ["1", "2", "3-4", "5-8"],
    # statuses only the DMA host interface produces are goals of the DMA environment
    "error_kind": sorted(
        [k.value for k in CELL_KINDS] + [FaultKind.HOLD.value, FaultKind.STARVE_LAST.value, FaultKind.BAD_LENGTH.value,
                                    FaultKind.ABORT.value]
        + [f"rx:{s.name}" for s in RxStatusCode
           if s != RxStatusCode.RX_OK and s.name not in DMA_ONLY_STATUS]
        + [f"tx:{s.name}" for s in TxStatusCode
           if s != TxStatusCode.TX_OK and s.name not in DMA_ONLY_STATUS]
        + ["ctr:HEC_CORRECTED", "ctr:HEC_DISCARDED", "ctr:UNKNOWN_VC", "bus:SLVERR"]),
    "service": ["UBR", "CBR", "UBR->CBR", "CBR->UBR"],
    "deactivation": ["idle", "tx_in_flight", "rx_partial", "cells_after"],
}
from .dma_goals import DMA_GOALS  # noqa: E402  (the DMA path's group, sampled by DMA tests)

GOALS.update(DMA_GOALS)

_RX_ERR = {RxStatusCode.RX_CRC: "CRC_ERRORS", RxStatusCode.RX_LENGTH: "LEN_ERRORS",
           RxStatusCode.RX_OVERSIZE: "OVERSIZE", RxStatusCode.RX_NO_BUFFER: "NO_BUFFER",
           RxStatusCode.RX_ABORTED: "RX_ABORTED"}


def sdu_classes(length: int, max_sdu: int) -> list[str]:
    """The `sdu_class` bins of an SDU of `length` bytes on a VC with `max_sdu`."""
    if length > max_sdu:
        return ["oversize"]
    if length == 0:
        return ["zero"]  # dropped TX_ZERO_LENGTH (AAL5 Length 0 is the abort indication)
    out = []
    out.append("single" if length <= 40 else "multi")
    r = (length + 8) % 48
    out += {0: ["fill"], 1: ["fill+1"], 47: ["fill-1"]}.get(r, [])
    if length == max_sdu:
        out.append("max_sdu")
    return out


def interleave_bin(depth: int) -> str:
    return "1" if depth <= 1 else "2" if depth == 2 else "3-4" if depth <= 4 else (
        "5-8" if depth <= 8 else "9+")


class CoverageDB:
    """Bins per group; `to_dict()` is the JSON report."""

    def __init__(self, goals: Mapping[str, Iterable[str]] = GOALS):
        self.goals = {g: list(b) for g, b in goals.items()}
        self.bins: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
        for g, bins in self.goals.items():
            for b in bins:
                self.bins[g][b] += 0

    def hit(self, group: str, bin_: str, n: int = 1) -> None:
        self.bins[group][bin_] += n

    def to_dict(self) -> dict[str, Any]:
        groups = {}
        hit = total = 0
        for g in sorted(self.bins):
            goal = self.goals.get(g, [])
            bins = dict(sorted(self.bins[g].items()))
            h = sum(1 for b in goal if bins.get(b, 0) > 0)
            hit += h
            total += len(goal)
            groups[g] = {"bins": bins, "goal": goal, "hit": h, "total": len(goal),
                         "missing": [b for b in goal if not bins.get(b, 0)]}
        return {"groups": groups, "hit": hit, "total": total,
                "percent": round(100.0 * hit / total, 2) if total else 100.0}

    def write(self, path: str | os.PathLike[str]) -> None:
        Path(path).write_text(json.dumps(self.to_dict(), indent=1, sort_keys=True) + "\n")


def merge(reports: Iterable[Mapping[str, Any] | str | os.PathLike[str]]) -> dict[str, Any]:
    """Merge coverage reports (dicts, JSON or cocotb-coverage XML paths): bin counts add up
    (by bin name), goals unite."""
    db = CoverageDB({})
    runs = 0
    for r in reports:
        if not isinstance(r, Mapping):
            r = (from_xml(r) if str(r).endswith(".xml")
                 else json.loads(Path(r).read_text()))
        runs += 1
        for g, grp in r.get("groups", {}).items():
            goal = db.goals.setdefault(g, [])
            for b in grp.get("goal", []):
                if b not in goal:
                    goal.append(b)
            for b, n in grp.get("bins", {}).items():
                db.hit(g, b, int(n))
    out = db.to_dict()
    out["runs"] = runs
    return out


def to_xml(report: Mapping[str, Any], path: str | os.PathLike[str]) -> None:
    """Write a coverage report in cocotb-coverage's XML schema (`coverage_db.export_to_xml`:
    `top` > one CoverPoint element per group > `bin<i>` elements with `bin` and `hits`), so
    cocotb-coverage's `merge_coverage` and the tools that read its files take ours.
    Only goal bins, in goal order: that merge matches bins by position, which is right only
    when every file lists the same bins in the same order (bins outside the goals stay in
    the JSON report)."""
    import xml.etree.ElementTree as ET

    groups = report.get("groups", {})
    size = sum(len(g.get("goal", [])) for g in groups.values())
    cov = sum(g.get("hit", 0) for g in groups.values())
    top = ET.Element("top", abs_name="top", size=str(size), coverage=str(cov),
                     cover_percentage=str(round(100.0 * cov / size, 2) if size else 0.0))
    for name, g in sorted(groups.items()):
        goal = list(g.get("goal", []))
        if not goal:
            continue
        bins = g.get("bins", {})
        hit = sum(1 for b in goal if bins.get(b, 0))
        el = ET.SubElement(top, name, abs_name=f"top.{name}", size=str(len(goal)),
                           coverage=str(hit), weight="1", at_least="1",
                           cover_percentage=str(round(100.0 * hit / len(goal), 2)))
        for i, b in enumerate(goal):
            ET.SubElement(el, f"bin{i}", bin=b, hits=str(int(bins.get(b, 0))),
                          abs_name=f"top.{name}.bin{i}")
    ET.indent(top)
    ET.ElementTree(top).write(path, encoding="utf-8", xml_declaration=True)


def from_xml(path: str | os.PathLike[str]) -> dict[str, Any]:
    """A report (the dict `merge()` takes) from a cocotb-coverage XML file: every
    CoverPoint becomes a group, its bins the goal; a bin is hit at `at_least` hits."""
    import xml.etree.ElementTree as ET

    db = CoverageDB({})
    for el in ET.parse(path).getroot():
        name = el.get("abs_name", el.tag).split(".", 1)[-1]
        at_least = int(el.get("at_least", "1") or 1)
        goal = db.goals.setdefault(name, [])
        for b in el:
            if "bin" not in b.attrib:
                continue
            goal.append(b.get("bin"))
            hits = int(b.get("hits", "0"))
            db.hit(name, b.get("bin"), hits if hits >= at_least else 0)
    return db.to_dict()


class _Imp(uvm_subscriber.uvm_AnalysisImp):
    pass


class Coverage(uvm_component):
    """Subscribes to every monitor and to the scoreboard's command stream."""

    def build_phase(self):
        self.db = CoverageDB()
        self.reg_export = _Imp("reg_export", self, self.write_reg)
        self.tx_export = _Imp("tx_export", self, self.write_host_tx)
        self.cpl_export = _Imp("cpl_export", self, self.write_cpl)
        self.rx_export = _Imp("rx_export", self, self.write_host_rx)
        self.line_tx_export = _Imp("line_tx_export", self, self.write_line_tx)
        self.marker_export = _Imp("marker_export", self, self.write_marker)
        self.nic = None  # the scoreboard's model (VC parameters), set by the env
        self._open: set[tuple[int, int]] = set()
        self.nni = False

    # ------------------------------------------------------------------ samplers
    def write_reg(self, t: RegAccess) -> None:
        if t.resp == 2:
            self.db.hit("error_kind", "bus:SLVERR")
        elif t.resp not in (0,):
            self.db.hit("error_kind", f"bus:resp{t.resp}")

    def write_cmd(self, c: CommandDone) -> None:
        try:
            op = VcOpcode(c.opcode).name
        except ValueError:
            op = "BAD_OPCODE"
        if c.busy_write:
            self.db.hit("vc_state_x_cmd", "any:any:overrun")
            return
        res = VcResult(c.result).name if c.result in VcResult._value2member_map_ else str(
            c.result)
        self.db.hit("cmd_result", res)
        if res == "BAD_VC":
            self.db.hit("vc_state_x_cmd", "any:any:BAD_VC")
            return
        if op == "BAD_OPCODE":
            self.db.hit("vc_state_x_cmd", f"any:BAD_OPCODE:{res}")
            return
        state = VcState(c.state_before).name if c.state_before >= 0 else "none"
        self.db.hit("vc_state_x_cmd", f"{state}:{op}:{res}")

    def service_change(self, op: str, before: int | None, after: int) -> None:
        name = {int(ServiceCategory.CBR): "CBR", int(ServiceCategory.UBR): "UBR"}
        self.db.hit("service", name.get(after, str(after)))
        if op == "MODIFY" and before is not None and before != after:
            self.db.hit("service", f"{name.get(before, before)}->{name.get(after, after)}")

    def write_host_tx(self, t: HostTx) -> None:
        max_sdu = 0xFFFF
        if self.nic is not None and t.vc < self.nic.num_vc:
            e = self.nic.entries[t.vc]
            if e.state == VcState.ACTIVE:
                max_sdu = e.cfg.max_sdu
            else:
                return  # dropped TX_INACTIVE: no length class
        for b in sdu_classes(len(t.data), max_sdu):
            self.db.hit("sdu_class", b)

    def write_cpl(self, t: Completion) -> None:
        if t.status != TxStatusCode.TX_OK and t.status in TxStatusCode._value2member_map_:
            self.db.hit("error_kind", f"tx:{TxStatusCode(t.status).name}")

    def write_host_rx(self, t: HostRx) -> None:
        pass  # RX errors are sampled from the counters at the end (most are not delivered)

    def write_line_tx(self, t: LineCellTxn) -> None:
        key, pti = parse_key(t.raw, self.nni)
        if pti & 1:
            depth = len(self._open | {key})
            self._open.discard(key)
        else:
            self._open.add(key)
            depth = len(self._open)
        self.db.hit("interleave", interleave_bin(depth))

    def write_marker(self, m: Marker) -> None:
        if m.kind == "deactivation":
            for b in m.info.get("bins", []):
                self.db.hit("deactivation", b)
        elif m.kind == "fault":
            self.db.hit("error_kind", m.info["kind"], m.info.get("n", 1))

    def sample_counters(self, counters: Mapping[str, int]) -> None:
        for st, name in _RX_ERR.items():
            if counters.get(name):
                self.db.hit("error_kind", f"rx:{st.name}", counters[name])
        for name in ("HEC_CORRECTED", "HEC_DISCARDED", "UNKNOWN_VC"):
            if counters.get(name):
                self.db.hit("error_kind", f"ctr:{name}", counters[name])

    def sample_faults(self, stats: Mapping[str, int]) -> None:
        for k, n in sorted(stats.items()):
            self.db.hit("error_kind", k, n)
