

"""
Python Wrapper for the vcnic_dma_regs register model

This code was generated from the PeakRDL-python package version 4.0.0

"""









from ....lib import UDPStruct
from ....lib import FieldAsyncReadOnly, FieldAsyncWriteOnly, FieldAsyncReadWrite, Field
from ....lib import FieldEnumAsyncReadOnly, FieldEnumAsyncWriteOnly, FieldEnumAsyncReadWrite

# field definitions
    
    
class vcnic_dma_regs_irq_mod_r_count_0xa1985f747454a672adddb8596cd52b01680e33c06c2be2c081d810f859f77a6c_cls(FieldAsyncReadWrite):
    """
    Class to represent a register field in the register model

    +--------------+-------------------------------------------------------------------------+
    | SystemRDL    | Value                                                                   |
    | Field        |                                                                         |
    +==============+=========================================================================+
    | Description  | .. raw:: html                                                           |
    |              |                                                                         |
    |              |      <p>Completions that set the cause bit (0 acts as 1).</p>           |
    +--------------+-------------------------------------------------------------------------+
    """
    __slots__ : list[str] = []

    

    
    

    @property
    def rdl_desc(self) -> str:
        return "Completions that set the cause bit (0 acts as 1)."
    
    
    

    
    
class vcnic_dma_regs_irq_mod_r_timer_0xebaaf004345bd94e9339762c926c095b022d843e6da4abf1682a10d2af43d270_cls(FieldAsyncReadWrite):
    """
    Class to represent a register field in the register model

    +--------------+-------------------------------------------------------------------------+
    | SystemRDL    | Value                                                                   |
    | Field        |                                                                         |
    +==============+=========================================================================+
    | Description  | .. raw:: html                                                           |
    |              |                                                                         |
    |              |      <p>Clock cycles after the first completion not yet signalled that  |
    |              |      set the cause bit (0: no timer).</p>                               |
    +--------------+-------------------------------------------------------------------------+
    """
    __slots__ : list[str] = []

    

    
    

    @property
    def rdl_desc(self) -> str:
        return "Clock cycles after the first completion not yet signalled that set the cause bit (0: no timer)."
    
    
    

    
    
class vcnic_dma_regs_hw_index_r_index_0x7cf63da0520077b3c0ac93fb7bf5623727e5d1a9c68f50c263b4dd9e81afd839_cls(FieldAsyncReadOnly):
    """
    Class to represent a register field in the register model

    +--------------+-------------------------------------------------------------------------+
    | SystemRDL    | Value                                                                   |
    | Field        |                                                                         |
    +==============+=========================================================================+
    | Description  | .. raw:: html                                                           |
    |              |                                                                         |
    |              |      <p>Free buffers taken by the NIC (prefetched or filled).</p>       |
    +--------------+-------------------------------------------------------------------------+
    """
    __slots__ : list[str] = []

    

    
    

    @property
    def rdl_desc(self) -> str:
        return "Free buffers taken by the NIC (prefetched or filled)."
    
    
    

    
    
class vcnic_dma_regs_RX_BUF_SIZE_bytes_0x7849de700b6f0f2178974fca46a72d262f9ddc02dfdd12bcd6066c11376dbf33_cls(FieldAsyncReadWrite):
    """
    Class to represent a register field in the register model

    +--------------+-------------------------------------------------------------------------+
    | SystemRDL    | Value                                                                   |
    | Field        |                                                                         |
    +==============+=========================================================================+
    | Description  | .. raw:: html                                                           |
    |              |                                                                         |
    |              |      <p>Bytes per free buffer: a multiple of 64, 64..65536 (other       |
    |              |      values act as the next multiple of 64 below, at least 64).</p>     |
    +--------------+-------------------------------------------------------------------------+
    """
    __slots__ : list[str] = []

    

    
    

    @property
    def rdl_desc(self) -> str:
        return "Bytes per free buffer: a multiple of 64, 64..65536 (other values act as the next multiple of 64 below, at least 64)."
    
    
    

    
    
class vcnic_dma_regs_hw_index_r_index_0xc425e1f7eb30b4ef224c15c6ce6444ecf618bc5dfb05cb3380a6b3963deb733b_cls(FieldAsyncReadOnly):
    """
    Class to represent a register field in the register model

    +--------------+-------------------------------------------------------------------------+
    | SystemRDL    | Value                                                                   |
    | Field        |                                                                         |
    +==============+=========================================================================+
    | Description  | .. raw:: html                                                           |
    |              |                                                                         |
    |              |      <p>RX completions written.</p>                                     |
    +--------------+-------------------------------------------------------------------------+
    """
    __slots__ : list[str] = []

    

    
    

    @property
    def rdl_desc(self) -> str:
        return "RX completions written."
    
    
    

    
    
class vcnic_dma_regs_dma_ro32_r_value_0x996f58cf26de0b915cce0640439aa0b00529dc5641b849db3bb7c609c55f6bc2_cls(FieldAsyncReadOnly):
    """
    Class to represent a register field in the register model

    +--------------+-------------------------------------------------------------------------+
    | SystemRDL    | Value                                                                   |
    | Field        |                                                                         |
    +==============+=========================================================================+
    | Description  | .. raw:: html                                                           |
    |              |                                                                         |
    |              |      <p>TX descriptors consumed (passed to the core or completed by the |
    |              |      DMA).</p>                                                          |
    +--------------+-------------------------------------------------------------------------+
    """
    __slots__ : list[str] = []

    

    
    

    @property
    def rdl_desc(self) -> str:
        return "TX descriptors consumed (passed to the core or completed by the DMA)."
    
    
    

    
    
