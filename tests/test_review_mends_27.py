"""Review mends of session 26: what a reviewer found in the merged rounds.

Each finding of the reviewer of this session's merged diff is pinned by the reviewer's sentence
and one more worded otherwise, beside the case the merged rule was made for, which keeps its
value (TimeML conventions, as TimeBank annotates them; notes and news anchored to their date):
- a test's day followed by "no" or "EF" was done only when a finding or a figure follows:
  "MRI 4/2 no contrast needed" and "Echo 4/2 : EF to be reassessed after diuresis" in a note of
  03/20/2024 order the test, 2024-04-02 (was 2023-04-02), while "Echo 4/2 : EF 55%" and "CT
  4/2 : no acute findings" keep the April behind.
- a morning word right before a public event keeps the morning: "The Easter sunrise service at
  5:30" and "The morning briefing at 5:30" on 31 March 2024 are 05:30 (were 17:30), while "The
  ceremony at 4:30" and "The Easter service at 5:30" stay the afternoon's.
- a verbless line's run through a month is ahead only after what a notice runs or with nothing
  measured before it: "Retail sales up 4% through August." on 15 September 2023 is 2023-08 (was
  2024-08), while "Weekend closures through August." and "Night work through March on the
  Interstate 5 bridge" stay ahead.
- a word ordinal after "by" is a day of the month more often than an elided century: "In the 19th
  century rents were paid by the fifteenth." tags the century alone (was 'the fifteenth' 14),
  while "grew in the twelfth century and declined by the sixteenth" keeps 15.
- a night in a condition waits on the day before it only when that day is named in the same
  sentence: "Surgery Friday . Call MD if febrile overnight ." in a note of 03/20/2024 is
  tonight, 2024-03-20TNI (was 2024-03-21TNI), while "Extubation planned for Friday once stable
  overnight" keeps the Thursday night.
- two code smells mended with outputs kept: the "period" slot read as a flag once, and the
  reach of the line-end patterns of chrono/text.py computed from their words.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from passages import Row, mentions

import chrono.text as text_module


def _news(text: str, dct: str | None) -> list[Row]:
    return mentions(text, dct=dct, genre="news")


# ---- 1. "no" and "EF" after a test's day are a result only before a finding or a figure -------

_NOTE = "PROGRESS NOTE 03/20/2024\n"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "MRI 4/2 no contrast needed , pt claustrophobic .",
            "2024-04-02",
            id="reviewer_mri_no_contrast_needed",
        ),
        pytest.param(
            "Echo 4/2 : EF to be reassessed after diuresis .",
            "2024-04-02",
            id="reviewer_echo_ef_to_be_reassessed",
        ),
        pytest.param("CT 4/2 no sedation required .", "2024-04-02", id="ct_no_sedation"),
        # the results the rule was made for: done, the April behind
        pytest.param("Echo 4/2 : EF 55% .", "2023-04-02", id="echo_ef_figure"),
        pytest.param("Echo 4/2 : EF of 40% .", "2023-04-02", id="echo_ef_of_figure"),
        pytest.param("CT 4/2 : no acute findings .", "2023-04-02", id="ct_no_acute_findings"),
        pytest.param("CT 4/2 no evidence of PE .", "2023-04-02", id="ct_no_evidence"),
    ],
)
def test_no_and_ef_are_results_only_before_a_finding(text: str, expected: str) -> None:
    """A test's day before "no"/"EF" was done only when a finding or a figure follows."""
    assert _news(_NOTE + text, None) == [
        ("03/20/2024", "DATE", "2024-03-20"),
        ("4/2", "DATE", expected),
    ]


# ---- 2. a morning word right before a public event keeps the morning's hour --------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "The Easter sunrise service at 5:30 drew 200 worshippers.",
            "2024-03-31T05:30",
            id="reviewer_sunrise_service",
        ),
        pytest.param(
            "The morning briefing at 5:30 was cancelled.",
            "2024-03-31T05:30",
            id="reviewer_morning_briefing",
        ),
        pytest.param(
            "The early-morning rally at 4:30 was small.", "2024-03-31T04:30", id="early_rally"
        ),
        # the case the rule was made for: a public event in the day, the afternoon's
        pytest.param(
            "The ceremony at 4:30 drew a crowd.", "2024-03-31T16:30", id="ceremony_afternoon"
        ),
        pytest.param(
            "The Easter service at 5:30 drew 200 worshippers.",
            "2024-03-31T17:30",
            id="service_afternoon",
        ),
    ],
)
def test_morning_word_before_event_keeps_morning(text: str, expected: str) -> None:
    """A morning word right before a public event keeps the clock time in the morning."""
    rows = _news(text, "2024-03-31")
    assert [r for r in rows if r[1] == "TIME"] == [
        (text.split(" at ")[1].split()[0], "TIME", expected)
    ]


