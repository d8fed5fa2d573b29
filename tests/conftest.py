"""Shared pytest configuration: paths and markers."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="session")
def repo_root() -> Path:
    return ROOT


def pytest_collection_modifyitems(config, items):
    if shutil.which("iverilog"):
        return
    skip = pytest.mark.skip(reason="iverilog not installed: run `make test`, which installs it")
    for item in items:
        if "rtl" in item.keywords:
            item.add_marker(skip)
