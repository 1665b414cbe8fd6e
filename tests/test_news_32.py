"""News, thirty-second round: science, space, weather and climate reports of 2015-2025 in the
style of the wire's and the agencies' science desks (AP Science, Reuters, NASA and ESA press
releases, Space.com, NOAA and the National Weather Service, the WMO and Copernicus), written
here for the tests.

Space copy is told by its launch days and windows ("Liftoff is scheduled for 7:34 p.m. EDT
Thursday", "splashdown early Sunday" START, "a six-month mission" P6M, "the probe will reach
Jupiter in 2030", "Mars sample return ... until the 2030s", "now planned for no earlier than
September 2025", "Fifty years ago Tuesday"); weather copy by its warnings and the hours ahead
("a winter storm warning is in effect until 6 a.m. Wednesday", "late Tuesday night into
Wednesday morning", "the next 48 hours", "through the weekend"); climate and science copy by
its records and its spans ("the warmest year since records began in 1850", "the past decade"
P10Y, "by 2050", "in the coming decades" PXDE, "every 11 years" a set, "some 20,000 years ago"
PAST_REF, "nine to 12 months" one duration).

New here: a month after "as soon as" is the month, as after "as early as" ("could come as soon
as February", "may resume as soon as June"; not a person so named, before a verb: "as soon as
May gets home"), and so is a season ("as soon as spring"); "midweek next week" is the middle of
next week, one mention (was "next week" alone; "a midweek game next week" is next week); the
day of a report made after a day its sentence named ("Liftoff is scheduled for 7:34 p.m. EDT
Thursday, NASA said Tuesday") is no day a clock time alone goes on with ("The launch window
opens at 7:34 p.m.": Thursday's, was the report's), unless the clock time is the report's own
status ("As of 8 a.m., the storm was ..."); a report's day after "said in a statement" or "in
an advisory" with no "on" is behind ("will make landfall Thursday, forecasters said in a
statement Monday": was the Monday ahead); a launch's or a landing's target is ahead, as what
is "set for" or "slated" is ("touchdown now targeted for 4:24 p.m. CST Thursday", "NASA is
targeting 4:24 p.m. Thursday": were the Thursday behind; not "strikes targeting the port on
Sunday"); a month told as the latest of a run of record months is the month ("January was the
eighth month in a row to set a temperature record", "the 13th consecutive record-warm month":
were untagged; not "the eighth month of her pregnancy").

Measures and names are none: degrees ("Highs in the 90s" is no decade, "the 80s"), storms'
categories and sizes ("Category 4", "a 2,000-mile-wide storm", "wind gusts of 60 mph"),
quakes ("a magnitude 6.1 quake"), amounts ("1.5C", "420 ppm"), and rockets, craft, missions,
comets, galaxies, supernovas and roads ("Falcon 9", "Apollo 11", "Artemis II", "Starship",
"Voyager 1", "Comet 12P", "NGC 4258", "SN 1987A", "Route 66"). Each test is a story run as
chrono is scored: genre "news", its date as the document date, its weekday checked with
``datetime``; the tables are annotated by hand with the (text, type, value[, mod]) TimeBank
would give.
"""

from __future__ import annotations

import datetime as dt

import pytest
from passages import news_values as values
from passages import news_with_mods as news


def weekday(dct: str) -> str:
    """The weekday of ``dct``, checked with ``datetime``."""
    return dt.date.fromisoformat(dct).strftime("%A")


# ---- space desks -------------------------------------------------------------------------
def test_a_launch_reads_liftoff_thursday_and_its_window_not_the_report_day() -> None:
    """AP, a Tuesday in September 2024: "Liftoff is scheduled for 7:34 p.m. EDT Thursday",
    "NASA said Tuesday" (the report's day), "The launch window opens at 7:34 p.m."
    (Thursday's, not the report's), "six months", "splashdown in March" (ahead), "the next
    opportunity is Friday"; "Falcon 9" is none."""
    text = (
        "CAPE CANAVERAL, Fla. (AP) - Liftoff is scheduled for 7:34 p.m. EDT Thursday from Kennedy"
        " Space Center, NASA said Tuesday. The launch window opens at 7:34 p.m. and lasts about "
        "10 minutes. The four astronauts will spend six months aboard the International Space "
        "Station before splashdown in March. A Falcon 9 rocket will carry them on SpaceX's ninth "
        "crew flight for NASA. If weather forces a delay, the next opportunity is Friday."
    )
    assert news(text, "2024-09-24", weekday("2024-09-24")) == [
        ("7:34 p.m. EDT Thursday", "TIME", "2024-09-26T19:34-04:00"),
        ("Tuesday", "DATE", "2024-09-24"),
        ("7:34 p.m.", "TIME", "2024-09-26T19:34"),
        ("10 minutes", "DURATION", "PT10M"),
        ("six months", "DURATION", "P6M"),
        ("March", "DATE", "2025-03"),
        ("Friday", "DATE", "2024-09-27"),
    ]


