"""Held-out genre, twenty-sixth round: histories of military units and ships.

Passages written for these tests in the style of English Wikipedia's articles on regiments,
battalions, divisions, squadrons and warships: lineages ("raised in 1689", "Constituted 1
October 1933 in the Regular Army", "redesignated the 2nd Battalion on 15 July 1940",
"disbanded in 1922 and reformed in 1939", "amalgamated ... in 1959", "inactivated on 31 March
1946 at Camp Kilmer"), ships' service ("laid down on 12 March 1940, launched on 4 November
1941 and commissioned in May 1942", "decommissioned on 1 July 1946, struck from the Naval
Vessel Register on 1 June 1970 and sold for scrap the following year", "three war cruises",
"spent the next eight months in refit", "recommissioned for the Korean War"), squadrons ("flew
its first mission on 16 May", "moved to RAF Leuchars in 1941", "re-equipped with Spitfires in
early 1942", "flew 3,000 sorties over the next two years"), battle honours and campaigns
("received eight battle stars for World War II service", "the Battle of the Bulge (16 December
1944 – 25 January 1945)", "the Presidential Unit Citation for actions on 6–7 June 1944",
"Atlantic 1941–43") and commanders' tables ("Col. John Smith (1942–1943)"), read as narratives
with no document date: each date is anchored by the text's own dates.

Earlier rounds (tests/test_war*.py) already test "the night of 5/6 June" and "the night of 1–2
August 1943" (its two days), "the winter of 1941–42", "D-Day", "PT-109" and "Task Force 58";
they are used here only as steps of the text.

Conventions followed (the project's, after TimeBank):
- a lineage's or a ship's steps are dates each, with or without "on" ("Constituted 1 October
  1933", "Activated 1 June 1941 at Fort Benning"), and a ship's infobox line ("Laid down: 12
  March 1940") is its date;
- a span of days written once, "6–7 June 1944", and one in brackets after a battle, "(16
  December 1944 – 25 January 1945)", are two dates, as TimeBank's "from 1 to 3 July";
- a battle honour's or a commander's years, "Atlantic 1941–43", "(1942–1943)", are two years,
  the second with the century of the first;
- "the next eight months", "over the next two years", "a six-month refit" and "for eight days"
  are DURATIONs, "the following year", "three months later" and "that summer" count from the
  last date told;
- hull, pennant, boat and aircraft numbers, squadrons, task forces, units, hills, marks and
  types ("DD-445", "Pennant number G64", "U-110", "No. 617 Squadron", "Task Force 58", "the
  101st Airborne", "the 442nd", "1st Battalion", "Hill 609", "Spitfire Mk IX", "Type 1934A",
  "the Model 1903 Springfield") are no dates.
New here:
- a season a unit or a ship "spent" or "passed" is that season of the story's year, as "in the
  summer" is: "arrived in England in May 1940 and spent the summer on the south coast" is
  1940-SU (was nothing), "spent the winter on Arctic convoys" after 1943 is 1943-WI;
- a year written with an apostrophe in a story told of an earlier century is of the story's
  century: "raised in 1741 and fought at Fontenoy in '45" is 1745, "sailed for Quebec in 1759
  and returned in '63" 1763 (were 1945 and 1963); a story of 1944 keeps "the war ended in '45"
  as 1945.
"""

from __future__ import annotations

import pytest
from passages import ModRow
from passages import found_in_narrative as _found
from passages import mentions_with_mods as _mentions_with_mods


def _narrative(text: str) -> list[ModRow]:
    return _mentions_with_mods(text, genre="narrative")


HIGHLANDERS = (
    "The regiment was raised in 1689 as the Earl of Leven's Regiment and fought at Killiecrankie "
    "that summer. Its 2nd Battalion was disbanded in 1922 and reformed in 1939, and the regiment "
    "was amalgamated with the Royal Scots Fusiliers in 1959 to form the Royal Highland Fusiliers."
)

