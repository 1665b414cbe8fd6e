"""Held-out genre, thirteenth round: Wikipedia battle articles of the 20th century, by the hour.

Passages written for these tests in the style of English Wikipedia's battle articles
(Westerplatte, the Dieppe Raid, Midway, Chosin Reservoir, Ia Drang, Khafji, Goose Green,
Operation Focus, the crossing of the Suez Canal in 1973, Longewala, Cambrai, Operation Ten-Go,
Iwo Jima), told hour by hour through the days and nights of a battle, read as narratives.
Earlier rounds (tests/test_war*.py) already test a clock time before its day ("04:30 on 22
June 1941", "0600 hours on 1 July 1916", "03:15 Berlin time on 22 June 1941"), "the night of
5/6 June" and a clock time "on 27/28 July", "at dawn on" a date, "(D-Day)" after a date, "D+3"
counted from one D-Day, "2:20 a.m. the following morning", "six hours later" after a clock
time, "the first day" of a battle and "within 48 hours"; they are used here only as steps of
the story. Conventions as in those files: "the evening of", "the night of", "at dawn on", "late
on" a date tag only the date, "shortly after midnight" is the midnight that ends the day the
story is at (T24:00), "an hour-long" bombardment is a DURATION, hills, points, routes,
highways, sectors, phase lines, grids, task forces, units, operations and types of tanks or
aircraft are no dates.
New here:
- "By 09:00", "over by 07:00": a clock time after "by" is a deadline, not a sports margin;
- a 24-hour clock time and the day of the story it falls on are one TIME ("06:50 the next
  morning", "11:30 that morning"), as "2:20 a.m. the following morning" is;
- a clock time in the small hours after the evening or the night of a day ("on the evening of
  18 August. At 03:47", "On the night of 4 December ... at 00:30") or after a late clock time
  is the next day's, also with a length told between them ("four hours ahead ... 0600Z"); in
  a story, so is dawn or "first light" after its evening or its night ("By nightfall ... At
  dawn");
- a clock time in the afternoon or evening after a night told by its two days ("On the night
  of 29–30 January ... At about 20:00") is the first day's, and "shortly before midnight" too;
- a count of hours or minutes in apposition to a clock time restates it ("began at 05:20, half
  an hour later" is 05:20);
- "D-Day was set for 19 February": the operation's D-Day is that date, and "D+1" and a later
  "D-Day" count from it, not from Overlord's; so after "15 September 1950 (D-Day)";
- "for four days and nights" is four days; a Zulu time or a bracketed zone before a day is one
  TIME ("0300Z on 30 January", "14:00 local time (GMT+2) on 6 October 1973"), and a bracketed
  zone after a clock time is its zone ("20:00 local time (GMT+3)");
- "On 17 November the 2nd Battalion", "On 4 March the first B-29": a day and a unit or a
  count, not "November the 2nd" nor "March the first".
"""

from __future__ import annotations

import pytest
from passages import Row
from passages import found_in_narrative as _found
from passages import mentions as _mentions

WESTERPLATTE = (
    "The Battle of Westerplatte was the first engagement of the German invasion of Poland. At "
    "04:45 on 1 September 1939 the old battleship Schleswig-Holstein opened fire on the Polish "
    "Military Transit Depot from a range of about 150 metres. Eight minutes later a company of "
    "naval infantry advanced on the depot's gate. The assault was repulsed, and a second attack "
    "at 06:22 fared no better. By noon the Germans had lost some 50 men. That afternoon Stuka "
    "dive bombers of the Luftwaffe struck the peninsula. At 18:00 a third assault was halted "
    "at the canal. During the night the defenders repaired the guardhouse. The following "
    "morning the bombardment resumed at 04:00 and lasted for two hours. On 2 September, shortly "
    "after 18:00, sixty aircraft dropped 26 tonnes of bombs, destroying Guardhouse No. 5. "
    "Major Sucharski held out for seven days. At 09:45 on 7 September a white flag was raised, "
    "and the garrison surrendered at 11:30 that morning."
)

