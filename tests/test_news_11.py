"""News articles, eleventh round: features, analysis and opinion pieces of 1998-2024 (an
analysis of a rate rise, anniversary pieces, a record review, an explainer's timeline, an op-ed,
profiles, a theater review, a climate analysis, a tech retrospective, a city feature, an
election analysis).

Long pieces step back into the story's own past and return to the present: "Back then ...
Today", "That year", "that summer", "the following spring", "A year later", "In the years
since". A decade or a century under discussion ("By the end of the decade, 140,000 houses had
been built"; "the early 1940s. By the middle of the decade") is the story's when the clause is
told in the past after a date of an earlier one, the document's otherwise ("hopes to balance
the budget by the end of the decade"). "went on sale that June" moves the story to that month,
so "the following summer" is the next year's; a range of bare months runs forwards ("from June
through December", written in January); "that fall" before a comma is the season; "this time
last year" is one expression; "a generation ago" is a vague past; a run "runs through June 1"
is ahead although the clause before it is past; a present perfect ("have nearly doubled since
January") ends a backstory. "the pandemic years", "the early years", "At the time", "Back then"
and "during the Obama administration" are no dates. Each test is an article run as chrono is
scored: genre "news", its date as the document date, its weekday checked with ``datetime``;
the tables are annotated by hand with the (text, type, value) TimeBank would give, modifiers
such as "the end of" outside the value.
"""

from __future__ import annotations

import pytest
from passages import news


def test_fed_analysis_goes_back_to_1994_and_then_ahead_over_the_coming_months() -> None:
    """An analysis of a rate rise: "Back then" and "Today" around a past year, "the past decade",
    "this time last year" (one expression: last year), "by the end of the year", "over the next
    five years", "in the coming months", "since January" in the present perfect after a
    backstory sentence (this January); "the pandemic years" is no date."""
    text = (
        "What the Fed's move means for your wallet. The Federal Reserve on Wednesday raised its "
        "benchmark rate by three-quarters of a point, its biggest increase since 1994. Back then,"
        " Alan Greenspan's Fed doubled rates within a year, and mortgage rates jumped above 9 "
        "percent. Today the stakes are different. Inflation hit 8.6 percent in May, the highest "
        "since December 1981. For most of the past decade, borrowing was cheap. Rates sat near "
        "zero from 2008 to 2015 and again during the pandemic years. Officials now expect to "
        "raise rates to 3.4 percent by the end of the year and to begin cutting in 2024. Over the"
        " next five years, the Fed hopes to shrink its balance sheet by trillions of dollars. "
        "Economists warn that a recession could arrive in the coming months. This time last year,"
        " the Fed was still calling inflation transitory. Mortgage rates have nearly doubled "
        "since January. The next meeting is in late July."
    )
    assert news(text, "2022-06-16", "Thursday") == [
        ("Wednesday", "DATE", "2022-06-15"),
        ("1994", "DATE", "1994"),
        ("a year", "DURATION", "P1Y"),
        ("Today", "DATE", "2022-06-16"),
        ("May", "DATE", "2022-05"),
        ("December 1981", "DATE", "1981-12"),
        ("the past decade", "DURATION", "P10Y"),
        ("2008", "DATE", "2008"),
        ("2015", "DATE", "2015"),
        ("now", "DATE", "PRESENT_REF"),
        ("the end of the year", "DATE", "2022"),
        ("2024", "DATE", "2024"),
        ("the next five years", "DURATION", "P5Y"),
        ("the coming months", "DURATION", "PXM"),
        ("This time last year", "DATE", "2021"),
        ("January", "DATE", "2022-01"),
        ("late July", "DATE", "2022-07"),
    ]


