"""The README's promises run as tests: its code blocks, its commands and its links."""

from __future__ import annotations

import re
import shlex
import shutil
from pathlib import Path

import click
import pytest
from click.testing import CliRunner

import chrono
from chrono.cli import main

ROOT = Path(__file__).resolve().parent.parent
README = (ROOT / "README.md").read_text(encoding="utf-8")
CHANGELOG = (ROOT / "CHANGELOG.md").read_text(encoding="utf-8")

INSTALL_AND_RUN = (
    "pip install . && chrono export seeds/000_6fc72e7ce6816498.txt --format ics -o timeline.ics"
)
INSTALL_AND_TEST = "pip install -e '.[test]' && python -m pytest"

_FENCE = re.compile(r"^```(\w*)\n(.*?)^```$", re.MULTILINE | re.DOTALL)


def blocks(language: str) -> list[str]:
    """The README's fenced code blocks in ``language``, in order."""
    return [body for lang, body in _FENCE.findall(README) if lang == language]


def chrono_command_lines() -> list[str]:
    """Every ``chrono ...`` line of the shell blocks that runs without a shell (no pipes)."""
    lines = []
    for block in blocks("sh"):
        for line in block.splitlines():
            words = shlex.split(line, comments=True)
            while words and re.fullmatch(r"[A-Z_]+=.*", words[0]):
                words = words[1:]
            if words[:1] == ["chrono"] and not {"|", "<", ">", "&&"} & set(words):
                lines.append(line)
    return lines


def test_the_two_commands_are_there_verbatim() -> None:
    """The "Two commands" section keeps the install-and-run and install-and-test commands."""
    section = README.split("## Two commands", 1)[1].split("\n## ", 1)[0]
    bodies = [body.strip() for _, body in _FENCE.findall(section)]
    assert bodies == [INSTALL_AND_RUN, INSTALL_AND_TEST]


def test_ci_runs_the_readme_test_command() -> None:
    """.ci/run runs exactly the README's test command."""
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert INSTALL_AND_TEST in ci.splitlines()


@pytest.mark.parametrize("number", range(len(blocks("python"))))
def test_python_block_runs(
    number: int, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """Each ```python block of the README runs as written (in an empty folder)."""
    monkeypatch.chdir(tmp_path)
    code = compile(blocks("python")[number], f"README.md python block {number + 1}", "exec")
    exec(code, {"__name__": "__readme__"})
    capsys.readouterr()


def test_the_readme_has_python_blocks() -> None:
    """The library section shows runnable code (so the test above is not vacuous)."""
    assert len(blocks("python")) >= 1
    assert "extract_timeline" in blocks("python")[0]


@pytest.mark.parametrize(
    "line",
    [
        pytest.param(line, id=shlex.join(shlex.split(line, comments=True)))
        for line in chrono_command_lines()
    ],
)
def test_shell_example_runs(line: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Each ``chrono`` example line of the README exits 0 (run beside copies of its inputs)."""
    shutil.copytree(ROOT / "seeds", tmp_path / "seeds")
    shutil.copytree(ROOT / "tests" / "fixtures", tmp_path / "tests" / "fixtures")
    monkeypatch.chdir(tmp_path)
    words = shlex.split(line, comments=True)
    env: dict[str, str | None] = {"SOURCE_DATE_EPOCH": None}
    while re.fullmatch(r"[A-Z_]+=.*", words[0]):
        name, _, value = words.pop(0).partition("=")
        env[name] = value
    assert words[0] == "chrono"
    result = CliRunner().invoke(main, words[1:], env=env, catch_exceptions=False)
    assert result.exit_code == 0, result.output


def test_the_readme_shows_both_commands() -> None:
    """Both ``export`` and ``eval`` have runnable examples."""
    subcommands = {shlex.split(line, comments=True)[1] for line in chrono_command_lines()}
    assert {"export", "eval"} <= subcommands


def test_every_export_option_is_in_the_readme() -> None:
    """The README's option table names every option of ``chrono export``."""
    export = main.commands["export"] if isinstance(main, click.Group) else None
    assert export is not None
    for param in export.params:
        if isinstance(param, click.Option):
            assert any(f"`{opt}" in README for opt in param.opts), param.opts


def test_relative_links_point_to_files() -> None:
    """Every relative Markdown link of the README names a file of the repository."""
    targets = re.findall(r"\]\(([^)#:]+)(?:#[^)]*)?\)", README)
    assert "docs/FORMATS.md" in targets
    for target in targets:
        assert (ROOT / target).exists(), target


def test_changelog_has_an_entry_for_this_version() -> None:
    """CHANGELOG.md has a heading for the package's version."""
    assert re.search(rf"^## \[?{re.escape(chrono.__version__)}\]?", CHANGELOG, re.MULTILINE)
