"""Held-out genre, sixteenth round: Wikipedia war histories read as narratives, 1500-1800.

Passages written for these tests in the style of English Wikipedia's lead and "Course of the
war" sections on the wars of the early modern age (the Italian Wars, the Spanish Armada, the
Eighty Years' War, the Thirty Years' War, the English Civil War, the Great Northern War, the War
of the Spanish Succession, the Jacobite rising of 1745, the Seven Years' War, the American
Revolutionary War, the French Revolutionary Wars, the Ottoman and Mughal campaigns), read as
held-out war histories are: with ``genre="narrative"`` and the date of the Wikipedia download as
the document date. Earlier rounds (tests/test_war*.py, tests/test_history.py,
tests/test_histories_*.py) already test "7 November [O.S. 25 October] 1917", "(O.S.)" after a
date (left as written), "the winter of 1854–55", "the campaigning season", "the late 1840s",
"the mid-1980s", "the year 1000", "Michaelmas", Julian Easter before 1583, "Christmas night",
"early in 1242", "a siege of six months", "at dawn", "by nightfall", "the night of 25/26
November" and the Republican calendar ("9 Thermidor Year II" untagged); they are used here only
as steps of the story. Conventions as in those files: "before dawn on" a date tags only the
date; a war or a truce named by its length ("the Thirty Years' War", "the Seven Years' War",
"the Twelve Years' Truce") is a name, as "the Hundred Years' War" is, while "thirty years of
war" is a length; a war named by its years ("The Italian War of 1521–1526") tags the years;
a Republican date ("8 Messidor Year II", "18 Brumaire Year VIII", "Year I of the Republic") is
untagged and the Gregorian date beside it is the date; numbered rulers, regiments, articles,
guns, ships' ratings and psalms ("Louis XIV", "Charles XII", "the 42nd Foot", "the 1st
Regiment", "Article 4", "12-pounder guns", "a 74-gun ship", "Psalm 46") are no dates.
New here:
- an hour in words before a part of the day is a clock time after a preposition of time ("at
  about four in the afternoon", "beginning at about seven in the evening", "until about six in
  the evening", "by four in the afternoon"), and "one at night" is 01:00, not 13:00;
- "from dawn until ..." is the dawn of the day the story is at, as "at dawn" is;
- after "the night of 7–8 August" the story is at the midnight between the two days: "the next
  day" is the 8th and "the following morning" the 8th's, as after "before midnight";
- "Whit Sunday, 23 May 1706" is one date, as "Easter Sunday, 1 April 1945" is; "the feast of
  St. John" and "St John's Day" are the Baptist's day, 24 June;
- an edge of a season is the season with its mod: "at the onset of winter" (START).
"In the fourth year of his reign" counts from the year "(r. 1695–1703)" opened (see the test at
the end, as tests/test_war_histories_12.py's).
"""

from __future__ import annotations

import pytest
from passages import Row
from passages import mentions as _mentions

# the date of the Wikipedia download the held-out articles come with
DOWNLOAD = "2023-09-12"


def _narrative(text: str) -> list[Row]:
    return _mentions(text, genre="narrative", dct=DOWNLOAD)


ITALIAN = (
    "The Italian War of 1521–1526 was fought between Francis I of France and the Emperor "
    "Charles V. Hostilities opened in the spring of 1521, when French troops invaded Navarre. "
    "Lautrec lost Milan in November, and on 27 April 1522 his Swiss pikemen were routed at "
    "Bicocca. The campaigning season of 1523 was spent in a slow advance on Milan, but "
    "Bonnivet withdrew at the onset of winter. In the autumn of 1524 Francis crossed the Alps "
    "again and laid siege to Pavia. The siege lasted four months. The decisive battle began "
    "before dawn on 24 February 1525 and was over by noon. Francis was captured and held in "
    "Madrid for almost a year. He signed the Treaty of Madrid on 14 January 1526; Article 4 of "
    "the Treaty ceded Burgundy. Two months later he was released, and by the end of the year "
    "he had repudiated it. The League of Cognac was formed that summer, and the war resumed "
    "the following year. The Sack of Rome took place on 6 May 1527. Clement VII had hoped for "
    "relief by Ascension Day, but the army of the League never came. The pope was held in the "
    "Castel Sant'Angelo for seven months."
)

