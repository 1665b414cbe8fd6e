"""Held-out genre: histories in the style of English Wikipedia (campaigns, reigns, eras).

Each passage was written for these tests. Its table is what a reader annotating it by the
TimeML/TimeBank conventions would tag, with type and value, read as a narrative with no
document date (``genre="narrative"``): relative and partial expressions count from the last
date the story established. Extents follow TimeBank: "the following year" whole, "in 1805"
as "1805", "within a week" as the duration "a week" (the preposition is a signal), "three
months after the armistice" as the duration "Three months", "the night of 13–14 February
1945" as its two dates. The same passages must read the same with a document date of today
and ``genre="auto"``: a history talks about its own dates, not about the time of writing.
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


# ---- antiquity: eras, "c.", a participant's background --------------------------------------

ANCIENT = (
    "The Battle of Thermopylae was fought in c. 480 BC between an alliance of Greek "
    "city-states and the Persian Empire of Xerxes I, who had succeeded his father Darius in "
    "486 BC. Some 7,000 Greeks held the pass for three days. Later that year the Persian fleet "
    "was defeated at Salamis, and the following year the Greeks won at Plataea. In the 5th "
    "century BC Athens rose to dominance, and by 431 BC the Peloponnesian War had begun. "
    "Alexander the Great (356–323 BC) crossed into Asia in the spring of 334 BC. Julius Caesar "
    "crossed the Rubicon in January 49 BC and was killed on the Ides of March, 44 BC."
)
ANCIENT_TABLE: list[Row] = [
    ("c. 480 BC", "DATE", "-0479"),  # astronomical years: 1 BC is 0000
    # "who had succeeded ... in 486 BC" is Xerxes' background: the story stays in 480 BC
    ("486 BC", "DATE", "-0485"),
    ("three days", "DURATION", "P3D"),
    ("Later that year", "DATE", "-0479"),
    ("the following year", "DATE", "-0478"),
    ("the 5th century BC", "DATE", "-05"),
    ("431 BC", "DATE", "-0430"),
    ("356", "DATE", "-0355"),  # the era written once, after the second year
    ("323 BC", "DATE", "-0322"),
    ("the spring of 334 BC", "DATE", "-0333-SP"),
    ("January 49 BC", "DATE", "-0048-01"),
    ("the Ides of March, 44 BC", "DATE", "-0043-03-15"),
]


def test_ancient_history_eras_spans_and_a_participants_background() -> None:
    """BC years, "c.", a span with one era, a season and a month BC, the Ides of March; a date
    in a past-perfect relative clause does not move the story ("Later that year" is 480 BC)."""
    assert _mentions(ANCIENT, genre="narrative") == ANCIENT_TABLE


# ---- reigns and lives ----------------------------------------------------------------------

TUDORS = (
    "Henry VIII (28 June 1491 – 28 January 1547) was King of England from 22 April 1509 until "
    "his death in 1547. He succeeded his father, Henry VII (reigned 1485–1509). In the first "
    "half of the 16th century the English crown broke with Rome; the Act of Supremacy was "
    "passed in November 1534. James I ruled England from 1603 until his death in 1625, and his "
    "son Charles I (1625–1649) was executed on 30 January 1649. In the 12th century the "
    "Angevin kings had ruled half of France."
)
TUDORS_TABLE: list[Row] = [
    ("28 June 1491", "DATE", "1491-06-28"),
    ("28 January 1547", "DATE", "1547-01-28"),
    ("22 April 1509", "DATE", "1509-04-22"),
    ("1547", "DATE", "1547"),
    # a reign or a life in brackets: both ends, as TimeBank tags "from 1 to 3 July"
    ("1485", "DATE", "1485"),
    ("1509", "DATE", "1509"),
    # a half of a century is its start or end (TimeBank: "the last half of the '80s", 198 END)
    ("the first half of the 16th century", "DATE", "15"),
    ("November 1534", "DATE", "1534-11"),
    ("1603", "DATE", "1603"),
    ("1625", "DATE", "1625"),
    ("1625", "DATE", "1625"),
    ("1649", "DATE", "1649"),
    ("30 January 1649", "DATE", "1649-01-30"),
    ("the 12th century", "DATE", "11"),  # the 1100s
]


def test_reigns_lives_and_centuries() -> None:
    """ "(28 June 1491 – 28 January 1547)", "(reigned 1485–1509)", "from 1603 until his death
    in 1625", "(1625–1649)": each end a date; centuries and their halves."""
    assert _mentions(TUDORS, genre="narrative") == TUDORS_TABLE


