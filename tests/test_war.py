"""Held-out genre, second round: Wikipedia histories of wars, battles, campaigns and operations.

Each passage was written for these tests, in the style of English Wikipedia (infobox lines,
operations with their spans in brackets, military day-counting). Its table is what a reader
annotating it by the TimeML/TimeBank conventions would tag, read as a narrative with no
document date (``genre="narrative"``); the same passages must read the same with a document
date of today and ``genre="auto"``. Conventions as in tests/test_history.py: "the night of
Oct. 23", "the morning of July 1" tag only the date; "N units after X" and "after a siege of
N months" tag the duration; a range of days gives each day a date; unit names with numbers,
ship numbers and casualty counts are no dates.
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

TODAY = "2024-05-01"
EXTRACTOR = Extractor()


PUNIC = (
    "The Second Punic War (218–201 BC) was fought between Carthage and Rome. In the spring "
    "of 218 BC Hannibal left New Carthage with some 90,000 men, and by the autumn he had "
    "crossed the Alps. On 2 August 216 BC he destroyed a Roman army at Cannae, where about "
    "50,000 Romans fell. Syracuse fell to Rome in 212 BC after a siege of two years. In 204 "
    "BC Scipio landed in Africa, and the following year Hannibal was recalled. The war "
    "ended with the battle of Zama in 202 BC; peace was made the next year."
)
PUNIC_TABLE: list[Row] = [
    # "(218–201 BC)": the era written once, after the second year
    ("218", "DATE", "-0217"),
    ("201 BC", "DATE", "-0200"),
    ("the spring of 218 BC", "DATE", "-0217-SP"),
    ("the autumn", "DATE", "-0217-FA"),
    ("2 August 216 BC", "DATE", "-0215-08-02"),
    ("212 BC", "DATE", "-0211"),
    # "after a siege of two years": the length, as TimeBank's "N units" with a signal
    ("two years", "DURATION", "P2Y"),
    ("204 BC", "DATE", "-0203"),
    ("the following year", "DATE", "-0202"),
    ("202 BC", "DATE", "-0201"),
    ("the next year", "DATE", "-0200"),
]


def test_punic_war_bc_spans_seasons_and_sieges() -> None:
    """A span of BC years with one era, a season of the story's year ("by the autumn"), "the
    following year" and "the next year" counted in BC; "some 90,000 men" is a count."""
    assert _mentions(PUNIC, genre="narrative") == PUNIC_TABLE


HUNDRED_YEARS = (
    "The Hundred Years' War was a series of conflicts fought from 1337 to 1453. Edward III "
    "landed in Normandy on 12 July 1346 and on 26 August defeated the French at Crécy. "
    "After a siege of 11 months Calais surrendered in August 1347. The Black Death struck "
    "in the winter of 1348–49. Henry V won at Agincourt on 25 October 1415, St Crispin's "
    "Day, losing fewer than 500 men. Joan of Arc relieved Orléans in May 1429 and was "
    "burned at Rouen on 30 May 1431. The war is usually dated to the 14th and 15th "
    "centuries."
)
HUNDRED_YEARS_TABLE: list[Row] = [
    ("1337", "DATE", "1337"),
    ("1453", "DATE", "1453"),
    ("12 July 1346", "DATE", "1346-07-12"),
    ("26 August", "DATE", "1346-08-26"),
    # "After a siege of 11 months": a duration
    ("11 months", "DURATION", "P11M"),
    ("August 1347", "DATE", "1347-08"),
    ("the winter of 1348–49", "DATE", "1348-WI"),
    ("25 October 1415", "DATE", "1415-10-25"),
    # the feast in apposition restates the day, as "29 March 1461, Palm Sunday" does
    ("St Crispin's Day", "DATE", "1415-10-25"),
    ("May 1429", "DATE", "1429-05"),
    ("30 May 1431", "DATE", "1431-05-30"),
    # "the 14th and 15th centuries": the first ordinal is its own century, the shared "the" left out
    ("14th", "DATE", "13"),
    ("15th centuries", "DATE", "14"),
]


