"""Held-out genre, thirtieth round: civil wars and revolutions.

Passages written for these tests in the style of English Wikipedia's articles on civil wars and
revolutions: the English Civil War, the French Revolution, the Russian Revolution and Civil
War, the Mexican Revolution, the Spanish Civil War, the Chinese Civil War and the Irish War of
Independence; read as narratives with no document date (and with genre auto, which picks
narrative without one): each relative date is anchored by the text's own dates.

Earlier rounds (tests/test_war*.py, tests/test_histories_*.py, tests/test_history.py) already
test "7 November [O.S. 25 October] 1917" (one date, the first day's), "26 August (7 September
N.S.) 1812" (two dates), "the night of 16–17 July" (two dates), "the afternoon of 26 April"
(its date only), "Bloody Sunday, 30 January 1972" (the date only), "the Hundred Days" and "the
26th of July Movement" (names), "9 Thermidor Year II" (untagged) and "Year III" (no year);
they are used here only as steps of the story.

Conventions followed (the project's, after TimeBank):
- a date of the French republican calendar is untagged, with or without its year ("9
  Thermidor Year II", "the coup of 18 Brumaire"): TIMEX3 values are Gregorian, and histories
  give the Gregorian day beside it when it matters ("18 Brumaire Year VIII (9 November 1799)"),
  which is then the date; a republican year ("Year II", "Year I of the Republic") is no year;
- named days and periods are names, not dates: "the February Revolution", "the July Days",
  "the October Revolution", "Bloody Sunday", "the April Theses", "the Reign of Terror", "the
  Ten Tragic Days"; their dates beside them are tagged;
- "in the weeks that followed": "weeks" (PXW), as in tests/test_news_11.py; "a few days
  later" after a month is the month's year (a vague count coarsens the anchor by a unit);
- designations and counts are no dates: "the Long Parliament", "the Committee of Public
  Safety", "the 1st Cavalry Army", "Article 27", "Order No. 1", "the Fourth Duma", "some 17,000
  official executions", "2 million refugees", "64 votes to 57".
New here:
- the calendars named in words, as histories write them beside a day: "27 June (Old Style)
  1709", "7 November (25 October, Old Style) 1917" (one date, as with "O.S."), "23 February (8
  March, New Style) 1917", "25 October (O.S.; 7 November N.S.) 1917" (two dates of 1917, were
  two days of no year and a third date, the year);
- a day and the other calendar's in brackets, the calendars unnamed, before the year the two
  share: "on 25 October (7 November) 1917", "on February 23 (March 8), 1917" (two dates of
  1917, were two days of no year and the year), "on 2 (15) March 1917" ("2" and "15", was
  "March 1917" alone), as "on 14 (or 15) October 1066" is; in the other order, "on 7 November
  (25 October) 1917" is one date, as with "Old Style" named. The two days must lie the
  calendars' lag apart (13 days from 1900, 12 in the 1800s): not "on 5 May (9 May) 1917", nor
  "25 October (see below) 1917", nor "14 (15) points".
"""

from __future__ import annotations

import pytest
from passages import ModRow
from passages import found_in_narrative as _found
from passages import mentions_with_mods as _mentions_with_mods


def _narrative(text: str) -> list[ModRow]:
    return _mentions_with_mods(text, genre="narrative")


ENGLISH_CIVIL_WAR = (
    "The First English Civil War began when Charles I raised his standard at Nottingham on 22 "
    "August 1642. The Long Parliament had sat since November 1640, and within a fortnight both "
    "sides were recruiting in earnest. The first pitched battle, at Edgehill on 23 October, was "
    "indecisive. Over the winter of 1643–44 Parliament concluded the Solemn League and Covenant "
    "with the Scots, and on 2 July 1644 the allied armies routed Prince Rupert at Marston Moor. "
    "The New Model Army was formed in February 1645 and won at Naseby on 14 June. The siege of "
    "Oxford lasted until June 1646. Charles was tried in January 1649 and executed on 30 "
    "January, three days after sentence was passed. The eleven years that followed are known "
    "as the Interregnum."
)

