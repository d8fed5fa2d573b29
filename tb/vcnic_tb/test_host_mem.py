"""rtl/tb/host_mem.v alone (top rtl/tb/host_mem_tb.v): cocotbext-axi's AxiMaster on its AXI4
slave port, a few raw bursts it cannot make (WRAP, a burst across 4 KiB, a wrong wlast),
and the Python backdoor `vcnic_tb.host_memory.HdlHostMemory` against a shadow bytearray.

What a user of the simulated host relies on, each checked here: bursts of any length and
alignment (split by the master at 4 KiB), 64-bit addresses above 4 GiB, DECERR outside the
populated range, the SLVERR window and one-shot errors (errored reads return zeros,
errored writes store nothing), read/write latency knobs honoured to the cycle, several
reads outstanding with responses in order and one R beat per cycle, backpressure that
stalls but never corrupts, the backdoor coherent with the bus both ways, and two backdoor
writes to one word in one time step (also with a bus write to that word on the same edge)
all landing. Launched by tests/test_host_mem.py with several bus/word widths.
"""

from __future__ import annotations

import os
import random

import cocotb
from cocotb.triggers import FallingEdge, RisingEdge, Timer
from cocotbext.axi import AxiBurstType, AxiBus, AxiMaster, AxiResp

from vcnic_tb.host_memory import DECERR, OKAY, SLVERR, HdlHostMemory, HostMemFaults


class Tb:
    def __init__(self, dut, master: bool = True):
        self.dut = dut
        self.hdl = dut.u_mem
        self.mem = HdlHostMemory(self.hdl)
        self.faults = HostMemFaults(self.hdl)
        self.base, self.size = self.mem.base, self.mem.size
        self.lanes = len(dut.s_axi_wdata) // 8
        self.axi = None
        if master:
            self.axi = AxiMaster(AxiBus.from_prefix(dut, "s_axi"), dut.clk, dut.rst)
            self.axi.write_if.log.setLevel("WARNING")
            self.axi.read_if.log.setLevel("WARNING")
        else:
            for s in ("awvalid", "wvalid", "arvalid"):
                getattr(dut, f"s_axi_{s}").value = 0
            dut.s_axi_bready.value = 1
            dut.s_axi_rready.value = 1

    async def reset(self) -> None:
        """Reset the memory's bus state; every knob off (knobs survive a reset)."""
        d = self.dut
        self.faults.off()
        d.rst.value = 1
        for _ in range(4):
            await RisingEdge(d.clk)
        d.rst.value = 0
        await RisingEdge(d.clk)

    # ---------------------------------------------------------------- raw bursts
    async def raw_read(self, addr: int, beats: int, size: int | None = None,
                       burst: int = AxiBurstType.INCR, arid: int = 0) -> list[tuple[int, int]]:
        """One read burst driven by hand; returns [(rdata, rresp)] per beat."""
        d = self.dut
        size = (self.lanes.bit_length() - 1) if size is None else size
        await FallingEdge(d.clk)
        d.s_axi_araddr.value = addr
        d.s_axi_arlen.value = beats - 1
        d.s_axi_arsize.value = size
        d.s_axi_arburst.value = int(burst)
        d.s_axi_arid.value = arid
        d.s_axi_arvalid.value = 1
        d.s_axi_rready.value = 1
        out = []
        while True:
            await RisingEdge(d.clk)
            if int(d.s_axi_arvalid.value) and int(d.s_axi_arready.value):
                d.s_axi_arvalid.value = 0
            if int(d.s_axi_rvalid.value):
                out.append((int(d.s_axi_rdata.value), int(d.s_axi_rresp.value)))
                if int(d.s_axi_rlast.value):
                    return out

    async def raw_write(self, addr: int, beats: list[tuple[int, int]], size: int | None = None,
                        burst: int = AxiBurstType.INCR, wlast_at: int | None = None) -> int:
        """One write burst of (wdata, wstrb) beats driven by hand; wlast on beat `wlast_at`
        (default the last). Returns bresp."""
        d = self.dut
        size = (self.lanes.bit_length() - 1) if size is None else size
        last = len(beats) - 1 if wlast_at is None else wlast_at
        await FallingEdge(d.clk)
        d.s_axi_awaddr.value = addr
        d.s_axi_awlen.value = len(beats) - 1
        d.s_axi_awsize.value = size
        d.s_axi_awburst.value = int(burst)
        d.s_axi_awid.value = 0
        d.s_axi_awvalid.value = 1
        d.s_axi_bready.value = 1
        k = 0
        d.s_axi_wdata.value, d.s_axi_wstrb.value = beats[0]
        d.s_axi_wlast.value = int(last == 0)
        d.s_axi_wvalid.value = 1
        while True:
            await RisingEdge(d.clk)
            if int(d.s_axi_awvalid.value) and int(d.s_axi_awready.value):
                d.s_axi_awvalid.value = 0
            if int(d.s_axi_wvalid.value) and int(d.s_axi_wready.value):
                k += 1
                if k < len(beats):
                    d.s_axi_wdata.value, d.s_axi_wstrb.value = beats[k]
                    d.s_axi_wlast.value = int(last == k)
                else:
                    d.s_axi_wvalid.value = 0
                    d.s_axi_wlast.value = 0
            if int(d.s_axi_bvalid.value):
                return int(d.s_axi_bresp.value)


