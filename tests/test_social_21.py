"""Social media, twenty-first round: school, university and parenting posts of 2016-2025, one
post a document, with the post's date as the document date: parents' groups and school
newsletters, students on Reddit and Discord, college applications, and parents' posts about
naps, checkups and milestones.

Each post was written for these tests in the style of its kind; its weekday is checked with
datetime by ``passages.news`` (2016-09-07 is a Wednesday; 2023-10-20 a Friday; 2023-12-04 a
Monday (2023-12-05 the Tuesday after, 2023-12-10 the Sunday); 2024-01-22 a Monday of ISO week
4 (2024-01-24 the Wednesday after); 2024-02-01 a Thursday; 2024-04-15 a Monday; 2024-06-03 a
Monday (2024-06-06 the Thursday after); 2024-10-09 a Wednesday (2024-10-11 the Friday after,
2024-10-14 the Monday); 2024-10-28 a Monday; 2024-11-12 a Tuesday (2024-11-13 the Wednesday
after, 2024-11-14 the Thursday, 2024-11-15 the Friday); 2025-02-12 a Wednesday of ISO week 7;
2025-07-30 a Wednesday; 2025-08-01 a Friday (2025-08-05 the Tuesday after)).

What the posts say: a school's notice of a closing or of a short day ("No school Monday for
teacher in-service", "Early dismissal at 12:30 on Friday") tells a day ahead with no verb, as
a poster's "Car wash Saturday 10am-2pm" does (tests/test_social_14.py); "Parent-teacher
conferences Thursday and Friday 4-7pm" are those two days of the coming week, not every
Thursday and Friday, and the hours are of the last day named, as "Saturday 5-7pm" gives them;
"Meet the Teacher is Tuesday 5-6:30pm" shares the p.m. of its end with its start, as "5-7pm"
does; "the first day of school" is the school's first day, dated by what follows it ("is Aug
14"), no span of one day, as "the last day of school" is none; a course's code ("ECON 1101",
"Psych 1010") and a test score ("SAT 1450", "a 1520 on the SAT") are no years; "a gap year" is
a year, as "a year off" is; "starting in the fall semester", written in April, is the coming
fall, and the season is the date without the term it names, as "the autumn term" gives
"autumn"; a child's schedule ("nap at 1, bedtime 7:30", "lights out at 8") tells an
afternoon nap and an evening bedtime, as "dinner at 7:30" is an evening's.

Decided by TimeML's reading and the earlier rounds: "Class of 2028" holds its year, as
TimeBank tags a year naming a class (tests/test_news_19.py, "The Class of 1969"); a child's
age told with "old" or "yo" ("18 months old", "the 2 yo") is untagged, as ages are
(tests/test_biographies.py), but a point or a stage of a life measured from birth ("a sleep
regression at 4 months") is a length, as "a 3-month contract" is (the age a checkup is named
by, "the 18-month checkup", is none since tests/test_noticed_gaps_69.py);
"finals week", "junior year" and "Meet the Teacher" name an event or a stage whose dates the
post does not give, as "my birthday week" (tests/test_social_14.py) is none; "March 25-29" is
two dates, as "Oct 12-15" is (tests/test_social_16.py); a bare range of hours after a
weekday's abbreviation ("office hours Wed 2-4") is no time, as a garage sale's "Sat 8-2" is
none. Grades, years and rooms of a school ("Grade 3", "Year 10", "Room 204"), courses ("CS
101", "AP Calc BC"), chapters, a GPA, test scores, buses, "K-12", "24/7" and a count of kids
are no times. tests/test_social.py to tests/test_social_20.py hold the first twenty rounds;
what chrono does not read yet is marked ``xfail`` with its reason.
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
    # ------------------------------------------------------------ parents' groups, newsletters
    pytest.param(
        # a closing told with no verb is ahead
        "2024-10-09",
        "Wednesday",
        "Reminder from the PTA 📣 No school Monday for teacher in-service. Picture day is Oct "
        "23, order forms went home today.",
        [
            ("Monday", "DATE", "2024-10-14"),
            ("Oct 23", "DATE", "2024-10-23"),
            ("today", "DATE", "2024-10-09"),
        ],
        id="pta_no_school_monday",
    ),
    pytest.param(
        "2024-10-09",
        "Wednesday",
        "Early dismissal at 12:30 on Friday for parent-teacher conferences.",
        [("12:30 on Friday", "TIME", "2024-10-11T12:30")],
        id="early_dismissal_at_12_30_on_friday",
    ),
    pytest.param(
        # a run of days is two dates
        "2025-02-12",
        "Wednesday",
        "From the principal: report cards go home next week, and the break runs March 25-29.",
        [
            ("next week", "DATE", "2025-W08"),
            ("March 25", "DATE", "2025-03-25"),
            ("29", "DATE", "2025-03-29"),
        ],
        id="report_cards_next_week_break_march_25_29",
    ),
    pytest.param(
        # two days of the coming week with their hours, no set; the bus is no time
        "2024-11-12",
        "Tuesday",
        "Parent-teacher conferences Thursday and Friday 4-7pm, sign up for a slot by "
        "Wednesday. Bus 12 runs as usual.",
        [
            ("Thursday", "DATE", "2024-11-14"),
            ("Friday", "DATE", "2024-11-15"),
            ("4", "TIME", "2024-11-15T16:00"),
            ("7pm", "TIME", "2024-11-15T19:00"),
            ("Wednesday", "DATE", "2024-11-13"),
        ],
        id="conferences_thursday_and_friday_4_7pm",
    ),
    pytest.param(
        # the start of the range shares the p.m. of its end; a grade and a room are no times
        "2025-08-01",
        "Friday",
        "Meet the Teacher is Tuesday 5-6:30pm in the gym 🍎 Grade 3 families, Room 204 is "
        "upstairs.",
        [
            ("Tuesday", "DATE", "2025-08-05"),
            ("5", "TIME", "2025-08-05T17:00"),
            ("6:30pm", "TIME", "2025-08-05T18:30"),
        ],
        id="meet_the_teacher_tuesday_5_6_30pm",
    ),
    pytest.param(
        # the school's first day is dated by what follows it, no span of one day
        "2025-07-30",
        "Wednesday",
        "Back to school 🎒 the first day of school is Aug 14! Supply lists for K-12 are on the "
        "website.",
        [("Aug 14", "DATE", "2025-08-14")],
        id="first_day_of_school_aug_14",
    ),
    # ------------------------------------------------------------ students on Reddit, Discord
    pytest.param(
        # "finals week" names no dated week; the course is no time
        "2023-12-04",
        "Monday",
        "finals week is killing me 😭 midterm on Tuesday, and the essay is due at 11:59pm "
        "Sunday. AP Calc BC flashbacks",
        [
            ("Tuesday", "DATE", "2023-12-05"),
            ("11:59pm Sunday", "TIME", "2023-12-10T23:59"),
        ],
        id="finals_week_essay_due_at_11_59pm_sunday",
    ),
    pytest.param(
        # the hours after the weekday's abbreviation are no times; room and course are none
        "2024-01-22",
        "Monday",
        "office hours moved to Wed 2-4 in Room 204 this week, CS 101 lab is still Thursdays",
        [
            ("Wed", "DATE", "2024-01-24"),
            ("this week", "DATE", "2024-W04"),
            ("Thursdays", "SET", "XXXX-WXX-4"),
        ],
        id="office_hours_wed_2_4",
    ),
    pytest.param(
        # courses' codes are no years
        "2024-10-28",
        "Monday",
        "PSA: registration opens Nov 4 at 8am for spring 2025 classes. ECON 1101 and Psych "
        "1010 fill up fast!",
        [
            ("Nov 4 at 8am", "TIME", "2024-11-04T08:00"),
            ("spring 2025", "DATE", "2025-SP"),
        ],
        id="registration_opens_nov_4_at_8am",
    ),
    pytest.param(
        # a year off is a year; a class holds its year
        "2024-04-15",
        "Monday",
        "graduating in May!! Class of 2024 🎓 taking a gap year before college, 4 years went by "
        "so fast",
        [
            ("May", "DATE", "2024-05"),
            ("2024", "DATE", "2024"),
            ("a gap year", "DURATION", "P1Y"),
            ("4 years", "DURATION", "P4Y"),
        ],
        id="graduating_in_may_gap_year",
    ),
    pytest.param(
        # the season of a term, ahead; "Junior year" is a stage, no time
        "2024-04-15",
        "Monday",
        "Update: got off the waitlist!! I'm starting in the fall semester. Junior year was "
        "rough ngl",
        [("fall", "DATE", "2024-FA")],
        id="starting_in_the_fall_semester",
    ),
    # ------------------------------------------------------------ applications
    pytest.param(
        # a GPA and a test score are no times
        "2023-10-20",
        "Friday",
        "ED deadline Nov 1 and decisions come out mid-December 😬 4.0 GPA, SAT 1450, 12 APs, "
        "praying",
        [("Nov 1", "DATE", "2023-11-01"), ("mid-December", "DATE", "2023-12")],
        id="early_decision_deadline_nov_1",
    ),
    pytest.param(
        "2024-02-01",
        "Thursday",
        "I've been waiting 6 weeks for an answer from my dream school. Class of 2028 hopeful 🤞 "
        "got a 1520 on the SAT last spring",
        [
            ("6 weeks", "DURATION", "P6W"),
            ("2028", "DATE", "2028"),
            ("last spring", "DATE", "2023-SP"),
        ],
        id="waiting_6_weeks_class_of_2028",
    ),
    # ------------------------------------------------------------ parenting
    pytest.param(
        # points of a life measured from birth are lengths; the age a checkup is named by none
        "2024-06-03",
        "Monday",
        "My daughter turns 3 next month and we're in a sleep regression again 😩 the one at 4 "
        "months was nothing. Her brother's 18-month checkup is Thursday, and he was potty "
        "trained in a weekend lol",
        [
            ("next month", "DATE", "2024-07"),
            ("4 months", "DURATION", "P4M"),
            ("Thursday", "DATE", "2024-06-06"),
            ("a weekend", "DURATION", "P1WE"),
        ],
        id="turns_3_next_month_sleep_regression",
    ),
    pytest.param(
        # a nap after lunch, a bedtime in the evening; an age and a count of kids are no times
        "2024-06-03",
        "Monday",
        "Our schedule with the 2 yo: wake 6:30, nap at 1, bedtime 7:30. The 3 kids share a "
        "room lol",
        [
            ("6:30", "TIME", "2024-06-03T06:30"),
            ("1", "TIME", "2024-06-03T13:00"),
            ("7:30", "TIME", "2024-06-03T19:30"),
        ],
        id="schedule_nap_at_1_bedtime_7_30",
    ),
    pytest.param(
        # a bedtime is the evening's, with its minutes or its bare hour
        "2016-09-07",
        "Wednesday",
        "Bedtime is 7:30 on school nights since kindergarten started 😴 lights out at 8 for the "
        "big kids",
        [("7:30", "TIME", "2016-09-07T19:30"), ("8", "TIME", "2016-09-07T20:00")],
        id="bedtime_is_7_30_lights_out_at_8",
    ),
)


@pytest.mark.parametrize(("dct", "weekday", "post", "expected"), POSTS)
def test_post(dct: str, weekday: str, post: str, expected: list[Row]) -> None:
    """Every time a school's notice, a student's post, an applicant's post or a parent's post
    names is found, with its type and its value."""
    assert news(post, dct, weekday) == expected


LOOK_ALIKES = [
    pytest.param(text, id=text)
    for text in (
        "Grade 3",
        "my son is in Year 10",
        "Year 10 students",
        "Room 204",
        "CS 101",
        "ECON 1101",
        "Psych 1010 final",
        "MATH 2210 midterm",
        "Physics 1110 lab",
        "Chapter 11",
        "AP Calc BC",
        "a 4.0 GPA",
        "SAT 1450",
        "got a 1450 on the SAT",
        "she scored 1520 on the SAT",
        "ACT 34",
        "Bus 12",
        "K-12",
        "24/7",
        "the 3 kids",
        "the 2 yo",
        "he's 18 months old",
        "finals week",
        "junior year",
        "5th grade",
        "Period 3",
        "Unit 5 test",
        "12 APs",
        "the first week of kindergarten is half days",
        "the first day of 3rd grade went great",
        "the first day of the spring semester",
        "my gap year was the best",
    )
]


@pytest.mark.parametrize("text", LOOK_ALIKES)
def test_post_look_alikes(text: str) -> None:
    """Grades, school years, rooms, courses and their codes, chapters, a GPA, test scores,
    buses, "K-12", round-the-clock, a count of kids, ages and a school's stages are no times;
    nor is a school's first day or week, with no date."""
    assert news(text, "2024-05-14", "Tuesday") == []