WESTERPLATTE_TABLE: list[Row] = [
    ("04:45 on 1 September 1939", "TIME", "1939-09-01T04:45"),
    ("Eight minutes later", "TIME", "1939-09-01T04:53"),
    ("06:22", "TIME", "1939-09-01T06:22"),
    ("noon", "TIME", "1939-09-01T12:00"),
    ("That afternoon", "TIME", "1939-09-01TAF"),
    ("18:00", "TIME", "1939-09-01T18:00"),
    ("the night", "TIME", "1939-09-01TNI"),
    ("The following morning", "TIME", "1939-09-02TMO"),
    ("04:00", "TIME", "1939-09-02T04:00"),
    ("two hours", "DURATION", "PT2H"),
    ("2 September", "DATE", "1939-09-02"),
    ("18:00", "TIME", "1939-09-02T18:00"),
    ("seven days", "DURATION", "P7D"),
    ("09:45 on 7 September", "TIME", "1939-09-07T09:45"),
    # a 24-hour clock and the day of the story it falls on: one TIME
    ("11:30 that morning", "TIME", "1939-09-07T11:30"),
]


DIEPPE = (
    "Operation Jubilee, the Dieppe Raid, was an Allied amphibious attack on the German-held "
    "port of Dieppe on 19 August 1942. The flotilla sailed from the south coast of England on "
    "the evening of 18 August. At 03:47 landing craft carrying No. 3 Commando ran into a German "
    "convoy, and the gunfire alerted the coastal defences. The flank landings went in at 04:50, "
    "a few minutes before nautical dawn. The main landings on the beaches in front of the town "
    "began at 05:20, half an hour later. The Churchill tanks of the Calgary Regiment arrived "
    "late, at 05:35. By 09:00 it was clear that the raid had failed, and at 09:40 the order "
    "to withdraw was given for 11:00. The evacuation was completed by 14:00. Of the 6,086 men "
    "who landed, almost 60 per cent were killed, wounded or captured within ten hours. The "
    "following day the German High Command announced the defeat of the landing."
)

DIEPPE_TABLE: list[Row] = [
    ("19 August 1942", "DATE", "1942-08-19"),
    ("18 August", "DATE", "1942-08-18"),
    # the small hours after the evening of a day are the next day's
    ("03:47", "TIME", "1942-08-19T03:47"),
    ("04:50", "TIME", "1942-08-19T04:50"),
    ("a few minutes", "DURATION", "PTXM"),
    ("05:20", "TIME", "1942-08-19T05:20"),
    # a count in apposition to a clock time restates it
    ("half an hour later", "TIME", "1942-08-19T05:20"),
    ("05:35", "TIME", "1942-08-19T05:35"),
    # "By 09:00" is a deadline, not a score
    ("09:00", "TIME", "1942-08-19T09:00"),
    ("09:40", "TIME", "1942-08-19T09:40"),
    ("11:00", "TIME", "1942-08-19T11:00"),
    ("14:00", "TIME", "1942-08-19T14:00"),
    ("ten hours", "DURATION", "PT10H"),
    ("The following day", "DATE", "1942-08-20"),
]


MIDWAY = (
    "The Battle of Midway was fought from 4 to 7 June 1942. At 04:30 on 4 June Vice Admiral "
    "Nagumo launched 108 aircraft to attack Midway Atoll. A PBY Catalina sighted the carriers "
    "at 05:34. The Japanese strike reached Midway at 06:20 and was over by 07:00. At 07:15 "
    "Nagumo ordered his reserve aircraft rearmed for a second strike. The American torpedo "
    "bombers of Task Force 16 attacked from 09:20 onwards and were almost wiped out. At 10:22 "
    "dive bombers from the Enterprise and the Yorktown found the Japanese flight decks crowded "
    "with aircraft, and within six minutes three carriers were ablaze. Hiryu's aircraft hit "
    "the Yorktown shortly after noon. Late that afternoon American dive bombers found Hiryu "
    "and left her burning. Spruance withdrew east during the night. Early on 6 June the "
    "cruiser Mikuma was sunk. The Yorktown sank at dawn on 7 June, and the battle was over."
)

MIDWAY_TABLE: list[Row] = [
    ("4", "DATE", "1942-06-04"),
    ("7 June 1942", "DATE", "1942-06-07"),
    ("04:30 on 4 June", "TIME", "1942-06-04T04:30"),
    ("05:34", "TIME", "1942-06-04T05:34"),
    ("06:20", "TIME", "1942-06-04T06:20"),
    ("07:00", "TIME", "1942-06-04T07:00"),
    ("07:15", "TIME", "1942-06-04T07:15"),
    ("09:20", "TIME", "1942-06-04T09:20"),
    ("10:22", "TIME", "1942-06-04T10:22"),
    ("six minutes", "DURATION", "PT6M"),
    ("noon", "TIME", "1942-06-04T12:00"),
    ("Late that afternoon", "TIME", "1942-06-04TAF"),
    ("the night", "TIME", "1942-06-04TNI"),
    ("6 June", "DATE", "1942-06-06"),
    ("7 June", "DATE", "1942-06-07"),
]