def test_a_crew_return_reads_this_weekend_early_sunday_and_two_hours_earlier() -> None:
    """NASA, a Wednesday in March 2024: "this weekend", "splashdown early Sunday" (START),
    "launched on Aug. 26" (last year's), "nearly seven months", "11:05 a.m. EDT Saturday",
    "about two hours earlier" (from it), "arrived on March 5"; "Crew-7" is none."""
    text = (
        "The Crew-7 astronauts are due back this weekend, with splashdown early Sunday off the "
        "coast of Florida, NASA said Wednesday. They launched on Aug. 26 and have spent nearly "
        "seven months in orbit. Undocking is scheduled for 11:05 a.m. EDT Saturday, and the hatch"
        " will close about two hours earlier. Their replacements arrived on March 5."
    )
    assert news(text, "2024-03-20", weekday("2024-03-20")) == [
        ("this weekend", "DATE", "2024-W12-WE"),
        ("early Sunday", "DATE", "2024-03-24", "START"),
        ("Wednesday", "DATE", "2024-03-20"),
        ("Aug. 26", "DATE", "2023-08-26"),
        ("nearly seven months", "DURATION", "P7M", "APPROX"),
        ("11:05 a.m. EDT Saturday", "TIME", "2024-03-23T11:05-04:00"),
        ("two hours earlier", "TIME", "2024-03-23T09:05-04:00"),
        ("March 5", "DATE", "2024-03-05"),
    ]


def test_a_probe_reads_jupiter_in_2030_and_the_late_1990s() -> None:
    """AP Science, a Monday in October 2024: "lifted off Monday", "reach Jupiter in 2030",
    "four years", "in April 2023", "will arrive in 2031", "more than two decades", "the
    late 1990s" (the decade's end); "Europa Clipper" and "1.8 billion miles" are none."""
    text = (
        "NASA's Europa Clipper lifted off Monday from Florida on a journey of 1.8 billion miles. "
        "The probe will reach Jupiter in 2030 and spend four years studying the icy moon Europa. "
        "A European probe, Juice, launched in April 2023 and will arrive in 2031. Scientists have"
        " waited more than two decades for the mission, first proposed in the late 1990s."
    )
    assert news(text, "2024-10-14", weekday("2024-10-14")) == [
        ("Monday", "DATE", "2024-10-14"),
        ("2030", "DATE", "2030"),
        ("four years", "DURATION", "P4Y"),
        ("April 2023", "DATE", "2023-04"),
        ("2031", "DATE", "2031"),
        ("more than two decades", "DURATION", "P20Y", "MORE_THAN"),
        ("the late 1990s", "DATE", "199", "END"),
    ]


def test_the_eclipse_on_april_8_reads_totality_and_monday_afternoon() -> None:
    """Space.com, the Friday before the 2024 eclipse: "the eclipse on April 8", "4 minutes
    and 28 seconds", "in 2017", "until 2044", "at 1:27 p.m. CDT" (the eclipse's day),
    "Monday afternoon"; "Comet 12P" and "NGC 4258" are none."""
    text = (
        "Millions of people are expected to travel to see the eclipse on April 8, when the moon "
        "will block the sun for up to 4 minutes and 28 seconds. The last total eclipse visible "
        "across the United States was in 2017, and the next will not come until 2044. Totality "
        "will begin in Texas at 1:27 p.m. CDT. Forecasters said clouds could spoil the view "
        "Monday afternoon in parts of Texas. Comet 12P could also be visible, and NGC 4258 is "
        "not."
    )
    assert news(text, "2024-04-05", weekday("2024-04-05")) == [
        ("April 8", "DATE", "2024-04-08"),
        ("4 minutes and 28 seconds", "DURATION", "PT4M28S"),
        ("2017", "DATE", "2017"),
        ("2044", "DATE", "2044"),
        ("1:27 p.m. CDT", "TIME", "2024-04-08T13:27-05:00"),
        ("Monday afternoon", "TIME", "2024-04-08TAF"),
    ]


