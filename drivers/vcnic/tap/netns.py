"""The host side of `vcnic tap`: two network namespaces and an interface in each (pyroute2).

Everything is named after the run's tag (`TapConfig.netns`, `TapConfig.devname`), lives
only inside the two namespaces (no route, no link and no address in the root namespace)
and is removed by `remove()`. A run killed with SIGKILL cannot clean up after itself; the
next run removes namespaces whose tag is the pid of a process that no longer exists
(`sweep_stale`).
"""

from __future__ import annotations

import contextlib
import os
import re
import subprocess

from .config import TapConfig

__all__ = ["privilege_problem", "create_namespaces", "attach", "remove", "sweep_stale",
           "leftovers", "exec_argv"]

CAP_NET_ADMIN = 12
_OURS = re.compile(r"^vcnic-([A-Za-z0-9]{1,8})-[ab]$")


def privilege_problem(status: str = "/proc/self/status") -> str | None:
    """None when this process may create namespaces and TAP devices, else one line why not.
    (`status`: the /proc status file to read the effective capabilities from.)"""
    try:
        with open(status) as fh:
            caps = next(int(line.split()[1], 16) for line in fh if line.startswith("CapEff:"))
    except (OSError, StopIteration, ValueError):
        return "vcnic tap: cannot read this process's capabilities (/proc/self/status)"
    if not caps & (1 << CAP_NET_ADMIN):
        return ("vcnic tap needs CAP_NET_ADMIN (run as root, e.g. sudo) to create network "
                "namespaces and TAP devices")
    if not os.path.exists("/dev/net/tun"):
        return "vcnic tap needs /dev/net/tun (the tun kernel module) for TAP/TUN devices"
    return None


def exec_argv(ns: str, argv: list[str]) -> list[str]:
    """`argv` run inside namespace `ns` (iproute2's `ip netns exec`)."""
    return ["ip", "netns", "exec", ns, *argv]


def create_namespaces(cfg: TapConfig) -> None:
    """Both namespaces, loopback up, IPv6 off (IPv4 only: no router/neighbour
    solicitations on the ATM link, so every frame on it is the traffic under test)."""
    from pyroute2 import NetNS, netns

    for side in "ab":
        name = cfg.netns(side)
        netns.create(name)
        with NetNS(name) as ns:
            lo = ns.link_lookup(ifname="lo")[0]
            ns.link("set", index=lo, state="up")
        for knob in ("all", "default"):
            subprocess.run(exec_argv(name, ["sh", "-c", "echo 1 > /proc/sys/net/ipv6/conf/"
                                            f"{knob}/disable_ipv6"]), check=False,
                           stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def attach(cfg: TapConfig, side: str) -> None:
    """Move the device `cfg.devname(side)` (created, still in the root namespace) into
    the side's namespace as `cfg.ifname`, set MTU, MAC (TAP), address and bring it up.

    bridged: `subnet.1/24` and `subnet.2/24` on TAP devices; routed: a point-to-point TUN
    pair, `subnet.1 peer subnet.2/32` (no broadcast, no ARP: as CLIP)."""
    from pyroute2 import IPRoute, NetNS

    name = cfg.netns(side)
    with IPRoute() as ip:
        idx = ip.link_lookup(ifname=cfg.devname(side))[0]
        ip.link("set", index=idx, net_ns_fd=name)
    with NetNS(name) as ns:
        idx = ns.link_lookup(ifname=cfg.devname(side))[0]
        kw = {"ifname": cfg.ifname, "mtu": cfg.mtu}
        if cfg.mode == "bridged":
            kw["address"] = cfg.mac(side)
        ns.link("set", index=idx, **kw)
        if cfg.mode == "bridged":
            ns.addr("add", index=idx, address=cfg.address(side), prefixlen=24)
        else:
            ns.addr("add", index=idx, local=cfg.address(side), address=cfg.peer(side),
                    prefixlen=32)
        ns.link("set", index=idx, state="up")


def _namespaces() -> list[str]:
    from pyroute2 import netns

    try:
        return list(netns.listnetns())
    except OSError:
        return []


def remove(cfg: TapConfig) -> None:
    """Remove the run's namespaces (their interfaces go with them) and a device that never
    made it into its namespace."""
    from pyroute2 import IPRoute, netns

    for side in "ab":
        name = cfg.netns(side)
        if name in _namespaces():
            with contextlib.suppress(OSError):
                netns.remove(name)
    with IPRoute() as ip:
        for side in "ab":
            for idx in ip.link_lookup(ifname=cfg.devname(side)):
                with contextlib.suppress(Exception):
                    ip.link("del", index=idx)


def _pid_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def sweep_stale() -> list[str]:
    """Remove namespaces of earlier runs whose tag is a pid that no longer runs (a run
    killed with SIGKILL); returns their names."""
    from pyroute2 import netns

    gone = []
    for name in _namespaces():
        m = _OURS.match(name)
        if m and m.group(1).isdigit() and not _pid_alive(int(m.group(1))):
            with contextlib.suppress(OSError):
                netns.remove(name)
                gone.append(name)
    return gone


def leftovers(cfg: TapConfig) -> list[str]:
    """What of the run still exists: namespaces, root-namespace devices (for tests)."""
    from pyroute2 import IPRoute

    found = [n for n in _namespaces() if n in (cfg.netns("a"), cfg.netns("b"))]
    with IPRoute() as ip:
        for side in "ab":
            if ip.link_lookup(ifname=cfg.devname(side)):
                found.append(f"link {cfg.devname(side)}")
    return found
