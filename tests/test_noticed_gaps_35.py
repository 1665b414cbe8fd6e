"""Gaps noticed in session 17, thirty-fifth list: narratives.

Chronologies in the style of Wikipedia's "Timeline of ..." articles and histories whose
sources disagree, read as narratives with no document date (as tests/test_war_histories_23.py
and tests/test_noticed_gaps_32.py read them):
- a day alone opening an entry under a month heading is a day of that month, also when the
  entry names a day of its own after the dash ("=== June === / 6 – D-Day.": 6 June; the entry
  is no range from the 6th to D-Day);
- "Night of 5/6 June:" opening an entry is the two days, as "the night of 5/6 June 1944" in
  prose is (TimeBank tags the date of "the night of Oct. 23", not the night);
- "Same day:" after an entry with a range ("28 June – 4 July: ...") is the day last
  mentioned, the range's end, as "the same day" is in TimeML's reading;
- a month alone on its line under a year heading ("1944 / June / 4 – ...") is a heading of its
  own, not the first half of a date joined across the line break ("June\\n4"); the days under
  it are of that month;
- a year of three digits alone on its line over entries ("871 / January: ... / May: ...") is
  a year heading as one of four is: the entries are of 871;
- a year a source gives ("Later annals give 794.", "Johnson gives 150.") after a date in the
  passage is a year; in a passage about numbers, a count;
- a modern historian's "now" ("most scholars now date it to 794") is PRESENT_REF and no step
  of the story: "Two years later" counts from 794;
- a month and its alternative in brackets before their year ("in October (or November)
  1066") are two months of that year, as "on 14 (or 15) October 1066" is two days;
- a month a span of years ended in ("fiscal year 2002/03 ended in June", "The war lasted from
  1914 to 1918 and ended in November") is of the span's last year; one it began in, of its
  first;
- "In AD 60 or 61, soldiers ..." is two years, "60 or 61 soldiers" a count.
"""

from __future__ import annotations

import pytest
from passages import Row, mentions


def _narrative(text: str) -> list[Row]:
    return mentions(text, genre="narrative")


