

"""
Python Wrapper for the vcnic_regs register model

This code was generated from the PeakRDL-python package version 4.0.0

"""










from typing import Iterator
from typing import Union
from typing import overload
from typing import Literal
from typing import Any
from typing import NoReturn
from typing import Type

from ...lib import Node, NodeArray, Base
from ...lib import UDPStruct

from ...lib import AsyncMemory
from ...lib import AsyncAddressMap
from ...lib import AsyncRegFile
from ...lib import MemoryAsyncReadOnly, MemoryAsyncWriteOnly, MemoryAsyncReadWrite
from ...lib import AsyncReg
from ...lib import RegAsyncReadOnly, RegAsyncWriteOnly, RegAsyncReadWrite
from ...lib import RegAsyncReadOnlyArray, RegAsyncWriteOnlyArray, RegAsyncReadWriteArray
from ...lib import ReadableAsyncMemory, WritableAsyncMemory
from ...lib import FieldAsyncReadOnly, FieldAsyncWriteOnly, FieldAsyncReadWrite, Field
from ...lib import FieldEnumAsyncReadOnly, FieldEnumAsyncWriteOnly, FieldEnumAsyncReadWrite
from ...lib import FieldSizeProps, FieldMiscProps






from .fields import vcnic_regs_CAP_VC_num_vc_0x337f99318016972d662897b1c9c98b4ed8b1175736fcb9c5798619447ba35584_cls
from .fields import vcnic_regs_CAP_VC_vpi_bits_0x894a4de98f905d29b29b891277082c00cfc094a3cf76c78f58a4fc2e551144fa_cls
from .fields import vcnic_regs_CAP_VC_vci_bits_0xeb382dbe0463da525f674a8663ffb540412f74a14d4b05dd219df1379641c186_cls
from .fields import vcnic_regs_CAP_VC_cbr_slots_0xdbbe3a426bbd12be1e00f422b9301f1211cc90cecdce4188173cf007fcfaf41a_cls
from .fields import vcnic_regs_CAP_BUF_rx_buf_cells_0xd26c08055acf5507978bbeba3006955c1cc03873fe285a58b59482a4f3688c05_cls
from .fields import vcnic_regs_CAP_BUF_tx_buf_cells_0x7a10f2bb8d3a3c8c1ef3432489245418c5d2ec243e799a0e95679fc202f99eac_cls
from .fields import vcnic_regs_CAP_DP_data_width_0x24247f8d553217d93cdca5800ad110e0a9c4955ad384e0dc25bba41ba51eb7fd_cls
from .fields import vcnic_regs_CAP_DP_aal_types_0x6717c109054b68cf55aa3d8d619bf7f916967b9a595d7fb2af5f5a769029e5b0_cls
from .fields import vcnic_regs_CAP_DP_service_cats_0xff30b0f1f9965654538a8df2d9b429f2cbfff2a6f272c4e4b0bc37571aafb73c_cls
from .fields import vcnic_regs_CTRL_enable_0x971120c8274589df969250ea46794360f1b194046d2291b05ac3da7ccdacf45f_cls
from .fields import vcnic_regs_CTRL_loopback_0xf570b70ff256f7108df739abaf732b96a194b3e67beab4e2e702246e742f2af7_cls
from .fields import vcnic_regs_CTRL_soft_reset_0x1b17a26016bd4c3d8b833c3a0e87792179fd93cdb54eef0188410e847d855315_cls
from .fields import vcnic_regs_CTRL_snapshot_0x1a04d9a70a726c9a958f9888cbf64a1321d43cadebd956de1ccae14d527729c0_cls
from .fields import vcnic_regs_CTRL_hec_correct_0x193b70bc81112fd5f48c39fd358d1cbef8d3a30f5d64f58e9534c345a2ddf7b6_cls
from .fields import vcnic_regs_CTRL_nni_0x6b2cd3b55cee992893f6f5ddf295ed55b53c8601afd442e53b647918229e7c95_cls
from .fields import vcnic_regs_STATUS_rx_free_0x856d5d0da37cf28573f0db6c3e14b652da41f4f50c872fd900b757abd2f65369_cls
from .fields import vcnic_regs_STATUS_tx_free_0x7eb57259e2b9b39594e16d6ace7aa51637a3b89e454589ee872e2acace1f6e5e_cls
from .fields import vcnic_regs_INT_STATUS_cmd_done_0xd697a0f5d0d94054d6836478e71dba9ec2d58b90ebe1a277e891177ba281d8b3_cls
from .fields import vcnic_regs_INT_STATUS_rx_pdu_0xae40ad6570a13dca6eb44e6d2519687c4f11baf3207addab0ccb30bc54ea7b80_cls
from .fields import vcnic_regs_INT_STATUS_rx_error_0x2ffcb068ba7db0580f6a23099ce1653875b6da4bb925b40f8ab6433382d1dbad_cls
from .fields import vcnic_regs_INT_STATUS_tx_cpl_0x2a9c4e41bb79f8c496d886075b8c8a033a35dcfe81d99ab7efe710bb1f16dce2_cls
from .fields import vcnic_regs_INT_STATUS_cmd_overrun_0x4525d7dd7df9b04655049545b8646f9c6dee49ae2b7f55719ae1da82b3678a50_cls
from .fields import vcnic_regs_INT_STATUS_cell_drop_0xc91251166f4b88a5a8acb29428b057e05a443cb043b7bcec108d0fc76eab57ca_cls
from .fields import vcnic_regs_ro32_r_value_0x1409c5d5188da3b399345117c4e75bf5f3c15fcb3fc1f5e7f90b7c36c1831901_cls
from .fields import vcnic_regs_ro32_r_value_0xd4074817d8ec328094253aee08529f7e90a04562cf2e4094c4778c60c7f651b3_cls
from .fields import vcnic_regs_ro32_r_value_0x8c2e5340d2135a1197745b3212fd5d2d377430f65ad4fe17c74789f0dee2b8fa_cls
from .fields import vcnic_regs_ro32_r_value_0xd90d1274be733bed97404631ffe1dd7b304b805139cb3cc0f42dbe9ced0b1aab_cls
from .fields import vcnic_regs_ro32_r_value_0x691dfd2903b7f640d7d2ee4ba061823a066f7540e3e9b26466e13c1d801a8868_cls
from .fields import vcnic_regs_ro32_r_value_0x2f6562b617505daf8a2b2311bf0c050388a83876b4cc726e82f577e270f0feaa_cls
from .fields import vcnic_regs_ro32_r_value_0xfe1a50568e6ad970caabe7dc592ca633ff9f28dbe8a319785e2a501bb8eca1c6_cls
from .fields import vcnic_regs_ro32_r_value_0xe643ed326f7bc648c0e1e7b8073b97034ed5f2295661747662ec53409a1f83c0_cls
from .fields import vcnic_regs_ro32_r_value_0x4808fd6dd5d28d99dd1407c501cc32a93291f6fa264b5558bb3052d0e559ef5b_cls
from .fields import vcnic_regs_ro32_r_value_0xc3888c53c74504a9a9399148f06773cf057219ec0418aaec7979bb919fa8e0a3_cls
from .fields import vcnic_regs_ro32_r_value_0xa3f40bbd605d95c7c67fa25a7872178f0647d24c90e2cebb2a06d208d91c94bf_cls
from .fields import vcnic_regs_ro32_r_value_0xa0136e75bdad7c6e600a2e5eea9857e421033a5a6b0591551796ae2d083775a0_cls
from .fields import vcnic_regs_ro32_r_value_0x402c839c8ff7a93b42c3821081211fce60df4d8a054dcdab344465062c5ad1ee_cls
from .fields import vcnic_regs_ro32_r_value_0x2a77231c09b1a3eb99b2aa96206615acf2a8ad1481c13356727ce17fe5eb467_cls
from .fields import vcnic_regs_ro32_r_value_0xf2c67fe6ce11cb975172efad7ba28318df69825b56e11f985792ea4203ede372_cls

# register definitions
    
    
class vcnic_regs_ID_0xccf117d088d439b0639d8b7df9446ec772e84c7700f593a52c04f915e9f44b4c_cls(RegAsyncReadOnly):
    """
    Class to represent a register in the register model

    +--------------+-------------------------------------------------------------------------+
    | SystemRDL    | Value                                                                   |
    | Field        |                                                                         |
    +==============+=========================================================================+
    | Name         | .. raw:: html                                                           |
    |              |                                                                         |
    |              |      Core ID                                                            |
    +--------------+-------------------------------------------------------------------------+
    | Description  | .. raw:: html                                                           |
    |              |                                                                         |
    |              |      <p>Constant 0x56434E49 ('VCNI'). A driver refuses a core with      |
    |              |      another ID.</p>                                                    |
    +--------------+-------------------------------------------------------------------------+
    """

    __slots__ : list[str] = ['__id']

    def __init__(self,
                 address: int,
                 logger_handle: str,
                 inst_name: str,
                 parent: Union[AsyncAddressMap,AsyncRegFile,ReadableAsyncMemory]):

        super().__init__(address=address,
                         logger_handle=logger_handle,
                         inst_name=inst_name,
                         parent=parent)

        # build the field attributes
        
        self.__id:FieldAsyncReadOnly = FieldAsyncReadOnly(
            parent_register=self,
            size_props=FieldSizeProps(
                width=32,
                lsb=0, msb=31,
                low=0, high=31),
            misc_props=FieldMiscProps(
                default=1447251529,
                is_volatile=False),
            logger_handle=logger_handle+'.id',
            inst_name='id',
            field_type=int)

    @property
    def width(self) -> int:
        return 32

    @property
    def accesswidth(self) -> int:
        return 32

    
    
    def register_value( # type: ignore[override]
        self, *,id : int,) -> int:
        return super().register_value(id=id,)
    

    

    

    # build the properties for the fields
    
    @property
    def id(self) -> FieldAsyncReadOnly:
        """
        Property to access id field of the register

        
        """
        return self.__id

    
    @property
    def systemrdl_python_child_name_map(self) -> dict[str, str]:
        return {'id':'id',
            }

    
    
    
    
    
    
                
    def get_child_by_system_rdl_name(self, name: Any) -> 'FieldAsyncReadOnly':
        return super().get_child_by_system_rdl_name(name)
                
    


    

    
    

    @property
    def rdl_name(self) -> str:
        return "Core ID"
    @property
    def rdl_desc(self) -> str:
        return "Constant 0x56434E49 (\u0027VCNI\u0027). A driver refuses a core with another ID."
    
    

    
    def __iter__(self) -> Iterator[Union[FieldAsyncReadOnly,FieldAsyncWriteOnly,FieldAsyncReadWrite]]:
        
        
        yield self.id
        
        
    

    
    
class vcnic_regs_VERSION_0xf2f8b81ae0b8d7d41c6bee61491cb5b782cdd601046c291e7bf5586b5aa1bead_cls(RegAsyncReadOnly):
    """
    Class to represent a register in the register model

    +--------------+-------------------------------------------------------------------------+
    | SystemRDL    | Value                                                                   |
    | Field        |                                                                         |
    +==============+=========================================================================+
    | Name         | .. raw:: html                                                           |
    |              |                                                                         |
    |              |      Version                                                            |
    +--------------+-------------------------------------------------------------------------+
    | Description  | .. raw:: html                                                           |
    |              |                                                                         |
    |              |      <p>A driver refuses a major version it does not know.</p>          |
    +--------------+-------------------------------------------------------------------------+
    """

    __slots__ : list[str] = ['__minor', '__major']

    def __init__(self,
                 address: int,
                 logger_handle: str,
                 inst_name: str,
                 parent: Union[AsyncAddressMap,AsyncRegFile,ReadableAsyncMemory]):

        super().__init__(address=address,
                         logger_handle=logger_handle,
                         inst_name=inst_name,
                         parent=parent)

        # build the field attributes
        
        self.__minor:FieldAsyncReadOnly = FieldAsyncReadOnly(
            parent_register=self,
            size_props=FieldSizeProps(
                width=16,
                lsb=0, msb=15,
                low=0, high=15),
            misc_props=FieldMiscProps(
                default=0,
                is_volatile=False),
            logger_handle=logger_handle+'.minor',
            inst_name='minor',
            field_type=int)
        self.__major:FieldAsyncReadOnly = FieldAsyncReadOnly(
            parent_register=self,
            size_props=FieldSizeProps(
                width=16,
                lsb=16, msb=31,
                low=16, high=31),
            misc_props=FieldMiscProps(
                default=1,
                is_volatile=False),
            logger_handle=logger_handle+'.major',
            inst_name='major',
            field_type=int)

    @property
    def width(self) -> int:
        return 32

    @property
    def accesswidth(self) -> int:
        return 32

    
    
    def register_value( # type: ignore[override]
        self, *,minor : int,major : int,) -> int:
        return super().register_value(minor=minor,major=major,)
    

    

    

    # build the properties for the fields
    
    @property
    def minor(self) -> FieldAsyncReadOnly:
        """
        Property to access minor field of the register

        
        """
        return self.__minor
    @property
    def major(self) -> FieldAsyncReadOnly:
        """
        Property to access major field of the register

        
        """
        return self.__major

    
    @property
    def systemrdl_python_child_name_map(self) -> dict[str, str]:
        return {'minor':'minor','major':'major',
            }

    
    
    
    
    
    
    # nodes:2
                
    @overload
    def get_child_by_system_rdl_name(self, name: Literal["minor"]) -> 'FieldAsyncReadOnly': ...
                
                
    @overload
    def get_child_by_system_rdl_name(self, name: Literal["major"]) -> 'FieldAsyncReadOnly': ...
                

    @overload
    def get_child_by_system_rdl_name(self, name: str) -> Union['FieldAsyncReadOnly', 'FieldAsyncReadOnly', ]: ...

    def get_child_by_system_rdl_name(self, name: Any) -> Any:
        return super().get_child_by_system_rdl_name(name)
    


    

    
    

    @property
    def rdl_name(self) -> str:
        return "Version"
    @property
    def rdl_desc(self) -> str:
        return "A driver refuses a major version it does not know."
    
    

    
    def __iter__(self) -> Iterator[Union[FieldAsyncReadOnly,FieldAsyncWriteOnly,FieldAsyncReadWrite]]:
        
        
        yield self.minor
        yield self.major
        
        
    

    
    
