"""Held-out genre, thirty-second round: voyages of exploration and the history of science.

Passages written for these tests in the style of English Wikipedia's articles on voyages of
exploration and the history of science: Magellan's circumnavigation, Cook's voyages, Lewis and
Clark, the race to the South Pole, Darwin's Beagle voyage, the discovery of penicillin, the
Manhattan Project, the Apollo program and the Human Genome Project; read as narratives with no
document date (and with genre auto, which picks narrative without one): each relative date is
anchored by the text's own dates.

Earlier rounds (tests/test_war*.py, tests/test_histories_*.py, tests/test_biographies.py)
already test "the winter of 1804–05" (one winter, its first year's), "the following spring"
(the season after the story's), "two years, four months and ten days" (one length), "the
turn of the century" (the century start nearest the story), "the mid-18th century" (17, MID),
"05:29 on 16 July 1945" (one TIME), "in 1782, 36 years later" (1782: a count in apposition
restates the date) and "the 1972 Munich Olympics" (the year of a named event is tagged);
they are used here only as steps of the story.

Conventions followed (the project's, after TimeBank):
- a length a voyage or a work took is a DURATION, whatever it counts from: "after 98 days at
  sea", "the voyage lasted almost five years" ("five years"), "a 13-year project" ("13-year"),
  "took 20 years to publish"; so is the count of "N units after" or "ahead of" an event
  ("five weeks ahead of Scott", "two years ahead of schedule", "195 hours after launch");
- ships, missions, isotopes, elements, chromosomes, sites and computers named by a number are
  no dates ("HMS Beagle", "Apollo 11", "U-235", "Element 94", "chromosome 21", "Site Y",
  "Mark I"), nor are parallels and distances ("the 49th parallel", "4,000 miles"); the year
  of a named event or work is ("the 1851 Great Exhibition": 1851, "Newton's 1687
  Principia": 1687).
New here:
- a count in apposition to a date restates it in weeks, decades and centuries too, as it did
  in days, months and years: "arrived on 17 January 1912, five weeks later" is the week of 17
  January (1912-W03, was 1912-W08), "closed in 2022, nearly two decades later" the 2020s (202,
  was 204), "rediscovered in 1962, a century later" the 20th century (19, was 20); and at the
  date's own unit when the date is one unit coarser than the count: "returned in March 1912,
  five weeks later" is March 1912 (was April), "arrived in 1788, 18 months later" 1788 (was
  1789), "in the 1920s, two years later" the 1920s; not a count in a sentence of its own, nor
  a count much finer than the date ("elected in 2005, a day earlier vowed");
- a day before a count of hours keeps its date: "splashed down on 24 July, 195 hours after
  launch", "on 20 July, 36 hours after" (were the count alone: the day was left to a clock
  time that is not there); four digits before "hours" are still a clock ("0630 hours");
- half a unit more hyphenated into a count: "a three-and-a-half-year voyage" (P3Y6M), "a
  four-and-a-half-month journey" (P4.5M), "a year-and-a-half" (P1Y6M) (were nothing, or "a
  year"); an age so written stays untagged ("a two-and-a-half-year-old girl"), as "two and a
  half years old" now is;
- "the year before" and "the year after" a month or a season are the year before or after
  its, as "the previous year" is: "In August 1768 ... The year before" is 1767 (was 1767-08).
"""

from __future__ import annotations

import pytest
from passages import ModRow
from passages import found_in_narrative as _found
from passages import mentions_with_mods as _mentions_with_mods


def _narrative(text: str) -> list[ModRow]:
    return _mentions_with_mods(text, genre="narrative")


MAGELLAN = (
    "Magellan's expedition of five ships and some 270 men sailed from Seville on 10 August 1519 "
    "and left Sanlúcar de Barrameda on 20 September. The fleet wintered at Puerto San Julián, "
    "where a mutiny broke out on the night of 1 April 1520. The strait was found on 21 October, "
    "and its passage took 38 days. After 98 days at sea the crews reached Guam on 6 March 1521. "
    "Magellan was killed at Mactan on 27 April. On the return leg the Victoria rounded the Cape "
    "of Good Hope in May 1522, and she reached Spain on 6 September, almost three years after the "
    "fleet set out, with 18 of the original crew."
)

