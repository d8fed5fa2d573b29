"""`vcnic tap`: two network namespaces joined by two simulated ATM NICs (docs/tap.md).

    vcnic tap [--mode bridged|routed] [--encap llc|vcmux] [--sim icarus|verilator]
              [--vpi N] [--vci N] [--mtu N] [--sunatm FILE] [--erf FILE]
              [--ping N] [--duration S] [--no-live] [--workdir DIR]

Without --ping or --duration it runs until Ctrl-C (or SIGTERM), showing the live line.
Everything it made (namespaces, devices, the simulator) is gone when it returns.
"""

from __future__ import annotations

import argparse
import os
import re
import signal
import sys
import time

from rich.console import Console
from rich.live import Live

from .config import ENCAPS, MODES, TapConfig
from .netns import privilege_problem
from .session import TapFailed, TapSession, TapUnavailable, live_line

EXIT_OK, EXIT_FAIL, EXIT_USAGE, EXIT_UNAVAILABLE = 0, 1, 2, 3


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="vcnic tap",
        description="Carry real Linux traffic through the RTL: two network namespaces, a "
                    "TAP (bridged) or TUN (routed) interface in each, joined by two simulated "
                    "vcnic NICs whose line TX and RX are crossed.")
    p.add_argument("--mode", choices=MODES, default="bridged",
                   help="bridged: RFC 2684 bridged Ethernet on TAP; routed: RFC 2684 routed "
                        "IPv4 on point-to-point TUN, as CLIP (bridged)")
    p.add_argument("--encap", choices=ENCAPS, default="llc",
                   help="RFC 2684 LLC/SNAP or VC multiplexing (llc)")
    p.add_argument("--sim", choices=("icarus", "verilator"), default="icarus",
                   help="simulator (icarus)")
    p.add_argument("--vpi", type=int, default=0, help="VPI of the VC (0)")
    p.add_argument("--vci", type=int, default=100, help="VCI of the VC (100)")
    p.add_argument("--mtu", type=int, default=1500, help="interface MTU (1500)")
    p.add_argument("--sunatm", metavar="FILE", help="SunATM pcap of the PDUs at NIC A")
    p.add_argument("--erf", metavar="FILE", help="ERF pcap of every line cell, both ways")
    p.add_argument("--ping", type=int, metavar="N",
                   help="ping A->B N times, print the result and stop")
    p.add_argument("--duration", type=float, metavar="S", help="stop after S seconds")
    p.add_argument("--no-live", action="store_true",
                   help="no live line (a status line every 5 s instead)")
    p.add_argument("--workdir", metavar="DIR",
                   help="run directory: status, control file, simulator log (a temp dir)")
    p.add_argument("--waves", action="store_true", help="FST waveform of the simulation")
    return p


_MAIN_PID = os.getpid()


def _sigterm(signum, frame):
    if os.getpid() != _MAIN_PID:  # a helper child forked by pyroute2 (NetNS): just die
        os._exit(128 + signum)
    raise SystemExit(128 + signum)


def _ping(session: TapSession, n: int, console: Console) -> bool:
    cfg = session.cfg
    # -w: wait for all n replies up to a deadline (-W alone gives up on the last ones after
    # twice the largest RTT seen, which a loaded machine's simulator can exceed)
    r = session.run("a", ["ping", "-n", "-c", str(n), "-i", "0.2", "-W", "10",
                          "-w", str(int(n * 0.2) + 11), cfg.peer("a")])
    rtts = [float(x) for x in re.findall(r"time=([\d.]+) ms", r.stdout)]
    summary = next((line for line in r.stdout.splitlines() if "packets transmitted" in line),
                   r.stderr.strip())
    console.print(f"ping {cfg.address('a')} -> {cfg.peer('a')}: {summary}")
    if rtts:
        console.print(f"RTT ms: min {min(rtts):.1f} avg {sum(rtts) / len(rtts):.1f} "
                      f"max {max(rtts):.1f}")
    return len(rtts) == n


def run(args, console: Console) -> int:
    cfg = TapConfig(mode=args.mode, encap=args.encap, sim=args.sim, vpi=args.vpi,
                    vci=args.vci, guard_vci=args.vci + 1, mtu=args.mtu, sunatm=args.sunatm,
                    erf=args.erf, workdir=args.workdir or "", waves=args.waves)
    problem = privilege_problem()
    if problem:
        raise TapUnavailable(problem)
    console.print(f"vcnic tap: {cfg.mode} {cfg.encap} on VC {cfg.vpi}/{cfg.vci}, {cfg.sim}; "
                  "building and starting the simulation...")
    with TapSession(cfg) as s:
        if s.stale_removed:
            console.print(f"removed stale namespaces: {', '.join(s.stale_removed)}")
        console.print(f"ready: {cfg.netns('a')} {cfg.ifname} {cfg.address('a')}  <->  "
                      f"{cfg.netns('b')} {cfg.ifname} {cfg.address('b')}  "
                      f"(ip netns exec {cfg.netns('a')} ping {cfg.peer('a')})", highlight=False)
        sys.stdout.flush()
        if args.ping:
            ok = _ping(s, args.ping, console)
            console.print(live_line(s.status(fresh=True)), highlight=False)
            return EXIT_OK if ok else EXIT_FAIL
        end = time.monotonic() + args.duration if args.duration else None
        live = None if args.no_live or not console.is_terminal else Live(
            live_line(s.status()), console=console, refresh_per_second=4)
        last_print = 0.0
        try:
            if live is not None:
                live.start()
            while end is None or time.monotonic() < end:
                if not s.alive:
                    raise TapFailed(s._why())
                line = live_line(s.status())
                if live is not None:
                    live.update(line)
                elif time.monotonic() - last_print >= 5:
                    last_print = time.monotonic()
                    console.print(line, highlight=False)
                    sys.stdout.flush()
                time.sleep(0.25)
        finally:
            if live is not None:
                live.stop()
            console.print(live_line(s.status()), highlight=False)
    return EXIT_OK


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(sys.argv[1:] if argv is None else argv)
    console = Console()
    if not console.is_terminal:
        console = Console(width=max(console.width, 160))
    old = signal.signal(signal.SIGTERM, _sigterm)
    try:
        return run(args, console)
    except TapUnavailable as e:
        sys.stderr.write(f"{e}\n")
        return EXIT_UNAVAILABLE
    except ValueError as e:
        sys.stderr.write(f"vcnic tap: error: {e}\n")
        return EXIT_USAGE
    except TapFailed as e:
        sys.stderr.write(f"vcnic tap: {e}\n")
        return EXIT_FAIL
    except KeyboardInterrupt:
        sys.stderr.write("vcnic tap: interrupted; namespaces, devices and simulator removed\n")
        return 130
    except SystemExit as e:
        if e.code and e.code >= 128:
            sys.stderr.write("vcnic tap: terminated; namespaces, devices and simulator "
                             "removed\n")
        raise
    finally:
        signal.signal(signal.SIGTERM, old)


if __name__ == "__main__":
    sys.exit(main())
