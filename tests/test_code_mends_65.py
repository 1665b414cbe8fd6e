"""Code mends of session 25: what chrono/events.py did after the fact for one phenomenon at a
time becomes knowledge of the rules (a rule's ``before`` context, a slot its pattern fills).

Recipes, posts and news, rows as TimeBank annotates them (TIMEX3 type and value; news anchored
to its document date, its weekday checked with ``datetime``):
- a recipe's instruction to leave food "overnight" names a night of any day (XXXX-XX-XXTNI):
  the rule time.overnight_instruction reads the instruction before it (its ``before``), no step
  of events.py rewrites time.overnight's value; a story's "The beans soaked overnight" keeps
  the night of its day;
- a holiday right before a year counted from the document's ("Black Friday last year",
  "Christmas Eve of last year", "Black Friday two years ago") is of that year: date.holiday and
  date.holiday_informal read the year in their own pattern (slots ``relyear``, ``yearsago``),
  no step reads the next mention; "On Black Friday, last year's record fell" and "Black Friday
  sales two years ago" keep the holiday ahead;
- a day a holiday of a year "falls on" takes the holiday's year when the year is written after
  it too, and so does the holiday's own day in apposition to it: on Monday 20 November 2023
  "Thanksgiving in 2024 falls on Nov. 28" is 2024-11-28 twice (was 2023-11-23 and
  2023-11-28), "Thanksgiving next year, on Nov. 28, stores open" 2024-11-28 (was the Nov. 28
  ahead); "Thanksgiving next year, on Nov. 30," is another day, the one ahead;
- a holiday in a clause whose subject a written year dates is that year's: on Monday 27
  November 2023 "Shoppers in 2022 dubbed Black Friday a bust" is 2022-11-25 (was 2023-11-24);
  "Retailers in 2023 called Black Friday a success" 2023-11-24, and "In 2022 sales fell; Black
  Friday is next week" keeps this year's.
"""

from __future__ import annotations

import ast
import datetime as dt
from pathlib import Path

import pytest
from passages import Row, mentions

import chrono
from chrono.extract.grammar import load_grammar

_EVENTS_PY = Path(__file__).resolve().parents[1] / "chrono" / "events.py"


def _news(text: str, dct: str) -> list[Row]:
    return mentions(text, dct=dct, genre="news")