class ChannelMonitor:
    """Per clock edge: handshakes on each channel, with the edge number (tests only)."""

    def __init__(self, dut):
        self.dut = dut
        self.edge = 0
        self.ar: list[int] = []          # edges of AR handshakes
        self.r_first: list[int] = []     # edges of each burst's first R handshake
        self.r_beats: list[int] = []     # edges of every R handshake
        self.w_last: list[int] = []      # edges of each burst's last W handshake
        self.b: list[int] = []           # edges of B handshakes
        self.stalls = dict(ar=0, aw=0, w=0, r_gap=0)
        self._in_r = False
        self._task = cocotb.start_soon(self._run())

    async def _run(self) -> None:
        d = self.dut
        sig = {n: getattr(d, f"s_axi_{n}") for n in (
            "arvalid", "arready", "rvalid", "rready", "rlast", "awvalid", "awready",
            "wvalid", "wready", "wlast", "bvalid", "bready")}
        while True:
            await RisingEdge(d.clk)
            self.edge += 1
            v = {n: _bit(s) for n, s in sig.items()}
            if v["arvalid"] and v["arready"]:
                self.ar.append(self.edge)
            if v["arvalid"] and not v["arready"]:
                self.stalls["ar"] += 1
            if v["awvalid"] and not v["awready"]:
                self.stalls["aw"] += 1
            if v["wvalid"] and not v["wready"]:
                self.stalls["w"] += 1
            if v["rvalid"] and v["rready"]:
                if not self._in_r:
                    self.r_first.append(self.edge)
                self.r_beats.append(self.edge)
                self._in_r = not v["rlast"]
            elif self._in_r and not v["rvalid"]:
                self.stalls["r_gap"] += 1
            if v["wvalid"] and v["wready"] and v["wlast"]:
                self.w_last.append(self.edge)
            if v["bvalid"] and v["bready"]:
                self.b.append(self.edge)

    def stop(self) -> None:
        self._task.cancel()


def _bit(sig) -> int:
    """A 1-bit signal as 0/1; X/Z (not driven yet) as 0."""
    try:
        return int(sig.value)
    except ValueError:
        return 0


def _rand_bytes(rnd: random.Random, n: int) -> bytes:
    return rnd.getrandbits(8 * n).to_bytes(n, "little") if n else b""


