"""Social media, nineteenth round: fitness, habits and diaries, posts of 2016-2025, one post a
document, with the post's date as the document date: runners, lifters and cyclists on Strava,
Instagram and Reddit, habit and recovery posts that count their days, diaries and journals,
and the challenges of a month or of a number of days.

Each post was written for these tests in the style of its kind; its weekday is checked with
datetime by ``passages.news`` (2016-11-18 is a Friday; 2017-03-14 a Tuesday; 2018-06-10 a
Sunday (2018-06-09 the Saturday before, 2018-06-11 the Monday after); 2019-03-20 a Wednesday;
2020-01-12 a Sunday; 2020-05-12 a Tuesday (2020-05-14 the Thursday after); 2021-08-03 a
Tuesday; 2021-09-10 a Friday; 2022-02-16 a Wednesday; 2023-04-14 a Friday; 2023-04-16 a
Sunday; 2023-09-02 a Saturday (2023-09-09 the Saturday after); 2024-02-20 a Tuesday;
2024-03-05 a Tuesday; 2024-05-14 a Tuesday of ISO week 20; 2024-07-21 a Sunday (Oct 13 is
twelve weeks on); 2025-01-09 a Thursday (2025-01-13 the Monday after); 2025-06-20 a Friday of
ISO week 25).

What the posts say: an interval session's splits after its repetitions and distance ("5x400m
@ 1:35, 1:33, 1:34") are times of a run, no clock times, as a race time and a pace are
(tests/test_social_7.py, tests/test_social_17.py); so is a finish time in brackets after the
race ("my first marathon (4:31:07)"); a programme's "week 9 day 3" counts its sessions, no
length of nine days; a tally of the days or sessions done ("12/12 workouts") is no day of
December; a cyclist's "century ride" is a hundred miles, no century; "every morning at 6" is
six o'clock of every morning, as "every morning at 6am" is; a challenge named for its month
("Dry January", "Movember", "Sober October") is that month, the one behind or ahead by the
clause's tense as a bare month is; "1 year smoke free on the 14th 🚭 saved about $3,000" is
the coming 14th, the emoji ending the clause before the past "saved"; "my sobriety date is
April 25th", 100 days sober, is the day the count started, behind; "Rest day tomorrow, long
run Sunday" plans the Sunday after tomorrow; a workout's "90s rest", "a 60s plank" and "hold
for 45s" are lengths in seconds.

Decided by TimeML's reading and the earlier rounds: "this time last year" is last year
(tests/test_social_10.py), "a year ago today" the day a year back, "ten years ago this week" that
week ten years back (tests/test_news_11.py); "100 days sober today" is a duration and today, as
"5 yrs clean today" (tests/test_social_2.py); a count of the days of a habit or a challenge ("day
47 of no sugar", "75 Hard day 12", "day 3/30") is no date, as "jet lag day 2" is none
(tests/test_social_18.py), nor is a plan's "Week 3 of C25K" (tests/test_social_17.py); "6 days
a week" is a duration and an untagged rate (tests/test_schedules.py); race times, paces and
the numbers of the gym ("48:12", "4:32/km", "5x400m", "3x10 reps", "225 lbs", "BMI 24.5",
"PB 19:58", "10k"), a programme's name ("C25K", "75 Hard", "5/3/1") and a hashtag that is no
date word ("#100DaysOfCode"; "#Friday" is one, tests/test_social_7.py) are no times.
tests/test_social.py to tests/test_social_18.py hold the first eighteen rounds; what chrono
does not read yet is marked ``xfail`` with its reason.
"""

from __future__ import annotations

import pytest
from passages import Row, marked_unmet, news

# What chrono does not read yet, by the post's id, with the reason (strict: a fix must take
# its id out).
UNMET: dict[str, str] = {
    "smoke_free_on_the_14th": "an emoji between two clauses ends no sentence for the tense "
    "cues: the past 'saved' after '🚭' is the nearest cue of 'on the 14th', read as the 14th "
    "behind (2021-08-14), also with a stop after the emoji ('🚭. saved'); with '!' or '.' "
    "right after '14th' it is ahead",
    "plan_rest_day_tomorrow_long_run_sunday": "a verbless plan's capitalised weekday after "
    "'tomorrow' takes no tense from it: with no cue a bare weekday is the most recent one "
    "(2023-04-09), where the lower-case 'long run sunday' is read ahead as a message's day",
    "sobriety_date_is_april_25th": "a day as the predicate of a present copula is read ahead "
    "('The ceremony is Saturday'), also when it is the day a count of sober days started "
    "(2022-04-25)",
}

