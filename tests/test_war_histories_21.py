"""Held-out genre, twenty-first round: the late and the side sections of Wikipedia's war articles.

Passages written for these tests in the style of the parts of English Wikipedia's war and
battle articles that the earlier rounds met least: "Background" sections that reach back
decades before the war (the First Balkan War), "Aftermath", "Legacy" and "Commemoration"
sections that run from the war to the time of writing (Verdun, Gettysburg, the Armistice of
1918, Anzac Day, Pearl Harbor, the Korean armistice), "Historiography" (the First World War),
"Chronology" and "Timeline" sections written as lists under year headings ("1914", "1939 – 1
September: ..."), an infobox ("Date: 1 July – 18 November 1916", "Duration: 4 months, 2 weeks
and 4 days") and casualty and order-of-battle passages full of numbers that are not dates,
read as narratives with no document date. Earlier rounds (tests/test_war*.py, above all
tests/test_war_articles_5.py on Legacy sections and tests/test_chronologies.py on timelines)
already test "Today" and the present tense of a Legacy section as the time of writing
(PRESENT_REF; the document date when one is given), "is commemorated annually on 25 April"
(XXXX-04-25), "the 250th anniversary in 1996", "On the centenary in 2015", "Historians in the
1960s", "in recent decades" (PAST_REF), "every year on 2 February" (a set), "the turn of the
century", "the decades that followed" and a chronology's "March 13" under "2019"; they are
used here only as steps of the text. Conventions as in those files: an anniversary without
its date ("On the 50th anniversary of the battle") is no date, as TimeBank tags no
"anniversary"; "the 50th anniversary of the battle, in 1966" tags the year; "Recent
scholarship" and "the interwar years" are no dates; "for a generation" is none (tests/
test_histories_3.py), "a generation ago" a vague past (tests/test_news_11.py). Units, corps,
regiments, hills, points, routes, kilometre posts, Victoria Crosses and counts of men ("the
7th Division", "XV Corps", "II Corps", "the 1st Battalion, 24th Regiment of Foot", "the
36th (Ulster) Division", "Hill 304", "Point 112", "Route 1", "kilometre 12", "11 Victoria
Crosses", "5,104 men") are no dates.
New here:
- a holiday of a fixed day after "every year on" is the set of that day: "Every year on Anzac
  Day, dawn services are held" is XXXX-04-25, one SET, not "Every year" and the Anzac Day of
  the story's year;
- a holiday's name that ends a longer name is that other day's, not the holiday: "National
  Pearl Harbor Remembrance Day", "International Holocaust Remembrance Day", "Holocaust
  Memorial Day", "Confederate Memorial Day" are not 11 November nor the last Monday of May;
- "the century since" a date, "the half century since": the length of time from it to the
  time of writing (P100Y, P50Y), as "the decades that followed" is a length;
- a day that, in the present perfect, "has been" a public holiday or a named day since a year
  is that day in any year, as one that "is" a holiday is: "Armistice Day has been a public
  holiday in France since 1922" (XXXX-11-11), "Since 1994 7 December has been National Pearl
  Harbor Remembrance Day" (XXXX-12-07);
- a clock time of a yearly day is the set's: "at 11 a.m. each 11 November" is
  XXXX-11-11T11:00, one SET, and so "every year on 11 November at 11 a.m.";
- a battalion written as a fraction ("the 1st/4th Essex", "the 2/7th Londons") and a count
  before "captured" in a list of losses ("1,914 wounded, 1916 captured") are no dates;
- "a generation earlier" and "a generation later" are the vague past and future of the story,
  as "a generation ago" is.
"""

from __future__ import annotations

import pytest
from passages import Row
from passages import both_ways as _both_ways
from passages import found_in_narrative as _found
from passages import mentions as _mentions

BALKANS = (
    "Background. The First Balkan War had its roots in the decline of Ottoman power in "
    "Europe. Since the 1870s Serbia, Bulgaria and Greece had competed for Macedonia, and a "
    "generation earlier, in 1878, the Congress of Berlin had returned the province to the "
    "sultan. In the 1890s armed bands crossed the border every spring. By the turn of the "
    "century the Internal Macedonian Revolutionary Organization was raising its own forces, "
    "and the Ilinden Uprising of August 1903 was crushed within three months. In March 1912 "
    "Serbia and Bulgaria signed a treaty of alliance, and the war began on 8 October."
)