class vcnic_regs_CAP_VC_0xe0e6a1f968113430557e1c75fe64321904672aa0283174baa2079b3171165df0_cls(RegAsyncReadOnly):
    """
    Class to represent a register in the register model

    +--------------+-------------------------------------------------------------------------+
    | SystemRDL    | Value                                                                   |
    | Field        |                                                                         |
    +==============+=========================================================================+
    | Name         | .. raw:: html                                                           |
    |              |                                                                         |
    |              |      Capabilities: VCs                                                  |
    +--------------+-------------------------------------------------------------------------+
    """

    __slots__ : list[str] = ['__num_vc', '__vpi_bits', '__vci_bits', '__cbr_slots']

    def __init__(self,
                 address: int,
                 logger_handle: str,
                 inst_name: str,
                 parent: Union[AsyncAddressMap,AsyncRegFile,ReadableAsyncMemory]):

        super().__init__(address=address,
                         logger_handle=logger_handle,
                         inst_name=inst_name,
                         parent=parent)

        # build the field attributes
        
        self.__num_vc:vcnic_regs_CAP_VC_num_vc_0x337f99318016972d662897b1c9c98b4ed8b1175736fcb9c5798619447ba35584_cls = vcnic_regs_CAP_VC_num_vc_0x337f99318016972d662897b1c9c98b4ed8b1175736fcb9c5798619447ba35584_cls(
            parent_register=self,
            size_props=FieldSizeProps(
                width=16,
                lsb=0, msb=15,
                low=0, high=15),
            misc_props=FieldMiscProps(
                default=None,
                is_volatile=True),
            logger_handle=logger_handle+'.num_vc',
            inst_name='num_vc',
            field_type=int)
        self.__vpi_bits:vcnic_regs_CAP_VC_vpi_bits_0x894a4de98f905d29b29b891277082c00cfc094a3cf76c78f58a4fc2e551144fa_cls = vcnic_regs_CAP_VC_vpi_bits_0x894a4de98f905d29b29b891277082c00cfc094a3cf76c78f58a4fc2e551144fa_cls(
            parent_register=self,
            size_props=FieldSizeProps(
                width=4,
                lsb=16, msb=19,
                low=16, high=19),
            misc_props=FieldMiscProps(
                default=None,
                is_volatile=True),
            logger_handle=logger_handle+'.vpi_bits',
            inst_name='vpi_bits',
            field_type=int)
        self.__vci_bits:vcnic_regs_CAP_VC_vci_bits_0xeb382dbe0463da525f674a8663ffb540412f74a14d4b05dd219df1379641c186_cls = vcnic_regs_CAP_VC_vci_bits_0xeb382dbe0463da525f674a8663ffb540412f74a14d4b05dd219df1379641c186_cls(
            parent_register=self,
            size_props=FieldSizeProps(
                width=5,
                lsb=20, msb=24,
                low=20, high=24),
            misc_props=FieldMiscProps(
                default=None,
                is_volatile=True),
            logger_handle=logger_handle+'.vci_bits',
            inst_name='vci_bits',
            field_type=int)
        self.__cbr_slots:vcnic_regs_CAP_VC_cbr_slots_0xdbbe3a426bbd12be1e00f422b9301f1211cc90cecdce4188173cf007fcfaf41a_cls = vcnic_regs_CAP_VC_cbr_slots_0xdbbe3a426bbd12be1e00f422b9301f1211cc90cecdce4188173cf007fcfaf41a_cls(
            parent_register=self,
            size_props=FieldSizeProps(
                width=7,
                lsb=25, msb=31,
                low=25, high=31),
            misc_props=FieldMiscProps(
                default=None,
                is_volatile=True),
            logger_handle=logger_handle+'.cbr_slots',
            inst_name='cbr_slots',
            field_type=int)

    @property
    def width(self) -> int:
        return 32

    @property
    def accesswidth(self) -> int:
        return 32

    
    
    def register_value( # type: ignore[override]
        self, *,num_vc : int,vpi_bits : int,vci_bits : int,cbr_slots : int,) -> int:
        return super().register_value(num_vc=num_vc,vpi_bits=vpi_bits,vci_bits=vci_bits,cbr_slots=cbr_slots,)
    

    

    

    # build the properties for the fields
    
    @property
    def num_vc(self) -> vcnic_regs_CAP_VC_num_vc_0x337f99318016972d662897b1c9c98b4ed8b1175736fcb9c5798619447ba35584_cls:
        """
        Property to access num_vc field of the register

        +--------------+-------------------------------------------------------------------------+
        | SystemRDL    | Value                                                                   |
        | Field        |                                                                         |
        +==============+=========================================================================+
        | Description  | .. raw:: html                                                           |
        |              |                                                                         |
        |              |      <p>NUM_VC parameter.</p>                                           |
        +--------------+-------------------------------------------------------------------------+
        """
        return self.__num_vc
    @property
    def vpi_bits(self) -> vcnic_regs_CAP_VC_vpi_bits_0x894a4de98f905d29b29b891277082c00cfc094a3cf76c78f58a4fc2e551144fa_cls:
        """
        Property to access vpi_bits field of the register

        +--------------+-------------------------------------------------------------------------+
        | SystemRDL    | Value                                                                   |
        | Field        |                                                                         |
        +==============+=========================================================================+
        | Description  | .. raw:: html                                                           |
        |              |                                                                         |
        |              |      <p>VPI bits matched (8 UNI, 12 NNI).</p>                           |
        +--------------+-------------------------------------------------------------------------+
        """
        return self.__vpi_bits
    @property
    def vci_bits(self) -> vcnic_regs_CAP_VC_vci_bits_0xeb382dbe0463da525f674a8663ffb540412f74a14d4b05dd219df1379641c186_cls:
        """
        Property to access vci_bits field of the register

        +--------------+-------------------------------------------------------------------------+
        | SystemRDL    | Value                                                                   |
        | Field        |                                                                         |
        +==============+=========================================================================+
        | Description  | .. raw:: html                                                           |
        |              |                                                                         |
        |              |      <p>VCI bits matched (16).</p>                                      |
        +--------------+-------------------------------------------------------------------------+
        """
        return self.__vci_bits
    @property
    def cbr_slots(self) -> vcnic_regs_CAP_VC_cbr_slots_0xdbbe3a426bbd12be1e00f422b9301f1211cc90cecdce4188173cf007fcfaf41a_cls:
        """
        Property to access cbr_slots field of the register

        +--------------+-------------------------------------------------------------------------+
        | SystemRDL    | Value                                                                   |
        | Field        |                                                                         |
        +==============+=========================================================================+
        | Description  | .. raw:: html                                                           |
        |              |                                                                         |
        |              |      <p>CBR scheduler slots (NUM_CBR): most CBR VCs active at once.</p> |
        +--------------+-------------------------------------------------------------------------+
        """
        return self.__cbr_slots

    
    @property
    def systemrdl_python_child_name_map(self) -> dict[str, str]:
        return {'num_vc':'num_vc','vpi_bits':'vpi_bits','vci_bits':'vci_bits','cbr_slots':'cbr_slots',
            }

    
    
    
    
    
    
    # nodes:4
                
    @overload
    def get_child_by_system_rdl_name(self, name: Literal["num_vc"]) -> 'vcnic_regs_CAP_VC_num_vc_0x337f99318016972d662897b1c9c98b4ed8b1175736fcb9c5798619447ba35584_cls': ...
                
                
    @overload
    def get_child_by_system_rdl_name(self, name: Literal["vpi_bits"]) -> 'vcnic_regs_CAP_VC_vpi_bits_0x894a4de98f905d29b29b891277082c00cfc094a3cf76c78f58a4fc2e551144fa_cls': ...
                
                
    @overload
    def get_child_by_system_rdl_name(self, name: Literal["vci_bits"]) -> 'vcnic_regs_CAP_VC_vci_bits_0xeb382dbe0463da525f674a8663ffb540412f74a14d4b05dd219df1379641c186_cls': ...
                
                
    @overload
    def get_child_by_system_rdl_name(self, name: Literal["cbr_slots"]) -> 'vcnic_regs_CAP_VC_cbr_slots_0xdbbe3a426bbd12be1e00f422b9301f1211cc90cecdce4188173cf007fcfaf41a_cls': ...
                

    @overload
    def get_child_by_system_rdl_name(self, name: str) -> Union['vcnic_regs_CAP_VC_num_vc_0x337f99318016972d662897b1c9c98b4ed8b1175736fcb9c5798619447ba35584_cls', 'vcnic_regs_CAP_VC_vpi_bits_0x894a4de98f905d29b29b891277082c00cfc094a3cf76c78f58a4fc2e551144fa_cls', 'vcnic_regs_CAP_VC_vci_bits_0xeb382dbe0463da525f674a8663ffb540412f74a14d4b05dd219df1379641c186_cls', 'vcnic_regs_CAP_VC_cbr_slots_0xdbbe3a426bbd12be1e00f422b9301f1211cc90cecdce4188173cf007fcfaf41a_cls', ]: ...

    def get_child_by_system_rdl_name(self, name: Any) -> Any:
        return super().get_child_by_system_rdl_name(name)
    


    

    
    

    @property
    def rdl_name(self) -> str:
        return "Capabilities: VCs"
    
    

    
    def __iter__(self) -> Iterator[Union[FieldAsyncReadOnly,FieldAsyncWriteOnly,FieldAsyncReadWrite]]:
        
        
        yield self.num_vc
        yield self.vpi_bits
        yield self.vci_bits
        yield self.cbr_slots
        
        
    

    
    
class vcnic_regs_CAP_BUF_0x5d722e872b7ca3134ce1cf2c209297ca4eed6432a4e875cb2dbf8ce12781e352_cls(RegAsyncReadOnly):
    """
    Class to represent a register in the register model

    +--------------+-------------------------------------------------------------------------+
    | SystemRDL    | Value                                                                   |
    | Field        |                                                                         |
    +==============+=========================================================================+
    | Name         | .. raw:: html                                                           |
    |              |                                                                         |
    |              |      Capabilities: buffers                                              |
    +--------------+-------------------------------------------------------------------------+
    """

    __slots__ : list[str] = ['__rx_buf_cells', '__tx_buf_cells']

    def __init__(self,
                 address: int,
                 logger_handle: str,
                 inst_name: str,
                 parent: Union[AsyncAddressMap,AsyncRegFile,ReadableAsyncMemory]):

        super().__init__(address=address,
                         logger_handle=logger_handle,
                         inst_name=inst_name,
                         parent=parent)

        # build the field attributes
        
        self.__rx_buf_cells:vcnic_regs_CAP_BUF_rx_buf_cells_0xd26c08055acf5507978bbeba3006955c1cc03873fe285a58b59482a4f3688c05_cls = vcnic_regs_CAP_BUF_rx_buf_cells_0xd26c08055acf5507978bbeba3006955c1cc03873fe285a58b59482a4f3688c05_cls(
            parent_register=self,
            size_props=FieldSizeProps(
                width=16,
                lsb=0, msb=15,
                low=0, high=15),
            misc_props=FieldMiscProps(
                default=None,
                is_volatile=True),
            logger_handle=logger_handle+'.rx_buf_cells',
            inst_name='rx_buf_cells',
            field_type=int)
        self.__tx_buf_cells:vcnic_regs_CAP_BUF_tx_buf_cells_0x7a10f2bb8d3a3c8c1ef3432489245418c5d2ec243e799a0e95679fc202f99eac_cls = vcnic_regs_CAP_BUF_tx_buf_cells_0x7a10f2bb8d3a3c8c1ef3432489245418c5d2ec243e799a0e95679fc202f99eac_cls(
            parent_register=self,
            size_props=FieldSizeProps(
                width=16,
                lsb=16, msb=31,
                low=16, high=31),
            misc_props=FieldMiscProps(
                default=None,
                is_volatile=True),
            logger_handle=logger_handle+'.tx_buf_cells',
            inst_name='tx_buf_cells',
            field_type=int)

    @property
    def width(self) -> int:
        return 32

    @property
    def accesswidth(self) -> int:
        return 32

    
    
    def register_value( # type: ignore[override]
        self, *,rx_buf_cells : int,tx_buf_cells : int,) -> int:
        return super().register_value(rx_buf_cells=rx_buf_cells,tx_buf_cells=tx_buf_cells,)
    

    

    

    # build the properties for the fields
    
    @property
    def rx_buf_cells(self) -> vcnic_regs_CAP_BUF_rx_buf_cells_0xd26c08055acf5507978bbeba3006955c1cc03873fe285a58b59482a4f3688c05_cls:
        """
        Property to access rx_buf_cells field of the register

        +--------------+-------------------------------------------------------------------------+
        | SystemRDL    | Value                                                                   |
        | Field        |                                                                         |
        +==============+=========================================================================+
        | Description  | .. raw:: html                                                           |
        |              |                                                                         |
        |              |      <p>RX buffer size in cells.</p>                                    |
        +--------------+-------------------------------------------------------------------------+
        """
        return self.__rx_buf_cells
    @property
    def tx_buf_cells(self) -> vcnic_regs_CAP_BUF_tx_buf_cells_0x7a10f2bb8d3a3c8c1ef3432489245418c5d2ec243e799a0e95679fc202f99eac_cls:
        """
        Property to access tx_buf_cells field of the register

        +--------------+-------------------------------------------------------------------------+
        | SystemRDL    | Value                                                                   |
        | Field        |                                                                         |
        +==============+=========================================================================+
        | Description  | .. raw:: html                                                           |
        |              |                                                                         |
        |              |      <p>TX buffer size in cells.</p>                                    |
        +--------------+-------------------------------------------------------------------------+
        """
        return self.__tx_buf_cells

    
    @property
    def systemrdl_python_child_name_map(self) -> dict[str, str]:
        return {'rx_buf_cells':'rx_buf_cells','tx_buf_cells':'tx_buf_cells',
            }

    
    
    
    
    
    
    # nodes:2
                
    @overload
    def get_child_by_system_rdl_name(self, name: Literal["rx_buf_cells"]) -> 'vcnic_regs_CAP_BUF_rx_buf_cells_0xd26c08055acf5507978bbeba3006955c1cc03873fe285a58b59482a4f3688c05_cls': ...
                
                
    @overload
    def get_child_by_system_rdl_name(self, name: Literal["tx_buf_cells"]) -> 'vcnic_regs_CAP_BUF_tx_buf_cells_0x7a10f2bb8d3a3c8c1ef3432489245418c5d2ec243e799a0e95679fc202f99eac_cls': ...
                

    @overload
    def get_child_by_system_rdl_name(self, name: str) -> Union['vcnic_regs_CAP_BUF_rx_buf_cells_0xd26c08055acf5507978bbeba3006955c1cc03873fe285a58b59482a4f3688c05_cls', 'vcnic_regs_CAP_BUF_tx_buf_cells_0x7a10f2bb8d3a3c8c1ef3432489245418c5d2ec243e799a0e95679fc202f99eac_cls', ]: ...

    def get_child_by_system_rdl_name(self, name: Any) -> Any:
        return super().get_child_by_system_rdl_name(name)
    


    

    
    

    @property
    def rdl_name(self) -> str:
        return "Capabilities: buffers"
    
    

    
    def __iter__(self) -> Iterator[Union[FieldAsyncReadOnly,FieldAsyncWriteOnly,FieldAsyncReadWrite]]:
        
        
        yield self.rx_buf_cells
        yield self.tx_buf_cells
        
        
    

    
    
