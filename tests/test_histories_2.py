"""Held-out genre, second round of histories: Wikipedia articles on towns, companies, clubs,
universities, art movements, sciences and countries, and the war histories not yet covered
(the Norman conquest, the American Revolutionary War, the Soviet–Afghan War, the Winter
War, Stalingrad, Verdun), read as narratives.

Each passage was written for these tests. Its table is what a reader annotating it by the
TimeML/TimeBank conventions would tag, with type and value, read with ``genre="narrative"``
and no document date; the same passages read with ``genre="auto"`` and a document date long
after the events give the same values, except that the writer's "Today" is then that date.
Conventions as in tests/test_history.py and tests/test_biographies.py: "c. 1200" and "circa
1450" are whole (mod APPROX); a life or a reign in brackets, "(1564–1616)", "(r. 1558–1603)",
tags both years, and "the reign of" nothing; "1870–71" and a club's "1998–99 season" are two
years; "the interwar period", "the post-war years", "the years after the war" name periods by
events and are untagged; "the following decades" is a vague duration (PXDE); "A century later"
has the granularity of its unit; the writer's "Today" and "currently" are PRESENT_REF without a
document date. New here: a part of a century or a decade is one date with its mod ("the last
quarter of the 19th century" 18 END, "the first decade of the 20th century" 19 START, "the end
of the 3rd century AD", "the turn of the 20th century"); a sentence that names the start and
the end of one thing ("began on 24 December 1979 and ended on 15 February 1989") is told from
the start, and inside such a span the story goes on ("By the end of December ... In early
February" is the February still ahead; "(23 August 1942 – 2 February 1943) ... on 31
January" is 1943), and a bare clock time after it is of its first day; a citation marker
after the stop ("in 1801.[13] Today") ends the sentence; a semicolon ends the clause whose
tense "today" takes; years BC written with a comma ("10,000 BC"); a holiday's part of the day
("Christmas night") is one TIME; a year spelled out as a title ("Nineteen Eighty-Four") is no
date; "the turn of the century" is the nearest one (after 1897, the 1900s); "the 1860s and 70s"
is two decades of one century; "5,000 years ago" in a dated history counts from the document
date.
"""

from __future__ import annotations

import datetime as dt

import pytest
from dateutil.easter import easter
from passages import Row, both_ways
from passages import found_in_narrative as _found
from passages import mentions as _mentions

from chrono import extract_document

LATER_DCT = "2024-05-01"


# ---- a town: approximate years, parts of centuries, the writer's present -------------------

TOWN = (
    "Kestrel Bay was settled by Norse traders c. 1200, and a stone church was built there "
    "circa 1450. The earlier village had been burned in 1066. During the mid-12th century the "
    "harbour silted up, and in the late 1600s the town revived as a fishing port. The early "
    "19th century brought the railway; the last quarter of the 19th century brought the "
    "shipyards. By 1903 the town had 20,000 inhabitants, and at the turn of the century it was "
    "the busiest port in the county.[12] In the 1920s and 1930s the shipyards closed, and the "
    "interwar period was one of decline. The town had a population of 1,200 in 1801.[13] "
    "Today it is a ferry port; it currently has about 35,000 inhabitants."
)
TOWN_TABLE: list[Row] = [
    ("c. 1200", "DATE", "1200"),
    ("circa 1450", "DATE", "1450"),
    ("1066", "DATE", "1066"),
    ("the mid-12th century", "DATE", "11"),
    ("the late 1600s", "DATE", "16"),
    ("The early 19th century", "DATE", "18"),
    ("the last quarter of the 19th century", "DATE", "18"),  # mod END
    ("1903", "DATE", "1903"),
    # the start of the century whose start is nearest the story (1903): the 1900s
    ("the turn of the century", "DATE", "19"),
    ("the 1920s", "DATE", "192"),
    ("1930s", "DATE", "193"),
    # "the interwar period": a period named by events, untagged; "1,200" a population
    ("1801", "DATE", "1801"),
    # "[13]" ends the sentence of 1801; "Today" steps out of the story, and the semicolon
    # ends the clause whose tense it takes
    ("Today", "DATE", "PRESENT_REF"),
    ("currently", "DATE", "PRESENT_REF"),
]


# ---- a company: the same year, following decades, fiscal years -----------------------------

