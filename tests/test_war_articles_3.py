"""Held-out genre, third round of whole Wikipedia war articles read as long narratives.

Article-length texts written for these tests in the style of English Wikipedia's plain-text
dumps (the American Civil War, the Crimean War, the Iraq War, the Russo-Japanese War), shaped
as tests/test_war_articles.py's and tests/test_war_articles_2.py's are: a lead that summarises
the war to its end, a "Background" that goes back in time, headings on their own lines (years,
ranges, "Winter of 1854–55"), hatnotes and citations. The phrases and the anchoring the first
two rounds test are not repeated; new here, over a long text: "After four years of war",
"within two months", "By spring", "the fall of that year", "the next morning" after a day
counted on, "the following morning", "by the next evening", "the same day", "each year on 30
May" (a set), "the decades that followed", and:
- a month or season without a year named after a day or month late in the year the story
  reached is the one ahead, when it is nearer than the one of that year already told ("A storm
  on 14 November [1854] ... In January": 1855-01; "in February [1862] ... By spring": 1862-SP
  stays, the spring of that year is still ahead);
- in a past perfect that looks back, it is the one before when the story's year has not yet
  reached it ("surrendered on 2 January 1905. General Stoessel had offered to negotiate in late
  December": 1904-12), also when the date opens the sentence ("In March the allies had
  landed" after 14 November 1854: 1854-03).
"""

from __future__ import annotations

import datetime as dt
import re

import pytest
from passages import Row
from passages import found_in_narrative as _found
from passages import mentions as _mentions

from chrono.extract import Extractor

TODAY = "2024-06-15"
EXTRACTOR = Extractor()


CIVIL = "\n\n".join(
    [
        "American Civil War",
        (
            "The American Civil War (April 12, 1861 – May 26, 1865) was a civil war in the United "
            "States between the Union and the Confederacy.[1] After four years of war the "
            "Confederacy collapsed, and slavery was abolished by the Thirteenth Amendment later "
            "that year."
        ),
        "Background",
        "Main article: Origins of the American Civil War",
        (
            "The Missouri Compromise of 1820 had balanced free and slave states for a generation. "
            "Abraham Lincoln was elected president on November 6, 1860. South Carolina seceded on "
            "December 20, and within two months six more states had followed it.[2]"
        ),
        "Outbreak (1861)",
        (
            "Confederate batteries opened fire on Fort Sumter at 4:30 a.m. on April 12, 1861. The "
            "fort surrendered the next day. On April 15 Lincoln called for 75,000 volunteers to "
            "serve for 90 days."
        ),
        (
            "The first major battle was fought at Bull Run on July 21. That December the Trent "
            "Affair nearly brought Britain into the war."
        ),
        "1862",
        (
            "Grant took Fort Donelson in February. By spring the Union held most of Tennessee. The "
            "Battle of Shiloh was fought on April 6–7. On September 17 McClellan checked Lee at "
            "Antietam, the bloodiest single day in American history. Five days later Lincoln issued"
            " the preliminary Emancipation Proclamation.[3]"
        ),
        "1863",
        (
            "The Emancipation Proclamation took effect on January 1. The Battle of Gettysburg began"
            " on Wednesday, July 1, and ended two days later; the next morning Vicksburg "
            "surrendered to Grant. In the fall of that year Lincoln delivered the Gettysburg "
            "Address."
        ),
        "End of the war",
        (
            "Sherman took Atlanta on September 2, 1864, and reached Savannah in December. Lee "
            "surrendered at Appomattox Court House on April 9, 1865. Five days later Lincoln was "
            "shot at Ford's Theatre; he died the following morning."
        ),
        "Aftermath",
        "By 1865 some 620,000 soldiers had died. Reconstruction lasted until 1877.",
        "Legacy",
        (
            "In the decades that followed, veterans' reunions drew thousands. Decoration Day was "
            "observed each year on 30 May."
        ),
    ]
)


CRIMEA = "\n\n".join(
    [
        "Crimean War",
        (
            "The Crimean War was fought from October 1853 to February 1856 between Russia and an "
            "alliance of the Ottoman Empire, France, Britain and Sardinia.[1] It ended with the "
            "Treaty of Paris on 30 March 1856."
        ),
        "Background",
        (
            "Russia had fought the Ottomans repeatedly since the 18th century. In 1852 France "
            "obtained control of the holy places in Palestine. In July 1853 Russian troops occupied"
            " the Danubian Principalities."
        ),
        "Invasion of the Crimea",
        (
            "The allies landed at Calamita Bay on 14 September 1854. Six days later they defeated "
            "the Russians on the Alma. The siege of Sevastopol began in October and lasted eleven "
            "months."
        ),
        (
            "On 25 October the Light Brigade charged the Russian guns at Balaclava. Ten days later "
            "the Russians attacked at Inkerman in thick fog."
        ),
        "Winter of 1854–55",
        (
            "A storm on 14 November wrecked the supply ships. In January cholera killed thousands; "
            "that spring Florence Nightingale's reforms reduced the death rate at Scutari.[2]"
        ),
        "Fall of Sevastopol",
        (
            "The French stormed the Malakoff on 8 September 1855, and the Russians abandoned the "
            "city that night. Peace talks opened in Paris early the following year."
        ),
        "Aftermath",
        (
            "The Victoria Cross was instituted in January 1856. On the anniversary of the charge, "
            "survivors met in London for decades."
        ),
    ]
)


