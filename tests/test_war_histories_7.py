"""Held-out genre, seventh round: Wikipedia war histories read as narratives, across the eras.

Passages written for these tests in the style of English Wikipedia on wars the earlier rounds
(tests/test_war.py, tests/test_history.py, tests/test_histories_2.py,
tests/test_war_histories_3.py to tests/test_war_histories_6.py, tests/test_war_articles*.py)
leave aside: Varus and Germanicus in Germany, Alexander's reign, the Third Crusade's call to
arms, Henry V's return to France, Edward IV's French campaign, the Korean War told by section
years, the Falklands' 74 days, the end of the Iran–Iraq War and the Yugoslav wars. Conventions
as in those files: "the early hours of" a date tags only the date, "within weeks" the vague
duration, ages ("aged 20", "at the age of 32") are no times, and wars named by their length
("the Ten-Day War") are names.
New here: the movable feasts of a year before 1583 fall where the Julian calendar, which the
history writes, put them ("Easter 1415" is 31 March, "Whitsun 1381" 2 June); an army's
"campaigning season" is a year of the war ("the next campaigning season", "two campaigning
seasons later"); after a preposition "May" before a pronoun is the month ("By May they had
reached the Don", not the modal of "May they rest in peace"); a paragraph that goes back to an
earlier year ("Back in 1950, ...") tells that year until it ends, and the next paragraph goes
on with the year the story had reached.
"""

from __future__ import annotations

import pytest
from passages import Row
from passages import found_in_narrative as _found
from passages import mentions as _mentions

GERMANIA = (
    "The Battle of the Teutoburg Forest was fought in AD 9, when Arminius ambushed three Roman "
    "legions under Varus. The fighting lasted three days. Germanicus took command on the Rhine in"
    " AD 14, and the following spring he crossed into Germany. In AD 16 he won at Idistaviso, but"
    " that winter Tiberius recalled him."
)

GERMANIA_TABLE: list[Row] = [
    ("AD 9", "DATE", "0009"),
    ("three days", "DURATION", "P3D"),
    ("AD 14", "DATE", "0014"),
    ("the following spring", "DATE", "0015-SP"),
    ("AD 16", "DATE", "0016"),
    ("that winter", "DATE", "0016-WI"),
]


ALEXANDER = (
    "Alexander, aged 20, succeeded Philip in 336 BC. He crossed the Hellespont two years later, "
    "and in the autumn of 333 BC he defeated Darius at Issus. He died in Babylon in June 323 BC "
    "at the age of 32, after a reign of twelve years."
)

ALEXANDER_TABLE: list[Row] = [
    ("336 BC", "DATE", "-0335"),
    ("two years later", "DATE", "-0333"),
    ("the autumn of 333 BC", "DATE", "-0332-FA"),
    ("June 323 BC", "DATE", "-0322-06"),
    ("twelve years", "DURATION", "P12Y"),
]


THIRD_CRUSADE_CALL = (
    "Saladin took Jerusalem on 2 October 1187. News of its fall reached Europe that winter, and "
    "by Easter 1188 the kings of England and France had taken the cross. Frederick Barbarossa set"
    " out from Regensburg in May 1189 with an army of 15,000 men."
)

THIRD_CRUSADE_CALL_TABLE: list[Row] = [
    ("2 October 1187", "DATE", "1187-10-02"),
    ("that winter", "DATE", "1187-WI"),
    # the Julian Easter of 1188 (the Gregorian computus would give 27 March)
    ("Easter 1188", "DATE", "1188-04-17"),
    ("May 1189", "DATE", "1189-05"),
]


HENRY_V = (
    "Henry V renewed the Hundred Years' War in 1415. At Easter 1415 he ordered ships to gather at"
    " Southampton. He sailed on 11 August and besieged Harfleur for five weeks. On 25 October his"
    " army of 8,500 men defeated the French at Agincourt. Two campaigning seasons later he "
    "returned to Normandy, and by May they had taken Caen."
)

HENRY_V_TABLE: list[Row] = [
    ("1415", "DATE", "1415"),
    ("Easter 1415", "DATE", "1415-03-31"),  # Julian (the Gregorian computus gives 9 April)
    ("11 August", "DATE", "1415-08-11"),
    ("five weeks", "DURATION", "P5W"),
    ("25 October", "DATE", "1415-10-25"),
    ("Two campaigning seasons later", "DATE", "1417"),
    ("May", "DATE", "1417-05"),
]


