"""Gaps noticed in session 18, thirty-seventh list: news.

Wire copy tells coming days by what is pending on them: results "expected on Friday" of an
election held on Sunday, figures "forecast for release on Friday", a team that "visits the
Knicks on Monday", talks agreed "to hold on Monday" (where talks "agreed on Monday" are
behind). Accounts count periods back to a month ("Profit rose 5% in the year to March", "in
the three months to September"): once the month is over and the figures are told, it is the
month behind. An expectation told in the past perfect ("had been widely expected following
an announcement from Moody's in March") looks ahead from no day of the story. Each passage is
read as chrono is scored: genre "news", its date as the document date, its weekday checked
with ``datetime``; rows follow TimeML (TimeBank's annotation).

The day of an attribution after its speaker's name ("said Foreign Ministry spokeswoman Chen
Lan Thursday") is pinned in tests/test_silver_values.py, and a local clock time dated by its
bracketed GMT restatement ("4:17 a.m. local time (0117 GMT Monday)") in tests/test_news_23.py,
where they were noticed first.
"""

from __future__ import annotations

import pytest
from passages import Row, news

# ---- news: coming days told by what is pending on them ----------------------------------------


@pytest.mark.parametrize(
    ("text", "dct", "weekday", "expected"),
    [
        pytest.param(
            "LIMA (Reuters) — Sunday's election results are expected on Friday, the electoral "
            "board said, as officials recount ballots in three provinces. Turnout was 71 "
            "percent.",
            "2026-11-17",
            "Tuesday",
            [("Sunday", "DATE", "2026-11-15"), ("Friday", "DATE", "2026-11-20")],
            id="sundays_election_results_are_expected_on_friday",
        ),
        pytest.param(
            "ROME (AP) — Sunday's referendum results will be announced on Friday after a "
            "recount in Sicily, the interior ministry said.",
            "2026-11-17",
            "Tuesday",
            [("Sunday", "DATE", "2026-11-15"), ("Friday", "DATE", "2026-11-20")],
            id="sundays_referendum_results_will_be_announced",
        ),
        # look-alikes: the election itself is ahead, and a company's results on a day are news
        # still to come
        pytest.param(
            "Sunday's election is expected to be close, and the first results are due on "
            "Monday. Thursday's results are expected to show a rise in profit.",
            "2026-11-17",
            "Tuesday",
            [
                ("Sunday", "DATE", "2026-11-22"),
                ("Monday", "DATE", "2026-11-23"),
                ("Thursday", "DATE", "2026-11-19"),
            ],
            id="sundays_election_is_expected_to_be_close",
        ),
        pytest.param(
            "Sunday's election results will be announced late that night, the commission said.",
            "2026-11-20",
            "Friday",
            [("Sunday", "DATE", "2026-11-22"), ("late that night", "TIME", "2026-11-22TNI")],
            id="sundays_election_results_will_be_announced_late_that_night",
        ),
        pytest.param(
            "Results of Sunday's election will be known on Monday, officials said. Sunday's "
            "election results will be known by Monday night.",
            "2026-11-20",
            "Friday",
            [
                ("Sunday", "DATE", "2026-11-22"),
                ("Monday", "DATE", "2026-11-23"),
                ("Sunday", "DATE", "2026-11-22"),
                ("Monday night", "TIME", "2026-11-23TNI"),
            ],
            id="results_of_sundays_election_will_be_known_on_monday",
        ),
        pytest.param(
            "WASHINGTON (Reuters) — Quarterly retail sales figures are forecast for release on "
            "Friday, the Commerce Department said. Heavy rain is forecast for most of the state "
            "on Saturday.",
            "2026-11-17",
            "Tuesday",
            [("Friday", "DATE", "2026-11-20"), ("Saturday", "DATE", "2026-11-21")],
            id="figures_forecast_for_release_on_friday",
        ),
        # look-alike: what was forecast is behind
        pytest.param(
            "Snow was forecast for Friday but never came, and the roads stayed open.",
            "2026-11-17",
            "Tuesday",
            [("Friday", "DATE", "2026-11-13")],
            id="snow_was_forecast_for_friday",
        ),
        pytest.param(
            "BOSTON (AP) — The Celtics visit the Knicks on Monday before a three-game "
            "homestand. Jayson Tatum scored 31 points in Thursday's win over Miami.",
            "2026-11-14",
            "Saturday",
            [("Monday", "DATE", "2026-11-16"), ("Thursday", "DATE", "2026-11-12")],
            id="the_celtics_visit_the_knicks_on_monday",
        ),
        # look-alikes: a game told in the past, and a visit that is a noun
        pytest.param(
            "The Celtics beat the Knicks on Monday. The Knicks' visit to Boston on Tuesday drew "
            "a sellout crowd.",
            "2026-11-14",
            "Saturday",
            [("Monday", "DATE", "2026-11-09"), ("Tuesday", "DATE", "2026-11-10")],
            id="the_celtics_beat_the_knicks_on_monday",
        ),
        pytest.param(
            "GENEVA (Reuters) — The two sides agreed to hold talks on Monday, the foreign "
            "ministry said. The union decided to resume the strike on Tuesday.",
            "2026-11-19",
            "Thursday",
            [("Monday", "DATE", "2026-11-23"), ("Tuesday", "DATE", "2026-11-24")],
            id="agreed_to_hold_talks_on_monday",
        ),
        # look-alike: the day belongs to the agreeing
        pytest.param(
            "The two sides agreed on Monday to hold talks. The union decided on Tuesday to "
            "resume the strike.",
            "2026-11-19",
            "Thursday",
            [("Monday", "DATE", "2026-11-16"), ("Tuesday", "DATE", "2026-11-17")],
            id="agreed_on_monday_to_hold_talks",
        ),
    ],
)
def test_a_coming_day_told_by_what_is_pending_on_it_is_ahead(
    text: str, dct: str, weekday: str, expected: list[Row]
) -> None:
    """The results of a vote come after it: "Sunday's election results are expected on
    Friday", in a Tuesday story, is the Sunday behind and the Friday ahead, where "Sunday's
    election is expected to be close" is ahead, and so are a company's "Thursday's results"; what
    is "forecast for release on Friday" or "forecast for most of the state on Saturday" is
    ahead, what "was forecast for Friday" behind; a fixture told in the present, "The Celtics
    visit the Knicks on Monday", is ahead, a game told in the past ("beat the Knicks on
    Monday") and a visit that is a noun behind; an infinitive of a plan looks ahead ("agreed to
    hold talks on Monday"), where "agreed on Monday to hold talks" dates the agreeing."""
    assert news(text, dct, weekday) == expected


