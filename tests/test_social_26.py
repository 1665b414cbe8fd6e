"""Social media, twenty-sixth round: sports fans, fantasy leagues, weddings and event planning,
posts of 2016-2025, one post a document, with the post's date as the document date: fantasy
football boards, basketball game threads, team fan forums, wedding-planning boards and event
group chats.

Each post was written for these tests in the style of its kind; its weekday is checked with
datetime by ``passages.news`` (2016-06-18 a Saturday; 2018-07-02 a Monday (2018-07-06 the
Friday after); 2019-09-05 a Thursday (2019-09-07 the Saturday after); 2021-02-08 a Monday;
2022-05-14 a Saturday; 2023-09-26 a Tuesday (2023-09-27 the Wednesday after); 2024-08-20 a
Tuesday; 2024-11-05 a Tuesday (2024-11-09 the Saturday after); 2024-12-14 a Saturday;
2025-03-03 a Monday).

What the posts say: a fan writes the day of a game or of the league's waivers as a short
weekday in small letters after the schedule's own word, and it is the day ahead ("Waivers
clear wed so I'm stashing him", "Season opener sat vs the 49ers", "lineups lock sat.", "we
play thurs against Leeds"; not "sat" the verb, "the opener sat on the bench", nor "clear sun"
the weather); a period of the game that fans number in figures is the game's, not the
year's, after their own words of the game ("2 turnovers in the 4th quarter", "We choked in
the 2nd half again", "3 TDs in the 1st half"; "Profit rose 5% in the 4th quarter" stays the
quarter of the year).

Decided by TimeML's reading and the earlier rounds: "Game 7" and "Week 4 matchup" are the
season's game and week, no calendar day or week (tests/test_sports_weather.py,
tests/test_date_formats.py); "3 straight seasons" is a length (P3SE); "the big day is 6
months out", "12 weeks till the bachelorette weekend", "booked the DJ for 5 hrs" and "the
honeymoon is 10 days" are lengths; "the night before" a wedding dated in the post is the
night of the day before it. Scores, records and names are no times: "won 24-17", "a 2-0
lead", "he's 3-0", "the 49ers", "the 76ers", "#23", "top 10", "PPR", "12-team league",
"round 2", "table 12", "a party of 150", "the 1st dance".
tests/test_social.py to tests/test_social_25.py hold the first twenty-five rounds; what
chrono does not read yet is marked ``xfail`` with its reason.
"""

from __future__ import annotations

import pytest
from passages import Row, marked_unmet, news, weekday

# What chrono does not read yet, by the post's id, with the reason (strict: a fix must take
# its id out).
UNMET: dict[str, str] = {}

