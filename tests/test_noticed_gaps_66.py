"""Gaps noticed in session 22 and at the start of session 23, sixty-sixth list: narratives,
notes and posts.

Histories in the style of English Wikipedia are read as narratives with no document date and
as genre auto, which takes them for narratives (as tests/test_noticed_gaps_60.py reads them);
news and posts with their date as the document date; clinical notes under a dated heading:
- a holiday with "in" and a year after it is that year's holiday, the year tagged on its own
  as TimeML tags it: "Christmas in 1914 was quiet" is 1914-12-25 (was XXXX-12-25), "Over Easter
  weekend in 1916" 1916-W16-WE, the weekend of Easter Sunday 23 April 1916 (was XXXX-XX-XX),
  and in news "Easter in 2019 fell in April" 2019-04-21 (was the Easter of the document's
  year); not a number that counts a plural noun ("Christmas in 1500 homes") nor a span;
- "the following", "the next" and "the previous" holiday count from the date the story gave,
  as "the following spring" does: after "In June 1941", "The following Easter" is 1942-04-05
  (was 1941-04-13, before June), "the next Christmas" 1941-12-25; after "In March 1915", "The
  previous Christmas" is 1914-12-25 (was 1915-12-25); "The following Christmas songs" opens a
  list and dates nothing;
- a part of the day before a dated day leaves the date alone, as TimeBank tags "Oct. 23" of
  "the night of Oct. 23" (and te3-silver "Sunday" of "at dawn Sunday", "Thursday" of "before
  dawn Thursday"): "On the evening of 29 May 1453" is 1453-05-29 and "at dawn on 6 June 1944"
  1944-06-06, as before ("on 6 June 1944 at dawn" and "That evening" keep their times);
- "midsummer" and "midwinter", one word or hyphenated, are the middle of their season: "By
  midsummer 1916" is 1916-SU with mod MID (was the bare year), "midwinter 1942" 1942-WI,
  "mid-summer 1588" 1588-SU MID (was "summer 1588" without it); alone after a preposition or
  "at", the story year's ("By midsummer", "At midwinter"); not "midsummer heat", "Midsummer
  Common", "A Midsummer Night's Dream", "midwinter feasts";
- an airline's code and number after a flight in brackets or between commas, or after
  boarding, is no year ("my flight (OS 1987) to Vienna", "My flight, BA 1995, is late", "Just
  boarded AA 2001": were years), and a number or serial that "was" or "is" a figure ("His
  service number was 1944", "the number of dead was 1916"); "in 1987", a degree's "BA 1995",
  "The turning point was 1944" and "the 1944 election" keep their years;
- two counts joined by "and" before one unit are two lengths, the first sharing the unit: "read
  at 48 and 96 hours" is PT48H and PT96H, "at 6 and 12 months" P6M and P12M (the first count
  was dropped); "24 or 48 hours" stays one range (PT48H, as TimeBank tags "two or three days"),
  and "between 2 and 3 years", ages and "3 years and 6 months" are as they were;
- a year of one to three digits after a day and a month, before "in", a comma or the
  sentence's end, is that day's year: in a history "born on 13 June 40 in Forum Julii" is
  0040-06-13, as written (was XXXX-06-13), "died on 23 August 93," 0093-08-23; in news and
  posts two digits take the pivot ("Invoice paid on 13 June 23," 2023-06-13, was "June 23");
  a count after a day stays one ("On 13 June 40 men landed").
"""

from __future__ import annotations

import pytest
from passages import ModRow, Row, mentions, mentions_with_mods, note_mentions

GENRES = ["narrative", "auto"]


# ---- 1. a holiday in a year ----------------------------------------------------------------------


@pytest.mark.parametrize("genre", GENRES)
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Over Easter weekend in 1916 the rebels seized the GPO.",
            [("Easter weekend", "DATE", "1916-W16-WE"), ("1916", "DATE", "1916")],
            id="easter_weekend_in_1916",
        ),
        pytest.param(
            "Christmas in 1914 was quiet along much of the front.",
            [("Christmas", "DATE", "1914-12-25"), ("1914", "DATE", "1914")],
            id="christmas_in_1914",
        ),
        pytest.param(
            "The garrison surrendered at Easter in 1471 after a long siege.",
            [("Easter", "DATE", "1471-04-14"), ("1471", "DATE", "1471")],
            id="easter_in_1471",
        ),
        pytest.param(
            "Christmas 1914 brought an unofficial truce.",
            [("Christmas 1914", "DATE", "1914-12-25")],
            id="christmas_1914_kept",
        ),
        # look-alikes: a number of homes, a span of years
        pytest.param(
            "Christmas in 1914–18 was spent in the trenches.",
            [("Christmas", "DATE", "XXXX-12-25"), ("1914", "DATE", "1914"), ("18", "DATE", "1918")],
            id="christmas_in_a_span",
        ),
    ],
)
def test_a_holiday_in_a_year_is_that_years(text: str, expected: list[Row], genre: str) -> None:
    """ "Christmas in 1914" is 1914-12-25, "Easter weekend in 1916" 1916-W16-WE, the year
    tagged on its own; a count of homes and a span of years give the holiday no year."""
    assert mentions(text, genre=genre) == expected


