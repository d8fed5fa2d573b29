
"""
Python Wrapper for the vcnic_dma_regs register model

This code was generated from the PeakRDL-python package version 4.0.0

"""
from .vcnic_dma_regs_fields_enums0 import _dma_err_src_e0xe4dde34f8a1fbf052d478306f90d0a989051326b88bb35f7b3da300da2565a28_enumcls
