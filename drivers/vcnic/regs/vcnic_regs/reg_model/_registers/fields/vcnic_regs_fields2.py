

"""
Python Wrapper for the vcnic_regs register model

This code was generated from the PeakRDL-python package version 4.0.0

"""









from ....lib import UDPStruct
from ....lib import FieldAsyncReadOnly, FieldAsyncWriteOnly, FieldAsyncReadWrite, Field
from ....lib import FieldEnumAsyncReadOnly, FieldEnumAsyncWriteOnly, FieldEnumAsyncReadWrite

# field definitions
    
    
class vcnic_regs_VC_CMD_result_0xf15beef2b1aff63436725b7975c42d96e456a25024367a08dd3de662384d153a_cls(FieldEnumAsyncReadOnly):
    """
    Class to represent a register field in the register model

    +--------------+-------------------------------------------------------------------------+
    | SystemRDL    | Value                                                                   |
    | Field        |                                                                         |
    +==============+=========================================================================+
    | Description  | .. raw:: html                                                           |
    |              |                                                                         |
    |              |      <p>Result of the last command.</p>                                 |
    +--------------+-------------------------------------------------------------------------+
    """
    __slots__ : list[str] = []

    

    
    

    @property
    def rdl_desc(self) -> str:
        return "Result of the last command."
    
    
    

    
    
class vcnic_regs_VC_Q_STATE_state_0x679c4ae1094882f03b2a39399e776ec707176733bce48a7a83631ded9ff92fe7_cls(FieldEnumAsyncReadOnly):
    """
    Class to represent a register field in the register model

    
    """
    __slots__ : list[str] = []

    

    
    

    
    
    

    
    
class vcnic_regs_VC_Q_STATE_last_rx_status_0x4267412938a438d4ac9f9b74abff8d6ee19313805908aff58e1f170e4cb819fa_cls(FieldEnumAsyncReadOnly):
    """
    Class to represent a register field in the register model

    +--------------+-------------------------------------------------------------------------+
    | SystemRDL    | Value                                                                   |
    | Field        |                                                                         |
    +==============+=========================================================================+
    | Description  | .. raw:: html                                                           |
    |              |                                                                         |
    |              |      <p>Status of the last PDU completed on RX.</p>                     |
    +--------------+-------------------------------------------------------------------------+
    """
    __slots__ : list[str] = []

    

    
    

    @property
    def rdl_desc(self) -> str:
        return "Status of the last PDU completed on RX."
    
    
    

    
    
class vcnic_regs_VC_Q_STATE_last_tx_status_0x1c34d0bffc6b33202c0c26900dd084184335f9506c7c34a0066a96c696e1b61a_cls(FieldEnumAsyncReadOnly):
    """
    Class to represent a register field in the register model

    +--------------+-------------------------------------------------------------------------+
    | SystemRDL    | Value                                                                   |
    | Field        |                                                                         |
    +==============+=========================================================================+
    | Description  | .. raw:: html                                                           |
    |              |                                                                         |
    |              |      <p>Status of the last TX completion.</p>                           |
    +--------------+-------------------------------------------------------------------------+
    """
    __slots__ : list[str] = []

    

    
    

    @property
    def rdl_desc(self) -> str:
        return "Status of the last TX completion."
    
    
    

    
    
class vcnic_regs_VC_Q_STATE_tx_queued_0x771a633870ef837c0acd091d63b9f1f364cd672d4a61344a3e68fda98f2c2b67_cls(FieldAsyncReadOnly):
    """
    Class to represent a register field in the register model

    +--------------+-------------------------------------------------------------------------+
    | SystemRDL    | Value                                                                   |
    | Field        |                                                                         |
    +==============+=========================================================================+
    | Description  | .. raw:: html                                                           |
    |              |                                                                         |
    |              |      <p>Frames queued for TX (not yet completed).</p>                   |
    +--------------+-------------------------------------------------------------------------+
    """
    __slots__ : list[str] = []

    

    
    

    @property
    def rdl_desc(self) -> str:
        return "Frames queued for TX (not yet completed)."
    
    
    

    
    
