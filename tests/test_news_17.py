"""News, seventeenth round: live blogs, rolling coverage and morning newsletters of 2015-2025
(Guardian, BBC, NYT, CNN and AP live pages on elections, storms, trials, launches and finals;
"The Morning", "Axios AM" and "Playbook"-style briefings).

A live page stamps its entries: "Updated 9:42 p.m. ET" on a line of its own (the zone ends the
line, and is the time's), "3 min ago", "1h ago", the BBC's and the Guardian's 24-hour clock
with a stop ("Posted at 06.12", "conceded at 04.40 BST", "due at about 19.00 GMT"). New here
too: "A short while ago" (a vague past, as "a while ago" is), "within the hour" (the hour, a
duration, as "in the hour to 4pm" is), "in the weeks ahead" (as "the coming weeks"), "through
the evening". The pages and briefings also read "earlier today", "overnight", "as of 11 a.m.",
"the past 24 hours", "later this morning", "tonight's debate", "Good morning. It's Tuesday,
June 4.", "This week:", "Yesterday,", "T-minus 40 seconds" (the duration, as
tests/test_news_14.py reads "T-minus 10 minutes"), "the launch window opened at 8:28 a.m. CT".
Each test is a page run as chrono is scored: genre "news", the page's date as the document
date, its weekday checked with ``datetime``; the tables are annotated by hand with the (text,
type, value) TimeBank would give. "the Jan. 6 committee" is a name holding a date: TimeBank
tags the date inside a name ("the 2000 Olympics", "the Aug. 7 bombings" dated to the day of the
bombings), so "Jan. 6" is 2021-01-06, as tests/test_modern_news.py pins; it is a name, though,
not a day the page is telling, so a clock time after it is not of it. Vote counts ("270
electoral votes"), ballot questions, laws ("Section 230"), games ("Game 7"), flights, missions,
"COVID-19", "24/7", "5G", scores ("3-1") and a live page's "Key events" and "ICYMI" yield
nothing.
"""

from __future__ import annotations

import pytest
from passages import Row, mentions
from passages import news as _news


def test_an_election_night_live_page_reads_its_et_stamp_a_short_while_ago_and_the_hour() -> None:
    """Election night 2024: "Updated 9:42 p.m. ET" alone on its line (ET is the time's zone,
    Eastern Standard since Nov. 3), "A short while ago" a vague past, "within the hour" the
    hour, "Four years ago" and "Saturday, Nov. 7" of 2020; "270 electoral votes", "Amendment 4"
    and "Question 1" are no times, nor "voted early"."""
    text = (
        "Presidential election 2024: live results\n"
        "Updated 9:42 p.m. ET\n"
        "Key events\n"
        "Polls closed at 7 p.m. ET in Georgia and at 7:30 p.m. in North Carolina and Ohio. A "
        "candidate needs 270 electoral votes to win. A short while ago, the Associated Press "
        "called Indiana and Kentucky for Trump. Harris's campaign chair told staff in a memo "
        "this afternoon that the path runs through Pennsylvania, Michigan and Wisconsin. More "
        "than 82 million people voted early, and a decision in Pennsylvania is not expected "
        "within the hour. Four years ago, the race was not called until Saturday, Nov. 7. "
        "Voters in Florida also decided Amendment 4 and Question 1 appeared on the "
        "Massachusetts ballot."
    )
    assert _news(text, "2024-11-05", "Tuesday") == [
        ("2024", "DATE", "2024"),
        ("9:42 p.m. ET", "TIME", "2024-11-05T21:42-05:00"),
        ("7 p.m. ET", "TIME", "2024-11-05T19:00-05:00"),
        ("7:30 p.m.", "TIME", "2024-11-05T19:30"),
        ("A short while ago", "DATE", "PAST_REF"),
        ("this afternoon", "TIME", "2024-11-05TAF"),
        ("the hour", "DURATION", "PT1H"),
        ("Four years ago", "DATE", "2020"),
        ("Saturday, Nov. 7", "DATE", "2020-11-07"),
    ]


