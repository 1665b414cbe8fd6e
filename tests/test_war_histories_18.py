"""Held-out genre, eighteenth round: Wikipedia histories of naval and air campaigns.

Passages written for these tests in the style of English Wikipedia's articles on the war at
sea and in the air (Jutland, the Battle of the Atlantic and its convoys, the Bismarck chase,
Taranto, Pearl Harbor, Force Z, the Coral Sea, Leyte Gulf, the Falklands at sea, the Battle of
Britain and the Blitz, the Dambusters raid, the strategic bombing of Germany and Japan, the
Berlin Airlift, Rolling Thunder, Desert Storm's air campaign), read as narratives with no
document date. Earlier rounds (tests/test_war*.py) already test "0400 hours on 24 May", "the
night of 14/15 November" (its two days), "at dawn on 7 December" and "on the morning of 7 May"
(the date alone), "shortly after midnight" (the T24:00 that ends the story's day), the small
hours after an evening or a night (the next day's), "the following morning" after a night,
"D+3", "the first day", "the next 38 days", "the 37-day pause", "57 consecutive nights" and a
past perfect in a relative clause that leaves the story where it was; they are used here only
as steps of the story. Conventions as in those files; ships, convoys, U-boats, hull numbers,
task forces, aircraft and their marks, squadrons, air forces, Geschwader, tonnages, calibres,
operations and flights are no dates.
New here:
- "At 1548 the battlecruisers opened fire", "At 2047 Swordfish ... attacked": four digits after
  "At" that opens a sentence, before its subject, are a military clock time, not a year (not
  before a unit: "At 1500 feet"; "at 1650" inside a sentence stays a year or a level);
- "at 0847 the following morning": four digits with a leading zero and the day of the story
  are one TIME, as "0530 hours the following morning" is;
- "naval grid square BE 1935" is a map reference, not a year;
- "during the first watch": the naval watches are parts of the day (the first watch is the
  night's, 20:00 to midnight; the forenoon and morning watches the morning's, the afternoon
  watch the afternoon's, the dog watches the evening's);
- "the Japanese strike that afternoon": a noun before "that afternoon" does not make it a
  relative clause;
- "the Christmas bombing" is a name, not Christmas;
- "On the second night": the second night of what the story just dated, as "the second day";
- "at one minute after midnight on 12 May 1949": a time counted from midnight or noon, one
  TIME with its day (00:01 of the 12th);
- "The Kido Butai had left Hitokappu Bay on 26 November": a past perfect main clause that goes
  back before the story's day does not move the story, whose clock times stay on 7 December;
- "the night of 11/12 November 1940" keeps its evening through a relative clause that dates
  something else ("Illustrious, which had left Alexandria on 6 November, launched ... at 20:40":
  the 11th).
"""

from __future__ import annotations

import pytest
from passages import Row
from passages import found_in_narrative as _found
from passages import mentions as _mentions

JUTLAND = (
    "The Battle of Jutland was fought in the North Sea on 31 May and 1 June 1916 between the "
    "Grand Fleet and the High Seas Fleet. The German battlecruisers of the 1st Scouting Group "
    "left the Jade at 01:00 on 31 May. At 14:20 the light cruiser Galatea sighted a Danish "
    "steamer and two German destroyers. At 1548 the battlecruisers opened fire at a range of "
    "about 15,000 yards, and Indefatigable blew up at 16:02. Queen Mary was hit by two 12-inch "
    "shells at 16:26 and sank within minutes. The main fleets met at about 18:30, and Jellicoe "
    "deployed his battleships to port. At 19:15 Scheer turned away for the second time. During "
    "the night the German fleet broke through the rear of the Grand Fleet. Shortly after "
    "midnight the armoured cruiser Black Prince blundered into the German line. By 03:00 on 1 "
    "June Scheer had reached the Horns Reef light, and the High Seas Fleet was back in the Jade "
    "that afternoon. The British lost 6,094 men, the Germans 2,551."
)

JUTLAND_TABLE: list[Row] = [
    ("31 May", "DATE", "1916-05-31"),
    ("1 June 1916", "DATE", "1916-06-01"),
    ("01:00 on 31 May", "TIME", "1916-05-31T01:00"),
    ("14:20", "TIME", "1916-05-31T14:20"),
    # a military clock time after "At" that opens a sentence, not the year 1548
    ("1548", "TIME", "1916-05-31T15:48"),
    ("16:02", "TIME", "1916-05-31T16:02"),
    ("16:26", "TIME", "1916-05-31T16:26"),
    ("minutes", "DURATION", "PTXM"),
    ("18:30", "TIME", "1916-05-31T18:30"),
    ("19:15", "TIME", "1916-05-31T19:15"),
    ("the night", "TIME", "1916-05-31TNI"),
    ("midnight", "TIME", "1916-05-31T24:00"),
    ("03:00 on 1 June", "TIME", "1916-06-01T03:00"),
    ("that afternoon", "TIME", "1916-06-01TAF"),
]


