// HDL-side AXI4-Stream transactors for the co-simulation (SCE-MI style): Python hands over
// or takes back *whole frames* through memories and pointers, and is woken once per frame
// by a value change of a pointer; every beat is made or checked here, in HDL, at line rate.
// Simulation only (not synthesizable: memories written by the simulator's VPI).
// Python side: tb/vcnic_tb/hdl_backend.py (HdlPort). See docs/performance.md.
//
//   hdl_axis_source  host TX: frames from a chunk memory, one descriptor per frame
//   hdl_axis_sink    host RX / TX completions: frames into a chunk memory, one descriptor
//                    per frame, an event pointer that moves once per completed frame
//   hdl_axil_master  register bus: one AXI4-Lite read or write per request, `done` moves
//                    once per completed access (Python: vcnic_tb.hdl_backend.HdlRegisterWindow)
//
// Memory layout (both): `chunk` words of CHUNK_W bits (256 bytes by default); byte i of a
// frame is bits [8*(i%CB)+7 : 8*(i%CB)] of chunk (start + i/CB) % CHUNKS, CB = CHUNK_W/8,
// i.e. a chunk is the little-endian integer of its bytes (first byte = tdata[7:0] of the
// first beat, as on the core's streams). A frame starts on a chunk boundary. CHUNKS and
// DESCS are powers of two; pointers are free-running 32-bit counters.
`timescale 1ns / 1ps
`default_nettype none
// The memories and pointers Python writes have no HDL driver; unused outputs are normal.
/* verilator lint_off UNDRIVEN */
/* verilator lint_off UNUSEDSIGNAL */
/* verilator lint_off UNUSEDPARAM */
/* verilator lint_off DECLFILENAME */
/* verilator lint_off WIDTHTRUNC */
/* verilator lint_off WIDTHEXPAND */
/* verilator lint_off PROCASSINIT */

