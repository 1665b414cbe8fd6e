"""Gaps the helpers noticed in session 11, twelfth list, each a phenomenon of the language, in
passages of the kind of text it was noticed in: clinical notes and war histories.

A course's day names a drug as well as a kind of treatment ("day 4 of cefazolin"); told in a
discharge summary's past it counts from the admission, but on a note's status line, in the
present or with no verb ("Pt with MSSA bacteremia, day 6 of vancomycin"), it is the note's own
day. A telemetry event is timed as a bedside reading is ("run of VT at 1015", "in RVR at
1340"). A social history's rate with "per" ("1 pack per day", "2-3 beers per week") is no set,
as the same rate with "a" is not and as TimeBank and te3-silver leave "barrels per day"; a
count of times stays one ("twice per day"). A history may drop the article of a vague span
("in subsequent years", "over ensuing months"), and a possessive may name whose final weeks
they are ("the war's final weeks": "final weeks", as "the final weeks of the war"). A decade of
life ("since her 20s") is an age, no date. "The next day" after "midnight on 27/28 July" is
the 28th: the midnight (T24:00 of the 27th) ends the day the text named, as "the following
morning" after it is the 28th's.

Weekdays checked with datetime: 2023-10-17 is a Tuesday, and so is 2023-10-10.
"""

from __future__ import annotations

import pytest
from passages import Row, mentions

# (kind, passage, options, expected mentions)
PASSAGES: list[tuple[str, str, dict[str, str], list[Row]]] = [
    (
        "discharge_summary_course_day_and_a_plans_last_dose",
        "DISCHARGE SUMMARY\nAdmission Date: 10/10/2023   Discharge Date: 10/18/2023\n\n"
        "HOSPITAL COURSE: Blood cultures grew MSSA and he was started on cefazolin. He was still "
        "febrile on day 4 of cefazolin, and TEE showed no vegetation. A PICC was placed on "
        "10/16.\n\nDISCHARGE PLAN: Continue cefazolin 2 g IV q8h via PICC. Last dose on 10/22, "
        "then PICC to be pulled. Follow up in ID clinic on 11/02.",
        {},
        [
            ("10/10/2023", "DATE", "2023-10-10"),
            ("10/18/2023", "DATE", "2023-10-18"),
            # told in the past, the course's day counts from the admission (hospital day 4)
            ("day 4 of cefazolin", "DATE", "2023-10-13"),
            ("10/16", "DATE", "2023-10-16"),
            ("q8h", "SET", "PT8H"),
            # "Last dose" of a plan after discharge is ahead: no past cue
            ("10/22", "DATE", "2023-10-22"),
            ("11/02", "DATE", "2023-11-02"),
        ],
    ),
    (
        "nursing_note_status_line_course_days_and_telemetry_events",
        "NURSING NOTE 05/19/2011 0700-1900\nPt with MSSA bacteremia, day 6 of vancomycin, "
        "afebrile. Tele: NSR 80s, 6 beat run of VT at 1015, MD aware. Back in RVR at 1340, "
        "diltiazem given. Day 3 of steroids, BG 180s.",
        {},
        [
            ("05/19/2011", "DATE", "2011-05-19"),
            ("0700", "TIME", "2011-05-19T07:00"),
            ("1900", "TIME", "2011-05-19T19:00"),
            ("day 6 of vancomycin", "DATE", "2011-05-19"),
            ("1015", "TIME", "2011-05-19T10:15"),
            ("1340", "TIME", "2011-05-19T13:40"),
            ("Day 3 of steroids", "DATE", "2011-05-19"),
        ],
    ),
    (
        "social_history_rates_with_per_and_with_a",
        "SOCIAL HISTORY: Smokes 1 pack per day for 30 years. Drinks 2-3 beers per week and a "
        "pint of vodka a day on weekends. Walks his dog twice per day.",
        {"dct": "2023-10-17"},
        [
            ("30 years", "DURATION", "P30Y"),
            ("weekends", "SET", "XXXX-WXX-WE"),
            ("twice per day", "SET", "P1D"),
        ],
    ),
    (
        "past_history_spans_without_their_article_and_a_decade_of_life",
        "PAST HISTORY: Asthma since her 20s. Diagnosed with lupus in 2009; in subsequent years "
        "she had two flares. Over ensuing months the rash faded.",
        {"dct": "2023-10-17"},
        [
            ("2009", "DATE", "2009"),
            ("subsequent years", "DURATION", "PXY"),
            ("ensuing months", "DURATION", "PXM"),
        ],
    ),
    (
        "war_history_the_next_day_after_midnight_and_the_wars_final_weeks",
        "Operation Gomorrah opened at midnight on 27/28 July 1943 with a raid on Hamburg. The "
        "next day the firestorm still burned, and two days later the RAF returned. In the war's "
        "final weeks the city lay in ruins, as it had in the final months of the war.",
        {"genre": "narrative"},
        [
            ("midnight on 27/28 July 1943", "TIME", "1943-07-27T24:00"),
            ("The next day", "DATE", "1943-07-28"),
            ("two days later", "DATE", "1943-07-30"),
            ("final weeks", "DURATION", "PXW"),
            ("the final months", "DURATION", "PXM"),
        ],
    ),
]


