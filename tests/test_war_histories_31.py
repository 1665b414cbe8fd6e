"""Held-out genre, thirty-first round: empires, dynasties and colonial administration.

Passages written for these tests in the style of English Wikipedia's articles on empires,
dynasties and colonial rule: the Mughal Empire, the Ottoman Empire, the Qing dynasty, the Meiji
era, the British Raj, the Roman Empire, the Spanish Empire in the Americas and the Scramble for
Africa; read as narratives with no document date (and with genre auto, which picks narrative
without one): each relative date is anchored by the text's own dates.

Earlier rounds (tests/test_war*.py, tests/test_histories_*.py, tests/test_history.py,
tests/test_biographies.py) already test "(r. 1556–1605)" (two years), "in the third year of his
reign" (counted from the reign's first year), "c. 1299" (APPROX), "(fl. 1340s)", "27 BC" and
"AD 117" (astronomical years), "the 2nd century BC" (-02), "the first half of the 18th century"
(17, START), "the mid-19th century" (18, MID) and "the Thirty Years' War" (a name); they are used
here only as steps of the story.

Conventions followed (the project's, after TimeBank):
- a reign, an era or a period named is no date ("the Meiji era", "the Tokugawa period", "in
  the reign of Augustus", "Company rule"); the years in brackets after it are;
- "ruled for 49 years", "the empire lasted 623 years", "a reign of 45 years", "a 99-year lease":
  the length, a DURATION; "every ten years" a SET; "annual tribute", "ceded in perpetuity" and
  "the census of 1901"'s noun are no times (its year is);
- "within six months of the treaty": "six months"; "the following decade" after 1842 is the
  1850s (185); "the following decades" a vague length (PXDE);
- designations and counts are no dates: regnal names ("Louis XIV", "Mehmed II", "Suleiman I"),
  ordinal titles and units ("the 14th Dalai Lama", "the 1st Bengal Cavalry", "the Ninth
  Legion"), crusades, parallels, colonies and wars named by a count ("the Fourth Crusade", "the
  38th parallel", "the Thirteen Colonies", "the Seven Years' War", "the Hundred Days' Reform"),
  counts of troops, people and miles ("200,000 troops", "a population of 150 million", "1,500
  miles").
New here:
- a year of a Japanese or Chinese era is left untagged, as round nine left "the 12th year of
  Kangxi" and "Meiji 10" (a year of another calendar, never passed for a Gregorian one): "the
  first year of Meiji" (was a length, P1Y), "the twenty-second year of Meiji" (was
  "twenty-second", PT20S), "the sixth year of the Meiji era", "the 24th year of the Guangxu
  Emperor's reign"; the Gregorian year beside it is the date ("Meiji 22 (1889)");
- "twenty-second" to "ninety-second" after "the", a possessive or before a ranked noun is an
  ordinal, no length of seconds: "the twenty-second session", "her thirty-second birthday",
  "twenty-second place" (were PT20S, PT30S); "a twenty-second pause" keeps PT20S;
- a century named earlier in the sentence, its noun left out of the next: "reached its zenith
  in the mid-16th century and began to decline in the 17th" (16), "by the early 17th" (16,
  START), "in the 19th and 20th" ("19th" 18, "20th" 19, was a day of the month); not after a
  century BC, nor "on the 18th", "in the 18th minute" or with no century before it.
"""

from __future__ import annotations

import pytest
from passages import ModRow
from passages import found_in_narrative as _found
from passages import mentions_with_mods as _mentions_with_mods


def _narrative(text: str) -> list[ModRow]:
    return _mentions_with_mods(text, genre="narrative")


MUGHAL_EMPIRE = (
    "The Mughal Empire was founded by Babur after his victory at Panipat on 21 April 1526. His "
    "grandson Akbar (r. 1556–1605) came to the throne at the age of thirteen, and in the third "
    "year of his reign he took Gwalior. Akbar ruled for 49 years and was succeeded by Jahangir "
    "(r. 1605–1627). The Taj Mahal was built over some twenty years from 1632 for Shah Jahan. "
    "Under Aurangzeb, who died in 1707, the empire reached its greatest extent, with a population "
    "of 150 million. In the first half of the 18th century its provinces broke away, and by the "
    "mid-19th century the emperor ruled little beyond Delhi."
)

