"""Gaps noticed in session 15, twenty-eighth list: news.

Economic news names the month its figures are of right before them ("August output", "July's
drop"): under a reported future ("Analysts said August output would recover", in September)
the month is still the one the figures are of, the latest one over, where a preposition dates
the clause ("in August output will recover": the August ahead) and a month that is the
subject of what is to come is ahead ("August will be busy"). A futures contract is named by the
month of its delivery ("crude for December delivery", "the December contract", "December gold",
"March crude oil futures"): that month ahead, or the month the story is in, never one behind;
a labour contract signed in a month keeps its month behind. "the last May 1 rally" is the
latest May 1 over, as "last May Day's march" is; "for the year" of annual results told in the
past in January is the year just ended, where "a high for the year" and a forecast are of the
year in progress; "the holiday season" stays untagged, as the project leaves "the holidays"
(tests/test_news_20.py, tests/test_noticed_gaps_27.py). "a year earlier" after a quarter's
figures is that quarter a year back, as TimeBank tags it (tests/test_news_20.py).
"""

from __future__ import annotations

import pytest
from passages import Row, news

_FUTURES = (
    "'crude for December delivery' and 'the December contract' are read by the tense (the "
    "December behind, in October) by date.month_bare and date.month_attributive; "
    "date.month_delivery does not take them because te3-silver's annotation tags such months "
    "behind ('crude for January delivery' in December 2006 is 2006-01 there), and reading them "
    "ahead costs 7 of its value matches"
)

# ---- news: a month before its figures under a reported future --------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Industrial production fell 0.4% in July, the Federal Reserve said. Analysts said "
            "August output would recover as auto plants reopened.",
            [("July", "DATE", "1989-07"), ("August", "DATE", "1989-08")],
            id="august_output_would_recover",
        ),
        pytest.param(
            "Economists said August payrolls would show a gain of 150,000 jobs. The Labor "
            "Department will release the figures next week.",
            [("August", "DATE", "1989-08"), ("next week", "DATE", "1989-W38")],
            id="august_payrolls_would_show",
        ),
        pytest.param(
            "Analysts said August shipments would rebound after July's drop.",
            [("August", "DATE", "1989-08"), ("July", "DATE", "1989-07")],
            id="after_julys_drop",
        ),
        # look-alikes: a preposition dates the clause, and a month that is the subject of what
        # is to come is ahead
        pytest.param(
            "The ministry predicts that in August output will recover.",
            [("August", "DATE", "1990-08")],
            id="in_august_output_will_recover",
        ),
        pytest.param(
            "Hotels are nearly full. Tourism officials said August will be busy.",
            [("August", "DATE", "1990-08")],
            id="august_will_be_busy",
        ),
    ],
)
def test_a_month_before_its_figures_under_a_reported_future_is_the_month_behind(
    text: str, expected: list[Row]
) -> None:
    """A story dated Thursday, 14 September 1989: "Analysts said August output would recover"
    names the August whose output is measured, the one just over (1989-08), as "July's drop"
    is July's; "in August output will recover" and "August will be busy" look ahead to the
    next August (1990-08)."""
    assert news(text, "1989-09-14", "Thursday") == expected


# ---- news: a futures contract's month ---------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "dct", "weekday", "expected"),
    [
        pytest.param(
            "Crude oil for December delivery rose 40 cents to $20.10 a barrel on the New York "
            "Mercantile Exchange. The December contract had fallen 15 cents on Tuesday.",
            "1989-10-25",
            "Wednesday",
            [
                ("December", "DATE", "1989-12"),
                ("December", "DATE", "1989-12"),
                ("Tuesday", "DATE", "1989-10-24"),
            ],
            id="december_delivery_and_contract",
            marks=pytest.mark.xfail(strict=True, reason=_FUTURES),
        ),
        pytest.param(
            "On the Commodity Exchange in New York, December gold rose $3 to $370.50 an ounce, "
            "and March silver was unchanged at $5.12.",
            "1989-10-25",
            "Wednesday",
            [("December", "DATE", "1989-12"), ("March", "DATE", "1990-03")],
            id="december_gold_march_silver",
        ),
        pytest.param(
            "March crude oil futures rose 40 cents to $22.10 a barrel in New York.",
            "1990-01-10",
            "Wednesday",
            [("March", "DATE", "1990-03")],
            id="march_crude_oil_futures",
        ),
        pytest.param(
            "December gold fell $2 to $410 an ounce as the contract neared expiration.",
            "1989-12-05",
            "Tuesday",
            [("December", "DATE", "1989-12")],
            id="the_current_months_contract",
        ),
        # look-alikes: a labour contract of a month behind, and a month's figures
        pytest.param(
            "The union ratified a June contract with the company. March sales rose 3%.",
            "1989-10-25",
            "Wednesday",
            [("June", "DATE", "1989-06"), ("March", "DATE", "1989-03")],
            id="a_june_labour_contract",
        ),
    ],
)
def test_a_futures_contract_month_is_the_delivery_month_ahead(
    text: str, dct: str, weekday: str, expected: list[Row]
) -> None:
    """A futures contract is named by the month it delivers in: "for December delivery", "the
    December contract", "December gold", "March crude oil futures" are that month at or after
    the story's (in October, the December ahead; in January, the March ahead; in December, the
    current month); "a June contract" a union ratified and "March sales" keep the month
    behind."""
    assert news(text, dct, weekday) == expected


