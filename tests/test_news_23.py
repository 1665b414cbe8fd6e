"""News, twenty-third round: disasters, weather and emergencies in copy of 2013-2025 in the
style of the wire and web desks (AP, Reuters, AFP, the BBC) quoting the National Hurricane
Center, the National Weather Service, the Met Office, Cal Fire and seismological agencies,
written here for the tests: hurricanes tracked toward landfall, earthquakes and their
aftershocks, rivers that crest, wildfires and their containment, heat records, and the aid
and recovery after.

A storm is told by its forecast: "landfall late Sunday or early Monday" (mod END and START),
"warnings remain in effect through Monday night", "the next 12 to 24 hours", "the five-day
cone" (P5D); a quake by its clock ("struck at 7:58 a.m. local time on Wednesday (2358 GMT
Tuesday)", the bracket's day tagged as it names its own), "in the 48 hours since"; a flood
by its crest ("crested at 30.3 feet early Tuesday") and its return period ("a 500-year
flood", P500Y, as TimeBank tags "a 10-year bond"); heat by its records ("since records began
in 1940", "the summer of 2003"); the recovery by its lengths ("within a week", "Six months
after the storm", "in the 72 hours after"). An ordinal day of a run ("for a third straight
day", "a 31st consecutive day", "a second night") is no date, as "a fourth consecutive week"
is none (tests/test_markets.py); "before dawn Monday" tags its day alone, as TimeBank does.
New here: a forecast's day is ahead ("Rain is forecast for Thursday", "The five-day cone
shows Beryl moving inland over East Texas on Tuesday", "The forecast calls for rain on
Friday"); what will stay or remain closed, open or in effect through or until a day, also "at
least", runs to the one ahead ("Yellowstone will stay closed through at least Sunday",
"Roads will remain closed until at least Friday") where what "stayed" or "remained" closed
until a day is behind; and the clock time that names an advisory an agency "said" something
in is of the story's day, not of the landfall ahead ("Beryl will make landfall early Monday,
the hurricane center said in its 4 a.m. CDT advisory"). Storms' names, categories,
magnitudes, heights, speeds, temperatures, odds and roads are no times: "Hurricane Katrina",
"Category 4", "magnitude 7.8", "41.2 feet", "120 mph", "40C", "a 1-in-100 chance", "Highway
101", "Interstate 10", "I-95", "Route 9". Each test is a story run as chrono is scored: genre
"news", its date as the document date, its weekday checked with ``datetime``; the tables are
annotated by hand with the (text, type, value[, mod]) TimeBank would give.
"""

from __future__ import annotations

import pytest
from passages import news_with_mods as news


def test_a_hurricane_advisory_reads_landfall_late_sunday_or_early_monday_and_the_cone() -> None:
    """AP on Beryl, a Sunday: landfall "late Sunday or early Monday" (END and START),
    warnings "in effect through Monday night", "early Sunday", "the next 12 to 24 hours", "the
    five-day cone" and its "on Tuesday" and "by Wednesday" ahead (the cone shows a forecast);
    "Category 1", "60 mph" are none."""
    text = (
        "HOUSTON (AP) — Beryl is expected to make landfall late Sunday or early Monday along the "
        "middle Texas coast as a Category 1 hurricane, the National Hurricane Center said in its "
        "latest advisory. Hurricane warnings remain in effect through Monday night from Baffin "
        "Bay to Sargent. The storm had maximum sustained winds of 60 mph early Sunday, and "
        "forecasters said it could strengthen over the next 12 to 24 hours. The five-day cone "
        "shows Beryl moving inland over East Texas on Tuesday and weakening by Wednesday."
    )
    assert news(text, "2024-07-07", "Sunday") == [
        ("late Sunday", "DATE", "2024-07-07", "END"),
        ("early Monday", "DATE", "2024-07-08", "START"),
        ("Monday night", "TIME", "2024-07-08TNI"),
        ("early Sunday", "DATE", "2024-07-07", "START"),
        ("the next 12 to 24 hours", "DURATION", "PT24H"),
        ("five-day", "DURATION", "P5D"),
        ("Tuesday", "DATE", "2024-07-09"),
        ("Wednesday", "DATE", "2024-07-10"),
    ]


