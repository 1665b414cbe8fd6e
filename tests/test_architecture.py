"""The dependency direction of STYLE.md, read from the source with ``ast`` (nothing is imported).

Allowed imports point down: ``cli`` -> ``api``, ``writers``, ``timeml``, ``errors``; ``api`` ->
the engine and ``model``; everything else -> ``model``, ``errors``. Nothing imports ``cli``, the
engine never imports a writer, writers see only the model, and the library never reads the clock.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "chrono"

ENGINE = (
    "chrono.extract",
    "chrono.anchor",
    "chrono.discourse",
    "chrono.events",
    "chrono.text",
    "chrono.dct",
    "chrono.genre",
)
"""The extraction engine: text in, mentions and events out. It knows nothing of output."""

CLOCK_READS = frozenset({"now", "today", "utcnow"})
"""``datetime``/``date`` methods that read the clock."""

TIME_CLOCK_READS = frozenset({"time", "time_ns", "localtime", "gmtime", "ctime"})
"""``time`` functions that read the clock (``gmtime()`` and friends do when called bare)."""


def module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def modules() -> dict[str, ast.Module]:
    """Every module of the package, parsed, by dotted name."""
    return {
        module_name(path): ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        for path in sorted(PACKAGE.rglob("*.py"))
    }


MODULES = modules()


def is_package(name: str) -> bool:
    return (PACKAGE.parent / name.replace(".", "/") / "__init__.py").exists()


def imports(name: str, tree: ast.Module) -> set[str]:
    """The modules ``name`` imports, anywhere in its body (lazy imports in functions count).

    ``from chrono import x`` counts as importing ``chrono`` (whose ``__init__`` re-exports the
    API) and, when ``x`` is a submodule, ``chrono.x`` too.
    """
    found: set[str] = set()
    package = name if is_package(name) else name.rpartition(".")[0]
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.rsplit(".", node.level - 1)[0] if node.level > 1 else package
                target = f"{base}.{node.module}" if node.module else base
            else:
                target = node.module or ""
            found.add(target)
            for alias in node.names:
                candidate = f"{target}.{alias.name}"
                if candidate in MODULES:
                    found.add(candidate)
    return found


def within(module: str, prefixes: tuple[str, ...]) -> bool:
    """True if ``module`` is one of ``prefixes`` or inside one of them."""
    return any(module == p or module.startswith(p + ".") for p in prefixes)


def chrono_imports(name: str) -> set[str]:
    return {m for m in imports(name, MODULES[name]) if within(m, ("chrono",))}


def clock_reads(tree: ast.Module) -> Iterator[str]:
    """Each place a module reads the clock, as ``line: code``."""
    for node in ast.walk(tree):
        if isinstance(node, ast.Attribute):
            base = node.value
            owner = base.attr if isinstance(base, ast.Attribute) else getattr(base, "id", "")
            if node.attr in CLOCK_READS and owner in {"datetime", "date", "dt"}:
                yield f"{node.lineno}: {ast.unparse(node)}"
            if node.attr in TIME_CLOCK_READS and owner == "time":
                yield f"{node.lineno}: {ast.unparse(node)}"
        elif isinstance(node, ast.ImportFrom) and node.module == "time":
            for alias in node.names:
                if alias.name in TIME_CLOCK_READS:
                    yield f"{node.lineno}: from time import {alias.name}"


def test_the_package_has_the_modules_these_rules_name() -> None:
    """The rules below would pass vacuously if the layout moved: check it is still there."""
    for name in ("chrono.cli", "chrono.api", "chrono.model", "chrono.writers.ics", *ENGINE):
        assert name in MODULES, name
    assert "chrono.extract.normalize" in MODULES


# chrono.__main__ is left out: it exists to run the CLI (``python -m chrono``).
@pytest.mark.parametrize("name", sorted(set(MODULES) - {"chrono.__main__"}))
def test_nothing_imports_the_cli(name: str) -> None:
    """No module of chrono imports chrono.cli; only ``python -m chrono`` runs it."""
    assert not {m for m in chrono_imports(name) if within(m, ("chrono.cli",))}


@pytest.mark.parametrize("name", sorted(n for n in MODULES if within(n, (*ENGINE, "chrono.model"))))
def test_engine_never_imports_writers_cli_or_api(name: str) -> None:
    """The engine and the model import neither writers, the CLI, the API nor the package root."""
    forbidden = {
        m
        for m in chrono_imports(name)
        if m == "chrono" or within(m, ("chrono.writers", "chrono.cli", "chrono.api"))
    }
    assert not forbidden, f"{name} imports {sorted(forbidden)}"


def test_model_and_errors_import_no_other_chrono_module() -> None:
    """The model and the errors sit at the bottom: they import nothing from chrono."""
    assert chrono_imports("chrono.model") == set()
    assert chrono_imports("chrono.errors") == set()


@pytest.mark.parametrize("name", sorted(n for n in MODULES if within(n, ("chrono.writers",))))
def test_writers_see_only_the_model_and_the_errors(name: str) -> None:
    """Writers import chrono.model, chrono.errors and each other, nothing else of chrono."""
    allowed = ("chrono.model", "chrono.errors", "chrono.writers")
    stray = {m for m in chrono_imports(name) if not within(m, allowed)}
    assert not stray, f"{name} imports {sorted(stray)}"


@pytest.mark.parametrize("name", sorted(MODULES))
def test_only_normalize_imports_dateparser(name: str) -> None:
    """dateparser sits behind one wrapper, chrono.extract.normalize."""
    uses = {m for m in imports(name, MODULES[name]) if within(m, ("dateparser",))}
    if name == "chrono.extract.normalize":
        assert uses, "the wrapper no longer imports dateparser: update this test"
    else:
        assert not uses, f"{name} imports {sorted(uses)}"


@pytest.mark.parametrize("name", sorted(MODULES))
def test_the_library_never_reads_the_clock(name: str) -> None:
    """No module calls datetime.now/today/utcnow or time.time: output never depends on "now"."""
    assert list(clock_reads(MODULES[name])) == []


@pytest.mark.parametrize(
    "source",
    [
        "import datetime\ndatetime.datetime.now()",
        "import datetime as dt\ndt.date.today()",
        "from datetime import datetime\ndatetime.utcnow()",
        "import time\ntime.time()",
        "from time import time_ns",
    ],
)
def test_clock_detector_finds_clock_reads(source: str) -> None:
    """The clock check is not vacuous: it flags each way of reading the clock."""
    assert list(clock_reads(ast.parse(source)))


def test_import_detector_sees_lazy_and_submodule_imports() -> None:
    """Imports inside functions and ``from package import submodule`` are both seen."""
    tree = ast.parse("def f():\n    from chrono import cli\n    import dateparser.search\n")
    assert imports("chrono.events", tree) >= {"chrono", "chrono.cli", "dateparser.search"}
