"""Held-out genre, twenty-fifth round: endings, treaties, trials and memory.

Passages written for these tests in the style of English Wikipedia's articles on how wars end
and how they are remembered: armistices, surrenders and ceasefires (Compiègne, Mudros, Reims
and Berlin, the USS Missouri, the Paris Peace Accords), peace conferences and treaties (Paris
1919, Versailles, San Francisco), demobilization and the occupation zones of Germany and
Austria, war crimes trials and their prisons (Nuremberg, Spandau, the Tokyo tribunal),
reparations (the London Schedule, the Young Plan, the final payment of 2010) and
commemorations (Remembrance Day, the Menin Gate, the Vietnam Veterans Memorial), read as
narratives with no document date: each date is anchored by the text's own dates.

Earlier rounds (tests/test_war*.py) already test an armistice signed "at 5 a.m. on 11
November" and taking effect "six hours later", "the eleventh hour of the eleventh day of the
eleventh month", a ceasefire "at midnight on 27/28 July 1953" and "at one minute after
midnight on 12 May 1949", "Armistice Day, 11 November", "Remembrance Day is observed on 11
November", "commemorated annually on 25 April" and "the 250th anniversary in 1996"; they are
used here only as steps of the text.

Conventions followed (the project's, after TimeBank):
- a treaty's, a trial's or an occupation's length is a DURATION ("lasted six months", "sat for
  two and a half years", "payments over 59 years", "their full 20-year terms");
- "five years to the day after" an event, "sixty days after the accords" and "almost 29 years
  after the war ended" are lengths from an event the text does not date: DURATIONs, "almost"
  and "over" no part of them (TimeBank mostly leaves them out), "nearly seven years" APPROX;
- "the following year", "two years later" and "two weeks later" count from the last date
  told ("two weeks later" after 1 October 1946 is that week, 1946-W42);
- "in the early hours of 16 October" tags the day alone;
- "annually on 11 November" and "on 9 May each year" are SETs of that day of every year,
  "every year" the set of years;
- articles, resolutions, protocols, points, zones, councils, halls and courtrooms ("Article
  231", "Resolution 242", "Protocol I", "the Fourteen Points", "Zone 3", "the Big Four", "Hall
  600", "Courtroom 600") are no dates.
New here:
- a clock's twelve before noon or midnight is part of the time, as "12 noon" alone is: "at 12
  noon the next day", "12:00 noon on 8 September 1943" and "12 midnight on 31 May 1962" are one
  TIME each (were "noon the next day" without its twelve, or "12:00" and "noon on 8 September"
  apart);
- Central European Time written out after a clock time is its zone, as "CET" is, and joins
  the day after it: "at 23:01 Central European Time on 8 May" is 1945-05-08T23:01+01:00 (was
  the clock time alone, on the day before), "2301 hours Central European Time on 8 May 1945"
  too; so are "Central European Summer Time" and "Central Standard Time" ("Central Standard
  Oil" is none);
- a clock time with its a.m., p.m. or o'clock after "each evening at" keeps them in the set:
  "each evening at 8 p.m." (was "each evening at 8"), "every night at 10 o'clock" (was "every
  night" and "10 o'clock");
- a weekday named by a day of the year is one date counted from it, as "the Friday after
  Thanksgiving" is from the holiday: "from 1946 ... on the Sunday nearest 11 November" is
  1946-11-10, "the Sunday before 11 November 1923" 1923-11-04, "the Monday after 4 July 1776"
  1776-07-08 (were the weekday alone, in the story year's first week, and the day apart);
- a count in apposition to a date restates it after "almost", "some", "about" or "just over"
  too, as it does bare ("in 1990, 45 years later" is 1990): "surrendered in March 1974, almost
  29 years later" is 1974 (was 2003, counted from 1974);
- a place's or the local time before the day of the story it falls on is one TIME, as before
  "on" and a date: "at 8 a.m. Saigon time the next day" after 27 January 1973 is
  1973-01-28T08:00, "at 8 a.m. local time the following day" too (the clock time was the day
  before's, and the day a mention of its own).
"""

from __future__ import annotations

import pytest
from passages import ModRow
from passages import found_in_narrative as _found
from passages import mentions_with_mods as _mentions_with_mods


def _narrative(text: str) -> list[ModRow]:
    return _mentions_with_mods(text, genre="narrative")


