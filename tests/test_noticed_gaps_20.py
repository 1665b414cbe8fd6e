"""Gaps noticed in session 12, twentieth list: news and narratives.

Four digits after a sentence's opening "At" before a price or a level are no clock time; a
count after "a crowd of" is no year; a birthday without its year is no 9/11 and a holiday's
name inside a place's name is no holiday; a present "is" with a clock time and a weekday looks
ahead; a game's quarter, period or half is no part of the calendar; a participle aside's date
does not move the story; the small hours after an evening are the next day's, and "the
following morning" after them that day's morning.
"""

from __future__ import annotations

import pytest
from passages import ModRow, Row, mentions, mentions_with_mods, news

_WEDNESDAY = "2023-06-07"

# what is not read right yet, until each is fixed
_SILVER = pytest.mark.xfail(
    strict=True,
    reason="neg.game_period could cover a quarter after 'late in' or 'seconds left in', but "
    "te3-silver, a guard, tags 'a touchdown late in [the first quarter]' and '23 seconds left "
    "in [the second quarter]' as dates (2 strict and 3 relaxed matches lost)",
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("At 1650 the price was set.", [], id="a_price_after_at"),
        pytest.param(
            "At 1200 the index held steady for an hour.",
            [("an hour", "DURATION", "PT1H")],
            id="an_index_after_at",
        ),
        pytest.param(
            "At 4.5% the rate was the highest since 2008.",
            [("2008", "DATE", "2008")],
            id="a_rate_after_at",
        ),
        pytest.param(
            "The fleets met on 31 May 1916. At 1650 Beatty turned north.",
            [("31 May 1916", "DATE", "1916-05-31"), ("1650", "TIME", "1916-05-31T16:50")],
            id="a_naval_clock_time_stays",
        ),
        pytest.param(
            "Bismarck was found on 26 May 1941. At 2047 the Swordfish attacked.",
            [("26 May 1941", "DATE", "1941-05-26"), ("2047", "TIME", "1941-05-26T20:47")],
            id="a_clock_time_before_the_subjects_article_stays",
        ),
    ],
)
def test_four_digits_after_an_opening_at_before_a_price_or_a_level_are_no_time(
    text: str, expected: list[Row]
) -> None:
    """ "At 1650 the price was set": the price or the level is the number's, no clock time nor
    year; "At 1650 Beatty turned north" after a day of a naval story stays a clock time."""
    assert mentions(text, dct=_WEDNESDAY) == expected


@pytest.mark.xfail(
    strict=True,
    reason="time.clock_military_opening reads four digits before a subject as a clock time by "
    "the sentence's words alone; telling a year ('At 1815, Napoleon was defeated') from a "
    "naval history's hour needs what the story established before (a day, clock times), which "
    "the anchoring step knows but cannot feed back to turn a TIME into a year",
)
def test_four_digits_after_an_opening_at_in_a_history_of_years_are_a_year() -> None:
    """ "At 1815, Napoleon was defeated at Waterloo." in a history told by years: 1815."""
    text = "In 1812 Napoleon invaded Russia. At 1815, Napoleon was defeated at Waterloo."
    assert mentions(text, genre="narrative") == [("1812", "DATE", "1812"), ("1815", "DATE", "1815")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("A crowd of 2000 gathered outside the embassy.", [], id="a_crowd_of"),
        pytest.param("A throng of 1500 waited at the gates.", [], id="a_throng_of"),
        pytest.param("The crowd of 2000 cheered the band.", [], id="the_crowd_of"),
        pytest.param(
            "A crowd of some 1200 lined the route, police said.",
            [],
            id="a_crowd_of_some",
        ),
        pytest.param(
            "In the summer of 2000 crowds gathered in the square.",
            [("the summer of 2000", "DATE", "2000-SU")],
            id="a_season_of_a_year",
        ),
        pytest.param(
            "A group of 1999 graduates met.",
            [("1999", "DATE", "1999")],
            id="a_class_year_stays",
        ),
    ],
)
def test_a_count_after_a_crowd_of_is_no_year(text: str, expected: list[Row]) -> None:
    """ "A crowd of 2000 gathered": the count of a gathering, even without a noun after it
    ("2000 people"), is no year; a season's year and a class year stay years."""
    assert mentions(text, dct=_WEDNESDAY) == expected


