

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


from .field_enum import _dma_err_src_e0xe4dde34f8a1fbf052d478306f90d0a989051326b88bb35f7b3da300da2565a28_enumcls




from .fields import vcnic_dma_regs_DMA_CAP_data_width_0x970136cec5ac8bb5dd1e4b1de27bdd97ee2063f4c041f3957c33cc92cad514bc_cls
from .fields import vcnic_dma_regs_DMA_CAP_addr_width_0x5262ba7dffa2bf26d96f2e757106b7223e94c46f21c001e0b1e068de2cd4aadc_cls
from .fields import vcnic_dma_regs_DMA_CAP_max_ring_log2_0x2e2b5381cc7a5327956ee337394503a09da44648ea07f87ec789639a8ddde217_cls
from .fields import vcnic_dma_regs_DMA_CAP_max_burst_0x70a6c62ae589776139238f009352fae9db210c7b3808a7c8be15b8d9349f8a39_cls
from .fields import vcnic_dma_regs_DMA_CTRL_tx_enable_0xb56f0a3655c22498a3274fd9d6c1014bbbd41ad9e90eae05eaa5de1c7c6b8c71_cls
from .fields import vcnic_dma_regs_DMA_CTRL_rx_enable_0x4e957e4a249b4e2b99d3ab319ccec3dec6566973b5ef65a962c5b7d3bddf1a25_cls
from .fields import vcnic_dma_regs_DMA_CTRL_reset_0xfd02977ff9d5e5be6470d70b004e3e8e20933a9c1f5d6684d6a04420f4d1da76_cls
from .fields import vcnic_dma_regs_DMA_STATUS_tx_idle_0x934a7a03df0f0d60badafa155a5c09e5b45ae2df7801d64eb6f59a709c8e4925_cls
from .fields import vcnic_dma_regs_DMA_STATUS_rx_idle_0xe25e03fe66d28907ec65af10071b2f149ce91e1c5dbec8b839f9e0bec43bc0f9_cls
from .fields import vcnic_dma_regs_DMA_STATUS_tx_halted_0x1288e2c1e0026e2e1878cd05039ffc9664f999fcf65b3ee63ca0998eb918d91c_cls
from .fields import vcnic_dma_regs_DMA_STATUS_rx_halted_0xa4802aae625c0c8a08c67c736e98da002feb9d22dc7eb04781b6cd4e6fa50553_cls
from .fields import vcnic_dma_regs_DMA_INT_STATUS_tx_cq_0xb18fb6a3846dfcbe03f7baa558ffc27f7838fa81a6ec541274f3807068477afa_cls
from .fields import vcnic_dma_regs_DMA_INT_STATUS_rx_cq_0x341d336e0ee9201c6009aefd37d8f03b88f2d5c384a1d7fa3a44844fcf21b72b_cls
from .fields import vcnic_dma_regs_DMA_INT_STATUS_error_0xb17e008d5c97bf931062185bb94fc702ce4c0938ce9c8bbd1b3522dc889694d4_cls
from .fields import vcnic_dma_regs_DMA_ERR_STATUS_source_0x672acc361f1fc71b0464fbcef0b4862a9e9d8c0c18e50f87c9abdbaf1c9cea85_cls
from .fields import vcnic_dma_regs_DMA_ERR_STATUS_resp_0xe61bbaaa3708afb9615fa99fa73f62ab80b571a61655b6b3415f8d08732449d0_cls
from .fields import vcnic_dma_regs_dma_ro32_r_value_0xadbd79fc097753154cd117a9e2c9936cb184e227a4fe251f815b1300bfc0bb9d_cls
from .fields import vcnic_dma_regs_dma_ro32_r_value_0x3137fc6c0ac981e9a908965003301cbe5fcebb8bbf745ea5658f6b84bb21f757_cls
from .fields import vcnic_dma_regs_addr_lo_r_addr_0x55e8ffaf0ed373378763a9554d2a4b2c48c0f208dbd022c6f073f506b9c09f09_cls
from .fields import vcnic_dma_regs_addr_hi_r_addr_0x833f17bd2982468f613c3bd8eccd7f235ffa519b164e1b9e59cc8ea69e470cb3_cls
from .fields import vcnic_dma_regs_size_r_log2_0x2d0e8df19e707548de351d1364f95caabf1bf09a6918adae98920b6b05b69ac8_cls
from .fields import vcnic_dma_regs_prod_r_index_0x2161800e96ae60cf0667d7b518398e1c40bc5d1a848b53b5528bbc1e2173e5ef_cls
from .fields import vcnic_dma_regs_hw_index_r_index_0x56bbdf3e987fa7ec2e620e624c7edce0033732991d2e0a203acad66f9e4cfe7c_cls
from .fields import vcnic_dma_regs_head_r_index_0x295ffb746467ed8eda0def98147236ea8d9593fde1e5ad812e99aa7e153fd0e0_cls
from .fields import vcnic_dma_regs_hw_index_r_index_0xeb2816ecde1de7db05840392417edef81e9f564114d672f6b151252a38b2bfcb_cls
from .fields import vcnic_dma_regs_irq_mod_r_count_0xa1985f747454a672adddb8596cd52b01680e33c06c2be2c081d810f859f77a6c_cls
from .fields import vcnic_dma_regs_irq_mod_r_timer_0xebaaf004345bd94e9339762c926c095b022d843e6da4abf1682a10d2af43d270_cls
from .fields import vcnic_dma_regs_hw_index_r_index_0x7cf63da0520077b3c0ac93fb7bf5623727e5d1a9c68f50c263b4dd9e81afd839_cls
from .fields import vcnic_dma_regs_RX_BUF_SIZE_bytes_0x7849de700b6f0f2178974fca46a72d262f9ddc02dfdd12bcd6066c11376dbf33_cls
from .fields import vcnic_dma_regs_hw_index_r_index_0xc425e1f7eb30b4ef224c15c6ce6444ecf618bc5dfb05cb3380a6b3963deb733b_cls
from .fields import vcnic_dma_regs_dma_ro32_r_value_0x996f58cf26de0b915cce0640439aa0b00529dc5641b849db3bb7c609c55f6bc2_cls
from .fields import vcnic_dma_regs_dma_ro32_r_value_0x3c5bffb31fdc215c1c4bfa273390c52c9f1178fe041f278e9bfa316c751330d2_cls
from .fields import vcnic_dma_regs_dma_ro32_r_value_0x17c71b16afc8257339c258158dcfd571c0bed41b47fbf244d595747a6e6b6df7_cls
from .fields import vcnic_dma_regs_dma_ro32_r_value_0xd6005ebd6cc07af8d163be7b532836016051e4d62ba3289c07f46687b4b3332_cls
from .fields import vcnic_dma_regs_dma_ro32_r_value_0x9aea117ce92191404f3a8cd2f786da92518e662f78431a344c6ffe73808ac84e_cls

