"""Held-out genre, fifteenth round: Wikipedia war histories read as narratives, after 1945.

Passages written for these tests in the style of English Wikipedia's lead and "Course of the
war" sections on the wars after 1945 (Korea, the First Indochina War, Tet, the Six-Day and Yom
Kippur wars, the Indo-Pakistani war of 1971, the Falklands, Iran-Iraq, the Gulf War, the siege
of Sarajevo, the Chechen wars, the 2003 invasion of Iraq), read as held-out war histories are:
with ``genre="narrative"`` and the date of the Wikipedia download as the document date. Earlier
rounds (tests/test_war*.py, tests/test_history.py, tests/test_histories_*.py) already test
"H-Hour was 6:30 a.m.", "D+3", "0300Z on 30 January", "0430 local time on", "the night of 5/6
June", "within 48 hours", "the following morning", "a war named by its year", "the Tet holiday
of 1968", "the previous October", "as of" a year and "to this day"; they are used here only as
steps of the story. Conventions as in those files: "the evening of 3 December" tags only the
date, "the night of 25/26 November" its two days, "the 1,425-day siege" the length, a war
named by its year ("the 1973 war", "the Indo-Pakistani War of 1971") the year; resolutions,
parallels, hills, routes, highways, units, aircraft, tanks, missiles and task forces
("Resolution 678", "the 38th parallel", "Hill 255", "Route 9", "the 101st Airborne", "MiG-21",
"T-72", "Exocet AM39", "Task Force 317") are no dates; "the Six-Day War" and "the Yom Kippur
War" are names, not a length nor the holiday. "during the monsoon" and "the end of the
monsoon" are weather, a season with no calendar value: not tagged.
New here:
- a clock time with "that same evening" keeps its 24-hour hour: "at 22:00 that same evening"
  is 22:00 of the day, not 34:00 (only a 12-hour clock takes the half from the part of day);
- "By early August the Eighth Army held": "the Eighth" before a capitalised name is a unit,
  not the 8th of the month ("March the fourth", "May the Fourth Be With You" stay days);
- Zulu time keeps its offset when written out: "0230 hours Zulu time", "21:00 Zulu time on 14
  June" (one TIME with its day), and "(23:38 Zulu time on 16 January)" in brackets after the
  local time is one TIME of its own day;
- a ground offensive's "G+2" counts from its G-Day as "D+3" does from D-Day;
- "the following morning" after a story that reached midnight ("Beatrice fell before midnight.
  Gabrielle fell the following morning") is the morning after that night, not a day later;
- a holiday named before any year ("during the Tet holiday, which fell on 30 January 1968")
  is placed in the download's year only as a guess: the full date in the relative clause
  after it dates the story, so "On 31 January" is 1968's.
"""

from __future__ import annotations

import pytest
from passages import Row
from passages import mentions as _mentions

# the date of the Wikipedia download the held-out articles come with
DOWNLOAD = "2023-09-12"


def _narrative(text: str) -> list[Row]:
    return _mentions(text, genre="narrative", dct=DOWNLOAD)


KOREA = (
    "The Korean War began on 25 June 1950, when North Korean forces crossed the 38th parallel at "
    "about 04:00 local time. The UN Security Council passed Resolution 82 the same day and "
    "Resolution 83 on 27 June, and Seoul fell the following day. By early August the "
    "Eighth Army held only the Pusan Perimeter. The landing at Inchon, Operation Chromite, took "
    "place on 15 September 1950; H-Hour for the first wave on Wolmido was 06:30. By D+3 the "
    "Marines had taken Kimpo airfield, and Seoul was retaken on 28 September. UN forces crossed "
    "the 38th parallel on 1 October. During the night of 25/26 November the Chinese struck the "
    "Eighth Army on the Chongchon, and within two weeks the UN front had collapsed. The retreat "
    "from the Chosin Reservoir lasted 17 days. Seoul changed hands for the fourth time in March "
    "1951. Armistice talks opened at Kaesong on 10 July 1951 and dragged on for two years. The "
    "fighting for Pork Chop Hill and Hill 255 continued into the summer of 1953. The armistice was "
    "signed at 10:00 on 27 July 1953, and the ceasefire took effect at 22:00 that same evening. "
    "No peace treaty has been signed to this day."
)

