"""The driver on the RTL: the shared scenario (`vcnic sim --backend rtl`) and the CoNDIS
lifecycle rules through `vcnic.ndis` + `vcnic.miniport` over `RtlBackend`.

`cosim_scenario` is what `vcnic_tb.runner.run_cosim` runs: the scenario configuration
comes as JSON in VCNIC_COSIM_CFG, the result dict goes as JSON to the file named by
VCNIC_COSIM_RESULT, and VCNIC_COSIM_CELLS (optional) names an ERF capture of every line
cell. Launched by tests/test_rtl_cosim.py.
"""

from __future__ import annotations

import cocotb
from cocotb.triggers import ClockCycles, with_timeout

from .cosim_scenario import SCENARIO_MISSING, TIMEOUT_MS, run_cosim_scenario
from .rtl_backend import RtlBackend, harness_parameters

PARAMS = harness_parameters()

try:
    from vcnic.miniport import Miniport
    from vcnic.ndis.layer import NdisLayer, NdisVcState, RecordingClient
    from vcnic.ndis.nbl import NetBufferList
    from vcnic.ndis.params import CoCallParameters
    from vcnic.ndis.status import NdisStatus

    _DRIVER_MISSING = None
except ImportError as e:
    _DRIVER_MISSING = f"driver not importable ({e})"


@cocotb.skipif(SCENARIO_MISSING is not None, reason=str(SCENARIO_MISSING))
@cocotb.test(timeout_time=TIMEOUT_MS, timeout_unit="ms")
async def cosim_scenario(dut):
    """run_scenario(window, port, cfg) on the RTL; the result as JSON for the runner."""
    await run_cosim_scenario(RtlBackend(dut))


# ------------------------------------------------------------------------------ lifecycle
class _Clock:
    """Bounded waits on the driver's own events, in simulated time."""

    def __init__(self, us: float = 500):
        self.us = us

    async def __call__(self, coro):
        return await with_timeout(coro, self.us, "us")


