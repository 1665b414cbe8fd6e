"""Held-out genre, twelfth round: Wikipedia war histories read as narratives, ancient and medieval.

Passages written for these tests in the style of English Wikipedia's lead and "Course of the
war" sections on wars of antiquity and the Middle Ages (the Second Punic War, the Peloponnesian
War, the Liberators' civil war, the Three Kingdoms, the First Crusade, the Mongol invasion of
Europe, the Hundred Years' War, the Wars of the Roses, the Reconquista, the Byzantine–Sasanian
war of 602–628, the Viking Age, the Hussite Wars), read as held-out war histories are: with
``genre="narrative"`` and the date of the Wikipedia download as the document date. Earlier
rounds (tests/test_war*.py, tests/test_history.py, tests/test_histories_*.py,
tests/test_chronologies.py) already test the astronomical years BC ("44 BC" is -0043),
centuries and decades BC, "the winter of 218–217 BC", "c. 1200", "circa 1450", "(1337–1453)"
spans, "(r. 1558–1603)", Julian Easter before 1583, "the next campaigning season", "Christmas
Day 800.", "AD 79", "Legio X" and wars named by their length; they are used here only as
steps of the story. Conventions as in those files: "for forty days", "a siege of six months"
tag the length; "early in 1242" is the year (mod START); units, councils, counts of men and
numbered kings are no dates.
New here:
- a year of the first millennium written with three digits is a year wherever a history dates
  by it, not only at the end of a clause: after a month and a day ("on 8 June 793", "January
  878 the Danes"), a holiday ("Easter 878"), a season's "of" ("the winter of 208", "the winter
  of 873–874"), "the year" ("the year 184", tagged whole as "the year 1000" is, as TempEval
  tags "the year 2010"), "In" before its clause's subject ("In 614 Shahrbaraz captured", "in
  604 after a siege"), in a war's name ("the War of 602–628"), a decade ("the 990s") and "(c.
  722)"; counts stay counts ("In March 300 soldiers deserted", "c. 300 Spartans");
- the era before the year after a day is one date: "19 August AD 14" (0014-08-19), not a day
  of the story's year BC and a year;
- a bracket after a name is no step of the story when it goes back or dates a life or a reign:
  "Godfrey of Bouillon (c. 1060 – 18 July 1100) was elected a week later" counts from the
  story's 15 July 1099, as after "(born ... – died ...)" and "(reigned ...)";
- "the following year" counts on towards the common era in years BC ("2 August 216 BC ... the
  following year": -0214, 215 BC).
"the third year of his reign" counts from the year "(reigned 1066–1087)" opened (see the test
at the end).
"""

from __future__ import annotations

import pytest
from passages import Row
from passages import found_in_narrative as _found
from passages import mentions as _mentions

# the date of the Wikipedia download the held-out articles come with
DOWNLOAD = "2023-09-12"


def _narrative(text: str) -> list[Row]:
    return _mentions(text, genre="narrative", dct=DOWNLOAD)


SECOND_PUNIC_WAR = (
    "The Second Punic War (218–201 BC) was the second of three wars fought between Carthage and "
    "Rome. In the spring of 218 BC Hannibal left New Carthage with about 90,000 men. He crossed "
    "the Pyrenees in the summer and reached the Rhône by late September. The crossing of the Alps "
    "took fifteen days, and his army came down into the Po valley in November. On the Trebia in "
    "December he destroyed a consular army. The following year he ambushed Flaminius at Lake "
    "Trasimene, on 21 June 217 BC. The Romans then appointed Fabius Maximus dictator for six "
    "months. Through the winter of 217/216 BC Hannibal quartered his army in Apulia. On 2 August "
    "216 BC he annihilated eight legions at Cannae. Hiero of Syracuse, Rome's last loyal ally in "
    "Sicily, died the following year. Over the next twelve years Hannibal remained in Italy. "
    "Scipio landed in Africa in 204 BC, and the war ended at Zama two years later. The peace of "
    "201 BC left Rome the leading power of the western Mediterranean in the late 3rd century BC."
)

