"""Held-out genre, seventh round: whole Wikipedia war articles read as long narratives.

Article-length texts written for these tests in the style of English Wikipedia's plain-text
dumps (the WikiWars corpus tags whole articles of this kind, with no document date): a lead
section summarising the war to its end, then sections under headings on their own lines
("Background", "Outbreak", "Course of the war", year headings such as "1916" or "1980–1985",
"Aftermath", "Legacy"), hatnotes ("Main article: July Crisis") and citations ("[1]", "[a]",
"[citation needed]"). The short passages of tests/test_war.py and tests/test_war_histories_3.py
... tests/test_war_histories_6.py test phrases; here the anchoring over a long text is tested:
the year carries across paragraphs and headings ("By 1914 ... On Sunday, 28 June"), a
"Background" section after a lead that ended the war re-anchors from its own years, "the
following year", "that autumn", "later that month", "by the end of the year", "two weeks later"
and "the next day" follow the last date established, and the Legacy section's "today",
"currently" and "now" are the time of writing (PRESENT_REF; the document date when one is
given). Ranges in parentheses ("(25 June 1950 – 27 July 1953)") are two dates, as in TimeML.
New here: a story's bare weekday after the day it reached is the next such weekday ("On
Sunday, 28 June ... On Thursday": 2 July), unless a past perfect looks back; a sentence's
"That night" before any word is a time; "every 14 June" and "annually on 11 November" are sets.
"""

from __future__ import annotations

import datetime as dt

import pytest
from passages import Row
from passages import found_in_narrative as _found
from passages import mentions as _mentions

from chrono.extract import Extractor

TODAY = "2024-06-15"
EXTRACTOR = Extractor()


WWI = "\n\n".join(
    [
        "World War I",
        (
            "World War I (28 July 1914 – 11 November 1918) was a global conflict fought between"
            " the Allies and the Central Powers.[1] Fighting ended[2] with the Armistice of 11 "
            "November 1918, and the Treaty of Versailles was signed the following June."
        ),
        "Background",
        (
            "In 1879 Germany and Austria-Hungary formed the Dual Alliance. Italy joined it in "
            "1882. France and Russia signed a military convention in 1892, and Britain settled "
            "its colonial disputes with France in 1904.[2]"
        ),
        (
            "In 1908 Austria-Hungary annexed Bosnia and Herzegovina. The crisis lasted several "
            "months and ended the following March."
        ),
        "Outbreak",
        "Main article: July Crisis",
        (
            "By 1914 Europe was divided into two armed blocs.[4] On Sunday, 28 June, Archduke "
            "Franz Ferdinand was assassinated in Sarajevo.[3] That night anti-Serb riots broke "
            "out in the city. On Thursday the Austro-Hungarian ministers began an inquiry. "
            "Austria-Hungary sent an ultimatum to Serbia on 23 July, and declared war five days"
            " later. Russia mobilised on 30 July; Germany declared war on Russia on 1 August "
            "and on France two days later."
        ),
        (
            "Britain declared war on Germany on 4 August.[citation needed] By the end of the "
            "month the German armies had entered northern France."
        ),
        "Course of the war",
        "1914",
        (
            "The First Battle of the Marne began on 5 September. Later that month both sides "
            'began the "Race to the Sea". By the end of the year a line of trenches ran from '
            "the Channel to Switzerland."
        ),
        "1915",
        (
            "In April the Germans used poison gas at Ypres. The Gallipoli landings began on 25 "
            "April; the campaign lasted eight months and the last troops left in January 1916."
        ),
        "1916",
        (
            "The Battle of Verdun began on 21 February. That summer the British attacked on the"
            " Somme, and on the first day they lost 57,000 men. The battle ended in November."
        ),
        "1917",
        (
            "The United States declared war on Germany on 6 April 1917. Two weeks later the "
            "French offensive on the Aisne failed. In Russia the Bolsheviks seized power in "
            "November."
        ),
        "1918",
        (
            "On 21 March the Germans launched the Spring Offensive. The Allied Hundred Days "
            "Offensive began on 8 August. The armistice took effect at 11 a.m. on 11 November."
        ),
        "Aftermath",
        (
            "The Paris Peace Conference opened on 18 January 1919. The Treaty of Versailles was"
            " signed on 28 June 1919, exactly five years after the assassination. The following"
            " year the League of Nations met for the first time."
        ),
        "Legacy",
        (
            "Today the war is remembered annually on 11 November. The last known veteran died "
            "in 2012. As of 2023, the Commonwealth War Graves Commission maintains more than "
            "2,500 war cemeteries in France and Belgium."
        ),
    ]
)

