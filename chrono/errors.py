"""The exceptions the library raises on purpose; the CLI turns each into a one-line message."""

from __future__ import annotations


class ChronoError(Exception):
    """Base class: a user-facing problem (bad input, bad option), never a bug."""


class InputError(ChronoError):
    """An input could not be read as text (missing, unreadable, binary, undecodable)."""


class OptionError(ChronoError):
    """An option value is invalid (an impossible reference date, an unknown format...)."""


class OutputError(ChronoError):
    """The output could not be written (missing folder, read-only file...)."""


class RuleError(ChronoError):
    """A rule file is malformed (raised when the grammar loads; a packaging bug if shipped)."""
