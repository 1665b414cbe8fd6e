"""Travel writing: trip reports on blogs, hotel and restaurant reviews, itineraries.

Each text was written for these tests in the style of its kind. A blog post or a review is
read as news from its posting date; a trip told from a dated first day is read as a
narrative. What this file adds to tests/test_personal_narratives.py (a trip told day by day)
and tests/test_schedules.py (opening hours): a lodging's house rules ("check-in is from 3pm",
"Check-out: 11am", "Quiet hours from 10pm to 8am") are times of any stay
(XXXX-XX-XXT15:00), not of the posting day, while a story's "check-in was at 3pm" keeps its
day; "our last night in Florence", "on our last evening" are the last night of a stay, not
the night before the post; a span of months a guide gives with no preposition ("April to
June") is two months. Nights are counted as days ("4 nights" P4D); an itinerary's "Day 6",
"Days 3-5" are no dates. Expectations chrono does not meet yet are marked ``xfail`` below,
with the reason.

Weekdays checked with datetime: 2024-06-12 is a Wednesday; 2019-08-03 a Saturday.
"""

from __future__ import annotations

import datetime as dt

import pytest
from passages import Row, mentions


def test_the_weekday_facts_hold() -> None:
    """The weekdays the texts and this file's docstring name are the calendar's."""
    assert dt.date(2024, 6, 12).strftime("%A") == "Wednesday"
    assert dt.date(2019, 8, 3).strftime("%A") == "Saturday"


# (kind, posting date, genre, text, expected mentions)
TEXTS: list[tuple[str, str, str, str, list[Row]]] = [
    (
        # a blog post: the trip's durations, the B&B's house rules, a last night in town
        "blog_two_weeks_in_italy",
        "2024-06-10",
        "news",
        "Two weeks in Italy: our itinerary and what we'd change\n\n"
        "We arrived in Rome on a Tuesday in late May, jet-lagged but happy. After three nights "
        "in Rome we took the train to Florence, a 90-minute ride. We stayed 4 nights at a small "
        "B&B near the Duomo (check-in is from 3pm, check-out by 10am). On our last night in "
        "Florence we finally got a table at the trattoria everyone recommends; it is closed on "
        "Mondays, so plan ahead. We would go again next spring.",
        [
            ("Two weeks", "DURATION", "P2W"),
            ("Tuesday", "DATE", "XXXX-WXX-2"),
            ("late May", "DATE", "2024-05"),
            ("three nights", "DURATION", "P3D"),
            ("90-minute", "DURATION", "PT90M"),
            ("4 nights", "DURATION", "P4D"),
            ("3pm", "TIME", "XXXX-XX-XXT15:00"),
            ("10am", "TIME", "XXXX-XX-XXT10:00"),
            ("Mondays", "SET", "XXXX-WXX-1"),
            ("next spring", "DATE", "2025-SP"),
        ],
    ),
    (
        # a hotel review: its "Date of stay" line, the hotel's hours, the "Reviewed" stamp
        "hotel_review_with_date_of_stay",
        "2024-06-20",
        "news",
        "Lovely stay, great location\n"
        "Date of stay: May 2024\n\n"
        "We stayed here for a week with our two kids. Check-in time is 2 pm and check-out is "
        "11am, which felt a bit early. Breakfast is served daily from 7 to 10:30 am and the "
        "pool is open daily 9am–5pm. On our last evening the staff surprised us with a cake. "
        "Would definitely come back next summer.\n\n"
        "Reviewed 3 weeks ago",
        [
            ("May 2024", "DATE", "2024-05"),
            ("a week", "DURATION", "P1W"),
            ("2 pm", "TIME", "XXXX-XX-XXT14:00"),
            ("11am", "TIME", "XXXX-XX-XXT11:00"),
            ("daily", "SET", "P1D"),
            ("7", "TIME", "XXXX-XX-XXT07:00"),
            ("10:30 am", "TIME", "XXXX-XX-XXT10:30"),
            ("daily", "SET", "P1D"),
            ("9am", "TIME", "XXXX-XX-XXT09:00"),
            ("5pm", "TIME", "XXXX-XX-XXT17:00"),
            ("next summer", "DATE", "2025-SU"),
            ("3 weeks ago", "DATE", "2024-W22"),
        ],
    ),
    (
        # a restaurant review: "on a Wednesday" is no particular day, the stamps are dates
        "restaurant_review_date_of_visit",
        "2024-07-01",
        "news",
        "Date of visit: 12 June 2024\n\n"
        "Came here for lunch on a Wednesday and still waited 45 minutes for a table. The "
        "tasting menu takes about two hours, so don't book it on a work day. Our waiter said "
        "it gets busier on weekends.\n\n"
        "Written 15 June 2024",
        [
            ("12 June 2024", "DATE", "2024-06-12"),
            ("Wednesday", "DATE", "XXXX-WXX-3"),
            ("45 minutes", "DURATION", "PT45M"),
            ("two hours", "DURATION", "PT2H"),
            ("weekends", "SET", "XXXX-WXX-WE"),
            ("15 June 2024", "DATE", "2024-06-15"),
        ],
    ),
    (
        # a trip told from its dated first day: the story moves on from it
        "trip_report_lisbon_from_its_first_day",
        "2024-05-02",
        "narrative",
        "We flew to Lisbon on 3 August 2019 for ten days. The following day we took the tram "
        "to Belém, and that evening we heard fado in Alfama. Two days later we drove to "
        "Sintra. On our last night we ate grilled sardines by the river. We flew home on "
        "13 August.",
        [
            ("3 August 2019", "DATE", "2019-08-03"),
            ("ten days", "DURATION", "P10D"),
            ("The following day", "DATE", "2019-08-04"),
            ("that evening", "TIME", "2019-08-04TEV"),
            ("Two days later", "DATE", "2019-08-06"),
            ("13 August", "DATE", "2019-08-13"),
        ],
    ),
    (
        # a listing's house rules: a range of hours, and one across midnight
        "listing_house_rules",
        "2024-05-02",
        "news",
        "House rules\nCheck-in: 3pm–10pm. Check-out: 11am. Quiet hours from 10pm to 8am. "
        "No parties.",
        [
            ("3pm", "TIME", "XXXX-XX-XXT15:00"),
            ("10pm", "TIME", "XXXX-XX-XXT22:00"),
            ("11am", "TIME", "XXXX-XX-XXT11:00"),
            ("10pm", "TIME", "XXXX-XX-XXT22:00"),
            ("8am", "TIME", "XXXX-XX-XXT08:00"),
        ],
    ),
]


