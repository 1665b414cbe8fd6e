"""Held-out genre, twenty-ninth round: Cold War crises and diplomacy.

Passages written for these tests in the style of English Wikipedia's articles on the crises and
negotiations of the Cold War: the Berlin Blockade and its airlift, the Korean armistice talks,
Suez, Khrushchev's Berlin ultimatum and the Wall, the Cuban Missile Crisis, the Prague Spring,
Able Archer 83, the fall of the Berlin Wall and the arms-control treaties; read as narratives
with no document date (and with genre auto, which picks narrative without one): each relative
date is anchored by the text's own dates.

Earlier rounds (tests/test_war*.py, tests/test_histories_*.py, tests/test_noticed_gaps_*.py)
already test "the night of 5/6 June" (two dates), "the morning of July 1" (its date only, as
TimeBank's "the night of Oct. 23"), "shortly before midnight", "within 48 hours", "the next
morning", "N years later" in apposition to a year ("in 1990, 45 years later": 1990), and
"Black Monday, 19 October 1987" (the date only); they are used here only as steps of the text.

Conventions followed (the project's, after TimeBank):
- "for thirteen days", "within 24 hours", "over eleven months": the length alone, a DURATION;
  "a 13-day confrontation", "a 25-year term" keep their unit's adjective; "every minute",
  "every five years" are SETs;
- "at 10:00 on 27 July 1953", "one minute after midnight on 12 May 1949" are one TIME; "twelve
  hours later" a TIME of the day told; "Late that evening" a part of it (END);
- a lead's span in brackets ("(24 June 1948 – 12 May 1949)") sets the years of the months
  the story then tells without one;
- designations and counts are no dates: exercises ("Able Archer 83"), resolutions ("Resolution
  242"), missiles and aircraft ("SS-20", "R-12", "U-2", "Pershing II"), alert levels ("DEFCON
  2"), crossings ("Checkpoint Charlie"), parallels ("the 38th parallel"), operations
  ("Operation Anadyr"), charters ("Charter 77"), congresses ("the 20th Party Congress"),
  flights ("Flight 007"), counts of flights, tons and meetings ("277,000 flights", "2.3
  million tons", "the 158th meeting"); so are names of events after a month or a season
  ("the Prague Spring", "the October War", "the Six-Day War").
New here:
- a month without a year after the story has told a span to its end is the story's next, not
  the span's first: "(24 June 1948 – 12 May 1949) ... lifted the blockade at one minute after
  midnight on 12 May 1949, although the airlift continued until September" is September 1949
  (was 1948), as "lasted from 8 September 1941 to 27 January 1944 ... lifted on 27 January
  1944, and in October" is October 1944 (was 1941); right after the span is named ("The war
  lasted from 19 July 1870 to 28 January 1871. On 1 September") the story still tells it from
  its start (1870), and a look back in the past perfect keeps the date behind;
- an ordinal word after "in" and a month, before a noun, is an adjective, not the day: "in
  December the first evacuees were resettled", "In October the second wave sailed" are the
  month (were "December the first", a day); "on December the first" is still the day;
- a day or a night counted in words runs past the twelfth, as the figures do ("the 13th day"):
  "On the thirteenth day of the crisis", "By the twenty-third day", "On the fifteenth night"
  (were nothing); not "the thirteenth day in a row", "the thirteenth day back";
- an ordinal word's day of a month without a year is that day, as with a year: "on the
  twenty-sixth day of July" is 26 July of the story's year (was "July").
"""

from __future__ import annotations

import pytest
from passages import ModRow
from passages import found_in_narrative as _found
from passages import mentions_with_mods as _mentions_with_mods


def _narrative(text: str) -> list[ModRow]:
    return _mentions_with_mods(text, genre="narrative")


