// Unit-test bench of vcnic_dma_rx (tb/vcnic_tb/test_dma_rx.py): an HDL clock (an input
// under -DVCNIC_EXT_CLOCK, Verilator), the engine's configuration, events and host RX
// stream brought out, and its AXI4 master towards a cocotbext-axi AxiRam (`mem_*`)
// through two delay lines that give every B response and R beat `lat_b` / `lat_r` cycles
// of memory latency (in order, as one slave port would). Event counters and bus counters
// are kept here, in HDL, so the test reads totals instead of watching every cycle.
`timescale 1ns/1ps
`default_nettype none
module vcnic_dma_rx_tb #(
    parameter integer NUM_VC     = 256,
    parameter integer DATA_W     = 32,
    parameter integer AXI_DATA_W = 64,
    parameter integer MAX_BURST  = 16,
    parameter integer VC_W       = (NUM_VC > 1) ? $clog2(NUM_VC) : 1
) (
`ifdef VCNIC_EXT_CLOCK
    input  wire                    clk,
`else
    output reg                     clk,
`endif
    input  wire                    rst,
    input  wire                    enable,
    input  wire                    dma_reset,
    input  wire [63:0]             ring_base,
    input  wire [3:0]              ring_log2,
    input  wire [15:0]             prod,
    input  wire                    prod_wr,
    output wire [15:0]             cons,
    input  wire [63:0]             cq_base,
    input  wire [3:0]              cq_log2,
    input  wire [15:0]             cq_head,
    input  wire                    cq_head_wr,
    output wire [15:0]             cq_tail,
    output wire                    idle,
    output wire                    halted,
    input  wire [16:0]             buf_size,
    input  wire [15:0]             lat_b,
    input  wire [15:0]             lat_r,
    // event totals and the last error latched
    output reg  [31:0]             n_cq_written,
    output reg  [31:0]             n_frame,
    output reg  [31:0]             n_drop,
    output reg  [31:0]             n_dma_error,
    output reg  [31:0]             n_doorbell_error,
    output reg  [31:0]             n_err,
    output reg  [3:0]              last_err_source,
    output reg  [1:0]              last_err_resp,
    output reg  [63:0]             last_err_addr,
    // bus totals: cycles, stream beats taken, W beats, AW and AR bursts
    output reg  [31:0]             n_cycles,
    output reg  [31:0]             n_rx_beats,
    output reg  [31:0]             n_rx_stalls,   // cycles with tvalid and not tready
    output reg  [31:0]             n_w_beats,
    output reg  [31:0]             n_aw,
    output reg  [31:0]             n_ar,
    // host RX stream (the core's side)
    input  wire [DATA_W-1:0]       s_rx_tdata,
    input  wire [DATA_W/8-1:0]     s_rx_tkeep,
    input  wire                    s_rx_tvalid,
    output wire                    s_rx_tready,
    input  wire                    s_rx_tlast,
    input  wire [VC_W-1:0]         s_rx_tdest,
    input  wire [23:0]             s_rx_tuser,
    // AXI4 towards the memory model
    output wire [0:0]              mem_awid,
    output wire [63:0]             mem_awaddr,
    output wire [7:0]              mem_awlen,
    output wire [2:0]              mem_awsize,
    output wire [1:0]              mem_awburst,
    output wire                    mem_awvalid,
    input  wire                    mem_awready,
    output wire [AXI_DATA_W-1:0]   mem_wdata,
    output wire [AXI_DATA_W/8-1:0] mem_wstrb,
    output wire                    mem_wlast,
    output wire                    mem_wvalid,
    input  wire                    mem_wready,
    input  wire [0:0]              mem_bid,
    input  wire [1:0]              mem_bresp,
    input  wire                    mem_bvalid,
    output wire                    mem_bready,
    output wire [0:0]              mem_arid,
    output wire [63:0]             mem_araddr,
    output wire [7:0]              mem_arlen,
    output wire [2:0]              mem_arsize,
    output wire [1:0]              mem_arburst,
    output wire                    mem_arvalid,
    input  wire                    mem_arready,
    input  wire [0:0]              mem_rid,
    input  wire [AXI_DATA_W-1:0]   mem_rdata,
    input  wire [1:0]              mem_rresp,
    input  wire                    mem_rlast,
    input  wire                    mem_rvalid,
    output wire                    mem_rready
);
`ifndef VCNIC_EXT_CLOCK
initial clk = 1'b0;
always #5 clk = ~clk;
`endif

localparam integer DL_AW = 8;            // delay lines: 256 responses in flight
localparam integer DL_N  = 1 << DL_AW;
localparam integer SIZE_I = $clog2(AXI_DATA_W / 8);
localparam [2:0]   SIZE  = SIZE_I[2:0];
localparam integer DL_FULL_I = DL_N - 1;
localparam [DL_AW:0] DL_FULL = DL_FULL_I[DL_AW:0];

wire        ev_cq_written, ev_frame, ev_drop, ev_dma_error, ev_doorbell_error, err_valid;
wire [3:0]  err_source;
wire [1:0]  err_resp;
wire [63:0] err_addr;
wire [1:0]  d_bresp, d_rresp;
wire        d_bvalid, d_bready, d_rvalid, d_rready, d_rlast;
wire [AXI_DATA_W-1:0] d_rdata;

vcnic_dma_rx #(
    .NUM_VC(NUM_VC), .DATA_W(DATA_W), .AXI_DATA_W(AXI_DATA_W), .AXI_ADDR_W(64),
    .MAX_BURST(MAX_BURST), .RD_OUTSTANDING(16), .MAX_RING_LOG2(12)
) u_rx (
    .clk(clk), .rst(rst), .enable(enable), .dma_reset(dma_reset),
    .ring_base(ring_base), .ring_log2(ring_log2), .prod(prod), .prod_wr(prod_wr), .cons(cons),
    .cq_base(cq_base), .cq_log2(cq_log2), .cq_head(cq_head), .cq_head_wr(cq_head_wr),
    .cq_tail(cq_tail), .idle(idle), .halted(halted),
    .ev_cq_written(ev_cq_written), .ev_frame(ev_frame), .ev_drop(ev_drop),
    .ev_dma_error(ev_dma_error), .ev_doorbell_error(ev_doorbell_error),
    .err_valid(err_valid), .err_source(err_source), .err_resp(err_resp), .err_addr(err_addr),
    .buf_size(buf_size),
    .s_axis_rx_tdata(s_rx_tdata), .s_axis_rx_tkeep(s_rx_tkeep), .s_axis_rx_tvalid(s_rx_tvalid),
    .s_axis_rx_tready(s_rx_tready), .s_axis_rx_tlast(s_rx_tlast), .s_axis_rx_tdest(s_rx_tdest),
    .s_axis_rx_tuser(s_rx_tuser),
    .m_axi_araddr(mem_araddr), .m_axi_arlen(mem_arlen), .m_axi_arvalid(mem_arvalid),
    .m_axi_arready(mem_arready), .m_axi_rdata(d_rdata), .m_axi_rresp(d_rresp),
    .m_axi_rlast(d_rlast), .m_axi_rvalid(d_rvalid), .m_axi_rready(d_rready),
    .m_axi_awaddr(mem_awaddr), .m_axi_awlen(mem_awlen), .m_axi_awvalid(mem_awvalid),
    .m_axi_awready(mem_awready), .m_axi_wdata(mem_wdata), .m_axi_wstrb(mem_wstrb),
    .m_axi_wlast(mem_wlast), .m_axi_wvalid(mem_wvalid), .m_axi_wready(mem_wready),
    .m_axi_bresp(d_bresp), .m_axi_bvalid(d_bvalid), .m_axi_bready(d_bready)
);

assign mem_awid    = 1'b0;
assign mem_arid    = 1'b0;
assign mem_awsize  = SIZE;
assign mem_arsize  = SIZE;
assign mem_awburst = 2'b01;
assign mem_arburst = 2'b01;

// ---- delay lines: each response waits in a FIFO until `lat` cycles after it arrived
reg [31:0]            b_t    [0:DL_N-1];
reg [1:0]             b_resp [0:DL_N-1];
reg [DL_AW-1:0]       b_wp, b_rp;
reg [DL_AW:0]         b_cnt;
reg [31:0]            r_t    [0:DL_N-1];
reg [AXI_DATA_W-1:0]  r_data [0:DL_N-1];
reg [1:0]             r_resp [0:DL_N-1];
reg                   r_last [0:DL_N-1];
reg [DL_AW-1:0]       r_wp, r_rp;
reg [DL_AW:0]         r_cnt;

assign mem_bready = b_cnt < DL_FULL;
assign mem_rready = r_cnt < DL_FULL;
assign d_bvalid   = b_cnt != 0 && n_cycles >= b_t[b_rp] + {16'd0, lat_b};
assign d_bresp    = b_resp[b_rp];
assign d_rvalid   = r_cnt != 0 && n_cycles >= r_t[r_rp] + {16'd0, lat_r};
assign d_rdata    = r_data[r_rp];
assign d_rresp    = r_resp[r_rp];
assign d_rlast    = r_last[r_rp];
wire b_in  = mem_bvalid && mem_bready;
wire b_out = d_bvalid && d_bready;
wire r_in  = mem_rvalid && mem_rready;
wire r_out = d_rvalid && d_rready;

always @(posedge clk) begin
    if (rst) begin
        b_wp <= 0; b_rp <= 0; b_cnt <= 0;
        r_wp <= 0; r_rp <= 0; r_cnt <= 0;
    end else begin
        if (b_in) begin
            b_t[b_wp] <= n_cycles;
            b_resp[b_wp] <= mem_bresp;
            b_wp <= b_wp + 1'b1;
        end
        if (b_out) b_rp <= b_rp + 1'b1;
        b_cnt <= b_cnt + {{DL_AW{1'b0}}, b_in} - {{DL_AW{1'b0}}, b_out};
        if (r_in) begin
            r_t[r_wp] <= n_cycles;
            r_data[r_wp] <= mem_rdata;
            r_resp[r_wp] <= mem_rresp;
            r_last[r_wp] <= mem_rlast;
            r_wp <= r_wp + 1'b1;
        end
        if (r_out) r_rp <= r_rp + 1'b1;
        r_cnt <= r_cnt + {{DL_AW{1'b0}}, r_in} - {{DL_AW{1'b0}}, r_out};
    end
end

// ---- totals
always @(posedge clk) begin
    if (rst) begin
        n_cq_written <= 0; n_frame <= 0; n_drop <= 0; n_dma_error <= 0;
        n_doorbell_error <= 0; n_err <= 0;
        last_err_source <= 0; last_err_resp <= 0; last_err_addr <= 0;
        n_cycles <= 0; n_rx_beats <= 0; n_rx_stalls <= 0; n_w_beats <= 0; n_aw <= 0; n_ar <= 0;
    end else begin
        n_cycles         <= n_cycles + 1;
        n_cq_written     <= n_cq_written + {31'd0, ev_cq_written};
        n_frame          <= n_frame + {31'd0, ev_frame};
        n_drop           <= n_drop + {31'd0, ev_drop};
        n_dma_error      <= n_dma_error + {31'd0, ev_dma_error};
        n_doorbell_error <= n_doorbell_error + {31'd0, ev_doorbell_error};
        n_err            <= n_err + {31'd0, err_valid};
        if (err_valid) begin
            last_err_source <= err_source;
            last_err_resp   <= err_resp;
            last_err_addr   <= err_addr;
        end
        n_rx_beats <= n_rx_beats + {31'd0, s_rx_tvalid && s_rx_tready};
        n_rx_stalls <= n_rx_stalls + {31'd0, s_rx_tvalid && !s_rx_tready};
        n_w_beats  <= n_w_beats + {31'd0, mem_wvalid && mem_wready};
        n_aw       <= n_aw + {31'd0, mem_awvalid && mem_awready};
        n_ar       <= n_ar + {31'd0, mem_arvalid && mem_arready};
    end
end

wire _unused_ids = &{1'b0, mem_bid, mem_rid};

endmodule
`default_nettype wire
