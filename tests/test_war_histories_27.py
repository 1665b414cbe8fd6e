"""Held-out genre, twenty-seventh round: ancient and medieval wars.

Passages written for these tests in the style of English Wikipedia's articles on the wars and
battles of antiquity and the Middle Ages: Greek and Persian (Thermopylae, the Peloponnesian
War), Roman (Hannibal's march, the conquest of Britain), Chinese (Changping), Byzantine (the
fall of Constantinople), the Crusades, the Hundred Years' War, the Anarchy, the Peasants'
Revolt, the Wars of the Roses and the Mongol conquests, with one of the Old Style dates of
1688–1690 beside them; read as narratives with no document date (and with genre auto, which
picks narrative without one): each date is anchored by the text's own dates.

Earlier rounds (tests/test_war*.py, tests/test_noticed_gaps_2*.py and _32.py) already test
BC years and ranges ("480 BC", "(431–404 BC)", "the winter of 218–217 BC", "480/479 BC"),
"c. 490 BC", "the 5th century BC" and "the 5th and 4th centuries BC", "AD 43" and "43 CE",
Julian Easters ("Easter Sunday 1471"), "St Crispin's Day", "Candlemas", "the third year of his
reign" after "(r. 1695–1703)", "1688/89" and "(O.S.)"; they are used here only as steps of the
text.

Conventions followed (the project's, after TimeBank):
- years before the common era are astronomical: "480 BC" is -0479, "the 5th century BC" -05,
  "the winter of 218–217 BC" -0217-WI; a range's first year takes the era of its second
  ("(431–404 BC)": -0430 and -0403);
- Julian dates are kept as written ("14 October 1066", "Palm Sunday, 29 March 1461"; Easter
  before 1583 by the Julian computus), as are Old Style days ("13 February 1689 (O.S.)");
- "some" and "for" are no part of a length ("for some eight years": "eight years", P8Y),
  "nearly a century" is APPROX; a siege "of five weeks" is a DURATION;
- "the following year", "two years later", "the next spring", "that summer" count from the
  last date told; a clause on a participant's past ("who had succeeded his father in 486 BC")
  does not move the story; "a week later" after a day is that week;
- numbers of men, ships and legions ("the 300 Spartans", "10,000 men", "Legio X", "eight Roman
  legions"), rulers' numerals ("Henry V", "Louis IX"), chapters, books and citations, roads,
  milecastles and stelae are no dates.
New here:
- "the same summer" and "that same winter" are the season of the story's year, as "that
  summer" is: "In the spring of 431 BC ... the same summer" is -0430-SU (was nothing); not
  before a noun the season modifies ("the same summer camp");
- a season of a year with AD before it is that season, as one with AD after it is: "the summer
  of AD 61" is 0061-SU, "the winter of AD 208–209" 0208-WI (were the year alone); "the
  campaigning season of 218 BC" is -0217, as "the campaigning season of 1475" is 1475;
- feasts by which chronicles date a day: "Martinmas 1318", "St Martin's Day 1216", "Hallowmas",
  "St Stephen's Day 1141", "the Feast of the Epiphany", "Epiphany 1066", "the Feast of the
  Assumption", "Whitsuntide 1215", "Trinity Sunday 1415", "Low Sunday 1097", "the feast of
  Corpus Christi 1381" (13 June, by the Julian Easter) and "Easter week 1215" (the ISO week
  holding Easter Sunday, tests/test_noticed_gaps_56.py; were a year alone, a bare weekday, or
  nothing); not "an Epiphany", "Corpus Christi" the city, "St Martin's
  Church" or "Trinity College";
- a reign's span in brackets after "the reign of" its ruler opens the reign "the tenth year of
  his reign" counts from ("during the reign of Edward III (1327–1377)": the tenth year is 1336,
  was 1386), as "(r. 1327–1377)" does, and so does a reign opened BC ("Emperor Wu of Han (r.
  141–87 BC) ... the sixth year of his reign": -0135); the count may run past the twelfth in
  words ("the twentieth year of his reign", "the twenty-third year of the war");
- half a unit after "the next" is part of the length: "the next century and a half" is P150Y
  (was "the next century", P100Y), "the next year and a half" P1Y6M (was a date);
- "the year of our Lord 1346" and "the year of grace 1215" are that year, whole, as "the year
  1066" is.
"""