EDWARD_IV = (
    "Edward IV invaded France in the campaigning season of 1475 with 11,500 men. The Treaty of "
    "Picquigny was signed on 29 August 1475, and the army was home within a month. The next "
    "campaigning season Louis XI paid the second instalment of Edward's pension."
)

EDWARD_IV_TABLE: list[Row] = [
    # an army's season of a year is that year, tagged whole as "the summer of 1475" is
    ("the campaigning season of 1475", "DATE", "1475"),
    ("29 August 1475", "DATE", "1475-08-29"),
    ("a month", "DURATION", "P1M"),
    ("The next campaigning season", "DATE", "1476"),
]


KOREA = (
    "The Korean War began on 25 June 1950, when North Korea invaded the South.\n\n"
    "1951\n\n"
    "In January the Chinese took Seoul again. By March UN forces had recaptured the city.\n\n"
    "Back in 1950, Truman approved the crossing of the 38th parallel. In October UN troops took "
    "Pyongyang.\n\n"
    "In June the front stabilized near the parallel, and truce talks opened at Kaesong on 10 "
    "July."
)

KOREA_TABLE: list[Row] = [
    ("25 June 1950", "DATE", "1950-06-25"),
    ("1951", "DATE", "1951"),
    ("January", "DATE", "1951-01"),
    ("March", "DATE", "1951-03"),
    ("1950", "DATE", "1950"),
    ("October", "DATE", "1950-10"),  # the detour's year
    ("June", "DATE", "1951-06"),  # the next paragraph goes on with the section's
    ("10 July", "DATE", "1951-07-10"),
]


FALKLANDS = (
    "On 2 April 1982 Argentine forces landed on the Falkland Islands. A British task force sailed"
    " three days later. In the early hours of 1 May a Vulcan bomber attacked Stanley airfield. By"
    " mid-June the British had surrounded the town, and the 74-day war ended with the Argentine "
    "surrender on 14 June. Within weeks Galtieri was removed; that autumn the Franks Committee "
    "began its inquiry. The following year Argentina returned to civilian rule."
)

FALKLANDS_TABLE: list[Row] = [
    ("2 April 1982", "DATE", "1982-04-02"),
    ("three days later", "DATE", "1982-04-05"),
    ("1 May", "DATE", "1982-05-01"),
    ("mid-June", "DATE", "1982-06"),  # mod MID
    ("74-day", "DURATION", "P74D"),
    ("14 June", "DATE", "1982-06-14"),
    ("weeks", "DURATION", "PXW"),
    ("that autumn", "DATE", "1982-FA"),
    ("The following year", "DATE", "1983"),
]


IRAN_IRAQ_END = (
    "The Iran–Iraq War began on 22 September 1980. Iran retook Khorramshahr on 24 May 1982. The "
    "War of the Cities began in 1985. In the summer of 1988, after six years of stalemate, Iran "
    "accepted Resolution 598, and the ceasefire took effect on 20 August."
)

IRAN_IRAQ_END_TABLE: list[Row] = [
    ("22 September 1980", "DATE", "1980-09-22"),
    ("24 May 1982", "DATE", "1982-05-24"),
    ("1985", "DATE", "1985"),
    ("the summer of 1988", "DATE", "1988-SU"),
    ("six years", "DURATION", "P6Y"),
    ("20 August", "DATE", "1988-08-20"),
]


YUGOSLAVIA = (
    "The Ten-Day War in Slovenia began on 27 June 1991 and ended with the Brioni Agreement on 7 "
    "July. The Siege of Sarajevo began on 5 April 1992 and lasted 1,425 days. Srebrenica fell on "
    "11 July 1995; the Dayton Agreement was initialled in November and signed in Paris on 14 "
    "December."
)

YUGOSLAVIA_TABLE: list[Row] = [
    ("27 June 1991", "DATE", "1991-06-27"),
    ("7 July", "DATE", "1991-07-07"),
    ("5 April 1992", "DATE", "1992-04-05"),
    ("1,425 days", "DURATION", "P1425D"),
    ("11 July 1995", "DATE", "1995-07-11"),
    ("November", "DATE", "1995-11"),
    ("14 December", "DATE", "1995-12-14"),
]


PASSAGES = [
    pytest.param(GERMANIA, GERMANIA_TABLE, id="germania"),
    pytest.param(ALEXANDER, ALEXANDER_TABLE, id="alexander"),
    pytest.param(THIRD_CRUSADE_CALL, THIRD_CRUSADE_CALL_TABLE, id="third-crusade-call"),
    pytest.param(HENRY_V, HENRY_V_TABLE, id="henry-v"),
    pytest.param(EDWARD_IV, EDWARD_IV_TABLE, id="edward-iv"),
    pytest.param(KOREA, KOREA_TABLE, id="korea"),
    pytest.param(FALKLANDS, FALKLANDS_TABLE, id="falklands"),
    pytest.param(IRAN_IRAQ_END, IRAN_IRAQ_END_TABLE, id="iran-iraq-end"),
    pytest.param(YUGOSLAVIA, YUGOSLAVIA_TABLE, id="yugoslavia"),
]


