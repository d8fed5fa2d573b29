// vcnic_pair_harness: two vcnic_core NICs on one ATM link, for the TAP bridge (docs/tap.md).
//
// - NIC A's line TX is NIC B's line RX and the other way round, wired in HDL with the
//   cores' own valid/ready handshakes: two hosts on one point-to-point ATM link. No Python
//   runs per cell; each NIC has its own register bus, host streams, irq and reset, with the
//   prefixes a_* and b_* and otherwise the names of vcnic_harness (so cocotbext-axi agents
//   bind with from_prefix(dut, "a_s_axil") and so on).
// - x_line_tap_*: the cells NIC x puts on the line, with the handshake that moves them
//   (the peer's line RX ready), for passive monitors (ERF capture).
// - The clock is made here (`always #5`, 100 MHz) except under Verilator, where an HDL
//   clock's edge and the flops it triggers are one eval and cocotbext-axi would miss
//   handshakes (see hdl_harness.v): there `clk` is an input driven by a GPI clock.
// - Waves: FST with `+waves` (and `+dumpfile=<path>`), as vcnic_harness.
`timescale 1ns / 1ps
`default_nettype none
module vcnic_pair_harness #(
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
`ifdef VERILATOR
    input  wire                 clk,
`else
    output reg                  clk,
`endif
    // ---- NIC A,
    input  wire                 a_rst,
    input  wire                a_s_axil_awvalid,
    output wire                a_s_axil_awready,
    input  wire [8:0]          a_s_axil_awaddr,
    input  wire [2:0]          a_s_axil_awprot,
    input  wire                a_s_axil_wvalid,
    output wire                a_s_axil_wready,
    input  wire [31:0]         a_s_axil_wdata,
    input  wire [3:0]          a_s_axil_wstrb,
    output wire                a_s_axil_bvalid,
    input  wire                a_s_axil_bready,
    output wire [1:0]          a_s_axil_bresp,
    input  wire                a_s_axil_arvalid,
    output wire                a_s_axil_arready,
    input  wire [8:0]          a_s_axil_araddr,
    input  wire [2:0]          a_s_axil_arprot,
    output wire                a_s_axil_rvalid,
    input  wire                a_s_axil_rready,
    output wire [31:0]         a_s_axil_rdata,
    output wire [1:0]          a_s_axil_rresp,
    input  wire [DATA_W-1:0]   a_s_axis_tx_tdata,
    input  wire [KEEP_W-1:0]   a_s_axis_tx_tkeep,
    input  wire                a_s_axis_tx_tvalid,
    output wire                a_s_axis_tx_tready,
    input  wire                a_s_axis_tx_tlast,
    input  wire [VC_W-1:0]     a_s_axis_tx_tdest,
    input  wire [19:0]         a_s_axis_tx_tuser,
    output wire [7:0]          a_m_axis_txc_tdata,
    output wire [VC_W-1:0]     a_m_axis_txc_tdest,
    output wire                a_m_axis_txc_tvalid,
    input  wire                a_m_axis_txc_tready,
    output wire                a_m_axis_txc_tlast,
    output wire [DATA_W-1:0]   a_m_axis_rx_tdata,
    output wire [KEEP_W-1:0]   a_m_axis_rx_tkeep,
    output wire                a_m_axis_rx_tvalid,
    input  wire                a_m_axis_rx_tready,
    output wire                a_m_axis_rx_tlast,
    output wire [VC_W-1:0]     a_m_axis_rx_tdest,
    output wire [23:0]         a_m_axis_rx_tuser,
    output wire                a_irq,
    // NIC A's line TX as it moves on the line (monitor tap),
    output wire [DATA_W-1:0]   a_line_tap_tdata,
    output wire [KEEP_W-1:0]   a_line_tap_tkeep,
    output wire                a_line_tap_tvalid,
    output wire                a_line_tap_tready,
    output wire                a_line_tap_tlast,
    // ---- NIC B,
    input  wire                 b_rst,
    input  wire                b_s_axil_awvalid,
    output wire                b_s_axil_awready,
    input  wire [8:0]          b_s_axil_awaddr,
    input  wire [2:0]          b_s_axil_awprot,
    input  wire                b_s_axil_wvalid,
    output wire                b_s_axil_wready,
    input  wire [31:0]         b_s_axil_wdata,
    input  wire [3:0]          b_s_axil_wstrb,
    output wire                b_s_axil_bvalid,
    input  wire                b_s_axil_bready,
    output wire [1:0]          b_s_axil_bresp,
    input  wire                b_s_axil_arvalid,
    output wire                b_s_axil_arready,
    input  wire [8:0]          b_s_axil_araddr,
    input  wire [2:0]          b_s_axil_arprot,
    output wire                b_s_axil_rvalid,
    input  wire                b_s_axil_rready,
    output wire [31:0]         b_s_axil_rdata,
    output wire [1:0]          b_s_axil_rresp,
    input  wire [DATA_W-1:0]   b_s_axis_tx_tdata,
    input  wire [KEEP_W-1:0]   b_s_axis_tx_tkeep,
    input  wire                b_s_axis_tx_tvalid,
    output wire                b_s_axis_tx_tready,
    input  wire                b_s_axis_tx_tlast,
    input  wire [VC_W-1:0]     b_s_axis_tx_tdest,
    input  wire [19:0]         b_s_axis_tx_tuser,
    output wire [7:0]          b_m_axis_txc_tdata,
    output wire [VC_W-1:0]     b_m_axis_txc_tdest,
    output wire                b_m_axis_txc_tvalid,
    input  wire                b_m_axis_txc_tready,
    output wire                b_m_axis_txc_tlast,
    output wire [DATA_W-1:0]   b_m_axis_rx_tdata,
    output wire [KEEP_W-1:0]   b_m_axis_rx_tkeep,
    output wire                b_m_axis_rx_tvalid,
    input  wire                b_m_axis_rx_tready,
    output wire                b_m_axis_rx_tlast,
    output wire [VC_W-1:0]     b_m_axis_rx_tdest,
    output wire [23:0]         b_m_axis_rx_tuser,
    output wire                b_irq,
    // NIC B's line TX as it moves on the line (monitor tap),
    output wire [DATA_W-1:0]   b_line_tap_tdata,
    output wire [KEEP_W-1:0]   b_line_tap_tkeep,
    output wire                b_line_tap_tvalid,
    output wire                b_line_tap_tready,
    output wire                b_line_tap_tlast
);

`ifndef VERILATOR
    initial clk = 1'b0;
    always #5 clk = ~clk;
