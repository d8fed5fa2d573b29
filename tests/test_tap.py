"""`vcnic tap`: real Linux traffic (ping, iperf3) between two network namespaces through two
simulated NICs on one ATM link (docs/tap.md).

Needs CAP_NET_ADMIN (root): without it every test here skips with the one-line reason
`vcnic tap` itself prints. The default suite runs the Icarus tests that fit its time
(ping 20/20 with a SunATM capture decoded by tshark, a VC flap under ping, clean-up after
SIGINT, SIGTERM and a killed simulator, the routed TUN mode); the long runs (iperf3 UDP
and TCP, both simulators, throughput for docs/performance.md) are marked `tap` and run
with `pytest -m tap tests/test_tap.py` (`make test-tap`).
"""

from __future__ import annotations

import json
import os
import re
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from vcnic.tap import netns
from vcnic.tap.config import TapConfig
from vcnic.tap.session import TapSession, live_line

pytestmark = [
    pytest.mark.rtl,
    # pyroute2 forks a helper to enter a namespace (netns.create, NetNS); Python >= 3.12
    # warns when the forking process has threads, as a pytest-xdist worker does (the CLI
    # has none). The child only calls setns() and talks netlink, it takes no lock.
    pytest.mark.filterwarnings(
        "ignore:This process .* is multi-threaded, use of fork:DeprecationWarning"),
]

NO_PRIV = netns.privilege_problem()
needs_priv = pytest.mark.skipif(NO_PRIV is not None, reason=str(NO_PRIV))
needs_ping = pytest.mark.skipif(shutil.which("ping") is None,
                                reason="ping not installed (tools/bootstrap.sh installs it)")
VCNIC = [sys.executable, "-m", "vcnic.cli"]


def _long(request) -> None:
    """The `tap` tests run only when selected (`-m tap`) or with VCNIC_TAP_LONG=1."""
    if "tap" not in (request.config.getoption("-m") or "") and os.environ.get(
            "VCNIC_TAP_LONG") != "1":
        pytest.skip("long tap run: select with -m tap (make test-tap)")


def ping(s: TapSession, n: int, *, interval: float = 0.2, wait: int = 10,
         side: str = "a") -> tuple[list[int], list[float], str]:
    """(replied sequence numbers, RTTs in ms, output) of `ping -c n` from `side`.

    `-w` (deadline) with `-c`: ping waits for all n replies until the deadline. With `-W`
    alone it waits only twice the largest RTT seen for the last replies once any has come,
    and a simulator briefly slowed by machine load then shows as packet loss."""
    deadline = int(n * interval + wait) + 1
    r = s.run(side, ["ping", "-n", "-c", str(n), "-i", str(interval), "-W", str(wait),
                     "-w", str(deadline), s.cfg.peer(side)], timeout=deadline + 120)
    seqs = [int(x) for x in re.findall(r"icmp_seq=(\d+) ttl", r.stdout)]
    rtts = [float(x) for x in re.findall(r"time=([\d.]+) ms", r.stdout)]
    return seqs, rtts, r.stdout + r.stderr


def _record(request, name: str, value) -> None:
    request.node.user_properties.append((name, value))
    print(f"{name}: {value}")


def _assert_gone(cfg: TapConfig, sim_pid: int | None) -> None:
    assert netns.leftovers(cfg) == [], netns.leftovers(cfg)
    if sim_pid:
        deadline = time.monotonic() + 10
        while Path(f"/proc/{sim_pid}").exists() and time.monotonic() < deadline:
            time.sleep(0.1)
        assert not Path(f"/proc/{sim_pid}").exists() or "zombie" in Path(
            f"/proc/{sim_pid}/status").read_text(), f"simulator {sim_pid} still runs"


