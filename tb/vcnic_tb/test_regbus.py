"""Register bus and command engine of the core, through raw AXI4-Lite accesses.

Checks (docs/architecture.md, rtl/regs/vcnic.rdl): identity and capabilities against the
build parameters; reset values from the RDL (through `vcnic.regs`); read-back of every
read/write field; SLVERR on unmapped addresses and on writes to read-only registers, with
the bus still working afterwards; INT_STATUS write-1-to-clear and irq; every command's
result codes in the documented check order, with "nothing changes" on failure; and
cmd_overrun. Launched by tests/test_rtl_regbus.py.
"""

from __future__ import annotations

import random

import cocotb
from cocotb.triggers import ClockCycles, with_timeout
from vcnic.atm.aal5 import cells_for
from vcnic.hw import BusError
from vcnic.regs import (
    ADDRESS,
    CORE_ID,
    CORE_VERSION_MAJOR,
    GLOBAL_COUNTERS,
    AalType,
    ServiceCategory,
    VcOpcode,
    VcParams,
    VcResult,
    VcState,
    counter_registers,
    pack,
)

from .rtl_backend import RtlBackend, harness_parameters

A = ADDRESS
SLVERR = 2
PARAMS = harness_parameters()
#: The RDL's default max SDU (9180), or the largest the build's buffers allow.
SAFE_MAX_SDU = min(9180, min(PARAMS["TX_BUF_CELLS"], PARAMS["RX_BUF_CELLS"]) * 48 - 8)


def vp(**kw) -> VcParams:
    """VcParams with a max SDU valid for this build unless given."""
    kw.setdefault("max_sdu", SAFE_MAX_SDU)
    return VcParams(**kw)


async def setup(dut, *, loopback: bool = True, enable: bool = True) -> RtlBackend:
    be = RtlBackend(dut)
    await be.start(loopback=loopback, enable=enable)
    return be


def field_mask(reg) -> int:
    m = 0
    for f in reg.fields:
        m |= ((1 << f.width) - 1) << f.lsb
    return m


def rdl_default(reg) -> tuple[int, int]:
    """(value, mask) of the fields that have a reset value in the RDL."""
    value = mask = 0
    for f in reg.fields:
        if f.default is None:
            continue
        d = f.default
        d = int(d.value) if hasattr(d, "value") else int(d)
        value |= d << f.lsb
        mask |= ((1 << f.width) - 1) << f.lsb
    return value, mask


async def expect_slverr(be: RtlBackend, addr: int, write: bool, value: int = 0) -> None:
    try:
        if write:
            await be.window.write(addr, value)
        else:
            await be.window.read(addr)
    except BusError as e:
        assert e.resp == SLVERR, f"{'write' if write else 'read'} 0x{addr:03X}: resp {e.resp}"
        return
    raise AssertionError(f"{'write' if write else 'read'} at 0x{addr:03X} answered OKAY")


# ------------------------------------------------------------------------------ identity
@cocotb.test(timeout_time=5, timeout_unit="ms")
async def identity_and_capabilities(dut):
    be = await setup(dut)
    p = be.params
    assert await be.core.read("ID") == CORE_ID
    version = await be.core.read("VERSION")
    assert version >> 16 == CORE_VERSION_MAJOR, hex(version)
    cap_vc = await be.core.read("CAP_VC")
    assert cap_vc & 0xFFFF == p["NUM_VC"] & 0xFFFF, hex(cap_vc)
    assert (cap_vc >> 16) & 0xF == 8, "vpi_bits"
    assert (cap_vc >> 20) & 0x1F == 16, "vci_bits"
    assert (cap_vc >> 25) & 0x7F == p["NUM_CBR"], "cbr_slots"
    cap_buf = await be.core.read("CAP_BUF")
    assert cap_buf & 0xFFFF == p["RX_BUF_CELLS"]
    assert cap_buf >> 16 == p["TX_BUF_CELLS"]
    cap_dp = await be.core.read("CAP_DP")
    assert cap_dp & 0xFF == p["DATA_W"]
    assert (cap_dp >> 8) & 0xFF == int(AalType.AAL5)
    assert (cap_dp >> 16) & 0xFF == int(ServiceCategory.CBR) | int(ServiceCategory.UBR)
    assert await be.core.read("LINK_RATE") == p["LINK_RATE"]


