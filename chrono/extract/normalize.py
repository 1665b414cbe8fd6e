"""The only module that imports dateparser: parsing user-given dates, every setting explicit.

dateparser's defaults depend on the machine (local time zone, "now" as the base for relative
dates); here every setting is pinned and relative parsing is off, so "yesterday" is rejected
rather than resolved against the clock.
"""

from __future__ import annotations

import datetime as dt
import functools
import re

from chrono.errors import OptionError

_ISO = re.compile(r"\d{4}-\d{2}-\d{2}")
_SETTINGS = {
    "STRICT_PARSING": True,
    "REQUIRE_PARTS": ["day", "month", "year"],
    "PARSERS": ["absolute-time"],
    "RELATIVE_BASE": dt.datetime(2000, 1, 1),
    "TIMEZONE": "UTC",
    "RETURN_AS_TIMEZONE_AWARE": False,
    "PREFER_DAY_OF_MONTH": "first",
    "DATE_ORDER": "MDY",
}


@functools.cache
def _parser(day_first: bool) -> object:
    from dateparser.date import DateDataParser  # type: ignore[import-untyped]

    settings = dict(_SETTINGS, DATE_ORDER="DMY" if day_first else "MDY")
    return DateDataParser(languages=["en"], settings=settings)


def parse_reference_date(value: str | dt.date, *, day_first: bool = False) -> dt.date:
    """A calendar date from an ISO string ("2023-09-12") or a written one ("12 Sep 2023").

    Raises:
        OptionError: the string is not a complete, real calendar date.
    """
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    text = value.strip()
    if _ISO.fullmatch(text):
        try:
            return dt.date.fromisoformat(text)
        except ValueError:
            raise OptionError(f"not a real calendar date: {value!r}") from None
    if not text or not any(ch.isdigit() for ch in text):
        raise OptionError(f"not a calendar date (need day, month and year): {value!r}")
    if text.startswith(("-", "+", "\u2212")):
        # dateparser drops a sign; a document date before year 1 is not supported
        raise OptionError(f"not a calendar date between the years 1 and 9999: {value!r}")
    parser = _parser(day_first)
    data = parser.get_date_data(text)  # type: ignore[attr-defined]
    parsed = data["date_obj"] if data else None
    if parsed is None:
        raise OptionError(f"not a calendar date (need day, month and year): {value!r}")
    result: dt.date = parsed.date()
    return result
