"""Writers: one module per format behind one contract, ``render(timeline, options) -> bytes``.

Writers see only model objects (:class:`~chrono.model.Timeline` and what it holds).
"""

from __future__ import annotations

import importlib
from collections.abc import Callable

from attrs import frozen

from chrono.model import Timeline


@frozen(kw_only=True)
class RenderOptions:
    """Options shared by the writers; each writer reads the ones it understands."""

    generator: str = "chrono"
    """Name and version of the generating program, e.g. ``"chrono 0.1.0"``."""
    calendar_name: str = "chrono timeline"
    ics_coarse: str = "span"
    """iCalendar policy for events coarser than a day: ``span`` | ``start`` | ``skip``."""
    dtstamp_epoch: int | None = None
    """Seconds since the epoch used for DTSTAMP (from ``SOURCE_DATE_EPOCH``); None: derive it
    deterministically from the timeline."""


Writer = Callable[[Timeline, RenderOptions], bytes]

_REGISTRY: dict[str, Writer] = {}

_BUILTIN = {
    "csv": "csv",
    "gcal-csv": "gcal_csv",
    "ics": "ics",
    "json": "json",
    "jsonl": "jsonl",
    "outlook-csv": "outlook_csv",
    "tilse": "tilse",
    "timelinejs": "timelinejs",
    "timelinejs-csv": "timelinejs",
    "timeml": "timeml",
    "vega-lite": "vegalite",
}
"""Each built-in format and the module of ``chrono.writers`` that registers it, imported at the
first use of the format: a CSV export need not import iCalendar, nor each worker process of a
corpus export every writer."""


def register(name: str) -> Callable[[Writer], Writer]:
    """Class the decorated function as the writer for ``--format name``."""

    def deco(func: Writer) -> Writer:
        _REGISTRY[name] = func
        return func

    return deco


def formats() -> tuple[str, ...]:
    """The names accepted by ``--format``, sorted."""
    return tuple(sorted(_BUILTIN.keys() | _REGISTRY.keys()))


def get_writer(name: str) -> Writer:
    """Return the writer registered for ``name``.

    Raises:
        KeyError: no writer has this name.
    """
    if name not in _REGISTRY and name in _BUILTIN:
        importlib.import_module(f"chrono.writers.{_BUILTIN[name]}")
    return _REGISTRY[name]
