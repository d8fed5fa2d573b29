"""Shared harness of the driver tests: the driver on the Python NIC model, under asyncio.

`adapter()` opens NDIS + miniport on a fresh `NicModel` (loopback); `CountingWindow` /
`CountingPort` wrap the backend to prove which calls touched hardware.
"""

from __future__ import annotations

import asyncio
import contextlib
from collections import Counter
from types import SimpleNamespace

from scapy.layers.inet import IP, UDP
from vcnic.miniport import Miniport
from vcnic.model import NicModel
from vcnic.ndis import CoCallParameters, NdisLayer, NdisStatus, RecordingClient
from vcnic.regs import ADDRESS

TIMEOUT_S = 20


def run(coro):
    """Run one async test body with a hard timeout (a hang fails, it does not block)."""
    return asyncio.run(asyncio.wait_for(coro, TIMEOUT_S))


class CountingWindow:
    """A RegisterWindow that counts reads/writes per register name and wait_irq calls."""

    def __init__(self, inner):
        self.inner = inner
        self.reads: Counter = Counter()
        self.writes: Counter = Counter()
        self.irq_waits = 0
        self.names = {a: n for n, a in ADDRESS.items()}
        self.id_override: int | None = None
        self.version_override: int | None = None

    async def read(self, addr):
        self.reads[self.names.get(addr, addr)] += 1
        if addr == ADDRESS["ID"] and self.id_override is not None:
            return self.id_override
        if addr == ADDRESS["VERSION"] and self.version_override is not None:
            return self.version_override
        return await self.inner.read(addr)

    async def write(self, addr, value):
        self.writes[self.names.get(addr, addr)] += 1
        await self.inner.write(addr, value)

    async def wait_irq(self):
        self.irq_waits += 1
        await self.inner.wait_irq()

    def reset(self):
        self.reads.clear()
        self.writes.clear()
        self.irq_waits = 0


class CountingPort:
    """A DataPort that counts the frames handed to the hardware."""

    def __init__(self, inner):
        self.inner = inner
        self.sent: list[tuple[int, bytes]] = []

    async def send(self, vc, data, uu=0, cpi=0, clp=0):
        self.sent.append((vc, bytes(data)))
        await self.inner.send(vc, data, uu, cpi, clp)

    async def flush(self):
        await self.inner.flush()

    async def tx_completion(self):
        return await self.inner.tx_completion()

    async def receive(self):
        return await self.inner.receive()

    def rx_pending(self):
        return self.inner.rx_pending()


@contextlib.asynccontextmanager
async def adapter(model: dict | None = None, initialize: bool = True, **miniport_kw):
    nic = NicModel(**(model or {}))
    window, port = CountingWindow(nic.window), CountingPort(nic.port)
    mp = Miniport(window, port, **miniport_kw)
    client = RecordingClient()
    ndis = NdisLayer(mp, client)
    if initialize:
        assert await ndis.initialize() == NdisStatus.SUCCESS, mp.error
    try:
        yield SimpleNamespace(nic=nic, window=window, port=port, mp=mp, ndis=ndis,
                              client=client)
    finally:
        if ndis.initialized:
            await ndis.halt()
        nic.close()


async def open_vc(ndis, vpi=1, vci=100, **params):
    """Create and activate a VC; returns (handle, params)."""
    status, vc = await ndis.co_create_vc()
    assert status == NdisStatus.SUCCESS
    p = CoCallParameters.atm(vpi, vci, **params)
    assert await ndis.cm_activate_vc(vc, p) == NdisStatus.SUCCESS
    return vc, p


def udp(n: int, tag: int = 0) -> IP:
    """An IPv4/UDP packet with an n-byte payload (distinct per tag)."""
    return IP(src="10.0.0.1", dst="10.0.0.2", id=tag) / UDP(sport=1000 + tag, dport=9) / (
        bytes([tag & 0xFF]) * n)


async def settle(ndis, client, vc, n_rx: int, timeout: float = 5.0) -> None:
    """Wait until all sends on vc completed and n_rx frames were indicated on it."""
    await asyncio.wait_for(ndis.wait_sends_complete(vc), timeout)
    loop = asyncio.get_running_loop()
    end = loop.time() + timeout
    while len(client.received.get(vc.number, [])) < n_rx:
        assert loop.time() < end, f"only {len(client.received.get(vc.number, []))} received"
        await asyncio.sleep(0.001)


def test_harness_opens_and_closes_adapter():
    async def body():
        async with adapter() as a:
            assert a.mp.caps.num_vc == 256
            assert a.window.writes["INT_ENABLE"] == 1
            vc, _ = await open_vc(a.ndis)
            assert vc.state.value == "active"

    run(body())
