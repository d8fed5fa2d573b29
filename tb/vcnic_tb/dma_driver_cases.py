"""The driver's DMA test cases, written once for the Python model and the RTL (issue 12:
the driver runs unchanged on both).

Each case is `async def case(b)` on a bench `b` that supplies the hardware and the time:
`ModelBench` (here: `NicModel(host="dma")` under asyncio, run by tests/test_driver_dma.py)
or `vcnic_tb.test_dma_driver.RtlBench` (the NIC harness under cocotb, launched by
tests/test_rtl_dma_driver.py). A case opens NdisLayer + Miniport + `DmaPort` on the
bench's (register window, host memory, interrupt vectors) and checks what a user relies
on: frames byte for byte and in order, every send completed exactly once (the NDIS
verifier), the DMA registers, the allocator's books. Sizes are smaller on the RTL (each
simulated cycle costs); a few checks of the model's internals run only on the model.

Nothing here imports cocotb: the bench gives pause(), wait_until(), bounded(), now().
"""

from __future__ import annotations

import asyncio
import contextlib
import random
from collections.abc import Awaitable, Callable
from types import SimpleNamespace
from typing import Any

from vcnic.miniport import Miniport
from vcnic.miniport.dma import DmaError, DmaPort
from vcnic.ndis import (
    CoCallParameters,
    NdisLayer,
    NdisStatus,
    NetBufferList,
    Oid,
    OidRequest,
    RecordingClient,
)
from vcnic.regs import DMA_ADDRESS
from vcnic.regs.dma_layout import RXC

__all__ = ["CASES", "ModelBench", "adapter"]


class ModelBench:
    """The bench of the Python model: a fresh `NicModel(host="dma")` per case, real time."""

    kind = "model"
    #: seconds a test waits for the hardware; a short driver sync_timeout
    timeout, short = 10.0, 0.3

    def __init__(self) -> None:
        self.nic: Any = None

    async def open(self, *, big: bool = False):
        from vcnic.model import NicModel

        kw = {"tx_buf_cells": 2048, "rx_buf_cells": 2048} if big else {}
        self.nic = NicModel(host="dma", **kw)
        return self.nic.window, self.nic.memory, self.nic.irqs

    async def close(self) -> None:
        self.nic.close()

    async def pause(self) -> None:
        """Let the NIC take some of what was posted (descriptors in flight)."""
        await asyncio.sleep(0.003)

    async def wait_until(self, pred: Callable[[], bool], what: str = "condition") -> None:
        end = self.now() + self.timeout
        while not pred():
            assert self.now() < end, f"timed out waiting for {what}"
            await asyncio.sleep(0.001)

    async def bounded(self, aw: Awaitable) -> Any:
        return await asyncio.wait_for(aw, self.timeout)

    def now(self) -> float:
        return asyncio.get_running_loop().time()

    def error_window(self, lo: int, hi: int, *, reads: bool = True, writes: bool = True):
        self.nic.memory.error_window(lo, hi, reads=reads, writes=writes)

    def clear_errors(self) -> None:
        self.nic.memory.clear_errors()


class _HookMemory:
    """A HostMemory that calls `hook(addr, data)` before every backdoor write (a test
    learns where the driver put a frame, as it happens)."""

    def __init__(self, inner, hook):
        self.inner, self.hook = inner, hook
        self.base, self.size = inner.base, inner.size

    def read(self, addr: int, length: int) -> bytes:
        return self.inner.read(addr, length)

    def write(self, addr: int, data: bytes) -> None:
        self.hook(addr, data)
        self.inner.write(addr, data)


@contextlib.asynccontextmanager
async def adapter(b, *, big: bool = False, mp_kw: dict | None = None, hook=None, **port_kw):
    """NdisLayer + Miniport + DmaPort initialised on a fresh NIC of bench `b`; halted and
    closed on exit. `hook(addr, data)`: called on every backdoor write of the driver."""
    window, memory, irqs = await b.open(big=big)
    if hook is not None:
        memory = _HookMemory(memory, hook)
    port = DmaPort(window, memory, irqs, **port_kw)
    mp = Miniport(window, port, **(mp_kw or {}))
    client = RecordingClient()
    ndis = NdisLayer(mp, client)
    assert await ndis.initialize() == NdisStatus.SUCCESS, mp.error
    try:
        yield SimpleNamespace(b=b, window=window, memory=memory, port=port, mp=mp,
                              ndis=ndis, client=client, start_in_use=port.alloc.in_use())
    finally:
        if ndis.initialized:
            await ndis.halt()
        await b.close()