from __future__ import annotations

import pytest
from passages import ModRow
from passages import found_in_narrative as _found
from passages import mentions_with_mods as _mentions_with_mods


def _narrative(text: str) -> list[ModRow]:
    return _mentions_with_mods(text, genre="narrative")


THERMOPYLAE = (
    "The Battle of Thermopylae was fought in 480 BC, ten years after the Athenian victory at "
    "Marathon (c. 490 BC). Xerxes I, who had succeeded his father in 486 BC, crossed the "
    "Hellespont in the spring with an army that Herodotus, writing in the 5th century BC, put at "
    "over two million men. The 300 Spartans and some 7,000 other Greeks held the pass for three "
    "days, and the Persians sacked Athens a few weeks later. The following year the Greeks "
    "defeated the Persian army at Plataea."
)

THERMOPYLAE_TABLE: list[ModRow] = [
    ("480 BC", "DATE", "-0479"),
    # a length from an event the text dates only in brackets after it
    ("ten years", "DURATION", "P10Y"),
    ("c. 490 BC", "DATE", "-0489", "APPROX"),
    ("486 BC", "DATE", "-0485"),
    # the participant's past does not move the story: the spring of 480 BC
    ("the spring", "DATE", "-0479-SP"),
    ("the 5th century BC", "DATE", "-05"),
    ("three days", "DURATION", "P3D"),
    ("a few weeks later", "DATE", "-0479"),
    ("The following year", "DATE", "-0478"),
]


PELOPONNESIAN = (
    "The Peloponnesian War (431–404 BC) was fought between Athens and Sparta and their allies. "
    "In the spring of 431 BC a Theban force attacked Plataea, and the same summer Archidamus II "
    "invaded Attica. A plague broke out in Athens the next summer and killed Pericles in 429 BC. "
    "The Peace of Nicias, concluded in 421 BC, was meant to last fifty years."
)

PELOPONNESIAN_TABLE: list[ModRow] = [
    ("431", "DATE", "-0430"),
    ("404 BC", "DATE", "-0403"),
    ("the spring of 431 BC", "DATE", "-0430-SP"),
    ("the same summer", "DATE", "-0430-SU"),
    ("the next summer", "DATE", "-0429-SU"),
    ("429 BC", "DATE", "-0428"),
    ("421 BC", "DATE", "-0420"),
    ("fifty years", "DURATION", "P50Y"),
]


HANNIBAL = (
    "Hannibal left New Carthage in the campaigning season of 218 BC, crossed the Alps that "
    "autumn and defeated the Romans at the Trebia in December. His army spent the winter of "
    "218–217 BC in Cisalpine Gaul. In the spring he marched south, and on 21 June 217 BC he "
    "destroyed the army of Flaminius at Lake Trasimene. The following year, on 2 August 216 BC, "
    "he won at Cannae, where eight Roman legions and perhaps 50,000 men were lost."
)

HANNIBAL_TABLE: list[ModRow] = [
    ("the campaigning season of 218 BC", "DATE", "-0217"),
    ("that autumn", "DATE", "-0217-FA"),
    ("December", "DATE", "-0217-12"),
    ("the winter of 218–217 BC", "DATE", "-0217-WI"),
    # the spring after the winter of 218–217 BC: 217 BC's
    ("the spring", "DATE", "-0216-SP"),
    ("21 June 217 BC", "DATE", "-0216-06-21"),
    ("The following year", "DATE", "-0215"),
    ("2 August 216 BC", "DATE", "-0215-08-02"),
]