# ---- 1. chronology lines -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "== 1944 ==\n=== June ===\n5 June: Eisenhower gives the order.\n6 – D-Day.\n"
            "7 – Bayeux is liberated.\n",
            [
                ("1944", "DATE", "1944"),
                ("June", "DATE", "1944-06"),
                ("5 June", "DATE", "1944-06-05"),
                ("6", "DATE", "1944-06-06"),
                ("D-Day", "DATE", "1944-06-06"),
                ("7", "DATE", "1944-06-07"),
            ],
            id="under_a_month_heading_in_a_year",
        ),
        pytest.param(
            "== June 1944 ==\n6 – D-Day: Allied forces land in Normandy.\n12 – Carentan falls.\n",
            [
                ("June 1944", "DATE", "1944-06"),
                ("6", "DATE", "1944-06-06"),
                ("D-Day", "DATE", "1944-06-06"),
                ("12", "DATE", "1944-06-12"),
            ],
            id="under_june_1944",
        ),
        pytest.param(
            "== 1914 ==\n=== December ===\n24 – Christmas Eve truce begins along the front.\n"
            "25 – Christmas Day: football in no man's land.\n",
            [
                ("1914", "DATE", "1914"),
                ("December", "DATE", "1914-12"),
                ("24", "DATE", "1914-12-24"),
                ("Christmas Eve", "DATE", "1914-12-24"),
                ("25", "DATE", "1914-12-25"),
                ("Christmas Day", "DATE", "1914-12-25"),
            ],
            id="holidays_after_the_day",
        ),
        # a range whose first end is a day alone still takes the second end's month
        pytest.param(
            "The landings were planned for 5 – 7 June 1944.",
            [("5", "DATE", "1944-06-05"), ("7 June 1944", "DATE", "1944-06-07")],
            id="a_spaced_range_of_days",
        ),
    ],
)
def test_a_day_alone_before_a_named_day_opens_the_entry(text: str, expected: list[Row]) -> None:
    """ "=== June === / 6 – D-Day.": the entry's day is 6 June of the heading's year, as "7 –
    Bayeux is liberated." is the 7th; the named day after the dash is no second end of a range
    that would leave the 6th without its month."""
    assert _narrative(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "1944\nNight of 5/6 June: Airborne troops land behind the beaches.\n"
            "6 June: Allied forces land in Normandy.\n",
            [
                ("1944", "DATE", "1944"),
                ("5", "DATE", "1944-06-05"),
                ("6 June", "DATE", "1944-06-06"),
                ("6 June", "DATE", "1944-06-06"),
            ],
            id="night_of_5_6_june_opening_an_entry",
        ),
        pytest.param(
            "Operation Tonga began on the night of 5/6 June 1944. The bridges over the Orne "
            "were taken intact.",
            [("5", "DATE", "1944-06-05"), ("6 June 1944", "DATE", "1944-06-06")],
            id="the_night_of_5_6_june_1944_in_prose",
        ),
        # a fraction is no night
        pytest.param(
            "1944\n5/6 of the garrison surrendered on 7 June.\n",
            [("1944", "DATE", "1944"), ("7 June", "DATE", "1944-06-07")],
            id="a_fraction",
        ),
    ],
)
def test_a_night_of_two_days_opening_an_entry(text: str, expected: list[Row]) -> None:
    """ "Night of 5/6 June:" under "1944" is the 5th and the 6th of June 1944, as "the night of
    5/6 June 1944" in prose is (the date, not the night, as TimeBank tags "the night of Oct.
    23"); "5/6 of the garrison" is a fraction."""
    assert _narrative(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "1942\n28 June – 4 July: Operation Blue opens the German summer offensive.\n"
            "Same day: The Germans reach the Don at Voronezh.\n",
            [
                ("1942", "DATE", "1942"),
                ("28 June", "DATE", "1942-06-28"),
                ("4 July", "DATE", "1942-07-04"),
                ("Same day", "DATE", "1942-07-04"),
            ],
            id="same_day_after_a_range",
        ),
        pytest.param(
            "1942\n28 June – 4 July: Operation Blue opens the German summer offensive.\n"
            "Next day – The Germans reach the Don at Voronezh.\n",
            [
                ("1942", "DATE", "1942"),
                ("28 June", "DATE", "1942-06-28"),
                ("4 July", "DATE", "1942-07-04"),
                ("Next day", "DATE", "1942-07-05"),
            ],
            id="next_day_after_a_range",
        ),
        pytest.param(
            "1942\n4 July: Sevastopol falls.\nSame day – The first American bomber crews fly "
            "over the Netherlands.\n",
            [
                ("1942", "DATE", "1942"),
                ("4 July", "DATE", "1942-07-04"),
                ("Same day", "DATE", "1942-07-04"),
            ],
            id="same_day_after_a_day",
        ),
    ],
)
def test_same_day_after_a_range_is_the_day_last_mentioned(text: str, expected: list[Row]) -> None:
    """ "28 June – 4 July: ... / Same day:" is 4 July, the day last mentioned, as "the same day"
    is in TimeML's reading; "Next day" the day after it."""
    assert _narrative(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "1944\nJune\n4 – The Allies enter Rome.\n6 – Allied forces land in Normandy.\n",
            [
                ("1944", "DATE", "1944"),
                ("June", "DATE", "1944-06"),
                ("4", "DATE", "1944-06-04"),
                ("6", "DATE", "1944-06-06"),
            ],
            id="june_under_1944",
        ),
        pytest.param(
            "1917\nMarch\n8 – Strikes begin in Petrograd.\n15 – The tsar abdicates.\n",
            [
                ("1917", "DATE", "1917"),
                ("March", "DATE", "1917-03"),
                ("8", "DATE", "1917-03-08"),
                ("15", "DATE", "1917-03-15"),
            ],
            id="march_under_1917",
        ),
        pytest.param(
            "== 1940 ==\nMay\n10: Germany invades the Low Countries.\n"
            "26: The evacuation at Dunkirk begins.\n",
            [
                ("1940", "DATE", "1940"),
                ("May", "DATE", "1940-05"),
                ("10", "DATE", "1940-05-10"),
                ("26", "DATE", "1940-05-26"),
            ],
            id="may_under_a_wiki_heading",
        ),
        # no year heading: an agenda's items and a name are no days
        pytest.param(
            "June\n1 – Welcome\n2 – Minutes of the last meeting\n",
            [],
            id="agenda",
        ),
        pytest.param(
            "Agenda for the March meeting\n1 – Welcome\n2 – Minutes\n",
            [("March", "DATE", "XXXX-03")],
            id="agenda_of_a_month",
        ),
        # a month before a day on the next line of prose, with no entry's dash, is one date
        pytest.param(
            "1944\nThe Allies entered Rome on June\n4 and pressed on north.\n",
            [("1944", "DATE", "1944"), ("June\n4", "DATE", "1944-06-04")],
            id="a_date_broken_by_a_line_wrap",
        ),
    ],
)
def test_a_month_heading_is_its_own_mention(text: str, expected: list[Row]) -> None:
    """ "1944 / June / 4 – The Allies enter Rome.": the month alone on its line is a heading of
    its own (1944-06), not the first half of "June\\n4" joined across the line break, and the
    days opening the entries under it are of June 1944; with no year heading above, "June /
    1 – Welcome" is an agenda's; a date broken by a hard wrap in prose stays one."""
    assert _narrative(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Timeline of the Viking age in England\n\n871\nJanuary: Battle of Reading.\n"
            "8 January: Battle of Ashdown.\nMay: The Danes winter at London.\n",
            [
                ("871", "DATE", "0871"),
                ("January", "DATE", "0871-01"),
                ("8 January", "DATE", "0871-01-08"),
                ("May", "DATE", "0871-05"),
            ],
            id="871_over_its_months",
        ),
        pytest.param(
            "== 878 ==\nJanuary: The Danes surprise Alfred at Chippenham.\n"
            "May: Battle of Edington.\n",
            [("878", "DATE", "0878"), ("January", "DATE", "0878-01"), ("May", "DATE", "0878-05")],
            id="a_wiki_heading_of_878",
        ),
        pytest.param(
            "793\n8 June – Vikings raid Lindisfarne.\n",
            [("793", "DATE", "0793"), ("8 June", "DATE", "0793-06-08")],
            id="793_over_a_day",
        ),
        # numbers alone on their lines, over no entry, are no years
        pytest.param("Visitors\n871\nwere counted at the gate.\n", [], id="a_count"),
        pytest.param("Room 871\nMay: Please call me back.\n", [], id="a_room_and_a_name"),
    ],
)
def test_a_three_digit_year_heading(text: str, expected: list[Row]) -> None:
    """ "871 / January: ... / May: ...": a year of three digits alone on its line over a
    chronology's entries is its heading, as "1942" is, and the entries are of 871; a number
    alone on its line over no entry is none."""
    assert _narrative(text) == expected