def test_a_hurricane_over_cuba_reads_5_am_edt_and_warnings_through_thursday() -> None:
    """Reuters on Ian, a Tuesday: "early on Tuesday" (the day; the "early on" is a phrase
    around it), landfall "late Wednesday or early Thursday", "At 5 a.m. EDT" with its
    bracketed GMT restatement untagged, warnings "through Thursday"; "Category 3", "125 mph",
    "Interstate 75" and "Highway 41" are none."""
    text = (
        "MIAMI (Reuters) - Hurricane Ian strengthened into a Category 3 storm over western Cuba "
        "early on Tuesday and is forecast to make landfall in Florida late Wednesday or early "
        "Thursday, the National Hurricane Center said. At 5 a.m. EDT (0900 GMT), Ian was about "
        "40 miles southwest of Havana with maximum sustained winds of 125 mph. Tropical storm "
        "warnings remain in effect through Thursday for the Florida Keys. Interstate 75 and "
        "Highway 41 were jammed with evacuees."
    )
    assert news(text, "2022-09-27", "Tuesday") == [
        ("Tuesday", "DATE", "2022-09-27"),
        ("late Wednesday", "DATE", "2022-09-28", "END"),
        ("early Thursday", "DATE", "2022-09-29", "START"),
        ("5 a.m. EDT", "TIME", "2022-09-27T05:00-04:00"),
        ("Thursday", "DATE", "2022-09-29"),
    ]


def test_katrinas_landfall_reads_dawn_monday_its_clock_and_three_hours_later() -> None:
    """AP on the day Katrina came ashore: "shortly after dawn Monday" tags the day, "at 6:10
    a.m. CDT", "about three hours later" counted from it, "in 1965"; "Hurricane Katrina",
    "Category 4" (twice), "145 mph" and "28 feet" are none."""
    text = (
        "NEW ORLEANS (AP) — Hurricane Katrina slammed into the Gulf Coast shortly after dawn "
        "Monday as a Category 4 storm with winds of 145 mph. The storm made landfall at 6:10 a.m. "
        "CDT near Buras, La., and its eye passed east of New Orleans about three hours later. "
        "Forecasters said the surge could reach 28 feet. Katrina was the first Category 4 "
        "hurricane to strike the city since Betsy in 1965."
    )
    assert news(text, "2005-08-29", "Monday") == [
        ("Monday", "DATE", "2005-08-29"),
        ("6:10 a.m. CDT", "TIME", "2005-08-29T06:10-05:00"),
        ("three hours later", "TIME", "2005-08-29T09:10-05:00"),
        ("1965", "DATE", "1965"),
    ]


def test_a_quake_story_the_day_after_reads_local_time_on_monday_and_the_24_hours_since() -> None:
    """AP from Antakya the day after the Turkey-Syria quake: "on Tuesday", "4:17 a.m. local
    time on Monday" one TIME (its "(0117 GMT)" untagged), "the 24 hours since", "since 1999";
    "for a second day" and "a second night" are ordinals, "magnitude 7.8" none."""
    text = (
        "ANTAKYA, Turkey (AP) — Rescuers pulled survivors from collapsed buildings for a second "
        "day on Tuesday as the death toll from a magnitude 7.8 earthquake rose above 5,000. The "
        "quake struck at 4:17 a.m. local time on Monday (0117 GMT) and was followed by more than "
        "100 aftershocks in the 24 hours since. It was Turkey's deadliest since 1999, when a "
        "quake near Izmit killed more than 17,000. Survivors spent a second night outdoors in "
        "freezing temperatures."
    )
    assert news(text, "2023-02-07", "Tuesday") == [
        ("Tuesday", "DATE", "2023-02-07"),
        ("4:17 a.m. local time on Monday", "TIME", "2023-02-06T04:17"),
        ("the 24 hours", "DURATION", "PT24H"),
        ("1999", "DATE", "1999"),
    ]


