

"""
Python Wrapper for the vcnic_regs register model

This code was generated from the PeakRDL-python package version 4.0.0

"""









from ....lib import UDPStruct
from ....lib import FieldAsyncReadOnly, FieldAsyncWriteOnly, FieldAsyncReadWrite, Field
from ....lib import FieldEnumAsyncReadOnly, FieldEnumAsyncWriteOnly, FieldEnumAsyncReadWrite

# field definitions
    
    
class vcnic_regs_CAP_VC_num_vc_0x337f99318016972d662897b1c9c98b4ed8b1175736fcb9c5798619447ba35584_cls(FieldAsyncReadOnly):
    """
    Class to represent a register field in the register model

    +--------------+-------------------------------------------------------------------------+
    | SystemRDL    | Value                                                                   |
    | Field        |                                                                         |
    +==============+=========================================================================+
    | Description  | .. raw:: html                                                           |
    |              |                                                                         |
    |              |      <p>NUM_VC parameter.</p>                                           |
    +--------------+-------------------------------------------------------------------------+
    """
    __slots__ : list[str] = []

    

    
    

    @property
    def rdl_desc(self) -> str:
        return "NUM_VC parameter."
    
    
    

    
    
class vcnic_regs_CAP_VC_vpi_bits_0x894a4de98f905d29b29b891277082c00cfc094a3cf76c78f58a4fc2e551144fa_cls(FieldAsyncReadOnly):
    """
    Class to represent a register field in the register model

    +--------------+-------------------------------------------------------------------------+
    | SystemRDL    | Value                                                                   |
    | Field        |                                                                         |
    +==============+=========================================================================+
    | Description  | .. raw:: html                                                           |
    |              |                                                                         |
    |              |      <p>VPI bits matched (8 UNI, 12 NNI).</p>                           |
    +--------------+-------------------------------------------------------------------------+
    """
    __slots__ : list[str] = []

    

    
    

    @property
    def rdl_desc(self) -> str:
        return "VPI bits matched (8 UNI, 12 NNI)."
    
    
    

    
    
class vcnic_regs_CAP_VC_vci_bits_0xeb382dbe0463da525f674a8663ffb540412f74a14d4b05dd219df1379641c186_cls(FieldAsyncReadOnly):
    """
    Class to represent a register field in the register model

    +--------------+-------------------------------------------------------------------------+
    | SystemRDL    | Value                                                                   |
    | Field        |                                                                         |
    +==============+=========================================================================+
    | Description  | .. raw:: html                                                           |
    |              |                                                                         |
    |              |      <p>VCI bits matched (16).</p>                                      |
    +--------------+-------------------------------------------------------------------------+
    """
    __slots__ : list[str] = []

    

    
    

    @property
    def rdl_desc(self) -> str:
        return "VCI bits matched (16)."
    
    
    

    
    
class vcnic_regs_CAP_VC_cbr_slots_0xdbbe3a426bbd12be1e00f422b9301f1211cc90cecdce4188173cf007fcfaf41a_cls(FieldAsyncReadOnly):
    """
    Class to represent a register field in the register model

    +--------------+-------------------------------------------------------------------------+
    | SystemRDL    | Value                                                                   |
    | Field        |                                                                         |
    +==============+=========================================================================+
    | Description  | .. raw:: html                                                           |
    |              |                                                                         |
    |              |      <p>CBR scheduler slots (NUM_CBR): most CBR VCs active at once.</p> |
    +--------------+-------------------------------------------------------------------------+
    """
    __slots__ : list[str] = []

    

    
    

    @property
    def rdl_desc(self) -> str:
        return "CBR scheduler slots (NUM_CBR): most CBR VCs active at once."
    
    
    

    
    
class vcnic_regs_CAP_BUF_rx_buf_cells_0xd26c08055acf5507978bbeba3006955c1cc03873fe285a58b59482a4f3688c05_cls(FieldAsyncReadOnly):
    """
    Class to represent a register field in the register model

    +--------------+-------------------------------------------------------------------------+
    | SystemRDL    | Value                                                                   |
    | Field        |                                                                         |
    +==============+=========================================================================+
    | Description  | .. raw:: html                                                           |
    |              |                                                                         |
    |              |      <p>RX buffer size in cells.</p>                                    |
    +--------------+-------------------------------------------------------------------------+
    """
    __slots__ : list[str] = []

    

    
    

    @property
    def rdl_desc(self) -> str:
        return "RX buffer size in cells."
    
    
    

    
    
