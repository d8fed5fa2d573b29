"""MiniportCoActivateVc parameter checks, rate rounding, modify-call semantics."""

from __future__ import annotations

import pytest
from test_driver_harness import adapter, open_vc, run, settle, udp
from vcnic.atm import Encapsulation
from vcnic.miniport import gcra_increment, granted_pcr
from vcnic.ndis import (
    AtmAalType,
    AtmServiceCategory,
    CoCallParameters,
    MediaFlags,
    NdisStatus,
    NdisVcState,
    NetBufferList,
)
from vcnic.regs import VcState

LINK = 353207
BOTH = MediaFlags.TRANSMIT_VC | MediaFlags.RECEIVE_VC
CBR = AtmServiceCategory.CBR

BAD = {
    "reserved VCI 5": (dict(vci=5), NdisStatus.INVALID_DATA),
    "reserved VCI 31": (dict(vci=31), NdisStatus.INVALID_DATA),
    "VPI 256 (UNI)": (dict(vpi=256), NdisStatus.INVALID_DATA),
    "VCI 65536": (dict(vci=65536), NdisStatus.INVALID_DATA),
    "VPI/VCI 0/0": (dict(vpi=0, vci=0), NdisStatus.INVALID_DATA),
    "AAL3/4": (dict(aal=AtmAalType.AAL34), NdisStatus.AAL_PARAMS_UNSUPPORTED),
    "AAL1": (dict(aal=AtmAalType.AAL1), NdisStatus.AAL_PARAMS_UNSUPPORTED),
    "AAL0": (dict(aal=AtmAalType.AAL0), NdisStatus.AAL_PARAMS_UNSUPPORTED),
    "VBR": (dict(service=AtmServiceCategory.VBR, pcr=1000), NdisStatus.INVALID_DATA),
    "ABR": (dict(service=AtmServiceCategory.ABR, pcr=1000), NdisStatus.INVALID_DATA),
    "CBR PCR above link": (dict(service=CBR, pcr=LINK + 1), NdisStatus.CELLRATE_NOT_AVAILABLE),
    "UBR PCR above link": (dict(pcr=LINK + 1), NdisStatus.CELLRATE_NOT_AVAILABLE),
    "CBR PCR 0": (dict(service=CBR, pcr=0), NdisStatus.INVALID_DATA),
    "CBR PCR too low for 16.16": (dict(service=CBR, pcr=1, flags=BOTH
                                       | MediaFlags.ROUND_DOWN_FLOW),
                                  NdisStatus.CELLRATE_NOT_AVAILABLE),
    "CBR PCR not representable, no rounding flag": (dict(service=CBR, pcr=340000),
                                                    NdisStatus.CELLRATE_NOT_AVAILABLE),
    "max SDU 0": (dict(max_sdu=0), NdisStatus.INVALID_DATA),
    "max SDU 65536": (dict(max_sdu=65536), NdisStatus.INVALID_DATA),
    "max SDU beyond the buffers": (dict(max_sdu=65535), NdisStatus.INVALID_DATA),
    "no direction": (dict(flags=MediaFlags.NONE), NdisStatus.INVALID_DATA),
    "both rounding flags": (dict(service=CBR, pcr=1000, flags=BOTH | MediaFlags.ROUND_UP_FLOW
                                 | MediaFlags.ROUND_DOWN_FLOW), NdisStatus.INVALID_DATA),
}


@pytest.mark.parametrize("case", list(BAD), ids=list(BAD))
def test_bad_parameters_fail_without_touching_hardware(case):
    overrides, expected = BAD[case]

    async def body():
        async with adapter() as a:
            status, vc = await a.ndis.co_create_vc()
            before = await a.mp.query_vc(vc.miniport_context)
            kw = dict(vpi=1, vci=100)
            kw.update(overrides)
            params = CoCallParameters.atm(kw.pop("vpi"), kw.pop("vci"), **kw)
            snapshot = params.to_dict()
            a.window.reset()
            assert await a.ndis.cm_activate_vc(vc, params) == expected
            assert sum(a.window.writes.values()) == 0, a.window.writes  # no register written
            assert vc.state is NdisVcState.CREATED
            assert params.to_dict() == snapshot  # nothing written back on failure
            after = await a.mp.query_vc(vc.miniport_context)
            assert after.entry == before.entry and after.state == VcState.INACTIVE

    run(body())


def test_reserved_vci_allowed_when_asked():
    async def body():
        async with adapter(allow_reserved_vci=True) as a:
            vc, _ = await open_vc(a.ndis, 0, 5)
            assert (await a.mp.query_vc(vc.miniport_context)).vci == 5

    run(body())