BALKANS_TABLE: list[Row] = [
    ("the 1870s", "DATE", "187"),
    # a generation before the story's time, vaguely, as "a generation ago" is; the year in
    # apposition is tagged on its own
    ("a generation earlier", "DATE", "PAST_REF"),
    ("1878", "DATE", "1878"),
    ("the 1890s", "DATE", "189"),
    ("every spring", "SET", "XXXX-SP"),
    ("the turn of the century", "DATE", "19"),
    ("August 1903", "DATE", "1903-08"),
    ("three months", "DURATION", "P3M"),
    ("March 1912", "DATE", "1912-03"),
    ("8 October", "DATE", "1912-10-08"),
]


VERDUN = (
    "Aftermath. The Battle of Verdun ended on 18 December 1916, after 303 days. In the "
    "decades that followed, nine villages destroyed in the fighting were never rebuilt; they "
    'are still listed as communes "that died for France". By the 1960s the forest planted '
    "over the battlefield had closed over the craters. In the century since the battle, "
    "farmers have recovered hundreds of tons of shells. Today, the zone rouge covers about "
    "1,200 hectares, and the ossuary at Douaumont is visited by some 400,000 people each year."
)

VERDUN_TABLE: list[Row] = [
    ("18 December 1916", "DATE", "1916-12-18"),
    ("303 days", "DURATION", "P303D"),
    ("decades", "DURATION", "PXDE"),
    ("the 1960s", "DATE", "196"),
    # from the battle to the time of writing: a length, as "the decades that followed" is
    ("the century", "DURATION", "P100Y"),
    ("Today", "DATE", "PRESENT_REF"),
    ("each year", "SET", "P1Y"),
]


GETTYSBURG = (
    "Legacy. Gettysburg National Military Park was established on 11 February 1895. In the "
    "1930s the Civilian Conservation Corps built roads and cleared brush. Today the park "
    "covers about 6,000 acres and receives over a million visitors a year. Reenactments are "
    "held every July, and the anniversary of Lincoln's address is marked each year on 19 "
    "November. On the 150th anniversary of the battle, in 2013, some 200,000 people attended."
)

GETTYSBURG_TABLE: list[Row] = [
    ("11 February 1895", "DATE", "1895-02-11"),
    ("the 1930s", "DATE", "193"),
    ("Today", "DATE", "PRESENT_REF"),
    ("every July", "SET", "XXXX-07"),
    ("each year on 19 November", "SET", "XXXX-11-19"),
    # the anniversary itself is no TIMEX; its year is
    ("2013", "DATE", "2013"),
]


ARMISTICE = (
    "Commemoration. The armistice took effect at 11:00 on 11 November 1918. The following "
    "year King George V asked for two minutes' silence, and since 1919 the silence has been "
    "kept at 11 a.m. each 11 November. The Cenotaph in Whitehall, unveiled in 1920, is the "
    "focus of the national ceremony every November."
)

ARMISTICE_TABLE: list[Row] = [
    ("11:00 on 11 November 1918", "TIME", "1918-11-11T11:00"),
    ("The following year", "DATE", "1919"),
    ("two minutes", "DURATION", "PT2M"),
    ("1919", "DATE", "1919"),
    # the hour of a yearly day: one set, not an hour of 1918
    ("11 a.m. each 11 November", "SET", "XXXX-11-11T11:00"),
    ("1920", "DATE", "1920"),
    ("every November", "SET", "XXXX-11"),
]


ANZAC = (
    "Commemoration. The landing at Anzac Cove took place on 25 April 1915. The first Anzac "
    "Day was held in 1916. Every year on Anzac Day, dawn services are held across Australia "
    "and New Zealand. On the centenary in 2015 some 10,000 people attended the service at "
    "Gallipoli. For the 75th anniversary, in 1990, the Australian government flew 58 veterans "
    "to Turkey."
)

ANZAC_TABLE: list[Row] = [
    ("25 April 1915", "DATE", "1915-04-25"),
    ("Anzac Day", "DATE", "1916-04-25"),
    ("1916", "DATE", "1916"),
    # the holiday of every year: one set, not "Every year" and the Anzac Day of 1916
    ("Every year on Anzac Day", "SET", "XXXX-04-25"),
    ("2015", "DATE", "2015"),
    ("1990", "DATE", "1990"),
]


