"""News phenomena: weekday ranges, sports seasons, counted days of an event, "the week".

Each table pins what must be found, with its type and value (document date 2023-09-12, a
Tuesday); the formal sentences after it pin what must not be found.
"""

from __future__ import annotations

import pytest
from passages import Row, found, mentions

from chrono import extract_document


def _mentions(text: str) -> list[Row]:
    return mentions(text, dct="2023-09-12")


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("The Sun-Times reported the story.", []),
        ("Samples Mon-3 and Fri-7 were discarded.", []),
        ("SAT-based methods were compared.", []),
    ],
)
def test_short_weekday_ranges_do_not_fire_in_formal_text(text: str, found: list[str]) -> None:
    """Capitalised short weekdays are dates only on both sides of a dash."""
    assert [t for t, _, _ in _mentions(text)] == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # one set of months, as "the first Friday of every month" (set.every_unit)
        ("Interest accrues from the first day of each month.", ["the first day of each month"]),
        # a day of a month, as "the 2nd day of May" is (date.day_month)
        ("The second day of May was quiet.", ["The second day of May"]),
        ("Shares rose on the first day of trading.", ["the first day"]),
        ("The third day of the week is Wednesday.", ["Wednesday"]),
    ],
)
def test_counted_days_of_calendar_periods_are_not_event_days(text: str, found: list[str]) -> None:
    """ "the first day of each month", "of May", "of trading" are no day of a news event
    (date.nth_day_of_event stays out; other rules may still read them)."""
    doc, _ = extract_document(text, dct="2023-09-12")
    assert [m.text for m in doc.mentions] == found
    assert all(m.rule != "date.nth_day_of_event" for m in doc.mentions)


def test_the_nth_day_of_an_event_is_the_day_the_text_is_at() -> None:
    """As TimeBank tags it: the last day the text named, else the document date."""
    assert _mentions("It's the second day of an offensive in the province.") == [
        ("the second day", "DATE", "2023-09-12")
    ]
    assert _mentions("On Sept. 6, the third day of the talks, a deal emerged.") == [
        ("Sept. 6", "DATE", "2023-09-06"),
        ("the third day", "DATE", "2023-09-06"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The vote was on Tuesday the 5th.", [("Tuesday the 5th", "DATE", "2023-09-05")]),
        ("Polls close on Saturday 30th.", [("Saturday 30th", "DATE", "2023-09-30")]),
        # no ordinal: a count, not a day of the month
        ("On Monday, the 11 members of OPEC met.", [("Monday", "DATE", "2023-09-11")]),
        ("on Tuesday 12 protesters were held", [("Tuesday", "DATE", "2023-09-12")]),
    ],
)
def test_a_weekday_and_an_ordinal_day_name_the_nearest_such_day(
    text: str, expected: list[Row]
) -> None:
    """ "Tuesday the 5th" is the 5th of the nearest month in which it is a Tuesday."""
    assert _mentions(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Rent is due on the 12th of this month.",
            ("the 12th of this month", "DATE", "2023-09-12"),
        ),
        (
            "The hearing is set for the 3rd of next month.",
            ("the 3rd of next month", "DATE", "2023-10-03"),
        ),
        (
            "The strike began on the 1st of last month.",
            ("the 1st of last month", "DATE", "2023-08-01"),
        ),
        (
            "Payment is due on the first of next month.",
            ("the first of next month", "DATE", "2023-10-01"),
        ),
    ],
)
def test_a_day_of_this_next_or_last_month_is_one_date(text: str, expected: Row) -> None:
    """ "the 12th of this month": one DATE with the day, not the month alone."""
    assert _mentions(text) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "He was the 3rd of this month's winners.",
        "The first of this month's meetings was held.",
    ],
)
def test_an_ordinal_among_this_months_things_is_no_day(text: str) -> None:
    """ "the 3rd of this month's winners" counts winners: only "this month" is a date."""
    assert _mentions(text) == [("this month", "DATE", "2023-09")]