# ------------------------------------------------------------------------------ reset values
@cocotb.test(timeout_time=5, timeout_unit="ms")
async def reset_values(dut):
    be = RtlBackend(dut)
    await be.reset()
    p = be.params
    for reg in be.regs.get_registers():
        v = await be.window.read(reg.address)
        exp, mask = rdl_default(reg)
        assert v & mask == exp, f"{reg.inst_name} = 0x{v:08X}, RDL reset 0x{exp:08X} (mask 0x{mask:08X})"
    # counters, snapshots and status have no RDL reset value: their reset state is 0 / empty
    for name in counter_registers(GLOBAL_COUNTERS):
        assert await be.core.read(name) == 0, name
    assert await be.core.read("INT_STATUS") == 0
    assert (await be.core.read("VC_CMD")) & 0x1FF00 == 0, "busy/result after reset"
    assert dut.irq.value == 0
    status = await be.core.read("STATUS")
    assert status & 0xFFFF == p["RX_BUF_CELLS"], f"STATUS.rx_free = {status & 0xFFFF}"
    assert status >> 16 == p["TX_BUF_CELLS"], f"STATUS.tx_free = {status >> 16}"
    # every VC starts INACTIVE with zero counters
    for vc in sorted({0, 1, p["NUM_VC"] - 1}):
        q = await be.core.query(vc)
        assert q.state == VcState.INACTIVE, vc
        assert not any(q.counters.values()), (vc, q.counters)


@cocotb.test(timeout_time=5, timeout_unit="ms")
async def read_write_fields(dut):
    """Every sw-writable register except the command/pulse/W1C ones reads back what was
    written, masked to its fields."""
    be = await setup(dut, enable=False, loopback=False)
    rng = random.Random(cocotb.RANDOM_SEED)
    for name in ("VC_SELECT", "VC_VPIVCI", "VC_PARAM", "VC_MAX_SDU", "VC_PCR_INC", "INT_ENABLE"):
        reg = next(r for r in be.regs.get_registers() if r.inst_name == name)
        mask = field_mask(reg)
        for value in (0xFFFFFFFF, 0, rng.getrandbits(32), rng.getrandbits(32)):
            await be.window.write(reg.address, value)
            got = await be.window.read(reg.address)
            assert got == value & mask, f"{name}: wrote 0x{value:08X}, read 0x{got:08X}"
        await be.window.write(reg.address, 0)
    # CTRL: the plain bits read back; soft_reset/snapshot are single pulses and read 0
    every = pack("CTRL", enable=1, loopback=1, hec_correct=1, nni=1)
    for value in (every, pack("CTRL", hec_correct=1), 0):
        await be.core.write("CTRL", value | 0x8)  # + snapshot
        got = await be.core.read("CTRL")
        assert got == value, f"CTRL: wrote 0x{value | 8:X}, read 0x{got:X}"
    # INT_ENABLE write must not touch INT_STATUS
    await be.core.write("INT_ENABLE", 0x3F)
    assert await be.core.read("INT_STATUS") == 0
    assert dut.irq.value == 0


# ------------------------------------------------------------------------------ SLVERR
def unmapped_addresses() -> list[int]:
    mapped = set(A.values())
    return [a for a in range(0, 0x200, 4) if a not in mapped]