COMPIEGNE = (
    "The Armistice of 11 November 1918 was signed in a railway carriage in the forest of "
    "Compiègne at 5:10 a.m. and took effect at 11 a.m. Paris time. Fighting went on along the "
    "whole front until the last moment, and some 2,700 men were killed that morning. Under its "
    "34 articles, German forces were to evacuate Belgium, France and Alsace-Lorraine within 15 "
    "days. The armistice was extended three times, for a month each time, before the peace "
    "was signed."
)

COMPIEGNE_TABLE: list[ModRow] = [
    ("11 November 1918", "DATE", "1918-11-11"),
    ("5:10 a.m.", "TIME", "1918-11-11T05:10"),
    ("11 a.m.", "TIME", "1918-11-11T11:00"),
    ("that morning", "TIME", "1918-11-11TMO"),
    ("15 days", "DURATION", "P15D"),
    ("a month", "DURATION", "P1M"),
]


VERSAILLES = (
    "The Paris Peace Conference opened on 18 January 1919 and lasted six months. The Big Four "
    "met in private from March, and little was left of the Fourteen Points. The Treaty of "
    "Versailles was signed on 28 June, five years to the day after the assassination of Franz "
    "Ferdinand. Under Article 231 Germany accepted responsibility for the war. It ratified the "
    "treaty on 9 July, and the treaty came into force on 10 January 1920."
)

VERSAILLES_TABLE: list[ModRow] = [
    ("18 January 1919", "DATE", "1919-01-18"),
    ("six months", "DURATION", "P6M"),
    ("March", "DATE", "1919-03"),
    ("28 June", "DATE", "1919-06-28"),
    # a length from an event the text does not date
    ("five years", "DURATION", "P5Y"),
    ("9 July", "DATE", "1919-07-09"),
    ("10 January 1920", "DATE", "1920-01-10"),
]


MUDROS = (
    "The Armistice of Mudros was signed on 30 October 1918 aboard HMS Agamemnon, and "
    "hostilities ended at 12 noon the next day. Allied troops occupied Constantinople on 13 "
    "November, and the occupation lasted almost five years, until the last troops left on 4 "
    "October 1923."
)

MUDROS_TABLE: list[ModRow] = [
    ("30 October 1918", "DATE", "1918-10-30"),
    # the clock's twelve is part of the time, as in "12 noon" alone
    ("12 noon the next day", "TIME", "1918-10-31T12:00"),
    ("13 November", "DATE", "1918-11-13"),
    ("five years", "DURATION", "P5Y"),
    ("4 October 1923", "DATE", "1923-10-04"),
]


REIMS = (
    "The German Instrument of Surrender was signed at Reims at 02:41 on 7 May 1945 and took "
    "effect at 23:01 Central European Time on 8 May. Stalin insisted on a second ceremony, and "
    "a definitive instrument was signed in Berlin shortly before midnight, when it was already "
    "9 May in Moscow. The victory is still celebrated in Russia on 9 May each year."
)

REIMS_TABLE: list[ModRow] = [
    ("02:41 on 7 May 1945", "TIME", "1945-05-07T02:41"),
    # the zone written out, as "CET": the time of the 8th, with its offset
    ("23:01 Central European Time on 8 May", "TIME", "1945-05-08T23:01+01:00"),
    ("midnight", "TIME", "1945-05-08T24:00"),
    ("9 May", "DATE", "1945-05-09"),
    ("9 May each year", "SET", "XXXX-05-09"),
]


MISSOURI = (
    "Japan announced its surrender on 15 August 1945, and the instrument was signed aboard USS "
    "Missouri at 9:04 a.m. Tokyo time on 2 September. The occupation lasted nearly seven years "
    "and ended when the Treaty of San Francisco came into force on 28 April 1952. The last "
    "holdout, Hiroo Onoda, surrendered in March 1974, almost 29 years after the war ended."
)

MISSOURI_TABLE: list[ModRow] = [
    ("15 August 1945", "DATE", "1945-08-15"),
    ("9:04 a.m. Tokyo time on 2 September", "TIME", "1945-09-02T09:04"),
    ("nearly seven years", "DURATION", "P7Y", "APPROX"),
    ("28 April 1952", "DATE", "1952-04-28"),
    ("March 1974", "DATE", "1974-03"),
    ("29 years", "DURATION", "P29Y"),
]


