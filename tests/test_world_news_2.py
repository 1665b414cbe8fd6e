"""English-language news from outside the United States, second round: British, Irish, Indian,
Australian, New Zealand, South African and Canadian outlets, their wire datelines, page stamps,
live blogs and headlines.

They write "Wednesday 6 March" and "28th March", count "the week ahead", name their terms and
holidays ("the summer holidays", "Bank Holiday Monday", "Remembrance Sunday", "the first
Wednesday in June"), give clock times in their own zones ("5am SAST", "2pm NZDT", "10.30 am
IST") and tell what is coming in a headline's infinitive ("Hunt to cut national insurance on
Wednesday"). Each test is a passage run as chrono is scored: genre "news", the article's date
as the document date (its weekday beside it, checked with ``datetime``), ``day_first=True`` as
a user reading such an outlet would set it. The tables are annotated by hand with the (text,
type, value) TimeBank would give. The look-alikes after them (money, roads, scores, names with
figures, phone numbers) must yield nothing.

As tests/test_world_news.py does, a split year ("2023-24", "2024/25") is its two years, and a
"year to March" is a year and a month (tests/test_modern_news.py).
"""

from __future__ import annotations

import datetime as dt

import pytest
from passages import Row, mentions

from chrono import extract_document


def _mentions(text: str, dct: str | None) -> list[Row]:
    return mentions(text, dct=dct, genre="news", day_first=True)


def test_budget_preview_reads_british_dates_and_the_week_ahead() -> None:
    """BBC: "Wednesday 6 March", "Tuesday 5 March", "12.30pm", "the year to January", "the
    spring of 2023", "the week ahead" (a week, as "the coming week" is)."""
    text = (
        "The Chancellor will deliver the Budget on Wednesday 6 March. Cabinet ministers met on "
        "Tuesday 5 March to agree the package, and the Office for Budget Responsibility will "
        "publish its forecast at 12.30pm. Inflation fell to 4% in the year to January. The "
        "last Budget was in the spring of 2023. Markets will watch the Bank of England closely "
        "in the week ahead."
    )
    assert _mentions(text, "2024-03-05") == [  # a Tuesday
        ("Wednesday 6 March", "DATE", "2024-03-06"),
        ("Tuesday 5 March", "DATE", "2024-03-05"),
        ("12.30pm", "TIME", "2024-03-05T12:30"),
        ("the year", "DURATION", "P1Y"),
        ("January", "DATE", "2024-01"),
        ("the spring of 2023", "DATE", "2023-SP"),
        ("the week ahead", "DURATION", "P1W"),
    ]


def test_school_story_names_terms_and_holidays_by_their_season() -> None:
    """Guardian: "28th March", "15th April", "Last autumn", "the summer holidays" (the season
    is the date, not its article), "the autumn term"."""
    text = (
        "Schools in England will close for Easter on 28th March, and pupils return on 15th "
        "April. Last autumn, teachers in Scotland struck for three days. The summer holidays "
        "begin in July, and the new curriculum takes effect in the autumn term."
    )
    assert _mentions(text, "2024-03-05") == [  # a Tuesday
        ("Easter", "DATE", "2024-03-31"),
        ("28th March", "DATE", "2024-03-28"),
        ("15th April", "DATE", "2024-04-15"),
        ("Last autumn", "DATE", "2023-FA"),
        ("three days", "DURATION", "P3D"),
        ("summer", "DATE", "2024-SU"),
        ("July", "DATE", "2024-07"),
        ("autumn", "DATE", "2024-FA"),
    ]


def test_bank_holiday_traffic_story_keeps_roads_and_scores_out() -> None:
    """Sky News: "Bank Holiday Monday" is one date; the M25, the A5 and "5-2" are no dates;
    "the 2023/24 season" is two years; tickets "go on sale from midday on Friday" ahead."""
    text = (
        "Bank Holiday Monday brought long queues on the M25 and the A5. Arsenal's 5-2 win kept "
        "the title race alive in the 2023/24 season. Tickets for the 2024/25 season go on sale "
        "from midday on Friday."
    )
    assert _mentions(text, "2024-05-06") == [  # a Monday
        ("Bank Holiday Monday", "DATE", "2024-05-06"),
        ("2023", "DATE", "2023"),
        ("24", "DATE", "2024"),
        ("2024", "DATE", "2024"),
        ("25", "DATE", "2025"),
        ("midday on Friday", "TIME", "2024-05-10T12:00"),
    ]


