// RX half of the DMA engine (docs/dma.md "RX path"): PDUs from the core's host RX stream
// into free buffers posted by the driver, one RX completion per PDU.
//
//   free-buffer ring --AR/R--> prefetch FIFO ----------------+
//                                                            v
//   core host RX --> pack (DATA_W -> AXI_DATA_W words) --> segment (buffer, burst) --> W FIFO
//                                                            |                     \-> burst queue
//                                                            v                            |
//                                                  PDU info FIFO --> completion --> AW arbiter --> AW/W
//                                                                                 B  <- in order
//
// - Prefetch: free-buffer descriptors are read in bursts (up to RXF_PROD, bounded by the
//   ring's wrap, 4 KiB, MAX_BURST beats and the room left in a PF_DEPTH-entry FIFO).
//   RXF_CONS counts the descriptors read ("taken by the NIC").
// - Segment: every PDU starts a new buffer; a buffer is written in bursts of at most
//   MAX_BURST beats that end at the buffer's end, at a 4 KiB boundary and at the PDU's
//   end. A burst's AW goes out only once all its words are in the W FIFO, so W never waits
//   for data and an issued burst always completes (even when halted). Writes are posted:
//   data bursts keep flowing while earlier ones wait for B (WR_OUTSTANDING in flight).
// - No free buffer when one is needed (nothing in the FIFO, nothing posted or in flight):
//   the rest of the PDU is taken and dropped; completion RX_NO_BUFFER (ev_drop). Posted
//   buffers still on their way: the engine waits for them.
// - Completion: written when every data burst of the PDU has been answered (B in order:
//   burst counters), status RX_DMA_ERROR if one of them was SLVERR/DECERR (ev_dma_error).
//   RX CQ full: the completion waits, the PDU info FIFO fills, then the core is
//   back-pressured at the next PDU start.
// - Halt (a free-buffer fetch or a completion write answered with an error): nothing new is
//   issued on the bus, outstanding transactions are drained, the PDU in flight on the
//   stream is taken to its end and dropped (so the stream is at a PDU boundary), no new
//   PDU is taken; PDUs not yet completed are lost. Only dma_reset (when idle) revives it.
// - enable = 0: no new PDU is taken (the one in flight is finished), no new prefetch.
//
// Assumes, as the core guarantees, that the host RX stream's bytes are packed: tkeep is
// all ones on every beat but the last, whose set bits are the low ones.
`default_nettype none
module vcnic_dma_rx #(
    parameter integer NUM_VC         = 256,
    parameter integer DATA_W         = 32,
    parameter integer AXI_DATA_W     = 64,
    parameter integer AXI_ADDR_W     = 64,
    parameter integer MAX_BURST      = 16,
    parameter integer RD_OUTSTANDING = 16,
    parameter integer MAX_RING_LOG2  = 12,
    parameter integer VC_W           = (NUM_VC > 1) ? $clog2(NUM_VC) : 1
) (
    input  wire                    clk,
    input  wire                    rst,
    // configuration from the DMA register block (hwif_out_*)
    input  wire                    enable,
    input  wire                    dma_reset,
    input  wire [63:0]             ring_base,
    input  wire [3:0]              ring_log2,
    input  wire [15:0]             prod,
    input  wire                    prod_wr,
    output wire [15:0]             cons,
    input  wire [63:0]             cq_base,
    input  wire [3:0]              cq_log2,
    input  wire [15:0]             cq_head,
    input  wire                    cq_head_wr,
    output wire [15:0]             cq_tail,
    output wire                    idle,
    output wire                    halted,
    // events: one-cycle pulses
    output wire                    ev_cq_written,
    output wire                    ev_frame,
    output wire                    ev_drop,
    output wire                    ev_dma_error,
    output wire                    ev_doorbell_error,
    output wire                    err_valid,
    output wire [3:0]              err_source,
    output wire [1:0]              err_resp,
    output wire [63:0]             err_addr,
    input  wire [16:0]             buf_size,
    // core host RX
    input  wire [DATA_W-1:0]       s_axis_rx_tdata,
    input  wire [DATA_W/8-1:0]     s_axis_rx_tkeep,
    input  wire                    s_axis_rx_tvalid,
    output wire                    s_axis_rx_tready,
    input  wire                    s_axis_rx_tlast,
    input  wire [VC_W-1:0]         s_axis_rx_tdest,
    input  wire [23:0]             s_axis_rx_tuser,
    // AXI4 read master (AR/R), in order
    output wire [63:0]             m_axi_araddr,
    output wire [7:0]              m_axi_arlen,
    output wire                    m_axi_arvalid,
    input  wire                    m_axi_arready,
    input  wire [AXI_DATA_W-1:0]   m_axi_rdata,
    input  wire [1:0]              m_axi_rresp,
    input  wire                    m_axi_rlast,
    input  wire                    m_axi_rvalid,
    output wire                    m_axi_rready,
    // AXI4 write master (AW/W/B), in order
    output wire [63:0]             m_axi_awaddr,
    output wire [7:0]              m_axi_awlen,
    output wire                    m_axi_awvalid,
    input  wire                    m_axi_awready,
    output wire [AXI_DATA_W-1:0]   m_axi_wdata,
    output wire [AXI_DATA_W/8-1:0] m_axi_wstrb,
    output wire                    m_axi_wlast,
    output wire                    m_axi_wvalid,
    input  wire                    m_axi_wready,
    input  wire [1:0]              m_axi_bresp,
    input  wire                    m_axi_bvalid,
    output wire                    m_axi_bready
);

`include "vcnic_defs.vh"
`include "vcnic_dma_defs.vh"
`include "vcnic_dma_layout.vh"

// DMA_CTRL.reset takes effect only when the engine is idle (as vcnic_dma_tx's do_reset):
// a busy engine's bus transactions cannot be recalled, and a PDU in flight would be lost
// without a completion; a driver pulses it after DMA_STATUS.rx_idle (docs/dma.md).
wire do_reset = dma_reset && idle;

