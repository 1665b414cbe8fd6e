"""E-mail, messaging and calendar invitations: headers and threads, invitations, scheduling
back-and-forth, out-of-office replies, work-chat stamps, newsletters, reminders and shipping
and booking confirmations.

Each message was written for these tests in the style of its kind (Outlook and Gmail
headers, forwarded and quoted mail, Outlook and Google Calendar invitations, Slack and Teams
logs, auto-replies, retailer and hotel confirmations), with the day it was sent as the
document date; relative expressions in a reply count from it. Weekdays checked with
datetime: 2024-03-05 is a Tuesday (2024-03-07 the Thursday after), 2024-03-04 a Monday,
2024-03-08 a Friday, 2024-03-11 a Monday, 2024-03-14 a Thursday (2024-03-18 the Monday
after), 2024-05-06 a Monday (2024-05-10 the Friday after), 2024-06-06 a Thursday, 2024-06-03 a
Monday (2024-06-06 the Thursday after), 2024-10-08 a Tuesday (2024-10-10 the Thursday after,
2024-10-14 the Monday after), 2024-11-25 a Monday (2024-11-27 the Wednesday after, 2024-11-28
Thanksgiving), 2024-12-18 a Wednesday (2025-01-02 a Thursday), 2024-04-10 a Wednesday
(2024-04-16 the Tuesday after). The tables pin what must be found, with its type and value,
by TimeML conventions; the look-alikes after them pin what must not. Work mail's "EOD", "COB"
and a plain out-of-office reply are in tests/test_business.py.
"""

from __future__ import annotations

import datetime as dt

import pytest
from passages import Row, mentions

from chrono import extract_document


def _mentions(text: str, dct: str) -> list[Row]:
    return mentions(text, dct=dct, genre="news")


