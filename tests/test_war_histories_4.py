"""Held-out genre, fourth round: Wikipedia histories of wars read as narratives.

Passages written for these tests in the style of English Wikipedia on wars, battles, sieges and
operations the earlier rounds (tests/test_war.py, tests/test_war_histories_3.py,
tests/test_history.py, tests/test_histories_2.py) do not cover: Korea's infobox, Pearl
Harbor, the Somme's first day, Gallipoli, Barbarossa to Stalingrad, Midway, the Six-Day War,
the Falklands, the Gulf War, the Bosnian War, the invasion of Iraq, Mosul, Crimea and Port
Arthur. Conventions as in those files: "at dawn on", "the evening of", "the early hours of" a
date tag only the date; a war's length used as an adjective ("the three-day battle") is a
DURATION; "the spring offensive of 1942" names an operation; "at 0430 local time" alone tags
the clock time, as TimeBank leaves out a zone it cannot write; unit names, hills, task forces,
routes and casualty counts are no dates. New here: a military message's time before its day
("03:15 Berlin time on 22 June 1941", "0600 hours on 1 July", "H-Hour, 0430 local time, on 21
May") is one TIME, as "4 a.m. EDT Thursday" is; "By that evening 19,240 men"; "Through the
winter"; "On the final day" of a war fought "between 5 and 10 June"; a night's range inside a
campaign that runs over two years leaves the campaign's span to date "9 January" by; "a night
attack" is no length. Each passage reads the same with ``genre="auto"`` and a document date
of today.
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


KOREA = (
    "Korean War\nDate: 25 June 1950 – 27 July 1953 (3 years, 1 month and 2 days)\nLocation: "
    "Korean Peninsula\n\nThe Korean War (1950–1953) began on Sunday, 25 June 1950, when North "
    "Korean forces crossed the 38th parallel at 0400 hours local time. Within 48 hours the UN "
    "Security Council had met twice. The 24th Infantry Division arrived in the first week of "
    "July. On 38th parallel patrols the 8th Army met little resistance. By mid-October UN "
    "forces had taken Pyongyang. The three-day battle at Unsan began on the night of 1/2 "
    "November."
)

KOREA_TABLE: list[Row] = [
    ("25 June 1950", "DATE", "1950-06-25"),
    ("27 July 1953", "DATE", "1953-07-27"),
    # the infobox's length in brackets is one duration
    ("3 years, 1 month and 2 days", "DURATION", "P3Y1M2D"),
    ("1950", "DATE", "1950"),
    ("1953", "DATE", "1953"),
    ("Sunday, 25 June 1950", "DATE", "1950-06-25"),
    # "at 0400 hours local time": the clock time, of the day just named
    ("0400 hours", "TIME", "1950-06-25T04:00"),
    ("48 hours", "DURATION", "PT48H"),
    ("the first week of July", "DATE", "1950-W27"),
    ("mid-October", "DATE", "1950-10"),
    # "The three-day battle": a length used as an adjective
    ("three-day", "DURATION", "P3D"),
    ("1", "DATE", "1950-11-01"),
    ("2 November", "DATE", "1950-11-02"),
]


PEARL_HARBOR = (
    "The attack on Pearl Harbor took place on Sunday, 7 December 1941, at 7:48 a.m. Hawaiian "
    "time. The first wave struck Battleship Row at 0755 local time, and a second wave came in "
    "at 0854. The following morning Roosevelt addressed Congress. Germany declared war on the"
    " United States on 11 December. Over the next six months Japan overran Southeast Asia."
)

PEARL_HARBOR_TABLE: list[Row] = [
    # a weekday, a date and a clock time with its place's time: one TIME
    ("Sunday, 7 December 1941, at 7:48 a.m. Hawaiian time", "TIME", "1941-12-07T07:48"),
    ("0755", "TIME", "1941-12-07T07:55"),
    ("0854", "TIME", "1941-12-07T08:54"),
    ("The following morning", "TIME", "1941-12-08TMO"),
    ("11 December", "DATE", "1941-12-11"),
    ("the next six months", "DURATION", "P6M"),
]


SOMME = (
    "The Battle of the Somme was fought in the summer of 1916. At dawn on 1 July the British "
    "infantry attacked after a week of bombardment; the mines under Hawthorn Ridge were blown"
    " at 0720 hours. By that evening 19,240 men had been killed. The battle continued until "
    "18 November, when snow fell. The 141-day battle cost over a million casualties. The "
    "armistice of 11 November 1918 ended the fighting on the Western Front."
)

SOMME_TABLE: list[Row] = [
    ("the summer of 1916", "DATE", "1916-SU"),
    # "At dawn on 1 July": only the date
    ("1 July", "DATE", "1916-07-01"),
    ("a week", "DURATION", "P1W"),
    ("0720 hours", "TIME", "1916-07-01T07:20"),
    # "By that evening 19,240 men": the evening of the story's day, before a count
    ("that evening", "TIME", "1916-07-01TEV"),
    ("18 November", "DATE", "1916-11-18"),
    ("141-day", "DURATION", "P141D"),
    ("11 November 1918", "DATE", "1918-11-11"),
]


GALLIPOLI = (
    "The Gallipoli campaign lasted from 17 February 1915 to 9 January 1916. The landings "
    "began at 0430 on 25 April, and the Anzacs came ashore at what became Anzac Cove. Between"
    " 6 and 10 August the British landed at Suvla Bay. Hill 60 was attacked on 21 August. "
    "Anzac and Suvla were evacuated over the night of 19/20 December. For the next six weeks "
    "the rearguard held Helles, which was abandoned on 9 January."
)

GALLIPOLI_TABLE: list[Row] = [
    ("17 February 1915", "DATE", "1915-02-17"),
    ("9 January 1916", "DATE", "1916-01-09"),
    ("0430 on 25 April", "TIME", "1915-04-25T04:30"),
    ("6", "DATE", "1915-08-06"),
    ("10 August", "DATE", "1915-08-10"),
    ("21 August", "DATE", "1915-08-21"),
    ("19", "DATE", "1915-12-19"),
    ("20 December", "DATE", "1915-12-20"),
    ("the next six weeks", "DURATION", "P6W"),
    # after "the night of 19/20 December" the story is still in the campaign's span: 1916
    ("9 January", "DATE", "1916-01-09"),
]


BARBAROSSA = (
    "Operation Barbarossa began at 03:15 Berlin time on 22 June 1941. The 6th Army advanced "
    "on Kiev, which fell on 19 September. Over the winter of 1941–42 the Wehrmacht suffered "
    "heavy losses. The spring offensive of 1942 aimed at the Caucasus. The 100-day campaign "
    "ended at Stalingrad. From 19 to 21 November the Soviets encircled the 6th Army."
)

BARBAROSSA_TABLE: list[Row] = [
    # "at 03:15 Berlin time on 22 June 1941": one TIME, the place's zone left out
    ("03:15 Berlin time on 22 June 1941", "TIME", "1941-06-22T03:15"),
    ("19 September", "DATE", "1941-09-19"),
    ("the winter of 1941–42", "DATE", "1941-WI"),
    # "The spring offensive of 1942" names an operation
    ("1942", "DATE", "1942"),
    ("100-day", "DURATION", "P100D"),
    ("19", "DATE", "1942-11-19"),
    ("21 November", "DATE", "1942-11-21"),
]


MIDWAY = (
    "The Battle of Midway was fought from 4 to 7 June 1942. At 04:30 on 4 June the Japanese "
    "launched their first strike. Task Force 16 and Task Force 17 were waiting. That "
    "afternoon Yorktown was hit. The following morning the Japanese turned back. Within a "
    "week the news had reached Washington."
)

MIDWAY_TABLE: list[Row] = [
    ("4", "DATE", "1942-06-04"),
    ("7 June 1942", "DATE", "1942-06-07"),
    ("04:30 on 4 June", "TIME", "1942-06-04T04:30"),
    ("That afternoon", "TIME", "1942-06-04TAF"),
    ("The following morning", "TIME", "1942-06-05TMO"),
    ("a week", "DURATION", "P1W"),
]


SIX_DAY = (
    "The Six-Day War was fought between 5 and 10 June 1967. At 07:45 local time on 5 June the"
    " Israeli Air Force struck Egyptian airfields. Within three hours the Egyptian air force "
    "was destroyed. By the evening of 7 June Israel held the Old City. On the final day the "
    "Golan Heights were taken. The war lasted six days, and a ceasefire came into effect on "
    "11 June."
)

SIX_DAY_TABLE: list[Row] = [
    ("5", "DATE", "1967-06-05"),
    ("10 June 1967", "DATE", "1967-06-10"),
    ("07:45 local time on 5 June", "TIME", "1967-06-05T07:45"),
    ("three hours", "DURATION", "PT3H"),
    ("7 June", "DATE", "1967-06-07"),
    # "On the final day": the last day of the war's span
    ("the final day", "DATE", "1967-06-10"),
    ("six days", "DURATION", "P6D"),
    ("11 June", "DATE", "1967-06-11"),
]


FALKLANDS = (
    "The Falklands War (2 April – 14 June 1982) lasted 74 days. The task force sailed from "
    "Portsmouth on 5 April. On Sunday, 2 May 1982, the submarine HMS Conqueror sank the "
    "General Belgrano. The landings at San Carlos began at H-Hour, 0430 local time, on 21 "
    "May. Goose Green fell on 28 May. 3 Commando Brigade reached Mount Kent in the first week"
    " of June. Argentina surrendered on the evening of 14 June."
)

FALKLANDS_TABLE: list[Row] = [
    ("2 April", "DATE", "1982-04-02"),
    ("14 June 1982", "DATE", "1982-06-14"),
    ("74 days", "DURATION", "P74D"),
    ("5 April", "DATE", "1982-04-05"),
    ("Sunday, 2 May 1982", "DATE", "1982-05-02"),
    # "at H-Hour, 0430 local time, on 21 May": one time of that day
    ("0430 local time, on 21 May", "TIME", "1982-05-21T04:30"),
    ("28 May", "DATE", "1982-05-28"),
    ("the first week of June", "DATE", "1982-W22"),
    ("14 June", "DATE", "1982-06-14"),
]


GULF = (
    "The Gulf War (2 August 1990 – 28 February 1991) was fought by a coalition of 35 nations."
    " Iraq invaded Kuwait on 2 August 1990. The air campaign began at 0238 local time on 17 "
    "January 1991. The ground offensive began on 24 February and lasted 100 hours. In the "
    "first week of February the coalition flew over 10,000 sorties. Route 8 was cut on 26 "
    "February. A ceasefire took effect at 0800 on 28 February."
)

GULF_TABLE: list[Row] = [
    ("2 August 1990", "DATE", "1990-08-02"),
    ("28 February 1991", "DATE", "1991-02-28"),
    ("2 August 1990", "DATE", "1990-08-02"),
    ("0238 local time on 17 January 1991", "TIME", "1991-01-17T02:38"),
    ("24 February", "DATE", "1991-02-24"),
    ("100 hours", "DURATION", "PT100H"),
    ("the first week of February", "DATE", "1991-W06"),
    ("26 February", "DATE", "1991-02-26"),
    ("0800 on 28 February", "TIME", "1991-02-28T08:00"),
]


BOSNIA = (
    "The Bosnian War lasted from 6 April 1992 to 14 December 1995. The siege of Sarajevo "
    "began in the spring of 1992. On 5 February 1994 a shell killed 68 people at the Markale "
    "market. During the summer of 1995 Srebrenica was overrun. In the first week of September"
    " NATO aircraft flew 3,515 sorties. Operation Deliberate Force lasted until 20 September."
    " The Dayton Agreement was signed in Paris that December."
)

BOSNIA_TABLE: list[Row] = [
    ("6 April 1992", "DATE", "1992-04-06"),
    ("14 December 1995", "DATE", "1995-12-14"),
    ("the spring of 1992", "DATE", "1992-SP"),
    ("5 February 1994", "DATE", "1994-02-05"),
    ("the summer of 1995", "DATE", "1995-SU"),
    ("the first week of September", "DATE", "1995-W36"),
    ("20 September", "DATE", "1995-09-20"),
    ("that December", "DATE", "1995-12"),
]


IRAQ = (
    "The invasion of Iraq lasted from 20 March to 1 May 2003. The first strikes came at 05:34"
    " Baghdad time on 20 March. Within three weeks coalition forces had reached Baghdad. The "
    "city fell on 9 April. On 1 May Bush declared the end of major combat operations. The "
    "insurgency that followed lasted for years. The 101st Airborne was withdrawn by early "
    "2004."
)

IRAQ_TABLE: list[Row] = [
    ("20 March", "DATE", "2003-03-20"),
    ("1 May 2003", "DATE", "2003-05-01"),
    ("05:34 Baghdad time on 20 March", "TIME", "2003-03-20T05:34"),
    ("three weeks", "DURATION", "P3W"),
    ("9 April", "DATE", "2003-04-09"),
    ("1 May", "DATE", "2003-05-01"),
    ("years", "DURATION", "PXY"),
    ("early 2004", "DATE", "2004"),
]


MOSUL = (
    "The Battle of Mosul (17 October 2016 – 20 July 2017) was a military campaign to retake "
    "the city. The offensive began in the early hours of 17 October. By the first week of "
    "November Iraqi forces had entered the city. The eastern half was declared liberated on "
    "24 January 2017, after 100 days of fighting. The assault on western Mosul began on 19 "
    "February. The nine-month battle ended in July with the fall of the Old City."
)

MOSUL_TABLE: list[Row] = [
    ("17 October 2016", "DATE", "2016-10-17"),
    ("20 July 2017", "DATE", "2017-07-20"),
    ("17 October", "DATE", "2016-10-17"),
    ("the first week of November", "DATE", "2016-W44"),
    ("24 January 2017", "DATE", "2017-01-24"),
    ("100 days", "DURATION", "P100D"),
    ("19 February", "DATE", "2017-02-19"),
    ("nine-month", "DURATION", "P9M"),
    ("July", "DATE", "2017-07"),
]


CRIMEA = (
    "The Crimean War (October 1853 – February 1856) ended with the Treaty of Paris. The "
    "allies landed at Calamita Bay between 14 and 18 September 1854. The siege of Sevastopol"
    " lasted 349 days. On the morning of 5 November the Russians attacked at Inkerman. "
    "Through the winter the army suffered from cold and cholera. In the spring of 1855 the "
    "railway from Balaklava was finished."
)

CRIMEA_TABLE: list[Row] = [
    ("October 1853", "DATE", "1853-10"),
    ("February 1856", "DATE", "1856-02"),
    ("14", "DATE", "1854-09-14"),
    ("18 September 1854", "DATE", "1854-09-18"),
    ("349 days", "DURATION", "P349D"),
    ("5 November", "DATE", "1854-11-05"),
    # "Through the winter": the winter of the story's year
    ("the winter", "DATE", "1854-WI"),
    ("the spring of 1855", "DATE", "1855-SP"),
]


RUSSO_JAPANESE = (
    "The Russo-Japanese War (1904–1905) began with a night attack on Port Arthur on 8 "
    "February 1904. At 10:30 p.m. that night the torpedo boats struck. Over the next ten "
    "months the Japanese besieged the port. The fleet was destroyed at Tsushima on 27–28 May "
    "1905. The Treaty of Portsmouth was signed on 5 September 1905."
)

RUSSO_JAPANESE_TABLE: list[Row] = [
    ("1904", "DATE", "1904"),
    ("1905", "DATE", "1905"),
    # "a night attack" is a kind of attack, not one night
    ("8 February 1904", "DATE", "1904-02-08"),
    ("10:30 p.m. that night", "TIME", "1904-02-08T22:30"),
    ("the next ten months", "DURATION", "P10M"),
    ("27", "DATE", "1905-05-27"),
    ("28 May 1905", "DATE", "1905-05-28"),
    ("5 September 1905", "DATE", "1905-09-05"),
]

PASSAGES = [
    pytest.param(KOREA, KOREA_TABLE, id="korea"),
    pytest.param(PEARL_HARBOR, PEARL_HARBOR_TABLE, id="pearl-harbor"),
    pytest.param(SOMME, SOMME_TABLE, id="somme"),
    pytest.param(GALLIPOLI, GALLIPOLI_TABLE, id="gallipoli"),
    pytest.param(BARBAROSSA, BARBAROSSA_TABLE, id="barbarossa"),
    pytest.param(MIDWAY, MIDWAY_TABLE, id="midway"),
    pytest.param(SIX_DAY, SIX_DAY_TABLE, id="six-day"),
    pytest.param(FALKLANDS, FALKLANDS_TABLE, id="falklands"),
    pytest.param(GULF, GULF_TABLE, id="gulf"),
    pytest.param(BOSNIA, BOSNIA_TABLE, id="bosnia"),
    pytest.param(IRAQ, IRAQ_TABLE, id="iraq"),
    pytest.param(MOSUL, MOSUL_TABLE, id="mosul"),
    pytest.param(CRIMEA, CRIMEA_TABLE, id="crimea"),
    pytest.param(RUSSO_JAPANESE, RUSSO_JAPANESE_TABLE, id="russo-japanese"),
]


@pytest.mark.parametrize(("text", "table"), PASSAGES)
def test_war_history_reads_as_its_table(text: str, table: list[Row]) -> None:
    """Each passage read as a narrative gives every mention of its table, with its value."""
    assert _mentions(text, genre="narrative") == table


@pytest.mark.parametrize(("text", "table"), PASSAGES)
def test_auto_genre_with_todays_date_reads_the_war_history_as_a_narrative(
    text: str, table: list[Row]
) -> None:
    """With today's date as DCT, ``genre="auto"`` picks the narrative reading: the same rows."""
    assert _mentions(text, dct=TODAY, genre="auto") == table
    assert choose_genre(EXTRACTOR.find(text), dt.date.fromisoformat(TODAY)) is Genre.NARRATIVE


