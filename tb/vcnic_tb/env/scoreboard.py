"""The scoreboard: the RTL against the Python NIC model, plus a conservation ledger.

The model (`vcnic.model.NicModel`, no clock) is kept in step with the RTL by mirroring
what the monitors see, at the time they see it:

- every register access (`RegAccess`) is applied to the model (`write_reg`/`read_reg`):
  responses must agree (SLVERR where the model raises), stable registers must read the
  same, every command's result (read from VC_CMD once busy drops) must equal the model's;
  a command written while the RTL is busy must be ignored by both (cmd_overrun);
- every frame the core takes on host TX goes to the model's host TX, whose transmitter is
  then run to idle (its cells are kept per (VPI, VCI));
- every cell the core takes on line RX goes to the model's line RX (`line_rx`) in the same
  order: the model then predicts each host RX PDU (VC, status, data, UU, CPI) and every
  RX counter exactly, whatever the fault injector did to the cells;
- host RX is taken by hand (`NicModel.manual_rx`): a finished PDU holds its RX buffer
  cells in the model until the core's host RX port has taken it (`take_rx` when the
  monitor sees its last beat), which is when the core frees them, so the model predicts
  NO_BUFFER exactly. Timing: a line cell whose last beat is driven at edge E reaches the
  reassembly engine at edge E+2; a PDU whose last beat is taken at edge T gives its cells
  back at edge T+1. So cells published before T see the PDU's cells taken, cells
  published at T or later see them free: line RX cells are applied to the model one
  edge late (`sync`, at the next falling clock edge or the next event of a later time),
  and a host RX PDU at T is taken after the cells older than T, before those of T.

Checks:

- TX completions per VC equal the model's (except on a VC deactivated or modified with
  frames still queued: which of them the core aborts depends on timing; those are checked
  by the ledger);
- line TX cells per (VPI, VCI) are exactly `aal5.segment` of the frames completed TX_OK,
  in order (and, when no race, the model's cells);
- host RX PDUs, in order, equal the model's;
- the ledger, per frame: completed exactly once; TX_OK frames are delivered intact on
  their own VC in order, or lost with an explanation (a fault the injector put on one of
  their cells, or on the last cell of the PDU before), or lost with no fault and matched
  to exactly one RX drop event (NO_BUFFER, RX_ABORTED, OVERSIZE) counted by the core
  under test: its per-VC counters as read by QUERY in the frame's counter epoch (between
  CLEARs of the VC), else one left over from its global counters; a frame hit by a
  destructive fault is never delivered good; a frame not TX_OK is never delivered; no
  PDU arrives that was not sent on that VC;
- counters (global snapshot and per-VC QUERY) equal the model's, and the TX-side ones
  also what the monitors saw.
"""

from __future__ import annotations

import asyncio
from collections import Counter, defaultdict, deque
from dataclasses import dataclass, field
from typing import Any

import cocotb
from cocotb.simtime import get_sim_time
from cocotb.triggers import Event, FallingEdge
from pyuvm import uvm_component, uvm_subscriber
from vcnic.atm.aal5 import cells_for, segment
from vcnic.hw import BusError
from vcnic.model import NicModel
from vcnic.model.regfile import BY_ADDR, REGS
from vcnic.regs import ADDRESS, RxStatusCode, TxStatusCode, VcOpcode, VcState

from ..faults import FaultInjector, parse_key
from .items import CommandDone, Completion, HostRx, HostTx, LineCellTxn, Marker, RegAccess

A = ADDRESS
#: Registers whose value must read the same on the RTL and the model at any time.
STABLE_REGS = {"ID", "VERSION", "CAP_VC", "CAP_BUF", "CAP_DP", "LINK_RATE", "CTRL",
               "INT_ENABLE", "VC_SELECT", "VC_VPIVCI", "VC_PARAM", "VC_MAX_SDU", "VC_PCR_INC",
               "VC_Q_VPIVCI", "VC_Q_PARAM", "VC_Q_MAX_SDU", "VC_Q_INC"}
