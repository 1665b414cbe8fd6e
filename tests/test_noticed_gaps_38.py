"""Gaps noticed in session 18, thirty-eighth list: narratives.

Histories and chronologies in the style of English Wikipedia, read as narratives with no
document date (as tests/test_noticed_gaps_35.py and tests/test_war_histories_24.py read them):
- a chronology's month heading holds over its entries until the next heading, however long
  the entries are ("=== June === / 4 – <two lines of text> / ... / 19 – ...": the 19th of June);
  a heading of another year ends it, and a number under a label of one word ("Results / 101 /
  June – Final exam") is no year heading; so does a year heading over entries opened by a month
  that is also a name ("1917 / April: <long> / May: <long> / June: ...");
- a year a source gives is decided by who gives it and by the passage's era: annals,
  chronicles, sources and historians give years ("Later annals give 794."), a name gives one
  only in a passage of the first millennium ("... was fought in 937. Smyth gives 938."), not
  after a modern year or a count ("The census of 1851 ... Johnson gives 150.": a count);
- a year counted in a named period is a DATE, as one of a war is: "the first year of the
  Blitz" after "The Blitz began on 7 September 1940" is 1940, and with no date before it XXXX
  (a year the text does not give: TimeML tags the expression, its value unknown), not the
  length P1Y; a period named by its length ("the 900 Days", the siege of Leningrad) and a
  title ("The Last Days of Pompeii") are no lengths; "Six months into the siege" is the
  length P6M (TimeBank tags the length, "into" is its signal);
- a season after one plural and a list of three or four years is a season of each ("in the
  summers of 1940, 1941 and 1942": 1940-SU, 1941-SU, 1942-SU), as one of two years is;
- a day "every year" is a SET of that day, the whole phrase ("Liberation Day is marked on 9
  May every year": XXXX-05-09, as the project reads "every year on 9 May").
"""

from __future__ import annotations

import pytest
from passages import ModRow, Row, mentions, mentions_with_mods


def _narrative(text: str) -> list[Row]:
    return mentions(text, genre="narrative")


def _narrative_with_mods(text: str) -> list[ModRow]:
    return mentions_with_mods(text, genre="narrative")


# ---- 1. a month heading over long entries ------------------------------------------------------

JUNE_1944 = (
    "== 1944 ==\n"
    "=== June ===\n"
    "4 – Rome falls to the US Fifth Army after the German Tenth Army withdraws north of the "
    "city; General Mark Clark enters the capital the following morning to a tumultuous "
    "reception.\n"
    "6 – Operation Overlord: more than 150,000 Allied troops land on five beaches in Normandy, "
    "supported by some 7,000 ships and landing craft and the largest airborne operation of the "
    "war so far.\n"
    "13 – The first V-1 flying bomb falls on London, striking a railway bridge at Grove Road in "
    "Bow and killing six civilians; over the following weeks thousands more are launched from "
    "northern France.\n"
    "19 – A violent storm in the English Channel wrecks the American Mulberry harbour off Omaha "
    "Beach and drives hundreds of landing craft ashore, delaying the build-up of supplies for "
    "several days.\n"
    "=== July ===\n"
    "9 – British and Canadian troops enter the northern half of Caen after a heavy bombing raid "
    "that flattens much of the old town.\n"
)

JUNE_1944_TABLE: list[Row] = [
    ("1944", "DATE", "1944"),
    ("June", "DATE", "1944-06"),
    ("4", "DATE", "1944-06-04"),
    ("the following morning", "TIME", "1944-06-05TMO"),
    ("6", "DATE", "1944-06-06"),
    ("13", "DATE", "1944-06-13"),
    ("the following weeks", "DURATION", "PXW"),
    ("19", "DATE", "1944-06-19"),
    ("several days", "DURATION", "PXD"),
    ("July", "DATE", "1944-07"),
    ("9", "DATE", "1944-07-09"),
]


