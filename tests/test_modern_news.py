"""Modern news (2015-2026), a genre the development gold (1989-2000 newswire) does not hold.

Each test is a passage written in the style of one desk of recent web news, run as chrono is
scored: genre "news", the article's date as the document date (its weekday beside it). The
tables are annotated by hand with the (text, type, value) TimeBank would give. The negative
sentences after them (product and index names, scores, game clocks, temperatures, web
addresses, titles) must yield nothing.
"""

from __future__ import annotations

import pytest
from passages import Row, mentions

from chrono import extract_document


def _mentions(text: str, dct: str) -> list[Row]:
    return mentions(text, dct=dct, genre="news")


def test_election_story_counts_from_the_morning_after() -> None:
    """Election night (Wednesday, 6 November 2024): early and late weekdays, a zone, stretches, next
    January."""
    text = (
        "WASHINGTON (AP) — Donald Trump won the 2024 election early Wednesday, four years "
        "after he lost to Joe Biden in 2020. He spoke to supporters in West Palm Beach "
        "shortly after 2:30 a.m. EST. Vice President Kamala Harris will address the nation "
        "in the coming days, her campaign said late Tuesday. Over the past 12 months, Trump "
        "held rallies in every swing state, the last of them late Sunday in Michigan, a "
        "state Democrats had held since 2020. The new Congress will be sworn in on Jan. 3, "
        "and the inauguration is set for Jan. 20."
    )
    assert _mentions(text, "2024-11-06") == [  # a Wednesday
        ("2024", "DATE", "2024"),
        ("early Wednesday", "DATE", "2024-11-06"),
        ("four years", "DURATION", "P4Y"),
        ("2020", "DATE", "2020"),
        ("2:30 a.m. EST", "TIME", "2024-11-06T02:30-05:00"),
        ("the coming days", "DURATION", "PXD"),
        ("late Tuesday", "DATE", "2024-11-05"),
        ("the past 12 months", "DURATION", "P12M"),
        ("late Sunday", "DATE", "2024-11-03"),
        ("2020", "DATE", "2020"),
        ("Jan. 3", "DATE", "2025-01-03"),
        ("Jan. 20", "DATE", "2025-01-20"),
    ]


def test_named_event_days_keep_the_day_of_the_event() -> None:
    """ "9/11", "the Sept. 11 attacks", "the Jan. 6 committee", "the Oct. 7 attack" are the days of
    the events, as TimeBank dates "the Aug. 7 bombings"."""
    text = (
        "Three years after the Jan. 6 attack on the Capitol, more than 1,200 people have "
        "been charged. The House Jan. 6 committee held its first hearing in July 2021. "
        "Security at airports has tightened since 9/11, and the Sept. 11 attacks still shape "
        "policy. Since the Oct. 7 attack by Hamas, the administration has sent three envoys "
        "to the region. Lawmakers return to Washington on Monday and hope to pass a budget "
        "by year's end."
    )
    assert _mentions(text, "2024-01-05") == [  # a Friday
        ("Three years", "DURATION", "P3Y"),
        ("Jan. 6", "DATE", "2021-01-06"),
        ("Jan. 6", "DATE", "2021-01-06"),
        ("July 2021", "DATE", "2021-07"),
        ("9/11", "DATE", "2001-09-11"),
        ("Sept. 11", "DATE", "2001-09-11"),
        ("Oct. 7", "DATE", "2023-10-07"),
        ("Monday", "DATE", "2024-01-08"),
        ("year's end", "DATE", "2024"),
    ]


def test_wire_dateline_and_relative_periods() -> None:
    """A Reuters dateline ("LONDON, Sept 12 (Reuters) -"), "Earlier this month", "over the weekend",
    "next spring"."""
    text = (
        "LONDON, Sept 12 (Reuters) - Britain's opposition Labour Party said on Tuesday it "
        "would hold its annual conference next month. Earlier this month, party leaders met "
        "over the weekend to discuss strategy. Labour has led in opinion polls since 2022, "
        "and an election must be held by January 2025. The government plans to publish its "
        "budget next spring. The party lost the 2019 election by a wide margin."
    )
    assert _mentions(text, "2023-09-12") == [  # a Tuesday
        ("Sept 12", "DATE", "2023-09-12"),
        ("Tuesday", "DATE", "2023-09-12"),
        ("next month", "DATE", "2023-10"),
        ("Earlier this month", "DATE", "2023-09"),
        ("the weekend", "DATE", "2023-W36-WE"),
        ("2022", "DATE", "2022"),
        ("January 2025", "DATE", "2025-01"),
        ("next spring", "DATE", "2024-SP"),
        ("2019", "DATE", "2019"),
    ]