def test_a_hurricane_live_page_reads_as_of_the_past_24_hours_and_through_the_evening() -> None:
    """Hurricane Ian, 2022: "Last updated 3:35 p.m. EDT", "at 3:05 p.m.", "As of 11 a.m.",
    "the past 24 hours", "through the evening" (the page's evening), "overnight" (the page's
    night), "on Thursday" ahead and "on Tuesday" behind, "within the hour", "later this
    afternoon"; "Category 4" and "150 mph" are no times."""
    text = (
        "Hurricane Ian live updates: Storm makes landfall in Florida\n"
        "Last updated 3:35 p.m. EDT\n"
        "Hurricane Ian made landfall near Cayo Costa at 3:05 p.m. as a Category 4 storm with "
        "maximum sustained winds of 150 mph, the National Hurricane Center said. As of 11 a.m., "
        "more than 2.5 million people were under evacuation orders. Tampa recorded 2 inches of "
        "rain in the past 24 hours. Conditions will deteriorate through the evening, and the "
        "storm is forecast to cross the state overnight and emerge over the Atlantic on "
        "Thursday. Ian strengthened rapidly on Tuesday after it hit western Cuba. The storm "
        "knocked out power to 1 million customers within the hour. Gov. Ron DeSantis will give "
        "an update later this afternoon. The last hurricane this strong to hit the area was "
        "Charley in 2004."
    )
    assert _news(text, "2022-09-28", "Wednesday") == [
        ("3:35 p.m. EDT", "TIME", "2022-09-28T15:35-04:00"),
        ("3:05 p.m.", "TIME", "2022-09-28T15:05"),
        ("11 a.m.", "TIME", "2022-09-28T11:00"),
        ("the past 24 hours", "DURATION", "PT24H"),
        ("the evening", "TIME", "2022-09-28TEV"),
        ("overnight", "TIME", "2022-09-28TNI"),
        ("Thursday", "DATE", "2022-09-29"),
        ("Tuesday", "DATE", "2022-09-27"),
        ("the hour", "DURATION", "PT1H"),
        ("later this afternoon", "TIME", "2022-09-28TAF"),
        ("2004", "DATE", "2004"),
    ]


def test_a_bbc_results_page_reads_the_24_hour_clock_with_a_stop() -> None:
    """UK election, 5 July 2024: "Posted at 06.12" and "at 04.40 BST" are the BBC's 24-hour
    clock with a stop, "05:00" and "22:00 on Thursday" with a colon, "later this morning",
    "7am yesterday" and "10pm" (of yesterday), "in May", "six months"; "326 seats" is none."""
    text = (
        "General election 2024 live: Labour wins landslide\n"
        "Posted at 06.12\n"
        "Keir Starmer will travel to Buckingham Palace later this morning to be appointed prime "
        "minister by the King. Rishi Sunak conceded defeat at 04.40 BST, speaking at his count "
        "in Richmond. Labour passed the 326 seats needed for a majority just after 05:00. The "
        "exit poll, published at 22:00 on Thursday, predicted 410 seats. Turnout was about 60%, "
        "the lowest since 2001. Polls opened at 7am yesterday and closed at 10pm. Sunak called "
        "the election in May, six months earlier than he had to. The new cabinet will meet for "
        "the first time on Saturday."
    )
    assert _news(text, "2024-07-05", "Friday") == [
        ("2024", "DATE", "2024"),
        ("06.12", "TIME", "2024-07-05T06:12"),
        ("later this morning", "TIME", "2024-07-05TMO"),
        ("04.40 BST", "TIME", "2024-07-05T04:40+01:00"),
        ("05:00", "TIME", "2024-07-05T05:00"),
        ("22:00 on Thursday", "TIME", "2024-07-04T22:00"),
        ("2001", "DATE", "2001"),
        ("7am yesterday", "TIME", "2024-07-04T07:00"),
        ("10pm", "TIME", "2024-07-04T22:00"),
        ("May", "DATE", "2024-05"),
        ("six months", "DURATION", "P6M"),
        ("Saturday", "DATE", "2024-07-06"),
    ]