def test_a_month_heading_holds_over_long_entries() -> None:
    """ "=== June ===" over entries of two lines each: the 13th and the 19th, far below the
    heading, are days of June 1944 as the 4th right under it is, and the 9th under "=== July
    ===" of July."""
    assert _narrative(JUNE_1944) == JUNE_1944_TABLE


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a heading of another year ends the month's: its list items are no days
        pytest.param(
            "== 1944 ==\n=== December ===\n16 – The Germans open their offensive in the "
            "Ardennes.\n== 1945 ==\n1 – Introduction\n2 – The Ardennes\n",
            [
                ("1944", "DATE", "1944"),
                ("December", "DATE", "1944-12"),
                ("16", "DATE", "1944-12-16"),
                ("1945", "DATE", "1945"),
            ],
            id="a_year_heading_ends_the_month",
        ),
        # a course's number under its column's name is no year heading, and no day
        pytest.param(
            "Results\n101\nJune – Final exam\n",
            [("June", "DATE", "XXXX-06")],
            id="a_course_number_under_a_label",
        ),
        pytest.param(
            "Timeline of the Viking age in England\n\n871\nJanuary: Battle of Reading.\n",
            [("871", "DATE", "0871"), ("January", "DATE", "0871-01")],
            id="a_year_heading_after_a_title",
        ),
        pytest.param(
            "793\n8 June – Vikings raid Lindisfarne.\n794\nMay – The Danes raid Jarrow.\n",
            [
                ("793", "DATE", "0793"),
                ("8 June", "DATE", "0793-06-08"),
                ("794", "DATE", "0794"),
                ("May", "DATE", "0794-05"),
            ],
            id="a_year_heading_after_an_entry",
        ),
        # a speaker's line ends a year's section: the names after it are speakers
        pytest.param(
            "Minutes of the meeting, 2019\n2019\nTom: The budget is late.\nMay: It is nearly "
            "ready.\n",
            [("2019", "DATE", "2019"), ("2019", "DATE", "2019")],
            id="a_speaker_under_a_year",
        ),
    ],
)
def test_where_a_chronologys_heading_ends(text: str, expected: list[Row]) -> None:
    """A month heading holds until the next heading ("== 1945 ==": its "1 – Introduction" is
    an item); a number of three digits under a label of one word ("Results / 101") is a
    course's, not a year's, though one after a title, a blank line or an entry is a year."""
    assert _narrative(text) == expected


def test_a_months_entry_far_below_its_year_heading() -> None:
    """ "1917 / April: <long> / May: <long> / June: ...": the entries are of 1917, however long
    the entries between the heading and "June:" (a speaker's line would end the year's section:
    see tests/test_war_histories_23.py's transcripts)."""
    long = (
        "The offensive on the Aisne fails with heavy losses, and mutinies spread through the "
        "French army over the following weeks as units refuse to return to the line."
    )
    text = f"1917\nApril: {long}\nMay: {long}\nJune: First American troops land in France.\n"
    assert [row for row in _narrative(text) if row[0] in ("April", "May", "June")] == [
        ("April", "DATE", "1917-04"),
        ("May", "DATE", "1917-05"),
        ("June", "DATE", "1917-06"),
    ]


