"""Gaps noticed in session 20, fiftieth list: holidays and midnight in histories.

Histories in the style of English Wikipedia, read as narratives with no document date (as
tests/test_noticed_gaps_44.py and tests/test_war_histories_25.py read them):
- Easter before 1583 is the Julian computus's, written as the Julian calendar writes it, the
  calendar historians date those years in ("At Easter in 664": 0664-04-21, a Sunday in the
  Julian calendar; Python's proleptic Gregorian weekday of that date, a Thursday, is not the
  calendar of the text), and from 1583 the Gregorian computus's; Orthodox Easter is a holiday
  of its own, the Julian computus's Easter written in the Gregorian calendar ("Orthodox Easter
  2024": 2024-05-05, while Western Easter was 31 March);
- "after midnight" right after the day a sentence opens with opens that day ("On 23 December
  1948, shortly after midnight, Tojo was hanged": 1948-12-23T00:00), as "shortly after
  midnight on 23 December 1948" does; "before midnight" and "at midnight" there close it, and
  a midnight after a day named in another sentence keeps the night that day ends;
- a holiday named with its first observance keeps that observance's day ("Liberation Day was
  first marked on 9 May 1946": 1946-05-09): TimeML tags a holiday's name as a DATE, and the
  Liberation Day this clause tells of is the one of 9 May 1946; a holiday's name before a
  noun is tagged as TimeML tags "the 1995 budget", but a clause in the present that says
  when it is held speaks of every year, not of the story's ("The Liberation Day parade is
  held on 10 May" after "in 1945": XXXX-XX-XX, the parade's day not being the holiday's,
  and XXXX-05-10; was 1945-XX-XX and 1945-05-10).
"""

from __future__ import annotations

import pytest
from passages import Row, mentions


def _narrative(text: str) -> list[Row]:
    return mentions(text, genre="narrative")


# ---- 1. Easter before the Gregorian reform, and Orthodox Easter --------------------------------

WHITBY = (
    "The Synod of Whitby met in 664. At Easter in 664 King Oswiu kept the feast while his queen "
    "still fasted. In 1066 Harold was crowned, and after Easter 1066 a comet was seen."
)


def test_easter_before_1583_is_the_julian_computus_in_the_julian_calendar() -> None:
    """Easter of 664 is 21 April and of 1066 16 April, the Julian computus's Sundays as the
    Julian calendar writes them (the dates of Bede and of the Anglo-Saxon Chronicle)."""
    assert _narrative(WHITBY) == [
        ("664", "DATE", "0664"),
        ("Easter", "DATE", "0664-04-21"),
        ("664", "DATE", "0664"),
        ("1066", "DATE", "1066"),
        ("Easter 1066", "DATE", "1066-04-16"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Easter 1582 fell on 15 April.",
            [("Easter 1582", "DATE", "1582-04-15"), ("15 April", "DATE", "1582-04-15")],
            id="last_julian_year",
        ),
        # look-alike: from 1583 the Gregorian computus
        pytest.param(
            "Easter 1583 was the first reckoned by the new calendar.",
            [("Easter 1583", "DATE", "1583-04-10")],
            id="first_gregorian_year",
        ),
        pytest.param(
            "Easter 2024 fell in March.",
            [("Easter 2024", "DATE", "2024-03-31"), ("March", "DATE", "2024-03")],
            id="modern_western",
        ),
    ],
)
def test_easter_changes_computus_in_1583(text: str, expected: list[Row]) -> None:
    """1582 is the last year of the Julian computus (15 April), 1583 the first of the
    Gregorian (10 April); a modern Easter is the Gregorian one."""
    assert _narrative(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "The Soviet ban on religious feasts eased in 1990. In 2024 the family kept Orthodox "
            "Easter in Moscow.",
            [
                ("1990", "DATE", "1990"),
                ("2024", "DATE", "2024"),
                ("Orthodox Easter", "DATE", "2024-05-05"),
            ],
            id="of_the_story_year",
        ),
        pytest.param(
            "Orthodox Easter 2021 fell in May.",
            [("Orthodox Easter 2021", "DATE", "2021-05-02"), ("May", "DATE", "2021-05")],
            id="with_its_year",
        ),
        pytest.param(
            "Orthodox Easter fell on 5 May 2024.",
            [("Orthodox Easter", "DATE", "2024-05-05"), ("5 May 2024", "DATE", "2024-05-05")],
            id="dated_by_its_clause",
        ),
    ],
)
def test_orthodox_easter_is_the_julian_computus_in_the_gregorian_calendar(
    text: str, expected: list[Row]
) -> None:
    """Orthodox Easter is its own holiday: the Julian computus's Easter written in the
    Gregorian calendar (5 May 2024, 2 May 2021), not Western Easter (31 March 2024); one that
    "fell on 5 May 2024" is that day, the holiday of that year (it was XXXX-XX-XX)."""
    assert _narrative(text) == expected


def test_a_churchs_easter_in_the_news_is_the_holiday() -> None:
    """In the news too, "Orthodox Easter" is the holiday, of the clause's day (was "Easter",
    Western Easter of 2024, 2024-03-31)."""
    rows = mentions("Orthodox Easter fell on 5 May 2024.", dct="2024-05-06")
    assert rows == [
        ("Orthodox Easter", "DATE", "2024-05-05"),
        ("5 May 2024", "DATE", "2024-05-05"),
    ]