def test_anniversary_piece_carries_the_disaster_year_to_the_end_of_its_decade() -> None:
    """ "Ten years after the tsunami": "That year", "The following spring", "A year later" from
    the day of the disaster; "By the end of the decade ... had been built" is the story's
    decade, the 2000s, not the document's; "In the years since" a vague stretch; then the
    present ("Today", "Now", "These days"); "At the time" is no date."""
    text = (
        "Ten years after the tsunami, Banda Aceh has rebuilt. On Dec. 26, 2004, a magnitude 9.1 "
        "earthquake off Sumatra sent waves across the Indian Ocean. More than 160,000 people died"
        " in Aceh alone. That year, the province was also in the middle of a civil war. In the "
        "weeks that followed, aid groups poured in. The following spring, reconstruction began in"
        " earnest. A year later, the rebels and the government signed a peace deal in Helsinki. "
        "By the end of the decade, more than 140,000 houses had been built. In the years since, "
        "the city has grown. Today, fishermen work from a new harbor. Many survivors still mark "
        "the anniversary each year. At the time, few believed the city would recover. Now a "
        "museum stands near the shore. These days, schoolchildren practice evacuation drills "
        "twice a year."
    )
    assert news(text, "2014-12-26", "Friday") == [
        ("Ten years", "DURATION", "P10Y"),
        ("Dec. 26, 2004", "DATE", "2004-12-26"),
        ("That year", "DATE", "2004"),
        ("weeks", "DURATION", "PXW"),
        ("The following spring", "DATE", "2005-SP"),
        ("A year later", "DATE", "2005"),
        ("the end of the decade", "DATE", "200"),
        ("years", "DURATION", "PXY"),
        ("Today", "DATE", "2014-12-26"),
        ("each year", "SET", "P1Y"),
        ("Now", "DATE", "PRESENT_REF"),
        ("These days", "DATE", "PRESENT_REF"),
        ("twice a year", "SET", "P1Y"),
    ]


def test_album_retrospective_reads_that_fall_a_generation_ago_and_the_turn_of_the_century() -> None:
    """A record review: "the summer of 1976", "That summer", "By that fall" (a season, before
    its comma), "the following January", "A generation ago" (a vague past), "the 1970s and
    '80s", "the turn of the century", "Four years ago this month", and the reissue "out
    Friday", the document's day."""
    text = (
        "The album, released in 1977, still sounds strange. The band recorded it over six weeks "
        "in the summer of 1976 in a Berlin studio near the Wall. That summer, the singer was "
        "living on milk and peppers. By that fall, the tapes were finished. The label held the "
        "record until the following January. Critics hated it at the time. A generation ago, it "
        "was a cult object traded on cassettes. In the 1970s and '80s, few radio stations would "
        "play it. Then, at the turn of the century, a reissue sold 200,000 copies. For decades, "
        "the guitarist refused to talk about the sessions. Four years ago this month, he finally "
        "did, in a long interview. The deluxe edition, out Friday, adds 40 minutes of outtakes."
    )
    assert news(text, "2017-09-15", "Friday") == [
        ("1977", "DATE", "1977"),
        ("six weeks", "DURATION", "P6W"),
        ("the summer of 1976", "DATE", "1976-SU"),
        ("That summer", "DATE", "1976-SU"),
        ("that fall", "DATE", "1976-FA"),
        ("the following January", "DATE", "1977-01"),
        ("A generation ago", "DATE", "PAST_REF"),
        ("the 1970s", "DATE", "197"),
        ("'80s", "DATE", "198"),
        ("the turn of the century", "DATE", "20"),
        ("decades", "DURATION", "PXDE"),
        ("Four years ago this month", "DATE", "2013-09"),
        ("Friday", "DATE", "2017-09-15"),
        ("40 minutes", "DURATION", "PT40M"),
    ]


