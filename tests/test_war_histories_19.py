"""Held-out genre, nineteenth round: Wikipedia histories of the wars of the ancient and medieval
world.

Passages written for these tests in the style of English Wikipedia's articles on the Persian
Wars (Marathon, Thermopylae, Salamis), the Peloponnesian War, Alexander's campaigns, the Punic
Wars, Caesar's Gallic War and civil war, the Roman conquest of Britain, the fall of the Western
Empire, the Arab conquests, the Viking Age, Hastings, the Crusades, the Mongol conquests, the
Hundred Years' War, the fall of Constantinople and the Wars of the Roses, read as narratives
with no document date. Earlier rounds (tests/test_histories_2.py, tests/test_chronologies.py,
tests/test_history.py, tests/test_war*.py) already test BC years and their arithmetic ("44
BC" is -0043), "the winter of 218–217 BC", "c. 6000 BCE", "(r. 27 BC – AD 14)", three-digit
years after "in" at the end of a clause ("Rome fell in 476."), "(c. 1162 – 1227)", "Saint
Crispin's Day", "the Ides of March, 44 BC" and "the previous year" across BC (one year
earlier is a larger number); they are used here only as steps of the story. Conventions as in
those files: a century or a decade BC is the astronomical one ("the 5th century BC" -05, "the
430s BC" -044), its parts a mod ("the late 4th century BC" -04 END, "the first half of the 13th
century" 12 START); a life or a reign in brackets gives both ends; "almost 800 years" tags the
length alone. Legions and units ("Legio IX Hispana", "the Tenth Legion", "the 300 Spartans",
"10,000 Immortals"), counts ("a fleet of 1,200 ships", "some 7,000 knights"), the wars' names
("the Hundred Years' War", "the Seven Years' War"), regnal numbers ("Henry V", "Pope Urban
II"), "the First Crusade", "Book VII" and measures ("40 stadia", "300 cubits") are no dates.
New here:
- two or three years of the first millennium after one "in", joined by "or", "and", a comma
  or a dash, each a date: "surrendered in 637 or 638.", "besieged again in 885–886.", "raided
  in 838, 841 and 842.", "took Carthage in 439 and sacked Rome in 455." ("in 300 or 400
  ways", "between 300 and 400." stay numbers);
- the Roman calendar's named days of every month: "the Kalends of January 153 BC" is
  -0152-01-01, "the Nones of July" the 7th, "the Ides of October" the 15th (in March, May,
  July and October the Nones fall on the 7th and the Ides on the 15th; otherwise on the 5th
  and the 13th).
"""

from __future__ import annotations

import pytest
from passages import Row
from passages import found_in_narrative as _found
from passages import mentions as _mentions
from passages import mentions_with_mods as _with_mods

MARATHON = (
    "The Greco-Persian Wars of the early 5th century BC began with the Ionian Revolt of "
    "499–493 BC. In 490 BC Darius I sent an expedition under Datis and Artaphernes against "
    "Athens and Eretria. The Persian fleet landed at Marathon in late summer, and the "
    "Athenians defeated it there, perhaps on 12 September 490 BC. Darius died in 486 BC "
    "before he could raise a new army. His son Xerxes I crossed the Hellespont in the spring "
    "of 480 BC with an army that Herodotus numbers in millions, among them the 10,000 "
    "Immortals. In August Leonidas and the 300 Spartans held the pass at Thermopylae for "
    "three days. The Greek fleet won at Salamis that September, and the next year the Persian "
    "army was destroyed at Plataea. Aeschylus, who fought at Salamis, staged The Persians "
    "circa 472 BC."
)

MARATHON_TABLE: list[Row] = [
    ("the early 5th century BC", "DATE", "-05"),
    ("499", "DATE", "-0498"),
    ("493 BC", "DATE", "-0492"),
    ("490 BC", "DATE", "-0489"),
    ("late summer", "DATE", "-0489-SU"),
    ("12 September 490 BC", "DATE", "-0489-09-12"),
    ("486 BC", "DATE", "-0485"),
    ("the spring of 480 BC", "DATE", "-0479-SP"),
    ("August", "DATE", "-0479-08"),
    ("three days", "DURATION", "P3D"),
    ("that September", "DATE", "-0479-09"),
    ("the next year", "DATE", "-0478"),
    ("circa 472 BC", "DATE", "-0471"),
]


