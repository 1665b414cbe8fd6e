"""Held-out genre, twenty-second round: war histories whose sources disagree or do not know.

Passages written for these tests in the style of English Wikipedia's war and battle articles
where the date itself is in question: approximate years ("c. 1070", "ca. 1066", "circa 870",
"around 1259 BC", "by about 800 BC", "sometime in the 1180s"), alternatives ("in either 1216
or 1217", "on 10 or 11 January 49 BC", "in August or September 1470", "in the 870s or 880s",
"in the late 1190s or early 1220s", "748 or 728 BC"), bounds ("not mentioned before 1190", "by
1215 at the latest", "between 1194 and 1198", "before 1180 BC", "after c. 1300"), disputed
chronology ("on 14 October according to most sources; others give 15 October", "the
traditional date ... 21 April 753 BC", "dated variously to 1274 or 1281", "1 July 1690 (Old
Style), 11 July in the New Style"), reigns, floruits and lives in brackets ("(fl. 1190)", "(r.
1189–1199)", "(died 1094)", "(1145–1234)", "(c. 1107 – May or June 1205)") and ages and
lengths ("aged about 85", "for some thirty years", "several decades", "a generation later"),
read as narratives with no document date.

Earlier rounds already test "c." and "circa" before a year and in a life's bracket (tests/
test_war_histories_12.py, tests/test_history.py), a bracket after a name as no step of the
story (tests/test_war_histories_12.py), Old Style days in brackets beside New Style ones
(tests/test_war_histories_14.py, _16.py), "on May 31 and June 1, 1862" (tests/
test_war_histories_14.py) and a range of counts before "later" as a duration of its upper count
(tests/test_noticed_gaps_11.py); they are used here only as steps of the text.

Conventions followed (the project's, after TimeBank):
- "c.", "ca." and "circa" are part of the year and make it APPROX; "about" and "around" are left
  out of a year's extent, as TimeBank leaves them out ("around 1259 BC" is "1259 BC"), and so are
  "sometime in", "no later than", "not before", "by ... at the latest", "before" and "after":
  signals, not parts of the TIMEX3;
- an alternative ("1216 or 1217", "14 or 15 March", "748 or 728 BC") is two dates, each with
  its own value, as a pair joined by "and" is; the first borrows the month, the year or the era
  the second writes ("10 or 11 January 49 BC": both of 49 BC), as "on 10 and 11 January 49 BC"
  does;
- a range "between 1194 and 1198" is its two years;
- an uncertain date moves the story only as far as its value says: after "c. 1130", "The
  following year" is 1131; after "around 1216", "the spring" is of 1216;
- ages ("aged about 85"), "for a generation" and counts of men ("c. 1,200 men", "about 1200
  soldiers", "Hill 1066") and measures ("6 fl. oz.") are no temporal expressions; "a generation
  later" is the vague future of the story (tests/test_war_histories_21.py).
New here:
- two months joined by "or" share the year the second writes: "in August or September 1470" is
  1470-08 and 1470-09, "(c. 1107 – May or June 1205)" 1205-05 and 1205-06 ("May" before "or" and
  a month is the month, not the modal);
- two days joined by "or" share the era the second writes: "on 10 or 11 January 49 BC";
- a decade joined to another by "or" or "and" is one too, also of three digits or two: "in the
  870s or 880s", "in the 1280s or 90s";
- a three-digit year after a verb of dating and "to" is a year: "is dated to 794", "dates it to
  794";
- a reign of the first millennium whose ends are uncertain, with its dash spaced, is its two
  years: "Ivar (r. c. 865 – c. 873)", and a floruit given by decades is those decades: "Halfdan
  (fl. 860s–870s)", "Osric (fl. 870s)"; neither moves the story;
- "c.", "ca." and "circa" before a length make it APPROX, as "around" and "roughly" do: "a siege
  of c. 40 days", "for circa six weeks" (were the bare lengths);
- "c." before "AD", or after it, is part of the year: "c. AD 60", "AD c. 122" (were "AD 60" and
  none).
"""

from __future__ import annotations

