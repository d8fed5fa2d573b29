"""The DMA host interface in the pyuvm environment (`EnvConfig.host = "dma"`, docs/dma.md).

The NIC (rtl/vcnic_nic.v) in its harness (`vcnic_tb.dma_backend.DmaBackend`), the
driver's ring manager (`vcnic.miniport.dma.DmaPort`) on its register window, host memory
backdoor and interrupt vectors, the core in loopback.

- `DmaTapWindow`: the `RegisterWindow` the driver uses; it tells the ring monitor about
  every ring register and doorbell *before* the write reaches the bus, so the monitor reads
  the rings through the backdoor at the moment the driver hands them over: the TX
  descriptors a TX_PROD posts, the free buffers an RXF_PROD posts, the completions a
  TXCQ_HEAD / RXCQ_HEAD gives back (with the bytes of the RX buffers they name: the driver
  writes RXCQ_HEAD before RXF_PROD, so the NIC cannot have reused them yet).
- `DmaRingMonitor` (uvm_component): publishes `RingTxn`s (`tx_post`, `tx_cpl`, `rx_post`,
  `rx_cpl`) on `ap`.
- `RingScoreboard`: the DMA contract end to end: every TX descriptor gets exactly one
  completion, on its VC, in VC order, with the status the rules predict (`predict_tx`);
  every frame completed TX_OK comes back (loopback) intact on its VC in order, or is
  accounted by an RX completion RX_NO_BUFFER / RX_DMA_ERROR (the latter only for a PDU
  that used a poisoned buffer); every CQ entry is taken once with the expected phase; the
  buffers an RX completion names are the next ones of the free ring; the DMA and core
  counters equal the ledger; no host memory leaked after the port stops.
- `DmaCoverage`: the `dma` group (`DMA_GOALS`).
"""

from __future__ import annotations

from collections import Counter, defaultdict, deque
from dataclasses import dataclass, field
from typing import Any

from pyuvm import uvm_analysis_port, uvm_component, uvm_subscriber
from vcnic.regs import DMA_ADDRESS, RxStatusCode, TxStatusCode
from vcnic.regs.dma_layout import RXB, RXC, TXC, TXD

from .dma_goals import DMA_GOALS  # noqa: F401  (group `dma`)

_IDX = 0xFFFF
_A = DMA_ADDRESS
_RING_REGS = {  # ring -> (base lo, base hi, size)
    "TX": ("TX_RING_BASE_LO", "TX_RING_BASE_HI", "TX_RING_SIZE"),
    "TXCQ": ("TXCQ_BASE_LO", "TXCQ_BASE_HI", "TXCQ_SIZE"),
    "RXF": ("RXF_BASE_LO", "RXF_BASE_HI", "RXF_SIZE"),
    "RXCQ": ("RXCQ_BASE_LO", "RXCQ_BASE_HI", "RXCQ_SIZE"),
}
_REC = {"TX": TXD, "TXCQ": TXC, "RXF": RXB, "RXCQ": RXC}
_DOORBELL = {_A["TX_PROD"]: "TX", _A["TXCQ_HEAD"]: "TXCQ", _A["RXF_PROD"]: "RXF",
             _A["RXCQ_HEAD"]: "RXCQ"}



@dataclass
class RingTxn:
    """What the ring monitor saw: `kind` tx_post / tx_cpl / rx_post / rx_cpl, the ring
    index, the record's fields, RX data and buffer addresses."""

    kind: str
    idx: int
    rec: dict[str, int]
    data: bytes = b""
    bufs: list[int] = field(default_factory=list)
    batch: int = 1  # entries in the doorbell's batch
    phase: int = 1  # the phase the entry was taken with


class DmaTapWindow:
    """`RegisterWindow` around the backend's: ring registers and doorbells go to the
    monitor before the bus (see the module doc)."""

    def __init__(self, inner, monitor: DmaRingMonitor):
        self.inner, self.monitor = inner, monitor
        self.irq = getattr(inner, "irq", None)

    async def read(self, addr: int) -> int:
        return await self.inner.read(addr)

    async def write(self, addr: int, value: int) -> None:
        self.monitor.register_write(addr, int(value) & 0xFFFFFFFF)
        await self.inner.write(addr, value)

    async def wait_irq(self) -> None:
        await self.inner.wait_irq()


