"""Social media, ninth round: gamers and game releases, television fans, concert tickets,
customer complaints, students, parents and school calendars, fitness challenges, crypto
holders, job seekers, shoppers and sports fans, with their short forms.

Each post was written for these tests in the style of its kind, with its posting date as the
document date (weekdays checked with datetime: 2025-02-04 is a Tuesday (2025-02-07 the Friday
after), 2024-11-26 a Tuesday (2024-11-28 the Thursday after), 2024-07-09 a Tuesday (2024-07-12
the Friday after), 2024-11-15 a Friday, 2024-08-20 a Tuesday (2024-08-22 the Thursday after),
2024-10-08 a Tuesday, 2025-01-12 a Sunday (2025-01-14 the Tuesday after), 2024-03-06 a
Wednesday of ISO week 10, 2024-06-18 a Tuesday (2024-06-20 the Thursday after), 2024-03-12 a
Tuesday (2024-03-15 the Friday after), 2024-12-02 a Monday, Cyber Monday (2024-11-29 Black
Friday), 2024-05-14 a Tuesday (2024-05-15 the Wednesday after, 2024-05-16 the Thursday),
2024-09-30 a Monday (2024-10-06 the Sunday after), 2024-01-16 a Tuesday (2024-01-18 the
Thursday after), 2024-03-20 a Wednesday, 2025-05-20 a Tuesday (2025-05-24 the Saturday after,
2025-05-31 a week on), 2024-07-01 a Monday).

What the posts say: a release a post announces in the present looks ahead ("Season 3 drops
Friday", "Season 2 comes out Thursday"), as a broadcast's "airs" does; so does a start, a
broadcast or a deadline dated by month and day in figures ("spring break starts 3/25",
"midterms start 10/21", "the finale airs 3/20"), and what was "pushed to" a day is put off to
it. Posts capitalise a month's short form without its stop after a preposition ("since Jan")
and end a sentence on a short month or weekday ("since oct.", "early dismissal fri."): the
full stop is the sentence's, not the word's. A bare hour with its minutes after a weekday and
"@" is an appointment in the working day ("thurs @ 5:30" is 17:30, as "thurs @ 2" is 14:00).
"black friday", "cyber monday" in lower case are the shopping days, not the weekday. "the
20th or I'm disputing the charge" is a day before a clause. "a week from sat" is the Saturday
a week after the coming one, as "a week from Saturday" is, and "two whole weeks" is a duration
with its "whole". "every other wk", "every other wknd" recur every two weeks, and a lower-case
month after a superlative is the month of a record ("hottest june on record").

Look-alikes, by TimeML's reading (a TIMEX3 marks an expression that refers to a time): hashtags
that name a theme day ("#NewMusicFriday", "#WaybackWednesday", "#FlashbackFriday") are a
post's topic labels, one token that names no day of the calendar (round 7 reads "#Friday"
alone on a Friday as that day); a challenge's "day 12 of 30" counts the days of a personal
event and names no calendar day; "sat down", "may I", "march on", "sun's out", "Mon Cheri",
"4ever", "gr8", "2 for 1", "24/7", "7-11", scores, ranks, prices, "the 5:2 diet", a handle
"@june2020" and a protest's "the biggest march on record" are no times. tests/test_social.py
to tests/test_social_8.py hold the first eight rounds.
"""

from __future__ import annotations

import pytest
from passages import Row, mentions


def _mentions(text: str, dct: str) -> list[Row]:
    return mentions(text, dct=dct, genre="news")