@cocotb.test(timeout_time=5, timeout_unit="ms")
async def slverr_unmapped_and_read_only(dut):
    be = await setup(dut)
    rng = random.Random(cocotb.RANDOM_SEED)
    unmapped = unmapped_addresses()
    picks = sorted(set([unmapped[0], unmapped[-1], 0x018, 0x030, 0x088, 0x0FC, 0x12C, 0x184, 0x1FC]
                       + rng.sample(unmapped, 8)))
    for addr in picks:
        await expect_slverr(be, addr, write=False)
        await expect_slverr(be, addr, write=True, value=0xFFFFFFFF)
        assert await be.core.read("ID") == CORE_ID, f"bus broken after 0x{addr:03X}"
    read_only = [r for r in be.regs.get_registers() if not hasattr(r, "write")]
    assert len(read_only) > 30
    for reg in read_only:
        before = await be.window.read(reg.address)
        await expect_slverr(be, reg.address, write=True, value=~before & 0xFFFFFFFF)
        after = await be.window.read(reg.address)
        if reg.inst_name not in ("STATUS",):
            assert after == before, f"{reg.inst_name} changed by a refused write"
    # writable registers still answer OKAY after all that
    await be.core.write("VC_SELECT", 3)
    assert await be.core.read("VC_SELECT") == 3


# ------------------------------------------------------------------------------ W1C and irq
@cocotb.test(timeout_time=5, timeout_unit="ms")
async def int_status_w1c_and_irq(dut):
    be = await setup(dut)
    assert await be.core.read("INT_STATUS") == 0
    assert await be.core.command(VcOpcode.NOP, 0) == VcResult.OK
    st = await be.core.read("INT_STATUS")
    assert st & 1, f"cmd_done not set by NOP: INT_STATUS=0x{st:X}"
    assert dut.irq.value == 0, "irq with INT_ENABLE = 0"
    # enabling raises irq (level); wait_irq returns at once
    await be.core.write("INT_ENABLE", 1)
    await with_timeout(be.window.wait_irq(), 1, "us")
    assert dut.irq.value == 1
    # writing 0 clears nothing; writing 1 to an unset bit sets nothing
    await be.core.write("INT_STATUS", 0)
    assert (await be.core.read("INT_STATUS")) & 1
    await be.core.write("INT_STATUS", 0x3E)
    assert await be.core.read("INT_STATUS") == st
    # W1C
    await be.core.write("INT_STATUS", 1)
    assert (await be.core.read("INT_STATUS")) & 1 == 0
    assert dut.irq.value == 0
    # wait_irq is an edge watcher: a command completing raises irq while we wait
    waiter = cocotb.start_soon(be.window.wait_irq())
    await ClockCycles(dut.clk, 5)
    assert not waiter.done()
    await be.core.command(VcOpcode.NOP, 0)
    await with_timeout(waiter, 1, "us")
    await be.core.write("INT_STATUS", 0x3F)
    await be.core.write("INT_ENABLE", 0)
    assert dut.irq.value == 0


# ------------------------------------------------------------------------------ commands
async def expect_result(be, opcode, vc, p, want, what=""):
    got = await be.core.command(opcode, vc, p)
    op = VcOpcode(opcode).name if opcode in {int(o) for o in VcOpcode} else f"opcode {opcode}"
    name = VcResult(got).name if got in {int(r) for r in VcResult} else str(got)
    assert got == want, f"{op} vc={vc} {what}: result {name}, expected {VcResult(want).name}"


async def expect_inactive(be, vc, what=""):
    q = await be.core.query(vc)
    assert q.state == VcState.INACTIVE, f"vc {vc} {what}: state {q.state} after a refused command"


@cocotb.test(timeout_time=5, timeout_unit="ms")
async def cmd_nop_and_bad_opcode(dut):
    be = await setup(dut)
    await expect_result(be, VcOpcode.NOP, 0, None, VcResult.OK)
    await expect_result(be, VcOpcode.NOP, 0xFFFF, None, VcResult.OK, "(NOP checks nothing)")
    known = {int(o) for o in VcOpcode}
    for op in range(16):
        if op not in known:
            await expect_result(be, op, 0, None, VcResult.BAD_OPCODE)
    await expect_inactive(be, 0)


