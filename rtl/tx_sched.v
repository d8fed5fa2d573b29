// tx_sched: per-VC TX frame queues, the cell scheduler (GCRA CBR + UBR round robin),
// the TX buffer free list, TX completions and TX counters. See docs/architecture.md, TX.
//
// Everything that changes a VC's TX context happens here, one operation per cycle, in
// priority order: ISSUE (a cell for the next line slot) > SENT (a cell left the line) >
// UBR candidate upkeep > command engine > tx_ingest. A slot is >= 7 cycles long, so the
// lower priorities get several cycles per slot. No operation scans NUM_VC:
//  - VC queues are linked lists of buffer cells (head/tail per VC, links in nxt_a);
//    frames are spliced in and flushed out in O(1); the free list takes chains in O(1).
//  - CBR: NUM_CBR table entries compared in parallel (slot >= TAT), lowest index wins.
//  - UBR: a FIFO ring of backlogged VC numbers; the head is popped into a candidate,
//    re-pushed after its cell if still backlogged; stale entries are dropped on pop.
//  - per-VC state is one record per VC plus a valid bit (an invalid record reads as
//    zero), so reset and CLEAR are O(1).
// Completion order per VC: a frame dropped at ingest while earlier frames of its VC are
// outstanding is attached to the newest of them (count per status on its last cell) and
// completed right after it, the counts in the order OVERSIZE, ZERO_LENGTH, INACTIVE,
// BAD_DESC, DMA_ERROR (the last two are the DMA's drops, host TX tuser[19:17]). To keep
// that equal to the order the frames came in, a drop whose status would come out before a
// status already attached (e.g. OVERSIZE after a ZERO_LENGTH) waits until that frame has
// completed.
`default_nettype none
module tx_sched #(
    parameter integer NUM_VC       = 256,
    parameter integer TX_BUF_CELLS = 1024,
    parameter integer NUM_CBR      = 16,
    parameter integer VC_W         = (NUM_VC > 1) ? $clog2(NUM_VC) : 1,
    parameter integer CELL_W       = (TX_BUF_CELLS > 1) ? $clog2(TX_BUF_CELLS) : 1,
    parameter integer CBR_W        = (NUM_CBR > 1) ? $clog2(NUM_CBR) : 1
) (
    input  wire                 clk,
    input  wire                 rst,
    input  wire                 enable,
    // tx_ingest operations
    input  wire                 iop_req,
    input  wire [1:0]           iop_type,
    input  wire [CELL_W-1:0]    iop_a,
    input  wire [CELL_W-1:0]    iop_b,
    input  wire [CELL_W:0]      iop_n,
    input  wire [VC_W:0]        iop_vc,
    input  wire [3:0]           iop_status,
    input  wire [15:0]          iop_len,
    input  wire                 iop_clp,
    output wire                 iop_gnt,     // combinational: the op is done this cycle
    output wire [CELL_W-1:0]    pop_idx,
    input  wire                 busy_a,
    input  wire [VC_W-1:0]      busy_a_vc,
    input  wire                 busy_b,
    input  wire [VC_W-1:0]      busy_b_vc,
    // tx_cell
    input  wire [31:0]          slot_next,    // line slot the next issued cell goes into
    input  wire                 issue_ok,     // tx_cell takes a cell this cycle
    output reg                  iss_valid,
    output reg  [VC_W-1:0]      iss_vc,
    output reg  [CELL_W-1:0]    iss_cell,
    output reg                  iss_last,
    output reg                  iss_clp,
    output reg  [15:0]          iss_len,
    input  wire                 snt_valid,    // a cell's last beat left the line
    input  wire [VC_W-1:0]      snt_vc,
    input  wire [CELL_W-1:0]    snt_cell,
    input  wire                 snt_last,
    input  wire [15:0]          snt_len,
    // command engine (vc_table)
    input  wire                 sc_req,
    input  wire [2:0]           sc_op,        // 1 ACTIVATE, 2 MODIFY, 3 FLUSH, 4 CLEAR
    input  wire [VC_W-1:0]      sc_vc,
    input  wire                 sc_cbr,
    input  wire [31:0]          sc_inc,
    output reg                  sc_done,
    input  wire                 hold_en,      // no new PDU starts on hold_vc
    input  wire [VC_W-1:0]      hold_vc,
    output wire                 hold_quiet,   // hold_vc between PDUs, nothing in flight
    output wire                 hold_ing,     // a frame of hold_vc is still in tx_ingest
    output wire                 cbr_free,     // a CBR table entry is free
    // QUERY read port
    input  wire [VC_W-1:0]      q_vc,
    output wire [31:0]          q_cells,
    output wire [31:0]          q_pdus,
    output wire [63:0]          q_bytes,
    output wire [31:0]          q_aborted,
    output wire [31:0]          q_dropped,
    output wire [15:0]          q_queued,
    output wire [3:0]           q_last_status,
    // completions
    output wire [7:0]           m_txc_tdata,
    output wire [VC_W-1:0]      m_txc_tdest,
    output wire                 m_txc_tvalid,
    input  wire                 m_txc_tready,
    output wire                 ev_tx_cpl,
    // live global counters
    output reg  [31:0]          cnt_cells_tx,
    output reg  [31:0]          cnt_pdus_tx,
    output reg  [63:0]          cnt_bytes_tx,
    output reg  [31:0]          cnt_tx_aborted,
    output reg  [31:0]          cnt_tx_dropped,
    output wire [15:0]          tx_free
);
`include "vcnic_defs.vh"

    localparam [2:0] SC_ACT = 3'd1, SC_MOD = 3'd2, SC_FLUSH = 3'd3, SC_CLEAR = 3'd4;
    localparam [1:0] OP_LINK = 2'd0, OP_POP = 2'd1, OP_COMMIT = 2'd2, OP_DROP = 2'd3;
    localparam integer NUM_VC_M1 = NUM_VC - 1;
    localparam [VC_W-1:0] VC_LAST = NUM_VC_M1[VC_W-1:0];
    localparam [CELL_W:0] NCELLS = TX_BUF_CELLS[CELL_W:0];
    localparam integer CN_W = CELL_W + 1;

    // ------------------------------------------------------------ per-VC record
    localparam integer O_HEAD  = 0;
    localparam integer O_TAIL  = O_HEAD + CELL_W;
    localparam integer O_QCNT  = O_TAIL + CELL_W;     // cells queued, not issued
    localparam integer O_QFR   = O_QCNT + CN_W;       // frames not yet completed
    localparam integer O_REM   = O_QFR + 16;          // cells left in the current frame
    localparam integer O_CLP   = O_REM + CN_W;
    localparam integer O_LEN   = O_CLP + 1;
    localparam integer O_INFL  = O_LEN + 16;          // cells issued, SENT not yet done
    localparam integer O_ISCBR = O_INFL + 2;
    localparam integer O_SLOT  = O_ISCBR + 1;
    localparam integer O_CELLS = O_SLOT + CBR_W;
    localparam integer O_PDUS  = O_CELLS + 32;
    localparam integer O_BYTES = O_PDUS + 32;
    localparam integer O_ABT   = O_BYTES + 64;
    localparam integer O_DROP  = O_ABT + 32;
    localparam integer O_LST   = O_DROP + 32;
    localparam integer REC_W   = O_LST + 4;

    reg [REC_W-1:0]  rec [0:NUM_VC-1];
    reg [NUM_VC-1:0] tv;            // record valid (else reads as zero)
    reg [NUM_VC-1:0] in_ring;       // VC in the UBR ring or the candidate

    // ------------------------------------------------------------ cell arrays
    reg [CELL_W-1:0] nxt_a  [0:TX_BUF_CELLS-1];  // queue / free list / frame links
    reg [CELL_W:0]   f_n    [0:TX_BUF_CELLS-1];  // at a frame's first cell: cells
    reg [CELL_W-1:0] f_last [0:TX_BUF_CELLS-1];  //   its last cell
    reg [15:0]       f_len  [0:TX_BUF_CELLS-1];  //   SDU length
    reg              f_clp  [0:TX_BUF_CELLS-1];  //   frame CLP
    reg [15:0]       dc_ovs [0:TX_BUF_CELLS-1];  // at a frame's last cell: drops after it
    reg [15:0]       dc_zero [0:TX_BUF_CELLS-1];
    reg [15:0]       dc_ina [0:TX_BUF_CELLS-1];
    reg [15:0]       dc_bad [0:TX_BUF_CELLS-1];
    reg [15:0]       dc_dma [0:TX_BUF_CELLS-1];

    reg [CELL_W-1:0] fl_head, fl_tail;
    reg [CELL_W:0]   fl_cnt, fresh;
    wire [CELL_W:0] fresh_left = NCELLS - fresh;
    assign tx_free = {{(15-CELL_W){1'b0}}, fl_cnt} + {{(15-CELL_W){1'b0}}, fresh_left};

    // ------------------------------------------------------------ CBR table
    reg [NUM_CBR-1:0] cbr_act, cbr_bl;
    reg [VC_W-1:0]    cbr_vc  [0:NUM_CBR-1];
    reg [31:0]        cbr_inc [0:NUM_CBR-1];
    reg [47:0]        cbr_tat [0:NUM_CBR-1];   // 32.16 slots

    // ------------------------------------------------------------ UBR ring
    reg [VC_W-1:0] ring [0:NUM_VC-1];
    reg [VC_W-1:0] ring_rd, ring_wr;
    reg [VC_W:0]   ring_cnt;
    reg            cand_v;
    reg [VC_W-1:0] cand;

    function [VC_W-1:0] rinc;
        input [VC_W-1:0] p;
        begin
            rinc = (p == VC_LAST) ? {VC_W{1'b0}} : p + 1'b1;
        end
    endfunction

    // ------------------------------------------------------------ SENT fifo (4)
    reg [VC_W+CELL_W+17-1:0] sq [0:3];
    reg [1:0] sq_rd, sq_wr;
    reg [2:0] sq_cnt;
    reg [1:0] tc_infl;                     // cells issued, SENT not processed
    wire [VC_W-1:0]   s_vc   = sq[sq_rd][VC_W+CELL_W+17-1 -: VC_W];
    wire [CELL_W-1:0] s_cell = sq[sq_rd][CELL_W+17-1 -: CELL_W];
    wire              s_last = sq[sq_rd][16];
    wire [15:0]       s_len  = sq[sq_rd][15:0];

    // ------------------------------------------------------------ completion fifo
    localparam integer CQ_W = VC_W + 1 + 4 + 16 + 16 + 16 + 16 + 16;
    localparam integer CQ_D = 8;
    reg [CQ_W-1:0] cq [0:CQ_D-1];
    reg [2:0]      cq_rd, cq_wr;
    reg [3:0]      cq_cnt;
    wire           cq_space = !cq_cnt[3];   // CQ_D = 8

    // ------------------------------------------------------------ hold / query
    // The MODIFY operation releases the hold at once (the engine drops hold_en a cycle
    // later); until then a ring pop must not find the VC still held and drop it.
    reg  hold_rel;
    wire hold_on = hold_en && !hold_rel;
    wire [REC_W-1:0] hr = (tv[hold_vc] ? rec[hold_vc] : {REC_W{1'b0}});
    assign hold_quiet = (hr[O_REM +: CN_W] == {CN_W{1'b0}}) && (hr[O_INFL +: 2] == 2'd0);
    assign hold_ing   = (busy_a && busy_a_vc == hold_vc) || (busy_b && busy_b_vc == hold_vc);
    wire hold_block_cbr = hold_on && hr[O_ISCBR] && (hr[O_REM +: CN_W] == {CN_W{1'b0}});

    wire [REC_W-1:0] qr = (tv[q_vc] ? rec[q_vc] : {REC_W{1'b0}});
    assign q_cells       = qr[O_CELLS +: 32];
    assign q_pdus        = qr[O_PDUS +: 32];
    assign q_bytes       = qr[O_BYTES +: 64];
    assign q_aborted     = qr[O_ABT +: 32];
    assign q_dropped     = qr[O_DROP +: 32];
    assign q_queued      = qr[O_QFR +: 16];
    assign q_last_status = qr[O_LST +: 4];
    wire _unused_qr = &{1'b0, qr[O_CELLS-1:O_QFR+16], qr[O_QFR-1:0]};

    // ------------------------------------------------------------ CBR eligibility
    reg [NUM_CBR-1:0] cbr_elig;
    reg               cbr_any;
    reg [CBR_W-1:0]   cbr_sel, cbr_free_idx;
    reg               cbr_free_any;
    integer i;
    always @(*) begin
        cbr_any = 1'b0;
        cbr_sel = {CBR_W{1'b0}};
        cbr_free_any = 1'b0;
        cbr_free_idx = {CBR_W{1'b0}};
        for (i = NUM_CBR - 1; i >= 0; i = i - 1) begin
            cbr_elig[i] = cbr_act[i] && cbr_bl[i] &&
                          !(hold_block_cbr && hr[O_SLOT +: CBR_W] == i[CBR_W-1:0]) &&
                          !(($signed(slot_next - (cbr_tat[i][47:16] + {31'd0, |cbr_tat[i][15:0]}))) < 0);
            if (cbr_elig[i]) begin
                cbr_any = 1'b1;
                cbr_sel = i[CBR_W-1:0];
            end
            if (!cbr_act[i]) begin
                cbr_free_any = 1'b1;
                cbr_free_idx = i[CBR_W-1:0];
            end
        end
    end
    assign cbr_free = cbr_free_any;

    // UBR candidate checks
    // (a function of its arguments only: Icarus re-evaluates a function call in a
    // continuous assignment only when an argument changes)
    function ubr_ok;
        input [VC_W-1:0] v;
        input [REC_W-1:0] r;
        input            h_en;
        input [VC_W-1:0] h_vc;
        begin
            ubr_ok = (r[O_QCNT +: CN_W] != {CN_W{1'b0}}) && !r[O_ISCBR] &&
                     !(h_en && h_vc == v && r[O_REM +: CN_W] == {CN_W{1'b0}});
        end
    endfunction
    wire [REC_W-1:0] cr = (tv[cand] ? rec[cand] : {REC_W{1'b0}});
    wire             cand_ok = cand_v && ubr_ok(cand, cr, hold_on, hold_vc);
    wire [VC_W-1:0]  ring_head = ring[ring_rd];
    wire [REC_W-1:0] rh = (tv[ring_head] ? rec[ring_head] : {REC_W{1'b0}});

    // ------------------------------------------------------------ operation select
    localparam [3:0] P_NONE = 4'd0, P_ISSUE = 4'd1, P_SENT = 4'd2, P_CDROP = 4'd3,
                     P_CFILL = 4'd4, P_CMD = 4'd5, P_IOP = 4'd6;
    reg        fl_act;                 // FLUSH walk in progress
    reg [CELL_W-1:0] fl_f;             // first cell of the next frame to abort
    wire free_avail = (fl_cnt != {(CELL_W+1){1'b0}}) || (fresh != NCELLS);
    // a DROP that would attach behind a later-ordered status waits (see the header)
    wire [VC_W-1:0]   dw_vc   = iop_vc[VC_W-1:0];
    /* verilator lint_off UNUSEDSIGNAL */ // only the tail and the frame count are used
    wire [REC_W-1:0]  dw_r    = (tv[dw_vc] ? rec[dw_vc] : {REC_W{1'b0}});
    /* verilator lint_on UNUSEDSIGNAL */
    wire [CELL_W-1:0] dw_tail = dw_r[O_TAIL +: CELL_W];
    wire              dw_att  = !iop_vc[VC_W] && (dw_r[O_QFR +: 16] != 16'd0);
    // drop counts attached after dw_tail's frame whose status comes out after iop_status
    wire              dw_after_dma  = (dc_dma[dw_tail] != 16'd0);
    wire              dw_after_bad  = dw_after_dma || (dc_bad[dw_tail] != 16'd0);
    wire              dw_after_ina  = dw_after_bad || (dc_ina[dw_tail] != 16'd0);
    wire              dw_after_zero = dw_after_ina || (dc_zero[dw_tail] != 16'd0);
    wire              drop_wait = dw_att &&
        (((iop_status == TX_STATUS_TX_OVERSIZE) && dw_after_zero) ||
         ((iop_status == TX_STATUS_TX_ZERO_LENGTH) && dw_after_ina) ||
         ((iop_status == TX_STATUS_TX_INACTIVE) && dw_after_bad) ||
         ((iop_status == TX_STATUS_TX_BAD_DESC) && dw_after_dma));
    wire iop_can = iop_req && ((iop_type == OP_LINK) || (iop_type == OP_COMMIT) ||
                               (iop_type == OP_POP && free_avail) ||
                               (iop_type == OP_DROP && cq_space && !drop_wait));
    wire cmd_can = sc_req && !sc_done && (!(sc_op == SC_FLUSH) || cq_space);

    reg [3:0] p;
    always @(*) begin
        if (enable && issue_ok && !iss_valid && tc_infl != 2'd3 && (cbr_any || cand_ok))
            p = P_ISSUE;
        else if (sq_cnt != 3'd0 && (!s_last || cq_space))
            p = P_SENT;
        else if (cand_v && !cand_ok)
            p = P_CDROP;
        else if (!cand_v && ring_cnt != {(VC_W+1){1'b0}})
            p = P_CFILL;
        else if (cmd_can)
            p = P_CMD;
        else if (iop_can)
            p = P_IOP;
        else
            p = P_NONE;
    end

    // VC whose record the operation updates
    reg [VC_W-1:0] op_vc;
    always @(*) begin
        case (p)
            P_ISSUE: op_vc = cbr_any ? cbr_vc[cbr_sel] : cand;
            P_SENT:  op_vc = s_vc;
            P_CMD:   op_vc = sc_vc;
            default: op_vc = iop_vc[VC_W-1:0];
        endcase
    end
    assign iop_gnt = (p == P_IOP);
    wire [REC_W-1:0] r = (tv[op_vc] ? rec[op_vc] : {REC_W{1'b0}});
    wire [CELL_W-1:0] r_head = r[O_HEAD +: CELL_W];
    wire [CELL_W-1:0] r_tail = r[O_TAIL +: CELL_W];
    wire [CN_W-1:0]   r_qcnt = r[O_QCNT +: CN_W];
    wire [15:0]       r_qfr  = r[O_QFR +: 16];
    wire [CN_W-1:0]   r_rem  = r[O_REM +: CN_W];
    wire [1:0]        r_infl = r[O_INFL +: 2];
    wire              r_cbr  = r[O_ISCBR];
    wire [CBR_W-1:0]  r_slot = r[O_SLOT +: CBR_W];

    // ISSUE: the cell at the head of op_vc's queue
    wire              is_first = (r_rem == {CN_W{1'b0}});
    wire [CN_W-1:0]   is_rem   = (is_first ? f_n[r_head] : r_rem) - 1'b1;
    wire              is_clp   = is_first ? f_clp[r_head] : r[O_CLP];
    wire [15:0]       is_len   = is_first ? f_len[r_head] : r[O_LEN +: 16];
    wire [CN_W-1:0]   is_qcnt  = r_qcnt - 1'b1;
    wire              is_held  = hold_on && hold_vc == op_vc && is_rem == {CN_W{1'b0}};
    wire [47:0]       now_tat  = {slot_next, 16'd0};

    // drop attach: the VC has outstanding frames (completed after the newest of them)
    wire drop_vc_ok = !iop_vc[VC_W];
    wire drop_attach = drop_vc_ok && (r_qfr != 16'd0);
    wire drop_ovs = (iop_status == TX_STATUS_TX_OVERSIZE);
    wire drop_zero = (iop_status == TX_STATUS_TX_ZERO_LENGTH);
    wire drop_bad = (iop_status == TX_STATUS_TX_BAD_DESC);
    wire drop_dma = (iop_status == TX_STATUS_TX_DMA_ERROR);
    wire drop_ina = !drop_ovs && !drop_zero && !drop_bad && !drop_dma;

    // status of the newest frame completed with `st` and the drops attached after it
    function [3:0] last_status;
        input [3:0] st;
        input [15:0] n_ovs, n_zero, n_ina, n_bad, n_dma;
        begin
            last_status = (n_dma != 16'd0) ? TX_STATUS_TX_DMA_ERROR :
                          (n_bad != 16'd0) ? TX_STATUS_TX_BAD_DESC :
                          (n_ina != 16'd0) ? TX_STATUS_TX_INACTIVE :
                          (n_zero != 16'd0) ? TX_STATUS_TX_ZERO_LENGTH :
                          (n_ovs != 16'd0) ? TX_STATUS_TX_OVERSIZE : st;
        end
    endfunction

    // FLUSH walk step
    wire [CELL_W-1:0] fw_last = f_last[fl_f];

    always @(posedge clk) begin
        iss_valid <= 1'b0;
        sc_done   <= 1'b0;
        if (rst) begin
            tv       <= {NUM_VC{1'b0}};
            in_ring  <= {NUM_VC{1'b0}};
            fl_cnt   <= {(CELL_W+1){1'b0}};
            fresh    <= {(CELL_W+1){1'b0}};
            fl_head  <= {CELL_W{1'b0}};
            fl_tail  <= {CELL_W{1'b0}};
            cbr_act  <= {NUM_CBR{1'b0}};
            cbr_bl   <= {NUM_CBR{1'b0}};
            ring_rd  <= {VC_W{1'b0}};
            ring_wr  <= {VC_W{1'b0}};
            ring_cnt <= {(VC_W+1){1'b0}};
            cand_v   <= 1'b0;
            sq_rd    <= 2'd0;
            sq_wr    <= 2'd0;
            sq_cnt   <= 3'd0;
            tc_infl  <= 2'd0;
            cq_wr    <= 3'd0;
            fl_act   <= 1'b0;
            hold_rel <= 1'b0;
            cnt_cells_tx   <= 32'd0;
            cnt_pdus_tx    <= 32'd0;
            cnt_bytes_tx   <= 64'd0;
            cnt_tx_aborted <= 32'd0;
            cnt_tx_dropped <= 32'd0;
        end else begin : ops
            reg [REC_W-1:0] rn;
            reg             rwe;
            reg             cq_push, ring_push, issued, sent_pop;
            reg [VC_W-1:0]  push_vc;
            reg [CQ_W-1:0]  cq_ent;
            rn = r;
            rwe = 1'b0;
            cq_push = 1'b0;
            cq_ent = {CQ_W{1'b0}};
            ring_push = 1'b0;
            push_vc = op_vc;
            issued = 1'b0;
            sent_pop = 1'b0;
            if (!hold_en) hold_rel <= 1'b0;

            case (p)
            P_ISSUE: begin
                issued    = 1'b1;
                iss_valid <= 1'b1;
                iss_vc    <= op_vc;
                iss_cell  <= r_head;
                iss_last  <= (is_rem == {CN_W{1'b0}});
                iss_clp   <= is_clp;
                iss_len   <= is_len;
                rn[O_HEAD +: CELL_W] = nxt_a[r_head];
                rn[O_QCNT +: CN_W]   = is_qcnt;
                rn[O_REM +: CN_W]    = is_rem;
                rn[O_CLP]            = is_clp;
                rn[O_LEN +: 16]      = is_len;
                rn[O_INFL +: 2]      = r_infl + 1'b1;
                rwe = 1'b1;
                if (cbr_any) begin
                    cbr_tat[cbr_sel] <= cbr_tat[cbr_sel] + {16'd0, cbr_inc[cbr_sel]};
                    if (is_qcnt == {CN_W{1'b0}}) cbr_bl[cbr_sel] <= 1'b0;
                end else begin
                    cand_v <= 1'b0;
                    if (is_qcnt != {CN_W{1'b0}} && !is_held)
                        ring_push = 1'b1;      // stays in_ring
                    else
                        in_ring[op_vc] <= 1'b0;
                end
            end
            P_SENT: begin
                sent_pop = 1'b1;
                rn[O_INFL +: 2]   = r_infl - 1'b1;
                rn[O_CELLS +: 32] = r[O_CELLS +: 32] + 32'd1;
                cnt_cells_tx <= cnt_cells_tx + 32'd1;
                // the cell goes back to the free list
                if (fl_cnt == {(CELL_W+1){1'b0}}) fl_head <= s_cell;
                else nxt_a[fl_tail] <= s_cell;
                fl_tail <= s_cell;
                if (s_last) begin
                    rn[O_PDUS +: 32]  = r[O_PDUS +: 32] + 32'd1;
                    rn[O_BYTES +: 64] = r[O_BYTES +: 64] + {48'd0, s_len};
                    rn[O_QFR +: 16]   = r_qfr - 16'd1;
                    rn[O_LST +: 4]    = last_status(TX_STATUS_TX_OK, dc_ovs[s_cell],
                                                    dc_zero[s_cell], dc_ina[s_cell],
                                                    dc_bad[s_cell], dc_dma[s_cell]);
                    cnt_pdus_tx  <= cnt_pdus_tx + 32'd1;
                    cnt_bytes_tx <= cnt_bytes_tx + {48'd0, s_len};
                    cq_push = 1'b1;
                    cq_ent  = {op_vc, 1'b1, TX_STATUS_TX_OK, dc_ovs[s_cell], dc_zero[s_cell],
                               dc_ina[s_cell], dc_bad[s_cell], dc_dma[s_cell]};
                end
                rwe = 1'b1;
            end
            P_CDROP: begin
                cand_v <= 1'b0;
                in_ring[cand] <= 1'b0;
            end
            P_CFILL: begin
                ring_rd  <= rinc(ring_rd);
                if (ubr_ok(ring_head, rh, hold_on, hold_vc)) begin
                    cand_v <= 1'b1;
                    cand   <= ring_head;
                end else begin
                    in_ring[ring_head] <= 1'b0;
                end
            end
            P_CMD: begin
                case (sc_op)
                SC_ACT: begin
                    rn[O_HEAD +: CELL_W] = {CELL_W{1'b0}};
                    rn[O_TAIL +: CELL_W] = {CELL_W{1'b0}};
                    rn[O_QCNT +: CN_W]   = {CN_W{1'b0}};
                    rn[O_QFR +: 16]      = 16'd0;
                    rn[O_REM +: CN_W]    = {CN_W{1'b0}};
                    rn[O_INFL +: 2]      = 2'd0;
                    rn[O_ISCBR]          = sc_cbr;
                    rn[O_SLOT +: CBR_W]  = cbr_free_idx;
                    rwe = 1'b1;
                    if (sc_cbr) begin
                        cbr_act[cbr_free_idx] <= 1'b1;
                        cbr_bl[cbr_free_idx]  <= 1'b0;
                        cbr_vc[cbr_free_idx]  <= sc_vc;
                        cbr_inc[cbr_free_idx] <= sc_inc;
                        cbr_tat[cbr_free_idx] <= now_tat;
                    end
                    sc_done <= 1'b1;
                end
                SC_MOD: begin
                    rwe = 1'b1;
                    hold_rel <= 1'b1;
                    if (r_cbr && sc_cbr) begin
                        cbr_inc[r_slot] <= sc_inc;
                    end else if (r_cbr) begin
                        cbr_act[r_slot] <= 1'b0;
                        rn[O_ISCBR] = 1'b0;
                    end else if (sc_cbr) begin
                        cbr_act[cbr_free_idx] <= 1'b1;
                        cbr_bl[cbr_free_idx]  <= (r_qcnt != {CN_W{1'b0}});
                        cbr_vc[cbr_free_idx]  <= sc_vc;
                        cbr_inc[cbr_free_idx] <= sc_inc;
                        cbr_tat[cbr_free_idx] <= now_tat;
                        rn[O_ISCBR] = 1'b1;
                        rn[O_SLOT +: CBR_W] = cbr_free_idx;
                    end
                    // a UBR VC held at its PDU boundary may have left the ring
                    if (!sc_cbr && r_qcnt != {CN_W{1'b0}} && !in_ring[op_vc]) begin
                        ring_push = 1'b1;
                        in_ring[op_vc] <= 1'b1;
                    end
                    sc_done <= 1'b1;
                end
                SC_FLUSH: begin
                    if (!fl_act && r_qcnt != {CN_W{1'b0}}) begin
                        fl_act <= 1'b1;
                        fl_f   <= r_head;
                    end else begin
                        if (fl_act) begin
                            // abort the frame fl_f .. fw_last
                            cq_push = 1'b1;
                            cq_ent  = {op_vc, 1'b1, TX_STATUS_TX_ABORTED, dc_ovs[fw_last],
                                       dc_zero[fw_last], dc_ina[fw_last], dc_bad[fw_last],
                                       dc_dma[fw_last]};
                            rn[O_ABT +: 32] = r[O_ABT +: 32] + 32'd1;
                            rn[O_LST +: 4]  = last_status(TX_STATUS_TX_ABORTED, dc_ovs[fw_last],
                                                          dc_zero[fw_last], dc_ina[fw_last],
                                                          dc_bad[fw_last], dc_dma[fw_last]);
                            cnt_tx_aborted <= cnt_tx_aborted + 32'd1;
                            rwe = 1'b1;
                            fl_f <= nxt_a[fw_last];
                        end
                        if (!fl_act || fw_last == r_tail) begin
                            // done: the whole queue goes to the free list at once
                            if (fl_act) begin
                                if (fl_cnt == {(CELL_W+1){1'b0}}) fl_head <= r_head;
                                else nxt_a[fl_tail] <= r_head;
                                fl_tail <= r_tail;
                            end
                            rn[O_QCNT +: CN_W] = {CN_W{1'b0}};
                            rn[O_QFR +: 16]    = 16'd0;
                            rn[O_REM +: CN_W]  = {CN_W{1'b0}};
                            rn[O_ISCBR]        = 1'b0;
                            if (r_cbr) begin
                                cbr_act[r_slot] <= 1'b0;
                            end
                            rwe = 1'b1;
                            fl_act  <= 1'b0;
                            sc_done <= 1'b1;
                        end
                    end
                end
                SC_CLEAR, 3'd0, 3'd5, 3'd6, 3'd7: begin   // the record reads as zero
                    tv[op_vc] <= 1'b0;
                    sc_done   <= 1'b1;
                end
                endcase
            end
            P_IOP: begin
                case (iop_type)
                OP_LINK: nxt_a[iop_a] <= iop_b;
                OP_POP: begin
                    if (fl_cnt != {(CELL_W+1){1'b0}}) fl_head <= nxt_a[fl_head];
                    else fresh <= fresh + 1'b1;
                end
                OP_COMMIT: begin
                    f_n[iop_a]    <= iop_n;
                    f_last[iop_a] <= iop_b;
                    f_len[iop_a]  <= iop_len;
                    f_clp[iop_a]  <= iop_clp;
                    dc_ovs[iop_b] <= 16'd0;
                    dc_zero[iop_b] <= 16'd0;
                    dc_ina[iop_b] <= 16'd0;
                    dc_bad[iop_b] <= 16'd0;
                    dc_dma[iop_b] <= 16'd0;
                    if (r_qcnt == {CN_W{1'b0}}) rn[O_HEAD +: CELL_W] = iop_a;
                    else nxt_a[r_tail] <= iop_a;
                    rn[O_TAIL +: CELL_W] = iop_b;
                    rn[O_QCNT +: CN_W]   = r_qcnt + iop_n;
                    rn[O_QFR +: 16]      = r_qfr + 16'd1;
                    rwe = 1'b1;
                    if (r_qcnt == {CN_W{1'b0}}) begin
                        // idle -> backlogged
                        if (r_cbr) begin
                            cbr_bl[r_slot] <= 1'b1;
                            if ($signed(cbr_tat[r_slot][47:16] - slot_next) < 0)
                                cbr_tat[r_slot] <= now_tat;
                        end else if (!in_ring[op_vc]) begin
                            ring_push = 1'b1;
                            in_ring[op_vc] <= 1'b1;
                        end
                    end
                end
                default: begin   // DROP
                    if (iop_n != {(CELL_W+1){1'b0}}) begin
                        if (fl_cnt == {(CELL_W+1){1'b0}}) fl_head <= iop_a;
                        else nxt_a[fl_tail] <= iop_a;
                        fl_tail <= iop_b;
                    end
                    cnt_tx_dropped <= cnt_tx_dropped + 32'd1;
                    if (drop_vc_ok) begin
                        rn[O_DROP +: 32] = r[O_DROP +: 32] + 32'd1;
                        rwe = 1'b1;
                    end
                    if (drop_attach) begin
                        if (drop_ovs)       dc_ovs[r_tail] <= dc_ovs[r_tail] + 16'd1;
                        else if (drop_zero) dc_zero[r_tail] <= dc_zero[r_tail] + 16'd1;
                        else if (drop_bad)  dc_bad[r_tail] <= dc_bad[r_tail] + 16'd1;
                        else if (drop_dma)  dc_dma[r_tail] <= dc_dma[r_tail] + 16'd1;
                        else                dc_ina[r_tail] <= dc_ina[r_tail] + 16'd1;
                    end else begin
                        cq_push = 1'b1;
                        cq_ent  = {iop_vc[VC_W-1:0], 1'b0, iop_status,
                                   drop_ovs ? 16'd1 : 16'd0, drop_zero ? 16'd1 : 16'd0,
                                   drop_ina ? 16'd1 : 16'd0, drop_bad ? 16'd1 : 16'd0,
                                   drop_dma ? 16'd1 : 16'd0};
                        if (drop_vc_ok) rn[O_LST +: 4] = iop_status;
                    end
                end
                endcase
            end
            default: ;
            endcase

            if (rwe) begin
                rec[op_vc] <= rn;
                tv[op_vc]  <= 1'b1;
            end
            if (ring_push) begin
                ring[ring_wr] <= push_vc;
                ring_wr <= rinc(ring_wr);
            end
            ring_cnt <= ring_cnt + {{VC_W{1'b0}}, ring_push} - {{VC_W{1'b0}}, (p == P_CFILL)};
            if (cq_push) begin
                cq[cq_wr] <= cq_ent;
                cq_wr <= cq_wr + 1'b1;
            end
            // free-list count and SENT fifo bookkeeping
            fl_cnt <= fl_cnt
                    + ((p == P_SENT) ? {{CELL_W{1'b0}}, 1'b1} : {(CELL_W+1){1'b0}})
                    + ((p == P_IOP && iop_type == OP_DROP) ? iop_n : {(CELL_W+1){1'b0}})
                    + ((p == P_CMD && sc_op == SC_FLUSH && fl_act && fw_last == r_tail) ? r_qcnt : {(CELL_W+1){1'b0}})
                    - ((p == P_IOP && iop_type == OP_POP && fl_cnt != {(CELL_W+1){1'b0}}) ? {{CELL_W{1'b0}}, 1'b1} : {(CELL_W+1){1'b0}});
            if (snt_valid) begin
                sq[sq_wr] <= {snt_vc, snt_cell, snt_last, snt_len};
                sq_wr <= sq_wr + 1'b1;
            end
            if (sent_pop) sq_rd <= sq_rd + 1'b1;
            sq_cnt  <= sq_cnt + {2'd0, snt_valid} - {2'd0, sent_pop};
            tc_infl <= tc_infl + {1'b0, issued} - {1'b0, sent_pop};
        end
    end

    // pop index: the head of the free list, else the next never-used cell
    assign pop_idx = (fl_cnt != {(CELL_W+1){1'b0}}) ? fl_head : fresh[CELL_W-1:0];

    // ------------------------------------------------------------ completion output
    reg            oc_v;
    reg [VC_W-1:0] oc_vc;
    reg            oc_main;
    reg [3:0]      oc_st;
    reg [15:0]     oc_ovs, oc_zero, oc_ina, oc_bad, oc_dma;
    reg            oc_seen;
    wire oc_more = oc_main || (oc_ovs != 16'd0) || (oc_zero != 16'd0) || (oc_ina != 16'd0) ||
                   (oc_bad != 16'd0) || (oc_dma != 16'd0);
    assign m_txc_tvalid = oc_v && oc_more;
    assign m_txc_tdest  = oc_vc;
    assign m_txc_tdata  = {4'd0, oc_main ? oc_st : (oc_ovs != 16'd0) ? TX_STATUS_TX_OVERSIZE
                                 : (oc_zero != 16'd0) ? TX_STATUS_TX_ZERO_LENGTH
                                 : (oc_ina != 16'd0) ? TX_STATUS_TX_INACTIVE
                                 : (oc_bad != 16'd0) ? TX_STATUS_TX_BAD_DESC
                                                     : TX_STATUS_TX_DMA_ERROR};
    assign ev_tx_cpl = m_txc_tvalid && !oc_seen;
    wire oc_take = m_txc_tvalid && m_txc_tready;
    // the entry is used up after this beat (or there is none)
    wire oc_last = !oc_v || !oc_more ||
                   (oc_take && (oc_main ? (oc_ovs == 16'd0 && oc_zero == 16'd0 && oc_ina == 16'd0 &&
                                           oc_bad == 16'd0 && oc_dma == 16'd0)
                                         : ({16'd0, oc_ovs} + {16'd0, oc_zero} + {16'd0, oc_ina}
                                            + {16'd0, oc_bad} + {16'd0, oc_dma} == 32'd1)));
    wire oc_load = oc_last && (cq_cnt != 4'd0);

    always @(posedge clk) begin
        if (rst) begin
            oc_v    <= 1'b0;
            oc_seen <= 1'b0;
            cq_rd   <= 3'd0;
            cq_cnt  <= 4'd0;
            oc_main <= 1'b0;
            oc_ovs  <= 16'd0;
            oc_zero <= 16'd0;
            oc_ina  <= 16'd0;
            oc_bad  <= 16'd0;
            oc_dma  <= 16'd0;
        end else begin
            oc_seen <= m_txc_tvalid && !oc_take;
            if (oc_load) begin
                {oc_vc, oc_main, oc_st, oc_ovs, oc_zero, oc_ina, oc_bad, oc_dma} <= cq[cq_rd];
                oc_v  <= 1'b1;
                cq_rd <= cq_rd + 1'b1;
            end else if (oc_take) begin
                if (oc_main) oc_main <= 1'b0;
                else if (oc_ovs != 16'd0) oc_ovs <= oc_ovs - 16'd1;
                else if (oc_zero != 16'd0) oc_zero <= oc_zero - 16'd1;
                else if (oc_ina != 16'd0) oc_ina <= oc_ina - 16'd1;
                else if (oc_bad != 16'd0) oc_bad <= oc_bad - 16'd1;
                else oc_dma <= oc_dma - 16'd1;
                if (oc_last) oc_v <= 1'b0;
            end else if (oc_last) begin
                oc_v <= 1'b0;
            end
            cq_cnt <= cq_cnt + {3'd0, (p == P_SENT && s_last) ||
                                      (p == P_IOP && iop_type == OP_DROP && !drop_attach) ||
                                      (p == P_CMD && sc_op == SC_FLUSH && fl_act)}
                             - {3'd0, oc_load};
        end
    end
endmodule
`default_nettype wire
