"""Gaps noticed in session 23, sixty-fifth list: news weekdays, weekends and figures.

News read from its document date (genre news, its weekday checked with ``datetime``), rows as
TimeBank annotates them:
- a weekday takes the tense of its own clause's verb right after it, a subject between when
  the day opens its sentence ("On Monday", "Monday", "Late Monday"), whatever tense cue comes
  further on: "On Monday the judge set a hearing for next month", on Friday 10 May 2024, is the
  Monday behind (2024-05-06, was 05-13 by the "next" of the hearing's month), "Late Monday
  the Fed put off a decision until next month", "The judge on Monday set"; a schedule's
  present is ahead ("On Monday, the court hears arguments", "The council on Tuesday votes on
  the plan", "On Monday, lawmakers vote on the budget": was behind), and "will" is the tense
  cues' ("On Monday the judge will set a hearing": ahead);
- a release, a hearing or a sitting's business told in the present, the verb in -s with its
  scheduled object before a weekday, is ahead: "The company reports results on Thursday after
  the bell", on Monday 29 July 2024 (2024-08-01, was 07-25), "Apple reports earnings
  Thursday", "The Fed announces its rate decision on Wednesday", "The court hears the appeal on
  Thursday", "The Senate takes up the bill on Wednesday"; the past ("Shares rose Thursday",
  "The company reported results on Thursday"), a noun ("The company's reports on Thursday
  showed") and a report with no scheduled object ("The newspaper reports on Thursday that")
  stay behind;
- a four-digit level a weekday "was", then compared or called a record, is that day's count,
  no year, 1900 to 2099 too (a day is no year), and so is the figure it is compared with
  ("Footfall on Sat was 2000, down from 2400", on Wednesday 24 July 2024: 2000 was the year
  2000; "Attendance Sunday was 1500, a record"; "Turnout on Friday was 2010 compared with
  1800"; "Visitors on Sunday were 2050, down from 1950"); "On Sunday 2019 ended" keeps the
  year, "Sat 2000-2300 at the club" its clocks and "The hottest year was 2019, up from 2016"
  its years;
- a name that holds a weekday dates nothing, a possessive after it too (vocabulary
  [title_name]): "Fans Mourn Ruby Tuesday's Closure" (the chain's; was 2024-02-20), "The Man
  Who Was Thursday", "Freaky Friday"; but a title whose words are also a clause of prose
  ([title_phrase]: "Hackers Exploit Wednesday's Patch" dates the patch's day); Netflix's
  series "Wednesday" named with its season or as Netflix's ("Netflix Renews Wednesday for
  Season 3", "Wednesday Season 2 Arrives on Netflix"); "Ruby met him on Tuesday", "Netflix
  said on Wednesday", "Super Tuesday" and "Black Friday" keep their dates;
- "this weekend" in a clause told in the past, early in the week (a Monday or a Tuesday), is
  the weekend just gone, whatever the past verb and wherever it stands in the clause
  ("Traffic was heavy this weekend, police said", on Monday 29 July 2024: 2024-W30-WE, was
  W31; "Three people were killed in crashes this weekend"; "Police arrested 40 people at
  protests this weekend"), as a past verb right after it already made it on any weekday; a
  future ("Traffic will be heavy this weekend"), a plan ("planned to travel this weekend"), a
  possessive of its own clause ("said this weekend's storm is expected"), a weekend that is
  the subject of a modal ("warned that crowds this weekend could top 100,000"), a past of another
  clause ("The festival, which drew 50,000 people last year, returns this weekend") and a
  Wednesday's copy keep the weekend ahead.
Left as a strict xfail: a dateline's "Independence Day fireworks over Manila" (the Philippines'
June 12, not July 4; Ohio's stays July 4, pinned). "later this month or early next" (the
elided unit: the next month, mod START; "this week or next"), once a strict xfail here, is read
since session 24 (tests/test_noticed_gaps_68.py).
"""

from __future__ import annotations

import datetime as dt

import pytest
from passages import Row, news, news_with_mods


def _news(text: str, dct: str) -> list[Row]:
    return news(text, dct, dt.date.fromisoformat(dct).strftime("%A"))