WWI_TABLE: list[Row] = [
    ("28 July 1914", "DATE", "1914-07-28"),
    ("11 November 1918", "DATE", "1918-11-11"),
    ("11 November 1918", "DATE", "1918-11-11"),
    # the lead"s summary ends the war: "the following June" is of the year after 1918
    ("the following June", "DATE", "1919-06"),
    # "Background" jumps back from the lead"s 1918 and re-anchors from its own years
    ("1879", "DATE", "1879"),
    ("1882", "DATE", "1882"),
    ("1892", "DATE", "1892"),
    ("1904", "DATE", "1904"),
    ("1908", "DATE", "1908"),
    ("several months", "DURATION", "PXM"),
    ("the following March", "DATE", "1909-03"),
    ("1914", "DATE", "1914"),
    # "By 1914" carries into the next sentence; the weekday goes with the day
    ("Sunday, 28 June", "DATE", "1914-06-28"),
    ("That night", "TIME", "1914-06-28TNI"),
    # the story"s bare weekday is the next one after the day it reached
    ("Thursday", "DATE", "1914-07-02"),
    ("23 July", "DATE", "1914-07-23"),
    ("five days later", "DATE", "1914-07-28"),
    ("30 July", "DATE", "1914-07-30"),
    ("1 August", "DATE", "1914-08-01"),
    ("two days later", "DATE", "1914-08-03"),
    ("4 August", "DATE", "1914-08-04"),
    ("the end of the month", "DATE", "1914-08"),
    # a heading that is a year dates the section under it
    ("1914", "DATE", "1914"),
    ("5 September", "DATE", "1914-09-05"),
    ("Later that month", "DATE", "1914-09"),
    ("the end of the year", "DATE", "1914"),
    ("1915", "DATE", "1915"),
    ("April", "DATE", "1915-04"),
    ("25 April", "DATE", "1915-04-25"),
    ("eight months", "DURATION", "P8M"),
    ("January 1916", "DATE", "1916-01"),
    ("1916", "DATE", "1916"),
    ("21 February", "DATE", "1916-02-21"),
    ("That summer", "DATE", "1916-SU"),
    ("the first day", "DATE", "1916-XX-XX"),
    ("November", "DATE", "1916-11"),
    ("1917", "DATE", "1917"),
    ("6 April 1917", "DATE", "1917-04-06"),
    ("Two weeks later", "DATE", "1917-W16"),
    ("November", "DATE", "1917-11"),
    ("1918", "DATE", "1918"),
    ("21 March", "DATE", "1918-03-21"),
    ("8 August", "DATE", "1918-08-08"),
    ("11 a.m. on 11 November", "TIME", "1918-11-11T11:00"),
    ("18 January 1919", "DATE", "1919-01-18"),
    ("28 June 1919", "DATE", "1919-06-28"),
    ("five years", "DURATION", "P5Y"),
    ("The following year", "DATE", "1920"),
    ("Today", "DATE", "PRESENT_REF"),
    # a yearly day in the present is a set, not a day of 1920
    ("annually on 11 November", "SET", "XXXX-11-11"),
    ("2012", "DATE", "2012"),
    ("2023", "DATE", "2023"),
]


