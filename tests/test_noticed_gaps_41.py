"""Gaps noticed in session 19, forty-first list: narratives.

Histories and chronologies in the style of English Wikipedia, read as narratives with no
document date (as tests/test_noticed_gaps_38.py reads them):
- a year of the first millennium after "in" and before a place, "at" or "near" and a
  capitalised name, is a year ("The battle was fought in 937 at Brunanburh": 0937), as one
  before the clause's subject is; a count before "at" and a common noun is none ("in 300 at
  the gates"), nor "in 150 at most";
- seasons of a list of three or four winters after one plural are a season each ("the winters
  of 1941–42, 1942–43 and 1943–44": 1941-WI, 1942-WI, 1943-WI), as "the winter of 1941–42"
  alone is 1941-WI and "the summers of 1940, 1941 and 1942" are three summers;
- a weekday in a narrative whose text gave only a year is a weekday the text does not place:
  "In 2019 ... on Friday" is XXXX-WXX-5, as a weekday with no date to anchor it always is, not
  the first Friday of 2019 (a guessed day);
- a chronology's year heading right under its title line, with no blank line between, heads
  the entries below it ("Timeline of the Viking age / 871 / January: ...": 871, 0871-01);
- a zone a nationality names is a place's, as "local time" is: "at 11 a.m. French time" is
  the time alone, T11:00 of the day the story reached, "French time" out of the extent.
"""

from __future__ import annotations

import pytest
from passages import Row, mentions


def _narrative(text: str) -> list[Row]:
    return mentions(text, genre="narrative")


# ---- 1. a three-digit year before a place ------------------------------------------------------

BRUNANBURH = (
    "Æthelstan became king of the English in 924. The battle was fought in 937 at Brunanburh, "
    "where he defeated the Scots and the Norse. The site is uncertain; a church near Bromborough "
    "was founded in 950 near Chester."
)


def test_a_first_millennium_year_before_a_place_is_a_year() -> None:
    """ "in 937 at Brunanburh" and "in 950 near Chester": a year before a place named with a
    capital, as "in 614 Shahrbaraz captured" is before a name."""
    assert _narrative(BRUNANBURH) == [
        ("924", "DATE", "0924"),
        ("937", "DATE", "0937"),
        ("950", "DATE", "0950"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The battle was fought in 937 at Brunanburh.", [("937", "DATE", "0937")]),
        ("The synod met in 664 at Whitby.", [("664", "DATE", "0664")]),
        # look-alikes: counts before "at" and a common noun or "at most"
        ("The defenders stood in 300 at the gates.", []),
        (
            "The census of 1851 counted the parish. Families lived in 150 at most.",
            [("1851", "DATE", "1851")],
        ),
        ("The shares were sold in 500 at Christie's prices.", []),
        ("One in 200 at Oxford failed the examination.", []),
        ("Prices rose in 200 at Tesco stores.", []),
    ],
)
def test_three_digits_before_at_and_a_name(text: str, expected: list[Row]) -> None:
    """A year before "at" or "near" and a capitalised name that ends its clause or goes on to
    another; counts before a common noun, "at most", a possessive name ("Christie's", a price),
    a name before a noun ("Tesco stores") or after "one in" are no years."""
    assert _narrative(text) == expected


# ---- 2. the winters of three winters -----------------------------------------------------------

WINTERS = (
    "The German invasion of the Soviet Union began on 22 June 1941. The army suffered most in "
    "the winters of 1941–42, 1942–43 and 1943–44, when the front froze. The winter of 1941–42 "
    "was the coldest of the century."
)


def test_the_winters_of_three_winters_are_three_winters() -> None:
    """ "the winters of 1941–42, 1942–43 and 1943–44": a winter each, named by its first year
    as "The winter of 1941–42" is; not six bare years."""
    assert _narrative(WINTERS) == [
        ("22 June 1941", "DATE", "1941-06-22"),
        ("the winters of 1941–42", "DATE", "1941-WI"),
        ("1942–43", "DATE", "1942-WI"),
        ("1943–44", "DATE", "1943-WI"),
        ("The winter of 1941–42", "DATE", "1941-WI"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Famine struck in the winters of 1916–17, 1917–18, 1918–19 and 1919–20.",
            [
                ("the winters of 1916–17", "DATE", "1916-WI"),
                ("1917–18", "DATE", "1917-WI"),
                ("1918–19", "DATE", "1918-WI"),
                ("1919–20", "DATE", "1919-WI"),
            ],
        ),
        pytest.param(
            "Deaths peaked in the winters of 1941–42, 1942–43, and 1943–44.",
            [
                ("the winters of 1941–42", "DATE", "1941-WI"),
                ("1942–43", "DATE", "1942-WI"),
                ("1943–44", "DATE", "1943-WI"),
            ],
        ),
        # look-alike: a list of years after "winters" but no "of" is no list of winters
        (
            "The winters were hard; in 1941, 1942 and 1943 the front froze.",
            [("1941", "DATE", "1941"), ("1942", "DATE", "1942"), ("1943", "DATE", "1943")],
        ),
    ],
)
def test_lists_of_winters(text: str, expected: list[Row]) -> None:
    """Three or four winters after one plural, with or without the serial comma; years after
    "winters" with no "of" between are years."""
    assert _narrative(text) == expected


