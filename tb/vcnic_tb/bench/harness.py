"""Traffic through the full harness, shared by the harness benchmarks (in the simulator,
vcnic_tb.test_bench_traffic) and by the model run they are compared with: the driver set up
with N VCs, bench_core.v's traffic sent through it, a scoreboard of the SDUs that come back."""

from __future__ import annotations

import random
import time
from collections import deque
from collections.abc import Callable, Mapping
from typing import Any

from vcnic.atm.aal5 import cells_for

from .core_bench import frame_key, frame_len, frame_uu


class LoopbackScoreboard:
    """Expected SDUs per VC index (in order) and completion statuses; `event` is set on
    every completion and receive (a `Runtime` event: cocotb or asyncio)."""

    def __init__(self, event):
        self.expect: dict[int, deque[bytes]] = {}
        self.received = 0
        self.completed = 0
        self.rx_bytes = 0
        self.bad: list[str] = []
        self.event = event

    def sent(self, key: int, sdu: bytes) -> None:
        self.expect.setdefault(key, deque()).append(sdu)

    def got(self, key: int, sdu: bytes, ok: bool = True) -> None:
        q = self.expect.get(key)
        if not ok:
            self.bad.append(f"rx {key}: status not OK")
        elif not q:
            self.bad.append(f"rx {key}: unexpected SDU of {len(sdu)} bytes")
        else:
            exp = q.popleft()
            if exp != sdu:
                self.bad.append(f"rx {key}: SDU of {len(sdu)} bytes differs from the "
                                f"{len(exp)} bytes sent")
        self.received += 1
        self.rx_bytes += len(sdu)
        self.event.set()

    def done(self, ok: bool, what: str = "") -> None:
        self.completed += 1
        if not ok:
            self.bad.append(f"tx completion: {what}")
        self.event.set()

    @property
    def ok(self) -> bool:
        return not self.bad


async def setup_driver(window, port, nvc: int, board: LoopbackScoreboard, *,
                       cycles: Callable[[], int] = lambda: 0):
    """NdisLayer + Miniport on (window, port), loopback; create and activate `nvc` UBR VCs
    (VPI 0, VCI 32 + i, max SDU 9180, null encapsulation). The client feeds `board`
    (VC index = protocol context). Returns (ndis, handles, timing of create+activate)."""
    from vcnic.miniport import Miniport
    from vcnic.ndis import CoCallParameters, CoClient, NdisLayer, NdisStatus

    class Client(CoClient):
        def co_send_net_buffer_lists_complete(self, vc, nbls):
            for nbl in nbls:
                board.done(nbl.status == NdisStatus.SUCCESS, nbl.status.name)

        def co_receive_net_buffer_lists(self, vc, nbls):
            idx = vc.protocol_vc_context
            for nbl in nbls:
                board.got(idx, bytes(nbl.sdu), nbl.status == NdisStatus.SUCCESS)

    mp = Miniport(window, port, loopback=True)
    ndis = NdisLayer(mp, Client())
    st = await ndis.initialize()
    if st != NdisStatus.SUCCESS:
        raise RuntimeError(f"initialize: {st.name} {mp.error}")
    handles = []
    t0, p0, c0 = time.perf_counter(), time.process_time(), cycles()
    for i in range(nvc):
        st, h = await ndis.co_create_vc(i)
        if st != NdisStatus.SUCCESS:
            raise RuntimeError(f"create VC {i}: {st.name}")
        st = await ndis.cm_activate_vc(h, CoCallParameters.atm(0, 32 + i, max_sdu=9180,
                                                                encapsulation=None))
        if st != NdisStatus.SUCCESS:
            raise RuntimeError(f"activate VC {i}: {st.name}")
        handles.append(h)
    timing = {"wall_s": time.perf_counter() - t0, "cpu_s": time.process_time() - p0,
              "cycles": cycles() - c0, "vcs": nvc}
    return ndis, handles, timing