MEDIEVAL = (
    "Charlemagne (742–814) was crowned emperor in Rome on Christmas Day 800. Rome itself had "
    "fallen in 476. The empire was divided in 843. The Thirty Years' War (1618–1648) "
    "devastated Central Europe in the first half of the 17th century, and the late 18th "
    "century brought the American and French revolutions. In the 1860s railways spread "
    "across the continent."
)
MEDIEVAL_TABLE: list[Row] = [
    ("742", "DATE", "0742"),
    ("814", "DATE", "0814"),
    ("Christmas Day 800", "DATE", "0800-12-25"),
    ("476", "DATE", "0476"),
    ("843", "DATE", "0843"),
    ("1618", "DATE", "1618"),
    ("1648", "DATE", "1648"),
    ("the first half of the 17th century", "DATE", "16"),
    ("the late 18th century", "DATE", "17"),
    ("the 1860s", "DATE", "186"),
]


def test_years_of_the_first_millennium_without_an_era() -> None:
    """Three-digit years after "in" at a clause's end or as a bracketed life are years; a
    holiday takes a three-digit year; "the Thirty Years' War" is a name."""
    assert _mentions(MEDIEVAL, genre="narrative") == MEDIEVAL_TABLE


# ---- the Napoleonic wars -------------------------------------------------------------------

HUNDRED_DAYS = (
    "Napoleon escaped from Elba on 26 February 1815 and landed near Cannes on 1 March. The "
    "period that followed is known as the Hundred Days. In the spring of 1815 the Seventh "
    "Coalition assembled two armies in Belgium. On 16 June Napoleon defeated the Prussians at "
    "Ligny, and two days later he was beaten at Waterloo, losing some 25,000 men. He abdicated "
    "on the 22nd of June and was exiled to Saint Helena, where he died on 5 May 1821."
)
HUNDRED_DAYS_TABLE: list[Row] = [
    ("26 February 1815", "DATE", "1815-02-26"),
    ("1 March", "DATE", "1815-03-01"),
    # "the Hundred Days" is the name of a period (like "the Hundred Years' War"), not a
    # length to put on a timeline: untagged
    ("the spring of 1815", "DATE", "1815-SP"),
    ("16 June", "DATE", "1815-06-16"),
    ("two days later", "DATE", "1815-06-18"),
    ("the 22nd of June", "DATE", "1815-06-22"),
    ("5 May 1821", "DATE", "1821-05-05"),
]


def test_napoleon_day_first_dates_ordinals_and_a_named_period() -> None:
    """British day-first dates, "the 22nd of June", a season of a year; "the Hundred Days" is a
    name, "25,000 men" a count."""
    assert _mentions(HUNDRED_DAYS, genre="narrative") == HUNDRED_DAYS_TABLE


PENINSULA = (
    "On the 2nd of May 1808 the people of Madrid rose against the French garrison. The next "
    "day, the 3rd of May, hundreds of prisoners were shot. Later that month the Spanish "
    "provinces rose in revolt, and in July 1808 a French corps of 18,000 men surrendered at "
    "Bailén. Wellington landed in Portugal on 1 August 1808; on the 21st he beat Junot at "
    "Vimeiro. The year before, a French army had crossed Spain to invade Portugal. The war "
    "lasted until 1814."
)
PENINSULA_TABLE: list[Row] = [
    ("the 2nd of May 1808", "DATE", "1808-05-02"),
    ("The next day", "DATE", "1808-05-03"),
    ("the 3rd of May", "DATE", "1808-05-03"),
    ("Later that month", "DATE", "1808-05"),
    ("July 1808", "DATE", "1808-07"),
    ("1 August 1808", "DATE", "1808-08-01"),
    ("the 21st", "DATE", "1808-08-21"),  # a day of the month the story is in
    ("The year before", "DATE", "1807"),
    ("1814", "DATE", "1814"),
]


