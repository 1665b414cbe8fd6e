"""Gaps noticed in session 20, fifty-first list: news.

A publication's schedule told in the present is ahead ("Figures for the 12 months to October
come out on Thursday", "The quarterly figures are released on Thursday", "The report is
published Thursday", in a Sunday story); what was released, or did not come out, is behind.
What is hard to predict, or what investors are nervous about, is still to come ("The result of
Sunday's election is hard to predict", on a Friday; "Investors are nervous about the outcome of
Sunday's referendum", also on a Tuesday), where "The result of Sunday's vote surprised
everyone" is behind. An expectation or a plan told in the past ("was expected to appear in
court March 14 but did not", "was due to testify", "had been scheduled to begin") is of the
March behind, in April. A calendar set on a weekday the sentence names ("On Monday the judge
set a hearing for Thursday", on a Friday) is set for the first such day after it: the Thursday
behind; a concert canceled on Monday is still to come, as a cancellation comes before its
event. "overnight" before a day ("overnight Tuesday", "overnight March 3", "overnight on
Thursday") is no time of its own: the day is tagged, as the TempEval-3 news tag it. A
participle fronted before a sentence told in the past ("Closed Monday by the strike, the plant
reopened Tuesday") is behind, where a notice's "Closed Friday for the holiday" is ahead.
"Orthodox Christmas" is one holiday, on 7 January. A day that heads a dated list's entry ("9
May: The Victory parade is held in Moscow", under a year's heading) is that year's, whatever
its present says. Weeks and days counted from an event in news prose ("at 30 weeks and 2 days
after the accident") are a plain duration (P30W2D), as chrono reads "3 weeks and 2 days"; an
obstetric note's "at 30w2d" stays P212D. Each passage is read as chrono is scored: genre
"news", its date as the document date, its weekday checked with ``datetime``; rows follow
TimeML (TimeBank's annotation).
"""

from __future__ import annotations

import pytest
from passages import Row, mentions, news, note_mentions

SUNDAY = "2026-11-15"
TUESDAY = "2026-11-17"
WEDNESDAY = "2026-11-18"
FRIDAY = "2026-11-20"
NOTE = "ADMISSION DATE: 03/12/2026\n"

# ---- a publication's schedule told in the present ----------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "LONDON (Reuters) — Figures for the 12 months to October come out on Thursday, the "
            "statistics office said.",
            [
                ("the 12 months", "DURATION", "P12M"),
                ("October", "DATE", "2026-10"),
                ("Thursday", "DATE", "2026-11-19"),
            ],
            id="figures_come_out_on_thursday",
        ),
        pytest.param(
            "WASHINGTON (AP) — The quarterly figures are released on Thursday. Economists expect "
            "a slowdown.",
            [("Thursday", "DATE", "2026-11-19")],
            id="the_figures_are_released_on_thursday",
        ),
        pytest.param(
            "LONDON (AP) — The inquiry's final report is published Thursday, officials said.",
            [("Thursday", "DATE", "2026-11-19")],
            id="the_report_is_published_thursday",
        ),
        pytest.param(
            "WASHINGTON (Reuters) — The jobs report is released at 8:30 a.m. on Friday.",
            [("8:30 a.m. on Friday", "TIME", "2026-11-20T08:30")],
            id="the_jobs_report_is_released_at_its_hour_on_friday",
        ),
        # look-alikes: what was released, or did not come out, is behind
        pytest.param(
            "LONDON (Reuters) — The figures were released on Thursday. They showed a slowdown.",
            [("Thursday", "DATE", "2026-11-12")],
            id="the_figures_were_released_on_thursday",
        ),
        pytest.param(
            "LONDON (Reuters) — The figures did not come out on Thursday as planned.",
            [("Thursday", "DATE", "2026-11-12")],
            id="the_figures_did_not_come_out_on_thursday",
        ),
        pytest.param(
            "LONDON (Reuters) — Data released on Thursday showed a slowdown.",
            [("Thursday", "DATE", "2026-11-12")],
            id="data_released_on_thursday_showed",
        ),
    ],
)
def test_a_publication_scheduled_in_the_present_is_ahead(text: str, expected: list[Row]) -> None:
    """ "come out on Thursday", "are released on Thursday", "is published Thursday", in a
    Sunday story, are the Thursday ahead; "were released", "did not come out" and a participle
    with no "is" ("Data released on Thursday showed") stay behind."""
    assert news(text, SUNDAY, "Sunday") == expected


