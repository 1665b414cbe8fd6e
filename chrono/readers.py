"""Turning what the user names (files, folders, ``-``) into texts, or into one-line failures.

The policies, stated once (the README repeats them):

Decoding (:func:`decode_bytes`)
    1. ``encoding`` given: that codec, strictly; failure is an :class:`~chrono.errors.InputError`.
    2. Otherwise a byte-order mark picks the codec (UTF-32 LE/BE, UTF-8, UTF-16 LE/BE); malformed
       sequences after a BOM become U+FFFD.
    3. Otherwise UTF-8, where each byte sequence that is not valid UTF-8 is read as Windows-1252
       (cp1252), and the five bytes cp1252 leaves undefined (0x81 0x8D 0x8F 0x90 0x9D) as Latin-1.
       Valid UTF-8 is never reinterpreted, so a mostly-UTF-8 file with one stray byte keeps its
       text, and a pure cp1252 file reads as cp1252. This step cannot fail.

    The text is kept exactly as given (CRLF and lone CR stay, so offsets index the user's text),
    except that one leading BOM (U+FEFF) is removed. NUL and other control characters inside
    otherwise-text data are kept.

Binary and empty inputs
    * A NUL byte in the first 8 KiB means binary, unless the codec is UTF-16 or UTF-32 (a BOM or a
      forced encoding), where NUL bytes are normal.
    * Control characters (C0/C1, other than tab, LF, VT, FF, CR and ESC) making up more than 10%
      of the first 8192 decoded characters mean binary too, if there are at least 32 of them (so a
      short text with a stray control character stays text).
    * No bytes, or only whitespace once decoded, is an empty input.

Directories (:func:`iter_inputs`)
    * Walked depth-first; the entries of each directory are sorted by name (code-point order, so
      ``B`` sorts before ``a``), and a subdirectory's files come at the subdirectory's place in that
      order.
    * Below the directory given, entries whose name starts with ``.`` are skipped (files and
      directories). Only regular files are read (symlinks are followed); FIFOs, sockets and devices
      are skipped silently.
    * Each directory and each file is visited once per walk, compared by device and inode, so
      symlink loops end and a file linked twice is read once.
    * A binary file found there is reported as ``"<path>: skipped binary file"``; an empty file, an
      unreadable file or subdirectory, and a broken symlink are reported too. Nothing is silently
      dropped except hidden entries, non-regular files and repeats.
"""

from __future__ import annotations

import codecs
import os
import stat
import sys
from collections.abc import Iterator, Sequence
from typing import BinaryIO

from attrs import frozen

from chrono.errors import InputError

STDIN_SOURCE = "<stdin>"
"""The ``source`` of the text read from standard input (the path ``-``)."""

_SNIFF_BYTES = 8192
_SNIFF_CHARS = 8192
_MAX_CONTROL_SHARE = 0.10
_MIN_CONTROLS = 32

# Order matters: the UTF-32 LE BOM starts with the UTF-16 LE one.
_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

# Control characters that real text carries (ESC for coloured logs); the rest of C0/C1 counts
# towards the binary threshold.
_CONTROLS = frozenset(chr(c) for c in (*range(0x20), *range(0x7F, 0xA0))) - set("\t\n\v\f\r\x1b")

# cp1252 for the bytes it defines, Latin-1 for the five it does not: a total byte -> char table.
_CP1252 = "".join(bytes([b]).decode("cp1252", errors="ignore") or chr(b) for b in range(256))


class _BinaryInputError(InputError):
    """The input is binary (lets a directory walk word it as a skip rather than an error)."""


@frozen(kw_only=True)
class InputText:
    """One input read as text.

    Attributes:
        source: The path as the user gave it (files found in a directory: the directory path
            joined with the file's relative path), or ``"<stdin>"``.
        text: The decoded text, unchanged except that a leading BOM is removed.
    """

    source: str
    text: str


@frozen(kw_only=True)
class InputFailure:
    """One input that could not be read as text.

    Attributes:
        source: As for :class:`InputText`.
        message: One line naming the input and the problem, ready for stderr.
    """

    source: str
    message: str


def _display(path: str) -> str:
    """Render a path for a one-line message: control characters and undecodable bytes escaped.

    File names may hold newlines or bytes that are not valid in the file system encoding (they
    arrive as lone surrogates); printed raw, they would break the line or the terminal encoding.
    """
    if not path:
        return "''"
    return "".join(c if c.isprintable() else repr(c)[1:-1] for c in path)


