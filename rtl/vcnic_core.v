// vcnic_core: top of the vcnic ATM AAL5 SAR core. See docs/architecture.md.
`default_nettype none
module vcnic_core #(
    parameter integer NUM_VC       = 256,
    parameter integer DATA_W       = 32,
    parameter integer TX_BUF_CELLS = 1024,
    parameter integer RX_BUF_CELLS = 1024,
    parameter integer NUM_CBR      = 16,
    parameter integer LOOKUP_WAYS  = 4,
    parameter integer LINK_RATE    = 353207,
    parameter integer VC_W         = (NUM_VC > 1) ? $clog2(NUM_VC) : 1,
    parameter integer KEEP_W       = DATA_W / 8
) (
    input  wire                 clk,
    input  wire                 rst,
    // register bus (AXI4-Lite)
    input  wire                 s_axil_awvalid,
    output wire                 s_axil_awready,
    input  wire [8:0]           s_axil_awaddr,
    input  wire [2:0]           s_axil_awprot,
    input  wire                 s_axil_wvalid,
    output wire                 s_axil_wready,
    input  wire [31:0]          s_axil_wdata,
    input  wire [3:0]           s_axil_wstrb,
    output wire                 s_axil_bvalid,
    input  wire                 s_axil_bready,
    output wire [1:0]           s_axil_bresp,
    input  wire                 s_axil_arvalid,
    output wire                 s_axil_arready,
    input  wire [8:0]           s_axil_araddr,
    input  wire [2:0]           s_axil_arprot,
    output wire                 s_axil_rvalid,
    input  wire                 s_axil_rready,
    output wire [31:0]          s_axil_rdata,
    output wire [1:0]           s_axil_rresp,
    // host TX frames
    input  wire [DATA_W-1:0]    s_axis_tx_tdata,
    input  wire [KEEP_W-1:0]    s_axis_tx_tkeep,
    input  wire                 s_axis_tx_tvalid,
    output wire                 s_axis_tx_tready,
    input  wire                 s_axis_tx_tlast,
    input  wire [VC_W-1:0]      s_axis_tx_tdest,
    input  wire [16:0]          s_axis_tx_tuser,
    // TX completions
    output wire [7:0]           m_axis_txc_tdata,
    output wire [VC_W-1:0]      m_axis_txc_tdest,
    output wire                 m_axis_txc_tvalid,
    input  wire                 m_axis_txc_tready,
    output wire                 m_axis_txc_tlast,
    // host RX PDUs
    output wire [DATA_W-1:0]    m_axis_rx_tdata,
    output wire [KEEP_W-1:0]    m_axis_rx_tkeep,
    output wire                 m_axis_rx_tvalid,
    input  wire                 m_axis_rx_tready,
    output wire                 m_axis_rx_tlast,
    output wire [VC_W-1:0]      m_axis_rx_tdest,
    output wire [23:0]          m_axis_rx_tuser,
    // line TX cells
    output wire [DATA_W-1:0]    m_axis_line_tx_tdata,
    output wire [KEEP_W-1:0]    m_axis_line_tx_tkeep,
    output wire                 m_axis_line_tx_tvalid,
    input  wire                 m_axis_line_tx_tready,
    output wire                 m_axis_line_tx_tlast,
    // line RX cells
    input  wire [DATA_W-1:0]    s_axis_line_rx_tdata,
    input  wire [KEEP_W-1:0]    s_axis_line_rx_tkeep,
    input  wire                 s_axis_line_rx_tvalid,
    output wire                 s_axis_line_rx_tready,
    input  wire                 s_axis_line_rx_tlast,
    // interrupt
    output wire                 irq
);
`include "vcnic_defs.vh"

    // ------------------------------------------------------------ register block
    wire ctrl_enable, ctrl_loopback, ctrl_soft_reset, ctrl_snapshot, ctrl_hec_correct, ctrl_nni;
    wire is_cmd_done, is_rx_pdu, is_rx_error, is_tx_cpl, is_cmd_overrun, is_cell_drop;
    wire ie_cmd_done, ie_rx_pdu, ie_rx_error, ie_tx_cpl, ie_cmd_overrun, ie_cell_drop;

    vcnic_regs u_regs (
        .clk(clk), .rst(rst),
        .s_axil_awready(s_axil_awready), .s_axil_awvalid(s_axil_awvalid),
        .s_axil_awaddr(s_axil_awaddr), .s_axil_awprot(s_axil_awprot),
        .s_axil_wready(s_axil_wready), .s_axil_wvalid(s_axil_wvalid),
        .s_axil_wdata(s_axil_wdata), .s_axil_wstrb(s_axil_wstrb),
        .s_axil_bready(s_axil_bready), .s_axil_bvalid(s_axil_bvalid), .s_axil_bresp(s_axil_bresp),
        .s_axil_arready(s_axil_arready), .s_axil_arvalid(s_axil_arvalid),
        .s_axil_araddr(s_axil_araddr), .s_axil_arprot(s_axil_arprot),
        .s_axil_rready(s_axil_rready), .s_axil_rvalid(s_axil_rvalid),
        .s_axil_rdata(s_axil_rdata), .s_axil_rresp(s_axil_rresp),
        .hwif_in_cap_vc_num_vc(NUM_VC[15:0]),
        .hwif_in_cap_vc_vpi_bits(4'd8),
        .hwif_in_cap_vc_vci_bits(5'd16),
        .hwif_in_cap_vc_cbr_slots(NUM_CBR[6:0]),
        .hwif_in_cap_buf_rx_buf_cells(RX_BUF_CELLS[15:0]),
        .hwif_in_cap_buf_tx_buf_cells(TX_BUF_CELLS[15:0]),
        .hwif_in_cap_dp_data_width(DATA_W[7:0]),
        .hwif_in_cap_dp_aal_types(AAL_TYPE_AAL5),
        .hwif_in_cap_dp_service_cats(SERVICE_CBR | SERVICE_UBR),
        .hwif_in_link_rate_cells_per_s(LINK_RATE[31:0]),
        .hwif_out_ctrl_enable(ctrl_enable),
        .hwif_out_ctrl_loopback(ctrl_loopback),
        .hwif_out_ctrl_soft_reset(ctrl_soft_reset),
        .hwif_out_ctrl_snapshot(ctrl_snapshot),
        .hwif_out_ctrl_hec_correct(ctrl_hec_correct),
        .hwif_out_ctrl_nni(ctrl_nni),
        .hwif_in_status_rx_free(16'd0),
        .hwif_in_status_tx_free(16'd0),
        .hwif_out_int_status_cmd_done(is_cmd_done),       .hwif_in_int_status_cmd_done_hwset(1'b0),
        .hwif_out_int_status_rx_pdu(is_rx_pdu),           .hwif_in_int_status_rx_pdu_hwset(1'b0),
        .hwif_out_int_status_rx_error(is_rx_error),       .hwif_in_int_status_rx_error_hwset(1'b0),
        .hwif_out_int_status_tx_cpl(is_tx_cpl),           .hwif_in_int_status_tx_cpl_hwset(1'b0),
        .hwif_out_int_status_cmd_overrun(is_cmd_overrun), .hwif_in_int_status_cmd_overrun_hwset(1'b0),
        .hwif_out_int_status_cell_drop(is_cell_drop),     .hwif_in_int_status_cell_drop_hwset(1'b0),
        .hwif_out_int_enable_cmd_done(ie_cmd_done),
        .hwif_out_int_enable_rx_pdu(ie_rx_pdu),
        .hwif_out_int_enable_rx_error(ie_rx_error),
        .hwif_out_int_enable_tx_cpl(ie_tx_cpl),
        .hwif_out_int_enable_cmd_overrun(ie_cmd_overrun),
        .hwif_out_int_enable_cell_drop(ie_cell_drop),
        .hwif_in_cells_tx_value(32'd0), .hwif_in_cells_rx_value(32'd0),
        .hwif_in_hec_corrected_value(32'd0), .hwif_in_hec_discarded_value(32'd0),
        .hwif_in_unknown_vc_value(32'd0), .hwif_in_pdus_tx_value(32'd0),
        .hwif_in_pdus_rx_value(32'd0), .hwif_in_crc_errors_value(32'd0),
        .hwif_in_len_errors_value(32'd0), .hwif_in_oversize_value(32'd0),
        .hwif_in_no_buffer_value(32'd0), .hwif_in_rx_aborted_value(32'd0),
        .hwif_in_tx_aborted_value(32'd0), .hwif_in_tx_dropped_value(32'd0),
        .hwif_in_bytes_tx_lo_value(32'd0), .hwif_in_bytes_tx_hi_value(32'd0),
        .hwif_in_bytes_rx_lo_value(32'd0), .hwif_in_bytes_rx_hi_value(32'd0),
        .hwif_out_vc_select_vc(),
        .hwif_out_vc_vpivci_vci(), .hwif_out_vc_vpivci_vpi(),
        .hwif_out_vc_param_aal(), .hwif_out_vc_param_service(),
        .hwif_out_vc_param_tx_en(), .hwif_out_vc_param_rx_en(),
        .hwif_out_vc_param_rx_errored(), .hwif_out_vc_param_clp(),
        .hwif_out_vc_max_sdu_max_sdu(), .hwif_out_vc_pcr_inc_inc(),
        .hwif_out_vc_cmd_opcode(), .hwif_out_vc_cmd_opcode_swmod(),
        .hwif_in_vc_cmd_busy(1'b0), .hwif_in_vc_cmd_result(4'd0),
        .hwif_in_vc_q_state_state(2'd0), .hwif_in_vc_q_state_last_rx_status(4'd0),
        .hwif_in_vc_q_state_last_tx_status(4'd0), .hwif_in_vc_q_state_tx_queued(16'd0),
        .hwif_in_vc_q_vpivci_vci(16'd0), .hwif_in_vc_q_vpivci_vpi(12'd0),
        .hwif_in_vc_q_param_aal(8'd0), .hwif_in_vc_q_param_service(8'd0),
        .hwif_in_vc_q_param_tx_en(1'b0), .hwif_in_vc_q_param_rx_en(1'b0),
        .hwif_in_vc_q_param_rx_errored(1'b0), .hwif_in_vc_q_param_clp(1'b0),
        .hwif_in_vc_q_max_sdu_max_sdu(16'd0), .hwif_in_vc_q_inc_value(32'd0),
        .hwif_in_vc_tx_cells_value(32'd0), .hwif_in_vc_tx_pdus_value(32'd0),
        .hwif_in_vc_tx_bytes_lo_value(32'd0), .hwif_in_vc_tx_bytes_hi_value(32'd0),
        .hwif_in_vc_tx_aborted_value(32'd0), .hwif_in_vc_tx_dropped_value(32'd0),
        .hwif_in_vc_rx_cells_value(32'd0), .hwif_in_vc_rx_pdus_value(32'd0),
        .hwif_in_vc_rx_bytes_lo_value(32'd0), .hwif_in_vc_rx_bytes_hi_value(32'd0),
        .hwif_in_vc_rx_crc_value(32'd0), .hwif_in_vc_rx_length_value(32'd0),
        .hwif_in_vc_rx_oversize_value(32'd0), .hwif_in_vc_rx_no_buffer_value(32'd0),
        .hwif_in_vc_rx_aborted_value(32'd0)
    );

    assign irq = |({is_cmd_done, is_rx_pdu, is_rx_error, is_tx_cpl, is_cmd_overrun, is_cell_drop} &
                   {ie_cmd_done, ie_rx_pdu, ie_rx_error, ie_tx_cpl, ie_cmd_overrun, ie_cell_drop});

    // ------------------------------------------------------------ placeholder datapath
    assign s_axis_tx_tready      = 1'b0;
    assign m_axis_txc_tdata      = 8'd0;
    assign m_axis_txc_tdest      = {VC_W{1'b0}};
    assign m_axis_txc_tvalid     = 1'b0;
    assign m_axis_txc_tlast      = 1'b1;
    assign m_axis_rx_tdata       = {DATA_W{1'b0}};
    assign m_axis_rx_tkeep       = {KEEP_W{1'b0}};
    assign m_axis_rx_tvalid      = 1'b0;
    assign m_axis_rx_tlast       = 1'b0;
    assign m_axis_rx_tdest       = {VC_W{1'b0}};
    assign m_axis_rx_tuser       = 24'd0;
    assign m_axis_line_tx_tdata  = {DATA_W{1'b0}};
    assign m_axis_line_tx_tkeep  = {KEEP_W{1'b0}};
    assign m_axis_line_tx_tvalid = 1'b0;
    assign m_axis_line_tx_tlast  = 1'b0;
    assign s_axis_line_rx_tready = 1'b1;

endmodule
`default_nettype wire
