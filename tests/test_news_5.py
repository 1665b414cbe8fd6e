"""News articles, fifth round: the news beyond politics and business, 2012-2025 (local crime
and courts, obituaries and profiles, health and science, weather and disasters, entertainment,
schools and transport, corrections and press releases).

A court story counts from the day it is filed: a defendant "was arraigned Tuesday" (the day
before), "pleaded not guilty last month", "is due back in court March 3" (ahead), faces "45
years to life" (a duration, as "was sentenced Monday to 15 years" is) for "a 2021 shooting". An
obituary "died Sunday" (the Sunday before) and was "born June 3, 1935"; a weather story's
"the driest September on record" and "the hottest summer since 1936" are the month and the
season told as records; an anniversary story's "Fifty years ago Tuesday" is that Tuesday's date
fifty years back. Each test is an article run as chrono is scored: genre "news", its date as the
document date, its weekday checked with ``datetime``; the tables are annotated by hand with the
(text, type, value) TimeBank would give. Ages, sentences in years, route numbers, hurricane
categories, jersey numbers, "Apollo 11", "Title IX" and titles that hold a year ("1989 (Taylor's
Version)", "Blade Runner 2049", "2001: A Space Odyssey") stay untagged.
"""

from __future__ import annotations

import pytest
from passages import Row, mentions, news


def test_arraignment_story_counts_the_plea_back_and_the_next_hearing_ahead() -> None:
    """A local court story: "arraigned Tuesday" the day before, "last month" of the plea, "due
    back in court March 3" ahead, "in November" the last one; "a 2021 shooting" is its year,
    "45 years to life" a sentence; "Route 66", "24-year-old" and "$2 million" are no times."""
    text = (
        "SPRINGFIELD, Ill. -- A 24-year-old man charged in a 2021 shooting outside a Route 66 "
        "diner was arraigned Tuesday in Sangamon County Circuit Court. Marcus Hill, who pleaded "
        "not guilty last month to first-degree murder, is due back in court March 3. "
        "Prosecutors said Hill fled to Texas two days after the shooting and was arrested in "
        "November. He has been held on $2 million bail since his extradition. If convicted, he "
        "faces 45 years to life in prison."
    )
    assert news(text, "2025-02-12", "Wednesday") == [
        ("2021", "DATE", "2021"),
        ("Tuesday", "DATE", "2025-02-11"),
        ("last month", "DATE", "2025-01"),
        ("March 3", "DATE", "2025-03-03"),
        ("two days", "DURATION", "P2D"),
        ("November", "DATE", "2024-11"),
        ("45 years", "DURATION", "P45Y"),
    ]


def test_sentencing_story_reads_prison_terms_as_durations_and_the_crash_as_its_year() -> None:
    """ "was sentenced Monday to 15 years in prison" for "a 2019 crash": a day, a duration and
    a year; "eligible for parole after serving 10 years", "since his arrest in August 2019",
    "convicted him in January" (this year's, past), "nearly two hours"; "Interstate 95" and
    the defendant's age are no times."""
    text = (
        "A former youth pastor was sentenced Monday to 15 years in prison for a 2019 crash that "
        "killed two teenagers on Interstate 95. Judge Ellen Park said the defendant, 41, would "
        "be eligible for parole after serving 10 years. He had been free on bond since his "
        "arrest in August 2019. Sentencing had been postponed three times since a jury "
        "convicted him in January. The victims' families addressed the court for nearly two "
        "hours."
    )
    assert news(text, "2024-05-07", "Tuesday") == [
        ("Monday", "DATE", "2024-05-06"),
        ("15 years", "DURATION", "P15Y"),
        ("2019", "DATE", "2019"),
        ("10 years", "DURATION", "P10Y"),
        ("August 2019", "DATE", "2019-08"),
        ("January", "DATE", "2024-01"),
        ("nearly two hours", "DURATION", "PT2H"),
    ]