HIGHLANDERS_TABLE: list[ModRow] = [
    ("1689", "DATE", "1689"),
    ("that summer", "DATE", "1689-SU"),
    ("1922", "DATE", "1922"),
    ("1939", "DATE", "1939"),
    ("1959", "DATE", "1959"),
]


LINEAGE = (
    "Constituted 1 October 1933 in the Regular Army as Company A, 66th Infantry. Redesignated "
    "the 2nd Battalion on 15 July 1940 and activated on 1 June 1941 at Fort Benning, Georgia. "
    "Inactivated on 31 March 1946 at Camp Kilmer, New Jersey. Allotted 24 June 1948 to the "
    "Organized Reserve Corps; redesignated 9 July 1952 as the Army Reserve."
)

LINEAGE_TABLE: list[ModRow] = [
    ("1 October 1933", "DATE", "1933-10-01"),
    ("15 July 1940", "DATE", "1940-07-15"),
    ("1 June 1941", "DATE", "1941-06-01"),
    ("31 March 1946", "DATE", "1946-03-31"),
    ("24 June 1948", "DATE", "1948-06-24"),
    ("9 July 1952", "DATE", "1952-07-09"),
]


FLETCHER = (
    "USS Fletcher (DD-445) was laid down on 12 March 1940, launched on 4 November 1941 and "
    "commissioned in May 1942. After a six-month refit she spent the next eight months in the "
    "Solomons, and in January 1944 she joined Task Force 58 for the raids on the Marshalls."
)

FLETCHER_TABLE: list[ModRow] = [
    ("12 March 1940", "DATE", "1940-03-12"),
    ("4 November 1941", "DATE", "1941-11-04"),
    ("May 1942", "DATE", "1942-05"),
    ("six-month", "DURATION", "P6M"),
    ("the next eight months", "DURATION", "P8M"),
    ("January 1944", "DATE", "1944-01"),
]


INFOBOX = (
    "Laid down: 12 March 1940. Launched: 4 November 1941. Commissioned: 30 June 1942. "
    "Decommissioned: 1 July 1946. Struck: 1 June 1970. Fate: Sold for scrap, 1971. Hull "
    "number DD-445."
)

INFOBOX_TABLE: list[ModRow] = [
    ("12 March 1940", "DATE", "1940-03-12"),
    ("4 November 1941", "DATE", "1941-11-04"),
    ("30 June 1942", "DATE", "1942-06-30"),
    ("1 July 1946", "DATE", "1946-07-01"),
    ("1 June 1970", "DATE", "1970-06-01"),
    ("1971", "DATE", "1971"),
]


STRUCK = (
    "The destroyer received eight battle stars for World War II service. She was decommissioned "
    "on 1 July 1946, struck from the Naval Vessel Register on 1 June 1970 and sold for scrap "
    "the following year, after 24 years on the Navy List."
)

STRUCK_TABLE: list[ModRow] = [
    ("1 July 1946", "DATE", "1946-07-01"),
    ("1 June 1970", "DATE", "1970-06-01"),
    ("the following year", "DATE", "1971"),
    ("24 years", "DURATION", "P24Y"),
]


WAR_CRUISES = (
    "The submarine made three war cruises between August 1942 and March 1943, then spent the "
    "next eight months in refit at Mare Island. Her fourth patrol, from 3 to 28 February 1944, "
    "lasted 26 days and took her to the East China Sea."
)

WAR_CRUISES_TABLE: list[ModRow] = [
    ("August 1942", "DATE", "1942-08"),
    ("March 1943", "DATE", "1943-03"),
    ("the next eight months", "DURATION", "P8M"),
    # a span of days written once: two dates
    ("3", "DATE", "1944-02-03"),
    ("28 February 1944", "DATE", "1944-02-28"),
    ("26 days", "DURATION", "P26D"),
]


KOREA = (
    "The carrier was placed in reserve in January 1947 and recommissioned for the Korean War on "
    "12 October 1950. She made two deployments to Korean waters over the next three years, "
    "spent 1954 in the yard at Puget Sound and was decommissioned for the last time in 1957."
)