@cocotb.test(timeout_time=5, timeout_unit="ms")
async def cmd_bad_vc(dut):
    be = await setup(dut)
    n = be.params["NUM_VC"]
    bad_param = vp(vpi=0, vci=100, aal=1, max_sdu=0)  # BAD_VC is checked first
    for vc in sorted({n, n + 1, 0xFFFF}):
        for op in (VcOpcode.ACTIVATE, VcOpcode.MODIFY, VcOpcode.DEACTIVATE, VcOpcode.CLEAR,
                   VcOpcode.QUERY):
            await expect_result(be, op, vc, bad_param, VcResult.BAD_VC)
    # the last VC is a good one
    await expect_result(be, VcOpcode.ACTIVATE, n - 1, vp(vci=100), VcResult.OK)
    await expect_result(be, VcOpcode.DEACTIVATE, n - 1, None, VcResult.OK)


@cocotb.test(timeout_time=5, timeout_unit="ms")
async def cmd_bad_state(dut):
    be = await setup(dut)
    vc = be.params["NUM_VC"] // 2
    good = vp(vci=200)
    await expect_result(be, VcOpcode.MODIFY, vc, good, VcResult.BAD_STATE, "on INACTIVE")
    await expect_result(be, VcOpcode.DEACTIVATE, vc, None, VcResult.BAD_STATE, "on INACTIVE")
    await expect_inactive(be, vc)
    await expect_result(be, VcOpcode.ACTIVATE, vc, good, VcResult.OK)
    # state before params: ACTIVATE on ACTIVE with bad params is BAD_STATE
    await expect_result(be, VcOpcode.ACTIVATE, vc, vp(vci=200, max_sdu=0),
                        VcResult.BAD_STATE, "on ACTIVE")
    await expect_result(be, VcOpcode.CLEAR, vc, None, VcResult.BAD_STATE, "on ACTIVE")
    q = await be.core.query(vc)
    assert q.state == VcState.ACTIVE and q.vci == 200 and q.max_sdu == good.max_sdu
    await expect_result(be, VcOpcode.DEACTIVATE, vc, None, VcResult.OK)
    await expect_result(be, VcOpcode.DEACTIVATE, vc, None, VcResult.BAD_STATE, "twice")
    await expect_result(be, VcOpcode.CLEAR, vc, None, VcResult.OK)
    await expect_result(be, VcOpcode.QUERY, vc, None, VcResult.OK)


def bad_params(params: dict[str, int]) -> list[tuple[str, VcParams]]:
    limit = min(params["TX_BUF_CELLS"], params["RX_BUF_CELLS"])
    first_too_big = limit * 48 - 55 + 48  # smallest L with cells_for(L) > limit
    assert cells_for(first_too_big) == limit + 1 and cells_for(first_too_big - 1) == limit
    out = [
        ("aal=AAL0", vp(vci=300, aal=int(AalType.AAL0))),
        ("aal=0", vp(vci=300, aal=0)),
        ("aal=AAL34", vp(vci=300, aal=4)),
        ("service=0", vp(vci=300, service=0)),
        ("service=VBR", vp(vci=300, service=2)),
        ("service=ABR", vp(vci=300, service=8)),
        ("max_sdu=0", vp(vci=300, max_sdu=0)),
        ("vpi=256 on UNI", vp(vpi=256, vci=300)),
        ("vpi=4095 on UNI", vp(vpi=4095, vci=300)),
        ("vpi=0 vci=0 (idle/unassigned)", vp(vpi=0, vci=0)),
        ("CBR inc=0", vp(vci=300, service=int(ServiceCategory.CBR), inc=0)),
        ("CBR inc=0xFFFF", vp(vci=300, service=int(ServiceCategory.CBR), inc=0xFFFF)),
    ]
    if first_too_big <= 0xFFFF:
        out.append((f"max_sdu={first_too_big} > buffers",
                    vp(vci=300, max_sdu=first_too_big)))
    return out


