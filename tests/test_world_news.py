"""English-language news from outside the United States: British, Irish, Indian, Pakistani,
Australian, Nigerian, South African and Singaporean outlets.

They write the day before the month ("Wednesday 22 November", "17.03.2021"), clock times with a
dot ("9.30am", "5.30am AEST"), "a fortnight", "at the weekend", fiscal years ("FY25",
"2023-24") and their own holidays ("Anzac Day", "Republic Day", "St Patrick's Day"). Each test
is a passage run as chrono is scored: genre "news", the article's date as the document date
(its weekday beside it), ``day_first=True`` as a user reading such an outlet would set it. The
tables are annotated by hand with the (text, type, value) TimeBank would give. The look-alikes
after them (rupee and pound amounts, lakh and crore, sections, cricket scores and overs) must
yield nothing; the expectations chrono does not meet yet are marked ``xfail`` with the reason.

A split year ("2023-24", "2022/23") is found as its two years, as chrono reads "1998-99" (the
development gold has no such span to follow).
"""

from __future__ import annotations

import pytest
from passages import Row, mentions


def _mentions(text: str, dct: str) -> list[Row]:
    return mentions(text, dct=dct, genre="news", day_first=True)


def test_westminster_story_writes_the_weekday_before_the_day_and_month() -> None:
    """BBC politics: "Wednesday 22 November", "last night", "a fortnight", a sitting told in the
    present ("MPs return ... on Monday") is the coming one."""
    text = (
        "The Chancellor will deliver his Autumn Statement on Wednesday 22 November, the "
        "Treasury confirmed last night. Jeremy Hunt told the BBC on Thursday evening that taxes "
        "would not be cut this year. MPs return to Westminster on Monday after a fortnight of "
        "recess. A general election must be held by 28 January 2025, and most MPs expect one "
        "next autumn."
    )
    assert _mentions(text, "2023-11-10") == [  # a Friday
        ("Wednesday 22 November", "DATE", "2023-11-22"),
        ("last night", "TIME", "2023-11-09TNI"),
        ("Thursday evening", "TIME", "2023-11-09TEV"),
        ("this year", "DATE", "2023"),
        ("Monday", "DATE", "2023-11-13"),
        ("a fortnight", "DURATION", "P2W"),
        ("28 January 2025", "DATE", "2025-01-28"),
        ("next autumn", "DATE", "2024-FA"),
    ]


def test_indian_budget_story_names_fiscal_years_and_leaves_crore_alone() -> None:
    """Economic Times: "Budget 2024", "FY25", "2023-24", "3.30pm"; "Rs 11.11 lakh crore" and
    "5.1 per cent" are amounts."""
    text = (
        "Finance Minister Nirmala Sitharaman presented the Interim Budget 2024 in Parliament on "
        "Thursday. The fiscal deficit for FY25 is pegged at 5.1 per cent of GDP, down from 5.8 "
        "per cent in 2023-24. Capital expenditure has been raised by 11.1 per cent to Rs 11.11 "
        "lakh crore. The Sensex rose 300 points in early trade but closed lower at 3.30pm. The "
        "full Budget will be presented in July after the general election."
    )
    assert _mentions(text, "2024-02-01") == [  # a Thursday
        ("2024", "DATE", "2024"),
        ("Thursday", "DATE", "2024-02-01"),
        ("FY25", "DATE", "2025"),
        ("2023", "DATE", "2023"),
        ("24", "DATE", "2024"),
        ("3.30pm", "TIME", "2024-02-01T15:30"),
        ("July", "DATE", "2024-07"),
    ]


def test_cricket_preview_keeps_scores_and_overs_out_and_reads_the_fixture_ahead() -> None:
    """Cricket World Cup: "2pm IST"; "287/6 in 45.3 overs" is a score; "India play New Zealand
    ... on Sunday" is the coming Sunday."""
    text = (
        "Australia face Pakistan in Bengaluru today in their fourth match of the 2023 World "
        "Cup. The day-night game starts at 2pm IST. When the sides last met in an ODI, in "
        "2022, Pakistan chased down 287/6 in 45.3 overs. Pat Cummins said on Thursday that "
        "David Warner had recovered. India play New Zealand in Dharamsala on Sunday."
    )
    assert _mentions(text, "2023-10-20") == [  # a Friday
        ("today", "DATE", "2023-10-20"),
        ("2023", "DATE", "2023"),
        ("2pm IST", "TIME", "2023-10-20T14:00+05:30"),
        ("2022", "DATE", "2022"),
        ("Thursday", "DATE", "2023-10-19"),
        ("Sunday", "DATE", "2023-10-22"),
    ]