COMPANY = (
    "Morrow & Sons was founded in Sheffield in 1856 as a maker of cutlery. In the same year it "
    "opened a shop in London. The firm grew over the following decades, and by the end of the "
    "century it employed 3,000 people. In the first decade of the 20th century it began making "
    "steel; within a decade it was the largest steelmaker in Yorkshire. The company was "
    "nationalised in 1967 and privatised again in 1988. Three years later it merged with a "
    "Swedish rival. In fiscal 2019 it reported revenue of £2.1 billion, and as of 2020 it "
    "employed 9,400 people."
)
COMPANY_TABLE: list[Row] = [
    ("1856", "DATE", "1856"),
    ("the same year", "DATE", "1856"),
    ("the following decades", "DURATION", "PXDE"),
    ("the end of the century", "DATE", "18"),  # the story's century, mod END
    ("the first decade of the 20th century", "DATE", "19"),  # mod START
    ("a decade", "DURATION", "P10Y"),  # "within" is a signal
    ("1967", "DATE", "1967"),
    ("1988", "DATE", "1988"),
    ("Three years later", "DATE", "1991"),
    ("fiscal 2019", "DATE", "2019"),
    ("2020", "DATE", "2020"),  # "as of" is a signal
]


# ---- a football club: a founding day, seasons, tournaments ---------------------------------

CLUB = (
    "Athletic Club Norrvik is a Swedish football club founded on 4 July 1902. It won its first "
    "national title in 1912, and its second the following spring. Since its founding in 1902 "
    "the club has played in red and white. Between 1939 and 1945 league football was "
    "suspended. In the years after the war the club rebuilt its stadium, and the post-war "
    "years brought three titles. The club's 1998–99 season was its best: it reached the UEFA "
    "Cup semi-finals. Two of its players appeared at the 1986 World Cup. In the 2010s it was "
    "twice relegated."
)
CLUB_TABLE: list[Row] = [
    ("4 July 1902", "DATE", "1902-07-04"),
    ("1912", "DATE", "1912"),
    ("the following spring", "DATE", "1913-SP"),
    ("1902", "DATE", "1902"),
    ("1939", "DATE", "1939"),
    ("1945", "DATE", "1945"),
    # "the years after the war", "the post-war years": periods named by an event, untagged
    ("1998", "DATE", "1998"),  # a season over two years: both, as "1914–18"
    ("99", "DATE", "1999"),
    ("1986", "DATE", "1986"),  # the year of a named tournament, as "the 1996 Olympics"
    ("the 2010s", "DATE", "201"),
]


# ---- a university: lives in brackets, "until", the previous decade ---------------------------

UNIVERSITY = (
    "The University of Alden was founded in 1891 as a college of engineering. Its founder, "
    "Carl Alden (1846–1910), had fought in the Franco-Prussian War of 1870–71. The college "
    "moved to its present campus in 1910 and stayed there until 1945, when the campus was "
    "requisitioned. During the 1970s the university expanded rapidly; the previous decade had "
    "seen student protests. In 1998 it opened a medical school, and later that year it was "
    "renamed. It currently enrolls 24,000 students."
)
UNIVERSITY_TABLE: list[Row] = [
    ("1891", "DATE", "1891"),
    ("1846", "DATE", "1846"),
    ("1910", "DATE", "1910"),
    ("1870", "DATE", "1870"),
    ("71", "DATE", "1871"),
    ("1910", "DATE", "1910"),
    ("1945", "DATE", "1945"),
    ("the 1970s", "DATE", "197"),
    ("the previous decade", "DATE", "196"),
    ("1998", "DATE", "1998"),
    ("later that year", "DATE", "1998"),
    ("currently", "DATE", "PRESENT_REF"),
]


# ---- an art movement: that same month, a decade later ---------------------------------------