# ---- an outcome still to come --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "dct", "weekday", "expected"),
    [
        pytest.param(
            "ROME (Reuters) — Investors are nervous about the outcome of Sunday's referendum. "
            "Bond yields rose.",
            "2026-11-19",
            "Thursday",
            [("Sunday", "DATE", "2026-11-22")],
            id="nervous_about_the_outcome_on_a_thursday",
        ),
        pytest.param(
            "ROME (Reuters) — Investors are nervous about the outcome of Sunday's referendum. "
            "Bond yields rose.",
            TUESDAY,
            "Tuesday",
            [("Sunday", "DATE", "2026-11-22")],
            id="nervous_about_the_outcome_on_a_tuesday",
        ),
        pytest.param(
            "MADRID (AP) — The result of Sunday's election is hard to predict, pollsters say.",
            FRIDAY,
            "Friday",
            [("Sunday", "DATE", "2026-11-22")],
            id="the_result_is_hard_to_predict",
        ),
        pytest.param(
            "LIMA (AP) — The outcome of Monday's vote is hard to predict. Both camps claim a lead.",
            WEDNESDAY,
            "Wednesday",
            [("Monday", "DATE", "2026-11-23")],
            id="the_outcome_is_hard_to_predict_five_days_on",
        ),
        # look-alikes: a result that surprised, a nervousness told done
        pytest.param(
            "MADRID (AP) — The result of Sunday's vote surprised everyone.",
            FRIDAY,
            "Friday",
            [("Sunday", "DATE", "2026-11-15")],
            id="the_result_surprised_everyone",
        ),
        pytest.param(
            "ROME (Reuters) — Markets grew nervous about Sunday's vote.",
            TUESDAY,
            "Tuesday",
            [("Sunday", "DATE", "2026-11-15")],
            id="markets_grew_nervous",
        ),
        pytest.param(
            "NEW YORK (AP) — It is hard to predict what Monday's ruling means for the company.",
            WEDNESDAY,
            "Wednesday",
            [("Monday", "DATE", "2026-11-16")],
            id="it_is_hard_to_predict_what_a_ruling_means",
        ),
    ],
)
def test_an_outcome_hard_to_predict_or_feared_is_ahead(
    text: str, dct: str, weekday: str, expected: list[Row]
) -> None:
    """What is hard to predict or what one is nervous about, told in the present, is still to
    come, also where the nearest day is behind; "surprised everyone" and "grew nervous" tell it
    over, and what "it is hard to predict" after the cue is of a ruling handed down."""
    assert news(text, dct, weekday) == expected


# ---- an expectation told in the past -------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "CHICAGO (AP) — He was expected to appear in court March 14 but did not.",
            [("March 14", "DATE", "2026-03-14")],
            id="was_expected_to_appear",
        ),
        pytest.param(
            "CHICAGO (AP) — She was due to testify March 14, prosecutors said.",
            [("March 14", "DATE", "2026-03-14")],
            id="was_due_to_testify",
        ),
        pytest.param(
            "CHICAGO (AP) — The hearing had been scheduled to begin March 14.",
            [("March 14", "DATE", "2026-03-14")],
            id="had_been_scheduled_to_begin",
        ),
        # look-alike: an expectation told in the present
        pytest.param(
            "CHICAGO (AP) — He is expected to appear in court May 14.",
            [("May 14", "DATE", "2026-05-14")],
            id="is_expected_to_appear",
        ),
    ],
)
def test_an_expectation_told_in_the_past_is_behind(text: str, expected: list[Row]) -> None:
    """ "was expected to", "was due to", "had been scheduled to" before a month and day, in
    April: the March behind; "is expected to" the May ahead (a Wednesday story)."""
    assert news(text, "2026-04-15", "Wednesday") == expected


