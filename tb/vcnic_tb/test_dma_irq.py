"""Unit test of vcnic_dma_irq (rtl/tb/vcnic_dma_irq_tb.v), the per-CQ interrupt coalescer of
docs/dma.md "Interrupts": the cause is set when `count` completions (0 acts as 1) have been
written since it was last set, or `timer` cycles (0 = no timer) after the first of them.

Inputs are driven and `fire` sampled on the falling edge, so every check is cycle exact:
`Spec` below states the rule in the document's terms (times of completions, not the RTL's
counters) and the random test compares the two every cycle. Launched by
tests/test_dma_irq.py.
"""

from __future__ import annotations

import random

import cocotb
from cocotb.triggers import FallingEdge, First, RisingEdge, Timer


class Spec:
    """docs/dma.md's coalescing rule, cycle by cycle (edge numbers from the test's start)."""

    def __init__(self):
        self.pending = 0   # completions since the last pulse
        self.first = 0     # edge at which the first of them was written

    def edge(self, t: int, ev: bool, count: int, timer: int, clear: bool) -> bool:
        """The pulse after edge `t` (True = fire is high in the following cycle)."""
        if clear:
            self.pending = 0
            return False
        threshold = count or 1
        n = self.pending + ev
        by_count = n >= threshold and n > 0
        by_timer = self.pending > 0 and timer > 0 and t - self.first >= timer
        if by_count or by_timer:
            self.pending = 0
            return True
        if ev and self.pending == 0:
            self.first = t
        self.pending = n
        return False


class Tb:
    def __init__(self, dut):
        self.dut = dut
        self.t = 0   # edges since reset

    async def reset(self, count=0, timer=0):
        d = self.dut
        d.rst.value = 1
        d.clear.value = 0
        d.ev_cq_written.value = 0
        d.count.value = count
        d.timer.value = timer
        for _ in range(3):
            await FallingEdge(d.clk)
        d.rst.value = 0
        self.t = 0

    async def step(self, ev=0, clear=0) -> bool:
        """One edge with these inputs; returns `fire` after it."""
        d = self.dut
        d.ev_cq_written.value = ev
        d.clear.value = clear
        await FallingEdge(d.clk)
        self.t += 1
        d.ev_cq_written.value = 0
        d.clear.value = 0
        return bool(d.fire.value)

    async def idle(self, n: int) -> list[int]:
        """n edges without completions; returns the edges (1-based, relative) that fired."""
        return [i + 1 for i in range(n) if await self.step()]


@cocotb.test()
async def count_threshold(dut):
    """count = 4, no timer: three completions never fire; the fourth fires once, next cycle."""
    tb = Tb(dut)
    await tb.reset(count=4, timer=0)
    for _ in range(3):
        assert not await tb.step(ev=1)
        assert await tb.idle(50) == []
    assert await tb.step(ev=1), "the 4th completion fires at once"
    assert await tb.idle(200) == [], "one pulse only"
    # the next group counts from zero
    for i in range(8):
        assert await tb.step(ev=1) == (i in (3, 7))


@cocotb.test()
async def count_zero_acts_as_one(dut):
    """count = 0 and count = 1: every completion fires, back to back as well."""
    for count in (0, 1):
        tb = Tb(dut)
        await tb.reset(count=count, timer=0)
        assert await tb.idle(5) == []
        for _ in range(6):
            assert await tb.step(ev=1)
        assert not await tb.step(ev=0)
        assert await tb.step(ev=1)


@cocotb.test()
async def timer_threshold(dut):
    """count = 10, timer = 100: one completion fires exactly 100 cycles after it; completions
    after the first do not restart the timer; the count still wins when reached first."""
    tb = Tb(dut)
    await tb.reset(count=10, timer=100)
    assert not await tb.step(ev=1)                      # edge 0 of the timeout
    assert await tb.idle(200) == [100], "fires at edge 100 after the completion"
    # a completion, 30 cycles, 3 more: still 100 cycles from the first
    assert not await tb.step(ev=1)
    assert await tb.idle(29) == []
    for _ in range(3):
        assert not await tb.step(ev=1)
    assert await tb.idle(100) == [100 - 29 - 3]
    # the count reached before the timer: fires at the count, the timer restarts from zero
    for i in range(10):
        assert await tb.step(ev=1) == (i == 9)
    assert await tb.idle(300) == []
    # timer = 1: the cycle after the completion
    dut.timer.value = 1
    assert not await tb.step(ev=1)
    assert await tb.idle(3) == [1]


@cocotb.test()
async def timer_zero_means_no_timer(dut):
    """count = 5, timer = 0: two completions wait (no timeout) until the count is reached."""
    tb = Tb(dut)
    await tb.reset(count=5, timer=0)
    for _ in range(2):
        assert not await tb.step(ev=1)
    # 70000 cycles (more than any 16-bit timer) in one wait, not a Python wakeup per edge
    got = await First(RisingEdge(dut.fire), Timer(70000 * 10, "ns"))
    assert not isinstance(got, RisingEdge), "fired without a timer"
    await FallingEdge(dut.clk)
    for i in range(3):
        assert await tb.step(ev=1) == (i == 2)


@cocotb.test()
async def clear_forgets_pending(dut):
    """clear (DMA_CTRL.reset) drops the pending count and the running timer."""
    tb = Tb(dut)
    await tb.reset(count=4, timer=50)
    for _ in range(3):
        assert not await tb.step(ev=1)
    assert not await tb.step(clear=1)
    assert await tb.idle(200) == [], "no timeout after clear"
    assert not await tb.step(ev=1), "counting from zero again"
    assert await tb.idle(60) == [50]
    # a completion in the same cycle as clear is forgotten too
    assert not await tb.step(ev=1, clear=1)
    assert await tb.idle(100) == []


@cocotb.test()
async def lowered_count_fires_pending(dut):
    """A count lowered below the completions already pending fires at the next edge."""
    tb = Tb(dut)
    await tb.reset(count=8, timer=0)
    for _ in range(3):
        assert not await tb.step(ev=1)
    dut.count.value = 2
    assert await tb.step()
    assert await tb.idle(10) == []


@cocotb.test()
async def random_against_spec(dut):
    """Random completions, thresholds changed now and then, clears: `fire` equals the
    document's rule every cycle."""
    rng = random.Random(cocotb.RANDOM_SEED)
    tb = Tb(dut)
    spec = Spec()
    count, timer = 3, 20
    await tb.reset(count=count, timer=timer)
    fires = 0
    for t in range(20000):
        if rng.random() < 0.002:
            count = rng.choice([0, 1, 2, 3, 5, 16])
            timer = rng.choice([0, 1, 2, 7, 40, 300])
            dut.count.value = count
            dut.timer.value = timer
        density = 0.5 if (t // 1000) % 2 else 0.02
        ev = rng.random() < density
        clear = rng.random() < 0.001
        want = spec.edge(tb.t, ev, count, timer, clear)
        got = await tb.step(ev=int(ev), clear=int(clear))
        fires += got
        assert got == want, (f"edge {tb.t - 1}: fire {got}, the rule says {want} "
                             f"(count {count}, timer {timer}, pending {spec.pending})")
    assert fires > 100