ARMADA = (
    "The Spanish Armada sailed from Lisbon on 28 May 1588 (New Style) under the Duke of Medina "
    "Sidonia, having been ordered to sail on 12 May 1588 (Old Style). England still used the "
    "Julian calendar, and English accounts date its sighting off the Lizard to 19 July 1588 "
    "(Old Style). Drake is said to have been playing bowls on Plymouth Hoe that afternoon. The "
    "fleets first engaged off Plymouth on 31 July (N.S.), and over the next week fought "
    "running battles up the Channel. On the night of 7–8 August the English sent eight "
    "fireships among the anchored Armada at Calais. The Battle of Gravelines was fought the "
    "next day, from dawn until about four in the afternoon. A 74-gun ship of the line was "
    "still a century away; the largest English ships carried a few dozen guns, many of them "
    "culverins and 12-pounder guns. Elizabeth addressed her troops at Tilbury on 18 August. "
    "The surviving ships sailed around Scotland and Ireland, where storms in September wrecked "
    "some two dozen of them. Fewer than seventy ships reached Spain by the autumn. The war "
    "went on until 1604."
)

EIGHTY = (
    "The Eighty Years' War (1568–1648) was a revolt of the Seventeen Provinces against Philip "
    "II of Spain. It began with the Battle of Heiligerlee on 23 May 1568. In the late "
    "sixteenth century the rebels held Holland and Zeeland. The Siege of Leiden lasted from "
    "October 1573 to 3 October 1574, when the dykes were cut and the city relieved; the relief "
    "is still celebrated every year on 3 October. Antwerp fell in August 1585 after a siege of "
    "fourteen months. The Twelve Years' Truce was signed at Antwerp on 9 April 1609, and "
    "fighting resumed in 1621. Breda surrendered on 5 June 1625 after a siege of eleven "
    "months. In the 1630s Frederick Henry took Maastricht and retook Breda. The Peace of "
    "Münster was signed on 30 January 1648 and ratified that May, ending eighty years of war. "
    "In the mid-17th century the Dutch Republic was the richest state in Europe. Its "
    "independence had been recognised after a struggle of three generations."
)

THIRTY = (
    "The Thirty Years' War was fought in Central Europe from 1618 to 1648. It began with the "
    "Defenestration of Prague on 23 May 1618, and the Bohemian revolt was crushed at the White "
    "Mountain on 8 November 1620 after barely two hours of fighting. Ferdinand II's armies "
    "under Tilly and Wallenstein then overran northern Germany. In the early 1620s the war "
    "spread to the Palatinate. Magdeburg was sacked on 20 May 1631, and Tilly was defeated at "
    "Breitenfeld that September. Gustavus Adolphus opened the campaigning season of 1632 by "
    "crossing the Lech in April. He was killed at Lützen on 16 November 1632, in fog, at about "
    "noon. Two years later the Swedes were routed at Nördlingen, after two days of fighting. "
    "France entered the war in 1635. The Peace of Westphalia, signed at Osnabrück and Münster "
    "in October 1648, ended thirty years of war. Some regions had lost a third of their "
    "population, and the 1640s saw famine across Germany."
)

CIVIL = (
    "The First English Civil War (1642–1646) was fought between Royalists and "
    "Parliamentarians. Charles I raised his standard at Nottingham on 22 August 1642. The "
    "first pitched battle was fought at Edgehill two months later, on 23 October 1642. In the "
    "spring of 1643 Parliament imposed a weekly assessment, the first arrears to be paid by "
    "Michaelmas. In the spring of 1644 the Scots crossed the border in support of Parliament, "
    "and York was besieged. Prince Rupert set out to relieve the city after the feast of St. "
    "John. The Battle of Marston Moor was fought on 2 July 1644 (O.S.), beginning at about "
    "seven in the evening and lasting barely two hours. Essex's army surrendered at "
    "Lostwithiel that autumn. The New Model Army was formed early in 1645 and won at Naseby on "
    "14 June 1645. By the end of the year the King's cause was lost. Oxford, the royalist "
    "capital, surrendered in June 1646. Charles was executed on 30 January 1649, and Psalm 46 "
    "was sung by his opponents. Parliament ruled for the next eleven years, until the "
    "Restoration of 1660."
)

