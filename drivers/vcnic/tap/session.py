"""The parent process of `vcnic tap`: namespaces, the simulator, commands, clean-up.

`TapSession(cfg)` as a context manager: `start()` checks privileges (one-line
`TapUnavailable` without CAP_NET_ADMIN), removes stale runs, creates the two namespaces
and starts the simulator (`python -m vcnic_tb.tap_sim`) in a process group of its own,
then waits until the simulation has opened both devices and opened the VCs. `stop()` asks
the simulation to stop (so captures are flushed), kills its process group if it does not
within `stop_timeout`, then removes the namespaces. `stop()` runs on every way out of the
`with` block: a normal end, an exception, Ctrl-C (KeyboardInterrupt) and SIGTERM (the CLI
turns it into SystemExit).
"""

from __future__ import annotations

import contextlib
import json
import os
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from . import netns
from .config import TapConfig

__all__ = ["TapSession", "TapUnavailable", "TapFailed"]


@contextlib.contextmanager
def _signals_deferred():
    """Clean-up is not cut short by a second Ctrl-C or SIGTERM (main thread only)."""
    import threading

    if threading.current_thread() is not threading.main_thread():
        yield
        return
    old = {s: signal.signal(s, signal.SIG_IGN) for s in (signal.SIGINT, signal.SIGTERM)}
    try:
        yield
    finally:
        for s, h in old.items():
            signal.signal(s, h)


class TapUnavailable(RuntimeError):
    """This process may not create namespaces or TAP devices (the message is one line)."""


class TapFailed(RuntimeError):
    """The simulation did not come up, or died."""


