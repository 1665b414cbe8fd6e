"""Anchoring: news against the document date, narratives against the dates the text sets up."""

from __future__ import annotations

import datetime as dt

import pytest

from chrono import Genre, extract_document, extract_timeline
from chrono.anchor import calendar_shift, week_of_month
from chrono.api import _extractor
from chrono.genre import choose_genre

HISTORY = (
    "In June 1941, Germany invaded the Soviet Union. On 22 June the offensive began along a "
    "wide front. The following day, Soviet forces counterattacked near Dubno. That winter the "
    "advance stalled before Moscow. By 1943 the tide had turned, and two weeks later the last "
    "German troops at Stalingrad surrendered. In the spring of 1945, Soviet troops reached "
    "Berlin; the city fell on 2 May. The previous year had seen the Normandy landings. Three "
    "days later, on 5 May, fighting ended in the west."
)


def _values(text: str, **options: object) -> dict[str, str]:
    doc, _ = extract_document(text, **options)  # type: ignore[arg-type]
    return {m.text: m.value for m in doc.mentions}


def test_narrative_dates_follow_the_story() -> None:
    """Partial and relative dates take their year and day from the last date the text set."""
    values = _values(HISTORY, genre="narrative")
    assert values["22 June"] == "1941-06-22"
    assert values["The following day"] == "1941-06-23"
    assert values["That winter"] == "1941-WI"
    assert values["2 May"] == "1945-05-02"
    assert values["The previous year"] == "1944"


def test_narrative_look_back_does_not_move_the_story() -> None:
    """After "the previous year" (a flashback), "three days later" counts from 2 May 1945."""
    values = _values(HISTORY, genre="narrative")
    assert values["Three days later"] == "1945-05-05"
    assert values["5 May"] == "1945-05-05"


def test_relative_offset_on_a_coarse_date_keeps_its_granularity() -> None:
    """ "two weeks later" after "By 1943" is 1943, never a made-up week."""
    assert _values(HISTORY, genre="narrative")["two weeks later"] == "1943"


def test_narrative_anchors_are_recorded_as_previous() -> None:
    """Mentions anchored on an earlier mention say so; explicit dates are absolute."""
    doc, _ = extract_document(HISTORY, genre="narrative")
    anchors = {m.text: m.anchor.value for m in doc.mentions}
    assert anchors["June 1941"] == "absolute"
    assert anchors["22 June"] == "previous"


def test_narrative_without_any_date_leaves_relative_expressions_unplaced() -> None:
    """With no DCT and no date before it, "the next day" stays underspecified."""
    doc, events = extract_document("The next day they left.", genre="narrative")
    assert doc.mentions[0].value == "XXXX-XX-XX"
    assert events == ()


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The summit was held on Friday.", "2023-09-08"),
        ("The summit will be held on Friday.", "2023-09-15"),
        ("Prices fell last week.", "2023-W36"),
        ("Sales rose 3% this year.", "2023"),
        ("He left two years ago.", "2021"),
        ("The law takes effect next month.", "2023-10"),
        ("Shares fell yesterday.", "2023-09-11"),
        ("The report is due by November.", "2023-11"),
        ("The company was founded in March.", "2023-03"),
        ("The company will open in March.", "2024-03"),
        # reported speech: "would" + verb right before the date looks ahead from the DCT
        ("He said the talks would start on Friday.", "2023-09-15"),
        ("Officials said he would step down in June.", "2024-06"),
        # but not into the reporting clause, nor "would have"
        ("The agency announced on Monday it would cut jobs.", "2023-09-11"),
        ("It would have opened on Friday.", "2023-09-08"),
        ("Polls closed ahead of Sunday's election.", "2023-09-17"),
    ],
)
def test_news_resolves_against_the_document_date_and_tense(text: str, value: str) -> None:
    """In news, deictic expressions count from the DCT; tense picks the direction."""
    assert value in _values(text, dct="2023-09-12").values()