# (kind, document date, post, expected mentions)
POSTS: list[tuple[str, str, str, list[Row]]] = [
    # ---- gamers and television: releases announced in the present
    (
        "gamer_season_drops_friday_since_jan",
        "2025-02-04",
        "Season 3 drops Friday!! servers go down for maintenance 2 hrs before launch. been "
        "grinding ranked since Jan lol",
        [
            ("Friday", "DATE", "2025-02-07"),
            ("2 hrs", "DURATION", "PT2H"),
            ("Jan", "DATE", "2025-01"),
        ],
    ),
    (
        "tv_season_comes_out_thursday",
        "2024-11-26",
        "Season 2 comes out Thursday and I already took the day off lol",
        [("Thursday", "DATE", "2024-11-28")],
    ),
    (
        "tv_tonights_ep_finale_airs_3_20",
        "2024-03-06",
        "tonight's ep was INSANE 😭 the finale airs 3/20, two whole weeks away. rewatching s1 this "
        "wkend",
        [
            ("tonight", "TIME", "2024-03-06TNI"),
            ("3/20", "DATE", "2024-03-20"),
            ("two whole weeks", "DURATION", "P2W"),
            ("this wkend", "DATE", "2024-W10-WE"),
        ],
    ),
    # ---- concerts and tickets
    (
        "concert_tix_fri_show_fri_at_7_30",
        "2024-07-09",
        "tix go on sale fri at 10am 🎟️ presale was this mornin and sold out in like 10 mins. "
        "the show is fri @ 7:30, doors open an hour before",
        [
            ("fri at 10am", "TIME", "2024-07-12T10:00"),
            ("this mornin", "TIME", "2024-07-09TMO"),
            ("10 mins", "DURATION", "PT10M"),
            ("fri @ 7:30", "TIME", "2024-07-12T19:30"),
            ("an hour", "DURATION", "PT1H"),
        ],
    ),
    # ---- customer complaints
    (
        "complaint_ordered_on_the_3rd_refund_by_the_20th",
        "2024-11-15",
        "@ShopHelp ordered a couch on the 3rd, still nothing. chat said 5-7 business days. "
        "it's been 12 days. refund better hit by the 20th or I'm disputing the charge",
        [
            ("the 3rd", "DATE", "2024-11-03"),
            ("5-7 business days", "DURATION", "P7D"),
            ("12 days", "DURATION", "P12D"),
            ("the 20th", "DATE", "2024-11-20"),
        ],
    ),
    # ---- parents and school calendars
    (
        "parent_school_starts_aug_28_thurs_at_5_30",
        "2024-08-20",
        "school starts Aug 28 and we still don't have the supply list 🙃 meet the teacher is "
        "thurs @ 5:30. my baby is starting 1st grade!!",
        [("Aug 28", "DATE", "2024-08-28"), ("thurs @ 5:30", "TIME", "2024-08-22T17:30")],
    ),
    (
        # the pickup time is of the Friday just named
        "parent_spring_break_starts_3_25_early_dismissal_fri",
        "2024-03-12",
        "spring break starts 3/25 and the kids have early dismissal fri. pickup at 11:30 😩",
        [
            ("3/25", "DATE", "2024-03-25"),
            ("fri", "DATE", "2024-03-15"),
            ("11:30", "TIME", "2024-03-15T11:30"),
        ],
    ),
    # ---- students
    (
        "student_midterms_start_10_21_since_sept",
        "2024-10-08",
        "midterms start 10/21 and i haven't opened the textbook since sept. study group every "
        "tues and thurs at the library",
        [
            ("10/21", "DATE", "2024-10-21"),
            ("sept", "DATE", "2024-09"),
            ("every tues", "SET", "XXXX-WXX-2"),
            ("thurs", "SET", "XXXX-WXX-4"),
        ],
    ),
    (
        # "a week from sat" is the Saturday a week after the coming one (2025-05-24)
        "parent_graduation_a_week_from_sat",
        "2025-05-20",
        "last day of school is june 6th, then 10 weeks of summer. graduation is a week from sat 🎓",
        [
            ("june 6th", "DATE", "2025-06-06"),
            ("10 weeks", "DURATION", "P10W"),
            ("a week from sat", "DATE", "2025-05-31"),
        ],
    ),
    # ---- fitness
    (
        "fitness_day_12_of_30",
        "2025-01-12",
        "day 12 of 30 ✅ down 4 lbs since jan 1. rest day tmrw then legs on tues. 18 more "
        "days, let's gooo",
        [
            ("jan 1", "DATE", "2025-01-01"),
            ("tmrw", "DATE", "2025-01-13"),
            ("tues", "DATE", "2025-01-14"),
            ("18 more days", "DURATION", "P18D"),
        ],
    ),
    (
        "fitness_every_other_wk_every_day_from_tmrw",
        "2025-01-12",
        "new year, new me 💪 gym every other wk was not cutting it lol. starting tmrw it's every "
        "day",
        [
            ("every other wk", "SET", "P2W"),
            ("tmrw", "DATE", "2025-01-13"),
            ("every day", "SET", "P1D"),
        ],
    ),
    # ---- crypto
    (
        "crypto_holding_since_jan_ath_nov_21",
        "2024-06-18",
        "been holding since Jan and I'm up 30%. ATH was nov '21. not selling for at least 3 yrs",
        [
            ("Jan", "DATE", "2024-01"),
            ("nov '21", "DATE", "2021-11"),
            ("at least 3 yrs", "DURATION", "P3Y"),
        ],
    ),
    # ---- job seekers
    (
        "job_interview_thurs_at_2",
        "2024-06-18",
        "interview thurs @ 2!! first callback in 6 months, wish me luck 🙏",
        [("thurs @ 2", "TIME", "2024-06-20T14:00"), ("6 months", "DURATION", "P6M")],
    ),
    # ---- shoppers: the days after Thanksgiving in lower case
    (
        "shopper_black_friday_cyber_monday",
        "2024-12-02",
        "only 23 days till christmas and I haven't bought a single gift. black friday haul was "
        "mid tho. cyber monday deals end at midnight",
        [
            ("23 days", "DURATION", "P23D"),
            ("christmas", "DATE", "2024-12-25"),
            ("black friday", "DATE", "2024-11-29"),
            ("cyber monday", "DATE", "2024-12-02"),
            ("midnight", "TIME", "2024-12-02T24:00"),
        ],
    ),
    # ---- weather and sports
    (
        "weather_heat_advisory_thru_thurs",
        "2024-05-14",
        "heat advisory thru thurs, highs in the 90s 🥵 storms possible wed night. sun's out "
        "guns out",
        [("thurs", "DATE", "2024-05-16"), ("wed night", "TIME", "2024-05-15TNI")],
    ),
    (
        "weather_hottest_june_on_record_every_other_wknd",
        "2024-07-01",
        "that was the hottest june on record 🥵 and the heat dome sticks around for 5 more days. "
        "hitting the pool every other wknd is the only way i'm surviving",
        [
            ("june", "DATE", "2024-06"),
            ("5 more days", "DURATION", "P5D"),
            ("every other wknd", "SET", "P2W"),
        ],
    ),
    (
        "sports_next_up_sun_4_25pm_fan_since_98",
        "2024-09-30",
        "what a game 🏈 won 31-28 in OT last nite. next up: @ Dallas sun 4:25pm. been a fan "
        "since '98",
        [
            ("last nite", "TIME", "2024-09-29TNI"),
            ("sun 4:25pm", "TIME", "2024-10-06T16:25"),
            ("'98", "DATE", "1998"),
        ],
    ),
    (
        "job_got_an_interview_thurs",
        "2024-06-18",
        "got an interview thurs @ 2!! first callback in 6 months 🙏",
        [
            ("thurs @ 2", "TIME", "2024-06-20T14:00"),
            ("6 months", "DURATION", "P6M"),
        ],
    ),
    (
        "job_interview_for_a_role_i_applied_to",
        "2024-06-18",
        "interview thurs @ 2 for a role I applied to back in april!!",
        [
            ("thurs @ 2", "TIME", "2024-06-20T14:00"),
            ("april", "DATE", "2024-04"),
        ],
    ),
    (
        "weather_until_the_4th_after_june",
        "2024-07-01",
        "hottest june on record and the heat dome sticks around until the 4th 🥵",
        [
            ("june", "DATE", "2024-06"),
            ("the 4th", "DATE", "2024-07-04"),
        ],
    ),
    (
        "job_unemployed_since_oct_final_round_on_the_28th",
        "2024-03-20",
        "been unemployed since oct. 47 applications, 2 interviews. final round is on the 28th!!",
        [
            ("oct", "DATE", "2023-10"),
            ("the 28th", "DATE", "2024-03-28"),
        ],
    ),
]