from datetime import date

import pytest
from passages import ModRow, Row
from passages import found_in_narrative as _found
from passages import mentions as _mentions
from passages import mentions_with_mods as _mentions_with_mods


def _narrative(text: str) -> list[Row]:
    return _mentions(text, genre="narrative")


ROME = (
    "Founding. The traditional date of the founding of Rome, 21 April 753 BC, goes back to "
    "Varro; other ancient writers gave 748 or 728 BC, and Timaeus placed it in 814 BC. The city "
    "was probably a cluster of hilltop villages by about 800 BC, and the Forum was drained "
    "sometime in the late 7th century BC. The expulsion of the last king is dated to 509 BC, "
    "though some historians place it a generation later."
)

ROME_TABLE: list[Row] = [
    ("21 April 753 BC", "DATE", "-0752-04-21"),
    # the first of two alternatives takes the era the second writes
    ("748", "DATE", "-0747"),
    ("728 BC", "DATE", "-0727"),
    ("814 BC", "DATE", "-0813"),
    # "about" stays outside the year
    ("800 BC", "DATE", "-0799"),
    ("the late 7th century BC", "DATE", "-07"),
    ("509 BC", "DATE", "-0508"),
    ("a generation later", "DATE", "FUTURE_REF"),
]


LINDISFARNE = (
    "Lindisfarne. The raid on Lindisfarne is dated by the Anglo-Saxon Chronicle to 8 June 793, "
    "and some scholars suspect it took place in January. Raids continued sporadically "
    "for several decades. The Great Heathen Army landed in East Anglia in 865, and its leaders "
    "divided the land in the 870s or 880s. Guthrum (died c. 890) was baptised in 878."
)

LINDISFARNE_TABLE: list[Row] = [
    ("8 June 793", "DATE", "0793-06-08"),
    # the month other scholars suspect, of the same year
    ("January", "DATE", "0793-01"),
    ("several decades", "DURATION", "PXDE"),
    ("865", "DATE", "0865"),
    ("the 870s", "DATE", "087"),
    # the second decade of an alternative, of three digits
    ("880s", "DATE", "088"),
    ("c. 890", "DATE", "0890"),
    ("878", "DATE", "0878"),
]


KADESH = (
    "Kadesh. The Battle of Kadesh was fought c. 1274 BC between the Egyptian army of Ramesses II "
    "and the Hittites under Muwatalli II. Egyptian chronology is uncertain, and dates between "
    "1286 and 1274 BC have been proposed. A peace treaty was concluded around 1259 BC, some "
    "fifteen years after the battle. The Hittite empire collapsed before 1180 BC."
)

KADESH_TABLE: list[Row] = [
    ("c. 1274 BC", "DATE", "-1273"),
    ("1286", "DATE", "-1285"),
    ("1274 BC", "DATE", "-1273"),
    ("1259 BC", "DATE", "-1258"),
    # a length counted from the battle, its "some" left out as "about" is
    ("fifteen years", "DURATION", "P15Y"),
    ("1180 BC", "DATE", "-1179"),
]


HASTINGS = (
    "Date. The battle was fought in 1066, on 14 October according to most sources; others give "
    "15 October. Harold (c. 1022 – 14 October 1066) had been crowned in January. William (r. "
    "1066–1087) was crowned at Westminster on Christmas Day."
)

HASTINGS_TABLE: list[Row] = [
    ("1066", "DATE", "1066"),
    ("14 October", "DATE", "1066-10-14"),
    # the day other sources give is a date of its own, of the same year
    ("15 October", "DATE", "1066-10-15"),
    ("c. 1022", "DATE", "1022"),
    ("14 October 1066", "DATE", "1066-10-14"),
    # the life in the bracket leaves the story in 1066
    ("January", "DATE", "1066-01"),
    ("1066", "DATE", "1066"),
    ("1087", "DATE", "1087"),
    ("Christmas Day", "DATE", "1066-12-25"),
]


