"""Social media, eleventh round: events, sales and announcements posted by organisations. A
library, a band, a café, a transit agency, a museum, a gym, a city council, a university, a
sports club, a school, a charity, a shop, a doughnut shop and a bookshop, in their usual
styles: posters without verbs, opening hours, service changes, save-the-dates and deadlines.

Each post was written for these tests in the style of its kind, with its posting date as the
document date (weekdays checked with datetime: 2024-05-22 is a Wednesday (2024-05-31 the
Friday after, 2024-06-08 a Saturday), 2024-11-06 a Wednesday (2024-11-08 the Friday after),
2024-05-23 a Thursday (2024-05-27 the Monday after, 2024-05-28 the Tuesday), 2024-06-05 a
Wednesday of ISO week 23 (2024-06-08 the Saturday after, 2024-06-09 the Sunday, 2024-06-10
the Monday), 2024-03-14 a Thursday, 2025-03-04 a Tuesday (2025-03-10 the Monday after),
2024-12-09 a Monday (2024-12-25 a Wednesday, 2024-12-27 a Friday, 2025-01-01 a Wednesday,
2025-01-02 a Thursday), 2024-08-20 a Tuesday of ISO week 34 (2024-09-02 a Monday, 2024-09-09
a Monday, 2024-09-13 a Friday), 2024-09-03 a Tuesday of ISO week 36 (2024-09-05 the Thursday
after, 2024-09-09 the Monday, 2024-09-12 the Thursday, 2024-09-14 the Saturday, 2024-09-04
the Wednesday), 2024-10-01 a Tuesday (2024-10-03 the Thursday after, 2024-10-14 a Monday,
2024-10-28 a Monday, 2024-11-01 a Friday), 2024-11-06 a Wednesday (2024-12-03, Giving
Tuesday, the Tuesday after Thanksgiving), 2024-06-28 a Friday (2024-06-30 the Sunday after),
2024-06-07 a Friday, the first of June: National Donut Day).

What the posts say: a poster's bare hours after a day are no year ("kicks off Sat June 8,
10-2!": the day, and "10" is no year 2010). What closes, ends or opens on a month and day in
figures is dated by it ("Registration closes 5/31"), as what starts or is due is (tests/
test_social_9.py). An American poster writes the month first with dots ("Save the date:
9.14.24"): a second number above 12 can only be the day. A deadline's "RSVP by Mon" is a day,
as "moved to Mon" is, and "RSVP" looks ahead ("RSVP by Monday" is the coming one); a notice's
verbless "back Tues" (after "Closed Mon 27th for the bank holiday") is the day it reopens,
ahead. Opening hours on a range of weekdays ("Mon-Fri 5am-10pm") are sets of weekdays with
times of no day. A run of days ("Sept 2-6") is its first day and its last.

Look-alikes, by TimeML's reading: a bus route "Route 6/8", a gate "Gate 10-2", "ages 8-12",
"sizes 6-8", "3 for $10", "10% off", a challenge's "Week 3" and a version "1.22.10" are no
times. tests/test_social.py to tests/test_social_10.py hold the first ten rounds.
"""

from __future__ import annotations

import pytest
from passages import Row, mentions


def _mentions(text: str, dct: str) -> list[Row]:
    return mentions(text, dct=dct, genre="news")