def test_earnings_quarters_fiscal_years_and_halves() -> None:
    """ "the first quarter of fiscal 2025", "Q3 2024", "the prior-year period", "H2";
    "year-over-year" and "YoY" name no period."""
    text = (
        "Microsoft on Wednesday reported results for the first quarter of fiscal 2025, with "
        "revenue up 16% year-over-year. Cloud sales in Q3 2024 beat forecasts, and YoY "
        "growth in Azure hit 33%. Net income was $24.7 billion in the quarter, compared with "
        "$22.3 billion in the prior-year period, and $68 billion for the first nine months. "
        "The company expects H2 margins to narrow. Fiscal 2024 revenue was $245 billion."
    )
    assert _mentions(text, "2024-10-30") == [  # a Wednesday
        ("Wednesday", "DATE", "2024-10-30"),
        ("the first quarter of fiscal 2025", "DATE", "2025-Q1"),
        ("Q3 2024", "DATE", "2024-Q3"),
        ("the quarter", "DATE", "2024-Q3"),
        ("the prior-year period", "DATE", "2023-Q3"),
        ("the first nine months", "DURATION", "P9M"),
        ("H2", "DATE", "2024-H2"),
        ("Fiscal 2024", "DATE", "2024"),
    ]


def test_british_results_and_index_names() -> None:
    """ "the year to March" is twelve months, as "the year ended June 30" is; "H1 2025"; the FTSE
    100, Stoxx 600 and Russell 2000 are indexes."""
    text = (
        "LONDON, May 22 (Reuters) - Retailer Marks & Spencer said pretax profit rose 58% in "
        "the year to March, and it expects further growth in H1 2025. Sales in the 12 months "
        "ended March 30 were 13.1 billion pounds. The group plans to open 20 stores by the "
        "end of the year. The FTSE 100 rose 0.4% and the Stoxx 600 ended flat; in New York, "
        "the Russell 2000 slipped 1.2%."
    )
    assert _mentions(text, "2024-05-22") == [  # a Wednesday
        ("May 22", "DATE", "2024-05-22"),
        ("the year", "DURATION", "P1Y"),
        ("March", "DATE", "2024-03"),
        ("H1 2025", "DATE", "2025-H1"),
        ("the 12 months", "DURATION", "P12M"),
        ("March 30", "DATE", "2024-03-30"),
        ("the end of the year", "DATE", "2024"),
    ]


def test_guidance_for_a_fiscal_quarter() -> None:
    """ "the third quarter of fiscal 2025", "the 12 months ended July 28", "Q4" and "early 2025"
    ahead."""
    text = (
        "SANTA CLARA, Calif., Aug 28 (Reuters) - Nvidia forecast revenue for the third "
        "quarter of fiscal 2025 of $32.5 billion, above estimates. Revenue more than doubled "
        "in the 12 months ended July 28. Shares fell 7% in extended trading on Wednesday. "
        "The company will report results on Nov. 20, and its Blackwell chips will ship in "
        "Q4, with volume production by early 2025. The S&P 500 and the Nasdaq 100 slipped."
    )
    assert _mentions(text, "2024-08-28") == [  # a Wednesday
        ("Aug 28", "DATE", "2024-08-28"),
        ("the third quarter of fiscal 2025", "DATE", "2025-Q3"),
        ("the 12 months", "DURATION", "P12M"),
        ("July 28", "DATE", "2024-07-28"),
        ("Wednesday", "DATE", "2024-08-28"),
        ("Nov. 20", "DATE", "2024-11-20"),
        ("Q4", "DATE", "2024-Q4"),
        ("early 2025", "DATE", "2025"),
    ]


