"""Review mends of session 21, part 2: what a reviewer found in the merged rounds.

Each finding of the reviewer of fixes51-57, mend21, hist27 and news27 is pinned by the
reviewer's sentence and one more worded otherwise, beside the look-alikes the merged rounds
decided and that must keep their value (TimeML conventions, as TimeBank annotates them;
posts, notes and news anchored to the document date):
- a clock of the morning's errands keeps what the clock says ("School drop-off is at 7:45
  tomorrow": 07:45, "Breakfast pickup at 6:30": 06:30), while lunch, a pickup, a lesson or a
  call is in the working day ("Lunch at 1:30": 13:30, "pickup is at 3:30": 15:30);
- "for the fall" is the season only where something is booked, planned or made ready for it
  ("booked the cabin for the fall", "plans for the fall"), not an X-ray ordered for a tumble;
- a weekday a meeting "was moved to" in a past passive is read as any day of the story (on a
  Tuesday, that Tuesday); "move it to Tue?", "Move this to Tuesday" are the next one;
- a national holiday after a day and a comma is that day only on a day it is kept ("On 9 May,
  Victory Day,"), not in its run-up ("On 3 May, Victory Day preparations": undated); after a
  colon or a dash in a lead it is the day ("9 May: Victory Day parade");
- "in as many" counts by the number nearest it ("The second team scored four goals in as many
  minutes": PT4M), the rank only where no count is nearer ("his second meltdown in as many
  years": P2Y);
- a four-digit figure after a short weekday and a comma that compares it ("Sales on Sat 1500,
  down from 2000 last week") is no clock; "Kickoff Sat 1400", "Training Tue 1830, pitch 2"
  are;
- the code keeps one order of granularities (chrono.model.COARSE_ORDER, coarsest first) and
  says by a rule's flag (month_named), not its id, that an nth weekday is of its month.
"""

from __future__ import annotations

import pytest
from passages import Row, mentions

from chrono.extract.grammar import load_grammar
from chrono.model import COARSE_ORDER, Granularity


def _news(text: str, dct: str = "2024-02-20") -> list[Row]:
    return mentions(text, dct=dct, genre="news")


# ---- 1. the errands of the morning keep their clock --------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "School drop-off is at 7:45 tomorrow, then gym.",
            [("7:45 tomorrow", "TIME", "2024-02-21T07:45")],
            id="reviewer_drop_off",
        ),
        pytest.param(
            "Breakfast pickup at 6:30",
            [("6:30", "TIME", "2024-02-20T06:30")],
            id="reviewer_breakfast_pickup",
        ),
        pytest.param(
            "Morning practice at 7:15 tomorrow, bring cleats.",
            [("7:15 tomorrow", "TIME", "2024-02-21T07:15")],
            id="morning_practice",
        ),
        # look-alikes: lunch, an afternoon pickup, a lesson stay after noon
        pytest.param(
            "Lunch at 1:30", [("1:30", "TIME", "2024-02-20T13:30")], id="lunch_after_noon"
        ),
        pytest.param(
            "pickup is at 3:30", [("3:30", "TIME", "2024-02-20T15:30")], id="pickup_after_noon"
        ),
        pytest.param(
            "Practice at 4:15 tomorrow.",
            [("4:15 tomorrow", "TIME", "2024-02-21T16:15")],
            id="practice_after_noon",
        ),
    ],
)
def test_morning_errands_keep_their_clock(text: str, expected: list[Row]) -> None:
    """A drop-off or a breakfast or morning pickup is on the clock; lunch or a lesson after noon."""
    assert _news(text) == expected


# ---- 2. "for the fall" after booking and planning words only -----------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("Hip X-ray was ordered for the fall; no fracture.", [], id="reviewer_x_ray"),
        pytest.param("CT head obtained for the fall, negative.", [], id="ct_head_for_the_fall"),
        # look-alikes: what is booked, planned or ready for the season
        pytest.param(
            "We have big plans for the fall.",
            [("the fall", "DATE", "2024-FA")],
            id="plans_for_the_fall",
        ),
        pytest.param(
            "The wedding was planned for the fall.",
            [("the fall", "DATE", "2024-FA")],
            id="planned_for_the_fall",
        ),
        pytest.param(
            "booked the cabin for the fall",
            [("the fall", "DATE", "2024-FA")],
            id="booked_the_cabin",
        ),
    ],
)
def test_for_the_fall_after_booking_words(text: str, expected: list[Row]) -> None:
    """'for the fall' is the season after booking or planning words, not after any verb."""
    assert _news(text) == expected