def test_explainer_timeline_steps_from_march_2020_to_this_spring() -> None:
    """ "How we got here": "In March 2020", "By that summer", "In January 2021", "That spring",
    then the document's "Last fall" and "This spring", "by 2030", "in the coming months" and
    "the first time since 2008"."""
    text = (
        "How we got here: the long fight over the bridge. In March 2020, the state closed the old"
        " span after inspectors found cracks. By that summer, commuters were spending an extra "
        "hour a day in traffic. In January 2021, lawmakers approved $800 million for a "
        "replacement. That spring, the design was chosen. Last fall, the contractor said costs "
        "had risen by a third. This spring, the governor asked for more money. Construction is "
        "now expected to finish by 2030. The city says the first lanes will open in the coming "
        "months. It is the first time since 2008 that the state has built a new bridge."
    )
    assert news(text, "2023-04-20", "Thursday") == [
        ("March 2020", "DATE", "2020-03"),
        ("that summer", "DATE", "2020-SU"),
        ("an extra hour", "DURATION", "PT1H"),
        ("a day", "DURATION", "P1D"),
        ("January 2021", "DATE", "2021-01"),
        ("That spring", "DATE", "2021-SP"),
        ("Last fall", "DATE", "2022-FA"),
        ("This spring", "DATE", "2023-SP"),
        ("now", "DATE", "PRESENT_REF"),
        ("2030", "DATE", "2030"),
        ("the coming months", "DURATION", "PXM"),
        ("2008", "DATE", "2008"),
    ]


def test_op_ed_childhood_in_the_1980s_and_the_present() -> None:
    """An op-ed: "the 1980s", "in 1983", "That winter" of that year, "Within a year"; "During
    the Obama administration" is no date; "In the last decade" and "for the past 30 years"
    are durations, "every four years" a set, "This year", "now" and "by 2030"."""
    text = (
        "Opinion: Our towns deserve better. I grew up in Youngstown in the 1980s, when the mills "
        "were closing. My father lost his job in 1983. That winter, we ate a lot of beans. Within"
        " a year, he found work at a hospital. During the Obama administration, a plant reopened;"
        " it has since closed again. In the last decade, the county lost 10 percent of its "
        "people. Politicians come every four years and promise jobs. This year, they are "
        "promising again. But the truth is that for the past 30 years nobody has had a plan. We "
        "need one now, not by 2030."
    )
    assert news(text, "2019-05-02", "Thursday") == [
        ("the 1980s", "DATE", "198"),
        ("1983", "DATE", "1983"),
        ("That winter", "DATE", "1983-WI"),
        ("a year", "DURATION", "P1Y"),
        ("the last decade", "DURATION", "P10Y"),
        ("every four years", "SET", "P4Y"),
        ("This year", "DATE", "2019"),
        ("the past 30 years", "DURATION", "P30Y"),
        ("now", "DATE", "PRESENT_REF"),
        ("2030", "DATE", "2030"),
    ]


def test_profile_steps_from_1998_through_the_recession_to_now() -> None:
    """A profile: "That was in 1998", "By 2003", "In 2009. That summer" (2009), "The following
    year", "Within a decade", then "Last year", "This year", "2019 levels", "now" and "over
    the next three years"; "the early years" and "The pandemic years" are no dates."""
    text = (
        "She was 19 when she opened her first bakery. That was in 1998, in a storefront on Grand "
        "Avenue. In the early years, she worked 18-hour days. By 2003 she had three shops. Then "
        "the recession hit. In 2009, she closed two of them. That summer she nearly sold the last"
        " one. The following year, a television appearance changed everything. Within a decade "
        "she had a dozen stores. The pandemic years were hard again. Last year she laid off half "
        "her staff. This year sales are back above 2019 levels. She is 42 now. She plans to open "
        "five more shops over the next three years."
    )
    assert news(text, "2021-11-08", "Monday") == [
        ("1998", "DATE", "1998"),
        ("18-hour", "DURATION", "PT18H"),
        ("2003", "DATE", "2003"),
        ("2009", "DATE", "2009"),
        ("That summer", "DATE", "2009-SU"),
        ("The following year", "DATE", "2010"),
        ("a decade", "DURATION", "P10Y"),
        ("Last year", "DATE", "2020"),
        ("This year", "DATE", "2021"),
        ("2019", "DATE", "2019"),
        ("now", "DATE", "PRESENT_REF"),
        ("the next three years", "DURATION", "P3Y"),
    ]


