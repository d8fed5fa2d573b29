// host_mem alone, for its unit test (tests/test_host_mem.py). Paths relative to here.
host_mem.v
host_mem_tb.v
