"""Recurring expressions (TimeML SETs) and frequencies, across genres: news, policies,
schedules, health leaflets and messages.

Each sentence was written for these tests. The tables pin every mention expected, with its
type and value, by the TimeML / TimeBank conventions for SETs: a set of periods is the period
("daily" P1D, "every four years" P4Y, "every 3 hours" PT3H), a set of calendar points is the
point with its unknown parts written X ("every Monday" XXXX-WXX-1, "each spring" XXXX-SP,
"every July 4" XXXX-07-04, "each morning" XXXX-XX-XXTMO, "on weekdays" XXXX-WXX-WD).

TimeML also writes a set's count in a ``freq`` attribute ("twice a week": value P1W, freq 2X)
and its quantifier in ``quant`` ("every"). chrono writes neither: "twice a week" and "once a
week" both read P1W here, and the count is only in the mention's text.
"""

from __future__ import annotations

import pytest
from passages import Row, found, mentions

DCT = "2024-03-15"

SETS: list[tuple[str, list[Row]]] = [
    # ---- news
    ("The committee meets every Monday.", [("every Monday", "SET", "XXXX-WXX-1")]),
    ("Premiums are reviewed annually.", [("annually", "SET", "P1Y")]),
    ("Elections are held every four years.", [("every four years", "SET", "P4Y")]),
    ("Sales rise every December.", [("every December", "SET", "XXXX-12")]),
    ("The festival is held every summer.", [("every summer", "SET", "XXXX-SU")]),
    ("The gardens open each spring.", [("each spring", "SET", "XXXX-SP")]),
    ("Fireworks are held every July 4.", [("every July 4", "SET", "XXXX-07-04")]),
    # a yearly set with its date is one set of that date, not a set and a dated day
    ("The tax is due every year on 1 July.", [("every year on 1 July", "SET", "XXXX-07-01")]),
    ("The festival takes place each year in March.", [("each year in March", "SET", "XXXX-03")]),
    ("Each year, on 14 July, France celebrates.", [("Each year, on 14 July", "SET", "XXXX-07-14")]),
    (
        "Rates are reset on January 1st every year.",
        [("January 1st every year", "SET", "XXXX-01-01")],
    ),
    ("The race is run in May each year.", [("May each year", "SET", "XXXX-05")]),
    (
        "Employees receive a bonus every year in December.",
        [("every year in December", "SET", "XXXX-12")],
    ),
    ("The paper is published weekly.", [("weekly", "SET", "P1W")]),
    ("The index is updated hourly.", [("hourly", "SET", "PT1H")]),
    # ---- policies and contracts
    ("Prices are reviewed every quarter.", [("every quarter", "SET", "P1Q")]),
    ("Staff are paid weekly.", [("weekly", "SET", "P1W")]),
    (
        "Invoices are paid on the last day of each month.",
        [("the last day of each month", "SET", "P1M")],
    ),
    ("Rent is due on the first of every month.", [("the first of every month", "SET", "P1M")]),
    (
        "Members meet on the third Thursday of every month.",
        [("the third Thursday of every month", "SET", "P1M")],
    ),
    # ---- schedules and opening hours
    ("The office is open on weekdays.", [("weekdays", "SET", "XXXX-WXX-WD")]),
    ("The clinic is closed on weekends and public holidays.", [("weekends", "SET", "XXXX-WXX-WE")]),
    (
        "Trains run every 15 minutes on weekdays and every half hour at weekends.",
        [
            ("every 15 minutes", "SET", "PT15M"),
            ("weekdays", "SET", "XXXX-WXX-WD"),
            ("every half hour", "SET", "PT30M"),
            ("weekends", "SET", "XXXX-WXX-WE"),
        ],
    ),
    # a clock time or a part of the day after the day narrows the set: no dated time
    (
        "The team meets every Monday at 9 a.m.",
        [("every Monday at 9 a.m.", "SET", "XXXX-WXX-1T09:00")],
    ),
    (
        "The bus leaves every weekday at 7:30.",
        [("every weekday at 7:30", "SET", "XXXX-WXX-WDT07:30")],
    ),
    (
        "Updates will be posted every Friday at noon.",
        [("every Friday at noon", "SET", "XXXX-WXX-5T12:00")],
    ),
    (
        "The newsletter goes out every Friday morning.",
        [("every Friday morning", "SET", "XXXX-WXX-5TMO")],
    ),
    (
        "The clinic runs a walk-in session every weekday morning.",
        [("every weekday morning", "SET", "XXXX-WXX-WDTMO")],
    ),
    (
        "The library closes at 5 p.m. on Saturdays.",
        [("5 p.m.", "TIME", "XXXX-XX-XXT17:00"), ("Saturdays", "SET", "XXXX-WXX-6")],
    ),
    # a weekday coordinated with a set is one of its days; the hours after a set are any
    # such day's, not the document's
    (
        "We meet every Tuesday and Thursday.",
        [("every Tuesday", "SET", "XXXX-WXX-2"), ("Thursday", "SET", "XXXX-WXX-4")],
    ),
    (
        "The pharmacy is open daily from 9 a.m. to 6 p.m.",
        [
            ("daily", "SET", "P1D"),
            ("9 a.m.", "TIME", "XXXX-XX-XXT09:00"),
            ("6 p.m.", "TIME", "XXXX-XX-XXT18:00"),
        ],
    ),
    ("Bins are collected every other week.", [("every other week", "SET", "P2W")]),
    ("The ferry runs nightly.", [("nightly", "SET", "P1D")]),
    # ---- health leaflets and clinical notes
    ("Take one tablet daily with food.", [("daily", "SET", "P1D")]),
    ("Take two capsules every 3 hours.", [("every 3 hours", "SET", "PT3H")]),
    ("Take the drops three times a day.", [("three times a day", "SET", "P1D")]),
    ("Nurses visit twice a week.", [("twice a week", "SET", "P1W")]),
    ("Water the plants once a month.", [("once a month", "SET", "P1M")]),
    ("Blood pressure should be checked once a year.", [("once a year", "SET", "P1Y")]),
    ("Metformin 500 mg t.i.d.", [("t.i.d.", "SET", "P1D")]),
    ("Take 2 puffs every 4 hours as needed.", [("every 4 hours", "SET", "PT4H")]),
    ("Walk the dog each morning.", [("each morning", "SET", "XXXX-XX-XXTMO")]),
    # ---- messages
    (
        "reminder: yoga every Tuesday at 6:30 pm",
        [("every Tuesday at 6:30 pm", "SET", "XXXX-WXX-2T18:30")],
    ),
    ("standup every weekday at 9:15", [("every weekday at 9:15", "SET", "XXXX-WXX-WDT09:15")]),
    ("We go to my gran's every other Sunday.", [("every other Sunday", "SET", "P2W")]),
    # "Every day matters" names every day: a set by its form, as TimeML reads it
    ("Every day matters.", [("Every day", "SET", "P1D")]),
]


