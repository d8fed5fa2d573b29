"""`NicModel`: the whole vcnic NIC at transaction level, with no clock.

Exposes the interfaces the driver uses (`.window`: a `vcnic.hw.RegisterWindow`; with
`host="stream"` `.port`: a `vcnic.hw.DataPort` on the core's host streams; with
`host="dma"` `.memory`: a `vcnic.hw.HostMemory` and the DMA engine between it and the
core, docs/dma.md; `.irqs`: `vcnic.hw.InterruptVectors`) and a line interface
(`line_tx` callback, `line_rx()`), so a fault injector can sit between line TX and line
RX. See docs/model.md.
"""

from __future__ import annotations

import asyncio
from collections import deque
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from vcnic.atm.aal5 import MAX_SDU, cells_for
from vcnic.atm.cell import CELL_BYTES, Cell, hec
from vcnic.hw import BusError, RxFrame, TxCompletion
from vcnic.regs import (
    DMA_BASE,
    AalType,
    ServiceCategory,
    VcOpcode,
    VcResult,
    VcState,
)

from . import dma as _dma
from .host_memory import ModelHostMemory
from .lookup import LookupStatus, VcLookup
from .regfile import ADDR_SPACE, BY_ADDR, DECERR, REGS, SLVERR, RegInfo, pack
from .rx import RxEngine
from .tx import TxEngine, TxFrame
from .vc_table import GLOBAL_COUNTERS, VC_COUNTERS, Counters, VcConfig, VcEntry, params_valid

__all__ = [
    "LineCell",
    "LineFault",
    "ModelDataPort",
    "ModelInterruptVectors",
    "ModelRegisterWindow",
    "NicModel",
]


@dataclass(frozen=True)
class LineCell:
    """A cell leaving line TX: its 53 bytes, its slot and that slot's time at LINK_RATE."""

    raw: bytes
    slot: int
    time_ns: float

    @property
    def hec_ok(self) -> bool:
        return len(self.raw) == CELL_BYTES and hec(self.raw[:4]) == self.raw[4]


#: A fault hook: gets each `LineCell`, returns the cells for line RX (empty = drop) or None.
LineFault = Callable[[LineCell], "Iterable[Cell | bytes] | None"]

_PULSES = ("soft_reset", "snapshot")  # CTRL singlepulse fields: read back 0
_Q_REGS = (
    "VC_Q_STATE",
    "VC_Q_VPIVCI",
    "VC_Q_PARAM",
    "VC_Q_MAX_SDU",
    "VC_Q_INC",
)


def _rebind(q: asyncio.Queue) -> asyncio.Queue:
    """The same items in a queue not yet bound to any event loop."""
    new: asyncio.Queue = asyncio.Queue()
    while not q.empty():
        new.put_nowait(q.get_nowait())
    return new


