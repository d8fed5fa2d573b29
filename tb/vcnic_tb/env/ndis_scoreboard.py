"""The NDIS-side scoreboard: nothing of one VC incarnation ever reaches another.

The core-vs-model scoreboard cannot see a driver bug (the model and the RTL run the same
driver), so driver tests also check what the client gets. `NdisScoreboard` is the
client (`CoClient`) of such a test. Every SDU a test sends is tagged with its VC
incarnation and a sequence number (`vcnic_tb.vc_reuse.tagged`); every handle's
`protocol_vc_context` is its incarnation number. Checked as it happens:

- a good PDU indicated on a handle carries that incarnation's tag, in sending order;
- an errored PDU whose tag survived names that incarnation;
- a send completes on the handle it was sent on, once, with a status;
- nothing is indicated or completed on an incarnation after its deactivation completed.

`check_counters(inc, oids)` compares an incarnation's per-VC OID counters (read after
its deactivation, before its delete) with what the client saw of it, and `fresh(oids,
snapshot)` that a new incarnation starts with zero counters and no status of the old one.
The NDIS verifier (`vcnic.ndis.verifier`) checks the miniport's calls underneath.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from vcnic.ndis import CoClient, NdisStatus
from vcnic.regs import RxStatusCode

from ..vc_reuse import tag_of


@dataclass
class Incarnation:
    number: int
    slot: int = -1
    key: tuple[int, int] = (0, 0)
    sent: int = 0
    completed: Counter = field(default_factory=Counter)
    good: int = 0
    errored: Counter = field(default_factory=Counter)
    last_seq: int = -1
    closed: bool = False


class NdisScoreboard(CoClient):
    def __init__(self) -> None:
        self.incs: dict[int, Incarnation] = {}
        self.problems: list[str] = []
        self.foreign = 0  # PDUs or completions of another incarnation (the issue-10 bug)

    def incarnation(self, number: int, slot: int, key: tuple[int, int]) -> Incarnation:
        inc = self.incs[number] = Incarnation(number, slot, key)
        return inc

    def _inc(self, vc: Any) -> Incarnation | None:
        inc = self.incs.get(getattr(vc, "protocol_vc_context", None))
        if inc is None:
            self.problems.append(f"event on a handle of no incarnation: {vc!r}")
        return inc

    # ------------------------------------------------------------ CoClient
    def cm_deactivate_vc_complete(self, status, vc):
        inc = self._inc(vc)
        if inc is not None and status == NdisStatus.SUCCESS:
            inc.closed = True

    def co_send_net_buffer_lists_complete(self, vc, nbls):
        inc = self._inc(vc)
        if inc is None:
            return
        for nbl in nbls:
            owner = nbl.context
            if owner != inc.number:
                self.foreign += 1
                self.problems.append(f"send of incarnation {owner} completed on {inc.number}"
                                     f" ({nbl.status})")
            if inc.closed:
                self.problems.append(f"send completed on incarnation {inc.number} after its "
                                     "deactivation")
            inc.completed[(nbl.status.name, nbl.hw_completed)] += 1

    def co_receive_net_buffer_lists(self, vc, nbls):
        inc = self._inc(vc)
        if inc is None:
            return
        for nbl in nbls:
            if inc.closed:
                self.problems.append(f"PDU indicated on incarnation {inc.number} after its "
                                     "deactivation")
            tag = tag_of(nbl.sdu)
            if nbl.status == NdisStatus.SUCCESS:
                inc.good += 1
                if tag is None or tag[0] != inc.number:
                    self.foreign += tag is not None
                    self.problems.append(f"good PDU {tag} indicated on incarnation "
                                         f"{inc.number} (slot {inc.slot})")
                elif tag[1] <= inc.last_seq:
                    self.problems.append(f"incarnation {inc.number}: PDU {tag[1]} after "
                                         f"{inc.last_seq} (order)")
                else:
                    inc.last_seq = tag[1]
            else:
                inc.errored[nbl.rx_status] += 1
                if tag is not None and tag[0] != inc.number:
                    self.foreign += 1
                    self.problems.append(f"errored PDU of incarnation {tag[0]} indicated on "
                                         f"incarnation {inc.number} (slot {inc.slot}, "
                                         f"rx_status {nbl.rx_status})")

    # ------------------------------------------------------------ counters
    def check_counters(self, inc: Incarnation, oids: dict[str, int]) -> None:
        """The incarnation's own OID counters against what its client saw."""
        ok_hw = sum(n for (st, hw), n in inc.completed.items() if st == "SUCCESS" and hw)
        want = {
            "GEN_CO_XMIT_PDUS_OK": ok_hw,
            "GEN_CO_RCV_PDUS_OK": inc.good,
            "GEN_CO_RCV_CRC_ERROR": inc.errored[int(RxStatusCode.RX_CRC)],
        }
        for name, v in want.items():
            if oids.get(name) != v:
                self.problems.append(f"incarnation {inc.number}: {name} = {oids.get(name)}, "
                                     f"its client saw {v}")
        if sum(inc.completed.values()) != inc.sent:
            self.problems.append(f"incarnation {inc.number}: {inc.sent} sent, "
                                 f"{sum(inc.completed.values())} completed")

    def fresh(self, inc: Incarnation, oids: dict[str, int], last_rx_status: int,
              last_tx_status: int) -> None:
        """A new incarnation starts clean: no counter or status of the old one."""
        dirty = {k: v for k, v in oids.items() if v}
        if dirty or last_rx_status or last_tx_status:
            self.foreign += 1
            self.problems.append(f"incarnation {inc.number} (slot {inc.slot}) starts with "
                                 f"counters {dirty}, last_rx_status {last_rx_status}, "
                                 f"last_tx_status {last_tx_status}")
