"""Gaps noticed in session 24, seventy-first list: this session's leftovers.

Histories in the style of English Wikipedia are read as narratives with no document date;
news with its date as the document date (its weekday checked with ``datetime``), rows as
TimeBank annotates them:
- a story's day counted with a compound ordinal word counts from the story's start, as "the
  twenty-third day" did: after "The siege began on 6 April 1453.", "the fifty-third day of the
  siege" is 1453-05-28 (was "third day", 1453-04-08), "the fortieth day" 1453-05-15, "the
  hundredth day" 1453-07-14; "the fifty-third parallel" dates nothing;
- "long" and "later" before a participle say how long or from when a day was remembered or
  named: "It was a day long remembered in the city" has no length (was "a day long" P1D), "It
  was a day later known as the Day of Ashes" no date (was "a day later"); "a day long vigil",
  "A day-long strike" stay P1D and "A day later, the troops left" a date;
- the day of a month or the weekday a holiday of a year counted from the document's "falls
  on" is the holiday's day: on Monday 20 November 2023 "Thanksgiving next year falls on Nov.
  28" is 2024-11-28 (was the Nov. 28 ahead), "Christmas next year falls on a Wednesday"
  2024-12-25 (was any Wednesday); a holiday right before "N years ago" is that year's, as
  before "last year": "Black Friday two years ago drew crowds" is 2021-11-26 (was 2023-11-24);
  "Thanksgiving this year falls on Nov. 23" and "Black Friday sales two years ago" as before;
- what lands, ships or debuts on a weekday, told in the present, is a release's schedule, as
  what launches or premieres is: on Tuesday 12 September 2023 "The patch lands Saturday" is
  2023-09-16 (was 09-09), "The update ships Friday" 2023-09-15 (right before the day); "The
  patch landed Saturday", "occupied tribal lands on Monday", "made his debut on Monday" and
  "Two Navy ships Friday fired missiles" stay behind;
- a parcel "arriving", "arrives", "coming" or "out for delivery" on a weekday that ends its
  clause, as an out-of-office reply's "returning": in a post of Tuesday 9 July 2024 "Ordered on
  Friday, arriving thursday." is 2024-07-11 (was 07-04), "arrives by Thursday!" too ("arriving"
  before "by" or a weekday in small letters, as posts write it); "arrived thursday", "The
  package arriving Thursday was late", a report's "with the vanguard arriving Thursday, sources
  said" and "was coming Thursday" stay behind;
- a place that closes, shuts, opens or reopens "for the" season, told in the present, does so
  in the season ahead: on Wednesday 13 March 2024 "The lodge closes for the winter" is 2024-WI
  (was 2023-WI), "The ski resort shuts down for the winter on Sunday" too; "The lodge closed
  for the winter" and "is closed for the winter" keep the winter it is in, 2023-WI.
"""

from __future__ import annotations

import datetime as dt

import pytest
from passages import Row, mentions, news


def _news(text: str, dct: str) -> list[Row]:
    return news(text, dct, dt.date.fromisoformat(dct).strftime("%A"))


def _story(text: str) -> list[Row]:
    return mentions(text, dct=None, genre="narrative")


# ---- 1. compound ordinal words count a story's days ---------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "The siege began on 6 April 1453. On the fifty-third day of the siege the walls fell.",
            [("6 April 1453", "DATE", "1453-04-06"), ("the fifty-third day", "DATE", "1453-05-28")],
            id="the_fifty_third_day_of_the_siege",
        ),
        pytest.param(
            "The siege began on 6 April 1453. By the fortieth day of the siege food ran short.",
            [("6 April 1453", "DATE", "1453-04-06"), ("the fortieth day", "DATE", "1453-05-15")],
            id="by_the_fortieth_day_of_the_siege",
        ),
        pytest.param(
            "The siege began on 6 April 1453. On the hundredth day of the siege the city fell.",
            [("6 April 1453", "DATE", "1453-04-06"), ("the hundredth day", "DATE", "1453-07-14")],
            id="the_hundredth_day_of_the_siege",
        ),
        pytest.param(
            "The strike began on 3 March 2021. The forty-fifth day of the strike brought talks.",
            [("3 March 2021", "DATE", "2021-03-03"), ("The forty-fifth day", "DATE", "2021-04-16")],
            id="the_forty_fifth_day_of_the_strike",
        ),
        # look-alikes: a parallel's number, a day the month's ordinals already counted
        pytest.param(
            "The siege began on 6 April 1453. The fleet sailed along the fifty-third parallel.",
            [("6 April 1453", "DATE", "1453-04-06")],
            id="the_fifty_third_parallel",
        ),
        pytest.param(
            "The siege began on 6 April 1453. On the twenty-third day of the siege a ship came.",
            [
                ("6 April 1453", "DATE", "1453-04-06"),
                ("the twenty-third day", "DATE", "1453-04-28"),
            ],
            id="the_twenty_third_day_as_before",
        ),
    ],
)
def test_compound_ordinal_words_count_a_storys_days(text: str, expected: list[Row]) -> None:
    """ "The fifty-third day of the siege" counts 53 days from the story's start."""
    assert _story(text) == expected


