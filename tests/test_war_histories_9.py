"""Held-out genre, ninth round: Wikipedia war histories read as narratives, calendars and eras.

Passages written for these tests in the style of English Wikipedia on wars told with dates of
other calendars beside Gregorian ones: the Russian revolutions and the Great Northern War
(Julian and Gregorian days), the Glorious Revolution (England's Old Style years), the French
Revolutionary wars (the Republican calendar), the Abbasid revolution (years of the Hijra), Qing
China and Meiji Japan (regnal and era years), and the Peloponnesian War (years BC written
several ways). Earlier rounds (tests/test_war*.py, tests/test_history.py,
tests/test_histories_*.py) already test "c. 480 BC" and the astronomical years BC (-0479),
centuries and millennia BC, "the winter of 218–217 BC", "19 February 1673/4" and "(O.S.)" after
a date (left as written).
New here: a day given in both calendars with the year after the two ("7 November [O.S. 25
October] 1917", Wikipedia's OldStyleDate) is one date, the first day's; "25 October [O.S.] / 7
November [N.S.] 1917" is two, the first dated by the year read ahead; "the winter of 404/403
BC" is a winter BC as "218–217 BC" is. Dates of other calendars are not converted, and must
never pass for Gregorian ones: the Republican "9 Thermidor Year II" and "18 Brumaire", years
and centuries of the Hijra ("AH 132", "1258 AH", "the 2nd century AH"), regnal years ("the 12th
year of Kangxi", "Meiji 10") are untagged; the Gregorian date the text gives beside them is the
date. Eras named by a place or a court ("the Edo period", "the Heian period") are names, as
"the interwar years" are; so is "the Thirty Years' Peace", while "a 27-year war" is a duration.
"""

from __future__ import annotations

import pytest
from passages import Row
from passages import found_in_narrative as _found
from passages import mentions as _mentions

# Julian to Gregorian: +10 days from 1583 to February 1700, +11 to February 1800, +13 from
# March 1900 (checked by Julian day numbers while writing these tables).

OCTOBER = (
    "The October Revolution was an armed insurrection in Petrograd on 7 November [O.S. 25 "
    "October] 1917. The February Revolution (March 1917, N.S.) had forced Nicholas II to "
    "abdicate on 15 March [O.S. 2 March] 1917. On 26 October (8 November, N.S.) the Second "
    "Congress of Soviets adopted the Decree on Peace. Soviet Russia switched to the Gregorian "
    "calendar in 1918, when 31 January was followed by 14 February."
)

OCTOBER_TABLE: list[Row] = [
    # one day in two calendars, the year after both: the New Style day
    ("7 November [O.S. 25 October] 1917", "DATE", "1917-11-07"),
    ("March 1917", "DATE", "1917-03"),
    ("15 March [O.S. 2 March] 1917", "DATE", "1917-03-15"),
    # the Old Style day as written, then the New Style one in its bracket
    ("26 October", "DATE", "1917-10-26"),
    ("8 November", "DATE", "1917-11-08"),
    ("1918", "DATE", "1918"),
    ("31 January", "DATE", "1918-01-31"),
    ("14 February", "DATE", "1918-02-14"),
]


NORTHERN_WAR = (
    "The Great Northern War (1700–1721) was fought between the Tsardom of Russia and the Swedish"
    " Empire. Peter the Great, born on 9 June [O.S. 30 May] 1672, rebuilt his army after the "
    "defeat at Narva. The Battle of Poltava was fought on 8 July [O.S. 27 June] 1709. Charles XII"
    " was killed at Fredriksten on 11 December [O.S. 30 November] 1718, and the Treaty of Nystad"
    " was signed on 10 September [O.S. 30 August] 1721 after twenty-one years of war."
)