// ------------------------------------------------------------------ sizes
localparam integer K        = DATA_W / 8;            // bytes per stream beat
localparam integer BB       = AXI_DATA_W / 8;        // bytes per AXI beat
localparam integer BB_LOG2  = $clog2(BB);
localparam integer R        = AXI_DATA_W / DATA_W;   // stream beats per AXI word
localparam integer LANE_W   = (R > 1) ? $clog2(R) : 1;
// Free-buffer descriptors (8 bytes) are taken from RB_W-bit beats: AXI beats, or pairs of
// them on a 32-bit bus (BPD beats per descriptor).
localparam integer RB_W     = (AXI_DATA_W < 64) ? 64 : AXI_DATA_W;
localparam integer BPD      = (AXI_DATA_W < 64) ? 64 / AXI_DATA_W : 1;
localparam integer DPB      = RB_W / 64;             // descriptors per RB_W beat
localparam integer DLANE_W  = (DPB > 1) ? $clog2(DPB) : 1;
localparam integer CREC_W   = RXC_BYTES * 8;         // completion record bits
localparam integer CBEATS   = (AXI_DATA_W >= CREC_W) ? 1 : CREC_W / AXI_DATA_W;
localparam integer CLANES   = (AXI_DATA_W >= CREC_W) ? AXI_DATA_W / CREC_W : 1;
localparam integer CLANE_W  = (CLANES > 1) ? $clog2(CLANES) : 1;
localparam integer CPL_LOG2 = $clog2(RXC_BYTES);
localparam integer PART_W   = (CBEATS > 1) ? $clog2(CBEATS) : 1;
localparam integer DESC_LOG2 = $clog2(RXB_BYTES);
localparam integer BYTES_W  = $clog2(BB + 1);
// Prefetch FIFO of free-buffer addresses and the descriptors fetched per read burst.
localparam integer PF_DEPTH = 32;
localparam integer PF_AW    = $clog2(PF_DEPTH);
localparam integer FB_DESC  = (BPD > 1) ? MAX_BURST / BPD : MAX_BURST * DPB;
localparam integer FB_MAX   = (FB_DESC < PF_DEPTH / 2) ? FB_DESC : PF_DEPTH / 2;
localparam integer FR_DEPTH = (RD_OUTSTANDING < 4) ? RD_OUTSTANDING : 4; // fetch bursts in flight
localparam integer FR_AW    = (FR_DEPTH > 1) ? $clog2(FR_DEPTH) : 1;
// W FIFO (words of bursts not yet sent), burst queue, write commands issued (AW taken,
// W pending), writes in flight (B pending).
localparam integer WF_AW    = $clog2(MAX_BURST) + 2;
localparam integer WF_DEPTH = 1 << WF_AW;
localparam integer BQ_AW    = 4;
localparam integer BQ_DEPTH = 1 << BQ_AW;
localparam integer WP_AW    = 3;
localparam integer WP_DEPTH = 1 << WP_AW;
localparam integer OT_AW    = 5;
localparam integer OT_DEPTH = 1 << OT_AW;              // WR_OUTSTANDING
// PDUs taken from the core and not yet completed (each has a tag: its error bit).
localparam integer TAG_W    = 4;
localparam integer LIVE_MAX = 1 << TAG_W;
localparam integer PI_AW    = TAG_W;

initial begin
    if (AXI_DATA_W < 32 || AXI_DATA_W % DATA_W != 0 || (DATA_W != 32 && DATA_W != 64) ||
        (AXI_DATA_W & (AXI_DATA_W - 1)) != 0 || AXI_DATA_W > 512) begin
        $display("vcnic_dma_rx: AXI_DATA_W must be a power of two, 32..512, a multiple of DATA_W (32 or 64)");
        $finish;
    end
    if (MAX_BURST < BPD || MAX_BURST > 256 || MAX_RING_LOG2 < 1 || MAX_RING_LOG2 > 15) begin
        $display("vcnic_dma_rx: MAX_BURST must be 1..256 (2.. with AXI_DATA_W 32), MAX_RING_LOG2 1..15");
        $finish;
    end
end

