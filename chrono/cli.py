"""The ``chrono`` command: parse options, make one library call, write bytes.

Exit codes: 0 all good; 1 some inputs failed (the others are still exported); 2 usage error
(bad option, unwritable output, nothing readable).
"""

from __future__ import annotations

import atexit
import gc
import os
import shutil
import signal
import sys
from collections.abc import Callable, Sequence
from types import FrameType
from typing import TYPE_CHECKING, Any, BinaryIO, TypeVar

import click

from chrono import __version__, batch
from chrono.api import build_timeline
from chrono.errors import ChronoError, InputError, OptionError
from chrono.extract.normalize import parse_reference_date
from chrono.io import check_writable, write_output
from chrono.model import Genre, Timeline
from chrono.readers import InputFailure, iter_inputs
from chrono.records import INPUT_FORMATS, Fields, RecordFailure, RecordReader
from chrono.writers import RenderOptions, formats
from chrono.writers.plot import PLOT_FORMATS, plot_format, render_plot

if TYPE_CHECKING:
    import datetime as dt

F = TypeVar("F", bound=Callable[..., Any])

EXIT_PARTIAL = 1
EXIT_USAGE = 2


class UsageProblem(click.ClickException):
    """A bad option or output path: one line on stderr, exit 2, nothing written."""

    exit_code = EXIT_USAGE


def _on_sigterm(signum: int, frame: FrameType | None) -> None:
    # Unwind normally so atomic writers remove their temporary files.
    raise SystemExit(128 + signum)


def anchoring_options(func: F) -> F:
    """Options shared by every command that extracts from text."""
    func = click.option(
        "--day-first",
        is_flag=True,
        help='Read numeric dates day first ("05/06/2023" is 5 June).',
    )(func)
    func = click.option(
        "--genre",
        type=click.Choice([g.value for g in Genre]),
        default=Genre.NEWS.value,
        show_default=True,
        help="news: relative dates count from the document date; narrative: from the last "
        "date the text established.",
    )(func)
    return func


def reading_options(func: F) -> F:
    """Options of the commands that read texts into one timeline (plot, show)."""
    func = click.option(
        "--encoding", type=str, default=None, help="Decode inputs with this codec."
    )(func)
    func = anchoring_options(func)
    func = click.option(
        "--reference-date",
        type=str,
        default=None,
        help="Document creation date for every input (YYYY-MM-DD or a written date).",
    )(func)
    return func


class _OneLineErrors(click.Group):
    """A group whose usage errors are one line on stderr (click adds usage and a hint)."""

    def main(
        self,
        args: Sequence[str] | None = None,
        prog_name: str | None = None,
        complete_var: str | None = None,
        standalone_mode: bool = True,
        **extra: Any,
    ) -> Any:
        if not standalone_mode:
            return super().main(args, prog_name, complete_var, False, **extra)
        try:
            result = super().main(args, prog_name, complete_var, False, **extra)
        except click.UsageError as exc:
            click.echo(f"Error: {exc.format_message()}", err=True)
            sys.exit(exc.exit_code)
        except click.ClickException as exc:
            exc.show()
            sys.exit(exc.exit_code)
        except click.Abort:
            click.echo("Aborted!", err=True)
            sys.exit(1)
        sys.exit(result if isinstance(result, int) else 0)


@click.group(
    cls=_OneLineErrors,
    context_settings={"help_option_names": ["-h", "--help"]},
    epilog="Example: chrono export article.txt --format ics -o timeline.ics",
)
@click.version_option(__version__, prog_name="chrono")
def main() -> None:
    """Turn text into timelines: find every temporal expression, normalize it, export it."""
    signal.signal(signal.SIGTERM, _on_sigterm)
    # At exit, what is left (the grammar, the matcher's indexes and caches) is frozen rather than
    # collected one last time: the process ends about 0.15 s sooner. Every output is closed by
    # then (written in a with block), so nothing waits for a collection to be flushed.
    atexit.register(gc.freeze)