HISTORIOGRAPHY = (
    "Historiography. Writing in 1919, John Maynard Keynes attacked the peace. In 1961 Fritz "
    "Fischer argued that Germany had sought the war; his book provoked a decade of "
    'controversy. Historians in the 1960s saw the generals as "donkeys", but since the 1980s '
    "scholars such as John Terraine and Gary Sheffield have argued that the British army "
    "learned from its mistakes. Recent scholarship has turned to the experience of civilians."
)

HISTORIOGRAPHY_TABLE: list[Row] = [
    ("1919", "DATE", "1919"),
    ("1961", "DATE", "1961"),
    ("a decade", "DURATION", "P10Y"),
    ("the 1960s", "DATE", "196"),
    ("the 1980s", "DATE", "198"),
]


CHRONOLOGY = (
    "Chronology\n\n"
    "1914\n"
    "28 June: Archduke Franz Ferdinand is assassinated in Sarajevo.\n"
    "28 July: Austria-Hungary declares war on Serbia.\n"
    "4 August: Britain declares war on Germany.\n\n"
    "1915\n"
    "25 April: Allied troops land at Gallipoli.\n"
    "7 May: A U-boat sinks the Lusitania.\n\n"
    "1916–1918: The war of attrition continues on the Western Front.\n"
    "11 November 1918: The armistice is signed at Compiègne."
)

CHRONOLOGY_TABLE: list[Row] = [
    ("1914", "DATE", "1914"),
    ("28 June", "DATE", "1914-06-28"),
    ("28 July", "DATE", "1914-07-28"),
    ("4 August", "DATE", "1914-08-04"),
    # the next year heading anchors the lines under it
    ("1915", "DATE", "1915"),
    ("25 April", "DATE", "1915-04-25"),
    ("7 May", "DATE", "1915-05-07"),
    ("1916", "DATE", "1916"),
    ("1918", "DATE", "1918"),
    ("11 November 1918", "DATE", "1918-11-11"),
]


TIMELINE = (
    "Timeline\n"
    "1939 – 1 September: Germany invades Poland.\n"
    "1940 – 10 May: Germany invades France; 22 June: France signs an armistice.\n"
    "1941 – 22 June: Operation Barbarossa begins; 7 December: Japan attacks Pearl Harbor.\n"
    "1945 – 8 May: Germany surrenders."
)

TIMELINE_TABLE: list[Row] = [
    ("1939", "DATE", "1939"),
    ("1 September", "DATE", "1939-09-01"),
    ("1940", "DATE", "1940"),
    ("10 May", "DATE", "1940-05-10"),
    ("22 June", "DATE", "1940-06-22"),
    # each line's year leads the days after it, the same day of another year too
    ("1941", "DATE", "1941"),
    ("22 June", "DATE", "1941-06-22"),
    ("7 December", "DATE", "1941-12-07"),
    ("1945", "DATE", "1945"),
    ("8 May", "DATE", "1945-05-08"),
]


SOMME_INFOBOX = (
    "Battle of the Somme\n"
    "Date: 1 July – 18 November 1916\n"
    "Duration: 4 months, 2 weeks and 4 days\n"
    "Location: Somme, France\n"
    "Result: Indecisive\n"
    "Casualties: British 420,000; French 200,000; German 465,000"
)

SOMME_INFOBOX_TABLE: list[Row] = [
    ("1 July", "DATE", "1916-07-01"),
    ("18 November 1916", "DATE", "1916-11-18"),
    ("4 months, 2 weeks and 4 days", "DURATION", "P4M2W4D"),
]


ORDER_OF_BATTLE = (
    "Order of battle. On 1 July 1916 the 7th Division and the 21st Division of XV Corps "
    "attacked Mametz, while II Corps stood in reserve. The 1st Battalion, 24th Regiment of "
    "Foot held the ridge, and the 2/7th Londons and the 1st/4th Essex took Hill 304 and Point "
    "112 before nightfall on 3 July. Route 1 was cut at kilometre 12."
)

ORDER_OF_BATTLE_TABLE: list[Row] = [
    ("1 July 1916", "DATE", "1916-07-01"),
    ("3 July", "DATE", "1916-07-03"),
]