class vcnic_regs_CAP_DP_0x3d3fa0ac521c3b38327e5cae4940ea165b3e99981d8486d6c08af7202bbaa010_cls(RegAsyncReadOnly):
    """
    Class to represent a register in the register model

    +--------------+-------------------------------------------------------------------------+
    | SystemRDL    | Value                                                                   |
    | Field        |                                                                         |
    +==============+=========================================================================+
    | Name         | .. raw:: html                                                           |
    |              |                                                                         |
    |              |      Capabilities: datapath                                             |
    +--------------+-------------------------------------------------------------------------+
    """

    __slots__ : list[str] = ['__data_width', '__aal_types', '__service_cats']

    def __init__(self,
                 address: int,
                 logger_handle: str,
                 inst_name: str,
                 parent: Union[AsyncAddressMap,AsyncRegFile,ReadableAsyncMemory]):

        super().__init__(address=address,
                         logger_handle=logger_handle,
                         inst_name=inst_name,
                         parent=parent)

        # build the field attributes
        
        self.__data_width:vcnic_regs_CAP_DP_data_width_0x24247f8d553217d93cdca5800ad110e0a9c4955ad384e0dc25bba41ba51eb7fd_cls = vcnic_regs_CAP_DP_data_width_0x24247f8d553217d93cdca5800ad110e0a9c4955ad384e0dc25bba41ba51eb7fd_cls(
            parent_register=self,
            size_props=FieldSizeProps(
                width=8,
                lsb=0, msb=7,
                low=0, high=7),
            misc_props=FieldMiscProps(
                default=None,
                is_volatile=True),
            logger_handle=logger_handle+'.data_width',
            inst_name='data_width',
            field_type=int)
        self.__aal_types:vcnic_regs_CAP_DP_aal_types_0x6717c109054b68cf55aa3d8d619bf7f916967b9a595d7fb2af5f5a769029e5b0_cls = vcnic_regs_CAP_DP_aal_types_0x6717c109054b68cf55aa3d8d619bf7f916967b9a595d7fb2af5f5a769029e5b0_cls(
            parent_register=self,
            size_props=FieldSizeProps(
                width=8,
                lsb=8, msb=15,
                low=8, high=15),
            misc_props=FieldMiscProps(
                default=None,
                is_volatile=True),
            logger_handle=logger_handle+'.aal_types',
            inst_name='aal_types',
            field_type=int)
        self.__service_cats:vcnic_regs_CAP_DP_service_cats_0xff30b0f1f9965654538a8df2d9b429f2cbfff2a6f272c4e4b0bc37571aafb73c_cls = vcnic_regs_CAP_DP_service_cats_0xff30b0f1f9965654538a8df2d9b429f2cbfff2a6f272c4e4b0bc37571aafb73c_cls(
            parent_register=self,
            size_props=FieldSizeProps(
                width=8,
                lsb=16, msb=23,
                low=16, high=23),
            misc_props=FieldMiscProps(
                default=None,
                is_volatile=True),
            logger_handle=logger_handle+'.service_cats',
            inst_name='service_cats',
            field_type=int)

    @property
    def width(self) -> int:
        return 32

    @property
    def accesswidth(self) -> int:
        return 32

    
    
    def register_value( # type: ignore[override]
        self, *,data_width : int,aal_types : int,service_cats : int,) -> int:
        return super().register_value(data_width=data_width,aal_types=aal_types,service_cats=service_cats,)
    

    

    

    # build the properties for the fields
    
    @property
    def data_width(self) -> vcnic_regs_CAP_DP_data_width_0x24247f8d553217d93cdca5800ad110e0a9c4955ad384e0dc25bba41ba51eb7fd_cls:
        """
        Property to access data_width field of the register

        +--------------+-------------------------------------------------------------------------+
        | SystemRDL    | Value                                                                   |
        | Field        |                                                                         |
        +==============+=========================================================================+
        | Description  | .. raw:: html                                                           |
        |              |                                                                         |
        |              |      <p>Line and host stream width in bits.</p>                         |
        +--------------+-------------------------------------------------------------------------+
        """
        return self.__data_width
    @property
    def aal_types(self) -> vcnic_regs_CAP_DP_aal_types_0x6717c109054b68cf55aa3d8d619bf7f916967b9a595d7fb2af5f5a769029e5b0_cls:
        """
        Property to access aal_types field of the register

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
        return self.__aal_types
    @property
    def service_cats(self) -> vcnic_regs_CAP_DP_service_cats_0xff30b0f1f9965654538a8df2d9b429f2cbfff2a6f272c4e4b0bc37571aafb73c_cls:
        """
        Property to access service_cats field of the register

        +--------------+-------------------------------------------------------------------------+
        | SystemRDL    | Value                                                                   |
        | Field        |                                                                         |
        +==============+=========================================================================+
        | Description  | .. raw:: html                                                           |
        |              |                                                                         |
        |              |      <p>Supported service categories, OID bits (CBR 0x1 | UBR 0x4).</p> |
        +--------------+-------------------------------------------------------------------------+
        """
        return self.__service_cats

    
    @property
    def systemrdl_python_child_name_map(self) -> dict[str, str]:
        return {'data_width':'data_width','aal_types':'aal_types','service_cats':'service_cats',
            }

    
    
    
    
    
    
    # nodes:3
                
    @overload
    def get_child_by_system_rdl_name(self, name: Literal["data_width"]) -> 'vcnic_regs_CAP_DP_data_width_0x24247f8d553217d93cdca5800ad110e0a9c4955ad384e0dc25bba41ba51eb7fd_cls': ...
                
                
    @overload
    def get_child_by_system_rdl_name(self, name: Literal["aal_types"]) -> 'vcnic_regs_CAP_DP_aal_types_0x6717c109054b68cf55aa3d8d619bf7f916967b9a595d7fb2af5f5a769029e5b0_cls': ...
                
                
    @overload
    def get_child_by_system_rdl_name(self, name: Literal["service_cats"]) -> 'vcnic_regs_CAP_DP_service_cats_0xff30b0f1f9965654538a8df2d9b429f2cbfff2a6f272c4e4b0bc37571aafb73c_cls': ...
                

    @overload
    def get_child_by_system_rdl_name(self, name: str) -> Union['vcnic_regs_CAP_DP_data_width_0x24247f8d553217d93cdca5800ad110e0a9c4955ad384e0dc25bba41ba51eb7fd_cls', 'vcnic_regs_CAP_DP_aal_types_0x6717c109054b68cf55aa3d8d619bf7f916967b9a595d7fb2af5f5a769029e5b0_cls', 'vcnic_regs_CAP_DP_service_cats_0xff30b0f1f9965654538a8df2d9b429f2cbfff2a6f272c4e4b0bc37571aafb73c_cls', ]: ...

    def get_child_by_system_rdl_name(self, name: Any) -> Any:
        return super().get_child_by_system_rdl_name(name)
    


    

    
    

    @property
    def rdl_name(self) -> str:
        return "Capabilities: datapath"
    
    

    
    def __iter__(self) -> Iterator[Union[FieldAsyncReadOnly,FieldAsyncWriteOnly,FieldAsyncReadWrite]]:
        
        
        yield self.data_width
        yield self.aal_types
        yield self.service_cats
        
        
    

    
    
class vcnic_regs_LINK_RATE_0x7b4a16e0543d1883b0730ceb4663a4c7b6d3c2e568ae5af0b170fc0c5ef55d31_cls(RegAsyncReadOnly):
    """
    Class to represent a register in the register model

    +--------------+-------------------------------------------------------------------------+
    | SystemRDL    | Value                                                                   |
    | Field        |                                                                         |
    +==============+=========================================================================+
    | Name         | .. raw:: html                                                           |
    |              |                                                                         |
    |              |      Link cell rate                                                     |
    +--------------+-------------------------------------------------------------------------+
    | Description  | .. raw:: html                                                           |
    |              |                                                                         |
    |              |      <p>Cells per second of one line cell slot (LINK_RATE parameter,    |
    |              |      default 353207 = OC-3c). A CBR VC's GCRA increment is LINK_RATE /  |
    |              |      PCR slots.</p>                                                     |
    +--------------+-------------------------------------------------------------------------+
    """

    __slots__ : list[str] = ['__cells_per_s']

    def __init__(self,
                 address: int,
                 logger_handle: str,
                 inst_name: str,
                 parent: Union[AsyncAddressMap,AsyncRegFile,ReadableAsyncMemory]):

        super().__init__(address=address,
                         logger_handle=logger_handle,
                         inst_name=inst_name,
                         parent=parent)

        # build the field attributes
        
        self.__cells_per_s:FieldAsyncReadOnly = FieldAsyncReadOnly(
            parent_register=self,
            size_props=FieldSizeProps(
                width=32,
                lsb=0, msb=31,
                low=0, high=31),
            misc_props=FieldMiscProps(
                default=None,
                is_volatile=True),
            logger_handle=logger_handle+'.cells_per_s',
            inst_name='cells_per_s',
            field_type=int)

    @property
    def width(self) -> int:
        return 32

    @property
    def accesswidth(self) -> int:
        return 32

    
    
    def register_value( # type: ignore[override]
        self, *,cells_per_s : int,) -> int:
        return super().register_value(cells_per_s=cells_per_s,)
    

    

    

    # build the properties for the fields
    
    @property
    def cells_per_s(self) -> FieldAsyncReadOnly:
        """
        Property to access cells_per_s field of the register

        
        """
        return self.__cells_per_s

    
    @property
    def systemrdl_python_child_name_map(self) -> dict[str, str]:
        return {'cells_per_s':'cells_per_s',
            }

    
    
    
    
    
    
                
    def get_child_by_system_rdl_name(self, name: Any) -> 'FieldAsyncReadOnly':
        return super().get_child_by_system_rdl_name(name)
                
    


    

    
    

    @property
    def rdl_name(self) -> str:
        return "Link cell rate"
    @property
    def rdl_desc(self) -> str:
        return "Cells per second of one line cell slot (LINK_RATE parameter, default 353207 = OC-3c). A CBR VC\u0027s GCRA increment is LINK_RATE / PCR slots."
    
    

    
    def __iter__(self) -> Iterator[Union[FieldAsyncReadOnly,FieldAsyncWriteOnly,FieldAsyncReadWrite]]:
        
        
        yield self.cells_per_s
        
        
    

    
    
class vcnic_regs_CTRL_0xc813198be753984aaf8905d8c76e2b63b896f40ed840f21e09eda581ed0f794e_cls(RegAsyncReadWrite):
    """
    Class to represent a register in the register model

    +--------------+-------------------------------------------------------------------------+
    | SystemRDL    | Value                                                                   |
    | Field        |                                                                         |
    +==============+=========================================================================+
    | Name         | .. raw:: html                                                           |
    |              |                                                                         |
    |              |      Control                                                            |
    +--------------+-------------------------------------------------------------------------+
    """

    __slots__ : list[str] = ['__enable', '__loopback', '__soft_reset', '__snapshot', '__hec_correct', '__nni']

    def __init__(self,
                 address: int,
                 logger_handle: str,
                 inst_name: str,
                 parent: Union[AsyncAddressMap,AsyncRegFile,MemoryAsyncReadWrite]):

        super().__init__(address=address,
                         logger_handle=logger_handle,
                         inst_name=inst_name,
                         parent=parent)

        # build the field attributes
        
        self.__enable:vcnic_regs_CTRL_enable_0x971120c8274589df969250ea46794360f1b194046d2291b05ac3da7ccdacf45f_cls = vcnic_regs_CTRL_enable_0x971120c8274589df969250ea46794360f1b194046d2291b05ac3da7ccdacf45f_cls(
            parent_register=self,
            size_props=FieldSizeProps(
                width=1,
                lsb=0, msb=0,
                low=0, high=0),
            misc_props=FieldMiscProps(
                default=0,
                is_volatile=False),
            logger_handle=logger_handle+'.enable',
            inst_name='enable',
            field_type=int)
        self.__loopback:vcnic_regs_CTRL_loopback_0xf570b70ff256f7108df739abaf732b96a194b3e67beab4e2e702246e742f2af7_cls = vcnic_regs_CTRL_loopback_0xf570b70ff256f7108df739abaf732b96a194b3e67beab4e2e702246e742f2af7_cls(
            parent_register=self,
            size_props=FieldSizeProps(
                width=1,
                lsb=1, msb=1,
                low=1, high=1),
            misc_props=FieldMiscProps(
                default=0,
                is_volatile=False),
            logger_handle=logger_handle+'.loopback',
            inst_name='loopback',
            field_type=int)
        self.__soft_reset:vcnic_regs_CTRL_soft_reset_0x1b17a26016bd4c3d8b833c3a0e87792179fd93cdb54eef0188410e847d855315_cls = vcnic_regs_CTRL_soft_reset_0x1b17a26016bd4c3d8b833c3a0e87792179fd93cdb54eef0188410e847d855315_cls(
            parent_register=self,
            size_props=FieldSizeProps(
                width=1,
                lsb=2, msb=2,
                low=2, high=2),
            misc_props=FieldMiscProps(
                default=0,
                is_volatile=False),
            logger_handle=logger_handle+'.soft_reset',
            inst_name='soft_reset',
            field_type=int)
        self.__snapshot:vcnic_regs_CTRL_snapshot_0x1a04d9a70a726c9a958f9888cbf64a1321d43cadebd956de1ccae14d527729c0_cls = vcnic_regs_CTRL_snapshot_0x1a04d9a70a726c9a958f9888cbf64a1321d43cadebd956de1ccae14d527729c0_cls(
            parent_register=self,
            size_props=FieldSizeProps(
                width=1,
                lsb=3, msb=3,
                low=3, high=3),
            misc_props=FieldMiscProps(
                default=0,
                is_volatile=False),
            logger_handle=logger_handle+'.snapshot',
            inst_name='snapshot',
            field_type=int)
        self.__hec_correct:vcnic_regs_CTRL_hec_correct_0x193b70bc81112fd5f48c39fd358d1cbef8d3a30f5d64f58e9534c345a2ddf7b6_cls = vcnic_regs_CTRL_hec_correct_0x193b70bc81112fd5f48c39fd358d1cbef8d3a30f5d64f58e9534c345a2ddf7b6_cls(
            parent_register=self,
            size_props=FieldSizeProps(
                width=1,
                lsb=4, msb=4,
                low=4, high=4),
            misc_props=FieldMiscProps(
                default=1,
                is_volatile=False),
            logger_handle=logger_handle+'.hec_correct',
            inst_name='hec_correct',
            field_type=int)
        self.__nni:vcnic_regs_CTRL_nni_0x6b2cd3b55cee992893f6f5ddf295ed55b53c8601afd442e53b647918229e7c95_cls = vcnic_regs_CTRL_nni_0x6b2cd3b55cee992893f6f5ddf295ed55b53c8601afd442e53b647918229e7c95_cls(
            parent_register=self,
            size_props=FieldSizeProps(
                width=1,
                lsb=5, msb=5,
                low=5, high=5),
            misc_props=FieldMiscProps(
                default=0,
                is_volatile=False),
            logger_handle=logger_handle+'.nni',
            inst_name='nni',
            field_type=int)

    @property
    def width(self) -> int:
        return 32

    @property
    def accesswidth(self) -> int:
        return 32

    
    
    def register_value( # type: ignore[override]
        self, *,enable : int,loopback : int,soft_reset : int,snapshot : int,hec_correct : int,nni : int,) -> int:
        return super().register_value(enable=enable,loopback=loopback,soft_reset=soft_reset,snapshot=snapshot,hec_correct=hec_correct,nni=nni,)
    

    

    
         
            
    async def write_all_fields_without_read( # type: ignore[override]
        self, *,enable : int,loopback : int,soft_reset : int,snapshot : int,hec_correct : int,nni : int,) -> None:
        return await super().write_all_fields_without_read(enable=enable,loopback=loopback,soft_reset=soft_reset,snapshot=snapshot,hec_correct=hec_correct,nni=nni,)
         
    

    # build the properties for the fields
    
    @property
    def enable(self) -> vcnic_regs_CTRL_enable_0x971120c8274589df969250ea46794360f1b194046d2291b05ac3da7ccdacf45f_cls:
        """
        Property to access enable field of the register

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
        return self.__enable
    @property
    def loopback(self) -> vcnic_regs_CTRL_loopback_0xf570b70ff256f7108df739abaf732b96a194b3e67beab4e2e702246e742f2af7_cls:
        """
        Property to access loopback field of the register

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
        return self.__loopback
    @property
    def soft_reset(self) -> vcnic_regs_CTRL_soft_reset_0x1b17a26016bd4c3d8b833c3a0e87792179fd93cdb54eef0188410e847d855315_cls:
        """
        Property to access soft_reset field of the register

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
        return self.__soft_reset
    @property
    def snapshot(self) -> vcnic_regs_CTRL_snapshot_0x1a04d9a70a726c9a958f9888cbf64a1321d43cadebd956de1ccae14d527729c0_cls:
        """
        Property to access snapshot field of the register

        +--------------+-------------------------------------------------------------------------+
        | SystemRDL    | Value                                                                   |
        | Field        |                                                                         |
        +==============+=========================================================================+
        | Description  | .. raw:: html                                                           |
        |              |                                                                         |
        |              |      <p>Latch every global counter into its register.</p>               |
        +--------------+-------------------------------------------------------------------------+
        """
        return self.__snapshot
    @property
    def hec_correct(self) -> vcnic_regs_CTRL_hec_correct_0x193b70bc81112fd5f48c39fd358d1cbef8d3a30f5d64f58e9534c345a2ddf7b6_cls:
        """
        Property to access hec_correct field of the register

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
        return self.__hec_correct
    @property
    def nni(self) -> vcnic_regs_CTRL_nni_0x6b2cd3b55cee992893f6f5ddf295ed55b53c8601afd442e53b647918229e7c95_cls:
        """
        Property to access nni field of the register

        +--------------+-------------------------------------------------------------------------+
        | SystemRDL    | Value                                                                   |
        | Field        |                                                                         |
        +==============+=========================================================================+
        | Description  | .. raw:: html                                                           |
        |              |                                                                         |
        |              |      <p>NNI header format (12-bit VPI, no GFC) instead of UNI.</p>      |
        +--------------+-------------------------------------------------------------------------+
        """
        return self.__nni

    
    @property
    def systemrdl_python_child_name_map(self) -> dict[str, str]:
        return {'enable':'enable','loopback':'loopback','soft_reset':'soft_reset','snapshot':'snapshot','hec_correct':'hec_correct','nni':'nni',
            }

    
    
    
    
    
    
    # nodes:6
                
    @overload
    def get_child_by_system_rdl_name(self, name: Literal["enable"]) -> 'vcnic_regs_CTRL_enable_0x971120c8274589df969250ea46794360f1b194046d2291b05ac3da7ccdacf45f_cls': ...
                
                
    @overload
    def get_child_by_system_rdl_name(self, name: Literal["loopback"]) -> 'vcnic_regs_CTRL_loopback_0xf570b70ff256f7108df739abaf732b96a194b3e67beab4e2e702246e742f2af7_cls': ...
                
                
    @overload
    def get_child_by_system_rdl_name(self, name: Literal["soft_reset"]) -> 'vcnic_regs_CTRL_soft_reset_0x1b17a26016bd4c3d8b833c3a0e87792179fd93cdb54eef0188410e847d855315_cls': ...
                
                
    @overload
    def get_child_by_system_rdl_name(self, name: Literal["snapshot"]) -> 'vcnic_regs_CTRL_snapshot_0x1a04d9a70a726c9a958f9888cbf64a1321d43cadebd956de1ccae14d527729c0_cls': ...
                
                
    @overload
    def get_child_by_system_rdl_name(self, name: Literal["hec_correct"]) -> 'vcnic_regs_CTRL_hec_correct_0x193b70bc81112fd5f48c39fd358d1cbef8d3a30f5d64f58e9534c345a2ddf7b6_cls': ...
                
                
    @overload
    def get_child_by_system_rdl_name(self, name: Literal["nni"]) -> 'vcnic_regs_CTRL_nni_0x6b2cd3b55cee992893f6f5ddf295ed55b53c8601afd442e53b647918229e7c95_cls': ...
                

    @overload
    def get_child_by_system_rdl_name(self, name: str) -> Union['vcnic_regs_CTRL_enable_0x971120c8274589df969250ea46794360f1b194046d2291b05ac3da7ccdacf45f_cls', 'vcnic_regs_CTRL_loopback_0xf570b70ff256f7108df739abaf732b96a194b3e67beab4e2e702246e742f2af7_cls', 'vcnic_regs_CTRL_soft_reset_0x1b17a26016bd4c3d8b833c3a0e87792179fd93cdb54eef0188410e847d855315_cls', 'vcnic_regs_CTRL_snapshot_0x1a04d9a70a726c9a958f9888cbf64a1321d43cadebd956de1ccae14d527729c0_cls', 'vcnic_regs_CTRL_hec_correct_0x193b70bc81112fd5f48c39fd358d1cbef8d3a30f5d64f58e9534c345a2ddf7b6_cls', 'vcnic_regs_CTRL_nni_0x6b2cd3b55cee992893f6f5ddf295ed55b53c8601afd442e53b647918229e7c95_cls', ]: ...

    def get_child_by_system_rdl_name(self, name: Any) -> Any:
        return super().get_child_by_system_rdl_name(name)
    


    

    
    

    @property
    def rdl_name(self) -> str:
        return "Control"
    
    

    
    def __iter__(self) -> Iterator[Union[FieldAsyncReadOnly,FieldAsyncWriteOnly,FieldAsyncReadWrite]]:
        
        
        yield self.enable
        yield self.loopback
        yield self.soft_reset
        yield self.snapshot
        yield self.hec_correct
        yield self.nni
        
        
    

    
    
class vcnic_regs_STATUS_0x1df3871674e57ca52dbafe859440e5ed726dfe56eb8d2df8ab2ae6a029956224_cls(RegAsyncReadOnly):
    """
    Class to represent a register in the register model

    +--------------+-------------------------------------------------------------------------+
    | SystemRDL    | Value                                                                   |
    | Field        |                                                                         |
    +==============+=========================================================================+
    | Name         | .. raw:: html                                                           |
    |              |                                                                         |
    |              |      Status                                                             |
    +--------------+-------------------------------------------------------------------------+
    """

    __slots__ : list[str] = ['__rx_free', '__tx_free']

    def __init__(self,
                 address: int,
                 logger_handle: str,
                 inst_name: str,
                 parent: Union[AsyncAddressMap,AsyncRegFile,ReadableAsyncMemory]):

        super().__init__(address=address,
                         logger_handle=logger_handle,
                         inst_name=inst_name,
                         parent=parent)

        # build the field attributes
        
        self.__rx_free:vcnic_regs_STATUS_rx_free_0x856d5d0da37cf28573f0db6c3e14b652da41f4f50c872fd900b757abd2f65369_cls = vcnic_regs_STATUS_rx_free_0x856d5d0da37cf28573f0db6c3e14b652da41f4f50c872fd900b757abd2f65369_cls(
            parent_register=self,
            size_props=FieldSizeProps(
                width=16,
                lsb=0, msb=15,
                low=0, high=15),
            misc_props=FieldMiscProps(
                default=None,
                is_volatile=True),
            logger_handle=logger_handle+'.rx_free',
            inst_name='rx_free',
            field_type=int)
        self.__tx_free:vcnic_regs_STATUS_tx_free_0x7eb57259e2b9b39594e16d6ace7aa51637a3b89e454589ee872e2acace1f6e5e_cls = vcnic_regs_STATUS_tx_free_0x7eb57259e2b9b39594e16d6ace7aa51637a3b89e454589ee872e2acace1f6e5e_cls(
            parent_register=self,
            size_props=FieldSizeProps(
                width=16,
                lsb=16, msb=31,
                low=16, high=31),
            misc_props=FieldMiscProps(
                default=None,
                is_volatile=True),
            logger_handle=logger_handle+'.tx_free',
            inst_name='tx_free',
            field_type=int)

    @property
    def width(self) -> int:
        return 32

    @property
    def accesswidth(self) -> int:
        return 32

    
    
    def register_value( # type: ignore[override]
        self, *,rx_free : int,tx_free : int,) -> int:
        return super().register_value(rx_free=rx_free,tx_free=tx_free,)
    

    

    

    # build the properties for the fields
    
    @property
    def rx_free(self) -> vcnic_regs_STATUS_rx_free_0x856d5d0da37cf28573f0db6c3e14b652da41f4f50c872fd900b757abd2f65369_cls:
        """
        Property to access rx_free field of the register

        +--------------+-------------------------------------------------------------------------+
        | SystemRDL    | Value                                                                   |
        | Field        |                                                                         |
        +==============+=========================================================================+
        | Description  | .. raw:: html                                                           |
        |              |                                                                         |
        |              |      <p>Free RX buffer cells.</p>                                       |
        +--------------+-------------------------------------------------------------------------+
        """
        return self.__rx_free
    @property
    def tx_free(self) -> vcnic_regs_STATUS_tx_free_0x7eb57259e2b9b39594e16d6ace7aa51637a3b89e454589ee872e2acace1f6e5e_cls:
        """
        Property to access tx_free field of the register

        +--------------+-------------------------------------------------------------------------+
        | SystemRDL    | Value                                                                   |
        | Field        |                                                                         |
        +==============+=========================================================================+
        | Description  | .. raw:: html                                                           |
        |              |                                                                         |
        |              |      <p>Free TX buffer cells.</p>                                       |
        +--------------+-------------------------------------------------------------------------+
        """
        return self.__tx_free

    
    @property
    def systemrdl_python_child_name_map(self) -> dict[str, str]:
        return {'rx_free':'rx_free','tx_free':'tx_free',
            }

    
    
    
    
    
    
    # nodes:2
                
    @overload
    def get_child_by_system_rdl_name(self, name: Literal["rx_free"]) -> 'vcnic_regs_STATUS_rx_free_0x856d5d0da37cf28573f0db6c3e14b652da41f4f50c872fd900b757abd2f65369_cls': ...
                
                
    @overload
    def get_child_by_system_rdl_name(self, name: Literal["tx_free"]) -> 'vcnic_regs_STATUS_tx_free_0x7eb57259e2b9b39594e16d6ace7aa51637a3b89e454589ee872e2acace1f6e5e_cls': ...
                

    @overload
    def get_child_by_system_rdl_name(self, name: str) -> Union['vcnic_regs_STATUS_rx_free_0x856d5d0da37cf28573f0db6c3e14b652da41f4f50c872fd900b757abd2f65369_cls', 'vcnic_regs_STATUS_tx_free_0x7eb57259e2b9b39594e16d6ace7aa51637a3b89e454589ee872e2acace1f6e5e_cls', ]: ...

    def get_child_by_system_rdl_name(self, name: Any) -> Any:
        return super().get_child_by_system_rdl_name(name)
    


    

    
    

    @property
    def rdl_name(self) -> str:
        return "Status"
    
    

    
    def __iter__(self) -> Iterator[Union[FieldAsyncReadOnly,FieldAsyncWriteOnly,FieldAsyncReadWrite]]:
        
        
        yield self.rx_free
        yield self.tx_free
        
        
    

    
    
class vcnic_regs_INT_STATUS_0x405ef941086f3045a81a1ec60b06a28c5cc3989099e8d2db810bfac16a83e73b_cls(RegAsyncReadWrite):
    """
    Class to represent a register in the register model

    +--------------+-------------------------------------------------------------------------+
    | SystemRDL    | Value                                                                   |
    | Field        |                                                                         |
    +==============+=========================================================================+
    | Name         | .. raw:: html                                                           |
    |              |                                                                         |
    |              |      Interrupt status                                                   |
    +--------------+-------------------------------------------------------------------------+
    | Description  | .. raw:: html                                                           |
    |              |                                                                         |
    |              |      <p>Write 1 to clear. Write the whole register with a mask (a field |
    |              |      write would read-modify-write and clear every set bit).</p>        |
    +--------------+-------------------------------------------------------------------------+
    """

    __slots__ : list[str] = ['__cmd_done', '__rx_pdu', '__rx_error', '__tx_cpl', '__cmd_overrun', '__cell_drop']

    def __init__(self,
                 address: int,
                 logger_handle: str,
                 inst_name: str,
                 parent: Union[AsyncAddressMap,AsyncRegFile,MemoryAsyncReadWrite]):

        super().__init__(address=address,
                         logger_handle=logger_handle,
                         inst_name=inst_name,
                         parent=parent)

        # build the field attributes
        
        self.__cmd_done:vcnic_regs_INT_STATUS_cmd_done_0xd697a0f5d0d94054d6836478e71dba9ec2d58b90ebe1a277e891177ba281d8b3_cls = vcnic_regs_INT_STATUS_cmd_done_0xd697a0f5d0d94054d6836478e71dba9ec2d58b90ebe1a277e891177ba281d8b3_cls(
            parent_register=self,
            size_props=FieldSizeProps(
                width=1,
                lsb=0, msb=0,
                low=0, high=0),
            misc_props=FieldMiscProps(
                default=0,
                is_volatile=False),
            logger_handle=logger_handle+'.cmd_done',
            inst_name='cmd_done',
            field_type=int)
        self.__rx_pdu:vcnic_regs_INT_STATUS_rx_pdu_0xae40ad6570a13dca6eb44e6d2519687c4f11baf3207addab0ccb30bc54ea7b80_cls = vcnic_regs_INT_STATUS_rx_pdu_0xae40ad6570a13dca6eb44e6d2519687c4f11baf3207addab0ccb30bc54ea7b80_cls(
            parent_register=self,
            size_props=FieldSizeProps(
                width=1,
                lsb=1, msb=1,
                low=1, high=1),
            misc_props=FieldMiscProps(
                default=0,
                is_volatile=False),
            logger_handle=logger_handle+'.rx_pdu',
            inst_name='rx_pdu',
            field_type=int)
        self.__rx_error:vcnic_regs_INT_STATUS_rx_error_0x2ffcb068ba7db0580f6a23099ce1653875b6da4bb925b40f8ab6433382d1dbad_cls = vcnic_regs_INT_STATUS_rx_error_0x2ffcb068ba7db0580f6a23099ce1653875b6da4bb925b40f8ab6433382d1dbad_cls(
            parent_register=self,
            size_props=FieldSizeProps(
                width=1,
                lsb=2, msb=2,
                low=2, high=2),
            misc_props=FieldMiscProps(
                default=0,
                is_volatile=False),
            logger_handle=logger_handle+'.rx_error',
            inst_name='rx_error',
            field_type=int)
        self.__tx_cpl:vcnic_regs_INT_STATUS_tx_cpl_0x2a9c4e41bb79f8c496d886075b8c8a033a35dcfe81d99ab7efe710bb1f16dce2_cls = vcnic_regs_INT_STATUS_tx_cpl_0x2a9c4e41bb79f8c496d886075b8c8a033a35dcfe81d99ab7efe710bb1f16dce2_cls(
            parent_register=self,
            size_props=FieldSizeProps(
                width=1,
                lsb=3, msb=3,
                low=3, high=3),
            misc_props=FieldMiscProps(
                default=0,
                is_volatile=False),
            logger_handle=logger_handle+'.tx_cpl',
            inst_name='tx_cpl',
            field_type=int)
        self.__cmd_overrun:vcnic_regs_INT_STATUS_cmd_overrun_0x4525d7dd7df9b04655049545b8646f9c6dee49ae2b7f55719ae1da82b3678a50_cls = vcnic_regs_INT_STATUS_cmd_overrun_0x4525d7dd7df9b04655049545b8646f9c6dee49ae2b7f55719ae1da82b3678a50_cls(
            parent_register=self,
            size_props=FieldSizeProps(
                width=1,
                lsb=4, msb=4,
                low=4, high=4),
            misc_props=FieldMiscProps(
                default=0,
                is_volatile=False),
            logger_handle=logger_handle+'.cmd_overrun',
            inst_name='cmd_overrun',
            field_type=int)
        self.__cell_drop:vcnic_regs_INT_STATUS_cell_drop_0xc91251166f4b88a5a8acb29428b057e05a443cb043b7bcec108d0fc76eab57ca_cls = vcnic_regs_INT_STATUS_cell_drop_0xc91251166f4b88a5a8acb29428b057e05a443cb043b7bcec108d0fc76eab57ca_cls(
            parent_register=self,
            size_props=FieldSizeProps(
                width=1,
                lsb=5, msb=5,
                low=5, high=5),
            misc_props=FieldMiscProps(
                default=0,
                is_volatile=False),
            logger_handle=logger_handle+'.cell_drop',
            inst_name='cell_drop',
            field_type=int)

    @property
    def width(self) -> int:
        return 32

    @property
    def accesswidth(self) -> int:
        return 32

    
    
    def register_value( # type: ignore[override]
        self, *,cmd_done : int,rx_pdu : int,rx_error : int,tx_cpl : int,cmd_overrun : int,cell_drop : int,) -> int:
        return super().register_value(cmd_done=cmd_done,rx_pdu=rx_pdu,rx_error=rx_error,tx_cpl=tx_cpl,cmd_overrun=cmd_overrun,cell_drop=cell_drop,)
    

    

    
         
            
    async def write_all_fields_without_read( # type: ignore[override]
        self, *,cmd_done : int,rx_pdu : int,rx_error : int,tx_cpl : int,cmd_overrun : int,cell_drop : int,) -> None:
        return await super().write_all_fields_without_read(cmd_done=cmd_done,rx_pdu=rx_pdu,rx_error=rx_error,tx_cpl=tx_cpl,cmd_overrun=cmd_overrun,cell_drop=cell_drop,)
         
    

    # build the properties for the fields
    
    @property
    def cmd_done(self) -> vcnic_regs_INT_STATUS_cmd_done_0xd697a0f5d0d94054d6836478e71dba9ec2d58b90ebe1a277e891177ba281d8b3_cls:
        """
        Property to access cmd_done field of the register

        +--------------+-------------------------------------------------------------------------+
        | SystemRDL    | Value                                                                   |
        | Field        |                                                                         |
        +==============+=========================================================================+
        | Description  | .. raw:: html                                                           |
        |              |                                                                         |
        |              |      <p>A command finished (DEACTIVATE completion, or any command).</p> |
        +--------------+-------------------------------------------------------------------------+
        """
        return self.__cmd_done
    @property
    def rx_pdu(self) -> vcnic_regs_INT_STATUS_rx_pdu_0xae40ad6570a13dca6eb44e6d2519687c4f11baf3207addab0ccb30bc54ea7b80_cls:
        """
        Property to access rx_pdu field of the register

        +--------------+-------------------------------------------------------------------------+
        | SystemRDL    | Value                                                                   |
        | Field        |                                                                         |
        +==============+=========================================================================+
        | Description  | .. raw:: html                                                           |
        |              |                                                                         |
        |              |      <p>A PDU was delivered on host RX.</p>                             |
        +--------------+-------------------------------------------------------------------------+
        """
        return self.__rx_pdu
    @property
    def rx_error(self) -> vcnic_regs_INT_STATUS_rx_error_0x2ffcb068ba7db0580f6a23099ce1653875b6da4bb925b40f8ab6433382d1dbad_cls:
        """
        Property to access rx_error field of the register

        +--------------+-------------------------------------------------------------------------+
        | SystemRDL    | Value                                                                   |
        | Field        |                                                                         |
        +==============+=========================================================================+
        | Description  | .. raw:: html                                                           |
        |              |                                                                         |
        |              |      <p>A received PDU had an error (counted).</p>                      |
        +--------------+-------------------------------------------------------------------------+
        """
        return self.__rx_error
    @property
    def tx_cpl(self) -> vcnic_regs_INT_STATUS_tx_cpl_0x2a9c4e41bb79f8c496d886075b8c8a033a35dcfe81d99ab7efe710bb1f16dce2_cls:
        """
        Property to access tx_cpl field of the register

        +--------------+-------------------------------------------------------------------------+
        | SystemRDL    | Value                                                                   |
        | Field        |                                                                         |
        +==============+=========================================================================+
        | Description  | .. raw:: html                                                           |
        |              |                                                                         |
        |              |      <p>A TX completion was posted.</p>                                 |
        +--------------+-------------------------------------------------------------------------+
        """
        return self.__tx_cpl
    @property
    def cmd_overrun(self) -> vcnic_regs_INT_STATUS_cmd_overrun_0x4525d7dd7df9b04655049545b8646f9c6dee49ae2b7f55719ae1da82b3678a50_cls:
        """
        Property to access cmd_overrun field of the register

        +--------------+-------------------------------------------------------------------------+
        | SystemRDL    | Value                                                                   |
        | Field        |                                                                         |
        +==============+=========================================================================+
        | Description  | .. raw:: html                                                           |
        |              |                                                                         |
        |              |      <p>A command was written while busy and ignored.</p>               |
        +--------------+-------------------------------------------------------------------------+
        """
        return self.__cmd_overrun
    @property
    def cell_drop(self) -> vcnic_regs_INT_STATUS_cell_drop_0xc91251166f4b88a5a8acb29428b057e05a443cb043b7bcec108d0fc76eab57ca_cls:
        """
        Property to access cell_drop field of the register

        +--------------+-------------------------------------------------------------------------+
        | SystemRDL    | Value                                                                   |
        | Field        |                                                                         |
        +==============+=========================================================================+
        | Description  | .. raw:: html                                                           |
        |              |                                                                         |
        |              |      <p>A cell was discarded (HEC or unknown VC).</p>                   |
        +--------------+-------------------------------------------------------------------------+
        """
        return self.__cell_drop

    
    @property
    def systemrdl_python_child_name_map(self) -> dict[str, str]:
        return {'cmd_done':'cmd_done','rx_pdu':'rx_pdu','rx_error':'rx_error','tx_cpl':'tx_cpl','cmd_overrun':'cmd_overrun','cell_drop':'cell_drop',
            }

    
    
    
    
    
    
    # nodes:6
                
    @overload
    def get_child_by_system_rdl_name(self, name: Literal["cmd_done"]) -> 'vcnic_regs_INT_STATUS_cmd_done_0xd697a0f5d0d94054d6836478e71dba9ec2d58b90ebe1a277e891177ba281d8b3_cls': ...
                
                
    @overload
    def get_child_by_system_rdl_name(self, name: Literal["rx_pdu"]) -> 'vcnic_regs_INT_STATUS_rx_pdu_0xae40ad6570a13dca6eb44e6d2519687c4f11baf3207addab0ccb30bc54ea7b80_cls': ...
                
                
    @overload
    def get_child_by_system_rdl_name(self, name: Literal["rx_error"]) -> 'vcnic_regs_INT_STATUS_rx_error_0x2ffcb068ba7db0580f6a23099ce1653875b6da4bb925b40f8ab6433382d1dbad_cls': ...
                
                
    @overload
    def get_child_by_system_rdl_name(self, name: Literal["tx_cpl"]) -> 'vcnic_regs_INT_STATUS_tx_cpl_0x2a9c4e41bb79f8c496d886075b8c8a033a35dcfe81d99ab7efe710bb1f16dce2_cls': ...
                
                
    @overload
    def get_child_by_system_rdl_name(self, name: Literal["cmd_overrun"]) -> 'vcnic_regs_INT_STATUS_cmd_overrun_0x4525d7dd7df9b04655049545b8646f9c6dee49ae2b7f55719ae1da82b3678a50_cls': ...
                
                
    @overload
    def get_child_by_system_rdl_name(self, name: Literal["cell_drop"]) -> 'vcnic_regs_INT_STATUS_cell_drop_0xc91251166f4b88a5a8acb29428b057e05a443cb043b7bcec108d0fc76eab57ca_cls': ...
                

    @overload
    def get_child_by_system_rdl_name(self, name: str) -> Union['vcnic_regs_INT_STATUS_cmd_done_0xd697a0f5d0d94054d6836478e71dba9ec2d58b90ebe1a277e891177ba281d8b3_cls', 'vcnic_regs_INT_STATUS_rx_pdu_0xae40ad6570a13dca6eb44e6d2519687c4f11baf3207addab0ccb30bc54ea7b80_cls', 'vcnic_regs_INT_STATUS_rx_error_0x2ffcb068ba7db0580f6a23099ce1653875b6da4bb925b40f8ab6433382d1dbad_cls', 'vcnic_regs_INT_STATUS_tx_cpl_0x2a9c4e41bb79f8c496d886075b8c8a033a35dcfe81d99ab7efe710bb1f16dce2_cls', 'vcnic_regs_INT_STATUS_cmd_overrun_0x4525d7dd7df9b04655049545b8646f9c6dee49ae2b7f55719ae1da82b3678a50_cls', 'vcnic_regs_INT_STATUS_cell_drop_0xc91251166f4b88a5a8acb29428b057e05a443cb043b7bcec108d0fc76eab57ca_cls', ]: ...

    def get_child_by_system_rdl_name(self, name: Any) -> Any:
        return super().get_child_by_system_rdl_name(name)
    


    

    
    

    @property
    def rdl_name(self) -> str:
        return "Interrupt status"
    @property
    def rdl_desc(self) -> str:
        return "Write 1 to clear. Write the whole register with a mask (a field write would read-modify-write and clear every set bit)."
    
    

    
    def __iter__(self) -> Iterator[Union[FieldAsyncReadOnly,FieldAsyncWriteOnly,FieldAsyncReadWrite]]:
        
        
        yield self.cmd_done
        yield self.rx_pdu
        yield self.rx_error
        yield self.tx_cpl
        yield self.cmd_overrun
        yield self.cell_drop
        
        
    

    
    
class vcnic_regs_INT_ENABLE_0x78fa7e6e4921df42733f07cc980722a1d44a9272380d6482c63a2e712c7bf838_cls(RegAsyncReadWrite):
    """
    Class to represent a register in the register model

    +--------------+-------------------------------------------------------------------------+
    | SystemRDL    | Value                                                                   |
    | Field        |                                                                         |
    +==============+=========================================================================+
    | Name         | .. raw:: html                                                           |
    |              |                                                                         |
    |              |      Interrupt enable                                                   |
    +--------------+-------------------------------------------------------------------------+
    | Description  | .. raw:: html                                                           |
    |              |                                                                         |
    |              |      <p>irq = |(INT_STATUS &amp; INT_ENABLE).</p>                       |
    +--------------+-------------------------------------------------------------------------+
    """

    __slots__ : list[str] = ['__cmd_done', '__rx_pdu', '__rx_error', '__tx_cpl', '__cmd_overrun', '__cell_drop']

    def __init__(self,
                 address: int,
                 logger_handle: str,
                 inst_name: str,
                 parent: Union[AsyncAddressMap,AsyncRegFile,MemoryAsyncReadWrite]):

        super().__init__(address=address,
                         logger_handle=logger_handle,
                         inst_name=inst_name,
                         parent=parent)

        # build the field attributes
        
        self.__cmd_done:FieldAsyncReadWrite = FieldAsyncReadWrite(
            parent_register=self,
            size_props=FieldSizeProps(
                width=1,
                lsb=0, msb=0,
                low=0, high=0),
            misc_props=FieldMiscProps(
                default=0,
                is_volatile=False),
            logger_handle=logger_handle+'.cmd_done',
            inst_name='cmd_done',
            field_type=int)
        self.__rx_pdu:FieldAsyncReadWrite = FieldAsyncReadWrite(
            parent_register=self,
            size_props=FieldSizeProps(
                width=1,
                lsb=1, msb=1,
                low=1, high=1),
            misc_props=FieldMiscProps(
                default=0,
                is_volatile=False),
            logger_handle=logger_handle+'.rx_pdu',
            inst_name='rx_pdu',
            field_type=int)
        self.__rx_error:FieldAsyncReadWrite = FieldAsyncReadWrite(
            parent_register=self,
            size_props=FieldSizeProps(
                width=1,
                lsb=2, msb=2,
                low=2, high=2),
            misc_props=FieldMiscProps(
                default=0,
                is_volatile=False),
            logger_handle=logger_handle+'.rx_error',
            inst_name='rx_error',
            field_type=int)
        self.__tx_cpl:FieldAsyncReadWrite = FieldAsyncReadWrite(
            parent_register=self,
            size_props=FieldSizeProps(
                width=1,
                lsb=3, msb=3,
                low=3, high=3),
            misc_props=FieldMiscProps(
                default=0,
                is_volatile=False),
            logger_handle=logger_handle+'.tx_cpl',
            inst_name='tx_cpl',
            field_type=int)
        self.__cmd_overrun:FieldAsyncReadWrite = FieldAsyncReadWrite(
            parent_register=self,
            size_props=FieldSizeProps(
                width=1,
                lsb=4, msb=4,
                low=4, high=4),
            misc_props=FieldMiscProps(
                default=0,
                is_volatile=False),
            logger_handle=logger_handle+'.cmd_overrun',
            inst_name='cmd_overrun',
            field_type=int)
        self.__cell_drop:FieldAsyncReadWrite = FieldAsyncReadWrite(
            parent_register=self,
            size_props=FieldSizeProps(
                width=1,
                lsb=5, msb=5,
                low=5, high=5),
            misc_props=FieldMiscProps(
                default=0,
                is_volatile=False),
            logger_handle=logger_handle+'.cell_drop',
            inst_name='cell_drop',
            field_type=int)

    @property
    def width(self) -> int:
        return 32

    @property
    def accesswidth(self) -> int:
        return 32

    
    
    def register_value( # type: ignore[override]
        self, *,cmd_done : int,rx_pdu : int,rx_error : int,tx_cpl : int,cmd_overrun : int,cell_drop : int,) -> int:
        return super().register_value(cmd_done=cmd_done,rx_pdu=rx_pdu,rx_error=rx_error,tx_cpl=tx_cpl,cmd_overrun=cmd_overrun,cell_drop=cell_drop,)
    

    

    
         
            
    async def write_all_fields_without_read( # type: ignore[override]
        self, *,cmd_done : int,rx_pdu : int,rx_error : int,tx_cpl : int,cmd_overrun : int,cell_drop : int,) -> None:
        return await super().write_all_fields_without_read(cmd_done=cmd_done,rx_pdu=rx_pdu,rx_error=rx_error,tx_cpl=tx_cpl,cmd_overrun=cmd_overrun,cell_drop=cell_drop,)
         
    

    # build the properties for the fields
    
    @property
    def cmd_done(self) -> FieldAsyncReadWrite:
        """
        Property to access cmd_done field of the register

        
        """
        return self.__cmd_done
    @property
    def rx_pdu(self) -> FieldAsyncReadWrite:
        """
        Property to access rx_pdu field of the register

        
        """
        return self.__rx_pdu
    @property
    def rx_error(self) -> FieldAsyncReadWrite:
        """
        Property to access rx_error field of the register

        
        """
        return self.__rx_error
    @property
    def tx_cpl(self) -> FieldAsyncReadWrite:
        """
        Property to access tx_cpl field of the register

        
        """
        return self.__tx_cpl
    @property
    def cmd_overrun(self) -> FieldAsyncReadWrite:
        """
        Property to access cmd_overrun field of the register

        
        """
        return self.__cmd_overrun
    @property
    def cell_drop(self) -> FieldAsyncReadWrite:
        """
        Property to access cell_drop field of the register

        
        """
        return self.__cell_drop

    
    @property
    def systemrdl_python_child_name_map(self) -> dict[str, str]:
        return {'cmd_done':'cmd_done','rx_pdu':'rx_pdu','rx_error':'rx_error','tx_cpl':'tx_cpl','cmd_overrun':'cmd_overrun','cell_drop':'cell_drop',
            }

    
    
    
    
    
    
    # nodes:6
                
    @overload
    def get_child_by_system_rdl_name(self, name: Literal["cmd_done"]) -> 'FieldAsyncReadWrite': ...
                
                
    @overload
    def get_child_by_system_rdl_name(self, name: Literal["rx_pdu"]) -> 'FieldAsyncReadWrite': ...
                
                
    @overload
    def get_child_by_system_rdl_name(self, name: Literal["rx_error"]) -> 'FieldAsyncReadWrite': ...
                
                
    @overload
    def get_child_by_system_rdl_name(self, name: Literal["tx_cpl"]) -> 'FieldAsyncReadWrite': ...
                
                
    @overload
    def get_child_by_system_rdl_name(self, name: Literal["cmd_overrun"]) -> 'FieldAsyncReadWrite': ...
                
                
    @overload
    def get_child_by_system_rdl_name(self, name: Literal["cell_drop"]) -> 'FieldAsyncReadWrite': ...
                

    @overload
    def get_child_by_system_rdl_name(self, name: str) -> Union['FieldAsyncReadWrite', 'FieldAsyncReadWrite', 'FieldAsyncReadWrite', 'FieldAsyncReadWrite', 'FieldAsyncReadWrite', 'FieldAsyncReadWrite', ]: ...

    def get_child_by_system_rdl_name(self, name: Any) -> Any:
        return super().get_child_by_system_rdl_name(name)
    


    

    
    

    @property
    def rdl_name(self) -> str:
        return "Interrupt enable"
    @property
    def rdl_desc(self) -> str:
        return "irq = |(INT_STATUS \u0026 INT_ENABLE)."
    
    

    
    def __iter__(self) -> Iterator[Union[FieldAsyncReadOnly,FieldAsyncWriteOnly,FieldAsyncReadWrite]]:
        
        
        yield self.cmd_done
        yield self.rx_pdu
        yield self.rx_error
        yield self.tx_cpl
        yield self.cmd_overrun
        yield self.cell_drop
        
        
    

    
    
class vcnic_regs_ro32_r_0x8f53d8c9b1da9b6d3c3dd7617e56019afc8af24c0c159a4d1d8d255b2979dcc5_cls(RegAsyncReadOnly):
    """
    Class to represent a register in the register model

    
    """

    __slots__ : list[str] = ['__value']

    def __init__(self,
                 address: int,
                 logger_handle: str,
                 inst_name: str,
                 parent: Union[AsyncAddressMap,AsyncRegFile,ReadableAsyncMemory]):

        super().__init__(address=address,
                         logger_handle=logger_handle,
                         inst_name=inst_name,
                         parent=parent)

        # build the field attributes
        
        self.__value:vcnic_regs_ro32_r_value_0x1409c5d5188da3b399345117c4e75bf5f3c15fcb3fc1f5e7f90b7c36c1831901_cls = vcnic_regs_ro32_r_value_0x1409c5d5188da3b399345117c4e75bf5f3c15fcb3fc1f5e7f90b7c36c1831901_cls(
            parent_register=self,
            size_props=FieldSizeProps(
                width=32,
                lsb=0, msb=31,
                low=0, high=31),
            misc_props=FieldMiscProps(
                default=None,
                is_volatile=True),
            logger_handle=logger_handle+'.value',
            inst_name='value',
            field_type=int)

    @property
    def width(self) -> int:
        return 32

    @property
    def accesswidth(self) -> int:
        return 32

    
    
    def register_value( # type: ignore[override]
        self, *,value : int,) -> int:
        return super().register_value(value=value,)
    

    

    

    # build the properties for the fields
    
    @property
    def value(self) -> vcnic_regs_ro32_r_value_0x1409c5d5188da3b399345117c4e75bf5f3c15fcb3fc1f5e7f90b7c36c1831901_cls:
        """
        Property to access value field of the register

        +--------------+-------------------------------------------------------------------------+
        | SystemRDL    | Value                                                                   |
        | Field        |                                                                         |
        +==============+=========================================================================+
        | Description  | .. raw:: html                                                           |
        |              |                                                                         |
        |              |      <p>Cells sent on line TX.</p>                                      |
        +--------------+-------------------------------------------------------------------------+
        """
        return self.__value

    
    @property
    def systemrdl_python_child_name_map(self) -> dict[str, str]:
        return {'value':'value',
            }

    
    
    
    
    
    
                
    def get_child_by_system_rdl_name(self, name: Any) -> 'vcnic_regs_ro32_r_value_0x1409c5d5188da3b399345117c4e75bf5f3c15fcb3fc1f5e7f90b7c36c1831901_cls':
        return super().get_child_by_system_rdl_name(name)
                
    


    

    
    

    
    

    
    def __iter__(self) -> Iterator[Union[FieldAsyncReadOnly,FieldAsyncWriteOnly,FieldAsyncReadWrite]]:
        
        
        yield self.value
        
        
    

    
    
class vcnic_regs_ro32_r_0xf54d173028716806dc4363126ebc603ba305631c963549e88af47109773f53e9_cls(RegAsyncReadOnly):
    """
    Class to represent a register in the register model

    
    """

    __slots__ : list[str] = ['__value']

    def __init__(self,
                 address: int,
                 logger_handle: str,
                 inst_name: str,
                 parent: Union[AsyncAddressMap,AsyncRegFile,ReadableAsyncMemory]):

        super().__init__(address=address,
                         logger_handle=logger_handle,
                         inst_name=inst_name,
                         parent=parent)

        # build the field attributes
        
        self.__value:vcnic_regs_ro32_r_value_0xd4074817d8ec328094253aee08529f7e90a04562cf2e4094c4778c60c7f651b3_cls = vcnic_regs_ro32_r_value_0xd4074817d8ec328094253aee08529f7e90a04562cf2e4094c4778c60c7f651b3_cls(
            parent_register=self,
            size_props=FieldSizeProps(
                width=32,
                lsb=0, msb=31,
                low=0, high=31),
            misc_props=FieldMiscProps(
                default=None,
                is_volatile=True),
            logger_handle=logger_handle+'.value',
            inst_name='value',
            field_type=int)

    @property
    def width(self) -> int:
        return 32

    @property
    def accesswidth(self) -> int:
        return 32

    
    
    def register_value( # type: ignore[override]
        self, *,value : int,) -> int:
        return super().register_value(value=value,)
    

    

    

    # build the properties for the fields
    
    @property
    def value(self) -> vcnic_regs_ro32_r_value_0xd4074817d8ec328094253aee08529f7e90a04562cf2e4094c4778c60c7f651b3_cls:
        """
        Property to access value field of the register

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
        return self.__value

    
    @property
    def systemrdl_python_child_name_map(self) -> dict[str, str]:
        return {'value':'value',
            }

    
    
    
    
    
    
                
    def get_child_by_system_rdl_name(self, name: Any) -> 'vcnic_regs_ro32_r_value_0xd4074817d8ec328094253aee08529f7e90a04562cf2e4094c4778c60c7f651b3_cls':
        return super().get_child_by_system_rdl_name(name)
                
    


    

    
    

    
    

    
    def __iter__(self) -> Iterator[Union[FieldAsyncReadOnly,FieldAsyncWriteOnly,FieldAsyncReadWrite]]:
        
        
        yield self.value
        
        
    

    
    
