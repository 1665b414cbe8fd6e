"""Gaps noticed in session 25, seventy-sixth list: news leftovers.

News with its date as the document date (its weekday checked with ``datetime``), rows as
TimeBank annotates them, with the TIMEX3 mod where there is one:
- a verb of a schedule told in the present ("open", "close", "start", "begin") before a
  weekday looks ahead also when the day is early or late: on Monday 20 November 2023
  "Retailers open early Friday." is 2023-11-24 START (was 2023-11-17), "The sale starts late
  Sunday" 2023-11-26 END; "Retailers opened early Friday" and "The outage began early Friday"
  stay behind;
- a month after "the" before an institution's name and what it holds (a meeting, an auction, a
  decision, a vote) is that month, as "the June deadline" is, placed by the tense: on
  Wednesday 10 May 2023 "The June Fed meeting will set the tone." is 2023-06 (was untagged),
  "the December FOMC decision" 2023-12, and the first of two months joined by "and" is one too
  ("The June and July meetings"). A capitalised word after the month that is followed by no
  such noun is a name: "The June Carter album sold well" and "June Smith spoke" tag nothing,
  nor does the verb in "the may be".
"""

from __future__ import annotations

import pytest
from passages import ModRow, Row, news, news_with_mods, weekday

# ---- 1. a schedule's present verb before an early or late weekday looks ahead -------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Retailers open early Friday.",
            [("early Friday", "DATE", "2023-11-24", "START")],
            id="retailers_open_early_friday",
        ),
        pytest.param(
            "Retailers open Friday.",
            [("Friday", "DATE", "2023-11-24")],
            id="retailers_open_friday",
        ),
        pytest.param(
            "The holiday sale starts late Sunday at most stores.",
            [("late Sunday", "DATE", "2023-11-26", "END")],
            id="sale_starts_late_sunday",
        ),
        pytest.param(
            "Many malls close early Thursday for the holiday.",
            [("early Thursday", "DATE", "2023-11-23", "START")],
            id="malls_close_early_thursday",
        ),
        # look-alikes: the past
        pytest.param(
            "Retailers opened early Friday.",
            [("early Friday", "DATE", "2023-11-17", "START")],
            id="retailers_opened_early_friday",
        ),
        pytest.param(
            "The outage began early Friday.",
            [("early Friday", "DATE", "2023-11-17", "START")],
            id="outage_began_early_friday",
        ),
    ],
)
def test_a_schedule_verb_before_an_early_weekday_looks_ahead(
    text: str, expected: list[ModRow]
) -> None:
    """'open early Friday' in the present is the Friday ahead; 'opened', 'began' the one behind."""
    assert news_with_mods(text, "2023-11-20", "Monday") == expected


# ---- 2. a month before an institution's name and what it holds ----------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "The June Fed meeting will set the tone.",
            [("June", "DATE", "2023-06")],
            id="the_june_fed_meeting",
        ),
        pytest.param(
            "Investors will watch the December FOMC decision closely.",
            [("December", "DATE", "2023-12")],
            id="the_december_fomc_decision",
        ),
        pytest.param(
            "The June and July meetings will set the tone.",
            [("June", "DATE", "2023-06"), ("July", "DATE", "2023-07")],
            id="the_june_and_july_meetings",
        ),
        pytest.param(
            "Bond dealers expect the August Treasury auctions to draw demand.",
            [("August", "DATE", "2023-08")],
            id="the_august_treasury_auctions",
        ),
        pytest.param(
            "The June deadline looms.",
            [("June", "DATE", "2023-06")],
            id="the_june_deadline",
        ),
        # look-alikes: a name, a work, the verb
        pytest.param("The June Carter album sold well.", [], id="the_june_carter_album"),
        pytest.param("June Smith spoke to reporters.", [], id="june_smith_spoke"),
        pytest.param("He said the may be late.", [], id="the_may_be"),
    ],
)
def test_a_month_before_an_institution_and_its_meeting_is_a_month(
    text: str, expected: list[Row]
) -> None:
    """'The June Fed meeting' is June; 'The June Carter album', 'June Smith' are names."""
    assert news(text, "2023-05-10", "Wednesday") == expected