def test_wall_anniversary_reads_that_weekend_of_the_story_day() -> None:
    """ "Twenty years ago this week" (that week back then), "On Nov. 9, 1989", "By midnight" of
    that day, "That weekend" (the weekend of that week), "Within a year", "By the turn of the
    century", "Today", "Twenty years on", "Over the past two decades", "Monday night"."""
    text = (
        "Twenty years ago this week, the Berlin Wall opened. On Nov. 9, 1989, a bungled "
        "announcement sent thousands of East Berliners to the checkpoints. By midnight, the "
        "guards had given up. That weekend, two million people crossed into the West. Within a "
        "year, Germany was reunified. By the turn of the century, unemployment in the east was "
        "twice the western rate. Today, a chancellor raised in the east leads the country. Twenty"
        " years on, many easterners still feel like second-class citizens. Over the past two "
        "decades, Berlin has become a magnet for artists. The city will celebrate Monday night "
        "with a concert at the Brandenburg Gate."
    )
    assert news(text, "2009-11-09", "Monday") == [
        ("Twenty years ago this week", "DATE", "1989-W45"),
        ("Nov. 9, 1989", "DATE", "1989-11-09"),
        ("midnight", "TIME", "1989-11-09T24:00"),
        ("That weekend", "DATE", "1989-W45-WE"),
        ("a year", "DURATION", "P1Y"),
        ("the turn of the century", "DATE", "20"),
        ("Today", "DATE", "2009-11-09"),
        ("Twenty years", "DURATION", "P20Y"),
        ("the past two decades", "DURATION", "P20Y"),
        ("Monday night", "TIME", "2009-11-09TNI"),
    ]


def test_theater_review_reads_a_run_through_june_as_ahead() -> None:
    """A revival's review: the run "runs through June 1" although the clause before it ("which
    opened Thursday") is past; "Two years later" after 1962, "the late 1970s", "for 25 years",
    "last month", "now", "Back in 1962" and "today", "Thursday night"."""
    text = (
        "Review: a revival worth the wait. When the play opened on Broadway in 1962, critics were"
        " baffled. It closed after 11 weeks. Two years later, a London production ran for a year."
        " The new staging, which opened Thursday, runs through June 1. The director first saw the"
        " play as a student in the late 1970s. He has wanted to stage it for 25 years. In an "
        "interview last month, he said the timing finally felt right. Tickets are on sale now. "
        "Back in 1962, the leading man was 24; today he is a grandfather, and he attended the "
        "opening Thursday night."
    )
    assert news(text, "2003-03-14", "Friday") == [
        ("1962", "DATE", "1962"),
        ("11 weeks", "DURATION", "P11W"),
        ("Two years later", "DATE", "1964"),
        ("a year", "DURATION", "P1Y"),
        ("Thursday", "DATE", "2003-03-13"),
        ("June 1", "DATE", "2003-06-01"),
        ("the late 1970s", "DATE", "197"),
        ("25 years", "DURATION", "P25Y"),
        ("last month", "DATE", "2003-02"),
        ("now", "DATE", "PRESENT_REF"),
        ("1962", "DATE", "1962"),
        ("today", "DATE", "2003-03-14"),
        ("Thursday night", "TIME", "2003-03-13TNI"),
    ]


def test_climate_analysis_reads_a_range_of_last_years_months_forwards() -> None:
    """A January analysis: "Every month from June through December set a record" is last year's
    June to December (the range runs forwards, though June alone would be the coming one);
    "the past decade", "In 2015", "At the time", "Now", "within the next few years", "by
    2030", "by 2050", "the first time since 2016", "by the spring"."""
    text = (
        "Analysis: 2023 was the hottest year on record. Global temperatures last year were about "
        "1.48 degrees above the pre-industrial average. Every month from June through December "
        "set a record. Scientists expect 2024 to be hotter still. The 10 warmest years have all "
        "come in the past decade. In 2015, nearly 200 countries agreed in Paris to limit warming."
        " At the time, 1.5 degrees seemed a distant threshold. Now it could be breached within "
        "the next few years. Emissions must fall by 43 percent by 2030 and reach net zero by "
        "2050. For the first time since 2016, an El Nino is adding to the heat. Forecasters say "
        "it should fade by the spring."
    )
    assert news(text, "2024-01-10", "Wednesday") == [
        ("2023", "DATE", "2023"),
        ("last year", "DATE", "2023"),
        ("Every month", "SET", "P1M"),
        ("June", "DATE", "2023-06"),
        ("December", "DATE", "2023-12"),
        ("2024", "DATE", "2024"),
        ("the past decade", "DURATION", "P10Y"),
        ("2015", "DATE", "2015"),
        ("Now", "DATE", "PRESENT_REF"),
        ("the next few years", "DURATION", "PXY"),
        ("2030", "DATE", "2030"),
        ("2050", "DATE", "2050"),
        ("2016", "DATE", "2016"),
        ("the spring", "DATE", "2024-SP"),
    ]


