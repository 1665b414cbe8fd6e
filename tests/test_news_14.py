"""News articles, fourteenth round: science, health, climate and technology journalism (AP,
Reuters, the New York Times and Guardian science desks, 2012-2024) on studies, trials,
outbreaks, climate reports, space missions, phone launches and recalls.

They date a study by its day of publication ("published Tuesday in"), count follow-up and
trial lengths ("over a 10-year period", "a 12-week trial", "28 days apart"), compare with
reference periods ("the 1991-2020 average", "between 1990 and 2019", "the last 40 years"),
look ahead to "by 2050", "the 2030s" and "the end of the century", reach back "20,000 years
ago" and "more than a million years", give launch times with their zones ("lifted off at 1:47
a.m. EST on Wednesday", "the launch window now opens Oct. 12 at 10:16 a.m. EDT"), name
recurrences ("every 90 minutes", "once every 26 months", "twice a year", "The last two
winters") and the hours of a help line ("8 a.m. to 8 p.m. Eastern time Monday through
Friday"). Each test is an article run as chrono is scored: genre "news", its date as the
document date, its weekday checked with ``datetime``; the tables are annotated by hand with the
(text, type, value) TimeBank would give. Names with numbers ("COVID-19", "iOS 17", "Apollo
17", "Mars 2020", "phase 3"), the model years of a recall ("certain 2020 through 2022 Explorer
and Aviator SUVs"), rates ("13 percent a decade") and "annual" yield nothing.
"""

from __future__ import annotations

import pytest
from passages import news


def test_a_diet_study_counts_its_follow_up_and_its_trial_weeks() -> None:
    """AP health desk: "a study published Tuesday" (the day of the article), "over a 10-year
    period", "between 2006 and 2010", "a 12-week trial" (the duration, TimeBank's "30-year"),
    "within weeks", "last July", "from 2008 to 2017", "the next five years", "twice a year",
    "early 2024", "this spring"; "64 years old" is an age; "phase 3 trial" is no time."""
    text = (
        "March 14, 2023\n\nPeople who ate the most ultra-processed food were 19 percent more "
        "likely to develop dementia than those who ate the least, according to a study "
        "published Tuesday in JAMA Neurology. Researchers followed 72,000 adults in Britain "
        "over a 10-year period, using dietary questionnaires collected between 2006 and 2010. "
        "Participants were on average 64 years old when the study began. The team also ran a "
        "12-week trial in which 300 volunteers swapped a tenth of their daily calories for "
        "unprocessed food. Blood markers of inflammation fell within weeks, the authors said. "
        "The findings echo a Brazilian study presented last July that tracked 10,000 people "
        'from 2008 to 2017. "Over the past decade the evidence has been piling up," said '
        "Dr. Maria Lopes, who was not involved in the research. Ultra-processed foods now "
        "make up more than half of the calories Americans eat, up from 53.5 percent in 2001. "
        "The researchers plan to follow the group for the next five years and to repeat the "
        "questionnaires twice a year. A phase 3 trial of a dietary intervention is expected "
        "to begin in early 2024. The National Institute on Aging, which funded part of the "
        "work, will publish updated guidance this spring."
    )
    assert news(text, "2023-03-14", "Tuesday") == [
        ("March 14, 2023", "DATE", "2023-03-14"),
        ("Tuesday", "DATE", "2023-03-14"),
        ("a 10-year period", "DURATION", "P10Y"),
        ("2006", "DATE", "2006"),
        ("2010", "DATE", "2010"),
        ("12-week", "DURATION", "P12W"),
        ("daily", "SET", "P1D"),
        ("weeks", "DURATION", "PXW"),
        ("last July", "DATE", "2022-07"),
        ("2008", "DATE", "2008"),
        ("2017", "DATE", "2017"),
        ("the past decade", "DURATION", "P10Y"),
        ("now", "DATE", "PRESENT_REF"),
        ("2001", "DATE", "2001"),
        ("the next five years", "DURATION", "P5Y"),
        ("twice a year", "SET", "P1Y"),
        ("early 2024", "DATE", "2024"),
        ("this spring", "DATE", "2023-SP"),
    ]


