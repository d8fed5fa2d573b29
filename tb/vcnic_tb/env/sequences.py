"""Sequences: VC lifecycle (registers and driver), traffic, faults, bus abuse, and the
virtual sequence that runs them together with random timing.

Every sequence gets the env (`VcnicEnv`) and draws its randomness from a
`random.Random` seeded from the test seed, so a seed gives one stimulus. Register work goes
through the register agent's sequencer (`RegItem`), frames through the host TX agent's
(`TxFrameItem`); results are checked by the scoreboard (against the model), so the
sequences only steer.
"""

from __future__ import annotations

import random
import zlib
from typing import Any

import cocotb
from cocotb.triggers import ClockCycles
from pyuvm import uvm_sequence
from vcnic.regs import ADDRESS, AalType, ServiceCategory, VcOpcode, VcParams, VcResult, VcState

from ..faults import FaultKind
from .items import RegItem, TxFrameItem

A = ADDRESS


# ------------------------------------------------------------------ one-item helpers
class _ItemSeq(uvm_sequence):
    def __init__(self, item):
        super().__init__("item")
        self.item = item

    async def body(self):
        await self.start_item(self.item)
        await self.finish_item(self.item)


async def do_reg(env, item: RegItem) -> RegItem:
    await _ItemSeq(item).start(env.reg.sequencer)
    return item


async def cmd(env, opcode: int, vc: int, params: VcParams | None = None,
              wait: bool = True) -> int | None:
    it = await do_reg(env, RegItem("cmd", "command", opcode=int(opcode), vc=vc, params=params,
                                   wait=wait))
    return it.result


async def rd(env, addr: int) -> RegItem:
    return await do_reg(env, RegItem("rd", "read", addr))


async def wr(env, addr: int, data: int) -> RegItem:
    return await do_reg(env, RegItem("wr", "write", addr, data))


async def clear(env, vc: int) -> int | None:
    """CLEAR a VC, reading its RX drop counters first (QUERY): a CLEAR zeroes them, and the
    scoreboard's ledger explains lost frames with the core's counts, per counter epoch."""
    if await cmd(env, VcOpcode.QUERY, vc) == VcResult.OK:
        for name in ("VC_RX_NO_BUFFER", "VC_RX_ABORTED", "VC_RX_OVERSIZE"):
            await rd(env, A[name])
    return await cmd(env, VcOpcode.CLEAR, vc)


async def send(env, vc: int, data: bytes, uu: int = 0, cpi: int = 0, clp: int = 0,
               size_class: str = "") -> None:
    await _ItemSeq(TxFrameItem("tx", vc, data, uu, cpi, clp, size_class)).start(
        env.host_tx.sequencer)


def payload(rng: random.Random, n: int) -> bytes:
    return rng.getrandbits(8 * n).to_bytes(n, "little") if n else b""