def test_artemis_reads_no_earlier_than_september_2025_the_2030s_and_as_soon_as_february() -> None:
    """AP, a Tuesday in January 2024: "now", "no earlier than September 2025", "a 10-day
    flight", "Apollo 17 in 1972", "slipped to September 2026", "until the 2030s", "could
    come as soon as February" (the month ahead, was untagged); "Artemis II", "Artemis
    III", "Apollo 17" and "Starship" are none."""
    text = (
        "NASA said Tuesday that Artemis II, now planned for no earlier than September 2025, will "
        "send four astronauts around the moon on a 10-day flight. Artemis III, the first landing "
        "since Apollo 17 in 1972, slipped to September 2026. Mars sample return may not bring "
        "rocks back until the 2030s. Starship's next test flight could come as soon as February, "
        "the company said."
    )
    assert news(text, "2024-01-09", weekday("2024-01-09")) == [
        ("Tuesday", "DATE", "2024-01-09"),
        ("now", "DATE", "PRESENT_REF"),
        ("September 2025", "DATE", "2025-09"),
        ("10-day", "DURATION", "P10D"),
        ("1972", "DATE", "1972"),
        ("September 2026", "DATE", "2026-09"),
        ("the 2030s", "DATE", "203"),
        ("February", "DATE", "2024-02"),
    ]


def test_apollo_11_at_fifty_reads_fifty_years_ago_tuesday_not_its_names() -> None:
    """AP, the 50th anniversary of Apollo 11's launch: "Fifty years ago Tuesday"
    (1969-07-16), "four days later", "through the weekend", "in 1977"; "Apollo 11",
    "Voyager 1" and "SN 1987A" are names, and "the 50th anniversary" and "the 32nd year"
    are untagged."""
    text = (
        "Fifty years ago Tuesday, Apollo 11 lifted off from Florida, and four days later Neil "
        "Armstrong stepped onto the moon. Celebrations of the 50th anniversary of Apollo 11 will "
        "run through the weekend at the Kennedy Space Center. Voyager 1, launched in 1977, is "
        "still sending data from interstellar space. Astronomers also marked the 32nd year since "
        "SN 1987A, the nearest supernova in modern times."
    )
    assert news(text, "2019-07-16", weekday("2019-07-16")) == [
        ("Fifty years ago Tuesday", "DATE", "1969-07-16"),
        ("four days later", "DATE", "1969-07-20"),
        ("the weekend", "DATE", "2019-W29-WE"),
        ("1977", "DATE", "1977"),
    ]


def test_a_lunar_landing_reads_touchdown_now_targeted_for_thursday() -> None:
    """AP, a Tuesday in February 2024: "touchdown now targeted for 4:24 p.m. CST Thursday"
    (the Thursday ahead: a target is a plan, was the Thursday behind), "said Tuesday",
    "for 408 seconds", "in December 1972", "about seven days"; "Apollo 17" is none."""
    text = (
        "HOUSTON (AP) - A private lunar lander is closing in on the moon, with touchdown now "
        "targeted for 4:24 p.m. CST Thursday near the south pole. Intuitive Machines said "
        "Tuesday the spacecraft fired its engine for 408 seconds to lower its orbit. If it "
        "succeeds, it will be the first U.S. landing since Apollo 17 in December 1972. The "
        "lander is designed to work for about seven days, until the sun sets at the landing "
        "site."
    )
    assert news(text, "2024-02-20", weekday("2024-02-20")) == [
        ("now", "DATE", "PRESENT_REF"),
        ("4:24 p.m. CST Thursday", "TIME", "2024-02-22T16:24-06:00"),
        ("Tuesday", "DATE", "2024-02-20"),
        ("408 seconds", "DURATION", "PT408S"),
        ("December 1972", "DATE", "1972-12"),
        ("seven days", "DURATION", "P7D"),
    ]


