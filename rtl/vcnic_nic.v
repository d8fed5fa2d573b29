// vcnic_nic: the NIC. The SAR core (vcnic_core) behind the DMA host interface
// (docs/dma.md): descriptor rings in host memory over one AXI4 master, the core's and the
// DMA block's registers on one AXI4-Lite bus (core at 0x000, DMA at 0x800), four level
// interrupt vectors. See docs/architecture.md, NIC top.
//
//   s_axil -> vcnic_axil_split -+-> vcnic_core registers (0x000-0x1FF)
//                               +-> axil_resp_split -> vcnic_dma_regs (0x800-0x8FF)
//                               +-> SLVERR (0x200-0x7FF, 0x900-0xFFF)
//   vcnic_dma_tx: TX ring -> core host TX, core TX completions -> TX CQ
//   vcnic_dma_rx: core host RX -> free buffers, RX CQ
//   vcnic_dma_axi_rd_mux / _wr_mux: the two engines on m_axi (ID top bit = engine)
//   vcnic_dma_irq x2: TX CQ / RX CQ interrupt coalescing
`default_nettype none
module vcnic_nic #(
    parameter integer NUM_VC         = 256,
    parameter integer DATA_W         = 32,
    parameter integer TX_BUF_CELLS   = 1024,
    parameter integer RX_BUF_CELLS   = 1024,
    parameter integer NUM_CBR        = 16,
    parameter integer LOOKUP_WAYS    = 4,
    parameter integer LINK_RATE      = 353207,
    parameter integer AXI_DATA_W     = 64,
    parameter integer AXI_ADDR_W     = 64,
    parameter integer AXI_ID_W       = 4,
    parameter integer MAX_BURST      = 16,
    parameter integer RD_OUTSTANDING = 16,
    parameter integer MAX_RING_LOG2  = 12,
    parameter integer VC_W           = (NUM_VC > 1) ? $clog2(NUM_VC) : 1,
    parameter integer KEEP_W         = DATA_W / 8
) (
    input  wire                     clk,
    input  wire                     rst,
`include "vcnic_nic_ports.vh"
);
    localparam integer AXI_STRB_W = AXI_DATA_W / 8;

    // ------------------------------------------------------------------ AXI4-Lite split
    wire        c_awvalid, c_awready, c_wvalid, c_wready, c_bvalid, c_bready;
    wire        c_arvalid, c_arready, c_rvalid, c_rready;
    wire [8:0]  c_awaddr, c_araddr;
    wire [2:0]  c_awprot, c_arprot;
    wire [31:0] c_wdata, c_rdata;
    wire [3:0]  c_wstrb;
    wire [1:0]  c_bresp, c_rresp;
    wire        d_awvalid, d_awready, d_wvalid, d_wready, d_bvalid, d_bready;
    wire        d_arvalid, d_arready, d_rvalid, d_rready;
    wire [7:0]  d_awaddr, d_araddr;
    wire [2:0]  d_awprot, d_arprot;
    wire [31:0] d_wdata, d_rdata;
    wire [3:0]  d_wstrb;
    wire [1:0]  d_bresp, d_rresp;

    vcnic_axil_split #(.M0_ADDR_W(9), .M1_ADDR_W(8)) u_split (
        .clk(clk), .rst(rst),
        .s_awvalid(s_axil_awvalid), .s_awready(s_axil_awready), .s_awaddr(s_axil_awaddr),
        .s_awprot(s_axil_awprot), .s_wvalid(s_axil_wvalid), .s_wready(s_axil_wready),
        .s_wdata(s_axil_wdata), .s_wstrb(s_axil_wstrb), .s_bvalid(s_axil_bvalid),
        .s_bready(s_axil_bready), .s_bresp(s_axil_bresp), .s_arvalid(s_axil_arvalid),
        .s_arready(s_axil_arready), .s_araddr(s_axil_araddr), .s_arprot(s_axil_arprot),
        .s_rvalid(s_axil_rvalid), .s_rready(s_axil_rready), .s_rdata(s_axil_rdata),
        .s_rresp(s_axil_rresp),
        .m0_awvalid(c_awvalid), .m0_awready(c_awready), .m0_awaddr(c_awaddr),
        .m0_awprot(c_awprot), .m0_wvalid(c_wvalid), .m0_wready(c_wready),
        .m0_wdata(c_wdata), .m0_wstrb(c_wstrb), .m0_bvalid(c_bvalid), .m0_bready(c_bready),
        .m0_bresp(c_bresp), .m0_arvalid(c_arvalid), .m0_arready(c_arready),
        .m0_araddr(c_araddr), .m0_arprot(c_arprot), .m0_rvalid(c_rvalid),
        .m0_rready(c_rready), .m0_rdata(c_rdata), .m0_rresp(c_rresp),
        .m1_awvalid(d_awvalid), .m1_awready(d_awready), .m1_awaddr(d_awaddr),
        .m1_awprot(d_awprot), .m1_wvalid(d_wvalid), .m1_wready(d_wready),
        .m1_wdata(d_wdata), .m1_wstrb(d_wstrb), .m1_bvalid(d_bvalid), .m1_bready(d_bready),
        .m1_bresp(d_bresp), .m1_arvalid(d_arvalid), .m1_arready(d_arready),
        .m1_araddr(d_araddr), .m1_arprot(d_arprot), .m1_rvalid(d_rvalid),
        .m1_rready(d_rready), .m1_rdata(d_rdata), .m1_rresp(d_rresp)
    );

    // ------------------------------------------------------------------ core
    wire [DATA_W-1:0] tx_tdata, rx_tdata;
    wire [KEEP_W-1:0] tx_tkeep, rx_tkeep;
    wire              tx_tvalid, tx_tready, tx_tlast, rx_tvalid, rx_tready, rx_tlast;
    wire [VC_W-1:0]   tx_tdest, rx_tdest, txc_tdest;
    wire [19:0]       tx_tuser;
    wire [23:0]       rx_tuser;
    wire [7:0]        txc_tdata;
    wire              txc_tvalid, txc_tready, txc_tlast;
    wire              core_irq;

    vcnic_core #(
        .NUM_VC(NUM_VC), .DATA_W(DATA_W), .TX_BUF_CELLS(TX_BUF_CELLS),
        .RX_BUF_CELLS(RX_BUF_CELLS), .NUM_CBR(NUM_CBR), .LOOKUP_WAYS(LOOKUP_WAYS),
        .LINK_RATE(LINK_RATE)
    ) u_core (
        .clk(clk), .rst(rst),
        .s_axil_awvalid(c_awvalid), .s_axil_awready(c_awready), .s_axil_awaddr(c_awaddr),
        .s_axil_awprot(c_awprot), .s_axil_wvalid(c_wvalid), .s_axil_wready(c_wready),
        .s_axil_wdata(c_wdata), .s_axil_wstrb(c_wstrb), .s_axil_bvalid(c_bvalid),
        .s_axil_bready(c_bready), .s_axil_bresp(c_bresp), .s_axil_arvalid(c_arvalid),
        .s_axil_arready(c_arready), .s_axil_araddr(c_araddr), .s_axil_arprot(c_arprot),
        .s_axil_rvalid(c_rvalid), .s_axil_rready(c_rready), .s_axil_rdata(c_rdata),
        .s_axil_rresp(c_rresp),
        .s_axis_tx_tdata(tx_tdata), .s_axis_tx_tkeep(tx_tkeep), .s_axis_tx_tvalid(tx_tvalid),
        .s_axis_tx_tready(tx_tready), .s_axis_tx_tlast(tx_tlast), .s_axis_tx_tdest(tx_tdest),
        .s_axis_tx_tuser(tx_tuser),
        .m_axis_txc_tdata(txc_tdata), .m_axis_txc_tdest(txc_tdest),
        .m_axis_txc_tvalid(txc_tvalid), .m_axis_txc_tready(txc_tready),
        .m_axis_txc_tlast(txc_tlast),
        .m_axis_rx_tdata(rx_tdata), .m_axis_rx_tkeep(rx_tkeep), .m_axis_rx_tvalid(rx_tvalid),
        .m_axis_rx_tready(rx_tready), .m_axis_rx_tlast(rx_tlast), .m_axis_rx_tdest(rx_tdest),
        .m_axis_rx_tuser(rx_tuser),
        .m_axis_line_tx_tdata(m_axis_line_tx_tdata), .m_axis_line_tx_tkeep(m_axis_line_tx_tkeep),
        .m_axis_line_tx_tvalid(m_axis_line_tx_tvalid),
        .m_axis_line_tx_tready(m_axis_line_tx_tready),
        .m_axis_line_tx_tlast(m_axis_line_tx_tlast),
        .s_axis_line_rx_tdata(s_axis_line_rx_tdata), .s_axis_line_rx_tkeep(s_axis_line_rx_tkeep),
        .s_axis_line_rx_tvalid(s_axis_line_rx_tvalid),
        .s_axis_line_rx_tready(s_axis_line_rx_tready),
        .s_axis_line_rx_tlast(s_axis_line_rx_tlast),
        .irq(core_irq)
    );

    // ------------------------------------------------------------------ DMA registers
    wire        g_awvalid, g_awready, g_wvalid, g_wready, g_bvalid, g_bready;
    wire        g_arvalid, g_arready, g_rvalid, g_rready;
    wire [7:0]  g_awaddr, g_araddr;
    wire [2:0]  g_awprot, g_arprot;
    wire [31:0] g_wdata, g_rdata;
    wire [3:0]  g_wstrb;
    wire [1:0]  g_bresp, g_rresp;

    // the block answers from one in-order queue: axil_resp_split keeps R from waiting on B
    axil_resp_split #(.ADDR_W(8)) u_dma_axil (
        .clk(clk), .rst(rst),
        .s_awvalid(d_awvalid), .s_awready(d_awready), .s_awaddr(d_awaddr),
        .s_awprot(d_awprot), .s_wvalid(d_wvalid), .s_wready(d_wready),
        .s_wdata(d_wdata), .s_wstrb(d_wstrb), .s_bvalid(d_bvalid),
        .s_bready(d_bready), .s_bresp(d_bresp), .s_arvalid(d_arvalid),
        .s_arready(d_arready), .s_araddr(d_araddr), .s_arprot(d_arprot),
        .s_rvalid(d_rvalid), .s_rready(d_rready), .s_rdata(d_rdata), .s_rresp(d_rresp),
        .m_awvalid(g_awvalid), .m_awready(g_awready), .m_awaddr(g_awaddr),
        .m_awprot(g_awprot), .m_wvalid(g_wvalid), .m_wready(g_wready), .m_wdata(g_wdata),
        .m_wstrb(g_wstrb), .m_bvalid(g_bvalid), .m_bready(g_bready), .m_bresp(g_bresp),
        .m_arvalid(g_arvalid), .m_arready(g_arready), .m_araddr(g_araddr),
        .m_arprot(g_arprot), .m_rvalid(g_rvalid), .m_rready(g_rready), .m_rdata(g_rdata),
        .m_rresp(g_rresp)
    );

    wire        tx_enable, rx_enable, dma_reset;
    wire        is_tx_cq, is_rx_cq, is_error, ie_tx_cq, ie_rx_cq, ie_error;
    wire        fire_tx_cq, fire_rx_cq;
    wire [31:0] txr_lo, txr_hi, txcq_lo, txcq_hi, rxf_lo, rxf_hi, rxcq_lo, rxcq_hi;
    wire [3:0]  txr_l2, txcq_l2, rxf_l2, rxcq_l2;
    wire [15:0] tx_prod, txcq_head, rxf_prod, rxcq_head;
    wire        tx_prod_mod, txcq_head_mod, rxf_prod_mod, rxcq_head_mod;
    wire [15:0] tx_cons, txcq_tail, rxf_cons, rxcq_tail;
    wire [15:0] txcq_count, txcq_timer, rxcq_count, rxcq_timer;
    wire [16:0] rx_buf_size;
    wire        tx_idle, rx_idle, tx_halted, rx_halted;
    reg  [3:0]  err_source;
    reg  [1:0]  err_resp;
    reg  [63:0] err_addr;
    reg  [31:0] cnt_tx_frames, cnt_tx_bad_desc, cnt_tx_dma_errors;
    reg  [31:0] cnt_rx_pdus_in, cnt_rx_no_buffer, cnt_rx_dma_errors, cnt_doorbell_errors;

    // engine events
    wire        tx_ev_cq, tx_ev_frame, tx_ev_drop, tx_ev_dma_err, tx_ev_db_err;
    wire        rx_ev_cq, rx_ev_frame, rx_ev_drop, rx_ev_dma_err, rx_ev_db_err;
    wire        tx_err_v, rx_err_v;
    wire [3:0]  tx_err_src, rx_err_src;
    wire [1:0]  tx_err_resp, rx_err_resp;
    wire [63:0] tx_err_addr, rx_err_addr;

    vcnic_dma_regs u_dma_regs (
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
        .hwif_in_dma_cap_data_width(AXI_DATA_W[7:0]),
        .hwif_in_dma_cap_addr_width(AXI_ADDR_W[7:0]),
        .hwif_in_dma_cap_max_ring_log2(MAX_RING_LOG2[3:0]),
        .hwif_in_dma_cap_max_burst(MAX_BURST[7:0]),
        .hwif_out_dma_ctrl_tx_enable(tx_enable),
        .hwif_out_dma_ctrl_rx_enable(rx_enable),
        .hwif_out_dma_ctrl_reset(dma_reset),
        .hwif_in_dma_status_tx_idle(tx_idle),
        .hwif_in_dma_status_rx_idle(rx_idle),
        .hwif_in_dma_status_tx_halted(tx_halted),
        .hwif_in_dma_status_rx_halted(rx_halted),
        .hwif_out_dma_int_status_tx_cq(is_tx_cq),
        .hwif_in_dma_int_status_tx_cq_hwset(fire_tx_cq),
        .hwif_out_dma_int_status_rx_cq(is_rx_cq),
        .hwif_in_dma_int_status_rx_cq_hwset(fire_rx_cq),
        .hwif_out_dma_int_status_error(is_error),
        .hwif_in_dma_int_status_error_hwset(tx_err_v || rx_err_v || tx_ev_db_err || rx_ev_db_err),
        .hwif_out_dma_int_enable_tx_cq(ie_tx_cq),
        .hwif_out_dma_int_enable_rx_cq(ie_rx_cq),
        .hwif_out_dma_int_enable_error(ie_error),
        .hwif_in_dma_err_status_source(err_source),
        .hwif_in_dma_err_status_resp(err_resp),
        .hwif_in_dma_err_addr_lo_value(err_addr[31:0]),
        .hwif_in_dma_err_addr_hi_value(err_addr[63:32]),
        .hwif_out_tx_ring_base_lo_addr(txr_lo),
        .hwif_out_tx_ring_base_hi_addr(txr_hi),
        .hwif_out_tx_ring_size_log2(txr_l2),
        .hwif_out_tx_prod_index(tx_prod),
        .hwif_out_tx_prod_index_swmod(tx_prod_mod),
        .hwif_in_tx_cons_index(tx_cons),
        .hwif_out_txcq_base_lo_addr(txcq_lo),
        .hwif_out_txcq_base_hi_addr(txcq_hi),
        .hwif_out_txcq_size_log2(txcq_l2),
        .hwif_out_txcq_head_index(txcq_head),
        .hwif_out_txcq_head_index_swmod(txcq_head_mod),
        .hwif_in_txcq_tail_index(txcq_tail),
        .hwif_out_txcq_irq_count(txcq_count),
        .hwif_out_txcq_irq_timer(txcq_timer),
        .hwif_out_rxf_base_lo_addr(rxf_lo),
        .hwif_out_rxf_base_hi_addr(rxf_hi),
        .hwif_out_rxf_size_log2(rxf_l2),
        .hwif_out_rxf_prod_index(rxf_prod),
        .hwif_out_rxf_prod_index_swmod(rxf_prod_mod),
        .hwif_in_rxf_cons_index(rxf_cons),
        .hwif_out_rx_buf_size_bytes(rx_buf_size),
        .hwif_out_rxcq_base_lo_addr(rxcq_lo),
        .hwif_out_rxcq_base_hi_addr(rxcq_hi),
        .hwif_out_rxcq_size_log2(rxcq_l2),
        .hwif_out_rxcq_head_index(rxcq_head),
        .hwif_out_rxcq_head_index_swmod(rxcq_head_mod),
        .hwif_in_rxcq_tail_index(rxcq_tail),
        .hwif_out_rxcq_irq_count(rxcq_count),
        .hwif_out_rxcq_irq_timer(rxcq_timer),
        .hwif_in_tx_frames_value(cnt_tx_frames),
        .hwif_in_tx_bad_desc_value(cnt_tx_bad_desc),
        .hwif_in_tx_dma_errors_value(cnt_tx_dma_errors),
        .hwif_in_rx_pdus_in_value(cnt_rx_pdus_in),
        .hwif_in_rx_no_buffer_value(cnt_rx_no_buffer),
        .hwif_in_rx_dma_errors_value(cnt_rx_dma_errors),
        .hwif_in_doorbell_errors_value(cnt_doorbell_errors)
    );

    // The block's swmod pulses in the write's cycle, its field the cycle after: delayed
    // by one, a doorbell pulse comes with the index it rings (RTL_CONTRACT: prod_wr).
    reg tx_prod_wr, txcq_head_wr, rxf_prod_wr, rxcq_head_wr;
    always @(posedge clk) begin
        if (rst) begin
            tx_prod_wr   <= 1'b0;
            txcq_head_wr <= 1'b0;
            rxf_prod_wr  <= 1'b0;
            rxcq_head_wr <= 1'b0;
        end else begin
            tx_prod_wr   <= tx_prod_mod;
            txcq_head_wr <= txcq_head_mod;
            rxf_prod_wr  <= rxf_prod_mod;
            rxcq_head_wr <= rxcq_head_mod;
        end
    end

    // ------------------------------------------------------------------ engines
    wire [63:0]           tx_araddr, rx_araddr, tx_awaddr, rx_awaddr;
    wire [7:0]            tx_arlen, rx_arlen, tx_awlen, rx_awlen;
    wire                  tx_arvalid, tx_arready, rx_arvalid, rx_arready;
    wire [AXI_DATA_W-1:0] tx_rdata, rx_rdata, tx_wdata, rx_wdata;
    wire [1:0]            tx_rresp, rx_rresp, tx_bresp, rx_bresp;
    wire                  tx_rlast, tx_rvalid, tx_rready, rx_rlast, rx_rvalid, rx_rready;
    wire                  tx_awvalid, tx_awready, rx_awvalid, rx_awready;
    wire [AXI_STRB_W-1:0] tx_wstrb, rx_wstrb;
    wire                  tx_wlast, tx_wvalid, tx_wready, rx_wlast, rx_wvalid, rx_wready;
    wire                  tx_bvalid, tx_bready, rx_bvalid, rx_bready;

    vcnic_dma_tx #(
        .NUM_VC(NUM_VC), .DATA_W(DATA_W), .AXI_DATA_W(AXI_DATA_W), .MAX_BURST(MAX_BURST),
        .RD_OUTSTANDING(RD_OUTSTANDING), .MAX_RING_LOG2(MAX_RING_LOG2)
    ) u_dma_tx (
        .clk(clk), .rst(rst),
        .enable(tx_enable), .dma_reset(dma_reset),
        .ring_base({txr_hi, txr_lo}), .ring_log2(txr_l2),
        .prod(tx_prod), .prod_wr(tx_prod_wr), .cons(tx_cons),
        .cq_base({txcq_hi, txcq_lo}), .cq_log2(txcq_l2),
        .cq_head(txcq_head), .cq_head_wr(txcq_head_wr), .cq_tail(txcq_tail),
        .idle(tx_idle), .halted(tx_halted),
        .ev_cq_written(tx_ev_cq), .ev_frame(tx_ev_frame), .ev_drop(tx_ev_drop),
        .ev_dma_error(tx_ev_dma_err), .ev_doorbell_error(tx_ev_db_err),
        .err_valid(tx_err_v), .err_source(tx_err_src), .err_resp(tx_err_resp),
        .err_addr(tx_err_addr),
        .m_axis_tx_tdata(tx_tdata), .m_axis_tx_tkeep(tx_tkeep), .m_axis_tx_tvalid(tx_tvalid),
        .m_axis_tx_tready(tx_tready), .m_axis_tx_tlast(tx_tlast), .m_axis_tx_tdest(tx_tdest),
        .m_axis_tx_tuser(tx_tuser),
        .s_axis_txc_tdata(txc_tdata), .s_axis_txc_tdest(txc_tdest),
        .s_axis_txc_tvalid(txc_tvalid), .s_axis_txc_tready(txc_tready),
        .s_axis_txc_tlast(txc_tlast),
        .m_axi_araddr(tx_araddr), .m_axi_arlen(tx_arlen), .m_axi_arvalid(tx_arvalid),
        .m_axi_arready(tx_arready), .m_axi_rdata(tx_rdata), .m_axi_rresp(tx_rresp),
        .m_axi_rlast(tx_rlast), .m_axi_rvalid(tx_rvalid), .m_axi_rready(tx_rready),
        .m_axi_awaddr(tx_awaddr), .m_axi_awlen(tx_awlen), .m_axi_awvalid(tx_awvalid),
        .m_axi_awready(tx_awready), .m_axi_wdata(tx_wdata), .m_axi_wstrb(tx_wstrb),
        .m_axi_wlast(tx_wlast), .m_axi_wvalid(tx_wvalid), .m_axi_wready(tx_wready),
        .m_axi_bresp(tx_bresp), .m_axi_bvalid(tx_bvalid), .m_axi_bready(tx_bready)
    );

    vcnic_dma_rx #(
        .NUM_VC(NUM_VC), .DATA_W(DATA_W), .AXI_DATA_W(AXI_DATA_W), .AXI_ADDR_W(AXI_ADDR_W),
        .MAX_BURST(MAX_BURST), .RD_OUTSTANDING(RD_OUTSTANDING), .MAX_RING_LOG2(MAX_RING_LOG2)
    ) u_dma_rx (
        .clk(clk), .rst(rst),
        .enable(rx_enable), .dma_reset(dma_reset),
        .ring_base({rxf_hi, rxf_lo}), .ring_log2(rxf_l2),
        .prod(rxf_prod), .prod_wr(rxf_prod_wr), .cons(rxf_cons),
        .cq_base({rxcq_hi, rxcq_lo}), .cq_log2(rxcq_l2),
        .cq_head(rxcq_head), .cq_head_wr(rxcq_head_wr), .cq_tail(rxcq_tail),
        .idle(rx_idle), .halted(rx_halted),
        .ev_cq_written(rx_ev_cq), .ev_frame(rx_ev_frame), .ev_drop(rx_ev_drop),
        .ev_dma_error(rx_ev_dma_err), .ev_doorbell_error(rx_ev_db_err),
        .err_valid(rx_err_v), .err_source(rx_err_src), .err_resp(rx_err_resp),
        .err_addr(rx_err_addr),
        .buf_size(rx_buf_size),
        .s_axis_rx_tdata(rx_tdata), .s_axis_rx_tkeep(rx_tkeep), .s_axis_rx_tvalid(rx_tvalid),
        .s_axis_rx_tready(rx_tready), .s_axis_rx_tlast(rx_tlast), .s_axis_rx_tdest(rx_tdest),
        .s_axis_rx_tuser(rx_tuser),
        .m_axi_araddr(rx_araddr), .m_axi_arlen(rx_arlen), .m_axi_arvalid(rx_arvalid),
        .m_axi_arready(rx_arready), .m_axi_rdata(rx_rdata), .m_axi_rresp(rx_rresp),
        .m_axi_rlast(rx_rlast), .m_axi_rvalid(rx_rvalid), .m_axi_rready(rx_rready),
        .m_axi_awaddr(rx_awaddr), .m_axi_awlen(rx_awlen), .m_axi_awvalid(rx_awvalid),
        .m_axi_awready(rx_awready), .m_axi_wdata(rx_wdata), .m_axi_wstrb(rx_wstrb),
        .m_axi_wlast(rx_wlast), .m_axi_wvalid(rx_wvalid), .m_axi_wready(rx_wready),
        .m_axi_bresp(rx_bresp), .m_axi_bvalid(rx_bvalid), .m_axi_bready(rx_bready)
    );

    // ------------------------------------------------------------------ host memory bus
    vcnic_dma_axi_rd_mux #(
        .AXI_DATA_W(AXI_DATA_W), .AXI_ADDR_W(AXI_ADDR_W), .AXI_ID_W(AXI_ID_W)
    ) u_rd_mux (
        .clk(clk), .rst(rst),
        .s0_araddr(tx_araddr), .s0_arlen(tx_arlen), .s0_arvalid(tx_arvalid),
        .s0_arready(tx_arready), .s0_rdata(tx_rdata), .s0_rresp(tx_rresp),
        .s0_rlast(tx_rlast), .s0_rvalid(tx_rvalid), .s0_rready(tx_rready),
        .s1_araddr(rx_araddr), .s1_arlen(rx_arlen), .s1_arvalid(rx_arvalid),
        .s1_arready(rx_arready), .s1_rdata(rx_rdata), .s1_rresp(rx_rresp),
        .s1_rlast(rx_rlast), .s1_rvalid(rx_rvalid), .s1_rready(rx_rready),
        .m_axi_arid(m_axi_arid), .m_axi_araddr(m_axi_araddr), .m_axi_arlen(m_axi_arlen),
        .m_axi_arvalid(m_axi_arvalid), .m_axi_arready(m_axi_arready),
        .m_axi_rid(m_axi_rid), .m_axi_rdata(m_axi_rdata), .m_axi_rresp(m_axi_rresp),
        .m_axi_rlast(m_axi_rlast), .m_axi_rvalid(m_axi_rvalid), .m_axi_rready(m_axi_rready)
    );

    vcnic_dma_axi_wr_mux #(
        .AXI_DATA_W(AXI_DATA_W), .AXI_ADDR_W(AXI_ADDR_W), .AXI_ID_W(AXI_ID_W)
    ) u_wr_mux (
        .clk(clk), .rst(rst),
        .s0_awaddr(tx_awaddr), .s0_awlen(tx_awlen), .s0_awvalid(tx_awvalid),
        .s0_awready(tx_awready), .s0_wdata(tx_wdata), .s0_wstrb(tx_wstrb),
        .s0_wlast(tx_wlast), .s0_wvalid(tx_wvalid), .s0_wready(tx_wready),
        .s0_bresp(tx_bresp), .s0_bvalid(tx_bvalid), .s0_bready(tx_bready),
        .s1_awaddr(rx_awaddr), .s1_awlen(rx_awlen), .s1_awvalid(rx_awvalid),
        .s1_awready(rx_awready), .s1_wdata(rx_wdata), .s1_wstrb(rx_wstrb),
        .s1_wlast(rx_wlast), .s1_wvalid(rx_wvalid), .s1_wready(rx_wready),
        .s1_bresp(rx_bresp), .s1_bvalid(rx_bvalid), .s1_bready(rx_bready),
        .m_axi_awid(m_axi_awid), .m_axi_awaddr(m_axi_awaddr), .m_axi_awlen(m_axi_awlen),
        .m_axi_awvalid(m_axi_awvalid), .m_axi_awready(m_axi_awready),
        .m_axi_wdata(m_axi_wdata), .m_axi_wstrb(m_axi_wstrb), .m_axi_wlast(m_axi_wlast),
        .m_axi_wvalid(m_axi_wvalid), .m_axi_wready(m_axi_wready),
        .m_axi_bid(m_axi_bid), .m_axi_bresp(m_axi_bresp), .m_axi_bvalid(m_axi_bvalid),
        .m_axi_bready(m_axi_bready)
    );

    // full-width INCR bursts, no lock, normal non-cacheable unprivileged secure data
    localparam integer AXI_SIZE_I = $clog2(AXI_DATA_W / 8);
    localparam [2:0]   AXI_SIZE   = AXI_SIZE_I[2:0];
    assign m_axi_arsize  = AXI_SIZE;
    assign m_axi_arburst = 2'b01;
    assign m_axi_arlock  = 1'b0;
    assign m_axi_arcache = 4'b0000;
    assign m_axi_arprot  = 3'b000;
    assign m_axi_awsize  = AXI_SIZE;
    assign m_axi_awburst = 2'b01;
    assign m_axi_awlock  = 1'b0;
    assign m_axi_awcache = 4'b0000;
    assign m_axi_awprot  = 3'b000;

    // ------------------------------------------------------------------ interrupts
    vcnic_dma_irq u_irq_tx (
        .clk(clk), .rst(rst), .clear(dma_reset), .ev_cq_written(tx_ev_cq),
        .count(txcq_count), .timer(txcq_timer), .fire(fire_tx_cq)
    );
    vcnic_dma_irq u_irq_rx (
        .clk(clk), .rst(rst), .clear(dma_reset), .ev_cq_written(rx_ev_cq),
        .count(rxcq_count), .timer(rxcq_timer), .fire(fire_rx_cq)
    );
    assign irq = {is_error & ie_error, is_rx_cq & ie_rx_cq, is_tx_cq & ie_tx_cq, core_irq};

    // ------------------------------------------------------------------ counters, errors
    always @(posedge clk) begin
        if (rst || dma_reset) begin
            cnt_tx_frames       <= 32'd0;
            cnt_tx_bad_desc     <= 32'd0;
            cnt_tx_dma_errors   <= 32'd0;
            cnt_rx_pdus_in      <= 32'd0;
            cnt_rx_no_buffer    <= 32'd0;
            cnt_rx_dma_errors   <= 32'd0;
            cnt_doorbell_errors <= 32'd0;
            err_source          <= 4'd0;
            err_resp            <= 2'd0;
            err_addr            <= 64'd0;
        end else begin
            cnt_tx_frames       <= cnt_tx_frames + {31'd0, tx_ev_frame};
            cnt_tx_bad_desc     <= cnt_tx_bad_desc + {31'd0, tx_ev_drop};
            cnt_tx_dma_errors   <= cnt_tx_dma_errors + {31'd0, tx_ev_dma_err};
            cnt_rx_pdus_in      <= cnt_rx_pdus_in + {31'd0, rx_ev_frame};
            cnt_rx_no_buffer    <= cnt_rx_no_buffer + {31'd0, rx_ev_drop};
            cnt_rx_dma_errors   <= cnt_rx_dma_errors + {31'd0, rx_ev_dma_err};
            cnt_doorbell_errors <= cnt_doorbell_errors + {31'd0, tx_ev_db_err}
                                                       + {31'd0, rx_ev_db_err};
            // the most recent error; TX wins a same-cycle tie
            if (tx_err_v) begin
                err_source <= tx_err_src;
                err_resp   <= tx_err_resp;
                err_addr   <= tx_err_addr;
            end else if (rx_err_v) begin
                err_source <= rx_err_src;
                err_resp   <= rx_err_resp;
                err_addr   <= rx_err_addr;
            end
        end
    end

    generate
        if (AXI_ID_W < 1) begin : g_id_check
            vcnic_nic_AXI_ID_W_must_be_at_least_1 axi_id_w_unsupported ();
        end
    endgenerate
endmodule
`default_nettype wire
