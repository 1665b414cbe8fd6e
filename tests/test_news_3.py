"""News articles, third round: wire stories (AP, Reuters, AFP, Xinhua) from the 1990s to the
2020s on politics, business, courts, disasters, elections, health, tech and sport.

They count the gap between two events with a bare unit ("early Thursday, hours after the
riot"), name a span of months with a dash ("in July-September"), report "the quarter ended
Dec. 31" in the new year, tell a deadline set in the past ("ordered everyone out by
Thursday", "must leave by Friday"), a rule that "takes effect Jan. 1", an election day ahead
("Voters go to the polls Tuesday"), "as recently as last month" and "debated late into the
night". Each test is an article run as chrono is scored: genre "news", the article's date as
the document date, its weekday checked with ``datetime``. The tables are annotated by hand
with the (text, type, value) TimeBank would give. The look-alikes after them (ages, money,
percentages, scores, vote counts, aircraft, roads, flights, laws, products) yield nothing.

As tests/test_modern_news.py does, "9/11" is the day of the attacks wherever it is named,
"the 9/11 Commission" too (TimeBank dates "the Aug. 7 bombings").
"""

from __future__ import annotations

import pytest
from passages import Row, news


def test_budget_vote_counts_back_from_late_tuesday() -> None:
    """AP, 1996: "late Tuesday", "the past three years", "a week earlier" (a week, counted from
    the vote), "in the coming days", "in 20 years"; "52-48" is a vote count."""
    text = (
        "WASHINGTON (AP) -- The Senate voted 52-48 late Tuesday to approve the budget bill, "
        "ending a standoff that had lasted the past three years. The House passed a similar "
        "measure a week earlier. Senate leaders said they expect President Clinton to sign it "
        "in the coming days. The measure is the first balanced budget plan to clear Congress "
        "in 20 years."
    )
    assert news(text, "1996-03-08", "Friday") == [
        ("late Tuesday", "DATE", "1996-03-05"),
        ("the past three years", "DURATION", "P3Y"),
        ("a week earlier", "DATE", "1996-W09"),
        ("the coming days", "DURATION", "PXD"),
        ("20 years", "DURATION", "P20Y"),
    ]


def test_job_cuts_story_compares_the_same_period_a_year_earlier() -> None:
    """Reuters, 2001: "the end of next year", "the same period a year earlier" (the quarter a
    year before), "through September", "recently"; "Boeing 737" is a plane."""
    text = (
        "NEW YORK (Reuters) - Shares of Boeing Co. fell 3 percent on Friday after the company "
        "said it would cut 30,000 jobs by the end of next year. Earnings in the third quarter "
        "dropped 26 percent from the same period a year earlier. The company delivered 120 "
        "jets through September. Analysts said orders for the Boeing 737 had slowed recently."
    )
    assert news(text, "2001-10-19", "Friday") == [
        ("Friday", "DATE", "2001-10-19"),
        ("the end of next year", "DATE", "2002"),
        ("the third quarter", "DATE", "2001-Q3"),
        ("the same period a year earlier", "DATE", "2000-Q3"),
        ("September", "DATE", "2001-09"),
        ("recently", "DATE", "PAST_REF"),
    ]


def test_election_eve_story_looks_ahead_to_the_polls() -> None:
    """AP, 2008: "Election Day" is the Tuesday ahead, so are "Voters go to the polls Tuesday"
    (an election told in the present) and "7 p.m. EST on Tuesday"; "over the weekend" is the
    one just past, "this morning" the document's; "47" is an age."""
    text = (
        "WASHINGTON (AP) - Americans elect a president on Election Day. Voters go to the polls "
        "Tuesday in what analysts call the most expensive race in history. Turnout in early "
        "voting over the weekend was the highest since 1992. Sen. Barack Obama, 47, led by 7 "
        "percentage points in a poll released this morning. Polls close at 7 p.m. EST on "
        "Tuesday in Virginia."
    )
    assert news(text, "2008-11-03", "Monday") == [
        ("Election Day", "DATE", "2008-11-04"),
        ("Tuesday", "DATE", "2008-11-04"),
        ("the weekend", "DATE", "2008-W44-WE"),
        ("1992", "DATE", "1992"),
        ("this morning", "TIME", "2008-11-03TMO"),
        ("7 p.m. EST on Tuesday", "TIME", "2008-11-04T19:00-05:00"),
    ]


