// vcnic_dma_irq alone, for its unit test (tests/test_dma_irq.py). Paths relative to here.
../dma/vcnic_dma_irq.v
vcnic_dma_irq_tb.v
