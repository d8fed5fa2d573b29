"""AXI4-Lite protocol corners of the register bus, on raw signals.

cocotbext-axi's AxiLiteMaster issues one tidy access at a time (AW with W, B taken at
once), so these tests drive `s_axil_*` themselves (no AxiLiteMaster in this module): partial
and zero write strobes, W before AW (and AW long before W), a read and a write in the same
cycle, BREADY/RREADY held low (the response must wait, stable), and a read issued while
a write response is still unaccepted, with the master waiting for R before it takes B:
AXI has no ordering between the read and write channels, so R must come (the generated
register block answers in order from one queue; `axil_resp_split` in front of it makes
the two responses independent: docs/architecture.md, "Register bus"). Launched by
tests/test_rtl_regbus.py.
"""

from __future__ import annotations

import random

import cocotb
from cocotb.triggers import ClockCycles, ReadOnly, RisingEdge
from vcnic.regs import ADDRESS, VcOpcode, VcState

A = ADDRESS
OKAY, SLVERR = 0, 2
NO_R_TIMEOUT = 200  # cycles: a response later than this is a deadlock


def _b(sig) -> int:
    return int(sig.value)


class RawAxil:
    """The five AXI4-Lite channels of `s_axil_*`, each driven on its own."""

    def __init__(self, dut):
        self.dut, self.clk = dut, dut.clk
        for s in ("awvalid", "wvalid", "arvalid", "bready", "rready"):
            getattr(dut, f"s_axil_{s}").value = 0
        for s in ("awaddr", "awprot", "wdata", "wstrb", "araddr", "arprot"):
            getattr(dut, f"s_axil_{s}").value = 0

    def s(self, name):
        return getattr(self.dut, f"s_axil_{name}")

    async def reset(self) -> None:
        self.dut.rst.value = 1
        await ClockCycles(self.clk, 8)
        self.dut.rst.value = 0
        await RisingEdge(self.clk)

    async def _handshake(self, valid: str, ready: str, fields: dict[str, int]) -> int:
        """Hold `valid` (with `fields`) until an edge samples ready; returns the cycles."""
        for k, v in fields.items():
            self.s(k).value = v
        self.s(valid).value = 1
        n = 0
        while True:
            await RisingEdge(self.clk)
            n += 1
            if _b(self.s(ready)):
                break
            assert n < NO_R_TIMEOUT, f"{valid}: {ready} never came"
        self.s(valid).value = 0
        return n

    async def aw(self, addr: int) -> int:
        return await self._handshake("awvalid", "awready", {"awaddr": addr, "awprot": 0})

    async def w(self, data: int, strb: int = 0xF) -> int:
        return await self._handshake("wvalid", "wready", {"wdata": data, "wstrb": strb})

    async def ar(self, addr: int) -> int:
        return await self._handshake("arvalid", "arready", {"araddr": addr, "arprot": 0})

    async def _response(self, valid: str, ready: str, hold: int, what: tuple[str, ...],
                        timeout: int = NO_R_TIMEOUT) -> tuple[int, ...]:
        """Keep `ready` low for `hold` cycles after `valid` rose (checking the response
        stays put meanwhile), then take it; returns the response fields."""
        n = 0
        while True:
            await ReadOnly()
            if _b(self.s(valid)):
                break
            await RisingEdge(self.clk)
            n += 1
            assert n < timeout, f"no {valid} within {timeout} cycles"
        first = tuple(_b(self.s(f)) for f in what)
        for _ in range(hold):
            await RisingEdge(self.clk)
            await ReadOnly()
            assert _b(self.s(valid)), f"{valid} dropped before {ready}"
            now = tuple(_b(self.s(f)) for f in what)
            assert now == first, f"{what} changed while waiting for {ready}: {first} -> {now}"
        await RisingEdge(self.clk)
        self.s(ready).value = 1
        while True:
            await RisingEdge(self.clk)
            if _b(self.s(valid)):
                break
        self.s(ready).value = 0
        return first

    async def b(self, hold: int = 0, timeout: int = NO_R_TIMEOUT) -> int:
        return (await self._response("bvalid", "bready", hold, ("bresp",), timeout))[0]

    async def r(self, hold: int = 0, timeout: int = NO_R_TIMEOUT) -> tuple[int, int]:
        d, resp = await self._response("rvalid", "rready", hold, ("rdata", "rresp"), timeout)
        return d, resp

    async def write(self, addr: int, data: int, strb: int = 0xF, *, w_first: int = 0,
                    hold: int = 0) -> int:
        """One write: AW and W together, or W `w_first` cycles before AW (negative: AW
        first); B taken `hold` cycles after it is offered."""
        if w_first >= 0:
            wt = cocotb.start_soon(self.w(data, strb))
            await ClockCycles(self.clk, w_first)
            await self.aw(addr)
        else:
            await self.aw(addr)
            await ClockCycles(self.clk, -w_first)
            wt = cocotb.start_soon(self.w(data, strb))
        await wt
        return await self.b(hold)

    async def read(self, addr: int, hold: int = 0) -> tuple[int, int]:
        await self.ar(addr)
        return await self.r(hold)