def pick_length(rng: random.Random, max_sdu: int, oversize: float = 0.03) -> int:
    """Lengths concentrated on AAL5 cell boundaries: 48k-8 (exact fill) and +-1, 1, the
    VC's max SDU, a few random, now and then one above max SDU, and rarely 0 (the core
    must drop it TX_ZERO_LENGTH: a 0-byte SDU would go out as an AAL5 abort)."""
    if rng.random() < oversize:
        return max_sdu + rng.randint(1, 48)
    r = rng.random()
    kmax = max(1, min((max_sdu + 8) // 48, 12))
    if r < 0.02:
        return 0  # dropped TX_ZERO_LENGTH by the core: Length 0 is the AAL5 abort
    if r < 0.14:
        return min(1, max_sdu)
    if r < 0.20:
        return max_sdu
    if r < 0.75:
        k = rng.randint(1, kmax)
        return max(1, min(max_sdu, 48 * k - 8 + rng.choice((-1, 0, 1))))
    return rng.randint(1, min(max_sdu, 600))


# ------------------------------------------------------------------ base
class VcnicSeq(uvm_sequence):
    def __init__(self, name: str, env, rng: random.Random | None = None):
        super().__init__(name)
        self.env = env
        self.rng = rng or random.Random(env.cfg.seed ^ zlib.crc32(name.encode()))

    @property
    def clk(self):
        return self.env.clk

    async def delay(self, lo: int, hi: int) -> None:
        n = self.rng.randint(lo, hi)
        if n:
            await ClockCycles(self.clk, n)


def _rng(env, salt: int) -> random.Random:
    return random.Random((env.cfg.seed << 8) ^ salt)


# ------------------------------------------------------------------ lifecycle (registers)
class ActivateSeq(VcnicSeq):
    """ACTIVATE `n` free VCs with random valid parameters (some CBR while CBR slots last)."""

    def __init__(self, name, env, n: int, cbr: bool | None = None, max_sdu: int | None = None,
                 rng=None):
        super().__init__(name, env, rng or _rng(env, 1))
        self.n, self.cbr, self.max_sdu = n, cbr, max_sdu

    async def body(self):
        env = self.env
        for _ in range(self.n):
            free = env.pool.free_vcs()
            if not free:
                return
            vc = self.rng.choice(free)
            cbr = self.cbr
            if cbr is None:
                cbr = self.rng.random() < 0.3 and self.cbr_free() > 0
            p = env.pool.random_params(max_sdu=self.max_sdu, cbr=cbr,
                                       buf_cells=self.buf_cells())
            if await cmd(env, VcOpcode.ACTIVATE, vc, p) == VcResult.OK:
                env.pool.add(vc, p)

    def buf_cells(self) -> int:
        p = self.env.params
        return min(p["TX_BUF_CELLS"], p["RX_BUF_CELLS"])

    def cbr_free(self) -> int:
        n = sum(1 for v in self.env.pool.active.values()
                if v.params.service == int(ServiceCategory.CBR))
        return self.env.params["NUM_CBR"] - n


async def deactivate(env, vc: int, *, hold: bool = True, rng: random.Random | None = None,
                     wait_tx: bool = False) -> int:
    """DEACTIVATE a pool VC, deterministically for the RX side: its cells are held at the
    line (none in transit) from before the command until it completes, then released, so
    they reach line RX after the VC closed (UNKNOWN_VC on the RTL and the model alike).
    Frames of the VC still queued in the core are aborted (TX side: ledger)."""
    sb, clk = env.scoreboard, env.clk
    pv = env.pool.active[vc]
    pv.locked = True
    key = (pv.params.vpi, pv.params.vci)
    while env.bench.pending_per_vc.get(vc):
        await ClockCycles(clk, 16)
    if wait_tx:
        while any(f.status is None for f in sb.sent.get(vc, [])):
            await ClockCycles(clk, 32)
    if rng is not None:
        await ClockCycles(clk, rng.randint(1, 300))
    in_flight = any(f.status is None for f in sb.sent.get(vc, []))
    if hold:
        env.injector.hold(key)
        await env.line.quiet(clk)
    rx_partial = sb.nic.rx.ctx[vc].in_pdu
    res = await cmd(env, VcOpcode.DEACTIVATE, vc)
    cells = env.injector.release(key) if hold else []
    env.line.put(cells)
    bins = ["tx_in_flight" if in_flight else "idle"]
    if rx_partial:
        bins.append("rx_partial")
    if cells:
        bins.append("cells_after")
        env.marker("fault", kind=FaultKind.HOLD.value, n=1)
    env.marker("deactivation", vc, bins=bins)
    if res == VcResult.OK:
        env.pool.active.pop(vc, None)
    else:
        pv.locked = False
    return res


class LifecycleSeq(VcnicSeq):
    """Random VC commands on the raw register interface, legal and illegal: ACTIVATE (ok,
    active VC, bad parameters, duplicate VPI/VCI, CBR table full), MODIFY (ok with service
    changes, inactive VC, changed VPI/VCI), DEACTIVATE (with traffic in flight, inactive
    VC), CLEAR, QUERY, NOP, undefined opcodes, VC numbers past NUM_VC."""

    ACTIONS = {
        "activate": 6, "activate_active": 1, "activate_bad_param": 1, "activate_duplicate": 1,
        "activate_cbr_full": 1, "modify": 3, "modify_inactive": 1, "modify_bad_param": 1,
        "deactivate": 3, "deactivate_inactive": 1, "clear": 1, "clear_active": 1, "query": 1,
        "nop": 1, "bad_opcode": 1, "bad_vc": 1,
    }

    def __init__(self, name, env, steps: int, gap=(0, 600), min_active: int = 2, rng=None):
        super().__init__(name, env, rng or _rng(env, 2))
        self.steps, self.gap, self.min_active = steps, gap, min_active

    async def body(self):
        names = list(self.ACTIONS)
        weights = [self.ACTIONS[n] for n in names]
        for _ in range(self.steps):
            await self.delay(*self.gap)
            act = self.rng.choices(names, weights)[0]
            if act == "deactivate" and len(self.env.pool.active) <= self.min_active:
                act = "activate"
            await getattr(self, "do_" + act)()

    # -- helpers
    def bufc(self) -> int:
        p = self.env.params
        return min(p["TX_BUF_CELLS"], p["RX_BUF_CELLS"])

    def inactive_vc(self) -> int | None:
        env = self.env
        free = [v for v in env.pool.free_vcs() if env.state(v) == VcState.INACTIVE]
        return self.rng.choice(free) if free else None

    def pool_vc(self) -> int | None:
        vcs = self.env.pool.traffic_vcs()
        return self.rng.choice(vcs) if vcs else None

    # -- actions
    async def do_activate(self, cbr: bool | None = None) -> int | None:
        vc = self.inactive_vc()
        if vc is None:
            return None
        if cbr is None:
            cbr = self.rng.random() < 0.3
        p = self.env.pool.random_params(cbr=cbr, buf_cells=self.bufc())
        res = await cmd(self.env, VcOpcode.ACTIVATE, vc, p)
        if res == VcResult.OK:
            self.env.pool.add(vc, p)
        return res

    async def do_activate_active(self):
        vc = self.pool_vc()
        if vc is not None:
            await cmd(self.env, VcOpcode.ACTIVATE, vc, self.env.pool.active[vc].params)

    async def do_activate_bad_param(self):
        vc = self.inactive_vc()
        if vc is None:
            return
        p = self.env.pool.random_params(buf_cells=self.bufc())
        how = self.rng.choice(("aal", "service", "max_sdu0", "max_sdu_big", "vpi", "cbr_inc"))
        if how == "aal":
            p.aal = int(AalType.AAL0)
        elif how == "service":
            p.service = self.rng.choice((0, 2, 8))
        elif how == "max_sdu0":
            p.max_sdu = 0
        elif how == "max_sdu_big":
            p.max_sdu = self.bufc() * 48 - 7
        elif how == "vpi":
            p.vpi = 0x100 + self.rng.randint(0, 0xEFF)
        else:
            p.service, p.inc = int(ServiceCategory.CBR), self.rng.randint(0, 0xFFFF)
        await cmd(self.env, VcOpcode.ACTIVATE, vc, p)

    async def do_activate_duplicate(self):
        vc, other = self.inactive_vc(), self.pool_vc()
        if vc is None or other is None:
            return
        p = self.env.pool.random_params(cbr=False, buf_cells=self.bufc())
        q = self.env.pool.active[other].params
        p.vpi, p.vci = q.vpi, q.vci
        await cmd(self.env, VcOpcode.ACTIVATE, vc, p)

    async def do_activate_cbr_full(self):
        # take CBR slots until the table is full: the next CBR ACTIVATE is NO_RESOURCES
        for _ in range(self.env.params["NUM_CBR"] + 1):
            res = await self.do_activate(cbr=True)
            if res is None or res == VcResult.NO_RESOURCES:
                return

    async def do_modify(self):
        env = self.env
        vc = self.pool_vc()
        if vc is None:
            return
        pv = env.pool.active[vc]
        pv.locked = True
        while env.bench.pending_per_vc.get(vc) or any(
                f.status is None for f in env.scoreboard.sent.get(vc, [])):
            await ClockCycles(self.clk, 32)
        old = pv.params
        p = env.pool.random_params(buf_cells=self.bufc(),
                                   cbr=self.rng.random() < 0.4)
        p.vpi, p.vci = old.vpi, old.vci
        res = await cmd(env, VcOpcode.MODIFY, vc, p)
        if res == VcResult.OK:
            pv.params = p
        pv.locked = False

    async def do_modify_inactive(self):
        vc = self.inactive_vc()
        if vc is not None:
            await cmd(self.env, VcOpcode.MODIFY, vc,
                      self.env.pool.random_params(buf_cells=self.bufc()))

    async def do_modify_bad_param(self):
        vc = self.pool_vc()
        if vc is None:
            return
        p = self.env.pool.random_params(buf_cells=self.bufc())  # a new VPI/VCI: BAD_PARAM
        await cmd(self.env, VcOpcode.MODIFY, vc, p)

    async def do_deactivate(self):
        vc = self.pool_vc()
        if vc is None:
            return
        await deactivate(self.env, vc, rng=self.rng)
        if self.rng.random() < 0.5:
            await clear(self.env, vc)

    async def do_deactivate_inactive(self):
        vc = self.inactive_vc()
        if vc is not None:
            await cmd(self.env, VcOpcode.DEACTIVATE, vc)

    async def do_clear(self):
        vc = self.inactive_vc()
        if vc is not None:
            await clear(self.env, vc)

    async def do_clear_active(self):
        vc = self.pool_vc()
        if vc is not None:
            await cmd(self.env, VcOpcode.CLEAR, vc)

    async def do_query(self):
        vc = self.rng.randrange(self.env.params["NUM_VC"])
        await cmd(self.env, VcOpcode.QUERY, vc)

    async def do_nop(self):
        await cmd(self.env, VcOpcode.NOP, self.rng.randrange(self.env.params["NUM_VC"]))

    async def do_bad_opcode(self):
        op = self.rng.choice([o for o in range(16) if o not in VcOpcode._value2member_map_])
        await cmd(self.env, op, self.rng.randrange(self.env.params["NUM_VC"]))

    async def do_bad_vc(self):
        n = self.env.params["NUM_VC"]
        vc = self.rng.choice((n, n + 1, n + self.rng.randrange(1, 1 << 10)))
        vc &= 0xFFFF
        op = self.rng.choice((VcOpcode.ACTIVATE, VcOpcode.MODIFY, VcOpcode.DEACTIVATE,
                              VcOpcode.CLEAR, VcOpcode.QUERY))
        await cmd(self.env, op, vc, self.env.pool.random_params(buf_cells=self.bufc()))


# ------------------------------------------------------------------ traffic
class TrafficSeq(VcnicSeq):
    """`frames` SDUs in bursts over the pool's VCs (lengths on cell boundaries, now and
    then one above max SDU, now and then one to a VC that is not active)."""

    def __init__(self, name, env, frames: int, burst=(1, 12), gap=(0, 800),
                 inactive: float = 0.02, oversize: float = 0.03, vcs: list[int] | None = None,
                 max_bytes: int | None = None, rng=None):
        super().__init__(name, env, rng or _rng(env, 3))
        self.frames, self.burst, self.gap = frames, burst, gap
        self.inactive, self.oversize, self.vcs = inactive, oversize, vcs
        self.max_bytes = max_bytes

    async def body(self):
        env, rng = self.env, self.rng
        sent = 0
        while sent < self.frames:
            n = min(self.frames - sent, rng.randint(*self.burst))
            for _ in range(n):
                vcs = self.vcs if self.vcs is not None else env.pool.traffic_vcs()
                vcs = [v for v in vcs if v in env.pool.active and not env.pool.active[v].locked]
                if not vcs or rng.random() < self.inactive:
                    vc = rng.randrange(env.params["NUM_VC"])
                    if vc in env.pool.active:
                        continue
                    length = rng.randint(0, 100)
                else:
                    vc = rng.choice(vcs)
                    max_sdu = env.pool.active[vc].params.max_sdu
                    length = pick_length(rng, max_sdu, self.oversize)
                    if self.max_bytes is not None:
                        length = min(length, self.max_bytes)
                await send(env, vc, payload(rng, length), uu=rng.randrange(256),
                           cpi=0 if rng.random() < 0.8 else rng.randrange(256),
                           clp=int(rng.random() < 0.1))
                sent += 1
            await self.delay(*self.gap)


# ------------------------------------------------------------------ faults
class FaultSeq(VcnicSeq):
    """`n` faults of one cell-level kind, each forced on a PDU of its own: pick a VC, force
    the fault on its next eligible cell, send `frames_per_fault` multi-cell frames on it
    (the ones after the hit PDU end a merge), drain."""

    def __init__(self, name, env, kind: FaultKind | str, n: int, frames_per_fault: int = 3,
                 rng=None):
        super().__init__(name, env, rng or _rng(env, 4))
        self.kind, self.n, self.fpf = FaultKind(kind), n, frames_per_fault

    async def body(self):
        env, inj, rng = self.env, self.env.injector, self.rng
        for _ in range(self.n):
            vcs = env.pool.traffic_vcs()
            assert vcs, "FaultSeq needs an active VC"
            vc = rng.choice(vcs)
            p = env.pool.active[vc].params
            inj.force(self.kind, key=(p.vpi, p.vci))
            for _attempt in range(10):
                for _ in range(self.fpf):
                    n = rng.randint(min(89, p.max_sdu), min(p.max_sdu, 600))
                    await send(env, vc, payload(rng, n), uu=rng.randrange(256))
                await env.drain(settle=50)
                if not inj.pending_forced:
                    break
            else:
                raise AssertionError(f"forced {self.kind.value} found no eligible cell")


class BadLengthSeq(VcnicSeq):
    """PDUs from a broken far end: CRC right, Length field wrong (LENGTH errors), each
    followed by an AAL5 abort (Length 0, RX_ABORTED, never delivered), put on line RX
    between PDUs of a VC whose traffic is held meanwhile."""

    def __init__(self, name, env, n: int = 2, oversize: bool = True, rng=None):
        super().__init__(name, env, rng or _rng(env, 7))
        self.n, self.oversize = n, oversize

    async def body(self):
        env, inj = self.env, self.env.injector
        vcs = env.pool.traffic_vcs()
        if not vcs:
            return
        vc = self.rng.choice(vcs)
        pv = env.pool.active[vc]
        pv.locked = True
        key = (pv.params.vpi, pv.params.vci)
        while env.bench.pending_per_vc.get(vc) or any(
                f.status is None for f in env.scoreboard.sent.get(vc, [])):
            await ClockCycles(self.clk, 32)
        await env.line.quiet(self.clk)
        max_cells = (pv.params.max_sdu + 8 + 47) // 48
        for _ in range(self.n):
            env.line.put(inj.bad_length_pdu(key, self.rng.randint(1, max(1, min(max_cells, 4)))))
            await env.line.quiet(self.clk)
            env.line.put(inj.abort_pdu(key, self.rng.randint(1, max(1, min(max_cells, 4)))))
            await env.line.quiet(self.clk)
        # one past each max SDU check of the receiver: Length = max SDU + 1, and one cell
        # more than max SDU allows (the PDU must fit half of the buffer, or it could be
        # NO_BUFFER instead)
        if self.oversize and max_cells + 1 <= self.env.params["RX_BUF_CELLS"] // 2:
            for by_cells in (False, True):
                env.line.put(inj.oversize_pdu(key, pv.params.max_sdu, by_cells))
                await env.line.quiet(self.clk)
        pv.locked = False


class StarveSeq(VcnicSeq):
    """VCs that never send their last cell: their PDUs merge on the line until the RX
    buffer runs out (`no_buffer`: two such VCs whose max SDU is the whole buffer, so their
    merged PDUs together exhaust it and one becomes NO_BUFFER) or a merged PDU passes the
    VC's max SDU (`oversize`); then the last cells are let through and end the merged PDUs
    (each counted once), and traffic afterwards is delivered again."""

    def __init__(self, name, env, mode: str = "no_buffer", rng=None):
        super().__init__(name, env, rng or _rng(env, 5))
        self.mode = mode

    async def body(self):
        env, inj, nic = self.env, self.env.injector, self.env.scoreboard.nic
        bufc = min(env.params["TX_BUF_CELLS"], env.params["RX_BUF_CELLS"])
        max_sdu = bufc * 48 - 8 if self.mode == "no_buffer" else 400
        need = 2 if self.mode == "no_buffer" else 1
        free = [v for v in env.pool.free_vcs() if env.state(v) == VcState.INACTIVE]
        while len(free) < need and env.pool.traffic_vcs():  # make room
            v = self.rng.choice(env.pool.traffic_vcs())
            await deactivate(env, v)
            free = [v for v in env.pool.free_vcs() if env.state(v) == VcState.INACTIVE]
        vcs, keys = [], []
        for vc in free[:need]:
            for _ in range(8):  # NO_RESOURCES when the key's lookup set is full: another key
                p = env.pool.random_params(max_sdu=max_sdu, cbr=False, buf_cells=bufc)
                p.rx_errored = 0
                res = await cmd(env, VcOpcode.ACTIVATE, vc, p)
                if res != VcResult.NO_RESOURCES:
                    break
            assert res == VcResult.OK, f"ACTIVATE of starving VC {vc}: {res}"
            env.pool.add(vc, p)
            env.pool.active[vc].locked = True  # no other traffic on it
            vcs.append(vc)
            keys.append((p.vpi, p.vci))
            inj.starve_last((p.vpi, p.vci))
        counter = "NO_BUFFER" if self.mode == "no_buffer" else "OVERSIZE"
        for i in range(400):
            vc = vcs[i % len(vcs)]
            await send(env, vc, payload(self.rng, self.rng.randint(300, 1500)))
            await env.drain(settle=50)
            if any(nic.rx.ctx[v].reason is not None for v in vcs):
                break
        for k in keys:
            inj.starve_last(k, False)
        env.marker("fault", kind=FaultKind.STARVE_LAST.value, n=1)
        for vc in vcs:
            await send(env, vc, payload(self.rng, 100))  # its last cell ends the merged PDU
            await send(env, vc, payload(self.rng, 100))  # delivered again
        await env.drain()
        assert nic.live_counter(counter) >= 1, f"starved VCs: {counter} did not count"
        # the starving VCs' max SDU breaks the pool's quarter-buffer rule (random_params):
        # later traffic must not pick them, so they go
        for vc in vcs:
            await deactivate(env, vc)


class BufferPressureSeq(VcnicSeq):
    """The RX buffer under load: VCs whose max SDU is a quarter to nearly all of the
    buffer, bursts of big frames, host RX stalled now and then for a random while. PDUs
    stream to the host while cells of the next arrive, the buffer runs out and comes back
    cell by cell: the model must predict every NO_BUFFER (it frees a PDU's cells when the
    core's host RX has taken it) and the ledger must explain every loss with the core's
    counters. The VCs are deactivated at the end (their max SDU breaks the pool's
    quarter-buffer rule)."""

    def __init__(self, name, env, rounds: int = 6, rng=None):
        super().__init__(name, env, rng or _rng(env, 9))
        self.rounds = rounds

    async def body(self):
        env, rng = self.env, self.rng
        bufc = min(env.params["TX_BUF_CELLS"], env.params["RX_BUF_CELLS"])
        free = [v for v in env.pool.free_vcs() if env.state(v) == VcState.INACTIVE]
        while len(free) < 2 and env.pool.traffic_vcs():
            await deactivate(env, rng.choice(env.pool.traffic_vcs()))
            free = [v for v in env.pool.free_vcs() if env.state(v) == VcState.INACTIVE]
        vcs = []
        for vc in free[:rng.randint(2, 3)]:
            p = env.pool.random_params(max_sdu=rng.randint(bufc * 12, bufc * 46),
                                       cbr=False, buf_cells=bufc)
            if await cmd(env, VcOpcode.ACTIVATE, vc, p) == VcResult.OK:
                env.pool.add(vc, p)
                env.pool.active[vc].locked = True
                vcs.append(vc)
        for _ in range(self.rounds):
            stall = rng.random() < 0.5
            if stall:
                env.host_rx.stall(True)
            for _ in range(rng.randint(3, 8)):
                vc = rng.choice(vcs)
                m = env.pool.active[vc].params.max_sdu
                await send(env, vc, payload(rng, rng.randint(m // 5, m)), uu=rng.randrange(256))
                await self.delay(0, 300)
            if stall:
                await self.delay(200, 4000)
                env.host_rx.stall(False)
            await self.delay(0, 2000)
        await env.drain()
        for vc in vcs:
            await deactivate(env, vc)


# ------------------------------------------------------------------ register-bus abuse
class RegAbuseSeq(VcnicSeq):
    """Unmapped addresses (SLVERR, the bus keeps working), writes to read-only registers,
    undefined opcodes, VC numbers past NUM_VC, commands in the wrong state, and commands
    written while a DEACTIVATE is busy (ignored, cmd_overrun)."""

    async def body(self):
        from vcnic.model.regfile import BY_ADDR, REGS

        env, rng = self.env, self.rng
        unmapped = [a for a in range(0, 0x200, 4) if a not in BY_ADDR]
        readonly = [r.address for r in REGS.values() if not r.writable]
        for a in rng.sample(unmapped, min(8, len(unmapped))):
            off = rng.choice((0, 1, 2, 3)) if a + 4 < 0x200 else 0  # stay in the 9-bit space
            it = await rd(env, a + off)
            assert it.resp == 2, f"read of unmapped 0x{a:03X}: resp {it.resp}"
            it = await wr(env, a, rng.getrandbits(32))
            assert it.resp == 2, f"write of unmapped 0x{a:03X}: resp {it.resp}"
        for a in rng.sample(readonly, min(6, len(readonly))):
            it = await wr(env, a, rng.getrandbits(32))
            assert it.resp == 2, f"write of read-only 0x{a:03X}: resp {it.resp}"
        it = await rd(env, A["ID"])
        assert it.resp == 0, "the bus hangs/errs after SLVERRs"
        life = LifecycleSeq("abuse-cmds", env, 0, rng=rng)
        await life.do_bad_opcode()
        await life.do_bad_vc()
        await life.do_modify_inactive()
        await life.do_deactivate_inactive()
        await life.do_clear_active()
        await life.do_activate_bad_param()
        await life.do_activate_duplicate()
        await BusyCommandSeq("busy", env, rng=rng).start()


class BusyCommandSeq(VcnicSeq):
    """Commands written while the engine is busy are ignored and set cmd_overrun: make a
    DEACTIVATE stay busy by holding a PDU of its VC in the core (host RX stalled)."""

    async def body(self):
        env, nic = self.env, self.env.scoreboard.nic
        vcs = env.pool.traffic_vcs()
        if not vcs:
            await ActivateSeq("busy-act", env, 1, cbr=False).start()
            vcs = env.pool.traffic_vcs()
        vc = vcs[0]
        inj = env.injector
        enabled, inj.enabled = inj.enabled, False  # the PDU that keeps it busy must arrive
        try:
            await env.drain()
            env.host_rx.stall(True)
            await send(env, vc, payload(self.rng, 30))  # fits any max SDU
            for _ in range(2000):
                if nic.rx.held_per_vc[vc]:
                    break
                await ClockCycles(self.clk, 10)
            else:
                raise AssertionError(f"the PDU on VC {vc} never reached the stalled host RX")
        finally:
            inj.enabled = enabled
        await ClockCycles(self.clk, 100)
        await wr(env, A["INT_STATUS"], 0xFFFFFFFF)
        env.pool.active[vc].locked = True
        await cmd(env, VcOpcode.DEACTIVATE, vc, wait=False)
        await ClockCycles(self.clk, 20)
        for op in (VcOpcode.NOP, VcOpcode.QUERY, VcOpcode.ACTIVATE):
            await cmd(env, op, (vc + 1) % env.params["NUM_VC"], wait=False)
        it = await rd(env, A["INT_STATUS"])
        from vcnic.model.regfile import REGS

        assert REGS["INT_STATUS"].f("cmd_overrun").get(it.result), (
            "a command written while busy did not set INT_STATUS.cmd_overrun")
        it = await rd(env, A["VC_CMD"])
        assert REGS["VC_CMD"].f("busy").get(it.result), "DEACTIVATE with a PDU held not busy"
        env.host_rx.stall(False)
        res = await do_reg(env, RegItem("wait", "read", A["VC_CMD"]))
        for _ in range(2000):
            if not REGS["VC_CMD"].f("busy").get(res.result):
                break
            res = await rd(env, A["VC_CMD"])
        env.pool.active.pop(vc, None)
        env.marker("deactivation", vc, bins=["idle"])


# ------------------------------------------------------------------ virtual sequence
class VirtualSeq(VcnicSeq):
    """VC lifecycle and traffic together, with random timing, on top of the injector's
    random fault rates."""

    def __init__(self, name, env, *, vcs: int, frames: int, lifecycle_steps: int,
                 rng=None):
        super().__init__(name, env, rng or _rng(env, 6))
        self.vcs, self.frames, self.steps = vcs, frames, lifecycle_steps

    async def body(self):
        env = self.env
        await ActivateSeq("initial", env, self.vcs, rng=self.rng).start()
        traffic = TrafficSeq("traffic", env, self.frames, rng=random.Random(self.rng.random()))
        life = LifecycleSeq("lifecycle", env, self.steps, rng=random.Random(self.rng.random()))
        t1 = cocotb.start_soon(traffic.start())
        t2 = cocotb.start_soon(life.start())
        await t1
        await t2


def describe(seq: Any) -> str:
    return type(seq).__name__