BERLIN_BLOCKADE = (
    "The Berlin Blockade (24 June 1948 – 12 May 1949) was one of the first major crises of the "
    "Cold War. The Soviet Union cut the rail and road routes to the western sectors of Berlin on "
    "24 June, and the Western Allies began the Berlin Airlift two days later. From June 1948 to "
    "May 1949 the airlift flew some 277,000 flights over eleven months and delivered 2.3 million "
    "tons of supplies. At its peak in April 1949, a plane landed every minute; on the Easter "
    "Parade on 16 April, crews flew 1,398 flights in 24 hours. The Soviets lifted the blockade "
    "at one minute after midnight on 12 May 1949, although the airlift continued until "
    "September."
)

BERLIN_BLOCKADE_TABLE: list[ModRow] = [
    ("24 June 1948", "DATE", "1948-06-24"),
    ("12 May 1949", "DATE", "1949-05-12"),
    ("24 June", "DATE", "1948-06-24"),
    ("two days later", "DATE", "1948-06-26"),
    ("June 1948", "DATE", "1948-06"),
    ("May 1949", "DATE", "1949-05"),
    # "some 277,000 flights" and "2.3 million tons" are counts
    ("eleven months", "DURATION", "P11M"),
    ("April 1949", "DATE", "1949-04"),
    ("every minute", "SET", "PT1M"),
    # "the Easter Parade" is the airlift's name for the day, no Easter
    ("16 April", "DATE", "1949-04-16"),
    ("24 hours", "DURATION", "PT24H"),
    ("one minute after midnight on 12 May 1949", "TIME", "1949-05-12T00:01"),
    # the story told the blockade's span to its end: the September after it (was 1948's)
    ("September", "DATE", "1949-09"),
]


KOREAN_ARMISTICE = (
    "Armistice talks began at Kaesong in July 1951 and dragged on for two years, chiefly over the "
    "repatriation of prisoners. In October the talks moved to Panmunjom, near the 38th parallel. "
    "The 158th meeting of the delegations, held in the spring of 1953, produced an agreement on "
    "the exchange of sick and wounded prisoners, Operation Little Switch. The Korean Armistice "
    "Agreement was signed on 27 July 1953 at 10:00, and the fighting stopped twelve hours later. "
    "No peace treaty followed, and seventy years later the two Koreas remain technically at war."
)

KOREAN_ARMISTICE_TABLE: list[ModRow] = [
    ("July 1951", "DATE", "1951-07"),
    ("two years", "DURATION", "P2Y"),
    ("October", "DATE", "1951-10"),
    # "the 38th parallel" and "The 158th meeting" are no dates
    ("the spring of 1953", "DATE", "1953-SP"),
    ("27 July 1953 at 10:00", "TIME", "1953-07-27T10:00"),
    ("twelve hours later", "TIME", "1953-07-27T22:00"),
    ("seventy years later", "DATE", "2023"),
]


SUEZ = (
    "Nasser nationalised the Suez Canal Company on 26 July 1956. Israel invaded the Sinai on 29 "
    "October, and the next day Britain and France issued an ultimatum demanding a ceasefire "
    "within 12 hours. When it expired, Anglo-French bombers attacked Egyptian airfields on the "
    "evening of 31 October. Paratroopers landed at Port Said on 5 November, but under American "
    "financial pressure Eden agreed to a ceasefire at midnight on 6 November. The last British "
    "troops left in December, and Eden resigned the following January."
)

SUEZ_TABLE: list[ModRow] = [
    ("26 July 1956", "DATE", "1956-07-26"),
    ("29 October", "DATE", "1956-10-29"),
    ("the next day", "DATE", "1956-10-30"),
    ("12 hours", "DURATION", "PT12H"),
    # "the evening of 31 October": its date only, as TimeBank's "the night of Oct. 23"
    ("31 October", "DATE", "1956-10-31"),
    ("5 November", "DATE", "1956-11-05"),
    ("midnight on 6 November", "TIME", "1956-11-06T24:00"),
    ("December", "DATE", "1956-12"),
    ("the following January", "DATE", "1957-01"),
]


