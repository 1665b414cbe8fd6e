"""News articles, eighth round: wire copy of the 2000s (Xinhua, AFP, AP) and news in other
Englishes (British, Irish, Indian, South African, Singaporean, Nigerian, Kenyan).

Xinhua counts a year's months ("the first 10 months of this year": a duration, then the year)
against "the same period last year" and names a plan by its length ("the 11th Five-Year Plan
(2006-2010)": five years, and the two years it runs between). British copy and letters put the
direction after the weekday ("on Monday last", "on Sunday next": that day, as "last Monday" is),
count a fortnight from a day ("Thursday fortnight", "a fortnight on Thursday": two weeks after the
coming Thursday, as "Thursday week" is one; "a week last Tuesday" a week before the last one) and
name a month after a day ("the 5th inst.": of this month, "the 28th ult.": of the last, "the 3rd
prox.": of the next). Indian business news says "fiscal" for the fiscal year ("this fiscal", "the
last fiscal": that year, as "this fiscal year" is), while the adjective ("this fiscal policy") is
no date, and lakh and crore are amounts. South African "now-now" (soon) is no present reference. A
dateline's own date ("ABUJA, Nigeria, Dec 4 -", "NAIROBI, Kenya, Dec. 4 (Xinhua) --") is the
story's day, and a span of abbreviated months ("the Jan-Oct period") names both months. Each test
is an article run as chrono is scored: genre "news", its date as the document date, its weekday
checked with ``datetime``; ``day_first`` as a reader of such an outlet sets it. The tables are
annotated by hand with the (text, type, value) TimeBank would give, modifiers such as "the end of"
outside the value.
"""

from __future__ import annotations

import datetime as dt

import pytest
from passages import Row, mentions


def _news(text: str, dct: str, weekday: str, *, day_first: bool = True) -> list[Row]:
    """The mentions of an article dated ``dct``, whose weekday is checked to be ``weekday``."""
    assert dt.date.fromisoformat(dct).strftime("%A") == weekday
    return mentions(text, dct=dct, genre="news", day_first=day_first)


def test_xinhua_trade_story_counts_months_against_the_same_period_last_year() -> None:
    """Xinhua: the dateline's day, "the first 10 months" (a duration, TimeBank's "the first nine
    months") of "this year", "the same period last year", a plan named by its length and the
    years it spans, "by the end of 2006", "on Nov. 7" and "next month"."""
    text = (
        "BEIJING, Nov. 10 (Xinhua) -- China's trade surplus in the first 10 months of this year "
        "reached 143.7 billion U.S. dollars, up 62 percent over the same period last year, the "
        "General Administration of Customs said Friday. Exports in October alone rose 27 "
        "percent. The 11th Five-Year Plan (2006-2010) calls for more balanced trade, and the "
        "surplus is expected to top 170 billion dollars by the end of 2006. The State Council "
        "said on Nov. 7 that new export tax rebates would take effect next month."
    )
    assert _news(text, "2006-11-10", "Friday", day_first=False) == [
        ("Nov. 10", "DATE", "2006-11-10"),
        ("the first 10 months", "DURATION", "P10M"),
        ("this year", "DATE", "2006"),
        ("the same period last year", "DATE", "2005"),
        ("Friday", "DATE", "2006-11-10"),
        ("October", "DATE", "2006-10"),
        ("Five-Year", "DURATION", "P5Y"),
        ("2006", "DATE", "2006"),
        ("2010", "DATE", "2010"),
        ("the end of 2006", "DATE", "2006"),
        ("Nov. 7", "DATE", "2006-11-07"),
        ("next month", "DATE", "2006-12"),
    ]


