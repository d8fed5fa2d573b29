"""The simulation side of `vcnic tap` (docs/tap.md): two NICs on one ATM link carry the
frames of two TAP (or TUN) devices, each device in its own network namespace.

Run by `vcnic_tb.tap_sim` on `vcnic_pair_harness` (rtl/tb/vcnic_pair_harness.v: NIC A's
line TX is NIC B's line RX and back, in HDL). Each NIC has its own driver stack:
`Miniport` (loopback off) under an `NdisLayer` whose client is the device: frames read
from the device are sent on the VC (`co_send_net_buffer_lists`, RFC 2684 encapsulation by
the miniport); frames the NDIS layer indicates on the VC are written to the device.

Polling without blocking the simulator: the device fds are non-blocking. While anything is
in flight (a frame read, a send not completed, a frame received in the last steps) the
loop advances simulated time in steps of `STEP_NS` and reads the fds between steps;
once quiet, simulated time has nothing to do, so it waits in `select()` (wall time, up
to `IDLE_WAIT_S`) until a device has a frame. Simulated time thus only runs while there
is traffic.

The configuration (`vcnic.tap.config.TapConfig`) comes as JSON in VCNIC_TAP_CFG; the
status (live counters, ready/error) is written to `cfg.status_file` every
`cfg.status_interval` wall seconds; commands are read from lines appended to
`cfg.control_file`: `deactivate a|b`, `activate a|b`, `stop`.
"""

from __future__ import annotations

import contextlib
import json
import os
import select
import struct
import time
from collections import Counter
from typing import Any

import cocotb
from cocotb.triggers import ClockCycles, Timer
from cocotb.utils import get_sim_time
from vcnic.atm.rfc2684 import Encapsulation
from vcnic.miniport import Miniport
from vcnic.ndis.layer import CoClient, NdisLayer, NdisVcState, VcHandle
from vcnic.ndis.nbl import NetBufferList
from vcnic.ndis.params import CoCallParameters
from vcnic.ndis.status import NdisStatus
from vcnic.tap import netns
from vcnic.tap.config import ENV_TAP_CFG, TapConfig

from .cells import CellMonitor
from .rtl_backend import AxiLiteWindow, AxiStreamPort

STEP_NS = 2000  # simulated time per step while traffic is in flight
QUIET_STEPS = 4  # steps without activity before the loop waits in select()
IDLE_WAIT_S = 0.05  # longest wall wait in select() (control file and status stay live)
READ_BURST = 32  # most frames taken from one device per step
TUN_PI = struct.Struct("!HH")  # TUN packet information (flags, protocol): scapy's TUN mode


class SideView:
    """One NIC of the pair harness seen as a `vcnic_harness`: `a_s_axil_*` as `s_axil_*`,
    `a_rst` as `rst`, the shared `clk` as `clk`, so the cocotbext-axi agents of
    `rtl_backend` bind to it unchanged."""

    def __init__(self, dut, prefix: str):
        self._dut = dut
        self._prefix = prefix + "_"
        self._name = f"{dut._name}.{prefix}"
        self._log = dut._log

    def __getattr__(self, name: str):
        if name == "clk":
            return self._dut.clk
        return getattr(self._dut, self._prefix + name)

    def __dir__(self):
        p = self._prefix
        return ["clk"] + [n[len(p):] for n in dir(self._dut) if n.startswith(p)]