SECOND_PUNIC_WAR_TABLE: list[Row] = [
    ("218", "DATE", "-0217"),
    ("201 BC", "DATE", "-0200"),
    ("the spring of 218 BC", "DATE", "-0217-SP"),
    ("the summer", "DATE", "-0217-SU"),
    ("late September", "DATE", "-0217-09"),
    ("fifteen days", "DURATION", "P15D"),
    ("November", "DATE", "-0217-11"),
    ("December", "DATE", "-0217-12"),
    ("The following year", "DATE", "-0216"),
    ("21 June 217 BC", "DATE", "-0216-06-21"),
    ("six months", "DURATION", "P6M"),
    ("the winter of 217/216 BC", "DATE", "-0216-WI"),
    ("2 August 216 BC", "DATE", "-0215-08-02"),
    # counted on towards the common era: 216 BC, then 215 BC
    ("the following year", "DATE", "-0214"),
    ("the next twelve years", "DURATION", "P12Y"),
    ("204 BC", "DATE", "-0203"),
    ("two years later", "DATE", "-0201"),
    ("201 BC", "DATE", "-0200"),
    ("the late 3rd century BC", "DATE", "-03"),
]


PELOPONNESIAN_WAR = (
    "The Peloponnesian War (431–404 BC) was an ancient Greek war fought between Athens and Sparta."
    " Athens had been the leading power of the Aegean since the middle of the 5th century BC. In "
    "the spring of 431 BC a Theban force attacked Plataea. Eighty days later Archidamus invaded "
    "Attica. The following year plague broke out in the crowded city, and Pericles died in the "
    "autumn of 429 BC. The Spartans besieged Plataea for two years; the town surrendered in the "
    "summer of 427 BC. In 425 BC the Athenians captured 292 hoplites on Sphacteria. The Peace of "
    "Nicias was concluded in the spring of 421 BC and was meant to last fifty years. In the summer"
    " of 415 BC Athens sent a great expedition to Sicily. It was destroyed two years later. The "
    "Spartans occupied Decelea in 413 BC and held it for the rest of the war. Lysander destroyed "
    "the Athenian fleet at Aegospotami in 405 BC, and Athens surrendered the following spring. The"
    " Thirty Tyrants ruled the city for eight months."
)

PELOPONNESIAN_WAR_TABLE: list[Row] = [
    ("431", "DATE", "-0430"),
    ("404 BC", "DATE", "-0403"),
    ("the middle of the 5th century BC", "DATE", "-05"),
    ("the spring of 431 BC", "DATE", "-0430-SP"),
    ("Eighty days later", "DATE", "-0430-SP"),
    ("The following year", "DATE", "-0429"),
    ("the autumn of 429 BC", "DATE", "-0428-FA"),
    ("two years", "DURATION", "P2Y"),
    ("the summer of 427 BC", "DATE", "-0426-SU"),
    ("425 BC", "DATE", "-0424"),
    ("the spring of 421 BC", "DATE", "-0420-SP"),
    ("fifty years", "DURATION", "P50Y"),
    ("the summer of 415 BC", "DATE", "-0414-SU"),
    ("two years later", "DATE", "-0412"),
    ("413 BC", "DATE", "-0412"),
    ("405 BC", "DATE", "-0404"),
    ("the following spring", "DATE", "-0403-SP"),
    ("eight months", "DURATION", "P8M"),
]


LIBERATORS_WAR = (
    "The Liberators' civil war was fought after the assassination of Julius Caesar in 44 BC. The "
    "conspirators struck on the Ides of March, at a meeting of the senate in the Curia of Pompey. "
    "Octavian reached Rome in May and raised an army of veterans of Legio X and other legions. In "
    "the autumn of 43 BC he formed the Second Triumvirate with Antony and Lepidus. The triumvirs "
    "crossed to Greece the following year. At Philippi, on 3 October 42 BC, Antony defeated "
    "Cassius, who killed himself. The second battle was fought three weeks later, on 23 October, "
    "and Brutus also took his own life. The triumvirate was renewed for five years in 37 BC. The "
    "alliance broke down in the 30s BC. Octavian defeated Antony and Cleopatra at Actium on 2 "
    "September 31 BC. Alexandria fell eleven months later, on 1 August 30 BC. In January 27 BC the"
    " senate gave Octavian the name Augustus. He ruled for forty years, until his death on 19 "
    "August AD 14. The disaster in the Teutoburg Forest in 9 AD was the one great defeat of his "
    "reign."
)

