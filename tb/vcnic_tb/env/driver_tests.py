"""The VC lifecycle driven the way a user drives it: through the NDIS layer and the CoNDIS
miniport (`vcnic.ndis`, `vcnic.miniport`) on the monitored bus, with the line through the
fault injector. The miniport's register accesses and frames are seen by the monitors like
any others, so the scoreboard checks the core against the model underneath the driver;
this test checks the NDIS statuses of every legal and illegal call."""

from __future__ import annotations

from cocotb.triggers import ClockCycles
from vcnic.miniport import Miniport
from vcnic.ndis import (
    AtmAalType,
    AtmServiceCategory,
    CoCallParameters,
    MediaFlags,
    NdisLayer,
    NdisStatus,
    NetBufferList,
    Oid,
    OidRequest,
)
from vcnic.ndis.layer import RecordingClient

from ..faults import FaultKind
from .sequences import payload, pick_length
from .tests import VcnicBaseTest

#: Adapter-wide statistics OIDs read at the end of every driver test and checked against
#: what the monitors saw (`ModelScoreboard.check_adapter_oids`).
ADAPTER_OIDS = ("GEN_CO_XMIT_PDUS_OK", "GEN_CO_BYTES_XMIT", "ATM_XMIT_CELLS_OK",
                "GEN_CO_XMIT_PDUS_ERROR", "GEN_CO_RCV_PDUS_OK", "GEN_CO_BYTES_RCV",
                "GEN_CO_RCV_CRC_ERROR", "GEN_CO_RCV_PDUS_ERROR", "ATM_RCV_CELLS_OK",
                "ATM_RCV_REASSEMBLY_ERROR", "GEN_CO_RCV_PDUS_NO_BUFFER")


async def adapter_oids(env, ndis) -> None:
    """Read the adapter's statistics OIDs (when nothing is in flight) and hand them to
    the scoreboard, which checks them against the ledger."""
    await env.drain()
    out = {}
    for name in ADAPTER_OIDS:
        req = OidRequest(Oid[name], buffer_length=8)
        st = await ndis.co_oid_request(None, req)
        if st != NdisStatus.SUCCESS:
            env.scoreboard.problem(f"adapter OID {name}: {st.name}")
            continue
        out[name] = req.value
    env.scoreboard.check_adapter_oids(out)

ALL = MediaFlags.TRANSMIT_VC | MediaFlags.RECEIVE_VC