# ---- news: the month that ends a period of accounts ------------------------------------------


@pytest.mark.parametrize(
    ("text", "dct", "weekday", "expected"),
    [
        pytest.param(
            "LONDON (Reuters) — Pretax profit rose 5% to 1.2 billion pounds in the year to "
            "March, the retailer said on Thursday. Its shares fell 3%.",
            "2026-11-12",
            "Thursday",
            [
                ("the year", "DURATION", "P1Y"),
                ("March", "DATE", "2026-03"),
                ("Thursday", "DATE", "2026-11-12"),
            ],
            id="profit_rose_in_the_year_to_march_told_in_november",
        ),
        pytest.param(
            "LONDON (Reuters) — Sales rose 3% in the three months to September, the grocer "
            "said. Figures for the six months to September will be published on Thursday.",
            "2026-10-20",
            "Tuesday",
            [
                ("the three months", "DURATION", "P3M"),
                ("September", "DATE", "2026-09"),
                ("the six months", "DURATION", "P6M"),
                ("September", "DATE", "2026-09"),
                ("Thursday", "DATE", "2026-10-22"),
            ],
            id="figures_for_the_months_to_september_will_be_published",
        ),
        # look-alikes: a year in progress, and a quarter still to come
        pytest.param(
            "TOKYO (Reuters) — Sony expects profit to rise in the year to March, helped by "
            "strong sales of games. Sales in the three months to March are expected to slow.",
            "2026-11-12",
            "Thursday",
            [
                ("the year", "DURATION", "P1Y"),
                ("March", "DATE", "2027-03"),
                ("the three months", "DURATION", "P3M"),
                ("March", "DATE", "2027-03"),
            ],
            id="expects_profit_to_rise_in_the_year_to_march",
        ),
        pytest.param(
            "TOKYO (AP) — Toyota raised its profit forecast for the year ending March, "
            "citing a weak yen.",
            "2026-11-12",
            "Thursday",
            [("the year", "DURATION", "P1Y"), ("March", "DATE", "2027-03")],
            id="raised_its_forecast_for_the_year_ending_march",
        ),
        pytest.param(
            "LONDON (Reuters) — Profit rose 8% in 2019, the year to March, the company said in "
            "its annual report. It fell in 2020.",
            "2026-11-12",
            "Thursday",
            [
                ("2019", "DATE", "2019"),
                ("the year", "DURATION", "P1Y"),
                ("March", "DATE", "2019-03"),
                ("2020", "DATE", "2020"),
            ],
            id="profit_rose_in_2019_the_year_to_march",
        ),
        pytest.param(
            "LONDON (Reuters) — Pretax profit rose 5% in the year ending in March. Its rival's "
            "rose 3% in its year to March.",
            "2026-11-12",
            "Thursday",
            [
                ("the year", "DURATION", "P1Y"),
                ("March", "DATE", "2026-03"),
                ("March", "DATE", "2026-03"),
            ],
            id="in_the_year_ending_in_march_and_in_its_year_to_march",
        ),
        # look-alike: an extension by some months to a month is no period of accounts
        pytest.param(
            "LONDON (Reuters) — The government will extend the furlough scheme by six months "
            "to September, the finance minister said.",
            "2026-11-12",
            "Thursday",
            [("six months", "DURATION", "P6M"), ("September", "DATE", "2027-09")],
            id="extend_the_scheme_by_six_months_to_september",
        ),
        pytest.param(
            "LONDON (Reuters) — The company, which extended its lease, said figures for the six "
            "months to October will be published on Thursday.",
            "2026-11-12",
            "Thursday",
            [
                ("the six months", "DURATION", "P6M"),
                ("October", "DATE", "2026-10"),
                ("Thursday", "DATE", "2026-11-12"),
            ],
            id="which_extended_its_lease_said_figures_for_the_six_months_to_october",
        ),
    ],
)
def test_the_month_that_ends_a_period_of_accounts_told_done_is_behind(
    text: str, dct: str, weekday: str, expected: list[Row]
) -> None:
    """A period of accounts counted back to a month ("the year to March", "the three months to
    September") is told done when its figures are: "Profit rose 5% in the year to March", in
    November, is last March (not the March that ends the year in progress), and figures "for
    the six months to September" that "will be published on Thursday", in October, are of the
    September just over (the next one's six months have not begun); what a company "expects"
    for the year or the quarter to March is of the coming March, and so is its forecast "for
    the year ending March". A year in apposition names the year of the month: "in 2019, the
    year to March" is March 2019 (by TimeML the year to March is the twelve months that end in
    the March of 2019, as a British fiscal year is named after the year it ends in; the other
    reading, March 2020, names a year by its start, which the apposition does not say)."""
    assert news(text, dct, weekday) == expected