# ---- 2. a year a source gives ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "The battle of Brunanburh was fought in 937. Smyth gives 938, and the Annals of "
            "Ulster agree.",
            [("937", "DATE", "0937"), ("938", "DATE", "0938")],
            id="a_name_after_a_year_of_the_first_millennium",
        ),
        pytest.param(
            "Bede places the synod in 664. Eddius gives 663.",
            [("664", "DATE", "0664"), ("663", "DATE", "0663")],
            id="a_name_after_a_source_places_it",
        ),
        pytest.param(
            "The abbey at Whitby was founded in 657. The list gives 655.",
            [("657", "DATE", "0657"), ("655", "DATE", "0655")],
            id="the_list_after_a_founding",
        ),
        # a chronicle, annals or sources give years wherever they are
        pytest.param(
            "The first Viking raid on Ireland struck Rathlin. Later annals give 795.",
            [("795", "DATE", "0795")],
            id="annals_give_a_year_anywhere",
        ),
        pytest.param(
            "The raid on Iona is told in several places. Other sources give 802 or 806.",
            [("802", "DATE", "0802"), ("806", "DATE", "0806")],
            id="other_sources_give_two_years",
        ),
        # in a passage of the modern era, or about numbers, a count
        pytest.param(
            "The census of 1851 recorded the parish's population. Johnson gives 150.",
            [("1851", "DATE", "1851")],
            id="a_name_after_a_modern_year",
        ),
        pytest.param(
            "The garrison of the fort was reduced in 1943. Johnson gives 150.",
            [("1943", "DATE", "1943")],
            id="a_garrison_after_a_modern_year",
        ),
        pytest.param(
            "The siege lasted 300 days. Johnson gives 150.",
            [("300 days", "DURATION", "P300D")],
            id="a_name_after_a_count",
        ),
        pytest.param("The census gives 150.", [], id="the_census_gives_a_count"),
        pytest.param(
            "The ship sank in March 1912. The passenger list gives 150.",
            [("March 1912", "DATE", "1912-03")],
            id="a_passenger_list",
        ),
    ],
)
def test_a_year_a_source_gives_by_its_giver_and_the_passages_era(
    text: str, expected: list[Row]
) -> None:
    """ "Smyth gives 938." after a battle fought in 937 is a year, as "Later annals give 795."
    is anywhere; after the census of 1851, a garrison of 1943 or a siege of 300 days, "Johnson
    gives 150." counts, and so do "The census gives 150." and a passenger list's."""
    assert _narrative(text) == expected


# ---- 3. named periods --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "The Blitz began on 7 September 1940 and lasted until May 1941. In the first year "
            "of the Blitz, more than 40,000 civilians were killed.",
            [
                ("7 September 1940", "DATE", "1940-09-07"),
                ("May 1941", "DATE", "1941-05"),
                ("the first year of the Blitz", "DATE", "1940"),
            ],
            id="the_first_year_of_the_blitz",
        ),
        pytest.param(
            "Many of the city's churches were destroyed in the first year of the Blitz.",
            [("the first year of the Blitz", "DATE", "XXXX")],
            id="the_blitz_with_no_date_before",
        ),
        pytest.param(
            "The Axis air campaign against Malta began in June 1940. The campaign's second "
            "year was the hardest.",
            [("June 1940", "DATE", "1940-06"), ("The campaign's second year", "DATE", "1941")],
            id="the_campaigns_second_year",
        ),
    ],
)
def test_a_year_of_a_named_period_is_a_date(text: str, expected: list[Row]) -> None:
    """ "the first year of the Blitz" is a year counted in the Blitz, as "the first year of the
    war" is one of the war: 1940 after its first day, XXXX with none (was the length P1Y)."""
    assert _narrative(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "The siege of Leningrad, remembered in Russia as the 900 Days, ended on 27 January "
            "1944.",
            [("27 January 1944", "DATE", "1944-01-27")],
            id="the_900_days",
        ),
        pytest.param(
            "The Last Days of Pompeii, written in 1834, was inspired by a painting.",
            [("1834", "DATE", "1834")],
            id="the_last_days_of_pompeii",
        ),
        # lengths and vague spans in small letters keep their reading
        pytest.param(
            "The garrison held out for 900 days.",
            [("900 days", "DURATION", "P900D")],
            id="900_days_in_small_letters",
        ),
        pytest.param(
            "The siege began in September 1941. In the last days of the siege, the bread ration "
            "was cut again.",
            [("September 1941", "DATE", "1941-09"), ("the last days", "DURATION", "PXD")],
            id="the_last_days_of_the_siege",
        ),
        pytest.param(
            "The siege of Leningrad began on 8 September 1941. Six months into the siege, the "
            "city's food had run out.",
            [("8 September 1941", "DATE", "1941-09-08"), ("Six months", "DURATION", "P6M")],
            id="six_months_into_the_siege",
        ),
    ],
)
def test_a_period_named_by_its_length_and_a_title_are_no_lengths(
    text: str, expected: list[Row]
) -> None:
    """ "the 900 Days" names the siege (it lasted 872) and "The Last Days of Pompeii" a novel:
    neither is a length (were P900D and PXD); "900 days", "the last days of the siege" and
    "Six months into the siege" are."""
    assert _narrative(text) == expected