class vcnic_regs_CAP_BUF_tx_buf_cells_0x7a10f2bb8d3a3c8c1ef3432489245418c5d2ec243e799a0e95679fc202f99eac_cls(FieldAsyncReadOnly):
    """
    Class to represent a register field in the register model

    +--------------+-------------------------------------------------------------------------+
    | SystemRDL    | Value                                                                   |
    | Field        |                                                                         |
    +==============+=========================================================================+
    | Description  | .. raw:: html                                                           |
    |              |                                                                         |
    |              |      <p>TX buffer size in cells.</p>                                    |
    +--------------+-------------------------------------------------------------------------+
    """
    __slots__ : list[str] = []

    

    
    

    @property
    def rdl_desc(self) -> str:
        return "TX buffer size in cells."
    
    
    

    
    
class vcnic_regs_CAP_DP_data_width_0x24247f8d553217d93cdca5800ad110e0a9c4955ad384e0dc25bba41ba51eb7fd_cls(FieldAsyncReadOnly):
    """
    Class to represent a register field in the register model

    +--------------+-------------------------------------------------------------------------+
    | SystemRDL    | Value                                                                   |
    | Field        |                                                                         |
    +==============+=========================================================================+
    | Description  | .. raw:: html                                                           |
    |              |                                                                         |
    |              |      <p>Line and host stream width in bits.</p>                         |
    +--------------+-------------------------------------------------------------------------+
    """
    __slots__ : list[str] = []

    

    
    

    @property
    def rdl_desc(self) -> str:
        return "Line and host stream width in bits."
    
    
    

    
    
class vcnic_regs_CAP_DP_aal_types_0x6717c109054b68cf55aa3d8d619bf7f916967b9a595d7fb2af5f5a769029e5b0_cls(FieldAsyncReadOnly):
    """
    Class to represent a register field in the register model

    +--------------+-------------------------------------------------------------------------+
    | SystemRDL    | Value                                                                   |
    | Field        |                                                                         |
    +==============+=========================================================================+
    | Description  | .. raw:: html                                                           |
    |              |                                                                         |
    |              |      <p>Supported AAL types, OID_ATM_SUPPORTED_AAL_TYPES bits (AAL5 =   |
    |              |      0x08).</p>                                                         |
    +--------------+-------------------------------------------------------------------------+
    """
    __slots__ : list[str] = []

    

    
    

    @property
    def rdl_desc(self) -> str:
        return "Supported AAL types, OID_ATM_SUPPORTED_AAL_TYPES bits (AAL5 = 0x08)."
    
    
    

    
    
class vcnic_regs_CAP_DP_service_cats_0xff30b0f1f9965654538a8df2d9b429f2cbfff2a6f272c4e4b0bc37571aafb73c_cls(FieldAsyncReadOnly):
    """
    Class to represent a register field in the register model

    +--------------+-------------------------------------------------------------------------+
    | SystemRDL    | Value                                                                   |
    | Field        |                                                                         |
    +==============+=========================================================================+
    | Description  | .. raw:: html                                                           |
    |              |                                                                         |
    |              |      <p>Supported service categories, OID bits (CBR 0x1 | UBR 0x4).</p> |
    +--------------+-------------------------------------------------------------------------+
    """
    __slots__ : list[str] = []

    

    
    

    @property
    def rdl_desc(self) -> str:
        return "Supported service categories, OID bits (CBR 0x1 | UBR 0x4)."
    
    
    

    
    
class vcnic_regs_CTRL_enable_0x971120c8274589df969250ea46794360f1b194046d2291b05ac3da7ccdacf45f_cls(FieldAsyncReadWrite):
    """
    Class to represent a register field in the register model

    +--------------+-------------------------------------------------------------------------+
    | SystemRDL    | Value                                                                   |
    | Field        |                                                                         |
    +==============+=========================================================================+
    | Description  | .. raw:: html                                                           |
    |              |                                                                         |
    |              |      <p>Core enable: when 0 the line TX sends nothing and line RX cells |
    |              |      are ignored.</p>                                                   |
    +--------------+-------------------------------------------------------------------------+
    """
    __slots__ : list[str] = []

    

    
    

    @property
    def rdl_desc(self) -> str:
        return "Core enable: when 0 the line TX sends nothing and line RX cells are ignored."
    
    
    

    
    
