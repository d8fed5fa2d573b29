"""Coverage goals of the DMA host interface (group `dma`, docs/verification.md)."""

from __future__ import annotations

from vcnic.regs import RxStatusCode, TxStatusCode

#: Coverage goals of the DMA path (group `dma`).
DMA_GOALS: dict[str, list[str]] = {
    "dma": sorted(
        ["tx_ring_wrap", "rx_ring_wrap", "txcq_phase_flip", "rxcq_phase_flip",
         "tx_ring_full", "free_ring_empty", "rx_bufs:1", "rx_bufs:2", "rx_bufs:3-4",
         "rx_bufs:5+", "irq_coalesced", "mem:slow", "mem:tx_read_error",
         "mem:rx_write_error", "doorbell_error"]
        + [f"tx:{s.name}" for s in TxStatusCode if s != TxStatusCode.TX_ABORTED]
        + [f"rx:{s.name}" for s in (RxStatusCode.RX_OK, RxStatusCode.RX_NO_BUFFER,
                                    RxStatusCode.RX_DMA_ERROR)]),
}
