"""Social media, fifteenth round: tweets of 2011-2016 from accounts that report, one tweet a
document, with its posting date as the document date: breaking-news accounts, the National
Weather Service and local TV weather, traffic and transit agencies, police and fire
departments, teams and leagues (finals, schedules, injuries), school districts, airlines, city
halls, and people live-tweeting a game, a speech or a storm.

Each tweet was written for these tests in the style of its kind (weekdays checked with
datetime: 2016-01-22 is a Friday (2016-01-23 the Saturday after, 2016-01-25 the Monday);
2014-01-06 a Monday (2014-01-07 the Tuesday after, 2014-01-08 the Wednesday); 2015-10-31 a
Saturday; 2013-02-08 a Friday; 2016-11-02 a Wednesday; 2012-10-29 a Monday; 2015-02-16 a
Monday; 2014-03-04 a Tuesday; 2014-11-17 a Monday; 2013-10-30 a Wednesday; 2015-06-17 a
Wednesday of ISO week 25 (2015-06-20 the Saturday after); 2016-06-19 a Sunday; 2011-12-07 a
Wednesday; 2012-09-11 a Tuesday; 2016-01-23 a Saturday; 2012-07-02 a Monday of ISO week 27
(2012-07-04, the Fourth, the Wednesday after); 2015-05-04 a Monday; 2012-05-21 a Monday;
2015-09-12 a Saturday; 2011-06-15 a Wednesday; 2013-09-21 a Saturday; 2014-07-13 a Sunday;
2016-02-07 a Sunday; 2013-04-19 a Friday; 2015-03-05 a Thursday; 2016-01-28 a Thursday;
2014-07-20 a Sunday; 2015-01-26 a Monday; 2014-02-12 a Wednesday; 2012-01-09 a Monday;
2013-04-15 a Monday; 2011-10-28 a Friday (2011-10-30 the Sunday after, in daylight saving
time); 2016-12-17 a Saturday; 2011-08-27 a Saturday; 2016-10-05 a Wednesday; 2016-10-09 a
Sunday; 2011-06-01 a Wednesday; 2015-04-28 a Tuesday; 2014-01-07 a Tuesday).

What the tweets say: a weather warning or watch, capitalised as the Weather Service writes it
("Winter Storm Warning in effect from 7 PM this evening to 1 PM EST Saturday", "Flash Flood
Watch from 8 AM Sunday through Monday morning"), is for the days ahead, and its first clock
time and day are one time though a run to a part of a day follows. A forecast's lines open
with the day before its high or low ("Tue: high 18", "Thursday: high 35"), ahead; a forecast
capitalises a short day before its part of the day ("storms possible Fri afternoon"). A
notice's "closed" before a short day names the day ("City offices will be closed Wed"). A
game's start written with its minutes and no p.m. ("Gates open at 5:30, 1st pitch 7:05",
"puck drop at 7:08") is the evening's; "Thursday, 1st pitch" is a weekday, not the 1st of a
month. A listing's "8pm/7c" is the Eastern hour. "On this date in 1969", as "On this day in
2012" (tests/test_social_14.py), is the document's month and day in that year. "2 hours early
today" is today, "early" the dismissal's; "2 hrs later than normal" is a duration; the clock
of a game's overtime ("the winner at 2:41 of overtime") is no time of day.

Decided by TimeML's reading and the earlier rounds: "a 2-hr delay" is a duration (PT2H); "out
4-6 wks" lasts the longer count (P6W, as "for 4-6 weeks" in tests/test_clinical.py); "day-to-
day", "doubleheader", "Game 7", "I-95", "Route 1", scores ("5-3", "4-6 on the road"), ranks
("No. 12 Duke", "Top 25"), "Station 8", "Unit 12", "Flight 1549", "#7" and "99.5 FM" are no
times, nor is "until further notice". tests/test_social.py to tests/test_social_14.py hold the
first fourteen rounds; what chrono does not read yet is marked ``xfail`` at the end.
"""

from __future__ import annotations

import pytest
from passages import Row, mentions


def _mentions(text: str, dct: str) -> list[Row]:
    return mentions(text, dct=dct, genre="news")