MUGHAL_EMPIRE_TABLE: list[ModRow] = [
    ("21 April 1526", "DATE", "1526-04-21"),
    ("1556", "DATE", "1556"),
    ("1605", "DATE", "1605"),
    # "at the age of thirteen" is no time; the reign counts from 1556
    ("the third year of his reign", "DATE", "1558"),
    ("49 years", "DURATION", "P49Y"),
    ("1605", "DATE", "1605"),
    ("1627", "DATE", "1627"),
    ("twenty years", "DURATION", "P20Y"),
    ("1632", "DATE", "1632"),
    ("1707", "DATE", "1707"),
    # "a population of 150 million" is a count
    ("the first half of the 18th century", "DATE", "17", "START"),
    ("the mid-19th century", "DATE", "18", "MID"),
]


OTTOMAN_EMPIRE = (
    "The Ottoman Empire was founded c. 1299 by Osman I in northwestern Anatolia. Mehmed II "
    "conquered Constantinople on 29 May 1453, and under Suleiman the Magnificent (r. 1520–1566) "
    "the empire reached its zenith in the mid-16th century and began to decline in the 17th. "
    "Vienna was besieged twice, in 1529 and 1683. Over the next two centuries the empire lost its "
    "European provinces, and the Tanzimat reforms began in 1839. The sultanate was formally "
    "abolished on 1 November 1922, and the last sultan left Constantinople sixteen days later. "
    "The empire lasted 623 years."
)

OTTOMAN_EMPIRE_TABLE: list[ModRow] = [
    ("c. 1299", "DATE", "1299", "APPROX"),
    # "Osman I" and "Mehmed II" are names
    ("29 May 1453", "DATE", "1453-05-29"),
    ("1520", "DATE", "1520"),
    ("1566", "DATE", "1566"),
    ("the mid-16th century", "DATE", "15", "MID"),
    # the century's noun left out (was nothing)
    ("the 17th", "DATE", "16"),
    ("1529", "DATE", "1529"),
    ("1683", "DATE", "1683"),
    ("the next two centuries", "DURATION", "P200Y"),
    ("1839", "DATE", "1839"),
    ("1 November 1922", "DATE", "1922-11-01"),
    ("sixteen days later", "DATE", "1922-11-17"),
    ("623 years", "DURATION", "P623Y"),
]


QING_DYNASTY = (
    "The Qing dynasty ruled China from 1644 to 1912. The Kangxi Emperor reigned for 61 years, "
    "the longest reign in Chinese history. The First Opium War ended when the Treaty of Nanking "
    "was signed on 29 August 1842; Hong Kong Island was ceded in perpetuity, and the ports were "
    "to be opened within six months of the treaty. In the following decade the Taiping "
    "Rebellion (1850–1864) cost some 20 million lives. In 1898 Britain obtained the New "
    "Territories on a 99-year lease, and in the 24th year of Guangxu the Hundred Days' Reform "
    "was ended by a coup. The Xuantong Emperor abdicated on 12 February 1912."
)

QING_DYNASTY_TABLE: list[ModRow] = [
    ("1644", "DATE", "1644"),
    ("1912", "DATE", "1912"),
    ("61 years", "DURATION", "P61Y"),
    ("29 August 1842", "DATE", "1842-08-29"),
    # "ceded in perpetuity" is no time
    ("six months", "DURATION", "P6M"),
    ("the following decade", "DATE", "185"),
    ("1850", "DATE", "1850"),
    ("1864", "DATE", "1864"),
    ("1898", "DATE", "1898"),
    ("99-year", "DURATION", "P99Y"),
    # "the 24th year of Guangxu" is a year of another calendar: untagged
    ("12 February 1912", "DATE", "1912-02-12"),
]


