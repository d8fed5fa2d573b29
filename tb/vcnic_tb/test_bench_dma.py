"""Benchmark traffic through the DMA host interface (docs/dma.md): the NIC (rtl/vcnic_nic.v)
in its harness with the HDL host memory (`vcnic_tb.dma_backend.DmaBackend`), the driver's
ring manager (`vcnic.miniport.dma.DmaPort`) on its register window, host memory backdoor and
interrupt vectors. Run by `vcnic_tb.bench` (`vcnic bench --only dma_speed`); not part of the
test suite. The side (b) of the DMA harness/pure-Verilog ratio; (a) is rtl/tb/bench_nic.v
`+mode=loop` with the same traffic.

Configuration: JSON in VCNIC_BENCH_CFG; result: JSON to the file VCNIC_BENCH_RESULT.

- `bench_traffic`: the traffic of `vcnic_tb.bench.drive_traffic` (bench_core.v's VCs,
  lengths and UU), loopback. With `driver` (default) every frame goes through NdisLayer +
  Miniport on the DmaPort and the scoreboard checks every completion and every SDU; without
  it frames go straight to the DmaPort ("ports only": the ring manager's own cost).
- Besides the timing it reports what crossed the language boundary: register accesses by
  address (doorbells = writes of TX_PROD, TXCQ_HEAD, RXF_PROD, RXCQ_HEAD), host memory
  backdoor calls and bytes, interrupt vector waits; and with `profile` a cProfile of the
  traffic phase inside the simulator process (the functions that cost the most).
"""

from __future__ import annotations

import json
import os

import cocotb
from cocotb.simtime import get_sim_time

from .bench import LoopbackScoreboard, adapter_counters, drive_traffic, setup_driver
from .bench.harness import CountingMemory, CountingVectors, CountingWindow, profile_stats
from .core_io import runner_parameters
from .runner import CORE_DEFAULTS

ENV_CFG = "VCNIC_BENCH_CFG"
ENV_RESULT = "VCNIC_BENCH_RESULT"
TIMEOUT_MS = float(os.environ.get("VCNIC_BENCH_TIMEOUT_MS", "20000"))


async def _run(dut) -> None:
    from vcnic.miniport.dma import DmaPort
    from vcnic.ndis import CocotbRuntime

    from .dma_backend import DmaBackend

    cfg = json.loads(os.environ.get(ENV_CFG) or "{}")
    cfg.setdefault("vcs", 16)
    cfg.setdefault("frames", 500)
    use_driver = bool(cfg.get("driver", True))
    be = DmaBackend(dut)
    await be.reset()
    if cfg.get("lat") is not None and hasattr(be, "set_read_latency"):
        be.set_read_latency(int(cfg["lat"]))
    window = CountingWindow(be.window)
    memory = CountingMemory(be.memory)
    irqs = CountingVectors(be.irqs)
    port = DmaPort(window, memory, irqs)

    def cycles() -> int:
        return int(get_sim_time("ns") // 10)

    rt = CocotbRuntime()
    board = LoopbackScoreboard(rt.event())
    params = runner_parameters()
    result: dict = {"config": cfg, "params": {k: v for k, v in params.items()
                                              if k in CORE_DEFAULTS}}
    ndis = handles = None
    consumers = []
    if use_driver:
        ndis, handles, result["setup"] = await setup_driver(window, port, int(cfg["vcs"]),
                                                            board, cycles=cycles)
    else:
        from vcnic.regs import RegisterClient, VcParams, pack

        # no NDIS, no miniport: the core enabled in loopback and the VCs activated over the
        # register bus, the DmaPort's rings set up by the port itself, then the traffic
        # straight into the DmaPort (what the ring manager costs on its own)
        core = RegisterClient(window)
        await core.write("CTRL", pack("CTRL", enable=1, loopback=1, hec_correct=1))
        await port.start()
        for i in range(int(cfg["vcs"])):
            res = await core.activate(i, VcParams(vci=32 + i, max_sdu=9180))
            assert res == 0, f"ACTIVATE VC {i}: result {res}"

        async def take_txc():
            while True:
                c = await port.tx_completion()
                board.done(c.status == 0, f"status {c.status}")

        async def take_rx():
            while True:
                f = await port.receive()
                board.got(f.vc, f.data, f.status == 0)

        consumers = [cocotb.start_soon(take_txc()), cocotb.start_soon(take_rx())]
    if int(cfg["frames"]) > 0:
        window.reset_counts()
        memory.reset_counts()
        irqs.reset_counts()
        prof = None
        if cfg.get("profile"):
            import cProfile

            prof = cProfile.Profile()
            prof.enable()
        result["traffic"] = await drive_traffic(cfg, board, rt, ndis=ndis, handles=handles,
                                                port=port, cycles=cycles)
        if prof is not None:
            prof.disable()
            result["profile"] = profile_stats(prof)
            if cfg.get("profile_dump"):  # the whole profile, for pstats / snakeviz
                prof.dump_stats(cfg["profile_dump"])
        result["traffic"]["bus"] = window.counts()
        result["traffic"]["memory"] = memory.counts()
        result["traffic"]["vectors"] = irqs.counts()
        result["traffic"]["doorbells"] = window.doorbells()
    for c in consumers:
        c.cancel()
    if ndis is not None and cfg.get("counters", True):
        result["adapter"] = await adapter_counters(ndis)
    result["scoreboard"] = {"ok": board.ok, "bad": board.bad[:10]}
    path = os.environ.get(ENV_RESULT)
    if path:
        with open(path, "w") as fh:
            json.dump(result, fh, indent=1, default=str)
    assert board.ok, board.bad[:5]


@cocotb.test(timeout_time=TIMEOUT_MS, timeout_unit="ms")
async def bench_traffic(dut):
    """The bench traffic through the driver (or the DmaPort), checked by the scoreboard."""
    await _run(dut)
