"""News, nineteenth round: history inside the news (2005-2025): anniversary pieces, an "On
this day" column, obituaries that tell a life, explainers that retell a crisis step by step,
court stories that retell the crime, and features that jump between the story's present and
its past.

A relative expression that follows a date the story has just told in the past counts from
that date ("On March 8 ... The next day", "In 1987 ... That summer", "On the night of Oct. 3,
2019 ... The next morning", "in 1953 ... the following year"), while "today", "this week",
"last year" and "now" still count from the document date; an anniversary's "ago" counts back
from the document date ("Fifty years ago today", "One year ago today", "Ten years ago:"), and
"On this date in 1989" is the document's month and day in 1989. New here: an anniversary of a
part of the day ("Twenty years ago this morning": that morning back then, and the clock times
after it are of that day), "Half a century ago this week" (fifty years back, that week), "By
the end of the week" or "of the month" told in the past after a day of the story (the story's
week or month, not the document's), a month and day told in the past after an anniversary's
appositive date ("A decade ago, on Aug. 29, 2005, ... On Sept. 2": 2005), a weekday in
apposition to the day a count reached ("Two days later, on Sunday evening"), and a past
perfect aside that does not move the story ("Iraq had invaded Kuwait on Aug. 2, 1990 ... The
next day"). "Apollo 11", "Flight 93", "Flight 175", "Route 66", "Catch-22", "Woodstock '69",
ages ("aged 86", "Aldrin, 89", "Ruiz, 42") and an address ("1969 Elm Street") yield nothing;
"the 1969 Mets" and "The Class of 1969" hold the year 1969, as TimeBank tags a year naming a
season or a class (tests/test_noticed_gaps_19.py pins "The class of 1999"). Each test is an
article read as chrono is scored: genre "news", its publication date as the document date,
its weekday checked with ``datetime``; the tables are annotated by hand with the (text, type,
value[, mod]) TimeML would give.
"""

from __future__ import annotations

import pytest
from passages import Row, news, news_with_mods


def test_an_apollo_anniversary_counts_its_steps_from_the_landing_not_from_today() -> None:
    """ "Fifty years ago today, on July 20, 1969": the same day, twice; "Six and a half hours
    later" is that day (no clock time was told), "four days earlier" the launch, "That
    evening" the evening of July 24; "Today" and "this week" are the document's; "Apollo 11"
    and "Aldrin, 89" stay untagged."""
    text = (
        "HOUSTON (AP) — Fifty years ago today, on July 20, 1969, Neil Armstrong and Buzz Aldrin "
        "set the lunar module Eagle down on the Sea of Tranquility. Six and a half hours later, "
        "Armstrong stepped onto the surface. Apollo 11 had lifted off from Cape Canaveral four "
        "days earlier, and the crew splashed down in the Pacific on July 24. That evening, "
        "President Nixon greeted them aboard the USS Hornet. Today, Aldrin, 89, is the last of "
        "the three who flew. NASA said this week that it wants astronauts back on the moon by "
        "2024."
    )
    assert news(text, "2019-07-20", "Saturday") == [
        ("Fifty years ago today", "DATE", "1969-07-20"),
        ("July 20, 1969", "DATE", "1969-07-20"),
        ("Six and a half hours later", "DATE", "1969-07-20"),
        ("four days earlier", "DATE", "1969-07-16"),
        ("July 24", "DATE", "1969-07-24"),
        ("That evening", "TIME", "1969-07-24TEV"),
        ("Today", "DATE", "2019-07-20"),
        ("this week", "DATE", "2019-W29"),
        ("2024", "DATE", "2024"),
    ]


