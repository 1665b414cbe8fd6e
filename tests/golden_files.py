"""Golden files: writer outputs of hand-built timelines, compared byte for byte.

The expected bytes live in ``tests/golden/<format>/<case>``. After an intended change to a
writer, rewrite them with ``CHRONO_UPDATE_GOLDEN=1 python -m pytest tests/test_writers_*.py``
and review the diff: the files are the format contract, shown by example.
"""

from __future__ import annotations

import os
from pathlib import Path

GOLDEN = Path(__file__).resolve().parent / "golden"
UPDATE = "CHRONO_UPDATE_GOLDEN"


def assert_golden(relative: str, data: bytes) -> None:
    """Assert that ``data`` is the content of ``tests/golden/<relative>`` (or rewrite it)."""
    path = GOLDEN / relative
    if os.environ.get(UPDATE):
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
    assert path.exists(), f"tests/golden/{relative} is missing: run with {UPDATE}=1"
    assert path.read_bytes() == data, (
        f"output differs from tests/golden/{relative}: if the change is intended, rerun with "
        f"{UPDATE}=1 and review the diff"
    )