MAGELLAN_TABLE: list[ModRow] = [
    # "some 270 men" is a count
    ("10 August 1519", "DATE", "1519-08-10"),
    ("20 September", "DATE", "1519-09-20"),
    ("1 April 1520", "DATE", "1520-04-01"),
    ("21 October", "DATE", "1520-10-21"),
    ("38 days", "DURATION", "P38D"),
    ("98 days", "DURATION", "P98D"),
    ("6 March 1521", "DATE", "1521-03-06"),
    ("27 April", "DATE", "1521-04-27"),
    # "On the return leg" is no time
    ("May 1522", "DATE", "1522-05"),
    ("6 September", "DATE", "1522-09-06"),
    # "almost" stays out of the length, as in TimeBank
    ("three years", "DURATION", "P3Y"),
]


COOK = (
    "HMS Endeavour left Plymouth on 26 August 1768 on Cook's first voyage. The transit of Venus "
    "was observed from Tahiti on 3 June 1769, and in the following months Cook charted the coasts "
    "of New Zealand. Endeavour struck the Great Barrier Reef on 11 June 1770 and was beached for "
    "seven weeks for repairs. She returned to England on 12 July 1771, after a voyage of nearly "
    "three years. Cook sailed again the following year on a three-and-a-half-year voyage in "
    "HMS Resolution, and on his third voyage he was killed in Hawaii on 14 February 1779. His "
    "journals were published in the 1780s."
)

COOK_TABLE: list[ModRow] = [
    # "HMS Endeavour" is a ship
    ("26 August 1768", "DATE", "1768-08-26"),
    ("3 June 1769", "DATE", "1769-06-03"),
    ("the following months", "DURATION", "PXM"),
    ("11 June 1770", "DATE", "1770-06-11"),
    ("seven weeks", "DURATION", "P7W"),
    ("12 July 1771", "DATE", "1771-07-12"),
    ("nearly three years", "DURATION", "P3Y", "APPROX"),
    ("the following year", "DATE", "1772"),
    # half a year hyphenated into the count (was nothing)
    ("three-and-a-half-year", "DURATION", "P3Y6M"),
    ("14 February 1779", "DATE", "1779-02-14"),
    ("the 1780s", "DATE", "178"),
]


LEWIS_AND_CLARK = (
    "Lewis and Clark's Corps of Discovery left Camp Dubois on 14 May 1804 and travelled up the "
    "Missouri River. The party spent the winter of 1804–05 among the Mandan, and set out again "
    "the following spring. They reached the Pacific in November 1805 and wintered at Fort "
    "Clatsop, some 4,000 miles from St. Louis. On the return journey the party split in July "
    "1806. The expedition returned in September 1806, two years, four months and ten days after "
    "it set out. The boundary along the 49th parallel was agreed in 1818."
)

LEWIS_AND_CLARK_TABLE: list[ModRow] = [
    ("14 May 1804", "DATE", "1804-05-14"),
    ("the winter of 1804–05", "DATE", "1804-WI"),
    ("the following spring", "DATE", "1805-SP"),
    ("November 1805", "DATE", "1805-11"),
    # "some 4,000 miles" is a distance
    ("July 1806", "DATE", "1806-07"),
    ("September 1806", "DATE", "1806-09"),
    ("two years, four months and ten days", "DURATION", "P2Y4M10D"),
    # "the 49th parallel" is a line of latitude
    ("1818", "DATE", "1818"),
]


SOUTH_POLE = (
    "Amundsen's party left the Bay of Whales on 19 October 1911 with four sledges and 52 dogs. "
    "They reached the pole on 14 December 1911, five weeks ahead of Scott, whose party arrived on "
    "17 January 1912. Amundsen was back at Framheim on 25 January, after a journey of 99 days. "
    "Scott's party died on the return march in late March; their bodies were found eight months "
    "later, on 12 November. The news of Amundsen's success reached the world on 7 March 1912, "
    "eleven weeks later."
)

