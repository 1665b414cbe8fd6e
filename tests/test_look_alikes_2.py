"""Look-alikes, second round: numbers and words in formal and informal text that are no dates.

Wire fixtures lists with kick-off hours in brackets, disaster and budget reports whose counts
are four digits, cricket scorecards, newspaper round-ups that name a paper "daily", radio
sign-offs, page citations, hyphenated sizes, local phone numbers, recipes, a car's model year
after its owner. Each passage was written for these tests in the style of its kind, with its
publication date as the document date (weekdays checked with datetime: 2024-03-08 is a Friday,
2024-03-09 the Saturday, 2024-03-10 the Sunday and 2024-03-11 the Monday after it, 2024-03-06 a
Wednesday and 2024-03-07 a Thursday). Each table pins every mention that must be found, with
its TIMEX3 type and value; the look-alikes after them must yield nothing. The first round of
look-alikes is spread over the genre files (grep tests/ for "look-alike").
"""

from __future__ import annotations

import pytest
from passages import Row, mentions

DCT = "2024-03-08"


def _mentions(text: str) -> list[Row]:
    return mentions(text, dct=DCT, genre="news")


# (kind, passage, expected mentions)
PASSAGES: list[tuple[str, str, list[Row]]] = [
    (
        # kick-off hours in brackets after "Team v Team" are no years
        "wire_fixtures_list",
        "SOCCER - SPANISH LEAGUE FIXTURES\nMADRID, March 8 (Reuters) - Spanish first division "
        "fixtures for this weekend (kick-off times GMT):\nSaturday, March 9\nCelta Vigo v Real "
        "Sociedad (1900) Getafe v Espanyol (2000)\nSunday, March 10\nOsasuna v Levante (1500) "
        "Deportivo La Coruna v Atletico de Madrid (1730) Real Madrid v Recreativo Huelva (2100)",
        [
            ("March 8", "DATE", "2024-03-08"),
            ("this weekend", "DATE", "2024-W10-WE"),
            ("Saturday, March 9", "DATE", "2024-03-09"),
            ("Sunday, March 10", "DATE", "2024-03-10"),
        ],
    ),
    (
        # casualty counts after "and", sums in billions and millions are no years
        "disaster_and_budget_report",
        "A gas explosion at a chemical plant on Wednesday left 37 dead and 1400 injured, the "
        "ministry said on Thursday. Reconstruction will cost 1300 billion dinars (1091 million "
        "US dollars), and the 1000-km pipeline that feeds the plant stays shut for two weeks.",
        [
            ("Wednesday", "DATE", "2024-03-06"),
            ("Thursday", "DATE", "2024-03-07"),
            ("two weeks", "DURATION", "P2W"),
        ],
    ),
    (
        # "500-5 dec" is an innings declared with five wickets down, not the fifth of December
        "cricket_scorecard",
        "SuperSport Series, Durban, final day: Dolphins 500-5 dec (H. Dippenaar 132) and 212 for "
        "3 dec; Eagles 310 and 187-4. Match drawn. The sides meet again on Monday.",
        [("Monday", "DATE", "2024-03-11")],
    ),
    (
        # "daily" after a city's "-based" or a nationality is a newspaper
        "press_round_up",
        "The Tokyo-based daily Yomiuri reported on Thursday that talks had stalled, while the "
        "Israeli daily Haaretz and the French daily Le Monde said a deal was near. Flights "
        "between the two capitals still leave daily.",
        [("Thursday", "DATE", "2024-03-07"), ("daily", "SET", "P1D")],
    ),
    (
        # a programme's and a paper's "Today", and a song, are titles
        "radio_transcript",
        "The minister told USA Today on Wednesday that the vote would go ahead. Later the band "
        "played Summer of '69 to a crowd that remembered the summer of '69. This is VOA Today.",
        [("Wednesday", "DATE", "2024-03-06"), ("the summer of '69", "DATE", "1969-SU")],
    ),
    (
        # page ranges, hyphenated sizes and a model year after its owner
        "court_report_with_citations",
        "The 1998 ruling, reported at pp. 1914-1918 of the digest, was cited again. A "
        "1500-strong police force searched the area, and Kopp's 1987 Chevrolet Cavalier was "
        "found near a 2000-seat arena on Friday.",
        [("1998", "DATE", "1998"), ("Friday", "DATE", "2024-03-08")],
    ),
    (
        # a recipe's oven and a local phone number
        "informal_recipe_post",
        "nan's lemon cake 🍋 bake at 350 for 25 minutes, rest for 10, then glaze. questions? "
        "call 555-1234 after 6pm tonight",
        [
            ("25 minutes", "DURATION", "PT25M"),
            ("6pm tonight", "TIME", "2024-03-08T18:00"),
        ],
    ),
]


