"""The seed-driven scenario: one generator for `vcnic sim`, the tests and the regression.

`run_scenario(window, port, cfg)` drives the driver (NDIS layer + miniport) on any backend
that gives a `RegisterWindow` and a `DataPort` (the Python NIC model under asyncio, the
RTL under cocotb), in loopback:

1. initialise the adapter, read the capability OIDs, and try the illegal calls (reserved
   VCI, AAL3/4, PCR above the link, max SDU beyond the buffers, deactivate of a created
   VC, sends/OIDs/deletes on created and deleted handles, unknown OID, short buffer,
   duplicate VPI/VCI), recording every status;
2. create and activate `cfg.vcs` VCs with mixed parameters (UBR/CBR with and without
   ROUND_UP/ROUND_DOWN, every RFC 2684 encapsulation and the null one, several max SDUs,
   INDICATE_ERRED_PACKETS on some);
3. send `cfg.frames` scapy-built frames (IPv4/UDP, IPv6/UDP, bridged Ethernet, raw) of
   every size class (payload 0, 1, 40, 41, 47, 48, 88, 89 bytes, big, above max SDU: on a
   raw VC the SDU is the payload, so class 0 is an empty SDU, which the driver must refuse
   INVALID_LENGTH because an AAL5 PDU with Length 0 is the abort indication; with an
   RFC 2684 encapsulation the headers make every SDU non-empty) in
   bursts, and between bursts: quiesce, modify-calls (quiet, or with traffic in flight
   when the change cannot alter an outcome), deactivations with traffic in flight,
   illegal calls during a pending deactivation, re-activations, deletes and re-creates;
4. deactivate everything, read every counter OID per VC before its delete and adapter-wide
   at the end, and close the conservation ledger.

Everything random comes from `random.Random(cfg.seed)`, so one seed gives one result on a
deterministic backend. Frames still in flight when a deactivation starts are *racy*:
which of them the core flushes depends on timing, so `compare()` checks them (and the
counters of their VC) through the ledger, not one by one.

The ledger, per VC incarnation: every frame sent is delivered intact on its VC in order,
or completed with a non-success status (by the driver, or by the core and then counted in
XMIT_PDUS_ERROR), or completed SUCCESS and counted in exactly one receive drop counter
(RCV_PDUS_ERROR or RCV_PDUS_NO_BUFFER); frame, byte and cell counters agree with what was
sent and delivered; nothing arrives that was not sent. Adapter-wide counters equal the
sum over every VC.
"""

from __future__ import annotations

import json
import random
from collections import Counter
from collections.abc import Callable, Mapping
from dataclasses import asdict, dataclass, field, fields
from typing import Any

from scapy.layers.inet import IP, UDP
from scapy.layers.inet6 import IPv6
from scapy.layers.l2 import Ether
from scapy.packet import Packet, Raw

from .atm.aal5 import MAX_SDU, cells_for
from .atm.rfc2684 import Encapsulation
from .hw import HOST_INTERFACES, DataPort, RegisterWindow
from .miniport import Miniport
from .ndis import (
    CAPABILITY_OIDS,
    AtmAalType,
    AtmServiceCategory,
    CoCallParameters,
    CoClient,
    MediaFlags,
    NdisLayer,
    NdisStatus,
    NdisVcState,
    NetBufferList,
    Oid,
    OidRequest,
    Runtime,
    VcHandle,
)

__all__ = ["ScenarioConfig", "ScenarioResult", "run_scenario", "compare", "SIZE_CLASSES",
           "PER_VC_OIDS", "ADAPTER_OIDS", "HOST_INTERFACES"]

#: Size classes (payload bytes; the SDU on a raw VC): the AAL5 cell boundaries, a big
#: frame and one above the VC's max SDU. "0" on a raw VC is an empty SDU, never sent as
#: data (Length 0 is the AAL5 abort): the driver refuses it INVALID_LENGTH.
SIZE_CLASSES = ("0", "1", "40", "41", "47", "48", "88", "89", "big", "oversize")
_CLASS_WEIGHTS = (2, 2, 2, 2, 2, 2, 2, 2, 5, 1)
#: Counter OIDs read per VC and adapter-wide.
PER_VC_OIDS = (
    Oid.GEN_CO_XMIT_PDUS_OK, Oid.GEN_CO_RCV_PDUS_OK, Oid.GEN_CO_XMIT_PDUS_ERROR,
    Oid.GEN_CO_RCV_PDUS_ERROR, Oid.GEN_CO_RCV_PDUS_NO_BUFFER, Oid.GEN_CO_BYTES_XMIT,
    Oid.GEN_CO_BYTES_RCV, Oid.GEN_CO_RCV_CRC_ERROR, Oid.ATM_XMIT_CELLS_OK,
    Oid.ATM_RCV_CELLS_OK, Oid.ATM_RCV_REASSEMBLY_ERROR,
)
ADAPTER_OIDS = PER_VC_OIDS + (
    Oid.ATM_RCV_CELLS_DROPPED, Oid.ATM_RCV_INVALID_VPI_VCI, Oid.ATM_CELLS_HEC_ERROR,
)
_ENCAPS: tuple[Encapsulation | None, ...] = (
    Encapsulation.LLC_ROUTED, Encapsulation.LLC_BRIDGED, Encapsulation.VCMUX_ROUTED,
    Encapsulation.VCMUX_BRIDGED, None,
)
#: Bytes each RFC 2684 encapsulation puts before the packet.
_ENCAP_BYTES = {Encapsulation.LLC_ROUTED: 8, Encapsulation.LLC_BRIDGED: 10,
                Encapsulation.VCMUX_ROUTED: 0, Encapsulation.VCMUX_BRIDGED: 2}
