"""Gaps earlier rounds noticed, seventeenth list: narratives and clinical notes.

A narrative's month that opens its sentence after a later month of the story's year is its
next step, the one ahead; national days named by their name are holidays, dated by a table
where the name means one day everywhere, and by the country the sentence names where it does
not; a day kept every year is a SET; a season's onset or coming is the season of the story's
year; a clinical note's days counted from a bleed, a transplant or an operation.
"""

from __future__ import annotations

import pytest
from passages import Row, mentions


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "By early August 1950 the perimeter held. In March the offensive resumed.",
            [("early August 1950", "DATE", "1950-08"), ("March", "DATE", "1951-03")],
            id="a_step_forward",
        ),
        pytest.param(
            "In March 1950 the army crossed the river. By early August the perimeter held. "
            "In March the offensive resumed.",
            [
                ("March 1950", "DATE", "1950-03"),
                ("early August", "DATE", "1950-08"),
                ("March", "DATE", "1951-03"),
            ],
            id="the_march_after_the_one_told",
        ),
        pytest.param(
            "On 14 August 1950 the perimeter held. By March, the offensive had resumed.",
            [("14 August 1950", "DATE", "1950-08-14"), ("March", "DATE", "1951-03")],
            id="by_a_month_ahead_in_the_past_perfect",
        ),
        pytest.param(
            "By early August 1950 the perimeter held. The offensive had begun in March.",
            [("early August 1950", "DATE", "1950-08"), ("March", "DATE", "1950-03")],
            id="a_flashback_in_the_past_perfect",
        ),
        pytest.param(
            "By early August 1950 the perimeter held. In March the offensive had stalled.",
            [("early August 1950", "DATE", "1950-08"), ("March", "DATE", "1950-03")],
            id="a_flashback_opening_its_sentence",
        ),
        pytest.param(
            "By early August 1950 the perimeter held. The division, formed in March, held "
            "the line.",
            [("early August 1950", "DATE", "1950-08"), ("March", "DATE", "1950-03")],
            id="a_month_in_passing",
        ),
        pytest.param(
            "By early August 1950 the perimeter held. In July, the 24th Division was routed "
            "at Taejon.",
            [("early August 1950", "DATE", "1950-08"), ("July", "DATE", "1950-07")],
            id="a_step_back_within_a_season",
        ),
    ],
)
def test_a_month_opening_a_sentence_after_a_later_month_is_the_next_one(
    text: str, expected: list[Row]
) -> None:
    """A month that opens its sentence in the simple past after a later month of the story's
    year is the story's next step, the one ahead; a flashback in the past perfect, a month
    told in passing inside a clause and a step back of a month or two stay in the year."""
    assert mentions(text, genre="narrative") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Russia held its Victory Day parade on Red Square.",
            [("Victory Day", "DATE", "2023-05-09")],
            id="the_country_earlier_in_the_sentence",
        ),
        pytest.param(
            "Bangladesh celebrated Victory Day with a parade in Dhaka.",
            [("Victory Day", "DATE", "2022-12-16")],
            id="another_countrys_victory_day",
        ),
        pytest.param(
            "The French marked Victory Day quietly.",
            [("Victory Day", "DATE", "2023-05-08")],
            id="a_people_names_its_country",
        ),
        pytest.param(
            "Algerians celebrated Independence Day with fireworks.",
            [("Independence Day", "DATE", "2022-07-05")],
            id="a_people_in_the_plural",
        ),
        pytest.param(
            "Kuwait's Liberation Day parade was cancelled.",
            [("Liberation Day", "DATE", "2023-02-26")],
            id="the_country_right_before_it",
        ),
        pytest.param(
            "Crowds in Amsterdam marked Dutch Liberation Day.",
            [("Liberation Day", "DATE", "2023-05-05")],
            id="an_adjective_right_before_it",
        ),
        pytest.param(
            "Veterans gathered in the square for Victory Day.",
            [("Victory Day", "DATE", "2023-XX-XX")],
            id="no_country_leaves_the_day_unknown",
        ),
        pytest.param(
            "On Victory Day, 9 May 1995, veterans marched across Red Square.",
            [("Victory Day", "DATE", "1995-05-09"), ("9 May 1995", "DATE", "1995-05-09")],
            id="the_texts_own_date_in_apposition",
        ),
        pytest.param(
            "Fireworks lit up Boston on Independence Day.",
            [("Independence Day", "DATE", "2023-07-04")],
            id="independence_day_with_no_country_is_the_fourth_of_july",
        ),
        pytest.param(
            "Canada Day fireworks were cancelled, and Bastille Day was rainy.",
            [("Canada Day", "DATE", "2022-07-01"), ("Bastille Day", "DATE", "2022-07-14")],
            id="national_days_of_one_country",
        ),
        pytest.param(
            "After the Anzac Day dawn service, Australia Day and Armistice Day were debated.",
            [
                ("Anzac Day", "DATE", "2023-04-25"),
                ("Australia Day", "DATE", "2023-01-26"),
                ("Armistice Day", "DATE", "2022-11-11"),
            ],
            id="commonwealth_days",
        ),
        pytest.param(
            "It was a victory day for the team. The Liberation Army and the Independence Party "
            "marched; Victory Square was full.",
            [],
            id="look_alikes",
        ),
    ],
)
def test_national_days_are_dated_by_their_country(text: str, expected: list[Row]) -> None:
    """A national day named by its name is a holiday: of one day where the name means one
    ("Canada Day", "Bastille Day"), of the country its sentence names where it means several
    ("Victory Day" is 9 May in Russia, 16 December in Bangladesh), of the date in apposition;
    with neither, its day is left unknown rather than guessed (on 2023-06-01)."""
    assert mentions(text, dct="2023-06-01") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "The islanders celebrate Liberation Day every 14 June.",
            [("Liberation Day", "DATE", "XXXX-06-14"), ("every 14 June", "SET", "XXXX-06-14")],
            id="kept_on_the_day_after_it",
        ),
        pytest.param(
            "Independence Day is celebrated every 5 July.",
            [("Independence Day", "DATE", "XXXX-07-05"), ("every 5 July", "SET", "XXXX-07-05")],
            id="said_to_be_kept_on_it",
        ),
        pytest.param(
            "In Russia, 9 May is celebrated as Victory Day.",
            [("9 May", "DATE", "XXXX-05-09"), ("Victory Day", "DATE", "XXXX-05-09")],
            id="named_as_a_day_of_no_year",
        ),
        pytest.param(
            "The shop closes on Christmas and every Sunday.",
            [("Christmas", "DATE", "XXXX-12-25"), ("every Sunday", "SET", "XXXX-WXX-7")],
            id="a_weekly_set_after_it_is_no_day_of_it",
        ),
    ],
)
def test_a_holiday_is_the_yearly_day_the_text_keeps_it_on(text: str, expected: list[Row]) -> None:
    """A holiday kept on a yearly day the text gives is that day in any year, not its usual
    day (Algeria's 5 July, not 4 July) nor the story's year."""
    assert mentions(text, genre="narrative") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Algeria marks 5 July as Independence Day.",
            [("5 July", "SET", "XXXX-07-05"), ("Independence Day", "DATE", "XXXX-07-05")],
            id="marks_a_day_as_a_national_day",
        ),
        pytest.param(
            "Kenya observes June 1 as a national holiday.",
            [("June 1", "SET", "XXXX-06-01")],
            id="observes_a_day_as_a_holiday",
        ),
        pytest.param(
            "In 1963 Algeria marked 5 July as Independence Day.",
            [
                ("1963", "DATE", "1963"),
                ("5 July", "DATE", "1963-07-05"),
                ("Independence Day", "DATE", "1963-07-05"),
            ],
            id="told_in_the_past_it_is_the_storys_day",
        ),
        pytest.param(
            "The board marks 5 July as the deadline.",
            [("5 July", "DATE", "XXXX-07-05")],
            id="a_deadline_is_one_day",
        ),
        pytest.param(
            "The calendar marks 5 July as Monday.",
            [("5 July", "DATE", "XXXX-07-05"), ("Monday", "DATE", "XXXX-WXX-1")],
            id="a_weekday_is_no_days_name",
        ),
    ],
)
def test_a_day_kept_yearly_as_a_named_day_is_a_set(text: str, expected: list[Row]) -> None:
    """A day of the year a country keeps, in the present, as a named day is a yearly SET
    (XXXX-07-05), and so is the holiday named after it; in the past, or kept as no named
    day, it is one day."""
    assert mentions(text, genre="narrative") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "In 1941 the army reached the outskirts of Moscow. The onset of winter conditions "
            "halted the advance.",
            [("1941", "DATE", "1941"), ("The onset of winter", "DATE", "1941-WI")],
            id="the_onset_of_winter_conditions",
        ),
        pytest.param(
            "The front froze in December 1915. With the coming of spring, the armies moved again.",
            [("December 1915", "DATE", "1915-12"), ("the coming of spring", "DATE", "1916-SP")],
            id="the_coming_of_spring_after_a_winter_month",
        ),
        pytest.param(
            "In 1944 the army crossed the river. With the arrival of winter the offensive stalled.",
            [("1944", "DATE", "1944"), ("the arrival of winter", "DATE", "1944-WI")],
            id="the_arrival_of_winter",
        ),
        pytest.param(
            "The arrival of Spring Airlines was delayed, and the coming of age of the new "
            "generation was celebrated.",
            [],
            id="look_alikes",
        ),
    ],
)
def test_a_seasons_onset_or_coming_is_the_season_of_the_story(
    text: str, expected: list[Row]
) -> None:
    """The onset, the coming or the arrival of a season in a narrative is that season of the
    story's year (the one ahead after a winter month), with mod START."""
    assert mentions(text, genre="narrative") == expected


@pytest.mark.xfail(
    strict=True,
    reason="a monsoon has no ISO season: 'the onset of the monsoon' is left untagged, while "
    "'the monsoon season of 1944' is the year; its onset would be the story's year with the "
    "region's months (June in South Asia, December in northern Australia), which chrono "
    "does not know",
)
def test_the_onset_of_the_monsoon_is_of_the_storys_year() -> None:
    """ "the onset of the monsoon" in a story of 1944 is a date of 1944."""
    assert mentions(
        "In 1944 the army crossed the Chindwin. The onset of the monsoon halted operations.",
        genre="narrative",
    ) == [("1944", "DATE", "1944"), ("The onset of the monsoon", "DATE", "1944")]
