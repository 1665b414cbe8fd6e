"""News, twenty-second round: political copy of 2016-2025 in the style of the wire and web
political desks (AP, Reuters, Politico, The Hill, BBC, the Guardian), written here for the
tests: campaign calendars and primaries, polls, legislatures and their deadlines, inaugurations,
courts, and parliaments abroad.

A campaign is a calendar: "Super Tuesday" is the day of the primaries (the first Tuesday of
March, as tests/test_news_9.py reads "Election Day"), "the Iowa caucuses on Jan. 15" that day,
"eight days later" counted from it, "the Nov. 5 general election" and "the Dec. 6 runoff" the
days they name, "a poll conducted Oct. 6-10" both its days (as "taken Oct. 3-6" is read). A
legislature keeps its deadlines ("the Sept. 30 deadline", "through Nov. 17", "a 45-day
stopgap" P45D, "fiscal 2024" its year), a court its term ("by the end of June", mod END), an
executive its terms ("a four-year term" P4Y, "since taking office in January 2023"). New here:
a month and day that names an event after a preposition toward it ("ahead of the Nov. 8
election", "for the Feb. 23 vote") is the nearest such day whatever the tense of the clause
around it ("said the race was rigged ahead of the Nov. 8 election", a month before it, is that
election, not last year's Nov. 8); a month and day before "last year" is one date ("June 27
last year", as "May last year" is); "earlier than planned" compares, no look back; and what a
stopgap keeps "funded through Nov. 17" runs to the day ahead. Numbers that name bodies,
bills, laws and places are no dates: "the 118th Congress", "H.R. 2670", "S. 1234", "Section
230", "Proposition 22", "Article 50", "Title 42", "the 25th Amendment", "a 51-49 vote", "Air
Force One", "District 9". Each test is a story run
as chrono is scored: genre "news", its date as the document date, its weekday checked with
``datetime``; the tables are annotated by hand with the (text, type, value[, mod]) TimeBank
would give.
"""

from __future__ import annotations

import pytest
from passages import news_with_mods as news


def test_a_super_tuesday_preview_reads_the_caucuses_eight_days_later_and_the_election() -> None:
    """An AP preview on the eve of Super Tuesday 2024: "Super Tuesday" tomorrow (twice), "the
    Iowa caucuses on Jan. 15", "eight days later" the New Hampshire primary, "on Sunday" the
    day before, "Nov. 5" the general election ahead; "15 states" is a count."""
    text = (
        "WASHINGTON (AP) — Voters in 15 states and one territory head to the polls on Super "
        "Tuesday, the biggest single day of the primary calendar. Donald Trump won the Iowa "
        "caucuses on Jan. 15 and the New Hampshire primary eight days later. Nikki Haley, who "
        "won the District of Columbia primary on Sunday, has vowed to stay in the race at least "
        "through Super Tuesday. The general election is Nov. 5."
    )
    assert news(text, "2024-03-04", "Monday") == [
        ("Super Tuesday", "DATE", "2024-03-05"),
        ("Jan. 15", "DATE", "2024-01-15"),
        ("eight days later", "DATE", "2024-01-23"),
        ("Sunday", "DATE", "2024-03-03"),
        ("Super Tuesday", "DATE", "2024-03-05"),
        ("Nov. 5", "DATE", "2024-11-05"),
    ]


def test_a_georgia_runoff_story_reads_the_dec_6_runoff_and_four_weeks_after_the_election() -> None:
    """Reuters two days after the 2022 midterms: "a Dec. 6 runoff" ahead, "Tuesday's election"
    behind, "a 2021 state law" its year, "four weeks" and "the nine weeks" lengths, "as soon as
    Nov. 28" ahead, "on Wednesday" the day before."""
    text = (
        "ATLANTA (Reuters) - Georgia's U.S. Senate race is headed to a Dec. 6 runoff after "
        "neither Raphael Warnock nor Herschel Walker won a majority in Tuesday's election. Under "
        "a 2021 state law, the runoff comes four weeks after the general election, instead of "
        "the nine weeks allowed before. Early voting could begin as soon as Nov. 28, election "
        "officials said on Wednesday."
    )
    assert news(text, "2022-11-10", "Thursday") == [
        ("Dec. 6", "DATE", "2022-12-06"),
        ("Tuesday", "DATE", "2022-11-08"),
        ("2021", "DATE", "2021"),
        ("four weeks", "DURATION", "P4W"),
        ("the nine weeks", "DURATION", "P9W"),
        ("Nov. 28", "DATE", "2022-11-28"),
        ("Wednesday", "DATE", "2022-11-09"),
    ]