KOREA_TABLE: list[ModRow] = [
    ("January 1947", "DATE", "1947-01"),
    ("12 October 1950", "DATE", "1950-10-12"),
    ("the next three years", "DURATION", "P3Y"),
    ("1954", "DATE", "1954"),
    ("1957", "DATE", "1957"),
]


DAMBUSTERS = (
    "No. 617 Squadron was formed at RAF Scampton on 21 March 1943 and flew its first mission on "
    "the night of 16/17 May. It moved to RAF Woodhall Spa in January 1944, and in the spring "
    "it was re-equipped with the Lancaster B Mk I Special to carry the Grand Slam."
)

DAMBUSTERS_TABLE: list[ModRow] = [
    ("21 March 1943", "DATE", "1943-03-21"),
    ("16", "DATE", "1943-05-16"),
    ("17 May", "DATE", "1943-05-17"),
    ("January 1944", "DATE", "1944-01"),
    ("the spring", "DATE", "1944-SP"),
]


LEUCHARS = (
    "The squadron moved to RAF Leuchars in 1941 and re-equipped with Spitfires in early 1942. "
    "It flew 3,000 sorties over the next two years, converted to the Spitfire Mk IX in the "
    "autumn of 1943 and was disbanded at Gatow on 31 March 1946."
)

LEUCHARS_TABLE: list[ModRow] = [
    ("1941", "DATE", "1941"),
    ("early 1942", "DATE", "1942", "START"),
    ("the next two years", "DURATION", "P2Y"),
    ("the autumn of 1943", "DATE", "1943-FA"),
    ("31 March 1946", "DATE", "1946-03-31"),
]


BULGE = (
    "The division fought in the Battle of the Bulge (16 December 1944 – 25 January 1945) and "
    "held Bastogne for eight days. It crossed the Rhine in late March and ended the war in "
    "Bavaria on 8 May."
)

BULGE_TABLE: list[ModRow] = [
    ("16 December 1944", "DATE", "1944-12-16"),
    ("25 January 1945", "DATE", "1945-01-25"),
    ("eight days", "DURATION", "P8D"),
    ("late March", "DATE", "1945-03", "END"),
    ("8 May", "DATE", "1945-05-08"),
]


CITATION = (
    "The battalion was awarded the Presidential Unit Citation for actions on 6–7 June 1944 in "
    "Normandy. It jumped into the Netherlands three months later and served with the 101st "
    "Airborne until it returned to the United States in November 1945."
)

CITATION_TABLE: list[ModRow] = [
    ("6", "DATE", "1944-06-06"),
    ("7 June 1944", "DATE", "1944-06-07"),
    ("three months later", "DATE", "1944-09"),
    ("November 1945", "DATE", "1945-11"),
]


COMMANDERS = (
    "Commanding officers: Col. John Smith (1942–1943), Lt. Col. Henry Brown (1943–1945), Col. "
    "Robert Hale (June 1945 – March 1946). Battle honours: Atlantic 1941–43, Normandy 1944."
)

COMMANDERS_TABLE: list[ModRow] = [
    ("1942", "DATE", "1942"),
    ("1943", "DATE", "1943"),
    ("1943", "DATE", "1943"),
    ("1945", "DATE", "1945"),
    ("June 1945", "DATE", "1945-06"),
    ("March 1946", "DATE", "1946-03"),
    ("1941", "DATE", "1941"),
    ("43", "DATE", "1943"),
    ("1944", "DATE", "1944"),
]


ONSLOW = (
    "HMS Onslow (pennant number G17) was completed on 8 October 1941. Three weeks later she "
    "escorted her first Arctic convoy, and she fought at the Battle of the Barents Sea on 31 "
    "December 1942, when her captain won the Victoria Cross."
)

ONSLOW_TABLE: list[ModRow] = [
    ("8 October 1941", "DATE", "1941-10-08"),
    # three weeks after Wednesday 8 October 1941: the week of the 29th
    ("Three weeks later", "DATE", "1941-W44"),
    ("31 December 1942", "DATE", "1942-12-31"),
]


