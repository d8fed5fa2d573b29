"""Stimulus of the pyuvm environment that makes contracts observable, without a simulator:
near-alias (VPI, VCI) keys (same lookup set, few bits apart) for VCs and for misinserted
cells, and host TX frames whose sideband fields hold their value only on the beat where
the core samples them."""

from __future__ import annotations

import random

import pytest
from vcnic.atm.aal5 import segment
from vcnic.model.lookup import lookup_key, lookup_set
from vcnic.regs import VcParams
from vcnic_tb.env.env import VcPool
from vcnic_tb.faults import FaultInjector, FaultKind, FaultRates, parse_key
from vcnic_tb.rtl_backend import tx_frame


def _bits(a, b) -> int:
    return bin(lookup_key(*a) ^ lookup_key(*b)).count("1")


@pytest.mark.parametrize("num_vc", [16, 256, 1024])
def test_alias_keys_share_a_lookup_set_and_differ_in_few_bits(num_vc):
    pool = VcPool(num_vc, random.Random(1))
    base = pool.new_key()
    same = 0
    for _ in range(200):
        k = pool.alias_of(base)
        if k is None:
            continue
        assert 1 <= k[0] <= 0x7F and k[1] >= 32 and k not in pool.used_keys
        assert _bits(k, base) in (1, 2)
        if _bits(k, base) == 2:
            assert lookup_set(*k, num_vc) == lookup_set(*base, num_vc), (k, base)
            same += 1
    assert same > 100
    # new keys: about a third are aliases of keys already in use
    keys = [pool.new_key() for _ in range(60)]
    near = sum(1 for i, a in enumerate(keys) for b in keys[:i]
               if _bits(a, b) == 2 and lookup_set(*a, num_vc) == lookup_set(*b, num_vc))
    assert near >= 8 and len(set(keys)) == len(keys)


def test_misinserted_cells_go_near_active_keys():
    pool = VcPool(16, random.Random(2))
    key = pool.new_key()
    pool.add(3, VcParams(vpi=key[0], vci=key[1]))
    inj = FaultInjector(seed=3, rates=FaultRates(misinsert=1.0), min_gap=0,
                        unknown_key=pool.near_unknown)
    near = 0
    for c in segment(bytes(2000), *key):
        for out in inj(c.to_bytes()):
            k, _ = parse_key(out, False)
            if k != key and _bits(k, key) <= 2:
                near += 1
                assert k in pool.used_keys  # reserved: never activated later
    assert near >= 5 and inj.stats[FaultKind.MISINSERT.value] > 10


@pytest.mark.parametrize("lanes", [4, 8])
@pytest.mark.parametrize("n", [1, 4, 5, 8, 9, 100])
def test_tx_frame_sideband_only_on_the_sampled_beat(lanes, n):
    vc, dest_w, user_w = 5, 4, 17
    f = tx_frame(vc, bytes(range(n)), uu=0x12, cpi=0x34, clp=1, shape=(lanes, dest_w, user_w))
    user = (1 << 16) | (0x34 << 8) | 0x12
    beats = (n + lanes - 1) // lanes
    for b in range(beats):
        i = min(n, (b + 1) * lanes) - 1  # the source drives a beat's last byte's value
        assert f.tdest[i] == (vc if b == 0 else vc ^ 0xF)
        assert f.tuser[i] == (user if b == beats - 1 else user ^ 0x1FFFF)