class vcnic_dma_regs_dma_ro32_r_value_0x3c5bffb31fdc215c1c4bfa273390c52c9f1178fe041f278e9bfa316c751330d2_cls(FieldAsyncReadOnly):
    """
    Class to represent a register field in the register model

    +--------------+-------------------------------------------------------------------------+
    | SystemRDL    | Value                                                                   |
    | Field        |                                                                         |
    +==============+=========================================================================+
    | Description  | .. raw:: html                                                           |
    |              |                                                                         |
    |              |      <p>TX descriptors completed TX_BAD_VC or TX_BAD_DESC.</p>          |
    +--------------+-------------------------------------------------------------------------+
    """
    __slots__ : list[str] = []

    

    
    

    @property
    def rdl_desc(self) -> str:
        return "TX descriptors completed TX_BAD_VC or TX_BAD_DESC."
    
    
    

    
    
class vcnic_dma_regs_dma_ro32_r_value_0x17c71b16afc8257339c258158dcfd571c0bed41b47fbf244d595747a6e6b6df7_cls(FieldAsyncReadOnly):
    """
    Class to represent a register field in the register model

    +--------------+-------------------------------------------------------------------------+
    | SystemRDL    | Value                                                                   |
    | Field        |                                                                         |
    +==============+=========================================================================+
    | Description  | .. raw:: html                                                           |
    |              |                                                                         |
    |              |      <p>TX frames whose buffer read failed (completed                   |
    |              |      TX_DMA_ERROR).</p>                                                 |
    +--------------+-------------------------------------------------------------------------+
    """
    __slots__ : list[str] = []

    

    
    

    @property
    def rdl_desc(self) -> str:
        return "TX frames whose buffer read failed (completed TX_DMA_ERROR)."
    
    
    

    
    
class vcnic_dma_regs_dma_ro32_r_value_0xd6005ebd6cc07af8d163be7b532836016051e4d62ba3289c07f46687b4b3332_cls(FieldAsyncReadOnly):
    """
    Class to represent a register field in the register model

    +--------------+-------------------------------------------------------------------------+
    | SystemRDL    | Value                                                                   |
    | Field        |                                                                         |
    +==============+=========================================================================+
    | Description  | .. raw:: html                                                           |
    |              |                                                                         |
    |              |      <p>PDUs taken from the core's host RX (each yields exactly one RX  |
    |              |      completion).</p>                                                   |
    +--------------+-------------------------------------------------------------------------+
    """
    __slots__ : list[str] = []

    

    
    

    @property
    def rdl_desc(self) -> str:
        return "PDUs taken from the core\u0027s host RX (each yields exactly one RX completion)."
    
    
    

    
    
class vcnic_dma_regs_dma_ro32_r_value_0x9aea117ce92191404f3a8cd2f786da92518e662f78431a344c6ffe73808ac84e_cls(FieldAsyncReadOnly):
    """
    Class to represent a register field in the register model

    +--------------+-------------------------------------------------------------------------+
    | SystemRDL    | Value                                                                   |
    | Field        |                                                                         |
    +==============+=========================================================================+
    | Description  | .. raw:: html                                                           |
    |              |                                                                         |
    |              |      <p>PDUs dropped because the free-buffer ring was empty (completed  |
    |              |      RX_NO_BUFFER).</p>                                                 |
    +--------------+-------------------------------------------------------------------------+
    """
    __slots__ : list[str] = []

    

    
    

    @property
    def rdl_desc(self) -> str:
        return "PDUs dropped because the free-buffer ring was empty (completed RX_NO_BUFFER)."
    
    
    

    
    
class vcnic_dma_regs_dma_ro32_r_value_0x791e59418e5c617ddc03411c6ada222de0415533b6779fb537ecb0e924d5b9cc_cls(FieldAsyncReadOnly):
    """
    Class to represent a register field in the register model

    +--------------+-------------------------------------------------------------------------+
    | SystemRDL    | Value                                                                   |
    | Field        |                                                                         |
    +==============+=========================================================================+
    | Description  | .. raw:: html                                                           |
    |              |                                                                         |
    |              |      <p>PDUs whose buffer write failed (completed RX_DMA_ERROR).</p>    |
    +--------------+-------------------------------------------------------------------------+
    """
    __slots__ : list[str] = []

    

    
    

    @property
    def rdl_desc(self) -> str:
        return "PDUs whose buffer write failed (completed RX_DMA_ERROR)."
    
    
    

    
    
class vcnic_dma_regs_dma_ro32_r_value_0x36f4fe001eefdb0d00560c07523a4e26d166ba0f205e03aee2555e4e30aa267f_cls(FieldAsyncReadOnly):
    """
    Class to represent a register field in the register model

    +--------------+-------------------------------------------------------------------------+
    | SystemRDL    | Value                                                                   |
    | Field        |                                                                         |
    +==============+=========================================================================+
    | Description  | .. raw:: html                                                           |
    |              |                                                                         |
    |              |      <p>Doorbells ignored: an index beyond the ring or past the NIC's   |
    |              |      tail.</p>                                                          |
    +--------------+-------------------------------------------------------------------------+
    """
    __slots__ : list[str] = []

    

    
    

    @property
    def rdl_desc(self) -> str:
        return "Doorbells ignored: an index beyond the ring or past the NIC\u0027s tail."
    
    
    


if __name__ == '__main__':
    pass