"""Held-out genre, third round: Wikipedia histories of wars read as narratives.

Passages written for these tests in the style of English Wikipedia on wars tests/test_war.py
and tests/test_history.py do not cover (the Russo-Japanese, Balkan, Spanish Civil, Iran–Iraq,
Crimean and Franco-Prussian wars, the siege of Sarajevo, the Hundred Days, Grant's and
Sherman's 1864 campaigns, the first year of the Korean War). Conventions as in those files:
"the night of", "the afternoon of", "the early hours of" a date tag only the date; "N units
after X" tags the length; unit names, hills, routes and casualty counts are no dates. New here:
a span over several years that opens a history is told from its start ("fought from 17 July
1936 to 1 April 1939. ... on the afternoon of 17 July" is 1936), a 24-hour clock time after
"about"/"At" takes the day that follows it, "nine and a half months", "a year to the day after"
and "on 14 June, 74 days after".
"""

from __future__ import annotations

import pytest
from passages import Row
from passages import mentions as _mentions

RUSSO_JAPANESE = (
    "The Russo-Japanese War was fought between 1904 and 1905. It began on the night of 8–9 "
    "February 1904, when Japanese torpedo boats attacked the Russian fleet at Port Arthur, "
    "three hours before Japan's declaration of war was received. The siege of Port Arthur "
    "began in August and lasted 154 days; the garrison surrendered on 2 January 1905. The "
    "Battle of Mukden, fought from 20 February to 10 March 1905, involved over 500,000 men. "
    "The Baltic Fleet had sailed the previous October, and after a voyage of seven months it "
    "was destroyed at Tsushima on 27–28 May. The Treaty of Portsmouth was signed that "
    "September, and the war was over within a month of the talks' end. Hill 203 had cost the "
    "Japanese 10,000 men."
)

RUSSO_JAPANESE_TABLE: list[Row] = [
    ("1904", "DATE", "1904"),
    ("1905", "DATE", "1905"),
    ("8", "DATE", "1904-02-08"),
    ("9 February 1904", "DATE", "1904-02-09"),
    ("three hours", "DURATION", "PT3H"),
    ("August", "DATE", "1904-08"),
    ("154 days", "DURATION", "P154D"),
    ("2 January 1905", "DATE", "1905-01-02"),
    ("20 February", "DATE", "1905-02-20"),
    ("10 March 1905", "DATE", "1905-03-10"),
    ("the previous October", "DATE", "1904-10"),
    ("seven months", "DURATION", "P7M"),
    ("27", "DATE", "1905-05-27"),
    ("28 May", "DATE", "1905-05-28"),
    ("that September", "DATE", "1905-09"),
    ("a month", "DURATION", "P1M"),
]


BALKAN = (
    "The First Balkan War lasted from October 1912 to May 1913. Montenegro declared war on 8 "
    "October 1912, and Serbia, Bulgaria and Greece followed ten days later. Within a month "
    "the Ottoman armies in Europe had been routed. An armistice was signed on 3 December, but"
    " fighting resumed early the following year. Edirne fell on 26 March 1913 after a siege "
    "of five months. The Treaty of London ended the war on 30 May 1913. A month later, on the"
    " night of 29–30 June, Bulgaria attacked its former allies, beginning the Second Balkan "
    "War. It was over by mid-August: the Treaty of Bucharest was signed on 10 August 1913, a "
    "year to the day after the Italo-Turkish talks had opened."
)

BALKAN_TABLE: list[Row] = [
    ("October 1912", "DATE", "1912-10"),
    ("May 1913", "DATE", "1913-05"),
    ("8 October 1912", "DATE", "1912-10-08"),
    ("ten days later", "DATE", "1912-10-18"),
    ("a month", "DURATION", "P1M"),
    ("3 December", "DATE", "1912-12-03"),
    ("early the following year", "DATE", "1913"),
    ("26 March 1913", "DATE", "1913-03-26"),
    ("five months", "DURATION", "P5M"),
    ("30 May 1913", "DATE", "1913-05-30"),
    ("A month later", "DATE", "1913-06"),
    ("29", "DATE", "1913-06-29"),
    ("30 June", "DATE", "1913-06-30"),
    ("mid-August", "DATE", "1913-08"),
    ("10 August 1913", "DATE", "1913-08-10"),
    # "a year to the day after": the length, as "N units after X"; no rate ("1913, a year")
    ("a year", "DURATION", "P1Y"),
]