class vcnic_regs_VC_Q_PARAM_aal_0x8790be8325e8c7fddae94fd2a30eebb7ddcc65281dddc7ddc15880f99aad9223_cls(FieldEnumAsyncReadOnly):
    """
    Class to represent a register field in the register model

    
    """
    __slots__ : list[str] = []

    

    
    

    
    
    

    
    
class vcnic_regs_VC_Q_PARAM_service_0xe056aeeb372e20e00b42a7e2b052526d95bf42aab92d2ac876a0ab8730cba3ec_cls(FieldEnumAsyncReadOnly):
    """
    Class to represent a register field in the register model

    
    """
    __slots__ : list[str] = []

    

    
    

    
    
    

    
    
class vcnic_regs_ro32_r_value_0x369ab0ad2f52319a651d5d7daebf00d203fc8da25817def5823bb41362e74f09_cls(FieldAsyncReadOnly):
    """
    Class to represent a register field in the register model

    +--------------+-------------------------------------------------------------------------+
    | SystemRDL    | Value                                                                   |
    | Field        |                                                                         |
    +==============+=========================================================================+
    | Description  | .. raw:: html                                                           |
    |              |                                                                         |
    |              |      <p>GCRA increment (16.16).</p>                                     |
    +--------------+-------------------------------------------------------------------------+
    """
    __slots__ : list[str] = []

    

    
    

    @property
    def rdl_desc(self) -> str:
        return "GCRA increment (16.16)."
    
    
    

    
    
class vcnic_regs_ro32_r_value_0xdd9688701cae74c3e2081373f0333fb33b9b802e19cf8f1c4c790b08c89c537d_cls(FieldAsyncReadOnly):
    """
    Class to represent a register field in the register model

    +--------------+-------------------------------------------------------------------------+
    | SystemRDL    | Value                                                                   |
    | Field        |                                                                         |
    +==============+=========================================================================+
    | Description  | .. raw:: html                                                           |
    |              |                                                                         |
    |              |      <p>Cells sent on this VC.</p>                                      |
    +--------------+-------------------------------------------------------------------------+
    """
    __slots__ : list[str] = []

    

    
    

    @property
    def rdl_desc(self) -> str:
        return "Cells sent on this VC."
    
    
    

    
    
class vcnic_regs_ro32_r_value_0xcf88b918c64a7d8469dcee7d2a08782316e45ef4ef3a6af95350ceb1adc5572c_cls(FieldAsyncReadOnly):
    """
    Class to represent a register field in the register model

    +--------------+-------------------------------------------------------------------------+
    | SystemRDL    | Value                                                                   |
    | Field        |                                                                         |
    +==============+=========================================================================+
    | Description  | .. raw:: html                                                           |
    |              |                                                                         |
    |              |      <p>PDUs sent on this VC.</p>                                       |
    +--------------+-------------------------------------------------------------------------+
    """
    __slots__ : list[str] = []

    

    
    

    @property
    def rdl_desc(self) -> str:
        return "PDUs sent on this VC."
    
    
    

    
    
class vcnic_regs_ro32_r_value_0x57c16885be3f76b98c43b063a34e5386565e974a11e9b144eda74ebc652eacc6_cls(FieldAsyncReadOnly):
    """
    Class to represent a register field in the register model

    +--------------+-------------------------------------------------------------------------+
    | SystemRDL    | Value                                                                   |
    | Field        |                                                                         |
    +==============+=========================================================================+
    | Description  | .. raw:: html                                                           |
    |              |                                                                         |
    |              |      <p>SDU bytes sent, bits 31:0.</p>                                  |
    +--------------+-------------------------------------------------------------------------+
    """
    __slots__ : list[str] = []

    

    
    

    @property
    def rdl_desc(self) -> str:
        return "SDU bytes sent, bits 31:0."
    
    
    

    
    
class vcnic_regs_ro32_r_value_0x311a95665b874ac52fcc03578f1f7582ace3ddf258aa625e011179be4dd95f16_cls(FieldAsyncReadOnly):
    """
    Class to represent a register field in the register model

    +--------------+-------------------------------------------------------------------------+
    | SystemRDL    | Value                                                                   |
    | Field        |                                                                         |
    +==============+=========================================================================+
    | Description  | .. raw:: html                                                           |
    |              |                                                                         |
    |              |      <p>SDU bytes sent, bits 63:32.</p>                                 |
    +--------------+-------------------------------------------------------------------------+
    """
    __slots__ : list[str] = []

    

    
    

    @property
    def rdl_desc(self) -> str:
        return "SDU bytes sent, bits 63:32."
    
    
    

    
    