def test_product_names_and_versions_are_no_dates() -> None:
    """iPhone 15, iOS 17, Windows 11, 5G, RTX 2080 are names; "8 a.m. ET / 5 a.m. PT" is one time in
    two zones, on the scheduled Friday."""
    text = (
        "CUPERTINO, Calif. (AP) — Apple on Tuesday unveiled the iPhone 15 and said iOS 17 "
        "will be released next Monday. Pre-orders begin Friday at 8 a.m. ET / 5 a.m. PT, "
        "with the phones in stores from Sept. 22. The update brings features first seen in "
        "Windows 11 and Android 14 to 5G phones. Reviewers compared the chip with Nvidia's "
        "GeForce RTX 2080, the Snapdragon 8 Gen 2 and the 2024 MacBook Air. Apple's last big "
        "redesign came in 2017."
    )
    assert _mentions(text, "2023-09-12") == [  # a Tuesday
        ("Tuesday", "DATE", "2023-09-12"),
        ("next Monday", "DATE", "2023-09-18"),
        ("Friday at 8 a.m. ET", "TIME", "2023-09-15T08:00-04:00"),
        ("5 a.m. PT", "TIME", "2023-09-15T05:00-07:00"),
        ("Sept. 22", "DATE", "2023-09-22"),
        ("2024", "DATE", "2024"),
        ("2017", "DATE", "2017"),
    ]


def test_game_clocks_periods_and_records_are_no_dates() -> None:
    """ "in the fourth quarter" of a game, "2:13 left", "11:45 of the second half", "113-98", "24-7"
    name no time; "Sunday's game", "the 2023-24 season" do."""
    text = (
        "BOSTON (AP) — Jayson Tatum scored 12 of his 33 points in the fourth quarter, and "
        "the Celtics beat the Cavaliers 113-98 in Sunday's game. Boston, which went 64-18 in "
        "the 2023-24 season, led by 20 with 2:13 left in the third quarter. Derrick White "
        "hit a 3-pointer at 11:45 of the second half. The Knicks, with a 24-7 record at "
        "home, await. Game 1 of the conference finals is Tuesday at 8:30 p.m. ET. The "
        "Celtics last won a title in 2008."
    )
    assert _mentions(text, "2024-05-20") == [  # a Monday
        ("Sunday", "DATE", "2024-05-19"),
        ("2023", "DATE", "2023"),
        ("24", "DATE", "2024"),
        ("Tuesday at 8:30 p.m. ET", "TIME", "2024-05-21T20:30-04:00"),
        ("2008", "DATE", "2008"),
    ]


def test_match_minutes_scores_and_seasons() -> None:
    """ "the 89th minute", "2-1", "21-4-3" and "the first half" of a match are no dates;
    "the 2022-23 season" is two years."""
    text = (
        "Erling Haaland scored in the 89th minute to seal a 2-1 win for Manchester City on "
        "Saturday. Haaland, who has 28 goals in the 2022-23 season, scored twice in the "
        "first half of the midweek game. City, at 21-4-3, trail Arsenal by eight points. The "
        "two sides meet on April 26, and the Champions League final is set for June 10 in "
        "Istanbul."
    )
    assert _mentions(text, "2023-04-03") == [  # a Monday
        ("Saturday", "DATE", "2023-04-01"),
        ("2022", "DATE", "2022"),
        ("23", "DATE", "2023"),
        ("April 26", "DATE", "2023-04-26"),
        ("June 10", "DATE", "2023-06-10"),
    ]


def test_pandemic_durations_and_dosing_intervals() -> None:
    """ "COVID-19" is a name; "since March 2020", "21 days apart", "every six months", "within 72
    hours"."""
    text = (
        "COVID-19 cases have fallen 40% over the past 14 days, the CDC said Thursday. During "
        "the pandemic, more than 490,000 Americans have died since March 2020. The Pfizer "
        "vaccine is given as two doses 21 days apart, and boosters may be needed every six "
        "months. Travelers must quarantine for 10 days or test negative within 72 hours of "
        "departure. Officials expect every adult to be eligible by the end of May."
    )
    assert _mentions(text, "2021-02-18") == [  # a Thursday
        ("the past 14 days", "DURATION", "P14D"),
        ("Thursday", "DATE", "2021-02-18"),
        ("March 2020", "DATE", "2020-03"),
        ("21 days", "DURATION", "P21D"),
        ("every six months", "SET", "P6M"),
        ("10 days", "DURATION", "P10D"),
        ("72 hours", "DURATION", "PT72H"),
        ("the end of May", "DATE", "2021-05"),
    ]