MOVEMENT = (
    "Impressionism emerged in Paris in the 1860s. Its name comes from Impression, Sunrise by "
    "Claude Monet (1840–1926), shown at the first Impressionist exhibition in April 1874. That "
    'same month a critic mocked the painters as "impressionists". Eight exhibitions were held '
    "between 1874 and 1886. By the 1880s the movement had spread to Britain and the United "
    "States, and a decade later younger painters such as Paul Cézanne (1839–1906) had moved "
    "beyond it. For much of the 20th century it was the most popular style in museums."
)
MOVEMENT_TABLE: list[Row] = [
    ("the 1860s", "DATE", "186"),
    ("1840", "DATE", "1840"),
    ("1926", "DATE", "1926"),
    ("April 1874", "DATE", "1874-04"),
    ("That same month", "DATE", "1874-04"),
    ("1874", "DATE", "1874"),
    ("1886", "DATE", "1886"),
    ("the 1880s", "DATE", "188"),
    ("a decade later", "DATE", "189"),  # a decade after the 1880s: the 1890s
    ("1839", "DATE", "1839"),
    ("1906", "DATE", "1906"),
    ("the 20th century", "DATE", "19"),
]


# ---- a science: decades of a theory, "within a decade", today -------------------------------

SCIENCE = (
    "The theory of continental drift was proposed by Alfred Wegener (1880–1930) in 1912. It "
    "was widely rejected over the following decades. In the 1950s paleomagnetic studies "
    "revived it, and in 1962 Harry Hess proposed seafloor spreading. Within a decade plate "
    "tectonics was the accepted theory. By the early 1970s the mechanism of subduction had "
    "been described. Today the theory is the framework of the earth sciences."
)
SCIENCE_TABLE: list[Row] = [
    ("1880", "DATE", "1880"),
    ("1930", "DATE", "1930"),
    ("1912", "DATE", "1912"),
    ("the following decades", "DURATION", "PXDE"),
    ("the 1950s", "DATE", "195"),
    ("1962", "DATE", "1962"),
    ("a decade", "DURATION", "P10Y"),
    ("the early 1970s", "DATE", "197"),
    ("Today", "DATE", "PRESENT_REF"),
]


# ---- a country: a reign, a quarter of a century, "from ... to ...", "as of" -----------------

COUNTRY = (
    "The Kingdom of Ardenia was formed in 1815. Under Queen Matilda (r. 1837–1880) it "
    "industrialised, and in the late 19th century it built a colonial empire. The second "
    "quarter of the 20th century was a time of crisis: the Great Depression hit Ardenia hard "
    "in the 1930s, and it was occupied from 1940 to 1945. In the post-war years it became a "
    "founding member of the European Communities in 1957. In the 2010s it faced a debt "
    "crisis. As of 2020, it had a population of 11.5 million."
)
COUNTRY_TABLE: list[Row] = [
    ("1815", "DATE", "1815"),
    ("1837", "DATE", "1837"),  # "(r. 1837–1880)": a reign, both ends
    ("1880", "DATE", "1880"),
    ("the late 19th century", "DATE", "18"),
    ("The second quarter of the 20th century", "DATE", "19"),  # mod MID
    ("the 1930s", "DATE", "193"),
    ("1940", "DATE", "1940"),
    ("1945", "DATE", "1945"),
    ("1957", "DATE", "1957"),
    ("the 2010s", "DATE", "201"),
    ("2020", "DATE", "2020"),
]


# ---- wars: 1066, the American Revolution, the Soviet–Afghan War -------------------------------

NORMAN_CONQUEST = (
    "Edward the Confessor died on 5 January 1066, and Harold Godwinson was crowned the "
    "following day. In September Harald Hardrada landed in the north; Harold defeated him at "
    "Stamford Bridge on 25 September. Three days later William of Normandy landed at "
    "Pevensey. On the morning of 14 October the two armies met near Hastings, and by "
    "nightfall Harold was dead. William was crowned on Christmas Day. Over the next five years "
    "he put down a series of revolts, and the Domesday Book was compiled in 1086, a year "
    "before his death."
)
NORMAN_CONQUEST_TABLE: list[Row] = [
    ("5 January 1066", "DATE", "1066-01-05"),
    ("the following day", "DATE", "1066-01-06"),
    ("September", "DATE", "1066-09"),
    ("25 September", "DATE", "1066-09-25"),
    ("Three days later", "DATE", "1066-09-28"),
    ("14 October", "DATE", "1066-10-14"),  # "the morning of": only the date
    ("nightfall", "TIME", "1066-10-14TEV"),
    ("Christmas Day", "DATE", "1066-12-25"),
    ("the next five years", "DURATION", "P5Y"),
    ("1086", "DATE", "1086"),
    ("a year", "DURATION", "P1Y"),  # "a year before his death": N units before an event
]