def test_a_poll_story_reads_the_days_of_the_poll_and_the_nov_8_election_ahead() -> None:
    """A Reuters/Ipsos poll story four weeks before the 2016 election: the poll "conducted Oct.
    6-10" both its days, early voting "begins Oct. 24", and "the Nov. 8 election" the one
    ahead, though "already" stands in its clause; "8 percentage points" and "3.5" are no
    dates."""
    text = (
        "NEW YORK (Reuters) - Democrat Hillary Clinton leads Republican Donald Trump by 8 "
        "percentage points among likely voters, according to a Reuters/Ipsos poll conducted "
        "Oct. 6-10. The online poll has a credibility interval of 3.5 percentage points. Early "
        "voting begins Oct. 24 in Texas, and voters in 37 states can already cast ballots "
        "before the Nov. 8 election."
    )
    assert news(text, "2016-10-12", "Wednesday") == [
        ("Oct. 6", "DATE", "2016-10-06"),
        ("10", "DATE", "2016-10-10"),
        ("Oct. 24", "DATE", "2016-10-24"),
        ("Nov. 8", "DATE", "2016-11-08"),
    ]


def test_a_stopgap_story_reads_funding_through_nov_17_ahead_and_fiscal_2024() -> None:
    """The Hill on the shutdown deadline, a Saturday: "a 45-day stopgap" P45D, "through Nov.
    17" the day it keeps the government funded to (ahead, though the bill "passed"), "hours"
    before "the Sept. 30 deadline" (today), "now", "fiscal 2024" its year, "Oct. 1" tomorrow,
    "next week"; "335-91" and "the 12 annual spending bills" are none."""
    text = (
        "The House on Saturday passed a 45-day stopgap bill to keep the government funded "
        "through Nov. 17, hours before the Sept. 30 deadline. The measure, which passed 335-91, "
        "now goes to the Senate. Lawmakers have failed to pass any of the 12 annual spending "
        "bills for fiscal 2024, which begins Oct. 1. Speaker Kevin McCarthy said he expects a "
        "vote on a longer deal next week."
    )
    assert news(text, "2023-09-30", "Saturday") == [
        ("Saturday", "DATE", "2023-09-30"),
        ("45-day", "DURATION", "P45D"),
        ("Nov. 17", "DATE", "2023-11-17"),
        ("hours", "DURATION", "PTXH"),
        ("Sept. 30", "DATE", "2023-09-30"),
        ("now", "DATE", "PRESENT_REF"),
        ("fiscal 2024", "DATE", "2024"),
        ("Oct. 1", "DATE", "2023-10-01"),
        ("next week", "DATE", "2023-W40"),
    ]


def test_a_lame_duck_omnibus_reads_fiscal_2023_the_new_congress_and_a_one_week_stopgap() -> None:
    """Politico in the lame-duck session of December 2022: "on Tuesday" today, "fiscal 2023",
    "on Jan. 3" the new Congress's first day, "A one-week stopgap" P1W "through Dec. 23", "by
    Friday" ahead, "in 1996"; "the lame-duck session" and "the 118th Congress" are no dates."""
    text = (
        "Congressional leaders struck a deal on Tuesday on the framework of a $1.7 trillion "
        "omnibus spending bill for fiscal 2023, hoping to finish it in the lame-duck session "
        "before the 118th Congress is sworn in on Jan. 3. A one-week stopgap that runs through "
        "Dec. 23 is expected to pass the Senate by Friday. Lawmakers last passed all 12 bills "
        "on time in 1996."
    )
    assert news(text, "2022-12-13", "Tuesday") == [
        ("Tuesday", "DATE", "2022-12-13"),
        ("fiscal 2023", "DATE", "2023"),
        ("Jan. 3", "DATE", "2023-01-03"),
        ("one-week", "DURATION", "P1W"),
        ("Dec. 23", "DATE", "2022-12-23"),
        ("Friday", "DATE", "2022-12-16"),
        ("1996", "DATE", "1996"),
    ]