CLAUDIUS = (
    "The Roman conquest of Britain began in AD 43, when four legions, among them Legio II "
    "Augusta and Legio XX Valeria, landed in Kent under Aulus Plautius. Claudius himself arrived "
    "that summer and stayed for sixteen days. Caratacus resisted for some eight years before he "
    "was betrayed to the Romans in 51 CE. In the summer of AD 61 Suetonius Paulinus crushed the "
    "revolt of Boudica, and the conquest of the south was complete by the end of the first "
    "century AD."
)

CLAUDIUS_TABLE: list[ModRow] = [
    ("AD 43", "DATE", "0043"),
    ("that summer", "DATE", "0043-SU"),
    ("sixteen days", "DURATION", "P16D"),
    ("eight years", "DURATION", "P8Y"),
    ("51 CE", "DATE", "0051"),
    # the era before the year: the season, not the year alone
    ("the summer of AD 61", "DATE", "0061-SU"),
    ("the end of the first century AD", "DATE", "00", "END"),
]


CHANGPING = (
    "The Battle of Changping was fought between the states of Qin and Zhao in 260 BC, during the "
    "Warring States period of the 5th to 3rd centuries BC. The two armies faced each other for "
    "three years before Bai Qi surrounded the Zhao army, which surrendered after 46 days without "
    "food. In 221 BC Qin completed the unification of China, and the Qin dynasty lasted only "
    "fifteen years."
)

CHANGPING_TABLE: list[ModRow] = [
    ("260 BC", "DATE", "-0259"),
    # a range of centuries keeps its article on the first (tests/test_noticed_gaps_24.py)
    ("the 5th", "DATE", "-05"),
    ("3rd centuries BC", "DATE", "-03"),
    ("three years", "DURATION", "P3Y"),
    ("46 days", "DURATION", "P46D"),
    ("221 BC", "DATE", "-0220"),
    ("fifteen years", "DURATION", "P15Y"),
]


CONSTANTINOPLE = (
    "Mehmed II began the siege of Constantinople on 6 April 1453. The Ottoman fleet was carried "
    "overland into the Golden Horn on 22 April, and after a siege of 53 days the city fell on "
    "Tuesday, 29 May 1453. Constantine XI died in the fighting that morning. Over the next three "
    "decades Mehmed extended the empire into the Balkans and Anatolia."
)

CONSTANTINOPLE_TABLE: list[ModRow] = [
    ("6 April 1453", "DATE", "1453-04-06"),
    ("22 April", "DATE", "1453-04-22"),
    ("53 days", "DURATION", "P53D"),
    # a Julian date with its weekday, kept as written
    ("Tuesday, 29 May 1453", "DATE", "1453-05-29"),
    ("that morning", "TIME", "1453-05-29TMO"),
    ("the next three decades", "DURATION", "P30Y"),
]


ANTIOCH = (
    "Urban II preached the crusade at Clermont on 27 November 1095. The princes set out in "
    "August 1096 and reached Antioch in October 1097; the siege lasted eight months, until the "
    "city fell on 3 June 1098. Jerusalem was taken on 15 July 1099, and Godfrey of Bouillon was "
    "elected its ruler a week later. Louis IX led the Seventh Crusade some 150 years later."
)

ANTIOCH_TABLE: list[ModRow] = [
    ("27 November 1095", "DATE", "1095-11-27"),
    ("August 1096", "DATE", "1096-08"),
    ("October 1097", "DATE", "1097-10"),
    ("eight months", "DURATION", "P8M"),
    ("3 June 1098", "DATE", "1098-06-03"),
    ("15 July 1099", "DATE", "1099-07-15"),
    ("a week later", "DATE", "1099-W29"),
    ("150 years later", "DATE", "1249"),
]