def _functions(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    return {node.name for node in ast.walk(tree) if isinstance(node, ast.FunctionDef)}


def test_the_weekdays_of_the_document_dates() -> None:
    """The document dates are the weekdays the passages say (Monday 20 November 2023...)."""
    assert dt.date(2023, 11, 20).strftime("%A") == "Monday"
    assert dt.date(2023, 11, 27).strftime("%A") == "Monday"
    assert dt.date(2024, 11, 28).strftime("%A") == "Thursday"
    assert dt.date(2022, 11, 25).strftime("%A") == "Friday"


# ---- 1. a recipe's "overnight", a rule's context ---------------------------------------------


def test_no_step_rewrites_a_recipe_s_overnight() -> None:
    """events.py has no step for a recipe's "overnight": the rule's ``before`` reads it."""
    assert "_nights_of_instructions" not in _functions(_EVENTS_PY)
    rule = next(r for r in load_grammar("en").rules if r.id == "time.overnight_instruction")
    assert rule.before is not None


@pytest.mark.parametrize(
    ("text", "rule", "value"),
    [
        pytest.param(
            "Rub the spice paste into the lamb. Marinate overnight, then roast.",
            "time.overnight_instruction",
            "XXXX-XX-XXTNI",
            id="marinate",
        ),
        pytest.param(
            "Whisk the batter, cover and refrigerate overnight.",
            "time.overnight_instruction",
            "XXXX-XX-XXTNI",
            id="cover-and-refrigerate",
        ),
        pytest.param(
            "Shape the loaf and let it rise in the fridge overnight.",
            "time.overnight_instruction",
            "XXXX-XX-XXTNI",
            id="let-it-rise",
        ),
        pytest.param(
            "Allow the custard to set overnight before slicing.",
            "time.overnight_instruction",
            "XXXX-XX-XXTNI",
            id="allow-to-set",
        ),
        # look-alikes: a story's night, the past, a verb not bare
        pytest.param(
            "The beans soaked overnight in the pot.",
            "time.overnight",
            "2023-09-12TNI",
            id="beans-soaked",
        ),
        pytest.param(
            "Firefighters let the debris cool overnight.",
            "time.overnight",
            "2023-09-12TNI",
            id="let-in-the-past",
        ),
        pytest.param(
            "Crews will soak the field overnight, officials said.",
            "time.overnight",
            "2023-09-12TNI",
            id="crews-will-soak",
        ),
    ],
)
def test_a_recipe_s_overnight_is_the_rule_s_value(text: str, rule: str, value: str) -> None:
    """A recipe's "overnight" is XXXX-XX-XXTNI from time.overnight_instruction; a story's
    stays time.overnight's night of its day."""
    doc, _ = chrono.extract_document(text, dct="2023-09-12", genre="news")
    assert [(m.text, m.rule, m.value) for m in doc.mentions] == [("overnight", rule, value)]


# ---- 2. a holiday of a counted year, a slot of the holiday's rule ------------------------------


def test_no_step_gives_a_holiday_the_counted_year_after_it() -> None:
    """events.py has no step reading the year after a holiday: the holiday's rule reads it."""
    assert not {"_holiday_of_relative_year", "_counted_years"} & _functions(_EVENTS_PY)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Analysts said foot traffic on Black Friday last year fell 4%.",
            [
                ("Black Friday", "DATE", "2022-11-25"),
                ("last year", "DATE", "2022"),
            ],
            id="black-friday-last-year",
        ),
        pytest.param(
            "Queues on Christmas Eve of last year stretched round the block.",
            [("Christmas Eve", "DATE", "2022-12-24"), ("last year", "DATE", "2022")],
            id="christmas-eve-of-last-year",
        ),
        pytest.param(
            "Memorial Day weekend next year is expected to be busier.",
            [("Memorial Day weekend", "DATE", "2024-W21-WE"), ("next year", "DATE", "2024")],
            id="memorial-day-weekend-next-year",
        ),
        pytest.param(
            "Cyber Monday three years ago set the record.",
            [("Cyber Monday", "DATE", "2020-11-30"), ("three years ago", "DATE", "2020")],
            id="cyber-monday-three-years-ago",
        ),
        pytest.param(
            "cyber monday last year was wild lol",
            [("cyber monday", "DATE", "2022-11-28"), ("last year", "DATE", "2022")],
            id="informal-cyber-monday-last-year",
        ),
        # look-alikes: across a comma, a noun between, a few years
        pytest.param(
            "On Black Friday, last year's record fell.",
            [("Black Friday", "DATE", "2023-11-24"), ("last year", "DATE", "2022")],
            id="across-a-comma",
        ),
        pytest.param(
            "Black Friday sales two years ago were lower.",
            [("Black Friday", "DATE", "2023-11-24"), ("two years ago", "DATE", "2021")],
            id="a-noun-between",
        ),
        pytest.param(
            "Black Friday a few years ago drew crowds.",
            [("Black Friday", "DATE", "2023-11-24"), ("a few years ago", "DATE", "PAST_REF")],
            id="a-few-years-ago",
        ),
    ],
)
def test_a_holiday_before_a_counted_year_is_of_that_year(text: str, expected: list[Row]) -> None:
    """A holiday right before "last year", "of last year", "next year" or "N years ago" is
    that year's (on Monday 20 November 2023); across a comma or a noun it is the one ahead."""
    assert _news(text, "2023-11-20") == expected


