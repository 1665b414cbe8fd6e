"""Review mends of session 25: what a reviewer found in the merged rounds.

Each finding of the reviewer of this session's merged diff is pinned by the reviewer's sentence
and one more worded otherwise, beside the case the merged rule was made for, which keeps its
value (TimeML conventions, as TimeBank annotates them; news anchored to the document date):
- "runs"/"lasts" through a day is a state still held only after what runs (an exhibition, a
  sale, a curfew): "The survey data runs through April 30 and shows prices rising" on 10 May
  2024 is 2024-04-30 (was 2025-04-30), while "The road stays closed until May the third" and
  "The exhibition runs through May 5" on 10 May 2023 keep 2024.
- a day "now known as" a holiday is named as it is called today, the holiday itself:
  "Retailers open early Friday. The day, now known as Black Friday, starts the season." on 20
  November 2023 tags 'Black Friday' 2023-11-24 (was untagged), while "It was a day later known
  as Black Friday" after a dated day of 1939 names that day alone.
- two months joined by "and" after a determiner, or before a capitalised word and a noun, are
  no first names with a surname: "The June and July Fed meetings will set the tone." on 10 May
  2024 keeps 'July' 2024-07 (was untagged), while "June and August Smith run the inn." and
  "May and June Carter, twins, sang" tag nothing. The first month after "the" is one too
  (date.month_attributive, since session 26: 'June' 2024-06).
- "twenty-second" to "ninety-second" is an ordinal only before a noun a rank is given to: "The
  thirty-second ad aired Sunday during the game." keeps PT30S (was untagged), while "the
  twenty-second session" and "The Twenty-second Dynasty" stay untagged.
- a recipe's verb after "and", "then" or a comma is an instruction only when no past verb
  earlier in the sentence tells a day: "Crews doused the blaze on Tuesday and let the debris
  cool overnight." on 15 February 2024 is the night of 2024-02-13 (was XXXX-XX-XXTNI), while
  "Marinate overnight, then roast" and "Cover and refrigerate overnight" are any night.
"""

from __future__ import annotations

import pytest
from passages import Row, mentions


def _news(text: str, dct: str) -> list[Row]:
    return mentions(text, dct=dct, genre="news")


# ---- 1. what data "runs through" is a period behind, no state held ---------------------------


@pytest.mark.parametrize(
    ("text", "dct", "expected"),
    [
        pytest.param(
            "The survey data runs through April 30 and shows prices rising.",
            "2024-05-10",
            [("April 30", "DATE", "2024-04-30")],
            id="reviewer_survey_data_runs_through",
        ),
        pytest.param(
            "The dataset lasts through April 28 and covers 40 states.",
            "2024-05-10",
            [("April 28", "DATE", "2024-04-28")],
            id="dataset_lasts_through",
        ),
        # the cases the rule was made for: a state held, a show that runs
        pytest.param(
            "The road stays closed until May the third.",
            "2023-05-10",
            [("May the third", "DATE", "2024-05-03")],
            id="road_stays_closed_until",
        ),
        pytest.param(
            "The exhibition runs through May 5 at the city gallery.",
            "2023-05-10",
            [("May 5", "DATE", "2024-05-05")],
            id="exhibition_runs_through",
        ),
        pytest.param(
            "The curfew lasts until May 2, the mayor says.",
            "2023-05-10",
            [("May 2", "DATE", "2024-05-02")],
            id="curfew_lasts_until",
        ),
    ],
)
def test_runs_through_a_day_is_held_only_for_what_runs(
    text: str, dct: str, expected: list[Row]
) -> None:
    """'runs/lasts through' a day behind ends ahead only after a show, offer or order."""
    assert _news(text, dct) == expected


# ---- 2. a day "now known as" a holiday is the holiday --------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Retailers open early Friday. The day, now known as Black Friday, starts the season.",
            [
                ("early Friday", "DATE", "2023-11-24"),
                ("now", "DATE", "PRESENT_REF"),
                ("Black Friday", "DATE", "2023-11-24"),
            ],
            id="reviewer_the_day_now_known_as",
        ),
        pytest.param(
            "Malls open at 6 a.m. Friday. The day, now called Black Friday, draws crowds.",
            [
                ("6 a.m. Friday", "TIME", "2023-11-24T06:00"),
                ("now", "DATE", "PRESENT_REF"),
                ("Black Friday", "DATE", "2023-11-24"),
            ],
            id="the_day_now_called",
        ),
        # look-alikes: a dated day of history named later keeps only its date
        pytest.param(
            "On 13 January 1939, fires swept the state. It was a day later known as Black Friday.",
            [("13 January 1939", "DATE", "1939-01-13")],
            id="a_day_later_known_as",
        ),
        pytest.param(
            "On 29 October 1929 shares fell. The day, later dubbed Black Tuesday, ruined many.",
            [("29 October 1929", "DATE", "1929-10-29")],
            id="the_day_later_dubbed",
        ),
    ],
)
def test_a_day_now_known_as_a_holiday_is_the_holiday(text: str, expected: list[Row]) -> None:
    """'The day, now known as Black Friday' names the holiday; 'later known as' a day told."""
    assert _news(text, "2023-11-20") == expected