REVOLUTION = (
    "The American Revolutionary War began on 19 April 1775 at Lexington. That winter the "
    "Continental Army besieged Boston, which the British evacuated the following March. The "
    "Declaration of Independence was adopted on July 4, 1776. On Christmas night Washington "
    "crossed the Delaware, and on December 26 he took Trenton. The campaign of 1777 ended with "
    "Burgoyne's surrender at Saratoga on October 17. France entered the war the next year. "
    "Cornwallis surrendered at Yorktown on October 19, 1781, and the war ended with the Treaty "
    "of Paris in 1783."
)
REVOLUTION_TABLE: list[Row] = [
    ("19 April 1775", "DATE", "1775-04-19"),
    ("That winter", "DATE", "1775-WI"),
    ("the following March", "DATE", "1776-03"),
    ("July 4, 1776", "DATE", "1776-07-04"),
    ("Christmas night", "TIME", "1776-12-25TNI"),  # one TIME, as "Friday night"
    ("December 26", "DATE", "1776-12-26"),
    ("1777", "DATE", "1777"),
    ("October 17", "DATE", "1777-10-17"),
    ("the next year", "DATE", "1778"),
    ("October 19, 1781", "DATE", "1781-10-19"),
    ("1783", "DATE", "1783"),
]

AFGHAN = (
    "The Soviet–Afghan War began on 24 December 1979 and ended on 15 February 1989. Soviet "
    "troops entered Kabul on 27 December, and within days Hafizullah Amin had been killed. "
    "During the 1980s some five million Afghans fled abroad. In April 1988 the Geneva Accords "
    "were signed, and the withdrawal began that May. Najibullah's government held on until "
    "April 1992; in the same month mujahideen entered Kabul."
)
AFGHAN_TABLE: list[Row] = [
    ("24 December 1979", "DATE", "1979-12-24"),
    ("15 February 1989", "DATE", "1989-02-15"),
    # the war's start and end in one sentence: told from its start, 1979, not from 1989
    ("27 December", "DATE", "1979-12-27"),
    ("days", "DURATION", "PXD"),
    ("the 1980s", "DATE", "198"),
    ("April 1988", "DATE", "1988-04"),
    ("that May", "DATE", "1988-05"),
    ("April 1992", "DATE", "1992-04"),
    ("the same month", "DATE", "1992-04"),
]


WINTER_WAR = (
    "The Winter War was a war between the Soviet Union and Finland. It began with a Soviet "
    "invasion of Finland on 30 November 1939, three months after the outbreak of World War "
    "II, and ended three and a half months later with the Moscow Peace Treaty on 13 March "
    "1940. By the end of December the Soviet offensive had stalled. In early February the Red "
    "Army renewed its attack, and on 11 February it broke through at Summa. The treaty was "
    "signed in Moscow on 12 March and took effect the next day."
)
WINTER_WAR_TABLE: list[Row] = [
    ("30 November 1939", "DATE", "1939-11-30"),
    ("three months", "DURATION", "P3M"),  # "three months after the outbreak": N units after
    ("three and a half months", "DURATION", "P3.5M"),
    ("13 March 1940", "DATE", "1940-03-13"),
    # the war's start and end, each after its verb and a few words: told from the start
    ("the end of December", "DATE", "1939-12"),
    # inside the span the story goes on: the February still ahead, 1940
    ("early February", "DATE", "1940-02"),
    ("11 February", "DATE", "1940-02-11"),
    ("12 March", "DATE", "1940-03-12"),
    ("the next day", "DATE", "1940-03-13"),
]


STALINGRAD = (
    "The Battle of Stalingrad (23 August 1942 – 2 February 1943) was a major battle on the "
    "Eastern Front. In the summer of 1942 the Germans advanced towards the Volga. On 23 August "
    "a massive air raid destroyed much of the city. By mid-November the Germans had pushed the "
    "defenders back to narrow zones along the west bank. On 19 November the Red Army launched "
    "Operation Uranus, and four days later the German Sixth Army was encircled. Paulus "
    "surrendered on 31 January; the last pocket gave up two days later."
)
STALINGRAD_TABLE: list[Row] = [
    ("23 August 1942", "DATE", "1942-08-23"),
    ("2 February 1943", "DATE", "1943-02-02"),
    ("the summer of 1942", "DATE", "1942-SU"),  # overlaps the battle: the span goes on
    ("23 August", "DATE", "1942-08-23"),
    ("mid-November", "DATE", "1942-11"),
    ("19 November", "DATE", "1942-11-19"),
    ("four days later", "DATE", "1942-11-23"),
    ("31 January", "DATE", "1943-01-31"),  # the January still ahead in the battle
    ("two days later", "DATE", "1943-02-02"),
]