class NicModel:
    """The vcnic NIC. Constructor arguments mirror the `vcnic_core` parameters and, with
    `host="dma"`, the `vcnic_nic` ones (AXI_DATA_W, AXI_ADDR_W, MAX_BURST,
    MAX_RING_LOG2); `memory` is the host memory (a fresh `ModelHostMemory` if None)."""

    def __init__(
        self,
        num_vc: int = 256,
        data_w: int = 32,
        tx_buf_cells: int = 1024,
        rx_buf_cells: int = 1024,
        num_cbr: int = 16,
        lookup_ways: int = 4,
        link_rate: int = 353207,
        host: str = "stream",
        memory: ModelHostMemory | None = None,
        axi_data_w: int = 64,
        axi_addr_w: int = 64,
        max_burst: int = 16,
        max_ring_log2: int = 12,
    ) -> None:
        if host not in ("stream", "dma"):
            raise ValueError(f"host must be 'stream' or 'dma', got {host!r}")
        caps = REGS["CAP_VC"].fields, REGS["CAP_BUF"].fields
        if data_w not in (32, 64):
            raise ValueError(f"data_w must be 32 or 64 (a divisor of 384), got {data_w}")
        for name, value, f in (
            ("num_vc", num_vc, caps[0]["num_vc"]),
            ("num_cbr", num_cbr, caps[0]["cbr_slots"]),
            ("tx_buf_cells", tx_buf_cells, caps[1]["tx_buf_cells"]),
            ("rx_buf_cells", rx_buf_cells, caps[1]["rx_buf_cells"]),
        ):
            if not 1 <= value < (1 << f.width):
                raise ValueError(f"{name}={value} does not fit its capability field")
        if not 0 < link_rate < (1 << 32):
            raise ValueError(f"link_rate={link_rate} out of range")
        self.num_vc, self.data_w, self.num_cbr = num_vc, data_w, num_cbr
        self.tx_buf_cells, self.rx_buf_cells = tx_buf_cells, rx_buf_cells
        self.lookup_ways, self.link_rate = lookup_ways, link_rate

        self.lookup = VcLookup(num_vc, lookup_ways)
        self.entries = [VcEntry() for _ in range(num_vc)]
        self.counters = Counters(GLOBAL_COUNTERS)
        self.tx = TxEngine(self, num_vc, tx_buf_cells, num_cbr)
        self.rx = RxEngine(self, num_vc, rx_buf_cells)
        # software-visible storage of the register block (survives soft reset)
        self._store = {r.name: r.reset for r in REGS.values() if r.writable}
        self._reset_core_regs()

        #: Called with every 53-byte cell leaving line TX (also in loopback, as the
        #: monitor tap). `slot` is that cell's slot number during the call.
        self.line_tx: Callable[[bytes], None] | None = None

        self._completions: asyncio.Queue[TxCompletion] = asyncio.Queue()
        self._host_rx: asyncio.Queue[RxFrame] = asyncio.Queue()
        self._host_tx: deque[tuple[TxFrame, asyncio.Future | None]] = deque()  # s_axis_tx
        self._loop: asyncio.AbstractEventLoop | None = None
        self._error: BaseException | None = None
        self._task: asyncio.Task | None = None
        self.host = host
        #: The DMA engine (host="dma") between the core's host streams and `memory`.
        self.dma: _dma.DmaEngine | None = None
        self.memory: ModelHostMemory | None = None
        if host == "dma":
            self.memory = memory if memory is not None else ModelHostMemory()
            self.dma = _dma.DmaEngine(
                self, self.memory, axi_data_w, axi_addr_w, max_burst, max_ring_log2
            )
            self.rx.manual = True  # the DMA engine takes PDUs from host RX (rx_pull)
        self._addr_space = 2 * DMA_BASE if host == "dma" else ADDR_SPACE
        self.window = ModelRegisterWindow(self)
        self.irqs = ModelInterruptVectors(self)
        #: The core's host streams as a DataPort (host="stream" only: with DMA the
        #: driver reaches them through rings in `memory`).
        self.port = ModelDataPort(self) if host == "stream" else None

    # ================================================================== state helpers
    def _reset_core_regs(self) -> None:
        self._snap = Counters(GLOBAL_COUNTERS).registers()  # latched global counters
        self._q = dict.fromkeys(_Q_REGS, 0) | Counters(VC_COUNTERS).registers()  # QUERY
        self._cmd_busy = False
        self._cmd_result = int(VcResult.OK)
        self._deact: int | None = None
        self._modify: tuple[int, VcConfig] | None = None

    def _ctrl(self, name: str) -> int:
        return REGS["CTRL"].f(name).get(self._store["CTRL"])

    @property
    def enable(self) -> bool:
        return bool(self._ctrl("enable"))

    @property
    def loopback(self) -> bool:
        return bool(self._ctrl("loopback"))

    @property
    def hec_correct(self) -> bool:
        return bool(self._ctrl("hec_correct"))

    @property
    def nni(self) -> bool:
        return bool(self._ctrl("nni"))

    @property
    def irq(self) -> bool:
        """The interrupt line: |(INT_STATUS & INT_ENABLE)."""
        return bool(self._store["INT_STATUS"] & self._store["INT_ENABLE"])

    @property
    def slot(self) -> int:
        """The TX virtual slot clock (inside a `line_tx` call: the slot of that cell)."""
        return self.tx.slot

    @property
    def cmd_busy(self) -> bool:
        return self._cmd_busy

    def live_counter(self, name: str) -> int:
        """A global counter's live value (the register shows the last snapshot)."""
        return self.counters[name]

    def vc_state(self, vc: int) -> VcState:
        return VcState(self.entries[vc].state)

    def int_set(self, name: str) -> None:
        self._store["INT_STATUS"] |= REGS["INT_STATUS"].f(name).mask
        self._update_irq()

    def vector(self, v: int) -> bool:
        """Level of interrupt vector v: 0 the core's irq, 1 TX CQ, 2 RX CQ, 3 DMA error."""
        if v == 0:
            return self.irq
        if v not in (1, 2, 3):
            raise ValueError(f"vector must be 0..3, got {v!r}")
        return self.dma is not None and self.dma.vector(v)

    def _update_irq(self) -> None:
        if self._loop is not None:
            for v, ev in enumerate(self._vec_events):
                if self.vector(v):
                    ev.set()
                else:
                    ev.clear()

    # ================================================================== asyncio plumbing
    def _ensure_running(self) -> None:
        """Bind to the running event loop and start the transmitter task (once per loop)."""
        loop = asyncio.get_running_loop()
        if self._error is not None:
            err, self._error = self._error, None
            raise RuntimeError("the model's transmitter stopped on an exception") from err
        if self._loop is not loop:
            self._loop = loop
            self._vec_events = [asyncio.Event() for _ in range(4)]
            self._irq_event = self._vec_events[0]
            self._tx_wake = asyncio.Event()
            self._task = None
            self._completions = _rebind(self._completions)
            self._host_rx = _rebind(self._host_rx)
            self._update_irq()
        if self._task is None or self._task.done():
            self._task = loop.create_task(self._tx_loop(), name="vcnic-model-tx")

    def _wake_tx(self) -> None:
        if self._loop is not None:
            self._tx_wake.set()

    async def _tx_loop(self) -> None:
        try:
            while True:
                if self.tx.step():
                    self._progress()
                    await asyncio.sleep(0)
                elif self.dma is not None and self.dma.jump_to_deadline():
                    await asyncio.sleep(0)  # idle: a coalescing timer expired
                else:
                    self._tx_wake.clear()
                    await self._tx_wake.wait()
        except Exception as e:  # e.g. from a line_tx callback: raised by the next call
            self._error = e

    async def wait_tx_idle(self) -> None:
        """Return once the transmitter has nothing it can send (all queues empty, or
        CTRL.enable = 0)."""
        self._ensure_running()
        while self.tx.can_send():
            self._wake_tx()
            await asyncio.sleep(0)
            self._ensure_running()  # raises if the transmitter died

    def close(self) -> None:
        """Stop the transmitter task."""
        if self._task is not None:
            self._task.cancel()
            self._task = None

    # ================================================================== line interface
    def line_rx(self, cell: bytes) -> None:
        """A cell (53 bytes; anything else counts HEC_DISCARDED) from the external line.
        Ignored, uncounted, when CTRL.enable = 0 or in loopback."""
        if not self.enable or self.loopback:
            return
        self.rx.cell_in(bytes(cell))
        self._progress()

    def line_loop(self, fault: LineFault | None = None) -> None:
        """Join line TX to line RX through Python (use with CTRL.loopback = 0): every cell
        leaving line TX goes to `fault` (a `LineCell`), which returns the cells to put on
        line RX instead (`Cell`s or raw bytes of any length; empty = drop the cell) or None
        to pass it unchanged. Synchronous: the cells reach line RX before the next slot.
        Replaces `line_tx`; `line_loop(None)` passes every cell unchanged."""

        def hook(raw: bytes) -> None:
            out = None
            if fault is not None:
                out = fault(LineCell(raw, self.slot, self.slot * 1e9 / self.link_rate))
            for c in [raw] if out is None else out:
                self.line_rx(c.to_bytes() if isinstance(c, Cell) else bytes(c))

        self.line_tx = hook

    def emit(self, cell: bytes) -> None:
        if self.line_tx is not None:
            self.line_tx(cell)
        if self.loopback:
            self.rx.cell_in(cell)

    def stall_rx(self, stalled: bool = True) -> None:
        """Host RX not ready (True): finished PDUs stay in the core holding RX buffer
        cells; False delivers them, in order."""
        self.rx.set_stall(bool(stalled))
        self._progress()

    def manual_rx(self, on: bool = True) -> None:
        """Host RX taken by hand (True): finished PDUs wait in the core holding their RX
        buffer cells (and keep a DEACTIVATE of their VC busy) until `take_rx()`. For a
        testbench that runs the model beside a core: it calls `take_rx()` when the core's
        host RX port has taken a PDU, which is when the core frees the PDU's cells.
        False: back to an always-ready host port (held PDUs go out now unless stalled).
        Not with host="dma": the DMA engine is the host port."""
        if self.dma is not None:
            raise ValueError("manual_rx: with host='dma' the DMA engine takes host RX")
        self.rx.manual = bool(on)
        self.rx.set_stall(self.rx.stalled)
        self._progress()

    def take_rx(self) -> RxFrame | None:
        """With `manual_rx`: host RX takes the oldest finished PDU (None if there is none);
        its cells are free for the next cell that arrives."""
        if self.dma is not None:
            raise ValueError("take_rx: with host='dma' the DMA engine takes host RX")
        frame = self.rx.take()
        if frame is not None:
            self._progress()  # a DEACTIVATE waiting for this VC's PDUs may finish
        return frame

    def advance_slots(self, n: int) -> None:
        """Let n cell slots pass on an idle line (only GCRA eligibility notices)."""
        if n < 0:
            raise ValueError("n must be >= 0")
        self.tx.slot += n
        self._wake_tx()

    # ================================================================== data path glue
    def post_completion(self, vc: int, status: int) -> None:
        if vc < self.num_vc:
            self.entries[vc].last_tx_status = status
        if self.dma is not None:
            self.dma.core_tx_completion(vc, int(status))
        else:
            self._completions.put_nowait(TxCompletion(vc, int(status)))
        self.int_set("tx_cpl")

    def take_rx_internal(self) -> RxFrame | None:
        """The DMA engine takes the oldest finished PDU from host RX."""
        return self.rx.take()

    def tx_can_take(self, vc: int, length: int) -> bool:
        """Would the core take a frame of `length` bytes for `vc` from host TX now (it
        fits in the TX buffer, or ingest drops it)?"""
        return self.tx.check(vc, length) is not None or self.tx.free >= cells_for(length)

    def tx_ingest(self, frame: TxFrame, drop_status: int = 0) -> None:
        """The core takes `frame` from host TX; `drop_status` is the stream's tuser[19:17]
        (a `TxStatusCode` the core drops the frame with, 0 = none; docs/dma.md)."""
        # the drop status wins over every other reason (docs/dma.md, tx.py ingest)
        status = self.tx.check(frame.vc, len(frame.sdu), drop_status)
        if status is None:
            self.tx.accept(frame)
            self._wake_tx()
        else:
            self.tx.drop(frame.vc, status)

    def host_rx_put(self, frame: RxFrame) -> None:
        self._host_rx.put_nowait(frame)

    def _host_tx_put(
        self, vc: int, data: bytes, uu: int, cpi: int, clp: int, drop_status: int = 0
    ) -> asyncio.Future | None:
        if self.dma is not None:
            raise ValueError("with host='dma' host TX is fed from the TX ring, not send()")
        if not isinstance(vc, int) or vc < 0:
            raise ValueError(f"vc must be a non-negative int, got {vc!r}")
        if len(data) > MAX_SDU:
            raise ValueError(f"an SDU is at most {MAX_SDU} bytes, got {len(data)}")
        for name, v, hi in (("uu", uu, 0xFF), ("cpi", cpi, 0xFF), ("clp", clp, 1),
                            ("drop_status", drop_status, 7)):
            if not isinstance(v, int) or not 0 <= v <= hi:
                raise ValueError(f"{name}={v!r} out of range 0..{hi}")
        fut = None
        try:
            self._ensure_running()
            fut = self._loop.create_future()
        except RuntimeError:  # no running loop: queued, taken once a loop runs the model
            pass
        frame = TxFrame(vc, bytes(data), uu, cpi, clp, drop_status=drop_status)
        self._host_tx.append((frame, fut))
        self._ingest()
        return fut

    def _ingest(self) -> None:
        """Take frames from the host TX stream, in order, while the head can be taken.

        The VC checks come first (a dropped frame needs no buffer); an accepted frame
        waits at the head of the stream until its cells fit in the TX buffer
        (back-pressure) and is checked again when it fits. With DMA the stream's source
        is the TX ring (`DmaEngine.tx_feed`)."""
        if self.dma is not None:
            self.dma.tx_feed()
            return
        while self._host_tx:
            frame, fut = self._host_tx[0]
            status = self.tx.check(frame.vc, len(frame.sdu), frame.drop_status)
            if status is None and self.tx.free < frame.ncells:
                return
            self._host_tx.popleft()
            if status is None:
                self.tx.accept(frame)
                self._wake_tx()
            else:
                self.tx.drop(frame.vc, status)
            if fut is not None and not fut.done():
                fut.set_result(None)

    async def _send(
        self, vc: int, data: bytes, uu: int, cpi: int, clp: int, drop_status: int = 0
    ) -> None:
        fut = self._host_tx_put(vc, data, uu, cpi, clp, drop_status)
        await asyncio.sleep(0)
        if fut is not None:
            await fut

    async def wait_sent(self) -> None:
        """Until the core has taken every frame sent on host TX."""
        self._ensure_running()
        while self._host_tx:
            fut = self._host_tx[-1][1]
            if fut is None:
                fut = self._loop.create_future()
                self._host_tx[-1] = (self._host_tx[-1][0], fut)
            await asyncio.shield(fut)

    # ================================================================== progress
    def _progress(self) -> None:
        """Advance whatever waits on the data path: TX buffer space, host RX (DMA),
        coalescing timers, DEACTIVATE."""
        self._ingest()
        if self.dma is not None:
            self.dma.rx_pull()
            self.dma.tick()
        vc = self._deact
        if vc is None:
            return
        if self.tx.txq[vc]:
            return  # the PDU in flight has not finished
        # loopback: no cell is ever pending in the model's RX pipeline. RX closes: the
        # partial PDU is freed (RX_ABORTED) and later cells of the VC are UNKNOWN_VC.
        self.rx.close(vc)
        if self.rx.held_per_vc[vc]:
            return  # PDUs of the VC still wait for host RX
        entry = self.entries[vc]
        self.lookup.remove(entry.cfg.vpi, entry.cfg.vci)
        self.tx.close(vc)
        entry.state = VcState.INACTIVE
        self._deact = None
        self._cmd_finish(VcResult.OK)

    def tx_pdu_boundary(self, vc: int) -> None:
        if self._modify is not None and self._modify[0] == vc:
            _, cfg = self._modify
            self._modify = None
            self._apply_modify(vc, cfg)
            self._cmd_finish(VcResult.OK)

    # ================================================================== registers
    def _decode(self, addr: int, write: bool) -> RegInfo:
        if not isinstance(addr, int) or not 0 <= addr < self._addr_space:
            raise BusError(addr if isinstance(addr, int) else -1, write, DECERR)
        if addr >= DMA_BASE:
            return _dma.decode(addr, write)
        reg = BY_ADDR.get(addr & ~3) if addr < ADDR_SPACE else None  # {addr[8:2], 2'b0}
        if reg is None or (write and not reg.writable):
            raise BusError(addr, write, SLVERR)
        return reg

    def read_reg(self, addr: int) -> int:
        """Synchronous register read (the window's `read` without the bus yield)."""
        reg = self._decode(addr, write=False)
        if reg.address >= DMA_BASE:
            return self.dma.read_reg(reg)
        n = reg.name
        if n == "VC_CMD":
            return pack(
                "VC_CMD",
                opcode=REGS["VC_CMD"].f("opcode").get(self._store[n]),
                busy=int(self._cmd_busy),
                result=self._cmd_result,
            )
        if n in self._store:
            return self._store[n]
        if n in self._snap:
            return self._snap[n]
        if n in self._q:
            return self._q[n]
        if n == "STATUS":
            return pack("STATUS", rx_free=self.rx.free, tx_free=self.tx.free)
        if n == "CAP_VC":
            return pack(
                "CAP_VC",
                num_vc=self.num_vc,
                vpi_bits=12 if self.nni else 8,
                vci_bits=16,
                cbr_slots=self.num_cbr,
            )
        if n == "CAP_BUF":
            return pack("CAP_BUF", rx_buf_cells=self.rx_buf_cells, tx_buf_cells=self.tx_buf_cells)
        if n == "CAP_DP":
            return pack(
                "CAP_DP",
                data_width=self.data_w,
                aal_types=int(AalType.AAL5),
                service_cats=int(ServiceCategory.CBR) | int(ServiceCategory.UBR),
            )
        if n == "LINK_RATE":
            return pack("LINK_RATE", cells_per_s=self.link_rate)
        return reg.reset  # constants (ID, VERSION)

    def write_reg(self, addr: int, value: int) -> None:
        """Synchronous register write (the window's `write` without the bus yield)."""
        reg = self._decode(addr, write=True)
        value = int(value) & 0xFFFFFFFF
        if reg.address >= DMA_BASE:
            self.dma.write_reg(reg, value)
            self._progress()
            self._wake_tx()
            return
        n = reg.name
        if n == "INT_STATUS":  # write 1 to clear
            self._store[n] &= ~(value & reg.write_mask)
            self._update_irq()
        elif n == "CTRL":
            pulses = {p: bool(value & reg.f(p).mask) for p in _PULSES}
            stored = value & reg.write_mask
            for p in _PULSES:
                stored &= ~reg.f(p).mask
            self._store[n] = stored
            if pulses["snapshot"]:
                self._snap = self.counters.registers()
            if pulses["soft_reset"]:
                self._soft_reset()
            self._wake_tx()
            self._progress()
        elif n == "VC_CMD":
            self._store[n] = value & reg.write_mask
            self._command(reg.f("opcode").get(value))
        else:
            self._store[n] = value & reg.write_mask
            if n == "INT_ENABLE":
                self._update_irq()

    def _soft_reset(self) -> None:
        """CTRL.soft_reset: everything but the register block back to reset."""
        self.lookup.clear()
        for e in self.entries:
            e.clear()
        self.counters.zero()
        self.tx.reset()
        self.rx.reset()
        self._reset_core_regs()

    # ================================================================== commands
    def _cmd_finish(self, result: VcResult) -> None:
        self._cmd_busy = False
        self._cmd_result = int(result)
        self.int_set("cmd_done")

    def _window_cfg(self) -> VcConfig:
        s = self._store
        return VcConfig.from_window(s["VC_VPIVCI"], s["VC_PARAM"], s["VC_MAX_SDU"], s["VC_PCR_INC"])

    def _valid(self, cfg: VcConfig) -> bool:
        return params_valid(cfg, self.nni, self.tx_buf_cells, self.rx_buf_cells)

    def _command(self, opcode: int) -> None:
        if self._cmd_busy:
            self.int_set("cmd_overrun")
            return
        try:
            op = VcOpcode(opcode)
        except ValueError:
            self._cmd_finish(VcResult.BAD_OPCODE)
            return
        if op == VcOpcode.NOP:
            self._cmd_finish(VcResult.OK)
            return
        vc = REGS["VC_SELECT"].f("vc").get(self._store["VC_SELECT"])
        if vc >= self.num_vc:
            self._cmd_finish(VcResult.BAD_VC)
            return
        handler = {
            VcOpcode.ACTIVATE: self._cmd_activate,
            VcOpcode.MODIFY: self._cmd_modify,
            VcOpcode.DEACTIVATE: self._cmd_deactivate,
            VcOpcode.CLEAR: self._cmd_clear,
            VcOpcode.QUERY: self._cmd_query,
        }[op]
        result = handler(vc)
        if result is not None:
            self._cmd_finish(result)

    def _cmd_activate(self, vc: int) -> VcResult | None:
        entry = self.entries[vc]
        if entry.state != VcState.INACTIVE:
            return VcResult.BAD_STATE
        cfg = self._window_cfg()
        if not self._valid(cfg):
            return VcResult.BAD_PARAM
        probe = self.lookup.probe(cfg.vpi, cfg.vci)
        if probe is LookupStatus.DUPLICATE:
            return VcResult.DUPLICATE
        if cfg.is_cbr and self.tx.cbr_free_slots() == 0:
            return VcResult.NO_RESOURCES
        if probe is LookupStatus.FULL:
            return VcResult.NO_RESOURCES
        self.lookup.insert(cfg.vpi, cfg.vci, vc)
        entry.cfg = cfg
        self.rx.open(vc)  # RX context reset
        self.tx.open(vc)
        entry.state = VcState.ACTIVE
        return VcResult.OK

    def _cmd_modify(self, vc: int) -> VcResult | None:
        entry = self.entries[vc]
        if entry.state != VcState.ACTIVE:
            return VcResult.BAD_STATE
        cfg = self._window_cfg()
        if not self._valid(cfg) or (cfg.vpi, cfg.vci) != (entry.cfg.vpi, entry.cfg.vci):
            return VcResult.BAD_PARAM
        if cfg.is_cbr and not entry.cfg.is_cbr and self.tx.cbr_free_slots() == 0:
            return VcResult.NO_RESOURCES
        if self.tx.in_flight(vc):  # busy until the VC's TX is between PDUs
            self._cmd_busy = True
            self._modify = (vc, cfg)
            return None
        self._apply_modify(vc, cfg)
        return VcResult.OK

    def _apply_modify(self, vc: int, cfg: VcConfig) -> None:
        entry = self.entries[vc]
        was_cbr = entry.cfg.is_cbr
        entry.cfg = cfg
        self.tx.retune(vc, was_cbr)
        self._wake_tx()

    def _cmd_deactivate(self, vc: int) -> VcResult | None:
        entry = self.entries[vc]
        if entry.state != VcState.ACTIVE:
            return VcResult.BAD_STATE
        entry.state = VcState.DEACTIVATING
        self._cmd_busy = True
        self._deact = vc
        self.tx.flush(vc)
        self._progress()  # may finish at once
        return None

    def _cmd_clear(self, vc: int) -> VcResult | None:
        entry = self.entries[vc]
        if entry.state != VcState.INACTIVE:
            return VcResult.BAD_STATE
        entry.clear()
        self.rx.abort_silently(vc)
        self.tx.clear(vc)
        return VcResult.OK

    def _cmd_query(self, vc: int) -> VcResult | None:
        e = self.entries[vc]
        self._q["VC_Q_STATE"] = pack(
            "VC_Q_STATE",
            state=e.state,
            last_rx_status=e.last_rx_status,
            last_tx_status=e.last_tx_status,
            tx_queued=self.tx.queued(vc),
        )
        self._q["VC_Q_VPIVCI"] = e.cfg.q_vpivci()
        self._q["VC_Q_PARAM"] = e.cfg.q_param()
        self._q["VC_Q_MAX_SDU"] = pack("VC_Q_MAX_SDU", max_sdu=e.cfg.max_sdu)
        self._q["VC_Q_INC"] = pack("VC_Q_INC", value=e.cfg.inc)
        self._q.update(e.counters.registers())
        return VcResult.OK