# ---- a calendar set on a named day ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "dct", "weekday", "expected"),
    [
        pytest.param(
            "DENVER (AP) — On Monday the judge set a hearing for Thursday.",
            FRIDAY,
            "Friday",
            [("Monday", "DATE", "2026-11-16"), ("Thursday", "DATE", "2026-11-19")],
            id="on_monday_set_a_hearing_for_thursday_on_a_friday",
        ),
        pytest.param(
            "DENVER (AP) — The council on Tuesday scheduled a vote for Friday.",
            "2026-11-21",
            "Saturday",
            [("Tuesday", "DATE", "2026-11-17"), ("Friday", "DATE", "2026-11-20")],
            id="on_tuesday_scheduled_a_vote_for_friday_on_a_saturday",
        ),
        # look-alikes: the day set not yet come, no day of setting, a possessive day, a
        # cancellation (which comes before its event) and a month
        pytest.param(
            "DENVER (AP) — On Monday the judge set a hearing for Thursday.",
            WEDNESDAY,
            "Wednesday",
            [("Monday", "DATE", "2026-11-16"), ("Thursday", "DATE", "2026-11-19")],
            id="on_monday_set_a_hearing_for_thursday_on_a_wednesday",
        ),
        pytest.param(
            "DENVER (AP) — The judge set a hearing for Thursday.",
            FRIDAY,
            "Friday",
            [("Thursday", "DATE", "2026-11-26")],
            id="set_a_hearing_for_thursday",
        ),
        pytest.param(
            "DENVER (AP) — After Monday's ruling, the judge set a hearing for Thursday.",
            FRIDAY,
            "Friday",
            [("Monday", "DATE", "2026-11-16"), ("Thursday", "DATE", "2026-11-26")],
            id="after_mondays_ruling_set_a_hearing_for_thursday",
        ),
        pytest.param(
            "AUSTIN (AP) — The band scheduled the concert for Saturday but canceled it Monday.",
            TUESDAY,
            "Tuesday",
            [("Saturday", "DATE", "2026-11-21"), ("Monday", "DATE", "2026-11-16")],
            id="scheduled_for_saturday_but_canceled_it_monday",
        ),
        pytest.param(
            "NEW YORK (Reuters) — The company scheduled the rest of its buyback for March.",
            FRIDAY,
            "Friday",
            [("March", "DATE", "2027-03")],
            id="scheduled_the_rest_of_its_buyback_for_march",
        ),
    ],
)
def test_a_calendar_set_on_a_named_day_is_set_for_the_day_after_it(
    text: str, dct: str, weekday: str, expected: list[Row]
) -> None:
    """ "On Monday the judge set a hearing for Thursday", on a Friday: the Thursday after that
    Monday, behind; on a Wednesday, ahead. With no day of setting, or only a possessive one,
    the day set is ahead; a concert canceled on Monday had not been held: its Saturday is
    ahead; a buyback scheduled for March is a date, no set."""
    assert news(text, dct, weekday) == expected


# ---- overnight before a day ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "dct", "weekday", "expected"),
    [
        pytest.param(
            "MIAMI (AP) — Heavy rain fell overnight Tuesday, flooding roads across the county.",
            WEDNESDAY,
            "Wednesday",
            [("Tuesday", "DATE", "2026-11-17")],
            id="overnight_tuesday",
        ),
        pytest.param(
            "MIAMI (AP) — The shop was burgled overnight March 3, police said.",
            "2026-03-06",
            "Friday",
            [("March 3", "DATE", "2026-03-03")],
            id="overnight_march_3",
        ),
        pytest.param(
            "PARIS (AP) — At least 78 people were detained overnight on Thursday, police said.",
            FRIDAY,
            "Friday",
            [("Thursday", "DATE", "2026-11-19")],
            id="overnight_on_thursday",
        ),
        # look-alike: overnight alone is the night of the day in question
        pytest.param(
            "MIAMI (AP) — Heavy rain fell overnight, flooding roads across the county.",
            WEDNESDAY,
            "Wednesday",
            [("overnight", "TIME", "2026-11-18TNI")],
            id="overnight_alone",
        ),
    ],
)
def test_overnight_before_a_day_tags_the_day(
    text: str, dct: str, weekday: str, expected: list[Row]
) -> None:
    """ "overnight Tuesday", "overnight March 3", "overnight on Thursday": the day is tagged, as
    the TempEval-3 news tag it; "overnight" alone stays a time (TNI)."""
    assert news(text, dct, weekday) == expected


