"""Gaps noticed in session 13, twenty-second list: news, a narrative, clinical notes.

A weekday's possessive before an event that the past verb of its clause treats as done
("looked for ways to get around Wednesday's ruling") is the day behind, "ahead of Friday's
ruling" the one ahead; a day a leader declares a day of mourning is ahead, and "a day of
mourning" names a kind of day, no span of one; a month as the subject of a record ("April is
officially the driest month since 1895") is the month behind; "The next century" after a
story's year is the century after it, no span of a hundred years; a tuberculin test's "read
06/14" is a date as its "placed 06/12" is, and a study's "post-bleed day 3 scans" names no
day; "the new year" in the middle of a year is the year that follows.
"""

from __future__ import annotations

import pytest
from passages import Row, mentions, news

# ---- news: a weekday's possessive before an event done -----------------------------------


@pytest.mark.parametrize(
    ("text", "dct", "weekday", "expected"),
    [
        pytest.param(
            "Lawyers for the state looked for ways to get around Wednesday's ruling.",
            "2019-05-10",
            "Friday",
            [("Wednesday", "DATE", "2019-05-08")],
            id="get_around_wednesdays_ruling",
        ),
        pytest.param(
            "Opposition leaders denounced Tuesday's vote as a fraud.",
            "2019-05-10",
            "Friday",
            [("Tuesday", "DATE", "2019-05-07")],
            id="denounced_tuesdays_vote",
        ),
        pytest.param(
            "Police investigated Monday's attack on the embassy.",
            "2019-05-10",
            "Friday",
            [("Monday", "DATE", "2019-05-06")],
            id="investigated_mondays_attack",
        ),
        pytest.param(
            "Markets rallied after Wednesday's announcement by the central bank.",
            "2019-05-10",
            "Friday",
            [("Wednesday", "DATE", "2019-05-08")],
            id="rallied_after_the_announcement",
        ),
        pytest.param(
            "Lawyers gathered outside the court ahead of Friday's ruling.",
            "2019-05-08",
            "Wednesday",
            [("Friday", "DATE", "2019-05-10")],
            id="ahead_of_fridays_ruling",
        ),
    ],
)
def test_a_weekdays_possessive_before_an_event_done(
    text: str, dct: str, weekday: str, expected: list[Row]
) -> None:
    """A weekday's ruling, vote, attack or announcement that a past verb treats as done is
    the day behind (a story dated Friday: "get around Wednesday's ruling" is two days back);
    "ahead of Friday's ruling" on a Wednesday is the day ahead."""
    assert news(text, dct, weekday) == expected


# ---- news: a day declared a day of mourning ------------------------------------------------


def test_a_weekday_declared_a_day_of_mourning_is_ahead() -> None:
    """A story dated Tuesday: the Wednesday Putin declares a day of national mourning is the
    day ahead, and "a day of national mourning" is a kind of day, no P1D."""
    text = "Putin declared Wednesday a day of national mourning for the victims."
    assert news(text, "2019-05-07", "Tuesday") == [("Wednesday", "DATE", "2019-05-08")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Churches across the state held a day of prayer.",
            [],
            id="a_day_of_prayer",
        ),
        pytest.param(
            "The unions called a day of action against the cuts.",
            [],
            id="a_day_of_action",
        ),
        pytest.param(
            "The king ordered a day of mourning after the fire.",
            [],
            id="a_day_of_mourning",
        ),
        pytest.param(
            "Veterans marked a day of remembrance at the memorial.",
            [],
            id="a_day_of_remembrance",
        ),
        pytest.param(
            "It took a day of talks to reach a deal.",
            [("a day", "DURATION", "P1D")],
            id="a_day_of_talks_lasts",
        ),
        pytest.param(
            "The delegates stayed a day in Geneva.",
            [("a day", "DURATION", "P1D")],
            id="stayed_a_day",
        ),
    ],
)
def test_a_day_named_as_a_kind_of_day_is_no_duration(text: str, expected: list[Row]) -> None:
    """ "a day of prayer", "a day of action", "a day of mourning" name a kind of day that is
    kept, not a span of one day; "a day of talks" that something took lasts a day."""
    assert mentions(text, dct="2019-05-07", genre="news") == expected


