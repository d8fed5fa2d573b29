
"""
Python Wrapper for the vcnic_dma_regs register model

This code was generated from the PeakRDL-python package version 4.0.0

"""
from .vcnic_dma_regs import vcnic_dma_regs_cls as RegModel