PARIS_ACCORDS = (
    "The Paris Peace Accords were signed on 27 January 1973, and the ceasefire took effect at 8 "
    "a.m. Saigon time the next day. The last American combat troops left South Vietnam on 29 "
    "March, sixty days after the accords, and the last prisoners of war were released over the "
    "same period."
)

PARIS_ACCORDS_TABLE: list[ModRow] = [
    ("27 January 1973", "DATE", "1973-01-27"),
    # a place's time before the day of the story: one time, on the 28th
    ("8 a.m. Saigon time the next day", "TIME", "1973-01-28T08:00"),
    ("29 March", "DATE", "1973-03-29"),
    ("sixty days", "DURATION", "P60D"),
]


ZONES = (
    "Germany was divided into four occupation zones in June 1945, and Berlin into four sectors. "
    "Most American conscripts had been discharged by the end of 1946, and over the next two "
    "years the occupation forces shrank by half. The occupation of West Germany ended on 5 May "
    "1955, and the last Allied troops left Austria on 25 October that year."
)

ZONES_TABLE: list[ModRow] = [
    ("June 1945", "DATE", "1945-06"),
    ("the end of 1946", "DATE", "1946", "END"),
    ("the next two years", "DURATION", "P2Y"),
    ("5 May 1955", "DATE", "1955-05-05"),
    ("25 October", "DATE", "1955-10-25"),
    ("that year", "DATE", "1955"),
]


NUREMBERG = (
    "The trial ran from 20 November 1945 to 1 October 1946 in Courtroom 600 of the Palace of "
    "Justice. Twelve defendants were sentenced to death on 1 October, and ten were hanged two "
    "weeks later, in the early hours of 16 October. Göring had killed himself the night before."
)

NUREMBERG_TABLE: list[ModRow] = [
    ("20 November 1945", "DATE", "1945-11-20"),
    ("1 October 1946", "DATE", "1946-10-01"),
    ("1 October", "DATE", "1946-10-01"),
    ("two weeks later", "DATE", "1946-W42"),
    # "the early hours of": the day alone
    ("16 October", "DATE", "1946-10-16"),
    ("the night before", "TIME", "1946-10-15TNI"),
]


SPANDAU = (
    "Seven prisoners were sent to Spandau. Dönitz was released in 1956 after ten years, and "
    "Speer and Schirach were freed at midnight on 30 September 1966, having served their full "
    "20-year terms. Hess was the sole prisoner for over two decades, until his death on 17 "
    "August 1987."
)

SPANDAU_TABLE: list[ModRow] = [
    ("1956", "DATE", "1956"),
    ("ten years", "DURATION", "P10Y"),
    ("midnight on 30 September 1966", "TIME", "1966-09-30T24:00"),
    ("20-year", "DURATION", "P20Y"),
    ("two decades", "DURATION", "P20Y"),
    ("17 August 1987", "DATE", "1987-08-17"),
]


TOKYO = (
    "The International Military Tribunal for the Far East convened on 29 April 1946, the "
    "emperor's birthday, and sat for two and a half years. Judgment was delivered over seven "
    "days in November 1948, and the seven condemned men were hanged at Sugamo Prison in the "
    "early hours of 23 December 1948. The remaining prisoners were paroled from 1950, and the "
    "last were released in 1958."
)

TOKYO_TABLE: list[ModRow] = [
    ("29 April 1946", "DATE", "1946-04-29"),
    ("two and a half years", "DURATION", "P2Y6M"),
    ("seven days", "DURATION", "P7D"),
    ("November 1948", "DATE", "1948-11"),
    ("23 December 1948", "DATE", "1948-12-23"),
    ("1950", "DATE", "1950"),
    ("1958", "DATE", "1958"),
]


REPARATIONS = (
    "The London Schedule of Payments of 5 May 1921 fixed German reparations at 132 billion gold "
    "marks. The Young Plan of 1929 spread the payments over 59 years. Payments were suspended "
    "in 1931 under the Hoover Moratorium and cancelled at Lausanne the following year. Under "
    "the London Agreement of 1953, interest on the bonds was deferred until reunification, and "
    "the final payment was made on 3 October 2010, the twentieth anniversary of reunification."
)

