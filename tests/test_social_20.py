"""Social media, twentieth round: work and career posts of 2016-2025, one post a document, with
the post's date as the document date: LinkedIn posts (a last day and a new position, a
promotion, a hiring post, open to work), out-of-office replies, Slack and
Teams standups and channel messages, job hunting on Reddit, and freelancers' posts.

Each post was written for these tests in the style of its kind; its weekday is checked with
datetime by ``passages.news`` (2016-08-26 is a Friday; 2018-02-07 a Wednesday; 2019-11-25 a
Monday (2019-11-26 the Tuesday after, 2019-11-27 the Wednesday, 2019-11-28 the Thursday);
2021-04-20 a Tuesday; 2023-06-04 a Sunday (2023-06-02 the Friday
before, 2023-06-05 the Monday after); 2023-12-21 a Thursday; 2024-05-14 a Tuesday of ISO week
20; 2024-05-16 a Thursday (2024-05-21 the Tuesday after); 2024-07-01 a Monday of ISO week 27
(2024-07-05 the Friday after); 2024-10-08 a Tuesday (2024-10-10 the Thursday after); 2025-01-02
a Thursday (2025-01-06 the Monday after); 2025-03-10 a Monday; 2025-10-10 a Friday).

What the posts say: a start told in the participle with its object before its weekday
("Starting a new position at Globex on Monday", posted on a Sunday) is the Monday after; an
out-of-office reply's "returning Tuesday" is the Tuesday ahead, as its "back Tuesday" is; a
hiring post's "for a March start" is the March ahead; a standup's "design sync at 2:30" is a
meeting of the working day, 14:30, as "See you at 2:30" is (tests/test_noticed_gaps_33.py);
"offer by end of month", "release notes by end of week", as business writing drops the article,
are the end of this month or this week (mod END), as "the end of the month" and "by end of
year" (date.year_end) are; a last day that "is the 22nd" is a day of the month also when a
clause of its own follows with "and" ("Last day is the 22nd and my first day is 11/4"), and so
is a first day that is a month and day in figures; a freelancer's "Rates go up Jan 1" is the
coming first of January, told in the present of a timetable; a full calendar ("Booked solid
through September") is a state, no past, and looks ahead to its month, as "I'm booked through
August", written in October, does; "As a 1099 contractor", "my 1099" name a tax form.

Decided by TimeML's reading and the earlier rounds: a bare quarter is of the post's year by
the tense, as tests/test_news_*.py read "the third quarter" ("Q3 OKRs" in July is 2024-Q3; an
OKR is no time but its quarter is); "EOD", "EOW", "COB Thursday" are the end of that day or
week (date.end_of_abbrev); "Yesterday:" and "Today:" opening a standup's lines are days; "2
weeks' notice" is a duration, as "6 months of searching" is; "net 30", payment terms, is no
duration: the number names the terms with no unit, as a TimeML annotator tags nothing in
"Net 60 terms" (where "within 30 days" is a duration); a sprint's number ("sprint 14"), a
version ("Windows 11", "Office 365"), a retirement plan ("401(k)"), tax forms ("W-2", "a 1099
contractor", "W-2 vs 1099"), a funding round ("Series B"), a list ("the Fortune 500"), "24/7"
and "9-5" are no times; a year 1099 is still one in a history ("Jerusalem fell in 1099").
tests/test_social.py to tests/test_social_19.py hold the first nineteen rounds; what chrono
does not read yet is marked ``xfail`` with its reason.
"""

from __future__ import annotations

import pytest
from passages import Row, marked_unmet, news

# What chrono does not read yet, by the post's id, with the reason (strict: a fix must take
# its id out).
UNMET: dict[str, str] = {}

