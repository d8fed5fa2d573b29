


"""
Python Wrapper for the vcnic_dma_regs register model

This code was generated from the PeakRDL-python package version 4.0.0

"""












from typing import Iterator
from typing import Optional
from typing import Union
from typing import Type
from typing import overload
from typing import Literal
from typing import Any
from typing import NoReturn
import warnings

from ..lib import Node, NodeArray, Base
from ..lib import UDPStruct

from ..lib  import AddressMapArray, RegFileArray
from ..lib import AsyncMemory, AsyncMemoryArray
from ..lib import AsyncAddressMap
from ..lib import AsyncRegFile
from ..lib  import AsyncAddressMapArray
from ..lib  import AsyncRegFileArray
from ..lib import MemoryAsyncReadOnly, MemoryAsyncWriteOnly, MemoryAsyncReadWrite
from ..lib import MemoryAsyncReadOnlyArray, MemoryAsyncWriteOnlyArray, MemoryAsyncReadWriteArray
from ..lib import AsyncReg, AsyncRegArray
from ..lib import RegAsyncReadOnly, RegAsyncWriteOnly, RegAsyncReadWrite
from ..lib import RegAsyncReadOnlyArray, RegAsyncWriteOnlyArray, RegAsyncReadWriteArray
from ..lib import FieldAsyncReadOnly, FieldAsyncWriteOnly, FieldAsyncReadWrite, Field
from ..lib import FieldEnumAsyncReadOnly, FieldEnumAsyncWriteOnly, FieldEnumAsyncReadWrite
from ..lib import ReadableAsyncRegister, WritableAsyncRegister
from ..lib import ReadableAsyncMemory, WritableAsyncMemory
from ..lib import ReadableAsyncRegisterArray, WriteableAsyncRegisterArray



from ..lib import AsyncCallbackSet





from ._registers import vcnic_dma_regs_DMA_ID_0x318252cb014c320281b62b2adaa4593ce613fad608c641d3ebe5010b16b2d282_cls
from ._registers import vcnic_dma_regs_DMA_CAP_0x13a21477191ed466bda3ba65b62880bc2dd27c89ed0a114482dc31b1c7b4c47a_cls
from ._registers import vcnic_dma_regs_DMA_CTRL_0x47e34b6d532911ab75bc9bbffac42e198ed430771b1d4b889464d397e661fa56_cls
from ._registers import vcnic_dma_regs_DMA_STATUS_0xc41efba3eb7e2ad43db0de72756843e94d5bb7ec099ad16f8637d07bed964b73_cls
from ._registers import vcnic_dma_regs_DMA_INT_STATUS_0x2b3e88a54a7d9856fb68d94a964ff938740a020ff145ce979c1760dda9a881e3_cls
from ._registers import vcnic_dma_regs_DMA_INT_ENABLE_0x203a8e28c1b1c2ba70f8bd27557bec4190c5d4453f4d33e42e29cb37c9f9ef9a_cls
from ._registers import vcnic_dma_regs_DMA_ERR_STATUS_0x56daf9d371e8d1135c9db59684c70b4f5ae5b4487f82bfa4f2edb28ad7f06430_cls
from ._registers import vcnic_dma_regs_dma_ro32_r_0x35dc4deb00e4dc50cf8855d7bc95ad6ac52d087149ac209c26d56d255a1887d2_cls
from ._registers import vcnic_dma_regs_dma_ro32_r_0x11daaad8ee2452ec43ab460ed5b51d43a13628f3ee2e54e873fc468ccb3a1831_cls
from ._registers import vcnic_dma_regs_addr_lo_r_0xd61adf3807996871a224eaecb03d8e4f55e479dcd56c4ff8313297ee8869de16_cls
from ._registers import vcnic_dma_regs_addr_hi_r_0xa5c537aba05bc9d09d8d8196330c46d63f689aa6e7674805500f535229a08ed_cls
from ._registers import vcnic_dma_regs_size_r_0xaf632fead445152e0f10627e2e552bf0bbca042d652640c9516196dca862e4e2_cls
from ._registers import vcnic_dma_regs_prod_r_0x2857957e8626aa5068f376ead8152ab6c436c23ca423ec2b65721ce03078317f_cls
from ._registers import vcnic_dma_regs_hw_index_r_0xec0676c300f7e732ee799777b49b8f45c18874160f798bf3c24ef3f171aa5c2a_cls
from ._registers import vcnic_dma_regs_head_r_0xfecc68003438d349b0781042a8b65c0214a91f5164321d8b07c6af4ad9e91cb2_cls
from ._registers import vcnic_dma_regs_hw_index_r_0xc534060f3f0fffafcd647a067d66c74ea47fac51f91658cc9f6af03560ff8ade_cls
from ._registers import vcnic_dma_regs_irq_mod_r_0x68c11d35de65acbc8c57152b799a83c9aedd5111dd05decd1dde0695be76993_cls
from ._registers import vcnic_dma_regs_hw_index_r_0x8fdf82cf5308803e0d9756cb5e2690dff6db77bbbaaae3feccfbbb4815dfc445_cls
from ._registers import vcnic_dma_regs_RX_BUF_SIZE_0x83f924a5c61b324759f041e1e213e13d98789a24c4704bff6340af4d48107639_cls
from ._registers import vcnic_dma_regs_hw_index_r_0x840566461608c7880129ddf636621c00fdb667272efb0458fe9c26eb4a72daf0_cls
from ._registers import vcnic_dma_regs_dma_ro32_r_0x58281875bb485762c013a5ae5bae921631188e27630ef6a356c2cb5d2acc3073_cls
from ._registers import vcnic_dma_regs_dma_ro32_r_0xe3ef4b28131b78699153ff6050bf3082a688940b3ed0575a3c51f4382647b7ef_cls
from ._registers import vcnic_dma_regs_dma_ro32_r_0xa3a6a1971a0a068147b19b294f5668d702af2e289c86271cde92836829f54b9c_cls
from ._registers import vcnic_dma_regs_dma_ro32_r_0x909c4d7015ada9ff050dbb6187ae63230822932bb26a63aac21fd7c448f7fe81_cls
from ._registers import vcnic_dma_regs_dma_ro32_r_0xfb4034440f1eecfd4e8815380c0453c4e1f8c39ff3723850699abc964830ceea_cls
from ._registers import vcnic_dma_regs_dma_ro32_r_0xe68a9f06ed4e6abde57ced0a1ed3d55ce4ee9316f111b3416d9800e2aa225c6c_cls
from ._registers import vcnic_dma_regs_dma_ro32_r_0xef0bada5ed3dabe0f6b60319ff483424f5e71bb339eaafcf68640b54b4a057ed_cls


