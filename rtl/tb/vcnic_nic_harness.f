// The NIC harness for cocotb (vcnic_tb.dma_backend): the NIC, its host memory and the HDL
// register master. Paths relative to this file's directory.
-f ../vcnic_nic.f
+incdir+.
hdl_stream.v
host_mem.v
vcnic_nic_harness.v
