"""Social media and messages, second round: spellings, clock times, vague references, shouting,
event posters, hashtags and YouTube comments.

Each post was written for these tests in the style of its kind (tweets, Reddit and forum posts,
texts, Discord, Instagram captions, YouTube comments, event promotions), with its posting date as
the document date (weekdays checked: 2024-02-09 is a Friday, 2024-04-18 a Thursday, 2024-08-01 a
Thursday, 2024-10-03 a Thursday, 2024-11-29 a Friday, 2024-12-19 a Thursday, 2025-03-14 a
Friday, 2024-06-20 a Thursday, 2024-09-05 a Thursday, 2024-09-04 a Wednesday, 2024-12-30 a
Monday, 2025-02-13 a Thursday, 2024-08-17 a Saturday, 2025-04-02 a Wednesday, 2025-04-04 a
Friday, 2024-10-12 a Saturday, 2024-06-06 a Thursday, 2025-01-10 a Friday, 2025-03-04 a
Tuesday, 2024-03-15 a Friday, 2023-09-12 a Tuesday). The tables pin what must be found, with its
type and value, by TimeML conventions; the look-alikes after them pin what must not.
tests/test_social.py holds the first round.
"""

from __future__ import annotations

import pytest
from passages import Row, mentions


def _mentions(text: str, dct: str) -> list[Row]:
    return mentions(text, dct=dct, genre="news")