# -------------------------------------------------------------------------------- tests
@cocotb.test()
async def bursts_and_backdoor(dut):
    """Random writes and reads of any length/alignment through the bus and the backdoor,
    both ways, checked against a shadow; 4 KiB-crossing transfers are split by the master
    and reach every byte; nothing is flagged as a protocol violation."""
    tb = Tb(dut)
    await tb.reset()
    rnd = random.Random(cocotb.RANDOM_SEED)
    span = 64 << 10                      # a 64 KiB test region at an odd place in memory
    region = tb.base + tb.size - 3 * span
    shadow = bytearray(span)
    tb.mem.write(region, bytes(span))
    for it in range(120):
        off = rnd.randrange(span - 1)
        n = rnd.choice([1, 2, 7, 8, 9, 16, 63, 64, 65, 200, 1500, 4096, 5000])
        n = min(n, span - off)
        data = _rand_bytes(rnd, n)
        how = rnd.randrange(4)
        if how == 0:                     # bus write, backdoor read
            r = await tb.axi.write(region + off, data)
            assert r.resp == AxiResp.OKAY
        else:                            # backdoor write, bus or backdoor read
            tb.mem.write(region + off, data)
        shadow[off:off + n] = data
        roff = max(0, off - rnd.randrange(80))
        rn = min(span - roff, n + rnd.randrange(160))
        want = bytes(shadow[roff:roff + rn])
        if how in (0, 3):
            assert tb.mem.read(region + roff, rn) == want, f"backdoor read, iteration {it}"
        else:
            r = await tb.axi.read(region + roff, rn)
            assert r.resp == AxiResp.OKAY
            assert r.data == want, f"bus read, iteration {it}"
    # the whole region once through each path
    assert tb.mem.read(region, span) == bytes(shadow)
    r = await tb.axi.read(region, span)
    assert r.data == bytes(shadow)
    # first and last byte of host memory; a FIXED burst reads one beat again and again
    tb.mem.write(tb.base, b"\xa5")
    tb.mem.write(tb.base + tb.size - 1, b"\x5a")
    assert (await tb.axi.read(tb.base, 1)).data == b"\xa5"
    assert (await tb.axi.read(tb.base + tb.size - 1, 1)).data == b"\x5a"
    tb.mem.write(region, bytes(range(64)))
    r = await tb.axi.read(region, 4 * tb.lanes, burst=AxiBurstType.FIXED)
    assert r.data == bytes(range(tb.lanes)) * 4
    # narrow (byte-wide) write beats land in their own lanes
    r = await tb.axi.write(region + 3, b"\x11\x22\x33", size=0)
    assert tb.mem.read(region, 8) == bytes([0, 1, 2, 0x11, 0x22, 0x33, 6, 7])
    s = tb.faults.stats()
    assert s.viol_4k == 0 and s.viol_wlast == 0 and s.err_bursts == 0
    assert s.rd_bursts > 0 and s.wr_bursts > 0