CHOSIN = (
    "The Battle of Chosin Reservoir began on the night of 27 November 1950, when the Chinese "
    "9th Army attacked the 1st Marine Division at Yudam-ni. At about 22:00 the first assault "
    "struck Hill 1282 and Hill 1240. Shortly after midnight the Chinese broke into the Marine "
    "lines at Hill 1282. By 03:00 the companies on the ridge had been reduced to a few dozen "
    "men. At dawn a counterattack restored the line, in temperatures of −35 °C. East of the "
    "reservoir, Task Force Faith held out for four days and nights. On the "
    "evening of 1 December the task force tried to break out to Hagaru-ri. By nightfall its "
    "column had been stopped at Hill 1221. The Marines at Yudam-ni began their withdrawal the "
    "same day, and the last units reached Hagaru-ri at 14:00 on 4 December. The breakout "
    "continued over the next ten days."
)

CHOSIN_TABLE: list[Row] = [
    ("27 November 1950", "DATE", "1950-11-27"),
    ("22:00", "TIME", "1950-11-27T22:00"),
    ("midnight", "TIME", "1950-11-27T24:00"),
    # past midnight, the next day
    ("03:00", "TIME", "1950-11-28T03:00"),
    ("dawn", "TIME", "1950-11-28TMO"),
    # "for four days and nights": four days
    ("four days and nights", "DURATION", "P4D"),
    ("1 December", "DATE", "1950-12-01"),
    ("nightfall", "TIME", "1950-12-01TEV"),
    ("the same day", "DATE", "1950-12-01"),
    ("14:00 on 4 December", "TIME", "1950-12-04T14:00"),
    ("the next ten days", "DURATION", "P10D"),
]


IA_DRANG = (
    "The Battle of Ia Drang was the first major battle between the United States Army and the "
    "People's Army of Vietnam. At 10:48 on 14 November 1965 the first helicopters of the 1st "
    "Battalion, 7th Cavalry landed at Landing Zone X-Ray. By 12:15 Bravo Company was heavily "
    "engaged on the slopes of the Chu Pong massif. The battalion's last company arrived at "
    "15:00. That night the North Vietnamese probed the perimeter. At 06:50 the next morning "
    "they attacked Charlie Company in strength. Within two hours the attack had been beaten "
    "off with artillery and air support, including B-52 strikes. On the third day the "
    "battalion was relieved and flown out. On 17 November the 2nd Battalion marched towards "
    "LZ Albany and was ambushed at 13:15. The fighting lasted until the early hours of 18 "
    "November. In the three days at X-Ray 79 Americans were killed."
)

IA_DRANG_TABLE: list[Row] = [
    ("10:48 on 14 November 1965", "TIME", "1965-11-14T10:48"),
    ("12:15", "TIME", "1965-11-14T12:15"),
    ("15:00", "TIME", "1965-11-14T15:00"),
    ("That night", "TIME", "1965-11-14TNI"),
    # (not "November the 2nd" of "On 17 November the 2nd Battalion" below)
    ("06:50 the next morning", "TIME", "1965-11-15T06:50"),
    ("two hours", "DURATION", "PT2H"),
    ("the third day", "DATE", "1965-11-16"),
    ("17 November", "DATE", "1965-11-17"),
    ("13:15", "TIME", "1965-11-17T13:15"),
    ("18 November", "DATE", "1965-11-18"),
    ("the three days", "DURATION", "P3D"),
]


KHAFJI = (
    "The Battle of Khafji was the first major ground engagement of the Gulf War. On the night "
    "of 29–30 January 1991, Iraqi mechanised forces crossed the Saudi border. At about 20:00 "
    "local time (GMT+3) tanks of the 5th Mechanised Division advanced down the coastal road. "
    "Shortly before midnight they entered the abandoned town of Khafji. Two US Marine "
    "reconnaissance teams remained hidden in the town and called in artillery throughout the "
    "night. At 0300Z on 30 January a Saudi counter-attack was ordered. It began at 08:30 "
    "local time but was repulsed. An AC-130 gunship was shot down at dawn on 31 January, and "
    "14 of its crew were killed. The second counter-attack began late on 31 January. By "
    "noon on 1 February the town had been retaken. Over the following 36 hours about 400 "
    "Iraqi soldiers were taken prisoner."
)