SOUTH_POLE_TABLE: list[ModRow] = [
    ("19 October 1911", "DATE", "1911-10-19"),
    ("14 December 1911", "DATE", "1911-12-14"),
    ("five weeks", "DURATION", "P5W"),
    ("17 January 1912", "DATE", "1912-01-17"),
    ("25 January", "DATE", "1912-01-25"),
    ("99 days", "DURATION", "P99D"),
    ("late March", "DATE", "1912-03", "END"),
    ("eight months later", "DATE", "1912-11"),
    ("12 November", "DATE", "1912-11-12"),
    ("7 March 1912", "DATE", "1912-03-07"),
    # a count of weeks in apposition restates the day's week (was 1912-W20, counted on)
    ("eleven weeks later", "DATE", "1912-W10"),
]


BEAGLE = (
    "HMS Beagle sailed from Plymouth on 27 December 1831 on her second survey voyage, with the "
    "22-year-old Charles Darwin aboard. The voyage was planned to take two years but lasted almost "
    "five years. Darwin spent five weeks in the Galápagos Islands in September and October 1835, "
    "and the Beagle returned to Falmouth on 2 October 1836. Over the next two decades he worked "
    "on his theory, which he outlined in an essay of 1844. On the Origin of Species was "
    "published in 1859; it had taken Darwin 20 years to publish. He died in 1882."
)

BEAGLE_TABLE: list[ModRow] = [
    ("27 December 1831", "DATE", "1831-12-27"),
    # "the 22-year-old Charles Darwin" is an age
    ("two years", "DURATION", "P2Y"),
    ("five years", "DURATION", "P5Y"),
    ("five weeks", "DURATION", "P5W"),
    ("September", "DATE", "1835-09"),
    ("October 1835", "DATE", "1835-10"),
    ("2 October 1836", "DATE", "1836-10-02"),
    ("the next two decades", "DURATION", "P20Y"),
    ("1844", "DATE", "1844"),
    ("1859", "DATE", "1859"),
    ("20 years", "DURATION", "P20Y"),
    ("1882", "DATE", "1882"),
]


PENICILLIN = (
    "In the summer of 1928 Alexander Fleming left his cultures of staphylococci on a bench while "
    "he went on holiday for a month. On his return, on 3 September 1928, he found that a mould "
    "had killed the bacteria around it. He published his findings in 1929, but for a decade the "
    "work drew little notice. In the early 1940s Florey and Chain at Oxford purified the drug, "
    "and its first patient was treated in February 1941. Production rose from 1942 to 1945. "
    "Fleming, Florey and Chain shared the Nobel Prize in 1945."
)

PENICILLIN_TABLE: list[ModRow] = [
    ("the summer of 1928", "DATE", "1928-SU"),
    ("a month", "DURATION", "P1M"),
    ("3 September 1928", "DATE", "1928-09-03"),
    ("1929", "DATE", "1929"),
    ("a decade", "DURATION", "P10Y"),
    ("the early 1940s", "DATE", "194", "START"),
    ("February 1941", "DATE", "1941-02"),
    ("1942", "DATE", "1942"),
    ("1945", "DATE", "1945"),
    ("1945", "DATE", "1945"),
]


MANHATTAN_PROJECT = (
    "The Manhattan Project ran from 1942 to 1946 under General Leslie Groves. Fermi's Chicago "
    "Pile-1 went critical on 2 December 1942, and the Manhattan Project's Site Y at Los Alamos "
    "opened in April 1943. Separating U-235 and producing Element 94, plutonium, took most of "
    "the next two years. The Trinity test was conducted at 05:29 on 16 July 1945, and within a "
    "month the war was over. The project employed 130,000 people at its peak and cost nearly "
    "$2 billion."
)

MANHATTAN_PROJECT_TABLE: list[ModRow] = [
    ("1942", "DATE", "1942"),
    ("1946", "DATE", "1946"),
    # "Chicago Pile-1" is a reactor's name
    ("2 December 1942", "DATE", "1942-12-02"),
    # "Site Y", "U-235" and "Element 94" are names
    ("April 1943", "DATE", "1943-04"),
    ("the next two years", "DURATION", "P2Y"),
    ("05:29 on 16 July 1945", "TIME", "1945-07-16T05:29"),
    ("a month", "DURATION", "P1M"),
    # "130,000 people" and "$2 billion" are amounts
]