@cocotb.test(timeout_time=5, timeout_unit="ms")
async def cmd_bad_param(dut):
    be = await setup(dut)
    vc = 1 % be.params["NUM_VC"]
    for what, p in bad_params(be.params):
        await expect_result(be, VcOpcode.ACTIVATE, vc, p, VcResult.BAD_PARAM, what)
        await expect_inactive(be, vc, what)
    # the edges that are valid
    limit = min(be.params["TX_BUF_CELLS"], be.params["RX_BUF_CELLS"])
    good = [
        ("max_sdu=1", vp(vci=300, max_sdu=1)),
        ("max_sdu at the buffer limit", vp(vci=300, max_sdu=min(0xFFFF, limit * 48 - 8))),
        ("vpi=255", vp(vpi=255, vci=300)),
        ("CBR inc=0x10000", vp(vci=300, service=int(ServiceCategory.CBR), inc=0x10000)),
        ("reserved vci=5", vp(vci=5)),
        ("vpi=0 vci=1", vp(vpi=0, vci=1)),
        ("vpi=1 vci=0", vp(vpi=1, vci=0)),
    ]
    for what, p in good:
        await expect_result(be, VcOpcode.ACTIVATE, vc, p, VcResult.OK, what)
        q = await be.core.query(vc)
        assert (q.state, q.vpi, q.vci, q.max_sdu, q.param & 0xFFFFF) == (
            VcState.ACTIVE, p.vpi, p.vci, p.max_sdu, p.param), what
        if p.service == ServiceCategory.CBR:
            assert q.inc == p.inc, what
        await expect_result(be, VcOpcode.DEACTIVATE, vc, None, VcResult.OK, what)
    # NNI: 12-bit VPIs become valid
    await be.core.write("CTRL", pack("CTRL", enable=1, loopback=1, hec_correct=1, nni=1))
    await expect_result(be, VcOpcode.ACTIVATE, vc, vp(vpi=4095, vci=300), VcResult.OK, "NNI")
    await expect_result(be, VcOpcode.DEACTIVATE, vc, None, VcResult.OK)
    await be.core.write("CTRL", pack("CTRL", enable=1, loopback=1, hec_correct=1))
    # MODIFY: same checks, plus VPI/VCI must not change
    base = vp(vpi=1, vci=400)
    await expect_result(be, VcOpcode.ACTIVATE, vc, base, VcResult.OK)
    for what, p in [("vci changed", vp(vpi=1, vci=401)),
                    ("vpi changed", vp(vpi=2, vci=400)),
                    ("max_sdu=0", vp(vpi=1, vci=400, max_sdu=0)),
                    ("aal=AAL0", vp(vpi=1, vci=400, aal=1))]:
        await expect_result(be, VcOpcode.MODIFY, vc, p, VcResult.BAD_PARAM, "MODIFY " + what)
        q = await be.core.query(vc)
        assert (q.state, q.vpi, q.vci, q.max_sdu, q.param & 0xFFFFF) == (
            VcState.ACTIVE, 1, 400, base.max_sdu, base.param), f"MODIFY {what} changed the VC"
    mod = vp(vpi=1, vci=400, max_sdu=1000, clp=1, rx_errored=1)
    await expect_result(be, VcOpcode.MODIFY, vc, mod, VcResult.OK)
    q = await be.core.query(vc)
    assert (q.max_sdu, q.param & 0xFFFFF) == (1000, mod.param)
    await expect_result(be, VcOpcode.DEACTIVATE, vc, None, VcResult.OK)


