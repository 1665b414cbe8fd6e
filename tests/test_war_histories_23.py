"""Held-out genre, twenty-third round: timelines and chronologies of wars and campaigns.

Passages written for these tests in the style of English Wikipedia's "Timeline of ..." and
"Chronology of ..." articles on wars and campaigns and of the chronology sections of war
articles: lists under year headings ("1942" alone on a line, "== 1944 ==") and month headings
("=== June ==="), entries opened by a day with an en dash, an em dash or a colon ("1 January
– The Declaration by United Nations is signed.", "15 February — Singapore falls.", "7–8 May:
Battle of the Coral Sea"), ranges across months ("28 June – 4 July"), the edges of months and
years ("Late May", "Mid-June", "Early 1943", "Mid-1951"), undated lines between dated ones,
bullet lists ("* 6 June:", "- 27 June:", "• 9 July:"), tables flattened to text ("1944 | 6
June | Operation Overlord begins"), US-style entries ("December 7: ..."), entries with two
dates ("10 May (invasion) – 25 June (armistice)"), a span across the new year under its first
year's heading, and a range of years as a heading ("=== 1942–43 ==="), read as narratives with
no document date.

Earlier rounds already test a year heading and the entries under it (tests/
test_chronologies.py: "== 1916 ==", "=== July ===", "1–3 July –", "Late July –", "Same day
–", a news story's "Timeline:" box; tests/test_war_histories_21.py: "1914" over "28 June:",
"1939 – 1 September: ..."), a month opening an entry with a dash ("February – The Germans
withdraw") and "D-Day" as the day of the landings (tests/test_war_histories_13.py); they are
used here only as steps of the text.

Conventions followed (the project's, after TimeBank):
- a heading's date is a mention of its own: "1942" is 1942, "=== June ===" under "== 1944 =="
  is 1944-06;
- each entry's date takes its year from the heading above it, and its month from a month
  heading; an undated line moves nothing, so "Next day" after it counts from the last dated
  entry;
- a range is its two ends, each a date of its own: "7–8 May" is "7" and "8 May" (the first end
  takes the month the second writes), "28 June – 4 July" is two days, "16 December 1944 – 25
  January 1945" keeps each end's year;
- a modifier is part of the extent and sets the mod: "Late May" is the month, mod END;
  "Mid-June" MID; "Early 1943" START;
- a bracket after a date ("10 May (invasion)") is no part of it;
- numbered list items ("1. ..."), hills ("Hill 112"), task forces ("Task Force 58"), units
  ("7th Armoured Division"), numbered operations ("Operation 25") and page ranges ("pp.
  112–15") are no dates.
New here:
- a day "falls on" only a day ("Thanksgiving falls on Oct. 9", "Easter Monday falls on 10
  April", "falls on a Tuesday"): a chronology's present tense that tells a bomb falling on a
  place ("13 June: The first V-1 flying bomb falls on London.") is of the heading's year, not
  that day in any year.
- a month that is also a first name ("April", "May", "June", "August") or a season opening an
  entry before a colon is the entry's month or season under a year heading or right after a
  dated entry ("1942 / May: The Germans attack at Gazala." is 1942-05, "Autumn:" 1942-FA);
  alone, "April: I told you so." is a transcript's speaker and "Summer: Shorts and
  sandals." a label.
- "c.", "ca." and "circa" before a day are part of it and make it APPROX, as before a year:
  "c. 20 June", "c. 26 March 1199", "c. June 20", "c. March 3, 1190" (were the bare days);
  "etc. 12 May 1940" and "Group C. 12 May 1940" are not.
- a day alone opening an entry before a dash or a colon under a month heading ("=== June
  ===", "== June 1944 ==", "June 1944" alone on its line) is a day of that month: "7 –
  Bayeux is liberated." under "== June 1944 ==" is 1944-06-07; the items of an agenda
  ("Agenda / 1 – Welcome") and numbered items ("1. Welcome") are none.
"""

from __future__ import annotations

