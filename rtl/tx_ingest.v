// tx_ingest: host TX frames -> TX cell buffer (one 48-byte payload per entry).
// Runs the AAL5 CRC-32 over the beats, adds pad and trailer, and hands each complete
// frame (a chain of buffer cells) to tx_sched (COMMIT). Frames for a VC that is not
// ACTIVE/tx-enabled, longer than the VC's max SDU, or of 0 bytes (Length 0 is the AAL5
// abort indication), are consumed and dropped (DROP, with the chain of cells already used
// given back). So is a frame whose last beat carries a drop status in tuser[19:17] (the
// DMA engine's TX_BAD_DESC / TX_DMA_ERROR, docs/dma.md); that status wins over any other
// reason to drop. See docs/architecture.md, TX.
//
// Buffer cells are allocated one ahead (POP) and chained by LINK operations; tx_sched
// owns the link array and the free list, and grants one operation per cycle.
`default_nettype none
module tx_ingest #(
    parameter integer NUM_VC       = 256,
    parameter integer DATA_W       = 32,
    parameter integer TX_BUF_CELLS = 1024,
    parameter integer VC_W         = (NUM_VC > 1) ? $clog2(NUM_VC) : 1,
    parameter integer CELL_W       = (TX_BUF_CELLS > 1) ? $clog2(TX_BUF_CELLS) : 1
) (
    input  wire                 clk,
    input  wire                 rst,
    // host TX
    input  wire [DATA_W-1:0]    s_tdata,
    input  wire [DATA_W/8-1:0]  s_tkeep,
    input  wire                 s_tvalid,
    output reg                  s_tready,
    input  wire                 s_tlast,
    input  wire [VC_W-1:0]      s_tdest,
    input  wire [19:0]          s_tuser,     // {drop status, CLP, CPI, UU}
    // VC configuration of s_tdest (combinational read of vc_table)
    input  wire [1:0]           cfg_state,
    input  wire                 cfg_tx_en,
    input  wire [15:0]          cfg_max_sdu,
    // operations to tx_sched (one outstanding; granted with iop_gnt)
    output reg                  iop_req,
    output reg  [1:0]           iop_type,     // 0 LINK, 1 POP, 2 COMMIT, 3 DROP
    output reg  [CELL_W-1:0]    iop_a,        // LINK from / COMMIT,DROP first cell
    output reg  [CELL_W-1:0]    iop_b,        // LINK to   / COMMIT,DROP last cell
    output reg  [CELL_W:0]      iop_n,        // COMMIT/DROP cells in the chain (0: none)
    output reg  [VC_W:0]        iop_vc,       // COMMIT/DROP VC, MSB set when tdest >= NUM_VC
    output reg  [3:0]           iop_status,   // DROP: tx_status_e
    output reg  [15:0]          iop_len,      // COMMIT: SDU length
    output reg                  iop_clp,      // COMMIT: frame CLP
    input  wire                 iop_gnt,
    input  wire [CELL_W-1:0]    pop_idx,      // POP: the cell granted
    // TX buffer read port for tx_cell (data one cycle after rd_en)
    input  wire                 rd_en,
    input  wire [CELL_W-1:0]    rd_idx,
    output reg  [383:0]         rd_data,
    // frames of a VC still on their way into its queue (for DEACTIVATE/MODIFY quiet)
    output wire                 busy_a,
    output wire [VC_W-1:0]      busy_a_vc,
    output wire                 busy_b,
    output wire [VC_W-1:0]      busy_b_vc,
    // a free cell held in advance (counted as free in STATUS.tx_free)
    output wire                 spare
);
`include "vcnic_defs.vh"
`include "crc32_aal5.vh"

    localparam integer KEEP_W = DATA_W / 8;
    localparam integer BPC    = 384 / DATA_W;   // beats per cell payload
    localparam integer TB     = 40 / KEEP_W;    // beat holding trailer byte 40
    localparam integer NW     = DATA_W / 32;    // 32-bit CRC words per beat
    localparam integer BW     = (BPC > 1) ? $clog2(BPC) : 1;
    localparam integer BPC_M1 = BPC - 1;
    localparam [BW-1:0] W_LAST = BPC_M1[BW-1:0];
    localparam [BW-1:0] W_TRL  = TB[BW-1:0];

    // Only DATA_W 32 and 64 are supported: the trailer logic needs byte 40 to start a beat
    // and whole 32-bit CRC words per beat. Any other width stops elaboration, in Icarus and
    // in Verilator alike, at an instance of a module that does not exist, named as the
    // message.
    generate
        if (DATA_W != 32 && DATA_W != 64) begin : g_data_w_check
            vcnic_core_DATA_W_must_be_32_or_64 data_w_unsupported ();
        end
    endgenerate

    localparam [1:0] OP_LINK = 2'd0, OP_POP = 2'd1, OP_COMMIT = 2'd2, OP_DROP = 2'd3;
    localparam [1:0] S_IDLE = 2'd0, S_DATA = 2'd1, S_PAD = 2'd2, S_DISC = 2'd3;

    // ------------------------------------------------------------------ buffer
    reg [383:0] txbuf [0:TX_BUF_CELLS-1];
    reg         bw_en;
    reg [CELL_W-1:0] bw_idx;
    reg [383:0] bw_data;
    always @(posedge clk) begin
        if (bw_en) txbuf[bw_idx] <= bw_data;
        if (rd_en) rd_data <= txbuf[rd_idx];
    end

    // ------------------------------------------------------------------ helpers
    function [31:0] crc_beat;
        input [31:0] crc;
        input [DATA_W-1:0] d;
        integer j;
        reg [31:0] c;
        begin
            c = crc;
            for (j = 0; j < NW; j = j + 1)
                c = crc32_d32(c, {d[32*j+:8], d[32*j+8+:8], d[32*j+16+:8], d[32*j+24+:8]});
            crc_beat = c;
        end
    endfunction

    function [KEEP_W:0] popcnt;
        input [KEEP_W-1:0] k;
        integer j;
        begin
            popcnt = 0;
            for (j = 0; j < KEEP_W; j = j + 1)
                popcnt = popcnt + {{KEEP_W{1'b0}}, k[j]};
        end
    endfunction

    function [DATA_W-1:0] keep_mask;
        input [KEEP_W-1:0] k;
        integer j;
        begin
            for (j = 0; j < KEEP_W; j = j + 1)
                keep_mask[8*j+:8] = {8{k[j]}};
        end
    endfunction

    // ------------------------------------------------------------------ state
    reg [1:0]        st;
    reg [BW-1:0]     widx;        // beat position in the current cell
    reg [383:0]      acc;         // current cell payload
    reg [31:0]       crc;
    reg [16:0]       nbytes;
    reg [CELL_W-1:0] cur, first;
    reg [CELL_W:0]   ncells;
    reg [VC_W-1:0]   fvc;
    reg [15:0]       fmax;
    reg              need_wrap;   // PAD: the trailer goes into the next cell
    reg              need_cell;   // the next beat starts a new cell
    reg [7:0]        f_uu, f_cpi;
    reg              f_clp;
    reg              disc_free;   // DISC: give back first..cur on the DROP
    reg [3:0]        disc_status;
    reg [VC_W:0]     disc_vc;

    reg              nxt_v;       // prefetched free cell
    reg [CELL_W-1:0] nxt;
    reg              lk_pend;     // LINK lk_from -> lk_to not yet done
    reg [CELL_W-1:0] lk_from, lk_to;
    reg              fp_v;        // pending COMMIT/DROP
    reg              fp_commit;
    reg [VC_W:0]     fp_vc;
    reg [3:0]        fp_status;
    reg [CELL_W-1:0] fp_first, fp_last;
    reg [CELL_W:0]   fp_n;
    reg [15:0]       fp_len;
    reg              fp_clp;

    assign spare     = nxt_v;
    assign busy_a    = (st == S_DATA) || (st == S_PAD);
    assign busy_a_vc = fvc;
    assign busy_b    = fp_v && fp_commit;
    assign busy_b_vc = fp_vc[VC_W-1:0];

    // operation port: LINK first (a COMMIT needs its links), then the frame op, then POP
    always @(*) begin
        iop_req    = 1'b0;
        iop_type   = OP_POP;
        iop_a      = lk_from;
        iop_b      = lk_to;
        iop_n      = fp_n;
        iop_vc     = fp_vc;
        iop_status = fp_status;
        iop_len    = fp_len;
        iop_clp    = fp_clp;
        if (lk_pend) begin
            iop_req  = 1'b1;
            iop_type = OP_LINK;
        end else if (fp_v) begin
            iop_req  = 1'b1;
            iop_type = fp_commit ? OP_COMMIT : OP_DROP;
            iop_a    = fp_first;
            iop_b    = fp_last;
        end else if (!nxt_v) begin
            iop_req  = 1'b1;
            iop_type = OP_POP;
        end
    end

    // beat decode
    wire [DATA_W-1:0] beat_m = s_tdata & keep_mask(s_tlast ? s_tkeep : {KEEP_W{1'b1}});
    wire [KEEP_W:0]   kcnt   = s_tlast ? popcnt(s_tkeep) : KEEP_W[KEEP_W:0];
    wire [16:0]       nb_n   = nbytes + {{(16-KEEP_W){1'b0}}, kcnt};
    wire              tdest_bad = ({1'b0, s_tdest} >= NUM_VC[VC_W:0]);
    wire              f_drop = tdest_bad || (cfg_state != VC_STATE_ACTIVE) || !cfg_tx_en;
    wire [16:0]       nb_first = {{(16-KEEP_W){1'b0}}, kcnt};
    wire              ovs_first = (nb_first > {1'b0, cfg_max_sdu});
    // a frame of 0 bytes (one beat, tlast, tkeep = 0): an AAL5 PDU with Length 0 is the
    // abort indication (I.363.5), so it is dropped TX_ZERO_LENGTH, never sent
    wire              zero_first = s_tlast && (kcnt == {(KEEP_W+1){1'b0}});
    // drop status on the last beat: 7 = TX_DMA_ERROR, any other non-zero code TX_BAD_DESC
    wire              dma_drop   = s_tlast && (s_tuser[19:17] != 3'd0);
    wire [3:0]        dma_status = (s_tuser[19:17] == TX_STATUS_TX_DMA_ERROR[2:0])
                                 ? TX_STATUS_TX_DMA_ERROR : TX_STATUS_TX_BAD_DESC;
    wire              rej_first = ovs_first || zero_first || dma_drop;
    wire [3:0]        rej_status = dma_drop ? dma_status
                                 : f_drop ? TX_STATUS_TX_INACTIVE
                                 : zero_first ? TX_STATUS_TX_ZERO_LENGTH : TX_STATUS_TX_OVERSIZE;
    wire              ovs_data  = (nb_n > {1'b0, fmax});
    wire [383:0]      acc_beat  = put_beat(acc, widx, beat_m);
    wire [383:0]      acc_zero  = put_beat(acc, widx, {DATA_W{1'b0}});
    // trailer: bytes 40..43 = UU, CPI, length (BE), 44..47 = CRC (BE)
    wire [31:0]       trl_w   = {f_uu, f_cpi, nbytes[15:0]};
    wire [31:0]       crc_trl = ~crc32_d32(crc, trl_w);
    wire [383:0]      acc_trl = {crc_trl[7:0], crc_trl[15:8], crc_trl[23:16], crc_trl[31:24],
                                 nbytes[7:0], nbytes[15:8], f_cpi, f_uu, acc[319:0]};

    function [383:0] put_beat;
        input [383:0] a;
        input [BW-1:0] w;
        input [DATA_W-1:0] d;
        begin
            put_beat = a;
            put_beat[w*DATA_W +: DATA_W] = d;
        end
    endfunction

    // tready
    always @(*) begin
        s_tready = 1'b0;
        case (st)
            S_IDLE: s_tready = s_tvalid && (f_drop ? (!s_tlast || !fp_v)
                                                   : (rej_first ? (!s_tlast || !fp_v) : nxt_v));
            // a last beat that drops the frame needs the pending frame operation slot
            S_DATA: s_tready = (ovs_data || dma_drop) ? (!s_tlast || !fp_v)
                                                      : (!need_cell || nxt_v);
            S_DISC: s_tready = !s_tlast || !fp_v;
            default: s_tready = 1'b0;
        endcase
    end

    wire beat_ok = s_tvalid && s_tready;

    always @(posedge clk) begin
        bw_en <= 1'b0;
        if (rst) begin
            st        <= S_IDLE;
            nxt_v     <= 1'b0;
            lk_pend   <= 1'b0;
            fp_v      <= 1'b0;
            need_cell <= 1'b0;
            need_wrap <= 1'b0;
            widx      <= {BW{1'b0}};
        end else begin
            // operation grants
            if (iop_gnt) begin
                case (iop_type)
                    OP_LINK: lk_pend <= 1'b0;
                    OP_POP: begin
                        nxt_v <= 1'b1;
                        nxt   <= pop_idx;
                    end
                    default: fp_v <= 1'b0;
                endcase
            end

            case (st)
            S_IDLE: if (beat_ok) begin
                fvc    <= s_tdest;
                fmax   <= cfg_max_sdu;
                if (f_drop || rej_first) begin
                    disc_free   <= 1'b0;
                    disc_status <= rej_status;
                    disc_vc     <= {tdest_bad, s_tdest};
                    if (s_tlast) begin
                        fp_v      <= 1'b1;
                        fp_commit <= 1'b0;
                        fp_vc     <= {tdest_bad, s_tdest};
                        fp_status <= rej_status;
                        fp_n      <= {(CELL_W+1){1'b0}};
                    end else begin
                        st <= S_DISC;
                    end
                end else begin
                    // first beat of an accepted frame: it opens cell nxt
                    cur    <= nxt;
                    first  <= nxt;
                    nxt_v  <= 1'b0;
                    ncells <= {{CELL_W{1'b0}}, 1'b1};
                    crc    <= crc_beat(32'hFFFFFFFF, beat_m);
                    nbytes <= nb_first;
                    acc    <= put_beat(acc, {BW{1'b0}}, beat_m);
                    f_uu   <= s_tuser[7:0];
                    f_cpi  <= s_tuser[15:8];
                    f_clp  <= s_tuser[16];
                    need_cell <= 1'b0;
                    if (BPC == 1) begin
                        widx <= {BW{1'b0}};
                    end else begin
                        widx <= {{(BW-1){1'b0}}, 1'b1};
                    end
                    if (s_tlast) begin
                        st        <= S_PAD;
                        need_wrap <= (TB == 0);
                    end else begin
                        st <= S_DATA;
                    end
                end
            end

            S_DATA: if (beat_ok) begin
                if (dma_drop) begin
                    // the DMA failed the frame: drop it, give back first..cur
                    fp_v      <= 1'b1;
                    fp_commit <= 1'b0;
                    fp_vc     <= {1'b0, fvc};
                    fp_status <= dma_status;
                    fp_first  <= first;
                    fp_last   <= cur;
                    fp_n      <= ncells;
                    st        <= S_IDLE;
                end else if (ovs_data) begin
                    // too long: drop, give back first..cur (cur is complete or partial)
                    disc_free   <= 1'b1;
                    disc_status <= TX_STATUS_TX_OVERSIZE;
                    disc_vc     <= {1'b0, fvc};
                    if (s_tlast) begin
                        fp_v      <= 1'b1;
                        fp_commit <= 1'b0;
                        fp_vc     <= {1'b0, fvc};
                        fp_status <= TX_STATUS_TX_OVERSIZE;
                        fp_first  <= first;
                        fp_last   <= cur;
                        fp_n      <= ncells;
                        st        <= S_IDLE;
                    end else begin
                        st <= S_DISC;
                    end
                end else begin
                    nbytes <= nb_n;
                    crc    <= crc_beat(crc, beat_m);
                    if (need_cell) begin
                        // this beat opens cell nxt, chained after cur
                        cur       <= nxt;
                        nxt_v     <= 1'b0;
                        lk_pend   <= 1'b1;
                        lk_from   <= cur;
                        lk_to     <= nxt;
                        ncells    <= ncells + 1'b1;
                        need_cell <= 1'b0;
                    end
                    acc <= acc_beat;
                    if (widx == W_LAST) begin
                        bw_en     <= 1'b1;
                        bw_idx    <= need_cell ? nxt : cur;
                        bw_data   <= acc_beat;
                        widx      <= {BW{1'b0}};
                        need_cell <= 1'b1;
                    end else begin
                        widx <= widx + 1'b1;
                    end
                    if (s_tlast) begin
                        st        <= S_PAD;
                        need_wrap <= (widx >= W_TRL) && (widx != W_LAST);
                        f_uu      <= s_tuser[7:0];
                        f_cpi     <= s_tuser[15:8];
                        f_clp     <= s_tuser[16];
                    end
                end
            end

            S_PAD: begin
                if (need_cell && nxt_v && !lk_pend) begin
                    cur       <= nxt;
                    nxt_v     <= 1'b0;
                    lk_pend   <= 1'b1;
                    lk_from   <= cur;
                    lk_to     <= nxt;
                    ncells    <= ncells + 1'b1;
                    need_cell <= 1'b0;
                end else if (!need_cell) begin
                    if (widx == W_TRL && !need_wrap) begin
                        // trailer; the frame is complete once every link is in
                        if (!fp_v) begin
                            bw_en     <= 1'b1;
                            bw_idx    <= cur;
                            bw_data   <= acc_trl;
                            fp_v      <= 1'b1;
                            fp_commit <= 1'b1;
                            fp_vc     <= {1'b0, fvc};
                            fp_first  <= first;
                            fp_last   <= cur;
                            fp_n      <= ncells;
                            fp_len    <= nbytes[15:0];
                            fp_clp    <= f_clp;
                            st        <= S_IDLE;
                            widx      <= {BW{1'b0}};
                        end
                    end else begin
                        crc <= crc_beat(crc, {DATA_W{1'b0}});
                        acc <= acc_zero;
                        if (widx == W_LAST) begin
                            bw_en     <= 1'b1;
                            bw_idx    <= cur;
                            bw_data   <= acc_zero;
                            widx      <= {BW{1'b0}};
                            need_cell <= 1'b1;
                            need_wrap <= 1'b0;
                        end else begin
                            widx <= widx + 1'b1;
                        end
                    end
                end
            end

            default: /* S_DISC */ if (beat_ok && s_tlast) begin
                fp_v      <= 1'b1;
                fp_commit <= 1'b0;
                fp_vc     <= disc_vc;
                fp_status <= dma_drop ? dma_status : disc_status;
                fp_first  <= first;
                fp_last   <= cur;
                fp_n      <= disc_free ? ncells : {(CELL_W+1){1'b0}};
                st        <= S_IDLE;
            end
            endcase
        end
    end
endmodule
`default_nettype wire