# (document date, its weekday, post, expected mentions)
POSTS = marked_unmet(
    UNMET,
    # ------------------------------------------------------------ fantasy leagues
    pytest.param(
        # waivers clear a small-letter weekday ahead; a season's week and a record are no times
        "2023-09-26",
        "Tuesday",
        "Waivers clear wed so I'm stashing Puka. Week 4 matchup vs my bf is gonna be brutal, "
        "he's 3-0. PPR league, trade deadline is nov 21.",
        [("wed", "DATE", "2023-09-27"), ("nov 21", "DATE", "2023-11-21")],
        id="waivers_clear_wed_trade_deadline_is_nov_21",
    ),
    pytest.param(
        # a draft pick, a league's size, a rank and a round are no times
        "2024-08-20",
        "Tuesday",
        "Our draft is aug 28 at 8pm, 12-team league. Picking #3 this year, top 10 RBs are all "
        "gone by round 2 anyway.",
        [("aug 28 at 8pm", "TIME", "2024-08-28T20:00"), ("this year", "DATE", "2024")],
        id="draft_is_aug_28_at_8pm_picking_3_this_year",
    ),
    # ------------------------------------------------------------ game threads and fan forums
    pytest.param(
        # shouted; a tipoff's hour in its zone is the evening of the game's day; "GAME 7" and
        # the teams' names are no times
        "2016-06-18",
        "Saturday",
        "GAME 7 IS TMRW!!! Tipoff at 8 ET. Haven't won a title since 1964, 52 years of pain. "
        "The 76ers and the 49ers could never.",
        [
            ("TMRW", "DATE", "2016-06-19"),
            ("8 ET", "TIME", "2016-06-19T20:00-04:00"),
            ("1964", "DATE", "1964"),
            ("52 years", "DURATION", "P52Y"),
        ],
        id="game_7_is_tmrw_tipoff_at_8_et",
    ),
    pytest.param(
        # the opener's small-letter day before its opponent; a score is no time
        "2019-09-05",
        "Thursday",
        "Season opener sat vs the 49ers. We won 24-17 last time we played them. Playoffs start "
        "in 2 wks for the high school team too.",
        [("sat", "DATE", "2019-09-07"), ("2 wks", "DURATION", "P2W")],
        id="season_opener_sat_vs_the_49ers_playoffs_in_2_wks",
    ),
    pytest.param(
        # a period of the game in figures after a word of the game; a lead and a jersey number
        "2022-05-14",
        "Saturday",
        "3 straight seasons without a playoff win. Had a 2-0 lead in the series and we blew it "
        "last night. #23 had 2 turnovers in the 4th quarter.",
        [
            ("3 straight seasons", "DURATION", "P3SE"),
            ("last night", "TIME", "2022-05-13TNI"),
        ],
        id="3_straight_seasons_2_turnovers_in_the_4th_quarter",
    ),
    pytest.param(
        # the game's half in figures after "choked"; halftime is the game's
        "2021-02-08",
        "Monday",
        "Superbowl was last night, worst halftime in years. We choked in the 2nd half again. "
        "Draft is in april.",
        [
            ("last night", "TIME", "2021-02-07TNI"),
            ("years", "DURATION", "PXY"),
            ("april", "DATE", "2021-04"),
        ],
        id="superbowl_was_last_night_choked_in_the_2nd_half",
    ),
    # ------------------------------------------------------------ weddings and events
    pytest.param(
        "2024-11-05",
        "Tuesday",
        "Save the date: june 14 2025!! RSVP by may 1. Venue tour next sat, then the tasting in "
        "jan.",
        [
            ("june 14 2025", "DATE", "2025-06-14"),
            ("may 1", "DATE", "2025-05-01"),
            ("next sat", "DATE", "2024-11-09"),
            ("jan", "DATE", "2025-01"),
        ],
        id="save_the_date_june_14_2025_rsvp_by_may_1",
    ),
    pytest.param(
        # lengths to the day; a guest count and a table number are no times
        "2024-12-14",
        "Saturday",
        "The big day is 6 months out and 12 weeks till the bachelorette weekend in march. Party "
        "of 150, table 12 is the cousins lol.",
        [
            ("6 months", "DURATION", "P6M"),
            ("12 weeks", "DURATION", "P12W"),
            ("march", "DATE", "2025-03"),
        ],
        id="the_big_day_is_6_months_out_bachelorette_weekend_in_march",
    ),
    pytest.param(
        # the night before the wedding the post dates
        "2025-03-03",
        "Monday",
        "Booked the DJ for 5 hrs. Wedding is on june 7, rehearsal dinner the night before. "
        "Honeymoon is 10 days in Maui 🌺",
        [
            ("5 hrs", "DURATION", "PT5H"),
            ("june 7", "DATE", "2025-06-07"),
            ("the night before", "TIME", "2025-06-06TNI"),
            ("10 days", "DURATION", "P10D"),
        ],
        id="booked_the_dj_for_5_hrs_rehearsal_dinner_the_night_before",
    ),
    pytest.param(
        # "The 1st dance" is no day
        "2018-07-02",
        "Monday",
        "Wedding is in 3 weeks and my MOH just quit. Final headcount due friday. The 1st dance "
        "is to our song from 2012.",
        [
            ("3 weeks", "DURATION", "P3W"),
            ("friday", "DATE", "2018-07-06"),
            ("2012", "DATE", "2012"),
        ],
        id="wedding_is_in_3_weeks_headcount_due_friday",
    ),
)