KHAFJI_TABLE: list[Row] = [
    ("29", "DATE", "1991-01-29"),
    ("30 January 1991", "DATE", "1991-01-30"),
    # an evening clock time of a night told by its two days is the first day's; the zone in
    # brackets is the time's
    ("20:00 local time (GMT+3)", "TIME", "1991-01-29T20:00+03:00"),
    ("midnight", "TIME", "1991-01-29T24:00"),
    # a Zulu time and its day: one TIME
    ("0300Z on 30 January", "TIME", "1991-01-30T03:00+00:00"),
    ("08:30", "TIME", "1991-01-30T08:30"),
    ("31 January", "DATE", "1991-01-31"),
    ("31 January", "DATE", "1991-01-31"),
    ("noon on 1 February", "TIME", "1991-02-01T12:00"),
    ("the following 36 hours", "DURATION", "PT36H"),
]


GOOSE_GREEN = (
    "The Battle of Goose Green was fought on 28 May 1982 between British and Argentine forces "
    "during the Falklands War. The 2nd Battalion, Parachute Regiment left Camilla Creek House "
    "on the evening of 27 May. The British used Zulu time, four hours ahead of local time, "
    "and H-Hour was set for 0600Z. The naval gunfire of HMS Arrow began at 0635Z. The first "
    "Argentine positions were taken before first light. By 10:30 local time A Company was "
    "pinned down below Darwin Hill. Lieutenant Colonel H. Jones was killed at about 13:30 "
    "while attacking a trench. That afternoon B Company moved around the western flank. By "
    "nightfall the Argentine garrison had been surrounded in Goose Green. At 09:50 the "
    "following morning Air Vice-Commodore Pedrozo surrendered. The fighting had lasted "
    "almost 40 hours."
)

GOOSE_GREEN_TABLE: list[Row] = [
    ("28 May 1982", "DATE", "1982-05-28"),
    ("27 May", "DATE", "1982-05-27"),
    ("four hours", "DURATION", "PT4H"),
    # H-Hour after the evening of 27 May, a length told between: the 28th
    ("0600Z", "TIME", "1982-05-28T06:00+00:00"),
    ("0635Z", "TIME", "1982-05-28T06:35+00:00"),
    ("first light", "TIME", "1982-05-28TMO"),
    ("10:30", "TIME", "1982-05-28T10:30"),
    ("13:30", "TIME", "1982-05-28T13:30"),
    ("That afternoon", "TIME", "1982-05-28TAF"),
    ("nightfall", "TIME", "1982-05-28TEV"),
    ("09:50 the following morning", "TIME", "1982-05-29T09:50"),
    ("40 hours", "DURATION", "PT40H"),
]


SIX_DAY = (
    "Operation Focus opened the Six-Day War. At 07:45 Israeli time on 5 June 1967, the first "
    "wave of Israeli aircraft struck Egyptian airfields. The time had been chosen because "
    "the Egyptian dawn patrols had landed by then. The second wave struck at 09:34, and the "
    "third followed at 12:15. By noon nearly 300 Egyptian aircraft had been destroyed. That "
    "afternoon the Israeli Air Force turned on the Jordanian, Syrian and Iraqi air forces. On "
    "the ground, the Israeli columns crossed into Sinai at 08:15. Abu-Ageila was attacked "
    "after dark, and the Egyptian positions fell in the early hours of 6 June. On the second "
    "day the Egyptian command ordered a general withdrawal. By the evening of 8 June Israeli "
    "forces had reached the Suez Canal. The ceasefire with Syria took effect at 18:30 on 10 "
    "June."
)

SIX_DAY_TABLE: list[Row] = [
    ("07:45 Israeli time on 5 June 1967", "TIME", "1967-06-05T07:45"),
    ("09:34", "TIME", "1967-06-05T09:34"),
    ("12:15", "TIME", "1967-06-05T12:15"),
    ("noon", "TIME", "1967-06-05T12:00"),
    ("That afternoon", "TIME", "1967-06-05TAF"),
    ("08:15", "TIME", "1967-06-05T08:15"),
    ("6 June", "DATE", "1967-06-06"),
    ("the second day", "DATE", "1967-06-06"),
    ("8 June", "DATE", "1967-06-08"),
    ("18:30 on 10 June", "TIME", "1967-06-10T18:30"),
]