LIBERATORS_WAR_TABLE: list[Row] = [
    ("44 BC", "DATE", "-0043"),
    ("the Ides of March", "DATE", "-0043-03-15"),
    ("May", "DATE", "-0043-05"),
    ("the autumn of 43 BC", "DATE", "-0042-FA"),
    ("the following year", "DATE", "-0041"),
    ("3 October 42 BC", "DATE", "-0041-10-03"),
    ("three weeks later", "DATE", "-0041-W43"),
    ("23 October", "DATE", "-0041-10-23"),
    ("five years", "DURATION", "P5Y"),
    ("37 BC", "DATE", "-0036"),
    ("the 30s BC", "DATE", "-004"),
    ("2 September 31 BC", "DATE", "-0030-09-02"),
    ("eleven months later", "DATE", "-0029-08"),
    ("1 August 30 BC", "DATE", "-0029-08-01"),
    ("January 27 BC", "DATE", "-0026-01"),
    ("forty years", "DURATION", "P40Y"),
    # the era between the day and the year
    ("19 August AD 14", "DATE", "0014-08-19"),
    ("9 AD", "DATE", "0009"),
]


THREE_KINGDOMS = (
    "The Three Kingdoms period (220–280) followed the collapse of the Han dynasty. The Yellow "
    "Turban Rebellion broke out in the year 184. Cao Cao took control of the emperor in 196. In "
    "the winter of 208 he was defeated at Red Cliffs by the allied forces of Sun Quan and Liu Bei."
    " Cao Cao died in the spring of 220, and his son Cao Pi deposed the last Han emperor later "
    "that year. Liu Bei proclaimed himself emperor of Shu Han the following year. He was defeated "
    "by Wu at Xiaoting in 222 and died the next year. Zhuge Liang (181–234) led five northern "
    "expeditions against Wei. Over the next three decades the frontier barely moved. Wei conquered"
    " Shu in 263. Two years later Sima Yan founded the Jin dynasty. Wu held out until 280, when "
    "Jin armies took Jianye."
)

THREE_KINGDOMS_TABLE: list[Row] = [
    ("220", "DATE", "0220"),
    ("280", "DATE", "0280"),
    # a year of the first millennium, with its "the year"
    ("the year 184", "DATE", "0184"),
    ("196", "DATE", "0196"),
    # three digits after a season's "of"
    ("the winter of 208", "DATE", "0208-WI"),
    ("the spring of 220", "DATE", "0220-SP"),
    ("later that year", "DATE", "0220"),
    ("the following year", "DATE", "0221"),
    ("222", "DATE", "0222"),
    ("the next year", "DATE", "0223"),
    ("181", "DATE", "0181"),
    ("234", "DATE", "0234"),
    ("the next three decades", "DURATION", "P30Y"),
    ("263", "DATE", "0263"),
    ("Two years later", "DATE", "0265"),
    ("280", "DATE", "0280"),
]


FIRST_CRUSADE = (
    "The First Crusade (1096–1099) was the first of a series of religious wars initiated by the "
    "Latin Church. Pope Urban II preached the crusade at Clermont on 27 November 1095. The main "
    "armies left in August 1096 and gathered at Constantinople during the winter. Nicaea "
    "surrendered on 19 June 1097 after a siege of six weeks. The crusaders reached Antioch on 20 "
    "October. The siege lasted nearly eight months, and the city fell on 3 June 1098. Kerbogha's "
    "relief army was defeated on 28 June. The leaders quarrelled through the autumn. The march to "
    "Jerusalem began in January 1099, and the army celebrated Easter 1099 near Arqa. The siege of "
    "Jerusalem began on 7 June. On 15 July the city was taken by storm. Godfrey of Bouillon (c. "
    "1060 – 18 July 1100) was elected ruler a week later. Over the next two centuries the crusader"
    " states were attacked from every side, and Acre, their last stronghold, fell in 1291."
)

