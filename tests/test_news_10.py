"""News articles, tenth round: Wikinews and local and regional papers of 2005-2022 (council
meetings, school boards, police blotters, fire calls), press releases, profiles that move
between years, and corrections.

The values turn on which date a relative expression counts from: "the previous Friday" after
a season or a month is the Friday before the last day the story named ("said on Monday ...
since September. The previous Friday, ..."), not before that month; "the same day" told in
the past after a day ahead is the day the story is about ("won on Tuesday ... counted through
Friday. The same day, voters approved ..."); "Two years later" moves a profile's story on, so
that "that summer" is of its year. A verb right after a day is the day's ("The county
executive on Monday proposed a budget ... that begins July 1"), a month after "that" may be
the subject of its clause ("analysts warn that January could be slow"), and a correction's
"Saturday, not Sunday" sets aside the Sunday after that Saturday. A holiday's weekend is the
weekend it makes long ("Memorial Day weekend", "the Fourth of July weekend"), and a season's
semester with its year is that season ("the fall semester of 2010"). Each test is an article
run as chrono is scored: genre "news", its date as the document date, its weekday checked with
``datetime``. The tables are annotated by hand with the (text, type, value) TimeBank would
give.
"""

from __future__ import annotations

from passages import news


def test_wikinews_dateline_then_on_tuesday_and_results_counted_early_wednesday() -> None:
    """Wikinews under its dateline line: "On Tuesday" the day before, "7 p.m." of that day,
    "early Wednesday morning" the dateline's own, "since early February", "April 22" ahead."""
    text = (
        "Wednesday, March 5, 2008\n\n"
        "On Tuesday, voters in Ohio and Texas went to the polls in primaries that could decide "
        "the Democratic nomination. Polls in Texas closed at 7 p.m. local time, and results "
        "were still being counted early Wednesday morning. Senator Hillary Clinton won Ohio by "
        "ten points; she had trailed in national polls since early February. The candidates "
        "will next meet in Pennsylvania, whose primary is on April 22."
    )
    assert news(text, "2008-03-05", "Wednesday") == [
        ("Wednesday, March 5, 2008", "DATE", "2008-03-05"),
        ("Tuesday", "DATE", "2008-03-04"),
        ("7 p.m.", "TIME", "2008-03-04T19:00"),
        ("Wednesday morning", "TIME", "2008-03-05TMO"),
        ("early February", "DATE", "2008-02"),
        ("April 22", "DATE", "2008-04-22"),
    ]


def test_wikinews_in_january_reads_december_and_the_previous_friday_after_a_month() -> None:
    """Wikinews in January: "December" and "since September" of the year before, "The
    previous Friday" the Friday before the Monday the story named (not before September),
    "that February could bring" the February ahead."""
    text = (
        "Tuesday, January 14, 2020\n\n"
        "Australia's Bureau of Meteorology said on Monday that December was the hottest month "
        "on record for the country, and that 2019 was its driest year. Bushfires have burned "
        "more than 10 million hectares since September. The previous Friday, thousands of "
        "residents were evacuated from towns on the south coast. Officials warn that February "
        "could bring more fires."
    )
    assert news(text, "2020-01-14", "Tuesday") == [
        ("Tuesday, January 14, 2020", "DATE", "2020-01-14"),
        ("Monday", "DATE", "2020-01-13"),
        ("December", "DATE", "2019-12"),
        ("2019", "DATE", "2019"),
        ("September", "DATE", "2019-09"),
        ("The previous Friday", "DATE", "2020-01-10"),
        ("February", "DATE", "2020-02"),
    ]


