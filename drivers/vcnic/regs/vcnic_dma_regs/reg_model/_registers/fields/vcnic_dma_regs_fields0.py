

"""
Python Wrapper for the vcnic_dma_regs register model

This code was generated from the PeakRDL-python package version 4.0.0

"""









from ....lib import UDPStruct
from ....lib import FieldAsyncReadOnly, FieldAsyncWriteOnly, FieldAsyncReadWrite, Field
from ....lib import FieldEnumAsyncReadOnly, FieldEnumAsyncWriteOnly, FieldEnumAsyncReadWrite

# field definitions
    
    
class vcnic_dma_regs_DMA_CAP_data_width_0x970136cec5ac8bb5dd1e4b1de27bdd97ee2063f4c041f3957c33cc92cad514bc_cls(FieldAsyncReadOnly):
    """
    Class to represent a register field in the register model

    +--------------+-------------------------------------------------------------------------+
    | SystemRDL    | Value                                                                   |
    | Field        |                                                                         |
    +==============+=========================================================================+
    | Description  | .. raw:: html                                                           |
    |              |                                                                         |
    |              |      <p>Host memory bus width in bits (AXI_DATA_W).</p>                 |
    +--------------+-------------------------------------------------------------------------+
    """
    __slots__ : list[str] = []

    

    
    

    @property
    def rdl_desc(self) -> str:
        return "Host memory bus width in bits (AXI_DATA_W)."
    
    
    

    
    
class vcnic_dma_regs_DMA_CAP_addr_width_0x5262ba7dffa2bf26d96f2e757106b7223e94c46f21c001e0b1e068de2cd4aadc_cls(FieldAsyncReadOnly):
    """
    Class to represent a register field in the register model

    +--------------+-------------------------------------------------------------------------+
    | SystemRDL    | Value                                                                   |
    | Field        |                                                                         |
    +==============+=========================================================================+
    | Description  | .. raw:: html                                                           |
    |              |                                                                         |
    |              |      <p>Host address bits (AXI_ADDR_W).</p>                             |
    +--------------+-------------------------------------------------------------------------+
    """
    __slots__ : list[str] = []

    

    
    

    @property
    def rdl_desc(self) -> str:
        return "Host address bits (AXI_ADDR_W)."
    
    
    

    
    
class vcnic_dma_regs_DMA_CAP_max_ring_log2_0x2e2b5381cc7a5327956ee337394503a09da44648ea07f87ec789639a8ddde217_cls(FieldAsyncReadOnly):
    """
    Class to represent a register field in the register model

    +--------------+-------------------------------------------------------------------------+
    | SystemRDL    | Value                                                                   |
    | Field        |                                                                         |
    +==============+=========================================================================+
    | Description  | .. raw:: html                                                           |
    |              |                                                                         |
    |              |      <p>Largest ring: log2 of its entries (MAX_RING_LOG2).</p>          |
    +--------------+-------------------------------------------------------------------------+
    """
    __slots__ : list[str] = []

    

    
    

    @property
    def rdl_desc(self) -> str:
        return "Largest ring: log2 of its entries (MAX_RING_LOG2)."
    
    
    

    
    
class vcnic_dma_regs_DMA_CAP_max_burst_0x70a6c62ae589776139238f009352fae9db210c7b3808a7c8be15b8d9349f8a39_cls(FieldAsyncReadOnly):
    """
    Class to represent a register field in the register model

    +--------------+-------------------------------------------------------------------------+
    | SystemRDL    | Value                                                                   |
    | Field        |                                                                         |
    +==============+=========================================================================+
    | Description  | .. raw:: html                                                           |
    |              |                                                                         |
    |              |      <p>Most beats per burst (MAX_BURST).</p>                           |
    +--------------+-------------------------------------------------------------------------+
    """
    __slots__ : list[str] = []

    

    
    

    @property
    def rdl_desc(self) -> str:
        return "Most beats per burst (MAX_BURST)."
    
    
    

    
    
class vcnic_dma_regs_DMA_CTRL_tx_enable_0xb56f0a3655c22498a3274fd9d6c1014bbbd41ad9e90eae05eaa5de1c7c6b8c71_cls(FieldAsyncReadWrite):
    """
    Class to represent a register field in the register model

    +--------------+-------------------------------------------------------------------------+
    | SystemRDL    | Value                                                                   |
    | Field        |                                                                         |
    +==============+=========================================================================+
    | Description  | .. raw:: html                                                           |
    |              |                                                                         |
    |              |      <p>TX engine runs (0: stops at a frame boundary).</p>              |
    +--------------+-------------------------------------------------------------------------+
    """
    __slots__ : list[str] = []

    

    
    

    @property
    def rdl_desc(self) -> str:
        return "TX engine runs (0: stops at a frame boundary)."
    
    
    

    
    