@pytest.mark.xfail(
    strict=True,
    reason="a day and month after 'Born' in a news biography is a birthday of an unknown year, "
    "but chrono reads '9/11' as the attacks and a clinical note's 'Born 06/09' as the note's "
    "year; a yearless XXXX-MM-DD for a birthday needs the genre (a newborn's note or a life) "
    "to decide it",
)
def test_a_birthday_without_its_year_is_no_nine_eleven() -> None:
    """ "Born 9/11 in Brooklyn": a birthday of no known year (XXXX-09-11), not 2001-09-11."""
    text = "Born 9/11 in Brooklyn, he moved west in 1998."
    assert mentions(text, dct=_WEDNESDAY) == [
        ("9/11", "DATE", "XXXX-09-11"),
        ("1998", "DATE", "1998"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("The Fourth of July Creek fire grew to 500 acres.", [], id="a_creek"),
        pytest.param(
            "Crews held the fire at Christmas Creek Road and the Easter Canyon trail.",
            [],
            id="a_road_and_a_canyon",
        ),
        pytest.param("Ships called at Christmas Island.", [], id="an_island"),
        pytest.param(
            "The Fourth of July parade will go ahead.",
            [("The Fourth of July", "DATE", "2023-07-04")],
            id="a_holidays_parade",
        ),
        pytest.param(
            "Creek levels will peak by the Fourth of July.",
            [("the Fourth of July", "DATE", "2023-07-04")],
            id="a_creek_before_the_holiday",
        ),
        pytest.param(
            "On the Fourth of July Lake Tahoe will fill with boats.",
            [("the Fourth of July", "DATE", "2023-07-04")],
            id="a_lake_after_the_holiday",
        ),
    ],
)
def test_a_holidays_name_inside_a_place_name_is_no_holiday(text: str, expected: list[Row]) -> None:
    """ "The Fourth of July Creek fire": the name of a creek, a road, a canyon or an island that
    starts with a holiday's name gives no date; the holiday's parade is the holiday's."""
    assert mentions(text, dct=_WEDNESDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "The press conference is at 5 PT on Friday.",
            [("5 PT on Friday", "TIME", "2023-06-09T17:00-07:00")],
            id="is_at_a_zoned_hour_on_friday",
        ),
        pytest.param(
            "The news conference is at 10 a.m. on Friday.",
            [("10 a.m. on Friday", "TIME", "2023-06-09T10:00")],
            id="is_at_a_morning_hour_on_friday",
        ),
        pytest.param(
            "The vote is at 5 p.m. PT on Monday.",
            [("5 p.m. PT on Monday", "TIME", "2023-06-12T17:00-07:00")],
            id="is_at_an_hour_on_monday",
        ),
        pytest.param(
            "The briefing was at 10 a.m. on Monday.",
            [("10 a.m. on Monday", "TIME", "2023-06-05T10:00")],
            id="was_at_an_hour_on_monday",
        ),
    ],
)
def test_a_present_is_with_a_clock_time_and_a_weekday_looks_ahead(
    text: str, expected: list[Row]
) -> None:
    """ "The press conference is at 5 PT on Friday" in a Wednesday story is this Friday's, as
    a schedule's present is the future's; "was at 10 a.m. on Monday" is the Monday before."""
    assert news(text, _WEDNESDAY, "Wednesday") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "The teams went nearly 13 minutes without a field goal late in the fourth quarter.",
            [("nearly 13 minutes", "DURATION", "PT13M")],
            id="late_in_the_fourth_quarter",
            marks=_SILVER,
        ),
        pytest.param(
            "With 2 minutes left in the fourth quarter, the Lakers trailed by 3.",
            [("2 minutes", "DURATION", "PT2M")],
            id="minutes_left_in_the_fourth_quarter",
            marks=_SILVER,
        ),
        pytest.param(
            "Boston led by 12 at the half and pulled away in the second half.",
            [],
            id="at_the_half_then_the_second_half",
        ),
        pytest.param(
            "Ovechkin scored midway through the third period.",
            [],
            id="midway_through_the_third_period",
        ),
        pytest.param(
            "Apple's revenue fell in the fourth quarter.",
            [("the fourth quarter", "DATE", "2022-Q4")],
            id="a_companys_fourth_quarter",
        ),
        pytest.param(
            "The company expects to return to growth in the second half.",
            [("the second half", "DATE", "2023-H2")],
            id="a_companys_second_half",
        ),
        pytest.param(
            "Sales trailed estimates late in the third quarter.",
            [("late in the third quarter", "DATE", "2022-Q3")],
            id="sales_trailed_estimates",
        ),
    ],
)
def test_a_games_quarter_period_or_half_is_no_part_of_the_calendar(
    text: str, expected: list[Row]
) -> None:
    """A game's "late in the fourth quarter" after a field goal, "2 minutes left in the fourth
    quarter", "the second half" after "at the half" and "midway through the third period" are
    stretches of the game; a company's fourth quarter and second half are the calendar's."""
    assert [row[:3] for row in mentions(text, dct=_WEDNESDAY)] == expected