KOREA = "\n\n".join(
    [
        "Korean War",
        (
            "The Korean War (25 June 1950 – 27 July 1953) was fought between North Korea and "
            "South Korea.[1] An armistice was signed at Panmunjom in July 1953, but no peace "
            "treaty has ever been signed, and the two Koreas are technically still at war."
        ),
        "Background",
        (
            "Korea was ruled by Japan from 1910 to 1945. In August 1945 the Soviet Union and "
            "the United States divided the peninsula at the 38th parallel. Separate governments"
            " were proclaimed in the south on 15 August 1948 and in the north on 9 "
            "September.[2]"
        ),
        "Course of the war",
        "Invasion",
        (
            "At dawn on 25 June 1950 the Korean People's Army crossed the 38th parallel. Seoul "
            "fell three days later. On 27 June the United Nations Security Council called on "
            "members to help the South.[3]"
        ),
        (
            "By the end of July the UN forces had been pushed back to a small area around "
            "Pusan. The Pusan Perimeter held through August."
        ),
        "Inchon and the advance north",
        (
            "On 15 September, UN forces landed at Inchon. Seoul was recaptured on 28 September,"
            " and the next day Syngman Rhee returned to the city. The UN forces crossed the "
            "38th parallel in early October."
        ),
        "Chinese intervention",
        (
            "On 19 October Chinese troops crossed the Yalu River. The Battle of Chosin "
            "Reservoir was fought from 27 November to 13 December 1950. By the end of the year "
            "the UN forces had retreated south of the 38th parallel."
        ),
        "Stalemate",
        (
            "Seoul fell again on 4 January 1951 but was retaken on 14 March. The following "
            "month Truman dismissed MacArthur. Armistice talks began at Kaesong on 10 July 1951"
            " and moved to Panmunjom that autumn.[citation needed]"
        ),
        (
            "For the next two years the front barely moved. The armistice was signed on 27 July"
            " 1953 and took effect that evening.[a]"
        ),
        "Aftermath",
        (
            "About 2.5 million people were killed. In 1954 the Geneva Conference failed to "
            "agree on Korea."
        ),
        "Legacy",
        (
            "The Korean Demilitarized Zone is currently the most heavily fortified border in "
            "the world. Today about 28,500 American troops remain in South Korea."
        ),
    ]
)

KOREA_TABLE: list[Row] = [
    ("25 June 1950", "DATE", "1950-06-25"),
    ("27 July 1953", "DATE", "1953-07-27"),
    ("July 1953", "DATE", "1953-07"),
    ("1910", "DATE", "1910"),
    ("1945", "DATE", "1945"),
    ("August 1945", "DATE", "1945-08"),
    ("15 August 1948", "DATE", "1948-08-15"),
    # a day without its year after a full date in the same sentence
    ("9 September", "DATE", "1948-09-09"),
    ("25 June 1950", "DATE", "1950-06-25"),
    ("three days later", "DATE", "1950-06-28"),
    ("27 June", "DATE", "1950-06-27"),
    ("the end of July", "DATE", "1950-07"),
    ("August", "DATE", "1950-08"),
    ("15 September", "DATE", "1950-09-15"),
    ("28 September", "DATE", "1950-09-28"),
    ("the next day", "DATE", "1950-09-29"),
    ("early October", "DATE", "1950-10"),
    ("19 October", "DATE", "1950-10-19"),
    ("27 November", "DATE", "1950-11-27"),
    ("13 December 1950", "DATE", "1950-12-13"),
    ("the end of the year", "DATE", "1950"),
    ("4 January 1951", "DATE", "1951-01-04"),
    ("14 March", "DATE", "1951-03-14"),
    ("The following month", "DATE", "1951-04"),
    ("10 July 1951", "DATE", "1951-07-10"),
    ("that autumn", "DATE", "1951-FA"),
    ("the next two years", "DURATION", "P2Y"),
    ("27 July 1953", "DATE", "1953-07-27"),
    # a citation "[a]" after the time breaks nothing
    ("that evening", "TIME", "1953-07-27TEV"),
    ("1954", "DATE", "1954"),
    ("currently", "DATE", "PRESENT_REF"),
    ("Today", "DATE", "PRESENT_REF"),
]


GULF = "\n\n".join(
    [
        "Gulf War",
        (
            "The Gulf War (2 August 1990 – 28 February 1991) was an armed campaign waged by a "
            "coalition of 35 nations against Iraq in response to its invasion of Kuwait.[1]"
        ),
        "Background",
        (
            "The Iran–Iraq War ended in August 1988 and left Iraq heavily in debt. Throughout "
            "1989 and the first half of 1990 Iraq accused Kuwait of overproducing oil.[2] In "
            "July 1990 Iraq massed troops on the Kuwaiti border."
        ),
        "Invasion of Kuwait",
        (
            "On 2 August 1990 Iraqi forces invaded Kuwait. Within two days most of the country "
            "had been occupied.[3] On 6 August the UN Security Council imposed an embargo on "
            "Iraq, and two days later Iraq annexed Kuwait."
        ),
        "Operation Desert Shield",
        (
            "The first American troops arrived in Saudi Arabia on 7 August. By the end of the "
            "year more than 500,000 coalition soldiers were in the region. On 29 November the "
            "Security Council set a deadline of 15 January 1991 for Iraq to withdraw.[citation "
            "needed]"
        ),
        "Air campaign",
        (
            "The air campaign began early on Thursday, 17 January. The next day Iraq fired Scud"
            " missiles at Israel. On Saturday a second salvo struck Tel Aviv. On 29 January "
            "Iraqi forces took the Saudi town of Khafji; the battle lasted three days."
        ),
        "Ground campaign",
        (
            "The ground offensive began on 24 February. Two days later Iraqi troops set fire to"
            " Kuwait's oil wells as they left. At 8 a.m. on 28 February a ceasefire was "
            "declared, 100 hours after the ground war began."
        ),
        "Aftermath",
        (
            "The ceasefire was formalised at Safwan on 3 March. Later that month uprisings "
            "broke out in the north and south of Iraq. The last oil well fires were put out in "
            "November."
        ),
        "Legacy",
        (
            'The war is now often called the first "video game war". As of 2022, Kuwait had '
            "paid more than $52 billion in compensation."
        ),
    ]
)