CASTLE = (
    "Construction. The first castle on the site was a timber motte built c. 1070, perhaps by "
    "Roger de Montgomery (died 1094). The stone keep is not mentioned before 1190 and was "
    "standing by 1215 at the latest; tree-ring dating places the felling of its roof timbers "
    "between 1194 and 1198. The curtain wall was added in the late 1190s or early 1200s. The "
    "castle was besieged in either 1216 or 1217, and it was abandoned after c. 1300."
)

CASTLE_TABLE: list[Row] = [
    ("c. 1070", "DATE", "1070"),
    ("1094", "DATE", "1094"),
    # the bounds are signals outside the years
    ("1190", "DATE", "1190"),
    ("1215", "DATE", "1215"),
    ("1194", "DATE", "1194"),
    ("1198", "DATE", "1198"),
    ("the late 1190s", "DATE", "119"),
    ("early 1200s", "DATE", "12"),
    ("1216", "DATE", "1216"),
    ("1217", "DATE", "1217"),
    ("c. 1300", "DATE", "1300"),
]


READEPTION = (
    "Readeption. Warwick's fleet sailed from Normandy in August or September 1470, and Edward IV "
    "fled to Flanders within weeks. Henry VI was restored on 3 October. Edward returned in March "
    "1471; the date of his landing at Ravenspurn is given as 14 or 15 March. He won at Barnet on "
    "14 April, Easter Sunday."
)

READEPTION_TABLE: list[Row] = [
    # the first month of the alternative is of the year the second writes
    ("August", "DATE", "1470-08"),
    ("September 1470", "DATE", "1470-09"),
    ("weeks", "DURATION", "PXW"),
    ("3 October", "DATE", "1470-10-03"),
    ("March 1471", "DATE", "1471-03"),
    ("14", "DATE", "1471-03-14"),
    ("15 March", "DATE", "1471-03-15"),
    ("14 April", "DATE", "1471-04-14"),
    ("Easter Sunday", "DATE", "1471-04-14"),
]


RUBICON = (
    "Crossing. Caesar crossed the Rubicon on 10 or 11 January 49 BC; the exact day is not "
    "recorded by any contemporary source. Pompey abandoned Rome within a week and sailed from "
    "Brundisium on 17 March."
)

RUBICON_TABLE: list[Row] = [
    # the first day of the alternative is of the era and year the second writes
    ("10", "DATE", "-0048-01-10"),
    ("11 January 49 BC", "DATE", "-0048-01-11"),
    ("a week", "DURATION", "P1W"),
    ("17 March", "DATE", "-0048-03-17"),
]


SOURCES = (
    "Sources. The chief Christian account of the Third Crusade is the Itinerarium, compiled in "
    "the late 1190s or early 1220s from the verse of Ambroise (fl. 1190). The Muslim side is "
    "told by Baha ad-Din (1145–1234), who served Saladin (1137–1193) from 1188, and by Ibn "
    "al-Athir (1160–1233). Richard I (r. 1189–1199) appears in all of them."
)

SOURCES_TABLE: list[Row] = [
    ("the late 1190s", "DATE", "119"),
    ("early 1220s", "DATE", "122"),
    # a floruit, lives and a reign: each end a year
    ("1190", "DATE", "1190"),
    ("1145", "DATE", "1145"),
    ("1234", "DATE", "1234"),
    ("1137", "DATE", "1137"),
    ("1193", "DATE", "1193"),
    ("1188", "DATE", "1188"),
    ("1160", "DATE", "1160"),
    ("1233", "DATE", "1233"),
    ("1189", "DATE", "1189"),
    ("1199", "DATE", "1199"),
]


DANDOLO = (
    "Early life. Enrico Dandolo (c. 1107 – May or June 1205) was elected doge in 1192, aged about "
    "85. He had been blind for some thirty years. He led the fleet against Constantinople in "
    "1203 and died there in 1205, some months after the city fell."
)