def test_police_blotter_reads_late_saturday_and_a_clock_time_with_its_day() -> None:
    """A police blotter on a Tuesday: "late Saturday", "about 11:40 p.m. Saturday", "early
    Sunday"; "the 2300 block" and a tip line's number are no dates."""
    text = (
        "Police are investigating a shooting that left a man wounded late Saturday in the 2300 "
        "block of Elm Street. Officers were called at about 11:40 p.m. Saturday and found the "
        "24-year-old with a gunshot wound to the leg. A second shooting was reported early "
        "Sunday on Walnut Avenue. Anyone with information can call Crime Stoppers at 555-1776."
    )
    assert news(text, "2019-01-08", "Tuesday") == [
        ("late Saturday", "DATE", "2019-01-05"),
        ("11:40 p.m. Saturday", "TIME", "2019-01-05T23:40"),
        ("early Sunday", "DATE", "2019-01-06"),
    ]


def test_council_story_reads_sunday_nights_meeting_and_the_thanksgiving_weekend() -> None:
    """A council story on the Monday after Thanksgiving: "Sunday night's meeting", "Election
    Day" (that November's), "the Thanksgiving weekend" (the weekend after the Thursday), "7
    p.m. Jan. 14" of the coming year."""
    text = (
        "The city council voted 5-2 at Sunday night's meeting to put the library bond back on "
        "the ballot. Voters rejected a similar measure on Election Day. Council member Ann Ruiz "
        "said the vote came too soon: many residents were out of town over the Thanksgiving "
        "weekend. The council will hold a public hearing on the bond; the meeting is scheduled "
        "for 7 p.m. Jan. 14 at City Hall."
    )
    assert news(text, "2012-11-26", "Monday") == [
        ("Sunday night", "TIME", "2012-11-25TNI"),
        ("Election Day", "DATE", "2012-11-06"),
        ("Thanksgiving weekend", "DATE", "2012-W47-WE"),
        ("7 p.m. Jan. 14", "TIME", "2013-01-14T19:00"),
    ]


def test_press_release_reads_its_bracketed_date_and_a_call_at_8_30_tomorrow() -> None:
    """A press release: "(March 3, 2015) --", "today announced", "its fourth quarter and
    fiscal year 2014", "at 8:30 a.m. ET tomorrow", "for 30 days"."""
    text = (
        "FOR IMMEDIATE RELEASE\n\n"
        "BOSTON (March 3, 2015) -- Acme Robotics Inc. today announced record revenue for its "
        "fourth quarter and fiscal year 2014. The company will host a conference call at 8:30 "
        "a.m. ET tomorrow to discuss the results. A replay will be available for 30 days."
    )
    assert news(text, "2015-03-03", "Tuesday") == [
        ("March 3, 2015", "DATE", "2015-03-03"),
        ("today", "DATE", "2015-03-03"),
        ("fourth quarter", "DATE", "2014-Q4"),
        ("fiscal year 2014", "DATE", "2014"),
        ("8:30 a.m. ET tomorrow", "TIME", "2015-03-04T08:30-05:00"),
        ("30 days", "DURATION", "P30D"),
    ]


def test_profile_moves_on_two_years_later_and_back_to_now() -> None:
    """A profile: "In 1987", "Two years later" (1989) and "that summer" of 1989, not 1987;
    "the mid-1990s"; "Now"; "the Memorial Day weekend" just past (the weekend before the
    Monday) and "on Friday" ahead."""
    text = (
        "In 1987, she opened a bakery on Main Street with $3,000 in savings. Two years later, a "
        "fire destroyed the shop, and she rebuilt it that summer. By the mid-1990s the bakery "
        "employed 40 people. Now, at 62, she is handing it to her daughter. The family threw a "
        "farewell party over the Memorial Day weekend, and she will retire on Friday."
    )
    assert news(text, "2016-05-31", "Tuesday") == [
        ("1987", "DATE", "1987"),
        ("Two years later", "DATE", "1989"),
        ("that summer", "DATE", "1989-SU"),
        ("the mid-1990s", "DATE", "199"),
        ("Now", "DATE", "PRESENT_REF"),
        ("Memorial Day weekend", "DATE", "2016-W21-WE"),
        ("Friday", "DATE", "2016-06-03"),
    ]