@pytest.mark.parametrize(
    "text",
    [
        "#NewMusicFriday #WaybackWednesday #FlashbackFriday",
        "day 12 of 30 ✅ no excuses",
        "sat down with my coach, may I say the 5:2 diet works. follow @june2020 for recipes",
        "Mon Cheri chocolates 4ever 😍 gr8 deal: 2 for 1 at the 7-11, open 24/7, just $5",
        "we march on 💪 1st place, top 10 in the league, #2 seed, won 3-1. sun's out guns out",
        "He has not spoken to Jan since. Thanks to Jan and Dec for the help.",
        "Add the sugar, then stir in due 1/2 cup of milk.",
        "the biggest march on record went right through downtown ✊",
    ],
)
def test_social_look_alikes_are_not_times(text: str) -> None:
    """Theme-day hashtags, a challenge's day count, verbs and names that spell days or months,
    slang numbers, scores, ranks, prices, a diet's ratio, a handle, "Jan" as a name after "to",
    a fraction after "due" and a protest march after a superlative are no times."""
    assert _mentions(text, "2024-06-18") == []


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("The gallery is open until Nov and Dec visits need a booking.", ["Nov"]),
        ("The hearing was pushed back to Friday.", ["Friday"]),
        ("The vote was held Friday.", ["Friday"]),
    ],
)
def test_social_rules_in_formal_text(text: str, found: list[str]) -> None:
    """A capitalised short month after "until" is a month, but not after "and" where it opens a
    noun phrase; weekdays keep their reading."""
    assert [m for m, _, _ in _mentions(text, "2023-09-12")] == found
