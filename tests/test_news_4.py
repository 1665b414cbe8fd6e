"""News articles, fourth round: wire and web stories of 2023-2025 on earnings, markets,
sport, elections and courts, with live-blog stamps and the datelines of several agencies.

Companies report "the December quarter" (the quarter that ends in December, however their
fiscal year runs), "Q3 FY2025", "H1 FY2025", "the three months to March 29", "the six months
ended Sept. 30"; markets close "the week ended Friday" (a span and its end, as TimeBank reads
"the year ended March 31") after a "hotter-than-expected" report; a team "play[s] Cincinnati in
Sunday's game"; counting ballots "could take days". Each test is an article run as chrono is
scored: genre "news", the article's date as the document date, its weekday checked with
``datetime``. The tables are annotated by hand with the (text, type, value) TimeBank would
give. A minute of a match ("the 89th minute"), "stoppage time", "halftime" and "the
quarter-finals" are moments and rounds of a game, not of the calendar, and stay untagged, as
do the look-alikes (scores, "24/7", "Top 10", "COVID-19", "5G", "F-35", model years, ages,
street blocks, prices).
"""

from __future__ import annotations

import pytest
from passages import news


def test_apple_results_name_the_december_quarter() -> None:
    """Reuters, 2025: "the December quarter" is October to December (2024-Q4, not the month);
    "the three months to March 29" is a span and its end; "a year earlier" and "the prior-year
    period" are the quarter a year before the fiscal one named; "year-on-year" names none."""
    text = (
        "CUPERTINO, Calif., Jan 30 (Reuters) - Apple reported revenue of $124.3 billion for "
        "the December quarter, up 4% year-on-year, and said sales in the three months to "
        "March 29 would grow at a low single-digit rate. Net income in the first quarter of "
        "fiscal 2025 rose to $36.3 billion from $33.9 billion a year earlier. Services revenue "
        "hit an all-time high, while iPhone sales were flat compared with the prior-year period."
    )
    assert news(text, "2025-01-30", "Thursday") == [
        ("Jan 30", "DATE", "2025-01-30"),
        ("the December quarter", "DATE", "2024-Q4"),
        ("the three months", "DURATION", "P3M"),
        ("March 29", "DATE", "2025-03-29"),
        ("the first quarter of fiscal 2025", "DATE", "2025-Q1"),
        ("a year earlier", "DATE", "2024-Q1"),
        ("the prior-year period", "DATE", "2024-Q1"),
    ]


def test_toyota_results_keep_the_model_year_out() -> None:
    """Bloomberg, 2023: "the fiscal year ending March 2024" and "the six months ended Sept.
    30" are a span and its end; "the first nine months of the year"; "the 2024 Toyota Tacoma"
    is a truck and "December" the coming one."""
    text = (
        "TOKYO (Bloomberg) -- Toyota Motor Corp. raised its operating profit forecast for the "
        "fiscal year ending March 2024 to 4.5 trillion yen. Profit for the six months ended "
        "Sept. 30 more than doubled, and sales in the first nine months of the year climbed "
        "12%. Demand for the 2024 Toyota Tacoma remained strong, and a hybrid version goes on "
        "sale in December."
    )
    assert news(text, "2023-11-01", "Wednesday") == [
        ("the fiscal year", "DURATION", "P1Y"),
        ("March 2024", "DATE", "2024-03"),
        ("the six months", "DURATION", "P6M"),
        ("Sept. 30", "DATE", "2023-09-30"),
        ("the first nine months", "DURATION", "P9M"),
        ("the year", "DATE", "2023"),
        ("December", "DATE", "2023-12"),
    ]


def test_market_wrap_reads_the_week_ended_friday_and_the_close() -> None:
    """AP, 2024, on a Saturday: "Wednesday's session", "at the close on Thursday" (the close
    is a noun, no plan ahead), after a "hotter-than-expected" report (a comparison, no
    forecast); "the week ended Friday" is a week and its last day; a "weekly gain" is one
    change, no recurrence."""
    text = (
        "NEW YORK (AP) -- Wall Street closed out a choppy week with losses. The S&P 500 rose "
        "in Wednesday's session but fell 0.3% at the close on Thursday after a "
        "hotter-than-expected inflation report, and slipped again on Friday. For the week "
        "ended Friday, the Nasdaq lost 0.7%, snapping a seven-week winning streak. Oil posted "
        "a third straight weekly gain, settling at $81 a barrel, the highest since November."
    )
    assert news(text, "2024-03-16", "Saturday") == [
        ("Wednesday", "DATE", "2024-03-13"),
        ("Thursday", "DATE", "2024-03-14"),
        ("Friday", "DATE", "2024-03-15"),
        ("the week", "DURATION", "P1W"),
        ("Friday", "DATE", "2024-03-15"),
        ("seven-week", "DURATION", "P7W"),
        ("November", "DATE", "2023-11"),
    ]


