"""News, thirtieth round: travel, food, lifestyle and consumer copy of 2015-2025 in the style
of the wire's and the web's lifestyle desks (AP Travel, Reuters Lifestyle, the Guardian's
travel and food pages, NYT Cooking, Wirecutter, Which?, Consumer Reports, local "what's on"
listings), written here for the tests: parks and museums, cruises and airlines, recipes and
restaurants, sales, reviews and recalls.

Travel copy is told by its opening hours and its seasons ("open daily from 9 a.m. to 5 p.m."
times of any day, XXXX-XX-XXT09:00, after the set "daily"; "closed on Mondays" a set; "peak
season runs mid-June through August" its months, MID the first; "reopens in spring 2025";
"Book at least 21 days in advance" P21D, EQUAL_OR_MORE; "a seven-night cruise" P7D); food by
its durations and its vintages ("Bake for 25 to 30 minutes" one duration, PT30M, as the project
reads a range of counts; "rest for 10 minutes", "aged for 18 months", "the 2019 vintage" its
year; "a 12-course tasting menu" none); consumer copy by its deadlines and its windows ("the
sale runs through Sunday", "Black Friday deals start Nov. 24", "a 30-day return window" P30D,
"a two-year warranty" P2Y, "ships in 3-5 business days" P5D, as tests/test_clinical_22.py
reads it, "prices rose 4% over the past year" P1Y, "models made between 2018 and 2021").

New here: a clock time in AP's style right before "weekdays" or "weekends" is a schedule's
("happy hour runs 4-6 p.m. weekdays": XXXX-XX-XXT16:00, XXXX-XX-XXT18:00 and the set
XXXX-WXX-WD; were dated and no set, as "4-6pm weekdays" already was); the first month of a list
of months is a month wherever it stands ("The best months are May and September": May was
none); a holiday right before "last year" or "this year" is that year's ("spent $9.8 billion on
Black Friday last year": 2022-11-25 in 2023, was the coming one); a range of two holidays runs
forwards ("runs from Memorial Day to Labor Day" in July: both of one year, was a Memorial Day
ahead of a Labor Day behind); a recipe's "marinate overnight", "let the dough rise overnight"
is a night of any day (XXXX-XX-XXTNI, was the document's night).

Model names and numbers are none ("iPhone 15", "Model 3", "Galaxy S24", "the 747", "Boeing 737
MAX 9", "Pixel 7", "Flight 1282"), and so are figures, ratings and places ("4.5 stars",
"$1,299", "a 3-2-1 rub", "gate 24", "Flight 1549", "Route 66", "Terminal 5", "a 2-for-1 deal",
"350 degrees", "a 9-inch pan"); "the 2019 vintage" names its year, as "the 2024 election" does.
Each test is a story run as chrono is scored: genre "news", its date as the document date, its
weekday checked with ``datetime``; the tables are annotated by hand with the (text, type,
value[, mod]) TimeBank would give.
"""

from __future__ import annotations

import datetime as dt

import pytest
from passages import news_with_mods as news


def weekday(dct: str) -> str:
    """The weekday of ``dct``, checked with ``datetime``."""
    return dt.date.fromisoformat(dct).strftime("%A")


def values(text: str, dct: str) -> list[str]:
    """The values of the mentions of a short news text dated ``dct``."""
    return [value for _, _, value, *_ in news(text, dct, weekday(dct))]


def texts(text: str, dct: str) -> list[str]:
    """The texts of the mentions of a short news text dated ``dct``."""
    return [mention for mention, *_ in news(text, dct, weekday(dct))]