# ------------------------------------------------------------------------------ helpers
def _raw(n: int, tag: int) -> NetBufferList:
    return NetBufferList(random.Random(tag).randbytes(n), raw=True)


async def _open_vc(a, vci: int, max_sdu: int = 9180):
    status, vc = await a.ndis.co_create_vc()
    assert status == NdisStatus.SUCCESS
    p = CoCallParameters.atm(1, vci, max_sdu=max_sdu, encapsulation=None)
    assert await a.ndis.cm_activate_vc(vc, p) == NdisStatus.SUCCESS
    return vc


async def _oid(a, vc, oid) -> int:
    req = OidRequest(oid)
    assert await a.ndis.co_oid_request(vc, req) == NdisStatus.SUCCESS
    return req.value


async def _reg(a, name: str) -> int:
    return await a.window.read(DMA_ADDRESS[name])


def _rx(a, vc) -> list[bytes]:
    return [n.sdu for n in a.client.received.get(vc.number, [])]


async def _reuse_slot(a, vc, slot: int, vci: int, frames: list) -> None:
    """Delete `vc`, open a new VC that gets the same slot, and send `frames` on it: each
    comes back intact and alone (nothing of the old VC is delivered on the new one)."""
    assert await a.ndis.co_delete_vc(vc) == NdisStatus.SUCCESS
    new = await _open_vc(a, vci)
    assert new.miniport_context.slot == slot
    a.ndis.co_send_net_buffer_lists(new, frames)
    await _sent(a, new)
    await _got(a, new, len(frames))
    assert _rx(a, new) == [x.sdu for x in frames]


async def _sent(a, vc) -> None:
    await a.b.bounded(a.ndis.wait_sends_complete(vc))


async def _got(a, vc, n: int) -> None:
    await a.b.wait_until(lambda: len(_rx(a, vc)) >= n, f"{n} PDUs on VC {vc.number}")


def _model(b) -> bool:
    return b.kind == "model"


# ------------------------------------------------------------------------------ cases
async def frames_byte_for_byte(b):
    """Frames on several VCs in batches: byte for byte, in order, one doorbell per batch,
    every TX buffer freed, GEN_CO_BYTES_RCV exact."""
    batches, max_len = (40, 9180) if _model(b) else (6, 1500)
    async with adapter(b) as a:
        vcs = [await _open_vc(a, 100 + i) for i in range(4)]
        sent = {vc.number: [] for vc in vcs}
        rng = random.Random(3)
        for _ in range(batches):
            for _ in range(rng.randint(1, 12)):
                vc = rng.choice(vcs)
                nbl = _raw(rng.randint(1, max_len), len(sent[vc.number]) + 1000 * vc.number)
                sent[vc.number].append(nbl)
                a.ndis.co_send_net_buffer_lists(vc, [nbl])
            await b.pause()
        total = sum(len(v) for v in sent.values())
        for vc in vcs:
            await _sent(a, vc)
            await _got(a, vc, len(sent[vc.number]))
            assert [n.status for n in sent[vc.number]] == [NdisStatus.SUCCESS] * len(
                sent[vc.number])
            assert _rx(a, vc) == [n.sdu for n in sent[vc.number]]
            assert a.client.sent[vc.number] == sent[vc.number]  # completed in order
            assert await _oid(a, vc, Oid.GEN_CO_BYTES_RCV) == sum(
                len(n.sdu) for n in sent[vc.number])
        s = a.port.stats
        assert s["tx_frames"] == total and s["tx_completions"] == total
        assert s["tx_doorbells"] < total  # one doorbell per batch, not per frame
        assert s["rx_completions"] == total and s["rxf_doorbells"] <= total + 1
        assert a.port.alloc.in_use() == a.start_in_use  # every TX buffer freed


