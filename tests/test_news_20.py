"""News articles, twentieth round: business copy of 1987-1992 (the Wall Street Journal's and the
wire business desks' copy that TimeBank's wsj_* files hold, written here for the tests):
quarterly and fiscal-year earnings, a tender offer, a market wrap, an economic release, the
bond and currency desks, a management change, a sentencing, an SEC rule, ten-day auto sales,
an aircraft order, the first anniversary of the 1987 crash and a retailer's holiday season.

The desks' copy dates by "yesterday" and "today" ("the Commerce Department said yesterday",
"yesterday's session", "today's report"), compares periods ("from $40 million a year earlier":
the quarter under discussion a year back; "the nine months ended Sept. 30": a span and its end,
as TimeBank reads "the year ended March 31"), labels fiscal years ("fiscal 1990, which ends
June 30": that June; "the fourth quarter of fiscal 1988"; "its fiscal fourth quarter, ended
June 30": that day's year; "1989's third quarter"), sets deadlines ("expires at midnight Dec.
21", "within 10 business days", "by year end", "effective Jan. 1", "until a successor is
named": no date), counts back ("since 1985", "a week ago", "A year ago today", "since last
April 25") and names a month's figures ("August orders"). Maturities are durations, as TimeBank
tags "30-year" of "30-year bonds" and tests/test_markets.py pins "10-year": "the 30-year bond",
"10-year notes", "three-month bills". A year that modifies a noun is a date ("its 1992 model
year cars", "notes due 2000"). Prices and point moves ("62.5 cents", "88.12 points", "3/4
point", "8 1/4%", "97 1/2"), share counts, ages, "the No. 2 maker", "Boeing 747-400", "Form
10-K", "Rule 144a", "Rule 10b-5", "Schedule 13D", "a 3-1 vote", "$42-a-share" and "the Group of
Seven" stay untagged. Each test is a story run as chrono is scored: genre "news", its date as
the document date, its weekday checked with ``datetime``; the tables are annotated by hand with
the (text, type, value[, mod]) TimeBank would give.
"""

from __future__ import annotations

import pytest
from passages import news_with_mods as news


def test_quarterly_earnings_read_a_year_earlier_the_nine_months_and_the_latest_quarter() -> None:
    """ "third-quarter" of an October story is the quarter just over, "a year earlier" that
    quarter a year back, "the nine months ended Sept. 30" a span and its end, "the latest
    quarter" the quarter just reported, "since 1984", "composite trading yesterday" and
    "fourth-quarter results" with "last year's" figure; per-share figures, prices and "the No.
    2 maker" stay untagged."""
    text = (
        "Midwest Industries Inc. said third-quarter net income rose 12% to $45 million, or 85 "
        "cents a share, from $40 million, or 76 cents a share, a year earlier. Revenue climbed "
        "9% to $612 million from $561 million. For the nine months ended Sept. 30, net income "
        "rose 8% to $128 million, or $2.41 a share. The maker of industrial valves and pumps, "
        "the No. 2 maker of such equipment after Crane Co., said orders in the latest quarter "
        "were the strongest since 1984. In New York Stock Exchange composite trading "
        "yesterday, Midwest shares closed at $38.25, up 62.5 cents. The company said it expects"
        ' fourth-quarter results to be "about flat" with last year\'s $41 million.'
    )
    assert news(text, "1989-10-25", "Wednesday") == [
        ("third-quarter", "DATE", "1989-Q3"),
        ("a year earlier", "DATE", "1988-Q3"),
        ("the nine months", "DURATION", "P9M"),
        ("Sept. 30", "DATE", "1989-09-30"),
        ("the latest quarter", "DATE", "1989-Q3"),
        ("1984", "DATE", "1984"),
        ("yesterday", "DATE", "1989-10-24"),
        ("fourth-quarter", "DATE", "1989-Q4"),
        ("last year", "DATE", "1988"),
    ]