class DriverLifecycleBase(VcnicBaseTest):
    """create / activate / modify / deactivate (traffic in flight) / delete, and illegal
    orders, through the miniport; NDIS statuses checked against the CoNDIS rules."""

    def configure(self, cfg, rng):
        from ..faults import FaultRates

        # a little line noise that the driver sees as errored/missing PDUs
        cfg.rates = FaultRates(payload=0.01, hec_1bit=0.01)

    async def body(self):
        env, rng = self.env, self.rng
        port = env.bench.attach_driver_port()
        self.client = RecordingClient()
        mp = Miniport(env.bench.window, port, loopback=False)
        ndis = NdisLayer(mp, self.client)
        self.checks: list[tuple[str, NdisStatus, NdisStatus]] = []

        def check(what, got, *want):
            self.checks.append((what, got, want))

        check("initialize", await ndis.initialize(), NdisStatus.SUCCESS)
        link = mp.caps.link_rate
        bufc = min(env.params["TX_BUF_CELLS"], env.params["RX_BUF_CELLS"])
        keys = iter(env.pool.new_key() for _ in range(100))

        def params(service=AtmServiceCategory.UBR, max_sdu=1500, flags=ALL, **kw):
            vpi, vci = next(keys)
            return CoCallParameters.atm(vpi, vci, service=service, max_sdu=max_sdu,
                                        encapsulation=None, flags=flags, **kw)

        vcs = []
        for i in range(3):
            st, h = await ndis.co_create_vc(f"vc{i}")
            check(f"create vc{i}", st, NdisStatus.SUCCESS)
            vcs.append(h)
        a, b, c = vcs
        pa = params(max_sdu=1500)
        check("activate a (UBR)", await ndis.cm_activate_vc(a, pa), NdisStatus.SUCCESS)
        pb = params(service=AtmServiceCategory.CBR, pcr=link // 10,
                    flags=ALL | MediaFlags.ROUND_DOWN_FLOW, max_sdu=min(1500, bufc * 12 - 8))
        check("activate b (CBR)", await ndis.cm_activate_vc(b, pb), NdisStatus.SUCCESS)
        check("activate c (UBR, errored PDUs)", await ndis.cm_activate_vc(
            c, params(flags=ALL | MediaFlags.INDICATE_ERRED_PACKETS, max_sdu=576)),
            NdisStatus.SUCCESS)

        # illegal orders and parameters
        st, d = await ndis.co_create_vc("d")
        check("create d", st, NdisStatus.SUCCESS)
        check("delete an active VC", await ndis.co_delete_vc(a), NdisStatus.NOT_ACCEPTED)
        check("deactivate a created VC", await ndis.cm_deactivate_vc(d), NdisStatus.NOT_ACCEPTED)
        dup = CoCallParameters.atm(pa.vpi, pa.vci, max_sdu=1500, encapsulation=None)
        check("activate with a VPI/VCI in use", await ndis.cm_activate_vc(d, dup),
              NdisStatus.VC_NOT_AVAILABLE)
        rsv = CoCallParameters.atm(1, 5, max_sdu=1500, encapsulation=None)
        check("activate on reserved VCI 5", await ndis.cm_activate_vc(d, rsv),
              NdisStatus.INVALID_DATA)
        check("activate AAL3/4", await ndis.cm_activate_vc(d, params(aal=AtmAalType.AAL34)),
              NdisStatus.AAL_PARAMS_UNSUPPORTED)
        check("activate PCR above the link", await ndis.cm_activate_vc(
            d, params(service=AtmServiceCategory.CBR, pcr=link * 2)),
            NdisStatus.CELLRATE_NOT_AVAILABLE, NdisStatus.INVALID_DATA)
        check("activate max SDU beyond the buffers", await ndis.cm_activate_vc(
            d, params(max_sdu=bufc * 48)), NdisStatus.INVALID_DATA)
        nbl = NetBufferList(packet=b"x" * 10, raw=True)
        ndis.co_send_net_buffer_lists(d, [nbl])
        await ClockCycles(env.clk, 10)
        check("send on a created VC", nbl.status, NdisStatus.VC_NOT_ACTIVATED)

        # traffic on the active VCs
        async def burst(h, n, max_sdu):
            lists = [NetBufferList(packet=payload(rng, pick_length(rng, max_sdu, 0.1)),
                                   raw=True) for _ in range(n)]
            ndis.co_send_net_buffer_lists(h, lists)
            return lists

        sent = []
        for _ in range(3):
            sent += await burst(a, 4, 1500)
            sent += await burst(b, 3, pb.atm_media.transmit.max_sdu_size)
            sent += await burst(c, 3, 576)
            await ClockCycles(env.clk, rng.randint(0, 2000))
        for h in (a, b, c):
            await ndis.wait_sends_complete(h)
        await env.drain()

        # modify-call on an active VC: new max SDU and service, same VPI/VCI
        pm = CoCallParameters.atm(pa.vpi, pa.vci, service=AtmServiceCategory.CBR,
                                  pcr=link // 20, max_sdu=1000, encapsulation=None)
        check("modify a (UBR -> CBR)", await ndis.cm_activate_vc(a, pm), NdisStatus.SUCCESS)
        bad = CoCallParameters.atm(pa.vpi, pa.vci, max_sdu=1000, encapsulation=None,
                                   aal=AtmAalType.AAL34)
        check("failed modify keeps the VC", await ndis.cm_activate_vc(a, bad),
              NdisStatus.AAL_PARAMS_UNSUPPORTED)
        sent += await burst(a, 4, 1000)
        await ndis.wait_sends_complete(a)

        # deactivate b with traffic in flight (its cells held at the line meanwhile)
        sent += await burst(b, 8, pb.atm_media.transmit.max_sdu_size)
        await ClockCycles(env.clk, rng.randint(50, 600))
        key = (pb.vpi, pb.vci)
        env.injector.hold(key)
        await env.line.quiet(env.clk)
        rx_partial = env.scoreboard.nic.rx.ctx[b.miniport_context.slot].in_pdu
        st = await ndis.cm_deactivate_vc(b)
        check("deactivate b with traffic in flight", st, NdisStatus.PENDING, NdisStatus.SUCCESS)
        check("delete b while deactivating", await ndis.co_delete_vc(b), NdisStatus.CLOSING)
        check("activate b while deactivating", await ndis.cm_activate_vc(b, pb),
              NdisStatus.CLOSING)
        if st == NdisStatus.PENDING:
            check("deactivate b completes", await ndis.wait_deactivate_complete(b),
                  NdisStatus.SUCCESS)
        cells = env.injector.release(key)
        env.line.put(cells)
        bins = ["tx_in_flight"] + (["rx_partial"] if rx_partial else []) + (
            ["cells_after"] if cells else [])
        env.marker("deactivation", b.miniport_context.slot, bins=bins)
        if cells:
            env.marker("fault", kind=FaultKind.HOLD.value, n=1)
        nbl = NetBufferList(packet=b"y" * 20, raw=True)
        ndis.co_send_net_buffer_lists(b, [nbl])
        await ClockCycles(env.clk, 10)
        check("send on a deactivated VC", nbl.status, NdisStatus.VC_NOT_ACTIVATED)
        check("re-activate b", await ndis.cm_activate_vc(b, params()), NdisStatus.SUCCESS)
        sent += await burst(b, 3, 1500)
        await ndis.wait_sends_complete(b)

        # counters through OIDs
        req = OidRequest(Oid.GEN_CO_XMIT_PDUS_OK, buffer_length=8)
        check("per-VC OID", await ndis.co_oid_request(a, req), NdisStatus.SUCCESS)
        req = OidRequest(Oid.GEN_CO_XMIT_PDUS_OK, buffer_length=1)
        check("short OID buffer", await ndis.co_oid_request(None, req),
              NdisStatus.BUFFER_TOO_SHORT, NdisStatus.INVALID_LENGTH)

        # tear down: deactivate and delete everything
        await env.drain()
        for h in (a, b, c):
            st = await ndis.cm_deactivate_vc(h)
            if st == NdisStatus.PENDING:
                st = await ndis.wait_deactivate_complete(h)
            check(f"deactivate {h.protocol_vc_context}", st, NdisStatus.SUCCESS)
            check(f"delete {h.protocol_vc_context}", await ndis.co_delete_vc(h),
                  NdisStatus.SUCCESS)
        check("delete d", await ndis.co_delete_vc(d), NdisStatus.SUCCESS)
        check("delete twice", await ndis.co_delete_vc(d), NdisStatus.FAILURE)
        bad_sends = [n for n in sent if n.status is None]
        self.checks.append(("every send completed", NdisStatus.SUCCESS if not bad_sends
                            else NdisStatus.FAILURE, (NdisStatus.SUCCESS,)))
        # frames on their way to the core when a deactivation starts are TX_INACTIVE
        okish = {NdisStatus.SUCCESS, NdisStatus.REQUEST_ABORTED, NdisStatus.INVALID_LENGTH,
                 NdisStatus.VC_NOT_ACTIVATED}
        odd = sorted({n.status.name for n in sent if n.status not in okish})
        self.checks.append((f"send statuses (odd: {odd})", NdisStatus.SUCCESS if not odd else
                            NdisStatus.FAILURE, (NdisStatus.SUCCESS,)))
        self.driver_stats = dict(mp.stats)
        await adapter_oids(env, ndis)
        await ndis.halt()
        env.bench.view = None

    def expect(self, report):
        bad = [f"{w}: {g.name if g is not None else None} (want "
               f"{'/'.join(x.name for x in want)})" for w, g, want in self.checks
               if g not in want]
        assert not bad, "NDIS statuses:\n  " + "\n  ".join(bad)
        stats = {k: v for k, v in self.driver_stats.items() if v}
        assert not stats, f"driver problems: {stats}"


class DriverVcReuseBase(VcnicBaseTest):
    """Per-VC context across VC lifetimes (issue 10 section 1), as a random test.

    Through NDIS + the miniport, with a slow host RX
    (`SlowRxPort`, 0.5-5 us), every VC indicating errored PDUs, a line that corrupts many cells:
    rounds of tagged traffic on 1-3 VCs, then a victim is deactivated with its traffic
    in flight (sometimes with host RX back-pressured in the core across the DEACTIVATE),
    deleted, and re-created at once on the same slot with the same VPI/VCI. The
    `NdisScoreboard` checks that no PDU, send completion, counter or status of an old
    incarnation reaches a new one (and the NDIS verifier checks the miniport); the
    env's scoreboard checks the core against the model underneath.
    """

    def configure(self, cfg, rng):
        from ..faults import FaultRates

        cfg.rates = FaultRates(payload=rng.uniform(0.03, 0.25), lose=rng.uniform(0, 0.01),
                               hec_1bit=rng.uniform(0, 0.01))

    async def body(self):
        from vcnic.ndis.runtime import CocotbRuntime

        from ..vc_reuse import TAG_BYTES, SlowRxPort, tagged
        from .ndis_scoreboard import NdisScoreboard

        env, rng = self.env, self.rng
        rt = CocotbRuntime()
        delay = rng.choice((0.5e-6, 1e-6, 2e-6, 3e-6, 5e-6))
        port = SlowRxPort(env.bench.attach_driver_port(), delay, rt)
        self.nsb = sb = NdisScoreboard()
        mp = Miniport(env.bench.window, port, runtime=rt, loopback=False)
        ndis = NdisLayer(mp, sb, rt)
        assert await ndis.initialize() == NdisStatus.SUCCESS, mp.error
        bufc = min(env.params["TX_BUF_CELLS"], env.params["RX_BUF_CELLS"])
        max_sdu = min(rng.choice((200, 576, 1500)), bufc * 12 - 8)  # a quarter of a buffer
        flags = ALL | MediaFlags.INDICATE_ERRED_PACKETS
        numbers = iter(range(1, 1000))
        oid_names = (Oid.GEN_CO_XMIT_PDUS_OK, Oid.GEN_CO_RCV_PDUS_OK, Oid.GEN_CO_RCV_CRC_ERROR,
                     Oid.GEN_CO_RCV_PDUS_ERROR, Oid.ATM_RCV_CELLS_OK, Oid.ATM_XMIT_CELLS_OK,
                     Oid.GEN_CO_XMIT_PDUS_ERROR, Oid.ATM_RCV_REASSEMBLY_ERROR)

        async def oids(h):
            out = {}
            for oid in oid_names:
                req = OidRequest(oid, buffer_length=8)
                st = await ndis.co_oid_request(h, req)
                assert st == NdisStatus.SUCCESS, (oid, st)
                out[oid.name] = req.value
            return out

        async def open_vc(key, fresh: bool):
            st, h = await ndis.co_create_vc(next(numbers))
            assert st == NdisStatus.SUCCESS, st
            inc = sb.incarnation(h.protocol_vc_context, h.miniport_context.slot, key)
            p = CoCallParameters.atm(*key, max_sdu=max_sdu, encapsulation=None, flags=flags)
            assert await ndis.cm_activate_vc(h, p) == NdisStatus.SUCCESS
            if fresh:
                snap = await mp.query_vc(h.miniport_context)
                sb.fresh(inc, await oids(h), snap.last_rx_status, snap.last_tx_status)
            return h

        def burst(h, n):
            inc = sb.incs[h.protocol_vc_context]
            lists = []
            for _ in range(n):
                size = rng.randint(TAG_BYTES, max_sdu)
                nbl = NetBufferList(packet=tagged(inc.number, inc.sent, size), raw=True,
                                    context=inc.number)
                inc.sent += 1
                lists.append(nbl)
            ndis.co_send_net_buffer_lists(h, lists)

        async def close(h, stall: bool):
            """Deactivate (the VC's cells held at the line meanwhile, so the core and the
            model see the same cells before the command), check counters, delete; the
            held cells then reach line RX while no VC owns their VPI/VCI (UNKNOWN_VC)."""
            inc = sb.incs[h.protocol_vc_context]
            slot = h.miniport_context.slot
            env.injector.hold(inc.key)
            await env.line.quiet(env.clk)
            rx_partial = env.scoreboard.nic.rx.ctx[slot].in_pdu
            if stall:
                env.host_rx.stall(True)
            st = await ndis.cm_deactivate_vc(h)
            assert st in (NdisStatus.PENDING, NdisStatus.SUCCESS), st
            if stall:
                await ClockCycles(env.clk, rng.randint(200, 3000))
                env.host_rx.stall(False)
            if st == NdisStatus.PENDING:
                st = await ndis.wait_deactivate_complete(h)
            assert st == NdisStatus.SUCCESS, st
            env.injector.restart(inc.key)  # the next VC on this key starts a new PDU stream
            sb.check_counters(inc, await oids(h))
            assert await ndis.co_delete_vc(h) == NdisStatus.SUCCESS
            cells = env.injector.release(inc.key)
            env.line.put(cells)
            await env.line.quiet(env.clk)
            env.marker("deactivation", slot, bins=["tx_in_flight"]
                       + (["rx_partial"] if rx_partial else []) + (["cells_after"] if cells
                                                                    else []))
            if cells:
                env.marker("fault", kind=FaultKind.HOLD.value, n=1)
            self.reuses += 1

        self.reuses = 0
        live = [await open_vc(env.pool.new_key(), fresh=True) for _ in range(rng.randint(1, 3))]
        for _ in range(rng.randint(2, 4)):
            for h in live:
                burst(h, rng.randint(2, 12))
            await ClockCycles(env.clk, rng.randint(0, 4000))
            i = rng.randrange(len(live))
            victim = live[i]
            key = sb.incs[victim.protocol_vc_context].key
            slot = victim.miniport_context.slot
            await close(victim, stall=rng.random() < 0.3)
            live[i] = await open_vc(key, fresh=True)
            assert live[i].miniport_context.slot == slot, "the slot was not reused"
        for h in live:
            burst(h, rng.randint(1, 5))
        for h in live:
            await ndis.wait_sends_complete(h)
        await env.drain()
        for h in live:
            await close(h, stall=False)
        self.driver_stats = {k: v for k, v in mp.stats.items() if v}
        await adapter_oids(env, ndis)
        await ndis.halt()
        env.bench.view = None

    def expect(self, report):
        assert not self.nsb.problems, "NDIS scoreboard:\n  " + "\n  ".join(self.nsb.problems)
        assert self.reuses >= 2
        assert not self.driver_stats, f"driver problems: {self.driver_stats}"
