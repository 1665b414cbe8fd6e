"""Held-out genre, second round of whole Wikipedia war articles read as long narratives.

Article-length texts written for these tests in the style of English Wikipedia's plain-text
dumps (the Vietnam War, the Pacific War, the Napoleonic Wars, the Second Boer War, the Spanish
Civil War), shaped as tests/test_war_articles.py's are: a lead that summarises the war to its
end, a "Background" that goes back in time, headings on their own lines (some of them years or
ranges: "1944", "Escalation (1963–1965)", "1938–1939"), hatnotes and citations. The phrases and
the anchoring the first round tests are not repeated; new here, over a long text:
"the following year" after a heading's range, "by the end of the month" and "the previous day"
after a day, "a week later" after a clock time, a Legacy section's years ("In 1995, a memorial
..."), "as of 2024", and:
- a season or month after a winter that runs into the next year is of the year that winter
  ends in ("the winter of 1942–43, and in the spring": 1943-SP; "In January": 1943-01);
- "to this day" is the time of writing (PRESENT_REF), not the day the story reached;
- a story's bare weekday after a coarser date that holds the day it reached counts on from
  that day ("on Sunday, 15 February 1942, and later that month ... On Monday": the 16th).
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


VIETNAM = "\n\n".join(
    [
        "Vietnam War",
        (
            "The Vietnam War (1 November 1955 – 30 April 1975) was a conflict in Vietnam, Laos and "
            "Cambodia.[1] Direct American involvement ended with the Paris Peace Accords in "
            "January 1973, and the war ended with the fall of Saigon two years later."
        ),
        "Background",
        "Main article: First Indochina War",
        (
            "France ruled Indochina from the 1880s. In September 1945 Ho Chi Minh declared the "
            "independence of Vietnam. The French garrison at Dien Bien Phu surrendered on 7 May "
            "1954 after a siege of 57 days.[2] The Geneva Conference divided the country at the "
            "17th parallel that July."
        ),
        "Escalation (1963–1965)",
        (
            "On 2 August 1964 the destroyer USS Maddox exchanged fire with North Vietnamese "
            "torpedo boats. A second attack was reported two days later.[3] Congress passed the "
            "Gulf of Tonkin Resolution on 7 August. The following year the first combat troops "
            "landed at Da Nang."
        ),
        (
            "Operation Rolling Thunder began on 2 March 1965 and lasted until November 1968. "
            "Meanwhile the Viet Cong attacked American bases in the south."
        ),
        "Tet Offensive",
        (
            "In the early hours of 31 January 1968, some 80,000 communist troops struck more than "
            "100 towns. At 2:45 a.m. a sapper team blew a hole in the wall of the US Embassy in "
            "Saigon. A week later the fighting in Hue was still going on; the city was retaken on "
            "24 February."
        ),
        (
            "On 31 March President Johnson announced that he would not seek re-election. At the "
            "same time he halted most of the bombing of the North."
        ),
        "Vietnamization",
        (
            "Richard Nixon took office in January 1969.[4] The first troop withdrawals were "
            "announced in June, and by the end of the year 60,000 soldiers had left. On 30 April "
            "1970 Nixon announced the incursion into Cambodia; four students were killed at Kent "
            "State four days later."
        ),
        "Fall of Saigon",
        (
            "North Vietnam launched its final offensive in March 1975. Hue fell on 25 March, and "
            "Da Nang on 30 March. President Thieu resigned on 21 April, having broadcast a bitter "
            "speech the previous day. Saigon fell on 30 April; by the end of the month the last "
            "Americans had been evacuated from the embassy roof."
        ),
        "Legacy",
        (
            "The Vietnam Veterans Memorial was dedicated in Washington in 1982. The United States "
            "and Vietnam restored diplomatic relations in 1995. To this day unexploded ordnance "
            "kills people in the Vietnamese countryside, and as of 2024 the search for missing "
            "servicemen continues."
        ),
    ]
)

VIETNAM_TABLE: list[Row] = [
    ("1 November 1955", "DATE", "1955-11-01"),
    ("30 April 1975", "DATE", "1975-04-30"),
    ("January 1973", "DATE", "1973-01"),
    ("two years later", "DATE", "1975"),
    ("the 1880s", "DATE", "188"),
    ("September 1945", "DATE", "1945-09"),
    ("7 May 1954", "DATE", "1954-05-07"),
    ("57 days", "DURATION", "P57D"),
    ("that July", "DATE", "1954-07"),
    ("1963", "DATE", "1963"),
    ("1965", "DATE", "1965"),
    ("2 August 1964", "DATE", "1964-08-02"),
    ("two days later", "DATE", "1964-08-04"),
    ("7 August", "DATE", "1964-08-07"),
    # after the heading's range, the year after the last date the story reached (1964)
    ("The following year", "DATE", "1965"),
    ("2 March 1965", "DATE", "1965-03-02"),
    ("November 1968", "DATE", "1968-11"),
    ("31 January 1968", "DATE", "1968-01-31"),
    ("2:45 a.m.", "TIME", "1968-01-31T02:45"),
    # a week after the clock time's day, 31 January 1968
    ("A week later", "DATE", "1968-W06"),
    ("24 February", "DATE", "1968-02-24"),
    ("31 March", "DATE", "1968-03-31"),
    ("January 1969", "DATE", "1969-01"),
    ("June", "DATE", "1969-06"),
    ("the end of the year", "DATE", "1969"),
    ("30 April 1970", "DATE", "1970-04-30"),
    ("four days later", "DATE", "1970-05-04"),
    ("March 1975", "DATE", "1975-03"),
    ("25 March", "DATE", "1975-03-25"),
    ("30 March", "DATE", "1975-03-30"),
    ("21 April", "DATE", "1975-04-21"),
    # the day before the last day named, in a participle that looks back
    ("the previous day", "DATE", "1975-04-20"),
    ("30 April", "DATE", "1975-04-30"),
    ("the end of the month", "DATE", "1975-04"),
    ("1982", "DATE", "1982"),
    ("1995", "DATE", "1995"),
    # "To this day" in the Legacy section is the time of writing, not 1995
    ("this day", "DATE", "PRESENT_REF"),
    ("2024", "DATE", "2024"),
]


PACIFIC = "\n\n".join(
    [
        "Pacific War",
        (
            "The Pacific War (1941–1945) was the theatre of World War II fought in Asia and the "
            "Pacific.[1] It began with the Japanese attack on Pearl Harbor and ended with the "
            "surrender of Japan on 2 September 1945."
        ),
        "Background",
        (
            "Japan invaded Manchuria in September 1931 and China in July 1937. In July 1941 the "
            "United States froze Japanese assets, and the following month it embargoed oil.[2]"
        ),
        "Japanese offensives, 1941–42",
        "Main article: Attack on Pearl Harbor",
        (
            "At 7:48 a.m. on Sunday, 7 December 1941, Japanese aircraft struck the US fleet at "
            "Pearl Harbor. At the same time Japanese troops landed in Malaya. The next day the "
            "United States declared war on Japan."
        ),
        (
            "Hong Kong surrendered on 25 December. Singapore fell on Sunday, 15 February 1942, and "
            "later that month Japanese aircraft bombed Darwin. On Monday the Kempeitai began "
            "screening the Chinese population of the city."
        ),
        "Turning point",
        (
            "The Battle of Midway was fought from 4 to 7 June 1942. Two months later US Marines "
            "landed on Guadalcanal. The campaign dragged on through the winter of 1942–43, and in "
            "the spring the Americans began their advance up the Solomons."
        ),
        "1944",
        (
            "In June the US Navy defeated the Japanese fleet in the Philippine Sea. Saipan fell on "
            "9 July. In October MacArthur returned to the Philippines.[3]"
        ),
        "1945",
        (
            "Iwo Jima was invaded on 19 February. The Battle of Okinawa lasted from April to June. "
            "At 8:15 a.m. on 6 August an atomic bomb destroyed Hiroshima; a second bomb fell on "
            "Nagasaki three days later. Japan announced its surrender on 15 August and signed the "
            "instrument of surrender aboard USS Missouri on 2 September."
        ),
        "Legacy",
        (
            "In 1995, a memorial to the dead of Okinawa, the Cornerstone of Peace, was unveiled at "
            "Mabuni. Today the Hiroshima Peace Memorial is a World Heritage Site."
        ),
    ]
)

PACIFIC_TABLE: list[Row] = [
    ("1941", "DATE", "1941"),
    ("1945", "DATE", "1945"),
    ("2 September 1945", "DATE", "1945-09-02"),
    ("September 1931", "DATE", "1931-09"),
    ("July 1937", "DATE", "1937-07"),
    ("July 1941", "DATE", "1941-07"),
    ("the following month", "DATE", "1941-08"),
    ("1941", "DATE", "1941"),
    ("42", "DATE", "1942"),
    ("7:48 a.m. on Sunday, 7 December 1941", "TIME", "1941-12-07T07:48"),
    ("The next day", "DATE", "1941-12-08"),
    ("25 December", "DATE", "1941-12-25"),
    ("Sunday, 15 February 1942", "DATE", "1942-02-15"),
    ("later that month", "DATE", "1942-02"),
    # the day after Sunday 15 February: "later that month" holds that day and names none
    ("Monday", "DATE", "1942-02-16"),
    ("4", "DATE", "1942-06-04"),
    ("7 June 1942", "DATE", "1942-06-07"),
    ("Two months later", "DATE", "1942-08"),
    ("the winter of 1942–43", "DATE", "1942-WI"),
    # the winter of 1942–43 ends in 1943: the spring after it is of 1943
    ("the spring", "DATE", "1943-SP"),
    ("1944", "DATE", "1944"),
    ("June", "DATE", "1944-06"),
    ("9 July", "DATE", "1944-07-09"),
    ("October", "DATE", "1944-10"),
    ("1945", "DATE", "1945"),
    ("19 February", "DATE", "1945-02-19"),
    ("April", "DATE", "1945-04"),
    ("June", "DATE", "1945-06"),
    ("8:15 a.m. on 6 August", "TIME", "1945-08-06T08:15"),
    ("three days later", "DATE", "1945-08-09"),
    ("15 August", "DATE", "1945-08-15"),
    ("2 September", "DATE", "1945-09-02"),
    ("1995", "DATE", "1995"),
    # a Legacy year does not date the present tense's "Today"
    ("Today", "DATE", "PRESENT_REF"),
]


NAPOLEONIC = "\n\n".join(
    [
        "Napoleonic Wars",
        (
            "The Napoleonic Wars (1803–1815) were a series of conflicts fought between Napoleon's "
            "French Empire and shifting coalitions of European powers.[1] They ended with "
            "Napoleon's defeat at Waterloo on 18 June 1815."
        ),
        "Background",
        (
            "The French Revolution began in 1789. Napoleon Bonaparte seized power in the coup of "
            "18 Brumaire in November 1799, and the Treaty of Amiens of March 1802 brought a brief "
            "peace. Britain declared war again on 18 May 1803."
        ),
        "War of the Third Coalition",
        "Main article: War of the Third Coalition",
        (
            "Napoleon was crowned Emperor on 2 December 1804. The following year Austria and "
            "Russia joined Britain. On 21 October 1805 Nelson destroyed the Franco-Spanish fleet "
            "at Trafalgar; the previous day Mack had surrendered at Ulm. Exactly one year after "
            "his coronation Napoleon defeated the Austrians and Russians at Austerlitz."
        ),
        "Peninsular War",
        (
            "In 1808 Napoleon placed his brother Joseph on the Spanish throne. The Spanish rose in "
            "revolt on 2 May. The war in the peninsula lasted six years and cost the French some "
            "300,000 men.[2]"
        ),
        "Invasion of Russia",
        (
            "The Grande Armée crossed the Niemen on 24 June 1812. The Battle of Borodino was "
            "fought on 7 September, and a week later the French entered Moscow. The city burned "
            "for four days. In October Napoleon began the retreat, and by the end of the year "
            "fewer than 100,000 of his men had recrossed the frontier."
        ),
        "Fall of Napoleon",
        (
            "The allies defeated Napoleon at Leipzig in October 1813. He abdicated on 6 April 1814 "
            "and was exiled to Elba. Ten months later he escaped, landing in France on 1 March "
            "1815. Meanwhile the Congress of Vienna continued to sit."
        ),
        "Legacy",
        (
            "The Napoleonic Code remains the basis of civil law in many countries today. In 1840 "
            "Napoleon's remains were returned to Paris."
        ),
    ]
)

NAPOLEONIC_TABLE: list[Row] = [
    ("1803", "DATE", "1803"),
    ("1815", "DATE", "1815"),
    ("18 June 1815", "DATE", "1815-06-18"),
    ("1789", "DATE", "1789"),
    ("November 1799", "DATE", "1799-11"),
    ("March 1802", "DATE", "1802-03"),
    ("18 May 1803", "DATE", "1803-05-18"),
    ("2 December 1804", "DATE", "1804-12-02"),
    ("The following year", "DATE", "1805"),
    ("21 October 1805", "DATE", "1805-10-21"),
    # a look back from Trafalgar; Austerlitz is a named day the text does not date
    ("the previous day", "DATE", "1805-10-20"),
    ("one year", "DURATION", "P1Y"),
    ("1808", "DATE", "1808"),
    ("2 May", "DATE", "1808-05-02"),
    ("six years", "DURATION", "P6Y"),
    ("24 June 1812", "DATE", "1812-06-24"),
    ("7 September", "DATE", "1812-09-07"),
    ("a week later", "DATE", "1812-W38"),
    ("four days", "DURATION", "P4D"),
    ("October", "DATE", "1812-10"),
    ("the end of the year", "DATE", "1812"),
    ("October 1813", "DATE", "1813-10"),
    ("6 April 1814", "DATE", "1814-04-06"),
    ("Ten months later", "DATE", "1815-02"),
    ("1 March 1815", "DATE", "1815-03-01"),
    ("today", "DATE", "PRESENT_REF"),
    ("1840", "DATE", "1840"),
]


BOER = "\n\n".join(
    [
        "Second Boer War",
        (
            "The Second Boer War (11 October 1899 – 31 May 1902) was fought between the British "
            "Empire and the two Boer republics.[1] It ended with the Treaty of Vereeniging, and "
            "the republics became British colonies."
        ),
        "Background",
        (
            "Gold was discovered on the Witwatersrand in 1886. The Jameson Raid of December 1895 "
            "failed within a week.[2] Negotiations at Bloemfontein broke down in June 1899, and on "
            "9 October Kruger sent an ultimatum."
        ),
        "Boer offensive",
        (
            "The Boers besieged Ladysmith, Kimberley and Mafeking. During Black Week, in December "
            "1899, the British were defeated at Stormberg, Magersfontein and Colenso. The "
            "following month Roberts arrived at Cape Town."
        ),
        "British counter-offensive",
        (
            "Kimberley was relieved on 15 February 1900. Cronje surrendered at Paardeberg on 27 "
            "February, and Ladysmith was relieved the next day. Bloemfontein fell on 13 March; "
            "Mafeking was relieved on 17 May after a siege of 217 days. Pretoria fell on 5 June, "
            "and the Transvaal was annexed that autumn."
        ),
        "Guerrilla phase",
        "Main article: Second Boer War concentration camps",
        (
            "Over the winter of 1900–01 Kitchener built lines of blockhouses. In the spring the "
            "commandos raided deep into Cape Colony. By 1901 more than 100,000 civilians were held "
            "in camps."
        ),
        "Peace",
        (
            "Talks opened at Vereeniging in May 1902. The treaty was signed at 11:05 p.m. on 31 "
            "May; a week later the last commandos laid down their arms."
        ),
        "Legacy",
        (
            "The Union of South Africa was formed in 1910. The National Women's Monument at "
            "Bloemfontein, unveiled in 1913, commemorates the women and children who died in the "
            "camps. As of 2024, the war is still commemorated there every year."
        ),
    ]
)

BOER_TABLE: list[Row] = [
    ("11 October 1899", "DATE", "1899-10-11"),
    ("31 May 1902", "DATE", "1902-05-31"),
    ("1886", "DATE", "1886"),
    ("December 1895", "DATE", "1895-12"),
    ("a week", "DURATION", "P1W"),
    ("June 1899", "DATE", "1899-06"),
    ("9 October", "DATE", "1899-10-09"),
    ("December 1899", "DATE", "1899-12"),
    ("The following month", "DATE", "1900-01"),
    ("15 February 1900", "DATE", "1900-02-15"),
    ("27 February", "DATE", "1900-02-27"),
    ("the next day", "DATE", "1900-02-28"),
    ("13 March", "DATE", "1900-03-13"),
    ("17 May", "DATE", "1900-05-17"),
    ("217 days", "DURATION", "P217D"),
    ("5 June", "DATE", "1900-06-05"),
    ("that autumn", "DATE", "1900-FA"),
    ("the winter of 1900–01", "DATE", "1900-WI"),
    # the spring after the winter of 1900–01
    ("the spring", "DATE", "1901-SP"),
    ("1901", "DATE", "1901"),
    ("May 1902", "DATE", "1902-05"),
    ("11:05 p.m. on 31 May", "TIME", "1902-05-31T23:05"),
    ("a week later", "DATE", "1902-W23"),
    ("1910", "DATE", "1910"),
    ("1913", "DATE", "1913"),
    ("2024", "DATE", "2024"),
    ("every year", "SET", "P1Y"),
]


SPAIN = "\n\n".join(
    [
        "Spanish Civil War",
        (
            "The Spanish Civil War (17 July 1936 – 1 April 1939) was fought between the "
            "Republicans and the Nationalists led by General Francisco Franco.[1] The Nationalists "
            "won, and Franco ruled Spain until his death in November 1975."
        ),
        "Background",
        (
            "King Alfonso XIII left Spain in April 1931, and the Second Republic was proclaimed. "
            "The Popular Front won the election of 16 February 1936. On the night of 12 July the "
            "Republican officer José Castillo was murdered; in reprisal the monarchist leader "
            "Calvo Sotelo was killed early the next morning."
        ),
        "Coup",
        (
            "The army in Morocco rose on 17 July 1936, and the revolt spread to the mainland the "
            "following day. By the end of the month Spain was split in two.[2]"
        ),
        "1936",
        (
            "In August the Nationalists took Badajoz. Toledo was relieved on 27 September. The "
            "assault on Madrid began in November and failed by the end of the year."
        ),
        "1937",
        (
            "Guernica was bombed on Monday, 26 April. The government moved to Valencia, and in the "
            "autumn the north fell to the Nationalists. The Battle of Teruel was fought from "
            "December 1937 to February 1938."
        ),
        "1938–1939",
        (
            "The Battle of the Ebro, the longest of the war, began on 25 July 1938 and lasted 115 "
            "days. Barcelona fell on 26 January 1939. On 28 March the Nationalists entered Madrid, "
            "and Franco declared the war over four days later."
        ),
        "Legacy",
        (
            "The Valley of the Fallen was completed in 1958. Franco's remains were moved from the "
            "valley in October 2019. The war remains a divisive subject in Spain today."
        ),
    ]
)

SPAIN_TABLE: list[Row] = [
    ("17 July 1936", "DATE", "1936-07-17"),
    ("1 April 1939", "DATE", "1939-04-01"),
    ("November 1975", "DATE", "1975-11"),
    ("April 1931", "DATE", "1931-04"),
    ("16 February 1936", "DATE", "1936-02-16"),
    ("12 July", "DATE", "1936-07-12"),
    # the night of 12 July is tagged by its date alone, as TimeBank does
    ("early the next morning", "TIME", "1936-07-13TMO"),
    ("17 July 1936", "DATE", "1936-07-17"),
    ("the following day", "DATE", "1936-07-18"),
    ("the end of the month", "DATE", "1936-07"),
    ("1936", "DATE", "1936"),
    ("August", "DATE", "1936-08"),
    ("27 September", "DATE", "1936-09-27"),
    ("November", "DATE", "1936-11"),
    ("the end of the year", "DATE", "1936"),
    ("1937", "DATE", "1937"),
    ("Monday, 26 April", "DATE", "1937-04-26"),
    ("the autumn", "DATE", "1937-FA"),
    ("December 1937", "DATE", "1937-12"),
    ("February 1938", "DATE", "1938-02"),
    ("1938", "DATE", "1938"),
    ("1939", "DATE", "1939"),
    ("25 July 1938", "DATE", "1938-07-25"),
    ("115 days", "DURATION", "P115D"),
    ("26 January 1939", "DATE", "1939-01-26"),
    ("28 March", "DATE", "1939-03-28"),
    ("four days later", "DATE", "1939-04-01"),
    ("1958", "DATE", "1958"),
    ("October 2019", "DATE", "2019-10"),
    ("today", "DATE", "PRESENT_REF"),
]


ARTICLES = [
    pytest.param(VIETNAM, VIETNAM_TABLE, id="vietnam"),
    pytest.param(PACIFIC, PACIFIC_TABLE, id="pacific"),
    pytest.param(NAPOLEONIC, NAPOLEONIC_TABLE, id="napoleonic"),
    pytest.param(BOER, BOER_TABLE, id="second-boer"),
    pytest.param(SPAIN, SPAIN_TABLE, id="spanish-civil-war"),
]


def test_the_weekdays_and_weeks_of_the_articles_are_those_of_their_dates() -> None:
    """The weekdays the articles name and the weeks they count are true of their dates."""
    assert dt.date(1941, 12, 7).strftime("%A") == "Sunday"
    assert dt.date(1942, 2, 15).strftime("%A") == "Sunday"
    assert dt.date(1942, 2, 16).strftime("%A") == "Monday"
    assert dt.date(1937, 4, 26).strftime("%A") == "Monday"
    # "A week later" after 31 January 1968, "a week later" after 7 September 1812 and after
    # 31 May 1902: the ISO weeks of 7 February 1968, 14 September 1812, 7 June 1902
    assert (dt.date(1968, 1, 31) + dt.timedelta(weeks=1)).isocalendar()[:2] == (1968, 6)
    assert (dt.date(1812, 9, 7) + dt.timedelta(weeks=1)).isocalendar()[:2] == (1812, 38)
    assert (dt.date(1902, 5, 31) + dt.timedelta(weeks=1)).isocalendar()[:2] == (1902, 23)


@pytest.mark.parametrize(
    ("text", "rows"),
    [
        (
            "The Germans held the line through the winter of 1942–43. In the spring they fell "
            "back. In December the front was quiet again.",
            [("the spring", "DATE", "1943-SP"), ("December", "DATE", "1943-12")],
        ),
        (
            "The siege lasted through the winter of 1941–42. In January the ice road opened.",
            [("January", "DATE", "1942-01")],
        ),
        (
            "The armies went into quarters for the winter of 1777–78. That summer the French "
            "fleet arrived.",
            [("That summer", "DATE", "1778-SU")],
        ),
        # the winter's own December is of its first year
        (
            "The winter of 1916–17 was the coldest of the war. In December the Somme froze.",
            [("December", "DATE", "1916-12")],
        ),
    ],
)
def test_a_season_or_month_after_a_winter_of_two_years(text: str, rows: list[Row]) -> None:
    """A season or month named after a winter that runs into the next year is the first that
    does not begin before that winter."""
    assert _mentions(text, genre="narrative")[-len(rows) :] == rows


@pytest.mark.parametrize(
    ("text", "row"),
    [
        (
            "The mine was sealed in 1921. To this day the bodies lie underground.",
            ("this day", "DATE", "PRESENT_REF"),
        ),
        (
            "The ship sank on 3 May 1944. Its wreck has remained untouched until this day.",
            ("this day", "DATE", "PRESENT_REF"),
        ),
    ],
)
def test_to_this_day_is_the_time_of_writing(text: str, row: Row) -> None:
    """ "to this day" / "until this day" is the present of the writer, not the story's day."""
    assert _mentions(text, genre="narrative")[-1] == row