def test_a_verdict_live_page_reads_min_ago_earlier_today_and_the_weeks_ahead() -> None:
    """Trump's trial, 30 May 2024: "3 min ago" and "1h ago" are the page's day, "within half an
    hour", "earlier today", "on Wednesday and Thursday", "October 2016", "days before", "in the
    weeks ahead" (as "the coming weeks"), "this morning", "April 15"; "34 felony counts" is
    none."""
    text = (
        "Trump trial live: jury reaches verdict\n"
        "3 min ago\n"
        "The jury has reached a verdict, Justice Juan Merchan said at 4:20 p.m. He said it "
        "would be read within half an hour.\n"
        "1h ago\n"
        "Jurors asked earlier today to rehear the testimony of David Pecker, the former "
        "National Enquirer publisher, and Michael Cohen. They deliberated for about nine and a "
        "half hours on Wednesday and Thursday. Trump faces 34 felony counts of falsifying "
        "business records. The payment of $130,000 was made in October 2016, days before the "
        'election. Sentencing could come in the weeks ahead. Trump called the trial "rigged" '
        "on Truth Social this morning. The trial began on April 15 with jury selection."
    )
    assert _news(text, "2024-05-30", "Thursday") == [
        ("3 min ago", "DATE", "2024-05-30"),
        ("4:20 p.m.", "TIME", "2024-05-30T16:20"),
        ("half an hour", "DURATION", "PT30M"),
        ("1h ago", "DATE", "2024-05-30"),
        ("earlier today", "DATE", "2024-05-30"),
        ("nine and a half hours", "DURATION", "PT9H30M"),
        ("Wednesday", "DATE", "2024-05-29"),
        ("Thursday", "DATE", "2024-05-30"),
        ("October 2016", "DATE", "2016-10"),
        ("days", "DURATION", "PXD"),
        ("the weeks ahead", "DURATION", "PXW"),
        ("this morning", "TIME", "2024-05-30TMO"),
        ("April 15", "DATE", "2024-04-15"),
    ]


def test_a_launch_live_page_reads_its_window_and_countdown() -> None:
    """Starship, 20 April 2023: "Updated 9:45 a.m. ET" (Eastern Daylight), "8:33 a.m. CT",
    "about four minutes later" (from liftoff), "The launch window opened at 8:28 a.m. CT",
    "T-minus 40 seconds" (its duration), "a few minutes", "on Monday" and "on Sunday" behind,
    "in 2025", "the coming months"; "Apollo 11", "Saturn V", "Artemis III" and "400 feet" are
    none."""
    text = (
        "SpaceX Starship launch live updates\n"
        "Updated 9:45 a.m. ET\n"
        "SpaceX's Starship lifted off at 8:33 a.m. CT from Boca Chica, Texas, and exploded "
        "about four minutes later over the Gulf of Mexico. The launch window opened at 8:28 "
        "a.m. CT. The countdown paused at T-minus 40 seconds for a few minutes while engineers "
        "checked the pressure in the booster. A first attempt on Monday was scrubbed because of "
        "a frozen valve. Elon Musk had said on Sunday that the odds of reaching orbit were "
        "about 50%. The rocket is nearly 400 feet tall, taller than the Saturn V that flew "
        "Apollo 11. NASA plans to use a version of Starship to land astronauts on the moon in "
        "2025 on Artemis III. SpaceX said it would try again in the coming months."
    )
    assert _news(text, "2023-04-20", "Thursday") == [
        ("9:45 a.m. ET", "TIME", "2023-04-20T09:45-04:00"),
        ("8:33 a.m. CT", "TIME", "2023-04-20T08:33-05:00"),
        ("four minutes later", "TIME", "2023-04-20T08:37-05:00"),
        ("8:28 a.m. CT", "TIME", "2023-04-20T08:28-05:00"),
        ("40 seconds", "DURATION", "PT40S"),
        ("a few minutes", "DURATION", "PTXM"),
        ("Monday", "DATE", "2023-04-17"),
        ("Sunday", "DATE", "2023-04-16"),
        ("2025", "DATE", "2025"),
        ("the coming months", "DURATION", "PXM"),
    ]


