"""News, twenty-seventh round: arts, culture and entertainment in copy of 2019-2024 in the style
of the wire and web arts and entertainment desks (AP, Reuters, Variety, The Hollywood
Reporter, Billboard, the BBC, the Guardian), written here for the tests: box office, release
and premiere dates, awards, tours, festivals and residencies, anniversaries and obituaries,
and the charts.

A box-office report on a Monday reads "over the weekend" as the weekend just gone, "the
three-day weekend" by its length (P3D), "the year's biggest opening" as the year; a release by
its day and its clock ("premieres Thursday at 9 p.m. ET", "due April 19", "returns in
November"); an awards night by its day ("at the 96th Academy Awards on Sunday", "Sunday's
Grammys", "Last year's ceremony"); a tour by the days it opens and runs through ("kicks off
July 8", "runs through Sept. 27", "sold out in minutes" PTXM); an obituary by its day and its
spans ("died on Friday at 96", "whose career spanned seven decades" P70Y, "in the 1980s"); a
chart by its weeks ("spent seven weeks at No. 1" P7W, "next week's Billboard 200").

New here: an arts award named for the year it crowns is no year ("won album of the year and
record of the year", "was named Entertainer of the Year"), while a superlative's year stays
("the best album of the year"); a sports page's "player of the year" is left to the year, as the
TempEval-3 silver corpus tags it. A weekday alone in quotation marks is a title ('"Wednesday,"
the Addams Family series'), not a reply quoted with its speaker ('"Monday," she said'). What
a subject marks, celebrates or commemorates on a day, told in the present, is ahead ("Hip-hop
marks its 50th anniversary on Friday"; not the currency, "1.6714 marks ... late on Tuesday");
so is what "is announced" or "are revealed" on a day ("Nominations are announced Tuesday"),
and what airs with its title quoted before the day ('Channel 4 airs "Apollo 13" at 9 p.m.
Sunday'). A chart's or an issue's "dated" is no verb of the past ("the chart dated Nov. 11",
ahead; a letter "dated Aug. 1" stays behind). "the same weekend last year" is one weekend a
year back.

Titles are none, whatever number, day, month or season they hold ("1917", "2001: A Space
Odyssey", "Blade Runner 2049", "Ocean's Eleven", "(500) Days of Summer", "1989 (Taylor's
Version)", Adele's "30", "Summer of '69", "September", "Friday Night Lights", "Wednesday",
"Saturday Night Live", "Sunday Bloody Sunday", "The Eras Tour", "24"), as earlier rounds
decided (tests/test_modern_news.py, tests/test_social_2.py, tests/test_look_alikes_2.py); so
are "No. 1", "Billboard 200", "Hot 100", "Top 40", "Channel 4", "Studio 54", "Apollo 13",
"Season 2" and box-office figures. Each test is a story run as chrono is scored: genre "news",
its date as the document date, its weekday checked with ``datetime``; the tables are annotated
by hand with the (text, type, value[, mod]) TimeBank would give.
"""

from __future__ import annotations

import pytest
from passages import news_texts as texts
from passages import news_values as values
from passages import news_with_mods as news
from passages import weekday


def test_a_box_office_weekend_reads_the_weekend_the_year_sunday_and_friday() -> None:
    """AP's box office, a Monday: "over the weekend" (the weekend just gone), "the year's
    biggest opening" (the year), "estimates Sunday", "opened Friday" and
    "its second weekend" (the same weekend, the film's second); "Barbie", "Oppenheimer",
    "Part One" and "$162 million" are none."""
    text = (
        'LOS ANGELES (AP) — "Barbie" opened to $162 million over the weekend, the year\'s '
        'biggest opening, while "Oppenheimer" took in $82.4 million, according to studio '
        'estimates Sunday. Both films opened Friday. Warner Bros. said "Barbie" has earned $337 '
        'million worldwide since its release. "Mission: Impossible — Dead Reckoning Part One" '
        "fell to third in its second weekend."
    )
    assert news(text, "2023-07-24", weekday("2023-07-24")) == [
        ("the weekend", "DATE", "2023-W29-WE"),
        ("the year", "DATE", "2023"),
        ("Sunday", "DATE", "2023-07-23"),
        ("Friday", "DATE", "2023-07-21"),
        ("second weekend", "DATE", "2023-W29-WE"),
    ]


