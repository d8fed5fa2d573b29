"""Line fault injection: what happens to cells between line TX and line RX.

`FaultInjector` is a `vcnic_tb.cells.FaultHook` (and a `vcnic.model` `LineFault`): it is
called with every cell leaving line TX and returns the cells to put on line RX. Each cell
is hit by at most one fault, drawn from a seeded `random.Random` with configurable per-cell
rates (`FaultRates`), or forced (`force(kind, ...)`) by a directed test. Cell-level kinds:

| kind          | what the injector does                                   | what the core must do |
|---------------|----------------------------------------------------------|-----------------------|
| `hec_1bit`    | flips one of the 40 header bits (HEC included)           | correct it (HEC_CORRECTED) in CORRECTION mode, discard it in DETECTION mode |
| `hec_multi`   | flips two header bits (never a single-bit syndrome)      | discard (HEC_DISCARDED) |
| `payload`     | flips one payload bit                                    | the PDU fails CRC (CRC_ERRORS) |
| `lose`        | drops a cell that is not the last of its PDU            | the PDU fails CRC/LENGTH |
| `lose_last`   | drops the last cell of a PDU (PTI bit 0)                 | the PDU merges with the next one of its VC: one CRC/LENGTH/OVERSIZE error for both |
| `dup`         | sends a cell twice (never a single-cell PDU: AAL5 cannot see that) | CRC/LENGTH error |
| `misinsert`   | inserts an extra cell on an unknown (VPI, VCI)           | UNKNOWN_VC, nothing else touched |
| `misroute`    | rewrites the header to an unknown (VPI, VCI) (HEC valid) | UNKNOWN_VC, and the PDU it left fails CRC/LENGTH |

Scenario-level kinds (`hold`/`release`, `starve_last`):

- `hold(key)`: the cells of a VC are kept back (not put on line RX) until `release(key)`
  returns them; used to put cells of a VC on the line while and after it is deactivated
  (they must count UNKNOWN_VC; a partial reassembly is freed as RX_ABORTED).
- `starve_last(key)`: the VC "never sends its last cell": every last cell of the VC is
  dropped, so its PDUs merge until the RX buffer runs out (NO_BUFFER) or the merged PDU is
  larger than the VC's max SDU (OVERSIZE); `starve_last(key, False)` lets the next last
  cell through, which ends the merged PDU (counted once).

Header faults keep at least `min_gap` clean headers between two of them, so the receiver
is back in CORRECTION mode and a single-bit error is always corrected (directed tests can
count HEC_CORRECTED exactly); random runs may set `min_gap=0` (the model decides).

Everything is recorded: `events` (one `FaultEvent` per fault), `stats` (a Counter by
kind), `tx_log` (every line TX cell with its tag), `rx_log` (every cell handed to line RX,
with the tag of the cell it came from, None for inserted cells). A tag is
`(vpi, vci, pdu, cell)`: the `pdu`-th PDU of that (VPI, VCI) on line TX and the cell's
index in it. `damaged(key, pdu)` says whether a fault could have destroyed that PDU (a
fault on one of its cells, or a lost/discarded last cell of the PDU before it, which
merges the two).
"""

from __future__ import annotations

import random
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, fields
from enum import StrEnum
from typing import Any

from vcnic.atm.cell import CELL_BYTES, CellHeader, hec

__all__ = ["CELL_KINDS", "FaultEvent", "FaultInjector", "FaultKind", "FaultRates",
           "LoggedCell", "flip_header_bits", "parse_key"]


class FaultKind(StrEnum):
    HEC_1BIT = "hec_1bit"
    HEC_MULTI = "hec_multi"
    PAYLOAD = "payload"
    LOSE = "lose"
    LOSE_LAST = "lose_last"
    DUP = "dup"
    MISINSERT = "misinsert"
    MISROUTE = "misroute"
    HOLD = "hold"
    STARVE_LAST = "starve_last"
    BAD_LENGTH = "bad_length"
    ABORT = "abort"


#: The kinds drawn per cell by the rates.
CELL_KINDS = (FaultKind.HEC_1BIT, FaultKind.HEC_MULTI, FaultKind.PAYLOAD, FaultKind.LOSE,
              FaultKind.LOSE_LAST, FaultKind.DUP, FaultKind.MISINSERT, FaultKind.MISROUTE)