TX_GLOBAL = ("CELLS_TX", "PDUS_TX", "BYTES_TX", "TX_ABORTED", "TX_DROPPED")
TX_PER_VC = ("VC_TX_CELLS", "VC_TX_PDUS", "VC_TX_BYTES", "VC_TX_ABORTED", "VC_TX_DROPPED")
#: Fault kinds after which a PDU may still arrive good.
BENIGN = {"hec_1bit", "merged_hec_1bit"}
#: RX drop events that lose a whole PDU with no fault on the line (each loses one frame).
LOSS_VC = ("VC_RX_NO_BUFFER", "VC_RX_ABORTED", "VC_RX_OVERSIZE")
LOSS_GLOBAL = ("NO_BUFFER", "RX_ABORTED", "OVERSIZE")
#: Per-VC counter registers QUERY shows (64-bit counters as _LO/_HI).
VC_Q_REGS = {"VC_TX_CELLS", "VC_TX_PDUS", "VC_TX_BYTES_LO", "VC_TX_BYTES_HI", "VC_TX_ABORTED",
             "VC_TX_DROPPED", "VC_RX_CELLS", "VC_RX_PDUS", "VC_RX_BYTES_LO", "VC_RX_BYTES_HI",
             "VC_RX_CRC", "VC_RX_LENGTH", "VC_RX_OVERSIZE", "VC_RX_NO_BUFFER", "VC_RX_ABORTED"}
#: What the monitors alone say a per-VC counter must read (exact) or at least read.
EXACT_VC = ("VC_TX_PDUS", "VC_TX_BYTES", "VC_TX_CELLS", "VC_TX_ABORTED", "VC_RX_PDUS",
            "VC_RX_BYTES")
AT_LEAST_VC = {"VC_RX_CRC": "rx_crc_delivered", "VC_RX_LENGTH": "rx_length_delivered",
               "VC_RX_CELLS": "rx_cells_delivered", "VC_RX_LOSS": "lost_counted"}


class _Imp(uvm_subscriber.uvm_AnalysisImp):
    pass


@dataclass(eq=False)
class FrameRec:
    seq: int
    vc: int
    data: bytes
    uu: int
    cpi: int
    clp: int
    key: tuple[int, int] | None  # (VPI, VCI) of the VC when the core took the frame
    vc_clp: int
    epoch: int = 0  # the VC's counter epoch (CLEARs before it) when the core took it
    status: int | None = None
    delivered: bool = False
    line_pdu: int | None = None  # index of its PDU among the key's PDUs on line TX


@dataclass
class Totals:
    frames: int = 0
    completions: Counter = field(default_factory=Counter)
    delivered: int = 0
    rx_errored_delivered: int = 0
    lost_explained: int = 0
    commands: int = 0