GULF_TABLE: list[Row] = [
    ("2 August 1990", "DATE", "1990-08-02"),
    ("28 February 1991", "DATE", "1991-02-28"),
    ("August 1988", "DATE", "1988-08"),
    ("1989", "DATE", "1989"),
    ("the first half of 1990", "DATE", "1990-H1"),
    ("July 1990", "DATE", "1990-07"),
    ("2 August 1990", "DATE", "1990-08-02"),
    ("two days", "DURATION", "P2D"),
    ("6 August", "DATE", "1990-08-06"),
    ("two days later", "DATE", "1990-08-08"),
    ("7 August", "DATE", "1990-08-07"),
    ("the end of the year", "DATE", "1990"),
    ("29 November", "DATE", "1990-11-29"),
    ("15 January 1991", "DATE", "1991-01-15"),
    ("Thursday, 17 January", "DATE", "1991-01-17"),
    ("The next day", "DATE", "1991-01-18"),
    # the Saturday after Thursday 17 January, not the one before
    ("Saturday", "DATE", "1991-01-19"),
    ("29 January", "DATE", "1991-01-29"),
    ("three days", "DURATION", "P3D"),
    ("24 February", "DATE", "1991-02-24"),
    ("Two days later", "DATE", "1991-02-26"),
    ("8 a.m. on 28 February", "TIME", "1991-02-28T08:00"),
    ("100 hours", "DURATION", "PT100H"),
    ("3 March", "DATE", "1991-03-03"),
    ("Later that month", "DATE", "1991-03"),
    ("November", "DATE", "1991-11"),
    ("now", "DATE", "PRESENT_REF"),
    ("2022", "DATE", "2022"),
]


FALKLANDS = "\n\n".join(
    [
        "Falklands War",
        (
            "The Falklands War was a ten-week undeclared war between Argentina and the United "
            "Kingdom in 1982.[1] It began on 2 April, when Argentina invaded the islands, and "
            "ended with the Argentine surrender on 14 June."
        ),
        "Background",
        (
            "Britain had ruled the islands since 1833. In the 1960s the two countries began "
            "talks on their future at the United Nations.[2] In 1976 an Argentine gunboat fired"
            " on a British ship, and the same year the junta took power in Buenos Aires."
        ),
        "Prelude",
        (
            "In December 1981 General Galtieri became president of Argentina. On 19 March 1982 "
            "Argentine scrap-metal workers raised their flag on South Georgia."
        ),
        "Invasion",
        (
            "On 2 April Argentine forces landed near Stanley. The governor surrendered the same"
            " day. The next day the UN Security Council passed Resolution 502, and South "
            "Georgia fell.[3]"
        ),
        "British response",
        (
            "The task force sailed from Portsmouth on 5 April. Three weeks later the Royal "
            "Marines retook South Georgia. On 2 May the submarine Conqueror sank the cruiser "
            "General Belgrano. Two days later an Exocet missile struck HMS Sheffield."
        ),
        "Land campaign",
        (
            "British troops landed at San Carlos on 21 May. The Battle of Goose Green was "
            "fought on 28–29 May. The attack on Mount Longdon began on the night of 11 June, "
            "and by the morning of 14 June the British had surrounded Stanley. The Argentine "
            "garrison surrendered that evening."
        ),
        "Aftermath",
        (
            "Galtieri resigned three days later. In 1983 the Conservatives won the general "
            "election. Britain and Argentina restored diplomatic relations in 1990."
        ),
        "Legacy",
        (
            "Argentina still claims the islands today, and the islanders celebrate Liberation "
            "Day every 14 June. In a referendum in 2013, 99.8 per cent of the islanders voted "
            "to remain British."
        ),
    ]
)

