"""Gaps noticed in session 14, twenty-seventh list: clinical notes and social posts.

Clinical notes are read as tests/test_clinical_16.py and test_clinical_17.py read them (i2b2
2012 conventions): the date heading the note dates it and what it says counts from it; dosing,
dialysis and monitoring schedules are sets ("HD MWF" P1W, "3-monthly bloods" P3M); scores and
fractions ("MMSE 3/5", "recall 2/3") are no times. A dialysis schedule of three weekdays is
written with initials or abbreviations joined by hyphens or slashes ("HD T-Th-Sa", "on a
Tues-Thurs-Sat schedule"): a set, as "HD MWF" is. A plan told in the present progressive
("He is coming back in June") is ahead; "the holidays" stay untagged as the project leaves
them ("because of the holidays" in tests/test_news_18.py); a year of a training ("year 3 of
residency") is no date; British letters write an interval before "monthly" without the hyphen
too ("6 monthly bloods"), a set of that interval before a test or a review, while "6 monthly
installments" counts installments. A culture's "final 3/18" is its final report's day, but a
score's "final 3/5 correct" is a score. A list of clock times "given at 2300, 0100 and 0300"
crosses midnight, and "for Lent" with no year is the current or coming Lent, as Easter is
dated. Posts' "a banker by morning and a DJ by evening" tell a manner, not a time (TimeML tags
neither, as it does not tag "a nurse by day and a DJ by night").
"""

from __future__ import annotations

import datetime as dt

import pytest
from passages import Row, mentions

NOTE = "PROGRESS NOTE 03/20/2019\n"


def _note(text: str, header: str = NOTE) -> list[Row]:
    """The mentions of a note's line after its dated header (the header's row dropped)."""
    return mentions(header + text)[1:]


# ---- 1. a dialysis schedule of three weekdays -------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "ESRD on HD T-Th-Sa via a left AV fistula.",
            [("T-Th-Sa", "SET", "P1W")],
            id="initials_with_hyphens",
        ),
        pytest.param(
            "Outpatient HD T/Th/Sa at the Davita unit.",
            [("T/Th/Sa", "SET", "P1W")],
            id="initials_with_slashes",
        ),
        pytest.param(
            "Dialysis on a Tues-Thurs-Sat schedule since 2017.",
            [("Tues-Thurs-Sat", "SET", "P1W"), ("2017", "DATE", "2017")],
            id="abbreviations_with_hyphens",
        ),
        pytest.param(
            "He dialyzes Mon-Wed-Fri, 4 hours per session.",
            [("Mon-Wed-Fri", "SET", "P1W"), ("4 hours", "DURATION", "PT4H")],
            id="mon_wed_fri",
        ),
        pytest.param(
            "Epogen 4000 units Tue/Thu/Sat with HD.",
            [
                ("Tue", "SET", "XXXX-WXX-2"),
                ("Thu", "SET", "XXXX-WXX-4"),
                ("Sat", "SET", "XXXX-WXX-6"),
            ],
            id="abbreviations_with_slashes_each_days_set",
        ),
        pytest.param(
            "Pt on HD MWF.",
            [("MWF", "SET", "P1W")],
            id="mwf_as_before",
        ),
        # look-alikes: two weekdays are a span of days; labs and ECG findings are no times
        pytest.param(
            "Seen Mon-Wed in clinic.",
            [("Mon", "DATE", "2019-03-18"), ("Wed", "DATE", "2019-03-20")],
            id="two_weekdays",
        ),
        pytest.param(
            "Free T4 1.2, T-wave inversions, ST-T changes, SaO2 98%.",
            [],
            id="labs_and_ecg",
        ),
    ],
)
def test_a_dialysis_schedule_of_three_weekdays_is_a_set(text: str, expected: list[Row]) -> None:
    """ "HD T-Th-Sa", "on a Tues-Thurs-Sat schedule", "Mon-Wed-Fri" recur each week (P1W), as
    "HD MWF" and "M-W-F" do (one word of chained days); a dose's "Tue/Thu/Sat" is each day's
    set, as "4000 units Tue/Sat" is (tests/test_clinical_17.py); "Mon-Wed" is two days,
    "T-wave" and "ST-T" are no times."""
    assert dt.date(2019, 3, 20).strftime("%A") == "Wednesday"
    assert _note(text) == expected