def test_a_climate_report_reads_decades_centuries_and_pre_industrial_times() -> None:
    """A climate report: "in about a decade" (the duration; "about" stays out, as TimeBank
    mostly leaves it), "the last four decades", "since 1850", "between 1901 and 1971",
    "in at least 1,000 years", "the 2030s", "the end of the century" (this one, mod END),
    "once every 50 years" a set, "in November" ahead, "In the coming decades"; "pre-industrial
    times", "1.1 degrees" and "COP26" are no times."""
    text = (
        "GENEVA (AP) - Earth is getting so hot that temperatures in about a decade will "
        "probably blow past a level of warming that world leaders have sought to prevent, "
        "according to a report released Monday by the Intergovernmental Panel on Climate "
        "Change. The planet has already warmed about 1.1 degrees Celsius since pre-industrial "
        "times. Each of the last four decades has been successively warmer than any decade "
        "that preceded it since 1850. The report found that the rate of sea level rise nearly "
        "tripled between 1901 and 1971 and between 2006 and 2018. Arctic sea ice in late "
        "summer is at its smallest in at least 1,000 years. Under every scenario, the world "
        "will hit 1.5 degrees of warming in the 2030s. Seas could rise by up to a meter by "
        "the end of the century if emissions keep climbing. Events that used to happen once "
        "every 50 years now happen roughly every 10 years. Countries will meet in Glasgow in "
        'November for the COP26 summit. The last comparable report was issued in 2013. "This '
        'is a code red for humanity," U.N. Secretary-General Antonio Guterres said on '
        "Monday. In the coming decades, the authors wrote, heat waves will grow more frequent "
        "nearly everywhere."
    )
    assert news(text, "2021-08-09", "Monday") == [
        ("a decade", "DURATION", "P10Y"),
        ("Monday", "DATE", "2021-08-09"),
        ("the last four decades", "DURATION", "P40Y"),
        ("1850", "DATE", "1850"),
        ("1901", "DATE", "1901"),
        ("1971", "DATE", "1971"),
        ("2006", "DATE", "2006"),
        ("2018", "DATE", "2018"),
        ("late summer", "DATE", "2021-SU"),
        ("at least 1,000 years", "DURATION", "P1000Y"),
        ("the 2030s", "DATE", "203"),
        ("the end of the century", "DATE", "20"),
        ("every 50 years", "SET", "P50Y"),
        ("now", "DATE", "PRESENT_REF"),
        ("every 10 years", "SET", "P10Y"),
        ("November", "DATE", "2021-11"),
        ("2013", "DATE", "2013"),
        ("Monday", "DATE", "2021-08-09"),
        ("the coming decades", "DURATION", "PXDE"),
    ]


def test_a_moon_launch_gives_its_liftoff_countdown_and_splashdown() -> None:
    """A launch story: "at 1:47 a.m. EST on Wednesday" one time with its zone, "for the first
    time since 1972", "since late August", "T-minus 10 minutes" (the duration, as
    tests/test_histories_3.py reads "T-minus 10 seconds"), "almost an hour" (TimeBank mostly
    leaves "almost" out), "on Monday" ahead, "a 25-day mission", "as early as 2025", "eight
    and a half minutes"; "Apollo 17" and "322-foot" are no times."""
    text = (
        "CAPE CANAVERAL, Fla. (AP) - NASA's new moon rocket lifted off at 1:47 a.m. EST on "
        "Wednesday, sending an empty crew capsule toward the moon for the first time since "
        "1972. The 322-foot Space Launch System rocket had been grounded since late August by "
        "fuel leaks and then by two hurricanes. Controllers held the countdown at T-minus 10 "
        "minutes for almost an hour while a team tightened a leaking valve. The Orion capsule "
        "should reach the moon on Monday and spend nearly a week in a distant orbit before "
        "returning. Splashdown in the Pacific is set for Dec. 11, capping a 25-day mission. "
        "The flight is running years late and billions over budget. NASA hopes to put "
        "astronauts around the moon in 2024 and land two on its surface as early as 2025. The "
        "last time astronauts walked on the moon was during Apollo 17 in December 1972. The "
        "rocket's core stage burned for about eight and a half minutes. \"We are all part of "
        'something incredibly special," launch director Charlie Blackwell-Thompson told her '
        "team after liftoff."
    )
    assert news(text, "2022-11-16", "Wednesday") == [
        ("1:47 a.m. EST on Wednesday", "TIME", "2022-11-16T01:47-05:00"),
        ("1972", "DATE", "1972"),
        ("late August", "DATE", "2022-08"),
        ("10 minutes", "DURATION", "PT10M"),
        ("an hour", "DURATION", "PT1H"),
        ("Monday", "DATE", "2022-11-21"),
        ("nearly a week", "DURATION", "P1W"),
        ("Dec. 11", "DATE", "2022-12-11"),
        ("25-day", "DURATION", "P25D"),
        ("2024", "DATE", "2024"),
        ("2025", "DATE", "2025"),
        ("December 1972", "DATE", "1972-12"),
        ("eight and a half minutes", "DURATION", "PT8M30S"),
    ]