def test_weekday_in_apposition_to_a_holiday_is_its_day() -> None:
    """ "on Election Day, Tuesday," names one day twice (so does "on 8 October, a Tuesday,";
    a weekday that is not that day's keeps its own reading)."""
    text = "Voters go to the polls on Election Day, Tuesday, in a close race."
    assert news(text, "2008-11-03", "Monday") == [
        ("Election Day", "DATE", "2008-11-04"),
        ("Tuesday", "DATE", "2008-11-04"),
    ]
    assert news("He died on 8 October, a Wednesday, at home.", "2008-11-03", "Monday") == [
        ("8 October", "DATE", "2008-10-08"),
        ("Wednesday", "DATE", "2008-10-08"),
    ]
    assert news("It opened on 8 October, a Tuesday.", "2008-11-03", "Monday")[1] == (
        "Tuesday",
        "DATE",
        "2008-10-28",
    )


def test_missing_jet_story_keeps_the_flight_number_out() -> None:
    """AFP, 2014: "early Saturday", "overnight" (the night of that day), "since Saturday
    morning"; "Flight 370", "Boeing 777" and "239 people" are no dates."""
    text = (
        "KUALA LUMPUR (AFP) - Malaysia Airlines Flight 370 vanished early Saturday over the "
        "South China Sea with 239 people aboard. Search teams worked overnight, and officials "
        "said on Sunday that they had found no debris. The Boeing 777 had not sent a distress "
        "signal. Relatives have waited at a Beijing hotel since Saturday morning."
    )
    assert news(text, "2014-03-10", "Monday") == [
        ("early Saturday", "DATE", "2014-03-08"),
        ("overnight", "TIME", "2014-03-08TNI"),
        ("Sunday", "DATE", "2014-03-09"),
        ("Saturday morning", "TIME", "2014-03-08TMO"),
    ]


def test_xinhua_data_story_reads_months_halves_and_next_month() -> None:
    """Xinhua, 2023: the dateline "BEIJING, June 15 (Xinhua) --", "the first five months",
    "the second half", "next month"; "year on year" names no period."""
    text = (
        "BEIJING, June 15 (Xinhua) -- China's industrial output grew 3.5 percent year on year "
        "in May, slower than the 5.6 percent in April. Retail sales rose 12.7 percent in the "
        "first five months. The National Bureau of Statistics said the economy would recover "
        "steadily in the second half. Data for June is due next month."
    )
    assert news(text, "2023-06-15", "Thursday") == [
        ("June 15", "DATE", "2023-06-15"),
        ("May", "DATE", "2023-05"),
        ("April", "DATE", "2023-04"),
        ("the first five months", "DURATION", "P5M"),
        ("the second half", "DATE", "2023-H2"),
        ("June", "DATE", "2023-06"),
        ("next month", "DATE", "2023-07"),
    ]


def test_vaccine_story_keeps_covid_19_out() -> None:
    """Reuters, 2020: "as early as this week", "before Christmas" ahead, "Nov. 5" and "Dec.
    16"; "COVID-19" and "40 million doses" are no dates."""
    text = (
        "LONDON (Reuters) - Britain's health regulator could approve a COVID-19 vaccine as "
        "early as this week, the newspaper reported on Sunday. The government has ordered 40 "
        "million doses, and vaccinations could begin before Christmas. Hospital admissions "
        "have fallen since the lockdown began on Nov. 5. Ministers will review the rules on "
        "Dec. 16."
    )
    assert news(text, "2020-11-30", "Monday") == [
        ("this week", "DATE", "2020-W49"),
        ("Sunday", "DATE", "2020-11-29"),
        ("Christmas", "DATE", "2020-12-25"),
        ("Nov. 5", "DATE", "2020-11-05"),
        ("Dec. 16", "DATE", "2020-12-16"),
    ]


