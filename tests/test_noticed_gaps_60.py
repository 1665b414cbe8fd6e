"""Gaps noticed in session 21, sixtieth list: narratives and histories.

Histories in the style of English Wikipedia, read as narratives with no document date and as
genre auto, which takes them for narratives (as tests/test_noticed_gaps_56.py and
tests/test_noticed_gaps_57.py read them):
- a holiday's weekend with its year after it is that year's weekend of the holiday, as "Easter
  Week 1916" is that year's week: "the Easter weekend of 1916" and "Easter weekend 1916" are
  1916-W16-WE (the ISO week of Easter Sunday, 23 April 1916; were XXXX-XX-XX and a bare year),
  "the Whitsun weekend of 1920" 1920-W21-WE; "the Christmas holidays of 1914" are Christmas
  1914, as "the Tet holiday of 1968" is Tet 1968 and "the Christmas holidays" are Christmas in
  news (1914-12-25; was XXXX-12-25 and a bare year); a weekend or holidays "of" no year ("of
  the rising", "of their first year") keep no year;
- a holiday kept on a weekday of one month wherever it is kept is, in no year, a day of that
  month, as "the second Sunday of November" is: "Remembrance Sunday" is XXXX-11 (was
  XXXX-XX-XX; with a year, "Remembrance Sunday 1921", 1921-11-13 as before), "Memorial Day"
  XXXX-05, "the August Bank Holiday" XXXX-08 (the holiday_month vocabulary), not its weekend
  ("the Memorial Day weekend", as the Early May Bank Holiday's may begin in April); Thanksgiving
  (US November, Canadian October), Labor Day (September in the US, May elsewhere) and Mother's
  Day keep XXXX-XX-XX;
- a regnal year of a ruler whose accession the reign_opened vocabulary holds counts from it
  when the history does not tell it: "the tenth year of the reign of Louis XIV" is 1652 (was
  XXXX), "the 5th year of Henry VIII's reign" 1513, "the third year of the reign of Alexander
  the Great" -0333 (334 BC); a ruler the table leaves out because several bore the name
  ("Henry IV": England's, France's, the Empire's) keeps XXXX, and one whose reign a bracket
  opens still counts from it ("Mustafa II (r. 1695–1703)");
- a season with its year in apposition, between commas after it, is that year's season ("The
  winter, in 1942, was hard": 1942-WI, was untagged; "The summer, in 1976,"), not a season of a
  noun ("The winter coat, in 1942,") nor one with a place there ("The winter, in Russia,");
  "the winters of" one split year written with two four-digit years is that winter ("the
  winters of 1919–1920": 1919-WI, as "the winters of 1919/20" is; were the bare years), and a
  span of more years stays the years ("the winters of 1941–1943", as "1941–43" does in
  tests/test_noticed_gaps_57.py);
- a time of the day right before "on" and the day it is on, the two tagged apart, is that
  day's: "at vespers on Easter Monday, 30 March 1282" is 1282-03-30TEV (was TEV with no day),
  "At dawn on Easter Monday, 24 April 1916" 1916-04-24TMO, "at noon on Easter Monday, 24 April
  1916" 1916-04-24T12:00, "in the evening on 29 May 1453" 1453-05-29TEV (were of no day); not
  a part of the day "on" no date ("In the evening on most days": the story's day).
"""

from __future__ import annotations

import pytest
from passages import Row, mentions

GENRES = ["narrative", "auto"]


def _narrative(text: str) -> list[Row]:
    return mentions(text, genre="narrative")


# ---- 1. a holiday's weekend or holidays of a year ------------------------------------------------


@pytest.mark.parametrize("genre", GENRES)
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "The rebels held the Post Office over the Easter weekend of 1916.",
            [("Easter weekend of 1916", "DATE", "1916-W16-WE")],
            id="easter_weekend_of_1916",
        ),
        pytest.param(
            "The Easter weekend 1916 was wet and cold in Dublin.",
            [("Easter weekend 1916", "DATE", "1916-W16-WE")],
            id="easter_weekend_1916",
        ),
        pytest.param(
            "Over the Whitsun weekend of 1920 the strike spread to the docks.",
            [("Whitsun weekend of 1920", "DATE", "1920-W21-WE")],
            id="whitsun_weekend_of_1920",
        ),
        pytest.param(
            "The men were home on leave over the Christmas holidays of 1914.",
            [("Christmas holidays of 1914", "DATE", "1914-12-25")],
            id="christmas_holidays_of_1914",
        ),
        pytest.param(
            "The synod met at Whitsun 1920.",
            [("Whitsun 1920", "DATE", "1920-05-23")],
            id="whitsun_1920_kept",
        ),
        # look-alikes: a weekend or holidays of no year keep no year
        pytest.param(
            "Over the Easter weekend of the rising the rebels held the Post Office.",
            [("Easter weekend", "DATE", "XXXX-XX-XX")],
            id="weekend_of_the_rising",
        ),
        pytest.param(
            "The men came home for the Christmas holidays of their first year.",
            [("Christmas", "DATE", "XXXX-12-25")],
            id="holidays_of_their_first_year",
        ),
    ],
)
def test_a_holidays_weekend_of_a_year_is_that_years(
    text: str, expected: list[Row], genre: str
) -> None:
    """ "the Easter weekend of 1916" is 1916-W16-WE, "the Christmas holidays of 1914" Christmas
    1914; "the Easter weekend of the rising" keeps no year."""
    assert mentions(text, genre=genre) == expected