def test_fiscal_earnings_read_fiscal_1990_which_ends_june_30_and_the_fiscal_first_quarter() -> None:
    """A company whose year ends June 30, in August: "fiscal 1989, which ended June 30", "the
    fourth quarter of fiscal 1988", "the previous fiscal year", "fiscal 1990, which ends June
    30" (the June that ends it, 1990), "in March", "the fiscal first quarter, which ends Sept.
    30" (the quarter that ends then, as TimeBank tags "the fiscal-first quarter ended Sept.
    30"), "the next 18 months"; share counts stay untagged."""
    text = (
        "Pacific Foods Corp. said net income for fiscal 1989, which ended June 30, fell 12% to "
        "$81 million, or $1.83 a share, from $92.4 million, or $2.08 a share, in the previous "
        "fiscal year. Sales rose 4% to $1.1 billion. In the fourth quarter of fiscal 1988, the "
        "company had taken a $9 million charge. Pacific Foods said it expects earnings in "
        "fiscal 1990, which ends June 30, to improve as a restructuring announced in March "
        "takes hold. The company said it will take a charge of $12 million in the fiscal first "
        "quarter, which ends Sept. 30, to close three plants over the next 18 months. The "
        "company has 44.2 million shares outstanding."
    )
    assert news(text, "1989-08-16", "Wednesday") == [
        ("fiscal 1989", "DATE", "1989"),
        ("June 30", "DATE", "1989-06-30"),
        ("the previous fiscal year", "DATE", "1988"),
        ("the fourth quarter of fiscal 1988", "DATE", "1988-Q4"),
        ("fiscal 1990", "DATE", "1990"),
        ("June 30", "DATE", "1990-06-30"),
        ("March", "DATE", "1989-03"),
        ("the fiscal first quarter", "DATE", "1989-Q1"),
        ("Sept. 30", "DATE", "1989-09-30"),
        ("the next 18 months", "DURATION", "P18M"),
    ]


def test_a_tender_offer_expires_at_midnight_and_the_deal_closes_by_year_end() -> None:
    """ "expires at midnight Dec. 21" is the end of that day, "by year end" the end of the
    year (mod END), "within 10 business days" and "within 30 days" durations, "Last week" the
    week before; "$42-a-share", the share counts and the percentages stay untagged."""
    text = (
        "Allied Holdings Inc. said it began a $42-a-share tender offer for all of the 12.6 "
        "million common shares of Brentwood Corp. it doesn't already own. The offer, which is "
        "conditioned on financing, expires at midnight Dec. 21 unless extended. Allied, which "
        "already holds 9.8% of Brentwood, said it expects to complete the acquisition by year "
        "end. Brentwood's board said it would respond to the offer within 10 business days, as "
        "required by federal securities law. Allied said it would pay $42 a share in cash for "
        "any shares tendered within 30 days. Last week, Brentwood adopted a so-called poison "
        "pill that takes effect if a holder acquires 20% of its stock. In composite trading on "
        "the New York Stock Exchange yesterday, Brentwood rose $3.125 to $40.875."
    )
    assert news(text, "1988-11-23", "Wednesday") == [
        ("midnight Dec. 21", "TIME", "1988-12-21T24:00"),
        ("year end", "DATE", "1988", "END"),
        ("10 business days", "DURATION", "P10D"),
        ("30 days", "DURATION", "P30D"),
        ("Last week", "DATE", "1988-W46"),
        ("yesterday", "DATE", "1988-11-22"),
    ]


def test_a_market_wrap_reads_fridays_plunge_yesterdays_session_and_the_week_ended_oct_13() -> None:
    """A Tuesday wrap of Monday, 16 October 1989: "Friday's 190-point plunge" the Friday before,
    "the first hour" of trading, "yesterday's session", "the weekend" between, "the week ended
    Oct. 13" a span and its end; index levels, point moves and volumes stay untagged, and so
    does "late trading"."""
    text = (
        "Stock prices rebounded yesterday in heavy trading, recovering part of Friday's "
        "190-point plunge. The Dow Jones Industrial Average rose 88.12 points to 2657.38 after "
        "falling as much as 63 points in the first hour of trading. Volume on the New York Stock"
        " Exchange totaled 416.3 million shares, the fourth-heaviest on record. Blue-chip stocks"
        " led the advance in late trading. Friday's drop, the second-largest point decline ever,"
        " followed the collapse of a buy-out of UAL Corp. Traders said yesterday's session was "
        "calmer than many had feared over the weekend. In the week ended Oct. 13, the average "
        "had risen 21.36 points. Broader indexes also gained; the New York Stock Exchange "
        "Composite Index rose 6.03 to 188.44."
    )
    assert news(text, "1989-10-17", "Tuesday") == [
        ("yesterday", "DATE", "1989-10-16"),
        ("Friday", "DATE", "1989-10-13"),
        ("the first hour", "DURATION", "PT1H"),
        ("Friday", "DATE", "1989-10-13"),
        ("yesterday", "DATE", "1989-10-16"),
        ("the weekend", "DATE", "1989-W41-WE"),
        ("the week", "DURATION", "P1W"),
        ("Oct. 13", "DATE", "1989-10-13"),
    ]