def test_news_comparison_keeps_the_period_under_discussion() -> None:
    """After a quarter, "a year earlier" is the same quarter one year before."""
    text = "Third-quarter profit rose 5% to $3 million. A year earlier, it earned $2 million."
    assert _values(text, dct="2023-10-20")["A year earlier"] == "2022-Q3"


def test_news_comparisons_do_not_replace_the_period_under_discussion() -> None:
    """ "a year ago" after a quarter is compared with it; the next comparison still is too."""
    text = (
        "Third-quarter profit rose 5% from a year ago. "
        "In the year-earlier period, the company earned $2 million."
    )
    values = _values(text, dct="2023-10-20")
    assert values["a year ago"] == "2022-Q3"
    assert values["the year-earlier period"] == "2022-Q3"


def test_news_the_quarter_brings_back_the_period_under_discussion() -> None:
    """ "the quarter" after another date makes its quarter the one "a year ago" compares with."""
    text = (
        "Third-quarter profit rose 5%. The company expects gains in 2024. "
        "Deposits fell in the quarter, compared with a year ago."
    )
    assert _values(text, dct="2023-10-20")["a year ago"] == "2022-Q3"


def test_auto_genre_reads_a_dated_news_story_as_news() -> None:
    """Deictic expressions and a DCT: news."""
    text = "The minister said on Tuesday that talks would resume next week."
    found = _extractor("en", False).find(text)
    assert choose_genre(found, dt.date(2023, 9, 12)) is Genre.NEWS


def test_auto_genre_reads_a_history_as_narrative() -> None:
    """Mostly absolute dates, even with a DCT: narrative."""
    found = _extractor("en", False).find(HISTORY)
    assert choose_genre(found, dt.date(2023, 9, 12)) is Genre.NARRATIVE
    assert choose_genre(found, None) is Genre.NARRATIVE


def test_auto_genre_reads_results_that_name_only_years_near_their_date_as_news() -> None:
    """Nothing counted from the time of writing, but the years named are the document's own:
    a company's results ("the quarter ended Sept. 30, 1989", "fiscal 1988") are news."""
    text = (
        "Net income for the quarter ended Sept. 30, 1989, rose 12%. In fiscal 1988 the "
        "company earned $17.3 million. The latest quarter included a gain on a sale."
    )
    found = _extractor("en", False).find(text)
    assert choose_genre(found, dt.date(1989, 11, 2)) is Genre.NEWS


def test_auto_genre_reads_a_story_whose_lead_counts_from_the_writing_as_news() -> None:
    """A lead that says when from the time of writing ("on Thursday") makes news, however
    many years of background follow."""
    text = (
        "Rebels seized the town on Thursday, the army said. The conflict began in 1998 and "
        "flared in 2000, 2003, 1974 and 1985; a truce signed in 1991 collapsed in 1992, and "
        "talks in 1995, 1996 and 1997 failed."
    )
    found = _extractor("en", False).find(text)
    assert choose_genre(found, dt.date(2005, 12, 9)) is Genre.NEWS


def test_auto_genre_is_accepted_by_the_api() -> None:
    """``genre="auto"`` anchors a history like the narrative genre does."""
    assert _values(HISTORY, genre="auto", dct="2023-09-12") == _values(HISTORY, genre="narrative")


def test_anchored_set_becomes_a_recurring_event() -> None:
    """ "every Monday since March 2023" is one weekly event starting on the first Monday."""
    timeline = extract_timeline("The club meets every Monday since March 2023.", dct="2023-09-12")
    (event,) = timeline.events
    assert event.recurrence == "FREQ=WEEKLY;BYDAY=MO"
    assert (event.start, event.end) == (dt.date(2023, 3, 6), dt.date(2023, 3, 7))
    assert event.mention_text == "every Monday since March 2023"


def test_unanchored_set_is_a_mention_but_not_an_event() -> None:
    """A set with no calendar anchor cannot be placed on a timeline."""
    timeline = extract_timeline("The club meets every Monday.", dct="2023-09-12")
    assert [m.value for m in timeline.documents[0].mentions] == ["XXXX-WXX-1"]
    assert timeline.events == ()


