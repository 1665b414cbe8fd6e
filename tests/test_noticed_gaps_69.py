"""Gaps noticed in session 23, sixty-ninth list: narratives, notes and posts.

Posts read as news from their date (genre news, the weekday checked with ``datetime``), rows as
TimeBank annotates them:
- a post's anticipation opening a clause after what it names looks ahead: "Glucose test on
  Friday, wish me luck" and "MRI on Friday, so nervous", on Tuesday 5 March 2024, are the
  Friday ahead (2024-03-08, were 03-01), and so are "Root canal Friday, dreading it", "fingers
  crossed", "pray for me"; "MRI on Friday, results were fine", "Had my MRI on Friday, so
  nervous waiting for results" (the past of the thing's own phrase) and "I was so nervous on
  Friday" stay behind.

Clinical notes under a dated heading, as tests/test_clinical_24.py reads them (an age is no
time):
- the age a child's visit, checkup or appointment is named by is a label, as "her 4-month
  well-child visit" and "2 month shots" are: "Pt seen for the 18 month visit" (was P18M), "her
  six-month checkup", "at his 2 year appointment" are untagged; a stay ("a 3 month visit to
  India"), "an 18-month course" and "follow-up visit in 18 months" keep their lengths;
- a day counted from the note's ("since yesterday", "since Sunday") that bounds a state running
  to now is no day the note goes on with, as "no BM since [**3-5**]" is none: "Fever since
  yesterday . Tylenol given at 0700 ." is this morning's 07:00 (2024-01-09T07:00, was the day
  before), and so is tests/test_clinical_24.py's "last dose at 0700" (was a strict xfail); "Seen
  yesterday by ortho . Splint placed at 1500 ." keeps the day it told.

Histories in the style of English Wikipedia, read as narratives with no document date:
- a month after "By", "Until", "After" and the like before "the" and an ordinal word that
  counts a noun is the month: "By June the first planes were landing" after "in 1948" is June
  1948 (was 1 June; tests/test_war_histories_29.py and tests/test_noticed_gaps_67.py had it as
  a strict xfail), "Until May the second battalion held the ridge" May 1914; "By June the
  first, the planes landed", "By June the first we had landed" (a comma, a pronoun after it)
  and "on June the first" stay the day;
- a day of history given a name of the kind "Black Friday" after its date or "what became known
  as" is no holiday: "On 13 August 1948, remembered as Black Friday, a crash closed Tempelhof"
  is the date alone (Black Friday was 1948-11-26; tests/test_war_histories_29.py had it as a
  strict xfail), so are "September 24, 1869, dubbed Black Friday" and "on what became known as
  Black Friday"; "The day after Thanksgiving, known as Black Friday" and "Black Friday, 24
  November 2023" keep the shopping day;
- a day counted in a named event counts from the day the text told that event began: "The
  crisis began on 16 October 1962. On 27 October ..., and on the thirteenth day of the crisis"
  is 28 October (was 8 November, counted from the 27th; tests/test_war_histories_29.py had it
  as a strict xfail), "the twentieth day of the siege" after "The siege began on 2 April 1453"
  21 April; a day of another event ("the thirteenth day of the blockade") still counts from
  the span the story last dated.
"""

from __future__ import annotations

import datetime as dt

import pytest
from passages import Row, mentions, news, note_mentions


def _news(text: str, dct: str) -> list[Row]:
    return news(text, dct, dt.date.fromisoformat(dct).strftime("%A"))


# ---- 1. a post's anticipation after what it names ----------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Glucose test on Friday, wish me luck",
            [("Friday", "DATE", "2024-03-08")],
            id="glucose_test_wish_me_luck",
        ),
        pytest.param(
            "MRI on Friday, so nervous", [("Friday", "DATE", "2024-03-08")], id="mri_so_nervous"
        ),
        pytest.param(
            "Root canal Friday, dreading it 😬",
            [("Friday", "DATE", "2024-03-08")],
            id="root_canal_dreading_it",
        ),
        pytest.param(
            "Colonoscopy Monday, fingers crossed",
            [("Monday", "DATE", "2024-03-11")],
            id="colonoscopy_fingers_crossed",
        ),
        pytest.param(
            "Driving test Saturday - pray for me",
            [("Saturday", "DATE", "2024-03-09")],
            id="driving_test_pray_for_me",
        ),
        pytest.param(
            "Big presentation on Monday, I'm sooo nervous",
            [("Monday", "DATE", "2024-03-11")],
            id="presentation_im_sooo_nervous",
        ),
        # look-alikes: a past after the day, a past in the thing's own phrase, an anticipation
        # that opens no clause
        pytest.param(
            "MRI on Friday, results were fine",
            [("Friday", "DATE", "2024-03-01")],
            id="mri_results_were_fine",
        ),
        pytest.param(
            "Had my MRI on Friday, so nervous waiting for results",
            [("Friday", "DATE", "2024-03-01")],
            id="had_my_mri_so_nervous_waiting",
        ),
        pytest.param(
            "I was so nervous on Friday",
            [("Friday", "DATE", "2024-03-01")],
            id="i_was_so_nervous_on_friday",
        ),
        pytest.param(
            "Sent my application on Friday, fingers crossed",
            [("Friday", "DATE", "2024-03-01")],
            id="sent_my_application_fingers_crossed",
        ),
    ],
)
def test_a_posts_anticipation_after_what_it_names_looks_ahead(
    text: str, expected: list[Row]
) -> None:
    """An anticipation opening a clause after a weekday ("wish me luck", "so nervous",
    "dreading it") puts it ahead, unless the thing's own phrase is told in the past."""
    assert _news(text, "2024-03-05") == expected