def test_the_weekdays_of_the_passages_are_those_of_their_dates() -> None:
    """ "Sunday, 25 June 1950", "Sunday, 7 December 1941", "Sunday, 2 May 1982" are true."""
    for day in (dt.date(1950, 6, 25), dt.date(1941, 12, 7), dt.date(1982, 5, 2)):
        assert day.strftime("%A") == "Sunday"


@pytest.mark.parametrize(
    ("text", "row"),
    [
        (
            "The attack began at 04:45 Berlin time on 22 June 1941.",
            ("04:45 Berlin time on 22 June 1941", "TIME", "1941-06-22T04:45"),
        ),
        (
            "The air war began at 0238 local time on 17 January 1991.",
            ("0238 local time on 17 January 1991", "TIME", "1991-01-17T02:38"),
        ),
        (
            "The barrage opened at 0600 hours on 1 July 1916.",
            ("0600 hours on 1 July 1916", "TIME", "1916-07-01T06:00"),
        ),
        (
            "The landings began at H-Hour, 0430 local time, on 21 May 1982.",
            ("0430 local time, on 21 May 1982", "TIME", "1982-05-21T04:30"),
        ),
        (
            "The barrage began on 24 June 1916 at 0600 hours.",
            ("24 June 1916 at 0600 hours", "TIME", "1916-06-24T06:00"),
        ),
        (
            "They landed on 21 May 1982 at 0430 local time.",
            ("21 May 1982 at 0430 local time", "TIME", "1982-05-21T04:30"),
        ),
    ],
)
def test_a_military_time_with_its_zone_and_its_day_is_one_time(text: str, row: Row) -> None:
    """A clock time with "hours", "local time" or a place's time and then its day (or its day
    and then it) is one TIME of that day, not a time of the story's last day and a date."""
    assert _mentions(text, genre="narrative") == [row]