async def _bus(dut) -> RawAxil:
    bus = RawAxil(dut)
    dut.m_axis_line_tx_tready.value = 1
    for s in ("tvalid", "tlast", "tdata", "tkeep"):
        getattr(dut, f"s_axis_line_rx_{s}").value = 0
    await bus.reset()
    return bus


async def _rd(bus: RawAxil, name: str) -> int:
    d, resp = await bus.read(A[name])
    assert resp == OKAY, f"read {name}: resp {resp}"
    return d


# ------------------------------------------------------------------------------ strobes
@cocotb.test(timeout_time=2, timeout_unit="ms")
async def write_strobes(dut):
    """Each WSTRB bit writes its byte lane only; WSTRB = 0 writes nothing (OKAY); a
    command or a W1C written without the strobe of its byte does nothing."""
    bus = await _bus(dut)
    rng = random.Random(cocotb.RANDOM_SEED)
    reg = A["VC_PCR_INC"]  # 32 read/write bits
    for strb in list(range(16)) + [rng.randrange(16) for _ in range(4)]:
        old, new = rng.getrandbits(32), rng.getrandbits(32)
        assert await bus.write(reg, old) == OKAY
        assert await bus.write(reg, new, strb) == OKAY, f"strb {strb:04b}"
        lanes = sum(0xFF << (8 * i) for i in range(4) if strb >> i & 1)
        want = (old & ~lanes) | (new & lanes)
        got = await _rd(bus, "VC_PCR_INC")
        assert got == want, f"strb {strb:04b}: 0x{old:08X} then 0x{new:08X} -> 0x{got:08X}"
    # a command needs the strobe of VC_CMD's opcode byte
    assert await bus.write(A["VC_SELECT"], 3) == OKAY
    before = await _rd(bus, "VC_CMD")
    for strb in (0b0000, 0b0010, 0b1100, 0b1110):
        assert await bus.write(A["VC_CMD"], int(VcOpcode.QUERY), strb) == OKAY
        assert await _rd(bus, "VC_CMD") == before, f"VC_CMD strb {strb:04b} ran a command"
        assert await _rd(bus, "INT_STATUS") == 0, f"VC_CMD strb {strb:04b}: cmd_done"
    assert await bus.write(A["VC_CMD"], int(VcOpcode.QUERY), 0b0001) == OKAY
    assert await _rd(bus, "INT_STATUS") & 0x1, "QUERY with the opcode lane did not run"
    # INT_STATUS is write-1-to-clear per lane: no strobe, nothing cleared
    assert await bus.write(A["INT_STATUS"], 0xFFFFFFFF, 0) == OKAY
    assert await _rd(bus, "INT_STATUS") & 0x1, "a zero-strobe write cleared INT_STATUS"
    assert await bus.write(A["INT_STATUS"], 0xFFFFFFFF, 0b0001) == OKAY
    assert await _rd(bus, "INT_STATUS") == 0
    # an unmapped address is SLVERR whatever the strobes
    assert await bus.write(0x1FC, 0, 0) == SLVERR


