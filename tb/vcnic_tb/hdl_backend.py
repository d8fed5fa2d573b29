"""The RTL backend with Python off the per-beat path: a `vcnic.hw.DataPort` on HDL transactors.

`HdlBackend(dut)` (dut = `hdl_harness`, rtl/tb/hdl_harness.v) is `RtlBackend` with the host
streams carried by the HDL transactors of rtl/tb/hdl_stream.v instead of cocotbext-axi
(the co-emulation pattern of Accellera SCE-MI: whole frames cross the language boundary,
beats never do):

- host TX (`HdlPort.send`): the SDU is written into the source's chunk memory (one VPI
  write per 256 bytes) and one descriptor {length, first chunk, VC, tuser}; one pointer
  write posts it. The HDL source drives every beat at line rate (zero-length SDU: one
  beat with tkeep = 0, tlast = 1, as the core's contract says). Python waits (on a value
  change of the source's `done` counter, never per clock) only when its rings are full.
- TX completions and host RX: HDL sinks take every beat, check keep (a contiguous run from
  lane 0, full on every beat but the last, zero only on a one-beat frame) and tdest (the
  same on every beat), store the frame and write one descriptor {length, first chunk,
  tdest of the first beat, tuser of the last beat, flags}; their `event_ptr` moves once
  per frame, and one Python task per sink awakes on that value change, reads the
  descriptor and the frame's chunks once, and acknowledges (`ack`, `ack_chunk`).
  A frame whose flags are set raises `StreamProtocolError` from `receive()`.
- `RxFrame`/`TxCompletion` are decoded exactly as `AxiStreamPort` decodes them (data =
  bytes whose keep bit is set, VC = tdest of the first beat, status/UU/CPI from tuser of
  the last beat; completion status = tdata[3:0]), so the driver and the scenario see the
  same thing through either port.
- the register bus: `HdlRegisterWindow` (default, `bus="hdl"`) hands each access to the
  HDL AXI4-Lite master `u_axil` (address, data, read/write, one pointer write) and awaits
  one value change of its `done` counter; SLVERR/DECERR raise `vcnic.hw.BusError` as with
  cocotbext-axi, an access cut by a reset raises it with resp -1. `bus="axil"` keeps
  cocotbext-axi's AxiLiteMaster (`AxiLiteWindow`, per-beat; its per-access INFO log lines
  turned down to WARNING). Tests of the bus itself (test_regbus) use cocotbext-axi.

`start_gpi_clock()` is a PYGPI_USERS entry point the runner adds for Verilator: it starts
a cocotb GPI clock on `clk` (hdl_harness built with HDL_CLOCK = 0) that runs across all
tests of the simulator process; see `vcnic_tb.runner` and docs/performance.md.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Mapping
from typing import Any

import cocotb
from cocotb.queue import Queue
from cocotb.triggers import Event, Lock
from vcnic.hw import BusError, RxFrame, TxCompletion

from .core_io import rx_tuser_fields, tx_tuser
from .hdl_values import hdl_int as _int
from .rtl_backend import AxiLiteWindow, RtlBackend
from .runner import default_bus

__all__ = ["HdlBackend", "HdlPort", "HdlRegisterWindow", "StreamProtocolError",
           "start_gpi_clock", "ENV_GPI_CLOCK"]

#: "signal:period_ns" of the GPI clock `start_gpi_clock` starts (runner sets it).
ENV_GPI_CLOCK = "VCNIC_GPI_CLOCK"

FLAG_KEEP = 1
FLAG_ZERO_KEEP = 2
FLAG_TDEST = 4


class StreamProtocolError(AssertionError):
    """An HDL sink flagged a frame the core should never produce (keep or tdest)."""



class _Sink:
    """Python side of one `hdl_axis_sink`: a task woken once per frame (event_ptr)."""

    def __init__(self, hdl, decode, name: str, store: bool):
        self.hdl = hdl
        self.decode = decode
        self.name = name
        self.descs = len(hdl.desc_mem)
        self.store = store
        self.beat_bytes = max(1, len(hdl.s_tdata) // 8)
        self.chunks, self.chunk_bytes = 1, self.beat_bytes
        if store:
            mem = hdl.chunk_mem
            self.chunks = len(mem)
            self.chunk_bytes = len(mem[0]) // 8
        self.queue: Queue = Queue()
        self.rd = 0          # frames consumed
        self.ack_chunk = 0   # absolute chunk counter consumed
        self.frames = 0      # frames decoded (statistics)
        self.errors: list[str] = []
        self._task = cocotb.start_soon(self._run())

    def reset(self) -> None:
        self.rd = 0
        self.ack_chunk = 0
        while not self.queue.empty():
            self.queue.get_nowait()
        self.hdl.ack.value = 0
        self.hdl.ack_chunk.value = 0

    def _chunks_of(self, length: int) -> int:
        beats = max(1, -(-length // self.beat_bytes))
        lpc = self.chunk_bytes // self.beat_bytes
        return -(-beats // lpc)

    async def _run(self) -> None:
        ev = self.hdl.event_ptr
        change = ev.value_change
        descs, cb = self.hdl.desc_mem, self.chunk_bytes
        mem = self.hdl.chunk_mem if self.store else None
        while True:
            await change
            n = _int(ev)
            if n < self.rd:  # the sink was reset under us
                self.rd = n
                self.ack_chunk = 0
            while self.rd < n:
                d = _int(descs[self.rd % self.descs])
                length = d & 0xFFFFFFFF
                start = (d >> 32) & 0xFFFF
                dest = (d >> 48) & 0xFFFF
                user = (d >> 64) & 0xFFFFFFFF
                flags = (d >> 96) & 0xFFFFFFFF
                data = b""
                if self.store:
                    nch = self._chunks_of(length)
                    parts = [_int(mem[(start + k) % self.chunks]).to_bytes(cb, "little")
                             for k in range(nch)]
                    data = b"".join(parts)[:length]
                    self.ack_chunk += nch
                else:
                    self.ack_chunk += 1
                self.rd += 1
                self.frames += 1
                if flags:
                    what = []
                    if flags & FLAG_KEEP:
                        what.append("partial or non-contiguous tkeep before the last beat")
                    if flags & FLAG_ZERO_KEEP:
                        what.append("tkeep == 0 in a frame of more than one beat")
                    if flags & FLAG_TDEST:
                        what.append("tdest changed within the frame")
                    msg = f"{self.name}: frame {self.rd - 1} (tdest {dest}): {'; '.join(what)}"
                    self.errors.append(msg)
                    self.queue.put_nowait(StreamProtocolError(msg))
                else:
                    self.queue.put_nowait(self.decode(dest, data, user))
            self.hdl.ack.value = self.rd
            if self.store:
                self.hdl.ack_chunk.value = self.ack_chunk & 0xFFFFFFFF

    async def get(self):
        item = await self.queue.get()
        if isinstance(item, StreamProtocolError):
            raise item
        return item

    def get_nowait(self):
        item = self.queue.get_nowait()
        if isinstance(item, StreamProtocolError):
            raise item
        return item

    def stop(self) -> None:
        self._task.cancel()


def _rx_decode(dest: int, data: bytes, user: int) -> RxFrame:
    status, uu, cpi = rx_tuser_fields(user)
    return RxFrame(vc=dest, data=data, status=status, uu=uu, cpi=cpi)


def _txc_decode(dest: int, data: bytes, user: int) -> TxCompletion:
    # as vcnic_tb.rtl_backend.txc_completion: status = tdata[3:0]
    return TxCompletion(vc=dest, status=user & 0xF)


class HdlPort:
    """`vcnic.hw.DataPort` over the HDL transactors of `hdl_harness` (see module doc).

    `send()` returns once the frame is posted to the HDL source (it waits only while the
    source's descriptor or chunk ring is full, or while `tx_queue_frames` frames are
    already posted and not yet taken by the core)."""

    def __init__(self, dut, *, tx_queue_frames: int | None = None):
        self.dut = dut
        self.src = dut.u_tx
        self.tx_descs = len(self.src.desc_mem)
        self.tx_chunks = len(self.src.chunk_mem)
        self.tx_chunk_bytes = len(self.src.chunk_mem[0]) // 8
        self.tx_limit = min(self.tx_descs, tx_queue_frames or self.tx_descs)
        self.vc_mask = (1 << len(self.src.m_tdest)) - 1
        self.txc = _Sink(dut.u_txc, _txc_decode, "m_axis_txc", store=False)
        self.rx = _Sink(dut.u_rx, _rx_decode, "m_axis_rx", store=True)
        self.post = 0            # frames posted
        self.done = 0            # frames taken by the core (last read of u_tx.done)
        self.chunk_wr = 0        # absolute chunk counter posted
        self._starts: list[int] = []  # first chunk of each posted frame not yet taken
        self._starts_base = 0    # frame number of _starts[0]
        self.sent = 0
        self.completions = 0
        self.received = 0
        self.tx_waits = 0        # times send() had to wait for room
        self._idle = Event()
        self._idle.set()

    # ------------------------------------------------------------------ state
    def reset_state(self) -> None:
        """Forget everything posted/received (call while the harness is in reset)."""
        self.post = self.done = self.chunk_wr = 0
        self._starts.clear()
        self._starts_base = 0
        self.src.post.value = 0
        self.txc.reset()
        self.rx.reset()

    def _refresh_done(self) -> None:
        done = _int(self.src.done)
        if done < self.done:  # reset
            done = self.done
        drop = done - self._starts_base
        if drop > 0:
            del self._starts[:drop]
            self._starts_base = done
        self.done = done

    def _room(self, chunks: int) -> bool:
        if self.post - self.done >= self.tx_limit:
            return False
        oldest = self._starts[0] if self._starts else self.chunk_wr
        return self.chunk_wr + chunks - oldest <= self.tx_chunks

    async def _wait_room(self, chunks: int) -> None:
        self._refresh_done()
        while not self._room(chunks):
            self.tx_waits += 1
            await self.src.done.value_change
            self._refresh_done()

    # ------------------------------------------------------------------ DataPort
    async def flush(self) -> None:
        """Nothing to do: a stream port hands each frame over in `send()`."""

    async def send(self, vc: int, data: bytes, uu: int = 0, cpi: int = 0, clp: int = 0) -> None:
        if not (0 <= uu <= 0xFF and 0 <= cpi <= 0xFF and clp in (0, 1)):
            raise ValueError(f"uu/cpi are bytes and clp a bit: uu={uu} cpi={cpi} clp={clp}")
        chunks = max(1, -(-len(data) // self.tx_chunk_bytes))
        if chunks > self.tx_chunks:
            raise ValueError(f"SDU of {len(data)} bytes exceeds the HDL source's memory")
        await self._wait_room(chunks)
        self._post(vc, bytes(data), uu, cpi, clp, chunks)

    def send_nowait(self, vc: int, data: bytes, uu: int = 0, cpi: int = 0, clp: int = 0) -> None:
        chunks = max(1, -(-len(data) // self.tx_chunk_bytes))
        self._refresh_done()
        if not self._room(chunks):
            raise cocotb.queue.QueueFull()
        self._post(vc, bytes(data), uu, cpi, clp, chunks)

    def _post(self, vc: int, data: bytes, uu: int, cpi: int, clp: int, chunks: int) -> None:
        cb, mem = self.tx_chunk_bytes, self.src.chunk_mem
        start = self.chunk_wr % self.tx_chunks
        for k in range(chunks):
            piece = data[k * cb:(k + 1) * cb]
            mem[(start + k) % self.tx_chunks].value = int.from_bytes(piece, "little")
        tuser = tx_tuser(uu, cpi, clp)
        desc = (len(data) | (start << 32) | ((vc & self.vc_mask) << 48) | (tuser << 64))
        self.src.desc_mem[self.post % self.tx_descs].value = desc
        self._starts.append(self.chunk_wr)
        self.chunk_wr += chunks
        self.post += 1
        self.src.post.value = self.post & 0xFFFFFFFF
        self.sent += 1

    async def tx_completion(self) -> TxCompletion:
        c = await self.txc.get()
        self.completions += 1
        return c

    def tx_completion_nowait(self) -> TxCompletion:
        c = self.txc.get_nowait()
        self.completions += 1
        return c

    async def receive(self) -> RxFrame:
        f = await self.rx.get()
        self.received += 1
        return f

    def receive_nowait(self) -> RxFrame:
        f = self.rx.get_nowait()
        self.received += 1
        return f

    def rx_pending(self) -> int:
        """PDUs the host RX transactor has handed over and `receive()` has not returned."""
        return self.rx.queue.qsize()

    async def wait_sent(self) -> None:
        """Until every posted TX frame has been taken by the core."""
        self._refresh_done()
        while self.done < self.post:
            await self.src.done.value_change
            self._refresh_done()

    def hold_rx(self, hold: bool = True) -> None:
        """Back-pressure host RX (tready low) until released: no Python per cycle."""
        self.dut.u_rx.hold.value = int(bool(hold))

    @property
    def errors(self) -> list[str]:
        return self.txc.errors + self.rx.errors

    def stop(self) -> None:
        self.txc.stop()
        self.rx.stop()


# ------------------------------------------------------------------------------ registers
class HdlRegisterWindow:
    """`vcnic.hw.RegisterWindow` over the HDL AXI4-Lite master (`u_axil`): one request and
    one wake-up per access, no Python per bus beat.

    The address width is the master's (`ADDR_W`: 9 on the core's harness, 12 on the NIC's);
    an address that does not fit raises ValueError instead of wrapping onto another
    register. `wait_irq()` waits for bit `irq_bit` of `irq` (default `dut.irq`, bit 0: the
    core's line; on the NIC harness vector 0 of irq[3:0]) on value changes of that signal,
    never per clock."""

    def __init__(self, dut, *, master=None, irq=None, irq_bit: int = 0):
        self.dut = dut
        self.m = master if master is not None else dut.u_axil
        self.irq = irq if irq is not None else dut.irq
        self.irq_bit = irq_bit
        self.addr_bits = len(self.m.req_addr)
        self.req = _int(self.m.done)
        self.reads = 0
        self.writes = 0
        self._lock = Lock()  # accesses from several tasks go one at a time, in call order

    async def _access(self, addr: int, write: bool, value: int = 0) -> int:
        if not 0 <= addr < 1 << self.addr_bits:
            raise ValueError(f"register address 0x{addr:X} outside the "
                             f"{self.addr_bits}-bit register bus")
        async with self._lock:
            return await self._access_locked(addr, write, value)

    async def _access_locked(self, addr: int, write: bool, value: int) -> int:
        m = self.m
        m.req_addr.value = addr
        m.req_write.value = int(write)
        if write:
            m.req_wdata.value = value & 0xFFFFFFFF
        self.req = (max(self.req, _int(m.done)) + 1) & 0xFFFFFFFF
        m.req.value = self.req
        change = m.done.value_change
        while _int(m.done) != self.req:
            await change
        if _int(m.aborted):
            raise BusError(addr, write, -1)
        resp = _int(m.resp)
        if resp != 0:
            raise BusError(addr, write, resp)
        return _int(m.rdata) if not write else 0

    async def read(self, addr: int) -> int:
        v = await self._access(addr, False)
        self.reads += 1
        return v

    async def write(self, addr: int, value: int) -> None:
        await self._access(addr, True, int(value))
        self.writes += 1

    def irq_asserted(self) -> bool:
        return bool((_int(self.irq) >> self.irq_bit) & 1)

    async def wait_irq(self) -> None:
        change = self.irq.value_change
        while not self.irq_asserted():
            await change


# ------------------------------------------------------------------------------ backend
class HdlBackend(RtlBackend):
    """`RtlBackend` (same `.window`, `.regs`, `.core`, `.reset()`, `.start()`,
    `.monitor_line()`, `.line_loop()`) with `.port` an `HdlPort`: the host streams are the
    HDL transactors' (`hdl_en` = 1), so Python is woken once per frame, not per beat.

    `bus`: "hdl" (default): `.window` is an `HdlRegisterWindow` (the HDL AXI4-Lite master,
    one wake-up per access); "axil": cocotbext-axi's AxiLiteMaster (`AxiLiteWindow`), with
    its per-access INFO lines turned down to WARNING when `quiet_bus`."""

    def __init__(self, dut, params: Mapping[str, Any] | None = None, *,
                 tx_queue_frames: int | None = None, bus: str | None = None,
                 quiet_bus: bool = True):
        self.bus = bus or default_bus()
        if self.bus not in ("hdl", "axil"):
            raise ValueError(f"bus must be 'hdl' or 'axil', got {self.bus!r}")
        self.quiet_bus = quiet_bus
        super().__init__(dut, params, tx_queue_frames=tx_queue_frames)

    def _open_window(self):
        dut = self.dut
        if self.bus == "hdl":
            dut.hdl_bus_en.value = 1
            for sig in ("awvalid", "wvalid", "arvalid", "bready", "rready"):
                getattr(dut, f"s_axil_{sig}").value = 0
            return HdlRegisterWindow(dut)
        dut.hdl_bus_en.value = 0
        window = AxiLiteWindow(dut)
        if self.quiet_bus:
            logging.getLogger(f"cocotb.{dut._name}.s_axil").setLevel(logging.WARNING)
        return window

    def _open_port(self, tx_queue_frames: int | None):
        dut = self.dut
        dut.hdl_en.value = 1
        for sig in ("tvalid", "tlast", "tdata", "tkeep", "tdest", "tuser"):
            getattr(dut, f"s_axis_tx_{sig}").value = 0
        dut.m_axis_txc_tready.value = 0
        dut.m_axis_rx_tready.value = 0
        return HdlPort(dut, tx_queue_frames=tx_queue_frames)

    async def reset(self, cycles: int = 8) -> None:
        """Synchronous reset of the whole harness, transactors included."""
        self.dut.rst.value = 1
        self.port.reset_state()
        await super().reset(cycles)

    def counters(self) -> dict[str, int]:
        """The harness's measurement counters (cycles since reset, line beats, transactor
        frames/beats/stalls): a handful of reads, for the start and end of a phase."""
        d = self.dut
        return {
            "cycles": _int(d.cyc), "line_beats": _int(d.line_beats),
            "tx_frames": _int(d.u_tx.done), "tx_beats": _int(d.u_tx.beats),
            "rx_frames": _int(d.u_rx.frames), "rx_beats": _int(d.u_rx.beats),
            "rx_stalls": _int(d.u_rx.stalls), "txc_frames": _int(d.u_txc.frames),
        }

    def close(self) -> None:
        super().close()


# ------------------------------------------------------------------------------ GPI clock
_CLOCKS: list[Any] = []


def start_gpi_clock() -> None:
    """PYGPI_USERS entry point (after cocotb's init, before the regression): start a GPI
    clock (C++, no Python per edge) on the toplevel's `clk`, period from VCNIC_GPI_CLOCK
    ("clk:10" = signal clk, 10 ns). It lives for the whole simulator process, across
    tests; it is used for Verilator, where an HDL clock's edge callbacks come after the
    flops have updated (see rtl/tb/hdl_harness.v)."""
    spec = os.environ.get(ENV_GPI_CLOCK, "clk:10")
    name, _, period = spec.partition(":")
    from cocotb.utils import get_sim_steps

    sig = getattr(cocotb.top, name or "clk")
    period_steps = get_sim_steps(float(period or 10), "ns")
    clk = cocotb.simulator.clock_create(sig._handle)
    clk.start(period_steps, period_steps // 2, True, 0)  # 0 = deposit
    _CLOCKS.append(clk)
