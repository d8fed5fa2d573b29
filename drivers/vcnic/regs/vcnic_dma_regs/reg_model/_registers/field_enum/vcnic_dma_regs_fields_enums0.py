


"""
Python Wrapper for the vcnic_dma_regs register model

This code was generated from the PeakRDL-python package version 4.0.0

"""




from enum import unique

from ....lib import SystemRDLEnum, SystemRDLEnumEntry

# root level enum definitions
@unique
class _dma_err_src_e0xe4dde34f8a1fbf052d478306f90d0a989051326b88bb35f7b3da300da2565a28_enumcls(SystemRDLEnum):

    NONE = SystemRDLEnumEntry(int_value=0, name=None, desc="No error since reset.")  # No error since reset. 
    TX_FETCH = SystemRDLEnumEntry(int_value=1, name=None, desc="Reading TX descriptors (engine halted).")  # Reading TX descriptors (engine halted). 
    TX_DATA = SystemRDLEnumEntry(int_value=2, name=None, desc="Reading a TX frame buffer (frame completed TX_DMA_ERROR).")  # Reading a TX frame buffer (frame completed TX_DMA_ERROR). 
    TXCQ_WRITE = SystemRDLEnumEntry(int_value=3, name=None, desc="Writing a TX completion (engine halted).")  # Writing a TX completion (engine halted). 
    RXF_FETCH = SystemRDLEnumEntry(int_value=4, name=None, desc="Reading free-buffer descriptors (engine halted).")  # Reading free-buffer descriptors (engine halted). 
    RX_DATA = SystemRDLEnumEntry(int_value=5, name=None, desc="Writing a PDU into a buffer (PDU completed RX_DMA_ERROR).")  # Writing a PDU into a buffer (PDU completed RX_DMA_ERROR). 
    RXCQ_WRITE = SystemRDLEnumEntry(int_value=6, name=None, desc="Writing an RX completion (engine halted).")  # Writing an RX completion (engine halted). 
    
if __name__ == '__main__':
    pass