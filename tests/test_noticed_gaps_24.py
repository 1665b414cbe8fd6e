"""Gaps noticed in session 13, twenty-fourth list: narratives and clinical notes.

Histories coordinate units that share one head noun ("the 11th and 12th centuries", "the 5th
and 4th millennia BC", "the third and fourth quarters"): each member is its own date, the
first with the article, the last with the head noun, as the project already tags "the 14th" and
"15th centuries", "the spring" and "summer of 1943", "5" and "6 July" (tests/test_war.py,
tests/test_coordination.py: each conjunct its own TIMEX3, the shared words with the member they
stand beside). Chronicles date by the church's seasons and movable feasts with a year ("in
Lent 1095", "during Advent 1914", "at Pentecost 1220"); a season is dated, as Ramadan is, by
its first day (Ash Wednesday, Advent Sunday). A history's range of first-millennium years
("reigned from 871 to 899", "was written between 850 and 880") gives two dates, as "from 1337
to 1453" does, while a count ("numbered between 300 and 400.") stays a number; "the Seven
Years' campaign" is a name, as "the Seven Years' War" is. Clinical notes date an order with no
preposition ("Started Keflex 3/12.", "Seen in clinic 3/14"), write durations tersely ("Fever
x3d."), compare with a sign ("> 10 years ago", as "more than 10 years ago"), date a culture's
final report ("final 06/15") and list clock times ("given at 1900 , 1920 and 1940").
"""

from __future__ import annotations

import pytest
from passages import ModRow, Row, mentions, mentions_with_mods

# ---- narrative: units coordinated under one head noun ---------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "The abbey church was rebuilt in the 11th and 12th centuries.",
            [("11th", "DATE", "10"), ("12th centuries", "DATE", "11")],
            id="11th_and_12th_centuries",
        ),
        pytest.param(
            "Greek colonies flourished there in the 5th and 4th centuries BC.",
            [("5th", "DATE", "-05"), ("4th centuries BC", "DATE", "-04")],
            id="5th_and_4th_centuries_bc",
        ),
        pytest.param(
            "Jazz clubs lined the street in the 1920s and 1930s.",
            [("the 1920s", "DATE", "192"), ("1930s", "DATE", "193")],
            id="1920s_and_1930s",
        ),
        pytest.param(
            "Farming villages spread along the river in the 6th and 5th millennia BC.",
            [("6th", "DATE", "-6"), ("5th millennia BC", "DATE", "-5")],
            id="6th_and_5th_millennia_bc",
        ),
        pytest.param(
            "Writing appeared in the fourth and third millennia BC.",
            [("fourth", "DATE", "-4"), ("third millennia BC", "DATE", "-3")],
            id="fourth_and_third_millennia_bc",
        ),
        # look-alikes: ordinals coordinated before another head are no dates
        pytest.param(
            "The 11th and 12th floors of the tower were closed.",
            [],
            id="floors",
        ),
        pytest.param(
            "The 5th and 6th grades sang at the assembly.",
            [],
            id="grades",
        ),
        pytest.param(
            "She finished 11th and 12th in the two races.",
            [],
            id="places_in_a_race",
        ),
    ],
)
def test_units_coordinated_under_one_head_in_a_history(text: str, expected: list[Row]) -> None:
    """Two centuries, decades or millennia under one head noun are two dates: the first member
    keeps the article, the last the head noun and the era ("the 6th" and "5th millennia BC");
    ordinals before "floors", "grades" or a race's places are no dates."""
    assert mentions(text, genre="narrative") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "The company expects profits to improve in the third and fourth quarters.",
            [("third", "DATE", "2019-Q3"), ("fourth quarters", "DATE", "2019-Q4")],
            id="third_and_fourth_quarters",
        ),
        pytest.param(
            "Sales fell in the first and second quarters of 2018, the company said Tuesday.",
            [
                ("first", "DATE", "2018-Q1"),
                ("second quarters of 2018", "DATE", "2018-Q2"),
                ("Tuesday", "DATE", "2019-05-07"),
            ],
            id="first_and_second_quarters_of_2018",
        ),
        # look-alikes: a game's quarters and a team's quarterbacks
        pytest.param(
            "The Giants cut their third and fourth quarterbacks.",
            [],
            id="quarterbacks",
        ),
        pytest.param(
            "The city's third and fourth quarters were flooded.",
            [],
            id="a_citys_quarters",
        ),
    ],
)
def test_quarters_coordinated_under_one_head_in_news(text: str, expected: list[Row]) -> None:
    """A report's "the third and fourth quarters" are two quarters of the year, "the first and
    second quarters of 2018" two of 2018 (the year written once, on the last); a city's
    quarters and a team's quarterbacks are no dates."""
    assert mentions(text, dct="2019-05-07", genre="news") == expected