def test_hearing_story_reads_hours_months_and_the_9_11_commission() -> None:
    """AP, 2019: "nearly seven hours", "since ... May 2017", "for months"; "the 9/11
    Commission" is named after the day."""
    text = (
        "WASHINGTON (AP) - Robert Mueller told lawmakers on Wednesday that his report did not "
        "exonerate President Donald Trump. The hearing, which lasted nearly seven hours, was "
        "the first time Mueller had testified since he was appointed in May 2017. Democrats "
        "had sought his testimony for months. The 9/11 Commission held similar hearings in "
        "2004."
    )
    assert news(text, "2019-07-24", "Wednesday") == [
        ("Wednesday", "DATE", "2019-07-24"),
        ("nearly seven hours", "DURATION", "PT7H"),
        ("May 2017", "DATE", "2017-05"),
        ("months", "DURATION", "PXM"),
        ("9/11", "DATE", "2001-09-11"),
        ("2004", "DATE", "2004"),
    ]


def test_invasion_story_keeps_article_5_out() -> None:
    """Reuters, 2022: "a day after", "before dawn", "Friday afternoon"; "Article 5" is a
    treaty's article and "the end of the Cold War" no date."""
    text = (
        "KYIV (Reuters) - Russian forces pressed toward Kyiv on Friday, a day after President "
        "Vladimir Putin ordered the invasion. Explosions were heard in the capital before "
        "dawn. NATO leaders, who met by video on Friday afternoon, said Article 5 would "
        "protect every member. The alliance has not faced such a threat since the end of the "
        "Cold War."
    )
    assert news(text, "2022-02-25", "Friday") == [
        ("Friday", "DATE", "2022-02-25"),
        ("a day", "DURATION", "P1D"),
        ("dawn", "TIME", "2022-02-25TMO"),
        ("Friday afternoon", "TIME", "2022-02-25TAF"),
    ]


def test_caucus_story_reads_monday_night_and_next_tuesday() -> None:
    """AP, 2024: "Monday night", "since 2000", "next Tuesday"; "51 percent", "minus 20
    degrees" and an age are no dates."""
    text = (
        "DES MOINES, Iowa (AP) - Donald Trump won the Iowa caucuses on Monday night, taking 51 "
        "percent of the vote. Turnout was the lowest since 2000 as temperatures fell to minus "
        "20 degrees. The candidates head to New Hampshire, which votes next Tuesday. Nikki "
        "Haley, 52, finished third."
    )
    assert news(text, "2024-01-16", "Tuesday") == [
        ("Monday night", "TIME", "2024-01-15TNI"),
        ("2000", "DATE", "2000"),
        ("next Tuesday", "DATE", "2024-01-23"),
    ]


def test_recession_story_reads_both_months_of_a_dashed_span() -> None:
    """Reuters, 1998: "July-September" is two months (as "from July to September" is),
    "mid-1999", "ahead of Christmas"; "World War II" is no date."""
    text = (
        "TOKYO (Reuters) - Japan's economy shrank for the fourth straight quarter, the "
        "government said on Monday, deepening the country's worst recession since World War "
        "II. The economy contracted at an annual rate of 2.6 percent in July-September. "
        "Economists expect no recovery before mid-1999. Retailers reported weak sales ahead "
        "of Christmas."
    )
    assert news(text, "1998-12-21", "Monday") == [
        ("Monday", "DATE", "1998-12-21"),
        ("July", "DATE", "1998-07"),
        ("September", "DATE", "1998-09"),
        ("mid-1999", "DATE", "1999"),
        ("Christmas", "DATE", "1998-12-25"),
    ]


