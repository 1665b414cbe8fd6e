"""Gaps noticed in session 15, twenty-ninth list: narratives.

A month before a count of one or two digits is the month, as one before three is ("In May 30
soldiers deserted", "In June 12 ships were lost"): "in" never dates a day ("on May 30" does),
so a day-sized number after "In May" that counts a plural noun is a count; "On May 30 soldiers
deserted", "On May 30 the army attacked" and "By June 12 the fleet had sailed" keep their day.
A date written without a space after the comma ("May 1,2019") is still one date, and a
four-digit number before the people it counts ("Police arrested 1200 protesters") is no year.
A holiday that is the subject of its own founding ("Remembrance Sunday was instituted in 1919",
"Anzac Day was made a public holiday in 1927") is the holiday as it is kept, in no one year, as
one "celebrated ever since" is (tests/test_noticed_gaps_26.py), while one first held on a day
is that day's ("Armistice Day was first observed on 11 November 1919"); a time of day
after a yearly set in the same sentence is of any of the set's days ("Every year on Anzac Day,
crowds gather at dawn"), not of the story's. A year inside a name is tagged as TimeBank tags
"the 1990 Clean Air Act": "the 1914–15 Star" gives both years, "the Class of 1914" its year.
A range of first-millennium years after a long object ("ruled the kingdom of Mercia and much
of southern England between 757 and 796") is dated as after a short one.
"""

from __future__ import annotations

import pytest
from passages import Row, mentions

# ---- a month before a count of one or two digits ------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "The army reached Vilna in January 1813. In May 30 soldiers deserted.",
            [("January 1813", "DATE", "1813-01"), ("May", "DATE", "1813-05")],
            id="in_may_30_soldiers",
        ),
        pytest.param(
            "The fleet left port in March 1916. In June 12 ships were lost to mines.",
            [("March 1916", "DATE", "1916-03"), ("June", "DATE", "1916-06")],
            id="in_june_12_ships",
        ),
        pytest.param(
            "The siege of Constantinople began in 1453. In April 7 galleys ran the blockade.",
            [("1453", "DATE", "1453"), ("April", "DATE", "1453-04")],
            id="in_april_7_galleys",
        ),
        pytest.param(
            "The army reached Vilna in January 1813. In May 20 men of the Guard deserted.",
            [("January 1813", "DATE", "1813-01"), ("May", "DATE", "1813-05")],
            id="in_may_20_men",
        ),
        # a day after "on" or "by", and a day with its year, keep their reading
        pytest.param(
            "The army reached Vilna in January 1813. On May 30 the army attacked.",
            [("January 1813", "DATE", "1813-01"), ("May 30", "DATE", "1813-05-30")],
            id="on_may_30_the_army",
        ),
        pytest.param(
            "The army reached Vilna in January 1813. On May 30 soldiers deserted.",
            [("January 1813", "DATE", "1813-01"), ("May 30", "DATE", "1813-05-30")],
            id="on_may_30_soldiers",
        ),
        pytest.param(
            "On May 30, 1918, the Germans reached the Marne.",
            [("May 30, 1918", "DATE", "1918-05-30")],
            id="on_may_30_1918",
        ),
        pytest.param(
            "The fleet was ready in May 1916. By June 12 the fleet had sailed.",
            [("May 1916", "DATE", "1916-05"), ("June 12", "DATE", "1916-06-12")],
            id="by_june_12_the_fleet",
        ),
        pytest.param(
            "The fleet was ready in May 1916. In June 12 was chosen for the sortie.",
            [("May 1916", "DATE", "1916-05"), ("June 12", "DATE", "1916-06-12")],
            id="june_12_before_a_verb",
        ),
    ],
)
def test_a_month_before_a_small_count_is_the_month(text: str, expected: list[Row]) -> None:
    """ "In May 30 soldiers deserted": May, not 30 May, as "In March 300 soldiers" is March;
    "On May 30 soldiers deserted", "On May 30 the army attacked", "By June 12 the fleet" and
    "May 30, 1918" are days."""
    assert mentions(text, genre="narrative") == expected