class vcnic_regs_ro32_r_value_0x5a24eb2744324d6a2b3f711524417b15a169777208235a5e91be03dc25781ead_cls(FieldAsyncReadOnly):
    """
    Class to represent a register field in the register model

    +--------------+-------------------------------------------------------------------------+
    | SystemRDL    | Value                                                                   |
    | Field        |                                                                         |
    +==============+=========================================================================+
    | Description  | .. raw:: html                                                           |
    |              |                                                                         |
    |              |      <p>Frames flushed by DEACTIVATE.</p>                               |
    +--------------+-------------------------------------------------------------------------+
    """
    __slots__ : list[str] = []

    

    
    

    @property
    def rdl_desc(self) -> str:
        return "Frames flushed by DEACTIVATE."
    
    
    

    
    
class vcnic_regs_ro32_r_value_0xc481a6d009c01ff457367c17361c8483087c96c64418644c5e47f808e5426282_cls(FieldAsyncReadOnly):
    """
    Class to represent a register field in the register model

    +--------------+-------------------------------------------------------------------------+
    | SystemRDL    | Value                                                                   |
    | Field        |                                                                         |
    +==============+=========================================================================+
    | Description  | .. raw:: html                                                           |
    |              |                                                                         |
    |              |      <p>Frames dropped at ingest (inactive, oversize, 0 bytes).</p>     |
    +--------------+-------------------------------------------------------------------------+
    """
    __slots__ : list[str] = []

    

    
    

    @property
    def rdl_desc(self) -> str:
        return "Frames dropped at ingest (inactive, oversize, 0 bytes)."
    
    
    

    
    
class vcnic_regs_ro32_r_value_0x17d9bc0bdb422ee88b2b41d7501c91e1bf7fc2c00da872547837199e6ba7e557_cls(FieldAsyncReadOnly):
    """
    Class to represent a register field in the register model

    +--------------+-------------------------------------------------------------------------+
    | SystemRDL    | Value                                                                   |
    | Field        |                                                                         |
    +==============+=========================================================================+
    | Description  | .. raw:: html                                                           |
    |              |                                                                         |
    |              |      <p>Cells received on this VC.</p>                                  |
    +--------------+-------------------------------------------------------------------------+
    """
    __slots__ : list[str] = []

    

    
    

    @property
    def rdl_desc(self) -> str:
        return "Cells received on this VC."
    
    
    

    
    
class vcnic_regs_ro32_r_value_0x3129e17dfa3fe1b657c257b98548f0b2f45f8c6922436966dc02e5d2fbc33c3e_cls(FieldAsyncReadOnly):
    """
    Class to represent a register field in the register model

    +--------------+-------------------------------------------------------------------------+
    | SystemRDL    | Value                                                                   |
    | Field        |                                                                         |
    +==============+=========================================================================+
    | Description  | .. raw:: html                                                           |
    |              |                                                                         |
    |              |      <p>Good PDUs delivered.</p>                                        |
    +--------------+-------------------------------------------------------------------------+
    """
    __slots__ : list[str] = []

    

    
    

    @property
    def rdl_desc(self) -> str:
        return "Good PDUs delivered."
    
    
    

    
    
class vcnic_regs_ro32_r_value_0xd353afc8e9fe18cbef85d211331b14f3da281cf9beb0abd50a3e2da59b79a7a6_cls(FieldAsyncReadOnly):
    """
    Class to represent a register field in the register model

    +--------------+-------------------------------------------------------------------------+
    | SystemRDL    | Value                                                                   |
    | Field        |                                                                         |
    +==============+=========================================================================+
    | Description  | .. raw:: html                                                           |
    |              |                                                                         |
    |              |      <p>SDU bytes of good PDUs, bits 31:0.</p>                          |
    +--------------+-------------------------------------------------------------------------+
    """
    __slots__ : list[str] = []

    

    
    

    @property
    def rdl_desc(self) -> str:
        return "SDU bytes of good PDUs, bits 31:0."
    
    
    

    
    
