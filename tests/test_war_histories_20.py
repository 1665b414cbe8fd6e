"""Held-out genre, twentieth round: Wikipedia histories of the wars after 1945.

Passages written for these tests in the style of English Wikipedia's articles on the Korean
War (Inchon, the Chosin Reservoir, the armistice of 27 July 1953), the Suez Crisis, the
Six-Day War, the Yom Kippur War, the Soviet–Afghan War, the Iran–Iraq War, the Falklands land
campaign, the Yugoslav wars (Vukovar, Sarajevo, Srebrenica, Operation Storm, Kosovo 1999), the
Chechen wars, the Kargil War, the Russo-Georgian War of 2008, the war in Donbas and the 2022
invasion of Ukraine, read as narratives with no document date. Earlier rounds
(tests/test_war*.py, above all tests/test_war_histories_15.py on the same wars) already test
"(D-Day)" after a date and "D+3" counted from it, "the night of 5–6 June" (its two days),
"midnight on 6 November" (T24:00), "22:00 the same night", "the 19th day" of a war in
apposition to its date, "the 87-day siege" and "lasted 1,425 days" (the lengths), "the winter
of 1950–51", "(1992–1996)", "that autumn", "by the end of the year", "over the next decade",
"in the early hours of 24 February 2022" (the date alone), "As of 2023" and "to this day"
(PRESENT_REF); they are used here only as steps of the story. Conventions as in those files;
units ("the 1st Marine Division", "3 Commando Brigade", "2 Para"), parallels, hills and points
("the 38th parallel", "Hill 262", "Point 5140"), resolutions ("Resolution 242", "UNSC
Resolution 1244"), aircraft, tanks and weapons ("MiG-15", "F-4 Phantoms", "T-72", "Scud",
"AK-47s"), flights, routes, counts of men and sorties, "Protocol I", operations ("Operation
Desert Storm") and the wars' names ("the Six-Day War", "the Yom Kippur War", "the October
War") are no dates; "since then" names no time of its own (TimeML tags no "then").
New here:
- a number after a day and its month that opens the next words is no day of the month read
  backwards: "On the night of 11–12 June 3 Para took Mount Longdon" is the 11th and the 12th,
  not "June 3"; "On 12 June 45 Commando took Two Sisters" and "On 12 June 3 people died" are
  the 12th (before, the day was lost); a list's "3 May, 10 June and 7 July" keeps its first
  day;
- "the same night" or "that night" after "the night of 7–8 August" is the night of the 7th,
  which the midnight of the two days ends (as "the next morning" is the 8th's), and so after
  "at midnight on 6 November" (the 6th's night);
- "the Day of Atonement" is Yom Kippur ("6 October 1973, the Day of Atonement": 1973-10-06);
- "on day 4 of the invasion", "day 100 of the siege": a day numbered in a war counts from the
  day the story dated, as "the fourth day" does;
- a weekday that is part of a day's name is no part of the date after it: "Bloody Sunday, 30
  January 1972" tags "30 January 1972", as "Black Monday, 19 October 1987" does.
"""

from __future__ import annotations

import pytest
from passages import Row
from passages import found_in_narrative as _found
from passages import mentions as _mentions
from passages import mentions_with_mods as _with_mods

KOREA = (
    "The Korean War began on 25 June 1950, when the Korean People's Army crossed the 38th "
    "parallel with some 150 T-34 tanks. By the end of the month Seoul had fallen. On 15 "
    "September (D-Day) the 1st Marine Division landed at Inchon in Operation Chromite; it took "
    "Kimpo airfield on D+3 and Seoul on 28 September. In late November Chinese "
    "forces attacked at the Chosin Reservoir, and the marines fought their way out to Hungnam "
    "over the next seventeen days. In the winter of 1950–51 the front moved back south of "
    "Seoul. From 1951 MiG-15s and F-86 Sabres fought over the Yalu. Truce talks began at "
    "Kaesong on 10 July 1951 and dragged on for two years while both sides fought for hills "
    "such as Hill 262 and Pork Chop Hill. The armistice was signed at Panmunjom at 10:00 on "
    "27 July 1953 and took effect at 22:00 the same night. No peace treaty has been signed to "
    "this day."
)

