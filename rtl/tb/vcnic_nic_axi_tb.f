// vcnic_nic with its sim-only top for the DMA unit tests (tests/test_rtl_dma_tx.py).
// Paths relative to this file's directory.
-f ../vcnic_nic.f
vcnic_nic_axi_tb.v