BERLIN_ULTIMATUM = (
    "On 27 November 1958 Khrushchev gave the Western powers six months to withdraw their troops "
    "from West Berlin. The deadline of 27 May 1959 passed quietly, as the foreign ministers were "
    "then meeting in Geneva. The crisis flared again in June 1961, and in the early hours of "
    "Sunday, 13 August, East German troops sealed the border. On 27 October American and Soviet "
    "tanks faced each other at Checkpoint Charlie for sixteen hours, until both sides withdrew "
    "the next morning. The Wall would stand for the next 28 years."
)

BERLIN_ULTIMATUM_TABLE: list[ModRow] = [
    ("27 November 1958", "DATE", "1958-11-27"),
    ("six months", "DURATION", "P6M"),
    ("27 May 1959", "DATE", "1959-05-27"),
    ("June 1961", "DATE", "1961-06"),
    ("Sunday, 13 August", "DATE", "1961-08-13"),
    ("27 October", "DATE", "1961-10-27"),
    ("sixteen hours", "DURATION", "PT16H"),
    ("the next morning", "TIME", "1961-10-28TMO"),
    ("the next 28 years", "DURATION", "P28Y"),
]


CUBA = (
    "The Cuban Missile Crisis was a 13-day confrontation between the United States and the Soviet "
    "Union in October 1962. Under Operation Anadyr, the Soviets had begun shipping R-12 missiles "
    "to Cuba in July. On the morning of 16 October, Kennedy was shown U-2 photographs of the "
    "sites. At 19:00 on 22 October he announced a naval quarantine of the island, and on 24 "
    "October Strategic Air Command went to DEFCON 2. Late that evening Khrushchev sent a defiant "
    "letter. On 27 October a U-2 was shot down over Cuba, and the next morning Khrushchev "
    "announced that the missiles would be dismantled. The crisis had lasted for thirteen days."
)

CUBA_TABLE: list[ModRow] = [
    ("13-day", "DURATION", "P13D"),
    ("October 1962", "DATE", "1962-10"),
    # the past perfect's July is the one before the crisis
    ("July", "DATE", "1962-07"),
    ("16 October", "DATE", "1962-10-16"),
    ("19:00 on 22 October", "TIME", "1962-10-22T19:00"),
    ("24 October", "DATE", "1962-10-24"),
    ("Late that evening", "TIME", "1962-10-24TEV", "END"),
    ("27 October", "DATE", "1962-10-27"),
    ("the next morning", "TIME", "1962-10-28TMO"),
    ("thirteen days", "DURATION", "P13D"),
]


PRAGUE_SPRING = (
    "The Prague Spring began on 5 January 1968, when Alexander Dubček was elected First Secretary "
    "of the Communist Party of Czechoslovakia. In April the party adopted its Action Programme, "
    "and in June censorship was abolished. On the night of 20–21 August, some 250,000 Warsaw "
    "Pact troops invaded the country, and within 24 hours they had occupied Prague. Dubček was "
    "flown to Moscow and forced to sign the Moscow Protocol on 26 August. In January 1969 the "
    "student Jan Palach set himself on fire in Wenceslas Square, and by the end of the year "
    "Dubček had been removed from office."
)

PRAGUE_SPRING_TABLE: list[ModRow] = [
    # "The Prague Spring" is the name of the reform, no season
    ("5 January 1968", "DATE", "1968-01-05"),
    ("April", "DATE", "1968-04"),
    ("June", "DATE", "1968-06"),
    # a night over two days: two dates (tests/test_war.py)
    ("20", "DATE", "1968-08-20"),
    ("21 August", "DATE", "1968-08-21"),
    ("24 hours", "DURATION", "PT24H"),
    ("26 August", "DATE", "1968-08-26"),
    ("January 1969", "DATE", "1969-01"),
    ("the end of the year", "DATE", "1969", "END"),
]