KOREA_TABLE: list[Row] = [
    ("25 June 1950", "DATE", "1950-06-25"),
    ("the end of the month", "DATE", "1950-06"),
    ("15 September", "DATE", "1950-09-15"),
    # "(D-Day)" after a date is that date, and "D+3" counts from it
    ("D-Day", "DATE", "1950-09-15"),
    ("D+3", "DATE", "1950-09-18"),
    ("28 September", "DATE", "1950-09-28"),
    ("late November", "DATE", "1950-11"),
    ("the next seventeen days", "DURATION", "P17D"),
    ("the winter of 1950–51", "DATE", "1950-WI"),
    ("1951", "DATE", "1951"),
    ("10 July 1951", "DATE", "1951-07-10"),
    ("two years", "DURATION", "P2Y"),
    ("10:00 on 27 July 1953", "TIME", "1953-07-27T10:00"),
    ("22:00 the same night", "TIME", "1953-07-27T22:00"),
    # "to this day": the time of writing
    ("this day", "DATE", "PRESENT_REF"),
]


SUEZ = (
    "Egypt nationalised the Suez Canal Company on 26 July 1956. Israel invaded the Sinai on "
    "29 October, and two days later British and French aircraft began bombing Egyptian "
    "airfields in Operation Musketeer. Paratroops landed at Port Said on 5 November, and "
    "seaborne forces came ashore the next morning. Under American pressure a ceasefire took "
    "effect at midnight on 6 November. UNEF, the first UN peacekeeping force, arrived in "
    "mid-November, and the last British and French troops left on 22 December. The canal, "
    "blocked by some 40 sunken ships, reopened in April 1957."
)

SUEZ_TABLE: list[Row] = [
    ("26 July 1956", "DATE", "1956-07-26"),
    ("29 October", "DATE", "1956-10-29"),
    ("two days later", "DATE", "1956-10-31"),
    ("5 November", "DATE", "1956-11-05"),
    ("the next morning", "TIME", "1956-11-06TMO"),
    ("midnight on 6 November", "TIME", "1956-11-06T24:00"),
    ("mid-November", "DATE", "1956-11"),
    ("22 December", "DATE", "1956-12-22"),
    ("April 1957", "DATE", "1957-04"),
]


SIX_DAY = (
    "The Six-Day War was fought from 5 to 10 June 1967. Israel opened it with Operation "
    "Focus, an air strike at 07:45 on 5 June that destroyed most of the Egyptian air force on "
    "the ground within three hours. On the night of 5–6 June paratroops took Abu-Ageila, and "
    "the Old City of Jerusalem fell on 7 June. By 8 June Israeli forces had reached the Suez "
    "Canal. The Golan Heights were stormed on 9 June, and a ceasefire came into effect at "
    "18:30 on 10 June. Within six days Israel had tripled the territory it held. In November "
    "the Security Council passed Resolution 242."
)

SIX_DAY_TABLE: list[Row] = [
    ("5", "DATE", "1967-06-05"),
    ("10 June 1967", "DATE", "1967-06-10"),
    ("07:45 on 5 June", "TIME", "1967-06-05T07:45"),
    ("three hours", "DURATION", "PT3H"),
    ("5", "DATE", "1967-06-05"),
    ("6 June", "DATE", "1967-06-06"),
    ("7 June", "DATE", "1967-06-07"),
    ("8 June", "DATE", "1967-06-08"),
    ("9 June", "DATE", "1967-06-09"),
    ("18:30 on 10 June", "TIME", "1967-06-10T18:30"),
    ("six days", "DURATION", "P6D"),
    ("November", "DATE", "1967-11"),
]


YOM_KIPPUR = (
    "The Yom Kippur War began on 6 October 1973, the Day of Atonement, when Egypt and "
    "Syria attacked at about 14:00. Egyptian forces crossed the Suez Canal in Operation Badr "
    "and broke the Bar Lev Line within hours. Israel lost some 50 aircraft, among them F-4 "
    "Phantoms, in the first three days. On the night of 15–16 October Israeli paratroops "
    "crossed the canal at Deversoir. Resolution 338 called for a ceasefire, which took effect "
    "at 18:52 on 22 October but broke down within hours. The ceasefire of 24 October, the "
    "19th day of the war, held. Egypt and Israel signed a disengagement agreement the "
    "following January."
)