def test_anzac_day_story_gives_the_holiday_its_day_and_dotted_clock_times_their_zone() -> None:
    """ABC: "Anzac Day" is 25 April; "5.30am AEST", "10.15am", "this afternoon"; the "dawn
    service" is no time."""
    text = (
        "Thousands gathered at the Australian War Memorial for the Anzac Day dawn service this "
        "morning. The service began at 5.30am AEST, and the national ceremony followed at "
        "10.15am. Veterans will march through Sydney this afternoon. Last year's "
        "commemorations were the first full services since 2019. The Bureau of Meteorology "
        "expects showers later this week."
    )
    assert _mentions(text, "2023-04-25") == [  # a Tuesday
        ("Anzac Day", "DATE", "2023-04-25"),
        ("this morning", "TIME", "2023-04-25TMO"),
        ("5.30am AEST", "TIME", "2023-04-25T05:30+10:00"),
        ("10.15am", "TIME", "2023-04-25T10:15"),
        ("this afternoon", "TIME", "2023-04-25TAF"),
        ("Last year", "DATE", "2022"),
        ("2019", "DATE", "2019"),
        ("later this week", "DATE", "2023-W17"),
    ]


def test_irish_court_report_reads_dotted_dates_and_st_patricks_day_without_the_dot() -> None:
    """Irish Times: "St Patrick's Day 2021" (no dot after "St"), "11.45pm on 17.03.2021" at the
    end of a sentence, "the final 12 months"."""
    text = (
        "A Dublin man was jailed for six years at the Circuit Criminal Court yesterday for an "
        "assault outside a pub on St Patrick's Day 2021. The court heard the attack happened "
        "shortly after 11.45pm on 17.03.2021. Judge Martin Nolan backdated the sentence to 14 "
        "October 2022, when the accused was remanded in custody. He must serve the final 12 "
        "months under supervision."
    )
    assert _mentions(text, "2023-03-08") == [  # a Wednesday
        ("six years", "DURATION", "P6Y"),
        ("yesterday", "DATE", "2023-03-07"),
        ("St Patrick's Day 2021", "DATE", "2021-03-17"),
        ("11.45pm on 17.03.2021", "TIME", "2021-03-17T23:45"),
        ("14 October 2022", "DATE", "2022-10-14"),
        ("the final 12 months", "DURATION", "P12M"),
    ]


def test_republic_day_story_reads_evening_and_clock_on_a_weekday() -> None:
    """The Hindu: "Republic Day" is 26 January; "Section 144" is a law; "6pm on Saturday"."""
    text = (
        "India celebrated its 75th Republic Day today with a parade on Kartavya Path. French "
        "President Emmanuel Macron was the chief guest. Section 144 was imposed in parts of the "
        "capital from Thursday evening until 6pm on Saturday. The Beating Retreat ceremony will "
        "be held on 29 January. Last year, Egypt's President was the guest."
    )
    assert _mentions(text, "2024-01-26") == [  # a Friday
        ("Republic Day", "DATE", "2024-01-26"),
        ("today", "DATE", "2024-01-26"),
        ("Thursday evening", "TIME", "2024-01-25TEV"),
        ("6pm on Saturday", "TIME", "2024-01-27T18:00"),
        ("29 January", "DATE", "2024-01-29"),
        ("Last year", "DATE", "2023"),
    ]


def test_football_report_after_boxing_day_reads_the_next_fixture_ahead() -> None:
    """Guardian: "Boxing Day" just past, "travel to ... on Saturday" the coming one, "3-2" a
    score, "2022/23" a season, "this season" the one under way (no dates of its own)."""
    text = (
        "Aston Villa moved second in the Premier League after a 3-2 win at Burnley on Boxing "
        "Day. Unai Emery's side, who have won 12 of their 19 league games this season, travel "
        "to Sheffield United on Saturday. The January transfer window opens on Monday. Villa "
        "finished seventh in 2022/23 and last won the title in 1981."
    )
    assert _mentions(text, "2023-12-27") == [  # a Wednesday
        ("Boxing Day", "DATE", "2023-12-26"),
        ("this season", "DATE", "PRESENT_REF"),
        ("Saturday", "DATE", "2023-12-30"),
        ("January", "DATE", "2024-01"),
        ("Monday", "DATE", "2024-01-01"),
        ("2022", "DATE", "2022"),
        ("23", "DATE", "2023"),
        ("1981", "DATE", "1981"),
    ]


