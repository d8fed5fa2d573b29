


"""
Python Wrapper for the vcnic_regs register model

This code was generated from the PeakRDL-python package version 4.0.0

"""




from enum import unique

from ....lib import SystemRDLEnum, SystemRDLEnumEntry

# root level enum definitions
@unique
class _aal_type_e0xfeae3fbe58c5c736acd6ad8e9269198e8daa0d4bd0fc785b6ed37c9202772461_enumcls(SystemRDLEnum):

    AAL0 = SystemRDLEnumEntry(int_value=1, name=None, desc="Raw cells (not supported by this core).")  # Raw cells (not supported by this core). 
    AAL5 = SystemRDLEnumEntry(int_value=8, name=None, desc="AAL5 (ATM_MEDIA_PARAMETERS AALType encoding).")  # AAL5 (ATM_MEDIA_PARAMETERS AALType encoding). 
    

@unique
class _service_e0x66e03a082c8dbd4abd981f801bc5a8789455cd9f2fcde97fcc626618b2bfa178_enumcls(SystemRDLEnum):

    CBR = SystemRDLEnumEntry(int_value=1, name=None, desc="Constant bit rate: shaped to PCR by GCRA, precedence over UBR.")  # Constant bit rate: shaped to PCR by GCRA, precedence over UBR. 
    UBR = SystemRDLEnumEntry(int_value=4, name=None, desc="Unspecified bit rate: round-robin in the leftover slots.")  # Unspecified bit rate: round-robin in the leftover slots. 
    

@unique
class _vc_opcode_e0x1aaaa6af53e35583e65ecd09a259923312403332454ccf1fabe802b94a604c7e_enumcls(SystemRDLEnum):

    NOP = SystemRDLEnumEntry(int_value=0, name=None, desc="No operation.")  # No operation. 
    ACTIVATE = SystemRDLEnumEntry(int_value=1, name=None, desc="Program the VC from the window and enable it. Only from INACTIVE.")  # Program the VC from the window and enable it. Only from INACTIVE. 
    MODIFY = SystemRDLEnumEntry(int_value=2, name=None, desc="New parameters for an ACTIVE VC, applied atomically at a TX PDU boundary; VPI/VCI must not change.")  # New parameters for an ACTIVE VC, applied atomically at a TX PDU boundary; VPI/VCI must not change. 
    DEACTIVATE = SystemRDLEnumEntry(int_value=3, name=None, desc="Stop the VC: flush queued TX frames (aborted), finish the TX PDU in flight, free any partial RX reassembly. Busy until done; raises cmd_done.")  # Stop the VC: flush queued TX frames (aborted), finish the TX PDU in flight, free any partial RX reassembly. Busy until done; raises cmd_done. 
    CLEAR = SystemRDLEnumEntry(int_value=4, name=None, desc="Scrub an INACTIVE VC: entry, context and counters to zero.")  # Scrub an INACTIVE VC: entry, context and counters to zero. 
    QUERY = SystemRDLEnumEntry(int_value=5, name=None, desc="Snapshot the VC\u0027s configuration, state and counters into the window.")  # Snapshot the VC's configuration, state and counters into the window. 
    

@unique
class _vc_result_e0xd10e8afa8c2388b98cd054f372c9325d5df49a14ba81f9806226aba7af6b1709_enumcls(SystemRDLEnum):

    OK = SystemRDLEnumEntry(int_value=0, name=None, desc="Command done.")  # Command done. 
    BAD_VC = SystemRDLEnumEntry(int_value=1, name=None, desc="VC number \u003e= NUM_VC.")  # VC number >= NUM_VC. 
    BAD_STATE = SystemRDLEnumEntry(int_value=2, name=None, desc="Command not legal in the VC\u0027s state (e.g. ACTIVATE on ACTIVE, CLEAR on ACTIVE).")  # Command not legal in the VC's state (e.g. ACTIVATE on ACTIVE, CLEAR on ACTIVE). 
    DUPLICATE = SystemRDLEnumEntry(int_value=3, name=None, desc="(VPI, VCI) already used by another active VC.")  # (VPI, VCI) already used by another active VC. 
    BAD_PARAM = SystemRDLEnumEntry(int_value=4, name=None, desc="A field is invalid (VPI/VCI out of range, unsupported AAL or service, zero max SDU or max SDU beyond the buffers, zero CBR increment, VPI/VCI changed by MODIFY).")  # A field is invalid (VPI/VCI out of range, unsupported AAL or service, zero max SDU or max SDU beyond the buffers, zero CBR increment, VPI/VCI changed by MODIFY). 
    NO_RESOURCES = SystemRDLEnumEntry(int_value=5, name=None, desc="No room: the lookup set for this (VPI, VCI) is full, or every CBR scheduler slot is taken.")  # No room: the lookup set for this (VPI, VCI) is full, or every CBR scheduler slot is taken. 
    BAD_OPCODE = SystemRDLEnumEntry(int_value=6, name=None, desc="Unknown opcode.")  # Unknown opcode. 
    