def test_indian_it_results_read_fiscal_quarters_and_halves() -> None:
    """Reuters, 2024: an Indian company's fiscal year is named by the year it ends in: "FY25",
    "Q2 FY25", "H1 FY2025", "Q3 FY2025" (a four-digit fiscal year after the quarter too); "the
    July-September quarter" is the calendar's."""
    text = (
        "BENGALURU (Reuters) - Infosys raised its FY25 revenue growth forecast on Thursday "
        "after profit rose 4.7%. Net profit for the July-September quarter rose to 64.8 "
        "billion rupees. Revenue in Q2 FY25 grew 5.1% year-on-year, and the company said "
        "margins for H1 FY2025 were in line with its target. It will announce results for "
        "Q3 FY2025 in January."
    )
    assert news(text, "2024-10-17", "Thursday") == [
        ("FY25", "DATE", "2025"),
        ("Thursday", "DATE", "2024-10-17"),
        ("the July-September quarter", "DATE", "2024-Q3"),
        ("Q2 FY25", "DATE", "2025-Q2"),
        ("H1 FY2025", "DATE", "2025-H1"),
        ("Q3 FY2025", "DATE", "2025-Q3"),
        ("January", "DATE", "2025-01"),
    ]


def test_nfl_story_reads_the_opener_past_and_sundays_game_ahead() -> None:
    """AP, 2024, on a Monday: the opener "on Thursday night" is past; the team "play[s]
    Cincinnati in Sunday's game" ahead (a fixture told in the present); "beat ... in
    February" is past ("beat" is a past as often as a present); "27-20" is a score and
    "34" an age."""
    text = (
        "KANSAS CITY, Mo. (AP) -- Patrick Mahomes threw for 291 yards as the Chiefs won the "
        "season opener 27-20 on Thursday night, a week after signing Xavier Worthy to a "
        "four-year rookie deal. Kansas City beat San Francisco in the Super Bowl in February. "
        "The Chiefs play Cincinnati in Sunday's game at Arrowhead. Travis Kelce, 34, is under "
        "contract through 2025."
    )
    assert news(text, "2024-09-09", "Monday") == [
        ("Thursday night", "TIME", "2024-09-05TNI"),
        ("a week", "DURATION", "P1W"),
        ("four-year", "DURATION", "P4Y"),
        ("February", "DATE", "2024-02"),
        ("Sunday", "DATE", "2024-09-15"),
        ("2025", "DATE", "2025"),
    ]


def test_election_eve_story_counts_days_to_certify() -> None:
    """AP, 2024: "ahead of Tuesday's election" is the next day; "the 2024 cycle" its year;
    ballots that "could take days to count" take a vague stretch of days; "until Nov. 25"
    and "Jan. 20" are ahead."""
    text = (
        "PHILADELPHIA (AP) -- Campaigns made their final pitch to voters on Monday ahead of "
        "Tuesday's election, the end of a 2024 cycle that has cost more than $15 billion. "
        "Officials in Pennsylvania warned it could take days to count mail ballots and said "
        "results might not be certified until Nov. 25. The winner will be inaugurated on Jan. "
        "20."
    )
    assert news(text, "2024-11-04", "Monday") == [
        ("Monday", "DATE", "2024-11-04"),
        ("Tuesday", "DATE", "2024-11-05"),
        ("2024", "DATE", "2024"),
        ("days", "DURATION", "PXD"),
        ("Nov. 25", "DATE", "2024-11-25"),
        ("Jan. 20", "DATE", "2025-01-20"),
    ]


def test_election_preview_in_the_present_looks_ahead() -> None:
    """AP, 2024, on a Monday: "Tuesday's election caps a 2024 cycle" is tomorrow's (an
    election named by its day, with no tense cue near, is to come)."""
    text = "WASHINGTON (AP) -- Tuesday's election caps a 2024 cycle of record spending."
    assert news(text, "2024-11-04", "Monday") == [
        ("Tuesday", "DATE", "2024-11-05"),
        ("2024", "DATE", "2024"),
    ]


def test_past_in_a_relative_clause_before_a_fixture() -> None:
    """A date inside "who beat ... in February," keeps the relative clause's past."""
    text = (
        "The champions, who beat San Francisco in the Super Bowl in February, play Cincinnati "
        "in Sunday's game."
    )
    assert news(text, "2024-09-09", "Monday") == [
        ("February", "DATE", "2024-02"),
        ("Sunday", "DATE", "2024-09-15"),
    ]


