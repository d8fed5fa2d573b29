// vcnic_rx alone, for its unit test (tb/vcnic_tb/test_rx_unit.py). Paths relative to here.
+incdir+..
+incdir+../generated
../rx_cell.v
../vc_lookup.v
../rx_reasm.v
../rx_deliver.v
../vcnic_rx.v
vcnic_rx_wrap.v
