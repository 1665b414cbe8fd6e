"""Gaps noticed in session 17, thirty-fourth list: news.

Wire copy tells coming events around a modal or a plan ("said he would now not attend the
summit in Barcelona on Sunday as planned", "want to pass the bill before the August recess",
"Voters can already register for the Feb. 23 poll", "the budget cycle that begins Oct. 1"),
names coming events by their days ("Georgia's Jan. 5 runoffs, which will decide", "Thursday's
general election" in a Monday story, "the team event starting on Thursday"), and tells past
acts in present or bare forms ("the largest rise since a similar increase in February", "OPEC
decided to cut output in October", "For the year ended Dec. 31"), where a present tense may
also announce ("Schools stay closed on Friday"). A game keeps its own periods ("trailed 31-24
at the end of the first quarter", "in overtime"), and "the year" in apposition to a year is
that year ("born in 1990, the year Beijing hosted the Asian Games"). Each passage is read as
chrono is scored: genre "news", its date as the document date, its weekday checked with
``datetime``; rows follow TimeML (TimeBank's annotation).

The day of an attribution after its speaker's name ("said Foreign Ministry spokeswoman Chen
Lan Thursday") is not repeated here: it is pinned in tests/test_silver_values.py.
"""

from __future__ import annotations

import pytest
from passages import Row, news

# ---- news: coming events told around a modal or a plan ----------------------------------------


@pytest.mark.parametrize(
    ("text", "dct", "weekday", "expected"),
    [
        pytest.param(
            "MADRID (Reuters) — Italian Prime Minister Marco Ferri said he would now not "
            "attend the EU-Mediterranean summit in Barcelona on Sunday as planned, after "
            "floods killed 14 people in Sicily. His foreign minister will go instead.",
            "2026-11-07",
            "Saturday",
            [("now", "DATE", "PRESENT_REF"), ("Sunday", "DATE", "2026-11-08")],
            id="would_now_not_attend_on_sunday_as_planned",
        ),
        # look-alike: a summit that went ahead as planned is behind
        pytest.param(
            "The EU-Mediterranean summit in Barcelona went ahead on Sunday as planned, after "
            "floods killed 14 people in Sicily.",
            "2026-11-12",
            "Thursday",
            [("Sunday", "DATE", "2026-11-08")],
            id="went_ahead_on_sunday_as_planned",
        ),
        pytest.param(
            "WASHINGTON (AP) — Senate Democrats want to pass the bill before the August "
            "recess, but Republicans have vowed to block it. The House passed its version in "
            "May.",
            "2026-06-10",
            "Wednesday",
            [("August", "DATE", "2026-08"), ("May", "DATE", "2026-05")],
            id="want_to_pass_the_bill_before_the_august_recess",
        ),
        # look-alike: a recess lawmakers left for, told in September
        pytest.param(
            "Lawmakers left for the August recess without a deal, and the talks resumed on Monday.",
            "2026-09-16",
            "Wednesday",
            [("August", "DATE", "2026-08"), ("Monday", "DATE", "2026-09-14")],
            id="left_for_the_august_recess",
        ),
        pytest.param(
            "BERLIN (Reuters) — Chancellor Olaf Scholz lost a confidence vote in parliament on "
            "Monday, setting up a snap election on Feb. 23. Voters can already register for "
            "the Feb. 23 poll, the electoral office said.",
            "2026-01-14",
            "Wednesday",
            [
                ("Monday", "DATE", "2026-01-12"),
                ("Feb. 23", "DATE", "2026-02-23"),
                ("Feb. 23", "DATE", "2026-02-23"),
            ],
            id="can_already_register_for_the_feb_23_poll",
        ),
        pytest.param(
            "SACRAMENTO (AP) — The Legislature sent the governor a $290 billion spending plan "
            "on Monday for the budget cycle that begins Oct. 1. The state's current budget "
            "expires at midnight June 30.",
            "2026-06-17",
            "Wednesday",
            [
                ("Monday", "DATE", "2026-06-15"),
                ("Oct. 1", "DATE", "2026-10-01"),
                ("midnight June 30", "TIME", "2026-06-30T24:00"),
            ],
            id="a_budget_sent_on_monday_for_a_cycle_that_begins",
        ),
    ],
)
def test_a_coming_event_told_around_a_modal_or_a_plan_is_ahead(
    text: str, dct: str, weekday: str, expected: list[Row]
) -> None:
    """A modal governs the day of its verb's phrase however many words stand between them
    ("would now not attend the ... summit in Barcelona on Sunday as planned", written on a
    Saturday: the Sunday ahead), where a summit that "went ahead on Sunday as planned" is
    behind; a wish or a plan looks ahead to the recess ("want to pass the bill before the
    August recess", in June), one "left for" is behind; an election set up and the poll voters
    can "already register for" are the Feb. 23 ahead, and a cycle "that begins Oct. 1" is
    ahead, while the Monday the budget was "sent" is behind."""
    assert news(text, dct, weekday) == expected


