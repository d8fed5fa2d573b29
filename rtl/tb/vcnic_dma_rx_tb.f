// vcnic_dma_rx alone, for its unit test (tests/test_dma_rx.py). Paths relative to here.
+incdir+../generated
../dma/vcnic_dma_rx.v
vcnic_dma_rx_tb.v
