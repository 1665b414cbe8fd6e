"""Files for the tests that read inputs from disk (tests/test_cli.py, test_bad_input.py,
test_readers.py)."""

from __future__ import annotations

from pathlib import Path


def write(path: Path, data: str | bytes) -> Path:
    """Write ``data`` (text as UTF-8) to ``path``, making its folders; return the path."""
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
    return path