def test_hundred_years_war_sieges_and_two_centuries() -> None:
    """ "from 1337 to 1453", a day of the story's year, a siege's length, a winter across two
    years, two centuries joined by "and"; "fewer than 500 men" is a count."""
    assert _mentions(HUNDRED_YEARS, genre="narrative") == HUNDRED_YEARS_TABLE


THIRTY_YEARS = (
    "The Thirty Years' War began with the Defenestration of Prague on 23 May 1618. Date: 23 "
    "May 1618 – 15 May 1648. Gustavus Adolphus landed in Pomerania in July 1630 and won at "
    "Breitenfeld on 17 September 1631. He was killed at Lützen in November of the following "
    "year. The Swedes were beaten at Nördlingen on 5 and 6 September 1634. In the years "
    "that followed France entered the war openly. Peace was signed at Münster and Osnabrück "
    "in October 1648, after four years of negotiations."
)
THIRTY_YEARS_TABLE: list[Row] = [
    ("23 May 1618", "DATE", "1618-05-23"),
    ("23 May 1618", "DATE", "1618-05-23"),
    ("15 May 1648", "DATE", "1648-05-15"),
    ("July 1630", "DATE", "1630-07"),
    ("17 September 1631", "DATE", "1631-09-17"),
    ("November of the following year", "DATE", "1632-11"),
    ("5", "DATE", "1634-09-05"),
    ("6 September 1634", "DATE", "1634-09-06"),
    # "In the years that followed": TimeBank tags "years" (AQUAINT APW20000401.0150)
    ("years", "DURATION", "PXY"),
    ("October 1648", "DATE", "1648-10"),
    ("four years", "DURATION", "P4Y"),
]


def test_thirty_years_war_infobox_dates_and_the_years_that_followed() -> None:
    """A "Date:" line with two full dates, "November of the following year", "on 5 and 6 September
    1634" and "In the years that followed"; "the Thirty Years' War" is a name."""
    assert _mentions(THIRTY_YEARS, genre="narrative") == THIRTY_YEARS_TABLE


NAPOLEON = (
    "The Austerlitz campaign opened in late August 1805, when the Grande Armée left its "
    "camps at Boulogne. Mack surrendered at Ulm on 20 October with 27,000 men, and Vienna "
    "fell on 13 November. At dawn on 2 December 1805 the French attacked the Pratzen "
    "Heights; by nightfall the Allied army had been routed. An armistice was signed two "
    "days later. In 1812 Napoleon invaded Russia with over 600,000 men, crossing the Niemen "
    "on the night of 23/24 June. He reached Moscow on 14 September; within a week most of "
    "the city had burned."
)
NAPOLEON_TABLE: list[Row] = [
    ("late August 1805", "DATE", "1805-08"),
    ("20 October", "DATE", "1805-10-20"),
    ("13 November", "DATE", "1805-11-13"),
    # "At dawn on 2 December 1805": only the date, as TimeBank's "the night of Oct. 23"
    ("2 December 1805", "DATE", "1805-12-02"),
    # "by nightfall": the evening of the story's day
    ("nightfall", "TIME", "1805-12-02TEV"),
    ("two days later", "DATE", "1805-12-04"),
    ("1812", "DATE", "1812"),
    # "the night of 23/24 June": two dates, as TimeBank's "from 1 to 3 July"
    ("23", "DATE", "1812-06-23"),
    ("24 June", "DATE", "1812-06-24"),
    ("14 September", "DATE", "1812-09-14"),
    ("a week", "DURATION", "P1W"),
]


def test_napoleonic_campaign_dawn_nightfall_and_a_night_of_two_days() -> None:
    """ "At dawn on 2 December 1805" its date, "by nightfall" the evening of that day, "the night
    of 23/24 June" two dates; "27,000 men", "600,000 men" are counts."""
    assert _mentions(NAPOLEON, genre="narrative") == NAPOLEON_TABLE