@pytest.mark.parametrize(
    ("text", "row"),
    [
        (
            "The attack began on 1 July 1916. By that evening 19,240 men had been killed.",
            ("that evening", "TIME", "1916-07-01TEV"),
        ),
        (
            "The army landed on 14 September 1854. Through the winter the army suffered.",
            ("the winter", "DATE", "1854-WI"),
        ),
        (
            "The war lasted from 1914 to 1918. The battle was fought from 1 to 3 July 1916. "
            "On the final day the line broke.",
            ("the final day", "DATE", "1916-07-03"),
        ),
        (
            "The offensive began on 5 June 1967. On the last day the Golan fell.",
            ("the last day", "DATE", "1967-XX-XX"),
        ),
        (
            "The campaign lasted from 17 February 1915 to 9 January 1916. The troops left on "
            "the night of 19/20 December. Helles was abandoned on 9 January.",
            ("9 January", "DATE", "1916-01-09"),
        ),
    ],
)
def test_evenings_winters_final_days_and_a_range_inside_a_campaign(text: str, row: Row) -> None:
    """ "By that evening" before a count, "Through the winter", "On the final day" (the range
    just dated; with none, a day of the story's year unknown), and a day after a night's range
    inside a campaign that runs over two years (the campaign's, not the night's year)."""
    assert _mentions(text, genre="narrative")[-1] == row


