"""vcnic_core smoke tests (TX, commands, shaping, utilisation): tb/vcnic_tb/test_core_smoke.py
on rtl/tb/vcnic_core_tb.v. VCNIC_SEED overrides the seed (default 1)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from vcnic_tb.runner import CORE_DEFAULTS, run_cocotb

pytestmark = pytest.mark.rtl

SEED = int(os.environ.get("VCNIC_SEED", "1"))
# VCNIC_CORE_TB_F: another source list (e.g. a snapshot of the tree)
TB_F = Path(os.environ.get("VCNIC_CORE_TB_F") or
            Path(__file__).resolve().parents[1] / "rtl" / "tb" / "vcnic_core_tb.f")


def run(testcase=None, **params):
    p = dict(CORE_DEFAULTS)
    p.update({k.upper(): v for k, v in params.items()})
    return run_cocotb("vcnic_tb.test_core_smoke", toplevel="vcnic_core_tb", parameters=p,
                      seed=SEED, filelist=TB_F, testcase=testcase)


@pytest.mark.parametrize("data_w", [32, 64], ids=lambda w: f"w{w}")
def test_core_smoke(data_w):
    run(data_w=data_w)


def test_core_smoke_1024_vcs():
    run(num_vc=1024)
