// bench_core: pure-Verilog benchmark of vcnic_core (no cocotb, no Python in the
// simulation): the simulator's own speed on this core, and the core's line utilisation
// and CBR shaping. Traffic is generated and checked here, in HDL; the core is programmed
// over AXI4-Lite with Verilog tasks. Run by vcnic_tb.bench (`vcnic bench`) through
// vcnic_tb.runner.run_hdl; by hand (from the repo root):
//   iverilog -g2012 -s bench_core -P bench_core.NUM_VC=256 -I rtl/generated -I rtl \
//       -o /tmp/bench.vvp $(core sources) rtl/tb/bench_core.v
//   vvp -n /tmp/bench.vvp +mode=loop +vcs=16 +frames=2000 +seed=1
// See docs/performance.md.
//
// Plusargs (defaults in brackets):
//   +mode=loop|tx|txrx [loop]
//       loop: CTRL.loopback = 1: host TX -> line -> host RX, every frame checked
//       tx:   loopback 0, line TX always ready, line RX idle: TX alone
//       txrx: tx, with every line TX beat captured (+cap_beats), then the capture replayed
//             into line RX back to back (no idle cycle offered) and host RX checked: RX alone
//   +vcs=N [16]       VCs 0..N-1 activated (VPI 0, VCI 32 + vc, max SDU 9180), traffic on all
//   +frames=N [2000]  frames sent, VC of frame i = i mod N (or CBR-weighted, see +cbr)
//   +len=L            every SDU L bytes [mixed sizes, see frame_len]
//   +maxlen=L [9180]  cap of the mixed sizes
//   +cbr=K [0]        VCs 0..K-1 are CBR (GCRA inc of VC i: see cbr_inc), the rest UBR; the
//                     generator then feeds each VC in proportion to its rate (so every
//                     VC stays backlogged) and per-VC cells are counted in the window
//   +seed=S [1]       seeds lengths, UU and data (same functions as vcnic_tb.bench)
//   +warm=C [200]     cells before the measurement window opens
//   +max_cycles=N [50000000]
//   +stall=N [200000]  end a phase (as an error) after N cycles without a frame moving
//
// Output: lines "BENCH key=value ..." (phase=activate|traffic|rx|counters|result) and
// "BENCH_VC vc=.. inc=.. cells=.." parsed by vcnic_tb.bench; "BENCH_ERROR ..." lines for
// check failures; the last line is "BENCH result=PASS|FAIL errors=N".
`timescale 1ns / 1ps
`default_nettype none
/* verilator lint_off UNUSEDSIGNAL */
/* verilator lint_off UNUSEDPARAM */
/* verilator lint_off WIDTHTRUNC */
/* verilator lint_off WIDTHEXPAND */
/* verilator lint_off BLKSEQ */
/* verilator lint_off INITIALDLY */
/* verilator lint_off STMTDLY */
module bench_core #(
    parameter integer NUM_VC       = 256,
    parameter integer DATA_W       = 32,
    parameter integer TX_BUF_CELLS = 1024,
    parameter integer RX_BUF_CELLS = 1024,
    parameter integer NUM_CBR      = 16,
    parameter integer LOOKUP_WAYS  = 4,
    parameter integer LINK_RATE    = 353207,
    parameter integer CAP_BEATS    = 1024
);
`include "vcnic_defs.vh"
    localparam integer VC_W   = (NUM_VC > 1) ? $clog2(NUM_VC) : 1;
    localparam integer KEEP_W = DATA_W / 8;
    localparam integer SLOT   = (53 + KEEP_W - 1) / KEEP_W;   // cycles per cell slot
    localparam integer WPB    = DATA_W / 32;                  // 32-bit words per beat
    localparam integer MAXV   = 1024;                         // per-VC arrays

    // ------------------------------------------------------------------ clock, reset
    reg clk = 1'b0;
    reg rst = 1'b1;
    always #5 clk = ~clk;
    reg [63:0] cyc = 64'd0;
    always @(posedge clk) cyc <= cyc + 64'd1;

    // ------------------------------------------------------------------ core
    reg         s_axil_awvalid = 1'b0, s_axil_wvalid = 1'b0, s_axil_bready = 1'b0;
    reg         s_axil_arvalid = 1'b0, s_axil_rready = 1'b0;
    reg  [8:0]  s_axil_awaddr = 9'd0, s_axil_araddr = 9'd0;
    reg  [31:0] s_axil_wdata = 32'd0;
    wire        s_axil_awready, s_axil_wready, s_axil_bvalid, s_axil_arready, s_axil_rvalid;
    wire [1:0]  s_axil_bresp, s_axil_rresp;
    wire [31:0] s_axil_rdata;

    reg  [DATA_W-1:0] tx_tdata = {DATA_W{1'b0}};
    reg  [KEEP_W-1:0] tx_tkeep = {KEEP_W{1'b0}};
    reg               tx_tvalid = 1'b0, tx_tlast = 1'b0;
    reg  [VC_W-1:0]   tx_tdest = {VC_W{1'b0}};
    reg  [19:0]       tx_tuser = 20'd0;
    wire              tx_tready;

    wire [7:0]        txc_tdata;
    wire [VC_W-1:0]   txc_tdest;
    wire              txc_tvalid, txc_tlast;

    wire [DATA_W-1:0] rx_tdata;
    wire [KEEP_W-1:0] rx_tkeep;
    wire              rx_tvalid, rx_tlast;
    wire [VC_W-1:0]   rx_tdest;
    wire [23:0]       rx_tuser;

    wire [DATA_W-1:0] ltx_tdata;
    wire [KEEP_W-1:0] ltx_tkeep;
    wire              ltx_tvalid, ltx_tlast;
    reg               ltx_tready = 1'b1;

    reg  [DATA_W-1:0] lrx_tdata = {DATA_W{1'b0}};
    reg  [KEEP_W-1:0] lrx_tkeep = {KEEP_W{1'b0}};
    reg               lrx_tvalid = 1'b0, lrx_tlast = 1'b0;
    wire              lrx_tready;
    wire              irq;

    vcnic_core #(
        .NUM_VC(NUM_VC), .DATA_W(DATA_W), .TX_BUF_CELLS(TX_BUF_CELLS),
        .RX_BUF_CELLS(RX_BUF_CELLS), .NUM_CBR(NUM_CBR), .LOOKUP_WAYS(LOOKUP_WAYS),
        .LINK_RATE(LINK_RATE)
    ) u_core (
        .clk(clk), .rst(rst),
        .s_axil_awvalid(s_axil_awvalid), .s_axil_awready(s_axil_awready),
        .s_axil_awaddr(s_axil_awaddr), .s_axil_awprot(3'd0),
        .s_axil_wvalid(s_axil_wvalid), .s_axil_wready(s_axil_wready),
        .s_axil_wdata(s_axil_wdata), .s_axil_wstrb(4'hF),
        .s_axil_bvalid(s_axil_bvalid), .s_axil_bready(s_axil_bready),
        .s_axil_bresp(s_axil_bresp),
        .s_axil_arvalid(s_axil_arvalid), .s_axil_arready(s_axil_arready),
        .s_axil_araddr(s_axil_araddr), .s_axil_arprot(3'd0),
        .s_axil_rvalid(s_axil_rvalid), .s_axil_rready(s_axil_rready),
        .s_axil_rdata(s_axil_rdata), .s_axil_rresp(s_axil_rresp),
        .s_axis_tx_tdata(tx_tdata), .s_axis_tx_tkeep(tx_tkeep),
        .s_axis_tx_tvalid(tx_tvalid), .s_axis_tx_tready(tx_tready),
        .s_axis_tx_tlast(tx_tlast), .s_axis_tx_tdest(tx_tdest),
        .s_axis_tx_tuser(tx_tuser),
        .m_axis_txc_tdata(txc_tdata), .m_axis_txc_tdest(txc_tdest),
        .m_axis_txc_tvalid(txc_tvalid), .m_axis_txc_tready(1'b1),
        .m_axis_txc_tlast(txc_tlast),
        .m_axis_rx_tdata(rx_tdata), .m_axis_rx_tkeep(rx_tkeep),
        .m_axis_rx_tvalid(rx_tvalid), .m_axis_rx_tready(1'b1),
        .m_axis_rx_tlast(rx_tlast), .m_axis_rx_tdest(rx_tdest),
        .m_axis_rx_tuser(rx_tuser),
        .m_axis_line_tx_tdata(ltx_tdata), .m_axis_line_tx_tkeep(ltx_tkeep),
        .m_axis_line_tx_tvalid(ltx_tvalid), .m_axis_line_tx_tready(ltx_tready),
        .m_axis_line_tx_tlast(ltx_tlast),
        .s_axis_line_rx_tdata(lrx_tdata), .s_axis_line_rx_tkeep(lrx_tkeep),
        .s_axis_line_rx_tvalid(lrx_tvalid), .s_axis_line_rx_tready(lrx_tready),
        .s_axis_line_rx_tlast(lrx_tlast),
        .irq(irq)
    );
    // the line beats that really move (in loopback the core's line RX takes them)
    wire line_beat = ltx_tvalid && u_core.ltx_tready;
    wire lrx_beat  = lrx_tvalid && lrx_tready;

    // ------------------------------------------------------------------ settings
    integer mode = 0;          // 0 loop, 1 tx, 2 txrx
    integer nvc = 16, nframes = 2000, fixed_len = -1, maxlen = 9180, ncbr = 0;
    integer seed = 1, warm = 200, errors = 0;
    reg [63:0] max_cycles = 64'd50000000;
    reg [63:0] stall_cycles = 64'd200000;
    reg [8*8-1:0] mode_s;

    reg [1:0] last_resp;
`include "bench_common.vh"


    // ------------------------------------------------------------------ generator (host TX)
    reg         gen_run = 1'b0;
    integer     sent = 0, gen_cells = 0, gen_bytes = 0;
    reg         g_in = 1'b0;
    reg  [31:0] g_h, g_w;
    integer     g_len, g_remain, g_vc, gw;
    reg  [DATA_W-1:0] g_data;
    integer     tx_k [0:MAXV-1];
    reg  [63:0] vt [0:MAXV-1];         // CBR-weighted selection: virtual time per VC
    reg  [63:0] gen_done_cyc = 64'd0;
    integer     i, pick;
    reg  [63:0] best;

    function integer pick_vc(input integer n);
        integer j, p;
        reg [63:0] b;
        begin
            if (ncbr == 0) begin
                pick_vc = n % nvc;
            end else begin
                p = 0;
                b = vt[0];
                for (j = 1; j < nvc; j = j + 1)
                    if (vt[j] < b) begin b = vt[j]; p = j; end
                pick_vc = p;
            end
        end
    endfunction

    always @(posedge clk) begin
        if (tx_tvalid && tx_tready && tx_tlast && sent == nframes && !g_in)
            gen_done_cyc <= cyc;
        if (gen_run && (!tx_tvalid || tx_tready)) begin
            if (g_in) begin
                for (gw = 0; gw < WPB; gw = gw + 1) begin
                    g_data[gw * 32 +: 32] = g_w;
                    g_w = xs32(g_w);
                end
                tx_tdata <= g_data;
                tx_tkeep <= (g_remain >= KEEP_W) ? {KEEP_W{1'b1}} : ~({KEEP_W{1'b1}} << g_remain);
                tx_tlast <= (g_remain <= KEEP_W);
                tx_tvalid <= 1'b1;
                g_in     <= (g_remain > KEEP_W);
                g_remain <= g_remain - KEEP_W;
            end else if (sent < nframes) begin
                g_vc  = pick_vc(sent);
                g_h   = frame_key(g_vc, tx_k[g_vc]);
                g_len = frame_len(g_h);
                tx_k[g_vc] = tx_k[g_vc] + 1;
                if (ncbr != 0)
                    vt[g_vc] = vt[g_vc] + cells_for(g_len) * ((g_vc < ncbr) ? cbr_inc(g_vc)
                                                                           : 32'h10000 * nvc);
                g_w = frame_seed(g_h);
                for (gw = 0; gw < WPB; gw = gw + 1) begin
                    g_data[gw * 32 +: 32] = g_w;
                    g_w = xs32(g_w);
                end
                tx_tdest  <= g_vc;
                tx_tuser  <= {4'b0, 8'd0, frame_uu(g_h)};
                tx_tdata  <= g_data;
                tx_tkeep  <= (g_len >= KEEP_W) ? {KEEP_W{1'b1}} : ~({KEEP_W{1'b1}} << g_len);
                tx_tlast  <= (g_len <= KEEP_W);
                tx_tvalid <= 1'b1;
                g_in      <= (g_len > KEEP_W);
                g_remain  <= g_len - KEEP_W;
                sent      = sent + 1;
                gen_cells = gen_cells + cells_for(g_len);
                gen_bytes = gen_bytes + g_len;
            end else begin
                tx_tvalid <= 1'b0;
            end
        end
    end

    // ------------------------------------------------------------------ progress watchdog
    // the cycle something last moved: a host TX, completion, host RX or line RX beat
    reg [63:0] last_move = 64'd0;
    always @(posedge clk)
        if ((tx_tvalid && tx_tready) || txc_tvalid || rx_tvalid || (lrx_tvalid && lrx_tready))
            last_move <= cyc;
    wire stalled = (cyc - last_move) > stall_cycles;

    // ------------------------------------------------------------------ TX completions
    integer txc_n = 0, txc_bad = 0;
    always @(posedge clk) begin
        if (txc_tvalid) begin
            txc_n = txc_n + 1;
            if (txc_tdata[3:0] != TX_STATUS_TX_OK) begin
                txc_bad = txc_bad + 1;
                if (txc_bad <= 5)
                    $display("BENCH_ERROR txc vc=%0d status=%0d", txc_tdest, txc_tdata[3:0]);
            end
        end
    end

    // ------------------------------------------------------------------ host RX checker
    integer     rx_k [0:MAXV-1];
    integer     rx_frames = 0, rx_bytes = 0, rx_bad = 0;
    reg         c_in = 1'b0;
    reg  [31:0] c_h, c_w;
    integer     c_len, c_beat, c_remain, c_vc, cw;
    reg  [DATA_W-1:0] c_mask, c_exp;
    reg  [KEEP_W-1:0] c_keep;
    reg  [63:0] rx_last_cyc = 64'd0;

    task rx_error(input [8*24-1:0] what);
        begin
            rx_bad = rx_bad + 1;
            if (rx_bad <= 5)
                $display("BENCH_ERROR rx %0s vc=%0d frame=%0d beat=%0d len=%0d data=%h",
                         what, c_vc, rx_k[c_vc], c_beat, c_len, rx_tdata);
        end
    endtask

    always @(posedge clk) begin
        if (rx_tvalid) begin
            if (!c_in) begin
                c_vc = rx_tdest;
                c_h = frame_key(c_vc, rx_k[c_vc]);
                c_len = frame_len(c_h);
                c_beat = 0;
                c_remain = c_len;
                c_w = frame_seed(c_h);
            end
            for (cw = 0; cw < WPB; cw = cw + 1) begin
                c_exp[cw * 32 +: 32] = c_w;
                c_w = xs32(c_w);
            end
            if (c_remain >= KEEP_W) begin
                c_keep = {KEEP_W{1'b1}};
                c_mask = {DATA_W{1'b1}};
            end else begin
                c_keep = ~({KEEP_W{1'b1}} << c_remain);
                c_mask = ~({DATA_W{1'b1}} << (8 * c_remain));
            end
            if (rx_tkeep !== c_keep) rx_error("keep");
            else if ((rx_tdata & c_mask) !== (c_exp & c_mask)) rx_error("data");
            if (rx_tlast !== (c_remain <= KEEP_W)) rx_error("last");
            if (rx_tdest != c_vc) rx_error("tdest");
            if (rx_tlast) begin
                if (rx_tuser[3:0] != RX_STATUS_RX_OK) rx_error("status");
                if (rx_tuser[15:8] != frame_uu(c_h)) rx_error("uu");
                rx_k[c_vc] = rx_k[c_vc] + 1;
                rx_frames = rx_frames + 1;
                rx_bytes = rx_bytes + c_len;
                rx_last_cyc <= cyc;
                c_in = 1'b0;
            end else begin
                c_in = 1'b1;
                c_beat = c_beat + 1;
                c_remain = c_remain - KEEP_W;
            end
        end
    end

    // ------------------------------------------------------------------ line measurement
    integer     line_cells = 0, lrx_cells = 0;
    reg  [63:0] line_beats = 64'd0, first_beat_cyc = 64'd0, last_beat_cyc = 64'd0;
    reg  [63:0] win_open_cyc = 64'd0, win_close_cyc = 64'd0, win_beats = 64'd0;
    reg         win_open = 1'b0, win_closed = 1'b0, in_cell = 1'b0;
    integer     vc_cells [0:MAXV-1];
    wire [31:0] hdr_word = ltx_tdata[31:0];
    wire [15:0] hdr_vci = {hdr_word[11:8], hdr_word[23:16], hdr_word[31:28]};

    always @(posedge clk) begin
        if (line_beat) begin
            if (line_beats == 0) first_beat_cyc <= cyc;
            last_beat_cyc <= cyc;
            line_beats <= line_beats + 64'd1;
            in_cell <= !ltx_tlast;
            if (!in_cell) begin
                line_cells = line_cells + 1;
                if (win_open && !win_closed && hdr_vci >= 32 && hdr_vci < 32 + MAXV)
                    vc_cells[hdr_vci - 32] = vc_cells[hdr_vci - 32] + 1;
            end
        end
        if (!win_open && line_cells >= warm) begin
            win_open <= 1'b1;
            win_open_cyc <= cyc;
        end
        if (win_open && !win_closed) begin
            if (line_beat) win_beats <= win_beats + 64'd1;
            if (gen_done_cyc != 0) begin
                win_closed <= 1'b1;
                win_close_cyc <= cyc;
            end
        end
        if (lrx_beat && lrx_tlast) lrx_cells = lrx_cells + 1;
    end

    // ------------------------------------------------------------------ capture / replay
    reg  [DATA_W+KEEP_W:0] cap [0:CAP_BEATS-1];
    integer cap_n = 0, rp = 0;
    reg     capture = 1'b0, replay = 1'b0;
    reg  [63:0] rp_start_cyc = 64'd0, rp_end_cyc = 64'd0, rp_beats = 64'd0, rp_stalls = 64'd0;
    always @(posedge clk) begin
        if (capture && line_beat && cap_n < CAP_BEATS) begin
            cap[cap_n] <= {ltx_tlast, ltx_tkeep, ltx_tdata};
            cap_n = cap_n + 1;
        end
        if (replay) begin
            if (lrx_tvalid && lrx_tready) rp_beats <= rp_beats + 64'd1;
            if (lrx_tvalid && !lrx_tready) rp_stalls <= rp_stalls + 64'd1;
            if (!lrx_tvalid || lrx_tready) begin
                if (rp < cap_n) begin
                    {lrx_tlast, lrx_tkeep, lrx_tdata} <= cap[rp];
                    lrx_tvalid <= 1'b1;
                    rp = rp + 1;
                end else begin
                    lrx_tvalid <= 1'b0;
                    if (rp_end_cyc == 0) rp_end_cyc <= cyc;
                end
            end
        end
    end

    // ------------------------------------------------------------------ main
    reg [3:0]  res;
    reg [31:0] v, ctrl;
    reg [63:0] t0, t1, traffic_start;
    integer    n_ok, exp_frames;
    reg [31:0] c_cells_tx, c_cells_rx, c_pdus_tx, c_pdus_rx, c_hec, c_crc, c_len_e, c_nobuf,
               c_drop, c_unknown;

    initial begin
        if ($value$plusargs("mode=%s", mode_s)) begin
            if (mode_s == "tx") mode = 1;
            else if (mode_s == "txrx") mode = 2;
            else mode = 0;
        end
        if ($value$plusargs("vcs=%d", nvc)) ;
        if ($value$plusargs("frames=%d", nframes)) ;
        if ($value$plusargs("len=%d", fixed_len)) ;
        if ($value$plusargs("maxlen=%d", maxlen)) ;
        if ($value$plusargs("cbr=%d", ncbr)) ;
        if ($value$plusargs("seed=%d", seed)) ;
        if ($value$plusargs("warm=%d", warm)) ;
        if ($value$plusargs("max_cycles=%d", max_cycles)) ;
        if ($value$plusargs("stall=%d", stall_cycles)) ;
        if (nvc > NUM_VC) nvc = NUM_VC;
        if (nvc > MAXV) nvc = MAXV;
        if (ncbr > nvc) ncbr = nvc;
        if (ncbr > NUM_CBR) ncbr = NUM_CBR;
        for (i = 0; i < MAXV; i = i + 1) begin
            tx_k[i] = 0;
            rx_k[i] = 0;
            vc_cells[i] = 0;
            vt[i] = 64'd0;
        end
        repeat (8) @(posedge clk);
        rst <= 1'b0;
        repeat (2) @(posedge clk);

        // -------- program the core: CTRL, then ACTIVATE every VC (and poll until done)
        ctrl = 32'h11 | ((mode == 0) ? 32'h2 : 32'h0);   // enable, hec_correct, loopback?
        axil_wr(ADDR_CTRL, ctrl);
        t0 = cyc;
        n_ok = 0;
        for (i = 0; i < nvc; i = i + 1) begin
            vc_cmd(VC_OPCODE_ACTIVATE, i, 32 + i,
                   {12'd0, 1'b0, 1'b0, 1'b1, 1'b1, (i < ncbr) ? SERVICE_CBR : SERVICE_UBR,
                    AAL_TYPE_AAL5},
                   9180, (i < ncbr) ? cbr_inc(i) : 32'd0, res);
            if (res == VC_RESULT_OK) n_ok = n_ok + 1;
            else begin
                errors = errors + 1;
                if (errors <= 5) $display("BENCH_ERROR activate vc=%0d result=%0d", i, res);
            end
        end
        t1 = cyc;
        $display("BENCH phase=activate vcs=%0d ok=%0d cycles=%0d", nvc, n_ok, t1 - t0);

        // -------- traffic
        capture = (mode == 2);
        mark(1);
        traffic_start = cyc;
        gen_run = 1'b1;
        exp_frames = (mode == 0) ? nframes : 0;
        last_move = cyc;
        while (!((sent == nframes) && !g_in && !tx_tvalid && txc_n == nframes
                 && rx_frames >= exp_frames) && (cyc - traffic_start) < max_cycles && !stalled)
            @(posedge clk);
        mark(2);
        if ((cyc - traffic_start) >= max_cycles || stalled) begin
            errors = errors + 1;
            $display("BENCH_ERROR %0s sent=%0d txc=%0d rx=%0d of %0d",
                     stalled ? "stalled" : "timeout", sent, txc_n, rx_frames, nframes);
        end
        // let the last cells leave the line
        repeat (4 * SLOT) @(posedge clk);
        $display("BENCH phase=traffic mode=%0s frames=%0d cells=%0d bytes=%0d cycles=%0d line_beats=%0d line_cells=%0d first_beat=%0d last_beat=%0d win_cycles=%0d win_beats=%0d slot=%0d rx_frames=%0d rx_bytes=%0d txc=%0d",
                 (mode == 0) ? "loop" : (mode == 1) ? "tx" : "txrx", sent, gen_cells, gen_bytes,
                 cyc - traffic_start, line_beats, line_cells,
                 (line_beats == 0) ? 64'd0 : first_beat_cyc - traffic_start,
                 (line_beats == 0) ? 64'd0 : last_beat_cyc - traffic_start,
                 win_close_cyc - win_open_cyc, win_beats, SLOT,
                 rx_frames, rx_bytes, txc_n);
        if (ncbr != 0)
            for (i = 0; i < nvc; i = i + 1)
                $display("BENCH_VC vc=%0d cbr=%0d inc=%0d cells=%0d win_cycles=%0d slot=%0d",
                         i, (i < ncbr), (i < ncbr) ? cbr_inc(i) : 0, vc_cells[i],
                         win_close_cyc - win_open_cyc, SLOT);

        // -------- RX alone: replay the captured line into line RX, back to back
        if (mode == 2) begin
            capture = 1'b0;
            if (cap_n >= CAP_BEATS) begin
                errors = errors + 1;
                $display("BENCH_ERROR capture full (%0d beats): fewer frames", CAP_BEATS);
            end
            axil_wr(ADDR_CTRL, 32'h11);   // enable, hec_correct; line RX from the port
            for (i = 0; i < MAXV; i = i + 1) rx_k[i] = 0;
            @(posedge clk);
            rp_start_cyc = cyc;
            replay = 1'b1;
            last_move = cyc;
            while (!(rx_frames >= nframes && rp >= cap_n && !lrx_tvalid)
                   && (cyc - rp_start_cyc) < max_cycles && !stalled)
                @(posedge clk);
            if ((cyc - rp_start_cyc) >= max_cycles || stalled) begin
                errors = errors + 1;
                $display("BENCH_ERROR rx timeout rx=%0d of %0d", rx_frames, nframes);
            end
            $display("BENCH phase=rx beats=%0d stalls=%0d cycles=%0d replay_cycles=%0d cells=%0d rx_frames=%0d",
                     rp_beats, rp_stalls, cyc - rp_start_cyc, rp_end_cyc - rp_start_cyc,
                     lrx_cells, rx_frames);
        end

        // -------- counters
        axil_rd(ADDR_CTRL, v);
        axil_wr(ADDR_CTRL, v | 32'h8);  // snapshot
        axil_rd(ADDR_CELLS_TX, c_cells_tx);
        axil_rd(ADDR_CELLS_RX, c_cells_rx);
        axil_rd(ADDR_PDUS_TX, c_pdus_tx);
        axil_rd(ADDR_PDUS_RX, c_pdus_rx);
        axil_rd(ADDR_HEC_DISCARDED, c_hec);
        axil_rd(ADDR_CRC_ERRORS, c_crc);
        axil_rd(ADDR_LEN_ERRORS, c_len_e);
        axil_rd(ADDR_NO_BUFFER, c_nobuf);
        axil_rd(ADDR_TX_DROPPED, c_drop);
        axil_rd(ADDR_UNKNOWN_VC, c_unknown);
        $display("BENCH phase=counters cells_tx=%0d cells_rx=%0d pdus_tx=%0d pdus_rx=%0d hec_discarded=%0d crc_errors=%0d len_errors=%0d no_buffer=%0d tx_dropped=%0d unknown_vc=%0d",
                 c_cells_tx, c_cells_rx, c_pdus_tx, c_pdus_rx, c_hec, c_crc, c_len_e, c_nobuf,
                 c_drop, c_unknown);
        if (c_cells_tx != gen_cells || c_pdus_tx != nframes) begin
            errors = errors + 1;
            $display("BENCH_ERROR counters: CELLS_TX %0d PDUS_TX %0d, generator %0d cells %0d frames",
                     c_cells_tx, c_pdus_tx, gen_cells, nframes);
        end
        if (mode != 1 && (c_cells_rx != gen_cells || c_pdus_rx != nframes)) begin
            errors = errors + 1;
            $display("BENCH_ERROR counters: CELLS_RX %0d PDUS_RX %0d, generator %0d cells %0d frames",
                     c_cells_rx, c_pdus_rx, gen_cells, nframes);
        end
        if (c_hec || c_crc || c_len_e || c_nobuf || c_drop || c_unknown) begin
            errors = errors + 1;
            $display("BENCH_ERROR error counters are not zero");
        end
        errors = errors + rx_bad + txc_bad;
        if (mode != 1 && rx_frames != nframes) errors = errors + 1;
        $display("BENCH result=%0s errors=%0d total_cycles=%0d", (errors == 0) ? "PASS" : "FAIL",
                 errors, cyc);
        $finish;
    end
endmodule
/* verilator lint_on UNUSEDSIGNAL */
/* verilator lint_on UNUSEDPARAM */
/* verilator lint_on WIDTHTRUNC */
/* verilator lint_on WIDTHEXPAND */
/* verilator lint_on BLKSEQ */
/* verilator lint_on INITIALDLY */
/* verilator lint_on STMTDLY */
`default_nettype wire