NISEI = (
    "The 442nd was activated on 1 February 1943 and trained at Camp Shelby for over a year. It "
    "entered combat in Italy in June 1944, lost 800 men in the Vosges that autumn and was "
    "inactivated at Honolulu on 15 August 1946."
)

NISEI_TABLE: list[ModRow] = [
    ("1 February 1943", "DATE", "1943-02-01"),
    ("a year", "DURATION", "P1Y"),
    ("June 1944", "DATE", "1944-06"),
    ("that autumn", "DATE", "1944-FA"),
    ("15 August 1946", "DATE", "1946-08-15"),
]


PASSAGES = [
    pytest.param(HIGHLANDERS, HIGHLANDERS_TABLE, id="highlanders"),
    pytest.param(LINEAGE, LINEAGE_TABLE, id="lineage"),
    pytest.param(FLETCHER, FLETCHER_TABLE, id="fletcher"),
    pytest.param(INFOBOX, INFOBOX_TABLE, id="infobox"),
    pytest.param(STRUCK, STRUCK_TABLE, id="struck"),
    pytest.param(WAR_CRUISES, WAR_CRUISES_TABLE, id="war-cruises"),
    pytest.param(KOREA, KOREA_TABLE, id="korea"),
    pytest.param(DAMBUSTERS, DAMBUSTERS_TABLE, id="dambusters"),
    pytest.param(LEUCHARS, LEUCHARS_TABLE, id="leuchars"),
    pytest.param(BULGE, BULGE_TABLE, id="bulge"),
    pytest.param(CITATION, CITATION_TABLE, id="citation"),
    pytest.param(COMMANDERS, COMMANDERS_TABLE, id="commanders"),
    pytest.param(ONSLOW, ONSLOW_TABLE, id="onslow"),
    pytest.param(NISEI, NISEI_TABLE, id="nisei"),
]


@pytest.mark.parametrize(("text", "table"), PASSAGES)
def test_unit_and_ship_histories_read_as_their_tables(text: str, table: list[ModRow]) -> None:
    """Each passage, read as a narrative, yields exactly its table."""
    assert _narrative(text) == table


@pytest.mark.parametrize(
    "text",
    [
        "Hull number DD-445 was reassigned; U-boat U-110 was captured intact.",
        "Squadron 617 is also written No. 617 Squadron.",
        "The 101st Airborne relieved the 442nd on Hill 609.",
        "The 1st Battalion flew the Spitfire Mk IX alongside a Type 1934A destroyer.",
        "Task Force 58 steamed past Pennant number G64.",
        "LST-325, VMF-214 and CV-6 served with the 2/14th Battalion and the 1/7 Marines.",
        "HMS Hood (51) was renamed TCG Gaziantep (D 344) after Z5 and U-47 were sunk.",
        "The men carried the Model 1903 Springfield and Pattern 1937 web equipment.",
        "The 357th Fighter Group flew the P-51D; the 100th Bomb Group the B-17F.",
    ],
)
def test_hulls_pennants_squadrons_units_and_marks_are_no_dates(text: str) -> None:
    """Hull, pennant, boat and aircraft numbers, squadrons, task forces, units, hills, marks,
    types and rifles' models: no dates."""
    assert _found(text) == []