REPARATIONS_TABLE: list[ModRow] = [
    ("5 May 1921", "DATE", "1921-05-05"),
    ("1929", "DATE", "1929"),
    ("59 years", "DURATION", "P59Y"),
    ("1931", "DATE", "1931"),
    ("the following year", "DATE", "1932"),
    ("1953", "DATE", "1953"),
    ("3 October 2010", "DATE", "2010-10-03"),
]


REMEMBRANCE = (
    "Remembrance Day is observed annually on 11 November. On the first anniversary of the "
    "armistice, 11 November 1919, two minutes' silence was kept at 11 a.m., and the ceremony at "
    "the Cenotaph has been held every year since 1920. At the Menin Gate the Last Post has been "
    "sounded each evening at 8 p.m. since 1928, except during the German occupation of 1940 to "
    "1944."
)

REMEMBRANCE_TABLE: list[ModRow] = [
    ("Remembrance Day", "DATE", "XXXX-11-11"),
    ("annually on 11 November", "SET", "XXXX-11-11"),
    ("11 November 1919", "DATE", "1919-11-11"),
    ("two minutes", "DURATION", "PT2M"),
    ("11 a.m.", "TIME", "1919-11-11T11:00"),
    ("every year", "SET", "P1Y"),
    ("1920", "DATE", "1920"),
    # the clock time's "p.m." is part of the set
    ("each evening at 8 p.m.", "SET", "XXXX-XX-XXT20:00"),
    ("1928", "DATE", "1928"),
    ("1940", "DATE", "1940"),
    ("1944", "DATE", "1944"),
]


MEMORIAL = (
    "The Vietnam Veterans Memorial was dedicated on 13 November 1982. The Three Soldiers statue "
    "was added two years later, and the Vietnam Women's Memorial on Veterans Day 1993. On the "
    "25th anniversary in 2007, the names of the dead were read aloud over four days, and Hall "
    "600 of the visitor center has held the archive since 2018."
)

MEMORIAL_TABLE: list[ModRow] = [
    ("13 November 1982", "DATE", "1982-11-13"),
    ("two years later", "DATE", "1984"),
    ("Veterans Day 1993", "DATE", "1993-11-11"),
    ("2007", "DATE", "2007"),
    ("four days", "DURATION", "P4D"),
    ("2018", "DATE", "2018"),
]


CENOTAPH = (
    "The Cenotaph in Whitehall was unveiled on 11 November 1920, the second anniversary of the "
    "armistice. From 1946 the national service was held on the Sunday nearest 11 November, and "
    "in 1956 it moved to the second Sunday in November."
)

CENOTAPH_TABLE: list[ModRow] = [
    ("11 November 1920", "DATE", "1920-11-11"),
    ("1946", "DATE", "1946"),
    # the Sunday nearest 11 November 1946 (a Monday): the 10th
    ("the Sunday nearest 11 November", "DATE", "1946-11-10"),
    ("1956", "DATE", "1956"),
    ("the second Sunday in November", "DATE", "1956-11-11"),
]


PASSAGES = [
    pytest.param(COMPIEGNE, COMPIEGNE_TABLE, id="compiegne"),
    pytest.param(VERSAILLES, VERSAILLES_TABLE, id="versailles"),
    pytest.param(MUDROS, MUDROS_TABLE, id="mudros"),
    pytest.param(REIMS, REIMS_TABLE, id="reims"),
    pytest.param(MISSOURI, MISSOURI_TABLE, id="missouri"),
    pytest.param(PARIS_ACCORDS, PARIS_ACCORDS_TABLE, id="paris-accords"),
    pytest.param(ZONES, ZONES_TABLE, id="zones"),
    pytest.param(NUREMBERG, NUREMBERG_TABLE, id="nuremberg"),
    pytest.param(SPANDAU, SPANDAU_TABLE, id="spandau"),
    pytest.param(TOKYO, TOKYO_TABLE, id="tokyo"),
    pytest.param(REPARATIONS, REPARATIONS_TABLE, id="reparations"),
    pytest.param(REMEMBRANCE, REMEMBRANCE_TABLE, id="remembrance"),
    pytest.param(MEMORIAL, MEMORIAL_TABLE, id="memorial"),
    pytest.param(CENOTAPH, CENOTAPH_TABLE, id="cenotaph"),
]


@pytest.mark.parametrize(("text", "table"), PASSAGES)
def test_ending_treaty_trial_and_memory_read_as_their_tables(
    text: str, table: list[ModRow]
) -> None:
    """Each passage, read as a narrative, yields exactly its table."""
    assert _narrative(text) == table


