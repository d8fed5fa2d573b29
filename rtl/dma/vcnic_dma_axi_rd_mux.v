// vcnic_dma_axi_rd_mux: two in-order AXI4 read masters (the DMA engines: port 0 = TX,
// port 1 = RX) onto one AXI4 read master with IDs. docs/dma.md, RTL_CONTRACT.
//
// AR: round robin between the two ports into a one-entry output register that reloads in
// the cycle it is taken, so either port can issue a burst every cycle (back to back). The
// ID is the source in its top bit, the other ID bits 0: each engine has a single ID, so
// the slave answers each engine in order. R is routed by rid's top bit, combinationally
// (rready follows the addressed port's rready). No path from an input back to itself.
`default_nettype none
module vcnic_dma_axi_rd_mux #(
    parameter integer AXI_DATA_W = 64,
    parameter integer AXI_ADDR_W = 64,
    parameter integer AXI_ID_W   = 4
) (
    input  wire                    clk,
    input  wire                    rst,
    // port 0 (TX engine)
    input  wire [63:0]             s0_araddr,
    input  wire [7:0]              s0_arlen,
    input  wire                    s0_arvalid,
    output wire                    s0_arready,
    output wire [AXI_DATA_W-1:0]   s0_rdata,
    output wire [1:0]              s0_rresp,
    output wire                    s0_rlast,
    output wire                    s0_rvalid,
    input  wire                    s0_rready,
    // port 1 (RX engine)
    input  wire [63:0]             s1_araddr,
    input  wire [7:0]              s1_arlen,
    input  wire                    s1_arvalid,
    output wire                    s1_arready,
    output wire [AXI_DATA_W-1:0]   s1_rdata,
    output wire [1:0]              s1_rresp,
    output wire                    s1_rlast,
    output wire                    s1_rvalid,
    input  wire                    s1_rready,
    // AXI4 read master
    output reg  [AXI_ID_W-1:0]     m_axi_arid,
    output reg  [AXI_ADDR_W-1:0]   m_axi_araddr,
    output reg  [7:0]              m_axi_arlen,
    output reg                     m_axi_arvalid,
    input  wire                    m_axi_arready,
    input  wire [AXI_ID_W-1:0]     m_axi_rid,
    input  wire [AXI_DATA_W-1:0]   m_axi_rdata,
    input  wire [1:0]              m_axi_rresp,
    input  wire                    m_axi_rlast,
    input  wire                    m_axi_rvalid,
    output wire                    m_axi_rready
);
    // ------------------------------------------------------------------ AR
    reg  last1;                                   // port 1 won the last grant
    wire load  = !m_axi_arvalid || m_axi_arready; // the output register can take a request
    wire pick1 = s1_arvalid && (!s0_arvalid || !last1);
    assign s0_arready = load && s0_arvalid && !pick1;
    assign s1_arready = load && pick1;

    always @(posedge clk) begin
        if (rst) begin
            m_axi_arvalid <= 1'b0;
            last1         <= 1'b0;
        end else if (load) begin
            m_axi_arvalid <= s0_arvalid || s1_arvalid;
            if (s0_arvalid || s1_arvalid) begin
                last1        <= pick1;
                m_axi_arid   <= {pick1, {(AXI_ID_W-1){1'b0}}};
                m_axi_araddr <= pick1 ? s1_araddr[AXI_ADDR_W-1:0] : s0_araddr[AXI_ADDR_W-1:0];
                m_axi_arlen  <= pick1 ? s1_arlen : s0_arlen;
            end
        end
    end

    // ------------------------------------------------------------------ R
    wire r1 = m_axi_rid[AXI_ID_W-1];
    assign s0_rdata  = m_axi_rdata;
    assign s0_rresp  = m_axi_rresp;
    assign s0_rlast  = m_axi_rlast;
    assign s0_rvalid = m_axi_rvalid && !r1;
    assign s1_rdata  = m_axi_rdata;
    assign s1_rresp  = m_axi_rresp;
    assign s1_rlast  = m_axi_rlast;
    assign s1_rvalid = m_axi_rvalid && r1;
    assign m_axi_rready = r1 ? s1_rready : s0_rready;

    generate
        if (AXI_ADDR_W < 64) begin : g_unused_addr
            wire _unused = &{1'b0, s0_araddr[63:AXI_ADDR_W], s1_araddr[63:AXI_ADDR_W]};
        end
        if (AXI_ID_W > 1) begin : g_unused_id
            wire _unused_id = &{1'b0, m_axi_rid[AXI_ID_W-2:0]};
        end
    endgenerate
endmodule
`default_nettype wire