SPANISH_CIVIL_WAR = (
    "The Spanish Civil War was fought from 17 July 1936 to 1 April 1939. The coup began in "
    "Spanish Morocco on the afternoon of 17 July, and by the next morning it had spread to "
    "the mainland. In the autumn of 1936 the Nationalists advanced on Madrid, and the city "
    "was attacked on 8 November. The International Brigades arrived that same month. Guernica"
    " was bombed on 26 April 1937, a Monday, market day. The Battle of the Ebro, the longest "
    "of the war, lasted 115 days, from 25 July to 16 November 1938. Barcelona fell on 26 "
    "January 1939, and Madrid two months later. Franco declared the war over on 1 April 1939,"
    " and he ruled Spain for the next 36 years."
)

SPANISH_CIVIL_WAR_TABLE: list[Row] = [
    ("17 July 1936", "DATE", "1936-07-17"),
    ("1 April 1939", "DATE", "1939-04-01"),
    # after a span over three years the story starts at its start: 17 July of 1936
    ("17 July", "DATE", "1936-07-17"),
    ("the next morning", "TIME", "1936-07-18TMO"),
    ("the autumn of 1936", "DATE", "1936-FA"),
    ("8 November", "DATE", "1936-11-08"),
    ("that same month", "DATE", "1936-11"),
    ("26 April 1937", "DATE", "1937-04-26"),
    ("Monday", "DATE", "1937-04-26"),
    ("115 days", "DURATION", "P115D"),
    ("25 July", "DATE", "1938-07-25"),
    ("16 November 1938", "DATE", "1938-11-16"),
    ("26 January 1939", "DATE", "1939-01-26"),
    ("two months later", "DATE", "1939-03"),
    ("1 April 1939", "DATE", "1939-04-01"),
    ("the next 36 years", "DURATION", "P36Y"),
]


IRAN_IRAQ = (
    "The Iran–Iraq War began on 22 September 1980, when Iraq invaded Iran, and ended on 20 "
    "August 1988. During the first weeks of the war Iraqi forces took Khorramshahr, which "
    "fell on 24 October after a month of street fighting. Iran recaptured the city in May "
    "1982. From 1984 both sides attacked oil tankers in the Gulf, in what became known as the"
    " Tanker War. The first Battle of al-Faw began on the night of 9 February 1986. In the "
    "spring of 1988 Iraq retook the peninsula in 35 hours. Resolution 598 was accepted by "
    "Iran on 18 July 1988, and the ceasefire came into effect a month later. The war lasted "
    "nearly eight years and cost some 500,000 lives."
)

IRAN_IRAQ_TABLE: list[Row] = [
    ("22 September 1980", "DATE", "1980-09-22"),
    ("20 August 1988", "DATE", "1988-08-20"),
    ("the first weeks", "DURATION", "PXW"),
    # the war's first weeks: 1980 (the overview named its end, 1988, just before)
    ("24 October", "DATE", "1980-10-24"),
    ("a month", "DURATION", "P1M"),
    ("May 1982", "DATE", "1982-05"),
    ("1984", "DATE", "1984"),
    ("9 February 1986", "DATE", "1986-02-09"),
    ("the spring of 1988", "DATE", "1988-SP"),
    ("35 hours", "DURATION", "PT35H"),
    ("18 July 1988", "DATE", "1988-07-18"),
    ("a month later", "DATE", "1988-08"),
    ("nearly eight years", "DURATION", "P8Y"),
]


SARAJEVO = (
    "The Siege of Sarajevo lasted from 5 April 1992 to 29 February 1996, 1,425 days, the "
    "longest siege of a capital city in modern warfare. In the early hours of 6 April Serb "
    "forces shelled the city. The Markale marketplace was shelled on 5 February 1994, killing"
    " 68 people, and again on 28 August 1995. Two days later NATO began Operation Deliberate "
    "Force, which continued until 20 September. The Dayton Agreement was initialled on 21 "
    "November 1995 and signed in Paris on 14 December. Over the next two years the IFOR "
    "mission kept the peace. Route 66 and Highway 17 were cleared by the 1st Armoured "
    "Division."
)