DANDOLO_TABLE: list[Row] = [
    ("c. 1107", "DATE", "1107"),
    # "May or June 1205": the month, not the modal, of the year after the second
    ("May", "DATE", "1205-05"),
    ("June 1205", "DATE", "1205-06"),
    ("1192", "DATE", "1192"),
    # the age is none; "some" stays outside the length
    ("thirty years", "DURATION", "P30Y"),
    ("1203", "DATE", "1203"),
    ("1205", "DATE", "1205"),
    ("some months", "DURATION", "PXM"),
]


BOYNE = (
    "Date. The Battle of the Boyne was fought on 1 July 1690 (Old Style), 11 July in the New "
    "Style. Its anniversary is kept on 12 July. William had landed at Carrickfergus on 14 June."
)

BOYNE_TABLE: list[Row] = [
    ("1 July 1690", "DATE", "1690-07-01"),
    # the same day restated in the other calendar, after the bracket: a date of its own
    ("11 July", "DATE", "1690-07-11"),
    # kept every year: the day in any year
    ("12 July", "DATE", "XXXX-07-12"),
    ("14 June", "DATE", "1690-06-14"),
]


TROY = (
    "Dating. Ancient writers dated the fall of Troy variously: Eratosthenes to 1184 BC, Herodotus "
    "to around 1250 BC, and the Parian Chronicle to 1209 BC. Destruction layers at Hisarlik are "
    "dated to c. 1180 BC. The site was resettled by about 700 BC and was abandoned in the 6th or "
    "5th century AD."
)

TROY_TABLE: list[Row] = [
    ("1184 BC", "DATE", "-1183"),
    ("1250 BC", "DATE", "-1249"),
    ("1209 BC", "DATE", "-1208"),
    ("c. 1180 BC", "DATE", "-1179"),
    ("700 BC", "DATE", "-0699"),
    # the first century of the alternative shares the head noun and the era
    ("6th", "DATE", "05"),
    ("5th century AD", "DATE", "04"),
]


KAMIKAZE = (
    "Typhoons. The typhoons that wrecked the Mongol fleets are dated variously to 1274 or 1281; "
    "both invasions ended in storms. The second fleet, of some 4,000 ships, was lost in August "
    "1281 after two months at sea. The shogunate kept the coast defended for several decades."
)

KAMIKAZE_TABLE: list[Row] = [
    ("1274", "DATE", "1274"),
    ("1281", "DATE", "1281"),
    ("August 1281", "DATE", "1281-08"),
    ("two months", "DURATION", "P2M"),
    ("several decades", "DURATION", "PXDE"),
]


ROLAND = (
    "Composition. The Song of Roland was composed sometime between 1040 and 1115, perhaps c. "
    "1100; the Oxford manuscript was copied in the second quarter of the 12th century. The "
    "battle it recalls was fought at Roncevaux Pass on 15 August 778."
)

ROLAND_TABLE: list[Row] = [
    ("1040", "DATE", "1040"),
    ("1115", "DATE", "1115"),
    ("c. 1100", "DATE", "1100"),
    ("the second quarter of the 12th century", "DATE", "11"),
    ("15 August 778", "DATE", "0778-08-15"),
]


ABBEY = (
    "History. The abbey was founded c. 1130 by monks from Savigny. The following year the bishop "
    "confirmed its lands, and in about 1150 the church was rebuilt in stone. It was burned around "
    "1216; in the spring the monks returned."
)

ABBEY_TABLE: list[Row] = [
    ("c. 1130", "DATE", "1130"),
    # an approximate year moves the story only as far as its value
    ("The following year", "DATE", "1131"),
    ("1150", "DATE", "1150"),
    ("1216", "DATE", "1216"),
    ("the spring", "DATE", "1216-SP"),
]