FIRST_CRUSADE_TABLE: list[Row] = [
    ("1096", "DATE", "1096"),
    ("1099", "DATE", "1099"),
    ("27 November 1095", "DATE", "1095-11-27"),
    ("August 1096", "DATE", "1096-08"),
    ("the winter", "DATE", "1096-WI"),
    ("19 June 1097", "DATE", "1097-06-19"),
    ("six weeks", "DURATION", "P6W"),
    ("20 October", "DATE", "1097-10-20"),
    ("nearly eight months", "DURATION", "P8M"),
    ("3 June 1098", "DATE", "1098-06-03"),
    ("28 June", "DATE", "1098-06-28"),
    ("the autumn", "DATE", "1098-FA"),
    ("January 1099", "DATE", "1099-01"),
    ("Easter 1099", "DATE", "1099-04-10"),
    ("7 June", "DATE", "1099-06-07"),
    ("15 July", "DATE", "1099-07-15"),
    ("c. 1060", "DATE", "1060"),
    ("18 July 1100", "DATE", "1100-07-18"),
    # from the story's 15 July, not from Godfrey's death in the bracket
    ("a week later", "DATE", "1099-W29"),
    ("the next two centuries", "DURATION", "P200Y"),
    ("1291", "DATE", "1291"),
]


MONGOL_INVASION = (
    "The Mongol invasion of Europe took place in the 13th century. Temüjin (c. 1162 – 18 August "
    "1227) was proclaimed Genghis Khan in 1206. In the spring of 1219 he led his armies against "
    "the Khwarazmian Empire. Bukhara fell the following year. The Mongols returned west under Batu"
    " in the 1230s. In the winter of 1237–38 they burned Ryazan and Vladimir. Kiev was sacked on 6"
    " December 1240. In the next campaigning season Batu struck at Poland and Hungary. On 9 April "
    "1241 Henry II of Silesia was killed at Legnica, and two days later Béla IV was routed at "
    "Mohi. The Mongols wintered on the Hungarian plain and crossed the frozen Danube around "
    "Christmas Day 1241. News arrived early in 1242 that Ögedei Khan had died on 11 December 1241."
    " The army withdrew over the next months. The Golden Horde ruled the Russian principalities "
    "for two centuries, until 1480."
)

MONGOL_INVASION_TABLE: list[Row] = [
    ("the 13th century", "DATE", "12"),
    ("c. 1162", "DATE", "1162"),
    ("18 August 1227", "DATE", "1227-08-18"),
    ("1206", "DATE", "1206"),
    ("the spring of 1219", "DATE", "1219-SP"),
    ("the following year", "DATE", "1220"),
    ("the 1230s", "DATE", "123"),
    ("the winter of 1237–38", "DATE", "1237-WI"),
    ("6 December 1240", "DATE", "1240-12-06"),
    ("the next campaigning season", "DATE", "1241"),
    ("9 April 1241", "DATE", "1241-04-09"),
    ("two days later", "DATE", "1241-04-11"),
    ("Christmas Day 1241", "DATE", "1241-12-25"),
    ("early in 1242", "DATE", "1242"),
    ("11 December 1241", "DATE", "1241-12-11"),
    ("the next months", "DURATION", "PXM"),
    ("two centuries", "DURATION", "P200Y"),
    ("1480", "DATE", "1480"),
]


HUNDRED_YEARS_WAR = (
    "The Hundred Years' War (1337–1453) was a series of armed conflicts between the kingdoms of "
    "England and France. Edward III claimed the French throne in 1337. The English won a naval "
    "victory at Sluys on 24 June 1340. In the 1340s the war was fought in Brittany and Gascony. "
    "Edward landed in Normandy in July 1346 and defeated Philip VI at Crécy on 26 August. Calais "
    "surrendered on 3 August 1347 after a siege of eleven months. The Black Death then halted the "
    "fighting for several years. At Poitiers, on 19 September 1356, the Black Prince captured King"
    " John II. Henry V renewed the war in 1415, and won at Agincourt on 25 October. The Treaty of "
    "Troyes was sealed on 21 May 1420. Joan of Arc (c. 1412 – 30 May 1431) raised the siege of "
    "Orléans on 8 May 1429. Charles VII was crowned at Reims two months later. The English were "
    "driven from Normandy in 1450. The war ended at Castillon on 17 July 1453."
)