def decode_bytes(data: bytes, *, encoding: str | None, source: str) -> str:
    """Decode an input's bytes by the module's policy (see the module docstring).

    Args:
        data: The whole input.
        encoding: A codec name to use strictly, or None to detect (BOM, UTF-8, cp1252).
        source: The input's name, for messages.

    Returns:
        The text, with one leading BOM removed and nothing else changed.

    Raises:
        InputError: The input is empty, binary, or not valid in the forced ``encoding`` (or that
            encoding is unknown). Never ``UnicodeDecodeError``.
    """
    name = _display(source)
    if not data:
        raise InputError(f"{name}: empty input")
    if encoding is not None:
        text = _decode_forced(data, encoding, name)
    else:
        text = _decode_detected(data, name)
    if text.startswith("\ufeff"):
        text = text[1:]
    if not text or text.isspace():
        raise InputError(f"{name}: empty input")
    sample = text[:_SNIFF_CHARS]
    controls = sum(1 for c in sample if c in _CONTROLS)
    if controls >= _MIN_CONTROLS and controls > _MAX_CONTROL_SHARE * len(sample):
        raise _BinaryInputError(f"{name}: binary file, not text")
    return text


def _decode_forced(data: bytes, encoding: str, name: str) -> str:
    try:
        codec = codecs.lookup(encoding).name
    except LookupError:
        raise InputError(f"{name}: unknown encoding {encoding!r}") from None
    if not codec.startswith(("utf-16", "utf-32")):
        _reject_nul(data, name)
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as exc:
        raise InputError(
            f"{name}: cannot decode as {encoding}: {exc.reason} at byte {exc.start}"
        ) from None
    except LookupError:
        # codecs.lookup accepts bytes-to-bytes codecs (base64, zlib...); decode() does not.
        raise InputError(f"{name}: {encoding!r} is not a text encoding") from None
    except ValueError as exc:
        # Other UnicodeErrors (idna, punycode...) and third-party codecs' errors.
        raise InputError(f"{name}: cannot decode as {encoding}: {exc}") from None


def _decode_detected(data: bytes, name: str) -> str:
    for bom, codec in _BOMS:
        if data.startswith(bom):
            if codec == "utf-8":
                _reject_nul(data, name)
            # A BOM is a strong claim about the codec: keep the text, mark what is malformed.
            return data[len(bom) :].decode(codec, errors="replace")
    _reject_nul(data, name)
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    # Each byte UTF-8 rejects becomes U+DC80..U+DCFF here (valid UTF-8 never decodes to those),
    # then one C-speed replace per distinct byte: linear, unlike a Python error handler called
    # once per bad byte (seconds on 10 MB of cp1252).
    text = data.decode("utf-8", errors="surrogateescape")
    if len(text) == len(data):
        # No valid multi-byte sequence at all: every byte maps alone, so the whole-file table
        # decode gives the same text, ten times faster.
        return codecs.charmap_decode(data, "strict", _CP1252)[0]
    for byte in range(0x80, 0x100):
        escaped = chr(0xDC00 + byte)
        if escaped in text:
            text = text.replace(escaped, _CP1252[byte])
    return text


def _reject_nul(data: bytes, name: str) -> None:
    if data.find(b"\x00", 0, _SNIFF_BYTES) != -1:
        raise _BinaryInputError(f"{name}: binary file, not text")


def read_path(path: str, *, encoding: str | None = None) -> InputText:
    """Read one file (a regular file or a FIFO such as ``<(command)``) as text.

    Args:
        path: The path as the user gave it; it becomes the result's ``source``.
        encoding: As for :func:`decode_bytes`.

    Returns:
        The file's text.

    Raises:
        InputError: One line naming the file: missing, a directory, not a regular file,
            unreadable, binary, empty or undecodable.
    """
    name = _display(path)
    try:
        mode = os.stat(path).st_mode
        if stat.S_ISDIR(mode):
            raise InputError(f"{name}: is a directory")
        if not (stat.S_ISREG(mode) or stat.S_ISFIFO(mode)):
            # Devices and sockets may never end (/dev/zero) or block forever.
            raise InputError(f"{name}: not a regular file")
        with open(path, "rb") as file:
            data = file.read()
    except OSError as exc:
        raise InputError(_os_message(path, exc)) from None
    return InputText(source=path, text=decode_bytes(data, encoding=encoding, source=path))