def test_a_quake_and_a_storm_in_haiti_read_saturdays_clock_and_the_48_hours_since() -> None:
    """AP from Port-au-Prince, a Monday: "Saturday's ... earthquake", "on Monday", rain "late
    Monday and early Tuesday" ahead, "at 8:29 a.m." of the quake's Saturday (told in the past
    after a day ahead), "11 years after the 2010 earthquake", "the 48 hours since";
    "magnitude 7.2" and "15 inches" are none."""
    text = (
        "PORT-AU-PRINCE, Haiti (AP) — The death toll from Saturday's magnitude 7.2 earthquake "
        "rose to 1,297 on Monday as Tropical Storm Grace approached. Forecasters said Grace "
        "could bring up to 15 inches of rain late Monday and early Tuesday. The quake struck at "
        "8:29 a.m., 11 years after the 2010 earthquake that killed more than 200,000 people. "
        "Rescuers have pulled dozens from the rubble in the 48 hours since."
    )
    assert news(text, "2021-08-16", "Monday") == [
        ("Saturday", "DATE", "2021-08-14"),
        ("Monday", "DATE", "2021-08-16"),
        ("late Monday", "DATE", "2021-08-16", "END"),
        ("early Tuesday", "DATE", "2021-08-17", "START"),
        ("8:29 a.m.", "TIME", "2021-08-14T08:29"),
        ("11 years", "DURATION", "P11Y"),
        ("2010", "DATE", "2010"),
        ("the 48 hours", "DURATION", "PT48H"),
    ]


def test_a_taiwan_quake_reads_local_time_its_gmt_day_and_the_next_three_to_four_days() -> None:
    """Reuters from Taipei, a Wednesday: "7:58 a.m. local time on Wednesday" and its bracketed
    "2358 GMT Tuesday" (tagged: it names its own day, the one before in GMT), "in 25 years",
    "the next three to four days"; "magnitude 7.4" and "magnitude 6" are none."""
    text = (
        "TAIPEI (Reuters) - A magnitude 7.4 earthquake struck Taiwan at 7:58 a.m. local time on "
        "Wednesday (2358 GMT Tuesday), the strongest to hit the island in 25 years. At least "
        "nine people were killed. Taiwan's weather agency said aftershocks of magnitude 6 or "
        "more could occur over the next three to four days."
    )
    assert news(text, "2024-04-03", "Wednesday") == [
        ("7:58 a.m. local time on Wednesday", "TIME", "2024-04-03T07:58"),
        ("2358 GMT Tuesday", "TIME", "2024-04-02T23:58+00:00"),
        ("25 years", "DURATION", "P25Y"),
        ("the next three to four days", "DURATION", "P4D"),
    ]


def test_a_river_crest_reads_early_tuesday_the_1993_record_and_a_500_year_flood() -> None:
    """AP on the Missouri River, a Tuesday: "crested at 30.3 feet early Tuesday" (START), "the
    record set in 1993", orders "lifted Sunday", "for a third straight day" (an ordinal, no
    date), "a 500-year flood" (its return period, P500Y), "on Monday"; "30.3 feet", "3 feet",
    "Interstate 29" and "$1.4 billion" are none."""
    text = (
        "OMAHA, Neb. (AP) — The Missouri River crested at 30.3 feet early Tuesday at "
        "Plattsmouth, more than 3 feet above the record set in 1993. Evacuation orders were "
        "lifted Sunday in parts of Fremont, but Interstate 29 remained closed for a third "
        "straight day. Officials called it a 500-year flood. Damage could top $1.4 billion, the "
        "governor said on Monday."
    )
    assert news(text, "2019-03-19", "Tuesday") == [
        ("early Tuesday", "DATE", "2019-03-19", "START"),
        ("1993", "DATE", "1993"),
        ("Sunday", "DATE", "2019-03-17"),
        ("500-year", "DURATION", "P500Y"),
        ("Monday", "DATE", "2019-03-18"),
    ]