YOM_KIPPUR = (
    "Operation Badr, the Egyptian crossing of the Suez Canal, began at 14:00 local time (GMT+2) "
    "on 6 October 1973, the day of Yom Kippur. Some 200 aircraft struck Israeli positions in "
    "Sinai, and 2,000 guns opened fire on the Bar Lev Line. At 14:20 the first wave of 4,000 "
    "infantry crossed the canal in rubber boats. Within six hours engineers had breached the sand "
    "wall with water cannon. The first bridges were ready at 20:30, and by midnight 80,000 "
    "men were on the east bank. During the night of 6/7 October Israeli armoured "
    "counterattacks were beaten off with Sagger missiles. By 08:00 on 7 October the "
    "Egyptians held a strip 15 kilometres deep. The Israeli counterattack of 8 October "
    "failed. On 14 October the Egyptian armour attacked at 06:00 and lost about 250 tanks "
    "by 13:00. On the night of 15–16 October Israeli paratroopers crossed the canal near "
    "the Great Bitter Lake."
)

YOM_KIPPUR_TABLE: list[Row] = [
    ("14:00 local time (GMT+2) on 6 October 1973", "TIME", "1973-10-06T14:00+02:00"),
    ("Yom Kippur", "DATE", "1973-10-06"),
    ("14:20", "TIME", "1973-10-06T14:20"),
    ("six hours", "DURATION", "PT6H"),
    ("20:30", "TIME", "1973-10-06T20:30"),
    ("midnight", "TIME", "1973-10-06T24:00"),
    ("6", "DATE", "1973-10-06"),
    ("7 October", "DATE", "1973-10-07"),
    ("08:00 on 7 October", "TIME", "1973-10-07T08:00"),
    ("8 October", "DATE", "1973-10-08"),
    ("14 October", "DATE", "1973-10-14"),
    ("06:00", "TIME", "1973-10-14T06:00"),
    ("13:00", "TIME", "1973-10-14T13:00"),
    ("15", "DATE", "1973-10-15"),
    ("16 October", "DATE", "1973-10-16"),
]


LONGEWALA = (
    "The Battle of Longewala was one of the first major engagements of the Indo-Pakistani "
    "War of 1971. At 17:40 IST on 3 December 1971 the Pakistan Air Force struck Indian "
    "airfields in Operation Chengiz Khan. On the night of 4 December a Pakistani brigade with "
    "about 45 tanks advanced on the border post at Longewala. The post was held by a company "
    "of the 23rd Battalion, Punjab Regiment. The Pakistani column was sighted at 00:30, and "
    "the first tanks reached the post at about 02:30. Through the rest of the night the "
    "defenders held the tanks off with mines and a jeep-mounted recoilless gun. At first "
    "light four Hawker Hunters of the Indian Air Force took off from Jaisalmer. Over the "
    "next few hours they destroyed some 20 tanks. By noon the Pakistani attack had broken "
    "down, and the brigade withdrew that evening. The war ended with the ceasefire of 17 "
    "December, after 13 days."
)

LONGEWALA_TABLE: list[Row] = [
    ("1971", "DATE", "1971"),
    ("17:40 IST on 3 December 1971", "TIME", "1971-12-03T17:40+05:30"),
    ("4 December", "DATE", "1971-12-04"),
    # "On the night of 4 December" tags the day; its small hours are the 5th's
    ("00:30", "TIME", "1971-12-05T00:30"),
    ("02:30", "TIME", "1971-12-05T02:30"),
    ("first light", "TIME", "1971-12-05TMO"),
    ("the next few hours", "DURATION", "PTXH"),
    ("noon", "TIME", "1971-12-05T12:00"),
    ("that evening", "TIME", "1971-12-05TEV"),
    ("17 December", "DATE", "1971-12-17"),
    ("13 days", "DURATION", "P13D"),
]


CAMBRAI = (
    "The Battle of Cambrai was a British attack followed by the largest German counter-attack "
    "against the British Expeditionary Force since 1914. Zero hour was set for 06:20 on 20 "
    "November 1917. The barrage opened without the usual registration, and 437 tanks moved "
    "forward behind it. By 08:00 the first objectives had been taken along most of the front. "
    "At Flesquières the 51st (Highland) Division was held up until after dark. By the end of "
    "the first day of the battle the British had advanced up to 8 kilometres. On the second "
    "day the advance slowed. Church bells were rung in Britain on 23 November for the victory. The "
    "German counter-attack opened at 07:00 on 30 November after an hour-long bombardment. "
    "Within 48 hours most of the ground taken had been lost. The battle ended on 7 December."
)

CAMBRAI_TABLE: list[Row] = [
    ("1914", "DATE", "1914"),
    ("06:20 on 20 November 1917", "TIME", "1917-11-20T06:20"),
    ("08:00", "TIME", "1917-11-20T08:00"),
    ("the first day", "DATE", "1917-11-20"),
    ("the second day", "DATE", "1917-11-21"),
    ("23 November", "DATE", "1917-11-23"),
    ("07:00 on 30 November", "TIME", "1917-11-30T07:00"),
    ("an hour-long", "DURATION", "PT1H"),
    ("48 hours", "DURATION", "PT48H"),
    ("7 December", "DATE", "1917-12-07"),
]


