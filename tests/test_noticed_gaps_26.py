"""Gaps noticed in session 14, twenty-sixth list: narratives.

Histories open a sentence with the range of years it tells ("Between 850 and 880 the Danes
raided the coast") and put a verb's object between the verb and the range ("Offa ruled Mercia
between 757 and 796"): each end is a date, as the ends of "between 1850 and 1880" are, while a
count in the same shape ("Between 350 and 400 soldiers were killed", "between 757 and 796
metres") stays a number. Lists of three or more ordinals share one head noun as pairs do ("the
second, third and fourth quarters of 1943", "the 5th, 4th and 3rd centuries BC"): one date each,
the head noun and its era with the last (TimeML tags each conjunct; tests/test_coordination.py).
A month before a count is the month alone ("In March 300 soldiers deserted", "In May 1,200
troops landed"), not a day nor a year of the first millennium. "The next century" as the
subject of a history's sentence is the century after the story's, as "the following century"
is. A holiday said to have been kept "ever since" is the holiday in any year, not the one of the
story's year.
"""

from __future__ import annotations

import pytest
from passages import Row, mentions

# ---- a range of first-millennium years: at the head of a sentence, after a verb's object ------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Between 850 and 880 the Danes raided the coast of Wessex.",
            [("850", "DATE", "0850"), ("880", "DATE", "0880")],
            id="between_at_the_head_of_a_sentence",
        ),
        pytest.param(
            "The monastery was abandoned. Between 850 and 880, Viking fleets wintered on Sheppey.",
            [("850", "DATE", "0850"), ("880", "DATE", "0880")],
            id="between_after_a_sentence_with_a_comma",
        ),
        pytest.param(
            "From 871 to 899 he fought the Danes on land and sea.",
            [("871", "DATE", "0871"), ("899", "DATE", "0899")],
            id="from_to_at_the_head_of_a_sentence",
        ),
        pytest.param(
            "The Danes raided the coast between 850 and 880.",
            [("850", "DATE", "0850"), ("880", "DATE", "0880")],
            id="raided_the_coast_between",
        ),
        pytest.param(
            "Alfred ruled Wessex from 871 to 899, and his son after him.",
            [("871", "DATE", "0871"), ("899", "DATE", "0899")],
            id="ruled_a_kingdom_from_to",
        ),
        # look-alikes: counts and measures in the same shape stay numbers
        pytest.param(
            "Between 350 and 400 soldiers were killed in the raid.",
            [],
            id="between_a_count_of_soldiers",
        ),
        pytest.param(
            "Between 850 and 880 monks fled the abbey.",
            [],
            id="between_a_count_of_monks",
        ),
        pytest.param(
            "Between 200 and 300 Vikings drowned off the headland.",
            [],
            id="between_a_count_of_a_people",
        ),
        pytest.param(
            "The dyke was built between 757 and 796 metres from the river.",
            [],
            id="built_between_metres",
        ),
        pytest.param(
            "Offa paid his men between 300 and 400.",
            [],
            id="paid_between",
        ),
        pytest.param(
            "From 300 to 400 men held the ford.",
            [],
            id="from_a_count_of_men",
        ),
    ],
)
def test_a_range_of_early_years_heading_a_sentence_or_after_an_object(
    text: str, expected: list[Row]
) -> None:
    """ "Between 850 and 880 the Danes raided" and "raided the coast between 850 and 880" give
    two dates, as "Between 1850 and 1880" does; a count or a measure in the same shape
    ("Between 350 and 400 soldiers", "between 757 and 796 metres", "paid his men between 300
    and 400") is no date."""
    assert mentions(text, genre="narrative") == expected


# ---- lists of three or more ordinals under one head noun ---------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Aircraft production rose in the second, third and fourth quarters of 1943.",
            [
                ("second", "DATE", "1943-Q2"),
                ("third", "DATE", "1943-Q3"),
                ("fourth quarters of 1943", "DATE", "1943-Q4"),
            ],
            id="three_quarters_of_1943",
        ),
        pytest.param(
            "Greek colonies flourished there in the 5th, 4th and 3rd centuries BC.",
            [("5th", "DATE", "-05"), ("4th", "DATE", "-04"), ("3rd centuries BC", "DATE", "-03")],
            id="three_centuries_bc",
        ),
        pytest.param(
            "Greek colonies flourished there in the 5th, 4th, and 3rd centuries BC.",
            [("5th", "DATE", "-05"), ("4th", "DATE", "-04"), ("3rd centuries BC", "DATE", "-03")],
            id="three_centuries_bc_serial_comma",
        ),
        pytest.param(
            "Villages spread along the river in the 7th, 6th and 5th millennia BC.",
            [("7th", "DATE", "-7"), ("6th", "DATE", "-6"), ("5th millennia BC", "DATE", "-5")],
            id="three_millennia_bc",
        ),
        pytest.param(
            "The abbey church was rebuilt in the 11th, 12th and 13th centuries.",
            [("11th", "DATE", "10"), ("12th", "DATE", "11"), ("13th centuries", "DATE", "12")],
            id="three_centuries",
        ),
        # look-alikes: ordinals coordinated before another head are no dates
        pytest.param(
            "The 3rd, 4th and 5th floors of the keep were burned.",
            [],
            id="floors",
        ),
        pytest.param(
            "The home side scored in the second, third and fourth quarters of the game.",
            [],
            id="quarters_of_a_game",
        ),
        pytest.param(
            "She finished 5th, 4th and 3rd in the three races.",
            [],
            id="places_in_races",
        ),
    ],
)
def test_three_ordinals_under_one_head_noun(text: str, expected: list[Row]) -> None:
    """Three quarters, centuries or millennia under one head noun are three dates, as two
    are: the middle member alone, the last with the head noun, the year or the era ("the 5th,
    4th and 3rd centuries BC" are all before Christ); floors, a game's quarters and a race's
    places are no dates."""
    assert mentions(text, genre="narrative") == expected