IRAQ = "\n\n".join(
    [
        "Iraq War",
        (
            "The Iraq War (20 March 2003 – 18 December 2011) was a protracted armed conflict that "
            "began with the invasion of Iraq by a United States-led coalition.[1] The last US "
            "troops left in December 2011."
        ),
        "Background",
        (
            "Iraq invaded Kuwait on 2 August 1990. After the Gulf War the United Nations imposed "
            "sanctions. Following the attacks of 11 September 2001, the Bush administration accused"
            " Iraq of holding weapons of mass destruction."
        ),
        "Invasion (2003)",
        "Main article: Battle of Baghdad",
        (
            "The invasion began in the early hours of 20 March. American troops entered Baghdad on "
            "9 April, and within three weeks of the start of the war the regime had collapsed. On 1"
            " May Bush declared an end to major combat operations.[2]"
        ),
        (
            "Saddam Hussein was captured on 13 December 2003. The following June sovereignty passed"
            " to an interim government."
        ),
        "Insurgency (2004–2006)",
        (
            "The First Battle of Fallujah began on 4 April 2004. In the fall of that year the "
            "Marines returned to the city. Elections were held on 30 January 2005. The al-Askari "
            "Mosque was bombed on 22 February 2006, and sectarian killings rose sharply."
        ),
        "Surge and withdrawal",
        (
            "In January 2007 Bush announced the surge of 20,000 troops. By the end of 2008 violence"
            " had fallen by 80 percent. American combat troops left Iraqi cities on 30 June 2009; "
            "the last brigade crossed into Kuwait on 18 December 2011."
        ),
        "Aftermath",
        "ISIL captured Mosul in June 2014, less than three years after the withdrawal.",
    ]
)


RUSSO_JAPANESE = "\n\n".join(
    [
        "Russo-Japanese War",
        (
            "The Russo-Japanese War (8 February 1904 – 5 September 1905) was fought between the "
            "Empire of Japan and the Russian Empire over rival ambitions in Manchuria and Korea.[1]"
        ),
        "Background",
        (
            "Japan defeated China in 1895 and won Taiwan. In 1898 Russia leased Port Arthur. "
            "Negotiations broke down in January 1904."
        ),
        "Port Arthur",
        (
            "On the night of 8 February 1904 Japanese destroyers attacked the Russian fleet at Port"
            " Arthur. Japan declared war two days later. The siege of the port began on 1 August "
            "and lasted 154 days; the garrison surrendered on 2 January 1905. General Stoessel had "
            "offered to negotiate in late December."
        ),
        "Mukden and Tsushima",
        (
            "The Battle of Mukden was fought from 20 February to 10 March 1905. On 27 May the "
            "Baltic Fleet met Togo in the Tsushima Strait; by the next evening it had been "
            "destroyed.[2]"
        ),
        "Treaty of Portsmouth",
        (
            "Peace talks opened at Portsmouth in August. The treaty was signed on 5 September, and "
            "riots broke out in Tokyo the same day."
        ),
        "Legacy",
        (
            "Japan annexed Korea five years later. Today the war is remembered as the first great "
            "Asian victory over a European power."
        ),
    ]
)


