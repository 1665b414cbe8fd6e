"""Gaps noticed in session 19, fortieth list: news.

A weekday written with a month and a day names the year in which that day falls on that
weekday ("back in the office on Monday, January 8", in May 2024: 8 January 2024 was a Monday).
"since" with a bare month counts from a month before the story's own ("the lowest since
December", written in December, is last December). The past "planned" as a main verb with its
object tells a plan made ("The company planned a bond sale in March", in April: the March
behind), where "is planned for March" and "plans a sale in March" look ahead. The results or
the outcome of a vote come after it ("Results of Sunday's election are expected on Friday", in
a Tuesday story: the Sunday behind), as "Sunday's election results" do
(tests/test_noticed_gaps_37.py). A commodity's contract month before its name ("December Brent
futures") is the month it delivers in. Each passage is read as chrono is scored: genre "news",
its date as the document date, its weekday checked with ``datetime``; rows follow TimeML
(TimeBank's annotation).
"""

from __future__ import annotations

import pytest
from passages import Row, news

# ---- news: a weekday that picks the year of its month and day ---------------------------------


@pytest.mark.parametrize(
    ("text", "dct", "weekday", "expected"),
    [
        pytest.param(
            "NEW YORK (Reuters) — She told colleagues she would be back in the office on Monday, "
            "January 8, after the holidays, but she did not return, the company said.",
            "2024-05-14",
            "Tuesday",
            [("Monday, January 8", "DATE", "2024-01-08")],
            id="back_in_the_office_on_monday_january_8",
        ),
        pytest.param(
            "Staff return to the plant on Monday, January 8, the union said.",
            "2024-05-14",
            "Tuesday",
            [("Monday, January 8", "DATE", "2024-01-08")],
            id="staff_return_on_monday_january_8",
        ),
        # look-alikes: the weekday fits next year's day, or the year the tense gives; a day
        # with no weekday keeps the tense's reading
        pytest.param(
            "The new contract takes effect on Wednesday, January 8, the union said.",
            "2024-05-14",
            "Tuesday",
            [("Wednesday, January 8", "DATE", "2025-01-08")],
            id="takes_effect_on_wednesday_january_8",
        ),
        pytest.param(
            "The vote is set for Tuesday, March 5, officials said.",
            "2024-01-10",
            "Wednesday",
            [("Tuesday, March 5", "DATE", "2024-03-05")],
            id="vote_set_for_tuesday_march_5",
        ),
        pytest.param(
            "The new contract takes effect on January 8, the union said.",
            "2024-05-14",
            "Tuesday",
            [("January 8", "DATE", "2025-01-08")],
            id="takes_effect_on_january_8",
        ),
        pytest.param(
            "The hearing was held on Friday, March 1, in Albany.",
            "2024-05-14",
            "Tuesday",
            [("Friday, March 1", "DATE", "2024-03-01")],
            id="hearing_held_on_friday_march_1",
        ),
    ],
)
def test_a_weekday_with_a_month_and_day_picks_the_year_it_falls_in(
    text: str, dct: str, weekday: str, expected: list[Row]
) -> None:
    """ "Monday, January 8", written in May 2024, is 8 January 2024, a Monday (8 January 2025
    is a Wednesday), whatever the tense says: of the year before the story's, its own and the
    one after, only one has that day on that weekday. "Wednesday, January 8" is then 2025's;
    "January 8" alone, ahead in the future tense, is 2025's too."""
    assert news(text, dct, weekday) == expected


# ---- news: "since" a bare month ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "dct", "weekday", "expected"),
    [
        pytest.param(
            "LONDON (Reuters) — Oil prices fell to their lowest since December on Thursday as "
            "stockpiles rose, traders said.",
            "2023-12-14",
            "Thursday",
            [("December", "DATE", "2022-12"), ("Thursday", "DATE", "2023-12-14")],
            id="lowest_since_december_in_december",
        ),
        pytest.param(
            "Retail sales have risen every month since March, the bureau said.",
            "2024-03-20",
            "Wednesday",
            [("every month", "SET", "P1M"), ("March", "DATE", "2023-03")],
            id="since_march_in_a_march_story",
        ),
        # look-alikes: a month before the story's own, a month with its year, and "in" the
        # story's month
        pytest.param(
            "Retail sales have risen every month since March, the bureau said.",
            "2024-07-20",
            "Saturday",
            [("every month", "SET", "P1M"), ("March", "DATE", "2024-03")],
            id="since_march_in_a_july_story",
        ),
        pytest.param(
            "Prices are the lowest since December 2021, and sales rose in December.",
            "2023-12-14",
            "Thursday",
            [("December 2021", "DATE", "2021-12"), ("December", "DATE", "2023-12")],
            id="since_december_2021_and_in_december",
        ),
    ],
)
def test_since_a_bare_month_counts_from_a_month_before_the_storys(
    text: str, dct: str, weekday: str, expected: list[Row]
) -> None:
    """What has held "since" a month began before the story's month: "the lowest since
    December", written on 14 December 2023, is December 2022, and "since March" in a March
    story last March; "since March" in July is this year's, and "in December" in December is
    the story's month."""
    assert news(text, dct, weekday) == expected