async def ring_wrap_256(b):
    """256-entry rings passed twice (16-bit free-running indices, the CQ phase flipping):
    every frame in order, the NIC's indices where the driver's are, no doorbell refused."""
    n, step, top = (700, 50, 1500) if _model(b) else (600, 40, 40)
    async with adapter(b, tx_ring=256, rx_ring=256) as a:
        vc = await _open_vc(a, 100, max_sdu=2000)
        nbls = [_raw(1 + (k * 37) % top, k) for k in range(n)]
        for k in range(0, n, step):
            a.ndis.co_send_net_buffer_lists(vc, nbls[k:k + step])
            await b.pause()
        await _sent(a, vc)
        await _got(a, vc, n)
        assert [x.status for x in nbls] == [NdisStatus.SUCCESS] * n
        assert _rx(a, vc) == [x.sdu for x in nbls]
        assert await _reg(a, "TX_CONS") == n
        assert await _reg(a, "TXCQ_TAIL") == n
        assert await _reg(a, "RXCQ_TAIL") == n
        assert await _reg(a, "DOORBELL_ERRORS") == 0
        assert a.port.alloc.in_use() == a.start_in_use


async def full_tx_ring_sends_pending(b):
    """A 4-entry TX ring and more sends than it holds: the rest stay PENDING, then all
    complete SUCCESS in the order sent; the looped frames arrive in order."""
    n, size = (60, 3000) if _model(b) else (16, 1000)
    async with adapter(b, tx_ring=4) as a:
        vc = await _open_vc(a, 100)
        nbls = [_raw(size, k) for k in range(n)]
        a.ndis.co_send_net_buffer_lists(vc, nbls)
        await b.pause()
        pending = sum(a.ndis.verifier.is_outstanding(x) for x in nbls)
        assert pending > 4, pending  # more sends than ring entries are PENDING meanwhile
        await _sent(a, vc)
        assert [x.status for x in nbls] == [NdisStatus.SUCCESS] * n
        assert a.client.sent[vc.number] == nbls  # completed in the order sent
        assert a.port.stats["tx_ring_full"] > 0
        await _got(a, vc, n)
        assert _rx(a, vc) == [x.sdu for x in nbls]
        assert a.port.alloc.in_use() == a.start_in_use


async def doorbells_per_batch_when_full(b):
    """With the ring full, the queue is woken only when a quarter of it is free: TX_PROD
    doorbells stay per batch, CQ doorbells per interrupt."""
    n = 600 if _model(b) else 200
    async with adapter(b, tx_ring=32) as a:
        vc = await _open_vc(a, 100)
        nbls = [_raw(64, k) for k in range(n)]
        a.ndis.co_send_net_buffer_lists(vc, nbls)
        await _sent(a, vc)
        assert [x.status for x in nbls] == [NdisStatus.SUCCESS] * n
        s = a.port.stats
        assert s["tx_ring_full"] > 0
        assert s["tx_doorbells"] <= n // 8 + 1
        assert s["txcq_doorbells"] <= s["irq_tx"] and s["txcq_doorbells"] <= n // 4
        await a.b.wait_until(lambda: _rx(a, vc) == [x.sdu for x in nbls], "all PDUs")
        s = a.port.stats
        assert s["rxcq_doorbells"] <= s["irq_rx"] + 1 and s["rxf_doorbells"] <= n // 4