def _assert_contained(s: TapSession) -> None:
    """The addresses exist only inside the two namespaces, with no route out of them."""
    root = subprocess.run(["ip", "-4", "-o", "addr"], capture_output=True, text=True,
                          check=True).stdout
    assert s.cfg.subnet + "." not in root, root
    for side in "ab":
        routes = s.run(side, ["ip", "-4", "route", "show", "table", "all"]).stdout
        assert "default" not in routes, routes
        main = s.run(side, ["ip", "-4", "route"]).stdout.strip().splitlines()
        assert len(main) == 1 and s.cfg.ifname in main[0], main  # the link's own route only
        links = s.run(side, ["ip", "-o", "link"]).stdout.strip().splitlines()
        assert len(links) == 2, links  # lo and atm0


# ------------------------------------------------------------------ no privileges
def test_privilege_problem_is_one_line(tmp_path):
    status = tmp_path / "status"
    status.write_text("Name:\tx\nCapEff:\t0000000000000000\n")
    msg = netns.privilege_problem(str(status))
    assert msg and "\n" not in msg and "CAP_NET_ADMIN" in msg
    status.write_text(f"CapEff:\t{1 << netns.CAP_NET_ADMIN:016x}\n")
    assert netns.privilege_problem(str(status)) in (None, netns.privilege_problem())


@pytest.mark.skipif(os.geteuid() != 0 or shutil.which("setpriv") is None,
                    reason="needs root and setpriv to drop CAP_NET_ADMIN")
def test_without_cap_net_admin_says_so_in_one_line():
    r = subprocess.run(["setpriv", "--bounding-set", "-net_admin", "--inh-caps", "-net_admin",
                        *VCNIC, "tap", "--ping", "1"], capture_output=True, text=True,
                       timeout=60)
    assert r.returncode == 3, r
    assert r.stderr.strip().count("\n") == 0 and "CAP_NET_ADMIN" in r.stderr, r.stderr


def test_config_names_addresses_and_live_line():
    cfg = TapConfig(tag="123")
    assert (cfg.netns("a"), cfg.devname("b")) == ("vcnic-123-a", "vcn123b")
    assert (cfg.address("a"), cfg.peer("a")) == ("10.214.0.1", "10.214.0.2")
    assert cfg.max_sdu == 1500 + 14 + 10  # Ethernet header + LLC/SNAP bridged header
    assert TapConfig(mode="routed", encap="vcmux").max_sdu == 1500
    assert TapConfig.from_json(cfg.to_json()) == cfg
    for bad in ({"mode": "x"}, {"encap": "x"}, {"tag": "a-b"}, {"mtu": 20}, {"guard_vci": 100}):
        with pytest.raises(ValueError):
            TapConfig(**bad)
    line = live_line({"state": "running", "sim_ns": 2_000_000, "wall_s": 20.0,
                      "cells_tx": {"a": 64, "b": 32}, "vc_state": {"a": "active", "b": "active"},
                      "stats": {"a": {"tx_success": 2}, "b": {"tx_success": 1}}})
    assert "A->B 2 pkts 64 cells" in line and "B->A 1 pkts 32 cells" in line
    assert "sim 2.000 ms" in line and "20.0 s wall" in line and "10,000" in line