INDOCHINA = (
    "The First Indochina War began in Hanoi on 19 December 1946 and ended with the Geneva Accords "
    "of 21 July 1954. In the autumn of 1950 the Viet Minh overran the French posts along Route 4, "
    "and by the end of the year the frontier with China was open. General de Lattre arrived in "
    "December, and in January 1951 he defeated Giap at Vinh Yen. The French occupied the valley of "
    "Dien Bien Phu on 20 November 1953 in Operation Castor. The Viet Minh attack on the garrison "
    "began at 17:00 on 13 March 1954, and strongpoint Beatrice fell that night. Gabrielle "
    "fell two days later. During the monsoon the airstrip flooded and supplies had to be "
    "dropped by parachute. The last positions were overrun on 7 May, after 56 days of siege. The "
    "Geneva Conference opened the next day. Two months later the country was divided at the 17th "
    "parallel. The previous October France had already granted Laos full independence."
)


TET = (
    "The Tet Offensive was launched on 30 January 1968, the first day of the lunar new "
    "year. Both sides had announced a truce for the holiday, but the communists had used "
    "the previous weeks to move troops into the cities. The first attacks began shortly after "
    "midnight in the central highlands. In Saigon a sapper team blew "
    "a hole in the wall of the US Embassy at 02:45 on 31 January, and the compound was cleared "
    "about six hours later. Hue was taken within hours, and the battle for the city lasted 26 "
    "days. The siege of the Marine base at Khe Sanh, on Route 9, had begun on 21 January and "
    "lasted 77 days. The 1st Cavalry Division and the 101st Airborne reached the base in Operation "
    "Pegasus in early April. A second wave of attacks, the May Offensive, followed in the spring "
    "of 1968. Johnson announced on 31 March that he "
    "would not seek re-election, and talks opened in Paris in May. By late 1968 the Viet Cong had "
    "lost most of its cadres."
)

SIX_DAY = (
    "The Six-Day War was fought between 5 and 10 June 1967 by Israel and a coalition of Egypt, "
    "Syria and Jordan. Egypt had closed the Straits of Tiran on 22 May. At 07:45 Israeli time on "
    "5 June the Israeli Air Force launched Operation Focus, destroying most of the Egyptian air "
    "force on the ground within three hours. Its Mirage IIIs and Vautours struck airfields where "
    "MiG-21s and Tu-16s stood in rows. The ground offensive in the Sinai began the same morning. "
    "Jordan opened fire on West Jerusalem shortly before noon, and by the evening of 7 June Israel "
    "held the Old City. Egypt accepted a ceasefire on 8 June. On 10 June the Golan Heights were "
    "taken, and the ceasefire with Syria took effect at 18:30 that same evening. On 22 "
    "November 1967 the UN Security Council adopted Resolution 242. In the years since, the "
    "occupation of the territories has remained the core of the conflict."
)

YOM_KIPPUR = (
    "The Yom Kippur War, also known as the 1973 Arab–Israeli War or the October War, began on 6 "
    "October 1973, on the holiest day of the Jewish calendar. Egyptian artillery opened fire at "
    "14:00, and within hours the first infantry had crossed the canal. By the morning of 7 October "
    "five divisions were on the east bank. On the Golan Heights some 1,400 Syrian T-55 and T-62 "
    "tanks attacked, and for the first 48 hours the Israeli brigades held alone. Israel's "
    "counterattack in the Sinai failed on 8 October. The Egyptian offensive of 14 October was "
    "repulsed, and during the night of 15/16 October Sharon's division crossed the canal. "
    "Resolution 338 called for a ceasefire on 22 October, but the fighting went on for three more "
    "days. The war lasted 19 days. The 1973 war led to the Camp David Accords five years later."
)

BANGLADESH = (
    "The Indo-Pakistani War of 1971 was fought between India and Pakistan from 3 December 1971 "
    "until the Pakistani surrender in Dacca on 16 December 1971. The crisis had begun with "
    "Operation Searchlight, the Pakistani army's crackdown in East Pakistan on the night of 25 "
    "March 1971. In mid-1971 some ten million refugees had crossed into India. Indian planners "
    "waited for the end of the monsoon, when the rivers fell and the ground hardened. The war "
    "began on the evening of 3 December, when the Pakistan Air Force struck eleven Indian "
    "airfields at 17:40 local time. India declared war the same night. On the night of 4/5 "
    "December Indian missile boats attacked Karachi. Indian columns advanced on Dacca from three "
    "sides, and by 14 December the city was within range of their guns. The instrument of "
    "surrender was signed at 16:31 on 16 December. The war had lasted 13 days. A year later the "
    "Simla Agreement set the Line of Control."
)