def test_an_economic_release_reads_a_revised_august_after_september_and_the_previous_week() -> None:
    """ "in September, after a revised 0.3% gain in August", "the Commerce Department said
    yesterday", "estimated that August orders rose" (the month of the figures, as TimeBank
    tags "the March surplus"; "that" is the conjunction),
    "last month", "the fourth quarter", "an annual rate" (no set), "tomorrow", "the week ended
    Oct. 14" and "the previous week" (the week before it)."""
    text = (
        "Orders for durable goods fell 0.5% in September, after a revised 0.3% gain in August, "
        "the Commerce Department said yesterday. The department had initially estimated that "
        "August orders rose 0.6%. Excluding defense, orders fell 1.1% last month. Economists "
        "said the figures point to slower growth in the fourth quarter, after the economy "
        "expanded at an annual rate of 2.5% in the second quarter. The government's first "
        "estimate of third-quarter gross national product will be released tomorrow. "
        "Separately, the Labor Department said initial claims for jobless benefits rose to "
        "371,000 in the week ended Oct. 14 from 364,000 the previous week."
    )
    assert news(text, "1989-10-26", "Thursday") == [
        ("September", "DATE", "1989-09"),
        ("August", "DATE", "1989-08"),
        ("yesterday", "DATE", "1989-10-25"),
        ("August", "DATE", "1989-08"),
        ("last month", "DATE", "1989-09"),
        ("the fourth quarter", "DATE", "1989-Q4"),
        ("the second quarter", "DATE", "1989-Q2"),
        ("third-quarter", "DATE", "1989-Q3"),
        ("tomorrow", "DATE", "1989-10-27"),
        ("the week", "DURATION", "P1W"),
        ("Oct. 14", "DATE", "1989-10-14"),
        ("the previous week", "DATE", "1989-W40"),
    ]


def test_a_bond_desk_reads_maturities_as_durations_and_notes_due_2000_as_the_year() -> None:
    """ "the 30-year bond", "10-year notes", "three-month bills" and "3-year notes" are
    maturities, durations as TimeBank tags "30-year" of "30-year bonds"; "on Tuesday",
    "a week ago" (the week of the invasion), "today" of the auction, "notes due 2000" its
    year; "3/4 point", "$7.50 for each $1,000", "8 1/4%" and "97 1/2" stay untagged."""
    text = (
        "Treasury bond prices fell yesterday as oil prices soared again. The benchmark 30-year "
        "bond lost nearly 3/4 point, or $7.50 for each $1,000 face amount, in late trading. Its "
        "yield rose to 8.94% from 8.87% on Tuesday. The 10-year notes fell 1/2 point, to yield "
        "8.74%, and rates on three-month bills rose to 7.52%. Since Iraq invaded Kuwait a week "
        "ago, the yield on the long bond has climbed more than a quarter of a percentage point. "
        "The Treasury will sell $10 billion of 30-year bonds today, the last leg of its "
        "quarterly refunding, after auctioning 3-year notes on Tuesday and 10-year notes "
        "yesterday. The 8 1/4% notes due 2000 traded at 97 1/2."
    )
    assert news(text, "1990-08-09", "Thursday") == [
        ("yesterday", "DATE", "1990-08-08"),
        ("30-year", "DURATION", "P30Y"),
        ("Tuesday", "DATE", "1990-08-07"),
        ("10-year", "DURATION", "P10Y"),
        ("three-month", "DURATION", "P3M"),
        ("a week ago", "DATE", "1990-W31"),
        ("30-year", "DURATION", "P30Y"),
        ("today", "DATE", "1990-08-09"),
        ("3-year", "DURATION", "P3Y"),
        ("Tuesday", "DATE", "1990-08-07"),
        ("10-year", "DURATION", "P10Y"),
        ("yesterday", "DATE", "1990-08-08"),
        ("2000", "DATE", "2000"),
    ]