def test_a_today_in_history_column_counts_its_years_ago_from_the_document_date() -> None:
    """An AP "Today in History" column: "Today is Thursday, Aug. 6, 2015", "147 days left in
    the year" (a duration and the year), the highlight's "Three days later" and "Aug. 15" of
    1945, the "On this date:" entries' bare years, and "Ten years ago:", "One year ago:" counted
    back from the document date."""
    text = (
        "Today is Thursday, Aug. 6, 2015. There are 147 days left in the year.\n\n"
        "Today's Highlight in History:\n"
        "On Aug. 6, 1945, during World War II, the United States dropped an atomic bomb on "
        "Hiroshima, Japan. Three days later, a second bomb fell on Nagasaki, and Japan "
        "surrendered on Aug. 15.\n\n"
        "On this date:\n"
        "In 1825, Bolivia declared its independence from Peru.\n"
        "In 1962, Jamaica became independent of Britain.\n\n"
        "Ten years ago: A Tunisian airliner ditched off Sicily, killing 16 people.\n\n"
        "One year ago: Russia banned most food imports from the West."
    )
    assert news(text, "2015-08-06", "Thursday") == [
        ("Today", "DATE", "2015-08-06"),
        ("Thursday, Aug. 6, 2015", "DATE", "2015-08-06"),
        ("147 days", "DURATION", "P147D"),
        ("the year", "DATE", "2015"),
        ("Today", "DATE", "2015-08-06"),
        ("Aug. 6, 1945", "DATE", "1945-08-06"),
        ("Three days later", "DATE", "1945-08-09"),
        ("Aug. 15", "DATE", "1945-08-15"),
        ("1825", "DATE", "1825"),
        ("1962", "DATE", "1962"),
        ("Ten years ago", "DATE", "2005"),
        ("One year ago", "DATE", "2014"),
    ]


def test_an_obituary_tells_a_life_year_by_year() -> None:
    """An obituary: "died on Monday" the document's week, "Born on May 4, 1931", "in 1953",
    "the following year" (1954) and "that summer" (of 1954), "Two years later" after 1996;
    "She was 91" stays untagged."""
    text = (
        "Margaret Ellis, a chemist who helped develop one of the first home pregnancy tests, "
        "died on Monday at her home in Evanston, Ill. She was 91. Born on May 4, 1931, in "
        "Duluth, Minn., she studied chemistry at the University of Minnesota and married "
        "Robert Ellis, a classmate, in 1953. The couple moved to Chicago the following year, "
        "and that summer she joined the laboratory of Abbott Laboratories. She retired in 1996."
        " Two years later, she founded a scholarship for women in science. Her husband died in "
        "2010. She is survived by two daughters and five grandchildren."
    )
    assert news(text, "2023-03-15", "Wednesday") == [
        ("Monday", "DATE", "2023-03-13"),
        ("May 4, 1931", "DATE", "1931-05-04"),
        ("1953", "DATE", "1953"),
        ("the following year", "DATE", "1954"),
        ("that summer", "DATE", "1954-SU"),
        ("1996", "DATE", "1996"),
        ("Two years later", "DATE", "1998"),
        ("2010", "DATE", "2010"),
    ]


def test_an_explainer_dates_a_weekday_in_apposition_to_the_day_a_count_reached() -> None:
    """ "How the collapse unfolded": "On March 8", "The next day" (9th), "On March 10", "Two
    days later, on Sunday evening" (the 12th, a Sunday, in the evening), "By the end of the
    month" (March, its end), "This week" the document's."""
    text = (
        "How the collapse unfolded\n\n"
        "On March 8, Silicon Valley Bank said it had sold $21 billion of securities at a loss "
        "and would raise capital. The next day, its shares fell 60 percent and customers "
        "pulled $42 billion in deposits. On March 10, California regulators closed the bank. "
        "Two days later, on Sunday evening, the Treasury, the Fed and the FDIC said all "
        "depositors would be made whole. By the end of the month, First Republic had lost more"
        " than $100 billion in deposits. This week, regulators are weighing a sale of the "
        "bank's remaining assets."
    )
    assert news_with_mods(text, "2023-03-20", "Monday") == [
        ("March 8", "DATE", "2023-03-08"),
        ("The next day", "DATE", "2023-03-09"),
        ("March 10", "DATE", "2023-03-10"),
        ("Two days later", "DATE", "2023-03-12"),
        ("Sunday evening", "TIME", "2023-03-12TEV"),
        ("the end of the month", "DATE", "2023-03", "END"),
        ("This week", "DATE", "2023-W12"),
    ]