# ---- 3. a verbless line's run through a month is ahead only as a notice's ----------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Retail sales up 4% through August.",
            [("August", "DATE", "2023-08")],
            id="reviewer_retail_sales_up",
        ),
        pytest.param(
            "Inflation highest since 1990 through August.",
            [("1990", "DATE", "1990"), ("August", "DATE", "2023-08")],
            id="reviewer_inflation_highest",
        ),
        pytest.param(
            "Exports up 12 percent through July.",
            [("July", "DATE", "2023-07")],
            id="exports_up_percent",
        ),
        # the notices the rule was made for: ahead
        pytest.param(
            "Weekend closures through August.",
            [("August", "DATE", "2024-08")],
            id="weekend_closures",
        ),
        pytest.param(
            "Night work through March on the Interstate 5 bridge.",
            [("March", "DATE", "2024-03")],
            id="night_work_bridge",
        ),
    ],
)
def test_verbless_run_through_month_is_a_notices(text: str, expected: list[Row]) -> None:
    """A verbless line's run through a month is ahead after a notice's noun, not a figure's."""
    assert _news(text, "2023-09-15") == expected


# ---- 4. a word ordinal after "by" is a century only after a century in words -------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "In the 19th century rents were paid by the fifteenth.",
            [("the 19th century", "DATE", "18")],
            id="reviewer_rents_paid_by_the_fifteenth",
        ),
        pytest.param(
            "In the 18th century wages were paid by the twentieth.",
            [("the 18th century", "DATE", "17")],
            id="wages_paid_by_the_twentieth",
        ),
        # the cases the rule was made for: a century in words, or after "in", keeps its century
        pytest.param(
            "Monasteries grew in the twelfth century and declined by the sixteenth.",
            [("the twelfth century", "DATE", "11"), ("the sixteenth", "DATE", "15")],
            id="twelfth_century_by_the_sixteenth",
        ),
        pytest.param(
            "It grew in the 16th century and declined by the 19th.",
            [("the 16th century", "DATE", "15"), ("the 19th", "DATE", "18")],
            id="figures_by_the_19th",
        ),
    ],
)
def test_word_ordinal_after_by_is_a_day(text: str, expected: list[Row]) -> None:
    """A word ordinal after "by" is a century only when the century before is in words."""
    assert mentions(text, dct=None, genre="narrative") == expected


# ---- 5. a condition's night waits on a day named in its own sentence ---------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Surgery Friday . Call MD if febrile overnight .",
            [("Friday", "DATE", "2024-03-22"), ("overnight", "TIME", "2024-03-20TNI")],
            id="reviewer_call_md_if_febrile_overnight",
        ),
        pytest.param(
            "Surgery scheduled Monday . Notify team if hypotensive overnight .",
            [("Monday", "DATE", "2024-03-25"), ("overnight", "TIME", "2024-03-20TNI")],
            id="notify_team_if_hypotensive",
        ),
        # the cases the rule was made for: the day in the condition's sentence, its night before
        pytest.param(
            "Extubation planned for Friday once stable overnight .",
            [("Friday", "DATE", "2024-03-22"), ("overnight", "TIME", "2024-03-21TNI")],
            id="extubation_friday_once_stable",
        ),
        pytest.param(
            "Surgery on 03/25 if NPO overnight .",
            [("03/25", "DATE", "2024-03-25"), ("overnight", "TIME", "2024-03-24TNI")],
            id="surgery_on_day_if_npo",
        ),
        # and a night with no condition keeps the day's
        pytest.param(
            "Surgery Friday . Monitor overnight .",
            [("Friday", "DATE", "2024-03-22"), ("overnight", "TIME", "2024-03-22TNI")],
            id="monitor_overnight_no_condition",
        ),
    ],
)
def test_condition_night_needs_day_in_its_sentence(text: str, expected: list[Row]) -> None:
    """A condition's night is the day's before only when the day is named in its sentence."""
    assert _news(_NOTE + text, None)[1:] == expected


def test_condition_reach_is_the_tomls() -> None:
    """events.py reads the condition's reach from tense.toml's condition_before alone."""
    source = Path(__file__).parents[1].joinpath("chrono", "events.py").read_text()
    body = source.split("def _in_condition(", 1)[1].split("\ndef ", 1)[0]
    assert "span.start -" not in body


# ---- 6. code smells mended with outputs kept --------------------------------------------------


@pytest.mark.parametrize(
    ("words", "pattern", "longest"),
    [
        (text_module._LIST_END_WORDS, text_module._LIST_END, text_module._LIST_END_LONGEST),
        (text_module._RUNS_ON_WORDS, text_module._RUNS_ON, text_module._RUNS_ON_LONGEST),
    ],
    ids=["list_end", "runs_on"],
)
def test_line_end_reach_covers_every_word(
    words: tuple[str, ...], pattern: re.Pattern[str], longest: int
) -> None:
    """A line-end pattern searched from its longest match's start finds each of its words."""
    for word in words:
        line = f"Lead engineer, Initech, {word.upper()}  \n"
        width = len(line.rstrip())
        assert pattern.search(line, max(0, width - longest)), word


def test_period_before_or_after_keeps_its_value() -> None:
    """'The year before' after a dated year is the year before, as before the slot mend."""
    assert mentions(
        "In August 1768 the ship sailed. The year before, it was refitted.",
        dct=None,
        genre="narrative",
    ) == [
        ("August 1768", "DATE", "1768-08"),
        ("The year before", "DATE", "1767"),
    ]
