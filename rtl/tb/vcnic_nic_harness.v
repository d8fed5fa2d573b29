// vcnic_nic_harness: simulation top of the NIC (rtl/vcnic_nic.v, docs/dma.md) with its host
// memory, for the driver's DMA path in cocotb (vcnic_tb.dma_backend.DmaBackend).
//
// - `u_nic` (vcnic_nic) with its AXI4 master on `u_mem` (host_mem, rtl/tb/host_mem.v:
//   HOST_SIZE bytes at HOST_BASE, 64-bit addresses; the driver's backdoor and the fault
//   knobs are Python's: vcnic_tb.host_memory).
// - The register bus is driven by `u_axil` (hdl_axil_master, rtl/tb/hdl_stream.v, 12-bit
//   addresses: core at 0x000, DMA at 0x800): Python hands it one access and is woken once,
//   when it is done (vcnic_tb.hdl_backend.HdlRegisterWindow), never per bus beat.
// - The line ports are the NIC's, brought out unchanged (m_axis_line_tx_*, s_axis_line_rx_*;
//   in loopback the line is not touched), with `line_tap_*` (line TX with the core's own
//   line TX handshake) for the passive cell monitors (vcnic_tb.cells.CellMonitor).
// - irq[3:0]: the NIC's interrupt vectors (0 core, 1 TX CQ, 2 RX CQ, 3 DMA error).
// - The clock is made here (`always #5`, 100 MHz) unless compiled with -DVCNIC_EXT_CLOCK
//   (`clk` an input: the runner's GPI clock on Verilator when Python samples on clock
//   edges, e.g. a cell monitor; see vcnic_tb.runner._sim_top).
// - Measurement counters read by Python at the start and end of a phase: `cyc` (cycles
//   since reset), `line_beats` (line TX beats that moved).
// - Waves as in vcnic_harness: FST only with `+waves` (or -DVCNIC_WAVES), `+dumpfile=`.
// See docs/testbench.md, "The NIC harness".
`timescale 1ns / 1ps
`default_nettype none
/* verilator lint_off PINCONNECTEMPTY */
/* verilator lint_off UNUSEDSIGNAL */
module vcnic_nic_harness #(
    parameter integer NUM_VC         = 256,
    parameter integer DATA_W         = 32,
    parameter integer TX_BUF_CELLS   = 1024,
    parameter integer RX_BUF_CELLS   = 1024,
    parameter integer NUM_CBR        = 16,
    parameter integer LOOKUP_WAYS    = 4,
    parameter integer LINK_RATE      = 353207,
    parameter integer AXI_DATA_W     = 64,
    parameter integer AXI_ID_W       = 4,
    parameter integer MAX_BURST      = 16,
    parameter integer RD_OUTSTANDING = 16,
    parameter integer MAX_RING_LOG2  = 12,
    parameter [63:0]  HOST_BASE      = 64'h0000_0001_0000_0000,
    parameter [63:0]  HOST_SIZE      = 64'h0000_0000_0100_0000,
    parameter integer HOST_WORD_W    = 512,
    parameter integer KEEP_W         = DATA_W / 8
) (
`ifdef VCNIC_EXT_CLOCK
    input  wire               clk,
`else
    output reg                clk,
`endif
    input  wire               rst,
    // line TX cells
    output wire [DATA_W-1:0]  m_axis_line_tx_tdata,
    output wire [KEEP_W-1:0]  m_axis_line_tx_tkeep,
    output wire               m_axis_line_tx_tvalid,
    input  wire               m_axis_line_tx_tready,
    output wire               m_axis_line_tx_tlast,
    // line RX cells
    input  wire [DATA_W-1:0]  s_axis_line_rx_tdata,
    input  wire [KEEP_W-1:0]  s_axis_line_rx_tkeep,
    input  wire               s_axis_line_rx_tvalid,
    output wire               s_axis_line_rx_tready,
    input  wire               s_axis_line_rx_tlast,
    // interrupt vectors (level): 0 core, 1 TX CQ, 2 RX CQ, 3 DMA error
    output wire [3:0]         irq
);
    localparam integer AXI_ADDR_W = 64;

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
                $dumpfile("vcnic_nic_harness.fst");
            $dumpvars(0, vcnic_nic_harness);
        end
    end

    // ---------------------------------------------------------------- register bus
    wire        s_axil_awvalid, s_axil_awready, s_axil_wvalid, s_axil_wready;
    wire        s_axil_bvalid, s_axil_bready, s_axil_arvalid, s_axil_arready;
    wire        s_axil_rvalid, s_axil_rready;
    wire [11:0] s_axil_awaddr, s_axil_araddr;
    wire [31:0] s_axil_wdata, s_axil_rdata;
    wire [1:0]  s_axil_bresp, s_axil_rresp;

    hdl_axil_master #(.ADDR_W(12)) u_axil (
        .clk(clk), .rst(rst),
        .m_awvalid(s_axil_awvalid), .m_awready(s_axil_awready), .m_awaddr(s_axil_awaddr),
        .m_wvalid(s_axil_wvalid), .m_wready(s_axil_wready), .m_wdata(s_axil_wdata),
        .m_bvalid(s_axil_bvalid), .m_bready(s_axil_bready), .m_bresp(s_axil_bresp),
        .m_arvalid(s_axil_arvalid), .m_arready(s_axil_arready), .m_araddr(s_axil_araddr),
        .m_rvalid(s_axil_rvalid), .m_rready(s_axil_rready), .m_rdata(s_axil_rdata),
        .m_rresp(s_axil_rresp), .done(), .rdata(), .resp(), .aborted()
    );

    // ---------------------------------------------------------------- host memory bus
    wire [AXI_ID_W-1:0]     m_axi_awid, m_axi_bid, m_axi_arid, m_axi_rid;
    wire [AXI_ADDR_W-1:0]   m_axi_awaddr, m_axi_araddr;
    wire [7:0]              m_axi_awlen, m_axi_arlen;
    wire [2:0]              m_axi_awsize, m_axi_arsize, m_axi_awprot, m_axi_arprot;
    wire [1:0]              m_axi_awburst, m_axi_arburst, m_axi_bresp, m_axi_rresp;
    wire                    m_axi_awlock, m_axi_arlock;
    wire [3:0]              m_axi_awcache, m_axi_arcache;
    wire                    m_axi_awvalid, m_axi_awready, m_axi_wlast, m_axi_wvalid;
    wire                    m_axi_wready, m_axi_bvalid, m_axi_bready, m_axi_arvalid;
    wire                    m_axi_arready, m_axi_rlast, m_axi_rvalid, m_axi_rready;
    wire [AXI_DATA_W-1:0]   m_axi_wdata, m_axi_rdata;
    wire [AXI_DATA_W/8-1:0] m_axi_wstrb;

    vcnic_nic #(
        .NUM_VC(NUM_VC), .DATA_W(DATA_W), .TX_BUF_CELLS(TX_BUF_CELLS),
        .RX_BUF_CELLS(RX_BUF_CELLS), .NUM_CBR(NUM_CBR), .LOOKUP_WAYS(LOOKUP_WAYS),
        .LINK_RATE(LINK_RATE), .AXI_DATA_W(AXI_DATA_W), .AXI_ADDR_W(AXI_ADDR_W),
        .AXI_ID_W(AXI_ID_W), .MAX_BURST(MAX_BURST), .RD_OUTSTANDING(RD_OUTSTANDING),
        .MAX_RING_LOG2(MAX_RING_LOG2)
    ) u_nic (
        .clk(clk), .rst(rst),
        .s_axil_awvalid(s_axil_awvalid), .s_axil_awready(s_axil_awready),
        .s_axil_awaddr(s_axil_awaddr), .s_axil_awprot(3'd0),
        .s_axil_wvalid(s_axil_wvalid), .s_axil_wready(s_axil_wready),
        .s_axil_wdata(s_axil_wdata), .s_axil_wstrb(4'hF),
        .s_axil_bvalid(s_axil_bvalid), .s_axil_bready(s_axil_bready),
        .s_axil_bresp(s_axil_bresp),
        .s_axil_arvalid(s_axil_arvalid), .s_axil_arready(s_axil_arready),
        .s_axil_araddr(s_axil_araddr), .s_axil_arprot(3'd0),
        .s_axil_rvalid(s_axil_rvalid), .s_axil_rready(s_axil_rready),
        .s_axil_rdata(s_axil_rdata), .s_axil_rresp(s_axil_rresp),
        .m_axi_awid(m_axi_awid), .m_axi_awaddr(m_axi_awaddr), .m_axi_awlen(m_axi_awlen),
        .m_axi_awsize(m_axi_awsize), .m_axi_awburst(m_axi_awburst),
        .m_axi_awlock(m_axi_awlock), .m_axi_awcache(m_axi_awcache),
        .m_axi_awprot(m_axi_awprot), .m_axi_awvalid(m_axi_awvalid),
        .m_axi_awready(m_axi_awready),
        .m_axi_wdata(m_axi_wdata), .m_axi_wstrb(m_axi_wstrb), .m_axi_wlast(m_axi_wlast),
        .m_axi_wvalid(m_axi_wvalid), .m_axi_wready(m_axi_wready),
        .m_axi_bid(m_axi_bid), .m_axi_bresp(m_axi_bresp), .m_axi_bvalid(m_axi_bvalid),
        .m_axi_bready(m_axi_bready),
        .m_axi_arid(m_axi_arid), .m_axi_araddr(m_axi_araddr), .m_axi_arlen(m_axi_arlen),
        .m_axi_arsize(m_axi_arsize), .m_axi_arburst(m_axi_arburst),
        .m_axi_arlock(m_axi_arlock), .m_axi_arcache(m_axi_arcache),
        .m_axi_arprot(m_axi_arprot), .m_axi_arvalid(m_axi_arvalid),
        .m_axi_arready(m_axi_arready),
        .m_axi_rid(m_axi_rid), .m_axi_rdata(m_axi_rdata), .m_axi_rresp(m_axi_rresp),
        .m_axi_rlast(m_axi_rlast), .m_axi_rvalid(m_axi_rvalid), .m_axi_rready(m_axi_rready),
        .m_axis_line_tx_tdata(m_axis_line_tx_tdata), .m_axis_line_tx_tkeep(m_axis_line_tx_tkeep),
        .m_axis_line_tx_tvalid(m_axis_line_tx_tvalid),
        .m_axis_line_tx_tready(m_axis_line_tx_tready),
        .m_axis_line_tx_tlast(m_axis_line_tx_tlast),
        .s_axis_line_rx_tdata(s_axis_line_rx_tdata), .s_axis_line_rx_tkeep(s_axis_line_rx_tkeep),
        .s_axis_line_rx_tvalid(s_axis_line_rx_tvalid),
        .s_axis_line_rx_tready(s_axis_line_rx_tready),
        .s_axis_line_rx_tlast(s_axis_line_rx_tlast),
        .irq(irq)
    );

    host_mem #(
        .DATA_W(AXI_DATA_W), .ADDR_W(AXI_ADDR_W), .ID_W(AXI_ID_W), .HOST_BASE(HOST_BASE),
        .HOST_SIZE(HOST_SIZE), .WORD_W(HOST_WORD_W)
    ) u_mem (
        .clk(clk), .rst(rst),
        .s_axi_awid(m_axi_awid), .s_axi_awaddr(m_axi_awaddr), .s_axi_awlen(m_axi_awlen),
        .s_axi_awsize(m_axi_awsize), .s_axi_awburst(m_axi_awburst),
        .s_axi_awvalid(m_axi_awvalid), .s_axi_awready(m_axi_awready),
        .s_axi_wdata(m_axi_wdata), .s_axi_wstrb(m_axi_wstrb), .s_axi_wlast(m_axi_wlast),
        .s_axi_wvalid(m_axi_wvalid), .s_axi_wready(m_axi_wready),
        .s_axi_bid(m_axi_bid), .s_axi_bresp(m_axi_bresp), .s_axi_bvalid(m_axi_bvalid),
        .s_axi_bready(m_axi_bready),
        .s_axi_arid(m_axi_arid), .s_axi_araddr(m_axi_araddr), .s_axi_arlen(m_axi_arlen),
        .s_axi_arsize(m_axi_arsize), .s_axi_arburst(m_axi_arburst),
        .s_axi_arvalid(m_axi_arvalid), .s_axi_arready(m_axi_arready),
        .s_axi_rid(m_axi_rid), .s_axi_rdata(m_axi_rdata), .s_axi_rresp(m_axi_rresp),
        .s_axi_rlast(m_axi_rlast), .s_axi_rvalid(m_axi_rvalid), .s_axi_rready(m_axi_rready)
    );

    // Line TX tap for passive monitors (as in vcnic_harness): line TX data with the core's
    // own line TX handshake (in loopback the core ignores m_axis_line_tx_tready).
    wire [DATA_W-1:0] line_tap_tdata  = m_axis_line_tx_tdata;
    wire [KEEP_W-1:0] line_tap_tkeep  = m_axis_line_tx_tkeep;
    wire              line_tap_tvalid = m_axis_line_tx_tvalid;
    wire              line_tap_tlast  = m_axis_line_tx_tlast;
    wire              line_tap_tready = u_nic.u_core.ltx_tready;

    // ---------------------------------------------------------------- measurement
    reg [31:0] cyc;
    reg [31:0] line_beats;
    always @(posedge clk) begin
        if (rst) begin
            cyc        <= 32'd0;
            line_beats <= 32'd0;
        end else begin
            cyc <= cyc + 32'd1;
            if (line_tap_tvalid && line_tap_tready) line_beats <= line_beats + 32'd1;
        end
    end
    initial begin
        cyc = 32'd0;
        line_beats = 32'd0;
    end

endmodule
/* verilator lint_on PINCONNECTEMPTY */
/* verilator lint_on UNUSEDSIGNAL */
`default_nettype wire