PASSAGES = [
    pytest.param(ROME, ROME_TABLE, id="rome"),
    pytest.param(LINDISFARNE, LINDISFARNE_TABLE, id="lindisfarne"),
    pytest.param(KADESH, KADESH_TABLE, id="kadesh"),
    pytest.param(HASTINGS, HASTINGS_TABLE, id="hastings"),
    pytest.param(CASTLE, CASTLE_TABLE, id="castle"),
    pytest.param(READEPTION, READEPTION_TABLE, id="readeption"),
    pytest.param(RUBICON, RUBICON_TABLE, id="rubicon"),
    pytest.param(SOURCES, SOURCES_TABLE, id="sources"),
    pytest.param(DANDOLO, DANDOLO_TABLE, id="dandolo"),
    pytest.param(BOYNE, BOYNE_TABLE, id="boyne"),
    pytest.param(TROY, TROY_TABLE, id="troy"),
    pytest.param(KAMIKAZE, KAMIKAZE_TABLE, id="kamikaze"),
    pytest.param(ROLAND, ROLAND_TABLE, id="roland"),
    pytest.param(ABBEY, ABBEY_TABLE, id="abbey"),
]


@pytest.mark.parametrize(("text", "table"), PASSAGES)
def test_uncertain_dates_read_as_their_table(text: str, table: list[Row]) -> None:
    """Each passage, read as a narrative, yields exactly its table."""
    assert _narrative(text) == table


@pytest.mark.parametrize(("text", "table"), PASSAGES)
def test_uncertain_dates_read_the_same_with_a_later_date(text: str, table: list[Row]) -> None:
    """A history talks about its own dates: ``auto`` with a document date centuries later reads
    it the same."""
    assert _mentions(text, genre="auto", dct="2024-05-01") == table


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The motte was built c. 1070.", ("c. 1070", "DATE", "1070", "APPROX")),
        ("The hall was rebuilt ca. 1230.", ("ca. 1230", "DATE", "1230", "APPROX")),
        ("The bridge was built circa 870.", ("circa 870", "DATE", "0870", "APPROX")),
        ("Kadesh was fought c. 1274 BC.", ("c. 1274 BC", "DATE", "-1273", "APPROX")),
        ("The fort was abandoned after c. 1300.", ("c. 1300", "DATE", "1300", "APPROX")),
        (
            "Enrico Dandolo (c. 1107 – 1205) was doge.",
            ("c. 1107", "DATE", "1107", "APPROX"),
        ),
        ("Odo (died c. 1100 or 1101) was a bishop.", ("c. 1100", "DATE", "1100", "APPROX")),
        # "about" and "around" stay outside the year, which keeps no mod
        ("The town was sacked around 1453.", ("1453", "DATE", "1453")),
        ("The city was founded by about 800 BC.", ("800 BC", "DATE", "-0799")),
        # the bound is a signal; the year is plain
        ("The walls were finished no later than 1204.", ("1204", "DATE", "1204")),
        ("The charter was granted by 1215 at the latest.", ("1215", "DATE", "1215")),
    ],
)
def test_circa_makes_a_year_approximate(text: str, expected: ModRow) -> None:
    """ "c.", "ca." and "circa" are part of the year and its mod APPROX; "about", "around" and
    the bounds are not."""
    assert _mentions_with_mods(text, genre="narrative")[0] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The fleet sailed in August or September 1470.",
            [("August", "DATE", "1470-08"), ("September 1470", "DATE", "1470-09")],
        ),
        (
            "The raid came in March or April 1204. The war had begun in 1190.",
            [
                ("March", "DATE", "1204-03"),
                ("April 1204", "DATE", "1204-04"),
                ("1190", "DATE", "1190"),
            ],
        ),
        (
            "The war began in 1190. The raid came in June or July of 1204.",
            [
                ("1190", "DATE", "1190"),
                ("June", "DATE", "1204-06"),
                ("July of 1204", "DATE", "1204-07"),
            ],
        ),
        (
            "The fleet sailed in either May or June 1204.",
            [("May", "DATE", "1204-05"), ("June 1204", "DATE", "1204-06")],
        ),
        (
            "Dandolo (c. 1107 – May or June 1205) was doge.",
            [
                ("c. 1107", "DATE", "1107"),
                ("May", "DATE", "1205-05"),
                ("June 1205", "DATE", "1205-06"),
            ],
        ),
        # a month after the year of the second is of the first's own year
        (
            "The siege began in December or January 1205.",
            [("December", "DATE", "1204-12"), ("January 1205", "DATE", "1205-01")],
        ),
    ],
)
def test_two_months_joined_by_or_share_the_year(text: str, expected: list[Row]) -> None:
    """ "in August or September 1470": the first month is of the year the second writes, as
    in "in August and September 1470"; "May" before "or" and a month is the month."""
    assert _narrative(text)[: len(expected)] == expected