ABLE_ARCHER = (
    "Able Archer 83 was a NATO command post exercise held in Western Europe from 7 to 11 "
    "November 1983. It came at a tense moment: Soviet interceptors had shot down Korean Air Lines "
    "Flight 007 on 1 September, and the first Pershing II missiles, answering the Soviet SS-20, "
    "were due in West Germany before the end of the year. Soviet intelligence, searching for "
    "signs of a surprise attack under Operation RYaN since 1981, placed some air units on alert. "
    "The exercise ended on 11 November, and the alert subsided by the end of the week. The "
    "episode was little known until a British report was declassified in 2013, thirty years "
    "later."
)

ABLE_ARCHER_TABLE: list[ModRow] = [
    # "Able Archer 83" is the exercise's name, "Flight 007" a flight's number
    ("7", "DATE", "1983-11-07"),
    ("11 November 1983", "DATE", "1983-11-11"),
    ("1 September", "DATE", "1983-09-01"),
    ("the end of the year", "DATE", "1983", "END"),
    ("1981", "DATE", "1981"),
    ("11 November", "DATE", "1983-11-11"),
    # Friday 11 November 1983 is in ISO week 45
    ("the end of the week", "DATE", "1983-W45", "END"),
    ("2013", "DATE", "2013"),
    # in apposition to the year it restates
    ("thirty years later", "DATE", "2013"),
]


BERLIN_WALL = (
    "On the evening of 9 November 1989, Günter Schabowski announced at a press conference that "
    "East Germans could cross the border with immediate effect. Crowds gathered at Checkpoint "
    "Charlie and the other crossings, and shortly before midnight the guards at Bornholmer Straße "
    "opened the gates. Over the next few days more than two million people visited West Berlin. "
    "Demolition of the Wall began officially on 13 June 1990, and Germany was reunified on 3 "
    "October 1990, less than a year after the Wall fell. On the 25th anniversary, in 2014, a line "
    "of balloons marked its course."
)

BERLIN_WALL_TABLE: list[ModRow] = [
    ("9 November 1989", "DATE", "1989-11-09"),
    # "shortly before" is no part of it; the midnight that ends the day told
    ("midnight", "TIME", "1989-11-09T24:00"),
    ("the next few days", "DURATION", "PXD"),
    ("13 June 1990", "DATE", "1990-06-13"),
    ("3 October 1990", "DATE", "1990-10-03"),
    ("less than a year", "DURATION", "P1Y", "LESS_THAN"),
    # an anniversary without its date is not tagged; the year beside it is
    ("2014", "DATE", "2014"),
]


TREATIES = (
    "The Treaty on the Non-Proliferation of Nuclear Weapons was opened for signature on 1 July "
    "1968 and entered into force in 1970. It had a 25-year term, and in 1995 the parties extended "
    "it indefinitely; review conferences are held every five years. The INF Treaty, signed by "
    "Reagan and Gorbachev on 8 December 1987, eliminated the SS-20 and the Pershing II, and by "
    "the deadline of 1 June 1991 some 2,692 missiles had been destroyed. The United States "
    "withdrew in 2019, and the treaty expired on 2 August of that year."
)

TREATIES_TABLE: list[ModRow] = [
    ("1 July 1968", "DATE", "1968-07-01"),
    ("1970", "DATE", "1970"),
    ("a 25-year term", "DURATION", "P25Y"),
    ("1995", "DATE", "1995"),
    ("every five years", "SET", "P5Y"),
    ("8 December 1987", "DATE", "1987-12-08"),
    ("1 June 1991", "DATE", "1991-06-01"),
    ("2019", "DATE", "2019"),
    ("2 August of that year", "DATE", "2019-08-02"),
]