def test_downgrade_story_reads_late_friday_and_the_past_two_weeks() -> None:
    """AP, 2011: "late Friday" just past, "since December 2008", "over the past two weeks",
    "this year"; "634 points" and "15 percent" are amounts."""
    text = (
        "NEW YORK (AP) - Stocks plunged Monday, the first trading session since Standard & "
        "Poor's downgraded the U.S. credit rating late Friday. The Dow fell 634 points, its "
        "worst drop since December 2008. The index has lost 15 percent over the past two "
        "weeks. Treasury yields, by contrast, fell to their lowest levels this year."
    )
    assert news(text, "2011-08-08", "Monday") == [
        ("Monday", "DATE", "2011-08-08"),
        ("late Friday", "DATE", "2011-08-05"),
        ("December 2008", "DATE", "2008-12"),
        ("the past two weeks", "DURATION", "P2W"),
        ("this year", "DATE", "2011"),
    ]


def test_referendum_story_reads_thursdays_vote_and_four_decades() -> None:
    """AP, 2016: "Thursday's referendum", "this morning", "by October", "overnight", "more
    than four decades"; "52 percent to 48 percent" is a result."""
    text = (
        "LONDON (AP) - Britain voted to leave the European Union in Thursday's referendum, 52 "
        "percent to 48 percent. Prime Minister David Cameron said this morning that he would "
        "step down by October. The pound fell to its lowest level since 1985 overnight. "
        "Britain joined the bloc in 1973 and has been a member for more than four decades."
    )
    assert news(text, "2016-06-24", "Friday") == [
        ("Thursday", "DATE", "2016-06-23"),
        ("this morning", "TIME", "2016-06-24TMO"),
        ("October", "DATE", "2016-10"),
        ("1985", "DATE", "1985"),
        ("overnight", "TIME", "2016-06-24TNI"),
        ("1973", "DATE", "1973"),
        ("more than four decades", "DURATION", "P40Y"),
    ]


def test_hurricane_story_reads_a_deadline_ordered_ahead() -> None:
    """AP, 2005: "two days after", "for weeks", and "ordered everyone out by Thursday" (a
    deadline set in the past for the day ahead); "Interstate 10" is a road."""
    text = (
        "NEW ORLEANS (AP) - Floodwaters continued to rise Wednesday, two days after Hurricane "
        "Katrina struck the Gulf Coast. Officials said the city could remain under water for "
        "weeks. Interstate 10 was closed, and the mayor ordered everyone out by Thursday. It "
        "was the worst disaster to hit the city since its founding in 1718."
    )
    assert news(text, "2005-08-31", "Wednesday") == [
        ("Wednesday", "DATE", "2005-08-31"),
        ("two days", "DURATION", "P2D"),
        ("weeks", "DURATION", "PXW"),
        ("Thursday", "DATE", "2005-09-01"),
        ("1718", "DATE", "1718"),
    ]


def test_phone_launch_story_keeps_model_names_out() -> None:
    """Reuters, 2013: "the first three days", "this month", "its fiscal fourth quarter",
    "Oct. 28"; "iPhone 5S", "iPhone 4S" and "9 million" are no dates."""
    text = (
        "CUPERTINO, Calif. (Reuters) - Apple Inc's new iPhone 5S went on sale on Friday, "
        "drawing long lines at stores from Sydney to New York. The company sold 9 million "
        "phones in the first three days after the launch of the iPhone 4S in 2011. Apple's "
        "shares have risen 9 percent this month. The company reports results for its fiscal "
        "fourth quarter on Oct. 28."
    )
    assert news(text, "2013-09-20", "Friday") == [
        ("Friday", "DATE", "2013-09-20"),
        ("the first three days", "DURATION", "P3D"),
        ("2011", "DATE", "2011"),
        ("this month", "DATE", "2013-09"),
        ("fiscal fourth quarter", "DATE", "2013-Q4"),
        ("Oct. 28", "DATE", "2013-10-28"),
    ]