PELOPONNESIAN = (
    "The Peloponnesian War (431–404 BC) was fought between Athens and Sparta. Thucydides, who "
    "wrote its history in eight books, dates its outbreak to the spring of 431 BC, when "
    "Thebes attacked Plataea. Athens had grown rich in the 430s BC on the tribute of its "
    "empire. A plague broke out in the city the next year, and Pericles died of it in 429 BC. "
    "The Peace of Nicias was signed in 421 BC and was meant to last fifty years. In 415 BC "
    "Athens sent a great expedition to Sicily; it was destroyed two years later. Book VII of "
    "Thucydides tells of its end. The Spartan admiral Lysander destroyed the Athenian fleet "
    "at Aegospotami in 405 BC, and Athens surrendered the next year after a siege of six "
    "months."
)

PELOPONNESIAN_TABLE: list[Row] = [
    ("431", "DATE", "-0430"),
    ("404 BC", "DATE", "-0403"),
    ("the spring of 431 BC", "DATE", "-0430-SP"),
    ("the 430s BC", "DATE", "-044"),
    ("the next year", "DATE", "-0429"),
    ("429 BC", "DATE", "-0428"),
    ("421 BC", "DATE", "-0420"),
    ("fifty years", "DURATION", "P50Y"),
    ("415 BC", "DATE", "-0414"),
    ("two years later", "DATE", "-0412"),
    ("405 BC", "DATE", "-0404"),
    ("the next year", "DATE", "-0403"),
    ("six months", "DURATION", "P6M"),
]


ALEXANDER = (
    "Macedon dominated Greece in the late 4th century BC. Alexander III of Macedon (356–323 "
    "BC) succeeded his father Philip II in 336 BC. In the spring of 334 BC he crossed the "
    "Hellespont with some 37,000 men. He defeated Darius III at Issus in November 333 BC, and "
    "the following year he took Tyre after a siege of seven months. The decisive battle came "
    "at Gaugamela on 1 October 331 BC. Over the next three years he campaigned in Bactria and "
    "Sogdiana, and in 326 BC he crossed into India. His army, some 40 stadia from the "
    "Hyphasis, refused to go further. He died in Babylon in June 323 BC."
)

ALEXANDER_TABLE: list[Row] = [
    ("the late 4th century BC", "DATE", "-04"),
    ("356", "DATE", "-0355"),
    ("323 BC", "DATE", "-0322"),
    ("336 BC", "DATE", "-0335"),
    ("the spring of 334 BC", "DATE", "-0333-SP"),
    ("November 333 BC", "DATE", "-0332-11"),
    ("the following year", "DATE", "-0331"),
    ("seven months", "DURATION", "P7M"),
    ("1 October 331 BC", "DATE", "-0330-10-01"),
    ("the next three years", "DURATION", "P3Y"),
    ("326 BC", "DATE", "-0325"),
    ("June 323 BC", "DATE", "-0322-06"),
]


PUNIC = (
    "The First Punic War (264–241 BC) was fought for Sicily. In the Second Punic War Hannibal "
    "crossed the Alps in the autumn of 218 BC and wintered in the Po valley in the winter of "
    "218–217 BC. In 217 BC he destroyed a Roman army at Lake Trasimene; the previous year he "
    "had won at the Trebia. On 2 August 216 BC he annihilated the Roman army at Cannae, where "
    "some 50,000 Romans died. Scipio took New Carthage in 209 BC and crossed to Africa in 204 "
    "BC. Hannibal was recalled, and Scipio defeated him at Zama in 202 BC. Carthage itself "
    "was destroyed in 146 BC after a siege of three years."
)

PUNIC_TABLE: list[Row] = [
    ("264", "DATE", "-0263"),
    ("241 BC", "DATE", "-0240"),
    ("the autumn of 218 BC", "DATE", "-0217-FA"),
    ("the winter of 218–217 BC", "DATE", "-0217-WI"),
    ("217 BC", "DATE", "-0216"),
    ("the previous year", "DATE", "-0217"),
    ("2 August 216 BC", "DATE", "-0215-08-02"),
    ("209 BC", "DATE", "-0208"),
    ("204 BC", "DATE", "-0203"),
    ("202 BC", "DATE", "-0201"),
    ("146 BC", "DATE", "-0145"),
    ("three years", "DURATION", "P3Y"),
]