PASSAGES = [
    pytest.param(BERLIN_BLOCKADE, BERLIN_BLOCKADE_TABLE, id="berlin-blockade"),
    pytest.param(KOREAN_ARMISTICE, KOREAN_ARMISTICE_TABLE, id="korean-armistice"),
    pytest.param(SUEZ, SUEZ_TABLE, id="suez"),
    pytest.param(BERLIN_ULTIMATUM, BERLIN_ULTIMATUM_TABLE, id="berlin-ultimatum"),
    pytest.param(CUBA, CUBA_TABLE, id="cuba"),
    pytest.param(PRAGUE_SPRING, PRAGUE_SPRING_TABLE, id="prague-spring"),
    pytest.param(ABLE_ARCHER, ABLE_ARCHER_TABLE, id="able-archer"),
    pytest.param(BERLIN_WALL, BERLIN_WALL_TABLE, id="berlin-wall"),
    pytest.param(TREATIES, TREATIES_TABLE, id="treaties"),
]


@pytest.mark.parametrize(("text", "table"), PASSAGES)
def test_cold_war_crises_read_as_their_tables(text: str, table: list[ModRow]) -> None:
    """Each passage, read as a narrative, yields exactly its table."""
    assert _narrative(text) == table


@pytest.mark.parametrize(("text", "table"), PASSAGES)
def test_genre_auto_reads_them_as_narratives(text: str, table: list[ModRow]) -> None:
    """With no document date, genre auto reads each passage as the narrative it is."""
    assert _mentions_with_mods(text, genre="auto") == table


@pytest.mark.parametrize(
    "text",
    [
        "Able Archer 83 alarmed Moscow; Able Archer 84 was scaled down.",
        "Resolution 242 and Resolution 338 called for withdrawal; then came Resolution 1441.",
        "The SS-20, the R-12 and the R-14 were targeted; a U-2 and an SR-71 flew overhead.",
        "SAC went to DEFCON 2 and the Navy stayed at DEFCON 3; DEFCON 1 was never declared.",
        "Crowds gathered at Checkpoint Charlie; the line ran near the 38th parallel.",
        "Operation Anadyr, Operation Vittles and Operation Little Switch were secret.",
        "Some 277,000 flights delivered 2.3 million tons; the 158th meeting and the 575th met.",
        "The Pershing II, the Tu-95, the MiG-21 and the Il-28 were deployed; Flight 007 was lost.",
        "Charter 77 was signed by hundreds; SALT I, SALT II, START I and New START followed.",
        "The 20th Party Congress heard the Secret Speech; the 22nd Congress removed Stalin.",
        "The October War, the Six-Day War and the Prague Spring strained détente.",
    ],
)
def test_designations_counts_and_names_of_events_are_no_dates(text: str) -> None:
    """Exercises, resolutions, missiles, aircraft, alert levels, crossings, parallels,
    operations, charters, treaties, congresses, flights, counts of flights, tons and meetings,
    and events named by a month or a season: nothing."""
    assert _found(text) == []


@pytest.mark.parametrize(
    ("text", "row"),
    [
        pytest.param(
            "The Berlin Blockade lasted from June 1948 to May 1949. The Soviets lifted it on "
            "12 May 1949, although the airlift went on until September.",
            ("September", "DATE", "1949-09"),
            id="months-span",
        ),
        pytest.param(
            "The siege of Leningrad lasted from 8 September 1941 to 27 January 1944. The "
            "blockade was fully lifted on 27 January 1944, and in October the city's trams ran "
            "again.",
            ("October", "DATE", "1944-10"),
            id="days-span",
        ),
        pytest.param(
            "The Winter War was fought from 30 November 1939 to 13 March 1940. The guns fell "
            "silent at noon on 13 March 1940, and in December the evacuees were resettled.",
            ("December", "DATE", "1940-12"),
            id="clock-at-the-end",
        ),
    ],
)
def test_a_month_after_the_spans_end_is_the_storys_next(text: str, row: ModRow) -> None:
    """A month without a year, once the story has told the span to its end ("lifted it on 12
    May 1949, although the airlift went on until September"), is the one after it (1949), not
    the span's first (1948)."""
    assert _narrative(text)[-1] == row