FALKLANDS = (
    "The Falklands War was a ten-week undeclared war between Argentina and the United Kingdom in "
    "1982. Argentine forces landed on the islands on 2 April and on South Georgia the following "
    "day. The British task force sailed from Portsmouth on 5 April. On 2 May the submarine HMS "
    "Conqueror sank the cruiser General Belgrano, and two days later an Exocet AM39 fired by a "
    "Super Étendard struck HMS Sheffield. Task Force 317 entered the Total Exclusion Zone at the "
    "end of April. The landings at San Carlos began in the early hours of 21 May, with H-Hour at "
    "0230 hours Zulu time. Over the next five days Argentine aircraft sank four ships. Goose Green "
    "was taken on 28 May after a battle of some 14 hours. The final assault on the hills around "
    "Stanley began on the night of 11/12 June. Menéndez surrendered at 21:00 Zulu time on 14 June. "
    "The war lasted 74 days and cost the lives of 649 Argentine and 255 British servicemen."
)

IRAN_IRAQ = (
    "The Iran–Iraq War began on 22 September 1980, when Iraq invaded Iran, and lasted almost "
    "eight years. The Iraqi air force struck ten Iranian airfields at about 12:00 local time, and "
    "the next morning Iraqi divisions crossed the border along a 644 km front. Khorramshahr fell "
    "on 24 October after a month of street fighting. By 1982 Iran had regained almost all of its "
    "lost territory, and Khorramshahr was retaken in May of that year. The war then settled into "
    "a war of attrition. In the spring of 1984 Iraq began attacking tankers in the Gulf. The first "
    "battle of al-Faw took place in February 1986. The War of the Cities reached its peak in the "
    "spring of 1988, when the Iraqis fired some 200 Scuds at Tehran over the next 52 days. "
    "Resolution 598 had been adopted the previous July. Iran accepted it on 18 July 1988, and the "
    "ceasefire took effect on 20 August 1988. In the final weeks of the war both sides launched "
    "offensives to gain ground. The war cost at least half a million lives."
)

GULF = (
    "The Gulf War was fought by a coalition of 35 nations led by the United States against Iraq "
    "in response to its invasion of Kuwait on 2 August 1990. On 29 November 1990 the Security "
    "Council adopted Resolution 678, which set a deadline of 15 January 1991. Operation Desert "
    "Storm began on 17 January with an air campaign. The first strikes went in at 02:38 local time "
    "(23:38 Zulu time on 16 January), when Apache helicopters destroyed radar sites along the "
    "border. Over the next 38 days coalition aircraft flew more than 100,000 sorties. The ground "
    "offensive started at 04:00 local time on 24 February. G-Day was 24 February, and by G+2 the "
    "Iraqi forces were in full retreat from Kuwait City along Highway 80. The ground war ended "
    "within 100 hours, and President Bush declared a ceasefire at 08:00 on 28 February. Iraq "
    "accepted the terms at Safwan on 3 March. The 1990s were marked by the sanctions and the "
    "no-fly zones."
)

SARAJEVO = (
    "The siege of Sarajevo was the longest siege of a capital city in modern warfare. It lasted "
    "from 5 April 1992 to 29 February 1996, 1,425 days in all. The Army of Republika Srpska, with "
    "some 13,000 troops on the hills around the city, shelled it daily with T-55 tanks, mortars "
    "and howitzers. On 2 May 1992 the Bosnian Territorial Defence repulsed an attack on the city "
    "centre. The airport was handed over to the UN on 29 June, and the airlift that began the "
    "next day ran for three and a half years. On 5 February 1994 a shell killed 68 people at the "
    "Markale marketplace. A second shell struck the market on 28 August 1995, and NATO began "
    "Operation Deliberate Force two days later. The Dayton Agreement was initialled on 21 November "
    "1995. The Bosnian government declared the 1,425-day siege over on 29 February 1996. Some "
    "11,541 people had been killed, among them 1,601 children. The tunnel under the airport is a "
    "museum as of 2023."
)