@cocotb.skipif(_DRIVER_MISSING is not None, reason=str(_DRIVER_MISSING))
@cocotb.test(timeout_time=20, timeout_unit="ms")
async def driver_lifecycle(dut):
    """CoNDIS VC lifecycle through NdisLayer + Miniport on the RTL (docs/architecture.md,
    docs/domain.md section 1): create, activate, send/receive, modify (failed modify
    keeps the old parameters), delete refused while active (NOT_ACCEPTED) and while a
    deactivation is pending (CLOSING), deactivation completing every send and receive,
    no send after it (VC_NOT_ACTIVATED), delete, reuse of the slot and the VPI/VCI."""
    bounded = _Clock()
    be = RtlBackend(dut)
    await be.reset()
    client = RecordingClient()
    mp = Miniport(be.window, be.port, loopback=True)
    ndis = NdisLayer(mp, client)
    assert await ndis.initialize() == NdisStatus.SUCCESS, mp.error

    st, vc = await ndis.co_create_vc()
    assert st == NdisStatus.SUCCESS and vc is not None
    params = CoCallParameters.atm(1, 100, max_sdu=2000, encapsulation=None)
    assert await ndis.cm_activate_vc(vc, params) == NdisStatus.SUCCESS
    assert vc.state is NdisVcState.ACTIVE
    assert await ndis.co_delete_vc(vc) == NdisStatus.NOT_ACCEPTED

    # send and receive in loopback
    sdus = [bytes([i]) * n for i, n in enumerate((1, 40, 41, 48, 500, 2000))]
    nbls = [NetBufferList(packet=s, raw=True) for s in sdus]
    empty = NetBufferList(packet=b"", raw=True)  # Length 0 would be an AAL5 abort
    ndis.co_send_net_buffer_lists(vc, [nbls[0], empty, *nbls[1:]])
    assert empty.status == NdisStatus.INVALID_LENGTH and not empty.hw_completed
    await bounded(ndis.wait_sends_complete(vc))
    assert [n.status for n in nbls] == [NdisStatus.SUCCESS] * len(sdus)
    for _ in range(1000):
        if len(client.received.get(vc.number, [])) >= len(sdus):
            break
        await ClockCycles(be.clock, 100)
    assert [n.sdu for n in client.received.get(vc.number, [])] == sdus

    # oversize send: completed by the driver, INVALID_LENGTH
    big = NetBufferList(packet=b"x" * 2001, raw=True)
    ndis.co_send_net_buffer_lists(vc, [big])
    await bounded(ndis.wait_sends_complete(vc))
    assert big.status == NdisStatus.INVALID_LENGTH

    # modify-call: a failing one leaves the VC active with its old parameters
    snap = await mp.query_vc(vc.miniport_context)
    bad = CoCallParameters.atm(1, 100, max_sdu=0, encapsulation=None)
    assert await ndis.cm_activate_vc(vc, bad) != NdisStatus.SUCCESS
    assert vc.state is NdisVcState.ACTIVE
    assert (await mp.query_vc(vc.miniport_context)).entry == snap.entry
    other = CoCallParameters.atm(1, 101, max_sdu=2000, encapsulation=None)
    assert await ndis.cm_activate_vc(vc, other) == NdisStatus.INVALID_DATA
    assert (await mp.query_vc(vc.miniport_context)).entry == snap.entry
    good = CoCallParameters.atm(1, 100, max_sdu=3000, encapsulation=None)
    assert await ndis.cm_activate_vc(vc, good) == NdisStatus.SUCCESS
    assert (await mp.query_vc(vc.miniport_context)).max_sdu == 3000

    # a second VC may not take the same (VPI, VCI)
    st, vc2 = await ndis.co_create_vc()
    assert st == NdisStatus.SUCCESS
    assert await ndis.cm_activate_vc(vc2, good.copy()) != NdisStatus.SUCCESS
    assert vc2.state is NdisVcState.CREATED

    # deactivate with sends in flight
    inflight = [NetBufferList(packet=bytes(300), raw=True) for _ in range(20)]
    ndis.co_send_net_buffer_lists(vc, inflight)
    st = await ndis.cm_deactivate_vc(vc)
    assert st in (NdisStatus.SUCCESS, NdisStatus.PENDING), st
    if st == NdisStatus.PENDING:
        assert await ndis.co_delete_vc(vc) == NdisStatus.CLOSING
        assert await ndis.cm_activate_vc(vc, good.copy()) == NdisStatus.CLOSING
        assert await ndis.cm_deactivate_vc(vc) == NdisStatus.CLOSING
        assert await bounded(ndis.wait_deactivate_complete(vc)) == NdisStatus.SUCCESS
    assert vc.state is NdisVcState.CREATED
    assert all(n.status in (NdisStatus.SUCCESS, NdisStatus.REQUEST_ABORTED,
                            NdisStatus.VC_NOT_ACTIVATED) for n in inflight), (
        [n.status for n in inflight])
    assert vc.outstanding_sends == 0, "deactivation completed with sends pending"
    ok = sum(n.status == NdisStatus.SUCCESS for n in inflight)
    received = client.received.get(vc.number, [])
    assert len(received) == len(sdus) + ok, (len(received), ok)
    snap = await mp.query_vc(vc.miniport_context)
    assert snap.state == 0, f"core VC state {snap.state} after deactivation"

    # nothing goes out on a deactivated VC
    late = NetBufferList(packet=b"late", raw=True)
    ndis.co_send_net_buffer_lists(vc, [late])
    assert late.status == NdisStatus.VC_NOT_ACTIVATED and not late.hw_completed
    n_rx = len(received)
    await ClockCycles(be.clock, 2000)
    assert len(client.received.get(vc.number, [])) == n_rx

    # delete; the VPI/VCI and the slot are free again
    assert await ndis.co_delete_vc(vc) == NdisStatus.SUCCESS
    assert await ndis.co_delete_vc(vc) == NdisStatus.FAILURE
    assert await ndis.cm_activate_vc(vc2, good.copy()) == NdisStatus.SUCCESS
    st, vc3 = await ndis.co_create_vc()
    assert st == NdisStatus.SUCCESS
    assert vc3.miniport_context.slot == snap.slot, "slot not reused"
    snap3 = await mp.query_vc(vc3.miniport_context)
    assert snap3.state == 0 and not any(snap3.counters.values()), "deleted slot not cleared"
    pkts = [NetBufferList(packet=bytes([7]) * 77, raw=True)]
    ndis.co_send_net_buffer_lists(vc2, pkts)
    await bounded(ndis.wait_sends_complete(vc2))
    assert pkts[0].status == NdisStatus.SUCCESS
    st = await ndis.cm_deactivate_vc(vc2)
    if st == NdisStatus.PENDING:
        st = await bounded(ndis.wait_deactivate_complete(vc2))
    assert st == NdisStatus.SUCCESS
    await ndis.halt()