def test_a_court_story_retells_the_crime_from_the_night_it_names() -> None:
    """A verdict story: "on Wednesday" the document's; "the night of Oct. 3, 2019" (TimeBank
    tags the date), "Hours later" (the count alone, a duration, "later" its signal), "The
    next morning" the 4th's, "two weeks later" counted from the crime; "last month" and "Jan.
    12" the document's; "Ruiz, 42" and "1969 Elm Street" stay untagged."""
    text = (
        "A jury on Wednesday convicted Daniel Ruiz, 42, of first-degree murder in the death of "
        "his former business partner. On the night of Oct. 3, 2019, prosecutors said, Ruiz "
        "drove to the partner's house at 1969 Elm Street, shot him twice and set the garage on "
        "fire. Hours later, he used the victim's card at a gas station. The next morning, a "
        "neighbor found the body. Detectives arrested Ruiz two weeks later in Tucson. The trial "
        "began last month. Sentencing is set for Jan. 12."
    )
    assert news(text, "2021-11-18", "Thursday") == [
        ("Wednesday", "DATE", "2021-11-17"),
        ("Oct. 3, 2019", "DATE", "2019-10-03"),
        ("Hours", "DURATION", "PTXH"),
        ("The next morning", "TIME", "2019-10-04TMO"),
        ("two weeks later", "DATE", "2019-W42"),
        ("last month", "DATE", "2021-10"),
        ("Jan. 12", "DATE", "2022-01-12"),
    ]


def test_a_feature_jumps_between_the_mill_today_and_its_past() -> None:
    """ "Today, the mill is empty. In 1987, it employed 2,000 people. That summer, ...": 1987's
    summer, "six weeks" a duration, "The following year" 1988, "By 1995"; "Now" and "Last
    year" return to the document date; "2,000 people" and "$1" stay untagged."""
    text = (
        "Today, the Harmon mill is empty, its windows boarded and its parking lot cracked. In "
        "1987, it employed 2,000 people. That summer, the union struck for six weeks, and the "
        "owners never forgave it. The following year, they moved the looms to South Carolina. "
        "By 1995, the last shift had clocked out. Now, the town's biggest employer is a prison."
        " Last year, the county sold the mill for $1."
    )
    assert news(text, "2017-06-04", "Sunday") == [
        ("Today", "DATE", "2017-06-04"),
        ("1987", "DATE", "1987"),
        ("That summer", "DATE", "1987-SU"),
        ("six weeks", "DURATION", "P6W"),
        ("The following year", "DATE", "1988"),
        ("1995", "DATE", "1995"),
        ("Now", "DATE", "PRESENT_REF"),
        ("Last year", "DATE", "2016"),
    ]


def test_an_anniversary_of_a_morning_puts_its_clock_times_on_that_day_back_then() -> None:
    """ "Twenty years ago this morning" on 11 September 2021: the morning of 11 September 2001
    (a TIME); "8:46 a.m.", "Seventeen minutes later", "9:37 a.m." and the rest are of that
    day; "On Saturday" is the document's day and "every year since 2002" a set and a year;
    "Flight 11", "Flight 175" and "Flight 93" stay untagged."""
    text = (
        "NEW YORK (AP) — Twenty years ago this morning, hijackers flew American Airlines Flight"
        " 11 into the north tower of the World Trade Center at 8:46 a.m. Seventeen minutes "
        "later, United Airlines Flight 175 struck the south tower. At 9:37 a.m., a third plane "
        "hit the Pentagon, and United Airlines Flight 93 crashed in a field near Shanksville, "
        "Pa., at 10:03 a.m. The south tower fell at 9:59 a.m.; the north tower collapsed 29 "
        "minutes later. On Saturday, families read the names of the dead at the memorial, as "
        "they have every year since 2002."
    )
    assert news(text, "2021-09-11", "Saturday") == [
        ("Twenty years ago this morning", "TIME", "2001-09-11TMO"),
        ("8:46 a.m.", "TIME", "2001-09-11T08:46"),
        ("Seventeen minutes later", "TIME", "2001-09-11T09:03"),
        ("9:37 a.m.", "TIME", "2001-09-11T09:37"),
        ("10:03 a.m.", "TIME", "2001-09-11T10:03"),
        ("9:59 a.m.", "TIME", "2001-09-11T09:59"),
        ("29 minutes later", "TIME", "2001-09-11T10:28"),
        ("Saturday", "DATE", "2021-09-11"),
        ("every year", "SET", "P1Y"),
        ("2002", "DATE", "2002"),
    ]


