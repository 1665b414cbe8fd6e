"""Gaps noticed in session 14, twenty-fifth list: news.

An anniversary piece counts the years "on" from what it remembers ("Forty years on, the town
still remembers", "Ten years on from the crash"): the count is a duration, as TimeBank tags
"Three days later" (DURATION "Three days") and as the project already tags "Twenty years on"
(tests/test_news_11.py); "on" joins no date. "It has been 50 years since the spring of 1968":
the years a duration, the season the one its year names. Economic news names the month of its
data before the noun ("awaiting March data on Friday", "March sales rose"): the month is the
latest one over, whatever the tense, while the day the figures come is ahead. A market that
"runs every Sunday through October" is a set and the month it runs to; a shop's "Open 8-6
weekdays" gives its hours of any weekday, as "weekdays 8-6" does. A price, a rate or a level
"right at 7" is an amount, not the clock time "kickoff is right at 7" is. A weekday right after
a reporting verb in the past ("Putin declared Wednesday that") is the day the saying was done.
A change at the top told in the present ("takes the helm", "takes over", "steps down", "leaves
office") on a weekday is ahead, and "midweek" is the middle of the week the story is at.
"""

from __future__ import annotations

import pytest
from passages import Row, mentions, mentions_with_mods, news

# ---- news: "X years on" ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Forty years on, the town still remembers. The mill closed in 1979, and 600 jobs "
            "went with it.",
            [("Forty years", "DURATION", "P40Y"), ("1979", "DATE", "1979")],
            id="forty_years_on",
        ),
        pytest.param(
            "Ten years on from the crash, the families are still waiting for answers. The "
            "inquiry reported in 2012.",
            [("Ten years", "DURATION", "P10Y"), ("2012", "DATE", "2012")],
            id="ten_years_on_from",
        ),
        pytest.param(
            "Two decades on, the scars of the war remain, officials said Monday.",
            [("Two decades", "DURATION", "P20Y"), ("Monday", "DATE", "2019-05-06")],
            id="two_decades_on",
        ),
        # look-alikes: "on" before a day is that day's, and "years on end" no date
        pytest.param(
            "It will be ten years on Sunday since the plant closed.",
            [("ten years", "DURATION", "P10Y"), ("Sunday", "DATE", "2019-05-12")],
            id="ten_years_on_sunday",
        ),
        pytest.param(
            "The talks dragged on for years on end.",
            [("years", "DURATION", "PXY")],
            id="years_on_end",
        ),
    ],
)
def test_years_on_is_a_duration(text: str, expected: list[Row]) -> None:
    """A story dated Tuesday, 7 May 2019: "Forty years on" is the count of years, a
    duration (P40Y), as TimeBank tags the count before "later"; "on" is no part of it and joins
    no date; "ten years old on Sunday" keeps its Sunday ahead."""
    assert news(text, "2019-05-07", "Tuesday") == expected


# ---- news: "It has been N years since" a dated season or event --------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "It has been 50 years since the spring of 1968, when students occupied the "
            "Sorbonne. Few of them are still in politics.",
            [("50 years", "DURATION", "P50Y"), ("the spring of 1968", "DATE", "1968-SP")],
            id="since_the_spring_of_1968",
        ),
        pytest.param(
            "It's been a decade since the 2015 floods. The levees were rebuilt in 2017.",
            [("a decade", "DURATION", "P10Y"), ("2015", "DATE", "2015"), ("2017", "DATE", "2017")],
            id="since_the_2015_floods",
        ),
        pytest.param(
            "It has been two years since the summer of 2017, when the river last burst its banks.",
            [("two years", "DURATION", "P2Y"), ("the summer of 2017", "DATE", "2017-SU")],
            id="since_the_summer_of_2017",
        ),
    ],
)
def test_it_has_been_years_since_a_dated_season(text: str, expected: list[Row]) -> None:
    """ "It has been 50 years since the spring of 1968": the years are a duration and the
    season the one of 1968 (1968-SP), not the spring of the document's year; "the 2015 floods"
    is dated by its year."""
    assert news(text, "2019-05-07", "Tuesday") == expected