# ---- narrative: church seasons and movable feasts with a year ----------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Urban II preached the crusade in Lent 1095 and at Clermont in November.",
            [("Lent 1095", "DATE", "1095-02-07"), ("November", "DATE", "1095-11")],
            id="in_lent_1095",
        ),
        pytest.param(
            "The offensive stalled during Advent 1914, and the guns fell silent at Christmas.",
            [("Advent 1914", "DATE", "1914-11-29"), ("Christmas", "DATE", "1914-12-25")],
            id="during_advent_1914",
        ),
        pytest.param(
            "The council met at Pentecost 1220 in Frankfurt.",
            [("Pentecost 1220", "DATE", "1220-05-17")],
            id="at_pentecost_1220",
        ),
        pytest.param(
            "The city was besieged in Holy Week 1453.",
            [("Holy Week 1453", "DATE", "1453-W13")],
            id="in_holy_week_1453",
        ),
        pytest.param(
            "The rebels rose in Easter Week 1916.",
            [("Easter Week 1916", "DATE", "1916-W16")],
            id="easter_week_1916",
        ),
        # look-alikes: the verb "lent", "the advent of", an Advent calendar
        pytest.param(
            "The bank lent 1095 pounds to the abbey.",
            [],
            id="lent_the_verb",
        ),
        pytest.param(
            "The advent of the railway in 1845 changed the town.",
            [("1845", "DATE", "1845")],
            id="the_advent_of",
        ),
        pytest.param(
            "Lent money by his brother, he sailed for Boston in 1850.",
            [("1850", "DATE", "1850")],
            id="lent_opening_a_sentence",
        ),
    ],
)
def test_church_seasons_with_a_year(text: str, expected: list[Row]) -> None:
    """A chronicle's "Lent 1095" is the season before Easter of 1095, dated by its first day
    (Ash Wednesday, 7 February by the Julian computus), "Advent 1914" by Advent Sunday (29
    November), as "Ramadan 2024" is by its first day, while "Holy Week 1453" and "Easter Week
    1916" are weeks, the ISO week holding Easter Sunday (tests/test_noticed_gaps_56.py); "lent
    1095 pounds" and "the advent of the railway" are no seasons."""
    assert mentions(text, genre="narrative") == expected


def test_lent_in_news_is_the_years_lent() -> None:
    """A story dated in January: "will fast during Lent" is the coming Lent of that year, from
    Ash Wednesday, 14 February 2024."""
    text = "Parishes will fast during Lent, the bishop said."
    assert mentions(text, dct="2024-01-10", genre="news") == [("Lent", "DATE", "2024-02-14")]


