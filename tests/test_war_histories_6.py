"""Held-out genre, sixth round: Wikipedia histories of older and colonial wars read as narratives.

Passages written for these tests in the style of English Wikipedia on wars the earlier rounds
(tests/test_war.py, tests/test_war_histories_3.py, tests/test_war_histories_4.py,
tests/test_history.py, tests/test_histories_2.py) do not cover: the First Punic War and
Hannibal's winter in the Po valley, Caesar's civil war, the Roman conquest of Britain, the
Third Crusade, the Mongol invasion of Europe, the Wars of the Roses, the Ottoman sieges of
Vienna, the Anglo-Dutch wars, the Seven Years' War, the First Opium War, the Indian Rebellion
of 1857, the Anglo-Zulu War, the Balkan Wars, the Chaco War, the Algerian War, the
Indo-Pakistani wars, the Nigerian Civil War, the Soviet–Afghan War and Croatia's war.
Conventions as in those files: "the evening of" a date tags only the date, "within a
fortnight" tags the duration, legions ("Legio X Equestris"), regiments, ships ("the Royal
Charles") and counts are no dates. A war, a truce or a period named by its length ("the Seven
Years' War", "the Twelve Years' Truce", "Napoleon's Hundred Days") is a name, not a duration.
New here: a winter BC across two years ("the winter of 218–217 BC", -0217-WI, named by its
first year as "the winter of 1941–42" is); an Old Style day of January to March dated by both
years ("19 February 1673/4", "1 March 1711/12") is a day of the second, the New Style's, year;
"(O.S.)" after a date leaves it as written; church feasts as dates ("All Saints' Day 1954", "St
Crispin's Day 1415", "Michaelmas"); "by the evening" after a day is that evening.
"""

from __future__ import annotations

import datetime as dt

import pytest
from passages import Row
from passages import found_in_narrative as _found
from passages import mentions as _mentions

from chrono.extract import Extractor
from chrono.genre import choose_genre
from chrono.model import Genre

TODAY = "2024-06-15"
EXTRACTOR = Extractor()


FIRST_PUNIC = (
    "The First Punic War (264–241 BC) was the first of three wars fought between Rome and "
    "Carthage in the 3rd century BC. In 260 BC the Romans built a fleet of 120 ships within sixty"
    " days. The following spring Duilius sailed for Sicily. In the winter of 255–254 BC a storm "
    "destroyed the Roman fleet off Camarina. The war ended with the Battle of the Aegates on 10 "
    "March 241 BC, after 23 years of fighting."
)

FIRST_PUNIC_TABLE: list[Row] = [
    ("264", "DATE", "-0263"),
    ("241 BC", "DATE", "-0240"),
    ("the 3rd century BC", "DATE", "-03"),
    ("260 BC", "DATE", "-0259"),
    ("sixty days", "DURATION", "P60D"),
    ("The following spring", "DATE", "-0258-SP"),
    # a winter BC across two years is one winter, named by its first year
    ("the winter of 255–254 BC", "DATE", "-0254-WI"),
    ("10 March 241 BC", "DATE", "-0240-03-10"),
    ("23 years", "DURATION", "P23Y"),
]


SECOND_PUNIC = (
    "Hannibal crossed the Alps in the autumn of 218 BC. He spent the winter of 218–217 BC in the "
    "Po valley. At Lake Trasimene on 21 June 217 BC he ambushed a consular army of 25,000 men. "
    "The previous autumn he had won at the Trebia."
)

SECOND_PUNIC_TABLE: list[Row] = [
    ("the autumn of 218 BC", "DATE", "-0217-FA"),
    ("the winter of 218–217 BC", "DATE", "-0217-WI"),
    ("21 June 217 BC", "DATE", "-0216-06-21"),
    ("The previous autumn", "DATE", "-0217-FA"),
]


CAESAR = (
    "Caesar's civil war (49–45 BC) began when Caesar crossed the Rubicon with Legio XIII on 10 "
    "January 49 BC. Pompey fled to Greece that same year. Caesar defeated him at Pharsalus on 9 "
    "August 48 BC; forty days later Pompey was murdered in Egypt. Caesar spent the winter of "
    "48–47 BC besieged in Alexandria. Legio X Equestris and Legio VI Ferrata fought at Munda."
)