class vcnic_regs_CTRL_loopback_0xf570b70ff256f7108df739abaf732b96a194b3e67beab4e2e702246e742f2af7_cls(FieldAsyncReadWrite):
    """
    Class to represent a register field in the register model

    +--------------+-------------------------------------------------------------------------+
    | SystemRDL    | Value                                                                   |
    | Field        |                                                                         |
    +==============+=========================================================================+
    | Description  | .. raw:: html                                                           |
    |              |                                                                         |
    |              |      <p>Loopback: line TX is joined to line RX inside the core; the     |
    |              |      external line RX is ignored.</p>                                   |
    +--------------+-------------------------------------------------------------------------+
    """
    __slots__ : list[str] = []

    

    
    

    @property
    def rdl_desc(self) -> str:
        return "Loopback: line TX is joined to line RX inside the core; the external line RX is ignored."
    
    
    

    
    
class vcnic_regs_CTRL_soft_reset_0x1b17a26016bd4c3d8b833c3a0e87792179fd93cdb54eef0188410e847d855315_cls(FieldAsyncReadWrite):
    """
    Class to represent a register field in the register model

    +--------------+-------------------------------------------------------------------------+
    | SystemRDL    | Value                                                                   |
    | Field        |                                                                         |
    +==============+=========================================================================+
    | Description  | .. raw:: html                                                           |
    |              |                                                                         |
    |              |      <p>Soft reset: returns the whole core to its reset state except    |
    |              |      this register block.</p>                                           |
    +--------------+-------------------------------------------------------------------------+
    """
    __slots__ : list[str] = []

    

    
    

    @property
    def rdl_desc(self) -> str:
        return "Soft reset: returns the whole core to its reset state except this register block."
    
    
    

    
    
class vcnic_regs_CTRL_snapshot_0x1a04d9a70a726c9a958f9888cbf64a1321d43cadebd956de1ccae14d527729c0_cls(FieldAsyncReadWrite):
    """
    Class to represent a register field in the register model

    +--------------+-------------------------------------------------------------------------+
    | SystemRDL    | Value                                                                   |
    | Field        |                                                                         |
    +==============+=========================================================================+
    | Description  | .. raw:: html                                                           |
    |              |                                                                         |
    |              |      <p>Latch every global counter into its register.</p>               |
    +--------------+-------------------------------------------------------------------------+
    """
    __slots__ : list[str] = []

    

    
    

    @property
    def rdl_desc(self) -> str:
        return "Latch every global counter into its register."
    
    
    

    
    
class vcnic_regs_CTRL_hec_correct_0x193b70bc81112fd5f48c39fd358d1cbef8d3a30f5d64f58e9534c345a2ddf7b6_cls(FieldAsyncReadWrite):
    """
    Class to represent a register field in the register model

    +--------------+-------------------------------------------------------------------------+
    | SystemRDL    | Value                                                                   |
    | Field        |                                                                         |
    +==============+=========================================================================+
    | Description  | .. raw:: html                                                           |
    |              |                                                                         |
    |              |      <p>I.432 HEC single-bit correction enable (0: detection only,      |
    |              |      every HEC error discards).</p>                                     |
    +--------------+-------------------------------------------------------------------------+
    """
    __slots__ : list[str] = []

    

    
    

    @property
    def rdl_desc(self) -> str:
        return "I.432 HEC single-bit correction enable (0: detection only, every HEC error discards)."
    
    
    

    
    
class vcnic_regs_CTRL_nni_0x6b2cd3b55cee992893f6f5ddf295ed55b53c8601afd442e53b647918229e7c95_cls(FieldAsyncReadWrite):
    """
    Class to represent a register field in the register model

    +--------------+-------------------------------------------------------------------------+
    | SystemRDL    | Value                                                                   |
    | Field        |                                                                         |
    +==============+=========================================================================+
    | Description  | .. raw:: html                                                           |
    |              |                                                                         |
    |              |      <p>NNI header format (12-bit VPI, no GFC) instead of UNI.</p>      |
    +--------------+-------------------------------------------------------------------------+
    """
    __slots__ : list[str] = []

    

    
    

    @property
    def rdl_desc(self) -> str:
        return "NNI header format (12-bit VPI, no GFC) instead of UNI."
    
    
    

    
    