# ---- 2. years a source gives, "now", alternatives in brackets ------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "The Chronicle dates the raid on Lindisfarne to 8 June 793. Later annals give 794.",
            [("8 June 793", "DATE", "0793-06-08"), ("794", "DATE", "0794")],
            id="later_annals_give_794",
        ),
        pytest.param(
            "The Chronicle dates the founding of the abbey to 8 June 148. Johnson gives 150.",
            [("8 June 148", "DATE", "0148-06-08"), ("150", "DATE", "0150")],
            id="johnson_gives_150_after_a_date",
        ),
        # in a passage about numbers, a count
        pytest.param(
            "The size of the garrison is uncertain. Johnson gives 150.",
            [],
            id="johnson_gives_150_about_a_garrison",
        ),
        pytest.param(
            "The abbot counted the flock again. Later annals give 794 sheep.",
            [],
            id="annals_give_794_sheep",
        ),
    ],
)
def test_a_year_a_source_gives(text: str, expected: list[Row]) -> None:
    """ "Later annals give 794.", "Johnson gives 150." after a date of the story: years, as a
    history cites its sources; the same words about a garrison's strength, and "794 sheep",
    count."""
    assert _narrative(text) == expected


def test_a_historians_now_is_present_ref_and_no_step_of_the_story() -> None:
    """ "most scholars now date it to 794": "now" is PRESENT_REF (the historian's present, as
    TimeML tags it), and the story goes on from 794, not from the present."""
    text = (
        "The Chronicle places the raid in 793, but most scholars now date it to 794. Two years "
        "later the Danes returned."
    )
    assert _narrative(text) == [
        ("793", "DATE", "0793"),
        ("now", "DATE", "PRESENT_REF"),
        ("794", "DATE", "0794"),
        ("Two years later", "DATE", "0796"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Halley's Comet had been seen in the spring. The Normans landed in October (or "
            "November) 1066, according to one chronicle.",
            [
                ("the spring", "DATE", "XXXX-SP"),
                ("October", "DATE", "1066-10"),
                ("November", "DATE", "1066-11"),
            ],
            id="october_or_november_in_brackets",
        ),
        pytest.param(
            "The abbey burned in March (possibly April) 871.",
            [("March", "DATE", "0871-03"), ("April", "DATE", "0871-04")],
            id="march_possibly_april_871",
        ),
        pytest.param(
            "The Normans landed in October or November 1066, according to one chronicle.",
            [("October", "DATE", "1066-10"), ("November 1066", "DATE", "1066-11")],
            id="without_brackets",
        ),
        # a count after the bracket is no year
        pytest.param(
            "The fleet sailed in May 1213. In June (or July) 300 soldiers deserted.",
            [
                ("May 1213", "DATE", "1213-05"),
                ("June", "DATE", "1213-06"),
                ("July", "DATE", "1213-07"),
            ],
            id="a_count_after_the_bracket",
        ),
        # a bracket that is no alternative month leaves the year its own date
        pytest.param(
            "The Normans landed in October (see below) 1066 was the year of three kings.",
            [("October", "DATE", "XXXX-10"), ("1066", "DATE", "1066")],
            id="a_note_in_brackets",
        ),
    ],
)
def test_a_month_and_its_alternative_in_brackets(text: str, expected: list[Row]) -> None:
    """ "in October (or November) 1066": October and November of 1066, as "on 14 (or 15)
    October 1066" is two days; the bracket parts each month from the year they share, so each
    is tagged alone and the year is no third date."""
    assert _narrative(text) == expected


