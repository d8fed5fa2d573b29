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
`include "vcnic_core_ports.vh"
);
`include "vcnic_defs.vh"

    // ------------------------------------------------------------ register block
    localparam integer CELL_W = (TX_BUF_CELLS > 1) ? $clog2(TX_BUF_CELLS) : 1;

    wire ctrl_enable, ctrl_loopback, ctrl_soft_reset, ctrl_snapshot, ctrl_hec_correct, ctrl_nni;
    wire is_cmd_done, is_rx_pdu, is_rx_error, is_tx_cpl, is_cmd_overrun, is_cell_drop;
    wire ie_cmd_done, ie_rx_pdu, ie_rx_error, ie_tx_cpl, ie_cmd_overrun, ie_cell_drop;
    wire [15:0] r_vc, r_vci, r_max_sdu;
    wire [11:0] r_vpi;
    wire [7:0]  r_aal, r_service;
    wire        r_tx_en, r_rx_en, r_rx_errored, r_clp;
    wire [31:0] r_inc;
    wire [3:0]  r_opcode;
    wire        r_opcode_swmod;

    // everything but the register block is reset by rst or CTRL.soft_reset
    wire core_rst = rst | ctrl_soft_reset;

    // vc_table <-> regs
    wire        cmd_busy;
    wire [3:0]  cmd_result;
    wire        ev_cmd_done, ev_cmd_overrun;
    wire [1:0]  qs_state;
    wire [3:0]  qs_last_rx_status, qs_last_tx_status;
    wire [15:0] qs_tx_queued, qs_vci, qs_max_sdu;
    wire [11:0] qs_vpi;
    wire [7:0]  qs_aal, qs_service;
    wire        qs_tx_en, qs_rx_en, qs_rx_errored, qs_clp;
    wire [31:0] qs_inc, qs_tx_cells, qs_tx_pdus, qs_tx_aborted, qs_tx_dropped;
    wire [63:0] qs_tx_bytes, qs_rx_bytes;
    wire [31:0] qs_rx_cells, qs_rx_pdus, qs_rx_crc, qs_rx_length, qs_rx_oversize;
    wire [31:0] qs_rx_no_buffer, qs_rx_aborted;

    // live global counters and their snapshots
    wire [31:0] c_cells_tx, c_pdus_tx, c_tx_aborted, c_tx_dropped;
    wire [63:0] c_bytes_tx, c_bytes_rx;
    wire [31:0] c_cells_rx, c_hec_corrected, c_hec_discarded, c_unknown_vc, c_pdus_rx;
    wire [31:0] c_crc_errors, c_len_errors, c_oversize, c_no_buffer, c_rx_aborted;
    reg  [31:0] s_cells_tx, s_pdus_tx, s_tx_aborted, s_tx_dropped;
    reg  [63:0] s_bytes_tx, s_bytes_rx;
    reg  [31:0] s_cells_rx, s_hec_corrected, s_hec_discarded, s_unknown_vc, s_pdus_rx;
    reg  [31:0] s_crc_errors, s_len_errors, s_oversize, s_no_buffer, s_rx_aborted;
    wire [15:0] rx_free, tx_free;
    wire        ev_tx_cpl, ev_rx_pdu, ev_rx_error, ev_cell_drop;

    always @(posedge clk) begin
        if (core_rst) begin
            s_cells_tx <= 32'd0; s_pdus_tx <= 32'd0; s_tx_aborted <= 32'd0; s_tx_dropped <= 32'd0;
            s_bytes_tx <= 64'd0; s_bytes_rx <= 64'd0;
            s_cells_rx <= 32'd0; s_hec_corrected <= 32'd0; s_hec_discarded <= 32'd0;
            s_unknown_vc <= 32'd0; s_pdus_rx <= 32'd0; s_crc_errors <= 32'd0;
            s_len_errors <= 32'd0; s_oversize <= 32'd0; s_no_buffer <= 32'd0;
            s_rx_aborted <= 32'd0;
        end else if (ctrl_snapshot) begin
            s_cells_tx <= c_cells_tx; s_pdus_tx <= c_pdus_tx; s_tx_aborted <= c_tx_aborted;
            s_tx_dropped <= c_tx_dropped; s_bytes_tx <= c_bytes_tx; s_bytes_rx <= c_bytes_rx;
            s_cells_rx <= c_cells_rx; s_hec_corrected <= c_hec_corrected;
            s_hec_discarded <= c_hec_discarded; s_unknown_vc <= c_unknown_vc;
            s_pdus_rx <= c_pdus_rx; s_crc_errors <= c_crc_errors; s_len_errors <= c_len_errors;
            s_oversize <= c_oversize; s_no_buffer <= c_no_buffer; s_rx_aborted <= c_rx_aborted;
        end
    end

    // the register block behind axil_resp_split: a read response never waits for the
    // master to take a write response (the block's own queue answers in order)
    wire        g_awvalid, g_awready, g_wvalid, g_wready, g_bvalid, g_bready;
    wire        g_arvalid, g_arready, g_rvalid, g_rready;
    wire [8:0]  g_awaddr, g_araddr;
    wire [2:0]  g_awprot, g_arprot;
    wire [31:0] g_wdata, g_rdata;
    wire [3:0]  g_wstrb;
    wire [1:0]  g_bresp, g_rresp;

    axil_resp_split #(.ADDR_W(9)) u_axil (
        .clk(clk), .rst(rst),
        .s_awvalid(s_axil_awvalid), .s_awready(s_axil_awready), .s_awaddr(s_axil_awaddr),
        .s_awprot(s_axil_awprot), .s_wvalid(s_axil_wvalid), .s_wready(s_axil_wready),
        .s_wdata(s_axil_wdata), .s_wstrb(s_axil_wstrb), .s_bvalid(s_axil_bvalid),
        .s_bready(s_axil_bready), .s_bresp(s_axil_bresp), .s_arvalid(s_axil_arvalid),
        .s_arready(s_axil_arready), .s_araddr(s_axil_araddr), .s_arprot(s_axil_arprot),
        .s_rvalid(s_axil_rvalid), .s_rready(s_axil_rready), .s_rdata(s_axil_rdata),
        .s_rresp(s_axil_rresp),
        .m_awvalid(g_awvalid), .m_awready(g_awready), .m_awaddr(g_awaddr),
        .m_awprot(g_awprot), .m_wvalid(g_wvalid), .m_wready(g_wready), .m_wdata(g_wdata),
        .m_wstrb(g_wstrb), .m_bvalid(g_bvalid), .m_bready(g_bready), .m_bresp(g_bresp),
        .m_arvalid(g_arvalid), .m_arready(g_arready), .m_araddr(g_araddr),
        .m_arprot(g_arprot), .m_rvalid(g_rvalid), .m_rready(g_rready), .m_rdata(g_rdata),
        .m_rresp(g_rresp)
    );

    vcnic_regs u_regs (
        .clk(clk), .rst(rst),
        .s_axil_awready(g_awready), .s_axil_awvalid(g_awvalid),
        .s_axil_awaddr(g_awaddr), .s_axil_awprot(g_awprot),
        .s_axil_wready(g_wready), .s_axil_wvalid(g_wvalid),
        .s_axil_wdata(g_wdata), .s_axil_wstrb(g_wstrb),
        .s_axil_bready(g_bready), .s_axil_bvalid(g_bvalid), .s_axil_bresp(g_bresp),
        .s_axil_arready(g_arready), .s_axil_arvalid(g_arvalid),
        .s_axil_araddr(g_araddr), .s_axil_arprot(g_arprot),
        .s_axil_rready(g_rready), .s_axil_rvalid(g_rvalid),
        .s_axil_rdata(g_rdata), .s_axil_rresp(g_rresp),
        .hwif_in_cap_vc_num_vc(NUM_VC[15:0]),
        .hwif_in_cap_vc_vpi_bits(ctrl_nni ? 4'd12 : 4'd8),
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
        .hwif_in_status_rx_free(rx_free),
        .hwif_in_status_tx_free(tx_free),
        .hwif_out_int_status_cmd_done(is_cmd_done),       .hwif_in_int_status_cmd_done_hwset(ev_cmd_done),
        .hwif_out_int_status_rx_pdu(is_rx_pdu),           .hwif_in_int_status_rx_pdu_hwset(ev_rx_pdu),
        .hwif_out_int_status_rx_error(is_rx_error),       .hwif_in_int_status_rx_error_hwset(ev_rx_error),
        .hwif_out_int_status_tx_cpl(is_tx_cpl),           .hwif_in_int_status_tx_cpl_hwset(ev_tx_cpl),
        .hwif_out_int_status_cmd_overrun(is_cmd_overrun), .hwif_in_int_status_cmd_overrun_hwset(ev_cmd_overrun),
        .hwif_out_int_status_cell_drop(is_cell_drop),     .hwif_in_int_status_cell_drop_hwset(ev_cell_drop),
        .hwif_out_int_enable_cmd_done(ie_cmd_done),
        .hwif_out_int_enable_rx_pdu(ie_rx_pdu),
        .hwif_out_int_enable_rx_error(ie_rx_error),
        .hwif_out_int_enable_tx_cpl(ie_tx_cpl),
        .hwif_out_int_enable_cmd_overrun(ie_cmd_overrun),
        .hwif_out_int_enable_cell_drop(ie_cell_drop),
        .hwif_in_cells_tx_value(s_cells_tx), .hwif_in_cells_rx_value(s_cells_rx),
        .hwif_in_hec_corrected_value(s_hec_corrected), .hwif_in_hec_discarded_value(s_hec_discarded),
        .hwif_in_unknown_vc_value(s_unknown_vc), .hwif_in_pdus_tx_value(s_pdus_tx),
        .hwif_in_pdus_rx_value(s_pdus_rx), .hwif_in_crc_errors_value(s_crc_errors),
        .hwif_in_len_errors_value(s_len_errors), .hwif_in_oversize_value(s_oversize),
        .hwif_in_no_buffer_value(s_no_buffer), .hwif_in_rx_aborted_value(s_rx_aborted),
        .hwif_in_tx_aborted_value(s_tx_aborted), .hwif_in_tx_dropped_value(s_tx_dropped),
        .hwif_in_bytes_tx_lo_value(s_bytes_tx[31:0]), .hwif_in_bytes_tx_hi_value(s_bytes_tx[63:32]),
        .hwif_in_bytes_rx_lo_value(s_bytes_rx[31:0]), .hwif_in_bytes_rx_hi_value(s_bytes_rx[63:32]),
        .hwif_out_vc_select_vc(r_vc),
        .hwif_out_vc_vpivci_vci(r_vci), .hwif_out_vc_vpivci_vpi(r_vpi),
        .hwif_out_vc_param_aal(r_aal), .hwif_out_vc_param_service(r_service),
        .hwif_out_vc_param_tx_en(r_tx_en), .hwif_out_vc_param_rx_en(r_rx_en),
        .hwif_out_vc_param_rx_errored(r_rx_errored), .hwif_out_vc_param_clp(r_clp),
        .hwif_out_vc_max_sdu_max_sdu(r_max_sdu), .hwif_out_vc_pcr_inc_inc(r_inc),
        .hwif_out_vc_cmd_opcode(r_opcode), .hwif_out_vc_cmd_opcode_swmod(r_opcode_swmod),
        .hwif_in_vc_cmd_busy(cmd_busy), .hwif_in_vc_cmd_result(cmd_result),
        .hwif_in_vc_q_state_state(qs_state), .hwif_in_vc_q_state_last_rx_status(qs_last_rx_status),
        .hwif_in_vc_q_state_last_tx_status(qs_last_tx_status), .hwif_in_vc_q_state_tx_queued(qs_tx_queued),
        .hwif_in_vc_q_vpivci_vci(qs_vci), .hwif_in_vc_q_vpivci_vpi(qs_vpi),
        .hwif_in_vc_q_param_aal(qs_aal), .hwif_in_vc_q_param_service(qs_service),
        .hwif_in_vc_q_param_tx_en(qs_tx_en), .hwif_in_vc_q_param_rx_en(qs_rx_en),
        .hwif_in_vc_q_param_rx_errored(qs_rx_errored), .hwif_in_vc_q_param_clp(qs_clp),
        .hwif_in_vc_q_max_sdu_max_sdu(qs_max_sdu), .hwif_in_vc_q_inc_value(qs_inc),
        .hwif_in_vc_tx_cells_value(qs_tx_cells), .hwif_in_vc_tx_pdus_value(qs_tx_pdus),
        .hwif_in_vc_tx_bytes_lo_value(qs_tx_bytes[31:0]), .hwif_in_vc_tx_bytes_hi_value(qs_tx_bytes[63:32]),
        .hwif_in_vc_tx_aborted_value(qs_tx_aborted), .hwif_in_vc_tx_dropped_value(qs_tx_dropped),
        .hwif_in_vc_rx_cells_value(qs_rx_cells), .hwif_in_vc_rx_pdus_value(qs_rx_pdus),
        .hwif_in_vc_rx_bytes_lo_value(qs_rx_bytes[31:0]), .hwif_in_vc_rx_bytes_hi_value(qs_rx_bytes[63:32]),
        .hwif_in_vc_rx_crc_value(qs_rx_crc), .hwif_in_vc_rx_length_value(qs_rx_length),
        .hwif_in_vc_rx_oversize_value(qs_rx_oversize), .hwif_in_vc_rx_no_buffer_value(qs_rx_no_buffer),
        .hwif_in_vc_rx_aborted_value(qs_rx_aborted)
    );

    assign irq = |({is_cmd_done, is_rx_pdu, is_rx_error, is_tx_cpl, is_cmd_overrun, is_cell_drop} &
                   {ie_cmd_done, ie_rx_pdu, ie_rx_error, ie_tx_cpl, ie_cmd_overrun, ie_cell_drop});

    // ------------------------------------------------------------ VC table + commands
    wire [1:0]      ing_state;
    wire            ing_tx_en;
    wire [15:0]     ing_max_sdu;
    wire [VC_W-1:0] tc_vc;
    wire [11:0]     tc_vpi;
    wire [15:0]     tc_vci;
    wire            tc_clp;
    wire [VC_W-1:0] cfg_vc;
    wire [1:0]      cfg_state;
    wire            cfg_rx_en, cfg_rx_errored;
    wire [15:0]     cfg_max_sdu;
    wire            sc_req, sc_cbr, sc_done, hold_en, hold_quiet, hold_ing, cbr_free;
    wire [2:0]      sc_op;
    wire [VC_W-1:0] sc_vc, hold_vc, txq_vc;
    wire [31:0]     sc_inc;
    wire [31:0]     txq_cells, txq_pdus, txq_aborted, txq_dropped;
    wire [63:0]     txq_bytes;
    wire [15:0]     txq_queued;
    wire [3:0]      txq_last_status;
    wire            lk_valid, lk_op, lk_done, close_valid, close_done, clear_valid, open_valid;
    wire [11:0]     lk_vpi;
    wire [15:0]     lk_vci;
    wire [1:0]      lk_status;
    wire [VC_W-1:0] lk_vc, close_vc, clear_vc, open_vc, query_vc;
    wire [31:0]     rxq_cells, rxq_pdus, rxq_crc, rxq_length, rxq_oversize, rxq_no_buffer, rxq_aborted;
    wire [63:0]     rxq_bytes;
    wire [3:0]      rxq_last_status;
    wire            pipe_idle;

    vc_table #(.NUM_VC(NUM_VC), .TX_BUF_CELLS(TX_BUF_CELLS), .RX_BUF_CELLS(RX_BUF_CELLS),
               .VC_W(VC_W)) u_vc_table (
        .clk(clk), .rst(core_rst), .nni(ctrl_nni), .loopback(ctrl_loopback),
        .r_vc(r_vc), .r_vci(r_vci), .r_vpi(r_vpi), .r_aal(r_aal), .r_service(r_service),
        .r_tx_en(r_tx_en), .r_rx_en(r_rx_en), .r_rx_errored(r_rx_errored), .r_clp(r_clp),
        .r_max_sdu(r_max_sdu), .r_inc(r_inc), .r_opcode(r_opcode), .r_opcode_swmod(r_opcode_swmod),
        .busy(cmd_busy), .result(cmd_result), .ev_cmd_done(ev_cmd_done), .ev_cmd_overrun(ev_cmd_overrun),
        .qs_state(qs_state), .qs_last_rx_status(qs_last_rx_status), .qs_last_tx_status(qs_last_tx_status),
        .qs_tx_queued(qs_tx_queued), .qs_vci(qs_vci), .qs_vpi(qs_vpi), .qs_aal(qs_aal),
        .qs_service(qs_service), .qs_tx_en(qs_tx_en), .qs_rx_en(qs_rx_en),
        .qs_rx_errored(qs_rx_errored), .qs_clp(qs_clp), .qs_max_sdu(qs_max_sdu), .qs_inc(qs_inc),
        .qs_tx_cells(qs_tx_cells), .qs_tx_pdus(qs_tx_pdus), .qs_tx_bytes(qs_tx_bytes),
        .qs_tx_aborted(qs_tx_aborted), .qs_tx_dropped(qs_tx_dropped),
        .qs_rx_cells(qs_rx_cells), .qs_rx_pdus(qs_rx_pdus), .qs_rx_bytes(qs_rx_bytes),
        .qs_rx_crc(qs_rx_crc), .qs_rx_length(qs_rx_length), .qs_rx_oversize(qs_rx_oversize),
        .qs_rx_no_buffer(qs_rx_no_buffer), .qs_rx_aborted(qs_rx_aborted),
        .ing_vc(s_axis_tx_tdest), .ing_state(ing_state), .ing_tx_en(ing_tx_en), .ing_max_sdu(ing_max_sdu),
        .tc_vc(tc_vc), .tc_vpi(tc_vpi), .tc_vci(tc_vci), .tc_clp(tc_clp),
        .cfg_vc(cfg_vc), .cfg_state(cfg_state), .cfg_rx_en(cfg_rx_en),
        .cfg_rx_errored(cfg_rx_errored), .cfg_max_sdu(cfg_max_sdu),
        .sc_req(sc_req), .sc_op(sc_op), .sc_vc(sc_vc), .sc_cbr(sc_cbr), .sc_inc(sc_inc),
        .sc_done(sc_done), .hold_en(hold_en), .hold_vc(hold_vc), .hold_quiet(hold_quiet),
        .hold_ing(hold_ing),
        .cbr_free(cbr_free), .txq_vc(txq_vc), .txq_cells(txq_cells), .txq_pdus(txq_pdus),
        .txq_bytes(txq_bytes), .txq_aborted(txq_aborted), .txq_dropped(txq_dropped),
        .txq_queued(txq_queued), .txq_last_status(txq_last_status),
        .lk_valid(lk_valid), .lk_op(lk_op), .lk_vpi(lk_vpi), .lk_vci(lk_vci), .lk_vc(lk_vc),
        .lk_done(lk_done), .lk_status(lk_status),
        .close_valid(close_valid), .close_vc(close_vc), .close_done(close_done),
        .clear_valid(clear_valid), .clear_vc(clear_vc), .open_valid(open_valid), .open_vc(open_vc),
        .query_vc(query_vc), .rxq_cells(rxq_cells), .rxq_pdus(rxq_pdus), .rxq_bytes(rxq_bytes),
        .rxq_crc(rxq_crc), .rxq_length(rxq_length), .rxq_oversize(rxq_oversize),
        .rxq_no_buffer(rxq_no_buffer), .rxq_aborted(rxq_aborted), .rxq_last_status(rxq_last_status),
        .pipe_idle(pipe_idle)
    );

    // ------------------------------------------------------------ TX
    wire              iop_req, iop_clp, iop_gnt;
    wire [1:0]        iop_type;
    wire [CELL_W-1:0] iop_a, iop_b, pop_idx;
    wire [CELL_W:0]   iop_n;
    wire [VC_W:0]     iop_vc;
    wire [3:0]        iop_status;
    wire [15:0]       iop_len;
    wire              busy_a, busy_b, ing_spare;
    wire [15:0]       sched_free;
    wire [VC_W-1:0]   busy_a_vc, busy_b_vc;
    wire              buf_rd_en;
    wire [CELL_W-1:0] buf_rd_idx;
    wire [383:0]      buf_rd_data;
    wire [31:0]       slot_next;
    wire              issue_ok, iss_valid, iss_last, iss_clp;
    wire [VC_W-1:0]   iss_vc;
    wire [CELL_W-1:0] iss_cell;
    wire [15:0]       iss_len;
    wire              snt_valid, snt_last;
    wire [VC_W-1:0]   snt_vc;
    wire [CELL_W-1:0] snt_cell;
    wire [15:0]       snt_len;

    tx_ingest #(.NUM_VC(NUM_VC), .DATA_W(DATA_W), .TX_BUF_CELLS(TX_BUF_CELLS), .VC_W(VC_W),
                .CELL_W(CELL_W)) u_tx_ingest (
        .clk(clk), .rst(core_rst),
        .s_tdata(s_axis_tx_tdata), .s_tkeep(s_axis_tx_tkeep), .s_tvalid(s_axis_tx_tvalid),
        .s_tready(s_axis_tx_tready), .s_tlast(s_axis_tx_tlast), .s_tdest(s_axis_tx_tdest),
        .s_tuser(s_axis_tx_tuser),
        .cfg_state(ing_state), .cfg_tx_en(ing_tx_en), .cfg_max_sdu(ing_max_sdu),
        .iop_req(iop_req), .iop_type(iop_type), .iop_a(iop_a), .iop_b(iop_b), .iop_n(iop_n),
        .iop_vc(iop_vc), .iop_status(iop_status), .iop_len(iop_len), .iop_clp(iop_clp),
        .iop_gnt(iop_gnt), .pop_idx(pop_idx),
        .rd_en(buf_rd_en), .rd_idx(buf_rd_idx), .rd_data(buf_rd_data),
        .busy_a(busy_a), .busy_a_vc(busy_a_vc), .busy_b(busy_b), .busy_b_vc(busy_b_vc),
        .spare(ing_spare)
    );

    tx_sched #(.NUM_VC(NUM_VC), .TX_BUF_CELLS(TX_BUF_CELLS), .NUM_CBR(NUM_CBR), .VC_W(VC_W),
               .CELL_W(CELL_W)) u_tx_sched (
        .clk(clk), .rst(core_rst), .enable(ctrl_enable),
        .iop_req(iop_req), .iop_type(iop_type), .iop_a(iop_a), .iop_b(iop_b), .iop_n(iop_n),
        .iop_vc(iop_vc), .iop_status(iop_status), .iop_len(iop_len), .iop_clp(iop_clp),
        .iop_gnt(iop_gnt), .pop_idx(pop_idx),
        .busy_a(busy_a), .busy_a_vc(busy_a_vc), .busy_b(busy_b), .busy_b_vc(busy_b_vc),
        .slot_next(slot_next), .issue_ok(issue_ok),
        .iss_valid(iss_valid), .iss_vc(iss_vc), .iss_cell(iss_cell), .iss_last(iss_last),
        .iss_clp(iss_clp), .iss_len(iss_len),
        .snt_valid(snt_valid), .snt_vc(snt_vc), .snt_cell(snt_cell), .snt_last(snt_last),
        .snt_len(snt_len),
        .sc_req(sc_req), .sc_op(sc_op), .sc_vc(sc_vc), .sc_cbr(sc_cbr), .sc_inc(sc_inc),
        .sc_done(sc_done), .hold_en(hold_en), .hold_vc(hold_vc), .hold_quiet(hold_quiet),
        .hold_ing(hold_ing),
        .cbr_free(cbr_free),
        .q_vc(txq_vc), .q_cells(txq_cells), .q_pdus(txq_pdus), .q_bytes(txq_bytes),
        .q_aborted(txq_aborted), .q_dropped(txq_dropped), .q_queued(txq_queued),
        .q_last_status(txq_last_status),
        .m_txc_tdata(m_axis_txc_tdata), .m_txc_tdest(m_axis_txc_tdest),
        .m_txc_tvalid(m_axis_txc_tvalid), .m_txc_tready(m_axis_txc_tready),
        .ev_tx_cpl(ev_tx_cpl),
        .cnt_cells_tx(c_cells_tx), .cnt_pdus_tx(c_pdus_tx), .cnt_bytes_tx(c_bytes_tx),
        .cnt_tx_aborted(c_tx_aborted), .cnt_tx_dropped(c_tx_dropped), .tx_free(sched_free)
    );
    assign m_axis_txc_tlast = 1'b1;
    assign tx_free = sched_free + {15'd0, ing_spare};

    wire [DATA_W-1:0] ltx_tdata;
    wire [KEEP_W-1:0] ltx_tkeep;
    wire              ltx_tvalid, ltx_tready, ltx_tlast;

    tx_cell #(.NUM_VC(NUM_VC), .DATA_W(DATA_W), .TX_BUF_CELLS(TX_BUF_CELLS), .VC_W(VC_W),
              .CELL_W(CELL_W)) u_tx_cell (
        .clk(clk), .rst(core_rst), .enable(ctrl_enable), .nni(ctrl_nni),
        .slot_next(slot_next), .issue_ok(issue_ok),
        .iss_valid(iss_valid), .iss_vc(iss_vc), .iss_cell(iss_cell), .iss_last(iss_last),
        .iss_clp(iss_clp), .iss_len(iss_len),
        .snt_valid(snt_valid), .snt_vc(snt_vc), .snt_cell(snt_cell), .snt_last(snt_last),
        .snt_len(snt_len),
        .rd_en(buf_rd_en), .rd_idx(buf_rd_idx), .rd_data(buf_rd_data),
        .vc_rd(tc_vc), .vc_vpi(tc_vpi), .vc_vci(tc_vci), .vc_clp(tc_clp),
        .m_tdata(ltx_tdata), .m_tkeep(ltx_tkeep), .m_tvalid(ltx_tvalid), .m_tready(ltx_tready),
        .m_tlast(ltx_tlast)
    );

    // ------------------------------------------------------------ loopback mux
    // loopback: line TX feeds line RX; m_axis_line_tx is a monitor tap (tready ignored),
    // the external line RX is held ready and its cells are dropped.
    wire              rx_s_tready;
    assign m_axis_line_tx_tdata  = ltx_tdata;
    assign m_axis_line_tx_tkeep  = ltx_tkeep;
    // in loopback the tap shows a beat only in the cycle line RX takes it, so a monitor
    // with tready high sees every beat exactly once
    assign m_axis_line_tx_tvalid = ltx_tvalid && (!ctrl_loopback || rx_s_tready);
    assign m_axis_line_tx_tlast  = ltx_tlast;
    assign ltx_tready            = ctrl_loopback ? rx_s_tready : m_axis_line_tx_tready;
    assign s_axis_line_rx_tready = ctrl_loopback ? 1'b1 : rx_s_tready;
    wire [DATA_W-1:0] rx_s_tdata  = ctrl_loopback ? ltx_tdata  : s_axis_line_rx_tdata;
    wire [KEEP_W-1:0] rx_s_tkeep  = ctrl_loopback ? ltx_tkeep  : s_axis_line_rx_tkeep;
    wire              rx_s_tvalid = ctrl_loopback ? ltx_tvalid : s_axis_line_rx_tvalid;
    wire              rx_s_tlast  = ctrl_loopback ? ltx_tlast  : s_axis_line_rx_tlast;

    // ------------------------------------------------------------ RX
    vcnic_rx #(.NUM_VC(NUM_VC), .DATA_W(DATA_W), .RX_BUF_CELLS(RX_BUF_CELLS),
               .LOOKUP_WAYS(LOOKUP_WAYS), .VC_W(VC_W)) u_rx (
        .clk(clk), .rst(core_rst),
        .enable(ctrl_enable), .hec_correct(ctrl_hec_correct), .nni(ctrl_nni),
        .s_line_tdata(rx_s_tdata), .s_line_tkeep(rx_s_tkeep), .s_line_tvalid(rx_s_tvalid),
        .s_line_tready(rx_s_tready), .s_line_tlast(rx_s_tlast),
        .m_rx_tdata(m_axis_rx_tdata), .m_rx_tkeep(m_axis_rx_tkeep), .m_rx_tvalid(m_axis_rx_tvalid),
        .m_rx_tready(m_axis_rx_tready), .m_rx_tlast(m_axis_rx_tlast), .m_rx_tdest(m_axis_rx_tdest),
        .m_rx_tuser(m_axis_rx_tuser),
        .cfg_vc(cfg_vc), .cfg_state(cfg_state), .cfg_rx_en(cfg_rx_en),
        .cfg_rx_errored(cfg_rx_errored), .cfg_max_sdu(cfg_max_sdu),
        .lk_valid(lk_valid), .lk_op(lk_op), .lk_vpi(lk_vpi), .lk_vci(lk_vci), .lk_vc(lk_vc),
        .lk_done(lk_done), .lk_status(lk_status),
        .close_valid(close_valid), .close_vc(close_vc), .close_done(close_done),
        .clear_valid(clear_valid), .clear_vc(clear_vc),
        .open_valid(open_valid), .open_vc(open_vc),
        .query_vc(query_vc), .q_cells(rxq_cells), .q_pdus(rxq_pdus), .q_bytes(rxq_bytes),
        .q_crc(rxq_crc), .q_length(rxq_length), .q_oversize(rxq_oversize),
        .q_no_buffer(rxq_no_buffer), .q_aborted(rxq_aborted), .q_last_status(rxq_last_status),
        .cnt_cells_rx(c_cells_rx), .cnt_hec_corrected(c_hec_corrected),
        .cnt_hec_discarded(c_hec_discarded), .cnt_unknown_vc(c_unknown_vc),
        .cnt_pdus_rx(c_pdus_rx), .cnt_crc_errors(c_crc_errors), .cnt_len_errors(c_len_errors),
        .cnt_oversize(c_oversize), .cnt_no_buffer(c_no_buffer), .cnt_rx_aborted(c_rx_aborted),
        .cnt_bytes_rx(c_bytes_rx), .rx_free(rx_free),
        .ev_rx_pdu(ev_rx_pdu), .ev_rx_error(ev_rx_error), .ev_cell_drop(ev_cell_drop),
        .pipe_idle(pipe_idle)
    );

endmodule
`default_nettype wire
