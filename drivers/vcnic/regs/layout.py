"""The register layout, derived from the generated model only: every register's address,
fields (position, width, reset value), which bits software can write, and the counters.

Nothing here lists an address or a bit position by hand: `REGS` is read from
`register_map(...)`'s metadata. Counters are named by their RDL register names (a 64-bit
counter without its _LO/_HI suffix); a counter with `<name>_LO` and `<name>_HI` registers
is 64 bits, any other 32 bits. The model (vcnic.model), the register client
(`vcnic.regs.client`) and the testbench all read the layout from here.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from . import ADDRESS, DMA_BASE, dma_register_map, register_map

__all__ = [
    "Field",
    "RegInfo",
    "REGS",
    "BY_ADDR",
    "DMA_REGS",
    "DMA_BY_ADDR",
    "pack",
    "unpack",
    "GLOBAL_COUNTERS",
    "VC_COUNTERS",
    "COUNTER_WIDTHS",
    "counter_registers",
]


@dataclass(frozen=True)
class Field:
    name: str
    lsb: int
    width: int
    default: int | None

    @property
    def mask(self) -> int:
        return ((1 << self.width) - 1) << self.lsb

    def get(self, value: int) -> int:
        return (value >> self.lsb) & ((1 << self.width) - 1)

    def put(self, value: int, x: int) -> int:
        return (value & ~self.mask) | ((int(x) << self.lsb) & self.mask)


@dataclass(frozen=True)
class RegInfo:
    name: str
    address: int
    writable: bool
    write_mask: int  # bits software can write (0 for read-only registers)
    reset: int  # reset value of the software-visible storage (constants included)
    fields: dict[str, Field] = field(default_factory=dict)

    def f(self, name: str) -> Field:
        return self.fields[name]


def _default_int(d) -> int | None:
    if d is None:
        return None
    if isinstance(d, int):
        return int(d)
    value = getattr(d, "value", d)  # enum member of a peakrdl-python encoded field
    value = getattr(value, "int_value", value)
    return int(value)


def _build(m, base: int = 0) -> dict[str, RegInfo]:
    """Every register of the generated model `m` (metadata only, never called), at
    `base + offset`."""
    regs: dict[str, RegInfo] = {}
    for reg in m.get_registers():
        writable_names = {f.inst_name for f in getattr(reg, "writable_fields", ())}
        fields = {
            f.inst_name: Field(f.inst_name, f.lsb, f.width, _default_int(f.default))
            for f in reg.fields
        }
        write_mask = 0
        reset = 0
        for f in fields.values():
            if f.name in writable_names:
                write_mask |= f.mask
            if f.default is not None:
                reset = f.put(reset, f.default)
        regs[reg.inst_name] = RegInfo(
            reg.inst_name, base + reg.address, bool(writable_names), write_mask, reset, fields
        )
    return regs


REGS: dict[str, RegInfo] = _build(register_map(None, None))  # type: ignore[arg-type]
BY_ADDR: dict[int, RegInfo] = {r.address: r for r in REGS.values()}
#: The DMA block (rtl/regs/vcnic_dma.rdl) at its NIC addresses (DMA_BASE + offset).
DMA_REGS: dict[str, RegInfo] = _build(dma_register_map(None, None), DMA_BASE)  # type: ignore[arg-type]
DMA_BY_ADDR: dict[int, RegInfo] = {r.address: r for r in DMA_REGS.values()}


def pack(reg: str, **values: int) -> int:
    """A register value from field values (unnamed fields 0); core or DMA register."""
    info = REGS[reg] if reg in REGS else DMA_REGS[reg]
    out = 0
    for name, x in values.items():
        out = info.fields[name].put(out, x)
    return out


def unpack(reg: str, value: int) -> dict[str, int]:
    """Every field of `reg` from a register value."""
    info = REGS[reg] if reg in REGS else DMA_REGS[reg]
    return {name: f.get(value) for name, f in info.fields.items()}


GLOBAL_COUNTERS = (
    "CELLS_TX",
    "CELLS_RX",
    "HEC_CORRECTED",
    "HEC_DISCARDED",
    "UNKNOWN_VC",
    "PDUS_TX",
    "PDUS_RX",
    "CRC_ERRORS",
    "LEN_ERRORS",
    "OVERSIZE",
    "NO_BUFFER",
    "RX_ABORTED",
    "TX_ABORTED",
    "TX_DROPPED",
    "BYTES_TX",
    "BYTES_RX",
)
VC_COUNTERS = (
    "VC_TX_CELLS",
    "VC_TX_PDUS",
    "VC_TX_BYTES",
    "VC_TX_ABORTED",
    "VC_TX_DROPPED",
    "VC_RX_CELLS",
    "VC_RX_PDUS",
    "VC_RX_BYTES",
    "VC_RX_CRC",
    "VC_RX_LENGTH",
    "VC_RX_OVERSIZE",
    "VC_RX_NO_BUFFER",
    "VC_RX_ABORTED",
)


def _width(name: str) -> int:
    if f"{name}_LO" in ADDRESS and f"{name}_HI" in ADDRESS:
        return 64
    if name in ADDRESS:
        return REGS[name].fields["value"].width
    raise KeyError(f"counter {name} has no register in the RDL")


COUNTER_WIDTHS = {name: _width(name) for name in GLOBAL_COUNTERS + VC_COUNTERS}


def counter_registers(names: Iterable[str]) -> list[str]:
    """The registers that hold the counters `names` (64-bit ones as _LO, _HI)."""
    out: list[str] = []
    for n in names:
        out += [f"{n}_LO", f"{n}_HI"] if COUNTER_WIDTHS[n] == 64 else [n]
    return out