# ---- 2. "a day long remembered", "a day later known as" -----------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "The riot broke out on 13 January 1939. It was a day long remembered in the city.",
            [("13 January 1939", "DATE", "1939-01-13")],
            id="a_day_long_remembered",
        ),
        pytest.param(
            "The riot broke out on 13 January 1939. It was a day later known as the Day of Ashes.",
            [("13 January 1939", "DATE", "1939-01-13")],
            id="a_day_later_known_as",
        ),
        pytest.param(
            "The flood came on 4 March 1881. It was a night long dreaded in the valley.",
            [("4 March 1881", "DATE", "1881-03-04")],
            id="a_night_long_dreaded",
        ),
        # look-alikes: a length before its noun, "a day later" that dates a clause
        pytest.param(
            "The flood came on 4 March 1881. It held a day long vigil. A day-long strike followed.",
            [
                ("4 March 1881", "DATE", "1881-03-04"),
                ("a day long", "DURATION", "P1D"),
                ("A day-long", "DURATION", "P1D"),
            ],
            id="a_day_long_vigil",
        ),
        pytest.param(
            "The flood came on 4 March 1881. A day later, the troops left.",
            [("4 March 1881", "DATE", "1881-03-04"), ("A day later", "DATE", "1881-03-05")],
            id="a_day_later_comma",
        ),
    ],
)
def test_long_or_later_before_a_participle_is_no_mention(text: str, expected: list[Row]) -> None:
    """ "A day long remembered" and "a day later known as" are no length and no date."""
    assert _story(text) == expected


# ---- 3. the day a holiday of next year falls on; a holiday before "N years ago" ---------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Thanksgiving next year falls on Nov. 28.",
            [
                ("Thanksgiving", "DATE", "2024-11-28"),
                ("next year", "DATE", "2024"),
                ("Nov. 28", "DATE", "2024-11-28"),
            ],
            id="thanksgiving_next_year_falls_on_nov_28",
        ),
        pytest.param(
            "Easter next year falls on March 31, the earliest in years.",
            [
                ("Easter", "DATE", "2024-03-31"),
                ("next year", "DATE", "2024"),
                ("March 31", "DATE", "2024-03-31"),
                ("years", "DURATION", "PXY"),
            ],
            id="easter_next_year_falls_on_march_31",
        ),
        pytest.param(
            "Christmas next year falls on a Wednesday.",
            [
                ("Christmas", "DATE", "2024-12-25"),
                ("next year", "DATE", "2024"),
                ("Wednesday", "DATE", "2024-12-25"),
            ],
            id="christmas_next_year_falls_on_a_wednesday",
        ),
        pytest.param(
            "Black Friday two years ago drew crowds.",
            [("Black Friday", "DATE", "2021-11-26"), ("two years ago", "DATE", "2021")],
            id="black_friday_two_years_ago",
        ),
        pytest.param(
            "Christmas a year ago fell on a Sunday.",
            [
                ("Christmas", "DATE", "2022-12-25"),
                ("a year ago", "DATE", "2022"),
                ("Sunday", "DATE", "2022-12-25"),
            ],
            id="christmas_a_year_ago_fell_on_a_sunday",
        ),
        # look-alikes: a holiday of no year, of this year, one whose sales the count dates
        pytest.param(
            "Thanksgiving falls on Nov. 23.",
            [("Thanksgiving", "DATE", "2023-11-23"), ("Nov. 23", "DATE", "2023-11-23")],
            id="thanksgiving_falls_on_nov_23",
        ),
        pytest.param(
            "Thanksgiving this year falls on Nov. 23.",
            [
                ("Thanksgiving", "DATE", "2023-11-23"),
                ("this year", "DATE", "2023"),
                ("Nov. 23", "DATE", "2023-11-23"),
            ],
            id="thanksgiving_this_year_falls_on_nov_23",
        ),
        pytest.param(
            "Black Friday sales two years ago were lower.",
            [("Black Friday", "DATE", "2023-11-24"), ("two years ago", "DATE", "2021")],
            id="black_friday_sales_two_years_ago",
        ),
    ],
)
def test_the_day_a_holiday_of_a_counted_year_falls_on(text: str, expected: list[Row]) -> None:
    """A holiday before "next year" or "N years ago" is that year's, and so is the day it
    "falls on"."""
    assert _news(text, "2023-11-20") == expected