MEIJI_ERA = (
    "The Tokugawa period ended when the last shogun resigned in November 1867. The Meiji era "
    "(1868–1912) began on 23 October 1868, and the Charter Oath of the first year of Meiji "
    "promised an assembly. The capital was moved to Tokyo the following year. The domains were "
    "abolished in 1871, and a conscript army was raised two years later. The Meiji Constitution "
    "was promulgated on 11 February 1889 and came into force in November 1890, the twenty-third "
    "year of Meiji. Japan defeated China in 1895 and Russia ten years later. The emperor died on "
    "30 July 1912, after a reign of 45 years."
)

MEIJI_ERA_TABLE: list[ModRow] = [
    # "The Tokugawa period" and "The Meiji era" are names
    ("November 1867", "DATE", "1867-11"),
    ("1868", "DATE", "1868"),
    ("1912", "DATE", "1912"),
    ("23 October 1868", "DATE", "1868-10-23"),
    # "the first year of Meiji": an era's year, untagged (was a length, P1Y); the story is in
    # 1868
    ("the following year", "DATE", "1869"),
    ("1871", "DATE", "1871"),
    ("two years later", "DATE", "1873"),
    ("11 February 1889", "DATE", "1889-02-11"),
    ("November 1890", "DATE", "1890-11"),
    # "the twenty-third year of Meiji" untagged
    ("1895", "DATE", "1895"),
    ("ten years later", "DATE", "1905"),
    ("30 July 1912", "DATE", "1912-07-30"),
    ("45 years", "DURATION", "P45Y"),
]


BRITISH_RAJ = (
    "Company rule in India is usually dated from the Battle of Plassey in 1757, and the "
    "British presence lasted from 1757 to 1947. After the rebellion of 1857, the Government of "
    "India Act 1858 transferred power to the Crown on 2 August 1858. The 1st Bengal Cavalry was "
    "reorganised in 1861. A census was taken every ten years from 1871, and the census of 1901 "
    "counted 294 million people. The capital moved from Calcutta to Delhi in 1911. India became "
    "independent at midnight on 15 August 1947, after almost two centuries of British rule."
)

BRITISH_RAJ_TABLE: list[ModRow] = [
    ("1757", "DATE", "1757"),
    ("1757", "DATE", "1757"),
    ("1947", "DATE", "1947"),
    ("1857", "DATE", "1857"),
    # "the Government of India Act 1858" names an act
    ("2 August 1858", "DATE", "1858-08-02"),
    # "The 1st Bengal Cavalry" is a unit
    ("1861", "DATE", "1861"),
    ("every ten years", "SET", "P10Y"),
    ("1871", "DATE", "1871"),
    ("1901", "DATE", "1901"),
    ("1911", "DATE", "1911"),
    ("midnight on 15 August 1947", "TIME", "1947-08-15T24:00"),
    ("two centuries", "DURATION", "P200Y"),
]


ROMAN_EMPIRE = (
    "The Roman Empire began in 27 BC, when the Senate granted Octavian the title Augustus. In the "
    "reign of Augustus the frontier was pushed to the Danube, and in AD 9 three legions were "
    "lost in the Teutoburg Forest. The empire reached its greatest extent under Trajan, who died "
    "in AD 117. In the 2nd century BC Rome had conquered Greece; by the late 3rd century AD the "
    "empire was ruled by four emperors. The Western Empire fell in 476, and the Eastern Empire "
    "lasted until 1453."
)

ROMAN_EMPIRE_TABLE: list[ModRow] = [
    ("27 BC", "DATE", "-0026"),
    # "In the reign of Augustus" is no date
    ("AD 9", "DATE", "0009"),
    ("AD 117", "DATE", "0117"),
    ("the 2nd century BC", "DATE", "-02"),
    ("the late 3rd century AD", "DATE", "02", "END"),
    ("476", "DATE", "0476"),
    ("1453", "DATE", "1453"),
]