def test_a_wildfire_story_reads_containment_by_wednesday_evening_and_rain_forecast_ahead() -> None:
    """AP on the Camp Fire, the day before Thanksgiving 2018: "by Wednesday evening", "two
    weeks after", "on Tuesday" behind, rain "forecast for Thursday and through the weekend"
    ahead (a forecast's days), "since Nov. 8"; "95 percent" and "153,000 acres" are none."""
    text = (
        "PARADISE, Calif. (AP) — The Camp Fire reached 95 percent containment by Wednesday "
        "evening, two weeks after it destroyed the town of Paradise, Cal Fire said. The death "
        "toll rose to 81 on Tuesday, with 870 people still missing. Rain is forecast for "
        "Thursday and through the weekend, raising the risk of mudslides. The blaze has burned "
        "153,000 acres since Nov. 8."
    )
    assert news(text, "2018-11-21", "Wednesday") == [
        ("Wednesday evening", "TIME", "2018-11-21TEV"),
        ("two weeks", "DURATION", "P2W"),
        ("Tuesday", "DATE", "2018-11-20"),
        ("Thursday", "DATE", "2018-11-22"),
        ("the weekend", "DATE", "2018-W47-WE"),
        ("Nov. 8", "DATE", "2018-11-08"),
    ]


def test_a_fire_weather_story_reads_red_flag_warnings_from_4_am_monday_to_6_pm_wednesday() -> None:
    """Reuters on the Palisades Fire, a Sunday: "by Sunday morning", "for six days", orders
    "lifted on Saturday", warnings "from 4 a.m. Monday until 6 p.m. Wednesday" ahead; "11%",
    "Highway 1" and "Pacific Coast Highway" are none, and "until further notice" is no date."""
    text = (
        "LOS ANGELES (Reuters) - The Palisades Fire was 11% contained by Sunday morning after "
        "burning for six days, fire officials said. Evacuation orders were lifted on Saturday "
        "for parts of Pacific Palisades along Highway 1. Red flag warnings are in effect from 4 "
        "a.m. Monday until 6 p.m. Wednesday, the National Weather Service said. Pacific Coast "
        "Highway will stay closed until further notice."
    )
    assert news(text, "2025-01-12", "Sunday") == [
        ("Sunday morning", "TIME", "2025-01-12TMO"),
        ("six days", "DURATION", "P6D"),
        ("Saturday", "DATE", "2025-01-11"),
        ("4 a.m. Monday", "TIME", "2025-01-13T04:00"),
        ("6 p.m. Wednesday", "TIME", "2025-01-15T18:00"),
    ]


def test_a_climate_service_reads_the_hottest_july_on_record_and_records_since_1940() -> None:
    """Reuters on Copernicus, a Tuesday: "July 2023", "the hottest July on record" (that
    July), "on Tuesday", "in July 2019", "since records began in 1940", "on Monday"; "a 31st
    consecutive day" is an ordinal, "0.33C" and "43C" are none."""
    text = (
        "LONDON (Reuters) - July 2023 was the hottest July on record, the European Union's "
        "Copernicus Climate Change Service said on Tuesday. Global temperatures were 0.33C above "
        "the previous record, set in July 2019. It was the hottest month since records began in "
        "1940. Phoenix recorded temperatures above 43C for a 31st consecutive day on Monday."
    )
    assert news(text, "2023-08-08", "Tuesday") == [
        ("July 2023", "DATE", "2023-07"),
        ("July", "DATE", "2023-07"),
        ("Tuesday", "DATE", "2023-08-08"),
        ("July 2019", "DATE", "2019-07"),
        ("1940", "DATE", "1940"),
        ("Monday", "DATE", "2023-08-07"),
    ]