class DmaRingMonitor(uvm_component):
    """Observes the rings through the register writes and the memory backdoor."""

    def build_phase(self):
        self.ap = uvm_analysis_port("ap", self)
        self.memory = None
        self.regs: dict[int, int] = {}
        self.ptr = {"TX": 0, "TXCQ": 0, "RXF": 0, "RXCQ": 0}
        self.free: dict[int, int] = {}  # free ring index (16-bit) -> buffer address
        self.errors: list[str] = []

    def _ring(self, ring: str) -> tuple[int, int]:
        lo, hi, sz = (_A[n] for n in _RING_REGS[ring])
        return (self.regs.get(hi, 0) << 32) | self.regs.get(lo, 0), self.regs.get(sz, 0)

    def register_write(self, addr: int, value: int) -> None:
        ring = _DOORBELL.get(addr)
        if ring is None:
            self.regs[addr] = value
            if addr in (_A["TX_RING_SIZE"], _A["RXF_SIZE"]):  # rings off/on: new books
                self.ptr = {k: 0 for k in self.ptr}
                self.free.clear()
            return
        base, log2 = self._ring(ring)
        if not log2:
            return
        old = self.ptr[ring]
        n = (value - old) & _IDX
        if n > 1 << log2:
            self.errors.append(f"{ring} doorbell {value} moves {n} entries on a ring of "
                               f"{1 << log2} (the driver's own doorbell)")
            return
        rec = _REC[ring]
        for k in range(n):
            i = (old + k) & _IDX
            slot = i & ((1 << log2) - 1)
            raw = self.memory.read(base + slot * rec.BYTES, rec.BYTES)
            u = rec.unpack(raw)
            r = {f: getattr(u, f) for f in rec.FIELDS}
            phase = (~(i >> log2)) & 1
            if ring == "TX":
                self.ap.write(RingTxn("tx_post", i, r, batch=n))
            elif ring == "RXF":
                self.free[i] = r["addr"]
                self.ap.write(RingTxn("rx_post", i, r, batch=n))
            elif ring == "TXCQ":
                if r["phase"] != phase:
                    self.errors.append(f"TX CQ entry {i} handed back with phase {r['phase']},"
                                       f" expected {phase} (not written by the NIC)")
                self.ap.write(RingTxn("tx_cpl", i, r, batch=n, phase=phase))
            else:
                if r["phase"] != phase:
                    self.errors.append(f"RX CQ entry {i} handed back with phase {r['phase']},"
                                       f" expected {phase}")
                bufs = [self.free.get((r["buf_index"] + j) & _IDX, -1)
                        for j in range(r["nbufs"])]
                bsz = self.regs.get(_A["RX_BUF_SIZE"], 0) or 65536
                left, chunks = r["length"], []
                for b in bufs:
                    if left <= 0 or b < 0:
                        break
                    take = min(left, bsz)
                    chunks.append(self.memory.read(b, take))
                    left -= take
                self.ap.write(RingTxn("rx_cpl", i, r, b"".join(chunks), bufs, batch=n,
                                      phase=phase))
        self.ptr[ring] = value & _IDX


@dataclass
class _Frame:
    idx: int
    vc: int
    data: bytes
    want: int  # predicted TxStatusCode
    status: int | None = None