GETTYSBURG = (
    "The Battle of Gettysburg was fought from July 1 to 3, 1863. On the morning of July 1 "
    "Confederate troops drove the Union I and XI Corps through the town. That afternoon "
    "Union forces rallied on Cemetery Hill. On July 2 Longstreet attacked the Union left. "
    "Pickett's Charge on the afternoon of July 3 cost some 6,000 men in under an hour. Lee "
    "retreated on July 4, and by the end of the month his army was back in Virginia. "
    "Lincoln delivered the Gettysburg Address on November 19."
)
GETTYSBURG_TABLE: list[Row] = [
    ("July 1", "DATE", "1863-07-01"),
    # "from July 1 to 3, 1863": the first day reads the year ahead, the second takes it
    ("3, 1863", "DATE", "1863-07-03"),
    ("July 1", "DATE", "1863-07-01"),
    # "On the morning of July 1": only the date, as TimeBank's "the night of Oct. 23"
    ("That afternoon", "TIME", "1863-07-01TAF"),
    ("July 2", "DATE", "1863-07-02"),
    ("July 3", "DATE", "1863-07-03"),
    ("an hour", "DURATION", "PT1H"),
    ("July 4", "DATE", "1863-07-04"),
    # "by the end of the month": the story's month (mod END), not the time of writing's
    ("the end of the month", "DATE", "1863-07"),
    ("November 19", "DATE", "1863-11-19"),
]


def test_gettysburg_month_first_day_range_with_its_year_after() -> None:
    """ "from July 1 to 3, 1863": two dates in 1863; "That afternoon" the story's day; "by the end
    of the month" the story's month, also with a document date."""
    assert _mentions(GETTYSBURG, genre="narrative") == GETTYSBURG_TABLE


BOER = (
    "The Second Boer War (11 October 1899 – 31 May 1902) was fought between the British "
    "Empire and the two Boer republics. During Black Week, 10–17 December 1899, the British "
    "lost three battles. Ladysmith was relieved on 28 February 1900 after a siege of 118 "
    "days, and Mafeking on 17 May. Pretoria fell on 5 June 1900. From mid-1900 the Boers "
    "waged a guerrilla war, and by late 1901 some 28,000 Boer women and children had died "
    "in camps. Peace was signed at Vereeniging on 31 May 1902."
)
BOER_TABLE: list[Row] = [
    ("11 October 1899", "DATE", "1899-10-11"),
    ("31 May 1902", "DATE", "1902-05-31"),
    # "Black Week, 10–17 December 1899": a name, then its two dates
    ("10", "DATE", "1899-12-10"),
    ("17 December 1899", "DATE", "1899-12-17"),
    ("28 February 1900", "DATE", "1900-02-28"),
    ("118 days", "DURATION", "P118D"),
    ("17 May", "DATE", "1900-05-17"),
    ("5 June 1900", "DATE", "1900-06-05"),
    ("mid-1900", "DATE", "1900"),
    ("late 1901", "DATE", "1901"),
    ("31 May 1902", "DATE", "1902-05-31"),
]


def test_boer_war_bracketed_span_a_named_week_and_a_siege() -> None:
    """A war's span in brackets, "Black Week, 10–17 December 1899", "after a siege of 118 days",
    "mid-1900", "late 1901"; "28,000 Boer women" is a count."""
    assert _mentions(BOER, genre="narrative") == BOER_TABLE


SOMME = (
    "Battle of the Somme\nDate\t1 July – 18 November 1916\nLocation\tSomme, "
    "France\nCasualties\tover 1,000,000\n\nThe battle was preceded by a week-long "
    "bombardment that began on 24 June. At 7:30 a.m. on 1 July the infantry went over the "
    "top; by the end of the day the British had lost 57,470 men. The 36th (Ulster) Division "
    "reached the German second line. On the 14th the British attacked at night. Tanks were "
    "used for the first time on 15 September 1916. The spring offensive of 1918 recaptured "
    "the ground within weeks."
)
SOMME_TABLE: list[Row] = [
    # an infobox field, tab-separated: "Date\t1 July – 18 November 1916"
    ("1 July", "DATE", "1916-07-01"),
    ("18 November 1916", "DATE", "1916-11-18"),
    ("a week-long", "DURATION", "P1W"),
    ("24 June", "DATE", "1916-06-24"),
    ("7:30 a.m. on 1 July", "TIME", "1916-07-01T07:30"),
    # "On the 14th": a day of the story's month; "by the end of the day" is left
    ("the 14th", "DATE", "1916-07-14"),
    ("15 September 1916", "DATE", "1916-09-15"),
    # "The spring offensive of 1918" names an operation, as "the Prague Spring of 1968"
    ("1918", "DATE", "1918"),
    ("weeks", "DURATION", "PXW"),
]