def test_a_currency_desk_reads_late_yesterday_late_wednesday_and_todays_report() -> None:
    """ "today's report on first-quarter gross national product" (the quarter just over),
    "late yesterday" and "late Wednesday" (the end of those days, as TimeBank tags "late
    yesterday"), "Earlier in Tokyo on Thursday", "next month", "since the beginning of the
    year"; exchange rates and "the Group of Seven" stay untagged."""
    text = (
        "The dollar slipped against most major currencies yesterday in quiet trading as dealers "
        "awaited today's report on first-quarter gross national product. In New York late "
        "yesterday, the dollar was quoted at 1.6850 West German marks, down from 1.6905 marks "
        "late Wednesday, and at 158.90 Japanese yen, down from 159.45 yen. Earlier in Tokyo on "
        "Thursday, the U.S. currency closed at 159.28 yen. Dealers said the market would stay "
        "quiet until after the Group of Seven finance ministers meet in Paris next month. The "
        "dollar has risen about 9% against the yen since the beginning of the year. Sterling "
        "fell to $1.6310 from $1.6375."
    )
    assert news(text, "1990-04-27", "Friday") == [
        ("yesterday", "DATE", "1990-04-26"),
        ("today", "DATE", "1990-04-27"),
        ("first-quarter", "DATE", "1990-Q1"),
        ("late yesterday", "DATE", "1990-04-26", "END"),
        ("late Wednesday", "DATE", "1990-04-25", "END"),
        ("Thursday", "DATE", "1990-04-26"),
        ("next month", "DATE", "1990-05"),
        ("the beginning of the year", "DATE", "1990", "START"),
    ]


def test_a_management_change_reads_effective_jan_1_president_since_1985_and_april() -> None:
    """ "will retire effective Jan. 1" in December is the coming one, "president since 1985",
    "chief executive since 1979", "for 38 years", "resigned yesterday", "next week", "its
    annual meeting in April" ahead; "until a successor is named" and the ages stay
    untagged."""
    text = (
        "Consolidated Paper Co. said its chairman and chief executive officer, Robert H. Klein, "
        "64, will retire effective Jan. 1, and will be succeeded by Martin D. Ames, 51, "
        "president since 1985. Mr. Klein has been chief executive since 1979 and has been with "
        "the company for 38 years. The company also said its chief financial officer, Janet Wu,"
        " resigned yesterday to pursue other interests. Paul O'Hara, treasurer, will serve as "
        "acting chief financial officer until a successor is named. The board will meet next "
        "week to elect Mr. Ames to the additional post of chairman at its annual meeting in "
        "April."
    )
    assert news(text, "1991-12-05", "Thursday") == [
        ("Jan. 1", "DATE", "1992-01-01"),
        ("1985", "DATE", "1985"),
        ("1979", "DATE", "1979"),
        ("38 years", "DURATION", "P38Y"),
        ("yesterday", "DATE", "1991-12-04"),
        ("next week", "DATE", "1991-W50"),
        ("April", "DATE", "1992-04"),
    ]


def test_a_sentencing_reads_a_plea_in_august_a_surrender_on_march_1_and_late_1986() -> None:
    """ "three years in prison", "pleaded guilty in August" (the August behind), "must
    surrender on March 1" ahead, "500 hours", "from 1984 until late 1986" (mod END), "within
    10 days", "Feb. 20"; "Rule 10b-5" and "Schedule 13D" stay untagged."""
    text = (
        "A federal judge in Manhattan yesterday sentenced a former Drexel Burnham Lambert Inc. "
        "trader to three years in prison and fined him $250,000 for his role in a stock-parking"
        " scheme. The trader, who pleaded guilty in August to two felony counts, must surrender"
        " on March 1. U.S. District Judge Miriam Cedarbaum ordered him to serve 500 hours of "
        "community service after his release. Prosecutors said the scheme ran from 1984 until "
        "late 1986. The government charged that he had violated Rule 10b-5 and failed to "
        "disclose the positions on Schedule 13D. His lawyer said he would appeal within 10 days."
        " A co-defendant's trial is scheduled to begin Feb. 20."
    )
    assert news(text, "1990-01-18", "Thursday") == [
        ("yesterday", "DATE", "1990-01-17"),
        ("three years", "DURATION", "P3Y"),
        ("August", "DATE", "1989-08"),
        ("March 1", "DATE", "1990-03-01"),
        ("500 hours", "DURATION", "PT500H"),
        ("1984", "DATE", "1984"),
        ("late 1986", "DATE", "1986", "END"),
        ("10 days", "DURATION", "P10D"),
        ("Feb. 20", "DATE", "1990-02-20"),
    ]