def test_a_launch_window_opens_and_a_cruise_runs_for_years() -> None:
    """A delayed mission: "the launch window now opens Oct. 12 at 10:16 a.m. EDT and runs
    through Oct. 25", "over six years", "in May 2026", "26 months", "the fall of 2022", "last
    year", "about eight minutes after liftoff", "since the 1850s"; "Falcon Heavy" is none."""
    text = (
        "NASA said Thursday it would push back the launch of its Psyche asteroid mission by a "
        "week to check the spacecraft's thrusters. The launch window now opens Oct. 12 at "
        "10:16 a.m. EDT and runs through Oct. 25. The spacecraft will travel 2.2 billion "
        "miles over six years to reach a metal-rich asteroid orbiting the sun between Mars "
        "and Jupiter. It will swing past Mars in May 2026 for a gravity assist and arrive in "
        "August 2029. Once there, it will spend 26 months mapping the surface from a series "
        "of orbits. The mission missed its original launch date in the fall of 2022 because "
        "of software problems. An independent review last year blamed the delay on staffing "
        "shortages at the Jet Propulsion Laboratory. Psyche will ride on a SpaceX Falcon "
        "Heavy. The rocket's two side boosters will land back at Cape Canaveral about eight "
        "minutes after liftoff. Scientists have studied the asteroid through telescopes since "
        "the 1850s. The mission was approved in January 2017."
    )
    assert news(text, "2023-10-05", "Thursday") == [
        ("Thursday", "DATE", "2023-10-05"),
        ("a week", "DURATION", "P1W"),
        ("now", "DATE", "PRESENT_REF"),
        ("Oct. 12 at 10:16 a.m. EDT", "TIME", "2023-10-12T10:16-04:00"),
        ("Oct. 25", "DATE", "2023-10-25"),
        ("six years", "DURATION", "P6Y"),
        ("May 2026", "DATE", "2026-05"),
        ("August 2029", "DATE", "2029-08"),
        ("26 months", "DURATION", "P26M"),
        ("the fall of 2022", "DATE", "2022-FA"),
        ("last year", "DATE", "2022"),
        ("eight minutes", "DURATION", "PT8M"),
        ("the 1850s", "DATE", "185"),
        ("January 2017", "DATE", "2017-01"),
    ]


def test_a_mars_launch_names_its_mission_and_an_orbit_every_90_minutes() -> None:
    """Perseverance's launch: "Mars 2020", the mission's name, is no date (as "Horizon 2020");
    "a launch window that closes Aug. 15", "the early 2030s", "last week", "last Thursday",
    "once every 26 months" a set, "90-second flights", "a 30-day campaign last year", "every
    90 minutes" a set, "a six-hour spacewalk on Tuesday", "on Sunday" ahead, "last month's
    launch" the month; "Atlas V", "Tianwen-1" and "$2.7 billion" are no times."""
    text = (
        "NASA's Perseverance rover lifted off Thursday on a mission to search Mars for signs "
        "of ancient life. The Atlas V rocket left Cape Canaveral at 7:50 a.m. EDT, the "
        "opening of a launch window that closes Aug. 15. The $2.7 billion mission, officially "
        "called Mars 2020, should land in Jezero Crater on Feb. 18, 2021. The rover will "
        "collect rock samples to be returned to Earth in the early 2030s. It follows the "
        "United Arab Emirates' Hope orbiter, which launched last week from Japan, and China's "
        "Tianwen-1, launched last Thursday. Mars and Earth line up for launches only once "
        "every 26 months. The rover carries a small helicopter that will attempt a series of "
        "90-second flights. Engineers tested it during a 30-day campaign last year. "
        "Meanwhile, aboard the International Space Station, which circles Earth every 90 "
        "minutes, two astronauts completed a six-hour spacewalk on Tuesday. They will return "
        "on Sunday in the SpaceX capsule that carried them up after last month's launch."
    )
    assert news(text, "2020-07-30", "Thursday") == [
        ("Thursday", "DATE", "2020-07-30"),
        ("7:50 a.m. EDT", "TIME", "2020-07-30T07:50-04:00"),
        ("Aug. 15", "DATE", "2020-08-15"),
        ("Feb. 18, 2021", "DATE", "2021-02-18"),
        ("the early 2030s", "DATE", "203"),
        ("last week", "DATE", "2020-W30"),
        ("last Thursday", "DATE", "2020-07-23"),
        ("every 26 months", "SET", "P26M"),
        ("90-second", "DURATION", "PT90S"),
        ("30-day", "DURATION", "P30D"),
        ("last year", "DATE", "2019"),
        ("every 90 minutes", "SET", "PT90M"),
        ("six-hour", "DURATION", "PT6H"),
        ("Tuesday", "DATE", "2020-07-28"),
        ("Sunday", "DATE", "2020-08-02"),
        ("last month", "DATE", "2020-06"),
    ]