# ---- 2. midnight after the day a sentence opens with -------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "On 23 December 1948, shortly after midnight, Tojo was hanged at Sugamo Prison.",
            [
                ("23 December 1948", "DATE", "1948-12-23"),
                ("midnight", "TIME", "1948-12-23T00:00"),
            ],
            id="shortly_after",
        ),
        pytest.param(
            "On 16 October 1946, just after midnight, the first of the ten was hanged.",
            [
                ("16 October 1946", "DATE", "1946-10-16"),
                ("midnight", "TIME", "1946-10-16T00:00"),
            ],
            id="just_after",
        ),
        pytest.param(
            "On October 16, 1946, soon after midnight, Ribbentrop mounted the gallows.",
            [
                ("October 16, 1946", "DATE", "1946-10-16"),
                ("midnight", "TIME", "1946-10-16T00:00"),
            ],
            id="month_first",
        ),
    ],
)
def test_after_midnight_after_the_day_a_sentence_opens_with(text: str, expected: list[Row]) -> None:
    """ "On 23 December 1948, shortly after midnight": the midnight that opens the 23rd, the
    day the history gives the hanging, as "shortly after midnight on 23 December 1948" is
    (was T24:00 of the 23rd, the midnight that ends it)."""
    assert _narrative(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "On 3 May 1926, shortly before midnight, the strike was called.",
            [("3 May 1926", "DATE", "1926-05-03"), ("midnight", "TIME", "1926-05-03T24:00")],
            id="before_midnight",
        ),
        pytest.param(
            "On 30 September 1966, at midnight, Speer was freed.",
            [("30 September 1966, at midnight", "TIME", "1966-09-30T24:00")],
            id="at_midnight",
        ),
        pytest.param(
            "The verdicts were read on 1 October 1946. After midnight the guards came.",
            [("1 October 1946", "DATE", "1946-10-01"), ("midnight", "TIME", "1946-10-01T24:00")],
            id="another_sentence",
        ),
        pytest.param(
            "The shelling began on 5 June 1944 and went on until after midnight.",
            [("5 June 1944", "DATE", "1944-06-05"), ("midnight", "TIME", "1944-06-05T24:00")],
            id="until_after",
        ),
    ],
)
def test_midnight_that_closes_the_day(text: str, expected: list[Row]) -> None:
    """Look-alikes: before and at midnight on the day the sentence opens with close it, and a
    midnight after a day another sentence or clause named is the night that day ends."""
    assert _narrative(text) == expected


# ---- 3. holidays named with their first observance, and before a noun --------------------------


def test_a_holiday_first_marked_on_a_day_is_that_day() -> None:
    """ "Liberation Day was first marked on 9 May 1946": kept as a DATE of that day (TimeML
    tags a holiday's name as a DATE, and this clause tells of the observance of 9 May 1946, as
    "Armistice Day was first observed on 11 November 1919" is that day)."""
    assert _narrative("Liberation Day was first marked on 9 May 1946.") == [
        ("Liberation Day", "DATE", "1946-05-09"),
        ("9 May 1946", "DATE", "1946-05-09"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "The German garrison surrendered in 1945. The Liberation Day parade is held on 10 May.",
            [
                ("1945", "DATE", "1945"),
                ("Liberation Day", "DATE", "XXXX-XX-XX"),
                ("10 May", "DATE", "XXXX-05-10"),
            ],
            id="parade_held_on",
        ),
        pytest.param(
            "The town was rebuilt in 1952. Its Christmas market is held in the square.",
            [("1952", "DATE", "1952"), ("Christmas", "DATE", "XXXX-12-25")],
            id="market_held_in",
        ),
    ],
)
def test_a_holiday_before_a_noun_held_in_the_present(text: str, expected: list[Row]) -> None:
    """A holiday's name before a noun is a DATE (as TimeML tags "the 1995 budget"); a clause
    in the present that says when or where it is held tells of every year, as "is
    celebrated" does, not of the story's year (were 1945-XX-XX and 1945-05-10, 1952-12-25)."""
    assert _narrative(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "The German garrison surrendered in 1945. The Liberation Day parade drew crowds.",
            [("1945", "DATE", "1945"), ("Liberation Day", "DATE", "1945-XX-XX")],
            id="told_in_the_past",
        ),
        pytest.param(
            "The German garrison surrendered in 1945. The parade was held on 10 May.",
            [("1945", "DATE", "1945"), ("10 May", "DATE", "1945-05-10")],
            id="held_in_the_past",
        ),
        pytest.param(
            "Chronology of 1943\n\n1 June: The ceremony is held in Geneva.",
            [("1943", "DATE", "1943"), ("1 June", "DATE", "1943-06-01")],
            id="chronology_historic_present",
        ),
        pytest.param(
            "In 1943 the trial is moved to Leipzig. The verdict is held back until 2 June.",
            [("1943", "DATE", "1943"), ("2 June", "DATE", "1943-06-02")],
            id="held_back_historic_present",
        ),
    ],
)
def test_a_holiday_of_the_story_keeps_its_year(text: str, expected: list[Row]) -> None:
    """Look-alikes: told in the past, the parade and its day are the story year's; a
    chronology's historical present ("1 June: The ceremony is held in Geneva", no holiday's
    name) and "is held back until" keep their day in the story."""
    assert _narrative(text) == expected


def test_a_bare_after_midnight_after_a_dated_comma_keeps_the_night() -> None:
    """Only "shortly after midnight" opens the day the sentence starts with (review): "On 31
    December 1999, after midnight, crowds filled the square" is New Year's night, the midnight
    that ends the 31st (T24:00), as a bare "after midnight on 31 December 1999" is."""
    text = "On 31 December 1999, after midnight, crowds filled the square."
    assert _narrative(text)[-1] == ("midnight", "TIME", "1999-12-31T24:00")
