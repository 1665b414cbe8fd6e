"""Wire copy whose values hang on how a verb governs its date: an agreement or a schedule told in
the past points to a day ahead ("agreed to meet ... from May 12-13", "was due to arrive on
Friday"); a participle with its own "in February" keeps its past whatever modal follows ("aid
pledged in February would arrive in May"). Also the accounting years of business copy named from
now ("last fiscal year", "the next fiscal year"), a past with its count unsaid ("decades ago")
and "later in the day". Each test is an article run as chrono is scored (genre news, its date as
the document date, the weekday checked with ``datetime``); the tables are annotated by hand as
TimeBank would ("the first two weeks" of May is a duration beside its month, as TimeBank tags
"the first nine months" of 1989).
"""

from __future__ import annotations

from passages import news


def test_an_agreement_or_a_schedule_told_in_the_past_points_ahead() -> None:
    text = (
        "SEOUL, April 15 (AFP) - North Korea has also just agreed to meet US officials in New "
        "York from May 12-13 for a new round of talks on missile exports, officials said "
        "Tuesday. The 50,000 tons of US food aid pledged in February would arrive in the first "
        "two weeks of May. A senior US envoy was due to arrive in Seoul on Friday, and the two "
        "sides have promised to resume talks in June."
    )
    assert news(text, "1997-04-15", "Tuesday") == [
        ("April 15", "DATE", "1997-04-15"),
        ("May 12", "DATE", "1997-05-12"),
        ("13", "DATE", "1997-05-13"),
        ("Tuesday", "DATE", "1997-04-15"),
        ("February", "DATE", "1997-02"),
        ("the first two weeks", "DURATION", "P2W"),
        ("May", "DATE", "1997-05"),
        ("Friday", "DATE", "1997-04-18"),
        ("June", "DATE", "1997-06"),
    ]


def test_a_plan_told_in_the_past_perfect_stays_behind() -> None:
    text = (
        "The rebels had agreed to lay down their arms in March, but fighting resumed, the "
        "minister said on Wednesday. The two leaders decided to meet again in September."
    )
    assert news(text, "2006-05-10", "Wednesday") == [
        ("March", "DATE", "2006-03"),
        ("Wednesday", "DATE", "2006-05-10"),
        ("September", "DATE", "2006-09"),
    ]


def test_business_copy_names_fiscal_years_from_now() -> None:
    text = (
        "TOKYO, Dec 19 (AFP) - The Bank of Japan forecast slightly faster growth in the next "
        "fiscal year on the back of stronger domestic demand. The economy grew 1.6 percent in the "
        "last fiscal year and is expected to expand 1.9 percent this fiscal year. The group "
        "renounced violence decades ago. Shares slipped 2 points earlier in the day."
    )
    assert news(text, "2006-12-19", "Tuesday") == [
        ("Dec 19", "DATE", "2006-12-19"),
        ("the next fiscal year", "DATE", "2007"),
        ("the last fiscal year", "DATE", "2005"),
        ("this fiscal year", "DATE", "2006"),
        ("decades ago", "DATE", "PAST_REF"),
        ("the day", "DATE", "2006-12-19"),
    ]


def test_later_in_the_day_is_the_day_the_story_is_on() -> None:
    text = (
        "Albright met President Moi in Nairobi on Monday. She flew to Dar es Salaam later in the "
        "day. Her plane had left Washington on Sunday."
    )
    assert news(text, "1998-08-19", "Wednesday") == [
        ("Monday", "DATE", "1998-08-17"),
        ("the day", "DATE", "1998-08-17"),
        ("Sunday", "DATE", "1998-08-16"),
    ]
