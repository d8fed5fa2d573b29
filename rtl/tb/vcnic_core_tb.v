// vcnic_core_tb: simulation wrapper of vcnic_core for the core's own cocotb smoke tests
// (tb/vcnic_tb/test_core_smoke.py). Clock made here (100 MHz); same port names as
// vcnic_harness; adds HDL-side measurement: line TX beat/cycle counters over a window and
// a log of every line TX cell's start cycle and header.
`timescale 1ns / 1ps
`default_nettype none
module vcnic_core_tb #(
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
    input  wire                 clk,            // driven by a cocotb GPI clock (Verilator)
`else
    output reg                  clk,
`endif
    input  wire                 rst,
`include "vcnic_core_ports.vh"
    ,
    // measurement (HDL side, so Python is not woken per cycle)
    input  wire                 meas_en,        // count while 1
    output reg  [31:0]          meas_cycles,
    output reg  [31:0]          meas_beats,     // line TX beats (tvalid & tready)
    output reg  [31:0]          cyc,            // free-running cycle counter
    output reg  [31:0]          cell_log_n      // cells logged in cell_log
);

`ifndef VCNIC_EXT_CLOCK
    initial clk = 1'b0;
    always #5 clk = ~clk;
`endif

    // cell_log[i] = {cycle of the cell's first beat, header word} of line TX cell i
    reg [63:0] cell_log [0:8191];
    reg        in_cell;
    wire       beat = m_axis_line_tx_tvalid && m_axis_line_tx_tready;
    wire [31:0] hdr_word = {m_axis_line_tx_tdata[7:0], m_axis_line_tx_tdata[15:8],
                            m_axis_line_tx_tdata[23:16], m_axis_line_tx_tdata[31:24]};
    always @(posedge clk) begin
        if (rst) begin
            cyc         <= 32'd0;
            in_cell     <= 1'b0;
            cell_log_n  <= 32'd0;
            meas_cycles <= 32'd0;
            meas_beats  <= 32'd0;
        end else begin
            cyc <= cyc + 32'd1;
            if (beat) begin
                in_cell <= !m_axis_line_tx_tlast;
                if (!in_cell) begin
                    cell_log[cell_log_n[12:0]] <= {cyc, hdr_word};
                    cell_log_n <= cell_log_n + 32'd1;
                end
            end
            if (m_axis_line_tx_tvalid && ^m_axis_line_tx_tdata === 1'bx)
                $display("%t X on line TX: cnt=%0d cell=%0d vc=%0d sh=%h ent=%h ev=%b", $time, u_core.u_tx_cell.cnt,
                         u_core.u_tx_cell.sh_cell, u_core.u_tx_cell.sh_vc, u_core.u_tx_cell.sh, u_core.u_vc_table.ent[5], u_core.u_vc_table.ev[5]);
            if ($test$plusargs("trace")) begin
                if (u_core.u_tx_sched.p == 1) $display("%t ISSUE vc=%0d head=%0d rem=%0d fclp=%b fn=%0d", $time, u_core.u_tx_sched.op_vc, u_core.u_tx_sched.r_head, u_core.u_tx_sched.r_rem, u_core.u_tx_sched.f_clp[u_core.u_tx_sched.r_head], u_core.u_tx_sched.f_n[u_core.u_tx_sched.r_head]);
                if (u_core.u_tx_sched.p == 6) $display("%t IOP type=%0d a=%0d b=%0d n=%0d vc=%0d clp=%b pop=%0d", $time, u_core.iop_type, u_core.iop_a, u_core.iop_b, u_core.iop_n, u_core.iop_vc, u_core.iop_clp, u_core.pop_idx);
                if (u_core.u_tx_ingest.bw_en) $display("%t BW idx=%0d data=%h", $time, u_core.u_tx_ingest.bw_idx, u_core.u_tx_ingest.bw_data);
            end
            if (meas_en) begin
                meas_cycles <= meas_cycles + 32'd1;
                meas_beats  <= meas_beats + {31'd0, beat};
            end
        end
    end

    vcnic_core #(
        .NUM_VC(NUM_VC), .DATA_W(DATA_W), .TX_BUF_CELLS(TX_BUF_CELLS),
        .RX_BUF_CELLS(RX_BUF_CELLS), .NUM_CBR(NUM_CBR), .LOOKUP_WAYS(LOOKUP_WAYS),
        .LINK_RATE(LINK_RATE)
    ) u_core (
`include "vcnic_core_conn.vh"
    );

endmodule
`default_nettype wire