CAESAR_TABLE: list[Row] = [
    ("49", "DATE", "-0048"),
    ("45 BC", "DATE", "-0044"),
    ("10 January 49 BC", "DATE", "-0048-01-10"),
    ("that same year", "DATE", "-0048"),
    ("9 August 48 BC", "DATE", "-0047-08-09"),
    ("forty days later", "DATE", "-0047-09-18"),
    ("the winter of 48–47 BC", "DATE", "-0047-WI"),
]


BRITAIN = (
    "The Roman conquest of Britain began in AD 43 under Aulus Plautius. Claudius arrived that "
    "summer and stayed sixteen days. By AD 47 the south-east was under Roman control. The revolt "
    "of Boudica broke out in AD 60. Agricola campaigned in Caledonia in the late 1st century AD, "
    "and Hadrian's Wall was begun in AD 122."
)

BRITAIN_TABLE: list[Row] = [
    ("AD 43", "DATE", "0043"),
    ("that summer", "DATE", "0043-SU"),
    ("sixteen days", "DURATION", "P16D"),
    ("AD 47", "DATE", "0047"),
    ("AD 60", "DATE", "0060"),
    ("the late 1st century AD", "DATE", "00"),  # mod END
    ("AD 122", "DATE", "0122"),
]


THIRD_CRUSADE = (
    "The Third Crusade (1189–1192) was led by Richard I, Philip II and Frederick Barbarossa. "
    "Frederick drowned in the Saleph on 10 June 1190. The Teutonic Order was founded at Acre c. "
    "1190. Acre fell on 12 July 1191 after a siege of nearly two years. Richard defeated Saladin "
    "at Arsuf on 7 September. The Treaty of Jaffa was signed in September 1192, and Richard "
    "sailed for home on 9 October."
)

THIRD_CRUSADE_TABLE: list[Row] = [
    ("1189", "DATE", "1189"),
    ("1192", "DATE", "1192"),
    ("10 June 1190", "DATE", "1190-06-10"),
    ("c. 1190", "DATE", "1190"),
    ("12 July 1191", "DATE", "1191-07-12"),
    ("nearly two years", "DURATION", "P2Y"),
    ("7 September", "DATE", "1191-09-07"),
    ("September 1192", "DATE", "1192-09"),
    ("9 October", "DATE", "1192-10-09"),
]


MONGOLS = (
    "The Mongol invasion of Europe took place in the early 13th century. Kiev fell on 6 December "
    "1240 after a siege of a few days. In the spring of 1241 the Mongols invaded Poland and "
    "Hungary. The Battle of Mohi was fought on 11 April 1241. Over the winter the Mongols crossed"
    " the frozen Danube. News of Ögedei's death reached Batu the following spring, and by 1242 "
    "the army had withdrawn."
)

MONGOLS_TABLE: list[Row] = [
    ("the early 13th century", "DATE", "12"),
    ("6 December 1240", "DATE", "1240-12-06"),
    ("a few days", "DURATION", "PXD"),
    ("the spring of 1241", "DATE", "1241-SP"),
    ("11 April 1241", "DATE", "1241-04-11"),
    ("the winter", "DATE", "1241-WI"),
    ("the following spring", "DATE", "1242-SP"),
    ("1242", "DATE", "1242"),
]


ROSES = (
    "The Wars of the Roses were fought between 1455 and 1487. The First Battle of St Albans was "
    "fought on 22 May 1455. The Yorkists won at Towton on 29 March 1461 in a "
    "snowstorm. Edward IV fled in the autumn of 1470 and returned the following March. He won at "
    "Barnet on 14 April 1471 and at Tewkesbury within a fortnight. Richard III was killed at "
    "Bosworth on 22 August 1485."
)

ROSES_TABLE: list[Row] = [
    ("1455", "DATE", "1455"),
    ("1487", "DATE", "1487"),
    ("22 May 1455", "DATE", "1455-05-22"),
    ("29 March 1461", "DATE", "1461-03-29"),
    ("the autumn of 1470", "DATE", "1470-FA"),
    ("the following March", "DATE", "1471-03"),
    ("14 April 1471", "DATE", "1471-04-14"),
    ("a fortnight", "DURATION", "P2W"),
    ("22 August 1485", "DATE", "1485-08-22"),
]


VIENNA = (
    "The Siege of Vienna in 1529 was the first attempt by the Ottoman Empire to capture the city."
    " Suleiman's army reached the city on 27 September. After a siege of eighteen days the "
    "Ottomans withdrew on 14 October. The second siege began on 14 July 1683 and lasted two "
    "months. The relief army under Sobieski attacked on 12 September, and by the evening the "
    "Ottomans had fled."
)