NORTHERN = (
    "The Great Northern War (1700–1721) was fought by a coalition led by Russia against the "
    "Swedish Empire. In the year 1700 Denmark, Saxony and Russia attacked Sweden at once. "
    "Charles XII landed in Zealand that summer, and on 30 November 1700 he routed the Russians "
    "at Narva in a snowstorm. For the next six years he campaigned in Poland. In the autumn of "
    "1707 he marched east against Peter the Great. The winter of 1708–09 was the coldest in "
    "five hundred years, and thousands of his soldiers froze. The Battle of Poltava was fought "
    "on 8 July [O.S. 27 June] 1709, beginning at dawn; by noon the Swedish army had been "
    "destroyed. The remnant of his army surrendered at Perevolochna on 11 July [O.S. 30 June] "
    "1709. Charles fled to the Ottoman Empire and stayed there for five years. The Swedish "
    "fortresses on the Baltic fell one by one in 1710. Charles returned to Sweden late in "
    "1714, and he was killed at Fredriksten in December 1718. The war ended with the Treaty of "
    "Nystad, signed on 10 September [O.S. 30 August] 1721."
)

SUCCESSION = (
    "The War of the Spanish Succession (1701–1714) followed the death of Charles II of Spain "
    "on 1 November 1700. Louis XIV accepted the will for his grandson, and the Grand Alliance "
    "declared war in May 1702. Marlborough marched to the Danube in the summer of 1704 and, "
    "with Prince Eugene, won at Blenheim on 13 August 1704. The battle began shortly after "
    "noon and was over by nightfall. At Ramillies on Whit Sunday, 23 May 1706, the French lost "
    "Flanders. The siege of Lille lasted from August to December 1708. The winter of 1709 was "
    "the Great Frost, and famine followed. Malplaquet, fought on 11 September 1709, was the "
    "bloodiest battle of the century. Peace talks opened at Utrecht in January 1712, and the "
    "Peace of Utrecht was signed on 11 April 1713. The war had lasted more than twelve years. "
    "Louis XIV died two years later, on 1 September 1715."
)

JACOBITE = (
    "The Jacobite rising of 1745 was an attempt by Charles Edward Stuart to regain the British "
    "throne for his father. He landed at Eriskay on 23 July 1745 and raised his standard at "
    "Glenfinnan on 19 August. Edinburgh was occupied in September, and at Prestonpans, on 21 "
    "September, the Highlanders routed Cope's army in about fifteen minutes, shortly after "
    "dawn. In November the army invaded England and reached Derby on 4 December. Two days "
    "later the council decided to retreat. At Falkirk Muir on 17 January 1746 the Jacobites "
    "won again, late in the afternoon. The Battle of Culloden was fought on 16 April 1746 and "
    "lasted less than an hour. The prince spent the next five months as a fugitive in the "
    "Highlands before escaping to France in September. Government troops spent the following "
    "months burning the glens. The 42nd Foot and the 1st Regiment of Foot Guards were not at "
    "Culloden."
)

SEVEN = (
    "The Seven Years' War was a global conflict fought between 1756 and 1763. Frederick II "
    "invaded Saxony on 29 August 1756 without a declaration of war. At Rossbach on 5 November "
    "1757 he defeated a Franco-Imperial army in ninety minutes, and a month later, on 5 "
    "December, he won at Leuthen. In North America the French took Fort William Henry in "
    "August 1757. Quebec fell after the battle on the Plains of Abraham on 13 September 1759, "
    "which lasted about fifteen minutes. The year 1759 became Britain's annus mirabilis, with "
    "victories at Minden, Lagos and Quiberon Bay. Frederick was nearly broken at Kunersdorf on "
    "12 August 1759. In the autumn of 1760 the Russians briefly occupied Berlin. Empress "
    "Elizabeth died on 5 January 1762, and her successor made peace with Prussia in May. The "
    "Treaty of Paris was signed on 10 February 1763, and the Treaty of Hubertusburg five days "
    "later. Prussia kept Silesia, and Britain emerged from the war as the leading colonial "
    "power. In all, the fighting had lasted almost seven years."
)

