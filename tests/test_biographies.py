"""Held-out genre: biographies and encyclopedic articles (people, companies, buildings, bands).

Each passage was written for these tests in the style of an encyclopedia. Such texts come
without a document date, or with one years after the events, and are run as narratives: a
relative expression follows the dates the text establishes. Each passage is checked with
``genre="narrative"`` and no document date, and with ``genre="auto"`` and a document date
long after the events, which must agree. The tables pin what must be found, with its type and
value; the sentences after them pin what must not.

Conventions (TimeBank's, where it has one):
- Ages are properties of people, not times: "aged 22", "at the age of 17", "30 years old",
  "in her early forties" are not tagged (TimeBank tags 2 of its 38 "N-year-old"s).
- A year naming a work or an event is tagged as TimeBank tags "the 1996 Olympics": "their
  1979 album", "the 1999 film", "the 2012 Summer Olympics". Names with a number that is no
  year are not: "Boeing 747", "Windows 95", "F-16", "Apollo 11", "Catch-22", "Route 66".
- "N years after EVENT" is a duration ("five years after the liberation": P5Y), its anchor an
  event; "N years later" is a date.
"""

from __future__ import annotations

import pytest
from passages import Row
from passages import mentions as _mentions

from chrono import extract_document

LATER_DCT = "2024-05-01"


def _both_ways(text: str) -> list[Row]:
    """The mentions read as a narrative without a date, after checking that ``auto`` with a
    document date years later reads them the same."""
    narrative = _mentions(text, genre="narrative")
    assert _mentions(text, genre="auto", dct=LATER_DCT) == narrative
    return narrative


# ---- leads: life dates ------------------------------------------------------------------------

LEAD_FULL = (
    "Margarethe Vogel (14 March 1879 – 18 April 1955) was a German physicist. She was born in "
    "Ulm and moved with her family to Munich in 1880. At the age of 17 she entered the "
    "polytechnic in Zurich, and she graduated in 1900. From 1902 to 1909 she worked at the "
    "patent office in Bern. In 1921 she received the Nobel Prize in Physics. She lived in "
    "Princeton until her death in 1955."
)
LEAD_FULL_TABLE: list[Row] = [
    ("14 March 1879", "DATE", "1879-03-14"),
    ("18 April 1955", "DATE", "1955-04-18"),
    ("1880", "DATE", "1880"),
    ("1900", "DATE", "1900"),
    ("1902", "DATE", "1902"),
    ("1909", "DATE", "1909"),
    ("1921", "DATE", "1921"),
    ("1955", "DATE", "1955"),
]


def test_lead_with_full_life_dates_and_years_of_a_career() -> None:
    """Day-month-year life dates in the lead, then the years of a life; an age is no date."""
    assert _both_ways(LEAD_FULL) == LEAD_FULL_TABLE


LEAD_US = (
    "Tomás Reyes (March 3, 1921 – November 9, 1988) was an American novelist. He was born on "
    "March 3, 1921, in Tucson, Arizona. His first novel, Dust, appeared in 1946; a year later "
    "he married the painter Ana Cruz. The following year they moved to New York. In the same "
    "year he began teaching at Columbia. He died of pneumonia shortly before his 68th birthday."
)
LEAD_US_TABLE: list[Row] = [
    ("March 3, 1921", "DATE", "1921-03-03"),
    ("November 9, 1988", "DATE", "1988-11-09"),
    ("March 3, 1921", "DATE", "1921-03-03"),
    ("1946", "DATE", "1946"),
    ("a year later", "DATE", "1947"),
    ("The following year", "DATE", "1948"),
    ("the same year", "DATE", "1948"),
]


def test_lead_with_american_dates_then_years_counted_from_the_story() -> None:
    """ "a year later", "the following year", "in the same year" follow the story's last
    year, not the document date; a birthday is no date."""
    assert _both_ways(LEAD_US) == LEAD_US_TABLE


LEAD_SHORT = (
    "Giovanni da Serra (c. 1450 – 1519) was an Italian painter. His teacher, Paolo Ferri (fl. "
    "1420), is known only from guild records. Serra's pupil Ludovico Bassi (1479–1533) "
    "completed the altarpiece. The critic Anne Holm (born 12 March 1950) catalogued his work; "
    "her colleague Peter Lund (died 2011) disputed two attributions. Holm, b. 1950, and Lund, "
    "d. 2011, both taught in Leiden."
)
LEAD_SHORT_TABLE: list[Row] = [
    ("c. 1450", "DATE", "1450"),
    ("1519", "DATE", "1519"),
    ("1420", "DATE", "1420"),
    ("1479", "DATE", "1479"),
    ("1533", "DATE", "1533"),
    ("12 March 1950", "DATE", "1950-03-12"),
    ("2011", "DATE", "2011"),
    ("1950", "DATE", "1950"),
    ("2011", "DATE", "2011"),
]