# ---- news: the month of the data --------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "dct", "weekday", "expected"),
    [
        pytest.param(
            "Economists are awaiting March data on Friday. The figures are expected to show a "
            "rebound in spending.",
            "2019-04-09",
            "Tuesday",
            [("March", "DATE", "2019-03"), ("Friday", "DATE", "2019-04-12")],
            id="awaiting_march_data_on_friday",
        ),
        pytest.param(
            "Investors will get April jobs figures on Friday, the last before the Fed meets.",
            "2019-05-07",
            "Tuesday",
            [("April", "DATE", "2019-04"), ("Friday", "DATE", "2019-05-10")],
            id="april_jobs_figures",
        ),
        pytest.param(
            "March sales rose 3 percent from a year earlier, the company said Tuesday.",
            "2019-04-10",
            "Wednesday",
            [
                ("March", "DATE", "2019-03"),
                ("a year earlier", "DATE", "2018-03"),
                ("Tuesday", "DATE", "2019-04-09"),
            ],
            id="march_sales_rose",
        ),
        pytest.param(
            "May data are due next week. Analysts expect a slowdown.",
            "2019-06-04",
            "Tuesday",
            [("May", "DATE", "2019-05"), ("next week", "DATE", "2019-W24")],
            id="may_data_due_next_week",
        ),
        pytest.param(
            "December retail sales will be published on Thursday.",
            "2019-01-08",
            "Tuesday",
            [("December", "DATE", "2018-12"), ("Thursday", "DATE", "2019-01-10")],
            id="december_sales_in_january",
        ),
    ],
)
def test_the_month_before_its_data_is_the_latest_one_over(
    text: str, dct: str, weekday: str, expected: list[Row]
) -> None:
    """The month before "data", "figures", "sales" or a jobs report is the month the figures
    are of, the latest one over even when the clause looks ahead ("are awaiting March data", in
    April: March 2019; "December retail sales will be published", in January: the December
    behind), while the weekday the figures come on is ahead."""
    assert news(text, dct, weekday) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("Thousands March on the capital.", [], id="march_the_verb"),
        pytest.param(
            "April Sales, a spokeswoman for the firm, declined to comment.", [], id="a_name"
        ),
        pytest.param(
            "May data be shared with insurers? The court said no.", [], id="may_the_modal"
        ),
        pytest.param(
            "Forecasters expect July exports to rise.",
            [("July", "DATE", "2019-07")],
            id="a_forecast_month",
        ),
        pytest.param(
            "Analysts expect sales to rise in June.",
            [("June", "DATE", "2019-06")],
            id="a_month_after_in",
        ),
    ],
)
def test_the_month_of_the_data_look_alikes(text: str, expected: list[Row]) -> None:
    """A story dated Tuesday, 7 May 2019: "March" the verb and "April Sales" the name are no
    months, nor is the modal of "May data be shared?"; a month further back than a quarter is
    a forecast's, "expect July exports to rise" the July ahead; "in June" keeps the month
    ahead."""
    assert news(text, "2019-05-07", "Tuesday") == expected


# ---- news: a set bounded by a month, and a shop's hours ---------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "The market runs every Sunday through October, organizers said.",
            [("every Sunday", "SET", "XXXX-WXX-7"), ("October", "DATE", "2019-10")],
            id="every_sunday_through_october",
        ),
        pytest.param(
            "The pool is open every Saturday through September.",
            [("every Saturday", "SET", "XXXX-WXX-6"), ("September", "DATE", "2019-09")],
            id="every_saturday_through_september",
        ),
        pytest.param(
            "The clinic is open 8-6 weekdays and 9-1 Saturdays.",
            [
                ("8", "TIME", "XXXX-XX-XXT08:00"),
                ("6", "TIME", "XXXX-XX-XXT18:00"),
                ("weekdays", "SET", "XXXX-WXX-WD"),
                ("9", "TIME", "XXXX-XX-XXT09:00"),
                ("1", "TIME", "XXXX-XX-XXT13:00"),
                ("Saturdays", "SET", "XXXX-WXX-6"),
            ],
            id="open_8_6_weekdays",
        ),
        pytest.param(
            "Open 9-5 Mon-Fri.",
            [
                ("9", "TIME", "XXXX-XX-XXT09:00"),
                ("5", "TIME", "XXXX-XX-XXT17:00"),
                ("Mon", "SET", "XXXX-WXX-1"),
                ("Fri", "SET", "XXXX-WXX-5"),
            ],
            id="open_9_5_mon_fri",
        ),
        # look-alikes: a score before "weekdays" and a range of counts
        pytest.param(
            "Sales fell 8-6 percent on weekdays.",
            [("weekdays", "SET", "XXXX-WXX-WD")],
            id="percent_on_weekdays",
        ),
        pytest.param(
            "Story time for ages 8-12 Saturdays at the library.",
            [("Saturdays", "SET", "XXXX-WXX-6")],
            id="ages_before_saturdays",
        ),
        pytest.param(
            "The Mets won 8-6 Sunday.",
            [("Sunday", "DATE", "2019-05-05")],
            id="a_score_before_a_day",
        ),
    ],
)
def test_a_set_bounded_by_a_month_and_a_shops_hours(text: str, expected: list[Row]) -> None:
    """ "every Sunday through October" is a set (XXXX-WXX-7) and the October it runs to, the
    one ahead; a shop's "8-6 weekdays" gives the hours of any weekday (XXXX-XX-XXT08:00 to
    T18:00) and the weekdays a set, as "weekdays 8-6" and "9-5 Mon-Fri" do; a score before a
    day stays a score, and children's "ages 8-12" no hours."""
    assert news(text, "2019-05-07", "Tuesday") == expected