# (kind, document date, post, expected mentions)
POSTS: list[tuple[str, str, str, list[Row]]] = [
    # ---- spellings of days and parts of the day
    (
        "sms_yest_this_mornin",
        "2024-04-18",
        "yest was sooo long. gym this mornin then work til 9pm 😩",
        [
            ("yest", "DATE", "2024-04-17"),
            ("this mornin", "TIME", "2024-04-18TMO"),
            ("9pm", "TIME", "2024-04-18T21:00"),
        ],
    ),
    (
        "tweet_lst_nite_wild",
        "2024-08-01",
        "lst nite was wild 🍻 still recovering",
        [("lst nite", "TIME", "2024-07-31TNI")],
    ),
    (
        "brunch_noonish",
        "2024-08-01",
        "brunch at noonish? my treat 🥞",
        [("noonish", "TIME", "2024-08-01T12:00")],
    ),
    (
        "sms_2morrow_tmw",
        "2024-02-09",
        "cant do 2morrow, tmw is my sisters bday. maybe sun?",
        [("2morrow", "DATE", "2024-02-10"), ("tmw", "DATE", "2024-02-10")],
    ),
    (
        "discord_stretched_tonight",
        "2024-06-20",
        "raid 2niteee!!! 🥳 and again tmrwwww",
        [("2niteee", "TIME", "2024-06-20TNI"), ("tmrwwww", "DATE", "2024-06-21")],
    ),
    (
        "whatsapp_wkend_sat_arvo",
        "2024-06-20",
        "wkend plans? bbq at mine sat arvo, bring ur own drinks",
        [("wkend", "DATE", "2024-W25-WE"), ("sat arvo", "TIME", "2024-06-22TAF")],
    ),
    (
        "uni_thurs_fri",
        "2024-09-04",
        "Thurs is trivia night, fri we're off 🎉",
        [("Thurs", "DATE", "2024-09-05"), ("fri", "DATE", "2024-09-06")],
    ),
    (
        "dentist_on_the_14th",
        "2025-03-04",
        "dentist on the 14th ugh 🦷",
        [("the 14th", "DATE", "2025-03-14")],
    ),
    (
        "xmas_party_dec_20th_this_sat",
        "2024-11-29",
        "xmas party on dec 20th!! secret santa $20 max 🎅 this sat we shop",
        [
            ("xmas", "DATE", "2024-12-25"),
            ("dec 20th", "DATE", "2024-12-20"),
            ("this sat", "DATE", "2024-11-30"),
        ],
    ),
    (
        "off_mon_wed_next_week",
        "2024-03-15",
        "i'm off mon-wed next week, back thurs 🏖️",
        [
            ("mon", "DATE", "2024-03-18"),
            ("wed next week", "DATE", "2024-03-20"),
            ("thurs", "DATE", "2024-03-21"),
        ],
    ),
    (
        "off_mon_wed_next_week_on_a_tuesday",
        "2023-09-12",
        "i'm off mon-wed next week 🏖️ gym fri this wk tho",
        [
            ("mon", "DATE", "2023-09-18"),
            ("wed next week", "DATE", "2023-09-20"),
            ("fri this wk", "DATE", "2023-09-15"),
        ],
    ),
    (
        "call_me_this_aft",
        "2024-03-15",
        "call me when ur free this aft",
        [("this aft", "TIME", "2024-03-15TAF")],
    ),
    (
        "bday_on_the_20th",
        "2025-02-13",
        "my bday is on the 20th!! dinner sat nite tho",
        [("the 20th", "DATE", "2025-02-20"), ("sat nite", "TIME", "2025-02-15TNI")],
    ),
    # ---- clock times
    (
        "sms_doors_at_7",
        "2024-02-09",
        "concert 2moro!! doors @ 7, who's coming?? 🎸",
        [("2moro", "DATE", "2024-02-10"), ("7", "TIME", "2024-02-10T19:00")],
    ),
    (
        "sms_at_8_tmrw_nite",
        "2024-10-03",
        "meet u at the station @ 8 tmrw nite",
        [("8 tmrw nite", "TIME", "2024-10-04T20:00")],
    ),
    (
        "sms_back_around_730pm",
        "2024-11-29",
        "can u pick up milk on ur way home? be back around 730pm",
        [("730pm", "TIME", "2024-11-29T19:30")],
    ),
    (
        "party_at_8_tonite",
        "2024-12-19",
        "party at mine at 8 tonite!!! bring snacks 🎉",
        [("8 tonite", "TIME", "2024-12-19T20:00")],
    ),
    (
        "stream_9pm_tonight",
        "2024-06-06",
        "going live 9pm tonight on twitch, new map reveal 👀",
        [("9pm tonight", "TIME", "2024-06-06T21:00")],
    ),
    (
        "midnite_snack",
        "2025-03-14",
        "midnite snack run anyone? 🍕",
        [("midnite", "TIME", "2025-03-14T24:00")],
    ),
    (
        "youtube_qa_5_today",
        "2024-12-19",
        "Q&A at 5 today on my channel, bring questions!",
        [("5 today", "TIME", "2024-12-19T17:00")],
    ),
    (
        "brunch_tmrw_emoji_11am",
        "2024-06-06",
        "brunch tmrw 🥂 11am? my treat",
        [("tmrw", "DATE", "2024-06-07"), ("11am", "TIME", "2024-06-07T11:00")],
    ),
    # ---- vague references
    (
        "the_other_day",
        "2024-06-20",
        "saw her the other day at the mall, she looked great",
        [("the other day", "DATE", "PAST_REF")],
    ),
    (
        "atm_in_a_min",
        "2024-09-05",
        "cant talk atm, in class. txt u in a min",
        [("atm", "DATE", "PRESENT_REF"), ("a min", "DURATION", "PT1M")],
    ),
    (
        "these_days_nowadays",
        "2024-12-30",
        "these days i just stay in. nowadays nobody goes out lol",
        [("these days", "DATE", "PRESENT_REF"), ("nowadays", "DATE", "PRESENT_REF")],
    ),
    (
        "lately_12_hr_shifts",
        "2025-02-13",
        "lately i've been so tired, been doing 12 hr shifts",
        [("lately", "DATE", "PAST_REF"), ("12 hr", "DURATION", "PT12H")],
    ),
    (
        "ages_ago",
        "2024-08-17",
        "haven't been here in forever, last time was ages ago",
        [("ages ago", "DATE", "PAST_REF")],
    ),
    (
        "forever_ago",
        "2024-08-17",
        "i posted that forever ago and it just went viral??",
        [("forever ago", "DATE", "PAST_REF")],
    ),
    (
        "stretched_nowww",
        "2024-06-06",
        "i need this album nowww 😭",
        [("nowww", "DATE", "PRESENT_REF")],
    ),
    (
        "rn_sentence_start",
        "2025-04-02",
        "rn listening to the new album on repeat",
        [("rn", "DATE", "PRESENT_REF")],
    ),
    # ---- counts of units, spaced and glued
    (
        "reddit_a_couple_days_ago",
        "2024-09-05",
        "saw this a couple days ago, still laughing 😂",
        [("a couple days ago", "DATE", "2024-09-03")],
    ),
    (
        "merch_in_like_3_days",
        "2024-06-20",
        "dropping new merch in like 3 days 👀",
        [("3 days", "DURATION", "P3D")],
    ),
    (
        "license_2_mo_ago",
        "2024-08-17",
        "got my license 2 mo ago and already a scratch 🙄",
        [("2 mo ago", "DATE", "2024-06")],
    ),
    (
        "posted_3hrs_ago",
        "2024-06-06",
        "posted 3hrs ago and it has 10k views lol",
        [("3hrs ago", "DATE", "2024-06-06")],
    ),
    (
        "dmv_glued_units",
        "2024-02-09",
        "45min wait at the dmv, 1hr to get home, 2hrs of my life gone",
        [
            ("45min", "DURATION", "PT45M"),
            ("1hr", "DURATION", "PT1H"),
            ("2hrs", "DURATION", "PT2H"),
        ],
    ),
    (
        "discord_maintenance",
        "2024-06-20",
        "server maintenance in 30 mins, back up in like an hr",
        [("30 mins", "DURATION", "PT30M"), ("an hr", "DURATION", "PT1H")],
    ),
    (
        "sober_5_yrs_today",
        "2024-06-06",
        "5 yrs clean today 🙏",
        [("5 yrs", "DURATION", "P5Y"), ("today", "DATE", "2024-06-06")],
    ),
    (
        "spring_break_2_mo_till_summer",
        "2025-03-14",
        "nxt wk is spring break!!!! 2 mo till summer",
        [
            ("nxt wk", "DATE", "2025-W12"),
            ("2 mo", "DURATION", "P2M"),
            ("summer", "DATE", "2025-SU"),
        ],
    ),
    # ---- years
    (
        "since_19",
        "2024-12-19",
        "been here since '19 and it's only gotten better",
        [("'19", "DATE", "2019")],
    ),
    (
        "back_in_2016_every_wknd",
        "2025-03-14",
        "back in 2016 we used to come here every wknd",
        [("2016", "DATE", "2016"), ("every wknd", "SET", "XXXX-WXX-WE")],
    ),
    (
        "youtube_watching_in_2024",
        "2024-06-06",
        "who's still watching in 2024? 🙋",
        [("2024", "DATE", "2024")],
    ),
    # ---- shouting
    (
        "promo_tomorrow_saturday_night",
        "2025-04-04",
        "TOMORROW!!! 🎉 SATURDAY NIGHT at the club, doors 10PM",
        [
            ("TOMORROW", "DATE", "2025-04-05"),
            ("SATURDAY NIGHT", "TIME", "2025-04-05TNI"),
            ("10PM", "TIME", "2025-04-05T22:00"),
        ],
    ),
    (
        "promo_sale_ends_sunday",
        "2024-10-12",
        "SALE ENDS SUNDAY!!! don't miss out",
        [("SUNDAY", "DATE", "2024-10-13")],
    ),
    (
        "promo_this_friday",
        "2024-06-06",
        "THIS FRIDAY!!! Tix on sale now",
        [("THIS FRIDAY", "DATE", "2024-06-07"), ("now", "DATE", "PRESENT_REF")],
    ),
    # ---- months, days and holidays in lower case
    (
        "save_the_date_aug_3",
        "2024-02-09",
        "aug 3 is the wedding, save the date!!",
        [("aug 3", "DATE", "2024-08-03")],
    ),
    (
        "flying_out_3rd_of_aug",
        "2024-04-18",
        "flying out on the 3rd of aug, back on the 20th 🌴",
        [("the 3rd of aug", "DATE", "2024-08-03"), ("the 20th", "DATE", "2024-08-20")],
    ),
    (
        "goals_by_oct",
        "2025-04-02",
        "#2024goals didn't happen lol. #2025goals: run a marathon by oct",
        [("oct", "DATE", "2025-10")],
    ),
    (
        "st_paddys_day",
        "2024-03-15",
        "happy st paddys day!! ☘️ pub at 4?",
        [("st paddys day", "DATE", "2024-03-17")],
    ),
    (
        "nye_new_years_day",
        "2024-12-30",
        "NYE at Jake's, then new years day brunch 🥂 who's in",
        [("NYE", "DATE", "2024-12-31"), ("new years day", "DATE", "2025-01-01")],
    ),
    (
        "new_years_eve_lower",
        "2024-12-19",
        "new years eve at the beach this yr 🎆",
        [("new years eve", "DATE", "2024-12-31"), ("this yr", "DATE", "2024")],
    ),
    (
        "work_by_eod_asap",
        "2025-01-10",
        "pls send the report by eod, asap if possible",
        [("eod", "DATE", "2025-01-10")],
    ),
    # ---- posters and captions
    (
        "poster_live_music",
        "2024-06-06",
        "🎶 LIVE MUSIC 🎶 FRI 14 JUNE @ The Crown. Doors 7pm | Show 8pm | £10 adv. 18+ only",
        [
            ("FRI 14 JUNE", "DATE", "2024-06-14"),
            ("7pm", "TIME", "2024-06-14T19:00"),
            ("8pm", "TIME", "2024-06-14T20:00"),
        ],
    ),
    (
        "reddit_edit_dates",
        "2024-03-15",
        "Edit 3/16: the landlord finally called back. Update 3/18 - repair guy came and went",
        [("3/16", "DATE", "2024-03-16"), ("3/18", "DATE", "2024-03-18")],
    ),
    (
        "tiktok_90s_kids",
        "2024-03-15",
        "90s kids remember this 📼 80s music hits different tho",
        [("90s", "DATE", "199"), ("80s", "DATE", "198")],
    ),
    (
        "instagram_handle_and_covid19",
        "2024-10-12",
        "@may_smith happy bday!!! 🎂 covid19 cant stop us this yr",
        [("this yr", "DATE", "2024")],
    ),
    (
        "reviews_and_scores",
        "2024-08-01",
        "we won 3-0!!! 2nd place in the league now, 10/10 season",
        [("now", "DATE", "PRESENT_REF")],
    ),
    (
        "pints_every_fri",
        "2024-08-01",
        "$5 pints every fri 🍺",
        [("every fri", "SET", "XXXX-WXX-5")],
    ),
    (
        "reddit_start_treatment",
        "2024-04-18",
        "Got my results back yesterday and I start physio on Monday, wish me luck",
        [("yesterday", "DATE", "2024-04-17"), ("Monday", "DATE", "2024-04-22")],
    ),
    (
        "burger_wednesdays_half_price",
        "2024-04-18",
        "5/5 stars, 1/2 price burgers on wednesdays 🍔",
        [("wednesdays", "SET", "XXXX-WXX-3")],
    ),
]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("#ThrowbackThursday to when we were young lol. #TBT #MondayMotivation", []),
        ("#SundayFunday at the lake 🌊", []),
        ("sunday funday at the lake 🌊 taco tuesday next", []),
        ("this place is open 24/7 and the tacos are 10/10 would recommend", []),
        ("G2G, ttyl", []),
        ("0:45 had me dying 😂", []),
        ("the drop at 1:32 🔥🔥", []),
        ("FRIDAY NIGHT LIGHTS is the best show ever", []),
        ("watching SATURDAY NIGHT LIVE reruns", []),
        ("the atm ate my card 😡", []),
        ("buy 2 get 1 free @ 7eleven", []),
        ("yesterday's me would never", ["yesterday"]),
        ("3d printed a 2x4 bracket", []),
    ],
)
def test_informal_look_alikes_are_not_dates(text: str, found: list[str]) -> None:
    """Hashtags and slogans of weekly themes, opening hours, ratings, video timestamps, TV
    shows in capitals, cash machines and store names are no dates."""
    assert [m for m, _, _ in _mentions(text, "2024-06-06")] == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Get cash from the ATM on the corner.", []),
        ("The ATM network was down on Monday.", ["Monday"]),
        ("He hosted Saturday Night Live in 1998.", ["1998"]),
        ("Monday Night Football drew record ratings.", []),
        ("The speech will air at 8 tonight.", ["8 tonight"]),
        ("Shares closed at 8 today, up 2 percent.", ["today"]),
        ("The death toll stood at 9 today.", ["today"]),
        ("The index stood at 3 today.", ["today"]),
        ("The store is open from 9 to 5.", []),
        ("He read a 45-page report in one hour.", ["one hour"]),
        ("The team won 3-0 at home on Sunday.", ["Sunday"]),
        ("Read it the other way round.", []),
        ("Police said the ages ranged widely.", []),
        ("The president opened the summit on Friday.", ["Friday"]),
        ("He is in his 90s and still drives.", []),
        ("The couple wed next week in Rome.", ["next week"]),
        ("The Bank will set rates on Thursday next week.", ["Thursday next week"]),
        ("The edit 3/4 of the way through was cut.", []),
    ],
)
def test_social_rules_do_not_fire_in_formal_text(text: str, found: list[str]) -> None:
    """Cash machines, television shows, scores and prices stay untagged in formal text; a clock
    hour before "tonight" is one time there too."""
    assert [m for m, _, _ in _mentions(text, "2024-06-06")] == found


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The president opens the summit on Friday.", "2024-06-07"),
        ("The president opened the summit on Friday.", "2024-05-31"),
        ("They start talks on Monday.", "2024-06-10"),
    ],
)
def test_a_verb_of_beginning_with_its_object_looks_ahead(text: str, value: str) -> None:
    """A timetable's present with its object before "on" and the day looks ahead, as without
    one ("start treatment on mon", "opens the summit on Friday"); its past looks back."""
    assert [v for _, _, v in _mentions(text, "2024-06-06")] == [value]


# What chrono does not yet do: each entry says why. (strict: a fix must move it to POSTS.)
UNMET: list[tuple[str, str, str, list[Row], str]] = [
    (
        "brunch_after_last_night",
        "2024-08-01",
        "lst nite was wild 🍻 still recovering, brunch at noonish?",
        [("lst nite", "TIME", "2024-07-31TNI"), ("noonish", "TIME", "2024-08-01T12:00")],
        "a clock time alone is of the day the text last named (last night), and the past of "
        "'was' is the nearest cue: nothing reads the question as a plan",
    ),
]