def test_on_this_date_in_1989_is_the_document_day_back_then_and_the_story_goes_on_from_it() -> None:
    """ "On this date in 1989" on 9 November 2019 is 1989-11-09; "Hours later" a duration,
    "The next morning" the 10th's, "The following year" 1990, "on Oct. 3, 1990"; "On
    Saturday" is the document's day."""
    text = (
        "BERLIN (AP) — On this date in 1989, an East German spokesman told a news conference "
        'that citizens could cross the border "immediately." Hours later, crowds pushed through'
        " the checkpoints at Bornholmer Strasse. The next morning, people were chipping at the "
        "concrete with hammers. The following year, on Oct. 3, 1990, the two Germanys reunited."
        " On Saturday, Chancellor Angela Merkel laid a rose at the memorial on Bernauer Strasse."
    )
    assert news(text, "2019-11-09", "Saturday") == [
        ("this date in 1989", "DATE", "1989-11-09"),
        ("Hours", "DURATION", "PTXH"),
        ("The next morning", "TIME", "1989-11-10TMO"),
        ("The following year", "DATE", "1990"),
        ("Oct. 3, 1990", "DATE", "1990-10-03"),
        ("Saturday", "DATE", "2019-11-09"),
    ]


def test_half_a_century_ago_this_week_is_that_week_back_then() -> None:
    """ "Half a century ago this week" on 15 August 2019: the week of 15 August 1969;
    "three days" a duration, "Aug. 15, 1969", "that weekend" its weekend, "Aug. 18" of
    1969, "Two months later" October 1969, "the 1969 Mets" the year; "Today", "2008", "this
    weekend" and "last month" are the document's; "Woodstock '69" stays untagged."""
    text = (
        "BETHEL, N.Y. (AP) — Half a century ago this week, more than 400,000 people crowded "
        "onto Max Yasgur's dairy farm for three days of music. Woodstock '69 opened on Aug. 15,"
        " 1969, with Richie Havens, and it rained that weekend. Jimi Hendrix closed it on the "
        "morning of Aug. 18. Two months later, the 1969 Mets won the World Series. Today the "
        "site holds a museum, which opened in 2008. A 50th-anniversary concert planned for this"
        " weekend was canceled last month."
    )
    assert news(text, "2019-08-15", "Thursday") == [
        ("Half a century ago this week", "DATE", "1969-W33"),
        ("three days", "DURATION", "P3D"),
        ("Aug. 15, 1969", "DATE", "1969-08-15"),
        ("that weekend", "DATE", "1969-W33-WE"),
        ("Aug. 18", "DATE", "1969-08-18"),
        ("Two months later", "DATE", "1969-10"),
        ("1969", "DATE", "1969"),
        ("Today", "DATE", "2019-08-15"),
        ("2008", "DATE", "2008"),
        ("this weekend", "DATE", "2019-W33-WE"),
        ("last month", "DATE", "2019-07"),
    ]


def test_a_retrospective_ends_the_week_it_tells_not_the_document_week() -> None:
    """ "Ten years ago, on Sept. 15, 2008": the week after Lehman's bankruptcy; "By the end of
    the week" told in the past is that week's end (2008-W38), "Two weeks later" 2008-W40,
    "In October" 2008's; "Today" and "this year" are the document's."""
    text = (
        "NEW YORK (AP) — Ten years ago, on Sept. 15, 2008, Lehman Brothers filed for "
        "bankruptcy, the largest in U.S. history. The next day, the Federal Reserve lent AIG $85"
        " billion. By the end of the week, money-market funds were breaking the buck. Two weeks"
        " later, the House rejected a $700 billion bailout, and the Dow fell 778 points. In "
        "October, Congress passed it. Today, the banks are bigger than they were then, and "
        "regulators this year eased some of the rules written after the crisis."
    )
    assert news_with_mods(text, "2018-09-15", "Saturday") == [
        ("Ten years ago", "DATE", "2008"),
        ("Sept. 15, 2008", "DATE", "2008-09-15"),
        ("The next day", "DATE", "2008-09-16"),
        ("the end of the week", "DATE", "2008-W38", "END"),
        ("Two weeks later", "DATE", "2008-W40"),
        ("October", "DATE", "2008-10"),
        ("Today", "DATE", "2018-09-15"),
        ("this year", "DATE", "2018"),
    ]


