"""Activation checks and the GCRA rate arithmetic of MiniportCoActivateVc.

Pure functions of the call parameters and the adapter's capabilities: nothing here
touches hardware, so a call that fails here leaves the VC table untouched.
"""

from __future__ import annotations

from dataclasses import dataclass
from fractions import Fraction

from ..atm.aal5 import cells_for
from ..ndis.params import AtmAalType, AtmServiceCategory, CoCallParameters, MediaFlags
from ..ndis.status import NdisStatus

__all__ = ["AdapterCaps", "HwVcConfig", "validate_call", "gcra_increment", "granted_pcr",
           "FIXED_ONE", "MAX_INC"]

FIXED_ONE = 1 << 16  # 1.0 in 16.16 fixed point
MAX_INC = (1 << 32) - 1  # VC_PCR_INC is 32 bits
RESERVED_VCI_MAX = 31


@dataclass(frozen=True)
class AdapterCaps:
    """What `Miniport.initialize()` read from ID, VERSION, CAP_* and LINK_RATE."""

    core_id: int
    version_major: int
    version_minor: int
    num_vc: int
    vpi_bits: int
    vci_bits: int
    cbr_slots: int
    rx_buf_cells: int
    tx_buf_cells: int
    data_width: int
    aal_types: int
    service_cats: int
    link_rate: int

    @property
    def max_sdu(self) -> int:
        """Largest SDU whose cells fit both buffers (and AAL5's 65535)."""
        cells = min(self.rx_buf_cells, self.tx_buf_cells)
        return max(0, min(65535, cells * 48 - 8))

    def to_dict(self) -> dict[str, int]:
        return dict(self.__dict__)


@dataclass(frozen=True)
class HwVcConfig:
    """What one VC-table entry gets: the window values of ACTIVATE / MODIFY."""

    vpi: int
    vci: int
    aal: int
    service: int
    tx_en: bool
    rx_en: bool
    rx_errored: bool
    clp: int
    max_sdu: int  # the table's single max SDU (the larger of the enabled directions)
    tx_max_sdu: int  # what the driver enforces on sends (INVALID_LENGTH above it)
    inc: int  # GCRA increment, 16.16 slots per cell; 0 for UBR
    granted_pcr: int  # PCR in force (cells/s); for CBR the rate `inc` really gives

    @property
    def is_cbr(self) -> bool:
        return self.service == AtmServiceCategory.CBR

    @property
    def cells_per_slot(self) -> Fraction:
        """Share of the line this VC reserves (CBR), exactly."""
        return Fraction(FIXED_ONE, self.inc) if self.is_cbr and self.inc else Fraction(0)