GAUL = (
    "Caesar's Gallic Wars were fought from 58 to 50 BC. In 55 BC and again the following year "
    "he crossed to Britain. The Gauls rose under Vercingetorix in the winter of 53–52 BC, and "
    "Caesar besieged him at Alesia that summer. Caesar wrote Book VII of his Commentaries "
    "about that year. The Tenth Legion was his favourite. On 10 January 49 BC he crossed the "
    "Rubicon with the Legio XIII Gemina, and in 48 BC he defeated Pompey at Pharsalus. He was "
    "assassinated on the Ides of March, 44 BC."
)

GAUL_TABLE: list[Row] = [
    ("58", "DATE", "-0057"),
    ("50 BC", "DATE", "-0049"),
    ("55 BC", "DATE", "-0054"),
    ("the following year", "DATE", "-0053"),
    ("the winter of 53–52 BC", "DATE", "-0052-WI"),
    ("that summer", "DATE", "-0051-SU"),
    ("that year", "DATE", "-0051"),
    ("10 January 49 BC", "DATE", "-0048-01-10"),
    ("48 BC", "DATE", "-0047"),
    ("the Ides of March, 44 BC", "DATE", "-0043-03-15"),
]


BRITAIN = (
    "The Roman conquest of Britain began in AD 43, when Aulus Plautius landed with four "
    "legions. Claudius himself arrived that summer and stayed sixteen days. Caratacus "
    "resisted for eight years before he was betrayed in AD 51. Boudica's revolt broke out in "
    "60 or 61 AD; the Legio IX Hispana lost most of its infantry, and some 70,000 people died "
    "in London, Colchester and St Albans. Agricola won at Mons Graupius in AD 83 or 84. "
    "Hadrian's Wall was begun in 122, and the legions left Britain in the early 5th century."
)

BRITAIN_TABLE: list[Row] = [
    ("AD 43", "DATE", "0043"),
    ("that summer", "DATE", "0043-SU"),
    ("sixteen days", "DURATION", "P16D"),
    ("eight years", "DURATION", "P8Y"),
    ("AD 51", "DATE", "0051"),
    ("60", "DATE", "0060"),
    ("61 AD", "DATE", "0061"),
    ("AD 83", "DATE", "0083"),
    ("84", "DATE", "0084"),
    ("122", "DATE", "0122"),
    ("the early 5th century", "DATE", "04"),
]


FALL_OF_ROME = (
    "The Western Roman Empire declined through the 5th century AD. The Visigoths under Alaric "
    "sacked Rome on 24 August 410, the first time in almost 800 years that the city had "
    "fallen to a foreign enemy. The Vandals took Carthage in 439 and sacked Rome in 455. In "
    "476 Odoacer deposed Romulus Augustulus, the date traditionally taken as the end of the "
    "Western Empire. Justinian I (r. 527–565) reconquered Italy, but the Lombards invaded it "
    "three years after his death."
)

FALL_OF_ROME_TABLE: list[Row] = [
    ("the 5th century AD", "DATE", "04"),
    ("24 August 410", "DATE", "0410-08-24"),
    ("800 years", "DURATION", "P800Y"),
    ("439", "DATE", "0439"),
    ("455", "DATE", "0455"),
    ("476", "DATE", "0476"),
    ("527", "DATE", "0527"),
    ("565", "DATE", "0565"),
    ("three years", "DURATION", "P3Y"),
]


ARAB_CONQUESTS = (
    "The early Muslim conquests began after the death of Muhammad in 632. The Byzantine army "
    "was defeated at the Yarmuk in August 636, and Jerusalem surrendered in 637 or 638. Egypt "
    "fell in 641, and by the end of the 7th century the conquerors had reached the Atlantic. "
    "In 711 Tariq ibn Ziyad crossed into Spain with some 7,000 men, and within seven years "
    "most of the peninsula was taken. The advance into Francia was stopped at Tours in "
    "October 732, a century after Muhammad's death."
)