def test_obituary_reads_a_life_from_the_late_1950s_to_sunday() -> None:
    """A news obituary: "in the late 1950s", "for three decades", "died Sunday" (two days
    before), "Born June 3, 1935", "Her 1962 album", "married for 61 years", "a memorial
    service will be held in April" ahead; "She was 87" and "at 19" are ages."""
    text = (
        "Ruth Ellison, a jazz pianist who played Harlem clubs in the late 1950s and later taught "
        "music for three decades, died Sunday at her home in Queens. She was 87. Born June 3, "
        '1935, in Savannah, Ga., she moved to New York at 19. Her 1962 album "Blue Hours" was '
        "reissued in 2015. She and her husband, the drummer Carl Ellison, were married for 61 "
        "years before his death in 2019. A memorial service will be held in April."
    )
    assert news(text, "2023-03-14", "Tuesday") == [
        ("the late 1950s", "DATE", "195"),
        ("three decades", "DURATION", "P30Y"),
        ("Sunday", "DATE", "2023-03-12"),
        ("June 3, 1935", "DATE", "1935-06-03"),
        ("1962", "DATE", "1962"),
        ("2015", "DATE", "2015"),
        ("61 years", "DURATION", "P61Y"),
        ("2019", "DATE", "2019"),
        ("April", "DATE", "2023-04"),
    ]


def test_coach_profile_keeps_jersey_numbers_and_title_ix_out() -> None:
    """A profile: "since 2009", "in the 1990s", "signed in 1972", "announced Wednesday"; "No.
    23", "Title IX" and "Ortiz, 52" are no times."""
    text = (
        "Coach Linda Ortiz, who has led the Eagles since 2009, wore No. 23 as a player in the "
        "1990s. She credits Title IX, signed in 1972, with the scholarship that sent her to "
        "college. Ortiz, 52, announced Wednesday that she will retire in June after 312 wins."
    )
    assert news(text, "2021-04-15", "Thursday") == [
        ("2009", "DATE", "2009"),
        ("the 1990s", "DATE", "199"),
        ("1972", "DATE", "1972"),
        ("Wednesday", "DATE", "2021-04-14"),
        ("June", "DATE", "2021-06"),
    ]


def test_drug_trial_story_reads_the_study_window_and_a_goal_for_2050() -> None:
    """Health news: "the 12-week trial", "a study published Wednesday" (the day of the story),
    "from 2010 to 2019", "within 28 days", "each winter" (a set), "by 2050", "early next
    year"; "15%" and "4,100 adults" are no times."""
    text = (
        "People who took the drug lost an average of 15% of their body weight in the 12-week "
        "trial, according to a study published Wednesday in The New England Journal of "
        "Medicine. Researchers followed 4,100 adults from 2010 to 2019. Patients who stopped "
        "treatment regained most of the weight within 28 days. Flu hospitalizations spike each "
        "winter, the authors noted, and obesity rates could reach 50% by 2050. The company "
        "plans to seek approval early next year."
    )
    assert news(text, "2024-10-02", "Wednesday") == [
        ("12-week", "DURATION", "P12W"),
        ("Wednesday", "DATE", "2024-10-02"),
        ("2010", "DATE", "2010"),
        ("2019", "DATE", "2019"),
        ("28 days", "DURATION", "P28D"),
        ("each winter", "SET", "XXXX-WI"),
        ("2050", "DATE", "2050"),
        ("early next year", "DATE", "2025"),
    ]


def test_hurricane_story_reads_landfall_early_thursday_and_the_weekend_ahead() -> None:
    """A disaster story written on a Friday: "made landfall early Thursday" (the day before),
    "through the weekend" ahead, "since Hurricane Ian in 2022", "for up to two weeks", "until
    Monday" ahead; "Category 3" and "2 million homes" are no times."""
    text = (
        "Hurricane Delia made landfall early Thursday near Cedar Key as a Category 3 storm, "
        "knocking out power to 2 million homes. Flooding is expected to continue through the "
        "weekend, forecasters said Friday. It was the strongest storm to hit the state since "
        "Hurricane Ian in 2022. Officials said some residents could be without power for up to "
        "two weeks. Schools will remain closed until Monday."
    )
    assert news(text, "2024-10-11", "Friday") == [
        ("early Thursday", "DATE", "2024-10-10"),
        ("the weekend", "DATE", "2024-W41-WE"),
        ("Friday", "DATE", "2024-10-11"),
        ("2022", "DATE", "2022"),
        ("up to two weeks", "DURATION", "P2W"),
        ("Monday", "DATE", "2024-10-14"),
    ]