async def drive_traffic(cfg: Mapping[str, Any], board: LoopbackScoreboard, runtime, *, ndis=None,
                        handles=None, port=None, cycles: Callable[[], int] = lambda: 0
                        ) -> dict[str, Any]:
    """Send cfg["frames"] frames, frame j on VC index j mod cfg["vcs"] (bench_core.v's
    traffic: lengths and UU from `frame_key`, data from random.Random(seed)), through the
    driver (`ndis`, `handles`) or straight to `port` (VC number = index; completions and
    PDUs must then be fed to `board` by the caller; `port.flush()`, the DMA port's
    doorbell, after every cfg["batch"] sends (default 1) and before waiting), at most
    cfg["window"] frames not yet
    completed; wait until every frame is completed and received, or until nothing has
    happened for cfg["stall_s"] (default: the runtime's stall timeout, 2 ms simulated under
    cocotb), which the scoreboard records as a failure. Timing of that phase."""
    nvc, frames, seed = int(cfg["vcs"]), int(cfg["frames"]), int(cfg.get("seed", 1))
    fixed = cfg.get("len")
    maxlen = int(cfg.get("maxlen", 9180))
    window = int(cfg.get("window", 256))
    stall = float(cfg.get("stall_s", runtime.default_timeout))
    stalled = False
    rng = random.Random(seed)
    k = [0] * nvc
    nbl_cls = None
    if ndis is not None:
        from vcnic.ndis import NetBufferList as nbl_cls
    batch = max(1, int(cfg.get("batch", 1)))  # port path: sends per flush (doorbell)
    pending = 0
    cells = nbytes = 0
    meter = PythonMeter.start_if_simulating()
    t0, p0, c0 = time.perf_counter(), time.process_time(), cycles()
    for j in range(frames):
        i = j % nvc
        h = frame_key(seed, i, k[i])
        k[i] += 1
        n = frame_len(h, fixed, maxlen)
        sdu = rng.randbytes(n)
        cells += cells_for(n)
        nbytes += n
        board.sent(i, sdu)
        while board.completed <= j - window and not stalled:
            if pending:
                await port.flush()
                pending = 0
            stalled = not await _progress(board, runtime, stall)
        if stalled:
            break
        if ndis is not None:
            ndis.co_send_net_buffer_lists(handles[i], [nbl_cls(sdu, raw=True, uu=frame_uu(h))])
        else:
            await port.send(i, sdu, uu=frame_uu(h))
            pending += 1
            if pending >= batch:
                await port.flush()
                pending = 0
    if pending and not stalled:
        await port.flush()
    while (board.completed < frames or board.received < frames) and not stalled:
        stalled = not await _progress(board, runtime, stall)
    if stalled:
        board.bad.append(f"stalled: no completion or PDU for {stall} s (simulated under "
                         f"cocotb) with {board.completed}/{frames} completed and "
                         f"{board.received}/{frames} received (PDUs dropped? see the "
                         f"NO_BUFFER/OVERSIZE counters)")
    out = {"wall_s": time.perf_counter() - t0, "cpu_s": time.process_time() - p0,
           "cycles": cycles() - c0, "frames": frames, "cells": cells, "bytes": nbytes,
           "received": board.received, "completed": board.completed,
           "rx_bytes": board.rx_bytes, "stalled": stalled}
    if meter is not None:
        out["python_s"], out["python_entries"] = meter.stop(), meter.entries
    return out


class PythonMeter:
    """CPU time spent in Python while the simulator waits: cocotb enters Python from the
    simulator through its GPI triggers (`_react`, under `cocotb._profiling`'s context),
    so a context manager put in that place times every entry (a clock read per entry, no
    per-call cost like cProfile's). What is not in `seconds` of the traffic phase's CPU is
    the simulator's own (the HDL, and VPI work done outside Python calls)."""

    def __init__(self):
        self.seconds = 0.0
        self.entries = 0
        self._t: float | None = None
        self._mod: Any = None
        self._old: Any = None

    @classmethod
    def start_if_simulating(cls) -> PythonMeter | None:
        """A started meter inside a running cocotb simulation, else None (the model)."""
        try:
            import cocotb._gpi_triggers as gpi
            from cocotb import simulator
        except ImportError:  # pragma: no cover
            return None
        if not simulator.is_running() or not hasattr(gpi, "profiling_context"):
            return None
        m = cls()
        m._mod, m._old = gpi, gpi.profiling_context
        gpi.profiling_context = m
        m._t = time.process_time()  # called from Python: this entry counts from now
        return m

    def __enter__(self) -> None:
        self.entries += 1
        self._t = time.process_time()

    def __exit__(self, *exc: object) -> None:
        if self._t is not None:
            self.seconds += time.process_time() - self._t
            self._t = None

    def stop(self) -> float:
        """Stop metering (called from Python: the current entry counts until now)."""
        self.__exit__()
        self._mod.profiling_context = self._old
        return self.seconds


async def _progress(board: LoopbackScoreboard, runtime, timeout: float) -> bool:
    """Wait for the next completion or PDU; False when none came within `timeout`."""
    board.event.clear()
    return await runtime.wait_for(board.event, timeout)


async def adapter_counters(ndis) -> dict[str, Any]:
    """Every adapter-wide counter OID (the model comparison's subject)."""
    from vcnic.ndis import NdisStatus, OidRequest
    from vcnic.scenario import ADAPTER_OIDS

    out: dict[str, Any] = {}
    for oid in ADAPTER_OIDS:
        req = OidRequest(oid)
        st = await ndis.co_oid_request(None, req)
        out[oid.name] = int(req.value) if st == NdisStatus.SUCCESS else st.name
    return out