# ---- news: the days of named coming events ----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "dct", "weekday", "expected"),
    [
        pytest.param(
            "ATLANTA (AP) — Both parties have poured $500 million into Georgia's Jan. 5 "
            "runoffs, which will decide control of the Senate. Early voting starts Monday.",
            "2026-12-09",
            "Wednesday",
            [("Jan. 5", "DATE", "2027-01-05"), ("Monday", "DATE", "2026-12-14")],
            id="georgias_jan_5_runoffs_which_will_decide",
        ),
        pytest.param(
            "LONDON (Reuters) — Prime Minister Keir Starmer made his final pitch to voters on "
            "Monday. Polls show Labour far ahead in Thursday's general election, the first "
            "since 2019. Labour won Sunday's debate, a snap poll found.",
            "2026-11-09",
            "Monday",
            [
                ("Monday", "DATE", "2026-11-09"),
                ("Thursday", "DATE", "2026-11-12"),
                ("2019", "DATE", "2019"),
                ("Sunday", "DATE", "2026-11-08"),
            ],
            id="thursdays_general_election_in_a_monday_story",
        ),
        # look-alike: an election told in the past is behind
        pytest.param(
            "Turnout was low in Sunday's general election, officials said.",
            "2026-11-11",
            "Wednesday",
            [("Sunday", "DATE", "2026-11-08")],
            id="turnout_was_low_in_sundays_election",
        ),
        pytest.param(
            "That's Tuesday's game recap. The Celtics visit New York on Monday.",
            "2026-11-07",
            "Saturday",
            [("Tuesday", "DATE", "2026-11-03"), ("Monday", "DATE", "2026-11-09")],
            id="thats_tuesdays_game_recap",
        ),
        # look-alike: a preview is of the game ahead
        pytest.param(
            "Here is Tuesday's game preview: the Celtics visit the Knicks at 7:30 p.m.",
            "2026-11-07",
            "Saturday",
            [("Tuesday", "DATE", "2026-11-10"), ("7:30 p.m.", "TIME", "2026-11-10T19:30")],
            id="tuesdays_game_preview",
        ),
        pytest.param(
            "ORLANDO, Fla. (AP) — Tiger Woods, 50, is in the field for the team event starting "
            "on Thursday. The trophy, on loan to a museum since March, is due in return on "
            "Tuesday.",
            "2026-11-09",
            "Monday",
            [
                ("Thursday", "DATE", "2026-11-12"),
                ("March", "DATE", "2026-03"),
                ("Tuesday", "DATE", "2026-11-10"),
            ],
            id="the_team_event_starting_on_thursday",
        ),
        # the other way: the results pending do not make the primary ahead
        pytest.param(
            "DES MOINES, Iowa (AP) — Results from the June 4 primary are expected Wednesday, "
            "the secretary of state's office said. Counting was slowed by a surge in mail "
            "ballots.",
            "2026-06-06",
            "Saturday",
            [("June 4", "DATE", "2026-06-04"), ("Wednesday", "DATE", "2026-06-10")],
            id="results_from_the_june_4_primary_are_expected",
        ),
        # a weekday names its event through its possessive, and the event's clause looks ahead
        pytest.param(
            "ATLANTA (AP) — Both parties have poured money into Sunday's runoffs, which will "
            "decide control of the state senate.",
            "2026-11-09",
            "Monday",
            [("Sunday", "DATE", "2026-11-15")],
            id="sundays_runoffs_which_will_decide",
        ),
        # look-alike: what stands after a day's event counts from it, done
        pytest.param(
            "MADRID (AP) — Following are the leading goal scorers of the Spanish league "
            "after Sunday's games: 10 Ronaldo (Real Madrid), 9 Messi (Barcelona).",
            "2026-11-09",
            "Monday",
            [("Sunday", "DATE", "2026-11-08")],
            id="the_scorers_after_sundays_games",
        ),
        # look-alike: exit polls are taken of an election held
        pytest.param(
            "TEGUCIGALPA (AP) — Exit polls show that opposition candidate Ana Reyes leads "
            "Sunday's presidential election. A poll last month gave her 41 percent.",
            "2026-11-09",
            "Monday",
            [("Sunday", "DATE", "2026-11-08"), ("last month", "DATE", "2026-10")],
            id="exit_polls_of_sundays_election",
        ),
        pytest.param(
            "LONDON (Reuters) — Polls show Labour with 45 percent of the vote in Thursday's "
            "general election.",
            "2026-11-09",
            "Monday",
            [("Thursday", "DATE", "2026-11-12")],
            id="a_polls_share_of_the_vote_before_thursdays_election",
        ),
        # look-alike: a "to" of reference points at no coming event
        pytest.param(
            "BAGHDAD (AP) — Turnout will be higher than in the last elections, the official "
            "said, referring to the January 28 poll for an interim parliament.",
            "2026-12-13",
            "Sunday",
            [("January 28", "DATE", "2026-01-28")],
            id="referring_to_the_january_28_poll",
        ),
    ],
)
def test_the_day_of_a_named_coming_event_is_ahead(
    text: str, dct: str, weekday: str, expected: list[Row]
) -> None:
    """The day that names an event still to come is ahead: "Georgia's Jan. 5 runoffs, which
    will decide control of the Senate", in December, are the January ahead; "Thursday's
    general election", in a Monday story, the Thursday ahead (one in which "Turnout was low",
    and "Sunday's debate" that Labour "won", are behind); a "game preview" is of the Tuesday
    ahead where "That's Tuesday's game recap" is of the one behind; "the team event starting
    on Thursday" and what is "due in return on Tuesday" are ahead. Results "expected
    Wednesday" do not make "the June 4 primary" ahead: written on June 6, it is two days
    behind. The "leading goal scorers after Sunday's games" are of the games behind, "Exit polls
    show" of an election held (a poll's share of the vote tells nothing), and the
    official "referring to the January 28 poll" of the last elections points at no coming
    one."""
    assert news(text, dct, weekday) == expected


