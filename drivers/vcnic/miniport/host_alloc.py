"""The miniport's allocator of host memory (rings, TX frame buffers, RX buffers).

A real miniport gets DMA-able memory from the OS (NdisMAllocateSharedMemory) and must
give every byte back on halt; this allocator plays the OS's part over a
`vcnic.hw.HostMemory` range and keeps the books that prove nothing leaks: `in_use()`
after a halt is 0, after a reset what it was after the first start. First fit over an
address-ordered free list, neighbours merged on free. A double free, or freeing an
address it never handed out, raises `HostAllocError` at once (a driver bug must not turn
into two owners of one buffer).
"""

from __future__ import annotations

import bisect

from ..hw import HostMemory

__all__ = ["HostAllocator", "HostAllocError", "HostMemoryExhausted"]


class HostAllocError(ValueError):
    """A bad allocator call: double free, foreign address, bad size or alignment."""


class HostMemoryExhausted(HostAllocError):
    """No free range is large enough (the caller may wait for buffers to come back)."""


class HostAllocator:
    """Aligned allocations in `[base, base + size)` (default: all of `memory`).

    `granule` is the smallest unit handed out (sizes are rounded up to it), so that
    neighbours never share a bus beat.
    """

    def __init__(self, memory: HostMemory, base: int | None = None, size: int | None = None,
                 *, granule: int = 64):
        self.memory = memory
        self.base = memory.base if base is None else base
        self.size = (memory.base + memory.size - self.base) if size is None else size
        if granule <= 0 or granule & (granule - 1):
            raise HostAllocError(f"granule {granule} is not a power of two")
        if (self.size <= 0 or self.base < memory.base
                or self.base + self.size > memory.base + memory.size):
            raise HostAllocError(
                f"range 0x{self.base:X}+{self.size} is not inside host memory "
                f"0x{memory.base:X}+{memory.size}")
        self.granule = granule
        self._starts: list[int] = [self.base]  # free ranges, address order
        self._sizes: list[int] = [self.size]
        self._used: dict[int, int] = {}  # address -> size, every live allocation
        self._in_use = 0
        self.peak = 0

    # ------------------------------------------------------------------ accounting
    def in_use(self) -> int:
        """Bytes allocated and not freed."""
        return self._in_use

    def allocations(self) -> int:
        """Live allocations."""
        return len(self._used)

    def owns(self, addr: int) -> bool:
        return addr in self._used

    def free_bytes(self) -> int:
        return self.size - self._in_use

    # ------------------------------------------------------------------ alloc / free
    def alloc(self, size: int, align: int = 64) -> int:
        """Address of `size` fresh bytes aligned to `align` (a power of two).

        Raises `HostMemoryExhausted` when no free range fits."""
        if size <= 0:
            raise HostAllocError(f"allocation of {size} bytes")
        if align <= 0 or align & (align - 1):
            raise HostAllocError(f"alignment {align} is not a power of two")
        g = self.granule
        size = -(-size // g) * g
        align = max(align, g)
        starts, sizes = self._starts, self._sizes
        for i, start in enumerate(starts):
            free = sizes[i]
            if free < size:
                continue
            addr = -(-start // align) * align
            end = start + free
            if addr + size > end:
                continue
            # carve [addr, addr + size) out of [start, end)
            pieces = []
            if addr > start:
                pieces.append((start, addr - start))
            if addr + size < end:
                pieces.append((addr + size, end - addr - size))
            starts[i:i + 1] = [p[0] for p in pieces]
            sizes[i:i + 1] = [p[1] for p in pieces]
            self._used[addr] = size
            self._in_use += size
            self.peak = max(self.peak, self._in_use)
            return addr
        raise HostMemoryExhausted(
            f"no {size} free bytes aligned to {align} in host memory "
            f"({self._in_use} of {self.size} in use, {len(starts)} free ranges)")

    def free(self, addr: int) -> None:
        """Give back an allocation; a double free or a foreign address raises."""
        size = self._used.pop(addr, None)
        if size is None:
            if self.base <= addr < self.base + self.size and self._is_free(addr):
                raise HostAllocError(f"double free of host memory 0x{addr:X}")
            raise HostAllocError(f"free of 0x{addr:X}: not an address this allocator "
                                 "handed out")
        self._in_use -= size
        starts, sizes = self._starts, self._sizes
        i = bisect.bisect_left(starts, addr)
        end = addr + size
        # merge with the following free range, then with the preceding one
        if i < len(starts) and starts[i] == end:
            size += sizes[i]
            del starts[i], sizes[i]
        if i > 0 and starts[i - 1] + sizes[i - 1] == addr:
            sizes[i - 1] += size
        else:
            starts.insert(i, addr)
            sizes.insert(i, size)

    def _is_free(self, addr: int) -> bool:
        i = bisect.bisect_right(self._starts, addr) - 1
        return i >= 0 and addr < self._starts[i] + self._sizes[i]

    def free_all(self) -> int:
        """Give back every allocation (halt); returns how many there were."""
        n = len(self._used)
        self._used.clear()
        self._in_use = 0
        self._starts, self._sizes = [self.base], [self.size]
        return n

    def zero(self, addr: int, size: int) -> None:
        """Write zeros over an allocation (a ring before it is enabled)."""
        self.memory.write(addr, bytes(size))