function automatic [BYTES_W-1:0] ones(input [K-1:0] keep);
    integer i;
    begin
        ones = {BYTES_W{1'b0}};
        for (i = 0; i < K; i = i + 1)
            ones = ones + {{(BYTES_W - 1){1'b0}}, keep[i]};
    end
endfunction

function automatic [16:0] min17(input [16:0] a, input [16:0] b);
    min17 = (a < b) ? a : b;
endfunction

localparam [63:0] ADDR_MASK = (AXI_ADDR_W >= 64) ? {64{1'b1}} : ((64'd1 << AXI_ADDR_W) - 64'd1);
localparam [16:0] BURST_MAX = MAX_BURST[16:0];
localparam [63:0] BB_BYTES  = {32'd0, BB[31:0]};

// ------------------------------------------------------------------ configuration
wire [3:0]  rf_log2 = (ring_log2 > MAX_RING_LOG2[3:0]) ? MAX_RING_LOG2[3:0] : ring_log2;
wire [3:0]  cq_lg   = (cq_log2 > MAX_RING_LOG2[3:0]) ? MAX_RING_LOG2[3:0] : cq_log2;
wire [16:0] rf_n    = (rf_log2 == 4'd0) ? 17'd0 : (17'd1 << rf_log2);   // entries
wire [16:0] cq_n    = (cq_lg == 4'd0) ? 17'd0 : (17'd1 << cq_lg);
wire [15:0] rf_mask = rf_n[15:0] - 16'd1;
wire [15:0] cq_mask = cq_n[15:0] - 16'd1;
// RX_BUF_SIZE: a multiple of 64, 64..65536 (others: the multiple of 64 below, >= 64).
wire [16:0] buf_bytes = (buf_size > 17'd65536) ? 17'd65536 :
                        (buf_size < 17'd64) ? 17'd64 : {buf_size[16:6], 6'd0};
wire [16:0] buf_words = buf_bytes >> BB_LOG2;

// ------------------------------------------------------------------ state
reg         halt_q;
reg [15:0]  prod_q;          // accepted RXF_PROD
reg [15:0]  f_idx;           // next free-buffer index to fetch
reg [15:0]  cons_q;          // descriptors read (RXF_CONS)
reg [15:0]  u_idx;           // next free-buffer index to fill
reg [15:0]  cqh_q;           // accepted RXCQ_HEAD
reg [15:0]  cq_iss;          // completions issued
reg [15:0]  cq_done;         // completions answered OKAY (RXCQ_TAIL)

// ------------------------------------------------------------------ doorbells
wire [15:0] rf_used   = prod_q - cons_q;
wire [16:0] rf_free   = rf_n - {1'b0, rf_used};
wire [15:0] prod_adv  = prod - prod_q;
wire        prod_ok   = {1'b0, prod_adv} <= rf_free;
wire [15:0] head_adv  = cq_head - cqh_q;
wire [15:0] cq_used   = cq_iss - cqh_q;
wire        head_ok   = head_adv <= cq_used;
reg         ev_db_q;

// ------------------------------------------------------------------ prefetch: AR
reg [63:0]          pf_mem [0:PF_DEPTH-1];
reg [PF_AW-1:0]     pf_wp, pf_rp;
reg [PF_AW:0]       pf_cnt;
reg [DLANE_W-1:0]   fr_lane0 [0:FR_DEPTH-1];
reg [16:0]          fr_n     [0:FR_DEPTH-1];
reg [63:0]          fr_addr  [0:FR_DEPTH-1];
reg [FR_AW-1:0]     fr_wp, fr_rp;
reg [FR_AW:0]       fr_cnt;
reg                 ar_valid_q;
reg [63:0]          ar_addr_q;
reg [7:0]           ar_len_q;

wire [15:0] f_infl    = f_idx - cons_q;                       // descriptors in flight
wire [16:0] pf_space  = PF_DEPTH[16:0] - {{(16 - PF_AW){1'b0}}, pf_cnt} - {1'b0, f_infl};
wire [15:0] f_avail   = prod_q - f_idx;
wire [16:0] f_to_wrap = rf_n - {1'b0, f_idx & rf_mask};
wire [63:0] f_daddr   = (ring_base & ~((64'd1 << DESC_LOG2) - 64'd1)) +
                        ({48'd0, f_idx & rf_mask} << DESC_LOG2);
wire [16:0] f_to_4k   = (17'd4096 - {5'd0, f_daddr[11:0]}) >> DESC_LOG2;
wire [DLANE_W-1:0] f_lane0;
generate
    if (DPB > 1) begin : g_lane0
        assign f_lane0 = f_daddr[BB_LOG2-1:DESC_LOG2];
    end else begin : g_lane0_1
        assign f_lane0 = 1'b0;
    end
endgenerate
wire [16:0] f_lim     = min17(min17({1'b0, f_avail}, f_to_wrap),
                              min17(f_to_4k, FB_MAX[16:0] - {{(17 - DLANE_W){1'b0}}, f_lane0}));
wire [16:0] f_beats   = (BPD > 1) ? f_lim * BPD[16:0] :
                        ({{(17 - DLANE_W){1'b0}}, f_lane0} + f_lim + DPB[16:0] - 17'd1) / DPB[16:0];
wire        rx_busy_stream;
wire        f_go      = !halt_q && (enable || rx_busy_stream) && rf_n != 17'd0 &&
                        f_avail != 16'd0 && f_lim != 17'd0 && pf_space >= f_lim &&
                        {{(16 - FR_AW){1'b0}}, fr_cnt} < FR_DEPTH[16:0] && !ar_valid_q;

assign m_axi_araddr  = ar_addr_q & ADDR_MASK;
assign m_axi_arlen   = ar_len_q;
assign m_axi_arvalid = ar_valid_q;

// ------------------------------------------------------------------ prefetch: R
reg                 rb_valid;
reg [RB_W-1:0]       rb_data;
reg                 rb_err;
reg [DLANE_W-1:0]   rb_lane;
reg [16:0]          fr_left;        // descriptors left in the head burst
reg                 fr_started;     // the head burst's first beat has come
reg                 fr_failed;      // one of its beats was an error
wire [16:0] fr_left_now = fr_started ? fr_left : fr_n[fr_rp];
wire        rb_last_desc = fr_left_now == 17'd1;
wire        rb_beat_done = rb_valid && (rb_lane == DPB[DLANE_W-1:0] - 1'b1 || rb_last_desc);
wire        rb_push      = rb_valid && !rb_err && !fr_failed && !halt_q;
wire        v_ready = !rb_valid || rb_beat_done;
// v_*: the R beats as RB_W-bit beats (on a 32-bit bus, a pair of beats: the low half first)
wire            v_valid;
wire [RB_W-1:0] v_data;
wire            v_err;
generate
    if (BPD > 1) begin : g_r_pairs
        reg [AXI_DATA_W-1:0] r_lo;
        reg                  r_lo_err, r_half;
        assign v_valid      = m_axi_rvalid && r_half;
        assign v_data       = {m_axi_rdata, r_lo};
        assign v_err        = m_axi_rresp[1] || r_lo_err;
        assign m_axi_rready = !r_half || v_ready;
        always @(posedge clk) begin
            if (rst || do_reset) begin
                r_lo     <= {AXI_DATA_W{1'b0}};
                r_lo_err <= 1'b0;
                r_half   <= 1'b0;
            end else if (m_axi_rvalid && m_axi_rready) begin
                r_lo     <= m_axi_rdata;
                r_lo_err <= m_axi_rresp[1];
                r_half   <= !r_half;
            end
        end
    end else begin : g_r_beats
        assign v_valid      = m_axi_rvalid;
        assign v_data       = m_axi_rdata;
        assign v_err        = m_axi_rresp[1];
        assign m_axi_rready = v_ready;
    end
endgenerate
wire        r_take = v_valid && v_ready;
wire [63:0] rb_desc = rb_data[rb_lane * 64 +: 64];
// The beat taken now: the first of its burst? whose record (the next one if the head
// burst ends in this cycle)?
wire        r_first = rb_valid ? rb_last_desc : !fr_started;
wire [FR_AW-1:0] r_rec = (rb_valid && rb_last_desc) ? fr_rp + 1'b1 : fr_rp;

// ------------------------------------------------------------------ pack (stage A)
reg                  in_pdu;          // a PDU's first beat is taken, not its last
reg [AXI_DATA_W-1:0] acc_data;
reg [BB-1:0]         acc_strb;
reg [LANE_W-1:0]     acc_lane;
reg [BYTES_W-1:0]    acc_bytes;
reg                  acc_first;
reg                  w1_valid, w1_first, w1_last;
reg [AXI_DATA_W-1:0] w1_data;
reg [BB-1:0]         w1_strb;
reg [BYTES_W-1:0]    w1_bytes;
reg [VC_W-1:0]       w1_vc, pdu_vc;
reg [23:0]           w1_tuser;
reg [TAG_W:0]        live;            // PDUs started, not completed
reg                  ev_frame_q;
wire                 w1_take;

wire beat_ends_word = (acc_lane == R[LANE_W-1:0] - 1'b1) || s_axis_rx_tlast;
wire start_ok = enable && !halt_q && live < LIVE_MAX[TAG_W:0];
assign s_axis_rx_tready = (!beat_ends_word || !w1_valid || w1_take) &&
                          (in_pdu || start_ok);
wire beat = s_axis_rx_tvalid && s_axis_rx_tready;
wire [AXI_DATA_W-1:0] word_data;
wire [BB-1:0]         word_strb;
generate
    genvar gl;
    for (gl = 0; gl < R; gl = gl + 1) begin : g_lane
        assign word_data[gl * DATA_W +: DATA_W] = (acc_lane == gl) ? s_axis_rx_tdata
                                                : acc_data[gl * DATA_W +: DATA_W];
        assign word_strb[gl * K +: K] = (acc_lane == gl) ? s_axis_rx_tkeep
                                      : acc_strb[gl * K +: K];
    end
endgenerate
assign rx_busy_stream = in_pdu || w1_valid;

// ------------------------------------------------------------------ segment (stage B)
reg                  seg_drop;        // the PDU lost its buffer: rest dropped
reg [63:0]           seg_addr;        // next word's address in the buffer
reg [16:0]           seg_left;        // words left in the buffer
reg                  b_open;
reg [63:0]           b_addr;
reg [8:0]            b_cnt;
reg [15:0]           seg_nbufs;
reg [31:0]           seg_len;
reg [15:0]           seg_plen;        // bytes of the PDU taken (written or dropped)
reg [15:0]           seg_bidx;
reg [TAG_W-1:0]      seg_tag, tag_next;
reg [15:0]           bursts_made, bursts_done;
reg                  ev_drop_q;
// W FIFO
reg [AXI_DATA_W-1:0] wf_data [0:WF_DEPTH-1];
reg [BB-1:0]         wf_strb [0:WF_DEPTH-1];
reg                  wf_last [0:WF_DEPTH-1];
reg [WF_AW-1:0]      wf_wp, wf_rp;
reg [WF_AW:0]        wf_cnt;
// burst queue
reg [63:0]           bq_addr [0:BQ_DEPTH-1];
reg [7:0]            bq_len  [0:BQ_DEPTH-1];
reg [TAG_W-1:0]      bq_tag  [0:BQ_DEPTH-1];
reg [BQ_AW-1:0]      bq_wp, bq_rp;
reg [BQ_AW:0]        bq_cnt;
// PDU info FIFO (waiting for their completion)
reg [VC_W-1:0]       pi_vc    [0:LIVE_MAX-1];
reg [3:0]            pi_cst   [0:LIVE_MAX-1];
reg                  pi_nobuf [0:LIVE_MAX-1];
reg [31:0]           pi_len   [0:LIVE_MAX-1];
reg [15:0]           pi_plen  [0:LIVE_MAX-1];
reg [7:0]            pi_uu    [0:LIVE_MAX-1];
reg [7:0]            pi_cpi   [0:LIVE_MAX-1];
reg [15:0]           pi_nbufs [0:LIVE_MAX-1];
reg [15:0]           pi_bidx  [0:LIVE_MAX-1];
reg [TAG_W-1:0]      pi_tag   [0:LIVE_MAX-1];
reg [15:0]           pi_bend  [0:LIVE_MAX-1];
reg [PI_AW-1:0]      pi_wp, pi_rp;
reg [PI_AW:0]        pi_cnt;

wire seg_first   = w1_first;
wire drop_now    = !seg_first && seg_drop;
wire need_buf    = !drop_now && (seg_first || seg_left == 17'd0);
wire pf_have     = pf_cnt != {(PF_AW + 1){1'b0}};
// The ring is empty: nothing prefetched, nothing posted or in flight.
wire ring_empty  = !pf_have && prod_q == f_idx && f_idx == cons_q;
wire go_drop     = need_buf && !pf_have && ring_empty;
wire wait_buf    = need_buf && !pf_have && !ring_empty;
wire discard     = halt_q;                 // halted: the PDU in flight is dropped silently
wire seg_write   = !discard && !drop_now && !go_drop;
wire wf_room     = wf_cnt < WF_DEPTH[WF_AW:0];
wire bq_room     = bq_cnt < BQ_DEPTH[BQ_AW:0];
assign w1_take   = w1_valid && (discard || (!wait_buf && (!seg_write || (wf_room && bq_room))));

wire [63:0] wr_addr   = need_buf ? (pf_mem[pf_rp] & ~((64'd1 << BB_LOG2) - 64'd1)) : seg_addr;
wire [16:0] wr_left   = (need_buf ? buf_words : seg_left) - 17'd1;
wire        b_start   = need_buf || !b_open;
wire [8:0]  b_cnt_new = b_start ? 9'd1 : b_cnt + 9'd1;
wire [63:0] b_addr_new = b_start ? wr_addr : b_addr;
wire [63:0] wr_next   = wr_addr + BB_BYTES;
wire        b_close   = b_cnt_new == BURST_MAX[8:0] || wr_next[11:0] == 12'd0 ||
                        wr_left == 17'd0 || w1_last;
wire [15:0] nbufs_new = (seg_first ? 16'd0 : seg_nbufs) + {15'd0, seg_write && need_buf};
wire [31:0] len_new   = (seg_first ? 32'd0 : seg_len) +
                        (seg_write ? {{(32 - BYTES_W){1'b0}}, w1_bytes} : 32'd0);
wire [15:0] bidx_new  = seg_first ? u_idx : seg_bidx;
wire [15:0] plen_new  = (seg_first ? 16'd0 : seg_plen) + {{(16 - BYTES_W){1'b0}}, w1_bytes};
wire        nobuf_new = go_drop || drop_now;
wire [15:0] bmade_new = bursts_made + {15'd0, seg_write && b_close};
wire [TAG_W-1:0] tag_cur = seg_first ? tag_next : seg_tag;
wire        pf_pop    = w1_take && seg_write && need_buf;

// ------------------------------------------------------------------ completions (stage C)
reg [LIVE_MAX-1:0]   err_bits;        // per tag: a data write of the PDU failed
wire                 pi_have   = pi_cnt != {(PI_AW + 1){1'b0}};
wire [15:0]          pi_wait   = bursts_done - pi_bend[pi_rp];
wire                 data_done = !pi_wait[15];           // every data burst answered
wire                 cq_full   = {1'b0, cq_used} >= cq_n;  // also: CQ off
wire                 pi_derr   = err_bits[pi_tag[pi_rp]];
wire [3:0]           cpl_status;
wire                 cpl_phase = ~cq_iss[cq_lg];
// the head PDU's fields (wires: the record below is built without reading arrays)
wire [VC_W-1:0]      h_vc    = pi_vc[pi_rp];
wire [3:0]           h_cst   = pi_cst[pi_rp];
wire [31:0]          h_len   = pi_len[pi_rp];
wire [15:0]          h_plen  = pi_plen[pi_rp];
wire [7:0]           h_uu    = pi_uu[pi_rp];
wire [7:0]           h_cpi   = pi_cpi[pi_rp];
wire [15:0]          h_nbufs = pi_nbufs[pi_rp];
wire [15:0]          h_bidx  = pi_bidx[pi_rp];
assign cpl_status = pi_nobuf[pi_rp] ? RX_STATUS_RX_NO_BUFFER :
                    pi_derr ? RX_STATUS_RX_DMA_ERROR : h_cst;
reg  [CREC_W-1:0]    cpl_rec;
always @(*) begin
    cpl_rec = {CREC_W{1'b0}};
    cpl_rec[RXC_VC_LSB +: RXC_VC_W]               = {{(RXC_VC_W - VC_W){1'b0}}, h_vc};
    cpl_rec[RXC_STATUS_LSB +: RXC_STATUS_W]       = cpl_status;
    cpl_rec[RXC_CORE_STATUS_LSB +: RXC_CORE_STATUS_W] = h_cst;
    cpl_rec[RXC_PHASE_LSB]                        = cpl_phase;
    cpl_rec[RXC_LENGTH_LSB +: RXC_LENGTH_W]       = h_len;
    cpl_rec[RXC_UU_LSB +: RXC_UU_W]               = h_uu;
    cpl_rec[RXC_CPI_LSB +: RXC_CPI_W]             = h_cpi;
    cpl_rec[RXC_NBUFS_LSB +: RXC_NBUFS_W]         = h_nbufs;
    cpl_rec[RXC_BUF_INDEX_LSB +: RXC_BUF_INDEX_W] = h_bidx;
    cpl_rec[RXC_PDU_LENGTH_LSB +: RXC_PDU_LENGTH_W] = h_plen;
end
wire [63:0] cpl_addr = (cq_base & ~((64'd1 << CPL_LOG2) - 64'd1)) +
                       ({48'd0, cq_iss & cq_mask} << CPL_LOG2);

// ------------------------------------------------------------------ AW arbiter, W, B
reg                  aw_valid_q;
reg [63:0]           aw_addr_q;
reg [7:0]            aw_len_q;
reg                  aw_cpl_q;        // the command is one beat of a completion
reg                  aw_fin_q;        // ... the one with the phase bit (written last)
reg [TAG_W-1:0]      aw_tag_q;
reg [AXI_DATA_W-1:0] aw_wdata_q;      // a completion beat's data and strobes
reg [BB-1:0]         aw_wstrb_q;
// Completion being issued, a beat at a time (see cpl_start)
reg                  cpl_busy;
reg [PART_W-1:0]     cpl_part;
reg [CREC_W-1:0]     cpl_rec_q;
reg [63:0]           cpl_base_q;
reg [CLANE_W-1:0]    cpl_clane_q;
// W pending (AW taken): completion beats (data bursts: their words are in the W FIFO)
reg                  wp_cpl  [0:WP_DEPTH-1];
reg [AXI_DATA_W-1:0] wp_data [0:WP_DEPTH-1];
reg [BB-1:0]         wp_strb [0:WP_DEPTH-1];
reg [WP_AW-1:0]      wp_wp, wp_rp;
reg [WP_AW:0]        wp_cnt;
// B pending
reg                  ot_cpl  [0:OT_DEPTH-1];
reg                  ot_fin  [0:OT_DEPTH-1];
reg [TAG_W-1:0]      ot_tag  [0:OT_DEPTH-1];
reg [63:0]           ot_addr [0:OT_DEPTH-1];
reg [OT_AW-1:0]      ot_wp, ot_rp;
reg [OT_AW:0]        ot_cnt;

wire aw_take  = aw_valid_q && m_axi_awready;
wire aw_free  = !aw_valid_q || m_axi_awready;
wire cmd_room = (ot_cnt < OT_DEPTH[OT_AW:0] - 2) && (wp_cnt < WP_DEPTH[WP_AW:0] - 2);
// A completion is taken from the PDU info FIFO (cpl_start), then written one beat per
// AXI write (cpl_issue), the beat holding the phase bit last: a driver polling the phase
// never sees a half-written entry (a 16-byte record is two beats on a 64-bit bus).
wire cpl_go    = !cpl_busy && pi_have && data_done && !cq_full && !halt_q;
wire cpl_issue = cpl_busy && !halt_q && aw_free && cmd_room;
wire bq_have   = bq_cnt != {(BQ_AW + 1){1'b0}};
wire data_go   = !cpl_issue && bq_have && !halt_q && aw_free && cmd_room;
reg  [AXI_DATA_W-1:0] cpl_bdata;
reg  [BB-1:0]         cpl_bstrb;
reg  [63:0]           cpl_baddr;
generate
    if (CBEATS > 1) begin : g_cpl_narrow
        always @(*) begin
            cpl_bdata = cpl_rec_q[cpl_part * AXI_DATA_W +: AXI_DATA_W];
            cpl_bstrb = {BB{1'b1}};
            cpl_baddr = cpl_base_q + {{(64 - PART_W){1'b0}}, cpl_part} * BB_BYTES;
        end
    end else begin : g_cpl_wide
        always @(*) begin
            cpl_bdata = {CLANES{cpl_rec_q}};
            cpl_bstrb = {{(BB - RXC_BYTES){1'b0}}, {RXC_BYTES{1'b1}}} << (cpl_clane_q * RXC_BYTES);
            cpl_baddr = cpl_base_q;
        end
    end
endgenerate

assign m_axi_awaddr  = aw_addr_q & ADDR_MASK;
assign m_axi_awlen   = aw_len_q;
assign m_axi_awvalid = aw_valid_q;

wire        wp_have  = wp_cnt != {(WP_AW + 1){1'b0}};
wire        w_is_cpl = wp_cpl[wp_rp];
assign m_axi_wvalid = wp_have;
assign m_axi_wdata  = w_is_cpl ? wp_data[wp_rp] : wf_data[wf_rp];
assign m_axi_wstrb  = w_is_cpl ? wp_strb[wp_rp] : wf_strb[wf_rp];
assign m_axi_wlast  = w_is_cpl ? 1'b1 : wf_last[wf_rp];
wire   w_take       = m_axi_wvalid && m_axi_wready;
wire   w_cmd_done   = w_take && m_axi_wlast;
wire   wf_pop       = w_take && !w_is_cpl;

assign m_axi_bready = 1'b1;
wire   b_take  = m_axi_bvalid && ot_cnt != {(OT_AW + 1){1'b0}};
wire   b_err   = m_axi_bresp[1];
wire   b_cpl   = ot_cpl[ot_rp];
wire   b_fin   = ot_fin[ot_rp];

// ------------------------------------------------------------------ events, errors
reg         ev_cq_q, ev_dmaerr_q;
reg         err_v_q;
reg [3:0]   err_src_q;
reg [1:0]   err_resp_q;
reg [63:0]  err_addr_q;
wire        r_err = m_axi_rvalid && m_axi_rready && m_axi_rresp[1];

assign cons              = cons_q;
assign cq_tail           = cq_done;
assign halted            = halt_q;
assign ev_cq_written     = ev_cq_q;
assign ev_frame          = ev_frame_q;
assign ev_drop           = ev_drop_q;
assign ev_dma_error      = ev_dmaerr_q;
assign ev_doorbell_error = ev_db_q;
assign err_valid         = err_v_q;
assign err_source        = err_src_q;
assign err_resp          = err_resp_q;
assign err_addr          = err_addr_q;

wire bus_quiet = !ar_valid_q && fr_cnt == {(FR_AW + 1){1'b0}} && !rb_valid &&
                 !aw_valid_q && !wp_have && ot_cnt == {(OT_AW + 1){1'b0}};
assign idle = bus_quiet && !in_pdu && !w1_valid &&
              (halt_q || (!pi_have && !bq_have && !cpl_busy));

// ------------------------------------------------------------------ sequential
integer i;
always @(posedge clk) begin
    ev_db_q     <= 1'b0;
    ev_frame_q  <= 1'b0;
    ev_drop_q   <= 1'b0;
    ev_cq_q     <= 1'b0;
    ev_dmaerr_q <= 1'b0;
    err_v_q     <= 1'b0;
    if (rst || do_reset) begin
        halt_q      <= 1'b0;
        prod_q      <= 16'd0;
        f_idx       <= 16'd0;
        cons_q      <= 16'd0;
        u_idx       <= 16'd0;
        cqh_q       <= 16'd0;
        cq_iss      <= 16'd0;
        cq_done     <= 16'd0;
        pf_wp       <= {PF_AW{1'b0}};
        pf_rp       <= {PF_AW{1'b0}};
        pf_cnt      <= {(PF_AW + 1){1'b0}};
        fr_wp       <= {FR_AW{1'b0}};
        fr_rp       <= {FR_AW{1'b0}};
        fr_cnt      <= {(FR_AW + 1){1'b0}};
        ar_valid_q  <= 1'b0;
        ar_addr_q   <= 64'd0;
        ar_len_q    <= 8'd0;
        rb_valid    <= 1'b0;
        rb_data     <= {RB_W{1'b0}};
        rb_err      <= 1'b0;
        rb_lane     <= {DLANE_W{1'b0}};
        fr_left     <= 17'd0;
        fr_started  <= 1'b0;
        fr_failed   <= 1'b0;
        in_pdu      <= 1'b0;
        acc_data    <= {AXI_DATA_W{1'b0}};
        acc_strb    <= {BB{1'b0}};
        acc_lane    <= {LANE_W{1'b0}};
        acc_bytes   <= {BYTES_W{1'b0}};
        acc_first   <= 1'b1;
        w1_valid    <= 1'b0;
        w1_first    <= 1'b0;
        w1_last     <= 1'b0;
        w1_data     <= {AXI_DATA_W{1'b0}};
        w1_strb     <= {BB{1'b0}};
        w1_bytes    <= {BYTES_W{1'b0}};
        w1_vc       <= {VC_W{1'b0}};
        pdu_vc      <= {VC_W{1'b0}};
        w1_tuser    <= 24'd0;
        live        <= {(TAG_W + 1){1'b0}};
        seg_drop    <= 1'b0;
        seg_addr    <= 64'd0;
        seg_left    <= 17'd0;
        b_open      <= 1'b0;
        b_addr      <= 64'd0;
        b_cnt       <= 9'd0;
        seg_nbufs   <= 16'd0;
        seg_len     <= 32'd0;
        seg_plen    <= 16'd0;
        seg_bidx    <= 16'd0;
        seg_tag     <= {TAG_W{1'b0}};
        tag_next    <= {TAG_W{1'b0}};
        bursts_made <= 16'd0;
        bursts_done <= 16'd0;
        wf_wp       <= {WF_AW{1'b0}};
        wf_rp       <= {WF_AW{1'b0}};
        wf_cnt      <= {(WF_AW + 1){1'b0}};
        bq_wp       <= {BQ_AW{1'b0}};
        bq_rp       <= {BQ_AW{1'b0}};
        bq_cnt      <= {(BQ_AW + 1){1'b0}};
        pi_wp       <= {PI_AW{1'b0}};
        pi_rp       <= {PI_AW{1'b0}};
        pi_cnt      <= {(PI_AW + 1){1'b0}};
        err_bits    <= {LIVE_MAX{1'b0}};
        aw_valid_q  <= 1'b0;
        aw_addr_q   <= 64'd0;
        aw_len_q    <= 8'd0;
        aw_cpl_q    <= 1'b0;
        aw_fin_q    <= 1'b0;
        aw_tag_q    <= {TAG_W{1'b0}};
        aw_wdata_q  <= {AXI_DATA_W{1'b0}};
        aw_wstrb_q  <= {BB{1'b0}};
        cpl_busy    <= 1'b0;
        cpl_part    <= {PART_W{1'b0}};
        cpl_rec_q   <= {CREC_W{1'b0}};
        cpl_base_q  <= 64'd0;
        cpl_clane_q <= {CLANE_W{1'b0}};
        wp_wp       <= {WP_AW{1'b0}};
        wp_rp       <= {WP_AW{1'b0}};
        wp_cnt      <= {(WP_AW + 1){1'b0}};
        ot_wp       <= {OT_AW{1'b0}};
        ot_rp       <= {OT_AW{1'b0}};
        ot_cnt      <= {(OT_AW + 1){1'b0}};
        err_src_q   <= DMA_ERR_SRC_NONE;
        err_resp_q  <= 2'd0;
        err_addr_q  <= 64'd0;
    end else begin
        // ---- doorbells
        if (prod_wr) begin
            if (prod_ok) prod_q <= prod;
            else ev_db_q <= 1'b1;
        end
        if (cq_head_wr) begin
            if (head_ok) cqh_q <= cq_head;
            else ev_db_q <= 1'b1;
        end

        // ---- prefetch AR
        if (m_axi_arready && ar_valid_q)
            ar_valid_q <= 1'b0;
        if (f_go) begin
            ar_valid_q       <= 1'b1;
            ar_addr_q        <= f_daddr & ~((64'd1 << BB_LOG2) - 64'd1);
            ar_len_q         <= f_beats[7:0] - 8'd1;
            fr_lane0[fr_wp]  <= f_lane0;
            fr_n[fr_wp]      <= f_lim;
            fr_addr[fr_wp]   <= f_daddr;
            fr_wp            <= fr_wp + 1'b1;
            f_idx            <= f_idx + f_lim[15:0];
        end

        // ---- prefetch R: one descriptor per cycle out of the beat register
        if (rb_valid) begin
            if (rb_push) begin
                pf_mem[pf_wp] <= rb_desc;
                pf_wp         <= pf_wp + 1'b1;
                cons_q        <= cons_q + 16'd1;
            end
            rb_lane    <= rb_lane + 1'b1;
            fr_left    <= fr_left_now - 17'd1;
            fr_started <= 1'b1;
            if (rb_err) fr_failed <= 1'b1;
            if (rb_last_desc) begin             // the burst's last descriptor
                fr_rp      <= fr_rp + 1'b1;
                fr_started <= 1'b0;
                fr_failed  <= 1'b0;
            end
        end
        if (r_take) begin
            rb_valid <= 1'b1;
            rb_data  <= v_data;
            rb_err   <= v_err;
            // the first beat of a burst starts at its first descriptor's lane
            rb_lane  <= r_first ? fr_lane0[r_rec] : {DLANE_W{1'b0}};
        end else if (rb_beat_done) begin
            rb_valid <= 1'b0;
        end
        fr_cnt <= fr_cnt + {{FR_AW{1'b0}}, f_go} - {{FR_AW{1'b0}}, rb_valid && rb_last_desc};
        pf_cnt <= pf_cnt + {{PF_AW{1'b0}}, rb_valid && rb_push} - {{PF_AW{1'b0}}, pf_pop};
        if (pf_pop)
            pf_rp <= pf_rp + 1'b1;

        // ---- pack
        if (beat) begin
            if (!in_pdu)
                pdu_vc <= s_axis_rx_tdest;
            in_pdu <= !s_axis_rx_tlast;
            if (s_axis_rx_tlast) ev_frame_q <= 1'b1;
            if (beat_ends_word) begin
                w1_valid  <= 1'b1;
                w1_data   <= word_data;
                w1_strb   <= word_strb;
                w1_bytes  <= acc_bytes + ones(s_axis_rx_tkeep);
                w1_first  <= acc_first;
                w1_last   <= s_axis_rx_tlast;
                w1_vc     <= in_pdu ? pdu_vc : s_axis_rx_tdest;
                w1_tuser  <= s_axis_rx_tuser;
                acc_strb  <= {BB{1'b0}};
                acc_lane  <= {LANE_W{1'b0}};
                acc_bytes <= {BYTES_W{1'b0}};
                acc_first <= s_axis_rx_tlast;
            end else begin
                acc_data  <= word_data;
                acc_strb  <= word_strb;
                acc_lane  <= acc_lane + 1'b1;
                acc_bytes <= acc_bytes + ones(s_axis_rx_tkeep);
            end
        end
        if (w1_take && !(beat && beat_ends_word))
            w1_valid <= 1'b0;

        // ---- segment
        if (w1_take) begin
            if (seg_first) begin
                seg_tag  <= tag_next;
                tag_next <= tag_next + 1'b1;
            end
            seg_nbufs <= nbufs_new;
            seg_len   <= len_new;
            seg_plen  <= plen_new;
            seg_bidx  <= bidx_new;
            seg_drop  <= nobuf_new;
            if (go_drop && !discard) ev_drop_q <= 1'b1;
            if (seg_write) begin
                if (need_buf) u_idx <= u_idx + 16'd1;
                wf_data[wf_wp] <= w1_data;
                wf_strb[wf_wp] <= w1_strb;
                wf_last[wf_wp] <= b_close;
                wf_wp          <= wf_wp + 1'b1;
                seg_addr       <= wr_next;
                seg_left       <= wr_left;
                if (b_close) begin
                    bq_addr[bq_wp] <= b_addr_new;
                    bq_len[bq_wp]  <= b_cnt_new[7:0] - 8'd1;
                    bq_tag[bq_wp]  <= tag_cur;
                    bq_wp          <= bq_wp + 1'b1;
                    b_open         <= 1'b0;
                end else begin
                    b_open <= 1'b1;
                    b_addr <= b_addr_new;
                    b_cnt  <= b_cnt_new;
                end
            end
            bursts_made <= bmade_new;
            if (w1_last && !discard) begin
                pi_vc[pi_wp]    <= w1_vc;
                pi_cst[pi_wp]   <= w1_tuser[3:0];
                pi_nobuf[pi_wp] <= nobuf_new;
                pi_len[pi_wp]   <= len_new;
                pi_plen[pi_wp]  <= plen_new;
                pi_uu[pi_wp]    <= w1_tuser[15:8];
                pi_cpi[pi_wp]   <= w1_tuser[23:16];
                pi_nbufs[pi_wp] <= nbufs_new;
                pi_bidx[pi_wp]  <= bidx_new;
                pi_tag[pi_wp]   <= tag_cur;
                pi_bend[pi_wp]  <= bmade_new;
                pi_wp           <= pi_wp + 1'b1;
            end
        end
        wf_cnt <= wf_cnt + {{WF_AW{1'b0}}, w1_take && seg_write} - {{WF_AW{1'b0}}, wf_pop};
        if (wf_pop) wf_rp <= wf_rp + 1'b1;

        // ---- AW: a completion, else the next data burst
        if (aw_take) aw_valid_q <= 1'b0;
        if (cpl_go) begin
            cpl_busy    <= 1'b1;
            cpl_part    <= CBEATS[PART_W-1:0] - 1'b1;
            cpl_rec_q   <= cpl_rec;
            cpl_base_q  <= cpl_addr & ~((64'd1 << BB_LOG2) - 64'd1);
            cpl_clane_q <= (CLANES > 1) ? cpl_addr[CPL_LOG2 +: CLANE_W] : {CLANE_W{1'b0}};
            cq_iss      <= cq_iss + 16'd1;
            pi_rp       <= pi_rp + 1'b1;
            if (cpl_status == RX_STATUS_RX_DMA_ERROR) ev_dmaerr_q <= 1'b1;
        end
        if (cpl_issue) begin
            aw_valid_q <= 1'b1;
            aw_addr_q  <= cpl_baddr;
            aw_len_q   <= 8'd0;
            aw_cpl_q   <= 1'b1;
            aw_fin_q   <= cpl_part == {PART_W{1'b0}};
            aw_wdata_q <= cpl_bdata;
            aw_wstrb_q <= cpl_bstrb;
            cpl_part   <= cpl_part - 1'b1;
            if (cpl_part == {PART_W{1'b0}}) cpl_busy <= 1'b0;
        end else if (data_go) begin
            aw_valid_q <= 1'b1;
            aw_addr_q  <= bq_addr[bq_rp];
            aw_len_q   <= bq_len[bq_rp];
            aw_cpl_q   <= 1'b0;
            aw_fin_q   <= 1'b0;
            aw_tag_q   <= bq_tag[bq_rp];
            bq_rp      <= bq_rp + 1'b1;
        end
        bq_cnt <= bq_cnt + {{BQ_AW{1'b0}}, w1_take && seg_write && b_close} -
                  {{BQ_AW{1'b0}}, data_go};
        pi_cnt <= pi_cnt + {{PI_AW{1'b0}}, w1_take && w1_last && !discard} -
                  {{PI_AW{1'b0}}, cpl_go};
        live   <= live + {{TAG_W{1'b0}}, beat && !in_pdu} - {{TAG_W{1'b0}}, cpl_go};
        // err_bits: set by a failed data write, cleared by the PDU's completion
        for (i = 0; i < LIVE_MAX; i = i + 1) begin
            if (cpl_go && pi_tag[pi_rp] == i[TAG_W-1:0])
                err_bits[i] <= 1'b0;
            if (b_take && !b_cpl && b_err && ot_tag[ot_rp] == i[TAG_W-1:0])
                err_bits[i] <= 1'b1;
        end

        // ---- AW taken: W pending and B pending
        if (aw_take) begin
            wp_cpl[wp_wp]   <= aw_cpl_q;
            wp_data[wp_wp]  <= aw_wdata_q;
            wp_strb[wp_wp]  <= aw_wstrb_q;
            wp_wp           <= wp_wp + 1'b1;
            ot_cpl[ot_wp]   <= aw_cpl_q;
            ot_fin[ot_wp]   <= aw_fin_q;
            ot_tag[ot_wp]   <= aw_tag_q;
            ot_addr[ot_wp]  <= aw_addr_q;
            ot_wp           <= ot_wp + 1'b1;
        end
        if (w_cmd_done)
            wp_rp <= wp_rp + 1'b1;
        wp_cnt <= wp_cnt + {{WP_AW{1'b0}}, aw_take} - {{WP_AW{1'b0}}, w_cmd_done};

        // ---- B
        if (b_take) begin
            ot_rp <= ot_rp + 1'b1;
            if (b_cpl) begin
                if (!b_err && b_fin) begin
                    cq_done <= cq_done + 16'd1;
                    ev_cq_q <= 1'b1;
                end
            end else begin
                bursts_done <= bursts_done + 16'd1;
            end
        end
        ot_cnt <= ot_cnt + {{OT_AW{1'b0}}, aw_take} - {{OT_AW{1'b0}}, b_take};

        // ---- errors: a halting one wins a same-cycle tie
        if (r_err) begin
            halt_q     <= 1'b1;
            err_v_q    <= 1'b1;
            err_src_q  <= DMA_ERR_SRC_RXF_FETCH;
            err_resp_q <= m_axi_rresp;
            err_addr_q <= fr_addr[r_rec];
        end else if (b_take && b_err && !(b_cpl && halt_q)) begin
            // (the other beats of a completion that halted the engine: the first error
            // stays the one reported)
            err_v_q    <= 1'b1;
            err_resp_q <= m_axi_bresp;
            err_addr_q <= ot_addr[ot_rp];
            err_src_q  <= b_cpl ? DMA_ERR_SRC_RXCQ_WRITE : DMA_ERR_SRC_RX_DATA;
        end
        if (b_take && b_err && b_cpl)
            halt_q <= 1'b1;
    end
end

// Unused: rlast (bursts are counted), the reserved tuser bits [7:4], high bits of
// quantities whose range is bounded elsewhere, all but the sign of pi_wait.
wire _unused_ok = &{1'b0, m_axi_rlast, w1_tuser[7:4], f_beats[16:8], pi_wait[14:0], cpl_clane_q};

endmodule
`default_nettype wire