_MAX_SDUS = (9180, 4470, 1500, 576, 256, 128)
_CORE_KEYS = ("num_vc", "data_w", "tx_buf_cells", "rx_buf_cells", "num_cbr", "lookup_ways",
              "link_rate")
_ALL = MediaFlags.TRANSMIT_VC | MediaFlags.RECEIVE_VC
#: The (VPI, VCI) pairs the scenario gives its VCs: VPI 0..15, VCI 32..4095 (above the
#: reserved VCIs 0..31). A pair is taken while its VC incarnation exists.
_VPIS, _VCIS = range(16), range(32, 4096)
ID_PAIRS = len(_VPIS) * len(_VCIS)


# =================================================================================== config
@dataclass
class ScenarioConfig:
    """What one scenario run does; `seed` decides everything random.

    `big_max` caps the "big" size class; `stall_timeout` is how long (in the runtime's
    seconds: real time under asyncio, simulated under cocotb; None: the runtime's
    `default_timeout`) a wait may see no progress before the scenario records a stall
    and goes on; `pcap` names a SunATM capture (pcap, link type 123) of the SDUs the
    driver completed SUCCESS on TX and indicated good on RX, with VPI/VCI, bytes as carried
    on the VC; traffic type LLC only on LLC/SNAP VCs. `host` says how the driver reaches
    the NIC (`HOST_INTERFACES`: "dma" rings in host memory, or the core's "stream"s); the
    backends read it, `run_scenario` itself drives whatever port it is given. The
    core-parameter keys (`num_vc`, ...) say which core the run is for (None: the core's
    default); the model backend and the RTL build use them.
    """

    seed: int = 1
    vcs: int = 8
    frames: int = 200
    big_max: int = 4000
    stall_timeout: float | None = None
    pcap: str | None = None
    host: str = "stream"
    num_vc: int | None = None
    data_w: int | None = None
    tx_buf_cells: int | None = None
    rx_buf_cells: int | None = None
    num_cbr: int | None = None
    lookup_ways: int | None = None
    link_rate: int | None = None

    def __post_init__(self) -> None:
        for name in ("seed", "vcs", "frames", "big_max"):
            v = getattr(self, name)
            if not isinstance(v, int) or isinstance(v, bool) or v < 0:
                raise ValueError(f"{name} must be a non-negative integer, got {v!r}")
        if self.vcs < 1:
            raise ValueError(f"vcs must be at least 1, got {self.vcs}")
        if not 90 <= self.big_max <= MAX_SDU:
            raise ValueError(f"big_max must be 90..{MAX_SDU} (the AAL5 SDU limit), "
                             f"got {self.big_max}")
        if self.vcs > ID_PAIRS:
            raise ValueError(f"vcs {self.vcs}: the scenario has {ID_PAIRS} VPI/VCI pairs")
        if self.num_vc is not None and self.vcs > self.num_vc:
            raise ValueError(f"vcs {self.vcs}: the core has {self.num_vc} VC slots (num_vc)")
        if self.host not in HOST_INTERFACES:
            raise ValueError(f"host must be one of {', '.join(HOST_INTERFACES)}, "
                             f"got {self.host!r}")
        if self.stall_timeout is not None and not self.stall_timeout > 0:
            raise ValueError(f"stall_timeout must be positive, got {self.stall_timeout!r}")

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, d: Mapping[str, Any]) -> ScenarioConfig:
        """From `to_dict()` output; unknown keys (e.g. a backend's "rtl") are ignored."""
        names = {f.name for f in fields(cls)}
        return cls(**{k: v for k, v in d.items() if k in names})

    def core_parameters(self) -> dict[str, int]:
        """The core parameters set in this config (NicModel keyword arguments)."""
        return {k: getattr(self, k) for k in _CORE_KEYS if getattr(self, k) is not None}

    @property
    def compared_keys(self) -> dict[str, Any]:
        d = self.to_dict()
        d.pop("pcap")
        d.pop("stall_timeout")
        return d


# =================================================================================== result
@dataclass
class ScenarioResult:
    """The outcome of one run; `data` is plain JSON (see `to_dict`)."""

    data: dict[str, Any] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        return bool(self.data.get("ledger", {}).get("ok"))

    @property
    def verdict(self) -> str:
        return "PASS" if self.ok else "FAIL"

    @property
    def problems(self) -> list[str]:
        return list(self.data.get("ledger", {}).get("problems", []))

    def to_dict(self) -> dict[str, Any]:
        return self.data

    def to_json(self, indent: int | None = 1) -> str:
        return json.dumps(self.data, indent=indent, sort_keys=True)

    @classmethod
    def from_dict(cls, d: Mapping[str, Any]) -> ScenarioResult:
        return cls(dict(d))


# =================================================================================== state
@dataclass(eq=False)
class _Frame:
    id: int
    inc: _Inc
    cls: str
    packet_bytes: bytes
    nbl: NetBufferList
    status: str | None = None
    hw: bool = False
    delivered: bool = False
    intact: bool = False
    racy: bool = False

    def row(self) -> list[Any]:
        return [self.id, self.cls, len(self.nbl.sdu), self.status, self.delivered, self.racy]