CIVIL_TABLE: list[Row] = [
    ("April 12, 1861", "DATE", "1861-04-12"),
    ("May 26, 1865", "DATE", "1865-05-26"),
    ("four years", "DURATION", "P4Y"),
    # the year the lead's range ends in
    ("later that year", "DATE", "1865"),
    ("1820", "DATE", "1820"),
    ("November 6, 1860", "DATE", "1860-11-06"),
    ("December 20", "DATE", "1860-12-20"),
    ("two months", "DURATION", "P2M"),
    ("1861", "DATE", "1861"),
    ("4:30 a.m. on April 12, 1861", "TIME", "1861-04-12T04:30"),
    ("the next day", "DATE", "1861-04-13"),
    ("April 15", "DATE", "1861-04-15"),
    ("90 days", "DURATION", "P90D"),
    ("July 21", "DATE", "1861-07-21"),
    ("That December", "DATE", "1861-12"),
    ("1862", "DATE", "1862"),
    ("February", "DATE", "1862-02"),
    # after February, the spring of that year is still ahead
    ("spring", "DATE", "1862-SP"),
    ("April 6", "DATE", "1862-04-06"),
    ("7", "DATE", "1862-04-07"),
    ("September 17", "DATE", "1862-09-17"),
    ("Five days later", "DATE", "1862-09-22"),
    ("1863", "DATE", "1863"),
    ("January 1", "DATE", "1863-01-01"),
    ("Wednesday, July 1", "DATE", "1863-07-01"),
    ("two days later", "DATE", "1863-07-03"),
    # the morning after the day counted on (3 July), not after the 1st
    ("the next morning", "TIME", "1863-07-04TMO"),
    ("the fall of that year", "DATE", "1863-FA"),
    ("September 2, 1864", "DATE", "1864-09-02"),
    ("December", "DATE", "1864-12"),
    ("April 9, 1865", "DATE", "1865-04-09"),
    ("Five days later", "DATE", "1865-04-14"),
    ("the following morning", "TIME", "1865-04-15TMO"),
    ("1865", "DATE", "1865"),
    ("1877", "DATE", "1877"),
    ("decades", "DURATION", "PXDE"),
    ("each year on 30 May", "SET", "XXXX-05-30"),
]

CRIMEA_TABLE: list[Row] = [
    ("October 1853", "DATE", "1853-10"),
    ("February 1856", "DATE", "1856-02"),
    ("30 March 1856", "DATE", "1856-03-30"),
    ("the 18th century", "DATE", "17"),
    ("1852", "DATE", "1852"),
    ("July 1853", "DATE", "1853-07"),
    ("14 September 1854", "DATE", "1854-09-14"),
    ("Six days later", "DATE", "1854-09-20"),
    ("October", "DATE", "1854-10"),
    ("eleven months", "DURATION", "P11M"),
    ("25 October", "DATE", "1854-10-25"),
    ("Ten days later", "DATE", "1854-11-04"),
    ("Winter of 1854–55", "DATE", "1854-WI"),
    ("14 November", "DATE", "1854-11-14"),
    # after 14 November 1854 the story goes on into the next January, not back to January 1854
    ("January", "DATE", "1855-01"),
    ("that spring", "DATE", "1855-SP"),
    ("8 September 1855", "DATE", "1855-09-08"),
    ("that night", "TIME", "1855-09-08TNI"),
    ("early the following year", "DATE", "1856"),
    ("January 1856", "DATE", "1856-01"),
    ("decades", "DURATION", "PXDE"),
]

IRAQ_TABLE: list[Row] = [
    ("20 March 2003", "DATE", "2003-03-20"),
    ("18 December 2011", "DATE", "2011-12-18"),
    ("December 2011", "DATE", "2011-12"),
    ("2 August 1990", "DATE", "1990-08-02"),
    ("11 September 2001", "DATE", "2001-09-11"),
    ("2003", "DATE", "2003"),
    ("20 March", "DATE", "2003-03-20"),
    ("9 April", "DATE", "2003-04-09"),
    ("three weeks", "DURATION", "P3W"),
    ("1 May", "DATE", "2003-05-01"),
    ("13 December 2003", "DATE", "2003-12-13"),
    ("The following June", "DATE", "2004-06"),
    ("2004", "DATE", "2004"),
    ("2006", "DATE", "2006"),
    ("4 April 2004", "DATE", "2004-04-04"),
    ("the fall of that year", "DATE", "2004-FA"),
    ("30 January 2005", "DATE", "2005-01-30"),
    ("22 February 2006", "DATE", "2006-02-22"),
    ("January 2007", "DATE", "2007-01"),
    ("the end of 2008", "DATE", "2008"),
    ("30 June 2009", "DATE", "2009-06-30"),
    ("18 December 2011", "DATE", "2011-12-18"),
    ("June 2014", "DATE", "2014-06"),
    ("less than three years", "DURATION", "P3Y"),
]

RUSSO_JAPANESE_TABLE: list[Row] = [
    ("8 February 1904", "DATE", "1904-02-08"),
    ("5 September 1905", "DATE", "1905-09-05"),
    ("1895", "DATE", "1895"),
    ("1898", "DATE", "1898"),
    ("January 1904", "DATE", "1904-01"),
    ("8 February 1904", "DATE", "1904-02-08"),
    ("two days later", "DATE", "1904-02-10"),
    ("1 August", "DATE", "1904-08-01"),
    ("154 days", "DURATION", "P154D"),
    ("2 January 1905", "DATE", "1905-01-02"),
    # a past perfect looking back from 2 January 1905: the December before
    ("late December", "DATE", "1904-12"),
    ("20 February", "DATE", "1905-02-20"),
    ("10 March 1905", "DATE", "1905-03-10"),
    ("27 May", "DATE", "1905-05-27"),
    ("the next evening", "TIME", "1905-05-28TEV"),
    ("August", "DATE", "1905-08"),
    ("5 September", "DATE", "1905-09-05"),
    ("the same day", "DATE", "1905-09-05"),
    ("five years later", "DATE", "1910"),
    ("Today", "DATE", "PRESENT_REF"),
]