CHECHNYA = (
    "The First Chechen War was fought from December 1994 to August 1996. Russian columns crossed "
    "into Chechnya on 11 December 1994, and the assault on Grozny began on the night of 31 "
    "December. The 131st Motor Rifle Brigade was almost destroyed near the railway station "
    "within 48 hours. The presidential palace fell on 19 January 1995. That summer Basayev's "
    "raid on Budyonnovsk forced Moscow into talks. The rebels retook Grozny in August 1996, and "
    "the Khasavyurt Accord was signed at the end of the month. The Second Chechen War began "
    "three years later, in August 1999. Russian troops entered Chechnya on 1 October, and Grozny "
    "was besieged from 25 December 1999 to 6 February 2000. The separatists withdrew on the "
    "night of 31 January/1 February. Direct rule from Moscow was proclaimed in June 2000, but "
    "the insurgency went on for almost a decade, and the counter-terrorist operation was "
    "officially ended only on 16 April 2009."
)

IRAQ_2003 = (
    "The 2003 invasion of Iraq lasted from 20 March to 1 May 2003. President Bush's 48-hour "
    "ultimatum to Saddam Hussein expired at 04:00 Baghdad time on 20 March. The first strikes on "
    "Dora Farms went in about 90 minutes later, and the ground invasion began the following "
    "morning. The 3rd Infantry Division advanced along Highway 8, covering some 500 km in the "
    "first five days. A sandstorm halted the advance from 25 to 27 March. On 5 April a brigade "
    "launched the first Thunder Run into Baghdad. Two days later a second raid reached the "
    "palaces. The statue of Saddam in Firdos Square was toppled on the afternoon of 9 April, and "
    "Tikrit fell on 14 April. Three weeks later Bush declared the end of major combat operations "
    "on board the USS Abraham Lincoln. American forces remained in Iraq until December 2011."
)


KOREA_TABLE: list[Row] = [
    ("25 June 1950", "DATE", "1950-06-25"),
    ("04:00", "TIME", "1950-06-25T04:00"),
    ("the same day", "DATE", "1950-06-25"),
    ("27 June", "DATE", "1950-06-27"),
    ("the following day", "DATE", "1950-06-28"),
    ("early August", "DATE", "1950-08"),
    ("15 September 1950", "DATE", "1950-09-15"),
    ("06:30", "TIME", "1950-09-15T06:30"),
    ("D+3", "DATE", "1950-09-18"),
    ("28 September", "DATE", "1950-09-28"),
    ("1 October", "DATE", "1950-10-01"),
    ("25", "DATE", "1950-11-25"),
    ("26 November", "DATE", "1950-11-26"),
    ("two weeks", "DURATION", "P2W"),
    ("17 days", "DURATION", "P17D"),
    ("March 1951", "DATE", "1951-03"),
    ("10 July 1951", "DATE", "1951-07-10"),
    ("two years", "DURATION", "P2Y"),
    ("the summer of 1953", "DATE", "1953-SU"),
    ("10:00 on 27 July 1953", "TIME", "1953-07-27T10:00"),
    ("22:00 that same evening", "TIME", "1953-07-27T22:00"),
    ("this day", "DATE", "PRESENT_REF"),
]

INDOCHINA_TABLE: list[Row] = [
    ("19 December 1946", "DATE", "1946-12-19"),
    ("21 July 1954", "DATE", "1954-07-21"),
    ("the autumn of 1950", "DATE", "1950-FA"),
    ("the end of the year", "DATE", "1950"),
    ("December", "DATE", "1950-12"),
    ("January 1951", "DATE", "1951-01"),
    ("20 November 1953", "DATE", "1953-11-20"),
    ("17:00 on 13 March 1954", "TIME", "1954-03-13T17:00"),
    ("that night", "TIME", "1954-03-13TNI"),
    ("two days later", "DATE", "1954-03-15"),
    ("7 May", "DATE", "1954-05-07"),
    ("56 days", "DURATION", "P56D"),
    ("the next day", "DATE", "1954-05-08"),
    ("Two months later", "DATE", "1954-07"),
    ("The previous October", "DATE", "1953-10"),
]