import pytest
from passages import ModRow
from passages import found_in_narrative as _found
from passages import mentions_with_mods as _mentions_with_mods


def _narrative(text: str) -> list[ModRow]:
    return _mentions_with_mods(text, genre="narrative")


PACIFIC = (
    "Timeline of the Pacific War\n\n"
    "1942\n"
    "1 January – The Declaration by United Nations is signed.\n"
    "15 February — Singapore falls.\n"
    "7–8 May: Battle of the Coral Sea.\n"
    "4–7 June: Battle of Midway.\n"
    "7 August – US Marines land on Guadalcanal.\n\n"
    "1943\n"
    "2 February – The last Japanese troops are evacuated from Guadalcanal.\n"
    "18 April – Admiral Yamamoto is shot down over Bougainville.\n"
)

PACIFIC_TABLE: list[ModRow] = [
    ("1942", "DATE", "1942"),
    # an en dash and an em dash after the day
    ("1 January", "DATE", "1942-01-01"),
    ("15 February", "DATE", "1942-02-15"),
    # a range opening an entry: the first end takes the second's month
    ("7", "DATE", "1942-05-07"),
    ("8 May", "DATE", "1942-05-08"),
    ("4", "DATE", "1942-06-04"),
    ("7 June", "DATE", "1942-06-07"),
    ("7 August", "DATE", "1942-08-07"),
    ("1943", "DATE", "1943"),
    ("2 February", "DATE", "1943-02-02"),
    ("18 April", "DATE", "1943-04-18"),
]


EUROPE_1944 = (
    "== 1944 ==\n"
    "=== June ===\n"
    "6 June: Allied forces land in Normandy.\n"
    "22 June: The Red Army opens Operation Bagration.\n"
    "=== July ===\n"
    "3 July: Soviet forces retake Minsk.\n"
    "20 July: The bomb plot against Hitler fails.\n"
    "=== August ===\n"
    "25 August: Paris is liberated.\n"
)

EUROPE_1944_TABLE: list[ModRow] = [
    ("1944", "DATE", "1944"),
    # a month heading under the year's
    ("June", "DATE", "1944-06"),
    ("6 June", "DATE", "1944-06-06"),
    ("22 June", "DATE", "1944-06-22"),
    ("July", "DATE", "1944-07"),
    ("3 July", "DATE", "1944-07-03"),
    ("20 July", "DATE", "1944-07-20"),
    ("August", "DATE", "1944-08"),
    ("25 August", "DATE", "1944-08-25"),
]


DESERT = (
    "North Africa and the East\n\n"
    "1942\n"
    "Late May: Rommel attacks the Gazala Line.\n"
    "Mid-June: Tobruk is encircled.\n"
    "28 June – 4 July: Operation Blue opens the German summer offensive.\n"
    "23 October – 11 November: Second Battle of El Alamein.\n\n"
    "1943\n"
    "Early 1943: The Allies agree on the Combined Bomber Offensive.\n"
    "5 July – 23 August: Battle of Kursk.\n"
)

DESERT_TABLE: list[ModRow] = [
    ("1942", "DATE", "1942"),
    # the edges of a month of the heading's year
    ("Late May", "DATE", "1942-05", "END"),
    ("Mid-June", "DATE", "1942-06", "MID"),
    # a range across months: two days of the heading's year
    ("28 June", "DATE", "1942-06-28"),
    ("4 July", "DATE", "1942-07-04"),
    ("23 October", "DATE", "1942-10-23"),
    ("11 November", "DATE", "1942-11-11"),
    ("1943", "DATE", "1943"),
    ("Early 1943", "DATE", "1943", "START"),
    ("5 July", "DATE", "1943-07-05"),
    ("23 August", "DATE", "1943-08-23"),
]


FRANCE_1940 = (
    "1940\n"
    "9 April – Germany invades Denmark and Norway.\n"
    "The Allies land at Narvik.\n"
    "10 May – Germany invades the Low Countries and France.\n"
    "Winston Churchill becomes Prime Minister.\n"
    "26 May – The evacuation at Dunkirk begins.\n"
    "Next day – The Belgian army is ordered to surrender.\n"
)

