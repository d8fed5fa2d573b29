"""The runner's build cache (vcnic_tb.runner.build): a failed build leaves nothing but its
log behind, so the next build starts clean instead of taking a half-written file as done
(a Verilator build whose script failed once kept failing for good: an empty Vtop__ALL.cpp
newer than its sources)."""

from __future__ import annotations

import importlib

import cocotb_tools.runner
import pytest

b = importlib.import_module("vcnic_tb.runner.build")


def test_a_failed_build_leaves_only_its_log(tmp_path, monkeypatch):
    monkeypatch.setenv("VCNIC_BUILD_DIR", str(tmp_path))
    calls = []

    def failing(runner, build_dir, stale, verbose, **kw):
        calls.append(stale)
        (build_dir / "build.log").write_text("the simulator said no\n")
        (build_dir / "Vtop__ALL.cpp").write_text("")          # half-written output
        (build_dir / "obj").mkdir(exist_ok=True)
        (build_dir / "obj" / "x.o").write_bytes(b"")
        raise RuntimeError("Command failed with return code: 2")

    monkeypatch.setattr(b, "_runner_build", failing)
    monkeypatch.setattr(cocotb_tools.runner, "get_runner", lambda sim: object())
    for _ in range(2):
        with pytest.raises(b.BuildFailed, match="the simulator said no"):
            b.build(sim="icarus")
    (build_dir,) = [p for p in tmp_path.iterdir() if p.is_dir()]
    assert sorted(p.name for p in build_dir.iterdir()) == [".lock", "build.log"]
    assert calls == [True, True]   # the second attempt rebuilt from scratch (stale)
