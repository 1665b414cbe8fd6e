"""Held-out genre, fourth round of whole Wikipedia war articles read as long narratives.

Article-length texts written for these tests in the style of English Wikipedia's wikitext
dumps (the Western Front of the First World War, the Vietnam War, the Gulf War, the Spanish
Civil War), shaped as tests/test_war_articles.py ... tests/test_war_articles_3.py's are, but
with the headings' wiki marks kept ("== Background ==", "=== 1917: mutinies ===", "==
1915–1916 =="), sub-sections under sections, and hatnotes under sub-section headings. The
phrases and the anchoring of the first three rounds are not repeated; new here:
- a heading's range of whole years ("== 1936–1937 ==") tells the section from its first year:
  "in early November" after it is November 1936, not 1937, and the story goes on inside it
  ("through the winter": 1936-WI);
- a date a past perfect was done by is the time it looks back from, not a look back: after
  April 1917, "Pétain had restored order by the end of June" is June 1917, not 1916;
- "the next night" is a time, the night after the day the story reached (1991-01-18TNI), as
  "the next morning" is; not a day, nor a duration of one night;
- a day of a month of a year counted from the story's: "on 2 November of that year";
- a holiday that opens a name in Wikipedia's sentence case is no date: "the Christmas truce"
  (its heading and hatnote too), "the Tet offensive".
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

WESTERN = "\n\n".join(
    [
        "Western Front (World War I)",
        (
            "The Western Front was the main theatre of war during the First World War.[1] After "
            "the German invasion of Belgium and France in August 1914, the front barely moved for "
            "more than three years, until the Hundred Days Offensive broke the German lines in the "
            "autumn of 1918. Fighting ended at 11 a.m. on 11 November 1918."
        ),
        "== Background ==",
        (
            "The German war plan was drawn up by Alfred von Schlieffen between 1897 and 1905. "
            "France answered it with Plan XVII, adopted in the spring of 1913.[2]"
        ),
        "== 1914: war of movement ==",
        (
            "German troops crossed into Belgium on 4 August, and Liège fell twelve days later. The"
            " First Battle of the Marne (5–12 September) halted the German advance. The First "
            "Battle of Ypres lasted from 19 October to 22 November."
        ),
        "=== Christmas truce ===",
        "Main article: Christmas truce",
        (
            "On Christmas Eve British and German soldiers sang carols across no man's land. On "
            "Christmas Day they met between the trenches, and in places the truce held until New "
            "Year's Day.[3]"
        ),
        "== 1915–1916 ==",
        (
            "The Second Battle of Ypres opened on 22 April 1915 with the first large-scale use of "
            "chlorine gas. The Battle of Verdun began on 21 February 1916 and lasted 303 days. The "
            "Battle of the Somme began on 1 July; by nightfall the British had lost 57,470 men."
        ),
        "=== 1917: mutinies ===",
        (
            "The Nivelle Offensive failed in April, and mutinies broke out in 68 French divisions. "
            "Pétain had restored order by the end of June. The Third Battle of Ypres began on 31 "
            "July and ended at Passchendaele on 10 November."
        ),
        "== 1918 ==",
        "=== Spring Offensive ===",
        (
            "Germany launched its Spring Offensive on 21 March. Within a week the Germans had "
            "advanced 40 miles, but by early summer their attacks had stalled.[4]"
        ),
        "=== Hundred Days Offensive ===",
        (
            'The Allied counter-offensive opened at Amiens on 8 August, the "black day of the '
            'German Army". Over the next three months the Allies broke the Hindenburg Line. The '
            "armistice was signed at Compiègne at 5 a.m. on 11 November and took effect six hours "
            "later."
        ),
        "== Aftermath ==",
        (
            "Allied troops occupied the Rhineland until 1930. The Menin Gate was unveiled in 1927, "
            "and since 1928 the Last Post has been sounded there every evening."
        ),
    ]
)

VIETNAM = "\n\n".join(
    [
        "Vietnam War",
        (
            "The Vietnam War was fought in Vietnam, Laos and Cambodia from 1955 to 1975.[1] After "
            "the Tet Offensive of January 1968 American public support for the war declined. The "
            "last American combat troops left in March 1973, and Saigon fell to the North "
            "Vietnamese army on 30 April 1975."
        ),
        "== Background ==",
        (
            "After the Japanese surrender in August 1945 the Viet Minh proclaimed the Democratic "
            "Republic of Vietnam. The First Indochina War that followed lasted nearly nine years."
        ),
        "== American involvement (1955–1964) ==",
        (
            "Ngo Dinh Diem proclaimed the Republic of Vietnam on 26 October 1955. By the end of "
            "1963 some 16,000 American advisers were in the country; Diem had been killed in a coup"
            " on 2 November of that year.[2]"
        ),
        "== Ground war (1965–1968) ==",
        "=== 1965: escalation ===",
        (
            "The first Marines waded ashore at Da Nang on 8 March. By December 184,000 American "
            "troops were in Vietnam."
        ),
        "=== Tet Offensive ===",
        "Main article: Tet Offensive",
        (
            "The offensive opened on the night of 30 January 1968, during the lunar new year "
            "holiday. The Battle of Hue lasted 26 days. In May communist forces launched a second "
            "wave of attacks."
        ),
        "== Vietnamization (1969–1972) ==",
        (
            "In the spring of 1972 North Vietnam launched the Easter Offensive across the "
            "Demilitarized Zone. Nixon answered with Operation Linebacker in May, and in late "
            "December he ordered the bombing of Hanoi for eleven days.[3]"
        ),
        "== End of the war (1973–1975) ==",
        (
            "The Paris Peace Accords were signed on 27 January 1973. By 1973 most American ground "
            "forces had already gone home; the last of them left on 29 March. North Vietnamese "
            "tanks broke through the gates of the Independence Palace shortly before noon on 30 "
            "April 1975."
        ),
        "== Aftermath ==",
        (
            "Vietnam was formally reunified on 2 July 1976. Relations with the United States were "
            "restored two decades after the fall of Saigon."
        ),
    ]
)

GULF = "\n\n".join(
    [
        "Gulf War",
        (
            "The Gulf War (2 August 1990 – 28 February 1991) was an armed conflict between Iraq and"
            " a coalition of 42 countries led by the United States.[1] It followed the Iraqi "
            "invasion of Kuwait and ended with a ceasefire after 100 hours of ground fighting."
        ),
        "== Background ==",
        (
            "The Iran–Iraq War (1980–1988) left Iraq deeply in debt. In July 1990 Saddam Hussein "
            "accused Kuwait of stealing Iraqi oil."
        ),
        "== Invasion of Kuwait ==",
        (
            "Iraqi forces crossed the border at 2 a.m. on 2 August 1990, and within twelve hours "
            "most resistance had ended. On 29 November the Security Council authorised the use of "
            "force if Iraq did not withdraw by 15 January 1991.[2]"
        ),
        "== Operation Desert Storm ==",
        "=== Air campaign ===",
        (
            "Operation Desert Storm began on 17 January 1991 with a massive air campaign. The next"
            " night Iraq fired its first Scud missiles at Israel. The coalition flew more than "
            "100,000 sorties over the following five weeks."
        ),
        "=== Battle of Khafji ===",
        (
            "On 29 January Iraqi forces seized the Saudi town of Khafji; it was retaken two days "
            "later."
        ),
        "=== Ground campaign ===",
        (
            "The ground offensive began at 4 a.m. on Sunday, 24 February. By 28 February the Iraqi"
            " army had been routed, and President Bush declared a ceasefire 100 hours after the "
            "ground campaign had started.[3]"
        ),
        "== Aftermath ==",
        (
            "Retreating Iraqi troops set fire to more than 600 Kuwaiti oil wells; the last fire "
            "was put out in November 1991. Saddam Hussein remained in power for another twelve "
            "years."
        ),
    ]
)

SPAIN = "\n\n".join(
    [
        "Spanish Civil War",
        (
            "The Spanish Civil War was fought from 1936 to 1939 between the Republicans and the "
            "Nationalists led by General Francisco Franco.[1] It began with a military coup on 18 "
            "July 1936 and ended with the Nationalist victory on 1 April 1939."
        ),
        "== Background ==",
        (
            "King Alfonso XIII went into exile in April 1931, and the Second Republic was "
            "proclaimed. The Popular Front won the elections of February 1936."
        ),
        "== Coup of July 1936 ==",
        (
            "The rising began in Spanish Morocco on the afternoon of 17 July and spread to the "
            "mainland the next day. Within a week the country was split in two.[2]"
        ),
        "== 1936–1937 ==",
        "=== Siege of Madrid ===",
        (
            "Nationalist columns reached the outskirts of Madrid in early November. The first "
            "International Brigades arrived on 8 November and the front held through the winter."
        ),
        "=== Northern campaign ===",
        (
            "Aircraft of the Condor Legion bombed Guernica on Monday, 26 April 1937, a market day."
            " Bilbao fell in June, and during the summer of 1937 the Nationalists overran "
            "Santander and Asturias."
        ),
        "=== 1938: Aragon and the Ebro ===",
        (
            "The Nationalists reached the Mediterranean at Vinaròs on 15 April, cutting the "
            "Republic in two. The Battle of the Ebro (July–November 1938) was the longest battle "
            "of the war. The International Brigades paraded through Barcelona for the last time "
            "on 28 October.[3]"
        ),
        "== End of the war ==",
        (
            "Barcelona fell on 26 January 1939. Madrid surrendered on 28 March, and Franco "
            "declared the war over four days later."
        ),
        "== Aftermath ==",
        (
            "Franco ruled Spain until his death in November 1975. Today mass graves from the war "
            "are still being opened."
        ),
    ]
)


WESTERN_TABLE: list[Row] = [
    ("August 1914", "DATE", "1914-08"),
    ("more than three years", "DURATION", "P3Y"),
    ("the autumn of 1918", "DATE", "1918-FA"),
    ("11 a.m. on 11 November 1918", "TIME", "1918-11-11T11:00"),
    ("1897", "DATE", "1897"),
    ("1905", "DATE", "1905"),
    ("the spring of 1913", "DATE", "1913-SP"),
    ("1914", "DATE", "1914"),
    ("4 August", "DATE", "1914-08-04"),
    ("twelve days later", "DATE", "1914-08-16"),
    ("5", "DATE", "1914-09-05"),
    ("12 September", "DATE", "1914-09-12"),
    ("19 October", "DATE", "1914-10-19"),
    ("22 November", "DATE", "1914-11-22"),
    # "=== Christmas truce ===" and its hatnote name the truce: no date
    ("Christmas Eve", "DATE", "1914-12-24"),
    ("Christmas Day", "DATE", "1914-12-25"),
    ("New Year's Day", "DATE", "1915-01-01"),
    ("1915", "DATE", "1915"),
    ("1916", "DATE", "1916"),
    ("22 April 1915", "DATE", "1915-04-22"),
    ("21 February 1916", "DATE", "1916-02-21"),
    ("303 days", "DURATION", "P303D"),
    ("1 July", "DATE", "1916-07-01"),
    ("nightfall", "TIME", "1916-07-01TEV"),
    # "=== 1917: mutinies ===" sets the story's year
    ("1917", "DATE", "1917"),
    ("April", "DATE", "1917-04"),
    # what the past perfect was done by: June 1917, not the June before April
    ("the end of June", "DATE", "1917-06"),
    ("31 July", "DATE", "1917-07-31"),
    ("10 November", "DATE", "1917-11-10"),
    ("1918", "DATE", "1918"),
    ("21 March", "DATE", "1918-03-21"),
    ("a week", "DURATION", "P1W"),
    ("early summer", "DATE", "1918-SU"),
    ("8 August", "DATE", "1918-08-08"),
    ("the next three months", "DURATION", "P3M"),
    ("5 a.m. on 11 November", "TIME", "1918-11-11T05:00"),
    ("six hours later", "TIME", "1918-11-11T11:00"),
    ("1930", "DATE", "1930"),
    ("1927", "DATE", "1927"),
    ("1928", "DATE", "1928"),
    ("every evening", "SET", "XXXX-XX-XXTEV"),
]

VIETNAM_TABLE: list[Row] = [
    ("1955", "DATE", "1955"),
    ("1975", "DATE", "1975"),
    # "the Tet Offensive of January 1968": the month, not the name
    ("January 1968", "DATE", "1968-01"),
    ("March 1973", "DATE", "1973-03"),
    ("30 April 1975", "DATE", "1975-04-30"),
    ("August 1945", "DATE", "1945-08"),
    ("nearly nine years", "DURATION", "P9Y"),
    ("1955", "DATE", "1955"),
    ("1964", "DATE", "1964"),
    ("26 October 1955", "DATE", "1955-10-26"),
    ("the end of 1963", "DATE", "1963"),
    ("2 November of that year", "DATE", "1963-11-02"),
    ("1965", "DATE", "1965"),
    ("1968", "DATE", "1968"),
    ("1965", "DATE", "1965"),
    ("8 March", "DATE", "1965-03-08"),
    # "By December 184,000 American troops": the month before a count
    ("December", "DATE", "1965-12"),
    ("30 January 1968", "DATE", "1968-01-30"),
    # Tet fell on 30 January in 1968
    ("lunar new year", "DATE", "1968-01-30"),
    ("26 days", "DURATION", "P26D"),
    ("May", "DATE", "1968-05"),
    ("1969", "DATE", "1969"),
    ("1972", "DATE", "1972"),
    ("the spring of 1972", "DATE", "1972-SP"),
    ("May", "DATE", "1972-05"),
    ("late December", "DATE", "1972-12"),
    ("eleven days", "DURATION", "P11D"),
    ("1973", "DATE", "1973"),
    ("1975", "DATE", "1975"),
    ("27 January 1973", "DATE", "1973-01-27"),
    ("1973", "DATE", "1973"),
    ("29 March", "DATE", "1973-03-29"),
    ("noon on 30 April 1975", "TIME", "1975-04-30T12:00"),
    ("2 July 1976", "DATE", "1976-07-02"),
    ("two decades", "DURATION", "P20Y"),
]

GULF_TABLE: list[Row] = [
    ("2 August 1990", "DATE", "1990-08-02"),
    ("28 February 1991", "DATE", "1991-02-28"),
    ("100 hours", "DURATION", "PT100H"),
    ("1980", "DATE", "1980"),
    ("1988", "DATE", "1988"),
    ("July 1990", "DATE", "1990-07"),
    ("2 a.m. on 2 August 1990", "TIME", "1990-08-02T02:00"),
    ("twelve hours", "DURATION", "PT12H"),
    ("29 November", "DATE", "1990-11-29"),
    ("15 January 1991", "DATE", "1991-01-15"),
    ("17 January 1991", "DATE", "1991-01-17"),
    # the night after the day the air war began: a time
    ("The next night", "TIME", "1991-01-18TNI"),
    ("the following five weeks", "DURATION", "P5W"),
    ("29 January", "DATE", "1991-01-29"),
    ("two days later", "DATE", "1991-01-31"),
    ("4 a.m. on Sunday, 24 February", "TIME", "1991-02-24T04:00"),
    ("28 February", "DATE", "1991-02-28"),
    ("100 hours", "DURATION", "PT100H"),
    ("November 1991", "DATE", "1991-11"),
    ("twelve years", "DURATION", "P12Y"),
]

SPAIN_TABLE: list[Row] = [
    ("1936", "DATE", "1936"),
    ("1939", "DATE", "1939"),
    ("18 July 1936", "DATE", "1936-07-18"),
    ("1 April 1939", "DATE", "1939-04-01"),
    ("April 1931", "DATE", "1931-04"),
    ("February 1936", "DATE", "1936-02"),
    ("July 1936", "DATE", "1936-07"),
    # "the afternoon of 17 July": the date is tagged, as TimeBank tags it
    ("17 July", "DATE", "1936-07-17"),
    ("the next day", "DATE", "1936-07-18"),
    ("a week", "DURATION", "P1W"),
    ("1936", "DATE", "1936"),
    ("1937", "DATE", "1937"),
    # "== 1936–1937 ==" tells the section from 1936
    ("early November", "DATE", "1936-11"),
    ("8 November", "DATE", "1936-11-08"),
    ("the winter", "DATE", "1936-WI"),
    ("Monday, 26 April 1937", "DATE", "1937-04-26"),
    ("June", "DATE", "1937-06"),
    ("the summer of 1937", "DATE", "1937-SU"),
    ("1938", "DATE", "1938"),
    ("15 April", "DATE", "1938-04-15"),
    ("July", "DATE", "1938-07"),
    ("November 1938", "DATE", "1938-11"),
    ("28 October", "DATE", "1938-10-28"),
    ("26 January 1939", "DATE", "1939-01-26"),
    ("28 March", "DATE", "1939-03-28"),
    ("four days later", "DATE", "1939-04-01"),
    ("November 1975", "DATE", "1975-11"),
    ("Today", "DATE", "PRESENT_REF"),
]


ARTICLES = [
    pytest.param(WESTERN, WESTERN_TABLE, id="western-front"),
    pytest.param(VIETNAM, VIETNAM_TABLE, id="vietnam-war"),
    pytest.param(GULF, GULF_TABLE, id="gulf-war"),
    pytest.param(SPAIN, SPAIN_TABLE, id="spanish-civil-war"),
]


def test_the_weekdays_of_the_articles_are_those_of_their_dates() -> None:
    """The weekdays the articles name are those of their dates."""
    assert dt.date(1991, 2, 24).strftime("%A") == "Sunday"
    assert dt.date(1937, 4, 26).strftime("%A") == "Monday"


@pytest.mark.parametrize(
    ("text", "row"),
    [
        (
            "The coup began on 18 July 1936.\n\n== 1936–1937 ==\n\nThe columns reached Madrid "
            "in early November.",
            ("early November", "DATE", "1936-11"),
        ),
        (
            "Diem was killed on 2 November 1963.\n\n== Escalation (1964–1965) ==\n\nIn August "
            "the destroyer Maddox was attacked.",
            ("August", "DATE", "1964-08"),
        ),
        (
            "The Franco-Prussian War was fought in 1870–1871. On 1 September the French army "
            "surrendered at Sedan.",
            ("1 September", "DATE", "1870-09-01"),
        ),
    ],
)
def test_a_date_after_a_range_of_years_is_of_its_first_year(text: str, row: Row) -> None:
    """A month or day without a year right after a range of whole years (a heading's, a
    sentence's) is of the first year the range holds: the section tells it from its start."""
    assert _mentions(text, genre="narrative")[-1] == row


@pytest.mark.parametrize(
    ("text", "row"),
    [
        (
            "The offensive failed in April 1917. Pétain had restored order by the end of June.",
            ("the end of June", "DATE", "1917-06"),
        ),
        (
            "The offensive failed in April 1917. By June the army had recovered.",
            ("June", "DATE", "1917-06"),
        ),
        # a past perfect that looks back still names the one before
        (
            "The ceasefire took effect on 28 February 1991. Saddam had refused to withdraw in "
            "December.",
            ("December", "DATE", "1990-12"),
        ),
    ],
)
def test_what_a_past_perfect_was_done_by_is_not_a_look_back(text: str, row: Row) -> None:
    """A month after "by" in a past perfect is the time the clause looks back from: the one
    of the story's year, ahead of the story's day; a month it looks back to is the one before."""
    assert _mentions(text, genre="narrative")[-1] == row


@pytest.mark.parametrize(
    ("text", "row"),
    [
        (
            "The air war began on 17 January 1991. The next night Iraq fired its first Scuds.",
            ("The next night", "TIME", "1991-01-18TNI"),
        ),
        (
            "The barrage opened on 20 November 1917. On the following night the tanks moved up.",
            ("the following night", "TIME", "1917-11-21TNI"),
        ),
        (
            "The armistice was signed on 11 November 1918. The previous night the delegates had "
            "argued over the terms.",
            ("The previous night", "TIME", "1918-11-10TNI"),
        ),
    ],
)
def test_the_next_night_is_a_time(text: str, row: Row) -> None:
    """ "The next night" is the night after the day the story reached, a time, as "the next
    morning" is; "the previous night" the one before."""
    assert _mentions(text, genre="narrative")[-1] == row


@pytest.mark.parametrize(
    ("text", "row"),
    [
        (
            "By the end of 1963 some 16,000 advisers were there; Diem had been killed on 2 "
            "November of that year.",
            ("2 November of that year", "DATE", "1963-11-02"),
        ),
        (
            "The treaty was signed in 1919 and took effect on January 10 of the following year.",
            ("January 10 of the following year", "DATE", "1920-01-10"),
        ),
    ],
)
def test_a_day_of_a_year_counted_from_the_story_is_one_date(text: str, row: Row) -> None:
    """ "2 November of that year" is one date, that day of the year the story is in."""
    assert _mentions(text, genre="narrative")[-1] == row


@pytest.mark.parametrize(
    "text",
    [
        "=== Christmas truce ===",
        "Main article: Christmas truce",
        "The Christmas truce was a series of unofficial ceasefires.",
        "After the Tet offensive American support for the war declined.",
        "The Easter offensive was repelled with American air power.",
        "Main article: Operation Desert Storm",
        "The 1st Cavalry Division crossed the Ebro with 80,000 men.[4]",
        "The Hundred Days Offensive ended the war.",
    ],
)
def test_named_offensives_headings_and_counts_are_no_dates(text: str) -> None:
    """Holidays that open the names of truces and offensives in sentence case, hatnotes,
    numbered divisions and counts are no dates."""
    assert _found(text) == []
