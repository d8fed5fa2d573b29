"""Register-level helpers over any `vcnic.hw.RegisterWindow` (model or RTL): program the
VC window, run a command, QUERY a VC, snapshot the global counters. No driver logic:
these are the raw register sequences docs/architecture.md describes, for tests and for
comparing the model with the RTL."""

from __future__ import annotations

from dataclasses import dataclass, field

from vcnic.hw import RegisterWindow
from vcnic.regs import ADDRESS, AalType, ServiceCategory, VcOpcode

from .regfile import REGS, pack, unpack
from .vc_table import COUNTER_WIDTHS, GLOBAL_COUNTERS, VC_COUNTERS

__all__ = ["CommandTimeout", "VcParams", "VcQuery", "WindowClient"]


@dataclass
class VcParams:
    """The VC window (VC_VPIVCI, VC_PARAM, VC_MAX_SDU, VC_PCR_INC). Defaults: a UBR AAL5 VC
    with tx and rx enabled and max SDU 9180."""

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
    """One QUERY: VC_Q_STATE fields, VC_Q_* values and the per-VC counters (64-bit ones
    joined, under their names without _LO/_HI)."""

    state: int
    last_rx_status: int
    last_tx_status: int
    tx_queued: int
    vpi: int
    vci: int
    param: dict[str, int]
    max_sdu: int
    inc: int
    counters: dict[str, int] = field(default_factory=dict)


class CommandTimeout(AssertionError):
    pass


async def _read_counters(w: RegisterWindow, names: tuple[str, ...]) -> dict[str, int]:
    out = {}
    for n in names:
        if COUNTER_WIDTHS[n] == 64:
            out[n] = await w.read(ADDRESS[f"{n}_LO"]) | await w.read(ADDRESS[f"{n}_HI"]) << 32
        else:
            out[n] = await w.read(ADDRESS[n])
    return out


class WindowClient:
    def __init__(self, window: RegisterWindow) -> None:
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

    async def set_window(self, vc: int, p: VcParams | None = None) -> None:
        await self.write("VC_SELECT", vc)
        if p is not None:
            await self.write("VC_VPIVCI", p.vpivci)
            await self.write("VC_PARAM", p.param)
            await self.write("VC_MAX_SDU", p.max_sdu)
            await self.write("VC_PCR_INC", p.inc)

    async def wait_cmd(self, max_polls: int = 100000) -> int:
        """Poll VC_CMD until busy is 0; return the result."""
        for _ in range(max_polls):
            v = unpack("VC_CMD", await self.read("VC_CMD"))
            if not v["busy"]:
                return v["result"]
        raise CommandTimeout(f"VC_CMD still busy after {max_polls} polls")

    async def command(
        self, opcode: int, vc: int, p: VcParams | None = None, *, wait: bool = True
    ) -> int | None:
        await self.set_window(vc, p)
        await self.write("VC_CMD", int(opcode))
        return await self.wait_cmd() if wait else None

    async def activate(
        self, vc: int, p: VcParams | None = None, *, wait: bool = True, **kw
    ) -> int | None:
        return await self.command(VcOpcode.ACTIVATE, vc, p or VcParams(**kw), wait=wait)

    async def modify(
        self, vc: int, p: VcParams | None = None, *, wait: bool = True, **kw
    ) -> int | None:
        return await self.command(VcOpcode.MODIFY, vc, p or VcParams(**kw), wait=wait)

    async def deactivate(self, vc: int, *, wait: bool = True) -> int | None:
        return await self.command(VcOpcode.DEACTIVATE, vc, wait=wait)

    async def clear(self, vc: int) -> int:
        return await self.command(VcOpcode.CLEAR, vc)

    async def query(self, vc: int) -> VcQuery:
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
            param=unpack("VC_Q_PARAM", await self.read("VC_Q_PARAM")),
            max_sdu=await self.field("VC_Q_MAX_SDU", "max_sdu"),
            inc=await self.read("VC_Q_INC"),
            counters=await _read_counters(self.w, VC_COUNTERS),
        )

    async def counters(self) -> dict[str, int]:
        """CTRL.snapshot, then every global counter (64-bit ones joined)."""
        await self.set_ctrl(snapshot=1)
        return await _read_counters(self.w, GLOBAL_COUNTERS)