ATLANTIC = (
    "The Battle of the Atlantic was the longest continuous military campaign of the Second "
    "World War, running from 1939 to 1945. On 14 October 1939 the U-47 entered Scapa Flow and "
    "sank the battleship Royal Oak shortly after 01:00. In the summer of 1940 the U-boats "
    "operated from the French Atlantic ports. On 9 May 1941 the U-boat U-110 was captured with "
    "its Enigma machine by HMS Bulldog. Convoy PQ 17 left Iceland on 27 June 1942. At 22:15 on "
    "4 July the Admiralty ordered it to scatter, and over the next week 24 of its 35 merchant "
    "ships were sunk. In March 1943 the convoys HX 229 and SC 122 lost 22 ships in four days. "
    "Convoy ON 127 had lost seven ships the previous September. In May 1943 the U-boats lost 41 "
    "boats, and Dönitz withdrew them from the North Atlantic on 24 May. Later that year the "
    "escort carriers closed the Mid-Atlantic gap. The last U-boat attacks came in May 1945."
)

ATLANTIC_TABLE: list[Row] = [
    ("1939", "DATE", "1939"),
    ("1945", "DATE", "1945"),
    ("14 October 1939", "DATE", "1939-10-14"),
    ("01:00", "TIME", "1939-10-14T01:00"),
    ("the summer of 1940", "DATE", "1940-SU"),
    ("9 May 1941", "DATE", "1941-05-09"),
    ("27 June 1942", "DATE", "1942-06-27"),
    ("22:15 on 4 July", "TIME", "1942-07-04T22:15"),
    ("the next week", "DURATION", "P1W"),
    ("March 1943", "DATE", "1943-03"),
    ("four days", "DURATION", "P4D"),
    ("the previous September", "DATE", "1942-09"),
    ("May 1943", "DATE", "1943-05"),
    ("24 May", "DATE", "1943-05-24"),
    ("Later that year", "DATE", "1943"),
    ("May 1945", "DATE", "1945-05"),
]


BISMARCK = (
    "The German battleship Bismarck and the heavy cruiser Prinz Eugen left Gotenhafen on 18 May "
    "1941 for Operation Rheinübung. At 0400 hours on 24 May the British battlecruiser HMS Hood "
    "and the battleship Prince of Wales closed on the German ships in the Denmark Strait. Hood "
    "opened fire at 05:52, and at 06:00 a shell from Bismarck's 15-inch guns struck her "
    "magazine. She sank within three minutes, and only three of her crew of 1,418 survived. "
    "Bismarck was hit three times and turned towards St Nazaire. Contact was lost shortly after "
    "03:00 on 25 May, and for 31 hours the Home Fleet searched for her. A Catalina found her at "
    "10:30 on 26 May. At 2047 Swordfish from Ark Royal attacked, and a torpedo jammed her "
    "rudders. During the first watch the destroyers of the 4th Flotilla attacked with "
    "torpedoes. King George V and Rodney opened fire at 0847 the following morning. At 1040 "
    "Bismarck sank, 700 km west of Brest, in naval grid square BE 1935."
)

BISMARCK_TABLE: list[Row] = [
    ("18 May 1941", "DATE", "1941-05-18"),
    ("0400 hours on 24 May", "TIME", "1941-05-24T04:00"),
    ("05:52", "TIME", "1941-05-24T05:52"),
    ("06:00", "TIME", "1941-05-24T06:00"),
    ("three minutes", "DURATION", "PT3M"),
    ("03:00 on 25 May", "TIME", "1941-05-25T03:00"),
    ("31 hours", "DURATION", "PT31H"),
    ("10:30 on 26 May", "TIME", "1941-05-26T10:30"),
    ("2047", "TIME", "1941-05-26T20:47"),
    # the naval watch from 20:00 to midnight
    ("the first watch", "TIME", "1941-05-26TNI"),
    # four digits with a leading zero and the day of the story: one TIME
    ("0847 the following morning", "TIME", "1941-05-27T08:47"),
    ("1040", "TIME", "1941-05-27T10:40"),
    # (not the year of "naval grid square BE 1935")
]


TARANTO = (
    "The Battle of Taranto took place on the night of 11/12 November 1940, when 21 Fairey "
    "Swordfish from HMS Illustrious attacked the Italian fleet at anchor in Operation "
    "Judgement. Illustrious, which had left Alexandria on 6 November with the Mediterranean "
    "Fleet, launched the first wave of twelve aircraft at 20:40, some 170 miles from Taranto, "
    "and the second wave at 21:34. The first wave reached the harbour at about 22:58 and "
    "dropped flares along the eastern side. The second wave attacked shortly before midnight. "
    "The Swordfish were back aboard by 02:50. Three Italian battleships had been hit by "
    "18-inch torpedoes, and Conte di Cavour was out of action for the rest of the war. Later "
    "that day the Italian fleet moved to Naples. The Japanese naval attaché in Rome "
    "visited Taranto the following year."
)

TARANTO_TABLE: list[Row] = [
    ("11", "DATE", "1940-11-11"),
    ("12 November 1940", "DATE", "1940-11-12"),
    ("6 November", "DATE", "1940-11-06"),
    # the evening of the night of 11/12 November, whatever the relative clause between dates
    ("20:40", "TIME", "1940-11-11T20:40"),
    ("21:34", "TIME", "1940-11-11T21:34"),
    ("22:58", "TIME", "1940-11-11T22:58"),
    ("midnight", "TIME", "1940-11-11T24:00"),
    ("02:50", "TIME", "1940-11-12T02:50"),
    ("Later that day", "DATE", "1940-11-12"),
    ("the following year", "DATE", "1941"),
]