ENGLISH_CIVIL_WAR_TABLE: list[ModRow] = [
    ("22 August 1642", "DATE", "1642-08-22"),
    # "The Long Parliament" is a name
    ("November 1640", "DATE", "1640-11"),
    ("a fortnight", "DURATION", "P2W"),
    ("23 October", "DATE", "1642-10-23"),
    ("the winter of 1643–44", "DATE", "1643-WI"),
    ("2 July 1644", "DATE", "1644-07-02"),
    ("February 1645", "DATE", "1645-02"),
    ("14 June", "DATE", "1645-06-14"),
    ("June 1646", "DATE", "1646-06"),
    ("January 1649", "DATE", "1649-01"),
    ("30 January", "DATE", "1649-01-30"),
    # "N days after" an event: the length, its anchor the event (TimeBank)
    ("three days", "DURATION", "P3D"),
    ("The eleven years", "DURATION", "P11Y"),
]


FRENCH_REVOLUTION = (
    "The French Revolution began with the meeting of the Estates General on 5 May 1789. The "
    "storming of the Bastille on 14 July 1789 set off the Great Fear in the weeks that followed, "
    "and on the night of 4 August the Assembly abolished feudalism. The monarchy was abolished "
    "on 21 September 1792, and Year I of the Republic was counted from the next day. Louis XVI "
    "was executed on 21 January 1793. The Committee of Public Safety ruled during the Reign of "
    "Terror (5 September 1793 – 27 July 1794), when some 17,000 official executions took place. "
    "Robespierre fell on 9 Thermidor Year II and was guillotined the next day. The Directory "
    "governed for four years until Bonaparte's coup of 18 Brumaire, and the republican calendar "
    "was abolished at the end of 1805."
)

FRENCH_REVOLUTION_TABLE: list[ModRow] = [
    ("5 May 1789", "DATE", "1789-05-05"),
    ("14 July 1789", "DATE", "1789-07-14"),
    ("weeks", "DURATION", "PXW"),
    # "the night of 4 August": its date only
    ("4 August", "DATE", "1789-08-04"),
    ("21 September 1792", "DATE", "1792-09-21"),
    # "Year I of the Republic" is no year; the day after the monarchy's end is
    ("the next day", "DATE", "1792-09-22"),
    ("21 January 1793", "DATE", "1793-01-21"),
    # "The Committee of Public Safety" is a name, "17,000 official executions" a count
    ("5 September 1793", "DATE", "1793-09-05"),
    ("27 July 1794", "DATE", "1794-07-27"),
    # "9 Thermidor Year II" untagged: the story is at the Terror's last day, 27 July 1794
    ("the next day", "DATE", "1794-07-28"),
    ("four years", "DURATION", "P4Y"),
    # "the coup of 18 Brumaire" untagged
    ("the end of 1805", "DATE", "1805", "END"),
]


RUSSIAN_REVOLUTION = (
    "The Revolution of 1905 began on Bloody Sunday, 22 January [O.S. 9 January] 1905, when "
    "troops fired on a procession in St Petersburg. Twelve years later the February Revolution "
    "broke out on 23 February (8 March, New Style) 1917, and Nicholas II abdicated on 2 (15) "
    "March. Lenin returned from exile on 3 (16) April and issued the April Theses the next day. "
    "In the July Days, armed demonstrations against the Provisional Government were put down, "
    "and Lenin fled to Finland. The Bolsheviks seized power in the October Revolution of 25 "
    "October (7 November) 1917, and the Constituent Assembly met for a single day in January "
    "1918. The Soviet government adopted the Gregorian calendar in February 1918: 31 January "
    "was followed by 14 February."
)

RUSSIAN_REVOLUTION_TABLE: list[ModRow] = [
    ("1905", "DATE", "1905"),
    # "Bloody Sunday" names the day; the Old Style day in the bracket is the same day
    ("22 January [O.S. 9 January] 1905", "DATE", "1905-01-22"),
    ("Twelve years later", "DATE", "1917"),
    # the New Style named in words: two dates of 1917 (were two days of no year and 1917)
    ("23 February", "DATE", "1917-02-23"),
    ("8 March", "DATE", "1917-03-08"),
    # a day and the other calendar's day in brackets before the month (was nothing)
    ("2", "DATE", "1917-03-02"),
    ("15", "DATE", "1917-03-15"),
    ("3", "DATE", "1917-04-03"),
    ("16", "DATE", "1917-04-16"),
    # counted from the first-told day, in the calendar the text writes in (noticed gaps 73)
    ("the next day", "DATE", "1917-04-04"),
    # "the July Days" and "the October Revolution" are names; the calendars unnamed: two dates
    # of the year after the bracket (were two days of no year and 1917)
    ("25 October", "DATE", "1917-10-25"),
    ("7 November", "DATE", "1917-11-07"),
    ("a single day", "DURATION", "P1D"),
    ("January 1918", "DATE", "1918-01"),
    ("February 1918", "DATE", "1918-02"),
    ("31 January", "DATE", "1918-01-31"),
    ("14 February", "DATE", "1918-02-14"),
]