# ---- news: a month as the subject of a record ------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "April is officially the driest month since 1895, forecasters said.",
            [("April", "DATE", "2019-04"), ("1895", "DATE", "1895")],
            id="officially_the_driest_month",
        ),
        pytest.param(
            "March was the coldest month in a decade.",
            [("March", "DATE", "2019-03"), ("a decade", "DURATION", "P10Y")],
            id="was_the_coldest",
        ),
    ],
)
def test_a_month_as_the_subject_of_a_record(text: str, expected: list[Row]) -> None:
    """In a story dated May, a month before "is" with a record ("the driest month since
    1895") is the month behind, April of the story's year, as "February is already the wettest
    month on record" is."""
    assert news(text, "2019-05-07", "Tuesday") == expected


# ---- narrative: the next century -----------------------------------------------------------


def test_the_next_century_as_a_subject_is_the_century_after() -> None:
    """After "In 410", "The next century saw the Saxons settle" is the fifth century (05),
    the one after the story's, as "the next year" after 1066 is 1067."""
    text = "In 410 the legions left Britain. The next century saw the Saxons settle the east."
    assert mentions(text, genre="narrative") == [
        ("410", "DATE", "0410"),
        ("The next century", "DATE", "05"),
    ]


def test_over_the_next_century_is_a_span() -> None:
    """ "over the next century" in a forecast is a span of a hundred years."""
    text = "Sea levels will rise over the next century, the report said."
    assert mentions(text, dct="2019-05-07", genre="news") == [
        ("the next century", "DURATION", "P100Y")
    ]


# ---- clinical: a tuberculin test read --------------------------------------------------------

HEADER = "Admission Date: 06/11/2014\nDischarge Date: 06/20/2014\n\n"


def _told(text: str) -> list[Row]:
    """The mentions of a note after its header's two dates."""
    rows = mentions(HEADER + text)
    assert rows[:2] == [("06/11/2014", "DATE", "2014-06-11"), ("06/20/2014", "DATE", "2014-06-20")]
    return rows[2:]


def test_a_tuberculin_test_read_on_a_date() -> None:
    """ "PPD placed 06/12 , read 06/14 , 0 mm": the test was placed on the 12th and read on
    the 14th, two dates."""
    assert _told("PPD placed 06/12 , read 06/14 , 0 mm .") == [
        ("06/12", "DATE", "2014-06-12"),
        ("06/14", "DATE", "2014-06-14"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "PPD placed on 06/12 and read on 06/14 : negative .",
            [("06/12", "DATE", "2014-06-12"), ("06/14", "DATE", "2014-06-14")],
            id="read_on",
        ),
        pytest.param("She read 10 pages of the handout .", [], id="read_a_count"),
    ],
)
def test_a_tuberculin_test_read_look_alikes(text: str, expected: list[Row]) -> None:
    """ "read on 06/14" is a date; a count after "read" is none."""
    assert _told(text) == expected


def test_a_studys_post_bleed_day_scans_are_no_date() -> None:
    """A study's "post-bleed day 3 scans of 40 patients" names the day of every patient's
    scan, no day of the calendar."""
    text = "The post-bleed day 3 scans of 40 patients were reviewed."
    assert mentions(text, dct="2014-06-11", genre="news") == []


# ---- the new year in the middle of a year ----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "dct", "expected"),
    [
        pytest.param(
            "Congress took up the bill in the new year.",
            "1998-12-10",
            [("the new year", "DATE", "1998")],
            id="told_in_the_past_in_december",
        ),
        pytest.param(
            "We will open a second store in the new year.",
            "2015-12-20",
            [("the new year", "DATE", "2016")],
            id="ahead_in_december",
        ),
    ],
)
def test_the_new_year_near_its_turn(text: str, dct: str, expected: list[Row]) -> None:
    """Near the turn of the year, "the new year" told in the past is the year begun (a story
    of December 1998: "took up the bill in the new year" is 1998), told ahead the coming one."""
    assert mentions(text, dct=dct, genre="news") == expected


def test_the_new_year_in_june_is_the_year_that_follows() -> None:
    """In June 2016, "Plans for the new year" are for 2017, the year that follows the
    document's (TimeML anchors "the new year" to the DCT's next year)."""
    text = "Plans for the new year are ready."
    assert mentions(text, dct="2016-06-10", genre="news") == [("the new year", "DATE", "2017")]