@pytest.mark.parametrize(
    ("text", "match", "value"),
    [
        ("see u tmrw!", "tmrw", "2023-09-13"),
        ("party 2nite at 9", "2nite at 9", "2023-09-12T21:00"),
        ("c u tonite", "tonite", "2023-09-12TNI"),
        ("what r u doing this wknd", "this wknd", "2023-W37-WE"),
        ("meeting moved to next tues", "next tues", "2023-09-19"),
        ("dinner this sat?", "this sat", "2023-09-16"),
        ("deadline is jan 5th", "jan 5th", "2024-01-05"),
        ("call me at 5pm", "5pm", "2023-09-12T17:00"),
    ],
)
def test_informal_forms_are_recognized(text: str, match: str, value: str) -> None:
    """Abbreviated and lower-case forms of messages and social media."""
    assert _values(text, dct="2023-09-12").get(match) == value


@pytest.mark.parametrize(
    "text",
    [
        "She sat down and wed him in the sun.",
        "I may go. We march on. Jan is here.",
        "The mon is a unit; the sun rose over the hill.",
    ],
)
def test_informal_forms_do_not_fire_in_formal_text(text: str) -> None:
    """Bare "sat", "wed", "sun", "mon", "may", "march" as ordinary words are not dates."""
    assert _values(text, dct="2023-09-12") == {}


# Years before the common era: computed 400*k years later, where the calendar repeats itself.

ROME = (
    "Caesar crossed the Rubicon in 49 BC and was assassinated five years later. The following "
    "year, Octavian and Antony divided the provinces. On 15 March 44 BC the conspirators struck; "
    "three days later the will was read. Hannibal won at Cannae in 216 BC; four centuries "
    "later Rome ruled the whole sea. In AD 9 three legions were lost; ten years earlier the "
    "frontier had been quiet."
)


def test_bc_years_anchor_later_mentions() -> None:
    """ "five years later" after 49 BC (-0048) is -0043, and "the following year" -0042."""
    values = _values(ROME, genre="narrative")
    assert values["49 BC"] == "-0048"
    assert values["five years later"] == "-0043"
    assert values["The following year"] == "-0042"


def test_bc_days_keep_their_day_and_anchor_later_days() -> None:
    """ "15 March 44 BC" is a day (-0043-03-15); "three days later" counts days from it."""
    values = _values(ROME, genre="narrative")
    assert values["15 March 44 BC"] == "-0043-03-15"
    assert values["three days later"] == "-0043-03-18"


def test_offsets_from_bc_into_the_common_era_become_events() -> None:
    """ "four centuries later" after 216 BC is the 2nd century AD (01): a dated event."""
    doc, events = extract_document(ROME, genre="narrative")
    values = {m.text: m.value for m in doc.mentions}
    assert values["four centuries later"] == "01"
    assert values["ten years earlier"] == "-0001"  # AD 9 minus ten years is 2 BC
    assert [e.value for e in events] == ["01", "0009"]  # BC periods have no calendar interval


def test_bc_centuries_anchor_later_mentions() -> None:
    """ "a century later" after "the 5th century BC" (-05) is the 4th century BC (-04)."""
    text = "Athens rose in the 5th century BC; a century later it fell."
    values = _values(text, genre="narrative")
    assert values["a century later"] == "-04"


@pytest.mark.parametrize("year", [-48, -43, 0, -399, -400, -1000, -4713, 10000])
def test_calendar_shift_lands_in_the_calendar_by_whole_400_year_cycles(year: int) -> None:
    """The shift is a multiple of 400 years (same weekdays and leap days) into 2000..2399."""
    shift = calendar_shift(year)
    assert shift % 400 == 0
    assert 2000 <= year + shift < 2400