def test_load_shedding_story_gives_clock_times_their_days() -> None:
    """News24: "from 4pm today until 5am on Wednesday", "Monday night", "more than 200 days"."""
    text = (
        "Eskom will implement stage 4 load shedding from 4pm today until 5am on Wednesday. The "
        "utility said in a statement on Monday night that six generating units had failed since "
        "the weekend. Load shedding has been in place for more than 200 days this year. A rally "
        "was held in Pretoria on 9 August, a public holiday. The Reserve Bank's monetary policy "
        "committee next meets in September."
    )
    assert _mentions(text, "2023-08-15") == [  # a Tuesday
        ("4pm today", "TIME", "2023-08-15T16:00"),
        ("5am on Wednesday", "TIME", "2023-08-16T05:00"),
        ("Monday night", "TIME", "2023-08-14TNI"),
        ("the weekend", "DATE", "2023-W32-WE"),
        ("more than 200 days", "DURATION", "P200D"),
        ("this year", "DATE", "2023"),
        ("9 August", "DATE", "2023-08-09"),
        ("September", "DATE", "2023-09"),
    ]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Temperatures could reach 30C in London at the weekend.", "2023-W27-WE"),
        ("Showers may return at the weekend.", "2023-W27-WE"),
        ("We went to the coast at the weekend.", "2023-W26-WE"),
        ("He could have drowned at the weekend, police said.", "2023-W26-WE"),
        ("The pitch could not be used at the weekend.", "2023-W26-WE"),
    ],
)
def test_a_modal_looks_ahead_to_the_weekend(text: str, value: str) -> None:
    """British "could ... at the weekend" is the coming weekend, as "could come Tuesday" is the
    coming Tuesday; negated or perfect modals and the past look back."""
    assert _mentions(text, "2023-07-06") == [("the weekend", "DATE", value)]  # a Thursday


@pytest.mark.parametrize(
    ("text", "found"),
    [
        (
            "Roads will close from 9am on Saturday until midnight.",
            [
                ("9am on Saturday", "TIME", "2023-07-08T09:00"),
                ("midnight", "TIME", "2023-07-08T24:00"),
            ],
        ),
        (
            "Roads closed from 9am on Saturday until midnight.",
            [
                ("9am on Saturday", "TIME", "2023-07-01T09:00"),
                ("midnight", "TIME", "2023-07-01T24:00"),
            ],
        ),
        (
            "The strike will run from 6am on Monday to 5pm.",
            [("6am on Monday", "TIME", "2023-07-10T06:00"), ("5pm", "TIME", "2023-07-10T17:00")],
        ),
    ],
)
def test_a_clock_time_ending_a_weekdays_range_is_on_that_day(
    text: str, found: list[tuple[str, str, str]]
) -> None:
    """ "from 9am on Saturday until midnight": the midnight of that Saturday, which the
    weekday's own clause places ("until" says nothing of it)."""
    assert _mentions(text, "2023-07-06") == found  # a Thursday


def test_weather_warning_looks_ahead_to_the_weekend() -> None:
    """Met Office: "from 9am on Saturday until midnight", "at the weekend", "30C" no time."""
    text = (
        "The Met Office has issued a yellow warning for thunderstorms from 9am on Saturday until "
        "midnight. Temperatures could reach 30C in London at the weekend, after a wet start to "
        "July. Forecasters say the unsettled spell will last into next week. June was the "
        "hottest on record in the UK, beating 1940 and 1976. Wimbledon, which began on Monday, "
        "may see rain delays."
    )
    assert _mentions(text, "2023-07-06") == [  # a Thursday
        ("9am on Saturday", "TIME", "2023-07-08T09:00"),
        ("midnight", "TIME", "2023-07-08T24:00"),
        ("the weekend", "DATE", "2023-W27-WE"),
        ("July", "DATE", "2023-07"),
        ("next week", "DATE", "2023-W28"),
        ("June", "DATE", "2023-06"),
        ("1940", "DATE", "1940"),
        ("1976", "DATE", "1976"),
        ("Monday", "DATE", "2023-07-03"),
    ]