@pytest.mark.parametrize(
    ("text", "row"),
    [
        pytest.param(
            "The battalion arrived in England in May 1940 and spent the summer on the south coast.",
            ("the summer", "DATE", "1940-SU"),
            id="spent-the-summer",
        ),
        pytest.param(
            "The ship was refitted in 1943 and spent the winter on Arctic convoys.",
            ("the winter", "DATE", "1943-WI"),
            id="spent-the-winter",
        ),
        pytest.param(
            "The regiment landed at Bombay in 1857. It passed the spring in the hills above Poona.",
            ("the spring", "DATE", "1857-SP"),
            id="passed-the-spring",
        ),
        pytest.param(
            "The squadron reformed at Marham in 1946 and spent the winter months converting to "
            "Lincolns.",
            ("the winter months", "DATE", "1946-WI"),
            id="spent-the-winter-months",
        ),
    ],
)
def test_a_season_a_unit_spent_is_that_season_of_the_story(text: str, row: ModRow) -> None:
    """ "spent the summer", "passed the spring": the season of the story's year, as "in the
    summer" is."""
    assert _narrative(text)[-1] == row


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a season with its year is the season's own rule; "spent" keeps the year
        (
            "The battalion spent the summer of 1940 on the south coast.",
            ["the summer of 1940"],
        ),
        # a season's term, a holiday or a season's names are no season spent
        ("The cadets spent the summer holidays at home in 1950.", ["summer", "1950"]),
        ("He spent the Prague Spring in Vienna in 1968.", ["1968"]),
        # other things spent: no season
        ("The battalion spent the war in India and came home in 1946.", ["1946"]),
        ("The army spent the summer's pay before it arrived.", []),
        # a season before the noun it modifies is no season spent
        ("The convoy passed the winter solstice at sea in 1942.", ["1942"]),
        ("Parliament passed the summer estimates in 1913.", ["1913"]),
        # nor before an -ing noun it modifies
        ("The bill passed the winter meeting of the council in 1913.", ["1913"]),
        ("The council passed the winter funding bill in 1913.", ["1913"]),
        # an -ing noun the season modifies (ING_NOUN), no gerund
        ("The council passed the winter funding in 1913.", ["1913"]),
        ("The house passed the spring sitting of 1913 quietly.", ["1913"]),
        ("The pupils spent the summer reading list money in 1950.", ["1950"]),
    ],
)
def test_other_things_spent_are_no_such_seasons(text: str, expected: list[str]) -> None:
    """A season with its year, a term or a name, and other things spent keep their reading."""
    assert _found(text) == expected


def test_as_many_years_takes_the_count_before_it() -> None:
    """ "three Mediterranean deployments in as many years": three years, P3Y."""
    text = (
        "From 1955 to 1957 she served with the Sixth Fleet, making three Mediterranean "
        "deployments in as many years."
    )
    assert _narrative(text)[-1] == ("as many years", "DURATION", "P3Y")


@pytest.mark.parametrize(
    ("text", "row"),
    [
        pytest.param(
            "The regiment was raised in 1741 and fought at Fontenoy in '45.",
            ("'45", "DATE", "1745"),
            id="fontenoy",
        ),
        pytest.param(
            "The regiment was raised in 1741. It fought against the Jacobites in the '45 and "
            "was disbanded in '49.",
            ("'49", "DATE", "1749"),
            id="disbanded-in-49",
        ),
        pytest.param(
            "The regiment sailed for Quebec in 1759 and returned in '63.",
            ("'63", "DATE", "1763"),
            id="quebec",
        ),
        pytest.param(
            "In 1899 the regiment sailed for the Cape; it returned in '02.",
            ("'02", "DATE", "1902"),
            id="the-cape",
        ),
    ],
)
def test_an_apostrophe_year_in_an_earlier_centurys_story(text: str, row: ModRow) -> None:
    """ "raised in 1741 and fought at Fontenoy in '45": 1745, the century of the story, not
    the 20th century the two digits alone would guess."""
    assert _narrative(text)[-1] == row


@pytest.mark.parametrize(
    ("text", "row"),
    [
        # a story of the 20th or 21st century keeps the guess, looking back a century too
        pytest.param(
            "The battalion landed in Normandy in 1944; the war ended in '45.",
            ("'45", "DATE", "1945"),
            id="the-war-ended",
        ),
        pytest.param(
            "In 1960 the veterans of '45 met again.", ("'45", "DATE", "1945"), id="veterans"
        ),
        pytest.param(
            "She was commissioned in 2015, six years after the class of '09 graduated.",
            ("'09", "DATE", "2009"),
            id="class-of-09",
        ),
        pytest.param("Already planning summer '24", ("summer '24", "DATE", "2024-SU"), id="post"),
    ],
)
def test_an_apostrophe_year_in_a_modern_story_keeps_its_century(text: str, row: ModRow) -> None:
    """ "landed in Normandy in 1944; the war ended in '45": 1945, as before."""
    assert _narrative(text)[-1] == row
