"""Write chrono/extract/data/lunar_holidays.json: the Gregorian days of the holidays of lunar and
lunisolar calendars (Islamic, Hebrew, Chinese, Hindu, Buddhist), 1900-2100.

No formula of a few lines gives them, so chrono reads them from this table
(``holiday = "table:NAME"`` in vocabulary.toml) and never computes them: the calendar libraries
below are needed here, at build time, and are no dependency of chrono. Install them into a
scratch folder and run from the repository root::

    pip install --target /tmp/calendars convertdate hijridate holidays
    PYTHONPATH=/tmp/calendars python tools/build_lunar_holidays.py

Conventions (also in the table's ``_about``):

* The day is the civil day of the holiday's first full day. Hebrew days begin at sundown: the
  first candle of Hanukkah 2023 was lit on the evening of 7 December, the table gives
  8 December (25 Kislev), as calendars print it; so for Rosh Hashanah, Yom Kippur, Passover.
* Islamic months begin with the sighting of the new moon, which differs by country and by a
  day or two. The table gives the civil calendar: Umm al-Qura (Saudi Arabia's, via hijridate)
  from 1924 to 2077, the tabular (arithmetic) Islamic calendar outside it (via convertdate).
* ``ramadan`` is the first day of Ramadan; the month ends the day before ``eid_al_fitr``.
* Lunar New Year is China's (Seollal, Korea's, and Tet, Vietnam's, computed for their own time
  zones, differ in a few years); Diwali is the day of Lakshmi Puja; Vesak is the full moon of
  the fourth Chinese month (Singapore and Malaysia; Sri Lanka and Thailand may keep it a month
  apart). Diwali, Holi and Vesak come from the python-holidays tables, Holi for the years
  they cover (2001-2035): another year of Holi is left unknown.
* A value is "MM-DD"; a year with two of the same Islamic holiday (the Islamic year is eleven
  days shorter) has both, "MM-DD,MM-DD".
"""

from __future__ import annotations

import datetime as dt
import json
from collections import defaultdict
from collections.abc import Callable, Iterable
from pathlib import Path

from convertdate import hebrew, islamic
from hijridate import Hijri
from holidays.calendars.buddhist import _BuddhistLunisolar
from holidays.calendars.chinese import (
    KOREAN_CALENDAR,
    VIETNAMESE_CALENDAR,
    _ChineseLunisolar,
)
from holidays.calendars.hindu import _HinduLunisolar

ROOT = Path(__file__).resolve().parents[1]
TARGET = ROOT / "chrono" / "extract" / "data" / "lunar_holidays.json"
FIRST, LAST = 1900, 2100
ABOUT = (
    "Gregorian days (MM-DD) of lunar and lunisolar holidays by year, written by "
    "tools/build_lunar_holidays.py (see its docstring): the first full civil day (Hebrew days "
    "begin the evening before); Islamic days by Umm al-Qura 1924-2077, the tabular calendar "
    "outside; ramadan is its first day; two days in a year when the holiday falls twice."
)


def _islamic(month: int, day: int) -> Iterable[dt.date]:
    """Every Gregorian day of ``day`` ``month`` of the Islamic years that fall in range."""
    for year in range(1317, 1527):  # 1899-1900 .. 2101-2102
        try:
            yield Hijri(year, month, day).to_gregorian()
        except (OverflowError, ValueError):  # outside Umm al-Qura's table: arithmetic calendar
            yield dt.date(*islamic.to_gregorian(year, month, day))


def _hebrew(month: int, day: int, *, autumn: bool) -> Iterable[dt.date]:
    """``day`` ``month`` (convertdate numbers Nisan 1 .. Adar II 13) of each Gregorian year;
    ``autumn`` months (Tishrei onwards) belong to the Hebrew year that begins that autumn."""
    for year in range(FIRST, LAST + 1):
        hyear = year + 3760 + autumn
        month_here = month
        if month == 12 and hebrew.leap(hyear):  # Purim is kept in Adar II in a leap year
            month_here = 13
        yield dt.date(*hebrew.to_gregorian(hyear, month_here, day))


def _by_year(
    year_date: Callable[[int], tuple[dt.date | None, bool]], years: range
) -> Iterable[dt.date]:
    for year in years:
        day, _ = year_date(year)
        if day is not None:
            yield day


def _table(days: Iterable[dt.date]) -> dict[str, str]:
    per_year: defaultdict[int, list[str]] = defaultdict(list)
    for day in sorted(set(days)):
        if FIRST <= day.year <= LAST:
            per_year[day.year].append(day.strftime("%m-%d"))
    return {str(year): ",".join(mmdd) for year, mmdd in sorted(per_year.items())}


def _fixed(dates: dict[int, tuple[int, int]]) -> Iterable[dt.date]:
    return (dt.date(year, month, day) for year, (month, day) in dates.items())


def build() -> dict[str, object]:
    years = range(FIRST, LAST + 1)
    china = _ChineseLunisolar()
    hindu = _HinduLunisolar()
    tables = {
        "eid_al_fitr": _table(_islamic(10, 1)),
        "eid_al_adha": _table(_islamic(12, 10)),
        "ramadan": _table(_islamic(9, 1)),
        "islamic_new_year": _table(_islamic(1, 1)),
        "ashura": _table(_islamic(1, 10)),
        "rosh_hashanah": _table(_hebrew(7, 1, autumn=True)),
        "yom_kippur": _table(_hebrew(7, 10, autumn=True)),
        "sukkot": _table(_hebrew(7, 15, autumn=True)),
        "hanukkah": _table(_hebrew(9, 25, autumn=True)),
        "purim": _table(_hebrew(12, 14, autumn=False)),
        "passover": _table(_hebrew(1, 15, autumn=False)),
        "shavuot": _table(_hebrew(3, 6, autumn=False)),
        "lunar_new_year": _table(_by_year(china.lunar_new_year_date, years)),
        "seollal": _table(_by_year(lambda y: china.lunar_new_year_date(y, KOREAN_CALENDAR), years)),
        "tet": _table(_by_year(lambda y: china.lunar_new_year_date(y, VIETNAMESE_CALENDAR), years)),
        "mid_autumn": _table(_by_year(china.mid_autumn_date, years)),
        "dragon_boat": _table(_by_year(china.dragon_boat_date, years)),
        "diwali": _table(_fixed(hindu.DIWALI_DATES)),
        "holi": _table(_fixed(hindu.HOLI_DATES)),
        "vesak": _table(_fixed(_BuddhistLunisolar.VESAK_DATES)),
    }
    return {"_about": ABOUT, **tables}


def text(data: dict[str, object]) -> str:
    """One line per holiday and year, sorted: small diffs when a source corrects a day."""
    lines = [f"  {json.dumps('_about')}: {json.dumps(data['_about'])}"]
    for name in sorted(k for k in data if k != "_about"):
        table = data[name]
        assert isinstance(table, dict)
        body = ",\n".join(f"    {json.dumps(y)}: {json.dumps(v)}" for y, v in table.items())
        lines.append(f"  {json.dumps(name)}: {{\n{body}\n  }}")
    return "{\n" + ",\n".join(lines) + "\n}\n"


if __name__ == "__main__":
    TARGET.parent.mkdir(parents=True, exist_ok=True)
    TARGET.write_text(text(build()), encoding="utf-8")
    print(f"wrote {TARGET.relative_to(ROOT)}")
