"""The few concurrency primitives the driver needs, for whichever event loop runs it.

The same driver code runs under plain asyncio (the Python NIC model) and under cocotb
(the RTL), whose scheduler is not an asyncio loop: asyncio's Lock, Event and tasks do
not work inside a cocotb test. The driver therefore asks a `Runtime` for tasks, events
and locks. `AsyncioRuntime` is the default; `CocotbRuntime` uses cocotb's own
primitives, looked up in `sys.modules` only when a simulation is running (this module
never imports cocotb). `detect_runtime()` picks one.
"""

from __future__ import annotations

import asyncio
import sys
from collections.abc import Coroutine
from typing import Any, Protocol

__all__ = ["Runtime", "AsyncioRuntime", "CocotbRuntime", "detect_runtime"]


class Task(Protocol):
    def cancel(self) -> Any: ...

    def done(self) -> bool: ...


class Event(Protocol):
    def set(self) -> None: ...

    def clear(self) -> None: ...

    def is_set(self) -> bool: ...


class Runtime(Protocol):
    """Tasks, events and locks of one scheduler, plus a bounded wait."""

    name: str
    default_timeout: float

    def spawn(self, coro: Coroutine[Any, Any, Any], name: str | None = None) -> Task: ...

    def event(self) -> Event: ...

    def lock(self) -> Any:
        """An object usable as `async with lock:`."""
        ...

    async def wait(self, event: Event) -> None: ...

    async def wait_for(self, event: Event, timeout: float) -> bool:
        """Wait for `event` at most `timeout` seconds (of this runtime's clock): True if set."""
        ...


class AsyncioRuntime:
    """asyncio: real time; used with the Python NIC model."""

    name = "asyncio"
    #: Seconds a wait for the hardware may see no progress before it is called a stall.
    default_timeout = 10.0

    def spawn(self, coro, name=None):
        return asyncio.get_running_loop().create_task(coro, name=name)

    def event(self):
        return asyncio.Event()

    def lock(self):
        return asyncio.Lock()

    async def wait(self, event) -> None:
        await event.wait()

    async def wait_for(self, event, timeout: float) -> bool:
        if event.is_set():
            return True
        try:
            await asyncio.wait_for(event.wait(), timeout)
        except TimeoutError:
            return False
        return True


class CocotbRuntime:
    """cocotb: simulated time; used with the RTL. Needs a running cocotb simulation."""

    name = "cocotb"
    default_timeout = 0.002  # simulated seconds

    def __init__(self) -> None:
        self._cocotb = sys.modules.get("cocotb")
        self._triggers = sys.modules.get("cocotb.triggers")
        if self._cocotb is None or self._triggers is None:
            raise RuntimeError("CocotbRuntime needs a running cocotb simulation")

    def spawn(self, coro, name=None):
        return self._cocotb.start_soon(coro)

    def event(self):
        return self._triggers.Event()

    def lock(self):
        return self._triggers.Lock()

    async def wait(self, event) -> None:
        await event.wait()

    async def wait_for(self, event, timeout: float) -> bool:
        if event.is_set():
            return True
        timer = self._triggers.Timer(round(timeout * 1e9), "ns")
        fired = await self._triggers.First(event.wait(), timer)
        return fired is not timer


def detect_runtime() -> Runtime:
    """asyncio when an asyncio loop runs; cocotb when a cocotb simulation runs."""
    try:
        asyncio.get_running_loop()
        return AsyncioRuntime()
    except RuntimeError:
        pass
    cocotb = sys.modules.get("cocotb")
    if cocotb is not None and getattr(cocotb, "is_simulation", False):
        return CocotbRuntime()
    raise RuntimeError("no event loop: run the driver under asyncio or inside a cocotb test")
