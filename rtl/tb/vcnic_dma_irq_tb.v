// Unit-test bench of vcnic_dma_irq (tb/vcnic_tb/test_dma_irq.py): an HDL clock and the
// coalescer's ports brought out. The test drives and samples on the falling edge.
`timescale 1ns/1ps
`default_nettype none
module vcnic_dma_irq_tb (
    output reg         clk,
    input  wire        rst,
    input  wire        clear,
    input  wire        ev_cq_written,
    input  wire [15:0] count,
    input  wire [15:0] timer,
    output wire        fire
);
initial clk = 1'b0;
always #5 clk = ~clk;

vcnic_dma_irq u_irq (
    .clk(clk), .rst(rst), .clear(clear), .ev_cq_written(ev_cq_written),
    .count(count), .timer(timer), .fire(fire)
);
endmodule
`default_nettype wire