def test_a_flu_season_story_reads_the_season_and_the_last_two_winters() -> None:
    """CDC flu report: "The 2022-23 flu season" its two years (as tests/test_world_news.py
    reads a split year), "in early October", "last week", "The last two winters" a set of
    winters (as TimeBank tags "the past three summers"), "6 months and older" the duration,
    "by the end of October", "four weeks apart", "last season", "for weeks", "every Friday at
    noon", "through the Thanksgiving holiday"; "COVID-19" and "the annual flu shot" are no
    times (TimeBank leaves "annual" untagged almost always)."""
    text = (
        "ATLANTA (AP) - Flu hospitalizations are the highest for this time of year in more "
        "than a decade, U.S. health officials said Friday. The 2022-23 flu season got off to "
        "an early start, with cases climbing in the South in early October. About 4,300 "
        "people were admitted to hospitals with the flu last week, the Centers for Disease "
        "Control and Prevention said. The last two winters were unusually mild because of "
        "masking and school closures during the COVID-19 pandemic. Officials urged everyone 6 "
        "months and older to get the annual flu shot, ideally by the end of October. Children "
        "should get two doses four weeks apart if they have never been vaccinated. Pharmacies "
        "have given about 20 percent fewer shots than at this point last season. RSV, another "
        "respiratory virus, has also filled pediatric wards for weeks. The CDC updates its "
        "flu tracker every Friday at noon. Experts expect cases to keep rising through the "
        "Thanksgiving holiday."
    )
    assert news(text, "2022-11-04", "Friday") == [
        ("more than a decade", "DURATION", "P10Y"),
        ("Friday", "DATE", "2022-11-04"),
        ("2022", "DATE", "2022"),
        ("23", "DATE", "2023"),
        ("early October", "DATE", "2022-10"),
        ("last week", "DATE", "2022-W43"),
        ("The last two winters", "SET", "XXXX-WI"),
        ("6 months", "DURATION", "P6M"),
        ("the end of October", "DATE", "2022-10"),
        ("four weeks", "DURATION", "P4W"),
        ("last season", "DATE", "PAST_REF"),
        ("weeks", "DURATION", "PXW"),
        ("every Friday at noon", "SET", "XXXX-WXX-5T12:00"),
        ("Thanksgiving", "DATE", "2022-11-24"),
    ]


def test_a_phone_launch_gives_pre_orders_a_release_day_and_a_software_update() -> None:
    """Apple's event: "Pre-orders begin Friday at 5 a.m. Pacific time" (PDT in September),
    "go on sale Sept. 22", "available on Monday", "fiscal 2022", "the last three quarters",
    "later this year", "by 2030", "about 75 minutes"; "iPhone 15", "iOS 17" and "USB-C" are
    no times."""
    text = (
        "CUPERTINO, Calif. (Reuters) - Apple Inc on Tuesday unveiled the iPhone 15 with a "
        "USB-C charging port, ending its use of the Lightning connector it introduced in "
        "2012. The change follows a European Union rule that requires a common charger by the "
        "end of 2024. Pre-orders begin Friday at 5 a.m. Pacific time, and the phones go on "
        "sale Sept. 22. The iOS 17 software update will be available on Monday. Prices start "
        "at $799, unchanged from last year. The iPhone 15 Pro has a titanium frame and a chip "
        "Apple said was 10 percent faster. Apple's shares fell 1.7 percent on the day. The "
        "company sold about 225 million iPhones in fiscal 2022. Sales fell in each of the "
        "last three quarters. Analysts expect a refresh of the Mac lineup later this year. "
        "Apple also said it would stop selling leather cases, part of a goal to become carbon "
        "neutral by 2030. The event, streamed from the company's campus, lasted about 75 "
        "minutes."
    )
    assert news(text, "2023-09-12", "Tuesday") == [
        ("Tuesday", "DATE", "2023-09-12"),
        ("2012", "DATE", "2012"),
        ("the end of 2024", "DATE", "2024"),
        ("Friday at 5 a.m. Pacific time", "TIME", "2023-09-15T05:00-07:00"),
        ("Sept. 22", "DATE", "2023-09-22"),
        ("Monday", "DATE", "2023-09-18"),
        ("last year", "DATE", "2022"),
        ("fiscal 2022", "DATE", "2022"),
        ("the last three quarters", "DURATION", "P3Q"),
        ("later this year", "DATE", "2023"),
        ("2030", "DATE", "2030"),
        ("75 minutes", "DURATION", "PT75M"),
    ]