VERDUN = (
    "The Battle of Verdun was fought from 21 February to 18 December 1916. It was the longest "
    "battle of the First World War. After a nine-hour bombardment the Germans attacked at "
    "16:45. Fort Douaumont fell on 25 February. In June the Germans took Fort Vaux, and the "
    "French counter-offensive began in October."
)
VERDUN_TABLE: list[Row] = [
    ("21 February", "DATE", "1916-02-21"),
    ("18 December 1916", "DATE", "1916-12-18"),
    ("nine-hour", "DURATION", "PT9H"),
    # told from the span's start: the clock time is of its first day
    ("16:45", "TIME", "1916-02-21T16:45"),
    ("25 February", "DATE", "1916-02-25"),
    ("June", "DATE", "1916-06"),
    ("October", "DATE", "1916-10"),
]


# ---- prehistory and antiquity: years BC with commas, millennia, a century later -------------

ANTIQUITY = (
    "People first settled the valley around 10,000 BC. Farming reached it c. 6000 BCE, and in "
    "the 5th millennium BC the first villages were built. Egypt had been unified c. 3100 BC. "
    "The city of Rome was founded, according to legend, in 753 BC; by the 3rd century BC it "
    "controlled most of Italy. Julius Caesar (100–44 BC) made it the centre of a vast state, "
    "and under Augustus (r. 27 BC – AD 14) it was rebuilt in marble. Pompeii was buried by "
    "Vesuvius in AD 79. A century later the empire reached its greatest extent, and by the end "
    "of the 3rd century AD its capital had moved east."
)
ANTIQUITY_TABLE: list[Row] = [
    ("10,000 BC", "DATE", "-9999"),  # astronomical years: 1 BC is 0000
    ("c. 6000 BCE", "DATE", "-5999"),
    ("the 5th millennium BC", "DATE", "-5"),  # as "the 5th century BC" is -05
    ("c. 3100 BC", "DATE", "-3099"),
    ("753 BC", "DATE", "-0752"),
    ("the 3rd century BC", "DATE", "-03"),
    ("100", "DATE", "-0099"),  # the era written once, after the second year
    ("44 BC", "DATE", "-0043"),
    ("27 BC", "DATE", "-0026"),
    ("AD 14", "DATE", "0014"),
    ("AD 79", "DATE", "0079"),
    ("A century later", "DATE", "01"),  # the 100s: the granularity of its unit
    ("the end of the 3rd century AD", "DATE", "02"),  # mod END
]


@pytest.mark.parametrize(
    ("text", "table"),
    [
        pytest.param(TOWN, TOWN_TABLE, id="town"),
        pytest.param(COMPANY, COMPANY_TABLE, id="company"),
        pytest.param(CLUB, CLUB_TABLE, id="club"),
        pytest.param(UNIVERSITY, UNIVERSITY_TABLE, id="university"),
        pytest.param(MOVEMENT, MOVEMENT_TABLE, id="movement"),
        pytest.param(SCIENCE, SCIENCE_TABLE, id="science"),
        pytest.param(COUNTRY, COUNTRY_TABLE, id="country"),
        pytest.param(NORMAN_CONQUEST, NORMAN_CONQUEST_TABLE, id="norman-conquest"),
        pytest.param(REVOLUTION, REVOLUTION_TABLE, id="revolution"),
        pytest.param(AFGHAN, AFGHAN_TABLE, id="afghan"),
        pytest.param(WINTER_WAR, WINTER_WAR_TABLE, id="winter-war"),
        pytest.param(STALINGRAD, STALINGRAD_TABLE, id="stalingrad"),
        pytest.param(VERDUN, VERDUN_TABLE, id="verdun"),
        pytest.param(ANTIQUITY, ANTIQUITY_TABLE, id="antiquity"),
    ],
)
def test_history_reads_as_its_table(text: str, table: list[Row]) -> None:
    """Each passage read as a narrative gives every mention of its table, with its value, and
    reads the same as ``auto`` with a document date years later."""
    assert both_ways(text) == table