def test_calendar_shift_is_zero_inside_the_calendar() -> None:
    """Years 1..9999 are computed as they are."""
    assert [calendar_shift(y) for y in (1, 1066, 2023, 9999)] == [0, 0, 0, 0]


@pytest.mark.parametrize(
    ("year", "month", "nth", "value"),
    [
        (1944, 6, 1, "1944-W22"),  # 1 June 1944 is a Thursday: 29 May-4 June holds four June days
        (2023, 9, 1, "2023-W36"),  # 1 September 2023 is a Friday: 4-10 September is the first
        (2023, 9, 2, "2023-W37"),
        (2023, 9, -1, "2023-W39"),  # 30 September is a Saturday: 25 September-1 October
        (2024, 2, -1, "2024-W09"),  # leap February: 26 February-3 March
    ],
)
def test_nth_week_of_a_month_is_the_iso_week_with_most_of_its_days_in_it(
    year: int, month: int, nth: int, value: str
) -> None:
    """ISO 8601's rule for a year's first week, applied to a month: the week holding day 7n-3."""
    assert week_of_month(year, month, nth).value == value


def test_bc_millennia_and_decades_anchor_later_mentions() -> None:
    """A millennium or decade BC anchors what follows, never more precisely than itself."""
    text = "Writing appeared in the 4th millennium BC. Two centuries later cities grew."
    values = _values(text, genre="narrative")
    assert values["the 4th millennium BC"] == "-4"
    assert values["Two centuries later"] == "-4"
    values = _values("Rome grew in the 50s BC; ten years later Caesar died.", genre="narrative")
    assert values == {"the 50s BC": "-006", "ten years later": "-005"}


def test_time_of_day_in_news_does_not_count_from_a_coarser_date() -> None:
    """After "in 2010", "overnight" in a dated note is the document's night, not 2010; a
    narrative keeps the story's year, with the day it has not given left unknown."""
    text = "Status post MVR in 2010. She desaturated overnight."
    assert _values(text, dct="2014-03-12")["overnight"] == "2014-03-12TNI"
    assert _values(text, dct="2014-03-12", genre="narrative")["overnight"] == "2010-XX-XXTNI"


@pytest.mark.parametrize("dct", ["9999-12-31", "0001-01-01"])
def test_a_weekday_range_at_an_end_of_the_calendar_stays_a_mention(dct: str) -> None:
    """ "Sunday/Sunday" on the last (or first) day of the calendar: the weeks around it do not
    exist, so the range is left unplaced instead of raising (found by tools/fuzz.py)."""
    doc, _ = extract_document("Sunday/Sunday and Monday-Friday", dct=dct)
    assert [m.text for m in doc.mentions] == ["Sunday", "Sunday", "Monday", "Friday"]


def test_a_clock_range_past_midnight_on_the_calendars_last_day_stays_on_that_day() -> None:
    """ "from 10pm to 2am" ends the next morning, but 9999-12-31 has no next day: the end stays
    on the last day instead of raising (found by tools/fuzz.py)."""
    doc, _ = extract_document("The shift runs from 10pm to 2am.", dct="9999-12-31")
    assert [(m.text, m.value) for m in doc.mentions] == [
        ("10pm", "9999-12-31T22:00"),
        ("2am", "9999-12-31T02:00"),
    ]


@pytest.mark.parametrize(
    ("text", "mention", "value"),
    [
        # in the same sentence, and in the next one of a story told in the past
        (
            "On March 3, the gunman opened fire at 10 p.m. in the lobby.",
            "10 p.m.",
            "2024-03-03T22:00",
        ),
        (
            "Slepian was killed on Oct. 23. He was shot at 10 p.m. as he stood in his kitchen.",
            "10 p.m.",
            "2023-10-23T22:00",
        ),
        ("The meeting is on Thursday. It starts at 7 p.m.", "7 p.m.", "2024-04-11T19:00"),
        # no day named yet: the document's day
        ("The agency said at 3 p.m. that the talks had ended.", "3 p.m.", "2024-04-10T15:00"),
        # the tense turns away from the day named: the document's day
        (
            "The next meeting will be held on Thursday. The meeting adjourned at 8:45 pm.",
            "8:45 pm",
            "2024-04-10T20:45",
        ),
    ],
)
def test_a_clock_time_alone_is_of_the_day_the_text_is_telling(
    text: str, mention: str, value: str
) -> None:
    assert _values(text, dct="2024-04-10")[mention] == value