def test_a_recall_names_model_years_build_dates_and_call_centre_hours() -> None:
    """A vehicle recall: the model years of "certain 2020 through 2022 Explorer and Aviator
    SUVs" name cars, not years (as "a 2019 Honda Civic"); "built between Feb. 3, 2020, and
    Aug. 21, 2021", "starting Jan. 22", "in June 2022", "in March of last year", "since the
    start of 2023", "in a single year" (a length, as "a single week" is), "since records began
    in 1966", "over the past two years", and the hours
    "8 a.m. to 8 p.m. Eastern time Monday through Friday": times of any weekday (the zone is
    the schedule's), not "8 p.m. Monday"."""
    text = (
        "DETROIT (AP) - Ford is recalling nearly 113,000 SUVs in the U.S. because a brake "
        "line can leak fluid and make it harder to stop. The recall covers certain 2020 "
        "through 2022 Explorer and Aviator SUVs built between Feb. 3, 2020, and Aug. 21, "
        "2021. Ford said it knows of 14 crashes and two injuries related to the problem. "
        "Dealers will replace the brake lines at no cost. Owners will be notified by letter "
        "starting Jan. 22. The company first learned of the leaks in June 2022 and opened an "
        "investigation in March of last year. It is the company's 67th recall since the start "
        "of 2023, more than any automaker has issued in a single year since records began in "
        "1966. The National Highway Traffic Safety Administration said it had received 20 "
        "complaints over the past two years. Owners with questions can call Ford's customer "
        "service line, which is open 8 a.m. to 8 p.m. Eastern time Monday through Friday. "
        "Ford shares fell 2 percent in morning trading."
    )
    assert news(text, "2024-01-09", "Tuesday") == [
        ("Feb. 3, 2020", "DATE", "2020-02-03"),
        ("Aug. 21, 2021", "DATE", "2021-08-21"),
        ("Jan. 22", "DATE", "2024-01-22"),
        ("June 2022", "DATE", "2022-06"),
        ("March of last year", "DATE", "2023-03"),
        ("the start of 2023", "DATE", "2023"),
        ("a single year", "DURATION", "P1Y"),
        ("1966", "DATE", "1966"),
        ("the past two years", "DURATION", "P2Y"),
        ("8 a.m.", "TIME", "XXXX-XX-XXT08:00"),
        ("8 p.m. Eastern time", "TIME", "XXXX-XX-XXT20:00"),
        ("Monday", "SET", "XXXX-WXX-1"),
        ("Friday", "SET", "XXXX-WXX-5"),
    ]


def test_an_outbreak_counts_incubation_days_and_past_epidemics() -> None:
    """An Ebola outbreak: "a week after", "in 1976", "on Aug. 1, just days after", "for 21
    days", "42 days", "in 2015", "said Friday" (the one before), "The 2014-16 West African
    epidemic" its two years, "the next few weeks", "since 2016"; "Congo's 10th" is none."""
    text = (
        "KINSHASA, Congo (Reuters) - Health workers in eastern Congo began vaccinating people "
        "against Ebola on Monday, a week after the government declared a new outbreak in "
        "North Kivu province. The outbreak is Congo's 10th since the virus was discovered "
        "near the Ebola River in 1976. It was declared on Aug. 1, just days after an earlier "
        "outbreak in the northwest was declared over. At least 57 cases and 41 deaths have "
        "been reported so far. Contacts of patients are monitored for 21 days, the maximum "
        "incubation period. An outbreak is declared over once 42 days have passed without a "
        "new case. The vaccine, made by Merck, was used for the first time in an outbreak in "
        "2015 in Guinea. The World Health Organization said Friday that the risk to the wider "
        "region was high. The 2014-16 West African epidemic killed more than 11,000 people. "
        "Officials said the next few weeks would be critical. Fighting in the region has "
        "displaced more than 1 million people since 2016."
    )
    assert news(text, "2018-08-13", "Monday") == [
        ("Monday", "DATE", "2018-08-13"),
        ("a week", "DURATION", "P1W"),
        ("1976", "DATE", "1976"),
        ("Aug. 1", "DATE", "2018-08-01"),
        ("days", "DURATION", "PXD"),
        ("21 days", "DURATION", "P21D"),
        ("42 days", "DURATION", "P42D"),
        ("2015", "DATE", "2015"),
        ("Friday", "DATE", "2018-08-10"),
        ("2014", "DATE", "2014"),
        ("16", "DATE", "2016"),
        ("the next few weeks", "DURATION", "PXW"),
        ("2016", "DATE", "2016"),
    ]