SPANISH_EMPIRE = (
    "The Spanish Empire in the Americas began with Columbus's landing on 12 October 1492. Cortés "
    "took Tenochtitlan on 13 August 1521 after a siege of 93 days, and the Viceroyalty of New "
    "Spain was created in 1535. Pizarro's 168 men captured Atahualpa at Cajamarca in November "
    "1532. Silver from Potosí, discovered in 1545, paid for Spain's wars in the late 16th "
    "century and its bankruptcies in the 17th. The Bourbon reforms of the late 18th century "
    "tightened control, but within twenty years of 1810 most of the mainland colonies were "
    "independent."
)

SPANISH_EMPIRE_TABLE: list[ModRow] = [
    ("12 October 1492", "DATE", "1492-10-12"),
    ("13 August 1521", "DATE", "1521-08-13"),
    ("93 days", "DURATION", "P93D"),
    ("1535", "DATE", "1535"),
    # "Pizarro's 168 men" is a count
    ("November 1532", "DATE", "1532-11"),
    ("1545", "DATE", "1545"),
    ("the late 16th century", "DATE", "15", "END"),
    ("the 17th", "DATE", "16"),
    ("the late 18th century", "DATE", "17", "END"),
    ("twenty years", "DURATION", "P20Y"),
    ("1810", "DATE", "1810"),
]


SCRAMBLE_FOR_AFRICA = (
    "In the Scramble for Africa, the European powers partitioned the continent between 1881 and "
    "1914. The Berlin Conference opened on 15 November 1884 and closed on 26 February 1885. "
    "Leopold II ruled the Congo Free State as a personal possession for 23 years, until it was "
    "annexed by Belgium in 1908. Chiefs paid annual tribute to the colonial administration. By "
    "1914 only Ethiopia and Liberia remained independent, and in the following decades the "
    "colonies were held until decolonisation in the 1950s and 1960s."
)

SCRAMBLE_FOR_AFRICA_TABLE: list[ModRow] = [
    ("1881", "DATE", "1881"),
    ("1914", "DATE", "1914"),
    ("15 November 1884", "DATE", "1884-11-15"),
    ("26 February 1885", "DATE", "1885-02-26"),
    # "Leopold II" is a name; "annual tribute" no time
    ("23 years", "DURATION", "P23Y"),
    ("1908", "DATE", "1908"),
    ("1914", "DATE", "1914"),
    ("the following decades", "DURATION", "PXDE"),
    ("the 1950s", "DATE", "195"),
    ("1960s", "DATE", "196"),
]


PASSAGES = [
    pytest.param(MUGHAL_EMPIRE, MUGHAL_EMPIRE_TABLE, id="mughal-empire"),
    pytest.param(OTTOMAN_EMPIRE, OTTOMAN_EMPIRE_TABLE, id="ottoman-empire"),
    pytest.param(QING_DYNASTY, QING_DYNASTY_TABLE, id="qing-dynasty"),
    pytest.param(MEIJI_ERA, MEIJI_ERA_TABLE, id="meiji-era"),
    pytest.param(BRITISH_RAJ, BRITISH_RAJ_TABLE, id="british-raj"),
    pytest.param(ROMAN_EMPIRE, ROMAN_EMPIRE_TABLE, id="roman-empire"),
    pytest.param(SPANISH_EMPIRE, SPANISH_EMPIRE_TABLE, id="spanish-empire"),
    pytest.param(SCRAMBLE_FOR_AFRICA, SCRAMBLE_FOR_AFRICA_TABLE, id="scramble-for-africa"),
]


@pytest.mark.parametrize(("text", "table"), PASSAGES)
def test_empires_and_dynasties_read_as_their_tables(text: str, table: list[ModRow]) -> None:
    """Each passage, read as a narrative, yields exactly its table."""
    assert _narrative(text) == table


@pytest.mark.parametrize(("text", "table"), PASSAGES)
def test_genre_auto_reads_them_as_narratives(text: str, table: list[ModRow]) -> None:
    """With no document date, genre auto reads each passage as the narrative it is."""
    assert _mentions_with_mods(text, genre="auto") == table