ARTICLES = [
    pytest.param(CIVIL, CIVIL_TABLE, id="american-civil-war"),
    pytest.param(CRIMEA, CRIMEA_TABLE, id="crimean-war"),
    pytest.param(IRAQ, IRAQ_TABLE, id="iraq-war"),
    pytest.param(RUSSO_JAPANESE, RUSSO_JAPANESE_TABLE, id="russo-japanese-war"),
]


def test_the_weekdays_of_the_articles_are_those_of_their_dates() -> None:
    """The weekday the Civil War article names is that of its date."""
    assert dt.date(1863, 7, 1).strftime("%A") == "Wednesday"


@pytest.mark.parametrize(
    ("text", "row"),
    [
        (
            "The fort fell on 14 November 1854. On 3 January the allies sailed for Kertch.",
            ("3 January", "DATE", "1855-01-03"),
        ),
        (
            "Lincoln was re-elected in November 1864. In the spring Sherman marched north.",
            ("the spring", "DATE", "1865-SP"),
        ),
        (
            "Stalingrad was encircled on 23 November 1942. The 6th Army surrendered on 2 February.",
            ("2 February", "DATE", "1943-02-02"),
        ),
        (
            "Baghdad fell on 9 April 2003. Saddam was captured on 13 December. In March the "
            "insurgency spread to the south.",
            ("March", "DATE", "2004-03"),
        ),
        # the one of the story's year is nearer: the story stays in its year
        (
            "Hue fell on 25 March 1975. In January the North had taken Phuoc Long.",
            ("January", "DATE", "1975-01"),
        ),
        (
            "The Marines landed at Inchon on 15 September 1950. In June the North had invaded.",
            ("June", "DATE", "1950-06"),
        ),
    ],
)
def test_a_month_after_a_day_late_in_the_year_is_the_one_ahead(text: str, row: Row) -> None:
    """A month or season without a year after a day or month the story reached is the nearer
    of the one of that year and the one ahead."""
    assert _mentions(text, genre="narrative")[-1] == row


@pytest.mark.parametrize(
    ("text", "row"),
    [
        (
            "The ceasefire took effect on 28 February 1991. Saddam had refused to withdraw in "
            "December.",
            ("December", "DATE", "1990-12"),
        ),
        (
            "The storm struck on 14 November 1854. The allies had landed in September.",
            ("September", "DATE", "1854-09"),
        ),
    ],
)
def test_a_month_in_a_past_perfect_is_the_one_before(text: str, row: Row) -> None:
    """A past perfect looking back names the month before the story's day: of the year
    before when the story's year has not reached it yet."""
    assert _mentions(text, genre="narrative")[-1] == row


@pytest.mark.parametrize(
    ("text", "row"),
    [
        (
            "The storm struck on 14 November 1854. In March the allies had landed at Eupatoria.",
            ("March", "DATE", "1854-03"),
        ),
        (
            "The storm struck on 14 November 1854. In March, the allies had landed at Eupatoria.",
            ("March", "DATE", "1854-03"),
        ),
        # a past perfect in a relative clause is not the main clause's: the story goes on
        (
            "The storm struck on 14 November 1854. In January the general who had led the "
            "charge resigned.",
            ("January", "DATE", "1855-01"),
        ),
    ],
)
def test_a_month_opening_a_past_perfect_sentence_looks_back(text: str, row: Row) -> None:
    """A month that opens a sentence in the past perfect is of its clause: it looks back, to
    the one of the story's year, not on to the one ahead."""
    assert _mentions(text, genre="narrative")[-1] == row


@pytest.mark.parametrize(
    "text",
    [
        "In 1944 the Allies landed in Normandy. In December the Germans attacked in the Ardennes.",
        "The 1862 campaign opened late. In March McClellan moved to the Peninsula.",
    ],
)
def test_a_month_after_a_year_alone_stays_in_that_year(text: str) -> None:
    """After a year alone the story is at its start: a month named next is of that year."""
    year = re.search(r"1\d{3}", text)
    assert year is not None
    assert _mentions(text, genre="narrative")[-1][2].startswith(year.group())


@pytest.mark.parametrize(
    "text",
    [
        "Main article: Battle of Baghdad",
        "The 54th Massachusetts led the assault on Fort Wagner.",
        "Pickett's 5,830 men advanced across open ground.[4]",
        "The Light Brigade numbered 673 horsemen.",
    ],
)
def test_hatnotes_regiments_and_counts_are_no_dates(text: str) -> None:
    """Hatnotes, numbered regiments and counts are no dates."""
    assert _found(text) == []