TET_TABLE: list[Row] = [
    ("30 January 1968", "DATE", "1968-01-30"),
    ("the first day", "DATE", "1968-01-30"),
    ("lunar new year", "DATE", "1968-01-30"),
    ("the previous weeks", "DURATION", "PXW"),
    ("midnight", "TIME", "1968-01-30T24:00"),
    ("02:45 on 31 January", "TIME", "1968-01-31T02:45"),
    ("six hours later", "TIME", "1968-01-31T08:45"),
    ("hours", "DURATION", "PTXH"),
    ("26 days", "DURATION", "P26D"),
    ("21 January", "DATE", "1968-01-21"),
    ("77 days", "DURATION", "P77D"),
    ("early April", "DATE", "1968-04"),
    ("the spring of 1968", "DATE", "1968-SP"),
    ("31 March", "DATE", "1968-03-31"),
    ("May", "DATE", "1968-05"),
    ("late 1968", "DATE", "1968"),
]

SIX_DAY_TABLE: list[Row] = [
    ("5", "DATE", "1967-06-05"),
    ("10 June 1967", "DATE", "1967-06-10"),
    ("22 May", "DATE", "1967-05-22"),
    ("07:45 Israeli time on 5 June", "TIME", "1967-06-05T07:45"),
    ("three hours", "DURATION", "PT3H"),
    ("the same morning", "TIME", "1967-06-05TMO"),
    ("noon", "TIME", "1967-06-05T12:00"),
    ("7 June", "DATE", "1967-06-07"),
    ("8 June", "DATE", "1967-06-08"),
    ("10 June", "DATE", "1967-06-10"),
    ("18:30 that same evening", "TIME", "1967-06-10T18:30"),
    ("22 November 1967", "DATE", "1967-11-22"),
    ("years", "DURATION", "PXY"),
]

YOM_KIPPUR_TABLE: list[Row] = [
    ("1973", "DATE", "1973"),
    ("6 October 1973", "DATE", "1973-10-06"),
    ("14:00", "TIME", "1973-10-06T14:00"),
    ("hours", "DURATION", "PTXH"),
    ("7 October", "DATE", "1973-10-07"),
    ("the first 48 hours", "DURATION", "PT48H"),
    ("8 October", "DATE", "1973-10-08"),
    ("14 October", "DATE", "1973-10-14"),
    ("15", "DATE", "1973-10-15"),
    ("16 October", "DATE", "1973-10-16"),
    ("22 October", "DATE", "1973-10-22"),
    ("three more days", "DURATION", "P3D"),
    ("19 days", "DURATION", "P19D"),
    ("1973", "DATE", "1973"),
    ("five years later", "DATE", "1978"),
]

BANGLADESH_TABLE: list[Row] = [
    ("1971", "DATE", "1971"),
    ("3 December 1971", "DATE", "1971-12-03"),
    ("16 December 1971", "DATE", "1971-12-16"),
    ("25 March 1971", "DATE", "1971-03-25"),
    ("mid-1971", "DATE", "1971"),
    ("3 December", "DATE", "1971-12-03"),
    ("17:40", "TIME", "1971-12-03T17:40"),
    ("the same night", "TIME", "1971-12-03TNI"),
    ("4", "DATE", "1971-12-04"),
    ("5 December", "DATE", "1971-12-05"),
    ("14 December", "DATE", "1971-12-14"),
    ("16:31 on 16 December", "TIME", "1971-12-16T16:31"),
    ("13 days", "DURATION", "P13D"),
    ("A year later", "DATE", "1972"),
]

FALKLANDS_TABLE: list[Row] = [
    ("ten-week", "DURATION", "P10W"),
    ("1982", "DATE", "1982"),
    ("2 April", "DATE", "1982-04-02"),
    ("the following day", "DATE", "1982-04-03"),
    ("5 April", "DATE", "1982-04-05"),
    ("2 May", "DATE", "1982-05-02"),
    ("two days later", "DATE", "1982-05-04"),
    ("the end of April", "DATE", "1982-04"),
    ("21 May", "DATE", "1982-05-21"),
    ("0230 hours Zulu time", "TIME", "1982-05-21T02:30+00:00"),
    ("the next five days", "DURATION", "P5D"),
    ("28 May", "DATE", "1982-05-28"),
    ("14 hours", "DURATION", "PT14H"),
    ("11", "DATE", "1982-06-11"),
    ("12 June", "DATE", "1982-06-12"),
    ("21:00 Zulu time on 14 June", "TIME", "1982-06-14T21:00+00:00"),
    ("74 days", "DURATION", "P74D"),
]