async def free_ring_empty_no_buffer_then_recovers(b):
    """4 free buffers of 64 bytes: a PDU that needs more is RX_NO_BUFFER (never a hang),
    counted exactly once in the OIDs and in the DMA's RX_NO_BUFFER; the next PDUs are
    delivered (the buffers were reposted); another VC is not disturbed."""
    async with adapter(b, rx_ring=4, rx_buf_size=64) as a:
        vc = await _open_vc(a, 100)
        other = await _open_vc(a, 101)
        sizes = [100, 1000, 200, 1000, 256, 30, 5000, 100]
        nbls = [_raw(n, k) for k, n in enumerate(sizes)]
        for k, x in enumerate(nbls):  # one at a time: each finds the 4 buffers posted
            a.ndis.co_send_net_buffer_lists(vc, [x])
            await _sent(a, vc)
            await b.wait_until(lambda k=k: a.port.stats["rxf_doorbells"] == k + 2,
                               f"PDU {k} reaped and its buffers posted again")
        assert a.port.stats["rx_completions"] == len(sizes)
        assert all(x.status == NdisStatus.SUCCESS for x in nbls)
        good = [x.sdu for x in nbls if len(x.sdu) <= 256]
        await _got(a, vc, len(good))
        assert _rx(a, vc) == good
        for v in (vc, None):
            assert await _oid(a, v, Oid.GEN_CO_RCV_PDUS_NO_BUFFER) == 3
            assert await _oid(a, v, Oid.GEN_CO_RCV_PDUS_OK) == len(good)
            assert await _oid(a, v, Oid.GEN_CO_BYTES_RCV) == sum(map(len, good))
        assert await _reg(a, "RX_NO_BUFFER") == 3
        assert a.port.stats["rx_no_buffer"] == 3
        x = _raw(200, 99)
        a.ndis.co_send_net_buffer_lists(other, [x])
        await _got(a, other, 1)
        assert _rx(a, other) == [x.sdu]