# ------------------------------------------------------------------ traffic (Icarus)
@needs_priv
@needs_ping
def test_ping_20_of_20_and_tshark_decodes_the_capture(tmp_path, request):
    """ping 20/20 A->B over RFC 2684 bridged LLC; a UDP burst; the SunATM capture taken
    at NIC A holds the ICMP and UDP packets (tshark decodes them when installed)."""
    pcap = tmp_path / "a.sunatm.pcap"
    erf = tmp_path / "cells.erf.pcap"
    cfg = TapConfig(sunatm=str(pcap), erf=str(erf), workdir=str(tmp_path / "run"))
    with TapSession(cfg) as s:
        _assert_contained(s)
        seqs, rtts, out = ping(s, 20)
        assert sorted(seqs) == list(range(1, 21)), (out, s.status(fresh=True))
        _record(request, "ping_rtt_ms", {"min": min(rtts), "avg": sum(rtts) / len(rtts),
                                         "max": max(rtts)})
        # a UDP burst: 5 datagrams A -> B (python in namespace A, any receiver)
        send = ("import socket; s=socket.socket(socket.AF_INET, socket.SOCK_DGRAM)\n"
                f"for i in range(5): s.sendto(b'vcnic-udp-%d' % i, ('{cfg.peer('a')}', 9999))")
        s.run("a", [sys.executable, "-c", send], check=True, timeout=60)
        time.sleep(1.0)
        st = s.status(fresh=True)
    a, b = st["stats"]["a"], st["stats"]["b"]
    # every frame read from a device went out OK on the VC and was delivered on the other
    assert a["dev_in"] == a["tx_success"] == b["rx_pdus"] == b["dev_out"], (a, b)
    assert b["dev_in"] == b["tx_success"] == a["rx_pdus"] == a["dev_out"], (a, b)
    assert not a.get("rx_guard") and not b.get("rx_guard")
    from scapy.utils import rdpcap

    recs = rdpcap(str(pcap))
    raw = [bytes(p) for p in recs]
    assert sum(b"vcnic-udp-" in r for r in raw) >= 5
    assert len(rdpcap(str(erf))) > 0
    if shutil.which("tshark") is None:
        if os.environ.get("VCNIC_TSHARK") == "1":
            pytest.fail("VCNIC_TSHARK=1 but tshark is not installed")
        pytest.skip("tshark not installed (VCNIC_TSHARK=1 make setup installs it); "
                    "the capture was checked with scapy")
    r = subprocess.run(["tshark", "-r", str(pcap), "-T", "fields", "-e", "frame.protocols",
                        "-e", "icmp.type", "-e", "udp.dstport"], capture_output=True,
                       text=True, timeout=120, check=True)
    rows = [line.split("\t") for line in r.stdout.splitlines()]
    icmp = [x for x in rows if x[0].startswith("atm:llc:eth") and ":icmp" in x[0]]
    # (B answers each datagram with ICMP port unreachable, which quotes it: not counted)
    udp = [x for x in rows if x[0].startswith("atm:llc:eth") and ":udp" in x[0]
           and ":icmp" not in x[0] and x[2] == "9999"]
    assert sum(x[1] == "8" for x in icmp) == 20 and sum(x[1] == "0" for x in icmp) == 20, rows
    assert sum(x[1] == "3" for x in icmp) == 5, rows  # the port unreachables
    assert len(udp) == 5, rows


@needs_priv
@needs_ping
def test_routed_tun_vcmux_ping():
    """The second mode: routed IPv4 on point-to-point TUN devices, VC multiplexing."""
    cfg = TapConfig(mode="routed", encap="vcmux")
    with TapSession(cfg) as s:
        _assert_contained(s)
        seqs, _, out = ping(s, 5)
        assert sorted(seqs) == [1, 2, 3, 4, 5], (out, s.status(fresh=True))
        st = s.status(fresh=True)
    assert st["stats"]["a"]["tx_success"] == 5 and st["stats"]["b"]["tx_success"] == 5, st


