// Source list of the vcnic_core top. Paths are relative to this file's directory.
// Read by the Makefile (lint) and by vcnic_tb.runner (simulation).
+incdir+generated
+incdir+.
generated/vcnic_regs.sv
vcnic_rx.v
vcnic_core.v