def test_no_31st_of_a_month_of_30_days() -> None:
    """ "the 31st of next month" written in October names no day of November."""
    assert mentions("Pay by the 31st of next month.", dct="2023-10-12") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The new school will open in the fall.", ["the fall"]),
        ("In the fall, the team will rebuild.", ["the fall"]),
        ("We planted in spring and sold during the fall when prices were low.", ["the fall"]),
        ("After the fall of Saigon, he fled.", []),
        ("Investors were hurt in the fall in prices.", []),
        ("He was injured in the fall and taken to hospital.", []),
        ("Profits dropped in the fall to $3 million.", []),
        ("The Fall of the House of Usher was read in class.", []),
    ],
)
def test_the_fall_is_a_season_only_where_nothing_makes_it_a_drop(
    text: str, expected: list[str]
) -> None:
    """ "in the fall" as autumn (US usage), not a fall of a city, of prices or of a person."""
    assert [m for m in found(text, dct="2023-06-15") if "fall" in m.lower()] == expected


def test_a_weekday_after_on_a_is_no_particular_day_and_no_event() -> None:
    """ "It happened on a Tuesday" names the weekday only: XXXX-WXX-2, off the timeline."""
    doc, events = extract_document(
        "It happened on a Tuesday. One Sunday morning he left.", dct="2023-09-12"
    )
    assert [(m.text, m.value) for m in doc.mentions] == [
        ("Tuesday", "XXXX-WXX-2"),
        ("Sunday morning", "XXXX-WXX-7TMO"),
    ]
    assert events == ()


def test_a_day_of_the_month_alone_dates_the_story_for_what_follows() -> None:
    """ "on the 24th" names a day as "July 24" does: "That evening" and "at 9 p.m." after it
    are of that day, not of the document's."""
    assert _mentions("The parade was on the 10th. That evening we ate out at 9 p.m.") == [
        ("the 10th", "DATE", "2023-09-10"),
        ("That evening", "TIME", "2023-09-10TEV"),
        ("9 p.m.", "TIME", "2023-09-10T21:00"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The last day of school will be May 31.", [("May 31", "DATE", "2024-05-31")]),
        ("Prices rose over the last day.", [("the last day", "DURATION", "P1D")]),
        ("On the final day of the summit, they met.", [("the final day", "DATE", "2023-09-12")]),
    ],
)
def test_the_last_day_of_something_is_no_span_of_one_day(text: str, expected: list[Row]) -> None:
    """ "the last day of school" is a day (of a calendar the text does not give: untagged);
    "the final day of the summit" the day the text is at; "over the last day" a span."""
    assert _mentions(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The company will host a call at 5:00 p.m. Eastern Time today.",
            ("5:00 p.m. Eastern Time today", "TIME", "2023-09-12T17:00-04:00"),
        ),
        (
            "The game starts at 8 p.m. Eastern on Sunday.",
            ("8 p.m. Eastern on Sunday", "TIME", "2023-09-17T20:00-04:00"),
        ),
        (
            "Polls close at 7 p.m. Eastern Standard Time.",
            ("7 p.m. Eastern Standard Time", "TIME", "2023-09-12T19:00-05:00"),
        ),
        (
            "The meeting ran until 3 p.m. Pacific.",
            ("3 p.m. Pacific", "TIME", "2023-09-12T15:00-07:00"),
        ),
    ],
)
def test_a_zone_spelled_out_after_a_clock_time_is_kept(text: str, expected: Row) -> None:
    """ "Eastern Time", "Eastern", "Pacific" are the US zones (summer or winter offset on the
    day); "Eastern Standard Time" keeps its fixed offset. A broadcast's "starts at 8 p.m.
    Eastern on Sunday" looks ahead."""
    assert _mentions(text) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The economy had grown faster than expected in the third quarter.",
            ("the third quarter", "DATE", "2023-Q3"),
        ),
        ("Results came in as expected on Monday.", ("Monday", "DATE", "2023-09-11")),
    ],
)
def test_than_expected_is_no_plan_ahead(text: str, expected: Row) -> None:
    """ "than expected", "as expected" compare with a forecast: no future cue."""
    assert _mentions(text) == [expected]


def test_a_day_of_a_season_is_no_day_of_an_event_nor_a_span() -> None:
    """ "the first day of spring" is the season's first day (the equinox), neither the day the
    text is at nor a span of one day: untagged, as "the last day of school"."""
    assert _mentions("Happy 1st day of fall! The first day of spring is March 20.") == [
        ("March 20", "DATE", "2024-03-20")
    ]
