// vcnic_dma_axi_wr_mux: two in-order AXI4 write masters (port 0 = TX engine, port 1 = RX
// engine) onto one AXI4 write master with IDs. docs/dma.md, RTL_CONTRACT.
//
// AW: round robin into a one-entry output register that reloads in the cycle it is taken
// (a burst per cycle from either port). Each AW granted to a port pushes the port's
// number into a small FIFO (W_FIFO entries); W beats are passed from the port at the
// FIFO's head until its wlast, so the W bursts go out in AW order (AXI4 has no WID). A
// port may present W before its AW is granted (it waits), but must not hold AW back
// until W is taken. The head is a register, so W passes combinationally with no loop and
// no bubble between bursts. B is routed by bid's top bit.
`default_nettype none
module vcnic_dma_axi_wr_mux #(
    parameter integer AXI_DATA_W = 64,
    parameter integer AXI_ADDR_W = 64,
    parameter integer AXI_ID_W   = 4,
    parameter integer W_FIFO     = 4      // AW granted, W not finished (power of 2)
) (
    input  wire                    clk,
    input  wire                    rst,
    // port 0 (TX engine)
    input  wire [63:0]             s0_awaddr,
    input  wire [7:0]              s0_awlen,
    input  wire                    s0_awvalid,
    output wire                    s0_awready,
    input  wire [AXI_DATA_W-1:0]   s0_wdata,
    input  wire [AXI_DATA_W/8-1:0] s0_wstrb,
    input  wire                    s0_wlast,
    input  wire                    s0_wvalid,
    output wire                    s0_wready,
    output wire [1:0]              s0_bresp,
    output wire                    s0_bvalid,
    input  wire                    s0_bready,
    // port 1 (RX engine)
    input  wire [63:0]             s1_awaddr,
    input  wire [7:0]              s1_awlen,
    input  wire                    s1_awvalid,
    output wire                    s1_awready,
    input  wire [AXI_DATA_W-1:0]   s1_wdata,
    input  wire [AXI_DATA_W/8-1:0] s1_wstrb,
    input  wire                    s1_wlast,
    input  wire                    s1_wvalid,
    output wire                    s1_wready,
    output wire [1:0]              s1_bresp,
    output wire                    s1_bvalid,
    input  wire                    s1_bready,
    // AXI4 write master
    output reg  [AXI_ID_W-1:0]     m_axi_awid,
    output reg  [AXI_ADDR_W-1:0]   m_axi_awaddr,
    output reg  [7:0]              m_axi_awlen,
    output reg                     m_axi_awvalid,
    input  wire                    m_axi_awready,
    output wire [AXI_DATA_W-1:0]   m_axi_wdata,
    output wire [AXI_DATA_W/8-1:0] m_axi_wstrb,
    output wire                    m_axi_wlast,
    output wire                    m_axi_wvalid,
    input  wire                    m_axi_wready,
    input  wire [AXI_ID_W-1:0]     m_axi_bid,
    input  wire [1:0]              m_axi_bresp,
    input  wire                    m_axi_bvalid,
    output wire                    m_axi_bready
);
    localparam integer FW = (W_FIFO > 1) ? $clog2(W_FIFO) : 1;

    // ------------------------------------------------------------------ W order FIFO
    reg [W_FIFO-1:0] wsrc;                // source of each granted AW, in grant order
    reg [FW-1:0]     wf_rd, wf_wr;
    reg [FW:0]       wf_cnt;
    wire             wf_full  = (wf_cnt == W_FIFO[FW:0]);
    wire             wf_any   = (wf_cnt != {(FW+1){1'b0}});
    wire             w1       = wsrc[wf_rd];

    // ------------------------------------------------------------------ AW
    reg  last1;
    wire load  = (!m_axi_awvalid || m_axi_awready) && !wf_full;
    wire pick1 = s1_awvalid && (!s0_awvalid || !last1);
    assign s0_awready = load && s0_awvalid && !pick1;
    assign s1_awready = load && pick1;
    wire aw_take = load && (s0_awvalid || s1_awvalid);

    assign m_axi_wvalid = wf_any && (w1 ? s1_wvalid : s0_wvalid);
    assign m_axi_wdata  = w1 ? s1_wdata : s0_wdata;
    assign m_axi_wstrb  = w1 ? s1_wstrb : s0_wstrb;
    assign m_axi_wlast  = w1 ? s1_wlast : s0_wlast;
    assign s0_wready    = wf_any && !w1 && m_axi_wready;
    assign s1_wready    = wf_any && w1 && m_axi_wready;
    wire w_done = m_axi_wvalid && m_axi_wready && m_axi_wlast;

    always @(posedge clk) begin
        if (rst) begin
            m_axi_awvalid <= 1'b0;
            last1         <= 1'b0;
            wf_rd         <= {FW{1'b0}};
            wf_wr         <= {FW{1'b0}};
            wf_cnt        <= {(FW+1){1'b0}};
        end else begin
            if (!m_axi_awvalid || m_axi_awready) m_axi_awvalid <= aw_take;
            if (aw_take) begin
                last1        <= pick1;
                m_axi_awid   <= {pick1, {(AXI_ID_W-1){1'b0}}};
                m_axi_awaddr <= pick1 ? s1_awaddr[AXI_ADDR_W-1:0] : s0_awaddr[AXI_ADDR_W-1:0];
                m_axi_awlen  <= pick1 ? s1_awlen : s0_awlen;
                wsrc[wf_wr]  <= pick1;
                wf_wr        <= wf_wr + 1'b1;
            end
            if (w_done) wf_rd <= wf_rd + 1'b1;
            wf_cnt <= wf_cnt + {{FW{1'b0}}, aw_take} - {{FW{1'b0}}, w_done};
        end
    end

    // ------------------------------------------------------------------ B
    wire b1 = m_axi_bid[AXI_ID_W-1];
    assign s0_bresp  = m_axi_bresp;
    assign s0_bvalid = m_axi_bvalid && !b1;
    assign s1_bresp  = m_axi_bresp;
    assign s1_bvalid = m_axi_bvalid && b1;
    assign m_axi_bready = b1 ? s1_bready : s0_bready;

    generate
        if (AXI_ADDR_W < 64) begin : g_unused_addr
            wire _unused = &{1'b0, s0_awaddr[63:AXI_ADDR_W], s1_awaddr[63:AXI_ADDR_W]};
        end
        if (AXI_ID_W > 1) begin : g_unused_id
            wire _unused_id = &{1'b0, m_axi_bid[AXI_ID_W-2:0]};
        end
    endgenerate
endmodule
`default_nettype wire
