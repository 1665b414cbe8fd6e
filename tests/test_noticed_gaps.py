"""Gaps the helpers writing tests for one kind of text noticed in session 9, each a phenomenon of
the language, in passages of the kind of text it was noticed in.

A Wikipedia-style war history: an infinitive after a plan in the past perfect dates the plan's
step of the story ("Lee had planned to cross on the night of 13/14 July" after 3 July 1863 is
of 1863), and the second day of a night pair in a look back takes the year of the first, not
one more year back; three bare ordinals in a list ("On the 24th, 25th and 26th") are three
days of the month the story is in. A web page's reading time ("4 min read", "Reading time: 3
minutes") is no duration of the story; someone's "last day" before the day it is ("Her last
day will be Friday") is no date of its own. A chronology under year headings read as news: a
later date of an entry's line is of the heading's year. News: "about three hours later" after
"11:40 p.m. Saturday" is a clock time of the next day; a backstory's "In June" with no comma is
of the year the backstory reached. A sports event named "<city or competition> <year>"
("Tokyo 2020", "Euro 2020", "the Euro 2024 hosts") is tagged as its year, as the TempEval-3
data tag "Athens 2004", "France 1998" and "Germany 2006". Clinical orders: "q.a.c.", "a.c.",
"p.c.", "q.h.s." are daily sets, and "the following weekend" after a Thursday is the weekend of
that week. Weekdays checked with datetime: 2023-09-12 is a Tuesday (09-09 the Saturday, 09-11
the Monday, 09-15 the Friday and 09-16 the Saturday around it); 2025-04-10 is a Thursday of ISO
week 15, whose weekend is 12-13 April.
"""

from __future__ import annotations

import pytest
from passages import Row, mentions

