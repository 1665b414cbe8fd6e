"""Gaps noticed while writing tests/test_war_histories_26.py (histories of units and ships),
round 46.

Passages in the style of English Wikipedia's articles on regiments, soldiers and warships,
read as narratives with no document date.

Conventions decided here (after TimeBank's practice):
- a year or a span of years written directly before a decoration's capitalised noun is a
  date, as TimeBank tags "the 1990 Clean Air Act" and as tests/test_noticed_gaps_29.py already
  pins "the 1914–15 Star" (1914 and 1915): "the 1914 Star", "the 1939–1945 Star". A year after
  the name, in brackets or not, is a date too:
  "the General Service Medal (1918)" says the year the medal (or its award) dates from, and a
  list of awards often brackets the year of each award ("the Military Cross (1917)"); a year
  before another word of a name is a date of that edition or event ("the 2014 Fields Medal",
  "the 1977 Star Wars film", "the 1990 Cross Country Championship"), and so is a year before a
  noun in small letters ("the 1914 campaign", "the 1939–1945 war");
- a season a unit or a ship spent, named again after "and" with its verb left out ("spent the
  winter refitting, and the spring on convoys"), is a season of the story too (the spring
  after the winter, session 21);
- a season spent with the year written just after it ("spent the summer months in 1946") is
  of that year (the year a mention of its own, as TimeBank tags "1946" after "in");
- a count of months after a date that names only its year is told as a year, counted from
  the year's start, as the project reads "two months later" after a bare year (the same year)
  and TimeBank's "Six months later" after "A year ago" (that year): "laid down in 1940 and
  completed eighteen months later" is 1941, never a month the text does not give.
"""

from __future__ import annotations

import pytest
from passages import ModRow
from passages import found_in_narrative as _found
from passages import mentions_with_mods as _mentions_with_mods


def _narrative(text: str) -> list[ModRow]:
    return _mentions_with_mods(text, genre="narrative")


STARS = (
    "Sergeant Hale enlisted in 1913 and landed in France in August 1914. For his service he "
    "received the 1914 Star, the British War Medal and the Victory Medal; his son, who served "
    "from 1940 to 1945, received the 1939–1945 Star, the Africa Star and the 1914–15 Star of "
    "his father's regiment."
)

STARS_TABLE: list[ModRow] = [
    ("1913", "DATE", "1913"),
    ("August 1914", "DATE", "1914-08"),
    ("1914", "DATE", "1914"),
    ("1940", "DATE", "1940"),
    ("1945", "DATE", "1945"),
    ("1939", "DATE", "1939"),
    ("1945", "DATE", "1945"),
    ("1914", "DATE", "1914"),
    ("15", "DATE", "1915"),
]


@pytest.mark.parametrize(
    ("text", "table"),
    [
        pytest.param(STARS, STARS_TABLE, id="campaign-stars"),
        pytest.param(
            "He received the 1939–45 Star in 1946 and the 1914 Clasp to his father's medal.",
            [
                ("1939", "DATE", "1939"),
                ("45", "DATE", "1945"),
                ("1946", "DATE", "1946"),
                ("1914", "DATE", "1914"),
            ],
            id="star-and-clasp",
        ),
    ],
)
def test_a_year_in_a_decorations_name_is_tagged(text: str, table: list[ModRow]) -> None:
    """ "the 1914 Star", "the 1939–1945 Star", "the 1914–15 Star", "the 1914 Clasp": the years
    of a decoration's name are dates, as TimeBank tags "the 1990 Clean Air Act" and as
    tests/test_noticed_gaps_29.py pins "the 1914–15 Star" (1914 and 1915)."""
    assert _narrative(text) == table


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a decoration without a year, or with its year after it, keeps its reading
        (
            "He was awarded the Queen's Korea Medal and the General Service Medal (1918).",
            ["1918"],
        ),
        ("He was awarded the Military Cross (1917) and a Bar in 1918.", ["1917", "1918"]),
        # a year before another word of a name is a date of its edition or event
        ("He won the 2014 Fields Medal.", ["2014"]),
        ("The 1977 Star Wars film opened in May.", ["1977", "May"]),
        ("He ran in the 1990 Cross Country Championship.", ["1990"]),
        # a year before a noun in small letters is a date
        ("The 1914 campaign ended in November.", ["1914", "November"]),
        ("The 1939–1945 war changed the regiment.", ["1939", "1945"]),
        # a year before a surname after "In" is a date
        ("In 1917 Cross was promoted to major.", ["1917"]),
        ("In 1953 Star was sold to a Greek owner.", ["1953"]),
    ],
)
def test_decorations_look_alikes_keep_their_reading(text: str, expected: list[str]) -> None:
    """Years after a decoration's name, before another word of a name, before a noun in small
    letters or before a surname stay dates."""
    assert _found(text) == expected