def test_a_sentence_whose_only_tense_cues_look_ahead_puts_a_far_weekday_ahead() -> None:
    """No cue near "Thursday", but the sentence's only verb is a future one."""
    forecast = "Rain will spread east overnight, clearing by mid-morning Thursday."
    # ("mid-morning Thursday" is one time, as "8 a.m. Friday" is)
    assert _values(forecast, dct="2024-04-10")["mid-morning Thursday"] == "2024-04-11TMO"
    # a past cue anywhere in reach keeps the news default (a bare weekday is past)
    told = "Rain will spread east, forecasters said in a bulletin issued early Thursday."
    assert _values(told, dct="2024-04-10")["early Thursday"] == "2024-04-04"


@pytest.mark.parametrize(
    ("text", "mention", "value"),
    [
        ("He died on 5 June.", "5 June", "2023-06-05"),
        ("The rebels fled in March.", "March", "2023-03"),
        ("They agreed in May to end the strike.", "May", "2023-05"),
        ("The hostages were freed in April.", "April", "2023-04"),
    ],
)
def test_past_tenses_in_ed_that_the_regular_ending_misses_look_back(
    text: str, mention: str, value: str
) -> None:
    """ "died", "fled", "agreed", "freed" end in -ed after an e (as "need" and "speed" do, which
    are no past): they are past cues of their own."""
    assert _values(text, dct="2024-02-10")[mention] == value


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Meet me at half past two.", [("half past two", "2024-02-10T02:30")]),
        (
            "at a quarter to five in the afternoon",
            [("a quarter to five in the afternoon", "2024-02-10T16:45")],
        ),
        ("We left at quarter of five.", [("quarter of five", "2024-02-10T04:45")]),
        # look-alikes: odds, amounts, a fraction, the period of a year
        ("Odds are ten to one he loses.", []),
        ("Exports rose by a quarter to five percent.", []),
        ("Growth in the quarter to 2.8 percent", [("the quarter", "2023-Q4")]),
    ],
)
def test_a_clock_read_aloud_is_a_time_and_its_look_alikes_are_not(
    text: str, expected: list[tuple[str, str]]
) -> None:
    doc, _ = extract_document(text, dct="2024-02-10")
    assert [(m.text, m.value) for m in doc.mentions] == expected


@pytest.mark.parametrize("genre", [Genre.NEWS, Genre.NARRATIVE])
def test_a_weekday_counted_from_29_february_of_a_common_year_has_no_day_and_no_crash(
    genre: Genre,
) -> None:
    """ "The Monday after 29 February" in a story of 2023 (no 29 February) keeps its mention
    with the year alone known; in 2024 it is 4 March. "The Sunday nearest 29 February 2023"
    names no day at all: only "Sunday" is read (the review of session 19 found both raised
    ValueError and lost the whole document)."""
    common = extract_document(
        "The fair opens on the Monday after 29 February.", dct=dt.date(2023, 9, 12), genre=genre
    )[0]
    assert [(m.text, m.value) for m in common.mentions] == [
        ("the Monday after 29 February", "2023-XX-XX")
    ]
    leap = extract_document(
        "The fair opens on the Monday after 29 February.", dct=dt.date(2024, 1, 12), genre=genre
    )[0]
    assert [(m.text, m.value) for m in leap.mentions] == [
        ("the Monday after 29 February", "2024-03-04")
    ]
    named = extract_document(
        "It fell on the Sunday nearest 29 February 2023.", dct=dt.date(2023, 9, 12), genre=genre
    )[0]
    assert [m.text for m in named.mentions] == ["Sunday"]