# ---- 1. a weekday takes the tense of its own clause's verb -------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "On Monday the judge set a hearing for next month.",
            [("Monday", "DATE", "2024-05-06"), ("next month", "DATE", "2024-06")],
            id="on_monday_the_judge_set",
        ),
        pytest.param(
            "Late Monday the Fed put off a decision until next month.",
            [("Late Monday", "DATE", "2024-05-06"), ("next month", "DATE", "2024-06")],
            id="late_monday_the_fed_put_off",
        ),
        pytest.param(
            "On Tuesday, the Fed put off a decision until next month.",
            [("Tuesday", "DATE", "2024-05-07"), ("next month", "DATE", "2024-06")],
            id="on_tuesday_comma_the_fed_put_off",
        ),
        pytest.param(
            "The judge on Monday set a hearing for next month.",
            [("Monday", "DATE", "2024-05-06"), ("next month", "DATE", "2024-06")],
            id="the_judge_on_monday_set",
        ),
        pytest.param(
            "On Monday, the court hears arguments in the case.",
            [("Monday", "DATE", "2024-05-13")],
            id="on_monday_the_court_hears",
        ),
        pytest.param(
            "The council on Tuesday votes on the plan.",
            [("Tuesday", "DATE", "2024-05-14")],
            id="the_council_on_tuesday_votes",
        ),
        # look-alikes: a future, a plural's present of a schedule, a past told with -ed
        pytest.param(
            "On Monday the judge will set a hearing for next month.",
            [("Monday", "DATE", "2024-05-13"), ("next month", "DATE", "2024-06")],
            id="on_monday_the_judge_will_set",
        ),
        pytest.param(
            "On Monday, lawmakers vote on the budget.",
            [("Monday", "DATE", "2024-05-13")],
            id="on_monday_lawmakers_vote",
        ),
        pytest.param(
            "On Monday, lawmakers voted on the budget.",
            [("Monday", "DATE", "2024-05-06")],
            id="on_monday_lawmakers_voted",
        ),
    ],
)
def test_a_weekday_takes_the_tense_of_its_own_clauses_verb(text: str, expected: list[Row]) -> None:
    """A weekday opening its sentence, or right before its clause's verb, takes that verb's
    tense (past, or a schedule's present ahead), whatever "next" comes further on."""
    assert _news(text, "2024-05-10") == expected


# ---- 2. a release or a hearing told in the present ----------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "The company reports results on Thursday after the bell.",
            [("Thursday", "DATE", "2024-08-01")],
            id="reports_results_on_thursday",
        ),
        pytest.param(
            "Apple reports earnings Thursday.",
            [("Thursday", "DATE", "2024-08-01")],
            id="reports_earnings_thursday",
        ),
        pytest.param(
            "The Fed announces its rate decision on Wednesday.",
            [("Wednesday", "DATE", "2024-07-31")],
            id="announces_its_rate_decision",
        ),
        pytest.param(
            "The court hears the appeal on Thursday.",
            [("Thursday", "DATE", "2024-08-01")],
            id="hears_the_appeal",
        ),
        pytest.param(
            "The Senate takes up the bill on Wednesday.",
            [("Wednesday", "DATE", "2024-07-31")],
            id="takes_up_the_bill",
        ),
        # look-alikes: the past, a noun, a verb of reporting with no scheduled object
        pytest.param(
            "Shares rose Thursday.",
            [("Thursday", "DATE", "2024-07-25")],
            id="shares_rose_thursday",
        ),
        pytest.param(
            "The company reported results on Thursday.",
            [("Thursday", "DATE", "2024-07-25")],
            id="reported_results_on_thursday",
        ),
        pytest.param(
            "The company's reports on Thursday showed a loss.",
            [("Thursday", "DATE", "2024-07-25")],
            id="the_companys_reports",
        ),
        pytest.param(
            "The newspaper reports on Thursday that the deal is off.",
            [("Thursday", "DATE", "2024-07-25")],
            id="reports_on_thursday_that",
        ),
    ],
)
def test_a_release_or_a_hearing_told_in_the_present_is_ahead(
    text: str, expected: list[Row]
) -> None:
    """A verb in -s with its scheduled object (results, a decision, an appeal, a bill) before
    a weekday is the schedule's, ahead; the past, a noun and a bare report keep the day behind."""
    assert _news(text, "2024-07-29") == expected


# ---- 3. "this weekend" in a past clause early in the week ---------------------------------------