@pytest.mark.parametrize(
    ("text", "dct", "weekday", "expected"),
    [
        pytest.param(
            "The vote, scheduled for Dec. 11, was pulled. It will be held on Friday.",
            "2018-12-10",
            "Monday",
            [("Dec. 11", "DATE", "2018-12-11"), ("Friday", "DATE", "2018-12-14")],
            id="a_future_after_the_aside",
        ),
        pytest.param(
            "The vote, scheduled for Dec. 11, was pulled on Monday. The debate resumes Thursday.",
            "2018-12-12",
            "Wednesday",
            [
                ("Dec. 11", "DATE", "2018-12-11"),
                ("Monday", "DATE", "2018-12-10"),
                ("Thursday", "DATE", "2018-12-13"),
            ],
            id="a_past_weekday_after_the_aside",
        ),
        pytest.param(
            "The hearing, set for Jan. 4, was postponed. Lawyers met Friday.",
            "2019-01-02",
            "Wednesday",
            [("Jan. 4", "DATE", "2019-01-04"), ("Friday", "DATE", "2018-12-28")],
            id="a_hearing_set_for",
        ),
    ],
)
def test_a_participle_asides_date_does_not_move_the_story(
    text: str, dct: str, weekday: str, expected: list[Row]
) -> None:
    """ "The vote, scheduled for Dec. 11, was pulled": the aside's date sets neither the
    sentence's tense nor the day the weekdays after it count from."""
    assert news(text, dct, weekday) == expected


def test_the_small_hours_after_an_evening_are_the_next_days() -> None:
    """ "the battle began at 17:00. Beatrice fell at 02:00": a story told by the clock goes
    forward, so the small hours after an evening are the next day's, and "the following
    morning" after them is the morning of that same day; a day's own early clock time ("On 20
    March 1918 at 04:40") is followed by the next day's morning."""
    text = (
        "On 9 October 1993 the battle began at 17:00. Beatrice fell at 02:00. The following "
        "morning the guns fell silent."
    )
    assert mentions(text, genre="narrative")[2:] == [
        ("02:00", "TIME", "1993-10-10T02:00"),
        ("The following morning", "TIME", "1993-10-10TMO"),
    ]
    text = "On 20 March 1918 at 04:40 the barrage opened. The following morning it rained."
    assert mentions(text, genre="narrative")[-1] == (
        "The following morning",
        "TIME",
        "1918-03-21TMO",
    )