class vcnic_dma_regs_DMA_CTRL_rx_enable_0x4e957e4a249b4e2b99d3ab319ccec3dec6566973b5ef65a962c5b7d3bddf1a25_cls(FieldAsyncReadWrite):
    """
    Class to represent a register field in the register model

    +--------------+-------------------------------------------------------------------------+
    | SystemRDL    | Value                                                                   |
    | Field        |                                                                         |
    +==============+=========================================================================+
    | Description  | .. raw:: html                                                           |
    |              |                                                                         |
    |              |      <p>RX engine runs (0: stops at a PDU boundary).</p>                |
    +--------------+-------------------------------------------------------------------------+
    """
    __slots__ : list[str] = []

    

    
    

    @property
    def rdl_desc(self) -> str:
        return "RX engine runs (0: stops at a PDU boundary)."
    
    
    

    
    
class vcnic_dma_regs_DMA_CTRL_reset_0xfd02977ff9d5e5be6470d70b004e3e8e20933a9c1f5d6684d6a04420f4d1da76_cls(FieldAsyncReadWrite):
    """
    Class to represent a register field in the register model

    +--------------+-------------------------------------------------------------------------+
    | SystemRDL    | Value                                                                   |
    | Field        |                                                                         |
    +==============+=========================================================================+
    | Description  | .. raw:: html                                                           |
    |              |                                                                         |
    |              |      <p>Return indices, prefetched descriptors, halts and coalescing    |
    |              |      state to zero (write only while both engines are idle).</p>        |
    +--------------+-------------------------------------------------------------------------+
    """
    __slots__ : list[str] = []

    

    
    

    @property
    def rdl_desc(self) -> str:
        return "Return indices, prefetched descriptors, halts and coalescing state to zero (write only while both engines are idle)."
    
    
    

    
    
class vcnic_dma_regs_DMA_STATUS_tx_idle_0x934a7a03df0f0d60badafa155a5c09e5b45ae2df7801d64eb6f59a709c8e4925_cls(FieldAsyncReadOnly):
    """
    Class to represent a register field in the register model

    +--------------+-------------------------------------------------------------------------+
    | SystemRDL    | Value                                                                   |
    | Field        |                                                                         |
    +==============+=========================================================================+
    | Description  | .. raw:: html                                                           |
    |              |                                                                         |
    |              |      <p>TX engine stopped: nothing fetched or in flight (tx_enable = 0, |
    |              |      or the ring is empty and every completion written).</p>            |
    +--------------+-------------------------------------------------------------------------+
    """
    __slots__ : list[str] = []

    

    
    

    @property
    def rdl_desc(self) -> str:
        return "TX engine stopped: nothing fetched or in flight (tx_enable = 0, or the ring is empty and every completion written)."
    
    
    

    
    
class vcnic_dma_regs_DMA_STATUS_rx_idle_0xe25e03fe66d28907ec65af10071b2f149ce91e1c5dbec8b839f9e0bec43bc0f9_cls(FieldAsyncReadOnly):
    """
    Class to represent a register field in the register model

    +--------------+-------------------------------------------------------------------------+
    | SystemRDL    | Value                                                                   |
    | Field        |                                                                         |
    +==============+=========================================================================+
    | Description  | .. raw:: html                                                           |
    |              |                                                                         |
    |              |      <p>RX engine stopped: no PDU in flight, every completion           |
    |              |      written.</p>                                                       |
    +--------------+-------------------------------------------------------------------------+
    """
    __slots__ : list[str] = []

    

    
    

    @property
    def rdl_desc(self) -> str:
        return "RX engine stopped: no PDU in flight, every completion written."
    
    
    

    
    