AGINCOURT = (
    "Henry V sailed from Southampton on 11 August 1415 and laid siege to Harfleur. The town "
    "surrendered on 22 September, after a siege of five weeks. The Battle of Agincourt was "
    "fought on 25 October 1415 (St Crispin's Day), and Henry returned to London in November. "
    "Two years later he began the conquest of Normandy."
)

AGINCOURT_TABLE: list[ModRow] = [
    ("11 August 1415", "DATE", "1415-08-11"),
    ("22 September", "DATE", "1415-09-22"),
    ("five weeks", "DURATION", "P5W"),
    ("25 October 1415", "DATE", "1415-10-25"),
    # the feast in brackets restates the day
    ("St Crispin's Day", "DATE", "1415-10-25"),
    ("November", "DATE", "1415-11"),
    ("Two years later", "DATE", "1417"),
]


HUNDRED_YEARS = (
    "The Hundred Years' War (1337–1453) was fought between the Plantagenets and the House of "
    "Valois for nearly a century. It began during the reign of Edward III (1327–1377), who "
    "claimed the French throne in 1340. In the twentieth year of his reign the English won at "
    "Crécy, and they took Calais the following year after a siege of eleven months."
)

HUNDRED_YEARS_TABLE: list[ModRow] = [
    ("1337", "DATE", "1337"),
    ("1453", "DATE", "1453"),
    ("nearly a century", "DURATION", "P100Y", "APPROX"),
    ("1327", "DATE", "1327"),
    ("1377", "DATE", "1377"),
    ("1340", "DATE", "1340"),
    # counted from the year the reign's bracket opened
    ("the twentieth year of his reign", "DATE", "1346"),
    ("the following year", "DATE", "1347"),
    ("eleven months", "DURATION", "P11M"),
]


ANARCHY = (
    "Stephen was captured at the Battle of Lincoln on Candlemas 1141, and Matilda was driven "
    "from London that June. Stephen was released in November in exchange for Robert of "
    "Gloucester and crowned again at Canterbury on Christmas Day. The war dragged on for "
    "another twelve years, until the Treaty of Wallingford in 1153."
)

ANARCHY_TABLE: list[ModRow] = [
    ("Candlemas 1141", "DATE", "1141-02-02"),
    ("that June", "DATE", "1141-06"),
    ("November", "DATE", "1141-11"),
    ("Christmas Day", "DATE", "1141-12-25"),
    ("twelve years", "DURATION", "P12Y"),
    ("1153", "DATE", "1153"),
]


PEASANTS = (
    "The Peasants' Revolt broke out in Essex in late May 1381. The rebels entered London on the "
    "feast of Corpus Christi, and Wat Tyler was killed at Smithfield two days later. Richard II "
    "revoked his charters of pardon on 2 July, and by Martinmas the last of the rebels had been "
    "hanged."
)

PEASANTS_TABLE: list[ModRow] = [
    ("late May 1381", "DATE", "1381-05", "END"),
    # the Thursday after Trinity Sunday, by the Julian Easter of 1381 (14 April)
    ("the feast of Corpus Christi", "DATE", "1381-06-13"),
    ("two days later", "DATE", "1381-06-15"),
    ("2 July", "DATE", "1381-07-02"),
    ("Martinmas", "DATE", "1381-11-11"),
]


TOWTON = (
    "The Battle of Towton was fought on Palm Sunday, 29 March 1461, in a snowstorm near "
    "Tadcaster. Edward IV had been proclaimed king in London on 4 March. The Lancastrians were "
    "routed, and Henry VI fled to Scotland with Margaret of Anjou. Ten years later Edward won at "
    "Barnet on Easter Sunday 1471 and at Tewkesbury three weeks later, on 4 May."
)

TOWTON_TABLE: list[ModRow] = [
    ("Palm Sunday, 29 March 1461", "DATE", "1461-03-29"),
    ("4 March", "DATE", "1461-03-04"),
    ("Ten years later", "DATE", "1471"),
    ("Easter Sunday 1471", "DATE", "1471-04-14"),
    ("three weeks later", "DATE", "1471-W18"),
    ("4 May", "DATE", "1471-05-04"),
]


