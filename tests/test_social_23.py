"""Social media, twenty-third round: home, garden, cooking and pet posts of 2022-2025, one post
a document, with the post's date as the document date: recipe blogs and their comments,
gardening forums, pet owners' posts, home-renovation threads and neighbourhood groups.

Each post was written for these tests in the style of its kind; its weekday is checked with
datetime by ``passages.news`` (2022-08-15 is a Monday; 2023-07-24 a Monday (2023-07-23 the
Sunday before); 2023-10-02 a Monday; 2023-11-20 a Monday (2023-11-23 Thanksgiving, the
Wednesday before it 2023-11-22); 2024-03-09 a Saturday; 2024-04-18 a Thursday; 2024-05-06 a
Monday (2024-05-09 the Thursday after); 2024-09-30 a Monday (2024-09-27 the Friday before);
2024-09-12 a Thursday; 2025-01-14 a Tuesday; 2025-06-11 a Wednesday (2025-06-14 the Saturday
after)).

What the posts say: a gardener's "last frost" is the date in the year after which frost no
longer comes, no cue of the past, so the month it is usually in is ahead ("Plant tomatoes
after the last frost, usually mid-May", written in April: the May ahead), and "the last
spring frost" or "the last winter freeze" names no "last spring" or "last winter"; "saw" after
an article, a possessive or a tool's word is the tool, no past verb, so a yard sale's hours
stay on its Saturday ("this Saturday 8am-1pm, tools and a tile saw up for grabs"); a word of
how the time felt between a count and its unit is no part of it: "15 wonderful years", "three
long years", "two short weeks" are lengths, where "a long day" and "a great year" say how a day
or a year was, no length; an anniversary's month and day in figures is a day, as a birthday's
is (tests/test_social_22.py): "Our anniversary is 10/4" (not "the anniversary sale is 1/2
off").

Decided by TimeML's reading and the earlier rounds: a recipe's and an Instant Pot's times are
lengths ("bake for 25-30 minutes" is its longer end, as "in 5-7 days" is in
tests/test_clinical_16.py; "pressure cook 8 min", "rest 10 min", "proof for 1 hour");
"overnight" is the night of the post's day; "keeps for 3 days" and "up to 3 months" are
lengths; "twice a week", "twice a day" and "every other year" are sets; "3 years ago today" is
that day three years back (tests/test_social_14.py); a dog's "12 years young" is a length, as
"12 years old" is; a life's "2009-2024" is two years. A gotcha day, "the season" of the first
tomatoes and "Thanksgiving dinner" alone name no date. Oven temperatures and measures
("350°F", "2 cups", "9x13", "1/2 tsp", "Zone 7b", "10-10-10 fertilizer", "a 2x4") and
products with numbers ("KitchenAid 5-quart", "WD-40", "Roundup 365") are no times.
tests/test_social.py to tests/test_social_22.py hold the first twenty-two rounds; what chrono
does not read yet is marked ``xfail`` with its reason.
"""

from __future__ import annotations

import pytest
from passages import Row, marked_unmet, news

# What chrono does not read yet, by the post's id, with the reason (strict: a fix must take
# its id out).
UNMET: dict[str, str] = {}