# ---- weather desks -----------------------------------------------------------------------
def test_a_winter_storm_warning_reads_late_tuesday_night_and_midweek_next_week() -> None:
    """The National Weather Service, a Tuesday in January 2024: "until 6 a.m. Wednesday",
    "late Tuesday night into Wednesday morning", "through the weekend", "by midweek next
    week" (the middle of next week, one mention: was "next week" alone); "60 mph" and
    "Route 66" are none, and "Overnight lows" is untagged."""
    text = (
        "A winter storm warning is in effect until 6 a.m. Wednesday for much of the region, the "
        "National Weather Service said. Snow will fall heaviest late Tuesday night into Wednesday"
        " morning, with 6 to 10 inches expected. Overnight lows will drop into the single digits "
        "through the weekend, and wind gusts of 60 mph could cause whiteouts on Route 66. "
        "Temperatures should rebound by midweek next week."
    )
    assert news(text, "2024-01-16", weekday("2024-01-16")) == [
        ("6 a.m. Wednesday", "TIME", "2024-01-17T06:00"),
        ("Tuesday night", "TIME", "2024-01-16TNI"),
        ("Wednesday morning", "TIME", "2024-01-17TMO"),
        ("the weekend", "DATE", "2024-W03-WE"),
        ("midweek next week", "DATE", "2024-W04", "MID"),
    ]


def test_a_heat_wave_reads_the_next_48_hours_not_highs_in_the_90s() -> None:
    """A forecast, a Tuesday in August 2023: "the next 48 hours", "said Tuesday", "July
    was the hottest month on record", "the wettest spring since 1895", "until 8 p.m.
    Thursday", "by the weekend"; "Highs in the 90s" and "the 80s" are degrees, no decades."""
    text = (
        "Highs in the 90s will continue for the next 48 hours, forecasters said Tuesday, with "
        "heat index values near 110. July was the hottest month on record, and the wettest spring"
        " since 1895 gave way to a dry summer. A heat advisory remains in effect until 8 p.m. "
        "Thursday. Relief is expected by the weekend, when highs drop into the 80s."
    )
    assert news(text, "2023-08-08", weekday("2023-08-08")) == [
        ("the next 48 hours", "DURATION", "PT48H"),
        ("Tuesday", "DATE", "2023-08-08"),
        ("July", "DATE", "2023-07"),
        ("spring", "DATE", "2023-SP"),
        ("1895", "DATE", "1895"),
        ("8 p.m. Thursday", "TIME", "2023-08-10T20:00"),
        ("the weekend", "DATE", "2023-W32-WE"),
    ]


def test_a_hurricane_outlook_reads_june_1_to_nov_30_not_category_3() -> None:
    """AP, a Thursday in May 2024: "on Thursday", "the 2024 Atlantic hurricane season,
    which runs from June 1 to Nov. 30", "Last year", "on Aug. 30" (last year's), "by late
    summer" (END); "Category 3" and "17 to 25 named storms" are none."""
    text = (
        "MIAMI (AP) - NOAA forecasters on Thursday predicted an extraordinarily busy 2024 "
        "Atlantic hurricane season, which runs from June 1 to Nov. 30. They expect 17 to 25 named"
        " storms, with up to seven major hurricanes of Category 3 or stronger. Last year, "
        "Hurricane Idalia made landfall in Florida as a Category 3 storm on Aug. 30. Forecasters "
        "blamed record-warm ocean temperatures and a La Nina expected to form by late summer."
    )
    assert news(text, "2024-05-23", weekday("2024-05-23")) == [
        ("Thursday", "DATE", "2024-05-23"),
        ("2024", "DATE", "2024"),
        ("June 1", "DATE", "2024-06-01"),
        ("Nov. 30", "DATE", "2024-11-30"),
        ("Last year", "DATE", "2023"),
        ("Aug. 30", "DATE", "2023-08-30"),
        ("late summer", "DATE", "2024-SU", "END"),
    ]


def test_a_hurricane_advisory_reads_late_wednesday_and_its_report_as_of_8_am() -> None:
    """The National Hurricane Center via AP, a Tuesday in October 2024: "late Wednesday"
    (END), "said in an advisory Tuesday", "As of 8 a.m." (the advisory's, the report's
    day), "by Thursday afternoon"; "Category 5", "180 mph" and "2,000-mile-wide" are none."""
    text = (
        "Hurricane Milton, a Category 5 storm with winds of 180 mph, will make landfall late "
        "Wednesday, the National Hurricane Center said in an advisory Tuesday. As of 8 a.m., the "
        "2,000-mile-wide system was 520 miles southwest of Tampa. The storm will cross the"
        " state by Thursday afternoon."
    )
    assert news(text, "2024-10-08", weekday("2024-10-08")) == [
        ("late Wednesday", "DATE", "2024-10-09", "END"),
        ("Tuesday", "DATE", "2024-10-08"),
        ("8 a.m.", "TIME", "2024-10-08T08:00"),
        ("Thursday afternoon", "TIME", "2024-10-10TAF"),
    ]