SARAJEVO_TABLE: list[Row] = [
    ("5 April 1992", "DATE", "1992-04-05"),
    ("29 February 1996", "DATE", "1996-02-29"),
    ("1,425 days", "DURATION", "P1425D"),
    # "In the early hours of 6 April": its date only; the first 6 April the siege holds
    ("6 April", "DATE", "1992-04-06"),
    ("5 February 1994", "DATE", "1994-02-05"),
    ("28 August 1995", "DATE", "1995-08-28"),
    ("Two days later", "DATE", "1995-08-30"),
    ("20 September", "DATE", "1995-09-20"),
    ("21 November 1995", "DATE", "1995-11-21"),
    ("14 December", "DATE", "1995-12-14"),
    ("the next two years", "DURATION", "P2Y"),
]


HUNDRED_DAYS = (
    "Napoleon escaped from Elba on 26 February 1815 and landed in France on 1 March. He "
    "entered Paris on 20 March, beginning the Hundred Days. On 15 June he crossed the Sambre "
    "at Charleroi. The next day he defeated Blücher at Ligny, while Ney fought Wellington at "
    "Quatre Bras. The Battle of Waterloo began at about 11:30 on 18 June. By 8 p.m. the "
    "Imperial Guard had broken, and the French army fled through the night. Napoleon "
    "abdicated four days later, on 22 June, and surrendered to the British on 15 July. He "
    "died on Saint Helena in May 1821, six years after the battle."
)

HUNDRED_DAYS_TABLE: list[Row] = [
    ("26 February 1815", "DATE", "1815-02-26"),
    ("1 March", "DATE", "1815-03-01"),
    ("20 March", "DATE", "1815-03-20"),
    ("15 June", "DATE", "1815-06-15"),
    ("The next day", "DATE", "1815-06-16"),
    # "at about 11:30 on 18 June": one time on that day
    ("11:30 on 18 June", "TIME", "1815-06-18T11:30"),
    ("8 p.m.", "TIME", "1815-06-18T20:00"),
    ("four days later", "DATE", "1815-06-22"),
    ("22 June", "DATE", "1815-06-22"),
    ("15 July", "DATE", "1815-07-15"),
    ("May 1821", "DATE", "1821-05"),
    ("six years", "DURATION", "P6Y"),
]


OVERLAND_1864 = (
    "The Overland Campaign was fought in Virginia during May and June 1864. Grant crossed the"
    " Rapidan on May 4, and the Battle of the Wilderness was fought on May 5–7. At "
    "Spotsylvania Court House the armies fought for nearly two weeks; on May 12 the fighting "
    "at the Bloody Angle lasted almost 24 hours. At Cold Harbor, at 4:30 a.m. on June 3, "
    "Union troops attacked and lost 7,000 men in less than an hour. The siege of Petersburg "
    "began on June 9 and lasted nine and a half months. Sherman took Atlanta on September 2, "
    "and in mid-November he began his March to the Sea, reaching Savannah on December 21. "
    "Lincoln was re-elected that November. Lee surrendered the following spring."
)

OVERLAND_1864_TABLE: list[Row] = [
    ("May", "DATE", "1864-05"),
    ("June 1864", "DATE", "1864-06"),
    ("May 4", "DATE", "1864-05-04"),
    ("May 5", "DATE", "1864-05-05"),
    ("7", "DATE", "1864-05-07"),
    ("nearly two weeks", "DURATION", "P2W"),
    ("May 12", "DATE", "1864-05-12"),
    ("24 hours", "DURATION", "PT24H"),
    ("4:30 a.m. on June 3", "TIME", "1864-06-03T04:30"),
    ("less than an hour", "DURATION", "PT1H"),
    ("June 9", "DATE", "1864-06-09"),
    # "nine and a half months": one duration
    ("nine and a half months", "DURATION", "P9.5M"),
    ("September 2", "DATE", "1864-09-02"),
    ("mid-November", "DATE", "1864-11"),
    ("December 21", "DATE", "1864-12-21"),
    ("that November", "DATE", "1864-11"),
    ("the following spring", "DATE", "1865-SP"),
]