def test_a_national_park_reads_its_reservation_dates_its_hours_and_late_may() -> None:
    """AP Travel, a Wednesday in April: "this summer", "From April 13 through Oct. 27", "from 5
    a.m. to 4 p.m. on weekends" (times of any day), "every day", "late May or early June",
    "24 hours a day", "open daily from 9 a.m. to 5 p.m.", "seven days", "said Tuesday"; "$35"
    is none."""
    text = (
        "YOSEMITE NATIONAL PARK, Calif. (AP) — Visitors heading to Yosemite this summer will "
        "again need a reservation to drive into the park during peak hours. From April 13 "
        "through Oct. 27, reservations are required from 5 a.m. to 4 p.m. on weekends and "
        "holidays, and from June 29 through Aug. 16 they are required every day. Tioga Road "
        "usually opens in late May or early June. The park is open 24 hours a day, but the "
        "visitor center is open daily from 9 a.m. to 5 p.m. Passes cost $35 and are valid for "
        "seven days, park officials said Tuesday."
    )
    assert news(text, "2024-04-10", weekday("2024-04-10")) == [
        ("this summer", "DATE", "2024-SU"),
        ("April 13", "DATE", "2024-04-13"),
        ("Oct. 27", "DATE", "2024-10-27"),
        ("5 a.m.", "TIME", "XXXX-XX-XXT05:00"),
        ("4 p.m.", "TIME", "XXXX-XX-XXT16:00"),
        ("weekends", "SET", "XXXX-WXX-WE"),
        ("June 29", "DATE", "2024-06-29"),
        ("Aug. 16", "DATE", "2024-08-16"),
        ("every day", "SET", "P1D"),
        ("late May", "DATE", "2024-05", "END"),
        ("early June", "DATE", "2024-06", "START"),
        ("24 hours", "DURATION", "PT24H"),
        ("daily", "SET", "P1D"),
        ("9 a.m.", "TIME", "XXXX-XX-XXT09:00"),
        ("5 p.m.", "TIME", "XXXX-XX-XXT17:00"),
        ("seven days", "DURATION", "P7D"),
        ("Tuesday", "DATE", "2024-04-09"),
    ]


def test_a_recipe_reads_its_baking_times_and_a_night_of_any_day() -> None:
    """NYT Cooking, a Tuesday: "Bake for 25 to 30 minutes" (one duration), "rest for 10
    minutes", "two days", "marinate overnight" (a night of any day), "about 2 hours"; "350
    degrees", "a 9-inch pan" and "a 3-2-1 rub" are none."""
    text = (
        "This apple cake is the one I make when the fruit bowl is full. Heat the oven to 350 "
        "degrees and butter a 9-inch pan. Bake for 25 to 30 minutes, until a tester comes out "
        "clean, then let it rest for 10 minutes before you turn it out. The batter keeps for two "
        "days in the fridge. For the pork, rub it with a 3-2-1 rub, marinate overnight and "
        "roast it for about 2 hours."
    )
    assert news(text, "2023-11-14", weekday("2023-11-14")) == [
        ("25 to 30 minutes", "DURATION", "PT30M"),
        ("10 minutes", "DURATION", "PT10M"),
        ("two days", "DURATION", "P2D"),
        ("overnight", "TIME", "XXXX-XX-XXTNI"),
        ("2 hours", "DURATION", "PT2H"),
    ]


def test_a_restaurant_review_reads_its_opening_its_happy_hour_and_its_vintage() -> None:
    """A local review, a Friday in June: "opened in March", "Brunch ... on weekends from 10
    a.m. to 2 p.m.", "happy hour runs 4-6 p.m. weekdays" (times of any weekday and the set),
    "three hours", "14 days", "18 months", "the 2019 vintage" (its year), "closed on Mondays";
    "12-course", "$185" and "4.5 stars" are none."""
    text = (
        "Marrow opened in March in a former bank on Main Street, and it has been hard to get a "
        "table since. Brunch is served on weekends from 10 a.m. to 2 p.m., and happy hour runs "
        "4-6 p.m. weekdays. The 12-course tasting menu costs $185 and takes about three hours. "
        "The duck is dry-aged for 14 days, the ham for 18 months, and the wine list leans on "
        "the 2019 vintage from the Rhône. The restaurant is closed on Mondays. Rating: 4.5 stars."
    )
    assert news(text, "2024-06-14", weekday("2024-06-14")) == [
        ("March", "DATE", "2024-03"),
        ("weekends", "SET", "XXXX-WXX-WE"),
        ("10 a.m.", "TIME", "XXXX-XX-XXT10:00"),
        ("2 p.m.", "TIME", "XXXX-XX-XXT14:00"),
        ("4", "TIME", "XXXX-XX-XXT16:00"),
        ("6 p.m.", "TIME", "XXXX-XX-XXT18:00"),
        ("weekdays", "SET", "XXXX-WXX-WD"),
        ("three hours", "DURATION", "PT3H"),
        ("14 days", "DURATION", "P14D"),
        ("18 months", "DURATION", "P18M"),
        ("2019", "DATE", "2019"),
        ("Mondays", "SET", "XXXX-WXX-1"),
    ]