def test_this_day_of_a_story_stays_its_day() -> None:
    """Without "to", "this day" is still the day the story reached."""
    text = "The treaty was signed on 4 June 1920. On this day Hungary lost two thirds of its land."
    assert _mentions(text, genre="narrative")[-1] == ("this day", "DATE", "1920-06-04")


@pytest.mark.parametrize(
    ("text", "row"),
    [
        (
            "Singapore fell on 15 February 1942. Later that month Darwin was bombed. On Monday "
            "the screening began.",
            ("Monday", "DATE", "1942-02-16"),
        ),
        (
            "The siege began on Thursday, 3 March 1904. That month the fleet stayed in port. "
            "On Saturday the first shells fell.",
            ("Saturday", "DATE", "1904-03-05"),
        ),
    ],
)
def test_a_storys_weekday_after_a_month_holding_its_day(text: str, row: Row) -> None:
    """A bare weekday after a month that holds the day the story reached counts on from that
    day, not from the month's first day."""
    assert _mentions(text, genre="narrative")[-1] == row


def test_the_weekdays_of_the_short_cases_are_true() -> None:
    """The weekdays of the short weekday cases are those of their dates."""
    assert dt.date(1904, 3, 3).strftime("%A") == "Thursday"
    assert dt.date(1904, 3, 5).strftime("%A") == "Saturday"


@pytest.mark.parametrize(
    "text",
    [
        "Main article: Battle of the Ebro",
        "The 17th parallel divided Vietnam; the 38th divided Korea.",
        "The Grande Armée numbered 600,000 men and 1,372 guns.[3]",
        "Hill 937 was taken by the 101st Airborne Division.",
    ],
)
def test_hatnotes_parallels_and_counts_are_no_dates(text: str) -> None:
    """Hatnotes, parallels, hills, units and counts are no dates."""
    assert _found(text) == []


def test_a_winter_ahead_of_the_document_date_moves_no_season_on() -> None:
    """A winter still ahead of the document date is no winter the story has told: the summer
    after it would be past the writing, so "in the summer" stays the one before."""
    text = (
        "Bayern hope to sign a playmaker in the winter break. They lost Ballack to Chelsea in "
        "the summer."
    )
    assert _mentions(text, dct="2006-12-20", genre="narrative")[-1] == (
        "the summer",
        "DATE",
        "2006-SU",
    )