# (kind, document date, post, expected mentions)
POSTS: list[tuple[str, str, str, list[Row]]] = [
    # ---- posters: a day, its bare hours, a deadline
    (
        "library_kicks_off_sat_june_8_10_to_2",
        "2024-05-22",
        "📚 Our reading challenge kicks off Sat June 8, 10-2! Registration closes 5/31, "
        "ages 3-12 welcome.",
        [("Sat June 8", "DATE", "2024-06-08"), ("5/31", "DATE", "2024-05-31")],
    ),
    (
        "band_doors_7pm_show_8pm",
        "2024-11-06",
        "TONIGHT at The Crescent 🎸 Doors 7pm, show 8pm. UK tour tickets on sale Fri at 10am! "
        "See you in 2 weeks, Leeds 🖤",
        [
            ("TONIGHT", "TIME", "2024-11-06TNI"),
            ("7pm", "TIME", "2024-11-06T19:00"),
            ("8pm", "TIME", "2024-11-06T20:00"),
            ("Fri at 10am", "TIME", "2024-11-08T10:00"),
            ("2 weeks", "DURATION", "P2W"),
        ],
    ),
    (
        # a verbless "back" after the closure is the day it reopens
        "cafe_closed_mon_27th_back_tues",
        "2024-05-23",
        "Closed Mon 27th for the bank holiday 🌼 back Tues with the new menu! Pre-order cakes "
        "by next Tuesday.",
        [
            ("Mon 27th", "DATE", "2024-05-27"),
            ("Tues", "DATE", "2024-05-28"),
            ("next Tuesday", "DATE", "2024-05-28"),
        ],
    ),
    (
        "transit_service_changes_sat_6_8_sun_6_9",
        "2024-06-05",
        "⚠️ Service changes this weekend (Sat 6/8 - Sun 6/9): Route 6/8 buses detour via Elm "
        "St, Gate 10-2 closed.",
        [
            ("this weekend", "DATE", "2024-W23-WE"),
            ("Sat 6/8", "DATE", "2024-06-08"),
            ("Sun 6/9", "DATE", "2024-06-09"),
        ],
    ),
    (
        "museum_save_the_date_9_14_24",
        "2024-03-14",
        "Save the date: 9.14.24 ✨ our 50th anniversary gala. Tickets go on sale in April.",
        [("9.14.24", "DATE", "2024-09-14"), ("April", "DATE", "2024-04")],
    ),
    (
        # "Week 3" of a challenge is no week of the calendar; the hours are sets
        "gym_week_3_new_hours_mon_fri",
        "2025-03-04",
        "Week 3 of our 30-day challenge 💪 Classes Tues & Thurs 6am. New hours start 3/10: "
        "Mon-Fri 5am-10pm.",
        [
            ("30-day", "DURATION", "P30D"),
            ("Tues", "SET", "XXXX-WXX-2"),
            ("Thurs", "SET", "XXXX-WXX-4"),
            ("6am", "TIME", "XXXX-XX-XXT06:00"),
            ("3/10", "DATE", "2025-03-10"),
            ("Mon", "SET", "XXXX-WXX-1"),
            ("Fri", "SET", "XXXX-WXX-5"),
            ("5am", "TIME", "XXXX-XX-XXT05:00"),
            ("10pm", "TIME", "XXXX-XX-XXT22:00"),
        ],
    ),
    (
        "council_christmas_bin_changes",
        "2024-12-09",
        "🗑️ Christmas bin changes: collections due Wed 25 Dec move to Fri 27 Dec; Wed 1 Jan "
        "moves to Thurs 2 Jan. Council offices close at noon on 24 Dec and reopen 2 Jan 🎄",
        [
            ("Christmas", "DATE", "2024-12-25"),
            ("Wed 25 Dec", "DATE", "2024-12-25"),
            ("Fri 27 Dec", "DATE", "2024-12-27"),
            ("Wed 1 Jan", "DATE", "2025-01-01"),
            ("Thurs 2 Jan.", "DATE", "2025-01-02"),  # "Jan." keeps its stop
            ("noon on 24 Dec", "TIME", "2024-12-24T12:00"),
            ("2 Jan", "DATE", "2025-01-02"),
        ],
    ),
    (
        "university_welcome_week_sept_2_6",
        "2024-08-20",
        "Welcome Week runs Sept 2-6! 🎓 Fall classes begin Monday, Sept. 9. Add/drop closes "
        "9/13 at 5pm. The help desk has extended hours this week.",
        [
            ("Sept 2", "DATE", "2024-09-02"),
            ("6", "DATE", "2024-09-06"),
            ("Monday, Sept. 9", "DATE", "2024-09-09"),
            ("9/13 at 5pm", "TIME", "2024-09-13T17:00"),
            ("this week", "DATE", "2024-W34"),
        ],
    ),
    (
        "club_trials_this_thurs_ages_8_12",
        "2024-09-03",
        "U10 trials this Thurs 5:30-7pm (ages 8-12), bring shin pads! Training Tuesdays and "
        "Thursdays from next week. Season kicks off Sat 14th ⚽",
        [
            ("this Thurs", "DATE", "2024-09-05"),
            ("5:30", "TIME", "2024-09-05T17:30"),
            ("7pm", "TIME", "2024-09-05T19:00"),
            ("Tuesdays", "SET", "XXXX-WXX-2"),
            ("Thursdays", "SET", "XXXX-WXX-4"),
            ("next week", "DATE", "2024-W37"),
            ("Sat 14th", "DATE", "2024-09-14"),
        ],
    ),
    (
        "school_no_school_mon_oct_14_half_term",
        "2024-10-01",
        "Reminder: no school Mon Oct 14 (staff PD day). Picture day is next Thurs! Half term "
        "is 28 Oct - 1 Nov 🍂",
        [
            ("Mon Oct 14", "DATE", "2024-10-14"),
            ("next Thurs", "DATE", "2024-10-03"),
            ("28 Oct", "DATE", "2024-10-28"),
            ("1 Nov", "DATE", "2024-11-01"),
        ],
    ),
    (
        "charity_coat_drive_mon_sat",
        "2024-11-06",
        "Our winter coat drive runs through the end of November 🧥 Drop-offs Mon-Sat 9am-5pm.",
        [
            ("the end of November", "DATE", "2024-11"),
            ("Mon", "SET", "XXXX-WXX-1"),
            ("Sat", "SET", "XXXX-WXX-6"),
            ("9am", "TIME", "XXXX-XX-XXT09:00"),
            ("5pm", "TIME", "XXXX-XX-XXT17:00"),
        ],
    ),
    (
        "shop_last_chance_3_for_10",
        "2024-06-28",
        "Last chance ⏰ sale ends midnight Sunday! 3 for $10 on tees, 10% off sizes 6-8. "
        "New stock lands early July.",
        [("midnight Sunday", "TIME", "2024-06-30T24:00"), ("early July", "DATE", "2024-07")],
    ),
    (
        "bookshop_signing_rsvp_by_mon",
        "2024-09-03",
        "Author signing Thurs 9/12 6:30pm 📖 RSVP by Mon. Kids' hour tomorrow at 4pm!",
        [
            ("Thurs 9/12", "DATE", "2024-09-12"),
            ("6:30pm", "TIME", "2024-09-12T18:30"),
            ("Mon", "DATE", "2024-09-09"),
            ("tomorrow at 4pm", "TIME", "2024-09-04T16:00"),
        ],
    ),
    (
        "library_storytime_every_tuesday_in_june_at_10_30",
        "2024-05-22",
        "Storytime every Tuesday in June at 10:30am (ages 3-5).",
        [
            ("every Tuesday", "SET", "XXXX-WXX-2"),
            ("June", "DATE", "2024-06"),
            ("10:30am", "TIME", "XXXX-XX-XXT10:30"),
        ],
    ),
    (
        "bookshop_book_club_every_2nd_wednesday",
        "2024-09-03",
        "Book club meets every 2nd Wednesday.",
        [("every 2nd Wednesday", "SET", "P2W")],
    ),
]