def test_forecast_times_zones_and_temperatures() -> None:
    """ "Tuesday night through the weekend", "6 p.m. CST Wednesday", "8 p.m. ET" in winter
    (a clock time alone is of the day the text last named: Wednesday), "overnight"; "highs in
    the 40s" is a temperature."""
    text = (
        "A powerful storm will bring heavy snow Tuesday night through the weekend, the "
        "National Weather Service said. A winter storm warning is in effect until 6 p.m. CST "
        "Wednesday, and the worst conditions are expected by 8 p.m. ET. Winds will gust to "
        "60 mph early Wednesday morning, and up to 12 inches of snow will fall overnight. "
        "Temperatures will plunge into the teens by Thursday and stay below freezing through "
        "the weekend. Expect highs in the 40s on Friday. It is the strongest storm since "
        "January 2022."
    )
    assert _mentions(text, "2024-01-09") == [  # a Tuesday
        ("Tuesday night", "TIME", "2024-01-09TNI"),
        ("the weekend", "DATE", "2024-W02-WE"),
        ("6 p.m. CST Wednesday", "TIME", "2024-01-10T18:00-06:00"),
        ("8 p.m. ET", "TIME", "2024-01-10T20:00-05:00"),
        ("Wednesday morning", "TIME", "2024-01-10TMO"),
        ("overnight", "TIME", "2024-01-10TNI"),
        ("Thursday", "DATE", "2024-01-11"),
        ("the weekend", "DATE", "2024-W02-WE"),
        ("Friday", "DATE", "2024-01-12"),
        ("January 2022", "DATE", "2022-01"),
    ]


def test_a_range_of_days_without_a_year_runs_forwards() -> None:
    """ "from June 1 to Nov. 30" written in January: both days of the season just past, not a range
    running backwards."""
    text = (
        "Idalia made landfall as a Category 3 storm on Aug. 30, 2023, with 125 mph winds. It "
        "was the 10th named storm of the 2023 Atlantic hurricane season, which runs from "
        "June 1 to Nov. 30. Forecasters expect the 2024 season to be busier."
    )
    assert _mentions(text, "2024-01-09") == [  # a Tuesday
        ("Aug. 30, 2023", "DATE", "2023-08-30"),
        ("2023", "DATE", "2023"),
        ("June 1", "DATE", "2023-06-01"),
        ("Nov. 30", "DATE", "2023-11-30"),
        ("2024", "DATE", "2024"),
    ]


def test_live_blog_stamps_and_web_addresses() -> None:
    """ "Updated 3:45 PM EDT, Tue September 12, 2023" is one TIME, "2 hours ago" the day of writing;
    the date in a URL is no mention."""
    text = (
        "Updated 3:45 PM EDT, Tue September 12, 2023\n"
        "2 hours ago\n"
        "Morocco's earthquake death toll rose to 2,862 on Tuesday, officials said. The "
        "6.8-magnitude quake struck late Friday, and rescuers have worked around the clock "
        "since. Read more at https://www.reuters.com/world/africa/2023/09/12/morocco-quake/."
    )
    assert _mentions(text, "2023-09-12") == [  # a Tuesday
        ("3:45 PM EDT, Tue September 12, 2023", "TIME", "2023-09-12T15:45-04:00"),
        ("2 hours ago", "DATE", "2023-09-12"),
        ("Tuesday", "DATE", "2023-09-12"),
        ("late Friday", "DATE", "2023-09-08"),
    ]


def test_a_day_first_stamp_sets_the_order_of_numeric_dates() -> None:
    """ "Last updated: 12/09/2023 10:30" on 12 September 2023: the page writes day first, so
    "04/10/2023" is 4 October."""
    text = (
        "Last updated: 12/09/2023 10:30\n"
        "Rail strikes will go ahead on 30/09/2023 and 04/10/2023, the union said. Talks "
        "broke down 5 mins ago. Posted 2023-09-12T09:15:00Z."
    )
    assert _mentions(text, "2023-09-12") == [  # a Tuesday
        ("12/09/2023 10:30", "TIME", "2023-09-12T10:30"),
        ("30/09/2023", "DATE", "2023-09-30"),
        ("04/10/2023", "DATE", "2023-10-04"),
        ("5 mins ago", "DATE", "2023-09-12"),
        ("2023-09-12T09:15:00Z", "TIME", "2023-09-12T09:15+00:00"),
    ]