# ---- 3. a past passive "was moved to" is told, not asked ---------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "The meeting, first set for Monday, was moved to Tuesday because of the storm.",
            [("Monday", "DATE", "2024-06-10"), ("Tuesday", "DATE", "2024-06-11")],
            id="reviewer_was_moved_to",
        ),
        pytest.param(
            "The vote was postponed to Tuesday after the outage.",
            [("Tuesday", "DATE", "2024-06-11")],
            id="was_postponed_to",
        ),
        # look-alikes: a question and an imperative move to the next Tuesday
        pytest.param("Can we move it to Tue?", [("Tue", "DATE", "2024-06-18")], id="question"),
        pytest.param(
            "Move this to Tuesday, please.",
            [("Tuesday", "DATE", "2024-06-18")],
            id="imperative",
        ),
    ],
)
def test_past_passive_moved_to(text: str, expected: list[Row]) -> None:
    """A past passive 'was moved to' a weekday reads the day as told; 'move it to' looks ahead."""
    assert _news(text, "2024-06-11") == expected


# ---- 4. a national holiday after a comma only on its known day ---------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "On 3 May, Victory Day preparations were halted by the rain.",
            [("3 May", "DATE", "2024-05-03"), ("Victory Day", "DATE", "2024-XX-XX")],
            id="reviewer_victory_day_run_up",
        ),
        pytest.param(
            "On 12 April, Liberation Day rehearsals began.",
            [("12 April", "DATE", "2024-04-12"), ("Liberation Day", "DATE", "2024-XX-XX")],
            id="liberation_day_rehearsals",
        ),
        # look-alikes: in apposition on a day it is kept, and a lead with a colon
        pytest.param(
            "On 8 May, Victory Day in France, wreaths were laid.",
            [("8 May", "DATE", "2024-05-08"), ("Victory Day", "DATE", "2024-05-08")],
            id="apposition_on_a_known_day",
        ),
        pytest.param(
            "9 May: Victory Day parade is held in Moscow.",
            [("9 May", "DATE", "2024-05-09"), ("Victory Day", "DATE", "2024-05-09")],
            id="lead_with_a_colon",
        ),
    ],
)
def test_national_holiday_after_a_comma_only_on_its_day(text: str, expected: list[Row]) -> None:
    """A national holiday after 'DAY,' is that day only when the day is one it is kept on."""
    assert _news(text, "2024-05-20") == expected


# ---- 5. "in as many" takes the nearest count -----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "The second team scored four goals in as many minutes.",
            [("as many minutes", "DURATION", "PT4M")],
            id="reviewer_four_goals",
        ),
        pytest.param(
            "Her third album sold two million copies in as many weeks.",
            [("as many weeks", "DURATION", "P2W")],
            id="two_million_copies",
        ),
        # look-alikes: the rank and a lone count still count
        pytest.param(
            "He suffered his second meltdown in as many years.",
            [("as many years", "DURATION", "P2Y")],
            id="rank_alone",
        ),
        pytest.param(
            "Three governments fell in as many months.",
            [("as many months", "DURATION", "P3M")],
            id="count_alone",
        ),
    ],
)
def test_as_many_takes_the_nearest_count(text: str, expected: list[Row]) -> None:
    """'in as many' is counted by the count nearest it, not the leftmost one in the sentence."""
    assert _news(text, "2024-05-10") == expected


# ---- 6. a figure compared after a weekday is no clock -------------------------------------------