# (kind, document date, its weekday, post, expected mentions)
POSTS = marked_unmet(
    UNMET,
    # ------------------------------------------------------------ runners and cyclists
    pytest.param(
        # the distance, the time and the pace are no times
        "2023-04-16",
        "Sunday",
        "Morning Run 🏃‍♂️ Ran 10k in 48:12 this morning, 4:49/km avg. PR from March finally "
        "beaten! Rest day tomorrow.",
        [
            ("this morning", "TIME", "2023-04-16TMO"),
            ("March", "DATE", "2023-03"),
            ("tomorrow", "DATE", "2023-04-17"),
        ],
        id="strava_10k_pr_from_march",
    ),
    pytest.param(
        # the plan's weeks are no dates
        "2020-05-12",
        "Tuesday",
        "Week 3 of C25K done ✅ 3 x 90 sec runs with 3 min walks. Next run Thursday evening, "
        "then week 4!",
        [
            ("90 sec", "DURATION", "PT90S"),
            ("3 min", "DURATION", "PT3M"),
            ("Thursday evening", "TIME", "2020-05-14TEV"),
        ],
        id="c25k_week_3",
    ),
    pytest.param(
        # the splits of the repetitions are no clock times
        "2024-05-14",
        "Tuesday",
        "Track night 🔥 5x400m @ 1:35, 1:33, 1:34, 1:31 with a 2 min jog between. Coach says "
        "6x800m next week.",
        [("2 min", "DURATION", "PT2M"), ("next week", "DATE", "2024-W21")],
        id="track_intervals_splits",
    ),
    pytest.param(
        "2023-09-02",
        "Saturday",
        "Couch to 5K week 9 day 3 ✅ graduated!! parkrun next Saturday",
        [("next Saturday", "DATE", "2023-09-09")],
        id="couch_to_5k_week_9_day_3",
    ),
    pytest.param(
        # a plan's days: tomorrow, then the Sunday after it
        "2023-04-14",
        "Friday",
        "Rest day tomorrow, long run Sunday. 18 miles 😬",
        [("tomorrow", "DATE", "2023-04-15"), ("Sunday", "DATE", "2023-04-16")],
        id="plan_rest_day_tomorrow_long_run_sunday",
    ),
    pytest.param(
        # seconds written with an "s"
        "2024-05-14",
        "Tuesday",
        "8x200m with 90s rest, then a 60s plank. hold for 45s",
        [
            ("90s", "DURATION", "PT90S"),
            ("60s", "DURATION", "PT60S"),
            ("45s", "DURATION", "PT45S"),
        ],
        id="interval_rest_in_seconds",
    ),
    pytest.param(
        # twelve weeks from the post is race day
        "2024-07-21",
        "Sunday",
        "12 weeks out from Chicago 🏅 race day is Oct 13! Long runs every Saturday until the "
        "taper in September.",
        [
            ("12 weeks", "DURATION", "P12W"),
            ("Oct 13", "DATE", "2024-10-13"),
            ("every Saturday", "SET", "XXXX-WXX-6"),
            ("September", "DATE", "2024-09"),
        ],
        id="marathon_12_weeks_out",
    ),
    pytest.param(
        # a century ride is a hundred miles; its moving time is no clock time
        "2018-06-10",
        "Sunday",
        "First century ride 🚴 100 miles in 5:42:10 on Saturday, avg 17.5 mph. Recovery spin "
        "tomorrow at 7am.",
        [
            ("Saturday", "DATE", "2018-06-09"),
            ("tomorrow at 7am", "TIME", "2018-06-11T07:00"),
        ],
        id="cyclist_century_ride",
    ),
    pytest.param(
        # ten years back, that week; the race time is no time
        "2025-06-20",
        "Friday",
        "ten years ago this week I ran my first marathon 🐢 now training for my 20th, race day "
        "is Sept 28!",
        [
            ("ten years ago this week", "DATE", "2015-W25"),
            ("now", "DATE", "PRESENT_REF"),
            ("Sept 28", "DATE", "2025-09-28"),
        ],
        id="ten_years_ago_this_week_first_marathon",
    ),
    pytest.param(
        "2025-06-20",
        "Friday",
        "finished my first marathon (4:31:07) and cried at the line 🥹",
        [],
        id="first_marathon_time_in_brackets",
    ),
    # ------------------------------------------------------------ lifters
    pytest.param(
        # a Reddit progress title: sex, age and height, weights, and the months it took
        "2024-02-20",
        "Tuesday",
        "[Progress] M/28/5'10\" [210lbs > 175lbs = 35lbs] (8 months). Deadlift 225 lbs x 5 now, "
        "BMI 24.5, down from 27 in January. 3x10 reps on accessories, leg day every Monday.",
        [
            ("8 months", "DURATION", "P8M"),
            ("now", "DATE", "PRESENT_REF"),
            ("January", "DATE", "2024-01"),
            ("every Monday", "SET", "XXXX-WXX-1"),
        ],
        id="lifter_reddit_progress",
    ),
    pytest.param(
        "2024-02-20",
        "Tuesday",
        "Completed 12/12 workouts this month 💪 and 5/7 days on the step goal.",
        [("this month", "DATE", "2024-02")],
        id="lifter_tally_of_workouts",
    ),
    # ------------------------------------------------------------ habits and recovery
    pytest.param(
        # the day of the habit is a count, no date
        "2022-02-16",
        "Wednesday",
        "day 47 of no sugar 🍭🚫 haven't touched a cookie since Jan 1 and my skin has never been "
        "better",
        [("Jan 1", "DATE", "2022-01-01")],
        id="no_sugar_day_47",
    ),
    pytest.param(
        # "one day at a time" is a motto, no time
        "2021-08-03",
        "Tuesday",
        "100 days sober today 🙏 one day at a time. Home group every Tuesday at 7pm, wouldn't "
        "miss it.",
        [
            ("100 days", "DURATION", "P100D"),
            ("today", "DATE", "2021-08-03"),
            ("every Tuesday at 7pm", "SET", "XXXX-WXX-2T19:00"),
        ],
        id="sober_100_days_today",
    ),
    pytest.param(
        # the reading goal is no year; the hashtag is no date
        "2019-03-20",
        "Wednesday",
        "since Jan 1 I've read 14 books 📚 goal is 52 this year. Also on day 12 of #100DaysOfCode",
        [("Jan 1", "DATE", "2019-01-01"), ("this year", "DATE", "2019")],
        id="books_since_jan_1",
    ),
    pytest.param(
        "2024-03-05",
        "Tuesday",
        "Streak: 365 days 🦉🔥 started last March on a whim, now I practise every morning "
        "before work.",
        [
            ("365 days", "DURATION", "P365D"),
            ("last March", "DATE", "2023-03"),
            ("now", "DATE", "PRESENT_REF"),
            ("every morning", "SET", "XXXX-XX-XXTMO"),
        ],
        id="duolingo_streak_365_days",
    ),
    pytest.param(
        # the anniversary is the coming 14th
        "2021-09-10",
        "Friday",
        "1 year smoke free on the 14th 🚭 saved about $3,000 and I can run 5k without stopping",
        [("1 year", "DURATION", "P1Y"), ("the 14th", "DATE", "2021-09-14")],
        id="smoke_free_on_the_14th",
    ),
    pytest.param(
        # a sobriety date is the day the count started, behind
        "2021-08-03",
        "Tuesday",
        "100 days sober today 🙏 my sobriety date is April 25th",
        [
            ("100 days", "DURATION", "P100D"),
            ("today", "DATE", "2021-08-03"),
            ("April 25th", "DATE", "2021-04-25"),
        ],
        id="sobriety_date_is_april_25th",
    ),
    pytest.param(
        "2016-11-18",
        "Friday",
        "Early riser now ☀️ up every morning at 6 for a 5k before work. Week 2 of the habit.",
        [("now", "DATE", "PRESENT_REF"), ("every morning at 6", "SET", "XXXX-XX-XXT06:00")],
        id="early_riser_every_morning_at_6",
    ),
    # ------------------------------------------------------------ diaries
    pytest.param(
        "2017-03-14",
        "Tuesday",
        "Dear diary, Tuesday night. Couldn't sleep again. This time last year I was in "
        "hospital; a year ago today I got the diagnosis. Back to work tomorrow.",
        [
            ("Tuesday night", "TIME", "2017-03-14TNI"),
            ("This time last year", "DATE", "2016"),
            ("a year ago today", "DATE", "2016-03-14"),
            ("tomorrow", "DATE", "2017-03-15"),
        ],
        id="dear_diary_tuesday_night",
    ),
    # ------------------------------------------------------------ challenges
    pytest.param(
        # the programme and its day are no dates, nor is a rate of workouts
        "2025-01-09",
        "Thursday",
        "30-day challenge starts Monday 💪 who's in? 75 Hard day 12 for me already, two "
        "workouts a day, one outside",
        [("30-day", "DURATION", "P30D"), ("Monday", "DATE", "2025-01-13")],
        id="challenge_30_day_starts_monday",
    ),
    pytest.param(
        # the month of the campaign, with the day it ends on
        "2016-11-18",
        "Friday",
        "Movember update 🥸 day 18 and the mo is coming along. Shaving it off on Dec 1!",
        [("Movember", "DATE", "2016-11"), ("Dec 1", "DATE", "2016-12-01")],
        id="movember_update",
    ),
    pytest.param(
        # this January, last November, the coming October
        "2020-01-12",
        "Sunday",
        "Dry January day 12 and I'm bored 🙃 Movember was easier. Sober October next?",
        [
            ("Dry January", "DATE", "2020-01"),
            ("Movember", "DATE", "2019-11"),
            ("Sober October", "DATE", "2020-10"),
        ],
        id="dry_january_movember_sober_october",
    ),
)