# ---- a date without a space after its comma; a four-digit count of people ------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "The law took effect on May 1,2019 after a long debate.",
            [("May 1,2019", "DATE", "2019-05-01")],
            id="may_1_comma_2019",
        ),
        pytest.param(
            "The treaty was signed on September 12,1919 at Saint-Germain.",
            [("September 12,1919", "DATE", "1919-09-12")],
            id="september_12_comma_1919",
        ),
        pytest.param(
            "The law took effect on May 1, 2019 after a long debate.",
            [("May 1, 2019", "DATE", "2019-05-01")],
            id="may_1_comma_space_2019",
        ),
        pytest.param(
            "Police arrested 1200 protesters.",
            [],
            id="arrested_1200_protesters",
        ),
        pytest.param(
            "Police detained 1400 demonstrators in the capital in 1968.",
            [("1968", "DATE", "1968")],
            id="detained_1400_demonstrators",
        ),
        # a year before the people of that year stays a year; a count with separators too
        pytest.param(
            "The 1968 protesters were later pardoned.",
            [("1968", "DATE", "1968")],
            id="the_1968_protesters",
        ),
        pytest.param(
            "In May 1,200 troops landed.",
            [("May", "DATE", "XXXX-05")],
            id="may_1200_troops",
        ),
    ],
)
def test_a_date_glued_to_its_year_and_a_four_digit_count(text: str, expected: list[Row]) -> None:
    """ "May 1,2019" is 1 May 2019 (the comma glues no thousands: "1,2019" is no number);
    "arrested 1200 protesters" counts people, no year nor clock time; "The 1968 protesters"
    are of 1968."""
    assert mentions(text, genre="narrative") == expected


# ---- a holiday as the subject of its founding ----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "The war ended in 1918. Remembrance Sunday was instituted in 1919.",
            [
                ("1918", "DATE", "1918"),
                ("Remembrance Sunday", "DATE", "XXXX-11"),
                ("1919", "DATE", "1919"),
            ],
            id="remembrance_sunday_instituted",
        ),
        pytest.param(
            "The war ended in 1918. Armistice Day was first observed on 11 November 1919.",
            [
                ("1918", "DATE", "1918"),
                ("Armistice Day", "DATE", "1919-11-11"),
                ("11 November 1919", "DATE", "1919-11-11"),
            ],
            id="armistice_day_first_observed_on_its_day",
        ),
        pytest.param(
            "The landing was made on 25 April 1915. Anzac Day was first commemorated in 1916.",
            [
                ("25 April 1915", "DATE", "1915-04-25"),
                ("Anzac Day", "DATE", "1916-04-25"),
                ("1916", "DATE", "1916"),
            ],
            id="anzac_day_first_commemorated_in_a_year",
        ),
        pytest.param(
            "The landing was made on 25 April 1915. Anzac Day was made a public holiday in 1927.",
            [
                ("25 April 1915", "DATE", "1915-04-25"),
                ("Anzac Day", "DATE", "XXXX-04-25"),
                ("1927", "DATE", "1927"),
            ],
            id="anzac_day_made_a_public_holiday",
        ),
        pytest.param(
            "The war ended in 1918. Mother's Day was established in 1914.",
            [
                ("1918", "DATE", "1918"),
                ("Mother's Day", "DATE", "XXXX-XX-XX"),
                ("1914", "DATE", "1914"),
            ],
            id="mothers_day_established",
        ),
        # kept in one year of the story, a holiday is that year's; a name that founded is no
        # holiday's
        pytest.param(
            "Edward III returned from France in 1348. The Order was founded on 23 April.",
            [("1348", "DATE", "1348"), ("23 April", "DATE", "1348-04-23")],
            id="the_order_founded_on_23_april",
        ),
        pytest.param(
            "The armistice was signed on 11 November 1918. Christmas was celebrated in the "
            "trenches.",
            [("11 November 1918", "DATE", "1918-11-11"), ("Christmas", "DATE", "1918-12-25")],
            id="christmas_celebrated_in_the_trenches",
        ),
        pytest.param(
            "The landing was made on 25 April 1915. On Anzac Day 1916 crowds gathered in London.",
            [("25 April 1915", "DATE", "1915-04-25"), ("Anzac Day 1916", "DATE", "1916-04-25")],
            id="anzac_day_1916",
        ),
    ],
)
def test_a_holiday_founded_is_the_holiday_in_any_year(text: str, expected: list[Row]) -> None:
    """ "Remembrance Sunday was instituted in 1919", "Anzac Day was made a public holiday in
    1927": the holiday founded is the holiday as it is kept (XXXX-04-25; a movable one
    XXXX-XX-XX, or XXXX-11 when its month is the same wherever it is kept), not the one of the
    story's year, as one "celebrated ever since" is. One first held on a day or in a year is
    that day's, as tests/test_war_articles_5.py reads "The first
    Anzac Day was held in 1916" (1916-04-25) and "Armistice Day was first observed on 11
    November 1919" (1919-11-11); "Christmas was celebrated in the trenches" is the story's."""
    assert mentions(text, genre="narrative") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "The landing was made on 25 April 1915. Every year on Anzac Day, crowds gather at "
            "dawn.",
            [
                ("25 April 1915", "DATE", "1915-04-25"),
                ("Every year on Anzac Day", "SET", "XXXX-04-25"),
                ("dawn", "TIME", "XXXX-XX-XXTMO"),
            ],
            id="every_year_on_anzac_day_at_dawn",
        ),
        pytest.param(
            "The landing was made on 25 April 1915. Each Anzac Day, veterans march at 10 a.m.",
            [
                ("25 April 1915", "DATE", "1915-04-25"),
                ("Each Anzac Day", "SET", "XXXX-04-25"),
                ("10 a.m.", "TIME", "XXXX-XX-XXT10:00"),
            ],
            id="each_anzac_day_at_10",
        ),
        # a time of a day of the story keeps the story's day
        pytest.param(
            "The landing was made on 25 April 1915. The next day, they attacked at dawn.",
            [
                ("25 April 1915", "DATE", "1915-04-25"),
                ("The next day", "DATE", "1915-04-26"),
                ("dawn", "TIME", "1915-04-26TMO"),
            ],
            id="the_next_day_at_dawn",
        ),
    ],
)
def test_a_time_of_day_in_a_yearly_set_is_of_its_day(text: str, expected: list[Row]) -> None:
    """ "Every year on Anzac Day, crowds gather at dawn": a dawn of any of the set's days
    (XXXX-XX-XXTMO, as a schedule's "daily from 9 a.m." is XXXX-XX-XXT09:00), not of the day the
    story reached (1915-04-25); "The next day, they attacked at dawn" is the story's."""
    assert mentions(text, genre="narrative") == expected


