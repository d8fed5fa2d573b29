"""The (VPI, VCI) -> VC lookup of `vc_lookup`: a set-associative table.

Set index (the RTL uses the same function; docs/model.md spells it out):

    key  = VPI[11:0] << 16 | VCI[15:0]                     (28 bits; UNI VPIs are < 256)
    B    = log2(NUM_VC / 2)                                 (set index bits; NUM_VC a power of 2)
    set  = XOR over i = 0, B, 2B, ... < 28 of (key >> i) & (2**B - 1)

i.e. the 28-bit key is cut into B-bit chunks from bit 0 upward (the last chunk holds the
remaining high bits, zero-extended) and the chunks are XORed. With NUM_VC = 2, B = 0 and
every key is in set 0. Each set has `ways` entries; insertion takes the lowest free way.
"""

from __future__ import annotations

import enum

__all__ = ["KEY_BITS", "LookupStatus", "VcLookup", "lookup_key", "lookup_set", "set_bits"]

KEY_BITS = 28


class LookupStatus(enum.IntEnum):
    """Insert answer, as the RTL's `lk_status`: 0 ok, 1 duplicate, 2 set full."""

    OK = 0
    DUPLICATE = 1
    FULL = 2


def set_bits(num_vc: int) -> int:
    """log2(NUM_VC / 2): bits of the set index."""
    if num_vc < 2 or num_vc & (num_vc - 1):
        raise ValueError(f"num_vc must be a power of two >= 2, got {num_vc}")
    return (num_vc // 2).bit_length() - 1


def lookup_key(vpi: int, vci: int) -> int:
    return ((vpi & 0xFFF) << 16) | (vci & 0xFFFF)


def lookup_set(vpi: int, vci: int, num_vc: int) -> int:
    """Set index of (VPI, VCI) for a core with NUM_VC = num_vc."""
    b = set_bits(num_vc)
    if b == 0:
        return 0
    key, mask, out = lookup_key(vpi, vci), (1 << b) - 1, 0
    for i in range(0, KEY_BITS, b):
        out ^= (key >> i) & mask
    return out


class VcLookup:
    """NUM_VC / 2 sets of `ways` entries (key, vc); O(ways) per operation."""

    def __init__(self, num_vc: int, ways: int) -> None:
        if ways < 1:
            raise ValueError(f"lookup_ways must be >= 1, got {ways}")
        set_bits(num_vc)
        self.num_vc, self.ways = num_vc, ways
        self.clear()

    def clear(self) -> None:
        self._sets: list[list[tuple[int, int] | None]] = [
            [None] * self.ways for _ in range(max(1, self.num_vc // 2))
        ]

    def _set(self, vpi: int, vci: int) -> list[tuple[int, int] | None]:
        return self._sets[lookup_set(vpi, vci, self.num_vc)]

    def find(self, vpi: int, vci: int) -> int | None:
        key = lookup_key(vpi, vci)
        for way in self._set(vpi, vci):
            if way is not None and way[0] == key:
                return way[1]
        return None

    def probe(self, vpi: int, vci: int) -> LookupStatus:
        """What insert() would answer, without inserting."""
        if self.find(vpi, vci) is not None:
            return LookupStatus.DUPLICATE
        if all(way is not None for way in self._set(vpi, vci)):
            return LookupStatus.FULL
        return LookupStatus.OK

    def insert(self, vpi: int, vci: int, vc: int) -> LookupStatus:
        status = self.probe(vpi, vci)
        if status is LookupStatus.OK:
            ways = self._set(vpi, vci)
            ways[ways.index(None)] = (lookup_key(vpi, vci), vc)
        return status

    def remove(self, vpi: int, vci: int) -> None:
        key = lookup_key(vpi, vci)
        ways = self._set(vpi, vci)
        for i, way in enumerate(ways):
            if way is not None and way[0] == key:
                ways[i] = None

    def __len__(self) -> int:
        return sum(way is not None for ways in self._sets for way in ways)