class vcnic_dma_regs_DMA_STATUS_tx_halted_0x1288e2c1e0026e2e1878cd05039ffc9664f999fcf65b3ee63ca0998eb918d91c_cls(FieldAsyncReadOnly):
    """
    Class to represent a register field in the register model

    +--------------+-------------------------------------------------------------------------+
    | SystemRDL    | Value                                                                   |
    | Field        |                                                                         |
    +==============+=========================================================================+
    | Description  | .. raw:: html                                                           |
    |              |                                                                         |
    |              |      <p>TX engine halted by a descriptor fetch or completion write      |
    |              |      error.</p>                                                         |
    +--------------+-------------------------------------------------------------------------+
    """
    __slots__ : list[str] = []

    

    
    

    @property
    def rdl_desc(self) -> str:
        return "TX engine halted by a descriptor fetch or completion write error."
    
    
    

    
    
class vcnic_dma_regs_DMA_STATUS_rx_halted_0xa4802aae625c0c8a08c67c736e98da002feb9d22dc7eb04781b6cd4e6fa50553_cls(FieldAsyncReadOnly):
    """
    Class to represent a register field in the register model

    +--------------+-------------------------------------------------------------------------+
    | SystemRDL    | Value                                                                   |
    | Field        |                                                                         |
    +==============+=========================================================================+
    | Description  | .. raw:: html                                                           |
    |              |                                                                         |
    |              |      <p>RX engine halted by a free-buffer fetch or completion write     |
    |              |      error.</p>                                                         |
    +--------------+-------------------------------------------------------------------------+
    """
    __slots__ : list[str] = []

    

    
    

    @property
    def rdl_desc(self) -> str:
        return "RX engine halted by a free-buffer fetch or completion write error."
    
    
    

    
    
class vcnic_dma_regs_DMA_INT_STATUS_tx_cq_0xb18fb6a3846dfcbe03f7baa558ffc27f7838fa81a6ec541274f3807068477afa_cls(FieldAsyncReadWrite):
    """
    Class to represent a register field in the register model

    +--------------+-------------------------------------------------------------------------+
    | SystemRDL    | Value                                                                   |
    | Field        |                                                                         |
    +==============+=========================================================================+
    | Description  | .. raw:: html                                                           |
    |              |                                                                         |
    |              |      <p>TX CQ: completions written (coalesced: TXCQ_IRQ).</p>           |
    +--------------+-------------------------------------------------------------------------+
    """
    __slots__ : list[str] = []

    

    
    

    @property
    def rdl_desc(self) -> str:
        return "TX CQ: completions written (coalesced: TXCQ_IRQ)."
    
    
    

    
    
class vcnic_dma_regs_DMA_INT_STATUS_rx_cq_0x341d336e0ee9201c6009aefd37d8f03b88f2d5c384a1d7fa3a44844fcf21b72b_cls(FieldAsyncReadWrite):
    """
    Class to represent a register field in the register model

    +--------------+-------------------------------------------------------------------------+
    | SystemRDL    | Value                                                                   |
    | Field        |                                                                         |
    +==============+=========================================================================+
    | Description  | .. raw:: html                                                           |
    |              |                                                                         |
    |              |      <p>RX CQ: completions written (coalesced: RXCQ_IRQ).</p>           |
    +--------------+-------------------------------------------------------------------------+
    """
    __slots__ : list[str] = []

    

    
    

    @property
    def rdl_desc(self) -> str:
        return "RX CQ: completions written (coalesced: RXCQ_IRQ)."
    
    
    

    
    
class vcnic_dma_regs_DMA_INT_STATUS_error_0xb17e008d5c97bf931062185bb94fc702ce4c0938ce9c8bbd1b3522dc889694d4_cls(FieldAsyncReadWrite):
    """
    Class to represent a register field in the register model

    +--------------+-------------------------------------------------------------------------+
    | SystemRDL    | Value                                                                   |
    | Field        |                                                                         |
    +==============+=========================================================================+
    | Description  | .. raw:: html                                                           |
    |              |                                                                         |
    |              |      <p>A DMA error or an ignored doorbell (DMA_ERR_*,                  |
    |              |      DOORBELL_ERRORS).</p>                                              |
    +--------------+-------------------------------------------------------------------------+
    """
    __slots__ : list[str] = []

    

    
    

    @property
    def rdl_desc(self) -> str:
        return "A DMA error or an ignored doorbell (DMA_ERR_*, DOORBELL_ERRORS)."
    
    
    

    
    