def test_the_small_hours_after_an_afternoon_stay_on_its_day() -> None:
    """A clock time of the small hours after an afternoon's ("at 15:00 ... at 02:00") is not
    moved: only an evening's runs on past midnight."""
    text = "On 9 October 1993 the battle began at 15:00. Beatrice fell at 02:00."
    assert mentions(text, genre="narrative")[-1] == ("02:00", "TIME", "1993-10-09T02:00")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("The coming of spring fashions pleased buyers.", [], id="spring_fashions"),
        pytest.param("Spring cleaning started early.", [], id="spring_cleaning"),
        pytest.param(
            "With the coming of spring the roads dried.",
            [("the coming of spring", "DATE", "2023-SP", "START")],
            id="the_coming_of_spring",
        ),
    ],
)
def test_spring_before_a_noun_is_no_season(text: str, expected: list[ModRow]) -> None:
    """ "spring fashions", "spring cleaning": spring as an adjective of a noun
    names no season; "the coming of spring" is the spring's start."""
    assert mentions_with_mods(text, dct=_WEDNESDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Officials said Friday would be the last day of voting.",
            [("Friday", "DATE", "2023-06-09"), ("the last day", "DATE", "2023-06-09")],
            id="said_friday_would_be",
        ),
        pytest.param(
            "She said Monday will not be a holiday.",
            [("Monday", "DATE", "2023-06-12")],
            id="said_monday_will_not_be",
        ),
        pytest.param(
            "The company said Friday it would cut jobs.",
            [("Friday", "DATE", "2023-06-02")],
            id="said_on_friday_it_would",
        ),
        pytest.param(
            "He said Monday would have been her birthday.",
            [("Monday", "DATE", "2023-06-05")],
            id="would_have_been",
        ),
        pytest.param(
            "He said Christmas was quiet.",
            [("Christmas", "DATE", "2022-12-25")],
            id="said_christmas_was",
        ),
    ],
)
def test_a_day_reported_with_would_after_it_is_ahead_of_the_saying(
    text: str, expected: list[Row]
) -> None:
    """ "Officials said Friday would be the last day": the day is the reported clause's
    subject and "would" the future in the past, so it is ahead; "said Friday it would" is the
    day of the saying, "would have been" and "was" look back."""
    assert news(text, _WEDNESDAY, "Wednesday") == expected


def test_the_previous_week_after_last_week_is_the_week_before_it() -> None:
    """A step of days or weeks after a month counts from the story's last day (session 13);
    after a week it counts from that week: "rose to 4.32 percent last week from 4.26 percent the
    previous week" is the week before last week, in wire copy filed on a Monday."""
    text = (
        "The Federal Reserve said Monday that the average yield rose to 4.32 percent last week "
        "from 4.26 percent the previous week. Refineries ran at 87.3 percent of capacity last "
        "week, down from the prior week."
    )
    assert news(text, "2005-11-07", "Monday") == [
        ("Monday", "DATE", "2005-11-07"),
        ("last week", "DATE", "2005-W44"),
        ("the previous week", "DATE", "2005-W43"),
        ("last week", "DATE", "2005-W44"),
        ("the prior week", "DATE", "2005-W43"),
    ]


def test_a_clock_time_with_a_m_and_no_last_stop_takes_the_day_after_it() -> None:
    """Wire copy writes "a.m" without its last stop before "on Monday": the clock time and the
    day are one TIME, on that day, even told in the past after "didn't ... until" and a night
    the story named before it."""
    text = (
        "Thick fog smothered north China from Sunday night.\n\nThe highway from Beijing to "
        "Shenyang didn't reopen until 9:33 a.m on Monday."
    )
    assert news(text, "2006-11-20", "Monday") == [
        ("Sunday night", "TIME", "2006-11-19TNI"),
        ("9:33 a.m on Monday", "TIME", "2006-11-20T09:33"),
    ]