CRIMEA = (
    "The Crimean War was fought from October 1853 to February 1856. Britain and France "
    "declared war on Russia in March 1854. The allies landed in the Crimea in September and "
    "won at the Alma on 20 September. The Charge of the Light Brigade took place on 25 "
    "October 1854, during the Battle of Balaclava. The siege of Sevastopol lasted eleven "
    "months, from October 1854 to September 1855. During the winter of 1854–55 thousands of "
    "soldiers died of disease. The Malakoff was stormed on 8 September 1855, and the Russians"
    " abandoned the city the next day. The Treaty of Paris was signed on 30 March 1856, in "
    "the 19th century's first great European war since 1815."
)

CRIMEA_TABLE: list[Row] = [
    ("October 1853", "DATE", "1853-10"),
    ("February 1856", "DATE", "1856-02"),
    ("March 1854", "DATE", "1854-03"),
    ("September", "DATE", "1854-09"),
    ("20 September", "DATE", "1854-09-20"),
    ("25 October 1854", "DATE", "1854-10-25"),
    ("eleven months", "DURATION", "P11M"),
    ("October 1854", "DATE", "1854-10"),
    ("September 1855", "DATE", "1855-09"),
    ("the winter of 1854–55", "DATE", "1854-WI"),
    ("8 September 1855", "DATE", "1855-09-08"),
    ("the next day", "DATE", "1855-09-09"),
    ("30 March 1856", "DATE", "1856-03-30"),
    ("the 19th century", "DATE", "18"),
    ("1815", "DATE", "1815"),
]


FRANCO_PRUSSIAN = (
    "The Franco-Prussian War lasted from 19 July 1870 to 28 January 1871. On 1 September the "
    "French army was surrounded at Sedan, and Napoleon III surrendered the following day. The"
    " siege of Paris began on 19 September and lasted four months. In the winter of 1870–71 "
    "Parisians ate the zoo animals. The German Empire was proclaimed at Versailles on 18 "
    "January 1871, and an armistice was signed ten days later. In March the Commune rose in "
    "Paris; it was crushed during the Bloody Week of 21–28 May. Alsace-Lorraine was not "
    "returned to France until 1919."
)

FRANCO_PRUSSIAN_TABLE: list[Row] = [
    ("19 July 1870", "DATE", "1870-07-19"),
    ("28 January 1871", "DATE", "1871-01-28"),
    # "lasted from 19 July 1870 to 28 January 1871. On 1 September": 1870, not 1871
    ("1 September", "DATE", "1870-09-01"),
    ("the following day", "DATE", "1870-09-02"),
    ("19 September", "DATE", "1870-09-19"),
    ("four months", "DURATION", "P4M"),
    ("the winter of 1870–71", "DATE", "1870-WI"),
    ("18 January 1871", "DATE", "1871-01-18"),
    ("ten days later", "DATE", "1871-01-28"),
    ("March", "DATE", "1871-03"),
    ("21", "DATE", "1871-05-21"),
    ("28 May", "DATE", "1871-05-28"),
    ("1919", "DATE", "1919"),
]


KOREA_1950 = (
    "The Korean War began at 04:00 on 25 June 1950, when North Korean forces crossed the 38th"
    " parallel. Seoul fell three days later. By August the UN forces held only the Pusan "
    "Perimeter. On 15 September 1950 X Corps landed at Inchon, and Seoul was retaken by the "
    "end of the month. Chinese forces entered the war in late October. In the winter of "
    "1950–51 the front moved south again, and Seoul changed hands for the third time on 4 "
    "January 1951. From mid-1951 the war became a stalemate. The armistice was signed on 27 "
    "July 1953, after two years of talks."
)

KOREA_1950_TABLE: list[Row] = [
    ("04:00 on 25 June 1950", "TIME", "1950-06-25T04:00"),
    ("three days later", "DATE", "1950-06-28"),
    ("August", "DATE", "1950-08"),
    ("15 September 1950", "DATE", "1950-09-15"),
    ("the end of the month", "DATE", "1950-09"),
    ("late October", "DATE", "1950-10"),
    ("the winter of 1950–51", "DATE", "1950-WI"),
    ("4 January 1951", "DATE", "1951-01-04"),
    ("mid-1951", "DATE", "1951"),
    ("27 July 1953", "DATE", "1953-07-27"),
    ("two years", "DURATION", "P2Y"),
]


