
"""
Python Wrapper for the vcnic_regs register model

This code was generated from the PeakRDL-python package version 4.0.0

"""
from .vcnic_regs import vcnic_regs_simulator_cls as Simulator