class TapSide(CoClient):
    """One host: its NIC's driver stack and its TAP/TUN device (the NDIS client)."""

    def __init__(self, name: str, dut, cfg: TapConfig, capture=None):
        self.name = name
        self.cfg = cfg
        self.view = SideView(dut, name)
        self.window = AxiLiteWindow(self.view)
        self.port = AxiStreamPort(self.view)
        self.miniport = Miniport(self.window, self.port, loopback=False)
        self.ndis = NdisLayer(self.miniport, self)
        self.capture = capture  # SunATM writer (NIC A only)
        # SunATM's LLC traffic type only for LLC/SNAP (VC-mux marked LLC is Malformed)
        self.llc = cfg.encapsulation in (Encapsulation.LLC_ROUTED, Encapsulation.LLC_BRIDGED)
        self.dev = None
        self.fd = -1
        self.vc: VcHandle | None = None
        self.guard: VcHandle | None = None
        self.params: CoCallParameters | None = None
        self.stats: Counter = Counter()
        self.activity = 0  # bumped on every completion and indication

    # ---- set-up
    async def start(self) -> None:
        st = await self.ndis.initialize()
        if st != NdisStatus.SUCCESS:
            raise RuntimeError(f"NIC {self.name}: initialize: {st.name} {self.miniport.error}")
        self.params = CoCallParameters.atm(self.cfg.vpi, self.cfg.vci, max_sdu=self.cfg.max_sdu,
                                           encapsulation=self.cfg.encapsulation)
        self.vc = await self._open(self.params)
        if self.cfg.guard_vci is not None:
            self.guard = await self._open(CoCallParameters.atm(
                self.cfg.vpi, self.cfg.guard_vci, max_sdu=self.cfg.max_sdu,
                encapsulation=self.cfg.encapsulation))

    async def _open(self, params: CoCallParameters) -> VcHandle:
        st, vc = await self.ndis.co_create_vc()
        if st != NdisStatus.SUCCESS:
            raise RuntimeError(f"NIC {self.name}: create VC: {st.name}")
        st = await self.ndis.cm_activate_vc(vc, params.copy())
        if st != NdisStatus.SUCCESS:
            raise RuntimeError(f"NIC {self.name}: activate {params.vpi}/{params.vci}: {st.name}")
        return vc

    def open_device(self) -> None:
        """Create the TAP (bridged) or TUN (routed) device with scapy, then move it into the
        side's namespace and configure it there (`vcnic.tap.netns.attach`)."""
        from scapy.layers.tuntap import TunTapInterface

        self.dev = TunTapInterface(self.cfg.devname(self.name),
                                   mode_tun=self.cfg.mode == "routed")
        self.fd = self.dev.ins.fileno()
        os.set_blocking(self.fd, False)
        netns.attach(self.cfg, self.name)

    def close(self) -> None:
        if self.dev is not None:
            with contextlib.suppress(OSError):
                self.dev.close()
            self.dev = None

    # ---- device -> NIC
    def poll_device(self) -> int:
        """Send up to READ_BURST frames the device has; how many."""
        n = 0
        tun = self.cfg.mode == "routed"
        while n < READ_BURST:
            try:
                data = os.read(self.fd, 65536)
            except BlockingIOError:
                break
            except OSError as e:
                self.stats["dev_read_errors"] += 1
                raise RuntimeError(f"reading {self.cfg.devname(self.name)}: {e}") from e
            n += 1
            self.stats["dev_in"] += 1
            if tun:
                data = data[TUN_PI.size:]
            if self.vc is None or self.vc.state is not NdisVcState.ACTIVE:
                self.stats["tx_vc_inactive"] += 1  # the VC is down: the frame is lost here
                continue
            self.ndis.co_send_net_buffer_lists(self.vc, [NetBufferList(packet=data)])
        return n

    def co_send_net_buffer_lists_complete(self, vc: VcHandle, nbls: list[NetBufferList]):
        self.activity += 1
        for nbl in nbls:
            self.stats[f"tx_{nbl.status.name.lower()}"] += 1
            if nbl.status == NdisStatus.SUCCESS:
                self.stats["tx_bytes"] += len(nbl.sdu)
                if self.capture is not None:
                    self.capture.write(self.cfg.vpi, self._vci(vc), nbl.sdu, "tx",
                                       llc=self.llc)

    # ---- NIC -> device
    def co_receive_net_buffer_lists(self, vc: VcHandle, nbls: list[NetBufferList]):
        self.activity += 1
        guard = vc is self.guard
        for nbl in nbls:
            self.stats["rx_guard" if guard else "rx_pdus"] += 1
            if self.capture is not None:
                self.capture.write(self.cfg.vpi, self._vci(vc), nbl.sdu, "rx", llc=self.llc)
            if guard:
                continue  # a frame on the wrong VC is counted, never delivered
            if nbl.status != NdisStatus.SUCCESS or nbl.decap_error:
                self.stats["rx_bad"] += 1
                continue
            data = bytes(nbl.packet)
            if self.cfg.mode == "routed":
                data = TUN_PI.pack(0, 0x0800 if data[0] >> 4 == 4 else 0x86DD) + data
            try:
                os.write(self.fd, data)
                self.stats["dev_out"] += 1
            except OSError:
                self.stats["dev_write_errors"] += 1

    def _vci(self, vc: VcHandle) -> int:
        return self.cfg.guard_vci if vc is self.guard else self.cfg.vci

    # ---- commands
    async def deactivate(self) -> str:
        st = await self.ndis.cm_deactivate_vc(self.vc)
        if st == NdisStatus.PENDING:
            st = await self.ndis.wait_deactivate_complete(self.vc)
        return st.name

    async def activate(self) -> str:
        return (await self.ndis.cm_activate_vc(self.vc, self.params.copy())).name

    def in_flight(self) -> bool:
        return any(v is not None and v.outstanding_sends for v in (self.vc, self.guard))