@cocotb.test(timeout_time=5, timeout_unit="ms")
async def cmd_duplicate(dut):
    be = await setup(dut)
    n = be.params["NUM_VC"]
    a, b = 0, n - 1
    p = vp(vpi=7, vci=0x1234)
    await expect_result(be, VcOpcode.ACTIVATE, a, p, VcResult.OK)
    await expect_result(be, VcOpcode.ACTIVATE, b, p, VcResult.DUPLICATE)
    await expect_inactive(be, b, "DUPLICATE")
    # BAD_PARAM is checked before DUPLICATE
    await expect_result(be, VcOpcode.ACTIVATE, b, vp(vpi=7, vci=0x1234, max_sdu=0),
                        VcResult.BAD_PARAM)
    # same VCI on another VPI is not a duplicate
    await expect_result(be, VcOpcode.ACTIVATE, b, vp(vpi=8, vci=0x1234), VcResult.OK)
    await expect_result(be, VcOpcode.DEACTIVATE, b, None, VcResult.OK)
    # once A is gone, B may take its (VPI, VCI)
    await expect_result(be, VcOpcode.DEACTIVATE, a, None, VcResult.OK)
    await expect_result(be, VcOpcode.ACTIVATE, b, p, VcResult.OK)
    await expect_result(be, VcOpcode.ACTIVATE, a, p, VcResult.DUPLICATE)
    await expect_result(be, VcOpcode.DEACTIVATE, b, None, VcResult.OK)


@cocotb.skipif(PARAMS["NUM_VC"] <= PARAMS["NUM_CBR"],
                reason="NUM_VC <= NUM_CBR: every VC can be CBR, no slot to exhaust")
@cocotb.test(timeout_time=5, timeout_unit="ms")
async def cmd_no_resources_cbr(dut):
    be = await setup(dut)
    slots = be.params["NUM_CBR"]
    cbr = dict(service=int(ServiceCategory.CBR), inc=0x40000)
    for i in range(slots):
        await expect_result(be, VcOpcode.ACTIVATE, i, vp(vci=1000 + i, **cbr), VcResult.OK)
    await expect_result(be, VcOpcode.ACTIVATE, slots, vp(vci=1000 + slots, **cbr),
                        VcResult.NO_RESOURCES, "CBR slots full")
    await expect_inactive(be, slots, "NO_RESOURCES")
    # UBR still fine; UBR -> CBR by MODIFY is refused while full, VC untouched
    await expect_result(be, VcOpcode.ACTIVATE, slots, vp(vci=1000 + slots), VcResult.OK)
    await expect_result(be, VcOpcode.MODIFY, slots, vp(vci=1000 + slots, **cbr),
                        VcResult.NO_RESOURCES, "MODIFY UBR->CBR")
    q = await be.core.query(slots)
    assert q.state == VcState.ACTIVE and (q.param >> 8) & 0xFF == ServiceCategory.UBR
    # freeing one slot makes room
    await expect_result(be, VcOpcode.DEACTIVATE, 0, None, VcResult.OK)
    await expect_result(be, VcOpcode.MODIFY, slots, vp(vci=1000 + slots, **cbr), VcResult.OK)
    for i in range(1, slots + 1):
        await expect_result(be, VcOpcode.DEACTIVATE, i, None, VcResult.OK)