class vcnic_regs_ro32_r_0xe7a6c86095acfb00b2082f9fb8f2e01ae3b0d7e659b203e3855b7529f705a9b2_cls(RegAsyncReadOnly):
    """
    Class to represent a register in the register model

    
    """

    __slots__ : list[str] = ['__value']

    def __init__(self,
                 address: int,
                 logger_handle: str,
                 inst_name: str,
                 parent: Union[AsyncAddressMap,AsyncRegFile,ReadableAsyncMemory]):

        super().__init__(address=address,
                         logger_handle=logger_handle,
                         inst_name=inst_name,
                         parent=parent)

        # build the field attributes
        
        self.__value:vcnic_regs_ro32_r_value_0x8c2e5340d2135a1197745b3212fd5d2d377430f65ad4fe17c74789f0dee2b8fa_cls = vcnic_regs_ro32_r_value_0x8c2e5340d2135a1197745b3212fd5d2d377430f65ad4fe17c74789f0dee2b8fa_cls(
            parent_register=self,
            size_props=FieldSizeProps(
                width=32,
                lsb=0, msb=31,
                low=0, high=31),
            misc_props=FieldMiscProps(
                default=None,
                is_volatile=True),
            logger_handle=logger_handle+'.value',
            inst_name='value',
            field_type=int)

    @property
    def width(self) -> int:
        return 32

    @property
    def accesswidth(self) -> int:
        return 32

    
    
    def register_value( # type: ignore[override]
        self, *,value : int,) -> int:
        return super().register_value(value=value,)
    

    

    

    # build the properties for the fields
    
    @property
    def value(self) -> vcnic_regs_ro32_r_value_0x8c2e5340d2135a1197745b3212fd5d2d377430f65ad4fe17c74789f0dee2b8fa_cls:
        """
        Property to access value field of the register

        +--------------+-------------------------------------------------------------------------+
        | SystemRDL    | Value                                                                   |
        | Field        |                                                                         |
        +==============+=========================================================================+
        | Description  | .. raw:: html                                                           |
        |              |                                                                         |
        |              |      <p>Cells whose header a single-bit HEC correction repaired.</p>    |
        +--------------+-------------------------------------------------------------------------+
        """
        return self.__value

    
    @property
    def systemrdl_python_child_name_map(self) -> dict[str, str]:
        return {'value':'value',
            }

    
    
    
    
    
    
                
    def get_child_by_system_rdl_name(self, name: Any) -> 'vcnic_regs_ro32_r_value_0x8c2e5340d2135a1197745b3212fd5d2d377430f65ad4fe17c74789f0dee2b8fa_cls':
        return super().get_child_by_system_rdl_name(name)
                
    


    

    
    

    
    

    
    def __iter__(self) -> Iterator[Union[FieldAsyncReadOnly,FieldAsyncWriteOnly,FieldAsyncReadWrite]]:
        
        
        yield self.value
        
        
    

    
    