def test_a_uk_heat_record_reads_15_12_bst_a_warning_until_midnight_and_the_summer_of_2003() -> None:
    """The BBC on Britain's first 40C, a Tuesday: "on Tuesday", "at 15:12 BST", "until
    midnight" (tonight's), "in 2019", "now", "the summer of 2003"; "40C", "40.3C" and "38.7C"
    are none."""
    text = (
        "LONDON (BBC) - Britain recorded a temperature above 40C for the first time on Tuesday, "
        "when 40.3C was measured at Coningsby at 15:12 BST. The Met Office's red warning for "
        "extreme heat remains in place until midnight. The previous record of 38.7C was set in "
        "Cambridge in 2019. Scientists say such heat is now ten times more likely because of "
        "climate change. Some 2,000 people died in the summer of 2003 heat wave in England."
    )
    assert news(text, "2022-07-19", "Tuesday") == [
        ("Tuesday", "DATE", "2022-07-19"),
        ("15:12 BST", "TIME", "2022-07-19T15:12+01:00"),
        ("midnight", "TIME", "2022-07-19T24:00"),
        ("2019", "DATE", "2019"),
        ("now", "DATE", "PRESENT_REF"),
        ("the summer of 2003", "DATE", "2003-SU"),
    ]


def test_a_typhoon_aid_story_reads_the_72_hours_after_within_a_week_and_six_months_after() -> None:
    """AFP from Tacloban, a Friday: "on Friday", "a week after the storm", "the 72 hours after
    the storm", "within a week", "Six months after the storm" (lengths counted from the storm,
    as "four days after a massive earthquake" is); "Typhoon Haiyan" is a name."""
    text = (
        "TACLOBAN, Philippines (AFP) - The death toll from Typhoon Haiyan rose to 3,621 on "
        "Friday, a week after the storm flattened coastal towns. Aid agencies said survivors "
        "had received little help in the 72 hours after the storm. The U.N. said it aims to "
        "reach all survivors with food within a week. Six months after the storm, many of them "
        "will still need shelter, it added."
    )
    assert news(text, "2013-11-15", "Friday") == [
        ("Friday", "DATE", "2013-11-15"),
        ("a week", "DURATION", "P1W"),
        ("the 72 hours", "DURATION", "PT72H"),
        ("a week", "DURATION", "P1W"),
        ("Six months", "DURATION", "P6M"),
    ]


def test_a_flood_story_reads_last_weeks_floods_july_14_and_15_and_rain_in_24_hours() -> None:
    """Reuters from Berlin, a Monday: "last week's floods" (the week), "on Monday", "on
    Sunday", "two days of torrential rain on July 14 and 15" (both days), "in 24 hours", "in
    two months", "years"."""
    text = (
        "BERLIN (Reuters) - The death toll from last week's floods in western Germany rose to "
        "160 on Monday. Chancellor Angela Merkel toured the Ahr valley on Sunday. The floods "
        "followed two days of torrential rain on July 14 and 15, when some areas received as "
        "much rain in 24 hours as they usually get in two months. Insurers said it could take "
        "years to rebuild."
    )
    assert news(text, "2021-07-19", "Monday") == [
        ("last week", "DATE", "2021-W28"),
        ("Monday", "DATE", "2021-07-19"),
        ("Sunday", "DATE", "2021-07-18"),
        ("two days", "DURATION", "P2D"),
        ("July 14", "DATE", "2021-07-14"),
        ("15", "DATE", "2021-07-15"),
        ("24 hours", "DURATION", "PT24H"),
        ("two months", "DURATION", "P2M"),
        ("years", "DURATION", "PXY"),
    ]