@cocotb.test()
async def errors(dut):
    """DECERR outside the populated range (below, straddling the end, above, 2^64 - 1);
    the SLVERR window for reads/writes only; one-shot errors at/over an address and of
    one kind; errored reads return zeros, errored writes store nothing; the counters."""
    tb = Tb(dut)
    await tb.reset()
    b, end, L = tb.base, tb.base + tb.size, tb.lanes
    for addr, n in ((b - 64, 64), (end, 8), (0, 8), (2**64 - 64, 64)):
        r = await tb.axi.read(addr, n)
        assert r.resp == AxiResp.DECERR, hex(addr)
        assert r.data == bytes(n), "an errored read returns zeros"
        r = await tb.axi.write(addr, b"\xee" * n)
        assert r.resp == AxiResp.DECERR, hex(addr)
    s = tb.faults.stats()
    assert s.err_bursts == 8 and s.last_err_resp == DECERR and s.last_err_write
    assert s.last_err_addr == 2**64 - 64

    # error window [w0, w1) of one beat, for reads and writes
    w0 = b + 0x1000 + 2 * L
    w1 = w0 + L
    tb.mem.write(b + 0x1000, b"\x77" * 4 * L)
    tb.faults.error_window(w0, w1)
    r = await tb.axi.read(b + 0x1000, 2 * L)          # ends at the window: OKAY
    assert r.resp == AxiResp.OKAY and r.data == b"\x77" * 2 * L
    r = await tb.axi.read(b + 0x1000, 2 * L + 1)
    assert r.resp == AxiResp.SLVERR and r.data == bytes(2 * L + 1)
    r = await tb.axi.write(w1 - 1, b"\x01")
    assert r.resp == AxiResp.SLVERR
    assert tb.mem.read(w1 - 1, 1) == b"\x77", "an errored write stored its byte"
    r = await tb.axi.write(w1, b"\x02")                # just past the window
    assert r.resp == AxiResp.OKAY and tb.mem.read(w1, 1) == b"\x02"
    tb.faults.error_window(w0, w1, DECERR, reads=False)
    assert (await tb.axi.read(b + 0x1000, 4 * L)).resp == AxiResp.OKAY
    assert (await tb.axi.write(w0, b"\x03")).resp == AxiResp.DECERR
    tb.faults.clear_errors()
    await RisingEdge(dut.clk)
    assert (await tb.axi.write(w0, b"\x03")).resp == AxiResp.OKAY

    # one-shot: the next 2 read bursts reaching `at` or beyond
    at = b + 0x8000 + 2 * L
    tb.faults.inject_error("read", 2, at=at)
    await RisingEdge(dut.clk)
    await RisingEdge(dut.clk)
    assert tb.faults.stats().inj_left == 2
    assert (await tb.axi.read(b + 0x8000, 2 * L)).resp == AxiResp.OKAY   # below: untouched
    assert (await tb.axi.write(at, b"\x04")).resp == AxiResp.OKAY        # a write: untouched
    assert (await tb.axi.read(b + 0x8000, 2 * L + 1)).resp == AxiResp.SLVERR  # reaches `at`
    assert tb.faults.stats().inj_left == 1
    assert (await tb.axi.read(b + 0x9000, 8)).resp == AxiResp.SLVERR
    assert (await tb.axi.read(b + 0x9000, 8)).resp == AxiResp.OKAY       # used up
    assert tb.faults.stats().inj_left == 0
    # outside the range a burst answers DECERR and does not use a one-shot error
    tb.faults.inject_error("any", 1, DECERR)
    await RisingEdge(dut.clk)
    assert (await tb.axi.read(end, 8)).resp == AxiResp.DECERR
    assert tb.faults.stats().inj_left == 1
    assert (await tb.axi.write(b + 64, b"\x05")).resp == AxiResp.DECERR
    assert tb.mem.read(b + 64, 1) == b"\x00"
    s = tb.faults.stats()
    assert s.inj_left == 0 and s.last_err_addr == b + 64 and s.last_err_resp == DECERR


@cocotb.test()
async def latency_knobs(dut):
    """Read latency (AR handshake to first R handshake) and write latency (last W to B)
    are exactly the knob (2 cycles at least), and a random range is honoured and
    covered; R beats of a burst come one per cycle."""
    tb = Tb(dut)
    await tb.reset()
    mon = ChannelMonitor(dut)
    a = tb.base + 0x2000
    for lat in (0, 1, 2, 3, 10, 50):
        tb.faults.read_latency(lat)
        tb.faults.write_latency(lat)
        await RisingEdge(dut.clk)
        n0, w0 = len(mon.ar), len(mon.w_last)
        await tb.axi.read(a, 16 * tb.lanes)   # one 16-beat burst
        await tb.axi.write(a, bytes(4 * tb.lanes))
        await RisingEdge(dut.clk)
        assert mon.r_first[n0] - mon.ar[n0] == max(lat, 2), f"read latency {lat}"
        assert mon.b[w0] - mon.w_last[w0] == max(lat, 2), f"write latency {lat}"
        beats = [e for e in mon.r_beats if e >= mon.r_first[n0]][:16]
        assert beats[-1] - beats[0] == 15, "R beats not back to back"
    tb.faults.read_latency(5, 12)
    tb.faults.write_latency(3, 9)
    await RisingEdge(dut.clk)
    n0, w0 = len(mon.ar), len(mon.w_last)
    for _ in range(150):
        await tb.axi.read(a, 8)
        await tb.axi.write(a, bytes(8))
    await RisingEdge(dut.clk)
    rl = {mon.r_first[i] - mon.ar[i] for i in range(n0, len(mon.ar))}
    wl = {mon.b[i] - mon.w_last[i] for i in range(w0, len(mon.w_last))}
    assert rl == set(range(5, 13)), f"read latencies seen {sorted(rl)}"
    assert wl == set(range(3, 10)), f"write latencies seen {sorted(wl)}"
    mon.stop()