def test_british_bank_holidays_and_remembrance_sunday_are_their_days() -> None:
    """The August bank holiday is the last Monday of August (the next one, told in the future),
    the Spring Bank Holiday the last of May, Remembrance Sunday the second Sunday of November
    (the last one, told in the past)."""
    text = (
        "Rail works will close the West Coast main line over the August bank holiday. The "
        "Spring Bank Holiday was the wettest for a decade. The King laid a wreath at the "
        "Cenotaph on Remembrance Sunday."
    )
    assert _mentions(text, "2024-09-20") == [  # a Friday
        ("August bank holiday", "DATE", "2025-08-25"),
        ("Spring Bank Holiday", "DATE", "2024-05-27"),
        ("a decade", "DURATION", "P10Y"),
        ("Remembrance Sunday", "DATE", "2023-11-12"),
    ]


def test_results_story_reads_the_financial_year_and_leaves_sterling_alone() -> None:
    """Financial Times: "£5.2bn", "the 12 weeks to 25 February", "full-year results on 10
    April"; "2023-24" is two years."""
    text = (
        "Thames Water reported a pre-tax loss of £5.2bn for 2023-24. Sales at Tesco in the 12 "
        "weeks to 25 February rose 4.6%, and the grocer will publish full-year results on 10 "
        "April. The FTSE 250 fell 0.3%."
    )
    assert _mentions(text, "2024-03-05") == [  # a Tuesday
        ("2023", "DATE", "2023"),
        ("24", "DATE", "2024"),
        ("the 12 weeks", "DURATION", "P12W"),
        ("25 February", "DATE", "2024-02-25"),
        ("10 April", "DATE", "2024-04-10"),
    ]


def test_ians_dateline_and_indian_amounts() -> None:
    """IANS: "NEW DELHI, March 5, 2019 (IANS) -" dates the story; "10th March, 2019"; "Rs 5
    crore and 20 lakh" is money."""
    text = (
        "NEW DELHI, March 5, 2019 (IANS) - The Election Commission will announce the poll "
        "schedule on 10th March, 2019. Voting is expected to begin in April. The government "
        "has sanctioned Rs 5 crore and 20 lakh for voter awareness."
    )
    assert _mentions(text, None) == [
        ("March 5, 2019", "DATE", "2019-03-05"),
        ("10th March, 2019", "DATE", "2019-03-10"),
        ("April", "DATE", "2019-04"),
    ]
    doc, _ = extract_document(text, genre="news", day_first=True)
    assert doc.dct == dt.date(2019, 3, 5)


def test_diwali_markets_story_reads_fiscal_quarters_and_ist() -> None:
    """Economic Times: "Diwali week", "Q1FY25", "FY24", "10.30 am IST"; "Rs 450 crore" and
    "52-week" figures of amounts are no dates."""
    text = (
        "Markets will remain shut on Diwali. Jewellers said sales in Diwali week rose 12%. "
        "The company reported Q1FY25 profit of Rs 450 crore and restated its FY24 numbers. "
        "The Sensex rose 300 points by 10.30 am IST."
    )
    assert _mentions(text, "2024-10-28") == [  # a Monday
        ("Diwali", "DATE", "2024-10-31"),
        ("Diwali week", "DATE", "2024-W44"),  # the ISO week holding it (noticed gaps 56)
        ("Q1FY25", "DATE", "2025-Q1"),
        ("FY24", "DATE", "2024"),
        ("10.30 am IST", "TIME", "2024-10-28T10:30+05:30"),
    ]