YOM_KIPPUR_TABLE: list[Row] = [
    ("6 October 1973", "DATE", "1973-10-06"),
    # the holiday in apposition: Yom Kippur 1973
    ("the Day of Atonement", "DATE", "1973-10-06"),
    ("14:00", "TIME", "1973-10-06T14:00"),
    ("hours", "DURATION", "PTXH"),
    ("the first three days", "DURATION", "P3D"),
    ("15", "DATE", "1973-10-15"),
    ("16 October", "DATE", "1973-10-16"),
    ("18:52 on 22 October", "TIME", "1973-10-22T18:52"),
    ("hours", "DURATION", "PTXH"),
    ("24 October", "DATE", "1973-10-24"),
    # in apposition to "24 October": that day
    ("the 19th day", "DATE", "1973-10-24"),
    ("the following January", "DATE", "1974-01"),
]


AFGHAN = (
    "The Soviet–Afghan War lasted from December 1979 to February 1989. Soviet troops entered "
    "Afghanistan on 24 December 1979, and three days later Spetsnaz units stormed the Tajbeg "
    "Palace and killed Hafizullah Amin. Over the next decade some 620,000 Soviet soldiers "
    "served in the country, and about 15,000 of them died. The mujahideen, armed with AK-47s "
    "and RPG-7s, received Stinger missiles from the autumn of 1986. The Geneva Accords were "
    "signed on 14 April 1988, and the withdrawal began the following month. The last Soviet "
    "soldier crossed the Friendship Bridge on 15 February 1989, after more than nine years of "
    "war."
)

AFGHAN_TABLE: list[Row] = [
    ("December 1979", "DATE", "1979-12"),
    ("February 1989", "DATE", "1989-02"),
    ("24 December 1979", "DATE", "1979-12-24"),
    ("three days later", "DATE", "1979-12-27"),
    ("the next decade", "DURATION", "P10Y"),
    ("the autumn of 1986", "DATE", "1986-FA"),
    ("14 April 1988", "DATE", "1988-04-14"),
    ("the following month", "DATE", "1988-05"),
    ("15 February 1989", "DATE", "1989-02-15"),
    ("more than nine years", "DURATION", "P9Y"),
]


IRAN_IRAQ = (
    "The Iran–Iraq War (1980–1988) began when Iraq invaded Iran on 22 September 1980. "
    "Khorramshahr fell on 24 October after 34 days of street fighting and was retaken in May "
    "1982. From 1984 both sides attacked tankers in the Gulf, and in the spring of 1988 Iraq "
    "fired some 190 Scud missiles at Tehran. Iraqi forces used chemical weapons at Halabja on "
    "16 March 1988. Iran accepted Resolution 598 on 18 July, and the ceasefire took effect on "
    "20 August. The war had cost some 500,000 lives in eight years."
)

IRAN_IRAQ_TABLE: list[Row] = [
    ("1980", "DATE", "1980"),
    ("1988", "DATE", "1988"),
    ("22 September 1980", "DATE", "1980-09-22"),
    ("24 October", "DATE", "1980-10-24"),
    ("34 days", "DURATION", "P34D"),
    ("May 1982", "DATE", "1982-05"),
    ("1984", "DATE", "1984"),
    ("the spring of 1988", "DATE", "1988-SP"),
    ("16 March 1988", "DATE", "1988-03-16"),
    ("18 July", "DATE", "1988-07-18"),
    ("20 August", "DATE", "1988-08-20"),
    ("eight years", "DURATION", "P8Y"),
]


FALKLANDS = (
    "Argentina invaded the Falkland Islands on 2 April 1982, and the British task force sailed "
    "three days later. 3 Commando Brigade landed at San Carlos Water on 21 May, and 2 Para "
    "took Goose Green on 28 May after a battle of some 40 hours. On the night of 11–12 June "
    "3 Para took Mount Longdon, and the Scots Guards took Mount Tumbledown two days later. "
    "The Argentine garrison of Stanley surrendered on 14 June, 74 days after the invasion. "
    "The war cost 649 Argentine and 255 British lives."
)

