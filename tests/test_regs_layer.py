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


def test_dma_records_round_trip_and_refuse_wide_values():
    import pytest
    from vcnic.regs.dma_layout import RXC, TXC, TXD

    d = TXD(addr=0x1_0000_0040, length=1500, vc=7, uu=0xAB, cpi=0xCD, clp=1)
    raw = d.pack()
    assert len(raw) == 16 and TXD.unpack(raw) == d
    # little-endian: the address is the first 8 bytes, the length the next 2
    assert raw[:8] == (0x1_0000_0040).to_bytes(8, "little")
    assert raw[8:10] == (1500).to_bytes(2, "little")
    assert TXC.unpack(TXC(vc=3, status=2, phase=1).pack()).phase == 1
    assert RXC.BYTES == 16 and sum(w for _, w in RXC.FIELDS.values()) == 128
    with pytest.raises(ValueError):
        TXD(length=1 << 16).pack()


def test_dma_registers_sit_in_the_nic_map_at_0x800():
    assert regs.DMA_BASE == 0x800
    assert regs.DMA_ADDRESS["DMA_ID"] == 0x800
    assert regs.DMA_ID == 0x56444D41
    assert all(0x800 <= a < 0x1000 for a in regs.DMA_ADDRESS.values())
    assert max(regs.ADDRESS.values()) < 0x800