def test_peninsular_war_bare_days_of_the_month_and_looks_back() -> None:
    """ "On the 21st" is a day of the story's month; "The year before," looks back from it."""
    assert _mentions(PENINSULA, genre="narrative") == PENINSULA_TABLE


# ---- the American Civil War ----------------------------------------------------------------

CIVIL_WAR = (
    "The war began at 4:30 a.m. on April 12, 1861, when Confederate batteries fired on Fort "
    "Sumter. Within a week Virginia had seceded. The Union suffered some 13,000 casualties at "
    "Shiloh in April 1862, and later that month New Orleans fell. Vicksburg surrendered on "
    "July 4, 1863; the same day Lee began his retreat from Gettysburg. By the end of the war "
    "more than 620,000 soldiers had died. Lee surrendered at Appomattox on April 9, 1865, and "
    "Lincoln was shot five days later."
)
CIVIL_WAR_TABLE: list[Row] = [
    ("4:30 a.m. on April 12, 1861", "TIME", "1861-04-12T04:30"),
    ("a week", "DURATION", "P1W"),  # "within" is a signal, as in TimeBank
    ("April 1862", "DATE", "1862-04"),
    ("later that month", "DATE", "1862-04"),
    ("July 4, 1863", "DATE", "1863-07-04"),
    ("the same day", "DATE", "1863-07-04"),
    # "the end of the war" is the end of an event, no date: untagged
    ("April 9, 1865", "DATE", "1865-04-09"),
    ("five days later", "DATE", "1865-04-14"),
]


def test_civil_war_american_dates_and_anaphora() -> None:
    """Month-first dates with a clock time, "later that month", "the same day", "five days
    later"; "the end of the war" and casualty counts are no dates."""
    assert _mentions(CIVIL_WAR, genre="narrative") == CIVIL_WAR_TABLE


# ---- the world wars ------------------------------------------------------------------------

GREAT_WAR = (
    "The First World War (1914–18) cost the British Army nearly 700,000 dead. On 1 July 1916 "
    "the army suffered 57,470 casualties. In late 1917 the Bolsheviks seized power in Russia, "
    "and the following March they made peace at Brest-Litovsk. The armistice was signed on 11 "
    "November 1918 and took effect at 11 o'clock that morning. Three months after the "
    "armistice the peace conference was still sitting in Paris; the treaty was signed on 28 "
    "June 1919. The interwar period saw the boom of the 1920s and the Depression of the early "
    "1930s. Later that year the treaty was ratified."
)
GREAT_WAR_TABLE: list[Row] = [
    ("1914", "DATE", "1914"),
    ("18", "DATE", "1918"),  # "(1914–18)": the second year in the first one's century
    ("1 July 1916", "DATE", "1916-07-01"),
    ("late 1917", "DATE", "1917"),
    ("the following March", "DATE", "1918-03"),  # the first March after late 1917
    ("11 November 1918", "DATE", "1918-11-11"),
    ("11 o'clock that morning", "TIME", "1918-11-11T11:00"),
    # TimeBank tags "N units after X" as the duration (a signal and an event follow it); a
    # date three months after an event the text does not date is no calendar value
    ("Three months", "DURATION", "P3M"),
    ("28 June 1919", "DATE", "1919-06-28"),
    # "the interwar period" names a period by events: untagged
    ("the 1920s", "DATE", "192"),
    ("the early 1930s", "DATE", "193"),
    # a decade does not give "that year" a year: it is the story's, 1919
    ("Later that year", "DATE", "1919"),
]


def test_first_world_war_following_months_clock_times_and_decades() -> None:
    """ "the following March" after "late 1917" is March 1918; "11 o'clock that morning" is one
    TIME on the armistice's day; "Later that year" after a decade counts from the last year."""
    assert _mentions(GREAT_WAR, genre="narrative") == GREAT_WAR_TABLE