FALKLANDS_TABLE: list[Row] = [
    ("2 April 1982", "DATE", "1982-04-02"),
    ("three days later", "DATE", "1982-04-05"),
    ("21 May", "DATE", "1982-05-21"),
    ("28 May", "DATE", "1982-05-28"),
    ("40 hours", "DURATION", "PT40H"),
    # "On the night of 11–12 June 3 Para took": its two days, and a unit (not "June 3")
    ("11", "DATE", "1982-06-11"),
    ("12 June", "DATE", "1982-06-12"),
    ("two days later", "DATE", "1982-06-13"),
    ("14 June", "DATE", "1982-06-14"),
    ("74 days", "DURATION", "P74D"),
]


VUKOVAR_SARAJEVO = (
    "The Battle of Vukovar began on 25 August 1991 and ended on 18 November, when the town "
    "fell to the Yugoslav People's Army after an 87-day siege. The siege of Sarajevo "
    "(1992–1996) was the longest of a capital city in modern warfare: it began on 5 April 1992 "
    "and lasted 1,425 days. In July 1995 Bosnian Serb forces took Srebrenica and killed more "
    "than 8,000 Bosniak men and boys. Croatia's Operation Storm began at 05:00 on 4 August "
    "1995 and ended four days later. NATO's Operation Deliberate Force followed that autumn, "
    "and the Dayton Agreement was signed in Paris on 14 December 1995."
)

VUKOVAR_SARAJEVO_TABLE: list[Row] = [
    ("25 August 1991", "DATE", "1991-08-25"),
    ("18 November", "DATE", "1991-11-18"),
    ("87-day", "DURATION", "P87D"),
    ("1992", "DATE", "1992"),
    ("1996", "DATE", "1996"),
    ("5 April 1992", "DATE", "1992-04-05"),
    ("1,425 days", "DURATION", "P1425D"),
    ("July 1995", "DATE", "1995-07"),
    ("05:00 on 4 August 1995", "TIME", "1995-08-04T05:00"),
    ("four days later", "DATE", "1995-08-08"),
    ("that autumn", "DATE", "1995-FA"),
    ("14 December 1995", "DATE", "1995-12-14"),
]


KOSOVO = (
    "NATO began bombing Yugoslavia on 24 March 1999 in Operation Allied Force. The campaign "
    "lasted 78 days, and NATO aircraft flew some 38,000 sorties; an F-117 was shot down on the "
    "night of 27 March. The Kumanovo Agreement was signed on 9 June, and the next day the "
    "Security Council passed UNSC Resolution 1244. KFOR entered Kosovo on 12 June, and by the "
    "end of the year some 800,000 refugees had returned. Kosovo declared independence in "
    "February 2008. As of 2023, some 4,000 KFOR troops remain there."
)

KOSOVO_TABLE: list[Row] = [
    ("24 March 1999", "DATE", "1999-03-24"),
    ("78 days", "DURATION", "P78D"),
    ("27 March", "DATE", "1999-03-27"),
    ("9 June", "DATE", "1999-06-09"),
    ("the next day", "DATE", "1999-06-10"),
    ("12 June", "DATE", "1999-06-12"),
    ("the end of the year", "DATE", "1999"),
    ("February 2008", "DATE", "2008-02"),
    ("2023", "DATE", "2023"),
]


CHECHNYA = (
    "The First Chechen War was fought from 1994 to 1996. Russian troops entered Chechnya on 11 "
    "December 1994, and the assault on Grozny began on New Year's Eve. The city fell in "
    "February 1995 after weeks of fighting. In August 1996 Chechen fighters retook Grozny, and "
    "the Khasavyurt Accord was signed on 31 August. The Second Chechen War began in August "
    "1999; Grozny was besieged that winter and fell in early February 2000. Moscow declared "
    "its counter-terrorist operation over on 16 April 2009."
)

CHECHNYA_TABLE: list[Row] = [
    ("1994", "DATE", "1994"),
    ("1996", "DATE", "1996"),
    ("11 December 1994", "DATE", "1994-12-11"),
    ("New Year's Eve", "DATE", "1994-12-31"),
    ("February 1995", "DATE", "1995-02"),
    ("August 1996", "DATE", "1996-08"),
    ("31 August", "DATE", "1996-08-31"),
    ("August 1999", "DATE", "1999-08"),
    ("that winter", "DATE", "1999-WI"),
    ("early February 2000", "DATE", "2000-02"),
    ("16 April 2009", "DATE", "2009-04-16"),
]


