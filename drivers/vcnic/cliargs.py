"""Command-line argument types and the parser class every `vcnic` command uses.

One place decides what a bad argument looks like: a one-line message, no traceback, exit
status 2 (`EXIT_USAGE`), for `vcnic sim`, `vcnic regress` and `vcnic bench` alike. Each
type checks its range when the argument is parsed, so an impossible request never starts
a run.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from typing import NoReturn

__all__ = ["EXIT_USAGE", "UsageParser", "int_in", "float_above", "jobs", "shard", "choice_list"]

EXIT_USAGE = 2


class UsageParser(argparse.ArgumentParser):
    """argparse, but every usage error is one line on stderr and exit status 2."""

    def error(self, message: str) -> NoReturn:
        sys.stderr.write(f"{self.prog}: error: {message}\n")
        sys.exit(EXIT_USAGE)


def _int(text: str) -> int:
    try:
        return int(text, 0)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not an integer: {text!r}") from None


def int_in(low: int, high: int | None = None, why: str = "") -> Callable[[str], int]:
    """An integer in low..high (high None: no upper bound); `why` explains the bound."""

    def parse(text: str) -> int:
        value = _int(text)
        if value < low or (high is not None and value > high):
            rng = f"at least {low}" if high is None else f"{low}..{high}"
            raise argparse.ArgumentTypeError(
                f"must be {rng}{f' ({why})' if why else ''}, got {value}")
        return value

    parse.__name__ = "integer"  # argparse names the type in its messages
    return parse


def float_above(low: float) -> Callable[[str], float]:
    def parse(text: str) -> float:
        try:
            value = float(text)
        except ValueError:
            raise argparse.ArgumentTypeError(f"not a number: {text!r}") from None
        if not value > low:  # also refuses nan
            raise argparse.ArgumentTypeError(f"must be above {low}, got {text}")
        return value

    parse.__name__ = "number"
    return parse


def jobs(text: str) -> str:
    """Parallel workers: "auto" or an integer >= 1 (pytest-xdist's -n)."""
    if text == "auto":
        return text
    try:
        return str(int_in(1)(text))
    except argparse.ArgumentTypeError:
        raise argparse.ArgumentTypeError(f"want a number of workers >= 1 or auto, got {text!r}"
                                         ) from None


def shard(text: str) -> str:
    """"K/N": run shard K of N, 1 <= K <= N."""
    parts = text.split("/")
    if len(parts) != 2:
        raise argparse.ArgumentTypeError(f"want K/N (e.g. 2/4), got {text!r}")
    try:
        k, n = (int(p) for p in parts)
    except ValueError:
        raise argparse.ArgumentTypeError(f"want K/N with integers (e.g. 2/4), got {text!r}"
                                         ) from None
    if not 1 <= k <= n:
        raise argparse.ArgumentTypeError(f"want K/N with 1 <= K <= N, got {text!r}")
    return f"{k}/{n}"


def choice_list(choices: tuple[str, ...]) -> Callable[[str], str]:
    """A comma-separated subset of `choices` (kept as the text)."""

    def parse(text: str) -> str:
        items = [x.strip() for x in text.split(",") if x.strip()]
        bad = [x for x in items if x not in choices]
        if not items or bad:
            raise argparse.ArgumentTypeError(
                f"{', '.join(bad) or 'nothing'}: choose from {', '.join(choices)}")
        return ",".join(items)

    parse.__name__ = "list"
    return parse