class RingScoreboard(uvm_subscriber):
    """Checks the DMA contract from the monitor's transactions (module doc)."""

    def build_phase(self):
        self.problems: list[str] = []
        self.memory = None
        self.num_vc = 16
        self.beat = 8
        self.vcs: dict[int, int] = {}  # active VC -> max SDU
        self.tx_poison: list[tuple[int, int]] = []  # [lo, hi) answering reads with errors
        self.rx_poison: list[tuple[int, int]] = []
        self.posted: dict[int, _Frame] = {}  # TX ring index -> frame (not completed)
        self.fifo: dict[int, deque[_Frame]] = defaultdict(deque)  # VC -> posted, in order
        self.expect_rx: dict[int, deque[_Frame]] = defaultdict(deque)  # VC -> TX_OK frames
        self.tally: Counter = Counter()
        self.txcq_next = 0
        self.rxcq_next = 0
        self.buf_next: int | None = None
        self.frames: list[_Frame] = []
        self.lost: list[int] = []
        self.rx_seen: list[RingTxn] = []

    def problem(self, msg: str) -> None:
        if len(self.problems) < 200:
            self.problems.append(msg)

    @staticmethod
    def _in(addr: int, n: int, windows) -> bool:
        return any(addr < hi and addr + max(n, 1) > lo for lo, hi in windows)

    def predict_tx(self, r: dict[str, int]) -> int:
        """The status docs/dma.md and the core give a descriptor."""
        T = TxStatusCode
        if r["vc"] >= self.num_vc:
            return T.TX_BAD_VC
        if r["reserved"] or r["addr"] % self.beat:
            return T.TX_BAD_DESC
        if r["length"] and self._in(r["addr"], r["length"], self.tx_poison):
            return T.TX_DMA_ERROR
        if r["vc"] not in self.vcs:
            return T.TX_INACTIVE
        if r["length"] == 0:
            return T.TX_ZERO_LENGTH
        if r["length"] > self.vcs[r["vc"]]:
            return T.TX_OVERSIZE
        return T.TX_OK

    def write(self, t: RingTxn) -> None:
        getattr(self, "_" + t.kind)(t)

    def _tx_post(self, t: RingTxn) -> None:
        r = t.rec
        data = self.memory.read(r["addr"], r["length"]) if r["length"] else b""
        f = _Frame(t.idx, r["vc"], data, int(self.predict_tx(r)))
        if t.idx in self.posted:
            self.problem(f"TX ring index {t.idx} posted again before its completion")
        self.posted[t.idx] = f
        self.fifo[r["vc"]].append(f)
        self.frames.append(f)
        if f.want == TxStatusCode.TX_OK:  # loopback: its PDU may be reaped before its TXC
            self.expect_rx[f.vc].append(f)

    def _tx_cpl(self, t: RingTxn) -> None:
        r = t.rec
        if t.idx != self.txcq_next:
            self.problem(f"TX CQ entry {t.idx} taken, expected {self.txcq_next}")
        self.txcq_next = (t.idx + 1) & _IDX
        vc, st = r["vc"], r["status"]
        q = self.fifo.get(vc)
        if not q:
            self.problem(f"TX completion vc={vc} status={st}: no descriptor of that VC "
                         f"outstanding (a completion twice, or on the wrong VC)")
            return
        if st == TxStatusCode.TX_BAD_VC:  # not through the core: any order on its VC
            f = next((x for x in q if x.want == TxStatusCode.TX_BAD_VC), q[0])
            q.remove(f)
        else:
            f = q.popleft()
        self.posted.pop(f.idx, None)
        f.status = st
        self.tally[f"tx:{TxStatusCode(st).name}"] += 1
        if st != f.want:
            self.problem(f"TX descriptor {f.idx} (vc {vc}, {len(f.data)} B) completed "
                         f"{TxStatusCode(st).name}, predicted {TxStatusCode(f.want).name}")

    def _rx_post(self, t: RingTxn) -> None:
        if self.buf_next is None:
            self.buf_next = t.idx

    def _rx_cpl(self, t: RingTxn) -> None:
        r = t.rec
        if t.idx != self.rxcq_next:
            self.problem(f"RX CQ entry {t.idx} taken, expected {self.rxcq_next}")
        self.rxcq_next = (t.idx + 1) & _IDX
        st, core, vc = r["status"], r["core_status"], r["vc"]
        self.rx_seen.append(t)
        self.tally[f"rx:{RxStatusCode(st).name}"] += 1
        if r["nbufs"]:
            if self.buf_next is not None and r["buf_index"] != self.buf_next:
                self.problem(f"RX completion {t.idx} names buffers from index "
                             f"{r['buf_index']}, the next unused is {self.buf_next} "
                             f"(a buffer used twice or skipped)")
            self.buf_next = (r["buf_index"] + r["nbufs"]) & _IDX
        if -1 in t.bufs:
            self.problem(f"RX completion {t.idx} names a buffer never posted")
        q = self.expect_rx.get(vc) or deque()
        # frames the core dropped before the DMA (its own RX buffer full: NO_BUFFER in the
        # core's counters, no DMA completion) are skipped; check_end holds them to the
        # core's drop counters exactly
        want_len = r["pdu_length"]
        k = next((j for j, x in enumerate(q) if (x.data == t.data if st == RxStatusCode.RX_OK
                                                 else len(x.data) & _IDX == want_len)), None)
        if k is None:
            self.problem(f"RX completion {t.idx} on VC {vc} ({RxStatusCode(st).name}, "
                         f"{r['length']} B): matches no frame sent on it that is outstanding")
            return
        for _ in range(k):
            lost = q.popleft()
            self.tally["lost_in_core"] += 1
            self.lost.append(lost.idx)
        f = q.popleft()
        poisoned = any(self._in(b, 1, self.rx_poison) for b in t.bufs) if t.bufs else False
        if core != RxStatusCode.RX_OK:
            self.problem(f"RX completion {t.idx}: core_status {RxStatusCode(core).name} in "
                         f"loopback (the frame of TX descriptor {f.idx})")
        if st == RxStatusCode.RX_OK:
            if poisoned:
                self.problem(f"RX completion {t.idx} RX_OK although buffer(s) {t.bufs} "
                             f"answer writes with errors")
            if t.data != f.data or r["pdu_length"] != len(f.data):
                self.problem(f"VC {vc}: PDU of RX completion {t.idx} ({len(t.data)} B) is "
                             f"not the frame of TX descriptor {f.idx} ({len(f.data)} B)")
        elif st == RxStatusCode.RX_DMA_ERROR:
            if not poisoned:
                self.problem(f"RX completion {t.idx} RX_DMA_ERROR on unpoisoned buffers")
        elif st == RxStatusCode.RX_NO_BUFFER:
            if r["pdu_length"] != len(f.data):
                self.problem(f"RX_NO_BUFFER completion {t.idx}: pdu_length "
                             f"{r['pdu_length']}, the frame had {len(f.data)}")
        else:
            self.problem(f"RX completion {t.idx}: status {RxStatusCode(st).name} in loopback")
        if poisoned and st not in (RxStatusCode.RX_DMA_ERROR, RxStatusCode.RX_NO_BUFFER):
            # (a PDU that ran out of buffers after a failed write: docs/dma.md ranks neither)
            self.problem(f"RX completion {t.idx} {RxStatusCode(st).name}: a poisoned "
                         f"buffer was written without RX_DMA_ERROR")

    def check_end(self, dma_ctr: dict[str, int], core_ctr: dict[str, int],
                 doorbell_errors: int) -> None:
        """At the end, quiet: nothing outstanding, counters = ledger."""
        for f in self.posted.values():
            self.problem(f"TX descriptor {f.idx} (vc {f.vc}) never completed")
        for q in self.expect_rx.values():  # never delivered: the core dropped them
            self.tally["lost_in_core"] += len(q)
            q.clear()
        T = self.tally
        want = {
            "TX_BAD_DESC": T["tx:TX_BAD_DESC"] + T["tx:TX_BAD_VC"],
            "TX_DMA_ERRORS": T["tx:TX_DMA_ERROR"],
            "RX_DMA_ERRORS": T["rx:RX_DMA_ERROR"],
            "RX_NO_BUFFER": T["rx:RX_NO_BUFFER"],
            "RX_PDUS_IN": sum(v for k, v in T.items() if k.startswith("rx:")),
            "DOORBELL_ERRORS": doorbell_errors,
        }
        for k, v in want.items():
            if dma_ctr.get(k) != v:
                self.problem(f"DMA counter {k} = {dma_ctr.get(k)}, the ledger says {v}")
        drops = sum(T[f"tx:{s}"] for s in ("TX_BAD_DESC", "TX_DMA_ERROR", "TX_INACTIVE",
                                           "TX_OVERSIZE", "TX_ZERO_LENGTH"))
        core_drops = sum(core_ctr.get(k, 0) for k in ("NO_BUFFER", "RX_ABORTED", "OVERSIZE",
                                                     "CRC_ERRORS", "LEN_ERRORS"))
        if core_drops != T["lost_in_core"]:
            self.problem(f"{T['lost_in_core']} frames sent TX_OK never reached the DMA, the "
                         f"core counted {core_drops} RX drops/errors (every frame in exactly "
                         f"one counter)")
        cwant = {"PDUS_TX": T["tx:TX_OK"], "TX_DROPPED": drops,
                 "PDUS_RX": T["rx:RX_OK"] + T["rx:RX_DMA_ERROR"] + T["rx:RX_NO_BUFFER"]}
        for k, v in cwant.items():
            if k in core_ctr and core_ctr[k] != v:
                self.problem(f"core counter {k} = {core_ctr[k]}, the ledger says {v}")