class vcnic_dma_regs_DMA_ERR_STATUS_source_0x672acc361f1fc71b0464fbcef0b4862a9e9d8c0c18e50f87c9abdbaf1c9cea85_cls(FieldEnumAsyncReadOnly):
    """
    Class to represent a register field in the register model

    +--------------+-------------------------------------------------------------------------+
    | SystemRDL    | Value                                                                   |
    | Field        |                                                                         |
    +==============+=========================================================================+
    | Description  | .. raw:: html                                                           |
    |              |                                                                         |
    |              |      <p>Which access failed.</p>                                        |
    +--------------+-------------------------------------------------------------------------+
    """
    __slots__ : list[str] = []

    

    
    

    @property
    def rdl_desc(self) -> str:
        return "Which access failed."
    
    
    

    
    
class vcnic_dma_regs_DMA_ERR_STATUS_resp_0xe61bbaaa3708afb9615fa99fa73f62ab80b571a61655b6b3415f8d08732449d0_cls(FieldAsyncReadOnly):
    """
    Class to represent a register field in the register model

    +--------------+-------------------------------------------------------------------------+
    | SystemRDL    | Value                                                                   |
    | Field        |                                                                         |
    +==============+=========================================================================+
    | Description  | .. raw:: html                                                           |
    |              |                                                                         |
    |              |      <p>The AXI response (2 SLVERR, 3 DECERR).</p>                      |
    +--------------+-------------------------------------------------------------------------+
    """
    __slots__ : list[str] = []

    

    
    

    @property
    def rdl_desc(self) -> str:
        return "The AXI response (2 SLVERR, 3 DECERR)."
    
    
    

    
    
class vcnic_dma_regs_dma_ro32_r_value_0xadbd79fc097753154cd117a9e2c9936cb184e227a4fe251f815b1300bfc0bb9d_cls(FieldAsyncReadOnly):
    """
    Class to represent a register field in the register model

    +--------------+-------------------------------------------------------------------------+
    | SystemRDL    | Value                                                                   |
    | Field        |                                                                         |
    +==============+=========================================================================+
    | Description  | .. raw:: html                                                           |
    |              |                                                                         |
    |              |      <p>Address of the failed burst, bits 31:0.</p>                     |
    +--------------+-------------------------------------------------------------------------+
    """
    __slots__ : list[str] = []

    

    
    

    @property
    def rdl_desc(self) -> str:
        return "Address of the failed burst, bits 31:0."
    
    
    

    
    
class vcnic_dma_regs_dma_ro32_r_value_0x3137fc6c0ac981e9a908965003301cbe5fcebb8bbf745ea5658f6b84bb21f757_cls(FieldAsyncReadOnly):
    """
    Class to represent a register field in the register model

    +--------------+-------------------------------------------------------------------------+
    | SystemRDL    | Value                                                                   |
    | Field        |                                                                         |
    +==============+=========================================================================+
    | Description  | .. raw:: html                                                           |
    |              |                                                                         |
    |              |      <p>Address of the failed burst, bits 63:32.</p>                    |
    +--------------+-------------------------------------------------------------------------+
    """
    __slots__ : list[str] = []

    

    
    

    @property
    def rdl_desc(self) -> str:
        return "Address of the failed burst, bits 63:32."
    
    
    

    
    
class vcnic_dma_regs_addr_lo_r_addr_0x55e8ffaf0ed373378763a9554d2a4b2c48c0f208dbd022c6f073f506b9c09f09_cls(FieldAsyncReadWrite):
    """
    Class to represent a register field in the register model

    +--------------+-------------------------------------------------------------------------+
    | SystemRDL    | Value                                                                   |
    | Field        |                                                                         |
    +==============+=========================================================================+
    | Description  | .. raw:: html                                                           |
    |              |                                                                         |
    |              |      <p>Address bits 31:0 (bits below the entry size are ignored).</p>  |
    +--------------+-------------------------------------------------------------------------+
    """
    __slots__ : list[str] = []

    

    
    

    @property
    def rdl_desc(self) -> str:
        return "Address bits 31:0 (bits below the entry size are ignored)."
    
    
    

    
    
class vcnic_dma_regs_addr_hi_r_addr_0x833f17bd2982468f613c3bd8eccd7f235ffa519b164e1b9e59cc8ea69e470cb3_cls(FieldAsyncReadWrite):
    """
    Class to represent a register field in the register model

    +--------------+-------------------------------------------------------------------------+
    | SystemRDL    | Value                                                                   |
    | Field        |                                                                         |
    +==============+=========================================================================+
    | Description  | .. raw:: html                                                           |
    |              |                                                                         |
    |              |      <p>Address bits 63:32.</p>                                         |
    +--------------+-------------------------------------------------------------------------+
    """
    __slots__ : list[str] = []

    

    
    

    @property
    def rdl_desc(self) -> str:
        return "Address bits 63:32."
    
    
    

    
    