@pytest.mark.parametrize(
    ("passage", "expected"),
    [pytest.param(passage, table, id=kind) for kind, passage, table in PASSAGES],
)
def test_passages_keep_their_dates_and_drop_their_look_alikes(
    passage: str, expected: list[Row]
) -> None:
    """A passage full of numbers yields its dates, times and durations and nothing else."""
    assert _mentions(passage) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Watford vs. Arsenal (1730) Charlton v Fulham (1500)",
        "The blast left 600 dead and 1400 injured; 2000 displaced.",
        "Imports reached 1721 million US dollars and 2050 billion yen.",
        "Eagles 450 for 7 dec.",
        "See p. 1066 and pp. 2001-2010.",
        "a 1500-metre runway, a 2000-bed hospital and a 1000-page report",
        "the Pakistani daily Dawn and the Spanish daily El Pais",
        "For sales phone us on 555-0199, or fax 555-2024.",
        "He wore bib 1999 and left his bag in locker 2024 by bus stop 2003.",
        "Meet me at the 7/11 on Route 66 after my 9-5 job.",
        "The 49ers beat the Rams 27-24; Catch-22 and Fahrenheit 451 are on the list.",
        "The Peugeot 2008 and the Peugeot 3008 sold well.",
    ],
)
def test_look_alikes_are_not_dates(text: str) -> None:
    """Fixtures' kick-off hours, counts of casualties and of millions, declared innings, page
    ranges, hyphenated sizes, newspapers called "daily", local phone numbers, bibs, lockers and
    bus stops, shop and road names, scores and titles are no dates."""
    assert _mentions(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the look-alike rules leave real dates beside the same words
        (
            "The Qing Dynasty (1644-1911) ended.",
            [("1644", "DATE", "1644"), ("1911", "DATE", "1911")],
        ),
        ("In 1400 injured knights returned.", [("1400", "DATE", "1400")]),
        ("see you 5 dec", [("5 dec", "DATE", "2024-12-05")]),
        ("the daily briefing", [("daily", "SET", "P1D")]),
    ],
)
def test_real_dates_beside_look_alike_words_stay(text: str, expected: list[Row]) -> None:
    """A year in brackets without a fixture, a year after "In", a day of "dec" and the
    adjective "daily" stay dates."""
    assert _mentions(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "Orion 1980, the joint venture, makes space-travel rigs.",
            id="company_name",
            marks=pytest.mark.xfail(
                strict=True, reason="a year in a company's name is read as the year"
            ),
        ),
        pytest.param(
            "Taylor Swift's 1989 tour sold out.",
            id="album_title",
            marks=pytest.mark.xfail(
                strict=True, reason="an album named after a year is read as the year"
            ),
        ),
        pytest.param(
            "F1 2024 is out on PC.",
            id="game_title",
            marks=pytest.mark.xfail(
                strict=True, reason="a video game titled by its season is read as the year"
            ),
        ),
        pytest.param(
            "The flood left 12 dead, and 1200 were evacuated.",
            id="count_before_verb",
            marks=pytest.mark.xfail(
                strict=True, reason="a bare count before a passive verb is read as a year"
            ),
        ),
    ],
)
def test_look_alikes_chrono_does_not_yet_drop(text: str) -> None:
    """Known gaps, kept as strict expected failures so that a fix shows up."""
    assert _mentions(text) == []


@pytest.mark.xfail(
    strict=True, reason="a list's bare weekday headings, with no verb, are read as the past week's"
)
def test_fixtures_under_bare_weekday_headings() -> None:
    """A fixtures list's bare "Saturday" and "Sunday" headings are the coming weekend's days."""
    text = (
        "Spanish fixtures for this weekend (kick-off times GMT):\nSaturday\nGetafe v Espanyol "
        "(2000)\nSunday\nOsasuna v Levante (1500)"
    )
    assert _mentions(text) == [
        ("this weekend", "DATE", "2024-W10-WE"),
        ("Saturday", "DATE", "2024-03-09"),
        ("Sunday", "DATE", "2024-03-10"),
    ]