RUSSIAN_CIVIL_WAR = (
    "The Russian Civil War broke out in the summer of 1918. On the night of 16–17 July 1918 the "
    "former tsar and his family were shot in Yekaterinburg. By the spring of 1919 Kolchak's "
    "armies had reached the Volga, but within three months they were in retreat. The 1st "
    "Cavalry Army was formed in November 1919, and in the next three years the Reds defeated "
    "the Whites on every front. Wrangel evacuated the Crimea in November 1920. The war left "
    "some 2 million refugees abroad, and the last Japanese troops left Vladivostok in October "
    "1922."
)

RUSSIAN_CIVIL_WAR_TABLE: list[ModRow] = [
    ("the summer of 1918", "DATE", "1918-SU"),
    # a night over two days: two dates
    ("16", "DATE", "1918-07-16"),
    ("17 July 1918", "DATE", "1918-07-17"),
    ("the spring of 1919", "DATE", "1919-SP"),
    ("three months", "DURATION", "P3M"),
    # "The 1st Cavalry Army" is a unit
    ("November 1919", "DATE", "1919-11"),
    ("the next three years", "DURATION", "P3Y"),
    ("November 1920", "DATE", "1920-11"),
    # "some 2 million refugees" is a count
    ("October 1922", "DATE", "1922-10"),
]


MEXICAN_REVOLUTION = (
    "The Mexican Revolution began on 20 November 1910, the date Francisco Madero had set for "
    "an uprising against Porfirio Díaz. Díaz resigned in May 1911 and sailed for France a few "
    "days later. Madero was overthrown during the Ten Tragic Days of February 1913 and shot on "
    "22 February. Huerta held power for seventeen months. In April 1914 American forces "
    "occupied Veracruz for seven months. The Constitution of 1917 was promulgated on 5 February "
    "1917, and Article 27 returned the land to the nation. A decade of unrest followed."
)

MEXICAN_REVOLUTION_TABLE: list[ModRow] = [
    ("20 November 1910", "DATE", "1910-11-20"),
    ("May 1911", "DATE", "1911-05"),
    # a vague count of days after a month: the month (noticed gaps 73)
    ("a few days later", "DATE", "1911-05"),
    # "the Ten Tragic Days" is a name
    ("February 1913", "DATE", "1913-02"),
    ("22 February", "DATE", "1913-02-22"),
    ("seventeen months", "DURATION", "P17M"),
    ("April 1914", "DATE", "1914-04"),
    ("seven months", "DURATION", "P7M"),
    ("1917", "DATE", "1917"),
    ("5 February 1917", "DATE", "1917-02-05"),
    # "Article 27" is no date
    ("A decade", "DURATION", "P10Y"),
]


SPANISH_CIVIL_WAR = (
    "The Spanish Civil War began with a military coup on 17–18 July 1936. Franco's Army of "
    "Africa was airlifted across the Strait of Gibraltar in the weeks that followed. The siege "
    "of Madrid began in November 1936, and over the winter of 1936–37 the city held out. "
    "Guernica was bombed on the afternoon of 26 April 1937. The Battle of the Ebro, the longest "
    "of the war, lasted 115 days, from 25 July to 16 November 1938. Madrid fell on 28 March "
    "1939, and Franco declared the war over on 1 April. Hundreds of thousands went into exile, "
    "and the dictatorship lasted almost four decades."
)