# ---- 2. a holiday of one month in no year --------------------------------------------------------


@pytest.mark.parametrize("genre", GENRES)
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "The second Sunday of November is kept as Remembrance Sunday.",
            [
                ("The second Sunday of November", "DATE", "XXXX-11"),
                ("Remembrance Sunday", "DATE", "XXXX-11"),
            ],
            id="remembrance_sunday_kept",
        ),
        pytest.param(
            "Wreaths are laid at the Cenotaph on Remembrance Sunday.",
            [("Remembrance Sunday", "DATE", "XXXX-11")],
            id="remembrance_sunday_alone",
        ),
        pytest.param(
            "Remembrance Sunday 1921 was the first with poppies.",
            [("Remembrance Sunday 1921", "DATE", "1921-11-13")],
            id="remembrance_sunday_1921",
        ),
        pytest.param(
            "The veterans marched on Memorial Day.",
            [("Memorial Day", "DATE", "XXXX-05")],
            id="memorial_day",
        ),
        pytest.param(
            "The strikers marched on the August Bank Holiday.",
            [("August Bank Holiday", "DATE", "XXXX-08")],
            id="august_bank_holiday",
        ),
        # look-alikes: a holiday's weekend, which may begin in the month before, and holidays
        # whose month is their country's
        pytest.param(
            "Traffic was heavy over the Memorial Day weekend.",
            [("Memorial Day weekend", "DATE", "XXXX-XX-XX")],
            id="memorial_day_weekend",
        ),
        pytest.param(
            "Thanksgiving was a family feast.",
            [("Thanksgiving", "DATE", "XXXX-XX-XX")],
            id="thanksgiving",
        ),
        pytest.param(
            "Labor Day was a day of parades.",
            [("Labor Day", "DATE", "XXXX-XX-XX")],
            id="labor_day",
        ),
        pytest.param(
            "Mother's Day was a day of flowers.",
            [("Mother's Day", "DATE", "XXXX-XX-XX")],
            id="mothers_day",
        ),
    ],
)
def test_a_holiday_of_one_month_in_no_year_is_of_that_month(
    text: str, expected: list[Row], genre: str
) -> None:
    """ "Remembrance Sunday" in no year is XXXX-11, "Memorial Day" XXXX-05; Thanksgiving,
    Labor Day and Mother's Day stay XXXX-XX-XX."""
    assert mentions(text, genre=genre) == expected


# ---- 3. a regnal year of a ruler the history does not date ---------------------------------------


@pytest.mark.parametrize("genre", GENRES)
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "In the tenth year of the reign of Louis XIV, Paris rose.",
            [("the tenth year of the reign of Louis XIV", "DATE", "1652")],
            id="louis_xiv",
        ),
        pytest.param(
            "In the 5th year of Henry VIII's reign the abbeys paid a new tax.",
            [("the 5th year of Henry VIII's reign", "DATE", "1513")],
            id="henry_viii_possessive",
        ),
        pytest.param(
            "In the fifth year of the reign of King Henry VIII, the Scots invaded.",
            [("the fifth year of the reign of King Henry VIII", "DATE", "1513")],
            id="king_henry_viii",
        ),
        pytest.param(
            "In the third year of the reign of Alexander the Great, coins were struck at Tarsus.",
            [("the third year of the reign of Alexander the Great", "DATE", "-0333")],
            id="alexander_bc",
        ),
        pytest.param(
            "Tiberius became emperor in AD 14. In the fifteenth year of the reign of Tiberius, "
            "John began to preach.",
            [
                ("AD 14", "DATE", "0014"),
                ("the fifteenth year of the reign of Tiberius", "DATE", "0028"),
            ],
            id="accession_told_agrees",
        ),
        # look-alikes: a name several rulers bore, a reign a bracket opens, a lower-case reign
        pytest.param(
            "In the tenth year of the reign of Henry IV, the Welsh rose.",
            [("the tenth year of the reign of Henry IV", "DATE", "XXXX")],
            id="henry_iv_ambiguous",
        ),
        pytest.param(
            "Mustafa II (r. 1695–1703) fought Venice. In the fourth year of his reign he sued "
            "for peace.",
            [
                ("1695", "DATE", "1695"),
                ("1703", "DATE", "1703"),
                ("the fourth year of his reign", "DATE", "1698"),
            ],
            id="bracket_opens_the_reign",
        ),
        pytest.param(
            "In the first year of the reign of terror, Paris starved.",
            [("the first year of the reign", "DATE", "XXXX")],
            id="reign_of_terror",
        ),
    ],
)
def test_a_regnal_year_counts_from_the_rulers_accession(
    text: str, expected: list[Row], genre: str
) -> None:
    """ "the tenth year of the reign of Louis XIV" is 1652, from his accession in 1643;
    "Henry IV", several rulers' name, keeps XXXX."""
    assert mentions(text, genre=genre) == expected