class Bridge:
    def __init__(self, dut, cfg: TapConfig):
        self.dut = dut
        self.cfg = cfg
        self.t0 = time.monotonic()
        self.sunatm = None
        if cfg.sunatm:
            from vcnic.atm.capture import SunAtmPcapWriter

            self.sunatm = SunAtmPcapWriter(cfg.sunatm)
        self.sides = {s: TapSide(s, dut, cfg, self.sunatm if s == "a" else None) for s in "ab"}
        self.erf = None
        self.monitors: list[CellMonitor] = []
        self.cells = {"a": 0, "b": 0}
        self.events: list[dict[str, Any]] = []
        self.ctl_offset = 0
        self.stop = False
        self.state = "starting"
        self.error: str | None = None
        self._last_status = 0.0

    async def start(self) -> None:
        for s in "ab":
            getattr(self.dut, f"{s}_rst").value = 1
        await ClockCycles(self.dut.clk, 8)
        for s in "ab":
            getattr(self.dut, f"{s}_rst").value = 0
        await ClockCycles(self.dut.clk, 2)
        if self.cfg.erf:
            from vcnic.atm.capture import cell_capture

            self.erf = cell_capture(self.cfg.erf)  # .erf: raw ERF, else pcap (link type ERF)
            for i, s in enumerate("ab"):
                self.monitors.append(CellMonitor.from_prefix(
                    self.dut, f"{s}_line_tap", reset=getattr(self.dut, f"{s}_rst"), keep=False,
                    callback=lambda lc, i=i: self.erf.write(lc.raw, lc.time_ns * 1e-9, i)))
        for side in self.sides.values():
            await side.start()
        for side in self.sides.values():
            side.open_device()
        self.state = "running"
        self.write_status(force=True)

    def close(self) -> None:
        for m in self.monitors:
            m.close()
        for side in self.sides.values():
            side.close()
        for w in (self.erf, self.sunatm):
            if w is not None:
                w.close()

    # ---- status and control
    async def refresh_cells(self) -> None:
        for s, side in self.sides.items():
            c = await side.miniport.read_adapter_counters()
            self.cells[s] = c.get("cells_tx", 0)
            side.stats["unknown_vc"] = c.get("unknown_vc", 0)

    def status(self) -> dict[str, Any]:
        sim_ns = get_sim_time("ns")
        wall = time.monotonic() - self.t0
        return {
            "state": self.state, "error": self.error, "pid": os.getpid(),
            "sim_ns": sim_ns, "wall_s": round(wall, 3),
            "cells_tx": dict(self.cells),
            "vc_state": {s: side.vc.state.value if side.vc else None
                         for s, side in self.sides.items()},
            "stats": {s: dict(side.stats) for s, side in self.sides.items()},
            "events": self.events,
        }

    def write_status(self, force: bool = False) -> None:
        now = time.monotonic()
        if not force and now - self._last_status < self.cfg.status_interval:
            return
        self._last_status = now
        tmp = self.cfg.status_file + ".tmp"
        with open(tmp, "w") as fh:
            json.dump(self.status(), fh)
        os.replace(tmp, self.cfg.status_file)

    def read_commands(self) -> list[str]:
        try:
            with open(self.cfg.control_file) as fh:
                fh.seek(self.ctl_offset)
                text = fh.read()
        except FileNotFoundError:
            return []
        if "\n" not in text:
            return []
        text = text[: text.rindex("\n") + 1]
        self.ctl_offset += len(text.encode())
        return [line.strip() for line in text.splitlines() if line.strip()]

    async def run_command(self, cmd: str) -> None:
        words = cmd.split()
        ev: dict[str, Any] = {"cmd": cmd, "wall_s": round(time.monotonic() - self.t0, 3),
                              "sim_ns": get_sim_time("ns")}
        if words == ["stop"]:
            self.stop = True
            ev["result"] = "OK"
        elif len(words) == 2 and words[0] in ("deactivate", "activate") and words[1] in "ab":
            side = self.sides[words[1]]
            ev["result"] = await (side.deactivate() if words[0] == "deactivate"
                                  else side.activate())
            ev["stats"] = dict(side.stats)
        else:
            ev["result"] = "unknown command"
        ev["done_wall_s"] = round(time.monotonic() - self.t0, 3)
        self.events.append(ev)
        self.write_status(force=True)

    # ---- the pump
    async def run(self) -> None:
        sides = list(self.sides.values())
        fds = [s.fd for s in sides]
        quiet = 0
        last_activity = 0
        last_cells = 0.0
        while not self.stop:
            n = sum(s.poll_device() for s in sides)
            activity = sum(s.activity for s in sides)
            if n or activity != last_activity or any(s.in_flight() for s in sides):
                quiet = 0
            else:
                quiet += 1
            last_activity = activity
            for cmd in self.read_commands():
                await self.run_command(cmd)
            now = time.monotonic()
            if now - last_cells >= self.cfg.status_interval:
                last_cells = now
                await self.refresh_cells()
                self.write_status()
            if quiet >= QUIET_STEPS:
                select.select(fds, [], [], IDLE_WAIT_S)
            else:
                await Timer(STEP_NS, "ns")


@cocotb.test()
async def tap_bridge(dut):
    """Bridge the two namespaces' devices through the two simulated NICs until `stop`."""
    cfg = TapConfig.from_json(os.environ[ENV_TAP_CFG])
    bridge = Bridge(dut, cfg)
    try:
        await bridge.start()
        await bridge.run()
        await bridge.refresh_cells()
        bridge.state = "stopped"
    except BaseException as e:
        bridge.state, bridge.error = "error", f"{type(e).__name__}: {e}"
        raise
    finally:
        with contextlib.suppress(Exception):
            bridge.write_status(force=True)
        bridge.close()