ARAB_CONQUESTS_TABLE: list[Row] = [
    ("632", "DATE", "0632"),
    ("August 636", "DATE", "0636-08"),
    ("637", "DATE", "0637"),
    ("638", "DATE", "0638"),
    ("641", "DATE", "0641"),
    ("the end of the 7th century", "DATE", "06"),
    ("711", "DATE", "0711"),
    ("seven years", "DURATION", "P7Y"),
    ("October 732", "DATE", "0732-10"),
    ("a century", "DURATION", "P100Y"),
]


VIKINGS = (
    "The Viking Age began with the raid on Lindisfarne on 8 June 793. Throughout the 9th "
    "century Norse raiders attacked the coasts of Britain, Ireland and Francia. In the 840s "
    "they began to winter in Ireland, and the Great Heathen Army landed in East Anglia in "
    "865. Alfred the Great (reigned 871–899) defeated the Danes at Edington in 878. Paris was "
    "besieged in 845 and again in 885–886, when the siege lasted eleven months."
)

VIKINGS_TABLE: list[Row] = [
    ("8 June 793", "DATE", "0793-06-08"),
    ("the 9th century", "DATE", "08"),
    ("the 840s", "DATE", "084"),
    ("865", "DATE", "0865"),
    ("871", "DATE", "0871"),
    ("899", "DATE", "0899"),
    ("878", "DATE", "0878"),
    ("885", "DATE", "0885"),
    ("886", "DATE", "0886"),
    ("eleven months", "DURATION", "P11M"),
]


HASTINGS = (
    "Edward the Confessor died on 5 January 1066, and Harold Godwinson was crowned the next "
    "day. Harald Hardrada landed in the north in September with a fleet of 300 ships. Harold "
    "defeated him at Stamford Bridge on 25 September. Three days later William of Normandy "
    "landed at Pevensey. The Battle of Hastings was fought on 14 October 1066 (Julian), and "
    "William was crowned on Christmas Day. The Domesday Book was compiled twenty years later, "
    "c. 1086."
)

HASTINGS_TABLE: list[Row] = [
    ("5 January 1066", "DATE", "1066-01-05"),
    ("the next day", "DATE", "1066-01-06"),
    ("September", "DATE", "1066-09"),
    ("25 September", "DATE", "1066-09-25"),
    ("Three days later", "DATE", "1066-09-28"),
    ("14 October 1066", "DATE", "1066-10-14"),
    ("Christmas Day", "DATE", "1066-12-25"),
    ("twenty years later", "DATE", "1086"),
    ("c. 1086", "DATE", "1086"),
]


CRUSADES = (
    "The First Crusade was proclaimed by Pope Urban II at Clermont in November 1095. The "
    "crusaders took Jerusalem on 15 July 1099 after a siege of five weeks. Throughout the "
    "early 12th century the crusader states depended on the military orders. Louis IX led the "
    "Seventh Crusade in 1248 and the Eighth in 1270, when he died at Tunis. Acre, the last "
    "great crusader city, fell on 18 May 1291, after a siege of six weeks. The crusader "
    "states had lasted for almost two centuries."
)

CRUSADES_TABLE: list[Row] = [
    ("November 1095", "DATE", "1095-11"),
    ("15 July 1099", "DATE", "1099-07-15"),
    ("five weeks", "DURATION", "P5W"),
    ("the early 12th century", "DATE", "11"),
    ("1248", "DATE", "1248"),
    ("1270", "DATE", "1270"),
    ("18 May 1291", "DATE", "1291-05-18"),
    ("six weeks", "DURATION", "P6W"),
    ("two centuries", "DURATION", "P200Y"),
]


MONGOLS = (
    "Genghis Khan (c. 1162 – 1227) united the Mongol tribes and was proclaimed Great Khan in "
    "1206. In 1219 he invaded the Khwarazmian Empire with perhaps 100,000 men, and Samarkand "
    "fell the following spring. He died in August 1227 during his campaign against the "
    "Western Xia. In the first half of the 13th century his successors conquered northern "
    "China and Persia. Baghdad was sacked on 13 February 1258, and in the 1270s Kublai Khan "
    "completed the conquest of the Song."
)