TEN_GO = (
    "Operation Ten-Go was the last major Japanese naval operation of the Pacific War. The "
    "battleship Yamato and nine escorts left Tokuyama at 15:20 on 6 April 1945. American "
    "submarines reported the force at about 20:00, and Task Force 58 prepared to strike. At "
    "dawn on 7 April PBY flying boats found the Japanese ships. At 10:00 Mitscher launched "
    "280 aircraft from his carriers. The first wave reached Yamato at 12:32 and scored two "
    "bomb hits. The second wave attacked at about 13:00, and the torpedo hits flooded the "
    "battleship's port side. By 14:00 she had lost power. At 14:23 Yamato capsized and her "
    "magazine exploded. The cruiser Yahagi sank at 14:05. Some 3,700 Japanese sailors died "
    "in less than two hours, and four destroyers returned to Sasebo the following day."
)

TEN_GO_TABLE: list[Row] = [
    ("15:20 on 6 April 1945", "TIME", "1945-04-06T15:20"),
    ("20:00", "TIME", "1945-04-06T20:00"),
    ("7 April", "DATE", "1945-04-07"),
    ("10:00", "TIME", "1945-04-07T10:00"),
    ("12:32", "TIME", "1945-04-07T12:32"),
    ("13:00", "TIME", "1945-04-07T13:00"),
    ("14:00", "TIME", "1945-04-07T14:00"),
    ("14:23", "TIME", "1945-04-07T14:23"),
    ("14:05", "TIME", "1945-04-07T14:05"),
    ("less than two hours", "DURATION", "PT2H"),
    ("the following day", "DATE", "1945-04-08"),
]


IWO_JIMA = (
    "The Battle of Iwo Jima was fought by the United States Marine Corps and the Imperial "
    "Japanese Army from 19 February to 26 March 1945. D-Day was set for 19 February, after "
    "three days of naval bombardment. H-Hour was 9:00 a.m., and the first wave of amphibian "
    "tractors reached the beach at 9:02 a.m. The Japanese held their fire until the beach was "
    "crowded, then opened up at about 10:00 a.m. By nightfall on D-Day 30,000 Marines had "
    "landed, and the 28th Marines had cut across the island below Mount Suribachi. On D+1 "
    "the 4th and 5th Divisions attacked Airfield No. 1. A counterattack by Type 97 tanks was "
    "broken up on the night of 21–22 February. The flag was raised on Suribachi at 10:20 a.m. "
    "on 23 February, D+4. On 4 March the first B-29 made an emergency landing on the island. "
    "The last organised resistance ended on 26 March, 36 days after D-Day."
)

IWO_JIMA_TABLE: list[Row] = [
    ("19 February", "DATE", "1945-02-19"),
    ("26 March 1945", "DATE", "1945-03-26"),
    # the D-Day the text gives its operation, not Overlord's; "D+1" and a later "D-Day" are
    # of it
    ("D-Day", "DATE", "1945-02-19"),
    ("19 February", "DATE", "1945-02-19"),
    ("three days", "DURATION", "P3D"),
    ("9:00 a.m.", "TIME", "1945-02-19T09:00"),
    ("9:02 a.m.", "TIME", "1945-02-19T09:02"),
    ("10:00 a.m.", "TIME", "1945-02-19T10:00"),
    ("nightfall", "TIME", "1945-02-19TEV"),
    ("D-Day", "DATE", "1945-02-19"),
    ("D+1", "DATE", "1945-02-20"),
    ("21", "DATE", "1945-02-21"),
    ("22 February", "DATE", "1945-02-22"),
    ("10:20 a.m. on 23 February", "TIME", "1945-02-23T10:20"),
    ("D+4", "DATE", "1945-02-23"),
    # (not "March the first" of "On 4 March the first B-29")
    ("4 March", "DATE", "1945-03-04"),
    ("26 March", "DATE", "1945-03-26"),
    ("36 days", "DURATION", "P36D"),
    ("D-Day", "DATE", "1945-02-19"),
]


