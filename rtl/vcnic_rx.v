// vcnic_rx: the whole receive side (line RX cells -> HEC -> lookup -> reassembly -> host RX).
// Instantiated by vcnic_core; the TX side and the command engine (vc_table) talk to it
// only through these ports. See docs/architecture.md, section RX.
// CONTRACT STUB (ports fixed by the integrator): the RX engineer fills in the body.
`default_nettype none
module vcnic_rx #(
    parameter integer NUM_VC       = 256,
    parameter integer DATA_W       = 32,
    parameter integer RX_BUF_CELLS = 1024,
    parameter integer LOOKUP_WAYS  = 4,
    parameter integer VC_W         = (NUM_VC > 1) ? $clog2(NUM_VC) : 1
) (
    input  wire                 clk,
    input  wire                 rst,          // rst | soft reset
    // control (CTRL register)
    input  wire                 enable,
    input  wire                 hec_correct,
    input  wire                 nni,
    // line RX cells (already muxed for loopback by the top)
    input  wire [DATA_W-1:0]    s_line_tdata,
    input  wire [DATA_W/8-1:0]  s_line_tkeep,
    input  wire                 s_line_tvalid,
    output wire                 s_line_tready,
    input  wire                 s_line_tlast,
    // host RX PDUs
    output wire [DATA_W-1:0]    m_rx_tdata,
    output wire [DATA_W/8-1:0]  m_rx_tkeep,
    output wire                 m_rx_tvalid,
    input  wire                 m_rx_tready,
    output wire                 m_rx_tlast,
    output wire [VC_W-1:0]      m_rx_tdest,
    output wire [23:0]          m_rx_tuser,
    // per-VC configuration, read combinationally from vc_table (same cycle)
    output wire [VC_W-1:0]      cfg_vc,
    input  wire [1:0]           cfg_state,      // vc_state_e
    input  wire                 cfg_rx_en,
    input  wire                 cfg_rx_errored,
    input  wire [15:0]          cfg_max_sdu,
    // lookup maintenance from the command engine: op 0 = insert, 1 = remove.
    // Insert answers status 0 ok, 1 duplicate (VPI,VCI already present), 2 set full.
    // done is a one-cycle pulse, at most a few cycles after valid (valid held until done).
    input  wire                 lk_valid,
    input  wire                 lk_op,
    input  wire [11:0]          lk_vpi,
    input  wire [15:0]          lk_vci,
    input  wire [VC_W-1:0]      lk_vc,
    output wire                 lk_done,
    output wire [1:0]           lk_status,
    // DEACTIVATE: close the VC's RX side (free a partial reassembly, count RX_ABORTED, wait
    // until no PDU of the VC waits for host RX). valid held until done (one-cycle pulse).
    input  wire                 close_valid,
    input  wire [VC_W-1:0]      close_vc,
    output wire                 close_done,
    // CLEAR: zero the VC's RX context and counters (one-cycle strobe)
    input  wire                 clear_valid,
    input  wire [VC_W-1:0]      clear_vc,
    // ACTIVATE: reset the VC's RX context (one-cycle strobe)
    input  wire                 open_valid,
    input  wire [VC_W-1:0]      open_vc,
    // QUERY read port: combinational values of query_vc
    input  wire [VC_W-1:0]      query_vc,
    output wire [31:0]          q_cells,
    output wire [31:0]          q_pdus,
    output wire [63:0]          q_bytes,
    output wire [31:0]          q_crc,
    output wire [31:0]          q_length,
    output wire [31:0]          q_oversize,
    output wire [31:0]          q_no_buffer,
    output wire [31:0]          q_aborted,
    output wire [3:0]           q_last_status,
    // live global counters (the top latches them on CTRL.snapshot)
    output wire [31:0]          cnt_cells_rx,
    output wire [31:0]          cnt_hec_corrected,
    output wire [31:0]          cnt_hec_discarded,
    output wire [31:0]          cnt_unknown_vc,
    output wire [31:0]          cnt_pdus_rx,
    output wire [31:0]          cnt_crc_errors,
    output wire [31:0]          cnt_len_errors,
    output wire [31:0]          cnt_oversize,
    output wire [31:0]          cnt_no_buffer,
    output wire [31:0]          cnt_rx_aborted,
    output wire [63:0]          cnt_bytes_rx,
    output wire [15:0]          rx_free,
    // pulses for INT_STATUS
    output wire                 ev_rx_pdu,
    output wire                 ev_rx_error,
    output wire                 ev_cell_drop,
    // 1 when no cell is anywhere between s_line and the reassembly contexts (for the
    // DEACTIVATE drain in loopback)
    output wire                 pipe_idle
);
`include "vcnic_defs.vh"
endmodule
`default_nettype wire