def test_short_life_dates_circa_floruit_born_and_died() -> None:
    """ "(c. 1450 – 1519)", "(fl. 1420)", "(1479–1533)", "(born ...)", "(died ...)", "b.",
    "d.": each year is a date, "c." makes it approximate."""
    assert _both_ways(LEAD_SHORT) == LEAD_SHORT_TABLE
    doc, _ = extract_document(LEAD_SHORT, genre="narrative")
    assert doc.mentions[0].mod is not None and doc.mentions[0].mod.value == "APPROX"


EARLY_LEADS = (
    "Augustine of Hippo (354–430) was a theologian and philosopher. Bede (c. 673 – 735) was an "
    "English monk at Jarrow. Charlemagne (2 April 742 – 28 January 814), also known as Charles "
    "the Great, was King of the Franks. Avicenna (c. 980 – 1037) was a Persian physician."
)
EARLY_LEADS_TABLE: list[Row] = [
    ("354", "DATE", "0354"),
    ("430", "DATE", "0430"),
    ("c. 673", "DATE", "0673"),
    ("735", "DATE", "0735"),
    ("2 April 742", "DATE", "0742-04-02"),
    ("28 January 814", "DATE", "0814-01-28"),
    ("c. 980", "DATE", "0980"),
    ("1037", "DATE", "1037"),
]


def test_life_dates_before_the_year_1000_in_a_lead() -> None:
    """Three-digit years are dates in the life dates of a lead: bracketed, joined by a dash,
    and followed by the lead's verb or alias."""
    assert _both_ways(EARLY_LEADS) == EARLY_LEADS_TABLE


# ---- ages and stages of a life ----------------------------------------------------------------

AGES = (
    "Clara Weiss was born on 5 May 1818 in Trier. During her childhood the family moved often. "
    "She began to paint in her late teens and first exhibited, aged 22, in Cologne. By the time "
    "she was 30 years old she was famous. In her early forties she went blind, and after 13 "
    "years of silence she published her memoirs. She spent the last decade of her life in Bonn."
)
AGES_TABLE: list[Row] = [
    ("5 May 1818", "DATE", "1818-05-05"),
    ("13 years", "DURATION", "P13Y"),
    ("the last decade", "DURATION", "P10Y"),
]


def test_ages_and_stages_of_life_are_not_dates() -> None:
    """Ages ("aged 22", "30 years old", "in her early forties") and stages ("her childhood")
    are not tagged; "13 years" of silence and "the last decade" of a life are durations."""
    assert _both_ways(AGES) == AGES_TABLE


DEATH = (
    "Sir Edmund Hale died on 3 January 2011 at his home in Leeds, aged 83. He had been ill for "
    "several months. His funeral took place on 14 January, and a memorial service was held in "
    "the spring. In 2012 a statue of him was unveiled in Leeds."
)
DEATH_TABLE: list[Row] = [
    ("3 January 2011", "DATE", "2011-01-03"),
    ("several months", "DURATION", "PXM"),
    ("14 January", "DATE", "2011-01-14"),
    ("the spring", "DATE", "2011-SP"),
    ("2012", "DATE", "2012"),
]


def test_an_obituary_places_days_and_seasons_in_the_year_of_death() -> None:
    """A day and a season without a year take the year of the death just told."""
    assert _both_ways(DEATH) == DEATH_TABLE


# ---- the story's own time: counted from the last date -----------------------------------------

RELATIVE = (
    "In 1934 the architect Hanna Berg opened a studio in Oslo. Three years later she won the "
    "competition for the city hall, and that summer she travelled to Italy. Two years earlier "
    "she had taught in Bergen. The war interrupted work from 1940 to 1945; the building was "
    "finally opened in 1950, five years after the liberation. The year after, she retired. She "
    "died in 1962. The following decade her studio was demolished."
)
RELATIVE_TABLE: list[Row] = [
    ("1934", "DATE", "1934"),
    ("Three years later", "DATE", "1937"),
    ("that summer", "DATE", "1937-SU"),
    ("Two years earlier", "DATE", "1935"),
    ("1940", "DATE", "1940"),
    ("1945", "DATE", "1945"),
    ("1950", "DATE", "1950"),
    ("five years", "DURATION", "P5Y"),
    ("The year after", "DATE", "1951"),
    ("1962", "DATE", "1962"),
    ("The following decade", "DATE", "197"),
]