def test_somme_infobox_fields_and_days_of_the_storys_month() -> None:
    """Tab-separated infobox fields ("Date\t1 July – 18 November 1916"; "over 1,000,000" casualties
    no year), a clock time on the day the story names, "On the 14th", "within weeks"; "The 36th
    (Ulster) Division" is a unit."""
    assert _mentions(SOMME, genre="narrative") == SOMME_TABLE


OVERLORD = (
    "Operation Overlord\nDate: 6 June – 30 August 1944\n\nD-Day was set for 5 June but "
    "postponed by a day because of the weather. On the night of 5/6 June the 101st Airborne "
    "and the 82nd Airborne dropped behind Utah Beach. H-Hour was 6:30 a.m. By D+3 the "
    "beachheads had been linked. The following week the 1st Infantry Division pushed "
    "inland, and Hill 112 changed hands several times in the first week of July. Caen fell "
    "on 9 July after a month of fighting. Paris was liberated on 25 August, and by the end "
    "of the month the Allies had reached the Seine."
)
OVERLORD_TABLE: list[Row] = [
    ("6 June", "DATE", "1944-06-06"),
    ("30 August 1944", "DATE", "1944-08-30"),
    ("D-Day", "DATE", "1944-06-06"),
    ("5 June", "DATE", "1944-06-05"),
    ("a day", "DURATION", "P1D"),
    # "On the night of 5/6 June"
    ("5", "DATE", "1944-06-05"),
    ("6 June", "DATE", "1944-06-06"),
    # "H-Hour was 6:30 a.m.": H-Hour is a name for the time; the time is on D-Day
    ("6:30 a.m.", "TIME", "1944-06-06T06:30"),
    # military day-counting: three days after D-Day
    ("D+3", "DATE", "1944-06-09"),
    ("The following week", "DATE", "1944-W24"),
    ("the first week of July", "DATE", "1944-W27"),
    ("9 July", "DATE", "1944-07-09"),
    ("a month", "DURATION", "P1M"),
    ("25 August", "DATE", "1944-08-25"),
    ("the end of the month", "DATE", "1944-08"),
]


def test_overlord_d_day_h_hour_and_d_plus_days() -> None:
    """ "D-Day", "the night of 5/6 June", "H-Hour was 6:30 a.m.", "By D+3", "The following week",
    "the first week of July"; "the 101st Airborne", "Hill 112" are no dates."""
    assert _mentions(OVERLORD, genre="narrative") == OVERLORD_TABLE


BARBAROSSA = (
    "Operation Barbarossa (22 June – 5 December 1941) was the German invasion of the Soviet "
    "Union. Army Group Centre, with Panzer Group 3, encircled Minsk within a week, taking "
    "over 300,000 prisoners. Smolensk fell in mid-July. In the first week of August the "
    "offensive paused. Kiev was surrounded in mid-September, and by the end of September "
    "the city had fallen. The attack on Moscow began on 2 October. The winter of 1941–42 "
    "was the coldest in decades, and the Soviet counter-offensive opened on 5 December."
)
BARBAROSSA_TABLE: list[Row] = [
    # "Operation Barbarossa (22 June – 5 December 1941)"
    ("22 June", "DATE", "1941-06-22"),
    ("5 December 1941", "DATE", "1941-12-05"),
    ("a week", "DURATION", "P1W"),
    ("mid-July", "DATE", "1941-07"),
    ("the first week of August", "DATE", "1941-W32"),
    ("mid-September", "DATE", "1941-09"),
    ("the end of September", "DATE", "1941-09"),
    ("2 October", "DATE", "1941-10-02"),
    ("The winter of 1941–42", "DATE", "1941-WI"),
    # "the coldest in decades": a vague length, as TimeBank's "in years"
    ("decades", "DURATION", "PXDE"),
    ("5 December", "DATE", "1941-12-05"),
]