@pytest.mark.parametrize(
    ("text", "row"),
    [
        # right after the span is named, the story tells it from its start
        pytest.param(
            "The war lasted from 19 July 1870 to 28 January 1871. On 1 September the French "
            "were beaten at Sedan.",
            ("1 September", "DATE", "1870-09-01"),
            id="span-just-named",
        ),
        # a look back in the past perfect, at the span's end, keeps the date behind
        pytest.param(
            "The war lasted from 19 July 1870 to 28 January 1871. The armistice was signed on 28 "
            "January 1871. On 1 September the French had lost at Sedan.",
            ("1 September", "DATE", "1870-09-01"),
            id="look-back",
        ),
        # inside the span, the one still ahead of the story
        pytest.param(
            "The siege lasted from 8 September 1941 to 27 January 1944. On 18 January 1943 a "
            "corridor was opened, and in October the trains ran.",
            ("October", "DATE", "1943-10"),
            id="inside-the-span",
        ),
        # the span's end closing it: its last such month
        pytest.param(
            "The war lasted from 1914 to 1918 and ended in November.",
            ("November", "DATE", "1918-11"),
            id="ended-in",
        ),
    ],
)
def test_a_month_inside_a_span_keeps_its_year(text: str, row: ModRow) -> None:
    """A month told right after a span is named, inside it, or looked back to in the past
    perfect keeps the span's year."""
    assert _narrative(text)[-1] == row


@pytest.mark.parametrize(
    ("text", "row"),
    [
        pytest.param(
            "The Winter War ended in March 1940, and in December the first evacuees were "
            "resettled.",
            ("December", "DATE", "1940-12"),
            id="the-first-evacuees",
        ),
        pytest.param(
            "The airlift began in June 1948. In October the second runway opened at Tegel.",
            ("October", "DATE", "1948-10"),
            id="the-second-runway",
        ),
        pytest.param(
            "The talks opened in 1951. In July the twentieth meeting broke up in anger.",
            ("July", "DATE", "1951-07"),
            id="the-twentieth-meeting",
        ),
    ],
)
def test_an_ordinal_before_a_noun_after_in_a_month_is_no_day(text: str, row: ModRow) -> None:
    """ "in December the first evacuees were resettled": the month, "first" an adjective of
    the noun after it (was "December the first", a day)."""
    assert _narrative(text)[-1] == row


@pytest.mark.parametrize(
    ("text", "row"),
    [
        pytest.param(
            "The treaty was signed in 1990. It took effect on December the first.",
            ("December the first", "DATE", "1990-12-01"),
            id="on-the-day",
        ),
        pytest.param(
            "The talks opened in 1951. In June the delegates agreed that the truce would begin "
            "on July the twentieth.",
            ("July the twentieth", "DATE", "1951-07-20"),
            id="in-a-month-then-on-the-day",
        ),
        pytest.param(
            "The exercise began in 1983. In November the 2nd Brigade deployed.",
            ("November", "DATE", "1983-11"),
            id="a-unit",
        ),
    ],
)
def test_an_ordinal_day_after_on_is_the_day(text: str, row: ModRow) -> None:
    """ "on December the first" stays the day; "In November the 2nd Brigade" the month, as
    before."""
    assert _narrative(text)[-1] == row