SPANISH_CIVIL_WAR_TABLE: list[ModRow] = [
    ("17", "DATE", "1936-07-17"),
    ("18 July 1936", "DATE", "1936-07-18"),
    ("weeks", "DURATION", "PXW"),
    ("November 1936", "DATE", "1936-11"),
    ("the winter of 1936–37", "DATE", "1936-WI"),
    # "the afternoon of 26 April 1937": its date only
    ("26 April 1937", "DATE", "1937-04-26"),
    ("115 days", "DURATION", "P115D"),
    ("25 July", "DATE", "1938-07-25"),
    ("16 November 1938", "DATE", "1938-11-16"),
    ("28 March 1939", "DATE", "1939-03-28"),
    ("1 April", "DATE", "1939-04-01"),
    ("four decades", "DURATION", "P40Y"),
]


CHINESE_CIVIL_WAR = (
    "The Chinese Civil War resumed in earnest in June 1946, after the collapse of the truce "
    "negotiated by George Marshall. The Liaoshen campaign, fought from 12 September to 2 "
    "November 1948, was followed by the Huaihai campaign, which lasted 65 days. The siege of "
    "Changchun lasted five months and starved tens of thousands. Beiping surrendered on 31 "
    "January 1949, and the Communists crossed the Yangtze in April. Mao proclaimed the People's "
    "Republic on 1 October 1949, and by December the Nationalist government had fled to Taiwan."
)

CHINESE_CIVIL_WAR_TABLE: list[ModRow] = [
    ("June 1946", "DATE", "1946-06"),
    ("12 September", "DATE", "1948-09-12"),
    ("2 November 1948", "DATE", "1948-11-02"),
    ("65 days", "DURATION", "P65D"),
    ("five months", "DURATION", "P5M"),
    ("31 January 1949", "DATE", "1949-01-31"),
    ("April", "DATE", "1949-04"),
    ("1 October 1949", "DATE", "1949-10-01"),
    ("December", "DATE", "1949-12"),
]


IRISH_WAR = (
    "The Irish War of Independence began on 21 January 1919, the day the First Dáil met in "
    "Dublin. The fighting escalated over the next two years. On Bloody Sunday, 21 November 1920, "
    "the IRA killed fourteen British agents in the morning, and in the afternoon Auxiliaries "
    "fired on the crowd at Croke Park. Kevin Barry was hanged on 1 November 1920, a week after "
    "his eighteenth birthday. A truce came into effect at noon on 11 July 1921, and the "
    "Anglo-Irish Treaty was signed on 6 December. The Dáil approved it by 64 votes to 57. "
    "Prisoners were amnestied in 1922, and the centenary in 2019 was marked by a joint sitting."
)

IRISH_WAR_TABLE: list[ModRow] = [
    ("21 January 1919", "DATE", "1919-01-21"),
    ("the next two years", "DURATION", "P2Y"),
    # "Bloody Sunday" names the day: the date only
    ("21 November 1920", "DATE", "1920-11-21"),
    ("the morning", "TIME", "1920-11-21TMO"),
    ("the afternoon", "TIME", "1920-11-21TAF"),
    ("1 November 1920", "DATE", "1920-11-01"),
    ("a week", "DURATION", "P1W"),
    ("noon on 11 July 1921", "TIME", "1921-07-11T12:00"),
    ("6 December", "DATE", "1921-12-06"),
    # "64 votes to 57" is a count; the centenary without its date is not tagged
    ("1922", "DATE", "1922"),
    ("2019", "DATE", "2019"),
]


PASSAGES = [
    pytest.param(ENGLISH_CIVIL_WAR, ENGLISH_CIVIL_WAR_TABLE, id="english-civil-war"),
    pytest.param(FRENCH_REVOLUTION, FRENCH_REVOLUTION_TABLE, id="french-revolution"),
    pytest.param(RUSSIAN_REVOLUTION, RUSSIAN_REVOLUTION_TABLE, id="russian-revolution"),
    pytest.param(RUSSIAN_CIVIL_WAR, RUSSIAN_CIVIL_WAR_TABLE, id="russian-civil-war"),
    pytest.param(MEXICAN_REVOLUTION, MEXICAN_REVOLUTION_TABLE, id="mexican-revolution"),
    pytest.param(SPANISH_CIVIL_WAR, SPANISH_CIVIL_WAR_TABLE, id="spanish-civil-war"),
    pytest.param(CHINESE_CIVIL_WAR, CHINESE_CIVIL_WAR_TABLE, id="chinese-civil-war"),
    pytest.param(IRISH_WAR, IRISH_WAR_TABLE, id="irish-war"),
]


