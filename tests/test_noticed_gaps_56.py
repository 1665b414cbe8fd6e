"""Gaps noticed in session 21, fifty-sixth list: ancient and medieval reckonings.

Histories in the style of English Wikipedia, read as narratives with no document date (and as
genre auto, which takes them for narratives), as tests/test_war_histories_27.py reads them; the
weeks of holidays in news too, with the document date:
- a holiday's week is a week, not a day: TimeBank tags "Easter week" (APW20000417.0031, dated
  17 April 2000) 2000-W16, the ISO week holding Easter Sunday (23 April 2000), and so chrono
  reads "Easter week 1215" (1215-W16; was 1215-04-19, Easter Sunday), "Easter Week 1916",
  "Christmas week 1914", "Thanksgiving week 1863" and, in news, "as Easter week began" (2000-W16;
  was 2000-04-23). "Holy Week", a season from Palm Sunday to Easter, is the ISO week holding
  most of it, the same week (was Palm Sunday); "Easter weekend" stays the weekend of that week
  (2000-W16-WE), "Easter" alone Easter Sunday, "the week after Christmas" Christmas Day, and a
  week of something else ("the fashion week") no date. Before 1583 the week is the ISO week of
  the Julian day as the text writes it (the days are the Julian calendar's, as in
  tests/test_noticed_gaps_50.py);
- a regnal year of a ruler named after "the reign of" or before "reign" counts from the year his
  reign opened, told before (an accession: "Tiberius became emperor in AD 14. ... the fifteenth
  year of the reign of Tiberius": 0028, the whole phrase) or in brackets ("King Zhaoxiang of
  Qin (r. 306–251 BC) ... the 47th year of King Zhaoxiang's reign": -0259); a reign's bracket
  after "The Reign of Edward III" with a capital R opens the reign as after "the reign of" (was
  counted from the bracket's end, 1386 for 1336); not a reign of a lower-case noun ("the reign
  of terror": the year of the reign alone);
- other reckonings of years are written as the Christian era's proleptic years (astronomical,
  as "44 BC" is -0043): a year "from the founding of the City" ("710 AUC", "in the year 710 ab
  urbe condita": -0043, AUC 754 being AD 1; "auc" in lower case is an area under a curve, no
  year), the Latin "Anno Domini 1066" (the whole phrase, 1066), and a year of an Olympiad ("the
  first year of the 75th Olympiad": -0479; was "the first year", P1Y). The Olympiad year is
  normalized, not only kept from being a length: Olympiad n, year k begins in 776 BC + 4(n-1) +
  (k-1) by a fixed count, the year historians give for it ("(480 BC)" in the same sentence),
  which TimeML would tag as it tags "the year of our Lord 1346". (An Olympiad year ran from
  midsummer to midsummer, so it holds the second half of that year and the first of the next;
  the year it opened is the one the histories name.) "The 75th Olympiad" alone, four years or
  a modern games, is left alone;
- the canonical hours of a monastery's day are its parts, as a ship's watches are
  (time.naval_watch): "At vespers" is the evening of the day the story is at (TEV, as the dog
  watches are), "after Matins" and "by lauds" its morning (MO: said before and at dawn), "by
  compline" its night (NI: said before sleep); only after a preposition of time: "the Sicilian
  Vespers" (a revolt), "sang vespers" and "the vespers of the feast" are no times. Terce, sext,
  none and prime are left alone ("at prime" and "none" are mostly other words).
"""

from __future__ import annotations

import datetime as dt

import pytest
from passages import Row, mentions

from chrono import extract_document


def _narrative(text: str) -> list[Row]:
    return mentions(text, genre="narrative")


# ---- 1. the week of a holiday -----------------------------------------------------------------