def test_nigerian_independence_day_is_the_first_of_october() -> None:
    """Punch: "Nigeria's 63rd Independence Day", "Sunday night", "resumes plenary on Tuesday"."""
    text = (
        "President Bola Tinubu addressed the nation on Sunday to mark Nigeria's 63rd "
        "Independence Day. He promised that the new minimum wage would take effect from January "
        "2024. Labour unions had threatened a strike from 3 October but suspended it on Sunday "
        "night. Fuel prices have tripled since May, when the subsidy was removed. The Senate "
        "resumes plenary on Tuesday."
    )
    assert _mentions(text, "2023-10-02") == [  # a Monday
        ("Sunday", "DATE", "2023-10-01"),
        ("Independence Day", "DATE", "2023-10-01"),
        ("January 2024", "DATE", "2024-01"),
        ("3 October", "DATE", "2023-10-03"),
        ("Sunday night", "TIME", "2023-10-01TNI"),
        ("May", "DATE", "2023-05"),
        ("Tuesday", "DATE", "2023-10-03"),
    ]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        (
            "Flags flew across Accra for Ghana's 66th Independence Day.",
            [("Independence Day", "DATE", "2023-03-06")],
        ),
        (
            "Modi spoke from the Red Fort on India's Independence Day.",
            [("Independence Day", "DATE", "2023-08-15")],
        ),
        (
            "Indian Independence Day was marked in London too.",
            [("Independence Day", "DATE", "2023-08-15")],
        ),
        (
            "Mexico's Independence Day parade was cancelled.",
            [("Independence Day", "DATE", "2023-09-16")],
        ),
        (
            "Pakistan's Independence Day was marked in Lahore.",
            [("Independence Day", "DATE", "2023-08-14")],
        ),
        (
            "Brazil's Independence Day was marked by protests.",
            [("Independence Day", "DATE", "2023-09-07")],
        ),
        (
            "Manila marked the Philippines' 125th Independence Day.",
            [("Independence Day", "DATE", "2023-06-12")],
        ),
        (
            "Fireworks lit up Boston on Independence Day.",
            [("Independence Day", "DATE", "2023-07-04")],
        ),
        (
            "The president's Independence Day speech was short.",
            [("Independence Day", "DATE", "2023-07-04")],
        ),
    ],
)
def test_independence_day_is_the_day_of_the_country_named_before_it(
    text: str, found: list[tuple[str, str, str]]
) -> None:
    """ "Nigeria's", "Indian", "the Philippines'" Independence Day is that country's day; alone,
    or after a word that is no country, it is 4 July."""
    assert _mentions(text, "2023-10-02") == found


def test_singapore_festival_story_dates_the_lunar_new_year() -> None:
    """Straits Times: "this weekend", "Chinese New Year" (10 February 2024), "the past
    fortnight", "Hari Raya Puasa" (10 April 2024), "from Monday" ahead."""
    text = (
        "Shoppers thronged Chinatown this weekend ahead of Chinese New Year, which falls on 10 "
        "February. Hawkers said trade had doubled over the past fortnight. Hari Raya Puasa falls "
        "in April this year. The Land Transport Authority said the extended bus hours take "
        "effect from Monday."
    )
    assert _mentions(text, "2024-02-02") == [  # a Friday
        ("this weekend", "DATE", "2024-W05-WE"),
        ("Chinese New Year", "DATE", "2024-02-10"),
        ("10 February", "DATE", "2024-02-10"),
        ("the past fortnight", "DURATION", "P2W"),
        ("Hari Raya Puasa", "DATE", "2024-04-10"),
        ("April this year", "DATE", "2024-04"),
        ("Monday", "DATE", "2024-02-05"),
    ]