# ---- narrative: a range of first-millennium years; a campaign's name ---------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Alfred reigned from 871 to 899.",
            [("871", "DATE", "0871"), ("899", "DATE", "0899")],
            id="reigned_from_to",
        ),
        pytest.param(
            "Offa ruled Mercia between 757 and 796.",
            [("757", "DATE", "0757"), ("796", "DATE", "0796")],
            id="an_object_between_the_verb_and_the_range",
        ),
        pytest.param(
            "Offa ruled between 757 and 796.",
            [("757", "DATE", "0757"), ("796", "DATE", "0796")],
            id="ruled_between_and",
        ),
        pytest.param(
            "The chronicle was compiled between 890 and 899 at Winchester.",
            [("890", "DATE", "0890"), ("899", "DATE", "0899")],
            id="compiled_between_at_a_place",
        ),
        pytest.param(
            "The Book of Kells was written between 750 and 800, probably on Iona.",
            [("750", "DATE", "0750"), ("800", "DATE", "0800")],
            id="written_between",
        ),
        # look-alikes: counts, measures and scores in the same shape
        pytest.param(
            "His army numbered between 300 and 400.",
            [],
            id="numbered_between",
        ),
        pytest.param(
            "The garrison was reduced from 400 to 300.",
            [],
            id="reduced_from_to",
        ),
        pytest.param(
            "The walls rose from 300 to 400 feet.",
            [],
            id="feet",
        ),
        pytest.param(
            "Losses ranged between 200 and 300.",
            [],
            id="ranged_between",
        ),
    ],
)
def test_a_range_of_first_millennium_years(text: str, expected: list[Row]) -> None:
    """A reign or a book dated "from 871 to 899" or "between 757 and 796" gives two dates, as
    "from 1337 to 1453" does; a count ("numbered between 300 and 400", "reduced from
    400 to 300", "300 to 400 feet") stays a number."""
    assert mentions(text, genre="narrative") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Frederick led the Seven Years' campaign against Austria from 1756.",
            [("1756", "DATE", "1756")],
            id="seven_years_campaign",
        ),
        pytest.param(
            "The Seven Years' War ended in 1763.",
            [("1763", "DATE", "1763")],
            id="seven_years_war",
        ),
        pytest.param(
            "McClellan's army was driven back in the Seven Days campaign of 1862.",
            [("1862", "DATE", "1862")],
            id="seven_days_campaign",
        ),
        pytest.param(
            "The campaign lasted seven years.",
            [("seven years", "DURATION", "P7Y")],
            id="a_campaign_lasting_seven_years",
        ),
    ],
)
def test_a_campaign_named_by_its_length_is_no_duration(text: str, expected: list[Row]) -> None:
    """ "the Seven Years' campaign" and "the Seven Days campaign" are names, as "the Seven
    Years' War" is; a campaign that "lasted seven years" lasts."""
    assert mentions(text, genre="narrative") == expected


# ---- clinical notes ---------------------------------------------------------------------------