ISANDLWANA = (
    "Casualties. At Isandlwana on 22 January 1879 the British lost 1,329 killed, among them "
    "52 officers, and the Zulu about 1,000. The next day at Rorke's Drift 139 men of B "
    "Company held off 4,000 warriors for ten hours; 11 Victoria Crosses were awarded. In the "
    "whole war the British lost 1,727 killed, 256 wounded, 1879 captured or missing."
)

ISANDLWANA_TABLE: list[Row] = [
    ("22 January 1879", "DATE", "1879-01-22"),
    ("The next day", "DATE", "1879-01-23"),
    ("ten hours", "DURATION", "PT10H"),
]


PEARL_HARBOR = (
    "Legacy. The attack on Pearl Harbor on 7 December 1941 killed 2,403 Americans. The USS "
    "Arizona Memorial was dedicated on 30 May 1962. Since 1994 7 December has been National "
    "Pearl Harbor Remembrance Day. Every year on 7 December survivors gather at the memorial, "
    "and on the 75th anniversary in 2016 Shinzo Abe visited it. The memorial receives about "
    "1.8 million visitors each year."
)

PEARL_HARBOR_TABLE: list[Row] = [
    ("7 December 1941", "DATE", "1941-12-07"),
    ("30 May 1962", "DATE", "1962-05-30"),
    ("1994", "DATE", "1994"),
    # kept every year since 1994: the day in any year, not the one of 1994; the name that
    # ends in "Remembrance Day" is not 11 November
    ("7 December", "DATE", "XXXX-12-07"),
    ("Every year on 7 December", "SET", "XXXX-12-07"),
    ("2016", "DATE", "2016"),
    ("each year", "SET", "P1Y"),
]


KOREA = (
    "Aftermath. The Korean War ended with the armistice of 27 July 1953, but no peace treaty "
    "has been signed. In the half century since, the Demilitarized Zone has become a refuge "
    "for wildlife. The Korean War Veterans Memorial in Washington was dedicated on 27 July "
    "1995, the 42nd anniversary of the armistice. Each 27 July is now marked as National "
    "Korean War Veterans Armistice Day."
)

KOREA_TABLE: list[Row] = [
    ("27 July 1953", "DATE", "1953-07-27"),
    ("the half century", "DURATION", "P50Y"),
    ("27 July 1995", "DATE", "1995-07-27"),
    ("Each 27 July", "SET", "XXXX-07-27"),
    ("now", "DATE", "PRESENT_REF"),
]


PASSAGES = [
    pytest.param(BALKANS, BALKANS_TABLE, id="balkans"),
    pytest.param(VERDUN, VERDUN_TABLE, id="verdun"),
    pytest.param(GETTYSBURG, GETTYSBURG_TABLE, id="gettysburg"),
    pytest.param(ARMISTICE, ARMISTICE_TABLE, id="armistice"),
    pytest.param(ANZAC, ANZAC_TABLE, id="anzac"),
    pytest.param(HISTORIOGRAPHY, HISTORIOGRAPHY_TABLE, id="historiography"),
    pytest.param(CHRONOLOGY, CHRONOLOGY_TABLE, id="chronology"),
    pytest.param(TIMELINE, TIMELINE_TABLE, id="timeline"),
    pytest.param(SOMME_INFOBOX, SOMME_INFOBOX_TABLE, id="somme-infobox"),
    pytest.param(ORDER_OF_BATTLE, ORDER_OF_BATTLE_TABLE, id="order-of-battle"),
    pytest.param(ISANDLWANA, ISANDLWANA_TABLE, id="isandlwana"),
    pytest.param(PEARL_HARBOR, PEARL_HARBOR_TABLE, id="pearl-harbor"),
    pytest.param(KOREA, KOREA_TABLE, id="korea"),
]


@pytest.mark.parametrize(("text", "table"), PASSAGES)
def test_late_section_reads_as_its_table(text: str, table: list[Row]) -> None:
    """Each passage, read as a narrative, yields exactly its table."""
    assert _mentions(text, genre="narrative") == table