# ---- 2. the age a visit is named by -------------------------------------------------------------

PEDIATRIC = "PEDIATRIC NOTE 01/09/2024\n"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("Pt seen for the 18 month visit .", [], id="the_18_month_visit"),
        pytest.param(
            "Here for her six-month checkup ; growing well .", [], id="her_six_month_checkup"
        ),
        pytest.param("Mom asks about his 2 year appointment .", [], id="his_2_year_appointment"),
        pytest.param("Seen for 9 month visit , no concerns .", [], id="for_9_month_visit"),
        pytest.param(
            "Her 4-month well-child visit ; 2 month shots given .", [], id="well_child_and_shots"
        ),
        # look-alikes: a stay, a course, a follow-up's wait
        pytest.param(
            "She returned from a 3 month visit to India .",
            [("3 month", "DURATION", "P3M")],
            id="a_stay_to_india",
        ),
        pytest.param(
            "Completed an 18-month course of therapy .",
            [("18-month", "DURATION", "P18M")],
            id="an_18_month_course",
        ),
        pytest.param(
            "Follow-up visit in 18 months .",
            [("18 months", "DURATION", "P18M")],
            id="follow_up_visit_in_18_months",
        ),
    ],
)
def test_the_age_a_visit_is_named_by_is_no_length(text: str, expected: list[Row]) -> None:
    """An age before a visit, a checkup or an appointment after "the", an owner or "for" names
    the visit, no length; a stay, a course and a wait keep theirs."""
    assert note_mentions(PEDIATRIC, text) == expected


# ---- 3. a state since a day runs to the note's day ---------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Fever since yesterday . Tylenol given at 0700 .",
            [("yesterday", "DATE", "2024-01-08"), ("0700", "TIME", "2024-01-09T07:00")],
            id="fever_since_yesterday_tylenol_at_0700",
        ),
        pytest.param(
            "Vomiting since Sunday ; last emesis at 0530 .",
            [("Sunday", "DATE", "2024-01-07"), ("0530", "TIME", "2024-01-09T05:30")],
            id="vomiting_since_sunday_last_emesis_at_0530",
        ),
        pytest.param(
            "Cough since Saturday . Albuterol given at 0645 .",
            [("Saturday", "DATE", "2024-01-06"), ("0645", "TIME", "2024-01-09T06:45")],
            id="cough_since_saturday_albuterol_at_0645",
        ),
        # look-alikes: a day told as the day of an act keeps the clock times after it
        pytest.param(
            "Seen yesterday by ortho . Splint placed at 1500 .",
            [("yesterday", "DATE", "2024-01-08"), ("1500", "TIME", "2024-01-08T15:00")],
            id="seen_yesterday_splint_at_1500",
        ),
        pytest.param(
            "Fell yesterday . Splint placed at 1500 .",
            [("yesterday", "DATE", "2024-01-08"), ("1500", "TIME", "2024-01-08T15:00")],
            id="fell_yesterday_splint_at_1500",
        ),
    ],
)
def test_a_state_since_a_day_runs_to_the_notes_day(text: str, expected: list[Row]) -> None:
    """A day a state has lasted "since" ("since yesterday", "since Sunday") is no day a
    later clock time is of: the note's day is; a day an act was told on is."""
    assert note_mentions(PEDIATRIC, text) == expected


# ---- 4. a month before an ordinal that counts a noun -----------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "The war began in 1914. Until May the second battalion held the ridge.",
            [("1914", "DATE", "1914"), ("May", "DATE", "1914-05")],
            id="until_may_the_second_battalion",
        ),
        pytest.param(
            "The blockade began in 1948. After March the third convoy was turned back.",
            [("1948", "DATE", "1948"), ("March", "DATE", "1948-03")],
            id="after_march_the_third_convoy",
        ),
        pytest.param(
            "The siege began in 1453. Before April the first guns had been cast in Adrianople.",
            [("1453", "DATE", "1453"), ("April", "DATE", "1453-04")],
            id="before_april_the_first_guns",
        ),
        # look-alikes: a comma or a pronoun after the ordinal, "on" before the month
        pytest.param(
            "The airlift began in 1948. By June the first, the planes were landing.",
            [("1948", "DATE", "1948"), ("June the first", "DATE", "1948-06-01")],
            id="by_june_the_first_comma",
        ),
        pytest.param(
            "The airlift began in 1948. By June the first we had landed.",
            [("1948", "DATE", "1948"), ("June the first", "DATE", "1948-06-01")],
            id="by_june_the_first_we",
        ),
        pytest.param(
            "The airlift began in 1948. It ended on May the twelfth, 1949.",
            [("1948", "DATE", "1948"), ("May the twelfth, 1949", "DATE", "1949-05-12")],
            id="on_may_the_twelfth_1949",
        ),
    ],
)
def test_a_month_before_an_ordinal_that_counts_a_noun_is_the_month(
    text: str, expected: list[Row]
) -> None:
    """ "Until May the second battalion held" is May: the ordinal counts the noun after it; a
    comma or a pronoun after it, or "on" before the month, make it the day."""
    assert mentions(text, genre="narrative") == expected