KARGIL = (
    "The Kargil War was fought between May and July 1999 in the Kargil district of Kashmir. "
    "Shepherds reported the intrusions on 3 May, and India launched Operation Vijay on 26 May. "
    "Tololing was recaptured on 13 June after a three-week battle, and Point 5140 a week "
    "later. Tiger Hill fell on 4 July, and Pakistan withdrew behind the Line of Control over "
    "the following weeks. The fighting ended on 26 July, which India has marked since then as "
    "Kargil Vijay Diwas."
)

KARGIL_TABLE: list[Row] = [
    ("May", "DATE", "1999-05"),
    ("July 1999", "DATE", "1999-07"),
    ("3 May", "DATE", "1999-05-03"),
    ("26 May", "DATE", "1999-05-26"),
    ("13 June", "DATE", "1999-06-13"),
    ("three-week", "DURATION", "P3W"),
    ("a week later", "DATE", "1999-W24"),
    ("4 July", "DATE", "1999-07-04"),
    ("the following weeks", "DURATION", "PXW"),
    # "since then" names no time of its own
    ("26 July", "DATE", "1999-07-26"),
]


GEORGIA = (
    "The Russo-Georgian War began on the night of 7–8 August 2008, when Georgian forces "
    "shelled Tskhinvali. Russian troops entered South Ossetia through the Roki Tunnel the same "
    "night, and by 10 August Georgian forces had been pushed out of the region. A ceasefire "
    "brokered by President Sarkozy was agreed on 12 August, and Russia recognised Abkhazia and "
    "South Ossetia two weeks later. Russian troops left the buffer zones in October. The war "
    "lasted five days."
)

GEORGIA_TABLE: list[Row] = [
    ("7", "DATE", "2008-08-07"),
    ("8 August 2008", "DATE", "2008-08-08"),
    # the night the midnight of 7–8 August ends: the 7th's
    ("the same night", "TIME", "2008-08-07TNI"),
    ("10 August", "DATE", "2008-08-10"),
    ("12 August", "DATE", "2008-08-12"),
    ("two weeks later", "DATE", "2008-W35"),
    ("October", "DATE", "2008-10"),
    ("five days", "DURATION", "P5D"),
]


UKRAINE = (
    "The war in Donbas began in April 2014, when armed separatists seized government buildings "
    "in Sloviansk. Malaysia Airlines Flight 17 was shot down over the region on 17 July 2014. "
    "The Minsk II agreement of 12 February 2015 brought a ceasefire that took effect three "
    "days later, but Debaltseve fell within a week. Over the next seven years some 14,000 "
    "people were killed. In the early hours of 24 February 2022 Russia launched a full-scale "
    "invasion of Ukraine, and on day 4 of the invasion its troops entered the city of Kharkiv. "
    "Russian columns of T-72 and T-90 tanks reached the outskirts of Kyiv within days, but by "
    "the end of March they had withdrawn from the north. Ukraine retook "
    "most of Kharkiv Oblast that September and Kherson on 11 November. As of 2023, the war "
    "continues."
)

UKRAINE_TABLE: list[Row] = [
    ("April 2014", "DATE", "2014-04"),
    ("17 July 2014", "DATE", "2014-07-17"),
    ("12 February 2015", "DATE", "2015-02-12"),
    ("three days later", "DATE", "2015-02-15"),
    ("a week", "DURATION", "P1W"),
    ("the next seven years", "DURATION", "P7Y"),
    ("24 February 2022", "DATE", "2022-02-24"),
    # the fourth day counted from 24 February
    ("day 4", "DATE", "2022-02-27"),
    ("days", "DURATION", "PXD"),
    ("the end of March", "DATE", "2022-03"),
    ("that September", "DATE", "2022-09"),
    ("11 November", "DATE", "2022-11-11"),
    ("2023", "DATE", "2023"),
]

PASSAGES = [
    (KOREA, KOREA_TABLE),
    (SUEZ, SUEZ_TABLE),
    (SIX_DAY, SIX_DAY_TABLE),
    (YOM_KIPPUR, YOM_KIPPUR_TABLE),
    (AFGHAN, AFGHAN_TABLE),
    (IRAN_IRAQ, IRAN_IRAQ_TABLE),
    (FALKLANDS, FALKLANDS_TABLE),
    (VUKOVAR_SARAJEVO, VUKOVAR_SARAJEVO_TABLE),
    (KOSOVO, KOSOVO_TABLE),
    (CHECHNYA, CHECHNYA_TABLE),
    (KARGIL, KARGIL_TABLE),
    (GEORGIA, GEORGIA_TABLE),
    (UKRAINE, UKRAINE_TABLE),
]


