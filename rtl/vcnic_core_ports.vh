// The port list of vcnic_core after clk and rst: one place for the core and for the
// simulation tops that bring every core port out unchanged (rtl/tb/vcnic_harness.v,
// hdl_harness.v, vcnic_core_tb.v). `include it inside the port list; it ends with irq
// (no comma). It uses the parameters DATA_W, KEEP_W and VC_W of the including module.
    // register bus (AXI4-Lite)
    input  wire                 s_axil_awvalid,
    output wire                 s_axil_awready,
    input  wire [8:0]           s_axil_awaddr,
    input  wire [2:0]           s_axil_awprot,
    input  wire                 s_axil_wvalid,
    output wire                 s_axil_wready,
    input  wire [31:0]          s_axil_wdata,
    input  wire [3:0]           s_axil_wstrb,
    output wire                 s_axil_bvalid,
    input  wire                 s_axil_bready,
    output wire [1:0]           s_axil_bresp,
    input  wire                 s_axil_arvalid,
    output wire                 s_axil_arready,
    input  wire [8:0]           s_axil_araddr,
    input  wire [2:0]           s_axil_arprot,
    output wire                 s_axil_rvalid,
    input  wire                 s_axil_rready,
    output wire [31:0]          s_axil_rdata,
    output wire [1:0]           s_axil_rresp,
    // host TX frames
    input  wire [DATA_W-1:0]    s_axis_tx_tdata,
    input  wire [KEEP_W-1:0]    s_axis_tx_tkeep,
    input  wire                 s_axis_tx_tvalid,
    output wire                 s_axis_tx_tready,
    input  wire                 s_axis_tx_tlast,
    input  wire [VC_W-1:0]      s_axis_tx_tdest,
    input  wire [19:0]          s_axis_tx_tuser,   // {drop status [19:17] (docs/dma.md), CLP, CPI, UU}
    // TX completions
    output wire [7:0]           m_axis_txc_tdata,
    output wire [VC_W-1:0]      m_axis_txc_tdest,
    output wire                 m_axis_txc_tvalid,
    input  wire                 m_axis_txc_tready,
    output wire                 m_axis_txc_tlast,
    // host RX PDUs
    output wire [DATA_W-1:0]    m_axis_rx_tdata,
    output wire [KEEP_W-1:0]    m_axis_rx_tkeep,
    output wire                 m_axis_rx_tvalid,
    input  wire                 m_axis_rx_tready,
    output wire                 m_axis_rx_tlast,
    output wire [VC_W-1:0]      m_axis_rx_tdest,
    output wire [23:0]          m_axis_rx_tuser,
    // line TX cells
    output wire [DATA_W-1:0]    m_axis_line_tx_tdata,
    output wire [KEEP_W-1:0]    m_axis_line_tx_tkeep,
    output wire                 m_axis_line_tx_tvalid,
    input  wire                 m_axis_line_tx_tready,
    output wire                 m_axis_line_tx_tlast,
    // line RX cells
    input  wire [DATA_W-1:0]    s_axis_line_rx_tdata,
    input  wire [KEEP_W-1:0]    s_axis_line_rx_tkeep,
    input  wire                 s_axis_line_rx_tvalid,
    output wire                 s_axis_line_rx_tready,
    input  wire                 s_axis_line_rx_tlast,
    // interrupt
    output wire                 irq