# ---- news: a plan made, told with the past "planned" -------------------------------------------


@pytest.mark.parametrize(
    ("text", "dct", "weekday", "expected"),
    [
        pytest.param(
            "TOKYO (Reuters) — The company planned a bond sale in March, a spokesman said, "
            "before yields rose.",
            "2024-04-10",
            "Wednesday",
            [("March", "DATE", "2024-03")],
            id="company_planned_a_bond_sale_in_march",
        ),
        pytest.param(
            "Officials planned a second round of talks in March, the ministry said.",
            "2024-04-10",
            "Wednesday",
            [("March", "DATE", "2024-03")],
            id="officials_planned_a_second_round_of_talks",
        ),
        # look-alikes: a plan still ahead
        pytest.param(
            "The bond sale is planned for March, a spokesman said.",
            "2024-04-10",
            "Wednesday",
            [("March", "DATE", "2025-03")],
            id="sale_is_planned_for_march",
        ),
        pytest.param(
            "The company plans a bond sale in March, a spokesman said.",
            "2024-04-10",
            "Wednesday",
            [("March", "DATE", "2025-03")],
            id="company_plans_a_bond_sale_in_march",
        ),
        pytest.param(
            "MIAMI (AP) — Protesters planned a large demonstration in Little Havana on "
            "Saturday, organizers said.",
            "2024-04-12",
            "Friday",
            [("Saturday", "DATE", "2024-04-13")],
            id="protesters_planned_a_demonstration_on_saturday",
        ),
    ],
)
def test_a_plan_told_made_with_the_past_planned_is_behind(
    text: str, dct: str, weekday: str, expected: list[Row]
) -> None:
    """ "The company planned a bond sale in March", in April, tells a plan made
    for the March behind; "is planned for March" and "plans a bond sale in March" tell plans
    for the March ahead, and a plan for a day of the story's week is still pending
    ("Protesters planned a large demonstration on Saturday", on a Friday: tomorrow)."""
    assert news(text, dct, weekday) == expected


# ---- news: the results or the outcome of a vote on a weekday -----------------------------------


@pytest.mark.parametrize(
    ("text", "dct", "weekday", "expected"),
    [
        pytest.param(
            "LIMA (Reuters) — Results of Sunday's election are expected on Friday, the electoral "
            "board said.",
            "2026-11-17",
            "Tuesday",
            [("Sunday", "DATE", "2026-11-15"), ("Friday", "DATE", "2026-11-20")],
            id="results_of_sundays_election_are_expected",
        ),
        pytest.param(
            "The outcome of Sunday's vote is expected on Friday after a recount in three "
            "provinces.",
            "2026-11-17",
            "Tuesday",
            [("Sunday", "DATE", "2026-11-15"), ("Friday", "DATE", "2026-11-20")],
            id="outcome_of_sundays_vote_is_expected",
        ),
        pytest.param(
            "Official results from Sunday's presidential runoff will be published on Friday.",
            "2026-11-17",
            "Tuesday",
            [("Sunday", "DATE", "2026-11-15"), ("Friday", "DATE", "2026-11-20")],
            id="official_results_from_sundays_runoff",
        ),
        # look-alikes: the vote itself ahead
        pytest.param(
            "Sunday's election is expected to be close, the electoral board said.",
            "2026-11-17",
            "Tuesday",
            [("Sunday", "DATE", "2026-11-22")],
            id="sundays_election_is_expected_to_be_close",
        ),
        pytest.param(
            "Voters will choose a new mayor in Sunday's election, the board said.",
            "2026-11-17",
            "Tuesday",
            [("Sunday", "DATE", "2026-11-22")],
            id="voters_will_choose_in_sundays_election",
        ),
    ],
)
def test_the_results_of_a_days_vote_are_of_the_day_behind(
    text: str, dct: str, weekday: str, expected: list[Row]
) -> None:
    """ "Results of Sunday's election are expected on Friday", in a Tuesday story, are those of
    the Sunday behind, as "Sunday's election results" are; so is "the outcome of Sunday's
    vote". "Sunday's election is expected to be close" is the Sunday ahead."""
    assert news(text, dct, weekday) == expected


# ---- news: a commodity's contract month ---------------------------------------------------------


def test_a_contract_month_before_a_commodity_is_its_delivery_month() -> None:
    """ "December Brent futures fell 2%", in October 2024, names the contract that delivers in
    December 2024 (TimeML tags the month); a month after "in" dates the clause."""
    assert news("December Brent futures fell 2% to $74.10 a barrel.", "2024-10-15", "Tuesday") == [
        ("December", "DATE", "2024-12")
    ]
    assert news("Brent futures fell 2% in December.", "2024-10-15", "Tuesday") == [
        ("December", "DATE", "2023-12")
    ]
