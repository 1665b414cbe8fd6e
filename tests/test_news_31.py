"""News, thirty-first round: religion, farm reports and local community pages of 2015-2025 in
the style of the wire's and the local papers' religion desks (AP Religion, Religion News
Service, diocesan papers), farm and agriculture reports (USDA crop progress, Reuters
commodities, county extension columns) and local community pages (obituaries, church
bulletins, county fair and library listings), written here for the tests.

Religion copy is told by its holy days and its seasons ("Ash Wednesday falls on Feb. 14 this
year", "the 40 days of Lent" a duration and the season from its first day, "Ramadan is
expected to begin at sundown on March 10" its first day of fasting, "Yom Kippur begins Friday
evening" the day after the evening it begins, "every three years" a set, "ordained in 1987"
its year); farm reports by their weeks and marketing years ("planting was 49% complete as of
Sunday", "a week ahead of the five-year average" P1W and P5Y, "the 2024/25 marketing year"
two years, as tests/test_world_news_2.py reads "the 2023/24 season", "December corn futures"
the contract's month, "harvest wrapped up in late October" END); local pages by their hours
("Visitation will be held 4-7 p.m. Friday" one day, "story time every Wednesday at 10:30
a.m." a set, "married 62 years" P62Y, "a memorial service will be held in the spring" the
spring ahead). Ages are properties of people, not times ("87", "at the age of 87", as
tests/test_biographies.py reads them).

New here: "Lent", capitalised, is the season and no past of "lend" ("The 40 days of Lent end
on Holy Thursday, March 28, and Easter is March 31", in February: the Easter ahead, was the
one behind); "Holy Thursday" and "Holy Saturday" are Holy Week's days, and a holiday's weekday
before a date is one date with it ("Holy Thursday, March 28", "Good Friday, March 29": were
the weekday and the date); the feasts of the saints with a fixed day ("the feast of St.
Joseph", 19 March; "the feast of St. Francis", "the Feast of the Immaculate Conception", "St.
Joseph's Day"; not "the feast of St. Joseph the Worker", nor a church, "St. Joseph's");
"Advent" and "Lent" as the subject of their beginning ("Advent begins Sunday"; not "an Advent
calendar"); "at sundown" the evening, as "at sunset" is ("a sundown service" none); two
weekdays with the day's edges between them are a range that runs forwards ("keep the Sabbath
from sundown Friday to sundown Saturday": were a Friday ahead and a Saturday behind after "this
week"); "spent the summer worrying about dry weather" the season; a club's habitual "meet on
the third Thursday of the month" a monthly set (P1M; "will meet on", "met on" one day); the
hours of a list after "at" share the last one's a.m. or p.m. ("at 9 and 11 a.m.", "at 8, 10
and 11:30 a.m.": the first ones were none).

Scripture, councils, clubs, roads, farms, grades and yields are none ("John 3:16", "Psalm
23", "Acts 2:38", "Matthew 5:1-12", "Vatican II", "the 4-H club", "Highway 61", "a 1,200-acre
farm", "No. 2 yellow corn", "60 bushels an acre", "Route 9", "Section 8"). Each test is a
story run as chrono is scored: genre "news", its date as the document date, its weekday
checked with ``datetime``; the tables are annotated by hand with the (text, type, value[,
mod]) TimeBank would give.
"""

from __future__ import annotations

import datetime as dt

import pytest
from passages import news_with_mods as news


def weekday(dct: str) -> str:
    """The weekday of ``dct``, checked with ``datetime``."""
    return dt.date.fromisoformat(dct).strftime("%A")


def rows(text: str, dct: str) -> list[tuple[str, ...]]:
    """The (text, type, value[, mod]) rows of a short news text dated ``dct``."""
    return [tuple(row) for row in news(text, dct, weekday(dct))]


def values(text: str, dct: str) -> list[str]:
    """The values of the mentions of a short news text dated ``dct``."""
    return [value for _, _, value, *_ in news(text, dct, weekday(dct))]


def texts(text: str, dct: str) -> list[str]:
    """The texts of the mentions of a short news text dated ``dct``."""
    return [mention for mention, *_ in news(text, dct, weekday(dct))]