# ---- 3. a weekday under a year alone -----------------------------------------------------------


def test_a_weekday_under_a_year_alone_stays_unplaced() -> None:
    """ "In 2019 ... on Friday": the text gives no month nor day, so the Friday is XXXX-WXX-5
    (as a weekday with no anchor is), not 2019-01-04, the first Friday of the year."""
    text = (
        "In 2019 the old bridge over the river was closed for repairs. The work took longer than "
        "planned. It was ready on Friday, and the first cars crossed it on Saturday."
    )
    assert _narrative(text) == [
        ("2019", "DATE", "2019"),
        ("Friday", "DATE", "XXXX-WXX-5"),
        ("Saturday", "DATE", "XXXX-WXX-6"),
    ]


def test_a_weekday_under_a_season_alone_stays_unplaced() -> None:
    """ "In the summer of 2019 ... on Friday", "In the spring of 1915 ... On Monday": a season
    holds no one week either, so the weekday is unplaced, not the season's first such day (a
    review of the year's fix)."""
    assert _narrative("In the summer of 2019 the bridge was closed. It was ready on Friday.") == [
        ("the summer of 2019", "DATE", "2019-SU"),
        ("Friday", "DATE", "XXXX-WXX-5"),
    ]
    assert _narrative("In the spring of 1915 the army attacked. On Monday the line broke.") == [
        ("the spring of 1915", "DATE", "1915-SP"),
        ("Monday", "DATE", "XXXX-WXX-1"),
    ]


def test_a_weekday_under_a_month_still_reads_from_the_month() -> None:
    """The convention the fix above must keep: a weekday after a month and year of the text is
    read from that month, and after a full date from that date."""
    assert _narrative("In March 2019 the bridge was closed. It was ready on Friday.") == [
        ("March 2019", "DATE", "2019-03"),
        ("Friday", "DATE", "2019-03-01"),
    ]
    assert _narrative("The bridge was closed on 12 March 2019. It was ready on Friday.") == [
        ("12 March 2019", "DATE", "2019-03-12"),
        ("Friday", "DATE", "2019-03-15"),
    ]


# ---- 4. a year heading right under a title -----------------------------------------------------


def test_a_chronology_entry_right_under_a_title_that_ends_in_age() -> None:
    """ "Timeline of the Viking age / 871 – Danes attack Reading.": the entry's year is no age
    either (a review of the fix below, which spared only a number alone on its line); "He
    died aged\n71 in his home" stays an age."""
    text = "Timeline of the Viking age\n871 – Danes attack Reading.\n"
    assert _narrative(text) == [("871", "DATE", "0871")]
    assert _narrative("He died aged\n71 in his home.") == []


def test_a_year_heading_right_under_a_title() -> None:
    """ "Timeline of the Viking age / 871 / January: ..." : the 871 heads the entries as it does
    after a blank line."""
    text = "Timeline of the Viking age\n871\nJanuary: Battle of Reading.\nMay: Battle of Wilton.\n"
    assert _narrative(text) == [
        ("871", "DATE", "0871"),
        ("January", "DATE", "0871-01"),
        ("May", "DATE", "0871-05"),
    ]


# ---- 5. a zone named by a nationality ----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The armistice was signed on 11 November 1918 and took effect at 11 a.m. French time.",
            [("11 November 1918", "DATE", "1918-11-11"), ("11 a.m.", "TIME", "1918-11-11T11:00")],
        ),
        (
            "The armistice took effect at 11 a.m. French time on 11 November 1918.",
            [("11 a.m. French time on 11 November 1918", "TIME", "1918-11-11T11:00")],
        ),
        (
            "The invasion began at 04:45 German time on 1 September 1939.",
            [("04:45 German time on 1 September 1939", "TIME", "1939-09-01T04:45")],
        ),
        (
            "The armistice was signed on 11 November 1918 and took effect at 11 a.m. local time.",
            [("11 November 1918", "DATE", "1918-11-11"), ("11 a.m.", "TIME", "1918-11-11T11:00")],
        ),
    ],
)
def test_a_zone_named_by_a_nationality_is_a_local_time(text: str, expected: list[Row]) -> None:
    """ "at 11 a.m. French time" is read as "11 a.m. local time" is: the zone, a place's, keeps
    no offset and stays out of the time's extent, unless a day follows it ("11 a.m. French time
    on 11 November 1918", one time, as "04:45 Berlin time on 1 September 1939" is)."""
    assert _narrative(text) == expected