REVOLUTION = (
    "The American Revolutionary War (1775–1783) began with the battles of Lexington and "
    "Concord on 19 April 1775. Early in 1776 Knox brought the guns of Ticonderoga to Boston, "
    "and the British evacuated the city on 17 March. Independence was declared on 4 July 1776. "
    "After the loss of New York that autumn, Washington crossed the Delaware on Christmas "
    "night and attacked the Hessian garrison at Trenton. During the night of 25–26 December "
    "his troops marched nine miles in sleet; the attack began at about eight in the morning "
    "and lasted less than an hour. A week later he won at Princeton. Burgoyne surrendered at "
    "Saratoga on 17 October 1777. The army spent the winter of 1777–78 at Valley Forge. France "
    "entered the war the following year. Cornwallis surrendered at Yorktown on 19 October 1781 "
    "after a siege of three weeks, and the Treaty of Paris was signed two years later, on 3 "
    "September 1783."
)

FRENCH = (
    "The War of the First Coalition began when France declared war on Austria on 20 April "
    "1792. The Prussians were checked at Valmy on 20 September 1792, and the monarchy was "
    "abolished the next day. Year I of the Republic was counted from 22 September 1792. The "
    "Committee of Public Safety decreed the levée en masse on 23 August 1793. Toulon was "
    "retaken in December 1793 after a siege of more than three months. The victory at Fleurus "
    "on 26 June 1794 (8 Messidor Year II) opened Belgium to the French. Robespierre fell a "
    "month later. On 5 October 1795 Bonaparte dispersed the royalists in Paris with grapeshot. "
    "In the spring of 1796 he took command of the Army of Italy, and in less than a year he "
    "had driven the Austrians out of Lombardy. The Treaty of Campo Formio, signed on 17 "
    "October 1797, ended the war. The Second Coalition was formed the following year. On 18 "
    "Brumaire Year VIII (9 November 1799) Bonaparte seized power."
)

MUGHAL = (
    "Suleiman the Magnificent besieged Vienna from 27 September to 15 October 1529. The siege "
    "was lifted after less than three weeks, as the autumn rains set in. In 1526 he had "
    "destroyed the Hungarian army at Mohács in under two hours. The same year Babur founded "
    "the Mughal Empire by his victory at Panipat on 21 April 1526. The Battle of Lepanto was "
    "fought on 7 October 1571; the galleys engaged at about noon and the fighting ended by "
    "four in the afternoon. Aurangzeb spent the last twenty-six years of his reign in the "
    "Deccan. He took Bijapur in 1686 and Golconda in the following year after a siege of eight "
    "months. The second siege of Vienna began on 14 July 1683 and ended with the relief battle "
    "of 12 September 1683, which lasted from dawn until about six in the evening. Mustafa II "
    "was defeated at Zenta on 11 September 1697. The war ended with the Treaty of Karlowitz, "
    "signed on 26 January 1699."
)


ITALIAN_TABLE: list[Row] = [
    ("1521", "DATE", "1521"),
    ("1526", "DATE", "1526"),
    ("the spring of 1521", "DATE", "1521-SP"),
    ("November", "DATE", "1521-11"),
    ("27 April 1522", "DATE", "1522-04-27"),
    ("The campaigning season of 1523", "DATE", "1523"),
    ("the onset of winter", "DATE", "1523-WI"),
    ("the autumn of 1524", "DATE", "1524-FA"),
    ("four months", "DURATION", "P4M"),
    ("24 February 1525", "DATE", "1525-02-24"),
    ("noon", "TIME", "1525-02-24T12:00"),
    ("a year", "DURATION", "P1Y"),
    ("14 January 1526", "DATE", "1526-01-14"),
    ("Two months later", "DATE", "1526-03"),
    ("the end of the year", "DATE", "1526"),
    ("that summer", "DATE", "1526-SU"),
    ("the following year", "DATE", "1527"),
    ("6 May 1527", "DATE", "1527-05-06"),
    ("Ascension Day", "DATE", "1527-05-30"),
    ("seven months", "DURATION", "P7M"),
]