@pytest.mark.parametrize(("text", "table"), PASSAGES)
def test_war_after_1945_reads_as_its_table(text: str, table: list[Row]) -> None:
    """Each passage, read as a narrative, yields exactly its table."""
    assert _mentions(text, genre="narrative") == table


@pytest.mark.parametrize(("text", "table"), PASSAGES)
def test_war_after_1945_reads_the_same_with_a_later_date(text: str, table: list[Row]) -> None:
    """A history talks about its own dates: ``auto`` with a later date reads it the same."""
    assert _mentions(text, genre="auto", dct="2024-05-01") == table


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The land campaign began in May 1982. On the night of 11–12 June 3 Para took Mount "
            "Longdon.",
            [
                ("May 1982", "DATE", "1982-05"),
                ("11", "DATE", "1982-06-11"),
                ("12 June", "DATE", "1982-06-12"),
            ],
        ),
        (
            "The land campaign began in May 1982. On 12 June 45 Commando took Two Sisters.",
            [("May 1982", "DATE", "1982-05"), ("12 June", "DATE", "1982-06-12")],
        ),
        (
            "The land campaign began in May 1982. On 14 June 2 Para entered Stanley.",
            [("May 1982", "DATE", "1982-05"), ("14 June", "DATE", "1982-06-14")],
        ),
        (
            "The Allies landed on 6 June 1944. By 13 June 7 Armoured Brigade had reached "
            "Villers-Bocage.",
            [("6 June 1944", "DATE", "1944-06-06"), ("13 June", "DATE", "1944-06-13")],
        ),
        (
            "The shelling began in June 1992. On 12 June 3 people died in the market.",
            [("June 1992", "DATE", "1992-06"), ("12 June", "DATE", "1992-06-12")],
        ),
        (
            "The council of 1992 met on 3 May, 10 June and 7 July.",
            [
                ("1992", "DATE", "1992"),
                ("3 May", "DATE", "1992-05-03"),
                ("10 June", "DATE", "1992-06-10"),
                ("7 July", "DATE", "1992-07-07"),
            ],
        ),
        # a year, an era and a clock time after the month stay what they were
        (
            "On 12 June 1982 45 Commando took Two Sisters.",
            [("12 June 1982", "DATE", "1982-06-12")],
        ),
        (
            "On 8 June 793 the Vikings raided Lindisfarne.",
            [("8 June 793", "DATE", "0793-06-08")],
        ),
        (
            "Caesar was killed on 15 March 44 BC.",
            [("15 March 44 BC", "DATE", "-0043-03-15")],
        ),
        (
            "The truce of 1953 was signed on 27 July at 10 am.",
            [("1953", "DATE", "1953"), ("27 July at 10 am", "TIME", "1953-07-27T10:00")],
        ),
    ],
)
def test_a_number_after_a_day_and_its_month_opens_the_next_words(
    text: str, expected: list[Row]
) -> None:
    """ "On 12 June 3 Para took ...": the 12th, and a unit; not "June 3"."""
    assert _mentions(text, genre="narrative") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "On the night of 7–8 August 2008 Georgian forces shelled Tskhinvali. Russian troops "
            "entered South Ossetia the same night.",
            ("the same night", "TIME", "2008-08-07TNI"),
        ),
        (
            "On the night of 7/8 August 2008 Georgian forces shelled Tskhinvali. Russian troops "
            "entered South Ossetia that night.",
            ("that night", "TIME", "2008-08-07TNI"),
        ),
        (
            "The ceasefire took effect at midnight on 6 November 1956. That night the guns fell "
            "silent.",
            ("That night", "TIME", "1956-11-06TNI"),
        ),
        (
            "The raid began on the night of 14/15 November 1940, and the bombers were back by "
            "02:50. That night the city burned.",
            ("That night", "TIME", "1940-11-14TNI"),
        ),
        # the day after the midnight, and a night after an evening's clock time, as before
        (
            "On the night of 7/8 August 2008 Georgian forces shelled Tskhinvali. The next "
            "morning Russian troops entered.",
            ("The next morning", "TIME", "2008-08-08TMO"),
        ),
        (
            "The ceasefire took effect at midnight on 6 November 1956. The next night the guns "
            "fell silent.",
            ("The next night", "TIME", "1956-11-07TNI"),
        ),
        (
            "The ceasefire took effect at 23:00 on 6 November 1956. That night the guns fell "
            "silent.",
            ("That night", "TIME", "1956-11-06TNI"),
        ),
    ],
)
def test_the_same_night_after_a_midnight_is_the_night_it_ends(text: str, expected: Row) -> None:
    """ "the night of 7–8 August ... the same night": the 7th's night, not the 8th's."""
    assert _mentions(text, genre="narrative")[-1] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The war began on 6 October 1973, the Day of Atonement, when Egypt attacked.",
            [
                ("6 October 1973", "DATE", "1973-10-06"),
                ("the Day of Atonement", "DATE", "1973-10-06"),
            ],
        ),
        (
            "The war began in 1973, when Egypt and Syria attacked on the Day of Atonement.",
            [("1973", "DATE", "1973"), ("the Day of Atonement", "DATE", "1973-10-06")],
        ),
        (
            "Egypt and Syria attacked on Yom Kippur 1973.",
            [("Yom Kippur 1973", "DATE", "1973-10-06")],
        ),
        ("It was a day of atonement for the nation.", []),
        ("The Yom Kippur War and the October War are one war.", []),
    ],
)
def test_the_day_of_atonement_is_yom_kippur(text: str, expected: list[Row]) -> None:
    """ "the Day of Atonement" is the holiday Yom Kippur of the story's year."""
    assert _mentions(text, genre="narrative") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The invasion began on 24 February 2022. On day 4 of the invasion Russian troops "
            "entered Kharkiv.",
            ("day 4", "DATE", "2022-02-27"),
        ),
        (
            "The siege began on 5 April 1992. By day 100 of the siege the city had no water.",
            ("day 100", "DATE", "1992-07-13"),
        ),
        (
            "Operation Storm began on 4 August 1995. Day 2 of the offensive saw Knin fall.",
            ("Day 2", "DATE", "1995-08-05"),
        ),
        # in apposition to a date it is that date
        (
            "The siege began on 5 April 1992. On 13 July 1992, day 100 of the siege, the city "
            "was shelled.",
            ("day 100", "DATE", "1992-07-13"),
        ),
    ],
)
def test_a_numbered_day_of_a_war_counts_from_the_story_day(text: str, expected: Row) -> None:
    """ "On day 4 of the invasion" is the fourth day from the day the invasion began."""
    assert _mentions(text, genre="narrative")[-1] == expected