@pytest.mark.parametrize(
    ("text", "table"),
    [
        pytest.param(RUSSO_JAPANESE, RUSSO_JAPANESE_TABLE, id="russo-japanese"),
        pytest.param(BALKAN, BALKAN_TABLE, id="balkan"),
        pytest.param(SPANISH_CIVIL_WAR, SPANISH_CIVIL_WAR_TABLE, id="spain"),
        pytest.param(SARAJEVO, SARAJEVO_TABLE, id="sarajevo"),
        pytest.param(HUNDRED_DAYS, HUNDRED_DAYS_TABLE, id="hundred-days"),
        pytest.param(OVERLAND_1864, OVERLAND_1864_TABLE, id="overland-1864"),
        pytest.param(CRIMEA, CRIMEA_TABLE, id="crimea"),
        pytest.param(FRANCO_PRUSSIAN, FRANCO_PRUSSIAN_TABLE, id="franco-prussian"),
        pytest.param(KOREA_1950, KOREA_1950_TABLE, id="korea-1950"),
    ],
)
def test_war_history_reads_as_its_table(text: str, table: list[Row]) -> None:
    """Each passage read as a narrative gives every mention of its table, with its value."""
    assert _mentions(text, genre="narrative") == table


def test_a_war_begun_and_ended_in_one_sentence_is_told_from_its_start() -> None:
    """ "began on 22 September 1980 ... and ended on 20 August 1988. During the first weeks of
    the war ... fell on 24 October": 1980 (the start and the end of one thing, each after its
    verb, are told from the start as a span is)."""
    assert _mentions(IRAN_IRAQ, genre="narrative") == IRAN_IRAQ_TABLE


@pytest.mark.parametrize(
    ("text", "row"),
    [
        (
            "The siege lasted from 5 April 1992 to 29 February 1996. On 6 April it was shelled.",
            ("6 April", "DATE", "1992-04-06"),
        ),
        (
            "The war lasted from 19 July 1870 to 28 January 1871. In September Paris was besieged.",
            ("September", "DATE", "1870-09"),
        ),
        (
            "The battle lasted from 1 July to 18 November 1916. It had been planned since 24 June.",
            ("24 June", "DATE", "1916-06-24"),
        ),
        (
            "The war lasted from 1618 to 1648. The following year Charles I was executed.",
            ("The following year", "DATE", "1649"),
        ),
    ],
)
def test_a_date_without_a_year_after_a_span_is_the_first_the_span_holds(
    text: str, row: Row
) -> None:
    """After a span over several years, a day or month without a year is its first occurrence in
    the span; one the span does not hold keeps the year of the span's end, and "the following
    year" still counts from the end."""
    assert row in _mentions(text, genre="narrative")


@pytest.mark.parametrize(
    ("text", "row"),
    [
        (
            "The invasion began on 21 June 1941. At 04:30 on 22 June the guns opened fire.",
            ("04:30 on 22 June", "TIME", "1941-06-22T04:30"),
        ),
        (
            "Napoleon landed on 1 March 1815. The battle began at about 11:30 on 18 June.",
            ("11:30 on 18 June", "TIME", "1815-06-18T11:30"),
        ),
    ],
)
def test_a_24_hour_clock_time_takes_the_day_after_it(text: str, row: Row) -> None:
    """ "At 04:30 on 22 June", "at about 11:30 on 18 June": one TIME on that day, not a time of the
    story's previous day and a date."""
    assert _mentions(text, genre="narrative")[1] == row


@pytest.mark.parametrize(
    "text",
    [
        "Route 66 and Highway 17 were cleared by the 1st Armoured Division.",
        "Hill 203 had cost the Japanese 10,000 men; over 500,000 men fought at Mukden.",
        "The 88 mm guns of the 7th Panzer Division and U-47 were feared.",
    ],
)
def test_routes_hills_calibres_and_counts_in_war_histories_are_not_dates(text: str) -> None:
    """Route numbers, hills, calibres, divisions, U-boats and troop counts are no dates."""
    assert _mentions(text, genre="narrative") == []