@pytest.mark.parametrize("genre", GENRES)
def test_a_holiday_in_a_count_of_homes_keeps_the_storys_year(genre: str) -> None:
    """ "Christmas in 1500 homes" after "In 1917" is 1917's Christmas: 1500 counts homes."""
    rows = mentions(
        "In 1917 relief parcels reached the town. Christmas in 1500 homes was bare.", genre=genre
    )
    assert ("Christmas", "DATE", "1917-12-25") in rows


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Easter in 2019 fell in April, two weeks after the vote.",
            [
                ("Easter", "DATE", "2019-04-21"),
                ("2019", "DATE", "2019"),
                ("April", "DATE", "2019-04"),
                ("two weeks", "DURATION", "P2W"),
            ],
            id="easter_in_2019",
        ),
        pytest.param(
            "Sales over Christmas in 2021 beat every forecast.",
            [("Christmas", "DATE", "2021-12-25"), ("2021", "DATE", "2021")],
            id="christmas_in_2021",
        ),
    ],
)
def test_a_holiday_in_a_year_in_news(text: str, expected: list[Row]) -> None:
    """In news of 2023-05-02, "Easter in 2019" is 2019's Easter, not the document year's."""
    assert mentions(text, dct="2023-05-02", genre="news") == expected


# ---- 2. the following or previous holiday --------------------------------------------------------


@pytest.mark.parametrize("genre", GENRES)
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "In June 1941 the army crossed the border. The following Easter it was still in "
            "Russia.",
            [("June 1941", "DATE", "1941-06"), ("The following Easter", "DATE", "1942-04-05")],
            id="the_following_easter",
        ),
        pytest.param(
            "In March 1915 the battalion reached Ypres. The previous Christmas it had been in "
            "Flanders.",
            [("March 1915", "DATE", "1915-03"), ("The previous Christmas", "DATE", "1914-12-25")],
            id="the_previous_christmas",
        ),
        pytest.param(
            "In June 1941 the army crossed the border. By the next Christmas it stood before "
            "Moscow.",
            [("June 1941", "DATE", "1941-06"), ("the next Christmas", "DATE", "1941-12-25")],
            id="the_next_christmas",
        ),
        pytest.param(
            "The treaty was signed in August 1920. The following Whitsun the troops went home.",
            [("August 1920", "DATE", "1920-08"), ("The following Whitsun", "DATE", "1921-05-15")],
            id="the_following_whitsun",
        ),
        # look-alike: "the following" opens a list
        pytest.param(
            "The following Christmas songs were banned in 1942.",
            [("1942", "DATE", "1942")],
            id="following_christmas_songs",
        ),
    ],
)
def test_the_following_holiday_counts_from_the_story(
    text: str, expected: list[Row], genre: str
) -> None:
    """ "The following Easter" after June 1941 is 1942's, "The previous Christmas" after March
    1915 is 1914's; "The following Christmas songs" is a list's head, no date."""
    assert mentions(text, genre=genre) == expected


# ---- 3. a part of the day before a dated day -----------------------------------------------------


@pytest.mark.parametrize("genre", GENRES)
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "On the evening of 29 May 1453 the walls fell.",
            [("29 May 1453", "DATE", "1453-05-29")],
            id="the_evening_of_a_day",
        ),
        pytest.param(
            "He was shot on the night of 23 October 1998 as he came home.",
            [("23 October 1998", "DATE", "1998-10-23")],
            id="the_night_of_a_day",
        ),
        pytest.param(
            "The troops landed at dawn on 6 June 1944.",
            [("6 June 1944", "DATE", "1944-06-06")],
            id="dawn_on_a_day",
        ),
        pytest.param(
            "The fleet sailed before dawn on 2 December 1805.",
            [("2 December 1805", "DATE", "1805-12-02")],
            id="before_dawn_on_a_day",
        ),
        # look-alike: a part of the day after the day, and one with no day, keep their times
        pytest.param(
            "The Ottomans attacked on 28 May 1453. That evening the walls fell.",
            [("28 May 1453", "DATE", "1453-05-28"), ("That evening", "TIME", "1453-05-28TEV")],
            id="that_evening",
        ),
        pytest.param(
            "The troops landed on 6 June 1944 at dawn.",
            [("6 June 1944", "DATE", "1944-06-06"), ("dawn", "TIME", "1944-06-06TMO")],
            id="at_dawn_after_the_day",
        ),
    ],
)
def test_a_part_of_the_day_before_a_dated_day_leaves_the_date(
    text: str, expected: list[Row], genre: str
) -> None:
    """As TimeBank tags only "Oct. 23" of "the night of Oct. 23" and te3-silver only "Sunday"
    of "at dawn Sunday", "the evening of 29 May 1453" and "at dawn on 6 June 1944" tag the
    day alone (a DATE); "That evening" and "on 6 June 1944 at dawn" keep their times."""
    assert mentions(text, genre=genre) == expected