def test_court_story_sets_sentencing_and_deadlines() -> None:
    """Reuters, 2024: "after the Nov. 5 election", "Sentencing is now set for Jan. 12" (the
    next one), "within 90 days", "by the end of the month", "in the coming weeks"."""
    text = (
        "NEW YORK (Reuters) - A federal judge on Friday postponed the sentencing of a former "
        "crypto executive until after the Nov. 5 election. Sentencing is now set for Jan. 12. "
        "The judge gave prosecutors 30 days to respond and ordered the defense to file its "
        "motion within 90 days. Lawyers said they expect a ruling by the end of the month and "
        "an appeal in the coming weeks."
    )
    assert news(text, "2024-09-06", "Friday") == [
        ("Friday", "DATE", "2024-09-06"),
        ("Nov. 5", "DATE", "2024-11-05"),
        ("now", "DATE", "PRESENT_REF"),
        ("Jan. 12", "DATE", "2025-01-12"),
        ("30 days", "DURATION", "P30D"),
        ("90 days", "DURATION", "P90D"),
        ("the end of the month", "DATE", "2024-09"),
        ("the coming weeks", "DURATION", "PXW"),
    ]


def test_live_blog_reads_its_stamps_and_entries() -> None:
    """A live blog, 2024: "Updated 3:42 PM EST, Tue March 12, 2024" is one time, "Last
    updated: 12 March 2024" the day; "2 hours ago", "45 minutes ago" are today; "until
    Friday", "through Wednesday" ahead."""
    text = (
        "Updated 3:42 PM EST, Tue March 12, 2024\n"
        "Last updated: 12 March 2024\n"
        "Live: Storm batters the coast. 2 hours ago: Power was cut to 40,000 homes. 45 "
        "minutes ago: The governor declared a state of emergency, effective immediately "
        "until Friday. Schools will be closed through Wednesday."
    )
    assert news(text, "2024-03-12", "Tuesday") == [
        ("3:42 PM EST, Tue March 12, 2024", "TIME", "2024-03-12T15:42-05:00"),
        ("12 March 2024", "DATE", "2024-03-12"),
        ("2 hours ago", "DATE", "2024-03-12"),
        ("45 minutes ago", "DATE", "2024-03-12"),
        ("Friday", "DATE", "2024-03-15"),
        ("Wednesday", "DATE", "2024-03-13"),
    ]


def test_tennis_story_reads_a_match_length() -> None:
    """AFP, 2025: the dateline "MELBOURNE, Jan 14 (AFP) -", "Monday night", "three hours and
    40 minutes", "on Wednesday" ahead; "37", "10-time" and "24th" are no dates."""
    text = (
        "MELBOURNE, Jan 14 (AFP) - Novak Djokovic, 37, reached the second round of the "
        "Australian Open on Monday night, winning a 24th consecutive first-round match in "
        "Melbourne. The 10-time champion came back from a set down to win in three hours and "
        "40 minutes. He plays Jaime Faria on Wednesday."
    )
    assert news(text, "2025-01-14", "Tuesday") == [
        ("Jan 14", "DATE", "2025-01-14"),
        ("Monday night", "TIME", "2025-01-13TNI"),
        ("three hours and 40 minutes", "DURATION", "PT3H40M"),
        ("Wednesday", "DATE", "2025-01-15"),
    ]


def test_football_report_keeps_minutes_and_the_quarter_finals_out() -> None:
    """Reuters, 2024: "in stoppage time", "in the 89th minute" and "the quarter-finals" are
    moments and a round of the game; "two days after" is a gap, "since 2006" a year, "3-0" a
    score and "38" an age."""
    text = (
        "PARIS (Reuters) - Spain's Dani Carvajal headed the winner in stoppage time as his "
        "side beat Croatia on Saturday, two days after a 3-0 rout in their opener. Croatia's "
        "Luka Modric, 38, who has played at every tournament since 2006, hit the post in the "
        "89th minute. The teams meet again in the quarter-finals on July 5 if both advance."
    )
    assert news(text, "2024-06-17", "Monday") == [
        ("Saturday", "DATE", "2024-06-15"),
        ("two days", "DURATION", "P2D"),
        ("2006", "DATE", "2006"),
        ("July 5", "DATE", "2024-07-05"),
    ]


def test_premier_league_report_reads_a_contract_through_a_year() -> None:
    """AP, 2024: "on Sunday" just past, "in the 42nd minute" and "before halftime" are moments
    of the match, "since December" the last one, "through 2025" a year; "3-1" is a score."""
    text = (
        "MANCHESTER, England (AP) -- Phil Foden scored twice as Manchester City beat West Ham "
        "3-1 on Sunday to win a fourth straight Premier League title. Rodri added a third in "
        "the 42nd minute, and Mohammed Kudus pulled one back before halftime. City have not "
        "lost a league game since December. Pep Guardiola's contract runs through 2025."
    )
    assert news(text, "2024-05-20", "Monday") == [
        ("Sunday", "DATE", "2024-05-19"),
        ("December", "DATE", "2023-12"),
        ("2025", "DATE", "2025"),
    ]