def test_obituary_story_keeps_ages_out_and_reads_the_late_1980s() -> None:
    """Reuters, 2018: "early on Wednesday" is the day, "two years to live" a duration, "the
    late 1980s" the decade; "He was 76" and "at the age of 21" are ages."""
    text = (
        "CAMBRIDGE, England (Reuters) - Stephen Hawking, the physicist who explored black "
        "holes, died early on Wednesday at his home, his family said. He was 76. Hawking was "
        "diagnosed with motor neurone disease in 1963, at the age of 21, and was given two "
        "years to live. He published his best-known book in the late 1980s."
    )
    assert news(text, "2018-03-14", "Wednesday") == [
        ("Wednesday", "DATE", "2018-03-14"),
        ("1963", "DATE", "1963"),
        ("two years", "DURATION", "P2Y"),
        ("the late 1980s", "DATE", "198"),
    ]


def test_capitol_story_reads_hours_after_and_late_into_the_night() -> None:
    """AP, 2021: "early Thursday, hours after" (a bare unit before "after" is a vague
    duration), "Wednesday night", "late into the night" (that night), "Jan. 20" ahead."""
    text = (
        "WASHINGTON (AP) - Congress confirmed Joe Biden's victory early Thursday, hours after "
        "supporters of President Donald Trump stormed the Capitol. Lawmakers returned to the "
        "chamber Wednesday night and debated late into the night. Biden will be sworn in on Jan. "
        "20. The last time the Capitol was breached was in 1814."
    )
    assert news(text, "2021-01-07", "Thursday") == [
        ("early Thursday", "DATE", "2021-01-07"),
        ("hours", "DURATION", "PTXH"),
        ("Wednesday night", "TIME", "2021-01-06TNI"),
        ("the night", "TIME", "2021-01-06TNI"),
        ("Jan. 20", "DATE", "2021-01-20"),
        ("1814", "DATE", "1814"),
    ]


def test_nuclear_talks_story_reads_as_recently_as_last_month() -> None:
    """Reuters, 2009: "within two weeks", "more than a year", "by the end of October"; in "as
    recently as last month" the date is "last month" ("recently" is part of the signal, as
    "early" is in "as early as")."""
    text = (
        "GENEVA (Reuters) - Iran agreed on Thursday to open a newly disclosed nuclear site to "
        "inspectors within two weeks, officials said. Talks with the six powers, the first in "
        "more than a year, will resume by the end of October. Iran had refused to discuss the "
        "issue as recently as last month. The previous round of talks was held in July 2008."
    )
    assert news(text, "2009-10-01", "Thursday") == [
        ("Thursday", "DATE", "2009-10-01"),
        ("two weeks", "DURATION", "P2W"),
        ("more than a year", "DURATION", "P1Y"),
        ("the end of October", "DATE", "2009-10"),
        ("last month", "DATE", "2009-09"),
        ("July 2008", "DATE", "2008-07"),
    ]


def test_tech_story_reads_fiscal_2024_and_keeps_versions_out() -> None:
    """Reuters, 2023: "go on sale Sept. 22", "preorders begin Friday" ahead, "fiscal 2024",
    "the past three quarters", "October 2025"; "iPhone 15", "USB-C", "Windows 11" and
    "Windows 10" are names."""
    text = (
        "CUPERTINO, Calif. (Reuters) - Apple unveiled the iPhone 15 on Tuesday, the first "
        "model with a USB-C port. The phones go on sale Sept. 22, and preorders begin Friday. "
        "Apple expects fiscal 2024 revenue to rise after sales fell in each of the past three "
        "quarters. Microsoft, which released Windows 11 in 2021, will end support for Windows "
        "10 in October 2025."
    )
    assert news(text, "2023-09-12", "Tuesday") == [
        ("Tuesday", "DATE", "2023-09-12"),
        ("Sept. 22", "DATE", "2023-09-22"),
        ("Friday", "DATE", "2023-09-15"),
        ("fiscal 2024", "DATE", "2024"),
        ("the past three quarters", "DURATION", "P3Q"),
        ("2021", "DATE", "2021"),
        ("October 2025", "DATE", "2025-10"),
    ]