@pytest.mark.parametrize(
    "text",
    [
        "The band played day 3 of the festival.",
        "The patient felt better on day 3 of 7.",
    ],
)
def test_a_numbered_day_of_no_war_is_no_story_day(text: str) -> None:
    """A festival's day or a count's is not a day of the story."""
    assert _found(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "British paratroopers shot 26 civilians in Derry on Bloody Sunday, 30 January 1972.",
            [("30 January 1972", "DATE", "1972-01-30")],
        ),
        (
            "Stocks crashed on Black Monday, 19 October 1987.",
            [("19 October 1987", "DATE", "1987-10-19")],
        ),
        (
            "The IRA set off 22 bombs in Belfast on Bloody Friday, 21 July 1972.",
            [("21 July 1972", "DATE", "1972-07-21")],
        ),
        (
            "The Dow fell on Black Monday, October 19, 1987, at 9:30 a.m.",
            [("October 19, 1987, at 9:30 a.m.", "TIME", "1987-10-19T09:30")],
        ),
        # a holiday and a plain weekday stay one date with it
        (
            "The Rising began on Easter Monday, 24 April 1916.",
            [("Easter Monday, 24 April 1916", "DATE", "1916-04-24")],
        ),
        (
            "The General Strike began on Monday, 3 May 1926.",
            [("Monday, 3 May 1926", "DATE", "1926-05-03")],
        ),
    ],
)
def test_a_weekday_in_a_days_name_is_no_part_of_its_date(text: str, expected: list[Row]) -> None:
    """ "Bloody Sunday, 30 January 1972": the name's Sunday is no weekday of the date."""
    assert _mentions(text, genre="narrative") == expected


