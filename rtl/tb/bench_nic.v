// bench_nic: pure-Verilog benchmark of the NIC (rtl/vcnic_nic.v: DMA engines + SAR core) with
// its host memory (rtl/tb/host_mem.v): no cocotb, no Python in the simulation. An HDL
// "driver" owns the rings in host memory as a CPU does: it writes descriptors and frame bytes
// straight into the memory array (no bus cycles, no simulated time), rings one doorbell per
// batch over AXI4-Lite (Verilog tasks), reaps the completion queues by their phase bit,
// checks every TX completion and every RX byte/status/UU, and gives RX buffers back. Traffic
// and checks are bench_core.v's (rtl/tb/bench_common.vh: same frame_key/frame_len/frame_uu
// hash and xorshift data; Python twins in vcnic_tb.bench). Run by vcnic_tb.bench
// (`vcnic bench --only dma_util,dma_speed`) through vcnic_tb.runner.run_hdl; see
// docs/performance.md ("DMA").
//
// Plusargs (defaults in brackets):
//   +mode=loop|util [loop]
//       loop: CTRL.loopback = 1, TX and RX DMA at once: the speed reference (a) of the
//             harness/pure-Verilog ratio (same traffic as vcnic_tb.test_bench_dma)
//       util: phase 1 loopback 0, line TX always ready, every line TX beat captured: TX
//             utilisation through the TX DMA; phase 2 the capture replayed into line RX back
//             to back, every PDU through the RX DMA into host buffers and checked
//   +vcs=N [16] +frames=N [2000] +len=L +maxlen=L [9180] +seed=S [1] +warm=C [200]
//                     as bench_core.v
//   +lat=C [10]       host memory read latency in clock cycles (10 = 100 ns at 100 MHz)
//   +ring=N [8]       log2 of every ring (TX ring, TX CQ, free-buffer ring, RX CQ)
//   +batch=N [16]     TX descriptors posted per TX_PROD doorbell at most
//   +window=N [ring]  TX frames posted and not yet completed at most
//   +bufsize=B [2048] RX_BUF_SIZE (a PDU larger than one buffer spans several)
//   +max_cycles=N [50000000] +stall=N [200000]
//
// Output: "BENCH phase=activate|traffic|rx|counters|dma ..." lines (vcnic_tb.bench.
// parse_bench), "BENCH_ERROR ..." for check failures, "BENCH_T mark=..." timing marks, and
// last "BENCH result=PASS|FAIL errors=N".
`timescale 1ns / 1ps
`default_nettype none
/* verilator lint_off UNUSEDSIGNAL */
/* verilator lint_off UNUSEDPARAM */
/* verilator lint_off WIDTHTRUNC */
/* verilator lint_off WIDTHEXPAND */
/* verilator lint_off BLKSEQ */
/* verilator lint_off INITIALDLY */
/* verilator lint_off STMTDLY */
module bench_nic #(
    parameter integer NUM_VC         = 256,
    parameter integer DATA_W         = 32,
    parameter integer TX_BUF_CELLS   = 1024,
    parameter integer RX_BUF_CELLS   = 1024,
    parameter integer NUM_CBR        = 16,
    parameter integer LOOKUP_WAYS    = 4,
    parameter integer LINK_RATE      = 353207,
    parameter integer AXI_DATA_W     = 64,
    parameter integer RD_OUTSTANDING = 16,
    parameter integer MAX_BURST      = 16,
    parameter integer MEM_BYTES      = 4194304,
    parameter integer HM_WORD_W      = 512,       // host_mem's word: one backdoor access
    parameter integer CAP_BEATS      = 1024
);
`include "vcnic_defs.vh"
`include "vcnic_dma_defs.vh"
`include "vcnic_dma_layout.vh"
    localparam integer VC_W     = (NUM_VC > 1) ? $clog2(NUM_VC) : 1;
    localparam integer KEEP_W   = DATA_W / 8;
    localparam integer SLOT     = (53 + KEEP_W - 1) / KEEP_W;
    localparam integer MAXV     = 1024;
    localparam integer AXI_ID_W = 4;
    localparam integer WB       = HM_WORD_W / 8;       // bytes per host memory word
    localparam integer W64      = HM_WORD_W / 64;      // 64-bit pieces per word
    localparam [11:0]  DMA      = 12'h800;
    // host memory layout (byte offsets from HM_BASE): rings, then the buffers
    localparam [63:0]  HM_BASE  = 64'h0000_0001_0000_0000;   // above 4 GiB: 64-bit addresses
    localparam [63:0]  TXR_OFF  = 64'h00000;          // TX ring (16 B a descriptor)
    localparam [63:0]  TXCQ_OFF = 64'h10000;          // TX CQ (8 B)
    localparam [63:0]  RXF_OFF  = 64'h20000;          // free-buffer ring (8 B)
    localparam [63:0]  RXCQ_OFF = 64'h30000;          // RX CQ (16 B)
    localparam [63:0]  TXB_OFF  = 64'h40000;          // TX buffers, one per ring slot
    localparam integer TXB_STRIDE = 9216;             // >= max SDU, a multiple of WB

    // ------------------------------------------------------------------ clock, reset
    reg clk = 1'b0;
    reg rst = 1'b1;
    always #5 clk = ~clk;
    reg [63:0] cyc = 64'd0;
    always @(posedge clk) cyc <= cyc + 64'd1;

    // ------------------------------------------------------------------ NIC and host memory
    reg         s_axil_awvalid = 1'b0, s_axil_wvalid = 1'b0, s_axil_bready = 1'b0;
    reg         s_axil_arvalid = 1'b0, s_axil_rready = 1'b0;
    reg  [11:0] s_axil_awaddr = 12'd0, s_axil_araddr = 12'd0;
    reg  [31:0] s_axil_wdata = 32'd0;
    wire        s_axil_awready, s_axil_wready, s_axil_bvalid, s_axil_arready, s_axil_rvalid;
    wire [1:0]  s_axil_bresp, s_axil_rresp;
    wire [31:0] s_axil_rdata;

    wire [AXI_ID_W-1:0]     m_axi_awid, m_axi_bid, m_axi_arid, m_axi_rid;
    wire [63:0]             m_axi_awaddr, m_axi_araddr;
    wire [7:0]              m_axi_awlen, m_axi_arlen;
    wire [2:0]              m_axi_awsize, m_axi_arsize, m_axi_awprot, m_axi_arprot;
    wire [1:0]              m_axi_awburst, m_axi_arburst, m_axi_bresp, m_axi_rresp;
    wire                    m_axi_awlock, m_axi_arlock;
    wire [3:0]              m_axi_awcache, m_axi_arcache;
    wire                    m_axi_awvalid, m_axi_awready, m_axi_wlast, m_axi_wvalid, m_axi_wready;
    wire                    m_axi_bvalid, m_axi_bready, m_axi_arvalid, m_axi_arready;
    wire                    m_axi_rlast, m_axi_rvalid, m_axi_rready;
    wire [AXI_DATA_W-1:0]   m_axi_wdata, m_axi_rdata;
    wire [AXI_DATA_W/8-1:0] m_axi_wstrb;

    wire [DATA_W-1:0] ltx_tdata;
    wire [KEEP_W-1:0] ltx_tkeep;
    wire              ltx_tvalid, ltx_tlast;
    reg               ltx_tready = 1'b1;
    reg  [DATA_W-1:0] lrx_tdata = {DATA_W{1'b0}};
    reg  [KEEP_W-1:0] lrx_tkeep = {KEEP_W{1'b0}};
    reg               lrx_tvalid = 1'b0, lrx_tlast = 1'b0;
    wire              lrx_tready;
    wire [3:0]        irq;

    vcnic_nic #(
        .NUM_VC(NUM_VC), .DATA_W(DATA_W), .TX_BUF_CELLS(TX_BUF_CELLS),
        .RX_BUF_CELLS(RX_BUF_CELLS), .NUM_CBR(NUM_CBR), .LOOKUP_WAYS(LOOKUP_WAYS),
        .LINK_RATE(LINK_RATE), .AXI_DATA_W(AXI_DATA_W), .AXI_ID_W(AXI_ID_W),
        .MAX_BURST(MAX_BURST), .RD_OUTSTANDING(RD_OUTSTANDING)
    ) u_nic (
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
        .m_axi_awid(m_axi_awid), .m_axi_awaddr(m_axi_awaddr), .m_axi_awlen(m_axi_awlen),
        .m_axi_awsize(m_axi_awsize), .m_axi_awburst(m_axi_awburst),
        .m_axi_awlock(m_axi_awlock), .m_axi_awcache(m_axi_awcache),
        .m_axi_awprot(m_axi_awprot), .m_axi_awvalid(m_axi_awvalid),
        .m_axi_awready(m_axi_awready),
        .m_axi_wdata(m_axi_wdata), .m_axi_wstrb(m_axi_wstrb), .m_axi_wlast(m_axi_wlast),
        .m_axi_wvalid(m_axi_wvalid), .m_axi_wready(m_axi_wready),
        .m_axi_bid(m_axi_bid), .m_axi_bresp(m_axi_bresp), .m_axi_bvalid(m_axi_bvalid),
        .m_axi_bready(m_axi_bready),
        .m_axi_arid(m_axi_arid), .m_axi_araddr(m_axi_araddr), .m_axi_arlen(m_axi_arlen),
        .m_axi_arsize(m_axi_arsize), .m_axi_arburst(m_axi_arburst),
        .m_axi_arlock(m_axi_arlock), .m_axi_arcache(m_axi_arcache),
        .m_axi_arprot(m_axi_arprot), .m_axi_arvalid(m_axi_arvalid),
        .m_axi_arready(m_axi_arready),
        .m_axi_rid(m_axi_rid), .m_axi_rdata(m_axi_rdata), .m_axi_rresp(m_axi_rresp),
        .m_axi_rlast(m_axi_rlast), .m_axi_rvalid(m_axi_rvalid), .m_axi_rready(m_axi_rready),
        .m_axis_line_tx_tdata(ltx_tdata), .m_axis_line_tx_tkeep(ltx_tkeep),
        .m_axis_line_tx_tvalid(ltx_tvalid), .m_axis_line_tx_tready(ltx_tready),
        .m_axis_line_tx_tlast(ltx_tlast),
        .s_axis_line_rx_tdata(lrx_tdata), .s_axis_line_rx_tkeep(lrx_tkeep),
        .s_axis_line_rx_tvalid(lrx_tvalid), .s_axis_line_rx_tready(lrx_tready),
        .s_axis_line_rx_tlast(lrx_tlast),
        .irq(irq)
    );

    // ------------------------------------------------------------------ host memory
    // rtl/tb/host_mem.v (AXI4 slave; read latency knob) and the driver's backdoor into its
    // array: the only lines that know host_mem's internals.
    host_mem #(
        .DATA_W(AXI_DATA_W), .ADDR_W(64), .ID_W(AXI_ID_W), .HOST_BASE(HM_BASE),
        .HOST_SIZE(MEM_BYTES), .WORD_W(HM_WORD_W)
    ) u_mem (
        .clk(clk), .rst(rst),
        .s_axi_awid(m_axi_awid), .s_axi_awaddr(m_axi_awaddr), .s_axi_awlen(m_axi_awlen),
        .s_axi_awsize(m_axi_awsize), .s_axi_awburst(m_axi_awburst),
        .s_axi_awvalid(m_axi_awvalid), .s_axi_awready(m_axi_awready),
        .s_axi_wdata(m_axi_wdata), .s_axi_wstrb(m_axi_wstrb), .s_axi_wlast(m_axi_wlast),
        .s_axi_wvalid(m_axi_wvalid), .s_axi_wready(m_axi_wready),
        .s_axi_bid(m_axi_bid), .s_axi_bresp(m_axi_bresp), .s_axi_bvalid(m_axi_bvalid),
        .s_axi_bready(m_axi_bready),
        .s_axi_arid(m_axi_arid), .s_axi_araddr(m_axi_araddr), .s_axi_arlen(m_axi_arlen),
        .s_axi_arsize(m_axi_arsize), .s_axi_arburst(m_axi_arburst),
        .s_axi_arvalid(m_axi_arvalid), .s_axi_arready(m_axi_arready),
        .s_axi_rid(m_axi_rid), .s_axi_rdata(m_axi_rdata), .s_axi_rresp(m_axi_rresp),
        .s_axi_rlast(m_axi_rlast), .s_axi_rvalid(m_axi_rvalid), .s_axi_rready(m_axi_rready)
    );

    function [HM_WORD_W-1:0] hm_word_rd(input [63:0] idx);
        hm_word_rd = u_mem.mem[idx];
    endfunction

    task hm_word_wr(input [63:0] idx, input [HM_WORD_W-1:0] w);
        u_mem.mem[idx] = w;
    endtask

    // a fixed read latency (cycles from AR to the first R beat)
    task hm_set_latency(input integer c);
        begin
            u_mem.rd_lat_min = c;
            u_mem.rd_lat_max = c;
        end
    endtask

    // the line beats that really move (in loopback the core's line RX takes them)
    wire line_beat = ltx_tvalid && u_nic.u_core.ltx_tready;
    wire lrx_beat  = lrx_tvalid && lrx_tready;
    // the core's host TX (DMA -> core): the TX window closes when its last frame is in
    wire core_tx_last = u_nic.u_core.s_axis_tx_tvalid && u_nic.u_core.s_axis_tx_tready
                        && u_nic.u_core.s_axis_tx_tlast;

    // ------------------------------------------------------------------ settings
    integer mode = 0;            // 0 loop, 1 util
    integer nvc = 16, nframes = 2000, fixed_len = -1, maxlen = 9180;
    integer seed = 1, warm = 200, errors = 0, lat = 10, rlog2 = 8, batch = 16, window = -1;
    integer bufsize = 2048, poll = 64;
    reg [63:0] last_reap = 64'd0;
    reg [63:0] max_cycles = 64'd50000000;
    reg [63:0] stall_cycles = 64'd200000;
    reg [8*8-1:0] mode_s;
    reg [1:0] last_resp;

`include "bench_common.vh"

    // ------------------------------------------------------------------ host memory backdoor
    // The driver's CPU access to its RAM: 64-bit little-endian words, no bus, no time.
    function [63:0] hm_rd64(input [63:0] addr);
        reg [63:0] off;
        reg [HM_WORD_W-1:0] w;
        begin
            off = addr - HM_BASE;
            w = hm_word_rd(off / WB);
            hm_rd64 = w[64 * ((off % WB) / 8) +: 64];
        end
    endfunction

    task hm_wr64(input [63:0] addr, input [63:0] data);
        reg [63:0] off;
        reg [HM_WORD_W-1:0] w;
        begin
            off = addr - HM_BASE;
            w = hm_word_rd(off / WB);
            w[64 * ((off % WB) / 8) +: 64] = data;
            hm_word_wr(off / WB, w);
        end
    endtask

    // ------------------------------------------------------------------ driver state
    integer    ring_n;                       // entries per ring (2^rlog2)
    reg [15:0] tx_prod = 16'd0, txcq_head = 16'd0, rxf_prod = 16'd0, rxcq_head = 16'd0;
    reg [15:0] rxb_next = 16'd0;             // free-buffer index the next RX PDU must start at
    integer    sent = 0, gen_cells = 0, gen_bytes = 0, txc_n = 0, txc_bad = 0;
    integer    rx_frames = 0, rx_bytes = 0, rx_bad = 0, rx_bufs = 0;
    integer    db_tx = 0, db_txcq = 0, db_rxf = 0, db_rxcq = 0;
    integer    tx_k [0:MAXV-1];              // frames posted per VC
    integer    txc_k [0:MAXV-1];             // TX completions per VC
    integer    rx_k [0:MAXV-1];              // PDUs received per VC
    integer    i, q, n, posted_now;

    function [63:0] txb_addr(input integer slot);
        txb_addr = HM_BASE + TXB_OFF + slot * TXB_STRIDE;
    endfunction

    function [63:0] rxb_addr(input integer slot);
        rxb_addr = HM_BASE + TXB_OFF + ring_n * TXB_STRIDE + slot * bufsize;
    endfunction

    // Post one frame: its bytes into the slot's buffer, its descriptor into the TX ring.
    task post_frame;
        integer vc, len, slot, w;
        reg [31:0] h, x;
        reg [63:0] a, d1;
        reg [HM_WORD_W-1:0] acc;
        begin
            vc = sent % nvc;
            h = frame_key(vc, tx_k[vc]);
            len = frame_len(h);
            tx_k[vc] = tx_k[vc] + 1;
            slot = tx_prod & (ring_n - 1);
            a = txb_addr(slot);
            // the bytes, a whole memory word (WB bytes) per backdoor access
            x = frame_seed(h);
            acc = {HM_WORD_W{1'b0}};
            for (w = 0; w < (len + 7) / 8; w = w + 1) begin
                acc[64 * (w % W64) +: 64] = {xs32(x), x};
                x = xs32(xs32(x));
                if (w % W64 == W64 - 1 || w == (len + 7) / 8 - 1) begin
                    hm_word_wr((a - HM_BASE) / WB + w / W64, acc);
                    acc = {HM_WORD_W{1'b0}};
                end
            end
            d1 = 64'd0;
            d1[TXD_LENGTH_LSB-64 +: TXD_LENGTH_W] = len;
            d1[TXD_VC_LSB-64 +: TXD_VC_W] = vc;
            d1[TXD_UU_LSB-64 +: TXD_UU_W] = frame_uu(h);
            hm_wr64(HM_BASE + TXR_OFF + slot * TXD_BYTES, a);
            hm_wr64(HM_BASE + TXR_OFF + slot * TXD_BYTES + 8, d1);
            tx_prod = tx_prod + 16'd1;
            sent = sent + 1;
            gen_cells = gen_cells + cells_for(len);
            gen_bytes = gen_bytes + len;
        end
    endtask

    // Reap the TX CQ by phase bit; returns the entries taken.
    task reap_txc(output integer got);
        reg [63:0] e;
        integer vc;
        begin
            got = 0;
            e = hm_rd64(HM_BASE + TXCQ_OFF + (txcq_head & (ring_n - 1)) * TXC_BYTES);
            while (e[TXC_PHASE_LSB] == ~txcq_head[rlog2]) begin
                vc = e[TXC_VC_LSB +: TXC_VC_W];
                if (vc >= nvc || txc_k[vc] >= tx_k[vc]
                    || e[TXC_STATUS_LSB +: TXC_STATUS_W] != TX_STATUS_TX_OK) begin
                    txc_bad = txc_bad + 1;
                    if (txc_bad <= 5)
                        $display("BENCH_ERROR txc vc=%0d status=%0d entry=%0d", vc,
                                 e[TXC_STATUS_LSB +: TXC_STATUS_W], txcq_head);
                end
                if (vc < MAXV) txc_k[vc] = txc_k[vc] + 1;
                txc_n = txc_n + 1;
                txcq_head = txcq_head + 16'd1;
                got = got + 1;
                e = hm_rd64(HM_BASE + TXCQ_OFF + (txcq_head & (ring_n - 1)) * TXC_BYTES);
            end
        end
    endtask

    task rx_error(input [8*24-1:0] what, input integer vc, input integer len);
        begin
            rx_bad = rx_bad + 1;
            if (rx_bad <= 5)
                $display("BENCH_ERROR rx %0s vc=%0d frame=%0d len=%0d entry=%0d", what, vc,
                         (vc < MAXV) ? rx_k[vc] : -1, len, rxcq_head);
        end
    endtask

    // Reap the RX CQ by phase bit: check each PDU against the traffic (length, status,
    // core status, UU, buffers, every byte); the buffers go back to the free ring.
    task reap_rxc(output integer got);
        reg [63:0] e0, e1, got_w, exp_w, mask;
        reg [HM_WORD_W-1:0] word;
        reg [31:0] h, x;
        integer vc, len, nb, bi, w, bad;
        begin
            got = 0;
            e0 = hm_rd64(HM_BASE + RXCQ_OFF + (rxcq_head & (ring_n - 1)) * RXC_BYTES);
            while (e0[RXC_PHASE_LSB] == ~rxcq_head[rlog2]) begin
                e1 = hm_rd64(HM_BASE + RXCQ_OFF + (rxcq_head & (ring_n - 1)) * RXC_BYTES + 8);
                vc = e0[RXC_VC_LSB +: RXC_VC_W];
                len = e0[RXC_LENGTH_LSB +: RXC_LENGTH_W];
                nb = e1[RXC_NBUFS_LSB-64 +: RXC_NBUFS_W];
                bi = e1[RXC_BUF_INDEX_LSB-64 +: RXC_BUF_INDEX_W];
                if (vc >= nvc) begin
                    rx_error("vc", vc, len);
                end else begin
                    h = frame_key(vc, rx_k[vc]);
                    if (e0[RXC_STATUS_LSB +: RXC_STATUS_W] != RX_STATUS_RX_OK
                        || e0[RXC_CORE_STATUS_LSB +: RXC_CORE_STATUS_W] != RX_STATUS_RX_OK)
                        rx_error("status", vc, len);
                    else if (len != frame_len(h)) rx_error("length", vc, len);
                    else if (e1[RXC_UU_LSB-64 +: RXC_UU_W] != frame_uu(h)) rx_error("uu", vc, len);
                    else if (bi != rxb_next || nb != (len + bufsize - 1) / bufsize)
                        rx_error("buffers", vc, len);
                    else begin
                        x = frame_seed(h);
                        bad = 0;
                        for (w = 0; w < (len + 7) / 8; w = w + 1) begin
                            if (w % W64 == 0)   // a whole memory word per backdoor access
                                word = hm_word_rd((rxb_addr((bi + (8 * w) / bufsize)
                                                            & (ring_n - 1))
                                                   + (8 * w) % bufsize - HM_BASE) / WB);
                            got_w = word[64 * (w % W64) +: 64];
                            exp_w = {xs32(x), x};
                            x = xs32(xs32(x));
                            mask = (len - 8 * w >= 8) ? 64'hFFFFFFFF_FFFFFFFF
                                                      : ~(64'hFFFFFFFF_FFFFFFFF << (8 * (len - 8 * w)));
                            if (((got_w ^ exp_w) & mask) != 64'd0) bad = 1;
                        end
                        if (bad) rx_error("data", vc, len);
                    end
                    rx_k[vc] = rx_k[vc] + 1;
                end
                rx_frames = rx_frames + 1;
                rx_bytes = rx_bytes + len;
                // give the buffers back (ring index j always holds buffer slot j mod ring)
                rxb_next = bi + nb;
                rx_bufs = rx_bufs + nb;
                rxcq_head = rxcq_head + 16'd1;
                got = got + 1;
                e0 = hm_rd64(HM_BASE + RXCQ_OFF + (rxcq_head & (ring_n - 1)) * RXC_BYTES);
            end
        end
    endtask

    // Repost every buffer the NIC has given back (one RXF_PROD doorbell).
    task replenish;
        reg [15:0] target;
        begin
            target = rxb_next + ring_n[15:0];
            if (rxf_prod != target) begin
                while (rxf_prod != target) begin
                    hm_wr64(HM_BASE + RXF_OFF + (rxf_prod & (ring_n - 1)) * RXB_BYTES,
                            rxb_addr(rxf_prod & (ring_n - 1)));
                    rxf_prod = rxf_prod + 16'd1;
                end
                axil_wr(DMA | DMA_ADDR_RXF_PROD, rxf_prod);
                db_rxf = db_rxf + 1;
            end
        end
    endtask

    // One pass of the driver: post a batch (one doorbell); every `poll` cycles reap both
    // CQs (one head doorbell each) and replenish. `moved` says whether anything happened.
    task driver_pass(input integer tx_on, output integer moved);
        integer got;
        begin
            moved = 0;
            posted_now = 0;
            while (tx_on && sent < nframes && (sent - txc_n) < window && posted_now < batch) begin
                post_frame;
                posted_now = posted_now + 1;
            end
            if (posted_now != 0) begin
                axil_wr(DMA | DMA_ADDR_TX_PROD, tx_prod);
                db_tx = db_tx + 1;
                moved = 1;
            end
            if (cyc - last_reap >= poll) begin
                last_reap = cyc;
                reap_txc(got);
                if (got != 0) begin
                    axil_wr(DMA | DMA_ADDR_TXCQ_HEAD, txcq_head);
                    db_txcq = db_txcq + 1;
                    moved = 1;
                end
                reap_rxc(got);
                if (got != 0) begin
                    axil_wr(DMA | DMA_ADDR_RXCQ_HEAD, rxcq_head);
                    db_rxcq = db_rxcq + 1;
                    replenish;
                    moved = 1;
                end
            end
        end
    endtask

    // ------------------------------------------------------------------ progress watchdog
    reg [63:0] last_move = 64'd0;
    always @(posedge clk)
        if (line_beat || lrx_beat || m_axi_rvalid || m_axi_wvalid) last_move <= cyc;
    wire stalled = (cyc - last_move) > stall_cycles;

    // ------------------------------------------------------------------ line measurement
    integer     line_cells = 0, lrx_cells = 0, core_tx_frames = 0;
    reg  [63:0] line_beats = 64'd0, first_beat_cyc = 64'd0, last_beat_cyc = 64'd0;
    reg  [63:0] win_open_cyc = 64'd0, win_close_cyc = 64'd0, win_beats = 64'd0;
    reg         win_open = 1'b0, win_closed = 1'b0, in_cell = 1'b0, measure = 1'b0;
    always @(posedge clk) begin
        if (core_tx_last) core_tx_frames = core_tx_frames + 1;
        if (measure && line_beat) begin
            if (line_beats == 0) first_beat_cyc <= cyc;
            last_beat_cyc <= cyc;
            line_beats <= line_beats + 64'd1;
            in_cell <= !ltx_tlast;
            if (!in_cell) line_cells = line_cells + 1;
        end
        if (measure && !win_open && line_cells >= warm) begin
            win_open <= 1'b1;
            win_open_cyc <= cyc;
        end
        if (win_open && !win_closed) begin
            if (line_beat) win_beats <= win_beats + 64'd1;
            if (core_tx_frames >= nframes) begin
                win_closed <= 1'b1;
                win_close_cyc <= cyc;
            end
        end
        if (lrx_beat && lrx_tlast) lrx_cells = lrx_cells + 1;
    end

    // ------------------------------------------------------------------ host memory reads
    // read bursts in flight per engine (ID top bit: 0 TX, 1 RX): the most seen, and the
    // sum over cycles (mean = sum / cycles) while measuring
    integer     rd_fl_tx = 0, rd_fl_rx = 0, rd_max_tx = 0, rd_max_rx = 0;
    reg  [63:0] rd_fl_sum = 64'd0, rd_bursts = 64'd0;
    always @(posedge clk) begin
        if (m_axi_arvalid && m_axi_arready) begin
            if (m_axi_arid[AXI_ID_W-1]) rd_fl_rx = rd_fl_rx + 1;
            else rd_fl_tx = rd_fl_tx + 1;
            if (measure) rd_bursts <= rd_bursts + 64'd1;
        end
        if (m_axi_rvalid && m_axi_rready && m_axi_rlast) begin
            if (m_axi_rid[AXI_ID_W-1]) rd_fl_rx = rd_fl_rx - 1;
            else rd_fl_tx = rd_fl_tx - 1;
        end
        if (rd_fl_tx > rd_max_tx) rd_max_tx = rd_fl_tx;
        if (rd_fl_rx > rd_max_rx) rd_max_rx = rd_fl_rx;
        if (measure) rd_fl_sum <= rd_fl_sum + rd_fl_tx;
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
    reg [31:0] v;
    reg [63:0] t0, t1, traffic_start;
    integer    n_ok, exp_rx, moved, idle_since;
    reg [31:0] c_cells_tx, c_cells_rx, c_pdus_tx, c_pdus_rx, c_hec, c_crc, c_len_e, c_nobuf,
               c_drop, c_unknown;
    reg [31:0] d_tx_frames, d_bad_desc, d_tx_err, d_rx_in, d_rx_nobuf, d_rx_err, d_db_err,
               d_status;

    // Run the driver until `cond` (re-evaluated by the caller's loop): see the phases below.
    task ring_setup;
        begin
            // rings and completion queues zeroed, then every free buffer posted
            for (i = 0; i < ring_n; i = i + 1) begin
                hm_wr64(HM_BASE + TXCQ_OFF + i * TXC_BYTES, 64'd0);
                hm_wr64(HM_BASE + RXCQ_OFF + i * RXC_BYTES, 64'd0);
                hm_wr64(HM_BASE + RXCQ_OFF + i * RXC_BYTES + 8, 64'd0);
            end
            axil_wr(DMA | DMA_ADDR_TX_RING_BASE_LO, HM_BASE + TXR_OFF);
            axil_wr(DMA | DMA_ADDR_TX_RING_BASE_HI, (HM_BASE + TXR_OFF) >> 32);
            axil_wr(DMA | DMA_ADDR_TX_RING_SIZE, rlog2);
            axil_wr(DMA | DMA_ADDR_TXCQ_BASE_LO, HM_BASE + TXCQ_OFF);
            axil_wr(DMA | DMA_ADDR_TXCQ_BASE_HI, (HM_BASE + TXCQ_OFF) >> 32);
            axil_wr(DMA | DMA_ADDR_TXCQ_SIZE, rlog2);
            axil_wr(DMA | DMA_ADDR_RXF_BASE_LO, HM_BASE + RXF_OFF);
            axil_wr(DMA | DMA_ADDR_RXF_BASE_HI, (HM_BASE + RXF_OFF) >> 32);
            axil_wr(DMA | DMA_ADDR_RXF_SIZE, rlog2);
            axil_wr(DMA | DMA_ADDR_RX_BUF_SIZE, bufsize);
            axil_wr(DMA | DMA_ADDR_RXCQ_BASE_LO, HM_BASE + RXCQ_OFF);
            axil_wr(DMA | DMA_ADDR_RXCQ_BASE_HI, (HM_BASE + RXCQ_OFF) >> 32);
            axil_wr(DMA | DMA_ADDR_RXCQ_SIZE, rlog2);
            axil_wr(DMA | DMA_ADDR_DMA_CTRL, 32'h3);           // tx_enable, rx_enable
            replenish;
        end
    endtask

    initial begin
        if ($value$plusargs("mode=%s", mode_s)) mode = (mode_s == "util") ? 1 : 0;
        if ($value$plusargs("vcs=%d", nvc)) ;
        if ($value$plusargs("frames=%d", nframes)) ;
        if ($value$plusargs("len=%d", fixed_len)) ;
        if ($value$plusargs("maxlen=%d", maxlen)) ;
        if ($value$plusargs("seed=%d", seed)) ;
        if ($value$plusargs("warm=%d", warm)) ;
        if ($value$plusargs("lat=%d", lat)) ;
        if ($value$plusargs("ring=%d", rlog2)) ;
        if ($value$plusargs("batch=%d", batch)) ;
        if ($value$plusargs("window=%d", window)) ;
        if ($value$plusargs("bufsize=%d", bufsize)) ;
        if ($value$plusargs("poll=%d", poll)) ;
        if ($value$plusargs("max_cycles=%d", max_cycles)) ;
        if ($value$plusargs("stall=%d", stall_cycles)) ;
        if (nvc > NUM_VC) nvc = NUM_VC;
        if (nvc > MAXV) nvc = MAXV;
        if (maxlen > TXB_STRIDE) maxlen = TXB_STRIDE;
        ring_n = 1 << rlog2;
        if (window < 0 || window > ring_n) window = ring_n;
        if (batch < 1) batch = 1;
        if (TXB_OFF + ring_n * (TXB_STRIDE + bufsize) > MEM_BYTES) begin
            $display("BENCH_ERROR host memory of %0d bytes too small for %0d-entry rings",
                     MEM_BYTES, ring_n);
            $display("BENCH result=FAIL errors=1 total_cycles=0");
            $finish;
        end
        for (i = 0; i < MAXV; i = i + 1) begin
            tx_k[i] = 0;
            txc_k[i] = 0;
            rx_k[i] = 0;
        end
        repeat (8) @(posedge clk);
        rst <= 1'b0;
        repeat (2) @(posedge clk);
        hm_set_latency(lat);   // not at time 0: host_mem's own initialisers run then

        // -------- the core: CTRL, then ACTIVATE every VC
        axil_wr(ADDR_CTRL, 32'h11 | ((mode == 0) ? 32'h2 : 32'h0)); // enable, hec_correct, loopback?
        t0 = cyc;
        n_ok = 0;
        for (i = 0; i < nvc; i = i + 1) begin
            vc_cmd(VC_OPCODE_ACTIVATE, i, 32 + i,
                   {12'd0, 1'b0, 1'b0, 1'b1, 1'b1, SERVICE_UBR, AAL_TYPE_AAL5}, 9180, 32'd0, res);
            if (res == VC_RESULT_OK) n_ok = n_ok + 1;
            else begin
                errors = errors + 1;
                if (errors <= 5) $display("BENCH_ERROR activate vc=%0d result=%0d", i, res);
            end
        end
        t1 = cyc;
        $display("BENCH phase=activate vcs=%0d ok=%0d cycles=%0d", nvc, n_ok, t1 - t0);
        ring_setup;

        // -------- traffic: loop (TX and RX at once) or util phase 1 (TX alone, captured)
        capture = (mode == 1);
        measure = 1'b1;
        mark(1);
        traffic_start = cyc;
        exp_rx = (mode == 0) ? nframes : 0;
        last_move = cyc;
        while (!(sent == nframes && txc_n == nframes && rx_frames >= exp_rx)
               && (cyc - traffic_start) < max_cycles && !stalled) begin
            driver_pass(1, moved);
            if (!moved) @(posedge clk);
        end
        mark(2);
        if ((cyc - traffic_start) >= max_cycles || stalled) begin
            errors = errors + 1;
            $display("BENCH_ERROR %0s sent=%0d txc=%0d rx=%0d of %0d",
                     stalled ? "stalled" : "timeout", sent, txc_n, rx_frames, nframes);
        end
        repeat (4 * SLOT) @(posedge clk);
        measure = 1'b0;
        $display("BENCH phase=traffic mode=%0s frames=%0d cells=%0d bytes=%0d cycles=%0d line_beats=%0d line_cells=%0d first_beat=%0d last_beat=%0d win_cycles=%0d win_beats=%0d slot=%0d rx_frames=%0d rx_bytes=%0d txc=%0d lat=%0d batch=%0d window=%0d ring=%0d doorbells_tx=%0d doorbells_txcq=%0d doorbells_rxf=%0d doorbells_rxcq=%0d rd_bursts=%0d rd_max_tx=%0d rd_max_rx=%0d rd_inflight_sum_tx=%0d",
                 (mode == 0) ? "loop" : "util", sent, gen_cells, gen_bytes,
                 cyc - traffic_start, line_beats, line_cells,
                 (line_beats == 0) ? 64'd0 : first_beat_cyc - traffic_start,
                 (line_beats == 0) ? 64'd0 : last_beat_cyc - traffic_start,
                 win_close_cyc - win_open_cyc, win_beats, SLOT,
                 rx_frames, rx_bytes, txc_n, lat, batch, window, ring_n, db_tx, db_txcq,
                 db_rxf, db_rxcq, rd_bursts, rd_max_tx, rd_max_rx, rd_fl_sum);

        // -------- util phase 2: the captured line replayed into line RX back to back,
        // every PDU through the RX DMA into host buffers
        if (mode == 1) begin
            capture = 1'b0;
            if (cap_n >= CAP_BEATS) begin
                errors = errors + 1;
                $display("BENCH_ERROR capture full (%0d beats): fewer frames", CAP_BEATS);
            end
            axil_wr(ADDR_CTRL, 32'h11);
            for (i = 0; i < MAXV; i = i + 1) rx_k[i] = 0;
            @(posedge clk);
            mark(3);
            rp_start_cyc = cyc;
            replay = 1'b1;
            last_move = cyc;
            while (!(rx_frames >= nframes && rp >= cap_n && !lrx_tvalid)
                   && (cyc - rp_start_cyc) < max_cycles && !stalled) begin
                driver_pass(0, moved);
                if (!moved) @(posedge clk);
            end
            mark(4);
            if ((cyc - rp_start_cyc) >= max_cycles || stalled) begin
                errors = errors + 1;
                $display("BENCH_ERROR rx %0s rx=%0d of %0d", stalled ? "stalled" : "timeout",
                         rx_frames, nframes);
            end
            $display("BENCH phase=rx beats=%0d stalls=%0d cycles=%0d replay_cycles=%0d cells=%0d rx_frames=%0d rx_bytes=%0d rx_bufs=%0d doorbells_rxf=%0d doorbells_rxcq=%0d",
                     rp_beats, rp_stalls, cyc - rp_start_cyc, rp_end_cyc - rp_start_cyc,
                     lrx_cells, rx_frames, rx_bytes, rx_bufs, db_rxf, db_rxcq);
        end

        // -------- counters: the core's and the DMA's
        axil_rd(ADDR_CTRL, v);
        axil_wr(ADDR_CTRL, v | 32'h8);
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
        axil_rd(DMA | DMA_ADDR_TX_FRAMES, d_tx_frames);
        axil_rd(DMA | DMA_ADDR_TX_BAD_DESC, d_bad_desc);
        axil_rd(DMA | DMA_ADDR_TX_DMA_ERRORS, d_tx_err);
        axil_rd(DMA | DMA_ADDR_RX_PDUS_IN, d_rx_in);
        axil_rd(DMA | DMA_ADDR_RX_NO_BUFFER, d_rx_nobuf);
        axil_rd(DMA | DMA_ADDR_RX_DMA_ERRORS, d_rx_err);
        axil_rd(DMA | DMA_ADDR_DOORBELL_ERRORS, d_db_err);
        axil_rd(DMA | DMA_ADDR_DMA_STATUS, d_status);
        $display("BENCH phase=counters cells_tx=%0d cells_rx=%0d pdus_tx=%0d pdus_rx=%0d hec_discarded=%0d crc_errors=%0d len_errors=%0d no_buffer=%0d tx_dropped=%0d unknown_vc=%0d",
                 c_cells_tx, c_cells_rx, c_pdus_tx, c_pdus_rx, c_hec, c_crc, c_len_e, c_nobuf,
                 c_drop, c_unknown);
        $display("BENCH phase=dma tx_frames=%0d tx_bad_desc=%0d tx_dma_errors=%0d rx_pdus_in=%0d rx_no_buffer=%0d rx_dma_errors=%0d doorbell_errors=%0d status=%0d",
                 d_tx_frames, d_bad_desc, d_tx_err, d_rx_in, d_rx_nobuf, d_rx_err, d_db_err,
                 d_status);
        if (c_cells_tx != gen_cells || c_pdus_tx != nframes || d_tx_frames != nframes) begin
            errors = errors + 1;
            $display("BENCH_ERROR counters: CELLS_TX %0d PDUS_TX %0d TX_FRAMES %0d, driver %0d cells %0d frames",
                     c_cells_tx, c_pdus_tx, d_tx_frames, gen_cells, nframes);
        end
        if (c_cells_rx != gen_cells || c_pdus_rx != nframes || d_rx_in != nframes) begin
            errors = errors + 1;
            $display("BENCH_ERROR counters: CELLS_RX %0d PDUS_RX %0d RX_PDUS_IN %0d, driver %0d cells %0d frames",
                     c_cells_rx, c_pdus_rx, d_rx_in, gen_cells, nframes);
        end
        if (c_hec || c_crc || c_len_e || c_nobuf || c_drop || c_unknown || d_bad_desc || d_tx_err
            || d_rx_nobuf || d_rx_err || d_db_err || d_status[3:2]) begin
            errors = errors + 1;
            $display("BENCH_ERROR error counters are not zero (or an engine halted)");
        end
        errors = errors + rx_bad + txc_bad;
        if (rx_frames != nframes) errors = errors + 1;
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
