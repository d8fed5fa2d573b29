

"""
Python Wrapper for the vcnic_regs register model

This code was generated from the PeakRDL-python package version 4.0.0

"""









from ....lib import UDPStruct
from ....lib import FieldAsyncReadOnly, FieldAsyncWriteOnly, FieldAsyncReadWrite, Field
from ....lib import FieldEnumAsyncReadOnly, FieldEnumAsyncWriteOnly, FieldEnumAsyncReadWrite

# field definitions
    
    
class vcnic_regs_ro32_r_value_0x8c2e5340d2135a1197745b3212fd5d2d377430f65ad4fe17c74789f0dee2b8fa_cls(FieldAsyncReadOnly):
    """
    Class to represent a register field in the register model

    +--------------+-------------------------------------------------------------------------+
    | SystemRDL    | Value                                                                   |
    | Field        |                                                                         |
    +==============+=========================================================================+
    | Description  | .. raw:: html                                                           |
    |              |                                                                         |
    |              |      <p>Cells whose header a single-bit HEC correction repaired.</p>    |
    +--------------+-------------------------------------------------------------------------+
    """
    __slots__ : list[str] = []

    

    
    

    @property
    def rdl_desc(self) -> str:
        return "Cells whose header a single-bit HEC correction repaired."
    
    
    

    
    
class vcnic_regs_ro32_r_value_0xd90d1274be733bed97404631ffe1dd7b304b805139cb3cc0f42dbe9ced0b1aab_cls(FieldAsyncReadOnly):
    """
    Class to represent a register field in the register model

    +--------------+-------------------------------------------------------------------------+
    | SystemRDL    | Value                                                                   |
    | Field        |                                                                         |
    +==============+=========================================================================+
    | Description  | .. raw:: html                                                           |
    |              |                                                                         |
    |              |      <p>Cells discarded for a HEC error (I.432).</p>                    |
    +--------------+-------------------------------------------------------------------------+
    """
    __slots__ : list[str] = []

    

    
    

    @property
    def rdl_desc(self) -> str:
        return "Cells discarded for a HEC error (I.432)."
    
    
    

    
    
class vcnic_regs_ro32_r_value_0x691dfd2903b7f640d7d2ee4ba061823a066f7540e3e9b26466e13c1d801a8868_cls(FieldAsyncReadOnly):
    """
    Class to represent a register field in the register model

    +--------------+-------------------------------------------------------------------------+
    | SystemRDL    | Value                                                                   |
    | Field        |                                                                         |
    +==============+=========================================================================+
    | Description  | .. raw:: html                                                           |
    |              |                                                                         |
    |              |      <p>Cells discarded: (VPI, VCI) not active, or VC not RX-           |
    |              |      enabled.</p>                                                       |
    +--------------+-------------------------------------------------------------------------+
    """
    __slots__ : list[str] = []

    

    
    

    @property
    def rdl_desc(self) -> str:
        return "Cells discarded: (VPI, VCI) not active, or VC not RX-enabled."
    
    
    

    
    
class vcnic_regs_ro32_r_value_0x2f6562b617505daf8a2b2311bf0c050388a83876b4cc726e82f577e270f0feaa_cls(FieldAsyncReadOnly):
    """
    Class to represent a register field in the register model

    +--------------+-------------------------------------------------------------------------+
    | SystemRDL    | Value                                                                   |
    | Field        |                                                                         |
    +==============+=========================================================================+
    | Description  | .. raw:: html                                                           |
    |              |                                                                         |
    |              |      <p>PDUs whose last cell was sent.</p>                              |
    +--------------+-------------------------------------------------------------------------+
    """
    __slots__ : list[str] = []

    

    
    

    @property
    def rdl_desc(self) -> str:
        return "PDUs whose last cell was sent."
    
    
    

    
    