def test_a_finals_game_7_live_page_keeps_scores_and_the_game_out() -> None:
    """NBA Finals, 19 June 2016: "Updated 11:38 p.m. ET" at a line's end, "on Sunday night",
    "53 seconds left", "since 1964", the "1995-96" Bulls (two years, as tests/test_news_16.py
    reads "the 2012-13 season"), "nearly 13 minutes", "on Wednesday" ahead; "93-89", "Game 7",
    "89-89", "3-1", "3-pointer" and "73 games" are none."""
    text = (
        "NBA Finals Game 7 live: Cavaliers vs. Warriors\n"
        "Updated 11:38 p.m. ET\n"
        "The Cleveland Cavaliers won the NBA championship on Sunday night, beating the Golden "
        "State Warriors 93-89 in Game 7 at Oracle Arena. Kyrie Irving hit a 3-pointer with 53 "
        "seconds left to break an 89-89 tie. The Cavaliers became the first team to come back "
        "from a 3-1 deficit in the Finals. LeBron James finished with 27 points, 11 rebounds and"
        " 11 assists. It is Cleveland's first major sports championship since 1964. The "
        "Warriors won 73 games in the regular season, breaking the record set by the 1995-96 "
        "Chicago Bulls. The teams went nearly 13 minutes without a field goal at one point. A "
        "parade is planned for Wednesday."
    )
    assert _news(text, "2016-06-19", "Sunday") == [
        ("11:38 p.m. ET", "TIME", "2016-06-19T23:38-04:00"),
        ("Sunday night", "TIME", "2016-06-19TNI"),
        ("53 seconds", "DURATION", "PT53S"),
        ("1964", "DATE", "1964"),
        ("1995", "DATE", "1995"),
        ("96", "DATE", "1996"),
        ("nearly 13 minutes", "DURATION", "PT13M"),
        ("Wednesday", "DATE", "2016-06-22"),
    ]


def test_a_morning_newsletter_opens_with_its_day_and_this_week() -> None:
    """ "The Morning", 4 June 2024: "Good morning. It's Tuesday, June 4." (the greeting is no
    time, the day is), "Sunday's election", "Oct. 1" ahead, "Yesterday," "since 2020", "from
    2018 to 2023", "This week:", "six-week", "today", "Today's newsletter", "about 5 minutes",
    "Later this month", "June 27"."""
    text = (
        "Good morning. It's Tuesday, June 4. Mexico has elected its first female president.\n"
        "Claudia Sheinbaum won Sunday's election in a landslide, with about 59 percent of the "
        "vote. She will take office on Oct. 1, succeeding her mentor, Andrés Manuel López "
        "Obrador. Yesterday, the peso fell more than 4 percent, its biggest drop since 2020. "
        "Sheinbaum, 61, served as mayor of Mexico City from 2018 to 2023. This week: India "
        "announces the results of its six-week election today, and the European Parliament vote"
        " starts on Thursday. Today's newsletter takes about 5 minutes to read. Later this "
        "month, President Biden and Donald Trump will meet for their first debate, on June 27."
    )
    assert _news(text, "2024-06-04", "Tuesday") == [
        ("Tuesday, June 4", "DATE", "2024-06-04"),
        ("Sunday", "DATE", "2024-06-02"),
        ("Oct. 1", "DATE", "2024-10-01"),
        ("Yesterday", "DATE", "2024-06-03"),
        ("2020", "DATE", "2020"),
        ("2018", "DATE", "2018"),
        ("2023", "DATE", "2023"),
        ("This week", "DATE", "2024-W23"),
        ("six-week", "DURATION", "P6W"),
        ("today", "DATE", "2024-06-04"),
        ("Thursday", "DATE", "2024-06-06"),
        ("Today", "DATE", "2024-06-04"),
        ("5 minutes", "DURATION", "PT5M"),
        ("Later this month", "DATE", "2024-06"),
        ("June 27", "DATE", "2024-06-27"),
    ]


def test_a_smart_brevity_briefing_reads_over_the_weekend_and_icymi() -> None:
    """An "Axios AM"-style briefing, 9 January 2023: "It's Monday, Jan. 9.", "early Saturday",
    "four days", "since 1859", "tonight", "Over the weekend" (the one just gone), "a week after",
    "last year", "The December jobs report", "Thursday at 8:30 a.m. ET", "next month"; "1,180
    words", "1 big thing", "the 15th ballot", "ICYMI" and "Section 230" are none."""
    text = (
        "Good morning! It's Monday, Jan. 9. Today's Smart Brevity count: 1,180 words.\n"
        "1 big thing: Speaker Kevin McCarthy won the gavel early Saturday on the 15th ballot, "
        "after four days and 14 failed votes. It was the longest speaker fight since 1859. The "
        "House returns tonight to vote on its rules package. Over the weekend, supporters of "
        "Jair Bolsonaro stormed Brazil's Congress, a week after Lula was sworn in. ICYMI: The "
        "Fed raised rates seven times last year. The December jobs report on Friday showed "
        "223,000 jobs added. Inflation data comes out Thursday at 8:30 a.m. ET. Section 230 is "
        "back before the Supreme Court next month."
    )
    assert _news(text, "2023-01-09", "Monday") == [
        ("Monday, Jan. 9", "DATE", "2023-01-09"),
        ("Today", "DATE", "2023-01-09"),
        ("early Saturday", "DATE", "2023-01-07"),
        ("four days", "DURATION", "P4D"),
        ("1859", "DATE", "1859"),
        ("tonight", "TIME", "2023-01-09TNI"),
        ("the weekend", "DATE", "2023-W01-WE"),
        ("a week", "DURATION", "P1W"),
        ("last year", "DATE", "2022"),
        ("December", "DATE", "2022-12"),
        ("Friday", "DATE", "2023-01-06"),
        ("Thursday at 8:30 a.m. ET", "TIME", "2023-01-12T08:30-05:00"),
        ("next month", "DATE", "2023-02"),
    ]


