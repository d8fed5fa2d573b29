"""The committed register artefacts are exactly what rtl/regs/vcnic.rdl generates."""

from __future__ import annotations

import filecmp
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
GENERATED = ["rtl/generated", "drivers/vcnic/regs/vcnic_regs",
             "drivers/vcnic/regs/vcnic_dma_regs", "docs/regmap"]
GENERATED_FILES = ["drivers/vcnic/regs/dma_layout.py"]


def _diff(a: Path, b: Path) -> list[str]:
    cmp = filecmp.dircmp(a, b, ignore=["__pycache__"])
    out = [f"only in repo: {a / n}" for n in cmp.left_only]
    out += [f"missing from repo: {a / n}" for n in cmp.right_only]
    out += [f"differs: {a / n}" for n in cmp.diff_files]
    for sub in cmp.common_dirs:
        out += _diff(a / sub, b / sub)
    return out


def test_generated_files_match_rdl(tmp_path):
    subprocess.run([sys.executable, str(ROOT / "rtl/regs/generate.py"), "--out", str(tmp_path)],
                   check=True)
    problems = []
    for rel in GENERATED:
        problems += _diff(ROOT / rel, tmp_path / rel)
    for rel in GENERATED_FILES:
        if (ROOT / rel).read_bytes() != (tmp_path / rel).read_bytes():
            problems.append(f"differs: {rel}")
    assert not problems, "run `make regs` and commit:\n" + "\n".join(problems)


def test_an_event_field_software_could_drop_is_refused(tmp_path):
    """An interrupt cause (hwset, W1C) without `precedence = hw` would lose an event
    written in the same cycle as any write to its register: `make regs` refuses it."""
    import importlib.util

    from systemrdl import RDLCompiler

    spec = importlib.util.spec_from_file_location("vcnic_regs_gen", ROOT / "rtl/regs/generate.py")
    gen = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(gen)

    def top(precedence: str):
        rdl = tmp_path / f"t_{precedence or 'none'}.rdl"
        rdl.write_text("addrmap t { reg { field { sw = rw; hw = r; woclr; hwset; "
                       + precedence + " } cause[0:0] = 0; } INT_STATUS @ 0x0; };\n")
        c = RDLCompiler()
        c.compile_file(str(rdl))
        return c.elaborate(top_def_name="t").top

    gen.event_fields_lose_nothing(top("precedence = hw;"))
    try:
        gen.event_fields_lose_nothing(top(""))
    except SystemExit as e:
        assert "t.INT_STATUS.cause" in str(e) and "precedence = hw" in str(e)
    else:
        raise AssertionError("a droppable event field was accepted")