# ---- 3. months before a capitalised name and a noun are months ------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "The June and July Fed meetings will set the tone.",
            [("June", "DATE", "2024-06"), ("July", "DATE", "2024-07")],
            id="reviewer_june_and_july_fed_meetings",
        ),
        pytest.param(
            "The March and April Treasury auctions drew strong demand.",
            [("March", "DATE", "2024-03"), ("April", "DATE", "2024-04")],
            id="march_and_april_treasury_auctions",
        ),
        # look-alikes: two first names sharing a surname, before a verb or a comma
        pytest.param("June and August Smith run the inn.", [], id="june_and_august_smith_run"),
        pytest.param(
            "May and June Carter, twins, sang at the fair.", [], id="may_and_june_carter_comma"
        ),
        pytest.param("April and June Jones lived in Ohio.", [], id="april_and_june_jones_lived"),
    ],
)
def test_months_before_a_name_and_a_noun_are_no_first_names(text: str, expected: list[Row]) -> None:
    """Months after 'the' or before a name and a noun stay months; before a verb, first names."""
    assert _news(text, "2024-05-10") == expected


# ---- 4. a determiner before "thirty-second" tells no ordinal --------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "The thirty-second ad aired Sunday during the game.",
            [("thirty-second", "DURATION", "PT30S"), ("Sunday", "DATE", "2024-02-11")],
            id="reviewer_the_thirty_second_ad",
        ),
        pytest.param(
            "Her twenty-second clip drew a million views on Monday.",
            [("twenty-second", "DURATION", "PT20S"), ("Monday", "DATE", "2024-02-12")],
            id="her_twenty_second_clip",
        ),
        # look-alikes: an ordinal before a noun ranked
        pytest.param(
            "The twenty-second session of the council met in 1890.",
            [("1890", "DATE", "1890")],
            id="the_twenty_second_session",
        ),
        pytest.param("The Twenty-second Dynasty ruled Egypt.", [], id="the_twenty_second_dynasty"),
    ],
)
def test_a_compound_second_after_a_determiner_is_a_length(text: str, expected: list[Row]) -> None:
    """'The thirty-second ad' is 30 seconds long; 'the twenty-second session' an ordinal."""
    assert _news(text, "2024-02-12") == expected


# ---- 5. after a past verb, "and let ... overnight" is the night of the day told -------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Crews doused the blaze on Tuesday and let the debris cool overnight.",
            [("Tuesday", "DATE", "2024-02-13"), ("overnight", "TIME", "2024-02-13TNI")],
            id="reviewer_crews_doused_and_let_cool",
        ),
        pytest.param(
            "She brined the turkey on Monday, then let it rest overnight.",
            [("Monday", "DATE", "2024-02-12"), ("overnight", "TIME", "2024-02-12TNI")],
            id="she_brined_then_let_rest",
        ),
        # the cases the rule was made for: a recipe's instructions
        pytest.param(
            "Marinate overnight, then roast.",
            [("overnight", "TIME", "XXXX-XX-XXTNI")],
            id="marinate_overnight_then_roast",
        ),
        pytest.param(
            "Cover and refrigerate overnight.",
            [("overnight", "TIME", "XXXX-XX-XXTNI")],
            id="cover_and_refrigerate",
        ),
        pytest.param(
            "Add the shredded cheese and chill overnight.",
            [("overnight", "TIME", "XXXX-XX-XXTNI")],
            id="add_the_shredded_cheese_and_chill",
        ),
    ],
)
def test_an_instruction_after_a_past_verb_is_the_nights_of_the_day_told(
    text: str, expected: list[Row]
) -> None:
    """'doused ... and let the debris cool overnight' is that night; 'Marinate overnight' any."""
    assert _news(text, "2024-02-15") == expected
