"""Gaps noticed in session 16, thirty-second list: narratives.

Histories whose sources disagree date an event to a year, or say which year a source gives:
"Most historians date the battle to 937", "have dated the charter to 793 or 794", "Simeon of
Durham gives 794", "the Annals place it in 871". Each such year of the first millennium is a
date, as "The raid is dated to 793" is, while counts in the same shapes stay numbers ("gives
794 men", "date 937 documents to the reign", "reduced the garrison to 794", "He gives 794").
An alternative is two dates, each with its own value: "on 14 (or 15) October 1066" as "on 14
or 15 October 1066" is; a year written across two with a slash ("480/479 BC", "AD 60/61") as
news copy's "2002/2003" is (tests/test_noticed_gaps_29.py and earlier), the first borrowing
the era of the second; "the winter of 1813/14" is one winter, as "the winter of 1813–14" is.
A year in an aside on how the dates are reckoned ("Because Britain adopted the Gregorian
calendar only in 1752, the date is often given as 11 February") is no step of the story. A
count of one or two digits after "In" and a month stays a count before an adjective and its
plural noun ("In May 30 new recruits deserted"), as before a plural noun alone; four-digit
counts of people are no years ("The 2000 people who gathered", "some 1500 of the
defenders"), and a range of first-millennium years after an object with a count ("built 300
ships between 757 and 796") is two years. A holiday founded in a year keeps its reading when
the sentence goes on to its first day ("..., and first held on 11 November 1919").
"""

from __future__ import annotations

import pytest
from passages import Row, mentions


def _narrative(text: str) -> list[Row]:
    return mentions(text, genre="narrative")


# ---- years as the object of verbs of dating and of sources ---------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "The battle is named in the Annals of Ulster. Some chroniclers date the battle to "
            "937, and most historians follow them.",
            [("937", "DATE", "0937")],
            id="date_the_battle_to_937",
        ),
        pytest.param(
            "The raid on Lindisfarne is the first recorded. The Chronicle dates it to 8 June "
            "793; Simeon of Durham gives 794, and the Annals of Ulster give 795 instead.",
            [
                ("8 June 793", "DATE", "0793-06-08"),
                ("794", "DATE", "0794"),
                ("795", "DATE", "0795"),
            ],
            id="a_source_gives_794",
        ),
        pytest.param(
            "Guthrum was baptised at Aller. The Annals place it in 871, the year of Ashdown.",
            [("871", "DATE", "0871")],
            id="the_annals_place_it_in_871",
        ),
        pytest.param(
            "The charter survives in a later copy. Historians have dated the charter to 793 or "
            "794, and the witness list to 796.",
            [("793", "DATE", "0793"), ("794", "DATE", "0794"), ("796", "DATE", "0796")],
            id="dated_the_charter_to_793_or_794",
        ),
        pytest.param(
            "The cross was carved in Northumbria. Scholars date it to 730, 740 or 750 on the "
            "style of its vine-scroll.",
            [("730", "DATE", "0730"), ("740", "DATE", "0740"), ("750", "DATE", "0750")],
            id="date_it_to_a_list_of_three",
        ),
        pytest.param(
            "The raid is dated to 793 or 794.",
            [("793", "DATE", "0793"), ("794", "DATE", "0794")],
            id="dated_to_793_or_794",
        ),
        # counts in the same shapes stay numbers
        pytest.param(
            "Simeon of Durham gives 794 men as the strength of the Danish host.",
            [],
            id="gives_794_men",
        ),
        pytest.param(
            "Archivists date 937 documents to the reign of Athelstan.",
            [],
            id="date_937_documents",
        ),
        pytest.param(
            "The plague reduced the garrison to 794.",
            [],
            id="reduced_the_garrison_to_794",
        ),
        pytest.param(
            "The abbot counted the flock again. He gives 794.",
            [],
            id="he_gives_794",
        ),
        pytest.param(
            "Offa gave 300.",
            [],
            id="offa_gave_300",
        ),
        pytest.param(
            "The clerk updated the muster roll to 794.",
            [],
            id="updated_the_roll_to_794",
        ),
    ],
)
def test_a_year_a_history_or_a_source_dates_an_event_to(text: str, expected: list[Row]) -> None:
    """ "date the battle to 937", "Simeon of Durham gives 794", "the Annals place it in 871",
    "dated the charter to 793 or 794": years of the first millennium, as "The raid is dated to
    793" is; "gives 794 men", "date 937 documents to", "reduced the garrison to 794" and a
    pronoun's "He gives 794" count."""
    assert _narrative(text) == expected


