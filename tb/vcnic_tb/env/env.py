"""`VcnicEnv`: agents, scoreboard (model + ledger), coverage, and the end-of-test steps."""

from __future__ import annotations

import json
import os
import random
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

import cocotb
from cocotb.simtime import get_sim_time
from cocotb.triggers import ClockCycles
from pyuvm import ConfigDB, uvm_analysis_port, uvm_env
from vcnic.model.lookup import lookup_key, set_bits
from vcnic.regs import RegisterClient, ServiceCategory, VcParams, VcState

from ..faults import FaultInjector, FaultRates
from .agents import HostRxAgent, HostTxAgent, LineAgent, RegAgent
from .coverage import Coverage
from .items import Marker
from .scoreboard import ModelScoreboard
from .taps import Bench


def _now_ns() -> float:
    return float(get_sim_time("ns"))


#: Where the per-run JSON report goes (coverage + scoreboard summary); relative to the run
#: directory (the simulator's working directory).
ENV_REPORT = "VCNIC_UVM_REPORT"
DEFAULT_REPORT = "uvm_report.json"


@dataclass
class EnvConfig:
    """What a test configures before the env is built (ConfigDB "CFG")."""

    seed: int = 1
    rates: FaultRates = field(default_factory=FaultRates)
    min_gap: int = 1
    hec_correct: bool = True
    test: str = ""
    #: The host interface: "stream" (the core's frame streams, `vcnic_harness`) or "dma"
    #: (the NIC's descriptor rings in host memory, `vcnic_nic_harness`; env/dma.py).
    host: str = "stream"

    def to_dict(self) -> dict[str, Any]:
        d = asdict(self)
        d["rates"] = self.rates.to_dict()
        return d


@dataclass
class PoolVc:
    vc: int
    params: VcParams
    locked: bool = False


class VcPool:
    """VCs the sequences own: which are active with which parameters, which are being
    worked on by a lifecycle step (`locked`: no new traffic), unique (VPI, VCI) pairs."""

    def __init__(self, num_vc: int, rng: random.Random):
        self.num_vc = num_vc
        self.rng = rng
        self.active: dict[int, PoolVc] = {}
        self.used_keys: set[tuple[int, int]] = set()

    #: Share of new keys made a near alias of a key already used (see `alias_of`).
    ALIAS = 0.35

    def new_key(self) -> tuple[int, int]:
        if self.used_keys and self.rng.random() < self.ALIAS:
            k = self.alias_of(self.rng.choice(sorted(self.used_keys)))
            if k is not None:
                self.used_keys.add(k)
                return k
        while True:
            k = (self.rng.randint(1, 0x7F), self.rng.randint(32, 0xFFFF))
            if k not in self.used_keys:
                self.used_keys.add(k)
                return k

    def alias_of(self, key: tuple[int, int]) -> tuple[int, int] | None:
        """An unused (VPI, VCI) a few bits away from `key`: mostly in the SAME lookup set
        (bits j and j+b of {VPI, VCI} flipped, b = log2(NUM_VC/2): the XOR-fold is
        unchanged), sometimes one bit away (the neighbouring set). Random pairs almost
        never share a set and differ in few bits; a lookup that compared too few bits, or
        hashed wrongly, shows only with such pairs. VPI stays 1..0x7F, VCI >= 32."""
        b = set_bits(self.num_vc) if self.num_vc >= 4 else 0
        k0 = lookup_key(*key)
        for _ in range(16):
            if b and self.rng.random() < 0.8:
                j = self.rng.randrange(0, 23 - b)
                k = k0 ^ (1 << j) ^ (1 << (j + b))
            else:
                k = k0 ^ (1 << self.rng.randrange(0, 23))
            vpi, vci = k >> 16, k & 0xFFFF
            if 1 <= vpi <= 0x7F and vci >= 32 and (vpi, vci) not in self.used_keys:
                return vpi, vci
        return None

    def near_unknown(self) -> tuple[int, int] | None:
        """For misinserted/misrouted cells: an alias of an active VC's key that no VC
        will ever use (it is reserved here), or None."""
        keys = sorted((p.params.vpi, p.params.vci) for p in self.active.values())
        if not keys:
            return None
        k = self.alias_of(self.rng.choice(keys))
        if k is not None:
            self.used_keys.add(k)
        return k

    def add(self, vc: int, params: VcParams) -> None:
        self.active[vc] = PoolVc(vc, params)

    def free_vcs(self) -> list[int]:
        return [v for v in range(self.num_vc) if v not in self.active]

    def traffic_vcs(self) -> list[int]:
        return sorted(v for v, p in self.active.items() if not p.locked)

    def random_params(self, *, max_sdu: int | None = None, cbr: bool | None = None,
                      buf_cells: int = 128, link_slots: bool = True) -> VcParams:
        rng = self.rng
        vpi, vci = self.new_key()
        limit = buf_cells * 48 - 8
        if max_sdu is None:
            # at most a quarter of the buffer, so that most traffic gets through (the model
            # predicts NO_BUFFER exactly either way: docs/verification.md)
            max_sdu = rng.choice([40, 88, 200, 576, 1000, 1500])
            max_sdu = min(max_sdu, buf_cells * 12 - 8)
        cbr = rng.random() < 0.3 if cbr is None else cbr
        return VcParams(vpi=vpi, vci=vci, service=int(ServiceCategory.CBR if cbr else
                                                      ServiceCategory.UBR),
                        max_sdu=min(max_sdu, limit), rx_errored=int(rng.random() < 0.3),
                        clp=int(rng.random() < 0.1),
                        inc=rng.randint(0x10000, 0x40000) if cbr else 0)


