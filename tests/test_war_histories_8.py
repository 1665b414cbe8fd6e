"""Held-out genre, eighth round: Wikipedia war histories read as narratives, the World Wars.

Passages written for these tests in the style of English Wikipedia on campaigns the earlier
rounds (tests/test_war.py, tests/test_history.py, tests/test_histories_2.py,
tests/test_war_histories_3.py to tests/test_war_histories_7.py, tests/test_war_articles*.py)
leave aside: the Somme, Market Garden, the Tunisian campaign, the fronts of 1941 and 1942 told
in parallel, the end of the war in Europe, an infobox, and the Iran–Iraq and Thirty Years'
wars counted by their years. Conventions as in those files: "the night of 14/15 April" is two
dates, "the interwar years" and "the post-war period" name periods by events (untagged), units,
hills, routes and counts of men are no dates.
New here: military days "D+N" all count from the same D-Day (a "D+4" after "D+2" and a date
in between is four days after D-Day, not after either); "By the end of the first day" is the
battle's first day; "the third year of the war" counts from the year the story began in (the
first date it established); "Years before, in 1939", "Previously, in 1938", "A decade earlier,
in 1931" go back to an earlier year for their paragraph as "Back in" does; "the campaigning
season of 1475" is tagged whole.
"""

from __future__ import annotations

import pytest
from passages import Row
from passages import found_in_narrative as _found
from passages import mentions as _mentions

SOMME = (
    "The Battle of the Somme was fought from 1 July – 18 November 1916. On the night of 30 "
    "June/1 July the British artillery fired its last barrage, and at 7:30 a.m. the infantry "
    "went over the top. By the end of the first day the British had lost 57,470 men. The 36th "
    "(Ulster) Division took the Schwaben Redoubt but could not hold it. The fighting for High "
    "Wood lasted from 14 July to 15 September."
)

SOMME_TABLE: list[Row] = [
    ("1 July", "DATE", "1916-07-01"),
    ("18 November 1916", "DATE", "1916-11-18"),
    ("30 June", "DATE", "1916-06-30"),
    ("1 July", "DATE", "1916-07-01"),
    ("7:30 a.m.", "TIME", "1916-07-01T07:30"),
    # the battle's first day, not a duration of one day
    ("the first day", "DATE", "1916-07-01"),
    ("14 July", "DATE", "1916-07-14"),
    ("15 September", "DATE", "1916-09-15"),
]


MARKET_GARDEN = (
    "Operation Market Garden opened on Sunday, 17 September 1944, when the 101st Airborne and "
    "the 82nd Airborne landed near Eindhoven and Nijmegen. Fog delayed the second lift on D+1. "
    "On D+2 XXX Corps reached Nijmegen. H-Hour for the crossing of the Waal was 15:00 on 20 "
    "September. By D+4 the 1st Airborne Division had lost the bridge at Arnhem, and on the night"
    " of 25/26 September its survivors withdrew across the Rhine."
)

MARKET_GARDEN_TABLE: list[Row] = [
    ("Sunday, 17 September 1944", "DATE", "1944-09-17"),
    ("D+1", "DATE", "1944-09-18"),
    ("D+2", "DATE", "1944-09-19"),
    ("15:00 on 20 September", "TIME", "1944-09-20T15:00"),
    # four days after D-Day, not after D+2 nor after 20 September
    ("D+4", "DATE", "1944-09-21"),
    ("25", "DATE", "1944-09-25"),
    ("26 September", "DATE", "1944-09-26"),
]


TUNISIA = (
    "By the end of 1942 the tide had turned in North Africa. The 1st Armored Division lost 1,500"
    " men at Kasserine in February 1943. Hill 609 was taken by the 34th Infantry Division on 30 "
    "April after four days of fighting, and Army Group Africa surrendered on 13 May. From late "
    "1943 the Allies bombed Germany around the clock, and through mid-1944 the Luftwaffe was "
    "worn down. Route 66 and Highway 1 were no part of it."
)

TUNISIA_TABLE: list[Row] = [
    ("the end of 1942", "DATE", "1942"),  # mod END
    ("February 1943", "DATE", "1943-02"),
    ("30 April", "DATE", "1943-04-30"),
    ("four days", "DURATION", "P4D"),
    ("13 May", "DATE", "1943-05-13"),
    ("late 1943", "DATE", "1943"),  # mod END
    ("mid-1944", "DATE", "1944"),  # mod MID
]


FRONTS = (
    "North Africa\n\n"
    "In 1942 Rommel advanced into Egypt. In June he took Tobruk, and in October Montgomery "
    "attacked at El Alamein.\n\n"
    "Eastern Front\n\n"
    "Germany invaded the Soviet Union on 22 June 1941. Army Group Center reached Smolensk in "
    "July, and in the autumn it drove on Moscow. In December the Red Army counter-attacked.\n\n"
    "Previously, in 1940, Hitler had ordered the plans drawn up. In December he signed "
    "Directive 21.\n\n"
    "By January the front had stabilised."
)

FRONTS_TABLE: list[Row] = [
    ("1942", "DATE", "1942"),
    ("June", "DATE", "1942-06"),
    ("October", "DATE", "1942-10"),
    # the section on the east goes back a year: its months follow its own date
    ("22 June 1941", "DATE", "1941-06-22"),
    ("July", "DATE", "1941-07"),
    ("the autumn", "DATE", "1941-FA"),
    ("December", "DATE", "1941-12"),
    ("1940", "DATE", "1940"),
    ("December", "DATE", "1940-12"),  # the detour's year
    ("January", "DATE", "1942-01"),  # after the detour, on from December 1941
]