IRAN_IRAQ_TABLE: list[Row] = [
    ("22 September 1980", "DATE", "1980-09-22"),
    ("eight years", "DURATION", "P8Y"),
    ("12:00", "TIME", "1980-09-22T12:00"),
    ("the next morning", "TIME", "1980-09-23TMO"),
    ("24 October", "DATE", "1980-10-24"),
    ("a month", "DURATION", "P1M"),
    ("1982", "DATE", "1982"),
    ("May of that year", "DATE", "1982-05"),
    ("the spring of 1984", "DATE", "1984-SP"),
    ("February 1986", "DATE", "1986-02"),
    ("the spring of 1988", "DATE", "1988-SP"),
    ("the next 52 days", "DURATION", "P52D"),
    ("the previous July", "DATE", "1987-07"),
    ("18 July 1988", "DATE", "1988-07-18"),
    ("20 August 1988", "DATE", "1988-08-20"),
    ("the final weeks", "DURATION", "PXW"),
]

GULF_TABLE: list[Row] = [
    ("2 August 1990", "DATE", "1990-08-02"),
    ("29 November 1990", "DATE", "1990-11-29"),
    ("15 January 1991", "DATE", "1991-01-15"),
    ("17 January", "DATE", "1991-01-17"),
    ("02:38", "TIME", "1991-01-17T02:38"),
    ("23:38 Zulu time on 16 January", "TIME", "1991-01-16T23:38+00:00"),
    ("the next 38 days", "DURATION", "P38D"),
    ("04:00 local time on 24 February", "TIME", "1991-02-24T04:00"),
    ("G-Day", "DATE", "1991-02-24"),
    ("24 February", "DATE", "1991-02-24"),
    ("G+2", "DATE", "1991-02-26"),
    ("100 hours", "DURATION", "PT100H"),
    ("08:00 on 28 February", "TIME", "1991-02-28T08:00"),
    ("3 March", "DATE", "1991-03-03"),
    ("The 1990s", "DATE", "199"),
]

SARAJEVO_TABLE: list[Row] = [
    ("5 April 1992", "DATE", "1992-04-05"),
    ("29 February 1996", "DATE", "1996-02-29"),
    ("1,425 days", "DURATION", "P1425D"),
    ("daily", "SET", "P1D"),
    ("2 May 1992", "DATE", "1992-05-02"),
    ("29 June", "DATE", "1992-06-29"),
    ("the next day", "DATE", "1992-06-30"),
    ("three and a half years", "DURATION", "P3Y6M"),
    ("5 February 1994", "DATE", "1994-02-05"),
    ("28 August 1995", "DATE", "1995-08-28"),
    ("two days later", "DATE", "1995-08-30"),
    ("21 November 1995", "DATE", "1995-11-21"),
    ("1,425-day", "DURATION", "P1425D"),
    ("29 February 1996", "DATE", "1996-02-29"),
    ("2023", "DATE", "2023"),
]

CHECHNYA_TABLE: list[Row] = [
    ("December 1994", "DATE", "1994-12"),
    ("August 1996", "DATE", "1996-08"),
    ("11 December 1994", "DATE", "1994-12-11"),
    ("31 December", "DATE", "1994-12-31"),
    ("48 hours", "DURATION", "PT48H"),
    ("19 January 1995", "DATE", "1995-01-19"),
    ("That summer", "DATE", "1995-SU"),
    ("August 1996", "DATE", "1996-08"),
    ("the end of the month", "DATE", "1996-08"),
    ("three years later", "DATE", "1999"),
    ("August 1999", "DATE", "1999-08"),
    ("1 October", "DATE", "1999-10-01"),
    ("25 December 1999", "DATE", "1999-12-25"),
    ("6 February 2000", "DATE", "2000-02-06"),
    ("31 January", "DATE", "2000-01-31"),
    ("1 February", "DATE", "2000-02-01"),
    ("June 2000", "DATE", "2000-06"),
    ("a decade", "DURATION", "P10Y"),
    ("16 April 2009", "DATE", "2009-04-16"),
]

IRAQ_2003_TABLE: list[Row] = [
    ("2003", "DATE", "2003"),
    ("20 March", "DATE", "2003-03-20"),
    ("1 May 2003", "DATE", "2003-05-01"),
    ("48-hour", "DURATION", "PT48H"),
    ("04:00 Baghdad time on 20 March", "TIME", "2003-03-20T04:00"),
    ("90 minutes later", "TIME", "2003-03-20T05:30"),
    ("the following morning", "TIME", "2003-03-21TMO"),
    ("the first five days", "DURATION", "P5D"),
    ("25", "DATE", "2003-03-25"),
    ("27 March", "DATE", "2003-03-27"),
    ("5 April", "DATE", "2003-04-05"),
    ("Two days later", "DATE", "2003-04-07"),
    ("9 April", "DATE", "2003-04-09"),
    ("14 April", "DATE", "2003-04-14"),
    ("Three weeks later", "DATE", "2003-W19"),
    ("December 2011", "DATE", "2011-12"),
]


