// vcnic_nic_axi_tb: simulation-only top of vcnic_nic for the DMA unit tests
// (tb/vcnic_tb/test_dma_tx.py, tests/test_rtl_dma_tx.py). The clock is made here (100 MHz;
// an input under -DVCNIC_EXT_CLOCK for Verilator's GPI clock) and every NIC port is
// brought out unchanged, so cocotbext-axi's AxiRam can be the host memory on m_axi and
// an AxiLiteMaster the CPU on s_axil; two additions:
// - rd_latency: the NIC's read requests reach m_axi_ar* `rd_latency` cycles after the
//   NIC issued them (a delay line that takes an AR every cycle): the host's read latency,
//   pipelined, as a PCIe root complex has it; 0 = straight through.
// - measurement while meas_en = 1 (HDL counters, no Python per cycle): cycles, line TX
//   beats, and R beats taken by the TX engine (ID top bit 0).
// line_tap_* is line TX with the core's real line TX handshake (as in vcnic_harness.v).
// The NIC harness with an HDL host memory is rtl/tb/vcnic_nic_harness.v.
`timescale 1ns / 1ps
`default_nettype none
module vcnic_nic_axi_tb #(
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
    parameter integer KEEP_W         = DATA_W / 8
) (
`ifdef VCNIC_EXT_CLOCK
    input  wire                     clk,            // a cocotb GPI clock (Verilator)
`else
    output reg                      clk,
`endif
    input  wire                     rst,
    input  wire [7:0]               rd_latency,
    input  wire                     meas_en,
    output reg  [31:0]              meas_cycles,
    output reg  [31:0]              meas_line_beats,
    output reg  [31:0]              meas_tx_rbeats,
`include "vcnic_nic_ports.vh"
);
`ifndef VCNIC_EXT_CLOCK
    initial clk = 1'b0;
    always #5 clk = ~clk;
`endif

    initial begin
        if ($test$plusargs("waves")) begin
            $dumpfile("vcnic_nic_axi_tb.fst");
            $dumpvars(0, vcnic_nic_axi_tb);
        end
    end

    wire [DATA_W-1:0] line_tap_tdata  = m_axis_line_tx_tdata;
    wire [KEEP_W-1:0] line_tap_tkeep  = m_axis_line_tx_tkeep;
    wire              line_tap_tvalid = m_axis_line_tx_tvalid;
    wire              line_tap_tlast  = m_axis_line_tx_tlast;
    wire              line_tap_tready = u_nic.u_core.ltx_tready;

    // ------------------------------------------------------------------ AR delay line
    localparam integer ARD = 64;                 // > read bursts in flight (both engines)
    localparam integer AR_E = AXI_ID_W + AXI_ADDR_W + 8 + 3 + 2 + 1 + 4 + 3 + 32;
    wire [AXI_ID_W-1:0]   n_axi_arid;
    wire [AXI_ADDR_W-1:0] n_axi_araddr;
    wire [7:0]            n_axi_arlen;
    wire [2:0]            n_axi_arsize, n_axi_arprot;
    wire [1:0]            n_axi_arburst;
    wire                  n_axi_arlock, n_axi_arvalid;
    wire [3:0]            n_axi_arcache;
    wire                  n_axi_arready;
    reg  [AR_E-1:0]       ard [0:ARD-1];
    reg  [5:0]            ard_rd, ard_wr;
    reg  [6:0]            ard_cnt;
    reg  [31:0]           cyc;
    wire [AR_E-1:0]       ard_head = ard[ard_rd];
    wire [31:0]           ard_t    = ard_head[31:0];
    assign n_axi_arready = (ard_cnt != 7'd64);
    assign m_axi_arvalid = (ard_cnt != 7'd0) && ((cyc - ard_t) >= {24'd0, rd_latency});
    assign {m_axi_arid, m_axi_araddr, m_axi_arlen, m_axi_arsize, m_axi_arburst, m_axi_arlock,
            m_axi_arcache, m_axi_arprot} = ard_head[AR_E-1:32];
    wire ard_in  = n_axi_arvalid && n_axi_arready;
    wire ard_out = m_axi_arvalid && m_axi_arready;
    always @(posedge clk) begin
        if (rst) begin
            ard_rd  <= 6'd0;
            ard_wr  <= 6'd0;
            ard_cnt <= 7'd0;
            cyc     <= 32'd0;
        end else begin
            cyc <= cyc + 32'd1;
            if (ard_in) begin
                ard[ard_wr] <= {n_axi_arid, n_axi_araddr, n_axi_arlen, n_axi_arsize, n_axi_arburst,
                                n_axi_arlock, n_axi_arcache, n_axi_arprot, cyc};
                ard_wr <= ard_wr + 6'd1;
            end
            if (ard_out) ard_rd <= ard_rd + 6'd1;
            ard_cnt <= ard_cnt + {6'd0, ard_in} - {6'd0, ard_out};
        end
    end

    // ------------------------------------------------------------------ measurement
    always @(posedge clk) begin
        if (rst) begin
            meas_cycles     <= 32'd0;
            meas_line_beats <= 32'd0;
            meas_tx_rbeats  <= 32'd0;
        end else if (meas_en) begin
            meas_cycles     <= meas_cycles + 32'd1;
            meas_line_beats <= meas_line_beats + {31'd0, line_tap_tvalid && line_tap_tready};
            meas_tx_rbeats  <= meas_tx_rbeats + {31'd0, m_axi_rvalid && m_axi_rready &&
                                                        !m_axi_rid[AXI_ID_W-1]};
        end
    end

    vcnic_nic #(
        .NUM_VC(NUM_VC), .DATA_W(DATA_W), .TX_BUF_CELLS(TX_BUF_CELLS),
        .RX_BUF_CELLS(RX_BUF_CELLS), .NUM_CBR(NUM_CBR), .LOOKUP_WAYS(LOOKUP_WAYS),
        .LINK_RATE(LINK_RATE), .AXI_DATA_W(AXI_DATA_W), .AXI_ADDR_W(AXI_ADDR_W),
        .AXI_ID_W(AXI_ID_W), .MAX_BURST(MAX_BURST), .RD_OUTSTANDING(RD_OUTSTANDING),
        .MAX_RING_LOG2(MAX_RING_LOG2)
    ) u_nic (
        .clk(clk), .rst(rst),
        .s_axil_awvalid(s_axil_awvalid), .s_axil_awready(s_axil_awready),
        .s_axil_awaddr(s_axil_awaddr), .s_axil_awprot(s_axil_awprot),
        .s_axil_wvalid(s_axil_wvalid), .s_axil_wready(s_axil_wready),
        .s_axil_wdata(s_axil_wdata), .s_axil_wstrb(s_axil_wstrb),
        .s_axil_bvalid(s_axil_bvalid), .s_axil_bready(s_axil_bready),
        .s_axil_bresp(s_axil_bresp), .s_axil_arvalid(s_axil_arvalid),
        .s_axil_arready(s_axil_arready), .s_axil_araddr(s_axil_araddr),
        .s_axil_arprot(s_axil_arprot), .s_axil_rvalid(s_axil_rvalid),
        .s_axil_rready(s_axil_rready), .s_axil_rdata(s_axil_rdata),
        .s_axil_rresp(s_axil_rresp), .m_axi_awid(m_axi_awid), .m_axi_awaddr(m_axi_awaddr),
        .m_axi_awlen(m_axi_awlen), .m_axi_awsize(m_axi_awsize),
        .m_axi_awburst(m_axi_awburst), .m_axi_awlock(m_axi_awlock),
        .m_axi_awcache(m_axi_awcache), .m_axi_awprot(m_axi_awprot),
        .m_axi_awvalid(m_axi_awvalid), .m_axi_awready(m_axi_awready),
        .m_axi_wdata(m_axi_wdata), .m_axi_wstrb(m_axi_wstrb), .m_axi_wlast(m_axi_wlast),
        .m_axi_wvalid(m_axi_wvalid), .m_axi_wready(m_axi_wready), .m_axi_bid(m_axi_bid),
        .m_axi_bresp(m_axi_bresp), .m_axi_bvalid(m_axi_bvalid), .m_axi_bready(m_axi_bready),
        .m_axi_arid(n_axi_arid), .m_axi_araddr(n_axi_araddr), .m_axi_arlen(n_axi_arlen),
        .m_axi_arsize(n_axi_arsize), .m_axi_arburst(n_axi_arburst),
        .m_axi_arlock(n_axi_arlock), .m_axi_arcache(n_axi_arcache),
        .m_axi_arprot(n_axi_arprot), .m_axi_arvalid(n_axi_arvalid),
        .m_axi_arready(n_axi_arready), .m_axi_rid(m_axi_rid), .m_axi_rdata(m_axi_rdata),
        .m_axi_rresp(m_axi_rresp), .m_axi_rlast(m_axi_rlast), .m_axi_rvalid(m_axi_rvalid),
        .m_axi_rready(m_axi_rready), .m_axis_line_tx_tdata(m_axis_line_tx_tdata),
        .m_axis_line_tx_tkeep(m_axis_line_tx_tkeep),
        .m_axis_line_tx_tvalid(m_axis_line_tx_tvalid),
        .m_axis_line_tx_tready(m_axis_line_tx_tready),
        .m_axis_line_tx_tlast(m_axis_line_tx_tlast),
        .s_axis_line_rx_tdata(s_axis_line_rx_tdata),
        .s_axis_line_rx_tkeep(s_axis_line_rx_tkeep),
        .s_axis_line_rx_tvalid(s_axis_line_rx_tvalid),
        .s_axis_line_rx_tready(s_axis_line_rx_tready),
        .s_axis_line_rx_tlast(s_axis_line_rx_tlast), .irq(irq)
    );
endmodule
`default_nettype wire