# ---- alternatives in brackets and years across a slash -------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Harold marched south from York. The battle was fought on 14 (or 15) October 1066.",
            [("14", "DATE", "1066-10-14"), ("15", "DATE", "1066-10-15")],
            id="14_or_15_in_brackets",
        ),
        pytest.param(
            "The battle was fought on 14 or 15 October 1066.",
            [("14", "DATE", "1066-10-14"), ("15 October 1066", "DATE", "1066-10-15")],
            id="14_or_15_without_brackets",
        ),
        pytest.param(
            "Xerxes crossed the Hellespont in 480/479 BC with a vast army.",
            [("480", "DATE", "-0479"), ("479 BC", "DATE", "-0478")],
            id="480_479_bc",
        ),
        pytest.param(
            "Boudica's revolt broke out in AD 60/61 while the governor was on Anglesey.",
            [("AD 60", "DATE", "0060"), ("61", "DATE", "0061")],
            id="ad_60_61",
        ),
        pytest.param(
            "The Grande Armée left Moscow in October 1812. In the winter of 1813/14 the allies "
            "crossed the Rhine.",
            [("October 1812", "DATE", "1812-10"), ("the winter of 1813/14", "DATE", "1813-WI")],
            id="the_winter_of_1813_14",
        ),
        # a score in brackets, a ratio and "24/7" are no dates
        pytest.param(
            "He scored 14 (or 15) points in the final.",
            [],
            id="a_score_in_brackets",
        ),
        pytest.param(
            "The vote was 480/479 in favour.",
            [],
            id="a_ratio",
        ),
    ],
)
def test_alternatives_and_years_across_a_slash(text: str, expected: list[Row]) -> None:
    """ "on 14 (or 15) October 1066" is the 14th and the 15th of October 1066, as "14 or 15
    October 1066" is (the bracket parts each day from the month and year they share, so each
    is tagged alone); "480/479 BC" is 480 BC and 479 BC, and "AD 60/61" AD 60 and 61, as
    "2002/2003" is two years; "the winter of 1813/14" is one winter. "14 (or 15) points" and
    "480/479 in favour" count."""
    assert _narrative(text) == expected


# ---- a year in an aside on the calendar ----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "The treaty was signed on 31 January 1720 (Old Style). Because Britain adopted the "
            "Gregorian calendar only in 1752, the date is often given as 11 February. A year "
            "later the king died.",
            [
                ("31 January 1720", "DATE", "1720-01-31"),
                ("1752", "DATE", "1752"),
                ("11 February", "DATE", "1720-02-11"),
                ("A year later", "DATE", "1721"),
            ],
            id="because_britain_adopted_the_calendar",
        ),
        pytest.param(
            "The tsar abdicated on 2 March 1917. Although Russia kept the Julian calendar until "
            "1918, Western papers reported the news on 15 March. A month later Lenin reached "
            "Petrograd.",
            [
                ("2 March 1917", "DATE", "1917-03-02"),
                ("1918", "DATE", "1918"),
                ("15 March", "DATE", "1917-03-15"),
                ("A month later", "DATE", "1917-04"),
            ],
            id="although_russia_kept_the_julian_calendar",
        ),
        # a reason that is a step of the story moves it
        pytest.param(
            "The harvest of 1315 was poor. Because the rains came again in 1316, famine spread. "
            "A year later the prices fell.",
            [("1315", "DATE", "1315"), ("1316", "DATE", "1316"), ("A year later", "DATE", "1317")],
            id="because_the_rains_came_again",
        ),
        pytest.param(
            "The old style was still used in 1700. Britain adopted the Gregorian calendar in "
            "1752. A year later the change was complete.",
            [("1700", "DATE", "1700"), ("1752", "DATE", "1752"), ("A year later", "DATE", "1753")],
            id="the_reform_told_as_a_step",
        ),
    ],
)
def test_a_year_in_an_aside_on_the_calendar_is_no_step(text: str, expected: list[Row]) -> None:
    """ "Because Britain adopted the Gregorian calendar only in 1752, the date is often given as
    11 February": a note on how the dates are reckoned, whose year is no step of the story (the
    11 February is the treaty's, and "A year later" counts from 1720); a reason that happens
    in the story ("Because the rains came again in 1316") and the reform told as an event
    move it."""
    assert _narrative(text) == expected