def test_a_reunion_story_reads_the_class_of_1969_and_that_fall() -> None:
    """ "The Class of 1969" holds the year (as the project reads "The class of 1999"), "on
    Saturday" the document's, "June 1969", "That fall" 1969's, "in 1998", "now", "2024"."""
    text = (
        "The Class of 1969 of Central High School gathered on Saturday for its 50th reunion. "
        "When its members graduated in June 1969, the draft was taking boys from every street."
        " That fall, eleven of them shipped out to Vietnam. Two never came back. The school "
        "closed in 1998, and the building now houses apartments. The next reunion is planned "
        "for 2024."
    )
    assert news(text, "2019-06-23", "Sunday") == [
        ("1969", "DATE", "1969"),
        ("Saturday", "DATE", "2019-06-22"),
        ("June 1969", "DATE", "1969-06"),
        ("That fall", "DATE", "1969-FA"),
        ("1998", "DATE", "1998"),
        ("now", "DATE", "PRESENT_REF"),
        ("2024", "DATE", "2024"),
    ]


def test_a_closing_bookshop_story_tells_its_history_without_tagging_catch_22_or_route_66() -> None:
    """ "the end of the month" ahead is the document's, "said Tuesday" its day; "in 1958",
    "The next year" (1959), "by 1965", "in 2003"; "Catch-22", "Route 66" and "aged 86" stay
    untagged."""
    text = (
        "The Corner Bookshop, which sold its first copy of Catch-22 in 1961, will close at the "
        "end of the month, its owner said Tuesday. Harold Weiss opened the shop on Route 66 in "
        "1958. The next year, he added a lending library, and by 1965 the store had 20,000 "
        "titles. Weiss died in 2003, aged 86. His daughter has run it since then."
    )
    assert news_with_mods(text, "2011-10-11", "Tuesday") == [
        ("1961", "DATE", "1961"),
        ("the end of the month", "DATE", "2011-10", "END"),
        ("Tuesday", "DATE", "2011-10-11"),
        ("1958", "DATE", "1958"),
        ("The next year", "DATE", "1959"),
        ("1965", "DATE", "1965"),
        ("2003", "DATE", "2003"),
    ]


def test_a_decade_ago_on_a_date_opens_a_story_its_month_and_day_follow() -> None:
    """ "A decade ago, on Aug. 29, 2005": the decade (as "a decade ago" is), then the date;
    "By the next morning" the 30th's, "For five days" a duration, "On Sept. 2" of 2005;
    "on Thursday" and "on Friday" are the document's."""
    text = (
        "NEW ORLEANS (AP) — A decade ago, on Aug. 29, 2005, Hurricane Katrina made landfall "
        "near Buras, La. By the next morning, the levees had failed and 80 percent of the city "
        "was under water. For five days, thousands waited at the Superdome. On Sept. 2, the "
        "National Guard arrived. President Obama visited the Lower Ninth Ward on Thursday, and "
        "former President George W. Bush will speak at a school on Friday."
    )
    assert news(text, "2015-08-28", "Friday") == [
        ("A decade ago", "DATE", "200"),
        ("Aug. 29, 2005", "DATE", "2005-08-29"),
        ("the next morning", "TIME", "2005-08-30TMO"),
        ("five days", "DURATION", "P5D"),
        ("Sept. 2", "DATE", "2005-09-02"),
        ("Thursday", "DATE", "2015-08-27"),
        ("Friday", "DATE", "2015-08-28"),
    ]


def test_one_year_ago_today_the_end_of_the_month_is_that_march() -> None:
    """ "One year ago today" on 11 March 2021: 11 March 2020; "That night" its night, "Two days
    later" the 13th, "By the end of the month" (told in the past) March 2020's end; "This
    week" the document's."""
    text = (
        "One year ago today, the World Health Organization declared the coronavirus outbreak a"
        " pandemic. That night, the NBA suspended its season after a player tested positive. "
        "Two days later, President Trump declared a national emergency. By the end of the "
        "month, more than 3,000 Americans had died. Since then, the virus has killed more than "
        "529,000 people in the United States. This week, the country passed 100 million "
        "vaccine doses."
    )
    assert news_with_mods(text, "2021-03-11", "Thursday") == [
        ("One year ago today", "DATE", "2020-03-11"),
        ("That night", "TIME", "2020-03-11TNI"),
        ("Two days later", "DATE", "2020-03-13"),
        ("the end of the month", "DATE", "2020-03", "END"),
        ("This week", "DATE", "2021-W10"),
    ]