class DmaCoverage(uvm_subscriber):
    """Samples the `dma` group from the ring transactions (and markers from the test)."""

    def build_phase(self):
        self.db = None
        self.tx_log2 = self.rx_log2 = 0

    def write(self, t: RingTxn) -> None:
        h = self.db.hit
        if t.kind == "tx_post":
            if t.idx and t.idx % (1 << self.tx_log2) == 0:
                h("dma", "tx_ring_wrap")
        elif t.kind == "tx_cpl":
            h("dma", f"tx:{TxStatusCode(t.rec['status']).name}")
            if t.phase == 0:
                h("dma", "txcq_phase_flip")
            if t.batch > 1:
                h("dma", "irq_coalesced")
        elif t.kind == "rx_post":
            if t.idx > (1 << self.rx_log2) and t.idx % (1 << self.rx_log2) == 0:
                h("dma", "rx_ring_wrap")
        elif t.kind == "rx_cpl":
            st = RxStatusCode(t.rec["status"])
            h("dma", f"rx:{st.name}")
            if st == RxStatusCode.RX_NO_BUFFER:
                h("dma", "free_ring_empty")
            n = t.rec["nbufs"]
            if n:
                h("dma", "rx_bufs:" + ("1" if n == 1 else "2" if n == 2 else
                                       "3-4" if n <= 4 else "5+"))
            if t.phase == 0:
                h("dma", "rxcq_phase_flip")
            if t.batch > 1:
                h("dma", "irq_coalesced")


def dma_counters_of(regs: dict[str, Any]) -> dict[str, int]:
    return {k: int(v) for k, v in regs.items()}