PASSAGES = [
    (WESTERPLATTE, WESTERPLATTE_TABLE),
    (DIEPPE, DIEPPE_TABLE),
    (MIDWAY, MIDWAY_TABLE),
    (CHOSIN, CHOSIN_TABLE),
    (IA_DRANG, IA_DRANG_TABLE),
    (KHAFJI, KHAFJI_TABLE),
    (GOOSE_GREEN, GOOSE_GREEN_TABLE),
    (SIX_DAY, SIX_DAY_TABLE),
    (YOM_KIPPUR, YOM_KIPPUR_TABLE),
    (LONGEWALA, LONGEWALA_TABLE),
    (CAMBRAI, CAMBRAI_TABLE),
    (TEN_GO, TEN_GO_TABLE),
    (IWO_JIMA, IWO_JIMA_TABLE),
]


@pytest.mark.parametrize(("text", "table"), PASSAGES)
def test_battle_by_the_hour_reads_as_its_table(text: str, table: list[Row]) -> None:
    """Each passage, read as a narrative, yields exactly its table."""
    assert _mentions(text, genre="narrative") == table


@pytest.mark.parametrize(("text", "table"), PASSAGES)
def test_battle_by_the_hour_reads_the_same_with_a_later_date(text: str, table: list[Row]) -> None:
    """A history talks about its own dates: ``auto`` with a later date reads it the same."""
    assert _mentions(text, genre="auto", dct="2024-05-01") == table


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The garrison held. It was over by 07:00.", ["07:00"]),
        ("By 12:15 Bravo Company was heavily engaged.", ["12:15"]),
        # a margin stays no time
        ("Italy won by 3:1 in the final.", []),
    ],
)
def test_a_clock_time_after_by_is_a_deadline(text: str, expected: list[str]) -> None:
    """ "By 09:00" is a time of day, as "at 09:00" is; "won by 3:1" is a margin."""
    assert _found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the evening of a day, tagged as the day
        (
            "The flotilla sailed on the evening of 18 August 1942. At 03:47 it met a convoy.",
            ("03:47", "TIME", "1942-08-19T03:47"),
        ),
        # a length told between the night and the hour
        (
            "The battalion left on the night of 27 May 1982, four hours before the others. H-Hour"
            " was 0600Z.",
            ("0600Z", "TIME", "1982-05-28T06:00+00:00"),
        ),
        # a late clock time, then a length
        (
            "At 22:30 on 27 November 1950 the Chinese attacked for three hours. At 02:00 they "
            "broke through.",
            ("02:00", "TIME", "1950-11-28T02:00"),
        ),
        # dawn after the story's nightfall
        (
            "On 1 September 1939 the assault failed. By nightfall the garrison held. At dawn "
            "the bombardment resumed.",
            ("dawn", "TIME", "1939-09-02TMO"),
        ),
        # the first light after the story's night
        (
            "On 4 December 1971 the column advanced. That night the tanks reached the post. At "
            "first light the Hunters took off.",
            ("first light", "TIME", "1971-12-05TMO"),
        ),
    ],
)
def test_the_small_hours_after_a_night_are_the_next_day(text: str, expected: Row) -> None:
    """After the evening or the night the story reached, the small hours and the dawn are the
    next day's."""
    assert _mentions(text, genre="narrative")[-1] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a day told without its night keeps its small hours
        (
            "The flotilla sailed on 18 August 1942. At 03:47 it met a convoy.",
            ("03:47", "TIME", "1942-08-18T03:47"),
        ),
        # a morning said to be that day's
        (
            "On 1 September 1939 the assault failed. By nightfall the garrison held. The guns "
            "fell silent at 11:30 that morning.",
            ("11:30 that morning", "TIME", "1939-09-01T11:30"),
        ),
        # the morning clock times of a story that has not reached the evening
        (
            "On 5 June 1967 the first wave struck at 07:45. That afternoon the air force turned"
            " north. The columns had crossed at 08:15.",
            ("08:15", "TIME", "1967-06-05T08:15"),
        ),
    ],
)
def test_the_hours_of_a_day_without_its_night_stay_on_it(text: str, expected: Row) -> None:
    """A small hour is the next day's only after a night or an evening the story told."""
    assert _mentions(text, genre="narrative")[-1] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Fighting went on through the night of 29–30 January 1991. At about 20:00 the "
            "tanks entered Khafji.",
            ("20:00", "TIME", "1991-01-29T20:00"),
        ),
        (
            "During the night of 6/7 October 1973 the counterattacks failed. Shortly before "
            "midnight the bridges were ready.",
            ("midnight", "TIME", "1973-10-06T24:00"),
        ),
        # the small hours are the second day's
        (
            "The gliders landed on the night of 5/6 June 1944. At 00:16 the first touched down.",
            ("00:16", "TIME", "1944-06-06T00:16"),
        ),
    ],
)
def test_the_evening_of_a_night_of_two_days_is_the_first(text: str, expected: Row) -> None:
    """A clock time of a night told by its two days is of the first until midnight."""
    assert _mentions(text, genre="narrative")[-1] == expected