# ---- 3. a clause's written year dates its month or holiday: irregular verbs, an opening year


@pytest.mark.parametrize(
    ("text", "dct", "expected"),
    [
        pytest.param(
            "Sales in 2021 rose sharply in May.",
            "2023-05-10",
            [("2021", "DATE", "2021"), ("May", "DATE", "2021-05")],
            id="sales_in_2021_rose_in_may",
        ),
        pytest.param(
            "Prices in 2020 fell steeply in April, data show.",
            "2023-05-10",
            [("2020", "DATE", "2020"), ("April", "DATE", "2020-04")],
            id="prices_in_2020_fell_in_april",
        ),
        pytest.param(
            "In 2022, shoppers dubbed Black Friday a bust.",
            "2023-11-27",
            [("2022", "DATE", "2022"), ("Black Friday", "DATE", "2022-11-25")],
            id="in_2022_comma_shoppers_dubbed_black_friday",
        ),
        pytest.param(
            "In 2021, online sales grew 5% in March.",
            "2023-11-27",
            [("2021", "DATE", "2021"), ("March", "DATE", "2021-03")],
            id="in_2021_comma_online_sales_grew_in_march",
        ),
        # look-alikes: another clause, another sentence, a year in a clause of its own
        pytest.param(
            "Sales in 2021 rose; in May they will rise again.",
            "2023-05-10",
            [("2021", "DATE", "2021"), ("May", "DATE", "2023-05")],
            id="sales_in_2021_rose_semicolon_in_may_they_will",
        ),
        pytest.param(
            "In 2022 sales fell; Black Friday is next week.",
            "2023-11-27",
            [
                ("2022", "DATE", "2022"),
                ("Black Friday", "DATE", "2023-11-24"),
                ("next week", "DATE", "2023-W49"),
            ],
            id="in_2022_sales_fell_semicolon_black_friday",
        ),
        pytest.param(
            "In 2022, sales fell. Black Friday is next week.",
            "2023-11-27",
            [
                ("2022", "DATE", "2022"),
                ("Black Friday", "DATE", "2023-11-24"),
                ("next week", "DATE", "2023-W49"),
            ],
            id="in_2022_comma_sales_fell_period_black_friday",
        ),
        pytest.param(
            "The project, which began in 2021, is scheduled to finish by Labor Day.",
            "2023-11-27",
            [("2021", "DATE", "2021"), ("Labor Day", "DATE", "2024-09-02")],
            id="which_began_in_2021_comma_is_scheduled_labor_day",
        ),
    ],
)
def test_a_clause_year_dates_its_month_after_any_past_verb(
    text: str, dct: str, expected: list[Row]
) -> None:
    """'Sales in 2021 rose ... in May' is 2021-05; 'In 2022, shoppers dubbed ...' 2022's."""
    assert news(text, dct, weekday(dct)) == expected