SECOND_WAR = (
    "In the winter of 1941–42 the Wehrmacht stalled before Moscow. By mid-1943 the tide had "
    "turned: the US 34th Infantry Division took Hill 609 on 1 May 1943, capturing 2,000 "
    "prisoners. In late 1944 the Allies reached the German border. On the night of 13–14 "
    "February 1945 British and American bombers attacked Dresden; a few weeks later the Rhine "
    "was crossed. In the early hours of 7 May 1945 Germany signed its surrender at Reims, and "
    "it took effect the next day."
)
SECOND_WAR_TABLE: list[Row] = [
    ("the winter of 1941–42", "DATE", "1941-WI"),
    ("mid-1943", "DATE", "1943"),
    ("1 May 1943", "DATE", "1943-05-01"),
    ("late 1944", "DATE", "1944"),
    # TimeBank tags the date of "the night of Oct. 23"; a range of two days gives two dates
    ("13", "DATE", "1945-02-13"),
    ("14 February 1945", "DATE", "1945-02-14"),
    # a vague count of weeks: TimeBank's "several years ago" is PAST_REF
    ("a few weeks later", "DATE", "1945"),  # 2-4 weeks after mid-February: March, or not
    ("7 May 1945", "DATE", "1945-05-07"),  # "the early hours of": only the date, as above
    ("the next day", "DATE", "1945-05-08"),
]


def test_second_world_war_winters_nights_and_early_hours() -> None:
    """A winter across two years, "mid-1943", "late 1944", a night of two days; "Hill 609" and
    "2,000 prisoners" are no years."""
    assert _mentions(SECOND_WAR, genre="narrative") == SECOND_WAR_TABLE


TITANIC = (
    "At 11:40 p.m. on 14 April 1912 the Titanic struck an iceberg, and she sank at 2:20 a.m. "
    "the following morning. Of some 2,224 people aboard, more than 1,500 died. The Carpathia "
    "reached New York on the evening of 18 April. Two weeks later a Senate inquiry opened. "
    "The year before, the ship had been launched at Belfast."
)
TITANIC_TABLE: list[Row] = [
    ("11:40 p.m. on 14 April 1912", "TIME", "1912-04-14T23:40"),
    ("2:20 a.m. the following morning", "TIME", "1912-04-15T02:20"),
    ("18 April", "DATE", "1912-04-18"),
    ("Two weeks later", "DATE", "1912-W18"),
    ("The year before", "DATE", "1911"),
]


def test_clock_times_on_the_storys_next_day() -> None:
    """ "2:20 a.m. the following morning" is one TIME, on the day after the collision."""
    assert _mentions(TITANIC, genre="narrative") == TITANIC_TABLE


# ---- after 1945 ----------------------------------------------------------------------------

KOREA_VIETNAM = (
    "The Korean War began on 25 June 1950, when 75,000 North Korean troops crossed the 38th "
    "parallel. UN forces landed at Inchon on 15 September, and within two weeks Seoul had "
    "been recaptured. Chinese forces entered the war in late October 1950. An armistice was "
    "signed on 27 July 1953 after two years of negotiations. In Vietnam the Tet Offensive "
    "began on January 30, 1968, and in the spring of that year peace talks opened in Paris. "
    "North Vietnamese divisions advanced down Highway 1 in the spring of 1975, and Saigon "
    "fell on April 30."
)
KOREA_VIETNAM_TABLE: list[Row] = [
    ("25 June 1950", "DATE", "1950-06-25"),
    ("15 September", "DATE", "1950-09-15"),
    ("two weeks", "DURATION", "P2W"),
    ("late October 1950", "DATE", "1950-10"),
    ("27 July 1953", "DATE", "1953-07-27"),
    ("two years", "DURATION", "P2Y"),
    ("January 30, 1968", "DATE", "1968-01-30"),
    ("the spring of that year", "DATE", "1968-SP"),
    ("the spring of 1975", "DATE", "1975-SP"),
    ("April 30", "DATE", "1975-04-30"),
]


def test_korea_and_vietnam_seasons_of_the_storys_year() -> None:
    """ "the spring of that year" is the story's year; "the 38th parallel", "Highway 1" and
    "the Tet Offensive" are no dates."""
    assert _mentions(KOREA_VIETNAM, genre="narrative") == KOREA_VIETNAM_TABLE