MONGOLS = (
    "Genghis Khan invaded the Khwarazmian Empire in 1219, and over the next three years the "
    "cities of Transoxiana fell one by one. In the spring of 1241 Subutai invaded Hungary and "
    "destroyed the army of Béla IV at Mohi on 11 April. Ögedei died that December, and the next "
    "spring the Mongol armies withdrew from Europe. The Golden Horde ruled the Rus' principalities "
    "for the next century and a half."
)

MONGOLS_TABLE: list[ModRow] = [
    ("1219", "DATE", "1219"),
    ("the next three years", "DURATION", "P3Y"),
    ("the spring of 1241", "DATE", "1241-SP"),
    ("11 April", "DATE", "1241-04-11"),
    ("that December", "DATE", "1241-12"),
    ("the next spring", "DATE", "1242-SP"),
    ("the next century and a half", "DURATION", "P150Y"),
]


BOYNE = (
    "William of Orange landed at Torbay on 5 November 1688 (O.S.), and James II fled to France in "
    "December. Parliament offered the crown to William and Mary on 13 February 1689 (O.S.), a "
    "date often written 1688/89. The Battle of the Boyne was fought on 1 July 1690 (O.S.), and "
    "the war in Ireland ended with the Treaty of Limerick the following year."
)

BOYNE_TABLE: list[ModRow] = [
    ("5 November 1688", "DATE", "1688-11-05"),
    ("December", "DATE", "1688-12"),
    ("13 February 1689", "DATE", "1689-02-13"),
    # a year written across two with a slash is two (tests/test_noticed_gaps_32.py)
    ("1688", "DATE", "1688"),
    ("89", "DATE", "1689"),
    ("1 July 1690", "DATE", "1690-07-01"),
    ("the following year", "DATE", "1691"),
]


PASSAGES = [
    pytest.param(THERMOPYLAE, THERMOPYLAE_TABLE, id="thermopylae"),
    pytest.param(PELOPONNESIAN, PELOPONNESIAN_TABLE, id="peloponnesian"),
    pytest.param(HANNIBAL, HANNIBAL_TABLE, id="hannibal"),
    pytest.param(CLAUDIUS, CLAUDIUS_TABLE, id="claudius"),
    pytest.param(CHANGPING, CHANGPING_TABLE, id="changping"),
    pytest.param(CONSTANTINOPLE, CONSTANTINOPLE_TABLE, id="constantinople"),
    pytest.param(ANTIOCH, ANTIOCH_TABLE, id="antioch"),
    pytest.param(AGINCOURT, AGINCOURT_TABLE, id="agincourt"),
    pytest.param(HUNDRED_YEARS, HUNDRED_YEARS_TABLE, id="hundred-years"),
    pytest.param(ANARCHY, ANARCHY_TABLE, id="anarchy"),
    pytest.param(PEASANTS, PEASANTS_TABLE, id="peasants"),
    pytest.param(TOWTON, TOWTON_TABLE, id="towton"),
    pytest.param(MONGOLS, MONGOLS_TABLE, id="mongols"),
    pytest.param(BOYNE, BOYNE_TABLE, id="boyne"),
]


@pytest.mark.parametrize(("text", "table"), PASSAGES)
def test_ancient_and_medieval_wars_read_as_their_tables(text: str, table: list[ModRow]) -> None:
    """Each passage, read as a narrative, yields exactly its table."""
    assert _narrative(text) == table


@pytest.mark.parametrize(("text", "table"), PASSAGES)
def test_genre_auto_reads_them_as_narratives(text: str, table: list[ModRow]) -> None:
    """With no document date, genre auto reads each passage as the narrative it is."""
    assert _mentions_with_mods(text, genre="auto") == table