@pytest.mark.parametrize(
    "text",
    [
        "Article 231 and Resolution 242 were debated at length.",
        "The Big Four rejected the Fourteen Points.",
        "Protocol I extended the conventions to Zone 3.",
        "The tribunal sat in Courtroom 600; the archive is in Hall 600.",
        "Article 11 of Protocol I applies in Zone 3.",
        "The 132 defendants of Resolution 1946 were tried in Hall 12.",
        "Five Central European states signed the protocol.",
    ],
)
def test_articles_resolutions_zones_and_halls_are_no_dates(text: str) -> None:
    """Articles, resolutions, protocols, points, zones, councils, halls and courtrooms: no
    dates."""
    assert _found(text) == []


@pytest.mark.parametrize(
    ("text", "row"),
    [
        pytest.param(
            "The armistice was signed on 30 October 1918. Hostilities ended at 12 noon the next "
            "day.",
            ("12 noon the next day", "TIME", "1918-10-31T12:00"),
            id="noon-next-day",
        ),
        pytest.param(
            "The ceasefire began at 12 noon on 8 September 1943.",
            ("12 noon on 8 September 1943", "TIME", "1943-09-08T12:00"),
            id="noon-on-a-day",
        ),
        pytest.param(
            "The ceasefire began at 12:00 noon on 8 September 1943.",
            ("12:00 noon on 8 September 1943", "TIME", "1943-09-08T12:00"),
            id="colon-noon-on-a-day",
        ),
        pytest.param(
            "Eichmann was hanged at 12 midnight on 31 May 1962.",
            ("12 midnight on 31 May 1962", "TIME", "1962-05-31T24:00"),
            id="midnight-on-a-day",
        ),
        pytest.param(
            "The treaty was signed on 3 March 1918. Firing stopped at twelve noon on 4 March.",
            ("twelve noon on 4 March", "TIME", "1918-03-04T12:00"),
            id="twelve-noon",
        ),
        pytest.param(
            "The treaty was signed on 3 March 1918. Firing stopped at 12 noon.",
            ("12 noon", "TIME", "1918-03-03T12:00"),
            id="noon-alone",
        ),
    ],
)
def test_a_clocks_twelve_before_noon_or_midnight_is_part_of_the_time(
    text: str, row: ModRow
) -> None:
    """ "at 12 noon the next day", "12:00 noon on 8 September 1943": one TIME each, the twelve
    part of it, as in "12 noon" alone."""
    assert _narrative(text)[-1] == row


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a year or a clock time ending in twelve is no twelve of noon
        ("In 1912 noon services were held daily.", ["1912", "noon", "daily"]),
        ("The train left at 11:12, noon being too late.", ["11:12", "noon"]),
        ("Of the 12, noon found only three awake.", ["noon"]),
    ],
)
def test_other_twelves_before_noon_are_no_part_of_it(text: str, expected: list[str]) -> None:
    """A year or a clock time that ends in 12, or a count cut off by a comma, is not the
    twelve of "12 noon"."""
    assert _found(text) == expected