@cocotb.test()
async def outstanding_in_order(dut):
    """Several read bursts accepted before the first answers (latency 40), answered in
    order, each with its own data and ID."""
    tb = Tb(dut)
    await tb.reset()
    mon = ChannelMonitor(dut)
    tb.faults.read_latency(40)
    a = tb.base + 0x10000
    chunks = [bytes([k]) * (8 * tb.lanes) for k in range(1, 9)]
    for k, c in enumerate(chunks):
        tb.mem.write(a + 4096 * k, c)
    await RisingEdge(dut.clk)
    tasks = [cocotb.start_soon(tb.axi.read(a + 4096 * k, len(c), arid=k))
             for k, c in enumerate(chunks)]
    rs = [await t for t in tasks]
    assert [r.data for r in rs] == chunks
    # the first 8 ARs went in before the first R came back
    first_r = mon.r_first[0]
    assert sum(1 for e in mon.ar if e < first_r) == 8, (mon.ar[:8], first_r)
    assert mon.r_first[0] - mon.ar[0] == 40
    mon.stop()


@cocotb.test()
async def backpressure(dut):
    """With every ready throttled and R/B gaps (p = 0.5) and random latencies the data
    stays exact; the throttles really stalled each channel."""
    tb = Tb(dut)
    await tb.reset()
    mon = ChannelMonitor(dut)
    tb.faults.seed(cocotb.RANDOM_SEED or 1)
    tb.faults.backpressure(ar=0.5, aw=0.5, w=0.5, r=0.5, b=0.5)
    tb.faults.read_latency(2, 20)
    tb.faults.write_latency(2, 20)
    rnd = random.Random(cocotb.RANDOM_SEED)
    a = tb.base + 0x40000
    shadow = bytearray(16384)
    tb.mem.write(a, bytes(shadow))
    for _ in range(40):
        off = rnd.randrange(len(shadow) - 600)
        data = _rand_bytes(rnd, rnd.randrange(1, 600))
        assert (await tb.axi.write(a + off, data)).resp == AxiResp.OKAY
        shadow[off:off + len(data)] = data
        roff = rnd.randrange(len(shadow) - 700)
        r = await tb.axi.read(a + roff, 700)
        assert r.data == bytes(shadow[roff:roff + 700])
    assert tb.mem.read(a, len(shadow)) == bytes(shadow)
    for ch, n in mon.stalls.items():
        assert n > 20, f"{ch} hardly throttled: {mon.stalls}"
    tb.faults.off()
    mon.stop()