FRANCE_1940_TABLE: list[ModRow] = [
    ("1940", "DATE", "1940"),
    ("9 April", "DATE", "1940-04-09"),
    # the undated lines move nothing
    ("10 May", "DATE", "1940-05-10"),
    ("26 May", "DATE", "1940-05-26"),
    ("Next day", "DATE", "1940-05-27"),
]


NORMANDY = (
    "Normandy campaign\n\n"
    "1944\n"
    "* 6 June: Operation Overlord begins.\n"
    "* 7 June: Bayeux is liberated.\n"
    "* 12 June: Carentan falls to American paratroopers.\n"
    "- 27 June: Cherbourg surrenders.\n"
    "• 9 July: British and Canadian troops enter Caen.\n"
)

NORMANDY_TABLE: list[ModRow] = [
    ("1944", "DATE", "1944"),
    ("6 June", "DATE", "1944-06-06"),
    ("7 June", "DATE", "1944-06-07"),
    ("12 June", "DATE", "1944-06-12"),
    ("27 June", "DATE", "1944-06-27"),
    ("9 July", "DATE", "1944-07-09"),
]


TABLE = (
    "Year | Date | Event\n"
    "1944 | 6 June | Operation Overlord begins\n"
    "1944 | 25 August | Paris is liberated\n"
    "1944 | 16 December | The Battle of the Bulge begins\n"
    "1945 | 8 May | Germany surrenders\n"
)

TABLE_TABLE: list[ModRow] = [
    # each row's year cell is a mention and dates the day after it
    ("1944", "DATE", "1944"),
    ("6 June", "DATE", "1944-06-06"),
    ("1944", "DATE", "1944"),
    ("25 August", "DATE", "1944-08-25"),
    ("1944", "DATE", "1944"),
    ("16 December", "DATE", "1944-12-16"),
    ("1945", "DATE", "1945"),
    ("8 May", "DATE", "1945-05-08"),
]


US_STYLE = (
    "1941\n"
    "December 7: Japan attacks Pearl Harbor.\n"
    "December 8: The United States declares war on Japan.\n"
    "December 11: Germany and Italy declare war on the United States.\n\n"
    "1942\n"
    "April 18: The Doolittle Raid strikes Tokyo.\n"
    "June 4–7: Battle of Midway.\n"
)

US_STYLE_TABLE: list[ModRow] = [
    ("1941", "DATE", "1941"),
    ("December 7", "DATE", "1941-12-07"),
    ("December 8", "DATE", "1941-12-08"),
    ("December 11", "DATE", "1941-12-11"),
    ("1942", "DATE", "1942"),
    ("April 18", "DATE", "1942-04-18"),
    # the second end of a US-style range takes the first's month
    ("June 4", "DATE", "1942-06-04"),
    ("7", "DATE", "1942-06-07"),
]


TWO_DATES = (
    "1940\n"
    "10 May (invasion) – 25 June (armistice): Battle of France.\n"
    "10 July (first raids) – 31 October (end of daylight raids): Battle of Britain.\n"
    "7 September (first raid on London) – 11 May 1941 (last major raid): The Blitz.\n"
)

TWO_DATES_TABLE: list[ModRow] = [
    ("1940", "DATE", "1940"),
    # the bracket after each date is no part of it
    ("10 May", "DATE", "1940-05-10"),
    ("25 June", "DATE", "1940-06-25"),
    ("10 July", "DATE", "1940-07-10"),
    ("31 October", "DATE", "1940-10-31"),
    ("7 September", "DATE", "1940-09-07"),
    ("11 May 1941", "DATE", "1941-05-11"),
]