@pytest.mark.parametrize(
    "text",
    [
        "On 38th parallel patrols the 6th Army and the 101st Airborne held Hill 60.",
        "Task Force 58 cut Route 1 and Highway 1; 3 Commando Brigade lost 1,500 men.",
        "The division mounted a night attack, then a night crossing and a day raid.",
        "The 1st Cavalry Division took 1,200 prisoners at Hill 303 on Route 66.",
        "Over 10,000 sorties were flown by 35 nations; 3,515 of them by NATO aircraft.",
    ],
)
def test_units_hills_routes_counts_and_night_attacks_are_no_dates(text: str) -> None:
    """ "On 38th parallel", numbered armies, divisions, hills, task forces, routes, counts and "a
    night attack" (a kind of attack, not one night) are no temporal expressions."""
    assert _found(text) == []


def test_an_hour_later_after_a_clock_time_is_a_time() -> None:
    """ "struck at 0755 on 7 December 1941 ... an hour later": 08:55 that day."""
    text = "The first wave struck at 0755 on 7 December 1941. A second wave followed an hour later."
    assert _mentions(text, genre="narrative")[-1] == ("an hour later", "TIME", "1941-12-07T08:55")


@pytest.mark.xfail(
    strict=True,
    reason="D+N counts from the story's last date (28 May), not from the D-Day the H-Hour of "
    "the landings named (21 May): chrono keeps no D-Day unless 'D-Day' itself is dated",
)
def test_d_plus_counts_from_the_day_of_h_hour() -> None:
    """ "began at H-Hour, 0430 local time, on 21 May ... By D+10": ten days after 21 May."""
    text = (
        "The landings began at H-Hour, 0430 local time, on 21 May 1982. Goose Green fell on 28 "
        "May. By D+10 the brigade was ready."
    )
    assert _mentions(text, genre="narrative")[-1] == ("D+10", "DATE", "1982-05-31")