END_IN_EUROPE = (
    "The war in Europe ended on VE Day, 8 May 1945. Years before, in 1939, Britain had "
    "guaranteed Poland's borders. In September it declared war.\n\n"
    "In June the occupation zones were drawn. In the war's final months over a million "
    "civilians had fled west, and rationing lasted into the post-war period. Historians of the "
    "interwar years trace the war to the Treaty of Versailles."
)

END_IN_EUROPE_TABLE: list[Row] = [
    ("VE Day", "DATE", "1945-05-08"),
    ("8 May 1945", "DATE", "1945-05-08"),
    ("1939", "DATE", "1939"),
    ("September", "DATE", "1939-09"),
    # the next paragraph goes on with 1945, not the detour's 1939
    ("June", "DATE", "1945-06"),
    # a vague span as "the final months of the war" is (the possessive no part of it)
    ("final months", "DURATION", "PXM"),
]


INFOBOX = (
    "World War II\n"
    "Date 1 September 1939 – 2 September 1945 (6 years, 1 day)\n"
    "Location Europe, Pacific, Atlantic, South-East Asia, China, Middle East, Mediterranean, "
    "North Africa, Horn of Africa, Central Africa, Australia, briefly North and South America\n"
    "Result Allied victory\n\n"
    "In the third year of the war the Axis reached its greatest extent."
)

INFOBOX_TABLE: list[Row] = [
    ("1 September 1939", "DATE", "1939-09-01"),
    ("2 September 1945", "DATE", "1945-09-02"),
    ("6 years, 1 day", "DURATION", "P6Y1D"),
    ("the third year of the war", "DATE", "1941"),
]


THIRTY_YEARS = (
    "The Thirty Years' War began with the Defenestration of Prague on 23 May 1618. Ferdinand II "
    "was elected emperor in August 1619, and the Bohemian revolt was crushed at the White "
    "Mountain on 8 November 1620. By the war's fifth year the Palatinate was lost. Previously, "
    "in 1609, Rudolf II had granted the Letter of Majesty. Tilly sacked Magdeburg in the "
    "campaigning season of 1631."
)

THIRTY_YEARS_TABLE: list[Row] = [
    ("23 May 1618", "DATE", "1618-05-23"),
    ("August 1619", "DATE", "1619-08"),
    ("8 November 1620", "DATE", "1620-11-08"),
    ("the war's fifth year", "DATE", "1622"),
    ("1609", "DATE", "1609"),
    ("the campaigning season of 1631", "DATE", "1631"),
]


PASSAGES = [
    pytest.param(SOMME, SOMME_TABLE, id="somme"),
    pytest.param(MARKET_GARDEN, MARKET_GARDEN_TABLE, id="market-garden"),
    pytest.param(TUNISIA, TUNISIA_TABLE, id="tunisia"),
    pytest.param(FRONTS, FRONTS_TABLE, id="fronts"),
    pytest.param(END_IN_EUROPE, END_IN_EUROPE_TABLE, id="end-in-europe"),
    pytest.param(INFOBOX, INFOBOX_TABLE, id="infobox"),
    pytest.param(THIRTY_YEARS, THIRTY_YEARS_TABLE, id="thirty-years"),
]


@pytest.mark.parametrize(("text", "table"), PASSAGES)
def test_war_history_reads_as_its_table(text: str, table: list[Row]) -> None:
    """Each passage read as a narrative gives every mention of its table, with its value."""
    assert _mentions(text, genre="narrative") == table


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "In 1941 the Germans reached Moscow. Years before, in 1939, Stalin had signed a pact "
            "with Hitler. In August he had divided Poland.\n\nIn December the Red Army "
            "counter-attacked.",
            ["1941", "1939", "1939-08", "1941-12"],
        ),
        (
            "In 1944 the Allies reached the Rhine. A few years earlier, in 1940, the Germans had "
            "crossed it. In May they took Sedan.\n\nIn March the Allies crossed at Remagen.",
            # "A few years earlier" is tagged too, a year of the 1940s
            ["1944", "194", "1940", "1940-05", "1944-03"],
        ),
        (
            "In 1916 Verdun held. Long before, in 1871, France had lost Alsace. In May the peace "
            "was signed.\n\nIn July the Somme offensive began.",
            ["1916", "1871", "1871-05", "1916-07"],
        ),
    ],
)
def test_a_paragraph_years_before_is_a_detour(text: str, expected: list[str]) -> None:
    """ "Years before, in 1939", "A few years earlier, in 1940", "Long before, in 1871": the
    paragraph tells that year; the next one goes on with the story's."""
    assert [v for _, _, v in _mentions(text, genre="narrative")] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Crimean War broke out in October 1853. In 1854 the allies landed. In the third "
            "year of the war Sevastopol fell.",
            "1855",
        ),
        (
            "The siege of Candia began in 1648. In 1650 the Venetians held. By the siege's "
            "twelfth year the city starved.",
            "1659",
        ),
        ("The occupation began in 1940. In the fifth year of the occupation Paris rose.", "1944"),
    ],
)
def test_the_nth_year_of_a_war_counts_from_where_the_story_began(text: str, expected: str) -> None:
    """ "the second year of the war" is counted from the first year the story dated."""
    assert _mentions(text, genre="narrative")[-1][2] == expected


@pytest.mark.parametrize(
    "text",
    [
        "The 101st Airborne and Army Group Center were ordered to hold Hill 609 and Route 66.",
        "The 1st Armored Division lost 1,500 men; the 34th lost 4,000.",
        "The interwar years and the post-war period saw a long peace.",
        "It was the second year of the decade.",
        "H-Hour was postponed.",
    ],
)
def test_units_hills_routes_counts_and_event_periods_are_no_dates(text: str) -> None:
    """Units, hills, routes, counts of men, periods named by events, the year of a decade
    and H-Hour without its time are no dates."""
    assert _found(text) == []