class vcnic_regs_ro32_r_value_0xfe1a50568e6ad970caabe7dc592ca633ff9f28dbe8a319785e2a501bb8eca1c6_cls(FieldAsyncReadOnly):
    """
    Class to represent a register field in the register model

    +--------------+-------------------------------------------------------------------------+
    | SystemRDL    | Value                                                                   |
    | Field        |                                                                         |
    +==============+=========================================================================+
    | Description  | .. raw:: html                                                           |
    |              |                                                                         |
    |              |      <p>Good PDUs delivered on host RX.</p>                             |
    +--------------+-------------------------------------------------------------------------+
    """
    __slots__ : list[str] = []

    

    
    

    @property
    def rdl_desc(self) -> str:
        return "Good PDUs delivered on host RX."
    
    
    

    
    
class vcnic_regs_ro32_r_value_0xe643ed326f7bc648c0e1e7b8073b97034ed5f2295661747662ec53409a1f83c0_cls(FieldAsyncReadOnly):
    """
    Class to represent a register field in the register model

    +--------------+-------------------------------------------------------------------------+
    | SystemRDL    | Value                                                                   |
    | Field        |                                                                         |
    +==============+=========================================================================+
    | Description  | .. raw:: html                                                           |
    |              |                                                                         |
    |              |      <p>PDUs with a bad CRC-32.</p>                                     |
    +--------------+-------------------------------------------------------------------------+
    """
    __slots__ : list[str] = []

    

    
    

    @property
    def rdl_desc(self) -> str:
        return "PDUs with a bad CRC-32."
    
    
    

    
    
class vcnic_regs_ro32_r_value_0x4808fd6dd5d28d99dd1407c501cc32a93291f6fa264b5558bb3052d0e559ef5b_cls(FieldAsyncReadOnly):
    """
    Class to represent a register field in the register model

    +--------------+-------------------------------------------------------------------------+
    | SystemRDL    | Value                                                                   |
    | Field        |                                                                         |
    +==============+=========================================================================+
    | Description  | .. raw:: html                                                           |
    |              |                                                                         |
    |              |      <p>PDUs with a bad length field.</p>                               |
    +--------------+-------------------------------------------------------------------------+
    """
    __slots__ : list[str] = []

    

    
    

    @property
    def rdl_desc(self) -> str:
        return "PDUs with a bad length field."
    
    
    

    
    
class vcnic_regs_ro32_r_value_0xc3888c53c74504a9a9399148f06773cf057219ec0418aaec7979bb919fa8e0a3_cls(FieldAsyncReadOnly):
    """
    Class to represent a register field in the register model

    +--------------+-------------------------------------------------------------------------+
    | SystemRDL    | Value                                                                   |
    | Field        |                                                                         |
    +==============+=========================================================================+
    | Description  | .. raw:: html                                                           |
    |              |                                                                         |
    |              |      <p>PDUs above the VC's max SDU.</p>                                |
    +--------------+-------------------------------------------------------------------------+
    """
    __slots__ : list[str] = []

    

    
    

    @property
    def rdl_desc(self) -> str:
        return "PDUs above the VC\u0027s max SDU."
    
    
    

    
    
class vcnic_regs_ro32_r_value_0xa3f40bbd605d95c7c67fa25a7872178f0647d24c90e2cebb2a06d208d91c94bf_cls(FieldAsyncReadOnly):
    """
    Class to represent a register field in the register model

    +--------------+-------------------------------------------------------------------------+
    | SystemRDL    | Value                                                                   |
    | Field        |                                                                         |
    +==============+=========================================================================+
    | Description  | .. raw:: html                                                           |
    |              |                                                                         |
    |              |      <p>PDUs dropped for lack of RX buffer.</p>                         |
    +--------------+-------------------------------------------------------------------------+
    """
    __slots__ : list[str] = []

    

    
    

    @property
    def rdl_desc(self) -> str:
        return "PDUs dropped for lack of RX buffer."
    
    
    

    
    