FALKLANDS_TABLE: list[Row] = [
    ("ten-week", "DURATION", "P10W"),
    ("1982", "DATE", "1982"),
    ("2 April", "DATE", "1982-04-02"),
    ("14 June", "DATE", "1982-06-14"),
    ("1833", "DATE", "1833"),
    ("the 1960s", "DATE", "196"),
    ("1976", "DATE", "1976"),
    ("the same year", "DATE", "1976"),
    ("December 1981", "DATE", "1981-12"),
    ("19 March 1982", "DATE", "1982-03-19"),
    ("2 April", "DATE", "1982-04-02"),
    ("the same day", "DATE", "1982-04-02"),
    ("The next day", "DATE", "1982-04-03"),
    ("5 April", "DATE", "1982-04-05"),
    ("Three weeks later", "DATE", "1982-W17"),
    ("2 May", "DATE", "1982-05-02"),
    ("Two days later", "DATE", "1982-05-04"),
    ("21 May", "DATE", "1982-05-21"),
    ("28", "DATE", "1982-05-28"),
    ("29 May", "DATE", "1982-05-29"),
    ("11 June", "DATE", "1982-06-11"),
    ("14 June", "DATE", "1982-06-14"),
    ("that evening", "TIME", "1982-06-14TEV"),
    ("three days later", "DATE", "1982-06-17"),
    ("1983", "DATE", "1983"),
    ("1990", "DATE", "1990"),
    ("today", "DATE", "PRESENT_REF"),
    # the holiday kept on the yearly day after it is that day in any year
    ("Liberation Day", "DATE", "XXXX-06-14"),
    # a day and month after "every", day first
    ("every 14 June", "SET", "XXXX-06-14"),
    ("2013", "DATE", "2013"),
]


AFGHANISTAN = "\n\n".join(
    [
        "Soviet–Afghan War",
        (
            "The Soviet–Afghan War was a conflict in the Democratic Republic of Afghanistan "
            "from 1979 to 1989.[1] Soviet troops entered the country in December 1979 and the "
            "last of them left on 15 February 1989."
        ),
        "Background",
        (
            "The Saur Revolution of April 1978 brought the communists to power. In March 1979 "
            "an uprising broke out in Herat.[2] That September Hafizullah Amin had President "
            "Taraki arrested and, the following month, killed."
        ),
        "Soviet intervention",
        (
            "On 24 December 1979 the first Soviet airborne troops landed in Kabul. Three days "
            "later Soviet special forces stormed the Tajbeg Palace and killed Amin.[3] By mid-"
            "January 1980 about 80,000 Soviet soldiers were in the country."
        ),
        "Course of the war",
        "1980–1985",
        (
            "The Soviets fought repeatedly in the Panjshir Valley. In 1982 they launched two "
            "large offensives there. In 1985 Gorbachev became General Secretary.[citation "
            "needed]"
        ),
        "1986–1989",
        (
            "In 1986 the first Stinger missiles reached the mujahideen. The Geneva Accords were"
            " signed on 14 April 1988. The withdrawal began on 15 May and was completed nine "
            "months later."
        ),
        "Aftermath",
        (
            "The communist government held on until April 1992. The civil war that followed "
            "lasted four years, and the Taliban took Kabul in 1996."
        ),
        "Legacy",
        (
            'Veterans of the war are currently called "Afghantsy" in Russia. More than 2 '
            "million Afghans were killed in the war."
        ),
    ]
)

AFGHANISTAN_TABLE: list[Row] = [
    ("1979", "DATE", "1979"),
    ("1989", "DATE", "1989"),
    ("December 1979", "DATE", "1979-12"),
    ("15 February 1989", "DATE", "1989-02-15"),
    ("April 1978", "DATE", "1978-04"),
    ("March 1979", "DATE", "1979-03"),
    ("That September", "DATE", "1979-09"),
    ("the following month", "DATE", "1979-10"),
    ("24 December 1979", "DATE", "1979-12-24"),
    ("Three days later", "DATE", "1979-12-27"),
    ("mid-January 1980", "DATE", "1980-01"),
    # headings that are year ranges: "1980–1985", two years
    ("1980", "DATE", "1980"),
    ("1985", "DATE", "1985"),
    ("1982", "DATE", "1982"),
    ("1985", "DATE", "1985"),
    ("1986", "DATE", "1986"),
    ("1989", "DATE", "1989"),
    ("1986", "DATE", "1986"),
    ("14 April 1988", "DATE", "1988-04-14"),
    ("15 May", "DATE", "1988-05-15"),
    ("nine months later", "DATE", "1989-02"),
    ("April 1992", "DATE", "1992-04"),
    ("four years", "DURATION", "P4Y"),
    ("1996", "DATE", "1996"),
    ("currently", "DATE", "PRESENT_REF"),
]


