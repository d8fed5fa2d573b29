"""The RTL backend of the DMA host interface: the NIC (rtl/vcnic_nic.v) in its harness
(rtl/tb/vcnic_nic_harness.v) seen through the driver's narrow interfaces of `vcnic.hw`.

`DmaBackend(dut)` (dut = `vcnic_nic_harness`) gives:

- `.window`: `vcnic.hw.RegisterWindow` on the HDL AXI4-Lite master `u_axil` (12-bit
  addresses: core registers at 0x000, DMA registers at 0x800): one request and one wake-up
  per access (`vcnic_tb.hdl_backend.HdlRegisterWindow`); its `wait_irq()` is vector 0.
- `.memory`: `vcnic.hw.HostMemory`, the driver's backdoor into the HDL host memory
  `u_mem` (`vcnic_tb.host_memory.HdlHostMemory`; 16 MiB at 4 GiB by default).
- `.irqs`: `vcnic.hw.InterruptVectors` on irq[3:0] (`HdlInterruptVectors`: a wait is a
  value change of irq, never a clock).
- `.faults`: host memory's timing and error knobs (`vcnic_tb.host_memory.HostMemFaults`:
  read/write latency, backpressure, error window, one-shot errors, seed) and its protocol
  counters (`check_protocol()`).
- `.regs` / `.dma_regs`: the generated register models of the core and of the DMA block on
  `.window`; `.core`: the core's register client (`vcnic.regs.RegisterClient`).
- `reset()`, `start(loopback=...)` (reset, then the core's CTRL, as `RtlBackend.start`; the
  DMA rings are the driver's: `vcnic.miniport.dma.DmaPort` programs them), `monitor_line()`
  (a `CellMonitor` on the line tap), `counters()`, `close()`.

The line is not touched by Python in loopback (line TX ready tied high, line RX idle).
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from typing import Any

from cocotb.triggers import ClockCycles, RisingEdge
from vcnic.regs import RegisterClient, dma_register_map, pack, register_map

from .cells import CellMonitor
from .core_io import harness_parameters
from .hdl_backend import HdlRegisterWindow
from .hdl_values import hdl_int as _int
from .host_memory import HdlHostMemory, HostMemFaults

__all__ = ["DmaBackend", "HdlInterruptVectors"]

#: Interrupt vectors of the NIC (docs/dma.md, Interrupts).
VECTORS = 4


class HdlInterruptVectors:
    """`vcnic.hw.InterruptVectors` on a level interrupt bus (`irq[3:0]`): `wait_vector(v)`
    returns at once if bit v is set, else on the first value change of the bus that sets
    it (a simulator callback, not a per-clock poll)."""

    def __init__(self, irq):
        self.irq = irq
        self.count = len(irq)
        self.waits = [0] * self.count   # waits that had to sleep, per vector (statistics)
        # the bus read as an integer straight from the GPI handle (vpiIntVal: X reads as
        # 0), not through a LogicArray: the interrupt path reads it on every wake-up
        raw = getattr(irq, "_handle", None)
        self._read = raw.get_signal_val_long if raw is not None and self.count <= 32 else None
        self._mask = (1 << self.count) - 1

    def asserted(self, vector: int) -> bool:
        if not 0 <= vector < self.count:
            raise ValueError(f"interrupt vector {vector} outside 0..{self.count - 1}")
        return bool((self.pending() >> vector) & 1)

    def pending(self) -> int:
        """The vectors asserted now, as a bit mask."""
        if self._read is not None:
            return self._read() & self._mask
        return _int(self.irq)

    async def wait_vector(self, vector: int) -> None:
        if self.asserted(vector):
            return
        self.waits[vector] += 1
        change = self.irq.value_change
        while not self.asserted(vector):
            await change


class DmaBackend:
    """Everything the driver and a test need on `vcnic_nic_harness` (see the module doc)."""

    def __init__(self, dut, params: Mapping[str, Any] | None = None):
        self.dut = dut
        self.clock = dut.clk
        self.params = harness_parameters(dut)
        self.params.update({k.upper(): int(v) for k, v in (params or {}).items()})
        self.data_w = self.params["DATA_W"]
        self.num_vc = self.params["NUM_VC"]
        # rst high until reset(); the line idle on RX, always ready on TX (loopback)
        dut.rst.value = 1
        dut.m_axis_line_tx_tready.value = 1
        for s in ("tvalid", "tlast", "tdata", "tkeep"):
            getattr(dut, f"s_axis_line_rx_{s}").value = 0
        self.window = HdlRegisterWindow(dut, irq=dut.irq, irq_bit=0)
        self.memory = HdlHostMemory(dut.u_mem)
        self.faults = HostMemFaults(dut.u_mem)
        self.irqs = HdlInterruptVectors(dut.irq)
        self.regs = register_map(self.window.read, self.window.write)
        self.dma_regs = dma_register_map(self.window.read, self.window.write)
        self.core = RegisterClient(self.window)
        self.monitors: list[CellMonitor] = []

    async def reset(self, cycles: int = 8) -> None:
        """Synchronous reset of the whole harness (NIC, host memory's bus side, register
        master) for `cycles` clocks. Host memory keeps its contents and knobs."""
        self.dut.rst.value = 1
        await ClockCycles(self.clock, cycles)
        self.dut.rst.value = 0
        await RisingEdge(self.clock)

    async def start(self, *, loopback: bool = True, enable: bool = True,
                    hec_correct: bool = True, nni: bool = False, reset: bool = True) -> None:
        """Reset (optional) and program the core's CTRL."""
        if reset:
            await self.reset()
        await self.core.write("CTRL", pack("CTRL", enable=int(enable), loopback=int(loopback),
                                           hec_correct=int(hec_correct), nni=int(nni)))

    def set_read_latency(self, cycles: int, cycles_max: int | None = None) -> None:
        """Host memory read latency in clock cycles (`faults.read_latency`)."""
        self.faults.read_latency(cycles, cycles_max)

    def monitor_line(self, erf_path: str | os.PathLike[str] | None = None, *,
                     keep: bool = True, callback=None, iface: int = 0) -> CellMonitor:
        """A passive `CellMonitor` on the line tap (line TX with the core's own handshake).
        It samples every clock edge: on Verilator run with the GPI clock (the runner's
        default for this top unless `hdl_clock=True`)."""
        m = CellMonitor.from_prefix(self.dut, "line_tap", erf_path=erf_path, keep=keep,
                                    callback=callback, iface=iface)
        self.monitors.append(m)
        return m

    def counters(self) -> dict[str, int]:
        """Cycles since reset, line TX beats that moved, host memory bursts and beats."""
        d, s = self.dut, self.faults.stats()
        return {"cycles": _int(d.cyc), "line_beats": _int(d.line_beats),
                "rd_bursts": s.rd_bursts, "wr_bursts": s.wr_bursts,
                "rd_beats": s.rd_beats, "wr_beats": s.wr_beats, "err_bursts": s.err_bursts}

    def check_protocol(self) -> None:
        """Raise AssertionError if the NIC broke an AXI4 rule host memory checks."""
        self.faults.check_protocol()

    async def cycles(self, n: int) -> None:
        await ClockCycles(self.clock, n)

    def close(self) -> None:
        for m in self.monitors:
            m.close()
        self.monitors.clear()
