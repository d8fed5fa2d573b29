

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


from .field_enum import _aal_type_e0xfeae3fbe58c5c736acd6ad8e9269198e8daa0d4bd0fc785b6ed37c9202772461_enumcls
from .field_enum import _service_e0x66e03a082c8dbd4abd981f801bc5a8789455cd9f2fcde97fcc626618b2bfa178_enumcls
from .field_enum import _vc_opcode_e0x1aaaa6af53e35583e65ecd09a259923312403332454ccf1fabe802b94a604c7e_enumcls
from .field_enum import _vc_result_e0xd10e8afa8c2388b98cd054f372c9325d5df49a14ba81f9806226aba7af6b1709_enumcls
from .field_enum import _vc_state_e0x570cc759b48957230b388ebf1fd68a43a41dee9b70d90e2c537f859d7c58dace_enumcls
from .field_enum import _rx_status_e0xbafd3746f05d5463f99b4c9dd382a484f0426d43cd14ded206384711b16547b0_enumcls
from .field_enum import _tx_status_e0x90acf299b7009142782b0335f68b0bf4595d107dae5213cc5882223a1ee729d9_enumcls




from .fields import vcnic_regs_ro32_r_value_0x63db7bfe8312ef0b901e76ccb89781eb2d0d28052a537ae3402bb7a2cdd6c85b_cls
from .fields import vcnic_regs_ro32_r_value_0x65cd564c724657e59a132e8f0da4e741386f978aa0c9443fbfb2f8148a7f0fbf_cls
from .fields import vcnic_regs_ro32_r_value_0xd08df6cf60b14b7129456477fc8c92e56d93e6cea66a9c01dfb664a4b6d99c51_cls
from .fields import vcnic_regs_VC_PARAM_aal_0xf58fe81e10d83b84ded57f57ab5da7e5302af253685a9996769a83ee0f26647b_cls
from .fields import vcnic_regs_VC_PARAM_service_0x1931e4822f1f88ca2d957511cf56fcae21f4fa174b54f50867a8ac07d372ab3c_cls
from .fields import vcnic_regs_VC_PARAM_tx_en_0xfcbfe4adf83956c0d4cbb04ffec075d90ca6d4c4e202bc75618548128c4faf85_cls
from .fields import vcnic_regs_VC_PARAM_rx_en_0x3469c311bb1b5c5820f33c233019460fde2d1757de6fa30f6b03fa748eb5f54c_cls
from .fields import vcnic_regs_VC_PARAM_rx_errored_0x2df5521336854de812f6a9742c00b3c3becd0af71be4b6c254dfba8493be37b7_cls
from .fields import vcnic_regs_VC_PARAM_clp_0xa9ac8d38351625ef0672ca201420c79a9d001e6a02d91fe3b06ba64ae8795661_cls
from .fields import vcnic_regs_VC_MAX_SDU_max_sdu_0xd9d1f4886e96207095f2bcca4129b242765807e056529612991beae84479a805_cls
from .fields import vcnic_regs_VC_CMD_opcode_0x845095aa62c84fc775994788285f2c0b1a9417a0b8c57d49142be894f54d383f_cls
from .fields import vcnic_regs_VC_CMD_busy_0x50db29d30c9ad8b9455c4e9a9e292bb278599f048c3da287d7e053b5cfd4e8d7_cls
from .fields import vcnic_regs_VC_CMD_result_0xf15beef2b1aff63436725b7975c42d96e456a25024367a08dd3de662384d153a_cls
from .fields import vcnic_regs_VC_Q_STATE_state_0x679c4ae1094882f03b2a39399e776ec707176733bce48a7a83631ded9ff92fe7_cls
from .fields import vcnic_regs_VC_Q_STATE_last_rx_status_0x4267412938a438d4ac9f9b74abff8d6ee19313805908aff58e1f170e4cb819fa_cls
from .fields import vcnic_regs_VC_Q_STATE_last_tx_status_0x1c34d0bffc6b33202c0c26900dd084184335f9506c7c34a0066a96c696e1b61a_cls
from .fields import vcnic_regs_VC_Q_STATE_tx_queued_0x771a633870ef837c0acd091d63b9f1f364cd672d4a61344a3e68fda98f2c2b67_cls
from .fields import vcnic_regs_VC_Q_PARAM_aal_0x8790be8325e8c7fddae94fd2a30eebb7ddcc65281dddc7ddc15880f99aad9223_cls
from .fields import vcnic_regs_VC_Q_PARAM_service_0xe056aeeb372e20e00b42a7e2b052526d95bf42aab92d2ac876a0ab8730cba3ec_cls
from .fields import vcnic_regs_ro32_r_value_0x369ab0ad2f52319a651d5d7daebf00d203fc8da25817def5823bb41362e74f09_cls
from .fields import vcnic_regs_ro32_r_value_0xdd9688701cae74c3e2081373f0333fb33b9b802e19cf8f1c4c790b08c89c537d_cls
from .fields import vcnic_regs_ro32_r_value_0xcf88b918c64a7d8469dcee7d2a08782316e45ef4ef3a6af95350ceb1adc5572c_cls
from .fields import vcnic_regs_ro32_r_value_0x57c16885be3f76b98c43b063a34e5386565e974a11e9b144eda74ebc652eacc6_cls
from .fields import vcnic_regs_ro32_r_value_0x311a95665b874ac52fcc03578f1f7582ace3ddf258aa625e011179be4dd95f16_cls
from .fields import vcnic_regs_ro32_r_value_0x5a24eb2744324d6a2b3f711524417b15a169777208235a5e91be03dc25781ead_cls
from .fields import vcnic_regs_ro32_r_value_0xc481a6d009c01ff457367c17361c8483087c96c64418644c5e47f808e5426282_cls
from .fields import vcnic_regs_ro32_r_value_0x17d9bc0bdb422ee88b2b41d7501c91e1bf7fc2c00da872547837199e6ba7e557_cls
from .fields import vcnic_regs_ro32_r_value_0x3129e17dfa3fe1b657c257b98548f0b2f45f8c6922436966dc02e5d2fbc33c3e_cls
from .fields import vcnic_regs_ro32_r_value_0xd353afc8e9fe18cbef85d211331b14f3da281cf9beb0abd50a3e2da59b79a7a6_cls
from .fields import vcnic_regs_ro32_r_value_0x3270cd4edbb363e201e6abd524a60b96ee853528c5f862416a65620a8bf4acd7_cls
from .fields import vcnic_regs_ro32_r_value_0x3513e2fa6143831404cdec3ac6f7d5474b6846a78ebf9f761f482ff9418d8f51_cls