KOREA = (
    "Chronology\n\n"
    "1950\n"
    "25 June: North Korean forces cross the 38th parallel.\n"
    "Early August: UN forces hold the Pusan Perimeter.\n"
    "15 September: X Corps lands at Inchon.\n"
    "Late November: Chinese forces attack at the Chosin Reservoir.\n\n"
    "1951\n"
    "4 January: Seoul falls for the second time.\n"
    "11 April: Truman relieves MacArthur.\n"
    "Mid-1951: The front stabilises near the 38th parallel.\n"
)

KOREA_TABLE: list[ModRow] = [
    ("1950", "DATE", "1950"),
    ("25 June", "DATE", "1950-06-25"),
    ("Early August", "DATE", "1950-08", "START"),
    ("15 September", "DATE", "1950-09-15"),
    ("Late November", "DATE", "1950-11", "END"),
    ("1951", "DATE", "1951"),
    ("4 January", "DATE", "1951-01-04"),
    ("11 April", "DATE", "1951-04-11"),
    ("Mid-1951", "DATE", "1951", "MID"),
]


BULGE = (
    "1944\n"
    "16 December 1944 – 25 January 1945: Battle of the Bulge.\n"
    "26 December: Patton's Third Army relieves Bastogne.\n\n"
    "1945\n"
    "1 January: The Luftwaffe strikes Allied airfields in Operation Bodenplatte.\n"
    "13–15 February: Dresden is bombed.\n"
)

BULGE_TABLE: list[ModRow] = [
    ("1944", "DATE", "1944"),
    # each end of a span across the new year keeps its year
    ("16 December 1944", "DATE", "1944-12-16"),
    ("25 January 1945", "DATE", "1945-01-25"),
    # the next entry is of the heading's year, not of the year the span ended in
    ("26 December", "DATE", "1944-12-26"),
    ("1945", "DATE", "1945"),
    ("1 January", "DATE", "1945-01-01"),
    ("13", "DATE", "1945-02-13"),
    ("15 February", "DATE", "1945-02-15"),
]


STALINGRAD = (
    "=== 1942–43 ===\n"
    "23 August: German forces reach the Volga north of Stalingrad.\n"
    "19 November: The Red Army opens Operation Uranus.\n"
    "2 February: The Sixth Army surrenders.\n"
)

STALINGRAD_TABLE: list[ModRow] = [
    # a range of years as a heading: both years; the entries run on from the first into the
    # second as the months come round again
    ("1942", "DATE", "1942"),
    ("43", "DATE", "1943"),
    ("23 August", "DATE", "1942-08-23"),
    ("19 November", "DATE", "1942-11-19"),
    ("2 February", "DATE", "1943-02-02"),
]


ARMISTICE = (
    "== 1918 ==\n"
    "=== March ===\n"
    "3 March: The Treaty of Brest-Litovsk is signed.\n"
    "21 March: The German spring offensive begins.\n"
    "=== November ===\n"
    "9 November: The Kaiser abdicates.\n"
    "11 November: The armistice takes effect at 11 a.m.\n"
)

ARMISTICE_TABLE: list[ModRow] = [
    ("1918", "DATE", "1918"),
    ("March", "DATE", "1918-03"),
    ("3 March", "DATE", "1918-03-03"),
    ("21 March", "DATE", "1918-03-21"),
    ("November", "DATE", "1918-11"),
    ("9 November", "DATE", "1918-11-09"),
    ("11 November", "DATE", "1918-11-11"),
    # a clock time in an entry is of the entry's day
    ("11 a.m.", "TIME", "1918-11-11T11:00"),
]


NUMBERED = (
    "1944\n"
    "1. The 7th Armoured Division attacks towards Villers-Bocage.\n"
    "2. Hill 112 changes hands several times.\n"
    "3. Task Force 58 raids the Marianas.\n"
    "Operation 25 is cancelled (see pp. 112–15).\n"
    "10 July: Operation Jupiter takes Hill 112.\n"
)

NUMBERED_TABLE: list[ModRow] = [
    # numbers of items, units, hills, task forces, operations and pages are no dates
    ("1944", "DATE", "1944"),
    ("10 July", "DATE", "1944-07-10"),
]


