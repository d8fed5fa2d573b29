"""`ModelHostMemory`: the host memory of the Python NIC model (docs/dma.md, The host side).

Two faces, as in the RTL's testbench memory (rtl/tb/host_mem.v):
- the driver's backdoor, `read`/`write` (`vcnic.hw.HostMemory`): a CPU using its own RAM,
  no bus, no time; outside the populated range it raises (a driver bug, not a bus error);
- the NIC's AXI4 slave, `dma_read`/`dma_write`, used by the model's DMA engine one burst
  at a time: outside the populated range a burst answers DECERR, inside an injected error
  window (`error_window`) or for an injected one-shot error (`inject_error`) SLVERR (or
  the response given). An errored read returns zeros, an errored write stores nothing.
The error knobs mirror the HDL memory's (rtl/tb/host_mem.v: an error window for reads
and/or writes, one-shot errors by kind from an address on). `latency_ns` stands for its
latency knobs so a test can give both memories the same settings; the model has no bus
timing, so it changes no result (docs/model.md).
"""

from __future__ import annotations

from collections import deque
from dataclasses import dataclass

__all__ = ["DECERR", "OKAY", "SLVERR", "ModelHostMemory"]

OKAY, SLVERR, DECERR = 0, 2, 3


@dataclass
class _Window:
    lo: int
    hi: int  # exclusive
    resp: int
    reads: bool
    writes: bool


class ModelHostMemory:
    """A bytearray at `base`..`base + size` (default 16 MiB at 4 GiB: 64-bit addresses)."""

    def __init__(self, base: int = 0x1_0000_0000, size: int = 16 << 20, latency_ns: float = 0.0):
        if base < 0 or size <= 0 or base + size > 1 << 64:
            raise ValueError(f"host memory base=0x{base:X} size={size} outside 64-bit space")
        self.base, self.size = base, size
        self.latency_ns = latency_ns
        self._mem = bytearray(size)
        self._windows: list[_Window] = []
        self._one_shot: list[tuple[str, int, int]] = []  # (kind, from addr, resp), in order
        #: The most recent bursts answered with an error: (kind, addr, length, resp).
        self.errors: deque[tuple[str, int, int, int]] = deque(maxlen=1 << 12)

    # ------------------------------------------------------------------ backdoor
    def _offset(self, addr: int, length: int) -> int:
        if not isinstance(addr, int) or length < 0:
            raise ValueError(f"bad host memory access addr={addr!r} length={length!r}")
        off = addr - self.base
        if off < 0 or off + length > self.size:
            raise ValueError(
                f"host memory access 0x{addr:X}+{length} outside the populated range "
                f"0x{self.base:X}..0x{self.base + self.size:X}"
            )
        return off

    def read(self, addr: int, length: int) -> bytes:
        off = self._offset(addr, length)
        return bytes(self._mem[off : off + length])

    def write(self, addr: int, data: bytes) -> None:
        off = self._offset(addr, len(data))
        self._mem[off : off + len(data)] = data

    def contains(self, addr: int, length: int = 1) -> bool:
        return self.base <= addr and addr + length <= self.base + self.size

    # ------------------------------------------------------------------ error knobs
    def error_window(
        self, lo: int, hi: int, resp: int = SLVERR, reads: bool = True, writes: bool = True
    ) -> None:
        """Bursts touching [lo, hi) answer `resp` (until `clear_errors`)."""
        if resp not in (SLVERR, DECERR) or hi <= lo:
            raise ValueError("error_window needs lo < hi and resp SLVERR (2) or DECERR (3)")
        self._windows.append(_Window(lo, hi, resp, reads, writes))

    def inject_error(
        self, kind: str = "any", count: int = 1, resp: int = SLVERR, addr: int = 0
    ) -> None:
        """The next `count` bursts of `kind` ("read", "write" or "any") inside host memory
        that reach `addr` or beyond (their last byte >= addr) answer `resp` (the HDL
        memory's inj_* knobs)."""
        if kind not in ("read", "write", "any") or resp not in (SLVERR, DECERR):
            raise ValueError("inject_error(kind in read/write/any, resp SLVERR or DECERR)")
        self._one_shot += [(kind, addr, resp)] * count

    def clear_errors(self) -> None:
        """Remove every error window and pending one-shot error."""
        self._windows.clear()
        self._one_shot.clear()

    def _resp(self, kind: str, addr: int, length: int) -> int:
        if not self.contains(addr, max(length, 1)):
            resp = DECERR
        else:
            resp = OKAY
            last = addr + max(length, 1) - 1
            for i, (k, at, r) in enumerate(self._one_shot):
                if k in (kind, "any") and last >= at:
                    del self._one_shot[i]
                    resp = r
                    break
            else:
                for w in self._windows:
                    hit = w.reads if kind == "read" else w.writes
                    if hit and addr < w.hi and w.lo < addr + max(length, 1):
                        resp = w.resp
                        break
        if resp != OKAY:
            self.errors.append((kind, addr, length, resp))
        return resp

    # ------------------------------------------------------------------ the NIC's bursts
    def dma_read(self, addr: int, length: int) -> tuple[bytes, int]:
        """One read burst from the NIC: (data, AXI response); zeros on an error."""
        resp = self._resp("read", addr, length)
        if resp != OKAY:
            return bytes(length), resp
        off = addr - self.base
        return bytes(self._mem[off : off + length]), OKAY

    def dma_write(self, addr: int, data: bytes) -> int:
        """One write burst from the NIC: its AXI response (nothing stored on an error)."""
        resp = self._resp("write", addr, len(data))
        if resp == OKAY:
            off = addr - self.base
            self._mem[off : off + len(data)] = data
        return resp
