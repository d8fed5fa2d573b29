

"""
Python Wrapper for the vcnic_dma_regs register model

This code was generated from the PeakRDL-python package version 4.0.0

"""





from .lib import AsyncCallbackSet

from .reg_model.vcnic_dma_regs import vcnic_dma_regs_cls
from .sim.vcnic_dma_regs import vcnic_dma_regs_simulator_cls

if __name__ == '__main__':

    sim = vcnic_dma_regs_simulator_cls(address=0)

    # create an instance of the class
    reg_model = vcnic_dma_regs_cls(callbacks=AsyncCallbackSet(read_callback=sim.read,
                                                                       write_callback=sim.write))