// vcnic_rx: the whole receive side (line RX cells -> HEC -> lookup -> reassembly -> host RX).
// Instantiated by vcnic_core; the TX side and the command engine (vc_table) talk to it
// only through these ports. See docs/architecture.md, section RX.
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
// Structure: rx_cell (deserialise, frame length, HEC I.432, CRC-32 part of the payload)
// -> vc_lookup (combinational, on the cell held in rx_cell's output register) -> rx_reasm
// (per-VC contexts, buffer, free list, counters, commands; one cycle per cell) -> rx_deliver
// (delivery FIFO, host RX stream).
localparam integer BUF_W = (RX_BUF_CELLS > 1) ? $clog2(RX_BUF_CELLS) : 1;

// ------------------------------------------------------------------ cells
wire         a_valid, a_ready;
wire [31:0]  a_hdr;
wire [383:0] a_pay;
wire [31:0]  a_dcrc;
wire         cell_drop;

rx_cell #(.DATA_W(DATA_W)) u_cell (
    .clk(clk), .rst(rst), .enable(enable), .hec_correct(hec_correct), .nni(nni),
    .s_tdata(s_line_tdata), .s_tkeep(s_line_tkeep), .s_tvalid(s_line_tvalid),
    .s_tready(s_line_tready), .s_tlast(s_line_tlast),
    .m_valid(a_valid), .m_ready(a_ready), .m_hdr(a_hdr), .m_pay(a_pay), .m_dcrc(a_dcrc),
    .cnt_hec_corrected(cnt_hec_corrected), .cnt_hec_discarded(cnt_hec_discarded),
    .ev_drop(cell_drop)
);

// ------------------------------------------------------------------ lookup
wire [11:0]     a_vpi = nni ? a_hdr[31:20] : {4'd0, a_hdr[27:20]};
wire [15:0]     a_vci = a_hdr[19:4];
wire            a_hit;
wire [VC_W-1:0] a_vc;
wire            lk_busy;
wire            _unused_ok = &{1'b0, a_hdr[0]};

vc_lookup #(.NUM_VC(NUM_VC), .LOOKUP_WAYS(LOOKUP_WAYS), .VC_W(VC_W)) u_lookup (
    .clk(clk), .rst(rst), .busy(lk_busy),
    .q_vpi(a_vpi), .q_vci(a_vci), .q_hit(a_hit), .q_vc(a_vc),
    .lk_valid(lk_valid), .lk_op(lk_op), .lk_vpi(lk_vpi), .lk_vci(lk_vci), .lk_vc(lk_vc),
    .lk_done(lk_done), .lk_status(lk_status)
);

// ------------------------------------------------------------------ reassembly
wire             dq_valid;
wire [VC_W-1:0]  dq_vc;
wire [BUF_W-1:0] dq_head, dq_tail;
wire [11:0]      dq_cells;
wire [16:0]      dq_len;
wire [3:0]       dq_status;
wire [7:0]       dq_uu, dq_cpi;
wire             fr_valid, fr_ack;
wire [VC_W-1:0]  fr_vc;
wire [BUF_W-1:0] fr_head, fr_tail;
wire [11:0]      fr_cells;
wire [BUF_W-1:0] rd_cell, rd_next;
wire [383:0]     rd_data;
wire             ev_unknown;

rx_reasm #(.NUM_VC(NUM_VC), .RX_BUF_CELLS(RX_BUF_CELLS), .VC_W(VC_W), .BUF_W(BUF_W)) u_reasm (
    .clk(clk), .rst(rst),
    .c_valid(a_valid), .c_ready(a_ready), .c_pti(a_hdr[3:1]), .c_pay(a_pay), .c_dcrc(a_dcrc),
    .c_hit(a_hit), .c_vc(a_vc), .lk_busy(lk_busy),
    .cfg_vc(cfg_vc), .cfg_state(cfg_state), .cfg_rx_en(cfg_rx_en),
    .cfg_rx_errored(cfg_rx_errored), .cfg_max_sdu(cfg_max_sdu),
    .close_valid(close_valid), .close_vc(close_vc), .close_done(close_done),
    .clear_valid(clear_valid), .clear_vc(clear_vc), .open_valid(open_valid), .open_vc(open_vc),
    .dq_valid(dq_valid), .dq_vc(dq_vc), .dq_head(dq_head), .dq_tail(dq_tail),
    .dq_cells(dq_cells), .dq_len(dq_len), .dq_status(dq_status), .dq_uu(dq_uu), .dq_cpi(dq_cpi),
    .fr_valid(fr_valid), .fr_ack(fr_ack), .fr_vc(fr_vc), .fr_head(fr_head), .fr_tail(fr_tail),
    .fr_cells(fr_cells),
    .rd_cell(rd_cell), .rd_data(rd_data), .rd_next(rd_next),
    .query_vc(query_vc), .q_cells(q_cells), .q_pdus(q_pdus), .q_bytes(q_bytes), .q_crc(q_crc),
    .q_length(q_length), .q_oversize(q_oversize), .q_no_buffer(q_no_buffer),
    .q_aborted(q_aborted), .q_last_status(q_last_status),
    .cnt_cells_rx(cnt_cells_rx), .cnt_unknown_vc(cnt_unknown_vc), .cnt_pdus_rx(cnt_pdus_rx),
    .cnt_crc_errors(cnt_crc_errors), .cnt_len_errors(cnt_len_errors),
    .cnt_oversize(cnt_oversize), .cnt_no_buffer(cnt_no_buffer),
    .cnt_rx_aborted(cnt_rx_aborted), .cnt_bytes_rx(cnt_bytes_rx), .rx_free(rx_free),
    .ev_rx_pdu(ev_rx_pdu), .ev_rx_error(ev_rx_error), .ev_unknown(ev_unknown)
);

// ------------------------------------------------------------------ delivery
rx_deliver #(.NUM_VC(NUM_VC), .DATA_W(DATA_W), .RX_BUF_CELLS(RX_BUF_CELLS), .VC_W(VC_W),
             .BUF_W(BUF_W)) u_deliver (
    .clk(clk), .rst(rst),
    .dq_valid(dq_valid), .dq_vc(dq_vc), .dq_head(dq_head), .dq_tail(dq_tail),
    .dq_cells(dq_cells), .dq_len(dq_len), .dq_status(dq_status), .dq_uu(dq_uu), .dq_cpi(dq_cpi),
    .fr_valid(fr_valid), .fr_ack(fr_ack), .fr_vc(fr_vc), .fr_head(fr_head), .fr_tail(fr_tail),
    .fr_cells(fr_cells),
    .rd_cell(rd_cell), .rd_data(rd_data), .rd_next(rd_next),
    .m_tdata(m_rx_tdata), .m_tkeep(m_rx_tkeep), .m_tvalid(m_rx_tvalid), .m_tready(m_rx_tready),
    .m_tlast(m_rx_tlast), .m_tdest(m_rx_tdest), .m_tuser(m_rx_tuser)
);

assign ev_cell_drop = cell_drop || ev_unknown;
// no cell between s_line's last beat and the reassembly context update (rx_reasm takes a
// cell from rx_cell's output register and updates the context in the same cycle)
assign pipe_idle = !a_valid;

endmodule
`default_nettype wire