@cocotb.test()
async def backdoor_same_time_step(dut):
    """The HostMemory contract: two backdoor writes to one word in one time step both
    land; a backdoor write is seen by a bus read issued on the next edge; a bus write's
    bytes are seen by the backdoor once its B response is out; a backdoor write of some
    bytes of a word on the very edge where the bus writes other bytes of that word keeps
    both."""
    tb = Tb(dut, master=False)
    await tb.reset()
    d = dut
    wb = tb.mem.word_bytes
    a = tb.base + 0x3000          # one memory word
    await RisingEdge(d.clk)
    t = cocotb.simtime.get_sim_time()
    tb.mem.write(a, b"\x11\x22")
    tb.mem.write(a + 2, b"\x33\x44")
    tb.mem.write(a + wb - 1, b"\x55")
    assert cocotb.simtime.get_sim_time() == t
    assert tb.mem.read(a, 4) == b"\x11\x22\x33\x44", "a write of the same time step was lost"
    await Timer(1, "ns")
    assert tb.mem.read(a, 4) == b"\x11\x22\x33\x44"
    assert tb.mem.read(a + wb - 1, 1) == b"\x55"
    # seen by the bus: the next read burst
    beats = await tb.raw_read(a, 1)
    assert beats[0][0] & 0xFFFFFFFF == 0x44332211 and beats[0][1] == OKAY
    # a bus write, then the backdoor
    lanes = tb.lanes
    resp = await tb.raw_write(a + lanes, [(0x0807060504030201 & ((1 << 8 * lanes) - 1),
                                           (1 << lanes) - 1)])
    assert resp == OKAY
    assert tb.mem.read(a + lanes, 4) == b"\x01\x02\x03\x04"

    # A bus write of the low half of lane 0 of a word, and in the same time step a backdoor
    # write of the high half: woken (a) by the clock edge that takes the W beat (before
    # the memory's clocked process on Icarus) and (b) by a value change of `wr_beats`,
    # which that process updates in the same non-blocking region as the memory itself (so
    # the backdoor runs between the process and its store of the bus bytes).
    half = lanes // 2
    for n, wake in enumerate(("edge", "nba")):
        c = tb.base + 0x5000 + 0x100 * n
        tb.mem.write(c, bytes(wb))
        await FallingEdge(d.clk)
        d.s_axi_awaddr.value = c
        d.s_axi_awlen.value = 0
        d.s_axi_awsize.value = lanes.bit_length() - 1
        d.s_axi_awburst.value = int(AxiBurstType.INCR)
        d.s_axi_awid.value = 0
        d.s_axi_awvalid.value = 1
        d.s_axi_wdata.value = int.from_bytes(b"\xaa" * lanes, "little")
        d.s_axi_wstrb.value = (1 << half) - 1
        d.s_axi_wlast.value = 1
        d.s_axi_wvalid.value = 1
        d.s_axi_bready.value = 1
        beats0 = tb.faults.stats().wr_beats
        for _ in range(8):
            await FallingEdge(d.clk)
            if int(d.s_axi_awready.value):
                d.s_axi_awvalid.value = 0
            if int(d.s_axi_wready.value):      # the W beat is taken on the coming edge
                break
        else:
            raise AssertionError("the W beat was never accepted")
        if wake == "edge":
            await RisingEdge(d.clk)
        else:
            await tb.hdl.wr_beats.value_change
        tb.mem.write(c + half, b"\xbb" * (lanes - half))
        await FallingEdge(d.clk)
        d.s_axi_wvalid.value = 0
        for _ in range(6):
            await RisingEdge(d.clk)
        assert tb.faults.stats().wr_beats == beats0 + 1
        assert tb.mem.read(c, lanes) == b"\xaa" * half + b"\xbb" * (lanes - half), (
            f"a bus write and a backdoor write to one word in one time step ({wake}) did "
            "not both land")


@cocotb.test()
async def backdoor_path(dut):
    """The backdoor goes the way asked for (VCNIC_BACKDOOR; default "vpi": vector values
    through the simulator's VPI, several times cheaper per word than cocotb's binary
    strings, so a silent fall back to "gpi" would be a slowdown), and the two ways see
    each other's writes, whole and partial words, across word boundaries."""
    tb = Tb(dut, master=False)
    await tb.reset()
    want = os.environ.get("VCNIC_BACKDOOR", "vpi")
    assert tb.mem.via == want, f"backdoor via {tb.mem.via}, asked for {want}"
    other = HdlHostMemory(tb.hdl, via="gpi" if want == "vpi" else "vpi")
    rnd = random.Random(7)
    wb = tb.mem.word_bytes
    a = tb.base + 0x9000
    for off, n in ((0, 3 * wb), (5, 2 * wb + 9), (wb - 1, 2), (3, 1)):
        data = _rand_bytes(rnd, n)
        tb.mem.write(a + off, data)
        assert other.read(a + off, n) == data
        data = _rand_bytes(rnd, n)
        other.write(a + off, data)
        assert tb.mem.read(a + off, n) == data
        assert tb.mem.read(a, 4 * wb) == other.read(a, 4 * wb)