class vcnic_regs_ro32_r_0x54f97354af938170ec10b201256a9b75a26c7c3c5efcc6839cb3dcfcb94d5fb2_cls(RegAsyncReadOnly):
    """
    Class to represent a register in the register model

    
    """

    __slots__ : list[str] = ['__value']

    def __init__(self,
                 address: int,
                 logger_handle: str,
                 inst_name: str,
                 parent: Union[AsyncAddressMap,AsyncRegFile,ReadableAsyncMemory]):

        super().__init__(address=address,
                         logger_handle=logger_handle,
                         inst_name=inst_name,
                         parent=parent)

        # build the field attributes
        
        self.__value:vcnic_regs_ro32_r_value_0xd90d1274be733bed97404631ffe1dd7b304b805139cb3cc0f42dbe9ced0b1aab_cls = vcnic_regs_ro32_r_value_0xd90d1274be733bed97404631ffe1dd7b304b805139cb3cc0f42dbe9ced0b1aab_cls(
            parent_register=self,
            size_props=FieldSizeProps(
                width=32,
                lsb=0, msb=31,
                low=0, high=31),
            misc_props=FieldMiscProps(
                default=None,
                is_volatile=True),
            logger_handle=logger_handle+'.value',
            inst_name='value',
            field_type=int)

    @property
    def width(self) -> int:
        return 32

    @property
    def accesswidth(self) -> int:
        return 32

    
    
    def register_value( # type: ignore[override]
        self, *,value : int,) -> int:
        return super().register_value(value=value,)
    

    

    

    # build the properties for the fields
    
    @property
    def value(self) -> vcnic_regs_ro32_r_value_0xd90d1274be733bed97404631ffe1dd7b304b805139cb3cc0f42dbe9ced0b1aab_cls:
        """
        Property to access value field of the register

        +--------------+-------------------------------------------------------------------------+
        | SystemRDL    | Value                                                                   |
        | Field        |                                                                         |
        +==============+=========================================================================+
        | Description  | .. raw:: html                                                           |
        |              |                                                                         |
        |              |      <p>Cells discarded for a HEC error (I.432).</p>                    |
        +--------------+-------------------------------------------------------------------------+
        """
        return self.__value

    
    @property
    def systemrdl_python_child_name_map(self) -> dict[str, str]:
        return {'value':'value',
            }

    
    
    
    
    
    
                
    def get_child_by_system_rdl_name(self, name: Any) -> 'vcnic_regs_ro32_r_value_0xd90d1274be733bed97404631ffe1dd7b304b805139cb3cc0f42dbe9ced0b1aab_cls':
        return super().get_child_by_system_rdl_name(name)
                
    


    

    
    

    
    

    
    def __iter__(self) -> Iterator[Union[FieldAsyncReadOnly,FieldAsyncWriteOnly,FieldAsyncReadWrite]]:
        
        
        yield self.value
        
        
    

    
    