# register definitions
    
    
class vcnic_regs_ro32_r_0x1a6503c6878b7da2006891347a1f49922d3ec33bb70bbdb344323eb8ef39e9bd_cls(RegAsyncReadOnly):
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
        
        self.__value:vcnic_regs_ro32_r_value_0x63db7bfe8312ef0b901e76ccb89781eb2d0d28052a537ae3402bb7a2cdd6c85b_cls = vcnic_regs_ro32_r_value_0x63db7bfe8312ef0b901e76ccb89781eb2d0d28052a537ae3402bb7a2cdd6c85b_cls(
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
    def value(self) -> vcnic_regs_ro32_r_value_0x63db7bfe8312ef0b901e76ccb89781eb2d0d28052a537ae3402bb7a2cdd6c85b_cls:
        """
        Property to access value field of the register

        +--------------+-------------------------------------------------------------------------+
        | SystemRDL    | Value                                                                   |
        | Field        |                                                                         |
        +==============+=========================================================================+
        | Description  | .. raw:: html                                                           |
        |              |                                                                         |
        |              |      <p>SDU bytes of sent PDUs, bits 63:32.</p>                         |
        +--------------+-------------------------------------------------------------------------+
        """
        return self.__value

    
    @property
    def systemrdl_python_child_name_map(self) -> dict[str, str]:
        return {'value':'value',
            }

    
    
    
    
    
    
                
    def get_child_by_system_rdl_name(self, name: Any) -> 'vcnic_regs_ro32_r_value_0x63db7bfe8312ef0b901e76ccb89781eb2d0d28052a537ae3402bb7a2cdd6c85b_cls':
        return super().get_child_by_system_rdl_name(name)
                
    


    

    
    

    
    

    
    def __iter__(self) -> Iterator[Union[FieldAsyncReadOnly,FieldAsyncWriteOnly,FieldAsyncReadWrite]]:
        
        
        yield self.value
        
        
    

    
    
class vcnic_regs_ro32_r_0x6178eb6b695158dc6700956bb8772ef5022d0252cd64feba26cd3c28c380a34a_cls(RegAsyncReadOnly):
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
        
        self.__value:vcnic_regs_ro32_r_value_0x65cd564c724657e59a132e8f0da4e741386f978aa0c9443fbfb2f8148a7f0fbf_cls = vcnic_regs_ro32_r_value_0x65cd564c724657e59a132e8f0da4e741386f978aa0c9443fbfb2f8148a7f0fbf_cls(
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
    def value(self) -> vcnic_regs_ro32_r_value_0x65cd564c724657e59a132e8f0da4e741386f978aa0c9443fbfb2f8148a7f0fbf_cls:
        """
        Property to access value field of the register

        +--------------+-------------------------------------------------------------------------+
        | SystemRDL    | Value                                                                   |
        | Field        |                                                                         |
        +==============+=========================================================================+
        | Description  | .. raw:: html                                                           |
        |              |                                                                         |
        |              |      <p>SDU bytes of good delivered PDUs, bits 31:0.</p>                |
        +--------------+-------------------------------------------------------------------------+
        """
        return self.__value

    
    @property
    def systemrdl_python_child_name_map(self) -> dict[str, str]:
        return {'value':'value',
            }

    
    
    
    
    
    
                
    def get_child_by_system_rdl_name(self, name: Any) -> 'vcnic_regs_ro32_r_value_0x65cd564c724657e59a132e8f0da4e741386f978aa0c9443fbfb2f8148a7f0fbf_cls':
        return super().get_child_by_system_rdl_name(name)
                
    


    

    
    

    
    

    
    def __iter__(self) -> Iterator[Union[FieldAsyncReadOnly,FieldAsyncWriteOnly,FieldAsyncReadWrite]]:
        
        
        yield self.value
        
        
    

    
    
class vcnic_regs_ro32_r_0xfa2a69f04eb38158002d081b18505fe4acd71522b83ce46999e98cb42e7a53ee_cls(RegAsyncReadOnly):
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
        
        self.__value:vcnic_regs_ro32_r_value_0xd08df6cf60b14b7129456477fc8c92e56d93e6cea66a9c01dfb664a4b6d99c51_cls = vcnic_regs_ro32_r_value_0xd08df6cf60b14b7129456477fc8c92e56d93e6cea66a9c01dfb664a4b6d99c51_cls(
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
    def value(self) -> vcnic_regs_ro32_r_value_0xd08df6cf60b14b7129456477fc8c92e56d93e6cea66a9c01dfb664a4b6d99c51_cls:
        """
        Property to access value field of the register

        +--------------+-------------------------------------------------------------------------+
        | SystemRDL    | Value                                                                   |
        | Field        |                                                                         |
        +==============+=========================================================================+
        | Description  | .. raw:: html                                                           |
        |              |                                                                         |
        |              |      <p>SDU bytes of good delivered PDUs, bits 63:32.</p>               |
        +--------------+-------------------------------------------------------------------------+
        """
        return self.__value

    
    @property
    def systemrdl_python_child_name_map(self) -> dict[str, str]:
        return {'value':'value',
            }

    
    
    
    
    
    
                
    def get_child_by_system_rdl_name(self, name: Any) -> 'vcnic_regs_ro32_r_value_0xd08df6cf60b14b7129456477fc8c92e56d93e6cea66a9c01dfb664a4b6d99c51_cls':
        return super().get_child_by_system_rdl_name(name)
                
    


    

    
    

    
    

    
    def __iter__(self) -> Iterator[Union[FieldAsyncReadOnly,FieldAsyncWriteOnly,FieldAsyncReadWrite]]:
        
        
        yield self.value
        
        
    

    
    
class vcnic_regs_VC_SELECT_0x2c9138e241ade3bc21394e855b6e4e552f1cba0471cf96167379b021f989f7b0_cls(RegAsyncReadWrite):
    """
    Class to represent a register in the register model

    +--------------+-------------------------------------------------------------------------+
    | SystemRDL    | Value                                                                   |
    | Field        |                                                                         |
    +==============+=========================================================================+
    | Name         | .. raw:: html                                                           |
    |              |                                                                         |
    |              |      VC select                                                          |
    +--------------+-------------------------------------------------------------------------+
    | Description  | .. raw:: html                                                           |
    |              |                                                                         |
    |              |      <p>The VC number the window and the next command address.</p>      |
    +--------------+-------------------------------------------------------------------------+
    """

    __slots__ : list[str] = ['__vc']

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
        
        self.__vc:FieldAsyncReadWrite = FieldAsyncReadWrite(
            parent_register=self,
            size_props=FieldSizeProps(
                width=16,
                lsb=0, msb=15,
                low=0, high=15),
            misc_props=FieldMiscProps(
                default=0,
                is_volatile=False),
            logger_handle=logger_handle+'.vc',
            inst_name='vc',
            field_type=int)

    @property
    def width(self) -> int:
        return 32

    @property
    def accesswidth(self) -> int:
        return 32

    
    
    def register_value( # type: ignore[override]
        self, *,vc : int,) -> int:
        return super().register_value(vc=vc,)
    

    

    
         
            
    async def write_all_fields_without_read( # type: ignore[override]
        self, *,vc : int,) -> None:
        return await super().write_all_fields_without_read(vc=vc,)
         
    

    # build the properties for the fields
    
    @property
    def vc(self) -> FieldAsyncReadWrite:
        """
        Property to access vc field of the register

        
        """
        return self.__vc

    
    @property
    def systemrdl_python_child_name_map(self) -> dict[str, str]:
        return {'vc':'vc',
            }

    
    
    
    
    
    
                
    def get_child_by_system_rdl_name(self, name: Any) -> 'FieldAsyncReadWrite':
        return super().get_child_by_system_rdl_name(name)
                
    


    

    
    

    @property
    def rdl_name(self) -> str:
        return "VC select"
    @property
    def rdl_desc(self) -> str:
        return "The VC number the window and the next command address."
    
    

    
    def __iter__(self) -> Iterator[Union[FieldAsyncReadOnly,FieldAsyncWriteOnly,FieldAsyncReadWrite]]:
        
        
        yield self.vc
        
        
    

    
    
class vcnic_regs_VC_VPIVCI_0xde4ae90ec42191a888dc31b90ec923a11bccd040749939aad0c8415803c2ad4e_cls(RegAsyncReadWrite):
    """
    Class to represent a register in the register model

    +--------------+-------------------------------------------------------------------------+
    | SystemRDL    | Value                                                                   |
    | Field        |                                                                         |
    +==============+=========================================================================+
    | Name         | .. raw:: html                                                           |
    |              |                                                                         |
    |              |      VC connection ID                                                   |
    +--------------+-------------------------------------------------------------------------+
    | Description  | .. raw:: html                                                           |
    |              |                                                                         |
    |              |      <p>Written before ACTIVATE/MODIFY; QUERY reads the VC's values     |
    |              |      back into VC_Q_* registers.</p>                                    |
    +--------------+-------------------------------------------------------------------------+
    """

    __slots__ : list[str] = ['__vci', '__vpi']

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
        
        self.__vci:FieldAsyncReadWrite = FieldAsyncReadWrite(
            parent_register=self,
            size_props=FieldSizeProps(
                width=16,
                lsb=0, msb=15,
                low=0, high=15),
            misc_props=FieldMiscProps(
                default=0,
                is_volatile=False),
            logger_handle=logger_handle+'.vci',
            inst_name='vci',
            field_type=int)
        self.__vpi:FieldAsyncReadWrite = FieldAsyncReadWrite(
            parent_register=self,
            size_props=FieldSizeProps(
                width=12,
                lsb=16, msb=27,
                low=16, high=27),
            misc_props=FieldMiscProps(
                default=0,
                is_volatile=False),
            logger_handle=logger_handle+'.vpi',
            inst_name='vpi',
            field_type=int)

    @property
    def width(self) -> int:
        return 32

    @property
    def accesswidth(self) -> int:
        return 32

    
    
    def register_value( # type: ignore[override]
        self, *,vci : int,vpi : int,) -> int:
        return super().register_value(vci=vci,vpi=vpi,)
    

    

    
         
            
    async def write_all_fields_without_read( # type: ignore[override]
        self, *,vci : int,vpi : int,) -> None:
        return await super().write_all_fields_without_read(vci=vci,vpi=vpi,)
         
    

    # build the properties for the fields
    
    @property
    def vci(self) -> FieldAsyncReadWrite:
        """
        Property to access vci field of the register

        
        """
        return self.__vci
    @property
    def vpi(self) -> FieldAsyncReadWrite:
        """
        Property to access vpi field of the register

        
        """
        return self.__vpi

    
    @property
    def systemrdl_python_child_name_map(self) -> dict[str, str]:
        return {'vci':'vci','vpi':'vpi',
            }

    
    
    
    
    
    
    # nodes:2
                
    @overload
    def get_child_by_system_rdl_name(self, name: Literal["vci"]) -> 'FieldAsyncReadWrite': ...
                
                
    @overload
    def get_child_by_system_rdl_name(self, name: Literal["vpi"]) -> 'FieldAsyncReadWrite': ...
                

    @overload
    def get_child_by_system_rdl_name(self, name: str) -> Union['FieldAsyncReadWrite', 'FieldAsyncReadWrite', ]: ...

    def get_child_by_system_rdl_name(self, name: Any) -> Any:
        return super().get_child_by_system_rdl_name(name)
    


    

    
    

    @property
    def rdl_name(self) -> str:
        return "VC connection ID"
    @property
    def rdl_desc(self) -> str:
        return "Written before ACTIVATE/MODIFY; QUERY reads the VC\u0027s values back into VC_Q_* registers."
    
    

    
    def __iter__(self) -> Iterator[Union[FieldAsyncReadOnly,FieldAsyncWriteOnly,FieldAsyncReadWrite]]:
        
        
        yield self.vci
        yield self.vpi
        
        
    

    
    
class vcnic_regs_VC_PARAM_0xabfd26341947d8bce97c93bcfd1d784e37a937059a3ab9c46d0bcc66088938b7_cls(RegAsyncReadWrite):
    """
    Class to represent a register in the register model

    +--------------+-------------------------------------------------------------------------+
    | SystemRDL    | Value                                                                   |
    | Field        |                                                                         |
    +==============+=========================================================================+
    | Name         | .. raw:: html                                                           |
    |              |                                                                         |
    |              |      VC parameters                                                      |
    +--------------+-------------------------------------------------------------------------+
    """

    __slots__ : list[str] = ['__aal', '__service', '__tx_en', '__rx_en', '__rx_errored', '__clp']

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
        
        self.__aal:vcnic_regs_VC_PARAM_aal_0xf58fe81e10d83b84ded57f57ab5da7e5302af253685a9996769a83ee0f26647b_cls = vcnic_regs_VC_PARAM_aal_0xf58fe81e10d83b84ded57f57ab5da7e5302af253685a9996769a83ee0f26647b_cls(
            parent_register=self,
            size_props=FieldSizeProps(
                width=8,
                lsb=0, msb=7,
                low=0, high=7),
            misc_props=FieldMiscProps(
                default=8,
                is_volatile=False),
            logger_handle=logger_handle+'.aal',
            inst_name='aal',
            field_type=_aal_type_e0xfeae3fbe58c5c736acd6ad8e9269198e8daa0d4bd0fc785b6ed37c9202772461_enumcls)
        self.__service:vcnic_regs_VC_PARAM_service_0x1931e4822f1f88ca2d957511cf56fcae21f4fa174b54f50867a8ac07d372ab3c_cls = vcnic_regs_VC_PARAM_service_0x1931e4822f1f88ca2d957511cf56fcae21f4fa174b54f50867a8ac07d372ab3c_cls(
            parent_register=self,
            size_props=FieldSizeProps(
                width=8,
                lsb=8, msb=15,
                low=8, high=15),
            misc_props=FieldMiscProps(
                default=4,
                is_volatile=False),
            logger_handle=logger_handle+'.service',
            inst_name='service',
            field_type=_service_e0x66e03a082c8dbd4abd981f801bc5a8789455cd9f2fcde97fcc626618b2bfa178_enumcls)
        self.__tx_en:vcnic_regs_VC_PARAM_tx_en_0xfcbfe4adf83956c0d4cbb04ffec075d90ca6d4c4e202bc75618548128c4faf85_cls = vcnic_regs_VC_PARAM_tx_en_0xfcbfe4adf83956c0d4cbb04ffec075d90ca6d4c4e202bc75618548128c4faf85_cls(
            parent_register=self,
            size_props=FieldSizeProps(
                width=1,
                lsb=16, msb=16,
                low=16, high=16),
            misc_props=FieldMiscProps(
                default=1,
                is_volatile=False),
            logger_handle=logger_handle+'.tx_en',
            inst_name='tx_en',
            field_type=int)
        self.__rx_en:vcnic_regs_VC_PARAM_rx_en_0x3469c311bb1b5c5820f33c233019460fde2d1757de6fa30f6b03fa748eb5f54c_cls = vcnic_regs_VC_PARAM_rx_en_0x3469c311bb1b5c5820f33c233019460fde2d1757de6fa30f6b03fa748eb5f54c_cls(
            parent_register=self,
            size_props=FieldSizeProps(
                width=1,
                lsb=17, msb=17,
                low=17, high=17),
            misc_props=FieldMiscProps(
                default=1,
                is_volatile=False),
            logger_handle=logger_handle+'.rx_en',
            inst_name='rx_en',
            field_type=int)
        self.__rx_errored:vcnic_regs_VC_PARAM_rx_errored_0x2df5521336854de812f6a9742c00b3c3becd0af71be4b6c254dfba8493be37b7_cls = vcnic_regs_VC_PARAM_rx_errored_0x2df5521336854de812f6a9742c00b3c3becd0af71be4b6c254dfba8493be37b7_cls(
            parent_register=self,
            size_props=FieldSizeProps(
                width=1,
                lsb=18, msb=18,
                low=18, high=18),
            misc_props=FieldMiscProps(
                default=0,
                is_volatile=False),
            logger_handle=logger_handle+'.rx_errored',
            inst_name='rx_errored',
            field_type=int)
        self.__clp:vcnic_regs_VC_PARAM_clp_0xa9ac8d38351625ef0672ca201420c79a9d001e6a02d91fe3b06ba64ae8795661_cls = vcnic_regs_VC_PARAM_clp_0xa9ac8d38351625ef0672ca201420c79a9d001e6a02d91fe3b06ba64ae8795661_cls(
            parent_register=self,
            size_props=FieldSizeProps(
                width=1,
                lsb=19, msb=19,
                low=19, high=19),
            misc_props=FieldMiscProps(
                default=0,
                is_volatile=False),
            logger_handle=logger_handle+'.clp',
            inst_name='clp',
            field_type=int)

    @property
    def width(self) -> int:
        return 32

    @property
    def accesswidth(self) -> int:
        return 32

    
    
    def register_value( # type: ignore[override]
        self, *,aal : _aal_type_e0xfeae3fbe58c5c736acd6ad8e9269198e8daa0d4bd0fc785b6ed37c9202772461_enumcls,service : _service_e0x66e03a082c8dbd4abd981f801bc5a8789455cd9f2fcde97fcc626618b2bfa178_enumcls,tx_en : int,rx_en : int,rx_errored : int,clp : int,) -> int:
        return super().register_value(aal=aal,service=service,tx_en=tx_en,rx_en=rx_en,rx_errored=rx_errored,clp=clp,)
    

    

    
         
            
    async def write_all_fields_without_read( # type: ignore[override]
        self, *,aal : _aal_type_e0xfeae3fbe58c5c736acd6ad8e9269198e8daa0d4bd0fc785b6ed37c9202772461_enumcls,service : _service_e0x66e03a082c8dbd4abd981f801bc5a8789455cd9f2fcde97fcc626618b2bfa178_enumcls,tx_en : int,rx_en : int,rx_errored : int,clp : int,) -> None:
        return await super().write_all_fields_without_read(aal=aal,service=service,tx_en=tx_en,rx_en=rx_en,rx_errored=rx_errored,clp=clp,)
         
    

    # build the properties for the fields
    
    @property
    def aal(self) -> vcnic_regs_VC_PARAM_aal_0xf58fe81e10d83b84ded57f57ab5da7e5302af253685a9996769a83ee0f26647b_cls:
        """
        Property to access aal field of the register

        +--------------+-------------------------------------------------------------------------+
        | SystemRDL    | Value                                                                   |
        | Field        |                                                                         |
        +==============+=========================================================================+
        | Description  | .. raw:: html                                                           |
        |              |                                                                         |
        |              |      <p>AAL type.</p>                                                   |
        +--------------+-------------------------------------------------------------------------+
        """
        return self.__aal
    @property
    def service(self) -> vcnic_regs_VC_PARAM_service_0x1931e4822f1f88ca2d957511cf56fcae21f4fa174b54f50867a8ac07d372ab3c_cls:
        """
        Property to access service field of the register

        +--------------+-------------------------------------------------------------------------+
        | SystemRDL    | Value                                                                   |
        | Field        |                                                                         |
        +==============+=========================================================================+
        | Description  | .. raw:: html                                                           |
        |              |                                                                         |
        |              |      <p>Service category.</p>                                           |
        +--------------+-------------------------------------------------------------------------+
        """
        return self.__service
    @property
    def tx_en(self) -> vcnic_regs_VC_PARAM_tx_en_0xfcbfe4adf83956c0d4cbb04ffec075d90ca6d4c4e202bc75618548128c4faf85_cls:
        """
        Property to access tx_en field of the register

        +--------------+-------------------------------------------------------------------------+
        | SystemRDL    | Value                                                                   |
        | Field        |                                                                         |
        +==============+=========================================================================+
        | Description  | .. raw:: html                                                           |
        |              |                                                                         |
        |              |      <p>Transmit enabled (TRANSMIT_VC).</p>                             |
        +--------------+-------------------------------------------------------------------------+
        """
        return self.__tx_en
    @property
    def rx_en(self) -> vcnic_regs_VC_PARAM_rx_en_0x3469c311bb1b5c5820f33c233019460fde2d1757de6fa30f6b03fa748eb5f54c_cls:
        """
        Property to access rx_en field of the register

        +--------------+-------------------------------------------------------------------------+
        | SystemRDL    | Value                                                                   |
        | Field        |                                                                         |
        +==============+=========================================================================+
        | Description  | .. raw:: html                                                           |
        |              |                                                                         |
        |              |      <p>Receive enabled (RECEIVE_VC).</p>                               |
        +--------------+-------------------------------------------------------------------------+
        """
        return self.__rx_en
    @property
    def rx_errored(self) -> vcnic_regs_VC_PARAM_rx_errored_0x2df5521336854de812f6a9742c00b3c3becd0af71be4b6c254dfba8493be37b7_cls:
        """
        Property to access rx_errored field of the register

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
        return self.__rx_errored
    @property
    def clp(self) -> vcnic_regs_VC_PARAM_clp_0xa9ac8d38351625ef0672ca201420c79a9d001e6a02d91fe3b06ba64ae8795661_cls:
        """
        Property to access clp field of the register

        +--------------+-------------------------------------------------------------------------+
        | SystemRDL    | Value                                                                   |
        | Field        |                                                                         |
        +==============+=========================================================================+
        | Description  | .. raw:: html                                                           |
        |              |                                                                         |
        |              |      <p>CLP bit of every cell sent on this VC.</p>                      |
        +--------------+-------------------------------------------------------------------------+
        """
        return self.__clp

    
    @property
    def systemrdl_python_child_name_map(self) -> dict[str, str]:
        return {'aal':'aal','service':'service','tx_en':'tx_en','rx_en':'rx_en','rx_errored':'rx_errored','clp':'clp',
            }

    
    
    
    
    
    
    # nodes:6
                
    @overload
    def get_child_by_system_rdl_name(self, name: Literal["aal"]) -> 'vcnic_regs_VC_PARAM_aal_0xf58fe81e10d83b84ded57f57ab5da7e5302af253685a9996769a83ee0f26647b_cls': ...
                
                
    @overload
    def get_child_by_system_rdl_name(self, name: Literal["service"]) -> 'vcnic_regs_VC_PARAM_service_0x1931e4822f1f88ca2d957511cf56fcae21f4fa174b54f50867a8ac07d372ab3c_cls': ...
                
                
    @overload
    def get_child_by_system_rdl_name(self, name: Literal["tx_en"]) -> 'vcnic_regs_VC_PARAM_tx_en_0xfcbfe4adf83956c0d4cbb04ffec075d90ca6d4c4e202bc75618548128c4faf85_cls': ...
                
                
    @overload
    def get_child_by_system_rdl_name(self, name: Literal["rx_en"]) -> 'vcnic_regs_VC_PARAM_rx_en_0x3469c311bb1b5c5820f33c233019460fde2d1757de6fa30f6b03fa748eb5f54c_cls': ...
                
                
    @overload
    def get_child_by_system_rdl_name(self, name: Literal["rx_errored"]) -> 'vcnic_regs_VC_PARAM_rx_errored_0x2df5521336854de812f6a9742c00b3c3becd0af71be4b6c254dfba8493be37b7_cls': ...
                
                
    @overload
    def get_child_by_system_rdl_name(self, name: Literal["clp"]) -> 'vcnic_regs_VC_PARAM_clp_0xa9ac8d38351625ef0672ca201420c79a9d001e6a02d91fe3b06ba64ae8795661_cls': ...
                

    @overload
    def get_child_by_system_rdl_name(self, name: str) -> Union['vcnic_regs_VC_PARAM_aal_0xf58fe81e10d83b84ded57f57ab5da7e5302af253685a9996769a83ee0f26647b_cls', 'vcnic_regs_VC_PARAM_service_0x1931e4822f1f88ca2d957511cf56fcae21f4fa174b54f50867a8ac07d372ab3c_cls', 'vcnic_regs_VC_PARAM_tx_en_0xfcbfe4adf83956c0d4cbb04ffec075d90ca6d4c4e202bc75618548128c4faf85_cls', 'vcnic_regs_VC_PARAM_rx_en_0x3469c311bb1b5c5820f33c233019460fde2d1757de6fa30f6b03fa748eb5f54c_cls', 'vcnic_regs_VC_PARAM_rx_errored_0x2df5521336854de812f6a9742c00b3c3becd0af71be4b6c254dfba8493be37b7_cls', 'vcnic_regs_VC_PARAM_clp_0xa9ac8d38351625ef0672ca201420c79a9d001e6a02d91fe3b06ba64ae8795661_cls', ]: ...

    def get_child_by_system_rdl_name(self, name: Any) -> Any:
        return super().get_child_by_system_rdl_name(name)
    


    

    
    

    @property
    def rdl_name(self) -> str:
        return "VC parameters"
    
    

    
    def __iter__(self) -> Iterator[Union[FieldAsyncReadOnly,FieldAsyncWriteOnly,FieldAsyncReadWrite]]:
        
        
        yield self.aal
        yield self.service
        yield self.tx_en
        yield self.rx_en
        yield self.rx_errored
        yield self.clp
        
        
    

    
    
class vcnic_regs_VC_MAX_SDU_0x7ba6364b177af5f785fe0366d2bba07af74a76ad0974c88acfb7a26552fe2bae_cls(RegAsyncReadWrite):
    """
    Class to represent a register in the register model

    +--------------+-------------------------------------------------------------------------+
    | SystemRDL    | Value                                                                   |
    | Field        |                                                                         |
    +==============+=========================================================================+
    | Name         | .. raw:: html                                                           |
    |              |                                                                         |
    |              |      VC max SDU                                                         |
    +--------------+-------------------------------------------------------------------------+
    """

    __slots__ : list[str] = ['__max_sdu']

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
        
        self.__max_sdu:vcnic_regs_VC_MAX_SDU_max_sdu_0xd9d1f4886e96207095f2bcca4129b242765807e056529612991beae84479a805_cls = vcnic_regs_VC_MAX_SDU_max_sdu_0xd9d1f4886e96207095f2bcca4129b242765807e056529612991beae84479a805_cls(
            parent_register=self,
            size_props=FieldSizeProps(
                width=16,
                lsb=0, msb=15,
                low=0, high=15),
            misc_props=FieldMiscProps(
                default=9180,
                is_volatile=False),
            logger_handle=logger_handle+'.max_sdu',
            inst_name='max_sdu',
            field_type=int)

    @property
    def width(self) -> int:
        return 32

    @property
    def accesswidth(self) -> int:
        return 32

    
    
    def register_value( # type: ignore[override]
        self, *,max_sdu : int,) -> int:
        return super().register_value(max_sdu=max_sdu,)
    

    

    
         
            
    async def write_all_fields_without_read( # type: ignore[override]
        self, *,max_sdu : int,) -> None:
        return await super().write_all_fields_without_read(max_sdu=max_sdu,)
         
    

    # build the properties for the fields
    
    @property
    def max_sdu(self) -> vcnic_regs_VC_MAX_SDU_max_sdu_0xd9d1f4886e96207095f2bcca4129b242765807e056529612991beae84479a805_cls:
        """
        Property to access max_sdu field of the register

        +--------------+-------------------------------------------------------------------------+
        | SystemRDL    | Value                                                                   |
        | Field        |                                                                         |
        +==============+=========================================================================+
        | Description  | .. raw:: html                                                           |
        |              |                                                                         |
        |              |      <p>Largest SDU in bytes, 1..65535, both directions.</p>            |
        +--------------+-------------------------------------------------------------------------+
        """
        return self.__max_sdu

    
    @property
    def systemrdl_python_child_name_map(self) -> dict[str, str]:
        return {'max_sdu':'max_sdu',
            }

    
    
    
    
    
    
                
    def get_child_by_system_rdl_name(self, name: Any) -> 'vcnic_regs_VC_MAX_SDU_max_sdu_0xd9d1f4886e96207095f2bcca4129b242765807e056529612991beae84479a805_cls':
        return super().get_child_by_system_rdl_name(name)
                
    


    

    
    

    @property
    def rdl_name(self) -> str:
        return "VC max SDU"
    
    

    
    def __iter__(self) -> Iterator[Union[FieldAsyncReadOnly,FieldAsyncWriteOnly,FieldAsyncReadWrite]]:
        
        
        yield self.max_sdu
        
        
    

    
    
class vcnic_regs_VC_PCR_INC_0x980804f3ebc4a61f138bcbe4120473418fd9ef8daad9f24e105a1cedfc24255b_cls(RegAsyncReadWrite):
    """
    Class to represent a register in the register model

    +--------------+-------------------------------------------------------------------------+
    | SystemRDL    | Value                                                                   |
    | Field        |                                                                         |
    +==============+=========================================================================+
    | Name         | .. raw:: html                                                           |
    |              |                                                                         |
    |              |      VC GCRA increment                                                  |
    +--------------+-------------------------------------------------------------------------+
    | Description  | .. raw:: html                                                           |
    |              |                                                                         |
    |              |      <p>CBR only: T = LINK_RATE / PCR in cell slots, unsigned 16.16     |
    |              |      fixed point. Nonzero for CBR.</p>                                  |
    +--------------+-------------------------------------------------------------------------+
    """

    __slots__ : list[str] = ['__inc']

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
        
        self.__inc:FieldAsyncReadWrite = FieldAsyncReadWrite(
            parent_register=self,
            size_props=FieldSizeProps(
                width=32,
                lsb=0, msb=31,
                low=0, high=31),
            misc_props=FieldMiscProps(
                default=0,
                is_volatile=False),
            logger_handle=logger_handle+'.inc',
            inst_name='inc',
            field_type=int)

    @property
    def width(self) -> int:
        return 32

    @property
    def accesswidth(self) -> int:
        return 32

    
    
    def register_value( # type: ignore[override]
        self, *,inc : int,) -> int:
        return super().register_value(inc=inc,)
    

    

    
         
            
    async def write_all_fields_without_read( # type: ignore[override]
        self, *,inc : int,) -> None:
        return await super().write_all_fields_without_read(inc=inc,)
         
    

    # build the properties for the fields
    
    @property
    def inc(self) -> FieldAsyncReadWrite:
        """
        Property to access inc field of the register

        
        """
        return self.__inc

    
    @property
    def systemrdl_python_child_name_map(self) -> dict[str, str]:
        return {'inc':'inc',
            }

    
    
    
    
    
    
                
    def get_child_by_system_rdl_name(self, name: Any) -> 'FieldAsyncReadWrite':
        return super().get_child_by_system_rdl_name(name)
                
    


    

    
    

    @property
    def rdl_name(self) -> str:
        return "VC GCRA increment"
    @property
    def rdl_desc(self) -> str:
        return "CBR only: T = LINK_RATE / PCR in cell slots, unsigned 16.16 fixed point. Nonzero for CBR."
    
    

    
    def __iter__(self) -> Iterator[Union[FieldAsyncReadOnly,FieldAsyncWriteOnly,FieldAsyncReadWrite]]:
        
        
        yield self.inc
        
        
    

    
    
class vcnic_regs_VC_CMD_0x54510d34acac028db0c267f78643c504a9bb1cdc2763917c372f6978a6c0a854_cls(RegAsyncReadWrite):
    """
    Class to represent a register in the register model

    +--------------+-------------------------------------------------------------------------+
    | SystemRDL    | Value                                                                   |
    | Field        |                                                                         |
    +==============+=========================================================================+
    | Name         | .. raw:: html                                                           |
    |              |                                                                         |
    |              |      VC command                                                         |
    +--------------+-------------------------------------------------------------------------+
    | Description  | .. raw:: html                                                           |
    |              |                                                                         |
    |              |      <p>Write an opcode to start a command on VC_SELECT. Poll busy or   |
    |              |      wait for INT_STATUS.cmd_done, then read result. A write while busy |
    |              |      is ignored and sets INT_STATUS.cmd_overrun.</p>                    |
    +--------------+-------------------------------------------------------------------------+
    """

    __slots__ : list[str] = ['__opcode', '__busy', '__result']

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
        
        self.__opcode:vcnic_regs_VC_CMD_opcode_0x845095aa62c84fc775994788285f2c0b1a9417a0b8c57d49142be894f54d383f_cls = vcnic_regs_VC_CMD_opcode_0x845095aa62c84fc775994788285f2c0b1a9417a0b8c57d49142be894f54d383f_cls(
            parent_register=self,
            size_props=FieldSizeProps(
                width=4,
                lsb=0, msb=3,
                low=0, high=3),
            misc_props=FieldMiscProps(
                default=0,
                is_volatile=False),
            logger_handle=logger_handle+'.opcode',
            inst_name='opcode',
            field_type=_vc_opcode_e0x1aaaa6af53e35583e65ecd09a259923312403332454ccf1fabe802b94a604c7e_enumcls)
        self.__busy:vcnic_regs_VC_CMD_busy_0x50db29d30c9ad8b9455c4e9a9e292bb278599f048c3da287d7e053b5cfd4e8d7_cls = vcnic_regs_VC_CMD_busy_0x50db29d30c9ad8b9455c4e9a9e292bb278599f048c3da287d7e053b5cfd4e8d7_cls(
            parent_register=self,
            size_props=FieldSizeProps(
                width=1,
                lsb=8, msb=8,
                low=8, high=8),
            misc_props=FieldMiscProps(
                default=None,
                is_volatile=True),
            logger_handle=logger_handle+'.busy',
            inst_name='busy',
            field_type=int)
        self.__result:vcnic_regs_VC_CMD_result_0xf15beef2b1aff63436725b7975c42d96e456a25024367a08dd3de662384d153a_cls = vcnic_regs_VC_CMD_result_0xf15beef2b1aff63436725b7975c42d96e456a25024367a08dd3de662384d153a_cls(
            parent_register=self,
            size_props=FieldSizeProps(
                width=4,
                lsb=16, msb=19,
                low=16, high=19),
            misc_props=FieldMiscProps(
                default=None,
                is_volatile=True),
            logger_handle=logger_handle+'.result',
            inst_name='result',
            field_type=_vc_result_e0xd10e8afa8c2388b98cd054f372c9325d5df49a14ba81f9806226aba7af6b1709_enumcls)

    @property
    def width(self) -> int:
        return 32

    @property
    def accesswidth(self) -> int:
        return 32

    
    
    def register_value( # type: ignore[override]
        self, *,opcode : _vc_opcode_e0x1aaaa6af53e35583e65ecd09a259923312403332454ccf1fabe802b94a604c7e_enumcls,busy : int,result : _vc_result_e0xd10e8afa8c2388b98cd054f372c9325d5df49a14ba81f9806226aba7af6b1709_enumcls,) -> int:
        return super().register_value(opcode=opcode,busy=busy,result=result,)
    

    

    
         
            
    async def write_all_fields_without_read( # type: ignore[override]
        self, *,opcode : _vc_opcode_e0x1aaaa6af53e35583e65ecd09a259923312403332454ccf1fabe802b94a604c7e_enumcls,) -> None:
        return await super().write_all_fields_without_read(opcode=opcode,)
         
    

    # build the properties for the fields
    
    @property
    def opcode(self) -> vcnic_regs_VC_CMD_opcode_0x845095aa62c84fc775994788285f2c0b1a9417a0b8c57d49142be894f54d383f_cls:
        """
        Property to access opcode field of the register

        
        """
        return self.__opcode
    @property
    def busy(self) -> vcnic_regs_VC_CMD_busy_0x50db29d30c9ad8b9455c4e9a9e292bb278599f048c3da287d7e053b5cfd4e8d7_cls:
        """
        Property to access busy field of the register

        +--------------+-------------------------------------------------------------------------+
        | SystemRDL    | Value                                                                   |
        | Field        |                                                                         |
        +==============+=========================================================================+
        | Description  | .. raw:: html                                                           |
        |              |                                                                         |
        |              |      <p>Command in progress.</p>                                        |
        +--------------+-------------------------------------------------------------------------+
        """
        return self.__busy
    @property
    def result(self) -> vcnic_regs_VC_CMD_result_0xf15beef2b1aff63436725b7975c42d96e456a25024367a08dd3de662384d153a_cls:
        """
        Property to access result field of the register

        +--------------+-------------------------------------------------------------------------+
        | SystemRDL    | Value                                                                   |
        | Field        |                                                                         |
        +==============+=========================================================================+
        | Description  | .. raw:: html                                                           |
        |              |                                                                         |
        |              |      <p>Result of the last command.</p>                                 |
        +--------------+-------------------------------------------------------------------------+
        """
        return self.__result

    
    @property
    def systemrdl_python_child_name_map(self) -> dict[str, str]:
        return {'opcode':'opcode','busy':'busy','result':'result',
            }

    
    
    
    
    
    
    # nodes:3
                
    @overload
    def get_child_by_system_rdl_name(self, name: Literal["opcode"]) -> 'vcnic_regs_VC_CMD_opcode_0x845095aa62c84fc775994788285f2c0b1a9417a0b8c57d49142be894f54d383f_cls': ...
                
                
    @overload
    def get_child_by_system_rdl_name(self, name: Literal["busy"]) -> 'vcnic_regs_VC_CMD_busy_0x50db29d30c9ad8b9455c4e9a9e292bb278599f048c3da287d7e053b5cfd4e8d7_cls': ...
                
                
    @overload
    def get_child_by_system_rdl_name(self, name: Literal["result"]) -> 'vcnic_regs_VC_CMD_result_0xf15beef2b1aff63436725b7975c42d96e456a25024367a08dd3de662384d153a_cls': ...
                

    @overload
    def get_child_by_system_rdl_name(self, name: str) -> Union['vcnic_regs_VC_CMD_opcode_0x845095aa62c84fc775994788285f2c0b1a9417a0b8c57d49142be894f54d383f_cls', 'vcnic_regs_VC_CMD_busy_0x50db29d30c9ad8b9455c4e9a9e292bb278599f048c3da287d7e053b5cfd4e8d7_cls', 'vcnic_regs_VC_CMD_result_0xf15beef2b1aff63436725b7975c42d96e456a25024367a08dd3de662384d153a_cls', ]: ...

    def get_child_by_system_rdl_name(self, name: Any) -> Any:
        return super().get_child_by_system_rdl_name(name)
    


    

    
    

    @property
    def rdl_name(self) -> str:
        return "VC command"
    @property
    def rdl_desc(self) -> str:
        return "Write an opcode to start a command on VC_SELECT. Poll busy or wait for INT_STATUS.cmd_done, then read result. A write while busy is ignored and sets INT_STATUS.cmd_overrun."
    
    

    
    def __iter__(self) -> Iterator[Union[FieldAsyncReadOnly,FieldAsyncWriteOnly,FieldAsyncReadWrite]]:
        
        
        yield self.opcode
        yield self.busy
        yield self.result
        
        
    

    
    
class vcnic_regs_VC_Q_STATE_0x5017a218d7c4728205013c408cb92b3854004972b8e29f0fd53cb059f4e01186_cls(RegAsyncReadOnly):
    """
    Class to represent a register in the register model

    +--------------+-------------------------------------------------------------------------+
    | SystemRDL    | Value                                                                   |
    | Field        |                                                                         |
    +==============+=========================================================================+
    | Name         | .. raw:: html                                                           |
    |              |                                                                         |
    |              |      VC queried state                                                   |
    +--------------+-------------------------------------------------------------------------+
    | Description  | .. raw:: html                                                           |
    |              |                                                                         |
    |              |      <p>QUERY snapshot.</p>                                             |
    +--------------+-------------------------------------------------------------------------+
    """

    __slots__ : list[str] = ['__state', '__last_rx_status', '__last_tx_status', '__tx_queued']

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
        
        self.__state:vcnic_regs_VC_Q_STATE_state_0x679c4ae1094882f03b2a39399e776ec707176733bce48a7a83631ded9ff92fe7_cls = vcnic_regs_VC_Q_STATE_state_0x679c4ae1094882f03b2a39399e776ec707176733bce48a7a83631ded9ff92fe7_cls(
            parent_register=self,
            size_props=FieldSizeProps(
                width=2,
                lsb=0, msb=1,
                low=0, high=1),
            misc_props=FieldMiscProps(
                default=None,
                is_volatile=True),
            logger_handle=logger_handle+'.state',
            inst_name='state',
            field_type=_vc_state_e0x570cc759b48957230b388ebf1fd68a43a41dee9b70d90e2c537f859d7c58dace_enumcls)
        self.__last_rx_status:vcnic_regs_VC_Q_STATE_last_rx_status_0x4267412938a438d4ac9f9b74abff8d6ee19313805908aff58e1f170e4cb819fa_cls = vcnic_regs_VC_Q_STATE_last_rx_status_0x4267412938a438d4ac9f9b74abff8d6ee19313805908aff58e1f170e4cb819fa_cls(
            parent_register=self,
            size_props=FieldSizeProps(
                width=4,
                lsb=4, msb=7,
                low=4, high=7),
            misc_props=FieldMiscProps(
                default=None,
                is_volatile=True),
            logger_handle=logger_handle+'.last_rx_status',
            inst_name='last_rx_status',
            field_type=_rx_status_e0xbafd3746f05d5463f99b4c9dd382a484f0426d43cd14ded206384711b16547b0_enumcls)
        self.__last_tx_status:vcnic_regs_VC_Q_STATE_last_tx_status_0x1c34d0bffc6b33202c0c26900dd084184335f9506c7c34a0066a96c696e1b61a_cls = vcnic_regs_VC_Q_STATE_last_tx_status_0x1c34d0bffc6b33202c0c26900dd084184335f9506c7c34a0066a96c696e1b61a_cls(
            parent_register=self,
            size_props=FieldSizeProps(
                width=4,
                lsb=8, msb=11,
                low=8, high=11),
            misc_props=FieldMiscProps(
                default=None,
                is_volatile=True),
            logger_handle=logger_handle+'.last_tx_status',
            inst_name='last_tx_status',
            field_type=_tx_status_e0x90acf299b7009142782b0335f68b0bf4595d107dae5213cc5882223a1ee729d9_enumcls)
        self.__tx_queued:vcnic_regs_VC_Q_STATE_tx_queued_0x771a633870ef837c0acd091d63b9f1f364cd672d4a61344a3e68fda98f2c2b67_cls = vcnic_regs_VC_Q_STATE_tx_queued_0x771a633870ef837c0acd091d63b9f1f364cd672d4a61344a3e68fda98f2c2b67_cls(
            parent_register=self,
            size_props=FieldSizeProps(
                width=16,
                lsb=12, msb=27,
                low=12, high=27),
            misc_props=FieldMiscProps(
                default=None,
                is_volatile=True),
            logger_handle=logger_handle+'.tx_queued',
            inst_name='tx_queued',
            field_type=int)

    @property
    def width(self) -> int:
        return 32

    @property
    def accesswidth(self) -> int:
        return 32

    
    
    def register_value( # type: ignore[override]
        self, *,state : _vc_state_e0x570cc759b48957230b388ebf1fd68a43a41dee9b70d90e2c537f859d7c58dace_enumcls,last_rx_status : _rx_status_e0xbafd3746f05d5463f99b4c9dd382a484f0426d43cd14ded206384711b16547b0_enumcls,last_tx_status : _tx_status_e0x90acf299b7009142782b0335f68b0bf4595d107dae5213cc5882223a1ee729d9_enumcls,tx_queued : int,) -> int:
        return super().register_value(state=state,last_rx_status=last_rx_status,last_tx_status=last_tx_status,tx_queued=tx_queued,)
    

    

    

    # build the properties for the fields
    
    @property
    def state(self) -> vcnic_regs_VC_Q_STATE_state_0x679c4ae1094882f03b2a39399e776ec707176733bce48a7a83631ded9ff92fe7_cls:
        """
        Property to access state field of the register

        
        """
        return self.__state
    @property
    def last_rx_status(self) -> vcnic_regs_VC_Q_STATE_last_rx_status_0x4267412938a438d4ac9f9b74abff8d6ee19313805908aff58e1f170e4cb819fa_cls:
        """
        Property to access last_rx_status field of the register

        +--------------+-------------------------------------------------------------------------+
        | SystemRDL    | Value                                                                   |
        | Field        |                                                                         |
        +==============+=========================================================================+
        | Description  | .. raw:: html                                                           |
        |              |                                                                         |
        |              |      <p>Status of the last PDU completed on RX.</p>                     |
        +--------------+-------------------------------------------------------------------------+
        """
        return self.__last_rx_status
    @property
    def last_tx_status(self) -> vcnic_regs_VC_Q_STATE_last_tx_status_0x1c34d0bffc6b33202c0c26900dd084184335f9506c7c34a0066a96c696e1b61a_cls:
        """
        Property to access last_tx_status field of the register

        +--------------+-------------------------------------------------------------------------+
        | SystemRDL    | Value                                                                   |
        | Field        |                                                                         |
        +==============+=========================================================================+
        | Description  | .. raw:: html                                                           |
        |              |                                                                         |
        |              |      <p>Status of the last TX completion.</p>                           |
        +--------------+-------------------------------------------------------------------------+
        """
        return self.__last_tx_status
    @property
    def tx_queued(self) -> vcnic_regs_VC_Q_STATE_tx_queued_0x771a633870ef837c0acd091d63b9f1f364cd672d4a61344a3e68fda98f2c2b67_cls:
        """
        Property to access tx_queued field of the register

        +--------------+-------------------------------------------------------------------------+
        | SystemRDL    | Value                                                                   |
        | Field        |                                                                         |
        +==============+=========================================================================+
        | Description  | .. raw:: html                                                           |
        |              |                                                                         |
        |              |      <p>Frames queued for TX (not yet completed).</p>                   |
        +--------------+-------------------------------------------------------------------------+
        """
        return self.__tx_queued

    
    @property
    def systemrdl_python_child_name_map(self) -> dict[str, str]:
        return {'state':'state','last_rx_status':'last_rx_status','last_tx_status':'last_tx_status','tx_queued':'tx_queued',
            }

    
    
    
    
    
    
    # nodes:4
                
    @overload
    def get_child_by_system_rdl_name(self, name: Literal["state"]) -> 'vcnic_regs_VC_Q_STATE_state_0x679c4ae1094882f03b2a39399e776ec707176733bce48a7a83631ded9ff92fe7_cls': ...
                
                
    @overload
    def get_child_by_system_rdl_name(self, name: Literal["last_rx_status"]) -> 'vcnic_regs_VC_Q_STATE_last_rx_status_0x4267412938a438d4ac9f9b74abff8d6ee19313805908aff58e1f170e4cb819fa_cls': ...
                
                
    @overload
    def get_child_by_system_rdl_name(self, name: Literal["last_tx_status"]) -> 'vcnic_regs_VC_Q_STATE_last_tx_status_0x1c34d0bffc6b33202c0c26900dd084184335f9506c7c34a0066a96c696e1b61a_cls': ...
                
                
    @overload
    def get_child_by_system_rdl_name(self, name: Literal["tx_queued"]) -> 'vcnic_regs_VC_Q_STATE_tx_queued_0x771a633870ef837c0acd091d63b9f1f364cd672d4a61344a3e68fda98f2c2b67_cls': ...
                

    @overload
    def get_child_by_system_rdl_name(self, name: str) -> Union['vcnic_regs_VC_Q_STATE_state_0x679c4ae1094882f03b2a39399e776ec707176733bce48a7a83631ded9ff92fe7_cls', 'vcnic_regs_VC_Q_STATE_last_rx_status_0x4267412938a438d4ac9f9b74abff8d6ee19313805908aff58e1f170e4cb819fa_cls', 'vcnic_regs_VC_Q_STATE_last_tx_status_0x1c34d0bffc6b33202c0c26900dd084184335f9506c7c34a0066a96c696e1b61a_cls', 'vcnic_regs_VC_Q_STATE_tx_queued_0x771a633870ef837c0acd091d63b9f1f364cd672d4a61344a3e68fda98f2c2b67_cls', ]: ...

    def get_child_by_system_rdl_name(self, name: Any) -> Any:
        return super().get_child_by_system_rdl_name(name)
    


    

    
    

    @property
    def rdl_name(self) -> str:
        return "VC queried state"
    @property
    def rdl_desc(self) -> str:
        return "QUERY snapshot."
    
    

    
    def __iter__(self) -> Iterator[Union[FieldAsyncReadOnly,FieldAsyncWriteOnly,FieldAsyncReadWrite]]:
        
        
        yield self.state
        yield self.last_rx_status
        yield self.last_tx_status
        yield self.tx_queued
        
        
    

    
    
class vcnic_regs_VC_Q_VPIVCI_0xb66d7b6074fa192a903de6762b6d595bb523cd6478384ffa38611390c43941c2_cls(RegAsyncReadOnly):
    """
    Class to represent a register in the register model

    +--------------+-------------------------------------------------------------------------+
    | SystemRDL    | Value                                                                   |
    | Field        |                                                                         |
    +==============+=========================================================================+
    | Name         | .. raw:: html                                                           |
    |              |                                                                         |
    |              |      VC queried connection ID                                           |
    +--------------+-------------------------------------------------------------------------+
    """

    __slots__ : list[str] = ['__vci', '__vpi']

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
        
        self.__vci:FieldAsyncReadOnly = FieldAsyncReadOnly(
            parent_register=self,
            size_props=FieldSizeProps(
                width=16,
                lsb=0, msb=15,
                low=0, high=15),
            misc_props=FieldMiscProps(
                default=None,
                is_volatile=True),
            logger_handle=logger_handle+'.vci',
            inst_name='vci',
            field_type=int)
        self.__vpi:FieldAsyncReadOnly = FieldAsyncReadOnly(
            parent_register=self,
            size_props=FieldSizeProps(
                width=12,
                lsb=16, msb=27,
                low=16, high=27),
            misc_props=FieldMiscProps(
                default=None,
                is_volatile=True),
            logger_handle=logger_handle+'.vpi',
            inst_name='vpi',
            field_type=int)

    @property
    def width(self) -> int:
        return 32

    @property
    def accesswidth(self) -> int:
        return 32

    
    
    def register_value( # type: ignore[override]
        self, *,vci : int,vpi : int,) -> int:
        return super().register_value(vci=vci,vpi=vpi,)
    

    

    

    # build the properties for the fields
    
    @property
    def vci(self) -> FieldAsyncReadOnly:
        """
        Property to access vci field of the register

        
        """
        return self.__vci
    @property
    def vpi(self) -> FieldAsyncReadOnly:
        """
        Property to access vpi field of the register

        
        """
        return self.__vpi

    
    @property
    def systemrdl_python_child_name_map(self) -> dict[str, str]:
        return {'vci':'vci','vpi':'vpi',
            }

    
    
    
    
    
    
    # nodes:2
                
    @overload
    def get_child_by_system_rdl_name(self, name: Literal["vci"]) -> 'FieldAsyncReadOnly': ...
                
                
    @overload
    def get_child_by_system_rdl_name(self, name: Literal["vpi"]) -> 'FieldAsyncReadOnly': ...
                

    @overload
    def get_child_by_system_rdl_name(self, name: str) -> Union['FieldAsyncReadOnly', 'FieldAsyncReadOnly', ]: ...

    def get_child_by_system_rdl_name(self, name: Any) -> Any:
        return super().get_child_by_system_rdl_name(name)
    


    

    
    

    @property
    def rdl_name(self) -> str:
        return "VC queried connection ID"
    
    

    
    def __iter__(self) -> Iterator[Union[FieldAsyncReadOnly,FieldAsyncWriteOnly,FieldAsyncReadWrite]]:
        
        
        yield self.vci
        yield self.vpi
        
        
    

    
    
class vcnic_regs_VC_Q_PARAM_0x23cc48d13b2655961a63249dfcdc9821d33895580379c6f0cb3e586476219c89_cls(RegAsyncReadOnly):
    """
    Class to represent a register in the register model

    +--------------+-------------------------------------------------------------------------+
    | SystemRDL    | Value                                                                   |
    | Field        |                                                                         |
    +==============+=========================================================================+
    | Name         | .. raw:: html                                                           |
    |              |                                                                         |
    |              |      VC queried parameters                                              |
    +--------------+-------------------------------------------------------------------------+
    | Description  | .. raw:: html                                                           |
    |              |                                                                         |
    |              |      <p>Same layout as VC_PARAM.</p>                                    |
    +--------------+-------------------------------------------------------------------------+
    """

    __slots__ : list[str] = ['__aal', '__service', '__tx_en', '__rx_en', '__rx_errored', '__clp']

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
        
        self.__aal:vcnic_regs_VC_Q_PARAM_aal_0x8790be8325e8c7fddae94fd2a30eebb7ddcc65281dddc7ddc15880f99aad9223_cls = vcnic_regs_VC_Q_PARAM_aal_0x8790be8325e8c7fddae94fd2a30eebb7ddcc65281dddc7ddc15880f99aad9223_cls(
            parent_register=self,
            size_props=FieldSizeProps(
                width=8,
                lsb=0, msb=7,
                low=0, high=7),
            misc_props=FieldMiscProps(
                default=None,
                is_volatile=True),
            logger_handle=logger_handle+'.aal',
            inst_name='aal',
            field_type=_aal_type_e0xfeae3fbe58c5c736acd6ad8e9269198e8daa0d4bd0fc785b6ed37c9202772461_enumcls)
        self.__service:vcnic_regs_VC_Q_PARAM_service_0xe056aeeb372e20e00b42a7e2b052526d95bf42aab92d2ac876a0ab8730cba3ec_cls = vcnic_regs_VC_Q_PARAM_service_0xe056aeeb372e20e00b42a7e2b052526d95bf42aab92d2ac876a0ab8730cba3ec_cls(
            parent_register=self,
            size_props=FieldSizeProps(
                width=8,
                lsb=8, msb=15,
                low=8, high=15),
            misc_props=FieldMiscProps(
                default=None,
                is_volatile=True),
            logger_handle=logger_handle+'.service',
            inst_name='service',
            field_type=_service_e0x66e03a082c8dbd4abd981f801bc5a8789455cd9f2fcde97fcc626618b2bfa178_enumcls)
        self.__tx_en:FieldAsyncReadOnly = FieldAsyncReadOnly(
            parent_register=self,
            size_props=FieldSizeProps(
                width=1,
                lsb=16, msb=16,
                low=16, high=16),
            misc_props=FieldMiscProps(
                default=None,
                is_volatile=True),
            logger_handle=logger_handle+'.tx_en',
            inst_name='tx_en',
            field_type=int)
        self.__rx_en:FieldAsyncReadOnly = FieldAsyncReadOnly(
            parent_register=self,
            size_props=FieldSizeProps(
                width=1,
                lsb=17, msb=17,
                low=17, high=17),
            misc_props=FieldMiscProps(
                default=None,
                is_volatile=True),
            logger_handle=logger_handle+'.rx_en',
            inst_name='rx_en',
            field_type=int)
        self.__rx_errored:FieldAsyncReadOnly = FieldAsyncReadOnly(
            parent_register=self,
            size_props=FieldSizeProps(
                width=1,
                lsb=18, msb=18,
                low=18, high=18),
            misc_props=FieldMiscProps(
                default=None,
                is_volatile=True),
            logger_handle=logger_handle+'.rx_errored',
            inst_name='rx_errored',
            field_type=int)
        self.__clp:FieldAsyncReadOnly = FieldAsyncReadOnly(
            parent_register=self,
            size_props=FieldSizeProps(
                width=1,
                lsb=19, msb=19,
                low=19, high=19),
            misc_props=FieldMiscProps(
                default=None,
                is_volatile=True),
            logger_handle=logger_handle+'.clp',
            inst_name='clp',
            field_type=int)

    @property
    def width(self) -> int:
        return 32

    @property
    def accesswidth(self) -> int:
        return 32

    
    
    def register_value( # type: ignore[override]
        self, *,aal : _aal_type_e0xfeae3fbe58c5c736acd6ad8e9269198e8daa0d4bd0fc785b6ed37c9202772461_enumcls,service : _service_e0x66e03a082c8dbd4abd981f801bc5a8789455cd9f2fcde97fcc626618b2bfa178_enumcls,tx_en : int,rx_en : int,rx_errored : int,clp : int,) -> int:
        return super().register_value(aal=aal,service=service,tx_en=tx_en,rx_en=rx_en,rx_errored=rx_errored,clp=clp,)
    

    

    

    # build the properties for the fields
    
    @property
    def aal(self) -> vcnic_regs_VC_Q_PARAM_aal_0x8790be8325e8c7fddae94fd2a30eebb7ddcc65281dddc7ddc15880f99aad9223_cls:
        """
        Property to access aal field of the register

        
        """
        return self.__aal
    @property
    def service(self) -> vcnic_regs_VC_Q_PARAM_service_0xe056aeeb372e20e00b42a7e2b052526d95bf42aab92d2ac876a0ab8730cba3ec_cls:
        """
        Property to access service field of the register

        
        """
        return self.__service
    @property
    def tx_en(self) -> FieldAsyncReadOnly:
        """
        Property to access tx_en field of the register

        
        """
        return self.__tx_en
    @property
    def rx_en(self) -> FieldAsyncReadOnly:
        """
        Property to access rx_en field of the register

        
        """
        return self.__rx_en
    @property
    def rx_errored(self) -> FieldAsyncReadOnly:
        """
        Property to access rx_errored field of the register

        
        """
        return self.__rx_errored
    @property
    def clp(self) -> FieldAsyncReadOnly:
        """
        Property to access clp field of the register

        
        """
        return self.__clp

    
    @property
    def systemrdl_python_child_name_map(self) -> dict[str, str]:
        return {'aal':'aal','service':'service','tx_en':'tx_en','rx_en':'rx_en','rx_errored':'rx_errored','clp':'clp',
            }

    
    
    
    
    
    
    # nodes:6
                
    @overload
    def get_child_by_system_rdl_name(self, name: Literal["aal"]) -> 'vcnic_regs_VC_Q_PARAM_aal_0x8790be8325e8c7fddae94fd2a30eebb7ddcc65281dddc7ddc15880f99aad9223_cls': ...
                
                
    @overload
    def get_child_by_system_rdl_name(self, name: Literal["service"]) -> 'vcnic_regs_VC_Q_PARAM_service_0xe056aeeb372e20e00b42a7e2b052526d95bf42aab92d2ac876a0ab8730cba3ec_cls': ...
                
                
    @overload
    def get_child_by_system_rdl_name(self, name: Literal["tx_en"]) -> 'FieldAsyncReadOnly': ...
                
                
    @overload
    def get_child_by_system_rdl_name(self, name: Literal["rx_en"]) -> 'FieldAsyncReadOnly': ...
                
                
    @overload
    def get_child_by_system_rdl_name(self, name: Literal["rx_errored"]) -> 'FieldAsyncReadOnly': ...
                
                
    @overload
    def get_child_by_system_rdl_name(self, name: Literal["clp"]) -> 'FieldAsyncReadOnly': ...
                

    @overload
    def get_child_by_system_rdl_name(self, name: str) -> Union['vcnic_regs_VC_Q_PARAM_aal_0x8790be8325e8c7fddae94fd2a30eebb7ddcc65281dddc7ddc15880f99aad9223_cls', 'vcnic_regs_VC_Q_PARAM_service_0xe056aeeb372e20e00b42a7e2b052526d95bf42aab92d2ac876a0ab8730cba3ec_cls', 'FieldAsyncReadOnly', 'FieldAsyncReadOnly', 'FieldAsyncReadOnly', 'FieldAsyncReadOnly', ]: ...

    def get_child_by_system_rdl_name(self, name: Any) -> Any:
        return super().get_child_by_system_rdl_name(name)
    


    

    
    

    @property
    def rdl_name(self) -> str:
        return "VC queried parameters"
    @property
    def rdl_desc(self) -> str:
        return "Same layout as VC_PARAM."
    
    

    
    def __iter__(self) -> Iterator[Union[FieldAsyncReadOnly,FieldAsyncWriteOnly,FieldAsyncReadWrite]]:
        
        
        yield self.aal
        yield self.service
        yield self.tx_en
        yield self.rx_en
        yield self.rx_errored
        yield self.clp
        
        
    

    
    
class vcnic_regs_VC_Q_MAX_SDU_0x942752ed85b766cae50742e1eed899fc50a9ee128a08e3036abffd2afe38fcec_cls(RegAsyncReadOnly):
    """
    Class to represent a register in the register model

    +--------------+-------------------------------------------------------------------------+
    | SystemRDL    | Value                                                                   |
    | Field        |                                                                         |
    +==============+=========================================================================+
    | Name         | .. raw:: html                                                           |
    |              |                                                                         |
    |              |      VC queried max SDU                                                 |
    +--------------+-------------------------------------------------------------------------+
    """

    __slots__ : list[str] = ['__max_sdu']

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
        
        self.__max_sdu:FieldAsyncReadOnly = FieldAsyncReadOnly(
            parent_register=self,
            size_props=FieldSizeProps(
                width=16,
                lsb=0, msb=15,
                low=0, high=15),
            misc_props=FieldMiscProps(
                default=None,
                is_volatile=True),
            logger_handle=logger_handle+'.max_sdu',
            inst_name='max_sdu',
            field_type=int)

    @property
    def width(self) -> int:
        return 32

    @property
    def accesswidth(self) -> int:
        return 32

    
    
    def register_value( # type: ignore[override]
        self, *,max_sdu : int,) -> int:
        return super().register_value(max_sdu=max_sdu,)
    

    

    

    # build the properties for the fields
    
    @property
    def max_sdu(self) -> FieldAsyncReadOnly:
        """
        Property to access max_sdu field of the register

        
        """
        return self.__max_sdu

    
    @property
    def systemrdl_python_child_name_map(self) -> dict[str, str]:
        return {'max_sdu':'max_sdu',
            }

    
    
    
    
    
    
                
    def get_child_by_system_rdl_name(self, name: Any) -> 'FieldAsyncReadOnly':
        return super().get_child_by_system_rdl_name(name)
                
    


    

    
    

    @property
    def rdl_name(self) -> str:
        return "VC queried max SDU"
    
    

    
    def __iter__(self) -> Iterator[Union[FieldAsyncReadOnly,FieldAsyncWriteOnly,FieldAsyncReadWrite]]:
        
        
        yield self.max_sdu
        
        
    

    
    
class vcnic_regs_ro32_r_0x276c82a310c0520f5ed4cdff6d554e8e69d8476787d72a56766f180605450d7c_cls(RegAsyncReadOnly):
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
        
        self.__value:vcnic_regs_ro32_r_value_0x369ab0ad2f52319a651d5d7daebf00d203fc8da25817def5823bb41362e74f09_cls = vcnic_regs_ro32_r_value_0x369ab0ad2f52319a651d5d7daebf00d203fc8da25817def5823bb41362e74f09_cls(
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
    def value(self) -> vcnic_regs_ro32_r_value_0x369ab0ad2f52319a651d5d7daebf00d203fc8da25817def5823bb41362e74f09_cls:
        """
        Property to access value field of the register

        +--------------+-------------------------------------------------------------------------+
        | SystemRDL    | Value                                                                   |
        | Field        |                                                                         |
        +==============+=========================================================================+
        | Description  | .. raw:: html                                                           |
        |              |                                                                         |
        |              |      <p>GCRA increment (16.16).</p>                                     |
        +--------------+-------------------------------------------------------------------------+
        """
        return self.__value

    
    @property
    def systemrdl_python_child_name_map(self) -> dict[str, str]:
        return {'value':'value',
            }

    
    
    
    
    
    
                
    def get_child_by_system_rdl_name(self, name: Any) -> 'vcnic_regs_ro32_r_value_0x369ab0ad2f52319a651d5d7daebf00d203fc8da25817def5823bb41362e74f09_cls':
        return super().get_child_by_system_rdl_name(name)
                
    


    

    
    

    
    

    
    def __iter__(self) -> Iterator[Union[FieldAsyncReadOnly,FieldAsyncWriteOnly,FieldAsyncReadWrite]]:
        
        
        yield self.value
        
        
    

    
    
class vcnic_regs_ro32_r_0x661ee931850d526e797672587773b781c9cc903f231cdb7879394410007b5c46_cls(RegAsyncReadOnly):
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
        
        self.__value:vcnic_regs_ro32_r_value_0xdd9688701cae74c3e2081373f0333fb33b9b802e19cf8f1c4c790b08c89c537d_cls = vcnic_regs_ro32_r_value_0xdd9688701cae74c3e2081373f0333fb33b9b802e19cf8f1c4c790b08c89c537d_cls(
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
    def value(self) -> vcnic_regs_ro32_r_value_0xdd9688701cae74c3e2081373f0333fb33b9b802e19cf8f1c4c790b08c89c537d_cls:
        """
        Property to access value field of the register

        +--------------+-------------------------------------------------------------------------+
        | SystemRDL    | Value                                                                   |
        | Field        |                                                                         |
        +==============+=========================================================================+
        | Description  | .. raw:: html                                                           |
        |              |                                                                         |
        |              |      <p>Cells sent on this VC.</p>                                      |
        +--------------+-------------------------------------------------------------------------+
        """
        return self.__value

    
    @property
    def systemrdl_python_child_name_map(self) -> dict[str, str]:
        return {'value':'value',
            }

    
    
    
    
    
    
                
    def get_child_by_system_rdl_name(self, name: Any) -> 'vcnic_regs_ro32_r_value_0xdd9688701cae74c3e2081373f0333fb33b9b802e19cf8f1c4c790b08c89c537d_cls':
        return super().get_child_by_system_rdl_name(name)
                
    


    

    
    

    
    

    
    def __iter__(self) -> Iterator[Union[FieldAsyncReadOnly,FieldAsyncWriteOnly,FieldAsyncReadWrite]]:
        
        
        yield self.value
        
        
    

    
    
class vcnic_regs_ro32_r_0xe49f26e76066748e85187184baff6f6a5476ba51eae8b43a377a0773ae2e52e3_cls(RegAsyncReadOnly):
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
        
        self.__value:vcnic_regs_ro32_r_value_0xcf88b918c64a7d8469dcee7d2a08782316e45ef4ef3a6af95350ceb1adc5572c_cls = vcnic_regs_ro32_r_value_0xcf88b918c64a7d8469dcee7d2a08782316e45ef4ef3a6af95350ceb1adc5572c_cls(
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
    def value(self) -> vcnic_regs_ro32_r_value_0xcf88b918c64a7d8469dcee7d2a08782316e45ef4ef3a6af95350ceb1adc5572c_cls:
        """
        Property to access value field of the register

        +--------------+-------------------------------------------------------------------------+
        | SystemRDL    | Value                                                                   |
        | Field        |                                                                         |
        +==============+=========================================================================+
        | Description  | .. raw:: html                                                           |
        |              |                                                                         |
        |              |      <p>PDUs sent on this VC.</p>                                       |
        +--------------+-------------------------------------------------------------------------+
        """
        return self.__value

    
    @property
    def systemrdl_python_child_name_map(self) -> dict[str, str]:
        return {'value':'value',
            }

    
    
    
    
    
    
                
    def get_child_by_system_rdl_name(self, name: Any) -> 'vcnic_regs_ro32_r_value_0xcf88b918c64a7d8469dcee7d2a08782316e45ef4ef3a6af95350ceb1adc5572c_cls':
        return super().get_child_by_system_rdl_name(name)
                
    


    

    
    

    
    

    
    def __iter__(self) -> Iterator[Union[FieldAsyncReadOnly,FieldAsyncWriteOnly,FieldAsyncReadWrite]]:
        
        
        yield self.value
        
        
    

    
    
class vcnic_regs_ro32_r_0xf9b52508f89513215748d88539d01d62378930f1f694e829769b5dd2c48192eb_cls(RegAsyncReadOnly):
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
        
        self.__value:vcnic_regs_ro32_r_value_0x57c16885be3f76b98c43b063a34e5386565e974a11e9b144eda74ebc652eacc6_cls = vcnic_regs_ro32_r_value_0x57c16885be3f76b98c43b063a34e5386565e974a11e9b144eda74ebc652eacc6_cls(
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
    def value(self) -> vcnic_regs_ro32_r_value_0x57c16885be3f76b98c43b063a34e5386565e974a11e9b144eda74ebc652eacc6_cls:
        """
        Property to access value field of the register

        +--------------+-------------------------------------------------------------------------+
        | SystemRDL    | Value                                                                   |
        | Field        |                                                                         |
        +==============+=========================================================================+
        | Description  | .. raw:: html                                                           |
        |              |                                                                         |
        |              |      <p>SDU bytes sent, bits 31:0.</p>                                  |
        +--------------+-------------------------------------------------------------------------+
        """
        return self.__value

    
    @property
    def systemrdl_python_child_name_map(self) -> dict[str, str]:
        return {'value':'value',
            }

    
    
    
    
    
    
                
    def get_child_by_system_rdl_name(self, name: Any) -> 'vcnic_regs_ro32_r_value_0x57c16885be3f76b98c43b063a34e5386565e974a11e9b144eda74ebc652eacc6_cls':
        return super().get_child_by_system_rdl_name(name)
                
    


    

    
    

    
    

    
    def __iter__(self) -> Iterator[Union[FieldAsyncReadOnly,FieldAsyncWriteOnly,FieldAsyncReadWrite]]:
        
        
        yield self.value
        
        
    

    
    
class vcnic_regs_ro32_r_0x18da0e3183ee5edd9005242a88cf491d3dbe1d7ee2c5619ae9703b1cf4de8143_cls(RegAsyncReadOnly):
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
        
        self.__value:vcnic_regs_ro32_r_value_0x311a95665b874ac52fcc03578f1f7582ace3ddf258aa625e011179be4dd95f16_cls = vcnic_regs_ro32_r_value_0x311a95665b874ac52fcc03578f1f7582ace3ddf258aa625e011179be4dd95f16_cls(
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
    def value(self) -> vcnic_regs_ro32_r_value_0x311a95665b874ac52fcc03578f1f7582ace3ddf258aa625e011179be4dd95f16_cls:
        """
        Property to access value field of the register

        +--------------+-------------------------------------------------------------------------+
        | SystemRDL    | Value                                                                   |
        | Field        |                                                                         |
        +==============+=========================================================================+
        | Description  | .. raw:: html                                                           |
        |              |                                                                         |
        |              |      <p>SDU bytes sent, bits 63:32.</p>                                 |
        +--------------+-------------------------------------------------------------------------+
        """
        return self.__value

    
    @property
    def systemrdl_python_child_name_map(self) -> dict[str, str]:
        return {'value':'value',
            }

    
    
    
    
    
    
                
    def get_child_by_system_rdl_name(self, name: Any) -> 'vcnic_regs_ro32_r_value_0x311a95665b874ac52fcc03578f1f7582ace3ddf258aa625e011179be4dd95f16_cls':
        return super().get_child_by_system_rdl_name(name)
                
    


    

    
    

    
    

    
    def __iter__(self) -> Iterator[Union[FieldAsyncReadOnly,FieldAsyncWriteOnly,FieldAsyncReadWrite]]:
        
        
        yield self.value
        
        
    

    
    
class vcnic_regs_ro32_r_0x2a0a3256ce0574cec11d8dfcf23afd884990b138b9a9a7968b90331e4ec910d7_cls(RegAsyncReadOnly):
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
        
        self.__value:vcnic_regs_ro32_r_value_0x5a24eb2744324d6a2b3f711524417b15a169777208235a5e91be03dc25781ead_cls = vcnic_regs_ro32_r_value_0x5a24eb2744324d6a2b3f711524417b15a169777208235a5e91be03dc25781ead_cls(
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
    def value(self) -> vcnic_regs_ro32_r_value_0x5a24eb2744324d6a2b3f711524417b15a169777208235a5e91be03dc25781ead_cls:
        """
        Property to access value field of the register

        +--------------+-------------------------------------------------------------------------+
        | SystemRDL    | Value                                                                   |
        | Field        |                                                                         |
        +==============+=========================================================================+
        | Description  | .. raw:: html                                                           |
        |              |                                                                         |
        |              |      <p>Frames flushed by DEACTIVATE.</p>                               |
        +--------------+-------------------------------------------------------------------------+
        """
        return self.__value

    
    @property
    def systemrdl_python_child_name_map(self) -> dict[str, str]:
        return {'value':'value',
            }

    
    
    
    
    
    
                
    def get_child_by_system_rdl_name(self, name: Any) -> 'vcnic_regs_ro32_r_value_0x5a24eb2744324d6a2b3f711524417b15a169777208235a5e91be03dc25781ead_cls':
        return super().get_child_by_system_rdl_name(name)
                
    


    

    
    

    
    

    
    def __iter__(self) -> Iterator[Union[FieldAsyncReadOnly,FieldAsyncWriteOnly,FieldAsyncReadWrite]]:
        
        
        yield self.value
        
        
    

    
    
class vcnic_regs_ro32_r_0x86db654dc96dcd2609b647dcee24ae592eaf8f4445578cac61fb86565b37b3_cls(RegAsyncReadOnly):
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
        
        self.__value:vcnic_regs_ro32_r_value_0xc481a6d009c01ff457367c17361c8483087c96c64418644c5e47f808e5426282_cls = vcnic_regs_ro32_r_value_0xc481a6d009c01ff457367c17361c8483087c96c64418644c5e47f808e5426282_cls(
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
    def value(self) -> vcnic_regs_ro32_r_value_0xc481a6d009c01ff457367c17361c8483087c96c64418644c5e47f808e5426282_cls:
        """
        Property to access value field of the register

        +--------------+-------------------------------------------------------------------------+
        | SystemRDL    | Value                                                                   |
        | Field        |                                                                         |
        +==============+=========================================================================+
        | Description  | .. raw:: html                                                           |
        |              |                                                                         |
        |              |      <p>Frames dropped at ingest (inactive, oversize, 0 bytes).</p>     |
        +--------------+-------------------------------------------------------------------------+
        """
        return self.__value

    
    @property
    def systemrdl_python_child_name_map(self) -> dict[str, str]:
        return {'value':'value',
            }

    
    
    
    
    
    
                
    def get_child_by_system_rdl_name(self, name: Any) -> 'vcnic_regs_ro32_r_value_0xc481a6d009c01ff457367c17361c8483087c96c64418644c5e47f808e5426282_cls':
        return super().get_child_by_system_rdl_name(name)
                
    


    

    
    

    
    

    
    def __iter__(self) -> Iterator[Union[FieldAsyncReadOnly,FieldAsyncWriteOnly,FieldAsyncReadWrite]]:
        
        
        yield self.value
        
        
    

    
    
class vcnic_regs_ro32_r_0x26e30cee949af75486387260f3af003b7de006bb9196cc1adbe04865f5f55e6c_cls(RegAsyncReadOnly):
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
        
        self.__value:vcnic_regs_ro32_r_value_0x17d9bc0bdb422ee88b2b41d7501c91e1bf7fc2c00da872547837199e6ba7e557_cls = vcnic_regs_ro32_r_value_0x17d9bc0bdb422ee88b2b41d7501c91e1bf7fc2c00da872547837199e6ba7e557_cls(
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
    def value(self) -> vcnic_regs_ro32_r_value_0x17d9bc0bdb422ee88b2b41d7501c91e1bf7fc2c00da872547837199e6ba7e557_cls:
        """
        Property to access value field of the register

        +--------------+-------------------------------------------------------------------------+
        | SystemRDL    | Value                                                                   |
        | Field        |                                                                         |
        +==============+=========================================================================+
        | Description  | .. raw:: html                                                           |
        |              |                                                                         |
        |              |      <p>Cells received on this VC.</p>                                  |
        +--------------+-------------------------------------------------------------------------+
        """
        return self.__value

    
    @property
    def systemrdl_python_child_name_map(self) -> dict[str, str]:
        return {'value':'value',
            }

    
    
    
    
    
    
                
    def get_child_by_system_rdl_name(self, name: Any) -> 'vcnic_regs_ro32_r_value_0x17d9bc0bdb422ee88b2b41d7501c91e1bf7fc2c00da872547837199e6ba7e557_cls':
        return super().get_child_by_system_rdl_name(name)
                
    


    

    
    

    
    

    
    def __iter__(self) -> Iterator[Union[FieldAsyncReadOnly,FieldAsyncWriteOnly,FieldAsyncReadWrite]]:
        
        
        yield self.value
        
        
    

    
    
class vcnic_regs_ro32_r_0x10b7648c08266f6ba9789d81f4c61be5be34331b8efd991108293301fd1b0647_cls(RegAsyncReadOnly):
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
        
        self.__value:vcnic_regs_ro32_r_value_0x3129e17dfa3fe1b657c257b98548f0b2f45f8c6922436966dc02e5d2fbc33c3e_cls = vcnic_regs_ro32_r_value_0x3129e17dfa3fe1b657c257b98548f0b2f45f8c6922436966dc02e5d2fbc33c3e_cls(
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
    def value(self) -> vcnic_regs_ro32_r_value_0x3129e17dfa3fe1b657c257b98548f0b2f45f8c6922436966dc02e5d2fbc33c3e_cls:
        """
        Property to access value field of the register

        +--------------+-------------------------------------------------------------------------+
        | SystemRDL    | Value                                                                   |
        | Field        |                                                                         |
        +==============+=========================================================================+
        | Description  | .. raw:: html                                                           |
        |              |                                                                         |
        |              |      <p>Good PDUs delivered.</p>                                        |
        +--------------+-------------------------------------------------------------------------+
        """
        return self.__value

    
    @property
    def systemrdl_python_child_name_map(self) -> dict[str, str]:
        return {'value':'value',
            }

    
    
    
    
    
    
                
    def get_child_by_system_rdl_name(self, name: Any) -> 'vcnic_regs_ro32_r_value_0x3129e17dfa3fe1b657c257b98548f0b2f45f8c6922436966dc02e5d2fbc33c3e_cls':
        return super().get_child_by_system_rdl_name(name)
                
    


    

    
    

    
    

    
    def __iter__(self) -> Iterator[Union[FieldAsyncReadOnly,FieldAsyncWriteOnly,FieldAsyncReadWrite]]:
        
        
        yield self.value
        
        
    

    
    
class vcnic_regs_ro32_r_0xea60860f664676d9a431f52b7e310a2653b7f82f33a0ccf390331f738bc2f59b_cls(RegAsyncReadOnly):
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
        
        self.__value:vcnic_regs_ro32_r_value_0xd353afc8e9fe18cbef85d211331b14f3da281cf9beb0abd50a3e2da59b79a7a6_cls = vcnic_regs_ro32_r_value_0xd353afc8e9fe18cbef85d211331b14f3da281cf9beb0abd50a3e2da59b79a7a6_cls(
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
    def value(self) -> vcnic_regs_ro32_r_value_0xd353afc8e9fe18cbef85d211331b14f3da281cf9beb0abd50a3e2da59b79a7a6_cls:
        """
        Property to access value field of the register

        +--------------+-------------------------------------------------------------------------+
        | SystemRDL    | Value                                                                   |
        | Field        |                                                                         |
        +==============+=========================================================================+
        | Description  | .. raw:: html                                                           |
        |              |                                                                         |
        |              |      <p>SDU bytes of good PDUs, bits 31:0.</p>                          |
        +--------------+-------------------------------------------------------------------------+
        """
        return self.__value

    
    @property
    def systemrdl_python_child_name_map(self) -> dict[str, str]:
        return {'value':'value',
            }

    
    
    
    
    
    
                
    def get_child_by_system_rdl_name(self, name: Any) -> 'vcnic_regs_ro32_r_value_0xd353afc8e9fe18cbef85d211331b14f3da281cf9beb0abd50a3e2da59b79a7a6_cls':
        return super().get_child_by_system_rdl_name(name)
                
    


    

    
    

    
    

    
    def __iter__(self) -> Iterator[Union[FieldAsyncReadOnly,FieldAsyncWriteOnly,FieldAsyncReadWrite]]:
        
        
        yield self.value
        
        
    

    
    
class vcnic_regs_ro32_r_0xdf07db43e7bf9226fe7a9614d465c82ebc0a09239b78c875a0aa3955f9c11e04_cls(RegAsyncReadOnly):
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
        
        self.__value:vcnic_regs_ro32_r_value_0x3270cd4edbb363e201e6abd524a60b96ee853528c5f862416a65620a8bf4acd7_cls = vcnic_regs_ro32_r_value_0x3270cd4edbb363e201e6abd524a60b96ee853528c5f862416a65620a8bf4acd7_cls(
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
    def value(self) -> vcnic_regs_ro32_r_value_0x3270cd4edbb363e201e6abd524a60b96ee853528c5f862416a65620a8bf4acd7_cls:
        """
        Property to access value field of the register

        +--------------+-------------------------------------------------------------------------+
        | SystemRDL    | Value                                                                   |
        | Field        |                                                                         |
        +==============+=========================================================================+
        | Description  | .. raw:: html                                                           |
        |              |                                                                         |
        |              |      <p>SDU bytes of good PDUs, bits 63:32.</p>                         |
        +--------------+-------------------------------------------------------------------------+
        """
        return self.__value

    
    @property
    def systemrdl_python_child_name_map(self) -> dict[str, str]:
        return {'value':'value',
            }

    
    
    
    
    
    
                
    def get_child_by_system_rdl_name(self, name: Any) -> 'vcnic_regs_ro32_r_value_0x3270cd4edbb363e201e6abd524a60b96ee853528c5f862416a65620a8bf4acd7_cls':
        return super().get_child_by_system_rdl_name(name)
                
    


    

    
    

    
    

    
    def __iter__(self) -> Iterator[Union[FieldAsyncReadOnly,FieldAsyncWriteOnly,FieldAsyncReadWrite]]:
        
        
        yield self.value
        
        
    

    
    
class vcnic_regs_ro32_r_0xade20434c213c26aaf64d1552de4e7dff9429329e4e588a77b4bd0ba652dc076_cls(RegAsyncReadOnly):
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
        
        self.__value:vcnic_regs_ro32_r_value_0x3513e2fa6143831404cdec3ac6f7d5474b6846a78ebf9f761f482ff9418d8f51_cls = vcnic_regs_ro32_r_value_0x3513e2fa6143831404cdec3ac6f7d5474b6846a78ebf9f761f482ff9418d8f51_cls(
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
    def value(self) -> vcnic_regs_ro32_r_value_0x3513e2fa6143831404cdec3ac6f7d5474b6846a78ebf9f761f482ff9418d8f51_cls:
        """
        Property to access value field of the register

        +--------------+-------------------------------------------------------------------------+
        | SystemRDL    | Value                                                                   |
        | Field        |                                                                         |
        +==============+=========================================================================+
        | Description  | .. raw:: html                                                           |
        |              |                                                                         |
        |              |      <p>PDUs with a CRC error.</p>                                      |
        +--------------+-------------------------------------------------------------------------+
        """
        return self.__value

    
    @property
    def systemrdl_python_child_name_map(self) -> dict[str, str]:
        return {'value':'value',
            }

    
    
    
    
    
    
                
    def get_child_by_system_rdl_name(self, name: Any) -> 'vcnic_regs_ro32_r_value_0x3513e2fa6143831404cdec3ac6f7d5474b6846a78ebf9f761f482ff9418d8f51_cls':
        return super().get_child_by_system_rdl_name(name)
                
    


    

    
    

    
    

    
    def __iter__(self) -> Iterator[Union[FieldAsyncReadOnly,FieldAsyncWriteOnly,FieldAsyncReadWrite]]:
        
        
        yield self.value
        
        
    


if __name__ == '__main__':
    pass