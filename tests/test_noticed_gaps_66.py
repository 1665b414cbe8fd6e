"""Gaps noticed in session 22 and at the start of session 23, sixty-sixth list: narratives,
notes and posts.

Histories in the style of English Wikipedia are read as narratives with no document date and
as genre auto, which takes them for narratives (as tests/test_noticed_gaps_60.py reads them);
news and posts with their date as the document date; clinical notes under a dated heading:
- a holiday with "in" and a year after it is that year's holiday, the year tagged on its own
  as TimeML tags it: "Christmas in 1914 was quiet" is 1914-12-25 (was XXXX-12-25), "Over Easter
  weekend in 1916" 1916-W16-WE, the weekend of Easter Sunday 23 April 1916 (was XXXX-XX-XX),
  and in news "Easter in 2019 fell in April" 2019-04-21 (was the Easter of the document's
  year); not a number that counts a plural noun ("Christmas in 1500 homes") nor a span;
- "the following", "the next" and "the previous" holiday count from the date the story gave,
  as "the following spring" does: after "In June 1941", "The following Easter" is 1942-04-05
  (was 1941-04-13, before June), "the next Christmas" 1941-12-25; after "In March 1915", "The
  previous Christmas" is 1914-12-25 (was 1915-12-25); "The following Christmas songs" opens a
  list and dates nothing;
"""

from __future__ import annotations

import pytest
from passages import Row, mentions

GENRES = ["narrative", "auto"]


# ---- 1. a holiday in a year ----------------------------------------------------------------------


@pytest.mark.parametrize("genre", GENRES)
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Over Easter weekend in 1916 the rebels seized the GPO.",
            [("Easter weekend", "DATE", "1916-W16-WE"), ("1916", "DATE", "1916")],
            id="easter_weekend_in_1916",
        ),
        pytest.param(
            "Christmas in 1914 was quiet along much of the front.",
            [("Christmas", "DATE", "1914-12-25"), ("1914", "DATE", "1914")],
            id="christmas_in_1914",
        ),
        pytest.param(
            "The garrison surrendered at Easter in 1471 after a long siege.",
            [("Easter", "DATE", "1471-04-14"), ("1471", "DATE", "1471")],
            id="easter_in_1471",
        ),
        pytest.param(
            "Christmas 1914 brought an unofficial truce.",
            [("Christmas 1914", "DATE", "1914-12-25")],
            id="christmas_1914_kept",
        ),
        # look-alikes: a number of homes, a span of years
        pytest.param(
            "Christmas in 1914–18 was spent in the trenches.",
            [("Christmas", "DATE", "XXXX-12-25"), ("1914", "DATE", "1914"), ("18", "DATE", "1918")],
            id="christmas_in_a_span",
        ),
    ],
)
def test_a_holiday_in_a_year_is_that_years(text: str, expected: list[Row], genre: str) -> None:
    """ "Christmas in 1914" is 1914-12-25, "Easter weekend in 1916" 1916-W16-WE, the year
    tagged on its own; a count of homes and a span of years give the holiday no year."""
    assert mentions(text, genre=genre) == expected


@pytest.mark.parametrize("genre", GENRES)
def test_a_holiday_in_a_count_of_homes_keeps_the_storys_year(genre: str) -> None:
    """ "Christmas in 1500 homes" after "In 1917" is 1917's Christmas: 1500 counts homes."""
    rows = mentions(
        "In 1917 relief parcels reached the town. Christmas in 1500 homes was bare.", genre=genre
    )
    assert ("Christmas", "DATE", "1917-12-25") in rows


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Easter in 2019 fell in April, two weeks after the vote.",
            [
                ("Easter", "DATE", "2019-04-21"),
                ("2019", "DATE", "2019"),
                ("April", "DATE", "2019-04"),
                ("two weeks", "DURATION", "P2W"),
            ],
            id="easter_in_2019",
        ),
        pytest.param(
            "Sales over Christmas in 2021 beat every forecast.",
            [("Christmas", "DATE", "2021-12-25"), ("2021", "DATE", "2021")],
            id="christmas_in_2021",
        ),
    ],
)
def test_a_holiday_in_a_year_in_news(text: str, expected: list[Row]) -> None:
    """In news of 2023-05-02, "Easter in 2019" is 2019's Easter, not the document year's."""
    assert mentions(text, dct="2023-05-02", genre="news") == expected


# ---- 2. the following or previous holiday --------------------------------------------------------


@pytest.mark.parametrize("genre", GENRES)
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "In June 1941 the army crossed the border. The following Easter it was still in "
            "Russia.",
            [("June 1941", "DATE", "1941-06"), ("The following Easter", "DATE", "1942-04-05")],
            id="the_following_easter",
        ),
        pytest.param(
            "In March 1915 the battalion reached Ypres. The previous Christmas it had been in "
            "Flanders.",
            [("March 1915", "DATE", "1915-03"), ("The previous Christmas", "DATE", "1914-12-25")],
            id="the_previous_christmas",
        ),
        pytest.param(
            "In June 1941 the army crossed the border. By the next Christmas it stood before "
            "Moscow.",
            [("June 1941", "DATE", "1941-06"), ("the next Christmas", "DATE", "1941-12-25")],
            id="the_next_christmas",
        ),
        pytest.param(
            "The treaty was signed in August 1920. The following Whitsun the troops went home.",
            [("August 1920", "DATE", "1920-08"), ("The following Whitsun", "DATE", "1921-05-15")],
            id="the_following_whitsun",
        ),
        # look-alike: "the following" opens a list
        pytest.param(
            "The following Christmas songs were banned in 1942.",
            [("1942", "DATE", "1942")],
            id="following_christmas_songs",
        ),
    ],
)
def test_the_following_holiday_counts_from_the_story(
    text: str, expected: list[Row], genre: str
) -> None:
    """ "The following Easter" after June 1941 is 1942's, "The previous Christmas" after March
    1915 is 1914's; "The following Christmas songs" is a list's head, no date."""
    assert mentions(text, genre=genre) == expected
