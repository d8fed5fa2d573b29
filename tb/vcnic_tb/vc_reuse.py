"""Per-VC context across VC lifetimes (issue 10 section 1), on any backend.

The situation: a VC that indicates errored PDUs (INDICATE_ERRED_PACKETS), a line that
corrupts every PDU (CRC errors), a host that takes `rx_delay` seconds per received PDU;
the VC is deactivated while its errored PDUs still wait for host RX, deleted, and a new
VC is created on the same slot with the same VPI/VCI. Nothing of the old VC (PDU, send
completion, counter) may reach the new one, and the old VC's deactivation may only
complete once everything of it was indicated.

`run_vc_reuse(window, port, ...)` runs it through `vcnic.ndis` + `vcnic.miniport` and
returns what it saw; the caller sets the line up (`corrupt_last_cell` as the fault hook,
CTRL.loopback = 0) and, optionally, gives `hold_rx(bool)` to back-pressure host RX
inside the core during the deactivation. Used by tests/test_vc_lifetime.py (the model,
asyncio) and tb/vcnic_tb/test_cosim.py (the RTL, cocotb). No cocotb import here.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from vcnic.atm.cell import CELL_BYTES, HEADER_BYTES
from vcnic.miniport import Miniport
from vcnic.ndis import (
    CoCallParameters,
    MediaFlags,
    NdisLayer,
    NdisStatus,
    NetBufferList,
    Oid,
    OidRequest,
    RecordingClient,
)
from vcnic.ndis.runtime import Runtime, detect_runtime

ALL = MediaFlags.TRANSMIT_VC | MediaFlags.RECEIVE_VC | MediaFlags.INDICATE_ERRED_PACKETS
MAGIC = b"VCLT"


def corrupt_last_cell(lc: Any) -> list[bytes] | None:
    """Fault hook: flip one payload byte of every last cell of a PDU (PTI bit 0), so each
    PDU fails its CRC; the header (and so the HEC, the VC, the PDU boundary) is kept."""
    raw = bytes(lc.raw)
    if len(raw) != CELL_BYTES or not raw[3] & 0x02:
        return None
    b = bytearray(raw)
    b[HEADER_BYTES + 3] ^= 0x5A
    return [bytes(b)]


TAG_BYTES = 12


def tagged(incarnation: int, seq: int, n: int) -> bytes:
    """An SDU of n >= TAG_BYTES bytes that names its VC incarnation and sequence number
    (both also stored inverted, so a corrupted tag never reads as another valid one)."""
    i, q = incarnation & 0xFFFF, seq & 0xFFFF
    head = MAGIC + b"".join(v.to_bytes(2, "big") for v in (i, q, i ^ 0xFFFF, q ^ 0xFFFF))
    return (head + bytes((incarnation * 31 + seq + k) & 0xFF for k in range(n)))[:n]


def tag_of(data: bytes) -> tuple[int, int] | None:
    """(incarnation, seq) of a tagged SDU (or raw CPCS-PDU); None when there is no intact
    tag (untagged, or damaged on the line)."""
    if len(data) < TAG_BYTES or data[:4] != MAGIC:
        return None
    i, q, ni, nq = (int.from_bytes(data[k:k + 2], "big") for k in range(4, 12, 2))
    if i ^ ni != 0xFFFF or q ^ nq != 0xFFFF:
        return None
    return i, q


class SlowRxPort:
    """A DataPort whose host takes `delay` seconds (of the runtime's clock) per PDU."""

    def __init__(self, inner: Any, delay: float, runtime: Runtime):
        self.inner, self.delay, self.rt = inner, delay, runtime
        self._never = runtime.event()
        self._held = 0  # taken from the inner port, not yet returned

    async def send(self, vc, data, uu=0, cpi=0, clp=0):
        await self.inner.send(vc, data, uu, cpi, clp)

    async def flush(self):
        await self.inner.flush()

    async def tx_completion(self):
        return await self.inner.tx_completion()

    async def receive(self):
        f = await self.inner.receive()
        self._held = 1
        try:
            if self.delay > 0:
                await self.rt.wait_for(self._never, self.delay)
        finally:
            self._held = 0
        return f

    def rx_pending(self) -> int:
        return self._held + self.inner.rx_pending()


@dataclass
class VcReuseResult:
    frames: int
    old_indicated: int = 0  # PDUs indicated on the old VC
    old_before_deactivate: int = 0  # ... before its deactivation completed
    old_statuses: dict[str, int] = field(default_factory=dict)
    new_foreign: list[str] = field(default_factory=list)  # old-VC things seen on the new VC
    new_indicated: int = 0
    new_counters_at_start: dict[str, int] = field(default_factory=dict)
    deactivate_status: str = ""
    deactivated_while_held: bool = False
    slot_old: int = -1
    slot_new: int = -1
    driver_stats: dict[str, int] = field(default_factory=dict)

    @property
    def problems(self) -> list[str]:
        out = [f"new VC: {x}" for x in self.new_foreign]
        if self.old_before_deactivate != self.old_indicated:
            out.append(f"{self.old_indicated - self.old_before_deactivate} PDUs indicated on "
                       "the old VC after its deactivation completed")
        if self.old_indicated != self.frames:
            out.append(f"old VC: {self.old_indicated} of {self.frames} errored PDUs indicated")
        if self.deactivated_while_held:
            out.append("DEACTIVATE completed while PDUs of the VC were held in host RX")
        if any(self.new_counters_at_start.values()):
            out.append(f"new VC starts with counters {self.new_counters_at_start}")
        if self.slot_old != self.slot_new:
            out.append(f"slot not reused ({self.slot_old} -> {self.slot_new})")
        if self.deactivate_status != "SUCCESS":
            out.append(f"deactivation completed {self.deactivate_status}")
        return out


_COUNTER_OIDS = (Oid.GEN_CO_RCV_PDUS_OK, Oid.GEN_CO_RCV_PDUS_ERROR, Oid.GEN_CO_RCV_CRC_ERROR,
                 Oid.ATM_RCV_CELLS_OK, Oid.GEN_CO_XMIT_PDUS_OK, Oid.ATM_XMIT_CELLS_OK)


async def run_vc_reuse(window: Any, port: Any, *, frames: int = 20, sdu: int = 100,
                       rx_delay: float = 1e-6, vpi: int = 3, vci: int = 77,
                       hold_rx: Callable[[bool], None] | None = None, hold_for: float = 0.0,
                       runtime: Runtime | None = None,
                       settle: float | None = None) -> VcReuseResult:
    """Old VC: `frames` tagged SDUs of `sdu` bytes, all corrupted on the line, indicated as
    errored PDUs by a host taking `rx_delay` per PDU; deactivated as soon as its sends
    completed (with `hold_rx`: host RX held in the core from before the first send
    until `hold_for` seconds into the deactivation),
    deleted; new VC on the same slot and VPI/VCI; then wait `settle` seconds (default:
    long enough for the slow host to take every old PDU twice over)."""
    rt = runtime or detect_runtime()
    slow = SlowRxPort(port, rx_delay, rt)
    client = RecordingClient()
    mp = Miniport(window, slow, runtime=rt, loopback=False)
    ndis = NdisLayer(mp, client, rt)
    res = VcReuseResult(frames=frames)
    never = rt.event()
    assert await ndis.initialize() == NdisStatus.SUCCESS, mp.error
    params = CoCallParameters.atm(vpi, vci, max_sdu=max(sdu, 64), encapsulation=None,
                                  flags=ALL)
    st, old = await ndis.co_create_vc("old")
    assert st == NdisStatus.SUCCESS
    assert await ndis.cm_activate_vc(old, params) == NdisStatus.SUCCESS
    res.slot_old = old.miniport_context.slot
    sends = [NetBufferList(packet=tagged(1, i, sdu), raw=True) for i in range(frames)]
    if hold_rx is not None:
        hold_rx(True)
    ndis.co_send_net_buffer_lists(old, sends)
    await ndis.wait_sends_complete(old)
    st = await ndis.cm_deactivate_vc(old)
    if hold_rx is not None:
        await rt.wait_for(never, hold_for)
        res.deactivated_while_held = old.deactivate_status is not None
        hold_rx(False)
    if st == NdisStatus.PENDING:
        st = await ndis.wait_deactivate_complete(old)
    res.deactivate_status = st.name
    res.old_before_deactivate = len(client.received.get(old.number, []))
    assert await ndis.co_delete_vc(old) == NdisStatus.SUCCESS

    st, new = await ndis.co_create_vc("new")
    assert st == NdisStatus.SUCCESS
    res.slot_new = new.miniport_context.slot
    assert await ndis.cm_activate_vc(new, params.copy()) == NdisStatus.SUCCESS
    for oid in _COUNTER_OIDS:
        req = OidRequest(oid, buffer_length=8)
        if await ndis.co_oid_request(new, req) == NdisStatus.SUCCESS:
            res.new_counters_at_start[oid.name] = req.value
    if settle is None:
        settle = 2 * frames * max(rx_delay, 1e-6) + 1e-5
    await rt.wait_for(never, settle)

    old_rx = client.received.get(old.number, [])
    res.old_indicated = len(old_rx)
    for n in old_rx:
        res.old_statuses[n.status.name] = res.old_statuses.get(n.status.name, 0) + 1
    for n in client.received.get(new.number, []):
        t = tag_of(n.sdu)
        res.new_indicated += 1
        if t is None or t[0] != 2:
            res.new_foreign.append(f"PDU {t} indicated ({n.status.name})")
    for n in client.sent.get(new.number, []):
        if n in sends:
            res.new_foreign.append("a send of the old VC completed on the new VC")
    await ndis.cm_deactivate_vc(new)
    await ndis.wait_deactivate_complete(new)
    await ndis.co_delete_vc(new)
    res.driver_stats = {k: v for k, v in mp.stats.items() if v}
    await ndis.halt()
    return res