class ModelRegisterWindow:
    """`vcnic.hw.RegisterWindow` on a `NicModel`. Every access yields to the event loop
    once (a bus transaction takes time), so a driver polling VC_CMD.busy lets the
    model's transmitter run."""

    def __init__(self, nic: NicModel) -> None:
        self._nic = nic

    async def read(self, addr: int) -> int:
        self._nic._ensure_running()
        await asyncio.sleep(0)
        return self._nic.read_reg(addr)

    async def write(self, addr: int, value: int) -> None:
        self._nic._ensure_running()
        await asyncio.sleep(0)
        self._nic.write_reg(addr, value)

    async def wait_irq(self) -> None:
        nic = self._nic
        nic._ensure_running()
        while not nic.irq:
            await nic._irq_event.wait()


class ModelInterruptVectors:
    """`vcnic.hw.InterruptVectors` on a `NicModel`: 0 the core's irq, 1 TX CQ, 2 RX CQ,
    3 DMA error (levels: status AND enable)."""

    def __init__(self, nic: NicModel) -> None:
        self._nic = nic

    def level(self, vector: int) -> bool:
        return self._nic.vector(vector)

    async def wait_vector(self, vector: int) -> None:
        nic = self._nic
        nic._ensure_running()
        while not nic.vector(vector):
            await nic._vec_events[vector].wait()