PEARL_HARBOR = (
    "The attack on Pearl Harbor was a surprise military strike by the Imperial Japanese Navy "
    "against the United States naval base in Hawaii at dawn on 7 December 1941. The Kido Butai "
    "had left Hitokappu Bay on 26 November. The first wave of 183 aircraft was launched at "
    "06:00 from a point 230 miles north of Oahu. At 07:02 the radar at Opana Point detected "
    "the aircraft, and the report was dismissed. The attack began at 07:48 Hawaiian time. The "
    "Arizona exploded at about 08:10 after a 1,760-pound bomb hit her forward magazine. The "
    "second wave of 171 aircraft struck at 08:54. The attack was over by 09:45, having lasted "
    "about two hours. The carrier Enterprise (CV-6) was at sea and returned to Pearl Harbor "
    'that evening. The following day Roosevelt called 7 December 1941 "a date which will live '
    'in infamy", and Congress declared war on Japan. Germany declared war on the United States '
    "three days later."
)

PEARL_HARBOR_TABLE: list[Row] = [
    ("7 December 1941", "DATE", "1941-12-07"),
    ("26 November", "DATE", "1941-11-26"),
    # the story is at 7 December again after the past perfect looked back to 26 November
    ("06:00", "TIME", "1941-12-07T06:00"),
    ("07:02", "TIME", "1941-12-07T07:02"),
    ("07:48", "TIME", "1941-12-07T07:48"),
    ("08:10", "TIME", "1941-12-07T08:10"),
    ("08:54", "TIME", "1941-12-07T08:54"),
    ("09:45", "TIME", "1941-12-07T09:45"),
    ("two hours", "DURATION", "PT2H"),
    ("that evening", "TIME", "1941-12-07TEV"),
    ("The following day", "DATE", "1941-12-08"),
    ("7 December 1941", "DATE", "1941-12-07"),
    ("three days later", "DATE", "1941-12-10"),
]


FORCE_Z = (
    "Force Z, the battleship Prince of Wales and the battlecruiser Repulse with four destroyers, "
    "sailed from Singapore on the evening of 8 December 1941. A Japanese submarine sighted the "
    "force at 13:45 on 9 December. After a false report of a landing at Kuantan, Phillips turned "
    "towards the coast shortly after midnight. At 11:13 on 10 December the first high-level "
    "bombers attacked. Repulse was hit by five torpedoes and sank at 12:33, and Prince of Wales "
    "sank at 13:18. Her 14-inch guns had not fired a shot. The sinking came two days after the "
    "attack on Pearl Harbor."
)

FORCE_Z_TABLE: list[Row] = [
    ("8 December 1941", "DATE", "1941-12-08"),
    ("13:45 on 9 December", "TIME", "1941-12-09T13:45"),
    ("midnight", "TIME", "1941-12-09T24:00"),
    ("11:13 on 10 December", "TIME", "1941-12-10T11:13"),
    ("12:33", "TIME", "1941-12-10T12:33"),
    ("13:18", "TIME", "1941-12-10T13:18"),
    ("two days", "DURATION", "P2D"),
]


CORAL_SEA = (
    "The Battle of the Coral Sea, fought from 4 to 8 May 1942, was the first action in which "
    "aircraft carriers engaged each other. On the morning of 7 May American aircraft sank the "
    "light carrier Shōhō at about 11:35. The Japanese strike that afternoon found only the oiler "
    "Neosho and the destroyer Sims. The main carrier forces found each other the following "
    "morning. At 11:20 on 8 May Japanese aircraft hit Lexington and Yorktown. Lexington was "
    "scuttled that evening. Task Force 17 withdrew to the south, and the damaged Yorktown "
    "reached Pearl Harbor on 27 May. Repairs that were expected to take three months were done "
    "in 72 hours, and she sailed for Midway on 30 May."
)

CORAL_SEA_TABLE: list[Row] = [
    ("4", "DATE", "1942-05-04"),
    ("8 May 1942", "DATE", "1942-05-08"),
    ("7 May", "DATE", "1942-05-07"),
    ("11:35", "TIME", "1942-05-07T11:35"),
    # "The Japanese strike that afternoon": a noun before "that afternoon" is no relative clause
    ("that afternoon", "TIME", "1942-05-07TAF"),
    ("the following morning", "TIME", "1942-05-08TMO"),
    ("11:20 on 8 May", "TIME", "1942-05-08T11:20"),
    ("that evening", "TIME", "1942-05-08TEV"),
    ("27 May", "DATE", "1942-05-27"),
    ("three months", "DURATION", "P3M"),
    ("72 hours", "DURATION", "PT72H"),
    ("30 May", "DATE", "1942-05-30"),
]


LEYTE_GULF = (
    "The Battle of Leyte Gulf, fought from 23 to 26 October 1944, was the largest naval battle "
    "of the Second World War. On 24 October aircraft of Task Force 38 attacked Kurita's Centre "
    "Force in the Sibuyan Sea, and the battleship Musashi sank at about 19:35 after 19 torpedo "
    "and 17 bomb hits. That night Halsey took his carriers north after Ozawa's decoy force. In "
    "the Surigao Strait during the night of 24/25 October Oldendorf's battleships crossed the "
    "Japanese T. Fusō was torpedoed at 03:09, and Yamashiro sank at 04:19. Off Samar at 06:45 "
    "on 25 October Kurita's battleships found the escort carriers of Taffy 3. The action lasted "
    "some two hours, until Kurita broke off at 09:11. The first kamikaze attacks were made the "
    "same day. Four Japanese carriers were sunk off Cape Engaño that afternoon."
)