def test_free_agency_story_reads_a_deal_and_the_moratorium() -> None:
    """AP, 2025: "a three-year, $90 million deal", "through 2028", "last June", "6 p.m.
    Eastern on Monday" (the zone's summer offset), "until July 6"; "22" is an age."""
    text = (
        "CHICAGO (AP) -- The Bulls agreed to a three-year, $90 million deal with guard Josh "
        "Giddey on Monday, keeping him in Chicago through 2028. Giddey, 22, was acquired last "
        "June. Free agency opened at 6 p.m. Eastern on Monday, and deals cannot be signed "
        "until July 6, when the moratorium ends."
    )
    assert news(text, "2025-06-30", "Monday") == [
        ("three-year", "DURATION", "P3Y"),
        ("Monday", "DATE", "2025-06-30"),
        ("2028", "DATE", "2028"),
        ("last June", "DATE", "2024-06"),
        ("6 p.m. Eastern on Monday", "TIME", "2025-06-30T18:00-04:00"),
        ("July 6", "DATE", "2025-07-06"),
    ]


def test_local_crime_story_keeps_blocks_models_and_ages_out() -> None:
    """A local TV site, 2024: the stamp "Posted: Mar 15, 2024 / 11:02 AM CDT" (a day and its
    time), "around 2:30 a.m." that morning, "in 2021"; "45-year-old", "2016 Ford Explorer",
    "the 1200 block of Main Street", "24/7", "Top 10", "$19.99", "5G" and "COVID-19" are no
    dates."""
    text = (
        "Posted: Mar 15, 2024 / 11:02 AM CDT\n"
        "DALLAS (KDAF) - A 45-year-old man was arrested after a black 2016 Ford Explorer "
        "crashed into a 24/7 convenience store in the 1200 block of Main Street. Police said "
        "the driver fled on foot around 2:30 a.m. The store, ranked in the Top 10 in the "
        "city, sells $19.99 phone plans on a 5G network. It had reopened in 2021 after "
        "COVID-19 restrictions were lifted."
    )
    assert news(text, "2024-03-15", "Friday") == [
        ("Mar 15, 2024", "DATE", "2024-03-15"),
        ("11:02 AM CDT", "TIME", "2024-03-15T11:02-05:00"),
        ("2:30 a.m.", "TIME", "2024-03-15T02:30"),
        ("2021", "DATE", "2021"),
    ]


def test_defense_story_keeps_the_f_35_out() -> None:
    """Reuters, 2024: "for 48 hours", "on Tuesday", "this year", "2023", "by the end of 2025";
    "F-35", "156 jets" and "100 aircraft" are no dates."""
    text = (
        "WASHINGTON (Reuters) - The Air Force grounded its F-35 fleet for 48 hours on Tuesday "
        "after a mishap at a base in Utah. Lockheed Martin said it would deliver 156 jets this "
        "year, down from 2023, and expected to clear a backlog of 100 aircraft by the end of "
        "2025."
    )
    assert news(text, "2024-07-03", "Wednesday") == [
        ("48 hours", "DURATION", "PT48H"),
        ("Tuesday", "DATE", "2024-07-02"),
        ("this year", "DATE", "2024"),
        ("2023", "DATE", "2023"),
        ("the end of 2025", "DATE", "2025"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "He drove a 2019 Honda Civic; she owns the 2025 Toyota Camry.",
        "Police found a stolen 2012 Ford F-150 in the 3400 block of Elm Street.",
        "Spain reached the quarter-finals, and France the quarterfinals.",
        "Oil posted its biggest monthly fall, a daily loss of 3%.",
        "Kane scored in the 89th minute and again in stoppage time.",
        "The index rose 24/7, a Top 10 gain for the 5G maker.",
    ],
)
def test_news_look_alikes_are_no_dates(text: str) -> None:
    """Model years before a make, street blocks, rounds of a tournament, one market move,
    minutes of a match, "24/7", "Top 10" and "5G" yield nothing."""
    assert news(text, "2024-03-15", "Friday") == []


def test_a_model_year_is_no_date_but_a_year_before_a_company_is() -> None:
    """ "In 2024 Toyota sold" dates the sale: only a determiner before the year makes it a
    model's."""
    assert news("In 2024 Toyota sold 10 million cars.", "2025-01-30", "Thursday") == [
        ("2024", "DATE", "2024"),
    ]