@pytest.mark.parametrize(
    ("text", "day"),
    [
        pytest.param(
            "Sales on Sat 1500, down from 2000 last week.",
            ("Sat", "DATE", "2024-02-17"),
            id="reviewer_sales_down_from",
        ),
        pytest.param(
            "Footfall on Fri 1200, up from 900 the week before.",
            ("Fri", "DATE", "2024-02-16"),  # the count's day, behind (sixty-third list)
            id="footfall_up_from",
        ),
    ],
)
def test_figure_compared_after_a_weekday_is_no_clock(text: str, day: Row) -> None:
    """A four-digit figure after a weekday and a comma that compares it is no clock time."""
    rows = _news(text)
    assert day in rows
    assert not [row for row in rows if row[1] == "TIME"]


def test_figure_compared_is_no_year() -> None:
    """The figures of 'Sat 1500, down from 2000' are no years."""
    assert _news("Sales on Sat 1500, down from 2000 last week.") == [
        ("Sat", "DATE", "2024-02-17"),
        ("last week", "DATE", "2024-W07"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Kickoff Sat 1400", [("Sat 1400", "TIME", "2024-02-24T14:00")], id="end_of_line"
        ),
        pytest.param(
            "Kickoff Sat 1400.", [("Sat 1400", "TIME", "2024-02-24T14:00")], id="full_stop"
        ),
        pytest.param(
            "Training Tue 1830, pitch 2",
            [("Tue 1830", "TIME", "2024-02-20T18:30")],
            id="comma_then_a_place",
        ),
    ],
)
def test_a_club_clock_after_a_weekday_stays(text: str, expected: list[Row]) -> None:
    """A club's four-digit clock after a weekday ends its clause or goes on to a place."""
    assert _news(text) == expected


# ---- 7. one order of granularities; a rule's flag, not its id ----------------------------------


def test_coarse_order_runs_from_the_coarsest() -> None:
    """COARSE_ORDER is defined once, coarsest first: a millennium before a year before a day."""
    assert COARSE_ORDER[0] is Granularity.MILLENNIUM
    assert COARSE_ORDER[-1] is Granularity.SECOND
    assert COARSE_ORDER.index(Granularity.YEAR) < COARSE_ORDER.index(Granularity.DAY)


def test_month_named_is_a_flag_of_the_rule() -> None:
    """The nth weekday of a month written out carries month_named in its rule's slots."""
    rules = {rule.id: rule for rule in load_grammar().rules}
    assert rules["date.nth_weekday_of_month"].slots.get("month_named") == "true"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "The second Sunday of November is for remembering.",
            [("The second Sunday of November", "DATE", "XXXX-11")],
            id="written_out",
        ),
        # look-alike: a holiday's name keeps its country's month unsaid
        pytest.param("Mother's Day is always fun.", [("Mother's Day", "DATE", "XXXX-XX-XX")]),
    ],
)
def test_nth_weekday_in_no_year(text: str, expected: list[Row]) -> None:
    """In no year the nth weekday written out is of its month; a holiday's name is not."""
    assert mentions(text, dct=None, genre="news") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Sales rose to 1500, up from 1200 a year earlier.",
            [("a year earlier", "DATE", "2023")],
            id="rose_to_up_from",
        ),
        pytest.param(
            "Footfall fell to 1850 on Friday, down from 2100.",
            [("Friday", "DATE", "2024-02-16")],
            id="fell_to_down_from",
        ),
        pytest.param("The number of cases rose from 1200 to 1500.", [], id="rose_from_to"),
        # look-alikes: a year's level, a span of two years, a year after another verb
        pytest.param(
            "Emissions fell to 2019 levels.", [("2019", "DATE", "2019")], id="year_levels"
        ),
        pytest.param(
            "Sales rose from 1990 to 1995 and then fell.",
            [("1990", "DATE", "1990"), ("1995", "DATE", "1995")],
            id="span_of_years",
        ),
        pytest.param(
            "Growth was 36 percent compared with 2004.",
            [("2004", "DATE", "2004")],
            id="compared_with_a_year",
        ),
    ],
)
def test_a_figure_a_level_rose_or_fell_to_is_no_year(text: str, expected: list[Row]) -> None:
    """A four-digit figure after "rose to", "fell from", "up from" or "down from" is a level,
    no year (the reviewer's mender noticed "Sales rose to 1500, up from 1200" read as years)."""
    assert mentions(text, dct="2024-02-20", genre="news") == expected