# (kind, document date, tweet, expected mentions)
TWEETS: list[tuple[str, str, str, list[Row]]] = [
    (
        "nws_wsw",
        "2016-01-22",
        "Winter Storm Warning in effect from 7 PM this evening to 1 PM EST Saturday. 12-18 "
        "inches of snow expected. #DCsnow",
        [
            ("7 PM this evening", "TIME", "2016-01-22T19:00"),
            ("1 PM EST Saturday", "TIME", "2016-01-23T13:00-05:00"),
        ],
    ),
    (
        "nws_tonight_low",
        "2014-01-06",
        "Tonight: low 23, wind chills -10 to -15. Tue: high 18, sunny. Wed: high 29. #wxreport",
        [
            ("Tonight", "TIME", "2014-01-06TNI"),
            ("Tue", "DATE", "2014-01-07"),
            ("Wed", "DATE", "2014-01-08"),
        ],
    ),
    (
        "tv_sat_high",
        "2015-10-31",
        "Halloween forecast: Tonight: low 41, dry for trick-or-treaters. Sun: high 58. Mon: "
        "high 63 with showers late.",
        [
            ("Halloween", "DATE", "2015-10-31"),
            ("Tonight", "TIME", "2015-10-31TNI"),
            ("Sun", "DATE", "2015-11-01"),
            ("Mon", "DATE", "2015-11-02"),
        ],
    ),
    (
        "nws_until_9pm",
        "2013-02-08",
        "Blizzard Warning until 9 PM EST Saturday for Boston. Travel will be nearly impossible "
        "through Saturday evening.",
        [
            ("9 PM EST Saturday", "TIME", "2013-02-09T21:00-05:00"),
            ("Saturday evening", "TIME", "2013-02-09TEV"),
        ],
    ),
    (
        "nws_through_thu",
        "2016-11-02",
        "Red Flag Warning remains in effect through Thursday evening. Gusts to 50 mph. #cawx",
        [
            ("Thursday evening", "TIME", "2016-11-03TEV"),
        ],
    ),
    (
        "nws_next_48",
        "2012-10-29",
        "#Sandy: Hurricane-force gusts expected over the next 48 hrs. Landfall likely this "
        "evening near Atlantic City.",
        [
            ("the next 48 hrs", "DURATION", "PT48H"),
            ("this evening", "TIME", "2012-10-29TEV"),
        ],
    ),
    (
        "school_closed_tues",
        "2014-01-06",
        "All Wake County schools closed Tues 1/7 due to extreme cold. Offices open on a 2-hr "
        "delay.",
        [
            ("Tues 1/7", "DATE", "2014-01-07"),
            ("2-hr", "DURATION", "PT2H"),
        ],
    ),
    (
        "school_2hr_delay",
        "2015-02-16",
        "Fairfax County Public Schools will operate on a 2-hr delay tomorrow, Tue 2/17. No "
        "morning pre-K.",
        [
            ("2-hr", "DURATION", "PT2H"),
            ("tomorrow", "DATE", "2015-02-17"),
            ("Tue 2/17", "DATE", "2015-02-17"),
        ],
    ),
    (
        "school_closed_today",
        "2016-01-22",
        "BREAKING: DCPS closed today and Monday, Jan 25. Stay safe, stay home.",
        [
            ("today", "DATE", "2016-01-22"),
            ("Monday, Jan 25", "DATE", "2016-01-25"),
        ],
    ),
    (
        "traffic_i95",
        "2014-03-04",
        "NB I-95 closed until further notice at exit 12 after a tractor trailer fire. Expect "
        "delays thru the AM commute.",
        [],
    ),
    (
        "traffic_as_of",
        "2014-11-17",
        "As of 6 a.m., all lanes of Route 1 are open again. Crews cleared the crash around 5:40.",
        [
            ("6 a.m.", "TIME", "2014-11-17T06:00"),
            ("5:40", "TIME", "2014-11-17T05:40"),
        ],
    ),
    (
        "transit_update",
        "2013-10-30",
        "UPDATE 3:45pm: Red Line trains running every 20 min between Alewife and Park St. "
        "Shuttle buses replace service until 9 PM.",
        [
            ("3:45pm", "TIME", "2013-10-30T15:45"),
            ("every 20 min", "SET", "PT20M"),
            ("9 PM", "TIME", "2013-10-30T21:00"),
        ],
    ),
    (
        "transit_weekend",
        "2015-06-17",
        "Heads up: no Orange Line service this weekend, Sat 6/20 and Sun 6/21, for track work. "
        "Shuttles every 10 minutes.",
        [
            ("this weekend", "DATE", "2015-W25-WE"),
            ("Sat 6/20", "DATE", "2015-06-20"),
            ("Sun 6/21", "DATE", "2015-06-21"),
            ("every 10 minutes", "SET", "PT10M"),
        ],
    ),
    (
        "breaking_shooting",
        "2016-06-19",
        "#Breaking: Police say 3 people were shot near 5th and Main around 2:15 a.m. Sunday. "
        "Unit 12 on scene.",
        [
            ("2:15 a.m. Sunday", "TIME", "2016-06-19T02:15"),
        ],
    ),
    (
        "fire_station8",
        "2011-12-07",
        "Engine 8 and Station 8 crews responded to a 2-alarm fire on Elm St at 4:12 this "
        "morning. No injuries. Units cleared at 6:30.",
        [
            ("4:12 this morning", "TIME", "2011-12-07T04:12"),
            ("6:30", "TIME", "2011-12-07T06:30"),
        ],
    ),
    (
        "police_missing",
        "2012-09-11",
        "MISSING: 14-year-old last seen Monday around 3:30 p.m. near Lincoln Middle School. "
        "Call 555-0123.",
        [
            ("Monday", "DATE", "2012-09-10"),
            ("3:30 p.m.", "TIME", "2012-09-10T15:30"),
        ],
    ),
    (
        "airline_delay",
        "2016-01-23",
        "All flights out of DCA and IAD are cancelled today and tomorrow. Flight 1549 "
        "passengers: rebook free of charge through Jan 29.",
        [
            ("today", "DATE", "2016-01-23"),
            ("tomorrow", "DATE", "2016-01-24"),
            ("Jan 29", "DATE", "2016-01-29"),
        ],
    ),
    (
        "airline_weather",
        "2013-02-08",
        "Due to #Nemo, we have cancelled all flights to and from BOS after 2 p.m. today. Ops "
        "expected to resume Sunday morning.",
        [
            ("2 p.m. today", "TIME", "2013-02-08T14:00"),
            ("Sunday morning", "TIME", "2013-02-10TMO"),
        ],
    ),
    (
        "city_hall",
        "2012-07-02",
        "City offices will be closed Wed for the 4th of July holiday. Trash pickup will slide "
        "one day this week.",
        [
            ("Wed", "DATE", "2012-07-04"),
            ("the 4th of July", "DATE", "2012-07-04"),
            ("one day", "DURATION", "P1D"),
            ("this week", "DATE", "2012-W27"),
        ],
    ),
    (
        "city_hall_meeting",
        "2015-05-04",
        "Reminder: City Council meets tonight at 6:30 in chambers. Watch live on Channel 16 or "
        "stream it at the link.",
        [
            ("tonight at 6:30", "TIME", "2015-05-04T18:30"),
        ],
    ),
    (
        "final_yankees",
        "2012-05-21",
        "Final: Yankees 5, Red Sox 3. Yanks take 2 of 3. Next up: Friday at Tampa, 1st pitch 7:10.",
        [
            ("Friday", "DATE", "2012-05-25"),
            ("7:10", "TIME", "2012-05-25T19:10"),
        ],
    ),
    (
        "game7_tonight",
        "2016-06-19",
        "It all comes down to this. Game 7 tonight 8pm/7c on ABC. #NBAFinals",
        [
            ("tonight", "TIME", "2016-06-19TNI"),
            ("8pm/7c", "TIME", "2016-06-19T20:00"),
        ],
    ),
    (
        "injury_out_4_6",
        "2015-09-12",
        "Injury update: WR Jones (hamstring) is out 4-6 wks. LB Smith is day-to-day.",
        [
            ("4-6 wks", "DURATION", "P6W"),
        ],
    ),
    (
        "first_pitch",
        "2013-09-21",
        "Gates open at 5:30, 1st pitch 7:05. Fireworks after the game! #Mets",
        [
            ("5:30", "TIME", "2013-09-21T17:30"),
            ("7:05", "TIME", "2013-09-21T19:05"),
        ],
    ),
    (
        "kickoff_in_30",
        "2014-07-13",
        "Kickoff in 30 min! Germany vs Argentina. #WorldCupFinal",
        [
            ("30 min", "DURATION", "PT30M"),
        ],
    ),
    (
        "tminus",
        "2016-02-07",
        "T-minus 2 hrs until kickoff at Levi's Stadium. #SB50",
        [
            ("2 hrs", "DURATION", "PT2H"),
        ],
    ),
    (
        "ot_hockey",
        "2013-04-19",
        "End of 2nd: Bruins 2, Penguins 1. Shots 24-17. Third period coming up.",
        [],
    ),
    (
        "ncaa_no12",
        "2015-03-05",
        "No. 12 Duke beats Top 25 foe UNC 84-77 in OT. Blue Devils have won 5 straight.",
        [],
    ),
    (
        "otd_1986",
        "2016-01-28",
        "#OTD in 1986, the Space Shuttle Challenger broke apart 73 seconds after liftoff. 30 "
        "yrs ago today.",
        [
            ("1986", "DATE", "1986"),
            ("73 seconds", "DURATION", "PT73S"),
            ("30 yrs ago today", "DATE", "1986-01-28"),
        ],
    ),
    (
        "on_this_date",
        "2014-07-20",
        "On this date in 1969, Apollo 11 landed on the moon. #OTD",
        [
            ("this date in 1969", "DATE", "1969-07-20"),
        ],
    ),
    (
        "jersey_7",
        "2014-02-12",
        "#7 scores his 20th goal of the season with 4:32 left in the 3rd. 3-2 lead.",
        [],
    ),
    (
        "live_tweet_speech",
        "2012-01-09",
        "Mayor starts the State of the City at 10:02. Says budget will be balanced by 2014, "
        "first time in a decade.",
        [
            ("10:02", "TIME", "2012-01-09T10:02"),
            ("2014", "DATE", "2014"),
            ("a decade", "DURATION", "P10Y"),
        ],
    ),
    (
        "bombing_update",
        "2013-04-15",
        "UPDATE: Two explosions at the Boston Marathon finish line around 2:50 p.m. today. "
        "Avoid Boylston St.",
        [
            ("2:50 p.m. today", "TIME", "2013-04-15T14:50"),
        ],
    ),
    (
        "nfl_schedule",
        "2011-10-28",
        "Week 8 schedule: Colts at Titans Sun 1pm ET, Cowboys at Eagles Sun 8:20pm ET on NBC.",
        [
            ("Sun 1pm ET", "TIME", "2011-10-30T13:00-04:00"),
            ("Sun 8:20pm ET", "TIME", "2011-10-30T20:20-04:00"),
        ],
    ),
    (
        "injury_season",
        "2016-12-17",
        "Update: LT Williams placed on injured reserve, out for the season. He had started 42 "
        "straight games.",
        [],
    ),
    (
        "nws_flood_watch",
        "2011-08-27",
        "Flash Flood Watch from 8 AM Sunday through Monday morning. #Irene rainfall 6-10 inches.",
        [
            ("8 AM Sunday", "TIME", "2011-08-28T08:00"),
            ("Monday morning", "TIME", "2011-08-29TMO"),
        ],
    ),
    (
        "school_makeup",
        "2015-03-05",
        "Snow day today. The makeup day will be Friday, March 20. Enjoy the snow!",
        [
            ("today", "DATE", "2015-03-05"),
            ("Friday, March 20", "DATE", "2015-03-20"),
        ],
    ),
    (
        "amtrak",
        "2016-01-22",
        "Amtrak will operate a modified schedule Saturday, Jan. 23 between New York and "
        "Washington. Check status before you travel.",
        [
            ("Saturday, Jan. 23", "DATE", "2016-01-23"),
        ],
    ),
    (
        "early_dismissal",
        "2014-02-12",
        "All schools will dismiss 2 hours early today. After-school activities and evening "
        "events are cancelled.",
        [
            ("2 hours", "DURATION", "PT2H"),
            ("today", "DATE", "2014-02-12"),
        ],
    ),
    (
        "heat_advisory",
        "2015-06-17",
        "Heat Advisory until 8 PM EDT Thursday. Heat index values up to 105. Check on neighbors.",
        [
            ("8 PM EDT Thursday", "TIME", "2015-06-18T20:00-04:00"),
        ],
    ),
    (
        "arrest",
        "2013-04-19",
        "#BREAKING: Suspect in custody. Boston Police confirm arrest at 8:45 p.m. in Watertown.",
        [
            ("8:45 p.m.", "TIME", "2013-04-19T20:45"),
        ],
    ),
    (
        "snow_emergency",
        "2015-01-26",
        "A snow emergency goes into effect at 6 p.m. today. No parking on snow routes until "
        "further notice.",
        [
            ("6 p.m. today", "TIME", "2015-01-26T18:00"),
        ],
    ),
    (
        "debate_live",
        "2016-10-09",
        "Debate starts in 10 minutes. We'll be live-tweeting all 90 minutes. #debate",
        [
            ("10 minutes", "DURATION", "PT10M"),
            ("90 minutes", "DURATION", "PT90M"),
        ],
    ),
    (
        "tornado",
        "2011-06-01",
        "Tornado Warning for Hampden County until 5:15 PM EDT. Take shelter now!",
        [
            ("5:15 PM EDT", "TIME", "2011-06-01T17:15-04:00"),
            ("now", "DATE", "PRESENT_REF"),
        ],
    ),
    (
        "wind_chill",
        "2014-01-06",
        "Wind Chill Warning until noon Tuesday. Frostbite in 10 minutes on exposed skin.",
        [
            ("noon Tuesday", "TIME", "2014-01-07T12:00"),
            ("10 minutes", "DURATION", "PT10M"),
        ],
    ),
    (
        "home_opener",
        "2014-07-20",
        "Tickets for the home opener Sept. 7 go on sale Monday at 10 a.m. #Giants",
        [
            ("Sept. 7", "DATE", "2014-09-07"),
            ("Monday at 10 a.m.", "TIME", "2014-07-21T10:00"),
        ],
    ),
    (
        "beltway",
        "2012-01-09",
        "Crash on the Beltway at 6:52 a.m. Expect delays for the next 2 hours.",
        [
            ("6:52 a.m.", "TIME", "2012-01-09T06:52"),
            ("the next 2 hours", "DURATION", "PT2H"),
        ],
    ),
    (
        "curfew",
        "2015-04-28",
        "Citywide curfew from 10 p.m. to 5 a.m. begins tonight and lasts one week.",
        [
            ("10 p.m.", "TIME", "2015-04-28T22:00"),
            ("5 a.m.", "TIME", "2015-04-29T05:00"),
            ("tonight", "TIME", "2015-04-28TNI"),
            ("one week", "DURATION", "P1W"),
        ],
    ),
    (
        "school_tomorrow",
        "2014-01-07",
        "Schools will reopen tomorrow, Wednesday, Jan. 8, on a 2-hour delay. Buses run 2 hrs "
        "later than normal.",
        [
            ("tomorrow", "DATE", "2014-01-08"),
            ("Wednesday, Jan. 8", "DATE", "2014-01-08"),
            ("2-hour", "DURATION", "PT2H"),
            ("2 hrs", "DURATION", "PT2H"),
        ],
    ),
    (
        "final_score_ot",
        "2015-03-05",
        "FINAL/OT: Caps 4, Rangers 3. Ovechkin with the winner at 2:41 of overtime.",
        [],
    ),
    (
        "doubleheader",
        "2011-06-15",
        "Rain postponed tonight's game. It will be made up as part of a doubleheader Thursday, "
        "1st pitch of game 1 at 4:05.",
        [
            ("tonight", "TIME", "2011-06-15TNI"),
            ("Thursday", "DATE", "2011-06-16"),
            ("4:05", "TIME", "2011-06-16T16:05"),
        ],
    ),
    (
        "radio_99_5",
        "2015-01-26",
        "Blizzard coverage all night on 99.5 FM. Storm totals by 7 a.m. Tuesday. Stay tuned.",
        [
            ("7 a.m. Tuesday", "TIME", "2015-01-27T07:00"),
        ],
    ),
    (
        "tv_wx_weekend",
        "2012-05-21",
        "Warm week ahead: highs in the 80s thru Thursday, storms possible Fri afternoon. "
        "Memorial Day weekend looks dry.",
        [
            ("Thursday", "DATE", "2012-05-24"),
            ("Fri afternoon", "TIME", "2012-05-25TAF"),
            ("Memorial Day weekend", "DATE", "2012-W21-WE"),
        ],
    ),
]