class TapSession:
    def __init__(self, cfg: TapConfig, *, ready_timeout: float = 600.0,
                 stop_timeout: float = 20.0, python: str = sys.executable):
        self.cfg = cfg
        self.ready_timeout = ready_timeout
        self.stop_timeout = stop_timeout
        self.python = python
        self.proc: subprocess.Popen | None = None
        self._own_workdir = False
        self._log = None
        self.stale_removed: list[str] = []
        self._owner = os.getpid()

    # ------------------------------------------------------------------ life
    def __enter__(self) -> TapSession:
        try:
            self.start()
        except BaseException:
            self.stop()
            raise
        return self

    def __exit__(self, *exc) -> None:
        self.stop()

    def start(self) -> None:
        problem = netns.privilege_problem()
        if problem:
            raise TapUnavailable(problem)
        if not self.cfg.workdir:
            self.cfg.workdir = tempfile.mkdtemp(prefix=f"vcnic-tap-{self.cfg.tag}-")
            self._own_workdir = True
        os.makedirs(self.cfg.workdir, exist_ok=True)
        for name in (self.cfg.status_file, self.cfg.control_file):
            with contextlib.suppress(FileNotFoundError):
                os.unlink(name)
        Path(self.cfg.control_file).touch()
        self.stale_removed = netns.sweep_stale()
        netns.remove(self.cfg)  # a leftover of an earlier run with the same tag
        netns.create_namespaces(self.cfg)
        cfg_path = self.cfg.path("config.json")
        Path(cfg_path).write_text(self.cfg.to_json())
        self._log = open(self.cfg.path("sim.out"), "w")  # noqa: SIM115 - closed in stop()
        self.proc = subprocess.Popen(
            [self.python, "-m", "vcnic_tb.tap_sim", cfg_path], stdout=self._log,
            stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL, start_new_session=True)
        deadline = time.monotonic() + self.ready_timeout
        while True:
            st = self.status()
            if st.get("state") == "running":
                return
            if st.get("state") == "error" or self.proc.poll() is not None:
                raise TapFailed(self._why())
            if time.monotonic() > deadline:
                raise TapFailed(f"simulation not ready after {self.ready_timeout:.0f} s; "
                                f"{self._why()}")
            time.sleep(0.1)

    def _why(self) -> str:
        st = self.status()
        tail = ""
        with contextlib.suppress(OSError):
            tail = "".join(Path(self.cfg.path("sim.out")).read_text().splitlines(True)[-15:])
        return (f"simulation {st.get('state', 'not started')}: {st.get('error') or ''} "
                f"(log {self.cfg.path('sim.out')})\n{tail}")

    @property
    def alive(self) -> bool:
        return self.proc is not None and self.proc.poll() is None

    def stop(self) -> int | None:
        """Stop the simulation (gracefully, then by signal), remove the namespaces.
        Returns the simulator process's exit status (None if it never started).
        Only the process that created the session cleans up (not a forked child)."""
        if os.getpid() != self._owner:
            return None
        with _signals_deferred():
            return self._stop()

    def _stop(self) -> int | None:
        rc = None
        if self.proc is not None:
            if self.proc.poll() is None:
                with contextlib.suppress(OSError):
                    self.command("stop", wait=False)
                try:
                    self.proc.wait(self.stop_timeout)
                except subprocess.TimeoutExpired:
                    self._kill_group(signal.SIGTERM, 5)
                    if self.proc.poll() is None:
                        self._kill_group(signal.SIGKILL, 5)
            self._kill_group(signal.SIGKILL, 0)  # stragglers of the group (vvp, make)
            rc = self.proc.returncode
        try:
            netns.remove(self.cfg)
        finally:
            if self._log is not None:
                self._log.close()
                self._log = None
        return rc

    def _kill_group(self, sig: int, wait: float) -> None:
        with contextlib.suppress(ProcessLookupError, PermissionError):
            os.killpg(self.proc.pid, sig)
        if wait:
            with contextlib.suppress(subprocess.TimeoutExpired):
                self.proc.wait(wait)

    # ------------------------------------------------------------------ talk to it
    def status(self, fresh: bool = False) -> dict[str, Any]:
        """The simulation's last status; with `fresh`, one written after this call (so it
        counts everything that happened before it)."""
        if fresh:
            t = time.time()
            deadline = time.monotonic() + 10 * self.cfg.status_interval + 5
            while self.alive and time.monotonic() < deadline:
                with contextlib.suppress(OSError):
                    if os.stat(self.cfg.status_file).st_mtime > t + 0.05:
                        break
                time.sleep(0.05)
        try:
            return json.loads(Path(self.cfg.status_file).read_text())
        except (OSError, ValueError):
            return {}

    def command(self, cmd: str, *, wait: bool = True, timeout: float = 120.0) -> dict:
        """Send `deactivate a|b`, `activate a|b` or `stop`; with `wait`, the event the
        simulation records when it has carried the command out."""
        before = len(self.status().get("events", []))
        with open(self.cfg.control_file, "a") as fh:
            fh.write(cmd + "\n")
        if not wait:
            return {}
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            ev = self.status().get("events", [])
            if len(ev) > before:
                return ev[before]
            if not self.alive:
                raise TapFailed(self._why())
            time.sleep(0.05)
        raise TapFailed(f"command {cmd!r} not done after {timeout} s")

    def argv(self, side: str, argv: list[str]) -> list[str]:
        """`argv` to run inside the side's namespace."""
        return netns.exec_argv(self.cfg.netns(side), argv)

    def run(self, side: str, argv: list[str], **kw) -> subprocess.CompletedProcess:
        kw.setdefault("capture_output", True)
        kw.setdefault("text", True)
        return subprocess.run(self.argv(side, argv), **kw)

    def popen(self, side: str, argv: list[str], **kw) -> subprocess.Popen:
        return subprocess.Popen(self.argv(side, argv), **kw)

    # ------------------------------------------------------------------ the live line
    def live_text(self) -> str:
        """One line: frames and cells each way, simulated vs wall time, VC states."""
        return live_line(self.status())


def live_line(st: dict[str, Any]) -> str:
    if not st:
        return "starting the simulation..."
    stats = st.get("stats", {})
    sim_ns = st.get("sim_ns", 0)
    wall = st.get("wall_s", 0) or 1e-9
    cells = st.get("cells_tx", {})
    a, b = stats.get("a", {}), stats.get("b", {})
    vcs = st.get("vc_state", {})
    ratio = wall / (sim_ns * 1e-9) if sim_ns else 0
    return (f"A->B {a.get('tx_success', 0)} pkts {cells.get('a', 0)} cells | "
            f"B->A {b.get('tx_success', 0)} pkts {cells.get('b', 0)} cells | "
            f"sim {sim_ns / 1e6:.3f} ms in {wall:.1f} s wall (1 sim s = {ratio:,.0f} s) | "
            f"VC A {vcs.get('a')} B {vcs.get('b')} | {st.get('state')}")
