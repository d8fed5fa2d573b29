// vcnic_core with its smoke-test wrapper. Paths relative to this file's directory.
-f ../vcnic_core.f
vcnic_core_tb.v