# (document date, its weekday, post, expected mentions)
POSTS = marked_unmet(
    UNMET,
    # ------------------------------------------------------------ recipes
    pytest.param(
        # a make-ahead recipe: a night of any day (the instruction's, not the post's; see
        # tests/test_news_30.py), lengths, the day before the holiday
        "2023-11-20",
        "Monday",
        "Make-ahead tip: marinate the turkey overnight, then roast at 350°F for 3 hours. The "
        "stuffing keeps for 3 days in the fridge, so make it the day before Thanksgiving dinner. "
        "Use a 9x13 pan and 2 cups of broth.",
        [
            ("overnight", "TIME", "XXXX-XX-XXTNI"),
            ("3 hours", "DURATION", "PT3H"),
            ("3 days", "DURATION", "P3D"),
            ("the day before Thanksgiving", "DATE", "2023-11-22"),
        ],
        id="make_ahead_marinate_overnight_roast_3_hours",
    ),
    pytest.param(
        # a range of minutes is its longer end; a mixer's size and a measure are no times
        "2024-03-09",
        "Saturday",
        "Bake for 25-30 minutes, let rest 10 min before slicing. The dough should proof for 1 "
        "hour or until doubled. Mixed it in my KitchenAid 5-quart with 1/2 tsp salt.",
        [
            ("25-30 minutes", "DURATION", "PT30M"),
            ("10 min", "DURATION", "PT10M"),
            ("1 hour", "DURATION", "PT1H"),
        ],
        id="bake_for_25_30_minutes_rest_10_min",
    ),
    pytest.param(
        # an Instant Pot's times are lengths; "another 10" with no unit is none
        "2025-01-14",
        "Tuesday",
        "Instant Pot chili: pressure cook 8 min, natural release 15 minutes, then simmer "
        "another 10. Leftovers freeze for up to 3 months.",
        [
            ("8 min", "DURATION", "PT8M"),
            ("15 minutes", "DURATION", "PT15M"),
            ("up to 3 months", "DURATION", "P3M"),
        ],
        id="instant_pot_pressure_cook_8_min",
    ),
    # ------------------------------------------------------------ gardens
    pytest.param(
        # the last frost is no past: its month is ahead; a zone and a fertilizer are no times
        "2024-04-18",
        "Thursday",
        "Zone 7b here. Plant tomatoes after the last frost, usually mid-May. Sow peas in early "
        "spring and water twice a week. I feed with 10-10-10 fertilizer every other year.",
        [
            ("mid-May", "DATE", "2024-05"),
            ("early spring", "DATE", "2024-SP"),
            ("twice a week", "SET", "P1W"),
            ("every other year", "SET", "P2Y"),
        ],
        id="plant_after_the_last_frost_usually_mid_may",
    ),
    pytest.param(
        # "the last spring frost" names no last spring
        "2024-04-18",
        "Thursday",
        "Hardening off my seedlings this week, they go in after the last spring frost, around "
        "May 10 most years 🌱",
        [("this week", "DATE", "2024-W16"), ("May 10", "DATE", "2024-05-10")],
        id="after_the_last_spring_frost_around_may_10",
    ),
    pytest.param(
        "2023-07-24",
        "Monday",
        "First tomatoes of the season! Harvested on Sunday, about 2 pounds of Cherokee Purples. "
        "Next year I'm starting seeds in February.",
        [
            ("Sunday", "DATE", "2023-07-23"),
            ("Next year", "DATE", "2024"),
            ("February", "DATE", "2024-02"),
        ],
        id="first_tomatoes_harvested_on_sunday",
    ),
    # ------------------------------------------------------------ pets
    pytest.param(
        # an adoption's day three years back; a gotcha day is no date
        "2024-05-06",
        "Monday",
        "Adopted him 3 years ago today 🐾 Happy gotcha day Max! Vet appointment Thursday at 4 "
        "for his shots. He still walks twice a day at 12 years young.",
        [
            ("3 years ago today", "DATE", "2021-05-06"),
            ("Thursday at 4", "TIME", "2024-05-09T16:00"),
            ("twice a day", "SET", "P1D"),
            ("12 years", "DURATION", "P12Y"),
        ],
        id="adopted_him_3_years_ago_today",
    ),
    pytest.param(
        "2022-08-15",
        "Monday",
        "Our girl Luna turns 12 next month 🎂 she was spayed on June 3rd and has been on the new "
        "food since last week.",
        [
            ("next month", "DATE", "2022-09"),
            ("June 3rd", "DATE", "2022-06-03"),
            ("last week", "DATE", "2022-W32"),
        ],
        id="luna_turns_12_next_month",
    ),
    pytest.param(
        # a life's years; a count with an adjective before its unit is a length
        "2024-09-30",
        "Monday",
        "RIP Buddy 2009-2024 🌈 15 wonderful years. We said goodbye on Friday morning.",
        [
            ("2009", "DATE", "2009"),
            ("2024", "DATE", "2024"),
            ("15 wonderful years", "DURATION", "P15Y"),
            ("Friday morning", "TIME", "2024-09-27TMO"),
        ],
        id="rip_buddy_15_wonderful_years",
    ),
    # ------------------------------------------------------------ renovation and neighbours
    pytest.param(
        # a 2x4 and WD-40 are no times
        "2023-10-02",
        "Monday",
        "Kitchen reno update: demo started Monday! The contractor says 6-8 weeks. We've been "
        "waiting on permits since March. The inspection is on the 21st. Every stud is a 2x4 "
        "and I went through a can of WD-40.",
        [
            ("Monday", "DATE", "2023-10-02"),
            ("6-8 weeks", "DURATION", "P8W"),
            ("March", "DATE", "2023-03"),
            ("the 21st", "DATE", "2023-10-21"),
        ],
        id="kitchen_reno_demo_started_monday",
    ),
    pytest.param(
        # an anniversary's month and day in figures is a day, the one ahead
        "2024-09-12",
        "Thursday",
        "Our anniversary is 10/4, so the deck has to be done by then! The stain needs 48 hours "
        "to dry and it is 1/2 done.",
        [("10/4", "DATE", "2024-10-04"), ("48 hours", "DURATION", "PT48H")],
        id="our_anniversary_is_10_4_deck_stain_48_hours",
    ),
    pytest.param(
        # a tile saw is no past verb: the sale's hours stay on its Saturday
        "2025-06-11",
        "Wednesday",
        "Finally done after 14 months 😭 bathroom reno complete. Neighbourhood yard sale this "
        "Saturday 8am-1pm, Roundup 365 and a tile saw up for grabs.",
        [
            ("14 months", "DURATION", "P14M"),
            ("this Saturday", "DATE", "2025-06-14"),
            ("8am", "TIME", "2025-06-14T08:00"),
            ("1pm", "TIME", "2025-06-14T13:00"),
        ],
        id="yard_sale_this_saturday_8am_1pm_tile_saw",
    ),
)