_HEADER_KINDS = (FaultKind.HEC_1BIT, FaultKind.HEC_MULTI)
#: Kinds after which a cell does not reach reassembly as sent.
_DESTRUCTIVE = {FaultKind.HEC_MULTI, FaultKind.PAYLOAD, FaultKind.LOSE, FaultKind.LOSE_LAST,
                FaultKind.DUP, FaultKind.MISROUTE, FaultKind.HOLD, FaultKind.STARVE_LAST,
                # a single-bit error is corrected only in CORRECTION mode: count it as
                # possibly destructive (the model says what really happened)
                FaultKind.HEC_1BIT}


@dataclass
class FaultRates:
    """Per-cell probabilities of each cell-level fault (at most one fault per cell)."""

    hec_1bit: float = 0.0
    hec_multi: float = 0.0
    payload: float = 0.0
    lose: float = 0.0
    lose_last: float = 0.0
    dup: float = 0.0
    misinsert: float = 0.0
    misroute: float = 0.0

    def __post_init__(self) -> None:
        total = 0.0
        for f in fields(self):
            v = getattr(self, f.name)
            if not 0.0 <= v <= 1.0:
                raise ValueError(f"rate {f.name}={v} not in [0, 1]")
            total += v
        if total > 1.0:
            raise ValueError(f"rates add up to {total} > 1")

    @classmethod
    def uniform(cls, rate: float, kinds: Iterable[FaultKind | str] = CELL_KINDS) -> FaultRates:
        return cls(**{FaultKind(k).value: rate for k in kinds})

    @classmethod
    def random(cls, rng: random.Random, total: float = 0.03) -> FaultRates:
        """A random mix of every cell kind adding up to `total`."""
        w = [rng.random() for _ in CELL_KINDS]
        s = sum(w)
        return cls(**{k.value: total * x / s for k, x in zip(CELL_KINDS, w, strict=True)})

    def to_dict(self) -> dict[str, float]:
        return {f.name: getattr(self, f.name) for f in fields(self)}

    @property
    def any(self) -> bool:
        return any(getattr(self, f.name) for f in fields(self))


Key = tuple[int, int]
Tag = tuple[int, int, int, int]  # (vpi, vci, pdu, cell)


def parse_key(raw: bytes, nni: bool = False) -> tuple[Key, int]:
    """((VPI, VCI), PTI) of a raw cell header."""
    h = CellHeader.unpack(raw, nni)
    return (h.vpi, h.vci), h.pti


def make_header(vpi: int, vci: int, pti: int = 0, clp: int = 0, nni: bool = False) -> bytes:
    """A UNI (GFC 0) or NNI header with its HEC; out-of-range values are masked to their
    field like the bits on the wire."""
    h4 = CellHeader(0, vpi & (0xFFF if nni else 0xFF), vci & 0xFFFF, pti & 7, clp & 1,
                    nni).pack()
    return h4 + bytes([hec(h4)])


