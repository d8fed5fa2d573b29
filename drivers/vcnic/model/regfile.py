"""The register map as the model needs it: the layout (`vcnic.regs.layout`, derived from
the RDL-generated model only) plus what only the model uses: the AXI response codes it
raises and the address space it decodes. The model gives the registers their behaviour
(nic.py) by RDL register and field *names*.
"""

from __future__ import annotations

from vcnic.regs.layout import BY_ADDR, REGS, Field, RegInfo, pack, unpack

__all__ = [
    "Field",
    "RegInfo",
    "REGS",
    "BY_ADDR",
    "ADDR_SPACE",
    "SLVERR",
    "DECERR",
    "pack",
    "unpack",
]

#: AXI response codes the model raises in `BusError.resp`.
SLVERR = 2
DECERR = 3

#: Byte address space the core decodes (the AXI4-Lite address width: the power of two
#: that holds the highest register). Inside it, addresses are word-decoded like the RTL.
ADDR_SPACE = 1 << (max(BY_ADDR) + 3).bit_length()