APOLLO_PROGRAM = (
    "The Apollo program was announced in July 1960 and given its goal by President Kennedy on "
    "25 May 1961: a landing on the Moon before the end of the decade. The Apollo 1 fire killed "
    "three astronauts on 27 January 1967, and crewed flights were halted for 20 months. Apollo "
    "11 launched on 16 July 1969 and landed on 20 July; Armstrong and Aldrin spent 21 hours on "
    "the surface, and the command module splashed down on 24 July, 195 hours after launch. The "
    "program ended with Apollo 17 in December 1972, eleven years after Kennedy's speech."
)

APOLLO_PROGRAM_TABLE: list[ModRow] = [
    ("July 1960", "DATE", "1960-07"),
    ("25 May 1961", "DATE", "1961-05-25"),
    ("the end of the decade", "DATE", "196", "END"),
    # "Apollo 1", "Apollo 11" and "Apollo 17" are missions
    ("27 January 1967", "DATE", "1967-01-27"),
    ("20 months", "DURATION", "P20M"),
    ("16 July 1969", "DATE", "1969-07-16"),
    ("20 July", "DATE", "1969-07-20"),
    ("21 hours", "DURATION", "PT21H"),
    # the day before a count of hours (was the count alone)
    ("24 July", "DATE", "1969-07-24"),
    ("195 hours", "DURATION", "PT195H"),
    ("December 1972", "DATE", "1972-12"),
    ("eleven years", "DURATION", "P11Y"),
]


HUMAN_GENOME_PROJECT = (
    "Interest in heredity dates from the mid-18th century, and Mendel's paper of 1866 went "
    "unread for 34 years. The Human Genome Project was launched in October 1990 as a 13-year "
    "project. By the turn of the century a working draft was within reach, and on 26 June 2000 "
    "the draft was announced at the White House. Chromosome 21 had been sequenced in May 2000. "
    "The project was completed in April 2003, two years ahead of schedule, and the last gaps "
    "were closed in 2022, nearly two decades later."
)

HUMAN_GENOME_PROJECT_TABLE: list[ModRow] = [
    ("the mid-18th century", "DATE", "17", "MID"),
    ("1866", "DATE", "1866"),
    ("34 years", "DURATION", "P34Y"),
    ("October 1990", "DATE", "1990-10"),
    ("13-year", "DURATION", "P13Y"),
    ("the turn of the century", "DATE", "20", "START"),
    ("26 June 2000", "DATE", "2000-06-26"),
    # "Chromosome 21" is a chromosome
    ("May 2000", "DATE", "2000-05"),
    ("April 2003", "DATE", "2003-04"),
    ("two years", "DURATION", "P2Y"),
    ("2022", "DATE", "2022"),
    # a count of decades in apposition restates 2022's decade (was 204, counted on)
    ("nearly two decades later", "DATE", "202", "APPROX"),
]


PASSAGES = [
    pytest.param(MAGELLAN, MAGELLAN_TABLE, id="magellan"),
    pytest.param(COOK, COOK_TABLE, id="cook"),
    pytest.param(LEWIS_AND_CLARK, LEWIS_AND_CLARK_TABLE, id="lewis-and-clark"),
    pytest.param(SOUTH_POLE, SOUTH_POLE_TABLE, id="south-pole"),
    pytest.param(BEAGLE, BEAGLE_TABLE, id="beagle"),
    pytest.param(PENICILLIN, PENICILLIN_TABLE, id="penicillin"),
    pytest.param(MANHATTAN_PROJECT, MANHATTAN_PROJECT_TABLE, id="manhattan-project"),
    pytest.param(APOLLO_PROGRAM, APOLLO_PROGRAM_TABLE, id="apollo-program"),
    pytest.param(HUMAN_GENOME_PROJECT, HUMAN_GENOME_PROJECT_TABLE, id="human-genome-project"),
]


@pytest.mark.parametrize(("text", "table"), PASSAGES)
def test_voyages_and_science_read_as_their_tables(text: str, table: list[ModRow]) -> None:
    """Each passage, read as a narrative, yields exactly its table."""
    assert _narrative(text) == table


