


"""
Python Wrapper for the vcnic_regs register model

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





from ._registers import vcnic_regs_ID_0xccf117d088d439b0639d8b7df9446ec772e84c7700f593a52c04f915e9f44b4c_cls
from ._registers import vcnic_regs_VERSION_0xf2f8b81ae0b8d7d41c6bee61491cb5b782cdd601046c291e7bf5586b5aa1bead_cls
from ._registers import vcnic_regs_CAP_VC_0xe0e6a1f968113430557e1c75fe64321904672aa0283174baa2079b3171165df0_cls
from ._registers import vcnic_regs_CAP_BUF_0x5d722e872b7ca3134ce1cf2c209297ca4eed6432a4e875cb2dbf8ce12781e352_cls
from ._registers import vcnic_regs_CAP_DP_0x3d3fa0ac521c3b38327e5cae4940ea165b3e99981d8486d6c08af7202bbaa010_cls
from ._registers import vcnic_regs_LINK_RATE_0x7b4a16e0543d1883b0730ceb4663a4c7b6d3c2e568ae5af0b170fc0c5ef55d31_cls
from ._registers import vcnic_regs_CTRL_0xc813198be753984aaf8905d8c76e2b63b896f40ed840f21e09eda581ed0f794e_cls
from ._registers import vcnic_regs_STATUS_0x1df3871674e57ca52dbafe859440e5ed726dfe56eb8d2df8ab2ae6a029956224_cls
from ._registers import vcnic_regs_INT_STATUS_0x405ef941086f3045a81a1ec60b06a28c5cc3989099e8d2db810bfac16a83e73b_cls
from ._registers import vcnic_regs_INT_ENABLE_0x78fa7e6e4921df42733f07cc980722a1d44a9272380d6482c63a2e712c7bf838_cls
from ._registers import vcnic_regs_ro32_r_0x8f53d8c9b1da9b6d3c3dd7617e56019afc8af24c0c159a4d1d8d255b2979dcc5_cls
from ._registers import vcnic_regs_ro32_r_0xf54d173028716806dc4363126ebc603ba305631c963549e88af47109773f53e9_cls
from ._registers import vcnic_regs_ro32_r_0xe7a6c86095acfb00b2082f9fb8f2e01ae3b0d7e659b203e3855b7529f705a9b2_cls
from ._registers import vcnic_regs_ro32_r_0x54f97354af938170ec10b201256a9b75a26c7c3c5efcc6839cb3dcfcb94d5fb2_cls
from ._registers import vcnic_regs_ro32_r_0x295c78a9a84542b11dde7e55f373028f4aaae2bd9b4050ed53cbb48f8d141ca6_cls
from ._registers import vcnic_regs_ro32_r_0xe9a661a83475709558368b65c45eb92ed426aa9ebec61023688a31db3b394142_cls
from ._registers import vcnic_regs_ro32_r_0x3a47e605b59461e51cd122b4da3c111b56f4be50e79cef6a61f0faa20c2e3f30_cls
from ._registers import vcnic_regs_ro32_r_0xee96d5ac6caf6a9da3aa18c5288b289b03fbf4ac67c828ad6fd30f0f19cc8778_cls
from ._registers import vcnic_regs_ro32_r_0x7a07d439bd3506af04caa816d8a9ee7e1c2cc99a39941267a720e47076f19fea_cls
from ._registers import vcnic_regs_ro32_r_0xef73a0c2a8c4863689f34627340a05374edf42e329c52382de5301de29a4e8e3_cls
from ._registers import vcnic_regs_ro32_r_0xcf649c120a193fada323ee15977336c3ab7a5988a7f45ace5d3e62112ad88131_cls
from ._registers import vcnic_regs_ro32_r_0xb3f407824b3c73f11df610e1b0ca46764732685df389c6f2939691250dbd683f_cls
from ._registers import vcnic_regs_ro32_r_0x58203cb5e39efc353feff38707169310debe0bf4452de4baed630397fc81a6f0_cls
from ._registers import vcnic_regs_ro32_r_0xb8b5a12c6d69a3e8aab9f8d78328cc834616eaa4baa2fe035ff714b42f111ad1_cls
from ._registers import vcnic_regs_ro32_r_0x7b432f249a432b7ce67f8232ea3c87fea65f962e0c23debcfe0fab0f94fa15bd_cls
from ._registers import vcnic_regs_ro32_r_0x1a6503c6878b7da2006891347a1f49922d3ec33bb70bbdb344323eb8ef39e9bd_cls
from ._registers import vcnic_regs_ro32_r_0x6178eb6b695158dc6700956bb8772ef5022d0252cd64feba26cd3c28c380a34a_cls
from ._registers import vcnic_regs_ro32_r_0xfa2a69f04eb38158002d081b18505fe4acd71522b83ce46999e98cb42e7a53ee_cls
from ._registers import vcnic_regs_VC_SELECT_0x2c9138e241ade3bc21394e855b6e4e552f1cba0471cf96167379b021f989f7b0_cls
from ._registers import vcnic_regs_VC_VPIVCI_0xde4ae90ec42191a888dc31b90ec923a11bccd040749939aad0c8415803c2ad4e_cls
from ._registers import vcnic_regs_VC_PARAM_0xabfd26341947d8bce97c93bcfd1d784e37a937059a3ab9c46d0bcc66088938b7_cls
from ._registers import vcnic_regs_VC_MAX_SDU_0x7ba6364b177af5f785fe0366d2bba07af74a76ad0974c88acfb7a26552fe2bae_cls
from ._registers import vcnic_regs_VC_PCR_INC_0x980804f3ebc4a61f138bcbe4120473418fd9ef8daad9f24e105a1cedfc24255b_cls
from ._registers import vcnic_regs_VC_CMD_0x54510d34acac028db0c267f78643c504a9bb1cdc2763917c372f6978a6c0a854_cls
from ._registers import vcnic_regs_VC_Q_STATE_0x5017a218d7c4728205013c408cb92b3854004972b8e29f0fd53cb059f4e01186_cls
from ._registers import vcnic_regs_VC_Q_VPIVCI_0xb66d7b6074fa192a903de6762b6d595bb523cd6478384ffa38611390c43941c2_cls
from ._registers import vcnic_regs_VC_Q_PARAM_0x23cc48d13b2655961a63249dfcdc9821d33895580379c6f0cb3e586476219c89_cls
from ._registers import vcnic_regs_VC_Q_MAX_SDU_0x942752ed85b766cae50742e1eed899fc50a9ee128a08e3036abffd2afe38fcec_cls
from ._registers import vcnic_regs_ro32_r_0x276c82a310c0520f5ed4cdff6d554e8e69d8476787d72a56766f180605450d7c_cls
from ._registers import vcnic_regs_ro32_r_0x661ee931850d526e797672587773b781c9cc903f231cdb7879394410007b5c46_cls
from ._registers import vcnic_regs_ro32_r_0xe49f26e76066748e85187184baff6f6a5476ba51eae8b43a377a0773ae2e52e3_cls
from ._registers import vcnic_regs_ro32_r_0xf9b52508f89513215748d88539d01d62378930f1f694e829769b5dd2c48192eb_cls
from ._registers import vcnic_regs_ro32_r_0x18da0e3183ee5edd9005242a88cf491d3dbe1d7ee2c5619ae9703b1cf4de8143_cls
from ._registers import vcnic_regs_ro32_r_0x2a0a3256ce0574cec11d8dfcf23afd884990b138b9a9a7968b90331e4ec910d7_cls
from ._registers import vcnic_regs_ro32_r_0x86db654dc96dcd2609b647dcee24ae592eaf8f4445578cac61fb86565b37b3_cls
from ._registers import vcnic_regs_ro32_r_0x26e30cee949af75486387260f3af003b7de006bb9196cc1adbe04865f5f55e6c_cls
from ._registers import vcnic_regs_ro32_r_0x10b7648c08266f6ba9789d81f4c61be5be34331b8efd991108293301fd1b0647_cls
from ._registers import vcnic_regs_ro32_r_0xea60860f664676d9a431f52b7e310a2653b7f82f33a0ccf390331f738bc2f59b_cls
from ._registers import vcnic_regs_ro32_r_0xdf07db43e7bf9226fe7a9614d465c82ebc0a09239b78c875a0aa3955f9c11e04_cls
from ._registers import vcnic_regs_ro32_r_0xade20434c213c26aaf64d1552de4e7dff9429329e4e588a77b4bd0ba652dc076_cls
from ._registers import vcnic_regs_ro32_r_0xf60d242aee7ebd385b82aeb3dad21cdb55e4d5edb720fe8912c96a3fc9a225b2_cls
from ._registers import vcnic_regs_ro32_r_0x5b24a8e21038c70cb8c0d262f33a5ae4038ad677f3e2f8b86f4022e40e00dd9c_cls
from ._registers import vcnic_regs_ro32_r_0x936b2b34e065727ca0fe6dbab3859575ac679cebf83ac30fa698b5905e59a85e_cls


# addrmap, regfile, memor and register definitions
    
    
class vcnic_regs_0x82090f44ce1e3f3b5b1f69ebe896bfd165fa8acbda59e837dbc94b24ec4b71ad_cls(AsyncAddressMap):
    """
    Class to represent a address map in the register model

    +--------------+-------------------------------------------------------------------------+
    | SystemRDL    | Value                                                                   |
    | Field        |                                                                         |
    +==============+=========================================================================+
    | Name         | .. raw:: html                                                           |
    |              |                                                                         |
    |              |      vcnic SAR core registers                                           |
    +--------------+-------------------------------------------------------------------------+
    | Description  | .. raw:: html                                                           |
    |              |                                                                         |
    |              |      <p>Register map of the vcnic per-VC AAL5 SAR core (AXI4-Lite       |
    |              |      slave).</p>                                                        |
    +--------------+-------------------------------------------------------------------------+
    """

    __slots__ : list[str] = ['__ID', '__VERSION', '__CAP_VC', '__CAP_BUF', '__CAP_DP', '__LINK_RATE', '__CTRL', '__STATUS', '__INT_STATUS', '__INT_ENABLE', '__CELLS_TX', '__CELLS_RX', '__HEC_CORRECTED', '__HEC_DISCARDED', '__UNKNOWN_VC', '__PDUS_TX', '__PDUS_RX', '__CRC_ERRORS', '__LEN_ERRORS', '__OVERSIZE', '__NO_BUFFER', '__RX_ABORTED', '__TX_ABORTED', '__TX_DROPPED', '__BYTES_TX_LO', '__BYTES_TX_HI', '__BYTES_RX_LO', '__BYTES_RX_HI', '__VC_SELECT', '__VC_VPIVCI', '__VC_PARAM', '__VC_MAX_SDU', '__VC_PCR_INC', '__VC_CMD', '__VC_Q_STATE', '__VC_Q_VPIVCI', '__VC_Q_PARAM', '__VC_Q_MAX_SDU', '__VC_Q_INC', '__VC_TX_CELLS', '__VC_TX_PDUS', '__VC_TX_BYTES_LO', '__VC_TX_BYTES_HI', '__VC_TX_ABORTED', '__VC_TX_DROPPED', '__VC_RX_CELLS', '__VC_RX_PDUS', '__VC_RX_BYTES_LO', '__VC_RX_BYTES_HI', '__VC_RX_CRC', '__VC_RX_LENGTH', '__VC_RX_OVERSIZE', '__VC_RX_NO_BUFFER', '__VC_RX_ABORTED']

    def __init__(self, *,
                 address:int=0,
                 logger_handle:str='reg_model.vcnic_regs',
                 inst_name:str='vcnic_regs',
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

        
            
        self.__ID:vcnic_regs_ID_0xccf117d088d439b0639d8b7df9446ec772e84c7700f593a52c04f915e9f44b4c_cls = vcnic_regs_ID_0xccf117d088d439b0639d8b7df9446ec772e84c7700f593a52c04f915e9f44b4c_cls(
                                                                     address=self.address+0,
                                                                     logger_handle=logger_handle+'.ID',
                                                                     inst_name='ID', parent=self)
        
            
        self.__VERSION:vcnic_regs_VERSION_0xf2f8b81ae0b8d7d41c6bee61491cb5b782cdd601046c291e7bf5586b5aa1bead_cls = vcnic_regs_VERSION_0xf2f8b81ae0b8d7d41c6bee61491cb5b782cdd601046c291e7bf5586b5aa1bead_cls(
                                                                     address=self.address+4,
                                                                     logger_handle=logger_handle+'.VERSION',
                                                                     inst_name='VERSION', parent=self)
        
            
        self.__CAP_VC:vcnic_regs_CAP_VC_0xe0e6a1f968113430557e1c75fe64321904672aa0283174baa2079b3171165df0_cls = vcnic_regs_CAP_VC_0xe0e6a1f968113430557e1c75fe64321904672aa0283174baa2079b3171165df0_cls(
                                                                     address=self.address+8,
                                                                     logger_handle=logger_handle+'.CAP_VC',
                                                                     inst_name='CAP_VC', parent=self)
        
            
        self.__CAP_BUF:vcnic_regs_CAP_BUF_0x5d722e872b7ca3134ce1cf2c209297ca4eed6432a4e875cb2dbf8ce12781e352_cls = vcnic_regs_CAP_BUF_0x5d722e872b7ca3134ce1cf2c209297ca4eed6432a4e875cb2dbf8ce12781e352_cls(
                                                                     address=self.address+12,
                                                                     logger_handle=logger_handle+'.CAP_BUF',
                                                                     inst_name='CAP_BUF', parent=self)
        
            
        self.__CAP_DP:vcnic_regs_CAP_DP_0x3d3fa0ac521c3b38327e5cae4940ea165b3e99981d8486d6c08af7202bbaa010_cls = vcnic_regs_CAP_DP_0x3d3fa0ac521c3b38327e5cae4940ea165b3e99981d8486d6c08af7202bbaa010_cls(
                                                                     address=self.address+16,
                                                                     logger_handle=logger_handle+'.CAP_DP',
                                                                     inst_name='CAP_DP', parent=self)
        
            
        self.__LINK_RATE:vcnic_regs_LINK_RATE_0x7b4a16e0543d1883b0730ceb4663a4c7b6d3c2e568ae5af0b170fc0c5ef55d31_cls = vcnic_regs_LINK_RATE_0x7b4a16e0543d1883b0730ceb4663a4c7b6d3c2e568ae5af0b170fc0c5ef55d31_cls(
                                                                     address=self.address+20,
                                                                     logger_handle=logger_handle+'.LINK_RATE',
                                                                     inst_name='LINK_RATE', parent=self)
        
            
        self.__CTRL:vcnic_regs_CTRL_0xc813198be753984aaf8905d8c76e2b63b896f40ed840f21e09eda581ed0f794e_cls = vcnic_regs_CTRL_0xc813198be753984aaf8905d8c76e2b63b896f40ed840f21e09eda581ed0f794e_cls(
                                                                     address=self.address+32,
                                                                     logger_handle=logger_handle+'.CTRL',
                                                                     inst_name='CTRL', parent=self)
        
            
        self.__STATUS:vcnic_regs_STATUS_0x1df3871674e57ca52dbafe859440e5ed726dfe56eb8d2df8ab2ae6a029956224_cls = vcnic_regs_STATUS_0x1df3871674e57ca52dbafe859440e5ed726dfe56eb8d2df8ab2ae6a029956224_cls(
                                                                     address=self.address+36,
                                                                     logger_handle=logger_handle+'.STATUS',
                                                                     inst_name='STATUS', parent=self)
        
            
        self.__INT_STATUS:vcnic_regs_INT_STATUS_0x405ef941086f3045a81a1ec60b06a28c5cc3989099e8d2db810bfac16a83e73b_cls = vcnic_regs_INT_STATUS_0x405ef941086f3045a81a1ec60b06a28c5cc3989099e8d2db810bfac16a83e73b_cls(
                                                                     address=self.address+40,
                                                                     logger_handle=logger_handle+'.INT_STATUS',
                                                                     inst_name='INT_STATUS', parent=self)
        
            
        self.__INT_ENABLE:vcnic_regs_INT_ENABLE_0x78fa7e6e4921df42733f07cc980722a1d44a9272380d6482c63a2e712c7bf838_cls = vcnic_regs_INT_ENABLE_0x78fa7e6e4921df42733f07cc980722a1d44a9272380d6482c63a2e712c7bf838_cls(
                                                                     address=self.address+44,
                                                                     logger_handle=logger_handle+'.INT_ENABLE',
                                                                     inst_name='INT_ENABLE', parent=self)
        
            
        self.__CELLS_TX:vcnic_regs_ro32_r_0x8f53d8c9b1da9b6d3c3dd7617e56019afc8af24c0c159a4d1d8d255b2979dcc5_cls = vcnic_regs_ro32_r_0x8f53d8c9b1da9b6d3c3dd7617e56019afc8af24c0c159a4d1d8d255b2979dcc5_cls(
                                                                     address=self.address+64,
                                                                     logger_handle=logger_handle+'.CELLS_TX',
                                                                     inst_name='CELLS_TX', parent=self)
        
            
        self.__CELLS_RX:vcnic_regs_ro32_r_0xf54d173028716806dc4363126ebc603ba305631c963549e88af47109773f53e9_cls = vcnic_regs_ro32_r_0xf54d173028716806dc4363126ebc603ba305631c963549e88af47109773f53e9_cls(
                                                                     address=self.address+68,
                                                                     logger_handle=logger_handle+'.CELLS_RX',
                                                                     inst_name='CELLS_RX', parent=self)
        
            
        self.__HEC_CORRECTED:vcnic_regs_ro32_r_0xe7a6c86095acfb00b2082f9fb8f2e01ae3b0d7e659b203e3855b7529f705a9b2_cls = vcnic_regs_ro32_r_0xe7a6c86095acfb00b2082f9fb8f2e01ae3b0d7e659b203e3855b7529f705a9b2_cls(
                                                                     address=self.address+72,
                                                                     logger_handle=logger_handle+'.HEC_CORRECTED',
                                                                     inst_name='HEC_CORRECTED', parent=self)
        
            
        self.__HEC_DISCARDED:vcnic_regs_ro32_r_0x54f97354af938170ec10b201256a9b75a26c7c3c5efcc6839cb3dcfcb94d5fb2_cls = vcnic_regs_ro32_r_0x54f97354af938170ec10b201256a9b75a26c7c3c5efcc6839cb3dcfcb94d5fb2_cls(
                                                                     address=self.address+76,
                                                                     logger_handle=logger_handle+'.HEC_DISCARDED',
                                                                     inst_name='HEC_DISCARDED', parent=self)
        
            
        self.__UNKNOWN_VC:vcnic_regs_ro32_r_0x295c78a9a84542b11dde7e55f373028f4aaae2bd9b4050ed53cbb48f8d141ca6_cls = vcnic_regs_ro32_r_0x295c78a9a84542b11dde7e55f373028f4aaae2bd9b4050ed53cbb48f8d141ca6_cls(
                                                                     address=self.address+80,
                                                                     logger_handle=logger_handle+'.UNKNOWN_VC',
                                                                     inst_name='UNKNOWN_VC', parent=self)
        
            
        self.__PDUS_TX:vcnic_regs_ro32_r_0xe9a661a83475709558368b65c45eb92ed426aa9ebec61023688a31db3b394142_cls = vcnic_regs_ro32_r_0xe9a661a83475709558368b65c45eb92ed426aa9ebec61023688a31db3b394142_cls(
                                                                     address=self.address+84,
                                                                     logger_handle=logger_handle+'.PDUS_TX',
                                                                     inst_name='PDUS_TX', parent=self)
        
            
        self.__PDUS_RX:vcnic_regs_ro32_r_0x3a47e605b59461e51cd122b4da3c111b56f4be50e79cef6a61f0faa20c2e3f30_cls = vcnic_regs_ro32_r_0x3a47e605b59461e51cd122b4da3c111b56f4be50e79cef6a61f0faa20c2e3f30_cls(
                                                                     address=self.address+88,
                                                                     logger_handle=logger_handle+'.PDUS_RX',
                                                                     inst_name='PDUS_RX', parent=self)
        
            
        self.__CRC_ERRORS:vcnic_regs_ro32_r_0xee96d5ac6caf6a9da3aa18c5288b289b03fbf4ac67c828ad6fd30f0f19cc8778_cls = vcnic_regs_ro32_r_0xee96d5ac6caf6a9da3aa18c5288b289b03fbf4ac67c828ad6fd30f0f19cc8778_cls(
                                                                     address=self.address+92,
                                                                     logger_handle=logger_handle+'.CRC_ERRORS',
                                                                     inst_name='CRC_ERRORS', parent=self)
        
            
        self.__LEN_ERRORS:vcnic_regs_ro32_r_0x7a07d439bd3506af04caa816d8a9ee7e1c2cc99a39941267a720e47076f19fea_cls = vcnic_regs_ro32_r_0x7a07d439bd3506af04caa816d8a9ee7e1c2cc99a39941267a720e47076f19fea_cls(
                                                                     address=self.address+96,
                                                                     logger_handle=logger_handle+'.LEN_ERRORS',
                                                                     inst_name='LEN_ERRORS', parent=self)
        
            
        self.__OVERSIZE:vcnic_regs_ro32_r_0xef73a0c2a8c4863689f34627340a05374edf42e329c52382de5301de29a4e8e3_cls = vcnic_regs_ro32_r_0xef73a0c2a8c4863689f34627340a05374edf42e329c52382de5301de29a4e8e3_cls(
                                                                     address=self.address+100,
                                                                     logger_handle=logger_handle+'.OVERSIZE',
                                                                     inst_name='OVERSIZE', parent=self)
        
            
        self.__NO_BUFFER:vcnic_regs_ro32_r_0xcf649c120a193fada323ee15977336c3ab7a5988a7f45ace5d3e62112ad88131_cls = vcnic_regs_ro32_r_0xcf649c120a193fada323ee15977336c3ab7a5988a7f45ace5d3e62112ad88131_cls(
                                                                     address=self.address+104,
                                                                     logger_handle=logger_handle+'.NO_BUFFER',
                                                                     inst_name='NO_BUFFER', parent=self)
        
            
        self.__RX_ABORTED:vcnic_regs_ro32_r_0xb3f407824b3c73f11df610e1b0ca46764732685df389c6f2939691250dbd683f_cls = vcnic_regs_ro32_r_0xb3f407824b3c73f11df610e1b0ca46764732685df389c6f2939691250dbd683f_cls(
                                                                     address=self.address+108,
                                                                     logger_handle=logger_handle+'.RX_ABORTED',
                                                                     inst_name='RX_ABORTED', parent=self)
        
            
        self.__TX_ABORTED:vcnic_regs_ro32_r_0x58203cb5e39efc353feff38707169310debe0bf4452de4baed630397fc81a6f0_cls = vcnic_regs_ro32_r_0x58203cb5e39efc353feff38707169310debe0bf4452de4baed630397fc81a6f0_cls(
                                                                     address=self.address+112,
                                                                     logger_handle=logger_handle+'.TX_ABORTED',
                                                                     inst_name='TX_ABORTED', parent=self)
        
            
        self.__TX_DROPPED:vcnic_regs_ro32_r_0xb8b5a12c6d69a3e8aab9f8d78328cc834616eaa4baa2fe035ff714b42f111ad1_cls = vcnic_regs_ro32_r_0xb8b5a12c6d69a3e8aab9f8d78328cc834616eaa4baa2fe035ff714b42f111ad1_cls(
                                                                     address=self.address+116,
                                                                     logger_handle=logger_handle+'.TX_DROPPED',
                                                                     inst_name='TX_DROPPED', parent=self)
        
            
        self.__BYTES_TX_LO:vcnic_regs_ro32_r_0x7b432f249a432b7ce67f8232ea3c87fea65f962e0c23debcfe0fab0f94fa15bd_cls = vcnic_regs_ro32_r_0x7b432f249a432b7ce67f8232ea3c87fea65f962e0c23debcfe0fab0f94fa15bd_cls(
                                                                     address=self.address+120,
                                                                     logger_handle=logger_handle+'.BYTES_TX_LO',
                                                                     inst_name='BYTES_TX_LO', parent=self)
        
            
        self.__BYTES_TX_HI:vcnic_regs_ro32_r_0x1a6503c6878b7da2006891347a1f49922d3ec33bb70bbdb344323eb8ef39e9bd_cls = vcnic_regs_ro32_r_0x1a6503c6878b7da2006891347a1f49922d3ec33bb70bbdb344323eb8ef39e9bd_cls(
                                                                     address=self.address+124,
                                                                     logger_handle=logger_handle+'.BYTES_TX_HI',
                                                                     inst_name='BYTES_TX_HI', parent=self)
        
            
        self.__BYTES_RX_LO:vcnic_regs_ro32_r_0x6178eb6b695158dc6700956bb8772ef5022d0252cd64feba26cd3c28c380a34a_cls = vcnic_regs_ro32_r_0x6178eb6b695158dc6700956bb8772ef5022d0252cd64feba26cd3c28c380a34a_cls(
                                                                     address=self.address+128,
                                                                     logger_handle=logger_handle+'.BYTES_RX_LO',
                                                                     inst_name='BYTES_RX_LO', parent=self)
        
            
        self.__BYTES_RX_HI:vcnic_regs_ro32_r_0xfa2a69f04eb38158002d081b18505fe4acd71522b83ce46999e98cb42e7a53ee_cls = vcnic_regs_ro32_r_0xfa2a69f04eb38158002d081b18505fe4acd71522b83ce46999e98cb42e7a53ee_cls(
                                                                     address=self.address+132,
                                                                     logger_handle=logger_handle+'.BYTES_RX_HI',
                                                                     inst_name='BYTES_RX_HI', parent=self)
        
            
        self.__VC_SELECT:vcnic_regs_VC_SELECT_0x2c9138e241ade3bc21394e855b6e4e552f1cba0471cf96167379b021f989f7b0_cls = vcnic_regs_VC_SELECT_0x2c9138e241ade3bc21394e855b6e4e552f1cba0471cf96167379b021f989f7b0_cls(
                                                                     address=self.address+256,
                                                                     logger_handle=logger_handle+'.VC_SELECT',
                                                                     inst_name='VC_SELECT', parent=self)
        
            
        self.__VC_VPIVCI:vcnic_regs_VC_VPIVCI_0xde4ae90ec42191a888dc31b90ec923a11bccd040749939aad0c8415803c2ad4e_cls = vcnic_regs_VC_VPIVCI_0xde4ae90ec42191a888dc31b90ec923a11bccd040749939aad0c8415803c2ad4e_cls(
                                                                     address=self.address+260,
                                                                     logger_handle=logger_handle+'.VC_VPIVCI',
                                                                     inst_name='VC_VPIVCI', parent=self)
        
            
        self.__VC_PARAM:vcnic_regs_VC_PARAM_0xabfd26341947d8bce97c93bcfd1d784e37a937059a3ab9c46d0bcc66088938b7_cls = vcnic_regs_VC_PARAM_0xabfd26341947d8bce97c93bcfd1d784e37a937059a3ab9c46d0bcc66088938b7_cls(
                                                                     address=self.address+264,
                                                                     logger_handle=logger_handle+'.VC_PARAM',
                                                                     inst_name='VC_PARAM', parent=self)
        
            
        self.__VC_MAX_SDU:vcnic_regs_VC_MAX_SDU_0x7ba6364b177af5f785fe0366d2bba07af74a76ad0974c88acfb7a26552fe2bae_cls = vcnic_regs_VC_MAX_SDU_0x7ba6364b177af5f785fe0366d2bba07af74a76ad0974c88acfb7a26552fe2bae_cls(
                                                                     address=self.address+268,
                                                                     logger_handle=logger_handle+'.VC_MAX_SDU',
                                                                     inst_name='VC_MAX_SDU', parent=self)
        
            
        self.__VC_PCR_INC:vcnic_regs_VC_PCR_INC_0x980804f3ebc4a61f138bcbe4120473418fd9ef8daad9f24e105a1cedfc24255b_cls = vcnic_regs_VC_PCR_INC_0x980804f3ebc4a61f138bcbe4120473418fd9ef8daad9f24e105a1cedfc24255b_cls(
                                                                     address=self.address+272,
                                                                     logger_handle=logger_handle+'.VC_PCR_INC',
                                                                     inst_name='VC_PCR_INC', parent=self)
        
            
        self.__VC_CMD:vcnic_regs_VC_CMD_0x54510d34acac028db0c267f78643c504a9bb1cdc2763917c372f6978a6c0a854_cls = vcnic_regs_VC_CMD_0x54510d34acac028db0c267f78643c504a9bb1cdc2763917c372f6978a6c0a854_cls(
                                                                     address=self.address+276,
                                                                     logger_handle=logger_handle+'.VC_CMD',
                                                                     inst_name='VC_CMD', parent=self)
        
            
        self.__VC_Q_STATE:vcnic_regs_VC_Q_STATE_0x5017a218d7c4728205013c408cb92b3854004972b8e29f0fd53cb059f4e01186_cls = vcnic_regs_VC_Q_STATE_0x5017a218d7c4728205013c408cb92b3854004972b8e29f0fd53cb059f4e01186_cls(
                                                                     address=self.address+280,
                                                                     logger_handle=logger_handle+'.VC_Q_STATE',
                                                                     inst_name='VC_Q_STATE', parent=self)
        
            
        self.__VC_Q_VPIVCI:vcnic_regs_VC_Q_VPIVCI_0xb66d7b6074fa192a903de6762b6d595bb523cd6478384ffa38611390c43941c2_cls = vcnic_regs_VC_Q_VPIVCI_0xb66d7b6074fa192a903de6762b6d595bb523cd6478384ffa38611390c43941c2_cls(
                                                                     address=self.address+284,
                                                                     logger_handle=logger_handle+'.VC_Q_VPIVCI',
                                                                     inst_name='VC_Q_VPIVCI', parent=self)
        
            
        self.__VC_Q_PARAM:vcnic_regs_VC_Q_PARAM_0x23cc48d13b2655961a63249dfcdc9821d33895580379c6f0cb3e586476219c89_cls = vcnic_regs_VC_Q_PARAM_0x23cc48d13b2655961a63249dfcdc9821d33895580379c6f0cb3e586476219c89_cls(
                                                                     address=self.address+288,
                                                                     logger_handle=logger_handle+'.VC_Q_PARAM',
                                                                     inst_name='VC_Q_PARAM', parent=self)
        
            
        self.__VC_Q_MAX_SDU:vcnic_regs_VC_Q_MAX_SDU_0x942752ed85b766cae50742e1eed899fc50a9ee128a08e3036abffd2afe38fcec_cls = vcnic_regs_VC_Q_MAX_SDU_0x942752ed85b766cae50742e1eed899fc50a9ee128a08e3036abffd2afe38fcec_cls(
                                                                     address=self.address+292,
                                                                     logger_handle=logger_handle+'.VC_Q_MAX_SDU',
                                                                     inst_name='VC_Q_MAX_SDU', parent=self)
        
            
        self.__VC_Q_INC:vcnic_regs_ro32_r_0x276c82a310c0520f5ed4cdff6d554e8e69d8476787d72a56766f180605450d7c_cls = vcnic_regs_ro32_r_0x276c82a310c0520f5ed4cdff6d554e8e69d8476787d72a56766f180605450d7c_cls(
                                                                     address=self.address+296,
                                                                     logger_handle=logger_handle+'.VC_Q_INC',
                                                                     inst_name='VC_Q_INC', parent=self)
        
            
        self.__VC_TX_CELLS:vcnic_regs_ro32_r_0x661ee931850d526e797672587773b781c9cc903f231cdb7879394410007b5c46_cls = vcnic_regs_ro32_r_0x661ee931850d526e797672587773b781c9cc903f231cdb7879394410007b5c46_cls(
                                                                     address=self.address+320,
                                                                     logger_handle=logger_handle+'.VC_TX_CELLS',
                                                                     inst_name='VC_TX_CELLS', parent=self)
        
            
        self.__VC_TX_PDUS:vcnic_regs_ro32_r_0xe49f26e76066748e85187184baff6f6a5476ba51eae8b43a377a0773ae2e52e3_cls = vcnic_regs_ro32_r_0xe49f26e76066748e85187184baff6f6a5476ba51eae8b43a377a0773ae2e52e3_cls(
                                                                     address=self.address+324,
                                                                     logger_handle=logger_handle+'.VC_TX_PDUS',
                                                                     inst_name='VC_TX_PDUS', parent=self)
        
            
        self.__VC_TX_BYTES_LO:vcnic_regs_ro32_r_0xf9b52508f89513215748d88539d01d62378930f1f694e829769b5dd2c48192eb_cls = vcnic_regs_ro32_r_0xf9b52508f89513215748d88539d01d62378930f1f694e829769b5dd2c48192eb_cls(
                                                                     address=self.address+328,
                                                                     logger_handle=logger_handle+'.VC_TX_BYTES_LO',
                                                                     inst_name='VC_TX_BYTES_LO', parent=self)
        
            
        self.__VC_TX_BYTES_HI:vcnic_regs_ro32_r_0x18da0e3183ee5edd9005242a88cf491d3dbe1d7ee2c5619ae9703b1cf4de8143_cls = vcnic_regs_ro32_r_0x18da0e3183ee5edd9005242a88cf491d3dbe1d7ee2c5619ae9703b1cf4de8143_cls(
                                                                     address=self.address+332,
                                                                     logger_handle=logger_handle+'.VC_TX_BYTES_HI',
                                                                     inst_name='VC_TX_BYTES_HI', parent=self)
        
            
        self.__VC_TX_ABORTED:vcnic_regs_ro32_r_0x2a0a3256ce0574cec11d8dfcf23afd884990b138b9a9a7968b90331e4ec910d7_cls = vcnic_regs_ro32_r_0x2a0a3256ce0574cec11d8dfcf23afd884990b138b9a9a7968b90331e4ec910d7_cls(
                                                                     address=self.address+336,
                                                                     logger_handle=logger_handle+'.VC_TX_ABORTED',
                                                                     inst_name='VC_TX_ABORTED', parent=self)
        
            
        self.__VC_TX_DROPPED:vcnic_regs_ro32_r_0x86db654dc96dcd2609b647dcee24ae592eaf8f4445578cac61fb86565b37b3_cls = vcnic_regs_ro32_r_0x86db654dc96dcd2609b647dcee24ae592eaf8f4445578cac61fb86565b37b3_cls(
                                                                     address=self.address+340,
                                                                     logger_handle=logger_handle+'.VC_TX_DROPPED',
                                                                     inst_name='VC_TX_DROPPED', parent=self)
        
            
        self.__VC_RX_CELLS:vcnic_regs_ro32_r_0x26e30cee949af75486387260f3af003b7de006bb9196cc1adbe04865f5f55e6c_cls = vcnic_regs_ro32_r_0x26e30cee949af75486387260f3af003b7de006bb9196cc1adbe04865f5f55e6c_cls(
                                                                     address=self.address+352,
                                                                     logger_handle=logger_handle+'.VC_RX_CELLS',
                                                                     inst_name='VC_RX_CELLS', parent=self)
        
            
        self.__VC_RX_PDUS:vcnic_regs_ro32_r_0x10b7648c08266f6ba9789d81f4c61be5be34331b8efd991108293301fd1b0647_cls = vcnic_regs_ro32_r_0x10b7648c08266f6ba9789d81f4c61be5be34331b8efd991108293301fd1b0647_cls(
                                                                     address=self.address+356,
                                                                     logger_handle=logger_handle+'.VC_RX_PDUS',
                                                                     inst_name='VC_RX_PDUS', parent=self)
        
            
        self.__VC_RX_BYTES_LO:vcnic_regs_ro32_r_0xea60860f664676d9a431f52b7e310a2653b7f82f33a0ccf390331f738bc2f59b_cls = vcnic_regs_ro32_r_0xea60860f664676d9a431f52b7e310a2653b7f82f33a0ccf390331f738bc2f59b_cls(
                                                                     address=self.address+360,
                                                                     logger_handle=logger_handle+'.VC_RX_BYTES_LO',
                                                                     inst_name='VC_RX_BYTES_LO', parent=self)
        
            
        self.__VC_RX_BYTES_HI:vcnic_regs_ro32_r_0xdf07db43e7bf9226fe7a9614d465c82ebc0a09239b78c875a0aa3955f9c11e04_cls = vcnic_regs_ro32_r_0xdf07db43e7bf9226fe7a9614d465c82ebc0a09239b78c875a0aa3955f9c11e04_cls(
                                                                     address=self.address+364,
                                                                     logger_handle=logger_handle+'.VC_RX_BYTES_HI',
                                                                     inst_name='VC_RX_BYTES_HI', parent=self)
        
            
        self.__VC_RX_CRC:vcnic_regs_ro32_r_0xade20434c213c26aaf64d1552de4e7dff9429329e4e588a77b4bd0ba652dc076_cls = vcnic_regs_ro32_r_0xade20434c213c26aaf64d1552de4e7dff9429329e4e588a77b4bd0ba652dc076_cls(
                                                                     address=self.address+368,
                                                                     logger_handle=logger_handle+'.VC_RX_CRC',
                                                                     inst_name='VC_RX_CRC', parent=self)
        
            
        self.__VC_RX_LENGTH:vcnic_regs_ro32_r_0xf60d242aee7ebd385b82aeb3dad21cdb55e4d5edb720fe8912c96a3fc9a225b2_cls = vcnic_regs_ro32_r_0xf60d242aee7ebd385b82aeb3dad21cdb55e4d5edb720fe8912c96a3fc9a225b2_cls(
                                                                     address=self.address+372,
                                                                     logger_handle=logger_handle+'.VC_RX_LENGTH',
                                                                     inst_name='VC_RX_LENGTH', parent=self)
        
            
        self.__VC_RX_OVERSIZE:vcnic_regs_ro32_r_0x5b24a8e21038c70cb8c0d262f33a5ae4038ad677f3e2f8b86f4022e40e00dd9c_cls = vcnic_regs_ro32_r_0x5b24a8e21038c70cb8c0d262f33a5ae4038ad677f3e2f8b86f4022e40e00dd9c_cls(
                                                                     address=self.address+376,
                                                                     logger_handle=logger_handle+'.VC_RX_OVERSIZE',
                                                                     inst_name='VC_RX_OVERSIZE', parent=self)
        
            
        self.__VC_RX_NO_BUFFER:vcnic_regs_ro32_r_0x936b2b34e065727ca0fe6dbab3859575ac679cebf83ac30fa698b5905e59a85e_cls = vcnic_regs_ro32_r_0x936b2b34e065727ca0fe6dbab3859575ac679cebf83ac30fa698b5905e59a85e_cls(
                                                                     address=self.address+380,
                                                                     logger_handle=logger_handle+'.VC_RX_NO_BUFFER',
                                                                     inst_name='VC_RX_NO_BUFFER', parent=self)
        
            
        self.__VC_RX_ABORTED:vcnic_regs_ro32_r_0xb3f407824b3c73f11df610e1b0ca46764732685df389c6f2939691250dbd683f_cls = vcnic_regs_ro32_r_0xb3f407824b3c73f11df610e1b0ca46764732685df389c6f2939691250dbd683f_cls(
                                                                     address=self.address+384,
                                                                     logger_handle=logger_handle+'.VC_RX_ABORTED',
                                                                     inst_name='VC_RX_ABORTED', parent=self)
        

    @property
    def size(self) -> int:
        return 388
    @property
    def ID(self) -> 'vcnic_regs_ID_0xccf117d088d439b0639d8b7df9446ec772e84c7700f593a52c04f915e9f44b4c_cls':
        """
        Property to access ID 

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
        return self.__ID
        
    @property
    def VERSION(self) -> 'vcnic_regs_VERSION_0xf2f8b81ae0b8d7d41c6bee61491cb5b782cdd601046c291e7bf5586b5aa1bead_cls':
        """
        Property to access VERSION 

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
        return self.__VERSION
        
    @property
    def CAP_VC(self) -> 'vcnic_regs_CAP_VC_0xe0e6a1f968113430557e1c75fe64321904672aa0283174baa2079b3171165df0_cls':
        """
        Property to access CAP_VC 

        +--------------+-------------------------------------------------------------------------+
        | SystemRDL    | Value                                                                   |
        | Field        |                                                                         |
        +==============+=========================================================================+
        | Name         | .. raw:: html                                                           |
        |              |                                                                         |
        |              |      Capabilities: VCs                                                  |
        +--------------+-------------------------------------------------------------------------+
        """
        return self.__CAP_VC
        
    @property
    def CAP_BUF(self) -> 'vcnic_regs_CAP_BUF_0x5d722e872b7ca3134ce1cf2c209297ca4eed6432a4e875cb2dbf8ce12781e352_cls':
        """
        Property to access CAP_BUF 

        +--------------+-------------------------------------------------------------------------+
        | SystemRDL    | Value                                                                   |
        | Field        |                                                                         |
        +==============+=========================================================================+
        | Name         | .. raw:: html                                                           |
        |              |                                                                         |
        |              |      Capabilities: buffers                                              |
        +--------------+-------------------------------------------------------------------------+
        """
        return self.__CAP_BUF
        
    @property
    def CAP_DP(self) -> 'vcnic_regs_CAP_DP_0x3d3fa0ac521c3b38327e5cae4940ea165b3e99981d8486d6c08af7202bbaa010_cls':
        """
        Property to access CAP_DP 

        +--------------+-------------------------------------------------------------------------+
        | SystemRDL    | Value                                                                   |
        | Field        |                                                                         |
        +==============+=========================================================================+
        | Name         | .. raw:: html                                                           |
        |              |                                                                         |
        |              |      Capabilities: datapath                                             |
        +--------------+-------------------------------------------------------------------------+
        """
        return self.__CAP_DP
        
    @property
    def LINK_RATE(self) -> 'vcnic_regs_LINK_RATE_0x7b4a16e0543d1883b0730ceb4663a4c7b6d3c2e568ae5af0b170fc0c5ef55d31_cls':
        """
        Property to access LINK_RATE 

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
        return self.__LINK_RATE
        
    @property
    def CTRL(self) -> 'vcnic_regs_CTRL_0xc813198be753984aaf8905d8c76e2b63b896f40ed840f21e09eda581ed0f794e_cls':
        """
        Property to access CTRL 

        +--------------+-------------------------------------------------------------------------+
        | SystemRDL    | Value                                                                   |
        | Field        |                                                                         |
        +==============+=========================================================================+
        | Name         | .. raw:: html                                                           |
        |              |                                                                         |
        |              |      Control                                                            |
        +--------------+-------------------------------------------------------------------------+
        """
        return self.__CTRL
        
    @property
    def STATUS(self) -> 'vcnic_regs_STATUS_0x1df3871674e57ca52dbafe859440e5ed726dfe56eb8d2df8ab2ae6a029956224_cls':
        """
        Property to access STATUS 

        +--------------+-------------------------------------------------------------------------+
        | SystemRDL    | Value                                                                   |
        | Field        |                                                                         |
        +==============+=========================================================================+
        | Name         | .. raw:: html                                                           |
        |              |                                                                         |
        |              |      Status                                                             |
        +--------------+-------------------------------------------------------------------------+
        """
        return self.__STATUS
        
    @property
    def INT_STATUS(self) -> 'vcnic_regs_INT_STATUS_0x405ef941086f3045a81a1ec60b06a28c5cc3989099e8d2db810bfac16a83e73b_cls':
        """
        Property to access INT_STATUS 

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
        return self.__INT_STATUS
        
    @property
    def INT_ENABLE(self) -> 'vcnic_regs_INT_ENABLE_0x78fa7e6e4921df42733f07cc980722a1d44a9272380d6482c63a2e712c7bf838_cls':
        """
        Property to access INT_ENABLE 

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
        return self.__INT_ENABLE
        
    @property
    def CELLS_TX(self) -> 'vcnic_regs_ro32_r_0x8f53d8c9b1da9b6d3c3dd7617e56019afc8af24c0c159a4d1d8d255b2979dcc5_cls':
        """
        Property to access CELLS_TX 

        
        """
        return self.__CELLS_TX
        
    @property
    def CELLS_RX(self) -> 'vcnic_regs_ro32_r_0xf54d173028716806dc4363126ebc603ba305631c963549e88af47109773f53e9_cls':
        """
        Property to access CELLS_RX 

        
        """
        return self.__CELLS_RX
        
    @property
    def HEC_CORRECTED(self) -> 'vcnic_regs_ro32_r_0xe7a6c86095acfb00b2082f9fb8f2e01ae3b0d7e659b203e3855b7529f705a9b2_cls':
        """
        Property to access HEC_CORRECTED 

        
        """
        return self.__HEC_CORRECTED
        
    @property
    def HEC_DISCARDED(self) -> 'vcnic_regs_ro32_r_0x54f97354af938170ec10b201256a9b75a26c7c3c5efcc6839cb3dcfcb94d5fb2_cls':
        """
        Property to access HEC_DISCARDED 

        
        """
        return self.__HEC_DISCARDED
        
    @property
    def UNKNOWN_VC(self) -> 'vcnic_regs_ro32_r_0x295c78a9a84542b11dde7e55f373028f4aaae2bd9b4050ed53cbb48f8d141ca6_cls':
        """
        Property to access UNKNOWN_VC 

        
        """
        return self.__UNKNOWN_VC
        
    @property
    def PDUS_TX(self) -> 'vcnic_regs_ro32_r_0xe9a661a83475709558368b65c45eb92ed426aa9ebec61023688a31db3b394142_cls':
        """
        Property to access PDUS_TX 

        
        """
        return self.__PDUS_TX
        
    @property
    def PDUS_RX(self) -> 'vcnic_regs_ro32_r_0x3a47e605b59461e51cd122b4da3c111b56f4be50e79cef6a61f0faa20c2e3f30_cls':
        """
        Property to access PDUS_RX 

        
        """
        return self.__PDUS_RX
        
    @property
    def CRC_ERRORS(self) -> 'vcnic_regs_ro32_r_0xee96d5ac6caf6a9da3aa18c5288b289b03fbf4ac67c828ad6fd30f0f19cc8778_cls':
        """
        Property to access CRC_ERRORS 

        
        """
        return self.__CRC_ERRORS
        
    @property
    def LEN_ERRORS(self) -> 'vcnic_regs_ro32_r_0x7a07d439bd3506af04caa816d8a9ee7e1c2cc99a39941267a720e47076f19fea_cls':
        """
        Property to access LEN_ERRORS 

        
        """
        return self.__LEN_ERRORS
        
    @property
    def OVERSIZE(self) -> 'vcnic_regs_ro32_r_0xef73a0c2a8c4863689f34627340a05374edf42e329c52382de5301de29a4e8e3_cls':
        """
        Property to access OVERSIZE 

        
        """
        return self.__OVERSIZE
        
    @property
    def NO_BUFFER(self) -> 'vcnic_regs_ro32_r_0xcf649c120a193fada323ee15977336c3ab7a5988a7f45ace5d3e62112ad88131_cls':
        """
        Property to access NO_BUFFER 

        
        """
        return self.__NO_BUFFER
        
    @property
    def RX_ABORTED(self) -> 'vcnic_regs_ro32_r_0xb3f407824b3c73f11df610e1b0ca46764732685df389c6f2939691250dbd683f_cls':
        """
        Property to access RX_ABORTED 

        
        """
        return self.__RX_ABORTED
        
    @property
    def TX_ABORTED(self) -> 'vcnic_regs_ro32_r_0x58203cb5e39efc353feff38707169310debe0bf4452de4baed630397fc81a6f0_cls':
        """
        Property to access TX_ABORTED 

        
        """
        return self.__TX_ABORTED
        
    @property
    def TX_DROPPED(self) -> 'vcnic_regs_ro32_r_0xb8b5a12c6d69a3e8aab9f8d78328cc834616eaa4baa2fe035ff714b42f111ad1_cls':
        """
        Property to access TX_DROPPED 

        
        """
        return self.__TX_DROPPED
        
    @property
    def BYTES_TX_LO(self) -> 'vcnic_regs_ro32_r_0x7b432f249a432b7ce67f8232ea3c87fea65f962e0c23debcfe0fab0f94fa15bd_cls':
        """
        Property to access BYTES_TX_LO 

        
        """
        return self.__BYTES_TX_LO
        
    @property
    def BYTES_TX_HI(self) -> 'vcnic_regs_ro32_r_0x1a6503c6878b7da2006891347a1f49922d3ec33bb70bbdb344323eb8ef39e9bd_cls':
        """
        Property to access BYTES_TX_HI 

        
        """
        return self.__BYTES_TX_HI
        
    @property
    def BYTES_RX_LO(self) -> 'vcnic_regs_ro32_r_0x6178eb6b695158dc6700956bb8772ef5022d0252cd64feba26cd3c28c380a34a_cls':
        """
        Property to access BYTES_RX_LO 

        
        """
        return self.__BYTES_RX_LO
        
    @property
    def BYTES_RX_HI(self) -> 'vcnic_regs_ro32_r_0xfa2a69f04eb38158002d081b18505fe4acd71522b83ce46999e98cb42e7a53ee_cls':
        """
        Property to access BYTES_RX_HI 

        
        """
        return self.__BYTES_RX_HI
        
    @property
    def VC_SELECT(self) -> 'vcnic_regs_VC_SELECT_0x2c9138e241ade3bc21394e855b6e4e552f1cba0471cf96167379b021f989f7b0_cls':
        """
        Property to access VC_SELECT 

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
        return self.__VC_SELECT
        
    @property
    def VC_VPIVCI(self) -> 'vcnic_regs_VC_VPIVCI_0xde4ae90ec42191a888dc31b90ec923a11bccd040749939aad0c8415803c2ad4e_cls':
        """
        Property to access VC_VPIVCI 

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
        return self.__VC_VPIVCI
        
    @property
    def VC_PARAM(self) -> 'vcnic_regs_VC_PARAM_0xabfd26341947d8bce97c93bcfd1d784e37a937059a3ab9c46d0bcc66088938b7_cls':
        """
        Property to access VC_PARAM 

        +--------------+-------------------------------------------------------------------------+
        | SystemRDL    | Value                                                                   |
        | Field        |                                                                         |
        +==============+=========================================================================+
        | Name         | .. raw:: html                                                           |
        |              |                                                                         |
        |              |      VC parameters                                                      |
        +--------------+-------------------------------------------------------------------------+
        """
        return self.__VC_PARAM
        
    @property
    def VC_MAX_SDU(self) -> 'vcnic_regs_VC_MAX_SDU_0x7ba6364b177af5f785fe0366d2bba07af74a76ad0974c88acfb7a26552fe2bae_cls':
        """
        Property to access VC_MAX_SDU 

        +--------------+-------------------------------------------------------------------------+
        | SystemRDL    | Value                                                                   |
        | Field        |                                                                         |
        +==============+=========================================================================+
        | Name         | .. raw:: html                                                           |
        |              |                                                                         |
        |              |      VC max SDU                                                         |
        +--------------+-------------------------------------------------------------------------+
        """
        return self.__VC_MAX_SDU
        
    @property
    def VC_PCR_INC(self) -> 'vcnic_regs_VC_PCR_INC_0x980804f3ebc4a61f138bcbe4120473418fd9ef8daad9f24e105a1cedfc24255b_cls':
        """
        Property to access VC_PCR_INC 

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
        return self.__VC_PCR_INC
        
    @property
    def VC_CMD(self) -> 'vcnic_regs_VC_CMD_0x54510d34acac028db0c267f78643c504a9bb1cdc2763917c372f6978a6c0a854_cls':
        """
        Property to access VC_CMD 

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
        return self.__VC_CMD
        
    @property
    def VC_Q_STATE(self) -> 'vcnic_regs_VC_Q_STATE_0x5017a218d7c4728205013c408cb92b3854004972b8e29f0fd53cb059f4e01186_cls':
        """
        Property to access VC_Q_STATE 

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
        return self.__VC_Q_STATE
        
    @property
    def VC_Q_VPIVCI(self) -> 'vcnic_regs_VC_Q_VPIVCI_0xb66d7b6074fa192a903de6762b6d595bb523cd6478384ffa38611390c43941c2_cls':
        """
        Property to access VC_Q_VPIVCI 

        +--------------+-------------------------------------------------------------------------+
        | SystemRDL    | Value                                                                   |
        | Field        |                                                                         |
        +==============+=========================================================================+
        | Name         | .. raw:: html                                                           |
        |              |                                                                         |
        |              |      VC queried connection ID                                           |
        +--------------+-------------------------------------------------------------------------+
        """
        return self.__VC_Q_VPIVCI
        
    @property
    def VC_Q_PARAM(self) -> 'vcnic_regs_VC_Q_PARAM_0x23cc48d13b2655961a63249dfcdc9821d33895580379c6f0cb3e586476219c89_cls':
        """
        Property to access VC_Q_PARAM 

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
        return self.__VC_Q_PARAM
        
    @property
    def VC_Q_MAX_SDU(self) -> 'vcnic_regs_VC_Q_MAX_SDU_0x942752ed85b766cae50742e1eed899fc50a9ee128a08e3036abffd2afe38fcec_cls':
        """
        Property to access VC_Q_MAX_SDU 

        +--------------+-------------------------------------------------------------------------+
        | SystemRDL    | Value                                                                   |
        | Field        |                                                                         |
        +==============+=========================================================================+
        | Name         | .. raw:: html                                                           |
        |              |                                                                         |
        |              |      VC queried max SDU                                                 |
        +--------------+-------------------------------------------------------------------------+
        """
        return self.__VC_Q_MAX_SDU
        
    @property
    def VC_Q_INC(self) -> 'vcnic_regs_ro32_r_0x276c82a310c0520f5ed4cdff6d554e8e69d8476787d72a56766f180605450d7c_cls':
        """
        Property to access VC_Q_INC 

        
        """
        return self.__VC_Q_INC
        
    @property
    def VC_TX_CELLS(self) -> 'vcnic_regs_ro32_r_0x661ee931850d526e797672587773b781c9cc903f231cdb7879394410007b5c46_cls':
        """
        Property to access VC_TX_CELLS 

        
        """
        return self.__VC_TX_CELLS
        
    @property
    def VC_TX_PDUS(self) -> 'vcnic_regs_ro32_r_0xe49f26e76066748e85187184baff6f6a5476ba51eae8b43a377a0773ae2e52e3_cls':
        """
        Property to access VC_TX_PDUS 

        
        """
        return self.__VC_TX_PDUS
        
    @property
    def VC_TX_BYTES_LO(self) -> 'vcnic_regs_ro32_r_0xf9b52508f89513215748d88539d01d62378930f1f694e829769b5dd2c48192eb_cls':
        """
        Property to access VC_TX_BYTES_LO 

        
        """
        return self.__VC_TX_BYTES_LO
        
    @property
    def VC_TX_BYTES_HI(self) -> 'vcnic_regs_ro32_r_0x18da0e3183ee5edd9005242a88cf491d3dbe1d7ee2c5619ae9703b1cf4de8143_cls':
        """
        Property to access VC_TX_BYTES_HI 

        
        """
        return self.__VC_TX_BYTES_HI
        
    @property
    def VC_TX_ABORTED(self) -> 'vcnic_regs_ro32_r_0x2a0a3256ce0574cec11d8dfcf23afd884990b138b9a9a7968b90331e4ec910d7_cls':
        """
        Property to access VC_TX_ABORTED 

        
        """
        return self.__VC_TX_ABORTED
        
    @property
    def VC_TX_DROPPED(self) -> 'vcnic_regs_ro32_r_0x86db654dc96dcd2609b647dcee24ae592eaf8f4445578cac61fb86565b37b3_cls':
        """
        Property to access VC_TX_DROPPED 

        
        """
        return self.__VC_TX_DROPPED
        
    @property
    def VC_RX_CELLS(self) -> 'vcnic_regs_ro32_r_0x26e30cee949af75486387260f3af003b7de006bb9196cc1adbe04865f5f55e6c_cls':
        """
        Property to access VC_RX_CELLS 

        
        """
        return self.__VC_RX_CELLS
        
    @property
    def VC_RX_PDUS(self) -> 'vcnic_regs_ro32_r_0x10b7648c08266f6ba9789d81f4c61be5be34331b8efd991108293301fd1b0647_cls':
        """
        Property to access VC_RX_PDUS 

        
        """
        return self.__VC_RX_PDUS
        
    @property
    def VC_RX_BYTES_LO(self) -> 'vcnic_regs_ro32_r_0xea60860f664676d9a431f52b7e310a2653b7f82f33a0ccf390331f738bc2f59b_cls':
        """
        Property to access VC_RX_BYTES_LO 

        
        """
        return self.__VC_RX_BYTES_LO
        
    @property
    def VC_RX_BYTES_HI(self) -> 'vcnic_regs_ro32_r_0xdf07db43e7bf9226fe7a9614d465c82ebc0a09239b78c875a0aa3955f9c11e04_cls':
        """
        Property to access VC_RX_BYTES_HI 

        
        """
        return self.__VC_RX_BYTES_HI
        
    @property
    def VC_RX_CRC(self) -> 'vcnic_regs_ro32_r_0xade20434c213c26aaf64d1552de4e7dff9429329e4e588a77b4bd0ba652dc076_cls':
        """
        Property to access VC_RX_CRC 

        
        """
        return self.__VC_RX_CRC
        
    @property
    def VC_RX_LENGTH(self) -> 'vcnic_regs_ro32_r_0xf60d242aee7ebd385b82aeb3dad21cdb55e4d5edb720fe8912c96a3fc9a225b2_cls':
        """
        Property to access VC_RX_LENGTH 

        
        """
        return self.__VC_RX_LENGTH
        
    @property
    def VC_RX_OVERSIZE(self) -> 'vcnic_regs_ro32_r_0x5b24a8e21038c70cb8c0d262f33a5ae4038ad677f3e2f8b86f4022e40e00dd9c_cls':
        """
        Property to access VC_RX_OVERSIZE 

        
        """
        return self.__VC_RX_OVERSIZE
        
    @property
    def VC_RX_NO_BUFFER(self) -> 'vcnic_regs_ro32_r_0x936b2b34e065727ca0fe6dbab3859575ac679cebf83ac30fa698b5905e59a85e_cls':
        """
        Property to access VC_RX_NO_BUFFER 

        
        """
        return self.__VC_RX_NO_BUFFER
        
    @property
    def VC_RX_ABORTED(self) -> 'vcnic_regs_ro32_r_0xb3f407824b3c73f11df610e1b0ca46764732685df389c6f2939691250dbd683f_cls':
        """
        Property to access VC_RX_ABORTED 

        
        """
        return self.__VC_RX_ABORTED
        

    
    @property
    def systemrdl_python_child_name_map(self) -> dict[str, str]:
        return {'ID':'ID','VERSION':'VERSION','CAP_VC':'CAP_VC','CAP_BUF':'CAP_BUF','CAP_DP':'CAP_DP','LINK_RATE':'LINK_RATE','CTRL':'CTRL','STATUS':'STATUS','INT_STATUS':'INT_STATUS','INT_ENABLE':'INT_ENABLE','CELLS_TX':'CELLS_TX','CELLS_RX':'CELLS_RX','HEC_CORRECTED':'HEC_CORRECTED','HEC_DISCARDED':'HEC_DISCARDED','UNKNOWN_VC':'UNKNOWN_VC','PDUS_TX':'PDUS_TX','PDUS_RX':'PDUS_RX','CRC_ERRORS':'CRC_ERRORS','LEN_ERRORS':'LEN_ERRORS','OVERSIZE':'OVERSIZE','NO_BUFFER':'NO_BUFFER','RX_ABORTED':'RX_ABORTED','TX_ABORTED':'TX_ABORTED','TX_DROPPED':'TX_DROPPED','BYTES_TX_LO':'BYTES_TX_LO','BYTES_TX_HI':'BYTES_TX_HI','BYTES_RX_LO':'BYTES_RX_LO','BYTES_RX_HI':'BYTES_RX_HI','VC_SELECT':'VC_SELECT','VC_VPIVCI':'VC_VPIVCI','VC_PARAM':'VC_PARAM','VC_MAX_SDU':'VC_MAX_SDU','VC_PCR_INC':'VC_PCR_INC','VC_CMD':'VC_CMD','VC_Q_STATE':'VC_Q_STATE','VC_Q_VPIVCI':'VC_Q_VPIVCI','VC_Q_PARAM':'VC_Q_PARAM','VC_Q_MAX_SDU':'VC_Q_MAX_SDU','VC_Q_INC':'VC_Q_INC','VC_TX_CELLS':'VC_TX_CELLS','VC_TX_PDUS':'VC_TX_PDUS','VC_TX_BYTES_LO':'VC_TX_BYTES_LO','VC_TX_BYTES_HI':'VC_TX_BYTES_HI','VC_TX_ABORTED':'VC_TX_ABORTED','VC_TX_DROPPED':'VC_TX_DROPPED','VC_RX_CELLS':'VC_RX_CELLS','VC_RX_PDUS':'VC_RX_PDUS','VC_RX_BYTES_LO':'VC_RX_BYTES_LO','VC_RX_BYTES_HI':'VC_RX_BYTES_HI','VC_RX_CRC':'VC_RX_CRC','VC_RX_LENGTH':'VC_RX_LENGTH','VC_RX_OVERSIZE':'VC_RX_OVERSIZE','VC_RX_NO_BUFFER':'VC_RX_NO_BUFFER','VC_RX_ABORTED':'VC_RX_ABORTED',
            }

    
    
    
    
    
    
    # nodes:54
                
    @overload
    def get_child_by_system_rdl_name(self, name: Literal["ID"]) -> 'vcnic_regs_ID_0xccf117d088d439b0639d8b7df9446ec772e84c7700f593a52c04f915e9f44b4c_cls': ...
                
                
    @overload
    def get_child_by_system_rdl_name(self, name: Literal["VERSION"]) -> 'vcnic_regs_VERSION_0xf2f8b81ae0b8d7d41c6bee61491cb5b782cdd601046c291e7bf5586b5aa1bead_cls': ...
                
                
    @overload
    def get_child_by_system_rdl_name(self, name: Literal["CAP_VC"]) -> 'vcnic_regs_CAP_VC_0xe0e6a1f968113430557e1c75fe64321904672aa0283174baa2079b3171165df0_cls': ...
                
                
    @overload
    def get_child_by_system_rdl_name(self, name: Literal["CAP_BUF"]) -> 'vcnic_regs_CAP_BUF_0x5d722e872b7ca3134ce1cf2c209297ca4eed6432a4e875cb2dbf8ce12781e352_cls': ...
                
                
    @overload
    def get_child_by_system_rdl_name(self, name: Literal["CAP_DP"]) -> 'vcnic_regs_CAP_DP_0x3d3fa0ac521c3b38327e5cae4940ea165b3e99981d8486d6c08af7202bbaa010_cls': ...
                
                
    @overload
    def get_child_by_system_rdl_name(self, name: Literal["LINK_RATE"]) -> 'vcnic_regs_LINK_RATE_0x7b4a16e0543d1883b0730ceb4663a4c7b6d3c2e568ae5af0b170fc0c5ef55d31_cls': ...
                
                
    @overload
    def get_child_by_system_rdl_name(self, name: Literal["CTRL"]) -> 'vcnic_regs_CTRL_0xc813198be753984aaf8905d8c76e2b63b896f40ed840f21e09eda581ed0f794e_cls': ...
                
                
    @overload
    def get_child_by_system_rdl_name(self, name: Literal["STATUS"]) -> 'vcnic_regs_STATUS_0x1df3871674e57ca52dbafe859440e5ed726dfe56eb8d2df8ab2ae6a029956224_cls': ...
                
                
    @overload
    def get_child_by_system_rdl_name(self, name: Literal["INT_STATUS"]) -> 'vcnic_regs_INT_STATUS_0x405ef941086f3045a81a1ec60b06a28c5cc3989099e8d2db810bfac16a83e73b_cls': ...
                
                
    @overload
    def get_child_by_system_rdl_name(self, name: Literal["INT_ENABLE"]) -> 'vcnic_regs_INT_ENABLE_0x78fa7e6e4921df42733f07cc980722a1d44a9272380d6482c63a2e712c7bf838_cls': ...
                
                
    @overload
    def get_child_by_system_rdl_name(self, name: Literal["CELLS_TX"]) -> 'vcnic_regs_ro32_r_0x8f53d8c9b1da9b6d3c3dd7617e56019afc8af24c0c159a4d1d8d255b2979dcc5_cls': ...
                
                
    @overload
    def get_child_by_system_rdl_name(self, name: Literal["CELLS_RX"]) -> 'vcnic_regs_ro32_r_0xf54d173028716806dc4363126ebc603ba305631c963549e88af47109773f53e9_cls': ...
                
                
    @overload
    def get_child_by_system_rdl_name(self, name: Literal["HEC_CORRECTED"]) -> 'vcnic_regs_ro32_r_0xe7a6c86095acfb00b2082f9fb8f2e01ae3b0d7e659b203e3855b7529f705a9b2_cls': ...
                
                
    @overload
    def get_child_by_system_rdl_name(self, name: Literal["HEC_DISCARDED"]) -> 'vcnic_regs_ro32_r_0x54f97354af938170ec10b201256a9b75a26c7c3c5efcc6839cb3dcfcb94d5fb2_cls': ...
                
                
    @overload
    def get_child_by_system_rdl_name(self, name: Literal["UNKNOWN_VC"]) -> 'vcnic_regs_ro32_r_0x295c78a9a84542b11dde7e55f373028f4aaae2bd9b4050ed53cbb48f8d141ca6_cls': ...
                
                
    @overload
    def get_child_by_system_rdl_name(self, name: Literal["PDUS_TX"]) -> 'vcnic_regs_ro32_r_0xe9a661a83475709558368b65c45eb92ed426aa9ebec61023688a31db3b394142_cls': ...
                
                
    @overload
    def get_child_by_system_rdl_name(self, name: Literal["PDUS_RX"]) -> 'vcnic_regs_ro32_r_0x3a47e605b59461e51cd122b4da3c111b56f4be50e79cef6a61f0faa20c2e3f30_cls': ...
                
                
    @overload
    def get_child_by_system_rdl_name(self, name: Literal["CRC_ERRORS"]) -> 'vcnic_regs_ro32_r_0xee96d5ac6caf6a9da3aa18c5288b289b03fbf4ac67c828ad6fd30f0f19cc8778_cls': ...
                
                
    @overload
    def get_child_by_system_rdl_name(self, name: Literal["LEN_ERRORS"]) -> 'vcnic_regs_ro32_r_0x7a07d439bd3506af04caa816d8a9ee7e1c2cc99a39941267a720e47076f19fea_cls': ...
                
                
    @overload
    def get_child_by_system_rdl_name(self, name: Literal["OVERSIZE"]) -> 'vcnic_regs_ro32_r_0xef73a0c2a8c4863689f34627340a05374edf42e329c52382de5301de29a4e8e3_cls': ...
                
                
    @overload
    def get_child_by_system_rdl_name(self, name: Literal["NO_BUFFER"]) -> 'vcnic_regs_ro32_r_0xcf649c120a193fada323ee15977336c3ab7a5988a7f45ace5d3e62112ad88131_cls': ...
                
                
    @overload
    def get_child_by_system_rdl_name(self, name: Literal["RX_ABORTED"]) -> 'vcnic_regs_ro32_r_0xb3f407824b3c73f11df610e1b0ca46764732685df389c6f2939691250dbd683f_cls': ...
                
                
    @overload
    def get_child_by_system_rdl_name(self, name: Literal["TX_ABORTED"]) -> 'vcnic_regs_ro32_r_0x58203cb5e39efc353feff38707169310debe0bf4452de4baed630397fc81a6f0_cls': ...
                
                
    @overload
    def get_child_by_system_rdl_name(self, name: Literal["TX_DROPPED"]) -> 'vcnic_regs_ro32_r_0xb8b5a12c6d69a3e8aab9f8d78328cc834616eaa4baa2fe035ff714b42f111ad1_cls': ...
                
                
    @overload
    def get_child_by_system_rdl_name(self, name: Literal["BYTES_TX_LO"]) -> 'vcnic_regs_ro32_r_0x7b432f249a432b7ce67f8232ea3c87fea65f962e0c23debcfe0fab0f94fa15bd_cls': ...
                
                
    @overload
    def get_child_by_system_rdl_name(self, name: Literal["BYTES_TX_HI"]) -> 'vcnic_regs_ro32_r_0x1a6503c6878b7da2006891347a1f49922d3ec33bb70bbdb344323eb8ef39e9bd_cls': ...
                
                
    @overload
    def get_child_by_system_rdl_name(self, name: Literal["BYTES_RX_LO"]) -> 'vcnic_regs_ro32_r_0x6178eb6b695158dc6700956bb8772ef5022d0252cd64feba26cd3c28c380a34a_cls': ...
                
                
    @overload
    def get_child_by_system_rdl_name(self, name: Literal["BYTES_RX_HI"]) -> 'vcnic_regs_ro32_r_0xfa2a69f04eb38158002d081b18505fe4acd71522b83ce46999e98cb42e7a53ee_cls': ...
                
                
    @overload
    def get_child_by_system_rdl_name(self, name: Literal["VC_SELECT"]) -> 'vcnic_regs_VC_SELECT_0x2c9138e241ade3bc21394e855b6e4e552f1cba0471cf96167379b021f989f7b0_cls': ...
                
                
    @overload
    def get_child_by_system_rdl_name(self, name: Literal["VC_VPIVCI"]) -> 'vcnic_regs_VC_VPIVCI_0xde4ae90ec42191a888dc31b90ec923a11bccd040749939aad0c8415803c2ad4e_cls': ...
                
                
    @overload
    def get_child_by_system_rdl_name(self, name: Literal["VC_PARAM"]) -> 'vcnic_regs_VC_PARAM_0xabfd26341947d8bce97c93bcfd1d784e37a937059a3ab9c46d0bcc66088938b7_cls': ...
                
                
    @overload
    def get_child_by_system_rdl_name(self, name: Literal["VC_MAX_SDU"]) -> 'vcnic_regs_VC_MAX_SDU_0x7ba6364b177af5f785fe0366d2bba07af74a76ad0974c88acfb7a26552fe2bae_cls': ...
                
                
    @overload
    def get_child_by_system_rdl_name(self, name: Literal["VC_PCR_INC"]) -> 'vcnic_regs_VC_PCR_INC_0x980804f3ebc4a61f138bcbe4120473418fd9ef8daad9f24e105a1cedfc24255b_cls': ...
                
                
    @overload
    def get_child_by_system_rdl_name(self, name: Literal["VC_CMD"]) -> 'vcnic_regs_VC_CMD_0x54510d34acac028db0c267f78643c504a9bb1cdc2763917c372f6978a6c0a854_cls': ...
                
                
    @overload
    def get_child_by_system_rdl_name(self, name: Literal["VC_Q_STATE"]) -> 'vcnic_regs_VC_Q_STATE_0x5017a218d7c4728205013c408cb92b3854004972b8e29f0fd53cb059f4e01186_cls': ...
                
                
    @overload
    def get_child_by_system_rdl_name(self, name: Literal["VC_Q_VPIVCI"]) -> 'vcnic_regs_VC_Q_VPIVCI_0xb66d7b6074fa192a903de6762b6d595bb523cd6478384ffa38611390c43941c2_cls': ...
                
                
    @overload
    def get_child_by_system_rdl_name(self, name: Literal["VC_Q_PARAM"]) -> 'vcnic_regs_VC_Q_PARAM_0x23cc48d13b2655961a63249dfcdc9821d33895580379c6f0cb3e586476219c89_cls': ...
                
                
    @overload
    def get_child_by_system_rdl_name(self, name: Literal["VC_Q_MAX_SDU"]) -> 'vcnic_regs_VC_Q_MAX_SDU_0x942752ed85b766cae50742e1eed899fc50a9ee128a08e3036abffd2afe38fcec_cls': ...
                
                
    @overload
    def get_child_by_system_rdl_name(self, name: Literal["VC_Q_INC"]) -> 'vcnic_regs_ro32_r_0x276c82a310c0520f5ed4cdff6d554e8e69d8476787d72a56766f180605450d7c_cls': ...
                
                
    @overload
    def get_child_by_system_rdl_name(self, name: Literal["VC_TX_CELLS"]) -> 'vcnic_regs_ro32_r_0x661ee931850d526e797672587773b781c9cc903f231cdb7879394410007b5c46_cls': ...
                
                
    @overload
    def get_child_by_system_rdl_name(self, name: Literal["VC_TX_PDUS"]) -> 'vcnic_regs_ro32_r_0xe49f26e76066748e85187184baff6f6a5476ba51eae8b43a377a0773ae2e52e3_cls': ...
                
                
    @overload
    def get_child_by_system_rdl_name(self, name: Literal["VC_TX_BYTES_LO"]) -> 'vcnic_regs_ro32_r_0xf9b52508f89513215748d88539d01d62378930f1f694e829769b5dd2c48192eb_cls': ...
                
                
    @overload
    def get_child_by_system_rdl_name(self, name: Literal["VC_TX_BYTES_HI"]) -> 'vcnic_regs_ro32_r_0x18da0e3183ee5edd9005242a88cf491d3dbe1d7ee2c5619ae9703b1cf4de8143_cls': ...
                
                
    @overload
    def get_child_by_system_rdl_name(self, name: Literal["VC_TX_ABORTED"]) -> 'vcnic_regs_ro32_r_0x2a0a3256ce0574cec11d8dfcf23afd884990b138b9a9a7968b90331e4ec910d7_cls': ...
                
                
    @overload
    def get_child_by_system_rdl_name(self, name: Literal["VC_TX_DROPPED"]) -> 'vcnic_regs_ro32_r_0x86db654dc96dcd2609b647dcee24ae592eaf8f4445578cac61fb86565b37b3_cls': ...
                
                
    @overload
    def get_child_by_system_rdl_name(self, name: Literal["VC_RX_CELLS"]) -> 'vcnic_regs_ro32_r_0x26e30cee949af75486387260f3af003b7de006bb9196cc1adbe04865f5f55e6c_cls': ...
                
                
    @overload
    def get_child_by_system_rdl_name(self, name: Literal["VC_RX_PDUS"]) -> 'vcnic_regs_ro32_r_0x10b7648c08266f6ba9789d81f4c61be5be34331b8efd991108293301fd1b0647_cls': ...
                
                
    @overload
    def get_child_by_system_rdl_name(self, name: Literal["VC_RX_BYTES_LO"]) -> 'vcnic_regs_ro32_r_0xea60860f664676d9a431f52b7e310a2653b7f82f33a0ccf390331f738bc2f59b_cls': ...
                
                
    @overload
    def get_child_by_system_rdl_name(self, name: Literal["VC_RX_BYTES_HI"]) -> 'vcnic_regs_ro32_r_0xdf07db43e7bf9226fe7a9614d465c82ebc0a09239b78c875a0aa3955f9c11e04_cls': ...
                
                
    @overload
    def get_child_by_system_rdl_name(self, name: Literal["VC_RX_CRC"]) -> 'vcnic_regs_ro32_r_0xade20434c213c26aaf64d1552de4e7dff9429329e4e588a77b4bd0ba652dc076_cls': ...
                
                
    @overload
    def get_child_by_system_rdl_name(self, name: Literal["VC_RX_LENGTH"]) -> 'vcnic_regs_ro32_r_0xf60d242aee7ebd385b82aeb3dad21cdb55e4d5edb720fe8912c96a3fc9a225b2_cls': ...
                
                
    @overload
    def get_child_by_system_rdl_name(self, name: Literal["VC_RX_OVERSIZE"]) -> 'vcnic_regs_ro32_r_0x5b24a8e21038c70cb8c0d262f33a5ae4038ad677f3e2f8b86f4022e40e00dd9c_cls': ...
                
                
    @overload
    def get_child_by_system_rdl_name(self, name: Literal["VC_RX_NO_BUFFER"]) -> 'vcnic_regs_ro32_r_0x936b2b34e065727ca0fe6dbab3859575ac679cebf83ac30fa698b5905e59a85e_cls': ...
                
                
    @overload
    def get_child_by_system_rdl_name(self, name: Literal["VC_RX_ABORTED"]) -> 'vcnic_regs_ro32_r_0xb3f407824b3c73f11df610e1b0ca46764732685df389c6f2939691250dbd683f_cls': ...
                

    @overload
    def get_child_by_system_rdl_name(self, name: str) -> Union['vcnic_regs_ID_0xccf117d088d439b0639d8b7df9446ec772e84c7700f593a52c04f915e9f44b4c_cls', 'vcnic_regs_VERSION_0xf2f8b81ae0b8d7d41c6bee61491cb5b782cdd601046c291e7bf5586b5aa1bead_cls', 'vcnic_regs_CAP_VC_0xe0e6a1f968113430557e1c75fe64321904672aa0283174baa2079b3171165df0_cls', 'vcnic_regs_CAP_BUF_0x5d722e872b7ca3134ce1cf2c209297ca4eed6432a4e875cb2dbf8ce12781e352_cls', 'vcnic_regs_CAP_DP_0x3d3fa0ac521c3b38327e5cae4940ea165b3e99981d8486d6c08af7202bbaa010_cls', 'vcnic_regs_LINK_RATE_0x7b4a16e0543d1883b0730ceb4663a4c7b6d3c2e568ae5af0b170fc0c5ef55d31_cls', 'vcnic_regs_CTRL_0xc813198be753984aaf8905d8c76e2b63b896f40ed840f21e09eda581ed0f794e_cls', 'vcnic_regs_STATUS_0x1df3871674e57ca52dbafe859440e5ed726dfe56eb8d2df8ab2ae6a029956224_cls', 'vcnic_regs_INT_STATUS_0x405ef941086f3045a81a1ec60b06a28c5cc3989099e8d2db810bfac16a83e73b_cls', 'vcnic_regs_INT_ENABLE_0x78fa7e6e4921df42733f07cc980722a1d44a9272380d6482c63a2e712c7bf838_cls', 'vcnic_regs_ro32_r_0x8f53d8c9b1da9b6d3c3dd7617e56019afc8af24c0c159a4d1d8d255b2979dcc5_cls', 'vcnic_regs_ro32_r_0xf54d173028716806dc4363126ebc603ba305631c963549e88af47109773f53e9_cls', 'vcnic_regs_ro32_r_0xe7a6c86095acfb00b2082f9fb8f2e01ae3b0d7e659b203e3855b7529f705a9b2_cls', 'vcnic_regs_ro32_r_0x54f97354af938170ec10b201256a9b75a26c7c3c5efcc6839cb3dcfcb94d5fb2_cls', 'vcnic_regs_ro32_r_0x295c78a9a84542b11dde7e55f373028f4aaae2bd9b4050ed53cbb48f8d141ca6_cls', 'vcnic_regs_ro32_r_0xe9a661a83475709558368b65c45eb92ed426aa9ebec61023688a31db3b394142_cls', 'vcnic_regs_ro32_r_0x3a47e605b59461e51cd122b4da3c111b56f4be50e79cef6a61f0faa20c2e3f30_cls', 'vcnic_regs_ro32_r_0xee96d5ac6caf6a9da3aa18c5288b289b03fbf4ac67c828ad6fd30f0f19cc8778_cls', 'vcnic_regs_ro32_r_0x7a07d439bd3506af04caa816d8a9ee7e1c2cc99a39941267a720e47076f19fea_cls', 'vcnic_regs_ro32_r_0xef73a0c2a8c4863689f34627340a05374edf42e329c52382de5301de29a4e8e3_cls', 'vcnic_regs_ro32_r_0xcf649c120a193fada323ee15977336c3ab7a5988a7f45ace5d3e62112ad88131_cls', 'vcnic_regs_ro32_r_0xb3f407824b3c73f11df610e1b0ca46764732685df389c6f2939691250dbd683f_cls', 'vcnic_regs_ro32_r_0x58203cb5e39efc353feff38707169310debe0bf4452de4baed630397fc81a6f0_cls', 'vcnic_regs_ro32_r_0xb8b5a12c6d69a3e8aab9f8d78328cc834616eaa4baa2fe035ff714b42f111ad1_cls', 'vcnic_regs_ro32_r_0x7b432f249a432b7ce67f8232ea3c87fea65f962e0c23debcfe0fab0f94fa15bd_cls', 'vcnic_regs_ro32_r_0x1a6503c6878b7da2006891347a1f49922d3ec33bb70bbdb344323eb8ef39e9bd_cls', 'vcnic_regs_ro32_r_0x6178eb6b695158dc6700956bb8772ef5022d0252cd64feba26cd3c28c380a34a_cls', 'vcnic_regs_ro32_r_0xfa2a69f04eb38158002d081b18505fe4acd71522b83ce46999e98cb42e7a53ee_cls', 'vcnic_regs_VC_SELECT_0x2c9138e241ade3bc21394e855b6e4e552f1cba0471cf96167379b021f989f7b0_cls', 'vcnic_regs_VC_VPIVCI_0xde4ae90ec42191a888dc31b90ec923a11bccd040749939aad0c8415803c2ad4e_cls', 'vcnic_regs_VC_PARAM_0xabfd26341947d8bce97c93bcfd1d784e37a937059a3ab9c46d0bcc66088938b7_cls', 'vcnic_regs_VC_MAX_SDU_0x7ba6364b177af5f785fe0366d2bba07af74a76ad0974c88acfb7a26552fe2bae_cls', 'vcnic_regs_VC_PCR_INC_0x980804f3ebc4a61f138bcbe4120473418fd9ef8daad9f24e105a1cedfc24255b_cls', 'vcnic_regs_VC_CMD_0x54510d34acac028db0c267f78643c504a9bb1cdc2763917c372f6978a6c0a854_cls', 'vcnic_regs_VC_Q_STATE_0x5017a218d7c4728205013c408cb92b3854004972b8e29f0fd53cb059f4e01186_cls', 'vcnic_regs_VC_Q_VPIVCI_0xb66d7b6074fa192a903de6762b6d595bb523cd6478384ffa38611390c43941c2_cls', 'vcnic_regs_VC_Q_PARAM_0x23cc48d13b2655961a63249dfcdc9821d33895580379c6f0cb3e586476219c89_cls', 'vcnic_regs_VC_Q_MAX_SDU_0x942752ed85b766cae50742e1eed899fc50a9ee128a08e3036abffd2afe38fcec_cls', 'vcnic_regs_ro32_r_0x276c82a310c0520f5ed4cdff6d554e8e69d8476787d72a56766f180605450d7c_cls', 'vcnic_regs_ro32_r_0x661ee931850d526e797672587773b781c9cc903f231cdb7879394410007b5c46_cls', 'vcnic_regs_ro32_r_0xe49f26e76066748e85187184baff6f6a5476ba51eae8b43a377a0773ae2e52e3_cls', 'vcnic_regs_ro32_r_0xf9b52508f89513215748d88539d01d62378930f1f694e829769b5dd2c48192eb_cls', 'vcnic_regs_ro32_r_0x18da0e3183ee5edd9005242a88cf491d3dbe1d7ee2c5619ae9703b1cf4de8143_cls', 'vcnic_regs_ro32_r_0x2a0a3256ce0574cec11d8dfcf23afd884990b138b9a9a7968b90331e4ec910d7_cls', 'vcnic_regs_ro32_r_0x86db654dc96dcd2609b647dcee24ae592eaf8f4445578cac61fb86565b37b3_cls', 'vcnic_regs_ro32_r_0x26e30cee949af75486387260f3af003b7de006bb9196cc1adbe04865f5f55e6c_cls', 'vcnic_regs_ro32_r_0x10b7648c08266f6ba9789d81f4c61be5be34331b8efd991108293301fd1b0647_cls', 'vcnic_regs_ro32_r_0xea60860f664676d9a431f52b7e310a2653b7f82f33a0ccf390331f738bc2f59b_cls', 'vcnic_regs_ro32_r_0xdf07db43e7bf9226fe7a9614d465c82ebc0a09239b78c875a0aa3955f9c11e04_cls', 'vcnic_regs_ro32_r_0xade20434c213c26aaf64d1552de4e7dff9429329e4e588a77b4bd0ba652dc076_cls', 'vcnic_regs_ro32_r_0xf60d242aee7ebd385b82aeb3dad21cdb55e4d5edb720fe8912c96a3fc9a225b2_cls', 'vcnic_regs_ro32_r_0x5b24a8e21038c70cb8c0d262f33a5ae4038ad677f3e2f8b86f4022e40e00dd9c_cls', 'vcnic_regs_ro32_r_0x936b2b34e065727ca0fe6dbab3859575ac679cebf83ac30fa698b5905e59a85e_cls', 'vcnic_regs_ro32_r_0xb3f407824b3c73f11df610e1b0ca46764732685df389c6f2939691250dbd683f_cls', ]: ...

    def get_child_by_system_rdl_name(self, name: Any) -> Any:
        return super().get_child_by_system_rdl_name(name)
    


    

    
    

    @property
    def rdl_name(self) -> str:
        return "vcnic SAR core registers"
    @property
    def rdl_desc(self) -> str:
        return "Register map of the vcnic per-VC AAL5 SAR core (AXI4-Lite slave)."
    
    

    
    def __iter__(self) -> Iterator[Union[Node, NodeArray]]:
        
        
        yield self.ID
        yield self.VERSION
        yield self.CAP_VC
        yield self.CAP_BUF
        yield self.CAP_DP
        yield self.LINK_RATE
        yield self.CTRL
        yield self.STATUS
        yield self.INT_STATUS
        yield self.INT_ENABLE
        yield self.CELLS_TX
        yield self.CELLS_RX
        yield self.HEC_CORRECTED
        yield self.HEC_DISCARDED
        yield self.UNKNOWN_VC
        yield self.PDUS_TX
        yield self.PDUS_RX
        yield self.CRC_ERRORS
        yield self.LEN_ERRORS
        yield self.OVERSIZE
        yield self.NO_BUFFER
        yield self.RX_ABORTED
        yield self.TX_ABORTED
        yield self.TX_DROPPED
        yield self.BYTES_TX_LO
        yield self.BYTES_TX_HI
        yield self.BYTES_RX_LO
        yield self.BYTES_RX_HI
        yield self.VC_SELECT
        yield self.VC_VPIVCI
        yield self.VC_PARAM
        yield self.VC_MAX_SDU
        yield self.VC_PCR_INC
        yield self.VC_CMD
        yield self.VC_Q_STATE
        yield self.VC_Q_VPIVCI
        yield self.VC_Q_PARAM
        yield self.VC_Q_MAX_SDU
        yield self.VC_Q_INC
        yield self.VC_TX_CELLS
        yield self.VC_TX_PDUS
        yield self.VC_TX_BYTES_LO
        yield self.VC_TX_BYTES_HI
        yield self.VC_TX_ABORTED
        yield self.VC_TX_DROPPED
        yield self.VC_RX_CELLS
        yield self.VC_RX_PDUS
        yield self.VC_RX_BYTES_LO
        yield self.VC_RX_BYTES_HI
        yield self.VC_RX_CRC
        yield self.VC_RX_LENGTH
        yield self.VC_RX_OVERSIZE
        yield self.VC_RX_NO_BUFFER
        yield self.VC_RX_ABORTED
        
        
    


vcnic_regs_cls = vcnic_regs_0x82090f44ce1e3f3b5b1f69ebe896bfd165fa8acbda59e837dbc94b24ec4b71ad_cls

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
    vcnic_regs = vcnic_regs_cls(callbacks = AsyncCallbackSet(read_callback=read_addr_space,
                                                                                                     write_callback=write_addr_space))