# ---- climate and science desks -----------------------------------------------------------
def test_the_wmo_reads_the_warmest_year_since_1850_and_el_ninos_months() -> None:
    """Reuters, a Friday in January 2024: "2023", "since records began in 1850", "said on
    Friday", "the past decade" (P10Y), "mid-2023" (MID), "keep 2024 hot", "nine to 12
    months" (one duration), "last year"; "1.45C" and "420 ppm" are none, and "pre-
    industrial levels" is untagged."""
    text = (
        "GENEVA (Reuters) - 2023 was the warmest year since records began in 1850, the World "
        "Meteorological Organization said on Friday, and the past decade was the warmest on "
        "record. Global temperatures averaged about 1.45C above pre-industrial levels. The agency"
        " said the El Nino that developed in mid-2023 would likely keep 2024 hot. El Nino "
        "typically lasts nine to 12 months, and carbon dioxide levels topped 420 ppm last year."
    )
    assert news(text, "2024-01-12", weekday("2024-01-12")) == [
        ("2023", "DATE", "2023"),
        ("1850", "DATE", "1850"),
        ("Friday", "DATE", "2024-01-12"),
        ("the past decade", "DURATION", "P10Y"),
        ("mid-2023", "DATE", "2023", "MID"),
        ("2024", "DATE", "2024"),
        ("nine to 12 months", "DURATION", "P12M"),
        ("last year", "DATE", "2023"),
    ]


def test_a_study_in_nature_reads_the_past_30_years_by_2050_and_the_last_ice_age() -> None:
    """AP Science, a Wednesday in June 2023: "the past 30 years", "the last 12,000 years",
    "published Wednesday in Nature", "The 10-year study", "in 2015 and 2016", "by 2050",
    "the coming decades", "some 20,000 years ago" (further back than a year TIMEX3 writes:
    PAST_REF); "the last ice age" is untagged."""
    text = (
        "Greenland's ice sheet lost ice faster over the past 30 years than at any time in the "
        "last 12,000 years, according to the study, published Wednesday in Nature. The 10-year "
        "study used cores drilled in 2015 and 2016. Sea levels could rise by a foot by 2050, and "
        "more in the coming decades, the authors said. During the last ice age, some 20,000 years"
        " ago, sea levels were 400 feet lower."
    )
    assert news(text, "2023-06-14", weekday("2023-06-14")) == [
        ("the past 30 years", "DURATION", "P30Y"),
        ("the last 12,000 years", "DURATION", "P12000Y"),
        ("Wednesday", "DATE", "2023-06-14"),
        ("10-year", "DURATION", "P10Y"),
        ("2015", "DATE", "2015"),
        ("2016", "DATE", "2016"),
        ("2050", "DATE", "2050"),
        ("the coming decades", "DURATION", "PXDE"),
        ("20,000 years ago", "DATE", "PAST_REF"),
    ]


def test_the_solar_cycle_reads_every_11_years_and_late_this_year_not_a_magnitude() -> None:
    """Space.com, a Wednesday in July 2024: "its 11-year cycle", "late this year or early
    next year", "every 11 years" (a set), "a 27-day rotation", "on Monday", "in two
    decades", "on May 10"; "magnitude 6.1" is none."""
    text = (
        "The sun is nearing the peak of its 11-year cycle, which scientists expect to arrive late"
        " this year or early next year. Sunspots wax and wane every 11 years, and a 27-day "
        "rotation brings active regions back into view. A magnitude 6.1 quake off Japan on Monday"
        " was unrelated, seismologists said. The strongest solar storm in two decades lit up the "
        "sky on May 10."
    )
    assert news(text, "2024-07-10", weekday("2024-07-10")) == [
        ("11-year", "DURATION", "P11Y"),
        ("late this year", "DATE", "2024", "END"),
        ("early next year", "DATE", "2025", "START"),
        ("every 11 years", "SET", "P11Y"),
        ("27-day", "DURATION", "P27D"),
        ("Monday", "DATE", "2024-07-08"),
        ("two decades", "DURATION", "P20Y"),
        ("May 10", "DATE", "2024-05-10"),
    ]