@pytest.mark.parametrize(
    ("text", "row"),
    [
        pytest.param(
            "The surrender took effect at 23:01 Central European Time on 8 May 1945.",
            ("23:01 Central European Time on 8 May 1945", "TIME", "1945-05-08T23:01+01:00"),
            id="cet-24h",
        ),
        pytest.param(
            "The surrender took effect at 11:01 p.m. Central European Time on 8 May 1945.",
            ("11:01 p.m. Central European Time on 8 May 1945", "TIME", "1945-05-08T23:01+01:00"),
            id="cet-ampm",
        ),
        pytest.param(
            "The ceasefire took effect at 6 a.m. Central European Summer Time on 4 May 1945.",
            (
                "6 a.m. Central European Summer Time on 4 May 1945",
                "TIME",
                "1945-05-04T06:00+02:00",
            ),
            id="cest",
        ),
        pytest.param(
            "The surrender took effect at 2301 hours Central European Time on 8 May 1945.",
            (
                "2301 hours Central European Time on 8 May 1945",
                "TIME",
                "1945-05-08T23:01+01:00",
            ),
            id="cet-military",
        ),
        pytest.param(
            "The ceasefire took effect at 9 a.m. Central Standard Time on 15 August 1945.",
            (
                "9 a.m. Central Standard Time on 15 August 1945",
                "TIME",
                "1945-08-15T09:00-06:00",
            ),
            id="cst",
        ),
        pytest.param(
            "The surrender took effect at 23:01 CET on 8 May 1945.",
            ("23:01 CET on 8 May 1945", "TIME", "1945-05-08T23:01+01:00"),
            id="cet-abbreviated",
        ),
    ],
)
def test_central_european_time_written_out_is_a_zone(text: str, row: ModRow) -> None:
    """ "at 23:01 Central European Time on 8 May 1945" is one TIME of the 8th with its offset,
    as "23:01 CET on 8 May 1945" is; so are "Central European Summer Time" and "Central
    Standard Time"."""
    assert _narrative(text)[-1] == row


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a place, a state or a park after a clock time is no zone
        ("The delegates met at 5 p.m. Central Park was closed.", ["5 p.m."]),
        ("By 1945 Central European states were occupied.", ["1945"]),
        ("At 10 Central European ministers met in Prague.", []),
        ("At 5 p.m. Central Standard Oil shares fell.", ["5 p.m."]),
    ],
)
def test_central_european_places_are_no_zone(text: str, expected: list[str]) -> None:
    """ "Central European" before anything but "Time" or "Summer Time", and "Central Standard"
    before anything but "Time", are no zone."""
    assert _found(text) == expected


@pytest.mark.parametrize(
    ("text", "row"),
    [
        pytest.param(
            "The Last Post is sounded each evening at 8 p.m. at the Menin Gate.",
            ("each evening at 8 p.m.", "SET", "XXXX-XX-XXT20:00"),
            id="evening-pm",
        ),
        pytest.param(
            "Reveille was sounded every morning at 7 a.m. in the camp.",
            ("every morning at 7 a.m.", "SET", "XXXX-XX-XXT07:00"),
            id="morning-am",
        ),
        pytest.param(
            "The bell was rung every night at 10 o'clock for the missing.",
            ("every night at 10 o'clock", "SET", "XXXX-XX-XXT22:00"),
            id="night-oclock",
        ),
        pytest.param(
            "The bells ring each evening at 7.",
            ("each evening at 7", "SET", "XXXX-XX-XXT19:00"),
            id="bare-hour",
        ),
    ],
)
def test_every_evening_at_a_clock_time_keeps_its_am_or_pm(text: str, row: ModRow) -> None:
    """ "each evening at 8 p.m." is one SET with its "p.m.", as "every evening at 8pm" is."""
    assert _narrative(text)[-1] == row


@pytest.mark.parametrize(
    ("text", "row"),
    [
        pytest.param(
            "The accords were signed on 27 January 1973. The ceasefire took effect at 8 a.m. "
            "Saigon time the next day.",
            ("8 a.m. Saigon time the next day", "TIME", "1973-01-28T08:00"),
            id="place-next-day",
        ),
        pytest.param(
            "The ceasefire was agreed on 17 July 1948. It took effect at 5 p.m. local time the "
            "following day.",
            ("5 p.m. local time the following day", "TIME", "1948-07-18T17:00"),
            id="local-following-day",
        ),
        pytest.param(
            "The surrender was agreed on 4 May 1945. It took effect at 08:00 Berlin time the "
            "following morning.",
            ("08:00 Berlin time the following morning", "TIME", "1945-05-05T08:00"),
            id="place-following-morning",
        ),
        pytest.param(
            "The accords were signed on 27 January 1973. The ceasefire took effect at 8 a.m. GMT "
            "the next day.",
            ("8 a.m. GMT the next day", "TIME", "1973-01-28T08:00+00:00"),
            id="zone-next-day",
        ),
    ],
)
def test_a_place_time_then_the_day_of_the_story_is_one_time(text: str, row: ModRow) -> None:
    """ "at 8 a.m. Saigon time the next day": one TIME of the next day, as "at 8 a.m. GMT the
    next day" and "at 9:04 a.m. Tokyo time on 2 September" are."""
    assert _narrative(text)[-1] == row


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "The accords were signed on 27 January 1973. The ceasefire took effect at 8 a.m. "
            "this time the next day.",
            [
                ("27 January 1973", "DATE", "1973-01-27"),
                ("8 a.m.", "TIME", "1973-01-27T08:00"),
                ("the next day", "DATE", "1973-01-28"),
            ],
            id="lower-case-word-before-time",
        ),
    ],
)
def test_a_lower_case_word_before_time_is_no_place(text: str, expected: list[ModRow]) -> None:
    """ "at 8 a.m. this time the next day": "this time" is no place's time, and the clock time
    and the day stay two mentions."""
    assert _narrative(text) == expected