HUNDRED_YEARS_WAR_TABLE: list[Row] = [
    ("1337", "DATE", "1337"),
    ("1453", "DATE", "1453"),
    ("1337", "DATE", "1337"),
    ("24 June 1340", "DATE", "1340-06-24"),
    ("the 1340s", "DATE", "134"),
    ("July 1346", "DATE", "1346-07"),
    ("26 August", "DATE", "1346-08-26"),
    ("3 August 1347", "DATE", "1347-08-03"),
    ("eleven months", "DURATION", "P11M"),
    ("several years", "DURATION", "PXY"),
    ("19 September 1356", "DATE", "1356-09-19"),
    ("1415", "DATE", "1415"),
    ("25 October", "DATE", "1415-10-25"),
    ("21 May 1420", "DATE", "1420-05-21"),
    ("c. 1412", "DATE", "1412"),
    ("30 May 1431", "DATE", "1431-05-30"),
    ("8 May 1429", "DATE", "1429-05-08"),
    ("two months later", "DATE", "1429-07"),
    ("1450", "DATE", "1450"),
    ("17 July 1453", "DATE", "1453-07-17"),
]


WARS_OF_THE_ROSES = (
    "The Wars of the Roses were a series of civil wars fought over the throne of England in the "
    "second half of the 15th century. Henry VI (reigned 1422–1461 and 1470–1471) suffered his "
    "first bout of madness in August 1453. The first battle was fought at St Albans on 22 May "
    "1455. Richard of York was killed at Wakefield on 30 December 1460. His son Edward was "
    "proclaimed king in London on 4 March 1461 and won at Towton on 29 March. Henry fled to "
    "Scotland. In the 1460s the Lancastrians held out in the castles of Northumberland. Warwick "
    "changed sides in 1470 and restored Henry in October. Edward returned in March 1471. He "
    "defeated Warwick at Barnet on Easter Day 1471 and the Lancastrian army at Tewkesbury three "
    "weeks later. Edward IV reigned until his death on 9 April 1483. Richard III took the throne "
    "in June 1483. He was killed at Bosworth on 22 August 1485. Henry VII married Elizabeth of "
    "York the following January."
)

WARS_OF_THE_ROSES_TABLE: list[Row] = [
    ("the second half of the 15th century", "DATE", "14"),
    ("1422", "DATE", "1422"),
    ("1461", "DATE", "1461"),
    ("1470", "DATE", "1470"),
    ("1471", "DATE", "1471"),
    ("August 1453", "DATE", "1453-08"),
    ("22 May 1455", "DATE", "1455-05-22"),
    ("30 December 1460", "DATE", "1460-12-30"),
    ("4 March 1461", "DATE", "1461-03-04"),
    ("29 March", "DATE", "1461-03-29"),
    ("the 1460s", "DATE", "146"),
    ("1470", "DATE", "1470"),
    ("October", "DATE", "1470-10"),
    ("March 1471", "DATE", "1471-03"),
    ("Easter Day 1471", "DATE", "1471-04-14"),
    ("three weeks later", "DATE", "1471-W18"),
    ("9 April 1483", "DATE", "1483-04-09"),
    ("June 1483", "DATE", "1483-06"),
    ("22 August 1485", "DATE", "1485-08-22"),
    ("the following January", "DATE", "1486-01"),
]


RECONQUISTA = (
    "The Reconquista was the series of campaigns by which the Christian kingdoms of Iberia took "
    "back the peninsula from the Moors over nearly eight centuries. The Umayyad conquest began in "
    "711. The Battle of Covadonga (c. 722) was the first Christian victory. Toledo was captured by"
    " Alfonso VI on 25 May 1085. The Almoravids crossed from Africa the following year and won at "
    "Sagrajas on 23 October 1086. Castile and its allies won the decisive battle of Las Navas de "
    "Tolosa on 16 July 1212. Córdoba fell in 1236 and Seville in November 1248 after a siege of "
    "sixteen months. By circa 1250 only the Emirate of Granada remained under Muslim rule. Granada"
    " survived for almost two and a half centuries as a tributary. Ferdinand and Isabella began "
    "its conquest in 1482. The siege of Granada lasted eight months. The city surrendered on 2 "
    "January 1492."
)