@pytest.mark.parametrize(
    "text",
    [
        "The 300 Spartans died beside 700 Thespians and 400 Thebans.",
        "Xerxes led 10,000 men, the Immortals, with 1,207 triremes and 3,000 transports.",
        "Caesar's Legio X Equestris, the Tenth Legion, stood beside Legio IX Hispana.",
        "Henry V met Louis IX, Charles VI and Edward III; Richard II and Mehmed II watched.",
        "See Chapter 12 of Herodotus, Book 7, and Thucydides 1.23 and Livy 22.7.",
        "The legion marched along Margary 1a and the Via Appia to Milecastle 39.",
        "Stele 12 and Stela 24 record the victory; Turret 33b lies on the Wall.",
        "The Thirty Tyrants and the Four Hundred ruled Athens; the Ten Thousand marched home.",
        "Some 1,500 knights and 6,000 archers fought; the army of 1,200 ships sailed from Aulis.",
    ],
)
def test_men_ships_legions_rulers_chapters_roads_and_stelae_are_no_dates(text: str) -> None:
    """Numbers of men, ships and legions, rulers' numerals, chapters and citations, roads,
    milecastles and stelae: no dates."""
    assert _found(text) == []


@pytest.mark.parametrize(
    ("text", "row"),
    [
        pytest.param(
            "The English landed in 1346. The same summer they marched on Paris.",
            ("The same summer", "DATE", "1346-SU"),
            id="the-same-summer",
        ),
        pytest.param(
            "The siege began in 1346, and that same winter the garrison starved.",
            ("that same winter", "DATE", "1346-WI"),
            id="that-same-winter",
        ),
        pytest.param(
            "Hannibal crossed the Ebro in 218 BC; the same autumn he was in Gaul.",
            ("the same autumn", "DATE", "-0217-FA"),
            id="the-same-autumn-bc",
        ),
        pytest.param(
            "In the spring of 1241 the Mongols took Kiev, and in the same spring they crossed "
            "the Carpathians.",
            ("the same spring", "DATE", "1241-SP"),
            id="in-the-same-spring",
        ),
    ],
)
def test_the_same_season_is_the_storys_season(text: str, row: ModRow) -> None:
    """ "The same summer", "that same winter": the season of the story's year, as "that
    summer" is."""
    assert _narrative(text)[-1] == row


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("He went back to the same summer camp in 1990.", ["1990"]),
        ("She wore that same winter coat in 1950.", ["1950"]),
        ("The same spring break was cancelled in 2020.", ["2020"]),
    ],
)
def test_a_same_season_before_its_noun_is_no_season(text: str, expected: list[str]) -> None:
    """ "the same summer camp", "that same winter coat": the season modifies a noun, no date."""
    assert _found(text) == expected


@pytest.mark.parametrize(
    ("text", "row"),
    [
        pytest.param(
            "By the summer of AD 61 the revolt was crushed.",
            ("the summer of AD 61", "DATE", "0061-SU"),
            id="summer-of-ad-61",
        ),
        pytest.param(
            "Varus marched east in the spring of AD 9.",
            ("the spring of AD 9", "DATE", "0009-SP"),
            id="spring-of-ad-9",
        ),
        pytest.param(
            "Red Cliffs was fought in the winter of AD 208–209.",
            ("the winter of AD 208–209", "DATE", "0208-WI"),
            id="winter-of-ad-208-209",
        ),
        pytest.param(
            "Agricola built forts in the campaigning season of AD 79.",
            ("the campaigning season of AD 79", "DATE", "0079"),
            id="campaigning-season-ad",
        ),
        pytest.param(
            "During the campaigning season of 218 BC Hannibal marched.",
            ("the campaigning season of 218 BC", "DATE", "-0217"),
            id="campaigning-season-bc",
        ),
    ],
)
def test_a_season_of_a_year_with_its_era_is_that_season(text: str, row: ModRow) -> None:
    """ "the summer of AD 61": 0061-SU, as "the spring of 60 AD" is; "the campaigning season
    of 218 BC": that year, as "the campaigning season of 1475" is."""
    assert _narrative(text)[0] == row


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a list's or a span's year keeps its own reading
        (
            "The revolt broke out in the summer of AD 60 or 61.",
            [("AD 60", "DATE", "0060"), ("61", "DATE", "0061")],
        ),
        (
            "The spring of 60 AD was wet.",
            [("The spring of 60 AD", "DATE", "0060-SP")],
        ),
    ],
)
def test_other_seasons_of_ad_years_keep_their_reading(text: str, expected: list[ModRow]) -> None:
    """ "the summer of AD 60 or 61": two years, as before; "The spring of 60 AD" as before."""
    assert _narrative(text) == expected