# ---- a participle fronted before a sentence told in the past -------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "DETROIT (AP) — Closed Monday by the strike, the plant reopened Tuesday.",
            [("Monday", "DATE", "2026-11-16"), ("Tuesday", "DATE", "2026-11-17")],
            id="closed_monday_by_the_strike",
        ),
        pytest.param(
            "OMAHA (AP) — Closed Sunday after a gas leak, the school reopened on Tuesday.",
            [("Sunday", "DATE", "2026-11-15"), ("Tuesday", "DATE", "2026-11-17")],
            id="closed_sunday_after_a_gas_leak",
        ),
        pytest.param(
            "DETROIT (AP) — The plant, closed Monday by the strike, reopened Tuesday.",
            [("Monday", "DATE", "2026-11-16"), ("Tuesday", "DATE", "2026-11-17")],
            id="the_plant_closed_monday_by_the_strike",
        ),
        # look-alikes: a notice's closing and a district's announcement are ahead
        pytest.param(
            "Closed Friday for the holiday. Back Monday.",
            [("Friday", "DATE", "2026-11-20"), ("Monday", "DATE", "2026-11-23")],
            id="a_notice_closed_friday",
        ),
        pytest.param(
            "No school Monday, the district announced.",
            [("Monday", "DATE", "2026-11-23")],
            id="no_school_monday_the_district_announced",
        ),
    ],
)
def test_a_fronted_participle_told_in_the_past_is_behind(text: str, expected: list[Row]) -> None:
    """ "Closed Monday by the strike, the plant reopened Tuesday", on a Wednesday: the Monday
    behind, as the sentence's subject and its past verb tell; a notice's "Closed Friday for the
    holiday" and "No school Monday, the district announced" stay ahead."""
    assert news(text, WEDNESDAY, "Wednesday") == expected


# ---- Orthodox Christmas --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "dct", "weekday", "expected"),
    [
        pytest.param(
            "BELGRADE (AP) — Orthodox Christmas is on 7 January, and shops close early on the eve.",
            "2026-12-09",
            "Wednesday",
            [("Orthodox Christmas", "DATE", "2027-01-07"), ("7 January", "DATE", "2027-01-07")],
            id="orthodox_christmas_is_on_7_january",
        ),
        pytest.param(
            "BELGRADE (AP) — Serbs marked Orthodox Christmas Eve with bonfires on Tuesday.",
            "2027-01-07",
            "Thursday",
            [("Orthodox Christmas Eve", "DATE", "2027-01-06"), ("Tuesday", "DATE", "2027-01-05")],
            id="orthodox_christmas_eve",
        ),
        # look-alike: Christmas alone
        pytest.param(
            "LONDON (AP) — Shops expect record sales before Christmas.",
            "2026-12-09",
            "Wednesday",
            [("Christmas", "DATE", "2026-12-25")],
            id="christmas",
        ),
    ],
)
def test_orthodox_christmas_is_one_holiday(
    text: str, dct: str, weekday: str, expected: list[Row]
) -> None:
    """ "Orthodox Christmas" is the holiday of 7 January (its eve the 6th), not "Christmas"
    after a word; "Christmas" alone stays 25 December."""
    assert news(text, dct, weekday) == expected


# ---- a day that heads a dated list's entry -------------------------------------------------------