@unique
class _vc_state_e0x570cc759b48957230b388ebf1fd68a43a41dee9b70d90e2c537f859d7c58dace_enumcls(SystemRDLEnum):

    INACTIVE = SystemRDLEnumEntry(int_value=0, name=None, desc="Not active (free or created).")  # Not active (free or created). 
    ACTIVE = SystemRDLEnumEntry(int_value=1, name=None, desc="Active: sends and receives.")  # Active: sends and receives. 
    DEACTIVATING = SystemRDLEnumEntry(int_value=2, name=None, desc="A DEACTIVATE is draining the VC.")  # A DEACTIVATE is draining the VC. 
    

@unique
class _rx_status_e0xbafd3746f05d5463f99b4c9dd382a484f0426d43cd14ded206384711b16547b0_enumcls(SystemRDLEnum):

    RX_OK = SystemRDLEnumEntry(int_value=0, name=None, desc="PDU good.")  # PDU good. 
    RX_CRC = SystemRDLEnumEntry(int_value=1, name=None, desc="CRC-32 residue wrong.")  # CRC-32 residue wrong. 
    RX_LENGTH = SystemRDLEnumEntry(int_value=2, name=None, desc="Length field inconsistent with the bytes received.")  # Length field inconsistent with the bytes received. 
    RX_OVERSIZE = SystemRDLEnumEntry(int_value=3, name=None, desc="More than max SDU (by cell count or by length field).")  # More than max SDU (by cell count or by length field). 
    RX_NO_BUFFER = SystemRDLEnumEntry(int_value=4, name=None, desc="A cell found no free buffer; PDU dropped.")  # A cell found no free buffer; PDU dropped. 
    RX_ABORTED = SystemRDLEnumEntry(int_value=5, name=None, desc="PDU aborted: its Length field is 0 (the AAL5 abort indication, I.363.5 / RFC 2684 section 3; never delivered, not even to an rx_errored VC), or a partial reassembly freed by DEACTIVATE.")  # PDU aborted: its Length field is 0 (the AAL5 abort indication, I.363.5 / RFC 2684 section 3; never delivered, not even to an rx_errored VC), or a partial reassembly freed by DEACTIVATE. 
    RX_DMA_ERROR = SystemRDLEnumEntry(int_value=6, name=None, desc="DMA: writing the PDU to host memory answered SLVERR/DECERR (an RX completion status only, docs/dma.md); RX_NO_BUFFER in an RX completion also means the DMA engine found no free buffer.")  # DMA: writing the PDU to host memory answered SLVERR/DECERR (an RX completion status only, docs/dma.md); RX_NO_BUFFER in an RX completion also means the DMA engine found no free buffer. 
    

@unique
class _tx_status_e0x90acf299b7009142782b0335f68b0bf4595d107dae5213cc5882223a1ee729d9_enumcls(SystemRDLEnum):

    TX_OK = SystemRDLEnumEntry(int_value=0, name=None, desc="Frame sent: its last cell left on the line.")  # Frame sent: its last cell left on the line. 
    TX_ABORTED = SystemRDLEnumEntry(int_value=1, name=None, desc="Frame flushed by DEACTIVATE before it started.")  # Frame flushed by DEACTIVATE before it started. 
    TX_INACTIVE = SystemRDLEnumEntry(int_value=2, name=None, desc="Frame for a VC that is not ACTIVE (or not TX-enabled); dropped.")  # Frame for a VC that is not ACTIVE (or not TX-enabled); dropped. 
    TX_OVERSIZE = SystemRDLEnumEntry(int_value=3, name=None, desc="Frame longer than the VC\u0027s max SDU; dropped.")  # Frame longer than the VC's max SDU; dropped. 
    TX_ZERO_LENGTH = SystemRDLEnumEntry(int_value=4, name=None, desc="Frame of 0 bytes; dropped (an AAL5 PDU with Length 0 is the abort indication, I.363.5, so it is never sent).")  # Frame of 0 bytes; dropped (an AAL5 PDU with Length 0 is the abort indication, I.363.5, so it is never sent). 
    TX_BAD_VC = SystemRDLEnumEntry(int_value=5, name=None, desc="DMA: descriptor VC \u003e= NUM_VC; completed by the DMA engine without reaching the core (docs/dma.md).")  # DMA: descriptor VC >= NUM_VC; completed by the DMA engine without reaching the core (docs/dma.md). 
    TX_BAD_DESC = SystemRDLEnumEntry(int_value=6, name=None, desc="DMA: descriptor with a misaligned buffer address or reserved bits set; dropped by the core in the VC\u0027s order (host TX tuser[19:17]).")  # DMA: descriptor with a misaligned buffer address or reserved bits set; dropped by the core in the VC's order (host TX tuser[19:17]). 
    TX_DMA_ERROR = SystemRDLEnumEntry(int_value=7, name=None, desc="DMA: reading the frame\u0027s buffer answered SLVERR/DECERR; dropped by the core in the VC\u0027s order (host TX tuser[19:17]).")  # DMA: reading the frame's buffer answered SLVERR/DECERR; dropped by the core in the VC's order (host TX tuser[19:17]). 
    
if __name__ == '__main__':
    pass