VIENNA_TABLE: list[Row] = [
    ("1529", "DATE", "1529"),
    ("27 September", "DATE", "1529-09-27"),
    ("eighteen days", "DURATION", "P18D"),
    ("14 October", "DATE", "1529-10-14"),
    ("14 July 1683", "DATE", "1683-07-14"),
    ("two months", "DURATION", "P2M"),
    ("12 September", "DATE", "1683-09-12"),
    # "by the evening the Ottomans had fled": the evening of the day just named
    ("the evening", "TIME", "1683-09-12TEV"),
]


ANGLO_DUTCH = (
    "The Second Anglo-Dutch War (4 March 1665 – 31 July 1667) was fought for control of the seas."
    " The Four Days' Battle was fought from 1 to 4 June 1666 (O.S.). In June 1667 the Dutch "
    "raided the Medway and towed away the Royal Charles. The Third Anglo-Dutch War began in 1672,"
    " and the Treaty of Westminster was signed on 19 February 1673/4."
)

ANGLO_DUTCH_TABLE: list[Row] = [
    ("4 March 1665", "DATE", "1665-03-04"),
    ("31 July 1667", "DATE", "1667-07-31"),
    ("1", "DATE", "1666-06-01"),
    ("4 June 1666", "DATE", "1666-06-04"),
    ("June 1667", "DATE", "1667-06"),
    ("1672", "DATE", "1672"),
    # an Old Style day dated by both years is of the second, the New Style's
    ("19 February 1673/4", "DATE", "1674-02-19"),
]


SEVEN_YEARS = (
    "The Seven Years' War (1756–1763) was a global conflict. Frederick the Great invaded Saxony "
    "on 29 August 1756. Over the winter the Austrians rebuilt their army. In 1759, the annus "
    "mirabilis, Quebec fell on 13 September. The war ended with the Treaty of Paris on 10 "
    "February 1763 and the Treaty of Hubertusburg five days later."
)

SEVEN_YEARS_TABLE: list[Row] = [
    # "The Seven Years' War" is a name, not a length: only its years
    ("1756", "DATE", "1756"),
    ("1763", "DATE", "1763"),
    ("29 August 1756", "DATE", "1756-08-29"),
    ("the winter", "DATE", "1756-WI"),
    ("1759", "DATE", "1759"),
    ("13 September", "DATE", "1759-09-13"),
    ("10 February 1763", "DATE", "1763-02-10"),
    ("five days later", "DATE", "1763-02-15"),
]


OPIUM = (
    "The First Opium War (1839–1842) was fought between Britain and the Qing dynasty. In March "
    "1839 Lin Zexu seized 20,000 chests of opium at Canton. The British fleet arrived in June "
    "1840. The previous autumn had seen the Battle of Kowloon. The Treaty of Nanking was signed "
    "on 29 August 1842 aboard HMS Cornwallis."
)

OPIUM_TABLE: list[Row] = [
    ("1839", "DATE", "1839"),
    ("1842", "DATE", "1842"),
    ("March 1839", "DATE", "1839-03"),
    ("June 1840", "DATE", "1840-06"),
    ("The previous autumn", "DATE", "1839-FA"),
    ("29 August 1842", "DATE", "1842-08-29"),
]


INDIA_1857 = (
    "The Indian Rebellion of 1857 began on 10 May 1857 at Meerut, when the 3rd Bengal Light "
    "Cavalry mutinied. The siege of Delhi lasted from 8 June to 21 September. Cawnpore "
    "surrendered on 25 June after a siege of three weeks. On the night of 23/24 August the "
    "Lucknow garrison made a sortie. Lucknow was relieved in November, and the rebellion was "
    "largely suppressed by the summer of 1858."
)

INDIA_1857_TABLE: list[Row] = [
    ("1857", "DATE", "1857"),
    ("10 May 1857", "DATE", "1857-05-10"),
    ("8 June", "DATE", "1857-06-08"),
    ("21 September", "DATE", "1857-09-21"),
    ("25 June", "DATE", "1857-06-25"),
    ("three weeks", "DURATION", "P3W"),
    ("23", "DATE", "1857-08-23"),
    ("24 August", "DATE", "1857-08-24"),
    ("November", "DATE", "1857-11"),
    ("the summer of 1858", "DATE", "1858-SU"),
]