ARMADA_TABLE: list[Row] = [
    ("28 May 1588", "DATE", "1588-05-28"),
    ("12 May 1588", "DATE", "1588-05-12"),
    ("19 July 1588", "DATE", "1588-07-19"),
    ("that afternoon", "TIME", "1588-07-19TAF"),
    ("31 July", "DATE", "1588-07-31"),
    ("the next week", "DURATION", "P1W"),
    ("7", "DATE", "1588-08-07"),
    ("8 August", "DATE", "1588-08-08"),
    ("the next day", "DATE", "1588-08-08"),
    ("dawn", "TIME", "1588-08-08TMO"),
    ("four in the afternoon", "TIME", "1588-08-08T16:00"),
    ("a century", "DURATION", "P100Y"),
    ("18 August", "DATE", "1588-08-18"),
    ("September", "DATE", "1588-09"),
    ("the autumn", "DATE", "1588-FA"),
    ("1604", "DATE", "1604"),
]

EIGHTY_TABLE: list[Row] = [
    ("1568", "DATE", "1568"),
    ("1648", "DATE", "1648"),
    ("23 May 1568", "DATE", "1568-05-23"),
    ("the late sixteenth century", "DATE", "15"),
    ("October 1573", "DATE", "1573-10"),
    ("3 October 1574", "DATE", "1574-10-03"),
    ("every year on 3 October", "SET", "XXXX-10-03"),
    ("August 1585", "DATE", "1585-08"),
    ("fourteen months", "DURATION", "P14M"),
    ("9 April 1609", "DATE", "1609-04-09"),
    ("1621", "DATE", "1621"),
    ("5 June 1625", "DATE", "1625-06-05"),
    ("eleven months", "DURATION", "P11M"),
    ("the 1630s", "DATE", "163"),
    ("30 January 1648", "DATE", "1648-01-30"),
    ("that May", "DATE", "1648-05"),
    ("eighty years", "DURATION", "P80Y"),
    ("the mid-17th century", "DATE", "16"),
]

THIRTY_TABLE: list[Row] = [
    ("1618", "DATE", "1618"),
    ("1648", "DATE", "1648"),
    ("23 May 1618", "DATE", "1618-05-23"),
    ("8 November 1620", "DATE", "1620-11-08"),
    ("two hours", "DURATION", "PT2H"),
    ("the early 1620s", "DATE", "162"),
    ("20 May 1631", "DATE", "1631-05-20"),
    ("that September", "DATE", "1631-09"),
    ("the campaigning season of 1632", "DATE", "1632"),
    ("April", "DATE", "1632-04"),
    ("16 November 1632", "DATE", "1632-11-16"),
    ("noon", "TIME", "1632-11-16T12:00"),
    ("Two years later", "DATE", "1634"),
    ("two days", "DURATION", "P2D"),
    ("1635", "DATE", "1635"),
    ("October 1648", "DATE", "1648-10"),
    ("thirty years", "DURATION", "P30Y"),
    ("the 1640s", "DATE", "164"),
]

CIVIL_TABLE: list[Row] = [
    ("1642", "DATE", "1642"),
    ("1646", "DATE", "1646"),
    ("22 August 1642", "DATE", "1642-08-22"),
    ("two months later", "DATE", "1642-10"),
    ("23 October 1642", "DATE", "1642-10-23"),
    ("the spring of 1643", "DATE", "1643-SP"),
    ("weekly", "SET", "P1W"),
    ("Michaelmas", "DATE", "1643-09-29"),
    ("the spring of 1644", "DATE", "1644-SP"),
    ("the feast of St. John", "DATE", "1644-06-24"),
    ("2 July 1644", "DATE", "1644-07-02"),
    ("seven in the evening", "TIME", "1644-07-02T19:00"),
    ("two hours", "DURATION", "PT2H"),
    ("that autumn", "DATE", "1644-FA"),
    ("early in 1645", "DATE", "1645"),
    ("14 June 1645", "DATE", "1645-06-14"),
    ("the end of the year", "DATE", "1645"),
    ("June 1646", "DATE", "1646-06"),
    ("30 January 1649", "DATE", "1649-01-30"),
    ("the next eleven years", "DURATION", "P11Y"),
    ("1660", "DATE", "1660"),
]