@pytest.mark.parametrize(
    ("text", "row"),
    [
        ("The army was paid off at Martinmas 1318.", ("Martinmas 1318", "DATE", "1318-11-11")),
        (
            "The castle fell on St Martin's Day 1216.",
            ("St Martin's Day 1216", "DATE", "1216-11-11"),
        ),
        (
            "The battle was fought on St Stephen's Day 1141.",
            ("St Stephen's Day 1141", "DATE", "1141-12-26"),
        ),
        ("Harold was crowned at Epiphany 1066.", ("Epiphany 1066", "DATE", "1066-01-06")),
        (
            "Edward died on 5 January 1066, and Harold was crowned on the Feast of the Epiphany.",
            ("the Feast of the Epiphany", "DATE", "1066-01-06"),
        ),
        (
            "Acre was besieged in 1191 and fell on the Feast of the Assumption.",
            ("the Feast of the Assumption", "DATE", "1191-08-15"),
        ),
        (
            "The rebels entered London on the feast of Corpus Christi 1381.",
            ("the feast of Corpus Christi 1381", "DATE", "1381-06-13"),
        ),
        ("The army sailed on Trinity Sunday 1415.", ("Trinity Sunday 1415", "DATE", "1415-05-26")),
        (
            "On Low Sunday 1097 the army crossed the Bosphorus.",
            ("Low Sunday 1097", "DATE", "1097-04-12"),
        ),
        ("The king held court at Whitsuntide 1215.", ("Whitsuntide 1215", "DATE", "1215-06-07")),
        (
            "The barons met at Stamford in Easter week 1215.",
            ("Easter week 1215", "DATE", "1215-W16"),
        ),
        (
            "The truce was agreed in 1215 and was to last until Hallowmas.",
            ("Hallowmas", "DATE", "1215-11-01"),
        ),
    ],
)
def test_feasts_of_chronicles_are_days(text: str, row: ModRow) -> None:
    """ "Martinmas 1318", "the feast of Corpus Christi 1381", "Trinity Sunday 1415": the feast's
    day of that year (a movable one by the Julian Easter); "Easter week 1215" the ISO week
    holding Easter Sunday."""
    assert _narrative(text)[-1] == row


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("She had an Epiphany in 1990; Epiphany Jones spoke.", ["1990"]),
        ("He moved to Corpus Christi in 1990.", ["1990"]),
        ("The service at St Martin's Church was held in 1990.", ["1990"]),
        ("He went up to Trinity College in 1990 and read Low German.", ["1990"]),
    ],
)
def test_names_like_feasts_are_no_days(text: str, expected: list[str]) -> None:
    """ "an Epiphany", the city of Corpus Christi, a church or a college: no feast."""
    assert _found(text) == expected