`endif

    reg [8*1024-1:0] dumpfile_path;
    initial begin
        if ($test$plusargs("waves")) begin
            if ($value$plusargs("dumpfile=%s", dumpfile_path))
                $dumpfile(dumpfile_path);
            else
                $dumpfile("vcnic_pair_harness.fst");
            $dumpvars(0, vcnic_pair_harness);
        end
    end

    // line A -> B
    wire [DATA_W-1:0]   a2b_tdata;
    wire [KEEP_W-1:0]   a2b_tkeep;
    wire                a2b_tvalid;
    wire                a2b_tready;
    wire                a2b_tlast;
    assign a_line_tap_tdata = a2b_tdata;
    assign a_line_tap_tkeep = a2b_tkeep;
    assign a_line_tap_tvalid = a2b_tvalid;
    assign a_line_tap_tready = a2b_tready;
    assign a_line_tap_tlast = a2b_tlast;
    // line B -> A
    wire [DATA_W-1:0]   b2a_tdata;
    wire [KEEP_W-1:0]   b2a_tkeep;
    wire                b2a_tvalid;
    wire                b2a_tready;
    wire                b2a_tlast;
    assign b_line_tap_tdata = b2a_tdata;
    assign b_line_tap_tkeep = b2a_tkeep;
    assign b_line_tap_tvalid = b2a_tvalid;
    assign b_line_tap_tready = b2a_tready;
    assign b_line_tap_tlast = b2a_tlast;

    vcnic_core #(
        .NUM_VC(NUM_VC), .DATA_W(DATA_W), .TX_BUF_CELLS(TX_BUF_CELLS),
        .RX_BUF_CELLS(RX_BUF_CELLS), .NUM_CBR(NUM_CBR), .LOOKUP_WAYS(LOOKUP_WAYS),
        .LINK_RATE(LINK_RATE)
    ) u_a (
        .clk(clk),
        .rst(a_rst),
        .s_axil_awvalid(a_s_axil_awvalid),
        .s_axil_awready(a_s_axil_awready),
        .s_axil_awaddr(a_s_axil_awaddr),
        .s_axil_awprot(a_s_axil_awprot),
        .s_axil_wvalid(a_s_axil_wvalid),
        .s_axil_wready(a_s_axil_wready),
        .s_axil_wdata(a_s_axil_wdata),
        .s_axil_wstrb(a_s_axil_wstrb),
        .s_axil_bvalid(a_s_axil_bvalid),
        .s_axil_bready(a_s_axil_bready),
        .s_axil_bresp(a_s_axil_bresp),
        .s_axil_arvalid(a_s_axil_arvalid),
        .s_axil_arready(a_s_axil_arready),
        .s_axil_araddr(a_s_axil_araddr),
        .s_axil_arprot(a_s_axil_arprot),
        .s_axil_rvalid(a_s_axil_rvalid),
        .s_axil_rready(a_s_axil_rready),
        .s_axil_rdata(a_s_axil_rdata),
        .s_axil_rresp(a_s_axil_rresp),
        .s_axis_tx_tdata(a_s_axis_tx_tdata),
        .s_axis_tx_tkeep(a_s_axis_tx_tkeep),
        .s_axis_tx_tvalid(a_s_axis_tx_tvalid),
        .s_axis_tx_tready(a_s_axis_tx_tready),
        .s_axis_tx_tlast(a_s_axis_tx_tlast),
        .s_axis_tx_tdest(a_s_axis_tx_tdest),
        .s_axis_tx_tuser(a_s_axis_tx_tuser),
        .m_axis_txc_tdata(a_m_axis_txc_tdata),
        .m_axis_txc_tdest(a_m_axis_txc_tdest),
        .m_axis_txc_tvalid(a_m_axis_txc_tvalid),
        .m_axis_txc_tready(a_m_axis_txc_tready),
        .m_axis_txc_tlast(a_m_axis_txc_tlast),
        .m_axis_rx_tdata(a_m_axis_rx_tdata),
        .m_axis_rx_tkeep(a_m_axis_rx_tkeep),
        .m_axis_rx_tvalid(a_m_axis_rx_tvalid),
        .m_axis_rx_tready(a_m_axis_rx_tready),
        .m_axis_rx_tlast(a_m_axis_rx_tlast),
        .m_axis_rx_tdest(a_m_axis_rx_tdest),
        .m_axis_rx_tuser(a_m_axis_rx_tuser),
        .irq(a_irq),
        .m_axis_line_tx_tdata(a2b_tdata),
        .m_axis_line_tx_tkeep(a2b_tkeep),
        .m_axis_line_tx_tvalid(a2b_tvalid),
        .m_axis_line_tx_tready(a2b_tready),
        .m_axis_line_tx_tlast(a2b_tlast),
        .s_axis_line_rx_tdata(b2a_tdata),
        .s_axis_line_rx_tkeep(b2a_tkeep),
        .s_axis_line_rx_tvalid(b2a_tvalid),
        .s_axis_line_rx_tready(b2a_tready),
        .s_axis_line_rx_tlast(b2a_tlast)
    );

    vcnic_core #(
        .NUM_VC(NUM_VC), .DATA_W(DATA_W), .TX_BUF_CELLS(TX_BUF_CELLS),
        .RX_BUF_CELLS(RX_BUF_CELLS), .NUM_CBR(NUM_CBR), .LOOKUP_WAYS(LOOKUP_WAYS),
        .LINK_RATE(LINK_RATE)
    ) u_b (
        .clk(clk),
        .rst(b_rst),
        .s_axil_awvalid(b_s_axil_awvalid),
        .s_axil_awready(b_s_axil_awready),
        .s_axil_awaddr(b_s_axil_awaddr),
        .s_axil_awprot(b_s_axil_awprot),
        .s_axil_wvalid(b_s_axil_wvalid),
        .s_axil_wready(b_s_axil_wready),
        .s_axil_wdata(b_s_axil_wdata),
        .s_axil_wstrb(b_s_axil_wstrb),
        .s_axil_bvalid(b_s_axil_bvalid),
        .s_axil_bready(b_s_axil_bready),
        .s_axil_bresp(b_s_axil_bresp),
        .s_axil_arvalid(b_s_axil_arvalid),
        .s_axil_arready(b_s_axil_arready),
        .s_axil_araddr(b_s_axil_araddr),
        .s_axil_arprot(b_s_axil_arprot),
        .s_axil_rvalid(b_s_axil_rvalid),
        .s_axil_rready(b_s_axil_rready),
        .s_axil_rdata(b_s_axil_rdata),
        .s_axil_rresp(b_s_axil_rresp),
        .s_axis_tx_tdata(b_s_axis_tx_tdata),
        .s_axis_tx_tkeep(b_s_axis_tx_tkeep),
        .s_axis_tx_tvalid(b_s_axis_tx_tvalid),
        .s_axis_tx_tready(b_s_axis_tx_tready),
        .s_axis_tx_tlast(b_s_axis_tx_tlast),
        .s_axis_tx_tdest(b_s_axis_tx_tdest),
        .s_axis_tx_tuser(b_s_axis_tx_tuser),
        .m_axis_txc_tdata(b_m_axis_txc_tdata),
        .m_axis_txc_tdest(b_m_axis_txc_tdest),
        .m_axis_txc_tvalid(b_m_axis_txc_tvalid),
        .m_axis_txc_tready(b_m_axis_txc_tready),
        .m_axis_txc_tlast(b_m_axis_txc_tlast),
        .m_axis_rx_tdata(b_m_axis_rx_tdata),
        .m_axis_rx_tkeep(b_m_axis_rx_tkeep),
        .m_axis_rx_tvalid(b_m_axis_rx_tvalid),
        .m_axis_rx_tready(b_m_axis_rx_tready),
        .m_axis_rx_tlast(b_m_axis_rx_tlast),
        .m_axis_rx_tdest(b_m_axis_rx_tdest),
        .m_axis_rx_tuser(b_m_axis_rx_tuser),
        .irq(b_irq),
        .m_axis_line_tx_tdata(b2a_tdata),
        .m_axis_line_tx_tkeep(b2a_tkeep),
        .m_axis_line_tx_tvalid(b2a_tvalid),
        .m_axis_line_tx_tready(b2a_tready),
        .m_axis_line_tx_tlast(b2a_tlast),
        .s_axis_line_rx_tdata(a2b_tdata),
        .s_axis_line_rx_tkeep(a2b_tkeep),
        .s_axis_line_rx_tvalid(a2b_tvalid),
        .s_axis_line_rx_tready(a2b_tready),
        .s_axis_line_rx_tlast(a2b_tlast)
    );

endmodule
`default_nettype wire
