"""No simulator outlives the command that started it.

A `vcnic` run starts simulators (vvp, a Verilator binary) and pytest workers through
libraries that wait on them with `subprocess`. Python's default SIGTERM action ends the
interpreter at once, with no clean-up, and a simulator may ignore SIGTERM itself, so a
`timeout vcnic sim ...` could leave a simulator running. `reaping()` installs handlers
for SIGTERM and SIGHUP (and reaps on Ctrl-C, which arrives as KeyboardInterrupt) that end
every descendant process: SIGTERM, then SIGKILL for any still alive after a grace time.

Descendants are found in /proc (Linux); elsewhere only the process group is signalled.
"""

from __future__ import annotations

import contextlib
import os
import signal
import time
from collections.abc import Iterator

__all__ = ["descendants", "kill_descendants", "reaping"]

GRACE_S = 1.0


def _ppids() -> dict[int, int]:
    out = {}
    for d in os.listdir("/proc"):
        if not d.isdigit():
            continue
        try:
            with open(f"/proc/{d}/stat", "rb") as f:
                stat = f.read()
        except OSError:
            continue
        # pid (comm) state ppid ...: comm may hold spaces and parentheses
        rest = stat[stat.rfind(b")") + 2:].split()
        out[int(d)] = int(rest[1])
    return out


def descendants(pid: int | None = None) -> list[int]:
    """Every process below `pid` (default: this one), parents before children."""
    root = os.getpid() if pid is None else pid
    if not os.path.isdir("/proc"):
        return []
    kids: dict[int, list[int]] = {}
    for p, pp in _ppids().items():
        kids.setdefault(pp, []).append(p)
    out, todo = [], [root]
    while todo:
        for c in kids.get(todo.pop(), []):
            out.append(c)
            todo.append(c)
    return out


def _alive(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/stat", "rb") as f:
            stat = f.read()
    except OSError:
        return False
    return stat[stat.rfind(b")") + 2:stat.rfind(b")") + 3] != b"Z"  # a zombie is gone


def kill_descendants(grace: float = GRACE_S) -> list[int]:
    """SIGTERM every descendant, SIGKILL those alive after `grace` seconds; the pids."""
    pids = descendants()
    for p in pids:
        with contextlib.suppress(ProcessLookupError, PermissionError):
            os.kill(p, signal.SIGTERM)
    end = time.monotonic() + grace
    while time.monotonic() < end and any(_alive(p) for p in pids):
        time.sleep(0.02)
    for p in pids + descendants():  # and anything forked meanwhile
        if _alive(p):
            with contextlib.suppress(ProcessLookupError, PermissionError):
                os.kill(p, signal.SIGKILL)
    return pids


class Terminated(BaseException):
    """Raised by the SIGTERM/SIGHUP handler; `code` is the exit status, 128 + the signal
    number. A BaseException like KeyboardInterrupt, and not a SystemExit, so that code
    catching Exception or SystemExit (a simulator runner does) lets it through."""

    def __init__(self, code: int) -> None:
        super().__init__(code)
        self.code = code


@contextlib.contextmanager
def reaping() -> Iterator[None]:
    """Within the block, SIGTERM/SIGHUP end the descendants and raise `Terminated`
    (its `code`: 128 + signal); a KeyboardInterrupt ends them too before it propagates."""

    def on_signal(signum, frame):  # noqa: ARG001 (signal handler signature)
        kill_descendants()
        raise Terminated(128 + signum)

    old = {}
    for sig in (signal.SIGTERM, signal.SIGHUP):
        if signal.getsignal(sig) is signal.SIG_IGN:
            continue  # e.g. SIGHUP under nohup: the user asked for it to be ignored
        with contextlib.suppress(ValueError, OSError):  # not the main thread
            old[sig] = signal.signal(sig, on_signal)
    try:
        yield
    except KeyboardInterrupt:
        kill_descendants()
        raise
    finally:
        for sig, h in old.items():
            signal.signal(sig, h)