NORTHERN_TABLE: list[Row] = [
    ("1700", "DATE", "1700"),
    ("1721", "DATE", "1721"),
    ("the year 1700", "DATE", "1700"),
    ("that summer", "DATE", "1700-SU"),
    ("30 November 1700", "DATE", "1700-11-30"),
    ("the next six years", "DURATION", "P6Y"),
    ("the autumn of 1707", "DATE", "1707-FA"),
    ("The winter of 1708–09", "DATE", "1708-WI"),
    ("five hundred years", "DURATION", "P500Y"),
    ("8 July [O.S. 27 June] 1709", "DATE", "1709-07-08"),
    ("dawn", "TIME", "1709-07-08TMO"),
    ("noon", "TIME", "1709-07-08T12:00"),
    ("11 July [O.S. 30 June] 1709", "DATE", "1709-07-11"),
    ("five years", "DURATION", "P5Y"),
    ("1710", "DATE", "1710"),
    ("late in 1714", "DATE", "1714"),
    ("December 1718", "DATE", "1718-12"),
    ("10 September [O.S. 30 August] 1721", "DATE", "1721-09-10"),
]

SUCCESSION_TABLE: list[Row] = [
    ("1701", "DATE", "1701"),
    ("1714", "DATE", "1714"),
    ("1 November 1700", "DATE", "1700-11-01"),
    ("May 1702", "DATE", "1702-05"),
    ("the summer of 1704", "DATE", "1704-SU"),
    ("13 August 1704", "DATE", "1704-08-13"),
    ("noon", "TIME", "1704-08-13T12:00"),
    ("nightfall", "TIME", "1704-08-13TEV"),
    ("Whit Sunday, 23 May 1706", "DATE", "1706-05-23"),
    ("August", "DATE", "1708-08"),
    ("December 1708", "DATE", "1708-12"),
    ("The winter of 1709", "DATE", "1709-WI"),
    ("11 September 1709", "DATE", "1709-09-11"),
    ("January 1712", "DATE", "1712-01"),
    ("11 April 1713", "DATE", "1713-04-11"),
    ("more than twelve years", "DURATION", "P12Y"),
    ("two years later", "DATE", "1715"),
    ("1 September 1715", "DATE", "1715-09-01"),
]

JACOBITE_TABLE: list[Row] = [
    ("1745", "DATE", "1745"),
    ("23 July 1745", "DATE", "1745-07-23"),
    ("19 August", "DATE", "1745-08-19"),
    ("September", "DATE", "1745-09"),
    ("21 September", "DATE", "1745-09-21"),
    ("fifteen minutes", "DURATION", "PT15M"),
    ("dawn", "TIME", "1745-09-21TMO"),
    ("November", "DATE", "1745-11"),
    ("4 December", "DATE", "1745-12-04"),
    ("Two days later", "DATE", "1745-12-06"),
    ("17 January 1746", "DATE", "1746-01-17"),
    ("the afternoon", "TIME", "1746-01-17TAF"),
    ("16 April 1746", "DATE", "1746-04-16"),
    ("less than an hour", "DURATION", "PT1H"),
    ("the next five months", "DURATION", "P5M"),
    ("September", "DATE", "1746-09"),
    ("the following months", "DURATION", "PXM"),
]