def test_a_place_time_before_a_new_sentence_keeps_its_own_day() -> None:
    """ "at 8 a.m. Saigon time. The next day, ...": the day opens a sentence of its own, two
    mentions."""
    text = (
        "The accords were signed on 27 January 1973. The ceasefire took effect at 8 a.m. Saigon "
        "time. The next day the last offensives stopped."
    )
    assert _narrative(text) == [
        ("27 January 1973", "DATE", "1973-01-27"),
        ("8 a.m.", "TIME", "1973-01-27T08:00"),
        ("The next day", "DATE", "1973-01-28"),
    ]


@pytest.mark.parametrize(
    ("text", "row"),
    [
        pytest.param(
            "The war ended in 1918. From 1946 the service was held on the Sunday nearest 11 "
            "November.",
            ("the Sunday nearest 11 November", "DATE", "1946-11-10"),
            id="nearest",
        ),
        pytest.param(
            "The parade was first held on the Sunday before 11 November 1923.",
            ("the Sunday before 11 November 1923", "DATE", "1923-11-04"),
            id="before",
        ),
        pytest.param(
            "The news reached the town on the Monday after 4 July 1776.",
            ("the Monday after 4 July 1776", "DATE", "1776-07-08"),
            id="after",
        ),
        # a day that is the weekday itself is its own nearest
        pytest.param(
            "In 1945 the service fell on the Sunday closest to November 11.",
            ("the Sunday closest to November 11", "DATE", "1945-11-11"),
            id="closest-to-itself",
        ),
        pytest.param(
            "The treaty was signed in 1921. The vote came on the Friday before 6 December.",
            ("the Friday before 6 December", "DATE", "1921-12-02"),
            id="story-year",
        ),
    ],
)
def test_a_weekday_named_by_a_day_is_one_date(text: str, row: ModRow) -> None:
    """ "the Sunday nearest 11 November", "the Sunday before 11 November 1923", "the Monday
    after 4 July 1776": one date, counted from the day as "the Friday after Thanksgiving" is
    from the holiday (were the weekday, in the story year's first week, and the day apart)."""
    assert _narrative(text)[-1] == row


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("On the Sunday, before 11 November, they met.", ["Sunday", "11 November"]),
        ("The Sunday after 11 November's ceremony was quiet.", ["Sunday", "11 November"]),
    ],
)
def test_a_weekday_and_a_day_apart_stay_two(text: str, expected: list[str]) -> None:
    """A weekday cut from the day by a comma, or before a day's possessive, is no weekday
    counted from it."""
    assert _found(text) == expected


@pytest.mark.parametrize(
    ("text", "row"),
    [
        pytest.param(
            "The war ended in August 1945. The last holdout surrendered in March 1974, almost 29 "
            "years later.",
            ("29 years later", "DATE", "1974"),
            id="almost",
        ),
        pytest.param(
            "The war ended in 1945. The last prisoners came home in 1956, some eleven years later.",
            ("eleven years later", "DATE", "1956"),
            id="some",
        ),
        pytest.param(
            "The war ended in 1945. Germany was reunified in 1990, just over 45 years later.",
            ("45 years later", "DATE", "1990"),
            id="just-over",
        ),
        pytest.param(
            "The war ended in 1945. Germany was reunified in 1990, 45 years later.",
            ("45 years later", "DATE", "1990"),
            id="bare",
        ),
        # a new sentence is a step of the story, no apposition
        pytest.param(
            "The war ended in 1945. The last troops left in 1955. Almost 35 years later the wall "
            "fell.",
            ("35 years later", "DATE", "1990"),
            id="new-sentence",
        ),
    ],
)
def test_a_count_in_apposition_restates_its_date_after_almost_or_some(
    text: str, row: ModRow
) -> None:
    """ "surrendered in March 1974, almost 29 years later" restates 1974, as "in 1990, 45
    years later" does ("almost", "some", "just over" are no part of the count's extent, as
    TimeBank leaves them out), not 29 years after 1974."""
    assert _narrative(text)[-1] == row