# ---- religion desks ------------------------------------------------------------------------


def test_ash_wednesday_on_valentines_day_reads_lent_holy_thursday_and_easter_ahead() -> None:
    """AP Religion, the Monday before Ash Wednesday 2024: "Feb. 14 this year", "since 2018",
    "The 40 days of Lent" (P40D and the season), "on Holy Thursday, March 28" (one date), "Easter
    is March 31" (the Easter ahead: "Lent" is no past verb), "Fridays during Lent", "at noon
    Wednesday", "until 2029"."""
    text = (
        "Ash Wednesday falls on Feb. 14 this year, the same day as Valentine's Day, for the first "
        "time since 2018. The 40 days of Lent end on Holy Thursday, March 28, and Easter is March "
        "31. Bishops reminded Catholics that Fridays during Lent are days of abstinence from "
        "meat. Ashes will be distributed at noon Wednesday in the cathedral, and the two will not "
        "coincide again until 2029."
    )
    assert news(text, "2024-02-12", weekday("2024-02-12")) == [
        ("Ash Wednesday", "DATE", "2024-02-14"),
        ("Feb. 14 this year", "DATE", "2024-02-14"),
        ("the same day", "DATE", "2024-02-14"),
        ("Valentine's Day", "DATE", "2024-02-14"),
        ("2018", "DATE", "2018"),
        ("The 40 days", "DURATION", "P40D"),
        ("Lent", "DATE", "2024-02-14"),
        ("Holy Thursday, March 28", "DATE", "2024-03-28"),
        ("Easter", "DATE", "2024-03-31"),
        ("March 31", "DATE", "2024-03-31"),
        ("Fridays", "SET", "XXXX-WXX-5"),
        ("Lent", "DATE", "2024-02-14"),
        ("noon Wednesday", "TIME", "2024-02-14T12:00"),
        ("2029", "DATE", "2029"),
    ]


def test_ramadan_reads_its_first_day_eid_and_last_years_start() -> None:
    """Religion News Service, a Friday in March 2024: "Ramadan is expected to begin at sundown on
    March 10" (its first day of fasting, and the day; the day's edge before a day is left out,
    as "before dawn Friday" is), "29 or 30 days" (one duration), "expected on April 10", "Last
    year, Ramadan began March 22", "every Saturday", "said Thursday"."""
    text = (
        "Ramadan is expected to begin at sundown on March 10, depending on the sighting of the "
        "crescent moon. Observant Muslims fast during daylight hours for 29 or 30 days. Eid "
        "al-Fitr, the festival that ends the month, is expected on April 10. Last year, Ramadan "
        "began March 22. The Islamic Center will host iftar dinners every Saturday during the "
        "month, the imam said Thursday."
    )
    assert news(text, "2024-03-08", weekday("2024-03-08")) == [
        ("Ramadan", "DATE", "2024-03-11"),
        ("March 10", "DATE", "2024-03-10"),
        ("29 or 30 days", "DURATION", "P30D"),
        ("Eid al-Fitr", "DATE", "2024-04-10"),
        ("April 10", "DATE", "2024-04-10"),
        ("Last year", "DATE", "2023"),
        ("Ramadan", "DATE", "2024-03-11"),
        ("March 22", "DATE", "2023-03-22"),
        ("every Saturday", "SET", "XXXX-WXX-6"),
        ("Thursday", "DATE", "2024-03-07"),
    ]


def test_yom_kippur_reads_friday_evening_nightfall_saturday_and_rosh_hashana() -> None:
    """AP Religion, a Wednesday in October 2024: "Yom Kippur begins Friday evening" (the day
    after the evening it begins), "at nightfall Saturday" (the day), "10 days after Rosh
    Hashana, which began Oct. 2", "about 25 hours"."""
    text = (
        "Yom Kippur begins Friday evening and ends at nightfall Saturday. The holiest day of the "
        "Jewish calendar comes 10 days after Rosh Hashana, which began Oct. 2. Observant Jews "
        "fast for about 25 hours."
    )
    assert news(text, "2024-10-09", weekday("2024-10-09")) == [
        ("Yom Kippur", "DATE", "2024-10-12"),
        ("Friday evening", "TIME", "2024-10-11TEV"),
        ("Saturday", "DATE", "2024-10-12"),
        ("10 days", "DURATION", "P10D"),
        ("Rosh Hashana", "DATE", "2024-10-03"),
        ("Oct. 2", "DATE", "2024-10-02"),
        ("25 hours", "DURATION", "PT25H"),
    ]