@pytest.mark.parametrize(
    ("text", "row"),
    [
        pytest.param(
            "The war began during the reign of Edward III (1327–1377). In the tenth year of his "
            "reign he won at Crécy.",
            ("the tenth year of his reign", "DATE", "1336"),
            id="the-reign-of",
        ),
        pytest.param(
            "Edward III's reign (1327–1377) saw the war begin. In the tenth year of his reign "
            "he won at Crécy.",
            ("the tenth year of his reign", "DATE", "1336"),
            id="his-reign",
        ),
        pytest.param(
            "Emperor Wu of Han (r. 141–87 BC) fought the Xiongnu. In the sixth year of his "
            "reign the army crossed the Gobi.",
            ("the sixth year of his reign", "DATE", "-0135"),
            id="reign-bc",
        ),
        pytest.param(
            "Darius I (r. 522–486 BC) invaded Greece in the thirty-first year of his reign.",
            ("the thirty-first year of his reign", "DATE", "-0491"),
            id="thirty-first-bc",
        ),
        pytest.param(
            "The war began in 1337. In the twenty-third year of the war the French recovered.",
            ("the twenty-third year of the war", "DATE", "1359"),
            id="twenty-third-year-of-the-war",
        ),
    ],
)
def test_a_reigns_year_counts_from_the_year_it_opened(text: str, row: ModRow) -> None:
    """ "the reign of Edward III (1327–1377) ... the tenth year of his reign": 1336, from the
    year the reign opened (BC too), not from the story's last year."""
    assert _narrative(text)[-1] == row


@pytest.mark.parametrize(
    ("text", "row"),
    [
        pytest.param(
            "The Mongols reached Europe in 1241. For the next century and a half they ruled "
            "the steppe.",
            ("the next century and a half", "DURATION", "P150Y"),
            id="century-and-a-half",
        ),
        pytest.param(
            "The talks opened in 1435 and dragged on for the next year and a half.",
            ("the next year and a half", "DURATION", "P1Y6M"),
            id="year-and-a-half",
        ),
        # a year alone after "the next" is still the next year
        pytest.param(
            "In 1346 they met. The next year they married.",
            ("The next year", "DATE", "1347"),
            id="the-next-year",
        ),
        pytest.param(
            "The kingdom lasted for a century and a half.",
            ("a century and a half", "DURATION", "P150Y"),
            id="a-century-and-a-half",
        ),
    ],
)
def test_half_a_unit_after_the_next_is_part_of_the_length(text: str, row: ModRow) -> None:
    """ "the next century and a half": P150Y, not "the next century"."""
    assert _narrative(text)[-1] == row


@pytest.mark.parametrize(
    ("text", "row"),
    [
        (
            "In the year of our Lord 1346 the king crossed the sea.",
            ("the year of our Lord 1346", "DATE", "1346"),
        ),
        (
            "The charter was sealed in the year of grace 1215.",
            ("the year of grace 1215", "DATE", "1215"),
        ),
        # no year after it: the year alone
        ("The year of grace was 1215.", ("1215", "DATE", "1215")),
    ],
)
def test_the_year_of_our_lord_is_the_year(text: str, row: ModRow) -> None:
    """ "the year of our Lord 1346": 1346, whole, as "the year 1066" is."""
    assert _narrative(text) == [row]


def test_a_named_rulers_regnal_year_counts_from_his_accession() -> None:
    """ "Tiberius became emperor in AD 14. ... In the fifteenth year of the reign of Tiberius":
    AD 28."""
    text = (
        "Tiberius became emperor in AD 14. In the fifteenth year of the reign of Tiberius, John "
        "began to preach."
    )
    assert _narrative(text)[-1] == ("the fifteenth year of the reign of Tiberius", "DATE", "0028")


def test_a_canonical_hour_is_a_part_of_the_day() -> None:
    """ "Constantinople fell on 29 May 1453. At vespers the sultan entered Hagia Sophia": the
    evening of 29 May 1453."""
    text = "Constantinople fell on 29 May 1453. At vespers the sultan entered Hagia Sophia."
    assert _narrative(text)[-1] == ("vespers", "TIME", "1453-05-29TEV")
