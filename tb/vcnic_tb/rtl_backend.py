"""The RTL backend: `vcnic.hw.RegisterWindow` and `vcnic.hw.DataPort` on the simulated core.

`RtlBackend(dut)` (dut = `vcnic_harness`, rtl/tb/vcnic_harness.v) gives:

- `.window`: AXI4-Lite register access through cocotbext-axi's `AxiLiteMaster`; SLVERR
  and DECERR raise `vcnic.hw.BusError`; `wait_irq()` awaits one rising edge of `irq` only
  when it is low (an edge watcher, never a per-clock loop).
- `.port`: host TX (`AxiStreamSource` on `s_axis_tx`, `tdest` = VC, `tuser` =
  {CLP, CPI, UU}), TX completions and host RX (`AxiStreamSink` on `m_axis_txc`,
  `m_axis_rx`).
- `.regs`: the generated register model bound to `.window`; `.core`: the register client
  (`vcnic.regs.RegisterClient`: commands, queries, counters) on `.window`.
- `.reset()`, `.start(loopback=...)`, `.monitor_line()` (`CellMonitor` on line TX, ERF
  capture), `.line_loop(fault)` (`LineLoop`: line through Python for fault injection).

Zero-length SDUs (the core's stream contract: one beat with `tkeep == 0`, `tlast == 1`),
as found in cocotbext-axi 0.1.28:

- `AxiStreamSource` silently drops an empty frame: `AxiStreamFrame` defines `__len__`, so
  an empty frame is falsy and `_run`'s `if frame` skips it: no beat, no error, no
  tx_complete (verified on Icarus). We send `AxiStreamFrame(b"\\x00", tkeep=[0])`: one
  byte whose keep bit is 0, which the source puts out as exactly one beat with
  `tkeep = 0` (every lane), `tlast = 1`, tdest/tuser as given.
- `AxiStreamSink` receives a `tkeep == 0` beat as `byte_lanes` bytes with keep 0.
  `recv()` (compact=True) then drops those bytes *and* sets `tdest`/`tuser` to None,
  because compact() rebuilds the side bands from the kept bytes only. So we always
  `recv(compact=False)` and take `tdest` from the first beat, `tuser` from the last beat
  (it is only valid there) and the data bytes whose keep bit is set.

Speed: the clock runs in HDL; cocotbext-axi's stream sources/sinks wake per beat only while
a frame is moving and sleep on a tvalid edge otherwise; in internal loopback the line is
not touched by Python at all (line TX tready is tied high, line RX idle).
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from typing import Any

from cocotb.triggers import ClockCycles, RisingEdge
from cocotbext.axi import (
    AxiLiteBus,
    AxiLiteMaster,
    AxiResp,
    AxiStreamBus,
    AxiStreamFrame,
)
from vcnic.hw import BusError, RxFrame, TxCompletion
from vcnic.regs import RegisterClient, pack, register_map

from .cells import (
    CellMonitor,
    FastAxiStreamSink,
    FastAxiStreamSource,
    FaultHook,
    LineLoop,
    frame_bytes,
)
from .core_io import harness_parameters, rx_tuser_fields, tx_tuser


def _bit(v) -> int | None:
    """0/1 of a single-bit signal value, None when X/Z."""
    try:
        return int(v)
    except ValueError:
        return None



# ------------------------------------------------------------------------------ registers
class AxiLiteWindow:
    """`vcnic.hw.RegisterWindow` over cocotbext-axi's AxiLiteMaster on `s_axil_*`."""

    def __init__(self, dut, clock=None, reset=None):
        self.dut = dut
        self.master = AxiLiteMaster(
            AxiLiteBus.from_prefix(dut, "s_axil"),
            clock if clock is not None else dut.clk,
            reset if reset is not None else dut.rst,
        )
        self.irq = dut.irq
        self.reads = 0
        self.writes = 0

    async def read(self, addr: int) -> int:
        r = await self.master.read(addr, 4)
        self.reads += 1
        if r is None:  # flushed by a reset while in flight
            raise BusError(addr, False, -1)
        if r.resp != AxiResp.OKAY:
            raise BusError(addr, False, int(r.resp))
        return int.from_bytes(r.data, "little")

    async def write(self, addr: int, value: int) -> None:
        r = await self.master.write(addr, (int(value) & 0xFFFFFFFF).to_bytes(4, "little"))
        self.writes += 1
        if r is None:
            raise BusError(addr, True, -1)
        if r.resp != AxiResp.OKAY:
            raise BusError(addr, True, int(r.resp))

    def irq_asserted(self) -> bool:
        return _bit(self.irq.value) == 1

    async def wait_irq(self) -> None:
        if not self.irq_asserted():
            await RisingEdge(self.irq)