# ---- 4. lists and repeats ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Malta was bombed almost daily in the summers of 1940, 1941 and 1942, and the island "
            "was awarded the George Cross in April 1942.",
            [
                ("daily", "SET", "P1D"),
                ("the summers of 1940", "DATE", "1940-SU"),
                ("1941", "DATE", "1941-SU"),
                ("1942", "DATE", "1942-SU"),
                ("April 1942", "DATE", "1942-04"),
            ],
            id="three_summers",
        ),
        pytest.param(
            "Famine struck the Ottoman provinces in the winters of 1916, 1917, 1918, and 1919.",
            [
                ("the winters of 1916", "DATE", "1916-WI"),
                ("1917", "DATE", "1917-WI"),
                ("1918", "DATE", "1918-WI"),
                ("1919", "DATE", "1919-WI"),
            ],
            id="four_winters_with_a_serial_comma",
        ),
        # a list not all of the plural is of years
        pytest.param(
            "The summers of 1940 were hot, and 1941, 1942 and 1943 were wet.",
            [
                ("1940", "DATE", "1940"),
                ("1941", "DATE", "1941"),
                ("1942", "DATE", "1942"),
                ("1943", "DATE", "1943"),
            ],
            id="years_after_a_plural_of_one",
        ),
    ],
)
def test_seasons_of_a_list_of_years(text: str, expected: list[Row]) -> None:
    """ "in the summers of 1940, 1941 and 1942": a summer of each year, as "the summers of 1941
    and 1942" are two (were the three years)."""
    assert _narrative(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Guernsey's Liberation Day is marked on 9 May every year, with a parade in St Peter "
            "Port.",
            [("Liberation Day", "DATE", "XXXX-05-09"), ("9 May every year", "SET", "XXXX-05-09")],
            id="a_day_every_year",
        ),
        pytest.param(
            "The islanders were deported in September 1942. On 9 May every year since 1946, "
            "the islands have marked their liberation.",
            [
                ("September 1942", "DATE", "1942-09"),
                ("9 May every year", "SET", "XXXX-05-09"),
                ("1946", "DATE", "1946"),
            ],
            id="a_day_every_year_since_a_year",
        ),
        # "every year" after no date is the set of years
        pytest.param(
            "The garrison's numbers grew every year.",
            [("every year", "SET", "P1Y")],
            id="every_year_alone",
        ),
    ],
)
def test_a_day_every_year_is_a_set_of_that_day(text: str, expected: list[Row]) -> None:
    """ "on 9 May every year" is one SET, XXXX-05-09 (the phrase whole, as "every year on 9
    May" is), not a date of the story's year; "every year" alone is the set of years, P1Y."""
    assert _narrative(text) == expected


def test_a_national_day_dated_by_its_own_clause() -> None:
    """ "Liberation Day is marked on 9 May every year": Liberation Day, kept by many countries
    on different days, takes the day its own clause gives it, XXXX-05-09 (was XXXX-XX-XX;
    fixed in session 20, date.holiday_dated_by_its_clause)."""
    text = (
        "The German garrison surrendered on 9 May 1945. Liberation Day is marked on 9 May "
        "every year."
    )
    assert _narrative(text) == [
        ("9 May 1945", "DATE", "1945-05-09"),
        ("Liberation Day", "DATE", "XXXX-05-09"),
        ("9 May every year", "SET", "XXXX-05-09"),
    ]