@pytest.mark.parametrize(
    ("text", "dct", "expected"),
    [
        pytest.param(
            "Traffic was heavy this weekend, police said.",
            "2024-07-29",
            [("this weekend", "DATE", "2024-W30-WE")],
            id="traffic_was_heavy_this_weekend",
        ),
        pytest.param(
            "Three people were killed in crashes this weekend, police said.",
            "2024-07-30",
            [("this weekend", "DATE", "2024-W30-WE")],
            id="were_killed_in_crashes_this_weekend_on_a_tuesday",
        ),
        pytest.param(
            "Police arrested 40 people at protests this weekend.",
            "2024-07-29",
            [("this weekend", "DATE", "2024-W30-WE")],
            id="arrested_at_protests_this_weekend",
        ),
        # look-alikes: a future, a plan, a possessive's own clause, a relative clause's past,
        # a Wednesday's copy
        pytest.param(
            "Traffic will be heavy this weekend, police said.",
            "2024-07-29",
            [("this weekend", "DATE", "2024-W31-WE")],
            id="traffic_will_be_heavy_this_weekend",
        ),
        pytest.param(
            "He said he planned to travel this weekend.",
            "2024-07-30",
            [("this weekend", "DATE", "2024-W31-WE")],
            id="planned_to_travel_this_weekend_on_a_tuesday",
        ),
        pytest.param(
            "Officials said this weekend's storm is expected to be severe.",
            "2024-07-30",
            [("this weekend", "DATE", "2024-W31-WE")],
            id="said_this_weekends_storm_on_a_tuesday",
        ),
        pytest.param(
            "Organizers warned that crowds this weekend could top 100,000.",
            "2024-07-30",
            [("this weekend", "DATE", "2024-W31-WE")],
            id="warned_that_crowds_this_weekend_could_top",
        ),
        pytest.param(
            "The festival, which drew 50,000 people last year, returns this weekend.",
            "2024-07-29",
            [("last year", "DATE", "2023"), ("this weekend", "DATE", "2024-W31-WE")],
            id="a_relative_clauses_past",
        ),
        pytest.param(
            "Traffic was heavy this weekend, police said.",
            "2024-07-31",
            [("this weekend", "DATE", "2024-W31-WE")],
            id="on_a_wednesday",
        ),
    ],
)
def test_this_weekend_in_a_past_clause_early_in_the_week_is_the_one_gone(
    text: str, dct: str, expected: list[Row]
) -> None:
    """ "this weekend" in a clause told in the past, on a Monday or a Tuesday, is the weekend
    just gone; a future, a plan, a possessive, another clause's past or a Wednesday keep it
    ahead."""
    assert _news(text, dct) == expected


# ---- 4. a figure a weekday "was" ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Footfall on Sat was 2000, down from 2400.",
            [("Sat", "DATE", "2024-07-20")],
            id="footfall_on_sat_was_2000",
        ),
        pytest.param(
            "Attendance Sunday was 1500, a record.",
            [("Sunday", "DATE", "2024-07-21")],
            id="attendance_sunday_was_1500_a_record",
        ),
        pytest.param(
            "Turnout on Friday was 2010 compared with 1800.",
            [("Friday", "DATE", "2024-07-19")],
            id="turnout_on_friday_was_2010_compared_with_1800",
        ),
        pytest.param(
            "Visitors on Sunday were 2050, down from 1950.",
            [("Sunday", "DATE", "2024-07-21")],
            id="visitors_on_sunday_were_2050_down_from_1950",
        ),
        # look-alikes: a year after a day with no "was", a clock range, a year that "was"
        pytest.param(
            "On Sunday 2019 ended",
            [("Sunday", "DATE", "2024-07-21"), ("2019", "DATE", "2019")],
            id="on_sunday_2019_ended",
        ),
        pytest.param(
            "Sat 2000-2300 at the club.",
            [
                ("Sat", "DATE", "2024-07-27"),
                ("2000", "TIME", "2024-07-27T20:00"),
                ("2300", "TIME", "2024-07-27T23:00"),
            ],
            id="sat_2000_2300_at_the_club",
        ),
        pytest.param(
            "The hottest year was 2019, up from 2016.",
            [("2019", "DATE", "2019"), ("2016", "DATE", "2016")],
            id="the_hottest_year_was_2019",
        ),
    ],
)
def test_a_figure_a_weekday_was_is_no_year(text: str, expected: list[Row]) -> None:
    """A four-digit level a weekday "was", compared or a record, is a count, no year, and so
    is the figure it is compared with; a year with no "was" and a day's clock range stay."""
    assert _news(text, "2024-07-24") == expected