LEYTE_GULF_TABLE: list[Row] = [
    ("23", "DATE", "1944-10-23"),
    ("26 October 1944", "DATE", "1944-10-26"),
    ("24 October", "DATE", "1944-10-24"),
    ("19:35", "TIME", "1944-10-24T19:35"),
    ("That night", "TIME", "1944-10-24TNI"),
    ("24", "DATE", "1944-10-24"),
    ("25 October", "DATE", "1944-10-25"),
    ("03:09", "TIME", "1944-10-25T03:09"),
    ("04:19", "TIME", "1944-10-25T04:19"),
    ("06:45 on 25 October", "TIME", "1944-10-25T06:45"),
    ("two hours", "DURATION", "PT2H"),
    ("09:11", "TIME", "1944-10-25T09:11"),
    ("the same day", "DATE", "1944-10-25"),
    ("that afternoon", "TIME", "1944-10-25TAF"),
]


FALKLANDS_AT_SEA = (
    "The war at sea in the Falklands lasted from April to June 1982. On 2 May the submarine HMS "
    "Conqueror fired three Mk 8 torpedoes at the cruiser General Belgrano at 15:57, and the "
    "cruiser sank within an hour. Two days later HMS Sheffield was hit by an Exocet fired by a "
    "Super Étendard; she burned for six days and sank on 10 May. On 21 May the landing ships "
    "entered San Carlos Water shortly after dawn. HMS Ardent was sunk that afternoon, and "
    "Antelope two days later. On 25 May, Argentina's national day, HMS Coventry and the Atlantic "
    "Conveyor were lost. The destroyer's 4.5-inch gun could not reach the Skyhawks. Sir Galahad "
    "was bombed at Fitzroy at 14:10 on 8 June. The Argentine garrison surrendered on 14 June, "
    "after 74 days."
)

FALKLANDS_AT_SEA_TABLE: list[Row] = [
    ("April", "DATE", "1982-04"),
    ("June 1982", "DATE", "1982-06"),
    ("2 May", "DATE", "1982-05-02"),
    ("15:57", "TIME", "1982-05-02T15:57"),
    ("an hour", "DURATION", "PT1H"),
    ("Two days later", "DATE", "1982-05-04"),
    ("six days", "DURATION", "P6D"),
    ("10 May", "DATE", "1982-05-10"),
    ("21 May", "DATE", "1982-05-21"),
    ("dawn", "TIME", "1982-05-21TMO"),
    ("that afternoon", "TIME", "1982-05-21TAF"),
    ("two days later", "DATE", "1982-05-23"),
    ("25 May", "DATE", "1982-05-25"),
    ("14:10 on 8 June", "TIME", "1982-06-08T14:10"),
    ("14 June", "DATE", "1982-06-14"),
    ("74 days", "DURATION", "P74D"),
]


BATTLE_OF_BRITAIN = (
    "The Battle of Britain was fought in the skies over southern England from July to October "
    "1940. The Luftwaffe's attacks on Channel convoys began on 10 July. Adlertag, the opening day "
    "of the main offensive, was 13 August. On 15 August the Luftwaffe flew more than 1,700 "
    "sorties, and on 18 August, the Hardest Day, both sides lost more aircraft than on any other "
    "day. From 24 August to 6 September the Bf 109s and Ju 88s struck the airfields of No. 11 "
    "Group. On 7 September the Luftwaffe turned on London. On 15 September the Spitfires and "
    "Hurricanes broke two large raids before noon and another at about 14:00; the day is kept "
    "as Battle of Britain Day. Two days later Hitler postponed the invasion indefinitely. JG 26 "
    "and the Ju 87 units had been withdrawn from the Channel by then."
)

BATTLE_OF_BRITAIN_TABLE: list[Row] = [
    ("July", "DATE", "1940-07"),
    ("October 1940", "DATE", "1940-10"),
    ("10 July", "DATE", "1940-07-10"),
    ("13 August", "DATE", "1940-08-13"),
    ("15 August", "DATE", "1940-08-15"),
    ("18 August", "DATE", "1940-08-18"),
    ("24 August", "DATE", "1940-08-24"),
    ("6 September", "DATE", "1940-09-06"),
    ("7 September", "DATE", "1940-09-07"),
    ("15 September", "DATE", "1940-09-15"),
    ("noon", "TIME", "1940-09-15T12:00"),
    ("14:00", "TIME", "1940-09-15T14:00"),
    ("Two days later", "DATE", "1940-09-17"),
]


BLITZ = (
    "The Blitz was a German bombing campaign against Britain from 7 September 1940 to 11 May "
    "1941. London was bombed for 57 consecutive nights. On the night of 14/15 November 1940, 515 "
    "bombers attacked Coventry in Operation Moonlight Sonata; the first bombs fell at 19:20 and "
    "the raid lasted eleven hours. The following morning much of the city centre lay in ruins. "
    "The raid of the night of 29/30 December started the Second Great Fire of London. In the "
    "spring of 1941 the ports were the main targets. Belfast was bombed on the night of 15/16 "
    "April. The heaviest raid on London came on the night of 10/11 May 1941. The Blitz killed "
    "some 43,000 civilians in eight months."
)

BLITZ_TABLE: list[Row] = [
    ("7 September 1940", "DATE", "1940-09-07"),
    ("11 May 1941", "DATE", "1941-05-11"),
    ("57 consecutive nights", "DURATION", "P57D"),
    ("14", "DATE", "1940-11-14"),
    ("15 November 1940", "DATE", "1940-11-15"),
    ("19:20", "TIME", "1940-11-14T19:20"),
    ("eleven hours", "DURATION", "PT11H"),
    ("The following morning", "TIME", "1940-11-15TMO"),
    ("29", "DATE", "1940-12-29"),
    ("30 December", "DATE", "1940-12-30"),
    ("the spring of 1941", "DATE", "1941-SP"),
    ("15", "DATE", "1941-04-15"),
    ("16 April", "DATE", "1941-04-16"),
    ("10", "DATE", "1941-05-10"),
    ("11 May 1941", "DATE", "1941-05-11"),
    ("eight months", "DURATION", "P8M"),
]