@pytest.mark.parametrize(("text", "table"), PASSAGES)
def test_late_section_reads_the_same_with_a_later_date(text: str, table: list[Row]) -> None:
    """A history talks about its own dates, and its present is the time of writing: with
    ``auto`` and a later document date it reads the same, but "Today" and "now" are that
    date."""
    assert _both_ways(text) == table


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The war ended in 1918. Every year on Anzac Day, veterans march in every city.",
            ("Every year on Anzac Day", "SET", "XXXX-04-25"),
        ),
        (
            "The war ended in 1918. Each year on Remembrance Day a wreath is laid.",
            ("Each year on Remembrance Day", "SET", "XXXX-11-11"),
        ),
        (
            "The war ended in 1918. Every year on Armistice Day the bells ring.",
            ("Every year on Armistice Day", "SET", "XXXX-11-11"),
        ),
        (
            "The war ended in 1918. Every Anzac Day the old soldiers met at the pub.",
            ("Every Anzac Day", "SET", "XXXX-04-25"),
        ),
        (
            "The war ended in 1945. Every year on Bastille Day the troops parade.",
            ("Every year on Bastille Day", "SET", "XXXX-07-14"),
        ),
    ],
)
def test_a_fixed_holiday_every_year_is_a_set(text: str, expected: Row) -> None:
    """ "Every year on Anzac Day": the set of that day in any year, one expression."""
    assert _mentions(text, genre="narrative")[-1] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the holiday itself, with its year or without "every", is still one day
        (
            "The war ended in 1918. On Anzac Day 1919 veterans marched in London.",
            [("1918", "DATE", "1918"), ("Anzac Day 1919", "DATE", "1919-04-25")],
        ),
        (
            "The war ended in 1918. On Anzac Day the veterans marched in London.",
            [("1918", "DATE", "1918"), ("Anzac Day", "DATE", "1918-04-25")],
        ),
    ],
)
def test_a_holiday_of_a_year_stays_a_date(text: str, expected: list[Row]) -> None:
    """A holiday named with its year, or without "every", stays one day."""
    assert _mentions(text, genre="narrative") == expected


@pytest.mark.parametrize(
    "text",
    [
        "International Holocaust Remembrance Day is marked by the United Nations.",
        "Holocaust Memorial Day is held in Britain.",
        "Confederate Memorial Day was observed in several states.",
        "National Pearl Harbor Remembrance Day was proclaimed by Congress.",
        "Each 27 July is now marked as National Korean War Veterans Armistice Day.",
    ],
)
def test_a_holiday_that_ends_a_longer_name_is_not_that_holiday(text: str) -> None:
    """ "Holocaust Memorial Day" is not Memorial Day, "National Pearl Harbor Remembrance Day"
    is not 11 November: the longer name is another day, which the table does not know."""
    assert all(
        not t.endswith(("Remembrance Day", "Memorial Day", "Armistice Day")) for t in _found(text)
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The war ended in 1918. On Remembrance Day the poppies were laid.",
            [("1918", "DATE", "1918"), ("Remembrance Day", "DATE", "1918-11-11")],
        ),
        (
            "The war ended in 1918. The Remembrance Day parade passed the Cenotaph.",
            [("1918", "DATE", "1918"), ("Remembrance Day", "DATE", "1918-11-11")],
        ),
        (
            "The war ended in 1918. Since Armistice Day the guns had been silent.",
            [("1918", "DATE", "1918"), ("Armistice Day", "DATE", "1918-11-11")],
        ),
    ],
)
def test_the_holiday_itself_after_a_preposition_or_before_a_noun_is_still_it(
    text: str, expected: list[Row]
) -> None:
    """ "On Remembrance Day", "The Remembrance Day parade": the holiday, as before."""
    assert _mentions(text, genre="narrative") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The battle was fought in 1916. In the century since the battle, the wood has grown "
            "back.",
            [("1916", "DATE", "1916"), ("the century", "DURATION", "P100Y")],
        ),
        (
            "The war ended in 1953. In the half century since, the zone has grown wild.",
            [("1953", "DATE", "1953"), ("the half century", "DURATION", "P50Y")],
        ),
        (
            "The war ended in 1953. In the half-century since the armistice the town has "
            "doubled in size.",
            [("1953", "DATE", "1953"), ("the half-century", "DURATION", "P50Y")],
        ),
        (
            "The war ended in 1918. The century since 1918 has been one of peace.",
            [
                ("1918", "DATE", "1918"),
                ("The century", "DURATION", "P100Y"),
                ("1918", "DATE", "1918"),
            ],
        ),
        (
            "The war ended in 1991. In the decade since, the city has been rebuilt.",
            [("1991", "DATE", "1991"), ("the decade", "DURATION", "P10Y")],
        ),
    ],
)
def test_the_century_since_is_a_length(text: str, expected: list[Row]) -> None:
    """ "In the century since the battle": the length of time from it, P100Y."""
    assert _mentions(text, genre="narrative") == expected


