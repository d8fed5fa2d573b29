"""pyuvm tests (base classes; `vcnic_tb.test_uvm` registers the runnable ones).

A test builds `VcnicEnv` with an `EnvConfig` drawn from the cocotb seed
(`cocotb.RANDOM_SEED` xor a CRC of the test's name, so two tests of one run differ but
one seed always gives the same stimulus), starts the env (reset, CTRL.loopback = 0, the
line through the fault injector), runs its `body()`, and ends with `env.finish()`
(drain, read every counter, scoreboard checks, JSON report). The scoreboard raises in
`check_phase` if anything disagreed; directed tests add their own expectations in
`expect()`.
"""

from __future__ import annotations

import random
import zlib

import cocotb
from cocotb.triggers import ClockCycles
from pyuvm import ConfigDB, uvm_test

from ..faults import CELL_KINDS, FaultKind, FaultRates
from .env import EnvConfig, VcnicEnv
from .sequences import (
    ActivateSeq,
    BadLengthSeq,
    BufferPressureSeq,
    FaultSeq,
    RegAbuseSeq,
    StarveSeq,
    TrafficSeq,
    VirtualSeq,
    deactivate,
    payload,
    send,
)


def test_seed(name: str) -> int:
    return (int(cocotb.RANDOM_SEED) ^ zlib.crc32(name.encode())) & 0x7FFFFFFF


class VcnicBaseTest(uvm_test):
    """Builds the env; `configure(cfg, rng)` may change the config; `body()` is the test."""

    def build_phase(self):
        name = type(self).__name__
        self.seed = test_seed(name)
        self.rng = random.Random(self.seed)
        cfg = EnvConfig(seed=self.seed, test=name)
        self.configure(cfg, self.rng)
        ConfigDB().set(None, "*", "CFG", cfg)
        self.cfg = cfg
        self.env = VcnicEnv("env", self)

    def configure(self, cfg: EnvConfig, rng: random.Random) -> None:
        pass

    async def body(self) -> None:
        raise NotImplementedError

    def expect(self, report: dict) -> None:
        """Directed checks on the final report (counters, ledger, fault stats)."""

    async def run_phase(self):
        self.raise_objection()
        try:
            await self.env.start()
            await self.body()
            report = await self.env.finish()
            sb = self.env.scoreboard
            if sb.problems:  # the scoreboard's findings first: they say what went wrong
                raise AssertionError(f"scoreboard: {len(sb.problems)} problem(s):\n  "
                                     + "\n  ".join(sb.problems))
            self.expect(report)
        finally:
            self.drop_objection()

    def check_phase(self):
        sb = self.env.scoreboard
        sb.finalize()
        if sb.problems:
            raise AssertionError(f"scoreboard: {len(sb.problems)} problem(s):\n  "
                                 + "\n  ".join(sb.problems))

    # helpers for expectations
    @staticmethod
    def counters(report: dict) -> dict[str, int]:
        return report["scoreboard"]["counters"]


class CleanTrafficBase(VcnicBaseTest):
    """No faults: every frame must be delivered."""

    async def body(self):
        env = self.env
        await ActivateSeq("act", env, 4).start()
        await TrafficSeq("traffic", env, 40, inactive=0.05, oversize=0.05).start()

    def expect(self, report):
        led = report["scoreboard"]["ledger"]
        assert led.get("lost_to_faults", 0) == 0 and led.get("lost_silently", 0) == 0, led


class FaultKindBase(VcnicBaseTest):
    """Directed: `N` faults of `KIND` (each on its own PDU), then the counter that must
    count them, exactly, plus the model and the ledger."""

    KIND: FaultKind = FaultKind.PAYLOAD
    N = 4

    async def body(self):
        env = self.env
        await ActivateSeq("act", env, 3, cbr=False, max_sdu=1500).start()
        await FaultSeq("faults", env, self.KIND, self.N).start()
        await TrafficSeq("after", env, 6, inactive=0.0, oversize=0.0).start()

    def expect(self, report):
        c = self.counters(report)
        n = report["faults"]["faults"].get(self.KIND.value, 0)
        assert n == self.N, f"{n} {self.KIND.value} faults injected, wanted {self.N}"
        errs = c["CRC_ERRORS"] + c["LEN_ERRORS"] + c["OVERSIZE"]
        led = report["scoreboard"]["ledger"]
        k = self.KIND
        if k == FaultKind.HEC_1BIT:
            assert (c["HEC_CORRECTED"], c["HEC_DISCARDED"]) == (n, 0), c
            assert led.get("lost_to_faults", 0) == 0, led
        elif k == FaultKind.HEC_MULTI:
            assert (c["HEC_CORRECTED"], c["HEC_DISCARDED"]) == (0, n), c
            assert errs == n, c
        elif k == FaultKind.PAYLOAD:
            assert c["CRC_ERRORS"] == n, c
        elif k in (FaultKind.LOSE, FaultKind.LOSE_LAST, FaultKind.DUP):
            assert errs == n, c
        elif k == FaultKind.MISINSERT:
            assert c["UNKNOWN_VC"] == n and errs == 0, c
            assert led.get("lost_to_faults", 0) == 0, led
        elif k == FaultKind.MISROUTE:
            assert c["UNKNOWN_VC"] == n and errs == n, c


