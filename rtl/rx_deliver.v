// rx_deliver: delivery FIFO of completed PDUs and the host RX stream.
//
// PDUs come from rx_reasm in the order their last cells arrived ({vc, chain head/tail,
// cells, bytes to send, status, UU, CPI}); the FIFO holds RX_BUF_CELLS entries, which
// cannot overflow because every queued PDU holds at least one buffer cell. Each PDU is sent
// as one frame: the chain is walked DATA_W bits per beat, tkeep on the last beat marks the
// remaining bytes (a zero-length SDU is one beat with tkeep = 0, tlast = 1), tdest = VC and
// tuser = {CPI, UU, 4'b0, status}. After its last beat the PDU's chain goes back to the free
// list in one splice (fr_* request, acknowledged by rx_reasm); the next PDU starts at once.
`default_nettype none
module rx_deliver #(
    parameter integer NUM_VC       = 256,
    parameter integer DATA_W       = 32,
    parameter integer RX_BUF_CELLS = 1024,
    parameter integer VC_W         = (NUM_VC > 1) ? $clog2(NUM_VC) : 1,
    parameter integer BUF_W        = (RX_BUF_CELLS > 1) ? $clog2(RX_BUF_CELLS) : 1
) (
    input  wire                 clk,
    input  wire                 rst,
    // completed PDUs
    input  wire                 dq_valid,
    input  wire [VC_W-1:0]      dq_vc,
    input  wire [BUF_W-1:0]     dq_head,
    input  wire [BUF_W-1:0]     dq_tail,
    input  wire [11:0]          dq_cells,
    input  wire [16:0]          dq_len,
    input  wire [3:0]           dq_status,
    input  wire [7:0]           dq_uu,
    input  wire [7:0]           dq_cpi,
    // chain back to the free list
    output reg                  fr_valid,
    input  wire                 fr_ack,
    output reg  [VC_W-1:0]      fr_vc,
    output reg  [BUF_W-1:0]     fr_head,
    output reg  [BUF_W-1:0]     fr_tail,
    output reg  [11:0]          fr_cells,
    // buffer read port
    output wire [BUF_W-1:0]     rd_cell,
    input  wire [383:0]         rd_data,
    input  wire [BUF_W-1:0]     rd_next,
    // host RX
    output wire [DATA_W-1:0]    m_tdata,
    output wire [DATA_W/8-1:0]  m_tkeep,
    output wire                 m_tvalid,
    input  wire                 m_tready,
    output wire                 m_tlast,
    output wire [VC_W-1:0]      m_tdest,
    output wire [23:0]          m_tuser
);

localparam integer KEEP_W = DATA_W / 8;
localparam integer WPC    = 384 / DATA_W;          // beats per buffer cell
localparam integer FW     = VC_W + 2 * BUF_W + 12 + 17 + 4 + 8 + 8;
localparam [7:0]   LAST_W = WPC[7:0] - 8'd1;
localparam [16:0]  KEEP17 = KEEP_W[16:0];
localparam [BUF_W-1:0] PTR_LAST = RX_BUF_CELLS[BUF_W-1:0] - 1'b1;
localparam [BUF_W-1:0] PTR_ONE = 1;
localparam [BUF_W:0]   CNT_ONE = 1;
localparam [KEEP_W-1:0] FULL_KEEP = {KEEP_W{1'b1}};

reg [FW-1:0]    fifo [0:RX_BUF_CELLS-1];
reg [BUF_W-1:0] wptr, rptr;
reg [BUF_W:0]   count;

// current PDU
reg             act;
reg [VC_W-1:0]  e_vc;
reg [BUF_W-1:0] e_head, e_tail;
reg [11:0]      e_cells;
reg [3:0]       e_status;
reg [7:0]       e_uu, e_cpi;
reg [BUF_W-1:0] ptr;
reg [7:0]       widx;
reg [16:0]      rem;

wire            is_last = (rem <= KEEP17);
wire [16:0]     sh = KEEP17 - rem;
assign rd_cell  = ptr;
assign m_tdata  = rd_data[widx*DATA_W +: DATA_W];
assign m_tkeep  = is_last ? (FULL_KEEP >> sh) : FULL_KEEP;
assign m_tlast  = is_last;
assign m_tvalid = act && !(is_last && fr_valid);
assign m_tdest  = e_vc;
assign m_tuser  = {e_cpi, e_uu, 4'b0, e_status};

wire beat   = m_tvalid && m_tready;
wire finish = beat && is_last;
wire load   = (!act || finish) && (count != {(BUF_W+1){1'b0}});
wire [FW-1:0] top = fifo[rptr];

always @(posedge clk) begin
    if (rst) begin
        wptr <= {BUF_W{1'b0}};
        rptr <= {BUF_W{1'b0}};
        count <= {(BUF_W+1){1'b0}};
        act <= 1'b0;
        fr_valid <= 1'b0;
    end else begin
        if (dq_valid) begin
            fifo[wptr] <= {dq_vc, dq_head, dq_tail, dq_cells, dq_len, dq_status, dq_uu, dq_cpi};
            wptr <= (wptr == PTR_LAST) ? {BUF_W{1'b0}} : wptr + PTR_ONE;
        end
        if (dq_valid && !load)
            count <= count + CNT_ONE;
        else if (!dq_valid && load)
            count <= count - CNT_ONE;

        if (fr_ack)
            fr_valid <= 1'b0;

        if (beat) begin
            if (is_last) begin
                act <= 1'b0;
                fr_valid <= 1'b1;
                fr_vc <= e_vc;
                fr_head <= e_head;
                fr_tail <= e_tail;
                fr_cells <= e_cells;
            end else begin
                rem <= rem - KEEP17;
                if (widx == LAST_W) begin
                    widx <= 8'd0;
                    ptr <= rd_next;
                end else begin
                    widx <= widx + 8'd1;
                end
            end
        end
        if (load) begin
            act <= 1'b1;
            rptr <= (rptr == PTR_LAST) ? {BUF_W{1'b0}} : rptr + PTR_ONE;
            {e_vc, e_head, e_tail, e_cells, rem, e_status, e_uu, e_cpi} <= top;
            ptr <= top[FW-VC_W-1 -: BUF_W];
            widx <= 8'd0;
        end
    end
end

endmodule
`default_nettype wire