# addrmap, regfile, memor and register definitions
    
    
class vcnic_dma_regs_0xec3acb82426fe65af634d5e296044b2a596e319257994be95085a18f172c5ce9_cls(AsyncAddressMap):
    """
    Class to represent a address map in the register model

    +--------------+-------------------------------------------------------------------------+
    | SystemRDL    | Value                                                                   |
    | Field        |                                                                         |
    +==============+=========================================================================+
    | Name         | .. raw:: html                                                           |
    |              |                                                                         |
    |              |      vcnic DMA registers                                                |
    +--------------+-------------------------------------------------------------------------+
    | Description  | .. raw:: html                                                           |
    |              |                                                                         |
    |              |      <p>DMA host interface of the vcnic NIC: descriptor rings in host   |
    |              |      memory (docs/dma.md). At 0x800 in the NIC's register space.</p>    |
    +--------------+-------------------------------------------------------------------------+
    """

    __slots__ : list[str] = ['__DMA_ID', '__DMA_CAP', '__DMA_CTRL', '__DMA_STATUS', '__DMA_INT_STATUS', '__DMA_INT_ENABLE', '__DMA_ERR_STATUS', '__DMA_ERR_ADDR_LO', '__DMA_ERR_ADDR_HI', '__TX_RING_BASE_LO', '__TX_RING_BASE_HI', '__TX_RING_SIZE', '__TX_PROD', '__TX_CONS', '__TXCQ_BASE_LO', '__TXCQ_BASE_HI', '__TXCQ_SIZE', '__TXCQ_HEAD', '__TXCQ_TAIL', '__TXCQ_IRQ', '__RXF_BASE_LO', '__RXF_BASE_HI', '__RXF_SIZE', '__RXF_PROD', '__RXF_CONS', '__RX_BUF_SIZE', '__RXCQ_BASE_LO', '__RXCQ_BASE_HI', '__RXCQ_SIZE', '__RXCQ_HEAD', '__RXCQ_TAIL', '__RXCQ_IRQ', '__TX_FRAMES', '__TX_BAD_DESC', '__TX_DMA_ERRORS', '__RX_PDUS_IN', '__RX_NO_BUFFER', '__RX_DMA_ERRORS', '__DOORBELL_ERRORS']

    def __init__(self, *,
                 address:int=0,
                 logger_handle:str='reg_model.vcnic_dma_regs',
                 inst_name:str='vcnic_dma_regs',
                 callbacks: Optional[AsyncCallbackSet]=None,
                 parent:Optional[AsyncAddressMap]=None):

        if callbacks is not None:
            if not isinstance(callbacks, AsyncCallbackSet):
                raise TypeError(f'callbacks should be AsyncCallbackSet got {type(callbacks)}')

        super().__init__(callbacks=callbacks,
                         address=address,
                         logger_handle=logger_handle,
                         inst_name=inst_name,
                         parent=parent)

        
            
        self.__DMA_ID:vcnic_dma_regs_DMA_ID_0x318252cb014c320281b62b2adaa4593ce613fad608c641d3ebe5010b16b2d282_cls = vcnic_dma_regs_DMA_ID_0x318252cb014c320281b62b2adaa4593ce613fad608c641d3ebe5010b16b2d282_cls(
                                                                     address=self.address+0,
                                                                     logger_handle=logger_handle+'.DMA_ID',
                                                                     inst_name='DMA_ID', parent=self)
        
            
        self.__DMA_CAP:vcnic_dma_regs_DMA_CAP_0x13a21477191ed466bda3ba65b62880bc2dd27c89ed0a114482dc31b1c7b4c47a_cls = vcnic_dma_regs_DMA_CAP_0x13a21477191ed466bda3ba65b62880bc2dd27c89ed0a114482dc31b1c7b4c47a_cls(
                                                                     address=self.address+4,
                                                                     logger_handle=logger_handle+'.DMA_CAP',
                                                                     inst_name='DMA_CAP', parent=self)
        
            
        self.__DMA_CTRL:vcnic_dma_regs_DMA_CTRL_0x47e34b6d532911ab75bc9bbffac42e198ed430771b1d4b889464d397e661fa56_cls = vcnic_dma_regs_DMA_CTRL_0x47e34b6d532911ab75bc9bbffac42e198ed430771b1d4b889464d397e661fa56_cls(
                                                                     address=self.address+8,
                                                                     logger_handle=logger_handle+'.DMA_CTRL',
                                                                     inst_name='DMA_CTRL', parent=self)
        
            
        self.__DMA_STATUS:vcnic_dma_regs_DMA_STATUS_0xc41efba3eb7e2ad43db0de72756843e94d5bb7ec099ad16f8637d07bed964b73_cls = vcnic_dma_regs_DMA_STATUS_0xc41efba3eb7e2ad43db0de72756843e94d5bb7ec099ad16f8637d07bed964b73_cls(
                                                                     address=self.address+12,
                                                                     logger_handle=logger_handle+'.DMA_STATUS',
                                                                     inst_name='DMA_STATUS', parent=self)
        
            
        self.__DMA_INT_STATUS:vcnic_dma_regs_DMA_INT_STATUS_0x2b3e88a54a7d9856fb68d94a964ff938740a020ff145ce979c1760dda9a881e3_cls = vcnic_dma_regs_DMA_INT_STATUS_0x2b3e88a54a7d9856fb68d94a964ff938740a020ff145ce979c1760dda9a881e3_cls(
                                                                     address=self.address+16,
                                                                     logger_handle=logger_handle+'.DMA_INT_STATUS',
                                                                     inst_name='DMA_INT_STATUS', parent=self)
        
            
        self.__DMA_INT_ENABLE:vcnic_dma_regs_DMA_INT_ENABLE_0x203a8e28c1b1c2ba70f8bd27557bec4190c5d4453f4d33e42e29cb37c9f9ef9a_cls = vcnic_dma_regs_DMA_INT_ENABLE_0x203a8e28c1b1c2ba70f8bd27557bec4190c5d4453f4d33e42e29cb37c9f9ef9a_cls(
                                                                     address=self.address+20,
                                                                     logger_handle=logger_handle+'.DMA_INT_ENABLE',
                                                                     inst_name='DMA_INT_ENABLE', parent=self)
        
            
        self.__DMA_ERR_STATUS:vcnic_dma_regs_DMA_ERR_STATUS_0x56daf9d371e8d1135c9db59684c70b4f5ae5b4487f82bfa4f2edb28ad7f06430_cls = vcnic_dma_regs_DMA_ERR_STATUS_0x56daf9d371e8d1135c9db59684c70b4f5ae5b4487f82bfa4f2edb28ad7f06430_cls(
                                                                     address=self.address+24,
                                                                     logger_handle=logger_handle+'.DMA_ERR_STATUS',
                                                                     inst_name='DMA_ERR_STATUS', parent=self)
        
            
        self.__DMA_ERR_ADDR_LO:vcnic_dma_regs_dma_ro32_r_0x35dc4deb00e4dc50cf8855d7bc95ad6ac52d087149ac209c26d56d255a1887d2_cls = vcnic_dma_regs_dma_ro32_r_0x35dc4deb00e4dc50cf8855d7bc95ad6ac52d087149ac209c26d56d255a1887d2_cls(
                                                                     address=self.address+32,
                                                                     logger_handle=logger_handle+'.DMA_ERR_ADDR_LO',
                                                                     inst_name='DMA_ERR_ADDR_LO', parent=self)
        
            
        self.__DMA_ERR_ADDR_HI:vcnic_dma_regs_dma_ro32_r_0x11daaad8ee2452ec43ab460ed5b51d43a13628f3ee2e54e873fc468ccb3a1831_cls = vcnic_dma_regs_dma_ro32_r_0x11daaad8ee2452ec43ab460ed5b51d43a13628f3ee2e54e873fc468ccb3a1831_cls(
                                                                     address=self.address+36,
                                                                     logger_handle=logger_handle+'.DMA_ERR_ADDR_HI',
                                                                     inst_name='DMA_ERR_ADDR_HI', parent=self)
        
            
        self.__TX_RING_BASE_LO:vcnic_dma_regs_addr_lo_r_0xd61adf3807996871a224eaecb03d8e4f55e479dcd56c4ff8313297ee8869de16_cls = vcnic_dma_regs_addr_lo_r_0xd61adf3807996871a224eaecb03d8e4f55e479dcd56c4ff8313297ee8869de16_cls(
                                                                     address=self.address+64,
                                                                     logger_handle=logger_handle+'.TX_RING_BASE_LO',
                                                                     inst_name='TX_RING_BASE_LO', parent=self)
        
            
        self.__TX_RING_BASE_HI:vcnic_dma_regs_addr_hi_r_0xa5c537aba05bc9d09d8d8196330c46d63f689aa6e7674805500f535229a08ed_cls = vcnic_dma_regs_addr_hi_r_0xa5c537aba05bc9d09d8d8196330c46d63f689aa6e7674805500f535229a08ed_cls(
                                                                     address=self.address+68,
                                                                     logger_handle=logger_handle+'.TX_RING_BASE_HI',
                                                                     inst_name='TX_RING_BASE_HI', parent=self)
        
            
        self.__TX_RING_SIZE:vcnic_dma_regs_size_r_0xaf632fead445152e0f10627e2e552bf0bbca042d652640c9516196dca862e4e2_cls = vcnic_dma_regs_size_r_0xaf632fead445152e0f10627e2e552bf0bbca042d652640c9516196dca862e4e2_cls(
                                                                     address=self.address+72,
                                                                     logger_handle=logger_handle+'.TX_RING_SIZE',
                                                                     inst_name='TX_RING_SIZE', parent=self)
        
            
        self.__TX_PROD:vcnic_dma_regs_prod_r_0x2857957e8626aa5068f376ead8152ab6c436c23ca423ec2b65721ce03078317f_cls = vcnic_dma_regs_prod_r_0x2857957e8626aa5068f376ead8152ab6c436c23ca423ec2b65721ce03078317f_cls(
                                                                     address=self.address+76,
                                                                     logger_handle=logger_handle+'.TX_PROD',
                                                                     inst_name='TX_PROD', parent=self)
        
            
        self.__TX_CONS:vcnic_dma_regs_hw_index_r_0xec0676c300f7e732ee799777b49b8f45c18874160f798bf3c24ef3f171aa5c2a_cls = vcnic_dma_regs_hw_index_r_0xec0676c300f7e732ee799777b49b8f45c18874160f798bf3c24ef3f171aa5c2a_cls(
                                                                     address=self.address+80,
                                                                     logger_handle=logger_handle+'.TX_CONS',
                                                                     inst_name='TX_CONS', parent=self)
        
            
        self.__TXCQ_BASE_LO:vcnic_dma_regs_addr_lo_r_0xd61adf3807996871a224eaecb03d8e4f55e479dcd56c4ff8313297ee8869de16_cls = vcnic_dma_regs_addr_lo_r_0xd61adf3807996871a224eaecb03d8e4f55e479dcd56c4ff8313297ee8869de16_cls(
                                                                     address=self.address+96,
                                                                     logger_handle=logger_handle+'.TXCQ_BASE_LO',
                                                                     inst_name='TXCQ_BASE_LO', parent=self)
        
            
        self.__TXCQ_BASE_HI:vcnic_dma_regs_addr_hi_r_0xa5c537aba05bc9d09d8d8196330c46d63f689aa6e7674805500f535229a08ed_cls = vcnic_dma_regs_addr_hi_r_0xa5c537aba05bc9d09d8d8196330c46d63f689aa6e7674805500f535229a08ed_cls(
                                                                     address=self.address+100,
                                                                     logger_handle=logger_handle+'.TXCQ_BASE_HI',
                                                                     inst_name='TXCQ_BASE_HI', parent=self)
        
            
        self.__TXCQ_SIZE:vcnic_dma_regs_size_r_0xaf632fead445152e0f10627e2e552bf0bbca042d652640c9516196dca862e4e2_cls = vcnic_dma_regs_size_r_0xaf632fead445152e0f10627e2e552bf0bbca042d652640c9516196dca862e4e2_cls(
                                                                     address=self.address+104,
                                                                     logger_handle=logger_handle+'.TXCQ_SIZE',
                                                                     inst_name='TXCQ_SIZE', parent=self)
        
            
        self.__TXCQ_HEAD:vcnic_dma_regs_head_r_0xfecc68003438d349b0781042a8b65c0214a91f5164321d8b07c6af4ad9e91cb2_cls = vcnic_dma_regs_head_r_0xfecc68003438d349b0781042a8b65c0214a91f5164321d8b07c6af4ad9e91cb2_cls(
                                                                     address=self.address+108,
                                                                     logger_handle=logger_handle+'.TXCQ_HEAD',
                                                                     inst_name='TXCQ_HEAD', parent=self)
        
            
        self.__TXCQ_TAIL:vcnic_dma_regs_hw_index_r_0xc534060f3f0fffafcd647a067d66c74ea47fac51f91658cc9f6af03560ff8ade_cls = vcnic_dma_regs_hw_index_r_0xc534060f3f0fffafcd647a067d66c74ea47fac51f91658cc9f6af03560ff8ade_cls(
                                                                     address=self.address+112,
                                                                     logger_handle=logger_handle+'.TXCQ_TAIL',
                                                                     inst_name='TXCQ_TAIL', parent=self)
        
            
        self.__TXCQ_IRQ:vcnic_dma_regs_irq_mod_r_0x68c11d35de65acbc8c57152b799a83c9aedd5111dd05decd1dde0695be76993_cls = vcnic_dma_regs_irq_mod_r_0x68c11d35de65acbc8c57152b799a83c9aedd5111dd05decd1dde0695be76993_cls(
                                                                     address=self.address+116,
                                                                     logger_handle=logger_handle+'.TXCQ_IRQ',
                                                                     inst_name='TXCQ_IRQ', parent=self)
        
            
        self.__RXF_BASE_LO:vcnic_dma_regs_addr_lo_r_0xd61adf3807996871a224eaecb03d8e4f55e479dcd56c4ff8313297ee8869de16_cls = vcnic_dma_regs_addr_lo_r_0xd61adf3807996871a224eaecb03d8e4f55e479dcd56c4ff8313297ee8869de16_cls(
                                                                     address=self.address+128,
                                                                     logger_handle=logger_handle+'.RXF_BASE_LO',
                                                                     inst_name='RXF_BASE_LO', parent=self)
        
            
        self.__RXF_BASE_HI:vcnic_dma_regs_addr_hi_r_0xa5c537aba05bc9d09d8d8196330c46d63f689aa6e7674805500f535229a08ed_cls = vcnic_dma_regs_addr_hi_r_0xa5c537aba05bc9d09d8d8196330c46d63f689aa6e7674805500f535229a08ed_cls(
                                                                     address=self.address+132,
                                                                     logger_handle=logger_handle+'.RXF_BASE_HI',
                                                                     inst_name='RXF_BASE_HI', parent=self)
        
            
        self.__RXF_SIZE:vcnic_dma_regs_size_r_0xaf632fead445152e0f10627e2e552bf0bbca042d652640c9516196dca862e4e2_cls = vcnic_dma_regs_size_r_0xaf632fead445152e0f10627e2e552bf0bbca042d652640c9516196dca862e4e2_cls(
                                                                     address=self.address+136,
                                                                     logger_handle=logger_handle+'.RXF_SIZE',
                                                                     inst_name='RXF_SIZE', parent=self)
        
            
        self.__RXF_PROD:vcnic_dma_regs_prod_r_0x2857957e8626aa5068f376ead8152ab6c436c23ca423ec2b65721ce03078317f_cls = vcnic_dma_regs_prod_r_0x2857957e8626aa5068f376ead8152ab6c436c23ca423ec2b65721ce03078317f_cls(
                                                                     address=self.address+140,
                                                                     logger_handle=logger_handle+'.RXF_PROD',
                                                                     inst_name='RXF_PROD', parent=self)
        
            
        self.__RXF_CONS:vcnic_dma_regs_hw_index_r_0x8fdf82cf5308803e0d9756cb5e2690dff6db77bbbaaae3feccfbbb4815dfc445_cls = vcnic_dma_regs_hw_index_r_0x8fdf82cf5308803e0d9756cb5e2690dff6db77bbbaaae3feccfbbb4815dfc445_cls(
                                                                     address=self.address+144,
                                                                     logger_handle=logger_handle+'.RXF_CONS',
                                                                     inst_name='RXF_CONS', parent=self)
        
            
        self.__RX_BUF_SIZE:vcnic_dma_regs_RX_BUF_SIZE_0x83f924a5c61b324759f041e1e213e13d98789a24c4704bff6340af4d48107639_cls = vcnic_dma_regs_RX_BUF_SIZE_0x83f924a5c61b324759f041e1e213e13d98789a24c4704bff6340af4d48107639_cls(
                                                                     address=self.address+148,
                                                                     logger_handle=logger_handle+'.RX_BUF_SIZE',
                                                                     inst_name='RX_BUF_SIZE', parent=self)
        
            
        self.__RXCQ_BASE_LO:vcnic_dma_regs_addr_lo_r_0xd61adf3807996871a224eaecb03d8e4f55e479dcd56c4ff8313297ee8869de16_cls = vcnic_dma_regs_addr_lo_r_0xd61adf3807996871a224eaecb03d8e4f55e479dcd56c4ff8313297ee8869de16_cls(
                                                                     address=self.address+160,
                                                                     logger_handle=logger_handle+'.RXCQ_BASE_LO',
                                                                     inst_name='RXCQ_BASE_LO', parent=self)
        
            
        self.__RXCQ_BASE_HI:vcnic_dma_regs_addr_hi_r_0xa5c537aba05bc9d09d8d8196330c46d63f689aa6e7674805500f535229a08ed_cls = vcnic_dma_regs_addr_hi_r_0xa5c537aba05bc9d09d8d8196330c46d63f689aa6e7674805500f535229a08ed_cls(
                                                                     address=self.address+164,
                                                                     logger_handle=logger_handle+'.RXCQ_BASE_HI',
                                                                     inst_name='RXCQ_BASE_HI', parent=self)
        
            
        self.__RXCQ_SIZE:vcnic_dma_regs_size_r_0xaf632fead445152e0f10627e2e552bf0bbca042d652640c9516196dca862e4e2_cls = vcnic_dma_regs_size_r_0xaf632fead445152e0f10627e2e552bf0bbca042d652640c9516196dca862e4e2_cls(
                                                                     address=self.address+168,
                                                                     logger_handle=logger_handle+'.RXCQ_SIZE',
                                                                     inst_name='RXCQ_SIZE', parent=self)
        
            
        self.__RXCQ_HEAD:vcnic_dma_regs_head_r_0xfecc68003438d349b0781042a8b65c0214a91f5164321d8b07c6af4ad9e91cb2_cls = vcnic_dma_regs_head_r_0xfecc68003438d349b0781042a8b65c0214a91f5164321d8b07c6af4ad9e91cb2_cls(
                                                                     address=self.address+172,
                                                                     logger_handle=logger_handle+'.RXCQ_HEAD',
                                                                     inst_name='RXCQ_HEAD', parent=self)
        
            
        self.__RXCQ_TAIL:vcnic_dma_regs_hw_index_r_0x840566461608c7880129ddf636621c00fdb667272efb0458fe9c26eb4a72daf0_cls = vcnic_dma_regs_hw_index_r_0x840566461608c7880129ddf636621c00fdb667272efb0458fe9c26eb4a72daf0_cls(
                                                                     address=self.address+176,
                                                                     logger_handle=logger_handle+'.RXCQ_TAIL',
                                                                     inst_name='RXCQ_TAIL', parent=self)
        
            
        self.__RXCQ_IRQ:vcnic_dma_regs_irq_mod_r_0x68c11d35de65acbc8c57152b799a83c9aedd5111dd05decd1dde0695be76993_cls = vcnic_dma_regs_irq_mod_r_0x68c11d35de65acbc8c57152b799a83c9aedd5111dd05decd1dde0695be76993_cls(
                                                                     address=self.address+180,
                                                                     logger_handle=logger_handle+'.RXCQ_IRQ',
                                                                     inst_name='RXCQ_IRQ', parent=self)
        
            
        self.__TX_FRAMES:vcnic_dma_regs_dma_ro32_r_0x58281875bb485762c013a5ae5bae921631188e27630ef6a356c2cb5d2acc3073_cls = vcnic_dma_regs_dma_ro32_r_0x58281875bb485762c013a5ae5bae921631188e27630ef6a356c2cb5d2acc3073_cls(
                                                                     address=self.address+192,
                                                                     logger_handle=logger_handle+'.TX_FRAMES',
                                                                     inst_name='TX_FRAMES', parent=self)
        
            
        self.__TX_BAD_DESC:vcnic_dma_regs_dma_ro32_r_0xe3ef4b28131b78699153ff6050bf3082a688940b3ed0575a3c51f4382647b7ef_cls = vcnic_dma_regs_dma_ro32_r_0xe3ef4b28131b78699153ff6050bf3082a688940b3ed0575a3c51f4382647b7ef_cls(
                                                                     address=self.address+196,
                                                                     logger_handle=logger_handle+'.TX_BAD_DESC',
                                                                     inst_name='TX_BAD_DESC', parent=self)
        
            
        self.__TX_DMA_ERRORS:vcnic_dma_regs_dma_ro32_r_0xa3a6a1971a0a068147b19b294f5668d702af2e289c86271cde92836829f54b9c_cls = vcnic_dma_regs_dma_ro32_r_0xa3a6a1971a0a068147b19b294f5668d702af2e289c86271cde92836829f54b9c_cls(
                                                                     address=self.address+200,
                                                                     logger_handle=logger_handle+'.TX_DMA_ERRORS',
                                                                     inst_name='TX_DMA_ERRORS', parent=self)
        
            
        self.__RX_PDUS_IN:vcnic_dma_regs_dma_ro32_r_0x909c4d7015ada9ff050dbb6187ae63230822932bb26a63aac21fd7c448f7fe81_cls = vcnic_dma_regs_dma_ro32_r_0x909c4d7015ada9ff050dbb6187ae63230822932bb26a63aac21fd7c448f7fe81_cls(
                                                                     address=self.address+204,
                                                                     logger_handle=logger_handle+'.RX_PDUS_IN',
                                                                     inst_name='RX_PDUS_IN', parent=self)
        
            
        self.__RX_NO_BUFFER:vcnic_dma_regs_dma_ro32_r_0xfb4034440f1eecfd4e8815380c0453c4e1f8c39ff3723850699abc964830ceea_cls = vcnic_dma_regs_dma_ro32_r_0xfb4034440f1eecfd4e8815380c0453c4e1f8c39ff3723850699abc964830ceea_cls(
                                                                     address=self.address+208,
                                                                     logger_handle=logger_handle+'.RX_NO_BUFFER',
                                                                     inst_name='RX_NO_BUFFER', parent=self)
        
            
        self.__RX_DMA_ERRORS:vcnic_dma_regs_dma_ro32_r_0xe68a9f06ed4e6abde57ced0a1ed3d55ce4ee9316f111b3416d9800e2aa225c6c_cls = vcnic_dma_regs_dma_ro32_r_0xe68a9f06ed4e6abde57ced0a1ed3d55ce4ee9316f111b3416d9800e2aa225c6c_cls(
                                                                     address=self.address+212,
                                                                     logger_handle=logger_handle+'.RX_DMA_ERRORS',
                                                                     inst_name='RX_DMA_ERRORS', parent=self)
        
            
        self.__DOORBELL_ERRORS:vcnic_dma_regs_dma_ro32_r_0xef0bada5ed3dabe0f6b60319ff483424f5e71bb339eaafcf68640b54b4a057ed_cls = vcnic_dma_regs_dma_ro32_r_0xef0bada5ed3dabe0f6b60319ff483424f5e71bb339eaafcf68640b54b4a057ed_cls(
                                                                     address=self.address+216,
                                                                     logger_handle=logger_handle+'.DOORBELL_ERRORS',
                                                                     inst_name='DOORBELL_ERRORS', parent=self)
        

    @property
    def size(self) -> int:
        return 220
    @property
    def DMA_ID(self) -> 'vcnic_dma_regs_DMA_ID_0x318252cb014c320281b62b2adaa4593ce613fad608c641d3ebe5010b16b2d282_cls':
        """
        Property to access DMA_ID 

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
        return self.__DMA_ID
        
    @property
    def DMA_CAP(self) -> 'vcnic_dma_regs_DMA_CAP_0x13a21477191ed466bda3ba65b62880bc2dd27c89ed0a114482dc31b1c7b4c47a_cls':
        """
        Property to access DMA_CAP 

        +--------------+-------------------------------------------------------------------------+
        | SystemRDL    | Value                                                                   |
        | Field        |                                                                         |
        +==============+=========================================================================+
        | Name         | .. raw:: html                                                           |
        |              |                                                                         |
        |              |      DMA capabilities                                                   |
        +--------------+-------------------------------------------------------------------------+
        """
        return self.__DMA_CAP
        
    @property
    def DMA_CTRL(self) -> 'vcnic_dma_regs_DMA_CTRL_0x47e34b6d532911ab75bc9bbffac42e198ed430771b1d4b889464d397e661fa56_cls':
        """
        Property to access DMA_CTRL 

        +--------------+-------------------------------------------------------------------------+
        | SystemRDL    | Value                                                                   |
        | Field        |                                                                         |
        +==============+=========================================================================+
        | Name         | .. raw:: html                                                           |
        |              |                                                                         |
        |              |      DMA control                                                        |
        +--------------+-------------------------------------------------------------------------+
        """
        return self.__DMA_CTRL
        
    @property
    def DMA_STATUS(self) -> 'vcnic_dma_regs_DMA_STATUS_0xc41efba3eb7e2ad43db0de72756843e94d5bb7ec099ad16f8637d07bed964b73_cls':
        """
        Property to access DMA_STATUS 

        +--------------+-------------------------------------------------------------------------+
        | SystemRDL    | Value                                                                   |
        | Field        |                                                                         |
        +==============+=========================================================================+
        | Name         | .. raw:: html                                                           |
        |              |                                                                         |
        |              |      DMA status                                                         |
        +--------------+-------------------------------------------------------------------------+
        """
        return self.__DMA_STATUS
        
    @property
    def DMA_INT_STATUS(self) -> 'vcnic_dma_regs_DMA_INT_STATUS_0x2b3e88a54a7d9856fb68d94a964ff938740a020ff145ce979c1760dda9a881e3_cls':
        """
        Property to access DMA_INT_STATUS 

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
        return self.__DMA_INT_STATUS
        
    @property
    def DMA_INT_ENABLE(self) -> 'vcnic_dma_regs_DMA_INT_ENABLE_0x203a8e28c1b1c2ba70f8bd27557bec4190c5d4453f4d33e42e29cb37c9f9ef9a_cls':
        """
        Property to access DMA_INT_ENABLE 

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
        return self.__DMA_INT_ENABLE
        
    @property
    def DMA_ERR_STATUS(self) -> 'vcnic_dma_regs_DMA_ERR_STATUS_0x56daf9d371e8d1135c9db59684c70b4f5ae5b4487f82bfa4f2edb28ad7f06430_cls':
        """
        Property to access DMA_ERR_STATUS 

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
        return self.__DMA_ERR_STATUS
        
    @property
    def DMA_ERR_ADDR_LO(self) -> 'vcnic_dma_regs_dma_ro32_r_0x35dc4deb00e4dc50cf8855d7bc95ad6ac52d087149ac209c26d56d255a1887d2_cls':
        """
        Property to access DMA_ERR_ADDR_LO 

        
        """
        return self.__DMA_ERR_ADDR_LO
        
    @property
    def DMA_ERR_ADDR_HI(self) -> 'vcnic_dma_regs_dma_ro32_r_0x11daaad8ee2452ec43ab460ed5b51d43a13628f3ee2e54e873fc468ccb3a1831_cls':
        """
        Property to access DMA_ERR_ADDR_HI 

        
        """
        return self.__DMA_ERR_ADDR_HI
        
    @property
    def TX_RING_BASE_LO(self) -> 'vcnic_dma_regs_addr_lo_r_0xd61adf3807996871a224eaecb03d8e4f55e479dcd56c4ff8313297ee8869de16_cls':
        """
        Property to access TX_RING_BASE_LO 

        
        """
        return self.__TX_RING_BASE_LO
        
    @property
    def TX_RING_BASE_HI(self) -> 'vcnic_dma_regs_addr_hi_r_0xa5c537aba05bc9d09d8d8196330c46d63f689aa6e7674805500f535229a08ed_cls':
        """
        Property to access TX_RING_BASE_HI 

        
        """
        return self.__TX_RING_BASE_HI
        
    @property
    def TX_RING_SIZE(self) -> 'vcnic_dma_regs_size_r_0xaf632fead445152e0f10627e2e552bf0bbca042d652640c9516196dca862e4e2_cls':
        """
        Property to access TX_RING_SIZE 

        
        """
        return self.__TX_RING_SIZE
        
    @property
    def TX_PROD(self) -> 'vcnic_dma_regs_prod_r_0x2857957e8626aa5068f376ead8152ab6c436c23ca423ec2b65721ce03078317f_cls':
        """
        Property to access TX_PROD 

        
        """
        return self.__TX_PROD
        
    @property
    def TX_CONS(self) -> 'vcnic_dma_regs_hw_index_r_0xec0676c300f7e732ee799777b49b8f45c18874160f798bf3c24ef3f171aa5c2a_cls':
        """
        Property to access TX_CONS 

        
        """
        return self.__TX_CONS
        
    @property
    def TXCQ_BASE_LO(self) -> 'vcnic_dma_regs_addr_lo_r_0xd61adf3807996871a224eaecb03d8e4f55e479dcd56c4ff8313297ee8869de16_cls':
        """
        Property to access TXCQ_BASE_LO 

        
        """
        return self.__TXCQ_BASE_LO
        
    @property
    def TXCQ_BASE_HI(self) -> 'vcnic_dma_regs_addr_hi_r_0xa5c537aba05bc9d09d8d8196330c46d63f689aa6e7674805500f535229a08ed_cls':
        """
        Property to access TXCQ_BASE_HI 

        
        """
        return self.__TXCQ_BASE_HI
        
    @property
    def TXCQ_SIZE(self) -> 'vcnic_dma_regs_size_r_0xaf632fead445152e0f10627e2e552bf0bbca042d652640c9516196dca862e4e2_cls':
        """
        Property to access TXCQ_SIZE 

        
        """
        return self.__TXCQ_SIZE
        
    @property
    def TXCQ_HEAD(self) -> 'vcnic_dma_regs_head_r_0xfecc68003438d349b0781042a8b65c0214a91f5164321d8b07c6af4ad9e91cb2_cls':
        """
        Property to access TXCQ_HEAD 

        
        """
        return self.__TXCQ_HEAD
        
    @property
    def TXCQ_TAIL(self) -> 'vcnic_dma_regs_hw_index_r_0xc534060f3f0fffafcd647a067d66c74ea47fac51f91658cc9f6af03560ff8ade_cls':
        """
        Property to access TXCQ_TAIL 

        
        """
        return self.__TXCQ_TAIL
        
    @property
    def TXCQ_IRQ(self) -> 'vcnic_dma_regs_irq_mod_r_0x68c11d35de65acbc8c57152b799a83c9aedd5111dd05decd1dde0695be76993_cls':
        """
        Property to access TXCQ_IRQ 

        
        """
        return self.__TXCQ_IRQ
        
    @property
    def RXF_BASE_LO(self) -> 'vcnic_dma_regs_addr_lo_r_0xd61adf3807996871a224eaecb03d8e4f55e479dcd56c4ff8313297ee8869de16_cls':
        """
        Property to access RXF_BASE_LO 

        
        """
        return self.__RXF_BASE_LO
        
    @property
    def RXF_BASE_HI(self) -> 'vcnic_dma_regs_addr_hi_r_0xa5c537aba05bc9d09d8d8196330c46d63f689aa6e7674805500f535229a08ed_cls':
        """
        Property to access RXF_BASE_HI 

        
        """
        return self.__RXF_BASE_HI
        
    @property
    def RXF_SIZE(self) -> 'vcnic_dma_regs_size_r_0xaf632fead445152e0f10627e2e552bf0bbca042d652640c9516196dca862e4e2_cls':
        """
        Property to access RXF_SIZE 

        
        """
        return self.__RXF_SIZE
        
    @property
    def RXF_PROD(self) -> 'vcnic_dma_regs_prod_r_0x2857957e8626aa5068f376ead8152ab6c436c23ca423ec2b65721ce03078317f_cls':
        """
        Property to access RXF_PROD 

        
        """
        return self.__RXF_PROD
        
    @property
    def RXF_CONS(self) -> 'vcnic_dma_regs_hw_index_r_0x8fdf82cf5308803e0d9756cb5e2690dff6db77bbbaaae3feccfbbb4815dfc445_cls':
        """
        Property to access RXF_CONS 

        
        """
        return self.__RXF_CONS
        
    @property
    def RX_BUF_SIZE(self) -> 'vcnic_dma_regs_RX_BUF_SIZE_0x83f924a5c61b324759f041e1e213e13d98789a24c4704bff6340af4d48107639_cls':
        """
        Property to access RX_BUF_SIZE 

        +--------------+-------------------------------------------------------------------------+
        | SystemRDL    | Value                                                                   |
        | Field        |                                                                         |
        +==============+=========================================================================+
        | Name         | .. raw:: html                                                           |
        |              |                                                                         |
        |              |      RX buffer size                                                     |
        +--------------+-------------------------------------------------------------------------+
        """
        return self.__RX_BUF_SIZE
        
    @property
    def RXCQ_BASE_LO(self) -> 'vcnic_dma_regs_addr_lo_r_0xd61adf3807996871a224eaecb03d8e4f55e479dcd56c4ff8313297ee8869de16_cls':
        """
        Property to access RXCQ_BASE_LO 

        
        """
        return self.__RXCQ_BASE_LO
        
    @property
    def RXCQ_BASE_HI(self) -> 'vcnic_dma_regs_addr_hi_r_0xa5c537aba05bc9d09d8d8196330c46d63f689aa6e7674805500f535229a08ed_cls':
        """
        Property to access RXCQ_BASE_HI 

        
        """
        return self.__RXCQ_BASE_HI
        
    @property
    def RXCQ_SIZE(self) -> 'vcnic_dma_regs_size_r_0xaf632fead445152e0f10627e2e552bf0bbca042d652640c9516196dca862e4e2_cls':
        """
        Property to access RXCQ_SIZE 

        
        """
        return self.__RXCQ_SIZE
        
    @property
    def RXCQ_HEAD(self) -> 'vcnic_dma_regs_head_r_0xfecc68003438d349b0781042a8b65c0214a91f5164321d8b07c6af4ad9e91cb2_cls':
        """
        Property to access RXCQ_HEAD 

        
        """
        return self.__RXCQ_HEAD
        
    @property
    def RXCQ_TAIL(self) -> 'vcnic_dma_regs_hw_index_r_0x840566461608c7880129ddf636621c00fdb667272efb0458fe9c26eb4a72daf0_cls':
        """
        Property to access RXCQ_TAIL 

        
        """
        return self.__RXCQ_TAIL
        
    @property
    def RXCQ_IRQ(self) -> 'vcnic_dma_regs_irq_mod_r_0x68c11d35de65acbc8c57152b799a83c9aedd5111dd05decd1dde0695be76993_cls':
        """
        Property to access RXCQ_IRQ 

        
        """
        return self.__RXCQ_IRQ
        
    @property
    def TX_FRAMES(self) -> 'vcnic_dma_regs_dma_ro32_r_0x58281875bb485762c013a5ae5bae921631188e27630ef6a356c2cb5d2acc3073_cls':
        """
        Property to access TX_FRAMES 

        
        """
        return self.__TX_FRAMES
        
    @property
    def TX_BAD_DESC(self) -> 'vcnic_dma_regs_dma_ro32_r_0xe3ef4b28131b78699153ff6050bf3082a688940b3ed0575a3c51f4382647b7ef_cls':
        """
        Property to access TX_BAD_DESC 

        
        """
        return self.__TX_BAD_DESC
        
    @property
    def TX_DMA_ERRORS(self) -> 'vcnic_dma_regs_dma_ro32_r_0xa3a6a1971a0a068147b19b294f5668d702af2e289c86271cde92836829f54b9c_cls':
        """
        Property to access TX_DMA_ERRORS 

        
        """
        return self.__TX_DMA_ERRORS
        
    @property
    def RX_PDUS_IN(self) -> 'vcnic_dma_regs_dma_ro32_r_0x909c4d7015ada9ff050dbb6187ae63230822932bb26a63aac21fd7c448f7fe81_cls':
        """
        Property to access RX_PDUS_IN 

        
        """
        return self.__RX_PDUS_IN
        
    @property
    def RX_NO_BUFFER(self) -> 'vcnic_dma_regs_dma_ro32_r_0xfb4034440f1eecfd4e8815380c0453c4e1f8c39ff3723850699abc964830ceea_cls':
        """
        Property to access RX_NO_BUFFER 

        
        """
        return self.__RX_NO_BUFFER
        
    @property
    def RX_DMA_ERRORS(self) -> 'vcnic_dma_regs_dma_ro32_r_0xe68a9f06ed4e6abde57ced0a1ed3d55ce4ee9316f111b3416d9800e2aa225c6c_cls':
        """
        Property to access RX_DMA_ERRORS 

        
        """
        return self.__RX_DMA_ERRORS
        
    @property
    def DOORBELL_ERRORS(self) -> 'vcnic_dma_regs_dma_ro32_r_0xef0bada5ed3dabe0f6b60319ff483424f5e71bb339eaafcf68640b54b4a057ed_cls':
        """
        Property to access DOORBELL_ERRORS 

        
        """
        return self.__DOORBELL_ERRORS
        

    
    @property
    def systemrdl_python_child_name_map(self) -> dict[str, str]:
        return {'DMA_ID':'DMA_ID','DMA_CAP':'DMA_CAP','DMA_CTRL':'DMA_CTRL','DMA_STATUS':'DMA_STATUS','DMA_INT_STATUS':'DMA_INT_STATUS','DMA_INT_ENABLE':'DMA_INT_ENABLE','DMA_ERR_STATUS':'DMA_ERR_STATUS','DMA_ERR_ADDR_LO':'DMA_ERR_ADDR_LO','DMA_ERR_ADDR_HI':'DMA_ERR_ADDR_HI','TX_RING_BASE_LO':'TX_RING_BASE_LO','TX_RING_BASE_HI':'TX_RING_BASE_HI','TX_RING_SIZE':'TX_RING_SIZE','TX_PROD':'TX_PROD','TX_CONS':'TX_CONS','TXCQ_BASE_LO':'TXCQ_BASE_LO','TXCQ_BASE_HI':'TXCQ_BASE_HI','TXCQ_SIZE':'TXCQ_SIZE','TXCQ_HEAD':'TXCQ_HEAD','TXCQ_TAIL':'TXCQ_TAIL','TXCQ_IRQ':'TXCQ_IRQ','RXF_BASE_LO':'RXF_BASE_LO','RXF_BASE_HI':'RXF_BASE_HI','RXF_SIZE':'RXF_SIZE','RXF_PROD':'RXF_PROD','RXF_CONS':'RXF_CONS','RX_BUF_SIZE':'RX_BUF_SIZE','RXCQ_BASE_LO':'RXCQ_BASE_LO','RXCQ_BASE_HI':'RXCQ_BASE_HI','RXCQ_SIZE':'RXCQ_SIZE','RXCQ_HEAD':'RXCQ_HEAD','RXCQ_TAIL':'RXCQ_TAIL','RXCQ_IRQ':'RXCQ_IRQ','TX_FRAMES':'TX_FRAMES','TX_BAD_DESC':'TX_BAD_DESC','TX_DMA_ERRORS':'TX_DMA_ERRORS','RX_PDUS_IN':'RX_PDUS_IN','RX_NO_BUFFER':'RX_NO_BUFFER','RX_DMA_ERRORS':'RX_DMA_ERRORS','DOORBELL_ERRORS':'DOORBELL_ERRORS',
            }

    
    
    
    
    
    
    # nodes:39
                
    @overload
    def get_child_by_system_rdl_name(self, name: Literal["DMA_ID"]) -> 'vcnic_dma_regs_DMA_ID_0x318252cb014c320281b62b2adaa4593ce613fad608c641d3ebe5010b16b2d282_cls': ...
                
                
    @overload
    def get_child_by_system_rdl_name(self, name: Literal["DMA_CAP"]) -> 'vcnic_dma_regs_DMA_CAP_0x13a21477191ed466bda3ba65b62880bc2dd27c89ed0a114482dc31b1c7b4c47a_cls': ...
                
                
    @overload
    def get_child_by_system_rdl_name(self, name: Literal["DMA_CTRL"]) -> 'vcnic_dma_regs_DMA_CTRL_0x47e34b6d532911ab75bc9bbffac42e198ed430771b1d4b889464d397e661fa56_cls': ...
                
                
    @overload
    def get_child_by_system_rdl_name(self, name: Literal["DMA_STATUS"]) -> 'vcnic_dma_regs_DMA_STATUS_0xc41efba3eb7e2ad43db0de72756843e94d5bb7ec099ad16f8637d07bed964b73_cls': ...
                
                
    @overload
    def get_child_by_system_rdl_name(self, name: Literal["DMA_INT_STATUS"]) -> 'vcnic_dma_regs_DMA_INT_STATUS_0x2b3e88a54a7d9856fb68d94a964ff938740a020ff145ce979c1760dda9a881e3_cls': ...
                
                
    @overload
    def get_child_by_system_rdl_name(self, name: Literal["DMA_INT_ENABLE"]) -> 'vcnic_dma_regs_DMA_INT_ENABLE_0x203a8e28c1b1c2ba70f8bd27557bec4190c5d4453f4d33e42e29cb37c9f9ef9a_cls': ...
                
                
    @overload
    def get_child_by_system_rdl_name(self, name: Literal["DMA_ERR_STATUS"]) -> 'vcnic_dma_regs_DMA_ERR_STATUS_0x56daf9d371e8d1135c9db59684c70b4f5ae5b4487f82bfa4f2edb28ad7f06430_cls': ...
                
                
    @overload
    def get_child_by_system_rdl_name(self, name: Literal["DMA_ERR_ADDR_LO"]) -> 'vcnic_dma_regs_dma_ro32_r_0x35dc4deb00e4dc50cf8855d7bc95ad6ac52d087149ac209c26d56d255a1887d2_cls': ...
                
                
    @overload
    def get_child_by_system_rdl_name(self, name: Literal["DMA_ERR_ADDR_HI"]) -> 'vcnic_dma_regs_dma_ro32_r_0x11daaad8ee2452ec43ab460ed5b51d43a13628f3ee2e54e873fc468ccb3a1831_cls': ...
                
                
    @overload
    def get_child_by_system_rdl_name(self, name: Literal["TX_RING_BASE_LO"]) -> 'vcnic_dma_regs_addr_lo_r_0xd61adf3807996871a224eaecb03d8e4f55e479dcd56c4ff8313297ee8869de16_cls': ...
                
                
    @overload
    def get_child_by_system_rdl_name(self, name: Literal["TX_RING_BASE_HI"]) -> 'vcnic_dma_regs_addr_hi_r_0xa5c537aba05bc9d09d8d8196330c46d63f689aa6e7674805500f535229a08ed_cls': ...
                
                
    @overload
    def get_child_by_system_rdl_name(self, name: Literal["TX_RING_SIZE"]) -> 'vcnic_dma_regs_size_r_0xaf632fead445152e0f10627e2e552bf0bbca042d652640c9516196dca862e4e2_cls': ...
                
                
    @overload
    def get_child_by_system_rdl_name(self, name: Literal["TX_PROD"]) -> 'vcnic_dma_regs_prod_r_0x2857957e8626aa5068f376ead8152ab6c436c23ca423ec2b65721ce03078317f_cls': ...
                
                
    @overload
    def get_child_by_system_rdl_name(self, name: Literal["TX_CONS"]) -> 'vcnic_dma_regs_hw_index_r_0xec0676c300f7e732ee799777b49b8f45c18874160f798bf3c24ef3f171aa5c2a_cls': ...
                
                
    @overload
    def get_child_by_system_rdl_name(self, name: Literal["TXCQ_BASE_LO"]) -> 'vcnic_dma_regs_addr_lo_r_0xd61adf3807996871a224eaecb03d8e4f55e479dcd56c4ff8313297ee8869de16_cls': ...
                
                
    @overload
    def get_child_by_system_rdl_name(self, name: Literal["TXCQ_BASE_HI"]) -> 'vcnic_dma_regs_addr_hi_r_0xa5c537aba05bc9d09d8d8196330c46d63f689aa6e7674805500f535229a08ed_cls': ...
                
                
    @overload
    def get_child_by_system_rdl_name(self, name: Literal["TXCQ_SIZE"]) -> 'vcnic_dma_regs_size_r_0xaf632fead445152e0f10627e2e552bf0bbca042d652640c9516196dca862e4e2_cls': ...
                
                
    @overload
    def get_child_by_system_rdl_name(self, name: Literal["TXCQ_HEAD"]) -> 'vcnic_dma_regs_head_r_0xfecc68003438d349b0781042a8b65c0214a91f5164321d8b07c6af4ad9e91cb2_cls': ...
                
                
    @overload
    def get_child_by_system_rdl_name(self, name: Literal["TXCQ_TAIL"]) -> 'vcnic_dma_regs_hw_index_r_0xc534060f3f0fffafcd647a067d66c74ea47fac51f91658cc9f6af03560ff8ade_cls': ...
                
                
    @overload
    def get_child_by_system_rdl_name(self, name: Literal["TXCQ_IRQ"]) -> 'vcnic_dma_regs_irq_mod_r_0x68c11d35de65acbc8c57152b799a83c9aedd5111dd05decd1dde0695be76993_cls': ...
                
                
    @overload
    def get_child_by_system_rdl_name(self, name: Literal["RXF_BASE_LO"]) -> 'vcnic_dma_regs_addr_lo_r_0xd61adf3807996871a224eaecb03d8e4f55e479dcd56c4ff8313297ee8869de16_cls': ...
                
                
    @overload
    def get_child_by_system_rdl_name(self, name: Literal["RXF_BASE_HI"]) -> 'vcnic_dma_regs_addr_hi_r_0xa5c537aba05bc9d09d8d8196330c46d63f689aa6e7674805500f535229a08ed_cls': ...
                
                
    @overload
    def get_child_by_system_rdl_name(self, name: Literal["RXF_SIZE"]) -> 'vcnic_dma_regs_size_r_0xaf632fead445152e0f10627e2e552bf0bbca042d652640c9516196dca862e4e2_cls': ...
                
                
    @overload
    def get_child_by_system_rdl_name(self, name: Literal["RXF_PROD"]) -> 'vcnic_dma_regs_prod_r_0x2857957e8626aa5068f376ead8152ab6c436c23ca423ec2b65721ce03078317f_cls': ...
                
                
    @overload
    def get_child_by_system_rdl_name(self, name: Literal["RXF_CONS"]) -> 'vcnic_dma_regs_hw_index_r_0x8fdf82cf5308803e0d9756cb5e2690dff6db77bbbaaae3feccfbbb4815dfc445_cls': ...
                
                
    @overload
    def get_child_by_system_rdl_name(self, name: Literal["RX_BUF_SIZE"]) -> 'vcnic_dma_regs_RX_BUF_SIZE_0x83f924a5c61b324759f041e1e213e13d98789a24c4704bff6340af4d48107639_cls': ...
                
                
    @overload
    def get_child_by_system_rdl_name(self, name: Literal["RXCQ_BASE_LO"]) -> 'vcnic_dma_regs_addr_lo_r_0xd61adf3807996871a224eaecb03d8e4f55e479dcd56c4ff8313297ee8869de16_cls': ...
                
                
    @overload
    def get_child_by_system_rdl_name(self, name: Literal["RXCQ_BASE_HI"]) -> 'vcnic_dma_regs_addr_hi_r_0xa5c537aba05bc9d09d8d8196330c46d63f689aa6e7674805500f535229a08ed_cls': ...
                
                
    @overload
    def get_child_by_system_rdl_name(self, name: Literal["RXCQ_SIZE"]) -> 'vcnic_dma_regs_size_r_0xaf632fead445152e0f10627e2e552bf0bbca042d652640c9516196dca862e4e2_cls': ...
                
                
    @overload
    def get_child_by_system_rdl_name(self, name: Literal["RXCQ_HEAD"]) -> 'vcnic_dma_regs_head_r_0xfecc68003438d349b0781042a8b65c0214a91f5164321d8b07c6af4ad9e91cb2_cls': ...
                
                
    @overload
    def get_child_by_system_rdl_name(self, name: Literal["RXCQ_TAIL"]) -> 'vcnic_dma_regs_hw_index_r_0x840566461608c7880129ddf636621c00fdb667272efb0458fe9c26eb4a72daf0_cls': ...
                
                
    @overload
    def get_child_by_system_rdl_name(self, name: Literal["RXCQ_IRQ"]) -> 'vcnic_dma_regs_irq_mod_r_0x68c11d35de65acbc8c57152b799a83c9aedd5111dd05decd1dde0695be76993_cls': ...
                
                
    @overload
    def get_child_by_system_rdl_name(self, name: Literal["TX_FRAMES"]) -> 'vcnic_dma_regs_dma_ro32_r_0x58281875bb485762c013a5ae5bae921631188e27630ef6a356c2cb5d2acc3073_cls': ...
                
                
    @overload
    def get_child_by_system_rdl_name(self, name: Literal["TX_BAD_DESC"]) -> 'vcnic_dma_regs_dma_ro32_r_0xe3ef4b28131b78699153ff6050bf3082a688940b3ed0575a3c51f4382647b7ef_cls': ...
                
                
    @overload
    def get_child_by_system_rdl_name(self, name: Literal["TX_DMA_ERRORS"]) -> 'vcnic_dma_regs_dma_ro32_r_0xa3a6a1971a0a068147b19b294f5668d702af2e289c86271cde92836829f54b9c_cls': ...
                
                
    @overload
    def get_child_by_system_rdl_name(self, name: Literal["RX_PDUS_IN"]) -> 'vcnic_dma_regs_dma_ro32_r_0x909c4d7015ada9ff050dbb6187ae63230822932bb26a63aac21fd7c448f7fe81_cls': ...
                
                
    @overload
    def get_child_by_system_rdl_name(self, name: Literal["RX_NO_BUFFER"]) -> 'vcnic_dma_regs_dma_ro32_r_0xfb4034440f1eecfd4e8815380c0453c4e1f8c39ff3723850699abc964830ceea_cls': ...
                
                
    @overload
    def get_child_by_system_rdl_name(self, name: Literal["RX_DMA_ERRORS"]) -> 'vcnic_dma_regs_dma_ro32_r_0xe68a9f06ed4e6abde57ced0a1ed3d55ce4ee9316f111b3416d9800e2aa225c6c_cls': ...
                
                
    @overload
    def get_child_by_system_rdl_name(self, name: Literal["DOORBELL_ERRORS"]) -> 'vcnic_dma_regs_dma_ro32_r_0xef0bada5ed3dabe0f6b60319ff483424f5e71bb339eaafcf68640b54b4a057ed_cls': ...
                

    @overload
    def get_child_by_system_rdl_name(self, name: str) -> Union['vcnic_dma_regs_DMA_ID_0x318252cb014c320281b62b2adaa4593ce613fad608c641d3ebe5010b16b2d282_cls', 'vcnic_dma_regs_DMA_CAP_0x13a21477191ed466bda3ba65b62880bc2dd27c89ed0a114482dc31b1c7b4c47a_cls', 'vcnic_dma_regs_DMA_CTRL_0x47e34b6d532911ab75bc9bbffac42e198ed430771b1d4b889464d397e661fa56_cls', 'vcnic_dma_regs_DMA_STATUS_0xc41efba3eb7e2ad43db0de72756843e94d5bb7ec099ad16f8637d07bed964b73_cls', 'vcnic_dma_regs_DMA_INT_STATUS_0x2b3e88a54a7d9856fb68d94a964ff938740a020ff145ce979c1760dda9a881e3_cls', 'vcnic_dma_regs_DMA_INT_ENABLE_0x203a8e28c1b1c2ba70f8bd27557bec4190c5d4453f4d33e42e29cb37c9f9ef9a_cls', 'vcnic_dma_regs_DMA_ERR_STATUS_0x56daf9d371e8d1135c9db59684c70b4f5ae5b4487f82bfa4f2edb28ad7f06430_cls', 'vcnic_dma_regs_dma_ro32_r_0x35dc4deb00e4dc50cf8855d7bc95ad6ac52d087149ac209c26d56d255a1887d2_cls', 'vcnic_dma_regs_dma_ro32_r_0x11daaad8ee2452ec43ab460ed5b51d43a13628f3ee2e54e873fc468ccb3a1831_cls', 'vcnic_dma_regs_addr_lo_r_0xd61adf3807996871a224eaecb03d8e4f55e479dcd56c4ff8313297ee8869de16_cls', 'vcnic_dma_regs_addr_hi_r_0xa5c537aba05bc9d09d8d8196330c46d63f689aa6e7674805500f535229a08ed_cls', 'vcnic_dma_regs_size_r_0xaf632fead445152e0f10627e2e552bf0bbca042d652640c9516196dca862e4e2_cls', 'vcnic_dma_regs_prod_r_0x2857957e8626aa5068f376ead8152ab6c436c23ca423ec2b65721ce03078317f_cls', 'vcnic_dma_regs_hw_index_r_0xec0676c300f7e732ee799777b49b8f45c18874160f798bf3c24ef3f171aa5c2a_cls', 'vcnic_dma_regs_addr_lo_r_0xd61adf3807996871a224eaecb03d8e4f55e479dcd56c4ff8313297ee8869de16_cls', 'vcnic_dma_regs_addr_hi_r_0xa5c537aba05bc9d09d8d8196330c46d63f689aa6e7674805500f535229a08ed_cls', 'vcnic_dma_regs_size_r_0xaf632fead445152e0f10627e2e552bf0bbca042d652640c9516196dca862e4e2_cls', 'vcnic_dma_regs_head_r_0xfecc68003438d349b0781042a8b65c0214a91f5164321d8b07c6af4ad9e91cb2_cls', 'vcnic_dma_regs_hw_index_r_0xc534060f3f0fffafcd647a067d66c74ea47fac51f91658cc9f6af03560ff8ade_cls', 'vcnic_dma_regs_irq_mod_r_0x68c11d35de65acbc8c57152b799a83c9aedd5111dd05decd1dde0695be76993_cls', 'vcnic_dma_regs_addr_lo_r_0xd61adf3807996871a224eaecb03d8e4f55e479dcd56c4ff8313297ee8869de16_cls', 'vcnic_dma_regs_addr_hi_r_0xa5c537aba05bc9d09d8d8196330c46d63f689aa6e7674805500f535229a08ed_cls', 'vcnic_dma_regs_size_r_0xaf632fead445152e0f10627e2e552bf0bbca042d652640c9516196dca862e4e2_cls', 'vcnic_dma_regs_prod_r_0x2857957e8626aa5068f376ead8152ab6c436c23ca423ec2b65721ce03078317f_cls', 'vcnic_dma_regs_hw_index_r_0x8fdf82cf5308803e0d9756cb5e2690dff6db77bbbaaae3feccfbbb4815dfc445_cls', 'vcnic_dma_regs_RX_BUF_SIZE_0x83f924a5c61b324759f041e1e213e13d98789a24c4704bff6340af4d48107639_cls', 'vcnic_dma_regs_addr_lo_r_0xd61adf3807996871a224eaecb03d8e4f55e479dcd56c4ff8313297ee8869de16_cls', 'vcnic_dma_regs_addr_hi_r_0xa5c537aba05bc9d09d8d8196330c46d63f689aa6e7674805500f535229a08ed_cls', 'vcnic_dma_regs_size_r_0xaf632fead445152e0f10627e2e552bf0bbca042d652640c9516196dca862e4e2_cls', 'vcnic_dma_regs_head_r_0xfecc68003438d349b0781042a8b65c0214a91f5164321d8b07c6af4ad9e91cb2_cls', 'vcnic_dma_regs_hw_index_r_0x840566461608c7880129ddf636621c00fdb667272efb0458fe9c26eb4a72daf0_cls', 'vcnic_dma_regs_irq_mod_r_0x68c11d35de65acbc8c57152b799a83c9aedd5111dd05decd1dde0695be76993_cls', 'vcnic_dma_regs_dma_ro32_r_0x58281875bb485762c013a5ae5bae921631188e27630ef6a356c2cb5d2acc3073_cls', 'vcnic_dma_regs_dma_ro32_r_0xe3ef4b28131b78699153ff6050bf3082a688940b3ed0575a3c51f4382647b7ef_cls', 'vcnic_dma_regs_dma_ro32_r_0xa3a6a1971a0a068147b19b294f5668d702af2e289c86271cde92836829f54b9c_cls', 'vcnic_dma_regs_dma_ro32_r_0x909c4d7015ada9ff050dbb6187ae63230822932bb26a63aac21fd7c448f7fe81_cls', 'vcnic_dma_regs_dma_ro32_r_0xfb4034440f1eecfd4e8815380c0453c4e1f8c39ff3723850699abc964830ceea_cls', 'vcnic_dma_regs_dma_ro32_r_0xe68a9f06ed4e6abde57ced0a1ed3d55ce4ee9316f111b3416d9800e2aa225c6c_cls', 'vcnic_dma_regs_dma_ro32_r_0xef0bada5ed3dabe0f6b60319ff483424f5e71bb339eaafcf68640b54b4a057ed_cls', ]: ...

    def get_child_by_system_rdl_name(self, name: Any) -> Any:
        return super().get_child_by_system_rdl_name(name)
    


    

    
    

    @property
    def rdl_name(self) -> str:
        return "vcnic DMA registers"
    @property
    def rdl_desc(self) -> str:
        return "DMA host interface of the vcnic NIC: descriptor rings in host memory (docs/dma.md). At 0x800 in the NIC\u0027s register space."
    
    

    
    def __iter__(self) -> Iterator[Union[Node, NodeArray]]:
        
        
        yield self.DMA_ID
        yield self.DMA_CAP
        yield self.DMA_CTRL
        yield self.DMA_STATUS
        yield self.DMA_INT_STATUS
        yield self.DMA_INT_ENABLE
        yield self.DMA_ERR_STATUS
        yield self.DMA_ERR_ADDR_LO
        yield self.DMA_ERR_ADDR_HI
        yield self.TX_RING_BASE_LO
        yield self.TX_RING_BASE_HI
        yield self.TX_RING_SIZE
        yield self.TX_PROD
        yield self.TX_CONS
        yield self.TXCQ_BASE_LO
        yield self.TXCQ_BASE_HI
        yield self.TXCQ_SIZE
        yield self.TXCQ_HEAD
        yield self.TXCQ_TAIL
        yield self.TXCQ_IRQ
        yield self.RXF_BASE_LO
        yield self.RXF_BASE_HI
        yield self.RXF_SIZE
        yield self.RXF_PROD
        yield self.RXF_CONS
        yield self.RX_BUF_SIZE
        yield self.RXCQ_BASE_LO
        yield self.RXCQ_BASE_HI
        yield self.RXCQ_SIZE
        yield self.RXCQ_HEAD
        yield self.RXCQ_TAIL
        yield self.RXCQ_IRQ
        yield self.TX_FRAMES
        yield self.TX_BAD_DESC
        yield self.TX_DMA_ERRORS
        yield self.RX_PDUS_IN
        yield self.RX_NO_BUFFER
        yield self.RX_DMA_ERRORS
        yield self.DOORBELL_ERRORS
        
        
    