def test_relative_years_seasons_and_decades_follow_the_story() -> None:
    """ "Three years later", "that summer", "Two years earlier", "The year after" and "The
    following decade" count from the last date the text gave."""
    assert _both_ways(RELATIVE) == RELATIVE_TABLE


PARTS_OF_YEARS = (
    "Olsen was elected mayor in November 1932 and took office in March of the following year. "
    "In 1936 he moved to Paris; in the autumn of that year he fell ill. He married in 1938 and "
    "in the spring of the same year bought a farm. He had sold his house in the summer of the "
    "previous year. He spent the 1940s in Lyon; late that decade he returned to Norway."
)
PARTS_OF_YEARS_TABLE: list[Row] = [
    ("November 1932", "DATE", "1932-11"),
    ("March of the following year", "DATE", "1933-03"),
    ("1936", "DATE", "1936"),
    ("the autumn of that year", "DATE", "1936-FA"),
    ("1938", "DATE", "1938"),
    ("the spring of the same year", "DATE", "1938-SP"),
    ("the summer of the previous year", "DATE", "1937-SU"),
    ("the 1940s", "DATE", "194"),
    ("late that decade", "DATE", "194"),
]


def test_a_month_or_season_of_that_year_is_one_date() -> None:
    """ "March of the following year", "the autumn of that year": one date in the year counted
    from the story's last date (not "March" of the year before, beside "the following year")."""
    assert _both_ways(PARTS_OF_YEARS) == PARTS_OF_YEARS_TABLE


DECADES = (
    "Born in 1927, Ruth Lindqvist grew up in Gothenburg in the 1930s. She studied in Uppsala in "
    "the late 1940s and between 1951 and 1955 worked in Paris. In the spring of 1956 she "
    "returned to Sweden. Throughout the 1960s and 1970s she published a novel every two years. "
    "Her last book appeared in 1998, and she died in 2004 at the age of 77."
)
DECADES_TABLE: list[Row] = [
    ("1927", "DATE", "1927"),
    ("the 1930s", "DATE", "193"),
    ("the late 1940s", "DATE", "194"),
    ("1951", "DATE", "1951"),
    ("1955", "DATE", "1955"),
    ("the spring of 1956", "DATE", "1956-SP"),
    ("the 1960s", "DATE", "196"),
    ("1970s", "DATE", "197"),
    ("every two years", "SET", "P2Y"),
    ("1998", "DATE", "1998"),
    ("2004", "DATE", "2004"),
]


def test_decades_seasons_and_ranges_of_a_career() -> None:
    """Decades (with "late"), a season of a year, "between ... and ..." and a recurrence."""
    assert _both_ways(DECADES) == DECADES_TABLE


# ---- companies, institutions, buildings, bands ------------------------------------------------

COMPANY = (
    "Nordwind AG is a German maker of wind turbines, founded in 1998 in Kiel. In fiscal 2003 "
    "the company reported its first profit, and it listed on the Frankfurt exchange in 2004. "
    "Since its IPO in 2004 it has acquired six rivals. In the early 2000s most of its sales "
    "were in Denmark; by the mid-2010s China had become its largest market. As of 2023, it "
    "employed 4,200 people, and as of January 2024 it operated plants in nine countries."
)
COMPANY_TABLE: list[Row] = [
    ("1998", "DATE", "1998"),
    ("fiscal 2003", "DATE", "2003"),
    ("2004", "DATE", "2004"),
    ("2004", "DATE", "2004"),
    ("the early 2000s", "DATE", "200"),
    ("the mid-2010s", "DATE", "201"),
    ("2023", "DATE", "2023"),
    ("January 2024", "DATE", "2024-01"),
]


def test_company_history_fiscal_years_decades_and_as_of_dates() -> None:
    """A founding year, a fiscal year, decades with "early"/"mid-" and "as of" dates."""
    assert _both_ways(COMPANY) == COMPANY_TABLE


INSTITUTION = (
    "The University of Norrvik was founded in 1583 as a Lutheran college. It received its royal "
    "charter in 1617 and was rebuilt after a fire in the 18th century. During the Second World "
    "War the main building served as a hospital. Since 2010 the university has been a member "
    "of the Coimbra Group. Today it has about 30,000 students, and it currently ranks among "
    "the top 200 universities."
)