def test_black_friday_copy_reads_its_deals_its_sunday_and_last_years_black_friday() -> None:
    """Reuters, the Monday before Thanksgiving: "Black Friday is Friday", "weeks ago", "start
    Nov. 24", "runs through Sunday", "last year's Pixel 7" (the year), "through Cyber Monday",
    "on Black Friday last year" (2022's, not the coming one); "iPhone 15", "Galaxy S24" and
    "$1,299" are none."""
    text = (
        "Black Friday is Friday, but many retailers started their deals weeks ago. Walmart's "
        "Black Friday deals start Nov. 24 online, and Target's sale runs through Sunday. Apple's "
        "iPhone 15 is not discounted, but the Galaxy S24 and last year's Pixel 7 are. A $1,299 "
        "laptop is down to $899 through Cyber Monday. Shoppers spent $9.8 billion online on "
        "Black Friday last year, according to Adobe."
    )
    assert news(text, "2023-11-20", weekday("2023-11-20")) == [
        ("Black Friday", "DATE", "2023-11-24"),
        ("Friday", "DATE", "2023-11-24"),
        ("weeks ago", "DATE", "PAST_REF"),
        ("Black Friday", "DATE", "2023-11-24"),
        ("Nov. 24", "DATE", "2023-11-24"),
        ("Sunday", "DATE", "2023-11-26"),
        ("last year", "DATE", "2022"),
        ("Cyber Monday", "DATE", "2023-11-27"),
        ("Black Friday", "DATE", "2022-11-25"),
        ("last year", "DATE", "2022"),
    ]


def test_a_product_review_reads_its_return_window_warranty_and_shipping_days() -> None:
    """Wirecutter, a Wednesday: "a 30-day return window" (P30D), "a two-year warranty" (P2Y),
    "ships in 3-5 business days" (P5D), "six months", "10 hours", "released in 2021", "in
    September 2022", "in January"; "$249" is none."""
    text = (
        "Our pick comes with a 30-day return window and a two-year warranty, and it usually "
        "ships in 3-5 business days. After six months of testing, the battery still lasted "
        "about 10 hours on a charge. The previous model, released in 2021, is still sold for "
        "$249. We first published this guide in September 2022 and updated it in January."
    )
    assert news(text, "2024-02-21", weekday("2024-02-21")) == [
        ("30-day", "DURATION", "P30D"),
        ("two-year", "DURATION", "P2Y"),
        ("3-5 business days", "DURATION", "P5D"),
        ("six months", "DURATION", "P6M"),
        ("10 hours", "DURATION", "PT10H"),
        ("2021", "DATE", "2021"),
        ("September 2022", "DATE", "2022-09"),
        ("January", "DATE", "2024-01"),
    ]