# (document date, its weekday, post, expected mentions)
POSTS = marked_unmet(
    UNMET,
    # ------------------------------------------------------------ LinkedIn
    pytest.param(
        # a last day behind, a new position's first day ahead
        "2023-06-04",
        "Sunday",
        "After 7 years at Acme, Friday was my last day. Starting a new position at Globex on "
        "Monday as Head of Data 💙 Onwards!",
        [
            ("7 years", "DURATION", "P7Y"),
            ("Friday", "DATE", "2023-06-02"),
            ("Monday", "DATE", "2023-06-05"),
        ],
        id="linkedin_last_day_new_position",
    ),
    pytest.param(
        "2018-02-07",
        "Wednesday",
        "Happy to share I've been promoted to Engineering Manager! 🎉 Three years ago I joined as "
        "a junior dev; since 2016 I've led the payments team.",
        [("Three years ago", "DATE", "2015"), ("2016", "DATE", "2016")],
        id="linkedin_promoted",
    ),
    pytest.param(
        # the quarter of the post's year; the start is the March ahead; the round, the plan
        # and the list are no times
        "2024-07-01",
        "Monday",
        "Kicking off Q3 OKRs this week 🚀 We're a Series B startup hiring for a March start: 2 "
        "senior engineers, 401(k) match, remote-friendly. Applications close Friday.",
        [
            ("Q3", "DATE", "2024-Q3"),
            ("this week", "DATE", "2024-W27"),
            ("March", "DATE", "2025-03"),
            ("Friday", "DATE", "2024-07-05"),
        ],
        id="linkedin_hiring_for_a_march_start",
    ),
    pytest.param(
        "2021-04-20",
        "Tuesday",
        "#OpenToWork 💼 I've been at Initech since 2019, and after 2 years I'm ready for "
        "something new. Available from June 1, notice period 1 month.",
        [
            ("2019", "DATE", "2019"),
            ("2 years", "DURATION", "P2Y"),
            ("June 1", "DATE", "2021-06-01"),
            ("1 month", "DURATION", "P1M"),
        ],
        id="linkedin_open_to_work_since_2019",
    ),
    # ------------------------------------------------------------ out-of-office replies
    pytest.param(
        "2023-12-21",
        "Thursday",
        "Automatic reply: I'm out of the office from Dec 22 through Jan 3 with limited access to "
        "email. For urgent matters please contact Jane Doe.",
        [("Dec 22", "DATE", "2023-12-22"), ("Jan 3", "DATE", "2024-01-03")],
        id="ooo_dec_22_through_jan_3",
    ),
    pytest.param(
        # office hours are no times
        "2025-01-02",
        "Thursday",
        "Thanks for your message. I'm on annual leave and back on Monday 6th. For anything "
        "urgent, call the office 9-5.",
        [("Monday 6th", "DATE", "2025-01-06")],
        id="ooo_back_on_monday_6th",
    ),
    pytest.param(
        # "returning" a day is the day ahead, as "back" a day is
        "2024-05-16",
        "Thursday",
        "OOO at a conference in Berlin, returning Tuesday. Limited access to Slack until then.",
        [("Tuesday", "DATE", "2024-05-21")],
        id="ooo_returning_tuesday",
    ),
    # ------------------------------------------------------------ Slack and Teams
    pytest.param(
        # a standup's lines; a meeting's bare hour is of the working day
        "2024-05-14",
        "Tuesday",
        "Yesterday: finished the auth PR. Today: code reviews, the 9am standup, design sync at "
        "2:30. Blockers: none. Shipping the fix EOD, docs by EOW.",
        [
            ("Yesterday", "DATE", "2024-05-13"),
            ("Today", "DATE", "2024-05-14"),
            ("9am", "TIME", "2024-05-14T09:00"),
            ("2:30", "TIME", "2024-05-14T14:30"),
            ("EOD", "DATE", "2024-05-14"),
            ("EOW", "DATE", "2024-W20"),
        ],
        id="standup_yesterday_today_blockers",
    ),
    pytest.param(
        # the sprint's number is no time
        "2019-11-25",
        "Monday",
        "@channel need the deck by COB Thursday pls 🙏 sprint 14 ends next Wed, so demo at 4 "
        "tomorrow and release notes by end of week. Office 365 is down again lol",
        [
            ("COB Thursday", "DATE", "2019-11-28"),
            ("next Wed", "DATE", "2019-11-27"),
            ("4 tomorrow", "TIME", "2019-11-26T16:00"),
            ("end of week", "DATE", "2019-W48"),
        ],
        id="slack_cob_thursday_sprint_14",
    ),
    # ------------------------------------------------------------ job hunting
    pytest.param(
        "2024-10-08",
        "Tuesday",
        "Update: applied on the 3rd, recruiter called Friday, interview next Thursday, and they "
        "said offer by end of month. 6 months of searching 😩",
        [
            ("the 3rd", "DATE", "2024-10-03"),
            ("Friday", "DATE", "2024-10-04"),
            ("next Thursday", "DATE", "2024-10-10"),
            ("end of month", "DATE", "2024-10"),
            ("6 months", "DURATION", "P6M"),
        ],
        id="reddit_applied_on_the_3rd",
    ),
    pytest.param(
        # a last day and a first day that "are" days
        "2024-10-08",
        "Tuesday",
        "Got the offer!! Handing in my 2 weeks' notice tomorrow. Last day is the 22nd and my first "
        "day is 11/4 🎉",
        [
            ("2 weeks", "DURATION", "P2W"),
            ("tomorrow", "DATE", "2024-10-09"),
            ("the 22nd", "DATE", "2024-10-22"),
            ("11/4", "DATE", "2024-11-04"),
        ],
        id="reddit_two_weeks_notice",
    ),
    # ------------------------------------------------------------ freelancers
    pytest.param(
        # payment terms are no duration; a full calendar is no past; a change told in the
        # present is ahead
        "2025-03-10",
        "Monday",
        "Freelance PSA 📢 invoices are net 30, no exceptions. Booked solid through September. "
        "Rates go up Jan 1, so lock in 2025 pricing now.",
        [
            ("September", "DATE", "2025-09"),
            ("Jan 1", "DATE", "2026-01-01"),
            ("2025", "DATE", "2025"),
            ("now", "DATE", "PRESENT_REF"),
        ],
        id="freelancer_rates_go_up_jan_1",
    ),
    pytest.param(
        # the tax form is no year
        "2016-08-26",
        "Friday",
        "Freelance life 💻 wrapped a 3-month contract today, next gig starts Sept 6. As a 1099 "
        "contractor I still haven't been paid for June.",
        [
            ("3-month", "DURATION", "P3M"),
            ("today", "DATE", "2016-08-26"),
            ("Sept 6", "DATE", "2016-09-06"),
            ("June", "DATE", "2016-06"),
        ],
        id="freelancer_1099_contractor",
    ),
    pytest.param(
        "2025-10-10",
        "Friday",
        "I'm booked through August 🙏 DM me to join the waitlist.",
        [("August", "DATE", "2026-08")],
        id="freelancer_booked_through_august",
    ),
    pytest.param(
        # a meeting's hour with its day after it is of the working day too
        "2024-10-08",
        "Tuesday",
        "Final round done ✅ the panel interview at 3:30 on Friday went well, fingers crossed",
        [("3:30 on Friday", "TIME", "2024-10-04T15:30")],
        id="reddit_interview_at_3_30_on_friday",
    ),
)


