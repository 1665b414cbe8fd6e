"""The build tool (tools/build_prefix_table.py) as a module, for the tests that check the files
it ships are what it builds now."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

TOOL = Path(__file__).resolve().parents[1] / "tools" / "build_prefix_table.py"


def build_tool() -> ModuleType:
    """tools/build_prefix_table.py, loaded afresh."""
    spec = importlib.util.spec_from_file_location("build_prefix_table", TOOL)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module