MONGOLS_TABLE: list[Row] = [
    ("c. 1162", "DATE", "1162"),
    ("1227", "DATE", "1227"),
    ("1206", "DATE", "1206"),
    ("1219", "DATE", "1219"),
    ("the following spring", "DATE", "1220-SP"),
    ("August 1227", "DATE", "1227-08"),
    ("the first half of the 13th century", "DATE", "12"),
    ("13 February 1258", "DATE", "1258-02-13"),
    ("the 1270s", "DATE", "127"),
]


HUNDRED_YEARS = (
    "The Hundred Years' War lasted for 116 years, from 1337 to 1453. Edward III won at Crécy "
    "on 26 August 1346 and took Calais the next year after a siege of eleven months. The "
    "Black Death reached the port in the spring of 1347 and killed a third of Europe in the "
    "late 1340s. Henry V defeated the French at Agincourt on 25 October 1415, Saint Crispin's "
    "Day, with some 7,000 knights and archers. Joan of Arc raised the siege of Orléans in May "
    "1429 and was burned at Rouen two years later. The war was unlike the Thirty Years' War "
    "or the Seven Years' War; it ended at Castillon in July 1453."
)

HUNDRED_YEARS_TABLE: list[Row] = [
    ("116 years", "DURATION", "P116Y"),
    ("1337", "DATE", "1337"),
    ("1453", "DATE", "1453"),
    ("26 August 1346", "DATE", "1346-08-26"),
    ("the next year", "DATE", "1347"),
    ("eleven months", "DURATION", "P11M"),
    ("the spring of 1347", "DATE", "1347-SP"),
    ("the late 1340s", "DATE", "134"),
    ("25 October 1415", "DATE", "1415-10-25"),
    ("Saint Crispin's Day", "DATE", "1415-10-25"),
    ("May 1429", "DATE", "1429-05"),
    ("two years later", "DATE", "1431"),
    ("July 1453", "DATE", "1453-07"),
]


ROSES_CONSTANTINOPLE = (
    "Constantinople fell to Mehmed II on 29 May 1453 (Julian calendar) after a siege of 53 "
    "days. In England the Wars of the Roses began two years later, with the First Battle of "
    "St Albans on 22 May 1455. Edward IV (reigned 1461–1470 and 1471–1483) won at Towton on "
    "29 March 1461, Palm Sunday, in a snowstorm. Richard III was killed at Bosworth on 22 "
    "August 1485, and Henry VII married Elizabeth of York the following January."
)

ROSES_CONSTANTINOPLE_TABLE: list[Row] = [
    ("29 May 1453", "DATE", "1453-05-29"),
    ("53 days", "DURATION", "P53D"),
    ("two years later", "DATE", "1455"),
    ("22 May 1455", "DATE", "1455-05-22"),
    ("1461", "DATE", "1461"),
    ("1470", "DATE", "1470"),
    ("1471", "DATE", "1471"),
    ("1483", "DATE", "1483"),
    ("29 March 1461", "DATE", "1461-03-29"),
    ("Palm Sunday", "DATE", "1461-03-29"),
    ("22 August 1485", "DATE", "1485-08-22"),
    ("the following January", "DATE", "1486-01"),
]


PASSAGES = [
    (MARATHON, MARATHON_TABLE),
    (PELOPONNESIAN, PELOPONNESIAN_TABLE),
    (ALEXANDER, ALEXANDER_TABLE),
    (PUNIC, PUNIC_TABLE),
    (GAUL, GAUL_TABLE),
    (BRITAIN, BRITAIN_TABLE),
    (FALL_OF_ROME, FALL_OF_ROME_TABLE),
    (ARAB_CONQUESTS, ARAB_CONQUESTS_TABLE),
    (VIKINGS, VIKINGS_TABLE),
    (HASTINGS, HASTINGS_TABLE),
    (CRUSADES, CRUSADES_TABLE),
    (MONGOLS, MONGOLS_TABLE),
    (HUNDRED_YEARS, HUNDRED_YEARS_TABLE),
    (ROSES_CONSTANTINOPLE, ROSES_CONSTANTINOPLE_TABLE),
]