def test_cbr_total_above_link_is_cellrate_not_available():
    async def body():
        async with adapter() as a:
            flags = BOTH | MediaFlags.ROUND_DOWN_FLOW
            await open_vc(a.ndis, 1, 100, service=CBR, pcr=LINK * 6 // 10, flags=flags)
            status, vc = await a.ndis.co_create_vc()
            p = CoCallParameters.atm(1, 101, service=CBR, pcr=LINK * 5 // 10, flags=flags)
            a.window.reset()
            assert await a.ndis.cm_activate_vc(vc, p) == NdisStatus.CELLRATE_NOT_AVAILABLE
            assert a.window.writes["VC_CMD"] == 0
            # what is left of the link still fits
            p = CoCallParameters.atm(1, 101, service=CBR, pcr=LINK * 3 // 10, flags=flags)
            assert await a.ndis.cm_activate_vc(vc, p) == NdisStatus.SUCCESS

    run(body())


@pytest.mark.parametrize("pcr", [1000, 4321, 100000, 300000, LINK])
@pytest.mark.parametrize("flag", ["up", "down"])
def test_round_flags_write_the_granted_rate_back(pcr, flag):
    async def body():
        async with adapter() as a:
            f = MediaFlags.ROUND_UP_FLOW if flag == "up" else MediaFlags.ROUND_DOWN_FLOW
            vc, params = await open_vc(a.ndis, 1, 100, service=CBR, pcr=pcr, flags=BOTH | f)
            num = LINK * 65536
            inc = num // pcr if flag == "up" else -(-num // pcr)
            q = await a.mp.query_vc(vc.miniport_context)
            assert q.inc == inc and q.service == CBR
            granted = params.atm_media.transmit.peak_cell_rate
            assert granted == num // inc
            assert granted >= pcr if flag == "up" else granted <= pcr
            assert abs(granted - pcr) <= pcr * pcr / num + 1  # one 16.16 step

    run(body())


def test_exact_rate_without_flag_is_kept():
    async def body():
        async with adapter() as a:
            vc, params = await open_vc(a.ndis, 1, 100, service=CBR, pcr=1000)
            assert params.atm_media.transmit.peak_cell_rate == 1000  # not rewritten
            q = await a.mp.query_vc(vc.miniport_context)
            assert q.inc == round(LINK * 65536 / 1000)

    run(body())


def test_gcra_arithmetic():
    assert gcra_increment(LINK, LINK, MediaFlags.NONE) == (NdisStatus.SUCCESS, 1 << 16)
    assert gcra_increment(1000, 250, MediaFlags.NONE) == (NdisStatus.SUCCESS, 4 << 16)
    st, up = gcra_increment(1000, 3, MediaFlags.ROUND_UP_FLOW)
    st2, down = gcra_increment(1000, 3, MediaFlags.ROUND_DOWN_FLOW)
    assert (up, down) == (1000 * 65536 // 3, 1000 * 65536 // 3 + 1)
    assert granted_pcr(1000, up) == 3 and granted_pcr(1000, down) == 2


def test_failed_modify_leaves_old_parameters():
    async def body():
        async with adapter(model={"num_cbr": 1}) as a:
            await open_vc(a.ndis, 1, 50, service=CBR, pcr=1000,
                          flags=BOTH | MediaFlags.ROUND_DOWN_FLOW)  # takes the only CBR slot
            vc, old = await open_vc(a.ndis, 2, 200, max_sdu=1500)
            before = await a.mp.query_vc(vc.miniport_context)
            bad = {
                "PCR above link": (CoCallParameters.atm(2, 200, pcr=LINK + 1),
                                   NdisStatus.CELLRATE_NOT_AVAILABLE),
                "VCI changed": (CoCallParameters.atm(2, 201), NdisStatus.INVALID_DATA),
                "AAL3/4": (CoCallParameters.atm(2, 200, aal=AtmAalType.AAL34),
                           NdisStatus.AAL_PARAMS_UNSUPPORTED),
                "no CBR slot (core NO_RESOURCES)": (CoCallParameters.atm(
                    2, 200, service=CBR, pcr=1000, flags=BOTH | MediaFlags.ROUND_DOWN_FLOW),
                    NdisStatus.RESOURCES),
            }
            for what, (params, expected) in bad.items():
                assert await a.ndis.cm_activate_vc(vc, params) == expected, what
                assert vc.state is NdisVcState.ACTIVE and vc.call_parameters is old, what
                after = await a.mp.query_vc(vc.miniport_context)
                assert after.entry == before.entry, what
            # still works with its old parameters: 1400 bytes fit, 1600 do not
            ok, big = NetBufferList(udp(1400 - 36)), NetBufferList(udp(1600))
            a.ndis.co_send_net_buffer_lists(vc, [ok, big])
            await settle(a.ndis, a.client, vc, 1)
            assert (ok.status, big.status) == (NdisStatus.SUCCESS, NdisStatus.INVALID_LENGTH)

    run(body())


def test_modify_applies_new_parameters():
    async def body():
        async with adapter() as a:
            vc, _ = await open_vc(a.ndis, 2, 200, max_sdu=1500)
            new = CoCallParameters.atm(2, 200, max_sdu=4000, service=CBR, pcr=10000,
                                       flags=BOTH | MediaFlags.ROUND_UP_FLOW,
                                       encapsulation=Encapsulation.VCMUX_ROUTED)
            assert await a.ndis.cm_activate_vc(vc, new) == NdisStatus.SUCCESS
            assert vc.call_parameters is new
            q = await a.mp.query_vc(vc.miniport_context)
            assert (q.state, q.max_sdu, q.service) == (VcState.ACTIVE, 4000, CBR)
            assert q.inc == LINK * 65536 // 10000
            nbl = NetBufferList(udp(3000))
            a.ndis.co_send_net_buffer_lists(vc, [nbl])
            await settle(a.ndis, a.client, vc, 1)
            assert nbl.status == NdisStatus.SUCCESS and nbl.sdu == bytes(nbl.packet)  # VC-mux

    run(body())


#: Values exactly at each bound the driver checks: accepted, and programmed as given.
#: (The value one past each is in BAD, or below.) Default model buffers: 1024 cells.
MAX_SDU_BUF = 1024 * 48 - 8
GOOD_AT_BOUND = {
    "VPI 255 (UNI max)": dict(vpi=255),
    "VPI 0 VCI 32 (first VCI not reserved)": dict(vpi=0, vci=32),
    "VCI 65535": dict(vci=65535),
    "max SDU 1": dict(max_sdu=1),
    "max SDU = the buffers": dict(max_sdu=MAX_SDU_BUF),
    "UBR PCR = link": dict(pcr=LINK),
    "CBR PCR = link": dict(service=CBR, pcr=LINK),
}


@pytest.mark.parametrize("case", list(GOOD_AT_BOUND), ids=list(GOOD_AT_BOUND))
def test_values_at_the_bounds_are_accepted_and_programmed(case):
    async def body():
        async with adapter() as a:
            kw = dict(vpi=1, vci=100)
            kw.update(GOOD_AT_BOUND[case])
            vc, _ = await open_vc(a.ndis, kw.pop("vpi"), kw.pop("vci"), **kw)
            q = await a.mp.query_vc(vc.miniport_context)
            want = dict(vpi=1, vci=100) | GOOD_AT_BOUND[case]
            assert (q.vpi, q.vci) == (want["vpi"], want["vci"])
            if "max_sdu" in want:
                assert q.max_sdu == want["max_sdu"]
            if want.get("service") == CBR:
                assert q.inc == 65536  # one cell per slot: the whole link

    run(body())


def test_one_past_the_bounds_is_refused():
    async def body():
        async with adapter() as a:
            for kw in (dict(max_sdu=MAX_SDU_BUF + 1), dict(vpi=0, vci=31), dict(vpi=256)):
                status, vc = await a.ndis.co_create_vc()
                kw = dict(vpi=1, vci=100) | kw
                p = CoCallParameters.atm(kw.pop("vpi"), kw.pop("vci"), **kw)
                assert await a.ndis.cm_activate_vc(vc, p) == NdisStatus.INVALID_DATA, kw

    run(body())


@pytest.mark.parametrize("vpi, ok", [(4095, True), (4096, False), (256, True)])
def test_nni_vpi_bounds(vpi, ok):
    """NNI: 12 VPI bits (4095 the largest)."""

    async def body():
        async with adapter(nni=True) as a:
            status, vc = await a.ndis.co_create_vc()
            p = CoCallParameters.atm(vpi, 100)
            st = await a.ndis.cm_activate_vc(vc, p)
            assert st == (NdisStatus.SUCCESS if ok else NdisStatus.INVALID_DATA)
            if ok:
                assert (await a.mp.query_vc(vc.miniport_context)).vpi == vpi

    run(body())