class BadLengthBase(VcnicBaseTest):
    """PDUs with a right CRC and a wrong Length field: LENGTH errors, nothing delivered;
    each followed by an AAL5 abort (Length 0): RX_ABORTED, nothing delivered, the VC's
    next PDUs arrive intact."""

    async def body(self):
        await ActivateSeq("act", self.env, 3, cbr=False, max_sdu=1500).start()
        await TrafficSeq("before", self.env, 6, inactive=0.0, oversize=0.0).start()
        await BadLengthSeq("bad-length", self.env, n=3).start()
        await TrafficSeq("after", self.env, 6, inactive=0.0, oversize=0.0).start()

    def expect(self, report):
        c = self.counters(report)
        assert c["LEN_ERRORS"] == 3 and c["CRC_ERRORS"] == 0, c
        assert c["RX_ABORTED"] == 3, c
        assert c["OVERSIZE"] == 2, c  # max SDU + 1 by the Length field and by the cells


class DeactivateInFlightBase(VcnicBaseTest):
    """DEACTIVATE with traffic in flight: frames queued in the core are aborted, the PDU
    in flight leaves, a partial reassembly is freed (RX_ABORTED) and the VC's cells that
    reach line RX afterwards count UNKNOWN_VC; then the VC number is used again."""

    async def body(self):
        env = self.env
        await ActivateSeq("act", env, 4, cbr=False, max_sdu=1500).start()
        for round_ in range(3):
            vcs = env.pool.traffic_vcs()
            victim = vcs[round_ % len(vcs)]
            # big frames: more than the TX buffer holds, so some are still queued in the
            # core (and one is on the line) when DEACTIVATE is written
            for _ in range(10):
                await send(env, victim, payload(self.rng, self.rng.randint(600, 1500)))
            await deactivate(env, victim)
            await TrafficSeq("after", env, 4, burst=(4, 4), gap=(0, 0), inactive=0.0,
                             oversize=0.0).start()
            await TrafficSeq("to-closed", env, 2, burst=(2, 2), gap=(0, 0), vcs=[],
                             inactive=1.0).start()
            await ActivateSeq("react", env, 1, cbr=False, max_sdu=1500).start()

    def expect(self, report):
        c = self.counters(report)
        assert c["UNKNOWN_VC"] > 0 or c["RX_ABORTED"] > 0, c
        assert report["coverage"]["groups"]["deactivation"]["bins"].get("tx_in_flight", 0), (
            "no deactivation had traffic in flight")


class StarveBase(VcnicBaseTest):
    MODE = "no_buffer"

    async def body(self):
        await ActivateSeq("act", self.env, 2, cbr=False).start()
        await StarveSeq("starve", self.env, self.MODE).start()
        await TrafficSeq("after", self.env, 6, inactive=0.0, oversize=0.0).start()

    def expect(self, report):
        c = self.counters(report)
        name = "NO_BUFFER" if self.MODE == "no_buffer" else "OVERSIZE"
        assert c[name] >= 1, c


class BufferPressureBase(VcnicBaseTest):
    """The RX buffer run out under load (host RX stalled now and then): NO_BUFFER predicted
    exactly by the model, every loss explained by the core's counters."""

    async def body(self):
        await ActivateSeq("act", self.env, 2, cbr=False).start()
        await BufferPressureSeq("pressure", self.env).start()
        await TrafficSeq("after", self.env, 6, inactive=0.0, oversize=0.0).start()

    def expect(self, report):
        c = self.counters(report)
        assert c["PDUS_RX"] >= 1, c


class RegAbuseBase(VcnicBaseTest):
    async def body(self):
        await ActivateSeq("act", self.env, 3, cbr=False).start()
        await RegAbuseSeq("abuse", self.env).start()
        await TrafficSeq("after", self.env, 6, inactive=0.0, oversize=0.0).start()


class LifecycleBase(VcnicBaseTest):
    """Register-level lifecycle, legal and illegal, with traffic."""

    async def body(self):
        await VirtualSeq("virtual", self.env, vcs=4, frames=40, lifecycle_steps=40).start()


class RandomBase(VcnicBaseTest):
    """The regression test: random VC count, traffic, lifecycle steps and line faults."""

    def configure(self, cfg, rng):
        r = rng.random()
        if r < 0.25:
            cfg.rates = FaultRates()
        elif r < 0.5:
            k = rng.choice(CELL_KINDS)
            cfg.rates = FaultRates(**{k.value: rng.uniform(0.01, 0.05)})
        else:
            cfg.rates = FaultRates.random(rng, total=rng.uniform(0.005, 0.04))
        cfg.min_gap = rng.choice((0, 1, 1, 2))
        cfg.hec_correct = rng.random() < 0.9
        self.vcs = rng.randint(2, 8)
        self.frames = rng.randint(20, 60)
        self.steps = rng.randint(5, 30)
        self.extra = rng.choice(("none", "none", "starve", "oversize", "abuse", "deact",
                                 "bad_length", "pressure"))

    async def body(self):
        env = self.env
        await VirtualSeq("virtual", env, vcs=self.vcs, frames=self.frames,
                         lifecycle_steps=self.steps).start()
        if self.extra == "starve":
            await StarveSeq("starve", env, "no_buffer").start()
        elif self.extra == "oversize":
            await StarveSeq("starve", env, "oversize").start()
        elif self.extra == "bad_length":
            await BadLengthSeq("bad-length", env).start()
        elif self.extra == "pressure":
            await BufferPressureSeq("pressure", env, rounds=3).start()
        elif self.extra == "abuse":
            await RegAbuseSeq("abuse", env).start()
        elif self.extra == "deact":
            vcs = env.pool.traffic_vcs()
            if vcs:
                v = self.rng.choice(vcs)
                await TrafficSeq("burst", env, 8, burst=(8, 8), gap=(0, 0), vcs=[v],
                                 inactive=0.0).start()
                await deactivate(env, v, rng=self.rng)
        await ClockCycles(env.clk, 10)
