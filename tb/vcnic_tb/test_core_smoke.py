"""Smoke tests of vcnic_core (TX side, VC table/commands, counters) on rtl/tb/vcnic_core_tb.v.

Launched by tests/test_core_smoke.py. Cells on line TX are compared with
`vcnic.atm.aal5.segment`; line utilisation and CBR shaping are measured with HDL counters
and the wrapper's cell log (start cycle + header of every line TX cell).
"""

from __future__ import annotations

import random

import cocotb
from cocotb.triggers import ClockCycles, RisingEdge, with_timeout
from cocotbext.axi import (
    AxiStreamBus,
    AxiStreamFrame,
    AxiStreamSink,
    AxiStreamSource,
)
from vcnic.atm.aal5 import cells_for, segment
from vcnic.regs import (
    REGS,
    AalType,
    RegisterClient,
    RxStatusCode,
    ServiceCategory,
    TxStatusCode,
    VcOpcode,
    VcParams,
    VcResult,
    VcState,
    pack,
)

from .core_io import harness_parameters, tx_tuser
from .rtl_backend import AxiLiteWindow

PARAMS = harness_parameters()
DATA_W = int(PARAMS.get("DATA_W", 32))
NUM_VC = int(PARAMS.get("NUM_VC", 256))
TX_BUF = int(PARAMS.get("TX_BUF_CELLS", 1024))
RX_BUF = int(PARAMS.get("RX_BUF_CELLS", 1024))
NUM_CBR = int(PARAMS.get("NUM_CBR", 16))
KEEP = DATA_W // 8
SLOT = -(-53 // KEEP)


def fld(reg: str, name: str, value: int) -> int:
    """`value` in field `reg.name` (checked to fit), other bits 0."""
    f = REGS[reg].f(name)
    assert 0 <= int(value) < (1 << f.width), (reg, name, value)
    return f.put(0, value)


def get(reg: str, name: str, word: int) -> int:
    return REGS[reg].f(name).get(word)


class Core(RegisterClient):
    """The register client on vcnic_core_tb's AXI4-Lite port, plus its streams (cocotbext-axi)
    and the test conveniences below."""

    def __init__(self, dut):
        super().__init__(AxiLiteWindow(dut))
        self.dut = dut
        self.tx = AxiStreamSource(AxiStreamBus.from_prefix(dut, "s_axis_tx"), dut.clk, dut.rst)
        self.txc = AxiStreamSink(AxiStreamBus.from_prefix(dut, "m_axis_txc"), dut.clk, dut.rst)
        self.line = AxiStreamSink(AxiStreamBus.from_prefix(dut, "m_axis_line_tx"), dut.clk,
                                  dut.rst)
        self.rx = AxiStreamSink(AxiStreamBus.from_prefix(dut, "m_axis_rx"), dut.clk, dut.rst)
        self.lrx = AxiStreamSource(AxiStreamBus.from_prefix(dut, "s_axis_line_rx"), dut.clk,
                                   dut.rst)

    async def reset(self):
        d = self.dut
        d.meas_en.value = 0
        d.rst.value = 1
        await ClockCycles(d.clk, 5)
        d.rst.value = 0
        await ClockCycles(d.clk, 5)

    async def ctrl(self, enable=1, loopback=0, hec_correct=1, nni=0, soft_reset=0, snapshot=0):
        """Write the whole of CTRL (not a read-modify-write)."""
        await self.write("CTRL", pack("CTRL", enable=enable, loopback=loopback,
                                      hec_correct=hec_correct, nni=nni, soft_reset=soft_reset,
                                      snapshot=snapshot))

    async def cmd(self, op, vc, vpi=0, vci=0, *, wait=True, timeout_us=2000, **params):
        """A command on `vc` with the window programmed (VcParams defaults for the rest);
        with `wait`, it must complete within `timeout_us` of simulated time."""
        run = self.command(op, vc, VcParams(vpi=vpi, vci=vci, **params), wait=wait)
        return await with_timeout(run, timeout_us, "us") if wait else await run

    async def activate_ok(self, vc, vpi, vci, **params):
        r = await self.cmd(VcOpcode.ACTIVATE, vc, vpi, vci, **params)
        assert r == VcResult.OK, r
        return r

    def send(self, vc, sdu: bytes, uu=0, cpi=0, clp=0):
        user = tx_tuser(uu, cpi, clp)
        if not sdu:   # zero-length SDU: one beat with tkeep == 0 (see docs/testbench.md)
            self.tx.send_nowait(AxiStreamFrame(b"\x00", tkeep=[0], tdest=vc, tuser=user))
        else:
            self.tx.send_nowait(AxiStreamFrame(tdata=sdu, tdest=vc, tuser=user))

    async def completions(self, n, timeout_us=2000) -> list[tuple[int, int]]:
        async def get_n():
            out = []
            while len(out) < n:
                f = await self.txc.recv()
                tdest = f.tdest[0] if isinstance(f.tdest, list) else f.tdest
                out.append((int(tdest), int(f.tdata[0]) & 0xF))
            return out
        return await with_timeout(get_n(), timeout_us, "us")

    async def line_cells(self, n, timeout_us=2000) -> list[bytes]:
        async def get_n():
            out = []
            while len(out) < n:
                f = await self.line.recv()
                out.append(bytes(f.tdata))
            return out
        return await with_timeout(get_n(), timeout_us, "us")

    def cell_log(self):
        d = self.dut
        n = int(d.cell_log_n.value)
        out = []
        for i in range(min(n, 8192)):
            v = int(d.cell_log[i].value)
            out.append((v >> 32, v & 0xFFFFFFFF))
        return out


def seg_bytes(sdu, vpi, vci, uu=0, cpi=0, clp=0) -> list[bytes]:
    return [c.to_bytes() for c in segment(sdu, vpi, vci, uu, cpi, clp)]


async def start(dut, enable=1, loopback=0) -> Core:
    core = Core(dut)
    await core.reset()
    await core.ctrl(enable=enable, loopback=loopback)
    return core


def rbytes(n: int) -> bytes:
    return bytes(random.getrandbits(8) for _ in range(n))


# ---------------------------------------------------------------------------------- tests
@cocotb.test()
async def test_single_frame(dut):
    """ACTIVATE one UBR VC; frames of several lengths -> exact cells on line TX, TX_OK."""
    core = await start(dut)
    vc = min(5, NUM_VC - 1)
    await core.activate_ok(vc, 1, 100)
    sizes = [1, 40, 41, 0, 47, 48, 100, 0, 200, 1500]  # 0: dropped TX_ZERO_LENGTH
    lengths = [n for n in sizes if n]
    expect = []
    for i, n in enumerate(sizes):
        sdu = rbytes(n)
        core.send(vc, sdu, uu=i, cpi=0, clp=i & 1)
        if n:
            expect += seg_bytes(sdu, 1, 100, uu=i, clp=i & 1)
    got = await core.line_cells(len(expect))
    for i, (g, e) in enumerate(zip(got, expect, strict=True)):
        assert g == e, f"cell {i}: got {g.hex()} expected {e.hex()}"
    cpl = await core.completions(len(sizes))
    assert cpl == [(vc, TxStatusCode.TX_OK if n else TxStatusCode.TX_ZERO_LENGTH)
                   for n in sizes], cpl
    q = await core.query(vc)
    assert q.counters["VC_TX_CELLS"] == len(expect)
    assert q.counters["VC_TX_PDUS"] == len(lengths)
    assert q.counters["VC_TX_BYTES"] == sum(lengths)
    assert q.state == VcState.ACTIVE and q.tx_queued == 0
    snap = await core.counters()
    assert snap["CELLS_TX"] == len(expect) and snap["PDUS_TX"] == len(lengths)
    assert snap["BYTES_TX"] == sum(lengths)


@cocotb.test()
async def test_loopback(dut):
    """Loopback: host TX -> line -> vcnic_rx -> host RX, on two VCs; TX_OK completions."""
    core = await start(dut, loopback=1)
    vcs = {min(3, NUM_VC - 1): (0, 33), NUM_VC - 1: (2, 0x1234)}
    sent = []
    for vc, (vpi, vci) in vcs.items():
        await core.activate_ok(vc, vpi, vci)
    for i in range(12):
        vc = list(vcs)[i % 2]
        sdu = rbytes(random.choice([1, 39, 40, 41, 95, 96, 500]))
        core.send(vc, sdu, uu=i, cpi=0)
        sent.append((vc, sdu, i))
    cpl = await core.completions(len(sent))
    assert sorted(cpl) == sorted((vc, TxStatusCode.TX_OK) for vc, _, _ in sent), cpl

    async def rx_all():
        out = []
        while len(out) < len(sent):
            f = await core.rx.recv()
            tdest = f.tdest[-1] if isinstance(f.tdest, list) else f.tdest
            tuser = f.tuser[-1] if isinstance(f.tuser, list) else f.tuser
            out.append((int(tdest), bytes(f.tdata), int(tuser)))
        return out
    got = await with_timeout(rx_all(), 2000, "us")
    for vc in vcs:
        exp = [(s, uu) for v, s, uu in sent if v == vc]
        g = [(d, (u >> 8) & 0xFF, u & 0xF) for v, d, u in got if v == vc]
        assert [(d, uu) for d, uu, _ in g] == exp
        assert all(st == RxStatusCode.RX_OK for _, _, st in g)
    snap = await core.counters()
    assert snap["PDUS_RX"] == len(sent) and snap["CELLS_RX"] == snap["CELLS_TX"]


@cocotb.test()
async def test_command_checks(dut):
    """Every rejection, in the contract's check order; a failed command changes nothing."""
    core = await start(dut)
    R = VcResult
    A, M, D, C, Q = (VcOpcode.ACTIVATE, VcOpcode.MODIFY, VcOpcode.DEACTIVATE, VcOpcode.CLEAR,
                     VcOpcode.QUERY)
    assert await core.cmd(VcOpcode.NOP, 0) == R.OK
    assert await core.cmd(A, NUM_VC, 0, 40) == R.BAD_VC
    assert await core.cmd(A, 0xFFFF, 0, 40) == R.BAD_VC
    assert await core.cmd(7, 0) == R.BAD_OPCODE
    assert await core.cmd(Q, NUM_VC) == R.BAD_VC
    # BAD_PARAM
    lim = min(65535, min(TX_BUF, RX_BUF) * 48 - 8)
    assert await core.cmd(A, 1, 0, 40, aal=AalType.AAL0) == R.BAD_PARAM
    assert await core.cmd(A, 1, 0, 40, service=2) == R.BAD_PARAM
    assert await core.cmd(A, 1, 0, 40, max_sdu=0) == R.BAD_PARAM
    if lim < 65535:
        assert await core.cmd(A, 1, 0, 40, max_sdu=lim + 1) == R.BAD_PARAM
    assert await core.cmd(A, 1, 256, 40) == R.BAD_PARAM          # UNI VPI
    assert await core.cmd(A, 1, 0, 40, service=ServiceCategory.CBR, inc=0xFFFF) == R.BAD_PARAM
    q = await core.query(1)
    assert q.state == VcState.INACTIVE
    assert await core.cmd(A, 1, 0, 40, max_sdu=lim) == R.OK
    assert await core.cmd(A, 1, 0, 41) == R.BAD_STATE              # state before params
    assert await core.cmd(A, 2, 0, 40) == R.DUPLICATE
    assert await core.cmd(A, 2, 0, 40, aal=AalType.AAL0) == R.BAD_PARAM   # params before dup
    assert (await core.query(2)).state == VcState.INACTIVE
    # CBR table exhaustion -> NO_RESOURCES (and the lookup entry is given back)
    for i in range(NUM_CBR):
        assert await core.cmd(A, 10 + i, 1, 100 + i, service=ServiceCategory.CBR,
                              inc=0x10000 * (NUM_CBR + 1)) == R.OK
    assert await core.cmd(A, 9, 1, 99, service=ServiceCategory.CBR, inc=0x20000) == R.NO_RESOURCES
    assert (await core.query(9)).state == VcState.INACTIVE
    assert await core.cmd(A, 9, 1, 99) == R.OK                     # same key as UBR: free
    assert await core.cmd(M, 9, 1, 99, service=ServiceCategory.CBR, inc=0x20000) == R.NO_RESOURCES
    # MODIFY / DEACTIVATE / CLEAR states and params
    assert await core.cmd(M, 3, 0, 50) == R.BAD_STATE
    assert await core.cmd(M, 1, 0, 41) == R.BAD_PARAM              # VCI changed
    assert await core.cmd(M, 1, 0, 40, max_sdu=0) == R.BAD_PARAM
    assert await core.cmd(M, 1, 0, 40, max_sdu=77, clp=1) == R.OK
    q = await core.query(1)
    assert q.max_sdu == 77 and get("VC_Q_PARAM", "clp", q.param) == 1
    assert (q.vpi, q.vci) == (0, 40)
    assert await core.cmd(D, 3) == R.BAD_STATE
    assert await core.cmd(C, 1) == R.BAD_STATE
    assert await core.cmd(D, 1) == R.OK
    assert (await core.query(1)).state == VcState.INACTIVE
    assert await core.cmd(A, 2, 0, 40) == R.OK                      # key free again
    assert await core.cmd(D, 10) == R.OK                            # frees a CBR slot
    assert await core.cmd(M, 9, 1, 99, service=ServiceCategory.CBR, inc=0x20000) == R.OK
    assert await core.cmd(C, 1) == R.OK
    q = await core.query(1)
    assert q.max_sdu == 0 and q.param == 0 and q.counters["VC_TX_CELLS"] == 0


@cocotb.test()
async def test_drops_in_order(dut):
    """Oversize and inactive frames are dropped but completed in send order per VC."""
    core = await start(dut)
    vc, vc2 = 4 % NUM_VC, 6 % NUM_VC
    await core.activate_ok(vc, 0, 70, max_sdu=100)
    sizes = [50, 200, 60, 300, 300, 70, 101, 100]
    for n in sizes:
        core.send(vc, rbytes(n))
    core.send(vc2, rbytes(10))                                   # inactive VC
    cpl = await core.completions(len(sizes) + 1)
    mine = [s for v, s in cpl if v == vc]
    exp = [TxStatusCode.TX_OK if n <= 100 else TxStatusCode.TX_OVERSIZE for n in sizes]
    assert mine == exp, (mine, exp)
    assert (vc2, TxStatusCode.TX_INACTIVE) in cpl
    q = await core.query(vc)
    assert q.counters["VC_TX_DROPPED"] == 4 and q.counters["VC_TX_PDUS"] == 4
    q2 = await core.query(vc2)
    assert q2.counters["VC_TX_DROPPED"] == 1 and q2.last_tx_status == TxStatusCode.TX_INACTIVE
    snap = await core.counters()
    assert snap["TX_DROPPED"] == 5
    good = [n for n in sizes if n <= 100]
    assert snap["CELLS_TX"] == sum(cells_for(n) for n in good)
    assert await core.read("STATUS") >> 16 == TX_BUF                  # every buffer cell back


@cocotb.test()
async def test_deactivate_with_traffic(dut):
    """DEACTIVATE with frames queued: the PDU in flight finishes (TX_OK), queued frames are
    TX_ABORTED in order, frames sent meanwhile are TX_INACTIVE after them; buffer returns."""
    core = await start(dut)
    vc = 7 % NUM_VC
    await core.activate_ok(vc, 1, 77)
    n = 12
    for _ in range(n):
        core.send(vc, rbytes(960))                               # 21 cells each
    await core.tx.wait()                                         # all frames taken
    # wait until a few cells have gone out, then deactivate
    while int(dut.cell_log_n.value) < 30:
        await ClockCycles(dut.clk, 50)
    await core.cmd(VcOpcode.DEACTIVATE, vc, wait=False)
    core.send(vc, rbytes(10))                                    # during DEACTIVATING / after
    r = await core.wait_cmd()
    assert r == VcResult.OK
    cpl = await core.completions(n + 1)
    st = [s for _, s in cpl]
    k = st.index(TxStatusCode.TX_ABORTED)
    assert k >= 1 and st[:k] == [TxStatusCode.TX_OK] * k
    assert st[k:n] == [TxStatusCode.TX_ABORTED] * (n - k)
    assert st[n] == TxStatusCode.TX_INACTIVE
    await ClockCycles(dut.clk, 100)
    cells = int(dut.cell_log_n.value)
    assert cells == 21 * k, (cells, k)                           # whole PDUs only
    q = await core.query(vc)
    assert q.state == VcState.INACTIVE and q.tx_queued == 0
    assert q.counters["VC_TX_ABORTED"] == n - k and q.counters["VC_TX_PDUS"] == k and q.counters["VC_TX_DROPPED"] == 1
    assert await core.read("STATUS") >> 16 == TX_BUF
    # reactivate: works again, counters kept
    await core.activate_ok(vc, 1, 77)
    core.send(vc, rbytes(5))
    assert await core.completions(1) == [(vc, TxStatusCode.TX_OK)]
    assert (await core.query(vc)).counters["VC_TX_PDUS"] == k + 1


@cocotb.test()
async def test_modify_boundary_and_overrun(dut):
    """MODIFY waits for the VC's TX PDU boundary: no PDU mixes old and new CLP. A command
    written while busy is ignored and sets INT_STATUS.cmd_overrun."""
    core = await start(dut)
    vc = 8 % NUM_VC
    await core.activate_ok(vc, 0, 88)
    for _ in range(6):
        core.send(vc, rbytes(480))                               # 11 cells each
    while int(dut.cell_log_n.value) < 5:
        await ClockCycles(dut.clk, 10)
    await core.ctrl(enable=0)                                    # freeze mid-PDU
    await ClockCycles(dut.clk, 50)
    await core.cmd(VcOpcode.MODIFY, vc, 0, 88, clp=1, wait=False)
    await ClockCycles(dut.clk, 20)
    assert get("VC_CMD", "busy", await core.read("VC_CMD")) == 1
    await core.write("VC_CMD", fld("VC_CMD", "opcode", VcOpcode.NOP))   # ignored: busy
    ist = await core.read("INT_STATUS")
    assert get("INT_STATUS", "cmd_overrun", ist) == 1
    await core.write("INT_STATUS", ist)                                 # W1C
    assert get("INT_STATUS", "cmd_overrun", await core.read("INT_STATUS")) == 0
    await core.ctrl(enable=1)
    assert await core.wait_cmd() == VcResult.OK
    assert get("INT_STATUS", "cmd_done", await core.read("INT_STATUS")) == 1
    await core.completions(6)
    log = core.cell_log()
    assert len(log) == 66
    clps = [h & 1 for _, h in log]
    for p in range(6):
        assert len(set(clps[11 * p: 11 * p + 11])) == 1, clps
    assert clps[0] == 0 and clps[-1] == 1


@cocotb.test()
async def test_irq_and_soft_reset(dut):
    """irq = |(INT_STATUS & INT_ENABLE); soft reset clears the core but not the registers."""
    core = await start(dut)
    await core.write("INT_ENABLE", fld("INT_ENABLE", "tx_cpl", 1))
    await core.activate_ok(1, 0, 99)
    assert int(dut.irq.value) == 0 or get("INT_STATUS", "tx_cpl", await core.read("INT_STATUS"))
    core.send(1, rbytes(20))
    await core.completions(1)
    ist = await core.read("INT_STATUS")
    assert get("INT_STATUS", "tx_cpl", ist) == 1, hex(ist)
    assert int(dut.irq.value) == 1
    await core.write("INT_STATUS", 0xFFFFFFFF)
    await ClockCycles(dut.clk, 2)
    assert int(dut.irq.value) == 0
    await core.ctrl(enable=1, soft_reset=1)
    await ClockCycles(dut.clk, 5)
    assert (await core.query(1)).state == VcState.INACTIVE
    assert (await core.query(1)).counters["VC_TX_PDUS"] == 0
    assert await core.read("INT_ENABLE") == fld("INT_ENABLE", "tx_cpl", 1)
    snap = await core.counters()
    assert snap["PDUS_TX"] == 0
    await core.activate_ok(1, 0, 99)
    core.send(1, rbytes(20))
    assert await core.completions(1) == [(1, TxStatusCode.TX_OK)]


def vc_of(hdr: int) -> tuple[int, int]:
    return (hdr >> 20) & 0xFF, (hdr >> 4) & 0xFFFF


@cocotb.test()
async def test_ubr_round_robin(dut):
    """Backlogged UBR VCs share the line cell by cell in round-robin order."""
    core = await start(dut, enable=0)
    vcs = [1, 2, 3, 4]
    for v in vcs:
        await core.activate_ok(v % NUM_VC, 0, 200 + v)
        core.send(v % NUM_VC, rbytes(20 * 48 - 8))                 # 20 cells
    await core.tx.wait()
    await ClockCycles(dut.clk, 50)
    await core.ctrl(enable=1)
    await core.completions(len(vcs))
    order = [vc_of(h)[1] - 200 for _, h in core.cell_log()]
    assert len(order) == 80
    assert order == vcs * 20, order
    cyc = [c for c, _ in core.cell_log()]
    assert all(b - a == SLOT for a, b in zip(cyc, cyc[1:], strict=False)), "gap between cells"


@cocotb.test()
async def test_cbr_shaping(dut):
    """A CBR VC with T = 3.5 slots sends at slots 0, 4, 7, 11, 14, 18, ... while a UBR VC
    fills every other slot; a second CBR VC (T = 5) keeps its rate."""
    core = await start(dut, enable=0)
    a, b, u = 1 % NUM_VC, 2 % NUM_VC, 3 % NUM_VC
    big = min(65535, min(TX_BUF, RX_BUF) * 48 - 8)
    await core.activate_ok(a, 0, 301, service=ServiceCategory.CBR, inc=0x38000, max_sdu=big)
    await core.activate_ok(u, 0, 303, max_sdu=big)
    ncbr = 60
    core.send(a, rbytes(ncbr * 48 - 8))
    core.send(u, rbytes(300 * 48 - 8))
    await core.tx.wait()
    await ClockCycles(dut.clk, 50)
    await core.ctrl(enable=1)
    assert await core.completions(1) == [(a, TxStatusCode.TX_OK)]     # the CBR frame
    log = core.cell_log()
    c0 = log[0][0]
    slots = []
    for c, h in log:
        assert (c - c0) % SLOT == 0
        if vc_of(h)[1] == 301:
            slots.append((c - c0) // SLOT)
    assert len(slots) == ncbr
    rel = [s - slots[0] for s in slots]
    exp = [-(-7 * k // 2) for k in range(ncbr)]                  # ceil(3.5 k)
    assert rel == exp, rel[:20]
    dut._log.info("CBR T=3.5: %d cells in slots %d..%d (rate %.4f of 1/3.5), pattern exact",
                  ncbr, rel[0], rel[-1], (ncbr - 1) / rel[-1] * 3.5)
    # every slot in the run was used (UBR fills the gaps)
    n_used = (log[-1][0] - c0) // SLOT + 1
    assert n_used == len(log)
    # second phase: two CBR VCs + UBR; rates kept over a long run
    await core.activate_ok(b, 0, 302, service=ServiceCategory.CBR, inc=0x50000, max_sdu=big)
    assert await core.completions(1) == [(u, TxStatusCode.TX_OK)]     # line idle again
    await core.ctrl(enable=0)
    start_n = int(dut.cell_log_n.value)
    core.send(a, rbytes(80 * 48 - 8))
    core.send(b, rbytes(60 * 48 - 8))
    core.send(u, rbytes(300 * 48 - 8))
    await core.tx.wait()
    await ClockCycles(dut.clk, 50)
    await core.ctrl(enable=1)
    assert sorted(await core.completions(2)) == [(a, 0), (b, 0)]
    log = core.cell_log()[start_n:]
    c0 = log[0][0]
    pos = {301: [], 302: []}
    for c, h in log:
        v = vc_of(h)[1]
        if v in pos:
            pos[v].append((c - c0) // SLOT)
    for v, t in ((301, 3.5), (302, 5.0)):
        p = pos[v]
        span = p[-1] - p[0]
        exp_span = (len(p) - 1) * t
        dut._log.info("CBR T=%.1f: %d cells over %d slots (expected %.1f)", t, len(p), span,
                      exp_span)
        assert abs(span - exp_span) <= 1.0, (v, span, exp_span)
        gaps = [y - x for x, y in zip(p, p[1:], strict=False)]
        assert min(gaps) >= int(t) - 1 and max(gaps) <= int(t) + 2, (v, gaps)


@cocotb.test()
async def test_ubr_utilisation(dut):
    """64 backlogged UBR VCs, mixed frame sizes: line TX busy >= 99% of beats."""
    core = await start(dut)
    nvc = min(64, NUM_VC)
    vcs = [(i * 3) % NUM_VC for i in range(nvc)]
    for i, v in enumerate(vcs):
        await core.activate_ok(v, 1, 1000 + i)
    total = 0
    frames = 0
    while total < 2600:
        for v in vcs:
            n = random.choice([1, 40, 41, 100, 200, 500, 1000, random.randrange(1, 1500)])
            core.send(v, rbytes(n))
            total += cells_for(n)
            frames += 1
    # measure from the 300th cell to 300 cells before the end (host keeps pace meanwhile)
    while int(dut.cell_log_n.value) < 300:
        await ClockCycles(dut.clk, 100)
    dut.meas_en.value = 1
    while int(dut.cell_log_n.value) < total - 300:
        await ClockCycles(dut.clk, 100)
    dut.meas_en.value = 0
    await RisingEdge(dut.clk)
    beats, cycles = int(dut.meas_beats.value), int(dut.meas_cycles.value)
    util = beats / cycles
    dut._log.info("UBR x%d: line utilisation %.4f (%d beats / %d cycles), %d frames %d cells",
                  nvc, util, beats, cycles, frames, total)
    cpl = await core.completions(frames, timeout_us=20000)
    assert all(s == TxStatusCode.TX_OK for _, s in cpl)
    assert util >= 0.99, util
    # per-VC order of completions = send order (all OK here); cells per VC add up
    snap = await core.counters()
    assert snap["CELLS_TX"] == total and snap["PDUS_TX"] == frames


@cocotb.test()
async def test_vc_range(dut):
    """The last VC number works; NUM_VC itself is BAD_VC."""
    core = await start(dut, loopback=1)
    last = NUM_VC - 1
    mid = NUM_VC // 2 + 1
    await core.activate_ok(last, 3, 0xFFFF)
    await core.activate_ok(mid, 0, 32)
    assert await core.cmd(VcOpcode.ACTIVATE, NUM_VC, 3, 1) == VcResult.BAD_VC
    for v in (last, mid, last):
        core.send(v, rbytes(77))
    cpl = await core.completions(3)
    assert sorted(cpl) == sorted([(last, 0), (mid, 0), (last, 0)])
    got = []
    for _ in range(3):
        f = await with_timeout(core.rx.recv(), 1000, "us")
        got.append(int(f.tdest[-1] if isinstance(f.tdest, list) else f.tdest))
    assert sorted(got) == sorted([last, mid, last])
    q = await core.query(last)
    assert q.counters["VC_TX_PDUS"] == 2 and q.counters["VC_RX_PDUS"] == 2


@cocotb.test()
async def test_modify_service(dut):
    """MODIFY UBR -> CBR (T = 4) -> UBR with traffic: the VC's spacing follows."""
    core = await start(dut, enable=0)
    a, u = 5 % NUM_VC, 6 % NUM_VC
    big = min(65535, min(TX_BUF, RX_BUF) * 48 - 8)
    await core.activate_ok(a, 0, 401)
    await core.activate_ok(u, 0, 403, max_sdu=big)
    for _ in range(90):
        core.send(a, rbytes(40))                                  # one cell each
    core.send(u, rbytes(400 * 48 - 8))
    await core.tx.wait()
    await core.ctrl(enable=1)
    while int(dut.cell_log_n.value) < 20:
        await ClockCycles(dut.clk, SLOT)
    assert await core.cmd(VcOpcode.MODIFY, a, 0, 401, service=ServiceCategory.CBR,
                          inc=0x40000) == VcResult.OK
    n1 = int(dut.cell_log_n.value)
    while int(dut.cell_log_n.value) < n1 + 100:
        await ClockCycles(dut.clk, SLOT)
    assert await core.cmd(VcOpcode.MODIFY, a, 0, 401) == VcResult.OK
    cpl = await core.completions(91, timeout_us=20000)
    assert [s for v, s in cpl if v == a] == [TxStatusCode.TX_OK] * 90
    log = core.cell_log()
    c0 = log[0][0]
    sa = [(c - c0) // SLOT for c, h in log if vc_of(h)[1] == 401]
    gaps = [y - x for x, y in zip(sa, sa[1:], strict=False)]
    runs = "".join("2" if g == 2 else "4" if g == 4 else "x" for g in gaps)
    dut._log.info("gaps of the modified VC: %s", runs)
    assert runs.startswith("2" * 8) and "4" * 15 in runs and runs.rstrip("2") != runs
    assert (await core.query(a)).param & 0xFF00 == fld("VC_Q_PARAM", "service",
                                                          ServiceCategory.UBR)


@cocotb.test()
async def test_stress_lifecycle(dut):
    """Random traffic on CBR and UBR VCs with line back-pressure, oversize frames, frames for
    inactive VCs, DEACTIVATE/re-ACTIVATE and MODIFY (service, rate) racing the traffic.
    Checks, independent of timing: every frame gets exactly one completion, per VC in send
    order; a frame's status is TX_OK, or TX_ABORTED/TX_INACTIVE around a DEACTIVATE, or
    TX_OVERSIZE when too long; the line carries, per VC, exactly the cells of its TX_OK
    frames in order; counters agree; every buffer cell comes back."""
    core = await start(dut)

    busy = random.choice([0.2, 0.5, 0.8])      # line back-pressure

    def pause():
        while True:
            yield random.random() < busy
    core.line.set_pause_generator(pause())
    nvc = min(8, NUM_VC)
    vcs = [(i * 5 + 2) % NUM_VC for i in range(nvc)]
    maxsdu = {v: random.choice([100, 600, 3000]) for v in vcs}
    active = {}
    sent = {v: [] for v in vcs}       # (sdu, status expectation set)

    def vp(v):
        i = vcs.index(v)
        cbr = i % 3 == 0
        kw = dict(max_sdu=maxsdu[v])
        if cbr:
            kw.update(service=ServiceCategory.CBR, inc=random.randrange(0x10000, 0x80000))
        return kw

    for v in vcs:
        r = await core.cmd(VcOpcode.ACTIVATE, v, 1, 500 + vcs.index(v), **vp(v))
        assert r in (VcResult.OK, VcResult.NO_RESOURCES), r
        active[v] = r == VcResult.OK
    done = False

    async def traffic():
        for _ in range(260):
            v = random.choice(vcs)
            n = random.choice([0, 1, 40, 41, 99, 100, 101, 480, 599, 600, 601, 1500, 2999])
            sdu = rbytes(n)
            core.send(v, sdu)
            sent[v].append(sdu)
            await ClockCycles(dut.clk, random.randrange(0, 30))

    async def commands():
        while not done:
            await ClockCycles(dut.clk, random.randrange(200, 1500))
            v = random.choice(vcs)
            if active[v]:
                op = random.choice(["deact", "mod", "mod"])
                if op == "deact":
                    assert await core.cmd(VcOpcode.DEACTIVATE, v) == VcResult.OK
                    active[v] = False
                else:
                    kw = vp(v)
                    if random.random() < 0.5:
                        kw.pop("service", None)
                        kw.pop("inc", None)
                    r = await core.cmd(VcOpcode.MODIFY, v, 1, 500 + vcs.index(v), **kw)
                    assert r in (VcResult.OK, VcResult.NO_RESOURCES), r
            else:
                r = await core.cmd(VcOpcode.ACTIVATE, v, 1, 500 + vcs.index(v), **vp(v))
                assert r in (VcResult.OK, VcResult.NO_RESOURCES), r
                active[v] = r == VcResult.OK

    cmd_task = cocotb.start_soon(commands())
    await traffic()
    await core.tx.wait()
    done = True
    await cmd_task
    nframes = sum(len(x) for x in sent.values())
    cpl = await core.completions(nframes, timeout_us=50000)
    cells = []

    async def drain():
        while not core.line.empty() or int(dut.m_axis_line_tx_tvalid.value):
            f = await core.line.recv()
            cells.append(bytes(f.tdata))
    await with_timeout(drain(), 10000, "us")
    per_vc = {v: [] for v in vcs}
    for v, s in cpl:
        per_vc[v].append(TxStatusCode(s))
    stats = {s: 0 for s in TxStatusCode}
    by_vci = {500 + i: [] for i in range(nvc)}
    for c in cells:
        by_vci[int.from_bytes(c[:4], "big") >> 4 & 0xFFFF].append(c[5:])
    for v in vcs:
        st = per_vc[v]
        assert len(st) == len(sent[v]), (v, len(st), len(sent[v]))
        exp_cells = []
        for sdu, s in zip(sent[v], st, strict=True):
            stats[s] += 1
            if s == TxStatusCode.TX_OK:
                assert sdu, (v, "a 0-byte frame was sent (an AAL5 abort on the line)")
                exp_cells += [c.payload for c in segment(sdu, 1, 500 + vcs.index(v))]
            elif s == TxStatusCode.TX_OVERSIZE:
                assert len(sdu) > min(maxsdu[v], 65535), (v, len(sdu))
            elif s == TxStatusCode.TX_ZERO_LENGTH:
                assert not sdu, (v, len(sdu))
        got = by_vci[500 + vcs.index(v)]
        assert got == exp_cells, (v, len(got), len(exp_cells))
    dut._log.info("stress: %d frames, %d cells, statuses %s", nframes, len(cells),
                  {k.name: n for k, n in stats.items()})
    snap = await core.counters()
    assert snap["CELLS_TX"] == len(cells)
    assert snap["PDUS_TX"] == stats[TxStatusCode.TX_OK]
    assert snap["TX_ABORTED"] == stats[TxStatusCode.TX_ABORTED]
    assert snap["TX_DROPPED"] == (stats[TxStatusCode.TX_OVERSIZE] + stats[TxStatusCode.TX_INACTIVE]
                                  + stats[TxStatusCode.TX_ZERO_LENGTH])
    for v in vcs:
        if active[v]:
            assert await core.cmd(VcOpcode.DEACTIVATE, v) == VcResult.OK
    assert await core.read("STATUS") >> 16 == TX_BUF


@cocotb.test()
async def test_full_buffer_commands(dut):
    """The TX buffer full of one VC's frames, the host stalled mid-frame: MODIFY and
    DEACTIVATE still complete (no deadlock between the hold and the stalled frame)."""
    core = await start(dut, enable=0)
    vc = 9 % NUM_VC
    big = min(65535, min(TX_BUF, RX_BUF) * 48 - 8)
    await core.activate_ok(vc, 0, 900, max_sdu=big)
    per = 20 * 48 - 8                                            # 20 cells
    n = TX_BUF // 20 + 3
    for _ in range(n):
        core.send(vc, rbytes(per))
    await ClockCycles(dut.clk, 20 * 12 * (TX_BUF // 20 + 2))
    assert int(dut.s_axis_tx_tready.value) == 0                  # host stalled
    assert await core.cmd(VcOpcode.MODIFY, vc, 0, 900, max_sdu=big, clp=1,
                          timeout_us=200) == VcResult.OK
    await core.ctrl(enable=1)
    cpl = await core.completions(n, timeout_us=20000)
    assert cpl == [(vc, TxStatusCode.TX_OK)] * n
    # again, now DEACTIVATE with the host stalled in a frame
    await core.ctrl(enable=0)
    for _ in range(n):
        core.send(vc, rbytes(per))
    await ClockCycles(dut.clk, 20 * 12 * (TX_BUF // 20 + 2))
    assert int(dut.s_axis_tx_tready.value) == 0
    assert await core.cmd(VcOpcode.DEACTIVATE, vc, timeout_us=200) == VcResult.OK
    await core.tx.wait()
    cpl = await core.completions(n, timeout_us=2000)
    st = [s for _, s in cpl]
    k = st.count(TxStatusCode.TX_ABORTED)
    assert st == [TxStatusCode.TX_ABORTED] * k + [TxStatusCode.TX_INACTIVE] * (n - k)
    assert k >= TX_BUF // 20
    assert await core.read("STATUS") >> 16 == TX_BUF
