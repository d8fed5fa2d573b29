


"""
Python Wrapper for the vcnic_regs register model

This code was generated from the PeakRDL-python package version 4.0.0

"""





from typing import Union

from ..sim_lib.register import Register, MemoryRegister
from ..sim_lib.memory import Memory
from ..sim_lib.simulator import MemoryEntry
from ..sim_lib.field import FieldDefinition, FieldType
from ..sim_lib.simulator import AsyncSimulator as Simulator


class vcnic_regs_simulator_cls(Simulator):

    def _build_registers(self) -> dict[int, Union[list[Union[MemoryRegister, Register]], Union[MemoryRegister, Register]]]:
        return {
            0 : 
    Register(width=32, full_inst_name='vcnic_regs.ID', readable=True, writable=False,
                                         fields=[FieldDefinition(high=31, low=0, msb=31, lsb=0, inst_name='id', field_type=FieldType.READONLY),
                                                ]),
            4 : 
    Register(width=32, full_inst_name='vcnic_regs.VERSION', readable=True, writable=False,
                                         fields=[FieldDefinition(high=15, low=0, msb=15, lsb=0, inst_name='minor', field_type=FieldType.READONLY),FieldDefinition(high=31, low=16, msb=31, lsb=16, inst_name='major', field_type=FieldType.READONLY),
                                                ]),
            8 : 
    Register(width=32, full_inst_name='vcnic_regs.CAP_VC', readable=True, writable=False,
                                         fields=[FieldDefinition(high=15, low=0, msb=15, lsb=0, inst_name='num_vc', field_type=FieldType.READONLY),FieldDefinition(high=19, low=16, msb=19, lsb=16, inst_name='vpi_bits', field_type=FieldType.READONLY),FieldDefinition(high=24, low=20, msb=24, lsb=20, inst_name='vci_bits', field_type=FieldType.READONLY),FieldDefinition(high=31, low=25, msb=31, lsb=25, inst_name='cbr_slots', field_type=FieldType.READONLY),
                                                ]),
            12 : 
    Register(width=32, full_inst_name='vcnic_regs.CAP_BUF', readable=True, writable=False,
                                         fields=[FieldDefinition(high=15, low=0, msb=15, lsb=0, inst_name='rx_buf_cells', field_type=FieldType.READONLY),FieldDefinition(high=31, low=16, msb=31, lsb=16, inst_name='tx_buf_cells', field_type=FieldType.READONLY),
                                                ]),
            16 : 
    Register(width=32, full_inst_name='vcnic_regs.CAP_DP', readable=True, writable=False,
                                         fields=[FieldDefinition(high=7, low=0, msb=7, lsb=0, inst_name='data_width', field_type=FieldType.READONLY),FieldDefinition(high=15, low=8, msb=15, lsb=8, inst_name='aal_types', field_type=FieldType.READONLY),FieldDefinition(high=23, low=16, msb=23, lsb=16, inst_name='service_cats', field_type=FieldType.READONLY),
                                                ]),
            20 : 
    Register(width=32, full_inst_name='vcnic_regs.LINK_RATE', readable=True, writable=False,
                                         fields=[FieldDefinition(high=31, low=0, msb=31, lsb=0, inst_name='cells_per_s', field_type=FieldType.READONLY),
                                                ]),
            32 : 
    Register(width=32, full_inst_name='vcnic_regs.CTRL', readable=True, writable=True,
                                         fields=[FieldDefinition(high=0, low=0, msb=0, lsb=0, inst_name='enable', field_type=FieldType.READWRITE),FieldDefinition(high=1, low=1, msb=1, lsb=1, inst_name='loopback', field_type=FieldType.READWRITE),FieldDefinition(high=2, low=2, msb=2, lsb=2, inst_name='soft_reset', field_type=FieldType.READWRITE),FieldDefinition(high=3, low=3, msb=3, lsb=3, inst_name='snapshot', field_type=FieldType.READWRITE),FieldDefinition(high=4, low=4, msb=4, lsb=4, inst_name='hec_correct', field_type=FieldType.READWRITE),FieldDefinition(high=5, low=5, msb=5, lsb=5, inst_name='nni', field_type=FieldType.READWRITE),
                                                ]),
            36 : 
    Register(width=32, full_inst_name='vcnic_regs.STATUS', readable=True, writable=False,
                                         fields=[FieldDefinition(high=15, low=0, msb=15, lsb=0, inst_name='rx_free', field_type=FieldType.READONLY),FieldDefinition(high=31, low=16, msb=31, lsb=16, inst_name='tx_free', field_type=FieldType.READONLY),
                                                ]),
            40 : 
    Register(width=32, full_inst_name='vcnic_regs.INT_STATUS', readable=True, writable=True,
                                         fields=[FieldDefinition(high=0, low=0, msb=0, lsb=0, inst_name='cmd_done', field_type=FieldType.READWRITE),FieldDefinition(high=1, low=1, msb=1, lsb=1, inst_name='rx_pdu', field_type=FieldType.READWRITE),FieldDefinition(high=2, low=2, msb=2, lsb=2, inst_name='rx_error', field_type=FieldType.READWRITE),FieldDefinition(high=3, low=3, msb=3, lsb=3, inst_name='tx_cpl', field_type=FieldType.READWRITE),FieldDefinition(high=4, low=4, msb=4, lsb=4, inst_name='cmd_overrun', field_type=FieldType.READWRITE),FieldDefinition(high=5, low=5, msb=5, lsb=5, inst_name='cell_drop', field_type=FieldType.READWRITE),
                                                ]),
            44 : 
    Register(width=32, full_inst_name='vcnic_regs.INT_ENABLE', readable=True, writable=True,
                                         fields=[FieldDefinition(high=0, low=0, msb=0, lsb=0, inst_name='cmd_done', field_type=FieldType.READWRITE),FieldDefinition(high=1, low=1, msb=1, lsb=1, inst_name='rx_pdu', field_type=FieldType.READWRITE),FieldDefinition(high=2, low=2, msb=2, lsb=2, inst_name='rx_error', field_type=FieldType.READWRITE),FieldDefinition(high=3, low=3, msb=3, lsb=3, inst_name='tx_cpl', field_type=FieldType.READWRITE),FieldDefinition(high=4, low=4, msb=4, lsb=4, inst_name='cmd_overrun', field_type=FieldType.READWRITE),FieldDefinition(high=5, low=5, msb=5, lsb=5, inst_name='cell_drop', field_type=FieldType.READWRITE),
                                                ]),
            64 : 
    Register(width=32, full_inst_name='vcnic_regs.CELLS_TX', readable=True, writable=False,
                                         fields=[FieldDefinition(high=31, low=0, msb=31, lsb=0, inst_name='value', field_type=FieldType.READONLY),
                                                ]),
            68 : 
    Register(width=32, full_inst_name='vcnic_regs.CELLS_RX', readable=True, writable=False,
                                         fields=[FieldDefinition(high=31, low=0, msb=31, lsb=0, inst_name='value', field_type=FieldType.READONLY),
                                                ]),
            72 : 
    Register(width=32, full_inst_name='vcnic_regs.HEC_CORRECTED', readable=True, writable=False,
                                         fields=[FieldDefinition(high=31, low=0, msb=31, lsb=0, inst_name='value', field_type=FieldType.READONLY),
                                                ]),
            76 : 
    Register(width=32, full_inst_name='vcnic_regs.HEC_DISCARDED', readable=True, writable=False,
                                         fields=[FieldDefinition(high=31, low=0, msb=31, lsb=0, inst_name='value', field_type=FieldType.READONLY),
                                                ]),
            80 : 
    Register(width=32, full_inst_name='vcnic_regs.UNKNOWN_VC', readable=True, writable=False,
                                         fields=[FieldDefinition(high=31, low=0, msb=31, lsb=0, inst_name='value', field_type=FieldType.READONLY),
                                                ]),
            84 : 
    Register(width=32, full_inst_name='vcnic_regs.PDUS_TX', readable=True, writable=False,
                                         fields=[FieldDefinition(high=31, low=0, msb=31, lsb=0, inst_name='value', field_type=FieldType.READONLY),
                                                ]),
            88 : 
    Register(width=32, full_inst_name='vcnic_regs.PDUS_RX', readable=True, writable=False,
                                         fields=[FieldDefinition(high=31, low=0, msb=31, lsb=0, inst_name='value', field_type=FieldType.READONLY),
                                                ]),
            92 : 
    Register(width=32, full_inst_name='vcnic_regs.CRC_ERRORS', readable=True, writable=False,
                                         fields=[FieldDefinition(high=31, low=0, msb=31, lsb=0, inst_name='value', field_type=FieldType.READONLY),
                                                ]),
            96 : 
    Register(width=32, full_inst_name='vcnic_regs.LEN_ERRORS', readable=True, writable=False,
                                         fields=[FieldDefinition(high=31, low=0, msb=31, lsb=0, inst_name='value', field_type=FieldType.READONLY),
                                                ]),
            100 : 
    Register(width=32, full_inst_name='vcnic_regs.OVERSIZE', readable=True, writable=False,
                                         fields=[FieldDefinition(high=31, low=0, msb=31, lsb=0, inst_name='value', field_type=FieldType.READONLY),
                                                ]),
            104 : 
    Register(width=32, full_inst_name='vcnic_regs.NO_BUFFER', readable=True, writable=False,
                                         fields=[FieldDefinition(high=31, low=0, msb=31, lsb=0, inst_name='value', field_type=FieldType.READONLY),
                                                ]),
            108 : 
    Register(width=32, full_inst_name='vcnic_regs.RX_ABORTED', readable=True, writable=False,
                                         fields=[FieldDefinition(high=31, low=0, msb=31, lsb=0, inst_name='value', field_type=FieldType.READONLY),
                                                ]),
            112 : 
    Register(width=32, full_inst_name='vcnic_regs.TX_ABORTED', readable=True, writable=False,
                                         fields=[FieldDefinition(high=31, low=0, msb=31, lsb=0, inst_name='value', field_type=FieldType.READONLY),
                                                ]),
            116 : 
    Register(width=32, full_inst_name='vcnic_regs.TX_DROPPED', readable=True, writable=False,
                                         fields=[FieldDefinition(high=31, low=0, msb=31, lsb=0, inst_name='value', field_type=FieldType.READONLY),
                                                ]),
            120 : 
    Register(width=32, full_inst_name='vcnic_regs.BYTES_TX_LO', readable=True, writable=False,
                                         fields=[FieldDefinition(high=31, low=0, msb=31, lsb=0, inst_name='value', field_type=FieldType.READONLY),
                                                ]),
            124 : 
    Register(width=32, full_inst_name='vcnic_regs.BYTES_TX_HI', readable=True, writable=False,
                                         fields=[FieldDefinition(high=31, low=0, msb=31, lsb=0, inst_name='value', field_type=FieldType.READONLY),
                                                ]),
            128 : 
    Register(width=32, full_inst_name='vcnic_regs.BYTES_RX_LO', readable=True, writable=False,
                                         fields=[FieldDefinition(high=31, low=0, msb=31, lsb=0, inst_name='value', field_type=FieldType.READONLY),
                                                ]),
            132 : 
    Register(width=32, full_inst_name='vcnic_regs.BYTES_RX_HI', readable=True, writable=False,
                                         fields=[FieldDefinition(high=31, low=0, msb=31, lsb=0, inst_name='value', field_type=FieldType.READONLY),
                                                ]),
            256 : 
    Register(width=32, full_inst_name='vcnic_regs.VC_SELECT', readable=True, writable=True,
                                         fields=[FieldDefinition(high=15, low=0, msb=15, lsb=0, inst_name='vc', field_type=FieldType.READWRITE),
                                                ]),
            260 : 
    Register(width=32, full_inst_name='vcnic_regs.VC_VPIVCI', readable=True, writable=True,
                                         fields=[FieldDefinition(high=15, low=0, msb=15, lsb=0, inst_name='vci', field_type=FieldType.READWRITE),FieldDefinition(high=27, low=16, msb=27, lsb=16, inst_name='vpi', field_type=FieldType.READWRITE),
                                                ]),
            264 : 
    Register(width=32, full_inst_name='vcnic_regs.VC_PARAM', readable=True, writable=True,
                                         fields=[FieldDefinition(high=7, low=0, msb=7, lsb=0, inst_name='aal', field_type=FieldType.READWRITE),FieldDefinition(high=15, low=8, msb=15, lsb=8, inst_name='service', field_type=FieldType.READWRITE),FieldDefinition(high=16, low=16, msb=16, lsb=16, inst_name='tx_en', field_type=FieldType.READWRITE),FieldDefinition(high=17, low=17, msb=17, lsb=17, inst_name='rx_en', field_type=FieldType.READWRITE),FieldDefinition(high=18, low=18, msb=18, lsb=18, inst_name='rx_errored', field_type=FieldType.READWRITE),FieldDefinition(high=19, low=19, msb=19, lsb=19, inst_name='clp', field_type=FieldType.READWRITE),
                                                ]),
            268 : 
    Register(width=32, full_inst_name='vcnic_regs.VC_MAX_SDU', readable=True, writable=True,
                                         fields=[FieldDefinition(high=15, low=0, msb=15, lsb=0, inst_name='max_sdu', field_type=FieldType.READWRITE),
                                                ]),
            272 : 
    Register(width=32, full_inst_name='vcnic_regs.VC_PCR_INC', readable=True, writable=True,
                                         fields=[FieldDefinition(high=31, low=0, msb=31, lsb=0, inst_name='inc', field_type=FieldType.READWRITE),
                                                ]),
            276 : 
    Register(width=32, full_inst_name='vcnic_regs.VC_CMD', readable=True, writable=True,
                                         fields=[FieldDefinition(high=3, low=0, msb=3, lsb=0, inst_name='opcode', field_type=FieldType.READWRITE),FieldDefinition(high=8, low=8, msb=8, lsb=8, inst_name='busy', field_type=FieldType.READONLY),FieldDefinition(high=19, low=16, msb=19, lsb=16, inst_name='result', field_type=FieldType.READONLY),
                                                ]),
            280 : 
    Register(width=32, full_inst_name='vcnic_regs.VC_Q_STATE', readable=True, writable=False,
                                         fields=[FieldDefinition(high=1, low=0, msb=1, lsb=0, inst_name='state', field_type=FieldType.READONLY),FieldDefinition(high=7, low=4, msb=7, lsb=4, inst_name='last_rx_status', field_type=FieldType.READONLY),FieldDefinition(high=11, low=8, msb=11, lsb=8, inst_name='last_tx_status', field_type=FieldType.READONLY),FieldDefinition(high=27, low=12, msb=27, lsb=12, inst_name='tx_queued', field_type=FieldType.READONLY),
                                                ]),
            284 : 
    Register(width=32, full_inst_name='vcnic_regs.VC_Q_VPIVCI', readable=True, writable=False,
                                         fields=[FieldDefinition(high=15, low=0, msb=15, lsb=0, inst_name='vci', field_type=FieldType.READONLY),FieldDefinition(high=27, low=16, msb=27, lsb=16, inst_name='vpi', field_type=FieldType.READONLY),
                                                ]),
            288 : 
    Register(width=32, full_inst_name='vcnic_regs.VC_Q_PARAM', readable=True, writable=False,
                                         fields=[FieldDefinition(high=7, low=0, msb=7, lsb=0, inst_name='aal', field_type=FieldType.READONLY),FieldDefinition(high=15, low=8, msb=15, lsb=8, inst_name='service', field_type=FieldType.READONLY),FieldDefinition(high=16, low=16, msb=16, lsb=16, inst_name='tx_en', field_type=FieldType.READONLY),FieldDefinition(high=17, low=17, msb=17, lsb=17, inst_name='rx_en', field_type=FieldType.READONLY),FieldDefinition(high=18, low=18, msb=18, lsb=18, inst_name='rx_errored', field_type=FieldType.READONLY),FieldDefinition(high=19, low=19, msb=19, lsb=19, inst_name='clp', field_type=FieldType.READONLY),
                                                ]),
            292 : 
    Register(width=32, full_inst_name='vcnic_regs.VC_Q_MAX_SDU', readable=True, writable=False,
                                         fields=[FieldDefinition(high=15, low=0, msb=15, lsb=0, inst_name='max_sdu', field_type=FieldType.READONLY),
                                                ]),
            296 : 
    Register(width=32, full_inst_name='vcnic_regs.VC_Q_INC', readable=True, writable=False,
                                         fields=[FieldDefinition(high=31, low=0, msb=31, lsb=0, inst_name='value', field_type=FieldType.READONLY),
                                                ]),
            320 : 
    Register(width=32, full_inst_name='vcnic_regs.VC_TX_CELLS', readable=True, writable=False,
                                         fields=[FieldDefinition(high=31, low=0, msb=31, lsb=0, inst_name='value', field_type=FieldType.READONLY),
                                                ]),
            324 : 
    Register(width=32, full_inst_name='vcnic_regs.VC_TX_PDUS', readable=True, writable=False,
                                         fields=[FieldDefinition(high=31, low=0, msb=31, lsb=0, inst_name='value', field_type=FieldType.READONLY),
                                                ]),
            328 : 
    Register(width=32, full_inst_name='vcnic_regs.VC_TX_BYTES_LO', readable=True, writable=False,
                                         fields=[FieldDefinition(high=31, low=0, msb=31, lsb=0, inst_name='value', field_type=FieldType.READONLY),
                                                ]),
            332 : 
    Register(width=32, full_inst_name='vcnic_regs.VC_TX_BYTES_HI', readable=True, writable=False,
                                         fields=[FieldDefinition(high=31, low=0, msb=31, lsb=0, inst_name='value', field_type=FieldType.READONLY),
                                                ]),
            336 : 
    Register(width=32, full_inst_name='vcnic_regs.VC_TX_ABORTED', readable=True, writable=False,
                                         fields=[FieldDefinition(high=31, low=0, msb=31, lsb=0, inst_name='value', field_type=FieldType.READONLY),
                                                ]),
            340 : 
    Register(width=32, full_inst_name='vcnic_regs.VC_TX_DROPPED', readable=True, writable=False,
                                         fields=[FieldDefinition(high=31, low=0, msb=31, lsb=0, inst_name='value', field_type=FieldType.READONLY),
                                                ]),
            352 : 
    Register(width=32, full_inst_name='vcnic_regs.VC_RX_CELLS', readable=True, writable=False,
                                         fields=[FieldDefinition(high=31, low=0, msb=31, lsb=0, inst_name='value', field_type=FieldType.READONLY),
                                                ]),
            356 : 
    Register(width=32, full_inst_name='vcnic_regs.VC_RX_PDUS', readable=True, writable=False,
                                         fields=[FieldDefinition(high=31, low=0, msb=31, lsb=0, inst_name='value', field_type=FieldType.READONLY),
                                                ]),
            360 : 
    Register(width=32, full_inst_name='vcnic_regs.VC_RX_BYTES_LO', readable=True, writable=False,
                                         fields=[FieldDefinition(high=31, low=0, msb=31, lsb=0, inst_name='value', field_type=FieldType.READONLY),
                                                ]),
            364 : 
    Register(width=32, full_inst_name='vcnic_regs.VC_RX_BYTES_HI', readable=True, writable=False,
                                         fields=[FieldDefinition(high=31, low=0, msb=31, lsb=0, inst_name='value', field_type=FieldType.READONLY),
                                                ]),
            368 : 
    Register(width=32, full_inst_name='vcnic_regs.VC_RX_CRC', readable=True, writable=False,
                                         fields=[FieldDefinition(high=31, low=0, msb=31, lsb=0, inst_name='value', field_type=FieldType.READONLY),
                                                ]),
            372 : 
    Register(width=32, full_inst_name='vcnic_regs.VC_RX_LENGTH', readable=True, writable=False,
                                         fields=[FieldDefinition(high=31, low=0, msb=31, lsb=0, inst_name='value', field_type=FieldType.READONLY),
                                                ]),
            376 : 
    Register(width=32, full_inst_name='vcnic_regs.VC_RX_OVERSIZE', readable=True, writable=False,
                                         fields=[FieldDefinition(high=31, low=0, msb=31, lsb=0, inst_name='value', field_type=FieldType.READONLY),
                                                ]),
            380 : 
    Register(width=32, full_inst_name='vcnic_regs.VC_RX_NO_BUFFER', readable=True, writable=False,
                                         fields=[FieldDefinition(high=31, low=0, msb=31, lsb=0, inst_name='value', field_type=FieldType.READONLY),
                                                ]),
            384 : 
    Register(width=32, full_inst_name='vcnic_regs.VC_RX_ABORTED', readable=True, writable=False,
                                         fields=[FieldDefinition(high=31, low=0, msb=31, lsb=0, inst_name='value', field_type=FieldType.READONLY),
                                                ]),
        }

    def _build_memories(self) -> list[MemoryEntry]:
        return [
        ]

if __name__ == '__main__':
    pass