def test_snap_election_story_reads_next_months_election_and_keeps_the_g7_out() -> None:
    """AP, 2024: "next month" and "Next month's election", "18 months after", "now", "since
    2019", "June 13-15" (two days); "the G7", "12 points" and an age are no dates."""
    text = (
        "OTTAWA (AP) - Prime Minister Marc Leblanc said on Monday that Canadians will vote in "
        "a snap election next month. Next month's election comes 18 months after the previous "
        "government collapsed. Polls now show the Liberals trailing by 12 points, a gap that "
        "has widened steadily since 2019. Leblanc, 58, will attend a summit of the G7 in Italy "
        "June 13-15."
    )
    assert news(text, "2024-05-20", "Monday") == [
        ("Monday", "DATE", "2024-05-20"),
        ("next month", "DATE", "2024-06"),
        ("Next month", "DATE", "2024-06"),
        ("18 months", "DURATION", "P18M"),
        ("now", "DATE", "PRESENT_REF"),
        ("2019", "DATE", "2019"),
        ("June 13", "DATE", "2024-06-13"),
        ("15", "DATE", "2024-06-15"),
    ]


def test_crash_story_keeps_the_737_max_out() -> None:
    """Reuters, 2019: "on Sunday", "less than five months", "in October" (the one before),
    "a day after", "this week"; "Boeing 737 MAX", "157 people" and "11 percent" are no
    dates."""
    text = (
        "ADDIS ABABA (Reuters) - Ethiopian investigators recovered the flight recorders of the "
        "Boeing 737 MAX that crashed on Sunday, killing all 157 people aboard. It was the "
        "second crash of the model in less than five months, after a Lion Air jet went down in "
        "October. The United States grounded the planes on Wednesday, a day after Britain and "
        "the European Union did. Boeing shares have fallen 11 percent this week."
    )
    assert news(text, "2019-03-14", "Thursday") == [
        ("Sunday", "DATE", "2019-03-10"),
        ("less than five months", "DURATION", "P5M"),
        ("October", "DATE", "2018-10"),
        ("Wednesday", "DATE", "2019-03-13"),
        ("a day", "DURATION", "P1D"),
        ("this week", "DATE", "2019-W11"),
    ]


def test_title_ix_story_reads_comments_through_september() -> None:
    """AP, 2022: "Fifty years after", "June 23, 1972", "through September" ahead, "by the end
    of the year"; "Title IX" is a law."""
    text = (
        "WASHINGTON (AP) - Fifty years after Title IX became law, the number of women playing "
        "college sports has risen sixfold. The law, signed by President Richard Nixon on June "
        "23, 1972, bars sex discrimination in schools. The Education Department proposed new "
        "rules on Thursday and will take comments through September. Final rules are expected "
        "by the end of the year."
    )
    assert news(text, "2022-06-23", "Thursday") == [
        ("Fifty years", "DURATION", "P50Y"),
        ("June 23, 1972", "DATE", "1972-06-23"),
        ("Thursday", "DATE", "2022-06-23"),
        ("September", "DATE", "2022-09"),
        ("the end of the year", "DATE", "2022"),
    ]