def test_copernicus_reads_october_2023_the_year_to_date_and_a_20_year_average() -> None:
    """Reuters on Copernicus, a Thursday in November 2023: "October 2023", "the warmest
    October" (that October), "the 1850-1900 average" (its two years), "said Wednesday",
    "The year to date", "2023", "a 20-year average", "a single year"; "1.7C", "1.43C",
    "1.5C" and "the pre-industrial period" are none."""
    text = (
        "October 2023 was the warmest October on record, 1.7C above the 1850-1900 average, the "
        "Copernicus Climate Change Service said Wednesday. It was the fifth straight record "
        "month. The year to date was 1.43C warmer than the pre-industrial period, and 2023 is "
        "almost certain to be the warmest year on record. Scientists said the Paris Agreement's "
        "limit of 1.5C refers to a 20-year average, not a single year."
    )
    assert news(text, "2023-11-02", weekday("2023-11-02")) == [
        ("October 2023", "DATE", "2023-10"),
        ("October", "DATE", "2023-10"),
        ("1850", "DATE", "1850"),
        ("1900", "DATE", "1900"),
        ("Wednesday", "DATE", "2023-11-01"),
        ("The year to date", "DATE", "2023"),
        ("2023", "DATE", "2023"),
        ("20-year", "DURATION", "P20Y"),
        ("a single year", "DURATION", "P1Y"),
    ]


def test_copernicus_reads_january_the_eighth_record_month_in_a_row() -> None:
    """Reuters, a Thursday in February 2024: "January was the eighth month in a row to set
    a temperature record" (the month, was untagged), "said on Thursday", "a 12-month
    period", "from February 2023 through January 2024", "by the spring", "later this year"
    (END); "1.5C" is none."""
    text = (
        "BRUSSELS (Reuters) - January was the eighth month in a row to set a temperature "
        "record, the European Union's Copernicus Climate Change Service said on Thursday. The "
        "world also breached 1.5C of warming over a 12-month period for the first time, from "
        "February 2023 through January 2024. Scientists expect El Nino to weaken by the spring,"
        " and a La Nina could follow later this year."
    )
    assert news(text, "2024-02-08", weekday("2024-02-08")) == [
        ("January", "DATE", "2024-01"),
        ("Thursday", "DATE", "2024-02-08"),
        ("a 12-month period", "DURATION", "P12M"),
        ("February 2023", "DATE", "2023-02"),
        ("January 2024", "DATE", "2024-01"),
        ("the spring", "DATE", "2024-SP"),
        ("later this year", "DATE", "2024", "END"),
    ]


# ---- the phenomena, worded otherwise, and their look-alikes ------------------------------


@pytest.mark.parametrize(
    ("text", "dct", "expected"),
    [
        ("The rover could launch as soon as July, NASA said.", "2024-04-05", ["2024-07"]),
        ("Flights may resume as soon as June.", "2024-04-05", ["2024-06"]),
        ("The launch could come as soon as May or June.", "2024-04-05", ["2024-05", "2024-06"]),
        ("Flights to the station could resume as soon as spring.", "2024-04-05", ["2024-SP"]),
        ("Call me as soon as May gets home.", "2024-04-05", []),
        ("She will write as soon as April calls her back.", "2024-04-05", []),
        ("Rain will return mid-week next week.", "2024-01-16", ["2024-W04"]),
        ("Shares slumped midweek last week.", "2024-01-16", ["2024-W02"]),
        ("The team plays a midweek game next week.", "2024-01-16", ["2024-W04"]),
        ("Touchdown is targeted for Thursday.", "2024-02-20", ["2024-02-22"]),
        (
            "NASA is targeting 4:24 p.m. Thursday for the landing.",
            "2024-02-20",
            ["2024-02-22T16:24"],
        ),
        ("Strikes targeting the port on Sunday killed 10 people.", "2024-02-20", ["2024-02-18"]),
        ("The reporter was targeted for his coverage on Sunday.", "2024-02-20", ["2024-02-18"]),
        ("June was the 13th consecutive record-warm month.", "2024-07-08", ["2024-06"]),
        ("August was the 15th straight month of record heat.", "2024-09-08", ["2024-08"]),
        ("June was the eighth month of her pregnancy.", "2024-02-08", []),
        ("June was the fourth straight person to leave.", "2024-02-08", []),
    ],
)
def test_as_soon_as_a_month_midweek_a_target_and_a_record_month(
    text: str, dct: str, expected: list[str]
) -> None:
    """A month or a season after "as soon as" is the month ahead (not a person before a
    verb), "midweek next week" the middle of that week (not a midweek game), a target's day
    ahead (not a target of strikes), and a month the latest of a run of records one (not
    a person's "eighth month of her pregnancy")."""
    assert values(text, dct) == expected