@pytest.mark.parametrize(
    "text",
    [
        "The century's greatest battle was fought here.",
        "The church has stood here since the century began.",
        "A century-old oak stands since the storm by the gate.",
        "He served in the Century Since Club, a veterans' society.",
    ],
)
def test_a_century_that_is_no_length_since_is_not_one(text: str) -> None:
    """A century named otherwise ("the century's", "since the century began") is no length."""
    assert ("the century", "DURATION", "P100Y") not in [
        (t.lower(), k, v) for t, k, v in _mentions(text, genre="narrative")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The war ended in 1918. Armistice Day has been a public holiday in France since 1922.",
            [
                ("1918", "DATE", "1918"),
                ("Armistice Day", "DATE", "XXXX-11-11"),
                ("1922", "DATE", "1922"),
            ],
        ),
        (
            "The attack came in 1941. Since 1994 7 December has been National Pearl Harbor "
            "Remembrance Day.",
            [
                ("1941", "DATE", "1941"),
                ("1994", "DATE", "1994"),
                ("7 December", "DATE", "XXXX-12-07"),
            ],
        ),
        (
            "The siege ended in 1944. Since 1991, 27 January has been commemorated as the Day "
            "of Lifting of the Siege.",
            [
                ("1944", "DATE", "1944"),
                ("1991", "DATE", "1991"),
                ("27 January", "DATE", "XXXX-01-27"),
            ],
        ),
    ],
)
def test_a_day_that_has_been_kept_since_a_year_is_any_years(text: str, expected: list[Row]) -> None:
    """ "Armistice Day has been a public holiday since 1922": the day as it is kept, in any
    year, as "is a public holiday" is; not the one of the story's year."""
    assert _mentions(text, genre="narrative") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # told in the past perfect, of the story's time: the day of the story's year
        (
            "The war ended in 1918. By 1930 Armistice Day had been a public holiday for eight "
            "years.",
            ("Armistice Day", "DATE", "1930-11-11"),
        ),
        (
            "The war ended in 1918. Armistice Day has been described as the happiest day of "
            "the century.",
            ("Armistice Day", "DATE", "1918-11-11"),
        ),
    ],
)
def test_a_day_not_said_to_be_kept_every_year_stays_the_storys(text: str, expected: Row) -> None:
    """A past perfect, or a present perfect that does not say the day is kept (the day of
    1918 "has been described as ..."), leaves the day the story's."""
    assert expected in _mentions(text, genre="narrative")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The war ended in 1918. The silence is kept at 11 a.m. each 11 November.",
            ("11 a.m. each 11 November", "SET", "XXXX-11-11T11:00"),
        ),
        (
            "The war ended in 1918. The silence is kept at 11 a.m. every 11 November.",
            ("11 a.m. every 11 November", "SET", "XXXX-11-11T11:00"),
        ),
        (
            "The war ended in 1918. The silence is kept every year on 11 November at 11 a.m.",
            ("every year on 11 November at 11 a.m.", "SET", "XXXX-11-11T11:00"),
        ),
        (
            "The siege ended in 1944. Fireworks are set off at 20:00 every 27 January.",
            ("20:00 every 27 January", "SET", "XXXX-01-27T20:00"),
        ),
    ],
)
def test_a_clock_time_of_a_yearly_day_is_the_sets(text: str, expected: Row) -> None:
    """ "at 11 a.m. each 11 November": the hour of the yearly day, one set."""
    assert _mentions(text, genre="narrative")[-1] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The armistice was signed at 11 a.m. on 11 November 1918.",
            [("11 a.m. on 11 November 1918", "TIME", "1918-11-11T11:00")],
        ),
        (
            "The war ended in 1918. Each 11 November at the memorial, wreaths are laid.",
            [("1918", "DATE", "1918"), ("Each 11 November", "SET", "XXXX-11-11")],
        ),
    ],
)
def test_a_clock_time_of_one_day_stays_a_time(text: str, expected: list[Row]) -> None:
    """A clock time of a dated day is that TIME; a yearly day without one is the day's set."""
    assert _mentions(text, genre="narrative") == expected