# (kind, document date, message, expected mentions)
MESSAGES: list[tuple[str, str, str, list[Row]]] = [
    # ---- headers and threads
    (
        # a proposal in a question looks ahead: "Can we move the review to Thursday at 3?"
        "outlook_reply_proposal",
        "2024-03-05",
        "From: Dana Whitfield <dana.whitfield@acme.com>\n"
        "Sent: Tuesday, March 5, 2024 10:32 AM\n"
        "To: Ops Team\n"
        "Subject: RE: Q1 vendor review\n\n"
        "Thanks Mark. Can we move the review to Thursday at 3? I'm tied up until noon tomorrow.",
        [
            ("Tuesday, March 5, 2024 10:32 AM", "TIME", "2024-03-05T10:32"),
            ("Q1", "DATE", "2024-Q1"),
            ("Thursday at 3", "TIME", "2024-03-07T15:00"),
            ("noon tomorrow", "TIME", "2024-03-06T12:00"),
        ],
    ),
    (
        "rfc_date_header",
        "2024-03-04",
        "Date: Mon, 4 Mar 2024 09:12:45 +0000\n"
        "From: alerts@bank.example\n"
        "Subject: Your statement is ready\n\n"
        "Your February statement is now available. Payment is due in 21 days.",
        [
            ("Mon, 4 Mar 2024 09:12:45 +0000", "TIME", "2024-03-04T09:12+00:00"),
            ("February", "DATE", "2024-02"),
            ("now", "DATE", "PRESENT_REF"),
            ("21 days", "DURATION", "P21D"),
        ],
    ),
    (
        "forwarded_message",
        "2024-03-11",
        "FYI, see below.\n\n"
        "---------- Forwarded message ---------\n"
        "From: Priya Nair <priya@contoso.com>\n"
        "Date: Fri, Mar 8, 2024 at 4:05 PM\n"
        "Subject: Offsite\n"
        "To: Tom <tom@contoso.com>\n\n"
        "The offsite is confirmed for April 16-18. Hotel block closes March 29.",
        [
            ("Fri, Mar 8, 2024 at 4:05 PM", "TIME", "2024-03-08T16:05"),
            ("April 16", "DATE", "2024-04-16"),
            ("18", "DATE", "2024-04-18"),
            ("March 29", "DATE", "2024-03-29"),
        ],
    ),
    (
        "original_message_push_a_week",
        "2024-03-11",
        "Works for me.\n\n"
        "-----Original Message-----\n"
        "From: Lee, Chris\n"
        "Sent: Friday, March 8, 2024 5:47 PM\n"
        "Subject: RE: handover\n\n"
        "Let's push the handover to the week after.",
        [
            ("Friday, March 8, 2024 5:47 PM", "TIME", "2024-03-08T17:47"),
            ("the week after", "DATE", "2024-W11"),
        ],
    ),
    # ---- invitations
    (
        # the zone's offset "(UTC-05:00)" is no clock time
        "outlook_invitation_when",
        "2024-03-04",
        "Project sync\n"
        "When: Thursday, March 7, 2024 2:00 PM-3:00 PM (UTC-05:00) Eastern Time (US & Canada).\n"
        "Where: Zoom",
        [
            ("Thursday, March 7, 2024 2:00 PM", "TIME", "2024-03-07T14:00"),
            ("3:00 PM", "TIME", "2024-03-07T15:00"),
        ],
    ),
    (
        "google_invitation_subject",
        "2024-04-10",
        "Invitation: Design crit @ Tue Apr 16, 2024 10am - 11am (EDT) (sam@studio.io)\n"
        "Join with Google Meet",
        [
            ("Tue Apr 16, 2024 10am", "TIME", "2024-04-16T10:00"),
            ("11am", "TIME", "2024-04-16T11:00"),
        ],
    ),
    # ---- scheduling back-and-forth
    (
        # "does Thursday at 3 work?" asks about the coming Thursday
        "does_thursday_work",
        "2024-10-08",
        "does Thursday at 3 work? if not, any time after 2 on the 14th. otherwise let's do "
        "first thing Monday.",
        [
            ("Thursday at 3", "TIME", "2024-10-10T15:00"),
            ("the 14th", "DATE", "2024-10-14"),
            ("Monday", "DATE", "2024-10-14"),
        ],
    ),
    (
        "friday_works_for_me",
        "2024-03-05",
        "Friday works for me. How about Wednesday the 13th as a backup?",
        [("Friday", "DATE", "2024-03-08"), ("Wednesday the 13th", "DATE", "2024-03-13")],
    ),
    (
        "ooo_until_the_18th",
        "2024-03-08",
        "I'm OOO until the 18th, back on Monday the 11th for one day only. Ping me on Teams.",
        [
            ("the 18th", "DATE", "2024-03-18"),
            ("Monday the 11th", "DATE", "2024-03-11"),
            ("one day", "DURATION", "P1D"),
        ],
    ),
    (
        "auto_reply_through_new_year",
        "2024-12-18",
        "Thank you for your message. I will be out of the office from 12/20 through 1/2 with "
        "limited access to email. I'll be back on Thursday, January 2nd. For urgent matters "
        "please call the front desk.",
        [
            ("12/20", "DATE", "2024-12-20"),
            ("1/2", "DATE", "2025-01-02"),
            ("Thursday, January 2nd", "DATE", "2025-01-02"),
        ],
    ),
    # ---- work chat
    (
        # the capitalised short weekday after "to" in chat; "pushed it to 5" is no clock here;
        # Maya's "today", written yesterday, is the day of her message (as a message's "tmrw"
        # counts from its stamp, tests/test_social_7.py)
        "slack_stamps_and_moved_to_mon",
        "2024-03-14",
        "Maya Chen  Yesterday at 9:10 AM\n"
        "is the deploy still on for today?\n"
        "Raj Patel  today at 3:42 PM\n"
        "yep. retro moved to Mon",
        [
            ("Yesterday at 9:10 AM", "TIME", "2024-03-13T09:10"),
            ("today", "DATE", "2024-03-13"),
            ("today at 3:42 PM", "TIME", "2024-03-14T15:42"),
            ("Mon", "DATE", "2024-03-18"),
        ],
    ),
    (
        # an absence announced before its days looks ahead, and "on Wed instead?" too
        "teams_off_for_thanksgiving",
        "2024-11-25",
        "Alex Kim 9:02 AM\ncan we do the 1:1 on Wed instead? I'm off Thu-Fri for Thanksgiving",
        [
            ("9:02 AM", "TIME", "2024-11-25T09:02"),
            ("Wed", "DATE", "2024-11-27"),
            ("Thu", "DATE", "2024-11-28"),
            ("Fri", "DATE", "2024-11-29"),
            ("Thanksgiving", "DATE", "2024-11-28"),
        ],
    ),
    # ---- newsletters, reminders, confirmations
    (
        "newsletter_registration_closes",
        "2024-05-06",
        "Early-bird pricing ends this Friday! Registration closes Friday, May 10 at 11:59 p.m. "
        "PT. The summit runs June 3-4 in Denver. Last year we sold out in 48 hours.",
        [
            ("this Friday", "DATE", "2024-05-10"),
            ("Friday, May 10 at 11:59 p.m. PT", "TIME", "2024-05-10T23:59-07:00"),
            ("June 3", "DATE", "2024-06-03"),
            ("4", "DATE", "2024-06-04"),
            ("Last year", "DATE", "2023"),
            ("48 hours", "DURATION", "PT48H"),
        ],
    ),
    (
        # the phone number is no time
        "appointment_reminder",
        "2024-06-06",
        "Reminder: your appointment is tomorrow at 10:15 AM with Dr. Okafor. Please arrive 15 "
        "minutes early. To reschedule, call (312) 555-0143 at least 24 hours in advance.",
        [
            ("tomorrow at 10:15 AM", "TIME", "2024-06-07T10:15"),
            ("15 minutes", "DURATION", "PT15M"),
            ("at least 24 hours", "DURATION", "PT24H"),
        ],
    ),
    (
        # "Arriving Thursday" after "has shipped!" is the coming Thursday; order and tracking
        # numbers are no dates
        "shipping_arriving_thursday",
        "2024-06-03",
        "Your order #112-4839201-5567123 has shipped! Arriving Thursday. Tracking number: "
        "1Z999AA10123456784.",
        [("Thursday", "DATE", "2024-06-06")],
    ),
    (
        "booking_free_cancellation",
        "2024-05-20",
        "Booking confirmed. Check-out: Sun, Jun 9, 2024 until 11:00 AM. Free cancellation "
        "until Jun 5, 2024.",
        [
            ("Sun, Jun 9, 2024", "DATE", "2024-06-09"),
            ("11:00 AM", "TIME", "2024-06-09T11:00"),
            ("Jun 5, 2024", "DATE", "2024-06-05"),
        ],
    ),
    (
        # a Teams stamp: a relative day and its clock time without "at" are one time
        "teams_stamp_yesterday_clock",
        "2024-11-25",
        "[Yesterday 4:52 PM] Alex Kim\ncan we do the 1:1 on Wed instead?",
        [("Yesterday 4:52 PM", "TIME", "2024-11-24T16:52"), ("Wed", "DATE", "2024-11-27")],
    ),
]


