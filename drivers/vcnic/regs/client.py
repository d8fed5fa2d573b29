"""The register client: the raw register sequences of docs/architecture.md over any
`vcnic.hw.RegisterWindow` (the model's, the RTL's through cocotbext-axi or the HDL bus
master, a tap): program the VC window, run a command, QUERY a VC, snapshot the global
counters. Every field position comes from the generated layer (`vcnic.regs.layout`).

No driver logic (the miniport is the driver); this is for tests, the testbench and for
comparing the model with the RTL.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from . import ADDRESS, AalType, ServiceCategory, VcOpcode
from .layout import COUNTER_WIDTHS, GLOBAL_COUNTERS, REGS, VC_COUNTERS, pack, unpack

__all__ = ["CommandTimeout", "RegisterClient", "VcParams", "VcQuery"]


@dataclass
class VcParams:
    """What ACTIVATE/MODIFY take from the VC window (VC_VPIVCI, VC_PARAM, VC_MAX_SDU,
    VC_PCR_INC). Defaults: a UBR AAL5 VC with tx and rx enabled and max SDU 9180."""

    vpi: int = 0
    vci: int = 32
    aal: int = int(AalType.AAL5)
    service: int = int(ServiceCategory.UBR)
    tx_en: int = 1
    rx_en: int = 1
    rx_errored: int = 0
    clp: int = 0
    max_sdu: int = 9180
    inc: int = 0

    @property
    def vpivci(self) -> int:
        return pack("VC_VPIVCI", vpi=self.vpi, vci=self.vci)

    @property
    def param(self) -> int:
        return pack(
            "VC_PARAM",
            aal=self.aal,
            service=self.service,
            tx_en=self.tx_en,
            rx_en=self.rx_en,
            rx_errored=self.rx_errored,
            clp=self.clp,
        )


@dataclass
class VcQuery:
    """One QUERY: the VC_Q_STATE fields, VC_Q_* values (`param`: the VC_Q_PARAM register,
    `param_fields`: its fields) and the per-VC counters (64-bit ones joined, under their
    names without _LO/_HI)."""

    state: int
    last_rx_status: int
    last_tx_status: int
    tx_queued: int
    vpi: int
    vci: int
    param: int
    max_sdu: int
    inc: int
    counters: dict[str, int] = field(default_factory=dict)

    @property
    def param_fields(self) -> dict[str, int]:
        return unpack("VC_Q_PARAM", self.param)


class CommandTimeout(AssertionError):
    """VC_CMD stayed busy for longer than the client polls."""


class RegisterClient:
    """Register reads and writes by RDL name, commands, queries and counter snapshots over
    `window` (any `vcnic.hw.RegisterWindow`)."""

    def __init__(self, window) -> None:
        self.w = window

    async def read(self, name: str) -> int:
        return await self.w.read(ADDRESS[name])

    async def write(self, name: str, value: int) -> None:
        await self.w.write(ADDRESS[name], value)

    async def field(self, reg: str, name: str) -> int:
        return REGS[reg].f(name).get(await self.read(reg))

    async def set_ctrl(self, **fields: int) -> None:
        """Read-modify-write CTRL fields (pulse fields are written as given)."""
        v = await self.read("CTRL")
        for k, x in fields.items():
            v = REGS["CTRL"].f(k).put(v, x)
        await self.write("CTRL", v)

    async def read_counters(self, names) -> dict[str, int]:
        """The counters `names` (64-bit ones read _LO then _HI and joined)."""
        out = {}
        for n in names:
            if COUNTER_WIDTHS[n] == 64:
                out[n] = await self.read(f"{n}_LO") | await self.read(f"{n}_HI") << 32
            else:
                out[n] = await self.read(n)
        return out

    async def set_window(self, vc: int, p: VcParams | None = None) -> None:
        """Select `vc`; with `p`, program the VC window with it."""
        await self.write("VC_SELECT", vc)
        if p is not None:
            await self.write("VC_VPIVCI", p.vpivci)
            await self.write("VC_PARAM", p.param)
            await self.write("VC_MAX_SDU", p.max_sdu)
            await self.write("VC_PCR_INC", p.inc)

    async def wait_cmd(self, max_polls: int = 100000) -> int:
        """Poll VC_CMD until busy is 0; return the result field."""
        for _ in range(max_polls):
            v = unpack("VC_CMD", await self.read("VC_CMD"))
            if not v["busy"]:
                return v["result"]
        raise CommandTimeout(f"VC_CMD still busy after {max_polls} polls")

    async def command(self, opcode: int, vc: int, p: VcParams | None = None, *,
                      wait: bool = True, max_polls: int = 100000) -> int | None:
        """Select `vc`, program the window with `p` (if given), write the opcode; with
        `wait`, poll until done and return the result code."""
        await self.set_window(vc, p)
        # written as given (opcode is VC_CMD's lowest field): tests write illegal values too
        await self.write("VC_CMD", int(opcode))
        return await self.wait_cmd(max_polls) if wait else None

    async def activate(self, vc: int, p: VcParams | None = None, *, wait: bool = True,
                       **kw) -> int | None:
        return await self.command(VcOpcode.ACTIVATE, vc, p or VcParams(**kw), wait=wait)

    async def modify(self, vc: int, p: VcParams | None = None, *, wait: bool = True,
                     **kw) -> int | None:
        return await self.command(VcOpcode.MODIFY, vc, p or VcParams(**kw), wait=wait)

    async def deactivate(self, vc: int, *, wait: bool = True) -> int | None:
        return await self.command(VcOpcode.DEACTIVATE, vc, wait=wait)

    async def clear(self, vc: int) -> int:
        return await self.command(VcOpcode.CLEAR, vc)

    async def query(self, vc: int) -> VcQuery:
        """QUERY `vc` and read the window back (an AssertionError if QUERY fails)."""
        res = await self.command(VcOpcode.QUERY, vc)
        if res != 0:
            raise AssertionError(f"QUERY of VC {vc} answered result {res}")
        st = unpack("VC_Q_STATE", await self.read("VC_Q_STATE"))
        cid = unpack("VC_Q_VPIVCI", await self.read("VC_Q_VPIVCI"))
        return VcQuery(
            state=st["state"],
            last_rx_status=st["last_rx_status"],
            last_tx_status=st["last_tx_status"],
            tx_queued=st["tx_queued"],
            vpi=cid["vpi"],
            vci=cid["vci"],
            param=await self.read("VC_Q_PARAM"),
            max_sdu=await self.field("VC_Q_MAX_SDU", "max_sdu"),
            inc=await self.read("VC_Q_INC"),
            counters=await self.read_counters(VC_COUNTERS),
        )

    async def counters(self) -> dict[str, int]:
        """CTRL.snapshot, then every global counter (64-bit ones joined)."""
        await self.set_ctrl(snapshot=1)
        return await self.read_counters(GLOBAL_COUNTERS)
