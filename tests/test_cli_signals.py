"""A `vcnic` run killed by a signal (SIGTERM from `timeout`, SIGHUP) or Ctrl-C (SIGINT)
leaves no process behind: no simulator (vvp, a Verilator binary), no worker.

Each case starts a long `vcnic sim --backend rtl`, waits until its simulator runs,
signals the `vcnic` process only (not its group, so nothing else helps it), and checks
that every process it had started is gone. `vcnic.children` does the reaping.
"""

from __future__ import annotations

import contextlib
import os
import signal
import subprocess
import sys
import time

import pytest
from vcnic.children import descendants

pytestmark = pytest.mark.rtl

SIMULATORS = ("vvp", "Vvcnic", "Vhdl_harness", "Vvcnic_harness")


def _comm(pid: int) -> str:
    try:
        with open(f"/proc/{pid}/comm") as f:
            return f.read().strip()
    except OSError:
        return ""


def _alive(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/stat", "rb") as f:
            stat = f.read()
    except OSError:
        return False
    return stat[stat.rfind(b")") + 2:][:1] != b"Z"


SIM_RUN = ["sim", "--backend", "rtl", "--frames", "100000", "--vcs", "4", "--seed", "3"]


@pytest.mark.skipif(not os.path.isdir("/proc"), reason="needs /proc (Linux)")
@pytest.mark.parametrize(("args", "sig", "code"), [
    (SIM_RUN, signal.SIGTERM, 128 + signal.SIGTERM),
    (SIM_RUN, signal.SIGINT, 130),
    (SIM_RUN, signal.SIGHUP, 128 + signal.SIGHUP),
    # the regression: pytest, its xdist workers and their simulators
    (["regress", "--seeds", "2", "--jobs", "2", "--test", "RandomTest", "--seed-base", "1"],
     signal.SIGTERM, 128 + signal.SIGTERM),
], ids=["sim-SIGTERM", "sim-SIGINT", "sim-SIGHUP", "regress-SIGTERM"])
def test_killed_run_leaves_no_simulator(args, sig, code, tmp_path):
    env = dict(os.environ, SIM="icarus")
    if args[0] == "regress":
        args = [*args, "--out", str(tmp_path / "regress")]
    proc = subprocess.Popen(
        [sys.executable, "-m", "vcnic.cli", *args],
        stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env, text=True)
    seen: set[int] = set()
    try:
        deadline = time.monotonic() + 300  # a cold build of the harness included
        sim = []
        while time.monotonic() < deadline and proc.poll() is None:
            kids = descendants(proc.pid)
            seen.update(kids)
            sim = [p for p in kids if _comm(p).startswith(SIMULATORS)]
            if sim:
                break
            time.sleep(0.2)
        assert sim, f"no simulator started (rc {proc.poll()}): {proc.stderr.read()[-2000:]}"
        time.sleep(1.0)  # let it settle into the run
        seen.update(descendants(proc.pid))
        proc.send_signal(sig)
        rc = proc.wait(timeout=60)
        assert rc == code, (rc, proc.stderr.read()[-2000:])
        time.sleep(0.2)
        left = [(p, _comm(p)) for p in sorted(seen) if _alive(p)]
        assert not left, f"processes left behind after {sig.name}: {left}"
    finally:
        for p in [proc.pid, *seen]:
            if _alive(p):
                with contextlib.suppress(OSError):
                    os.kill(p, signal.SIGKILL)
        proc.wait(timeout=10)


def test_reaping_keeps_an_ignored_signal_ignored():
    """Under nohup SIGHUP is ignored: `reaping()` must not turn it into a kill."""
    from vcnic.children import reaping

    old = signal.signal(signal.SIGHUP, signal.SIG_IGN)
    try:
        with reaping():
            assert signal.getsignal(signal.SIGHUP) is signal.SIG_IGN
            assert signal.getsignal(signal.SIGTERM) not in (signal.SIG_DFL, signal.SIG_IGN)
        assert signal.getsignal(signal.SIGHUP) is signal.SIG_IGN
    finally:
        signal.signal(signal.SIGHUP, old)
