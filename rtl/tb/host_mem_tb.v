// host_mem_tb: rtl/tb/host_mem.v alone, for its cocotb test (tb/vcnic_tb/test_host_mem.py,
// cocotbext-axi's AxiMaster on s_axi_*). The clock is made here (100 MHz) unless compiled
// with -DVCNIC_EXT_CLOCK (Verilator: a cocotb GPI clock drives `clk`, see
// vcnic_tb.runner._sim_top). Waves as in vcnic_harness: `+waves`, `+dumpfile=`.
`timescale 1ns / 1ps
`default_nettype none
module host_mem_tb #(
    parameter integer DATA_W    = 64,
    parameter integer ID_W      = 4,
    parameter [63:0]  HOST_BASE = 64'h0000_0001_0000_0000,
    parameter [63:0]  HOST_SIZE = 64'h0000_0000_0100_0000,
    parameter integer WORD_W    = 512
) (
`ifdef VCNIC_EXT_CLOCK
    input  wire                clk,
`else
    output reg                 clk,
`endif
    input  wire                rst,
    input  wire [ID_W-1:0]     s_axi_awid,
    input  wire [63:0]         s_axi_awaddr,
    input  wire [7:0]          s_axi_awlen,
    input  wire [2:0]          s_axi_awsize,
    input  wire [1:0]          s_axi_awburst,
    input  wire                s_axi_awvalid,
    output wire                s_axi_awready,
    input  wire [DATA_W-1:0]   s_axi_wdata,
    input  wire [DATA_W/8-1:0] s_axi_wstrb,
    input  wire                s_axi_wlast,
    input  wire                s_axi_wvalid,
    output wire                s_axi_wready,
    output wire [ID_W-1:0]     s_axi_bid,
    output wire [1:0]          s_axi_bresp,
    output wire                s_axi_bvalid,
    input  wire                s_axi_bready,
    input  wire [ID_W-1:0]     s_axi_arid,
    input  wire [63:0]         s_axi_araddr,
    input  wire [7:0]          s_axi_arlen,
    input  wire [2:0]          s_axi_arsize,
    input  wire [1:0]          s_axi_arburst,
    input  wire                s_axi_arvalid,
    output wire                s_axi_arready,
    output wire [ID_W-1:0]     s_axi_rid,
    output wire [DATA_W-1:0]   s_axi_rdata,
    output wire [1:0]          s_axi_rresp,
    output wire                s_axi_rlast,
    output wire                s_axi_rvalid,
    input  wire                s_axi_rready
);
`ifndef VCNIC_EXT_CLOCK
    initial clk = 1'b0;
    always #5 clk = ~clk;
`endif

`ifdef VCNIC_WAVES
    localparam WAVES_DEFINE = 1;
`else
    localparam WAVES_DEFINE = 0;
`endif
    reg [8*1024-1:0] dumpfile_path;
    initial begin
        if (WAVES_DEFINE || $test$plusargs("waves")) begin
            if ($value$plusargs("dumpfile=%s", dumpfile_path))
                $dumpfile(dumpfile_path);
            else
                $dumpfile("host_mem_tb.fst");
            $dumpvars(0, host_mem_tb);
        end
    end

    host_mem #(
        .DATA_W(DATA_W), .ADDR_W(64), .ID_W(ID_W), .HOST_BASE(HOST_BASE),
        .HOST_SIZE(HOST_SIZE), .WORD_W(WORD_W)
    ) u_mem (
        .clk(clk), .rst(rst),
        .s_axi_awid(s_axi_awid), .s_axi_awaddr(s_axi_awaddr), .s_axi_awlen(s_axi_awlen),
        .s_axi_awsize(s_axi_awsize), .s_axi_awburst(s_axi_awburst),
        .s_axi_awvalid(s_axi_awvalid), .s_axi_awready(s_axi_awready),
        .s_axi_wdata(s_axi_wdata), .s_axi_wstrb(s_axi_wstrb), .s_axi_wlast(s_axi_wlast),
        .s_axi_wvalid(s_axi_wvalid), .s_axi_wready(s_axi_wready),
        .s_axi_bid(s_axi_bid), .s_axi_bresp(s_axi_bresp), .s_axi_bvalid(s_axi_bvalid),
        .s_axi_bready(s_axi_bready),
        .s_axi_arid(s_axi_arid), .s_axi_araddr(s_axi_araddr), .s_axi_arlen(s_axi_arlen),
        .s_axi_arsize(s_axi_arsize), .s_axi_arburst(s_axi_arburst),
        .s_axi_arvalid(s_axi_arvalid), .s_axi_arready(s_axi_arready),
        .s_axi_rid(s_axi_rid), .s_axi_rdata(s_axi_rdata), .s_axi_rresp(s_axi_rresp),
        .s_axi_rlast(s_axi_rlast), .s_axi_rvalid(s_axi_rvalid), .s_axi_rready(s_axi_rready)
    );
endmodule
`default_nettype wire