@pytest.mark.parametrize(
    "text",
    [
        "The king may or may not have been present in 1204.",
        "She may or may not have sailed in June 1204.",
        "The king may, or may not, have been present in 1204.",
    ],
)
def test_may_the_modal_before_or_is_no_month(text: str) -> None:
    """ "may or may not", "in May or not": no month is borrowed into an alternative."""
    assert "may" not in [t.lower() for t in _found(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Caesar crossed the Rubicon on 10 or 11 January 49 BC.",
            [("10", "DATE", "-0048-01-10"), ("11 January 49 BC", "DATE", "-0048-01-11")],
        ),
        (
            "Rome was sacked on 24 or 25 August AD 410.",
            [("24", "DATE", "0410-08-24"), ("25 August AD 410", "DATE", "0410-08-25")],
        ),
        (
            "The battle was fought on 14 or 15 October 1066.",
            [("14", "DATE", "1066-10-14"), ("15 October 1066", "DATE", "1066-10-15")],
        ),
    ],
)
def test_two_days_joined_by_or_share_the_month_and_year(text: str, expected: list[Row]) -> None:
    """ "on 10 or 11 January 49 BC": the first day is of the month, year and era the second
    writes, as with "and"."""
    assert _narrative(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The raids came in the 870s or 880s.",
            [("the 870s", "DATE", "087"), ("880s", "DATE", "088")],
        ),
        (
            "The raids came in the 870s and 880s.",
            [("the 870s", "DATE", "087"), ("880s", "DATE", "088")],
        ),
        (
            "The tower was built in the 1280s or 90s.",
            [("the 1280s", "DATE", "128"), ("90s", "DATE", "129")],
        ),
        (
            "The tower was built in the 1280s or 1290s.",
            [("the 1280s", "DATE", "128"), ("1290s", "DATE", "129")],
        ),
    ],
)
def test_a_decade_joined_to_a_decade_is_one(text: str, expected: list[Row]) -> None:
    """ "in the 870s or 880s", "the 1280s or 90s": the second decade is a decade, of the
    first's century when written with two digits."""
    assert _narrative(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The 870 or 880 men of the garrison held out.",
        "Veterans in their 60s or 70s marched past in 1919.",
        "The armourer had 870s or 880s in stock, as the rolls of 1204 number the bolts.",
    ],
)
def test_counts_joined_by_or_are_no_decades(text: str) -> None:
    """Counts joined by "or" without "the" and a decade before them are none."""
    assert not any(t in ("880s", "90s") for t in _found(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The raid on Lindisfarne is dated to 793. The sack of Iona is dated to 795.",
            [("793", "DATE", "0793"), ("795", "DATE", "0795")],
        ),
        (
            "The Chronicle dates the raid to 8 June 793; Simeon of Durham dates it to 794.",
            [("8 June 793", "DATE", "0793-06-08"), ("794", "DATE", "0794")],
        ),
    ],
)
def test_a_three_digit_year_dated_to_is_a_year(text: str, expected: list[Row]) -> None:
    """ "is dated to 793", "dates it to 794": a verb of dating and "to" before a year of three
    digits, as "in 793" is."""
    assert _narrative(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The debt was reduced to 794 marks.",
        "The garrison was raised to 800 men.",
        "The muster roll was cut to 794 names.",
        "The roll of the fyrd was updated to 794.",
    ],
)
def test_counts_after_to_are_no_years(text: str) -> None:
    """ "reduced to 794 marks", "raised to 800 men", "updated to 794": counts, no years."""
    assert _found(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The abbey was founded c. 1130. The following year the bishop confirmed its lands.",
            ("The following year", "DATE", "1131"),
        ),
        ("The city fell around 1453. In May the sultan entered it.", ("May", "DATE", "1453-05")),
        (
            "The abbey was founded sometime in the 1180s. In 1190 it burned. Two years later "
            "it was rebuilt.",
            ("Two years later", "DATE", "1192"),
        ),
        (
            "The town was founded no later than 1204. In March the charter was sealed.",
            ("March", "DATE", "1204-03"),
        ),
        (
            "The battle was fought on 9 or 10 August 1471. The next day the king marched north.",
            ("The next day", "DATE", "1471-08-11"),
        ),
    ],
)
def test_an_uncertain_date_moves_the_story_as_far_as_its_value(text: str, expected: Row) -> None:
    """After "c. 1130", "around 1453" or "no later than 1204" the story is in that year; after
    "9 or 10 August" on the later day."""
    assert _narrative(text)[-1] == expected


