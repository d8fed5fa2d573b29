# vcnic: the Makefile stays thin; it sets up, then calls the `vcnic` command or pytest.
#   make sim     the main job: a co-simulation of the default scenario (RTL, loopback)
#   make test    the test suite (pure Python, RTL runner tests, lint, regeneration check)
#   make tap     two network namespaces joined by two simulated NICs (root; docs/tap.md)
#   PYTHON=python3.13 VENV=.venv313 make test   the same on another supported Python
SHELL  := /bin/bash
VENV   ?= .venv
PY     := $(VENV)/bin/python
VCNIC  := $(VENV)/bin/vcnic
SIM    ?= icarus
JOBS   ?= auto
SEEDS  ?= 200
export SIM
# Another venv (another Python) gets its own simulator builds: a Verilator build links the
# cocotb libraries of the venv that built it.
ifneq ($(VENV),.venv)
export VCNIC_BUILD_DIR ?= $(CURDIR)/build/sim-$(notdir $(VENV))
endif

.PHONY: all setup sim test lint regs regress coverage bench docs clean tap test-tap

all: test

setup:
	@VENV=$(VENV) tools/bootstrap.sh

sim: setup
	$(VCNIC) sim --backend rtl $(SIM_ARGS)

test: setup
	$(PY) -m pytest -n $(JOBS) -q $(TEST_ARGS)

lint: setup
	$(PY) -m pytest -q tests/test_lint.py

regs: setup
	$(PY) rtl/regs/generate.py

regress: setup
	$(VCNIC) regress --seeds $(SEEDS) --jobs $(JOBS)

# HDL line/branch/toggle coverage over a regression (Verilator): build/coverage/report.html
coverage: setup
	$(VCNIC) regress --seeds $(SEEDS) --jobs $(JOBS) --sim verilator --coverage --out build/coverage

bench: setup
	$(VCNIC) bench

# real Linux traffic between two namespaces through two simulated NICs (root; docs/tap.md)
tap: setup
	$(VCNIC) tap --sim $(SIM) $(TAP_ARGS)

test-tap: setup
	$(PY) -m pytest -q -m tap tests/test_tap.py $(TEST_ARGS)

docs: regs
	@echo "docs/regmap/index.html regenerated; the rest of docs/ is hand-written markdown"

clean:
	rm -rf build sim_build .pytest_cache .ruff_cache results.xml