@dataclass(eq=False)
class _Inc:
    """One VC incarnation: create .. delete of one NDIS handle."""

    name: str
    index: int
    handle: VcHandle | None = None
    slot: int | None = None
    vpi: int = 0
    vci: int = 0
    params: CoCallParameters | None = None
    active: bool = False
    racy: bool = False
    deleted: bool = False
    statuses: list[list[str]] = field(default_factory=list)
    activations: list[dict[str, Any]] = field(default_factory=list)
    frames: list[_Frame] = field(default_factory=list)
    rx_ptr: int = 0
    success: int = 0
    delivered: int = 0
    rx_errored: Counter = field(default_factory=Counter)
    unexpected: list[int] = field(default_factory=list)
    counters: dict[str, int] = field(default_factory=dict)

    @property
    def tx_max_sdu(self) -> int:
        return self.params.atm_media.transmit.max_sdu_size


class _Client(CoClient):
    def __init__(self, sc: _Scenario):
        self.sc = sc

    def co_send_net_buffer_lists_complete(self, vc, nbls):
        sc = self.sc
        for nbl in nbls:
            f: _Frame | None = nbl.context
            if f is None:
                continue
            f.status = nbl.status.name
            f.hw = nbl.hw_completed
            sc.outstanding -= 1
            if nbl.status == NdisStatus.SUCCESS:
                f.inc.success += 1
                sc.capture(f.inc, nbl.sdu, "tx")
        sc.kick()

    def co_receive_net_buffer_lists(self, vc, nbls):
        inc: _Inc = vc.protocol_vc_context
        for nbl in nbls:
            if inc is None:
                continue
            if nbl.status != NdisStatus.SUCCESS:
                inc.rx_errored[str(nbl.rx_status)] += 1
                continue
            self.sc.capture(inc, nbl.sdu, "rx")
            for i in range(inc.rx_ptr, len(inc.frames)):
                f = inc.frames[i]
                if f.status is not None and not f.hw and f.status != "SUCCESS":
                    continue  # completed by the driver: never reached the hardware
                if f.nbl.sdu == nbl.sdu:
                    f.delivered = True
                    f.intact = bytes(nbl.packet) == f.packet_bytes and nbl.decap_error is None
                    inc.rx_ptr = i + 1
                    inc.delivered += 1
                    break
            else:
                inc.unexpected.append(len(nbl.sdu))
        self.sc.kick()