def test_drought_story_reads_a_month_and_a_season_told_as_records() -> None:
    """ "the driest September on record" is last month, "the hottest summer since 1936" the
    summer just past (a superlative before the month or season, a record after it); "Records
    began in 1895", "14 months", "since 2002", "this winter", "late December"."""
    text = (
        "Last month was the driest September on record in Colorado, with just 0.08 inches of "
        "rain, the National Weather Service said Tuesday. It followed the hottest summer since "
        "1936. Records began in 1895. The drought has lasted 14 months, and reservoirs are at "
        "their lowest level since 2002. Forecasters expect little relief this winter, though a "
        "La Nina pattern could bring snow in late December."
    )
    assert news(text, "2025-10-08", "Wednesday") == [
        ("Last month", "DATE", "2025-09"),
        ("September", "DATE", "2025-09"),
        ("Tuesday", "DATE", "2025-10-07"),
        ("summer", "DATE", "2025-SU"),
        ("1936", "DATE", "1936"),
        ("1895", "DATE", "1895"),
        ("14 months", "DURATION", "P14M"),
        ("2002", "DATE", "2002"),
        ("this winter", "DATE", "2025-WI"),
        ("late December", "DATE", "2025-12"),
    ]


def test_streaming_story_keeps_titles_with_years_out() -> None:
    """Entertainment news: a show "premieres Friday on Netflix" (the story's day), "a week
    after" the "2024 Emmys", "the '80s", "a 1987 album", "opened in 2017", "next summer";
    "1989 (Taylor's Version)" and "Blade Runner 2049" are titles, "its third season" is of
    the show."""
    text = (
        'The third season of "The Bear" premieres Friday on Netflix, a week after the show '
        "swept the 2024 Emmys. The series, whose chef grew up on the music of the '80s, returns "
        "with 10 episodes. Its soundtrack leans on a 1987 album by R.E.M. and a track from "
        '"1989 (Taylor\'s Version)". Denis Villeneuve, whose Blade Runner 2049 opened in 2017, '
        "will direct a new film next summer."
    )
    assert news(text, "2024-07-19", "Friday") == [
        ("Friday", "DATE", "2024-07-19"),
        ("a week", "DURATION", "P1W"),
        ("2024", "DATE", "2024"),
        ("the '80s", "DATE", "198"),
        ("1987", "DATE", "1987"),
        ("2017", "DATE", "2017"),
        ("next summer", "DATE", "2025-SU"),
    ]


def test_school_story_looks_ahead_to_the_fall_the_spring_and_the_decades_end() -> None:
    """Education news in August: "the 2024-25 school year" (its two years, as a season's
    "2023-24" is), "on Monday" ahead, "Starting this fall", "45 minutes later", "the spring
    semester" (next spring), "by the end of the decade", "over the past five years"."""
    text = (
        "Students in the Pine Valley district will start the 2024-25 school year on Monday "
        "with a later bell schedule. Starting this fall, high school classes will begin 45 "
        "minutes later. The district plans to add a Mandarin course in the spring semester and "
        "hopes to open a new middle school by the end of the decade. Enrollment has fallen 8% "
        "over the past five years."
    )
    assert news(text, "2024-08-20", "Tuesday") == [
        ("2024", "DATE", "2024"),
        ("25", "DATE", "2025"),
        ("Monday", "DATE", "2024-08-26"),
        ("this fall", "DATE", "2024-FA"),
        ("45 minutes", "DURATION", "PT45M"),
        ("spring", "DATE", "2025-SP"),
        ("the end of the decade", "DATE", "202"),
        ("the past five years", "DURATION", "P5Y"),
    ]


def test_road_work_story_reads_nightly_closures_through_a_day_and_labor_day() -> None:
    """Transport news: "this week", "said Monday" (the story's day), "nightly from 9 p.m. to 5
    a.m." (a set and two clock times of no particular day), "through June 16", "began in
    2021", "by Labor Day", "for the summer"; "Route 9", "Route 44" and "$40 million" are no
    times."""
    text = (
        "Commuters should expect delays during the evening rush hour this week as crews repair "
        "the Route 9 bridge, the state Department of Transportation said Monday. The northbound "
        "lanes will close nightly from 9 p.m. to 5 a.m. through June 16. The $40 million "
        "project, which began in 2021, is scheduled to finish by Labor Day. Bus Route 44 will "
        "be detoured for the summer."
    )
    assert news(text, "2023-06-05", "Monday") == [
        ("this week", "DATE", "2023-W23"),
        ("Monday", "DATE", "2023-06-05"),
        ("nightly", "SET", "P1D"),
        ("9 p.m.", "TIME", "XXXX-XX-XXT21:00"),
        ("5 a.m.", "TIME", "XXXX-XX-XXT05:00"),
        ("June 16", "DATE", "2023-06-16"),
        ("2021", "DATE", "2021"),
        ("Labor Day", "DATE", "2023-09-04"),
        ("the summer", "DATE", "2023-SU"),
    ]