@pytest.mark.parametrize(("text", "table"), PASSAGES)
def test_civil_wars_and_revolutions_read_as_their_tables(text: str, table: list[ModRow]) -> None:
    """Each passage, read as a narrative, yields exactly its table."""
    assert _narrative(text) == table


@pytest.mark.parametrize(("text", "table"), PASSAGES)
def test_genre_auto_reads_them_as_narratives(text: str, table: list[ModRow]) -> None:
    """With no document date, genre auto reads each passage as the narrative it is."""
    assert _mentions_with_mods(text, genre="auto") == table


@pytest.mark.parametrize(
    "text",
    [
        "The Long Parliament, the Rump Parliament and the Committee of Public Safety sat on.",
        "The 1st Cavalry Army, the Fourth Duma and the Second Congress of Soviets met.",
        "Article 231, Article 27 and Order No. 1 were read aloud.",
        "The 26th of July Movement and the May Fourth Movement were revolutionary.",
        "The Terror peaked in Year II; the Constitution of Year III set up the Directory.",
        "Robespierre fell on 9 Thermidor; the royalists rose on 13 Vendémiaire.",
        "The coup of 18 Fructidor and the coup of 18 Brumaire ended the Directory's hopes.",
        "Some 40,000 executions, 2 million refugees and 64 votes to 57 were recorded.",
        "The February Revolution, the July Days and the October Revolution shook Russia.",
        "Lenin's April Theses, the Ten Tragic Days and the Reign of Terror are well studied.",
    ],
)
def test_designations_counts_and_named_days_are_no_dates(text: str) -> None:
    """Parliaments, committees, units, dumas, congresses, articles, orders, movements named
    by a date, republican years and days, counts of executions, refugees and votes, and
    events named by a month or a span of days: nothing."""
    assert _found(text) == []


@pytest.mark.parametrize(
    ("text", "table"),
    [
        pytest.param(
            "Poltava was fought on 27 June (Old Style) 1709.",
            [("27 June (Old Style) 1709", "DATE", "1709-06-27")],
            id="old-style-alone",
        ),
        pytest.param(
            "Poltava was fought on 8 July (New Style) 1709.",
            [("8 July (New Style) 1709", "DATE", "1709-07-08")],
            id="new-style-alone",
        ),
        pytest.param(
            "The insurrection began on 7 November (25 October, Old Style) 1917.",
            [("7 November (25 October, Old Style) 1917", "DATE", "1917-11-07")],
            id="old-style-day-after",
        ),
        pytest.param(
            "The insurrection began on 7 November (Old Style 25 October) 1917.",
            [("7 November (Old Style 25 October) 1917", "DATE", "1917-11-07")],
            id="old-style-day-before",
        ),
        pytest.param(
            "The revolution began on 23 February (8 March, New Style) 1917.",
            [("23 February", "DATE", "1917-02-23"), ("8 March", "DATE", "1917-03-08")],
            id="new-style-day",
        ),
        pytest.param(
            "The Bolsheviks struck on 25 October (O.S.; 7 November N.S.) 1917.",
            [("25 October", "DATE", "1917-10-25"), ("7 November", "DATE", "1917-11-07")],
            id="both-styles-noted",
        ),
        pytest.param(
            "The Decembrists rose on 14 December (26 December, N.S.), 1825.",
            [("14 December", "DATE", "1825-12-14"), ("26 December", "DATE", "1825-12-26")],
            id="comma-before-the-year",
        ),
        pytest.param(
            "The city fell on 25 October (Old Style) / 7 November (New Style) 1917.",
            [
                ("25 October", "DATE", "1917-10-25"),
                ("7 November (New Style) 1917", "DATE", "1917-11-07"),
            ],
            id="both-days-named-styles",
        ),
    ],
)
def test_calendars_named_in_words(text: str, table: list[ModRow]) -> None:
    """ "Old Style" and "New Style" in words, and "(O.S.; 7 November N.S.)", date the days
    beside them as "O.S." and "N.S." do (were days of no year and the year alone)."""
    assert _narrative(text) == table