def test_a_recall_reads_its_model_years_and_not_its_model_names() -> None:
    """Consumer Reports on a recall, a Tuesday: "said Tuesday", "made between 2018 and 2021",
    "from 2012 to 2023", "starting this week", "by Feb. 10" (ahead); "Model 3", "Model Y",
    "Model S" and "Model X" are none."""
    text = (
        "Tesla is recalling more than 2 million vehicles in the U.S. to fix its Autopilot "
        "system, the National Highway Traffic Safety Administration said Tuesday. The recall "
        "covers Model 3 and Model Y vehicles made between 2018 and 2021, as well as some Model S "
        "and Model X cars built from 2012 to 2023. Owners will get an over-the-air update "
        "starting this week. Letters will be mailed by Feb. 10."
    )
    assert news(text, "2023-12-05", weekday("2023-12-05")) == [
        ("Tuesday", "DATE", "2023-12-05"),
        ("2018", "DATE", "2018"),
        ("2021", "DATE", "2021"),
        ("2012", "DATE", "2012"),
        ("2023", "DATE", "2023"),
        ("this week", "DATE", "2023-W49"),
        ("Feb. 10", "DATE", "2024-02-10"),
    ]


def test_a_grounding_reads_friday_night_its_waivers_and_the_summer_timetable() -> None:
    """AP on an airline's grounding, a Monday: "on Saturday", "on Friday night", "said Monday",
    "through Tuesday", "through Jan. 10", "for hours", "starts on June 2"; "Boeing 737 MAX 9",
    "Flight 1282", "Terminal 5" and "gate 24" are none."""
    text = (
        "Alaska Airlines grounded its fleet of Boeing 737 MAX 9 jets on Saturday after a panel "
        "blew out on Flight 1282 shortly after takeoff from Portland on Friday night. The "
        "airline said Monday that cancellations would continue through Tuesday. Passengers "
        "booked through Jan. 10 can change flights without a fee. Travelers at Terminal 5 "
        "waited at gate 24 for hours. The airline's summer timetable starts on June 2."
    )
    assert news(text, "2024-01-08", weekday("2024-01-08")) == [
        ("Saturday", "DATE", "2024-01-06"),
        ("Friday night", "TIME", "2024-01-05TNI"),
        ("Monday", "DATE", "2024-01-08"),
        ("Tuesday", "DATE", "2024-01-09"),
        ("Jan. 10", "DATE", "2024-01-10"),
        ("hours", "DURATION", "PTXH"),
        ("June 2", "DATE", "2024-06-02"),
    ]


def test_a_cruise_reads_its_seven_nights_its_peak_season_and_21_days_ahead() -> None:
    """The Guardian's travel page, a Wednesday in January: "A seven-night cruise" (P7D), "runs
    mid-June through August" (MID the first), "at least 21 days" (EQUAL_OR_MORE), "on April
    12", "until 2027"."""
    text = (
        "A seven-night cruise in the Norwegian fjords is the line's best seller. Peak season runs "
        "mid-June through August, when fares can double. Book at least 21 days in advance for "
        "the lowest fares. The line's newest ship sails its first voyage on April 12, and it "
        "will be based in Southampton until 2027."
    )
    assert news(text, "2025-01-22", weekday("2025-01-22")) == [
        ("seven-night", "DURATION", "P7D"),
        ("mid-June", "DATE", "2025-06", "MID"),
        ("August", "DATE", "2025-08"),
        ("at least 21 days", "DURATION", "P21D", "EQUAL_OR_MORE"),
        ("April 12", "DATE", "2025-04-12"),
        ("2027", "DATE", "2027"),
    ]


def test_museums_read_their_closure_their_late_fridays_and_spring_2025() -> None:
    """The Guardian, a Tuesday in September: "for two years from January", "reopen in spring
    2027", "open daily from 10 a.m. to 5 p.m.", "until 8:30 p.m. on Fridays" (the weekday set's
    hour, no date: session 26 reads a time joined to a set of weekdays so), "reopens in spring
    2025", "began in 2023", "a week ahead"."""
    text = (
        "LONDON — The British Museum's Egyptian galleries will close for two years from January "
        "and reopen in spring 2027. The museum is open daily from 10 a.m. to 5 p.m. and until "
        "8:30 p.m. on Fridays. The National Gallery's new wing reopens in spring 2025, after a "
        "renovation that began in 2023. Admission is free, but booking a slot a week ahead is "
        "recommended."
    )
    assert news(text, "2024-09-03", weekday("2024-09-03")) == [
        ("two years", "DURATION", "P2Y"),
        ("January", "DATE", "2025-01"),
        ("spring 2027", "DATE", "2027-SP"),
        ("daily", "SET", "P1D"),
        ("10 a.m.", "TIME", "XXXX-XX-XXT10:00"),
        ("5 p.m.", "TIME", "XXXX-XX-XXT17:00"),
        ("8:30 p.m.", "TIME", "XXXX-XX-XXT20:30"),
        ("Fridays", "SET", "XXXX-WXX-5"),
        ("spring 2025", "DATE", "2025-SP"),
        ("2023", "DATE", "2023"),
        ("a week", "DURATION", "P1W"),
    ]