def test_press_release_reads_its_dateline_today_and_a_webcast() -> None:
    """A press release: the PRNewswire dateline, "today" its day, "the first half of 2020",
    "founded in 2008", "for the past three years", "by the end of 2020", "at 10 a.m. CT on Oct.
    8" one time in its zone; "12 new clinics" and "a 30% annual rate" are no times."""
    text = (
        "AUSTIN, Texas, Sept. 24, 2019 /PRNewswire/ -- Brightline Health today announced that "
        "it will open 12 new clinics in the first half of 2020. The company, founded in 2008, "
        "has grown revenue at a 30% annual rate for the past three years. The expansion will be "
        "completed by the end of 2020. Brightline will host a webcast at 10 a.m. CT on Oct. 8."
    )
    assert news(text, "2019-09-24", "Tuesday") == [
        ("Sept. 24, 2019", "DATE", "2019-09-24"),
        ("today", "DATE", "2019-09-24"),
        ("the first half of 2020", "DATE", "2020-H1"),
        ("2008", "DATE", "2008"),
        ("the past three years", "DURATION", "P3Y"),
        ("the end of 2020", "DATE", "2020"),
        ("10 a.m. CT on Oct. 8", "TIME", "2019-10-08T10:00-05:00"),
    ]


def test_anniversary_story_counts_fifty_years_back_from_tuesday() -> None:
    """ "Fifty years ago Tuesday" is that Tuesday's date in 1969, one expression as "55 years
    ago today" is; "Four days later" counts from it; "by 2024" ahead; "Apollo 11" and "363
    feet" are no times."""
    text = (
        "Fifty years ago Tuesday, Apollo 11 lifted off from Cape Canaveral. Four days later, on "
        "July 20, 1969, Neil Armstrong stepped onto the moon. NASA plans to return astronauts "
        "to the moon by 2024. The Saturn V rocket stood 363 feet tall."
    )
    assert news(text, "2019-07-16", "Tuesday") == [
        ("Fifty years ago Tuesday", "DATE", "1969-07-16"),
        ("Four days later", "DATE", "1969-07-20"),
        ("July 20, 1969", "DATE", "1969-07-20"),
        ("2024", "DATE", "2024"),
    ]


def test_museum_story_keeps_the_flood_past_and_reopens_on_a_holiday_ahead() -> None:
    """Arts news in January: "flooded its galleries in December" is the December past, though
    "reopens" comes right after its comma (a cue in the date's own phrase wins); "reopens on
    Presidents Day" is the holiday ahead; "1960s protest posters", "for five weeks", "until
    March 31", "the first Friday of every month", "in 1891", "the early 2000s"."""
    text = (
        "The Riverside Museum of Art, closed since a burst pipe flooded its galleries in "
        "December, reopens on Presidents Day with a show of 1960s protest posters. The museum "
        "has been shut for five weeks, and its reduced winter hours run until March 31. "
        "Admission is free on the first Friday of every month. The museum was founded in 1891 "
        "and last renovated in the early 2000s."
    )
    assert news(text, "2024-01-10", "Wednesday") == [
        ("December", "DATE", "2023-12"),
        ("Presidents Day", "DATE", "2024-02-19"),
        ("1960s", "DATE", "196"),
        ("five weeks", "DURATION", "P5W"),
        ("March 31", "DATE", "2024-03-31"),
        ("the first Friday of every month", "SET", "P1M"),
        ("1891", "DATE", "1891"),
        ("the early 2000s", "DATE", "200"),
    ]