@pytest.mark.parametrize(("dct", "weekday", "post", "expected"), POSTS)
def test_post(dct: str, weekday: str, post: str, expected: list[Row]) -> None:
    """Every time a LinkedIn post, an out-of-office reply, a standup, a job hunt or a
    freelancer's post names is found, with its type and its value."""
    assert news(post, dct, weekday) == expected


LOOK_ALIKES = [
    pytest.param(text, id=text)
    for text in (
        "sprint 14",
        "Sprint 14 retro",
        "Windows 11",
        "Office 365",
        "401(k)",
        "W-2",
        "a 1099 contractor",
        "I got my 1099 in the mail",
        "W-2 vs 1099",
        "got a 1099 from Uber",
        "1099-NEC",
        "net 30",
        "Net 60 terms",
        "Series B",
        "the Fortune 500",
        "a Fortune 500 company",
        "24/7",
        "24/7 support",
        "9-5",
        "a 9-to-5 job",
        "OKR 3.2",
        "v2.3 release",
        "PR #482",
        "5+ YOE",
        "L6",
    )
]


@pytest.mark.parametrize("text", LOOK_ALIKES)
def test_post_look_alikes(text: str) -> None:
    """A sprint's number, versions, a retirement plan, tax forms, payment terms, a funding
    round, a list, round-the-clock and office hours are no times."""
    assert news(text, "2024-05-14", "Tuesday") == []