def test_a_whats_on_listing_reads_this_weekend_its_saturdays_and_the_fourth() -> None:
    """A "what's on" listing, a Wednesday: "This weekend", "on Saturday, 8 a.m. to 2 p.m.",
    "every Saturday through November", "Friday through Sunday", "at 6 p.m.", "on June 15",
    "the first Tuesday of every month" (P1M, as tests/test_business.py reads it), "July 4",
    "Monday at 10 a.m."."""
    text = (
        "This weekend: The farmers market returns to Union Square on Saturday, 8 a.m. to 2 p.m., "
        "every Saturday through November. The jazz festival runs Friday through Sunday at the "
        "waterfront, with sets starting at 6 p.m. The city pool opens for the season on June "
        "15, and the zoo is free on the first Tuesday of every month. Tickets for the July 4 "
        "fireworks cruise go on sale Monday at 10 a.m."
    )
    assert news(text, "2024-05-29", weekday("2024-05-29")) == [
        ("This weekend", "DATE", "2024-W22-WE"),
        ("Saturday, 8 a.m.", "TIME", "2024-06-01T08:00"),
        ("2 p.m.", "TIME", "2024-06-01T14:00"),
        ("every Saturday", "SET", "XXXX-WXX-6"),
        ("November", "DATE", "2024-11"),
        ("Friday", "DATE", "2024-05-31"),
        ("Sunday", "DATE", "2024-06-02"),
        ("6 p.m.", "TIME", "2024-06-02T18:00"),
        ("June 15", "DATE", "2024-06-15"),
        ("the first Tuesday of every month", "SET", "P1M"),
        ("July 4", "DATE", "2024-07-04"),
        ("Monday at 10 a.m.", "TIME", "2024-06-03T10:00"),
    ]


def test_grocery_prices_read_the_past_year_march_last_year_and_the_12_months() -> None:
    """Which? on grocery inflation, a Tuesday: "over the past year" (P1Y), "said on Tuesday",
    "in March last year" (one month), "the 12 months to February", "now", "every week", "since
    January 2023"; "4%", "46%" and "a 2-for-1 offer" are none."""
    text = (
        "Supermarket prices rose 4% over the past year, Which? said on Tuesday, down from a "
        "peak of 17% in March last year. Olive oil was up 46% in the 12 months to February. "
        "Deals such as a 2-for-1 offer are now rarer than before the pandemic. The consumer "
        "group checked prices at eight chains every week since January 2023."
    )
    assert news(text, "2024-03-12", weekday("2024-03-12")) == [
        ("the past year", "DURATION", "P1Y"),
        ("Tuesday", "DATE", "2024-03-12"),
        ("March last year", "DATE", "2023-03"),
        ("the 12 months", "DURATION", "P12M"),
        ("February", "DATE", "2024-02"),
        ("now", "DATE", "PRESENT_REF"),
        ("every week", "SET", "P1W"),
        ("January 2023", "DATE", "2023-01"),
    ]


