"""Gaps noticed in session 23, sixty-seventh list: this session's leftovers.

News read from its document date (genre news, its weekday checked with ``datetime``), rows as
TimeBank annotates them:
- a weekday's own verb is looked for past a participle phrase after the day or the subject
  ("hosted by France", "led by the mayor", "chaired by the prime minister") and past an adverb
  and a participle before the subject's noun ("the newly elected council"): "A summit Monday
  hosted by France will discuss aid", on Friday 10 May 2024, is the Monday ahead (2024-05-13,
  was 05-06 by the participle's -ed), "On Monday the newly elected council will meet" too; "A
  summit Monday hosted by France discussed aid" and "the newly elected council met" stay behind.
"""

from __future__ import annotations

import datetime as dt

import pytest
from passages import Row, mentions, news, note_mentions


def _news(text: str, dct: str) -> list[Row]:
    return news(text, dct, dt.date.fromisoformat(dct).strftime("%A"))


# ---- 1. a participle phrase is not the weekday's verb ------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "A summit Monday hosted by France will discuss aid to the region.",
            [("Monday", "DATE", "2024-05-13")],
            id="summit_monday_hosted_by_will",
        ),
        pytest.param(
            "A conference Tuesday chaired by the prime minister will set new targets.",
            [("Tuesday", "DATE", "2024-05-14")],
            id="conference_tuesday_chaired_by_will",
        ),
        pytest.param(
            "A review Wednesday led by the mayor will weigh the bus plan.",
            [("Wednesday", "DATE", "2024-05-15")],
            id="review_wednesday_led_by_will",
        ),
        pytest.param(
            "On Monday the newly elected council will meet for the first time.",
            [("Monday", "DATE", "2024-05-13")],
            id="on_monday_the_newly_elected_council_will",
        ),
        pytest.param(
            "On Thursday the newly appointed envoy is set to visit Kyiv.",
            [("Thursday", "DATE", "2024-05-16")],
            id="on_thursday_the_newly_appointed_envoy_is_set_to",
        ),
        # look-alikes: the clause's verb told in the past, a verb's "by" of a figure
        pytest.param(
            "A summit Monday hosted by France discussed aid to the region.",
            [("Monday", "DATE", "2024-05-06")],
            id="summit_monday_hosted_by_discussed",
        ),
        pytest.param(
            "On Monday the newly elected council met for the first time.",
            [("Monday", "DATE", "2024-05-06")],
            id="on_monday_the_newly_elected_council_met",
        ),
        pytest.param(
            "Shares Monday dropped by 5% after the report.",
            [("Monday", "DATE", "2024-05-06")],
            id="shares_monday_dropped_by",
        ),
    ],
)
def test_a_participle_phrase_is_not_the_weekdays_verb(text: str, expected: list[Row]) -> None:
    """A weekday's own verb is found past a participle phrase ("hosted by France", "the newly
    elected council"): "will" after it looks ahead, a past verb behind."""
    assert _news(text, "2024-05-10") == expected


# ---- 2. "since" a weekday told on that weekday ------------------------------------------------


@pytest.mark.parametrize(
    ("text", "dct", "expected"),
    [
        pytest.param(
            "The Dow has fallen 3% since Monday.",
            "2024-05-13",
            [("Monday", "DATE", "2024-05-06")],
            id="dow_fallen_since_monday_on_a_monday",
        ),
        pytest.param(
            "Flights have been grounded since Tuesday, the airline said.",
            "2023-01-10",
            [("Tuesday", "DATE", "2023-01-03")],
            id="grounded_since_tuesday_on_a_tuesday",
        ),
        pytest.param(
            "The road has been closed ever since Thursday.",
            "2024-05-16",
            [("Thursday", "DATE", "2024-05-09")],
            id="ever_since_thursday_on_a_thursday",
        ),
        # look-alikes: a part of the day or "early" keeps the day, another weekday is behind
        pytest.param(
            "The Dow has fallen 3% since Monday morning.",
            "2024-05-13",
            [("Monday morning", "TIME", "2024-05-13TMO")],
            id="since_monday_morning_on_a_monday",
        ),
        pytest.param(
            "The Dow has fallen 3% since early Monday.",
            "2024-05-13",
            [("early Monday", "DATE", "2024-05-13")],
            id="since_early_monday_on_a_monday",
        ),
        pytest.param(
            "The Dow has fallen 3% since Friday.",
            "2024-05-13",
            [("Friday", "DATE", "2024-05-10")],
            id="since_friday_on_a_monday",
        ),
        pytest.param(
            "Prices have risen since Monday, officials said.",
            "2024-05-14",
            [("Monday", "DATE", "2024-05-13")],
            id="since_monday_on_a_tuesday",
        ),
    ],
)
def test_since_a_weekday_on_that_weekday_is_the_week_before(
    text: str, dct: str, expected: list[Row]
) -> None:
    """ "since" a bare weekday told on that weekday counts from the one a week before."""
    assert _news(text, dct) == expected