class vcnic_regs_ro32_r_value_0xa0136e75bdad7c6e600a2e5eea9857e421033a5a6b0591551796ae2d083775a0_cls(FieldAsyncReadOnly):
    """
    Class to represent a register field in the register model

    +--------------+-------------------------------------------------------------------------+
    | SystemRDL    | Value                                                                   |
    | Field        |                                                                         |
    +==============+=========================================================================+
    | Description  | .. raw:: html                                                           |
    |              |                                                                         |
    |              |      <p>PDUs aborted: Length field 0 received (the AAL5 abort           |
    |              |      indication, I.363.5), or a partial PDU freed by DEACTIVATE.</p>    |
    +--------------+-------------------------------------------------------------------------+
    """
    __slots__ : list[str] = []

    

    
    

    @property
    def rdl_desc(self) -> str:
        return "PDUs aborted: Length field 0 received (the AAL5 abort indication, I.363.5), or a partial PDU freed by DEACTIVATE."
    
    
    

    
    
class vcnic_regs_ro32_r_value_0x402c839c8ff7a93b42c3821081211fce60df4d8a054dcdab344465062c5ad1ee_cls(FieldAsyncReadOnly):
    """
    Class to represent a register field in the register model

    +--------------+-------------------------------------------------------------------------+
    | SystemRDL    | Value                                                                   |
    | Field        |                                                                         |
    +==============+=========================================================================+
    | Description  | .. raw:: html                                                           |
    |              |                                                                         |
    |              |      <p>TX frames flushed by DEACTIVATE.</p>                            |
    +--------------+-------------------------------------------------------------------------+
    """
    __slots__ : list[str] = []

    

    
    

    @property
    def rdl_desc(self) -> str:
        return "TX frames flushed by DEACTIVATE."
    
    
    

    
    
class vcnic_regs_ro32_r_value_0x2a77231c09b1a3eb99b2aa96206615acf2a8ad1481c13356727ce17fe5eb467_cls(FieldAsyncReadOnly):
    """
    Class to represent a register field in the register model

    +--------------+-------------------------------------------------------------------------+
    | SystemRDL    | Value                                                                   |
    | Field        |                                                                         |
    +==============+=========================================================================+
    | Description  | .. raw:: html                                                           |
    |              |                                                                         |
    |              |      <p>TX frames dropped at ingest (VC inactive, frame above max SDU,  |
    |              |      or frame of 0 bytes).</p>                                          |
    +--------------+-------------------------------------------------------------------------+
    """
    __slots__ : list[str] = []

    

    
    

    @property
    def rdl_desc(self) -> str:
        return "TX frames dropped at ingest (VC inactive, frame above max SDU, or frame of 0 bytes)."
    
    
    

    
    
class vcnic_regs_ro32_r_value_0xf2c67fe6ce11cb975172efad7ba28318df69825b56e11f985792ea4203ede372_cls(FieldAsyncReadOnly):
    """
    Class to represent a register field in the register model

    +--------------+-------------------------------------------------------------------------+
    | SystemRDL    | Value                                                                   |
    | Field        |                                                                         |
    +==============+=========================================================================+
    | Description  | .. raw:: html                                                           |
    |              |                                                                         |
    |              |      <p>SDU bytes of sent PDUs, bits 31:0.</p>                          |
    +--------------+-------------------------------------------------------------------------+
    """
    __slots__ : list[str] = []

    

    
    

    @property
    def rdl_desc(self) -> str:
        return "SDU bytes of sent PDUs, bits 31:0."
    
    
    

    
    
class vcnic_regs_ro32_r_value_0x63db7bfe8312ef0b901e76ccb89781eb2d0d28052a537ae3402bb7a2cdd6c85b_cls(FieldAsyncReadOnly):
    """
    Class to represent a register field in the register model

    +--------------+-------------------------------------------------------------------------+
    | SystemRDL    | Value                                                                   |
    | Field        |                                                                         |
    +==============+=========================================================================+
    | Description  | .. raw:: html                                                           |
    |              |                                                                         |
    |              |      <p>SDU bytes of sent PDUs, bits 63:32.</p>                         |
    +--------------+-------------------------------------------------------------------------+
    """
    __slots__ : list[str] = []

    

    
    

    @property
    def rdl_desc(self) -> str:
        return "SDU bytes of sent PDUs, bits 63:32."
    
    
    

    
    