def test_barbarossa_operation_span_mid_months_and_army_groups() -> None:
    """ "Operation Barbarossa (22 June – 5 December 1941)", "mid-July", "the first week of August",
    "by the end of September", a winter across two years; "Army Group Centre", "Panzer Group 3",
    "300,000 prisoners" are no dates."""
    assert _mentions(BARBAROSSA, genre="narrative") == BARBAROSSA_TABLE


PACIFIC = (
    "The Battle of Midway took place between 4 and 7 June 1942, six months after Pearl "
    "Harbor. Within 48 hours four Japanese carriers had been sunk. The 1st Marine Division "
    "landed on Guadalcanal on 7 August 1942; the campaign lasted until February 1943. "
    "PT-109 was sunk on the night of 1–2 August 1943. In June 1944 Task Force 58 fought at "
    "the Philippine Sea, and in late 1944 kamikaze attacks began. Iwo Jima was taken after "
    "five weeks of fighting in February and March 1945."
)
PACIFIC_TABLE: list[Row] = [
    ("4", "DATE", "1942-06-04"),
    ("7 June 1942", "DATE", "1942-06-07"),
    # "six months after Pearl Harbor": the duration, as TimeBank tags "N units after X"
    ("six months", "DURATION", "P6M"),
    ("48 hours", "DURATION", "PT48H"),
    ("7 August 1942", "DATE", "1942-08-07"),
    ("February 1943", "DATE", "1943-02"),
    ("1", "DATE", "1943-08-01"),
    ("2 August 1943", "DATE", "1943-08-02"),
    ("June 1944", "DATE", "1944-06"),
    ("late 1944", "DATE", "1944"),
    ("five weeks", "DURATION", "P5W"),
    # "in February and March 1945": the first month reads the year ahead
    ("February", "DATE", "1945-02"),
    ("March 1945", "DATE", "1945-03"),
]


def test_pacific_war_ranges_hours_and_numbered_ships() -> None:
    """ "between 4 and 7 June 1942", "Within 48 hours", "the night of 1–2 August 1943", "late
    1944", "in February and March 1945"; "PT-109", "Task Force 58", "the 1st Marine Division"
    are no dates."""
    assert _mentions(PACIFIC, genre="narrative") == PACIFIC_TABLE


NORTH_AFRICA = (
    "The Second Battle of El Alamein lasted from 23 October to 11 November 1942. The 8th "
    "Army attacked on the night of 23 October, and after twelve days of fighting Rommel "
    "began to withdraw. On 8 November Allied forces landed in Morocco and Algeria. In the "
    "winter of 1942–43 the Axis held Tunisia, and U-559 and U-331 were sunk off its coast. "
    "The Axis forces in Tunisia surrendered in May 1943, and 250,000 prisoners were taken."
)
NORTH_AFRICA_TABLE: list[Row] = [
    ("23 October", "DATE", "1942-10-23"),
    ("11 November 1942", "DATE", "1942-11-11"),
    ("23 October", "DATE", "1942-10-23"),
    # "The 8th Army attacked on the night of 23 October": its date only
    ("twelve days", "DURATION", "P12D"),
    ("8 November", "DATE", "1942-11-08"),
    ("the winter of 1942–43", "DATE", "1942-WI"),
    ("May 1943", "DATE", "1943-05"),
]


def test_north_africa_nights_winters_and_u_boats() -> None:
    """ "from 23 October to 11 November 1942", "the night of 23 October", "after twelve days of
    fighting", a winter across two years; "the 8th Army", "U-559", "250,000 prisoners" are no
    dates."""
    assert _mentions(NORTH_AFRICA, genre="narrative") == NORTH_AFRICA_TABLE