MEXICAN = "\n\n".join(
    [
        "Mexican–American War",
        (
            "The Mexican–American War (April 25, 1846 – February 2, 1848) was an armed conflict"
            " between the United States and Mexico.[1] It followed the 1845 American annexation"
            " of Texas."
        ),
        "Background",
        (
            "Texas won its independence from Mexico in 1836. For the next nine years it was an "
            "independent republic.[2] The United States annexed it on December 29, 1845."
        ),
        "Outbreak",
        (
            "On April 25, 1846, Mexican cavalry attacked an American patrol north of the Rio "
            "Grande. Two weeks later Congress declared war, on May 13.[3] Zachary Taylor won at"
            " Palo Alto on May 8 and at Resaca de la Palma the next day."
        ),
        "Campaigns",
        (
            "Taylor took Monterrey in September after three days of fighting. The following "
            "February he defeated Santa Anna at Buena Vista. That spring Winfield Scott landed "
            "at Veracruz; the city surrendered on March 29, 1847.[citation needed]"
        ),
        (
            "Scott took Mexico City on September 14. The war ended with the Treaty of Guadalupe"
            " Hidalgo on February 2, 1848, and the Senate ratified it the following month."
        ),
        "Aftermath",
        (
            "The Gadsden Purchase of 1853 added southern Arizona. Within two decades the "
            "dispute over slavery in the new territories helped lead to the Civil War."
        ),
        "Legacy",
        ("The war is commemorated today at the Palo Alto Battlefield National Historical Park."),
    ]
)

MEXICAN_TABLE: list[Row] = [
    ("April 25, 1846", "DATE", "1846-04-25"),
    ("February 2, 1848", "DATE", "1848-02-02"),
    ("1845", "DATE", "1845"),
    ("1836", "DATE", "1836"),
    ("the next nine years", "DURATION", "P9Y"),
    ("December 29, 1845", "DATE", "1845-12-29"),
    ("April 25, 1846", "DATE", "1846-04-25"),
    ("Two weeks later", "DATE", "1846-W19"),
    ("May 13", "DATE", "1846-05-13"),
    ("May 8", "DATE", "1846-05-08"),
    ("the next day", "DATE", "1846-05-09"),
    ("September", "DATE", "1846-09"),
    ("three days", "DURATION", "P3D"),
    # a month after "the following" rolls over into the next year
    ("The following February", "DATE", "1847-02"),
    ("That spring", "DATE", "1847-SP"),
    ("March 29, 1847", "DATE", "1847-03-29"),
    ("September 14", "DATE", "1847-09-14"),
    ("February 2, 1848", "DATE", "1848-02-02"),
    ("the following month", "DATE", "1848-03"),
    ("1853", "DATE", "1853"),
    ("two decades", "DURATION", "P20Y"),
    ("today", "DATE", "PRESENT_REF"),
]


ARTICLES = [
    pytest.param(WWI, WWI_TABLE, id="world-war-i"),
    pytest.param(KOREA, KOREA_TABLE, id="korea"),
    pytest.param(GULF, GULF_TABLE, id="gulf"),
    pytest.param(FALKLANDS, FALKLANDS_TABLE, id="falklands"),
    pytest.param(AFGHANISTAN, AFGHANISTAN_TABLE, id="afghanistan"),
    pytest.param(MEXICAN, MEXICAN_TABLE, id="mexican-american"),
]


