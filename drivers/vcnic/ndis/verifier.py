"""NDIS-Verifier-like checks of what a miniport tells NDIS.

NDIS trusts its miniport; Windows' NDIS Verifier does not: it stops the machine at the
first call that breaks a rule, naming the call. `NdisVerifier` does the same inside
`NdisLayer`, in every run (model, RTL, tests, `vcnic sim`, the regression): each
`NdisM*` completion or indication the miniport makes is checked before the client sees
it, and a violation raises `NdisVerifierError` from the offending call (so the traceback
shows the miniport code that broke the rule). It is also recorded; every later client
call into `NdisLayer` and `halt()` raise it again, so a violation made inside a
background task still fails the run.

Rules (`Rule`): each send completed exactly once, with a final status, on the VC it was
sent on; no deactivation completed while sends of that VC are outstanding; no receive
indicated on a VC that is not active (never activated, deactivation completed) or on a
deleted or unknown handle; no activation or deactivation completion nobody asked for.
"""

from __future__ import annotations

import enum
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from .status import NdisStatus

if TYPE_CHECKING:
    from .layer import VcHandle

__all__ = ["NdisVerifier", "NdisVerifierError", "Rule", "Violation"]


class Rule(enum.Enum):
    """What a miniport may not do (the value is the message)."""

    SEND_COMPLETED_TWICE = "a send was completed twice"
    SEND_NOT_OUTSTANDING = "a completion for a send NDIS never gave the miniport on this VC"
    SEND_WITHOUT_STATUS = "a send completed without a final status"
    SEND_NEVER_COMPLETED = "a send was never completed"
    DEACTIVATE_WITH_SENDS = "a deactivation completed while sends of the VC were outstanding"
    RECEIVE_ON_INACTIVE_VC = "a receive indicated on a VC that is not active"
    RECEIVE_ON_DELETED_VC = "a receive indicated on a deleted handle"
    UNKNOWN_HANDLE = "a call on a handle NDIS never created"
    UNEXPECTED_ACTIVATE_COMPLETE = "an activation completed that was not pending"
    UNEXPECTED_DEACTIVATE_COMPLETE = "a deactivation completed that was not pending"


@dataclass(frozen=True)
class Violation:
    call: str
    vc: str
    rule: Rule
    detail: str

    def __str__(self) -> str:
        return (f"NDIS verifier: {self.call} on {self.vc}: {self.rule.value}"
                + (f" ({self.detail})" if self.detail else "") + f" [{self.rule.name}]")


class NdisVerifierError(AssertionError):
    """A miniport broke an NDIS rule (an AssertionError: a test that sees it fails)."""

    def __init__(self, violation: Violation):
        super().__init__(str(violation))
        self.violation = violation


class NdisVerifier:
    """Per-handle bookkeeping of what NDIS gave the miniport and what came back."""

    def __init__(self) -> None:
        self.violations: list[Violation] = []
        self._outstanding: dict[int, dict[int, Any]] = {}  # vc number -> id(nbl) -> nbl
        self._completed: set[int] = set()  # id() of NBLs completed
        self._pending: set[int] = set()  # id() of NBLs outstanding on any VC

    # ------------------------------------------------------------------ reporting
    def fail(self, call: str, vc: Any, rule: Rule, detail: str = "") -> None:
        v = Violation(call, repr(vc), rule, detail)
        self.violations.append(v)
        raise NdisVerifierError(v)

    def check(self) -> None:
        """Raise the first violation recorded so far, if any."""
        if self.violations:
            raise NdisVerifierError(self.violations[0])

    # ------------------------------------------------------------------ sends
    def sent(self, vc: VcHandle, nbls: Iterable[Any]) -> None:
        """NDIS hands `nbls` to the miniport on `vc`."""
        out = self._outstanding.setdefault(vc.number, {})
        for nbl in nbls:
            out[id(nbl)] = nbl
            self._pending.add(id(nbl))
            self._completed.discard(id(nbl))

    def is_outstanding(self, nbl: Any) -> bool:
        """Whether `nbl` was sent and not completed yet (on any VC)."""
        return id(nbl) in self._pending

    def outstanding(self, vc: VcHandle) -> int:
        return len(self._outstanding.get(vc.number, ()))

    def send_complete(self, call: str, vc: VcHandle, nbls: list[Any], known: bool) -> None:
        if not known:
            self.fail(call, vc, Rule.UNKNOWN_HANDLE)
        out = self._outstanding.get(vc.number, {})
        for nbl in nbls:
            key = id(nbl)
            if key not in out:
                if key in self._completed:
                    self.fail(call, vc, Rule.SEND_COMPLETED_TWICE, f"{nbl!r:.120}")
                self.fail(call, vc, Rule.SEND_NOT_OUTSTANDING, f"{nbl!r:.120}")
            status = getattr(nbl, "status", None)
            if not isinstance(status, NdisStatus) or status == NdisStatus.PENDING:
                self.fail(call, vc, Rule.SEND_WITHOUT_STATUS, f"status={status!r}")
        for nbl in nbls:
            out.pop(id(nbl), None)
            self._pending.discard(id(nbl))
            self._completed.add(id(nbl))

    # ------------------------------------------------------------------ VC lifecycle
    def receive(self, call: str, vc: VcHandle, known: bool, deleted: bool,
                receiving: bool) -> None:
        if deleted:
            self.fail(call, vc, Rule.RECEIVE_ON_DELETED_VC)
        if not known:
            self.fail(call, vc, Rule.UNKNOWN_HANDLE)
        if not receiving:
            self.fail(call, vc, Rule.RECEIVE_ON_INACTIVE_VC, f"state {vc.state.name}")

    def activate_complete(self, call: str, vc: VcHandle, known: bool, pending: bool) -> None:
        if not known:
            self.fail(call, vc, Rule.UNKNOWN_HANDLE)
        if not pending:
            self.fail(call, vc, Rule.UNEXPECTED_ACTIVATE_COMPLETE, f"state {vc.state.name}")

    def deactivate_complete(self, call: str, vc: VcHandle, status: NdisStatus, known: bool,
                            pending: bool) -> None:
        if not known:
            self.fail(call, vc, Rule.UNKNOWN_HANDLE)
        if not pending:
            self.fail(call, vc, Rule.UNEXPECTED_DEACTIVATE_COMPLETE, f"state {vc.state.name}")
        n = self.outstanding(vc)
        if status == NdisStatus.SUCCESS and n:
            self.fail(call, vc, Rule.DEACTIVATE_WITH_SENDS, f"{n} outstanding")

    def halted(self, vcs: Iterable[VcHandle]) -> None:
        """After MiniportHaltEx: nothing may still be outstanding."""
        for vc in vcs:
            n = self.outstanding(vc)
            if n:
                self.fail("MiniportHaltEx", vc, Rule.SEND_NEVER_COMPLETED, f"{n} outstanding")