def test_a_statehouse_story_reads_the_session_ending_may_31_and_june_1_2020() -> None:
    """AP in Springfield, 11 days before the session ends: "11 days" P11D, "the legislative
    session ends May 31" ahead, "in office since January" this January, "this week", "June 1,
    2020"; "$40 billion" and "three-fifths" are none."""
    text = (
        "SPRINGFIELD, Ill. (AP) — Illinois lawmakers have 11 days to pass a budget before the "
        "legislative session ends May 31. Gov. J.B. Pritzker, who has been in office since "
        "January, wants a vote on the $40 billion plan this week. After that date, a "
        "three-fifths majority is needed to pass any bill that takes effect before June 1, 2020."
    )
    assert news(text, "2019-05-20", "Monday") == [
        ("11 days", "DURATION", "P11D"),
        ("May 31", "DATE", "2019-05-31"),
        ("January", "DATE", "2019-01"),
        ("this week", "DATE", "2019-W21"),
        ("June 1, 2020", "DATE", "2020-06-01"),
    ]


def test_an_inauguration_reads_noon_two_weeks_after_a_four_year_term_and_a_90_day_review() -> None:
    """AP on Inauguration Day 2021: "on Wednesday" today, "at noon" today's, "two weeks" after
    the riot, "a four-year term" P4Y, "a 90-day review" P90D; "the 46th president" and "17
    executive orders" are none."""
    text = (
        "WASHINGTON (AP) — Joe Biden was sworn in as the 46th president of the United States on "
        "Wednesday, taking the oath at noon on the West Front of the Capitol two weeks after a "
        "mob stormed the building. Biden will serve a four-year term. In his first hours in "
        "office he signed 17 executive orders, including one that starts a 90-day review of the "
        "nation's vaccine supply."
    )
    assert news(text, "2021-01-20", "Wednesday") == [
        ("Wednesday", "DATE", "2021-01-20"),
        ("noon", "TIME", "2021-01-20T12:00"),
        ("two weeks", "DURATION", "P2W"),
        ("a four-year term", "DURATION", "P4Y"),
        ("90-day", "DURATION", "P90D"),
    ]


def test_a_supreme_court_preview_reads_arguments_tomorrow_and_a_ruling_by_the_end_of_june() -> None:
    """Reuters the day before the student-debt arguments: "on Tuesday" tomorrow, "by the end of
    June" the end of this June (mod END), "since March 2020", "60 days" after the case."""
    text = (
        "WASHINGTON (Reuters) - The U.S. Supreme Court will hear oral arguments on Tuesday over "
        "President Joe Biden's plan to cancel $430 billion in student debt. A ruling is expected "
        "by the end of June, when the court's term ends. The administration has paused loan "
        "payments since March 2020, and the pause is set to expire 60 days after the case is "
        "resolved."
    )
    assert news(text, "2023-02-27", "Monday") == [
        ("Tuesday", "DATE", "2023-02-28"),
        ("the end of June", "DATE", "2023-06", "END"),
        ("March 2020", "DATE", "2020-03"),
        ("60 days", "DURATION", "P60D"),
    ]