def test_a_diocesan_paper_reads_the_feast_of_st_joseph_and_sunday_at_9_and_11() -> None:
    """A diocesan paper, a Thursday in March 2024: "ordained in 1987", "on the feast of St.
    Joseph, March 19" (the feast and the date), "on Sunday at 9 and 11 a.m." (both hours the
    Sunday's), "every three years", "last met in 2022"; "St. Joseph's", "Vatican II" and "John
    3:16" are none."""
    text = (
        "The Rev. Thomas Keane, who was ordained in 1987, will retire on the feast of St. Joseph, "
        "March 19. He will celebrate his farewell Masses on Sunday at 9 and 11 a.m. at St. "
        "Joseph's. Keane, who entered the seminary in the years after Vatican II, chose John "
        "3:16 for his last homily. The diocesan synod meets every three years and last met in "
        "2022."
    )
    assert news(text, "2024-03-14", weekday("2024-03-14")) == [
        ("1987", "DATE", "1987"),
        ("the feast of St. Joseph", "DATE", "2024-03-19"),
        ("March 19", "DATE", "2024-03-19"),
        ("Sunday at 9", "TIME", "2024-03-17T09:00"),
        ("11 a.m.", "TIME", "2024-03-17T11:00"),
        ("every three years", "SET", "P3Y"),
        ("2022", "DATE", "2022"),
    ]


def test_a_church_bulletin_reads_advent_the_sabbath_and_christmas_eve() -> None:
    """A church bulletin, the Tuesday before Advent 2023: "Advent begins Sunday" (its first
    day), "every Wednesday at 7 p.m.", "this week", "over the next four weeks", "from sundown
    Friday to sundown Saturday" (a range that runs forwards), "The Christmas Eve ... service is
    at 11 p.m."; "Matthew 5:1-12", "Psalm 23" and "Acts 2:38" are none."""
    text = (
        "Advent begins Sunday with the lighting of the first candle. Bible study meets every "
        "Wednesday at 7 p.m. and this week covers Matthew 5:1-12. The youth group will memorize "
        "Psalm 23 and Acts 2:38 over the next four weeks. Our Adventist neighbors keep the "
        "Sabbath from sundown Friday to sundown Saturday. The Christmas Eve candlelight service "
        "is at 11 p.m."
    )
    assert news(text, "2023-11-28", weekday("2023-11-28")) == [
        ("Advent", "DATE", "2023-12-03"),
        ("Sunday", "DATE", "2023-12-03"),
        ("every Wednesday at 7 p.m.", "SET", "XXXX-WXX-3T19:00"),
        ("this week", "DATE", "2023-W48"),
        ("the next four weeks", "DURATION", "P4W"),
        ("Friday", "DATE", "2023-11-24"),
        ("Saturday", "DATE", "2023-11-25"),
        ("Christmas Eve", "DATE", "2023-12-24"),
        ("11 p.m.", "TIME", "2023-12-24T23:00"),
    ]


# ---- farm reports --------------------------------------------------------------------------


def test_crop_progress_reads_as_of_sunday_the_five_year_average_and_mid_may() -> None:
    """Reuters on the USDA's crop progress, a Monday in May 2024: "as of Sunday", "said on
    Monday", "the five-year average" (P5Y), "a week ahead of last year's pace", "by mid-May"
    (MID), "this time of year since 2020"."""
    text = (
        "WASHINGTON (Reuters) - Corn planting was 49% complete as of Sunday, the U.S. Department "
        "of Agriculture said on Monday, behind the five-year average of 54%. Soybean planting "
        "reached 35%, a week ahead of last year's pace. Analysts expect most soybeans to be "
        "planted by mid-May in the central states. Winter wheat condition was rated 50% good to "
        "excellent, the best for this time of year since 2020."
    )
    assert news(text, "2024-05-13", weekday("2024-05-13")) == [
        ("Sunday", "DATE", "2024-05-12"),
        ("Monday", "DATE", "2024-05-13"),
        ("five-year", "DURATION", "P5Y"),
        ("a week", "DURATION", "P1W"),
        ("last year", "DATE", "2023"),
        ("mid-May", "DATE", "2024-05", "MID"),
        ("2020", "DATE", "2020"),
    ]