def test_twenty_years_after_9_11_reads_that_afternoon_and_a_generation_ago() -> None:
    """ "On the morning of Sept. 11, 2001" (the date, as TimeBank tags "the night of Oct. 23"),
    "That afternoon", "Within a month", "By the end of 2001", "Two years later", "on Aug. 30"
    (this year's), "For two decades", "This weekend", "A generation ago", "These days"."""
    text = (
        "Twenty years after 9/11, the questions remain. On the morning of Sept. 11, 2001, "
        "nineteen men hijacked four airliners. That afternoon, President Bush returned to "
        "Washington. Within a month, American bombs were falling on Afghanistan. By the end of "
        "2001, the Taliban had been routed. Two years later, the United States invaded Iraq. The "
        "wars lasted far longer than anyone predicted. The last American troops left Kabul on "
        "Aug. 30, just 12 days before the anniversary. For two decades, families of the victims "
        "have sought answers. This weekend, they will gather again at ground zero. A generation "
        "ago, few Americans could find Afghanistan on a map. These days, many would rather forget"
        " it."
    )
    assert news(text, "2021-09-10", "Friday") == [
        ("Twenty years", "DURATION", "P20Y"),
        ("9/11", "DATE", "2001-09-11"),
        ("Sept. 11, 2001", "DATE", "2001-09-11"),
        ("That afternoon", "TIME", "2001-09-11TAF"),
        ("a month", "DURATION", "P1M"),
        ("the end of 2001", "DATE", "2001"),
        ("Two years later", "DATE", "2003"),
        ("Aug. 30", "DATE", "2021-08-30"),
        ("12 days", "DURATION", "P12D"),
        ("two decades", "DURATION", "P20Y"),
        ("This weekend", "DATE", "2021-W36-WE"),
        ("A generation ago", "DATE", "PAST_REF"),
        ("These days", "DATE", "PRESENT_REF"),
    ]


def test_tech_retrospective_reads_the_following_summer_after_that_june() -> None:
    """ "went on sale that June" moves the story to June 2007, so "the following summer" is the
    summer after it (2008), not the summer of 2007; "In the years since", "this month",
    "Back then", "Now", "last quarter", "in September"."""
    text = (
        "The iPhone at 10: how one phone changed everything. Steve Jobs unveiled it in January "
        "2007 and it went on sale that June. The first model had no app store; that came the "
        "following summer. By 2010, rivals were copying its design. In the years since, "
        "smartphone sales have topped 1.5 billion a year. Apple sold its billionth iPhone this "
        "month. Back then, a phone with only one button seemed absurd. Now, almost every phone "
        "looks like it. Sales fell last quarter for the first time since the product launched. "
        "Analysts expect a new model in September."
    )
    assert news(text, "2016-06-29", "Wednesday") == [
        ("January 2007", "DATE", "2007-01"),
        ("that June", "DATE", "2007-06"),
        ("the following summer", "DATE", "2008-SU"),
        ("2010", "DATE", "2010"),
        ("years", "DURATION", "PXY"),
        ("this month", "DATE", "2016-06"),
        ("Now", "DATE", "PRESENT_REF"),
        ("last quarter", "DATE", "2016-Q1"),
        ("September", "DATE", "2016-09"),
    ]