# ---- news: a price or a level "right at 7" ----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "The price is right at 7, traders said.",
            [],
            id="the_price_is_right_at",
        ),
        pytest.param("Shares were priced right at 7.", [], id="priced_right_at"),
        pytest.param("The jobless rate is right at 7.", [], id="the_rate_is_right_at"),
        pytest.param("The index stands right at 7.", [], id="stands_right_at"),
        pytest.param("Unemployment is at 7.", [], id="unemployment_is_at"),
        pytest.param("Shares were priced at 7.", [], id="priced_at"),
        pytest.param(
            "Kickoff is right at 7, and fans are urged to arrive early.",
            [("7", "TIME", "2019-05-07T19:00")],
            id="kickoff_is_right_at",
        ),
        pytest.param(
            "The store closed right at 7.",
            [("7", "TIME", "2019-05-07T19:00")],
            id="a_store_closed_right_at",
        ),
        pytest.param(
            "Doors open at 7. The band plays at 9 p.m.",
            [("7", "TIME", "2019-05-07T19:00"), ("9 p.m.", "TIME", "2019-05-07T21:00")],
            id="doors_open_at",
        ),
    ],
)
def test_a_price_or_a_level_right_at_a_number(text: str, expected: list[Row]) -> None:
    """A price, a rate or an index "right at 7" (or "priced at 7", "is at 7") is an amount,
    no clock time; "Kickoff is right at 7" and "Doors open at 7" are the evening's hours."""
    assert news(text, "2019-05-07", "Tuesday") == expected


# ---- news: a weekday after a reporting verb ----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Putin declared Wednesday that the operation would go on until its goals were met.",
            [("Wednesday", "DATE", "2019-05-08")],
            id="declared_wednesday_that",
        ),
        pytest.param(
            "The governor announced Tuesday that schools will reopen next month.",
            [("Tuesday", "DATE", "2019-05-07"), ("next month", "DATE", "2019-06")],
            id="announced_tuesday_that",
        ),
        pytest.param(
            "The ministry said Monday it would cut fuel prices.",
            [("Monday", "DATE", "2019-05-06")],
            id="said_monday",
        ),
        pytest.param(
            "The ministry said Wednesday a day of talks had ended without a deal.",
            [("Wednesday", "DATE", "2019-05-08"), ("a day", "DURATION", "P1D")],
            id="said_wednesday_a_day_of_talks",
        ),
        pytest.param(
            "The king declared Monday a public holiday, the palace said.",
            [("Monday", "DATE", "2019-05-13")],
            id="declared_monday_a_public_holiday",
        ),
    ],
)
def test_a_weekday_right_after_a_reporting_verb_is_the_day_it_was_said(
    text: str, expected: list[Row]
) -> None:
    """A story dated Thursday, 9 May 2019: "declared Wednesday that" is the Wednesday behind
    (the day of the saying, news style), even when what was said looks ahead ("would go on",
    "will reopen"), and "said Wednesday a day of talks had ended" too; a weekday "declared" a
    holiday is its object, the Monday to come (as "declared Wednesday a day of national
    mourning" in tests/test_noticed_gaps_22.py)."""
    assert news(text, "2019-05-09", "Thursday") == expected