@pytest.mark.xfail(
    strict=True,
    reason="the last year of a reign needs the year it ended: the reign_opened vocabulary holds "
    "only accessions, so 'the last year of the reign of Louis XIV' stays XXXX",
)
def test_the_last_year_of_a_reign_is_the_year_it_ended() -> None:
    """ "In the last year of the reign of Louis XIV": 1715."""
    assert _narrative("In the last year of the reign of Louis XIV, the king died.") == [
        ("the last year of the reign of Louis XIV", "DATE", "1715")
    ]


# ---- 4. winters ----------------------------------------------------------------------------------


@pytest.mark.parametrize("genre", GENRES)
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "The winter, in 1942, was hard.",
            [("The winter", "DATE", "1942-WI"), ("1942", "DATE", "1942")],
            id="the_winter_in_1942",
        ),
        pytest.param(
            "The siege of Leningrad began in 1941. The winter, in 1942, was the coldest.",
            [("1941", "DATE", "1941"), ("The winter", "DATE", "1942-WI"), ("1942", "DATE", "1942")],
            id="after_another_year",
        ),
        pytest.param(
            "The summer, in 1976, was the driest on record.",
            [("The summer", "DATE", "1976-SU"), ("1976", "DATE", "1976")],
            id="the_summer_in_1976",
        ),
        pytest.param(
            "They fought in the winters of 1919–1920.",
            [("the winters of 1919–1920", "DATE", "1919-WI")],
            id="winters_of_two_four_digit_years",
        ),
        pytest.param(
            "The winters of 1999–2000 were mild in the Alps.",
            [("The winters of 1999–2000", "DATE", "1999-WI")],
            id="winters_across_a_century",
        ),
        # look-alikes: a season of a noun, a place in apposition, a span of more years
        pytest.param(
            "The winter coat, in 1942, was rare.",
            [("1942", "DATE", "1942")],
            id="winter_coat",
        ),
        pytest.param("The winter, in Russia, was hard.", [], id="a_place_in_apposition"),
        pytest.param(
            "The winters of 1941–1943 were hard.",
            [("1941", "DATE", "1941"), ("1943", "DATE", "1943")],
            id="span_of_more_years",
        ),
    ],
)
def test_a_winter_with_its_year(text: str, expected: list[Row], genre: str) -> None:
    """ "The winter, in 1942," is 1942-WI and "the winters of 1919–1920" 1919-WI; "The winter
    coat, in 1942," and "the winters of 1941–1943" are no one winter."""
    assert mentions(text, genre=genre) == expected


# ---- 5. a time of the day before the day it is on ------------------------------------------------


@pytest.mark.parametrize("genre", GENRES)
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "The Sicilian Vespers broke out at vespers on Easter Monday, 30 March 1282.",
            [
                ("vespers", "TIME", "1282-03-30TEV"),
                ("Easter Monday, 30 March 1282", "DATE", "1282-03-30"),
            ],
            id="vespers_on_easter_monday",
        ),
        pytest.param(
            "At dawn on Easter Monday, 24 April 1916, the Volunteers assembled.",
            [
                ("dawn", "TIME", "1916-04-24TMO"),
                ("Easter Monday, 24 April 1916", "DATE", "1916-04-24"),
            ],
            id="dawn_on_easter_monday",
        ),
        pytest.param(
            "The Post Office was taken at noon on Easter Monday, 24 April 1916.",
            [
                ("noon", "TIME", "1916-04-24T12:00"),
                ("Easter Monday, 24 April 1916", "DATE", "1916-04-24"),
            ],
            id="noon_on_easter_monday",
        ),
        pytest.param(
            "The sultan entered the city in the evening on 29 May 1453.",
            [("the evening", "TIME", "1453-05-29TEV"), ("29 May 1453", "DATE", "1453-05-29")],
            id="the_evening_on_a_date",
        ),
        # look-alike: a part of the day "on" no date stays the story's day
        pytest.param(
            "The fleet sailed on 3 May 1588. In the evening on most days it rained.",
            [("3 May 1588", "DATE", "1588-05-03"), ("the evening", "TIME", "1588-05-03TEV")],
            id="on_most_days",
        ),
    ],
)
def test_a_time_of_day_before_its_day_is_that_days(
    text: str, expected: list[Row], genre: str
) -> None:
    """ "at vespers on Easter Monday, 30 March 1282" is the evening of that day; "In the evening
    on most days" stays the story's day."""
    assert mentions(text, genre=genre) == expected
