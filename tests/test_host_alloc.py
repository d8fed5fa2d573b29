"""The miniport's host-memory allocator: alignment, no overlap, exact books, clear errors."""

from __future__ import annotations

import random

import pytest
from vcnic.miniport.host_alloc import HostAllocator, HostAllocError, HostMemoryExhausted
from vcnic.model import ModelHostMemory


def _alloc(size=1 << 20, **kw) -> HostAllocator:
    return HostAllocator(ModelHostMemory(size=size), **kw)


def test_aligned_disjoint_and_back_to_one_range():
    a = _alloc()
    got = [(a.alloc(n, al), n) for n, al in ((100, 64), (4096, 4096), (1, 8), (3000, 256))]
    for addr, _ in got:
        assert addr % 64 == 0 and a.owns(addr)
    assert got[1][0] % 4096 == 0 and got[3][0] % 256 == 0
    spans = sorted((addr, addr + -(-n // 64) * 64) for addr, n in got)
    assert all(e <= s for (_, e), (s, _) in zip(spans, spans[1:], strict=False))
    assert a.in_use() == 128 + 4096 + 64 + 3008 and a.allocations() == 4
    for addr, _ in got[::-1]:
        a.free(addr)
    assert a.in_use() == 0 and a.allocations() == 0
    assert a.alloc(1 << 20) == a.base  # merged back into one free range


def test_double_free_and_foreign_address_are_clear_errors():
    a = _alloc()
    x = a.alloc(256)
    a.free(x)
    with pytest.raises(HostAllocError, match="double free"):
        a.free(x)
    y = a.alloc(256)
    with pytest.raises(HostAllocError, match="not an address this allocator handed out"):
        a.free(y + 64)  # inside an allocation, not its start
    with pytest.raises(HostAllocError, match="not an address"):
        a.free(0x1234)
    assert a.in_use() == 256  # nothing changed by the bad calls
    with pytest.raises(HostAllocError):
        a.alloc(0)
    with pytest.raises(HostAllocError):
        a.alloc(64, align=48)
    with pytest.raises(HostAllocError):
        HostAllocator(ModelHostMemory(size=4096), base=0, size=64)


def test_exhaustion_then_reuse():
    a = _alloc(size=8192)
    xs = [a.alloc(2048) for _ in range(4)]
    with pytest.raises(HostMemoryExhausted):
        a.alloc(64)
    a.free(xs[1])
    with pytest.raises(HostMemoryExhausted):
        a.alloc(4096)  # 2048 free, not 4096
    assert a.alloc(2048) == xs[1]
    a.free_all()
    assert a.in_use() == 0 and a.alloc(8192) == a.base


def test_random_alloc_free_books_stay_exact():
    rng = random.Random(5)
    a = _alloc(size=1 << 18)
    live: dict[int, int] = {}
    for _ in range(3000):
        if live and rng.random() < 0.45:
            addr = rng.choice(list(live))
            a.free(addr)
            del live[addr]
        else:
            n, al = rng.randint(1, 9000), 1 << rng.randint(0, 12)
            try:
                addr = a.alloc(n, al)
            except HostMemoryExhausted:
                continue
            assert addr % max(al, 64) == 0
            live[addr] = -(-n // 64) * 64
        assert a.in_use() == sum(live.values()) and a.allocations() == len(live)
    spans = sorted((x, x + n) for x, n in live.items())
    assert all(e <= s for (_, e), (s, _) in zip(spans, spans[1:], strict=False))
    for addr in list(live):
        a.free(addr)
    assert a.in_use() == 0 and a.alloc(1 << 18) == a.base