@pytest.mark.parametrize(("dct", "weekday", "post", "expected"), POSTS)
def test_post(dct: str, weekday: str, post: str, expected: list[Row]) -> None:
    """Every time a runner's, a lifter's or a cyclist's post, a habit's count, a diary or a
    challenge names is found, with its type and its value."""
    assert news(post, dct, weekday) == expected


LOOK_ALIKES = [
    pytest.param(text, id=text)
    for text in (
        "48:12",
        "ran 10k in 48:12",
        "4:32/km",
        "5x400m",
        "5x400m @ 1:35",
        "4 x 1 mile @ 6:45",
        "3x10 reps",
        "squat 315 x 3 @ RPE 8",
        "225 lbs",
        "BMI 24.5",
        "C25K",
        "Couch to 5K W9D3, wk 5 day 2",
        "75 Hard",
        "75 Hard day 12",
        "#100DaysOfCode",
        "#30DayChallenge",
        "10k",
        "PB 19:58",
        "Week 2 of 5/3/1",
        "16/8 fasting",
        "M/28/5'10\"",
        "day 3/30 of the plank challenge",
        "Completed 12/12 workouts",
        "my first century ride",
        "my first half marathon (1:58:30)",
    )
]


@pytest.mark.parametrize("text", LOOK_ALIKES)
def test_post_look_alikes(text: str) -> None:
    """Race times, splits, paces, repetitions, weights, a programme's name and its days, a
    tally and a hashtag are no times."""
    assert news(text, "2024-05-14", "Tuesday") == []


