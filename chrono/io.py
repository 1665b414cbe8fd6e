"""Writing outputs so that a reader never sees half a file.

A regular-file output is written to a hidden temporary file in the target's directory
(``.<name>.<random>.tmp``), flushed and fsynced, then renamed onto the target with
:func:`os.replace`. Whatever happens before the rename (an error, Ctrl-C, SIGTERM, SIGKILL), the
target keeps its old content; after it, the new content is complete. On an error or a Python-level
interrupt (Ctrl-C) the temporary file is removed; a signal that kills the process outright
(SIGTERM with its default action, SIGKILL) can leave it behind, and being dot-prefixed it is
ignored by the directory walk of :mod:`chrono.readers`.

* An existing target keeps its permission bits (and, when the process may, its owner and group);
  a new one gets ``0o666`` minus the umask, as ``open()`` would give it.
* A symlink target is followed: the file it points to is replaced, the link stays.
* An existing target that is not a regular file (``/dev/null``, ``/dev/stdout``, a FIFO) cannot
  be replaced; it is written in place.
* An existing target the user may not write is refused, as the shell's ``>`` would refuse it, even
  though the rename alone would succeed.
"""

from __future__ import annotations

import contextlib
import errno
import os
import secrets
import stat
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

from attrs import frozen

from chrono.errors import OutputError

_TEMP_ATTEMPTS = 100
_TEMP_NAME_CHARS = 50  # keeps ".<name>.<hex>.tmp" under NAME_MAX even for 4-byte characters


@frozen(kw_only=True)
class _Target:
    """Where the bytes go, resolved once."""

    shown: str
    """The path as the user gave it, printable, for messages."""
    real: str
    """The file to create or replace (symlinks resolved)."""
    existing: os.stat_result | None


def _display(path: str) -> str:
    # File names may hold newlines or undecodable bytes (lone surrogates); escape them so that
    # a message stays on one line and prints in any terminal encoding.
    if not path:
        return "''"
    return "".join(c if c.isprintable() else repr(c)[1:-1] for c in path)


def check_writable(path: str | Path) -> None:
    """Check, before doing any work, that :func:`atomic_write` could write ``path``.

    Args:
        path: The output path.

    Raises:
        OutputError: One line naming the path: its directory is missing or not a directory, the
            path is a directory, or the file or its directory may not be written.
    """
    _resolve(path)


def _resolve(path: str | Path) -> _Target:
    given = os.fspath(path)
    shown = _display(given)
    if not given:
        raise OutputError("cannot write '': empty path")
    real = os.path.realpath(given)
    parent = os.path.dirname(given) or "."
    if not os.path.exists(os.path.dirname(real)):
        raise OutputError(f"cannot write {shown}: directory {_display(parent)} does not exist")
    if not os.path.isdir(os.path.dirname(real)):
        raise OutputError(f"cannot write {shown}: {_display(parent)} is not a directory")
    try:
        existing: os.stat_result | None = os.stat(real)
    except FileNotFoundError:
        existing = None
    except OSError as exc:
        raise OutputError(_message(shown, parent, exc)) from None
    if existing is not None and stat.S_ISDIR(existing.st_mode):
        raise OutputError(f"cannot write {shown}: is a directory")
    if existing is not None and not os.access(real, os.W_OK):
        raise OutputError(f"cannot write {shown}: permission denied")
    if (existing is None or stat.S_ISREG(existing.st_mode)) and not os.access(
        os.path.dirname(real), os.W_OK | os.X_OK
    ):
        raise OutputError(f"cannot write {shown}: permission denied")
    return _Target(shown=shown, real=real, existing=existing)


def _message(shown: str, parent: str, exc: OSError) -> str:
    if exc.errno == errno.ENOENT:
        return f"cannot write {shown}: directory {_display(parent)} does not exist"
    if exc.errno in (errno.EACCES, errno.EPERM):
        return f"cannot write {shown}: permission denied"
    if exc.errno == errno.EISDIR:
        return f"cannot write {shown}: is a directory"
    reason = exc.strerror or type(exc).__name__
    return f"cannot write {shown}: {reason[0].lower()}{reason[1:]}"