def test_pti_dateline_and_forecast_till_thursday() -> None:
    """PTI: "Chennai, Mar 5:", "the next 48 hours", "till Thursday", "9.15 am tomorrow"."""
    text = (
        "Chennai, Mar 5: The Met department has forecast heavy rain for the next 48 hours, and "
        "schools will remain closed till Thursday. Trading on the exchange resumes at 9.15 am "
        "tomorrow."
    )
    assert _mentions(text, "2024-03-05") == [  # a Tuesday
        ("Mar 5", "DATE", "2024-03-05"),
        ("the next 48 hours", "DURATION", "PT48H"),
        ("Thursday", "DATE", "2024-03-07"),
        ("9.15 am tomorrow", "TIME", "2024-03-06T09:15"),
    ]


def test_australian_story_reads_aest_anzac_day_and_a_meeting_ahead() -> None:
    """ABC: "30 June", "Anzac Day", "this arvo"; "The Reserve Bank meets at 2.30pm AEST on
    Tuesday" is the coming Tuesday (a fixture verb past a dotted clock time)."""
    text = (
        "The end of the financial year on 30 June will bring changes to superannuation. Anzac "
        "Day crowds were the largest since 2019. Treasurer Jim Chalmers spoke to reporters "
        "this arvo. The Reserve Bank meets at 2.30pm AEST on Tuesday."
    )
    assert _mentions(text, "2024-06-28") == [  # a Friday
        ("30 June", "DATE", "2024-06-30"),
        ("Anzac Day", "DATE", "2024-04-25"),
        ("2019", "DATE", "2019"),
        ("this arvo", "TIME", "2024-06-28TAF"),
        ("2.30pm AEST on Tuesday", "TIME", "2024-07-02T14:30+10:00"),
    ]


def test_south_african_and_canadian_clock_zones_and_holidays() -> None:
    """News24 and CBC: "5am SAST on Saturday" (South Africa Standard Time, +02:00), "Heritage
    Day" and the Tuesday it "falls on" (its day, 24 September 2024), "Canada Day" on "1
    July"."""
    text = (
        "Load shedding will be suspended from 5am SAST on Saturday, Eskom said. Heritage Day "
        "falls on a Tuesday this year. In Ottawa, Canada Day celebrations on 1 July will go "
        "ahead despite the heat."
    )
    assert _mentions(text, "2024-06-28") == [  # a Friday
        ("5am SAST on Saturday", "TIME", "2024-06-29T05:00+02:00"),
        ("Heritage Day", "DATE", "2024-09-24"),
        ("Tuesday", "DATE", "2024-09-24"),  # the holiday's day, a Tuesday
        ("this year", "DATE", "2024"),
        ("Canada Day", "DATE", "2024-07-01"),
        ("1 July", "DATE", "2024-07-01"),
    ]


def test_new_zealand_rate_decision_in_nzdt() -> None:
    """RNZ: "2pm NZDT on Wednesday" (+13:00 in the southern summer), "Waitangi Day"."""
    text = (
        "The Reserve Bank will announce its next Official Cash Rate decision at 2pm NZDT on "
        "Wednesday. Protesters gathered at Waitangi on Waitangi Day, and the government has "
        "promised a review by the end of the year."
    )
    assert _mentions(text, "2024-03-05") == [  # a Tuesday
        ("2pm NZDT on Wednesday", "TIME", "2024-03-06T14:00+13:00"),
        ("Waitangi Day", "DATE", "2024-02-06"),
        ("the end of the year", "DATE", "2024"),
    ]


def test_irish_story_counts_a_weekday_of_a_month() -> None:
    """RTÉ: "the first Wednesday in June" is one day (5 June 2024), "International Women's
    Day" 8 March, results "due in the autumn" ahead."""
    text = (
        "The referendums will be held on International Women's Day. The Leaving Certificate "
        "begins on the first Wednesday in June, the Department of Education said, and results "
        "are due in the autumn."
    )
    assert _mentions(text, "2024-03-05") == [  # a Tuesday
        ("International Women's Day", "DATE", "2024-03-08"),
        ("the first Wednesday in June", "DATE", "2024-06-05"),
        ("the autumn", "DATE", "2024-FA"),
    ]


