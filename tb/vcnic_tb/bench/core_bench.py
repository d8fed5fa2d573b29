"""The Python side of rtl/tb/bench_core.v: twins of its traffic generator (`mix32`,
`frame_key`, `frame_len`, `frame_uu`, `frame_bytes`: the same seed gives the same VCs,
lengths, UU and data) and the parser of its `BENCH ...` output lines."""

from __future__ import annotations

import re
from typing import Any

from vcnic.atm.aal5 import cells_for  # noqa: F401  (re-exported: the bench's cell count)

MASK32 = 0xFFFFFFFF
GOLDEN = 0x9E3779B9


def mix32(x: int) -> int:
    """lowbias32 integer hash (bench_core.v `mix32`)."""
    x &= MASK32
    x ^= x >> 16
    x = (x * 0x7FEB352D) & MASK32
    x ^= x >> 15
    x = (x * 0x846CA68B) & MASK32
    x ^= x >> 16
    return x


def frame_key(seed: int, vc: int, k: int) -> int:
    """Key of the k-th frame of VC index `vc`."""
    return mix32(((seed * GOLDEN) ^ (vc << 20) ^ k) & MASK32)


def frame_len(h: int, fixed: int | None = None, maxlen: int = 9180) -> int:
    """SDU length of the frame with key h: mixed sizes (2/16 1..47, 1/16 40, 1/16 88,
    5/16 48..575, 5/16 576..1500, 2/16 1501..9180), capped at maxlen; or `fixed`."""
    if fixed is not None and fixed >= 0:
        n = fixed
    else:
        c = h & 0xF
        hi = h >> 16
        if c < 2:
            n = 1 + ((h >> 8) & 0xFF) % 47  # never 0: a 0-byte SDU is the AAL5 abort
        elif c == 2:
            n = 40
        elif c == 3:
            n = 88
        elif c < 9:
            n = 48 + hi % 528
        elif c < 14:
            n = 576 + hi % 925
        else:
            n = 1501 + hi % 7680
    return min(n, maxlen)


def frame_uu(h: int) -> int:
    return mix32(h ^ 0x55555555) & 0xFF


def xs32(x: int) -> int:
    """xorshift32 step (bench_core.v `xs32`)."""
    x ^= (x << 13) & MASK32
    x ^= x >> 17
    x ^= (x << 5) & MASK32
    return x


def frame_bytes(h: int, n: int) -> bytes:
    """The SDU bench_core.v sends for key h (length n): the xorshift32 stream started at
    mix32(h) | 1, one 32-bit little-endian word per 4 bytes."""
    w = mix32(h) | 1
    out = bytearray()
    for _ in range((n + 3) // 4):
        out += w.to_bytes(4, "little")
        w = xs32(w)
    return bytes(out[:n])


def cbr_inc(i: int) -> int:
    """GCRA increment (16.16 cell slots) of CBR VC i in bench_core.v."""
    return 0x40000 + i * 0x33000 + i * 0x3039


_KV = re.compile(r"(\w+)=(\S+)")


def _val(v: str) -> Any:
    try:
        return int(v)
    except ValueError:
        try:
            return float(v)
        except ValueError:
            return v


def parse_bench(stdout: str) -> dict[str, Any]:
    """`BENCH phase=...` lines -> {phase: {key: value}}; BENCH_VC lines -> ["vcs"];
    BENCH_ERROR lines -> ["errors"]; the final line -> ["result"]."""
    out: dict[str, Any] = {"vcs": [], "errors": []}
    for line in stdout.splitlines():
        if line.startswith("BENCH_ERROR"):
            out["errors"].append(line[len("BENCH_ERROR"):].strip())
        elif line.startswith("BENCH_VC "):
            out["vcs"].append({k: _val(v) for k, v in _KV.findall(line)})
        elif line.startswith("BENCH "):
            kv = {k: _val(v) for k, v in _KV.findall(line)}
            if "phase" in kv:
                out[kv.pop("phase")] = kv
            elif "result" in kv:
                out["result"] = kv
    return out