@main.command(
    epilog="Example: chrono export seeds/000_6fc72e7ce6816498.txt --format ics -o timeline.ics"
)
@click.argument("inputs", nargs=-1, type=str)
@click.option(
    "-f",
    "--format",
    "fmt",
    type=click.Choice(formats()),
    default="json",
    show_default=True,
    help="Output format.",
)
@click.option(
    "-o",
    "--output",
    type=str,
    default="-",
    show_default=True,
    help="Output file (written atomically), or - for standard output.",
)
@click.option(
    "--reference-date",
    type=str,
    default=None,
    help="Document creation date for every input (YYYY-MM-DD or a written date). Default: "
    "a dateline found in each text, else none (relative dates stay unresolved).",
)
@anchoring_options
@click.option(
    "--encoding",
    type=str,
    default=None,
    help="Decode inputs with this codec. Default: BOM, else UTF-8 with a Windows-1252 "
    "fallback per invalid byte.",
)
@click.option(
    "--ics-coarse",
    type=click.Choice(["span", "start", "skip"]),
    default="span",
    show_default=True,
    help="iCalendar: events coarser than a day span their whole period, take their first "
    "day only, or are skipped.",
)
@click.option(
    "--calendar-name",
    type=str,
    default=None,
    help="iCalendar X-WR-CALNAME (default: the input file name).",
)
@click.option(
    "--fail-fast", is_flag=True, help="Stop at the first input or record that cannot be read."
)
@click.option(
    "--input-format",
    type=click.Choice(INPUT_FORMATS),
    default="text",
    show_default=True,
    help="text: each file is one document. jsonl, csv: one record per line or row, each with "
    "its own id, date and text. timeml: .tml files, dated by their <DCT>.",
)
@click.option(
    "--text-field", default="text", show_default=True, help="jsonl/csv: the field of the text."
)
@click.option(
    "--dct-field",
    default="time",
    show_default=True,
    help="jsonl/csv: the field of the record's date, which anchors its relative dates "
    "(missing: --reference-date, else a dateline; not a date: the record fails).",
)
@click.option(
    "--id-field",
    default="id",
    show_default=True,
    help="jsonl/csv: the field of the record id (missing: FILE:LINE).",
)
@click.option(
    "-j",
    "--jobs",
    type=click.IntRange(min=1),
    default=None,
    help="Processes that extract: this one and N-1 workers (default: all cores; 1: no pool). "
    "The output is the same for any N.",
)
@click.option(
    "--resume",
    is_flag=True,
    help="Records to a csv/jsonl -o FILE: keep the records FILE already holds, append the "
    "others (FILE is then written in place, record by record).",
)
@click.option(
    "--errors-file",
    type=str,
    default=None,
    help='Write each failed input or record as a JSON line {"id", "source", "reason"}.',
)
@click.option(
    "-q", "--quiet", is_flag=True, help="No progress bar (shown only when stderr is a terminal)."
)
def export(
    inputs: tuple[str, ...],
    fmt: str,
    output: str,
    reference_date: str | None,
    genre: str,
    day_first: bool,
    encoding: str | None,
    ics_coarse: str,
    calendar_name: str | None,
    fail_fast: bool,
    input_format: str,
    text_field: str,
    dct_field: str,
    id_field: str,
    jobs: int | None,
    resume: bool,
    errors_file: str | None,
    quiet: bool,
) -> None:
    """Export the timeline of INPUTS (files, directories, or - for standard input).

    Several inputs make one timeline with one document each. A file or record that cannot be
    read is reported on stderr and the others are still exported (exit code 1).
    """
    # Every option is checked before any input is read, so a usage error writes nothing.
    try:
        dct = _reading_options(reference_date, day_first, encoding)
        dtstamp_epoch = _source_date_epoch()
        if output != "-":
            check_writable(output)
    except ChronoError as exc:
        raise UsageProblem(str(exc)) from exc

    # sys.stdin.buffer, not click.get_binary_stream (deprecated in click 8.5); under CliRunner
    # sys.stdin is a text wrapper over bytes, so .buffer works there too.
    stdin: BinaryIO = sys.stdin.buffer
    fields = Fields(text=text_field, dct=dct_field, id=id_field)
    reader = RecordReader(
        list(inputs) or ["-"],
        input_format=input_format,
        fields=fields,
        encoding=encoding,
        stdin=stdin,
    )
    progress = (
        batch.Progress(sys.stderr, lambda: reader.bytes_read, reader.total_bytes())
        if not quiet and sys.stderr.isatty()
        else None
    )

    def report(failure: RecordFailure) -> None:
        line = f"chrono: {failure.message}"
        if progress is not None:
            progress.echo(line)
        else:
            click.echo(line, err=True)

    options = batch.ExtractOptions(
        genre=genre, day_first=day_first, reference_date=dct, fields=fields
    )
    # This process extracts until it ends: its grammar need not be walked by every collection.
    batch.warm_up_and_freeze(options)
    try:
        done = batch.export(
            reader,
            format=fmt,
            output=output,
            stdout=sys.stdout.buffer,
            options=options,
            settings=batch.RenderSettings(
                calendar_name=calendar_name, ics_coarse=ics_coarse, dtstamp_epoch=dtstamp_epoch
            ),
            by_input=input_format != "text",
            jobs=jobs or batch.default_jobs(),
            fork=True,  # the workers start from this process's loaded, frozen grammar
            resume=resume,
            errors_file=errors_file,
            fail_fast=fail_fast,
            on_failure=report,
            on_progress=progress.update if progress is not None else None,
        )
    except batch.Stopped:
        raise SystemExit(EXIT_PARTIAL) from None
    except ChronoError as exc:
        raise UsageProblem(str(exc)) from exc
    finally:
        if progress is not None:
            progress.close()
    if done.failed:
        raise SystemExit(EXIT_PARTIAL)


