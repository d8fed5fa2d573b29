"""Read `.f` source lists (sources, include directories, defines, nested `-f`)."""

from __future__ import annotations

import logging
import os
from dataclasses import dataclass, field
from pathlib import Path

log = logging.getLogger("vcnic_tb.runner")

@dataclass
class FileList:
    """Sources, include directories and defines of a `.f` file (paths absolute)."""

    sources: list[Path] = field(default_factory=list)
    includes: list[Path] = field(default_factory=list)
    defines: dict[str, str] = field(default_factory=dict)


def parse_filelist(path: str | os.PathLike[str]) -> FileList:
    """Read a `.f` file: `//` and `#` comments, `+incdir+a[+b]`, `+define+X[=Y]`, nested
    `-f`/`-F file`, and one source per line; paths are relative to the `.f`'s directory."""
    path = Path(path).resolve()
    out = FileList()
    tokens: list[str] = []
    for raw in path.read_text().splitlines():
        line = raw.split("//", 1)[0].strip()
        if not line or line.startswith("#"):
            continue
        tokens.extend(line.split())
    it = iter(tokens)
    for tok in it:
        if tok.startswith("+incdir+"):
            out.includes += [(path.parent / p).resolve() for p in tok[8:].split("+") if p]
        elif tok.startswith("+define+"):
            for d in tok[8:].split("+"):
                if d:
                    name, _, value = d.partition("=")
                    out.defines[name] = value or "1"
        elif tok in ("-f", "-F"):
            sub = parse_filelist(path.parent / next(it))
            out.sources += sub.sources
            out.includes += sub.includes
            out.defines.update(sub.defines)
        elif tok.startswith("-") or tok.startswith("+"):
            log.warning("%s: ignoring option %s", path, tok)
        else:
            out.sources.append((path.parent / tok).resolve())
    return out