class VcnicEnv(uvm_env):
    def build_phase(self):
        self.cfg: EnvConfig = ConfigDB().get(self, "", "CFG")
        if self.cfg.host == "dma":
            self._build_dma()
            return
        self.bench = Bench(cocotb.top)
        ConfigDB().set(None, "*", "BENCH", self.bench)
        self.injector = FaultInjector(seed=self.cfg.seed ^ 0x5A5A, rates=self.cfg.rates,
                                      min_gap=self.cfg.min_gap)
        ConfigDB().set(None, "*", "INJECTOR", self.injector)
        self.params = self.bench.params
        self.rng = random.Random(self.cfg.seed)
        self.pool = VcPool(self.params["NUM_VC"], random.Random(self.cfg.seed * 7 + 3))
        self.injector.unknown_key = self.pool.near_unknown
        self.reg = RegAgent("reg", self)
        self.host_tx = HostTxAgent("host_tx", self)
        self.host_rx = HostRxAgent("host_rx", self)
        self.line = LineAgent("line", self)
        self.scoreboard = ModelScoreboard("scoreboard", self)
        self.coverage = Coverage("coverage", self)
        self.marker_ap = uvm_analysis_port("marker_ap", self)
        self.client = RegisterClient(self.bench.window)

    def connect_phase(self):
        if self.cfg.host == "dma":
            self.ring_monitor.ap.connect(self.scoreboard.analysis_export)
            self.ring_monitor.ap.connect(self.dma_coverage.analysis_export)
            return
        sb, cov = self.scoreboard, self.coverage
        sb.attach_model(self.params)
        sb.injector = self.injector
        sb.pending_per_vc = self.bench.pending_per_vc
        cov.nic = sb.nic
        sb.cmd_listeners.append(cov.write_cmd)
        sb.cmd_listeners.append(self._service_sample)
        self.reg.monitor.ap.connect(sb.reg_export)
        self.reg.monitor.ap.connect(cov.reg_export)
        self.host_tx.monitor.ap.connect(cov.tx_export)  # coverage first: VC state at take
        self.host_tx.monitor.ap.connect(sb.tx_export)
        self.host_tx.monitor.cpl_ap.connect(sb.cpl_export)
        self.host_tx.monitor.cpl_ap.connect(cov.cpl_export)
        self.host_rx.monitor.ap.connect(sb.rx_export)
        self.host_rx.monitor.ap.connect(cov.rx_export)
        self.host_rx.marker_ap.connect(sb.marker_export)
        self.line.monitor.tx_ap.connect(sb.line_tx_export)
        self.line.monitor.tx_ap.connect(cov.line_tx_export)
        self.line.monitor.rx_ap.connect(sb.line_rx_export)
        self.marker_ap.connect(sb.marker_export)
        self.marker_ap.connect(cov.marker_export)
        self._svc_before: dict[int, int] = {}

    def _service_sample(self, c) -> None:
        from vcnic.regs import VcOpcode

        nic = self.scoreboard.nic
        if c.busy_write or c.result != 0 or c.vc >= self.params["NUM_VC"]:
            return
        if c.opcode in (VcOpcode.ACTIVATE, VcOpcode.MODIFY):
            e = nic.entries[c.vc]
            before = self._svc_before.get(c.vc) if c.opcode == VcOpcode.MODIFY else None
            self.coverage.service_change(VcOpcode(c.opcode).name, before, e.cfg.service)
            self._svc_before[c.vc] = e.cfg.service

    def _build_dma(self) -> None:
        """The DMA host interface: DmaBackend on the NIC harness, the ring monitor behind
        the driver's register window, the ring scoreboard, the `dma` coverage group, the
        host-memory fault injector (env/dma.py, faults.MemFaultInjector)."""
        from ..dma_backend import DmaBackend
        from ..faults import MemFaultInjector
        from .dma import DmaCoverage, DmaRingMonitor, RingScoreboard

        self.bench = self.be = DmaBackend(cocotb.top)
        self.params = self.be.params
        self.rng = random.Random(self.cfg.seed)
        self.pool = VcPool(self.params["NUM_VC"], random.Random(self.cfg.seed * 7 + 3))
        self.ring_monitor = DmaRingMonitor("ring_monitor", self)
        self.scoreboard = RingScoreboard("ring_scoreboard", self)
        self.dma_coverage = DmaCoverage("dma_coverage", self)
        self.mem_faults = MemFaultInjector(self.cfg.seed ^ 0x3C3C, self.be.faults,
                                           self.be.memory)
        self.window = None  # the tapped window, once the monitor is built (start_dma)

    def start_dma(self) -> None:
        """After build: wire the monitor, scoreboard and coverage to the backend."""
        from .coverage import CoverageDB
        from .dma import DmaTapWindow

        mon, sb = self.ring_monitor, self.scoreboard
        mon.memory = sb.memory = self.be.memory
        sb.num_vc = self.params["NUM_VC"]
        self.window = DmaTapWindow(self.be.window, mon)
        self.coverage_db = self.dma_coverage.db = CoverageDB()

    # ------------------------------------------------------------------ helpers for tests
    @property
    def clk(self):
        return self.bench.dut.clk

    def marker(self, what: str, vc: int | None = None, **info) -> None:
        self.marker_ap.write(Marker(what, vc, info))

    async def start(self) -> None:
        """Reset, CTRL (enable, external line, HEC correction) through the monitored bus,
        collectors and the line loop."""
        await self.bench.be.reset()
        self.bench.start_collectors()
        self.scoreboard.start_pump(self.clk)
        self.line.start()
        await self.client.set_ctrl(enable=1, loopback=0, hec_correct=int(self.cfg.hec_correct))
        await self.client.write("INT_STATUS", 0xFFFFFFFF)

    def outstanding(self) -> list[str]:
        sb, b = self.scoreboard, self.bench
        out = []
        if b.pending_tx:
            out.append(f"{b.pending_tx} frames not taken by host TX")
        n = sum(1 for lst in sb.sent.values() for f in lst if f.status is None)
        if n:
            out.append(f"{n} frames without completion")
        if not self.line.loop.idle or not self.line.loop.sink.empty():
            out.append("cells on the line")
        sb.sync(_now_ns())  # cells of earlier edges (those of this edge wait for the next)
        if sb.model_rx and not sb.rx_stalled:
            out.append(f"{len(sb.model_rx)} PDUs predicted by the model not delivered yet")
        return out

    def _progress_mark(self) -> tuple:
        b, sb = self.bench, self.scoreboard
        loop = self.line.loop
        return (b.cpl_count, b.rx_count, b.pending_tx, loop.sent, loop.delivered,
                len(sb.model_rx))

    async def drain(self, max_cycles: int = 400000, settle: int = 200,
                    stuck: int = 30000) -> None:
        """Wait until nothing is in flight (every frame taken and completed, the line empty,
        every PDU the model predicts delivered) for `settle` cycles; give up (a problem)
        after `stuck` cycles without progress or `max_cycles` in all."""
        quiet = idle = 0
        step = 50
        mark = self._progress_mark()
        for _ in range(max_cycles // step):
            if self.outstanding():
                quiet = 0
            else:
                quiet += step
                if quiet >= settle:
                    return
            await ClockCycles(self.clk, step)
            m = self._progress_mark()
            idle = idle + step if m == mark else 0
            mark = m
            if idle >= stuck:
                break
        self.scoreboard.problem(f"drain: no progress, still in flight: {self.outstanding()}")

    async def finish(self) -> dict[str, Any]:
        """Read every counter (snapshot + QUERY of every VC used), run the scoreboard's
        final checks, sample end-of-test coverage, write the JSON report."""
        sb = self.scoreboard
        await self.drain()
        sb.rtl_counters = await self.client.counters()
        # buffers: once quiet, the RTL must have as many free cells as the model
        from vcnic.model.regfile import REGS

        st = await self.client.read("STATUS")
        mst = sb.nic.read_reg(REGS["STATUS"].address)
        for f in ("rx_free", "tx_free"):
            r, m = REGS["STATUS"].f(f).get(st), REGS["STATUS"].f(f).get(mst)
            if r != m:
                sb.problem(f"STATUS.{f} when quiet: RTL {r}, model {m} (buffer cells leaked?)")
        sb.final_queries = True  # these QUERYs close every VC's last counter epoch
        used = sorted(set(sb.sent) | set(self.pool.active) | set(self._svc_before)
                      | {vc for vc, _ in sb.tally})
        for vc in used:
            if vc < self.params["NUM_VC"]:
                q = await self.client.query(vc)
                sb.rtl_vc_counters[vc] = dict(q.counters)
        self.coverage.sample_counters(sb.rtl_counters)
        self.coverage.sample_faults(self.injector.stats)
        sb.finalize()
        report = {
            "config": self.cfg.to_dict(),
            "params": self.params,
            "faults": self.injector.summary(),
            "scoreboard": sb.summary(),
            "coverage": self.coverage.db.to_dict(),
            "passed": not sb.problems,
        }
        path = Path(os.environ.get(ENV_REPORT, DEFAULT_REPORT))
        path.write_text(json.dumps(report, indent=1, sort_keys=True, default=str) + "\n")
        self.report = report
        self.bench.stop()
        sb.stop_pump()
        return report

    def state(self, vc: int) -> VcState:
        return self.scoreboard.nic.vc_state(vc)