KOREA = (
    "The Battle of the Chosin Reservoir (27 November – 13 December 1950) was fought in "
    "bitter cold. On 27 November Chinese forces attacked the 1st Marine Division. Over the "
    "next seventeen days the Marines fought their way out to Hungnam. The evacuation was "
    "complete on 24 December. In January 1951 Seoul fell again, but by mid-March it had "
    "been retaken. Armistice talks began on 10 July 1951 and lasted two years."
)
KOREA_TABLE: list[Row] = [
    ("27 November", "DATE", "1950-11-27"),
    ("13 December 1950", "DATE", "1950-12-13"),
    ("27 November", "DATE", "1950-11-27"),
    # TimeBank: "the next five years" is a DURATION
    ("the next seventeen days", "DURATION", "P17D"),
    ("24 December", "DATE", "1950-12-24"),
    ("January 1951", "DATE", "1951-01"),
    ("mid-March", "DATE", "1951-03"),
    ("10 July 1951", "DATE", "1951-07-10"),
    ("two years", "DURATION", "P2Y"),
]


def test_korean_war_chosin_span_and_the_next_days() -> None:
    """A bracketed span, "Over the next seventeen days", "by mid-March", "lasted two years"."""
    assert _mentions(KOREA, genre="narrative") == KOREA_TABLE


FALKLANDS = (
    "The Falklands War was a ten-week undeclared war in 1982. Argentine forces landed on 2 "
    "April 1982. The British task force sailed three days later. On 2 May the General "
    "Belgrano was sunk, with the loss of 323 lives; two days later HMS Sheffield was hit. "
    "British troops landed at San Carlos on 21 May, and Goose Green was taken on 28 May "
    "after a battle that lasted through the night. Port Stanley fell on 14 June, 74 days "
    "after the invasion."
)
FALKLANDS_TABLE: list[Row] = [
    ("ten-week", "DURATION", "P10W"),
    ("1982", "DATE", "1982"),
    ("2 April 1982", "DATE", "1982-04-02"),
    ("three days later", "DATE", "1982-04-05"),
    ("2 May", "DATE", "1982-05-02"),
    ("two days later", "DATE", "1982-05-04"),
    ("21 May", "DATE", "1982-05-21"),
    ("28 May", "DATE", "1982-05-28"),
    # "on 14 June, 74 days after the invasion": the date (the count after it is no year), and
    # the duration (a signal and an event follow it)
    ("14 June", "DATE", "1982-06-14"),
    ("74 days", "DURATION", "P74D"),
]


def test_falklands_days_later_and_days_after_an_event() -> None:
    """ "a ten-week undeclared war", "three days later", "two days later", "74 days after the
    invasion"; "323 lives" is a count, "through the night" no date."""
    assert _mentions(FALKLANDS, genre="narrative") == FALKLANDS_TABLE


GULF = (
    "The air campaign of the Gulf War began on 17 January 1991. Operation Desert Storm (17 "
    "January – 28 February 1991) followed five months of build-up. The ground war, launched "
    "on 24 February, lasted 100 hours. By the morning of 27 February Kuwait City had been "
    "liberated, and a ceasefire was declared the next day. On 9 and 10 April the UN set the "
    "terms. In the Yugoslav wars, Srebrenica fell between 11 and 22 July 1995."
)
GULF_TABLE: list[Row] = [
    ("17 January 1991", "DATE", "1991-01-17"),
    ("17 January", "DATE", "1991-01-17"),
    ("28 February 1991", "DATE", "1991-02-28"),
    ("five months", "DURATION", "P5M"),
    ("24 February", "DATE", "1991-02-24"),
    ("100 hours", "DURATION", "PT100H"),
    # "By the morning of 27 February": only the date, as TimeBank
    ("27 February", "DATE", "1991-02-27"),
    ("the next day", "DATE", "1991-02-28"),
    # "On 9 and 10 April", "between 11 and 22 July 1995": each day a date
    ("9", "DATE", "1991-04-09"),
    ("10 April", "DATE", "1991-04-10"),
    ("11", "DATE", "1995-07-11"),
    ("22 July 1995", "DATE", "1995-07-22"),
]