class vcnic_regs_ro32_r_value_0x3270cd4edbb363e201e6abd524a60b96ee853528c5f862416a65620a8bf4acd7_cls(FieldAsyncReadOnly):
    """
    Class to represent a register field in the register model

    +--------------+-------------------------------------------------------------------------+
    | SystemRDL    | Value                                                                   |
    | Field        |                                                                         |
    +==============+=========================================================================+
    | Description  | .. raw:: html                                                           |
    |              |                                                                         |
    |              |      <p>SDU bytes of good PDUs, bits 63:32.</p>                         |
    +--------------+-------------------------------------------------------------------------+
    """
    __slots__ : list[str] = []

    

    
    

    @property
    def rdl_desc(self) -> str:
        return "SDU bytes of good PDUs, bits 63:32."
    
    
    

    
    
class vcnic_regs_ro32_r_value_0x3513e2fa6143831404cdec3ac6f7d5474b6846a78ebf9f761f482ff9418d8f51_cls(FieldAsyncReadOnly):
    """
    Class to represent a register field in the register model

    +--------------+-------------------------------------------------------------------------+
    | SystemRDL    | Value                                                                   |
    | Field        |                                                                         |
    +==============+=========================================================================+
    | Description  | .. raw:: html                                                           |
    |              |                                                                         |
    |              |      <p>PDUs with a CRC error.</p>                                      |
    +--------------+-------------------------------------------------------------------------+
    """
    __slots__ : list[str] = []

    

    
    

    @property
    def rdl_desc(self) -> str:
        return "PDUs with a CRC error."
    
    
    

    
    
class vcnic_regs_ro32_r_value_0xec3dc8ad74c2e60a3148665f416975cd6bfebfc1660f8768041b30ac22fdc5f8_cls(FieldAsyncReadOnly):
    """
    Class to represent a register field in the register model

    +--------------+-------------------------------------------------------------------------+
    | SystemRDL    | Value                                                                   |
    | Field        |                                                                         |
    +==============+=========================================================================+
    | Description  | .. raw:: html                                                           |
    |              |                                                                         |
    |              |      <p>PDUs with a length error.</p>                                   |
    +--------------+-------------------------------------------------------------------------+
    """
    __slots__ : list[str] = []

    

    
    

    @property
    def rdl_desc(self) -> str:
        return "PDUs with a length error."
    
    
    

    
    
class vcnic_regs_ro32_r_value_0x3798ecde9cd8703a7eabc9d0411ea6011a1510ca76ce199cfc937ab753f71216_cls(FieldAsyncReadOnly):
    """
    Class to represent a register field in the register model

    +--------------+-------------------------------------------------------------------------+
    | SystemRDL    | Value                                                                   |
    | Field        |                                                                         |
    +==============+=========================================================================+
    | Description  | .. raw:: html                                                           |
    |              |                                                                         |
    |              |      <p>PDUs above max SDU.</p>                                         |
    +--------------+-------------------------------------------------------------------------+
    """
    __slots__ : list[str] = []

    

    
    

    @property
    def rdl_desc(self) -> str:
        return "PDUs above max SDU."
    
    
    

    
    
class vcnic_regs_ro32_r_value_0x8463eb6165d7c47c6cfb73630b19593703da7c667c453d8051afd6864ba6f0a2_cls(FieldAsyncReadOnly):
    """
    Class to represent a register field in the register model

    +--------------+-------------------------------------------------------------------------+
    | SystemRDL    | Value                                                                   |
    | Field        |                                                                         |
    +==============+=========================================================================+
    | Description  | .. raw:: html                                                           |
    |              |                                                                         |
    |              |      <p>PDUs dropped for lack of buffer.</p>                            |
    +--------------+-------------------------------------------------------------------------+
    """
    __slots__ : list[str] = []

    

    
    

    @property
    def rdl_desc(self) -> str:
        return "PDUs dropped for lack of buffer."
    
    
    


if __name__ == '__main__':
    pass