# ---- 3. a span's end, and alternatives of years --------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "The company's fiscal year 2002/03 ended in June. Its new chairman took over in "
            "September.",
            [
                ("fiscal year 2002", "DATE", "2002"),
                ("03", "DATE", "2003"),
                ("June", "DATE", "2003-06"),
                ("September", "DATE", "2003-09"),
            ],
            id="fiscal_year_2002_03_ended_in_june",
        ),
        pytest.param(
            "The war lasted from 1914 to 1918 and ended in November.",
            [("1914", "DATE", "1914"), ("1918", "DATE", "1918"), ("November", "DATE", "1918-11")],
            id="the_war_ended_in_november",
        ),
        pytest.param(
            "The 1813/14 campaign ended in April with the fall of Paris.",
            [("1813", "DATE", "1813"), ("14", "DATE", "1814"), ("April", "DATE", "1814-04")],
            id="the_campaign_ended_in_april",
        ),
        # a month the span began in is of its first year
        pytest.param(
            "The company's fiscal year 2002/03 began in July.",
            [
                ("fiscal year 2002", "DATE", "2002"),
                ("03", "DATE", "2003"),
                ("July", "DATE", "2002-07"),
            ],
            id="began_in_july",
        ),
        # another thing's end, in another sentence, is told from the span's start
        pytest.param(
            "The reign lasted from 1558 to 1603. The first parliament ended in May.",
            [("1558", "DATE", "1558"), ("1603", "DATE", "1603"), ("May", "DATE", "1558-05")],
            id="another_things_end",
        ),
        pytest.param(
            "The war lasted from 1914 to 1918. In August the armies marched.",
            [("1914", "DATE", "1914"), ("1918", "DATE", "1918"), ("August", "DATE", "1914-08")],
            id="a_month_told_from_the_start",
        ),
    ],
)
def test_a_month_a_span_of_years_ended_in(text: str, expected: list[Row]) -> None:
    """ "fiscal year 2002/03 ended in June": June 2003, the month the span ended in, of its last
    year (a story told from a span's start places its other months in its first year: "began
    in July", "In August the armies marched")."""
    assert _narrative(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "In AD 60 or 61, soldiers of the Ninth Legion were ambushed on the march.",
            [("AD 60", "DATE", "0060"), ("61", "DATE", "0061")],
            id="in_ad_60_or_61_soldiers",
        ),
        pytest.param(
            "The Ninth Legion lost 60 or 61 soldiers in one ambush.",
            [],
            id="60_or_61_soldiers",
        ),
        pytest.param(
            "The revolt is dated to AD 60 or 61. Its leader had 60 or 61 chariots.",
            [("AD 60", "DATE", "0060"), ("61", "DATE", "0061")],
            id="dated_to_ad_60_or_61_and_a_count",
        ),
    ],
)
def test_years_of_an_era_as_alternatives(text: str, expected: list[Row]) -> None:
    """ "In AD 60 or 61, soldiers ...": two years, the second of the first's era; "60 or 61
    soldiers" counts."""
    assert _narrative(text) == expected


# ---- 4. the armistice's formula ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "The war ended in 1918. The guns fell silent at the eleventh hour of the eleventh "
            "day of the eleventh month.",
            [
                ("1918", "DATE", "1918"),
                (
                    "the eleventh hour of the eleventh day of the eleventh month",
                    "TIME",
                    "1918-11-11T11:00",
                ),
            ],
            id="the_formula_after_its_year",
        ),
        # the last moment, and a day of a siege, are no such hour
        pytest.param("The treaty was saved at the eleventh hour.", [], id="the_last_moment"),
        pytest.param(
            "The siege began on 2 April 1453. On the eleventh day the walls were breached.",
            [("2 April 1453", "DATE", "1453-04-02"), ("the eleventh day", "DATE", "1453-04-12")],
            id="the_eleventh_day_of_a_siege",
        ),
    ],
)
def test_the_eleventh_hour_of_the_eleventh_day_of_the_eleventh_month(
    text: str, expected: list[Row]
) -> None:
    """ "the eleventh hour of the eleventh day of the eleventh month" after "1918" is 11:00 on
    11 November 1918, one TIME (tests/test_war_histories_21.py has it with its year); "at the
    eleventh hour" alone is the last moment, and "the eleventh day" of a siege its day."""
    assert _narrative(text) == expected