# ---- 4. midsummer and midwinter ------------------------------------------------------------------


@pytest.mark.parametrize("genre", GENRES)
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "By midsummer 1916 the offensive had stalled.",
            [("midsummer 1916", "DATE", "1916-SU", "MID")],
            id="midsummer_1916",
        ),
        pytest.param(
            "By midwinter 1942 the army was starving.",
            [("midwinter 1942", "DATE", "1942-WI", "MID")],
            id="midwinter_1942",
        ),
        pytest.param(
            "The fleet sailed in mid-summer 1588.",
            [("mid-summer 1588", "DATE", "1588-SU", "MID")],
            id="mid_summer_hyphened",
        ),
        pytest.param(
            "The offensive opened in May 1916. By midsummer it had stalled.",
            [("May 1916", "DATE", "1916-05"), ("midsummer", "DATE", "1916-SU", "MID")],
            id="midsummer_in_the_story",
        ),
        pytest.param(
            "The siege began in September 1941. At midwinter the city was starving.",
            [("September 1941", "DATE", "1941-09"), ("midwinter", "DATE", "1941-WI", "MID")],
            id="at_midwinter_in_the_story",
        ),
        # look-alikes: a noun the word modifies, a place, a play
        pytest.param(
            "In 1916 the men marched in midsummer heat.",
            [("1916", "DATE", "1916")],
            id="midsummer_heat",
        ),
        pytest.param(
            "In 1916 the regiment camped on Midsummer Common.",
            [("1916", "DATE", "1916")],
            id="midsummer_common",
        ),
        pytest.param(
            "In 1916 the company staged A Midsummer Night's Dream at midwinter feasts.",
            [("1916", "DATE", "1916")],
            id="a_play_and_feasts",
        ),
    ],
)
def test_midsummer_and_midwinter_are_the_middle_of_the_season(
    text: str, expected: list[ModRow], genre: str
) -> None:
    """ "midsummer 1916" is 1916-SU with mod MID, "midsummer" alone the story year's; "midsummer
    heat", "Midsummer Common" and the play date nothing."""
    assert mentions_with_mods(text, genre=genre) == expected


# ---- 5. figures that are no years ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("Finally boarded my flight (OS 1987) to Vienna.", [], id="flight_os_1987"),
        pytest.param("My flight, BA 1995, is late again 🙄", [], id="flight_ba_1995"),
        pytest.param("Just boarded AA 2001, see you in Dallas", [], id="boarded_aa_2001"),
        pytest.param("flight LH 1414 delayed again", [], id="flight_lh_1414"),
        # look-alikes: a year after "in", a degree's year
        pytest.param(
            "Flew to Vienna for the first time in 1987 ✈️",
            [("1987", "DATE", "1987")],
            id="in_1987",
        ),
        pytest.param(
            "BA 1995, University of Leeds; boarded the train in 2001.",
            [("1995", "DATE", "1995"), ("2001", "DATE", "2001")],
            id="ba_degree",
        ),
    ],
)
def test_a_flights_number_is_no_year(text: str, expected: list[Row]) -> None:
    """In posts of 2023-03-06, an airline's code and number after a flight or boarding is no
    year ("(OS 1987)"); "in 1987" and a degree's "BA 1995" keep their years."""
    assert mentions(text, dct="2023-03-06", genre="news") == expected


