


"""
Python Wrapper for the vcnic_dma_regs register model

This code was generated from the PeakRDL-python package version 4.0.0

"""





from typing import Union

from ..sim_lib.register import Register, MemoryRegister
from ..sim_lib.memory import Memory
from ..sim_lib.simulator import MemoryEntry
from ..sim_lib.field import FieldDefinition, FieldType
from ..sim_lib.simulator import AsyncSimulator as Simulator


class vcnic_dma_regs_simulator_cls(Simulator):

    def _build_registers(self) -> dict[int, Union[list[Union[MemoryRegister, Register]], Union[MemoryRegister, Register]]]:
        return {
            0 : 
    Register(width=32, full_inst_name='vcnic_dma_regs.DMA_ID', readable=True, writable=False,
                                         fields=[FieldDefinition(high=31, low=0, msb=31, lsb=0, inst_name='id', field_type=FieldType.READONLY),
                                                ]),
            4 : 
    Register(width=32, full_inst_name='vcnic_dma_regs.DMA_CAP', readable=True, writable=False,
                                         fields=[FieldDefinition(high=7, low=0, msb=7, lsb=0, inst_name='data_width', field_type=FieldType.READONLY),FieldDefinition(high=15, low=8, msb=15, lsb=8, inst_name='addr_width', field_type=FieldType.READONLY),FieldDefinition(high=19, low=16, msb=19, lsb=16, inst_name='max_ring_log2', field_type=FieldType.READONLY),FieldDefinition(high=27, low=20, msb=27, lsb=20, inst_name='max_burst', field_type=FieldType.READONLY),
                                                ]),
            8 : 
    Register(width=32, full_inst_name='vcnic_dma_regs.DMA_CTRL', readable=True, writable=True,
                                         fields=[FieldDefinition(high=0, low=0, msb=0, lsb=0, inst_name='tx_enable', field_type=FieldType.READWRITE),FieldDefinition(high=1, low=1, msb=1, lsb=1, inst_name='rx_enable', field_type=FieldType.READWRITE),FieldDefinition(high=2, low=2, msb=2, lsb=2, inst_name='reset', field_type=FieldType.READWRITE),
                                                ]),
            12 : 
    Register(width=32, full_inst_name='vcnic_dma_regs.DMA_STATUS', readable=True, writable=False,
                                         fields=[FieldDefinition(high=0, low=0, msb=0, lsb=0, inst_name='tx_idle', field_type=FieldType.READONLY),FieldDefinition(high=1, low=1, msb=1, lsb=1, inst_name='rx_idle', field_type=FieldType.READONLY),FieldDefinition(high=2, low=2, msb=2, lsb=2, inst_name='tx_halted', field_type=FieldType.READONLY),FieldDefinition(high=3, low=3, msb=3, lsb=3, inst_name='rx_halted', field_type=FieldType.READONLY),
                                                ]),
            16 : 
    Register(width=32, full_inst_name='vcnic_dma_regs.DMA_INT_STATUS', readable=True, writable=True,
                                         fields=[FieldDefinition(high=0, low=0, msb=0, lsb=0, inst_name='tx_cq', field_type=FieldType.READWRITE),FieldDefinition(high=1, low=1, msb=1, lsb=1, inst_name='rx_cq', field_type=FieldType.READWRITE),FieldDefinition(high=2, low=2, msb=2, lsb=2, inst_name='error', field_type=FieldType.READWRITE),
                                                ]),
            20 : 
    Register(width=32, full_inst_name='vcnic_dma_regs.DMA_INT_ENABLE', readable=True, writable=True,
                                         fields=[FieldDefinition(high=0, low=0, msb=0, lsb=0, inst_name='tx_cq', field_type=FieldType.READWRITE),FieldDefinition(high=1, low=1, msb=1, lsb=1, inst_name='rx_cq', field_type=FieldType.READWRITE),FieldDefinition(high=2, low=2, msb=2, lsb=2, inst_name='error', field_type=FieldType.READWRITE),
                                                ]),
            24 : 
    Register(width=32, full_inst_name='vcnic_dma_regs.DMA_ERR_STATUS', readable=True, writable=False,
                                         fields=[FieldDefinition(high=3, low=0, msb=3, lsb=0, inst_name='source', field_type=FieldType.READONLY),FieldDefinition(high=5, low=4, msb=5, lsb=4, inst_name='resp', field_type=FieldType.READONLY),
                                                ]),
            32 : 
    Register(width=32, full_inst_name='vcnic_dma_regs.DMA_ERR_ADDR_LO', readable=True, writable=False,
                                         fields=[FieldDefinition(high=31, low=0, msb=31, lsb=0, inst_name='value', field_type=FieldType.READONLY),
                                                ]),
            36 : 
    Register(width=32, full_inst_name='vcnic_dma_regs.DMA_ERR_ADDR_HI', readable=True, writable=False,
                                         fields=[FieldDefinition(high=31, low=0, msb=31, lsb=0, inst_name='value', field_type=FieldType.READONLY),
                                                ]),
            64 : 
    Register(width=32, full_inst_name='vcnic_dma_regs.TX_RING_BASE_LO', readable=True, writable=True,
                                         fields=[FieldDefinition(high=31, low=0, msb=31, lsb=0, inst_name='addr', field_type=FieldType.READWRITE),
                                                ]),
            68 : 
    Register(width=32, full_inst_name='vcnic_dma_regs.TX_RING_BASE_HI', readable=True, writable=True,
                                         fields=[FieldDefinition(high=31, low=0, msb=31, lsb=0, inst_name='addr', field_type=FieldType.READWRITE),
                                                ]),
            72 : 
    Register(width=32, full_inst_name='vcnic_dma_regs.TX_RING_SIZE', readable=True, writable=True,
                                         fields=[FieldDefinition(high=3, low=0, msb=3, lsb=0, inst_name='log2', field_type=FieldType.READWRITE),
                                                ]),
            76 : 
    Register(width=32, full_inst_name='vcnic_dma_regs.TX_PROD', readable=True, writable=True,
                                         fields=[FieldDefinition(high=15, low=0, msb=15, lsb=0, inst_name='index', field_type=FieldType.READWRITE),
                                                ]),
            80 : 
    Register(width=32, full_inst_name='vcnic_dma_regs.TX_CONS', readable=True, writable=False,
                                         fields=[FieldDefinition(high=15, low=0, msb=15, lsb=0, inst_name='index', field_type=FieldType.READONLY),
                                                ]),
            96 : 
    Register(width=32, full_inst_name='vcnic_dma_regs.TXCQ_BASE_LO', readable=True, writable=True,
                                         fields=[FieldDefinition(high=31, low=0, msb=31, lsb=0, inst_name='addr', field_type=FieldType.READWRITE),
                                                ]),
            100 : 
    Register(width=32, full_inst_name='vcnic_dma_regs.TXCQ_BASE_HI', readable=True, writable=True,
                                         fields=[FieldDefinition(high=31, low=0, msb=31, lsb=0, inst_name='addr', field_type=FieldType.READWRITE),
                                                ]),
            104 : 
    Register(width=32, full_inst_name='vcnic_dma_regs.TXCQ_SIZE', readable=True, writable=True,
                                         fields=[FieldDefinition(high=3, low=0, msb=3, lsb=0, inst_name='log2', field_type=FieldType.READWRITE),
                                                ]),
            108 : 
    Register(width=32, full_inst_name='vcnic_dma_regs.TXCQ_HEAD', readable=True, writable=True,
                                         fields=[FieldDefinition(high=15, low=0, msb=15, lsb=0, inst_name='index', field_type=FieldType.READWRITE),
                                                ]),
            112 : 
    Register(width=32, full_inst_name='vcnic_dma_regs.TXCQ_TAIL', readable=True, writable=False,
                                         fields=[FieldDefinition(high=15, low=0, msb=15, lsb=0, inst_name='index', field_type=FieldType.READONLY),
                                                ]),
            116 : 
    Register(width=32, full_inst_name='vcnic_dma_regs.TXCQ_IRQ', readable=True, writable=True,
                                         fields=[FieldDefinition(high=15, low=0, msb=15, lsb=0, inst_name='count', field_type=FieldType.READWRITE),FieldDefinition(high=31, low=16, msb=31, lsb=16, inst_name='timer', field_type=FieldType.READWRITE),
                                                ]),
            128 : 
    Register(width=32, full_inst_name='vcnic_dma_regs.RXF_BASE_LO', readable=True, writable=True,
                                         fields=[FieldDefinition(high=31, low=0, msb=31, lsb=0, inst_name='addr', field_type=FieldType.READWRITE),
                                                ]),
            132 : 
    Register(width=32, full_inst_name='vcnic_dma_regs.RXF_BASE_HI', readable=True, writable=True,
                                         fields=[FieldDefinition(high=31, low=0, msb=31, lsb=0, inst_name='addr', field_type=FieldType.READWRITE),
                                                ]),
            136 : 
    Register(width=32, full_inst_name='vcnic_dma_regs.RXF_SIZE', readable=True, writable=True,
                                         fields=[FieldDefinition(high=3, low=0, msb=3, lsb=0, inst_name='log2', field_type=FieldType.READWRITE),
                                                ]),
            140 : 
    Register(width=32, full_inst_name='vcnic_dma_regs.RXF_PROD', readable=True, writable=True,
                                         fields=[FieldDefinition(high=15, low=0, msb=15, lsb=0, inst_name='index', field_type=FieldType.READWRITE),
                                                ]),
            144 : 
    Register(width=32, full_inst_name='vcnic_dma_regs.RXF_CONS', readable=True, writable=False,
                                         fields=[FieldDefinition(high=15, low=0, msb=15, lsb=0, inst_name='index', field_type=FieldType.READONLY),
                                                ]),
            148 : 
    Register(width=32, full_inst_name='vcnic_dma_regs.RX_BUF_SIZE', readable=True, writable=True,
                                         fields=[FieldDefinition(high=16, low=0, msb=16, lsb=0, inst_name='bytes', field_type=FieldType.READWRITE),
                                                ]),
            160 : 
    Register(width=32, full_inst_name='vcnic_dma_regs.RXCQ_BASE_LO', readable=True, writable=True,
                                         fields=[FieldDefinition(high=31, low=0, msb=31, lsb=0, inst_name='addr', field_type=FieldType.READWRITE),
                                                ]),
            164 : 
    Register(width=32, full_inst_name='vcnic_dma_regs.RXCQ_BASE_HI', readable=True, writable=True,
                                         fields=[FieldDefinition(high=31, low=0, msb=31, lsb=0, inst_name='addr', field_type=FieldType.READWRITE),
                                                ]),
            168 : 
    Register(width=32, full_inst_name='vcnic_dma_regs.RXCQ_SIZE', readable=True, writable=True,
                                         fields=[FieldDefinition(high=3, low=0, msb=3, lsb=0, inst_name='log2', field_type=FieldType.READWRITE),
                                                ]),
            172 : 
    Register(width=32, full_inst_name='vcnic_dma_regs.RXCQ_HEAD', readable=True, writable=True,
                                         fields=[FieldDefinition(high=15, low=0, msb=15, lsb=0, inst_name='index', field_type=FieldType.READWRITE),
                                                ]),
            176 : 
    Register(width=32, full_inst_name='vcnic_dma_regs.RXCQ_TAIL', readable=True, writable=False,
                                         fields=[FieldDefinition(high=15, low=0, msb=15, lsb=0, inst_name='index', field_type=FieldType.READONLY),
                                                ]),
            180 : 
    Register(width=32, full_inst_name='vcnic_dma_regs.RXCQ_IRQ', readable=True, writable=True,
                                         fields=[FieldDefinition(high=15, low=0, msb=15, lsb=0, inst_name='count', field_type=FieldType.READWRITE),FieldDefinition(high=31, low=16, msb=31, lsb=16, inst_name='timer', field_type=FieldType.READWRITE),
                                                ]),
            192 : 
    Register(width=32, full_inst_name='vcnic_dma_regs.TX_FRAMES', readable=True, writable=False,
                                         fields=[FieldDefinition(high=31, low=0, msb=31, lsb=0, inst_name='value', field_type=FieldType.READONLY),
                                                ]),
            196 : 
    Register(width=32, full_inst_name='vcnic_dma_regs.TX_BAD_DESC', readable=True, writable=False,
                                         fields=[FieldDefinition(high=31, low=0, msb=31, lsb=0, inst_name='value', field_type=FieldType.READONLY),
                                                ]),
            200 : 
    Register(width=32, full_inst_name='vcnic_dma_regs.TX_DMA_ERRORS', readable=True, writable=False,
                                         fields=[FieldDefinition(high=31, low=0, msb=31, lsb=0, inst_name='value', field_type=FieldType.READONLY),
                                                ]),
            204 : 
    Register(width=32, full_inst_name='vcnic_dma_regs.RX_PDUS_IN', readable=True, writable=False,
                                         fields=[FieldDefinition(high=31, low=0, msb=31, lsb=0, inst_name='value', field_type=FieldType.READONLY),
                                                ]),
            208 : 
    Register(width=32, full_inst_name='vcnic_dma_regs.RX_NO_BUFFER', readable=True, writable=False,
                                         fields=[FieldDefinition(high=31, low=0, msb=31, lsb=0, inst_name='value', field_type=FieldType.READONLY),
                                                ]),
            212 : 
    Register(width=32, full_inst_name='vcnic_dma_regs.RX_DMA_ERRORS', readable=True, writable=False,
                                         fields=[FieldDefinition(high=31, low=0, msb=31, lsb=0, inst_name='value', field_type=FieldType.READONLY),
                                                ]),
            216 : 
    Register(width=32, full_inst_name='vcnic_dma_regs.DOORBELL_ERRORS', readable=True, writable=False,
                                         fields=[FieldDefinition(high=31, low=0, msb=31, lsb=0, inst_name='value', field_type=FieldType.READONLY),
                                                ]),
        }

    def _build_memories(self) -> list[MemoryEntry]:
        return [
        ]

if __name__ == '__main__':
    pass
