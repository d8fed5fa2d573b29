"""HdlPort (HDL stream transactors, rtl/tb/hdl_stream.v) against the core in loopback, and
against cocotbext-axi: the two ports must deliver exactly the same frames and completions.

Launched by tests/test_bench.py (and tests/test_verilator.py on Verilator); runs on
`hdl_harness`. The tests run in order: `hdl_vs_axis_*` compares with what `hdl_lengths`
recorded.
"""

from __future__ import annotations

import random

import cocotb
from cocotb.triggers import ClockCycles, with_timeout
from vcnic.regs import TxStatusCode, VcParams

from .hdl_backend import HdlBackend
from .rtl_backend import RtlBackend, harness_parameters

PARAMS = harness_parameters()
NVC = 3
LENGTHS = [*range(0, 138), 1500, 4000, 9180]
_RECORDED: dict[str, list] = {}


def _frames(seed: int = 7):
    rng = random.Random(seed)
    out = []
    for j, n in enumerate(LENGTHS):
        out.append((j % NVC, rng.randbytes(n), rng.randrange(256), rng.randrange(256),
                    rng.randrange(2)))
    return out


async def _activate(be) -> None:
    await be.start(loopback=True)
    for vc in range(NVC):
        res = await be.core.activate(vc, VcParams(vci=40 + vc, max_sdu=9180))
        assert res == 0, f"ACTIVATE {vc}: {res}"


async def _exchange(be, frames, timeout_us: float = 20000):
    """Send every frame (a task) and collect as many completions and PDUs (two tasks)."""
    port = be.port
    rx, txc = [], []

    async def sender():
        for vc, data, uu, cpi, clp in frames:
            await port.send(vc, data, uu=uu, cpi=cpi, clp=clp)

    async def take_rx():  # a 0-byte frame is dropped TX_ZERO_LENGTH: nothing comes back
        while len(rx) < sum(1 for f in frames if f[1]):
            rx.append(await port.receive())

    async def take_txc():
        while len(txc) < len(frames):
            txc.append(await port.tx_completion())

    cocotb.start_soon(sender())
    a, b = cocotb.start_soon(take_rx()), cocotb.start_soon(take_txc())
    await with_timeout(a, timeout_us, "us")
    await with_timeout(b, timeout_us, "us")
    return rx, txc


def _check(frames, rx, txc) -> None:
    per_vc: dict[int, list] = {}
    for f in frames:
        if f[1]:
            per_vc.setdefault(f[0], []).append(f)
    got: dict[int, list] = {}
    for r in rx:
        got.setdefault(r.vc, []).append(r)
    for vc, sent in per_vc.items():
        recv = got.get(vc, [])
        assert len(recv) == len(sent), f"VC {vc}: {len(recv)} PDUs for {len(sent)} SDUs"
        for (_, data, uu, cpi, _clp), r in zip(sent, recv, strict=True):
            assert r.status == 0, f"VC {vc}: status {r.status}"
            assert r.data == data, f"VC {vc}: {len(r.data)} bytes back for {len(data)} sent"
            assert (r.uu, r.cpi) == (uu, cpi), f"VC {vc}: uu/cpi {(r.uu, r.cpi)} != {(uu, cpi)}"
    # per VC, completions in send order: TX_OK, TX_ZERO_LENGTH for a 0-byte frame
    want: dict[int, list] = {}
    for f in frames:
        want.setdefault(f[0], []).append(TxStatusCode.TX_OK if f[1]
                                         else TxStatusCode.TX_ZERO_LENGTH)
    have: dict[int, list] = {}
    for c in txc:
        have.setdefault(c.vc, []).append(c.status)
    assert have == want, (have, want)


@cocotb.test(timeout_time=200, timeout_unit="ms")
async def hdl_lengths(dut):
    """SDUs of 0..137, 1500, 4000 and 9180 bytes on 3 VCs through HdlPort: byte-exact
    (the 0-byte one, one beat with tkeep = 0, is dropped TX_ZERO_LENGTH by the core)."""
    be = HdlBackend(dut)
    await _activate(be)
    frames = _frames()
    rx, txc = await _exchange(be, frames)
    _check(frames, rx, txc)
    assert not be.port.errors, be.port.errors
    _RECORDED["hdl"] = [rx, txc]


@cocotb.test(timeout_time=400, timeout_unit="ms")
async def hdl_vs_axis(dut):
    """The same frames through cocotbext-axi (hdl_en = 0): identical PDUs and completions."""
    dut.hdl_en.value = 0       # streams and register bus back to the ports (cocotbext-axi)
    dut.hdl_bus_en.value = 0
    be = RtlBackend(dut)
    await _activate(be)
    frames = _frames()
    rx, txc = await _exchange(be, frames)
    _check(frames, rx, txc)
    if "hdl" in _RECORDED:
        hrx, htxc = _RECORDED["hdl"]
        assert rx == hrx, "host RX differs between HdlPort and cocotbext-axi"
        assert txc == htxc, "TX completions differ between HdlPort and cocotbext-axi"


@cocotb.test(timeout_time=200, timeout_unit="ms")
async def hdl_rx_hold(dut):
    """hold_rx back-pressures host RX (no PDU, stall cycles counted); release delivers all."""
    be = HdlBackend(dut)
    await _activate(be)
    be.port.hold_rx(True)
    frames = [(j % NVC, bytes([j]) * (40 + 48 * j), j, 0, 0) for j in range(6)]
    for vc, data, uu, cpi, clp in frames:
        await be.port.send(vc, data, uu=uu, cpi=cpi, clp=clp)
    await ClockCycles(be.clock, 3000)
    assert be.port.rx.queue.empty(), "PDUs delivered while host RX was held"
    assert be.counters()["rx_stalls"] > 0
    be.port.hold_rx(False)
    rx = [await with_timeout(be.port.receive(), 1000, "us") for _ in frames]
    txc = [await be.port.tx_completion() for _ in frames]
    _check(frames, rx, txc)


@cocotb.test(timeout_time=400, timeout_unit="ms")
async def hdl_ring_wrap(dut):
    """More frames and bytes than the transactors' rings hold (descriptor and chunk rings
    wrap several times), sent as fast as the port takes them: all delivered in order."""
    be = HdlBackend(dut)
    await _activate(be)
    rng = random.Random(3)
    frames = [(j % NVC, rng.randbytes(rng.choice((0, 1, 47, 300, 1000))), j & 0xFF, 0, 0)
              for j in range(400)]
    rx, txc = await _exchange(be, frames, timeout_us=100000)
    _check(frames, rx, txc)
    await be.port.wait_sent()
    assert be.port.post == len(frames) and be.port.done == len(frames)
    assert be.port.chunk_wr > be.port.tx_chunks, "the chunk ring did not wrap"
    assert not be.port.errors, be.port.errors


@cocotb.test(timeout_time=100, timeout_unit="ms")
async def hdl_reset_between(dut):
    """A harness reset in the middle of the rings leaves the port consistent."""
    be = HdlBackend(dut)
    await _activate(be)
    frames = _frames(seed=11)[:20]
    rx, txc = await _exchange(be, frames)
    _check(frames, rx, txc)
    await _activate(be)  # resets the harness, transactors and port state
    frames = _frames(seed=12)[100:130]
    rx, txc = await _exchange(be, frames)
    _check(frames, rx, txc)