def test_ancient_dna_counts_millions_and_thousands_of_years() -> None:
    """Ancient DNA: "for more than a million years" and "about 1.2 million years old" are
    durations of millions of years (as "120,000 years"); "published Wednesday", "Until now",
    "700,000 years ago" and "20,000 years ago" (before year -9999: PAST_REF, as
    tests/test_noticed_gaps_5.py reads "125,000 years ago"), "4,000 years ago" (the year, -1979 with
    year 0), "two years", "in the 1970s", "two million years old", "within the next decade";
    "the last ice age" is no date."""
    text = (
        "LONDON (AP) - Scientists have recovered the world's oldest DNA from mammoth teeth "
        "that were buried in the Siberian permafrost for more than a million years. The "
        "findings, published Wednesday in the journal Nature, push back the limit for "
        "recovering ancient DNA by roughly a factor of 10. The oldest of the three samples is "
        "about 1.2 million years old. Until now, the oldest genetic material came from a "
        "horse that lived in Canada about 700,000 years ago. Woolly mammoths survived until "
        "about 4,000 years ago on Wrangel Island. At the height of the last ice age, about "
        "20,000 years ago, they ranged from Spain to North America. The researchers spent two "
        'years sequencing the fragments. "This DNA is incredibly old," said Love Dalen of '
        "the Centre for Palaeogenetics in Stockholm. The teeth were excavated in the 1970s by "
        "Russian paleontologist Andrei Sher. The team now hopes to reach DNA that is two "
        "million years old within the next decade."
    )
    assert news(text, "2021-02-18", "Thursday") == [
        ("more than a million years", "DURATION", "P1000000Y"),
        ("Wednesday", "DATE", "2021-02-17"),
        ("1.2 million years", "DURATION", "P1200000Y"),
        ("now", "DATE", "PRESENT_REF"),
        ("700,000 years ago", "DATE", "PAST_REF"),
        ("4,000 years ago", "DATE", "-1979"),
        ("20,000 years ago", "DATE", "PAST_REF"),
        ("two years", "DURATION", "P2Y"),
        ("the 1970s", "DATE", "197"),
        ("now", "DATE", "PRESENT_REF"),
        ("two million years", "DURATION", "P2000000Y"),
        ("the next decade", "DURATION", "P10Y"),
    ]


def test_a_heat_record_reads_the_summer_of_2023_and_a_reference_period() -> None:
    """Copernicus: "its hottest summer on record" this summer, "The three months from June to
    August", "the 1991-2020 average" its two years, "the summer of 2023", "in about 120,000
    years", "every day since late July", "in early June for the first time since 2018-19",
    "Between 1990 and 2019", "Over the last 40 years", "monthly", "in early October", "from
    Nov. 30 to Dec. 12"; "the hottest year on record" and "annual" are no times."""
    text = (
        "(Reuters) - The Northern Hemisphere just had its hottest summer on record, the "
        "European Union's Copernicus Climate Change Service said on Wednesday. The three "
        "months from June to August were 0.66 degrees Celsius warmer than the 1991-2020 "
        "average. August was the hottest month ever measured apart from July. Scientists said "
        "the summer of 2023 was probably the warmest in about 120,000 years, based on tree "
        "rings and ice cores. Sea surface temperatures have broken records every day since "
        "late July. The heat came as El Nino, a natural warming of the Pacific, took hold in "
        "early June for the first time since 2018-19. Copernicus said 2023 was on course to "
        "be the hottest year on record. Between 1990 and 2019, the region warmed about twice "
        "as fast as the global average. Over the last 40 years, heat waves in Europe have "
        "become three times more common. The agency releases its bulletin monthly. Its next "
        "report, covering September, is due in early October. The United Nations will hold "
        "its annual climate summit in Dubai from Nov. 30 to Dec. 12."
    )
    assert news(text, "2023-09-06", "Wednesday") == [
        ("summer", "DATE", "2023-SU"),
        ("Wednesday", "DATE", "2023-09-06"),
        ("The three months", "DURATION", "P3M"),
        ("June", "DATE", "2023-06"),
        ("August", "DATE", "2023-08"),
        ("1991", "DATE", "1991"),
        ("2020", "DATE", "2020"),
        ("August", "DATE", "2023-08"),
        ("July", "DATE", "2023-07"),
        ("the summer of 2023", "DATE", "2023-SU"),
        ("120,000 years", "DURATION", "P120000Y"),
        ("every day", "SET", "P1D"),
        ("late July", "DATE", "2023-07"),
        ("early June", "DATE", "2023-06"),
        ("2018", "DATE", "2018"),
        ("19", "DATE", "2019"),
        ("2023", "DATE", "2023"),
        ("1990", "DATE", "1990"),
        ("2019", "DATE", "2019"),
        ("the last 40 years", "DURATION", "P40Y"),
        ("monthly", "SET", "P1M"),
        ("early October", "DATE", "2023-10"),
        ("Nov. 30", "DATE", "2023-11-30"),
        ("Dec. 12", "DATE", "2023-12-12"),
    ]