def _os_message(path: str, exc: OSError) -> str:
    name = _display(path)
    if isinstance(exc, FileNotFoundError | NotADirectoryError):
        if os.path.islink(path):
            return f"{name}: broken symbolic link"
        return f"no such file: {name}"
    if isinstance(exc, PermissionError):
        return f"cannot read {name}: permission denied"
    if isinstance(exc, IsADirectoryError):
        return f"{name}: is a directory"
    reason = exc.strerror or type(exc).__name__
    return f"cannot read {name}: {reason[0].lower()}{reason[1:]}"


def iter_inputs(
    paths: Sequence[str], *, encoding: str | None = None, stdin: BinaryIO | None = None
) -> Iterator[InputText | InputFailure]:
    """Read every input the user named, lazily, one result per text found.

    Never raises for a bad input: each one becomes an :class:`InputFailure` and the others are
    still read. Only one input is held in memory at a time.

    Args:
        paths: Files, directories (walked as the module docstring states) and ``-`` (standard
            input), in the order given.
        encoding: As for :func:`decode_bytes`, applied to every input.
        stdin: Where ``-`` reads bytes from; defaults to ``sys.stdin.buffer``.

    Yields:
        An :class:`InputText` or an :class:`InputFailure` per file, in order.
    """
    for path in paths:
        if path == "-":
            yield _read_stdin(stdin if stdin is not None else sys.stdin.buffer, encoding)
            continue
        try:
            is_dir = stat.S_ISDIR(os.stat(path).st_mode)
        except OSError as exc:
            yield InputFailure(source=path, message=_os_message(path, exc))
            continue
        if is_dir:
            yield from _walk(path, encoding)
        else:
            yield _read_explicit(path, encoding)


def _read_stdin(stream: BinaryIO, encoding: str | None) -> InputText | InputFailure:
    try:
        data = stream.read()
        return InputText(
            source=STDIN_SOURCE, text=decode_bytes(data, encoding=encoding, source=STDIN_SOURCE)
        )
    except InputError as exc:
        return InputFailure(source=STDIN_SOURCE, message=str(exc))
    except OSError as exc:
        reason = exc.strerror or type(exc).__name__
        return InputFailure(source=STDIN_SOURCE, message=f"cannot read {STDIN_SOURCE}: {reason}")


def _read_explicit(path: str, encoding: str | None) -> InputText | InputFailure:
    try:
        return read_path(path, encoding=encoding)
    except InputError as exc:
        return InputFailure(source=path, message=str(exc))


def _read_found(path: str, encoding: str | None) -> InputText | InputFailure:
    try:
        return read_path(path, encoding=encoding)
    except _BinaryInputError:
        return InputFailure(source=path, message=f"{_display(path)}: skipped binary file")
    except InputError as exc:
        return InputFailure(source=path, message=str(exc))


def _sorted_entries(directory: str) -> list[os.DirEntry[str]]:
    with os.scandir(directory) as entries:
        return sorted(entries, key=lambda entry: entry.name)


def _walk(top: str, encoding: str | None) -> Iterator[InputText | InputFailure]:
    # An explicit stack, not recursion: a deep tree must not hit the recursion limit.
    try:
        top_stat = os.stat(top)
        pending = list(reversed(_sorted_entries(top)))
    except OSError as exc:
        yield InputFailure(source=top, message=_dir_message(top, exc))
        return
    visited = {(top_stat.st_dev, top_stat.st_ino)}
    while pending:
        entry = pending.pop()
        if entry.name.startswith("."):
            continue
        try:
            info = entry.stat()  # follows symlinks
        except OSError as exc:
            yield InputFailure(source=entry.path, message=_os_message(entry.path, exc))
            continue
        key = (info.st_dev, info.st_ino)
        if key in visited:
            continue
        if stat.S_ISDIR(info.st_mode):
            visited.add(key)
            try:
                children = _sorted_entries(entry.path)
            except OSError as exc:
                yield InputFailure(source=entry.path, message=_dir_message(entry.path, exc))
                continue
            pending.extend(reversed(children))
        elif stat.S_ISREG(info.st_mode):
            visited.add(key)
            yield _read_found(entry.path, encoding)


def _dir_message(path: str, exc: OSError) -> str:
    if isinstance(exc, PermissionError):
        return f"cannot read directory {_display(path)}: permission denied"
    return _os_message(path, exc)