SEVEN_TABLE: list[Row] = [
    ("1756", "DATE", "1756"),
    ("1763", "DATE", "1763"),
    ("29 August 1756", "DATE", "1756-08-29"),
    ("5 November 1757", "DATE", "1757-11-05"),
    ("ninety minutes", "DURATION", "PT90M"),
    ("a month later", "DATE", "1757-12"),
    ("5 December", "DATE", "1757-12-05"),
    ("August 1757", "DATE", "1757-08"),
    ("13 September 1759", "DATE", "1759-09-13"),
    ("fifteen minutes", "DURATION", "PT15M"),
    ("The year 1759", "DATE", "1759"),
    ("12 August 1759", "DATE", "1759-08-12"),
    ("the autumn of 1760", "DATE", "1760-FA"),
    ("5 January 1762", "DATE", "1762-01-05"),
    ("May", "DATE", "1762-05"),
    ("10 February 1763", "DATE", "1763-02-10"),
    ("five days later", "DATE", "1763-02-15"),
    ("seven years", "DURATION", "P7Y"),
]

REVOLUTION_TABLE: list[Row] = [
    ("1775", "DATE", "1775"),
    ("1783", "DATE", "1783"),
    ("19 April 1775", "DATE", "1775-04-19"),
    ("Early in 1776", "DATE", "1776"),
    ("17 March", "DATE", "1776-03-17"),
    ("4 July 1776", "DATE", "1776-07-04"),
    ("that autumn", "DATE", "1776-FA"),
    ("Christmas night", "TIME", "1776-12-25TNI"),
    ("25", "DATE", "1776-12-25"),
    ("26 December", "DATE", "1776-12-26"),
    ("eight in the morning", "TIME", "1776-12-26T08:00"),
    ("less than an hour", "DURATION", "PT1H"),
    ("A week later", "DATE", "1777-W01"),
    ("17 October 1777", "DATE", "1777-10-17"),
    ("the winter of 1777–78", "DATE", "1777-WI"),
    ("the following year", "DATE", "1778"),
    ("19 October 1781", "DATE", "1781-10-19"),
    ("three weeks", "DURATION", "P3W"),
    ("two years later", "DATE", "1783"),
    ("3 September 1783", "DATE", "1783-09-03"),
]

FRENCH_TABLE: list[Row] = [
    ("20 April 1792", "DATE", "1792-04-20"),
    ("20 September 1792", "DATE", "1792-09-20"),
    ("the next day", "DATE", "1792-09-21"),
    ("22 September 1792", "DATE", "1792-09-22"),
    ("23 August 1793", "DATE", "1793-08-23"),
    ("December 1793", "DATE", "1793-12"),
    ("more than three months", "DURATION", "P3M"),
    ("26 June 1794", "DATE", "1794-06-26"),
    ("a month later", "DATE", "1794-07"),
    ("5 October 1795", "DATE", "1795-10-05"),
    ("the spring of 1796", "DATE", "1796-SP"),
    ("less than a year", "DURATION", "P1Y"),
    ("17 October 1797", "DATE", "1797-10-17"),
    ("the following year", "DATE", "1798"),
    ("9 November 1799", "DATE", "1799-11-09"),
]

MUGHAL_TABLE: list[Row] = [
    ("27 September", "DATE", "1529-09-27"),
    ("15 October 1529", "DATE", "1529-10-15"),
    ("less than three weeks", "DURATION", "P3W"),
    ("1526", "DATE", "1526"),
    ("two hours", "DURATION", "PT2H"),
    ("The same year", "DATE", "1526"),
    ("21 April 1526", "DATE", "1526-04-21"),
    ("7 October 1571", "DATE", "1571-10-07"),
    ("noon", "TIME", "1571-10-07T12:00"),
    ("four in the afternoon", "TIME", "1571-10-07T16:00"),
    ("the last twenty-six years", "DURATION", "P26Y"),
    ("1686", "DATE", "1686"),
    ("the following year", "DATE", "1687"),
    ("eight months", "DURATION", "P8M"),
    ("14 July 1683", "DATE", "1683-07-14"),
    ("12 September 1683", "DATE", "1683-09-12"),
    ("dawn", "TIME", "1683-09-12TMO"),
    ("six in the evening", "TIME", "1683-09-12T18:00"),
    ("11 September 1697", "DATE", "1697-09-11"),
    ("26 January 1699", "DATE", "1699-01-26"),
]