FORMAL = [
    pytest.param(
        "The SAT was first given in 1926.",
        [("1926", "1926")],
        id="the_year_the_sat_began_stays",
    ),
    pytest.param(
        "Average SAT scores fell in 2019, the College Board said on Tuesday.",
        [("2019", "2019"), ("Tuesday", "2024-05-14")],
        id="a_year_after_sat_scores_stays",
    ),
    pytest.param(
        "Scores fell in 2019 on the SAT, and the ACT 2020 election was close.",
        [("2019", "2019"), ("2020", "2020")],
        id="a_year_before_on_the_sat_and_an_act_election_stay",
    ),
    pytest.param(
        "Gutenberg printed his first Bible around 1450 in Mainz.",
        [("1450", "1450")],
        id="the_year_1450_stays",
    ),
    pytest.param(
        "The train left at 7:30 after bedtime stories.",
        [("7:30", "2024-05-14T07:30")],
        id="a_clock_time_after_bedtime_stories_stays",
    ),
    pytest.param(
        "Shares rose on the first day of trading.",
        [("the first day", "P1D")],
        id="the_first_day_of_trading_stays",
    ),
    pytest.param(
        "In the first week of his term, the president signed 30 orders.",
        [("the first week", "P1W")],
        id="the_first_week_of_an_office_stays",
    ),
    pytest.param(
        "On the first day of the trial, the defendant wept.",
        [("the first day", "2024-05-14")],
        id="the_first_day_of_a_trial_stays",
    ),
    pytest.param(
        "The senator took a year off in 1998 before her first campaign.",
        [("a year", "P1Y"), ("1998", "1998")],
        id="a_year_off_stays",
    ),
    pytest.param(
        "The Nobel Prize in Physics 2019 was awarded to three scientists.",
        [("2019", "2019")],
        id="a_year_after_a_nobel_field_stays",
    ),
    pytest.param(
        "The board adopted the Accounting 2020 standards on Tuesday.",
        [("2020", "2020"), ("Tuesday", "2024-05-14")],
        id="a_year_after_accounting_stays",
    ),
]


@pytest.mark.parametrize(("text", "expected"), FORMAL)
def test_post_rules_in_formal_text(text: str, expected: list[tuple[str, str]]) -> None:
    """The look-alikes of the posts' rules in formal text: years beside the SAT and an ACT
    election, a year after a field named by its word ("the Nobel Prize in Physics 2019",
    "Accounting 2020"), not a course's code, a year 1450, the first day of trading or of a
    trial, the first week of an office's term, a year off, a clock time near "bedtime" that is
    not the bedtime's."""
    assert [(m, v) for m, _, v in news(text, "2024-05-14", "Tuesday")] == expected