RECONQUISTA_TABLE: list[Row] = [
    ("nearly eight centuries", "DURATION", "P800Y"),
    ("711", "DATE", "0711"),
    ("c. 722", "DATE", "0722"),
    ("25 May 1085", "DATE", "1085-05-25"),
    ("the following year", "DATE", "1086"),
    ("23 October 1086", "DATE", "1086-10-23"),
    ("16 July 1212", "DATE", "1212-07-16"),
    ("1236", "DATE", "1236"),
    ("November 1248", "DATE", "1248-11"),
    ("sixteen months", "DURATION", "P16M"),
    ("circa 1250", "DATE", "1250"),
    ("two and a half centuries", "DURATION", "P250Y"),
    ("1482", "DATE", "1482"),
    ("eight months", "DURATION", "P8M"),
    ("2 January 1492", "DATE", "1492-01-02"),
]


BYZANTINE_SASANIAN_WAR = (
    "The Byzantine–Sasanian War of 602–628 was the last and most devastating of the wars between "
    "the Byzantine Empire and the Sasanian Empire. Khosrow II declared war after the murder of the"
    " emperor Maurice in November 602. The Persians took Dara in 604 after a siege of nine months."
    " Heraclius seized the throne in October 610. In 614 Shahrbaraz captured Jerusalem after a "
    "siege of three weeks. Egypt was conquered over the next three years. In the spring of 622 "
    "Heraclius sailed for Asia Minor. The Avars and the Persians besieged Constantinople in the "
    "summer of 626. Heraclius invaded Mesopotamia in the autumn of 627 and defeated the Persians "
    "at Nineveh on 12 December 627. Khosrow was deposed and killed in February 628. Peace was made"
    " later that year. Heraclius restored the True Cross to Jerusalem on 21 March 630."
)

BYZANTINE_SASANIAN_WAR_TABLE: list[Row] = [
    # a war named by its years
    ("602", "DATE", "0602"),
    ("628", "DATE", "0628"),
    ("November 602", "DATE", "0602-11"),
    ("604", "DATE", "0604"),
    ("nine months", "DURATION", "P9M"),
    ("October 610", "DATE", "0610-10"),
    ("614", "DATE", "0614"),
    ("three weeks", "DURATION", "P3W"),
    ("the next three years", "DURATION", "P3Y"),
    ("the spring of 622", "DATE", "0622-SP"),
    ("the summer of 626", "DATE", "0626-SU"),
    ("the autumn of 627", "DATE", "0627-FA"),
    ("12 December 627", "DATE", "0627-12-12"),
    ("February 628", "DATE", "0628-02"),
    ("later that year", "DATE", "0628"),
    ("21 March 630", "DATE", "0630-03-21"),
]


VIKING_AGE = (
    "The Viking Age began with the raid on Lindisfarne on 8 June 793. Over the next seventy years "
    "the raiders attacked monasteries along the coasts of Britain, Ireland and Francia. In 865 the"
    " Great Heathen Army landed in East Anglia. York was taken on 1 November 866, and the Danes "
    "wintered at Repton in the winter of 873–874. Alfred the Great (849–899) became king of Wessex"
    " in 871. In January 878 the Danes surprised him at Chippenham. At Easter 878 he built a fort "
    "at Athelney, and seven weeks later he defeated Guthrum at Edington. In the 990s the raids "
    "resumed, and in the year 991 the English paid the first Danegeld. Sweyn Forkbeard was "
    "proclaimed king on Christmas Day 1013. His son Cnut ruled England for nineteen years. Harald "
    "Hardrada invaded England in September 1066 and was killed at Stamford Bridge on 25 September."
    " Harold Godwinson fell at Hastings on 14 October 1066. William the Conqueror (reigned "
    "1066–1087) was crowned on Christmas Day 1066."
)

VIKING_AGE_TABLE: list[Row] = [
    ("8 June 793", "DATE", "0793-06-08"),
    ("the next seventy years", "DURATION", "P70Y"),
    ("865", "DATE", "0865"),
    ("1 November 866", "DATE", "0866-11-01"),
    ("the winter of 873–874", "DATE", "0873-WI"),
    ("849", "DATE", "0849"),
    ("899", "DATE", "0899"),
    ("871", "DATE", "0871"),
    ("January 878", "DATE", "0878-01"),
    # the Julian Easter of a three-digit year
    ("Easter 878", "DATE", "0878-03-23"),
    ("seven weeks later", "DATE", "0878-W19"),
    ("the 990s", "DATE", "099"),
    ("the year 991", "DATE", "0991"),
    ("Christmas Day 1013", "DATE", "1013-12-25"),
    ("nineteen years", "DURATION", "P19Y"),
    ("September 1066", "DATE", "1066-09"),
    ("25 September", "DATE", "1066-09-25"),
    ("14 October 1066", "DATE", "1066-10-14"),
    ("1066", "DATE", "1066"),
    ("1087", "DATE", "1087"),
    ("Christmas Day 1066", "DATE", "1066-12-25"),
]