def gcra_increment(link_rate: int, pcr: int, flags: MediaFlags) -> tuple[NdisStatus, int]:
    """inc = LINK_RATE / PCR in 16.16, rounded per ROUND_UP_FLOW / ROUND_DOWN_FLOW.

    ROUND_UP_FLOW: inc rounded down (the granted rate is >= PCR); ROUND_DOWN_FLOW: inc
    rounded up (granted <= PCR). Without a rounding flag the PCR must be representable to
    within one cell/s (inc to the nearest, |LINK_RATE*65536/inc - PCR| < 1), else
    CELLRATE_NOT_AVAILABLE: the miniport does not silently change a contracted rate.
    """
    num = link_rate * FIXED_ONE
    if flags & MediaFlags.ROUND_UP_FLOW:
        inc = num // pcr
    elif flags & MediaFlags.ROUND_DOWN_FLOW:
        inc = -(-num // pcr)
    else:
        inc = (2 * num + pcr) // (2 * pcr)  # nearest
        if inc == 0 or abs(Fraction(num, inc) - pcr) >= 1:
            return NdisStatus.CELLRATE_NOT_AVAILABLE, 0
    if inc < FIXED_ONE or inc > MAX_INC:
        return NdisStatus.CELLRATE_NOT_AVAILABLE, 0
    return NdisStatus.SUCCESS, inc


def granted_pcr(link_rate: int, inc: int) -> int:
    """The PCR written back: LINK_RATE * 65536 // inc (cells/s)."""
    return link_rate * FIXED_ONE // inc


def validate_call(
    params: CoCallParameters,
    caps: AdapterCaps,
    *,
    allow_reserved_vci: bool = False,
    nni: bool = False,
    cbr_load: Fraction = Fraction(0),
) -> tuple[NdisStatus, HwVcConfig | None]:
    """Check a call against the adapter; SUCCESS and the table entry, or the failure status.

    `cbr_load` is the share of the line already reserved by the other active CBR VCs
    (sum of 65536/inc); the new VC must fit in what is left (CELLRATE_NOT_AVAILABLE).
    Order: AAL (AAL_PARAMS_UNSUPPORTED), direction and rounding flags, VPI/VCI,
    service category, max SDU (INVALID_DATA), rates (CELLRATE_NOT_AVAILABLE).
    """
    m = params.atm_media
    flags = params.media_flags
    if m.aal_type != AtmAalType.AAL5 or not (caps.aal_types & int(m.aal_type)):
        return NdisStatus.AAL_PARAMS_UNSUPPORTED, None
    tx = bool(flags & MediaFlags.TRANSMIT_VC)
    rx = bool(flags & MediaFlags.RECEIVE_VC)
    if not (tx or rx):
        return NdisStatus.INVALID_DATA, None
    if (flags & MediaFlags.ROUND_UP_FLOW) and (flags & MediaFlags.ROUND_DOWN_FLOW):
        return NdisStatus.INVALID_DATA, None
    vpi, vci = m.connection_id.vpi, m.connection_id.vci
    vpi_bits = 12 if nni else 8
    if not (isinstance(vpi, int) and isinstance(vci, int)):
        return NdisStatus.INVALID_DATA, None
    if not (0 <= vpi < (1 << min(vpi_bits, caps.vpi_bits or vpi_bits))):
        return NdisStatus.INVALID_DATA, None
    if not (0 <= vci < (1 << min(16, caps.vci_bits or 16))):
        return NdisStatus.INVALID_DATA, None
    if vpi == 0 and vci == 0:  # idle / unassigned cells: the core drops them
        return NdisStatus.INVALID_DATA, None
    if vci <= RESERVED_VCI_MAX and not allow_reserved_vci:
        return NdisStatus.INVALID_DATA, None
    flow = m.transmit if tx else m.receive
    service = flow.service_category
    if service not in (AtmServiceCategory.UBR, AtmServiceCategory.CBR) or not (
        caps.service_cats & int(service)
    ):
        return NdisStatus.INVALID_DATA, None
    if tx and rx and m.receive.service_category != service:
        return NdisStatus.INVALID_DATA, None
    if m.default_clp not in (0, 1):
        return NdisStatus.INVALID_DATA, None
    sdus = []
    for on, f in ((tx, m.transmit), (rx, m.receive)):
        if not on:
            continue
        s = f.max_sdu_size
        if not isinstance(s, int) or not 1 <= s <= 65535:
            return NdisStatus.INVALID_DATA, None
        if cells_for(s) > min(caps.tx_buf_cells, caps.rx_buf_cells):
            return NdisStatus.INVALID_DATA, None
        sdus.append(s)
    pcr = flow.peak_cell_rate
    if not isinstance(pcr, int) or pcr < 0:
        return NdisStatus.INVALID_DATA, None
    if pcr > caps.link_rate:
        return NdisStatus.CELLRATE_NOT_AVAILABLE, None
    inc, granted = 0, pcr
    if service == AtmServiceCategory.CBR:
        if pcr == 0:
            return NdisStatus.INVALID_DATA, None
        status, inc = gcra_increment(caps.link_rate, pcr, flags)
        if status != NdisStatus.SUCCESS:
            return status, None
        if cbr_load + Fraction(FIXED_ONE, inc) > 1:
            return NdisStatus.CELLRATE_NOT_AVAILABLE, None
        granted = granted_pcr(caps.link_rate, inc) if flags & (
            MediaFlags.ROUND_UP_FLOW | MediaFlags.ROUND_DOWN_FLOW) else pcr
    cfg = HwVcConfig(
        vpi=vpi, vci=vci, aal=int(m.aal_type), service=int(service), tx_en=tx, rx_en=rx,
        rx_errored=bool(flags & MediaFlags.INDICATE_ERRED_PACKETS), clp=m.default_clp,
        max_sdu=max(sdus), tx_max_sdu=m.transmit.max_sdu_size if tx else 0, inc=inc,
        granted_pcr=granted,
    )
    return NdisStatus.SUCCESS, cfg
