// Interrupt coalescing of one completion queue (docs/dma.md "Interrupts"): `fire` pulses
// when `count` completions (0 acts as 1) have been written since the last pulse, or when
// `timer` clock cycles (0: no timer) have passed since the first of them, whichever comes
// first. The pulse sets the CQ's cause bit (DMA_INT_STATUS.*_cq hwset) in the top.
//
// Timing: a completion whose ev_cq_written is sampled at edge k fires at edge k when it
// reaches the count (fire high the cycle after), else the timer fires at edge k + timer.
// Changing count/timer takes effect at once: a count lowered below the completions
// already pending fires at the next edge; a timer set to 0 stops the pending timeout.
`default_nettype none
module vcnic_dma_irq (
    input  wire        clk,
    input  wire        rst,
    input  wire        clear,          // DMA_CTRL.reset pulse
    input  wire        ev_cq_written,  // from the engine
    input  wire [15:0] count,          // *CQ_IRQ.count (0 acts as 1)
    input  wire [15:0] timer,          // *CQ_IRQ.timer, clock cycles (0: no timer)
    output reg         fire            // one-cycle pulse -> DMA_INT_STATUS.*_cq hwset
);

// pending: completions since the last pulse (saturates: only its comparison matters);
// elapsed: cycles since the first of them (saturates at the largest timer).
reg  [15:0] pending;
reg  [15:0] elapsed;

wire [15:0] threshold = (count == 16'd0) ? 16'd1 : count;
wire [16:0] pending_next = {1'b0, pending} + {16'd0, ev_cq_written};
wire        count_hit = ev_cq_written && (pending_next >= {1'b0, threshold});
// The first completion starts the timer at elapsed = 0; `timer` edges later it fires.
wire        timer_hit = (pending != 16'd0) && (timer != 16'd0) &&
                        ({1'b0, elapsed} + 17'd1 >= {1'b0, timer});
// A count lowered below what is already pending fires without a new completion.
wire        stale_hit = (pending != 16'd0) && (pending >= threshold);

always @(posedge clk) begin
    if (rst || clear) begin
        pending <= 16'd0;
        elapsed <= 16'd0;
        fire    <= 1'b0;
    end else if (count_hit || timer_hit || stale_hit) begin
        pending <= 16'd0;
        elapsed <= 16'd0;
        fire    <= 1'b1;
    end else begin
        fire <= 1'b0;
        if (ev_cq_written)
            pending <= pending_next[15:0];  // < threshold here: no overflow
        if (pending == 16'd0)
            elapsed <= 16'd0;
        else if (elapsed != 16'hFFFF)
            elapsed <= elapsed + 16'd1;
    end
end

endmodule
`default_nettype wire