@cocotb.test()
async def raw_bursts(dut):
    """WRAP bursts wrap at their boundary; an INCR burst across 4 KiB is served but
    counted (viol_4k); a wlast off the last beat is counted (viol_wlast)."""
    tb = Tb(dut, master=False)
    await tb.reset()
    lanes = tb.lanes
    a = tb.base + 0x6000
    tb.mem.write(a, bytes(range(4 * lanes)) if 4 * lanes <= 256 else bytes(4 * lanes))
    pattern = tb.mem.read(a, 4 * lanes)
    beats = await tb.raw_read(a + 2 * lanes, 4, burst=AxiBurstType.WRAP)
    got = b"".join(v.to_bytes(lanes, "little") for v, _ in beats)
    assert got == pattern[2 * lanes:] + pattern[:2 * lanes]
    # across 4 KiB: served, counted
    x = tb.base + 0x7000 - lanes
    tb.mem.write(x, b"\x01" * lanes + b"\x02" * lanes)
    tb.mem.write(tb.base + tb.size - 2 * lanes, bytes(2 * lanes))
    beats = await tb.raw_read(x, 2)
    assert [v.to_bytes(lanes, "little") for v, _ in beats] == [b"\x01" * lanes, b"\x02" * lanes]
    assert tb.faults.stats().viol_4k == 1
    # wlast early
    resp = await tb.raw_write(a, [(0, 0), (0, 0)], wlast_at=0)
    assert resp == OKAY
    s = tb.faults.stats()
    assert s.viol_wlast == 2 and s.viol_4k == 1
    # a burst straddling the end of host memory: DECERR for all of it, nothing stored
    end = tb.base + tb.size
    resp = await tb.raw_write(end - lanes, [(-1 & ((1 << 8 * lanes) - 1), (1 << lanes) - 1)] * 2)
    assert resp == DECERR and tb.mem.read(end - lanes, lanes) == bytes(lanes)
    beats = await tb.raw_read(end - lanes, 2)
    assert beats == [(0, DECERR), (0, DECERR)]
    # a burst the slave cannot serve: WRAP of 3 beats -> SLVERR on every beat
    beats = await tb.raw_read(a, 3, burst=AxiBurstType.WRAP)
    assert [resp for _, resp in beats] == [SLVERR] * 3
    try:
        tb.faults.check_protocol()
    except AssertionError as e:
        assert "4 KiB" in str(e)
    else:
        raise AssertionError("check_protocol() did not report the violations")


@cocotb.test()
async def backdoor_cost(dut):
    """Measures (logs, asserts nothing about time) the CPU cost of the backdoor per call:
    write/read of 8, 16, 1500 and 9180 bytes, warm handles (docs/performance.md)."""
    import time

    tb = Tb(dut, master=False)
    await tb.reset()
    rnd = random.Random(1)
    base = tb.base + 0x100000
    data = {n: _rand_bytes(rnd, n) for n in (8, 16, 1500, 9180)}
    for k in range(64):               # warm the word handles of the region used
        tb.mem.write(base + 16384 * k, bytes(16384))
    res = {}
    for n, d in data.items():
        reps = 2000 if n <= 16 else 200
        t0 = time.process_time()
        for k in range(reps):
            tb.mem.write(base + 16384 * (k % 64) + 64, d)
        res[f"write{n}"] = (time.process_time() - t0) / reps * 1e6
        t0 = time.process_time()
        for k in range(reps):
            assert tb.mem.read(base + 16384 * (k % 64) + 64, n) == d
        res[f"read{n}"] = (time.process_time() - t0) / reps * 1e6
    dut._log.info("host_mem backdoor cost (us CPU per call, %d-bit words, %s, via %s): %s",
                  tb.mem.word_bits, cocotb.SIM_NAME, tb.mem.via,
                  " ".join(f"{k}={v:.1f}" for k, v in res.items()))