class vcnic_regs_ro32_r_value_0x65cd564c724657e59a132e8f0da4e741386f978aa0c9443fbfb2f8148a7f0fbf_cls(FieldAsyncReadOnly):
    """
    Class to represent a register field in the register model

    +--------------+-------------------------------------------------------------------------+
    | SystemRDL    | Value                                                                   |
    | Field        |                                                                         |
    +==============+=========================================================================+
    | Description  | .. raw:: html                                                           |
    |              |                                                                         |
    |              |      <p>SDU bytes of good delivered PDUs, bits 31:0.</p>                |
    +--------------+-------------------------------------------------------------------------+
    """
    __slots__ : list[str] = []

    

    
    

    @property
    def rdl_desc(self) -> str:
        return "SDU bytes of good delivered PDUs, bits 31:0."
    
    
    

    
    
class vcnic_regs_ro32_r_value_0xd08df6cf60b14b7129456477fc8c92e56d93e6cea66a9c01dfb664a4b6d99c51_cls(FieldAsyncReadOnly):
    """
    Class to represent a register field in the register model

    +--------------+-------------------------------------------------------------------------+
    | SystemRDL    | Value                                                                   |
    | Field        |                                                                         |
    +==============+=========================================================================+
    | Description  | .. raw:: html                                                           |
    |              |                                                                         |
    |              |      <p>SDU bytes of good delivered PDUs, bits 63:32.</p>               |
    +--------------+-------------------------------------------------------------------------+
    """
    __slots__ : list[str] = []

    

    
    

    @property
    def rdl_desc(self) -> str:
        return "SDU bytes of good delivered PDUs, bits 63:32."
    
    
    

    
    
class vcnic_regs_VC_PARAM_aal_0xf58fe81e10d83b84ded57f57ab5da7e5302af253685a9996769a83ee0f26647b_cls(FieldEnumAsyncReadWrite):
    """
    Class to represent a register field in the register model

    +--------------+-------------------------------------------------------------------------+
    | SystemRDL    | Value                                                                   |
    | Field        |                                                                         |
    +==============+=========================================================================+
    | Description  | .. raw:: html                                                           |
    |              |                                                                         |
    |              |      <p>AAL type.</p>                                                   |
    +--------------+-------------------------------------------------------------------------+
    """
    __slots__ : list[str] = []

    

    
    

    @property
    def rdl_desc(self) -> str:
        return "AAL type."
    
    
    

    
    
class vcnic_regs_VC_PARAM_service_0x1931e4822f1f88ca2d957511cf56fcae21f4fa174b54f50867a8ac07d372ab3c_cls(FieldEnumAsyncReadWrite):
    """
    Class to represent a register field in the register model

    +--------------+-------------------------------------------------------------------------+
    | SystemRDL    | Value                                                                   |
    | Field        |                                                                         |
    +==============+=========================================================================+
    | Description  | .. raw:: html                                                           |
    |              |                                                                         |
    |              |      <p>Service category.</p>                                           |
    +--------------+-------------------------------------------------------------------------+
    """
    __slots__ : list[str] = []

    

    
    

    @property
    def rdl_desc(self) -> str:
        return "Service category."
    
    
    

    
    
class vcnic_regs_VC_PARAM_tx_en_0xfcbfe4adf83956c0d4cbb04ffec075d90ca6d4c4e202bc75618548128c4faf85_cls(FieldAsyncReadWrite):
    """
    Class to represent a register field in the register model

    +--------------+-------------------------------------------------------------------------+
    | SystemRDL    | Value                                                                   |
    | Field        |                                                                         |
    +==============+=========================================================================+
    | Description  | .. raw:: html                                                           |
    |              |                                                                         |
    |              |      <p>Transmit enabled (TRANSMIT_VC).</p>                             |
    +--------------+-------------------------------------------------------------------------+
    """
    __slots__ : list[str] = []

    

    
    

    @property
    def rdl_desc(self) -> str:
        return "Transmit enabled (TRANSMIT_VC)."
    
    
    

    
    