class vcnic_regs_ro32_r_0x295c78a9a84542b11dde7e55f373028f4aaae2bd9b4050ed53cbb48f8d141ca6_cls(RegAsyncReadOnly):
    """
    Class to represent a register in the register model

    
    """

    __slots__ : list[str] = ['__value']

    def __init__(self,
                 address: int,
                 logger_handle: str,
                 inst_name: str,
                 parent: Union[AsyncAddressMap,AsyncRegFile,ReadableAsyncMemory]):

        super().__init__(address=address,
                         logger_handle=logger_handle,
                         inst_name=inst_name,
                         parent=parent)

        # build the field attributes
        
        self.__value:vcnic_regs_ro32_r_value_0x691dfd2903b7f640d7d2ee4ba061823a066f7540e3e9b26466e13c1d801a8868_cls = vcnic_regs_ro32_r_value_0x691dfd2903b7f640d7d2ee4ba061823a066f7540e3e9b26466e13c1d801a8868_cls(
            parent_register=self,
            size_props=FieldSizeProps(
                width=32,
                lsb=0, msb=31,
                low=0, high=31),
            misc_props=FieldMiscProps(
                default=None,
                is_volatile=True),
            logger_handle=logger_handle+'.value',
            inst_name='value',
            field_type=int)

    @property
    def width(self) -> int:
        return 32

    @property
    def accesswidth(self) -> int:
        return 32

    
    
    def register_value( # type: ignore[override]
        self, *,value : int,) -> int:
        return super().register_value(value=value,)
    

    

    

    # build the properties for the fields
    
    @property
    def value(self) -> vcnic_regs_ro32_r_value_0x691dfd2903b7f640d7d2ee4ba061823a066f7540e3e9b26466e13c1d801a8868_cls:
        """
        Property to access value field of the register

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
        return self.__value

    
    @property
    def systemrdl_python_child_name_map(self) -> dict[str, str]:
        return {'value':'value',
            }

    
    
    
    
    
    
                
    def get_child_by_system_rdl_name(self, name: Any) -> 'vcnic_regs_ro32_r_value_0x691dfd2903b7f640d7d2ee4ba061823a066f7540e3e9b26466e13c1d801a8868_cls':
        return super().get_child_by_system_rdl_name(name)
                
    


    

    
    

    
    

    
    def __iter__(self) -> Iterator[Union[FieldAsyncReadOnly,FieldAsyncWriteOnly,FieldAsyncReadWrite]]:
        
        
        yield self.value
        
        
    

    
    
class vcnic_regs_ro32_r_0xe9a661a83475709558368b65c45eb92ed426aa9ebec61023688a31db3b394142_cls(RegAsyncReadOnly):
    """
    Class to represent a register in the register model

    
    """

    __slots__ : list[str] = ['__value']

    def __init__(self,
                 address: int,
                 logger_handle: str,
                 inst_name: str,
                 parent: Union[AsyncAddressMap,AsyncRegFile,ReadableAsyncMemory]):

        super().__init__(address=address,
                         logger_handle=logger_handle,
                         inst_name=inst_name,
                         parent=parent)

        # build the field attributes
        
        self.__value:vcnic_regs_ro32_r_value_0x2f6562b617505daf8a2b2311bf0c050388a83876b4cc726e82f577e270f0feaa_cls = vcnic_regs_ro32_r_value_0x2f6562b617505daf8a2b2311bf0c050388a83876b4cc726e82f577e270f0feaa_cls(
            parent_register=self,
            size_props=FieldSizeProps(
                width=32,
                lsb=0, msb=31,
                low=0, high=31),
            misc_props=FieldMiscProps(
                default=None,
                is_volatile=True),
            logger_handle=logger_handle+'.value',
            inst_name='value',
            field_type=int)

    @property
    def width(self) -> int:
        return 32

    @property
    def accesswidth(self) -> int:
        return 32

    
    
    def register_value( # type: ignore[override]
        self, *,value : int,) -> int:
        return super().register_value(value=value,)
    

    

    

    # build the properties for the fields
    
    @property
    def value(self) -> vcnic_regs_ro32_r_value_0x2f6562b617505daf8a2b2311bf0c050388a83876b4cc726e82f577e270f0feaa_cls:
        """
        Property to access value field of the register

        +--------------+-------------------------------------------------------------------------+
        | SystemRDL    | Value                                                                   |
        | Field        |                                                                         |
        +==============+=========================================================================+
        | Description  | .. raw:: html                                                           |
        |              |                                                                         |
        |              |      <p>PDUs whose last cell was sent.</p>                              |
        +--------------+-------------------------------------------------------------------------+
        """
        return self.__value

    
    @property
    def systemrdl_python_child_name_map(self) -> dict[str, str]:
        return {'value':'value',
            }

    
    
    
    
    
    
                
    def get_child_by_system_rdl_name(self, name: Any) -> 'vcnic_regs_ro32_r_value_0x2f6562b617505daf8a2b2311bf0c050388a83876b4cc726e82f577e270f0feaa_cls':
        return super().get_child_by_system_rdl_name(name)
                
    


    

    
    

    
    

    
    def __iter__(self) -> Iterator[Union[FieldAsyncReadOnly,FieldAsyncWriteOnly,FieldAsyncReadWrite]]:
        
        
        yield self.value
        
        
    

    
    
class vcnic_regs_ro32_r_0x3a47e605b59461e51cd122b4da3c111b56f4be50e79cef6a61f0faa20c2e3f30_cls(RegAsyncReadOnly):
    """
    Class to represent a register in the register model

    
    """

    __slots__ : list[str] = ['__value']

    def __init__(self,
                 address: int,
                 logger_handle: str,
                 inst_name: str,
                 parent: Union[AsyncAddressMap,AsyncRegFile,ReadableAsyncMemory]):

        super().__init__(address=address,
                         logger_handle=logger_handle,
                         inst_name=inst_name,
                         parent=parent)

        # build the field attributes
        
        self.__value:vcnic_regs_ro32_r_value_0xfe1a50568e6ad970caabe7dc592ca633ff9f28dbe8a319785e2a501bb8eca1c6_cls = vcnic_regs_ro32_r_value_0xfe1a50568e6ad970caabe7dc592ca633ff9f28dbe8a319785e2a501bb8eca1c6_cls(
            parent_register=self,
            size_props=FieldSizeProps(
                width=32,
                lsb=0, msb=31,
                low=0, high=31),
            misc_props=FieldMiscProps(
                default=None,
                is_volatile=True),
            logger_handle=logger_handle+'.value',
            inst_name='value',
            field_type=int)

    @property
    def width(self) -> int:
        return 32

    @property
    def accesswidth(self) -> int:
        return 32

    
    
    def register_value( # type: ignore[override]
        self, *,value : int,) -> int:
        return super().register_value(value=value,)
    

    

    

    # build the properties for the fields
    
    @property
    def value(self) -> vcnic_regs_ro32_r_value_0xfe1a50568e6ad970caabe7dc592ca633ff9f28dbe8a319785e2a501bb8eca1c6_cls:
        """
        Property to access value field of the register

        +--------------+-------------------------------------------------------------------------+
        | SystemRDL    | Value                                                                   |
        | Field        |                                                                         |
        +==============+=========================================================================+
        | Description  | .. raw:: html                                                           |
        |              |                                                                         |
        |              |      <p>Good PDUs delivered on host RX.</p>                             |
        +--------------+-------------------------------------------------------------------------+
        """
        return self.__value

    
    @property
    def systemrdl_python_child_name_map(self) -> dict[str, str]:
        return {'value':'value',
            }

    
    
    
    
    
    
                
    def get_child_by_system_rdl_name(self, name: Any) -> 'vcnic_regs_ro32_r_value_0xfe1a50568e6ad970caabe7dc592ca633ff9f28dbe8a319785e2a501bb8eca1c6_cls':
        return super().get_child_by_system_rdl_name(name)
                
    


    

    
    

    
    

    
    def __iter__(self) -> Iterator[Union[FieldAsyncReadOnly,FieldAsyncWriteOnly,FieldAsyncReadWrite]]:
        
        
        yield self.value
        
        
    

    
    
class vcnic_regs_ro32_r_0xee96d5ac6caf6a9da3aa18c5288b289b03fbf4ac67c828ad6fd30f0f19cc8778_cls(RegAsyncReadOnly):
    """
    Class to represent a register in the register model

    
    """

    __slots__ : list[str] = ['__value']

    def __init__(self,
                 address: int,
                 logger_handle: str,
                 inst_name: str,
                 parent: Union[AsyncAddressMap,AsyncRegFile,ReadableAsyncMemory]):

        super().__init__(address=address,
                         logger_handle=logger_handle,
                         inst_name=inst_name,
                         parent=parent)

        # build the field attributes
        
        self.__value:vcnic_regs_ro32_r_value_0xe643ed326f7bc648c0e1e7b8073b97034ed5f2295661747662ec53409a1f83c0_cls = vcnic_regs_ro32_r_value_0xe643ed326f7bc648c0e1e7b8073b97034ed5f2295661747662ec53409a1f83c0_cls(
            parent_register=self,
            size_props=FieldSizeProps(
                width=32,
                lsb=0, msb=31,
                low=0, high=31),
            misc_props=FieldMiscProps(
                default=None,
                is_volatile=True),
            logger_handle=logger_handle+'.value',
            inst_name='value',
            field_type=int)

    @property
    def width(self) -> int:
        return 32

    @property
    def accesswidth(self) -> int:
        return 32

    
    
    def register_value( # type: ignore[override]
        self, *,value : int,) -> int:
        return super().register_value(value=value,)
    

    

    

    # build the properties for the fields
    
    @property
    def value(self) -> vcnic_regs_ro32_r_value_0xe643ed326f7bc648c0e1e7b8073b97034ed5f2295661747662ec53409a1f83c0_cls:
        """
        Property to access value field of the register

        +--------------+-------------------------------------------------------------------------+
        | SystemRDL    | Value                                                                   |
        | Field        |                                                                         |
        +==============+=========================================================================+
        | Description  | .. raw:: html                                                           |
        |              |                                                                         |
        |              |      <p>PDUs with a bad CRC-32.</p>                                     |
        +--------------+-------------------------------------------------------------------------+
        """
        return self.__value

    
    @property
    def systemrdl_python_child_name_map(self) -> dict[str, str]:
        return {'value':'value',
            }

    
    
    
    
    
    
                
    def get_child_by_system_rdl_name(self, name: Any) -> 'vcnic_regs_ro32_r_value_0xe643ed326f7bc648c0e1e7b8073b97034ed5f2295661747662ec53409a1f83c0_cls':
        return super().get_child_by_system_rdl_name(name)
                
    


    

    
    

    
    

    
    def __iter__(self) -> Iterator[Union[FieldAsyncReadOnly,FieldAsyncWriteOnly,FieldAsyncReadWrite]]:
        
        
        yield self.value
        
        
    

    
    
class vcnic_regs_ro32_r_0x7a07d439bd3506af04caa816d8a9ee7e1c2cc99a39941267a720e47076f19fea_cls(RegAsyncReadOnly):
    """
    Class to represent a register in the register model

    
    """

    __slots__ : list[str] = ['__value']

    def __init__(self,
                 address: int,
                 logger_handle: str,
                 inst_name: str,
                 parent: Union[AsyncAddressMap,AsyncRegFile,ReadableAsyncMemory]):

        super().__init__(address=address,
                         logger_handle=logger_handle,
                         inst_name=inst_name,
                         parent=parent)

        # build the field attributes
        
        self.__value:vcnic_regs_ro32_r_value_0x4808fd6dd5d28d99dd1407c501cc32a93291f6fa264b5558bb3052d0e559ef5b_cls = vcnic_regs_ro32_r_value_0x4808fd6dd5d28d99dd1407c501cc32a93291f6fa264b5558bb3052d0e559ef5b_cls(
            parent_register=self,
            size_props=FieldSizeProps(
                width=32,
                lsb=0, msb=31,
                low=0, high=31),
            misc_props=FieldMiscProps(
                default=None,
                is_volatile=True),
            logger_handle=logger_handle+'.value',
            inst_name='value',
            field_type=int)

    @property
    def width(self) -> int:
        return 32

    @property
    def accesswidth(self) -> int:
        return 32

    
    
    def register_value( # type: ignore[override]
        self, *,value : int,) -> int:
        return super().register_value(value=value,)
    

    

    

    # build the properties for the fields
    
    @property
    def value(self) -> vcnic_regs_ro32_r_value_0x4808fd6dd5d28d99dd1407c501cc32a93291f6fa264b5558bb3052d0e559ef5b_cls:
        """
        Property to access value field of the register

        +--------------+-------------------------------------------------------------------------+
        | SystemRDL    | Value                                                                   |
        | Field        |                                                                         |
        +==============+=========================================================================+
        | Description  | .. raw:: html                                                           |
        |              |                                                                         |
        |              |      <p>PDUs with a bad length field.</p>                               |
        +--------------+-------------------------------------------------------------------------+
        """
        return self.__value

    
    @property
    def systemrdl_python_child_name_map(self) -> dict[str, str]:
        return {'value':'value',
            }

    
    
    
    
    
    
                
    def get_child_by_system_rdl_name(self, name: Any) -> 'vcnic_regs_ro32_r_value_0x4808fd6dd5d28d99dd1407c501cc32a93291f6fa264b5558bb3052d0e559ef5b_cls':
        return super().get_child_by_system_rdl_name(name)
                
    


    

    
    

    
    

    
    def __iter__(self) -> Iterator[Union[FieldAsyncReadOnly,FieldAsyncWriteOnly,FieldAsyncReadWrite]]:
        
        
        yield self.value
        
        
    

    
    
class vcnic_regs_ro32_r_0xef73a0c2a8c4863689f34627340a05374edf42e329c52382de5301de29a4e8e3_cls(RegAsyncReadOnly):
    """
    Class to represent a register in the register model

    
    """

    __slots__ : list[str] = ['__value']

    def __init__(self,
                 address: int,
                 logger_handle: str,
                 inst_name: str,
                 parent: Union[AsyncAddressMap,AsyncRegFile,ReadableAsyncMemory]):

        super().__init__(address=address,
                         logger_handle=logger_handle,
                         inst_name=inst_name,
                         parent=parent)

        # build the field attributes
        
        self.__value:vcnic_regs_ro32_r_value_0xc3888c53c74504a9a9399148f06773cf057219ec0418aaec7979bb919fa8e0a3_cls = vcnic_regs_ro32_r_value_0xc3888c53c74504a9a9399148f06773cf057219ec0418aaec7979bb919fa8e0a3_cls(
            parent_register=self,
            size_props=FieldSizeProps(
                width=32,
                lsb=0, msb=31,
                low=0, high=31),
            misc_props=FieldMiscProps(
                default=None,
                is_volatile=True),
            logger_handle=logger_handle+'.value',
            inst_name='value',
            field_type=int)

    @property
    def width(self) -> int:
        return 32

    @property
    def accesswidth(self) -> int:
        return 32

    
    
    def register_value( # type: ignore[override]
        self, *,value : int,) -> int:
        return super().register_value(value=value,)
    

    

    

    # build the properties for the fields
    
    @property
    def value(self) -> vcnic_regs_ro32_r_value_0xc3888c53c74504a9a9399148f06773cf057219ec0418aaec7979bb919fa8e0a3_cls:
        """
        Property to access value field of the register

        +--------------+-------------------------------------------------------------------------+
        | SystemRDL    | Value                                                                   |
        | Field        |                                                                         |
        +==============+=========================================================================+
        | Description  | .. raw:: html                                                           |
        |              |                                                                         |
        |              |      <p>PDUs above the VC's max SDU.</p>                                |
        +--------------+-------------------------------------------------------------------------+
        """
        return self.__value

    
    @property
    def systemrdl_python_child_name_map(self) -> dict[str, str]:
        return {'value':'value',
            }

    
    
    
    
    
    
                
    def get_child_by_system_rdl_name(self, name: Any) -> 'vcnic_regs_ro32_r_value_0xc3888c53c74504a9a9399148f06773cf057219ec0418aaec7979bb919fa8e0a3_cls':
        return super().get_child_by_system_rdl_name(name)
                
    


    

    
    

    
    

    
    def __iter__(self) -> Iterator[Union[FieldAsyncReadOnly,FieldAsyncWriteOnly,FieldAsyncReadWrite]]:
        
        
        yield self.value
        
        
    

    
    
class vcnic_regs_ro32_r_0xcf649c120a193fada323ee15977336c3ab7a5988a7f45ace5d3e62112ad88131_cls(RegAsyncReadOnly):
    """
    Class to represent a register in the register model

    
    """

    __slots__ : list[str] = ['__value']

    def __init__(self,
                 address: int,
                 logger_handle: str,
                 inst_name: str,
                 parent: Union[AsyncAddressMap,AsyncRegFile,ReadableAsyncMemory]):

        super().__init__(address=address,
                         logger_handle=logger_handle,
                         inst_name=inst_name,
                         parent=parent)

        # build the field attributes
        
        self.__value:vcnic_regs_ro32_r_value_0xa3f40bbd605d95c7c67fa25a7872178f0647d24c90e2cebb2a06d208d91c94bf_cls = vcnic_regs_ro32_r_value_0xa3f40bbd605d95c7c67fa25a7872178f0647d24c90e2cebb2a06d208d91c94bf_cls(
            parent_register=self,
            size_props=FieldSizeProps(
                width=32,
                lsb=0, msb=31,
                low=0, high=31),
            misc_props=FieldMiscProps(
                default=None,
                is_volatile=True),
            logger_handle=logger_handle+'.value',
            inst_name='value',
            field_type=int)

    @property
    def width(self) -> int:
        return 32

    @property
    def accesswidth(self) -> int:
        return 32

    
    
    def register_value( # type: ignore[override]
        self, *,value : int,) -> int:
        return super().register_value(value=value,)
    

    

    

    # build the properties for the fields
    
    @property
    def value(self) -> vcnic_regs_ro32_r_value_0xa3f40bbd605d95c7c67fa25a7872178f0647d24c90e2cebb2a06d208d91c94bf_cls:
        """
        Property to access value field of the register

        +--------------+-------------------------------------------------------------------------+
        | SystemRDL    | Value                                                                   |
        | Field        |                                                                         |
        +==============+=========================================================================+
        | Description  | .. raw:: html                                                           |
        |              |                                                                         |
        |              |      <p>PDUs dropped for lack of RX buffer.</p>                         |
        +--------------+-------------------------------------------------------------------------+
        """
        return self.__value

    
    @property
    def systemrdl_python_child_name_map(self) -> dict[str, str]:
        return {'value':'value',
            }

    
    
    
    
    
    
                
    def get_child_by_system_rdl_name(self, name: Any) -> 'vcnic_regs_ro32_r_value_0xa3f40bbd605d95c7c67fa25a7872178f0647d24c90e2cebb2a06d208d91c94bf_cls':
        return super().get_child_by_system_rdl_name(name)
                
    


    

    
    

    
    

    
    def __iter__(self) -> Iterator[Union[FieldAsyncReadOnly,FieldAsyncWriteOnly,FieldAsyncReadWrite]]:
        
        
        yield self.value
        
        
    

    
    
class vcnic_regs_ro32_r_0xb3f407824b3c73f11df610e1b0ca46764732685df389c6f2939691250dbd683f_cls(RegAsyncReadOnly):
    """
    Class to represent a register in the register model

    
    """

    __slots__ : list[str] = ['__value']

    def __init__(self,
                 address: int,
                 logger_handle: str,
                 inst_name: str,
                 parent: Union[AsyncAddressMap,AsyncRegFile,ReadableAsyncMemory]):

        super().__init__(address=address,
                         logger_handle=logger_handle,
                         inst_name=inst_name,
                         parent=parent)

        # build the field attributes
        
        self.__value:vcnic_regs_ro32_r_value_0xa0136e75bdad7c6e600a2e5eea9857e421033a5a6b0591551796ae2d083775a0_cls = vcnic_regs_ro32_r_value_0xa0136e75bdad7c6e600a2e5eea9857e421033a5a6b0591551796ae2d083775a0_cls(
            parent_register=self,
            size_props=FieldSizeProps(
                width=32,
                lsb=0, msb=31,
                low=0, high=31),
            misc_props=FieldMiscProps(
                default=None,
                is_volatile=True),
            logger_handle=logger_handle+'.value',
            inst_name='value',
            field_type=int)

    @property
    def width(self) -> int:
        return 32

    @property
    def accesswidth(self) -> int:
        return 32

    
    
    def register_value( # type: ignore[override]
        self, *,value : int,) -> int:
        return super().register_value(value=value,)
    

    

    

    # build the properties for the fields
    
    @property
    def value(self) -> vcnic_regs_ro32_r_value_0xa0136e75bdad7c6e600a2e5eea9857e421033a5a6b0591551796ae2d083775a0_cls:
        """
        Property to access value field of the register

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
        return self.__value

    
    @property
    def systemrdl_python_child_name_map(self) -> dict[str, str]:
        return {'value':'value',
            }

    
    
    
    
    
    
                
    def get_child_by_system_rdl_name(self, name: Any) -> 'vcnic_regs_ro32_r_value_0xa0136e75bdad7c6e600a2e5eea9857e421033a5a6b0591551796ae2d083775a0_cls':
        return super().get_child_by_system_rdl_name(name)
                
    


    

    
    

    
    

    
    def __iter__(self) -> Iterator[Union[FieldAsyncReadOnly,FieldAsyncWriteOnly,FieldAsyncReadWrite]]:
        
        
        yield self.value
        
        
    

    
    
