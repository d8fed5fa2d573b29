"""cocotb testbench of the vcnic core: runner, RTL backend, cell components, test modules.

- `vcnic_tb.runner`: build (cached) and run simulations; `run_cocotb`, `run_cosim`.
- `vcnic_tb.rtl_backend`: `RtlBackend(dut)` with `.window` (RegisterWindow) and `.port`
  (DataPort) for the driver, `.core` raw register helpers for tests.
- `vcnic_tb.cells`: `CellSource`, `CellSink`, `CellMonitor` (ERF captures), `LineLoop`.
- `vcnic_tb.test_*`: cocotb test modules, launched by `tests/test_rtl_*.py`.

Only `runner` may be imported outside a simulator; the rest needs a running cocotb.
See docs/testbench.md.
"""