@pytest.mark.parametrize(
    ("dct", "message", "expected"),
    [pytest.param(dct, message, table, id=kind) for kind, dct, message, table in MESSAGES],
)
def test_mail_and_invitation_mentions_types_and_values(
    dct: str, message: str, expected: list[Row]
) -> None:
    """Headers, invitations, proposals, absences, chat stamps, newsletters, reminders and
    confirmations, their relative days counted from the day the message was sent."""
    assert _mentions(message, dct) == expected


def test_the_weekday_facts_hold() -> None:
    """The weekdays the tables count from are those the calendar gives."""
    days = {"2024-03-05": 2, "2024-10-08": 2, "2024-11-25": 1, "2024-06-03": 1, "2024-03-14": 4}
    assert {day: dt.date.fromisoformat(day).isoweekday() for day in days} == days


@pytest.mark.parametrize(
    ("text", "dct"),
    [
        ("From: Dana\nSent: Tuesday, March 5, 2024 10:32 AM\nTo: Ops", "2024-03-05"),
        ("Date: Mon, 4 Mar 2024 09:12:45 +0000\nFrom: alerts@bank.example", "2024-03-04"),
    ],
)
def test_a_mail_header_dates_the_message(text: str, dct: str) -> None:
    """Outlook's "Sent:" and the RFC 5322 "Date:" header give the document date."""
    doc, _ = extract_document(text)
    assert str(doc.dct) == dct


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Re: Q3 numbers", ["Q3"]),  # a quarter is a date, as in a roadmap
        ("Order #40231 ships from ZIP 94107.", []),
        ("Call 555-201-3344 or email bob2019@mail.com.", []),
        ("Release v2.1 is out.\n\nSent from my iPhone", []),
        ("Time zone: (GMT+05:30) Chennai, Kolkata", []),
        ("Your confirmation code is 0730-1215. Gate B12, seat 14C.", []),
        ("Tracking: 9400 1118 9922 3344 5566 77", []),
    ],
)
def test_mail_look_alikes_are_not_dates(text: str, found: list[str]) -> None:
    """Order, tracking and confirmation numbers, ZIP codes, phone numbers, addresses with
    digits, versions, a signature and a zone's offset are no dates."""
    assert [m for m, _, _ in _mentions(text, "2024-03-05")] == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("He said in February that we are back, and the talks resumed.", ["February"]),
        ("The company can not confirm the Tuesday figures.", ["Tuesday"]),
        ("The delegation flew on to Thu Duc and Can Tho.", []),
    ],
)
def test_mail_rules_do_not_fire_in_formal_text(text: str, found: list[str]) -> None:
    """A return told after a past, a negated "can" and a town named like a short weekday keep
    their readings in formal text."""
    assert [m for m, _, _ in _mentions(text, "2024-03-05")] == found