# ------------------------------------------------------------------------------ ordering
@cocotb.test(timeout_time=2, timeout_unit="ms")
async def w_before_aw_and_aw_before_w(dut):
    """The write data may come before its address (any number of cycles) or after it."""
    bus = await _bus(dut)
    for i, lead in enumerate((1, 5, 30, -1, -7, -30, 0)):
        v = 0x01020304 * (i + 1)
        assert await bus.write(A["VC_PCR_INC"], v, w_first=lead) == OKAY, lead
        assert await _rd(bus, "VC_PCR_INC") == v, f"W {lead} cycles before AW"


@cocotb.test(timeout_time=2, timeout_unit="ms")
async def read_and_write_at_once(dut):
    """AR, AW and W in the same cycle: both complete, each with its own answer."""
    bus = await _bus(dut)
    assert await bus.write(A["VC_MAX_SDU"], 1500) == OKAY
    for i in range(8):
        v = 0x11110000 + i
        tasks = [cocotb.start_soon(bus.aw(A["VC_PCR_INC"])),
                 cocotb.start_soon(bus.w(v)),
                 cocotb.start_soon(bus.ar(A["VC_MAX_SDU"]))]
        for t in tasks:
            await t
        rt = cocotb.start_soon(bus.r(hold=i % 3))
        bresp = await bus.b(hold=(i * 2) % 5)
        d, rresp = await rt
        assert (bresp, rresp) == (OKAY, OKAY)
        assert d & 0xFFFF == 1500, hex(d)
        assert await _rd(bus, "VC_PCR_INC") == v


@cocotb.test(timeout_time=2, timeout_unit="ms")
async def delayed_bready_rready(dut):
    """BVALID/RVALID stay high with the same BRESP/RDATA/RRESP until the master takes
    them, however long it waits (a SLVERR as well as an OKAY)."""
    bus = await _bus(dut)
    for hold in (1, 2, 7, 40):
        assert await bus.write(A["VC_PCR_INC"], 0xA5A50000 + hold, hold=hold) == OKAY
        d, resp = await bus.read(A["VC_PCR_INC"], hold=hold)
        assert (d, resp) == (0xA5A50000 + hold, OKAY)
        assert await bus.write(0x1FC, 1, hold=hold) == SLVERR
        assert (await bus.read(0x1FC, hold=hold))[1] == SLVERR


@cocotb.test(timeout_time=2, timeout_unit="ms")
async def read_response_does_not_wait_for_write_response(dut):
    """A master may wait for R before it takes B (AXI: no ordering between the read and
    write channels). Write, leave B unaccepted, read: R must come while B waits; then
    B is still there, with its own response, and the bus goes on."""
    bus = await _bus(dut)
    assert await bus.write(A["VC_MAX_SDU"], 1234) == OKAY
    for unmapped in (False, True):
        addr = 0x1FC if unmapped else A["VC_PCR_INC"]
        await bus.aw(addr)
        await bus.w(0xCAFE0001)
        await ClockCycles(bus.clk, 3)  # the write response is now waiting (BREADY low)
        await bus.ar(A["VC_MAX_SDU"])
        d, resp = await bus.r(timeout=NO_R_TIMEOUT)  # deadlock here if R waits for B
        assert (d & 0xFFFF, resp) == (1234, OKAY)
        assert _b(bus.s("bvalid")), "the write response went away unaccepted"
        assert await bus.b() == (SLVERR if unmapped else OKAY)
    # two reads while B waits, then B, then the bus works as before
    await bus.aw(A["VC_PCR_INC"])
    await bus.w(0x12345678)
    for _ in range(2):
        d, resp = await bus.read(A["VC_MAX_SDU"])
        assert (d & 0xFFFF, resp) == (1234, OKAY)
    assert await bus.b(hold=5) == OKAY
    assert await _rd(bus, "VC_PCR_INC") == 0x12345678
    assert await _rd(bus, "VC_Q_STATE") & 0x3 == int(VcState.INACTIVE)