def test_school_board_story_reads_the_fall_semester_of_a_year() -> None:
    """A school board in August: "the 2009-10 school year" (its two years), "last year",
    "start Monday" ahead, "the fall semester of 2010" (that fall), "Sept. 3"."""
    text = (
        "The school board on Wednesday approved a $48 million budget for the 2009-10 school "
        "year, down 4 percent from last year. Classes start Monday. The board also voted to "
        "delay the new high school schedule until the fall semester of 2010. The board meets "
        "again Sept. 3."
    )
    assert news(text, "2009-08-20", "Thursday") == [
        ("Wednesday", "DATE", "2009-08-19"),
        ("2009", "DATE", "2009"),
        ("10", "DATE", "2010"),
        ("last year", "DATE", "2008"),
        ("Monday", "DATE", "2009-08-24"),
        ("the fall semester of 2010", "DATE", "2010-FA"),
        ("Sept. 3", "DATE", "2009-09-03"),
    ]


def test_correction_reads_an_article_on_tuesday_and_saturday_not_sunday() -> None:
    """A correction on a Thursday: "An article on Tuesday" behind; the ceremony "is Saturday,
    not Sunday": the coming Saturday and the Sunday after it; "last week"; "10 a.m. Dec. 11"."""
    text = (
        "Correction: An article on Tuesday misstated the date of the city's tree-lighting "
        "ceremony. The ceremony is Saturday, not Sunday. An article last week about the "
        "holiday parade also misstated its start time; the parade begins at 10 a.m. Dec. 11."
    )
    assert news(text, "2021-12-02", "Thursday") == [
        ("Tuesday", "DATE", "2021-11-30"),
        ("Saturday", "DATE", "2021-12-04"),
        ("Sunday", "DATE", "2021-12-05"),
        ("last week", "DATE", "2021-W47"),
        ("10 a.m. Dec. 11", "TIME", "2021-12-11T10:00"),
    ]


def test_december_sales_story_reads_january_ahead_after_that() -> None:
    """Retail news after Christmas: "the day after Thanksgiving", "Christmas Eve", "October"
    behind; "analysts warn that January could be slow": the month after the conjunction is
    the coming January, as "mid-January" is."""
    text = (
        "Holiday sales rose 6 percent this year, the retail federation said Tuesday. Shoppers "
        "crowded malls the day after Thanksgiving, and sales were strong through Christmas "
        "Eve. Sales had been weak in October, and analysts warn that January could be slow. "
        "The federation will release its final figures in mid-January."
    )
    assert news(text, "2005-12-28", "Wednesday") == [
        ("this year", "DATE", "2005"),
        ("Tuesday", "DATE", "2005-12-27"),
        ("the day after Thanksgiving", "DATE", "2005-11-25"),
        ("Christmas Eve", "DATE", "2005-12-24"),
        ("October", "DATE", "2005-10"),
        ("January", "DATE", "2006-01"),
        ("mid-January", "DATE", "2006-01"),
    ]


def test_election_story_reads_the_same_day_told_in_the_past_as_election_day() -> None:
    """The day after an election: "on Tuesday", "Jan. 3" ahead, "Election Day" (Tuesday),
    "through Friday" ahead; "The same day, voters approved" is told in the past, so it is
    the election's Tuesday, not that Friday; "in May" behind."""
    text = (
        "Republicans won control of the county board on Tuesday, taking three of five seats. "
        "The new board members will be sworn in on Jan. 3. Election officials said absentee "
        "ballots postmarked by Election Day would be counted through Friday. The same day, "
        "voters approved a school levy that had failed in May."
    )
    assert news(text, "2010-11-03", "Wednesday") == [
        ("Tuesday", "DATE", "2010-11-02"),
        ("Jan. 3", "DATE", "2011-01-03"),
        ("Election Day", "DATE", "2010-11-02"),
        ("Friday", "DATE", "2010-11-05"),
        ("The same day", "DATE", "2010-11-02"),
        ("May", "DATE", "2010-05"),
    ]