# =================================================================================== scenario
class _Scenario:
    def __init__(self, window: RegisterWindow, port: DataPort, cfg: ScenarioConfig,
                 progress: Callable[[int, int], None] | None, runtime: Runtime | None):
        self.cfg = cfg
        self.rng = random.Random(cfg.seed)
        self.progress = progress
        self.client = _Client(self)
        self.miniport = Miniport(window, port, runtime=runtime, loopback=True,
                                 sync_timeout=cfg.stall_timeout)
        self.ndis = NdisLayer(self.miniport, self.client, runtime)
        self.incs: list[_Inc] = []
        self.checks: list[list[Any]] = []
        self.stalls: list[str] = []
        self.outstanding = 0
        self.frame_ids = 0
        self.sent_frames = 0
        self.used_ids: set[tuple[int, int]] = set()
        self.pcap = None
        self.tick = 0
        self.link_rate = 0

    # ----------------------------------------------------------------- helpers
    @property
    def rt(self) -> Runtime:
        return self.ndis.runtime

    def kick(self) -> None:
        self._ev.set()

    def capture(self, inc: _Inc, sdu: bytes, direction: str) -> None:
        if self.pcap is None:
            return
        # the SDU as carried on the VC; SunATM's LLC type only for LLC/SNAP VCs (VC-mux
        # and raw SDUs marked LLC would be parsed as LLC headers: Malformed in Wireshark)
        enc = inc.params.encapsulation if inc.params else None
        llc = enc in (Encapsulation.LLC_ROUTED, Encapsulation.LLC_BRIDGED)
        self.tick += 1
        self.pcap.write(inc.vpi, inc.vci, sdu, direction, ts=self.tick * 1e-6, llc=llc)

    def check(self, what: str, status: NdisStatus, vc: str | None = None) -> NdisStatus:
        self.checks.append([what, vc, status.name])
        return status

    def new_id(self) -> tuple[int, int]:
        """A (VPI, VCI) pair no live VC incarnation holds (random; never loops forever:
        pairs come back when their incarnation is deleted)."""
        if len(self.used_ids) >= ID_PAIRS:
            raise RuntimeError(f"all {ID_PAIRS} VPI/VCI pairs of the scenario are taken")
        for _ in range(64):
            pair = (self.rng.randint(_VPIS[0], _VPIS[-1]), self.rng.randint(_VCIS[0], _VCIS[-1]))
            if pair not in self.used_ids:
                break
        else:  # crowded: pick among the free ones
            k = self.rng.randrange(ID_PAIRS - len(self.used_ids))
            pair = next(p for p in ((v, c) for v in _VPIS for c in _VCIS)
                        if p not in self.used_ids and (k := k - 1) < 0)
        self.used_ids.add(pair)
        return pair

    def settled(self) -> bool:
        if self.outstanding:
            return False
        return all(i.success <= i.delivered + sum(i.rx_errored.values()) for i in self.incs
                   if not i.deleted)

    async def quiesce(self, why: str) -> None:
        """Wait until every send is completed and every successful one received."""
        while True:
            self._ev.clear()
            if self.settled():
                return
            if not await self.rt.wait_for(self._ev, self.timeout):
                self.stalls.append(why)
                return

    async def wait_completions(self, frames: list[_Frame], n: int) -> None:
        while sum(f.status is not None for f in frames) < n:
            self._ev.clear()
            if not await self.rt.wait_for(self._ev, self.timeout):
                self.stalls.append("burst completions")
                return

    # ----------------------------------------------------------------- parameters
    def random_params(self, vpi: int, vci: int) -> CoCallParameters:
        rng = self.rng
        enc = rng.choice(_ENCAPS)
        max_sdu = rng.choice(_MAX_SDUS)
        flags = _ALL
        if rng.randrange(10) < 3:
            flags |= MediaFlags.INDICATE_ERRED_PACKETS
        service, pcr = AtmServiceCategory.UBR, 0
        if rng.randrange(10) < 3:
            service = AtmServiceCategory.CBR
            pcr = self.link_rate * rng.randint(2, 12) // 100
            flags |= rng.choice((MediaFlags.ROUND_UP_FLOW, MediaFlags.ROUND_DOWN_FLOW,
                                 MediaFlags.NONE))
        return CoCallParameters.atm(vpi, vci, service=service, pcr=pcr, max_sdu=max_sdu,
                                    encapsulation=enc, flags=flags)

    # ----------------------------------------------------------------- lifecycle steps
    async def create(self) -> _Inc:
        inc = _Inc(name=f"vc{len(self.incs)}", index=len(self.incs))
        self.incs.append(inc)
        inc.vpi, inc.vci = self.new_id()
        status, handle = await self.ndis.co_create_vc(inc)
        inc.statuses.append(["create", status.name])
        if status == NdisStatus.SUCCESS:
            inc.handle = handle
            inc.slot = handle.miniport_context.slot
        else:
            inc.deleted = True
        return inc

    async def activate(self, inc: _Inc, params: CoCallParameters, op: str = "activate"
                       ) -> NdisStatus:
        requested = params.to_dict()
        status = await self.ndis.cm_activate_vc(inc.handle, params)
        inc.statuses.append([op, status.name])
        inc.activations.append({"op": op, "requested": requested, "status": status.name,
                                "granted_pcr": params.atm_media.transmit.peak_cell_rate})
        if status == NdisStatus.SUCCESS:
            inc.params, inc.active = params, True
        return status

    async def activate_new(self, inc: _Inc) -> None:
        params = self.random_params(inc.vpi, inc.vci)
        if await self.activate(inc, params) != NdisStatus.SUCCESS:
            # e.g. CBR share or slots exhausted: fall back to UBR
            fallback = CoCallParameters.atm(inc.vpi, inc.vci, max_sdu=1500,
                                            encapsulation=params.encapsulation)
            await self.activate(inc, fallback, "activate-ubr")

    async def deactivate(self, inc: _Inc, in_flight: bool) -> None:
        h = inc.handle
        for f in inc.frames:
            if f.status is None and in_flight:
                f.racy = True
                inc.racy = True
        status = await self.ndis.cm_deactivate_vc(h)
        inc.statuses.append(["deactivate", status.name])
        if status == NdisStatus.PENDING:
            # the rules NDIS enforces while a deactivation is pending
            inc.statuses.append(["delete-while-pending",
                                 (await self.ndis.co_delete_vc(h)).name])
            inc.statuses.append(["activate-while-pending",
                                 (await self.ndis.cm_activate_vc(h, inc.params.copy())).name])
            inc.statuses.append(["deactivate-while-pending",
                                 (await self.ndis.cm_deactivate_vc(h)).name])
            probe = NetBufferList(b"\x00" * 8, raw=True)
            self.ndis.co_send_net_buffer_lists(h, [probe])
            inc.statuses.append(["send-while-pending", probe.status.name])
            status = await self.ndis.wait_deactivate_complete(h)
            inc.statuses.append(["deactivate-complete", status.name])
        inc.active = h.state is NdisVcState.ACTIVE

    async def read_counters(self, inc: _Inc | None) -> dict[str, int]:
        out = {}
        for oid in PER_VC_OIDS if inc is not None else ADAPTER_OIDS:
            req = OidRequest(oid)
            status = await self.ndis.co_oid_request(inc.handle if inc else None, req)
            out[oid.name] = int(req.value) if status == NdisStatus.SUCCESS else status.name
        return out

    async def delete(self, inc: _Inc) -> None:
        if inc.active:
            await self.quiesce(f"{inc.name} before deactivate")
            await self.deactivate(inc, in_flight=False)
        inc.counters = await self.read_counters(inc)
        status = await self.ndis.co_delete_vc(inc.handle)
        inc.statuses.append(["delete", status.name])
        inc.deleted = status == NdisStatus.SUCCESS
        if inc.deleted:
            self.used_ids.discard((inc.vpi, inc.vci))
        inc.active = False

    # ----------------------------------------------------------------- traffic
    def build(self, inc: _Inc, cls: str) -> tuple[Packet | bytes, bool]:
        rng = self.rng
        if cls == "big":
            length = rng.randint(90, max(90, min(inc.tx_max_sdu, self.cfg.big_max)))
        elif cls == "oversize":
            length = inc.tx_max_sdu + rng.randint(1, 48)
        else:
            length = int(cls)
        enc = inc.params.encapsulation
        if enc is None:
            return rng.randbytes(length), True
        v6 = rng.randrange(3) == 0
        l3: Packet
        if v6:
            l3 = IPv6(src=f"fd00::{inc.index + 1:x}", dst=f"fd00::{inc.index + 0x100:x}",
                      hlim=64)
        else:
            l3 = IP(src=f"10.{inc.index % 256}.0.1", dst=f"10.{inc.index % 256}.0.2",
                    id=rng.randrange(65536), ttl=64)
        l4 = UDP(sport=rng.randint(1024, 65535), dport=9)
        bridged = enc in (Encapsulation.LLC_BRIDGED, Encapsulation.VCMUX_BRIDGED)
        head = l3 / l4
        if bridged:
            head = Ether(src="02:00:00:00:00:%02x" % (inc.index % 256),
                         dst="02:00:00:00:01:%02x" % (inc.index % 256)) / head
        overhead = _ENCAP_BYTES[enc] + len(head)
        pkt = head / Raw(rng.randbytes(max(0, length - overhead)))
        return pkt, False

    def send(self, inc: _Inc, cls: str) -> _Frame:
        pkt, raw = self.build(inc, cls)
        nbl = NetBufferList(pkt, raw=raw)
        f = _Frame(self.frame_ids, inc, cls, bytes(pkt), nbl)
        nbl.context = f
        self.frame_ids += 1
        inc.frames.append(f)
        self.outstanding += 1
        self.ndis.co_send_net_buffer_lists(inc.handle, [nbl])
        self.sent_frames += 1
        if self.progress is not None:
            self.progress(self.sent_frames, self.cfg.frames)
        return f

    def pick_class(self) -> str:
        return self.rng.choices(SIZE_CLASSES, _CLASS_WEIGHTS)[0]

    def live(self) -> list[_Inc]:
        return [i for i in self.incs if i.active and not i.deleted]

    # ----------------------------------------------------------------- phases
    async def illegal_calls(self) -> None:
        ndis, caps = self.ndis, self.miniport.caps
        status, h = await ndis.co_create_vc(None)
        self.check("create probe", status)
        if h is None:
            return
        vpi, vci = self.new_id()
        bad = {
            "reserved VCI": CoCallParameters.atm(vpi, 5),
            "VPI out of range": CoCallParameters.atm(256, vci),
            "AAL3/4": CoCallParameters.atm(vpi, vci, aal=AtmAalType.AAL34),
            "VBR": CoCallParameters.atm(vpi, vci, service=AtmServiceCategory.VBR, pcr=1000),
            "PCR above link": CoCallParameters.atm(vpi, vci, service=AtmServiceCategory.CBR,
                                                   pcr=caps.link_rate + 1),
            "max SDU 65535": CoCallParameters.atm(vpi, vci, max_sdu=65535),
            "max SDU 0": CoCallParameters.atm(vpi, vci, max_sdu=0),
            "no direction": CoCallParameters.atm(vpi, vci, flags=MediaFlags.NONE),
        }
        for what, params in bad.items():
            self.check(f"activate {what}", await ndis.cm_activate_vc(h, params))
        self.check("deactivate created", await ndis.cm_deactivate_vc(h))
        nbl = NetBufferList(b"\x00" * 40, raw=True)
        ndis.co_send_net_buffer_lists(h, [nbl])
        self.check("send on created", nbl.status)
        self.check("unknown OID", await ndis.co_oid_request(h, OidRequest(0x0101FFFF)))
        self.check("short buffer", await ndis.co_oid_request(
            h, OidRequest(Oid.GEN_CO_XMIT_PDUS_OK, buffer_length=2)))
        self.check("adapter-only OID on VC", await ndis.co_oid_request(
            h, OidRequest(Oid.ATM_RCV_INVALID_VPI_VCI)))
        self.check("delete probe", await ndis.co_delete_vc(h))
        self.check("delete deleted", await ndis.co_delete_vc(h))
        self.check("activate deleted", await ndis.cm_activate_vc(h, CoCallParameters.atm(vpi,
                                                                                          vci)))
        self.check("deactivate deleted", await ndis.cm_deactivate_vc(h))
        self.check("OID on deleted", await ndis.co_oid_request(h, OidRequest(
            Oid.GEN_CO_XMIT_PDUS_OK)))
        nbl = NetBufferList(b"\x00" * 40, raw=True)
        ndis.co_send_net_buffer_lists(h, [nbl])
        self.check("send on deleted", nbl.status)

    async def duplicate_check(self) -> None:
        live = self.live()
        if not live:
            return
        status, h = await self.ndis.co_create_vc(None)
        self.check("create duplicate probe", status)
        if h is None:
            return
        other = live[0]
        self.check("activate duplicate VPI/VCI", await self.ndis.cm_activate_vc(
            h, CoCallParameters.atm(other.vpi, other.vci)))
        self.check("delete duplicate probe", await self.ndis.co_delete_vc(h))

    async def step_modify(self) -> None:
        live = self.live()
        if not live:
            return
        rng = self.rng
        inc = rng.choice(live)
        old = inc.params
        kind = rng.choice(("quiet", "quiet", "in-flight", "bad"))
        if kind == "in-flight":
            # changes that cannot alter any outcome of the frames in flight
            new = old.copy()
            tx = new.atm_media.transmit
            if tx.service_category == AtmServiceCategory.CBR:
                tx.peak_cell_rate = self.link_rate * rng.randint(2, 12) // 100
                new.media_parameters.flags = _ALL | MediaFlags.ROUND_DOWN_FLOW | (
                    old.media_flags & MediaFlags.INDICATE_ERRED_PACKETS)
            else:
                size = max(tx.max_sdu_size, rng.choice(_MAX_SDUS))
                tx.max_sdu_size = new.atm_media.receive.max_sdu_size = size
            await self.activate(inc, new, "modify-in-flight")
            return
        await self.quiesce(f"{inc.name} before modify")
        if kind == "bad":
            new = old.copy()
            if rng.randrange(2):
                new.atm_media.transmit.service_category = AtmServiceCategory.CBR
                new.atm_media.transmit.peak_cell_rate = self.link_rate + 1
            else:
                new.atm_media.connection_id.vci += 1
            status = await self.activate(inc, new, "modify-bad")
            if status == NdisStatus.SUCCESS:
                self.stalls.append(f"{inc.name}: a bad modify succeeded")
            return
        new = self.random_params(inc.vpi, inc.vci)
        await self.activate(inc, new, "modify")

    async def step_deactivate(self, in_flight: bool) -> None:
        live = self.live()
        if len(live) == 0:
            return
        rng = self.rng
        inc = rng.choice(live)
        room = self.cfg.frames - self.sent_frames
        if in_flight and room > 0:
            n = min(room, rng.randint(1, 6))
            burst = [self.send(inc, self.pick_class()) for _ in range(n)]
            await self.wait_completions(burst, rng.randint(0, len(burst) - 1))
        else:
            in_flight = False
            await self.quiesce(f"{inc.name} before deactivate")
        await self.deactivate(inc, in_flight)
        what = rng.choice(("reactivate", "reactivate-new", "delete"))
        if what == "reactivate" and inc.params is not None:
            await self.activate(inc, inc.params.copy(), "reactivate")
        elif what == "reactivate-new":
            await self.activate_new_keep(inc)
        else:
            await self.delete(inc)
            fresh = await self.create()
            if fresh.handle is not None:
                await self.activate_new(fresh)

    async def activate_new_keep(self, inc: _Inc) -> None:
        params = self.random_params(inc.vpi, inc.vci)
        if await self.activate(inc, params, "reactivate-new") != NdisStatus.SUCCESS:
            await self.activate(inc, inc.params.copy(), "reactivate")

    async def step_illegal(self) -> None:
        live = self.live()
        if not live:
            return
        inc = self.rng.choice(live)
        inc.statuses.append(["delete-active", (await self.ndis.co_delete_vc(inc.handle)).name])

    # ----------------------------------------------------------------- run
    async def run(self) -> dict[str, Any]:
        cfg = self.cfg
        status = await self.ndis.initialize()
        if status != NdisStatus.SUCCESS:
            return {"config": cfg.compared_keys, "error": self.miniport.error or status.name,
                    "ledger": {"ok": False, "problems": [f"initialize: {status.name}: "
                                                         f"{self.miniport.error}"]}}
        self._ev = self.rt.event()
        self.timeout = self.cfg.stall_timeout or self.rt.default_timeout
        caps = self.miniport.caps
        self.link_rate = caps.link_rate
        if cfg.pcap:
            from .atm.capture import SunAtmPcapWriter

            self.pcap = SunAtmPcapWriter(cfg.pcap)
        try:
            return await self._run(caps)
        finally:
            if self.pcap is not None:
                self.pcap.close()
            await self.ndis.halt()

    async def _run(self, caps) -> dict[str, Any]:
        cfg, rng = self.cfg, self.rng
        capabilities = {}
        for oid in sorted(CAPABILITY_OIDS):
            req = OidRequest(oid, buffer_length=16)
            st = await self.ndis.co_oid_request(None, req)
            capabilities[oid.name] = (list(req.value) if isinstance(req.value, tuple)
                                      else req.value) if st == NdisStatus.SUCCESS else st.name
        await self.illegal_calls()
        for _ in range(cfg.vcs):
            inc = await self.create()
            if inc.handle is not None:
                await self.activate_new(inc)
        await self.duplicate_check()

        while self.sent_frames < cfg.frames:
            live = self.live()
            if not live:
                inc = await self.create()
                if inc.handle is None:
                    break
                await self.activate_new(inc)
                if not inc.active:
                    break
                continue
            burst = min(cfg.frames - self.sent_frames, rng.randint(1, 12))
            for _ in range(burst):
                self.send(rng.choice(live), self.pick_class())
            action = rng.choices(("none", "quiesce", "modify", "deactivate-in-flight",
                                  "deactivate", "illegal"), (4, 3, 2, 2, 1, 1))[0]
            if action == "quiesce":
                await self.quiesce("between bursts")
            elif action == "modify":
                await self.step_modify()
            elif action == "deactivate-in-flight":
                await self.step_deactivate(in_flight=True)
            elif action == "deactivate":
                await self.step_deactivate(in_flight=False)
            elif action == "illegal":
                await self.step_illegal()

        await self.quiesce("end of traffic")
        for inc in self.incs:
            if not inc.deleted and inc.handle is not None:
                await self.delete(inc)
        adapter = await self.read_counters(None)
        if self.progress is not None:
            self.progress(cfg.frames, cfg.frames)
        return self.result(capabilities, adapter)

    # ----------------------------------------------------------------- ledger
    def inc_summary(self, inc: _Inc) -> tuple[dict[str, Any], list[str]]:
        problems: list[str] = []
        c = inc.counters
        statuses = Counter(f.status or "NONE" for f in inc.frames)
        success = [f for f in inc.frames if f.status == "SUCCESS"]
        delivered = [f for f in inc.frames if f.delivered]
        hw_failed = [f for f in inc.frames if f.status not in (None, "SUCCESS") and f.hw]
        driver_failed = [f for f in inc.frames if f.status not in (None, "SUCCESS") and not f.hw]
        rx_lost = len(success) - len(delivered)
        p = problems.append
        if statuses.get("NONE"):
            p(f"{inc.name}: {statuses['NONE']} sends never completed")
        for f in inc.frames:
            # a 0-byte SDU would be an AAL5 abort (Length 0): the driver must refuse it
            if f.nbl.raw and not f.packet_bytes and f.status is not None and (
                    f.status not in ("INVALID_LENGTH", "VC_NOT_ACTIVATED") or f.hw
                    or f.delivered):
                p(f"{inc.name}: frame {f.id} of 0 bytes completed {f.status} "
                  f"({'by the core' if f.hw else 'by the driver'}"
                  f"{', delivered' if f.delivered else ''}): it must be refused "
                  "INVALID_LENGTH by the driver")
        for f in delivered:
            if f.status != "SUCCESS":
                p(f"{inc.name}: frame {f.id} delivered but completed {f.status}")
            if not f.intact:
                p(f"{inc.name}: frame {f.id} delivered corrupted (decapsulated packet differs)")
        if inc.unexpected:
            p(f"{inc.name}: {len(inc.unexpected)} received PDUs match no frame sent "
              f"(lengths {inc.unexpected[:5]})")
        if c and all(isinstance(v, int) for v in c.values()):
            expect = {
                "GEN_CO_XMIT_PDUS_OK": len(success),
                "GEN_CO_XMIT_PDUS_ERROR": len(hw_failed),
                "GEN_CO_RCV_PDUS_OK": len(delivered),
                "GEN_CO_BYTES_XMIT": sum(len(f.nbl.sdu) for f in success),
                "GEN_CO_BYTES_RCV": sum(len(f.nbl.sdu) for f in delivered),
                "ATM_XMIT_CELLS_OK": sum(cells_for(len(f.nbl.sdu)) for f in success),
            }
            for k, v in expect.items():
                if c[k] != v:
                    p(f"{inc.name}: {k} = {c[k]}, the frames say {v}")
            dropped = c["GEN_CO_RCV_PDUS_ERROR"] + c["GEN_CO_RCV_PDUS_NO_BUFFER"]
            if rx_lost != dropped:
                p(f"{inc.name}: {rx_lost} frames sent OK but not delivered, drop counters "
                  f"say {dropped}")
            if c["ATM_RCV_CELLS_OK"] != c["ATM_XMIT_CELLS_OK"]:
                p(f"{inc.name}: loopback cells RX {c['ATM_RCV_CELLS_OK']} != TX "
                  f"{c['ATM_XMIT_CELLS_OK']}")
        elif inc.handle is not None:
            p(f"{inc.name}: counters unreadable: {c}")
        summary = {
            "slot": inc.slot, "vpi": inc.vpi, "vci": inc.vci, "racy": inc.racy,
            "encapsulation": (inc.params.encapsulation.value if inc.params
                              and inc.params.encapsulation else None),
            "service": (inc.params.to_dict()["transmit"]["service_category"]
                        if inc.params else None),
            "max_sdu": inc.tx_max_sdu if inc.params else None,
            "statuses": inc.statuses,
            "activations": inc.activations,
            "frames": [f.row() for f in inc.frames],
            "send_statuses": dict(sorted(statuses.items())),
            "counters": c,
            "ledger": {
                "sent": len(inc.frames), "delivered": len(delivered),
                "failed_by_driver": len(driver_failed), "failed_by_core": len(hw_failed),
                "rx_dropped": rx_lost, "rx_errored_indicated": sum(inc.rx_errored.values()),
                "ok": not problems,
            },
        }
        return summary, problems

    def result(self, capabilities: dict[str, Any], adapter: dict[str, Any]) -> dict[str, Any]:
        vcs, problems = {}, []
        for inc in self.incs:
            vcs[inc.name], inc_problems = self.inc_summary(inc)
            problems += inc_problems
        totals = Counter()
        for v in vcs.values():
            for k, n in v["counters"].items():
                if isinstance(n, int):
                    totals[k] += n
        for k in PER_VC_OIDS:
            a = adapter.get(k.name)
            if a != totals[k.name]:
                problems.append(f"adapter {k.name} = {a}, sum over VCs {totals[k.name]}")
        for k in ("ATM_RCV_INVALID_VPI_VCI", "ATM_CELLS_HEC_ERROR", "ATM_RCV_CELLS_DROPPED"):
            if adapter.get(k) != 0:
                problems.append(f"adapter {k} = {adapter.get(k)} in a clean loopback")
        for what in self.stalls:
            problems.append(f"stall: {what}")
        for k, n in sorted(self.miniport.stats.items()):
            if n:
                problems.append(f"driver: {k} = {n}")
        ledger_totals = Counter()
        for v in vcs.values():
            for k, n in v["ledger"].items():
                if k != "ok":
                    ledger_totals[k] += n
        return {
            "config": self.cfg.compared_keys,
            "adapter": {"capabilities": capabilities, "counters": adapter,
                        "caps": self.miniport.caps.to_dict()},
            "checks": self.checks,
            "vcs": vcs,
            "racy": any(v["racy"] for v in vcs.values()),
            "ledger": {"ok": not problems, "problems": problems,
                       "totals": dict(sorted(ledger_totals.items()))},
        }