@pytest.mark.parametrize(("text", "table"), PASSAGES)
def test_genre_auto_reads_them_as_narratives(text: str, table: list[ModRow]) -> None:
    """With no document date, genre auto reads each passage as the narrative it is."""
    assert _mentions_with_mods(text, genre="auto") == table


@pytest.mark.parametrize(
    "text",
    [
        "HMS Beagle, HMS Endeavour and HMS Resolution were refitted at Devonport.",
        "Apollo 11, Apollo 13 and Apollo 17 were crewed missions; Gemini 7 stayed aloft.",
        "Soyuz 11, Vostok 1, Skylab 4 and the Mariner 4 probe were milestones.",
        "Element 94 was named plutonium; U-235 and U-238 were separated at Oak Ridge.",
        "Pu-239 and Co-60 are isotopes.",
        "Chromosome 21 and chromosome 22 were the first to be sequenced.",
        "The border follows the 49th parallel for 1,260 miles.",
        "The expedition covered 4,000 miles by canoe and on foot.",
        "Lewis and Clark's Corps of Discovery numbered 33 people.",
        "The paper appeared in the Royal Society's Philosophical Transactions.",
        "The Harvard Mark I and the Colossus Mark 2 were early computers.",
        "The Manhattan Project's Site Y was at Los Alamos.",
        "The Endeavour carried 94 men and 22 cannon.",
        "The ship reached 71°10′ S, the farthest south yet.",
        "The 22-year-old Darwin sailed aged 22 and returned aged 27.",
    ],
)
def test_ships_missions_isotopes_and_distances_are_no_dates(text: str) -> None:
    """Ships, missions, elements, isotopes, chromosomes, parallels, distances, crews, journals,
    computers, sites, latitudes and ages named by a number: nothing."""
    assert _found(text) == []


@pytest.mark.parametrize(
    ("text", "table"),
    [
        pytest.param(
            "The 1851 Great Exhibition was held in Hyde Park.",
            [("1851", "DATE", "1851")],
            id="an-exhibition",
        ),
        pytest.param(
            "Newton's 1687 Principia set out the laws of motion.",
            [("1687", "DATE", "1687")],
            id="a-work",
        ),
        pytest.param(
            "Eddington's 1919 eclipse expedition confirmed the prediction.",
            [("1919", "DATE", "1919")],
            id="an-expedition",
        ),
    ],
)
def test_the_year_of_a_named_event_or_work_is_tagged(text: str, table: list[ModRow]) -> None:
    """ "the 1851 Great Exhibition", "Newton's 1687 Principia": the year, as TimeBank tags "the
    1996 Olympics"."""
    assert _narrative(text) == table


@pytest.mark.parametrize(
    ("text", "table"),
    [
        pytest.param(
            "Amundsen reached the pole on 14 December 1911. Scott arrived on 17 January 1912, "
            "five weeks later.",
            [
                ("14 December 1911", "DATE", "1911-12-14"),
                ("17 January 1912", "DATE", "1912-01-17"),
                ("five weeks later", "DATE", "1912-W03"),
            ],
            id="weeks",
        ),
        pytest.param(
            "The party landed on 20 January 1902. The relief ship arrived on 3 March, six weeks "
            "later.",
            [
                ("20 January 1902", "DATE", "1902-01-20"),
                ("3 March", "DATE", "1902-03-03"),
                ("six weeks later", "DATE", "1902-W10"),
            ],
            id="weeks-a-day-of-the-story",
        ),
        pytest.param(
            "Mendel published his paper in 1866. It was rediscovered in 1900, three decades later.",
            [
                ("1866", "DATE", "1866"),
                ("1900", "DATE", "1900"),
                ("three decades later", "DATE", "190"),
            ],
            id="decades",
        ),
        pytest.param(
            "The project ended in 2003. The last gaps were closed in 2022, nearly two decades "
            "later.",
            [
                ("2003", "DATE", "2003"),
                ("2022", "DATE", "2022"),
                ("nearly two decades later", "DATE", "202", "APPROX"),
            ],
            id="decades-approx",
        ),
        pytest.param(
            "The manuscript was lost in 1855. It was rediscovered in 1962, a century later.",
            [
                ("1855", "DATE", "1855"),
                ("1962", "DATE", "1962"),
                ("a century later", "DATE", "19"),
            ],
            id="a-century",
        ),
        pytest.param(
            "The ship sank off the Cape in 1811. The wreck was found in 2019, nearly two "
            "centuries later.",
            [
                ("1811", "DATE", "1811"),
                ("2019", "DATE", "2019"),
                ("nearly two centuries later", "DATE", "20", "APPROX"),
            ],
            id="centuries",
        ),
    ],
)
def test_a_count_in_apposition_restates_the_date_in_weeks_decades_and_centuries(
    text: str, table: list[ModRow]
) -> None:
    """ "arrived on 17 January 1912, five weeks later": the week of 17 January; "closed in
    2022, nearly two decades later": the 2020s; "in 1962, a century later": the 20th century
    (were counted on from the date: 1912-W08, 204, 20)."""
    assert _narrative(text) == table