DAMBUSTERS = (
    "Operation Chastise was an attack on the dams of the Ruhr carried out on the night of 16/17 "
    "May 1943 by No. 617 Squadron RAF. The first of the 19 Lancasters took off from Scampton at "
    "21:28. Gibson's aircraft attacked the Möhne dam at 00:28, and the dam was breached at "
    "00:49 by the fifth bomb. The Eder dam was breached at 01:52. The Sorpe was attacked but not "
    "breached. The last aircraft landed at 06:15. Eight Lancasters failed to return, and 53 of "
    "the 133 aircrew were killed. Later that morning a Spitfire of the photographic "
    "reconnaissance unit photographed the flood. The squadron had been formed only two months "
    "earlier."
)

DAMBUSTERS_TABLE: list[Row] = [
    ("16", "DATE", "1943-05-16"),
    ("17 May 1943", "DATE", "1943-05-17"),
    ("21:28", "TIME", "1943-05-16T21:28"),
    ("00:28", "TIME", "1943-05-17T00:28"),
    ("00:49", "TIME", "1943-05-17T00:49"),
    ("01:52", "TIME", "1943-05-17T01:52"),
    ("06:15", "TIME", "1943-05-17T06:15"),
    ("Later that morning", "TIME", "1943-05-17TMO"),
    ("two months earlier", "DATE", "1943-03"),
]


STRATEGIC_BOMBING = (
    "The strategic bombing of Germany was carried out by RAF Bomber Command by night and by "
    "the 8th Air Force by day. In Operation Gomorrah, from 24 July to 3 August 1943, the "
    "bombers attacked Hamburg. On the night of 27/28 July the firestorm killed some 18,000 "
    "people. On 17 August 1943, B-17s of the 8th Air Force attacked Schweinfurt and Regensburg "
    "and lost 60 aircraft. On 14 October, Black Thursday, another 60 B-17s failed to return. "
    "From February 1944 P-51 Mustangs escorted the bombers all the way to Berlin. Dresden was "
    "bombed from 13 to 15 February 1945. Over Japan the B-29s of the 20th Air Force turned to "
    "low-level fire raids: on the night of 9/10 March 1945, 279 B-29s burned some 16 square "
    "miles of Tokyo. On 6 August 1945 the Enola Gay dropped an atomic bomb on Hiroshima at "
    "08:15. Three days later a second bomb fell on Nagasaki at 11:02."
)

STRATEGIC_BOMBING_TABLE: list[Row] = [
    ("24 July", "DATE", "1943-07-24"),
    ("3 August 1943", "DATE", "1943-08-03"),
    ("27", "DATE", "1943-07-27"),
    ("28 July", "DATE", "1943-07-28"),
    ("17 August 1943", "DATE", "1943-08-17"),
    ("14 October", "DATE", "1943-10-14"),
    ("February 1944", "DATE", "1944-02"),
    ("13", "DATE", "1945-02-13"),
    ("15 February 1945", "DATE", "1945-02-15"),
    ("9", "DATE", "1945-03-09"),
    ("10 March 1945", "DATE", "1945-03-10"),
    ("6 August 1945", "DATE", "1945-08-06"),
    ("08:15", "TIME", "1945-08-06T08:15"),
    ("Three days later", "DATE", "1945-08-09"),
    ("11:02", "TIME", "1945-08-09T11:02"),
]


BERLIN_AIRLIFT = (
    "The Soviet blockade of West Berlin began on 24 June 1948, when all road, rail and canal "
    "access to the western sectors was cut. The airlift began two days later, on 26 June, with "
    "C-47s flying in 80 tons of supplies. Operation Vittles grew over the summer with the "
    "C-54 Skymasters, and by the autumn the aircraft were landing at Tempelhof every three "
    "minutes. At its peak, on 16 April 1949, the Easter Parade, 1,398 flights delivered 12,941 "
    "tons of coal in 24 hours. The Soviets lifted the blockade at one minute after midnight on "
    "12 May 1949. The airlift continued until 30 September 1949. In 15 months the aircraft of "
    "the airlift had flown 277,569 flights."
)

BERLIN_AIRLIFT_TABLE: list[Row] = [
    ("24 June 1948", "DATE", "1948-06-24"),
    ("two days later", "DATE", "1948-06-26"),
    ("26 June", "DATE", "1948-06-26"),
    ("the summer", "DATE", "1948-SU"),
    ("the autumn", "DATE", "1948-FA"),
    ("every three minutes", "SET", "PT3M"),
    ("16 April 1949", "DATE", "1949-04-16"),
    ("24 hours", "DURATION", "PT24H"),
    # a minute after the midnight that opens 12 May: one TIME
    ("one minute after midnight on 12 May 1949", "TIME", "1949-05-12T00:01"),
    ("30 September 1949", "DATE", "1949-09-30"),
    ("15 months", "DURATION", "P15M"),
]