@pytest.mark.parametrize(("kind", "dct", "tweet", "expected"), TWEETS, ids=[t[0] for t in TWEETS])
def test_tweet(kind: str, dct: str, tweet: str, expected: list[Row]) -> None:
    """Every time a reporting account's tweet of 2011-2016 names is found, with its type and
    its value."""
    assert _mentions(tweet, dct) == expected


@pytest.mark.parametrize(
    "text",
    [
        "NB I-95 closed at exit 12 after a crash",
        "Route 1 reopened in both directions",
        "Game 7 is a must-win for the Celtics",
        "Duke improves to 5-3 with the win",
        "a 5-3 win over Boston",
        "the Heat fall to 4-6 on the road",
        "No. 12 Duke beats Top 25 foe UNC 84-77",
        "Station 8 and Unit 12 on scene",
        "Ladder 12 and Engine 8 responded",
        "Flight 1549 passengers are safe",
        "#7 scores again!",
        "Listen on 99.5 FM",
        "LB Smith is day-to-day with a sprained ankle",
        "It's a doubleheader!",
        "End of 1st: Bruins 2, Penguins 1",
        "Shots 24-17 Bruins",
        "Sat: Kids eat free",
        "McDavid won it at 2:41 of overtime.",
    ],
)
def test_tweet_look_alikes(text: str) -> None:
    """Roads, a series' game, scores and records, ranks, stations and units, flights, jerseys,
    radio frequencies, a player's status, a doubleheader, a period's line, shots on goal, a
    short day before no forecast and a game clock are no times."""
    assert _mentions(text, "2015-03-05") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The plant closed Wed. after a fire.", [("Wed", "2015-03-04")]),
        ("He was closed Sunday.", [("Sunday", "2015-03-01")]),
        ("Flights resumed 2 hours later than planned.", [("2 hours", "PT2H")]),
        ("Talks resumed three days later.", [("three days later", "2015-03-08")]),
        ("The meeting ended early today.", [("early today", "2015-03-05")]),
        ("The Sun morning edition sold out.", []),
    ],
)
def test_tweet_rules_in_formal_text(text: str, expected: list[tuple[str, str]]) -> None:
    """A short day after a past "closed" stays past; a count of days later keeps its day, "early
    today" its day, and a newspaper's name is no weekday."""
    assert [(m, v) for m, _, v in _mentions(text, "2015-03-05")] == expected


# What chrono does not yet do: each entry says why. (strict: a fix must move it to TWEETS.)
UNMET: list[tuple[str, str, str, list[Row], str]] = [
    (
        "bridge_closure",
        "2016-10-05",
        "The Bay Bridge will be closed from 8 p.m. Friday to 5 a.m. Monday for paving. Plan ahead.",
        [
            ("8 p.m. Friday", "TIME", "2016-10-07T20:00"),
            ("5 a.m. Monday", "TIME", "2016-10-10T05:00"),
        ],
        "'closed from 8 p.m. Friday to 5 a.m. Monday', one closure over a weekend, is read as a "
        "weekly schedule (sets), as opening hours 'Monday through Friday' are",
    ),
]


@pytest.mark.parametrize(
    ("kind", "dct", "tweet", "expected", "why"),
    [pytest.param(*u, marks=pytest.mark.xfail(strict=True, reason=u[4]), id=u[0]) for u in UNMET],
)
def test_unmet(kind: str, dct: str, tweet: str, expected: list[Row], why: str) -> None:
    """What a tweet says that chrono does not read yet."""
    assert _mentions(tweet, dct) == expected