# ------------------------------------------------------------------------------ VC reuse
@cocotb.skipif(_DRIVER_MISSING is not None, reason=str(_DRIVER_MISSING))
@cocotb.test(timeout_time=20, timeout_unit="ms")
async def vc_reuse(dut):
    """Issue 10 section 1 on the RTL (`vcnic_tb.vc_reuse`): errored PDUs waiting for a slow
    host (1 and 2 us per PDU) when their VC is deactivated, deleted and re-created on the
    same slot and VPI/VCI never reach the new VC, and the deactivation completes only after
    they were all indicated; then with host RX back-pressured inside the core (tready low)
    across the DEACTIVATE, which must stay busy until the held errored PDUs are out."""
    from .vc_reuse import corrupt_last_cell, run_vc_reuse

    be = RtlBackend(dut)
    be.line_loop(corrupt_last_cell)
    for delay_us in (1.0, 2.0):
        await be.reset()
        res = await run_vc_reuse(be.window, be.port, rx_delay=delay_us * 1e-6)
        assert not res.problems, (delay_us, res)
        assert not res.driver_stats, res.driver_stats
        dut._log.info("VC reuse at %.1f us per PDU: %s", delay_us, res)

    def hold(on: bool) -> None:
        be.port.rx.pause = on

    await be.reset()
    res = await run_vc_reuse(be.window, be.port, frames=8, rx_delay=1e-6, hold_rx=hold,
                             hold_for=50e-6)
    assert not res.problems, res
    be.close()


@cocotb.skipif(_DRIVER_MISSING is not None, reason=str(_DRIVER_MISSING))
@cocotb.test(timeout_time=20, timeout_unit="ms")
async def halt_with_queued_sends(dut):
    """Issue 10 section 4 on the RTL: halt with an active VC and 30 queued sends completes
    every send exactly once (SUCCESS or REQUEST_ABORTED), deactivates the VC in the core
    and deletes the handle; then the same with host RX stuck (tready low), where the
    core's DEACTIVATE cannot finish: halt gives up after the runtime's default_timeout
    and still completes everything. The adapter initializes again afterwards."""
    # REQUEST_ABORTED: cancelled by the deactivation; VC_NOT_ACTIVATED: already on its way
    # into the core, which drops it TX_INACTIVE (the VC is no longer active)
    HALT_STATUSES = {NdisStatus.SUCCESS, NdisStatus.REQUEST_ABORTED,  # noqa: N806
                     NdisStatus.VC_NOT_ACTIVATED}
    be = RtlBackend(dut)
    for stuck in (False, True):
        await be.reset()
        client = RecordingClient()
        mp = Miniport(be.window, be.port, loopback=True)
        ndis = NdisLayer(mp, client)
        assert await ndis.initialize() == NdisStatus.SUCCESS, mp.error
        ndis.runtime.default_timeout = 200e-6
        st, vc = await ndis.co_create_vc()
        params = CoCallParameters.atm(1, 100, max_sdu=4000, encapsulation=None)
        assert await ndis.cm_activate_vc(vc, params) == NdisStatus.SUCCESS
        extra = []
        if stuck:
            be.port.rx.pause = True
            extra = [NetBufferList(packet=b"h" * 100, raw=True)]
            ndis.co_send_net_buffer_lists(vc, extra)
            await ndis.wait_sends_complete(vc)
        nbls = [NetBufferList(packet=bytes([i]) * 3000, raw=True) for i in range(30)]
        ndis.co_send_net_buffer_lists(vc, nbls)
        await ClockCycles(be.clock, 50)
        await with_timeout(ndis.halt(), 1000, "us")
        be.port.rx.pause = False
        statuses = [n.status for n in nbls]
        assert None not in statuses, statuses
        assert set(statuses) <= HALT_STATUSES, statuses
        assert NdisStatus.REQUEST_ABORTED in statuses, statuses
        done = client.sent[vc.number]
        assert sorted(map(id, done)) == sorted(map(id, nbls + extra)), "completed once each"
        assert vc.state is NdisVcState.DELETED and ndis.vcs == {}
        assert not ndis.verifier.violations
        if not stuck:
            q = await be.core.query(0)
            assert q.state == 0, f"core VC state {q.state} after halt"
        else:
            assert mp.stats["halt_deactivations"] == 1
    # the adapter comes back
    await be.reset()
    ndis = NdisLayer(Miniport(be.window, be.port), RecordingClient())
    assert await ndis.initialize() == NdisStatus.SUCCESS
    await ndis.halt()