def test_a_snap_election_in_britain_reads_4_july_the_dissolution_and_pm_since_october_2022() -> (
    None
):
    """The BBC on the day Rishi Sunak called the 2024 election: "on 4 July" ahead, "Wednesday
    afternoon" today's, "on 30 May" ahead, "since 2010", "since October 2022", "December
    2019"."""
    text = (
        "Rishi Sunak has announced a general election will take place on 4 July. Speaking "
        "outside Downing Street on Wednesday afternoon, the prime minister said Parliament would "
        "be dissolved on 30 May. The Conservatives have been in power since 2010, and Mr Sunak "
        "has been prime minister since October 2022. The last general election was held in "
        "December 2019."
    )
    assert news(text, "2024-05-22", "Wednesday") == [
        ("4 July", "DATE", "2024-07-04"),
        ("Wednesday afternoon", "TIME", "2024-05-22TAF"),
        ("30 May", "DATE", "2024-05-30"),
        ("2010", "DATE", "2010"),
        ("October 2022", "DATE", "2022-10"),
        ("December 2019", "DATE", "2019-12"),
    ]


def test_brexit_day_reads_11pm_tonight_31_january_2020_and_a_transition_until_31_december() -> None:
    """The Guardian on Brexit day: "11pm tonight", "three and a half years" P3Y6M after "the 2016
    referendum", "31 January 2020" in apposition to "Brexit day", "47 years", "until 31
    December" ahead, "in March 2017"; "Article 50" is no date."""
    text = (
        "The UK will leave the European Union at 11pm tonight, three and a half years after the "
        "2016 referendum. Brexit day, 31 January 2020, ends 47 years of membership. A transition "
        "period runs until 31 December, during which Britain will remain in the single market. "
        "Article 50 was triggered in March 2017."
    )
    assert news(text, "2020-01-31", "Friday") == [
        ("11pm tonight", "TIME", "2020-01-31T23:00"),
        ("three and a half years", "DURATION", "P3Y6M"),
        ("2016", "DATE", "2016"),
        ("31 January 2020", "DATE", "2020-01-31"),
        ("47 years", "DURATION", "P47Y"),
        ("31 December", "DATE", "2020-12-31"),
        ("March 2017", "DATE", "2017-03"),
    ]


def test_a_queens_speech_reads_a_second_reading_next_month_and_a_session_until_spring_2022() -> (
    None
):
    """The BBC on the Queen's Speech of May 2021: "on Tuesday" today, "next month", "by the end
    of the year" (mod END), "until spring 2022"; "the Queen's Speech", "the new session" and
    "its second reading" are no dates."""
    text = (
        "The Queen's Speech on Tuesday set out 30 bills for the new session of Parliament. The "
        "government's flagship planning bill will have its second reading next month, and "
        "ministers hope it will become law by the end of the year. The session is expected to "
        "last until spring 2022."
    )
    assert news(text, "2021-05-11", "Tuesday") == [
        ("Tuesday", "DATE", "2021-05-11"),
        ("next month", "DATE", "2021-06"),
        ("the end of the year", "DATE", "2021", "END"),
        ("spring 2022", "DATE", "2022-SP"),
    ]


def test_a_governors_reelection_bid_reads_since_taking_office_and_june_27_last_year() -> None:
    """AP in Phoenix: "since taking office in January 2023", "said Tuesday" today, "a second
    term in 2026", "four-year" P4Y of the terms the limits count, "June 27 last year" one day of
    2024 (as "May last year" is one month), "by June 30" ahead; "term limits" and "170 bills"
    are none."""
    text = (
        "PHOENIX (AP) — Gov. Katie Hobbs, who has vetoed more than 170 bills since taking office "
        "in January 2023, said Tuesday she will seek a second term in 2026. Arizona's term "
        "limits bar governors from serving more than two consecutive four-year terms. The "
        "Legislature adjourned sine die on June 27 last year and must pass a budget by June 30."
    )
    assert news(text, "2025-06-10", "Tuesday") == [
        ("January 2023", "DATE", "2023-01"),
        ("Tuesday", "DATE", "2025-06-10"),
        ("2026", "DATE", "2026"),
        ("four-year", "DURATION", "P4Y"),
        ("June 27 last year", "DATE", "2024-06-27"),
        ("June 30", "DATE", "2025-06-30"),
    ]