class vcnic_regs_STATUS_rx_free_0x856d5d0da37cf28573f0db6c3e14b652da41f4f50c872fd900b757abd2f65369_cls(FieldAsyncReadOnly):
    """
    Class to represent a register field in the register model

    +--------------+-------------------------------------------------------------------------+
    | SystemRDL    | Value                                                                   |
    | Field        |                                                                         |
    +==============+=========================================================================+
    | Description  | .. raw:: html                                                           |
    |              |                                                                         |
    |              |      <p>Free RX buffer cells.</p>                                       |
    +--------------+-------------------------------------------------------------------------+
    """
    __slots__ : list[str] = []

    

    
    

    @property
    def rdl_desc(self) -> str:
        return "Free RX buffer cells."
    
    
    

    
    
class vcnic_regs_STATUS_tx_free_0x7eb57259e2b9b39594e16d6ace7aa51637a3b89e454589ee872e2acace1f6e5e_cls(FieldAsyncReadOnly):
    """
    Class to represent a register field in the register model

    +--------------+-------------------------------------------------------------------------+
    | SystemRDL    | Value                                                                   |
    | Field        |                                                                         |
    +==============+=========================================================================+
    | Description  | .. raw:: html                                                           |
    |              |                                                                         |
    |              |      <p>Free TX buffer cells.</p>                                       |
    +--------------+-------------------------------------------------------------------------+
    """
    __slots__ : list[str] = []

    

    
    

    @property
    def rdl_desc(self) -> str:
        return "Free TX buffer cells."
    
    
    

    
    
class vcnic_regs_INT_STATUS_cmd_done_0xd697a0f5d0d94054d6836478e71dba9ec2d58b90ebe1a277e891177ba281d8b3_cls(FieldAsyncReadWrite):
    """
    Class to represent a register field in the register model

    +--------------+-------------------------------------------------------------------------+
    | SystemRDL    | Value                                                                   |
    | Field        |                                                                         |
    +==============+=========================================================================+
    | Description  | .. raw:: html                                                           |
    |              |                                                                         |
    |              |      <p>A command finished (DEACTIVATE completion, or any command).</p> |
    +--------------+-------------------------------------------------------------------------+
    """
    __slots__ : list[str] = []

    

    
    

    @property
    def rdl_desc(self) -> str:
        return "A command finished (DEACTIVATE completion, or any command)."
    
    
    

    
    
class vcnic_regs_INT_STATUS_rx_pdu_0xae40ad6570a13dca6eb44e6d2519687c4f11baf3207addab0ccb30bc54ea7b80_cls(FieldAsyncReadWrite):
    """
    Class to represent a register field in the register model

    +--------------+-------------------------------------------------------------------------+
    | SystemRDL    | Value                                                                   |
    | Field        |                                                                         |
    +==============+=========================================================================+
    | Description  | .. raw:: html                                                           |
    |              |                                                                         |
    |              |      <p>A PDU was delivered on host RX.</p>                             |
    +--------------+-------------------------------------------------------------------------+
    """
    __slots__ : list[str] = []

    

    
    

    @property
    def rdl_desc(self) -> str:
        return "A PDU was delivered on host RX."
    
    
    

    
    
class vcnic_regs_INT_STATUS_rx_error_0x2ffcb068ba7db0580f6a23099ce1653875b6da4bb925b40f8ab6433382d1dbad_cls(FieldAsyncReadWrite):
    """
    Class to represent a register field in the register model

    +--------------+-------------------------------------------------------------------------+
    | SystemRDL    | Value                                                                   |
    | Field        |                                                                         |
    +==============+=========================================================================+
    | Description  | .. raw:: html                                                           |
    |              |                                                                         |
    |              |      <p>A received PDU had an error (counted).</p>                      |
    +--------------+-------------------------------------------------------------------------+
    """
    __slots__ : list[str] = []

    

    
    

    @property
    def rdl_desc(self) -> str:
        return "A received PDU had an error (counted)."
    
    
    

    
    