class ModelDataPort:
    """`vcnic.hw.DataPort` on a `NicModel`: host TX, TX completions, host RX."""

    def __init__(self, nic: NicModel) -> None:
        self._nic = nic

    async def flush(self) -> None:
        """Nothing to do: a stream port hands each frame over in `send()`."""

    async def send(
        self, vc: int, data: bytes, uu: int = 0, cpi: int = 0, clp: int = 0, *,
        drop_status: int = 0,
    ) -> None:
        """`drop_status`: host TX tuser[19:17] (the DMA engine's TX_BAD_DESC/TX_DMA_ERROR)."""
        await self._nic._send(vc, data, uu, cpi, clp, drop_status)

    def send_nowait(
        self, vc: int, data: bytes, uu: int = 0, cpi: int = 0, clp: int = 0, *,
        drop_status: int = 0,
    ) -> None:
        """Queue a frame on host TX without waiting for the core to take it."""
        self._nic._host_tx_put(vc, data, uu, cpi, clp, drop_status)

    async def wait_sent(self) -> None:
        """Until the core has taken every frame queued on host TX."""
        await self._nic.wait_sent()

    async def tx_completion(self) -> TxCompletion:
        self._nic._ensure_running()
        return await self._nic._completions.get()

    def tx_completion_nowait(self) -> TxCompletion:
        """The next completion; raises asyncio.QueueEmpty if there is none."""
        return self._nic._completions.get_nowait()

    async def receive(self) -> RxFrame:
        self._nic._ensure_running()
        return await self._nic._host_rx.get()

    def receive_nowait(self) -> RxFrame:
        """The next PDU on host RX; raises asyncio.QueueEmpty if there is none."""
        return self._nic._host_rx.get_nowait()

    def completions_pending(self) -> int:
        """TX completions posted and not yet taken."""
        return self._nic._completions.qsize()

    def rx_pending(self) -> int:
        """PDUs delivered to host RX and not yet taken (stalled ones not included)."""
        return self._nic._host_rx.qsize()