def test_festival_story_reads_its_return_ahead_across_a_past_participle() -> None:
    """Local culture news: a festival "held every two years since 1968" (the past
    participle is across its comma) "returns June 9-11" (a return to a date looks ahead);
    "after a four-year break", "said Thursday", "go on sale May 1", "The 2019 edition", "This
    year's headliner", "whose 1994 debut turns 30 next year", "on the Sunday night";
    "40,000 people" are no time."""
    text = (
        "The Riverbend Folk Festival, held every two years since 1968, returns June 9-11 "
        "after a four-year break. Organizers said Thursday that tickets go on sale May 1. The "
        "2019 edition drew 40,000 people. This year's headliner, a singer whose 1994 debut "
        "turns 30 next year, will close the festival on the Sunday night."
    )
    assert news(text, "2023-04-20", "Thursday") == [
        ("every two years", "SET", "P2Y"),
        ("1968", "DATE", "1968"),
        ("June 9", "DATE", "2023-06-09"),
        ("11", "DATE", "2023-06-11"),
        ("four-year", "DURATION", "P4Y"),
        ("Thursday", "DATE", "2023-04-20"),
        ("May 1", "DATE", "2023-05-01"),
        ("2019", "DATE", "2019"),
        ("This year", "DATE", "2023"),
        ("1994", "DATE", "1994"),
        ("next year", "DATE", "2024"),
        ("Sunday night", "TIME", "2023-04-23TNI"),
    ]


def test_a_season_every_other_year_is_a_set() -> None:
    """ "held every other summer" recurs every two years, as "every other year" does."""
    assert mentions("It is held every other summer.", dct="2023-04-20", genre="news") == [
        ("every other summer", "SET", "P2Y")
    ]


@pytest.mark.parametrize(
    ("text", "dct", "found"),
    [
        (
            "A year ago Sunday, the plant closed.",
            "2024-03-14",
            [("A year ago Sunday", "DATE", "2023-03-10")],
        ),
        ("It was the warmest January on record.", "2024-03-14", [("January", "DATE", "2024-01")]),
        (
            "Phoenix had its worst July in 40 years.",
            "2024-08-20",
            [("July", "DATE", "2024-07"), ("40 years", "DURATION", "P40Y")],
        ),
        (
            "The coldest winter since 1979 is over.",
            "2024-03-14",
            [("winter", "DATE", "2023-WI"), ("1979", "DATE", "1979")],
        ),
    ],
)
def test_anniversaries_and_record_months(text: str, dct: str, found: list[Row]) -> None:
    """A weekday after "ago" is the date counted back; a month or a season after a superlative
    and before its record is a date; a cue across a comma yields to one in the date's own
    phrase, and an opening "opens" a holiday ahead."""
    assert mentions(text, dct=dct, genre="news") == found


def test_a_correction_restates_the_day_ahead() -> None:
    """A correction: "It is Thursday, not Wednesday" restates the day of the vote, ahead."""
    text = (
        "The school board will vote Thursday on a proposal to rename Jefferson High School. "
        "Correction: An earlier version of this story misstated the date of the vote. It is "
        "Thursday, not Wednesday."
    )
    rows = news(text, "2022-11-09", "Wednesday")
    assert rows[:2] == [("Thursday", "DATE", "2022-11-10"), ("Thursday", "DATE", "2022-11-10")]


@pytest.mark.xfail(
    strict=True,
    reason="a day and month without a year takes the clause's tense ('is scheduled to be "
    "sentenced' looks ahead) unless it is within three weeks of the document date; a date "
    "naming an event noun ('the Feb. 14 shooting') is not told apart and is not the nearest",
)
def test_a_date_naming_the_crime_keeps_its_past_in_a_sentence_about_what_comes() -> None:
    """ "He is scheduled to be sentenced May 9 for the Feb. 14 shooting": the sentencing is
    ahead, the shooting a month before the story."""
    text = "He is scheduled to be sentenced May 9 for the Feb. 14 shooting."
    assert news(text, "2024-03-14", "Thursday") == [
        ("May 9", "DATE", "2024-05-09"),
        ("Feb. 14", "DATE", "2024-02-14"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Wonder Woman 1984 and Cyberpunk 2077 both disappointed fans.",
        "Kubrick's 2001: A Space Odyssey returns to Imax screens.",
        "The Category 4 storm crossed Route 66 near mile marker 212.",
        "He wore No. 23 for the Bulls, and she was 87.",
        "Title IX and Apollo 11 exhibits open at the museum.",
        "The defendant, 19, faces up to 25 to life.",
    ],
)
def test_look_alikes_of_local_and_culture_news_yield_nothing(text: str) -> None:
    """Titles that hold a year, storm categories, routes, jerseys, ages and laws are no times."""
    assert mentions(text, dct="2024-03-14", genre="news") == []
