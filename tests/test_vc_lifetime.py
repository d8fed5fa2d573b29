"""Per-VC context must not outlive its VC (issue 10 section 1), on the Python NIC model.

`vcnic_tb.vc_reuse.run_vc_reuse`: errored PDUs (INDICATE_ERRED_PACKETS, every PDU
corrupted on the line) waiting for a slow host when their VC is deactivated, deleted and
re-created on the same slot and VPI/VCI. Before the fix the deactivation completed early
and 18-19 of 20 old PDUs were indicated on the new VC. The same function runs on the RTL
in tb/vcnic_tb/test_cosim.py (`vc_reuse`, tests/test_rtl_cosim.py).
"""

from __future__ import annotations

import asyncio

import pytest
from vcnic.model import NicModel
from vcnic_tb.vc_reuse import corrupt_last_cell, run_vc_reuse


async def _run(**kw):
    nic = NicModel(num_vc=16)
    nic.line_loop(corrupt_last_cell)
    try:
        return await asyncio.wait_for(run_vc_reuse(nic.window, nic.port, **kw), 30)
    finally:
        nic.close()


@pytest.mark.parametrize("rx_delay", [0.0, 1e-6, 1e-4])
def test_old_pdus_never_reach_the_new_vc(rx_delay):
    res = asyncio.run(_run(rx_delay=rx_delay))
    assert not res.problems, res
    assert res.old_statuses == {"INVALID_DATA": res.frames}
    assert res.new_indicated == 0
    assert not res.driver_stats, res.driver_stats


def test_deactivate_waits_for_pdus_held_in_host_rx():
    """Host RX back-pressured inside the core (the model's stall): DEACTIVATE stays busy
    until the held errored PDUs have gone to the host."""
    res = asyncio.run(_run(rx_delay=1e-6, frames=6, hold_for=0.05, hold_rx=None))
    assert not res.problems, res

    async def held():
        nic = NicModel(num_vc=16)
        nic.line_loop(corrupt_last_cell)
        try:
            return await asyncio.wait_for(run_vc_reuse(
                nic.window, nic.port, frames=6, rx_delay=1e-6, hold_for=0.05,
                hold_rx=nic.stall_rx), 30)
        finally:
            nic.close()

    res = asyncio.run(held())
    assert not res.problems, res
