// vcnic_axil_split: the NIC's AXI4-Lite bus (12-bit addresses) onto its two register
// blocks: addr[11] = 0 -> port 0 (the core, M0_ADDR_W address bits), 1 -> port 1 (the DMA
// block, M1_ADDR_W bits). An address whose bits between the block's width and bit 11 are
// not all 0 (0x200-0x7FF and 0x900-0xFFF with the defaults) is answered SLVERR here (read
// data 0, a write changes nothing); addresses inside a block are the block's to answer.
//
// One write and one read at a time, each independent of the other (a read never waits
// for the master to take B): a write is taken when AW and W are both valid, passed on,
// and its response registered to B; a read likewise to R. Registers are not a fast path.
`default_nettype none
module vcnic_axil_split #(
    parameter integer M0_ADDR_W = 9,
    parameter integer M1_ADDR_W = 8
) (
    input  wire                 clk,
    input  wire                 rst,
    // from the bus master
    input  wire                 s_awvalid,
    output wire                 s_awready,
    input  wire [11:0]          s_awaddr,
    input  wire [2:0]           s_awprot,
    input  wire                 s_wvalid,
    output wire                 s_wready,
    input  wire [31:0]          s_wdata,
    input  wire [3:0]           s_wstrb,
    output reg                  s_bvalid,
    input  wire                 s_bready,
    output reg  [1:0]           s_bresp,
    input  wire                 s_arvalid,
    output wire                 s_arready,
    input  wire [11:0]          s_araddr,
    input  wire [2:0]           s_arprot,
    output reg                  s_rvalid,
    input  wire                 s_rready,
    output reg  [31:0]          s_rdata,
    output reg  [1:0]           s_rresp,
    // port 0
    output wire                 m0_awvalid,
    input  wire                 m0_awready,
    output wire [M0_ADDR_W-1:0] m0_awaddr,
    output wire [2:0]           m0_awprot,
    output wire                 m0_wvalid,
    input  wire                 m0_wready,
    output wire [31:0]          m0_wdata,
    output wire [3:0]           m0_wstrb,
    input  wire                 m0_bvalid,
    output wire                 m0_bready,
    input  wire [1:0]           m0_bresp,
    output wire                 m0_arvalid,
    input  wire                 m0_arready,
    output wire [M0_ADDR_W-1:0] m0_araddr,
    output wire [2:0]           m0_arprot,
    input  wire                 m0_rvalid,
    output wire                 m0_rready,
    input  wire [31:0]          m0_rdata,
    input  wire [1:0]           m0_rresp,
    // port 1
    output wire                 m1_awvalid,
    input  wire                 m1_awready,
    output wire [M1_ADDR_W-1:0] m1_awaddr,
    output wire [2:0]           m1_awprot,
    output wire                 m1_wvalid,
    input  wire                 m1_wready,
    output wire [31:0]          m1_wdata,
    output wire [3:0]           m1_wstrb,
    input  wire                 m1_bvalid,
    output wire                 m1_bready,
    input  wire [1:0]           m1_bresp,
    output wire                 m1_arvalid,
    input  wire                 m1_arready,
    output wire [M1_ADDR_W-1:0] m1_araddr,
    output wire [2:0]           m1_arprot,
    input  wire                 m1_rvalid,
    output wire                 m1_rready,
    input  wire [31:0]          m1_rdata,
    input  wire [1:0]           m1_rresp
);
    localparam [1:0] SLVERR = 2'b10;

    // 0: port 0, 1: port 1, 2: nobody (SLVERR)
    function [1:0] target;
        input [11:0] a;
        reg [11:0] hi0, hi1;
        begin
            hi0 = a & ~((12'd1 << M0_ADDR_W) - 12'd1) & 12'h7FF;
            hi1 = a & ~((12'd1 << M1_ADDR_W) - 12'd1) & 12'h7FF;
            if (!a[11]) target = (hi0 == 12'd0) ? 2'd0 : 2'd2;
            else        target = (hi1 == 12'd0) ? 2'd1 : 2'd2;
        end
    endfunction

    // ------------------------------------------------------------------ write
    reg        w_busy;            // a write is taken, its B not yet given to the master
    reg [1:0]  w_tgt;
    reg        aw_pend, w_pend;   // AW / W not yet taken by the target
    reg [11:0] w_addr;
    reg [2:0]  w_prot;
    reg [31:0] w_data;
    reg [3:0]  w_strb;
    wire w_take = !w_busy && s_awvalid && s_wvalid;
    assign s_awready = w_take;
    assign s_wready  = w_take;

    assign m0_awvalid = aw_pend && (w_tgt == 2'd0);
    assign m1_awvalid = aw_pend && (w_tgt == 2'd1);
    assign m0_wvalid  = w_pend && (w_tgt == 2'd0);
    assign m1_wvalid  = w_pend && (w_tgt == 2'd1);
    assign m0_awaddr  = w_addr[M0_ADDR_W-1:0];
    assign m1_awaddr  = w_addr[M1_ADDR_W-1:0];
    assign m0_awprot  = w_prot;
    assign m1_awprot  = w_prot;
    assign m0_wdata   = w_data;
    assign m1_wdata   = w_data;
    assign m0_wstrb   = w_strb;
    assign m1_wstrb   = w_strb;
    wire b_wait = w_busy && !s_bvalid && !aw_pend && !w_pend;
    assign m0_bready = b_wait && (w_tgt == 2'd0);
    assign m1_bready = b_wait && (w_tgt == 2'd1);
    wire aw_done = (m0_awvalid && m0_awready) || (m1_awvalid && m1_awready);
    wire wd_done = (m0_wvalid && m0_wready) || (m1_wvalid && m1_wready);

    always @(posedge clk) begin
        if (rst) begin
            w_busy   <= 1'b0;
            aw_pend  <= 1'b0;
            w_pend   <= 1'b0;
            s_bvalid <= 1'b0;
            s_bresp  <= 2'b00;
        end else begin
            if (w_take) begin
                w_busy <= 1'b1;
                w_tgt  <= target(s_awaddr);
                w_addr <= s_awaddr;
                w_prot <= s_awprot;
                w_data <= s_wdata;
                w_strb <= s_wstrb;
                if (target(s_awaddr) == 2'd2) begin
                    s_bvalid <= 1'b1;
                    s_bresp  <= SLVERR;
                end else begin
                    aw_pend <= 1'b1;
                    w_pend  <= 1'b1;
                end
            end
            if (aw_done) aw_pend <= 1'b0;
            if (wd_done) w_pend  <= 1'b0;
            if (m0_bvalid && m0_bready) begin
                s_bvalid <= 1'b1;
                s_bresp  <= m0_bresp;
            end
            if (m1_bvalid && m1_bready) begin
                s_bvalid <= 1'b1;
                s_bresp  <= m1_bresp;
            end
            if (s_bvalid && s_bready) begin
                s_bvalid <= 1'b0;
                w_busy   <= 1'b0;
            end
        end
    end

    // ------------------------------------------------------------------ read
    reg        r_busy;
    reg [1:0]  r_tgt;
    reg        ar_pend;
    reg [11:0] r_addr;
    reg [2:0]  r_prot;
    wire r_take = !r_busy && s_arvalid;
    assign s_arready  = r_take;
    assign m0_arvalid = ar_pend && (r_tgt == 2'd0);
    assign m1_arvalid = ar_pend && (r_tgt == 2'd1);
    assign m0_araddr  = r_addr[M0_ADDR_W-1:0];
    assign m1_araddr  = r_addr[M1_ADDR_W-1:0];
    assign m0_arprot  = r_prot;
    assign m1_arprot  = r_prot;
    wire r_wait = r_busy && !s_rvalid && !ar_pend;
    assign m0_rready = r_wait && (r_tgt == 2'd0);
    assign m1_rready = r_wait && (r_tgt == 2'd1);
    wire ar_done = (m0_arvalid && m0_arready) || (m1_arvalid && m1_arready);

    always @(posedge clk) begin
        if (rst) begin
            r_busy   <= 1'b0;
            ar_pend  <= 1'b0;
            s_rvalid <= 1'b0;
            s_rresp  <= 2'b00;
            s_rdata  <= 32'd0;
        end else begin
            if (r_take) begin
                r_busy <= 1'b1;
                r_tgt  <= target(s_araddr);
                r_addr <= s_araddr;
                r_prot <= s_arprot;
                if (target(s_araddr) == 2'd2) begin
                    s_rvalid <= 1'b1;
                    s_rresp  <= SLVERR;
                    s_rdata  <= 32'd0;
                end else begin
                    ar_pend <= 1'b1;
                end
            end
            if (ar_done) ar_pend <= 1'b0;
            if (m0_rvalid && m0_rready) begin
                s_rvalid <= 1'b1;
                s_rresp  <= m0_rresp;
                s_rdata  <= m0_rdata;
            end
            if (m1_rvalid && m1_rready) begin
                s_rvalid <= 1'b1;
                s_rresp  <= m1_rresp;
                s_rdata  <= m1_rdata;
            end
            if (s_rvalid && s_rready) begin
                s_rvalid <= 1'b0;
                r_busy   <= 1'b0;
            end
        end
    end

    wire _unused = &{1'b0, w_addr[11:M0_ADDR_W], r_addr[11:M0_ADDR_W]};
endmodule
`default_nettype wire