FORMAL = [
    pytest.param(
        "The church dates from the first century AD.",
        [("the first century AD", "00")],
        id="first_century_stays",
    ),
    pytest.param(
        "Music of the 1990s was louder than the 80s.",
        [("the 1990s", "199"), ("the 80s", "198")],
        id="decades_stay",
    ),
    pytest.param(
        "In her 60s she still loved 80s music, and she waited for 90s bands.",
        [("80s", "198"), ("90s", "199")],
        id="no_seconds_in_ages_and_decades",
    ),
    pytest.param(
        "The vote was moved to 12/12 after 12 workouts.",
        [("12/12", "2024-12-12")],
        id="a_day_in_figures_stays",
    ),
    pytest.param(
        "The shares closed at 1:35 p.m. on the exchange.",
        [("1:35 p.m.", "2024-05-14T13:35")],
        id="clock_time_stays",
    ),
    pytest.param(
        "The relay team ran 4 x 400m at 6:45 p.m.",
        [("6:45 p.m.", "2024-05-14T18:45")],
        id="relay_at_a_clock_time",
    ),
    pytest.param(
        "The festival lasted 9 days in week 9.",
        [("9 days", "P9D")],
        id="nine_days",
    ),
    pytest.param(
        "Guards patrolled the wall every morning at 6.",
        [("every morning at 6", "XXXX-XX-XXT06:00")],
        id="at_6_every_morning",
    ),
    pytest.param(
        "The Movember campaign raised $10 million in Britain.",
        [("Movember", "2023-11")],
        id="movember_campaign",
    ),
    pytest.param(
        "After a dry January, farmers in the valley worried.",
        [("January", "2024-01")],
        id="the_weathers_dry_january_is_the_month",
    ),
]


@pytest.mark.parametrize(("text", "expected"), FORMAL)
def test_post_rules_in_formal_text(text: str, expected: list[tuple[str, str]]) -> None:
    """The look-alikes of the posts' rules in formal text: a century, a decade, a day in
    figures, a clock time with its a.m. or p.m., a length of days, a set's hour and a campaign's
    month."""
    assert [(m, v) for m, _, v in news(text, "2024-05-14", "Tuesday")] == expected