class ModelScoreboard(uvm_component):
    """See the module doc. `injector` (the line fault hook) is read at check time."""

    def build_phase(self):
        self.reg_export = _Imp("reg_export", self, self.write_reg)
        self.tx_export = _Imp("tx_export", self, self.write_host_tx)
        self.cpl_export = _Imp("cpl_export", self, self.write_cpl)
        self.rx_export = _Imp("rx_export", self, self.write_host_rx)
        self.line_tx_export = _Imp("line_tx_export", self, self.write_line_tx)
        self.line_rx_export = _Imp("line_rx_export", self, self.write_line_rx)
        self.marker_export = _Imp("marker_export", self, self.write_marker)
        self.injector: FaultInjector | None = None
        self.problems: list[str] = []
        self.max_problems = 50
        self.nic: NicModel | None = None
        self.cmd_listeners: list[Any] = []
        self.totals = Totals()
        self.rtl_counters: dict[str, int] | None = None
        self.rtl_vc_counters: dict[int, dict[str, int]] = {}

    # ------------------------------------------------------------------ model
    def attach_model(self, params: dict[str, int]) -> None:
        self.nic = NicModel(
            num_vc=params["NUM_VC"], data_w=params["DATA_W"],
            tx_buf_cells=params["TX_BUF_CELLS"], rx_buf_cells=params["RX_BUF_CELLS"],
            num_cbr=params["NUM_CBR"], lookup_ways=params["LOOKUP_WAYS"],
            link_rate=params["LINK_RATE"])
        self.num_vc = params["NUM_VC"]
        self.nic.manual_rx(True)  # PDUs leave the model when the core's host RX takes them
        self.loop = asyncio.new_event_loop()
        self.cells: deque[tuple[float, bytes]] = deque()  # line RX cells not yet applied
        self.cell_event = Event()
        self.rx_stalled = False
        self.epoch: dict[int, int] = defaultdict(int)
        self.q_vc: int | None = None  # VC of the last QUERY that completed OK
        #: the core's per-VC loss counters as read after QUERY, per (VC, epoch)
        self.q_seen: dict[tuple[int, int], dict[str, int]] = defaultdict(dict)
        #: every per-VC counter register read after a QUERY, per (VC, epoch), and whether
        #: that QUERY saw the epoch complete (the VC inactive, or the end-of-test QUERY)
        self.q_regs: dict[tuple[int, int], dict[str, int]] = defaultdict(dict)
        self.q_complete: dict[tuple[int, int], str] = {}
        self.final_queries = False  # set by the env before its end-of-test QUERYs
        #: what the monitors saw, per (VC, epoch) and (global) since the last soft reset
        self.tally: dict[tuple[int, int], Counter] = defaultdict(Counter)
        self.g_tally: Counter = Counter()
        self.lost_by_epoch: Counter = Counter()
        self.nic.line_tx = self._model_line_tx
        self.model_line: dict[tuple[int, int], list[bytes]] = defaultdict(list)
        self.model_cpl: dict[int, deque[int]] = defaultdict(deque)
        self.sent: dict[int, list[FrameRec]] = defaultdict(list)
        self.cpl_ptr: dict[int, int] = defaultdict(int)
        self.rx_ptr: dict[int, int] = defaultdict(int)
        self.line: dict[tuple[int, int], list[bytes]] = defaultdict(list)
        self.racy_tx: set[int] = set()
        self.rx_racy: set[int] = set()
        self.rtl_busy = False
        self.pending_cmd: tuple[int, int, int] | None = None
        self.unmatched: list[str] = []
        self.seq = 0
        self.pending_per_vc: dict[int, int] = {}
        self.line_pdus: dict[tuple[int, int], int] = defaultdict(int)

    def _model_line_tx(self, raw: bytes) -> None:
        key, _ = parse_key(raw, self.nic.nni)
        self.model_line[key].append(bytes(raw))

    def _drain_model(self) -> None:
        """Run the model's transmitter until it has nothing to send; collect its outputs."""
        nic = self.nic
        self.loop.run_until_complete(nic.wait_tx_idle())
        while True:
            try:
                c = nic.port.tx_completion_nowait()
            except asyncio.QueueEmpty:
                break
            self.model_cpl[c.vc].append(c.status)

    @property
    def model_rx(self) -> deque:
        """PDUs the model finished that the core's host RX has not taken yet."""
        return self.nic.rx.held

    # ------------------------------------------------------------------ line RX timing
    def sync(self, before: float | None = None, *, inclusive: bool = False) -> None:
        """Apply the line RX cells published before `before` ns (all with None; also those
        at `before` with `inclusive`) to the model, in order."""
        q = self.cells
        applied = False
        while q and (before is None or q[0][0] < before
                     or (inclusive and q[0][0] == before)):
            self.nic.line_rx(q.popleft()[1])
            applied = True
        if applied:
            self._drain_model()

    async def pump(self, clk) -> None:
        """Apply published line RX cells at the falling clock edge after them."""
        while True:
            await self.cell_event.wait()
            self.cell_event.clear()
            await FallingEdge(clk)
            self.sync(float(get_sim_time("ns")))

    def start_pump(self, clk) -> None:
        self._pump = cocotb.start_soon(self.pump(clk))

    def stop_pump(self) -> None:
        if getattr(self, "_pump", None) is not None:
            self._pump.cancel()
            self._pump = None

    def problem(self, msg: str) -> None:
        if len(self.problems) < self.max_problems:
            self.problems.append(msg)
            self.logger.error(msg)

    # ------------------------------------------------------------------ registers
    def write_reg(self, t: RegAccess) -> None:
        nic = self.nic
        self.sync(t.time_ns, inclusive=True)
        reg = BY_ADDR.get(t.addr & ~3)
        name = reg.name if reg else f"0x{t.addr:03X}"
        if t.write:
            if name == "VC_CMD" and t.resp == 0:
                self._command_write(t)
                return
            try:
                nic.write_reg(t.addr, t.data)
                mresp = 0
            except BusError as e:
                mresp = e.resp
            if name == "CTRL" and t.resp == 0 and REGS["CTRL"].f("soft_reset").get(t.data):
                self.rtl_busy = False
                self.pending_cmd = None
                # every counter starts again from 0: a new epoch for every VC
                for vc in range(self.num_vc):
                    self.epoch[vc] += 1
                self.g_tally = Counter()
                self.q_vc = None
        else:
            try:
                mval = nic.read_reg(t.addr)
                mresp = 0
            except BusError as e:
                mval, mresp = None, e.resp
            if t.resp == 0 and mresp == 0:
                if name == "VC_CMD":
                    self._command_read(t, mval)
                elif name in STABLE_REGS and t.data != mval:
                    self.problem(f"read {name}: RTL 0x{t.data:08X}, model 0x{mval:08X}")
                elif name in VC_Q_REGS and self.q_vc is not None:
                    ep = (self.q_vc, self.epoch[self.q_vc])
                    self.q_regs[ep][name] = t.data
                    if name in LOSS_VC:
                        self.q_seen[ep][name] = t.data
        if t.resp != mresp:
            self.problem(f"{'write' if t.write else 'read'} {name} (0x{t.addr:03X}): "
                         f"RTL resp {t.resp}, model resp {mresp}")
        self._drain_model()

    def _command_write(self, t: RegAccess) -> None:
        nic = self.nic
        opcode = REGS["VC_CMD"].f("opcode").get(t.data)
        vc = REGS["VC_SELECT"].f("vc").get(nic.read_reg(A["VC_SELECT"]))
        before = int(nic.vc_state(vc)) if vc < self.num_vc else -1
        if self.rtl_busy:
            # the RTL ignores it (and sets cmd_overrun); the model must too
            if nic.cmd_busy:
                nic.write_reg(t.addr, t.data)
            else:
                self.problem(f"command {opcode} on VC {vc} written while the RTL is busy but "
                             "the model is not: cannot mirror (a sequence bug)")
            self._emit_cmd(CommandDone(opcode, vc, -1, before, busy_write=True))
            return
        self.totals.commands += 1
        if vc < self.num_vc and opcode in (VcOpcode.DEACTIVATE, VcOpcode.MODIFY):
            pending = any(f.status is None for f in self.sent[vc])
            if pending or self.pending_per_vc.get(vc, 0):
                self.racy_tx.add(vc)
        nic.write_reg(t.addr, t.data)
        self.rtl_busy = True
        self.pending_cmd = (opcode, vc, before)
        self._drain_model()

    def _command_read(self, t: RegAccess, mval: int) -> None:
        f = REGS["VC_CMD"]
        if f.f("busy").get(t.data) or self.pending_cmd is None:
            return
        opcode, vc, before = self.pending_cmd
        self.pending_cmd = None
        self.rtl_busy = False
        result = f.f("result").get(t.data)
        if self.nic.cmd_busy:
            self.problem(f"command {VcOpcode(opcode).name if opcode in VcOpcode._value2member_map_ else opcode} "
                         f"on VC {vc}: RTL done ({result}), the model still busy")
        else:
            mres = f.f("result").get(mval)
            if result != mres:
                self.problem(f"command {opcode} on VC {vc} (state {before}): RTL result "
                             f"{result}, model {mres}")
        if result == 0 and vc < self.num_vc:
            if opcode == VcOpcode.QUERY:
                self.q_vc = vc
                ep = (vc, self.epoch[vc])
                self.q_regs.pop(ep, None)  # this QUERY's values replace older ones
                if self.final_queries:
                    self.q_complete[ep] = "end of test"
                elif self.nic.vc_state(vc) == VcState.INACTIVE:
                    self.q_complete[ep] = "inactive"
                else:
                    self.q_complete.pop(ep, None)
            elif opcode == VcOpcode.CLEAR:
                self.epoch[vc] += 1  # the core's counters of the VC start again from 0
        self._emit_cmd(CommandDone(opcode, vc, result, before))

    def _emit_cmd(self, c: CommandDone) -> None:
        for f in self.cmd_listeners:
            f(c)

    # ------------------------------------------------------------------ host TX / completions
    def write_host_tx(self, t: HostTx) -> None:
        nic = self.nic
        self.sync(t.time_ns, inclusive=True)
        key, vc_clp = None, 0
        if t.vc < self.num_vc and nic.vc_state(t.vc) == VcState.ACTIVE:
            cfg = nic.entries[t.vc].cfg
            key, vc_clp = (cfg.vpi, cfg.vci), cfg.clp
        self.seq += 1
        self.sent[t.vc].append(FrameRec(self.seq, t.vc, t.data, t.uu, t.cpi, t.clp, key, vc_clp,
                                        self.epoch[t.vc]))
        self.totals.frames += 1
        nic.port.send_nowait(t.vc, t.data, t.uu, t.cpi, t.clp)
        self._drain_model()

    def write_cpl(self, t: Completion) -> None:
        self.sync(t.time_ns, inclusive=True)
        self.totals.completions[TxStatusCode(t.status).name if t.status in
                                TxStatusCode._value2member_map_ else t.status] += 1
        frames = self.sent.get(t.vc, [])
        i = self.cpl_ptr[t.vc]
        if i >= len(frames):
            self.problem(f"completion {t.status} on VC {t.vc}: no frame waits for one "
                         f"({len(frames)} sent)")
            return
        self.cpl_ptr[t.vc] = i + 1
        f = frames[i]
        f.status = t.status
        for tl in (self.tally[(t.vc, f.epoch)], self.g_tally):
            if t.status == TxStatusCode.TX_OK:
                tl["VC_TX_PDUS"] += 1
                tl["VC_TX_BYTES"] += len(f.data)
                tl["VC_TX_CELLS"] += cells_for(len(f.data))
            elif t.status == TxStatusCode.TX_ABORTED:
                tl["VC_TX_ABORTED"] += 1
            else:
                tl["VC_TX_DROPPED"] += 1
        if t.status == TxStatusCode.TX_OK and f.key is not None:
            f.line_pdu = self.line_pdus[f.key]
            self.line_pdus[f.key] += 1
        mq = self.model_cpl[t.vc]
        m = mq.popleft() if mq else None
        if t.vc in self.racy_tx:
            return
        if m is None:
            self.problem(f"VC {t.vc} frame {f.seq}: RTL completion {t.status}, the model has "
                         "none")
        elif m != t.status:
            self.problem(f"VC {t.vc} frame {f.seq} (len {len(f.data)}): RTL completion "
                         f"{t.status}, model {m}")

    # ------------------------------------------------------------------ line
    def write_line_tx(self, t: LineCellTxn) -> None:
        key, _ = parse_key(t.raw, self.nic.nni)
        self.line[key].append(t.raw)

    def write_line_rx(self, t: LineCellTxn) -> None:
        self.sync(t.time_ns)
        self.cells.append((t.time_ns, bytes(t.raw)))
        self.cell_event.set()

    # ------------------------------------------------------------------ host RX
    def write_host_rx(self, t: HostRx) -> None:
        self.sync(t.time_ns)  # cells published at t reach the engine after the cells free
        m = self.nic.take_rx()
        self._drain_model()
        if t.vc not in self.rx_racy:
            if m is None:
                self.problem(f"RTL delivered a PDU on VC {t.vc} (status {t.status}, "
                             f"{len(t.data)} bytes) the model did not")
            elif (m.vc, m.status, m.data, m.uu, m.cpi) != (t.vc, t.status, t.data, t.uu, t.cpi):
                self.problem(f"host RX: RTL (vc {t.vc}, status {t.status}, {len(t.data)} B, "
                             f"uu {t.uu}, cpi {t.cpi}) != model (vc {m.vc}, status {m.status}, "
                             f"{len(m.data)} B, uu {m.uu}, cpi {m.cpi})")
        tl, g = self.tally[(t.vc, self.epoch[t.vc])], self.g_tally
        if t.status == RxStatusCode.RX_OK:
            for c in (tl, g):
                c["VC_RX_PDUS"] += 1
                c["VC_RX_BYTES"] += len(t.data)
                c["rx_cells_delivered"] += cells_for(len(t.data))
        elif t.status == RxStatusCode.RX_CRC:
            tl["rx_crc_delivered"] += 1
            g["rx_crc_delivered"] += 1
        elif t.status == RxStatusCode.RX_LENGTH:
            tl["rx_length_delivered"] += 1
            g["rx_length_delivered"] += 1
        if t.status != RxStatusCode.RX_OK:
            self.totals.rx_errored_delivered += 1
            return
        frames = self.sent.get(t.vc, [])
        cands = [i for i in range(self.rx_ptr[t.vc], len(frames))
                 if not frames[i].delivered
                 and frames[i].status in (None, TxStatusCode.TX_OK)
                 and frames[i].data == t.data and (frames[i].uu, frames[i].cpi) == (t.uu, t.cpi)]
        if cands:
            # equal frames in a row: the PDU is the first one the line did not destroy
            good = [i for i in cands if not self._destroyed(frames[i])]
            i = good[0] if good else cands[0]
            frames[i].delivered = True
            self.rx_ptr[t.vc] = i + 1
            self.totals.delivered += 1
            return
        where = [vc for vc, lst in self.sent.items() if vc != t.vc
                 and any(f.data == t.data for f in lst)]
        self.problem(f"VC {t.vc}: a good PDU of {len(t.data)} bytes matches no frame sent on "
                     f"it in order (duplicate, corrupted or misdelivered"
                     f"{'; it was sent on VC ' + str(where[:3]) if where else ''})")

    def _destroyed(self, f: FrameRec) -> bool:
        """Whether the injector destroyed the frame's PDU (known once its cells passed)."""
        if self.injector is None or f.key is None or f.line_pdu is None:
            return False
        return bool(self.injector.damaged(f.key, f.line_pdu) - BENIGN)

    def write_marker(self, m: Marker) -> None:
        if m.kind == "rx_racy" and m.vc is not None:
            self.rx_racy.add(m.vc)
        elif m.kind == "stall_rx":
            # the model's host RX is taken by hand (write_host_rx): nothing to mirror
            self.rx_stalled = bool(m.info.get("on"))

    # ------------------------------------------------------------------ end of test
    def ledger(self) -> dict[str, Any]:
        """Per-frame conservation, over every VC (run after the traffic has drained)."""
        inj = self.injector
        out = Counter()
        per_key_pdu: dict[tuple[int, int], int] = defaultdict(int)
        unexplained: dict[int, list[FrameRec]] = defaultdict(list)
        for vc in sorted(self.sent):
            for f in self.sent[vc]:
                if f.status is None:
                    self.problem(f"VC {vc} frame {f.seq} ({len(f.data)} B): never completed")
                    out["never_completed"] += 1
                    continue
                if f.status != TxStatusCode.TX_OK:
                    out[f"tx_{TxStatusCode(f.status).name}"] += 1
                    if f.delivered:
                        self.problem(f"VC {vc} frame {f.seq}: completed {f.status} but delivered")
                    continue
                if f.key is None:
                    self.problem(f"VC {vc} frame {f.seq}: TX_OK on a VC that was not active")
                    continue
                if f.line_pdu != per_key_pdu[f.key]:
                    self.problem(f"VC {vc} frame {f.seq}: completions out of order on the line")
                f.line_pdu = per_key_pdu[f.key]
                per_key_pdu[f.key] += 1
                damage = inj.damaged(f.key, f.line_pdu) if inj is not None else set()
                if f.delivered:
                    out["delivered"] += 1
                    bad = damage - BENIGN
                    if bad:
                        self.problem(f"VC {vc} frame {f.seq} ({len(f.data)} B) delivered good "
                                     f"although the line destroyed it ({sorted(bad)})")
                elif damage:
                    out["lost_to_faults"] += 1
                else:
                    unexplained[vc].append(f)
        self._explain_losses(unexplained, out)
        # line TX: every key's cells are the segmentation of its TX_OK frames
        for key in sorted(set(self.line) | set(per_key_pdu)):
            frames = [f for vc in sorted(self.sent) for f in self.sent[vc]
                      if f.key == key and f.status == TxStatusCode.TX_OK]
            frames.sort(key=lambda f: f.seq)
            exp = [c.to_bytes() for f in frames
                   for c in segment(f.data, key[0], key[1], f.uu, f.cpi, f.vc_clp | f.clp)]
            got = self.line.get(key, [])
            if got != exp:
                n = next((i for i, (a, b) in enumerate(zip(got, exp, strict=False)) if a != b),
                         min(len(got), len(exp)))
                self.problem(f"line TX {key}: {len(got)} cells, expected {len(exp)} "
                             f"(segmentation of {len(frames)} TX_OK frames); first difference "
                             f"at cell {n}")
            vcs = {f.vc for f in frames}
            if not vcs & self.racy_tx and got != self.model_line.get(key, []):
                self.problem(f"line TX {key}: RTL cells differ from the model's")
        if self.model_rx:
            m = self.model_rx[0][0]
            self.problem(f"the model finished {len(self.model_rx)} PDUs the RTL did not "
                         f"deliver (first: VC {m.vc}, status {m.status})")
        return dict(sorted(out.items()))

    def _explain_losses(self, unexplained: dict[int, list[FrameRec]], out: Counter) -> None:
        """A frame lost with no fault on the line must have been dropped by the core and
        counted: NO_BUFFER (buffer full), RX_ABORTED (partial PDU freed by a DEACTIVATE),
        OVERSIZE (max SDU lowered). Each such loss takes exactly one drop event counted by
        the core under test (never the model): first from the VC's per-VC counters as the
        core reported them to a QUERY in the frame's epoch (the last QUERY before the next
        CLEAR, or the end-of-test QUERY), then from the global counters' events that no
        per-VC count claimed (epochs whose counters were cleared before anyone read them)."""
        rtl_g = self.rtl_counters or {}
        spare = sum(rtl_g.get(n, 0) for n in LOSS_GLOBAL)
        spare -= sum(sum(v.get(n, 0) for n in LOSS_VC) for v in self.q_seen.values())
        by_epoch: dict[tuple[int, int], list[FrameRec]] = defaultdict(list)
        for vc, lost in unexplained.items():
            for f in lost:
                by_epoch[(vc, f.epoch)].append(f)
        left: list[FrameRec] = []
        for (vc, ep), lost in sorted(by_epoch.items()):
            seen = self.q_seen.get((vc, ep))
            budget = sum(seen.get(n, 0) for n in LOSS_VC) if seen else 0
            out["lost_counted"] += min(budget, len(lost))
            self.lost_by_epoch[(vc, ep)] += min(budget, len(lost))
            left += lost[budget:]
        for f in sorted(left, key=lambda f: f.seq):
            if spare > 0:
                spare -= 1
                out["lost_counted"] += 1
                continue
            self.problem(f"VC {f.vc} frame {f.seq} ({len(f.data)} B, line PDU "
                         f"{f.line_pdu} of {f.key}): completed TX_OK, not delivered, no "
                         "fault on it and no drop counted by the core left for it: lost "
                         "silently")
            out["lost_silently"] += 1

    def counters_against_ledger(self) -> None:
        """Every counter the core reported, against what the monitors alone saw (not the
        model): per VC and counter epoch, from the last QUERY of the epoch when it saw the
        epoch complete (the VC inactive, or the end-of-test QUERY): TX PDUs, bytes, cells,
        aborts (and drops at the end) and RX good PDUs and bytes exactly; RX CRC / LENGTH
        errors at least the errored PDUs delivered, RX cells at least the cells of the good
        PDUs, the three drop counters at least the frames they explained. Globally (since
        the last soft reset): PDUS_RX and BYTES_RX exactly, the error and drop counters at
        least what was delivered errored or lost and explained."""
        for ep, regs in sorted(self.q_regs.items()):
            how = self.q_complete.get(ep)
            if how is None or not VC_Q_REGS <= set(regs):
                continue
            v = {n: regs[n] for n in regs if not n.endswith(("_LO", "_HI"))}
            for n in ("VC_TX_BYTES", "VC_RX_BYTES"):
                v[n] = regs[n + "_LO"] | regs[n + "_HI"] << 32
            v["VC_RX_LOSS"] = sum(regs[n] for n in LOSS_VC)
            tl = self.tally.get(ep, Counter()) + Counter({"lost_counted":
                                                         self.lost_by_epoch[ep]})
            where = f"VC {ep[0]} (counter epoch {ep[1]}, QUERY {how})"
            exact = EXACT_VC + (("VC_TX_DROPPED",) if how == "end of test" else ())
            for n in exact:
                if v[n] != tl[n]:
                    self.problem(f"{where}: {n} = {v[n]}, the monitors saw {tl[n]}")
            for n, k in AT_LEAST_VC.items():
                if v[n] < tl[k]:
                    self.problem(f"{where}: {n} = {v[n]}, but {tl[k]} {k.replace('_', ' ')}")
        rtl = self.rtl_counters or {}
        g = self.g_tally + Counter({"lost_counted": (self.ledger_result or {}).get(
            "lost_counted", 0)})
        for n, k in (("PDUS_RX", "VC_RX_PDUS"), ("BYTES_RX", "VC_RX_BYTES")):
            if n in rtl and rtl[n] != g[k]:
                self.problem(f"counter {n}: RTL {rtl[n]}, the monitors saw {g[k]}")
        loss = sum(rtl.get(n, 0) for n in LOSS_GLOBAL)
        for n, have, k in (("CRC_ERRORS", rtl.get("CRC_ERRORS"), "rx_crc_delivered"),
                           ("LEN_ERRORS", rtl.get("LEN_ERRORS"), "rx_length_delivered"),
                           ("CELLS_RX", rtl.get("CELLS_RX"), "rx_cells_delivered"),
                           ("NO_BUFFER + RX_ABORTED + OVERSIZE", loss, "lost_counted")):
            if have is not None and have < g[k]:
                self.problem(f"counter {n}: RTL {have}, but {g[k]} {k.replace('_', ' ')}")

    def check_adapter_oids(self, oids: dict[str, int]) -> None:
        """The driver's adapter-wide statistics OIDs (read when quiet) against what the
        monitors saw since the last soft reset: sends, bytes and cells out and PDUs and
        bytes in exactly, errors at least what was delivered errored. (Per-VC OIDs: the
        NDIS scoreboard of DriverVcReuseTest, against what each VC's client saw.)"""
        g = self.g_tally
        exact = {"GEN_CO_XMIT_PDUS_OK": g["VC_TX_PDUS"], "GEN_CO_BYTES_XMIT": g["VC_TX_BYTES"],
                 "ATM_XMIT_CELLS_OK": g["VC_TX_CELLS"],
                 "GEN_CO_XMIT_PDUS_ERROR": g["VC_TX_ABORTED"] + g["VC_TX_DROPPED"],
                 "GEN_CO_RCV_PDUS_OK": g["VC_RX_PDUS"], "GEN_CO_BYTES_RCV": g["VC_RX_BYTES"]}
        errored = g["rx_crc_delivered"] + g["rx_length_delivered"]
        at_least = {"GEN_CO_RCV_CRC_ERROR": g["rx_crc_delivered"],
                    "GEN_CO_RCV_PDUS_ERROR": errored, "ATM_RCV_REASSEMBLY_ERROR": errored,
                    "ATM_RCV_CELLS_OK": g["rx_cells_delivered"]}
        for name, want in exact.items():
            if name in oids and oids[name] != want:
                self.problem(f"adapter OID {name} = {oids[name]}, the monitors saw {want}")
        for name, want in at_least.items():
            if name in oids and oids[name] < want:
                self.problem(f"adapter OID {name} = {oids[name]}, less than the {want} the "
                             "monitors need")
        self.oids_checked = dict(oids)

    def compare_counters(self) -> None:
        """RTL counters (read by the env at the end) against the model and the monitors."""
        nic = self.nic
        if self.rtl_counters is None:
            self.problem("RTL counters were not read at the end of the test")
            return
        any_racy = bool(self.racy_tx)
        rx_racy = bool(self.rx_racy)
        for name, v in sorted(self.rtl_counters.items()):
            m = nic.counters[name]
            if name in TX_GLOBAL and any_racy:
                continue
            if name not in TX_GLOBAL and rx_racy:
                continue
            if v != m:
                self.problem(f"counter {name}: RTL {v}, model {m}")
        # TX side against what the monitors saw (independent of the model)
        cpl = Counter(f.status for lst in self.sent.values() for f in lst)
        ok = [f for lst in self.sent.values() for f in lst if f.status == TxStatusCode.TX_OK]
        seen = {"CELLS_TX": sum(len(v) for v in self.line.values()),
                "PDUS_TX": len(ok), "BYTES_TX": sum(len(f.data) for f in ok),
                "TX_ABORTED": cpl[TxStatusCode.TX_ABORTED],
                "TX_DROPPED": (cpl[TxStatusCode.TX_INACTIVE] + cpl[TxStatusCode.TX_OVERSIZE]
                               + cpl[TxStatusCode.TX_ZERO_LENGTH])}
        for name, v in seen.items():
            if self.rtl_counters.get(name) != v:
                self.problem(f"counter {name}: RTL {self.rtl_counters.get(name)}, the monitors "
                             f"saw {v}")
        for vc, ctr in sorted(self.rtl_vc_counters.items()):
            mc = nic.entries[vc].counters
            for name, v in sorted(ctr.items()):
                if name in TX_PER_VC and vc in self.racy_tx:
                    continue
                if name not in TX_PER_VC and vc in self.rx_racy:
                    continue
                if v != mc[name]:
                    self.problem(f"VC {vc} counter {name}: RTL {v}, model {mc[name]}")

    def finalize(self) -> None:
        """The end-of-test checks (after the env has read the RTL counters)."""
        if self.nic is None or hasattr(self, "ledger_result"):
            return
        self.sync()
        self.ledger_result = self.ledger()
        self.compare_counters()
        self.counters_against_ledger()
        self.nic.close()
        # let the cancelled transmitter task finish before the loop goes (else asyncio
        # logs "Task was destroyed but it is pending!" at the end of every test)
        pending = [t for t in asyncio.all_tasks(self.loop) if not t.done()]
        if pending:
            self.loop.run_until_complete(asyncio.gather(*pending, return_exceptions=True))
        self.loop.close()

    def check_phase(self):
        self.finalize()
        if self.problems:
            raise AssertionError(f"scoreboard: {len(self.problems)} problem(s):\n  "
                                 + "\n  ".join(self.problems))

    def summary(self) -> dict[str, Any]:
        return {"frames": self.totals.frames, "commands": self.totals.commands,
                "completions": dict(sorted(self.totals.completions.items())),
                "delivered": self.totals.delivered,
                "rx_errored_delivered": self.totals.rx_errored_delivered,
                "ledger": getattr(self, "ledger_result", {}),
                "racy_tx_vcs": sorted(self.racy_tx), "problems": list(self.problems),
                "adapter_oids": getattr(self, "oids_checked", {}),
                "counters": dict(sorted((self.rtl_counters or {}).items()))}
