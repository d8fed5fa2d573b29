"""The taps (class `Bench`): the RTL backend, the bus taps the monitors listen to, the line
loop with the fault injector, and the `DataPort` the miniport driver sees.

Every observation is taken where the bus transaction happens and handed synchronously to
the listeners (the agents' monitors, which write their analysis ports), so the scoreboard
sees register accesses, frames, cells and PDUs in simulation order:

- register accesses: `TapWindow` wraps the `AxiLiteMaster` window; every access is
  published after its response (resp 0 OKAY, 2 SLVERR, ...);
- host TX: a frame is published when its last beat is driven (`tx_complete` of the
  cocotbext-axi frame), i.e. when the core takes it;
- TX completions and host RX PDUs: one collector task per stream (the only consumer of the
  `AxiStreamSink`s); when the miniport driver is attached (`HostPortView`) they are also
  handed to it;
- line: `LineLoopDriver` takes each line TX cell (`CellSink`), publishes it, runs the fault
  hook and puts the result on line RX (`CellSource`); a cell is published as "rx" when its
  last beat is driven, which is when the core takes it (line RX is always ready).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

import cocotb
from cocotb.queue import Queue
from cocotb.simtime import get_sim_time
from cocotbext.axi import AxiStreamFrame
from vcnic.hw import BusError, RxFrame, TxCompletion

from ..cells import CellSink, CellSource
from ..rtl_backend import RtlBackend, tx_frame
from .items import Completion, HostRx, HostTx, LineCellTxn, RegAccess

Listener = Callable[[Any], None]


def now_ns() -> float:
    return float(get_sim_time("ns"))


class TapWindow:
    """`vcnic.hw.RegisterWindow` that publishes every access (`RegAccess`)."""

    def __init__(self, inner, publish: Listener):
        self.inner = inner
        self.publish = publish
        self.irq = getattr(inner, "irq", None)

    async def read(self, addr: int) -> int:
        try:
            v = await self.inner.read(addr)
        except BusError as e:
            self.publish(RegAccess(False, addr, 0, e.resp, now_ns()))
            raise
        self.publish(RegAccess(False, addr, v, 0, now_ns()))
        return v

    async def write(self, addr: int, value: int) -> None:
        value = int(value) & 0xFFFFFFFF
        try:
            await self.inner.write(addr, value)
        except BusError as e:
            self.publish(RegAccess(True, addr, value, e.resp, now_ns()))
            raise
        self.publish(RegAccess(True, addr, value, 0, now_ns()))

    async def wait_irq(self) -> None:
        await self.inner.wait_irq()


class HostPortView:
    """`vcnic.hw.DataPort` for the miniport: sends go through the bench (and are published),
    completions and PDUs come from the bench's collectors."""

    def __init__(self, bench: Bench):
        self.bench = bench
        self.cpl: Queue[TxCompletion] = Queue()
        self.rx: Queue[RxFrame] = Queue()

    async def send(self, vc: int, data: bytes, uu: int = 0, cpi: int = 0, clp: int = 0) -> None:
        await self.bench.send(vc, data, uu, cpi, clp)

    async def flush(self) -> None:
        """Nothing to do: the bench hands each frame over in `send()`."""

    async def tx_completion(self) -> TxCompletion:
        return await self.cpl.get()

    async def receive(self) -> RxFrame:
        return await self.rx.get()

    def rx_pending(self) -> int:
        """PDUs taken from the core and not yet received: in this view's queue or still in
        the host RX sink (the bench's collector moves them here without waiting)."""
        return self.rx.qsize() + self.bench.be.port.rx_pending()