@cocotb.skipif(_DRIVER_MISSING is not None, reason=str(_DRIVER_MISSING))
@cocotb.test(timeout_time=20, timeout_unit="ms")
async def reset_with_queued_sends(dut):
    """MiniportResetEx on the RTL: an active VC with 30 queued sends; every send completes
    once (SUCCESS or RESET_IN_PROGRESS), the VC survives the core's soft reset and carries
    traffic afterwards with its counters restarted; a deactivation the core cannot finish
    (host RX stuck) is ended by the reset."""
    be = RtlBackend(dut)
    await be.reset()
    client = RecordingClient()
    mp = Miniport(be.window, be.port, loopback=True, sync_timeout=200e-6)
    ndis = NdisLayer(mp, client)
    assert await ndis.initialize() == NdisStatus.SUCCESS, mp.error
    st, vc = await ndis.co_create_vc()
    assert await ndis.cm_activate_vc(vc, CoCallParameters.atm(
        1, 100, max_sdu=4000, encapsulation=None)) == NdisStatus.SUCCESS
    nbls = [NetBufferList(packet=bytes([i]) * 3000, raw=True) for i in range(30)]
    ndis.co_send_net_buffer_lists(vc, nbls)
    await ClockCycles(be.clock, 50)
    assert await with_timeout(ndis.reset(), 2000, "us") == NdisStatus.SUCCESS
    statuses = [n.status for n in nbls]
    # (AxiStreamPort takes every frame at once, so here the core completes them all)
    assert set(statuses) <= {NdisStatus.SUCCESS, NdisStatus.RESET_IN_PROGRESS}, statuses
    assert sorted(map(id, client.sent[vc.number])) == sorted(map(id, nbls))
    assert vc.state is NdisVcState.ACTIVE
    q = await be.core.query(vc.miniport_context.slot)
    assert q.state == 1 and (q.vpi, q.vci) == (1, 100), q
    assert q.counters["VC_TX_PDUS"] == 0, q.counters
    n_rx = len(client.received.get(vc.number, []))
    after = [NetBufferList(packet=b"a" * 100, raw=True) for _ in range(3)]
    ndis.co_send_net_buffer_lists(vc, after)
    await with_timeout(ndis.wait_sends_complete(vc), 500, "us")
    assert [n.status for n in after] == [NdisStatus.SUCCESS] * 3
    for _ in range(100):
        if len(client.received[vc.number]) >= n_rx + 3:
            break
        await ClockCycles(be.clock, 100)
    assert [n.sdu for n in client.received[vc.number][n_rx:]] == [b"a" * 100] * 3

    # a deactivation stuck behind a host RX that never takes its PDU
    be.port.rx.pause = True
    ndis.co_send_net_buffer_lists(vc, [NetBufferList(packet=b"h" * 100, raw=True)])
    await with_timeout(ndis.wait_sends_complete(vc), 500, "us")
    assert await ndis.cm_deactivate_vc(vc) == NdisStatus.PENDING
    await ClockCycles(be.clock, 200)
    assert vc.state is NdisVcState.DEACTIVATING
    assert await with_timeout(ndis.reset(), 2000, "us") == NdisStatus.SUCCESS
    be.port.rx.pause = False
    assert vc.state is NdisVcState.CREATED and vc.deactivate_status == NdisStatus.SUCCESS
    assert await ndis.co_delete_vc(vc) == NdisStatus.SUCCESS
    assert not ndis.verifier.violations
    await ndis.halt()