@pytest.mark.parametrize(("dct", "weekday", "post", "expected"), POSTS)
def test_post(dct: str, weekday: str, post: str, expected: list[Row]) -> None:
    """Every time a recipe's, a gardener's, a pet owner's, a renovator's or a neighbour's post
    names is found, with its type and its value."""
    assert news(post, dct, weekday) == expected


LOOK_ALIKES = [
    pytest.param(text, id=text)
    for text in (
        "preheat to 350°F",
        "2 cups flour",
        "a 9x13 pan",
        "1/2 tsp salt",
        "3/4 cup sugar",
        "Zone 7b",
        "10-10-10 fertilizer",
        "a 2x4",
        "KitchenAid 5-quart",
        "WD-40",
        "Roundup 365",
        "Happy gotcha day!",
        "a 6-quart Instant Pot",
        "a 12x12 tile",
        "first tomatoes of the season",
        "Wait until after the last spring frost to plant.",
        "Cover the beds before the first fall frost.",
        "the last winter freeze",
        "a tile saw up for grabs",
        "It was a long day.",
        "It has been a great year.",
        "The anniversary sale is 1/2 off everything.",
    )
]


@pytest.mark.parametrize("text", LOOK_ALIKES)
def test_post_look_alikes(text: str) -> None:
    """Oven temperatures, measures and pan sizes, a growing zone, a fertilizer's ratio, lumber,
    products with numbers, a gotcha day, the season of the first tomatoes, a season's frost, a
    tool's saw and a day or a year told how it felt are no times."""
    assert news(text, "2024-05-14", "Tuesday") == []


FORMAL = [
    pytest.param(
        "Last spring, frost killed the buds, and the frost last winter was hard.",
        [("Last spring", "2023-SP"), ("last winter", "2023-WI")],
        id="a_season_before_its_own_noun_stays",
    ),
    pytest.param(
        "The last frost came on May 2, and the frost date was May 9.",
        [("May 2", "2024-05-02"), ("May 9", "2024-05-09")],
        id="a_frost_told_in_the_past_stays_past",
    ),
    pytest.param(
        "The last frost is usually in late May, and the first frost in October.",
        [("late May", "2024-05"), ("October", "2024-10")],
        id="the_last_frost_is_no_past",
    ),
    pytest.param(
        "We saw the contractor on Monday at 9am.",
        [("Monday at 9am", "2024-05-13T09:00")],
        id="saw_the_verb_stays_past",
    ),
    pytest.param(
        "The table saw is for sale Saturday 9am-noon, and my miter saw too.",
        [("Saturday 9am", "2024-05-18T09:00"), ("noon", "2024-05-18T12:00")],
        id="saw_the_tool_is_no_past",
    ),
    pytest.param(
        "After three long years of war and two short weeks of talks, the treaty was signed.",
        [("three long years", "P3Y"), ("two short weeks", "P2W")],
        id="a_count_with_a_word_of_feeling_before_its_unit_is_a_length",
    ),
    pytest.param(
        "I saw them Saturday at 9am.",
        [("Saturday at 9am", "2024-05-11T09:00")],
        id="saw_after_a_pronoun_stays_past",
    ),
]


@pytest.mark.parametrize(("text", "expected"), FORMAL)
def test_post_rules_in_formal_text(text: str, expected: list[tuple[str, str]]) -> None:
    """The look-alikes of the posts' rules: a season before its own noun stays, a frost told in
    the past stays past, a last frost is no past, a count with a word of feeling before its unit
    is a length, "saw" the verb stays past and "saw" the tool is none."""
    assert [(m, v) for m, _, v in news(text, "2024-05-14", "Tuesday")] == expected