# ---- news: the last May 1 rally, for the year, the holiday season -----------------------------


def test_the_last_may_day_rally_is_the_latest_one_over() -> None:
    """A story dated Thursday, 26 April 1990: "on May 1" is the one ahead, "the last May 1
    rally" and "last May Day's march" the one behind (1989-05-01), as TimeBank reads "last
    <April 25>"; "its next June 30 payment" is ahead."""
    text = (
        "Unions plan to march on May 1. Police said the last May 1 rally drew 50,000 people, "
        "and last May Day's march ended in clashes. The union said its next June 30 payment "
        "to members would be made on time."
    )
    assert news(text, "1990-04-26", "Thursday") == [
        ("May 1", "DATE", "1990-05-01"),
        ("May 1", "DATE", "1989-05-01"),
        ("last May Day", "DATE", "1989-05-01"),
        ("June 30", "DATE", "1990-06-30"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Acme Corp. said profit for the year rose 10% to $40 million, helped by strong "
            "December sales.",
            [("the year", "DATE", "1991"), ("December", "DATE", "1991-12")],
            id="profit_for_the_year_rose",
        ),
        pytest.param(
            "For the year, net income rose 10% to $40 million on revenue of $310 million.",
            [("the year", "DATE", "1991")],
            id="for_the_year_net_income_rose",
        ),
        # look-alikes: a price's high and a forecast are of the year in progress, and so is
        # what is to come; the holiday season stays untagged
        pytest.param(
            "Acme shares hit a high for the year on Monday.",
            [("the year", "DATE", "1992"), ("Monday", "DATE", "1992-01-27")],
            id="a_high_for_the_year",
        ),
        pytest.param(
            "Acme said its forecast for the year was unchanged.",
            [("the year", "DATE", "1992")],
            id="a_forecast_for_the_year",
        ),
        pytest.param(
            "Analysts expect profit for the year to rise 5%.",
            [("the year", "DATE", "1992")],
            id="profit_for_the_year_ahead",
        ),
        pytest.param(
            "Retailers said the holiday season was disappointing.", [], id="the_holiday_season"
        ),
    ],
)
def test_results_for_the_year_told_in_january_are_of_the_year_just_ended(
    text: str, expected: list[Row]
) -> None:
    """A story dated Tuesday, 28 January 1992: "profit for the year rose" and "For the year,
    net income rose" report the results of 1991, the year just ended, as "the full year" is
    read then; "a high for the year" on Monday, a forecast and a profit expected are of 1992;
    "the holiday season" is left untagged, as the project leaves "the holidays"."""
    assert news(text, "1992-01-28", "Tuesday") == expected


# ---- news: a year earlier after a quarter's figures -------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Acme Corp. said fourth-quarter net fell to $3 million from $5 million a year earlier.",
            [("fourth-quarter", "DATE", "1991-Q4"), ("a year earlier", "DATE", "1990-Q4")],
            id="fourth_quarter_net",
        ),
        pytest.param(
            "Acme Corp. said fiscal fourth-quarter net fell to $3 million from $5 million a "
            "year earlier. Sales rose 2%.",
            [("fiscal fourth-quarter", "DATE", "1991-Q4"), ("a year earlier", "DATE", "1990-Q4")],
            id="fiscal_fourth_quarter_net",
        ),
        pytest.param(
            "Net income in the fourth quarter fell to $3 million from $5 million a year earlier.",
            [("the fourth quarter", "DATE", "1991-Q4"), ("a year earlier", "DATE", "1990-Q4")],
            id="in_the_fourth_quarter",
        ),
    ],
)
def test_a_year_earlier_after_a_quarter_is_that_quarter_a_year_back(
    text: str, expected: list[Row]
) -> None:
    """A story dated Tuesday, 28 January 1992: "fourth-quarter" told in the past is the quarter
    just over (1991-Q4), and "a year earlier" after its figures that quarter a year back
    (1990-Q4), as TimeBank tags "a year earlier" after a period (tests/test_news_20.py)."""
    assert news(text, "1992-01-28", "Tuesday") == expected