# ---- 5. a bare clock time after a public event held in the afternoon or the evening


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "The ceremony at 4:30 drew a crowd.",
            [("4:30", "TIME", "2023-05-10T16:30")],
            id="the_ceremony_at_4_30",
        ),
        pytest.param(
            "The funeral service at 2:15 was private.",
            [("2:15", "TIME", "2023-05-10T14:15")],
            id="the_funeral_service_at_2_15",
        ),
        pytest.param(
            "The parade starts at 1:30 on Main Street.",
            [("1:30", "TIME", "2023-05-10T13:30")],
            id="the_parade_starts_at_1_30",
        ),
        pytest.param(
            "Kickoff at 8:15 is set.",
            [("8:15", "TIME", "2023-05-10T20:15")],
            id="kickoff_at_8_15",
        ),
        pytest.param(
            "The gala at 7:30 raised money.",
            [("7:30", "TIME", "2023-05-10T19:30")],
            id="the_gala_at_7_30",
        ),
        pytest.param(
            "Dinner at 7 is served.",
            [("7", "TIME", "2023-05-10T19:00")],
            id="dinner_at_7",
        ),
        # a venue's doors open before its evening show: the evening's
        pytest.param(
            "Doors open at 6:30.",
            [("6:30", "TIME", "2023-05-10T18:30")],
            id="doors_open_at_6_30",
        ),
        # look-alikes: told in the morning, a morning's meal, an alarm, a train, a project's
        # kickoff
        pytest.param(
            "The ceremony at 5:30 in the morning drew a crowd.",
            [("5:30", "TIME", "2023-05-10T05:30"), ("the morning", "TIME", "2023-05-10TMO")],
            id="the_ceremony_at_5_30_in_the_morning",
        ),
        pytest.param(
            "The flight at 6:15 in the morning left.",
            [("6:15", "TIME", "2023-05-10T06:15"), ("the morning", "TIME", "2023-05-10TMO")],
            id="the_flight_at_6_15_in_the_morning",
        ),
        pytest.param(
            "Breakfast at 7:30 is served.",
            [("7:30", "TIME", "2023-05-10T07:30")],
            id="breakfast_at_7_30",
        ),
        pytest.param(
            "The alarm at 4:30 woke them.",
            [("4:30", "TIME", "2023-05-10T04:30")],
            id="the_alarm_at_4_30",
        ),
        pytest.param(
            "The first train service at 5:15 was delayed.",
            [("5:15", "TIME", "2023-05-10T05:15")],
            id="the_first_train_service_at_5_15",
        ),
        pytest.param(
            "The project kickoff at 9:30 is set.",
            [("9:30", "TIME", "2023-05-10T09:30")],
            id="the_project_kickoff_at_9_30",
        ),
    ],
)
def test_a_bare_clock_after_a_public_event_is_after_noon(text: str, expected: list[Row]) -> None:
    """'The ceremony at 4:30' is 16:30, 'Kickoff at 8:15' 20:15; 'The alarm at 4:30' 04:30."""
    assert news(text, "2023-05-10", "Wednesday") == expected


# ---- 6. a clock time joined to a set of weekdays, and the weekday of what is held every week


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "The library closes at 5 p.m. on Saturdays.",
            [("5 p.m.", "TIME", "XXXX-XX-XXT17:00"), ("Saturdays", "SET", "XXXX-WXX-6")],
            id="closes_at_5_pm_on_saturdays",
        ),
        pytest.param(
            "The pool opens at 6 a.m. on weekdays.",
            [("6 a.m.", "TIME", "XXXX-XX-XXT06:00"), ("weekdays", "SET", "XXXX-WXX-WD")],
            id="opens_at_6_am_on_weekdays",
        ),
        pytest.param(
            "Sunday services at 9 and 11 a.m. will continue.",
            [
                ("Sunday", "SET", "XXXX-WXX-7"),
                ("9", "TIME", "XXXX-XX-XXT09:00"),
                ("11 a.m.", "TIME", "XXXX-XX-XXT11:00"),
            ],
            id="sunday_services_at_9_and_11_will_continue",
        ),
        pytest.param(
            "Friday prayers draw thousands to the mosque.",
            [("Friday", "SET", "XXXX-WXX-5")],
            id="friday_prayers_draw_thousands",
        ),
        pytest.param(
            "Saturday markets run through October.",
            [("Saturday", "SET", "XXXX-WXX-6"), ("October", "DATE", "2023-10")],
            id="saturday_markets_run_through_october",
        ),
        # look-alikes: one day named, one Sunday told
        pytest.param(
            "The store closes at 5 p.m. on Saturday.",
            [("5 p.m. on Saturday", "TIME", "2023-05-13T17:00")],
            id="closes_at_5_pm_on_saturday",
        ),
        pytest.param(
            "Sunday's service at 9 a.m. drew 300.",
            [("Sunday", "DATE", "2023-05-07"), ("9 a.m.", "TIME", "2023-05-07T09:00")],
            id="sundays_service_at_9_am_drew_300",
        ),
        pytest.param(
            "Sunday services were canceled.",
            [("Sunday", "DATE", "2023-05-07")],
            id="sunday_services_were_canceled",
        ),
    ],
)
def test_a_time_of_a_set_of_weekdays_is_no_dated_time(text: str, expected: list[Row]) -> None:
    """'at 5 p.m. on Saturdays' is any day's 17:00; 'Sunday services ... will continue' a set."""
    assert news(text, "2023-05-10", "Wednesday") == expected