@contextlib.contextmanager
def atomic_writer(path: str | Path) -> Iterator[BinaryIO]:
    """Open ``path`` for writing so that it changes all at once, when the block ends cleanly.

    For outputs too large to build in memory: write chunks inside the block. If the block raises,
    the target is left untouched and the temporary file removed.

    Args:
        path: The output path.

    Yields:
        A binary file to write to (write only; do not close it).

    Raises:
        OutputError: The output cannot be written; also raised for an ``OSError`` escaping the
            block, since inside it only the output is written.
    """
    target = _resolve(path)
    parent = os.path.dirname(os.fspath(path)) or "."
    if target.existing is not None and not stat.S_ISREG(target.existing.st_mode):
        try:
            with open(target.real, "wb") as file:
                yield file
        except OSError as exc:
            raise OutputError(_message(target.shown, parent, exc)) from None
        return
    directory = os.path.dirname(target.real)
    try:
        fd, temp = _create_temp(directory, os.path.basename(target.real))
    except OSError as exc:
        raise OutputError(_message(target.shown, parent, exc)) from None
    try:
        with os.fdopen(fd, "wb") as file:
            if target.existing is not None:
                _copy_metadata(file.fileno(), target.existing)
            yield file
            file.flush()
            os.fsync(file.fileno())
        os.replace(temp, target.real)
    except BaseException as exc:
        with contextlib.suppress(OSError):
            os.unlink(temp)
        if isinstance(exc, OSError):
            raise OutputError(_message(target.shown, parent, exc)) from None
        raise
    _fsync_directory(directory)


def _create_temp(directory: str, name: str) -> tuple[int, str]:
    # Not tempfile: it creates files 0o600, and reading the umask to widen them means setting it,
    # which races with other threads. Mode 0o666 here lets the kernel apply umask and default ACLs.
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_CLOEXEC", 0)
    for _ in range(_TEMP_ATTEMPTS):
        temp = os.path.join(directory, f".{name[:_TEMP_NAME_CHARS]}.{secrets.token_hex(4)}.tmp")
        try:
            return os.open(temp, flags, 0o666), temp
        except FileExistsError:
            continue
    raise FileExistsError(errno.EEXIST, "could not create a temporary file", directory)


def _copy_metadata(fd: int, existing: os.stat_result) -> None:
    os.fchmod(fd, stat.S_IMODE(existing.st_mode) & 0o777)
    if hasattr(os, "fchown"):
        # Only root may give a file away; for others this is a best effort.
        with contextlib.suppress(OSError):
            os.fchown(fd, existing.st_uid, existing.st_gid)


def _fsync_directory(directory: str) -> None:
    # Makes the rename itself durable across a power loss; the write is already complete, so a
    # failure here (e.g. a file system without directory fsync) is not an error.
    with contextlib.suppress(OSError):
        fd = os.open(directory, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def atomic_write(path: str | Path, data: bytes) -> None:
    """Replace the file at ``path`` with ``data`` atomically (see the module docstring).

    Args:
        path: The output path.
        data: The complete new content.

    Raises:
        OutputError: One line naming the path: missing or non-directory folder, the path is a
            directory, permission denied, disk full... The old file, if any, is left untouched.
    """
    with atomic_writer(path) as file:
        file.write(data)


@contextlib.contextmanager
def open_output(path: str | Path | None, stdout: BinaryIO) -> Iterator[BinaryIO]:
    """Open an output for streaming: ``None`` or ``"-"`` is ``stdout``, anything else a file.

    Args:
        path: The output path, ``"-"`` or None.
        stdout: The binary standard output (left open).

    Yields:
        A binary file to write to; a file path is written atomically as by :func:`atomic_writer`.

    Raises:
        OutputError: The output cannot be written.
    """
    if path is None or os.fspath(path) == "-":
        try:
            yield stdout
            stdout.flush()
        except OSError as exc:
            reason = exc.strerror or type(exc).__name__
            raise OutputError(f"cannot write to standard output: {reason.lower()}") from None
        return
    with atomic_writer(path) as file:
        yield file


def write_output(path: str | Path | None, data: bytes, stdout: BinaryIO) -> None:
    """Write ``data`` to ``stdout`` (path None or ``"-"``) or atomically to the file ``path``.

    Args:
        path: The output path, ``"-"`` or None.
        data: The complete output.
        stdout: The binary standard output (left open).

    Raises:
        OutputError: The output cannot be written.
    """
    with open_output(path, stdout) as file:
        file.write(data)