vcnic_dma_regs_cls = vcnic_dma_regs_0xec3acb82426fe65af634d5e296044b2a596e319257994be95085a18f172c5ce9_cls

if __name__ == '__main__':
    # dummy functions to demonstrate the class
    async def read_addr_space(addr: int, width: int, accesswidth: int) -> int:
        """
        Callback to simulate the operation of the package, everytime the read is called, it will
        request the user input the value to be read back.

        Args:
            addr: Address to write to
            width: Width of the register in bits
            accesswidth: Minimum access width of the register in bits

        Returns:
            value inputted by the used
        """
        assert isinstance(addr, int)
        assert isinstance(width, int)
        assert isinstance(accesswidth, int)
        return int(input('value to read from address:0x%X'%addr))

    async def write_addr_space(addr: int, width: int, accesswidth: int, data: int) -> None:
        """
        Callback to simulate the operation of the package, everytime the read is called, it will
        request the user input the value to be read back.

        Args:
            addr: Address to write to
            width: Width of the register in bits
            accesswidth: Minimum access width of the register in bits
            data: value to be written to the register

        Returns:
            None
        """
        assert isinstance(addr, int)
        assert isinstance(width, int)
        assert isinstance(accesswidth, int)
        assert isinstance(data, int)
        print('write data:0x%X to address:0x%X'%(data, addr))

    # create an instance of the class
    vcnic_dma_regs = vcnic_dma_regs_cls(callbacks = AsyncCallbackSet(read_callback=read_addr_space,
                                                                                                     write_callback=write_addr_space))