PASSAGES = [
    pytest.param(PACIFIC, PACIFIC_TABLE, id="pacific"),
    pytest.param(EUROPE_1944, EUROPE_1944_TABLE, id="europe-1944"),
    pytest.param(DESERT, DESERT_TABLE, id="desert"),
    pytest.param(FRANCE_1940, FRANCE_1940_TABLE, id="france-1940"),
    pytest.param(NORMANDY, NORMANDY_TABLE, id="normandy"),
    pytest.param(TABLE, TABLE_TABLE, id="table"),
    pytest.param(US_STYLE, US_STYLE_TABLE, id="us-style"),
    pytest.param(TWO_DATES, TWO_DATES_TABLE, id="two-dates"),
    pytest.param(KOREA, KOREA_TABLE, id="korea"),
    pytest.param(BULGE, BULGE_TABLE, id="bulge"),
    pytest.param(STALINGRAD, STALINGRAD_TABLE, id="stalingrad"),
    pytest.param(ARMISTICE, ARMISTICE_TABLE, id="armistice"),
    pytest.param(NUMBERED, NUMBERED_TABLE, id="numbered"),
]


@pytest.mark.parametrize(("text", "table"), PASSAGES)
def test_chronology_reads_as_its_table(text: str, table: list[ModRow]) -> None:
    """Each passage, read as a narrative, yields exactly its table."""
    assert _narrative(text) == table


@pytest.mark.parametrize(
    "text",
    [
        "1. The 7th Armoured Division attacks towards Villers-Bocage.",
        "2. Hill 112 changes hands several times.",
        "Task Force 58 raids the Marianas.",
        "Operation 25 is cancelled.",
        "The order of battle is given in pp. 112–15.",
        "See Ellis, pp. 112–15, and Hastings, p. 230.",
        "12. The 3rd Canadian Division reaches Carpiquet.",
        "The 7th Armoured Division and Task Force 58 are listed in Appendix 3.",
    ],
)
def test_numbers_of_items_units_hills_and_pages_are_no_dates(text: str) -> None:
    """Numbered list items, units, hills, task forces, operations and page ranges: no dates."""
    assert _found(text) == []


def test_a_bomb_that_falls_on_a_place_keeps_the_headings_year() -> None:
    """ "13 June: The first V-1 flying bomb falls on London." under "1944" is 13 June 1944."""
    text = (
        "1944\n"
        "6 June: Allied forces land in Normandy.\n"
        "13 June: The first V-1 flying bomb falls on London.\n"
        "15 June: US Marines land on Saipan.\n"
    )
    assert _narrative(text) == [
        ("1944", "DATE", "1944"),
        ("6 June", "DATE", "1944-06-06"),
        ("13 June", "DATE", "1944-06-13"),
        ("15 June", "DATE", "1944-06-15"),
    ]


@pytest.mark.parametrize(
    ("text", "table"),
    [
        (
            "Thanksgiving falls on Oct. 9.",
            [("Thanksgiving", "DATE", "XXXX-XX-XX"), ("Oct. 9", "DATE", "XXXX-10-09")],
        ),
        (
            "Easter Monday falls on 10 April.",
            [("Easter Monday", "DATE", "XXXX-XX-XX"), ("10 April", "DATE", "XXXX-04-10")],
        ),
    ],
)
def test_a_day_that_falls_on_a_day_is_that_day_in_any_year(text: str, table: list[ModRow]) -> None:
    """ "Thanksgiving falls on Oct. 9": in a narrative, the day in any year."""
    assert _narrative(text) == table