@pytest.mark.parametrize(("text", "table"), PASSAGES)
def test_war_history_reads_as_its_table(text: str, table: list[Row]) -> None:
    """Each passage read as a narrative gives every mention of its table, with its value."""
    assert _mentions(text, genre="narrative") == table


@pytest.mark.parametrize(
    ("text", "row"),
    [
        ("The Yorkists won at Barnet on Easter Sunday 1471.", ("Easter Sunday 1471", "1471-04-14")),
        ("The rising began at Whitsun 1381.", ("Whitsun 1381", "1381-06-02")),
        ("Richard was crowned after Whit Monday 1189.", ("Whit Monday 1189", "1189-05-29")),
        (
            "The Pilgrimage of Grace began after Good Friday 1536.",
            ("Good Friday 1536", "1536-04-14"),
        ),
        # from 1583 the Gregorian computus
        ("The Armada was fitted out by Easter 1588.", ("Easter 1588", "1588-04-17")),
    ],
)
def test_a_movable_feast_before_1583_is_the_julian_calendars(
    text: str, row: tuple[str, str]
) -> None:
    """Easter and the feasts counted from it fall, before 1583, on the Julian calendar's days,
    the calendar a medieval chronicle (and the history retelling it) dates by."""
    assert _mentions(text, genre="narrative") == [(row[0], "DATE", row[1])]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "In 1942 the front held. In March the Germans attacked. By May they had reached the "
            "Don.\n\nBack in 1939, Stalin signed a pact with Hitler. In August Poland was "
            "doomed.\n\nIn November the Soviets counter-attacked at Stalingrad.",
            ["1942", "1942-03", "1942-05", "1939", "1939-08", "1942-11"],
        ),
        (
            "In 1862 the war spread west. In April Grant won at Shiloh.\n\nEarlier, in 1861, "
            "Lincoln called for volunteers. In July the Union lost at Bull Run.\n\nIn September "
            "Lee invaded Maryland.",
            ["1862", "1862-04", "1861", "1861-07", "1862-09"],
        ),
        # no paragraph ends: the detour's year goes on
        (
            "In 1942 the front held. Back in 1939, Stalin signed a pact. In August Poland fell.",
            ["1942", "1939", "1939-08"],
        ),
    ],
)
def test_a_paragraph_back_in_an_earlier_year_is_a_detour(text: str, expected: list[str]) -> None:
    """ "Back in 1939, ..." tells 1939 until its paragraph ends; the next paragraph's bare
    months are of the year the story had reached before it."""
    assert [v for _, _, v in _mentions(text, genre="narrative")] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("In 1940 the Germans attacked. In May they crossed the Meuse.", ["1940", "1940-05"]),
        ("In 1862 Grant moved south. By May we held Corinth.", ["1862", "1862-05"]),
        ("In 1916 the siege began. Since May it had rained.", ["1916", "1916-05"]),
        ("May they rest in peace. May God keep them.", []),
        ("In May be careful.", []),
    ],
)
def test_may_after_a_preposition_before_a_pronoun_is_the_month(
    text: str, expected: list[str]
) -> None:
    """ "In May they crossed": the month; "May they rest in peace": the modal."""
    assert [v for _, _, v in _mentions(text, genre="narrative")] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Ten-Day War, the Six-Day War and the Thirty Years' War were named for it.", []),
        ("Alexander, aged 20, died at the age of 32.", []),
        ("The campaigning season ended with the rains.", []),
        (
            "Three campaigning seasons later the war ended in 1453.",
            ["Three campaigning seasons later", "1453"],
        ),
    ],
)
def test_names_ages_and_a_season_of_war_without_a_count(text: str, expected: list[str]) -> None:
    """Wars named by their length and ages are no times; "the campaigning season" with no year
    and no count names none."""
    assert _found(text) == expected


def test_the_nth_year_of_a_war_counts_from_its_start() -> None:
    """ "The war began in 1980. In the third year of the war": 1982."""
    text = "The Iran–Iraq War began in 1980. In the third year of the war Iran invaded Iraq."
    assert _mentions(text, genre="narrative")[-1] == ("the third year of the war", "DATE", "1982")
