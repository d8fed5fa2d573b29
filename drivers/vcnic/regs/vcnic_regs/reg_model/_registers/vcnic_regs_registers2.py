

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






from .fields import vcnic_regs_ro32_r_value_0xec3dc8ad74c2e60a3148665f416975cd6bfebfc1660f8768041b30ac22fdc5f8_cls
from .fields import vcnic_regs_ro32_r_value_0x3798ecde9cd8703a7eabc9d0411ea6011a1510ca76ce199cfc937ab753f71216_cls
from .fields import vcnic_regs_ro32_r_value_0x8463eb6165d7c47c6cfb73630b19593703da7c667c453d8051afd6864ba6f0a2_cls

# register definitions
    
    
class vcnic_regs_ro32_r_0xf60d242aee7ebd385b82aeb3dad21cdb55e4d5edb720fe8912c96a3fc9a225b2_cls(RegAsyncReadOnly):
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
        
        self.__value:vcnic_regs_ro32_r_value_0xec3dc8ad74c2e60a3148665f416975cd6bfebfc1660f8768041b30ac22fdc5f8_cls = vcnic_regs_ro32_r_value_0xec3dc8ad74c2e60a3148665f416975cd6bfebfc1660f8768041b30ac22fdc5f8_cls(
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
    def value(self) -> vcnic_regs_ro32_r_value_0xec3dc8ad74c2e60a3148665f416975cd6bfebfc1660f8768041b30ac22fdc5f8_cls:
        """
        Property to access value field of the register

        +--------------+-------------------------------------------------------------------------+
        | SystemRDL    | Value                                                                   |
        | Field        |                                                                         |
        +==============+=========================================================================+
        | Description  | .. raw:: html                                                           |
        |              |                                                                         |
        |              |      <p>PDUs with a length error.</p>                                   |
        +--------------+-------------------------------------------------------------------------+
        """
        return self.__value

    
    @property
    def systemrdl_python_child_name_map(self) -> dict[str, str]:
        return {'value':'value',
            }

    
    
    
    
    
    
                
    def get_child_by_system_rdl_name(self, name: Any) -> 'vcnic_regs_ro32_r_value_0xec3dc8ad74c2e60a3148665f416975cd6bfebfc1660f8768041b30ac22fdc5f8_cls':
        return super().get_child_by_system_rdl_name(name)
                
    


    

    
    

    
    

    
    def __iter__(self) -> Iterator[Union[FieldAsyncReadOnly,FieldAsyncWriteOnly,FieldAsyncReadWrite]]:
        
        
        yield self.value
        
        
    

    
    
class vcnic_regs_ro32_r_0x5b24a8e21038c70cb8c0d262f33a5ae4038ad677f3e2f8b86f4022e40e00dd9c_cls(RegAsyncReadOnly):
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
        
        self.__value:vcnic_regs_ro32_r_value_0x3798ecde9cd8703a7eabc9d0411ea6011a1510ca76ce199cfc937ab753f71216_cls = vcnic_regs_ro32_r_value_0x3798ecde9cd8703a7eabc9d0411ea6011a1510ca76ce199cfc937ab753f71216_cls(
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
    def value(self) -> vcnic_regs_ro32_r_value_0x3798ecde9cd8703a7eabc9d0411ea6011a1510ca76ce199cfc937ab753f71216_cls:
        """
        Property to access value field of the register

        +--------------+-------------------------------------------------------------------------+
        | SystemRDL    | Value                                                                   |
        | Field        |                                                                         |
        +==============+=========================================================================+
        | Description  | .. raw:: html                                                           |
        |              |                                                                         |
        |              |      <p>PDUs above max SDU.</p>                                         |
        +--------------+-------------------------------------------------------------------------+
        """
        return self.__value

    
    @property
    def systemrdl_python_child_name_map(self) -> dict[str, str]:
        return {'value':'value',
            }

    
    
    
    
    
    
                
    def get_child_by_system_rdl_name(self, name: Any) -> 'vcnic_regs_ro32_r_value_0x3798ecde9cd8703a7eabc9d0411ea6011a1510ca76ce199cfc937ab753f71216_cls':
        return super().get_child_by_system_rdl_name(name)
                
    


    

    
    

    
    

    
    def __iter__(self) -> Iterator[Union[FieldAsyncReadOnly,FieldAsyncWriteOnly,FieldAsyncReadWrite]]:
        
        
        yield self.value
        
        
    

    
    
class vcnic_regs_ro32_r_0x936b2b34e065727ca0fe6dbab3859575ac679cebf83ac30fa698b5905e59a85e_cls(RegAsyncReadOnly):
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
        
        self.__value:vcnic_regs_ro32_r_value_0x8463eb6165d7c47c6cfb73630b19593703da7c667c453d8051afd6864ba6f0a2_cls = vcnic_regs_ro32_r_value_0x8463eb6165d7c47c6cfb73630b19593703da7c667c453d8051afd6864ba6f0a2_cls(
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
    def value(self) -> vcnic_regs_ro32_r_value_0x8463eb6165d7c47c6cfb73630b19593703da7c667c453d8051afd6864ba6f0a2_cls:
        """
        Property to access value field of the register

        +--------------+-------------------------------------------------------------------------+
        | SystemRDL    | Value                                                                   |
        | Field        |                                                                         |
        +==============+=========================================================================+
        | Description  | .. raw:: html                                                           |
        |              |                                                                         |
        |              |      <p>PDUs dropped for lack of buffer.</p>                            |
        +--------------+-------------------------------------------------------------------------+
        """
        return self.__value

    
    @property
    def systemrdl_python_child_name_map(self) -> dict[str, str]:
        return {'value':'value',
            }

    
    
    
    
    
    
                
    def get_child_by_system_rdl_name(self, name: Any) -> 'vcnic_regs_ro32_r_value_0x8463eb6165d7c47c6cfb73630b19593703da7c667c453d8051afd6864ba6f0a2_cls':
        return super().get_child_by_system_rdl_name(name)
                
    


    

    
    

    
    

    
    def __iter__(self) -> Iterator[Union[FieldAsyncReadOnly,FieldAsyncWriteOnly,FieldAsyncReadWrite]]:
        
        
        yield self.value
        
        
    


if __name__ == '__main__':
    pass