ZULU = (
    "The Anglo-Zulu War was fought from 11 January to 4 July 1879. On 22 January the Zulu army "
    "destroyed a column of the 24th Regiment of Foot at Isandlwana. That same day, about 150 men "
    "held Rorke's Drift. Within a fortnight reinforcements were ordered from Britain. The war "
    "ended at Ulundi on 4 July, after six months of fighting."
)

ZULU_TABLE: list[Row] = [
    ("11 January", "DATE", "1879-01-11"),
    ("4 July 1879", "DATE", "1879-07-04"),
    ("22 January", "DATE", "1879-01-22"),
    ("That same day", "DATE", "1879-01-22"),
    ("a fortnight", "DURATION", "P2W"),
    ("4 July", "DATE", "1879-07-04"),
    ("six months", "DURATION", "P6M"),
]


BALKAN = (
    "The First Balkan War lasted from October 1912 to May 1913. Montenegro declared war on 8 "
    "October 1912. An armistice was signed on 3 December, but fighting resumed the following "
    "February. The Second Balkan War began on 29 June 1913 and lasted a month. Adrianople had "
    "been besieged for 155 days."
)

BALKAN_TABLE: list[Row] = [
    ("October 1912", "DATE", "1912-10"),
    ("May 1913", "DATE", "1913-05"),
    ("8 October 1912", "DATE", "1912-10-08"),
    ("3 December", "DATE", "1912-12-03"),
    ("the following February", "DATE", "1913-02"),
    ("29 June 1913", "DATE", "1913-06-29"),
    ("a month", "DURATION", "P1M"),
    ("155 days", "DURATION", "P155D"),
]


CHACO = (
    "The Chaco War (1932–1935) was fought between Bolivia and Paraguay. On 15 June 1932 Bolivian "
    "troops attacked Fortín Carlos Antonio López. The siege of Boquerón lasted 20 days in "
    "September 1932. The armistice of 12 June 1935 ended the fighting."
)

CHACO_TABLE: list[Row] = [
    ("1932", "DATE", "1932"),
    ("1935", "DATE", "1935"),
    ("15 June 1932", "DATE", "1932-06-15"),
    ("20 days", "DURATION", "P20D"),
    ("September 1932", "DATE", "1932-09"),
    ("12 June 1935", "DATE", "1935-06-12"),
]


ALGERIA = (
    "The Algerian War (1 November 1954 – 19 March 1962) ended in Algerian independence. The FLN "
    "launched its first attacks on All Saints' Day 1954. The Battle of Algiers lasted from "
    "January to September 1957. De Gaulle came to power in May 1958. The Évian Accords were "
    "signed on 18 March 1962, and a ceasefire took effect the next day."
)

ALGERIA_TABLE: list[Row] = [
    ("1 November 1954", "DATE", "1954-11-01"),
    ("19 March 1962", "DATE", "1962-03-19"),
    ("All Saints' Day 1954", "DATE", "1954-11-01"),
    ("January", "DATE", "1957-01"),
    ("September 1957", "DATE", "1957-09"),
    ("May 1958", "DATE", "1958-05"),
    ("18 March 1962", "DATE", "1962-03-18"),
    ("the next day", "DATE", "1962-03-19"),
]


INDO_PAKISTANI = (
    "The Indo-Pakistani War of 1971 lasted 13 days. It began with Pakistani air strikes on the "
    "evening of 3 December 1971. Dhaka fell on 16 December. The war of 1965 had lasted 17 days, "
    "ending with a ceasefire on 23 September 1965. The 1999 Kargil conflict was fought from May "
    "to July 1999."
)

INDO_PAKISTANI_TABLE: list[Row] = [
    ("1971", "DATE", "1971"),
    ("13 days", "DURATION", "P13D"),
    ("3 December 1971", "DATE", "1971-12-03"),
    ("16 December", "DATE", "1971-12-16"),
    ("1965", "DATE", "1965"),
    ("17 days", "DURATION", "P17D"),
    ("23 September 1965", "DATE", "1965-09-23"),
    ("1999", "DATE", "1999"),
    ("May", "DATE", "1999-05"),
    ("July 1999", "DATE", "1999-07"),
]


