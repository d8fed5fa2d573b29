

"""
Python Wrapper for the vcnic_dma_regs register model

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






from .fields import vcnic_dma_regs_dma_ro32_r_value_0x791e59418e5c617ddc03411c6ada222de0415533b6779fb537ecb0e924d5b9cc_cls
from .fields import vcnic_dma_regs_dma_ro32_r_value_0x36f4fe001eefdb0d00560c07523a4e26d166ba0f205e03aee2555e4e30aa267f_cls

# register definitions
    
    
class vcnic_dma_regs_dma_ro32_r_0xe68a9f06ed4e6abde57ced0a1ed3d55ce4ee9316f111b3416d9800e2aa225c6c_cls(RegAsyncReadOnly):
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
        
        self.__value:vcnic_dma_regs_dma_ro32_r_value_0x791e59418e5c617ddc03411c6ada222de0415533b6779fb537ecb0e924d5b9cc_cls = vcnic_dma_regs_dma_ro32_r_value_0x791e59418e5c617ddc03411c6ada222de0415533b6779fb537ecb0e924d5b9cc_cls(
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
    def value(self) -> vcnic_dma_regs_dma_ro32_r_value_0x791e59418e5c617ddc03411c6ada222de0415533b6779fb537ecb0e924d5b9cc_cls:
        """
        Property to access value field of the register

        +--------------+-------------------------------------------------------------------------+
        | SystemRDL    | Value                                                                   |
        | Field        |                                                                         |
        +==============+=========================================================================+
        | Description  | .. raw:: html                                                           |
        |              |                                                                         |
        |              |      <p>PDUs whose buffer write failed (completed RX_DMA_ERROR).</p>    |
        +--------------+-------------------------------------------------------------------------+
        """
        return self.__value

    
    @property
    def systemrdl_python_child_name_map(self) -> dict[str, str]:
        return {'value':'value',
            }

    
    
    
    
    
    
                
    def get_child_by_system_rdl_name(self, name: Any) -> 'vcnic_dma_regs_dma_ro32_r_value_0x791e59418e5c617ddc03411c6ada222de0415533b6779fb537ecb0e924d5b9cc_cls':
        return super().get_child_by_system_rdl_name(name)
                
    


    

    
    

    
    

    
    def __iter__(self) -> Iterator[Union[FieldAsyncReadOnly,FieldAsyncWriteOnly,FieldAsyncReadWrite]]:
        
        
        yield self.value
        
        
    

    
    
class vcnic_dma_regs_dma_ro32_r_0xef0bada5ed3dabe0f6b60319ff483424f5e71bb339eaafcf68640b54b4a057ed_cls(RegAsyncReadOnly):
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
        
        self.__value:vcnic_dma_regs_dma_ro32_r_value_0x36f4fe001eefdb0d00560c07523a4e26d166ba0f205e03aee2555e4e30aa267f_cls = vcnic_dma_regs_dma_ro32_r_value_0x36f4fe001eefdb0d00560c07523a4e26d166ba0f205e03aee2555e4e30aa267f_cls(
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
    def value(self) -> vcnic_dma_regs_dma_ro32_r_value_0x36f4fe001eefdb0d00560c07523a4e26d166ba0f205e03aee2555e4e30aa267f_cls:
        """
        Property to access value field of the register

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
        return self.__value

    
    @property
    def systemrdl_python_child_name_map(self) -> dict[str, str]:
        return {'value':'value',
            }

    
    
    
    
    
    
                
    def get_child_by_system_rdl_name(self, name: Any) -> 'vcnic_dma_regs_dma_ro32_r_value_0x36f4fe001eefdb0d00560c07523a4e26d166ba0f205e03aee2555e4e30aa267f_cls':
        return super().get_child_by_system_rdl_name(name)
                
    


    

    
    

    
    

    
    def __iter__(self) -> Iterator[Union[FieldAsyncReadOnly,FieldAsyncWriteOnly,FieldAsyncReadWrite]]:
        
        
        yield self.value
        
        
    


if __name__ == '__main__':
    pass