@pytest.mark.xfail(
    strict=True,
    reason="a main clause in the past perfect ('Iraq had invaded Kuwait on Aug. 2, 1990.') "
    "moves the story's day, in news as in narratives, so 'The next day' counts from it "
    "(1990-08-03), not from the day the anniversary tells (1991-01-18); only a relative "
    "clause's past perfect ('which had ...') is kept out, and a flashback often goes on in the"
    " simple past ('They had taken the town on Friday. The next day they shot the mayor'), so "
    "the tense alone cannot tell an aside from a flashback",
)
def test_a_past_perfect_aside_does_not_move_the_anniversary_story() -> None:
    """ "Thirty years ago today, on Jan. 17, 1991": the air war's first day; "Iraq had invaded
    Kuwait on Aug. 2, 1990" looks back in the past perfect; "The next day" is the 18th of
    January 1991; "this week" the document's."""
    text = (
        "Thirty years ago today, on Jan. 17, 1991, allied warplanes began bombing Baghdad. Iraq"
        " had invaded Kuwait on Aug. 2, 1990. The next day, Iraq fired eight Scud missiles at "
        "Israel. Veterans of the war gathered in Kuwait City this week."
    )
    assert news(text, "2021-01-17", "Sunday") == [
        ("Thirty years ago today", "DATE", "1991-01-17"),
        ("Jan. 17, 1991", "DATE", "1991-01-17"),
        ("Aug. 2, 1990", "DATE", "1990-08-02"),
        ("The next day", "DATE", "1991-01-18"),
        ("this week", "DATE", "2021-W02"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Apollo 11 is on display beside the Flight 93 memorial panels.", [], id="apollo_flight"
        ),
        pytest.param("She drove Route 66 and reread Catch-22.", [], id="route_catch"),
        pytest.param("Woodstock '69 drew a crowd of 400,000.", [], id="woodstock_69"),
        pytest.param("He died at his home, aged 86.", [], id="aged"),
        pytest.param("The fire started at 1969 Elm Street.", [], id="address"),
        pytest.param(
            "The 1969 Mets won the World Series.", [("1969", "DATE", "1969")], id="a_team_year"
        ),
    ],
)
def test_names_ages_and_addresses_in_history_pieces(text: str, expected: list[Row]) -> None:
    """A mission, a flight, a road, a novel, a festival's name, an age and an address are no
    dates; a year naming a team's season is the year, as TimeBank tags it."""
    assert news(text, "2019-07-20", "Saturday") == expected


def test_by_evening_and_by_morning_are_parts_of_the_day_the_story_is_at() -> None:
    """ "A year ago today ... Earlier that day ... By evening ... early the next morning": the
    evening of 6 January 2021 and the morning after; a fire's "By morning" after "11 p.m. on
    Saturday" is Sunday's morning; "This week" the document's."""
    text = (
        "WASHINGTON (AP) — A year ago today, a mob stormed the U.S. Capitol. Earlier that day, "
        "President Trump had told supporters to march. By evening, the building had been "
        "cleared, and early the next morning Congress certified the election. This week, the "
        "House committee investigating the attack said it had interviewed more than 300 "
        "witnesses."
    )
    assert news(text, "2022-01-06", "Thursday") == [
        ("A year ago today", "DATE", "2021-01-06"),
        ("Earlier that day", "DATE", "2021-01-06"),
        ("evening", "TIME", "2021-01-06TEV"),
        ("early the next morning", "TIME", "2021-01-07TMO"),
        ("This week", "DATE", "2022-W01"),
    ]
    fire = "The fire started at 11 p.m. on Saturday. By morning, 40 homes had burned."
    assert news(fire, "2023-09-12", "Tuesday") == [
        ("11 p.m. on Saturday", "TIME", "2023-09-09T23:00"),
        ("morning", "TIME", "2023-09-10TMO"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Prices are low by morning standards.",
        "He was paid by evening shift managers.",
        "Sales by morning, afternoon and evening are listed in the report.",
    ],
)
def test_by_morning_before_a_noun_or_in_a_list_is_no_time(text: str) -> None:
    """ "by morning standards", "by evening shift managers" and a breakdown "by morning,
    afternoon and evening" name no part of a day."""
    assert news(text, "2023-09-12", "Tuesday") == []


