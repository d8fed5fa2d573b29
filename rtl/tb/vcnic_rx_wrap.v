// Unit-test wrapper of vcnic_rx: an HDL clock, a tiny per-VC configuration table the test
// writes through cfg_we (standing in for vc_table), and event-pulse counters.
`timescale 1ns/1ps
`default_nettype none
module vcnic_rx_wrap #(
    parameter integer NUM_VC       = 256,
    parameter integer DATA_W       = 32,
    parameter integer RX_BUF_CELLS = 1024,
    parameter integer LOOKUP_WAYS  = 4,
    parameter integer VC_W         = (NUM_VC > 1) ? $clog2(NUM_VC) : 1
) (
`ifdef VCNIC_EXT_CLOCK
    input  wire                 clk,            // driven by a cocotb GPI clock (Verilator)
`else
    output reg                  clk,
`endif
    input  wire                 rst,
    input  wire                 enable,
    input  wire                 hec_correct,
    input  wire                 nni,
    input  wire [DATA_W-1:0]    s_line_tdata,
    input  wire [DATA_W/8-1:0]  s_line_tkeep,
    input  wire                 s_line_tvalid,
    output wire                 s_line_tready,
    input  wire                 s_line_tlast,
    output wire [DATA_W-1:0]    m_rx_tdata,
    output wire [DATA_W/8-1:0]  m_rx_tkeep,
    output wire                 m_rx_tvalid,
    input  wire                 m_rx_tready,
    output wire                 m_rx_tlast,
    output wire [VC_W-1:0]      m_rx_tdest,
    output wire [23:0]          m_rx_tuser,
    // configuration table write port
    input  wire                 cfg_we,
    input  wire [VC_W-1:0]      cfg_wvc,
    input  wire [1:0]           cfg_wstate,
    input  wire                 cfg_wrx_en,
    input  wire                 cfg_wrx_errored,
    input  wire [15:0]          cfg_wmax_sdu,
    input  wire                 lk_valid,
    input  wire                 lk_op,
    input  wire [11:0]          lk_vpi,
    input  wire [15:0]          lk_vci,
    input  wire [VC_W-1:0]      lk_vc,
    output wire                 lk_done,
    output wire [1:0]           lk_status,
    input  wire                 close_valid,
    input  wire [VC_W-1:0]      close_vc,
    output wire                 close_done,
    input  wire                 clear_valid,
    input  wire [VC_W-1:0]      clear_vc,
    input  wire                 open_valid,
    input  wire [VC_W-1:0]      open_vc,
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
    output reg  [31:0]          n_ev_rx_pdu,
    output reg  [31:0]          n_ev_rx_error,
    output reg  [31:0]          n_ev_cell_drop,
    output reg  [31:0]          n_line_stall,    // cycles with s_line_tvalid && !s_line_tready
    output wire                 pipe_idle
);

`ifndef VCNIC_EXT_CLOCK
initial clk = 1'b0;
always #5 clk = ~clk;
`endif

reg [1:0]  st_mem  [0:NUM_VC-1];
reg        en_mem  [0:NUM_VC-1];
reg        err_mem [0:NUM_VC-1];
reg [15:0] max_mem [0:NUM_VC-1];
integer i;
initial begin
    for (i = 0; i < NUM_VC; i = i + 1) begin
        st_mem[i] = 2'd0;
        en_mem[i] = 1'b0;
        err_mem[i] = 1'b0;
        max_mem[i] = 16'd0;
    end
end
always @(posedge clk) begin
    if (cfg_we) begin
        st_mem[cfg_wvc] <= cfg_wstate;
        en_mem[cfg_wvc] <= cfg_wrx_en;
        err_mem[cfg_wvc] <= cfg_wrx_errored;
        max_mem[cfg_wvc] <= cfg_wmax_sdu;
    end
end

wire [VC_W-1:0] cfg_vc;
wire ev_rx_pdu, ev_rx_error, ev_cell_drop;

always @(posedge clk) begin
    if (rst) begin
        n_ev_rx_pdu <= 32'd0;
        n_ev_rx_error <= 32'd0;
        n_ev_cell_drop <= 32'd0;
        n_line_stall <= 32'd0;
    end else begin
        n_ev_rx_pdu <= n_ev_rx_pdu + {31'd0, ev_rx_pdu};
        n_ev_rx_error <= n_ev_rx_error + {31'd0, ev_rx_error};
        n_ev_cell_drop <= n_ev_cell_drop + {31'd0, ev_cell_drop};
        n_line_stall <= n_line_stall + {31'd0, s_line_tvalid && !s_line_tready};
    end
end

vcnic_rx #(.NUM_VC(NUM_VC), .DATA_W(DATA_W), .RX_BUF_CELLS(RX_BUF_CELLS),
           .LOOKUP_WAYS(LOOKUP_WAYS), .VC_W(VC_W)) dut (
    .clk(clk), .rst(rst), .enable(enable), .hec_correct(hec_correct), .nni(nni),
    .s_line_tdata(s_line_tdata), .s_line_tkeep(s_line_tkeep), .s_line_tvalid(s_line_tvalid),
    .s_line_tready(s_line_tready), .s_line_tlast(s_line_tlast),
    .m_rx_tdata(m_rx_tdata), .m_rx_tkeep(m_rx_tkeep), .m_rx_tvalid(m_rx_tvalid),
    .m_rx_tready(m_rx_tready), .m_rx_tlast(m_rx_tlast), .m_rx_tdest(m_rx_tdest),
    .m_rx_tuser(m_rx_tuser),
    .cfg_vc(cfg_vc), .cfg_state(st_mem[cfg_vc]), .cfg_rx_en(en_mem[cfg_vc]),
    .cfg_rx_errored(err_mem[cfg_vc]), .cfg_max_sdu(max_mem[cfg_vc]),
    .lk_valid(lk_valid), .lk_op(lk_op), .lk_vpi(lk_vpi), .lk_vci(lk_vci), .lk_vc(lk_vc),
    .lk_done(lk_done), .lk_status(lk_status),
    .close_valid(close_valid), .close_vc(close_vc), .close_done(close_done),
    .clear_valid(clear_valid), .clear_vc(clear_vc), .open_valid(open_valid), .open_vc(open_vc),
    .query_vc(query_vc), .q_cells(q_cells), .q_pdus(q_pdus), .q_bytes(q_bytes), .q_crc(q_crc),
    .q_length(q_length), .q_oversize(q_oversize), .q_no_buffer(q_no_buffer),
    .q_aborted(q_aborted), .q_last_status(q_last_status),
    .cnt_cells_rx(cnt_cells_rx), .cnt_hec_corrected(cnt_hec_corrected),
    .cnt_hec_discarded(cnt_hec_discarded), .cnt_unknown_vc(cnt_unknown_vc),
    .cnt_pdus_rx(cnt_pdus_rx), .cnt_crc_errors(cnt_crc_errors), .cnt_len_errors(cnt_len_errors),
    .cnt_oversize(cnt_oversize), .cnt_no_buffer(cnt_no_buffer), .cnt_rx_aborted(cnt_rx_aborted),
    .cnt_bytes_rx(cnt_bytes_rx), .rx_free(rx_free),
    .ev_rx_pdu(ev_rx_pdu), .ev_rx_error(ev_rx_error), .ev_cell_drop(ev_cell_drop),
    .pipe_idle(pipe_idle)
);

endmodule
`default_nettype wire