def test_fire_story_reads_a_clock_time_of_early_sunday_and_the_fourth_of_july_weekend() -> None:
    """A fire on a Monday's page: "early Sunday", "2:15 a.m." of that Sunday, "the Fourth of
    July weekend" (the weekend after that Friday), "On Thursday" and "that day"."""
    text = (
        "A fire early Sunday destroyed a barn on Route 9, the fire chief said. Firefighters were "
        "called at 2:15 a.m. It was the second barn fire in the area since the Fourth of July "
        "weekend. On Thursday, a barn burned on Cole Road; that day, investigators ruled out "
        "arson."
    )
    assert news(text, "2014-07-07", "Monday") == [
        ("early Sunday", "DATE", "2014-07-06"),
        ("2:15 a.m.", "TIME", "2014-07-06T02:15"),
        ("the Fourth of July weekend", "DATE", "2014-W27-WE"),
        ("Thursday", "DATE", "2014-07-03"),
        ("that day", "DATE", "2014-07-03"),
    ]


def test_budget_story_reads_the_day_a_proposal_was_made_before_a_date_ahead() -> None:
    """County news: "on Monday proposed" is the Monday behind, although the budget "would take
    effect July 1"; "the week of May 9", "by June 15"."""
    text = (
        "The county executive on Monday proposed a $1.2 billion budget that would take effect "
        "July 1. Property taxes would rise 2 percent. Hearings are set for the week of May 9, "
        "and the council must adopt a budget by June 15."
    )
    assert news(text, "2022-04-19", "Tuesday") == [
        ("Monday", "DATE", "2022-04-18"),
        ("July 1", "DATE", "2022-07-01"),
        ("the week of May 9", "DATE", "2022-W19"),
        ("June 15", "DATE", "2022-06-15"),
    ]


def test_village_story_reads_this_past_weekend_and_the_labor_day_weekend() -> None:
    """A village story on a Monday: "this past weekend" (the one just over), "late Saturday"
    and "early Sunday" of it, "the Labor Day weekend" (the weekend before that Monday),
    "Thursday night" ahead."""
    text = (
        "Heavy rain this past weekend flooded dozens of basements in the village, officials "
        "said Monday. The storm dumped 5 inches of rain between late Saturday and early Sunday. "
        "Crews had cleared storm drains over the Labor Day weekend. The village board will "
        "discuss the flooding at its meeting Thursday night."
    )
    assert news(text, "2018-09-10", "Monday") == [
        ("this past weekend", "DATE", "2018-W36-WE"),
        ("Monday", "DATE", "2018-09-10"),
        ("late Saturday", "DATE", "2018-09-08"),
        ("early Sunday", "DATE", "2018-09-09"),
        ("Labor Day weekend", "DATE", "2018-W35-WE"),
        ("Thursday night", "TIME", "2018-09-13TNI"),
    ]


def test_local_numbers_are_no_dates() -> None:
    """A blotter's and a council's numbers: a block, a precinct, an ordinance's number, a
    count of ballots, a tip line's number called "at" after whom to call."""
    text = (
        "Police said the 2300 block of Elm Street, Precinct 14 and Ordinance 2012-14 were "
        "involved; 1,987 ballots were cast. Call the tip line at 555-1212."
    )
    assert news(text, "2022-04-19", "Tuesday") == []


def test_a_clock_time_until_which_crews_remained_is_of_the_day_told() -> None:
    """ "called at 2:15 a.m. Sunday and remained at the scene until midday": that Sunday's."""
    text = "Firefighters were called at 2:15 a.m. Sunday and remained at the scene until midday."
    assert news(text, "2014-07-07", "Monday") == [
        ("2:15 a.m. Sunday", "TIME", "2014-07-06T02:15"),
        ("midday", "TIME", "2014-07-06T12:00"),
    ]