@pytest.mark.parametrize(
    ("text", "dct", "expected"),
    [
        (
            "The vote is set for Thursday, officials said Tuesday. Polls open at 7 a.m. and "
            "close at 8 p.m.",
            "2024-09-24",
            ["2024-09-26", "2024-09-24", "2024-09-26T07:00", "2024-09-26T20:00"],
        ),
        (
            "The game is Thursday, the league said on Monday. Kickoff is at 7 p.m.",
            "2024-09-24",
            ["2024-09-26", "2024-09-23", "2024-09-26T19:00"],
        ),
        (
            "The man was arrested Saturday, police said Monday. He was booked at 10 p.m.",
            "2024-09-24",
            ["2024-09-21", "2024-09-23", "2024-09-21T22:00"],
        ),
        (
            "The storm will make landfall Thursday, forecasters said in a statement Monday.",
            "2024-09-24",
            ["2024-09-26", "2024-09-23"],
        ),
        (
            "The storm could reach the coast by Friday, forecasters said Tuesday. As of 10 a.m., "
            "it was 300 miles east of Miami.",
            "2024-09-24",
            ["2024-09-27", "2024-09-24", "2024-09-24T10:00"],
        ),
        (
            "Police said Monday that the man was arrested. He was booked at 10 p.m.",
            "2024-09-24",
            ["2024-09-23", "2024-09-23T22:00"],
        ),
        (
            "He will lay out his plan in a speech Thursday.",
            "2024-09-24",
            ["2024-09-26"],
        ),
    ],
)
def test_a_report_day_after_a_named_day_is_no_day_of_a_later_clock_time(
    text: str, dct: str, expected: list[str]
) -> None:
    """A report's day after a day its sentence named leaves a later clock time alone on that
    day ("As of" keeps the report's); with no day before it, the report's day is the one."""
    assert values(text, dct) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Highs in the upper 90s and lows in the mid-70s are expected.",
        "Temperatures in the 100s baked Phoenix.",
        "A Category 4 storm with wind gusts of 60 mph.",
        "A magnitude 6.1 quake and 410 ppm of carbon dioxide.",
        "Falcon 9, Starship, Artemis II and Voyager 1.",
        "Comet 12P, NGC 4258 and SN 1987A.",
        "A 2,000-mile-wide storm crossed Route 66.",
        "Global warming of 1.5C above pre-industrial levels.",
    ],
)
def test_measures_and_names_of_science_copy_stay_untagged(text: str) -> None:
    """Degrees, categories, magnitudes, amounts and the names of craft, comets, galaxies,
    supernovas and roads are no times."""
    assert values(text, "2024-04-05") == []


@pytest.mark.xfail(
    strict=True,
    reason="the report's status 'As of 8 a.m.' dates the story on the report's day, so a "
    "later 'around midnight' of the landfall late Wednesday is Tuesday's",
)
def test_midnight_after_a_reports_status_is_the_landfalls() -> None:
    """Landfall "late Wednesday" then "around midnight", after "As of 8 a.m." of the
    report: Wednesday's midnight."""
    text = (
        "Hurricane Milton will make landfall late Wednesday, the hurricane center said in an "
        "advisory Tuesday. As of 8 a.m., the storm was 520 miles southwest of Tampa. Landfall "
        "is forecast near Tampa Bay around midnight."
    )
    assert values(text, "2024-10-08") == [
        "2024-10-09",
        "2024-10-08",
        "2024-10-08T08:00",
        "2024-10-09T24:00",
    ]


@pytest.mark.xfail(
    strict=True,
    reason="a past 'overnight' after a report made on the document's day is read as that "
    "day's night (TNI of the report's day), not the night before it",
)
def test_a_past_overnight_before_the_report_is_the_night_before() -> None:
    """ "said Tuesday the spacecraft fired its engine overnight": Monday's night."""
    text = "Intuitive Machines said Tuesday the spacecraft fired its engine overnight."
    assert values(text, "2024-02-20") == ["2024-02-20", "2024-02-19TNI"]
