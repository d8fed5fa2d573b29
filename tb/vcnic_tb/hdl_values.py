"""How the testbench reads an HDL value as a Python int, in one place: a (possibly very
wide) signal or memory word, with X/Z/U/W/L/- bits read as 0 and H as 1 (a backdoor read
of never-written host memory, or a bus before reset, must not raise)."""

from __future__ import annotations

__all__ = ["XZ", "hdl_int"]

#: str.translate table: a logic character -> the bit it reads as
XZ = str.maketrans("xXzZuUwWlLhH-", "0000000000010")


def hdl_int(handle) -> int:
    """`handle.value` as an unsigned int; unknown bits read as 0."""
    v = handle.value
    try:
        return v.to_unsigned()
    except (ValueError, AttributeError):
        return int(str(v).translate(XZ), 2)