HUSSITE_WARS = (
    "The Hussite Wars (1419–1434) were fought between the Hussites and the combined Catholic "
    "forces of Emperor Sigismund. Jan Hus (c. 1372 – 6 July 1415) was burned at the stake at "
    "Constance. The First Defenestration of Prague took place on 30 July 1419. In the spring of "
    "1420 Pope Martin V proclaimed a crusade. Jan Žižka defeated the crusaders on Vítkov Hill on "
    "14 July 1420. Four more crusades were launched over the next eleven years. The Hussites "
    "raided Saxony and Silesia in the late 1420s. The fifth crusade fled at Domažlice on 14 August"
    " 1431. The Council of Basel opened negotiations the following year. The radical Hussites were"
    " defeated at Lipany on 30 May 1434. The compacts were accepted at Jihlava on 5 July 1436."
)

HUSSITE_WARS_TABLE: list[Row] = [
    ("1419", "DATE", "1419"),
    ("1434", "DATE", "1434"),
    ("c. 1372", "DATE", "1372"),
    ("6 July 1415", "DATE", "1415-07-06"),
    ("30 July 1419", "DATE", "1419-07-30"),
    ("the spring of 1420", "DATE", "1420-SP"),
    ("14 July 1420", "DATE", "1420-07-14"),
    ("the next eleven years", "DURATION", "P11Y"),
    ("the late 1420s", "DATE", "142"),
    ("14 August 1431", "DATE", "1431-08-14"),
    ("the following year", "DATE", "1432"),
    ("30 May 1434", "DATE", "1434-05-30"),
    ("5 July 1436", "DATE", "1436-07-05"),
]


PASSAGES = [
    (SECOND_PUNIC_WAR, SECOND_PUNIC_WAR_TABLE),
    (PELOPONNESIAN_WAR, PELOPONNESIAN_WAR_TABLE),
    (LIBERATORS_WAR, LIBERATORS_WAR_TABLE),
    (THREE_KINGDOMS, THREE_KINGDOMS_TABLE),
    (FIRST_CRUSADE, FIRST_CRUSADE_TABLE),
    (MONGOL_INVASION, MONGOL_INVASION_TABLE),
    (HUNDRED_YEARS_WAR, HUNDRED_YEARS_WAR_TABLE),
    (WARS_OF_THE_ROSES, WARS_OF_THE_ROSES_TABLE),
    (RECONQUISTA, RECONQUISTA_TABLE),
    (BYZANTINE_SASANIAN_WAR, BYZANTINE_SASANIAN_WAR_TABLE),
    (VIKING_AGE, VIKING_AGE_TABLE),
    (HUSSITE_WARS, HUSSITE_WARS_TABLE),
]