def test_gulf_war_hours_mornings_and_pairs_of_days() -> None:
    """An operation's span in brackets, "five months of build-up", "100 hours", "By the morning of
    27 February", "the next day", "On 9 and 10 April", "between 11 and 22 July 1995"."""
    assert _mentions(GULF, genre="narrative") == GULF_TABLE


PASSAGES = [
    PUNIC,
    HUNDRED_YEARS,
    THIRTY_YEARS,
    NAPOLEON,
    GETTYSBURG,
    BOER,
    SOMME,
    OVERLORD,
    BARBAROSSA,
    PACIFIC,
    NORTH_AFRICA,
    KOREA,
    FALKLANDS,
    GULF,
]


@pytest.mark.parametrize("text", PASSAGES, ids=lambda text: text[:30])
def test_auto_genre_reads_a_war_history_with_a_document_date_as_a_narrative(text: str) -> None:
    """With today's date as DCT, ``genre="auto"`` reads each war history as a narrative."""
    assert _mentions(text, dct=TODAY, genre="auto") == _mentions(text, genre="narrative")
    assert choose_genre(EXTRACTOR.find(text), dt.date.fromisoformat(TODAY)) is Genre.NARRATIVE


@pytest.mark.parametrize(
    "text",
    [
        "The 101st Airborne and Panzer Group 3 held Hill 112 against the 8th Army.",
        "Task Force 58 joined Army Group Centre and the 1st Marine Division.",
        "The division lost 1,500 dead and took 2000 prisoners; U-47 and PT-109 were sunk.",
        "The 36th (Ulster) Division reached the second line; the 82nd Airborne followed.",
        "The Seven Weeks' War and the Six-Day War were short; the Hundred Years' War was long.",
        "Operation Market Garden and Operation Torch were launched; Hill 609 fell.",
        "Police made a dawn raid. It was the dawn of a new era under a dusk-to-dawn curfew.",
        "The Dawn Patrol flew over the lines as the Spring Offensive began.",
        "Vitamin D+ was rationed; the D-1 visa was refused.",
        "Scores were 3-2, and the vote went 10 to 12.",
    ],
)
def test_war_look_alikes_are_not_dates(text: str) -> None:
    """Units, hills, task forces, ships, casualty counts, wars named by a length, "a dawn
    raid", "the dawn of an era", codes with a D and scores are no temporal expressions."""
    assert _found(text) == []


def test_dawn_the_next_day_is_one_time_of_the_storys_next_day() -> None:
    """ "At dawn the next day" is one TIME, as "early the following morning"."""
    text = "Dresden was bombed on 13 February 1945. At dawn the next day the bombers returned."
    assert _mentions(text, genre="narrative")[1] == ("dawn the next day", "TIME", "1945-02-14TMO")


def test_edge_of_the_month_is_no_sign_of_news() -> None:
    """ "by the end of the month" is the story's month as much as the writer's: a history with
    one of it among ten dates stays a narrative for ``genre="auto"``."""
    found = EXTRACTOR.find(GETTYSBURG)
    assert choose_genre(found, dt.date.fromisoformat(TODAY)) is Genre.NARRATIVE
    news = EXTRACTOR.find("The plant will close by the end of this month, the company said.")
    assert choose_genre(news, dt.date.fromisoformat(TODAY)) is Genre.NEWS