# ---- 2. plans, the holidays, a year of training, "6 monthly" ----------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "He is coming back in June for his second dose.",
            [("June", "DATE", "2019-06")],
            id="coming_back_in_june",
        ),
        pytest.param(
            "She is coming back in April to review the results.",
            [("April", "DATE", "2019-04")],
            id="coming_back_in_april",
        ),
        pytest.param(
            "She will be away over the holidays.",
            [],
            id="the_holidays_untagged",
        ),
        pytest.param(
            "He is now in year 3 of residency.",
            [("now", "DATE", "PRESENT_REF")],
            id="year_3_of_residency",
        ),
        pytest.param(
            "6 monthly bloods with the GP.",
            [("6 monthly", "SET", "P6M")],
            id="six_monthly_bloods",
        ),
        pytest.param(
            "Six monthly reviews in the lipid clinic.",
            [("Six monthly", "SET", "P6M")],
            id="six_monthly_reviews",
        ),
        pytest.param(
            "Continue 3 monthly LFTs while on methotrexate.",
            [("3 monthly", "SET", "P3M")],
            id="three_monthly_lfts",
        ),
        # look-alikes: a look back, a count of payments
        pytest.param(
            "I first saw him back in June.",
            [("June", "DATE", "2018-06")],
            id="back_in_june_a_look_back",
        ),
        pytest.param(
            "He came back in June with a cough.",
            [("June", "DATE", "2018-06")],
            id="came_back_in_june",
        ),
        pytest.param(
            "Take 2 weekly tests, then stop.",
            [("weekly", "SET", "P1W")],
            id="two_weekly_tests",
        ),
        pytest.param(
            "He pays 6 monthly installments for the scooter.",
            [("monthly", "SET", "P1M")],
            id="six_monthly_installments",
        ),
    ],
)
def test_a_plan_the_holidays_a_year_of_training_and_n_monthly(
    text: str, expected: list[Row]
) -> None:
    """In a note of 03/20/2019: "is coming back in June" is the June ahead (a plan in the
    present progressive; "I first saw him back in June" and "came back in June" look back);
    "the holidays" and "year 3 of residency" are no dates; "6 monthly bloods" recurs every six
    months, "2 weekly tests" and "6 monthly installments" count weekly tests and monthly
    installments."""
    assert _note(text) == expected


# ---- 3. a score after "final" -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("Score: final 3/5 correct.", [], id="score_final_correct"),
        pytest.param("MMSE 3/5.", [], id="mmse"),
        pytest.param("Delayed recall 2/3.", [], id="recall"),
        pytest.param("Recall: final 2/3 words.", [], id="recall_final"),
        pytest.param("Trial 1 2/5, final 4/5.", [], id="trials"),
        # the culture's reports keep their days
        pytest.param(
            "Blood cultures drawn 3/14: final 3/18 no growth.",
            [("3/14", "DATE", "2019-03-14"), ("3/18", "DATE", "2019-03-18")],
            id="culture_final_after_a_colon",
        ),
        pytest.param(
            "Urine culture prelim 3/16, final 3/18: E. coli.",
            [("3/16", "DATE", "2019-03-16"), ("3/18", "DATE", "2019-03-18")],
            id="culture_prelim_and_final",
        ),
    ],
)
def test_a_score_after_final_is_no_date(text: str, expected: list[Row]) -> None:
    """ "Score: final 3/5 correct.", "Recall: final 2/3 words." and "2/5, final 4/5" are
    scores; a culture's "drawn 3/14: final 3/18" and "prelim 3/16, final 3/18" are days."""
    assert _note(text) == expected