# ---- parts of centuries and decades ---------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "row"),
    [
        ("At the end of the 18th century it grew.", ("the end of the 18th century", "DATE", "17")),
        (
            "At the turn of the 20th century it closed.",
            ("the turn of the 20th century", "DATE", "19"),
        ),
        (
            "In the middle of the 19th century it grew.",
            ("the middle of the 19th century", "DATE", "18"),
        ),
        ("By the end of the 1980s it had shut.", ("the end of the 1980s", "DATE", "198")),
        (
            "In the first quarter of the 1990s sales fell.",
            ("the first quarter of the 1990s", "DATE", "199"),
        ),
        (
            "In the closing years of the 18th century it was rebuilt.",
            ("the closing years of the 18th century", "DATE", "17"),
        ),
        (
            "In the early years of the 20th century it grew.",
            ("the early years of the 20th century", "DATE", "19"),
        ),
    ],
)
def test_a_part_of_a_century_or_decade_is_one_date(text: str, row: Row) -> None:
    """ "the end of", "the turn of", "the middle of", a quarter, the first decade or the
    closing years of a century or a decade: one date, the century or decade with its mod, not
    a bare century (nor "the first quarter" of the year 1800)."""
    assert _mentions(text, genre="narrative") == [row]


@pytest.mark.parametrize(
    ("text", "rows"),
    [
        (
            "In the 1960s and 70s the group diversified.",
            [("the 1960s", "DATE", "196"), ("70s", "DATE", "197")],
        ),
        (
            "In the 1860s and 70s railways spread across the continent.",
            [("the 1860s", "DATE", "186"), ("70s", "DATE", "187")],
        ),
        ("In the 1920s–30s it grew.", [("the 1920s", "DATE", "192"), ("30s", "DATE", "193")]),
    ],
)
def test_a_short_decade_after_a_decade_takes_its_century(text: str, rows: list[Row]) -> None:
    """ "the 1860s and 70s": the second decade of the pair is of the first one's century."""
    assert _mentions(text, genre="narrative") == rows


@pytest.mark.parametrize(
    ("text", "mod"),
    [
        ("the last quarter of the 19th century", "END"),
        ("the second quarter of the 20th century", "MID"),
        ("the first decade of the 20th century", "START"),
        ("the turn of the 20th century", "START"),
        ("the end of the 1980s", "END"),
    ],
)
def test_the_part_named_is_the_mod(text: str, mod: str) -> None:
    """The part of the century or decade is its TIMEX3 mod."""
    doc, _ = extract_document(f"In {text} it grew.", genre="narrative")
    assert [(m.text, m.mod.value if m.mod else None) for m in doc.mentions] == [(text, mod)]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("In 1897 the mill opened. At the turn of the century it employed 300.", "19"),
        ("By 1903 the town had grown. At the turn of the century it was busy.", "19"),
        ("In 1788 the canal opened. At the turn of the century it carried coal.", "18"),
        ("In 1712 the canal opened. By the turn of the century it had closed.", "17"),
    ],
)
def test_the_turn_of_the_century_is_the_nearest_one(text: str, value: str) -> None:
    """ "the turn of the century" is the start of the century whose start is nearest the story:
    after 1897 and after 1903 the 1900s (a reader's "about 1900"), after 1712 the 1700s."""
    assert _mentions(text, genre="narrative")[1] == ("the turn of the century", "DATE", value)


# ---- the start and the end of one thing in one sentence ------------------------------------