@pytest.mark.parametrize(("text", "table"), SETS, ids=[text for text, _ in SETS])
def test_recurring_expression_is_one_set_with_its_calendar_value(
    text: str, table: list[Row]
) -> None:
    """Each recurring expression is one SET whose value carries its day, month and time."""
    assert mentions(text, dct=DCT) == table


NOT_SETS: list[tuple[str, list[str]]] = [
    # newspapers: "daily" or "weekly" as a noun before the paper's name, or inside a title
    ("The report was published in the daily Granma.", []),
    ("said the business daily Handelsblatt.", []),
    ("according to the Daily Mail.", []),
    ("wrote the Weekly Standard.", []),
    # compounds and adjectives of kind
    ("They handle day-to-day operations.", []),
    ("everyday items like soap", []),
    # TimeBank never tags "annual" before a noun (6 untagged in TimeBank and AQUAINT)
    ("The annual report came out on Tuesday.", ["Tuesday"]),
    # "each spring" is a verb after a pronoun or before a particle
    ("we each spring into action", []),
    ("The bulbs each spring up in April.", ["April"]),
]


@pytest.mark.parametrize(("text", "expected"), NOT_SETS, ids=[text for text, _ in NOT_SETS])
def test_look_alikes_of_recurrences_are_not_sets(text: str, expected: list[str]) -> None:
    """Newspapers' names, compounds and verbs that look like frequencies are no sets."""
    assert found(text, dct=DCT) == expected


def test_adjective_of_frequency_before_a_common_noun_stays_a_set() -> None:
    """ "a weekly magazine" recurs, as TimeBank's "a daily public ..." and "daily flights" do;
    a paper named after its owner stays a set, as TimeBank tags "the Communist Party daily
    Granma"."""
    assert mentions("She edits a weekly magazine.", dct=DCT) == [("weekly", "SET", "P1W")]
    assert mentions("published by the Communist Party daily Granma", dct=DCT) == [
        ("daily", "SET", "P1D")
    ]


def test_rate_after_an_amount_is_not_tagged() -> None:
    """ "$1 billion a year", "dozens of interviews a day" are rates. TimeML reads them as SETs
    (TimeBank: "$33 million a year" P1Y, "interviews a day" P1D freq 100X), but the gold leaves
    most untagged (in TimeBank and AQUAINT, of the amounts before "a year/week/month/day", five
    are untagged, one is a SET, one a DURATION): chrono follows the majority."""
    assert found("The plant will cost $1 billion a year.", dct=DCT) == []
    assert found("He gave dozens of interviews a day.", dct=DCT) == []


def test_biannual_and_biennial_adjectives_are_left_alone() -> None:
    """ "biannual" is twice a year to dictionaries and every two years to many writers, and
    "biennial" the reverse confusion: before a noun chrono tags neither rather than guess (the
    adverbs, "biannually" P6M and "biennially" P2Y, are sets)."""
    assert found("The society holds a biannual conference.", dct=DCT) == []
    assert found("The biennial exhibition opens in Venice.", dct=DCT) == []
    assert mentions("The committee reports biannually.", dct=DCT) == [("biannually", "SET", "P6M")]