NOTE = "PROGRESS NOTE 03/20/2019\n"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Cellulitis of the left leg. Started Keflex 3/12. Afebrile.",
            [("3/12", "DATE", "2019-03-12")],
            id="started_keflex",
        ),
        pytest.param(
            "Seen in clinic 3/14 for follow up of a rash.",
            [("3/14", "DATE", "2019-03-14")],
            id="seen_in_clinic",
        ),
        pytest.param(
            "Stopped lisinopril 3/15 for a cough.",
            [("3/15", "DATE", "2019-03-15")],
            id="stopped_lisinopril",
        ),
        # look-alikes: a score and a ratio after a word
        pytest.param(
            "Pain 3/10 at rest.",
            [],
            id="a_pain_score",
        ),
        pytest.param(
            "Strength 4/5 in the left leg.",
            [],
            id="a_strength_grade",
        ),
    ],
)
def test_a_notes_order_dated_without_a_preposition(text: str, expected: list[Row]) -> None:
    """In a note dated 03/20/2019, "Started Keflex 3/12.", "Stopped lisinopril 3/15" and "Seen
    in clinic 3/14" date the order and the visit with no "on"; "Pain 3/10" and "Strength 4/5"
    are scores."""
    assert mentions(NOTE + text)[1:] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("Fever x3d.", [("x3d", "DURATION", "P3D")], id="x3d"),
        pytest.param("Cough x2wks, no fever.", [("x2wks", "DURATION", "P2W")], id="x2wks"),
        pytest.param("Fever x 3 days.", [("3 days", "DURATION", "P3D")], id="x_3_days"),
        pytest.param("Vomiting x3 today.", [("today", "DATE", "2019-03-20")], id="x3_a_count"),
    ],
)
def test_a_terse_duration_after_x(text: str, expected: list[Row]) -> None:
    """ "Fever x3d." lasts three days as "x 3 days" does; "Vomiting x3" counts episodes."""
    assert mentions(NOTE + text)[1:] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Former smoker, quit > 10 years ago.",
            [("> 10 years ago", "DATE", "2009", "MORE_THAN")],
            id="sign_with_a_space",
        ),
        pytest.param(
            "Former smoker, quit >10 years ago.",
            [(">10 years ago", "DATE", "2009", "MORE_THAN")],
            id="sign_without_a_space",
        ),
        pytest.param(
            "Former smoker, quit more than 10 years ago.",
            [("more than 10 years ago", "DATE", "2009", "MORE_THAN")],
            id="more_than_in_words",
        ),
        pytest.param(
            "Last colonoscopy < 5 years ago.",
            [("< 5 years ago", "DATE", "2014", "LESS_THAN")],
            id="less_than_sign",
        ),
    ],
)
def test_a_sign_before_years_ago_is_a_mod(text: str, expected: list[ModRow]) -> None:
    """ "> 10 years ago" is "more than 10 years ago": the year ten years back with mod
    MORE_THAN (the sign inside the extent, as "more than" is); "< 5 years ago" LESS_THAN."""
    assert mentions_with_mods(NOTE + text)[1:] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Blood cultures drawn 3/14: final 3/18 no growth.",
            [("3/14", "DATE", "2019-03-14"), ("3/18", "DATE", "2019-03-18")],
            id="final_after_a_colon",
        ),
        pytest.param(
            "Urine culture prelim 3/16, final 3/18: E. coli.",
            [("3/16", "DATE", "2019-03-16"), ("3/18", "DATE", "2019-03-18")],
            id="prelim_and_final",
        ),
        # look-alike: a final score
        pytest.param(
            "Mini-Cog final 3/5.",
            [],
            id="a_final_score",
        ),
    ],
)
def test_a_cultures_final_report_date(text: str, expected: list[Row]) -> None:
    """A culture's "prelim 3/16, final 3/18" dates its preliminary and final reports; a
    screening's "final 3/5" is a score."""
    assert mentions(NOTE + text)[1:] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Nebulizer x 3 given at 1900 , 1920 and 1940 .",
            [
                ("1900", "TIME", "2019-03-20T19:00"),
                ("1920", "TIME", "2019-03-20T19:20"),
                ("1940", "TIME", "2019-03-20T19:40"),
            ],
            id="tokenized_list",
        ),
        pytest.param(
            "Morphine given at 0200, 0400 and 0600.",
            [
                ("0200", "TIME", "2019-03-20T02:00"),
                ("0400", "TIME", "2019-03-20T04:00"),
                ("0600", "TIME", "2019-03-20T06:00"),
            ],
            id="leading_zeros",
        ),
    ],
)
def test_a_list_of_clock_times_in_a_note(text: str, expected: list[Row]) -> None:
    """In a note, "given at 1900 , 1920 and 1940" lists three clock times of its day."""
    assert mentions(NOTE + text)[1:] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "The party won elections in 1900, 1920 and 1940.",
            [("1900", "DATE", "1900"), ("1920", "DATE", "1920"), ("1940", "DATE", "1940")],
            id="elections_in_news",
        ),
    ],
)
def test_a_list_of_years_in_news_stays_years(text: str, expected: list[Row]) -> None:
    """A news story's "in 1900, 1920 and 1940" lists years, not clock times."""
    assert mentions(text, dct="2019-03-20", genre="news") == expected