def test_arctic_ice_shrank_on_sunday_and_melts_for_weeks() -> None:
    """Sea ice: "shrank ... on Sunday" is the Sunday before (an irregular past tense), though
    the sentence goes on to the future ("is expected to keep melting"); "another two or three
    weeks", "on Sept. 18, 2007", "since 1979", "in mid-September", "Over the past decade";
    "13 percent a decade" is a rate, no duration; "the 2030s", "the coming years", "daily",
    "each winter", "since the 1980s", "this year", "the 1979-2000 average"."""
    text = (
        "WASHINGTON (AP) - The amount of ice in the Arctic Ocean shrank to its lowest level "
        "on record on Sunday, scientists said Monday, and it is expected to keep melting for "
        "another two or three weeks. The National Snow and Ice Data Center in Boulder, Colo., "
        "said sea ice covered 1.58 million square miles, breaking the record set on Sept. 18, "
        "2007. Satellites have tracked the ice since 1979. The ice usually reaches its "
        "minimum in mid-September. Over the past decade, summer ice has shrunk by about 13 "
        "percent a decade. A powerful storm in early August broke up much of the ice north of "
        "Alaska. Some scientists have predicted the Arctic could be nearly ice-free by the "
        "2030s. \"It's likely we'll see more records in the coming years,\" said Walt Meier, "
        "a research scientist at the center. The center updates its estimate daily and will "
        "issue a full analysis in early October. The ice grows back each winter, but it has "
        "been thinner since the 1980s. Sea ice this year is 45 percent below the 1979-2000 "
        "average."
    )
    assert news(text, "2012-08-27", "Monday") == [
        ("Sunday", "DATE", "2012-08-26"),
        ("Monday", "DATE", "2012-08-27"),
        ("two or three weeks", "DURATION", "P3W"),
        ("Sept. 18, 2007", "DATE", "2007-09-18"),
        ("1979", "DATE", "1979"),
        ("mid-September", "DATE", "2012-09"),
        ("the past decade", "DURATION", "P10Y"),
        ("early August", "DATE", "2012-08"),
        ("the 2030s", "DATE", "203"),
        ("the coming years", "DURATION", "PXY"),
        ("daily", "SET", "P1D"),
        ("early October", "DATE", "2012-10"),
        ("each winter", "SET", "XXXX-WI"),
        ("the 1980s", "DATE", "198"),
        ("this year", "DATE", "2012"),
        ("1979", "DATE", "1979"),
        ("2000", "DATE", "2000"),
    ]


def test_an_eclipse_gives_local_times_totality_and_the_next_one_in_2044() -> None:
    """The 2024 eclipse: "Monday's total solar eclipse", "since 2017", "at 11:07 a.m. local
    time" (no zone), "at 1:40 p.m. CDT", "nearly four minutes", "about an hour and a half
    later" (from the last clock time), "minutes before totality", "Aug. 23, 2044", "in 1925",
    "months in advance" (a vague duration), "on Oct. 2" ahead, "its 11-year cycle", "this year
    or early next year"."""
    text = (
        "DALLAS (AP) - Millions of people across North America watched Monday's total solar "
        "eclipse, the first to cross the continent since 2017. The moon's shadow first "
        "touched land near Mazatlan, Mexico, at 11:07 a.m. local time. In Dallas, totality "
        "began at 1:40 p.m. CDT and lasted nearly four minutes. The eclipse left the coast of "
        "Newfoundland about an hour and a half later. Clouds cleared over Texas minutes "
        "before totality. NASA launched three sounding rockets from Virginia to study the "
        "upper atmosphere before, during and after the eclipse. The next total solar eclipse "
        "visible from the contiguous United States will not come until Aug. 23, 2044. Niagara "
        "Falls, which drew a million visitors, last saw totality in 1925. Hotels in the path "
        "were booked months in advance. Another eclipse, an annular one, will cross South "
        "America on Oct. 2. The sun is near the peak of its 11-year cycle, which is expected "
        "this year or early next year."
    )
    assert news(text, "2024-04-09", "Tuesday") == [
        ("Monday", "DATE", "2024-04-08"),
        ("2017", "DATE", "2017"),
        ("11:07 a.m.", "TIME", "2024-04-08T11:07"),
        ("1:40 p.m. CDT", "TIME", "2024-04-08T13:40-05:00"),
        ("nearly four minutes", "DURATION", "PT4M"),
        ("an hour and a half later", "TIME", "2024-04-08T15:10-05:00"),
        ("minutes", "DURATION", "PTXM"),
        ("Aug. 23, 2044", "DATE", "2044-08-23"),
        ("1925", "DATE", "1925"),
        ("months", "DURATION", "PXM"),
        ("Oct. 2", "DATE", "2024-10-02"),
        ("11-year", "DURATION", "P11Y"),
        ("this year", "DATE", "2024"),
        ("early next year", "DATE", "2025"),
    ]


