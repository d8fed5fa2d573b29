"""pyuvm tests of the DMA host interface (`EnvConfig.host = "dma"`; env/dma.py).

`DmaRandomBase`: the driver's ring manager (`DmaPort`) on the NIC harness, the core in
loopback, 3-5 VCs; seeded rounds of traffic (lengths 1..max SDU, multi-buffer PDUs on
small free buffers, rings of 16-64 entries so they wrap and the CQ phases flip), each round
with one host-memory episode of `faults.MemFaultKind`: none, latency spikes and
backpressure, a TX buffer whose reads fail, RX buffers whose writes fail, descriptors a
buggy driver corrupted (reserved bits, misaligned address, VC out of range, length 0, above
max SDU, a VC never activated), doorbells beyond their ring. The ring scoreboard predicts
every TX status and checks every RX PDU byte for byte, the ledger and the counters; at the
end the port stops and every byte of host memory must be back with the allocator.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import cocotb
from cocotb.triggers import ClockCycles
from vcnic.regs import DMA_ADDRESS, VcParams

from ..faults import MemFaultKind
from .env import DEFAULT_REPORT, ENV_REPORT
from .tests import VcnicBaseTest

DMA_COUNTERS = ("TX_BAD_DESC", "TX_DMA_ERRORS", "RX_PDUS_IN", "RX_NO_BUFFER",
                "RX_DMA_ERRORS", "DOORBELL_ERRORS")
#: What a round that does not settle reports of the NIC (its rings' indices and status).
SETTLE_REGS = ("DMA_STATUS", "DMA_ERR_STATUS", "TX_PROD", "TX_CONS", "TXCQ_HEAD", "TXCQ_TAIL",
               "RXF_PROD", "RXF_CONS", "RXCQ_HEAD", "RXCQ_TAIL", "TX_FRAMES")
EPISODES = ("clean", MemFaultKind.SLOW, MemFaultKind.TX_READ_ERROR,
            MemFaultKind.RX_WRITE_ERROR, "buggy_driver", MemFaultKind.DOORBELL)


class DmaRandomBase(VcnicBaseTest):
    ROUNDS = (4, 6)

    def configure(self, cfg, rng):
        cfg.host = "dma"

    async def run_phase(self):
        self.raise_objection()
        try:
            env = self.env
            env.start_dma()
            await env.be.start(loopback=True)
            await self.body()
            sb = env.scoreboard
            problems = sb.problems + env.ring_monitor.errors + self.problems
            self.write_report(problems)
            if problems:
                raise AssertionError(f"DMA scoreboard: {len(problems)} problem(s):\n  "
                                     + "\n  ".join(problems[:40]))
        finally:
            self.drop_objection()

    def check_phase(self):
        pass

    def write_report(self, problems) -> None:
        env = self.env
        report = {"config": self.cfg.to_dict(), "params": env.params,
                  "faults": {"memory": dict(env.mem_faults.stats)},
                  "scoreboard": {"tally": dict(env.scoreboard.tally),
                                 "problems": problems[:50], "port": self.port_stats},
                  "coverage": env.coverage_db.to_dict(), "passed": not problems}
        Path(os.environ.get(ENV_REPORT, DEFAULT_REPORT)).write_text(
            json.dumps(report, indent=1, sort_keys=True, default=str) + "\n")

    # ------------------------------------------------------------------ the test
    async def body(self):
        from vcnic.miniport.dma import DmaPort

        env, rng, be = self.env, self.rng, self.env.be
        sb, mf, cov = env.scoreboard, env.mem_faults, env.coverage_db
        self.problems: list[str] = []
        self.port_stats: dict = {}
        num_vc = env.params["NUM_VC"]
        tx_ring = rng.choice((16, 32, 64))
        rx_ring = rng.choice((16, 32))
        bufsz = rng.choice((128, 256, 512))
        count = rng.choice((1, 4, 8))
        port = DmaPort(env.window, be.memory, be.irqs, tx_ring=tx_ring, rx_ring=rx_ring,
                       rx_buf_size=bufsz, irq_count=count, irq_timer=0 if count == 1 else 400)
        base_in_use = port.alloc.in_use()
        env.dma_coverage.tx_log2 = tx_ring.bit_length() - 1
        env.dma_coverage.rx_log2 = rx_ring.bit_length() - 1
        await port.start()
        sb.beat = port.beat
        poison = port.alloc.alloc(4096, 4096)  # TX read-error buffers live here only
        # the VCs (the top one never activated: TX_INACTIVE)
        vcs = rng.sample(range(num_vc - 1), rng.randint(3, 5))
        for vc in vcs:
            max_sdu = rng.choice((200, 576, 1500))
            res = await be.core.activate(vc, VcParams(vci=32 + vc, max_sdu=max_sdu))
            if res != 0:
                self.problems.append(f"ACTIVATE {vc}: result {res}")
            sb.vcs[vc] = max_sdu

        async def take():  # the port's consumers (the scoreboard checks the rings)
            while True:
                await port.tx_completion()

        got: list[tuple] = []

        async def take_rx():  # what the driver hands up must be what the NIC wrote
            while True:
                f = await port.receive()
                got.append((f.vc, f.status, bytes(f.data)))

        tasks = [cocotb.start_soon(take()), cocotb.start_soon(take_rx())]
        doorbell_errors = 0
        mask = tx_ring - 1

        def last_desc() -> int:
            return port._rings["TX_RING"] + ((port._tx_prod - 1) & mask) * 16

        async def send(vc, n):
            data = rng.randbytes(n)
            await port.send(vc, data, uu=rng.randrange(256), cpi=0, clp=rng.random() < 0.1)

        for rnd in range(rng.randint(*self.ROUNDS)):
            ep = rng.choice(EPISODES)
            if ep == MemFaultKind.SLOW:
                mf.slow()
                cov.hit("dma", "mem:slow")
            elif ep == MemFaultKind.RX_WRITE_ERROR:
                b = port._rx_bufs[rng.randrange(rx_ring)]
                mf.poison_writes(b, b + bufsz)
                sb.rx_poison = mf.rx_poison
            elif ep == MemFaultKind.TX_READ_ERROR:
                mf.poison_reads(poison, poison + 4096)
                sb.tx_poison = mf.tx_poison
            elif ep == MemFaultKind.DOORBELL:
                # beyond the ring: ignored, counted, the ring goes on (quiet: nothing posted)
                await be.window.write(DMA_ADDRESS["TX_PROD"],
                                      (port._tx_prod + tx_ring + 1) & 0xFFFF)
                await be.window.write(DMA_ADDRESS["RXF_PROD"],
                                      (port._rxf_prod + rx_ring + 1) & 0xFFFF)
                doorbell_errors += 2
                mf.stats[MemFaultKind.DOORBELL.value] += 2
                cov.hit("dma", "doorbell_error", 2)
            burst = rng.randint(tx_ring // 2, tx_ring * 2)
            for _ in range(burst):
                vc = rng.choice(vcs)
                top = sb.vcs[vc]
                n = rng.choice((rng.randint(1, 48), rng.randint(1, top), top,
                                rng.randint(1, min(top, 4 * bufsz))))
                r = rng.random()
                if ep == "buggy_driver" and r < 0.4:
                    kind = rng.choice((MemFaultKind.DESC_RESERVED, MemFaultKind.DESC_MISALIGNED,
                                       MemFaultKind.DESC_BAD_VC, MemFaultKind.DESC_ZERO,
                                       MemFaultKind.DESC_OVERSIZE, "inactive"))
                    if kind == MemFaultKind.DESC_BAD_VC:
                        await send(rng.randrange(num_vc, 0x10000), n)
                        mf.stats[kind.value] += 1
                    elif kind == MemFaultKind.DESC_ZERO:
                        await port.send(vc, b"")
                        mf.stats[kind.value] += 1
                    elif kind == MemFaultKind.DESC_OVERSIZE:
                        await send(vc, rng.randint(top + 1, top + 100))
                        mf.stats[kind.value] += 1
                    elif kind == "inactive":
                        await send(num_vc - 1, n)
                    else:
                        await send(vc, n)
                        mf.corrupt(kind, last_desc(), port.beat, num_vc)
                elif ep == MemFaultKind.TX_READ_ERROR and r < 0.2:
                    await send(vc, n)
                    d = last_desc()
                    raw = bytearray(be.memory.read(d, 16))
                    src = int.from_bytes(raw[0:8], "little")
                    be.memory.write(poison, be.memory.read(src, n))
                    raw[0:8] = poison.to_bytes(8, "little")
                    be.memory.write(d, bytes(raw))
                    mf.stats[MemFaultKind.TX_READ_ERROR.value] += 1
                    cov.hit("dma", "mem:tx_read_error")
                else:
                    await send(vc, n)
                if rng.random() < 0.15:
                    await port.flush()
                    await ClockCycles(env.be.clock, rng.randint(1, 300))
            await port.flush()
            await self.settle(port, f"round {rnd} ({ep})")
            if ep == MemFaultKind.RX_WRITE_ERROR and sb.tally["rx:RX_DMA_ERROR"]:
                cov.hit("dma", "mem:rx_write_error")
            mf.clear()
            mf.fast()
            sb.tx_poison, sb.rx_poison = [], []
        if port.stats["tx_ring_full"]:
            cov.hit("dma", "tx_ring_full", port.stats["tx_ring_full"])
        # the ledger against the counters, when quiet
        dma = {k: await be.window.read(DMA_ADDRESS[k]) for k in DMA_COUNTERS}
        core = await be.core.counters()
        sb.check_end(dma, core, doorbell_errors)
        seen = [(t.rec["vc"], t.rec["status"], t.data) for t in sb.rx_seen]
        if got != seen:
            k = next((i for i, (a, b) in enumerate(zip(got, seen, strict=False)) if a != b),
                     min(len(got), len(seen)))
            self.problems.append(f"the ring manager handed up {len(got)} PDUs, the RX CQ held "
                                 f"{len(seen)}; first difference at PDU {k}")
        for t in tasks:
            t.cancel()
        port.alloc.free(poison)
        await port.stop()
        self.port_stats = {k: v for k, v in port.stats.items() if v}
        for k in ("tx_unmatched_completions", "rx_buf_index_mismatch", "rx_bad_completions",
                  "stop_idle_timeouts", "tx_reclaimed"):
            if port.stats[k]:
                self.problems.append(f"ring manager: {k} = {port.stats[k]}")
        if port.halted:
            self.problems.append(f"a DMA engine halted: {port.error}")
        if port.alloc.in_use() != base_in_use:
            self.problems.append(f"host memory leaked: {port.alloc.in_use() - base_in_use} "
                                 f"bytes still allocated after the port stopped")
        try:
            be.check_protocol()
        except AssertionError as e:
            self.problems.append(str(e))

    async def settle(self, port, what: str, limit: int = 400000) -> None:
        """Until every descriptor is completed and every TX_OK frame received or
        accounted (the scoreboard's books), or `limit` cycles."""
        sb = self.env.scoreboard
        step = 200
        last, still = -1, 0
        for _ in range(limit // step):
            if not sb.posted and not port.tx_in_flight():
                if not any(sb.expect_rx.values()):
                    await ClockCycles(self.env.be.clock, 100)
                    return
                # frames the core dropped never come: quiet for 20000 cycles = settled
                # (check_end holds them to the core's drop counters)
                n = len(sb.rx_seen)
                still = still + step if n == last else 0
                last = n
                if still >= 20000:
                    return
            await ClockCycles(self.env.be.clock, step)
        regs = {k: await self.env.be.window.read(DMA_ADDRESS[k]) for k in SETTLE_REGS}
        core = await self.env.be.core.counters()
        self.problems.append(f"{what}: not settled after {limit} cycles: "
                             f"{len(sb.posted)} descriptors without completion, "
                             f"{sum(len(q) for q in sb.expect_rx.values())} frames not back; "
                             f"NIC {', '.join(f'{k} {v:#x}' for k, v in regs.items())}; "
                             f"driver tx_prod {port._tx_prod:#x} txcq_head "
                             f"{port._txcq_head:#x} in flight {port.tx_in_flight()}; "
                             f"core {', '.join(f'{k} {v}' for k, v in core.items() if v)}")