class vcnic_dma_regs_size_r_log2_0x2d0e8df19e707548de351d1364f95caabf1bf09a6918adae98920b6b05b69ac8_cls(FieldAsyncReadWrite):
    """
    Class to represent a register field in the register model

    +--------------+-------------------------------------------------------------------------+
    | SystemRDL    | Value                                                                   |
    | Field        |                                                                         |
    +==============+=========================================================================+
    | Description  | .. raw:: html                                                           |
    |              |                                                                         |
    |              |      <p>log2 of the number of entries (0 = off, 1..MAX_RING_LOG2).</p>  |
    +--------------+-------------------------------------------------------------------------+
    """
    __slots__ : list[str] = []

    

    
    

    @property
    def rdl_desc(self) -> str:
        return "log2 of the number of entries (0 = off, 1..MAX_RING_LOG2)."
    
    
    

    
    
class vcnic_dma_regs_prod_r_index_0x2161800e96ae60cf0667d7b518398e1c40bc5d1a848b53b5528bbc1e2173e5ef_cls(FieldAsyncReadWrite):
    """
    Class to represent a register field in the register model

    +--------------+-------------------------------------------------------------------------+
    | SystemRDL    | Value                                                                   |
    | Field        |                                                                         |
    +==============+=========================================================================+
    | Description  | .. raw:: html                                                           |
    |              |                                                                         |
    |              |      <p>Producer index (free-running): the doorbell.</p>                |
    +--------------+-------------------------------------------------------------------------+
    """
    __slots__ : list[str] = []

    

    
    

    @property
    def rdl_desc(self) -> str:
        return "Producer index (free-running): the doorbell."
    
    
    

    
    
class vcnic_dma_regs_hw_index_r_index_0x56bbdf3e987fa7ec2e620e624c7edce0033732991d2e0a203acad66f9e4cfe7c_cls(FieldAsyncReadOnly):
    """
    Class to represent a register field in the register model

    +--------------+-------------------------------------------------------------------------+
    | SystemRDL    | Value                                                                   |
    | Field        |                                                                         |
    +==============+=========================================================================+
    | Description  | .. raw:: html                                                           |
    |              |                                                                         |
    |              |      <p>TX descriptors consumed: their frames are in the core (or       |
    |              |      completed by the DMA); their buffers are the driver's again.</p>   |
    +--------------+-------------------------------------------------------------------------+
    """
    __slots__ : list[str] = []

    

    
    

    @property
    def rdl_desc(self) -> str:
        return "TX descriptors consumed: their frames are in the core (or completed by the DMA); their buffers are the driver\u0027s again."
    
    
    

    
    
class vcnic_dma_regs_head_r_index_0x295ffb746467ed8eda0def98147236ea8d9593fde1e5ad812e99aa7e153fd0e0_cls(FieldAsyncReadWrite):
    """
    Class to represent a register field in the register model

    +--------------+-------------------------------------------------------------------------+
    | SystemRDL    | Value                                                                   |
    | Field        |                                                                         |
    +==============+=========================================================================+
    | Description  | .. raw:: html                                                           |
    |              |                                                                         |
    |              |      <p>Consumer index of the completion queue, written by the driver   |
    |              |      after reaping (a doorbell).</p>                                    |
    +--------------+-------------------------------------------------------------------------+
    """
    __slots__ : list[str] = []

    

    
    

    @property
    def rdl_desc(self) -> str:
        return "Consumer index of the completion queue, written by the driver after reaping (a doorbell)."
    
    
    

    
    
class vcnic_dma_regs_hw_index_r_index_0xeb2816ecde1de7db05840392417edef81e9f564114d672f6b151252a38b2bfcb_cls(FieldAsyncReadOnly):
    """
    Class to represent a register field in the register model

    +--------------+-------------------------------------------------------------------------+
    | SystemRDL    | Value                                                                   |
    | Field        |                                                                         |
    +==============+=========================================================================+
    | Description  | .. raw:: html                                                           |
    |              |                                                                         |
    |              |      <p>TX completions written.</p>                                     |
    +--------------+-------------------------------------------------------------------------+
    """
    __slots__ : list[str] = []

    

    
    

    @property
    def rdl_desc(self) -> str:
        return "TX completions written."
    
    
    


if __name__ == '__main__':
    pass