def test_recent_holidays_and_titles() -> None:
    """Black Friday, Cyber Monday, Juneteenth are days; "1989 (Taylor's Version)" and "1917" are
    titles."""
    text = (
        "Retailers expect record Black Friday and Cyber Monday sales this year. Taylor "
        "Swift's \"1989 (Taylor's Version)\" topped the charts again last week. Juneteenth "
        'became a federal holiday in 2021. The film "1917" returns to theaters on '
        "Thanksgiving."
    )
    assert _mentions(text, "2023-11-20") == [  # a Monday
        ("Black Friday", "DATE", "2023-11-24"),
        ("Cyber Monday", "DATE", "2023-11-27"),
        ("this year", "DATE", "2023"),
        ("last week", "DATE", "2023-W46"),
        ("Juneteenth", "DATE", "2023-06-19"),
        ("2021", "DATE", "2021"),
        ("Thanksgiving", "DATE", "2023-11-23"),
    ]


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("Pre-orders begin Friday.", ["2023-09-15"]),
        ("The law takes effect Jan. 1.", ["2024-01-01"]),
        ("Game 7 is Sunday, and the hearing is set for Thursday.", ["2023-09-17", "2023-09-14"]),
        ("Expect rain Friday.", ["2023-09-15"]),
        (
            "Temperatures will plunge by Thursday and stay below freezing through the weekend.",
            ["2023-09-14", "2023-W37-WE"],
        ),
        # a noun is no scheduled present, nor is a day that only follows "until" one
        ("He won the U.S. Open Sunday.", ["2023-09-10"]),
        ("Bashir left Libya by air Sunday.", ["2023-09-10"]),
        (
            "He can be held until Saturday after being arrested on Monday.",
            ["2023-09-16", "2023-09-11"],
        ),
    ],
)
def test_scheduled_presents_and_plans_look_ahead(text: str, values: list[str]) -> None:
    """News tells schedules in the present ("begin Friday", "is Sunday"); a weekday with no cue
    of its own follows the clause of the weekday before it in its sentence, not its "until"."""
    assert [value for _, _, value in _mentions(text, "2023-09-12")] == values


@pytest.mark.parametrize(
    ("text", "dct", "values"),
    [
        ("The vote could come Thursday.", "2023-09-12", ["2023-09-14"]),
        ("The Senate might vote on the bill Friday.", "2023-09-12", ["2023-09-15"]),
        ("The storm could make landfall in the Carolinas Saturday.", "2023-09-12", ["2023-09-16"]),
        ("Aides say the final vote would come Monday.", "2023-09-12", ["2023-09-18"]),
        ("Winds could gust to 60 mph early Wednesday morning.", "2024-01-09", ["2024-01-10TMO"]),
        # a modal of the past, or one that does not govern the day, is no cue
        ("He could not be reached for comment Monday.", "2023-09-12", ["2023-09-11"]),
        ("Police said the man might have fled Sunday.", "2023-09-12", ["2023-09-10"]),
        ("Neither of them could be located Monday.", "2023-09-12", ["2023-09-11"]),
        ("President Biden on Monday said the deal may collapse.", "2023-09-12", ["2023-09-11"]),
        ("She couldn't attend Friday's meeting.", "2023-09-12", ["2023-09-08"]),
    ],
)
def test_a_modal_before_a_day_looks_ahead(text: str, dct: str, values: list[str]) -> None:
    """ "could", "might", "may", "would" followed within a few words by the day they govern look
    ahead ("The vote could come Thursday"); a negated or perfect modal ("could not be reached",
    "might have fled") and one after the day ("on Monday said ... may") do not."""
    assert [value for _, _, value in _mentions(text, dct)] == values