def same_set_vcis(num_vc: int, count: int) -> list[int]:
    """VCIs (VPI 0) that XOR-fold to one set: vci = m << k | m folds to 0 for m < 2**k,
    k = log2(NUM_VC / 2) (docs/architecture.md, Lookup)."""
    k = max(1, (num_vc // 2).bit_length() - 1)
    out = [(m << k) | m for m in range(1, (1 << k))]
    out = [v for v in out if v <= 0xFFFF]
    return out[:count]


@cocotb.skipif(len(same_set_vcis(PARAMS["NUM_VC"], PARAMS["LOOKUP_WAYS"] + 1))
                < PARAMS["LOOKUP_WAYS"] + 1 or PARAMS["NUM_VC"] < PARAMS["LOOKUP_WAYS"] + 1,
                reason="too few VCs or colliding VCIs to fill a lookup set")
@cocotb.test(timeout_time=5, timeout_unit="ms")
async def cmd_no_resources_lookup(dut):
    be = await setup(dut)
    ways = be.params["LOOKUP_WAYS"]
    vcis = same_set_vcis(be.params["NUM_VC"], ways + 1)
    for i, vci in enumerate(vcis[:ways]):
        await expect_result(be, VcOpcode.ACTIVATE, i, vp(vci=vci), VcResult.OK, f"way {i}")
    await expect_result(be, VcOpcode.ACTIVATE, ways, vp(vci=vcis[ways]),
                        VcResult.NO_RESOURCES, "lookup set full")
    await expect_inactive(be, ways, "NO_RESOURCES")
    await expect_result(be, VcOpcode.DEACTIVATE, 0, None, VcResult.OK)
    await expect_result(be, VcOpcode.ACTIVATE, ways, vp(vci=vcis[ways]), VcResult.OK)
    for i in range(1, ways + 1):
        await expect_result(be, VcOpcode.DEACTIVATE, i, None, VcResult.OK)


@cocotb.test(timeout_time=5, timeout_unit="ms")
async def cmd_clear_zeroes(dut):
    be = await setup(dut)
    vc = 2 % be.params["NUM_VC"]
    p = vp(vpi=3, vci=0x777, max_sdu=1234, rx_errored=1, clp=1)
    await expect_result(be, VcOpcode.ACTIVATE, vc, p, VcResult.OK)
    q = await be.core.query(vc)
    assert (q.state, q.vpi, q.vci, q.max_sdu, q.param & 0xFFFFF) == (
        VcState.ACTIVE, 3, 0x777, 1234, p.param)
    await expect_result(be, VcOpcode.DEACTIVATE, vc, None, VcResult.OK)
    q = await be.core.query(vc)
    assert q.state == VcState.INACTIVE
    await expect_result(be, VcOpcode.CLEAR, vc, None, VcResult.OK)
    q = await be.core.query(vc)
    assert (q.state, q.vpi, q.vci, q.max_sdu, q.param, q.inc) == (VcState.INACTIVE, 0, 0, 0, 0, 0)
    assert not any(q.counters.values())


@cocotb.test(timeout_time=5, timeout_unit="ms")
async def cmd_overrun(dut):
    """A command written while one is busy is ignored and sets INT_STATUS.cmd_overrun.

    Busy is made long on purpose: a DEACTIVATE waits while a PDU of its VC waits for host
    RX, and host RX is stalled."""
    be = await setup(dut)
    vc = 0
    await expect_result(be, VcOpcode.ACTIVATE, vc, vp(vci=0x55), VcResult.OK)
    be.port.rx.pause = True
    await be.port.send(vc, bytes(range(100)))
    await with_timeout(be.port.tx_completion(), 50, "us")
    await ClockCycles(dut.clk, 200)  # let the PDU reach host RX (stalled)
    await be.core.write("INT_STATUS", 0x3F)
    await be.core.command(VcOpcode.DEACTIVATE, vc, wait=False)
    cmd = await be.core.read("VC_CMD")
    assert cmd & 0x100, "DEACTIVATE not busy while its PDU waits for host RX"
    await be.core.command(VcOpcode.NOP, vc, wait=False)
    assert (await be.core.read("INT_STATUS")) & 0x10, "cmd_overrun not set"
    assert (await be.core.read("VC_CMD")) & 0x100, "overrun write disturbed the busy command"
    be.port.rx.pause = False
    rx = await with_timeout(be.port.receive(), 50, "us")
    assert rx.data == bytes(range(100))
    assert await be.core.wait_cmd() == VcResult.OK
    q = await be.core.query(vc)
    assert q.state == VcState.INACTIVE