def test_a_road_trip_reads_its_centenary_its_best_months_and_its_pool_season() -> None:
    """AP Travel on Route 66, a Wednesday in July: "next year", "a year", "2026", "on Nov. 11,
    1926", "in 1985", "about two weeks", "The best months ... are May and September" (the
    first of the list a month too), "runs from Memorial Day to Labor Day" (the season holding
    the document date); "Route 66" and "2,400-mile" are none."""
    text = (
        "Route 66 turns 100 next year, and towns along the old highway are planning a year of "
        "events for 2026. The road was commissioned on Nov. 11, 1926, and decertified in 1985. "
        "A 2,400-mile drive from Chicago to Santa Monica takes about two weeks. The best months "
        "for the drive are May and September, before and after the heat. The motel's pool "
        "season runs from Memorial Day to Labor Day."
    )
    assert news(text, "2025-07-02", weekday("2025-07-02")) == [
        ("next year", "DATE", "2026"),
        ("a year", "DURATION", "P1Y"),
        ("2026", "DATE", "2026"),
        ("Nov. 11, 1926", "DATE", "1926-11-11"),
        ("1985", "DATE", "1985"),
        ("two weeks", "DURATION", "P2W"),
        ("May", "DATE", "2026-05"),
        ("September", "DATE", "2025-09"),
        ("Memorial Day", "DATE", "2025-05-26"),
        ("Labor Day", "DATE", "2025-09-01"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Happy hour runs 4-6 p.m. weekdays.",
            ["XXXX-XX-XXT16:00", "XXXX-XX-XXT18:00", "XXXX-WXX-WD"],
        ),
        (
            "The pool opens at 7 a.m. weekends and 9 a.m. Sundays.",
            ["XXXX-XX-XXT07:00", "XXXX-WXX-WE", "XXXX-XX-XXT09:00", "XXXX-WXX-7"],
        ),
        (
            "The help line is staffed until 8 p.m. ET weekdays.",
            ["XXXX-XX-XXT20:00", "XXXX-WXX-WD"],
        ),
        ("The bar closed at 6 p.m. Weekdays are quiet there.", ["2024-06-14T18:00"]),
    ],
)
def test_a_clock_time_in_ap_style_before_weekdays_is_a_schedule(
    text: str, expected: list[str]
) -> None:
    """A clock time written "p.m." or "a.m." right before "weekdays" or "weekends" is a
    schedule's, a time of any such day, as "4-6pm weekdays" is (on a Friday in June 2024);
    "Weekdays" opening the next sentence leaves the time its day."""
    assert values(text, "2024-06-14") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The best months to go are May and September.", ["May", "September"]),
        ("The busiest months were April, May and June.", ["April", "May", "June"]),
        ("Fares drop in the shoulder months, April or October.", ["April", "October"]),
        ("The road is shut between May and June 5.", ["May", "June 5"]),
        ("June and August Smith run the inn.", []),
    ],
)
def test_the_first_month_of_a_list_of_months_is_a_month(text: str, expected: list[str]) -> None:
    """The first month of a list of months is one wherever it stands, as the later ones are;
    "June" before "and August Smith", two given names before a surname, is not, nor is "August"
    (tests/test_noticed_gaps_72.py)."""
    assert texts(text, "2025-07-02") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Shoppers spent $9.8 billion on Black Friday last year.",
            [("Black Friday", "2022-11-25"), ("last year", "2022")],
        ),
        (
            "Sales on Christmas Eve of last year were weak.",
            [("Christmas Eve", "2022-12-24"), ("last year", "2022")],
        ),
        (
            "Easter this year falls early.",
            [("Easter", "2023-04-09"), ("this year", "2023")],
        ),
        (
            "On Black Friday, last year's record fell.",
            [("Black Friday", "2023-11-24"), ("last year", "2022")],
        ),
    ],
)
def test_a_holiday_before_a_counted_year_is_that_years(
    text: str, expected: list[tuple[str, str]]
) -> None:
    """A holiday right before "last year", "of last year" or "this year" is the holiday of that
    year (on the Monday before Thanksgiving, 2023), not the nearest one; across a comma the
    year is another's."""
    rows = news(text, "2023-11-20", weekday("2023-11-20"))
    assert [(mention, value) for mention, _, value, *_ in rows] == expected