@pytest.mark.parametrize(
    "text",
    [
        "Route 6/8 buses detour via Gate 10-2 🚌",
        "Camp for ages 8-12, sizes 6-8 back in stock!",
        "3 for $10 on all tees, 10% off everything else 🛍️",
        "Week 3 of our challenge 💪 who's still in?",
        "Upgrade to version 1.22.10 before the update.",
    ],
)
def test_announcement_look_alikes_are_not_times(text: str) -> None:
    """A route, a gate, ages, sizes, a price, a discount, a challenge's week and a version are
    no times."""
    assert _mentions(text, "2024-06-05") == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Please RSVP by Monday.", "2024-06-10"),
        ("RSVP by Monday.", "2024-06-10"),
        ("Gone fishing, back Monday.", "2024-06-10"),
        ("Smith came back Monday from Rome.", "2024-06-03"),
        ("I got back Tues from Rome.", "2024-06-04"),
    ],
)
def test_rsvp_and_a_verbless_back_look_ahead(text: str, value: str) -> None:
    """ "RSVP by" and a notice's verbless "back" look ahead; "came back", "got back" do not."""
    assert [v for _, _, v in _mentions(text, "2024-06-05")] == [value]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("The session ends 1/2 hour early.", ["1/2 hour"]),
        ("The lecture was written by Wed Lee.", []),
        ("On June 8, 10 people were hurt.", ["June 8"]),
        ("The study was dated 9.14.1998 in the file.", ["9.14.1998"]),
    ],
)
def test_announcement_rules_in_formal_text(text: str, found: list[str]) -> None:
    """A fraction after "ends" is no day ("1/2 hour" lasts half an hour, as "half an hour"
    does), a name after "by" and a count after a day's comma stay what they are; a
    month-first dotted date with its four-digit year is a day."""
    assert [m for m, _, _ in _mentions(text, "2023-09-12")] == found


# What chrono does not yet do: each entry says why. (strict: a fix must move it to POSTS.)
UNMET: list[tuple[str, str, str, list[Row], str]] = [
    (
        "university_help_desk_open_late_this_week",
        "2024-08-20",
        "The help desk is open late this week.",
        [("this week", "DATE", "2024-W34")],
        "'late' after 'open' is of the opening hours, but it is read as the late part of the week",
    ),
    (
        "transit_normal_service_resumes_mon_am",
        "2024-06-05",
        "Normal service resumes Mon AM.",
        [("Mon AM", "TIME", "2024-06-10TMO")],
        "a short capitalised weekday before 'AM' (the morning) is read by no rule",
    ),
    (
        "charity_giving_tuesday_every_gift_doubled",
        "2024-11-06",
        "#GivingTuesday is Dec 3: every gift doubled for 24 hrs!",
        [
            ("GivingTuesday", "DATE", "2024-12-03"),
            ("Dec 3", "DATE", "2024-12-03"),
            ("24 hrs", "DURATION", "PT24H"),
        ],
        "the past participle 'doubled' makes the holiday last year's, though the day it is "
        "equated with ('is Dec 3') is read ahead",
    ),
    (
        "donut_shop_happy_national_donut_day",
        "2024-06-07",
        "Happy #NationalDonutDay! 🍩 Free glazed with any coffee today only.",
        [("NationalDonutDay", "DATE", "2024-06-07"), ("today", "DATE", "2024-06-07")],
        "the many 'National X Day' observances of social media are in no holiday table",
    ),
]