# ---- 5. names with a weekday -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("Fans Mourn Ruby Tuesday's Closure", [], id="ruby_tuesdays_closure"),
        pytest.param("Ruby Tuesday's Files for Bankruptcy", [], id="ruby_tuesdays_files"),
        pytest.param(
            "Chesterton wrote The Man Who Was Thursday in 1908.",
            [("1908", "DATE", "1908")],
            id="the_man_who_was_thursday",
        ),
        pytest.param("Netflix Renews Wednesday for Season 3", [], id="netflix_renews_wednesday"),
        pytest.param(
            "Wednesday Season 2 Arrives on Netflix in August",
            [("August", "DATE", "2024-08")],
            id="wednesday_season_2",
        ),
        # look-alikes: the days in prose, a title phrase's possessive, the days of shopping
        pytest.param(
            "Ruby met him on Tuesday.", [("Tuesday", "DATE", "2024-02-20")], id="ruby_met_him"
        ),
        pytest.param(
            "Netflix said on Wednesday that it renewed the show.",
            [("Wednesday", "DATE", "2024-02-14")],
            id="netflix_said_on_wednesday",
        ),
        pytest.param(
            "Hackers Exploit Wednesday's Patch Within Hours",
            [("Wednesday", "DATE", "2024-02-14"), ("Hours", "DURATION", "PTXH")],
            id="exploit_wednesdays_patch",
        ),
        pytest.param(
            "Candidates look to Super Tuesday.",
            [("Super Tuesday", "DATE", "2024-03-05")],
            id="super_tuesday",
        ),
        pytest.param(
            "Black Friday sales rose.", [("Black Friday", "DATE", "2023-11-24")], id="black_friday"
        ),
    ],
)
def test_names_with_a_weekday_date_nothing(text: str, expected: list[Row]) -> None:
    """A restaurant's, a novel's or a series' name that holds a weekday dates nothing, its
    possessive too; the days in prose and the named days of the calendar keep their dates."""
    assert _news(text, "2024-02-20") == expected


# ---- 6 and 7. the Philippines' day left as a strict xfail, the elided unit read ----------------


@pytest.mark.xfail(
    strict=True,
    reason="the national days table (events.py _national_table) does not pick the Philippines' "
    "June 12 from Manila or from a dateline day that is that country's day",
)
def test_a_datelines_independence_day_over_manila_is_the_philippines() -> None:
    """ "12 June: Independence Day fireworks over Manila" is the Philippines' day, 06-12."""
    assert _news("12 June: Independence Day fireworks over Manila", "2024-06-12") == [
        ("12 June", "DATE", "2024-06-12"),
        ("Independence Day", "DATE", "2024-06-12"),
    ]


def test_ohios_independence_day_after_a_dateline_stays_july_4() -> None:
    """A dateline's Independence Day with no other country named stays the 4th of July."""
    assert _news("July 5 — Independence Day fireworks injured 12 people in Ohio", "2024-07-05") == [
        ("July 5", "DATE", "2024-07-05"),
        ("Independence Day", "DATE", "2024-07-04"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "The vote is expected later this month or early next.",
            [
                ("later this month", "DATE", "2024-07", "END"),
                ("early next", "DATE", "2024-08", "START"),
            ],
            id="later_this_month_or_early_next",
        ),
        pytest.param(
            "The deal could close late this year or early next.",
            [("late this year", "DATE", "2024", "END"), ("early next", "DATE", "2025", "START")],
            id="late_this_year_or_early_next",
        ),
        pytest.param(
            "The vote is expected this week or next.",
            [("this week", "DATE", "2024-W31"), ("next", "DATE", "2024-W32")],
            id="this_week_or_next",
        ),
    ],
)
def test_early_next_after_a_unit_is_the_next_one(text: str, expected: list[object]) -> None:
    """ "early next" after "this month or" is the start of the next month (the unit elided)."""
    assert news_with_mods(text, "2024-07-29", "Monday") == expected