# ---- 5. a day of history nicknamed after a holiday --------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "The panic of September 24, 1869, dubbed Black Friday, ruined speculators.",
            [("September 24, 1869", "DATE", "1869-09-24")],
            id="september_24_1869_dubbed_black_friday",
        ),
        pytest.param(
            "In 1869 the gold market collapsed on what became known as Black Friday.",
            [("1869", "DATE", "1869")],
            id="what_became_known_as_black_friday",
        ),
        pytest.param(
            "The bushfires of 13 January 1939, a day still remembered as Black Friday, killed 71.",
            [("13 January 1939", "DATE", "1939-01-13")],
            id="a_day_still_remembered_as_black_friday",
        ),
        # look-alikes: the shopping day named as such, or beside its own date
        pytest.param(
            "In 2023 Black Friday fell on 24 November.",
            [
                ("2023", "DATE", "2023"),
                ("Black Friday", "DATE", "2023-11-24"),
                ("24 November", "DATE", "2023-11-24"),
            ],
            id="in_2023_black_friday_fell_on",
        ),
        pytest.param(
            "Black Friday, 24 November 2023, drew record crowds.",
            [("Black Friday", "DATE", "2023-11-24"), ("24 November 2023", "DATE", "2023-11-24")],
            id="black_friday_24_november_2023",
        ),
    ],
)
def test_a_day_of_history_nicknamed_black_friday_is_no_holiday(
    text: str, expected: list[Row]
) -> None:
    """A dated day "remembered as", "dubbed" or "known as" Black Friday, or "what became known
    as" it, is that day alone; the shopping day named as such stays."""
    assert mentions(text, genre="narrative") == expected


# ---- 6. a day counted in an event the text told the start of -----------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "The siege began on 2 April 1453. On 12 April the great gun fired, and on the "
            "twentieth day of the siege a fleet arrived.",
            [
                ("2 April 1453", "DATE", "1453-04-02"),
                ("12 April", "DATE", "1453-04-12"),
                ("the twentieth day", "DATE", "1453-04-21"),
            ],
            id="twentieth_day_of_the_siege",
        ),
        pytest.param(
            "The strike started on 3 March 1984. On 9 March talks failed, and on the "
            "twenty-fifth day of the strike the miners marched.",
            [
                ("3 March 1984", "DATE", "1984-03-03"),
                ("9 March", "DATE", "1984-03-09"),
                ("the twenty-fifth day", "DATE", "1984-03-27"),
            ],
            id="twenty_fifth_day_of_the_strike",
        ),
        pytest.param(
            "The war broke out on 1 September 1939. On 17 September the Soviets invaded, and by "
            "the twentieth day of the war Warsaw was surrounded.",
            [
                ("1 September 1939", "DATE", "1939-09-01"),
                ("17 September", "DATE", "1939-09-17"),
                ("the twentieth day", "DATE", "1939-09-20"),
            ],
            id="twentieth_day_of_the_war_broke_out",
        ),
        # look-alikes: a day of an event whose start the text did not tell, a span's days
        pytest.param(
            "The crisis began on 16 October 1962. On 27 October a U-2 was shot down, and on "
            "the thirteenth day of the blockade Khrushchev backed down.",
            [
                ("16 October 1962", "DATE", "1962-10-16"),
                ("27 October", "DATE", "1962-10-27"),
                ("the thirteenth day", "DATE", "1962-11-08"),
            ],
            id="thirteenth_day_of_the_blockade",
        ),
        pytest.param(
            "The battle was fought from 1 to 3 July 1863. On the second day of the battle "
            "Longstreet attacked.",
            [
                ("1", "DATE", "1863-07-01"),
                ("3 July 1863", "DATE", "1863-07-03"),
                ("the second day", "DATE", "1863-07-02"),
            ],
            id="second_day_of_the_battle_fought_from",
        ),
    ],
)
def test_a_day_counted_in_an_event_counts_from_its_told_start(
    text: str, expected: list[Row]
) -> None:
    """ "the twentieth day of the siege" counts from the day the text said the siege began,
    not from the day the story last dated; another event's day counts as before."""
    assert mentions(text, genre="narrative") == expected
