"""Real Linux traffic through the simulated NICs (`vcnic tap`, docs/tap.md).

- `config`: what a run is (mode, encapsulation, VC, names, addresses), passed to the
  simulator as JSON;
- `netns`: the host side: privilege check, the two network namespaces, moving and
  configuring an interface inside one, removing everything again (pyroute2);
- `session`: the parent process: namespaces, the simulator process, the live line,
  commands to the simulation, clean-up on Ctrl-C, SIGTERM or a dead simulator.

The simulation side (the cocotb test that opens the TAP/TUN devices and runs the two
NICs) is `vcnic_tb.tap_bridge`.
"""