@pytest.mark.parametrize(
    "text",
    [
        "The regiment lost c. 1,200 men at the ford.",
        "About 1200 soldiers were captured.",
        "Some 1,200 knights rode north.",
        "Around 1200 archers held the ridge.",
        "The guns took Hill 1066 and then Hill 1204.",
        "Each man carried 6 fl. oz. of rum.",
        "The old king, aged about 60, rode at the head of the army.",
        "The truce held for a generation.",
        "The fleet of c. 700 ships sailed from Hakata.",
    ],
)
def test_counts_ages_and_measures_are_no_dates(text: str) -> None:
    """ "c. 1,200 men", "about 1200 soldiers", "Hill 1066", "6 fl. oz.", "aged about 60", "for
    a generation": counts, a hill, a measure, an age and no length."""
    assert _found(text) == []


def test_a_three_digit_year_dated_with_an_object_to_is_a_year() -> None:
    """ "date the battle to 937, and the poem to 940": both years of the first millennium."""
    text = "Most historians date the battle to 937, and the poem to 940."
    assert _narrative(text) == [("937", "DATE", "0937"), ("940", "DATE", "0940")]


def test_the_year_a_source_gives_is_a_year() -> None:
    """ "Simeon of Durham gives 794": the year the other source gives."""
    text = "The Chronicle dates the raid to 8 June 793; Simeon of Durham gives 794."
    assert _narrative(text) == [("8 June 793", "DATE", "0793-06-08"), ("794", "DATE", "0794")]


def test_an_alternative_day_in_brackets_keeps_both_days() -> None:
    """ "on 14 (or 15) October 1066": the day and its alternative, both of October 1066."""
    rows = _narrative("The battle was fought on 14 (or 15) October 1066.")
    assert [value for _, _, value in rows] == ["1066-10-14", "1066-10-15"]


def test_a_year_in_an_aside_on_the_calendar_leaves_the_story() -> None:
    """ "fought on 1 July 1690. Because Britain adopted the Gregorian calendar only in 1752,
    ... the Battle of Aughrim a year later": the year after the battle, 1691."""
    text = (
        "The Battle of the Boyne was fought on 1 July 1690 (Old Style). Because Britain adopted "
        "the Gregorian calendar only in 1752, the anniversary is kept on 12 July, the New Style "
        "date of the Battle of Aughrim a year later."
    )
    assert _narrative(text)[-1] == ("a year later", "DATE", "1691")