class vcnic_regs_INT_STATUS_tx_cpl_0x2a9c4e41bb79f8c496d886075b8c8a033a35dcfe81d99ab7efe710bb1f16dce2_cls(FieldAsyncReadWrite):
    """
    Class to represent a register field in the register model

    +--------------+-------------------------------------------------------------------------+
    | SystemRDL    | Value                                                                   |
    | Field        |                                                                         |
    +==============+=========================================================================+
    | Description  | .. raw:: html                                                           |
    |              |                                                                         |
    |              |      <p>A TX completion was posted.</p>                                 |
    +--------------+-------------------------------------------------------------------------+
    """
    __slots__ : list[str] = []

    

    
    

    @property
    def rdl_desc(self) -> str:
        return "A TX completion was posted."
    
    
    

    
    
class vcnic_regs_INT_STATUS_cmd_overrun_0x4525d7dd7df9b04655049545b8646f9c6dee49ae2b7f55719ae1da82b3678a50_cls(FieldAsyncReadWrite):
    """
    Class to represent a register field in the register model

    +--------------+-------------------------------------------------------------------------+
    | SystemRDL    | Value                                                                   |
    | Field        |                                                                         |
    +==============+=========================================================================+
    | Description  | .. raw:: html                                                           |
    |              |                                                                         |
    |              |      <p>A command was written while busy and ignored.</p>               |
    +--------------+-------------------------------------------------------------------------+
    """
    __slots__ : list[str] = []

    

    
    

    @property
    def rdl_desc(self) -> str:
        return "A command was written while busy and ignored."
    
    
    

    
    
class vcnic_regs_INT_STATUS_cell_drop_0xc91251166f4b88a5a8acb29428b057e05a443cb043b7bcec108d0fc76eab57ca_cls(FieldAsyncReadWrite):
    """
    Class to represent a register field in the register model

    +--------------+-------------------------------------------------------------------------+
    | SystemRDL    | Value                                                                   |
    | Field        |                                                                         |
    +==============+=========================================================================+
    | Description  | .. raw:: html                                                           |
    |              |                                                                         |
    |              |      <p>A cell was discarded (HEC or unknown VC).</p>                   |
    +--------------+-------------------------------------------------------------------------+
    """
    __slots__ : list[str] = []

    

    
    

    @property
    def rdl_desc(self) -> str:
        return "A cell was discarded (HEC or unknown VC)."
    
    
    

    
    
class vcnic_regs_ro32_r_value_0x1409c5d5188da3b399345117c4e75bf5f3c15fcb3fc1f5e7f90b7c36c1831901_cls(FieldAsyncReadOnly):
    """
    Class to represent a register field in the register model

    +--------------+-------------------------------------------------------------------------+
    | SystemRDL    | Value                                                                   |
    | Field        |                                                                         |
    +==============+=========================================================================+
    | Description  | .. raw:: html                                                           |
    |              |                                                                         |
    |              |      <p>Cells sent on line TX.</p>                                      |
    +--------------+-------------------------------------------------------------------------+
    """
    __slots__ : list[str] = []

    

    
    

    @property
    def rdl_desc(self) -> str:
        return "Cells sent on line TX."
    
    
    

    
    
class vcnic_regs_ro32_r_value_0xd4074817d8ec328094253aee08529f7e90a04562cf2e4094c4778c60c7f651b3_cls(FieldAsyncReadOnly):
    """
    Class to represent a register field in the register model

    +--------------+-------------------------------------------------------------------------+
    | SystemRDL    | Value                                                                   |
    | Field        |                                                                         |
    +==============+=========================================================================+
    | Description  | .. raw:: html                                                           |
    |              |                                                                         |
    |              |      <p>Cells received with a good or corrected HEC on an active        |
    |              |      VC.</p>                                                            |
    +--------------+-------------------------------------------------------------------------+
    """
    __slots__ : list[str] = []

    

    
    

    @property
    def rdl_desc(self) -> str:
        return "Cells received with a good or corrected HEC on an active VC."
    
    
    


if __name__ == '__main__':
    pass