@pytest.mark.parametrize(
    ("text", "row"),
    [
        pytest.param(
            "The crisis began on 16 October 1962. On the thirteenth day of the crisis the "
            "Soviets backed down.",
            ("the thirteenth day", "DATE", "1962-10-28"),
            id="thirteenth-day-of",
        ),
        pytest.param(
            "The siege of Khe Sanh began on 21 January 1968. By the twenty-third day the "
            "airstrip was under constant fire.",
            ("the twenty-third day", "DATE", "1968-02-12"),
            id="by-the-twenty-third-day",
        ),
        pytest.param(
            "The blockade began on 24 June 1948. On the fifteenth night the first coal flights "
            "landed at Gatow.",
            ("the fifteenth night", "TIME", "1948-07-08TNI"),
            id="fifteenth-night",
        ),
    ],
)
def test_a_day_counted_past_the_twelfth_in_words(text: str, row: ModRow) -> None:
    """ "On the thirteenth day of the crisis", "By the twenty-third day", "On the fifteenth
    night": counted from the story's first day, as "the twelfth day" and "the 13th day" are
    (were nothing)."""
    assert _narrative(text)[-1] == row


@pytest.mark.parametrize(
    "text",
    [
        "The siege began on 1 March 1943. It was the thirteenth day in a row of rain.",
        "The siege began on 1 March 1943. On the thirteenth day back they rested.",
        "The siege began on 1 March 1943. The fourteenth day's fighting was the worst.",
    ],
)
def test_a_counted_day_in_a_row_or_back_is_no_date(text: str) -> None:
    """ "the thirteenth day in a row", "the thirteenth day back", "the fourteenth day's
    fighting": no day of the story, as with "the second day"."""
    assert _narrative(text) == [("1 March 1943", "DATE", "1943-03-01")]


@pytest.mark.parametrize(
    ("text", "row"),
    [
        pytest.param(
            "The talks opened at Kaesong on 10 July 1951. The agenda was adopted on the "
            "twenty-sixth day of July.",
            ("the twenty-sixth day of July", "DATE", "1951-07-26"),
            id="twenty-sixth-day-of-july",
        ),
        pytest.param(
            "The offensive began in 1943. On the fourteenth day of March the garrison surrendered.",
            ("the fourteenth day of March", "DATE", "1943-03-14"),
            id="fourteenth-day-of-march",
        ),
        # a day of the event, not of a month: counted from the story's day
        pytest.param(
            "The siege began on 1 March 1943. It fell on the fourteenth day of the siege.",
            ("the fourteenth day", "DATE", "1943-03-14"),
            id="day-of-the-siege",
        ),
    ],
)
def test_an_ordinal_words_day_of_a_month_without_a_year(text: str, row: ModRow) -> None:
    """ "the twenty-sixth day of July" without a year is that day of the story's year, as "the
    26th day of July" and "the twenty-sixth day of July, 1951" are (was the month alone)."""
    assert _narrative(text)[-1] == row


def test_a_black_friday_of_history_is_no_shopping_day() -> None:
    """ "On 13 August 1948, remembered as Black Friday, a crash closed Tempelhof": the date
    only, as "Black Monday, 19 October 1987" is."""
    text = (
        "The airlift began in June 1948. On 13 August 1948, remembered as Black Friday, a crash "
        "closed Tempelhof."
    )
    assert _narrative(text) == [
        ("June 1948", "DATE", "1948-06"),
        ("13 August 1948", "DATE", "1948-08-13"),
    ]


def test_the_nth_day_of_the_crisis_counts_from_the_crisis() -> None:
    """ "The crisis began on 16 October 1962. On 27 October ..., and on the thirteenth day of
    the crisis": 28 October."""
    text = (
        "The crisis began on 16 October 1962. On 27 October a U-2 was shot down, and on the "
        "thirteenth day of the crisis Khrushchev backed down."
    )
    assert _narrative(text)[-1] == ("the thirteenth day", "DATE", "1962-10-28")


def test_by_a_month_before_an_ordinal_adjective_is_the_month() -> None:
    """ "By June the first planes were landing every three minutes": June, not 1 June."""
    text = "The airlift began in 1948. By June the first planes were landing every three minutes."
    assert _narrative(text) == [
        ("1948", "DATE", "1948"),
        ("June", "DATE", "1948-06"),
        ("every three minutes", "SET", "PT3M"),
    ]