def test_a_playbook_reads_the_jan_6_committee_and_tonights_hearing() -> None:
    """A Playbook-style briefing, 9 June 2022: "Good Thursday morning" names the morning of
    the day; "the Jan. 6 committee" holds the date of the attack (a name, dated as TimeBank
    dates "the Aug. 7 bombings"); "tonight", "at 8 p.m." (tonight's), "the past 11 months",
    "Tonight's hearing", "this week", "through the end of June", "until Monday", "on Tuesday"
    ahead; the House vote "223-204" is none."""
    text = (
        "Good Thursday morning. The Jan. 6 committee goes prime time tonight.\n"
        "The panel's first public hearing starts at 8 p.m. in the Cannon caucus room, and all "
        "the major networks except Fox News will carry it live. Members have interviewed more "
        "than 1,000 witnesses over the past 11 months. Tonight's hearing will run about two "
        "hours, aides said. Former President Trump's allies have spent this week trying to "
        "preempt it. The committee will hold six hearings through the end of June. On "
        "Wednesday, the House passed a gun package 223-204. The Senate is out until Monday. "
        "Primaries in Nevada, South Carolina and Maine are on Tuesday."
    )
    assert _news(text, "2022-06-09", "Thursday") == [
        ("Thursday morning", "TIME", "2022-06-09TMO"),
        ("Jan. 6", "DATE", "2021-01-06"),
        ("tonight", "TIME", "2022-06-09TNI"),
        ("8 p.m.", "TIME", "2022-06-09T20:00"),
        ("the past 11 months", "DURATION", "P11M"),
        ("Tonight", "TIME", "2022-06-09TNI"),
        ("two hours", "DURATION", "PT2H"),
        ("this week", "DATE", "2022-W23"),
        ("the end of June", "DATE", "2022-06"),
        ("Wednesday", "DATE", "2022-06-08"),
        ("Monday", "DATE", "2022-06-13"),
        ("Tuesday", "DATE", "2022-06-14"),
    ]


def test_a_pandemic_markets_page_reads_overnight_and_last_night() -> None:
    """16 March 2020: "Last updated at 10:05 a.m. ET" (Eastern Daylight since March 8) at a
    line's end, "15 minutes", "in a week", "Overnight,", "on Sunday", "the next eight weeks",
    "starting today", "last night", "on Wednesday", "Feb. 12", "at 3:30 p.m."; "COVID-19",
    "24/7", "3,800 cases" and "so far" alone are none."""
    text = (
        "Coronavirus live updates: Stocks plunge as COVID-19 spreads\n"
        "Last updated at 10:05 a.m. ET\n"
        "The Dow fell nearly 3,000 points at the open, and trading was halted for 15 minutes "
        "for the third time in a week. Overnight, the Federal Reserve cut its benchmark rate to "
        "near zero and announced $700 billion in bond purchases. The CDC recommended on Sunday "
        "that gatherings of 50 or more people be canceled for the next eight weeks. New York "
        "City's public schools will close starting today, the mayor said last night. There "
        "have been more than 3,800 cases in the U.S. so far, and 69 deaths. The World Health "
        "Organization declared a pandemic on Wednesday. Hotlines are staffed 24/7. The Dow has "
        "lost about 30% since its peak on Feb. 12. President Trump will hold a briefing at 3:30 "
        "p.m."
    )
    assert _news(text, "2020-03-16", "Monday") == [
        ("10:05 a.m. ET", "TIME", "2020-03-16T10:05-04:00"),
        ("15 minutes", "DURATION", "PT15M"),
        ("a week", "DURATION", "P1W"),
        ("Overnight", "TIME", "2020-03-16TNI"),
        ("Sunday", "DATE", "2020-03-15"),
        ("the next eight weeks", "DURATION", "P8W"),
        ("today", "DATE", "2020-03-16"),
        ("last night", "TIME", "2020-03-15TNI"),
        ("Wednesday", "DATE", "2020-03-11"),
        ("Feb. 12", "DATE", "2020-02-12"),
        ("3:30 p.m.", "TIME", "2020-03-16T15:30"),
    ]