PASSAGES = [
    (KOREA, KOREA_TABLE),
    (INDOCHINA, INDOCHINA_TABLE),
    (TET, TET_TABLE),
    (SIX_DAY, SIX_DAY_TABLE),
    (YOM_KIPPUR, YOM_KIPPUR_TABLE),
    (BANGLADESH, BANGLADESH_TABLE),
    (FALKLANDS, FALKLANDS_TABLE),
    (IRAN_IRAQ, IRAN_IRAQ_TABLE),
    (GULF, GULF_TABLE),
    (SARAJEVO, SARAJEVO_TABLE),
    (CHECHNYA, CHECHNYA_TABLE),
    (IRAQ_2003, IRAQ_2003_TABLE),
]


@pytest.mark.parametrize(("text", "table"), PASSAGES)
def test_passage(text: str, table: list[Row]) -> None:
    """Every temporal expression of a post-1945 war history, anchored as a narrative."""
    assert _narrative(text) == table


def test_look_alikes_are_no_dates() -> None:
    """Resolutions, parallels, hills, routes, units, aircraft, tanks and war names are no dates."""
    text = (
        "Resolution 678 and UN Security Council Resolution 242 were cited. The 38th parallel ran "
        "past Hill 875 and Route 9, where the 101st Airborne waited. An F-4 Phantom, a MiG-21, a "
        "T-72 and an Exocet AM39 were seen by Task Force 317 on Highway 1. The Six-Day War and "
        "the Yom Kippur War were fought by the Seventh Fleet's allies."
    )
    assert _narrative(text) == []


def test_unit_after_month_is_no_day() -> None:
    """ "By early August the Eighth Army": a unit; "August the fourth" stays a day."""
    assert _narrative(
        "The war began on 25 June 1950. By early August the Eighth Army held the perimeter, and "
        "the Seventh Fleet patrolled the strait. Walker flew in on August the fourth."
    ) == [
        ("25 June 1950", "DATE", "1950-06-25"),
        ("early August", "DATE", "1950-08"),
        ("August the fourth", "DATE", "1950-08-04"),
    ]


def test_guessed_holiday_is_corrected_by_its_date() -> None:
    """A holiday without a year, then "which fell on" a full date: the story is in that year."""
    rows = _narrative(
        "The Tet Offensive was launched during the Tet holiday, which fell on 30 January 1968. "
        "The first attacks began shortly after midnight. On 31 January Saigon was hit."
    )
    # (the holiday itself: see the test below)
    assert rows[1:] == [
        ("30 January 1968", "DATE", "1968-01-30"),
        ("midnight", "TIME", "1968-01-30T24:00"),
        ("31 January", "DATE", "1968-01-31"),
    ]


def test_holiday_before_its_date_takes_its_year() -> None:
    """ "during the Tet holiday, which fell on 30 January 1968": the Tet of 1968."""
    rows = _narrative("The offensive began during the Tet holiday, which fell on 30 January 1968.")
    assert rows[0] == ("Tet", "DATE", "1968-01-30")


def test_following_morning_after_midnight() -> None:
    """ "fell before midnight. ... the following morning": the morning after the 13th (the 14th)."""
    assert _narrative(
        "The attack began at 17:00 on 13 March 1954, and Beatrice fell before midnight. "
        "Gabrielle fell the following morning."
    ) == [
        ("17:00 on 13 March 1954", "TIME", "1954-03-13T17:00"),
        ("midnight", "TIME", "1954-03-13T24:00"),
        ("the following morning", "TIME", "1954-03-14TMO"),
    ]


def test_possessive_final_weeks() -> None:
    """ "In the war's final weeks": a vague span of weeks."""
    assert _narrative(
        "The war began on 22 September 1980. In the war's final weeks both sides attacked."
    ) == [
        ("22 September 1980", "DATE", "1980-09-22"),
        ("final weeks", "DURATION", "PXW"),
    ]