# ---- news: an expectation told in the past perfect --------------------------------------------


@pytest.mark.parametrize(
    ("text", "dct", "weekday", "expected"),
    [
        pytest.param(
            "BANGKOK (AFP) — Friday's downgrades had been widely expected following an "
            "announcement from Moody's in March that it was reviewing the three banks' "
            "ratings. The cut had long been expected after a warning in February.",
            "2026-04-17",
            "Friday",
            [
                ("Friday", "DATE", "2026-04-17"),
                ("March", "DATE", "2026-03"),
                ("February", "DATE", "2026-02"),
            ],
            id="had_been_widely_expected_following_an_announcement_in_march",
        ),
        # look-alike: an expectation told in the present looks ahead
        pytest.param(
            "A decision is widely expected in March, analysts said.",
            "2026-04-17",
            "Friday",
            [("March", "DATE", "2027-03")],
            id="a_decision_is_widely_expected_in_march",
        ),
        # look-alikes from te3-silver: a cue after "which" or "that" tells its own clause
        pytest.param(
            "Turkey started entry talks in October which are expected to last a decade.",
            "2026-11-18",
            "Wednesday",
            [("October", "DATE", "2026-10"), ("a decade", "DURATION", "P10Y")],
            id="started_entry_talks_in_october_which_are_expected_to_last",
        ),
        pytest.param(
            "A spokesman informed the Post on Wednesday that the Center will soon expand.",
            "2026-11-20",
            "Friday",
            [("Wednesday", "DATE", "2026-11-18")],
            id="informed_the_post_on_wednesday_that_the_center_will",
        ),
    ],
)
def test_an_expectation_told_in_the_past_perfect_looks_ahead_from_no_day(
    text: str, dct: str, weekday: str, expected: list[Row]
) -> None:
    """What "had been widely expected" or "had long been expected" was looked for before the
    story's day: the announcement "from Moody's in March that it was reviewing the ratings",
    in an April story, is the March behind (it was next March), where "A decision is widely
    expected in March" looks ahead; a cue after "which" or "that" still tells its own clause
    ("started entry talks in October which are expected to last", "informed the Post on
    Wednesday that the Center will soon expand": both behind)."""
    assert news(text, dct, weekday) == expected


def test_a_local_clock_restated_in_gmt_is_on_its_own_zones_day_or_the_one_day_possible() -> None:
    """A clock time restated in GMT in brackets takes the day the two clocks put it on: with
    its own zone named ("9:30 p.m. EST (0230 GMT Monday)") the day before the GMT one, as EST
    says; with "local time" only, the day the world's zones (UTC-12 to UTC+14) allow, and
    none when two days are possible ("9 p.m. local time (0700 GMT Tuesday)" is Tuesday at
    UTC+14 or Monday at UTC-10: the clock is left on the story's day; found by review)."""
    assert news(
        "The launch was at 9:30 p.m. EST (0230 GMT Monday), NASA said.", "2023-09-14", "Thursday"
    ) == [
        ("9:30 p.m. EST", "TIME", "2023-09-10T21:30-05:00"),
        ("0230 GMT Monday", "TIME", "2023-09-11T02:30+00:00"),
    ]
    assert news(
        "The quake struck at 9 p.m. local time (0700 GMT Tuesday), officials said.",
        "2023-09-13",
        "Wednesday",
    ) == [
        ("9 p.m.", "TIME", "2023-09-13T21:00"),
        ("0700 GMT Tuesday", "TIME", "2023-09-12T07:00+00:00"),
    ]
