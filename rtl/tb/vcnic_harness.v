// vcnic_harness: simulation-only wrapper of vcnic_core for the cocotb testbench.
//
// - The clock is made here (100 MHz, `always #5`), so Python is never woken per cycle
//   just to toggle it; cocotb only sees the edges it awaits.
// - Every core port is brought out unchanged with cocotbext-axi friendly prefixes
//   (s_axil_*, s_axis_tx_*, m_axis_txc_*, m_axis_rx_*, m_axis_line_tx_*,
//   s_axis_line_rx_*, irq). `rst` is driven by the testbench (active high, synchronous).
// - line_tap_*: line TX with the core's real line TX handshake, for passive monitors.
// - Waves: FST only when asked, with `+waves` on the vvp command line (the runner adds it
//   together with vvp's `-fst`) or when compiled with `-DVCNIC_WAVES`. `+dumpfile=<path>`
//   overrides the file name (default vcnic_harness.fst in the run directory).
// See docs/testbench.md.
`timescale 1ns / 1ps
`default_nettype none
module vcnic_harness #(
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
    output reg                  clk,
    input  wire                 rst,
`include "vcnic_core_ports.vh"
);

    initial clk = 1'b0;
    always #5 clk = ~clk;

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
                $dumpfile("vcnic_harness.fst");
            $dumpvars(0, vcnic_harness);
        end
    end

    // Line TX tap for passive monitors (vcnic_tb.cells.CellMonitor on prefix "line_tap"):
    // the line TX beats with the handshake that really moves them. In loopback the core
    // ignores m_axis_line_tx_tready and a beat moves when the core's internal line RX takes
    // it, so a monitor on m_axis_line_tx with tready high would count a stalled beat again
    // on every stalled cycle. line_tap_tready is the core's own line TX ready (the
    // loopback mux output u_core.ltx_tready) in both modes.
    wire [DATA_W-1:0] line_tap_tdata  = m_axis_line_tx_tdata;
    wire [KEEP_W-1:0] line_tap_tkeep  = m_axis_line_tx_tkeep;
    wire              line_tap_tvalid = m_axis_line_tx_tvalid;
    wire              line_tap_tlast  = m_axis_line_tx_tlast;
    wire              line_tap_tready = u_core.ltx_tready;

    vcnic_core #(
        .NUM_VC(NUM_VC), .DATA_W(DATA_W), .TX_BUF_CELLS(TX_BUF_CELLS),
        .RX_BUF_CELLS(RX_BUF_CELLS), .NUM_CBR(NUM_CBR), .LOOKUP_WAYS(LOOKUP_WAYS),
        .LINK_RATE(LINK_RATE)
    ) u_core (
`include "vcnic_core_conn.vh"
    );

endmodule
`default_nettype wire