def test_grain_futures_read_their_contract_months_and_the_marketing_year() -> None:
    """Reuters commodities, a Friday in July 2024: "December corn futures" (the contract's
    month, ahead), "nearly four years", "on Friday", "the 2024/25 marketing year" (two years),
    "the 2024 crop", "the 2023 crop's", "November soybeans"; "181 bushels an acre" and "No. 2
    yellow corn" are none."""
    text = (
        "CHICAGO (Reuters) - December corn futures fell to their lowest in nearly four years on "
        "Friday after the USDA raised its estimate of the 2024/25 marketing year's ending "
        "stocks. Traders expect the 2024 crop to yield 181 bushels an acre, up from the 2023 "
        "crop's record 177.3. Cash prices for No. 2 yellow corn fell 6 cents. November soybeans "
        "settled at $10.84 a bushel."
    )
    assert news(text, "2024-07-12", weekday("2024-07-12")) == [
        ("December", "DATE", "2024-12"),
        ("nearly four years", "DURATION", "P4Y", "APPROX"),
        ("Friday", "DATE", "2024-07-12"),
        ("2024", "DATE", "2024"),
        ("25", "DATE", "2025"),
        ("2024", "DATE", "2024"),
        ("2023", "DATE", "2023"),
        ("November", "DATE", "2024-11"),
    ]


def test_an_extension_column_reads_the_last_frost_date_and_the_4h_clubs_tuesdays() -> None:
    """A county extension column, a Wednesday in March 2025: "around April 15", "until early
    May" (START), "in mid-April" (MID), "the second Tuesday of each month" (P1M), "on June 12";
    "Calving season" is none, and so are "Highway 61", "The 4-H club", "A 1,200-acre farm" and
    "Route 9"."""
    text = (
        "In our part of the county, the last frost date is around April 15, so hold off on "
        "tomatoes until early May. Calving season is in full swing on most ranches along Highway "
        "61, and the spring wheat crop will go in once the ground dries, usually in mid-April. "
        "The 4-H club meets the second Tuesday of each month. A 1,200-acre farm on Route 9 will "
        "host a field day on June 12."
    )
    assert news(text, "2025-03-05", weekday("2025-03-05")) == [
        ("April 15", "DATE", "2025-04-15"),
        ("early May", "DATE", "2025-05", "START"),
        ("mid-April", "DATE", "2025-04", "MID"),
        ("the second Tuesday of each month", "SET", "P1M"),
        ("June 12", "DATE", "2025-06-12"),
    ]


def test_a_county_harvest_report_reads_late_october_and_the_summer_spent_worrying() -> None:
    """A county paper, a Thursday in November 2023: "in late October" (END), "a week ahead of
    the five-year average", "since 2016", "spent the summer worrying about dry weather" (the
    season), "in August", "in December"; "60 bushels an acre" is none."""
    text = (
        "Harvest wrapped up in late October for most growers in the county, a week ahead of the "
        "five-year average. Yields averaged 60 bushels an acre for soybeans, the best since "
        "2016. Farmers spent the summer worrying about dry weather, but rain in August saved "
        "the crop. Fall tillage should be finished before the ground freezes in December."
    )
    assert news(text, "2023-11-16", weekday("2023-11-16")) == [
        ("late October", "DATE", "2023-10", "END"),
        ("a week", "DURATION", "P1W"),
        ("five-year", "DURATION", "P5Y"),
        ("2016", "DATE", "2016"),
        ("the summer", "DATE", "2023-SU"),
        ("August", "DATE", "2023-08"),
        ("December", "DATE", "2023-12"),
    ]


