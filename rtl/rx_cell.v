// rx_cell: line RX deserialiser and I.432 HEC receiver.
//
// Takes 53-byte cells at DATA_W (byte 0 in tdata[7:0] of the first beat), checks the frame
// is exactly one cell (ceil(53/KEEP_W) beats, every keep bit set but on the last beat, which
// carries the remaining bytes in its low lanes), runs the HEC state machine (CORRECTION /
// DETECTION, single-bit correction when hec_correct) and hands good cells on as {header word,
// 48-byte payload} through a one-entry output register. Malformed frames and HEC failures
// count in cnt_hec_discarded; idle/unassigned cells (VPI = 0, VCI = 0) are dropped uncounted;
// with enable = 0 a frame (judged at its first beat) is consumed and ignored.
//
// s_tready is low only on the beat that would complete a cell while the output register is
// still full, so back-to-back cells flow without a gap when the consumer keeps up.
`default_nettype none
module rx_cell #(
    parameter integer DATA_W = 32
) (
    input  wire                 clk,
    input  wire                 rst,
    input  wire                 enable,
    input  wire                 hec_correct,
    input  wire                 nni,
    input  wire [DATA_W-1:0]    s_tdata,
    input  wire [DATA_W/8-1:0]  s_tkeep,
    input  wire                 s_tvalid,
    output wire                 s_tready,
    input  wire                 s_tlast,
    // cell out: header word (corrected), payload byte i in m_pay[8i+7:8i]
    output reg                  m_valid,
    input  wire                 m_ready,
    output reg  [31:0]          m_hdr,
    output reg  [383:0]         m_pay,
    output reg  [31:0]          m_dcrc,        // crc32_pay384(m_pay): the payload's CRC part
    output reg  [31:0]          cnt_hec_corrected,
    output reg  [31:0]          cnt_hec_discarded,
    output reg                  ev_drop           // pulse: a cell was discarded (HEC/frame)
);
`include "hec8.vh"
`include "crc32_aal5.vh"

localparam integer KEEP_W = DATA_W / 8;
localparam integer BEATS = (53 + KEEP_W - 1) / KEEP_W;
localparam integer ASM_W = BEATS * DATA_W;
localparam integer LAST_BYTES = 53 - (BEATS - 1) * KEEP_W;
localparam integer HB = 39 / DATA_W;              // beat that completes the 5 header bytes
localparam [7:0] LAST_BEAT = BEATS[7:0] - 8'd1;
localparam [7:0] HDR_BEAT = HB[7:0];
localparam [KEEP_W-1:0] FULL_KEEP = {KEEP_W{1'b1}};
localparam [KEEP_W-1:0] LAST_KEEP = FULL_KEEP >> (KEEP_W - LAST_BYTES);

// Simulation speed: beats are written in place (no per-beat shifting of the whole cell),
// the header is captured once, and the HEC logic only sees that register, so it is
// evaluated once per cell, not once per beat.
reg  [ASM_W-DATA_W-1:0] asm_r;  // beats 0..BEATS-2 of the frame, beat b at b*DATA_W
reg  [39:0]      hdr_r;        // header bytes 0..4 as received (byte i at 8i)
reg  [7:0]       bcnt;         // beats of the current frame so far (saturating)
reg              frame_bad;
reg              frame_ign;
reg              mode_det;     // 0 = CORRECTION, 1 = DETECTION

wire at_last_pos = (bcnt == LAST_BEAT);
assign s_tready = !(at_last_pos && m_valid && !m_ready);
wire beat = s_tvalid && s_tready;

wire keep_ok = (bcnt < LAST_BEAT) ? (s_tkeep == FULL_KEEP && !s_tlast)
             : at_last_pos        ? (s_tkeep == LAST_KEEP && s_tlast)
             : 1'b0;
wire ign_now = (bcnt == 8'd0) ? !enable : frame_ign;
wire bad_now = frame_bad || !keep_ok;

// header bytes 0..4 as they stand after the header beat
wire [HB*DATA_W+DATA_W-1:0] hdr_cat;
generate
    if (HB == 0) begin : g_hdr1
        assign hdr_cat = s_tdata;
    end else begin : g_hdrn
        assign hdr_cat = {s_tdata, asm_r[HB*DATA_W-1:0]};
    end
endgenerate

wire _unused_ok = &{1'b0, hdr_cat, asm_r[39:0]};  // header bits are used through hdr_r

wire [31:0]  hdr_rx = {hdr_r[7:0], hdr_r[15:8], hdr_r[23:16], hdr_r[31:24]};
wire [7:0]   hec_rx = hdr_r[39:32];
wire [7:0]   syn    = hec8(hdr_rx) ^ hec_rx;
wire [6:0]   fix    = hec8_syn(syn);
wire         hec_ok = (syn == 8'd0);
wire         can_fix = hec_correct && !mode_det && fix[6];
wire [31:0]  hdr_fix = (fix[5] == 1'b0) ? (hdr_rx ^ (32'd1 << fix[4:0])) : hdr_rx;
wire [31:0]  hdr_out = hec_ok ? hdr_rx : hdr_fix;
wire [11:0]  vpi_out = nni ? hdr_out[31:20] : {4'd0, hdr_out[27:20]};
wire         idle_cell = (vpi_out == 12'd0) && (hdr_out[19:4] == 16'd0);

always @(posedge clk) begin
    if (rst) begin
        bcnt <= 8'd0;
        frame_bad <= 1'b0;
        frame_ign <= 1'b0;
        mode_det <= 1'b0;
        m_valid <= 1'b0;
        cnt_hec_corrected <= 32'd0;
        cnt_hec_discarded <= 32'd0;
        ev_drop <= 1'b0;
    end else begin
        ev_drop <= 1'b0;
        if (m_valid && m_ready)
            m_valid <= 1'b0;
        if (beat) begin
            if (bcnt < LAST_BEAT)
                asm_r[bcnt*DATA_W +: DATA_W] <= s_tdata;
            if (bcnt == HDR_BEAT)
                hdr_r <= hdr_cat[39:0];
            if (s_tlast) begin
                bcnt <= 8'd0;
                frame_bad <= 1'b0;
                frame_ign <= 1'b0;
                if (!ign_now) begin
                    if (bad_now) begin
                        cnt_hec_discarded <= cnt_hec_discarded + 32'd1;
                        ev_drop <= 1'b1;
                    end else if (hec_ok || can_fix) begin
                        mode_det <= !hec_ok;
                        if (!hec_ok)
                            cnt_hec_corrected <= cnt_hec_corrected + 32'd1;
                        if (!idle_cell) begin
                            m_valid <= 1'b1;
                            m_hdr <= hdr_out;
                            // the payload is assembled here, not in a continuous assign,
                            // so that it is built once per cell, not once per beat
                            m_pay <= {s_tdata[(LAST_BYTES*8)-1:0], asm_r[ASM_W-DATA_W-1:40]};
                            m_dcrc <= crc32_pay384({s_tdata[(LAST_BYTES*8)-1:0],
                                                    asm_r[ASM_W-DATA_W-1:40]});
                        end
                    end else begin
                        mode_det <= 1'b1;
                        cnt_hec_discarded <= cnt_hec_discarded + 32'd1;
                        ev_drop <= 1'b1;
                    end
                end
            end else begin
                if (bcnt != 8'hFF)
                    bcnt <= bcnt + 8'd1;
                frame_bad <= bad_now;
                frame_ign <= ign_now;
            end
        end
    end
end

endmodule
`default_nettype wire