ROLLING_THUNDER = (
    "Operation Rolling Thunder was an aerial bombing campaign against North Vietnam from 2 March "
    "1965 to 2 November 1968. The first strikes were flown by F-105 Thunderchiefs against an "
    "ammunition depot at Xom Bang. On 24 July 1965 an F-4C was shot down by an SA-2 missile for "
    "the first time. The bombing was halted on 24 December 1965 and resumed on 31 January 1966, "
    "after a 37-day pause. In Operation Bolo on 2 January 1967 F-4s flying as F-105s shot down "
    "seven MiG-21s. Johnson limited the bombing to the south of the 20th parallel on 31 March "
    "1968. The campaign lasted three years and eight months, and some 900 American aircraft were "
    "lost. Linebacker II, the Christmas bombing, was flown from 18 to 29 December 1972."
)

ROLLING_THUNDER_TABLE: list[Row] = [
    ("2 March 1965", "DATE", "1965-03-02"),
    ("2 November 1968", "DATE", "1968-11-02"),
    ("24 July 1965", "DATE", "1965-07-24"),
    ("24 December 1965", "DATE", "1965-12-24"),
    ("31 January 1966", "DATE", "1966-01-31"),
    ("37-day", "DURATION", "P37D"),
    ("2 January 1967", "DATE", "1967-01-02"),
    ("31 March 1968", "DATE", "1968-03-31"),
    ("three years and eight months", "DURATION", "P3Y8M"),
    # (not the Christmas of "the Christmas bombing", a name)
    ("18", "DATE", "1972-12-18"),
    ("29 December 1972", "DATE", "1972-12-29"),
]


DESERT_STORM_AIR = (
    "The air campaign of the Gulf War began on 17 January 1991 (D-Day). At 02:38 local time Apache "
    "helicopters destroyed two radar sites, and F-117s struck Baghdad about twenty minutes later. "
    "On the first day of the operation the coalition flew some 1,300 sorties. On the second "
    "night Iraq fired its first Scud missiles at Israel. By D+3 the Iraqi air force no longer "
    "challenged the coalition in the air. On 13 February two laser-guided bombs struck the "
    "Amiriyah shelter in Baghdad. Over the next 38 days coalition aircraft flew more than "
    "100,000 sorties, and the ground war began on 24 February."
)

DESERT_STORM_AIR_TABLE: list[Row] = [
    ("17 January 1991", "DATE", "1991-01-17"),
    ("D-Day", "DATE", "1991-01-17"),
    ("02:38", "TIME", "1991-01-17T02:38"),
    ("twenty minutes later", "TIME", "1991-01-17T02:58"),
    ("the first day", "DATE", "1991-01-17"),
    # the second night of the operation
    ("the second night", "TIME", "1991-01-18TNI"),
    ("D+3", "DATE", "1991-01-20"),
    ("13 February", "DATE", "1991-02-13"),
    ("the next 38 days", "DURATION", "P38D"),
    ("24 February", "DATE", "1991-02-24"),
]


def _gap(text: str, table: list[Row], reason: str) -> object:
    """A passage chrono does not read as its table yet, for ``reason``."""
    return pytest.param(text, table, marks=pytest.mark.xfail(strict=True, reason=reason))


PASSAGES = [
    (JUTLAND, JUTLAND_TABLE),
    (ATLANTIC, ATLANTIC_TABLE),
    (BISMARCK, BISMARCK_TABLE),
    (TARANTO, TARANTO_TABLE),
    (PEARL_HARBOR, PEARL_HARBOR_TABLE),
    (FORCE_Z, FORCE_Z_TABLE),
    (CORAL_SEA, CORAL_SEA_TABLE),
    (LEYTE_GULF, LEYTE_GULF_TABLE),
    (FALKLANDS_AT_SEA, FALKLANDS_AT_SEA_TABLE),
    (BATTLE_OF_BRITAIN, BATTLE_OF_BRITAIN_TABLE),
    (BLITZ, BLITZ_TABLE),
    (DAMBUSTERS, DAMBUSTERS_TABLE),
    (STRATEGIC_BOMBING, STRATEGIC_BOMBING_TABLE),
    (BERLIN_AIRLIFT, BERLIN_AIRLIFT_TABLE),
    (ROLLING_THUNDER, ROLLING_THUNDER_TABLE),
    (DESERT_STORM_AIR, DESERT_STORM_AIR_TABLE),
]


@pytest.mark.parametrize(("text", "table"), PASSAGES)
def test_campaign_at_sea_or_in_the_air_reads_as_its_table(text: str, table: list[Row]) -> None:
    """Each passage, read as a narrative, yields exactly its table."""
    assert _mentions(text, genre="narrative") == table


@pytest.mark.parametrize(("text", "table"), PASSAGES)
def test_campaign_reads_the_same_with_a_later_date(text: str, table: list[Row]) -> None:
    """A history talks about its own dates: ``auto`` with a later date reads it the same."""
    assert _mentions(text, genre="auto", dct="2024-05-01") == table


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The fleets met on 31 May 1916. At 1650 Beatty turned north.",
            ("1650", "TIME", "1916-05-31T16:50"),
        ),
        (
            "Bismarck was found at 10:30 on 26 May 1941. At 2047, Swordfish from Ark Royal "
            "attacked.",
            ("2047", "TIME", "1941-05-26T20:47"),
        ),
        (
            "The squadron took off on 16 May 1943. At 0028 Gibson attacked the Möhne dam.",
            ("0028", "TIME", "1943-05-16T00:28"),
        ),
    ],
)
def test_four_digits_after_at_opening_a_sentence_are_a_clock_time(text: str, expected: Row) -> None:
    """ "At 1650 Beatty turned north": a military clock time, not the year 1650."""
    assert _mentions(text, genre="narrative")[-1] == expected


