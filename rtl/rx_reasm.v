// rx_reasm: per-VC AAL5 reassembly, the shared RX cell buffer and the RX counters.
//
// One engine serialises everything that touches per-VC state, so every per-VC array is
// written at one index per cycle:
//   - a cell (from rx_cell, with its vc_lookup result and the CRC-32 contribution of its
//     payload) is handled in ONE cycle: VC checks (UNKNOWN_VC), CELLS_RX, OVERSIZE /
//     NO_BUFFER, the running CRC (crc32_adv384(ctx crc) ^ payload part, an XOR matrix),
//     buffer allocation and write, and on the PDU's last cell the checks (CRC residue,
//     ABORTED for a Length field of 0, LENGTH, OVERSIZE by length, in that order; the
//     order of vcnic.atm.aal5.reassemble), the counters and the hand-over to
//     rx_deliver (or the release of the chain). Line cells come at most one per 7 cycles,
//     so the engine is free most of the time;
//   - ACTIVATE (open) and CLEAR strobes are latched and served between cells (both reset
//     the VC's context, freeing any chain silently; CLEAR also zeroes its counters);
//     DEACTIVATE (close) frees a partial PDU (RX_ABORTED) and then waits, without stalling
//     the engine, until no PDU of the VC is queued for host RX. From close until the VC is
//     opened again its cells count as UNKNOWN_VC.
// The buffer is `rxbuf` (one 48-byte payload per entry, byte i in bits 8i+7:8i) with a
// next-pointer array; the free list is a linked list plus a never-used watermark (so reset
// costs nothing), and a whole chain is spliced onto it in O(1). rx_deliver returns the
// chain of each delivered PDU through the fr_* port, served in a cycle the engine leaves
// the free list alone.
// After reset the per-VC arrays are cleared one VC per cycle (NUM_VC cycles; no cell is
// accepted meanwhile, strobes that arrive then are no-ops on already-zero state).
`default_nettype none
module rx_reasm #(
    parameter integer NUM_VC       = 256,
    parameter integer RX_BUF_CELLS = 1024,
    parameter integer VC_W         = (NUM_VC > 1) ? $clog2(NUM_VC) : 1,
    parameter integer BUF_W        = (RX_BUF_CELLS > 1) ? $clog2(RX_BUF_CELLS) : 1
) (
    input  wire                 clk,
    input  wire                 rst,
    // cell from rx_cell with its lookup result
    input  wire                 c_valid,
    output wire                 c_ready,
    input  wire [2:0]           c_pti,
    input  wire [383:0]         c_pay,
    input  wire [31:0]          c_dcrc,         // crc32_pay384(c_pay)
    input  wire                 c_hit,
    input  wire [VC_W-1:0]      c_vc,
    input  wire                 lk_busy,
    // per-VC configuration
    output wire [VC_W-1:0]      cfg_vc,
    input  wire [1:0]           cfg_state,
    input  wire                 cfg_rx_en,
    input  wire                 cfg_rx_errored,
    input  wire [15:0]          cfg_max_sdu,
    // commands
    input  wire                 close_valid,
    input  wire [VC_W-1:0]      close_vc,
    output reg                  close_done,
    input  wire                 clear_valid,
    input  wire [VC_W-1:0]      clear_vc,
    input  wire                 open_valid,
    input  wire [VC_W-1:0]      open_vc,
    // completed PDU to rx_deliver (one-cycle strobe)
    output reg                  dq_valid,
    output reg  [VC_W-1:0]      dq_vc,
    output reg  [BUF_W-1:0]     dq_head,
    output reg  [BUF_W-1:0]     dq_tail,
    output reg  [11:0]          dq_cells,
    output reg  [16:0]          dq_len,
    output reg  [3:0]           dq_status,
    output reg  [7:0]           dq_uu,
    output reg  [7:0]           dq_cpi,
    // delivered chain back to the free list
    input  wire                 fr_valid,
    output wire                 fr_ack,
    input  wire [VC_W-1:0]      fr_vc,
    input  wire [BUF_W-1:0]     fr_head,
    input  wire [BUF_W-1:0]     fr_tail,
    input  wire [11:0]          fr_cells,
    // buffer read port for rx_deliver
    input  wire [BUF_W-1:0]     rd_cell,
    output wire [383:0]         rd_data,
    output wire [BUF_W-1:0]     rd_next,
    // QUERY
    input  wire [VC_W-1:0]      query_vc,
    output wire [31:0]          q_cells,
    output wire [31:0]          q_pdus,
    output wire [63:0]          q_bytes,
    output wire [31:0]          q_crc,
    output wire [31:0]          q_length,
    output wire [31:0]          q_oversize,
    output wire [31:0]          q_no_buffer,
    output wire [31:0]          q_aborted,
    output wire [3:0]           q_last_status,
    // global counters
    output reg  [31:0]          cnt_cells_rx,
    output reg  [31:0]          cnt_unknown_vc,
    output reg  [31:0]          cnt_pdus_rx,
    output reg  [31:0]          cnt_crc_errors,
    output reg  [31:0]          cnt_len_errors,
    output reg  [31:0]          cnt_oversize,
    output reg  [31:0]          cnt_no_buffer,
    output reg  [31:0]          cnt_rx_aborted,
    output reg  [63:0]          cnt_bytes_rx,
    output wire [15:0]          rx_free,
    output reg                  ev_rx_pdu,
    output reg                  ev_rx_error,
    output reg                  ev_unknown
);
`include "vcnic_defs.vh"
`include "crc32_aal5.vh"

localparam [31:0]  RESIDUE = 32'hC704DD7B;
localparam [BUF_W:0] NBUF  = RX_BUF_CELLS[BUF_W:0];
localparam [BUF_W:0] BONE  = 1;
localparam [VC_W-1:0] VC_ONE = 1;
localparam [VC_W-1:0] VC_LAST = NUM_VC[VC_W-1:0] - VC_ONE;
localparam [1:0]   DROP_NONE = 2'd0;
localparam [1:0]   DROP_OVER = 2'd1;
localparam [1:0]   DROP_NOBUF = 2'd2;

// ------------------------------------------------------------------ storage
reg [383:0]      rxbuf   [0:RX_BUF_CELLS-1];
reg [BUF_W-1:0]  nxt_mem [0:RX_BUF_CELLS-1];

// per-VC reassembly context
reg              ctx_inpdu [0:NUM_VC-1];
reg [1:0]        ctx_drop  [0:NUM_VC-1];
reg [31:0]       ctx_crc   [0:NUM_VC-1];
reg [11:0]       ctx_n     [0:NUM_VC-1];
reg [BUF_W-1:0]  ctx_head  [0:NUM_VC-1];
reg [BUF_W-1:0]  ctx_tail  [0:NUM_VC-1];
reg [15:0]       ctx_max   [0:NUM_VC-1];
reg [BUF_W:0]    pend      [0:NUM_VC-1];   // PDUs queued for host RX
// per-VC counters
reg [31:0]       vc_cells  [0:NUM_VC-1];
reg [31:0]       vc_pdus   [0:NUM_VC-1];
reg [63:0]       vc_bytes  [0:NUM_VC-1];
reg [31:0]       vc_crc    [0:NUM_VC-1];
reg [31:0]       vc_len    [0:NUM_VC-1];
reg [31:0]       vc_over   [0:NUM_VC-1];
reg [31:0]       vc_nobuf  [0:NUM_VC-1];
reg [31:0]       vc_abort  [0:NUM_VC-1];
reg [3:0]        vc_last   [0:NUM_VC-1];

assign rd_data = rxbuf[rd_cell];
assign rd_next = nxt_mem[rd_cell];

// free list: linked list (fl_head..fl_tail, fl_cnt cells) + never-used cells wm..N-1
reg [BUF_W-1:0]  fl_head, fl_tail;
reg [BUF_W:0]    fl_cnt;
reg [BUF_W:0]    wm;
wire             fl_list = (fl_cnt != {(BUF_W+1){1'b0}});
wire             fl_avail = fl_list || (wm != NBUF);
wire [BUF_W-1:0] fl_new = fl_list ? fl_head : wm[BUF_W-1:0];
wire [BUF_W:0]   free_total = fl_cnt + (NBUF - wm);
/* verilator lint_off UNUSEDSIGNAL */ // widened to 32 bits, then sliced to the port
wire [31:0]      free_total32 = {{(31-BUF_W){1'b0}}, free_total};
/* verilator lint_on UNUSEDSIGNAL */
assign rx_free = free_total32[15:0];

// ------------------------------------------------------------------ engine state
reg              init_busy;
reg [VC_W-1:0]   init_idx;
reg              open_pend, clear_pend;
reg [VC_W-1:0]   open_vc_r, clear_vc_r;
reg [1:0]        close_ph;        // 0 idle, 1 aborted/waiting for pend, 2 done, wait !valid
reg              dead;            // dead_vc closed: its cells are unknown until reopened
reg [VC_W-1:0]   dead_vc;

// ------------------------------------------------------------------ what this cycle does
wire idle = !init_busy;
wire do_open  = idle && open_pend;
wire do_clear = idle && !open_pend && clear_pend;
wire do_abort = idle && !open_pend && !clear_pend && close_valid && (close_ph == 2'd0);
wire cmd_cyc  = do_open || do_clear || do_abort;
assign c_ready = idle && !lk_busy && !open_pend && !clear_pend && !do_abort
                 && !open_valid && !clear_valid;
wire do_acc = c_valid && c_ready;

assign cfg_vc = c_vc;

// command target and its context
wire [VC_W-1:0] cmd_vc = do_open ? open_vc_r : do_clear ? clear_vc_r : close_vc;
wire            cmd_inpdu = ctx_inpdu[cmd_vc];
wire            cmd_chain = cmd_inpdu && (ctx_drop[cmd_vc] == DROP_NONE)
                            && (ctx_n[cmd_vc] != 12'd0);

// the cell (PTI bit 1, EFCI congestion, does not matter to reassembly)
/* verilator lint_off UNUSEDSIGNAL */
wire [2:0]  a_pti = c_pti;
/* verilator lint_on UNUSEDSIGNAL */
wire        a_known = c_hit && (cfg_state == VC_STATE_ACTIVE || cfg_state == VC_STATE_DEACTIVATING)
                      && cfg_rx_en && !(close_valid && c_vc == close_vc) && !(dead && c_vc == dead_vc);
wire        a_data = a_known && !a_pti[2];
wire        a_last = a_pti[0];
wire        a_first = !ctx_inpdu[c_vc];
wire [11:0] a_nprev = a_first ? 12'd0 : ctx_n[c_vc];
wire [11:0] a_n = (a_nprev == 12'hFFF) ? a_nprev : a_nprev + 12'd1;
wire [15:0] a_max = a_first ? cfg_max_sdu : ctx_max[c_vc];
wire [1:0]  a_dprev = a_first ? DROP_NONE : ctx_drop[c_vc];
wire [17:0] a_recv = {1'b0, a_n, 5'd0} + {2'b0, a_n, 4'd0};          // 48 * cells
wire        a_over = a_recv > ({2'b0, a_max} + 18'd55);                // cells > cells_for(max)
wire [1:0]  a_drop = (a_dprev != DROP_NONE) ? a_dprev
                   : a_over ? DROP_OVER : !fl_avail ? DROP_NOBUF : DROP_NONE;
// running CRC and, for a last cell, the verdict
wire [31:0] a_crc = crc32_adv384(a_first ? 32'hFFFFFFFF : ctx_crc[c_vc]) ^ c_dcrc;
wire [15:0] a_len = {c_pay[42*8 +: 8], c_pay[43*8 +: 8]};
wire [17:0] a_need = {2'b0, a_len} + 18'd8;
wire        a_crc_bad = (a_crc != RESIDUE);
wire        a_len_bad = (a_need > a_recv) || ((a_recv - a_need) > 18'd47);
// Length 0 is the AAL5 abort indication (I.363.5, RFC 2684 section 3), trusted once the
// CRC holds: counted RX_ABORTED, never delivered (not even to an rx_errored VC)
wire        a_abort = (a_len == 16'd0);
wire [3:0]  a_status = a_crc_bad ? RX_STATUS_RX_CRC : a_abort ? RX_STATUS_RX_ABORTED
                     : a_len_bad ? RX_STATUS_RX_LENGTH
                     : (a_len > a_max) ? RX_STATUS_RX_OVERSIZE : RX_STATUS_RX_OK;
wire        a_errdel = (a_status == RX_STATUS_RX_CRC || a_status == RX_STATUS_RX_LENGTH)
                       && cfg_rx_errored;
wire        a_keep = !a_last || (a_status == RX_STATUS_RX_OK) || a_errdel;
wire        a_live = do_acc && a_data && (a_drop == DROP_NONE);   // PDU alive after the cell
wire        a_store = a_live && a_keep;                            // allocate and write
wire        a_pdu = a_live && a_last;                              // verdict given
wire        a_deliver = a_pdu && a_keep;
wire        a_freech = do_acc && a_data && (a_nprev != 12'd0)
                       && (((a_dprev == DROP_NONE) && (a_drop != DROP_NONE)) || (a_pdu && !a_keep));
wire        a_dropfin = do_acc && a_data && (a_drop != DROP_NONE) && a_last;
wire [BUF_W-1:0] a_head = a_first ? fl_new : ctx_head[c_vc];

// free list port: one operation per cycle
wire eng_free = a_freech || (cmd_cyc && cmd_chain);
assign fr_ack = fr_valid && !init_busy && !do_acc && !cmd_cyc;
reg [BUF_W-1:0] fh, ft;
reg [11:0]      fn;
always @* begin
    if (do_acc) begin
        fh = ctx_head[c_vc]; ft = ctx_tail[c_vc]; fn = a_nprev;
    end else if (cmd_cyc) begin
        fh = ctx_head[cmd_vc]; ft = ctx_tail[cmd_vc]; fn = ctx_n[cmd_vc];
    end else begin
        fh = fr_head; ft = fr_tail; fn = fr_cells;
    end
end
wire do_free = eng_free || fr_ack;
/* verilator lint_off UNUSEDSIGNAL */ // widened to 32 bits, then sliced to the count
wire [31:0] fn32 = {20'd0, fn};
/* verilator lint_on UNUSEDSIGNAL */

// per-VC counter event: at most one VC per cycle
reg [VC_W-1:0] e_vc;
reg e_cell, e_pdu, e_crc, e_len, e_over, e_nobuf, e_abort, e_zero, e_last;
reg [3:0]  e_status;
always @* begin
    e_vc = c_vc;
    e_cell = 1'b0; e_pdu = 1'b0; e_crc = 1'b0; e_len = 1'b0; e_over = 1'b0;
    e_nobuf = 1'b0; e_abort = 1'b0; e_zero = 1'b0; e_last = 1'b0;
    e_status = RX_STATUS_RX_OK;
    if (do_acc) begin
        e_vc = c_vc;
        e_cell = a_known;
        if (a_dropfin) begin
            e_last = 1'b1;
            e_over = (a_drop == DROP_OVER);
            e_nobuf = (a_drop == DROP_NOBUF);
            e_status = (a_drop == DROP_OVER) ? RX_STATUS_RX_OVERSIZE : RX_STATUS_RX_NO_BUFFER;
        end else if (a_pdu) begin
            e_last = 1'b1;
            e_status = a_status;
            e_pdu = (a_status == RX_STATUS_RX_OK);
            e_crc = (a_status == RX_STATUS_RX_CRC);
            e_len = (a_status == RX_STATUS_RX_LENGTH);
            e_over = (a_status == RX_STATUS_RX_OVERSIZE);
            e_abort = (a_status == RX_STATUS_RX_ABORTED);
        end
    end else if (do_clear) begin
        e_vc = cmd_vc;
        e_zero = 1'b1;
    end else if (do_abort) begin
        e_vc = cmd_vc;
        e_abort = cmd_inpdu;
        e_last = cmd_inpdu;
        e_status = RX_STATUS_RX_ABORTED;
    end
end

// ------------------------------------------------------------------ QUERY
// zero while a CLEAR waits to be served, and for entries the reset sweep has not reached
wire qz = (clear_pend && (clear_vc_r == query_vc)) || (init_busy && (query_vc >= init_idx));
assign q_cells       = qz ? 32'd0 : vc_cells[query_vc];
assign q_pdus        = qz ? 32'd0 : vc_pdus[query_vc];
assign q_bytes       = qz ? 64'd0 : vc_bytes[query_vc];
assign q_crc         = qz ? 32'd0 : vc_crc[query_vc];
assign q_length      = qz ? 32'd0 : vc_len[query_vc];
assign q_oversize    = qz ? 32'd0 : vc_over[query_vc];
assign q_no_buffer   = qz ? 32'd0 : vc_nobuf[query_vc];
assign q_aborted     = qz ? 32'd0 : vc_abort[query_vc];
assign q_last_status = qz ? 4'd0 : vc_last[query_vc];

// ------------------------------------------------------------------ sequential
always @(posedge clk) begin
    if (rst) begin
        init_busy <= 1'b1;
        init_idx <= {VC_W{1'b0}};
        open_pend <= 1'b0;
        clear_pend <= 1'b0;
        close_ph <= 2'd0;
        close_done <= 1'b0;
        dead <= 1'b0;
        fl_cnt <= {(BUF_W+1){1'b0}};
        wm <= {(BUF_W+1){1'b0}};
        dq_valid <= 1'b0;
        cnt_cells_rx <= 32'd0;
        cnt_unknown_vc <= 32'd0;
        cnt_pdus_rx <= 32'd0;
        cnt_crc_errors <= 32'd0;
        cnt_len_errors <= 32'd0;
        cnt_oversize <= 32'd0;
        cnt_no_buffer <= 32'd0;
        cnt_rx_aborted <= 32'd0;
        cnt_bytes_rx <= 64'd0;
        ev_rx_pdu <= 1'b0;
        ev_rx_error <= 1'b0;
        ev_unknown <= 1'b0;
    end else begin
        dq_valid <= 1'b0;
        close_done <= 1'b0;
        ev_rx_pdu <= 1'b0;
        ev_rx_error <= 1'b0;
        ev_unknown <= 1'b0;

        // ---- reset sweep of the per-VC arrays
        if (init_busy) begin
            ctx_inpdu[init_idx] <= 1'b0;
            ctx_drop[init_idx] <= DROP_NONE;
            ctx_n[init_idx] <= 12'd0;
            pend[init_idx] <= {(BUF_W+1){1'b0}};
            vc_cells[init_idx] <= 32'd0;
            vc_pdus[init_idx] <= 32'd0;
            vc_bytes[init_idx] <= 64'd0;
            vc_crc[init_idx] <= 32'd0;
            vc_len[init_idx] <= 32'd0;
            vc_over[init_idx] <= 32'd0;
            vc_nobuf[init_idx] <= 32'd0;
            vc_abort[init_idx] <= 32'd0;
            vc_last[init_idx] <= 4'd0;
            init_idx <= init_idx + VC_ONE;
            if (init_idx == VC_LAST)
                init_busy <= 1'b0;
        end

        // ---- command strobes (latched; served between cells)
        if (open_valid && !init_busy) begin
            open_pend <= 1'b1;
            open_vc_r <= open_vc;
        end else if (do_open) begin
            open_pend <= 1'b0;
        end
        if (clear_valid && !init_busy) begin
            clear_pend <= 1'b1;
            clear_vc_r <= clear_vc;
        end else if (do_clear) begin
            clear_pend <= 1'b0;
        end

        // ---- close: abort the partial PDU, then wait until nothing of the VC is queued
        if (do_abort)
            close_ph <= 2'd1;
        else if (close_ph == 2'd1 && pend[close_vc] == {(BUF_W+1){1'b0}}) begin
            close_ph <= 2'd2;
            close_done <= 1'b1;
            dead <= 1'b1;
            dead_vc <= close_vc;
        end else if (close_ph == 2'd2 && !close_valid)
            close_ph <= 2'd0;
        if (do_open && dead && dead_vc == open_vc_r)
            dead <= 1'b0;

        // ---- context writes
        if (cmd_cyc) begin
            ctx_inpdu[cmd_vc] <= 1'b0;
            ctx_drop[cmd_vc] <= DROP_NONE;
            ctx_n[cmd_vc] <= 12'd0;
        end
        if (do_acc && a_data) begin
            ctx_inpdu[c_vc] <= !a_last;
            ctx_drop[c_vc] <= a_last ? DROP_NONE : a_drop;
            ctx_n[c_vc] <= a_last ? 12'd0 : a_n;
            ctx_max[c_vc] <= a_max;
            if (a_store && !a_last) begin
                ctx_crc[c_vc] <= a_crc;
                ctx_head[c_vc] <= a_head;
                ctx_tail[c_vc] <= fl_new;
            end
        end
        if (a_store) begin
            rxbuf[fl_new] <= c_pay;
            if (!a_first)
                nxt_mem[ctx_tail[c_vc]] <= fl_new;
        end

        // ---- hand a finished PDU to rx_deliver
        if (a_deliver) begin
            dq_valid <= 1'b1;
            dq_vc <= c_vc;
            dq_head <= a_head;
            dq_tail <= fl_new;
            dq_cells <= a_n;
            dq_len <= (a_status == RX_STATUS_RX_OK) ? {1'b0, a_len} : a_recv[16:0];
            dq_status <= a_status;
            dq_uu <= c_pay[40*8 +: 8];
            dq_cpi <= c_pay[41*8 +: 8];
            pend[c_vc] <= pend[c_vc] + BONE;
        end else if (fr_ack) begin
            pend[fr_vc] <= pend[fr_vc] - BONE;
        end

        // ---- free list: allocate a cell, or splice a chain back
        if (a_store) begin
            if (fl_list) begin
                fl_head <= nxt_mem[fl_head];
                fl_cnt <= fl_cnt - BONE;
            end else begin
                wm <= wm + BONE;
            end
        end else if (do_free && fn != 12'd0) begin
            if (fl_list)
                nxt_mem[fl_tail] <= fh;
            else
                fl_head <= fh;
            fl_tail <= ft;
            fl_cnt <= fl_cnt + fn32[BUF_W:0];
        end

        // ---- per-VC counters
        if (e_zero) begin
            vc_cells[e_vc] <= 32'd0;
            vc_pdus[e_vc] <= 32'd0;
            vc_bytes[e_vc] <= 64'd0;
            vc_crc[e_vc] <= 32'd0;
            vc_len[e_vc] <= 32'd0;
            vc_over[e_vc] <= 32'd0;
            vc_nobuf[e_vc] <= 32'd0;
            vc_abort[e_vc] <= 32'd0;
            vc_last[e_vc] <= 4'd0;
        end else begin
            if (e_cell)  vc_cells[e_vc] <= vc_cells[e_vc] + 32'd1;
            if (e_pdu) begin
                vc_pdus[e_vc] <= vc_pdus[e_vc] + 32'd1;
                vc_bytes[e_vc] <= vc_bytes[e_vc] + {48'd0, a_len};
            end
            if (e_crc)   vc_crc[e_vc] <= vc_crc[e_vc] + 32'd1;
            if (e_len)   vc_len[e_vc] <= vc_len[e_vc] + 32'd1;
            if (e_over)  vc_over[e_vc] <= vc_over[e_vc] + 32'd1;
            if (e_nobuf) vc_nobuf[e_vc] <= vc_nobuf[e_vc] + 32'd1;
            if (e_abort) vc_abort[e_vc] <= vc_abort[e_vc] + 32'd1;
            if (e_last)  vc_last[e_vc] <= e_status;
        end

        // ---- global counters and events
        if (do_acc && !a_known) begin
            cnt_unknown_vc <= cnt_unknown_vc + 32'd1;
            ev_unknown <= 1'b1;
        end
        if (e_cell) cnt_cells_rx <= cnt_cells_rx + 32'd1;
        if (e_pdu) begin
            cnt_pdus_rx <= cnt_pdus_rx + 32'd1;
            cnt_bytes_rx <= cnt_bytes_rx + {48'd0, a_len};
        end
        if (a_deliver) ev_rx_pdu <= 1'b1;
        if (e_crc)   cnt_crc_errors <= cnt_crc_errors + 32'd1;
        if (e_len)   cnt_len_errors <= cnt_len_errors + 32'd1;
        if (e_over)  cnt_oversize <= cnt_oversize + 32'd1;
        if (e_nobuf) cnt_no_buffer <= cnt_no_buffer + 32'd1;
        if (e_abort) cnt_rx_aborted <= cnt_rx_aborted + 32'd1;
        if (e_crc || e_len || e_over || e_nobuf || (e_abort && do_acc)) ev_rx_error <= 1'b1;
    end
end

endmodule
`default_nettype wire