# ---- 4. a release that lands, ships or debuts on a weekday ---------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "The patch lands Saturday.",
            [("Saturday", "DATE", "2023-09-16")],
            id="the_patch_lands_saturday",
        ),
        pytest.param(
            "The update ships Friday for all users.",
            [("Friday", "DATE", "2023-09-15")],
            id="the_update_ships_friday",
        ),
        pytest.param(
            "The new phone debuts Thursday in 40 countries.",
            [("Thursday", "DATE", "2023-09-14")],
            id="the_phone_debuts_thursday",
        ),
        # look-alikes: the past, the nouns
        pytest.param(
            "Protesters occupied tribal lands on Monday.",
            [("Monday", "DATE", "2023-09-11")],
            id="occupied_tribal_lands_on_monday",
        ),
        pytest.param(
            "The striker made his debut on Monday against Leeds.",
            [("Monday", "DATE", "2023-09-11")],
            id="made_his_debut_on_monday",
        ),
        pytest.param(
            "The patch landed Saturday.",
            [("Saturday", "DATE", "2023-09-09")],
            id="the_patch_landed_saturday",
        ),
        pytest.param(
            "Two Navy ships Friday fired missiles at the coast.",
            [("Friday", "DATE", "2023-09-08")],
            id="two_navy_ships_friday_fired",
        ),
    ],
)
def test_a_release_that_lands_or_ships_on_a_weekday_is_ahead(
    text: str, expected: list[Row]
) -> None:
    """ "Lands", "ships" and "debuts" in the present before a weekday look ahead."""
    assert _news(text, "2023-09-12") == expected


# ---- 5. a parcel arriving on a weekday ----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Ordered on Friday, arriving thursday.",
            [("Friday", "DATE", "2024-07-05"), ("thursday", "DATE", "2024-07-11")],
            id="ordered_on_friday_arriving_thursday",
        ),
        pytest.param(
            "Ordered on Friday, says arriving by thursday.",
            [("Friday", "DATE", "2024-07-05"), ("thursday", "DATE", "2024-07-11")],
            id="ordered_on_friday_says_arriving_by_thursday",
        ),
        pytest.param(
            "Ordered Friday, arrives by Thursday!",
            [("Friday", "DATE", "2024-07-05"), ("Thursday", "DATE", "2024-07-11")],
            id="ordered_friday_arrives_by_thursday",
        ),
        pytest.param(
            "Paid for the lamp on Friday, out for delivery thursday.",
            [("Friday", "DATE", "2024-07-05"), ("thursday", "DATE", "2024-07-11")],
            id="out_for_delivery_thursday",
        ),
        # look-alikes: the past, a participle whose day does not end the clause, "was coming"
        pytest.param(
            "Ordered on Friday, arrived thursday.",
            [("Friday", "DATE", "2024-07-05"), ("thursday", "DATE", "2024-07-04")],
            id="ordered_on_friday_arrived_thursday",
        ),
        pytest.param(
            "The package arriving Thursday was late.",
            [("Thursday", "DATE", "2024-07-04")],
            id="the_package_arriving_thursday_was_late",
        ),
        pytest.param(
            "Arab nations voted for a force, with the vanguard arriving Thursday, sources said.",
            [("Thursday", "DATE", "2024-07-04")],
            id="with_the_vanguard_arriving_thursday",
        ),
        pytest.param(
            "He said she was coming Thursday.",
            [("Thursday", "DATE", "2024-07-04")],
            id="she_was_coming_thursday",
        ),
    ],
)
def test_a_parcel_arriving_on_a_weekday_is_ahead(text: str, expected: list[Row]) -> None:
    """ "Arriving", "arrives", "coming" or "out for delivery" before a weekday that ends its
    clause looks ahead."""
    assert mentions(text, dct="2024-07-09", genre="news") == expected


# ---- 6. a place that closes or opens for a season -----------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "The lodge closes for the winter.",
            [("the winter", "DATE", "2024-WI")],
            id="the_lodge_closes_for_the_winter",
        ),
        pytest.param(
            "The ski resort shuts down for the winter on Sunday.",
            [("the winter", "DATE", "2024-WI"), ("Sunday", "DATE", "2024-03-17")],
            id="the_resort_shuts_down_for_the_winter_on_sunday",
        ),
        pytest.param(
            "The beach cafe reopens for the summer in May.",
            [("the summer", "DATE", "2024-SU"), ("May", "DATE", "2024-05")],
            id="the_cafe_reopens_for_the_summer_in_may",
        ),
        # look-alikes: the past, the state the place is in
        pytest.param(
            "The lodge closed for the winter.",
            [("the winter", "DATE", "2023-WI")],
            id="the_lodge_closed_for_the_winter",
        ),
        pytest.param(
            "The lodge is closed for the winter.",
            [("the winter", "DATE", "2023-WI")],
            id="the_lodge_is_closed_for_the_winter",
        ),
    ],
)
def test_a_place_that_closes_for_a_season_looks_ahead(text: str, expected: list[Row]) -> None:
    """ "Closes", "shuts" or "reopens" for the season, told in the present, is the one ahead."""
    assert _news(text, "2024-03-13") == expected
