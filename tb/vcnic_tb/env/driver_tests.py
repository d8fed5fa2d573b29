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
        await ndis.halt()
        env.bench.view = None

    def expect(self, report):
        bad = [f"{w}: {g.name if g is not None else None} (want "
               f"{'/'.join(x.name for x in want)})" for w, g, want in self.checks
               if g not in want]
        assert not bad, "NDIS statuses:\n  " + "\n  ".join(bad)
        stats = {k: v for k, v in self.driver_stats.items() if v}
        assert not stats, f"driver problems: {stats}"