def test_singer_feature_reads_the_middle_of_the_decade_of_the_1940s() -> None:
    """ "in the early 1940s. By the middle of the decade, he was the most famous singer": the
    1940s, not the document's 1990s; "the following year" after 1953, "For the next four
    decades", "two years later" after 1971, "this week", "next month"."""
    text = (
        "He was the last of the great crooners. Born in Hoboken in 1915, he sang with the Dorsey "
        "band in the early 1940s. By the middle of the decade, he was the most famous singer in "
        "America. The early 1950s were lean years. In 1953, he won an Oscar; the following year "
        "his records were selling again. For the next four decades, he rarely left the charts. He"
        " retired in 1971, only to return two years later. In his final years he performed less "
        "often. He gave his last concert in February 1995. Fans gathered outside his home this "
        "week. A memorial is planned for next month."
    )
    assert news(text, "1998-08-21", "Friday") == [
        ("1915", "DATE", "1915"),
        ("the early 1940s", "DATE", "194"),
        ("the middle of the decade", "DATE", "194"),
        ("The early 1950s", "DATE", "195"),
        ("1953", "DATE", "1953"),
        ("the following year", "DATE", "1954"),
        ("the next four decades", "DURATION", "P40Y"),
        ("1971", "DATE", "1971"),
        ("two years later", "DATE", "1973"),
        ("February 1995", "DATE", "1995-02"),
        ("this week", "DATE", "1998-W34"),
        ("next month", "DATE", "1998-09"),
    ]


def test_city_feature_reads_the_end_of_the_century_after_the_1980s() -> None:
    """ "In the 1970s and 1980s ... By the end of the century, whole blocks stood empty": the
    20th century's end (19), while "hopes to balance the budget by the end of the decade" is
    the document's decade; "A generation ago", "Over the last five years", "for the first
    time in decades", "This spring", "by 2015", "since 2009", "for months", "last year"."""
    text = (
        "The new urban frontier. A generation ago, downtown Detroit emptied out after dark In the"
        " 1970s and 1980s, the city lost a third of its residents. By the end of the century, "
        "whole blocks stood empty. Over the last five years, young people have started moving "
        "back. In 2011, the downtown population grew for the first time in decades. This spring, "
        "three new restaurants opened on Woodward Avenue. Developers plan to add 2,000 apartments"
        " by 2015. Back then, a loft on Woodward cost less than a used car. Now rents have "
        "tripled since 2009, and waiting lists run for months. Critics say the revival has "
        "bypassed the neighborhoods, where the population is still falling. The city emerged from"
        " bankruptcy talks last year, and the mayor hopes to balance the budget by the end of the"
        " decade."
    )
    assert news(text, "2012-04-16", "Monday") == [
        ("A generation ago", "DATE", "PAST_REF"),
        ("the 1970s", "DATE", "197"),
        ("1980s", "DATE", "198"),
        ("the end of the century", "DATE", "19"),
        ("the last five years", "DURATION", "P5Y"),
        ("2011", "DATE", "2011"),
        ("decades", "DURATION", "PXDE"),
        ("This spring", "DATE", "2012-SP"),
        ("2015", "DATE", "2015"),
        ("Now", "DATE", "PRESENT_REF"),
        ("2009", "DATE", "2009"),
        ("months", "DURATION", "PXM"),
        ("last year", "DATE", "2011"),
        ("the end of the decade", "DATE", "201"),
    ]