def model_traffic(cfg: Mapping[str, Any], params: Mapping[str, int]) -> dict[str, Any]:
    """The same driver traffic on the Python model (asyncio; `cfg["host"] == "dma"`: the
    model's DMA host interface under the driver's DmaPort): its adapter counters and
    timing, for the comparison with the RTL run."""
    import asyncio

    from vcnic.model import NicModel
    from vcnic.ndis import AsyncioRuntime

    dma = cfg.get("host") == "dma"

    async def go():
        nic = NicModel(num_vc=params.get("NUM_VC", 256), data_w=params.get("DATA_W", 32),
                       tx_buf_cells=params.get("TX_BUF_CELLS", 1024),
                       rx_buf_cells=params.get("RX_BUF_CELLS", 1024),
                       num_cbr=params.get("NUM_CBR", 16),
                       lookup_ways=params.get("LOOKUP_WAYS", 4),
                       link_rate=params.get("LINK_RATE", 353207),
                       **({"host": "dma"} if dma else {}))
        if dma:  # the driver's own ring manager on the model's host memory
            from vcnic.miniport.dma import DmaPort

            port = DmaPort(nic.window, nic.memory, nic.irqs)
        else:
            port = nic.port
        rt = AsyncioRuntime()
        board = LoopbackScoreboard(rt.event())
        try:
            ndis, handles, setup = await setup_driver(nic.window, port, int(cfg["vcs"]),
                                                      board)
            traffic = await drive_traffic(cfg, board, rt, ndis=ndis, handles=handles)
            counters = await adapter_counters(ndis)
            await ndis.halt()
        finally:
            nic.close()
        return {"setup": setup, "traffic": traffic, "adapter": counters,
                "scoreboard": {"ok": board.ok, "bad": board.bad[:10]}}

    t0, p0 = time.perf_counter(), time.process_time()
    out = asyncio.run(go())
    out["wall_s"], out["cpu_s"] = time.perf_counter() - t0, time.process_time() - p0
    return out


# ------------------------------------------------------------------ what crosses the boundary
#: The doorbell registers (docs/dma.md: one write per batch).
DOORBELLS = ("TX_PROD", "TXCQ_HEAD", "RXF_PROD", "RXCQ_HEAD")


class CountingWindow:
    """A `RegisterWindow` that counts accesses per address (the DMA benchmark's doorbells
    and the register traffic per frame)."""

    def __init__(self, inner):
        self.inner = inner
        self.reset_counts()

    def reset_counts(self) -> None:
        self.reads: dict[int, int] = {}
        self.writes: dict[int, int] = {}
        self.irq_waits = 0

    async def read(self, addr: int) -> int:
        self.reads[addr] = self.reads.get(addr, 0) + 1
        return await self.inner.read(addr)

    async def write(self, addr: int, value: int) -> None:
        self.writes[addr] = self.writes.get(addr, 0) + 1
        await self.inner.write(addr, value)

    async def wait_irq(self) -> None:
        self.irq_waits += 1
        await self.inner.wait_irq()

    def __getattr__(self, name):  # anything else the backend's window offers
        return getattr(self.inner, name)

    def doorbells(self) -> dict[str, int]:
        from vcnic.regs import DMA_ADDRESS

        out = {name: self.writes.get(DMA_ADDRESS[name], 0) for name in DOORBELLS}
        out["total"] = sum(out.values())
        return out

    def counts(self) -> dict[str, int]:
        return {"reads": sum(self.reads.values()), "writes": sum(self.writes.values()),
                "irq_waits": self.irq_waits}


class CountingMemory:
    """A `HostMemory` that counts the driver's backdoor calls and bytes."""

    def __init__(self, inner):
        self.inner = inner
        self.base, self.size = inner.base, inner.size
        self.reset_counts()

    def reset_counts(self) -> None:
        self.n_read = self.n_write = self.b_read = self.b_write = 0

    def read(self, addr: int, length: int) -> bytes:
        self.n_read += 1
        self.b_read += length
        return self.inner.read(addr, length)

    def write(self, addr: int, data: bytes) -> None:
        self.n_write += 1
        self.b_write += len(data)
        self.inner.write(addr, data)

    def __getattr__(self, name):
        return getattr(self.inner, name)

    def counts(self) -> dict[str, int]:
        return {"reads": self.n_read, "read_bytes": self.b_read, "writes": self.n_write,
                "write_bytes": self.b_write}


class CountingVectors:
    """`InterruptVectors` that count the driver's waits per vector."""

    def __init__(self, inner):
        self.inner = inner
        self.reset_counts()

    def reset_counts(self) -> None:
        self.waits: dict[int, int] = {}

    async def wait_vector(self, vector: int) -> None:
        self.waits[vector] = self.waits.get(vector, 0) + 1
        await self.inner.wait_vector(vector)

    def __getattr__(self, name):
        return getattr(self.inner, name)

    def counts(self) -> dict[str, int]:
        return {str(k): v for k, v in sorted(self.waits.items())}


def profile_stats(prof, top: int = 30) -> list[dict[str, Any]]:
    """The `top` functions of a cProfile run by own time: where the Python time goes."""
    import pstats

    st = pstats.Stats(prof)
    rows = []
    for (file, line, fn), (cc, nc, tt, ct, _callers) in st.stats.items():  # type: ignore[attr-defined]
        where = "/".join(file.split("/")[-2:])
        rows.append({"function": f"{where}:{line}({fn})", "calls": nc, "primitive_calls": cc,
                     "own_s": tt, "cum_s": ct})
    rows.sort(key=lambda r: r["own_s"], reverse=True)
    return rows[:top]