// ---------------------------------------------------------------------------------------
// Source: Python writes chunk_mem[] and desc_mem[post % DESCS], then post = post + 1.
// desc = {user[31:0], dest[15:0], start_chunk[15:0], length[31:0]} (96 bits). A length-0
// frame is one beat with tkeep = 0, tlast = 1 (the core's zero-length SDU). `done` counts
// frames whose last beat was taken (Python waits on it only when its rings are full).
module hdl_axis_source #(
    parameter integer DATA_W  = 32,
    parameter integer KEEP_W  = DATA_W / 8,
    parameter integer DEST_W  = 8,
    parameter integer USER_W  = 20,
    parameter integer CHUNK_W = 2048,
    parameter integer CHUNKS  = 512,
    parameter integer DESCS   = 256
) (
    input  wire              clk,
    input  wire              rst,
    output reg  [DATA_W-1:0] m_tdata,
    output reg  [KEEP_W-1:0] m_tkeep,
    output reg               m_tvalid,
    input  wire              m_tready,
    output reg               m_tlast,
    output reg  [DEST_W-1:0] m_tdest,
    output reg  [USER_W-1:0] m_tuser,
    output reg  [31:0]       done,      // frames fully taken by the sink
    output reg  [31:0]       beats      // beats taken (statistics)
);
    localparam integer LPC  = CHUNK_W / DATA_W;   // beats per chunk
    localparam integer CI_W = $clog2(CHUNKS);
    localparam integer DI_W = $clog2(DESCS);
    localparam integer LN_W = (LPC > 1) ? $clog2(LPC) : 1;
    localparam [LN_W-1:0] LAST_LANE = LPC - 1;
    localparam [LN_W-1:0] LANE1 = (LPC == 1) ? 0 : 1;
    localparam [CI_W-1:0] CHUNK1 = (LPC == 1) ? 1 : 0;

    reg [CHUNK_W-1:0] chunk_mem [0:CHUNKS-1];   // written by Python
    reg [95:0]        desc_mem  [0:DESCS-1];    // written by Python
    reg [31:0]        post = 32'd0;             // written by Python: frames posted

    // the frame's tdest and tuser: driven on the beat where the core samples them (tdest
    // the first, tuser the last) and complemented on every other beat, so a core that
    // sampled them elsewhere would fail (docs/architecture.md, Ports)
    reg [DEST_W-1:0] dest_r;
    reg [USER_W-1:0] user_r;
    reg [31:0] issue;                           // next descriptor to start
    reg        active;                          // a frame is being sent
    reg [31:0] remain;                          // bytes left after the beats sent so far
    reg [CI_W-1:0] chunk;                       // chunk of the next beat
    reg [LN_W-1:0] lane;                        // beat within that chunk

    wire [95:0] d_next = desc_mem[issue[DI_W-1:0]];
    wire        can_go = (!m_tvalid || m_tready);

    // one beat from (chunk, lane) with `r` bytes left (r = 0: zero-length frame)
    task automatic put_beat(input [CI_W-1:0] c, input [LN_W-1:0] l, input [31:0] r);
        begin
            m_tdata  <= chunk_mem[c][l * DATA_W +: DATA_W];
            m_tkeep  <= (r >= KEEP_W) ? {KEEP_W{1'b1}} : ~({KEEP_W{1'b1}} << r);
            m_tlast  <= (r <= KEEP_W);
            m_tvalid <= 1'b1;
        end
    endtask

    always @(posedge clk) begin
        if (rst) begin
            m_tvalid <= 1'b0;
            m_tlast  <= 1'b0;
            active   <= 1'b0;
            issue    <= 32'd0;
            done     <= 32'd0;
            beats    <= 32'd0;
        end else begin
            if (m_tvalid && m_tready) begin
                beats <= beats + 32'd1;
                if (m_tlast) done <= done + 32'd1;
            end
            if (can_go) begin
                if (active) begin
                    put_beat(chunk, lane, remain);
                    m_tdest  <= ~dest_r;
                    m_tuser  <= (remain <= KEEP_W) ? user_r : ~user_r;
                    remain <= (remain > KEEP_W) ? remain - KEEP_W : 32'd0;
                    active <= (remain > KEEP_W);
                    if (lane == LAST_LANE) begin
                        chunk <= chunk + 1'b1;
                        lane  <= {LN_W{1'b0}};
                    end else begin
                        lane  <= lane + 1'b1;
                    end
                end else if (issue != post) begin
                    // first beat of the next frame, straight from its descriptor
                    m_tdest  <= d_next[48 +: DEST_W];
                    m_tuser  <= (d_next[31:0] <= KEEP_W) ? d_next[64 +: USER_W]
                                                         : ~d_next[64 +: USER_W];
                    dest_r   <= d_next[48 +: DEST_W];
                    user_r   <= d_next[64 +: USER_W];
                    put_beat(d_next[32 +: CI_W], {LN_W{1'b0}}, d_next[31:0]);
                    remain   <= (d_next[31:0] > KEEP_W) ? d_next[31:0] - KEEP_W : 32'd0;
                    active   <= (d_next[31:0] > KEEP_W);
                    chunk    <= d_next[32 +: CI_W] + CHUNK1;
                    lane     <= LANE1;
                    issue    <= issue + 32'd1;
                end else begin
                    m_tvalid <= 1'b0;
                    m_tlast  <= 1'b0;
                end
            end
        end
    end

    initial begin
        m_tdata = {DATA_W{1'b0}};
        m_tkeep = {KEEP_W{1'b0}};
        m_tdest = {DEST_W{1'b0}};
        m_tuser = {USER_W{1'b0}};
        dest_r  = {DEST_W{1'b0}};
        user_r  = {USER_W{1'b0}};
        remain  = 32'd0;
        chunk   = {CI_W{1'b0}};
        lane    = {LN_W{1'b0}};
    end
endmodule

// ---------------------------------------------------------------------------------------
// Sink: takes frames (always ready unless its rings are full or `hold` is set), writes
// their bytes into chunk_mem (when STORE) and one descriptor per frame:
//   desc = {flags[31:0], user[31:0], dest[15:0], start_chunk[15:0], length[31:0]} (128 bits)
//   flags[0]: a beat with a partial tkeep was not the last beat, or its keep bits were not
//             a contiguous run from lane 0 (the core never does this);
//   flags[1]: a zero-keep beat in a frame of more than one beat;
//   flags[2]: tdest changed within the frame.
// `user` is tuser of the last beat; with STORE = 0 it is tdata of the last beat instead
// (TX completions: status in tdata[3:0]). `event_ptr` (frames completed, published one
// cycle after the frame's last write) is what Python awaits; Python acknowledges with
// `ack` (frames consumed) and `ack_chunk` (chunk counter consumed up to).
module hdl_axis_sink #(
    parameter integer DATA_W  = 32,
    parameter integer KEEP_W  = DATA_W / 8,
    parameter integer DEST_W  = 8,
    parameter integer USER_W  = 24,
    parameter integer STORE   = 1,
    parameter integer CHUNK_W = 2048,
    parameter integer CHUNKS  = 512,
    parameter integer DESCS   = 256
) (
    input  wire              clk,
    input  wire              rst,
    input  wire [DATA_W-1:0] s_tdata,
    input  wire [KEEP_W-1:0] s_tkeep,
    input  wire              s_tvalid,
    output wire              s_tready,
    input  wire              s_tlast,
    input  wire [DEST_W-1:0] s_tdest,
    input  wire [USER_W-1:0] s_tuser,
    output reg  [31:0]       frames,     // frames completed (descriptor written)
    output reg  [31:0]       event_ptr,  // = frames, one cycle later: Python's wake-up
    output reg  [31:0]       beats,      // beats taken (statistics)
    output reg  [31:0]       stalls      // cycles with tvalid high and tready low
);
    localparam integer LPC  = CHUNK_W / DATA_W;
    localparam integer CI_W = $clog2(CHUNKS);
    localparam integer DI_W = $clog2(DESCS);
    localparam integer LN_W = (LPC > 1) ? $clog2(LPC) : 1;
    localparam [LN_W-1:0] LAST_LANE = LPC - 1;

    reg [CHUNK_W-1:0] chunk_mem [0:(STORE ? CHUNKS : 1)-1];
    reg [127:0]       desc_mem  [0:DESCS-1];
    reg [31:0]        ack = 32'd0;          // written by Python: frames consumed
    reg [31:0]        ack_chunk = 32'd0;    // written by Python: chunks consumed (absolute)
    reg               hold = 1'b0;          // written by Python: back-pressure the stream

    reg [31:0]     chunk_abs;               // absolute chunk counter of the next beat
    reg [LN_W-1:0] lane;
    reg            in_frame;
    reg [31:0]     length;
    reg [31:0]     start_abs;
    reg [DEST_W-1:0] first_dest;
    reg [31:0]     flags;
    reg [CHUNK_W-1:0] acc;                  // chunk being assembled

    wire desc_room  = (frames - ack) < DESCS;
    wire chunk_room = (STORE == 0) || ((chunk_abs - ack_chunk) < CHUNKS);
    assign s_tready = !rst && !hold && desc_room && chunk_room;

    wire beat = s_tvalid && s_tready;
    // keep checks: a run of ones from lane 0 (ones + 1 is a power of two)
    wire [KEEP_W:0] keep_p1 = {1'b0, s_tkeep} + 1'b1;
    wire keep_contig = ((keep_p1 & (keep_p1 - 1'b1)) == 0);
    wire keep_full = &s_tkeep;
    reg [31:0] nbytes;
    integer k;
    always @* begin
        nbytes = 32'd0;
        for (k = 0; k < KEEP_W; k = k + 1) nbytes = nbytes + {31'd0, s_tkeep[k]};
    end

    wire [31:0] len_now   = (in_frame ? length : 32'd0) + nbytes;
    wire [31:0] start_now = in_frame ? start_abs : chunk_abs;
    wire [DEST_W-1:0] dest_now = in_frame ? first_dest : s_tdest;
    wire [31:0] flags_now = (in_frame ? flags : 32'd0)
                          | {29'd0, in_frame && (s_tdest != first_dest),
                             in_frame && (s_tkeep == 0), 1'b0}
                          | {31'd0, (!s_tlast && !keep_full) || !keep_contig};
    wire [31:0] tdata32   = s_tdata;   // zero-extended (or truncated) to 32 bits
    wire [31:0] tuser32   = s_tuser;
    wire [31:0] user_now  = (STORE != 0) ? tuser32 : tdata32;
    // the chunk with this beat's data in place
    reg [CHUNK_W-1:0] acc_now;
    always @* begin
        acc_now = acc;
        acc_now[lane * DATA_W +: DATA_W] = s_tdata;
    end

    always @(posedge clk) begin
        event_ptr <= frames;
        if (rst) begin
            frames    <= 32'd0;
            event_ptr <= 32'd0;
            beats     <= 32'd0;
            stalls    <= 32'd0;
            chunk_abs <= 32'd0;
            lane      <= {LN_W{1'b0}};
            in_frame  <= 1'b0;
        end else begin
            if (s_tvalid && !s_tready) stalls <= stalls + 32'd1;
            if (beat) begin
                beats <= beats + 32'd1;
                if (STORE != 0) begin
                    acc <= acc_now;
                    if (s_tlast || lane == LAST_LANE)
                        chunk_mem[chunk_abs[CI_W-1:0]] <= acc_now;
                end
                if (s_tlast) begin
                    desc_mem[frames[DI_W-1:0]] <= {flags_now, user_now,
                        {{(16 - DEST_W){1'b0}}, dest_now}, start_now[15:0], len_now};
                    frames   <= frames + 32'd1;
                    in_frame <= 1'b0;
                    // the next frame starts on a fresh chunk
                    if (STORE != 0) chunk_abs <= chunk_abs + 32'd1;
                    lane <= {LN_W{1'b0}};
                end else begin
                    in_frame   <= 1'b1;
                    length     <= len_now;
                    start_abs  <= start_now;
                    first_dest <= dest_now;
                    flags      <= flags_now;
                    if (lane == LAST_LANE) begin
                        chunk_abs <= chunk_abs + 32'd1;
                        lane <= {LN_W{1'b0}};
                    end else begin
                        lane <= lane + 1'b1;
                    end
                end
            end
        end
    end

    initial begin
        acc = {CHUNK_W{1'b0}};
        length = 32'd0;
        start_abs = 32'd0;
        first_dest = {DEST_W{1'b0}};
        flags = 32'd0;
    end
endmodule
// ---------------------------------------------------------------------------------------
// AXI4-Lite master: Python writes req_addr, req_write, req_wdata, then req = req + 1; the
// access runs (AW and W together, then B; or AR, then R) and `done` becomes req, with
// `rdata` and `resp` of that access. A reset while an access is in flight completes it
// with `aborted` = 1 (Python raises BusError(resp=-1), as cocotbext-axi's flushed access).
module hdl_axil_master #(
    parameter integer ADDR_W = 9
) (
    input  wire              clk,
    input  wire              rst,
    output reg               m_awvalid,
    input  wire              m_awready,
    output reg  [ADDR_W-1:0] m_awaddr,
    output reg               m_wvalid,
    input  wire              m_wready,
    output reg  [31:0]       m_wdata,
    input  wire              m_bvalid,
    output reg               m_bready,
    input  wire [1:0]        m_bresp,
    output reg               m_arvalid,
    input  wire              m_arready,
    output reg  [ADDR_W-1:0] m_araddr,
    input  wire              m_rvalid,
    output reg               m_rready,
    input  wire [31:0]       m_rdata,
    input  wire [1:0]        m_rresp,
    output reg  [31:0]       done,
    output reg  [31:0]       rdata,
    output reg  [1:0]        resp,
    output reg               aborted
);
    reg [31:0]       req = 32'd0;        // written by Python
    reg              req_write = 1'b0;   // written by Python
    reg [ADDR_W-1:0] req_addr = {ADDR_W{1'b0}};
    reg [31:0]       req_wdata = 32'd0;

    localparam [1:0] S_IDLE = 2'd0, S_WRITE = 2'd1, S_READ = 2'd2;
    reg [1:0] state;

    always @(posedge clk) begin
        if (rst) begin
            state     <= S_IDLE;
            m_awvalid <= 1'b0;
            m_wvalid  <= 1'b0;
            m_bready  <= 1'b0;
            m_arvalid <= 1'b0;
            m_rready  <= 1'b0;
            aborted   <= (done != req);
            done      <= req;             // nothing left pending after a reset
        end else begin
            case (state)
                S_IDLE: if (req != done) begin
                    aborted <= 1'b0;
                    if (req_write) begin
                        m_awaddr  <= req_addr;
                        m_wdata   <= req_wdata;
                        m_awvalid <= 1'b1;
                        m_wvalid  <= 1'b1;
                        m_bready  <= 1'b1;
                        state     <= S_WRITE;
                    end else begin
                        m_araddr  <= req_addr;
                        m_arvalid <= 1'b1;
                        m_rready  <= 1'b1;
                        state     <= S_READ;
                    end
                end
                S_WRITE: begin
                    if (m_awvalid && m_awready) m_awvalid <= 1'b0;
                    if (m_wvalid && m_wready) m_wvalid <= 1'b0;
                    if (m_bvalid && m_bready) begin
                        m_bready <= 1'b0;
                        resp     <= m_bresp;
                        done     <= done + 32'd1;
                        state    <= S_IDLE;
                    end
                end
                default: begin  // S_READ
                    if (m_arvalid && m_arready) m_arvalid <= 1'b0;
                    if (m_rvalid && m_rready) begin
                        m_rready <= 1'b0;
                        rdata    <= m_rdata;
                        resp     <= m_rresp;
                        done     <= done + 32'd1;
                        state    <= S_IDLE;
                    end
                end
            endcase
        end
    end

    initial begin
        state = S_IDLE;
        done = 32'd0;
        rdata = 32'd0;
        resp = 2'd0;
        aborted = 1'b0;
        m_awvalid = 1'b0; m_wvalid = 1'b0; m_bready = 1'b0; m_arvalid = 1'b0; m_rready = 1'b0;
        m_awaddr = {ADDR_W{1'b0}}; m_araddr = {ADDR_W{1'b0}}; m_wdata = 32'd0;
    end
endmodule
/* verilator lint_on UNDRIVEN */
/* verilator lint_on UNUSEDSIGNAL */
/* verilator lint_on UNUSEDPARAM */
/* verilator lint_on DECLFILENAME */
/* verilator lint_on WIDTHTRUNC */
/* verilator lint_on WIDTHEXPAND */
/* verilator lint_on PROCASSINIT */
`default_nettype wire