def test_storm_story_keeps_the_interstate_out_and_reads_election_day_ahead() -> None:
    """AP, 2012: "two days after", "a two-day shutdown", "since 1888", "a week or more", "a
    week before Election Day" (6 November 2012); "Interstate 95" is a road."""
    text = (
        "NEW YORK (AP) - Superstorm Sandy knocked out power to 8 million homes, and parts of "
        "Interstate 95 remained closed Wednesday, two days after the storm made landfall. The "
        "New York Stock Exchange will reopen Wednesday after a two-day shutdown, the first "
        "weather-related closure since 1888. Officials said it could take a week or more to "
        "restore power. The storm struck a week before Election Day."
    )
    assert news(text, "2012-10-31", "Wednesday") == [
        ("Wednesday", "DATE", "2012-10-31"),
        ("two days", "DURATION", "P2D"),
        ("Wednesday", "DATE", "2012-10-31"),
        ("two-day", "DURATION", "P2D"),
        ("1888", "DATE", "1888"),
        ("a week", "DURATION", "P1W"),
        ("a week", "DURATION", "P1W"),
        ("Election Day", "DATE", "2012-11-06"),
    ]


def test_market_rout_story_reads_as_of_friday_and_mid_december() -> None:
    """AP, 2025: "since March 2020", "over two days", "since 2019", "As of Friday", "in
    mid-December" (the one before), "in March"; "the S&P 500" and "228,000 jobs" are no
    dates."""
    text = (
        "NEW YORK (AP) - Wall Street's sell-off deepened Friday, with the S&P 500 falling 6 "
        "percent, its worst day since March 2020. The index has lost more than 10 percent over "
        "two days. Stocks had been rising steadily since 2019. As of Friday, the Nasdaq was "
        "down 22 percent from its record set in mid-December. The Labor Department said "
        "employers added 228,000 jobs in March."
    )
    assert news(text, "2025-04-04", "Friday") == [
        ("Friday", "DATE", "2025-04-04"),
        ("March 2020", "DATE", "2020-03"),
        ("two days", "DURATION", "P2D"),
        ("2019", "DATE", "2019"),
        ("Friday", "DATE", "2025-04-04"),
        ("mid-December", "DATE", "2024-12"),
        ("March", "DATE", "2025-03"),
    ]