PASSAGES = [
    (ITALIAN, ITALIAN_TABLE),
    (ARMADA, ARMADA_TABLE),
    (EIGHTY, EIGHTY_TABLE),
    (THIRTY, THIRTY_TABLE),
    (CIVIL, CIVIL_TABLE),
    (NORTHERN, NORTHERN_TABLE),
    (SUCCESSION, SUCCESSION_TABLE),
    (JACOBITE, JACOBITE_TABLE),
    (SEVEN, SEVEN_TABLE),
    (REVOLUTION, REVOLUTION_TABLE),
    (FRENCH, FRENCH_TABLE),
    (MUGHAL, MUGHAL_TABLE),
]


@pytest.mark.parametrize(("text", "table"), PASSAGES)
def test_passage(text: str, table: list[Row]) -> None:
    """Every temporal expression of an early modern war history, anchored as a narrative."""
    assert _narrative(text) == table


def test_look_alikes_are_no_dates() -> None:
    """Rulers, regiments, articles, guns, ratings, psalms and wars named by length: no dates."""
    text = (
        "Louis XIV, Charles XII and Frederick II reviewed the 42nd Foot and the 1st Regiment of "
        "Foot Guards. Article 4 of the Treaty gave up a 74-gun ship of the line and forty "
        "12-pounder guns, and Psalm 46 was sung. The Thirty Years' War, the Seven Years' War "
        "and the Eighty Years' War were named by their length, and so was the Twelve Years' "
        "Truce."
    )
    assert _narrative(text) == []


def test_hour_in_words_with_part_of_day() -> None:
    """ "at about four in the afternoon", "by seven in the evening": clock times; "one at
    night" is in the small hours, after the evening the next day's."""
    assert _narrative(
        "The battle began on 2 July 1644 at about four in the afternoon. By seven in the "
        "evening the left wing had broken, and the last troops withdrew at one at night."
    ) == [
        ("2 July 1644", "DATE", "1644-07-02"),
        ("four in the afternoon", "TIME", "1644-07-02T16:00"),
        ("seven in the evening", "TIME", "1644-07-02T19:00"),
        ("one at night", "TIME", "1644-07-03T01:00"),
    ]


def test_days_after_a_night_of_two_days() -> None:
    """After "the night of 7–8 August", "the next day" is the 8th and "two days later" the
    9th: the story is at the midnight between them."""
    night = "On the night of 7–8 August 1588 the English sent fireships among the Armada. "
    assert _narrative(night + "The Battle of Gravelines was fought the next day.")[-1] == (
        "the next day",
        "DATE",
        "1588-08-08",
    )
    assert _narrative(night + "Two days later the wind shifted.")[-1] == (
        "Two days later",
        "DATE",
        "1588-08-09",
    )
    assert _narrative(night + "The previous day the fleet had anchored.")[-1] == (
        "The previous day",
        "DATE",
        "1588-08-07",
    )


def test_feasts_of_st_john_and_whit_sunday() -> None:
    """ "the feast of St. John" is 24 June (the Baptist's, not the Evangelist's); "Whit
    Sunday, 23 May 1706" is one date."""
    assert _narrative(
        "The siege of York began in April 1644. Rupert marched after the feast of St. John, "
        "and by St John's Day 1645 the north was lost. The feast of St John the Evangelist "
        "passed quietly. At Ramillies, on Whit Sunday, 23 May 1706, the French were routed."
    ) == [
        ("April 1644", "DATE", "1644-04"),
        ("the feast of St. John", "DATE", "1644-06-24"),
        ("St John's Day 1645", "DATE", "1645-06-24"),
        ("Whit Sunday, 23 May 1706", "DATE", "1706-05-23"),
    ]


def test_the_fourth_year_of_his_reign() -> None:
    """ "In the fourth year of his reign" after "(r. 1695–1703)" is 1698."""
    rows = _narrative(
        "Mustafa II (r. 1695–1703) led his armies in person. In the fourth year of his reign "
        "he sued for peace."
    )
    assert rows[-1] == ("the fourth year of his reign", "DATE", "1698")