@pytest.mark.parametrize(
    ("text", "options", "expected"),
    [pytest.param(t, o, e, id=k) for k, t, o, e in PASSAGES],
)
def test_passage(text: str, options: dict[str, str], expected: list[Row]) -> None:
    """Every mention of the passage, with its type and value."""
    assert mentions(text, **options) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Output rose to 83.3 million barrels per day.",
        "He walks 3 miles per day and drinks a case of beer per week.",
        "She was diagnosed with asthma in her 20s.",
        "Day 3 of the treatment plan was discussed.",
    ],
)
def test_look_alikes_yield_nothing(text: str) -> None:
    """Rates with "per", a decade of life and a plan's numbered step are no times."""
    assert mentions(text, dct="2023-10-17") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The ceasefire took effect at 00:00 on 28 July 1953. The next day both sides withdrew.",
            [
                ("00:00 on 28 July 1953", "TIME", "1953-07-28T00:00"),
                ("The next day", "DATE", "1953-07-29"),
            ],
        ),
        (
            "The attack began at midnight on 27 July 1943. The following week the city burned.",
            [
                ("midnight on 27 July 1943", "TIME", "1943-07-27T24:00"),
                ("The following week", "DATE", "1943-W31"),
            ],
        ),
    ],
)
def test_the_other_readings_stay(text: str, expected: list[Row]) -> None:
    """The midnight that opens a day ("00:00 on 28 July") is of that day: its next day is the
    29th; a week after the midnight ending the 27th is the next ISO week."""
    assert mentions(text, genre="narrative") == expected


def test_a_past_course_day_with_a_drug_counts_from_the_admission() -> None:
    """Told in the past, "day 6 of vancomycin" is hospital day 6, counted from the admission."""
    assert mentions("He was afebrile by day 6 of vancomycin.", dct="2023-10-10") == [
        ("day 6 of vancomycin", "DATE", "2023-10-15")
    ]


@pytest.mark.xfail(
    strict=True,
    reason="a weekday told in the past on the document's own weekday is that day, as news "
    "reads 'said on Tuesday' in a Tuesday paper; chrono does not know the sentence is a "
    "history of present illness, told from before the admission",
)
def test_a_history_of_present_illness_weekday_is_before_the_admission() -> None:
    """ "He was seen in clinic on Tuesday", in the history of a Tuesday's admission, is the
    Tuesday before it."""
    assert (
        "Tuesday",
        "DATE",
        "2023-10-10",
    ) in mentions(
        "ADMISSION NOTE 10/17/2023\nHPI: 64 yo M with 5 days of fevers. He was seen in clinic "
        "on Tuesday and started on amoxicillin, without improvement. He presented to the ED "
        "today with rigors."
    )


def test_a_month_after_a_later_month_moves_forward() -> None:
    """ "By early August 1950 ... In March UN forces retook Seoul": March 1951 (a month that
    opens its sentence is the story's next step)."""
    assert mentions(
        "By early August 1950 the UN held only the Pusan Perimeter. In March UN forces retook "
        "Seoul.",
        genre="narrative",
    ) == [
        ("early August 1950", "DATE", "1950-08"),
        ("March", "DATE", "1951-03"),
    ]