async def multi_buffer_pdus_to_65535(b):
    """PDUs spanning up to 32 free buffers of 2048 bytes, the largest 65535 bytes."""
    sizes = ([65535, 2048, 2049, 40000, 1, 4096, 65535, 63] if _model(b)
             else [65535, 2048, 2049, 1, 4096, 63])
    async with adapter(b, big=True, rx_buf_size=2048) as a:
        vc = await _open_vc(a, 100, max_sdu=65535)
        nbls = [_raw(n, k) for k, n in enumerate(sizes)]
        a.ndis.co_send_net_buffer_lists(vc, nbls)
        await _sent(a, vc)
        await _got(a, vc, len(sizes))
        assert [x.status for x in nbls] == [NdisStatus.SUCCESS] * len(sizes)
        assert _rx(a, vc) == [x.sdu for x in nbls]
        used = sum(-(-n // 2048) for n in sizes)
        # RXF_CONS counts descriptors read, up to 32 ahead of the buffers filled
        assert used <= await _reg(a, "RXF_CONS") <= used + 32
        assert a.port.stats["rx_buf_index_mismatch"] == 0
        if _model(b):
            assert b.nic.dma.rxf_used == used
        assert a.port.alloc.in_use() == a.start_in_use


async def coalescing_count_and_timer(b):
    """irq_count 16: far fewer interrupts than completions; a burst smaller than the count
    is delivered by the timer alone."""
    n = 203 if _model(b) else 67  # not a multiple of 16
    async with adapter(b, irq_count=16, irq_timer=3000) as a:
        vc = await _open_vc(a, 100)
        nbls = [_raw(20 + k, k) for k in range(n)]
        a.ndis.co_send_net_buffer_lists(vc, nbls)
        await _sent(a, vc)
        await _got(a, vc, n)
        assert _rx(a, vc) == [x.sdu for x in nbls]
        s = a.port.stats
        assert s["irq_tx"] < s["tx_completions"] // 4, dict(s)
        assert s["irq_rx"] < s["rx_completions"] // 4, dict(s)
        irq_tx, irq_rx = s["irq_tx"], s["irq_rx"]
        few = [_raw(40, 1000 + k) for k in range(3)]
        a.ndis.co_send_net_buffer_lists(vc, few)
        await _sent(a, vc)
        await _got(a, vc, n + 3)
        assert _rx(a, vc)[-3:] == [x.sdu for x in few]
        # 3 < 16 completions: one timer interrupt per CQ brought them
        assert s["irq_tx"] - irq_tx >= 1 and s["irq_rx"] - irq_rx >= 1
        if _model(b):
            causes = [c for _, c in b.nic.dma.cause_log]
            assert causes.count("tx_cq") < n // 8


async def deactivate_with_descriptors_in_flight(b):
    """DEACTIVATE while the VC's frames fill the ring and the core: it completes only when
    no descriptor of the VC is posted and every PDU the DMA took is reaped (its buffers
    back); every send completed exactly once; a new VC on the same slot never sees a PDU
    of the old one; another VC goes on."""
    n, size, n_keep = (150, 2000, 40) if _model(b) else (40, 1000, 10)
    async with adapter(b, tx_ring=64) as a:
        vc = await _open_vc(a, 100)
        other = await _open_vc(a, 200)
        nbls = [_raw(size, k) for k in range(n)]
        keep = [_raw(300, 500 + k) for k in range(n_keep)]
        a.ndis.co_send_net_buffer_lists(vc, nbls)
        a.ndis.co_send_net_buffer_lists(other, keep)
        await b.pause()
        slot = vc.miniport_context.slot
        assert a.port.tx_in_flight(slot) > 0  # descriptors in the ring / core
        assert await a.ndis.cm_deactivate_vc(vc) == NdisStatus.PENDING
        seen = []

        def unreaped_of_slot() -> int:  # RX completions of the slot still in the CQ
            p, lg = a.port, a.port.rx_log2
            head, out = p._rxcq_head, 0
            while True:
                i = head & ((1 << lg) - 1)
                c = RXC.unpack(a.memory.read(p._rings["RXCQ"] + i * RXC.BYTES, RXC.BYTES))
                if c.phase != (~(head >> lg) & 1):
                    return out
                out += c.vc == slot
                head += 1

        def probe():  # the state at the moment DEACTIVATE completes
            seen.append((a.port.tx_in_flight(slot), unreaped_of_slot(),
                         len(b.nic.rx.held) if _model(b) else None))

        orig = a.client.cm_deactivate_vc_complete
        a.client.cm_deactivate_vc_complete = lambda st, v: (probe(), orig(st, v))
        assert await b.bounded(a.ndis.wait_deactivate_complete(vc)) == NdisStatus.SUCCESS
        assert seen and seen[0][:2] == (0, 0), seen
        assert a.port.stats["rx_sync_timeouts"] == 0 and not a.mp.stats, dict(a.mp.stats)
        assert {x.status for x in nbls} <= {NdisStatus.SUCCESS, NdisStatus.REQUEST_ABORTED,
                                            NdisStatus.VC_NOT_ACTIVATED}
        assert all(not a.ndis.verifier.is_outstanding(x) for x in nbls)
        old_rx = len(_rx(a, vc))
        assert _rx(a, vc) == [x.sdu for x in nbls[:old_rx]]  # a prefix, in order
        await _reuse_slot(a, vc, slot, vci=300, frames=[_raw(64, 900 + k) for k in range(5)])
        await _sent(a, other)
        await _got(a, other, n_keep)
        assert _rx(a, other) == [x.sdu for x in keep]
        assert a.port.alloc.in_use() == a.start_in_use


async def halt_with_a_full_ring(b):
    """MiniportHaltEx with full rings on 3 VCs: every send completed exactly once, every
    byte of host memory back with the allocator."""
    n, size = (40, 4000) if _model(b) else (12, 1500)
    async with adapter(b, tx_ring=16) as a:
        vcs = [await _open_vc(a, 100 + i) for i in range(3)]
        nbls = {vc.number: [_raw(size, 10 * vc.number + k) for k in range(n)] for vc in vcs}
        for vc in vcs:
            a.ndis.co_send_net_buffer_lists(vc, nbls[vc.number])
        await b.pause()
        assert a.port.tx_in_flight() > 0
        await a.ndis.halt()  # the verifier: every send completed exactly once
        for vc in vcs:
            assert all(x.status is not None for x in nbls[vc.number])
            assert len(a.client.sent[vc.number]) == n
        assert a.port.alloc.in_use() == 0 and a.port.alloc.allocations() == 0
        assert not a.port.running and a.port.stats["stop_idle_timeouts"] == 0


async def reset_with_a_full_ring(b):
    """MiniportResetEx with a full TX ring: each send completed once; every frame the core
    sent is delivered; nothing reclaimed unfinished, nothing leaked; the VC survives."""
    n, size, more_n = (80, 3000, 20) if _model(b) else (30, 1500, 8)
    async with adapter(b, tx_ring=16) as a:
        vc = await _open_vc(a, 100)
        nbls = [_raw(size, k) for k in range(n)]
        a.ndis.co_send_net_buffer_lists(vc, nbls)
        await b.pause()
        assert a.port.tx_in_flight() > 0
        assert await a.ndis.reset() == NdisStatus.SUCCESS
        await _sent(a, vc)
        assert {x.status for x in nbls} <= {NdisStatus.SUCCESS, NdisStatus.RESET_IN_PROGRESS}
        assert len(a.client.sent[vc.number]) == n  # each exactly once
        ok = [x.sdu for x in nbls if x.status == NdisStatus.SUCCESS]
        await _got(a, vc, len(ok))
        assert _rx(a, vc) == ok  # every frame the core sent is delivered
        assert a.port.alloc.in_use() == a.start_in_use  # the rings and RX buffers only
        s = a.port.stats
        assert s["tx_reclaimed"] == 0 and s["stop_idle_timeouts"] == 0
        assert s["tx_unmatched_completions"] == 0 and not a.mp.stats, dict(a.mp.stats)
        more = [_raw(500, 200 + k) for k in range(more_n)]
        a.ndis.co_send_net_buffer_lists(vc, more)
        await _sent(a, vc)
        await _got(a, vc, len(ok) + more_n)
        assert _rx(a, vc)[-more_n:] == [x.sdu for x in more]
        await a.ndis.halt()
        assert a.port.alloc.in_use() == 0


async def rx_dma_error_counted_once(b):
    """A buffer write answered SLVERR: the PDU completes RX_DMA_ERROR, the error vector
    reports it, the adapter counts it in GEN_CO_RCV_PDUS_ERROR once; later PDUs arrive."""
    async with adapter(b) as a:
        vc = await _open_vc(a, 100)
        buf = a.port._rx_bufs[0]  # the first PDU's buffer answers SLVERR to writes
        b.error_window(buf, buf + 64, reads=False)
        nbls = [_raw(100, k) for k in range(5)]
        a.ndis.co_send_net_buffer_lists(vc, nbls)
        await _sent(a, vc)
        await b.wait_until(lambda: a.port.stats["rx_completions"] == 5, "5 RX completions")
        await _got(a, vc, 4)
        b.clear_errors()
        assert _rx(a, vc) == [x.sdu for x in nbls[1:]]
        await b.wait_until(lambda: a.port.error is not None, "the error vector")
        assert "RX_DATA" in a.port.error and not a.port.halted
        assert await _reg(a, "RX_DMA_ERRORS") == 1
        assert await _oid(a, vc, Oid.GEN_CO_RCV_PDUS_ERROR) == 1
        assert await _oid(a, vc, Oid.GEN_CO_RCV_PDUS_OK) == 4
        assert await _oid(a, vc, Oid.GEN_CO_BYTES_RCV) == 400


async def tx_read_error_counted_once(b):
    """Host memory answers SLVERR to every read of one frame's buffer: that send completes
    FAILURE (TX_DMA_ERROR), TX_DMA_ERRORS counts it once, GEN_CO_XMIT_PDUS_ERROR too; the
    frames around it on its VC and another VC's frames are sent and looped intact."""
    poison = bytes([0xA5]) * 700
    hit: list[int] = []

    def hook(addr: int, data: bytes) -> None:
        if data == poison and not hit:  # the frame's buffer, as the driver fills it
            hit.append(addr)
            b.error_window(addr, addr + len(data), writes=False)

    async with adapter(b, hook=hook, tx_ring=16) as a:
        vc = await _open_vc(a, 100)
        other = await _open_vc(a, 101)
        bad = NetBufferList(poison, raw=True)
        mine = [_raw(300, k) for k in range(2)] + [bad] + [_raw(500, 10 + k) for k in range(2)]
        theirs = [_raw(400, 20 + k) for k in range(4)]
        a.ndis.co_send_net_buffer_lists(vc, mine)
        a.ndis.co_send_net_buffer_lists(other, theirs)
        await _sent(a, vc)
        await _sent(a, other)
        b.clear_errors()
        assert hit, "the poisoned frame was never written to host memory"
        assert bad.status == NdisStatus.FAILURE and bad.hw_completed
        good = [x for x in mine if x is not bad]
        assert all(x.status == NdisStatus.SUCCESS for x in good + theirs)
        assert a.client.sent[vc.number] == mine  # completed in the order sent
        await _got(a, vc, len(good))
        await _got(a, other, len(theirs))
        assert _rx(a, vc) == [x.sdu for x in good]
        assert _rx(a, other) == [x.sdu for x in theirs]
        assert await _reg(a, "TX_DMA_ERRORS") == 1
        assert await _oid(a, vc, Oid.GEN_CO_XMIT_PDUS_ERROR) == 1
        assert await _oid(a, other, Oid.GEN_CO_XMIT_PDUS_ERROR) == 0
        await b.wait_until(lambda: a.port.error is not None, "the error vector")
        assert "TX_DATA" in a.port.error and not a.port.halted
        assert a.port.alloc.in_use() == a.start_in_use
        after = [_raw(700, 30 + k) for k in range(3)]
        a.ndis.co_send_net_buffer_lists(vc, after)
        await _sent(a, vc)
        assert [x.status for x in after] == [NdisStatus.SUCCESS] * 3


async def bad_vc_and_inactive_vc_complete_through_the_cq(b):
    """A descriptor for an inactive VC (the core says TX_INACTIVE) and one for a VC out of
    range (the DMA says TX_BAD_VC) each complete through the TX CQ; nothing leaks."""
    async with adapter(b) as a:
        port = a.port
        await port.send(7, b"abc")
        await port.send(a.mp.caps.num_vc + 3, b"abc")
        await port.flush()
        await b.wait_until(lambda: port.stats["tx_completions"] == 2, "2 TX completions")
        await b.wait_until(lambda: a.mp.stats["tx_unmatched_completions"] == 2,
                           "the adapter's 2 unmatched completions")
        assert port.tx_in_flight() == 0
        assert port.alloc.in_use() == a.start_in_use


async def tx_engine_halt_raises_not_hangs(b):
    """Descriptor fetches answered SLVERR halt the TX engine: a send on a full ring raises
    DmaError (halted) instead of hanging; stop() still gives every byte back."""
    async with adapter(b, tx_ring=4, sync_timeout=b.short / 2) as a:
        ring = a.port._rings["TX_RING"]
        b.error_window(ring, ring + 64)
        try:
            for _ in range(8):
                await a.port.send(1, b"x" * 100)
        except DmaError as exc:
            assert "halted" in str(exc), exc
        else:
            raise AssertionError("sends on a halted TX engine did not raise")
        assert a.port.halted and "TX_FETCH" in a.port.error
        b.clear_errors()
        await a.ndis.halt()
        assert a.port.alloc.in_use() == 0


async def reset_revives_a_halted_tx_engine(b):
    """A TX CQ write answered SLVERR halts the TX engine: the pending sends are not waited
    for, MiniportResetEx completes each once, restarts the rings (nothing leaked), no
    completion owed from before the reset is matched to a later send, traffic flows."""
    n = 40 if _model(b) else 16
    async with adapter(b, tx_ring=16) as a:
        vc = await _open_vc(a, 100)
        cq = a.port._rings["TXCQ"]
        b.error_window(cq, cq + 16 * 8, reads=False)
        nbls = [_raw(2000, k) for k in range(n)]  # the core still sending at the halt
        a.ndis.co_send_net_buffer_lists(vc, nbls)
        await b.wait_until(lambda: a.port.halted, "the TX engine halt")
        assert "TXCQ_WRITE" in a.port.error
        b.clear_errors()
        t0 = b.now()
        assert await a.ndis.reset() == NdisStatus.SUCCESS
        assert b.now() - t0 < b.short  # no sync_timeout waited for a halted engine
        assert not a.port.halted and a.port.error is None and a.port.running
        stale = a.port.stats["tx_unmatched_completions"]
        await _sent(a, vc)
        assert {x.status for x in nbls} <= {NdisStatus.SUCCESS, NdisStatus.RESET_IN_PROGRESS}
        assert len(a.client.sent[vc.number]) == n
        assert a.port.alloc.in_use() == a.start_in_use
        more = [_raw(700, 100 + k) for k in range(10)]
        a.ndis.co_send_net_buffer_lists(vc, more)
        await _sent(a, vc)
        assert [x.status for x in more] == [NdisStatus.SUCCESS] * 10
        await b.wait_until(lambda: _rx(a, vc)[-10:] == [x.sdu for x in more], "the new PDUs")
        # completions owed from before the reset are the port's (reaped before any new
        # send, counted unmatched there), never matched to a send made after it
        assert a.mp.stats["tx_unmatched_completions"] == 0, dict(a.mp.stats)
        assert a.port.stats["tx_unmatched_completions"] == stale, dict(a.port.stats)


async def reset_revives_a_halted_rx_engine(b):
    """An RX completion write answered SLVERR halts the RX engine (PDUs it took get no
    completion): the port reports it, rx_sync gives up at once, MiniportResetEx reclaims
    every buffer itself and restarts the rings; traffic flows again."""
    async with adapter(b, mp_kw={"sync_timeout": b.short}) as a:
        vc = await _open_vc(a, 100)
        cq = a.port._rings["RXCQ"]
        b.error_window(cq, cq + 256 * 16, reads=False)
        a.ndis.co_send_net_buffer_lists(vc, [_raw(300, k) for k in range(6)])
        await b.wait_until(lambda: a.port.halted, "the RX engine halt")
        assert "RXCQ_WRITE" in a.port.error and "rx_halted" in a.port.error
        t0 = b.now()
        assert await a.port.rx_sync() is False  # halted: no waiting for completions
        assert b.now() - t0 < b.short / 2
        b.clear_errors()
        assert await a.ndis.reset() == NdisStatus.SUCCESS
        assert not a.port.halted and a.port.alloc.in_use() == a.start_in_use
        more = [_raw(400, 50 + k) for k in range(8)]
        before = len(_rx(a, vc))
        a.ndis.co_send_net_buffer_lists(vc, more)
        await _sent(a, vc)
        await b.wait_until(lambda: _rx(a, vc)[before:] == [x.sdu for x in more],
                           "the new PDUs")



async def deactivate_while_the_rx_engine_is_halted(b):
    """The RX engine halted (an RX completion write answered SLVERR) with PDUs of the VC
    still in the core: the core's DEACTIVATE waits for host RX, which only a reset revives,
    so the deactivation stays PENDING; MiniportResetEx completes it (SUCCESS) without
    waiting out the driver's sync_timeout for it, every send completes once, the rings
    are revived and a new VC on the slot gets traffic."""
    async with adapter(b, mp_kw={"sync_timeout": b.short}) as a:
        vc = await _open_vc(a, 100)
        cq = a.port._rings["RXCQ"]
        b.error_window(cq, cq + 256 * 16, reads=False)
        nbls = [_raw(300, k) for k in range(6)]
        a.ndis.co_send_net_buffer_lists(vc, nbls)
        await b.wait_until(lambda: a.port.halted, "the RX engine halt")
        await _sent(a, vc)
        b.clear_errors()
        slot = vc.miniport_context.slot
        assert await a.ndis.cm_deactivate_vc(vc) == NdisStatus.PENDING
        await b.pause()
        t0 = b.now()
        assert await a.ndis.reset() == NdisStatus.SUCCESS
        took = b.now() - t0
        assert await b.bounded(a.ndis.wait_deactivate_complete(vc)) == NdisStatus.SUCCESS
        assert took < b.short / 2, f"reset took {took:.6f} s (sync_timeout {b.short})"
        assert all(not a.ndis.verifier.is_outstanding(x) for x in nbls)
        assert not a.port.halted and a.port.alloc.in_use() == a.start_in_use
        await _reuse_slot(a, vc, slot, vci=101, frames=[_raw(400, 50 + k) for k in range(4)])

#: name -> case, in the order the RTL module runs them.
CASES: dict[str, Callable[[Any], Awaitable[None]]] = {f.__name__: f for f in (
    frames_byte_for_byte, ring_wrap_256, full_tx_ring_sends_pending,
    doorbells_per_batch_when_full, free_ring_empty_no_buffer_then_recovers,
    multi_buffer_pdus_to_65535, coalescing_count_and_timer,
    deactivate_with_descriptors_in_flight, halt_with_a_full_ring, reset_with_a_full_ring,
    rx_dma_error_counted_once, tx_read_error_counted_once,
    bad_vc_and_inactive_vc_complete_through_the_cq, tx_engine_halt_raises_not_hangs,
    reset_revives_a_halted_tx_engine, reset_revives_a_halted_rx_engine,
    deactivate_while_the_rx_engine_is_halted)}