@pytest.mark.parametrize(
    ("text", "found"),
    [
        (
            "The finale airs at 8 p.m. ET/PT on Sunday.",
            ("8 p.m. ET/PT on Sunday", "2023-09-17T20:00-04:00"),
        ),
        (
            "The debate airs at 8 p.m. ET on Sunday.",
            ("8 p.m. ET on Sunday", "2023-09-17T20:00-04:00"),
        ),
        ("Kickoff is at 8 p.m. PT Sunday.", ("8 p.m. PT Sunday", "2023-09-17T20:00-07:00")),
        (
            "The series premieres at 9 p.m. EST on Friday.",
            ("9 p.m. EST on Friday", "2023-09-15T21:00-05:00"),
        ),
        # told in the past, the broadcast is the one before
        ("The show aired at 9 p.m. ET Sunday.", ("9 p.m. ET Sunday", "2023-09-10T21:00-04:00")),
    ],
)
def test_a_broadcast_time_in_its_zones_and_day_is_one_time_ahead(
    text: str, found: tuple[str, str]
) -> None:
    """ "8 p.m. ET/PT on Sunday" is one TIME with the first zone's offset, as TimeBank tags "4
    a.m. EDT Thursday"; a broadcast or kickoff told in the present ("airs", "is at") is ahead."""
    assert [(m, v) for m, _, v in _mentions(text, "2023-09-12")] == [found]


@pytest.mark.parametrize(
    "text",
    [
        "The Russell 2000 fell 1.2% while the Nasdaq 100 and the S&P 500 rose.",
        "Nvidia's GeForce RTX 2080 and GTX 1080 cards run on Windows Server 2022.",
        "Apple's iOS 17, Android 14 and Windows 11 support 5G and Wi-Fi 7.",
        "The Boeing 737 Max 9 and the Airbus A321neo were grounded.",
        "Samsung's Galaxy S23 and Google's Pixel 8 outsold the PS5 and the Xbox Series X.",
        "The camera records 4K video at 60 fps and 1080p at 240 fps.",
        "Visit Booth 2019 on the show floor.",
        "Revenue rose 12% year-over-year, and YoY growth hit 14%; prices rose month-over-month.",
        "The Celtics improved to 24-7 and won 2-1 in the series.",
        "Tatum scored 12 of his 31 points in the fourth quarter.",
        "Brown hit a 3-pointer with 2:13 left in the third quarter.",
        "McDavid scored at 12:45 of the second period.",
        "Haaland scored in the 89th minute to seal a 2-1 win.",
        "Messi scored twice in the first half and again in stoppage time of the second half.",
        "The Chiefs rallied with a fourth-quarter touchdown.",
        "Expect highs in the 40s and lows in the upper 20s.",
        "Temperatures will climb into the mid-90s.",
        "Variants B.1.1.7 and XBB.1.5 carry the COVID-19 and Covid-19 labels.",
        "She tagged the post #Election2024 and emailed jane.doe2023@example.com.",
        "See https://www.cnn.com/2023/09/11/politics/index.html for the full story.",
        "The archive is at example.org/news/2019/report.html.",
        'Taylor Swift re-recorded "1989 (Taylor\'s Version)", and Orwell\'s "1984" sold well.',
        "The firm invests in green H2 projects.",
        "Section 230, Title 42 and Title IX were debated; a 7-Eleven opened near Area 51.",
    ],
)
def test_modern_look_alikes_yield_nothing(text: str) -> None:
    """Product, index and version names, scores, records, game clocks and periods,
    temperatures, variants, hashtags, e-mail and web addresses, titles: no time at all."""
    assert _mentions(text, "2023-09-12") == []


def test_a_day_first_date_sets_the_order_without_a_document_date() -> None:
    """With no document date given, "30/09/2023" can only be read day first, so the page writes
    day first: its stamp "12/09/2023 10:30" is 12 September (and the document date), not 9
    December."""
    text = "Last updated: 12/09/2023 10:30\nRail strikes will go ahead on 30/09/2023."
    doc, _ = extract_document(text, genre="news")
    assert [(m.text, m.type.value, m.value) for m in doc.mentions] == [
        ("12/09/2023 10:30", "TIME", "2023-09-12T10:30"),
        ("30/09/2023", "DATE", "2023-09-30"),
    ]
    assert str(doc.dct) == "2023-09-12"