def test_a_storm_live_page_reads_posted_at_with_a_colon_and_with_a_stop() -> None:
    """Storm Eunice, 18 February 2022: "Posted at 10:32" and "Posted at 10.05" (a stamp run into
    the text), "from 07:00 until 12:00 GMT", "this morning", "today", "overnight", "a day
    after", "by the evening", "for Saturday", "in 2013"; "122mph", "M48" and "105" are none."""
    text = (
        "Storm Eunice live: Red warning as 100mph gusts hit south\n"
        "Posted at 10:32\n"
        "A rare red weather warning is in place from 07:00 until 12:00 GMT for parts of "
        "south-west England and south Wales. A gust of 122mph was recorded at the Needles on "
        "the Isle of Wight this morning, a provisional record for England. Posted at 10.05 The "
        "M48 Severn Bridge has been closed. Network Rail said there would be no trains in Wales "
        "today. More than 80,000 homes lost power overnight, a day after Storm Dudley. The Met "
        "Office said the storm would ease by the evening, but a yellow warning for snow remains "
        "for Saturday. The last red warning for wind in London was issued in 2013. Call 105 to "
        "report a power cut."
    )
    assert _news(text, "2022-02-18", "Friday") == [
        ("10:32", "TIME", "2022-02-18T10:32"),
        ("07:00", "TIME", "2022-02-18T07:00+00:00"),
        ("12:00 GMT", "TIME", "2022-02-18T12:00+00:00"),
        ("this morning", "TIME", "2022-02-18TMO"),
        ("10.05", "TIME", "2022-02-18T10:05"),
        ("today", "DATE", "2022-02-18"),
        ("overnight", "TIME", "2022-02-18TNI"),
        ("a day", "DURATION", "P1D"),
        ("the evening", "TIME", "2022-02-18TEV"),
        ("Saturday", "DATE", "2022-02-19"),
        ("2013", "DATE", "2013"),
    ]


def test_a_commons_vote_live_page_reads_tonights_vote_at_19_00_gmt() -> None:
    """Brexit, 15 January 2019: "tonight's vote ... due at about 19.00 GMT", "a short while
    ago", "five days", "on 11 December" (last December) and "the day before", "by Monday",
    "29 March", "two years after", "as early as tomorrow", "the past hour"; "Key events" and
    "Article 50" are none."""
    text = (
        "Brexit: MPs vote on Theresa May's deal - live\n"
        "Key events\n"
        "Theresa May's Brexit deal is expected to be heavily defeated in tonight's vote, which "
        "is due at about 19.00 GMT. The prime minister spoke in the Commons a short while ago, "
        "closing five days of debate. The vote was originally due on 11 December but was pulled"
        " the day before. If the deal is voted down, May must come back with a plan B by "
        "Monday. The UK is due to leave the EU on 29 March, two years after it triggered "
        "Article 50. Jeremy Corbyn is expected to table a motion of no confidence as early as "
        "tomorrow. Sterling rose 1% in the past hour."
    )
    assert _news(text, "2019-01-15", "Tuesday") == [
        ("tonight", "TIME", "2019-01-15TNI"),
        ("19.00 GMT", "TIME", "2019-01-15T19:00+00:00"),
        ("a short while ago", "DATE", "PAST_REF"),
        ("five days", "DURATION", "P5D"),
        ("11 December", "DATE", "2018-12-11"),
        ("the day before", "DATE", "2018-12-10"),
        ("Monday", "DATE", "2019-01-21"),
        ("29 March", "DATE", "2019-03-29"),
        ("two years", "DURATION", "P2Y"),
        ("tomorrow", "DATE", "2019-01-16"),
        ("the past hour", "DURATION", "PT1H"),
    ]


