// vc_lookup: set-associative (VPI, VCI) -> VC table.
//
// Sets = NUM_VC/2 (one set when NUM_VC < 4), LOOKUP_WAYS ways per set, set index = XOR-fold
// of {VPI[11:0], VCI[15:0]} into log2(sets) bits. A set is one memory word holding all its
// ways, so a lookup reads one word and compares every way in parallel: O(1), combinational
// from q_vpi/q_vci to q_hit/q_vc.
//
// Maintenance (from the command engine): op 0 = insert (status 0 ok, 1 duplicate key,
// 2 set full), op 1 = remove (the way holding this key and VC; status 0). valid is held
// until the one-cycle done pulse, which comes the cycle after the op is done.
// After reset the table clears itself one set per cycle (busy = 1 meanwhile; ops wait).
`default_nettype none
module vc_lookup #(
    parameter integer NUM_VC      = 256,
    parameter integer LOOKUP_WAYS = 4,
    parameter integer VC_W        = (NUM_VC > 1) ? $clog2(NUM_VC) : 1
) (
    input  wire              clk,
    input  wire              rst,
    output wire              busy,
    // lookup
    input  wire [11:0]       q_vpi,
    input  wire [15:0]       q_vci,
    output reg               q_hit,
    output reg  [VC_W-1:0]   q_vc,
    // maintenance
    input  wire              lk_valid,
    input  wire              lk_op,
    input  wire [11:0]       lk_vpi,
    input  wire [15:0]       lk_vci,
    input  wire [VC_W-1:0]   lk_vc,
    output reg               lk_done,
    output reg  [1:0]        lk_status
);

localparam integer SET_W  = (NUM_VC >= 4) ? $clog2(NUM_VC / 2) : 1;
localparam integer NSETS  = 1 << SET_W;
localparam integer WAYS   = LOOKUP_WAYS;
localparam integer ENT_W  = 1 + 12 + 16 + VC_W;   // {valid, vpi, vci, vc}
localparam integer WORD_W = WAYS * ENT_W;
localparam [SET_W-1:0] SET_ONE = 1;

reg [WORD_W-1:0] set_mem [0:NSETS-1];

localparam integer NCHUNK = (28 + SET_W - 1) / SET_W;

// XOR of the key's SET_W-bit chunks (the last one zero-extended): NCHUNK word operations
function [SET_W-1:0] set_of;
    input [11:0] vpi;
    input [15:0] vci;
    reg [NCHUNK*SET_W-1:0] k;
    integer i;
    begin
        k = {{(NCHUNK*SET_W-28){1'b0}}, vpi, vci};
        set_of = {SET_W{1'b0}};
        if (NUM_VC >= 4)
            for (i = 0; i < NCHUNK; i = i + 1)
                set_of = set_of ^ k[i*SET_W +: SET_W];
    end
endfunction

// ------------------------------------------------------------------ lookup (combinational)
wire [SET_W-1:0]  q_set  = set_of(q_vpi, q_vci);
wire [WORD_W-1:0] q_word = set_mem[q_set];
integer qw;
always @* begin
    q_hit = 1'b0;
    q_vc = {VC_W{1'b0}};
    for (qw = 0; qw < WAYS; qw = qw + 1) begin
        if (q_word[qw*ENT_W + ENT_W - 1]
                && q_word[qw*ENT_W + VC_W + 16 +: 12] == q_vpi
                && q_word[qw*ENT_W + VC_W +: 16] == q_vci) begin
            q_hit = 1'b1;
            q_vc = q_vc | q_word[qw*ENT_W +: VC_W];
        end
    end
end

// ------------------------------------------------------------------ maintenance
reg              init_busy;
reg [SET_W-1:0]  init_idx;
assign busy = init_busy;

wire [SET_W-1:0]  m_set  = set_of(lk_vpi, lk_vci);
wire [WORD_W-1:0] m_word = set_mem[m_set];
reg              m_dup;       // key already present
reg              m_free;      // a free way exists
reg [WORD_W-1:0] m_ins;       // word with the key inserted in the first free way
reg [WORD_W-1:0] m_rem;       // word with the key/VC removed
integer mw;
always @* begin
    m_dup = 1'b0;
    m_free = 1'b0;
    m_ins = m_word;
    m_rem = m_word;
    for (mw = 0; mw < WAYS; mw = mw + 1) begin
        if (m_word[mw*ENT_W + ENT_W - 1]) begin
            if (m_word[mw*ENT_W + VC_W + 16 +: 12] == lk_vpi
                    && m_word[mw*ENT_W + VC_W +: 16] == lk_vci) begin
                m_dup = 1'b1;
                if (m_word[mw*ENT_W +: VC_W] == lk_vc)
                    m_rem[mw*ENT_W + ENT_W - 1] = 1'b0;
            end
        end else if (!m_free) begin
            m_free = 1'b1;
            m_ins[mw*ENT_W +: ENT_W] = {1'b1, lk_vpi, lk_vci, lk_vc};
        end
    end
end

always @(posedge clk) begin
    if (rst) begin
        init_busy <= 1'b1;
        init_idx <= {SET_W{1'b0}};
        lk_done <= 1'b0;
        lk_status <= 2'd0;
    end else begin
        lk_done <= 1'b0;
        if (init_busy) begin
            set_mem[init_idx] <= {WORD_W{1'b0}};
            init_idx <= init_idx + SET_ONE;
            if (init_idx == {SET_W{1'b1}})
                init_busy <= 1'b0;
        end else if (lk_valid && !lk_done) begin
            lk_done <= 1'b1;
            if (lk_op == 1'b0) begin
                if (m_dup) begin
                    lk_status <= 2'd1;
                end else if (!m_free) begin
                    lk_status <= 2'd2;
                end else begin
                    lk_status <= 2'd0;
                    set_mem[m_set] <= m_ins;
                end
            end else begin
                lk_status <= 2'd0;
                set_mem[m_set] <= m_rem;
            end
        end
    end
end

endmodule
`default_nettype wire