def test_month_and_season_entries_under_a_year_heading() -> None:
    """ "1942 / May: ... / June: ... / August: ..." are months of 1942; "Autumn:" its autumn."""
    text = (
        "1942\n"
        "May: The Germans attack at Gazala.\n"
        "June: Tobruk falls.\n"
        "August: The Dieppe Raid fails.\n"
        "Autumn: The Allies prepare Operation Torch.\n"
    )
    assert _narrative(text) == [
        ("1942", "DATE", "1942"),
        ("May", "DATE", "1942-05"),
        ("June", "DATE", "1942-06"),
        ("August", "DATE", "1942-08"),
        ("Autumn", "DATE", "1942-FA"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("April: I told you so.\nMay: No you did not.", []),
        ("Tom: Where were you in 2019?\nApril: In Paris.\nMay: Me too.", ["2019"]),
        ("Cast\nJune: A farmer's daughter.\nAugust: Her brother.", []),
        ("What to pack\nSummer: Shorts and sandals.\nWinter: Boots and a coat.", []),
    ],
)
def test_names_and_labels_before_a_colon_without_a_year_heading_are_no_dates(
    text: str, expected: list[str]
) -> None:
    """A transcript's speakers ("April:", "May:"), a cast list's names and a label ("Summer:")
    under no year heading and after no dated entry are no dates."""
    assert _found(text) == expected


def test_an_approximate_day_of_an_entry() -> None:
    """ "c. 20 June: A storm wrecks the Mulberry harbour." is 20 June 1944, APPROX."""
    text = "1944\nc. 20 June: A storm wrecks the Mulberry harbour.\n"
    assert _narrative(text) == [
        ("1944", "DATE", "1944"),
        ("c. 20 June", "DATE", "1944-06-20", "APPROX"),
    ]


@pytest.mark.parametrize(
    ("text", "row"),
    [
        (
            "Richard was wounded c. 26 March 1199.",
            ("c. 26 March 1199", "DATE", "1199-03-26", "APPROX"),
        ),
        (
            "The truce was signed circa 2 September 1192.",
            ("circa 2 September 1192", "DATE", "1192-09-02", "APPROX"),
        ),
        (
            "1864\nc. June 20: Grant's army crosses the James.",
            ("c. June 20", "DATE", "1864-06-20", "APPROX"),
        ),
        (
            "He died c. March 3, 1190, at Acre.",
            ("c. March 3, 1190", "DATE", "1190-03-03", "APPROX"),
        ),
        # "etc." and a group's capital letter before a day make nothing approximate
        ("Guns, tanks, etc. 12 May 1940 saw the attack.", ("12 May 1940", "DATE", "1940-05-12")),
        ("It went to Group C. 12 May 1940 was the day.", ("12 May 1940", "DATE", "1940-05-12")),
    ],
)
def test_c_before_a_day_makes_it_approximate(text: str, row: ModRow) -> None:
    """ "c.", "ca." and "circa" before a day, day first or month first, are part of it and make
    it APPROX, as before a year; "etc." and "C." are not."""
    assert _narrative(text)[-1] == row


def test_a_day_alone_under_a_month_heading() -> None:
    """ "== June 1944 == / 6 June – ... / 7 – Bayeux is liberated." : 7 is 7 June 1944."""
    text = "== June 1944 ==\n6 June – D-Day.\n7 – Bayeux is liberated.\n"
    assert _narrative(text) == [
        ("June 1944", "DATE", "1944-06"),
        ("6 June", "DATE", "1944-06-06"),
        ("D-Day", "DATE", "1944-06-06"),
        ("7", "DATE", "1944-06-07"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Agenda\n1 – Welcome\n2 – Minutes of the last meeting", []),
        ("Minutes of June 1944\n1 – Welcome\n2 – Minutes of the last meeting", ["June 1944"]),
        ("=== June 1944 ===\n1. Welcome\n2. Minutes of the last meeting", ["June 1944"]),
        ("== Results ==\n3 – 1 Arsenal\n2 – Chelsea", []),
    ],
)
def test_numbers_opening_lines_under_no_month_heading_are_no_days(
    text: str, expected: list[str]
) -> None:
    """Items of a list after a heading that names no month alone on its line, numbered items
    ("1. Welcome") and scores are no days."""
    assert _found(text) == expected