@pytest.mark.parametrize(
    "text",
    [
        # a unit after the number: a height, a depth, a temperature
        "At 1500 feet the bombers levelled off.",
        "At 1200 metres the U-boat's hull would collapse.",
        "At 1100 degrees Celsius the steel melted.",
        # a year after "in" or "by"
        "In 1650 the town had 2,000 inhabitants.",
        "By 1588 the Armada was ready.",
        # a level inside a sentence
        "The index closed at 1650 on heavy volume.",
        # an era after the number
        "At 1200 AD the castle was rebuilt.",
    ],
)
def test_four_digits_after_at_are_no_time_before_a_unit_or_an_era(text: str) -> None:
    """Heights, depths, temperatures, levels and years are no clock times."""
    assert [row for row in _mentions(text, genre="narrative") if row[1] == "TIME"] == []


def test_a_leading_zero_clock_time_and_the_next_morning_are_one_time() -> None:
    """ "at 0847 the following morning": one TIME of the next day."""
    text = "Bismarck was found on 26 May 1941. The battleships fired at 0847 the following morning."
    assert _mentions(text, genre="narrative")[-1] == (
        "0847 the following morning",
        "TIME",
        "1941-05-27T08:47",
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The destroyers closed in on 26 May 1941. During the first watch they attacked.",
            ("the first watch", "TIME", "1941-05-26TNI"),
        ),
        (
            "The convoy sailed on 4 July 1942. In the forenoon watch the lookouts saw smoke.",
            ("the forenoon watch", "TIME", "1942-07-04TMO"),
        ),
        (
            "The convoy sailed on 4 July 1942. During the afternoon watch a U-boat was sighted.",
            ("the afternoon watch", "TIME", "1942-07-04TAF"),
        ),
        (
            "The convoy sailed on 4 July 1942. During the dog watches the escorts refuelled.",
            ("the dog watches", "TIME", "1942-07-04TEV"),
        ),
    ],
)
def test_a_naval_watch_is_a_part_of_the_day(text: str, expected: Row) -> None:
    """The watches of a ship's day are its parts: the first watch the night's."""
    assert _mentions(text, genre="narrative")[-1] == expected


@pytest.mark.parametrize(
    "text",
    [
        "He bought his first watch in Geneva.",
        "Human Rights Watch published the report.",
        "The watch list named 40 ships.",
        "She kept watch on the bridge.",
        "The first watch he owned was a Rolex.",
    ],
)
def test_a_watch_that_is_no_part_of_a_ships_day_is_no_time(text: str) -> None:
    """A timepiece, an organisation, a list and keeping watch are no times."""
    assert _found(text) == []


def test_a_noun_before_that_afternoon_is_no_relative_clause() -> None:
    """ "The Japanese strike that afternoon found ...": the afternoon of the story's day."""
    text = "On 7 May 1942 the Shoho was sunk. The Japanese strike that afternoon found the oiler."
    assert _mentions(text, genre="narrative")[-1] == ("that afternoon", "TIME", "1942-05-07TAF")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Linebacker II, the Christmas bombing, began on 18 December 1972.", ["18 December 1972"]),
        ("The Christmas bombings of 1972 ended the talks.", ["1972"]),
        # the day itself stays a day
        ("The bombing paused for Christmas 1972.", ["Christmas 1972"]),
        ("The crews flew on Christmas Day.", ["Christmas Day"]),
    ],
)
def test_the_christmas_bombing_is_a_name(text: str, expected: list[str]) -> None:
    """ "the Christmas bombing" names a campaign, as "the Tet Offensive" does."""
    assert _found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The air campaign began on 17 January 1991. On the second night Iraq fired Scuds.",
            ("the second night", "TIME", "1991-01-18TNI"),
        ),
        (
            "The Blitz began on 7 September 1940. By the third night the docks were ablaze.",
            ("the third night", "TIME", "1940-09-09TNI"),
        ),
    ],
)
def test_the_nth_night_counts_from_the_story_day(text: str, expected: Row) -> None:
    """ "On the second night" is the night of the day after the first, as "the second day"."""
    assert _mentions(text, genre="narrative")[-1] == expected


@pytest.mark.parametrize(
    "text",
    [
        "The second night of the festival was sold out.",
        "It was his second night in a row on duty.",
    ],
)
def test_the_nth_night_of_a_show_or_in_a_row_is_no_time(text: str) -> None:
    """A night of an undated event or "in a row" is not the story's."""
    assert _found(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The blockade was lifted at one minute after midnight on 12 May 1949.",
            ("one minute after midnight on 12 May 1949", "TIME", "1949-05-12T00:01"),
        ),
        (
            "The second wave arrived at 22:15 on 14 November 1940. The all-clear sounded at ten "
            "minutes past midnight.",
            ("ten minutes past midnight", "TIME", "1940-11-15T00:10"),
        ),
        (
            "The ceasefire was signed on 8 May 1945 and took effect at one minute past midnight "
            "on 9 May.",
            ("one minute past midnight on 9 May", "TIME", "1945-05-09T00:01"),
        ),
        (
            "On 6 June 1944 the guns fell silent at five minutes past noon.",
            ("five minutes past noon", "TIME", "1944-06-06T12:05"),
        ),
    ],
)
def test_minutes_after_midnight_or_noon_are_a_clock_time(text: str, expected: Row) -> None:
    """ "one minute after midnight on 12 May 1949" is 00:01 of the 12th, one TIME."""
    assert _mentions(text, genre="narrative")[-1] == expected