def test_a_holiday_box_office_reads_the_three_day_weekend_july_4th_and_july_2() -> None:
    """Variety on a holiday week, a Monday: "the three-day weekend" (P3D), "the July 4th holiday
    weekend" (the weekend the Fourth, a Thursday, makes long: 2019-W27-WE), "Sony said Sunday",
    "since it opened on July 2", "in its third weekend" (the weekend just gone); "Toy Story 4"
    is none."""
    text = (
        '"Spider-Man: Far From Home" collected $93.6 million over the three-day weekend and '
        "$185.1 million over the July 4th holiday weekend, Sony said Sunday. The film has grossed "
        '$580 million worldwide since it opened on July 2. "Toy Story 4," in its third weekend, '
        "came in second with $34.3 million."
    )
    assert news(text, "2019-07-08", weekday("2019-07-08")) == [
        ("three-day", "DURATION", "P3D"),
        ("the July 4th holiday weekend", "DATE", "2019-W27-WE"),
        ("Sunday", "DATE", "2019-07-07"),
        ("July 2", "DATE", "2019-07-02"),
        ("third weekend", "DATE", "2019-W27-WE"),
    ]


def test_the_oscars_read_sunday_the_running_time_last_year_and_next_january() -> None:
    """Reuters on the Oscars, a Monday: "at the 96th Academy Awards on Sunday", "three hours and
    23 minutes" (PT3H23M), "Last year's ceremony" (2023), "next year's Oscars" (2025) and their
    nominations "announced in January" (January 2025, ahead); "96th" is none."""
    text = (
        'LOS ANGELES (Reuters) - "Oppenheimer" won best picture at the 96th Academy Awards on '
        "Sunday, capping a run in which Christopher Nolan's film swept the major prizes. The "
        "ceremony ran three hours and 23 minutes. Last year's ceremony drew 18.7 million "
        "viewers. Nominations for next year's Oscars are announced in January."
    )
    assert news(text, "2024-03-11", weekday("2024-03-11")) == [
        ("Sunday", "DATE", "2024-03-10"),
        ("three hours and 23 minutes", "DURATION", "PT3H23M"),
        ("Last year", "DATE", "2023"),
        ("next year", "DATE", "2025"),
        ("January", "DATE", "2025-01"),
    ]


def test_the_grammys_read_sunday_and_due_april_19_not_album_of_the_year_or_the_titles() -> None:
    """The Guardian on the Grammys, a Monday: "Sunday's Grammys", "due April 19", "in 2016",
    "resumes Wednesday" (ahead); "album of the year" is the award, and "1989", "The Tortured
    Poets Department" and "The Eras Tour" are titles."""
    text = (
        "Taylor Swift made history at Sunday's Grammys, becoming the first artist to win album "
        'of the year four times. She used the moment to announce a new album, "The Tortured '
        'Poets Department," due April 19. Swift\'s "1989" won the same award in 2016. The Eras '
        "Tour resumes Wednesday in Tokyo."
    )
    assert news(text, "2024-02-05", weekday("2024-02-05")) == [
        ("Sunday", "DATE", "2024-02-04"),
        ("April 19", "DATE", "2024-04-19"),
        ("2016", "DATE", "2016"),
        ("Wednesday", "DATE", "2024-02-07"),
    ]


def test_a_streaming_premiere_reads_its_clock_its_finale_and_the_final_season() -> None:
    """The Hollywood Reporter, a Wednesday: "premieres Thursday at 9 p.m. ET" (the clock, with
    its zone), "The second season's finale airs Nov. 9", "returns in November", "in 2025";
    "Season 2", "Disney+" and "sixth and final season" are none."""
    text = (
        '"Loki" Season 2 premieres Thursday at 9 p.m. ET on Disney+. The second season\'s '
        'finale airs Nov. 9. "The Crown" returns in November for its sixth and final season, '
        'and "Stranger Things" will stream its last season in 2025.'
    )
    assert news(text, "2023-10-04", weekday("2023-10-04")) == [
        ("Thursday at 9 p.m. ET", "TIME", "2023-10-05T21:00-04:00"),
        ("Nov. 9", "DATE", "2023-11-09"),
        ("November", "DATE", "2023-11"),
        ("2025", "DATE", "2025"),
    ]