def test_a_harvest_wire_reads_as_of_sunday_the_week_ended_and_the_2025_26_year() -> None:
    """Reuters, a Thursday in October 2025: "as of Sunday", "a week ahead of the five-year
    average", "in September", "the week ended Sept. 25" (the week a duration, as
    tests/test_news_20.py reads it), "the 2025/26 marketing year" (two years); "around the
    clock" is none."""
    text = (
        "CHICAGO (Reuters) - Harvest wrapped up early in the southern Plains, and the spring "
        "wheat crop in the Dakotas was 98% harvested as of Sunday. Corn harvest reached 18%, a "
        "week ahead of the five-year average. Dry weather in September let farmers run their "
        "combines around the clock. Export sales for the week ended Sept. 25 were the largest "
        "of the 2025/26 marketing year so far."
    )
    assert news(text, "2025-10-02", weekday("2025-10-02")) == [
        ("Sunday", "DATE", "2025-09-28"),
        ("a week", "DURATION", "P1W"),
        ("five-year", "DURATION", "P5Y"),
        ("September", "DATE", "2025-09"),
        ("the week", "DURATION", "P1W"),
        ("Sept. 25", "DATE", "2025-09-25"),
        ("2025", "DATE", "2025"),
        ("26", "DATE", "2026"),
    ]


# ---- local community pages ---------------------------------------------------------------


def test_an_obituary_reads_its_dates_its_visitation_and_the_spring_not_its_ages() -> None:
    """An obituary, a Thursday in October 2023: "passed away Tuesday", "born March 3, 1936",
    "on June 14, 1958", "married 62 years", "in 2020", "4-7 p.m. Friday" (the Friday ahead),
    "in the spring" (ahead), "for 40 years"; "87" and "at the age of 87" are ages, and "Sunday
    school" is none."""
    text = (
        "Margaret Ann Lindqvist, 87, of Willmar passed away Tuesday at the age of 87. She was "
        "born March 3, 1936, in Kandiyohi County and married Harold Lindqvist on June 14, 1958; "
        "they were married 62 years before his death in 2020. Visitation will be held 4-7 p.m. "
        "Friday at the funeral home. A memorial service will be held in the spring. She taught "
        "Sunday school for 40 years."
    )
    assert news(text, "2023-10-12", weekday("2023-10-12")) == [
        ("Tuesday", "DATE", "2023-10-10"),
        ("March 3, 1936", "DATE", "1936-03-03"),
        ("June 14, 1958", "DATE", "1958-06-14"),
        ("62 years", "DURATION", "P62Y"),
        ("2020", "DATE", "2020"),
        ("4", "TIME", "2023-10-13T16:00"),
        ("7 p.m. Friday", "TIME", "2023-10-13T19:00"),
        ("the spring", "DATE", "2024-SP"),
        ("40 years", "DURATION", "P40Y"),
    ]


def test_a_county_fair_reads_its_days_its_gates_and_every_summer_since_1872() -> None:
    """A county paper, a Wednesday in July 2024: "runs Aug. 8-13" (both days), "Aug. 10 at 9
    a.m.", "at 7 p.m. Aug. 13", "at 8 a.m. each day" (a time of any day and the set), "every
    summer since 1872", "except in 2020"; "The 4-H livestock show", "$10" and "under 12" are
    none."""
    text = (
        "The Stearns County Fair runs Aug. 8-13 at the fairgrounds in Sauk Centre. The 4-H "
        "livestock show is Aug. 10 at 9 a.m., and the demolition derby closes the fair at 7 p.m. "
        "Aug. 13. Gates open at 8 a.m. each day. Admission is $10, and children under 12 get in "
        "free. The fair has been held every summer since 1872, except in 2020."
    )
    assert news(text, "2024-07-31", weekday("2024-07-31")) == [
        ("Aug. 8", "DATE", "2024-08-08"),
        ("13", "DATE", "2024-08-13"),
        ("Aug. 10 at 9 a.m.", "TIME", "2024-08-10T09:00"),
        ("7 p.m. Aug. 13", "TIME", "2024-08-13T19:00"),
        ("8 a.m.", "TIME", "XXXX-XX-XXT08:00"),
        ("each day", "SET", "P1D"),
        ("every summer", "SET", "XXXX-SU"),
        ("1872", "DATE", "1872"),
        ("2020", "DATE", "2020"),
    ]