DECOLONISATION = (
    "India and Pakistan became independent in August 1947. Over the following decade most of "
    "British Asia followed. Ghana became independent on 6 March 1957, and in 1960 seventeen "
    "African states gained independence. The Algerian War (1954–62) ended with the Évian "
    "Accords of 18 March 1962; independence followed on 5 July. The next two years saw Kenya, "
    "Zanzibar and Malawi become independent."
)
DECOLONISATION_TABLE: list[Row] = [
    ("August 1947", "DATE", "1947-08"),
    # TimeBank: "the next five years" is a DURATION (its start the anchor)
    ("the following decade", "DURATION", "P10Y"),
    ("6 March 1957", "DATE", "1957-03-06"),
    ("1960", "DATE", "1960"),
    ("1954", "DATE", "1954"),
    ("62", "DATE", "1962"),
    ("18 March 1962", "DATE", "1962-03-18"),
    ("5 July", "DATE", "1962-07-05"),
    ("The next two years", "DURATION", "P2Y"),
]


def test_decolonisation_spans_that_follow() -> None:
    """ "Over the following decade", "The next two years" are durations; "5 July" is in the
    year the story reached."""
    assert _mentions(DECOLONISATION, genre="narrative") == DECOLONISATION_TABLE


COLD_WAR = (
    "The Berlin Blockade began on 24 June 1948 and lasted until 12 May 1949. In the early "
    "1950s both superpowers tested hydrogen bombs. The Berlin Wall went up on the night of "
    "12–13 August 1961. The Cuban Missile Crisis of October 1962 lasted thirteen days. The "
    "Prague Spring of 1968 was crushed in August. In the late 1980s reforms swept Eastern "
    "Europe; the Wall fell on 9 November 1989, and within a year Germany was reunified."
)
COLD_WAR_TABLE: list[Row] = [
    ("24 June 1948", "DATE", "1948-06-24"),
    ("12 May 1949", "DATE", "1949-05-12"),
    ("the early 1950s", "DATE", "195"),
    ("12", "DATE", "1961-08-12"),
    ("13 August 1961", "DATE", "1961-08-13"),
    ("October 1962", "DATE", "1962-10"),
    ("thirteen days", "DURATION", "P13D"),
    ("1968", "DATE", "1968"),  # "the Prague Spring" is a name, not the spring of 1968
    ("August", "DATE", "1968-08"),
    ("the late 1980s", "DATE", "198"),
    ("9 November 1989", "DATE", "1989-11-09"),
    ("a year", "DURATION", "P1Y"),
]


def test_cold_war_named_seasons_and_decades() -> None:
    """A season capitalised in a name ("the Prague Spring of 1968") leaves only its year."""
    assert _mentions(COLD_WAR, genre="narrative") == COLD_WAR_TABLE


REVOLUTIONS = (
    "In 1848 revolutions broke out across Europe. The year before, famine had struck Ireland. "
    "In June of the same year workers rose in Paris, and in the spring of the following year "
    "the Hungarian revolt was crushed. The second half of the century was calmer. Half a "
    "century later the old order still stood. Dust Bowl migrants of the 1930s drove west on "
    "Route 66, and 1,500 families settled in the valley in mid-1936."
)
REVOLUTIONS_TABLE: list[Row] = [
    ("1848", "DATE", "1848"),
    ("The year before", "DATE", "1847"),  # a look back: the story stays in 1848
    ("June of the same year", "DATE", "1848-06"),
    ("the spring of the following year", "DATE", "1849-SP"),
    ("The second half of the century", "DATE", "18"),
    ("Half a century later", "DATE", "1899"),  # fifty years after 1849
    ("the 1930s", "DATE", "193"),
    ("mid-1936", "DATE", "1936"),
]


def test_revolutions_years_of_the_story_and_halves() -> None:
    """ "June of the same year", "the spring of the following year", "the second half of the
    century", "Half a century later": all counted from the story's year."""
    assert _mentions(REVOLUTIONS, genre="narrative") == REVOLUTIONS_TABLE


PASSAGES = [
    ANCIENT,
    TUDORS,
    MEDIEVAL,
    HUNDRED_DAYS,
    PENINSULA,
    CIVIL_WAR,
    GREAT_WAR,
    SECOND_WAR,
    TITANIC,
    KOREA_VIETNAM,
    DECOLONISATION,
    COLD_WAR,
    REVOLUTIONS,
]


