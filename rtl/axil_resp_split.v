// axil_resp_split: independent read and write responses in front of the generated
// register block.
//
// The PeakRDL-etana AXI4-Lite interface (rtl/generated/vcnic_regs.sv) answers from ONE
// in-order response queue: a read response behind a write response is not offered until
// the master has taken B. AXI has no ordering between the read and write channels, so a
// master may wait for R before it takes B; against the bare block that deadlocks.
// This wrapper lets at most one write (from its AW/W handshakes until the master takes
// B) and one read (from AR until the master takes R) into the block, and takes each
// response off the block at once into its own output register (B or R). The block's
// queue therefore never holds a response that cannot leave, and R never waits for B (nor
// B for R). Cost: one cycle more per response; one write and one read in flight.
`default_nettype none
module axil_resp_split #(
    parameter integer ADDR_W = 9
) (
    input  wire              clk,
    input  wire              rst,
    // from the bus master
    input  wire              s_awvalid,
    output wire              s_awready,
    input  wire [ADDR_W-1:0] s_awaddr,
    input  wire [2:0]        s_awprot,
    input  wire              s_wvalid,
    output wire              s_wready,
    input  wire [31:0]       s_wdata,
    input  wire [3:0]        s_wstrb,
    output reg               s_bvalid,
    input  wire              s_bready,
    output reg  [1:0]        s_bresp,
    input  wire              s_arvalid,
    output wire              s_arready,
    input  wire [ADDR_W-1:0] s_araddr,
    input  wire [2:0]        s_arprot,
    output reg               s_rvalid,
    input  wire              s_rready,
    output reg  [31:0]       s_rdata,
    output reg  [1:0]        s_rresp,
    // to the register block
    output wire              m_awvalid,
    input  wire              m_awready,
    output wire [ADDR_W-1:0] m_awaddr,
    output wire [2:0]        m_awprot,
    output wire              m_wvalid,
    input  wire              m_wready,
    output wire [31:0]       m_wdata,
    output wire [3:0]        m_wstrb,
    input  wire              m_bvalid,
    output wire              m_bready,
    input  wire [1:0]        m_bresp,
    output wire              m_arvalid,
    input  wire              m_arready,
    output wire [ADDR_W-1:0] m_araddr,
    output wire [2:0]        m_arprot,
    input  wire              m_rvalid,
    output wire              m_rready,
    input  wire [31:0]       m_rdata,
    input  wire [1:0]        m_rresp
);

reg aw_in, w_in, ar_in;   // this write's AW / W, this read's AR, are in the block

assign m_awvalid = s_awvalid && !aw_in;
assign s_awready = m_awready && !aw_in;
assign m_awaddr  = s_awaddr;
assign m_awprot  = s_awprot;
assign m_wvalid  = s_wvalid && !w_in;
assign s_wready  = m_wready && !w_in;
assign m_wdata   = s_wdata;
assign m_wstrb   = s_wstrb;
assign m_arvalid = s_arvalid && !ar_in;
assign s_arready = m_arready && !ar_in;
assign m_araddr  = s_araddr;
assign m_arprot  = s_arprot;
assign m_bready  = !s_bvalid;
assign m_rready  = !s_rvalid;

wire b_done = s_bvalid && s_bready;
wire r_done = s_rvalid && s_rready;

always @(posedge clk) begin
    if (rst) begin
        aw_in <= 1'b0;
        w_in <= 1'b0;
        ar_in <= 1'b0;
        s_bvalid <= 1'b0;
        s_rvalid <= 1'b0;
        s_bresp <= 2'b00;
        s_rresp <= 2'b00;
        s_rdata <= 32'd0;
    end else begin
        if (b_done) begin
            aw_in <= 1'b0;
            w_in <= 1'b0;
        end else begin
            if (m_awvalid && m_awready) aw_in <= 1'b1;
            if (m_wvalid && m_wready) w_in <= 1'b1;
        end
        if (r_done)
            ar_in <= 1'b0;
        else if (m_arvalid && m_arready)
            ar_in <= 1'b1;
        if (m_bvalid && m_bready) begin
            s_bvalid <= 1'b1;
            s_bresp <= m_bresp;
        end else if (b_done) begin
            s_bvalid <= 1'b0;
        end
        if (m_rvalid && m_rready) begin
            s_rvalid <= 1'b1;
            s_rdata <= m_rdata;
            s_rresp <= m_rresp;
        end else if (r_done) begin
            s_rvalid <= 1'b0;
        end
    end
end

endmodule
`default_nettype wire
