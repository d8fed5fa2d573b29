"""The driver's register layer agrees with the RDL and with the ATM library's conventions."""

from __future__ import annotations

import asyncio

import vcnic.regs as regs
from vcnic.atm.aal5 import RxStatus


def test_rx_status_codes_match_atm_library():
    # The AAL5 receive statuses are a domain concept (vcnic.atm) and a hardware encoding (RDL):
    # the two must agree name for name and value for value.
    assert {m.name.removeprefix("RX_"): m.value for m in regs.RxStatusCode} == {
        m.name: m.value for m in RxStatus
    }


def test_identity_and_addresses():
    assert regs.CORE_ID == 0x56434E49
    assert regs.CORE_VERSION_MAJOR == 1
    addrs = list(regs.ADDRESS.values())
    assert len(addrs) == len(set(addrs)), "two registers share an address"
    assert all(a % 4 == 0 for a in addrs)


def test_register_map_binds_to_any_window():
    mem: dict[int, int] = {}

    async def read(addr):
        return mem.get(addr, 0)

    async def write(addr, value):
        mem[addr] = value

    async def go():
        m = regs.register_map(read, write)
        await m.VC_SELECT.vc.write(7)
        await m.VC_CMD.write_fields(opcode=m.VC_CMD.opcode.enum_cls.ACTIVATE)
        return mem

    mem = asyncio.run(go())
    assert mem[regs.ADDRESS["VC_SELECT"]] == 7
    assert mem[regs.ADDRESS["VC_CMD"]] & 0xF == regs.VcOpcode.ACTIVATE