@pytest.mark.parametrize(
    "text",
    [
        "The 2/7th Londons and the 1st/4th Essex held the line.",
        "The 1/5th Battalion was destroyed; the 2nd/6th Gurkhas and the 1/4th Hampshires held.",
        "Casualties: 1,100 killed, 1,914 wounded, 1916 captured.",
        "The regiment lost 312 killed, 1,020 wounded and 1845 captured or missing.",
    ],
)
def test_battalions_as_fractions_and_counts_of_prisoners_are_no_dates(text: str) -> None:
    """ "the 1st/4th Essex", "1916 captured": a battalion and a count, no dates."""
    assert _found(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "In 1916 captured soldiers were sent to camps in Bavaria.",
            [("1916", "DATE", "1916")],
        ),
    ],
)
def test_a_year_before_captured_stays_a_date(text: str, expected: list[Row]) -> None:
    """ "In 1916 captured soldiers": the year."""
    assert _mentions(text, genre="narrative") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The war began in 1912. A generation earlier the province had been quiet.",
            [("1912", "DATE", "1912"), ("A generation earlier", "DATE", "PAST_REF")],
        ),
        (
            "The war began in 1912. Two generations later the province was quiet again.",
            [("1912", "DATE", "1912"), ("Two generations later", "DATE", "FUTURE_REF")],
        ),
    ],
)
def test_a_generation_earlier_or_later_is_vague(text: str, expected: list[Row]) -> None:
    """ "A generation earlier": the story's vague past, as "a generation ago" is the
    document's."""
    assert _mentions(text, genre="narrative") == expected


@pytest.mark.parametrize(
    "text",
    [
        "The province did not recover for a generation.",
        "A generation of officers died at Gallipoli.",
        "The earlier generation of tanks was slower.",
        "Later generations forgot the war.",
        "The tank came a generation later than its rivals.",
    ],
)
def test_a_generation_that_is_no_time_is_not_tagged(text: str) -> None:
    """ "for a generation", "a generation of officers", "later generations": no dates."""
    assert _found(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "The battle began on 1 July 1916. On the 50th anniversary of the battle veterans "
        "returned to Thiepval.",
        "The battle began on 1 July 1916. The anniversary is marked at Thiepval.",
    ],
)
def test_an_anniversary_without_its_date_is_no_date(text: str) -> None:
    """TimeBank tags no "anniversary": only the date the story gave."""
    assert _found(text) == ["1 July 1916"]


def test_a_chronologys_month_lines_under_a_year_heading() -> None:
    """ "1917 / April: The United States enters the war." is April 1917."""
    text = (
        "1917\n"
        "April: The United States enters the war.\n"
        "June: First American troops land in France.\n"
        "Summer: The Kerensky offensive fails."
    )
    assert _mentions(text, genre="narrative") == [
        ("1917", "DATE", "1917"),
        ("April", "DATE", "1917-04"),
        ("June", "DATE", "1917-06"),
        ("Summer", "DATE", "1917-SU"),
    ]


def test_the_eleventh_hour_of_the_eleventh_day_of_the_eleventh_month() -> None:
    """The armistice's formula is 11:00 on 11 November 1918, one TIME."""
    text = (
        "The armistice took effect at the eleventh hour of the eleventh day of the eleventh "
        "month of 1918."
    )
    assert _mentions(text, genre="narrative") == [
        (
            "the eleventh hour of the eleventh day of the eleventh month of 1918",
            "TIME",
            "1918-11-11T11:00",
        )
    ]


@pytest.mark.xfail(
    strict=True,
    reason="'the first day' of a battle counts from the latest day the story reached (3 "
    "July), not from the day the battle began (1 July): nothing tells the story's days apart "
    "from the battle's",
)
def test_the_first_day_after_later_days_is_the_battles_first() -> None:
    """ "On 1 July 1916 ... on 3 July. The Division lost 5,104 men on the first day": 1 July."""
    text = (
        "On 1 July 1916 the 7th Division attacked Mametz. The Essex took Hill 304 on 3 July. "
        "The 36th (Ulster) Division lost 5,104 men on the first day."
    )
    assert _mentions(text, genre="narrative")[-1] == ("the first day", "DATE", "1916-07-01")