# (kind, passage, options, expected mentions)
PASSAGES: list[tuple[str, str, dict[str, str], list[Row]]] = [
    (
        "war_history_plan",
        "In June 1863 Lee's army crossed into Pennsylvania, and on 1 July the battle of "
        "Gettysburg opened. After the failure of Pickett's charge on the 3rd, Lee began his "
        "retreat in heavy rain. The Potomac was in flood, and Lee had planned to cross on the "
        "night of 13/14 July; Meade attacked too late to stop him.",
        {"genre": "narrative"},
        [
            ("June 1863", "DATE", "1863-06"),
            ("1 July", "DATE", "1863-07-01"),
            ("the 3rd", "DATE", "1863-07-03"),
            # the planned crossing is the story's next step, not a look back to 1862
            ("13", "DATE", "1863-07-13"),
            ("14 July", "DATE", "1863-07-14"),
        ],
    ),
    (
        "war_history_look_back",
        "The ground war ended on 28 February 1991. Iraqi armour had first crossed into Kuwait on "
        "the night of 1/2 August.",
        {"genre": "narrative"},
        [
            ("28 February 1991", "DATE", "1991-02-28"),
            # a past perfect looks back to the August before; both days of the night are of it
            ("1", "DATE", "1990-08-01"),
            ("2 August", "DATE", "1990-08-02"),
        ],
    ),
    (
        "war_history_ordinal_list",
        "The German spring offensive opened on 21 March 1918. On the 24th, 25th and 26th the "
        "Fifth Army fell back across the Somme, and on the 28th the attack on Arras failed. "
        "Early in April the Germans struck again in Flanders.",
        {"genre": "narrative"},
        [
            ("21 March 1918", "DATE", "1918-03-21"),
            ("the 24th", "DATE", "1918-03-24"),
            ("25th", "DATE", "1918-03-25"),
            ("26th", "DATE", "1918-03-26"),
            ("the 28th", "DATE", "1918-03-28"),
            ("Early in April", "DATE", "1918-04"),  # mod START
        ],
    ),
    (
        "web_byline_last_day",
        "Local News\nSeptember 12, 2023 · 4 min read\n"
        "Ruth Alvarez, who has run the Maple Street branch library for 31 years, is retiring. "
        "Her last day will be Friday, and the library will hold a reception for her on Saturday "
        "afternoon. Alvarez started at the branch in 1992.",
        {},
        [
            ("September 12, 2023", "DATE", "2023-09-12"),
            ("31 years", "DURATION", "P31Y"),
            ("Friday", "DATE", "2023-09-15"),
            ("Saturday afternoon", "TIME", "2023-09-16TAF"),
            ("1992", "DATE", "1992"),
        ],
    ),
    (
        "chronology_as_news",
        "== 1916 ==\n* May 3 – Flights resume at Hendon; they continue until September 30.\n"
        "* October 12 – The airfield closes for the winter.\n\n"
        "== 1917 ==\n* June 2 – The new line opens; it closes on August 4 after a fire.\n",
        {"genre": "news", "dct": "2023-09-12"},
        [
            ("1916", "DATE", "1916"),
            ("May 3", "DATE", "1916-05-03"),
            ("September 30", "DATE", "1916-09-30"),  # the heading's year, not 2023's
            ("October 12", "DATE", "1916-10-12"),
            ("the winter", "DATE", "1916-WI"),
            ("1917", "DATE", "1917"),
            ("June 2", "DATE", "1917-06-02"),
            ("August 4", "DATE", "1917-08-04"),
        ],
    ),
    (
        "police_brief",
        "Police were called to a bar on Elm Street at 11:40 p.m. Saturday after reports of a "
        "fight. About three hours later, officers arrested a 24-year-old man at his home, police "
        "said Monday.",
        {"dct": "2023-09-12"},
        [
            ("11:40 p.m. Saturday", "TIME", "2023-09-09T23:40"),
            ("three hours later", "TIME", "2023-09-10T02:40"),  # past midnight
            ("Monday", "DATE", "2023-09-11"),
        ],
    ),
    (
        "profile_backstory",
        "Maria Ortiz learned to bake from her grandmother. In 1987, she opened a bakery in "
        "Dayton. Two years later, a fire destroyed it. In June she moved to Ohio's capital and "
        "started over.",
        {"dct": "2023-09-12"},
        [
            ("1987", "DATE", "1987"),
            ("Two years later", "DATE", "1989"),
            ("June", "DATE", "1989-06"),  # no comma after "In June": still the backstory's
        ],
    ),
    (
        "sports_events_named_by_year",
        "Italy won Euro 2020, played in 2021 because of the pandemic, and Tokyo 2020 was also "
        "held a year late. The Euro 2024 hosts, Germany, open the tournament on June 14.",
        {"dct": "2023-09-12"},
        [
            ("2020", "DATE", "2020"),
            ("2021", "DATE", "2021"),
            ("2020", "DATE", "2020"),
            ("a year", "DURATION", "P1Y"),
            ("2024", "DATE", "2024"),
            ("June 14", "DATE", "2024-06-14"),
        ],
    ),
    (
        "clinic_orders",
        "Seen in clinic Thursday 4/10 for follow-up of type 2 diabetes. Fasting glucose has "
        "ranged 140-180 over the past 2 weeks.\nPlan: glipizide 5 mg p.o. q.a.c.; insulin "
        "aspart 4 units a.c. and h.s.; famotidine 20 mg p.o. p.c.; trazodone 50 mg q.h.s. "
        "Return the following weekend for a glucose check, then in 3 months.",
        {"dct": "2025-04-10"},
        [
            ("Thursday 4/10", "DATE", "2025-04-10"),
            ("the past 2 weeks", "DURATION", "P2W"),
            ("q.a.c.", "SET", "P1D"),
            ("a.c.", "SET", "P1D"),
            ("h.s.", "SET", "P1D"),
            ("p.c.", "SET", "P1D"),
            ("q.h.s.", "SET", "P1D"),
            # the weekend right after that Thursday, not the one after next
            ("the following weekend", "DATE", "2025-W15-WE"),
            ("3 months", "DURATION", "P3M"),
        ],
    ),
]


@pytest.mark.parametrize(
    ("text", "options", "expected"),
    [pytest.param(text, options, table, id=kind) for kind, text, options, table in PASSAGES],
)
def test_passage(text: str, options: dict[str, str], expected: list[Row]) -> None:
    """Every mention of the passage, with its type and value."""
    assert mentions(text, **options) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Seen Thursday 4/10; return the following week.", ("the following week", "2025-W16")),
        (
            "Seen Saturday 4/12; return the following weekend.",
            ("the following weekend", "2025-W16-WE"),
        ),
        (
            "Seen Thursday 4/10; the previous weekend was quiet.",
            ("the previous weekend", "2025-W14-WE"),
        ),
    ],
)
def test_the_following_week_and_weekend_after_a_day(text: str, expected: tuple[str, str]) -> None:
    """ "the following week" after a day is the week after the day's; "the following weekend"
    the first weekend after the day (the next week's after a Saturday), and "the previous
    weekend" the one before it."""
    found = [(t, v) for t, _, v in mentions(text, dct="2025-04-14")]
    assert found[-1] == expected


@pytest.mark.parametrize(
    "text",
    [
        "Opinion | 6 min read\nReading time: about 5 minutes",
        "The AC in the waiting room was fixed and the PC was rebooted.",
        "Pupils in the 4th, 5th, and 6th grades were sent home early.",
        "The 4th, 5th and 6th Armies held the line.",
    ],
)
def test_look_alikes_yield_nothing(text: str) -> None:
    """A page's reading time, air conditioning and a computer, grades and armies numbered in a
    list are no times."""
    assert mentions(text, dct="2023-09-12") == []