@pytest.mark.parametrize("genre", ["narrative", "auto"])
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "The barons met at Stamford in Easter week 1215.",
            [("Easter week 1215", "DATE", "1215-W16")],
            id="easter_week_1215",
        ),
        pytest.param(
            "The rising began in Easter Week 1916, and Holy Week 1916 had been quiet.",
            [("Easter Week 1916", "DATE", "1916-W16"), ("Holy Week 1916", "DATE", "1916-W16")],
            id="easter_and_holy_week_1916",
        ),
        pytest.param(
            "The truce held through Christmas week 1914.",
            [("Christmas week 1914", "DATE", "1914-W52")],
            id="christmas_week_1914",
        ),
        pytest.param(
            "Thanksgiving week 1863 was the first of the national holiday.",
            [("Thanksgiving week 1863", "DATE", "1863-W48")],
            id="thanksgiving_week_1863",
        ),
        # look-alikes: Easter's weekend, Easter's day
        pytest.param(
            "In 1916 the rebels rose over the Easter weekend.",
            [("1916", "DATE", "1916"), ("Easter weekend", "DATE", "1916-W16-WE")],
            id="easter_weekend_stays_the_weekend",
        ),
        pytest.param(
            "The rebels rose at Easter 1916.",
            [("Easter 1916", "DATE", "1916-04-23")],
            id="easter_stays_the_day",
        ),
    ],
)
def test_a_holidays_week_in_a_history_is_the_iso_week_holding_it(
    text: str, expected: list[Row], genre: str
) -> None:
    """ "Easter week 1215", "Christmas week 1914": the ISO week holding the holiday (Easter
    Sunday's for Holy Week too), as TimeBank tags "Easter week" 2000-W16."""
    assert mentions(text, genre=genre) == expected


@pytest.mark.parametrize(
    ("text", "dct", "expected"),
    [
        pytest.param(
            "Traffic was light as Easter week began, police said.",
            "2000-04-17",
            [("Easter week", "DATE", "2000-W16")],
            id="as_easter_week_began",
        ),
        pytest.param(
            "Retailers expect crowds in Christmas week, the group said.",
            "2023-12-01",
            [("Christmas week", "DATE", "2023-W52")],
            id="christmas_week",
        ),
        pytest.param(
            "Airports braced for Thanksgiving week travel.",
            "2023-11-10",
            [("Thanksgiving week", "DATE", "2023-W47")],
            id="thanksgiving_week_before_a_noun",
        ),
        pytest.param(
            "Churches will be full in Holy Week, the bishop said.",
            "2000-04-03",
            [("Holy Week", "DATE", "2000-W16")],
            id="holy_week",
        ),
        # look-alikes: the weekend, the day, a week counted from the holiday, a fashion week
        pytest.param(
            "Hotels were full over the Easter weekend.",
            "2000-04-17",
            [("Easter weekend", "DATE", "2000-W16-WE")],
            id="easter_weekend",
        ),
        pytest.param(
            "Hotels were full at Easter.",
            "2000-04-17",
            [("Easter", "DATE", "2000-04-23")],
            id="easter",
        ),
        pytest.param(
            "Shops will reopen in the week after Christmas.",
            "2023-12-20",
            [("Christmas", "DATE", "2023-12-25")],
            id="the_week_after_christmas",
        ),
        pytest.param("The fashion week began in style.", "2023-12-20", [], id="fashion_week"),
    ],
)
def test_a_holidays_week_in_news_is_the_iso_week_holding_it(
    text: str, dct: str, expected: list[Row]
) -> None:
    """A story dated 17 April 2000: "as Easter week began" is 2000-W16 (TimeBank's value), not
    Easter Sunday; "Easter weekend" stays 2000-W16-WE."""
    assert mentions(text, dct=dct, genre="news") == expected


def test_a_holidays_week_is_an_event_a_week_long() -> None:
    """The event of "Easter week 1215" and of "Holy Week 1916" runs from the Monday of the ISO
    week to the next Monday (seven days), not one day."""
    text = "The barons met at Stamford in Easter week 1215. In Holy Week 1916 the city was quiet."
    _, events = extract_document(text, genre="narrative")
    assert [(e.start, e.end) for e in events] == [
        (dt.date(1215, 4, 13), dt.date(1215, 4, 20)),
        (dt.date(1916, 4, 17), dt.date(1916, 4, 24)),
    ]