def test_an_sec_rule_takes_effect_dec_15_after_a_60_day_comment_period() -> None:
    """ "The rules, which take effect Dec. 15" in March are the coming December, "a 60-day
    comment period that ended in January", "since 1990", "two years", "in 18 months"; "Form
    10-K", "Rule 144a" and "a 3-1 vote" stay untagged."""
    text = (
        "The Securities and Exchange Commission yesterday adopted rules that will require "
        "companies to disclose more about executive pay in their annual proxy statements. The "
        "rules, which take effect Dec. 15, follow a 60-day comment period that ended in January."
        " Companies must also report the information in their Form 10-K filings. The commission,"
        " in a 3-1 vote, also eased Rule 144a, which since 1990 has allowed large institutions to"
        " trade privately placed securities without waiting two years. SEC Chairman Richard "
        "Breeden said the agency would review the effect of the changes in 18 months."
    )
    assert news(text, "1992-03-04", "Wednesday") == [
        ("yesterday", "DATE", "1992-03-03"),
        ("Dec. 15", "DATE", "1992-12-15"),
        ("60-day", "DURATION", "P60D"),
        ("January", "DATE", "1992-01"),
        ("1990", "DATE", "1990"),
        ("two years", "DURATION", "P2Y"),
        ("18 months", "DURATION", "P18M"),
    ]


def test_ten_day_auto_sales_read_the_oct_1_10_period_and_a_week_beginning_oct_21() -> None:
    """ "in early October" (mod START) "from a year earlier" (that October a year back), "since
    1982", "the Oct. 1-10 period" (its two days, as "Nov. 6-7" is read), "its 1992 model year
    cars" (the year that modifies, as "fiscal 1992" would be), "for a week beginning Oct. 21"
    (a week's length and the day it begins, not the ISO week: "a week" is no calendar week),
    "the fourth quarter" and "the third quarter"; "the No. 1 maker" and the counts stay
    untagged."""
    text = (
        "Sales of new cars made in North America fell 11.2% in early October from a year "
        "earlier, the industry's worst showing for the period since 1982. Domestic makers sold "
        "171,240 cars in the Oct. 1-10 period, with eight selling days against nine. General "
        "Motors Corp., the No. 1 maker, said sales of its 1992 model year cars were off 15%. "
        "Ford Motor Co. said it would idle two assembly plants for a week beginning Oct. 21. "
        "Chrysler Corp. said it expects to cut production in the fourth quarter by 12% from the "
        "third quarter."
    )
    assert news(text, "1991-10-16", "Wednesday") == [
        ("early October", "DATE", "1991-10", "START"),
        ("a year earlier", "DATE", "1990-10"),
        ("1982", "DATE", "1982"),
        ("Oct. 1", "DATE", "1991-10-01"),
        ("10", "DATE", "1991-10-10"),
        ("1992", "DATE", "1992"),
        ("a week", "DURATION", "P1W"),
        ("Oct. 21", "DATE", "1991-10-21"),
        ("the fourth quarter", "DATE", "1991-Q4"),
        ("the third quarter", "DATE", "1991-Q3"),
    ]


def test_an_aircraft_order_reads_deliveries_from_1992_through_1996_and_a_loss_on_thursday() -> None:
    """ "Deliveries will begin in 1992 and run through 1996", "scheduled for next year",
    "a third-quarter loss ... on Thursday", "since 1983", "since August"; "Boeing 747-400" and
    "757s" stay untagged."""
    text = (
        "AMR Corp.'s American Airlines said it ordered 25 Boeing 747-400 jetliners and took "
        "options on 25 more in a deal valued at about $4 billion. Deliveries will begin in 1992 "
        "and run through 1996. The airline also said it would defer delivery of 30 Boeing 757s "
        "scheduled for next year. American, the nation's largest carrier, reported a "
        "third-quarter loss of $11 million on Thursday, its first quarterly loss since 1983. "
        "Fuel prices have doubled since August."
    )
    assert news(text, "1990-10-22", "Monday") == [
        ("1992", "DATE", "1992"),
        ("1996", "DATE", "1996"),
        ("next year", "DATE", "1991"),
        ("third-quarter", "DATE", "1990-Q3"),
        ("Thursday", "DATE", "1990-10-18"),
        ("1983", "DATE", "1983"),
        ("August", "DATE", "1990-08"),
    ]