# ---- news: a change at the top told in the present, and midweek --------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Smith takes the helm on Sunday. The board meets in midweek to approve the budget.",
            [("Sunday", "DATE", "2019-05-12"), ("midweek", "DATE", "2019-W19")],
            id="takes_the_helm_on_sunday",
        ),
        pytest.param(
            "Jones takes over as chief executive on Monday, the company said.",
            [("Monday", "DATE", "2019-05-13")],
            id="takes_over_on_monday",
        ),
        pytest.param(
            "The chairman steps down on Friday after 12 years in the job.",
            [("Friday", "DATE", "2019-05-10"), ("12 years", "DURATION", "P12Y")],
            id="steps_down_on_friday",
        ),
        pytest.param(
            "The president leaves office on Saturday.",
            [("Saturday", "DATE", "2019-05-11")],
            id="leaves_office_on_saturday",
        ),
        # look-alikes: the same changes told in the past are behind
        pytest.param(
            "Smith took the helm on Sunday.",
            [("Sunday", "DATE", "2019-05-05")],
            id="took_the_helm",
        ),
        pytest.param(
            "Jones, who took over on Monday, said the plan stands.",
            [("Monday", "DATE", "2019-05-06")],
            id="who_took_over",
        ),
        pytest.param(
            "Rebels who took power on Friday said the ceasefire holds.",
            [("Friday", "DATE", "2019-05-03")],
            id="who_took_power",
        ),
        pytest.param(
            "Prices eased in midweek, traders said.",
            [("midweek", "DATE", "2019-W19")],
            id="eased_in_midweek",
        ),
    ],
)
def test_a_change_at_the_top_told_in_the_present_is_ahead(text: str, expected: list[Row]) -> None:
    """A story dated Tuesday, 7 May 2019: "takes the helm on Sunday", "takes over on Monday",
    "steps down on Friday", "leaves office on Saturday" are the days ahead, as "takes effect"
    is; "took the helm on Sunday" is behind; "midweek" is the middle of the story's week
    (2019-W19, mod MID)."""
    assert news(text, "2019-05-07", "Tuesday") == expected


def test_midweek_keeps_its_mod() -> None:
    """ "in midweek" is the middle of the week the story is at: 2019-W19 with mod MID."""
    text = "Prices eased in midweek, traders said."
    assert mentions_with_mods(text, dct="2019-05-07", genre="news") == [
        ("midweek", "DATE", "2019-W19", "MID")
    ]


# ---- news: the new year in the middle of a year -------------------------------------------------


@pytest.mark.parametrize(
    ("text", "dct", "expected"),
    [
        pytest.param(
            "Retailers hope demand picks up in the new year.",
            "2016-09-15",
            [("the new year", "DATE", "2017")],
            id="hope_in_september",
        ),
        # look-alikes: the year begun, told in the past or soon after its start
        pytest.param(
            "Sales rose in the first weeks of the new year.",
            "2016-06-10",
            [("the first weeks", "DURATION", "PXW"), ("the new year", "DATE", "2016")],
            id="told_in_the_past_in_june",
        ),
        pytest.param(
            "Plans for the new year are ready.",
            "2016-02-10",
            [("the new year", "DATE", "2016")],
            id="in_february",
        ),
    ],
)
def test_the_new_year_told_in_the_present_after_its_first_quarter(
    text: str, dct: str, expected: list[Row]
) -> None:
    """Told in the present once a quarter of the year begun is over, "the new year" is the
    year to come (September 2016: 2017), as "Plans for the new year" in June is in
    tests/test_noticed_gaps_22.py; told in the past, or in February, it is the year begun."""
    assert mentions(text, dct=dct, genre="news") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Sirens sound at 10 a.m. each Jan. 27 to mark the camp's liberation.",
            [("10 a.m. each Jan. 27", "SET", "XXXX-01-27T10:00")],
            id="clock_each_abbreviated_month_day",
        ),
        pytest.param(
            "Survivors gather on Jan. 27 each year.",
            [("Jan. 27 each year", "SET", "XXXX-01-27")],
            id="abbreviated_month_day_each_year",
        ),
        pytest.param(
            "Every year on Dec. 7, veterans gather at the memorial.",
            [("Every year on Dec. 7", "SET", "XXXX-12-07")],
            id="every_year_on_abbreviated_month_day",
        ),
        pytest.param(
            "Sirens sounded at 10 a.m. on Jan. 27, 2020.",
            [("10 a.m. on Jan. 27, 2020", "TIME", "2020-01-27T10:00")],
            id="a_dated_day_stays_a_time",
        ),
    ],
)
def test_a_yearly_day_with_an_abbreviated_month_is_a_set(text: str, expected: list[Row]) -> None:
    """News abbreviates the month of a yearly day as it does any date's: "at 10 a.m. each Jan.
    27" and "on Jan. 27 each year" are every year's day (and hour), as "each 27 January" is;
    a day with its year stays that day."""
    assert mentions(text, dct="2024-03-01", genre="news") == expected