@pytest.mark.parametrize(
    "text",
    [
        "The 1st Marine Division held the line north of the 38th parallel near Hill 262.",
        "The Security Council passed Resolution 242, and later UNSC Resolution 1244.",
        "Pilots flew the MiG-15, the MiG-21 and the F-4 Phantom against T-72 and T-90 tanks.",
        "Iraq fired Scud missiles, and the mujahideen carried AK-47s and RPG-7s.",
        "The convoy drove along Route 66 and Highway 80 past Point 5140.",
        "The Six-Day War and the Yom Kippur War were followed by Operation Desert Storm.",
        "3 Para, 45 Commando, 2 Para and 40 Commando landed with 5 Infantry Brigade.",
        "The 2nd Guards Tank Army and the 58th Army crossed through the Roki Tunnel.",
        "Malaysia Airlines Flight 17 carried 298 people, and NATO flew 38,000 sorties.",
        "Egypt calls it the October War, and the Arabs call the Six-Day War the June War.",
        "Some 8,000 men and boys were killed, and 1,425 shells fell on the city.",
    ],
)
def test_post_war_look_alikes_are_no_dates(text: str) -> None:
    """Units, parallels, hills, resolutions, aircraft, tanks, weapons, roads, flights, counts and
    the wars' names are no dates."""
    assert _found(text) == []


def test_protocol_i_is_no_date_and_its_year_is() -> None:
    """ "Protocol I ... of 1977": the protocol's number is no date, its year is."""
    text = "Israel has not ratified Protocol I or Protocol II of 1977."
    assert _mentions(text, genre="narrative") == [("1977", "DATE", "1977")]


def test_more_than_a_length_keeps_its_mod() -> None:
    """ "after more than nine years of war": P9Y with mod MORE_THAN."""
    text = "The last Soviet soldier left on 15 February 1989, after more than nine years of war."
    assert _with_mods(text, genre="narrative")[-1] == (
        "more than nine years",
        "DURATION",
        "P9Y",
        "MORE_THAN",
    )


@pytest.mark.xfail(
    strict=True,
    reason="'its' before an ordinal year is the war's only when the war is what the story is "
    "about: 'In its eighth year the festival moved', 'in its eighth year of trading' read the "
    "same to the rules, which see no antecedent (date.nth_year_of_war needs 'of the war' or "
    "'the war's')",
)
def test_its_nth_year_is_a_year_of_the_war() -> None:
    """ "The war began on 22 September 1980. In its eighth year ...": 1987."""
    text = "The war began on 22 September 1980. In its eighth year Iraq regained the Faw Peninsula."
    assert _mentions(text, genre="narrative")[-1] == ("its eighth year", "DATE", "1987")


@pytest.mark.xfail(
    strict=True,
    reason="'day 10' without 'of the invasion' is as often the day of a diary, a trial, a "
    "fast or a course of treatment, which the rules cannot tell from a war's (date.nth_day_of_"
    "event reads a numbered day only before 'of' and the war, siege or strike it counts)",
)
def test_a_numbered_day_without_its_war_counts_from_the_war() -> None:
    """ "The invasion began on 24 February 2022. By day 10 ...": 5 March 2022."""
    text = "The invasion began on 24 February 2022. By day 10 the convoy had stalled."
    assert _mentions(text, genre="narrative")[-1] == ("day 10", "DATE", "2022-03-05")


@pytest.mark.xfail(
    strict=True,
    reason="a clock time before 'on' and a day's name takes its date from the date after the "
    "name: time.clock_then_day joins a clock time only to a weekday or a date right after "
    "'on', and the story's date comes after the clock time",
)
def test_a_clock_time_before_a_named_day_takes_its_date() -> None:
    """ "at 4:10 p.m. on Bloody Sunday, 30 January 1972": 16:10 of that day."""
    text = "Paratroopers opened fire at 4:10 p.m. on Bloody Sunday, 30 January 1972."
    assert _mentions(text, genre="narrative")[0] == ("4:10 p.m.", "TIME", "1972-01-30T16:10")