@pytest.mark.parametrize(
    ("dct", "genre", "text", "expected"),
    [pytest.param(dct, genre, text, table, id=kind) for kind, dct, genre, text, table in TEXTS],
)
def test_travel_texts_mentions_types_and_values(
    dct: str, genre: str, text: str, expected: list[Row]
) -> None:
    """Every temporal expression of the text is found, typed and anchored: house rules are
    hours of any stay, a stay's last night is no date, the story follows its dates."""
    assert mentions(text, dct=dct, genre=genre) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a story's check-in keeps its day, as a clock time of a story does
        ("Check-in was at 3pm.", [("3pm", "TIME", "2024-05-02T15:00")]),
        ("We checked in at 3pm.", [("3pm", "TIME", "2024-05-02T15:00")]),
        ("We had breakfast at 8am.", [("8am", "TIME", "2024-05-02T08:00")]),
        # the rule's hours, however labelled
        ("Checkout by 11am please.", [("11am", "TIME", "XXXX-XX-XXT11:00")]),
        ("Check in time: 4 pm", [("4 pm", "TIME", "XXXX-XX-XXT16:00")]),
        (
            "Breakfast: 7:30-10:00",
            [
                ("7:30", "TIME", "XXXX-XX-XXT07:30"),
                ("10:00", "TIME", "XXXX-XX-XXT10:00"),
            ],
        ),
        # the post's own last night stays the night before it
        ("Last night was our last night in Rome.", [("Last night", "TIME", "2024-05-01TNI")]),
    ],
)
def test_house_rules_and_stories(text: str, expected: list[Row]) -> None:
    """A house rule's clock time is of any day; a story's (past tense, a verb) keeps its day."""
    assert mentions(text, dct="2024-05-02") == expected


@pytest.mark.parametrize(
    "text",
    [
        "On our last night the staff surprised us with a cake.",
        "My last evening in Lisbon was spent at a fado bar.",
        "On the last night of the trip we ate at the harbour.",
        "Day 6 - Cinque Terre. Days 3-5: Tuscany.",
        "Room 1015 was quiet and the view from floor 12 was great.",
        "Rated 4.5/5 after 2 stays.",
        "Our flight left from gate 11 at terminal 2.",
        "Trip 2 of 3: the Amalfi Coast.",
        "We booked the 2-for-1 deal and a 3-course dinner.",
    ],
)
def test_travel_look_alikes_are_not_dates(text: str) -> None:
    """A stay's last night, an itinerary's numbered days, rooms, floors, ratings, gates, a
    series' numbers and deals are not times."""
    assert mentions(text, dct="2024-05-02") == []


# (kind, posting date, genre, text, expected mentions, why chrono does not meet them yet)
UNMET: list[tuple[str, str, str, str, list[Row], str]] = [
    (
        "guide_generic_months_and_seasons",
        "2023-09-12",
        "news",
        "The best time to visit is April to June; high season (July-August) is crowded and "
        "the rainy season runs from November to March. Ferries leave every 30 minutes in "
        "summer but only hourly in winter.",
        [
            ("April", "DATE", "XXXX-04"),
            ("June", "DATE", "XXXX-06"),
            ("July", "DATE", "XXXX-07"),
            ("August", "DATE", "XXXX-08"),
            ("November", "DATE", "XXXX-11"),
            ("March", "DATE", "XXXX-03"),
            ("every 30 minutes", "SET", "PT30M"),
            ("summer", "DATE", "XXXX-SU"),
            ("hourly", "SET", "PT1H"),
            ("winter", "DATE", "XXXX-WI"),
        ],
        "a guide's months and seasons of any year are read as dated ones, each placed alone "
        "from the posting date by tense (April 2024 before June 2023; the range of months "
        "'from November to March' runs backwards: only ranges of days are placed together)",
    ),
]


@pytest.mark.parametrize(
    ("dct", "genre", "text", "expected"),
    [
        pytest.param(
            dct, genre, text, table, id=kind, marks=pytest.mark.xfail(strict=True, reason=why)
        )
        for kind, dct, genre, text, table, why in UNMET
    ],
)
def test_travel_texts_chrono_does_not_yet_read(
    dct: str, genre: str, text: str, expected: list[Row]
) -> None:
    """Known gaps, kept as strict expected failures so that a fix shows up."""
    assert mentions(text, dct=dct, genre=genre) == expected
