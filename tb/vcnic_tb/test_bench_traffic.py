"""Benchmark traffic through the full harness: driver and scoreboard (the bench engine adds
the model run). Run by `vcnic_tb.bench` (`vcnic bench`); not part of the test suite.

Configuration: JSON in VCNIC_BENCH_CFG; result: JSON to the file VCNIC_BENCH_RESULT.

- `bench_traffic`: the traffic of rtl/tb/bench_core.v `+mode=loop` (`vcnic_tb.bench.
  drive_traffic`): `vcs` UBR VCs (VPI 0, VCI 32 + i, max SDU 9180, null encapsulation),
  frame j on VC j mod vcs, lengths and UU from the HDL bench's functions, loopback. With
  `driver` (default) every frame goes through `NdisLayer.co_send_net_buffer_lists` and the
  miniport, and the scoreboard (the protocol client) checks every completion status and
  every received SDU byte for byte, per VC in order; without it frames go straight to the
  data port (to separate the port's cost from the driver's). `port`: "hdl" (HdlBackend on
  hdl_harness; `bus` "hdl" or "axil" for its register window) or "axis" (RtlBackend:
  cocotbext-axi for the streams and the bus, on vcnic_harness). Reports cycles,
  wall and CPU seconds of the traffic phase, line beats (hdl) and the adapter counters.
- `bench_activate`: the same, reporting also the create + activate phase of the driver
  (the scale benchmark: 1024 VCs).
"""

from __future__ import annotations

import json
import os

import cocotb
from cocotb.simtime import get_sim_time

from .bench import LoopbackScoreboard, adapter_counters, drive_traffic, setup_driver
from .core_io import runner_parameters
from .runner import CORE_DEFAULTS

ENV_CFG = "VCNIC_BENCH_CFG"
ENV_RESULT = "VCNIC_BENCH_RESULT"
TIMEOUT_MS = float(os.environ.get("VCNIC_BENCH_TIMEOUT_MS", "20000"))


def _backend(dut, port: str, bus: str | None):
    if port == "hdl":
        from .hdl_backend import HdlBackend

        return HdlBackend(dut, bus=bus)
    from .rtl_backend import RtlBackend

    return RtlBackend(dut)


async def _run(dut) -> None:
    from vcnic.ndis import CocotbRuntime

    cfg = json.loads(os.environ.get(ENV_CFG) or "{}")
    cfg.setdefault("vcs", 16)
    cfg.setdefault("frames", 500)
    port = cfg.get("port", "hdl")
    use_driver = bool(cfg.get("driver", True))
    be = _backend(dut, port, cfg.get("bus"))
    hdl = hasattr(be, "counters")

    def cycles() -> int:
        return be.counters()["cycles"] if hdl else int(get_sim_time("ns") // 10)

    await be.reset()
    rt = CocotbRuntime()
    board = LoopbackScoreboard(rt.event())
    params = runner_parameters()
    result: dict = {"config": cfg, "params": {k: v for k, v in params.items()
                                              if k in CORE_DEFAULTS}}
    ndis = handles = None
    consumers = []
    if use_driver:
        ndis, handles, result["setup"] = await setup_driver(be.window, be.port, int(cfg["vcs"]),
                                                            board, cycles=cycles)
    else:
        from vcnic.regs import VcParams

        await be.start(loopback=True)
        for i in range(int(cfg["vcs"])):
            res = await be.core.activate(i, VcParams(vci=32 + i, max_sdu=9180))
            assert res == 0, f"ACTIVATE VC {i}: result {res}"

        async def take_txc():
            while True:
                c = await be.port.tx_completion()
                board.done(c.status == 0, f"status {c.status}")

        async def take_rx():
            while True:
                f = await be.port.receive()
                board.got(f.vc, f.data, f.status == 0)

        consumers = [cocotb.start_soon(take_txc()), cocotb.start_soon(take_rx())]
    if int(cfg["frames"]) > 0:
        l0 = be.counters()["line_beats"] if hdl else None
        result["traffic"] = await drive_traffic(cfg, board, rt, ndis=ndis, handles=handles,
                                                port=be.port, cycles=cycles)
        result["traffic"]["line_beats"] = (be.counters()["line_beats"] - l0) if hdl else None
    for c in consumers:
        c.cancel()
    if ndis is not None and cfg.get("counters", True):
        result["adapter"] = await adapter_counters(ndis)
    result["scoreboard"] = {"ok": board.ok, "bad": board.bad[:10]}
    result["port_errors"] = list(getattr(be.port, "errors", []))[:10]
    path = os.environ.get(ENV_RESULT)
    if path:
        with open(path, "w") as fh:
            json.dump(result, fh, indent=1, default=str)
    assert board.ok, board.bad[:5]
    assert not result["port_errors"], result["port_errors"]


@cocotb.test(timeout_time=TIMEOUT_MS, timeout_unit="ms")
async def bench_traffic(dut):
    """The bench traffic through the driver (or the port), checked by the scoreboard."""
    await _run(dut)


@cocotb.test(timeout_time=TIMEOUT_MS, timeout_unit="ms")
async def bench_activate(dut):
    """Create and activate cfg["vcs"] VCs through the driver (timed), then the traffic."""
    await _run(dut)