NIGERIA = (
    "The Nigerian Civil War (6 July 1967 – 15 January 1970) was fought over Biafra's secession. "
    "Biafra declared independence on 30 May 1967. Federal troops took Enugu in October. By "
    "mid-1968 Biafra was blockaded. The last Biafran stronghold fell in the first week of January"
    " 1970."
)

NIGERIA_TABLE: list[Row] = [
    ("6 July 1967", "DATE", "1967-07-06"),
    ("15 January 1970", "DATE", "1970-01-15"),
    ("30 May 1967", "DATE", "1967-05-30"),
    ("October", "DATE", "1967-10"),
    ("mid-1968", "DATE", "1968"),
    ("the first week of January 1970", "DATE", "1970-W01"),
]


AFGHANISTAN = (
    "The Soviet–Afghan War lasted from December 1979 to February 1989. Soviet troops entered "
    "Kabul on 27 December 1979. In the mid-1980s the mujahideen received Stinger missiles. The "
    "last Soviet soldier left on 15 February 1989, nine years and fifty days after the invasion."
)

AFGHANISTAN_TABLE: list[Row] = [
    ("December 1979", "DATE", "1979-12"),
    ("February 1989", "DATE", "1989-02"),
    ("27 December 1979", "DATE", "1979-12-27"),
    ("the mid-1980s", "DATE", "198"),
    ("15 February 1989", "DATE", "1989-02-15"),
    ("nine years and fifty days", "DURATION", "P9Y50D"),
]


CROATIA = (
    "The Croatian War of Independence was fought from 1991 to 1995. The Battle of Vukovar lasted "
    "87 days, from 25 August to 18 November 1991. A ceasefire was signed in Sarajevo on 2 January"
    " 1992. Operation Storm began at 5 a.m. on 4 August 1995 and ended on 7 August."
)

CROATIA_TABLE: list[Row] = [
    ("1991", "DATE", "1991"),
    ("1995", "DATE", "1995"),
    ("87 days", "DURATION", "P87D"),
    ("25 August", "DATE", "1991-08-25"),
    ("18 November 1991", "DATE", "1991-11-18"),
    ("2 January 1992", "DATE", "1992-01-02"),
    ("5 a.m. on 4 August 1995", "TIME", "1995-08-04T05:00"),
    ("7 August", "DATE", "1995-08-07"),
]


PASSAGES = [
    pytest.param(FIRST_PUNIC, FIRST_PUNIC_TABLE, id="first-punic"),
    pytest.param(SECOND_PUNIC, SECOND_PUNIC_TABLE, id="second-punic"),
    pytest.param(CAESAR, CAESAR_TABLE, id="caesar"),
    pytest.param(BRITAIN, BRITAIN_TABLE, id="britain"),
    pytest.param(THIRD_CRUSADE, THIRD_CRUSADE_TABLE, id="third-crusade"),
    pytest.param(MONGOLS, MONGOLS_TABLE, id="mongols"),
    pytest.param(ROSES, ROSES_TABLE, id="roses"),
    pytest.param(VIENNA, VIENNA_TABLE, id="vienna"),
    pytest.param(ANGLO_DUTCH, ANGLO_DUTCH_TABLE, id="anglo-dutch"),
    pytest.param(SEVEN_YEARS, SEVEN_YEARS_TABLE, id="seven-years"),
    pytest.param(OPIUM, OPIUM_TABLE, id="opium"),
    pytest.param(INDIA_1857, INDIA_1857_TABLE, id="india-1857"),
    pytest.param(ZULU, ZULU_TABLE, id="zulu"),
    pytest.param(BALKAN, BALKAN_TABLE, id="balkan"),
    pytest.param(CHACO, CHACO_TABLE, id="chaco"),
    pytest.param(ALGERIA, ALGERIA_TABLE, id="algeria"),
    pytest.param(INDO_PAKISTANI, INDO_PAKISTANI_TABLE, id="indo-pakistani"),
    pytest.param(NIGERIA, NIGERIA_TABLE, id="nigeria"),
    pytest.param(AFGHANISTAN, AFGHANISTAN_TABLE, id="afghanistan"),
    pytest.param(CROATIA, CROATIA_TABLE, id="croatia"),
]


@pytest.mark.parametrize(("text", "table"), PASSAGES)
def test_war_history_reads_as_its_table(text: str, table: list[Row]) -> None:
    """Each passage read as a narrative gives every mention of its table, with its value."""
    assert _mentions(text, genre="narrative") == table


