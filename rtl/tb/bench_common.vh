// Shared by the pure-Verilog benches (rtl/tb/bench_core.v, rtl/tb/bench_nic.v): the
// traffic functions (Python twins in vcnic_tb.bench.core_bench: the same seed gives the
// same VCs, lengths, UU and data), the AXI4-Lite master tasks and the BENCH_T marks.
// `include inside the module body, after declaring: clk, the integers seed, fixed_len and
// maxlen, reg [1:0] last_resp, and the AXI4-Lite master regs/wires s_axil_* (any address
// width up to 12 bits).
    // ------------------------------------------------------------------ traffic functions
    // (vcnic_tb.bench.mix32 / frame_key / frame_len / frame_uu / frame_bytes: same results;
    // static functions: Icarus allocates a frame for every call of an automatic one)
    function [31:0] mix32(input [31:0] x0);
        reg [31:0] x;
        begin
            x = x0;
            x = x ^ (x >> 16);
            x = x * 32'h7feb352d;
            x = x ^ (x >> 15);
            x = x * 32'h846ca68b;
            x = x ^ (x >> 16);
            mix32 = x;
        end
    endfunction

    function [31:0] frame_key(input integer vc, input integer k);
        frame_key = mix32((seed * 32'h9E3779B9) ^ (vc << 20) ^ k);
    endfunction

    function integer frame_len(input [31:0] h);
        integer c, l;
        begin
            c = h[3:0];
            if (fixed_len >= 0) l = fixed_len;
            else if (c < 2) l = 1 + h[15:8] % 47;                // 1..47 (0 = AAL5 abort)
            else if (c == 2) l = 40;                             // exactly one cell
            else if (c == 3) l = 88;                             // exactly two cells
            else if (c < 9) l = 48 + (h[31:16] % 528);           // 48..575
            else if (c < 14) l = 576 + (h[31:16] % 925);         // 576..1500
            else l = 1501 + (h[31:16] % 7680);                   // 1501..9180
            if (l > maxlen) l = maxlen;
            frame_len = l;
        end
    endfunction

    function [7:0] frame_uu(input [31:0] h);
        frame_uu = mix32(h ^ 32'h55555555) & 8'hFF;
    endfunction

    // Data: a xorshift32 stream per frame, started at mix32(h) | 1; word q = bytes
    // 4q..4q+3 (little-endian), DATA_W/32 words per beat (vcnic_tb.bench.frame_bytes).
    function [31:0] xs32(input [31:0] x0);
        reg [31:0] x;
        begin
            x = x0 ^ (x0 << 13);
            x = x ^ (x >> 17);
            xs32 = x ^ (x << 5);
        end
    endfunction

    function [31:0] frame_seed(input [31:0] h);
        frame_seed = mix32(h) | 32'd1;
    endfunction

    function integer cells_for(input integer l);
        cells_for = (l + 8 + 47) / 48;
    endfunction

    // GCRA increment (16.16, cell slots per cell) of CBR VC i: 4, 7.19, 10.38, ... slots
    function [31:0] cbr_inc(input integer i);
        cbr_inc = 32'h40000 + i * 32'h33000 + i * 32'h3039;
    endfunction

    // ------------------------------------------------------------------ AXI4-Lite tasks
    // Race-free on every simulator: inputs are driven 1 ns after a rising edge and the
    // handshake that the next edge will see is sampled 1 ns later (outputs settled).
    task automatic axil_wr(input [11:0] addr, input [31:0] data);
        reg aw_done, w_done, aw_hs, w_hs, b_hs;
        begin
            @(posedge clk); #1;
            s_axil_awaddr  = addr;
            s_axil_wdata   = data;
            s_axil_awvalid = 1'b1;
            s_axil_wvalid  = 1'b1;
            s_axil_bready  = 1'b1;
            aw_done = 1'b0;
            w_done  = 1'b0;
            while (!(aw_done && w_done)) begin
                #1;
                aw_hs = s_axil_awvalid && s_axil_awready;
                w_hs  = s_axil_wvalid && s_axil_wready;
                @(posedge clk); #1;
                if (aw_hs) begin aw_done = 1'b1; s_axil_awvalid = 1'b0; end
                if (w_hs) begin w_done = 1'b1; s_axil_wvalid = 1'b0; end
            end
            b_hs = 1'b0;
            while (!b_hs) begin
                #1;
                b_hs = s_axil_bvalid;
                if (b_hs) last_resp = s_axil_bresp;
                @(posedge clk); #1;
            end
            s_axil_bready = 1'b0;
        end
    endtask

    task automatic axil_rd(input [11:0] addr, output [31:0] data);
        reg hs;
        begin
            @(posedge clk); #1;
            s_axil_araddr  = addr;
            s_axil_arvalid = 1'b1;
            s_axil_rready  = 1'b1;
            hs = 1'b0;
            while (!hs) begin
                #1;
                hs = s_axil_arready;
                @(posedge clk); #1;
            end
            s_axil_arvalid = 1'b0;
            hs = 1'b0;
            while (!hs) begin
                #1;
                hs = s_axil_rvalid;
                if (hs) begin
                    data = s_axil_rdata;
                    last_resp = s_axil_rresp;
                end
                @(posedge clk); #1;
            end
            s_axil_rready = 1'b0;
        end
    endtask

    // ACTIVATE/... a VC through the VC command registers, polling until done.
    task automatic vc_cmd(input [3:0] op, input integer vc, input [31:0] vpivci,
                          input [31:0] param, input [31:0] max_sdu, input [31:0] inc,
                          output [3:0] result);
        reg [31:0] v;
        begin
            axil_wr(ADDR_VC_SELECT, vc);
            axil_wr(ADDR_VC_VPIVCI, vpivci);
            axil_wr(ADDR_VC_PARAM, param);
            axil_wr(ADDR_VC_MAX_SDU, max_sdu);
            axil_wr(ADDR_VC_PCR_INC, inc);
            axil_wr(ADDR_VC_CMD, {28'd0, op});
            v = 32'h100;
            while (v[8]) axil_rd(ADDR_VC_CMD, v);
            result = v[19:16];
        end
    endtask

    // ------------------------------------------------------------------ timing marks
    // "BENCH_T mark=<name>" flushed at once: the runner (vcnic_tb.runner.run_hdl) reads the
    // simulator's output as it comes and notes the process's CPU time (/proc) and the wall
    // clock when a mark arrives, so the traffic phase is timed without the start-up.
    task mark(input integer id);
        begin
            case (id)
                1: $display("BENCH_T mark=traffic_start");
                2: $display("BENCH_T mark=traffic_end");
                3: $display("BENCH_T mark=rx_start");
                default: $display("BENCH_T mark=rx_end");
            endcase
            $fflush;
        end
    endtask