def test_the_weekdays_and_weeks_of_the_articles_are_those_of_their_dates() -> None:
    """The weekdays the articles name and the weeks they count are true of their dates."""
    assert dt.date(1914, 6, 28).strftime("%A") == "Sunday"
    assert dt.date(1914, 7, 2).strftime("%A") == "Thursday"
    assert dt.date(1991, 1, 17).strftime("%A") == "Thursday"
    assert dt.date(1991, 1, 19).strftime("%A") == "Saturday"
    # "Two weeks later" after 6 April 1917, "Three weeks later" after 5 April 1982, "Two weeks
    # later" after April 25, 1846: the ISO weeks of 20 April 1917, 26 April 1982, 9 May 1846
    assert (dt.date(1917, 4, 6) + dt.timedelta(weeks=2)).isocalendar()[:2] == (1917, 16)
    assert (dt.date(1982, 4, 5) + dt.timedelta(weeks=3)).isocalendar()[:2] == (1982, 17)
    assert (dt.date(1846, 4, 25) + dt.timedelta(weeks=2)).isocalendar()[:2] == (1846, 19)


@pytest.mark.parametrize(
    ("text", "row"),
    [
        (
            "On Sunday, 28 June 1914, the Archduke was shot. On Thursday the cabinet met.",
            ("Thursday", "DATE", "1914-07-02"),
        ),
        (
            "The bombardment opened on Saturday, 24 June 1916. By Friday the wire was cut.",
            ("Friday", "DATE", "1916-06-30"),
        ),
        (
            "Iraq invaded Kuwait on 2 August 1990. On Monday the Security Council met again.",
            ("Monday", "DATE", "1990-08-06"),
        ),
        # a past perfect looks back from the story's day
        (
            "On Thursday, 2 July 1914, the ministers met. They had learned of the plot on Monday.",
            ("Monday", "DATE", "1914-06-29"),
        ),
    ],
)
def test_a_storys_bare_weekday_is_the_next_one_after_its_day(text: str, row: Row) -> None:
    """A narrative told in the past moves on: its bare weekday after the day it reached is the
    next such day, not the one before (a past perfect still looks back)."""
    assert _mentions(text, genre="narrative")[-1] == row


def test_the_weekdays_of_the_storys_days_are_true() -> None:
    """The weekdays of the story-weekday cases are those of their dates."""
    assert dt.date(1916, 6, 24).strftime("%A") == "Saturday"
    assert dt.date(1916, 6, 30).strftime("%A") == "Friday"
    assert dt.date(1990, 8, 2).strftime("%A") == "Thursday"
    assert dt.date(1990, 8, 6).strftime("%A") == "Monday"
    assert dt.date(1914, 6, 29).strftime("%A") == "Monday"


@pytest.mark.parametrize(
    ("text", "row"),
    [
        (
            "The Archduke was shot on 28 June 1914. That night anti-Serb riots broke out.",
            ("That night", "TIME", "1914-06-28TNI"),
        ),
        (
            "Seoul fell on 28 June 1950. That evening refugees crowded the Han bridges.",
            ("That evening", "TIME", "1950-06-28TEV"),
        ),
        (
            "The landings began on 21 May 1982. The islanders celebrate every 14 June.",
            ("every 14 June", "SET", "XXXX-06-14"),
        ),
        (
            "The war ended in 1918. It is remembered annually on 11 November.",
            ("annually on 11 November", "SET", "XXXX-11-11"),
        ),
    ],
)
def test_a_sentences_that_night_and_a_yearly_day_first_date(text: str, row: Row) -> None:
    """A sentence's "That night" is a time before any word (it cannot be the conjunction
    there); "every 14 June" and "annually on 11 November" are yearly sets, not days."""
    assert _mentions(text, genre="narrative")[-1] == row


@pytest.mark.parametrize(
    "text",
    [
        "Main article: Battle of 73 Easting",
        "The Marines held Hill 303 and crossed the 38th parallel.",
        "Resolution 502 was passed; HMS Sheffield sank.",
        "The 1st Marine Division and the 24th Infantry Division fought at Chosin.",
        "He said that night raids would stop.",
        "Casualties numbered 2,500 killed and 1,953 wounded.[7]",
    ],
)
def test_hatnotes_hills_parallels_resolutions_and_units_are_no_dates(text: str) -> None:
    """Hatnotes, hills, parallels, resolutions, ships, units and counts are no dates; "that
    night" after "said" is the conjunction and a noun."""
    assert _found(text) == []


def test_that_summer_after_a_winter_of_two_years_is_of_the_second() -> None:
    """ "the winter of 1950–51. That summer": the summer of 1951."""
    text = "The UN forces held the line in the winter of 1950–51. That summer talks began."
    assert _mentions(text, genre="narrative")[-1] == ("That summer", "DATE", "1951-SU")
