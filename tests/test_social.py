"""Social media and messages: tweets, Reddit comments, texts, announcements.

Each post was written for these tests in the style of its kind, with its posting date as the
document date (weekdays checked: 2023-09-12 is a Tuesday, 2024-03-08 a Friday, 2023-12-20 a
Wednesday, 2024-01-15 a Monday, 2024-01-16 a Tuesday, 2023-06-03 a Saturday, 2024-07-04 a
Thursday, 2023-11-16 a Thursday, 2024-05-26 a Sunday). The tables pin what must be found, with
its type and value, by TimeML conventions; the look-alikes after them pin what must not.
"""

from __future__ import annotations

import pytest
from passages import Row, mentions


def _mentions(text: str, dct: str) -> list[Row]:
    return mentions(text, dct=dct, genre="news")


# (kind, document date, post, expected mentions)
POSTS: list[tuple[str, str, str, list[Row]]] = [
    (
        "sms_running_late",
        "2024-03-08",
        "running late 🙃 c u at 5:30pm instead? tmrw works 2 if ur free",
        [("5:30pm", "TIME", "2024-03-08T17:30"), ("tmrw", "DATE", "2024-03-09")],
    ),
    (
        "tweet_yday_2day_tmr",
        "2023-09-12",
        "yday was a blur. 2day im just chillin, gym tmr morning",
        [
            ("yday", "DATE", "2023-09-11"),
            ("2day", "DATE", "2023-09-12"),
            ("tmr morning", "TIME", "2023-09-13TMO"),
        ],
    ),
    (
        "reddit_order_not_shipped",
        "2024-01-15",
        "I ordered it on jan 2nd and it still hasn't shipped. Support said allow 5 business "
        "days lol",
        [("jan 2nd", "DATE", "2024-01-02"), ("5 business days", "DURATION", "P5D")],
    ),
    (
        "whatsapp_brunch",
        "2023-06-03",
        "who's up for brunch sun arvo? or next sat morning if ppl r busy",
        [("sun arvo", "TIME", "2023-06-04TAF"), ("next sat morning", "TIME", "2023-06-10TMO")],
    ),
    (
        "fan_back_at_it_thurs",
        "2024-05-26",
        "WHAT A GAME!!! 1-0 in the 90th min 😭😭 back at it thurs vs Leeds",
        [("thurs", "DATE", "2024-05-30")],
    ),
    (
        "travel_flight_lands",
        "2024-07-04",
        "flight lands 17:00 local, then 2 hrs on the train 🌴",
        [("17:00", "TIME", "2024-07-04T17:00"), ("2 hrs", "DURATION", "PT2H")],
    ),
    (
        "gaming_servers_down",
        "2023-11-16",
        "new season drops next tues!! servers go down at 2am tmrw for maintenance. NBA 2K24 "
        "still broken lol",
        [("next tues", "DATE", "2023-11-21"), ("2am tmrw", "TIME", "2023-11-17T02:00")],
    ),
    (
        "crypto_hodl",
        "2024-03-08",
        "BTC up 12% in 24h 🚀 halving in ~6 wks. hodl til 2k25 at least",
        [("24h", "DURATION", "PT24H"), ("6 wks", "DURATION", "P6W"), ("2k25", "DATE", "2025")],
    ),
    (
        "school_essay_due",
        "2023-09-12",
        "essay due on fri at 11:59pm and the midterm is on the 28th!! pls send notes asap",
        [("fri at 11:59pm", "TIME", "2023-09-15T23:59"), ("the 28th", "DATE", "2023-09-28")],
    ),
    (
        "event_xmas_market",
        "2023-12-20",
        "🎄 XMAS MARKET this sat from 10am!! last one b4 xmas, don't miss it 🎅",
        [
            ("XMAS", "DATE", "2023-12-25"),
            ("this sat from 10am", "TIME", "2023-12-23T10:00"),
            ("xmas", "DATE", "2023-12-25"),
        ],
    ),
    (
        "sms_omw",
        "2024-05-26",
        "omw! stuck in traffic, there in 10 mins",
        [("10 mins", "DURATION", "PT10M")],
    ),
    (
        "tweet_fourth_of_july",
        "2024-07-04",
        "Happy 4th of July y'all 🇺🇸🎆 fireworks 2nite at 9:30pm",
        [
            ("4th of July", "DATE", "2024-07-04"),
            ("2nite", "TIME", "2024-07-04TNI"),
            ("9:30pm", "TIME", "2024-07-04T21:30"),
        ],
    ),
    (
        "forum_pin_request",
        "2024-03-08",
        "Posted this back in feb but no replies. Mods pls pin till end of march?",
        [("feb", "DATE", "2024-02"), ("end of march", "DATE", "2024-03")],
    ),
    (
        "fan_concert_countdown",
        "2024-01-15",
        "cant wait for the concert on feb 10th!!! 26 days 😭",
        [("feb 10th", "DATE", "2024-02-10"), ("26 days", "DURATION", "P26D")],
    ),
    (
        "whatsapp_bday_dinner",
        "2023-12-20",
        "Mum's bday dinner is on the 27th, can u book a table 4 8 ppl?",
        [("the 27th", "DATE", "2023-12-27")],
    ),
    (
        "travel_summer_24",
        "2023-06-03",
        "Back from Lisbon 🇵🇹 5 days, 3 beaches, 0 regrets. Already planning summer '24",
        [("5 days", "DURATION", "P5D"), ("summer '24", "DATE", "2024-SU")],
    ),
    (
        "gym_every_sat",
        "2023-09-12",
        "leg day every sat, no excuses 😤💪",
        [("every sat", "SET", "XXXX-WXX-6")],
    ),
    (
        "wfh_fridays",
        "2024-01-15",
        "office only on fridays now, wfh the rest",
        [("fridays", "SET", "XXXX-WXX-5"), ("now", "DATE", "PRESENT_REF")],
    ),
    (
        "support_open_247",
        "2023-11-16",
        "our support line is open 24/7, or email us anytime 😊",
        [],
    ),
    (
        "review_five_stars",
        "2024-03-08",
        "5/5 stars, 10/10 would order again. arrived in 2 days",
        [("2 days", "DURATION", "P2D")],
    ),
    (
        "tbt_greece",
        "2024-07-04",
        "#tbt to summer 2019 in Greece 🇬🇷 #throwbackthursday",
        [("summer 2019", "DATE", "2019-SU")],
    ),
    (
        "friday_feeling",
        "2024-03-08",
        "#FridayFeeling 🙌 weekend starts at 5pm sharp",
        [("5pm", "TIME", "2024-03-08T17:00")],
    ),
    (
        "all_caps_see_u_sat",
        "2023-09-12",
        "SEE U SAT!!! 🎉🎉",
        [("SAT", "DATE", "2023-09-16")],
    ),
    (
        "busy_rn",
        "2023-09-12",
        "can't talk rn, in a meeting. call u l8r",
        [("rn", "DATE", "PRESENT_REF"), ("l8r", "DATE", "FUTURE_REF")],
    ),
    (
        "broke_this_yr",
        "2024-05-26",
        "broke atm so no festival for me this yr 😭",
        [("atm", "DATE", "PRESENT_REF"), ("this yr", "DATE", "2024")],
    ),
    (
        "nye_plans",
        "2023-12-20",
        "nye plans? thinking house party at mine then brunch on new year's day",
        [("nye", "DATE", "2023-12-31"), ("new year's day", "DATE", "2024-01-01")],
    ),
    (
        "fan_ystrdy_game",
        "2024-01-15",
        "ystrdy's game was unreal, cant believe we lost 2-1 in the last 5 mins",
        [("ystrdy", "DATE", "2024-01-14"), ("the last 5 mins", "DURATION", "PT5M")],
    ),
    (
        "school_exams_easter",
        "2024-05-26",
        "exams start in 2 wks and i havent opened a book since easter 💀",
        [("2 wks", "DURATION", "P2W"), ("easter", "DATE", "2024-03-31")],
    ),
    (
        "reddit_landlord",
        "2023-09-12",
        "Update: landlord finally replied after 3 weeks. Says the repair guy comes thurs morning",
        [("3 weeks", "DURATION", "P3W"), ("thurs morning", "TIME", "2023-09-14TMO")],
    ),
    (
        "fan_kickoff",
        "2023-11-16",
        "Kickoff's at 19:45 on sat. Tix still on sale til fri",
        [("19:45 on sat", "TIME", "2023-11-18T19:45"), ("fri", "DATE", "2023-11-17")],
    ),
    (
        "crypto_gas_fees",
        "2023-12-20",
        "ETH gas fees insane rn. waiting til the wknd to bridge",
        [("rn", "DATE", "PRESENT_REF"), ("the wknd", "DATE", "2023-W51-WE")],
    ),
    (
        "family_pick_me_up",
        "2024-07-04",
        "Landing at 6.15am on sat, can someone pick me up? Back to work on mon 😩",
        [("6.15am on sat", "TIME", "2024-07-06T06:15"), ("mon", "DATE", "2024-07-08")],
    ),
    (
        "open_mic_every_thurs",
        "2024-03-08",
        "Open mic every thurs @ The Crown. Next one is on 14/3!",
        [("every thurs", "SET", "XXXX-WXX-4"), ("14/3", "DATE", "2024-03-14")],
    ),
    (
        "fan_three_days_ago",
        "2024-01-15",
        "3 days ago we were top of the league, now look at us 🤡",
        [("3 days ago", "DATE", "2024-01-12"), ("now", "DATE", "PRESENT_REF")],
    ),
    (
        "stream_in_an_hr",
        "2023-06-03",
        "stream starts in an hr! first 2 hrs are ranked then chill games",
        [("an hr", "DURATION", "PT1H"), ("2 hrs", "DURATION", "PT2H")],
    ),
    (
        "school_until_dec",
        "2023-09-12",
        "ugh lectures every tues until dec 😴",
        [("every tues", "SET", "XXXX-WXX-2"), ("dec", "DATE", "2023-12")],
    ),
    (
        "may_modal_sat_verb",
        "2024-05-26",
        "may be late, sat in traffic for an hour already",
        [("an hour", "DURATION", "PT1H")],
    ),
    (
        "march_verb",
        "2024-03-08",
        "we march at noon from the square, bring signs ✊",
        [("noon", "TIME", "2024-03-08T12:00")],
    ),
    (
        "sun_the_star",
        "2023-06-03",
        "finally some sun ☀️ heading to the beach, back by 6pm",
        [("6pm", "TIME", "2023-06-03T18:00")],
    ),
    (
        "rent_due_us_date",
        "2024-05-26",
        "reminder: rent due on 6/1 🙃",
        [("6/1", "DATE", "2024-06-01")],
    ),
    (
        "office_jan_dates",
        "2023-12-20",
        "back in office jan 3, holiday til then. gigs on 5th jan & 12th jan",
        [
            ("jan 3", "DATE", "2024-01-03"),
            ("5th jan", "DATE", "2024-01-05"),
            ("12th jan", "DATE", "2024-01-12"),
        ],
    ),
    (
        "brunch_noon_ish",
        "2023-09-12",
        "brunch noon-ish at mine? 🥞",
        [("noon-ish", "TIME", "2023-09-12T12:00")],
    ),
    (
        "last_nite_all_day",
        "2023-09-12",
        "last nite was unreal, gonna sleep all day",
        [("last nite", "TIME", "2023-09-11TNI")],
    ),
    (
        "viral_post",
        "2023-09-12",
        "posted this 2 hrs ago and already 1k likes?? last time was like a wk ago",
        [("2 hrs ago", "DATE", "2023-09-12"), ("a wk ago", "DATE", "2023-W36")],
    ),
    (
        "pickup_5_pm_today",
        "2024-03-08",
        "ur order is ready! pickup at 5 pm today or sat morning",
        [("5 pm today", "TIME", "2024-03-08T17:00"), ("sat morning", "TIME", "2024-03-09TMO")],
    ),
    (
        "free_sat_nite",
        "2023-09-12",
        "wknd plans? im free sat nite if ur around",
        [("wknd", "DATE", "2023-W37-WE"), ("sat nite", "TIME", "2023-09-16TNI")],
    ),
    (
        "support_reply",
        "2024-01-15",
        "Hi Sam, sorry for the wait! Your replacement ships tomorrow and should arrive by "
        "Friday. We'll follow up within 24 hrs.",
        [
            ("tomorrow", "DATE", "2024-01-16"),
            ("Friday", "DATE", "2024-01-19"),
            ("24 hrs", "DURATION", "PT24H"),
        ],
    ),
    (
        "should_meet_fri",
        "2023-09-12",
        "we should meet fri after work, u free?",
        [("fri", "DATE", "2023-09-15")],
    ),
    (
        "festival_greetings",
        "2023-11-10",
        "happy diwali everyone 🪔✨ cant wait for the ramadan night market tho",
        [("diwali", "DATE", "2023-11-12"), ("ramadan", "DATE", "2024-03-11")],
    ),
    (
        "halloween_lower",
        "2023-09-12",
        "already planning my halloween costume 🎃 only 7 wks to go",
        [("halloween", "DATE", "2023-10-31"), ("7 wks", "DURATION", "P7W")],
    ),
    (
        "sundays_generic",
        "2024-05-26",
        "sundays are for football and naps 💤",
        [("sundays", "SET", "XXXX-WXX-7")],
    ),
    (
        "mondays_lower_plural",
        "2024-05-26",
        "mondays are the worst, see you sundays at the market tho",
        [("mondays", "SET", "XXXX-WXX-1"), ("sundays", "SET", "XXXX-WXX-7")],
    ),
    (
        "friday_lower_full",
        "2024-05-22",  # a Wednesday
        "we should meet friday, saturday's no good for me. friday works?",
        [("friday", "DATE", "2024-05-24"), ("friday", "DATE", "2024-05-24")],
    ),
    (
        "uni_lectures_start",
        "2024-01-15",
        "lectures start back next wk, first one is mon at 9am 😴",
        [("next wk", "DATE", "2024-W04"), ("mon at 9am", "TIME", "2024-01-22T09:00")],
    ),
    (
        "weekday_after_this_week",
        "2024-01-15",
        "busy wk this wk, gym fri?",
        [("this wk", "DATE", "2024-W03"), ("fri", "DATE", "2024-01-19")],
    ),
    (
        "dinner_around_8",
        "2023-09-12",
        "dinner around 8ish? 🍝 or drinks at 6 first",
        [("8ish", "TIME", "2023-09-12T20:00"), ("6", "TIME", "2023-09-12T18:00")],
    ),
    (
        "uni_wed_at_9am",
        "2024-01-16",
        "first seminar is wed at 9am",
        [("wed at 9am", "TIME", "2024-01-17T09:00")],
    ),
    (
        "monday_lower_past",
        "2024-05-22",
        "omg monday was brutal",
        [("monday", "DATE", "2024-05-20")],
    ),
    (
        "stretched_tmrw",
        "2023-09-12",
        "omg concert tmrwww 😱😱",
        [("tmrwww", "DATE", "2023-09-13")],
    ),
    (
        "reddit_lurker",
        "2023-11-16",
        "Been lurking here since '19, finally posting. Got diagnosed 2 wks ago and start "
        "treatment on mon.",
        [("'19", "DATE", "2019"), ("2 wks ago", "DATE", "2023-W44"), ("mon", "DATE", "2023-11-20")],
    ),
]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("NBA 2K24 servers are down again lol", []),
        ("they wed at noon in a tiny chapel", ["noon"]),
        ("she was sat at the bar all nite", []),
        ("shoutout to jan and sept for the help!! wed be lost without u", []),
        ("march with us, may the best team win", []),
        ("finally some sun ☀️ the sun is out", []),
        ("c'mon ref!!", []),
        ("my sister is an rn at the county hospital", []),
        ("found an easter egg in the new map", []),
        ("the easter bunny came by", []),
        ("#ThrowbackThursday to our first gig 🎸", []),
        ("open 24/7, rated 5/5 stars, 10/10", []),
        ("won 3-1 on aggregate, 1-0 on the night", []),
        ("printed in 3d, ships in 2 days", ["2 days"]),
    ],
)
def test_informal_look_alikes_are_not_dates(text: str, found: list[str]) -> None:
    """Video-game titles, the verbs "wed", "sat", "march", "may", names, nurses, easter eggs,
    weekly hashtags, opening hours, ratings and scores are no dates."""
    assert [m for m, _, _ in _mentions(text, "2023-09-12")] == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("The nurse, an RN, said the patient was stable.", []),
        ("Get cash from the ATM on the corner.", []),
        ("Shares rose 5% in 24 hours.", ["24 hours"]),
        ("He birdied on the 18th hole.", []),
        ("The prince weds his fiancee in a private ceremony.", []),
        ("The 2K Sports title sold well in Europe.", []),
        ("The Sundays released their first album.", []),
        ("Voters went to the polls in June and again in July.", ["June", "July"]),
        ("He sat at 3 p.m. in the lobby.", ["3 p.m."]),
        ("The Sundays and the Mondays are bands.", []),
        ("Robinson Crusoe named him man friday.", []),
        ("We booked dinner for 8 people; dinner at 12 guests a table.", []),
        ("The couple was wed at 3 p.m. Saturday.", ["3 p.m. Saturday"]),
    ],
)
def test_social_rules_do_not_fire_in_formal_text(text: str, found: list[str]) -> None:
    """Nurses, cash machines, golf holes, the verb "weds", game studios and bands stay
    untagged; formal text keeps its usual mentions."""
    assert [m for m, _, _ in _mentions(text, "2023-09-12")] == found