# ---- counts that look like days or years ---------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "The army reached Vilna in January 1813. In May 30 new recruits deserted.",
            [("January 1813", "DATE", "1813-01"), ("May", "DATE", "1813-05")],
            id="in_may_30_new_recruits",
        ),
        pytest.param(
            "The fleet left port in March 1916. In June 12 heavy guns were lost overboard.",
            [("March 1916", "DATE", "1916-03"), ("June", "DATE", "1916-06")],
            id="in_june_12_heavy_guns",
        ),
        pytest.param(
            "The siege began in 1453. In April 20 Genoese galleys ran the blockade.",
            [("1453", "DATE", "1453"), ("April", "DATE", "1453-04")],
            id="in_april_20_genoese_galleys",
        ),
        # a day before a determiner, and a day after "on", keep their reading
        pytest.param(
            "The fleet left port in March 1916. In June 12 the ships sailed for Scapa.",
            [("March 1916", "DATE", "1916-03"), ("June 12", "DATE", "1916-06-12")],
            id="in_june_12_the_ships",
        ),
        pytest.param(
            "The army reached Vilna in January 1813. On May 30 new recruits deserted.",
            [("January 1813", "DATE", "1813-01"), ("May 30", "DATE", "1813-05-30")],
            id="on_may_30_new_recruits",
        ),
        pytest.param(
            "The fleet was ready in May 1916. By June 12 the heavy ships had sailed.",
            [("May 1916", "DATE", "1916-05"), ("June 12", "DATE", "1916-06-12")],
            id="by_june_12_the_heavy_ships",
        ),
        pytest.param(
            "The troops cleared the square on 4 June 1989. The 2000 people who gathered at the "
            "gate were dispersed.",
            [("4 June 1989", "DATE", "1989-06-04")],
            id="the_2000_people",
        ),
        pytest.param(
            "The castle fell on 29 May 1453. Some 1500 of the defenders were killed.",
            [("29 May 1453", "DATE", "1453-05-29")],
            id="some_1500_of_the_defenders",
        ),
        pytest.param(
            "Offa built 300 ships between 757 and 796.",
            [("757", "DATE", "0757"), ("796", "DATE", "0796")],
            id="built_300_ships_between_757_and_796",
        ),
        pytest.param(
            "Offa paid 300 men between 757 and 796.",
            [],
            id="paid_300_men_between",
        ),
        pytest.param(
            "Offa built a wall of between 300 and 400 feet.",
            [],
            id="built_a_wall_of_between_300_and_400",
        ),
    ],
)
def test_counts_that_look_like_days_or_years(text: str, expected: list[Row]) -> None:
    """ "In May 30 new recruits deserted": May, as "In May 30 soldiers deserted" is; "The 2000
    people who gathered" and "Some 1500 of the defenders" count; "built 300 ships between 757
    and 796" gives the two years, as "ruled Mercia between 757 and 796" does."""
    assert _narrative(text) == expected


# ---- a founding and a first day in one sentence --------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "The war ended in 1918. Remembrance Sunday was instituted in 1919, and first held "
            "on 11 November 1919.",
            [
                ("1918", "DATE", "1918"),
                ("Remembrance Sunday", "DATE", "XXXX-11"),
                ("1919", "DATE", "1919"),
                ("11 November 1919", "DATE", "1919-11-11"),
            ],
            id="instituted_and_first_held",
        ),
        pytest.param(
            "The war ended in 1918. Armistice Day was established in 1919; the first silence "
            "was kept on 11 November 1919.",
            [
                ("1918", "DATE", "1918"),
                ("Armistice Day", "DATE", "XXXX-11-11"),
                ("1919", "DATE", "1919"),
                ("11 November 1919", "DATE", "1919-11-11"),
            ],
            id="established_and_a_silence_kept",
        ),
    ],
)
def test_a_founding_leaves_a_second_date_its_reading(text: str, expected: list[Row]) -> None:
    """ "Remembrance Sunday was instituted in 1919, and first held on 11 November 1919": the
    holiday is the one kept every year, and the day it was first held is that day."""
    assert _narrative(text) == expected


# ---- a chronology's months under a year heading --------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "1940\nMay: Germany invades France and the Low Countries.\nJune: France signs an "
            "armistice.\nAugust: The Battle of Britain begins.",
            [
                ("1940", "DATE", "1940"),
                ("May", "DATE", "1940-05"),
                ("June", "DATE", "1940-06"),
                ("August", "DATE", "1940-08"),
            ],
            id="months_that_are_names_under_1940",
        ),
        pytest.param(
            "1812\nJune: The Grande Armée crosses the Niemen.\nWinter: The retreat from Moscow.",
            [("1812", "DATE", "1812"), ("June", "DATE", "1812-06"), ("Winter", "DATE", "1812-WI")],
            id="a_season_under_1812",
        ),
        # a transcript's speakers, under no year heading, are no months
        pytest.param(
            "Interview transcript\nApril: I told you to wait at the gate.\nJune: I did wait.",
            [],
            id="a_transcripts_speakers",
        ),
    ],
)
def test_a_chronologys_month_entries_under_a_year_heading(text: str, expected: list[Row]) -> None:
    """ "1940 / May: ... / June: ... / August: ..." are months of 1940 and "Winter:" under
    "1812" the winter of 1812, as a chronology lists them; "April:" and "June:" opening the lines
    of a transcript with no year heading are speakers."""
    assert _narrative(text) == expected