# ---- a month before a count ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "In January 1813 the army reached Vilna. In March 300 soldiers deserted.",
            [("January 1813", "DATE", "1813-01"), ("March", "DATE", "1813-03")],
            id="march_300_soldiers",
        ),
        pytest.param(
            "The Allies landed at Anzio in January 1944. In May 1,200 troops were sent to "
            "reinforce the beachhead.",
            [("January 1944", "DATE", "1944-01"), ("May", "DATE", "1944-05")],
            id="may_1200_troops",
        ),
        pytest.param(
            "The Allies landed at Anzio in January 1944. On May 1, 200 troops were sent to "
            "reinforce the beachhead.",
            [("January 1944", "DATE", "1944-01"), ("May 1", "DATE", "1944-05-01")],
            id="may_1_then_a_count",
        ),
        # a month's year and a month's day keep their reading
        pytest.param(
            "In March 1918 the German offensive began.",
            [("March 1918", "DATE", "1918-03")],
            id="march_1918",
        ),
        pytest.param(
            "The offensive had begun in 1918. On March 30 the Germans reached Moreuil.",
            [("1918", "DATE", "1918"), ("March 30", "DATE", "1918-03-30")],
            id="on_march_30",
        ),
        pytest.param(
            "The Danes took York in November 866. In March 867 the Northumbrians attacked.",
            [("November 866", "DATE", "0866-11"), ("March 867", "DATE", "0867-03")],
            id="march_867_a_year",
        ),
    ],
)
def test_a_month_before_a_count_is_the_month(text: str, expected: list[Row]) -> None:
    """ "In March 300 soldiers deserted": the month, not a year 300 nor a day; "In May 1,200
    troops": May, not 1 May; "On May 1, 200 troops" is the day; "March 1918", "March 867 the
    Northumbrians" and "March 30" keep their year and day."""
    assert mentions(text, genre="narrative") == expected


# ---- the next century as a sentence's subject -------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Constantinople fell to the Ottomans in 1453. The next century saw the empire reach "
            "Vienna.",
            [("1453", "DATE", "1453"), ("The next century", "DATE", "15")],
            id="the_next_century_saw",
        ),
        pytest.param(
            "The first railway opened in 1830. The next decade brought lines to every large town.",
            [("1830", "DATE", "1830"), ("The next decade", "DATE", "184")],
            id="the_next_decade_brought",
        ),
        # a span: after "over", or told ahead
        pytest.param(
            "Constantinople fell to the Ottomans in 1453. Over the next century the empire "
            "reached Vienna.",
            [("1453", "DATE", "1453"), ("the next century", "DURATION", "P100Y")],
            id="over_the_next_century",
        ),
        pytest.param(
            "The next century will bring higher seas to the delta.",
            [("The next century", "DURATION", "P100Y")],
            id="the_next_century_will",
        ),
    ],
)
def test_the_next_century_told_in_the_past_is_the_century_after(
    text: str, expected: list[Row]
) -> None:
    """ "The next century saw" after 1453 is the sixteenth century (15), "The next decade
    brought" after 1830 the 1840s, as "the following century" is (tests/test_noticed_gaps_22.py
    has "In 410 ... The next century saw"); "over the next century" and "The next century will"
    are a hundred years' span."""
    assert mentions(text, genre="narrative") == expected


# ---- a holiday kept ever since ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "The Declaration was signed on July 4, 1776. Independence Day has been celebrated "
            "ever since.",
            [("July 4, 1776", "DATE", "1776-07-04"), ("Independence Day", "DATE", "XXXX-07-04")],
            id="independence_day_celebrated_ever_since",
        ),
        pytest.param(
            "The guns fell silent in November 1918. Armistice Day has been observed every year "
            "since.",
            [
                ("November 1918", "DATE", "1918-11"),
                ("Armistice Day", "DATE", "XXXX-11-11"),
                ("every year", "SET", "P1Y"),
            ],
            id="armistice_day_observed_every_year_since",
        ),
        # told in the past, the holiday is the story's
        pytest.param(
            "The strike ended in 1920. Christmas has been cancelled in the town.",
            [("1920", "DATE", "1920"), ("Christmas", "DATE", "1920-12-25")],
            id="christmas_cancelled",
        ),
        pytest.param(
            "The Declaration was signed on July 4, 1776. On Independence Day 1777, "
            "Philadelphia rang its bells.",
            [
                ("July 4, 1776", "DATE", "1776-07-04"),
                ("Independence Day 1777", "DATE", "1777-07-04"),
            ],
            id="independence_day_1777",
        ),
        pytest.param(
            "The armistice was signed on 11 November 1918. Christmas that year was quiet.",
            [
                ("11 November 1918", "DATE", "1918-11-11"),
                ("Christmas", "DATE", "1918-12-25"),
                ("that year", "DATE", "1918"),
            ],
            id="christmas_that_year",
        ),
    ],
)
def test_a_holiday_kept_ever_since_is_any_years(text: str, expected: list[Row]) -> None:
    """A holiday that "has been celebrated ever since" the day it remembers is the holiday as
    it is kept, in no one year (XXXX-07-04), as "Independence Day is celebrated every year"
    is; one told in the past, or "cancelled", keeps the story's year."""
    assert mentions(text, genre="narrative") == expected