@pytest.mark.parametrize(
    ("text", "table"),
    [
        pytest.param(
            "The expedition sailed in January 1912. It returned in March 1912, five weeks later.",
            [
                ("January 1912", "DATE", "1912-01"),
                ("March 1912", "DATE", "1912-03"),
                ("five weeks later", "DATE", "1912-03"),
            ],
            id="weeks-after-a-month",
        ),
        pytest.param(
            "Cook landed in 1770. The First Fleet arrived in 1788, 18 months later.",
            [
                ("1770", "DATE", "1770"),
                ("1788", "DATE", "1788"),
                ("18 months later", "DATE", "1788"),
            ],
            id="months-after-a-year",
        ),
        pytest.param(
            "The expedition sailed in 1910. It returned in the 1920s, two years later.",
            [
                ("1910", "DATE", "1910"),
                ("the 1920s", "DATE", "192"),
                ("two years later", "DATE", "192"),
            ],
            id="years-after-a-decade",
        ),
    ],
)
def test_a_count_in_apposition_to_the_next_coarser_date_restates_that_date(
    text: str, table: list[ModRow]
) -> None:
    """ "in March 1912, five weeks later" is March 1912, "in 1788, 18 months later" 1788, "in
    the 1920s, two years later" the 1920s (were April 1912, 1789, and two years after 1910)."""
    assert _narrative(text) == table


@pytest.mark.parametrize(
    ("text", "table"),
    [
        pytest.param(
            "The project ended in 2003. The gaps were closed in 2022. Two decades later the data "
            "were reused.",
            [
                ("2003", "DATE", "2003"),
                ("2022", "DATE", "2022"),
                ("Two decades later", "DATE", "204"),
            ],
            id="a-sentence-of-its-own",
        ),
        pytest.param(
            "The expedition sailed in 1910. It returned in the summer of 1912, five weeks later.",
            [
                ("1910", "DATE", "1910"),
                ("the summer of 1912", "DATE", "1912-SU"),
                ("five weeks later", "DATE", "1912-SU"),
            ],
            id="after-a-season",
        ),
    ],
)
def test_other_counts_after_a_date_still_count(text: str, table: list[ModRow]) -> None:
    """A count in a sentence of its own counts on from the date before it; a season keeps the
    count as before."""
    assert _narrative(text) == table