# ---- 2. regnal years of a named ruler ---------------------------------------------------------


@pytest.mark.parametrize("genre", ["narrative", "auto"])
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Tiberius became emperor in AD 14. In the fifteenth year of the reign of Tiberius, "
            "John began to preach.",
            [
                ("AD 14", "DATE", "0014"),
                ("the fifteenth year of the reign of Tiberius", "DATE", "0028"),
            ],
            id="reign_of_tiberius",
        ),
        pytest.param(
            "Henry VIII became king in 1509. In the fifth year of the reign of Henry VIII the "
            "Scots invaded.",
            [
                ("1509", "DATE", "1509"),
                ("the fifth year of the reign of Henry VIII", "DATE", "1513"),
            ],
            id="reign_of_henry_viii",
        ),
        pytest.param(
            "King Zhaoxiang of Qin (r. 306–251 BC) fought Zhao. In the 47th year of King "
            "Zhaoxiang's reign the armies met at Changping.",
            [
                ("306", "DATE", "-0305"),
                ("251 BC", "DATE", "-0250"),
                ("the 47th year of King Zhaoxiang's reign", "DATE", "-0259"),
            ],
            id="king_zhaoxiangs_reign_bracket_bc",
        ),
        pytest.param(
            "Augustus became sole ruler in 27 BC. In the 41st year of Augustus's reign he died.",
            [("27 BC", "DATE", "-0026"), ("the 41st year of Augustus's reign", "DATE", "0014")],
            id="augustuss_reign",
        ),
        pytest.param(
            "The Reign of Edward III (1327–1377) began in war. In the tenth year of his reign "
            "the fleet sailed.",
            [
                ("1327", "DATE", "1327"),
                ("1377", "DATE", "1377"),
                ("the tenth year of his reign", "DATE", "1336"),
            ],
            id="the_reign_with_a_capital",
        ),
        pytest.param(
            "Edward III's Reign (1327–1377) began in war. In the tenth year of his reign the "
            "fleet sailed.",
            [
                ("1327", "DATE", "1327"),
                ("1377", "DATE", "1377"),
                ("the tenth year of his reign", "DATE", "1336"),
            ],
            id="possessive_reign_with_a_capital",
        ),
        # look-alikes: a reign of a lower-case noun; a life's bracket after a name alone
        pytest.param(
            "Robespierre rose in 1793. In the first year of the reign of terror many died.",
            [("1793", "DATE", "1793"), ("the first year of the reign", "DATE", "1793")],
            id="the_reign_of_terror",
        ),
        pytest.param(
            "Edward III (1312–1377) was born at Windsor. In the tenth year of his reign the fleet "
            "sailed.",
            [
                ("1312", "DATE", "1312"),
                ("1377", "DATE", "1377"),
                ("the tenth year of his reign", "DATE", "1386"),
            ],
            id="a_lifes_bracket",
        ),
    ],
)
def test_a_named_rulers_regnal_year(text: str, expected: list[Row], genre: str) -> None:
    """ "the fifteenth year of the reign of Tiberius" after "became emperor in AD 14": 0028, the
    whole phrase; "the 47th year of King Zhaoxiang's reign" after "(r. 306–251 BC)": -0259."""
    assert mentions(text, genre=genre) == expected


# ---- 3. other reckonings of years -------------------------------------------------------------