# ------------------------------------------------------------------------------ data port
def tx_frame(vc: int, data: bytes, uu: int = 0, cpi: int = 0, clp: int = 0,
             shape: tuple[int, int, int] | None = None, drop_status: int = 0) -> AxiStreamFrame:
    """The host TX frame for one SDU (see the module doc for the zero-length case).

    `shape` = (byte lanes, tdest bits, tuser bits) of the port: then the sideband fields
    hold their value only on the beat where the core samples them (docs/architecture.md,
    Ports: `tdest` on the first beat, `tuser` on the last) and their complement on every
    other beat, so a core that sampled them on another beat would send on the wrong VC or
    with the wrong UU/CPI/CLP. Without it they are held for the whole frame.
    `drop_status` goes to tuser[19:17] (0 on the stream path; the DMA engine's
    TX_BAD_DESC / TX_DMA_ERROR for a frame it failed, docs/dma.md)."""
    if not (0 <= uu <= 0xFF and 0 <= cpi <= 0xFF and clp in (0, 1) and 0 <= drop_status <= 7):
        raise ValueError(f"uu/cpi are bytes, clp a bit and drop_status 3 bits: uu={uu} "
                         f"cpi={cpi} clp={clp} drop_status={drop_status}")
    tuser = tx_tuser(uu, cpi, clp, drop_status)
    if len(data) == 0:
        return AxiStreamFrame(b"\x00", tkeep=[0], tdest=vc, tuser=tuser)
    if shape is None:
        return AxiStreamFrame(bytes(data), tdest=vc, tuser=tuser)
    lanes, dest_w, user_w = shape
    n = len(data)
    last = (n - 1) // lanes
    not_dest, not_user = vc ^ ((1 << dest_w) - 1), tuser ^ ((1 << user_w) - 1)
    dest = [vc if i < lanes else not_dest for i in range(n)]
    user = [tuser if i // lanes == last else not_user for i in range(n)]
    return AxiStreamFrame(bytes(data), tdest=dest, tuser=user)


def rx_frame(frame: AxiStreamFrame) -> RxFrame:
    """Decode a host RX frame received with compact=False."""
    tuser = frame.tuser[-1] if frame.tuser else 0
    vc = frame.tdest[0] if frame.tdest else 0
    status, uu, cpi = rx_tuser_fields(tuser)
    return RxFrame(vc=vc, data=frame_bytes(frame), status=status, uu=uu, cpi=cpi)


def txc_completion(frame: AxiStreamFrame) -> TxCompletion:
    return TxCompletion(vc=frame.tdest[0] if frame.tdest else 0, status=frame.tdata[0] & 0xF)


class AxiStreamPort:
    """`vcnic.hw.DataPort` over cocotbext-axi streams on s_axis_tx, m_axis_txc, m_axis_rx.

    `send()` returns once the frame is queued in the AxiStreamSource; with
    `tx_queue_frames` set it waits while that many frames are already queued (the core's
    own back-pressure then reaches the caller).
    """

    def __init__(self, dut, clock=None, reset=None, *, tx_queue_frames: int | None = None):
        clock = clock if clock is not None else dut.clk
        reset = reset if reset is not None else dut.rst
        self.tx = FastAxiStreamSource(AxiStreamBus.from_prefix(dut, "s_axis_tx"), clock, reset)
        self.txc = FastAxiStreamSink(AxiStreamBus.from_prefix(dut, "m_axis_txc"), clock, reset)
        self.rx = FastAxiStreamSink(AxiStreamBus.from_prefix(dut, "m_axis_rx"), clock, reset)
        #: (byte lanes, tdest bits, tuser bits) of host TX: `tx_frame` drives the sideband
        #: fields only on the beats where the core samples them
        self.shape = (len(dut.s_axis_tx_tdata) // 8, len(dut.s_axis_tx_tdest),
                      len(dut.s_axis_tx_tuser))
        if tx_queue_frames:
            # full() is "occupancy > limit"
            self.tx.queue_occupancy_limit_frames = max(0, tx_queue_frames - 1)
        self.sent = 0
        self.completions = 0
        self.received = 0

    async def flush(self) -> None:
        """Nothing to do: a stream port hands each frame over in `send()`."""

    async def send(self, vc: int, data: bytes, uu: int = 0, cpi: int = 0, clp: int = 0, *,
                   drop_status: int = 0) -> None:
        await self.tx.send(tx_frame(vc, data, uu, cpi, clp, self.shape, drop_status))
        self.sent += 1

    def send_nowait(self, vc: int, data: bytes, uu: int = 0, cpi: int = 0, clp: int = 0, *,
                    drop_status: int = 0) -> None:
        self.tx.send_nowait(tx_frame(vc, data, uu, cpi, clp, self.shape, drop_status))
        self.sent += 1

    async def tx_completion(self) -> TxCompletion:
        c = txc_completion(await self.txc.recv(compact=False))
        self.completions += 1
        return c

    def tx_completion_nowait(self) -> TxCompletion:
        c = txc_completion(self.txc.recv_nowait(compact=False))
        self.completions += 1
        return c

    async def receive(self) -> RxFrame:
        f = rx_frame(await self.rx.recv(compact=False))
        self.received += 1
        return f

    def receive_nowait(self) -> RxFrame:
        f = rx_frame(self.rx.recv_nowait(compact=False))
        self.received += 1
        return f

    def rx_pending(self) -> int:
        """PDUs the host RX sink has taken and `receive()` has not returned yet."""
        return self.rx.count()

    async def wait_sent(self) -> None:
        """Until every queued TX frame has been taken by the core."""
        await self.tx.wait()


# ------------------------------------------------------------------------------ backend
class RtlBackend:
    """Everything a test or the driver needs to talk to the simulated core."""

    def __init__(self, dut, params: Mapping[str, Any] | None = None, *,
                 tx_queue_frames: int | None = None):
        self.dut = dut
        self.clock = dut.clk
        self.params = harness_parameters(dut)
        self.params.update({k.upper(): int(v) for k, v in (params or {}).items()})
        self.data_w = self.params["DATA_W"]
        self.num_vc = self.params["NUM_VC"]
        # Inputs no component drives yet: line RX idle, line TX always ready (a monitor tap
        # in loopback; LineLoop's sink takes tready over when used). rst high until reset().
        dut.rst.value = 1
        dut.m_axis_line_tx_tready.value = 1
        for s in ("tvalid", "tlast", "tdata", "tkeep"):
            getattr(dut, f"s_axis_line_rx_{s}").value = 0
        self.window = self._open_window()
        self.port = self._open_port(tx_queue_frames)
        self.regs = register_map(self.window.read, self.window.write)
        self.core = RegisterClient(self.window)
        self.monitors: list[CellMonitor] = []
        self.loop: LineLoop | None = None

    def _open_window(self):
        """The register window (a subclass may put another bus behind it)."""
        return AxiLiteWindow(self.dut)

    def _open_port(self, tx_queue_frames: int | None):
        """The host data port (a subclass may put other transactors behind it)."""
        return AxiStreamPort(self.dut, tx_queue_frames=tx_queue_frames)

    async def reset(self, cycles: int = 8) -> None:
        """Synchronous reset of the whole harness (rst high for `cycles` clocks)."""
        self.dut.rst.value = 1
        await ClockCycles(self.clock, cycles)
        self.dut.rst.value = 0
        await RisingEdge(self.clock)

    async def start(self, *, loopback: bool = True, enable: bool = True,
                    hec_correct: bool = True, nni: bool = False, reset: bool = True) -> None:
        """Reset (optional) and program CTRL."""
        if reset:
            await self.reset()
        await self.core.write("CTRL", pack("CTRL", enable=int(enable), loopback=int(loopback),
                                           hec_correct=int(hec_correct), nni=int(nni)))

    async def soft_reset(self) -> None:
        """CTRL.soft_reset (the register block keeps its values)."""
        await self.core.set_ctrl(soft_reset=1)

    def monitor_line(self, erf_path: str | os.PathLike[str] | None = None, *,
                     keep: bool = True, callback=None, iface: int = 0) -> CellMonitor:
        """A passive `CellMonitor` on line TX (in loopback: every looped cell).

        It watches the harness's `line_tap_*` (line TX data with the core's real line TX
        handshake): in loopback `m_axis_line_tx_tready` is ignored by the core, so its
        beats can stall while tvalid is high and a monitor on the port would count them
        again each stalled cycle."""
        m = CellMonitor.from_prefix(self.dut, "line_tap", erf_path=erf_path, keep=keep,
                                    callback=callback, iface=iface)
        self.monitors.append(m)
        return m

    def line_loop(self, fault: FaultHook | None = None) -> LineLoop:
        """Line TX -> Python -> line RX (use with CTRL.loopback = 0)."""
        self.loop = LineLoop(self.dut, fault)
        return self.loop

    async def cycles(self, n: int) -> None:
        await ClockCycles(self.clock, n)

    def close(self) -> None:
        for m in self.monitors:
            m.close()
        self.monitors.clear()
        if self.loop is not None:
            self.loop.stop()
            self.loop = None