@pytest.mark.parametrize(
    ("text", "table"),
    [
        pytest.param(
            "The fleet sailed on 20 September 1519. In September 1522, almost exactly three "
            "years later, the Victoria returned.",
            [
                ("20 September 1519", "DATE", "1519-09-20"),
                ("September 1522", "DATE", "1522-09"),
                ("three years later", "DATE", "1522"),
            ],
            id="almost-exactly",
        ),
        pytest.param(
            "The Principia appeared in 1687. The Opticks followed in 1704, only 17 years later.",
            [
                ("1687", "DATE", "1687"),
                ("1704", "DATE", "1704"),
                ("17 years later", "DATE", "1704"),
            ],
            id="only",
        ),
        pytest.param(
            "Amundsen reached the pole on 14 December 1911. Scott arrived on 17 January 1912, "
            "just five weeks later.",
            [
                ("14 December 1911", "DATE", "1911-12-14"),
                ("17 January 1912", "DATE", "1912-01-17"),
                ("five weeks later", "DATE", "1912-W03"),
            ],
            id="just",
        ),
        pytest.param(
            "The war began in 1939. In 1945, a full six years later, it ended.",
            [
                ("1939", "DATE", "1939"),
                ("1945", "DATE", "1945"),
                ("six years later", "DATE", "1945"),
            ],
            id="a-full",
        ),
    ],
)
def test_a_count_after_how_exactly_or_how_few_still_restates_the_date(
    text: str, table: list[ModRow]
) -> None:
    """ "In September 1522, almost exactly three years later": 1522 (was 1525, counted on), as
    after "almost" or "some"; so after "exactly", "precisely", "just", "only", "barely",
    "fully" and "a full"."""
    assert _narrative(text) == table


@pytest.mark.parametrize(
    ("text", "table"),
    [
        pytest.param(
            "The ship left on 1 May 1910. It was only two years later that it sank.",
            [("1 May 1910", "DATE", "1910-05-01"), ("two years later", "DATE", "1912")],
            id="no-date-before-it",
        ),
        pytest.param(
            "The war began in 1939. In 1945 it ended; only six years later, it began again.",
            [
                ("1939", "DATE", "1939"),
                ("1945", "DATE", "1945"),
                ("six years later", "DATE", "1951"),
            ],
            id="another-clause",
        ),
    ],
)
def test_only_a_count_not_in_apposition_counts_on(text: str, table: list[ModRow]) -> None:
    """ "only two years later" with no date just before it, or in a clause after the date's:
    counted on from the story's date."""
    assert _narrative(text) == table


@pytest.mark.parametrize(
    ("text", "table"),
    [
        pytest.param(
            "The capsule splashed down on 24 July, 195 hours after launch.",
            [("24 July", "DATE", "XXXX-07-24"), ("195 hours", "DURATION", "PT195H")],
            id="three-digits",
        ),
        pytest.param(
            "The landing came on 20 July, 36 hours after they entered lunar orbit.",
            [("20 July", "DATE", "XXXX-07-20"), ("36 hours", "DURATION", "PT36H")],
            id="two-digits",
        ),
        pytest.param(
            "The ship docked on 9 May 1 hour after dawn.",
            [
                ("9 May", "DATE", "XXXX-05-09"),
                ("1 hour", "DURATION", "PT1H"),
                ("dawn", "TIME", "XXXX-XX-XXTMO"),
            ],
            id="one-hour-no-comma",
        ),
        pytest.param(
            "The relief arrived on 24 July, 1,200 hours after the siege began.",
            [("24 July", "DATE", "XXXX-07-24"), ("1,200 hours", "DURATION", "PT1200H")],
            id="thousands",
        ),
    ],
)
def test_a_day_before_a_count_of_hours_keeps_its_date(text: str, table: list[ModRow]) -> None:
    """ "on 24 July, 195 hours after launch": the day and the count (the day was dropped, left
    to a clock time that is not there)."""
    assert _narrative(text) == table


@pytest.mark.parametrize(
    ("text", "table"),
    [
        pytest.param(
            "At 0400 hours on 24 May the battlecruiser opened fire.",
            [("0400 hours on 24 May", "TIME", "XXXX-05-24T04:00")],
            id="a-clock-before-the-day",
        ),
        pytest.param(
            "On 6 June at 0630 hours the first wave landed.",
            [("6 June at 0630 hours", "TIME", "XXXX-06-06T06:30")],
            id="a-clock-after-at",
        ),
    ],
)
def test_four_digits_before_hours_stay_a_clock_time(text: str, table: list[ModRow]) -> None:
    """ "0400 hours on 24 May", "6 June at 0630 hours": a military clock time with its day."""
    assert _narrative(text) == table