def test_a_park_closed_by_floods_reads_through_at_least_sunday_ahead() -> None:
    """AP on Yellowstone, a Wednesday: "crested ... on Monday", "a record set in 1918", the
    park "will stay closed through at least Sunday" (the Sunday ahead, though "said Tuesday"
    stands nearer), "for months"; "13.88 feet", "Route 212" and "Highway 89" are none."""
    text = (
        "BILLINGS, Mont. (AP) — The Yellowstone River crested at 13.88 feet on Monday at "
        "Billings, breaking a record set in 1918. Yellowstone National Park will stay closed "
        "through at least Sunday, officials said Tuesday. Parts of the park may remain closed "
        "for months. Route 212 and Highway 89 were washed out."
    )
    assert news(text, "2022-06-15", "Wednesday") == [
        ("Monday", "DATE", "2022-06-13"),
        ("1918", "DATE", "1918"),
        ("Sunday", "DATE", "2022-06-19"),
        ("Tuesday", "DATE", "2022-06-14"),
        ("months", "DURATION", "PXM"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Maria strengthened to Category 4 with winds of 120 mph.",
        "The river is expected to crest at 41.2 feet.",
        "A magnitude 7.8 quake could kill thousands, the survey warned.",
        "Mudslides closed Highway 101 and Interstate 10.",
        "Water covered I-95 near Route 9.",
        "Temperatures topped 40C in Seville.",
        "Such a storm has a 1-in-100 chance of striking in any given year.",
        "Hurricane Katrina killed more than 1,800 people.",
        "Evacuees jammed I-10 and US 90 heading west.",
        "A Level 4 of 5 risk of severe storms covers 12 million people.",
        "The EF3 tornado carved a path 1.5 miles wide.",
        "Storm 2 of the season, Hurricane Beryl, reached Category 5.",
    ],
)
def test_disaster_desk_look_alikes_yield_nothing(text: str) -> None:
    """Storms' categories and names, magnitudes, heights, speeds, roads, temperatures, odds,
    risk levels and tornado ratings are named by numbers that are no times."""
    assert news(text, "2024-07-07", "Sunday") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Rain is forecast for Thursday, the Weather Service said.",
            "2018-11-22",
            id="forecast_for",
        ),
        pytest.param(
            "Snow is forecast for Friday night in the Sierra.",
            "2018-11-23TNI",
            id="forecast_for_night",
        ),
        pytest.param("The forecast calls for rain on Friday.", "2018-11-23", id="calls_for"),
        pytest.param(
            "The forecast for Friday calls for snow in the mountains.",
            "2018-11-23",
            id="the_forecast_for_friday",
        ),
        pytest.param(
            "The weather outlook for Friday is dry.", "2018-11-23", id="the_outlook_for_friday"
        ),
        pytest.param(
            "The forecast track shows the storm over Arkansas on Friday.",
            "2018-11-23",
            id="track_shows",
        ),
        pytest.param(
            "Computer models show the storm near the coast on Friday.",
            "2018-11-23",
            id="models_show",
        ),
        pytest.param(
            "Heavy rain was forecast for Friday, but the storm fizzled.",
            "2018-11-16",
            id="was_forecast",
        ),
        pytest.param(
            "The forecast showed rain on Friday, and it stayed dry.", "2018-11-16", id="showed"
        ),
        pytest.param(
            "The track shows wear from Friday's race.", "2018-11-16", id="track_of_a_race"
        ),
        pytest.param(
            "The model shows how the fire spread on Friday.", "2018-11-16", id="model_shows_how"
        ),
    ],
)
def test_the_day_a_forecast_names_is_ahead(text: str, expected: str) -> None:
    """What "is forecast for" a day, the forecast or the outlook "for" it, what a forecast
    "calls for" on it, and what its track, cone or models "show" on it, told in the present, is
    ahead (written on Wednesday 21 November 2018); a forecast told in the past ("was forecast
    for", "showed") is behind, and so is a race's track, and what a model "shows how" it
    happened."""
    assert [v for _, _, v, *_ in news(text, "2018-11-21", "Wednesday")] == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Yellowstone will stay closed through at least Sunday, officials said.",
            "2022-06-19",
            id="stay_through_at_least",
        ),
        pytest.param(
            "Roads will remain closed until at least Friday.",
            "2022-06-17",
            id="remain_until_at_least",
        ),
        pytest.param(
            "Officials said the park would stay closed through Sunday.",
            "2022-06-19",
            id="would_stay_through",
        ),
        pytest.param(
            "The beaches stay shut through Friday, the county said.",
            "2022-06-17",
            id="stay_shut_through",
        ),
        pytest.param(
            "Schools will remain closed on Friday, the district said.",
            "2022-06-17",
            id="remain_closed_on",
        ),
        pytest.param(
            "The shelters will stay open through Friday.", "2022-06-17", id="stay_open_through"
        ),
        pytest.param(
            "The road stayed closed until Sunday, officials said.", "2022-06-12", id="stayed_until"
        ),
        pytest.param(
            "The highway had remained closed until Sunday.", "2022-06-12", id="had_remained_until"
        ),
        pytest.param(
            "The park remained closed through Sunday.", "2022-06-12", id="remained_through"
        ),
        pytest.param(
            "The bridge was closed through Sunday.", "2022-06-12", id="was_closed_through"
        ),
        pytest.param("The strikers fought through Sunday.", "2022-06-12", id="fought_through"),
    ],
)
def test_what_will_stay_closed_through_or_until_a_day_runs_to_the_day_ahead(
    text: str, expected: str
) -> None:
    """What "will stay closed", "will remain closed" or "stays shut" through or until a day,
    also "at least", runs to the one ahead (written on Wednesday 15 June 2022), whatever past
    attribution follows; the participle after "stay" or "remain" is no past. What "stayed",
    "remained", "had remained" or "was" closed through or until a day is behind, and so is
    what was "fought through" it."""
    assert [v for _, _, v, *_ in news(text, "2022-06-15", "Wednesday")] == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Beryl is expected to make landfall late Sunday or early Monday, the hurricane "
            "center said in its 4 a.m. CDT advisory.",
            ["2024-07-07T04:00-05:00"],
            id="said_in_its_advisory",
        ),
        pytest.param(
            "Beryl will make landfall early Monday, the hurricane center said in its 10 a.m. "
            "advisory.",
            ["2024-07-07T10:00"],
            id="said_in_its_10am",
        ),
        pytest.param(
            "Landfall is expected early Monday, forecasters said in a 7 a.m. update.",
            ["2024-07-07T07:00"],
            id="said_in_an_update",
        ),
        pytest.param(
            "Beryl will make landfall early Monday, the hurricane center said in its 4 a.m. "
            "advisory. The eye is expected to come ashore at 7 a.m.",
            ["2024-07-07T04:00", "2024-07-08T07:00"],
            id="the_story_goes_on_with_monday",
        ),
        pytest.param(
            "Landfall is expected early Monday. The next advisory is due at 10 a.m.",
            ["2024-07-08T10:00"],
            id="next_advisory_due",
        ),
    ],
)
def test_the_clock_time_of_an_advisory_a_forecast_was_said_in_is_the_storys_day(
    text: str, expected: list[str]
) -> None:
    """The advisory or update an agency "said" something "in" was issued: its clock time is of
    the story's day (Sunday 7 July 2024), not of the landfall ahead the forecast names, and the
    story goes on with the day it named ("ashore at 7 a.m." is Monday's); a clock time that
    names the next advisory still due keeps the day the text last named."""
    rows = news(text, "2024-07-07", "Sunday")
    assert [v for t, _, v, *_ in rows if "a.m." in t] == expected


def test_a_local_clock_time_takes_its_day_from_the_bracketed_gmt_restatement() -> None:
    """AP from Turkey the day after the quake: "4:17 a.m. local time (0117 GMT Monday)" is
    Monday 04:17 in Turkey, three hours ahead of GMT (the difference of the two clocks puts the
    local time on the GMT day), not the story's Tuesday."""
    text = (
        "The quake struck at 4:17 a.m. local time (0117 GMT Monday) near Pazarcik, the "
        "disaster agency said."
    )
    assert news(text, "2023-02-07", "Tuesday") == [
        ("4:17 a.m.", "TIME", "2023-02-06T04:17"),
        ("0117 GMT Monday", "TIME", "2023-02-06T01:17+00:00"),
    ]