@pytest.mark.parametrize("genre", GENRES)
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("His service number was 1944.", [], id="service_number_was"),
        pytest.param(
            "His army number is 1917; he enlisted in 1915.",
            [("1915", "DATE", "1915")],
            id="army_number_is",
        ),
        pytest.param(
            "The number of dead was 1916 by the official count.", [], id="number_of_dead_was"
        ),
        pytest.param(
            "He was issued no. 1944 and serial 1917 in 1916.",
            [("1916", "DATE", "1916")],
            id="no_and_serial",
        ),
        # look-alikes: a year after "was", a year before a noun
        pytest.param(
            "The turning point was 1944.", [("1944", "DATE", "1944")], id="turning_point_was"
        ),
        pytest.param(
            "He lost the 1944 election.", [("1944", "DATE", "1944")], id="the_1944_election"
        ),
    ],
)
def test_a_number_that_is_a_figure_is_no_year(text: str, expected: list[Row], genre: str) -> None:
    """ "His service number was 1944" and "no. 1944" are figures; "The turning point was 1944"
    and "the 1944 election" keep their years."""
    assert mentions(text, genre=genre) == expected


# ---- 6. two counts before one unit ---------------------------------------------------------------

NOTE = "CLINIC NOTE\n03/06/2023\n\n"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Patch test read at 48 and 96 hours.",
            [("48", "DURATION", "PT48H"), ("96 hours", "DURATION", "PT96H")],
            id="read_at_48_and_96_hours",
        ),
        pytest.param(
            "Follow-up echo at 6 and 12 months.",
            [("6", "DURATION", "P6M"), ("12 months", "DURATION", "P12M")],
            id="at_6_and_12_months",
        ),
        pytest.param(
            "Troponin drawn at 3 and 6 hrs, both negative.",
            [("3", "DURATION", "PT3H"), ("6 hrs", "DURATION", "PT6H")],
            id="at_3_and_6_hrs",
        ),
        # look-alikes: a range (one length), a range after "between", an age, a length of two
        # units, a point after the second count
        pytest.param(
            "Read again in 24 or 48 hours.",
            [("24 or 48 hours", "DURATION", "PT48H")],
            id="24_or_48_hours",
        ),
        pytest.param(
            "Symptoms for between 2 and 3 years.",
            [("3 years", "DURATION", "P3Y")],
            id="between_2_and_3_years",
        ),
        pytest.param("Siblings aged 3 and 5 years old are well.", [], id="ages"),
        pytest.param(
            "On warfarin for 3 years and 6 months.",
            [("3 years and 6 months", "DURATION", "P3Y6M")],
            id="three_years_and_six_months",
        ),
    ],
)
def test_two_counts_share_the_unit_after_them(text: str, expected: list[Row]) -> None:
    """In a note of 2023-03-06, "48 and 96 hours" is two lengths, PT48H and PT96H; "24 or 48
    hours" stays one range, "between 2 and 3 years", ages and "3 years and 6 months" as they
    were."""
    assert note_mentions(NOTE, text) == expected


# ---- 7. a short year after a day and a month -----------------------------------------------------


@pytest.mark.parametrize("genre", GENRES)
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "He was born on 13 June 40 in Forum Julii.",
            [("13 June 40", "DATE", "0040-06-13")],
            id="born_13_june_40_in",
        ),
        pytest.param(
            "Agricola died on 23 August 93, probably at his estate.",
            [("23 August 93", "DATE", "0093-08-23")],
            id="died_23_august_93_comma",
        ),
        pytest.param(
            "The temple was dedicated on 1 January 9.",
            [("1 January 9", "DATE", "0009-01-01")],
            id="dedicated_1_january_9",
        ),
        pytest.param(
            "Charlemagne was crowned on 25 December 800.",
            [("25 December 800", "DATE", "0800-12-25")],
            id="three_digits",
        ),
        # look-alikes: counts after a day
        pytest.param(
            "On 13 June 40 men landed at the harbour.",
            [("13 June", "DATE", "XXXX-06-13")],
            id="forty_men",
        ),
        pytest.param(
            "On 13 June 40 in all were taken prisoner.",
            [("13 June", "DATE", "XXXX-06-13")],
            id="forty_in_all",
        ),
    ],
)
def test_a_short_year_after_a_day_in_a_history(text: str, expected: list[Row], genre: str) -> None:
    """ "born on 13 June 40 in Forum Julii" is 0040-06-13 in a history, as written; "On 13
    June 40 men landed" keeps 13 June and the count."""
    assert mentions(text, genre=genre) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Invoice paid on 13 June 23, thanks!",
            [("13 June 23", "DATE", "2023-06-13")],
            id="paid_13_june_23",
        ),
        pytest.param(
            "The lease ended on 30 April 21.",
            [("30 April 21", "DATE", "2021-04-30")],
            id="ended_30_april_21",
        ),
    ],
)
def test_a_short_year_after_a_day_in_a_post(text: str, expected: list[Row]) -> None:
    """In a post of 2023-09-12, two digits after a day and a month are the pivot's year (was
    "June 23" of 2023, the day read from the year)."""
    assert mentions(text, dct="2023-09-12", genre="news") == expected