def test_wednesday_the_series_is_a_title_and_streams_starting_wednesday() -> None:
    """Variety, a Tuesday: '"Wednesday,"' is the series, "starting Wednesday" the day ahead,
    "this week", "returning Dec. 3"; "Saturday Night Live" and "the holiday season" are
    none."""
    text = (
        '"Wednesday," the Addams Family series from Tim Burton, streams on Netflix starting '
        "Wednesday. The show is one of the streamer's biggest bets of the holiday season. "
        '"Saturday Night Live" will be off this week, returning Dec. 3 with host Keke Palmer.'
    )
    assert news(text, "2022-11-22", weekday("2022-11-22")) == [
        ("Wednesday", "DATE", "2022-11-23"),
        ("this week", "DATE", "2022-W47"),
        ("Dec. 3", "DATE", "2022-12-03"),
    ]


def test_a_world_tour_reads_its_legs_its_sale_and_sold_out_in_minutes() -> None:
    """Billboard on a tour, a Tuesday: "on May 10", "kicks off July 8", "runs through Sept. 27",
    "Feb. 21 at 10 a.m. local time" (no zone), "sold out in minutes" (PTXM), "last year";
    "Renaissance World Tour" is none."""
    text = (
        "Beyoncé will launch her Renaissance World Tour on May 10 in Stockholm, and the North "
        "American leg kicks off July 8 in Toronto. The tour runs through Sept. 27. Tickets go "
        "on sale Feb. 21 at 10 a.m. local time, and the presale sold out in minutes last year "
        "for her previous tour."
    )
    assert news(text, "2023-02-14", weekday("2023-02-14")) == [
        ("May 10", "DATE", "2023-05-10"),
        ("July 8", "DATE", "2023-07-08"),
        ("Sept. 27", "DATE", "2023-09-27"),
        ("Feb. 21 at 10 a.m. local time", "TIME", "2023-02-21T10:00"),
        ("minutes", "DURATION", "PTXM"),
        ("last year", "DATE", "2022"),
    ]


def test_a_festival_reads_its_nights_its_second_weekend_and_through_april_23() -> None:
    """AP at Coachella, a Monday: "Sunday night" (behind), "starting Friday" (ahead), "headlined
    Friday night" (behind), "played Saturday", "runs through April 23", "its first weekend"
    (the weekend just gone); "a second weekend" is none."""
    text = (
        "INDIO, Calif. (AP) — The Coachella Valley Music and Arts Festival wrapped its first "
        "weekend Sunday night, and the festival returns for a second weekend starting Friday. "
        "Bad Bunny headlined Friday night, and Blackpink played Saturday. The festival runs "
        "through April 23."
    )
    assert news(text, "2023-04-17", weekday("2023-04-17")) == [
        ("first weekend", "DATE", "2023-W15-WE"),
        ("Sunday night", "TIME", "2023-04-16TNI"),
        ("Friday", "DATE", "2023-04-21"),
        ("Friday night", "TIME", "2023-04-14TNI"),
        ("Saturday", "DATE", "2023-04-15"),
        ("April 23", "DATE", "2023-04-23"),
    ]


def test_a_residency_reads_its_run_its_nights_and_weeks_at_no_1_not_adeles_30() -> None:
    """The BBC on a residency, a Wednesday: "begin Nov. 3 and run through June 15" (next
    June), "10-night stretches" (P10D), "since November 2022", "seven weeks at No. 1" (P7W);
    "30", "No. 1" and "Billboard 200" are none."""
    text = (
        "Adele will extend her Las Vegas residency, adding 34 shows that begin Nov. 3 and run "
        "through June 15. The singer has played 10-night stretches at the Colosseum since "
        'November 2022. Her album "30" spent seven weeks at No. 1 on the Billboard 200.'
    )
    assert news(text, "2023-09-27", weekday("2023-09-27")) == [
        ("Nov. 3", "DATE", "2023-11-03"),
        ("June 15", "DATE", "2024-06-15"),
        ("10-night", "DURATION", "P10D"),
        ("November 2022", "DATE", "2022-11"),
        ("seven weeks", "DURATION", "P7W"),
    ]