def test_the_crash_anniversary_reads_a_year_ago_today_and_the_first_nine_months_of_1987() -> None:
    """On 19 October 1988: "A year ago today" is 19 October 1987, "the worst one-day decline"
    a day's length, "closing yesterday", "the past year", "the first nine months of 1987"
    (the length and the year, as TimeBank tags "the first nine months"), "in January" behind;
    "508 points, or 22.6%" stays untagged."""
    text = (
        "A year ago today, the Dow Jones Industrial Average plunged 508 points, or 22.6%, in the"
        " worst one-day decline in its history. Since then, the average has recovered nearly "
        "half of the loss, closing yesterday at 2159.81. Many individual investors who fled the"
        " market after the crash have yet to return: trading volume in the past year averaged "
        "162 million shares a day, down from 189 million in the first nine months of 1987. The "
        "Brady commission, appointed by President Reagan after the crash, reported in January "
        "that program trading had worsened the decline."
    )
    assert news(text, "1988-10-19", "Wednesday") == [
        ("A year ago today", "DATE", "1987-10-19"),
        ("one-day", "DURATION", "P1D"),
        ("yesterday", "DATE", "1988-10-18"),
        ("the past year", "DURATION", "P1Y"),
        ("the first nine months", "DURATION", "P9M"),
        ("1987", "DATE", "1987"),
        ("January", "DATE", "1988-01"),
    ]


def test_a_january_retail_story_reads_last_april_25_and_next_march_31() -> None:
    """A January story: "in December" and "a year earlier" behind, "the five weeks ended Jan.
    4", "the Christmas season" (Christmas), "the first half of the year", "the end of the
    month", "since last April 25" (the April 25 behind; TimeBank leaves "last" out of the
    extent, as in "last <Oct. 23>") and "next March 31" (the coming one)."""
    text = (
        "Sales at the nation's largest retailers rose a modest 3.1% in December from a year "
        "earlier, capping a disappointing holiday season. Sears, Roebuck & Co. said sales in "
        "the five weeks ended Jan. 4 rose 2% to $3.42 billion. Analysts had expected a gain of "
        "4% to 5% for the Christmas season. Retailers said they expect business to stay weak "
        "through the first half of the year, and several said they would close stores before "
        "the end of the month. Ames Department Stores, which has operated under bankruptcy-law "
        "protection since last April 25, said its plan of reorganization is due next March 31."
    )
    assert news(text, "1992-01-09", "Thursday") == [
        ("December", "DATE", "1991-12"),
        ("a year earlier", "DATE", "1990-12"),
        ("the five weeks", "DURATION", "P5W"),
        ("Jan. 4", "DATE", "1992-01-04"),
        ("Christmas", "DATE", "1991-12-25"),
        ("the first half of the year", "DATE", "1992-H1"),
        ("the end of the month", "DATE", "1992-01", "END"),
        ("April 25", "DATE", "1991-04-25"),
        ("March 31", "DATE", "1992-03-31"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Midwest shares closed at $38.25, up 62.5 cents, on volume of 1,234,500 shares.",
        "The Dow Jones Industrial Average fell 12.45 points to 2645.08.",
        "The 8 1/4% notes traded at 97 1/2, down 3/4 point.",
        "Crane is the No. 2 maker of valves; Boeing 747 and 767 jets use them.",
        "The company filed its Form 10-K and relied on Rule 144a and Rule 10b-5.",
        "The board voted 3-1 for the $42-a-share offer for 12.6 million shares.",
        "The Group of Seven met as the yen traded at 158.90 and the mark at 1.6850.",
    ],
)
def test_business_desk_look_alikes_yield_nothing(text: str) -> None:
    """Prices, point moves, fractions of a point, rates, ranks, aircraft, forms and rules,
    votes, share counts and exchange rates are no times."""
    assert news(text, "1989-10-25", "Wednesday") == []