def test_a_count_in_apposition_to_a_clock_time_restates_it() -> None:
    """ "At 05:20, half an hour later" is 05:20; "Half an hour later" alone counts on."""
    restated = "On 19 August 1942 the flank went in at 04:50. The main landings began at 05:20,"
    assert _mentions(restated + " half an hour later.", genre="narrative")[-1] == (
        "half an hour later",
        "TIME",
        "1942-08-19T05:20",
    )
    counted = "On 19 August 1942 the flank went in at 04:50. Half an hour later the tanks came."
    assert _mentions(counted, genre="narrative")[-1] == (
        "Half an hour later",
        "TIME",
        "1942-08-19T05:20",
    )


def test_an_operations_own_d_day_is_the_date_it_was_set_for() -> None:
    """ "D-Day was set for 19 February" makes "D+1" and a later "D-Day" that operation's."""
    text = (
        "The invasion of Iwo Jima began in February 1945. D-Day was set for 19 February. By "
        "nightfall on D-Day 30,000 Marines had landed. On D+1 they attacked the airfield."
    )
    assert _mentions(text, genre="narrative") == [
        ("February 1945", "DATE", "1945-02"),
        ("D-Day", "DATE", "1945-02-19"),
        ("19 February", "DATE", "1945-02-19"),
        ("nightfall", "TIME", "1945-02-19TEV"),
        ("D-Day", "DATE", "1945-02-19"),
        ("D+1", "DATE", "1945-02-20"),
    ]


def test_a_d_day_after_the_operations_date_is_that_date() -> None:
    """After "15 September 1950 (D-Day)", a later "D-Day" is Inchon's, not Overlord's."""
    text = (
        "The landing at Inchon began on 15 September 1950 (D-Day). Seoul fell on 28 "
        "September, and D-Day had cost fewer than 200 lives."
    )
    assert _mentions(text, genre="narrative")[-1] == ("D-Day", "DATE", "1950-09-15")


def test_overlords_d_day_is_still_6_june_1944() -> None:
    """With no D-Day of its own, a text's "D-Day" is Overlord's."""
    text = "The division trained in England in 1943. On D-Day it landed on Omaha Beach."
    assert _mentions(text, genre="narrative")[-1] == ("D-Day", "DATE", "1944-06-06")


@pytest.mark.xfail(
    strict=True,
    reason="'the night of 4 December' tags the day alone, so a morning clock time after 'the "
    "night' goes on only from the small hours (before 07:00): '08:15' after the night of a day "
    "stays on that day, though the night has passed",
)
def test_a_morning_after_the_night_of_a_day_is_the_next_day() -> None:
    """After "the night of 4 December", a morning clock time is the 5th's."""
    text = "On the night of 4 December 1971 a brigade advanced. At 08:15 the Hunters struck."
    assert _mentions(text, genre="narrative")[-1] == ("08:15", "TIME", "1971-12-05T08:15")


@pytest.mark.parametrize(
    "text",
    [
        "The 34th Division took Hill 609.",
        "Point 112 changed hands several times.",
        "The column moved north on Route 1 towards Osan.",
        "The 101st Airborne held Bastogne.",
        "Task Force 58 launched 280 aircraft.",
        "Operation Ten-Go ended with the loss of Yamato.",
        "Type 97 tanks were dug in as pillboxes.",
        "The Me 262 was the first operational jet fighter.",
        "A B-29 landed on the island.",
        "Artillery fired on grid 123456.",
        "The Marines held Highway 9 near Khe Sanh.",
        "The brigade held Sector 3 of the Suez front.",
        "The division reached Phase Line 2 before the ceasefire.",
        "The troop fought the Battle of 73 Easting.",
        "Strongpoint 6 of the Bar Lev Line fell.",
    ],
)
def test_battle_look_alikes_are_no_dates(text: str) -> None:
    """Hills, points, routes, units, task forces, operations, types, grids, sectors and
    phase lines are no dates."""
    assert _found(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("On 17 November the 2nd Battalion marched to LZ Albany.", ["17 November"]),
        ("On 4 March the first B-29 landed on the island.", ["4 March"]),
    ],
)
def test_a_day_before_a_unit_or_a_count_is_the_day(text: str, expected: list[str]) -> None:
    """ "17 November the 2nd Battalion" is a day and a unit, not "November the 2nd"."""
    assert _found(text) == expected