@pytest.mark.parametrize(
    ("text", "dct", "weekday", "found"),
    [
        (  # a report in February looks back on the December quarter
            "The company reported a loss for the quarter ended Dec. 31.",
            "2010-02-12",
            "Friday",
            [("the quarter", "DATE", "2009-Q4"), ("Dec. 31", "DATE", "2009-12-31")],
        ),
        (  # a fiscal quarter named before is the quarter that ended
            "Sun earned $5.2 million in the fiscal first quarter. Sales for the quarter ended "
            "Sept. 29 rose 39%.",
            "1989-10-26",
            "Thursday",
            [
                ("the fiscal first quarter", "DATE", "1989-Q1"),
                ("the quarter", "DATE", "1989-Q1"),
                ("Sept. 29", "DATE", "1989-09-29"),
            ],
        ),
        (
            "The law takes effect Jan. 1.",
            "2010-02-12",
            "Friday",
            [("Jan. 1", "DATE", "2011-01-01")],
        ),
        (
            "The rule takes effect on Monday.",
            "2010-02-12",
            "Friday",
            [("Monday", "DATE", "2010-02-15")],
        ),
        (
            "The rule took effect on Monday.",
            "2010-02-12",
            "Friday",
            [("Monday", "DATE", "2010-02-08")],
        ),
        (
            "Residents must leave by Thursday.",
            "2005-08-31",
            "Wednesday",
            [("Thursday", "DATE", "2005-09-01")],
        ),
        (
            "He was asked to resign by Friday.",
            "2005-08-31",
            "Wednesday",
            [("Friday", "DATE", "2005-09-02")],
        ),
        (  # a past perfect plan is a past plan
            "The governor had ordered an evacuation by Monday.",
            "2005-08-31",
            "Wednesday",
            [("Monday", "DATE", "2005-08-29")],
        ),
        (
            "The water had receded by Thursday.",
            "2005-08-31",
            "Wednesday",
            [("Thursday", "DATE", "2005-08-25")],
        ),
        (
            "Iowans head to the polls on Tuesday.",
            "2008-11-03",
            "Monday",
            [("Tuesday", "DATE", "2008-11-04")],
        ),
        (
            "Voters went to the polls Tuesday.",
            "2008-11-03",
            "Monday",
            [("Tuesday", "DATE", "2008-10-28")],
        ),
        (
            "Sales in January–March rose 4 percent.",
            "2023-06-15",
            "Thursday",
            [("January", "DATE", "2023-01"), ("March", "DATE", "2023-03")],
        ),
        (
            "GDP grew 2 percent in the July-September quarter.",
            "2023-12-01",
            "Friday",
            [("the July-September quarter", "DATE", "2023-Q3")],
        ),
    ],
)
def test_deadlines_schedules_quarters_and_month_spans(
    text: str, dct: str, weekday: str, found: list[Row]
) -> None:
    """A quarter "ended" on a day, a rule that "takes effect", a deadline after a modal or an
    order, an election told in the present, and a span of months with a dash."""
    assert news(text, dct, weekday) == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Talks collapsed days after the vote.", [("days", "DURATION", "PXD")]),
        ("Days later, the minister resigned.", [("Days", "DURATION", "PXD")]),
        ("Hours earlier, police had sealed the area.", [("Hours", "DURATION", "PTXH")]),
        ("Two days after the vote, he resigned.", [("Two days", "DURATION", "P2D")]),
        ("Crews searched in the days before the storm.", []),
        ("It is only a matter of days before the money runs out.", []),
        ("Her days before the trial were spent in prison.", []),
        ("Talks went late into the night.", [("the night", "TIME", "2023-09-12TNI")]),
        ("He walked into the morning sun.", []),
        (
            "Officials warned as recently as 2019 that it could fail.",
            [("2019", "DATE", "2019")],
        ),
        ("He recently left the company.", [("recently", "DATE", "PAST_REF")]),
    ],
)
def test_bare_units_between_events_and_signals(text: str, found: list[Row]) -> None:
    """A bare plural unit before "after", "before", "later" or "earlier" is a vague stretch
    unless a determiner or a possessive makes it a period; "into the night" is a time;
    "as recently as" is a signal."""
    assert news(text, "2023-09-12", "Tuesday") == found


@pytest.mark.parametrize(
    "text",
    [
        "The 737 MAX 9 was grounded after a door plug blew out.",
        "Chelsea won 3-1 at home, and Spain beat England 1-0 in the final.",
        "The House voted 218-210 and the Senate confirmed him 52-48.",
        "Flight 370 carried 239 people.",
        "Traffic on Interstate 95 was backed up for miles.",
        "The G7 and the G20 issued statements.",
        "NATO invoked Article 5, and Title IX bars discrimination.",
        "The COVID-19 vaccine was approved.",
        "Sales of the iPhone 15 Pro Max were strong, and Windows 11 needs 4 GB of memory.",
        "The 24-year-old striker scored, and the governor, 61, resigned.",
        "Shares rose 4.5% to $212.30, and unemployment fell to 3.8%.",
        "The carrier filed for Chapter 11 bankruptcy protection.",
        "Voters approved Proposition 8, and Amendment 4 passed with 64.5%.",
        "Security Council Resolution 1441 was adopted unanimously.",
        "The storm strengthened to a Category 5 hurricane.",
        "Kansas City won Super Bowl LVII 38-35.",
        "The magnitude 7.8 quake killed 50,000 people.",
        "The Dow Jones Industrial Average rose 120.5 points to 34,600.",
    ],
)
def test_look_alikes_of_wire_news_yield_nothing(text: str) -> None:
    """Planes, scores, vote counts, flights, roads, groups, articles and titles of laws,
    products, ages, money, percentages, chapters, propositions, resolutions, categories,
    magnitudes and index points are no times."""
    assert news(text, "2023-09-12", "Tuesday") == []
