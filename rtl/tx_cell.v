// tx_cell: builds each scheduled cell (header, HEC, payload) and serialises it on the
// line at DATA_W, one cell per line slot of ceil(53/KEEP_W) beats. It is the time base
// of the TX side: the slot counter advances every slot (stretched while the line
// back-pressures); the scheduler may issue one cell per slot in the first cycles of the
// slot, and that cell goes out in the next slot, so cells go back to back.
`default_nettype none
module tx_cell #(
    parameter integer NUM_VC       = 256,
    parameter integer DATA_W       = 32,
    parameter integer TX_BUF_CELLS = 1024,
    parameter integer VC_W         = (NUM_VC > 1) ? $clog2(NUM_VC) : 1,
    parameter integer CELL_W       = (TX_BUF_CELLS > 1) ? $clog2(TX_BUF_CELLS) : 1
) (
    input  wire                 clk,
    input  wire                 rst,
    input  wire                 enable,
    input  wire                 nni,
    // scheduler
    output wire [31:0]          slot_next,
    output wire                 issue_ok,
    input  wire                 iss_valid,
    input  wire [VC_W-1:0]      iss_vc,
    input  wire [CELL_W-1:0]    iss_cell,
    input  wire                 iss_last,
    input  wire                 iss_clp,
    input  wire [15:0]          iss_len,
    output reg                  snt_valid,
    output reg  [VC_W-1:0]      snt_vc,
    output reg  [CELL_W-1:0]    snt_cell,
    output reg                  snt_last,
    output reg  [15:0]          snt_len,
    // TX buffer read (data the cycle after rd_en)
    output wire                 rd_en,
    output wire [CELL_W-1:0]    rd_idx,
    input  wire [383:0]         rd_data,
    // VC entry of iss_vc (combinational read of vc_table)
    output wire [VC_W-1:0]      vc_rd,
    input  wire [11:0]          vc_vpi,
    input  wire [15:0]          vc_vci,
    input  wire                 vc_clp,
    // line
    output wire [DATA_W-1:0]    m_tdata,
    output wire [DATA_W/8-1:0]  m_tkeep,
    output wire                 m_tvalid,
    input  wire                 m_tready,
    output wire                 m_tlast
);
`include "hec8.vh"

    localparam integer KEEP_W = DATA_W / 8;
    localparam integer S      = (53 + KEEP_W - 1) / KEEP_W;   // beats per cell = cycles per slot
    localparam integer SH_W   = S * DATA_W;
    localparam integer SW     = $clog2(S);
    localparam [KEEP_W-1:0] LAST_KEEP = {KEEP_W{1'b1}} >> (S * KEEP_W - 53);
    localparam integer S_M1 = S - 1;
    localparam integer S_M4 = S - 4;
    localparam [SW-1:0] CNT_LAST = S_M1[SW-1:0];
    localparam [SW-1:0] WIN_LAST = S_M4[SW-1:0];   // last cycle of a slot the scheduler may issue in

    reg [SW-1:0]  cnt;
    reg [31:0]    slot;
    reg           issued;          // a cell was issued in this slot
    reg           busy;            // shift register holds a cell on the line
    reg [SH_W-1:0] sh;
    reg [VC_W-1:0]   sh_vc;
    reg [CELL_W-1:0] sh_cell;
    reg              sh_last;
    reg [15:0]       sh_len;
    // prep: the issued cell waits one cycle for its payload
    reg              pr_v;
    reg [31:0]       pr_hdr;
    reg [7:0]        pr_hec;
    reg [VC_W-1:0]   pr_vc;
    reg [CELL_W-1:0] pr_cell;
    reg              pr_last;
    reg [15:0]       pr_len;
    // stage: the cell for the next slot
    reg              st_v;
    reg [423:0]      st_cell;
    reg [VC_W-1:0]   st_vc;
    reg [CELL_W-1:0] st_cellidx;
    reg              st_last;
    reg [15:0]       st_len;

    assign slot_next = slot + 32'd1;
    assign issue_ok  = enable && !issued && !iss_valid && !pr_v && !st_v && (cnt <= WIN_LAST);
    assign rd_en     = iss_valid;
    assign rd_idx    = iss_cell;
    assign vc_rd     = iss_vc;

    wire [31:0] hdr = {nni ? vc_vpi[11:8] : 4'd0, vc_vpi[7:0], vc_vci, 2'b00, iss_last,
                       vc_clp | iss_clp};

    assign m_tdata  = sh[DATA_W-1:0];
    assign m_tvalid = busy;
    assign m_tlast  = (cnt == CNT_LAST);
    assign m_tkeep  = (cnt == CNT_LAST) ? LAST_KEEP : {KEEP_W{1'b1}};

    wire adv = busy ? m_tready : enable;
    wire bnd = adv && (cnt == CNT_LAST);

    always @(posedge clk) begin
        snt_valid <= 1'b0;
        if (rst) begin
            cnt    <= {SW{1'b0}};
            slot   <= 32'd0;
            issued <= 1'b0;
            busy   <= 1'b0;
            pr_v   <= 1'b0;
            st_v   <= 1'b0;
        end else begin
            if (iss_valid) begin
                issued  <= 1'b1;
                pr_v    <= 1'b1;
                pr_hdr  <= hdr;
                pr_hec  <= hec8(hdr);
                pr_vc   <= iss_vc;
                pr_cell <= iss_cell;
                pr_last <= iss_last;
                pr_len  <= iss_len;
            end
            if (pr_v) begin
                pr_v       <= 1'b0;
                st_v       <= 1'b1;
                st_cell    <= {rd_data, pr_hec, pr_hdr[7:0], pr_hdr[15:8], pr_hdr[23:16], pr_hdr[31:24]};
                st_vc      <= pr_vc;
                st_cellidx <= pr_cell;
                st_last    <= pr_last;
                st_len     <= pr_len;
            end
            if (busy && m_tready) begin
                sh <= sh >> DATA_W;
                if (cnt == CNT_LAST) begin
                    snt_valid <= 1'b1;
                    snt_vc    <= sh_vc;
                    snt_cell  <= sh_cell;
                    snt_last  <= sh_last;
                    snt_len   <= sh_len;
                end
            end
            if (adv) cnt <= (cnt == CNT_LAST) ? {SW{1'b0}} : cnt + 1'b1;
            if (bnd) begin
                slot   <= slot + 32'd1;
                issued <= 1'b0;
                if (st_v && enable) begin
                    busy    <= 1'b1;
                    sh      <= {{(SH_W-424){1'b0}}, st_cell};
                    sh_vc   <= st_vc;
                    sh_cell <= st_cellidx;
                    sh_last <= st_last;
                    sh_len  <= st_len;
                    st_v    <= 1'b0;
                end else begin
                    busy <= 1'b0;
                end
            end
        end
    end
endmodule
`default_nettype wire