def test_a_vaccine_trial_reads_doses_days_apart_and_follow_up_years() -> None:
    """Moderna's interim result: "a week after", "starting in late July", "28 days apart",
    "at least two weeks after the second dose", "in the coming weeks", "by the end of the
    year", "for 30 days", "in 2021", "for two years", "since its founding in 2010", "Dec. 17"
    ahead; "phase 3", "COVID-19", "94.5%" and "minus 70 degrees" are no times."""
    text = (
        "(Reuters) - Moderna Inc said on Monday its experimental vaccine was 94.5% effective "
        "in preventing COVID-19 based on interim data from a late-stage trial, a week after "
        "Pfizer Inc reported similar results. The phase 3 trial enrolled 30,000 volunteers "
        "starting in late July. Participants received two shots 28 days apart. The analysis "
        "was based on 95 infections that occurred at least two weeks after the second dose. "
        "Moderna expects to seek emergency use authorization in the coming weeks and to have "
        "about 20 million doses ready by the end of the year. Unlike Pfizer's shot, which "
        "must be kept at minus 70 degrees Celsius, Moderna's vaccine can be stored in a "
        "standard refrigerator for 30 days. The company plans to make 500 million to 1 "
        "billion doses in 2021. Volunteers will be monitored for two years. Moderna shares "
        "rose 9.6% in premarket trading. The company has never brought a product to market "
        'since its founding in 2010. Anthony Fauci called the results "really quite '
        'impressive." An advisory panel to the Food and Drug Administration will meet Dec. '
        "17 to review the data."
    )
    assert news(text, "2020-11-16", "Monday") == [
        ("Monday", "DATE", "2020-11-16"),
        ("a week", "DURATION", "P1W"),
        ("late July", "DATE", "2020-07"),
        ("28 days", "DURATION", "P28D"),
        ("at least two weeks", "DURATION", "P2W"),
        ("the coming weeks", "DURATION", "PXW"),
        ("the end of the year", "DATE", "2020"),
        ("30 days", "DURATION", "P30D"),
        ("2021", "DATE", "2021"),
        ("two years", "DURATION", "P2Y"),
        ("2010", "DATE", "2010"),
        ("Dec. 17", "DATE", "2020-12-17"),
    ]


def test_look_alikes_in_science_and_technology_news_yield_nothing() -> None:
    """Trial phases, virus and product names, mission names, model years, rates and
    temperatures are no times."""
    text = (
        "The phase 3 trial of the COVID-19 booster used the SARS-CoV-2 XBB.1.5 strain. Apple "
        "will ship iOS 17 and watchOS 10 on the iPhone 15. NASA's Mars 2020 rover rode an "
        "Atlas V 541; Artemis II will follow Apollo 17. A Falcon 9 launched Sentinel-6 as the "
        "H5N1 strain spread. Ford recalled some 2019-2021 Honda Passport SUVs. Sea level rose "
        "3.3 millimeters a year and ice shrank 13 percent a decade. Warming must stay below 1.5"
        " degrees under the accord reached at COP21."
    )
    assert news(text, "2023-09-12", "Tuesday") == []


@pytest.mark.xfail(
    strict=True,
    reason="a month after a fiscal year's 'which ended in' is of that fiscal year; chrono "
    "anchors it to the document date (the current September)",
)
def test_the_month_a_fiscal_year_ended_in_is_of_that_year() -> None:
    """ "in fiscal 2022, which ended in September": September 2022, not this September."""
    text = "Apple sold about 225 million iPhones in fiscal 2022, which ended in September."
    assert news(text, "2023-09-12", "Tuesday") == [
        ("fiscal 2022", "DATE", "2022"),
        ("September", "DATE", "2022-09"),
    ]