class vcnic_regs_VC_PARAM_rx_en_0x3469c311bb1b5c5820f33c233019460fde2d1757de6fa30f6b03fa748eb5f54c_cls(FieldAsyncReadWrite):
    """
    Class to represent a register field in the register model

    +--------------+-------------------------------------------------------------------------+
    | SystemRDL    | Value                                                                   |
    | Field        |                                                                         |
    +==============+=========================================================================+
    | Description  | .. raw:: html                                                           |
    |              |                                                                         |
    |              |      <p>Receive enabled (RECEIVE_VC).</p>                               |
    +--------------+-------------------------------------------------------------------------+
    """
    __slots__ : list[str] = []

    

    
    

    @property
    def rdl_desc(self) -> str:
        return "Receive enabled (RECEIVE_VC)."
    
    
    

    
    
class vcnic_regs_VC_PARAM_rx_errored_0x2df5521336854de812f6a9742c00b3c3becd0af71be4b6c254dfba8493be37b7_cls(FieldAsyncReadWrite):
    """
    Class to represent a register field in the register model

    +--------------+-------------------------------------------------------------------------+
    | SystemRDL    | Value                                                                   |
    | Field        |                                                                         |
    +==============+=========================================================================+
    | Description  | .. raw:: html                                                           |
    |              |                                                                         |
    |              |      <p>Deliver errored PDUs (CRC, length) on host RX with their status |
    |              |      instead of only counting them.</p>                                 |
    +--------------+-------------------------------------------------------------------------+
    """
    __slots__ : list[str] = []

    

    
    

    @property
    def rdl_desc(self) -> str:
        return "Deliver errored PDUs (CRC, length) on host RX with their status instead of only counting them."
    
    
    

    
    
class vcnic_regs_VC_PARAM_clp_0xa9ac8d38351625ef0672ca201420c79a9d001e6a02d91fe3b06ba64ae8795661_cls(FieldAsyncReadWrite):
    """
    Class to represent a register field in the register model

    +--------------+-------------------------------------------------------------------------+
    | SystemRDL    | Value                                                                   |
    | Field        |                                                                         |
    +==============+=========================================================================+
    | Description  | .. raw:: html                                                           |
    |              |                                                                         |
    |              |      <p>CLP bit of every cell sent on this VC.</p>                      |
    +--------------+-------------------------------------------------------------------------+
    """
    __slots__ : list[str] = []

    

    
    

    @property
    def rdl_desc(self) -> str:
        return "CLP bit of every cell sent on this VC."
    
    
    

    
    
class vcnic_regs_VC_MAX_SDU_max_sdu_0xd9d1f4886e96207095f2bcca4129b242765807e056529612991beae84479a805_cls(FieldAsyncReadWrite):
    """
    Class to represent a register field in the register model

    +--------------+-------------------------------------------------------------------------+
    | SystemRDL    | Value                                                                   |
    | Field        |                                                                         |
    +==============+=========================================================================+
    | Description  | .. raw:: html                                                           |
    |              |                                                                         |
    |              |      <p>Largest SDU in bytes, 1..65535, both directions.</p>            |
    +--------------+-------------------------------------------------------------------------+
    """
    __slots__ : list[str] = []

    

    
    

    @property
    def rdl_desc(self) -> str:
        return "Largest SDU in bytes, 1..65535, both directions."
    
    
    

    
    
class vcnic_regs_VC_CMD_opcode_0x845095aa62c84fc775994788285f2c0b1a9417a0b8c57d49142be894f54d383f_cls(FieldEnumAsyncReadWrite):
    """
    Class to represent a register field in the register model

    
    """
    __slots__ : list[str] = []

    

    
    

    
    
    

    
    
class vcnic_regs_VC_CMD_busy_0x50db29d30c9ad8b9455c4e9a9e292bb278599f048c3da287d7e053b5cfd4e8d7_cls(FieldAsyncReadOnly):
    """
    Class to represent a register field in the register model

    +--------------+-------------------------------------------------------------------------+
    | SystemRDL    | Value                                                                   |
    | Field        |                                                                         |
    +==============+=========================================================================+
    | Description  | .. raw:: html                                                           |
    |              |                                                                         |
    |              |      <p>Command in progress.</p>                                        |
    +--------------+-------------------------------------------------------------------------+
    """
    __slots__ : list[str] = []

    

    
    

    @property
    def rdl_desc(self) -> str:
        return "Command in progress."
    
    
    


if __name__ == '__main__':
    pass