# ---- 4. clock times across midnight; Lent with no year ----------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Morphine 2 mg IV given at 2300, 0100 and 0300 for pain.",
            [
                ("2300", "TIME", "2019-03-20T23:00"),
                ("0100", "TIME", "2019-03-21T01:00"),
                ("0300", "TIME", "2019-03-21T03:00"),
            ],
            id="across_midnight",
        ),
        pytest.param(
            "Ativan 1 mg given at 2200 , 2330 and 0130 .",
            [
                ("2200", "TIME", "2019-03-20T22:00"),
                ("2330", "TIME", "2019-03-20T23:30"),
                ("0130", "TIME", "2019-03-21T01:30"),
            ],
            id="tokenized_across_midnight",
        ),
        pytest.param(
            "Tylenol given at 0100, 0500 and 0900.",
            [
                ("0100", "TIME", "2019-03-20T01:00"),
                ("0500", "TIME", "2019-03-20T05:00"),
                ("0900", "TIME", "2019-03-20T09:00"),
            ],
            id="one_day",
        ),
    ],
)
def test_a_list_of_clock_times_across_midnight(text: str, expected: list[Row]) -> None:
    """ "given at 2300, 0100 and 0300": the times after midnight are the next day's; a list
    that does not cross midnight stays in the note's day."""
    assert _note(text) == expected


@pytest.mark.parametrize(
    ("header", "text", "expected"),
    [
        pytest.param(
            NOTE,
            "Has given up alcohol for Lent.",
            [("Lent", "DATE", "2019-03-06")],
            id="during_lent_the_current_one",
        ),
        pytest.param(
            "PROGRESS NOTE 01/10/2019\n",
            "Plans to give up sweets for Lent.",
            [("Lent", "DATE", "2019-03-06")],
            id="in_january_the_coming_one",
        ),
        pytest.param(
            "PROGRESS NOTE 12/01/2019\n",
            "She will fast for Lent and is worried about her sugars.",
            [("Lent", "DATE", "2020-02-26")],
            id="in_december_next_years",
        ),
        # look-alikes: the verb "lent"
        pytest.param(
            NOTE,
            "Lent money to his son for rent.",
            [],
            id="lent_money",
        ),
        pytest.param(
            NOTE,
            "Her sister lent her a walker for a week.",
            [("a week", "DURATION", "P1W")],
            id="lent_a_walker",
        ),
    ],
)
def test_lent_without_a_year_in_a_note(header: str, text: str, expected: list[Row]) -> None:
    """ "for Lent" with no year is the current Lent in a note of 03/20/2019 (Ash Wednesday
    2019-03-06), the coming one in January and in December (2020-02-26), as Easter is dated;
    the verb "lent" is no season."""
    assert _note(text, header) == expected


# ---- 5. social: "by morning" as a manner ------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Meet Dave: a banker by morning and a DJ by evening. Catch his set!",
            [],
            id="banker_by_morning_dj_by_evening",
        ),
        pytest.param(
            "Accountant by morning, baker by evening 🍰",
            [],
            id="without_articles",
        ),
        pytest.param(
            "A nurse by day and a painter by night.",
            [],
            id="by_day_by_night",
        ),
        # look-alikes: a deadline and the story's evening keep their times
        pytest.param(
            "The power went out at 3pm. It was back by evening.",
            [("3pm", "TIME", "2024-05-01T15:00"), ("evening", "TIME", "2024-05-01TEV")],
            id="back_by_evening",
        ),
        pytest.param(
            "I need a decision by morning.",
            [("morning", "TIME", "2024-05-01TMO")],
            id="a_decision_by_morning",
        ),
        pytest.param(
            "I need a decision by morning and a plan by evening.",
            [("morning", "TIME", "2024-05-01TMO"), ("evening", "TIME", "2024-05-01TEV")],
            id="a_decision_and_a_plan",
        ),
    ],
)
def test_by_morning_and_by_evening_as_a_manner(text: str, expected: list[Row]) -> None:
    """A post's "a banker by morning and a DJ by evening" says what Dave is at each part of
    the day, no time; "back by evening" and "a decision by morning" are times of the day."""
    assert dt.date(2024, 5, 1).strftime("%A") == "Wednesday"
    assert mentions(text, dct="2024-05-01", genre="news") == expected