@pytest.mark.parametrize(
    ("text", "row"),
    [
        (
            "Dresden was bombed on 13 February 1945; a few weeks later the Rhine was crossed.",
            ("a few weeks later", "DATE", "1945"),
        ),
        (
            "On 6 June 1944 the Allies landed. A few days later they took Carentan.",
            ("A few days later", "DATE", "1944-06"),
        ),
        (
            "In June 1941 the Germans invaded. Several weeks later they reached Smolensk.",
            ("Several weeks later", "DATE", "1941"),
        ),
        (
            "On 3 May 1921 the treaty was signed. A few weeks earlier, riots had broken out.",
            ("A few weeks earlier", "DATE", "1921-04"),
        ),
        (
            "In 1812 Napoleon invaded Russia. A few years later he was exiled.",
            ("A few years later", "DATE", "181"),
        ),
        (
            "On 3 May 1921 the treaty was signed. Many years later it was revoked.",
            ("Many years later", "DATE", "FUTURE_REF"),
        ),
    ],
)
def test_a_vague_count_later_is_the_period_sure_to_hold_it(text: str, row: Row) -> None:
    """ "a few weeks later" in a history is after the story's date, not in the writer's future:
    the finest period sure to hold every day it can name (2 to 4 weeks after 13 February is in
    1945, not surely in March); "many years later" has no bound and stays a vague future."""
    assert _mentions(text, genre="narrative")[1] == row


def test_a_vague_count_later_in_news_stays_a_vague_future() -> None:
    """News keeps TimeBank's reading: "A few days later" with a document date is FUTURE_REF."""
    text = "The company said on Monday it would sell the plant. A few days later, it reversed."
    rows = _mentions(text, dct="1998-01-08", genre="news")
    assert ("A few days later", "DATE", "FUTURE_REF") in rows


def test_on_the_first_day_of_a_battle_is_a_date() -> None:
    """ "On the first day" of a battle the story dates is a DATE, not a one-day DURATION: the
    count starts on the first day of the span ("1–3 July"), not on its last."""
    text = "The battle was fought on 1–3 July 1863. On the first day the Union fell back."
    assert ("the first day", "DATE", "1863-07-01") in _mentions(text, genre="narrative")


def test_the_nth_day_counts_from_the_first_day_of_the_siege_not_the_last_nth_day() -> None:
    """ "On the second day" ... "By the fifth day": both count from the day the siege began."""
    text = (
        "The siege began on 12 May 1453. On the second day the walls were breached. By the "
        "fifth day of the siege the city was starving."
    )
    assert _mentions(text, genre="narrative")[1:] == [
        ("the second day", "DATE", "1453-05-13"),
        ("the fifth day", "DATE", "1453-05-16"),
    ]


def test_the_nth_day_in_apposition_to_a_date_is_that_date() -> None:
    """ "On 3 July, the third day of the battle": the day just named, not two days after it."""
    text = "The battle began on 1 July 1863. On 3 July, the third day of the battle, Pickett led."
    assert _mentions(text, genre="narrative")[2] == ("the third day", "DATE", "1863-07-03")


@pytest.mark.parametrize(
    ("text", "row"),
    [
        (
            "The offensive opened in 1916. On the first day 20,000 men died.",
            ("the first day", "DATE", "1916-XX-XX"),
        ),
        (
            "In July 1863 the battle began. On the second day Longstreet attacked.",
            ("the second day", "DATE", "1863-07-XX"),
        ),
    ],
)
def test_the_nth_day_after_a_year_or_a_month_leaves_the_day_unknown(text: str, row: Row) -> None:
    """After a story that gave only a year or a month, the nth day is in it, on a day unknown."""
    assert _mentions(text, genre="narrative")[1] == row


@pytest.mark.parametrize(
    "text",
    [
        "He started school in 1950. On the first day of school he cried.",
        "He moved in 1944. On the first day back he was ill.",
        "The mill reopened in 1921. It rained for the second day in a row.",
        "The mill reopened in 1921. On the first day's shift three men were hurt.",
    ],
)
def test_days_of_a_calendar_term_or_a_run_are_not_days_of_the_story(text: str) -> None:
    """ "the first day of school", "the first day back", "the second day in a row", "the first
    day's shift" are not the story's nth day: no DATE is counted from 1950, 1944 or 1921."""
    assert [row for row in _mentions(text, genre="narrative") if row[1] == "DATE"][1:] == []