def test_a_second_season_spent_with_its_verb_left_out() -> None:
    """ "She spent the winter refitting, and the spring on convoys to Malta": the winter of the
    story's year, 1942, and the spring after it, 1943 (date.season_spent_too; a spring told
    after a winter is the next year's, as anchor.py reads seasons in order)."""
    text = (
        "The cruiser was damaged off Crete in 1942. She spent the winter refitting, and the "
        "spring on convoys to Malta."
    )
    assert _narrative(text) == [
        ("1942", "DATE", "1942"),
        ("the winter", "DATE", "1942-WI"),
        ("the spring", "DATE", "1943-SP"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        # "the spring" here is a thing, no season
        "She spent the winter refitting, and the spring of the catapult broke in 1942.",
        # a second thing spent, no season
        "She spent the winter refitting, and the money on new guns in 1942.",
    ],
)
def test_a_season_after_and_that_is_no_season_spent_keeps_its_reading(text: str) -> None:
    """After "spent the winter ..., and", a spring of a machine or money spent is no season."""
    assert [t for t in _found(text) if t != "the winter"] == ["1942"]


@pytest.mark.parametrize(
    ("text", "table"),
    [
        pytest.param(
            "The squadron spent the summer months in 1946 converting to Lincolns.",
            [("the summer months", "DATE", "1946-SU"), ("1946", "DATE", "1946")],
            id="summer-months-in-1946",
        ),
        pytest.param(
            "The ship was damaged in 1940. She passed the winter in 1942–43 at Scapa Flow.",
            [
                ("1940", "DATE", "1940"),
                ("the winter", "DATE", "1942-WI"),
                ("1942", "DATE", "1942"),
                ("43", "DATE", "1943"),
            ],
            id="winter-in-1942-43",
        ),
    ],
)
def test_a_season_spent_takes_the_year_written_after_it(text: str, table: list[ModRow]) -> None:
    """ "spent the summer months in 1946 converting to Lincolns": the summer of 1946, not of
    the story's year before it; a winter's two years, its first."""
    assert _narrative(text) == table


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a season's term, or a thing spent, before the year: the season is none
        ("The cadets spent the summer holidays in 1950 at home.", ["summer", "1950"]),
        ("The army spent the summer's pay in 1940.", ["1940"]),
        # a place between the season and the year: still found (of the year 1942 since
        # session 21, tests/test_noticed_gaps_52.py)
        (
            "The ship was damaged in 1940 and spent the winter in Malta in 1942.",
            ["1940", "the winter", "1942"],
        ),
    ],
)
def test_a_season_spent_without_its_year_just_after_keeps_its_reading(
    text: str, expected: list[str]
) -> None:
    """A season's term or a thing spent before a year, and a season with a place before the
    year, keep their reading."""
    assert _found(text) == expected


def test_a_night_spent_is_the_night_of_the_storys_day() -> None:
    """ "The battalion reached Arras in 1917 and spent the night in the cellars": the night
    of a day of 1917 the text does not give."""
    text = "The battalion reached Arras in 1917 and spent the night in the cellars."
    assert _narrative(text) == [
        ("1917", "DATE", "1917"),
        ("the night", "TIME", "1917-XX-XXTNI"),
    ]


@pytest.mark.parametrize(
    ("text", "row"),
    [
        pytest.param(
            "The destroyer was laid down in 1940 and completed eighteen months later.",
            ("eighteen months later", "DATE", "1941"),
            id="eighteen-months-after-a-year",
        ),
        pytest.param(
            "The destroyer was laid down in 1940 and launched two months later.",
            ("two months later", "DATE", "1940"),
            id="two-months-after-a-year",
        ),
        pytest.param(
            "The destroyer was laid down in 1940 and completed two years later.",
            ("two years later", "DATE", "1942"),
            id="two-years-after-a-year",
        ),
        pytest.param(
            "The destroyer was laid down in March 1940 and completed eighteen months later.",
            ("eighteen months later", "DATE", "1941-09"),
            id="eighteen-months-after-a-month",
        ),
    ],
)
def test_months_after_a_bare_year_are_told_as_a_year(text: str, row: ModRow) -> None:
    """A count of months after a date that names its year only is a year (counted from the
    year's start), never a month the text does not give; after a month it is that month."""
    assert _narrative(text)[-1] == row
