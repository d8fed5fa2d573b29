// host_mem: the simulated host memory of the NIC (docs/dma.md "The host side",
// docs/testbench.md "Host memory"): an AXI4 slave of HOST_SIZE bytes at HOST_BASE that the
// driver also reads and writes directly, as a CPU its RAM (Python: vcnic_tb.host_memory.
// HdlHostMemory, one VPI access per memory word; pure-Verilog benches: hierarchical
// references to `mem`). Simulation only (the array and the knobs are written by the
// simulator's VPI or by a bench; not synthesizable).
//
// Bus side:
// - AXI4 INCR, FIXED and WRAP bursts of any size up to the bus width, up to 256 beats;
//   RD_QUEUE read bursts accepted ahead (several outstanding), WR_QUEUE write bursts;
//   responses in order (IDs are echoed, never reordered); R and B one beat per cycle when
//   no knob throttles them. W beats are taken only for an accepted AW.
// - Each burst gets one response, decided when its address is accepted: DECERR when any of
//   its bytes is outside [HOST_BASE, HOST_BASE + HOST_SIZE); SLVERR for an illegal burst
//   (reserved type, size wider than the bus, WRAP length not 2/4/8/16); else an injected
//   one-shot error, else the error window's response, else OKAY. An errored read returns
//   zero data on every beat, an errored write stores nothing (as
//   vcnic.model.host_memory.ModelHostMemory).
// - Protocol checks (counted, the burst is still served): a burst crossing a 4 KiB
//   boundary (`viol_4k`), wlast not on the burst's last beat (`viol_wlast`).
//
// Memory: `mem`, WORDS words of WORD_W bits (64 bytes by default, a CPU cache line); byte
// `a` of host memory is bits [8*(o%WB)+7 : 8*(o%WB)] of mem[o/WB], o = a - HOST_BASE,
// WB = WORD_W/8 (a word is the little-endian integer of its bytes). The backdoor moves
// whole words: the VPI transfer costs about the same per byte at any width, plus a fixed
// cost per access, so 64-byte words keep a descriptor (one word) and a frame (few words)
// both cheap (measured: docs/performance.md, "Host memory backdoor"). The bus writes byte
// lanes (part-selects), never whole words, so a backdoor read-modify-write of other bytes
// of a word in the same time step cannot undo a bus write. ZERO_INIT: the array is zeroed
// by an initial block at time 0 (else X on Icarus); the backdoor must not be used before
// the first clock edge (HdlHostMemory refuses at time 0).
//
// Knobs: plain regs, written by Python (vcnic_tb.host_memory.HostMemFaults) or a bench at
// any time, read on every clock edge; all off after elaboration (minimum latency, no
// stalls, no errors). They survive `rst` (which clears the bus state and the counters).
//   rd_lat_min/max   read latency, cycles from the AR handshake to the first R handshake
//                    (at least 2), drawn per burst uniformly in [min, max]
//   wr_lat_min/max   write response latency, cycles from the last W handshake to the B
//                    handshake (2 at least), drawn per burst
//   ar_stall, aw_stall, w_stall   probability (x/256) that the channel's ready is low in a
//                    cycle; r_gap, b_gap: probability that no R beat / B response is
//                    offered in a cycle (valid is never taken back once offered)
//   err_lo, err_hi, err_resp, err_rd, err_wr   error window [err_lo, err_hi) (empty when
//                    err_hi <= err_lo): reads (err_rd) / writes (err_wr) touching it
//                    answer err_resp
//   inj_count, inj_addr, inj_kind, inj_resp, inj_arm   one-shot errors: after Python
//                    writes the others and then changes inj_arm, the next inj_count
//                    bursts of kind inj_kind (1 read, 2 write, 3 either) inside host
//                    memory that reach inj_addr or beyond (their last byte >= inj_addr)
//                    answer inj_resp; `inj_left` says how many are still to come
//   seed_val, seed_arm   reseed the random source (changing seed_arm loads seed_val)
// The random source is one xorshift64, seeded from SEED or the plusarg +host_mem_seed=N,
// stepped only while a random knob is on.
`timescale 1ns / 1ps
`default_nettype none
/* verilator lint_off UNUSEDSIGNAL */
module host_mem #(
    parameter integer DATA_W    = 64,                        // AXI data width (bits)
    parameter integer ADDR_W    = 64,
    parameter integer ID_W      = 4,
    parameter [63:0]  HOST_BASE = 64'h0000_0001_0000_0000,  // aligned to WORD_W/8
    parameter [63:0]  HOST_SIZE = 64'h0000_0000_0100_0000,  // bytes, a multiple of WORD_W/8
    parameter integer WORD_W    = 512,                       // memory word (bits), >= DATA_W
    parameter integer RD_QUEUE  = 32,                        // read bursts accepted ahead
    parameter integer WR_QUEUE  = 8,                         // write bursts accepted ahead
    parameter integer ZERO_INIT = 1,
    parameter [63:0]  SEED      = 64'h9E37_79B9_7F4A_7C15
) (
    input  wire                clk,
    input  wire                rst,
    input  wire [ID_W-1:0]     s_axi_awid,
    input  wire [ADDR_W-1:0]   s_axi_awaddr,
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
    output reg  [ID_W-1:0]     s_axi_bid,
    output reg  [1:0]          s_axi_bresp,
    output reg                 s_axi_bvalid,
    input  wire                s_axi_bready,
    input  wire [ID_W-1:0]     s_axi_arid,
    input  wire [ADDR_W-1:0]   s_axi_araddr,
    input  wire [7:0]          s_axi_arlen,
    input  wire [2:0]          s_axi_arsize,
    input  wire [1:0]          s_axi_arburst,
    input  wire                s_axi_arvalid,
    output wire                s_axi_arready,
    output reg  [ID_W-1:0]     s_axi_rid,
    output reg  [DATA_W-1:0]   s_axi_rdata,
    output reg  [1:0]          s_axi_rresp,
    output reg                 s_axi_rlast,
    output reg                 s_axi_rvalid,
    input  wire                s_axi_rready
);
    localparam integer DB      = DATA_W / 8;
    localparam integer DB_LOG2 = $clog2(DB);
    localparam integer WB      = WORD_W / 8;
    localparam integer WB_LOG2 = $clog2(WB);
    localparam [63:0]  WORDS64 = HOST_SIZE >> WB_LOG2;
    localparam integer WORDS   = WORDS64[31:0];
    localparam integer WI_W    = (WORDS > 1) ? $clog2(WORDS) : 1;
    localparam integer LANES   = WORD_W / DATA_W;
    localparam integer LN_W    = (LANES > 1) ? $clog2(LANES) : 1;
    localparam integer RQ_W    = $clog2(RD_QUEUE);
    localparam integer WQ_W    = $clog2(WR_QUEUE);
    localparam [1:0] OKAY = 2'b00, SLVERR = 2'b10, DECERR = 2'b11;
    localparam [1:0] FIXED = 2'b00, INCR = 2'b01, WRAP = 2'b10;

    // ------------------------------------------------------------------ the memory
    reg [WORD_W-1:0] mem [0:WORDS-1];

    // ------------------------------------------------------------------ knobs (see above)
    reg [15:0] rd_lat_min = 16'd0;
    reg [15:0] rd_lat_max = 16'd0;
    reg [15:0] wr_lat_min = 16'd0;
    reg [15:0] wr_lat_max = 16'd0;
    reg [7:0]  ar_stall   = 8'd0;
    reg [7:0]  aw_stall   = 8'd0;
    reg [7:0]  w_stall    = 8'd0;
    reg [7:0]  r_gap      = 8'd0;
    reg [7:0]  b_gap      = 8'd0;
    reg [63:0] err_lo     = 64'd0;
    reg [63:0] err_hi     = 64'd0;
    reg [1:0]  err_resp   = SLVERR;
    reg        err_rd     = 1'b1;
    reg        err_wr     = 1'b1;
    reg [31:0] inj_count  = 32'd0;
    reg [63:0] inj_addr   = 64'd0;
    reg [1:0]  inj_kind   = 2'd3;
    reg [1:0]  inj_resp   = SLVERR;
    reg [31:0] inj_arm    = 32'd0;
    reg [63:0] seed_val   = 64'd0;
    reg [31:0] seed_arm   = 32'd0;

    // ------------------------------------------------------------------ status (HDL-driven)
    reg [31:0] inj_left;        // one-shot errors still to come
    reg [31:0] cyc;             // clock cycles since reset
    reg [31:0] rd_bursts, wr_bursts, rd_beats, wr_beats;
    reg [31:0] err_bursts;      // bursts answered with an error (both directions)
    reg [63:0] last_err_addr;   // address of the last errored burst
    reg [1:0]  last_err_resp;
    reg        last_err_write;
    reg [31:0] viol_4k;         // bursts crossing a 4 KiB boundary
    reg [31:0] viol_wlast;      // W beats whose wlast disagreed with the burst length

    reg [31:0] inj_seen, seed_seen;
    reg [63:0] rng;
    reg        ar_block, aw_block, w_block, r_hold, b_hold;

    wire rnd_on = (rd_lat_max > rd_lat_min) || (wr_lat_max > wr_lat_min)
                || (ar_stall != 8'd0) || (aw_stall != 8'd0) || (w_stall != 8'd0)
                || (r_gap != 8'd0) || (b_gap != 8'd0);

    // ------------------------------------------------------------------ burst arithmetic
    // byte range [lo, hi) of a burst; hi is 65 bits (a burst may end at 2^64)
    function [128:0] burst_range(input [63:0] a, input [7:0] len, input [2:0] size,
                                 input [1:0] burst);
        reg [64:0] nb, lo, hi, span;
        begin
            nb = 65'd1 << size;
            span = ({57'd0, len} + 65'd1) << size;
            if (burst == WRAP) begin
                lo = {1'b0, a} & ~(span - 65'd1);
                hi = lo + span;
            end else if (burst == FIXED) begin
                lo = {1'b0, a};
                hi = ({1'b0, a} & ~(nb - 65'd1)) + nb;
            end else begin
                lo = {1'b0, a};
                hi = ({1'b0, a} & ~(nb - 65'd1)) + span;
            end
            burst_range = {hi, lo[63:0]};
        end
    endfunction

    function legal(input [7:0] len, input [2:0] size, input [1:0] burst);
        legal = ({29'd0, size} <= DB_LOG2) && (burst != 2'b11)
             && (burst != WRAP || len == 8'd1 || len == 8'd3 || len == 8'd7 || len == 8'd15);
    endfunction

    function [63:0] next_addr(input [63:0] a, input [7:0] len, input [2:0] size,
                              input [1:0] burst);
        reg [63:0] nb, span;
        begin
            nb = 64'd1 << size;
            span = ({56'd0, len} + 64'd1) << size;
            if (burst == FIXED)
                next_addr = a;
            else if (burst == WRAP)
                next_addr = (a & ~(span - 64'd1)) | (((a & ~(nb - 64'd1)) + nb) & (span - 64'd1));
            else
                next_addr = (a & ~(nb - 64'd1)) + nb;
        end
    endfunction

    function [63:0] xorshift64(input [63:0] x);
        reg [63:0] y;
        begin
            y = x ^ (x << 13);
            y = y ^ (y >> 7);
            xorshift64 = y ^ (y << 17);
        end
    endfunction

    // the cycle on whose edge a response is first offered, `lat` cycles after the request's
    // handshake on the edge of cycle `now` (handshake to handshake: 2 cycles at least)
    function [31:0] due_of(input [31:0] now, input [15:0] mn, input [15:0] mx,
                           input [15:0] r);
        reg [15:0] lat;
        begin
            lat = (mx > mn) ? mn + (r % (mx - mn + 16'd1)) : mn;
            due_of = now + ((lat > 16'd1) ? {16'd0, lat} - 32'd1 : 32'd0);
        end
    endfunction

    // word index and lane of a (legal, inside) beat address
    function [WI_W-1:0] word_of(input [63:0] a);
        reg [63:0] o;
        begin
            o = a - HOST_BASE;
            word_of = o[WB_LOG2 +: WI_W];
        end
    endfunction

    function [LN_W-1:0] lane_of(input [63:0] a);
        reg [63:0] o;
        begin
            o = a - HOST_BASE;
            if (LANES > 1) lane_of = o[DB_LOG2 +: LN_W];
            else lane_of = {LN_W{1'b0}};
        end
    endfunction

    // the data of a read beat: the bus-wide lane holding `a`; zero for an errored burst
    function [DATA_W-1:0] rd_beat(input [63:0] a, input [1:0] resp);
        begin
            if (resp == OKAY) rd_beat = mem[word_of(a)][lane_of(a) * DATA_W +: DATA_W];
            else rd_beat = {DATA_W{1'b0}};
        end
    endfunction

    // ------------------------------------------------------------------ address decode
    wire [63:0]  ar_a = {{(64 - ADDR_W){1'b0}}, s_axi_araddr};
    wire [63:0]  aw_a = {{(64 - ADDR_W){1'b0}}, s_axi_awaddr};
    wire [128:0] ar_rng = burst_range(ar_a, s_axi_arlen, s_axi_arsize, s_axi_arburst);
    wire [128:0] aw_rng = burst_range(aw_a, s_axi_awlen, s_axi_awsize, s_axi_awburst);
    wire [63:0]  ar_lo = ar_rng[63:0];
    wire [64:0]  ar_hi = ar_rng[128:64];
    wire [63:0]  aw_lo = aw_rng[63:0];
    wire [64:0]  aw_hi = aw_rng[128:64];
    wire ar_ok = legal(s_axi_arlen, s_axi_arsize, s_axi_arburst);
    wire aw_ok = legal(s_axi_awlen, s_axi_awsize, s_axi_awburst);
    wire ar_in = ar_lo >= HOST_BASE && ar_hi <= {1'b0, HOST_BASE} + {1'b0, HOST_SIZE};
    wire aw_in = aw_lo >= HOST_BASE && aw_hi <= {1'b0, HOST_BASE} + {1'b0, HOST_SIZE};

    wire ar_go = s_axi_arvalid && s_axi_arready;
    wire aw_go = s_axi_awvalid && s_axi_awready;
    // one-shot errors: a read wins a same-cycle tie for the last one
    wire ar_inj = ar_go && ar_ok && ar_in && inj_left != 32'd0 && inj_kind[0]
                && ar_hi > {1'b0, inj_addr};
    wire aw_inj = aw_go && aw_ok && aw_in && inj_kind[1] && aw_hi > {1'b0, inj_addr}
                && inj_left > (ar_inj ? 32'd1 : 32'd0);
    // the error window (no functions here: Icarus would not re-evaluate a continuous
    // assignment when a module variable read inside a function changes)
    wire win_on = err_lo < err_hi;
    wire ar_win = err_rd && win_on && ar_lo < err_hi && {1'b0, err_lo} < ar_hi;
    wire aw_win = err_wr && win_on && aw_lo < err_hi && {1'b0, err_lo} < aw_hi;
    // the response of each burst: illegal > outside > one-shot > window > OKAY
    wire [1:0] ar_resp = !ar_ok ? SLVERR : !ar_in ? DECERR : ar_inj ? inj_resp
                       : ar_win ? err_resp : OKAY;
    wire [1:0] aw_resp = !aw_ok ? SLVERR : !aw_in ? DECERR : aw_inj ? inj_resp
                       : aw_win ? err_resp : OKAY;
    // INCR bursts must not cross 4 KiB (AXI4 A3.4.1)
    wire [64:0] ar_last = ar_hi - 65'd1;
    wire [64:0] aw_last = aw_hi - 65'd1;
    wire ar_x4k = s_axi_arburst == INCR && {1'b0, ar_lo[63:12]} != ar_last[64:12];
    wire aw_x4k = s_axi_awburst == INCR && {1'b0, aw_lo[63:12]} != aw_last[64:12];

    // ------------------------------------------------------------------ queues
    reg [63:0]     rq_addr  [0:RD_QUEUE-1];
    reg [7:0]      rq_len   [0:RD_QUEUE-1];
    reg [2:0]      rq_size  [0:RD_QUEUE-1];
    reg [1:0]      rq_burst [0:RD_QUEUE-1];
    reg [ID_W-1:0] rq_id    [0:RD_QUEUE-1];
    reg [1:0]      rq_resp  [0:RD_QUEUE-1];
    reg [31:0]     rq_due   [0:RD_QUEUE-1];
    reg [RQ_W:0]   rq_wp, rq_rp;

    reg [63:0]     wq_addr  [0:WR_QUEUE-1];
    reg [7:0]      wq_len   [0:WR_QUEUE-1];
    reg [2:0]      wq_size  [0:WR_QUEUE-1];
    reg [1:0]      wq_burst [0:WR_QUEUE-1];
    reg [ID_W-1:0] wq_id    [0:WR_QUEUE-1];
    reg [1:0]      wq_resp  [0:WR_QUEUE-1];
    reg [WQ_W:0]   wq_wp, wq_rp;

    reg [ID_W-1:0] bq_id    [0:WR_QUEUE-1];
    reg [1:0]      bq_resp  [0:WR_QUEUE-1];
    reg [31:0]     bq_due   [0:WR_QUEUE-1];
    reg [WQ_W:0]   bq_wp, bq_rp;

    wire [RQ_W:0] rq_n = rq_wp - rq_rp;
    wire [WQ_W:0] wq_n = wq_wp - wq_rp;
    wire [WQ_W:0] bq_n = bq_wp - bq_rp;
    wire [RQ_W-1:0] rq_h = rq_rp[RQ_W-1:0];
    wire [WQ_W-1:0] wq_h = wq_rp[WQ_W-1:0];
    wire [WQ_W-1:0] bq_h = bq_rp[WQ_W-1:0];

    assign s_axi_arready = !rst && !rq_n[RQ_W] && !ar_block;
    assign s_axi_awready = !rst && !wq_n[WQ_W] && !aw_block;

    // ------------------------------------------------------------------ R state
    reg        r_act;            // a burst is being sent (beats after the current one left)
    reg [63:0] r_addr;           // address of the next beat
    reg [7:0]  r_left;           // beats after the next one
    reg [7:0]  r_len;
    reg [2:0]  r_size;
    reg [1:0]  r_burst;
    reg [ID_W-1:0] r_id;
    reg [1:0]  r_resp;

    wire r_head_due = (rq_n != 0) && !r_act && ($signed(cyc - rq_due[rq_h]) >= 0);

    // ------------------------------------------------------------------ W state
    reg        w_act;            // the head AW's burst has had beats already
    reg [63:0] w_addr;
    reg [7:0]  w_left;
    wire [63:0] w_a    = w_act ? w_addr : wq_addr[wq_h];
    wire [7:0]  w_l    = w_act ? w_left : wq_len[wq_h];
    wire [1:0]  w_resp = wq_resp[wq_h];
    assign s_axi_wready = !rst && (wq_n != 0) && !bq_n[WQ_W] && !w_block;
    wire w_go = s_axi_wvalid && s_axi_wready;

    integer k;

    always @(posedge clk) begin
        // random source and per-cycle throttles (only while a random knob is on)
        if (seed_arm != seed_seen) begin
            seed_seen <= seed_arm;
            rng <= (seed_val == 64'd0) ? SEED : seed_val;
        end else if (rnd_on) begin
            rng <= xorshift64(rng);
        end
        ar_block <= rnd_on && (rng[7:0]   < ar_stall);
        aw_block <= rnd_on && (rng[15:8]  < aw_stall);
        w_block  <= rnd_on && (rng[23:16] < w_stall);
        r_hold   <= rnd_on && (rng[31:24] < r_gap);
        b_hold   <= rnd_on && (rng[39:32] < b_gap);
        if (inj_arm != inj_seen) begin
            inj_seen <= inj_arm;
            inj_left <= inj_count;
        end else begin
            inj_left <= inj_left - {31'd0, ar_inj} - {31'd0, aw_inj};
        end

        if (rst) begin
            rq_wp <= 0; rq_rp <= 0; wq_wp <= 0; wq_rp <= 0; bq_wp <= 0; bq_rp <= 0;
            r_act <= 1'b0; w_act <= 1'b0;
            s_axi_rvalid <= 1'b0; s_axi_bvalid <= 1'b0; s_axi_rlast <= 1'b0;
            cyc <= 32'd0;
            rd_bursts <= 32'd0; wr_bursts <= 32'd0; rd_beats <= 32'd0; wr_beats <= 32'd0;
            err_bursts <= 32'd0; viol_4k <= 32'd0; viol_wlast <= 32'd0;
        end else begin
            cyc <= cyc + 32'd1;

            // ---------------------------------------------------------- AR
            if (ar_go) begin
                rq_addr[rq_wp[RQ_W-1:0]]  <= ar_a;
                rq_len[rq_wp[RQ_W-1:0]]   <= s_axi_arlen;
                rq_size[rq_wp[RQ_W-1:0]]  <= s_axi_arsize;
                rq_burst[rq_wp[RQ_W-1:0]] <= s_axi_arburst;
                rq_id[rq_wp[RQ_W-1:0]]    <= s_axi_arid;
                rq_resp[rq_wp[RQ_W-1:0]]  <= ar_resp;
                rq_due[rq_wp[RQ_W-1:0]]   <= due_of(cyc, rd_lat_min, rd_lat_max, rng[55:40]);
                rq_wp <= rq_wp + 1'b1;
                rd_bursts <= rd_bursts + 32'd1;
                if (ar_resp != OKAY) begin
                    err_bursts <= err_bursts + 32'd1;
                    last_err_addr <= ar_a;
                    last_err_resp <= ar_resp;
                    last_err_write <= 1'b0;
                end
                if (ar_x4k) viol_4k <= viol_4k + 32'd1;
            end

            // ---------------------------------------------------------- R
            if (!s_axi_rvalid || s_axi_rready) begin
                if (s_axi_rvalid) rd_beats <= rd_beats + 32'd1;
                if (r_act && !r_hold) begin
                    s_axi_rdata  <= rd_beat(r_addr, r_resp);
                    s_axi_rlast  <= (r_left == 8'd0);
                    s_axi_rvalid <= 1'b1;
                    r_act  <= (r_left != 8'd0);
                    r_addr <= next_addr(r_addr, r_len, r_size, r_burst);
                    r_left <= r_left - 8'd1;
                end else if (r_head_due && !r_hold) begin
                    s_axi_rdata  <= rd_beat(rq_addr[rq_h], rq_resp[rq_h]);
                    s_axi_rid    <= rq_id[rq_h];
                    s_axi_rresp  <= rq_resp[rq_h];
                    s_axi_rlast  <= (rq_len[rq_h] == 8'd0);
                    s_axi_rvalid <= 1'b1;
                    r_act   <= (rq_len[rq_h] != 8'd0);
                    r_addr  <= next_addr(rq_addr[rq_h], rq_len[rq_h], rq_size[rq_h],
                                         rq_burst[rq_h]);
                    r_left  <= rq_len[rq_h] - 8'd1;
                    r_len   <= rq_len[rq_h];
                    r_size  <= rq_size[rq_h];
                    r_burst <= rq_burst[rq_h];
                    r_id    <= rq_id[rq_h];
                    r_resp  <= rq_resp[rq_h];
                    rq_rp   <= rq_rp + 1'b1;
                end else begin
                    s_axi_rvalid <= 1'b0;
                    s_axi_rlast  <= 1'b0;
                end
            end

            // ---------------------------------------------------------- AW
            if (aw_go) begin
                wq_addr[wq_wp[WQ_W-1:0]]  <= aw_a;
                wq_len[wq_wp[WQ_W-1:0]]   <= s_axi_awlen;
                wq_size[wq_wp[WQ_W-1:0]]  <= s_axi_awsize;
                wq_burst[wq_wp[WQ_W-1:0]] <= s_axi_awburst;
                wq_id[wq_wp[WQ_W-1:0]]    <= s_axi_awid;
                wq_resp[wq_wp[WQ_W-1:0]]  <= aw_resp;
                wq_wp <= wq_wp + 1'b1;
                wr_bursts <= wr_bursts + 32'd1;
                if (aw_resp != OKAY) begin
                    err_bursts <= err_bursts + 32'd1 + {31'd0, ar_go && ar_resp != OKAY};
                    last_err_addr <= aw_a;
                    last_err_resp <= aw_resp;
                    last_err_write <= 1'b1;
                end
                if (aw_x4k) viol_4k <= viol_4k + 32'd1 + {31'd0, ar_go && ar_x4k};
            end

            // ---------------------------------------------------------- W
            if (w_go) begin
                wr_beats <= wr_beats + 32'd1;
                if (w_resp == OKAY) begin
                    if (&s_axi_wstrb) begin
                        mem[word_of(w_a)][lane_of(w_a) * DATA_W +: DATA_W] <= s_axi_wdata;
                    end else begin
                        for (k = 0; k < DB; k = k + 1)
                            if (s_axi_wstrb[k])
                                mem[word_of(w_a)][lane_of(w_a) * DATA_W + 8 * k +: 8]
                                    <= s_axi_wdata[8 * k +: 8];
                    end
                end
                if (s_axi_wlast != (w_l == 8'd0)) viol_wlast <= viol_wlast + 32'd1;
                if (w_l == 8'd0) begin
                    bq_id[bq_wp[WQ_W-1:0]]   <= wq_id[wq_h];
                    bq_resp[bq_wp[WQ_W-1:0]] <= w_resp;
                    bq_due[bq_wp[WQ_W-1:0]]  <= due_of(cyc, wr_lat_min, wr_lat_max, rng[63:48]);
                    bq_wp <= bq_wp + 1'b1;
                    wq_rp <= wq_rp + 1'b1;
                    w_act <= 1'b0;
                end else begin
                    w_act  <= 1'b1;
                    w_addr <= next_addr(w_a, wq_len[wq_h], wq_size[wq_h], wq_burst[wq_h]);
                    w_left <= w_l - 8'd1;
                end
            end

            // ---------------------------------------------------------- B
            if (!s_axi_bvalid || s_axi_bready) begin
                if (bq_n != 0 && !b_hold && $signed(cyc - bq_due[bq_h]) >= 0) begin
                    s_axi_bid    <= bq_id[bq_h];
                    s_axi_bresp  <= bq_resp[bq_h];
                    s_axi_bvalid <= 1'b1;
                    bq_rp <= bq_rp + 1'b1;
                end else begin
                    s_axi_bvalid <= 1'b0;
                end
            end
        end
    end

    integer i;
    reg [63:0] seed_plus;
    initial begin
        if (ZERO_INIT != 0)
            for (i = 0; i < WORDS; i = i + 1) mem[i] = {WORD_W{1'b0}};
        rng = SEED;
        if ($value$plusargs("host_mem_seed=%d", seed_plus) && seed_plus != 64'd0)
            rng = seed_plus;
        inj_left = 32'd0; inj_seen = 32'd0; seed_seen = 32'd0;
        ar_block = 1'b0; aw_block = 1'b0; w_block = 1'b0; r_hold = 1'b0; b_hold = 1'b0;
        cyc = 32'd0;
        rd_bursts = 32'd0; wr_bursts = 32'd0; rd_beats = 32'd0; wr_beats = 32'd0;
        err_bursts = 32'd0; viol_4k = 32'd0; viol_wlast = 32'd0;
        last_err_addr = 64'd0; last_err_resp = 2'd0; last_err_write = 1'b0;
        rq_wp = 0; rq_rp = 0; wq_wp = 0; wq_rp = 0; bq_wp = 0; bq_rp = 0;
        r_act = 1'b0; r_addr = 64'd0; r_left = 8'd0; r_len = 8'd0; r_size = 3'd0;
        r_burst = INCR; r_id = {ID_W{1'b0}}; r_resp = OKAY;
        w_act = 1'b0; w_addr = 64'd0; w_left = 8'd0;
        s_axi_rvalid = 1'b0; s_axi_rlast = 1'b0; s_axi_rdata = {DATA_W{1'b0}};
        s_axi_rid = {ID_W{1'b0}}; s_axi_rresp = OKAY;
        s_axi_bvalid = 1'b0; s_axi_bid = {ID_W{1'b0}}; s_axi_bresp = OKAY;
    end
endmodule
/* verilator lint_on UNUSEDSIGNAL */
`default_nettype wire