def test_a_library_listing_reads_story_time_sundays_and_the_third_thursday() -> None:
    """A library's listing, a Tuesday in June 2024: "starts June 10 and runs through Aug. 3",
    "every Wednesday at 10:30 a.m.", "closed Sundays through Labor Day", "this Saturday", "meet
    on the third Thursday of the month" (a monthly set)."""
    text = (
        "The library's summer reading program starts June 10 and runs through Aug. 3. Story "
        "time is every Wednesday at 10:30 a.m. in the children's room. The library is closed "
        "Sundays through Labor Day. The book sale is this Saturday, and the Friends of the "
        "Library meet on the third Thursday of the month."
    )
    assert news(text, "2024-06-04", weekday("2024-06-04")) == [
        ("June 10", "DATE", "2024-06-10"),
        ("Aug. 3", "DATE", "2024-08-03"),
        ("every Wednesday at 10:30 a.m.", "SET", "XXXX-WXX-3T10:30"),
        ("Sundays", "SET", "XXXX-WXX-7"),
        ("Labor Day", "DATE", "2024-09-02"),
        ("this Saturday", "DATE", "2024-06-08"),
        ("the third Thursday of the month", "SET", "P1M"),
    ]


# ---- the phenomena, each with its look-alikes ----------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "During Lent, and at Easter, crowds come to the cathedral.",
            [("Lent", "DATE", "2024-02-14"), ("Easter", "DATE", "2024-03-31")],
        ),
        (
            "The 40 days of Lent end soon, and Easter follows.",
            [
                ("The 40 days", "DURATION", "P40D"),
                ("Lent", "DATE", "2024-02-14"),
                ("Easter", "DATE", "2024-03-31"),
            ],
        ),
        ("She lent him $500 on Friday.", [("Friday", "DATE", "2024-02-09")]),
    ],
)
def test_lent_is_no_past_verb(text: str, expected: list[tuple[str, ...]]) -> None:
    """ "Lent", capitalised, is the season, no past of "lend" that would send the clause's
    Easter behind (on a Monday in February 2024); "lent" in lower case stays past."""
    assert rows(text, "2024-02-12") == expected


@pytest.mark.parametrize(
    ("text", "dct", "expected"),
    [
        (
            "Lent ends on Holy Thursday, March 28.",
            "2024-02-12",
            [("Lent", "DATE", "2024-02-14"), ("Holy Thursday, March 28", "DATE", "2024-03-28")],
        ),
        (
            "Good Friday, March 29, is a holiday in 12 states.",
            "2024-02-12",
            [("Good Friday, March 29", "DATE", "2024-03-29")],
        ),
        (
            "Holy Saturday services begin at 8 p.m.",
            "2024-02-12",
            [("Holy Saturday", "DATE", "2024-03-30"), ("8 p.m.", "TIME", "2024-03-30T20:00")],
        ),
        (
            "The bishop celebrated Mass on Thursday, March 28.",
            "2024-02-12",
            [("Thursday, March 28", "DATE", "2024-03-28")],
        ),
    ],
)
def test_holy_weeks_days_and_their_dates(
    text: str, dct: str, expected: list[tuple[str, ...]]
) -> None:
    """ "Holy Thursday" and "Holy Saturday" are Holy Week's days, and a holiday's weekday before
    its date is one date with it, as a plain weekday is."""
    assert rows(text, dct) == expected


@pytest.mark.parametrize(
    ("text", "dct", "expected"),
    [
        (
            "The animals are blessed on the feast of St. Francis.",
            "2024-09-20",
            [("the feast of St. Francis", "DATE", "2024-10-04")],
        ),
        (
            "Catholics mark the Feast of the Immaculate Conception with Mass.",
            "2024-12-03",
            [("the Feast of the Immaculate Conception", "DATE", "2024-12-08")],
        ),
        (
            "St. Joseph's Day tables go up in New Orleans.",
            "2024-03-14",
            [("St. Joseph's Day", "DATE", "2024-03-19")],
        ),
        ("Workers marched on the feast of St. Joseph the Worker.", "2024-02-12", []),
        ("He prays at St. Joseph's near the river.", "2024-02-12", []),
    ],
)
def test_the_feasts_of_the_saints_with_a_fixed_day(
    text: str, dct: str, expected: list[tuple[str, ...]]
) -> None:
    """The feasts of parish news with a fixed day are that day of the year placed as a holiday
    is; "the feast of St. Joseph the Worker" (1 May, not 19 March) and a church named for the
    saint are none."""
    assert rows(text, dct) == expected