def test_that_may_before_a_count_is_the_story_month() -> None:
    """ "In the spring of 1968 ... That May, 10 million workers went on strike, and by June":
    May and June of 1968; "This week" the document's; "10 million workers" no date."""
    text = (
        "PARIS (AP) — In the spring of 1968, students occupied the Sorbonne. That May, 10 "
        "million workers went on strike, and by June, President Charles de Gaulle had called "
        "elections. This week, students blocked several universities again."
    )
    assert news(text, "2018-05-10", "Thursday") == [
        ("the spring of 1968", "DATE", "1968-SP"),
        ("That May", "DATE", "1968-05"),
        ("June", "DATE", "1968-06"),
        ("This week", "DATE", "2018-W19"),
    ]


def test_a_later_date_with_its_year_moves_the_backstory_on() -> None:
    """ "On Nov. 20, 1945, the Nuremberg trials opened. The verdicts came nearly a year later,
    on Oct. 1, 1946. Ten of the condemned were hanged in the early hours of Oct. 16": the 16th
    of October 1946 (TimeBank tags the date of "the early hours of"); "nearly a year later"
    the year counted on from the story (1946, mod APPROX), which moves the story on as a date
    with its year written does; "On Friday" the document's day."""
    text = (
        "NUREMBERG, Germany (AP) — On Nov. 20, 1945, the Nuremberg trials opened. The verdicts "
        "came nearly a year later, on Oct. 1, 1946. Ten of the condemned were hanged in the "
        "early hours of Oct. 16. On Friday, the courtroom reopened as a museum."
    )
    assert news(text, "2020-11-20", "Friday") == [
        ("Nov. 20, 1945", "DATE", "1945-11-20"),
        ("nearly a year later", "DATE", "1946"),
        ("Oct. 1, 1946", "DATE", "1946-10-01"),
        ("Oct. 16", "DATE", "1946-10-16"),
        ("Friday", "DATE", "2020-11-20"),
    ]


@pytest.mark.parametrize("later", ["a year later", "nearly a year later", "more than a year later"])
def test_a_year_counted_on_and_restated_with_its_year_goes_on_with_the_backstory(
    later: str,
) -> None:
    """ "On May 4, 1998, the plant closed. The town bought the site {later}, on June 2, 1999,
    and the demolition began on June 20": the year counted on from the story inside a
    sentence ends it unless the sentence restates it as a date with its year written, which
    moves the story on (June 20 of 1999, not of the document's year)."""
    text = (
        f"On May 4, 1998, the plant closed. The town bought the site {later}, on June 2, 1999, "
        "and the demolition began on June 20."
    )
    rows = news(text, "2021-06-03", "Thursday")
    assert rows[1:] == [
        (later, "DATE", "1999"),
        ("June 2, 1999", "DATE", "1999-06-02"),
        ("June 20", "DATE", "1999-06-20"),
    ]


def test_a_year_counted_on_and_not_restated_ends_the_backstory() -> None:
    """ "On May 22, 1995, Farkas was made a brigadier general, and the following year he was
    appointed attache. However, cited by police in December ...": the year counted on ends
    the story, so December is the one before the document date (1997-12), not 1996's."""
    text = (
        "On May 22, 1995, Farkas was made a brigadier general, and the following year he was "
        "appointed military attache. However, cited by police in December for drunk driving, "
        "Farkas was ordered home."
    )
    assert news(text, "1998-04-18", "Saturday") == [
        ("May 22, 1995", "DATE", "1995-05-22"),
        ("the following year", "DATE", "1996"),
        ("December", "DATE", "1997-12"),
    ]


def test_thirty_years_ago_this_weekend_is_that_weekend_back_then() -> None:
    """ "Thirty years ago this weekend" on Sunday 7 April 2024: the weekend of that week in
    1994 (1994-W14-WE); "Over the next 100 days" a duration, "On July 4, 1994", "Today" the
    document's."""
    text = (
        "KIGALI, Rwanda (AP) — Thirty years ago this weekend, the killing began in Rwanda. Over "
        "the next 100 days, some 800,000 people were slaughtered. On July 4, 1994, the rebels "
        "took Kigali. Today the country is among Africa's fastest-growing economies."
    )
    assert news(text, "2024-04-07", "Sunday") == [
        ("Thirty years ago this weekend", "DATE", "1994-W14-WE"),
        ("the next 100 days", "DURATION", "P100D"),
        ("July 4, 1994", "DATE", "1994-07-04"),
        ("Today", "DATE", "2024-04-07"),
    ]