@pytest.mark.parametrize(
    "text",
    [
        "Louis XIV, Mehmed II, Suleiman I and Murad IV were absolute rulers.",
        "The 14th Dalai Lama, the 6th Dalai Lama and the 3rd Duke of Wellington attended.",
        "The Fourth Crusade sacked Constantinople; the Seventh Crusade failed.",
        "The 38th parallel and the 49th parallel became borders.",
        "The 1st Bengal Cavalry, the Ninth Legion and the 7th Cavalry were famous units.",
        "The Thirteen Colonies, the Seventeen Provinces and the Five Good Emperors are well known.",
        "The Hundred Years' War, the Seven Years' War and the Thirty Years' War were long.",
        "The Hundred Days' Reform and the Year of the Four Emperors are named periods.",
        "The empire had a population of 150 million and 200,000 troops.",
        "The army marched 1,500 miles with 40,000 horses.",
        "The Meiji era, the Tokugawa period and the reign of Augustus are well studied.",
        "The provinces paid annual tribute, and Hong Kong Island was ceded in perpetuity.",
    ],
)
def test_designations_counts_and_named_periods_are_no_dates(text: str) -> None:
    """Regnal names, ordinal titles, units, crusades, parallels, colonies, wars and periods
    named by a count, counts of people, troops and miles, and eras and reigns named: nothing."""
    assert _found(text) == []


@pytest.mark.parametrize(
    ("text", "table"),
    [
        pytest.param(
            "The Charter Oath was issued in the first year of Meiji.", [], id="first-year-of-meiji"
        ),
        pytest.param(
            "In the twenty-second year of Meiji the constitution was promulgated.",
            [],
            id="ordinal-in-words",
        ),
        pytest.param(
            "A new land tax was set in the sixth year of the Meiji era.", [], id="the-era-named"
        ),
        pytest.param(
            "The constitution was promulgated in Meiji 22 (1889).",
            [("1889", "DATE", "1889")],
            id="era-and-its-gregorian-year",
        ),
        pytest.param("The war ended in Shōwa 20.", [], id="showa-with-its-macron"),
        pytest.param(
            "The reform edict came in the 24th year of the Guangxu Emperor's reign.",
            [],
            id="the-emperors-reign",
        ),
        pytest.param(
            "The regents ruled in the 3rd year of the reign of the Kangxi Emperor.",
            [],
            id="the-reign-of-the-emperor",
        ),
    ],
)
def test_a_year_of_an_east_asian_era_is_no_gregorian_year(text: str, table: list[ModRow]) -> None:
    """ "the first year of Meiji", "the twenty-second year of Meiji", "the 24th year of the
    Guangxu Emperor's reign": a year of another calendar, untagged as "Meiji 10" is (were a
    length, P1Y, or "twenty-second" read as twenty seconds); the Gregorian year beside it is."""
    assert _narrative(text) == table


def test_a_first_year_of_a_decade_keeps_its_length() -> None:
    """ "the first year of the decade" is no era's year: its length stays."""
    assert _narrative("The war lasted the first year of the decade.") == [
        ("the first year", "DURATION", "P1Y")
    ]


@pytest.mark.parametrize(
    ("text", "table"),
    [
        pytest.param(
            "The twenty-second session of the council met in 1890.",
            [("1890", "DATE", "1890")],
            id="the-twenty-second-session",
        ),
        pytest.param(
            "She celebrated her thirty-second birthday at sea.",
            [],
            id="a-possessive",
        ),
        pytest.param(
            "It was the dynasty's forty-second year.",
            [],
            id="a-possessive-noun",
        ),
        pytest.param(
            "He finished in twenty-second place.",
            [],
            id="a-ranked-noun",
        ),
        pytest.param(
            "The Twenty-second Dynasty ruled Egypt.",
            [],
            id="a-dynasty",
        ),
    ],
)
def test_a_compound_ordinal_in_second_is_no_length_of_seconds(
    text: str, table: list[ModRow]
) -> None:
    """ "the twenty-second session", "her thirty-second birthday", "twenty-second place": an
    ordinal, not twenty or thirty seconds (were PT20S, PT30S)."""
    assert _narrative(text) == table


