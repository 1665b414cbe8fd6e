"""Which kind of text a document is, for ``--genre auto``: news told from its date, or a
narrative (a history, a biography) whose relative expressions follow its own dates."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from chrono.extract import Found
from chrono.extract.spec import ERA_UNITS, AnchorPolicy, Spec
from chrono.model import Genre


def _of_an_era(spec: Spec) -> bool:
    """ "the second half of the century", "early in the century": a history's own period as
    much as the time of writing's, so no sign of news."""
    return spec.offset is not None and spec.offset.unit in ERA_UNITS


def _edge_of_the_unit(item: Found) -> bool:
    """ "by the end of the month", "early in the year": an edge of the unit a history is at as
    much as of the time of writing's (unlike "the end of this month"), so no sign of news."""
    spec = item.spec
    return (
        spec.mod is not None
        and spec.offset is not None
        and spec.offset.amount == 0
        and "this" not in item.text.lower().split()
    )


def choose_genre(found: Sequence[Found], dct: dt.date | None) -> Genre:
    """The anchoring policy ``--genre auto`` picks for a text.

    News when the document has a creation time and talks relative to it: at least one
    expression counted from the time of writing ("yesterday", "last week", "two years ago", a
    bare weekday) for every ten dated expressions; or when the years it names are mostly
    within two years of its date (see :func:`_told_away_from`). Otherwise (histories,
    biographies, texts without a date) narrative: relative expressions follow the dates the
    text establishes.
    """
    if dct is None:
        return Genre.NARRATIVE
    counted = [_counts_from_writing(item) for item in found]
    deictic = sum(counted)
    dated = sum(1 for item in found if item.spec.literal is None)
    if deictic and deictic * 10 >= dated:
        return Genre.NEWS
    if any(counted[:_LEAD]):
        return Genre.NEWS  # the lead says when, from the time of writing ("said on Thursday")
    return Genre.NARRATIVE if _told_away_from(found, dct) else Genre.NEWS


# The first expressions of a text, where a news story says when it happened.
_LEAD = 3


def _counts_from_writing(item: Found) -> bool:
    """An expression counted from the time of writing ("yesterday", "two years ago", a bare
    weekday), not one of a history's own period ("the end of the month")."""
    spec = item.spec
    return (
        spec.anchor is AnchorPolicy.DEICTIC and not _of_an_era(spec) and not _edge_of_the_unit(item)
    ) or (spec.weekday is not None and spec.month is None)


# How many years from its creation a text's own years may be and still be its present.
_NEAR_YEARS = 2


def _told_away_from(found: Sequence[Found], dct: dt.date) -> bool:
    """True when most years the text names are far from its creation date: the story is at
    another time (a history, a biography). A text that names no year, or mostly years near
    its date (a company's results: "the quarter ended Sept. 30, 1989", "fiscal 1988"), is
    news even when nothing in it counts from the time of writing."""
    years = [item.spec.year for item in found if item.spec.year is not None]
    if not years:
        return False
    far = sum(1 for year in years if abs(year - dct.year) > _NEAR_YEARS)
    return far * 2 > len(years)
