// vc_table: the per-VC entries and the command engine (VC_CMD). See docs/architecture.md,
// "VC table and commands".
//
// Entries are one record per VC in an array indexed by VC number plus a valid bit per VC
// (an invalid entry reads as all zero = INACTIVE), so reset and CLEAR are O(1). The
// engine runs one command at a time; every command but DEACTIVATE (and MODIFY, which
// waits for a TX PDU boundary) completes in a fixed number of cycles.
`default_nettype none
module vc_table #(
    parameter integer NUM_VC       = 256,
    parameter integer TX_BUF_CELLS = 1024,
    parameter integer RX_BUF_CELLS = 1024,
    parameter integer VC_W         = (NUM_VC > 1) ? $clog2(NUM_VC) : 1
) (
    input  wire                 clk,
    input  wire                 rst,
    input  wire                 nni,
    input  wire                 loopback,
    // register window (from vcnic_regs)
    input  wire [15:0]          r_vc,
    input  wire [15:0]          r_vci,
    input  wire [11:0]          r_vpi,
    input  wire [7:0]           r_aal,
    input  wire [7:0]           r_service,
    input  wire                 r_tx_en,
    input  wire                 r_rx_en,
    input  wire                 r_rx_errored,
    input  wire                 r_clp,
    input  wire [15:0]          r_max_sdu,
    input  wire [31:0]          r_inc,
    input  wire [3:0]           r_opcode,
    input  wire                 r_opcode_swmod,
    output reg                  busy,
    output reg  [3:0]           result,
    output reg                  ev_cmd_done,
    output reg                  ev_cmd_overrun,
    // QUERY snapshot (to vcnic_regs)
    output reg  [1:0]           qs_state,
    output reg  [3:0]           qs_last_rx_status,
    output reg  [3:0]           qs_last_tx_status,
    output reg  [15:0]          qs_tx_queued,
    output reg  [15:0]          qs_vci,
    output reg  [11:0]          qs_vpi,
    output reg  [7:0]           qs_aal,
    output reg  [7:0]           qs_service,
    output reg                  qs_tx_en,
    output reg                  qs_rx_en,
    output reg                  qs_rx_errored,
    output reg                  qs_clp,
    output reg  [15:0]          qs_max_sdu,
    output reg  [31:0]          qs_inc,
    output reg  [31:0]          qs_tx_cells,
    output reg  [31:0]          qs_tx_pdus,
    output reg  [63:0]          qs_tx_bytes,
    output reg  [31:0]          qs_tx_aborted,
    output reg  [31:0]          qs_tx_dropped,
    output reg  [31:0]          qs_rx_cells,
    output reg  [31:0]          qs_rx_pdus,
    output reg  [63:0]          qs_rx_bytes,
    output reg  [31:0]          qs_rx_crc,
    output reg  [31:0]          qs_rx_length,
    output reg  [31:0]          qs_rx_oversize,
    output reg  [31:0]          qs_rx_no_buffer,
    output reg  [31:0]          qs_rx_aborted,
    // read port: tx_ingest (VC of the frame on host TX)
    input  wire [VC_W-1:0]      ing_vc,
    output wire [1:0]           ing_state,
    output wire                 ing_tx_en,
    output wire [15:0]          ing_max_sdu,
    // read port: tx_cell (header of the cell being built)
    input  wire [VC_W-1:0]      tc_vc,
    output wire [11:0]          tc_vpi,
    output wire [15:0]          tc_vci,
    output wire                 tc_clp,
    // read port: vcnic_rx
    input  wire [VC_W-1:0]      cfg_vc,
    output wire [1:0]           cfg_state,
    output wire                 cfg_rx_en,
    output wire                 cfg_rx_errored,
    output wire [15:0]          cfg_max_sdu,
    // tx_sched
    output reg                  sc_req,
    output reg  [2:0]           sc_op,
    output wire [VC_W-1:0]      sc_vc,
    output reg                  sc_cbr,
    output reg  [31:0]          sc_inc,
    input  wire                 sc_done,
    output reg                  hold_en,
    output wire [VC_W-1:0]      hold_vc,
    input  wire                 hold_quiet,
    input  wire                 hold_ing,
    input  wire                 cbr_free,
    output wire [VC_W-1:0]      txq_vc,
    input  wire [31:0]          txq_cells,
    input  wire [31:0]          txq_pdus,
    input  wire [63:0]          txq_bytes,
    input  wire [31:0]          txq_aborted,
    input  wire [31:0]          txq_dropped,
    input  wire [15:0]          txq_queued,
    input  wire [3:0]           txq_last_status,
    // vcnic_rx
    output reg                  lk_valid,
    output reg                  lk_op,
    output reg  [11:0]          lk_vpi,
    output reg  [15:0]          lk_vci,
    output wire [VC_W-1:0]      lk_vc,
    input  wire                 lk_done,
    input  wire [1:0]           lk_status,
    output reg                  close_valid,
    output wire [VC_W-1:0]      close_vc,
    input  wire                 close_done,
    output reg                  clear_valid,
    output wire [VC_W-1:0]      clear_vc,
    output reg                  open_valid,
    output wire [VC_W-1:0]      open_vc,
    output wire [VC_W-1:0]      query_vc,
    input  wire [31:0]          rxq_cells,
    input  wire [31:0]          rxq_pdus,
    input  wire [63:0]          rxq_bytes,
    input  wire [31:0]          rxq_crc,
    input  wire [31:0]          rxq_length,
    input  wire [31:0]          rxq_oversize,
    input  wire [31:0]          rxq_no_buffer,
    input  wire [31:0]          rxq_aborted,
    input  wire [3:0]           rxq_last_status,
    input  wire                 pipe_idle
);
`include "vcnic_defs.vh"

    localparam [2:0] SC_ACT = 3'd1, SC_MOD = 3'd2, SC_FLUSH = 3'd3, SC_CLEAR = 3'd4;
    localparam integer MIN_BUF  = (TX_BUF_CELLS < RX_BUF_CELLS) ? TX_BUF_CELLS : RX_BUF_CELLS;
    // largest L with cells_for(L) = (L + 8 + 47) / 48 <= MIN_BUF
    localparam integer MAX_SDU_I = (48 * MIN_BUF - 8 > 65535) ? 65535 : 48 * MIN_BUF - 8;
    localparam [15:0] MAX_SDU = MAX_SDU_I[15:0];
    localparam [16:0] NUM_VC_17 = NUM_VC[16:0];

    // ------------------------------------------------------------ entries
    // record: {inc[31:0], max_sdu[15:0], clp, rx_errored, rx_en, tx_en, service[7:0],
    //          aal[7:0], vci[15:0], vpi[11:0], state[1:0]}
    localparam integer E_W = 32 + 16 + 4 + 8 + 8 + 16 + 12 + 2;
    reg [E_W-1:0]    ent [0:NUM_VC-1];
    reg [NUM_VC-1:0] ev;

    wire [E_W-1:0] ei = ev[ing_vc] ? ent[ing_vc] : {E_W{1'b0}};
    assign ing_state   = ei[1:0];
    assign ing_tx_en   = ei[46];
    assign ing_max_sdu = ei[65:50];

    wire [E_W-1:0] et = ev[tc_vc] ? ent[tc_vc] : {E_W{1'b0}};
    assign tc_vpi = et[13:2];
    assign tc_vci = et[29:14];
    assign tc_clp = et[49];

    wire [E_W-1:0] er = ev[cfg_vc] ? ent[cfg_vc] : {E_W{1'b0}};
    assign cfg_state      = er[1:0];
    assign cfg_rx_en      = er[47];
    assign cfg_rx_errored = er[48];
    assign cfg_max_sdu    = er[65:50];
    wire _unused_rd = &{1'b0, ei[97:66], ei[49:47], ei[45:2], et[97:50], et[48:30], et[1:0],
                        er[97:66], er[49], er[46:2]};

    // ------------------------------------------------------------ command registers
    reg [3:0]  c_op;
    reg [15:0] c_vc16;
    reg [11:0] c_vpi;
    reg [15:0] c_vci;
    reg [7:0]  c_aal, c_service;
    reg        c_tx_en, c_rx_en, c_rx_errored, c_clp;
    reg [15:0] c_max_sdu;
    reg [31:0] c_inc;
    wire [VC_W-1:0] c_vc = c_vc16[VC_W-1:0];

    assign sc_vc    = c_vc;
    assign hold_vc  = c_vc;
    assign txq_vc   = c_vc;
    assign query_vc = c_vc;
    assign lk_vc    = c_vc;
    assign close_vc = c_vc;
    assign clear_vc = c_vc;
    assign open_vc  = c_vc;

    wire [E_W-1:0] ec = ev[c_vc] ? ent[c_vc] : {E_W{1'b0}};
    wire [1:0]  e_state   = ec[1:0];
    wire [11:0] e_vpi     = ec[13:2];
    wire [15:0] e_vci     = ec[29:14];
    wire [7:0]  e_service = ec[45:38];

    wire c_bad_vc = ({1'b0, c_vc16} >= NUM_VC_17);
    wire c_cbr    = (c_service == SERVICE_CBR);
    wire c_params_ok = (c_aal == AAL_TYPE_AAL5) &&
                       (c_cbr || c_service == SERVICE_UBR) &&
                       (c_max_sdu != 16'd0) && (c_max_sdu <= MAX_SDU) &&
                       (nni || c_vpi[11:8] == 4'd0) &&
                       (c_vpi != 12'd0 || c_vci != 16'd0) &&   // idle/unassigned: never RX
                       (!c_cbr || c_inc >= 32'h0001_0000);
    wire [E_W-1:0] c_new = {c_inc, c_max_sdu, c_clp, c_rx_errored, c_rx_en, c_tx_en,
                            c_service, c_aal, c_vci, c_vpi, VC_STATE_ACTIVE};

    // ------------------------------------------------------------ engine
    localparam [3:0] C_IDLE = 4'd0, C_LATCH = 4'd1, C_CHECK = 4'd2, C_LK_INS = 4'd3,
                     C_LK_UNDO = 4'd4, C_ACT_SC = 4'd5, C_MOD_WAIT = 4'd6, C_MOD_SC = 4'd7,
                     C_DEA_WAIT = 4'd8, C_DEA_FLUSH = 4'd9, C_DEA_DRAIN = 4'd10,
                     C_DEA_CLOSE = 4'd11, C_DEA_LKREM = 4'd12, C_CLR_SC = 4'd13,
                     C_DEA_ING = 4'd14;
    reg [3:0] cs;
    reg [3:0] dly;          // settle / drain delay

    always @(posedge clk) begin
        ev_cmd_done    <= 1'b0;
        ev_cmd_overrun <= 1'b0;
        open_valid     <= 1'b0;
        clear_valid    <= 1'b0;
        if (rst) begin
            cs          <= C_IDLE;
            busy        <= 1'b0;
            result      <= VC_RESULT_OK;
            ev          <= {NUM_VC{1'b0}};
            sc_req      <= 1'b0;
            hold_en     <= 1'b0;
            lk_valid    <= 1'b0;
            lk_op       <= 1'b0;
            lk_vpi      <= 12'd0;
            lk_vci      <= 16'd0;
            close_valid <= 1'b0;
            sc_op       <= 3'd0;
            sc_cbr      <= 1'b0;
            sc_inc      <= 32'd0;
            qs_state <= 2'd0; qs_last_rx_status <= 4'd0; qs_last_tx_status <= 4'd0;
            qs_tx_queued <= 16'd0; qs_vci <= 16'd0; qs_vpi <= 12'd0; qs_aal <= 8'd0;
            qs_service <= 8'd0; qs_tx_en <= 1'b0; qs_rx_en <= 1'b0; qs_rx_errored <= 1'b0;
            qs_clp <= 1'b0; qs_max_sdu <= 16'd0; qs_inc <= 32'd0;
            qs_tx_cells <= 32'd0; qs_tx_pdus <= 32'd0; qs_tx_bytes <= 64'd0;
            qs_tx_aborted <= 32'd0; qs_tx_dropped <= 32'd0;
            qs_rx_cells <= 32'd0; qs_rx_pdus <= 32'd0; qs_rx_bytes <= 64'd0;
            qs_rx_crc <= 32'd0; qs_rx_length <= 32'd0; qs_rx_oversize <= 32'd0;
            qs_rx_no_buffer <= 32'd0; qs_rx_aborted <= 32'd0;
        end else begin
            if (r_opcode_swmod && (busy || cs != C_IDLE)) ev_cmd_overrun <= 1'b1;
            case (cs)
            C_IDLE: if (r_opcode_swmod) begin
                busy <= 1'b1;
                cs   <= C_LATCH;
            end
            C_LATCH: begin
                c_op         <= r_opcode;
                c_vc16       <= r_vc;
                c_vpi        <= r_vpi;
                c_vci        <= r_vci;
                c_aal        <= r_aal;
                c_service    <= r_service;
                c_tx_en      <= r_tx_en;
                c_rx_en      <= r_rx_en;
                c_rx_errored <= r_rx_errored;
                c_clp        <= r_clp;
                c_max_sdu    <= r_max_sdu;
                c_inc        <= r_inc;
                cs           <= C_CHECK;
            end
            C_CHECK: begin
                cs <= C_IDLE;      // unless a step below continues
                case (c_op)
                VC_OPCODE_NOP: finish(VC_RESULT_OK);
                VC_OPCODE_ACTIVATE:
                    if (c_bad_vc) finish(VC_RESULT_BAD_VC);
                    else if (e_state != VC_STATE_INACTIVE) finish(VC_RESULT_BAD_STATE);
                    else if (!c_params_ok) finish(VC_RESULT_BAD_PARAM);
                    else begin
                        lk_valid <= 1'b1;
                        lk_op    <= 1'b0;
                        lk_vpi   <= c_vpi;
                        lk_vci   <= c_vci;
                        cs       <= C_LK_INS;
                    end
                VC_OPCODE_MODIFY:
                    if (c_bad_vc) finish(VC_RESULT_BAD_VC);
                    else if (e_state != VC_STATE_ACTIVE) finish(VC_RESULT_BAD_STATE);
                    else if (!c_params_ok || c_vpi != e_vpi || c_vci != e_vci)
                        finish(VC_RESULT_BAD_PARAM);
                    else if (c_cbr && e_service != SERVICE_CBR && !cbr_free)
                        finish(VC_RESULT_NO_RESOURCES);
                    else begin
                        hold_en <= 1'b1;
                        dly     <= 4'd2;
                        cs      <= C_MOD_WAIT;
                    end
                VC_OPCODE_DEACTIVATE:
                    if (c_bad_vc) finish(VC_RESULT_BAD_VC);
                    else if (e_state != VC_STATE_ACTIVE) finish(VC_RESULT_BAD_STATE);
                    else begin
                        ent[c_vc] <= {ec[E_W-1:2], VC_STATE_DEACTIVATING};
                        hold_en   <= 1'b1;
                        dly       <= 4'd2;
                        cs        <= C_DEA_WAIT;
                    end
                VC_OPCODE_CLEAR:
                    if (c_bad_vc) finish(VC_RESULT_BAD_VC);
                    else if (e_state != VC_STATE_INACTIVE) finish(VC_RESULT_BAD_STATE);
                    else begin
                        ev[c_vc]    <= 1'b0;
                        clear_valid <= 1'b1;
                        sc_req      <= 1'b1;
                        sc_op       <= SC_CLEAR;
                        cs          <= C_CLR_SC;
                    end
                VC_OPCODE_QUERY:
                    if (c_bad_vc) finish(VC_RESULT_BAD_VC);
                    else begin
                        qs_state          <= e_state;
                        qs_vpi            <= e_vpi;
                        qs_vci            <= e_vci;
                        qs_aal            <= ec[37:30];
                        qs_service        <= e_service;
                        qs_tx_en          <= ec[46];
                        qs_rx_en          <= ec[47];
                        qs_rx_errored     <= ec[48];
                        qs_clp            <= ec[49];
                        qs_max_sdu        <= ec[65:50];
                        qs_inc            <= ec[97:66];
                        qs_last_rx_status <= rxq_last_status;
                        qs_last_tx_status <= txq_last_status;
                        qs_tx_queued      <= txq_queued;
                        qs_tx_cells       <= txq_cells;
                        qs_tx_pdus        <= txq_pdus;
                        qs_tx_bytes       <= txq_bytes;
                        qs_tx_aborted     <= txq_aborted;
                        qs_tx_dropped     <= txq_dropped;
                        qs_rx_cells       <= rxq_cells;
                        qs_rx_pdus        <= rxq_pdus;
                        qs_rx_bytes       <= rxq_bytes;
                        qs_rx_crc         <= rxq_crc;
                        qs_rx_length      <= rxq_length;
                        qs_rx_oversize    <= rxq_oversize;
                        qs_rx_no_buffer   <= rxq_no_buffer;
                        qs_rx_aborted     <= rxq_aborted;
                        finish(VC_RESULT_OK);
                    end
                default: finish(VC_RESULT_BAD_OPCODE);
                endcase
            end
            // ---------------------------------------------------- ACTIVATE
            C_LK_INS: if (lk_done) begin
                lk_valid <= 1'b0;
                if (lk_status == 2'd1) finish(VC_RESULT_DUPLICATE);
                else if (lk_status != 2'd0) finish(VC_RESULT_NO_RESOURCES);
                else if (c_cbr && !cbr_free) begin
                    cs <= C_LK_UNDO;      // give the lookup entry back
                end else begin
                    sc_req <= 1'b1;
                    sc_op  <= SC_ACT;
                    sc_cbr <= c_cbr;
                    sc_inc <= c_inc;
                    cs     <= C_ACT_SC;
                end
            end
            C_LK_UNDO: begin
                lk_valid <= 1'b1;
                lk_op    <= 1'b1;
                if (lk_done && lk_valid) begin
                    lk_valid <= 1'b0;
                    finish(VC_RESULT_NO_RESOURCES);
                end
            end
            C_ACT_SC: if (sc_done) begin
                sc_req     <= 1'b0;
                ent[c_vc]  <= c_new;
                ev[c_vc]   <= 1'b1;
                open_valid <= 1'b1;
                finish(VC_RESULT_OK);
            end
            // ---------------------------------------------------- MODIFY
            C_MOD_WAIT: begin
                if (dly != 4'd0) dly <= dly - 4'd1;
                else if (hold_quiet) begin
                    sc_req <= 1'b1;
                    sc_op  <= SC_MOD;
                    sc_cbr <= c_cbr;
                    sc_inc <= c_inc;
                    cs     <= C_MOD_SC;
                end
            end
            C_MOD_SC: if (sc_done) begin
                sc_req    <= 1'b0;
                hold_en   <= 1'b0;
                ent[c_vc] <= c_new;
                ev[c_vc]  <= 1'b1;
                finish(VC_RESULT_OK);
            end
            // ---------------------------------------------------- DEACTIVATE
            C_DEA_WAIT: begin
                if (dly != 4'd0) dly <= dly - 4'd1;
                else if (hold_quiet) begin
                    sc_req <= 1'b1;
                    sc_op  <= SC_FLUSH;
                    cs     <= C_DEA_FLUSH;
                end
            end
            C_DEA_FLUSH: if (sc_done) begin
                sc_req <= 1'b0;
                dly    <= 4'd15;
                // a frame accepted before DEACTIVATE may still be in tx_ingest (it may even
                // be waiting for the buffer cells this flush just freed): let it reach the
                // queue, then flush again
                cs     <= hold_ing ? C_DEA_ING : C_DEA_DRAIN;
            end
            C_DEA_ING: if (!hold_ing) begin
                sc_req <= 1'b1;
                sc_op  <= SC_FLUSH;
                cs     <= C_DEA_FLUSH;
            end
            C_DEA_DRAIN: begin
                // in loopback the VC's last cell may still be in the RX pipeline
                if (!loopback || (dly == 4'd0 && pipe_idle)) begin
                    close_valid <= 1'b1;
                    cs          <= C_DEA_CLOSE;
                end else if (dly != 4'd0) begin
                    dly <= dly - 4'd1;
                end
            end
            C_DEA_CLOSE: if (close_done) begin
                close_valid <= 1'b0;
                lk_valid    <= 1'b1;
                lk_op       <= 1'b1;
                lk_vpi      <= e_vpi;       // the entry's key, not the window's
                lk_vci      <= e_vci;
                cs          <= C_DEA_LKREM;
            end
            C_DEA_LKREM: if (lk_done) begin
                lk_valid  <= 1'b0;
                hold_en   <= 1'b0;
                ent[c_vc] <= {ec[E_W-1:2], VC_STATE_INACTIVE};
                finish(VC_RESULT_OK);
            end
            // ---------------------------------------------------- CLEAR
            C_CLR_SC: if (sc_done) begin
                sc_req <= 1'b0;
                finish(VC_RESULT_OK);
            end
            default: cs <= C_IDLE;
            endcase
        end
    end

    task finish;
        input [3:0] res;
        begin
            result      <= res;
            busy        <= 1'b0;
            ev_cmd_done <= 1'b1;
            cs          <= C_IDLE;
        end
    endtask
endmodule
`default_nettype wire