def test_british_copy_puts_last_after_the_weekday_and_counts_fortnights() -> None:
    """The Times: "on Monday last" is last Monday; "Thursday fortnight" two weeks after the
    coming Thursday; "A fortnight ago" the week two back (TimeBank's "two weeks ago");
    "in a fortnight's time" a fortnight; a letter's "the 5th inst." and "the 28th ult." are
    days of this month and the last."""
    text = (
        "The Home Secretary met chief constables on Monday last and will report to the House on "
        "Thursday fortnight, Downing Street said. A fortnight ago the Treasury promised that the "
        "review would be published in a fortnight's time. In his letter of the 5th inst. the "
        "chief constable referred to ours of the 28th ult., which had gone unanswered."
    )
    assert _news(text, "2023-09-12", "Tuesday") == [
        ("Monday last", "DATE", "2023-09-11"),
        ("Thursday fortnight", "DATE", "2023-09-28"),
        ("A fortnight ago", "DATE", "2023-W35"),
        ("a fortnight", "DURATION", "P2W"),
        ("the 5th inst.", "DATE", "2023-09-05"),
        ("the 28th ult.", "DATE", "2023-08-28"),
    ]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("The by-election will be held on Sunday next.", ("Sunday next", "2023-09-17")),
        ("The board met on Friday last, when it approved the deal.", ("Friday last", "2023-09-08")),
        ("The hearing was adjourned until Friday fortnight.", ("Friday fortnight", "2023-09-29")),
        ("The inquiry resumes a week on Friday.", ("a week on Friday", "2023-09-22")),
        ("The final is a fortnight on Saturday.", ("a fortnight on Saturday", "2023-09-30")),
        ("He was arrested a week last Tuesday.", ("a week last Tuesday", "2023-08-29")),
        ("The tribunal will resume a week today.", ("a week today", "2023-09-19")),
        ("The results are due a fortnight tomorrow.", ("a fortnight tomorrow", "2023-09-27")),
        ("He was charged a week yesterday.", ("a week yesterday", "2023-09-04")),
        ("The auction will be held on the 3rd prox.", ("the 3rd prox.", "2023-10-03")),
        ("We have your letter of the 30th ultimo.", ("the 30th ultimo", "2023-08-30")),
    ],
)
def test_a_direction_or_a_month_after_the_day_dates_it(text: str, found: tuple[str, str]) -> None:
    """ "Sunday next", "Friday last", "Friday fortnight", "the 3rd prox.", "the 30th ultimo":
    one date each, in the direction the word after it gives; British "a week on Friday" and "a
    fortnight on Saturday" count on from the coming day, "a week last Tuesday" back from the
    last one; "a week today", "a fortnight tomorrow" count on from the day, "a week yesterday"
    back from it."""
    assert [(t, v) for t, _, v in _news(text, "2023-09-12", "Tuesday")] == [found]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("He resigned on Monday last week.", ["Monday last week"]),
        ("The talks on Monday last three hours.", ["Monday", "three hours"]),
        ("She won on Monday last year too.", ["Monday", "last year"]),
        ("He lives on Friday Street, next to the church.", []),
    ],
)
def test_last_or_next_after_a_weekday_that_belongs_elsewhere(text: str, found: list[str]) -> None:
    """ "last" before a unit ("Monday last week", "Monday last year") or a count (the verb
    "last") is not the weekday's direction, nor "next to" after a street named by a day."""
    assert [t for t, _, _ in _news(text, "2023-09-12", "Tuesday")] == found


def test_indian_business_story_says_fiscal_for_the_fiscal_year() -> None:
    """Business Standard: "on Tuesday evening", "this fiscal" and "the previous fiscal" are
    years as "this fiscal year" is; "the current fiscal policy" is no date; "Rs 1.5 lakh
    crore" an amount; "the April-June quarter" the second quarter; "the next fiscal year begins
    on April 1" looks ahead."""
    text = (
        "MUMBAI: The Reserve Bank on Tuesday evening projected GDP growth of 7.2 per cent this "
        "fiscal, against 8.2 per cent in the previous fiscal. Banks disbursed Rs 1.5 lakh crore "
        "in farm loans in the April-June quarter. The current fiscal policy stance is neutral, "
        "and the next fiscal year begins on April 1."
    )
    assert _news(text, "2024-07-23", "Tuesday") == [
        ("Tuesday evening", "TIME", "2024-07-23TEV"),
        ("this fiscal", "DATE", "2024"),
        ("the previous fiscal", "DATE", "2023"),
        ("the April-June quarter", "DATE", "2024-Q2"),
        ("the next fiscal year", "DATE", "2025"),
        ("April 1", "DATE", "2025-04-01"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "The last fiscal stimulus cost Rs 20 lakh crore.",
        "This fiscal consolidation path is credible, the agency said.",
        "Next fiscal deficit targets will be tighter.",
        "The minister said the report would be released now-now.",
        "Now-now, the queue at Home Affairs was moving.",
    ],
)
def test_the_adjective_fiscal_and_now_now_are_no_dates(text: str) -> None:
    """ "fiscal" before its noun, lakh and crore, and South African "now-now" yield nothing."""
    assert _news(text, "2024-07-23", "Tuesday") == []