@pytest.mark.parametrize(("text", "table"), PASSAGES)
def test_medieval_war_reads_as_its_table(text: str, table: list[Row]) -> None:
    """Each ancient or medieval war history reads as its table, dated by its download."""
    assert _narrative(text) == table


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The raid on Lindisfarne took place on 8 June 793.", ("8 June 793", "DATE", "0793-06-08")),
        (
            "In January 878 the Danes surprised Alfred at Chippenham.",
            ("January 878", "DATE", "0878-01"),
        ),
        ("At Easter 878 he built a fort at Athelney.", ("Easter 878", "DATE", "0878-03-23")),
        (
            "In the winter of 208 Cao Cao was defeated at Red Cliffs.",
            ("the winter of 208", "DATE", "0208-WI"),
        ),
        (
            "The Danes wintered at Repton in the winter of 873–874.",
            ("the winter of 873–874", "DATE", "0873-WI"),
        ),
        ("The rebellion broke out in the year 184.", ("the year 184", "DATE", "0184")),
        ("Many feared the end of the world in the year 1000.", ("the year 1000", "DATE", "1000")),
        ("In 614 Shahrbaraz captured Jerusalem.", ("614", "DATE", "0614")),
        ("The Persians took Dara in 604 after a long siege.", ("604", "DATE", "0604")),
        ("In the 990s the raids resumed.", ("the 990s", "DATE", "099")),
        ("The Battle of Covadonga (c. 722) began it.", ("c. 722", "DATE", "0722")),
        ("He died on 19 August AD 14 at Nola.", ("19 August AD 14", "DATE", "0014-08-19")),
    ],
)
def test_a_year_of_the_first_millennium_dates_wherever_a_history_puts_it(
    text: str, expected: Row
) -> None:
    """Three digits after a day and month, a holiday, a season's "of", "the year", "In"
    before a name, or "c." in brackets are a year; an era before the year joins the day."""
    assert _found(text) == [expected[0]]
    assert _narrative(text) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the month before the count is a date of its own (tests/test_noticed_gaps_26.py)
        ("In March 300 soldiers deserted to the Goths.", ["March"]),
        ("The garrison numbered c. 300 Spartans and helots.", []),
        ("Leonidas and the 300 Spartans held the pass.", []),
        ("In 300 ships the Persians crossed to Euboea.", []),
        # the day before the count stays a day (tests/test_war_histories_20.py)
        ("On 5 June 200 of them crossed the river.", ["5 June"]),
        ("One in 500 Romans could read.", []),
    ],
)
def test_three_digit_counts_stay_counts(text: str, expected: list[str]) -> None:
    """A count of men or ships after a month, "c." or "In" is no year (the month stays a
    month)."""
    assert _found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Jerusalem was taken on 15 July 1099. Godfrey of Bouillon (c. 1060 – 18 July 1100)"
            " was elected ruler a week later.",
            ("a week later", "DATE", "1099-W29"),
        ),
        (
            "King John (born 24 December 1166 – died 19 October 1216) sealed Magna Carta on 15"
            " June 1215. Ten days later the barons renewed their oaths.",
            ("Ten days later", "DATE", "1215-06-25"),
        ),
        (
            "Lechfeld was fought on 10 August 955. Otto I (reigned 936–973) returned to Saxony"
            " a week later.",
            ("a week later", "DATE", "0955-W33"),
        ),
        (
            "Acre fell on 12 July 1191. Richard I (8 September 1157 – 6 April 1199) marched"
            " south the following month.",
            ("the following month", "DATE", "1191-08"),
        ),
    ],
)
def test_a_bracket_after_a_name_is_no_step_of_the_story(text: str, expected: Row) -> None:
    """Life and reign dates in brackets after a name leave the story where it was."""
    assert _narrative(text)[-1] == expected


def test_a_later_bracket_after_a_name_is_a_step_of_the_story() -> None:
    """A bracket that opens with a later date moves the story on, as a battle's span does."""
    text = (
        "Kiev fell on 6 December 1240. The Battle of Mohi (11 April 1241) broke Hungary; two "
        "days later Pest burned."
    )
    assert _narrative(text)[-1] == ("two days later", "DATE", "1241-04-13")


@pytest.mark.parametrize(
    "text",
    [
        "Legio X fought on the right wing at Pharsalus.",
        "The Council of the Five Hundred met in the Bouleuterion.",
        "Leonidas led the 300 Spartans to Thermopylae.",
        "Louis IX sailed for Tunis with his sons.",
        "Henry V besieged Harfleur with his whole army.",
        "The siege is told in Chapter 12 of the chronicle.",
        "The monks sang Psalm 23 over the dead.",
    ],
)
def test_medieval_look_alikes_are_no_dates(text: str) -> None:
    """Legions, councils, counts, numbered kings, chapters and psalms are no dates."""
    assert _found(text) == []


def test_the_third_year_of_his_reign_counts_from_the_reigns_start() -> None:
    """ "In the third year of his reign" after "(reigned 1066–1087)" is 1068."""
    text = (
        "William the Conqueror (reigned 1066–1087) was crowned on Christmas Day 1066. In the "
        "third year of his reign he harried the North."
    )
    assert _narrative(text)[-1] == ("the third year of his reign", "DATE", "1068")