# ---- news: past acts told in present or bare forms, and an announcement -----------------------


@pytest.mark.parametrize(
    ("text", "dct", "weekday", "expected"),
    [
        pytest.param(
            "DENVER (AP) — Schools stay closed on Friday as crews clear roads after the "
            "blizzard, the district said. Offices reopened on Wednesday.",
            "2026-11-05",
            "Thursday",
            [("Friday", "DATE", "2026-11-06"), ("Wednesday", "DATE", "2026-11-04")],
            id="schools_stay_closed_on_friday",
        ),
        # look-alike: told in the past, the Friday is behind
        pytest.param(
            "DENVER (AP) — Schools stayed closed on Friday as crews cleared roads after the "
            "blizzard, the district said.",
            "2026-11-10",
            "Tuesday",
            [("Friday", "DATE", "2026-11-06")],
            id="schools_stayed_closed_on_friday",
        ),
        pytest.param(
            "VIENNA (Reuters) — OPEC decided to cut output in October, and prices have risen "
            "9% since. Ministers meet again on Sunday.",
            "2026-12-10",
            "Thursday",
            [("October", "DATE", "2026-10"), ("Sunday", "DATE", "2026-12-13")],
            id="opec_decided_to_cut_output_in_october",
        ),
        pytest.param(
            "Consumer prices rose 0.6 percent in November, the largest rise since a similar "
            "increase in February, the Labor Department said on Thursday.",
            "2026-12-10",
            "Thursday",
            [
                ("November", "DATE", "2026-11"),
                ("February", "DATE", "2026-02"),
                ("Thursday", "DATE", "2026-12-10"),
            ],
            id="the_largest_rise_since_a_similar_increase_in_february",
        ),
        # the year a report closes, after its fourth-quarter figures, is behind (TimeBank
        # tags "the year" of "the year ended ..." as P1Y, its end the date)
        pytest.param(
            "Acme Corp. said fourth-quarter net income rose 12% to $1.2 million. For the year "
            "ended Dec. 31, net income rose 5% to $4.1 million.",
            "2026-02-10",
            "Tuesday",
            [
                ("fourth-quarter", "DATE", "2025-Q4"),
                ("the year", "DURATION", "P1Y"),
                ("Dec. 31", "DATE", "2025-12-31"),
            ],
            id="for_the_year_ended_dec_31",
        ),
    ],
)
def test_a_past_act_told_in_a_present_or_bare_form_is_behind(
    text: str, dct: str, weekday: str, expected: list[Row]
) -> None:
    """A present tense may announce ("Schools stay closed on Friday", written on a Thursday:
    the Friday ahead) where "Schools stayed closed on Friday" is behind; a decision taken
    ("OPEC decided to cut output in October", written in December) and a rise compared
    "since a similar increase in February" are behind, as is "the year ended Dec. 31" of an
    earnings report in February."""
    assert news(text, dct, weekday) == expected


