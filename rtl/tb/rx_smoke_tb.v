// Pure-Verilog smoke and speed test of vcnic_rx (through vcnic_rx_wrap): NV VCs, PDUs of
// pseudo-random lengths built in HDL (CRC-32 from a byte table), cells interleaved
// round-robin and sent back to back at line rate, host RX always ready. Checks every byte,
// status and count, that s_line_tready never dropped, and reports simulated cycles.
// Run by tests/test_rx_unit.py::test_rx_smoke; by hand, from rtl/tb:
//   iverilog -g2012 -s rx_smoke_tb -P rx_smoke_tb.DATA_W=64 -f vcnic_rx_unit.f rx_smoke_tb.v
//   vvp -n a.out +cells=20000
`timescale 1ns/1ps
`default_nettype none
module rx_smoke_tb;
parameter integer NUM_VC       = 256;
parameter integer DATA_W       = 32;
parameter integer RX_BUF_CELLS = 1024;
parameter integer LOOKUP_WAYS  = 4;
parameter integer NV           = 16;      // VCs in use
localparam integer VC_W  = (NUM_VC > 1) ? $clog2(NUM_VC) : 1;
localparam integer KEEP_W = DATA_W / 8;
localparam integer BEATS = (53 + KEEP_W - 1) / KEEP_W;