def test_today_in_an_encyclopedia_is_the_time_of_writing() -> None:
    """ "Today it has 30,000 students" steps out of the history: the present of the writer
    (the document date, else PRESENT_REF), not the story's last year (2010)."""
    head: list[Row] = [
        ("1583", "DATE", "1583"),
        ("1617", "DATE", "1617"),
        ("the 18th century", "DATE", "17"),
        ("2010", "DATE", "2010"),
    ]
    assert _mentions(INSTITUTION, genre="narrative") == [
        *head,
        ("Today", "DATE", "PRESENT_REF"),
        ("currently", "DATE", "PRESENT_REF"),
    ]
    assert _mentions(INSTITUTION, genre="narrative", dct=LATER_DCT) == [
        *head,
        ("Today", "DATE", LATER_DCT),
        ("currently", "DATE", "PRESENT_REF"),
    ]


def test_today_told_in_the_past_stays_the_story_day() -> None:
    """A diary's "Today we marched" (past tense) is the story's day, as before."""
    text = "On 3 May 1862 the regiment left Richmond. Today we marched twenty miles, he wrote."
    assert _mentions(text, genre="narrative") == [
        ("3 May 1862", "DATE", "1862-05-03"),
        ("Today", "DATE", "1862-05-03"),
    ]


BUILDING = (
    "St. Aldhelm's is a 15th-century church in the village of Bramford. The tower was rebuilt "
    "between 1887 and 1889, and the spire was completed in 1889. The church was Grade II listed "
    "in 1951. Nearby stands a 13th-century castle, ruined since the 17th century. The 19th-century "
    "rectory was sold in the 1970s. The village grew in the late 19th and early 20th centuries."
)
BUILDING_TABLE: list[Row] = [
    ("15th-century", "DATE", "14"),
    ("1887", "DATE", "1887"),
    ("1889", "DATE", "1889"),
    ("1889", "DATE", "1889"),
    ("1951", "DATE", "1951"),
    ("13th-century", "DATE", "12"),
    ("the 17th century", "DATE", "16"),
    ("The 19th-century", "DATE", "18"),
    ("the 1970s", "DATE", "197"),
    ("late 19th", "DATE", "18"),
    ("early 20th centuries", "DATE", "19"),
]


def test_buildings_centuries_as_adjectives_and_listing_years() -> None:
    """ "a 15th-century church" is a date; so are both centuries of "the late 19th and early
    20th centuries"."""
    assert _both_ways(BUILDING) == BUILDING_TABLE


BAND = (
    "The Kestrels were an English rock band formed in Manchester in 1976. They released their "
    "debut single the following year. Their 1979 album Night Trains reached number three, and "
    "they toured the United States in the summer of 1980. The band split in 1983 but reunited "
    "in 2007 for a tour that lasted 18 months. Their songs appeared in the 1999 film Glass "
    "Harbour and at the 2012 Summer Olympics."
)
BAND_TABLE: list[Row] = [
    ("1976", "DATE", "1976"),
    ("the following year", "DATE", "1977"),
    ("1979", "DATE", "1979"),
    ("the summer of 1980", "DATE", "1980-SU"),
    ("1983", "DATE", "1983"),
    ("2007", "DATE", "2007"),
    ("18 months", "DURATION", "P18M"),
    ("1999", "DATE", "1999"),
    ("2012", "DATE", "2012"),
]


def test_band_history_years_naming_albums_films_and_games_are_dates() -> None:
    """ "their 1979 album", "the 1999 film", "the 2012 Summer Olympics": the year is tagged, as
    TimeBank tags the year of a named event."""
    assert _both_ways(BAND) == BAND_TABLE


# ---- what must not be found -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("At the age of 17 she left; aged 22 she married.", []),
        ("By 30 years old she was famous, and in her early forties blind.", []),
        ("In his early twenties he lived in Rome, during his childhood in Naples.", []),
        ("On his 70th birthday he retired; it was his annus mirabilis.", []),
        ("He flew a Boeing 747 on Route 66 in a Windows 95 advertisement.", []),
        ("The F-16 and Apollo 11 exhibits drew crowds; she reread Catch-22.", []),
        ("She watched Super Bowl LVII with a 6-year-old boy.", []),
    ],
)
def test_ages_and_numbered_names_are_not_dates(text: str, found: list[str]) -> None:
    """Ages, birthdays and names carrying a number that is no year yield nothing."""
    assert [t for t, _, _ in _mentions(text, genre="narrative")] == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Mean age was 30 (25–35), and 12 (10–14) were women.", []),
        ("See Smith (pp. 12–145) was cited.", []),
        ("They met the week before the vote.", []),
        ("The next decade will be hard.", ["The next decade"]),
    ],
)
def test_biography_rules_do_not_fire_in_formal_text(text: str, found: list[str]) -> None:
    """Bracketed ranges of small numbers are no life dates; "the week before" an event counts
    from the event, not from the story's date; "the next decade" keeps its news reading."""
    assert [t for t, _, _ in _mentions(text, dct="2023-09-12")] == found