def test_a_missing_flight_page_reads_local_time_on_saturday_and_a_gmt_stamp() -> None:
    """MH370, 8 March 2014: "Updated 11:20 GMT", "2:40 a.m. local time on Saturday", "about two
    hours after", "due to land ... at 6:30 a.m.", "late Saturday", "on Saturday afternoon",
    "in 1995", "at 7 p.m."; "Flight 370", "Flight MH370", "Boeing 777-200", "239 people" and
    "The 777" are none."""
    text = (
        "Malaysia Airlines Flight 370 missing: live updates\n"
        "Updated 11:20 GMT\n"
        "Malaysia Airlines says it lost contact with Flight MH370, a Boeing 777-200 carrying "
        "239 people, at 2:40 a.m. local time on Saturday, about two hours after it left Kuala "
        "Lumpur. The flight had been due to land in Beijing at 6:30 a.m. The airline said the "
        "plane last made contact over the South China Sea. Vietnam's navy found two oil slicks "
        "late Saturday. Relatives waited at Beijing airport on Saturday afternoon. The 777 had "
        "not had a fatal crash since it entered service in 1995. Malaysia Airlines will hold a "
        "news conference at 7 p.m."
    )
    assert _news(text, "2014-03-08", "Saturday") == [
        ("11:20 GMT", "TIME", "2014-03-08T11:20+00:00"),
        ("2:40 a.m. local time on Saturday", "TIME", "2014-03-08T02:40"),
        ("two hours", "DURATION", "PT2H"),
        ("6:30 a.m.", "TIME", "2014-03-08T06:30"),
        ("late Saturday", "DATE", "2014-03-08"),
        ("Saturday afternoon", "TIME", "2014-03-08TAF"),
        ("1995", "DATE", "1995"),
        ("7 p.m.", "TIME", "2014-03-08T19:00"),
    ]


def test_a_clock_time_after_a_name_holding_a_date_is_of_the_pages_day() -> None:
    """ "The Jan. 6 committee meets at 10 a.m." and "The Sept. 11 commission meets at 2 p.m.":
    the date names the attack, it is no day the page tells, so the clock time is the page's."""
    text = (
        "The Jan. 6 committee meets at 10 a.m. in the Cannon building. The Sept. 11 commission "
        "meets at 2 p.m."
    )
    assert _news(text, "2022-06-09", "Thursday") == [
        ("Jan. 6", "DATE", "2021-01-06"),
        ("10 a.m.", "TIME", "2022-06-09T10:00"),
        ("Sept. 11", "DATE", "2001-09-11"),
        ("2 p.m.", "TIME", "2022-06-09T14:00"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Sept. 11 families will meet the president at 3 p.m.", "2022-06-09T15:00"),
        ("The 9/11 Commission held its hearing at 9 a.m.", "2022-06-09T09:00"),
        ("The Sept. 11 attacks began at 8:46 a.m.", "2001-09-11T08:46"),
        ("The Sept. 11 anniversary ceremony begins at 8:40 a.m.", "2022-09-11T08:40"),
    ],
)
def test_a_names_day_is_no_day_of_the_story_but_the_events_is(text: str, expected: str) -> None:
    """A day naming a body or the people of what happened on it ("the Sept. 11 families",
    "the 9/11 Commission") is no day a clock time after it is of; the event itself ("the
    Sept. 11 attacks") and what is held on the day ("the Sept. 11 anniversary ceremony") are."""
    assert mentions(text, dct="2022-06-09", genre="news")[1][2] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Updated 9:42 p.m. ET\nKey events", ("9:42 p.m. ET", "2024-11-05T21:42-05:00")),
        ("Polls close at 8 p.m. ET\nin Pennsylvania.", ("8 p.m. ET", "2024-11-05T20:00-05:00")),
        ("Last updated 10:05 a.m. PT\nThe fire grew.", ("10:05 a.m. PT", "2024-11-05T10:05-08:00")),
        (
            "Extubated at 9:42 p.m. ET\ntube removed without issue.",
            ("9:42 p.m.", "2024-11-05T21:42"),
        ),
    ],
)
def test_a_us_zone_ending_the_stamps_line_is_the_times(text: str, expected: Row) -> None:
    """A bare US zone ("ET", "PT") at the end of a stamp's line is its time's, as before a
    full stop; one whose line runs on in lower case is a word of the sentence (a clinical
    "ET tube"), no zone."""
    assert mentions(text, dct="2024-11-05", genre="news")[0][::2] == expected