_WAR_END = (
    "MOSCOW (Reuters) — Key dates of the war's end.\n\n1945\n\n"
    "8 May: Germany surrenders in Berlin.\n"
    "9 May: The Victory parade is held in Moscow.\n"
    "24 June: The Victory parade is held on Red Square."
)


def test_a_day_heading_an_entry_is_of_the_lists_year() -> None:
    """ "9 May: The Victory parade is held in Moscow" under the heading 1945 is 9 May 1945, not
    a day kept every year, whatever its present says."""
    assert news(_WAR_END, "2026-04-20", "Monday") == [
        ("1945", "DATE", "1945"),
        ("8 May", "DATE", "1945-05-08"),
        ("9 May", "DATE", "1945-05-09"),
        ("24 June", "DATE", "1945-06-24"),
    ]


def test_a_list_of_the_coming_days_is_of_the_storys_year() -> None:
    """A list of coming days with no year heading is of the story's year, read as news or as
    a narrative with the story's date."""
    text = (
        "MOSCOW (Reuters) — Russia's week of remembrance:\n\n"
        "9 May: The Victory parade is held in Moscow.\n"
        "22 June: The Day of Remembrance is marked with candles."
    )
    expected = [("9 May", "DATE", "2026-05-09"), ("22 June", "DATE", "2026-06-22")]
    assert news(text, "2026-04-20", "Monday") == expected
    assert mentions(text, dct="2026-04-20", genre="narrative") == expected


def test_a_day_kept_every_year_inside_its_clause_stays_kept() -> None:
    """Look-alike: a day a narrative's sentence says is kept, inside its clause ("Anzac Day
    is commemorated annually on 25 April"), stays the day as it is kept (XXXX-04-25)."""
    text = (
        "In 1934 Atatürk wrote to the mothers of the fallen. Anzac Day is commemorated annually "
        "on 25 April."
    )
    assert mentions(text, genre="narrative") == [
        ("1934", "DATE", "1934"),
        ("Anzac Day", "DATE", "XXXX-04-25"),
        ("annually on 25 April", "SET", "XXXX-04-25"),
    ]


# ---- weeks and days counted from an event --------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "TAIPEI (Reuters) — The baby was delivered at 30 weeks and 2 days after the "
            "accident, doctors said.",
            [("30 weeks and 2 days", "DURATION", "P30W2D")],
            id="at_30_weeks_and_2_days_after_the_accident",
        ),
        pytest.param(
            "LONDON (AP) — The nurses walked out again at 24 weeks and 5 days into the strike.",
            [("24 weeks and 5 days", "DURATION", "P24W5D")],
            id="at_24_weeks_and_5_days_into_the_strike",
        ),
        pytest.param(
            "LONDON (AP) — The strike lasted 3 weeks and 2 days.",
            [("3 weeks and 2 days", "DURATION", "P3W2D")],
            id="lasted_3_weeks_and_2_days",
        ),
    ],
)
def test_weeks_and_days_from_an_event_are_a_plain_duration(text: str, expected: list[Row]) -> None:
    """Weeks and days counted from an event ("after the accident", "into the strike") are no
    pregnancy's age: P30W2D, as "3 weeks and 2 days" is (a Monday story)."""
    assert news(text, "2026-04-20", "Monday") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("G2P1 at 30w2d by early US.", ("30w2d", "DURATION", "P212D"), id="30w2d"),
        pytest.param(
            "G1P0 at 30+2 weeks presents with contractions.",
            ("30+2 weeks", "DURATION", "P212D"),
            id="30_plus_2_weeks",
        ),
        pytest.param(
            "G1P0 at 32 weeks 4 days by LMP.",
            ("32 weeks 4 days", "DURATION", "P228D"),
            id="at_32_weeks_4_days",
        ),
    ],
)
def test_a_notes_gestational_age_stays_in_days(text: str, expected: Row) -> None:
    """Look-alikes: an obstetric note's "at 30w2d", "30+2 weeks", "at 32 weeks 4 days" stay a
    pregnancy's age in days."""
    assert note_mentions(NOTE, text) == [expected]