class LineLoopDriver:
    """Line TX -> fault hook -> line RX through Python (CTRL.loopback = 0)."""

    def __init__(self, dut, hook: Callable[[Any], list[bytes]] | None,
                 on_tx: Listener, on_rx: Listener):
        self.sink = CellSink.from_prefix(dut, "m_axis_line_tx")
        self.source = CellSource.from_prefix(dut, "s_axis_line_rx")
        self.hook = hook
        self.on_tx, self.on_rx = on_tx, on_rx
        self.sent = 0       # cells taken from line TX
        self.delivered = 0  # cells taken by line RX
        self.queued = 0     # cells handed to the source
        self._task = cocotb.start_soon(self._run())

    async def _run(self) -> None:
        while True:
            lc = await self.sink.recv_raw()
            self.sent += 1
            self.on_tx(LineCellTxn("tx", lc.raw, lc.time_ns))
            out = self.hook(lc) if self.hook is not None else [lc.raw]
            for raw in out:
                self.put(raw)

    def put(self, raw: bytes) -> None:
        """Put one cell on line RX (after whatever is already queued)."""
        raw = bytes(raw)

        def done(_frame, raw=raw):
            self.delivered += 1
            self.on_rx(LineCellTxn("rx", raw, now_ns()))

        frame = AxiStreamFrame(raw) if raw else AxiStreamFrame(b"\x00", tkeep=[0])
        frame.tx_complete = done
        self.queued += 1
        self.source.source.send_nowait(frame)

    @property
    def idle(self) -> bool:
        """Nothing queued for line RX that the core has not taken."""
        return self.delivered == self.queued

    def stop(self) -> None:
        self._task.cancel()


class Bench:
    """The RTL backend plus taps. Listeners: `on_reg`, `on_host_tx`, `on_cpl`, `on_host_rx`,
    `on_line_tx`, `on_line_rx` (lists of callables)."""

    def __init__(self, dut):
        self.dut = dut
        self.be = RtlBackend(dut)
        # cocotbext-axi logs every access at INFO: far too slow and too big for a regression
        for obj in (self.be.window.master.write_if, self.be.window.master.read_if,
                    self.be.port.tx, self.be.port.txc, self.be.port.rx):
            obj.log.setLevel(logging.WARNING)
        self.params = self.be.params
        self.on_reg: list[Listener] = []
        self.on_host_tx: list[Listener] = []
        self.on_cpl: list[Listener] = []
        self.on_host_rx: list[Listener] = []
        self.on_line_tx: list[Listener] = []
        self.on_line_rx: list[Listener] = []
        self.window = TapWindow(self.be.window, lambda t: self._emit(self.on_reg, t))
        self.view: HostPortView | None = None
        self.loop: LineLoopDriver | None = None
        self.pending_tx = 0  # frames queued on host TX and not yet taken
        self.pending_per_vc: dict[int, int] = {}
        self.cpl_count = 0
        self.rx_count = 0
        self._collectors: list[Any] = []

    @staticmethod
    def _emit(listeners: list[Listener], txn: Any) -> None:
        for f in listeners:
            f(txn)

    # ------------------------------------------------------------------ start
    def start_collectors(self) -> None:
        self._collectors = [cocotb.start_soon(self._collect_cpl()),
                            cocotb.start_soon(self._collect_rx())]

    def start_line(self, hook) -> LineLoopDriver:
        self.loop = LineLoopDriver(self.dut, hook, lambda t: self._emit(self.on_line_tx, t),
                                   lambda t: self._emit(self.on_line_rx, t))
        return self.loop

    def attach_driver_port(self) -> HostPortView:
        self.view = HostPortView(self)
        return self.view

    # ------------------------------------------------------------------ host TX
    async def send(self, vc: int, data: bytes, uu: int = 0, cpi: int = 0, clp: int = 0) -> None:
        frame = tx_frame(vc, data, uu, cpi, clp, self.be.port.shape)
        data = bytes(data)

        def done(_frame):
            self.pending_tx -= 1
            self.pending_per_vc[vc] -= 1
            self._emit(self.on_host_tx, HostTx(vc, data, uu, cpi, clp, now_ns()))

        frame.tx_complete = done
        self.pending_tx += 1
        self.pending_per_vc[vc] = self.pending_per_vc.get(vc, 0) + 1
        await self.be.port.tx.send(frame)

    async def wait_sent(self) -> None:
        await self.be.port.tx.wait()

    # ------------------------------------------------------------------ collectors
    async def _collect_cpl(self) -> None:
        port = self.be.port
        while True:
            c = await port.tx_completion()
            self.cpl_count += 1
            self._emit(self.on_cpl, Completion(c.vc, c.status, now_ns()))
            if self.view is not None:
                self.view.cpl.put_nowait(c)

    async def _collect_rx(self) -> None:
        port = self.be.port
        while True:
            f = await port.receive()
            self.rx_count += 1
            self._emit(self.on_host_rx, HostRx(f.vc, f.data, f.status, f.uu, f.cpi, now_ns()))
            if self.view is not None:
                self.view.rx.put_nowait(f)

    def stop(self) -> None:
        for t in self._collectors:
            t.cancel()
        if self.loop is not None:
            self.loop.stop()