NORTHERN_WAR_TABLE: list[Row] = [
    ("1700", "DATE", "1700"),
    ("1721", "DATE", "1721"),
    ("9 June [O.S. 30 May] 1672", "DATE", "1672-06-09"),
    ("8 July [O.S. 27 June] 1709", "DATE", "1709-07-08"),
    # not 1709, the year of the last date before it
    ("11 December [O.S. 30 November] 1718", "DATE", "1718-12-11"),
    ("10 September [O.S. 30 August] 1721", "DATE", "1721-09-10"),
    ("twenty-one years", "DURATION", "P21Y"),
]


PETROGRAD = (
    "In 1905 the first revolution had been crushed. Lenin returned to Petrograd on 16 April [O.S."
    " 3 April] 1917. The Provisional Government fell on 25 October [O.S.] / 7 November [N.S.] "
    "1917, and the Constituent Assembly was dispersed on 19 January [O.S. 6 January] 1918."
)

PETROGRAD_TABLE: list[Row] = [
    ("1905", "DATE", "1905"),
    ("16 April [O.S. 3 April] 1917", "DATE", "1917-04-16"),
    # both days written out: two dates, the first of the year read ahead (not 1905)
    ("25 October", "DATE", "1917-10-25"),
    ("7 November [N.S.] 1917", "DATE", "1917-11-07"),
    ("19 January [O.S. 6 January] 1918", "DATE", "1918-01-19"),
]


GLORIOUS = (
    "William of Orange landed at Torbay on 5 November 1688 (O.S.), and James II fled to France in"
    " December. The Convention Parliament declared the throne vacant on 28 January 1688/89, and "
    "was dissolved on 6 February 1689/90. The Battle of the Boyne was fought on 1 July 1690 "
    "(O.S.), 11 July in the Gregorian calendar then used on the Continent."
)

GLORIOUS_TABLE: list[Row] = [
    ("5 November 1688", "DATE", "1688-11-05"),
    ("December", "DATE", "1688-12"),
    # a day of January to March dated by both years is of the second
    ("28 January 1688/89", "DATE", "1689-01-28"),
    ("6 February 1689/90", "DATE", "1690-02-06"),
    ("1 July 1690", "DATE", "1690-07-01"),
    ("11 July", "DATE", "1690-07-11"),
]


THERMIDOR = (
    "The Thermidorian Reaction began with the fall of Robespierre on 9 Thermidor Year II (27 July"
    " 1794). The Constitution of the Year III set up the Directory. On 13 Vendémiaire Year IV (5 "
    "October 1795) Bonaparte dispersed the royalists with a 'whiff of grapeshot', and four years "
    "later the coup of 18 Brumaire (9 November 1799) brought him to power."
)

THERMIDOR_TABLE: list[Row] = [
    # the Republican dates stay untagged; the Gregorian ones beside them are the dates
    ("27 July 1794", "DATE", "1794-07-27"),
    ("5 October 1795", "DATE", "1795-10-05"),
    ("four years later", "DATE", "1799"),
    ("9 November 1799", "DATE", "1799-11-09"),
]


ABBASID = (
    "The Abbasid Revolution overthrew the Umayyad Caliphate in AH 132 (750 CE). Abu Muslim had "
    "raised the black banners in Khorasan in 129 AH (747 CE). Al-Mansur founded Baghdad in 762 "
    "CE, and the city remained the capital of the caliphate until the Mongols sacked it in 1258 "
    "CE. The dynasty's power had already waned by the 4th century AH."
)

ABBASID_TABLE: list[Row] = [
    ("750 CE", "DATE", "0750"),
    ("747 CE", "DATE", "0747"),
    ("762 CE", "DATE", "0762"),
    ("1258 CE", "DATE", "1258"),
    # "the 4th century AH" is the 10th century CE: no century 03
]


EAST_ASIA = (
    "The Revolt of the Three Feudatories broke out in the 12th year of Kangxi (1673) and was "
    "suppressed by 1681. In Japan the Genpei War (1180–1185) closed the Heian period, and the "
    "Boshin War of 1868–1869 ended the Edo period. The Satsuma Rebellion broke out in Meiji 10 "
    "(1877) and lasted eight months."
)