def test_a_fiscal_quarter_is_of_the_year_of_the_day_it_ended() -> None:
    """A company whose year ends June 30, in August: "its fiscal fourth quarter, ended June
    30" is fiscal 1989's fourth quarter, 1989-Q4, as TimeBank tags Sun's "its fourth quarter
    ended June 30" (wsj_0928); "the fourth quarter ended Dec. 31" in February is the one just
    over, and "the fiscal first quarter, which ends Sept. 30" the one ending then."""
    text = (
        "Pacific Foods Corp. said net income for its fiscal fourth quarter, ended June 30, fell "
        "23% to $18.2 million. It expects a loss in the fiscal first quarter, which ends Sept. "
        "30."
    )
    assert news(text, "1989-08-16", "Wednesday") == [
        ("fiscal fourth quarter", "DATE", "1989-Q4"),
        ("June 30", "DATE", "1989-06-30"),
        ("the fiscal first quarter", "DATE", "1989-Q1"),
        ("Sept. 30", "DATE", "1989-09-30"),
    ]
    text = "The company said it lost money in the fourth quarter ended Dec. 31."
    assert news(text, "1990-02-14", "Wednesday") == [
        ("the fourth quarter", "DATE", "1989-Q4"),
        ("Dec. 31", "DATE", "1989-12-31"),
    ]


def test_a_years_possessive_quarter_or_half_is_one_period_of_that_year() -> None:
    """ "1989's third quarter" is 1989-Q3, "fiscal 1990's first quarter" 1990-Q1 (the fiscal
    label kept, as "the fourth quarter of fiscal 1988" is 1988-Q4) and "1990's first half"
    1990-H1, each one expression; "the 1990's" stays the decade."""
    text = (
        "Profit rose 20% in 1989's third quarter, and analysts expect a loss in fiscal 1990's "
        "first quarter. Sales should recover in 1990's first half and grow through the 1990's."
    )
    assert news(text, "1989-11-01", "Wednesday") == [
        ("1989's third quarter", "DATE", "1989-Q3"),
        ("fiscal 1990's first quarter", "DATE", "1990-Q1"),
        ("1990's first half", "DATE", "1990-H1"),
        ("the 1990's", "DATE", "199"),
    ]


@pytest.mark.xfail(
    strict=True,
    reason="the nine months a report compares with a year back has no ISO date; TimeBank "
    "tags 'the year-earlier period' after 'the nine months ended Sept. 30' as that length "
    "(P9M, wsj_0904's 'the year-earlier nine months'), chrono the year those months fall in "
    "(1988), as a comparison after the nine months ('a year earlier')",
)
def test_the_year_earlier_period_of_nine_months_is_nine_months() -> None:
    """ "For the nine months ended Sept. 30 ... in the year-earlier period": P9M."""
    text = (
        "Third-quarter net rose 12%. For the nine months ended Sept. 30, net income rose 8% to "
        "$128 million from $118.5 million in the year-earlier period."
    )
    assert news(text, "1989-10-25", "Wednesday") == [
        ("Third-quarter", "DATE", "1989-Q3"),
        ("the nine months", "DURATION", "P9M"),
        ("Sept. 30", "DATE", "1989-09-30"),
        ("the year-earlier period", "DURATION", "P9M"),
    ]


@pytest.mark.xfail(
    strict=True,
    reason="'after' right before a day reads it as past ('after Dec. 15' in March is the "
    "December behind); a rule that takes effect for years ending after a day looks ahead, "
    "which only the verb several words before tells",
)
def test_a_rule_for_fiscal_years_ending_after_a_day_is_ahead() -> None:
    """In March: "The rules take effect for fiscal years ending after Dec. 15" is the coming
    December."""
    text = "The rules take effect for fiscal years ending after Dec. 15."
    assert news(text, "1992-03-04", "Wednesday") == [("Dec. 15", "DATE", "1992-12-15")]


def test_results_to_be_reported_in_january_are_of_the_fourth_quarter_just_over() -> None:
    """On 9 January 1992: "it would report fourth-quarter results next month" is 1991-Q4."""
    text = "Sears said it would report fourth-quarter results next month."
    assert news(text, "1992-01-09", "Thursday") == [
        ("fourth-quarter", "DATE", "1991-Q4"),
        ("next month", "DATE", "1992-02"),
    ]