@pytest.mark.parametrize(("text", "table"), PASSAGES)
def test_auto_genre_with_todays_date_reads_the_war_history_as_a_narrative(
    text: str, table: list[Row]
) -> None:
    """With the page's retrieval date as DCT, ``genre="auto"`` reads it as a narrative."""
    assert _mentions(text, dct=TODAY, genre="auto") == table
    assert choose_genre(EXTRACTOR.find(text), dt.date.fromisoformat(TODAY)) is Genre.NARRATIVE


@pytest.mark.parametrize(
    ("text", "row"),
    [
        ("The act was passed on 1 March 1711/12.", ("1 March 1711/12", "DATE", "1712-03-01")),
        ("She died on 24 March 1702/3.", ("24 March 1702/3", "DATE", "1703-03-24")),
        ("It was signed on 19 February 1699/0.", ("19 February 1699/0", "DATE", "1700-02-19")),
        (
            "Charles I was executed on 30 January 1648/9.",
            ("30 January 1648/9", "DATE", "1649-01-30"),
        ),
    ],
)
def test_an_old_style_day_dated_by_both_years_is_of_the_second(text: str, row: Row) -> None:
    """Before 1752 England's year began on 25 March: "1 March 1711/12" is a day of 1712."""
    assert _mentions(text, genre="narrative") == [row]


@pytest.mark.parametrize(
    ("text", "row"),
    [
        ("The FLN rose on All Saints' Day 1954.", ("All Saints' Day 1954", "DATE", "1954-11-01")),
        ("Henry won on St Crispin's Day 1415.", ("St Crispin's Day 1415", "DATE", "1415-10-25")),
        ("In 1066 the rent fell due at Michaelmas.", ("Michaelmas", "DATE", "1066-09-29")),
        ("The lease of 1640 ran from Lady Day.", ("Lady Day", "DATE", "1640-03-25")),
    ],
)
def test_church_feasts_date_a_day(text: str, row: Row) -> None:
    """Chronicles date days by the church's fixed feasts: each is its day of the story's year."""
    assert _mentions(text, genre="narrative")[-1] == row


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Legio X Equestris and Legio IX Hispana marched north with Legio XIII.", []),
        ("The rule of the Thirty Tyrants ended; the Ten Thousand marched to the sea.", []),
        ("The 34th Bengal Native Infantry and the 93rd Highlanders held the Residency.", []),
        ("The Royal Charles, of 80 guns, and the Seven Oaks were towed to Hellevoetsluis.", []),
        ("The Twelve Years' Truce began in 1609.", ["1609"]),
        ("Napoleon's Hundred Days ended at Waterloo.", []),
        ("The Hundred Days' Reform failed in 1898.", ["1898"]),
        ("The Seven Years' War and the Eighty Years' War were long.", []),
        ("The St. Bartholomew's Day Massacre began in Paris in 1572.", ["1572"]),
        ("He heard it by the evening news.", []),
    ],
)
def test_legions_tyrants_regiments_ships_and_named_periods_are_no_dates(
    text: str, expected: list[str]
) -> None:
    """Legions, "the Thirty Tyrants", regiments, ships, and wars, truces, reforms and periods
    named by their length are no temporal expressions; a feast that names a massacre neither."""
    assert _found(text) == expected


def test_a_feast_of_easter_before_the_gregorian_reform_is_julian() -> None:
    """Towton was fought "on 29 March 1461, Palm Sunday": the Julian Palm Sunday of 1461."""
    text = "The Yorkists won at Towton on Palm Sunday 1461."
    assert _mentions(text, genre="narrative") == [("Palm Sunday 1461", "DATE", "1461-03-29")]


def test_a_january_day_after_christmas_is_of_the_next_year() -> None:
    """ "A truce over Christmas 1933 lasted until 6 January": 6 January 1934."""
    text = "A truce over Christmas 1933 lasted until 6 January."
    assert _mentions(text, genre="narrative")[-1] == ("6 January", "DATE", "1934-01-06")


def test_the_next_campaigning_season_is_the_next_year() -> None:
    """ "Caesar wintered in Alexandria in 47 BC. The next campaigning season": 46 BC."""
    text = (
        "Caesar wintered in Alexandria in 47 BC. The next campaigning season he sailed to Africa."
    )
    assert _mentions(text, genre="narrative")[-1] == (
        "The next campaigning season",
        "DATE",
        "-0045",
    )