@pytest.mark.parametrize(
    ("text", "row"),
    [
        (
            "The strike began on 6 March 1984 and ended on 3 March 1985. In April pickets clashed.",
            ("April", "DATE", "1984-04"),
        ),
        (
            "The war broke out on 1 September 1939 and ended on 2 September 1945. On 17 "
            "September the Soviets invaded.",
            ("17 September", "DATE", "1939-09-17"),
        ),
        (
            "The siege began on 8 September 1941 and was lifted on 27 January 1944. On 22 "
            "November an ice road opened.",
            ("22 November", "DATE", "1941-11-22"),
        ),
        (
            "The strike began on 6 March 1984 and ended on 3 March 1985. The following year "
            "the pits closed.",
            ("The following year", "DATE", "1986"),
        ),
    ],
)
def test_a_start_and_an_end_in_one_sentence_tell_the_story_from_the_start(
    text: str, row: Row
) -> None:
    """ "began on X and ended on Y": a day or month without a year after it is the first the
    two hold, as after "from X to Y"; "the following year" still counts from the end."""
    assert _mentions(text, genre="narrative")[2] == row


@pytest.mark.parametrize(
    ("text", "row"),
    [
        (
            "The war lasted from 19 July 1870 to 28 January 1871. In September Paris was "
            "besieged. In January the city surrendered.",
            ("January", "DATE", "1871-01"),
        ),
        (
            "The war lasted from 19 July 1870 to 28 January 1871. In September Paris was "
            "besieged. In August the army had lost at Wörth.",
            ("August", "DATE", "1870-08"),
        ),
        (
            "The war lasted from 19 July 1870 to 28 January 1871. In May 1871 the Commune fell. "
            "In August the assembly met.",
            ("August", "DATE", "1871-08"),
        ),
        (
            "The war lasted from 19 July 1870 to 28 January 1871. On 2 September the emperor "
            "surrendered. In July the army had mobilised.",
            ("July", "DATE", "1870-07"),  # the month the span starts in
        ),
    ],
)
def test_inside_a_span_the_story_goes_on_to_the_date_still_ahead(text: str, row: Row) -> None:
    """Once the story is inside a span over two years, a month without a year is the first one
    still ahead in it ("In January" after September 1870 is 1871); a month the story has passed
    is the first the span holds (a look back, "In August ... had lost"); a date outside the span
    ends it (May 1871: "In August" is of 1871)."""
    assert _mentions(text, genre="narrative")[3] == row


def test_two_dates_of_different_things_move_the_story_to_the_second() -> None:
    """Without a start and an end of one thing, the story is at the last date: "invaded ... and
    retook" moves it to 1982."""
    text = (
        "Iraq invaded on 22 September 1980 and Iran retook the city on 24 May 1982. On 3 June "
        "talks began."
    )
    assert _mentions(text, genre="narrative")[2] == ("3 June", "DATE", "1982-06-03")


# ---- sentences and clauses of the writer's present ------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The city was sacked in 1527. It never recovered; today it has 40,000 inhabitants.",
        "The town had 1,200 people in 1801.[12] Today it is a ferry port.",
        "The town had 1,200 people in 1801.[citation needed] Today it is a ferry port.",
        "The mill closed in 1931.[a][7] Today it is a museum.",
    ],
)
def test_today_after_a_semicolon_or_a_citation_marker_is_the_writers(text: str) -> None:
    """A citation marker after the full stop still ends the sentence, and a semicolon ends the
    clause: "today it has" is the present of the writer, not the story's year."""
    assert _mentions(text, genre="narrative")[-1][2] == "PRESENT_REF"


def test_a_diarys_today_told_in_the_past_after_a_semicolon_is_the_storys_day() -> None:
    """The semicolon only bounds the clause: "today we marched" told in the past is still the
    story's day."""
    text = "On 3 May 1862 the regiment left Richmond; today we marched twenty miles, he wrote."
    assert _mentions(text, genre="narrative")[-1] == ("today", "DATE", "1862-05-03")


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("In the early morning of 15 November 1940 Coventry burned.", ["15 November 1940"]),
        ("On the late afternoon of 18 November it snowed.", ["18 November"]),
        ("In 1940 the raids began. Early morning fog hid the bombers.", ["1940", "Early morning"]),
    ],
)
def test_an_early_morning_of_a_date_tags_the_date(text: str, found: list[str]) -> None:
    """ "the early morning of 15 November" tags the date, as "the morning of 14 October" and
    "the early hours of 7 May 1945" do; "Early morning" alone is a time of the story's day."""
    assert _found(text) == found