async def run_scenario(window: RegisterWindow, port: DataPort, cfg: ScenarioConfig, *,
                       progress: Callable[[int, int], None] | None = None,
                       runtime: Runtime | None = None) -> ScenarioResult:
    """Run the scenario of `cfg` on a backend; `progress(frames_sent, frames_total)`.

    The runtime defaults to the running loop's (asyncio, or cocotb inside a simulation).
    """
    if isinstance(cfg, Mapping):
        cfg = ScenarioConfig.from_dict(cfg)
    return ScenarioResult(await _Scenario(window, port, cfg, progress, runtime).run())


# =================================================================================== compare
def compare(a: ScenarioResult | Mapping[str, Any], b: ScenarioResult | Mapping[str, Any]
            ) -> str | None:
    """The first observable difference between two results, or None when they agree.

    Compared exactly: config, capabilities, every lifecycle and illegal-call status, each
    VC's parameters, frames (class, length, status, delivered) and counters. Racy frames
    (in flight when their VC's deactivation started) are compared by identity only, and
    the counters of a VC that had racy frames, and the adapter counters of a run that
    had any, through the ledger (both must balance).
    """
    da = a.to_dict() if isinstance(a, ScenarioResult) else dict(a)
    db = b.to_dict() if isinstance(b, ScenarioResult) else dict(b)

    def diff(path: str, x: Any, y: Any) -> str | None:
        if isinstance(x, Mapping) and isinstance(y, Mapping):
            for k in sorted(set(x) | set(y), key=str):
                if k not in x or k not in y:
                    return f"{path}.{k}: only in {'first' if k in x else 'second'}"
                d = diff(f"{path}.{k}", x[k], y[k])
                if d:
                    return d
            return None
        if isinstance(x, list) and isinstance(y, list):
            for i, (p, q) in enumerate(zip(x, y, strict=False)):
                d = diff(f"{path}[{i}]", p, q)
                if d:
                    return d
            if len(x) != len(y):
                return f"{path}: {len(x)} entries != {len(y)}"
            return None
        return None if x == y else f"{path}: {x!r} != {y!r}"

    for key in ("config", "error"):
        d = diff(key, da.get(key), db.get(key))
        if d:
            return d
    for side, d_ in (("first", da), ("second", db)):
        led = d_.get("ledger", {})
        if not led.get("ok"):
            probs = led.get("problems") or ["?"]
            return f"ledger of the {side} result does not balance: {probs[0]}"
    d = diff("adapter.capabilities", da["adapter"]["capabilities"],
             db["adapter"]["capabilities"])
    if d:
        return d
    d = diff("checks", da["checks"], db["checks"])
    if d:
        return d
    va, vb = da["vcs"], db["vcs"]
    d = diff("vcs", sorted(va), sorted(vb))
    if d:
        return d
    for name in sorted(va, key=lambda n: int(n[2:]) if n[2:].isdigit() else n):
        x, y = va[name], vb[name]
        # "racy" itself is not compared: which frames were still in flight when a
        # deactivation started is timing (a frame racy on either side is compared loosely)
        for k in ("slot", "vpi", "vci", "encapsulation", "service", "max_sdu", "statuses",
                  "activations"):
            d = diff(f"vcs.{name}.{k}", x.get(k), y.get(k))
            if d:
                return d
        fx, fy = x["frames"], y["frames"]
        if len(fx) != len(fy):
            return f"vcs.{name}.frames: {len(fx)} frames != {len(fy)}"
        for i, (p, q) in enumerate(zip(fx, fy, strict=True)):
            racy = p[5] or q[5]
            keep = 3 if racy else 6
            d = diff(f"vcs.{name}.frames[{i}] (id {p[0]})", p[:keep], q[:keep])
            if d:
                return d
        if not (x["racy"] or y["racy"]):
            d = diff(f"vcs.{name}.counters", x["counters"], y["counters"])
            if d:
                return d
            d = diff(f"vcs.{name}.ledger", x["ledger"], y["ledger"])
            if d:
                return d
        else:
            d = diff(f"vcs.{name}.ledger.sent", x["ledger"]["sent"], y["ledger"]["sent"])
            if d:
                return d
    if not (da.get("racy") or db.get("racy")):
        d = diff("adapter.counters", da["adapter"]["counters"], db["adapter"]["counters"])
        if d:
            return d
    return None
