// Source list of the vcnic_nic top (the core behind the DMA host interface, docs/dma.md).
// Paths are relative to this file's directory. Read by vcnic_tb.runner and the lint.
-f vcnic_core.f
generated/vcnic_dma_regs.sv
dma/vcnic_axil_split.v
dma/vcnic_dma_axi_rd_mux.v
dma/vcnic_dma_axi_wr_mux.v
dma/vcnic_dma_irq.v
dma/vcnic_dma_tx.v
dma/vcnic_dma_rx.v
vcnic_nic.v