FORMAL = [
    pytest.param(
        "Jerusalem fell to the crusaders in 1099.",
        [("1099", "1099")],
        id="the_year_1099_stays",
    ),
    pytest.param(
        "The 1099 siege of Jerusalem ended the First Crusade.",
        [("1099", "1099")],
        id="the_1099_siege_stays",
    ),
    pytest.param(
        "The quake struck at 2:30, when most residents were asleep.",
        [("2:30", "2024-05-14T02:30")],
        id="a_clock_time_is_what_the_clock_says",
    ),
    pytest.param(
        "Police received a call at 2:30 from a neighbour.",
        [("2:30", "2024-05-14T02:30")],
        id="a_call_at_any_hour",
    ),
    pytest.param(
        "The board meeting at 2:30 p.m. was cut short.",
        [("2:30 p.m.", "2024-05-14T14:30")],
        id="a_meeting_with_its_p_m",
    ),
    pytest.param(
        "The president, returning Tuesday from a week in Asia, said talks would resume.",
        [("Tuesday", "2024-05-14"), ("a week", "P1W")],
        id="returning_from_a_trip_is_behind",
    ),
    pytest.param(
        "He was returning Tuesday.",
        [("Tuesday", "2024-05-14")],
        id="a_return_told_in_the_past_is_behind",
    ),
    pytest.param(
        "The hotel was booked through August, its manager said.",
        [("August", "2023-08")],
        id="a_booking_told_in_the_past_is_behind",
    ),
    pytest.param(
        "The resort was booked solid through June, its owner said.",
        [("June", "2023-06")],
        id="a_full_calendar_told_in_the_past_is_behind",
    ),
    pytest.param(
        "He fell ill after starting a new treatment on Monday.",
        [("Monday", "2024-05-13")],
        id="a_start_told_done_is_behind",
    ),
    pytest.param(
        "Prices rose in January and fell by the end of the month.",
        [("January", "2024-01"), ("the end of the month", "2024-01")],
        id="the_end_of_the_month_stays",
    ),
    pytest.param(
        "Retail prices rose 3 percent on Jan. 1.",
        [("Jan. 1", "2024-01-01")],
        id="a_past_rise_on_a_day_stays_behind",
    ),
    pytest.param(
        "Fares went up Jan. 1 and a rise in March followed.",
        [("Jan. 1", "2024-01-01"), ("March", "2024-03")],
        id="a_rise_told_done_and_a_noun_stay_behind",
    ),
    pytest.param(
        "The carmaker aimed for a March launch but slipped after a slow February start.",
        [("March", "2024-03"), ("February", "2024-02")],
        id="a_start_aimed_for_in_the_past_is_behind",
    ),
    pytest.param(
        "The deal was signed on the 12th and the 13th.",
        [("the 12th", "2024-05-12"), ("the 13th", "2024-05-13")],
        id="two_days_of_the_month_stay",
    ),
]


@pytest.mark.parametrize(("text", "expected"), FORMAL)
def test_post_rules_in_formal_text(text: str, expected: list[tuple[str, str]]) -> None:
    """The look-alikes of the posts' rules in formal text: a year 1099, a clock time that is no
    meeting's, a trip's return told in the past, the end of a month with its article, a rise
    told done and two days of the month."""
    assert [(m, v) for m, _, v in news(text, "2024-05-14", "Tuesday")] == expected
