// Source list of the vcnic_core top. Paths are relative to this file's directory.
// Read by the Makefile (lint) and by vcnic_tb.runner (simulation).
+incdir+generated
+incdir+.
generated/vcnic_regs.sv
axil_resp_split.v
rx_cell.v
vc_lookup.v
rx_reasm.v
rx_deliver.v
vcnic_rx.v
tx_ingest.v
tx_sched.v
tx_cell.v
vc_table.v
vcnic_core.v