def test_african_datelines_give_the_story_its_day() -> None:
    """A Nigerian and a Kenyan dateline (Reuters-style and Xinhua-style): the dateline's day;
    "on Monday" the story's day; "a day after" a duration; "the 12 months to November" a
    duration and the month."""
    text = (
        "ABUJA, Nigeria, Dec 4 - The Senate on Monday passed the 2024 Appropriation Bill, a day "
        "after President Bola Tinubu presented it to a joint session. Lawmakers will resume on "
        "January 16.\n\n"
        "NAIROBI, Kenya, Dec. 4 (Xinhua) -- Kenya's inflation eased to 6.8 percent in November "
        "from 6.9 percent in October, the statistics office said Monday. Food prices rose 7.7 "
        "percent in the 12 months to November."
    )
    assert _news(text, "2023-12-04", "Monday") == [
        ("Dec 4", "DATE", "2023-12-04"),
        ("Monday", "DATE", "2023-12-04"),
        ("2024", "DATE", "2024"),
        ("a day", "DURATION", "P1D"),
        ("January 16", "DATE", "2024-01-16"),
        ("Dec. 4", "DATE", "2023-12-04"),
        ("November", "DATE", "2023-11"),
        ("October", "DATE", "2023-10"),
        ("Monday", "DATE", "2023-12-04"),
        ("the 12 months", "DURATION", "P12M"),
        ("November", "DATE", "2023-11"),
    ]


def test_irish_and_singapore_stories_read_sittings_ahead() -> None:
    """RTÉ and The Straits Times: "The Dáil rises on Thursday" (present, ahead); "Friday week"
    a week after the coming Friday; "the 14th ult." a day of last month."""
    text = (
        "DUBLIN - The Dáil rises on Thursday for the Easter recess, and the Taoiseach will be in "
        "Washington for St Patrick's Day.\n\n"
        "SINGAPORE - The Monetary Authority of Singapore will announce its policy decision on "
        "Friday week, the MAS said on Tuesday. Its last review was on the 14th ult."
    )
    assert _news(text, "2024-03-05", "Tuesday") == [
        ("Thursday", "DATE", "2024-03-07"),
        ("Easter", "DATE", "2024-03-31"),
        ("St Patrick's Day", "DATE", "2024-03-17"),
        ("Friday week", "DATE", "2024-03-15"),
        ("Tuesday", "DATE", "2024-03-05"),
        ("the 14th ult.", "DATE", "2024-02-14"),
    ]


def test_an_abbreviated_month_range_names_both_months() -> None:
    """Xinhua's "the Jan-Oct period" and "the January-September period" name both months, of the
    story's year; with a year after it ("Jul-Sep 2005") the months are that year's."""
    text = (
        "Imports in the Jan-Oct period totaled 550 billion dollars, customs said. Exports in "
        "Jul-Sep 2005 had fallen, and investment in the January-September period rose."
    )
    assert [(t, v) for t, _, v in _news(text, "2006-11-10", "Friday", day_first=False)] == [
        ("Jan", "2006-01"),
        ("Oct", "2006-10"),
        ("Jul", "2005-07"),
        ("Sep 2005", "2005-09"),
        ("January", "2006-01"),
        ("September", "2006-09"),
    ]


def test_australian_story_reads_the_arvo_of_a_weekday() -> None:
    """The Age: "on Tuesday arvo" is that afternoon, as "Tuesday afternoon" is; "9pm AEDT
    yesterday" a time of yesterday in the zone."""
    text = (
        "MELBOURNE - The grass fire started on Tuesday arvo near Bacchus Marsh and was contained "
        "by 9pm AEDT yesterday, the CFA said. Temperatures will reach 38C on Saturday."
    )
    assert _news(text, "2024-02-15", "Thursday") == [
        ("Tuesday arvo", "TIME", "2024-02-13TAF"),
        ("9pm AEDT yesterday", "TIME", "2024-02-14T21:00+11:00"),
        ("Saturday", "DATE", "2024-02-17"),
    ]


def test_a_level_reached_by_a_past_month_is_this_years() -> None:
    """Business Standard in July: "fell ... by end-March" is the March just gone."""
    text = "Gross bad loans fell to 2.8 per cent by end-March, the RBI said on Tuesday."
    assert [(t, v) for t, _, v in _news(text, "2024-07-23", "Tuesday")] == [
        ("end-March", "2024-03"),
        ("Tuesday", "2024-07-23"),
    ]
