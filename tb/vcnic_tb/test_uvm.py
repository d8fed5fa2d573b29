"""The pyuvm tests of vcnic (cocotb module). Launched by tests/test_uvm*.py and by the
regression (`vcnic_tb.regress`); one test by name:

    python -m vcnic_tb.runner vcnic_tb.test_uvm -p NUM_VC=16 -p DATA_W=64 -p NUM_CBR=4 \\
        -p TX_BUF_CELLS=128 -p RX_BUF_CELLS=128 -k RandomTest --seed 17

Every test runs with CTRL.loopback = 0 and the line through the fault injector; see
docs/verification.md for what each one checks.
"""

from __future__ import annotations

import pyuvm

from .env.driver_tests import DriverLifecycleBase, DriverVcReuseBase
from .env.tests import (
    BadLengthBase,
    BufferPressureBase,
    CleanTrafficBase,
    DeactivateInFlightBase,
    FaultKindBase,
    LifecycleBase,
    RandomBase,
    RegAbuseBase,
    StarveBase,
)
from .faults import FaultKind

T = 200  # ms of simulated time per test at most


@pyuvm.test(timeout_time=T, timeout_unit="ms")
class CleanTrafficTest(CleanTrafficBase):
    pass


@pyuvm.test(timeout_time=T, timeout_unit="ms")
class FaultHec1BitTest(FaultKindBase):
    KIND = FaultKind.HEC_1BIT


@pyuvm.test(timeout_time=T, timeout_unit="ms")
class FaultHecMultiTest(FaultKindBase):
    KIND = FaultKind.HEC_MULTI


@pyuvm.test(timeout_time=T, timeout_unit="ms")
class FaultPayloadTest(FaultKindBase):
    KIND = FaultKind.PAYLOAD


@pyuvm.test(timeout_time=T, timeout_unit="ms")
class FaultLoseTest(FaultKindBase):
    KIND = FaultKind.LOSE


@pyuvm.test(timeout_time=T, timeout_unit="ms")
class FaultLoseLastTest(FaultKindBase):
    KIND = FaultKind.LOSE_LAST


@pyuvm.test(timeout_time=T, timeout_unit="ms")
class FaultDupTest(FaultKindBase):
    KIND = FaultKind.DUP


@pyuvm.test(timeout_time=T, timeout_unit="ms")
class FaultMisinsertTest(FaultKindBase):
    KIND = FaultKind.MISINSERT


@pyuvm.test(timeout_time=T, timeout_unit="ms")
class FaultMisrouteTest(FaultKindBase):
    KIND = FaultKind.MISROUTE


@pyuvm.test(timeout_time=T, timeout_unit="ms")
class FaultBadLengthTest(BadLengthBase):
    pass


@pyuvm.test(timeout_time=T, timeout_unit="ms")
class DeactivateInFlightTest(DeactivateInFlightBase):
    pass


@pyuvm.test(timeout_time=T, timeout_unit="ms")
class StarveNoBufferTest(StarveBase):
    MODE = "no_buffer"


@pyuvm.test(timeout_time=T, timeout_unit="ms")
class StarveOversizeTest(StarveBase):
    MODE = "oversize"


@pyuvm.test(timeout_time=T, timeout_unit="ms")
class BufferPressureTest(BufferPressureBase):
    pass


@pyuvm.test(timeout_time=T, timeout_unit="ms")
class RegAbuseTest(RegAbuseBase):
    pass


@pyuvm.test(timeout_time=T, timeout_unit="ms")
class LifecycleTest(LifecycleBase):
    pass


@pyuvm.test(timeout_time=T, timeout_unit="ms")
class DriverLifecycleTest(DriverLifecycleBase):
    pass


@pyuvm.test(timeout_time=T, timeout_unit="ms")
class DriverVcReuseTest(DriverVcReuseBase):
    pass


@pyuvm.test(timeout_time=T, timeout_unit="ms")
class RandomTest(RandomBase):
    pass