class vcnic_regs_ro32_r_0x58203cb5e39efc353feff38707169310debe0bf4452de4baed630397fc81a6f0_cls(RegAsyncReadOnly):
    """
    Class to represent a register in the register model

    
    """

    __slots__ : list[str] = ['__value']

    def __init__(self,
                 address: int,
                 logger_handle: str,
                 inst_name: str,
                 parent: Union[AsyncAddressMap,AsyncRegFile,ReadableAsyncMemory]):

        super().__init__(address=address,
                         logger_handle=logger_handle,
                         inst_name=inst_name,
                         parent=parent)

        # build the field attributes
        
        self.__value:vcnic_regs_ro32_r_value_0x402c839c8ff7a93b42c3821081211fce60df4d8a054dcdab344465062c5ad1ee_cls = vcnic_regs_ro32_r_value_0x402c839c8ff7a93b42c3821081211fce60df4d8a054dcdab344465062c5ad1ee_cls(
            parent_register=self,
            size_props=FieldSizeProps(
                width=32,
                lsb=0, msb=31,
                low=0, high=31),
            misc_props=FieldMiscProps(
                default=None,
                is_volatile=True),
            logger_handle=logger_handle+'.value',
            inst_name='value',
            field_type=int)

    @property
    def width(self) -> int:
        return 32

    @property
    def accesswidth(self) -> int:
        return 32

    
    
    def register_value( # type: ignore[override]
        self, *,value : int,) -> int:
        return super().register_value(value=value,)
    

    

    

    # build the properties for the fields
    
    @property
    def value(self) -> vcnic_regs_ro32_r_value_0x402c839c8ff7a93b42c3821081211fce60df4d8a054dcdab344465062c5ad1ee_cls:
        """
        Property to access value field of the register

        +--------------+-------------------------------------------------------------------------+
        | SystemRDL    | Value                                                                   |
        | Field        |                                                                         |
        +==============+=========================================================================+
        | Description  | .. raw:: html                                                           |
        |              |                                                                         |
        |              |      <p>TX frames flushed by DEACTIVATE.</p>                            |
        +--------------+-------------------------------------------------------------------------+
        """
        return self.__value

    
    @property
    def systemrdl_python_child_name_map(self) -> dict[str, str]:
        return {'value':'value',
            }

    
    
    
    
    
    
                
    def get_child_by_system_rdl_name(self, name: Any) -> 'vcnic_regs_ro32_r_value_0x402c839c8ff7a93b42c3821081211fce60df4d8a054dcdab344465062c5ad1ee_cls':
        return super().get_child_by_system_rdl_name(name)
                
    


    

    
    

    
    

    
    def __iter__(self) -> Iterator[Union[FieldAsyncReadOnly,FieldAsyncWriteOnly,FieldAsyncReadWrite]]:
        
        
        yield self.value
        
        
    

    
    