@pytest.mark.parametrize(
    ("text", "table"),
    [
        pytest.param(
            "On 25 October (7 November) 1917 the Bolsheviks took the Winter Palace.",
            [("25 October", "DATE", "1917-10-25"), ("7 November", "DATE", "1917-11-07")],
            id="day-first",
        ),
        pytest.param(
            "The strikes in Petrograd began on February 23 (March 8), 1917.",
            [("February 23", "DATE", "1917-02-23"), ("March 8", "DATE", "1917-03-08")],
            id="month-first",
        ),
        pytest.param(
            "The Decembrists rose in the Senate Square on 14 December (26 December) 1825.",
            [("14 December", "DATE", "1825-12-14"), ("26 December", "DATE", "1825-12-26")],
            id="same-month",
        ),
        pytest.param(
            "Nicholas II abdicated at Pskov on 2 (15) March 1917.",
            [("2", "DATE", "1917-03-02"), ("15", "DATE", "1917-03-15")],
            id="days-before-their-month",
        ),
    ],
)
def test_a_day_and_the_other_calendars_in_brackets(text: str, table: list[ModRow]) -> None:
    """ "on 25 October (7 November) 1917", "on February 23 (March 8), 1917", "on 2 (15) March
    1917": two dates of the year after the bracket, as "on 14 (or 15) October 1066" gives (were
    days of no year and the year, or the month alone)."""
    assert _narrative(text) == table


@pytest.mark.parametrize(
    ("text", "table"),
    [
        pytest.param(
            "On 25 October (see below) 1917 the Bolsheviks struck.",
            [("25 October", "DATE", "XXXX-10-25"), ("1917", "DATE", "1917")],
            id="a-note",
        ),
        pytest.param(
            "He scored 14 (15) points in October 1066.",
            [("October 1066", "DATE", "1066-10")],
            id="a-count",
        ),
        pytest.param(
            "The talks opened on 3 May (Monday) 1917.",
            [
                ("3 May", "DATE", "XXXX-05-03"),
                ("Monday", "DATE", "XXXX-WXX-1"),
                ("1917", "DATE", "1917"),
            ],
            id="a-weekday",
        ),
    ],
)
def test_other_brackets_keep_their_readings(text: str, table: list[ModRow]) -> None:
    """A note, a count or a weekday in brackets is no day of the other calendar: each part
    keeps its own reading."""
    assert _narrative(text) == table


@pytest.mark.parametrize(
    ("text", "table"),
    [
        pytest.param(
            "The insurrection began on 7 November (25 October) 1917.",
            [("7 November (25 October) 1917", "DATE", "1917-11-07")],
            id="day-first",
        ),
        pytest.param(
            "The strikes in Petrograd began on March 8 (February 23), 1917.",
            [("March 8 (February 23), 1917", "DATE", "1917-03-08")],
            id="month-first",
        ),
        pytest.param(
            "Borodino was fought on 7 September (26 August) 1812.",
            [("7 September (26 August) 1812", "DATE", "1812-09-07")],
            id="twelve-days-in-1812",
        ),
    ],
)
def test_an_unnamed_old_style_day_after_the_new_style_is_the_same_day(
    text: str, table: list[ModRow]
) -> None:
    """ "7 November (25 October) 1917": one date, the first day's, as "7 November (25 October,
    Old Style) 1917" is; the bracketed day lies the calendar's lag (13 days in 1917, 12 in
    1812) before the first."""
    assert _narrative(text) == table


def test_days_in_brackets_too_far_apart_are_no_two_calendars() -> None:
    """ "on 5 May (9 May) 1917": four days apart, no day in two calendars, but both days of
    the year after the bracket (date.day_before_a_bracketed_day, noticed gaps 73)."""
    rows = _narrative("The talks were held on 5 May (9 May) 1917.")
    assert rows[0] == ("5 May", "DATE", "1917-05-05")


def test_the_other_calendars_day_across_the_new_year_is_of_the_next_year() -> None:
    """ "met on 20 December (2 January) 1917": the Gregorian day is 2 January 1918."""
    assert _narrative("The council met on 20 December (2 January) 1917.") == [
        ("20 December", "DATE", "1917-12-20"),
        ("2 January", "DATE", "1918-01-02"),
    ]