def test_a_past_perfect_look_back_leaves_the_story_on_its_day() -> None:
    """After "had left ... on 26 November", the clock times are still 7 December's."""
    text = (
        "The attack on Pearl Harbor came on 7 December 1941. The Kido Butai had left "
        "Hitokappu Bay on 26 November. The first wave was launched at 06:00."
    )
    assert _mentions(text, genre="narrative")[-1] == ("06:00", "TIME", "1941-12-07T06:00")


def test_a_past_perfect_story_goes_on_from_its_date() -> None:
    """ "had fled to Florida in June 1998 and returned later that year": 1998."""
    text = "Munero had fled to Florida in June 1998 and returned to Cuba later that year."
    assert _mentions(text, genre="narrative")[-1] == ("later that year", "DATE", "1998")


def test_the_night_of_two_days_keeps_its_evening_through_a_relative_clause() -> None:
    """ "the night of 11/12 November ... which had left ... on 6 November, launched at 20:40":
    the 11th's evening."""
    text = (
        "The attack took place on the night of 11/12 November 1940. Illustrious, which had "
        "left Alexandria on 6 November, launched the first wave at 20:40."
    )
    assert _mentions(text, genre="narrative")[-1] == ("20:40", "TIME", "1940-11-11T20:40")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # after the small hours of a night: that night's morning
        (
            "The raid came on the night of 11/12 November 1940. The Swordfish were back by "
            "02:50. The following morning the fleet moved to Naples.",
            ("The following morning", "TIME", "1940-11-12TMO"),
        ),
        # after a morning clock time: the next day's
        (
            "On 5 May 1944 at 09:00 the attack began. The following morning it rained.",
            ("The following morning", "TIME", "1944-05-06TMO"),
        ),
    ],
)
def test_the_following_morning_after_the_small_hours_of_a_night_is_that_nights(
    text: str, expected: Row
) -> None:
    """ "back by 02:50. The following morning": the morning after the night, the same date."""
    assert _mentions(text, genre="narrative")[-1] == expected


@pytest.mark.xfail(
    strict=True,
    reason="four digits after 'at' inside a sentence ('Bismarck sank at 1040') are a clock time "
    "only by the story's hour-level context, which the rules cannot see: the same words are a "
    "level ('closed at 1650') or a year ('looking at 2020')",
)
def test_four_digits_after_at_inside_a_sentence_are_a_clock_time() -> None:
    """ "Bismarck sank at 1040" in a story told by the hour: 10:40."""
    text = "Rodney opened fire at 08:47 on 27 May 1941, and Bismarck sank at 1040."
    assert _mentions(text, genre="narrative")[-1] == ("1040", "TIME", "1941-05-27T10:40")


@pytest.mark.xfail(
    strict=True,
    reason="'D-Day' in apposition after its date with a comma is Overlord's: only '(D-Day)' in "
    "brackets makes it the operation's",
)
def test_a_d_day_in_apposition_to_its_date_is_that_date() -> None:
    """ "began on 17 January 1991, D-Day.": the air campaign's D-Day, not 6 June 1944."""
    text = "The air campaign began on 17 January 1991, D-Day. By D+3 the Iraqi air force was gone."
    assert _mentions(text, genre="narrative")[1:] == [
        ("D-Day", "DATE", "1991-01-17"),
        ("D+3", "DATE", "1991-01-20"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Convoys HX 229, SC 122, PQ 17 and ON 127 lost ships to the wolf packs.",
        "U-47 sank the Royal Oak, and the U-boat U-110 was captured by HMS Bulldog.",
        "HMS Hood, USS Enterprise (CV-6), Task Force 58 and Force Z were at sea.",
        "The B-17, the B-29, the Ju 87 and the Bf 109 flew beside the Spitfire Mk IX.",
        "The MiG-21 and the F-4 met over the Red River.",
        "No. 617 Squadron, the 8th Air Force and JG 26 took part.",
        "The U-boat reported its position in naval grid square AJ 1536.",
        "The 1,000-ton destroyers carried 5.5-inch guns, the battleships 16-inch guns.",
        "Operation Chastise and the loss of Flight 19 became legends.",
        "Convoy JW 51B fought the Battle of the Barents Sea.",
    ],
)
def test_naval_and_air_look_alikes_are_no_dates(text: str) -> None:
    """Convoys, U-boats, ships, hull numbers, task forces, aircraft and their marks, squadrons,
    air forces, Geschwader, grid squares, tonnages, calibres, operations and flights."""
    assert _found(text) == []


def test_a_clock_time_does_not_take_the_next_sentences_day() -> None:
    """A clock time and "the next day" are one TIME only inside one sentence: "meets at 10
    a.m. The next day, it will vote" is two mentions, 10:00 of the story's day and the day
    after it ("at 5 a.m. the next day" stays one)."""
    text = (
        "The assembly convened on 3 May 1949. It met at 10 a.m. The next day, it voted. The "
        "guns opened at 5 a.m. the next day."
    )
    assert _mentions(text, genre="narrative") == [
        ("3 May 1949", "DATE", "1949-05-03"),
        ("10 a.m.", "TIME", "1949-05-03T10:00"),
        ("The next day", "DATE", "1949-05-04"),
        ("5 a.m. the next day", "TIME", "1949-05-05T05:00"),
    ]