# ---- 3. a figure a comma compares is no arrival's time ------------------------------------------


NOTE = "NURSING NOTE 01/09/2024\n"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("Sales arrived at 2100, up 5%.", [], id="arrived_at_up_5"),
        pytest.param(
            "Orders came in at 1950, down from 2200 in March.",
            [("March", "DATE", "2023-03")],
            id="came_in_at_down_from",
        ),
        pytest.param(
            "Output amounted to 1800, a record, and exports came to 1400, a new high.",
            [],
            id="amounted_to_a_record",
        ),
        # look-alikes: a family's arrival, a year one arrived in
        pytest.param(
            "Family arrived at 1930 and stayed.",
            [("1930", "TIME", "2024-01-09T19:30")],
            id="family_arrived_at_1930",
        ),
        pytest.param(
            "The first settlers arrived in 1930, a record year.",
            [("1930", "DATE", "1930")],
            id="settlers_arrived_in_1930",
        ),
    ],
)
def test_a_figure_a_comma_compares_is_no_arrivals_time(text: str, expected: list[Row]) -> None:
    """A four-digit figure "arrived at" or "came in at" that a comma then compares ("up 5%",
    "down from", "a record") is neither a time nor a year."""
    assert _news(text, "2024-01-09") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Pt arrived at 2200 via EMS .", [("2200", "TIME", "2024-01-09T22:00")], id="pt_via_ems"
        ),
        pytest.param(
            "Family arrived at 1930, tearful.",
            [("1930", "TIME", "2024-01-09T19:30")],
            id="family_tearful",
        ),
    ],
)
def test_a_notes_arrival_keeps_its_time(text: str, expected: list[Row]) -> None:
    """A note's arrival on a 24-hour clock stays the note day's time, a comma after it too."""
    assert note_mentions(NOTE, text) == expected


# ---- 4. a count of a unit in the singular before a noun leaves "the" out ------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "The company follows the 3 day rule.",
            [("3 day", "DURATION", "P3D")],
            id="the_3_day_rule",
        ),
        pytest.param(
            "Viewers tired of the 24 hour news cycle.",
            [("24 hour", "DURATION", "PT24H")],
            id="the_24_hour_news_cycle",
        ),
        pytest.param(
            "Returns are accepted within the 30 day window.",
            [("30 day", "DURATION", "P30D")],
            id="the_30_day_window",
        ),
        pytest.param(
            "Talks ended after the two day summit.",
            [("two day", "DURATION", "P2D")],
            id="the_two_day_summit",
        ),
        # look-alikes: the hyphen's readings, a plural count keeps its article
        pytest.param(
            "The company follows the 3-day rule.",
            [("3-day", "DURATION", "P3D")],
            id="the_3_hyphen_day_rule",
        ),
        pytest.param(
            "Returns are accepted within the 30-day window.",
            [("30-day window", "DURATION", "P30D")],
            id="the_30_hyphen_day_window",
        ),
        pytest.param(
            "He spent the 3 days at home.",
            [("the 3 days", "DURATION", "P3D")],
            id="the_3_days",
        ),
        pytest.param(
            "In the nine months, net income rose.",
            [("the nine months", "DURATION", "P9M")],
            id="the_nine_months",
        ),
    ],
)
def test_a_singular_units_count_before_a_noun_leaves_the_article_out(
    text: str, expected: list[Row]
) -> None:
    """ "the" before a count of a unit in the singular that modifies a noun ("the 3 day rule")
    stays out, as before a hyphen; a plural count keeps it ("the 3 days")."""
    assert _news(text, "2024-01-09") == expected