@pytest.mark.parametrize(
    ("text", "dct", "expected"),
    [
        (
            "Advent begins Sunday.",
            "2023-11-28",
            [("Advent", "DATE", "2023-12-03"), ("Sunday", "DATE", "2023-12-03")],
        ),
        (
            "Lent starts Wednesday with ashes.",
            "2024-02-12",
            [("Lent", "DATE", "2024-02-14"), ("Wednesday", "DATE", "2024-02-14")],
        ),
        ("An Advent calendar hangs in the hall.", "2023-11-28", []),
    ],
)
def test_a_season_of_the_church_beginning(
    text: str, dct: str, expected: list[tuple[str, ...]]
) -> None:
    """ "Advent" and "Lent" as the subject of their beginning are the season, dated by its first
    day; "an Advent calendar" is none."""
    assert rows(text, dct) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The fast is broken at sundown.", [("sundown", "TIME", "2024-04-05TEV")]),
        ("By sundown the square was full.", [("sundown", "TIME", "2024-04-05TEV")]),
        ("Ramadan ends at sundown on Tuesday.", ["Ramadan", "Tuesday"]),
        ("A sundown service drew 200 people.", []),
    ],
)
def test_sundown_is_the_evening(text: str, expected: list[object]) -> None:
    """ "at sundown", "by sundown" are the evening of the day the story is at, as "at sunset"
    is (on a Friday in April 2024); with a day named only the day is tagged; "a sundown
    service" is none."""
    found = rows(text, "2024-04-05")
    if expected and isinstance(expected[0], str):
        assert [row[0] for row in found] == expected
    else:
        assert found == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "This week the choir sings. Jews keep the Sabbath from sundown Friday to sundown "
            "Saturday.",
            ["2023-W48", "2023-11-24", "2023-11-25"],
        ),
        (
            "This week the city is calm. A curfew runs from dusk Friday until dawn Monday.",
            ["2023-W48", "2023-11-24", "2023-11-27"],
        ),
        (
            "They keep the Sabbath from Friday evening to Saturday evening.",
            ["2023-11-24TEV", "2023-11-25TEV"],
        ),
    ],
)
def test_two_weekdays_with_their_edges_run_forwards(text: str, expected: list[str]) -> None:
    """Two weekdays joined by "to" or "until" with the day's edges before them are a range that
    runs forwards (on a Tuesday): not a Friday ahead and a Saturday behind."""
    assert values(text, "2023-11-28") == expected