@pytest.mark.parametrize(
    ("text", "table"),
    [
        pytest.param(
            "A three-and-a-half-year voyage followed.",
            [("three-and-a-half-year", "DURATION", "P3Y6M")],
            id="years",
        ),
        pytest.param(
            "It was a four-and-a-half-month journey across the ice.",
            [("four-and-a-half-month", "DURATION", "P4.5M")],
            id="months",
        ),
        pytest.param(
            "The crossing was a two-and-a-half-hour flight.",
            [("two-and-a-half-hour", "DURATION", "PT2H30M")],
            id="hours",
        ),
        pytest.param(
            "The siege lasted a year-and-a-half.",
            [("a year-and-a-half", "DURATION", "P1Y6M")],
            id="a-unit-and-a-half",
        ),
    ],
)
def test_half_a_unit_hyphenated_into_a_count(text: str, table: list[ModRow]) -> None:
    """ "a three-and-a-half-year voyage" P3Y6M, "a year-and-a-half" P1Y6M (were nothing, or
    "a year")."""
    assert _narrative(text) == table


@pytest.mark.parametrize(
    "text",
    [
        "A two-and-a-half-year-old girl was rescued.",
        "The three-and-a-half-month-old puppy slept.",
        "A year-and-a-half-old colt won the race.",
        "She was two and a half years old.",
        "The score was three-and-a-half points.",
    ],
)
def test_ages_and_scores_with_a_half_are_no_lengths(text: str) -> None:
    """Ages ("a two-and-a-half-year-old girl", "two and a half years old") and scores are no
    times."""
    assert _found(text) == []


@pytest.mark.parametrize(
    ("text", "table"),
    [
        pytest.param(
            "The ship sailed in August 1768. The year before, Wallis had found Tahiti.",
            [("August 1768", "DATE", "1768-08"), ("The year before", "DATE", "1767")],
            id="the-year-before-a-month",
        ),
        pytest.param(
            "Cook reached Tahiti in April 1769. The year after, he charted New Zealand.",
            [("April 1769", "DATE", "1769-04"), ("The year after", "DATE", "1770")],
            id="the-year-after-a-month",
        ),
        pytest.param(
            "The ship sailed in the summer of 1768. The year before, Wallis had found Tahiti.",
            [("the summer of 1768", "DATE", "1768-SU"), ("The year before", "DATE", "1767")],
            id="the-year-before-a-season",
        ),
    ],
)
def test_the_year_before_a_month_is_the_year_before(text: str, table: list[ModRow]) -> None:
    """ "In August 1768 ... The year before": 1767, as "the previous year" is (was 1767-08,
    a count of one year from the month)."""
    assert _narrative(text) == table


@pytest.mark.parametrize(
    ("text", "table"),
    [
        pytest.param(
            "The ship sailed on 26 August 1768. Banks had joined the month before.",
            [("26 August 1768", "DATE", "1768-08-26"), ("the month before", "DATE", "1768-07")],
            id="the-month-before-a-day",
        ),
        pytest.param(
            "The ship sailed on 26 August 1768. Banks had joined the day before.",
            [("26 August 1768", "DATE", "1768-08-26"), ("the day before", "DATE", "1768-08-25")],
            id="the-day-before-a-day",
        ),
        pytest.param(
            "The ship sailed in August 1768. A year later it reached New Zealand.",
            [("August 1768", "DATE", "1768-08"), ("A year later", "DATE", "1769-08")],
            id="a-count-of-a-year",
        ),
    ],
)
def test_other_periods_before_and_counts_keep_their_values(text: str, table: list[ModRow]) -> None:
    """ "the month before" and "the day before" a day are as before; "A year later" counts a
    year from the month."""
    assert _narrative(text) == table


@pytest.mark.xfail(
    strict=True,
    reason="'a' before a plural unit is read as one unit ('a centuries', P100Y); the vague "
    "compound is left untagged after 'the' ('the centuries-old church'), but TimeBank tags "
    "'a years-old slump' as 'years-old' P1Y, so the fix would lose a gold value",
)
def test_a_centuries_old_question_is_no_length() -> None:
    """ "a centuries-old question", "a decades-old dispute": ages, untagged as "the
    centuries-old church" is (were "a centuries" P100Y, "a decades" P10Y)."""
    assert _found("It answered a centuries-old question and a decades-old dispute.") == []