def test_a_month_after_was_is_a_month() -> None:
    """ "though the month was probably January": the month the other reading gives, of 793."""
    text = "The raid is dated to 8 June 793, though the month was probably January."
    assert _narrative(text) == [
        ("8 June 793", "DATE", "0793-06-08"),
        ("January", "DATE", "0793-01"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "The winner was August Smith.",
        "The culprit was May.",
        "Her name was March.",
        "The messenger was June, the king's page.",
    ],
)
def test_a_name_after_was_is_no_month(text: str) -> None:
    """A month's name as the predicate of "was" is no month when it is a first name ("was
    May", "was June"), goes on as a name ("August Smith") or is a name ("Her name was
    March")."""
    assert _found(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Great Heathen Army landed in East Anglia in 865. Ivar (r. c. 865 – c. 873) and "
            "Halfdan (fl. 860s–870s) led it. The following year it took York.",
            [
                ("865", "DATE", "0865"),
                ("c. 865", "DATE", "0865"),
                ("c. 873", "DATE", "0873"),
                ("860s", "DATE", "086"),
                ("870s", "DATE", "087"),
                ("The following year", "DATE", "0866"),
            ],
        ),
        (
            "Cerdic (r. c. 519 – 534) founded Wessex. Ine (reigned c. 688 – 726) gave laws.",
            [
                ("c. 519", "DATE", "0519"),
                ("534", "DATE", "0534"),
                ("c. 688", "DATE", "0688"),
                ("726", "DATE", "0726"),
            ],
        ),
        (
            "Osric (fl. 870s) was an ealdorman of Hampshire.",
            [("870s", "DATE", "087")],
        ),
    ],
)
def test_an_uncertain_reign_or_a_floruit_by_decades_is_its_years(
    text: str, expected: list[Row]
) -> None:
    """ "(r. c. 865 – c. 873)", "(fl. 860s–870s)": the reign's two years and the floruit's
    decades, which leave the story in 865."""
    assert _narrative(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The ledger (pp. 120 – 145) lists the hides.",
        "Losses were heavy (300 – 400).",
    ],
)
def test_spaced_spans_of_counts_in_brackets_are_no_reigns(text: str) -> None:
    """Pages and counts in brackets with a spaced dash are no years: only "r." or "reigned"
    makes a reign of them."""
    assert _found(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The siege lasted c. 40 days.", ("c. 40 days", "DURATION", "P40D", "APPROX")),
        ("Edgar ruled for ca. 16 years.", ("ca. 16 years", "DURATION", "P16Y", "APPROX")),
        ("The truce held for circa six weeks.", ("circa six weeks", "DURATION", "P6W", "APPROX")),
        ("The march took around six weeks.", ("around six weeks", "DURATION", "P6W", "APPROX")),
    ],
)
def test_circa_before_a_length_makes_it_approximate(text: str, expected: ModRow) -> None:
    """ "a siege of c. 40 days": the length, APPROX, as "around six weeks" is."""
    assert _mentions_with_mods(text, genre="narrative") == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "The army of c. 1,200 men crossed the river.",
        "The earl held c. 40 manors in the shire.",
        "The fleet of c. 700 ships was lost.",
    ],
)
def test_circa_before_a_count_is_no_length(text: str) -> None:
    """ "c. 1,200 men", "c. 700 ships": counts, no lengths."""
    assert _found(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("He flew to Washington D.C. three weeks ago.", ("three weeks ago", "DATE", "2023-W34")),
        ("He reached Washington, D.C. 3 days later.", ("3 days later", "DATE", "2023-09-15")),
        ("The bill cites 18 U.S.C. 3 days before the vote.", ("3 days", "DURATION", "P3D")),
    ],
)
def test_the_last_letter_of_an_abbreviation_is_no_circa(text: str, expected: ModRow) -> None:
    """The "C." that ends "D.C." or "U.S.C." is no circa: the length or the date after it keeps
    its own extent and no APPROX ("Washington D.C. three weeks ago")."""
    # a news story of Tuesday 12 September 2023
    assert _mentions_with_mods(text, dct=date(2023, 9, 12), genre="news") == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The fort was built c. AD 60.", [("c. AD 60", "DATE", "0060", "APPROX")]),
        ("Hadrian's Wall was begun AD c. 122.", [("AD c. 122", "DATE", "0122", "APPROX")]),
        ("Circa AD 410 the legions left.", [("Circa AD 410", "DATE", "0410", "APPROX")]),
        # "around" stays outside, as before a year without an era
        ("Boudica rose around AD 60.", [("AD 60", "DATE", "0060")]),
    ],
)
def test_circa_before_or_after_ad_is_part_of_the_year(text: str, expected: list[ModRow]) -> None:
    """ "c. AD 60", "AD c. 122": the year of the era, APPROX."""
    assert _mentions_with_mods(text, genre="narrative") == expected