# register definitions
    
    
class vcnic_dma_regs_DMA_ID_0x318252cb014c320281b62b2adaa4593ce613fad608c641d3ebe5010b16b2d282_cls(RegAsyncReadOnly):
    """
    Class to represent a register in the register model

    +--------------+-------------------------------------------------------------------------+
    | SystemRDL    | Value                                                                   |
    | Field        |                                                                         |
    +==============+=========================================================================+
    | Name         | .. raw:: html                                                           |
    |              |                                                                         |
    |              |      DMA ID                                                             |
    +--------------+-------------------------------------------------------------------------+
    | Description  | .. raw:: html                                                           |
    |              |                                                                         |
    |              |      <p>Constant 0x56444D41 ('VDMA').</p>                               |
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
                default=1447316801,
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
        return "DMA ID"
    @property
    def rdl_desc(self) -> str:
        return "Constant 0x56444D41 (\u0027VDMA\u0027)."
    
    

    
    def __iter__(self) -> Iterator[Union[FieldAsyncReadOnly,FieldAsyncWriteOnly,FieldAsyncReadWrite]]:
        
        
        yield self.id
        
        
    

    
    
class vcnic_dma_regs_DMA_CAP_0x13a21477191ed466bda3ba65b62880bc2dd27c89ed0a114482dc31b1c7b4c47a_cls(RegAsyncReadOnly):
    """
    Class to represent a register in the register model

    +--------------+-------------------------------------------------------------------------+
    | SystemRDL    | Value                                                                   |
    | Field        |                                                                         |
    +==============+=========================================================================+
    | Name         | .. raw:: html                                                           |
    |              |                                                                         |
    |              |      DMA capabilities                                                   |
    +--------------+-------------------------------------------------------------------------+
    """

    __slots__ : list[str] = ['__data_width', '__addr_width', '__max_ring_log2', '__max_burst']

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
        
        self.__data_width:vcnic_dma_regs_DMA_CAP_data_width_0x970136cec5ac8bb5dd1e4b1de27bdd97ee2063f4c041f3957c33cc92cad514bc_cls = vcnic_dma_regs_DMA_CAP_data_width_0x970136cec5ac8bb5dd1e4b1de27bdd97ee2063f4c041f3957c33cc92cad514bc_cls(
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
        self.__addr_width:vcnic_dma_regs_DMA_CAP_addr_width_0x5262ba7dffa2bf26d96f2e757106b7223e94c46f21c001e0b1e068de2cd4aadc_cls = vcnic_dma_regs_DMA_CAP_addr_width_0x5262ba7dffa2bf26d96f2e757106b7223e94c46f21c001e0b1e068de2cd4aadc_cls(
            parent_register=self,
            size_props=FieldSizeProps(
                width=8,
                lsb=8, msb=15,
                low=8, high=15),
            misc_props=FieldMiscProps(
                default=None,
                is_volatile=True),
            logger_handle=logger_handle+'.addr_width',
            inst_name='addr_width',
            field_type=int)
        self.__max_ring_log2:vcnic_dma_regs_DMA_CAP_max_ring_log2_0x2e2b5381cc7a5327956ee337394503a09da44648ea07f87ec789639a8ddde217_cls = vcnic_dma_regs_DMA_CAP_max_ring_log2_0x2e2b5381cc7a5327956ee337394503a09da44648ea07f87ec789639a8ddde217_cls(
            parent_register=self,
            size_props=FieldSizeProps(
                width=4,
                lsb=16, msb=19,
                low=16, high=19),
            misc_props=FieldMiscProps(
                default=None,
                is_volatile=True),
            logger_handle=logger_handle+'.max_ring_log2',
            inst_name='max_ring_log2',
            field_type=int)
        self.__max_burst:vcnic_dma_regs_DMA_CAP_max_burst_0x70a6c62ae589776139238f009352fae9db210c7b3808a7c8be15b8d9349f8a39_cls = vcnic_dma_regs_DMA_CAP_max_burst_0x70a6c62ae589776139238f009352fae9db210c7b3808a7c8be15b8d9349f8a39_cls(
            parent_register=self,
            size_props=FieldSizeProps(
                width=8,
                lsb=20, msb=27,
                low=20, high=27),
            misc_props=FieldMiscProps(
                default=None,
                is_volatile=True),
            logger_handle=logger_handle+'.max_burst',
            inst_name='max_burst',
            field_type=int)

    @property
    def width(self) -> int:
        return 32

    @property
    def accesswidth(self) -> int:
        return 32

    
    
    def register_value( # type: ignore[override]
        self, *,data_width : int,addr_width : int,max_ring_log2 : int,max_burst : int,) -> int:
        return super().register_value(data_width=data_width,addr_width=addr_width,max_ring_log2=max_ring_log2,max_burst=max_burst,)
    

    

    

    # build the properties for the fields
    
    @property
    def data_width(self) -> vcnic_dma_regs_DMA_CAP_data_width_0x970136cec5ac8bb5dd1e4b1de27bdd97ee2063f4c041f3957c33cc92cad514bc_cls:
        """
        Property to access data_width field of the register

        +--------------+-------------------------------------------------------------------------+
        | SystemRDL    | Value                                                                   |
        | Field        |                                                                         |
        +==============+=========================================================================+
        | Description  | .. raw:: html                                                           |
        |              |                                                                         |
        |              |      <p>Host memory bus width in bits (AXI_DATA_W).</p>                 |
        +--------------+-------------------------------------------------------------------------+
        """
        return self.__data_width
    @property
    def addr_width(self) -> vcnic_dma_regs_DMA_CAP_addr_width_0x5262ba7dffa2bf26d96f2e757106b7223e94c46f21c001e0b1e068de2cd4aadc_cls:
        """
        Property to access addr_width field of the register

        +--------------+-------------------------------------------------------------------------+
        | SystemRDL    | Value                                                                   |
        | Field        |                                                                         |
        +==============+=========================================================================+
        | Description  | .. raw:: html                                                           |
        |              |                                                                         |
        |              |      <p>Host address bits (AXI_ADDR_W).</p>                             |
        +--------------+-------------------------------------------------------------------------+
        """
        return self.__addr_width
    @property
    def max_ring_log2(self) -> vcnic_dma_regs_DMA_CAP_max_ring_log2_0x2e2b5381cc7a5327956ee337394503a09da44648ea07f87ec789639a8ddde217_cls:
        """
        Property to access max_ring_log2 field of the register

        +--------------+-------------------------------------------------------------------------+
        | SystemRDL    | Value                                                                   |
        | Field        |                                                                         |
        +==============+=========================================================================+
        | Description  | .. raw:: html                                                           |
        |              |                                                                         |
        |              |      <p>Largest ring: log2 of its entries (MAX_RING_LOG2).</p>          |
        +--------------+-------------------------------------------------------------------------+
        """
        return self.__max_ring_log2
    @property
    def max_burst(self) -> vcnic_dma_regs_DMA_CAP_max_burst_0x70a6c62ae589776139238f009352fae9db210c7b3808a7c8be15b8d9349f8a39_cls:
        """
        Property to access max_burst field of the register

        +--------------+-------------------------------------------------------------------------+
        | SystemRDL    | Value                                                                   |
        | Field        |                                                                         |
        +==============+=========================================================================+
        | Description  | .. raw:: html                                                           |
        |              |                                                                         |
        |              |      <p>Most beats per burst (MAX_BURST).</p>                           |
        +--------------+-------------------------------------------------------------------------+
        """
        return self.__max_burst

    
    @property
    def systemrdl_python_child_name_map(self) -> dict[str, str]:
        return {'data_width':'data_width','addr_width':'addr_width','max_ring_log2':'max_ring_log2','max_burst':'max_burst',
            }

    
    
    
    
    
    
    # nodes:4
                
    @overload
    def get_child_by_system_rdl_name(self, name: Literal["data_width"]) -> 'vcnic_dma_regs_DMA_CAP_data_width_0x970136cec5ac8bb5dd1e4b1de27bdd97ee2063f4c041f3957c33cc92cad514bc_cls': ...
                
                
    @overload
    def get_child_by_system_rdl_name(self, name: Literal["addr_width"]) -> 'vcnic_dma_regs_DMA_CAP_addr_width_0x5262ba7dffa2bf26d96f2e757106b7223e94c46f21c001e0b1e068de2cd4aadc_cls': ...
                
                
    @overload
    def get_child_by_system_rdl_name(self, name: Literal["max_ring_log2"]) -> 'vcnic_dma_regs_DMA_CAP_max_ring_log2_0x2e2b5381cc7a5327956ee337394503a09da44648ea07f87ec789639a8ddde217_cls': ...
                
                
    @overload
    def get_child_by_system_rdl_name(self, name: Literal["max_burst"]) -> 'vcnic_dma_regs_DMA_CAP_max_burst_0x70a6c62ae589776139238f009352fae9db210c7b3808a7c8be15b8d9349f8a39_cls': ...
                

    @overload
    def get_child_by_system_rdl_name(self, name: str) -> Union['vcnic_dma_regs_DMA_CAP_data_width_0x970136cec5ac8bb5dd1e4b1de27bdd97ee2063f4c041f3957c33cc92cad514bc_cls', 'vcnic_dma_regs_DMA_CAP_addr_width_0x5262ba7dffa2bf26d96f2e757106b7223e94c46f21c001e0b1e068de2cd4aadc_cls', 'vcnic_dma_regs_DMA_CAP_max_ring_log2_0x2e2b5381cc7a5327956ee337394503a09da44648ea07f87ec789639a8ddde217_cls', 'vcnic_dma_regs_DMA_CAP_max_burst_0x70a6c62ae589776139238f009352fae9db210c7b3808a7c8be15b8d9349f8a39_cls', ]: ...

    def get_child_by_system_rdl_name(self, name: Any) -> Any:
        return super().get_child_by_system_rdl_name(name)
    


    

    
    

    @property
    def rdl_name(self) -> str:
        return "DMA capabilities"
    
    

    
    def __iter__(self) -> Iterator[Union[FieldAsyncReadOnly,FieldAsyncWriteOnly,FieldAsyncReadWrite]]:
        
        
        yield self.data_width
        yield self.addr_width
        yield self.max_ring_log2
        yield self.max_burst
        
        
    

    
    
class vcnic_dma_regs_DMA_CTRL_0x47e34b6d532911ab75bc9bbffac42e198ed430771b1d4b889464d397e661fa56_cls(RegAsyncReadWrite):
    """
    Class to represent a register in the register model

    +--------------+-------------------------------------------------------------------------+
    | SystemRDL    | Value                                                                   |
    | Field        |                                                                         |
    +==============+=========================================================================+
    | Name         | .. raw:: html                                                           |
    |              |                                                                         |
    |              |      DMA control                                                        |
    +--------------+-------------------------------------------------------------------------+
    """

    __slots__ : list[str] = ['__tx_enable', '__rx_enable', '__reset']

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
        
        self.__tx_enable:vcnic_dma_regs_DMA_CTRL_tx_enable_0xb56f0a3655c22498a3274fd9d6c1014bbbd41ad9e90eae05eaa5de1c7c6b8c71_cls = vcnic_dma_regs_DMA_CTRL_tx_enable_0xb56f0a3655c22498a3274fd9d6c1014bbbd41ad9e90eae05eaa5de1c7c6b8c71_cls(
            parent_register=self,
            size_props=FieldSizeProps(
                width=1,
                lsb=0, msb=0,
                low=0, high=0),
            misc_props=FieldMiscProps(
                default=0,
                is_volatile=False),
            logger_handle=logger_handle+'.tx_enable',
            inst_name='tx_enable',
            field_type=int)
        self.__rx_enable:vcnic_dma_regs_DMA_CTRL_rx_enable_0x4e957e4a249b4e2b99d3ab319ccec3dec6566973b5ef65a962c5b7d3bddf1a25_cls = vcnic_dma_regs_DMA_CTRL_rx_enable_0x4e957e4a249b4e2b99d3ab319ccec3dec6566973b5ef65a962c5b7d3bddf1a25_cls(
            parent_register=self,
            size_props=FieldSizeProps(
                width=1,
                lsb=1, msb=1,
                low=1, high=1),
            misc_props=FieldMiscProps(
                default=0,
                is_volatile=False),
            logger_handle=logger_handle+'.rx_enable',
            inst_name='rx_enable',
            field_type=int)
        self.__reset:vcnic_dma_regs_DMA_CTRL_reset_0xfd02977ff9d5e5be6470d70b004e3e8e20933a9c1f5d6684d6a04420f4d1da76_cls = vcnic_dma_regs_DMA_CTRL_reset_0xfd02977ff9d5e5be6470d70b004e3e8e20933a9c1f5d6684d6a04420f4d1da76_cls(
            parent_register=self,
            size_props=FieldSizeProps(
                width=1,
                lsb=2, msb=2,
                low=2, high=2),
            misc_props=FieldMiscProps(
                default=0,
                is_volatile=False),
            logger_handle=logger_handle+'.reset',
            inst_name='reset',
            field_type=int)

    @property
    def width(self) -> int:
        return 32

    @property
    def accesswidth(self) -> int:
        return 32

    
    
    def register_value( # type: ignore[override]
        self, *,tx_enable : int,rx_enable : int,reset : int,) -> int:
        return super().register_value(tx_enable=tx_enable,rx_enable=rx_enable,reset=reset,)
    

    

    
         
            
    async def write_all_fields_without_read( # type: ignore[override]
        self, *,tx_enable : int,rx_enable : int,reset : int,) -> None:
        return await super().write_all_fields_without_read(tx_enable=tx_enable,rx_enable=rx_enable,reset=reset,)
         
    

    # build the properties for the fields
    
    @property
    def tx_enable(self) -> vcnic_dma_regs_DMA_CTRL_tx_enable_0xb56f0a3655c22498a3274fd9d6c1014bbbd41ad9e90eae05eaa5de1c7c6b8c71_cls:
        """
        Property to access tx_enable field of the register

        +--------------+-------------------------------------------------------------------------+
        | SystemRDL    | Value                                                                   |
        | Field        |                                                                         |
        +==============+=========================================================================+
        | Description  | .. raw:: html                                                           |
        |              |                                                                         |
        |              |      <p>TX engine runs (0: stops at a frame boundary).</p>              |
        +--------------+-------------------------------------------------------------------------+
        """
        return self.__tx_enable
    @property
    def rx_enable(self) -> vcnic_dma_regs_DMA_CTRL_rx_enable_0x4e957e4a249b4e2b99d3ab319ccec3dec6566973b5ef65a962c5b7d3bddf1a25_cls:
        """
        Property to access rx_enable field of the register

        +--------------+-------------------------------------------------------------------------+
        | SystemRDL    | Value                                                                   |
        | Field        |                                                                         |
        +==============+=========================================================================+
        | Description  | .. raw:: html                                                           |
        |              |                                                                         |
        |              |      <p>RX engine runs (0: stops at a PDU boundary).</p>                |
        +--------------+-------------------------------------------------------------------------+
        """
        return self.__rx_enable
    @property
    def reset(self) -> vcnic_dma_regs_DMA_CTRL_reset_0xfd02977ff9d5e5be6470d70b004e3e8e20933a9c1f5d6684d6a04420f4d1da76_cls:
        """
        Property to access reset field of the register

        +--------------+-------------------------------------------------------------------------+
        | SystemRDL    | Value                                                                   |
        | Field        |                                                                         |
        +==============+=========================================================================+
        | Description  | .. raw:: html                                                           |
        |              |                                                                         |
        |              |      <p>Return indices, prefetched descriptors, halts and coalescing    |
        |              |      state to zero (write only while both engines are idle).</p>        |
        +--------------+-------------------------------------------------------------------------+
        """
        return self.__reset

    
    @property
    def systemrdl_python_child_name_map(self) -> dict[str, str]:
        return {'tx_enable':'tx_enable','rx_enable':'rx_enable','reset':'reset',
            }

    
    
    
    
    
    
    # nodes:3
                
    @overload
    def get_child_by_system_rdl_name(self, name: Literal["tx_enable"]) -> 'vcnic_dma_regs_DMA_CTRL_tx_enable_0xb56f0a3655c22498a3274fd9d6c1014bbbd41ad9e90eae05eaa5de1c7c6b8c71_cls': ...
                
                
    @overload
    def get_child_by_system_rdl_name(self, name: Literal["rx_enable"]) -> 'vcnic_dma_regs_DMA_CTRL_rx_enable_0x4e957e4a249b4e2b99d3ab319ccec3dec6566973b5ef65a962c5b7d3bddf1a25_cls': ...
                
                
    @overload
    def get_child_by_system_rdl_name(self, name: Literal["reset"]) -> 'vcnic_dma_regs_DMA_CTRL_reset_0xfd02977ff9d5e5be6470d70b004e3e8e20933a9c1f5d6684d6a04420f4d1da76_cls': ...
                

    @overload
    def get_child_by_system_rdl_name(self, name: str) -> Union['vcnic_dma_regs_DMA_CTRL_tx_enable_0xb56f0a3655c22498a3274fd9d6c1014bbbd41ad9e90eae05eaa5de1c7c6b8c71_cls', 'vcnic_dma_regs_DMA_CTRL_rx_enable_0x4e957e4a249b4e2b99d3ab319ccec3dec6566973b5ef65a962c5b7d3bddf1a25_cls', 'vcnic_dma_regs_DMA_CTRL_reset_0xfd02977ff9d5e5be6470d70b004e3e8e20933a9c1f5d6684d6a04420f4d1da76_cls', ]: ...

    def get_child_by_system_rdl_name(self, name: Any) -> Any:
        return super().get_child_by_system_rdl_name(name)
    


    

    
    

    @property
    def rdl_name(self) -> str:
        return "DMA control"
    
    

    
    def __iter__(self) -> Iterator[Union[FieldAsyncReadOnly,FieldAsyncWriteOnly,FieldAsyncReadWrite]]:
        
        
        yield self.tx_enable
        yield self.rx_enable
        yield self.reset
        
        
    

    
    
class vcnic_dma_regs_DMA_STATUS_0xc41efba3eb7e2ad43db0de72756843e94d5bb7ec099ad16f8637d07bed964b73_cls(RegAsyncReadOnly):
    """
    Class to represent a register in the register model

    +--------------+-------------------------------------------------------------------------+
    | SystemRDL    | Value                                                                   |
    | Field        |                                                                         |
    +==============+=========================================================================+
    | Name         | .. raw:: html                                                           |
    |              |                                                                         |
    |              |      DMA status                                                         |
    +--------------+-------------------------------------------------------------------------+
    """

    __slots__ : list[str] = ['__tx_idle', '__rx_idle', '__tx_halted', '__rx_halted']

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
        
        self.__tx_idle:vcnic_dma_regs_DMA_STATUS_tx_idle_0x934a7a03df0f0d60badafa155a5c09e5b45ae2df7801d64eb6f59a709c8e4925_cls = vcnic_dma_regs_DMA_STATUS_tx_idle_0x934a7a03df0f0d60badafa155a5c09e5b45ae2df7801d64eb6f59a709c8e4925_cls(
            parent_register=self,
            size_props=FieldSizeProps(
                width=1,
                lsb=0, msb=0,
                low=0, high=0),
            misc_props=FieldMiscProps(
                default=None,
                is_volatile=True),
            logger_handle=logger_handle+'.tx_idle',
            inst_name='tx_idle',
            field_type=int)
        self.__rx_idle:vcnic_dma_regs_DMA_STATUS_rx_idle_0xe25e03fe66d28907ec65af10071b2f149ce91e1c5dbec8b839f9e0bec43bc0f9_cls = vcnic_dma_regs_DMA_STATUS_rx_idle_0xe25e03fe66d28907ec65af10071b2f149ce91e1c5dbec8b839f9e0bec43bc0f9_cls(
            parent_register=self,
            size_props=FieldSizeProps(
                width=1,
                lsb=1, msb=1,
                low=1, high=1),
            misc_props=FieldMiscProps(
                default=None,
                is_volatile=True),
            logger_handle=logger_handle+'.rx_idle',
            inst_name='rx_idle',
            field_type=int)
        self.__tx_halted:vcnic_dma_regs_DMA_STATUS_tx_halted_0x1288e2c1e0026e2e1878cd05039ffc9664f999fcf65b3ee63ca0998eb918d91c_cls = vcnic_dma_regs_DMA_STATUS_tx_halted_0x1288e2c1e0026e2e1878cd05039ffc9664f999fcf65b3ee63ca0998eb918d91c_cls(
            parent_register=self,
            size_props=FieldSizeProps(
                width=1,
                lsb=2, msb=2,
                low=2, high=2),
            misc_props=FieldMiscProps(
                default=None,
                is_volatile=True),
            logger_handle=logger_handle+'.tx_halted',
            inst_name='tx_halted',
            field_type=int)
        self.__rx_halted:vcnic_dma_regs_DMA_STATUS_rx_halted_0xa4802aae625c0c8a08c67c736e98da002feb9d22dc7eb04781b6cd4e6fa50553_cls = vcnic_dma_regs_DMA_STATUS_rx_halted_0xa4802aae625c0c8a08c67c736e98da002feb9d22dc7eb04781b6cd4e6fa50553_cls(
            parent_register=self,
            size_props=FieldSizeProps(
                width=1,
                lsb=3, msb=3,
                low=3, high=3),
            misc_props=FieldMiscProps(
                default=None,
                is_volatile=True),
            logger_handle=logger_handle+'.rx_halted',
            inst_name='rx_halted',
            field_type=int)

    @property
    def width(self) -> int:
        return 32

    @property
    def accesswidth(self) -> int:
        return 32

    
    
    def register_value( # type: ignore[override]
        self, *,tx_idle : int,rx_idle : int,tx_halted : int,rx_halted : int,) -> int:
        return super().register_value(tx_idle=tx_idle,rx_idle=rx_idle,tx_halted=tx_halted,rx_halted=rx_halted,)
    

    

    

    # build the properties for the fields
    
    @property
    def tx_idle(self) -> vcnic_dma_regs_DMA_STATUS_tx_idle_0x934a7a03df0f0d60badafa155a5c09e5b45ae2df7801d64eb6f59a709c8e4925_cls:
        """
        Property to access tx_idle field of the register

        +--------------+-------------------------------------------------------------------------+
        | SystemRDL    | Value                                                                   |
        | Field        |                                                                         |
        +==============+=========================================================================+
        | Description  | .. raw:: html                                                           |
        |              |                                                                         |
        |              |      <p>TX engine stopped: nothing fetched or in flight (tx_enable = 0, |
        |              |      or the ring is empty and every completion written).</p>            |
        +--------------+-------------------------------------------------------------------------+
        """
        return self.__tx_idle
    @property
    def rx_idle(self) -> vcnic_dma_regs_DMA_STATUS_rx_idle_0xe25e03fe66d28907ec65af10071b2f149ce91e1c5dbec8b839f9e0bec43bc0f9_cls:
        """
        Property to access rx_idle field of the register

        +--------------+-------------------------------------------------------------------------+
        | SystemRDL    | Value                                                                   |
        | Field        |                                                                         |
        +==============+=========================================================================+
        | Description  | .. raw:: html                                                           |
        |              |                                                                         |
        |              |      <p>RX engine stopped: no PDU in flight, every completion           |
        |              |      written.</p>                                                       |
        +--------------+-------------------------------------------------------------------------+
        """
        return self.__rx_idle
    @property
    def tx_halted(self) -> vcnic_dma_regs_DMA_STATUS_tx_halted_0x1288e2c1e0026e2e1878cd05039ffc9664f999fcf65b3ee63ca0998eb918d91c_cls:
        """
        Property to access tx_halted field of the register

        +--------------+-------------------------------------------------------------------------+
        | SystemRDL    | Value                                                                   |
        | Field        |                                                                         |
        +==============+=========================================================================+
        | Description  | .. raw:: html                                                           |
        |              |                                                                         |
        |              |      <p>TX engine halted by a descriptor fetch or completion write      |
        |              |      error.</p>                                                         |
        +--------------+-------------------------------------------------------------------------+
        """
        return self.__tx_halted
    @property
    def rx_halted(self) -> vcnic_dma_regs_DMA_STATUS_rx_halted_0xa4802aae625c0c8a08c67c736e98da002feb9d22dc7eb04781b6cd4e6fa50553_cls:
        """
        Property to access rx_halted field of the register

        +--------------+-------------------------------------------------------------------------+
        | SystemRDL    | Value                                                                   |
        | Field        |                                                                         |
        +==============+=========================================================================+
        | Description  | .. raw:: html                                                           |
        |              |                                                                         |
        |              |      <p>RX engine halted by a free-buffer fetch or completion write     |
        |              |      error.</p>                                                         |
        +--------------+-------------------------------------------------------------------------+
        """
        return self.__rx_halted

    
    @property
    def systemrdl_python_child_name_map(self) -> dict[str, str]:
        return {'tx_idle':'tx_idle','rx_idle':'rx_idle','tx_halted':'tx_halted','rx_halted':'rx_halted',
            }

    
    
    
    
    
    
    # nodes:4
                
    @overload
    def get_child_by_system_rdl_name(self, name: Literal["tx_idle"]) -> 'vcnic_dma_regs_DMA_STATUS_tx_idle_0x934a7a03df0f0d60badafa155a5c09e5b45ae2df7801d64eb6f59a709c8e4925_cls': ...
                
                
    @overload
    def get_child_by_system_rdl_name(self, name: Literal["rx_idle"]) -> 'vcnic_dma_regs_DMA_STATUS_rx_idle_0xe25e03fe66d28907ec65af10071b2f149ce91e1c5dbec8b839f9e0bec43bc0f9_cls': ...
                
                
    @overload
    def get_child_by_system_rdl_name(self, name: Literal["tx_halted"]) -> 'vcnic_dma_regs_DMA_STATUS_tx_halted_0x1288e2c1e0026e2e1878cd05039ffc9664f999fcf65b3ee63ca0998eb918d91c_cls': ...
                
                
    @overload
    def get_child_by_system_rdl_name(self, name: Literal["rx_halted"]) -> 'vcnic_dma_regs_DMA_STATUS_rx_halted_0xa4802aae625c0c8a08c67c736e98da002feb9d22dc7eb04781b6cd4e6fa50553_cls': ...
                

    @overload
    def get_child_by_system_rdl_name(self, name: str) -> Union['vcnic_dma_regs_DMA_STATUS_tx_idle_0x934a7a03df0f0d60badafa155a5c09e5b45ae2df7801d64eb6f59a709c8e4925_cls', 'vcnic_dma_regs_DMA_STATUS_rx_idle_0xe25e03fe66d28907ec65af10071b2f149ce91e1c5dbec8b839f9e0bec43bc0f9_cls', 'vcnic_dma_regs_DMA_STATUS_tx_halted_0x1288e2c1e0026e2e1878cd05039ffc9664f999fcf65b3ee63ca0998eb918d91c_cls', 'vcnic_dma_regs_DMA_STATUS_rx_halted_0xa4802aae625c0c8a08c67c736e98da002feb9d22dc7eb04781b6cd4e6fa50553_cls', ]: ...

    def get_child_by_system_rdl_name(self, name: Any) -> Any:
        return super().get_child_by_system_rdl_name(name)
    


    

    
    

    @property
    def rdl_name(self) -> str:
        return "DMA status"
    
    

    
    def __iter__(self) -> Iterator[Union[FieldAsyncReadOnly,FieldAsyncWriteOnly,FieldAsyncReadWrite]]:
        
        
        yield self.tx_idle
        yield self.rx_idle
        yield self.tx_halted
        yield self.rx_halted
        
        
    

    
    
class vcnic_dma_regs_DMA_INT_STATUS_0x2b3e88a54a7d9856fb68d94a964ff938740a020ff145ce979c1760dda9a881e3_cls(RegAsyncReadWrite):
    """
    Class to represent a register in the register model

    +--------------+-------------------------------------------------------------------------+
    | SystemRDL    | Value                                                                   |
    | Field        |                                                                         |
    +==============+=========================================================================+
    | Name         | .. raw:: html                                                           |
    |              |                                                                         |
    |              |      DMA interrupt status                                               |
    +--------------+-------------------------------------------------------------------------+
    | Description  | .. raw:: html                                                           |
    |              |                                                                         |
    |              |      <p>Write 1 to clear (whole-register writes with a mask).</p>       |
    +--------------+-------------------------------------------------------------------------+
    """

    __slots__ : list[str] = ['__tx_cq', '__rx_cq', '__error']

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
        
        self.__tx_cq:vcnic_dma_regs_DMA_INT_STATUS_tx_cq_0xb18fb6a3846dfcbe03f7baa558ffc27f7838fa81a6ec541274f3807068477afa_cls = vcnic_dma_regs_DMA_INT_STATUS_tx_cq_0xb18fb6a3846dfcbe03f7baa558ffc27f7838fa81a6ec541274f3807068477afa_cls(
            parent_register=self,
            size_props=FieldSizeProps(
                width=1,
                lsb=0, msb=0,
                low=0, high=0),
            misc_props=FieldMiscProps(
                default=0,
                is_volatile=False),
            logger_handle=logger_handle+'.tx_cq',
            inst_name='tx_cq',
            field_type=int)
        self.__rx_cq:vcnic_dma_regs_DMA_INT_STATUS_rx_cq_0x341d336e0ee9201c6009aefd37d8f03b88f2d5c384a1d7fa3a44844fcf21b72b_cls = vcnic_dma_regs_DMA_INT_STATUS_rx_cq_0x341d336e0ee9201c6009aefd37d8f03b88f2d5c384a1d7fa3a44844fcf21b72b_cls(
            parent_register=self,
            size_props=FieldSizeProps(
                width=1,
                lsb=1, msb=1,
                low=1, high=1),
            misc_props=FieldMiscProps(
                default=0,
                is_volatile=False),
            logger_handle=logger_handle+'.rx_cq',
            inst_name='rx_cq',
            field_type=int)
        self.__error:vcnic_dma_regs_DMA_INT_STATUS_error_0xb17e008d5c97bf931062185bb94fc702ce4c0938ce9c8bbd1b3522dc889694d4_cls = vcnic_dma_regs_DMA_INT_STATUS_error_0xb17e008d5c97bf931062185bb94fc702ce4c0938ce9c8bbd1b3522dc889694d4_cls(
            parent_register=self,
            size_props=FieldSizeProps(
                width=1,
                lsb=2, msb=2,
                low=2, high=2),
            misc_props=FieldMiscProps(
                default=0,
                is_volatile=False),
            logger_handle=logger_handle+'.error',
            inst_name='error',
            field_type=int)

    @property
    def width(self) -> int:
        return 32

    @property
    def accesswidth(self) -> int:
        return 32

    
    
    def register_value( # type: ignore[override]
        self, *,tx_cq : int,rx_cq : int,error : int,) -> int:
        return super().register_value(tx_cq=tx_cq,rx_cq=rx_cq,error=error,)
    

    

    
         
            
    async def write_all_fields_without_read( # type: ignore[override]
        self, *,tx_cq : int,rx_cq : int,error : int,) -> None:
        return await super().write_all_fields_without_read(tx_cq=tx_cq,rx_cq=rx_cq,error=error,)
         
    

    # build the properties for the fields
    
    @property
    def tx_cq(self) -> vcnic_dma_regs_DMA_INT_STATUS_tx_cq_0xb18fb6a3846dfcbe03f7baa558ffc27f7838fa81a6ec541274f3807068477afa_cls:
        """
        Property to access tx_cq field of the register

        +--------------+-------------------------------------------------------------------------+
        | SystemRDL    | Value                                                                   |
        | Field        |                                                                         |
        +==============+=========================================================================+
        | Description  | .. raw:: html                                                           |
        |              |                                                                         |
        |              |      <p>TX CQ: completions written (coalesced: TXCQ_IRQ).</p>           |
        +--------------+-------------------------------------------------------------------------+
        """
        return self.__tx_cq
    @property
    def rx_cq(self) -> vcnic_dma_regs_DMA_INT_STATUS_rx_cq_0x341d336e0ee9201c6009aefd37d8f03b88f2d5c384a1d7fa3a44844fcf21b72b_cls:
        """
        Property to access rx_cq field of the register

        +--------------+-------------------------------------------------------------------------+
        | SystemRDL    | Value                                                                   |
        | Field        |                                                                         |
        +==============+=========================================================================+
        | Description  | .. raw:: html                                                           |
        |              |                                                                         |
        |              |      <p>RX CQ: completions written (coalesced: RXCQ_IRQ).</p>           |
        +--------------+-------------------------------------------------------------------------+
        """
        return self.__rx_cq
    @property
    def error(self) -> vcnic_dma_regs_DMA_INT_STATUS_error_0xb17e008d5c97bf931062185bb94fc702ce4c0938ce9c8bbd1b3522dc889694d4_cls:
        """
        Property to access error field of the register

        +--------------+-------------------------------------------------------------------------+
        | SystemRDL    | Value                                                                   |
        | Field        |                                                                         |
        +==============+=========================================================================+
        | Description  | .. raw:: html                                                           |
        |              |                                                                         |
        |              |      <p>A DMA error or an ignored doorbell (DMA_ERR_*,                  |
        |              |      DOORBELL_ERRORS).</p>                                              |
        +--------------+-------------------------------------------------------------------------+
        """
        return self.__error

    
    @property
    def systemrdl_python_child_name_map(self) -> dict[str, str]:
        return {'tx_cq':'tx_cq','rx_cq':'rx_cq','error':'error',
            }

    
    
    
    
    
    
    # nodes:3
                
    @overload
    def get_child_by_system_rdl_name(self, name: Literal["tx_cq"]) -> 'vcnic_dma_regs_DMA_INT_STATUS_tx_cq_0xb18fb6a3846dfcbe03f7baa558ffc27f7838fa81a6ec541274f3807068477afa_cls': ...
                
                
    @overload
    def get_child_by_system_rdl_name(self, name: Literal["rx_cq"]) -> 'vcnic_dma_regs_DMA_INT_STATUS_rx_cq_0x341d336e0ee9201c6009aefd37d8f03b88f2d5c384a1d7fa3a44844fcf21b72b_cls': ...
                
                
    @overload
    def get_child_by_system_rdl_name(self, name: Literal["error"]) -> 'vcnic_dma_regs_DMA_INT_STATUS_error_0xb17e008d5c97bf931062185bb94fc702ce4c0938ce9c8bbd1b3522dc889694d4_cls': ...
                

    @overload
    def get_child_by_system_rdl_name(self, name: str) -> Union['vcnic_dma_regs_DMA_INT_STATUS_tx_cq_0xb18fb6a3846dfcbe03f7baa558ffc27f7838fa81a6ec541274f3807068477afa_cls', 'vcnic_dma_regs_DMA_INT_STATUS_rx_cq_0x341d336e0ee9201c6009aefd37d8f03b88f2d5c384a1d7fa3a44844fcf21b72b_cls', 'vcnic_dma_regs_DMA_INT_STATUS_error_0xb17e008d5c97bf931062185bb94fc702ce4c0938ce9c8bbd1b3522dc889694d4_cls', ]: ...

    def get_child_by_system_rdl_name(self, name: Any) -> Any:
        return super().get_child_by_system_rdl_name(name)
    


    

    
    

    @property
    def rdl_name(self) -> str:
        return "DMA interrupt status"
    @property
    def rdl_desc(self) -> str:
        return "Write 1 to clear (whole-register writes with a mask)."
    
    

    
    def __iter__(self) -> Iterator[Union[FieldAsyncReadOnly,FieldAsyncWriteOnly,FieldAsyncReadWrite]]:
        
        
        yield self.tx_cq
        yield self.rx_cq
        yield self.error
        
        
    

    
    
class vcnic_dma_regs_DMA_INT_ENABLE_0x203a8e28c1b1c2ba70f8bd27557bec4190c5d4453f4d33e42e29cb37c9f9ef9a_cls(RegAsyncReadWrite):
    """
    Class to represent a register in the register model

    +--------------+-------------------------------------------------------------------------+
    | SystemRDL    | Value                                                                   |
    | Field        |                                                                         |
    +==============+=========================================================================+
    | Name         | .. raw:: html                                                           |
    |              |                                                                         |
    |              |      DMA interrupt enable                                               |
    +--------------+-------------------------------------------------------------------------+
    | Description  | .. raw:: html                                                           |
    |              |                                                                         |
    |              |      <p>irq[1] = tx_cq, irq[2] = rx_cq, irq[3] = error: status AND      |
    |              |      enable.</p>                                                        |
    +--------------+-------------------------------------------------------------------------+
    """

    __slots__ : list[str] = ['__tx_cq', '__rx_cq', '__error']

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
        
        self.__tx_cq:FieldAsyncReadWrite = FieldAsyncReadWrite(
            parent_register=self,
            size_props=FieldSizeProps(
                width=1,
                lsb=0, msb=0,
                low=0, high=0),
            misc_props=FieldMiscProps(
                default=0,
                is_volatile=False),
            logger_handle=logger_handle+'.tx_cq',
            inst_name='tx_cq',
            field_type=int)
        self.__rx_cq:FieldAsyncReadWrite = FieldAsyncReadWrite(
            parent_register=self,
            size_props=FieldSizeProps(
                width=1,
                lsb=1, msb=1,
                low=1, high=1),
            misc_props=FieldMiscProps(
                default=0,
                is_volatile=False),
            logger_handle=logger_handle+'.rx_cq',
            inst_name='rx_cq',
            field_type=int)
        self.__error:FieldAsyncReadWrite = FieldAsyncReadWrite(
            parent_register=self,
            size_props=FieldSizeProps(
                width=1,
                lsb=2, msb=2,
                low=2, high=2),
            misc_props=FieldMiscProps(
                default=0,
                is_volatile=False),
            logger_handle=logger_handle+'.error',
            inst_name='error',
            field_type=int)

    @property
    def width(self) -> int:
        return 32

    @property
    def accesswidth(self) -> int:
        return 32

    
    
    def register_value( # type: ignore[override]
        self, *,tx_cq : int,rx_cq : int,error : int,) -> int:
        return super().register_value(tx_cq=tx_cq,rx_cq=rx_cq,error=error,)
    

    

    
         
            
    async def write_all_fields_without_read( # type: ignore[override]
        self, *,tx_cq : int,rx_cq : int,error : int,) -> None:
        return await super().write_all_fields_without_read(tx_cq=tx_cq,rx_cq=rx_cq,error=error,)
         
    

    # build the properties for the fields
    
    @property
    def tx_cq(self) -> FieldAsyncReadWrite:
        """
        Property to access tx_cq field of the register

        
        """
        return self.__tx_cq
    @property
    def rx_cq(self) -> FieldAsyncReadWrite:
        """
        Property to access rx_cq field of the register

        
        """
        return self.__rx_cq
    @property
    def error(self) -> FieldAsyncReadWrite:
        """
        Property to access error field of the register

        
        """
        return self.__error

    
    @property
    def systemrdl_python_child_name_map(self) -> dict[str, str]:
        return {'tx_cq':'tx_cq','rx_cq':'rx_cq','error':'error',
            }

    
    
    
    
    
    
    # nodes:3
                
    @overload
    def get_child_by_system_rdl_name(self, name: Literal["tx_cq"]) -> 'FieldAsyncReadWrite': ...
                
                
    @overload
    def get_child_by_system_rdl_name(self, name: Literal["rx_cq"]) -> 'FieldAsyncReadWrite': ...
                
                
    @overload
    def get_child_by_system_rdl_name(self, name: Literal["error"]) -> 'FieldAsyncReadWrite': ...
                

    @overload
    def get_child_by_system_rdl_name(self, name: str) -> Union['FieldAsyncReadWrite', 'FieldAsyncReadWrite', 'FieldAsyncReadWrite', ]: ...

    def get_child_by_system_rdl_name(self, name: Any) -> Any:
        return super().get_child_by_system_rdl_name(name)
    


    

    
    

    @property
    def rdl_name(self) -> str:
        return "DMA interrupt enable"
    @property
    def rdl_desc(self) -> str:
        return "irq[1] = tx_cq, irq[2] = rx_cq, irq[3] = error: status AND enable."
    
    

    
    def __iter__(self) -> Iterator[Union[FieldAsyncReadOnly,FieldAsyncWriteOnly,FieldAsyncReadWrite]]:
        
        
        yield self.tx_cq
        yield self.rx_cq
        yield self.error
        
        
    

    
    
class vcnic_dma_regs_DMA_ERR_STATUS_0x56daf9d371e8d1135c9db59684c70b4f5ae5b4487f82bfa4f2edb28ad7f06430_cls(RegAsyncReadOnly):
    """
    Class to represent a register in the register model

    +--------------+-------------------------------------------------------------------------+
    | SystemRDL    | Value                                                                   |
    | Field        |                                                                         |
    +==============+=========================================================================+
    | Name         | .. raw:: html                                                           |
    |              |                                                                         |
    |              |      DMA error status                                                   |
    +--------------+-------------------------------------------------------------------------+
    | Description  | .. raw:: html                                                           |
    |              |                                                                         |
    |              |      <p>The most recent DMA error (host memory answered SLVERR or       |
    |              |      DECERR).</p>                                                       |
    +--------------+-------------------------------------------------------------------------+
    """

    __slots__ : list[str] = ['__source', '__resp']

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
        
        self.__source:vcnic_dma_regs_DMA_ERR_STATUS_source_0x672acc361f1fc71b0464fbcef0b4862a9e9d8c0c18e50f87c9abdbaf1c9cea85_cls = vcnic_dma_regs_DMA_ERR_STATUS_source_0x672acc361f1fc71b0464fbcef0b4862a9e9d8c0c18e50f87c9abdbaf1c9cea85_cls(
            parent_register=self,
            size_props=FieldSizeProps(
                width=4,
                lsb=0, msb=3,
                low=0, high=3),
            misc_props=FieldMiscProps(
                default=None,
                is_volatile=True),
            logger_handle=logger_handle+'.source',
            inst_name='source',
            field_type=_dma_err_src_e0xe4dde34f8a1fbf052d478306f90d0a989051326b88bb35f7b3da300da2565a28_enumcls)
        self.__resp:vcnic_dma_regs_DMA_ERR_STATUS_resp_0xe61bbaaa3708afb9615fa99fa73f62ab80b571a61655b6b3415f8d08732449d0_cls = vcnic_dma_regs_DMA_ERR_STATUS_resp_0xe61bbaaa3708afb9615fa99fa73f62ab80b571a61655b6b3415f8d08732449d0_cls(
            parent_register=self,
            size_props=FieldSizeProps(
                width=2,
                lsb=4, msb=5,
                low=4, high=5),
            misc_props=FieldMiscProps(
                default=None,
                is_volatile=True),
            logger_handle=logger_handle+'.resp',
            inst_name='resp',
            field_type=int)

    @property
    def width(self) -> int:
        return 32

    @property
    def accesswidth(self) -> int:
        return 32

    
    
    def register_value( # type: ignore[override]
        self, *,source : _dma_err_src_e0xe4dde34f8a1fbf052d478306f90d0a989051326b88bb35f7b3da300da2565a28_enumcls,resp : int,) -> int:
        return super().register_value(source=source,resp=resp,)
    

    

    

    # build the properties for the fields
    
    @property
    def source(self) -> vcnic_dma_regs_DMA_ERR_STATUS_source_0x672acc361f1fc71b0464fbcef0b4862a9e9d8c0c18e50f87c9abdbaf1c9cea85_cls:
        """
        Property to access source field of the register

        +--------------+-------------------------------------------------------------------------+
        | SystemRDL    | Value                                                                   |
        | Field        |                                                                         |
        +==============+=========================================================================+
        | Description  | .. raw:: html                                                           |
        |              |                                                                         |
        |              |      <p>Which access failed.</p>                                        |
        +--------------+-------------------------------------------------------------------------+
        """
        return self.__source
    @property
    def resp(self) -> vcnic_dma_regs_DMA_ERR_STATUS_resp_0xe61bbaaa3708afb9615fa99fa73f62ab80b571a61655b6b3415f8d08732449d0_cls:
        """
        Property to access resp field of the register

        +--------------+-------------------------------------------------------------------------+
        | SystemRDL    | Value                                                                   |
        | Field        |                                                                         |
        +==============+=========================================================================+
        | Description  | .. raw:: html                                                           |
        |              |                                                                         |
        |              |      <p>The AXI response (2 SLVERR, 3 DECERR).</p>                      |
        +--------------+-------------------------------------------------------------------------+
        """
        return self.__resp

    
    @property
    def systemrdl_python_child_name_map(self) -> dict[str, str]:
        return {'source':'source','resp':'resp',
            }

    
    
    
    
    
    
    # nodes:2
                
    @overload
    def get_child_by_system_rdl_name(self, name: Literal["source"]) -> 'vcnic_dma_regs_DMA_ERR_STATUS_source_0x672acc361f1fc71b0464fbcef0b4862a9e9d8c0c18e50f87c9abdbaf1c9cea85_cls': ...
                
                
    @overload
    def get_child_by_system_rdl_name(self, name: Literal["resp"]) -> 'vcnic_dma_regs_DMA_ERR_STATUS_resp_0xe61bbaaa3708afb9615fa99fa73f62ab80b571a61655b6b3415f8d08732449d0_cls': ...
                

    @overload
    def get_child_by_system_rdl_name(self, name: str) -> Union['vcnic_dma_regs_DMA_ERR_STATUS_source_0x672acc361f1fc71b0464fbcef0b4862a9e9d8c0c18e50f87c9abdbaf1c9cea85_cls', 'vcnic_dma_regs_DMA_ERR_STATUS_resp_0xe61bbaaa3708afb9615fa99fa73f62ab80b571a61655b6b3415f8d08732449d0_cls', ]: ...

    def get_child_by_system_rdl_name(self, name: Any) -> Any:
        return super().get_child_by_system_rdl_name(name)
    


    

    
    

    @property
    def rdl_name(self) -> str:
        return "DMA error status"
    @property
    def rdl_desc(self) -> str:
        return "The most recent DMA error (host memory answered SLVERR or DECERR)."
    
    

    
    def __iter__(self) -> Iterator[Union[FieldAsyncReadOnly,FieldAsyncWriteOnly,FieldAsyncReadWrite]]:
        
        
        yield self.source
        yield self.resp
        
        
    

    
    
class vcnic_dma_regs_dma_ro32_r_0x35dc4deb00e4dc50cf8855d7bc95ad6ac52d087149ac209c26d56d255a1887d2_cls(RegAsyncReadOnly):
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
        
        self.__value:vcnic_dma_regs_dma_ro32_r_value_0xadbd79fc097753154cd117a9e2c9936cb184e227a4fe251f815b1300bfc0bb9d_cls = vcnic_dma_regs_dma_ro32_r_value_0xadbd79fc097753154cd117a9e2c9936cb184e227a4fe251f815b1300bfc0bb9d_cls(
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
    def value(self) -> vcnic_dma_regs_dma_ro32_r_value_0xadbd79fc097753154cd117a9e2c9936cb184e227a4fe251f815b1300bfc0bb9d_cls:
        """
        Property to access value field of the register

        +--------------+-------------------------------------------------------------------------+
        | SystemRDL    | Value                                                                   |
        | Field        |                                                                         |
        +==============+=========================================================================+
        | Description  | .. raw:: html                                                           |
        |              |                                                                         |
        |              |      <p>Address of the failed burst, bits 31:0.</p>                     |
        +--------------+-------------------------------------------------------------------------+
        """
        return self.__value

    
    @property
    def systemrdl_python_child_name_map(self) -> dict[str, str]:
        return {'value':'value',
            }

    
    
    
    
    
    
                
    def get_child_by_system_rdl_name(self, name: Any) -> 'vcnic_dma_regs_dma_ro32_r_value_0xadbd79fc097753154cd117a9e2c9936cb184e227a4fe251f815b1300bfc0bb9d_cls':
        return super().get_child_by_system_rdl_name(name)
                
    


    

    
    

    
    

    
    def __iter__(self) -> Iterator[Union[FieldAsyncReadOnly,FieldAsyncWriteOnly,FieldAsyncReadWrite]]:
        
        
        yield self.value
        
        
    

    
    
class vcnic_dma_regs_dma_ro32_r_0x11daaad8ee2452ec43ab460ed5b51d43a13628f3ee2e54e873fc468ccb3a1831_cls(RegAsyncReadOnly):
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
        
        self.__value:vcnic_dma_regs_dma_ro32_r_value_0x3137fc6c0ac981e9a908965003301cbe5fcebb8bbf745ea5658f6b84bb21f757_cls = vcnic_dma_regs_dma_ro32_r_value_0x3137fc6c0ac981e9a908965003301cbe5fcebb8bbf745ea5658f6b84bb21f757_cls(
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
    def value(self) -> vcnic_dma_regs_dma_ro32_r_value_0x3137fc6c0ac981e9a908965003301cbe5fcebb8bbf745ea5658f6b84bb21f757_cls:
        """
        Property to access value field of the register

        +--------------+-------------------------------------------------------------------------+
        | SystemRDL    | Value                                                                   |
        | Field        |                                                                         |
        +==============+=========================================================================+
        | Description  | .. raw:: html                                                           |
        |              |                                                                         |
        |              |      <p>Address of the failed burst, bits 63:32.</p>                    |
        +--------------+-------------------------------------------------------------------------+
        """
        return self.__value

    
    @property
    def systemrdl_python_child_name_map(self) -> dict[str, str]:
        return {'value':'value',
            }

    
    
    
    
    
    
                
    def get_child_by_system_rdl_name(self, name: Any) -> 'vcnic_dma_regs_dma_ro32_r_value_0x3137fc6c0ac981e9a908965003301cbe5fcebb8bbf745ea5658f6b84bb21f757_cls':
        return super().get_child_by_system_rdl_name(name)
                
    


    

    
    

    
    

    
    def __iter__(self) -> Iterator[Union[FieldAsyncReadOnly,FieldAsyncWriteOnly,FieldAsyncReadWrite]]:
        
        
        yield self.value
        
        
    

    
    
class vcnic_dma_regs_addr_lo_r_0xd61adf3807996871a224eaecb03d8e4f55e479dcd56c4ff8313297ee8869de16_cls(RegAsyncReadWrite):
    """
    Class to represent a register in the register model

    
    """

    __slots__ : list[str] = ['__addr']

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
        
        self.__addr:vcnic_dma_regs_addr_lo_r_addr_0x55e8ffaf0ed373378763a9554d2a4b2c48c0f208dbd022c6f073f506b9c09f09_cls = vcnic_dma_regs_addr_lo_r_addr_0x55e8ffaf0ed373378763a9554d2a4b2c48c0f208dbd022c6f073f506b9c09f09_cls(
            parent_register=self,
            size_props=FieldSizeProps(
                width=32,
                lsb=0, msb=31,
                low=0, high=31),
            misc_props=FieldMiscProps(
                default=0,
                is_volatile=False),
            logger_handle=logger_handle+'.addr',
            inst_name='addr',
            field_type=int)

    @property
    def width(self) -> int:
        return 32

    @property
    def accesswidth(self) -> int:
        return 32

    
    
    def register_value( # type: ignore[override]
        self, *,addr : int,) -> int:
        return super().register_value(addr=addr,)
    

    

    
         
            
    async def write_all_fields_without_read( # type: ignore[override]
        self, *,addr : int,) -> None:
        return await super().write_all_fields_without_read(addr=addr,)
         
    

    # build the properties for the fields
    
    @property
    def addr(self) -> vcnic_dma_regs_addr_lo_r_addr_0x55e8ffaf0ed373378763a9554d2a4b2c48c0f208dbd022c6f073f506b9c09f09_cls:
        """
        Property to access addr field of the register

        +--------------+-------------------------------------------------------------------------+
        | SystemRDL    | Value                                                                   |
        | Field        |                                                                         |
        +==============+=========================================================================+
        | Description  | .. raw:: html                                                           |
        |              |                                                                         |
        |              |      <p>Address bits 31:0 (bits below the entry size are ignored).</p>  |
        +--------------+-------------------------------------------------------------------------+
        """
        return self.__addr

    
    @property
    def systemrdl_python_child_name_map(self) -> dict[str, str]:
        return {'addr':'addr',
            }

    
    
    
    
    
    
                
    def get_child_by_system_rdl_name(self, name: Any) -> 'vcnic_dma_regs_addr_lo_r_addr_0x55e8ffaf0ed373378763a9554d2a4b2c48c0f208dbd022c6f073f506b9c09f09_cls':
        return super().get_child_by_system_rdl_name(name)
                
    


    

    
    

    
    

    
    def __iter__(self) -> Iterator[Union[FieldAsyncReadOnly,FieldAsyncWriteOnly,FieldAsyncReadWrite]]:
        
        
        yield self.addr
        
        
    

    
    
class vcnic_dma_regs_addr_hi_r_0xa5c537aba05bc9d09d8d8196330c46d63f689aa6e7674805500f535229a08ed_cls(RegAsyncReadWrite):
    """
    Class to represent a register in the register model

    
    """

    __slots__ : list[str] = ['__addr']

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
        
        self.__addr:vcnic_dma_regs_addr_hi_r_addr_0x833f17bd2982468f613c3bd8eccd7f235ffa519b164e1b9e59cc8ea69e470cb3_cls = vcnic_dma_regs_addr_hi_r_addr_0x833f17bd2982468f613c3bd8eccd7f235ffa519b164e1b9e59cc8ea69e470cb3_cls(
            parent_register=self,
            size_props=FieldSizeProps(
                width=32,
                lsb=0, msb=31,
                low=0, high=31),
            misc_props=FieldMiscProps(
                default=0,
                is_volatile=False),
            logger_handle=logger_handle+'.addr',
            inst_name='addr',
            field_type=int)

    @property
    def width(self) -> int:
        return 32

    @property
    def accesswidth(self) -> int:
        return 32

    
    
    def register_value( # type: ignore[override]
        self, *,addr : int,) -> int:
        return super().register_value(addr=addr,)
    

    

    
         
            
    async def write_all_fields_without_read( # type: ignore[override]
        self, *,addr : int,) -> None:
        return await super().write_all_fields_without_read(addr=addr,)
         
    

    # build the properties for the fields
    
    @property
    def addr(self) -> vcnic_dma_regs_addr_hi_r_addr_0x833f17bd2982468f613c3bd8eccd7f235ffa519b164e1b9e59cc8ea69e470cb3_cls:
        """
        Property to access addr field of the register

        +--------------+-------------------------------------------------------------------------+
        | SystemRDL    | Value                                                                   |
        | Field        |                                                                         |
        +==============+=========================================================================+
        | Description  | .. raw:: html                                                           |
        |              |                                                                         |
        |              |      <p>Address bits 63:32.</p>                                         |
        +--------------+-------------------------------------------------------------------------+
        """
        return self.__addr

    
    @property
    def systemrdl_python_child_name_map(self) -> dict[str, str]:
        return {'addr':'addr',
            }

    
    
    
    
    
    
                
    def get_child_by_system_rdl_name(self, name: Any) -> 'vcnic_dma_regs_addr_hi_r_addr_0x833f17bd2982468f613c3bd8eccd7f235ffa519b164e1b9e59cc8ea69e470cb3_cls':
        return super().get_child_by_system_rdl_name(name)
                
    


    

    
    

    
    

    
    def __iter__(self) -> Iterator[Union[FieldAsyncReadOnly,FieldAsyncWriteOnly,FieldAsyncReadWrite]]:
        
        
        yield self.addr
        
        
    

    
    
class vcnic_dma_regs_size_r_0xaf632fead445152e0f10627e2e552bf0bbca042d652640c9516196dca862e4e2_cls(RegAsyncReadWrite):
    """
    Class to represent a register in the register model

    
    """

    __slots__ : list[str] = ['__log2']

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
        
        self.__log2:vcnic_dma_regs_size_r_log2_0x2d0e8df19e707548de351d1364f95caabf1bf09a6918adae98920b6b05b69ac8_cls = vcnic_dma_regs_size_r_log2_0x2d0e8df19e707548de351d1364f95caabf1bf09a6918adae98920b6b05b69ac8_cls(
            parent_register=self,
            size_props=FieldSizeProps(
                width=4,
                lsb=0, msb=3,
                low=0, high=3),
            misc_props=FieldMiscProps(
                default=0,
                is_volatile=False),
            logger_handle=logger_handle+'.log2',
            inst_name='log2',
            field_type=int)

    @property
    def width(self) -> int:
        return 32

    @property
    def accesswidth(self) -> int:
        return 32

    
    
    def register_value( # type: ignore[override]
        self, *,log2 : int,) -> int:
        return super().register_value(log2=log2,)
    

    

    
         
            
    async def write_all_fields_without_read( # type: ignore[override]
        self, *,log2 : int,) -> None:
        return await super().write_all_fields_without_read(log2=log2,)
         
    

    # build the properties for the fields
    
    @property
    def log2(self) -> vcnic_dma_regs_size_r_log2_0x2d0e8df19e707548de351d1364f95caabf1bf09a6918adae98920b6b05b69ac8_cls:
        """
        Property to access log2 field of the register

        +--------------+-------------------------------------------------------------------------+
        | SystemRDL    | Value                                                                   |
        | Field        |                                                                         |
        +==============+=========================================================================+
        | Description  | .. raw:: html                                                           |
        |              |                                                                         |
        |              |      <p>log2 of the number of entries (0 = off, 1..MAX_RING_LOG2).</p>  |
        +--------------+-------------------------------------------------------------------------+
        """
        return self.__log2

    
    @property
    def systemrdl_python_child_name_map(self) -> dict[str, str]:
        return {'log2':'log2',
            }

    
    
    
    
    
    
                
    def get_child_by_system_rdl_name(self, name: Any) -> 'vcnic_dma_regs_size_r_log2_0x2d0e8df19e707548de351d1364f95caabf1bf09a6918adae98920b6b05b69ac8_cls':
        return super().get_child_by_system_rdl_name(name)
                
    


    

    
    

    
    

    
    def __iter__(self) -> Iterator[Union[FieldAsyncReadOnly,FieldAsyncWriteOnly,FieldAsyncReadWrite]]:
        
        
        yield self.log2
        
        
    

    
    
class vcnic_dma_regs_prod_r_0x2857957e8626aa5068f376ead8152ab6c436c23ca423ec2b65721ce03078317f_cls(RegAsyncReadWrite):
    """
    Class to represent a register in the register model

    
    """

    __slots__ : list[str] = ['__index']

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
        
        self.__index:vcnic_dma_regs_prod_r_index_0x2161800e96ae60cf0667d7b518398e1c40bc5d1a848b53b5528bbc1e2173e5ef_cls = vcnic_dma_regs_prod_r_index_0x2161800e96ae60cf0667d7b518398e1c40bc5d1a848b53b5528bbc1e2173e5ef_cls(
            parent_register=self,
            size_props=FieldSizeProps(
                width=16,
                lsb=0, msb=15,
                low=0, high=15),
            misc_props=FieldMiscProps(
                default=0,
                is_volatile=False),
            logger_handle=logger_handle+'.index',
            inst_name='index',
            field_type=int)

    @property
    def width(self) -> int:
        return 32

    @property
    def accesswidth(self) -> int:
        return 32

    
    
    def register_value( # type: ignore[override]
        self, *,index : int,) -> int:
        return super().register_value(index=index,)
    

    

    
         
            
    async def write_all_fields_without_read( # type: ignore[override]
        self, *,index : int,) -> None:
        return await super().write_all_fields_without_read(index=index,)
         
    

    # build the properties for the fields
    
    @property
    def index(self) -> vcnic_dma_regs_prod_r_index_0x2161800e96ae60cf0667d7b518398e1c40bc5d1a848b53b5528bbc1e2173e5ef_cls:
        """
        Property to access index field of the register

        +--------------+-------------------------------------------------------------------------+
        | SystemRDL    | Value                                                                   |
        | Field        |                                                                         |
        +==============+=========================================================================+
        | Description  | .. raw:: html                                                           |
        |              |                                                                         |
        |              |      <p>Producer index (free-running): the doorbell.</p>                |
        +--------------+-------------------------------------------------------------------------+
        """
        return self.__index

    
    @property
    def systemrdl_python_child_name_map(self) -> dict[str, str]:
        return {'index':'index',
            }

    
    
    
    
    
    
                
    def get_child_by_system_rdl_name(self, name: Any) -> 'vcnic_dma_regs_prod_r_index_0x2161800e96ae60cf0667d7b518398e1c40bc5d1a848b53b5528bbc1e2173e5ef_cls':
        return super().get_child_by_system_rdl_name(name)
                
    


    

    
    

    
    

    
    def __iter__(self) -> Iterator[Union[FieldAsyncReadOnly,FieldAsyncWriteOnly,FieldAsyncReadWrite]]:
        
        
        yield self.index
        
        
    

    
    
class vcnic_dma_regs_hw_index_r_0xec0676c300f7e732ee799777b49b8f45c18874160f798bf3c24ef3f171aa5c2a_cls(RegAsyncReadOnly):
    """
    Class to represent a register in the register model

    
    """

    __slots__ : list[str] = ['__index']

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
        
        self.__index:vcnic_dma_regs_hw_index_r_index_0x56bbdf3e987fa7ec2e620e624c7edce0033732991d2e0a203acad66f9e4cfe7c_cls = vcnic_dma_regs_hw_index_r_index_0x56bbdf3e987fa7ec2e620e624c7edce0033732991d2e0a203acad66f9e4cfe7c_cls(
            parent_register=self,
            size_props=FieldSizeProps(
                width=16,
                lsb=0, msb=15,
                low=0, high=15),
            misc_props=FieldMiscProps(
                default=None,
                is_volatile=True),
            logger_handle=logger_handle+'.index',
            inst_name='index',
            field_type=int)

    @property
    def width(self) -> int:
        return 32

    @property
    def accesswidth(self) -> int:
        return 32

    
    
    def register_value( # type: ignore[override]
        self, *,index : int,) -> int:
        return super().register_value(index=index,)
    

    

    

    # build the properties for the fields
    
    @property
    def index(self) -> vcnic_dma_regs_hw_index_r_index_0x56bbdf3e987fa7ec2e620e624c7edce0033732991d2e0a203acad66f9e4cfe7c_cls:
        """
        Property to access index field of the register

        +--------------+-------------------------------------------------------------------------+
        | SystemRDL    | Value                                                                   |
        | Field        |                                                                         |
        +==============+=========================================================================+
        | Description  | .. raw:: html                                                           |
        |              |                                                                         |
        |              |      <p>TX descriptors consumed: their frames are in the core (or       |
        |              |      completed by the DMA); their buffers are the driver's again.</p>   |
        +--------------+-------------------------------------------------------------------------+
        """
        return self.__index

    
    @property
    def systemrdl_python_child_name_map(self) -> dict[str, str]:
        return {'index':'index',
            }

    
    
    
    
    
    
                
    def get_child_by_system_rdl_name(self, name: Any) -> 'vcnic_dma_regs_hw_index_r_index_0x56bbdf3e987fa7ec2e620e624c7edce0033732991d2e0a203acad66f9e4cfe7c_cls':
        return super().get_child_by_system_rdl_name(name)
                
    


    

    
    

    
    

    
    def __iter__(self) -> Iterator[Union[FieldAsyncReadOnly,FieldAsyncWriteOnly,FieldAsyncReadWrite]]:
        
        
        yield self.index
        
        
    

    
    
class vcnic_dma_regs_head_r_0xfecc68003438d349b0781042a8b65c0214a91f5164321d8b07c6af4ad9e91cb2_cls(RegAsyncReadWrite):
    """
    Class to represent a register in the register model

    
    """

    __slots__ : list[str] = ['__index']

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
        
        self.__index:vcnic_dma_regs_head_r_index_0x295ffb746467ed8eda0def98147236ea8d9593fde1e5ad812e99aa7e153fd0e0_cls = vcnic_dma_regs_head_r_index_0x295ffb746467ed8eda0def98147236ea8d9593fde1e5ad812e99aa7e153fd0e0_cls(
            parent_register=self,
            size_props=FieldSizeProps(
                width=16,
                lsb=0, msb=15,
                low=0, high=15),
            misc_props=FieldMiscProps(
                default=0,
                is_volatile=False),
            logger_handle=logger_handle+'.index',
            inst_name='index',
            field_type=int)

    @property
    def width(self) -> int:
        return 32

    @property
    def accesswidth(self) -> int:
        return 32

    
    
    def register_value( # type: ignore[override]
        self, *,index : int,) -> int:
        return super().register_value(index=index,)
    

    

    
         
            
    async def write_all_fields_without_read( # type: ignore[override]
        self, *,index : int,) -> None:
        return await super().write_all_fields_without_read(index=index,)
         
    

    # build the properties for the fields
    
    @property
    def index(self) -> vcnic_dma_regs_head_r_index_0x295ffb746467ed8eda0def98147236ea8d9593fde1e5ad812e99aa7e153fd0e0_cls:
        """
        Property to access index field of the register

        +--------------+-------------------------------------------------------------------------+
        | SystemRDL    | Value                                                                   |
        | Field        |                                                                         |
        +==============+=========================================================================+
        | Description  | .. raw:: html                                                           |
        |              |                                                                         |
        |              |      <p>Consumer index of the completion queue, written by the driver   |
        |              |      after reaping (a doorbell).</p>                                    |
        +--------------+-------------------------------------------------------------------------+
        """
        return self.__index

    
    @property
    def systemrdl_python_child_name_map(self) -> dict[str, str]:
        return {'index':'index',
            }

    
    
    
    
    
    
                
    def get_child_by_system_rdl_name(self, name: Any) -> 'vcnic_dma_regs_head_r_index_0x295ffb746467ed8eda0def98147236ea8d9593fde1e5ad812e99aa7e153fd0e0_cls':
        return super().get_child_by_system_rdl_name(name)
                
    


    

    
    

    
    

    
    def __iter__(self) -> Iterator[Union[FieldAsyncReadOnly,FieldAsyncWriteOnly,FieldAsyncReadWrite]]:
        
        
        yield self.index
        
        
    

    
    
class vcnic_dma_regs_hw_index_r_0xc534060f3f0fffafcd647a067d66c74ea47fac51f91658cc9f6af03560ff8ade_cls(RegAsyncReadOnly):
    """
    Class to represent a register in the register model

    
    """

    __slots__ : list[str] = ['__index']

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
        
        self.__index:vcnic_dma_regs_hw_index_r_index_0xeb2816ecde1de7db05840392417edef81e9f564114d672f6b151252a38b2bfcb_cls = vcnic_dma_regs_hw_index_r_index_0xeb2816ecde1de7db05840392417edef81e9f564114d672f6b151252a38b2bfcb_cls(
            parent_register=self,
            size_props=FieldSizeProps(
                width=16,
                lsb=0, msb=15,
                low=0, high=15),
            misc_props=FieldMiscProps(
                default=None,
                is_volatile=True),
            logger_handle=logger_handle+'.index',
            inst_name='index',
            field_type=int)

    @property
    def width(self) -> int:
        return 32

    @property
    def accesswidth(self) -> int:
        return 32

    
    
    def register_value( # type: ignore[override]
        self, *,index : int,) -> int:
        return super().register_value(index=index,)
    

    

    

    # build the properties for the fields
    
    @property
    def index(self) -> vcnic_dma_regs_hw_index_r_index_0xeb2816ecde1de7db05840392417edef81e9f564114d672f6b151252a38b2bfcb_cls:
        """
        Property to access index field of the register

        +--------------+-------------------------------------------------------------------------+
        | SystemRDL    | Value                                                                   |
        | Field        |                                                                         |
        +==============+=========================================================================+
        | Description  | .. raw:: html                                                           |
        |              |                                                                         |
        |              |      <p>TX completions written.</p>                                     |
        +--------------+-------------------------------------------------------------------------+
        """
        return self.__index

    
    @property
    def systemrdl_python_child_name_map(self) -> dict[str, str]:
        return {'index':'index',
            }

    
    
    
    
    
    
                
    def get_child_by_system_rdl_name(self, name: Any) -> 'vcnic_dma_regs_hw_index_r_index_0xeb2816ecde1de7db05840392417edef81e9f564114d672f6b151252a38b2bfcb_cls':
        return super().get_child_by_system_rdl_name(name)
                
    


    

    
    

    
    

    
    def __iter__(self) -> Iterator[Union[FieldAsyncReadOnly,FieldAsyncWriteOnly,FieldAsyncReadWrite]]:
        
        
        yield self.index
        
        
    

    
    
class vcnic_dma_regs_irq_mod_r_0x68c11d35de65acbc8c57152b799a83c9aedd5111dd05decd1dde0695be76993_cls(RegAsyncReadWrite):
    """
    Class to represent a register in the register model

    
    """

    __slots__ : list[str] = ['__count', '__timer']

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
        
        self.__count:vcnic_dma_regs_irq_mod_r_count_0xa1985f747454a672adddb8596cd52b01680e33c06c2be2c081d810f859f77a6c_cls = vcnic_dma_regs_irq_mod_r_count_0xa1985f747454a672adddb8596cd52b01680e33c06c2be2c081d810f859f77a6c_cls(
            parent_register=self,
            size_props=FieldSizeProps(
                width=16,
                lsb=0, msb=15,
                low=0, high=15),
            misc_props=FieldMiscProps(
                default=1,
                is_volatile=False),
            logger_handle=logger_handle+'.count',
            inst_name='count',
            field_type=int)
        self.__timer:vcnic_dma_regs_irq_mod_r_timer_0xebaaf004345bd94e9339762c926c095b022d843e6da4abf1682a10d2af43d270_cls = vcnic_dma_regs_irq_mod_r_timer_0xebaaf004345bd94e9339762c926c095b022d843e6da4abf1682a10d2af43d270_cls(
            parent_register=self,
            size_props=FieldSizeProps(
                width=16,
                lsb=16, msb=31,
                low=16, high=31),
            misc_props=FieldMiscProps(
                default=0,
                is_volatile=False),
            logger_handle=logger_handle+'.timer',
            inst_name='timer',
            field_type=int)

    @property
    def width(self) -> int:
        return 32

    @property
    def accesswidth(self) -> int:
        return 32

    
    
    def register_value( # type: ignore[override]
        self, *,count : int,timer : int,) -> int:
        return super().register_value(count=count,timer=timer,)
    

    

    
         
            
    async def write_all_fields_without_read( # type: ignore[override]
        self, *,count : int,timer : int,) -> None:
        return await super().write_all_fields_without_read(count=count,timer=timer,)
         
    

    # build the properties for the fields
    
    @property
    def count(self) -> vcnic_dma_regs_irq_mod_r_count_0xa1985f747454a672adddb8596cd52b01680e33c06c2be2c081d810f859f77a6c_cls:
        """
        Property to access count field of the register

        +--------------+-------------------------------------------------------------------------+
        | SystemRDL    | Value                                                                   |
        | Field        |                                                                         |
        +==============+=========================================================================+
        | Description  | .. raw:: html                                                           |
        |              |                                                                         |
        |              |      <p>Completions that set the cause bit (0 acts as 1).</p>           |
        +--------------+-------------------------------------------------------------------------+
        """
        return self.__count
    @property
    def timer(self) -> vcnic_dma_regs_irq_mod_r_timer_0xebaaf004345bd94e9339762c926c095b022d843e6da4abf1682a10d2af43d270_cls:
        """
        Property to access timer field of the register

        +--------------+-------------------------------------------------------------------------+
        | SystemRDL    | Value                                                                   |
        | Field        |                                                                         |
        +==============+=========================================================================+
        | Description  | .. raw:: html                                                           |
        |              |                                                                         |
        |              |      <p>Clock cycles after the first completion not yet signalled that  |
        |              |      set the cause bit (0: no timer).</p>                               |
        +--------------+-------------------------------------------------------------------------+
        """
        return self.__timer

    
    @property
    def systemrdl_python_child_name_map(self) -> dict[str, str]:
        return {'count':'count','timer':'timer',
            }

    
    
    
    
    
    
    # nodes:2
                
    @overload
    def get_child_by_system_rdl_name(self, name: Literal["count"]) -> 'vcnic_dma_regs_irq_mod_r_count_0xa1985f747454a672adddb8596cd52b01680e33c06c2be2c081d810f859f77a6c_cls': ...
                
                
    @overload
    def get_child_by_system_rdl_name(self, name: Literal["timer"]) -> 'vcnic_dma_regs_irq_mod_r_timer_0xebaaf004345bd94e9339762c926c095b022d843e6da4abf1682a10d2af43d270_cls': ...
                

    @overload
    def get_child_by_system_rdl_name(self, name: str) -> Union['vcnic_dma_regs_irq_mod_r_count_0xa1985f747454a672adddb8596cd52b01680e33c06c2be2c081d810f859f77a6c_cls', 'vcnic_dma_regs_irq_mod_r_timer_0xebaaf004345bd94e9339762c926c095b022d843e6da4abf1682a10d2af43d270_cls', ]: ...

    def get_child_by_system_rdl_name(self, name: Any) -> Any:
        return super().get_child_by_system_rdl_name(name)
    


    

    
    

    
    

    
    def __iter__(self) -> Iterator[Union[FieldAsyncReadOnly,FieldAsyncWriteOnly,FieldAsyncReadWrite]]:
        
        
        yield self.count
        yield self.timer
        
        
    

    
    
class vcnic_dma_regs_hw_index_r_0x8fdf82cf5308803e0d9756cb5e2690dff6db77bbbaaae3feccfbbb4815dfc445_cls(RegAsyncReadOnly):
    """
    Class to represent a register in the register model

    
    """

    __slots__ : list[str] = ['__index']

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
        
        self.__index:vcnic_dma_regs_hw_index_r_index_0x7cf63da0520077b3c0ac93fb7bf5623727e5d1a9c68f50c263b4dd9e81afd839_cls = vcnic_dma_regs_hw_index_r_index_0x7cf63da0520077b3c0ac93fb7bf5623727e5d1a9c68f50c263b4dd9e81afd839_cls(
            parent_register=self,
            size_props=FieldSizeProps(
                width=16,
                lsb=0, msb=15,
                low=0, high=15),
            misc_props=FieldMiscProps(
                default=None,
                is_volatile=True),
            logger_handle=logger_handle+'.index',
            inst_name='index',
            field_type=int)

    @property
    def width(self) -> int:
        return 32

    @property
    def accesswidth(self) -> int:
        return 32

    
    
    def register_value( # type: ignore[override]
        self, *,index : int,) -> int:
        return super().register_value(index=index,)
    

    

    

    # build the properties for the fields
    
    @property
    def index(self) -> vcnic_dma_regs_hw_index_r_index_0x7cf63da0520077b3c0ac93fb7bf5623727e5d1a9c68f50c263b4dd9e81afd839_cls:
        """
        Property to access index field of the register

        +--------------+-------------------------------------------------------------------------+
        | SystemRDL    | Value                                                                   |
        | Field        |                                                                         |
        +==============+=========================================================================+
        | Description  | .. raw:: html                                                           |
        |              |                                                                         |
        |              |      <p>Free buffers taken by the NIC (prefetched or filled).</p>       |
        +--------------+-------------------------------------------------------------------------+
        """
        return self.__index

    
    @property
    def systemrdl_python_child_name_map(self) -> dict[str, str]:
        return {'index':'index',
            }

    
    
    
    
    
    
                
    def get_child_by_system_rdl_name(self, name: Any) -> 'vcnic_dma_regs_hw_index_r_index_0x7cf63da0520077b3c0ac93fb7bf5623727e5d1a9c68f50c263b4dd9e81afd839_cls':
        return super().get_child_by_system_rdl_name(name)
                
    


    

    
    

    
    

    
    def __iter__(self) -> Iterator[Union[FieldAsyncReadOnly,FieldAsyncWriteOnly,FieldAsyncReadWrite]]:
        
        
        yield self.index
        
        
    

    
    
class vcnic_dma_regs_RX_BUF_SIZE_0x83f924a5c61b324759f041e1e213e13d98789a24c4704bff6340af4d48107639_cls(RegAsyncReadWrite):
    """
    Class to represent a register in the register model

    +--------------+-------------------------------------------------------------------------+
    | SystemRDL    | Value                                                                   |
    | Field        |                                                                         |
    +==============+=========================================================================+
    | Name         | .. raw:: html                                                           |
    |              |                                                                         |
    |              |      RX buffer size                                                     |
    +--------------+-------------------------------------------------------------------------+
    """

    __slots__ : list[str] = ['__bytes']

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
        
        self.__bytes:vcnic_dma_regs_RX_BUF_SIZE_bytes_0x7849de700b6f0f2178974fca46a72d262f9ddc02dfdd12bcd6066c11376dbf33_cls = vcnic_dma_regs_RX_BUF_SIZE_bytes_0x7849de700b6f0f2178974fca46a72d262f9ddc02dfdd12bcd6066c11376dbf33_cls(
            parent_register=self,
            size_props=FieldSizeProps(
                width=17,
                lsb=0, msb=16,
                low=0, high=16),
            misc_props=FieldMiscProps(
                default=2048,
                is_volatile=False),
            logger_handle=logger_handle+'.bytes',
            inst_name='bytes',
            field_type=int)

    @property
    def width(self) -> int:
        return 32

    @property
    def accesswidth(self) -> int:
        return 32

    
    
    def register_value( # type: ignore[override]
        self, *,bytes : int,) -> int:
        return super().register_value(bytes=bytes,)
    

    

    
         
            
    async def write_all_fields_without_read( # type: ignore[override]
        self, *,bytes : int,) -> None:
        return await super().write_all_fields_without_read(bytes=bytes,)
         
    

    # build the properties for the fields
    
    @property
    def bytes(self) -> vcnic_dma_regs_RX_BUF_SIZE_bytes_0x7849de700b6f0f2178974fca46a72d262f9ddc02dfdd12bcd6066c11376dbf33_cls:
        """
        Property to access bytes field of the register

        +--------------+-------------------------------------------------------------------------+
        | SystemRDL    | Value                                                                   |
        | Field        |                                                                         |
        +==============+=========================================================================+
        | Description  | .. raw:: html                                                           |
        |              |                                                                         |
        |              |      <p>Bytes per free buffer: a multiple of 64, 64..65536 (other       |
        |              |      values act as the next multiple of 64 below, at least 64).</p>     |
        +--------------+-------------------------------------------------------------------------+
        """
        return self.__bytes

    
    @property
    def systemrdl_python_child_name_map(self) -> dict[str, str]:
        return {'bytes':'bytes',
            }

    
    
    
    
    
    
                
    def get_child_by_system_rdl_name(self, name: Any) -> 'vcnic_dma_regs_RX_BUF_SIZE_bytes_0x7849de700b6f0f2178974fca46a72d262f9ddc02dfdd12bcd6066c11376dbf33_cls':
        return super().get_child_by_system_rdl_name(name)
                
    


    

    
    

    @property
    def rdl_name(self) -> str:
        return "RX buffer size"
    
    

    
    def __iter__(self) -> Iterator[Union[FieldAsyncReadOnly,FieldAsyncWriteOnly,FieldAsyncReadWrite]]:
        
        
        yield self.bytes
        
        
    

    
    
class vcnic_dma_regs_hw_index_r_0x840566461608c7880129ddf636621c00fdb667272efb0458fe9c26eb4a72daf0_cls(RegAsyncReadOnly):
    """
    Class to represent a register in the register model

    
    """

    __slots__ : list[str] = ['__index']

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
        
        self.__index:vcnic_dma_regs_hw_index_r_index_0xc425e1f7eb30b4ef224c15c6ce6444ecf618bc5dfb05cb3380a6b3963deb733b_cls = vcnic_dma_regs_hw_index_r_index_0xc425e1f7eb30b4ef224c15c6ce6444ecf618bc5dfb05cb3380a6b3963deb733b_cls(
            parent_register=self,
            size_props=FieldSizeProps(
                width=16,
                lsb=0, msb=15,
                low=0, high=15),
            misc_props=FieldMiscProps(
                default=None,
                is_volatile=True),
            logger_handle=logger_handle+'.index',
            inst_name='index',
            field_type=int)

    @property
    def width(self) -> int:
        return 32

    @property
    def accesswidth(self) -> int:
        return 32

    
    
    def register_value( # type: ignore[override]
        self, *,index : int,) -> int:
        return super().register_value(index=index,)
    

    

    

    # build the properties for the fields
    
    @property
    def index(self) -> vcnic_dma_regs_hw_index_r_index_0xc425e1f7eb30b4ef224c15c6ce6444ecf618bc5dfb05cb3380a6b3963deb733b_cls:
        """
        Property to access index field of the register

        +--------------+-------------------------------------------------------------------------+
        | SystemRDL    | Value                                                                   |
        | Field        |                                                                         |
        +==============+=========================================================================+
        | Description  | .. raw:: html                                                           |
        |              |                                                                         |
        |              |      <p>RX completions written.</p>                                     |
        +--------------+-------------------------------------------------------------------------+
        """
        return self.__index

    
    @property
    def systemrdl_python_child_name_map(self) -> dict[str, str]:
        return {'index':'index',
            }

    
    
    
    
    
    
                
    def get_child_by_system_rdl_name(self, name: Any) -> 'vcnic_dma_regs_hw_index_r_index_0xc425e1f7eb30b4ef224c15c6ce6444ecf618bc5dfb05cb3380a6b3963deb733b_cls':
        return super().get_child_by_system_rdl_name(name)
                
    


    

    
    

    
    

    
    def __iter__(self) -> Iterator[Union[FieldAsyncReadOnly,FieldAsyncWriteOnly,FieldAsyncReadWrite]]:
        
        
        yield self.index
        
        
    

    
    
class vcnic_dma_regs_dma_ro32_r_0x58281875bb485762c013a5ae5bae921631188e27630ef6a356c2cb5d2acc3073_cls(RegAsyncReadOnly):
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
        
        self.__value:vcnic_dma_regs_dma_ro32_r_value_0x996f58cf26de0b915cce0640439aa0b00529dc5641b849db3bb7c609c55f6bc2_cls = vcnic_dma_regs_dma_ro32_r_value_0x996f58cf26de0b915cce0640439aa0b00529dc5641b849db3bb7c609c55f6bc2_cls(
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
    def value(self) -> vcnic_dma_regs_dma_ro32_r_value_0x996f58cf26de0b915cce0640439aa0b00529dc5641b849db3bb7c609c55f6bc2_cls:
        """
        Property to access value field of the register

        +--------------+-------------------------------------------------------------------------+
        | SystemRDL    | Value                                                                   |
        | Field        |                                                                         |
        +==============+=========================================================================+
        | Description  | .. raw:: html                                                           |
        |              |                                                                         |
        |              |      <p>TX descriptors consumed (passed to the core or completed by the |
        |              |      DMA).</p>                                                          |
        +--------------+-------------------------------------------------------------------------+
        """
        return self.__value

    
    @property
    def systemrdl_python_child_name_map(self) -> dict[str, str]:
        return {'value':'value',
            }

    
    
    
    
    
    
                
    def get_child_by_system_rdl_name(self, name: Any) -> 'vcnic_dma_regs_dma_ro32_r_value_0x996f58cf26de0b915cce0640439aa0b00529dc5641b849db3bb7c609c55f6bc2_cls':
        return super().get_child_by_system_rdl_name(name)
                
    


    

    
    

    
    

    
    def __iter__(self) -> Iterator[Union[FieldAsyncReadOnly,FieldAsyncWriteOnly,FieldAsyncReadWrite]]:
        
        
        yield self.value
        
        
    

    
    
class vcnic_dma_regs_dma_ro32_r_0xe3ef4b28131b78699153ff6050bf3082a688940b3ed0575a3c51f4382647b7ef_cls(RegAsyncReadOnly):
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
        
        self.__value:vcnic_dma_regs_dma_ro32_r_value_0x3c5bffb31fdc215c1c4bfa273390c52c9f1178fe041f278e9bfa316c751330d2_cls = vcnic_dma_regs_dma_ro32_r_value_0x3c5bffb31fdc215c1c4bfa273390c52c9f1178fe041f278e9bfa316c751330d2_cls(
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
    def value(self) -> vcnic_dma_regs_dma_ro32_r_value_0x3c5bffb31fdc215c1c4bfa273390c52c9f1178fe041f278e9bfa316c751330d2_cls:
        """
        Property to access value field of the register

        +--------------+-------------------------------------------------------------------------+
        | SystemRDL    | Value                                                                   |
        | Field        |                                                                         |
        +==============+=========================================================================+
        | Description  | .. raw:: html                                                           |
        |              |                                                                         |
        |              |      <p>TX descriptors completed TX_BAD_VC or TX_BAD_DESC.</p>          |
        +--------------+-------------------------------------------------------------------------+
        """
        return self.__value

    
    @property
    def systemrdl_python_child_name_map(self) -> dict[str, str]:
        return {'value':'value',
            }

    
    
    
    
    
    
                
    def get_child_by_system_rdl_name(self, name: Any) -> 'vcnic_dma_regs_dma_ro32_r_value_0x3c5bffb31fdc215c1c4bfa273390c52c9f1178fe041f278e9bfa316c751330d2_cls':
        return super().get_child_by_system_rdl_name(name)
                
    


    

    
    

    
    

    
    def __iter__(self) -> Iterator[Union[FieldAsyncReadOnly,FieldAsyncWriteOnly,FieldAsyncReadWrite]]:
        
        
        yield self.value
        
        
    

    
    
class vcnic_dma_regs_dma_ro32_r_0xa3a6a1971a0a068147b19b294f5668d702af2e289c86271cde92836829f54b9c_cls(RegAsyncReadOnly):
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
        
        self.__value:vcnic_dma_regs_dma_ro32_r_value_0x17c71b16afc8257339c258158dcfd571c0bed41b47fbf244d595747a6e6b6df7_cls = vcnic_dma_regs_dma_ro32_r_value_0x17c71b16afc8257339c258158dcfd571c0bed41b47fbf244d595747a6e6b6df7_cls(
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
    def value(self) -> vcnic_dma_regs_dma_ro32_r_value_0x17c71b16afc8257339c258158dcfd571c0bed41b47fbf244d595747a6e6b6df7_cls:
        """
        Property to access value field of the register

        +--------------+-------------------------------------------------------------------------+
        | SystemRDL    | Value                                                                   |
        | Field        |                                                                         |
        +==============+=========================================================================+
        | Description  | .. raw:: html                                                           |
        |              |                                                                         |
        |              |      <p>TX frames whose buffer read failed (completed                   |
        |              |      TX_DMA_ERROR).</p>                                                 |
        +--------------+-------------------------------------------------------------------------+
        """
        return self.__value

    
    @property
    def systemrdl_python_child_name_map(self) -> dict[str, str]:
        return {'value':'value',
            }

    
    
    
    
    
    
                
    def get_child_by_system_rdl_name(self, name: Any) -> 'vcnic_dma_regs_dma_ro32_r_value_0x17c71b16afc8257339c258158dcfd571c0bed41b47fbf244d595747a6e6b6df7_cls':
        return super().get_child_by_system_rdl_name(name)
                
    


    

    
    

    
    

    
    def __iter__(self) -> Iterator[Union[FieldAsyncReadOnly,FieldAsyncWriteOnly,FieldAsyncReadWrite]]:
        
        
        yield self.value
        
        
    

    
    
class vcnic_dma_regs_dma_ro32_r_0x909c4d7015ada9ff050dbb6187ae63230822932bb26a63aac21fd7c448f7fe81_cls(RegAsyncReadOnly):
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
        
        self.__value:vcnic_dma_regs_dma_ro32_r_value_0xd6005ebd6cc07af8d163be7b532836016051e4d62ba3289c07f46687b4b3332_cls = vcnic_dma_regs_dma_ro32_r_value_0xd6005ebd6cc07af8d163be7b532836016051e4d62ba3289c07f46687b4b3332_cls(
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
    def value(self) -> vcnic_dma_regs_dma_ro32_r_value_0xd6005ebd6cc07af8d163be7b532836016051e4d62ba3289c07f46687b4b3332_cls:
        """
        Property to access value field of the register

        +--------------+-------------------------------------------------------------------------+
        | SystemRDL    | Value                                                                   |
        | Field        |                                                                         |
        +==============+=========================================================================+
        | Description  | .. raw:: html                                                           |
        |              |                                                                         |
        |              |      <p>PDUs taken from the core's host RX (each yields exactly one RX  |
        |              |      completion).</p>                                                   |
        +--------------+-------------------------------------------------------------------------+
        """
        return self.__value

    
    @property
    def systemrdl_python_child_name_map(self) -> dict[str, str]:
        return {'value':'value',
            }

    
    
    
    
    
    
                
    def get_child_by_system_rdl_name(self, name: Any) -> 'vcnic_dma_regs_dma_ro32_r_value_0xd6005ebd6cc07af8d163be7b532836016051e4d62ba3289c07f46687b4b3332_cls':
        return super().get_child_by_system_rdl_name(name)
                
    


    

    
    

    
    

    
    def __iter__(self) -> Iterator[Union[FieldAsyncReadOnly,FieldAsyncWriteOnly,FieldAsyncReadWrite]]:
        
        
        yield self.value
        
        
    

    
    
class vcnic_dma_regs_dma_ro32_r_0xfb4034440f1eecfd4e8815380c0453c4e1f8c39ff3723850699abc964830ceea_cls(RegAsyncReadOnly):
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
        
        self.__value:vcnic_dma_regs_dma_ro32_r_value_0x9aea117ce92191404f3a8cd2f786da92518e662f78431a344c6ffe73808ac84e_cls = vcnic_dma_regs_dma_ro32_r_value_0x9aea117ce92191404f3a8cd2f786da92518e662f78431a344c6ffe73808ac84e_cls(
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
    def value(self) -> vcnic_dma_regs_dma_ro32_r_value_0x9aea117ce92191404f3a8cd2f786da92518e662f78431a344c6ffe73808ac84e_cls:
        """
        Property to access value field of the register

        +--------------+-------------------------------------------------------------------------+
        | SystemRDL    | Value                                                                   |
        | Field        |                                                                         |
        +==============+=========================================================================+
        | Description  | .. raw:: html                                                           |
        |              |                                                                         |
        |              |      <p>PDUs dropped because the free-buffer ring was empty (completed  |
        |              |      RX_NO_BUFFER).</p>                                                 |
        +--------------+-------------------------------------------------------------------------+
        """
        return self.__value

    
    @property
    def systemrdl_python_child_name_map(self) -> dict[str, str]:
        return {'value':'value',
            }

    
    
    
    
    
    
                
    def get_child_by_system_rdl_name(self, name: Any) -> 'vcnic_dma_regs_dma_ro32_r_value_0x9aea117ce92191404f3a8cd2f786da92518e662f78431a344c6ffe73808ac84e_cls':
        return super().get_child_by_system_rdl_name(name)
                
    


    

    
    

    
    

    
    def __iter__(self) -> Iterator[Union[FieldAsyncReadOnly,FieldAsyncWriteOnly,FieldAsyncReadWrite]]:
        
        
        yield self.value
        
        
    


if __name__ == '__main__':
    pass