"""The NIC harness (rtl/tb/vcnic_nic_harness.v) through `vcnic_tb.dma_backend.DmaBackend`:
the register window reaches both register blocks (core ID at 0x000, DMA_ID at 0x800, the
SLVERR hole between them), the interrupt vectors are idle after reset, and frames go
through the driver's ring manager (`vcnic.miniport.dma.DmaPort`) in loopback: descriptors
and bytes written into host memory by the backdoor, fetched by the NIC over AXI4, looped,
written back into RX buffers and read by the backdoor, byte for byte; also with slow host
memory (latency, throttles) and with an injected read error on a TX buffer (the frame
completes TX_DMA_ERROR, the next one is fine). Launched by tests/test_nic_harness.py.
"""

from __future__ import annotations

import random

import cocotb
from vcnic.hw import BusError
from vcnic.regs import DMA_ID, TxStatusCode, VcParams

from vcnic_tb.dma_backend import DmaBackend

CORE_ID = 0x56434E49


@cocotb.test()
async def register_window(dut):
    """Both register blocks through one window; errors are BusError; vectors idle."""
    be = DmaBackend(dut)
    await be.reset()
    assert await be.window.read(0x000) == CORE_ID
    assert await be.window.read(0x800) == DMA_ID
    assert await be.dma_regs.DMA_ID.read() == DMA_ID
    for addr in (0x200, 0x7FC):
        try:
            await be.window.read(addr)
        except BusError as e:
            assert e.resp == 2, e
        else:
            raise AssertionError(f"read of 0x{addr:X} (no register) answered OKAY")
    try:
        await be.window.read(0x1000)
    except ValueError:
        pass
    else:
        raise AssertionError("an address beyond the 12-bit bus was accepted")
    assert be.irqs.pending() == 0
    assert not be.window.irq_asserted()
    be.check_protocol()


async def _loopback(be: DmaBackend, frames: list[tuple[int, bytes]], vcs: int) -> list:
    """Activate `vcs` VCs in loopback, send `frames` through a DmaPort, return the TX
    completions; every frame must come back intact on its VC."""
    from vcnic.miniport.dma import DmaPort

    await be.start(loopback=True)
    for vc in range(vcs):
        res = await be.core.activate(vc, VcParams(vci=32 + vc, max_sdu=9180))
        assert res == 0, f"ACTIVATE {vc}: {res}"
    port = DmaPort(be.window, be.memory, be.irqs, tx_ring=16, rx_ring=16, rx_buf_size=512,
                   irq_count=1, irq_timer=0)
    await port.start()
    for vc, data in frames:
        await port.send(vc, data)
    await port.flush()
    comps = [await port.tx_completion() for _ in frames]
    got: dict[int, list[bytes]] = {}
    for _ in frames:
        f = await port.receive()
        assert f.status == 0, f
        got.setdefault(f.vc, []).append(bytes(f.data))
    want: dict[int, list[bytes]] = {}
    for vc, data in frames:
        want.setdefault(vc, []).append(data)
    if any(c.status != 0 for c in comps):
        return comps
    assert got == want, "looped frames differ from the frames sent"
    return comps


@cocotb.test()
async def dma_loopback(dut):
    """Frames of 1..3000 bytes on 3 VCs through DmaPort in loopback (multi-buffer RX)."""
    be = DmaBackend(dut)
    rnd = random.Random(cocotb.RANDOM_SEED)
    frames = [(k % 3, rnd.randbytes(n)) for k, n in enumerate((1, 40, 48, 100, 511, 512,
                                                              513, 1500, 3000))]
    comps = await _loopback(be, frames, 3)
    assert [c.status for c in comps] == [0] * len(frames)
    be.check_protocol()
    s = be.faults.stats()
    assert s.rd_bursts > 0 and s.wr_bursts > 0 and s.err_bursts == 0


@cocotb.test()
async def dma_loopback_slow_memory(dut):
    """The same through slow, throttled host memory (read latency 20..60 cycles, write
    response 5..30, every channel throttled 30 %)."""
    be = DmaBackend(dut)
    be.faults.seed(cocotb.RANDOM_SEED or 1)
    be.faults.read_latency(20, 60)
    be.faults.write_latency(5, 30)
    be.faults.backpressure(ar=0.3, aw=0.3, w=0.3, r=0.3, b=0.3)
    rnd = random.Random(cocotb.RANDOM_SEED)
    frames = [(k % 2, rnd.randbytes(n)) for k, n in enumerate((64, 700, 1500, 9, 2100))]
    comps = await _loopback(be, frames, 2)
    assert [c.status for c in comps] == [0] * len(frames)
    be.faults.off()
    be.check_protocol()


@cocotb.test()
async def dma_read_error_on_tx_buffer(dut):
    """A one-shot SLVERR on the first read burst reaching the TX buffers: that frame
    completes TX_DMA_ERROR, the NIC goes on, the next frame loops intact."""
    from vcnic.miniport.dma import DmaPort

    be = DmaBackend(dut)
    await be.start(loopback=True)
    assert await be.core.activate(0, VcParams(vci=40, max_sdu=9180)) == 0
    mem = _Recording(be.memory)
    port = DmaPort(be.window, mem, be.irqs, tx_ring=16, rx_ring=16, rx_buf_size=512,
                   irq_count=1, irq_timer=0)
    await port.start()
    first = b"\x11" * 300
    mem.writes.clear()
    await port.send(0, first)
    # the frame's buffer: the backdoor write of its 300 bytes; its first read burst fails
    buf = next(a for a, n in mem.writes if n == len(first))
    be.faults.inject_error("read", 1, at=buf)
    await port.flush()
    c = await port.tx_completion()
    assert c.status == TxStatusCode.TX_DMA_ERROR, c
    assert be.faults.stats().inj_left == 0
    second = bytes(range(256)) * 2
    await port.send(0, second)
    await port.flush()
    c = await port.tx_completion()
    assert c.status == 0, c
    f = await port.receive()
    assert f.status == 0 and bytes(f.data) == second
    be.check_protocol()


class _Recording:
    """A HostMemory that remembers the (address, length) of every backdoor write."""

    def __init__(self, inner):
        self.inner = inner
        self.base, self.size = inner.base, inner.size
        self.writes: list[tuple[int, int]] = []

    def read(self, addr: int, length: int) -> bytes:
        return self.inner.read(addr, length)

    def write(self, addr: int, data: bytes) -> None:
        self.writes.append((addr, len(data)))
        self.inner.write(addr, data)