`include "hec8.vh"

wire clk;
reg rst = 1'b1;
reg [DATA_W-1:0] s_tdata = 0;
reg [KEEP_W-1:0] s_tkeep = 0;
reg s_tvalid = 1'b0, s_tlast = 1'b0;
wire s_tready;
wire [DATA_W-1:0] m_tdata;
wire [KEEP_W-1:0] m_tkeep;
wire m_tvalid, m_tlast;
wire [VC_W-1:0] m_tdest;
wire [23:0] m_tuser;
reg cfg_we = 0; reg [VC_W-1:0] cfg_wvc = 0;
reg lk_valid = 0; reg [11:0] lk_vpi = 0; reg [15:0] lk_vci = 0; reg [VC_W-1:0] lk_vc = 0;
wire lk_done, close_done, pipe_idle;
wire [1:0] lk_status;
wire [31:0] cnt_cells_rx, cnt_pdus_rx, cnt_crc_errors, cnt_len_errors, n_line_stall;
wire [15:0] rx_free;

vcnic_rx_wrap #(.NUM_VC(NUM_VC), .DATA_W(DATA_W), .RX_BUF_CELLS(RX_BUF_CELLS),
                .LOOKUP_WAYS(LOOKUP_WAYS)) w (
    .clk(clk), .rst(rst), .enable(1'b1), .hec_correct(1'b1), .nni(1'b0),
    .s_line_tdata(s_tdata), .s_line_tkeep(s_tkeep), .s_line_tvalid(s_tvalid),
    .s_line_tready(s_tready), .s_line_tlast(s_tlast),
    .m_rx_tdata(m_tdata), .m_rx_tkeep(m_tkeep), .m_rx_tvalid(m_tvalid), .m_rx_tready(1'b1),
    .m_rx_tlast(m_tlast), .m_rx_tdest(m_tdest), .m_rx_tuser(m_tuser),
    .cfg_we(cfg_we), .cfg_wvc(cfg_wvc), .cfg_wstate(2'd1), .cfg_wrx_en(1'b1),
    .cfg_wrx_errored(1'b0), .cfg_wmax_sdu(16'd9180),
    .lk_valid(lk_valid), .lk_op(1'b0), .lk_vpi(lk_vpi), .lk_vci(lk_vci), .lk_vc(lk_vc),
    .lk_done(lk_done), .lk_status(lk_status),
    .close_valid(1'b0), .close_vc({VC_W{1'b0}}), .close_done(close_done),
    .clear_valid(1'b0), .clear_vc({VC_W{1'b0}}), .open_valid(1'b0), .open_vc({VC_W{1'b0}}),
    .query_vc({VC_W{1'b0}}),
    .q_cells(), .q_pdus(), .q_bytes(), .q_crc(), .q_length(), .q_oversize(), .q_no_buffer(),
    .q_aborted(), .q_last_status(),
    .cnt_cells_rx(cnt_cells_rx), .cnt_hec_corrected(), .cnt_hec_discarded(),
    .cnt_unknown_vc(), .cnt_pdus_rx(cnt_pdus_rx), .cnt_crc_errors(cnt_crc_errors),
    .cnt_len_errors(cnt_len_errors), .cnt_oversize(), .cnt_no_buffer(), .cnt_rx_aborted(),
    .cnt_bytes_rx(), .rx_free(rx_free),
    .n_ev_rx_pdu(), .n_ev_rx_error(), .n_ev_cell_drop(), .n_line_stall(n_line_stall),
    .pipe_idle(pipe_idle)
);

// byte-wise CRC-32 table (testbench only; the RTL uses XOR matrices)
reg [31:0] crc_tab [0:255];
integer ti, tb_;
reg [31:0] tr;
initial begin
    for (ti = 0; ti < 256; ti = ti + 1) begin
        tr = ti << 24;
        for (tb_ = 0; tb_ < 8; tb_ = tb_ + 1)
            tr = tr[31] ? ((tr << 1) ^ 32'h04C11DB7) : (tr << 1);
        crc_tab[ti] = tr;
    end
end

function [7:0] pat;   // byte o of PDU p on VC v
    input integer v, p, o;
    pat = (o * 7 + v * 13 + p * 5) & 8'hFF;
endfunction

function [15:0] len_of;  // SDU length of PDU p on VC v: 1..239 (Length 0 is an AAL5 abort)
    input integer v, p;
    len_of = (((v * 7919 + p * 104729) ^ (p << 3)) % 239) + 1;
endfunction

// ---- generator state per VC
integer tx_pdu [0:NV-1];
integer tx_off [0:NV-1];      // bytes of the CPCS-PDU sent so far
reg [31:0] tx_crc [0:NV-1];
integer rx_pdu [0:NV-1];
integer rx_off;
integer errors = 0;
integer pdus_sent = 0, pdus_rcvd = 0, cells_sent = 0;
integer ncells;

reg [8*53-1:0] cbuf;
task send_cell;
    input integer v;
    integer L, total, i, o, b;
    reg [31:0] hdr, crc;
    reg [7:0] by;
    begin
        L = len_of(v, tx_pdu[v]);
        total = ((L + 8 + 47) / 48) * 48;
        crc = tx_crc[v];
        for (i = 0; i < 48; i = i + 1) begin
            o = tx_off[v] + i;
            if (o < L) by = pat(v, tx_pdu[v], o);
            else if (o < total - 8) by = 8'h00;
            else if (o == total - 8) by = 8'h00;            // UU
            else if (o == total - 7) by = 8'h00;            // CPI
            else if (o == total - 6) by = L[15:8];
            else if (o == total - 5) by = L[7:0];
            else by = ~crc[31 - 8 * (o - (total - 4)) -: 8];
            cbuf[8 * (5 + i) +: 8] = by;
            if (o < total - 4)
                crc = (crc << 8) ^ crc_tab[crc[31:24] ^ by];
        end
        tx_off[v] = tx_off[v] + 48;
        hdr = {4'd0, 8'd1, v[15:0] + 16'd100, 2'b00, (tx_off[v] == total), 1'b0};
        cbuf[31:0] = {hdr[7:0], hdr[15:8], hdr[23:16], hdr[31:24]};
        cbuf[39:32] = hec8(hdr);
        if (tx_off[v] == total) begin
            tx_off[v] = 0;
            tx_pdu[v] = tx_pdu[v] + 1;
            tx_crc[v] = 32'hFFFFFFFF;
            pdus_sent = pdus_sent + 1;
        end else begin
            tx_crc[v] = crc;
        end
        for (b = 0; b < BEATS; b = b + 1) begin
            s_tdata <= cbuf[b * DATA_W +: DATA_W] & {DATA_W{1'b1}};
            s_tkeep <= (b == BEATS - 1) ? ({KEEP_W{1'b1}} >> (KEEP_W * BEATS - 53))
                                        : {KEEP_W{1'b1}};
            s_tlast <= (b == BEATS - 1);
            s_tvalid <= 1'b1;
            @(posedge clk);
            while (!s_tready) @(posedge clk);
        end
        cells_sent = cells_sent + 1;
    end
endtask

// ---- host RX checker
always @(posedge clk) begin
    if (!rst && m_tvalid) begin : chk
        integer v, k, L;
        v = m_tdest;
        L = len_of(v, rx_pdu[v]);
        for (k = 0; k < KEEP_W; k = k + 1) begin
            if (m_tkeep[k]) begin
                if (m_tdata[8 * k +: 8] !== pat(v, rx_pdu[v], rx_off)) begin
                    if (errors < 10)
                        $display("ERROR vc %0d pdu %0d byte %0d: %02x != %02x", v, rx_pdu[v],
                                 rx_off, m_tdata[8 * k +: 8], pat(v, rx_pdu[v], rx_off));
                    errors = errors + 1;
                end
                rx_off = rx_off + 1;
            end
        end
        if (m_tlast) begin
            if (rx_off != L || m_tuser[3:0] != 4'd0) begin
                if (errors < 10)
                    $display("ERROR vc %0d pdu %0d: %0d bytes (expected %0d) status %0d", v,
                             rx_pdu[v], rx_off, L, m_tuser[3:0]);
                errors = errors + 1;
            end
            rx_off = 0;
            rx_pdu[v] = rx_pdu[v] + 1;
            pdus_rcvd = pdus_rcvd + 1;
        end
    end
end

integer v, t0;
initial begin
    if (!$value$plusargs("cells=%d", ncells)) ncells = 2000;
    for (v = 0; v < NV; v = v + 1) begin
        tx_pdu[v] = 0; tx_off[v] = 0; tx_crc[v] = 32'hFFFFFFFF; rx_pdu[v] = 0;
    end
    rx_off = 0;
    repeat (4) @(posedge clk);
    rst <= 1'b0;
    repeat (NUM_VC + 8) @(posedge clk);
    for (v = 0; v < NV; v = v + 1) begin
        lk_vpi <= 12'd1; lk_vci <= v[15:0] + 16'd100; lk_vc <= v[VC_W-1:0]; lk_valid <= 1'b1;
        @(posedge clk);
        while (!lk_done) @(posedge clk);
        lk_valid <= 1'b0;
        cfg_wvc <= v[VC_W-1:0]; cfg_we <= 1'b1;
        @(posedge clk);
        cfg_we <= 1'b0;
    end
    t0 = $time;
    while (cells_sent < ncells)
        send_cell(cells_sent % NV);
    // finish every PDU in flight
    for (v = 0; v < NV; v = v + 1)
        while (tx_off[v] != 0) send_cell(v);
    s_tvalid <= 1'b0;
    repeat (2000) @(posedge clk);
    for (v = 0; v < NV; v = v + 1)
        if (tx_pdu[v] != rx_pdu[v]) $display("vc %0d: sent %0d received %0d", v, tx_pdu[v], rx_pdu[v]);
    $display("rx_smoke: DATA_W=%0d NUM_VC=%0d: %0d cells, %0d PDUs sent, %0d received, %0d cycles, line stalls %0d, errors %0d, rx_free %0d",
             DATA_W, NUM_VC, cells_sent, pdus_sent, pdus_rcvd, ($time - t0) / 10,
             n_line_stall, errors, rx_free);
    if (errors != 0 || pdus_rcvd != pdus_sent || n_line_stall != 0 || rx_free != RX_BUF_CELLS
            || cnt_pdus_rx != pdus_sent || cnt_cells_rx != cells_sent
            || cnt_crc_errors != 0 || cnt_len_errors != 0)
        $display("rx_smoke: FAIL");
    else
        $display("rx_smoke: PASS");
    $finish;
end

endmodule
`default_nettype wire