def test_eid_story_dates_the_festival_and_the_fasting_month() -> None:
    """Dawn: "Eid al-Fitr" (10 April 2024 in Pakistan), "Tuesday evening", "Ramazan" (dated by
    its first day, 11 March 2024: a month of another calendar has no ISO 8601 name)."""
    text = (
        "Eid al-Fitr is being celebrated across Pakistan today after the Ruet-i-Hilal Committee "
        "sighted the Shawwal moon on Tuesday evening. The federal government has announced "
        "holidays until Saturday. Traders in Karachi said sales in the last ten days of Ramazan "
        "were the best since 2019. Petrol prices will be revised on 15 April, the finance "
        "ministry said."
    )
    assert _mentions(text, "2024-04-10") == [  # a Wednesday
        ("Eid al-Fitr", "DATE", "2024-04-10"),
        ("today", "DATE", "2024-04-10"),
        ("Tuesday evening", "TIME", "2024-04-09TEV"),
        ("Saturday", "DATE", "2024-04-13"),
        ("the last ten days", "DURATION", "P10D"),
        ("Ramazan", "DATE", "2024-03-11"),
        ("2019", "DATE", "2019"),
        ("15 April", "DATE", "2024-04-15"),
    ]


def test_festival_story_dates_holidays_of_four_calendars() -> None:
    """Hindustan Times: "Diwali", "Holi", "Eid-ul-Adha" and "Bakrid", "Rosh Hashanah", "Lunar New
    Year": each its own day of the right year, the past ones past and the coming ones ahead."""
    text = (
        "Delhi's air turned hazardous after Diwali, when firecrackers were burst despite the "
        "ban. The state government has declared a holiday for Eid-ul-Adha, and Bakrid markets "
        "have opened across the city. Holi celebrations were muted. Israel's embassy will host "
        "a reception for Rosh Hashanah, and the Chinese embassy celebrated the Lunar New Year "
        "in February."
    )
    assert _mentions(text, "2024-06-10") == [  # a Monday
        ("Diwali", "DATE", "2023-11-12"),
        ("Eid-ul-Adha", "DATE", "2024-06-16"),
        ("Bakrid", "DATE", "2024-06-16"),
        ("Holi", "DATE", "2024-03-25"),
        ("Rosh Hashanah", "DATE", "2024-10-03"),
        ("Lunar New Year", "DATE", "2024-02-10"),
        ("February", "DATE", "2024-02"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Bahrain coach Salman Ramadan praised his players. Ramadan said the team had improved.",
        "Rights activist Bassem Eid spoke to reporters.",
        "Eid Mubarak, wrote the minister.",
        "The Yom Kippur War reshaped the region.",
        "The Tet Offensive shocked the American public.",
        "Holidaymakers packed the beaches.",
        "The Passover Massacre killed 30 people.",
    ],
)
def test_names_that_hold_a_festival_are_no_dates(text: str) -> None:
    """A surname (Ramadan, Eid), a greeting, a war, an offensive and a massacre named after a
    festival, and the "Holi" of "Holidaymakers", yield nothing."""
    assert _mentions(text, "2023-09-12") == []


@pytest.mark.parametrize(
    "text",
    [
        "Tickets cost Rs 2,000 each.",
        "The project will cost Rs 5 crore.",
        "He was fined 20 lakh rupees.",
        "The fine was £2,023.",
        "The flat sold for R1,999,000.",
        "Section 144 was imposed in the district.",
        "India were 287/6 after 45.3 overs.",
        "He made 112 off 98 balls in the ODI.",
        "She plays T20 cricket for Surrey.",
        "The Sensex closed at 71,731.42.",
        "Article 370 was abrogated.",
        "They won Match 23 by six wickets.",
        "Temperatures reached 30C in London.",
    ],
)
def test_amounts_sections_and_cricket_scores_are_no_dates(text: str) -> None:
    """Currency, Indian numbering, sections, match numbers, scores and overs yield nothing."""
    assert _mentions(text, "2023-09-12") == []


@pytest.mark.parametrize(
    ("text", "day_first", "value"),
    [
        ("The deadline was 05/03/2023.", True, "2023-03-05"),
        ("The deadline was 05/03/2023.", False, "2023-05-03"),
        ("The deadline was 12.09.2023.", False, "2023-09-12"),
        ("The deadline was 25/12/2023.", False, "2023-12-25"),
    ],
)
def test_numeric_dates_are_day_first_when_the_outlet_writes_them_so(
    text: str, day_first: bool, value: str
) -> None:
    """A slash date follows ``day_first`` (month first without it, unless the month cannot be);
    a dotted date is day first either way, also at the end of a sentence."""
    rows = mentions(text, dct="2023-09-12", genre="news", day_first=day_first)
    assert [v for _, _, v in rows] == [value]