@pytest.mark.parametrize(
    ("text", "dct", "expected"),
    [
        ("Farmers spent the summer worrying about dry weather.", "2023-11-16", ["2023-SU"]),
        ("Ranchers spent the winter waiting for rain.", "2024-03-20", ["2023-WI"]),
        ("The council passed the summer spending plan.", "2023-11-16", []),
    ],
)
def test_a_season_spent_doing_something_about_it(text: str, dct: str, expected: list[str]) -> None:
    """A season spent worrying about or waiting for something is that season; one that
    modifies a noun ("the summer spending plan") is none."""
    assert values(text, dct) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Friends of the Library meet on the third Thursday of the month.",
            [("the third Thursday of the month", "SET", "P1M")],
        ),
        (
            "The township board meets the first Monday of the month.",
            [("the first Monday of the month", "SET", "P1M")],
        ),
        (
            "The board will meet on the third Thursday of the month.",
            [("the third Thursday of the month", "DATE", "2024-06-20")],
        ),
        (
            "The club met on the third Thursday of the month.",
            [("the third Thursday of the month", "DATE", "2024-06-20")],
        ),
    ],
)
def test_a_club_meets_on_a_weekday_of_the_month(text: str, expected: list[tuple[str, ...]]) -> None:
    """A club's habitual "meet on the third Thursday of the month" is a monthly set (on a
    Tuesday in June 2024); a meeting ahead ("will meet on") or told ("met on") is one day."""
    assert rows(text, "2024-06-04") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Masses are at 8, 10 and 11:30 a.m. on Sundays.",
            ["XXXX-XX-XXT08:00", "XXXX-XX-XXT10:00", "XXXX-XX-XXT11:30", "XXXX-WXX-7"],
        ),
        ("The films show at 7 or 9:30 p.m. tonight.", ["2024-03-14T19:00", "2024-03-14T21:30"]),
        ("Lunch is served at 11 and 1 p.m.", ["2024-03-14T11:00", "2024-03-14T13:00"]),
        ("Flights 2 and 3 p.m. were full.", ["2024-03-14T15:00"]),
    ],
)
def test_the_hours_of_a_list_share_the_last_ones_half_of_the_day(
    text: str, expected: list[str]
) -> None:
    """The hours of a list after "at" take the last one's a.m. or p.m. when that keeps them
    before it ("at 11 and 1 p.m." is 11 a.m.; on a Thursday in March 2024); without "at" the
    figures are none."""
    assert values(text, "2024-03-14") == expected


@pytest.mark.parametrize(
    "text",
    [
        "The pastor read John 3:16 and Psalm 23.",
        "Acts 2:38 and Matthew 5:1-12 were the readings.",
        "The reforms of Vatican II changed the Mass.",
        "The 4-H club toured a 1,200-acre farm on Highway 61.",
        "No. 2 yellow corn yielded 60 bushels an acre.",
        "The church on Route 9 rents Section 8 housing.",
        "She was 87.",
        "He died aged 87.",
        "She retired at the age of 65.",
        "Romans 8:28 is on the bulletin.",
    ],
)
def test_scripture_councils_clubs_roads_yields_and_ages_are_no_dates(text: str) -> None:
    """Verse numbers, councils, clubs, acres, highways, grades, yields, routes, housing
    sections and ages are none."""
    assert texts(text, "2024-03-14") == []


# ---- what chrono does not read yet ---------------------------------------------------------


@pytest.mark.xfail(
    strict=True,
    reason="a bare clock time is anchored to the last date named, here a past relative "
    "clause's 'which began Oct. 2', not to the holy day the service belongs to (Yom Kippur's "
    "eve, the Friday evening named before)",
)
def test_kol_nidre_is_on_yom_kippurs_eve() -> None:
    """ "the Kol Nidre service starts at 6:15 p.m." after "Yom Kippur begins Friday evening
    ... Rosh Hashana, which began Oct. 2", on Wednesday 2024-10-09: the Friday's 6:15 p.m."""
    text = (
        "Yom Kippur begins Friday evening. It comes 10 days after Rosh Hashana, which began "
        "Oct. 2. At Temple Beth El, the Kol Nidre service starts at 6:15 p.m."
    )
    assert values(text, "2024-10-09")[-1] == "2024-10-11T18:15"


@pytest.mark.xfail(
    strict=True,
    reason="a weekday after a stated range of days ahead is placed from the document date "
    "(the coming Saturday), not within the range the story set (the fair's Saturday)",
)
def test_a_weekday_within_the_fairs_days_is_the_fairs() -> None:
    """ "The fair runs Aug. 8-13. The livestock show is Saturday morning", on Wednesday
    2024-07-31: the fair's Saturday, 10 August."""
    text = "The county fair runs Aug. 8-13. The livestock show is Saturday morning."
    assert values(text, "2024-07-31") == ["2024-08-08", "2024-08-13", "2024-08-10TMO"]


def test_a_range_of_hours_before_a_weekday_in_the_present_is_ahead() -> None:
    """ "The shows are 7-9 p.m. Friday", on Thursday 2024-03-14: the Friday ahead."""
    assert values("The shows are 7-9 p.m. Friday.", "2024-03-14") == [
        "2024-03-15T19:00",
        "2024-03-15T21:00",
    ]