@pytest.mark.parametrize(("text", "table"), PASSAGES)
def test_ancient_or_medieval_war_reads_as_its_table(text: str, table: list[Row]) -> None:
    """Each passage, read as a narrative, yields exactly its table."""
    assert _mentions(text, genre="narrative") == table


@pytest.mark.parametrize(("text", "table"), PASSAGES)
def test_ancient_or_medieval_war_reads_the_same_with_a_later_date(
    text: str, table: list[Row]
) -> None:
    """A history talks about its own dates: ``auto`` with a later date reads it the same."""
    assert _mentions(text, genre="auto", dct="2024-05-01") == table


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Jerusalem surrendered to the caliph in 637 or 638.",
            [("637", "DATE", "0637"), ("638", "DATE", "0638")],
        ),
        (
            "Paris was besieged again in 885–886.",
            [("885", "DATE", "0885"), ("886", "DATE", "0886")],
        ),
        (
            "The Danes raided Dorestad in 834, 835 and 836.",
            [("834", "DATE", "0834"), ("835", "DATE", "0835"), ("836", "DATE", "0836")],
        ),
        (
            "The Vandals took Carthage in 439 and sacked Rome in 455.",
            [("439", "DATE", "0439"), ("455", "DATE", "0455")],
        ),
        (
            "Attila invaded Gaul in 451 and Italy in 452.",
            [("451", "DATE", "0451"), ("452", "DATE", "0452")],
        ),
        (
            "In 637 or 638 the patriarch Sophronius surrendered the city.",
            [("637", "DATE", "0637"), ("638", "DATE", "0638")],
        ),
        # one year ending its clause, as before
        (
            "Jerusalem surrendered to the caliph in 638.",
            [("638", "DATE", "0638")],
        ),
    ],
)
def test_three_digit_years_joined_after_in_are_each_a_date(text: str, expected: list[Row]) -> None:
    """ "in 637 or 638.": a history unsure of its year names two, each a date."""
    assert _mentions(text, genre="narrative") == expected


@pytest.mark.parametrize(
    "text",
    [
        "The manoeuvre could be done in 300 or 400 ways.",
        "The walls were finished in 100–200 days.",
        "The garrison numbered between 300 and 400.",
        "The levy rose from 300 to 400.",
        "One in 300 or 400 of the rowers died.",
        "The charge succeeded in 200 and 300 cases.",
    ],
)
def test_three_digit_numbers_joined_after_in_that_count_are_no_years(text: str) -> None:
    """Ways, counts, ranges of men and odds are numbers, not years."""
    assert [row for row in _mentions(text, genre="narrative") if row[1] == "DATE"] == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Hannibal won at Lake Trasimene in 217 BC. The previous year he had won at the Trebia.",
            ("The previous year", "DATE", "-0217"),
        ),
        (
            "Hannibal won at Cannae in 216 BC. Two years earlier he had crossed the Alps.",
            ("Two years earlier", "DATE", "-0217"),
        ),
        (
            "Hannibal crossed the Alps in 218 BC and won at Cannae two years later.",
            ("two years later", "DATE", "-0215"),
        ),
        (
            "Caesar landed in 55 BC; the previous winter he had fought the Usipetes.",
            ("the previous winter", "DATE", "-0055-WI"),
        ),
        (
            "Octavian won at Actium on 2 September 31 BC. Four years later he became Augustus.",
            ("Four years later", "DATE", "-0026"),
        ),
    ],
)
def test_counting_back_in_bc_reaches_a_larger_year(text: str, expected: Row) -> None:
    """ "in 217 BC ... the previous year" is 218 BC (-0217); "later" goes to smaller numbers."""
    assert _mentions(text, genre="narrative")[-1] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Macedon rose in the late 4th century BC.",
            ("the late 4th century BC", "DATE", "-04", "END"),
        ),
        (
            "Persia threatened Greece in the early 5th century BC.",
            ("the early 5th century BC", "DATE", "-05", "START"),
        ),
        (
            "Pericles rebuilt the Acropolis in the mid-5th century BC.",
            ("the mid-5th century BC", "DATE", "-05", "MID"),
        ),
        (
            "The khans ruled Persia in the first half of the 13th century.",
            ("the first half of the 13th century", "DATE", "12", "START"),
        ),
        (
            "The conquerors reached the Atlantic by the end of the 7th century.",
            ("the end of the 7th century", "DATE", "06", "END"),
        ),
        (
            "Aeschylus staged The Persians circa 472 BC.",
            ("circa 472 BC", "DATE", "-0471", "APPROX"),
        ),
        (
            "The Domesday survey was made c. 1086.",
            ("c. 1086", "DATE", "1086", "APPROX"),
        ),
        ("Athens grew rich in the 430s BC.", ("the 430s BC", "DATE", "-044")),
    ],
)
def test_a_part_of_a_century_or_an_approximate_year_keeps_its_mod(
    text: str, expected: tuple[str, ...]
) -> None:
    """ "the late 4th century BC" is -04 with mod END; "circa 472 BC" is APPROX."""
    assert _with_mods(text, genre="narrative")[-1] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The consuls took office on the Kalends of January 153 BC.",
            ("the Kalends of January 153 BC", "DATE", "-0152-01-01"),
        ),
        (
            "Caesar was appointed dictator in 49 BC. The assembly met on the Nones of July.",
            ("the Nones of July", "DATE", "-0048-07-07"),
        ),
        (
            "Cicero returned to Rome in 57 BC and spoke on the Nones of September.",
            ("the Nones of September", "DATE", "-0056-09-05"),
        ),
        (
            "The battle was fought on the Ides of October, 42 BC.",
            ("the Ides of October, 42 BC", "DATE", "-0041-10-15"),
        ),
        (
            "The army left Rome in 218 BC, on the Ides of February.",
            ("the Ides of February", "DATE", "-0217-02-13"),
        ),
        (
            "Caesar was killed on the Ides of March, 44 BC.",
            ("the Ides of March, 44 BC", "DATE", "-0043-03-15"),
        ),
    ],
)
def test_the_roman_calendars_named_days_are_dates(text: str, expected: Row) -> None:
    """Kalends (the 1st), Nones (the 5th or 7th) and Ides (the 13th or 15th) of each month."""
    assert _mentions(text, genre="narrative")[-1] == expected