def test_years_ago_in_a_dated_history_count_from_the_time_of_writing() -> None:
    """ "Egypt was unified c. 3100 BC. People lived here 5,000 years ago": 2024 - 5000, as the
    writer's "Today" is the document's date, not counted from the story's 3100 BC."""
    text = "Egypt was unified c. 3100 BC. People lived here 5,000 years ago."
    rows = _mentions(text, genre="narrative", dct=LATER_DCT)
    assert rows[1] == ("5,000 years ago", "DATE", "-2976")


def test_days_ago_in_a_letter_of_the_story_stay_the_storys() -> None:
    """A count of days ago is the story's own (a letter it quotes), even with a document date."""
    text = "On 3 May 1862 he wrote home. Two days ago we crossed the river, he wrote."
    rows = _mentions(text, genre="narrative", dct=LATER_DCT)
    assert rows[1] == ("Two days ago", "DATE", "1862-05-01")


# ---- holidays and years BC ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "row"),
    [
        (
            "In 1914 the war began. On Christmas morning the troops sang.",
            ("Christmas morning", "TIME", "1914-12-25TMO"),
        ),
        (
            "The rising was planned in 1916. It began on Easter Monday morning.",
            ("Easter Monday morning", "TIME", "1916-04-24TMO"),
        ),
        (
            "In 1914 the war began. On Easter Sunday evening they fought.",
            ("Easter Sunday evening", "TIME", "1914-04-12TEV"),
        ),
    ],
)
def test_a_part_of_a_holiday_is_one_time_of_that_day(text: str, row: Row) -> None:
    """ "Christmas morning", "Easter Monday morning": one TIME on the holiday, not a weekday
    evening of some other week."""
    assert _mentions(text, genre="narrative")[1] == row


def test_easter_dates_of_the_rows_are_easter() -> None:
    """The Easter days the rows above name (checked with dateutil's Easter, not guessed)."""
    assert easter(1914) == dt.date(1914, 4, 12)
    assert easter(1916) + dt.timedelta(days=1) == dt.date(1916, 4, 24)
    assert dt.date(1916, 4, 24).isoweekday() == 1


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Hunters arrived around 10,000 BC.", ["10,000 BC"]),
        ("The cave was painted c. 15,000 BC and reused in 9000 BC.", ["c. 15,000 BC", "9000 BC"]),
        ("Some 10,000 people lived there in 500 BC.", ["500 BC"]),
    ],
)
def test_years_bc_with_a_thousands_comma_are_whole(text: str, found: list[str]) -> None:
    """ "10,000 BC" is one year (-9999), not "000 BC"; a count of people stays a count."""
    assert _found(text) == found


# ---- look-alikes ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Highway 1066 runs north of the town, and Route 66 to the west.", []),
        ("See page 1215 of the 1,200-page edition, ISBN 978-0-14-044913-6.", []),
        ("The town had a population of 1,200, and 1,450 acres of farmland.", []),
        ("Rome fell in 476.[112][note 3] Trade grew.[213]", ["476"]),
        ("Apollo 11 landed; the film 300 and Catch-22 were popular.", []),
        ("Orwell published Nineteen Eighty-Four in 1949.", ["1949"]),
        ("The novel Twenty Thousand Leagues Under the Seas was serialised.", []),
        ("During the reign of Elizabeth the theatre flourished.", []),
        ("The interwar period and the post-war years were hard.", []),
        ("In the years after the war the club rebuilt its stadium.", []),
        ('She wrote "1984" and "1776" as essays.', []),
    ],
)
def test_numbers_and_names_in_histories_are_not_dates(text: str, found: list[str]) -> None:
    """Roads, pages, ISBNs, populations, citation markers, titles with numbers, spelled-out
    titles, reigns and periods named by events are no dates."""
    assert _found(text) == found


# ---- what stays open ------------------------------------------------------------------------


@pytest.mark.xfail(
    strict=True,
    reason="a sports season is read as a quarter of a calendar year: 'The following season' "
    "after '1985–86' is the duration P1SE and 'two seasons later' six months on, where a "
    "club's history counts seasons as years",
)
def test_the_following_season_of_a_club_is_its_next_year() -> None:
    """ "The club won the league in 1985–86. The following season it was relegated": a date, the
    season after (1987 by the year the story reached)."""
    text = "The club won the league in 1985–86. The following season it was relegated."
    assert _mentions(text, genre="narrative")[2] == ("The following season", "DATE", "1987")
