"""The register map as the model needs it, derived from the RDL-generated model only.

Which addresses exist, which are writable, which bits of a writable register are
software-writable, every field's position and every reset value come from
`vcnic.regs.register_map(...)`; nothing here lists an address or a bit by hand. The model
gives the registers their behaviour (nic.py) by RDL register and field *names*.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from vcnic.regs import register_map

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


def _build() -> dict[str, RegInfo]:
    m = register_map(None, None)  # type: ignore[arg-type]  # metadata only, never called
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
            reg.inst_name, reg.address, bool(writable_names), write_mask, reset, fields
        )
    return regs


REGS: dict[str, RegInfo] = _build()
BY_ADDR: dict[int, RegInfo] = {r.address: r for r in REGS.values()}
#: Byte address space the core decodes (the AXI4-Lite address width: the power of two
#: that holds the highest register). Inside it, addresses are word-decoded like the RTL.
ADDR_SPACE = 1 << (max(BY_ADDR) + 3).bit_length()


def pack(reg: str, **values: int) -> int:
    """A register value from field values (unnamed fields 0)."""
    info = REGS[reg]
    out = 0
    for name, x in values.items():
        out = info.fields[name].put(out, x)
    return out


def unpack(reg: str, value: int) -> dict[str, int]:
    """Every field of `reg` from a register value."""
    return {name: f.get(value) for name, f in REGS[reg].fields.items()}