@needs_priv
@needs_ping
def test_vc_deactivated_and_reactivated_while_ping_runs(request):
    """A's VC goes down mid-ping: replies stop (A's requests are refused by its driver,
    B's cells count as unknown VC at A), then resume after re-activation; the guard VC
    open on both NICs never receives a frame."""
    cfg = TapConfig()
    with TapSession(cfg) as s:
        seqs, _, out = ping(s, 3)
        assert len(seqs) == 3, out
        p = s.popen("a", ["ping", "-n", "-c", "40", "-i", "0.25", "-W", "2", cfg.peer("a")],
                    stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
        time.sleep(3.0)
        down = s.command("deactivate a")
        assert down["result"] == "SUCCESS", down
        st_gap0 = s.status(fresh=True)
        time.sleep(3.0)
        st_down = s.status(fresh=True)
        up = s.command("activate a")
        assert up["result"] == "SUCCESS", up
        out, _ = p.communicate(timeout=120)
        st = s.status(fresh=True)
    replied = [int(x) for x in re.findall(r"icmp_seq=(\d+) ttl", out)]
    # when each command took effect, in ping sequence numbers (0.25 s apart)
    t0 = down["wall_s"] - 3.0
    gap = [seq for seq in range(1, 41)
           if down["done_wall_s"] + 0.5 < t0 + (seq - 1) * 0.25 < up["wall_s"] - 0.5]
    assert gap, (down, up)
    assert not set(gap) & set(replied), f"replies while the VC was down: {out}"
    assert any(seq < gap[0] for seq in replied), out
    assert any(seq > gap[-1] for seq in replied), f"no reply after re-activation: {out}"
    a = st["stats"]["a"]
    assert st_down["vc_state"]["a"] == "created"
    assert a.get("tx_vc_inactive", 0) >= len(gap) - 1, a
    # every frame read from a device either went out (tx_success) or is counted in exactly
    # one other place (refused while the VC was down, aborted by the deactivation, ...)
    for side in "ab":
        x = st["stats"][side]
        outcomes = {k: v for k, v in x.items() if k.startswith("tx_") and k != "tx_bytes"}
        assert sum(outcomes.values()) == x["dev_in"], (side, x)
        assert x.get("rx_pdus", 0) == x.get("dev_out", 0), (side, x)
    # while A's VC was down nothing was delivered on either side
    for side in "ab":
        g0, g1 = st_gap0["stats"][side], st_down["stats"][side]
        assert g1.get("rx_pdus", 0) == g0.get("rx_pdus", 0), (side, g0, g1)
        assert g1.get("dev_out", 0) == g0.get("dev_out", 0), (side, g0, g1)
    assert not a.get("rx_guard") and not st["stats"]["b"].get("rx_guard"), st
    _record(request, "vc_flap", {"replied": len(replied), "gap": len(gap),
                                 "refused_at_a": a.get("tx_vc_inactive", 0)})


# ------------------------------------------------------------------ clean-up
def _start_cli(tmp_path: Path) -> tuple[subprocess.Popen, TapConfig]:
    work = tmp_path / "run"
    p = subprocess.Popen([*VCNIC, "tap", "--no-live", "--workdir", str(work)],
                         stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    deadline = time.monotonic() + 300
    for line in p.stdout:
        if line.startswith("ready:"):
            break
        assert time.monotonic() < deadline
    else:
        pytest.fail(f"vcnic tap ended before it was ready (rc {p.wait()})")
    cfg = TapConfig.from_json((work / "config.json").read_text())
    return p, cfg


@needs_priv
@pytest.mark.parametrize("how", ["SIGINT", "SIGTERM", "kill-simulator"])
def test_nothing_left_behind(tmp_path, how):
    """Ctrl-C, kill (SIGTERM) of `vcnic tap`, or the simulator killed under it: no
    namespace, interface or simulator process remains."""
    p, cfg = _start_cli(tmp_path)
    assert len(netns.leftovers(cfg)) == 2  # the two namespaces exist while it runs
    sim_pid = json.loads(Path(cfg.status_file).read_text())["pid"]
    if how == "kill-simulator":
        os.kill(sim_pid, signal.SIGKILL)
    else:
        p.send_signal(getattr(signal, how))
    out, _ = p.communicate(timeout=120)
    assert p.returncode != 0, out
    _assert_gone(cfg, sim_pid)


@needs_priv
def test_stale_namespaces_of_a_killed_run_are_swept():
    """SIGKILL of `vcnic tap` itself cannot be handled: the next run removes what a run
    whose pid is gone left (namespaces named after that pid)."""
    dead = subprocess.Popen(["true"])
    dead.wait()
    cfg = TapConfig(tag=str(dead.pid))
    netns.create_namespaces(cfg)
    try:
        assert len(netns.leftovers(cfg)) == 2
        assert set(netns.sweep_stale()) >= {cfg.netns("a"), cfg.netns("b")}
        assert netns.leftovers(cfg) == []
    finally:
        netns.remove(cfg)


# ------------------------------------------------------------------ long runs
_TCP_SERVER = """
import hashlib, socket
srv = socket.create_server(("0.0.0.0", 5201))
conn, _ = srv.accept()
h, n = hashlib.sha256(), 0
while data := conn.recv(65536):
    h.update(data)
    n += len(data)
conn.sendall(f"{n}:{h.hexdigest()}".encode())
conn.close()
"""
_TCP_CLIENT = """
import hashlib, os, socket
data = os.urandom(1 << 20)
s = socket.create_connection(("{peer}", 5201), timeout=600)
s.sendall(data)
s.shutdown(socket.SHUT_WR)
reply = b""
while chunk := s.recv(4096):
    reply += chunk
print(f"{{len(data)}}:{{hashlib.sha256(data).hexdigest()}}", reply.decode())
"""


def _traffic(s: TapSession, request, label: str) -> dict:
    if shutil.which("iperf3") is None:
        pytest.skip("iperf3 not installed (tools/bootstrap.sh installs it)")
    cfg = s.cfg
    server = s.popen("b", ["iperf3", "-s", "-1", "-J"], stdout=subprocess.PIPE, text=True)
    time.sleep(1.0)
    t0 = time.monotonic()
    r = s.run("a", ["iperf3", "-c", cfg.peer("a"), "-u", "-b", "20k", "-l", "100", "-k", "1000",
                    "-J", "--connect-timeout", "60000"], timeout=3600)
    udp_s = time.monotonic() - t0
    server.communicate(timeout=120)
    assert r.returncode == 0, r.stdout[-2000:] + r.stderr
    end = json.loads(r.stdout)["end"]["sum"]
    assert end["lost_packets"] == 0 and end["packets"] == 1000, end
    # TCP: 1 MiB of random bytes A -> B over one connection; B answers with the length and
    # SHA-256 of what it read up to the sender's FIN, so "completes" means every byte
    # arrived intact. (iperf3 -n counts at the receiver only until the sender's end-of-test
    # message, which overtakes data still in flight on a link this slow: it under-reports.)
    st0 = s.status(fresh=True)
    server = s.popen("b", [sys.executable, "-c", _TCP_SERVER], stdout=subprocess.PIPE,
                     text=True)
    time.sleep(1.0)
    t0 = time.monotonic()
    r = s.run("a", [sys.executable, "-c", _TCP_CLIENT.format(peer=cfg.peer("a"))],
              timeout=3600)
    tcp_s = time.monotonic() - t0
    server.communicate(timeout=120)
    assert r.returncode == 0, r.stdout + r.stderr
    sent, got = r.stdout.split()
    assert got == sent, f"B received {got}, A sent {sent}"
    st1 = s.status(fresh=True)
    frames = sum(st1["stats"][x].get("tx_success", 0) - st0["stats"][x].get("tx_success", 0)
                 for x in "ab")
    fig = {"sim": label, "udp_1000_wall_s": round(udp_s, 1), "tcp_1MiB_wall_s": round(tcp_s, 1),
           "tcp_1MiB_frames": frames, "tcp_pkts_per_s_wall": round(frames / tcp_s, 1),
           "tcp_sim_ms": round((st1["sim_ns"] - st0["sim_ns"]) / 1e6, 3)}
    _record(request, "tap_throughput", fig)
    return fig


@needs_priv
@needs_ping
@pytest.mark.tap
@pytest.mark.slow
@pytest.mark.parametrize("sim", ["icarus", "verilator"])
def test_ping_and_iperf3_on_both_simulators(sim, request, tmp_path):
    """The same run on each simulator: ping 20/20, iperf3 UDP 1000 datagrams (0 lost), a
    1 MiB TCP transfer checked by SHA-256; the packets/s (wall) go to docs/performance.md."""
    _long(request)
    if sim == "verilator":
        from vcnic_tb.runner import verilator_available

        why = verilator_available()
        if why:
            pytest.skip(why)
    cfg = TapConfig(sim=sim, workdir=str(tmp_path / "run"))
    with TapSession(cfg, ready_timeout=1800) as s:
        seqs, rtts, out = ping(s, 20)
        assert sorted(seqs) == list(range(1, 21)), out
        _record(request, "ping_rtt_ms", {"sim": sim, "min": min(rtts),
                                         "avg": round(sum(rtts) / len(rtts), 1),
                                         "max": max(rtts)})
        _traffic(s, request, sim)
