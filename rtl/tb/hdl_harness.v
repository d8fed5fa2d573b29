// hdl_harness: simulation top of vcnic_core with HDL-side stream transactors
// (rtl/tb/hdl_stream.v), so bulk traffic needs no Python per beat (docs/performance.md).
//
// A superset of rtl/tb/vcnic_harness.v: the same parameters, ports (s_axil_*, s_axis_tx_*,
// m_axis_txc_*, m_axis_rx_*, m_axis_line_tx_*, s_axis_line_rx_*, irq), `u_core` and
// `line_tap_*`, so every cocotb test written for vcnic_harness runs on it unchanged. In
// addition:
//
// - `hdl_en` (a reg Python sets to 1; 0 after elaboration): host TX, TX completions and host
//   RX go to the transactors `u_tx` (hdl_axis_source), `u_txc` and `u_rx` (hdl_axis_sink)
//   instead of the ports; with hdl_en = 0 the ports are the core's, exactly as in
//   vcnic_harness. `hdl_bus_en` likewise gives the register bus to `u_axil`
//   (hdl_axil_master). Python side: vcnic_tb.hdl_backend (HdlPort, HdlRegisterWindow,
//   HdlBackend).
// - The clock is made here (`always #5`, 100 MHz, `clk` an output) unless compiled with
//   -DVCNIC_EXT_CLOCK: then `clk` is an input the simulator interface drives
//   (vcnic_tb.runner starts a cocotb GPI clock for Verilator). Verilator runs the HDL
//   clock's edge and the flops it triggers in one eval, so cocotb edge callbacks there
//   see post-edge values and cocotbext-axi misses handshakes; a GPI clock toggles the
//   input before the eval, as cocotb expects (the values Icarus shows at an edge).
// - Measurement counters for the benchmarks, read by Python at the start and the end of a
//   phase only: `cyc` (cycles since reset), `line_beats` (line TX beats that moved), and
//   the transactors' frame/beat/stall counters.
// - Waves as in vcnic_harness: FST only with `+waves` (or -DVCNIC_WAVES), `+dumpfile=`.
`timescale 1ns / 1ps
`default_nettype none
/* verilator lint_off PINCONNECTEMPTY */
/* verilator lint_off UNUSEDSIGNAL */
module hdl_harness #(
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
`ifdef VCNIC_EXT_CLOCK
    input  wire                 clk,
`else
    output reg                  clk,