# ---- 3. the day a holiday of a written year falls on; a holiday of its clause's year -----------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Thanksgiving in 2024 falls on Nov. 28.",
            [
                ("Thanksgiving", "DATE", "2024-11-28"),
                ("2024", "DATE", "2024"),
                ("Nov. 28", "DATE", "2024-11-28"),
            ],
            id="thanksgiving-in-2024-falls-on",
        ),
        pytest.param(
            "Easter in 2025 falls on April 20, so schools break late.",
            [
                ("Easter", "DATE", "2025-04-20"),
                ("2025", "DATE", "2025"),
                ("April 20", "DATE", "2025-04-20"),
            ],
            id="easter-in-2025-falls-on",
        ),
        pytest.param(
            "Christmas in 2024 falls on a Wednesday.",
            [
                ("Christmas", "DATE", "2024-12-25"),
                ("2024", "DATE", "2024"),
                ("Wednesday", "DATE", "2024-12-25"),
            ],
            id="christmas-in-2024-falls-on-a-wednesday",
        ),
        pytest.param(
            "Thanksgiving next year, on Nov. 28, stores open.",
            [
                ("Thanksgiving", "DATE", "2024-11-28"),
                ("next year", "DATE", "2024"),
                ("Nov. 28", "DATE", "2024-11-28"),
            ],
            id="thanksgiving-next-year-on-nov-28",
        ),
        pytest.param(
            "Christmas next year, Dec. 25, closes the markets.",
            [
                ("Christmas", "DATE", "2024-12-25"),
                ("next year", "DATE", "2024"),
                ("Dec. 25", "DATE", "2024-12-25"),
            ],
            id="christmas-next-year-dec-25",
        ),
        # look-alikes: another day in apposition, a holiday of no year
        pytest.param(
            "Thanksgiving next year, on Nov. 30, stores open.",
            [
                ("Thanksgiving", "DATE", "2024-11-28"),
                ("next year", "DATE", "2024"),
                ("Nov. 30", "DATE", "2023-11-30"),
            ],
            id="another-day-in-apposition",
        ),
        pytest.param(
            "Thanksgiving falls on Nov. 23.",
            [("Thanksgiving", "DATE", "2023-11-23"), ("Nov. 23", "DATE", "2023-11-23")],
            id="thanksgiving-of-no-year",
        ),
    ],
)
def test_the_day_a_holiday_of_a_year_falls_on_is_of_that_year(
    text: str, expected: list[Row]
) -> None:
    """A day a holiday of a counted or written year falls on, or its own day in apposition,
    is of the holiday's year (on Monday 20 November 2023)."""
    assert _news(text, "2023-11-20") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Shoppers in 2022 dubbed Black Friday a bust.",
            [("2022", "DATE", "2022"), ("Black Friday", "DATE", "2022-11-25")],
            id="shoppers-in-2022-dubbed",
        ),
        pytest.param(
            "Retailers in 2021 spent heavily on Cyber Monday.",
            [("2021", "DATE", "2021"), ("Cyber Monday", "DATE", "2021-11-29")],
            id="retailers-in-2021-spent-on",
        ),
        pytest.param(
            "Families in 2020 celebrated Thanksgiving over video calls.",
            [("2020", "DATE", "2020"), ("Thanksgiving", "DATE", "2020-11-26")],
            id="families-in-2020-celebrated",
        ),
        # look-alikes: the year of the holiday ahead, another clause, a sentence's opening
        pytest.param(
            "Retailers in 2023 called Black Friday a success.",
            [("2023", "DATE", "2023"), ("Black Friday", "DATE", "2023-11-24")],
            id="retailers-in-2023-called",
        ),
        pytest.param(
            "In 2022 sales fell; Black Friday is next week.",
            [
                ("2022", "DATE", "2022"),
                ("Black Friday", "DATE", "2023-11-24"),
                ("next week", "DATE", "2023-W49"),
            ],
            id="another-clause",
        ),
        pytest.param(
            "Sales in 2022 rose, and Black Friday is next week.",
            [
                ("2022", "DATE", "2022"),
                ("Black Friday", "DATE", "2023-11-24"),
                ("next week", "DATE", "2023-W49"),
            ],
            id="across-a-comma",
        ),
    ],
)
def test_a_holiday_of_a_clause_dated_by_its_subject_is_of_that_year(
    text: str, expected: list[Row]
) -> None:
    """A holiday in a past clause whose subject "in 2022" dates is that year's (on Monday 27
    November 2023); another clause's year does not date it."""
    assert _news(text, "2023-11-27") == expected