def test_an_executive_order_reads_within_30_days_for_60_days_and_january_2021() -> None:
    """Reuters the day after the 2025 inauguration: "on Monday" yesterday, "within 30 days"
    P30D, "hours" after, "for 60 days" P60D, "in January 2021", "in 1893"; "a second term" and
    "two non-consecutive terms" are none."""
    text = (
        "WASHINGTON (Reuters) - President Donald Trump on Monday signed an executive order "
        "directing agencies to submit plans within 30 days, hours after he was sworn in for a "
        "second term. The order pauses new federal regulations for 60 days. Trump, who left "
        "office in January 2021, became the first president since Grover Cleveland in 1893 to "
        "serve two non-consecutive terms."
    )
    assert news(text, "2025-01-21", "Tuesday") == [
        ("Monday", "DATE", "2025-01-20"),
        ("30 days", "DURATION", "P30D"),
        ("hours", "DURATION", "PTXH"),
        ("60 days", "DURATION", "P60D"),
        ("January 2021", "DATE", "2021-01"),
        ("1893", "DATE", "1893"),
    ]


def test_a_confidence_vote_in_berlin_reads_a_snap_election_on_feb_23_earlier_than_planned() -> None:
    """Reuters on the day Olaf Scholz lost his confidence vote: "on Monday" today, "a snap
    election on Feb. 23" the coming one, "seven months earlier than planned" (a comparison, no
    look back), "since December 2021", "last month", "21 days"."""
    text = (
        "BERLIN (Reuters) - German Chancellor Olaf Scholz lost a confidence vote in parliament "
        "on Monday, paving the way for a snap election on Feb. 23, seven months earlier than "
        "planned. Scholz, chancellor since December 2021, had led a three-party coalition that "
        "collapsed last month. The president has 21 days to dissolve the Bundestag."
    )
    assert news(text, "2024-12-16", "Monday") == [
        ("Monday", "DATE", "2024-12-16"),
        ("Feb. 23", "DATE", "2025-02-23"),
        ("seven months", "DURATION", "P7M"),
        ("December 2021", "DATE", "2021-12"),
        ("last month", "DATE", "2024-11"),
        ("21 days", "DURATION", "P21D"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "The 118th Congress convened with a narrow Republican majority in the House.",
        "H.R. 2670 passed the House on a party-line vote.",
        "The bill, S. 1234, was referred to the Judiciary Committee.",
        "Sen. Warner introduced S. 2226 with six co-sponsors.",
        "Section 230 shields platforms from liability for what users post.",
        "Voters approved Proposition 22 by a wide margin.",
        "Britain formally triggered Article 50 of the Lisbon Treaty.",
        "The Senate confirmed her in a 51-49 vote.",
        "Some Cabinet members discussed invoking the 25th Amendment.",
        "The administration ended Title 42, the pandemic-era border policy.",
        "He flew back aboard Air Force One.",
        "She represents District 9 on the city council.",
        "The justices split 5-4 along ideological lines.",
    ],
)
def test_political_desk_look_alikes_yield_nothing(text: str) -> None:
    """Congresses, bills, sections, propositions, articles, amendments, titles, tallies, a plane
    and a district are named by numbers that are no dates."""
    assert news(text, "2023-06-01", "Thursday") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Trump said the race was rigged ahead of the Nov. 8 election.", ["2016-11-08"]),
        ("Voters have already cast ballots before the Nov. 8 election.", ["2016-11-08"]),
        ("The party chose its candidate for the Nov. 8 vote.", ["2016-11-08"]),
        ("The race went to a Dec. 6 runoff.", ["2016-12-06"]),
        ("Officials certified results from the June 7 primary.", ["2016-06-07"]),
        ("The talks began on Nov. 8.", ["2015-11-08"]),
        ("Turnout was heavy on Nov. 8, officials said.", ["2015-11-08"]),
        ("The board voted Nov. 8 to certify the election.", ["2015-11-08"]),
        ("Opposition parties boycotted the Jan. 30 election.", ["2016-01-30"]),
        ("Labour won 39 seats after the March 28 election.", ["2016-03-28"]),
    ],
)
def test_a_month_and_day_that_names_an_election_is_the_nearest_such_day(
    text: str, expected: list[str]
) -> None:
    """ "the Nov. 8 election", "the Nov. 8 vote", "a Dec. 6 runoff" name an event by its day:
    after a preposition toward it ("ahead of", "before", "for", "to"), in a story of 12 October
    2016, they are the nearest such days, whatever the tense of the clause ("was rigged ahead
    of", "have already cast", "chose", "went"); an event the verb governs ("certified results
    from the June 7 primary", "boycotted the Jan. 30 election", "after the March 28 election")
    and a day that dates the verb ("The talks began on Nov. 8", "voted Nov. 8 to certify the
    election") follow the clause's tense."""
    assert [v for _, _, v, *_ in news(text, "2016-10-12", "Wednesday")] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Legislature adjourned on June 27 last year.", [("June 27 last year", "2024-06-27")]),
        ("Officials met on Jan. 4 of last year.", [("Jan. 4 of last year", "2024-01-04")]),
        ("The vote took place on March 3 this year.", [("March 3 this year", "2025-03-03")]),
        ("The law takes effect on Jan. 1 next year.", [("Jan. 1 next year", "2026-01-01")]),
        (
            "He spoke on June 27, last year's primary day.",
            [("June 27", "2025-06-27"), ("last year", "2024")],
        ),
        (
            "The session ends June 27. Last year, the Senate balked.",
            [("June 27", "2025-06-27"), ("Last year", "2024")],
        ),
    ],
)
def test_a_month_and_day_before_last_year_is_one_date(
    text: str, expected: list[tuple[str, str]]
) -> None:
    """ "June 27 last year" is one day of last year, as "May last year" is one month and "10
    April this year" one day ("Jan. 4 of last year", "Jan. 1 next year", "March 3 this year");
    not across a comma ("June 27, last year's primary day") nor a sentence (written on Tuesday
    10 June 2025)."""
    assert [(t, v) for t, _, v, *_ in news(text, "2025-06-10", "Tuesday")] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Scholz lost a confidence vote in parliament on Monday, paving the way for an "
            "election on Feb. 23, earlier than planned.",
            "2025-02-23",
        ),
        ("A vote on Feb. 23, earlier than scheduled, looks certain.", "2025-02-23"),
        ("Earlier, on Feb. 23, the coalition collapsed.", "2024-02-23"),
        ("The coalition collapsed earlier on Feb. 23.", "2024-02-23"),
    ],
)
def test_earlier_than_planned_compares_and_looks_nowhere(text: str, expected: str) -> None:
    """ "earlier than planned", "earlier than scheduled" compare a date with the plan: no past
    cue, nor a future one, and the day is the nearest Feb. 23 (written on Monday 16 December
    2024); "Earlier, on Feb. 23" and "collapsed earlier on Feb. 23" look back."""
    rows = news(text, "2024-12-16", "Monday")
    assert [v for t, _, v, *_ in rows if t == "Feb. 23"] == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Congress passed a stopgap to keep the government open through Dec. 9.", "2016-12-09"),
        ("The bill keeps agencies funded until Dec. 9, aides said.", "2016-12-09"),
        ("The stopgap kept the government open through Dec. 9.", "2015-12-09"),
        ("Agencies were funded through Dec. 9.", "2015-12-09"),
    ],
)
def test_what_a_stopgap_keeps_funded_or_open_through_a_day_runs_to_the_day_ahead(
    text: str, expected: str
) -> None:
    """A bill that "keeps" the government "funded" or "open" "through" or "until" a day, told in
    the present or the infinitive, runs to the one ahead, whatever verb passed it (written on
    Wednesday 12 October 2016); what a stopgap "kept" open, or what "were funded", is behind."""
    assert [v for _, _, v, *_ in news(text, "2016-10-12", "Wednesday")] == [expected]