def test_reuters_london_dateline_and_a_month_told_as_a_record() -> None:
    """Reuters: "LONDON, March 5 (Reuters) -"; "February was the warmest on record" dates the
    month; "The G20 meets in November" is the November ahead."""
    text = (
        "LONDON, March 5 (Reuters) - British retail sales rose 1.1% in January, data showed on "
        "Tuesday. February was the warmest on record in England, the Met Office said. The G20 "
        "meets in November."
    )
    assert _mentions(text, "2024-03-05") == [  # a Tuesday
        ("March 5", "DATE", "2024-03-05"),
        ("January", "DATE", "2024-01"),
        ("Tuesday", "DATE", "2024-03-05"),
        ("February", "DATE", "2024-02"),
        ("November", "DATE", "2024-11"),
    ]


def test_page_stamps_of_indian_and_british_sites() -> None:
    """Mint and the Guardian: "Updated: 05 Mar 2024, 10:42 AM IST", "Published 5 March 2024",
    "Last modified on Tue 5 Mar 2024 10.42 GMT" date the page; the strike is ahead."""
    text = (
        "Updated: 05 Mar 2024, 10:42 AM IST\n"
        "The RBI kept rates unchanged on Tuesday.\n"
        "Published 5 March 2024\n"
        "Last modified on Tue 5 Mar 2024 10.42 GMT\n"
        "Junior doctors will strike on Thursday."
    )
    assert _mentions(text, None) == [
        ("05 Mar 2024, 10:42 AM IST", "TIME", "2024-03-05T10:42+05:30"),
        ("Tuesday", "DATE", "2024-03-05"),
        ("5 March 2024", "DATE", "2024-03-05"),
        ("Tue 5 Mar 2024 10.42 GMT", "TIME", "2024-03-05T10:42+00:00"),
        ("Thursday", "DATE", "2024-03-07"),
    ]


def test_live_blog_stamps_and_look_alikes() -> None:
    """A live blog: "Key events" is no date, "1h ago" the day of writing, "10.42am" and "11:05
    GMT" times of it; "Covid-19", "G20", "P&O", "24/7" and a phone number are names and
    figures; "9/11" is the day of the attacks, as tests/test_modern_news.py pins."""
    text = (
        "Key events\n"
        "1h ago\n"
        "10.42am\n"
        "The prime minister is due to speak at 11:05 GMT. Hospitals have been under pressure "
        "since Covid-19, and P&O Ferries staff joined the G20 protest. The 9/11 memorial "
        "helpline is open 24/7 on 020 7946 0958."
    )
    assert _mentions(text, "2024-03-05") == [  # a Tuesday
        ("1h ago", "DATE", "2024-03-05"),
        ("10.42am", "TIME", "2024-03-05T10:42"),
        ("11:05 GMT", "TIME", "2024-03-05T11:05+00:00"),
        ("9/11", "DATE", "2001-09-11"),
    ]


def test_headlines_tell_what_is_coming_with_an_infinitive() -> None:
    """A headline's "Hunt to cut national insurance on Wednesday" is the coming Wednesday; the
    body under it keeps its own tense."""
    text = (
        "Budget 2024: Hunt to cut national insurance on Wednesday\n"
        "The Chancellor is expected to announce a 2p cut. He met Rishi Sunak on Sunday.\n"
        "\n"
        "Rail strikes to hit commuters from 8 March\n"
        "Drivers walked out on Saturday."
    )
    assert _mentions(text, "2024-03-05") == [  # a Tuesday
        ("2024", "DATE", "2024"),
        ("Wednesday", "DATE", "2024-03-06"),
        ("Sunday", "DATE", "2024-03-03"),
        ("8 March", "DATE", "2024-03-08"),
        ("Saturday", "DATE", "2024-03-02"),
    ]