`endif
    input  wire                 rst,
`include "vcnic_core_ports.vh"
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
                $dumpfile("hdl_harness.fst");
            $dumpvars(0, hdl_harness);
        end
    end

    // ---------------------------------------------------------------- register bus selection
    reg hdl_bus_en = 1'b0;   // written by Python (HdlBackend): 1 = u_axil owns the bus
    wire        x_awvalid, x_wvalid, x_bready, x_arvalid, x_rready;
    wire [8:0]  x_awaddr, x_araddr;
    wire [31:0] x_wdata;
    wire        c_awvalid = hdl_bus_en ? x_awvalid : s_axil_awvalid;
    wire [8:0]  c_awaddr  = hdl_bus_en ? x_awaddr  : s_axil_awaddr;
    wire [2:0]  c_awprot  = hdl_bus_en ? 3'd0      : s_axil_awprot;
    wire        c_wvalid  = hdl_bus_en ? x_wvalid  : s_axil_wvalid;
    wire [31:0] c_wdata   = hdl_bus_en ? x_wdata   : s_axil_wdata;
    wire [3:0]  c_wstrb   = hdl_bus_en ? 4'hF      : s_axil_wstrb;
    wire        c_bready  = hdl_bus_en ? x_bready  : s_axil_bready;
    wire        c_arvalid = hdl_bus_en ? x_arvalid : s_axil_arvalid;
    wire [8:0]  c_araddr  = hdl_bus_en ? x_araddr  : s_axil_araddr;
    wire [2:0]  c_arprot  = hdl_bus_en ? 3'd0      : s_axil_arprot;
    wire        c_rready  = hdl_bus_en ? x_rready  : s_axil_rready;

    hdl_axil_master #(.ADDR_W(9)) u_axil (
        .clk(clk), .rst(rst),
        .m_awvalid(x_awvalid), .m_awready(s_axil_awready), .m_awaddr(x_awaddr),
        .m_wvalid(x_wvalid), .m_wready(s_axil_wready), .m_wdata(x_wdata),
        .m_bvalid(s_axil_bvalid), .m_bready(x_bready), .m_bresp(s_axil_bresp),
        .m_arvalid(x_arvalid), .m_arready(s_axil_arready), .m_araddr(x_araddr),
        .m_rvalid(s_axil_rvalid), .m_rready(x_rready), .m_rdata(s_axil_rdata),
        .m_rresp(s_axil_rresp), .done(), .rdata(), .resp(), .aborted()
    );

    // ---------------------------------------------------------------- stream selection
    reg hdl_en = 1'b0;   // written by Python (HdlBackend): 1 = the transactors own the streams

    // what the core sees
    wire [DATA_W-1:0] c_tx_tdata;
    wire [KEEP_W-1:0] c_tx_tkeep;
    wire              c_tx_tvalid, c_tx_tready, c_tx_tlast;
    wire [VC_W-1:0]   c_tx_tdest;
    wire [19:0]       c_tx_tuser;
    wire              c_txc_tready, c_rx_tready;

    // the transactors' side
    wire [DATA_W-1:0] x_tx_tdata;
    wire [KEEP_W-1:0] x_tx_tkeep;
    wire              x_tx_tvalid, x_tx_tlast;
    wire [VC_W-1:0]   x_tx_tdest;
    wire [19:0]       x_tx_tuser;
    wire              x_txc_tready, x_rx_tready;

    assign c_tx_tdata  = hdl_en ? x_tx_tdata  : s_axis_tx_tdata;
    assign c_tx_tkeep  = hdl_en ? x_tx_tkeep  : s_axis_tx_tkeep;
    assign c_tx_tvalid = hdl_en ? x_tx_tvalid : s_axis_tx_tvalid;
    assign c_tx_tlast  = hdl_en ? x_tx_tlast  : s_axis_tx_tlast;
    assign c_tx_tdest  = hdl_en ? x_tx_tdest  : s_axis_tx_tdest;
    assign c_tx_tuser  = hdl_en ? x_tx_tuser  : s_axis_tx_tuser;
    assign s_axis_tx_tready = hdl_en ? 1'b0 : c_tx_tready;
    assign c_txc_tready = hdl_en ? x_txc_tready : m_axis_txc_tready;
    assign c_rx_tready  = hdl_en ? x_rx_tready  : m_axis_rx_tready;

    hdl_axis_source #(.DATA_W(DATA_W), .DEST_W(VC_W), .USER_W(20)) u_tx (
        .clk(clk), .rst(rst),
        .m_tdata(x_tx_tdata), .m_tkeep(x_tx_tkeep), .m_tvalid(x_tx_tvalid),
        .m_tready(hdl_en && c_tx_tready), .m_tlast(x_tx_tlast), .m_tdest(x_tx_tdest),
        .m_tuser(x_tx_tuser), .done(), .beats()
    );
    hdl_axis_sink #(.DATA_W(8), .DEST_W(VC_W), .USER_W(1), .STORE(0), .CHUNK_W(8),
                    .CHUNKS(2), .DESCS(256)) u_txc (
        .clk(clk), .rst(rst),
        .s_tdata(m_axis_txc_tdata), .s_tkeep(1'b1), .s_tvalid(hdl_en && m_axis_txc_tvalid),
        .s_tready(x_txc_tready), .s_tlast(1'b1), .s_tdest(m_axis_txc_tdest), .s_tuser(1'b0),
        .frames(), .event_ptr(), .beats(), .stalls()
    );
    hdl_axis_sink #(.DATA_W(DATA_W), .DEST_W(VC_W), .USER_W(24), .STORE(1)) u_rx (
        .clk(clk), .rst(rst),
        .s_tdata(m_axis_rx_tdata), .s_tkeep(m_axis_rx_tkeep),
        .s_tvalid(hdl_en && m_axis_rx_tvalid), .s_tready(x_rx_tready),
        .s_tlast(m_axis_rx_tlast), .s_tdest(m_axis_rx_tdest), .s_tuser(m_axis_rx_tuser),
        .frames(), .event_ptr(), .beats(), .stalls()
    );

    // Line TX tap for passive monitors (as in vcnic_harness): line TX data with the core's
    // own line TX handshake (in loopback the core ignores m_axis_line_tx_tready).
    wire [DATA_W-1:0] line_tap_tdata  = m_axis_line_tx_tdata;
    wire [KEEP_W-1:0] line_tap_tkeep  = m_axis_line_tx_tkeep;
    wire              line_tap_tvalid = m_axis_line_tx_tvalid;
    wire              line_tap_tlast  = m_axis_line_tx_tlast;
    wire              line_tap_tready = u_core.ltx_tready;

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

    vcnic_core #(
        .NUM_VC(NUM_VC), .DATA_W(DATA_W), .TX_BUF_CELLS(TX_BUF_CELLS),
        .RX_BUF_CELLS(RX_BUF_CELLS), .NUM_CBR(NUM_CBR), .LOOKUP_WAYS(LOOKUP_WAYS),
        .LINK_RATE(LINK_RATE)
    ) u_core (
        .clk(clk), .rst(rst),
        .s_axil_awvalid(c_awvalid), .s_axil_awready(s_axil_awready),
        .s_axil_awaddr(c_awaddr), .s_axil_awprot(c_awprot),
        .s_axil_wvalid(c_wvalid), .s_axil_wready(s_axil_wready),
        .s_axil_wdata(c_wdata), .s_axil_wstrb(c_wstrb),
        .s_axil_bvalid(s_axil_bvalid), .s_axil_bready(c_bready),
        .s_axil_bresp(s_axil_bresp),
        .s_axil_arvalid(c_arvalid), .s_axil_arready(s_axil_arready),
        .s_axil_araddr(c_araddr), .s_axil_arprot(c_arprot),
        .s_axil_rvalid(s_axil_rvalid), .s_axil_rready(c_rready),
        .s_axil_rdata(s_axil_rdata), .s_axil_rresp(s_axil_rresp),
        .s_axis_tx_tdata(c_tx_tdata), .s_axis_tx_tkeep(c_tx_tkeep),
        .s_axis_tx_tvalid(c_tx_tvalid), .s_axis_tx_tready(c_tx_tready),
        .s_axis_tx_tlast(c_tx_tlast), .s_axis_tx_tdest(c_tx_tdest),
        .s_axis_tx_tuser(c_tx_tuser),
        .m_axis_txc_tdata(m_axis_txc_tdata), .m_axis_txc_tdest(m_axis_txc_tdest),
        .m_axis_txc_tvalid(m_axis_txc_tvalid), .m_axis_txc_tready(c_txc_tready),
        .m_axis_txc_tlast(m_axis_txc_tlast),
        .m_axis_rx_tdata(m_axis_rx_tdata), .m_axis_rx_tkeep(m_axis_rx_tkeep),
        .m_axis_rx_tvalid(m_axis_rx_tvalid), .m_axis_rx_tready(c_rx_tready),
        .m_axis_rx_tlast(m_axis_rx_tlast), .m_axis_rx_tdest(m_axis_rx_tdest),
        .m_axis_rx_tuser(m_axis_rx_tuser),
        .m_axis_line_tx_tdata(m_axis_line_tx_tdata), .m_axis_line_tx_tkeep(m_axis_line_tx_tkeep),
        .m_axis_line_tx_tvalid(m_axis_line_tx_tvalid), .m_axis_line_tx_tready(m_axis_line_tx_tready),
        .m_axis_line_tx_tlast(m_axis_line_tx_tlast),
        .s_axis_line_rx_tdata(s_axis_line_rx_tdata), .s_axis_line_rx_tkeep(s_axis_line_rx_tkeep),
        .s_axis_line_rx_tvalid(s_axis_line_rx_tvalid), .s_axis_line_rx_tready(s_axis_line_rx_tready),
        .s_axis_line_rx_tlast(s_axis_line_rx_tlast),
        .irq(irq)
    );

endmodule
/* verilator lint_on PINCONNECTEMPTY */
/* verilator lint_on UNUSEDSIGNAL */
`default_nettype wire