@pytest.mark.parametrize("genre", ["narrative", "auto"])
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("Caesar was killed in 710 AUC.", [("710 AUC", "DATE", "-0043")], id="auc"),
        pytest.param(
            "In the year 710 ab urbe condita the dictator fell, and in 767 A.U.C. Augustus died.",
            [
                ("the year 710 ab urbe condita", "DATE", "-0043"),
                ("767 A.U.C.", "DATE", "0014"),
            ],
            id="ab_urbe_condita",
        ),
        pytest.param(
            "The abbey was founded Anno Domini 1066.",
            [("Anno Domini 1066", "DATE", "1066")],
            id="anno_domini",
        ),
        pytest.param(
            "The charter is dated anno Domini 800.",
            [("anno Domini 800", "DATE", "0800")],
            id="anno_domini_three_digits",
        ),
        pytest.param(
            "Xerxes crossed in the first year of the 75th Olympiad (480 BC).",
            [
                ("the first year of the 75th Olympiad", "DATE", "-0479"),
                ("480 BC", "DATE", "-0479"),
            ],
            id="olympiad_75_1",
        ),
        pytest.param(
            "The war began in the second year of the 87th Olympiad.",
            [("the second year of the 87th Olympiad", "DATE", "-0430")],
            id="olympiad_87_2",
        ),
        # look-alikes: an Olympiad alone, a first year of something else, a lower-case auc
        pytest.param("The 75th Olympiad was held at Olympia.", [], id="an_olympiad_alone"),
        pytest.param(
            "In the first year of the games he won.",
            [("the first year", "DURATION", "P1Y")],
            id="the_first_year_of_the_games",
        ),
        pytest.param("The auc was 710 on the plot.", [], id="auc_in_lower_case"),
    ],
)
def test_other_reckonings_of_years(text: str, expected: list[Row], genre: str) -> None:
    """ "710 AUC" is 44 BC (-0043), "Anno Domini 1066" 1066, "the first year of the 75th
    Olympiad" 480 BC (-0479), as the histories give them."""
    assert mentions(text, genre=genre) == expected


# ---- 4. the canonical hours -------------------------------------------------------------------


@pytest.mark.parametrize("genre", ["narrative", "auto"])
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Constantinople fell on 29 May 1453. At vespers the sultan entered Hagia Sophia.",
            [("29 May 1453", "DATE", "1453-05-29"), ("vespers", "TIME", "1453-05-29TEV")],
            id="at_vespers",
        ),
        pytest.param(
            "The abbot died on 3 March 1120, after Matins.",
            [("3 March 1120", "DATE", "1120-03-03"), ("Matins", "TIME", "1120-03-03TMO")],
            id="after_matins",
        ),
        pytest.param(
            "The raiders landed on 8 June 793. By compline the church was burning.",
            [("8 June 793", "DATE", "0793-06-08"), ("compline", "TIME", "0793-06-08TNI")],
            id="by_compline",
        ),
        # look-alikes: a revolt named for the hour, the office sung, the office of a feast
        pytest.param(
            "The Sicilian Vespers broke out in 1282.", [("1282", "DATE", "1282")], id="sicilian"
        ),
        pytest.param(
            "In 1282 the monks sang vespers in the chapel.",
            [("1282", "DATE", "1282")],
            id="sang_vespers",
        ),
        pytest.param(
            "In 1282 the vespers of the feast were cut short.",
            [("1282", "DATE", "1282")],
            id="the_vespers_of_the_feast",
        ),
    ],
)
def test_a_canonical_hour_is_a_part_of_the_story_day(
    text: str, expected: list[Row], genre: str
) -> None:
    """ "At vespers" after "on 29 May 1453" is that day's evening (TEV), "after Matins" its
    morning, "by compline" its night."""
    assert mentions(text, genre=genre) == expected


def test_a_canonical_hour_before_its_day() -> None:
    """ "began at vespers on Easter Monday, 30 March 1282": the evening of 30 March 1282 (since
    session 22: tests/test_noticed_gaps_60.py)."""
    text = "The Sicilian Vespers began at vespers on Easter Monday, 30 March 1282."
    assert _narrative(text) == [
        ("vespers", "TIME", "1282-03-30TEV"),
        ("Easter Monday, 30 March 1282", "DATE", "1282-03-30"),
    ]