@pytest.mark.parametrize(("dct", "weekday", "post", "expected"), POSTS)
def test_post(dct: str, weekday: str, post: str, expected: list[Row]) -> None:
    """Every time a fan's, a fantasy player's or a couple planning a wedding names is found,
    with its type and its value."""
    assert news(post, dct, weekday) == expected


LOOK_ALIKES = [
    pytest.param(text, id=text)
    for text in (
        "a 3-1 win",
        "won 24-17",
        "a 2-0 lead",
        "the 49ers and the 76ers",
        "#23",
        "top 10",
        "PPR",
        "Game 7",
        "Week 4 matchup",
        "12-team league",
        "round 2",
        "table 12",
        "a party of 150",
        "the 1st dance",
        "the opener sat on the bench",
        "the opener sat so still",
        "skies clear sun.",
        "they wed so young",
        "3 TDs in the 1st half",
    )
]


@pytest.mark.parametrize("text", LOOK_ALIKES)
def test_post_look_alikes(text: str) -> None:
    """Scores, leads, teams, a jersey number, a rank, a scoring format, a season's game and
    week, a league's size, a draft round, a table, a guest count, a first dance, "sat" and
    "wed" the verbs, "clear sun" and a game's half in figures are no times."""
    assert news(text, "2024-05-14", "Tuesday") == []


FORMAL = [
    pytest.param(
        "Waivers clear wed, lineups lock sat.",
        [("wed", "2024-05-15"), ("sat", "2024-05-18")],
        id="a_league_day_after_its_schedule_word",
    ),
    pytest.param(
        "Season opener sat vs the Rams, and we play thurs against Leeds.",
        [("sat", "2024-05-18"), ("thurs", "2024-05-16")],
        id="a_game_day_before_its_opponent",
    ),
    pytest.param(
        "The season opener sat on the shelf for weeks.",
        [("weeks", "PXW")],
        id="sat_the_verb_after_opener_stays_none",
    ),
    pytest.param(
        "We choked in the 2nd half again, 2 turnovers in the 4th quarter.",
        [],
        id="a_game_period_in_figures_is_the_games",
    ),
    pytest.param(
        "Profit rose 5% in the 4th quarter, and sales slowed in the 2nd half.",
        [("the 4th quarter", "2023-Q4"), ("the 2nd half", "2023-H2")],
        id="a_firms_period_in_figures_stays_the_years",
    ),
]


@pytest.mark.parametrize(("text", "expected"), FORMAL)
def test_post_rules_in_formal_text(text: str, expected: list[tuple[str, str]]) -> None:
    """The look-alikes of the posts' rules: a league's or a game's day after its schedule word
    or before its opponent but not "sat" the verb, and a game's period in figures but not a
    firm's."""
    assert [(m, v) for m, _, v in news(text, "2024-05-14", "Tuesday")] == expected


GAPS = [
    pytest.param(
        "2023-09-17",
        "Kickoff at 8:15, wings are in the oven.",
        [("8:15", "TIME", "2023-09-17T20:15")],
        id="a_kickoff_at_a_bare_evening_hour",
    ),
    pytest.param(
        "2021-02-08",
        "Drafting again in the fall, 8 months away.",
        [("the fall", "DATE", "2021-FA"), ("8 months", "DURATION", "P8M")],
        id="a_season_ahead_told_with_no_tense",
    ),
]


@pytest.mark.parametrize(("dct", "post", "expected"), GAPS)
def test_post_gaps(dct: str, post: str, expected: list[Row]) -> None:
    """What the posts say that chrono long missed: a kickoff's evening hour (read since
    session 26) and a season ahead with no tense (not yet)."""
    assert news(post, dct, weekday(dct)) == expected