@main.command(
    "eval",
    epilog="Example: chrono eval ../shared/corpora/tbaq --errors",
)
@click.argument("gold", nargs=-1, required=True, type=str)
@click.option(
    "--genre",
    type=click.Choice([g.value for g in Genre]),
    default=Genre.AUTO.value,
    show_default=True,
    help="Anchoring policy: auto reads each document as news or as a narrative (a corpus "
    "may hold both); news or narrative applies one to every document.",
)
@click.option(
    "--errors",
    "show_errors",
    is_flag=True,
    help="List every miss, spurious mention and wrong value.",
)
@click.option("--json", "as_json", is_flag=True, help="Print the scores as JSON.")
def evaluate(gold: tuple[str, ...], genre: str, show_errors: bool, as_json: bool) -> None:
    """Score chrono against TimeML gold files or directories (TempEval-3 metrics)."""
    import json

    from chrono.timeml import evaluate as run_eval

    try:
        result = run_eval(list(gold), genre=genre)
    except InputError as exc:
        raise UsageProblem(str(exc)) from exc
    if as_json:
        click.echo(json.dumps(result.scores.to_dict(), indent=2, sort_keys=True))
    else:
        click.echo(result.format_text("chrono eval"))
    if show_errors:
        click.echo(result.format_errors_text())


def _reading_options(
    reference_date: str | None, day_first: bool, encoding: str | None
) -> dt.date | None:
    """Check the options every reading command shares; the reference date, parsed."""
    dct = (
        parse_reference_date(reference_date, day_first=day_first)
        if reference_date is not None
        else None
    )
    if encoding is not None:
        _check_encoding(encoding)
    return dct


def _check_encoding(name: str) -> None:
    import codecs

    try:
        codecs.lookup(name)
    except LookupError:
        raise OptionError(f"unknown encoding {name!r}") from None


# The seconds of 0001-01-01T00:00:00Z and 9999-12-31T23:59:59Z: DTSTAMP must be a real UTC
# date-time, and datetime cannot go further.
_EPOCH_MIN = -62135596800
_EPOCH_MAX = 253402300799


def _source_date_epoch() -> int | None:
    """The reproducible-builds timestamp, or None when ``SOURCE_DATE_EPOCH`` is unset or empty.

    Empty counts as unset, as in CPython's py_compile.

    Raises:
        OptionError: the value is not an integer number of seconds within years 1 to 9999.
    """
    raw = os.environ.get("SOURCE_DATE_EPOCH", "")
    if not raw:
        return None
    try:
        seconds = int(raw)
    except ValueError:
        raise OptionError(f"SOURCE_DATE_EPOCH must be an integer, not {raw!r}") from None
    if not _EPOCH_MIN <= seconds <= _EPOCH_MAX:
        raise OptionError(f"SOURCE_DATE_EPOCH is out of range (years 1 to 9999): {raw!r}")
    return seconds