def test_weather_warnings_are_for_the_days_ahead() -> None:
    """Met Office: a warning "for" or "from" a day is for that day ahead, also told in the
    perfect ("has issued"); so is one "in place for Wednesday"."""
    text = (
        "The Met Office has issued an amber warning for wind from 6pm on Thursday until 9am "
        "on Friday. A yellow warning for rain is in place for Wednesday."
    )
    assert _mentions(text, "2024-03-05") == [  # a Tuesday
        ("6pm on Thursday", "TIME", "2024-03-07T18:00"),
        ("9am on Friday", "TIME", "2024-03-08T09:00"),
        ("Wednesday", "DATE", "2024-03-06"),
    ]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        (
            "The US election will be held on the first Tuesday in November.",
            [("the first Tuesday in November", "DATE", "2024-11-05")],
        ),
        (
            "The bank holiday falls on the last Monday of May 2025.",
            [("the last Monday of May 2025", "DATE", "2025-05-26")],
        ),
        (
            "The budget will be presented on the second Tuesday of October.",
            [("the second Tuesday of October", "DATE", "2024-10-08")],
        ),
        # a set stays a set
        (
            "The club meets the first Friday of every month.",
            [("the first Friday of every month", "SET", "P1M")],
        ),
    ],
)
def test_a_counted_weekday_of_a_month_is_one_day(text: str, found: list[Row]) -> None:
    """ "the first Tuesday in November" is one day of that month, not a Tuesday near the
    document date and a month."""
    assert _mentions(text, "2024-03-05") == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("June was the hottest on record in the UK.", [("June", "DATE", "2023-06")]),
        (
            "March was the wettest month since 1981.",
            [("March", "DATE", "2023-03"), ("1981", "DATE", "1981")],
        ),
        ("June was born in Leeds.", []),
        ("April is a nurse in Cork.", []),
    ],
)
def test_a_month_told_as_a_record_is_a_date(text: str, found: list[Row]) -> None:
    """ "June was the hottest on record": the month, not a woman; "June was born" stays a name."""
    assert _mentions(text, "2023-07-06") == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Trains to Cardiff will run every 30 minutes from 6am SAST.", "+02:00"),
        ("The count resumes at 9am PKT.", "+05:00"),
        ("The result is due at 2pm NZDT.", "+13:00"),
        ("Polls close at 6pm ACST.", "+09:30"),
        ("The market opens at 9am WAT.", "+01:00"),
    ],
)
def test_clock_times_in_southern_and_african_zones(text: str, found: str) -> None:
    """South Africa, Pakistan, New Zealand, central Australia and West Africa write their
    zones after the clock time."""
    rows = _mentions(text, "2024-03-05")
    assert rows[-1][2].endswith(found)


@pytest.mark.parametrize(
    "text",
    [
        "The scheme will cost Rs 5 crore, with Rs 20 lakh for training.",
        "The firm lost £5.2bn, and its shares fell 5p.",
        "Arsenal won 5-2, and India were 287/6.",
        "Traffic was heavy on the M25, the A5 and the A303.",
        "Covid-19 rules were discussed at the G20 and the G7.",
        "P&O Ferries cut 800 jobs.",
        "The helpline is open 24/7.",
        "Call 020 7946 0958 or 0800 123 4567.",
        "Key events",
        "MPs debated the Online Safety Act 2023 amendments in Committee Room 14.",
        "He was sentenced under Section 302 of the IPC.",
        "Next to the station, a cafe stayed open.",
    ],
)
def test_look_alikes_of_world_news_yield_nothing(text: str) -> None:
    """Money in rupees and pounds, scores, roads, names with figures, phone numbers, a live
    blog's heading and "next to" yield nothing (or only the year of an Act)."""
    assert [row for row in _mentions(text, "2024-03-05") if row[0] != "2023"] == []


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("Stern warnings came from Moscow on Thursday.", ["2024-02-29"]),
        (
            "The blasts next to the embassies in Kenya and Tanzania on Friday killed 200.",
            ["2024-03-01"],
        ),
        ("A warning was in place on Saturday, police said.", ["2024-03-02"]),
    ],
)
def test_warnings_and_places_told_in_the_past_stay_past(text: str, values: list[str]) -> None:
    """ "warnings from Moscow" are no weather warning, "next to" is a place and "was in place"
    is past: the days stay the ones before."""
    assert [value for _, _, value in _mentions(text, "2024-03-05")] == values