class vcnic_regs_ro32_r_0xb8b5a12c6d69a3e8aab9f8d78328cc834616eaa4baa2fe035ff714b42f111ad1_cls(RegAsyncReadOnly):
    """
    Class to represent a register in the register model

    
    """

    __slots__ : list[str] = ['__value']

    def __init__(self,
                 address: int,
                 logger_handle: str,
                 inst_name: str,
                 parent: Union[AsyncAddressMap,AsyncRegFile,ReadableAsyncMemory]):

        super().__init__(address=address,
                         logger_handle=logger_handle,
                         inst_name=inst_name,
                         parent=parent)

        # build the field attributes
        
        self.__value:vcnic_regs_ro32_r_value_0x2a77231c09b1a3eb99b2aa96206615acf2a8ad1481c13356727ce17fe5eb467_cls = vcnic_regs_ro32_r_value_0x2a77231c09b1a3eb99b2aa96206615acf2a8ad1481c13356727ce17fe5eb467_cls(
            parent_register=self,
            size_props=FieldSizeProps(
                width=32,
                lsb=0, msb=31,
                low=0, high=31),
            misc_props=FieldMiscProps(
                default=None,
                is_volatile=True),
            logger_handle=logger_handle+'.value',
            inst_name='value',
            field_type=int)

    @property
    def width(self) -> int:
        return 32

    @property
    def accesswidth(self) -> int:
        return 32

    
    
    def register_value( # type: ignore[override]
        self, *,value : int,) -> int:
        return super().register_value(value=value,)
    

    

    

    # build the properties for the fields
    
    @property
    def value(self) -> vcnic_regs_ro32_r_value_0x2a77231c09b1a3eb99b2aa96206615acf2a8ad1481c13356727ce17fe5eb467_cls:
        """
        Property to access value field of the register

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
        return self.__value

    
    @property
    def systemrdl_python_child_name_map(self) -> dict[str, str]:
        return {'value':'value',
            }

    
    
    
    
    
    
                
    def get_child_by_system_rdl_name(self, name: Any) -> 'vcnic_regs_ro32_r_value_0x2a77231c09b1a3eb99b2aa96206615acf2a8ad1481c13356727ce17fe5eb467_cls':
        return super().get_child_by_system_rdl_name(name)
                
    


    

    
    

    
    

    
    def __iter__(self) -> Iterator[Union[FieldAsyncReadOnly,FieldAsyncWriteOnly,FieldAsyncReadWrite]]:
        
        
        yield self.value
        
        
    

    
    
class vcnic_regs_ro32_r_0x7b432f249a432b7ce67f8232ea3c87fea65f962e0c23debcfe0fab0f94fa15bd_cls(RegAsyncReadOnly):
    """
    Class to represent a register in the register model

    
    """

    __slots__ : list[str] = ['__value']

    def __init__(self,
                 address: int,
                 logger_handle: str,
                 inst_name: str,
                 parent: Union[AsyncAddressMap,AsyncRegFile,ReadableAsyncMemory]):

        super().__init__(address=address,
                         logger_handle=logger_handle,
                         inst_name=inst_name,
                         parent=parent)

        # build the field attributes
        
        self.__value:vcnic_regs_ro32_r_value_0xf2c67fe6ce11cb975172efad7ba28318df69825b56e11f985792ea4203ede372_cls = vcnic_regs_ro32_r_value_0xf2c67fe6ce11cb975172efad7ba28318df69825b56e11f985792ea4203ede372_cls(
            parent_register=self,
            size_props=FieldSizeProps(
                width=32,
                lsb=0, msb=31,
                low=0, high=31),
            misc_props=FieldMiscProps(
                default=None,
                is_volatile=True),
            logger_handle=logger_handle+'.value',
            inst_name='value',
            field_type=int)

    @property
    def width(self) -> int:
        return 32

    @property
    def accesswidth(self) -> int:
        return 32

    
    
    def register_value( # type: ignore[override]
        self, *,value : int,) -> int:
        return super().register_value(value=value,)
    

    

    

    # build the properties for the fields
    
    @property
    def value(self) -> vcnic_regs_ro32_r_value_0xf2c67fe6ce11cb975172efad7ba28318df69825b56e11f985792ea4203ede372_cls:
        """
        Property to access value field of the register

        +--------------+-------------------------------------------------------------------------+
        | SystemRDL    | Value                                                                   |
        | Field        |                                                                         |
        +==============+=========================================================================+
        | Description  | .. raw:: html                                                           |
        |              |                                                                         |
        |              |      <p>SDU bytes of sent PDUs, bits 31:0.</p>                          |
        +--------------+-------------------------------------------------------------------------+
        """
        return self.__value

    
    @property
    def systemrdl_python_child_name_map(self) -> dict[str, str]:
        return {'value':'value',
            }

    
    
    
    
    
    
                
    def get_child_by_system_rdl_name(self, name: Any) -> 'vcnic_regs_ro32_r_value_0xf2c67fe6ce11cb975172efad7ba28318df69825b56e11f985792ea4203ede372_cls':
        return super().get_child_by_system_rdl_name(name)
                
    


    

    
    

    
    

    
    def __iter__(self) -> Iterator[Union[FieldAsyncReadOnly,FieldAsyncWriteOnly,FieldAsyncReadWrite]]:
        
        
        yield self.value
        
        
    


if __name__ == '__main__':
    pass