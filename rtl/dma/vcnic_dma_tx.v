// vcnic_dma_tx: the TX half of the DMA host interface (docs/dma.md, TX path). TX ring in
// host memory -> the core's host TX stream; the core's TX completions (and the engine's
// own TX_BAD_VC ones) -> the TX completion queue in host memory.
//
// Pipeline, all in order (the AXI read master has one ID, so R comes back in AR order):
//  1. fetch: descriptors are read in bursts (up to the producer index, never across the
//     ring's end or a 4 KiB boundary) into a descriptor FIFO (DESC_FIFO entries; a burst
//     is issued only with room reserved for all of its descriptors).
//  2. plan: the head descriptor is classified (TX_BAD_VC, TX_BAD_DESC, zero length, data)
//     and a frame record goes to the frame FIFO; a data frame also becomes the read job.
//  3. read: the job is cut into bursts (<= MAX_BURST beats, never across 4 KiB). A burst
//     is issued only when the read-data FIFO has room for all of its beats (credit), so R
//     is never back-pressured; up to RD_OUTSTANDING bursts (descriptor and data) are in
//     flight. The job of the next frame is loaded as soon as the last burst of this one
//     is issued: the next frames' reads overlap this frame's streaming.
//  4. stream: the frame FIFO's head is streamed to the core from the read-data FIFO,
//     AXI_DATA_W -> DATA_W, tkeep on the last beat; a null frame (TX_BAD_DESC, length 0)
//     is one beat with tkeep = 0. A beat answered SLVERR/DECERR marks the frame: its
//     remaining bytes go out as zeros and its last beat carries tuser[19:17] =
//     TX_DMA_ERROR, so the core drops it in the VC's order. TX_CONS advances when a
//     frame's last beat is taken by the core (or a TX_BAD_VC record passes this stage).
//  5. complete: core completions and TX_BAD_VC records go through a small FIFO to the
//     completion writer: one write per entry (8 bytes, phase bit), up to WR_OUTSTANDING
//     in flight; the writer waits while the CQ is full (TXCQ_HEAD doorbells free it).
// A descriptor fetch or completion write answered with an error halts the engine (no new
// fetch, plan or completion write; bursts in flight are still taken) until dma_reset.
`default_nettype none
module vcnic_dma_tx #(
    parameter integer NUM_VC         = 256,
    parameter integer DATA_W         = 32,
    parameter integer AXI_DATA_W     = 64,
    parameter integer MAX_BURST      = 16,
    parameter integer RD_OUTSTANDING = 16,
    parameter integer MAX_RING_LOG2  = 12,
    parameter integer VC_W           = (NUM_VC > 1) ? $clog2(NUM_VC) : 1,
    parameter integer DESC_FIFO      = 16,   // prefetched descriptors
    parameter integer RDF_BEATS      = 128,  // read-data FIFO (AXI beats)
    parameter integer FRAME_FIFO     = 32,   // frames planned ahead of the stream
    parameter integer WR_OUTSTANDING = 8     // completion writes in flight
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
    // events: one-cycle pulses, at most one of each per cycle
    output reg                     ev_cq_written,
    output reg                     ev_frame,
    output reg                     ev_drop,
    output reg                     ev_dma_error,
    output reg                     ev_doorbell_error,
    output reg                     err_valid,
    output reg  [3:0]              err_source,
    output reg  [1:0]              err_resp,
    output reg  [63:0]             err_addr,
    // core host TX (tuser[19:17] = drop status on the last beat, docs/dma.md)
    output reg  [DATA_W-1:0]       m_axis_tx_tdata,
    output reg  [DATA_W/8-1:0]     m_axis_tx_tkeep,
    output reg                     m_axis_tx_tvalid,
    input  wire                    m_axis_tx_tready,
    output reg                     m_axis_tx_tlast,
    output reg  [VC_W-1:0]         m_axis_tx_tdest,
    output reg  [19:0]             m_axis_tx_tuser,
    // core TX completions
    input  wire [7:0]              s_axis_txc_tdata,
    input  wire [VC_W-1:0]         s_axis_txc_tdest,
    input  wire                    s_axis_txc_tvalid,
    output wire                    s_axis_txc_tready,
    input  wire                    s_axis_txc_tlast,
    // AXI4 read master (AR/R), in order
    output reg  [63:0]             m_axi_araddr,
    output reg  [7:0]              m_axi_arlen,
    output reg                     m_axi_arvalid,
    input  wire                    m_axi_arready,
    input  wire [AXI_DATA_W-1:0]   m_axi_rdata,
    input  wire [1:0]              m_axi_rresp,
    input  wire                    m_axi_rlast,
    input  wire                    m_axi_rvalid,
    output wire                    m_axi_rready,
    // AXI4 write master (AW/W/B), in order
    output reg  [63:0]             m_axi_awaddr,
    output reg  [7:0]              m_axi_awlen,
    output reg                     m_axi_awvalid,
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

    localparam integer KEEP_W = DATA_W / 8;
    localparam integer BPB    = AXI_DATA_W / 8;          // bytes per AXI beat
    localparam integer AB     = $clog2(BPB);
    localparam integer RATIO  = AXI_DATA_W / DATA_W;     // core beats per AXI beat
    localparam integer SUB_W  = (RATIO > 1) ? $clog2(RATIO) : 1;
    localparam integer DB     = (BPB >= 16) ? 1 : 16 / BPB;   // beats per descriptor
    localparam integer DB_W   = (DB > 1) ? $clog2(DB) : 1;
    localparam integer CPB    = (BPB >= 8) ? 1 : 8 / BPB;     // beats per completion
    localparam integer DPB    = MAX_BURST / DB;               // descriptors per fetch burst
    localparam integer DQ_W   = $clog2(DESC_FIFO);
    localparam integer TG_W   = $clog2(RD_OUTSTANDING);
    localparam integer DF_W   = $clog2(RDF_BEATS);
    localparam integer MF_W   = $clog2(FRAME_FIFO);
    localparam integer WO_W   = $clog2(WR_OUTSTANDING);
    localparam integer CF_D   = 8;                            // completion FIFO entries
    localparam integer LN_W   = (BPB > 8) ? AB - 3 : 1;       // CQ entry lane in a beat
    localparam integer WB_W   = (CPB > 1) ? $clog2(CPB) : 1;
    localparam integer RATIO_M1 = RATIO - 1, CPB_M1 = CPB - 1, DB_M1 = DB - 1;
    localparam [SUB_W-1:0] SUB_LAST = RATIO_M1[SUB_W-1:0];
    localparam [WB_W-1:0]  WB_LAST  = CPB_M1[WB_W-1:0];
    localparam [DB_W-1:0]  DB_LAST  = DB_M1[DB_W-1:0];

    // Supported shapes: AXI_DATA_W 32..128 (a descriptor is whole beats), a multiple of
    // DATA_W; FIFO depths powers of 2. Anything else stops elaboration at an instance of
    // a module that does not exist, named as the message.
    generate
        if (AXI_DATA_W < 32 || AXI_DATA_W > 128 || (AXI_DATA_W % DATA_W) != 0 ||
            (1 << AB) != BPB || (1 << DQ_W) != DESC_FIFO || (1 << TG_W) != RD_OUTSTANDING ||
            (1 << DF_W) != RDF_BEATS || (1 << MF_W) != FRAME_FIFO ||
            (1 << WO_W) != WR_OUTSTANDING || DPB < 1 || RDF_BEATS < MAX_BURST ||
            MAX_RING_LOG2 < 1 || MAX_RING_LOG2 > 15) begin : g_param_check
            vcnic_dma_tx_unsupported_parameters unsupported_parameters ();
        end
    endgenerate

    localparam [1:0] K_DATA = 2'd0, K_NULL = 2'd1, K_BADVC = 2'd2;
    localparam [3:0] MAX_L2 = MAX_RING_LOG2[3:0];

    // ------------------------------------------------------------------ ring geometry
    function [3:0] eff_log2;
        input [3:0] l;
        begin
            eff_log2 = (l > MAX_L2) ? MAX_L2 : l;
        end
    endfunction
    wire [3:0]  r_l2   = eff_log2(ring_log2);
    wire [16:0] r_size = (r_l2 == 4'd0) ? 17'd0 : (17'd1 << r_l2);
    wire [15:0] r_mask = ~(16'hFFFF << r_l2);
    wire [3:0]  c_l2   = eff_log2(cq_log2);
    wire [16:0] c_size = (c_l2 == 4'd0) ? 17'd0 : (17'd1 << c_l2);
    wire [15:0] c_mask = ~(16'hFFFF << c_l2);

    // ------------------------------------------------------------------ state
    reg         halt_r;
    reg [15:0]  prod_i;           // accepted producer index
    reg [15:0]  fidx;             // next descriptor to fetch
    reg [15:0]  cons_r;
    reg [15:0]  head_i;           // accepted CQ head
    reg [15:0]  wr_idx;           // next CQ entry to write
    reg [15:0]  tail_r;           // CQ entries written and answered OKAY
    reg [15:0]  fic;              // frames given to the core, completion not yet taken
    assign cons    = cons_r;
    assign cq_tail = tail_r;
    assign halted  = halt_r;

    // descriptor FIFO
    reg [127:0]   dq_mem [0:DESC_FIFO-1];
    reg [DQ_W-1:0] dq_rd, dq_wr;
    reg [DQ_W:0]  dq_cnt;         // descriptors in the FIFO
    reg [DQ_W:0]  dq_res;         // descriptors of fetch bursts in flight
    // burst tags (one per AR in flight): descriptor fetch or data, address for errors
    reg [64:0]    tg_mem [0:RD_OUTSTANDING-1];
    reg [TG_W-1:0] tg_rd, tg_wr;
    reg [TG_W:0]  tg_cnt;
    // read-data FIFO {error, data}
    reg [AXI_DATA_W:0] df_mem [0:RDF_BEATS-1];
    reg [DF_W-1:0] df_rd, df_wr;
    reg [DF_W:0]  df_cnt;
    reg [DF_W:0]  df_cred;        // free beats not reserved by bursts in flight
    // frame FIFO {kind, drop, clp, cpi, uu, len, vc}
    localparam integer MF_E = 2 + 3 + 1 + 8 + 8 + 16 + 16;
    reg [MF_E-1:0] mf_mem [0:FRAME_FIFO-1];
    reg [MF_W-1:0] mf_rd, mf_wr;
    reg [MF_W:0]  mf_cnt;
    // read job
    reg           job_v;
    reg [63:0]    job_addr;
    reg [15:0]    job_beats;      // beats still to request

    // ------------------------------------------------------------------ doorbells
    wire [15:0] db_new_cnt = prod - cons_r;
    wire [15:0] db_old_cnt = prod_i - cons_r;
    wire        prod_ok    = ({1'b0, db_new_cnt} <= r_size) && (db_new_cnt >= db_old_cnt);
    wire [15:0] hd_adv     = cq_head - head_i;
    // a head may pass an entry whose write is issued but not yet answered: the driver
    // can see its beats in memory before the B response reaches the NIC
    wire [15:0] hd_room    = wr_idx - head_i;
    wire        head_ok    = (hd_adv <= hd_room);

    // ------------------------------------------------------------------ fetch decision
    wire [15:0] f_avail  = prod_i - fidx;
    wire [16:0] f_wrap   = r_size - {1'b0, fidx & r_mask};
    wire [63:0] f_addr   = {ring_base[63:4], 4'd0} + {44'd0, fidx & r_mask, 4'd0};
    wire [12:0] f_4k     = (13'd4096 - {1'b0, f_addr[11:0]}) >> 4;
    wire [DQ_W:0] f_room = DESC_FIFO[DQ_W:0] - dq_cnt - dq_res;
    reg  [16:0] f_n;
    always @(*) begin
        f_n = {1'b0, f_avail};
        if (f_wrap < f_n) f_n = f_wrap;
        if ({4'd0, f_4k} < f_n) f_n = {4'd0, f_4k};
        if (DPB[16:0] < f_n) f_n = DPB[16:0];
    end
    // wait until the FIFO has room for the whole burst (no trickle of tiny fetches)
    wire f_go = enable && !halt_r && (r_l2 != 4'd0) && (f_n != 17'd0) &&
                ({{(16-DQ_W){1'b0}}, f_room} >= f_n);

    // ------------------------------------------------------------------ data burst
    wire [12:0] j_4k   = (13'd4096 - {1'b0, job_addr[11:0]}) >> AB;
    reg  [15:0] j_n;
    always @(*) begin
        j_n = job_beats;
        if ({3'd0, j_4k} < j_n) j_n = {3'd0, j_4k};
        if (MAX_BURST[15:0] < j_n) j_n = MAX_BURST[15:0];
    end
    wire j_go = job_v && ({{(15-DF_W){1'b0}}, df_cred} >= j_n);

    wire ar_free = !m_axi_arvalid || m_axi_arready;
    wire tg_room = (tg_cnt != RD_OUTSTANDING[TG_W:0]);
    wire iss_desc = ar_free && tg_room && f_go;
    wire iss_data = ar_free && tg_room && !f_go && j_go;

    // ------------------------------------------------------------------ plan
    wire [127:0] d_head  = dq_mem[dq_rd];
    wire [63:0]  d_addr  = d_head[TXD_ADDR_LSB +: TXD_ADDR_W];
    wire [15:0]  d_len   = d_head[TXD_LENGTH_LSB +: TXD_LENGTH_W];
    wire [15:0]  d_vc    = d_head[TXD_VC_LSB +: TXD_VC_W];
    wire [7:0]   d_uu    = d_head[TXD_UU_LSB +: TXD_UU_W];
    wire [7:0]   d_cpi   = d_head[TXD_CPI_LSB +: TXD_CPI_W];
    wire         d_clp   = d_head[TXD_CLP_LSB];
    wire [TXD_RESERVED_W-1:0] d_rsv = d_head[TXD_RESERVED_LSB +: TXD_RESERVED_W];
    wire         d_badvc = ({1'b0, d_vc} >= NUM_VC[16:0]);
    wire         d_bad   = (d_addr[AB-1:0] != {AB{1'b0}}) || (d_rsv != {TXD_RESERVED_W{1'b0}});
    wire [1:0]   d_kind  = d_badvc ? K_BADVC : (d_bad || d_len == 16'd0) ? K_NULL : K_DATA;
    wire [2:0]   d_drop  = (d_kind == K_NULL && d_bad) ? TX_STATUS_TX_BAD_DESC[2:0] : 3'd0;
    wire [16:0]  d_bytes = {1'b0, d_len} + BPB[16:0] - 17'd1;
    wire [16:0]  d_beats17 = d_bytes >> AB;
    wire [15:0]  d_beats = d_beats17[15:0];
    wire plan = enable && !halt_r && (dq_cnt != {(DQ_W+1){1'b0}}) &&
                (mf_cnt != FRAME_FIFO[MF_W:0]) && (d_kind != K_DATA || !job_v);

    // ------------------------------------------------------------------ stream
    reg           cur_v;
    reg [1:0]     cur_kind;
    reg [15:0]    cur_vc;
    reg [16:0]    cur_rem;        // bytes still to send
    reg [7:0]     cur_uu, cur_cpi;
    reg           cur_clp;
    reg [2:0]     cur_drop;
    reg           cur_err;
    reg [SUB_W-1:0] sub;
    reg           o_last_null, o_last_err;   // what the last beat in m_axis_tx_* means

    wire [AXI_DATA_W:0] df_head = df_mem[df_rd];
    wire          h_err   = df_head[AXI_DATA_W];
    wire          s_err   = cur_err || h_err;
    wire          s_last  = (cur_rem <= KEEP_W[16:0]);
    wire          o_free  = !m_axis_tx_tvalid || m_axis_tx_tready;
    wire          emit_d  = o_free && cur_v && (cur_kind == K_DATA) && (df_cnt != {(DF_W+1){1'b0}});
    wire          emit_n  = o_free && cur_v && (cur_kind == K_NULL);
    wire          df_pop  = emit_d && (s_last || sub == SUB_LAST);
    // a TX_BAD_VC record: once everything before it is in the core, its completion
    wire          badvc_want = cur_v && (cur_kind == K_BADVC) && !m_axis_tx_tvalid;
    wire          badvc_go;       // ... and the completion FIFO takes it (below)
    wire          cur_done   = (emit_d && s_last) || emit_n || badvc_go;
    wire          mf_pop     = (!cur_v || cur_done) && (mf_cnt != {(MF_W+1){1'b0}});
    wire          o_take     = m_axis_tx_tvalid && m_axis_tx_tready;
    wire          o_last_take = o_take && m_axis_tx_tlast;
    wire [DATA_W-1:0] s_lane = df_head[sub * DATA_W +: DATA_W];

    function [KEEP_W-1:0] keep_of;
        input [16:0] rem;
        begin
            keep_of = (rem >= KEEP_W[16:0]) ? {KEEP_W{1'b1}}
                                            : ~({KEEP_W{1'b1}} << rem[$clog2(KEEP_W):0]);
        end
    endfunction

    // ------------------------------------------------------------------ completions
    reg [19:0]    cf_mem [0:CF_D-1];     // {status, vc}
    reg [2:0]     cf_rd, cf_wr;
    reg [3:0]     cf_cnt;
    wire          cf_room  = (cf_cnt != CF_D[3:0]);
    assign        badvc_go = badvc_want && cf_room;
    assign s_axis_txc_tready = cf_room && !badvc_want;
    wire          txc_take = s_axis_txc_tvalid && s_axis_txc_tready;
    wire          cf_push  = badvc_go || txc_take;
    wire [19:0]   cf_in    = badvc_go ? {TX_STATUS_TX_BAD_VC, cur_vc}
                                      : {s_axis_txc_tdata[3:0], {(16-VC_W){1'b0}}, s_axis_txc_tdest};
    wire [19:0]   cf_head  = cf_mem[cf_rd];

    // writer: AW now, W from a FIFO of entries, B matched with a FIFO of addresses
    reg [WO_W:0]  wo_cnt;                 // writes issued, B not yet taken
    reg [64+LN_W-1:0] wq_mem [0:WR_OUTSTANDING-1];  // {lane, entry}
    reg [WO_W-1:0] wq_rd, wq_wr;
    reg [WO_W:0]  wq_cnt;
    reg [63:0]    bq_mem [0:WR_OUTSTANDING-1];
    reg [WO_W-1:0] bq_rd, bq_wr;
    reg [WB_W-1:0] wbeat;
    wire [15:0]   c_used  = wr_idx - head_i;
    wire          c_space = (c_l2 != 4'd0) && ({1'b0, c_used} < c_size);
    wire          aw_free = !m_axi_awvalid || m_axi_awready;
    wire          cw_go   = (cf_cnt != 4'd0) && c_space && !halt_r && aw_free &&
                            (wo_cnt != WR_OUTSTANDING[WO_W:0]);
    wire [63:0]   cw_addr = {cq_base[63:3], 3'd0} + {45'd0, wr_idx & c_mask, 3'd0};
    wire          cw_phase = ~|((wr_idx >> c_l2) & 16'd1);
    reg  [63:0]   cw_ent;
    always @(*) begin
        cw_ent = 64'd0;
        cw_ent[TXC_VC_LSB +: TXC_VC_W]         = cf_head[15:0];
        cw_ent[TXC_STATUS_LSB +: TXC_STATUS_W] = cf_head[19:16];
        cw_ent[TXC_PHASE_LSB]                  = cw_phase;
    end
    wire [64+LN_W-1:0] wq_head = wq_mem[wq_rd];
    wire [LN_W-1:0] wq_lane = wq_head[64 +: LN_W];
    generate
        if (CPB > 1) begin : g_w_narrow
            assign m_axi_wdata = wq_head[wbeat * AXI_DATA_W +: AXI_DATA_W];
            assign m_axi_wstrb = {(AXI_DATA_W/8){1'b1}};
            wire _unused_lane = &{1'b0, wq_lane};
        end else if (BPB == 8) begin : g_w_one
            assign m_axi_wdata = wq_head[63:0];
            assign m_axi_wstrb = 8'hFF;
            wire _unused_lane = &{1'b0, wq_lane, wbeat};
        end else begin : g_w_wide
            assign m_axi_wdata = {(BPB/8){wq_head[63:0]}};
            assign m_axi_wstrb = {{(BPB-8){1'b0}}, 8'hFF} << (8 * wq_lane);
            wire _unused_wbeat = &{1'b0, wbeat};
        end
    endgenerate
    assign m_axi_wvalid = (wq_cnt != {(WO_W+1){1'b0}});
    assign m_axi_wlast  = (wbeat == WB_LAST);
    wire w_take    = m_axi_wvalid && m_axi_wready;
    wire w_done    = w_take && m_axi_wlast;
    assign m_axi_bready = 1'b1;
    wire b_take    = m_axi_bvalid;
    wire b_ok      = (m_axi_bresp[1] == 1'b0);

    // ------------------------------------------------------------------ R
    assign m_axi_rready = 1'b1;
    wire [64:0]   tg_head = tg_mem[tg_rd];
    wire          r_desc  = tg_head[64];
    reg [DB_W-1:0] dbeat;
    reg [127:0]   dasm;
    reg           r_err_seen;             // this burst already reported an error
    wire [127:0]  dasm_n;
    generate
        if (DB > 1) begin : g_dasm
            assign dasm_n = {m_axi_rdata, dasm[127:AXI_DATA_W]};
            wire _unused_dasm = &{1'b0, dasm[AXI_DATA_W-1:0]};   // shifted out
        end else begin : g_dasm1
            assign dasm_n = m_axi_rdata[127:0];
            wire _unused_dasm = &{1'b0, dasm};
        end
    endgenerate
    wire r_beat   = m_axi_rvalid;
    wire r_bad    = m_axi_rresp[1];
    wire d_done_b = r_beat && r_desc && (dbeat == DB_LAST);     // a descriptor completed
    wire d_push   = d_done_b && !halt_r && !r_bad;

    // ------------------------------------------------------------------ idle
    wire quiet = (tg_cnt == {(TG_W+1){1'b0}}) && !m_axi_arvalid && !job_v &&
                 (mf_cnt == {(MF_W+1){1'b0}}) && !cur_v && !m_axis_tx_tvalid &&
                 (wo_cnt == {(WO_W+1){1'b0}}) && !m_axi_awvalid;
    assign idle = quiet && (halt_r || ((cf_cnt == 4'd0) && (fic == 16'd0))) &&
                  (!enable || halt_r || ((fidx == prod_i) && (dq_cnt == {(DQ_W+1){1'b0}})));
    wire do_reset = dma_reset && idle;

    // ------------------------------------------------------------------ sequential
    always @(posedge clk) begin
        ev_cq_written     <= 1'b0;
        ev_frame          <= 1'b0;
        ev_drop           <= 1'b0;
        ev_dma_error      <= 1'b0;
        ev_doorbell_error <= 1'b0;
        err_valid         <= 1'b0;
        if (rst || do_reset) begin
            halt_r  <= 1'b0;
            prod_i  <= 16'd0;
            fidx    <= 16'd0;
            cons_r  <= 16'd0;
            head_i  <= 16'd0;
            wr_idx  <= 16'd0;
            tail_r  <= 16'd0;
            fic     <= 16'd0;
            dq_rd   <= {DQ_W{1'b0}};
            dq_wr   <= {DQ_W{1'b0}};
            dq_cnt  <= {(DQ_W+1){1'b0}};
            dq_res  <= {(DQ_W+1){1'b0}};
            cf_rd   <= 3'd0;
            cf_wr   <= 3'd0;
            cf_cnt  <= 4'd0;
            dbeat   <= {DB_W{1'b0}};
            if (rst) begin
                tg_rd   <= {TG_W{1'b0}};
                tg_wr   <= {TG_W{1'b0}};
                tg_cnt  <= {(TG_W+1){1'b0}};
                df_rd   <= {DF_W{1'b0}};
                df_wr   <= {DF_W{1'b0}};
                df_cnt  <= {(DF_W+1){1'b0}};
                df_cred <= RDF_BEATS[DF_W:0];
                mf_rd   <= {MF_W{1'b0}};
                mf_wr   <= {MF_W{1'b0}};
                mf_cnt  <= {(MF_W+1){1'b0}};
                job_v   <= 1'b0;
                cur_v   <= 1'b0;
                m_axis_tx_tvalid <= 1'b0;
                m_axi_arvalid    <= 1'b0;
                m_axi_awvalid    <= 1'b0;
                wo_cnt  <= {(WO_W+1){1'b0}};
                wq_rd   <= {WO_W{1'b0}};
                wq_wr   <= {WO_W{1'b0}};
                wq_cnt  <= {(WO_W+1){1'b0}};
                bq_rd   <= {WO_W{1'b0}};
                bq_wr   <= {WO_W{1'b0}};
                wbeat   <= {WB_W{1'b0}};
                r_err_seen <= 1'b0;
            end
        end else begin
            // ---------------------------------------------------- doorbells
            if (prod_wr) begin
                if (prod_ok) prod_i <= prod;
                else ev_doorbell_error <= 1'b1;
            end
            if (cq_head_wr) begin
                if (head_ok) head_i <= cq_head;
                else ev_doorbell_error <= 1'b1;
            end

            // ---------------------------------------------------- AR
            if (ar_free) m_axi_arvalid <= iss_desc || iss_data;
            if (iss_desc) begin
                m_axi_araddr <= f_addr;
                m_axi_arlen  <= f_n[7:0] * DB[7:0] - 8'd1;
                fidx         <= fidx + f_n[15:0];
                tg_mem[tg_wr] <= {1'b1, f_addr};
            end else if (iss_data) begin
                m_axi_araddr <= job_addr;
                m_axi_arlen  <= j_n[7:0] - 8'd1;
                job_addr     <= job_addr + ({48'd0, j_n} << AB);
                job_beats    <= job_beats - j_n;
                tg_mem[tg_wr] <= {1'b0, job_addr};
            end
            if (iss_desc || iss_data) tg_wr <= tg_wr + 1'b1;
            dq_res <= dq_res + (iss_desc ? f_n[DQ_W:0] : {(DQ_W+1){1'b0}})
                             - {{DQ_W{1'b0}}, d_done_b};
            df_cred <= df_cred - (iss_data ? j_n[DF_W:0] : {(DF_W+1){1'b0}})
                               + {{DF_W{1'b0}}, df_pop};

            // ---------------------------------------------------- R
            if (r_beat) begin
                if (r_desc) begin
                    dasm  <= dasm_n;
                    dbeat <= (dbeat == DB_LAST) ? {DB_W{1'b0}} : dbeat + 1'b1;
                    if (r_bad && !halt_r) begin
                        halt_r     <= 1'b1;
                        err_valid  <= 1'b1;
                        err_source <= DMA_ERR_SRC_TX_FETCH;
                        err_resp   <= m_axi_rresp;
                        err_addr   <= tg_head[63:0];
                    end
                end else begin
                    df_mem[df_wr] <= {r_bad, m_axi_rdata};
                    df_wr <= df_wr + 1'b1;
                    if (r_bad && !r_err_seen) begin
                        r_err_seen <= 1'b1;
                        err_valid  <= 1'b1;
                        err_source <= DMA_ERR_SRC_TX_DATA;
                        err_resp   <= m_axi_rresp;
                        err_addr   <= tg_head[63:0];
                    end
                end
                if (m_axi_rlast) begin
                    tg_rd <= tg_rd + 1'b1;
                    r_err_seen <= 1'b0;
                end
            end
            tg_cnt <= tg_cnt + {{TG_W{1'b0}}, (iss_desc || iss_data)}
                             - {{TG_W{1'b0}}, (r_beat && m_axi_rlast)};
            if (d_push) begin
                dq_mem[dq_wr] <= dasm_n;
                dq_wr <= dq_wr + 1'b1;
            end
            dq_cnt <= dq_cnt + {{DQ_W{1'b0}}, d_push} - {{DQ_W{1'b0}}, plan};
            df_cnt <= df_cnt + {{DF_W{1'b0}}, (r_beat && !r_desc)} - {{DF_W{1'b0}}, df_pop};

            // ---------------------------------------------------- plan
            if (iss_data && job_beats == j_n) job_v <= 1'b0;   // its last burst
            if (plan) begin
                dq_rd <= dq_rd + 1'b1;
                mf_mem[mf_wr] <= {d_kind, d_drop, d_clp, d_cpi, d_uu, d_len, d_vc};
                mf_wr <= mf_wr + 1'b1;
                if (d_kind == K_DATA) begin      // (only with no job: never with iss_data)
                    job_v     <= 1'b1;
                    job_addr  <= d_addr;
                    job_beats <= d_beats;
                end
            end
            mf_cnt <= mf_cnt + {{MF_W{1'b0}}, plan} - {{MF_W{1'b0}}, mf_pop};

            // ---------------------------------------------------- stream
            if (o_take) m_axis_tx_tvalid <= 1'b0;
            if (emit_d) begin
                m_axis_tx_tvalid <= 1'b1;
                m_axis_tx_tdata  <= s_err ? {DATA_W{1'b0}} : s_lane;
                m_axis_tx_tkeep  <= keep_of(cur_rem);
                m_axis_tx_tlast  <= s_last;
                m_axis_tx_tdest  <= cur_vc[VC_W-1:0];
                m_axis_tx_tuser  <= {(s_last && s_err) ? TX_STATUS_TX_DMA_ERROR[2:0] : 3'd0,
                                     cur_clp, cur_cpi, cur_uu};
                o_last_null <= 1'b0;
                o_last_err  <= s_err;
                cur_rem <= cur_rem - KEEP_W[16:0];
                cur_err <= s_err;
                sub     <= df_pop ? {SUB_W{1'b0}} : sub + 1'b1;
                if (df_pop) df_rd <= df_rd + 1'b1;
            end else if (emit_n) begin
                m_axis_tx_tvalid <= 1'b1;
                m_axis_tx_tdata  <= {DATA_W{1'b0}};
                m_axis_tx_tkeep  <= {KEEP_W{1'b0}};
                m_axis_tx_tlast  <= 1'b1;
                m_axis_tx_tdest  <= cur_vc[VC_W-1:0];
                m_axis_tx_tuser  <= {cur_drop, cur_clp, cur_cpi, cur_uu};
                o_last_null <= (cur_drop != 3'd0);
                o_last_err  <= 1'b0;
            end
            if (mf_pop) begin
                {cur_kind, cur_drop, cur_clp, cur_cpi, cur_uu, cur_rem[15:0], cur_vc}
                    <= mf_mem[mf_rd];
                cur_rem[16] <= 1'b0;
                cur_err <= 1'b0;
                sub     <= {SUB_W{1'b0}};
                mf_rd   <= mf_rd + 1'b1;
                cur_v   <= 1'b1;
            end else if (cur_done) begin
                cur_v <= 1'b0;
            end
            // a descriptor is consumed when its frame's last beat is in the core
            if (o_last_take || badvc_go) begin
                cons_r   <= cons_r + 16'd1;
                ev_frame <= 1'b1;
                ev_drop  <= badvc_go || o_last_null;
                ev_dma_error <= o_last_take && o_last_err;
            end
            fic <= fic + {15'd0, o_last_take}
                       - {15'd0, (txc_take && s_axis_txc_tlast && fic != 16'd0)};

            // ---------------------------------------------------- completions
            if (cf_push) begin
                cf_mem[cf_wr] <= cf_in;
                cf_wr <= cf_wr + 1'b1;
            end
            if (aw_free) m_axi_awvalid <= cw_go;
            if (cw_go) begin
                m_axi_awaddr <= cw_addr;
                m_axi_awlen  <= CPB[7:0] - 8'd1;
                wq_mem[wq_wr] <= {cw_addr[LN_W+2:3], cw_ent};   // lane: 8-byte slot in a beat
                wq_wr  <= wq_wr + 1'b1;
                bq_mem[bq_wr] <= cw_addr;
                bq_wr  <= bq_wr + 1'b1;
                cf_rd  <= cf_rd + 1'b1;
                wr_idx <= wr_idx + 16'd1;
            end
            cf_cnt <= cf_cnt + {3'd0, cf_push} - {3'd0, cw_go};
            if (w_take) wbeat <= m_axi_wlast ? {WB_W{1'b0}} : wbeat + 1'b1;
            if (w_done) wq_rd <= wq_rd + 1'b1;
            wq_cnt <= wq_cnt + {{WO_W{1'b0}}, cw_go} - {{WO_W{1'b0}}, w_done};
            if (b_take) begin
                bq_rd <= bq_rd + 1'b1;
                if (b_ok) begin
                    tail_r        <= tail_r + 16'd1;
                    ev_cq_written <= 1'b1;
                end else if (!halt_r) begin
                    halt_r     <= 1'b1;
                    err_valid  <= 1'b1;
                    err_source <= DMA_ERR_SRC_TXCQ_WRITE;
                    err_resp   <= m_axi_bresp;
                    err_addr   <= bq_mem[bq_rd];
                end
            end
            wo_cnt <= wo_cnt + {{WO_W{1'b0}}, cw_go} - {{WO_W{1'b0}}, b_take};
        end
    end

    wire _unused = &{1'b0, s_axis_txc_tdata[7:4], ring_base[3:0], cq_base[2:0], d_beats17[16], f_n[16:8], j_n[15:8]};
endmodule
`default_nettype wire