# ---- 5. the same weekend so many years ago ------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Sales fell 12% from the same weekend two years ago.",
            [("the same weekend two years ago", "DATE", "2021-W36-WE")],
            id="same_weekend_two_years_ago",
        ),
        pytest.param(
            "Grosses trailed the comparable weekend 3 years earlier.",
            [("the comparable weekend 3 years earlier", "DATE", "2020-W37-WE")],
            id="comparable_weekend_3_years_earlier",
        ),
        # look-alikes: one year, and a weekend and a year ago told apart by commas
        pytest.param(
            "Sales trailed the same weekend last year by 8%.",
            [("the same weekend last year", "DATE", "2022-W36-WE")],
            id="same_weekend_last_year",
        ),
        pytest.param(
            "The same weekend, two years ago, it rained.",
            [("The same weekend", "DATE", "2023-W37-WE"), ("two years ago", "DATE", "2021")],
            id="same_weekend_comma_two_years_ago",
        ),
    ],
)
def test_the_same_weekend_so_many_years_ago_is_one_weekend(text: str, expected: list[Row]) -> None:
    """ "the same weekend two years ago" is one weekend, 52 weeks a year back from the one the
    tense names."""
    assert _news(text, "2023-09-12") == expected


# ---- 6. a holiday before a kind's noun, a count of homes after "in" (narratives) ----------------


@pytest.mark.parametrize("genre", ["narrative", "auto"])
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "The previous Easter traditions were banned.", [], id="previous_easter_traditions"
        ),
        pytest.param(
            "Christmas customs survived, though the following Easter rituals did not.",
            [],
            id="christmas_customs_easter_rituals",
        ),
        pytest.param(
            "In 1917 relief parcels reached the town. Christmas in 1500 homes was bare.",
            [("1917", "DATE", "1917"), ("Christmas", "DATE", "1917-12-25")],
            id="christmas_in_1500_homes",
        ),
        pytest.param(
            "In 1921 the strike spread. Power was cut in 1500 homes.",
            [("1921", "DATE", "1921")],
            id="cut_in_1500_homes",
        ),
        # look-alikes: the holiday as the time, a year before a clause, a year after "in"
        pytest.param(
            "In March 1915 the line held. The previous Easter the guns fell silent.",
            [("March 1915", "DATE", "1915-03"), ("The previous Easter", "DATE", "1914-04-12")],
            id="previous_easter_the_guns",
        ),
        pytest.param(
            "Gas lighting arrived in 1800 homes were still lit by candles.",
            [("1800", "DATE", "1800")],
            id="in_1800_homes_were",
        ),
    ],
)
def test_a_holiday_before_a_kind_and_a_count_of_homes(
    text: str, expected: list[Row], genre: str
) -> None:
    """A holiday before "traditions", "customs" or "rituals" names a kind, no day; a number
    after "in" before "homes" in the middle of a clause counts them, no year."""
    assert mentions(text, genre=genre) == expected


# ---- 7. a month before an ordinal that counts a noun (fixed in session 24) ------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "The airlift began in 1948. By June the first planes were landing.",
            [("1948", "DATE", "1948"), ("June", "DATE", "1948-06")],
            id="by_june_the_first_planes",
        ),
        pytest.param(
            "The siege began in 1453. By April the first cannons were firing.",
            [("1453", "DATE", "1453"), ("April", "DATE", "1453-04")],
            id="by_april_the_first_cannons",
        ),
    ],
)
def test_by_a_month_the_first_noun_is_the_month(text: str, expected: list[Row]) -> None:
    """ "By June the first planes were landing" after "in 1948" is June 1948: "the first"
    counts the planes."""
    assert mentions(text, genre="narrative") == expected