# ---- years in names ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "He received the 1914–15 Star in 1920.",
            [("1914", "DATE", "1914"), ("15", "DATE", "1915"), ("1920", "DATE", "1920")],
            id="the_1914_15_star",
        ),
        pytest.param(
            "The 1939–1945 Star was awarded for six months' service.",
            [("1939", "DATE", "1939"), ("1945", "DATE", "1945"), ("six months", "DURATION", "P6M")],
            id="the_1939_1945_star",
        ),
        pytest.param(
            "The Class of 1914 lost a third of its men in France.",
            [("1914", "DATE", "1914")],
            id="the_class_of_1914",
        ),
        pytest.param(
            "The 1990 Clean Air Act was passed in November.",
            [("1990", "DATE", "1990"), ("November", "DATE", "1990-11")],
            id="the_1990_clean_air_act",
        ),
        pytest.param(
            "In the 1914–15 season no league football was played.",
            [("1914", "DATE", "1914"), ("15", "DATE", "1915")],
            id="the_1914_15_season",
        ),
    ],
)
def test_a_year_inside_a_name_is_tagged(text: str, expected: list[Row]) -> None:
    """A year in a name is a date as TimeBank tags "the 1990 Clean Air Act": "the 1914–15
    Star" gives 1914 and 1915, as "the 1914–15 season" does, and "the Class of 1914" 1914."""
    assert mentions(text, genre="narrative") == expected


# ---- a range of early years after a long object --------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Offa ruled the kingdom of Mercia between 757 and 796.",
            [("757", "DATE", "0757"), ("796", "DATE", "0796")],
            id="ruled_the_kingdom_of_mercia",
        ),
        pytest.param(
            "Offa ruled the kingdom of Mercia and much of southern England between 757 and 796.",
            [("757", "DATE", "0757"), ("796", "DATE", "0796")],
            id="ruled_mercia_and_much_of_southern_england",
        ),
        pytest.param(
            "The Danes raided the monasteries of the Northumbrian coast from 793 to 806.",
            [("793", "DATE", "0793"), ("806", "DATE", "0806")],
            id="raided_the_monasteries_of_the_coast",
        ),
        # counts after a long object stay numbers
        pytest.param(
            "Offa paid the men of his household between 300 and 400.",
            [],
            id="paid_the_men_of_his_household",
        ),
        pytest.param(
            "Offa ruled the kingdom of Mercia with between 300 and 400 thegns.",
            [],
            id="ruled_with_a_count_of_thegns",
        ),
    ],
)
def test_a_range_of_early_years_after_a_long_object(text: str, expected: list[Row]) -> None:
    """ "Offa ruled the kingdom of Mercia and much of southern England between 757 and 796"
    gives two dates, as "Offa ruled Mercia between 757 and 796" does; "paid the men of his
    household between 300 and 400" counts."""
    assert mentions(text, genre="narrative") == expected