EAST_ASIA_TABLE: list[Row] = [
    ("1673", "DATE", "1673"),
    ("1681", "DATE", "1681"),
    ("1180", "DATE", "1180"),
    ("1185", "DATE", "1185"),
    ("1868", "DATE", "1868"),
    ("1869", "DATE", "1869"),
    ("1877", "DATE", "1877"),
    ("eight months", "DURATION", "P8M"),
]


PELOPONNESIAN = (
    "The Thirty Years' Peace, concluded in the winter of 446/445 BC, lasted only fourteen years. "
    "The Peloponnesian War was fought between 431 and 404 BC; Thucydides described it as a "
    "27-year war. In the winter of 404/403 BC the Thirty Tyrants ruled Athens. Sparta dominated "
    "Greece in the early 4th century BC, until Thebes defeated it at Leuctra in 371 BCE."
)

PELOPONNESIAN_TABLE: list[Row] = [
    # an Athenian year across two of ours, its winter named by the first (as 1941-WI is)
    ("the winter of 446/445 BC", "DATE", "-0445-WI"),
    ("fourteen years", "DURATION", "P14Y"),
    ("431", "DATE", "-0430"),
    ("404 BC", "DATE", "-0403"),
    ("27-year", "DURATION", "P27Y"),
    ("the winter of 404/403 BC", "DATE", "-0403-WI"),
    ("the early 4th century BC", "DATE", "-04"),
    ("371 BCE", "DATE", "-0370"),
]


ROMAN_BRITAIN = (
    "Julius Caesar crossed to Britain in 55 and 54 BC. The Claudian invasion came in AD 43, and "
    "the Iceni revolted under Boudica in 60 or 61 CE. Hadrian's Wall was begun in 122 CE, in "
    "the 2nd century CE, and Roman rule ended c. 410 AD."
)

ROMAN_BRITAIN_TABLE: list[Row] = [
    ("55", "DATE", "-0054"),
    ("54 BC", "DATE", "-0053"),
    ("AD 43", "DATE", "0043"),
    ("60", "DATE", "0060"),
    ("61 CE", "DATE", "0061"),
    ("122 CE", "DATE", "0122"),
    ("the 2nd century CE", "DATE", "01"),
    ("c. 410 AD", "DATE", "0410"),
]


PASSAGES = [
    (OCTOBER, OCTOBER_TABLE),
    (NORTHERN_WAR, NORTHERN_WAR_TABLE),
    (PETROGRAD, PETROGRAD_TABLE),
    (GLORIOUS, GLORIOUS_TABLE),
    (THERMIDOR, THERMIDOR_TABLE),
    (ABBASID, ABBASID_TABLE),
    (EAST_ASIA, EAST_ASIA_TABLE),
    (PELOPONNESIAN, PELOPONNESIAN_TABLE),
    (ROMAN_BRITAIN, ROMAN_BRITAIN_TABLE),
]


@pytest.mark.parametrize(("text", "table"), PASSAGES)
def test_war_history_reads_as_its_table(text: str, table: list[Row]) -> None:
    """Each passage, read as a narrative, yields exactly its table."""
    assert _mentions(text, genre="narrative") == table


@pytest.mark.parametrize(
    "text",
    [
        "The coup of 18 Brumaire ended the Directory.",
        "After 9 Thermidor the Terror ended, and the law of 22 Prairial was repealed.",
        "The Constitution of the Year VIII made him First Consul.",
        "Abu Muslim rose in 129 AH, and the dynasty fell in AH 656.",
        "Its scholars wrote in the 2nd century AH and in the early 3rd century A.H.",
        "The regents ruled in the 5th year of Kangxi.",
        "The Satsuma Rebellion was crushed in Meiji 10.",
        "The Heian period and the Edo period were times of peace.",
        "The Thirty Years' Peace broke down.",
    ],
)
def test_dates_of_other_calendars_are_never_gregorian(text: str) -> None:
    """A Republican day, a year or century of the Hijra, a regnal year, an era: no date."""
    assert _found(text) == []