def test_an_anniversary_marked_on_friday_is_ahead_and_its_decades_are_the_decades() -> None:
    """AP on hip-hop at 50, a Wednesday: "marks its 50th anniversary on Friday" (the Friday
    ahead), "half a century" (P50Y), "on Aug. 11, 1973", "in the 1980s", "by the late 1990s"
    (END)."""
    text = (
        "NEW YORK (AP) — Hip-hop marks its 50th anniversary on Friday, half a century after DJ "
        "Kool Herc spun records at a back-to-school party in the Bronx on Aug. 11, 1973. The "
        "genre rose in the 1980s and dominated the charts by the late 1990s."
    )
    assert news(text, "2023-08-09", weekday("2023-08-09")) == [
        ("Friday", "DATE", "2023-08-11"),
        ("half a century", "DURATION", "P50Y"),
        ("Aug. 11, 1973", "DATE", "1973-08-11"),
        ("the 1980s", "DATE", "198"),
        ("the late 1990s", "DATE", "199", "END"),
    ]


def test_an_obituary_reads_a_career_of_seven_decades_died_friday_and_its_years() -> None:
    """Reuters' obituary, a Tuesday: "whose career spanned seven decades" (P70Y), "died on
    Friday at 96" (behind; "96" is an age), "the last in 2022", "in 2016"; "20 Grammys" is
    none."""
    text = (
        "LONDON (Reuters) - Tony Bennett, the singer whose career spanned seven decades, died on "
        "Friday at 96, his publicist said. Bennett recorded more than 70 albums and won 20 "
        "Grammys, the last in 2022. He was diagnosed with Alzheimer's disease in 2016."
    )
    assert news(text, "2023-07-25", weekday("2023-07-25")) == [
        ("seven decades", "DURATION", "P70Y"),
        ("Friday", "DATE", "2023-07-21"),
        ("2022", "DATE", "2022"),
        ("2016", "DATE", "2016"),
    ]


def test_a_chart_preview_reads_the_chart_dated_nov_11_ahead_and_its_weeks() -> None:
    """Billboard, a Tuesday: "next week's Billboard 200", "the chart dated Nov. 11" (ahead),
    "11 weeks at No. 1" (P11W), "in 2014 and 2015", "this week", "four years after its
    release" (P4Y); "1989 (Taylor's Version)", "Cruel Summer", "No. 2" and "Hot 100" are
    none."""
    text = (
        "Taylor Swift's \"1989 (Taylor's Version)\" is expected to debut at No. 1 on next "
        "week's Billboard 200, the chart dated Nov. 11. The album spent 11 weeks at No. 1 in "
        '2014 and 2015. "Cruel Summer" climbed to No. 2 on the Hot 100 this week, four years '
        "after its release."
    )
    assert news(text, "2023-10-31", weekday("2023-10-31")) == [
        ("next week", "DATE", "2023-W45"),
        ("Nov. 11", "DATE", "2023-11-11"),
        ("11 weeks", "DURATION", "P11W"),
        ("2014", "DATE", "2014"),
        ("2015", "DATE", "2015"),
        ("this week", "DATE", "2023-W44"),
        ("four years", "DURATION", "P4Y"),
    ]