@pytest.mark.parametrize(
    "text",
    [
        "Debts fell due on the Kalends, which were sacred to Juno.",
        "The Ides were sacred to Jupiter.",
        "Cicero wrote of the Nones in a letter.",
    ],
)
def test_the_roman_days_without_their_month_are_no_dates(text: str) -> None:
    """Kalends, Nones and Ides named as kinds of day, without a month, are no dates."""
    assert _found(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "The Legio IX Hispana, the Tenth Legion and the 300 Spartans held the line.",
        "Xerxes brought 10,000 Immortals and a fleet of 1,200 ships.",
        "Mehmed II besieged the city with 80,000 men, and some 7,000 knights defended it.",
        "Henry V, Edward III, Louis IX, Richard III and Pope Urban II took part.",
        "The Hundred Years' War, the Thirty Years' War and the Seven Years' War were long.",
        "The First Crusade, the Fourth Crusade and the Eighth were fought for Jerusalem.",
        "Froissart tells of it in Book VII of his chronicle.",
        "The wall ran for 40 stadia, and the tower rose 300 cubits.",
        "Herodotus wrote his history in nine books, and the Twelve Tables were Rome's law.",
    ],
)
def test_ancient_and_medieval_look_alikes_are_no_dates(text: str) -> None:
    """Legions, units, counts of men and ships, the wars' names, regnal numbers, crusades, the
    books of a chronicle and ancient measures are no dates."""
    assert _found(text) == []


@pytest.mark.xfail(
    strict=True,
    reason="a year of one or two digits after 'in' or 'from' ('betrayed in 51.', 'governor "
    "from 77 to 84') is a year only in a history of the first century, which the rules cannot "
    "see: the same words count ('in 51.' of a score, 'from 77 to 84' of a percentage)",
)
def test_a_two_digit_year_of_the_first_century_is_a_date() -> None:
    """ "Caratacus ... was betrayed in 51." after "AD 43": the year 51."""
    text = (
        "The Roman conquest of Britain began in AD 43. Caratacus resisted for eight years "
        "before he was betrayed in 51."
    )
    assert _mentions(text, genre="narrative")[-1] == ("51", "DATE", "0051")