@pytest.mark.parametrize(
    ("text", "dct", "expected"),
    [
        (
            "The beach is staffed from Memorial Day to Labor Day.",
            "2024-07-10",
            ["2024-05-27", "2024-09-02"],
        ),
        (
            "The pool was open from Memorial Day through Labor Day.",
            "2024-07-10",
            ["2023-05-29", "2023-09-04"],
        ),
        (
            "The pool will be open from Memorial Day to Labor Day.",
            "2024-07-10",
            ["2025-05-26", "2025-09-01"],
        ),
        (
            "The lights stay up from Christmas to Easter.",
            "2024-02-10",
            ["2023-12-25", "2024-03-31"],
        ),
        (
            "July 5 — Independence Day fireworks injured 12 people.",
            "2024-07-05",
            ["2024-07-05", "2024-07-04"],
        ),
    ],
)
def test_a_range_of_two_holidays_runs_forwards(text: str, dct: str, expected: list[str]) -> None:
    """Two holidays of no year joined as a range run forwards, as two months do: the season
    holding the document date in the present, the last one in the past, the next one ahead;
    "from Christmas to Easter" in February crosses the new year; a dateline's day before a
    holiday is no such range."""
    assert values(text, dct) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Marinate the chicken overnight.", ["XXXX-XX-XXTNI"]),
        ("Cover and refrigerate overnight.", ["XXXX-XX-XXTNI"]),
        ("Let the dough rise overnight, then shape it.", ["XXXX-XX-XXTNI"]),
        ("Soak the beans overnight in cold water.", ["XXXX-XX-XXTNI"]),
        ("The beans soaked overnight.", ["2023-11-14TNI"]),
        ("Crews will soak the field overnight.", ["2023-11-14TNI"]),
        ("Police held him overnight.", ["2023-11-14TNI"]),
    ],
)
def test_a_recipes_overnight_is_a_night_of_any_day(text: str, expected: list[str]) -> None:
    """A recipe's instruction to leave food overnight ("marinate", "refrigerate", "let ...
    rise", "soak") names a night of any day (on a Tuesday); a story's night, past or ahead,
    keeps the document's."""
    assert values(text, "2023-11-14") == expected


@pytest.mark.parametrize(
    "text",
    [
        "The iPhone 15 and the Galaxy S24 cost $1,299 and up.",
        "Tesla recalled the Model 3 and the Model Y.",
        "The 747 and the Boeing 737 MAX 9 were grounded.",
        "The hotel has 4.5 stars and a 2-for-1 deal.",
        "Rub the ribs with a 3-2-1 rub.",
        "Flight 1549 left from gate 24 at Terminal 5.",
        "Drive Route 66 to Santa Monica.",
        "Heat the oven to 350 degrees and grease a 9-inch pan.",
        "The 12-course tasting menu costs $185.",
        "The Pixel 8 Pro and the A380 are popular.",
    ],
)
def test_models_figures_and_ratings_are_no_dates(text: str) -> None:
    """Model names and numbers, prices, ratings, deals, rubs, gates, flights, routes,
    terminals, oven temperatures, pan sizes and courses are none."""
    assert texts(text, "2024-03-13") == []


def test_the_2019_vintage_is_its_year() -> None:
    """ "the 2019 vintage" names its year, as "the 2024 election" does."""
    assert values("The list leans on the 2019 vintage from the Rhône.", "2024-06-14") == ["2019"]


def test_a_season_told_in_january_is_the_coming_one() -> None:
    """ "The cruise season runs from May to October", on a Wednesday in January 2025: the
    season ahead."""
    assert values("The cruise season runs from May to October.", "2025-01-22") == [
        "2025-05",
        "2025-10",
    ]


def test_a_season_in_progress_is_open_now() -> None:
    """ "The pool is open from May to September", on a Wednesday in July 2024: the season
    holding the document date."""
    assert values("The pool is open from May to September.", "2024-07-10") == [
        "2024-05",
        "2024-09",
    ]