# ---- news: a game's periods are no calendar quarters or halves --------------------------------


def test_a_games_periods_are_no_calendar_quarters_or_halves() -> None:
    """A game story dated Monday, 9 November 2026: "scored 12 points in the first quarter",
    "trailed 31-24 at the end of the first quarter", "80-76 at the end of the third quarter",
    "in the second half" and "in overtime" are periods of the game (TimeML: nothing); the
    game's day is the Sunday behind. In earnings copy "the third quarter" and "the end of the
    fourth quarter" stay the calendar's."""
    game = (
        "LOS ANGELES (AP) — LeBron James scored 12 points in the first quarter, and the Lakers "
        "trailed 31-24 at the end of the first quarter and 80-76 at the end of the third "
        "quarter. Anthony Davis had 10 rebounds in the second half, and the Lakers won "
        "118-112 in overtime on Sunday."
    )
    earnings = (
        "Acme said profit rose 4% in the third quarter, and it expects sales to slow at the "
        "end of the fourth quarter."
    )
    assert news(game, "2026-11-09", "Monday") == [("Sunday", "DATE", "2026-11-08")]
    assert news(earnings, "2026-11-09", "Monday") == [
        ("the third quarter", "DATE", "2026-Q3"),
        ("the end of the fourth quarter", "DATE", "2026-Q4"),
    ]


# ---- news: "the year" in apposition to a year --------------------------------------------------


def test_the_year_in_apposition_to_a_year_is_that_year() -> None:
    """A story dated Monday, 9 November 2026: "born in 1990, the year Beijing hosted the
    Asian Games" names 1990 twice ("the year" is 1990), where "this year, the year she turned
    pro" is the document's year twice, and "2019, the year before the pandemic" is no
    appositive year (a count back, left out)."""
    text = (
        "Lee, who was born in 1990, the year Beijing hosted the Asian Games, won the gold "
        "medal. Park won 12 titles this year, the year she turned pro. In 2019, the year "
        "before the pandemic, sales rose."
    )
    assert news(text, "2026-11-09", "Monday") == [
        ("1990", "DATE", "1990"),
        ("the year", "DATE", "1990"),
        ("this year", "DATE", "2026"),
        ("the year", "DATE", "2026"),
        ("2019", "DATE", "2019"),
    ]