def test_film_titles_with_years_and_numbers_are_none_and_sunday_on_channel_4_is_ahead() -> None:
    """A listings piece, a Tuesday: "this weekend", "through Feb. 25", "on Saturday" and "at 9
    p.m. Sunday" (ahead: 'airs "Apollo 13"'); "1917", "fifth anniversary", "2001: A Space
    Odyssey", "Blade Runner 2049", "Ocean's Eleven", "Studio 54", "Channel 4" and "Apollo 13"
    are none."""
    text = (
        'Sam Mendes\'s "1917" returns to cinemas this weekend for its fifth anniversary. "2001: '
        'A Space Odyssey" and "Blade Runner 2049" screen at the BFI through Feb. 25, and '
        '"Ocean\'s Eleven" plays Studio 54 on Saturday. Channel 4 airs "Apollo 13" at 9 p.m. '
        "Sunday."
    )
    assert news(text, "2024-01-30", weekday("2024-01-30")) == [
        ("this weekend", "DATE", "2024-W05-WE"),
        ("Feb. 25", "DATE", "2024-02-25"),
        ("Saturday", "DATE", "2024-02-03"),
        ("9 p.m. Sunday", "TIME", "2024-02-04T21:00"),
    ]


def test_song_and_show_titles_with_months_days_and_seasons_are_none() -> None:
    """A streaming round-up, a Monday: "last month", "on Oct. 1", "the end of the month"
    (END), "next year", "on Friday" (ahead), "Sunday mornings" (a set); "September", "Summer
    of '69", "(500) Days of Summer", "Friday Night Lights", "Sunday Bloody Sunday", "24" and
    "Top 40" are titles."""
    text = (
        'Earth, Wind & Fire\'s "September" and Bryan Adams\'s "Summer of \'69" were among the '
        'most streamed songs last month. "(500) Days of Summer" joined Hulu on Oct. 1, and '
        '"Friday Night Lights" leaves Peacock at the end of the month. U2\'s "Sunday Bloody '
        'Sunday" is 40 next year. "24" returns to Disney+ on Friday, and the Top 40 countdown '
        "airs Sunday mornings."
    )
    assert news(text, "2021-10-11", weekday("2021-10-11")) == [
        ("last month", "DATE", "2021-09"),
        ("Oct. 1", "DATE", "2021-10-01"),
        ("the end of the month", "DATE", "2021-10", "END"),
        ("next year", "DATE", "2022"),
        ("Friday", "DATE", "2021-10-15"),
        ("Sunday mornings", "SET", "XXXX-WXX-7TMO"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("She won album of the year and record of the year.", []),
        ("He was named Entertainer of the Year for a second time.", []),
        ("It is up for song of the year at Sunday's Grammys.", ["Sunday"]),
        ("She won Album of the Year at the 66th Grammy Awards.", []),
        ("It was the best album of the year.", ["the year"]),
        ("The film is the year's highest-grossing release.", ["the year"]),
        ("He was named player of the year.", ["the year"]),
    ],
)
def test_an_arts_award_named_for_the_year_is_no_year(text: str, expected: list[str]) -> None:
    """An arts award named for the year ("album of the year", "Entertainer of the Year") is
    the award's name; a superlative's year ("the best album of the year", "the year's
    highest-grossing") stays the year, and so does a sports page's "player of the year", as
    the TempEval-3 silver corpus tags it."""
    assert texts(text, "2024-02-05") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('"Wednesday" is Netflix\'s biggest show.', []),
        ("The second season of “Wednesday” began filming in May.", ["2022-05"]),
        ('"Monday," she said.', ["2022-11-21"]),
        ("“Friday”, he replied.", ["2022-11-18"]),
    ],
)
def test_a_weekday_alone_in_quotes_is_a_title_unless_a_speaker_says_it(
    text: str, expected: list[str]
) -> None:
    """A weekday alone in quotation marks is a title (the series "Wednesday"), not a reply
    quoted with its speaker ('"Monday," she said', '“Friday”, he replied'), on a Tuesday."""
    assert values(text, "2022-11-22") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Hip-hop marks its 50th anniversary on Friday.", ["2023-08-11"]),
        ("The band celebrates 40 years together on Saturday.", ["P40Y", "2023-08-12"]),
        ("The city commemorates the flood on Monday.", ["2023-08-14"]),
        ("Fans gathered to mark the anniversary on Monday.", ["2023-08-07"]),
        ("The film got high marks on Monday.", ["2023-08-07"]),
        ("The dollar was at 1.6714 marks from 1.6698 late on Tuesday.", ["2023-08-08"]),
    ],
)
def test_what_a_subject_marks_or_celebrates_on_a_day_is_ahead(
    text: str, expected: list[str]
) -> None:
    """What a subject marks, celebrates or commemorates on a weekday, told in the present, is
    ahead (on a Wednesday); an infinitive ("to mark") told in the past, a noun ("high marks")
    and a currency ("1.6714 marks") keep the day behind."""
    assert values(text, "2023-08-09") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Nominations are announced Thursday.", ["2023-10-05"]),
        ("The winners are revealed on Friday.", ["2023-10-06"]),
        ("The shortlist is announced Oct. 12.", ["2023-10-12"]),
        ("The shortlist was announced Monday.", ["2023-10-02"]),
        ("Winners are announced on Fridays.", ["XXXX-WXX-5"]),
    ],
)
def test_what_is_announced_on_a_day_in_the_present_passive_is_ahead(
    text: str, expected: list[str]
) -> None:
    """What "is announced" or "are revealed" on a day, as a schedule tells it, is ahead (on a
    Tuesday); what "was announced" is behind, and a habit on "Fridays" is a set."""
    assert values(text, "2023-10-03") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("It debuts on the chart dated Aug. 19.", ["2023-08-19"]),
        ("The chart dated Aug. 19 arrives next week.", ["2023-08-19", "2023-W33"]),
        ("A letter dated Aug. 1 said the tour was off.", ["2023-08-01"]),
        ("It topped the chart dated Aug. 5.", ["2023-08-05"]),
    ],
)
def test_a_charts_dated_is_no_past(text: str, expected: list[str]) -> None:
    """A chart's "dated" names the day it is dated by, ahead as often as behind (on a
    Wednesday in August: the coming Aug. 19, not last year's); a letter "dated Aug. 1" and a
    chart that was topped stay behind."""
    assert values(text, "2023-08-09") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('Channel 4 airs "Apollo 13" at 9 p.m. Sunday.', ["2024-02-04T21:00"]),
        ("FX premieres “The Bear” on Thursday.", ["2024-02-01"]),
        ('Channel 4 aired "Apollo 13" at 9 p.m. Sunday.', ["2024-01-28T21:00"]),
    ],
)
def test_what_airs_with_its_title_quoted_before_the_day_is_ahead(
    text: str, expected: list[str]
) -> None:
    """What airs or premieres with its quoted title between the verb and the day is ahead (on a
    Tuesday); what aired is behind."""
    assert values(text, "2024-01-30") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("He hosted Saturday Night Live in 1998.", ["1998"]),
        ('The film "1917" won three Oscars.', []),
        ("Blade Runner 2049 and Ocean's Eleven play tonight.", ["2023-11-27TNI"]),
        ("Fans saw Adele's 30 and \"Ocean's Eleven\" on Saturday.", ["2023-11-25"]),
        ('"Friday Night Lights" leaves Peacock on Dec. 31.', ["2023-12-31"]),
        ('"Wednesday" returns for Season 2 in 2025.', ["2025"]),
        ("The album topped the Hot 100 and the Top 40.", []),
    ],
)
def test_titles_with_numbers_and_days_keep_no_date(text: str, expected: list[str]) -> None:
    """Titles that hold a year, a number or a day ("Saturday Night Live", "1917", "Blade
    Runner 2049", "Ocean's Eleven", Adele's "30", "Friday Night Lights", "Wednesday") and chart
    names ("Hot 100", "Top 40") are no dates, beside the dates that are (on a Monday)."""
    assert values(text, "2023-11-27") == expected


def test_the_same_weekend_last_year_is_one_weekend_a_year_back() -> None:
    """ "Box office fell 20% from the same weekend last year", on Monday Nov. 27, 2023: the
    weekend just gone, a year back (2022-W47-WE)."""
    text = "Box office fell 20% from the same weekend last year."
    assert news(text, "2023-11-27", "Monday") == [
        ("the same weekend last year", "DATE", "2022-W47-WE")
    ]