@pytest.mark.parametrize("text", PASSAGES, ids=lambda text: text[:30])
def test_auto_genre_reads_a_history_with_a_document_date_as_a_narrative(text: str) -> None:
    """With today's date as DCT, ``genre="auto"`` finds no talk of the time of writing and
    reads the history as a narrative: the same values as without a DCT."""
    dated = _mentions(text, dct=TODAY, genre="auto")
    assert dated == _mentions(text, genre="narrative")
    assert choose_genre(EXTRACTOR.find(text), dt.date.fromisoformat(TODAY)) is Genre.NARRATIVE


# ---- numbers that are not years ------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Napoleon had 1500 cavalry and 1200 guns; the British took 1700 prisoners.", []),
        ("An army of 1500 men and a fleet of 1200 ships sailed; he raised 1800 horse.", []),
        ("He raised 1800 horse and 1200 foot; the regiment lost 1800 killed.", []),
        ("The 34th Division took Hill 609 and Height 1200; Convoy 1941 sailed.", []),
        ("Division 1944 was disbanded, and Regiment 1812 marched on.", []),
        ("Traffic moved up Route 66 and Highway 1 past Point 175.", []),
        ("Security Council Resolution 1441 cited Executive Order 9066.", []),
        ("The fortress stood at 1,800 metres; the army marched 1,200 km.", []),
        ("By the end of the war more than 620,000 soldiers had died.", []),
        ("The interwar period was short; the Middle Ages were long.", []),
        ("The 12th Army attacked; its staff lived on the 5th floor.", []),
        ("One in 500 soldiers died; the army grew in 300 ways.", []),
    ],
)
def test_troop_counts_hills_and_routes_are_not_years(text: str, found: list[str]) -> None:
    """Counts of men, guns and ships, numbered hills, routes and units are no dates."""
    assert _found(text) == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("The period that followed is known as the Hundred Days.", []),
        ("The Easter Rising and the Christmas Truce are remembered.", []),
        ("Easter Island was reached on Easter Day 1722.", ["Easter Day 1722"]),
        ("The 26th of July Movement and the May Fourth Movement were revolutionary.", []),
        ("During the second half of the war the Allies dominated.", []),
        ("The Prague Spring of 1968 was crushed.", ["1968"]),
        ("The Seven Years' War (1756–1763) was a global conflict.", ["1756", "1763"]),
    ],
)
def test_names_of_periods_and_events_are_not_dates(text: str, found: list[str]) -> None:
    """Periods and events named by a length, a holiday, a day or a season are names; the
    half of a war is no calendar half."""
    assert _found(text) == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("By 1700 settlers had arrived.", ["1700"]),
        ("In the summer of 1800 troops mutinied.", ["the summer of 1800"]),
        ("In 1500 men were few.", ["1500"]),
        ("The castle fell in 1200, and 1,200 men died.", ["1200"]),
    ],
)
def test_years_before_counted_words_stay_years(text: str, found: list[str]) -> None:
    """A year marked by a preposition stays a year, whatever noun follows."""
    assert _found(text) == found


@pytest.mark.parametrize(
    ("text", "row"),
    [
        (
            "On 6 June 1944 the Allies landed. That afternoon they took the beach.",
            ("That afternoon", "TIME", "1944-06-06TAF"),
        ),
        (
            "In June 1944 the Allies landed. That evening they took the beach.",
            ("That evening", "TIME", "1944-06-XXTEV"),
        ),
        (
            "In 1944 the Allies landed. That night they took the beach.",
            ("That night", "TIME", "1944-XX-XXTNI"),
        ),
        (
            "In 1944 the Allies landed. The next morning they took the beach.",
            ("The next morning", "TIME", "1944-XX-XXTMO"),
        ),
    ],
)
def test_a_time_of_day_after_a_year_or_a_month_leaves_the_day_unknown(text: str, row: Row) -> None:
    """ "That afternoon" is the story's day when the story gave one; after "In 1944" it is an
    afternoon of 1944 whose day is unknown (1944-XX-XXTAF), not the whole year."""
    assert _mentions(text, genre="narrative")[1] == row


def test_the_story_stays_at_its_year_after_a_time_of_day_with_no_day() -> None:
    """An afternoon of an unknown day dates nothing after it: "the next day" still counts from
    1944, the only date the story gave."""
    text = "In 1944 the Allies landed. That afternoon they took the beach. The next day they left."
    assert _mentions(text, genre="narrative")[2] == ("The next day", "DATE", "1944")