@pytest.mark.parametrize(
    "text",
    [
        "A candidate needs 270 electoral votes to win.",
        "Question 1 and Amendment 4 were on the ballot.",
        "Section 230 shields platforms from liability.",
        "The Warriors lost Game 7 after leading the series 3-1.",
        "Flight 370 vanished with 239 people aboard.",
        "Apollo 11 landed on the moon.",
        "COVID-19 cases rose, and the hotline is open 24/7.",
        "Carriers are rolling out 5G across the state.",
        "Key events",
        "ICYMI: the mayor resigned.",
        "1 big thing: the speaker fight.",
        "Shares closed at 14.05 after a volatile session.",
        "The index rose 19.00 points.",
        "Hurricane Ian was a Category 4 storm.",
    ],
)
def test_live_page_look_alikes_yield_nothing(text: str) -> None:
    """Vote counts, ballot questions, laws, games and scores, flights, missions, "COVID-19",
    "24/7", "5G", a live page's headings, a briefing's "1 big thing", a price and a points
    figure with a stop, and a hurricane's category are no times."""
    assert mentions(text, dct="2024-11-05", genre="news") == []


@pytest.mark.xfail(
    strict=True,
    reason="a quarter of a game is read as a calendar quarter: telling a basketball or "
    "football game's 'fourth quarter' from a company's needs the sense of the sentence "
    "('field goal', 'points'), which chrono has no lexicon for",
)
def test_a_games_fourth_quarter_is_no_calendar_quarter() -> None:
    """ "The teams went 13 minutes without a field goal late in the fourth quarter" is a
    stretch of the game, not the last quarter of a year."""
    text = "The teams went nearly 13 minutes without a field goal late in the fourth quarter."
    assert _news(text, "2016-06-19", "Sunday") == [("nearly 13 minutes", "DURATION", "PT13M")]


def test_a_vote_that_was_scheduled_and_pulled_is_behind() -> None:
    """A vote that "was originally scheduled for 11 December but was pulled" in a January
    page is last December's."""
    text = "The vote was originally scheduled for 11 December but was pulled the day before."
    assert _news(text, "2019-01-15", "Tuesday") == [
        ("11 December", "DATE", "2018-12-11"),
        ("the day before", "DATE", "2018-12-10"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The summit, originally set for Feb. 20, was moved to Feb. 27.", "2019-02-20"),
        ("The hearing had been scheduled for Feb. 11 but was moved up.", "2019-02-11"),
        ("The vote is scheduled for 11 December.", "2019-12-11"),
        ("The vote was scheduled for 11 February.", "2019-02-11"),
        ("The vote was held on 11 December.", "2018-12-11"),
    ],
)
def test_a_plan_told_as_changed_is_the_nearest_date(text: str, expected: str) -> None:
    """A plan told as changed ("originally set for", "had been scheduled for") says neither
    way: its date is the nearest, a month ahead as a month behind, whatever verb follows ("was
    moved"); a plan not changed ("is scheduled for", "was scheduled for") looks ahead, a verb
    told done ("was held on") behind."""
    assert mentions(text, dct="2019-01-15", genre="news")[0][2] == expected


@pytest.mark.xfail(
    strict=True,
    reason="a definite unit without 'this' ('spent the week', 'throughout the day', 'for the "
    "rest of the day') is the document's own in TimeBank, but chrono tags it only after a "
    "signal it knows ('in the morning'); reading a bare 'the week' as this week needs the "
    "verb's sense (a 'week' of 'the week of June 6' or 'the week's news' is another)",
)
def test_the_week_and_the_day_of_the_page_are_its_own() -> None:
    """ "Trump's allies have spent the week trying to preempt it", "Relatives gathered
    throughout the day", "no trains for the rest of the day" are the page's week and day."""
    text = (
        "Trump's allies have spent the week trying to preempt it. Relatives gathered at the "
        "airport throughout the day. There will be no trains for the rest of the day."
    )
    assert _news(text, "2022-06-09", "Thursday") == [
        ("the week", "DATE", "2022-W23"),
        ("the day", "DATE", "2022-06-09"),
        ("the rest of the day", "DATE", "2022-06-09"),
    ]