def test_midterms_analysis_reads_that_year_and_eight_years_later() -> None:
    """ "for the first time since 2010. That year ... Eight years later" (2018), "in half a
    century", "in January" ahead, "in the coming months", "For decades", "These days", "The
    2020 race", "Two years ago", "Over the next two years", "By 2020"."""
    text = (
        "Analysis: What the midterms mean for the next two years. Democrats won control of the "
        "House on Tuesday for the first time since 2010. That year, a Tea Party wave swept "
        "Republicans into power during the Obama administration. Eight years later, the suburbs "
        "have swung the other way. Turnout was the highest in a midterm in half a century. The "
        "new majority will take over in January and is expected to open investigations in the "
        "coming months. For decades, the party in the White House has lost seats in its first "
        "midterm. These days, few districts are truly competitive. The 2020 race effectively "
        "began on Wednesday. Two years ago, few analysts predicted such a swing. The last time "
        "the House flipped in a midterm was in 2010, and before that in 1994. Over the next two "
        "years, the new majority will hold the purse strings. By 2020, the map could look very "
        "different."
    )
    assert news(text, "2018-11-07", "Wednesday") == [
        ("the next two years", "DURATION", "P2Y"),
        ("Tuesday", "DATE", "2018-11-06"),
        ("2010", "DATE", "2010"),
        ("That year", "DATE", "2010"),
        ("Eight years later", "DATE", "2018"),
        ("half a century", "DURATION", "P50Y"),
        ("January", "DATE", "2019-01"),
        ("the coming months", "DURATION", "PXM"),
        ("decades", "DURATION", "PXDE"),
        ("These days", "DATE", "PRESENT_REF"),
        ("2020", "DATE", "2020"),
        ("Wednesday", "DATE", "2018-11-07"),
        ("Two years ago", "DATE", "2016"),
        ("2010", "DATE", "2010"),
        ("1994", "DATE", "1994"),
        ("the next two years", "DURATION", "P2Y"),
        ("2020", "DATE", "2020"),
    ]


LOOK_ALIKES = [
    "The pandemic years were hard on small shops.",
    "During the Obama administration, a plant reopened.",
    "At the time, few believed the city would recover.",
    "Back then, a phone with only one button seemed absurd.",
    "In the early years, she worked long days.",
    "Stocks that fall on bad news often recover.",
    "Funds that fall, however slightly, are sold.",
    "For a generation, the valley has waited for its comeback.",
    "The next generation of phones will fold.",
    "Since then, wages have crept closer.",
]


@pytest.mark.parametrize("text", LOOK_ALIKES)
def test_feature_look_alikes_yield_nothing(text: str) -> None:
    """Eras named by an event or an office, "At the time", "Back then", "the early years", the
    verb "fall" after "that", and "a generation" without "ago" are no dates."""
    assert news(text, "2021-11-08", "Monday") == []


def test_a_present_clause_after_a_past_one_looks_ahead() -> None:
    """ "tickets for April are already scarce", on 14 March 2003: this April."""
    text = "The run was extended this week, and tickets for April are already scarce."
    assert news(text, "2003-03-14", "Friday") == [
        ("this week", "DATE", "2003-W11"),
        ("April", "DATE", "2003-04"),
    ]


@pytest.mark.xfail(
    strict=True,
    reason="a plan told in the simple present without a future cue ('moves to Chicago in the "
    "fall') takes the nearest fall, last year's; only fixture verbs before a month or a "
    "weekday ('returns June 9') are read as plans",
)
def test_a_production_moving_in_the_fall_looks_ahead() -> None:
    """ "The production moves to Chicago in the fall", in March: the coming fall."""
    text = "The production moves to Chicago in the fall."
    assert news(text, "2003-03-14", "Friday") == [("the fall", "DATE", "2003-FA")]


def test_the_next_spring_counts_from_the_story_year() -> None:
    """ "My father lost his job in 1983. The next spring, he found work": spring 1984."""
    text = "My father lost his job in 1983. The next spring, he found work at a hospital."
    assert news(text, "2019-05-02", "Thursday") == [
        ("1983", "DATE", "1983"),
        ("The next spring", "DATE", "1984-SP"),
    ]


def test_twenty_years_ago_tonight_is_that_night_back_then() -> None:
    """ "Twenty years ago tonight", on 9 November 2009: the night of 9 November 1989."""
    text = "Twenty years ago tonight, the Berlin Wall opened."
    assert news(text, "2009-11-09", "Monday") == [
        ("Twenty years ago tonight", "TIME", "1989-11-09TNI"),
    ]