# What chrono does not yet do: each entry says why. (strict: a fix must move it to MESSAGES.)
UNMET: list[tuple[str, str, str, list[Row], str]] = [
    (
        "repeats_every_2_weeks_on_tuesday",
        "2024-03-04",
        "This event repeats every 2 weeks on Tuesday.",
        [("every 2 weeks on Tuesday", "SET", "P2W")],
        "the weekday after a recurrence's 'on' is read as a day of its own, not as part of the set",
    ),
    (
        "weekly_on_tuesday",
        "2024-04-10",
        "Weekly on Tuesday",
        [("Weekly on Tuesday", "SET", "XXXX-WXX-2")],
        "Google Calendar's 'Weekly on Tuesday' is split into 'Weekly' and a past Tuesday",
    ),
    (
        "check_in_from_a_time",
        "2024-05-20",
        "Check-in: Fri, Jun 7, 2024 from 3:00 PM.",
        [("Fri, Jun 7, 2024", "DATE", "2024-06-07"), ("3:00 PM", "TIME", "2024-06-07T15:00")],
        "'from' between a day and its clock time is taken into one TIME, signal and all",
    ),
    (
        "proposal_in_a_bare_question",
        "2024-11-25",
        "sure, Wed 11:30?",
        [("Wed", "DATE", "2024-11-27"), ("11:30", "TIME", "2024-11-27T11:30")],
        "a bare weekday with no verb counts back in news; a question mark alone is no cue",
    ),
]


@pytest.mark.parametrize(
    ("dct", "message", "expected"),
    [
        pytest.param(dct, msg, table, id=kind, marks=pytest.mark.xfail(strict=True, reason=why))
        for kind, dct, msg, table, why in UNMET
    ],
)
def test_mail_chrono_does_not_yet_read(dct: str, message: str, expected: list[Row]) -> None:
    """Known gaps, kept as strict expected failures so that a fix shows up."""
    assert _mentions(message, dct) == expected
