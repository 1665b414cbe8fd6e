"""Gaps the helpers noticed in session 11, fourteenth list, each a phenomenon of the language,
in passages of the kind of text it was noticed in: clinical notes and war histories.

A course's first postoperative day counts from the operation the note told ("taken to the OR
on", "underwent ... on"), not from a later date it gave before counting ("extubated the next
day"). A plan's line dates a discharge or a course's last day without a preposition
("Discharge 10/18.", "last day = 10/16"). A course's day names drugs by their class's ending
beyond the antibiotics' (an antiviral's "-vir", a loop diuretic's "-semide", an echinocandin's
"-fungin", an anticoagulant's "-farin") and a few by name ("TPN", "insulin", "pressors"). A
clock time after a year or a month alone is of a day the history has not given
("1700-XX-XXT01:00"), as "that afternoon" is, not of the year's first day. A reign's year
counts from the year its span in brackets after the ruler's name opened ("(r. 1713–1740) ... In
the seventh year of his reign": 1719), else from the year the story reached ("came to the
throne in 1695. In the fourth year of his reign": 1698). A holiday named before the clause that
dates it ("at Easter, which fell on 2 April 1741") is that day.
"""

from __future__ import annotations

import pytest
from passages import Row, mentions

# (kind, passage, options, expected mentions)
PASSAGES: list[tuple[str, str, dict[str, str], list[Row]]] = [
    (
        "surgical_course_postoperative_days_count_from_the_operation_told",
        "DISCHARGE SUMMARY\nBRIEF HOSPITAL COURSE: She was admitted on 03/02/2021 with a small "
        "bowel obstruction that failed to resolve with NG decompression. On 03/04 she was taken "
        "to the OR for an exploratory laparotomy and lysis of adhesions. She was extubated the "
        "next day. Her diet was advanced on POD #3 and she was discharged home on POD 5.",
        {"dct": "2021-03-09"},
        [
            ("03/02/2021", "DATE", "2021-03-02"),
            ("03/04", "DATE", "2021-03-04"),
            ("the next day", "DATE", "2021-03-05"),
            # counted from the operation (03/04), not from the extubation (03/05)
            ("POD #3", "DATE", "2021-03-07"),
            ("POD 5", "DATE", "2021-03-09"),
        ],
    ),
    (
        "progress_note_status_days_of_drugs_and_a_plans_dates",
        "MICU PROGRESS NOTE 10/12/2023\nA/P: 58F with HSV pneumonitis and VRE bacteremia. ID: "
        "day 3 of acyclovir, day 5 of daptomycin, day 2 of micafungin. Renal: net negative 2 L "
        "on day 2 of furosemide. FEN: day 4 of TPN. Heme: day 6 of warfarin, INR 2.1.\nPLAN: "
        "dapto (last day = 10/16).\nDischarge 10/18.",
        {},
        [
            ("10/12/2023", "DATE", "2023-10-12"),
            # told on the note's status lines, each is the note's own day
            ("day 3 of acyclovir", "DATE", "2023-10-12"),
            ("day 5 of daptomycin", "DATE", "2023-10-12"),
            ("day 2 of micafungin", "DATE", "2023-10-12"),
            ("day 2 of furosemide", "DATE", "2023-10-12"),
            ("day 4 of TPN", "DATE", "2023-10-12"),
            ("day 6 of warfarin", "DATE", "2023-10-12"),
            ("10/16", "DATE", "2023-10-16"),
            ("10/18", "DATE", "2023-10-18"),
        ],
    ),
    (
        "war_history_a_reigns_years_and_a_holiday_dated_by_its_clause",
        "Frederick William I (r. 1713–1740) built the army his son would use. Born in 1688, "
        "he had served at Malplaquet in 1709. In the seventh year of his reign the cantonal "
        "system was introduced. Long after his death the Austrians marched at Easter, which fell "
        "on 2 April 1741, and Frederick II rode out to meet them.",
        {"genre": "narrative"},
        [
            ("1713", "DATE", "1713"),
            ("1740", "DATE", "1740"),
            ("1688", "DATE", "1688"),
            ("1709", "DATE", "1709"),
            # counted from the reign's opening year in brackets, not from the birth or 1709
            ("the seventh year of his reign", "DATE", "1719"),
            # the day the clause gives, whatever year the story had reached
            ("Easter", "DATE", "1741-04-02"),
            ("2 April 1741", "DATE", "1741-04-02"),
        ],
    ),
    (
        "war_history_clock_times_of_a_day_not_given",
        "The siege of Narva began in 1700, when Charles XII landed in Livonia. The decisive "
        "assault came at two in the afternoon, in a blizzard. In June 1944 the Red Army "
        "returned; at 0400 its guns opened fire, and that evening the bridgehead fell.",
        {"genre": "narrative"},
        [
            ("1700", "DATE", "1700"),
            ("two in the afternoon", "TIME", "1700-XX-XXT14:00"),
            ("June 1944", "DATE", "1944-06"),
            ("0400", "TIME", "1944-06-XXT04:00"),
            ("that evening", "TIME", "1944-06-XXTEV"),
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
        "Discharge 1/2 tab of metoprolol if SBP < 100.",
        "Admit 2/2 sepsis, likely urinary source.",
        "Completed day 5 of 7 of the study.",
    ],
)
def test_look_alikes_yield_nothing(text: str) -> None:
    """A fraction of a tablet and "secondary to" after a plan's verb are no dates; a study's
    day out of its length stays a count (a course's, "day 5 of 7 of acyclovir", is the day it
    names: tests/test_clinical_25.py)."""
    assert mentions(text, dct="2023-10-12") == []


@pytest.mark.parametrize(
    ("text", "options", "expected"),
    [
        (
            "CABG on 09/05/2023. AF on 09/07 , cardioverted. Chest tubes out on POD 3.",
            {"dct": "2023-09-12"},
            # no operation told in a clause of its own: the first counts from the last date
            # given before it ("CABG on" is no verb that tells one)
            [
                ("09/05/2023", "DATE", "2023-09-05"),
                ("09/07", "DATE", "2023-09-07"),
                ("POD 3", "DATE", "2023-09-10"),
            ],
        ),
        (
            "Born in 1664, Mustafa came to the throne in 1695. In the fourth year of his reign "
            "he sued for peace.",
            {"genre": "narrative"},
            [
                ("1664", "DATE", "1664"),
                ("1695", "DATE", "1695"),
                ("the fourth year of his reign", "DATE", "1698"),
            ],
        ),
        (
            "On 5 June 1944 the weather cleared. At 21:30 the airborne divisions took off.",
            {"genre": "narrative"},
            [
                ("5 June 1944", "DATE", "1944-06-05"),
                ("21:30", "TIME", "1944-06-05T21:30"),
            ],
        ),
    ],
)
def test_the_other_readings_stay(text: str, options: dict[str, str], expected: list[Row]) -> None:
    """A first postoperative day with no operation told counts from the last date given; a
    reign with no span in brackets counts from the year the story reached; a clock time on a
    day the history gives is of that day."""
    assert mentions(text, **options) == expected