def _read_timeline(
    inputs: tuple[str, ...],
    *,
    reference_date: str | None,
    genre: str,
    day_first: bool,
    encoding: str | None,
) -> tuple[Timeline, int]:
    """Read INPUTS into one timeline, as ``export`` reads plain text files (for plot, show).

    Unreadable inputs are reported on stderr and counted; none readable is a usage error.
    """
    try:
        dct = _reading_options(reference_date, day_first, encoding)
    except ChronoError as exc:
        raise UsageProblem(str(exc)) from exc
    texts: list[tuple[str, str]] = []
    failures = 0
    for item in iter_inputs(list(inputs) or ["-"], encoding=encoding, stdin=sys.stdin.buffer):
        if isinstance(item, InputFailure):
            failures += 1
            click.echo(f"chrono: {item.message}", err=True)
        else:
            texts.append((item.source, item.text))
    if not texts:
        raise UsageProblem("no readable input")
    try:
        return build_timeline(texts, dct=dct, genre=genre, day_first=day_first), failures
    except ChronoError as exc:
        raise UsageProblem(str(exc)) from exc


def _timeline_name(inputs: tuple[str, ...], title: str | None) -> str:
    if title is not None:
        return title
    if len(inputs) == 1 and inputs[0] != "-":
        return os.path.basename(inputs[0])
    return "chrono timeline"


@main.command(
    epilog="Example: chrono plot seeds/000_6fc72e7ce6816498.txt -o timeline.svg",
)
@click.argument("inputs", nargs=-1, type=str)
@click.option(
    "-o",
    "--output",
    type=str,
    required=True,
    help="The picture to write (atomically): .svg, .png or .html; - for standard output "
    "(then give --format).",
)
@click.option(
    "-f",
    "--format",
    "fmt",
    type=click.Choice(PLOT_FORMATS),
    default=None,
    help="svg, png or html (a self-contained page: the chart and a table of the events). "
    "Default: from the extension of --output.",
)
@reading_options
@click.option("--title", type=str, default=None, help="Chart title (default: the input's name).")
def plot(
    inputs: tuple[str, ...],
    output: str,
    fmt: str | None,
    reference_date: str | None,
    genre: str,
    day_first: bool,
    encoding: str | None,
    title: str | None,
) -> None:
    """Draw the timeline of INPUTS as a picture: SVG, PNG or one self-contained HTML page.

    Needs vl-convert-python (pip install 'chrono[plot]'); no browser, no network.
    """
    try:
        picture = plot_format(output, fmt)
        if output != "-":
            check_writable(output)
    except ChronoError as exc:
        raise UsageProblem(str(exc)) from exc
    timeline, failures = _read_timeline(
        inputs, reference_date=reference_date, genre=genre, day_first=day_first, encoding=encoding
    )
    options = RenderOptions(
        generator=f"chrono {__version__}", calendar_name=_timeline_name(inputs, title)
    )
    try:
        write_output(output, render_plot(timeline, picture, options), sys.stdout.buffer)
    except ChronoError as exc:
        raise UsageProblem(str(exc)) from exc
    if failures:
        raise SystemExit(EXIT_PARTIAL)


@main.command(
    epilog="Example: chrono show seeds/000_6fc72e7ce6816498.txt",
)
@click.argument("inputs", nargs=-1, type=str)
@reading_options
@click.option(
    "--width",
    type=click.IntRange(min=1),
    default=None,
    help="Line width in characters (default: the terminal's, else 100).",
)
@click.option(
    "--color/--no-color",
    default=None,
    help="Colour the output (default: when standard output is a terminal and NO_COLOR is not set).",
)
def show(
    inputs: tuple[str, ...],
    reference_date: str | None,
    genre: str,
    day_first: bool,
    encoding: str | None,
    width: int | None,
    color: bool | None,
) -> None:
    """Print the chronology of INPUTS: one line per event with its date, title and source."""
    from chrono.show import format_chronology  # here: the other commands have no use for it

    timeline, failures = _read_timeline(
        inputs, reference_date=reference_date, genre=genre, day_first=day_first, encoding=encoding
    )
    if color is None:
        color = sys.stdout.isatty() and not os.environ.get("NO_COLOR")
    if width is None:
        width = shutil.get_terminal_size((100, 24)).columns
    click.echo(format_chronology(timeline, color=color, width=width), nl=False, color=color)
    if failures:
        raise SystemExit(EXIT_PARTIAL)


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
