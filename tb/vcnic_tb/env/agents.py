"""Agents: register (AXI4-Lite), host TX and host RX (AXI-Stream), line (cells).

Each monitor is a thin subscriber of the bench's taps (`vcnic_tb.env.taps`) that writes
its analysis port; each driver takes sequence items from its sequencer and acts through
the bench, so what a driver does is seen by the monitors like anything else on the bus.
"""

from __future__ import annotations

from pyuvm import (
    ConfigDB,
    uvm_agent,
    uvm_analysis_port,
    uvm_driver,
    uvm_monitor,
    uvm_sequencer,
)
from vcnic.hw import BusError
from vcnic.regs import RegisterClient

from .items import Marker, RegItem, TxFrameItem
from .taps import Bench


def _bench() -> Bench:
    return ConfigDB().get(None, "", "BENCH")


# ------------------------------------------------------------------ register agent
class RegDriver(uvm_driver):
    """Executes `RegItem`s on the AXI4-Lite window (cocotbext-axi `AxiLiteMaster` behind
    the bench's tap)."""

    def build_phase(self):
        self.bench = _bench()
        self.client = RegisterClient(self.bench.window)

    async def run_phase(self):
        while True:
            item: RegItem = await self.seq_item_port.get_next_item()
            await self.execute(item)
            self.seq_item_port.item_done()

    async def execute(self, item: RegItem) -> None:
        w = self.bench.window
        try:
            if item.op == "read":
                item.result = await w.read(item.addr)
            elif item.op == "write":
                await w.write(item.addr, item.data)
            elif item.op == "command":
                item.result = await self.client.command(item.opcode, item.vc, item.params,
                                                        wait=item.wait)
            else:
                raise ValueError(f"unknown register op {item.op!r}")
            item.resp = 0
        except BusError as e:
            item.resp = e.resp


class RegMonitor(uvm_monitor):
    def build_phase(self):
        self.ap = uvm_analysis_port("ap", self)
        _bench().on_reg.append(self.ap.write)


class RegAgent(uvm_agent):
    def build_phase(self):
        self.monitor = RegMonitor("monitor", self)
        self.sequencer = uvm_sequencer("sequencer", self)
        self.driver = RegDriver("driver", self)

    def connect_phase(self):
        self.driver.seq_item_port.connect(self.sequencer.seq_item_export)


# ------------------------------------------------------------------ host TX agent
class HostTxDriver(uvm_driver):
    """Queues `TxFrameItem`s on s_axis_tx (the bench's AxiStreamSource)."""

    def build_phase(self):
        self.bench = _bench()

    async def run_phase(self):
        while True:
            item: TxFrameItem = await self.seq_item_port.get_next_item()
            await self.bench.send(item.vc, item.data, item.uu, item.cpi, item.clp)
            self.seq_item_port.item_done()


class HostTxMonitor(uvm_monitor):
    """`ap`: frames taken by the core (`HostTx`); `cpl_ap`: TX completions (`Completion`)."""

    def build_phase(self):
        self.ap = uvm_analysis_port("ap", self)
        self.cpl_ap = uvm_analysis_port("cpl_ap", self)
        b = _bench()
        b.on_host_tx.append(self.ap.write)
        b.on_cpl.append(self.cpl_ap.write)


class HostTxAgent(uvm_agent):
    def build_phase(self):
        self.monitor = HostTxMonitor("monitor", self)
        self.sequencer = uvm_sequencer("sequencer", self)
        self.driver = HostTxDriver("driver", self)

    def connect_phase(self):
        self.driver.seq_item_port.connect(self.sequencer.seq_item_export)


# ------------------------------------------------------------------ host RX agent
class HostRxMonitor(uvm_monitor):
    def build_phase(self):
        self.ap = uvm_analysis_port("ap", self)
        _bench().on_host_rx.append(self.ap.write)


class HostRxAgent(uvm_agent):
    """Passive but for back-pressure: `stall(True)` holds m_axis_rx tready low (mirrored to
    the model through a marker, so the model holds its finished PDUs too)."""

    def build_phase(self):
        self.monitor = HostRxMonitor("monitor", self)
        self.marker_ap = uvm_analysis_port("marker_ap", self)

    def stall(self, on: bool) -> None:
        _bench().be.port.rx.pause = bool(on)
        self.marker_ap.write(Marker("stall_rx", info={"on": bool(on)}))


# ------------------------------------------------------------------ line agent
class LineMonitor(uvm_monitor):
    """`tx_ap`: cells leaving line TX; `rx_ap`: cells taken by line RX (after faults)."""

    def build_phase(self):
        self.tx_ap = uvm_analysis_port("tx_ap", self)
        self.rx_ap = uvm_analysis_port("rx_ap", self)
        b = _bench()
        b.on_line_tx.append(self.tx_ap.write)
        b.on_line_rx.append(self.rx_ap.write)


class LineAgent(uvm_agent):
    """The line between line TX and line RX: a `LineLoopDriver` (CellSink -> fault
    injector -> CellSource) and the cell monitors of both directions. The injector comes
    from ConfigDB ("INJECTOR")."""

    def build_phase(self):
        self.monitor = LineMonitor("monitor", self)
        self.injector = ConfigDB().get(None, "", "INJECTOR")
        self.loop = None

    def start(self) -> None:
        self.loop = _bench().start_line(self.injector)

    def put(self, cells) -> None:
        for c in cells:
            self.loop.put(c)

    async def quiet(self, clk, max_cycles: int = 100000) -> None:
        """Until every cell handed to line RX has been taken."""
        from cocotb.triggers import ClockCycles

        for _ in range(max_cycles):
            if self.loop.idle:
                return
            await ClockCycles(clk, 1)
        raise TimeoutError("line RX did not take its cells")