@pytest.mark.parametrize(
    ("text", "table"),
    [
        pytest.param(
            "A twenty-second pause followed.",
            [("twenty-second", "DURATION", "PT20S")],
            id="a-pause",
        ),
        pytest.param(
            "They ran a thirty-second spot during the game.",
            [("thirty-second", "DURATION", "PT30S")],
            id="an-advertisement",
        ),
    ],
)
def test_a_length_in_seconds_keeps_its_value(text: str, table: list[ModRow]) -> None:
    """ "a twenty-second pause", "a thirty-second spot": lengths of seconds still."""
    assert _narrative(text) == table


@pytest.mark.parametrize(
    ("text", "table"),
    [
        pytest.param(
            "The empire reached its peak in the 17th century and declined in the 18th.",
            [("the 17th century", "DATE", "16"), ("the 18th", "DATE", "17")],
            id="and-declined-in",
        ),
        pytest.param(
            "It grew in the 16th century, and again in the 19th.",
            [("the 16th century", "DATE", "15"), ("the 19th", "DATE", "18")],
            id="and-again-in",
        ),
        pytest.param(
            "Silver flowed in the late 16th century, and by the early 17th it had slowed.",
            [
                ("the late 16th century", "DATE", "15", "END"),
                ("the early 17th", "DATE", "16", "START"),
            ],
            id="a-modifier",
        ),
        pytest.param(
            "The church dates from the 12th century; in the 18th, it was rebuilt.",
            [("the 12th century", "DATE", "11"), ("the 18th", "DATE", "17")],
            id="after-a-semicolon",
        ),
        pytest.param(
            "The 18th century saw growth; wages fell in the 19th and 20th.",
            [("The 18th century", "DATE", "17"), ("19th", "DATE", "18"), ("20th", "DATE", "19")],
            id="a-pair",
        ),
        pytest.param(
            "The tower was built in the 14th century and restored in the 19th and again in the "
            "20th.",
            [
                ("the 14th century", "DATE", "13"),
                ("the 19th", "DATE", "18"),
                ("the 20th", "DATE", "19"),
            ],
            id="two-more",
        ),
    ],
)
def test_a_century_named_before_lends_its_noun_to_the_next(text: str, table: list[ModRow]) -> None:
    """ "in the 17th century and declined in the 18th": the 18th century (were nothing, or a
    day of the month for "20th" after "19th and")."""
    assert _narrative(text) == table


@pytest.mark.parametrize(
    ("text", "table"),
    [
        pytest.param("They arrived in the 18th.", [], id="no-century-before"),
        pytest.param(
            "The 18th century saw growth. Wages fell in the 19th.",
            [("The 18th century", "DATE", "17")],
            id="century-in-another-sentence",
        ),
        pytest.param(
            "In the 19th century the club scored in the 18th minute.",
            [("the 19th century", "DATE", "18")],
            id="an-ordinal-before-its-noun",
        ),
        pytest.param(
            "A 17th-century house was sold on the 18th.",
            [("17th-century", "DATE", "16"), ("the 18th", "DATE", "1600-XX-18")],
            id="a-day-of-the-month",
        ),
        pytest.param(
            "Built in the 5th century BC and destroyed in the 3rd, the temple lay in ruins.",
            [("the 5th century BC", "DATE", "-05")],
            id="after-a-century-bc",
        ),
    ],
)
def test_other_ordinals_after_a_century_keep_their_readings(text: str, table: list[ModRow]) -> None:
    """No century before it in the sentence, an ordinal before its noun, a day after "on", or
    a century BC whose era the elided one would lose: no century read."""
    assert _narrative(text) == table


def test_an_elided_century_in_words() -> None:
    """ "founded in the twelfth century and dissolved in the sixteenth": the 16th century."""
    assert _narrative(
        "The order was founded in the twelfth century and dissolved in the sixteenth."
    ) == [("the twelfth century", "DATE", "11"), ("the sixteenth", "DATE", "15")]