def flip_header_bits(raw: bytes, bits: Iterable[int]) -> bytes:
    """Flip header bits (0..39, bit 0 = MSB of byte 0; 32..39 = the HEC byte)."""
    b = bytearray(raw)
    for i in bits:
        b[i // 8] ^= 0x80 >> (i % 8)
    return bytes(b)


@dataclass(frozen=True)
class FaultEvent:
    index: int        # line TX cell number (0-based) the fault was applied to
    kind: str
    tag: Tag | None   # the cell it hit (None: a scenario-level event with no cell)
    detail: str = ""


@dataclass(frozen=True)
class LoggedCell:
    raw: bytes
    tag: Tag | None   # the line TX cell it came from; None for an inserted cell
    kind: str | None  # the fault applied, None when clean


@dataclass
class FaultInjector:
    """A seeded line fault injector (see the module doc). Call it with each line TX cell
    (anything with `.raw`, or bytes); it returns the list of cells for line RX."""

    seed: int = 0
    rates: FaultRates = field(default_factory=FaultRates)
    nni: bool = False
    min_gap: int = 1
    #: Only cells of these (VPI, VCI) are faulted at random (None: every VC).
    targets: set[Key] | None = None
    #: (VPI, VCI) pairs the injector may use for misinserted/misrouted cells; by default
    #: VPI 0xF0..0xFF with a random VCI >= 32 (the env never uses VPI >= 0x80).
    unknown_vpi: tuple[int, int] = (0xF0, 0xFF)
    keep_logs: bool = True
    #: Optional: returns an unused (VPI, VCI) a few bits from an active VC's key (the env's
    #: `VcPool.near_unknown`); half of the misinserted/misrouted cells then go there, so a
    #: lookup that confused near keys of one set would hand them to that VC.
    unknown_key: Callable[[], Key | None] | None = None

    def __post_init__(self) -> None:
        self.rng = random.Random(self.seed)
        self.stats: Counter[str] = Counter()
        self.events: list[FaultEvent] = []
        self.tx_log: list[LoggedCell] = []
        self.rx_log: list[LoggedCell] = []
        self._index = 0
        self._pdu: dict[Key, int] = defaultdict(int)
        self._cell: dict[Key, int] = defaultdict(int)
        self._since_header_fault = 1 << 30
        self._forced: list[tuple[FaultKind, Key | None, dict[str, Any]]] = []
        self._held: dict[Key, list[LoggedCell]] = {}
        #: per key: the PDU numbers from which the receiver's reassembly started afresh
        self._restarts: dict[Key, list[int]] = defaultdict(list)
        self._starved: set[Key] = set()
        self._damaged: dict[tuple[Key, int], set[str]] = defaultdict(set)
        self._last_lost: dict[tuple[Key, int], str] = {}
        #: cells of each (key, pdu) passed on to line RX on their own VC: [sure, maybe]
        self._arrived: dict[tuple[Key, int], list[int]] = defaultdict(lambda: [0, 0])
        #: extra errored PDUs made of a duplicated last cell alone, per (VPI, VCI)
        self.spurious: Counter[Key] = Counter()
        self.enabled = True

    # ------------------------------------------------------------------ control
    def force(self, kind: FaultKind | str, key: Key | None = None, count: int = 1,
              **where: Any) -> None:
        """Apply `kind` to the next `count` eligible cells (of `key` if given). `where` may
        give `cell=i` (only the i-th cell of a PDU), `pdu=k`, `last=True/False`."""
        kind = FaultKind(kind)
        if kind not in CELL_KINDS:
            raise ValueError(f"{kind} is not a cell-level fault")
        for _ in range(count):
            self._forced.append((kind, key, dict(where)))

    @property
    def pending_forced(self) -> int:
        return len(self._forced)

    def hold(self, key: Key) -> None:
        """Keep back every cell of `key` until `release(key)`."""
        self._held.setdefault(tuple(key), [])
        self.events.append(FaultEvent(self._index, FaultKind.HOLD.value, None, f"hold {key}"))

    def restart(self, key: Key) -> None:
        """The receiver's reassembly of `key` starts afresh here (a DEACTIVATE freed any
        partial PDU, e.g. before the VPI/VCI is used by a new VC): call it once the old
        VC's cells have all left line TX; later PDUs never merge with earlier ones."""
        key = tuple(key)
        self._restarts[key].append(self._pdu[key])

    def release(self, key: Key) -> list[bytes]:
        """Stop holding `key`; the held cells, in order, for the caller to put on line RX
        (they are logged in `rx_log` as they are returned)."""
        cells = self._held.pop(tuple(key), [])
        self.events.append(FaultEvent(self._index, FaultKind.HOLD.value, None,
                                      f"release {key}: {len(cells)} cells"))
        for c in cells:
            self._log_rx(c)
        return [c.raw for c in cells]

    def bad_length_pdu(self, key: Key, cells: int = 2, length: int | None = None) -> list[bytes]:
        """A crafted PDU for `key` (a broken far-end transmitter): `cells` cells whose
        CRC-32 is right but whose Length field does not fit them (LENGTH error at RX). The
        caller puts the cells on line RX between PDUs of that VC."""
        import struct

        from vcnic.atm.aal5 import crc32_aal5

        n = 48 * cells
        if length is None:  # too long for the cells, or (2+ cells) more than 47 bytes of pad
            # n - 7 and n - 56 are one past the two limits of the check (pad 0 and pad 47
            # are right: the traffic's 48k - 8 and 48k - 7 lengths)
            choices = [n - 7, n + self.rng.randint(1, 500)]
            if cells >= 2:
                choices += [n - 56, n - 8 - 48 - self.rng.randint(1, 39)]  # never 0: an abort
            length = self.rng.choice(choices)
        need = length + 8
        if length == 0:
            raise ValueError("Length 0 is the AAL5 abort indication: use abort_pdu()")
        if not (need > n or n - need > 47):
            raise ValueError(f"Length {length} fits {cells} cells: not a bad-length PDU")
        sdu = bytes(self.rng.getrandbits(8) for _ in range(n - 8))
        body = sdu + struct.pack(">BBH", 0, 0, length & 0xFFFF)
        pdu = body + crc32_aal5(body).to_bytes(4, "big")
        out = []
        for i in range(cells):
            hdr = make_header(key[0], key[1], 1 if i == cells - 1 else 0, 0, self.nni)
            out.append(hdr + pdu[48 * i: 48 * (i + 1)])
        self.stats[FaultKind.BAD_LENGTH.value] += 1
        self.events.append(FaultEvent(self._index, FaultKind.BAD_LENGTH.value, None,
                                      f"{key} {cells} cells, Length {length}"))
        for c in out:
            self._log_rx(LoggedCell(c, None, FaultKind.BAD_LENGTH.value))
        return out

    def oversize_pdu(self, key: Key, max_sdu: int, by_cells: bool = False) -> list[bytes]:
        """A crafted PDU for `key` one past the receiver's max SDU checks: right CRC and
        Length, Length = max_sdu + 1 in cells_for(max_sdu + 1) cells (OVERSIZE by the
        Length field), or (`by_cells`) cells_for(max_sdu) + 1 cells, one more than a PDU of
        max_sdu can have (OVERSIZE by the cell count, before the last cell is seen)."""
        import struct

        from vcnic.atm.aal5 import cells_for, crc32_aal5

        if by_cells:
            cells = cells_for(max_sdu) + 1
            length = min(0xFFFF, 48 * cells - 8)
        else:
            length = max_sdu + 1
            cells = cells_for(length)
        n = 48 * cells
        sdu = bytes(self.rng.getrandbits(8) for _ in range(n - 8))
        body = sdu + struct.pack(">BBH", 0, 0, length)
        pdu = body + crc32_aal5(body).to_bytes(4, "big")
        out = [make_header(key[0], key[1], 1 if i == cells - 1 else 0, 0, self.nni)
               + pdu[48 * i: 48 * (i + 1)] for i in range(cells)]
        self.stats[FaultKind.BAD_LENGTH.value] += 1
        self.events.append(FaultEvent(self._index, FaultKind.BAD_LENGTH.value, None,
                                      f"{key} {cells} cells, Length {length}: max SDU "
                                      f"{max_sdu} + 1 by {'cells' if by_cells else 'length'}"))
        for c in out:
            self._log_rx(LoggedCell(c, None, FaultKind.BAD_LENGTH.value))
        return out

    def abort_pdu(self, key: Key, cells: int = 1) -> list[bytes]:
        """A crafted AAL5 abort for `key` (I.363.5, RFC 2684 section 3): `cells` cells,
        right CRC-32, Length field 0; the receiver counts it RX_ABORTED, delivers nothing
        (not even on an rx_errored VC) and goes on with the VC's next PDU. The caller puts
        the cells on line RX between PDUs of that VC."""
        from vcnic.atm.aal5 import abort_pdu

        fill = bytes(self.rng.getrandbits(8) for _ in range(48 * cells - 8))
        pdu = abort_pdu(cells, uu=self.rng.randrange(256), fill=fill)
        out = []
        for i in range(cells):
            hdr = make_header(key[0], key[1], 1 if i == cells - 1 else 0, 0, self.nni)
            out.append(hdr + pdu[48 * i: 48 * (i + 1)])
        self.stats[FaultKind.ABORT.value] += 1
        self.events.append(FaultEvent(self._index, FaultKind.ABORT.value, None,
                                      f"{key} {cells} cells, Length 0"))
        for c in out:
            self._log_rx(LoggedCell(c, None, FaultKind.ABORT.value))
        return out

    def held(self, key: Key) -> int:
        return len(self._held.get(tuple(key), []))

    def starve_last(self, key: Key, on: bool = True) -> None:
        """Drop every last cell of `key` (on) or stop doing so (off)."""
        key = tuple(key)
        if on:
            self._starved.add(key)
        else:
            self._starved.discard(key)
        self.events.append(FaultEvent(self._index, FaultKind.STARVE_LAST.value, None,
                                      f"{'on' if on else 'off'} {key}"))

    # ------------------------------------------------------------------ queries
    def damaged(self, key: Key, pdu: int) -> set[str]:
        """The fault kinds that may have destroyed PDU `pdu` of `key` (empty: it must
        arrive intact): faults on its own cells, and "merged" when the PDUs before it lost
        their last cells while some of their cells reached line RX (a partial PDU the
        receiver merges with this one; "merged_hec_1bit" when that partial exists only if
        a single-bit error was corrected, or the lost last cell was only 1-bit errored)."""
        key = tuple(key)
        kinds = set(self._damaged.get((key, pdu), set()))
        start = max((r for r in self._restarts.get(key, ()) if r <= pdu), default=0)
        j, sure, maybe, why = pdu - 1, False, False, None
        while j >= start and (key, j) in self._last_lost:
            k = self._last_lost[(key, j)]
            if k == FaultKind.HEC_1BIT.value:  # corrected, or discarded in DETECTION mode
                maybe = True
                break
            why = why or k
            sure = sure or self._arrived[(key, j)][0] > 0
            maybe = maybe or self._arrived[(key, j)][1] > 0
            if sure:
                break
            j -= 1
        if sure:
            kinds.add("merged")
        elif maybe:
            kinds.add("merged_hec_1bit")
        return kinds

    def pdus_seen(self, key: Key) -> int:
        return self._pdu.get(tuple(key), 0)

    def summary(self) -> dict[str, Any]:
        return {"seed": self.seed, "rates": self.rates.to_dict(), "cells": self._index,
                "faults": dict(sorted(self.stats.items()))}

    # ------------------------------------------------------------------ the hook
    def __call__(self, lc: Any) -> list[bytes]:
        raw = bytes(lc.raw if hasattr(lc, "raw") else lc)
        if len(raw) != CELL_BYTES:  # not ours to judge: pass it on
            return [raw]
        key, pti = parse_key(raw, self.nni)
        last = bool(pti & 1) and pti < 4
        pdu, cell = self._pdu[key], self._cell[key]
        tag: Tag = (key[0], key[1], pdu, cell)
        if last or pti >= 4:
            self._pdu[key] += 1
            self._cell[key] = 0
        else:
            self._cell[key] += 1
        index = self._index
        self._index += 1
        if self.keep_logs:
            self.tx_log.append(LoggedCell(raw, tag, None))

        if key in self._starved and last:
            out = self._apply(FaultKind.STARVE_LAST, raw, key, tag, last, index)
        else:
            kind = self._pick(key, tag, last) if self.enabled else None
            out = self._apply(kind, raw, key, tag, last, index) if kind else [
                LoggedCell(raw, tag, None)]
        if key in self._held:
            self._held[key].extend(out)
            self._damaged[(key, pdu)].add(FaultKind.HOLD.value)
            if last:
                self._last_lost[(key, pdu)] = FaultKind.HOLD.value
            return []
        for c in out:
            self._log_rx(c)
            if c.tag is not None and c.kind in (None, FaultKind.PAYLOAD.value,
                                                FaultKind.DUP.value):
                self._arrived[(key, pdu)][0] += 1
            elif c.tag is not None and c.kind == FaultKind.HEC_1BIT.value:
                self._arrived[(key, pdu)][1] += 1
        return [c.raw for c in out]

    def _log_rx(self, c: LoggedCell) -> None:
        if c.tag is not None or c.kind is not None:
            hdr = c.kind in _HEADER_KINDS
            self._since_header_fault = 0 if hdr else self._since_header_fault + 1
        if self.keep_logs:
            self.rx_log.append(c)

    def _eligible(self, kind: FaultKind, tag: Tag, last: bool) -> bool:
        if kind in _HEADER_KINDS and self._since_header_fault < self.min_gap:
            return False
        if kind == FaultKind.LOSE and last:
            return False
        if kind == FaultKind.LOSE_LAST and not last:
            return False
        if kind == FaultKind.DUP and last and tag[3] == 0:
            return False  # a duplicated single-cell PDU is a good PDU twice: undetectable
        return True

    def _pick(self, key: Key, tag: Tag, last: bool) -> FaultKind | None:
        for i, (kind, fkey, where) in enumerate(self._forced):
            if fkey is not None and tuple(fkey) != key:
                continue
            if "cell" in where and where["cell"] != tag[3]:
                continue
            if "pdu" in where and where["pdu"] != tag[2]:
                continue
            if "last" in where and bool(where["last"]) != last:
                continue
            if not self._eligible(kind, tag, last):
                continue
            del self._forced[i]
            return kind
        if not self.rates.any or (self.targets is not None and key not in self.targets):
            return None
        x = self.rng.random()
        acc = 0.0
        for kind in CELL_KINDS:
            acc += getattr(self.rates, kind.value)
            if x < acc:
                return kind if self._eligible(kind, tag, last) else None
        return None

    def _unknown_header(self, pti: int, clp: int) -> bytes:
        near = None
        if self.unknown_key is not None and self.rng.random() < 0.5:
            near = self.unknown_key()
        if near is not None:
            vpi, vci = near
        else:
            vpi = self.rng.randint(*self.unknown_vpi)
            vci = self.rng.randint(32, 0xFFFF)
        return make_header(vpi, vci, pti, clp, self.nni)

    def _apply(self, kind: FaultKind, raw: bytes, key: Key, tag: Tag, last: bool,
               index: int) -> list[LoggedCell]:
        rng = self.rng
        detail = ""
        k = kind.value
        if kind == FaultKind.HEC_1BIT:
            bit = rng.randrange(40)
            out = [LoggedCell(flip_header_bits(raw, [bit]), tag, k)]
            detail = f"bit {bit}"
        elif kind == FaultKind.HEC_MULTI:
            a, b = rng.sample(range(40), 2)  # HEC distance 4: 2 bits never look like 1
            out = [LoggedCell(flip_header_bits(raw, [a, b]), tag, k)]
            detail = f"bits {a},{b}"
        elif kind == FaultKind.PAYLOAD:
            bit = rng.randrange(5 * 8, CELL_BYTES * 8)
            b = bytearray(raw)
            b[bit // 8] ^= 0x80 >> (bit % 8)
            out = [LoggedCell(bytes(b), tag, k)]
            detail = f"bit {bit}"
        elif kind in (FaultKind.LOSE, FaultKind.LOSE_LAST, FaultKind.STARVE_LAST):
            out = []
        elif kind == FaultKind.DUP:
            out = [LoggedCell(raw, tag, None), LoggedCell(raw, tag, k)]
        elif kind == FaultKind.MISINSERT:
            pti = rng.choice((0, 0, 1))
            ins = self._unknown_header(pti, 0) + bytes(rng.getrandbits(8) for _ in range(48))
            first = rng.random() < 0.5
            out = [LoggedCell(ins, None, k), LoggedCell(raw, tag, None)]
            if not first:
                out.reverse()
            detail = f"{parse_key(ins, self.nni)[0]}"
        elif kind == FaultKind.MISROUTE:
            w = int.from_bytes(raw[:4], "big")
            hdr = self._unknown_header((w >> 1) & 7, w & 1)
            out = [LoggedCell(hdr + raw[5:], tag, k)]
            detail = f"-> {parse_key(hdr, self.nni)[0]}"
        else:  # pragma: no cover
            raise ValueError(kind)
        self.stats[k] += 1
        self.events.append(FaultEvent(index, k, tag, detail))
        if kind == FaultKind.DUP and last:
            # the PDU itself ends intact; the second copy is an errored PDU of its own
            self.spurious[key] += 1
        elif kind != FaultKind.MISINSERT:
            self._damaged[(key, tag[2])].add(k)
            if last and kind != FaultKind.PAYLOAD:
                self._last_lost[(key, tag[2])] = k
        return out


# ================================================================ host memory faults (DMA)
class MemFaultKind(StrEnum):
    """Faults of the DMA host side (docs/verification.md, "Memory faults")."""

    SLOW = "slow"                    # read/write latency spikes and bus backpressure
    TX_READ_ERROR = "tx_read_error"  # a TX buffer whose reads answer SLVERR/DECERR
    RX_WRITE_ERROR = "rx_write_error"  # RX buffers whose writes answer SLVERR/DECERR
    DESC_RESERVED = "desc_reserved"  # buggy driver: a reserved descriptor bit set
    DESC_MISALIGNED = "desc_misaligned"  # buggy driver: buffer address off the bus width
    DESC_BAD_VC = "desc_bad_vc"      # buggy driver: VC >= NUM_VC
    DESC_ZERO = "desc_zero"          # buggy driver: length 0
    DESC_OVERSIZE = "desc_oversize"  # buggy driver: length above the VC's max SDU
    DOORBELL = "doorbell"            # buggy driver: a doorbell beyond its ring


#: Descriptor corruptions and what they must complete with (docs/dma.md, TX path).
DESC_KINDS = (MemFaultKind.DESC_RESERVED, MemFaultKind.DESC_MISALIGNED,
              MemFaultKind.DESC_BAD_VC, MemFaultKind.DESC_ZERO, MemFaultKind.DESC_OVERSIZE)


class MemFaultInjector:
    """Seeded host-memory faults on `vcnic_tb.host_memory.HostMemFaults` (`faults`) and
    descriptor corruption in host memory (`memory`), as a buggy driver would write them.
    `stats` counts what was injected; `tx_poison` / `rx_poison` are the address windows
    whose reads / writes answer errors, for the scoreboard's predictions."""

    def __init__(self, seed: int, faults, memory):
        self.rng = random.Random(seed)
        self.faults, self.memory = faults, memory
        self.stats: Counter = Counter()
        self.tx_poison: list[tuple[int, int]] = []
        self.rx_poison: list[tuple[int, int]] = []

    def slow(self) -> dict[str, Any]:
        """Latency spikes (random per burst up to 50-400 cycles) and backpressure on every
        channel: traffic must still arrive intact, only later."""
        r = self.rng
        knobs = {"rd": (r.randint(2, 20), r.randint(50, 400)),
                 "wr": (r.randint(2, 10), r.randint(20, 200)),
                 "bp": {c: round(r.uniform(0.05, 0.6), 2) for c in ("ar", "aw", "w", "r", "b")}}
        self.faults.read_latency(*knobs["rd"])
        self.faults.write_latency(*knobs["wr"])
        self.faults.backpressure(**knobs["bp"])
        self.stats[MemFaultKind.SLOW.value] += 1
        return knobs

    def fast(self) -> None:
        self.faults.read_latency(0)
        self.faults.write_latency(0)
        self.faults.backpressure()

    def poison_reads(self, lo: int, hi: int) -> None:
        """Reads of [lo, hi) answer SLVERR or DECERR (one window at a time)."""
        self.faults.error_window(lo, hi, self.rng.choice((2, 3)), reads=True, writes=False)
        self.tx_poison, self.rx_poison = [(lo, hi)], []

    def poison_writes(self, lo: int, hi: int) -> None:
        self.faults.error_window(lo, hi, self.rng.choice((2, 3)), reads=False, writes=True)
        self.tx_poison, self.rx_poison = [], [(lo, hi)]

    def clear(self) -> None:
        self.faults.clear_errors()
        self.tx_poison, self.rx_poison = [], []

    def corrupt(self, kind: MemFaultKind, desc_addr: int, beat: int, num_vc: int) -> None:
        """Rewrite the TX descriptor at `desc_addr` (already posted by the ring manager,
        doorbell not yet written) the way a buggy driver would."""
        from vcnic.regs.dma_layout import TXD

        d = TXD.unpack(self.memory.read(desc_addr, TXD.BYTES))
        f = {k: getattr(d, k) for k in TXD.FIELDS}
        if kind == MemFaultKind.DESC_RESERVED:
            f["reserved"] = 1 << self.rng.randrange(15)
        elif kind == MemFaultKind.DESC_MISALIGNED:
            f["addr"] += self.rng.randrange(1, beat)
        elif kind == MemFaultKind.DESC_BAD_VC:
            f["vc"] = self.rng.randrange(num_vc, 0x10000)
        else:
            raise ValueError(f"{kind}: not a rewrite of the descriptor")
        self.memory.write(desc_addr, TXD(**f).pack())
        self.stats[kind.value] += 1
