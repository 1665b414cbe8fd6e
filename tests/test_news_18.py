"""News articles, eighteenth round: wire copy of 1998-2000 (AP copy as the AQUAINT corpus has
it, on the Kosovo air war, the Clinton impeachment trial, the Florida recount, Y2K, the euro's
launch, the Asian financial crisis, El Nino storms, Columbine, the Concorde crash, the Kursk,
Camp David, the Izmit earthquake, a Fed rate increase, the Microsoft breakup ruling and the
EgyptAir 990 search).

Datelined copy names its days by weekday alone ("said Tuesday", "late Wednesday", "Friday
night", "Monday morning"), counts from them ("a day after", "two days later", "the past 11
weeks", "the past 24 hours", "the first 24 hours") and reaches ahead ("later this week", "the
coming weeks", "the next few days", "next year", "Jan. 1, 2002", "mid-2002"). New here: a
month that opens a sentence as its subject ("February is already the wettest month") is a
month; "the previous week" after a month is a week, not that month; a past refusal "until
Wednesday" looks back, and so does a fronted "Until Tuesday, investigators had not ...";
"the quarter ending March 31" is the report's quarter, not one of the year named in the
sentence before ("The case began in May 1998"), and "the same period last year" follows it;
"the Year 2000 problem" names the computer bug, no year. Ages ("the
52-year-old vice president", "Clinton, 52"), votes ("45-55", "537 ballots", "930 votes"),
"Resolution 1244", "Flight 4590", "an F-117", "Windows 98" and "the Group of Eight" stay
untagged. Each test is an article run as chrono is scored: genre "news", its date as the
document date, its weekday checked with ``datetime``; the tables are annotated by hand with the
(text, type, value) TimeBank would give.
"""

from __future__ import annotations

from passages import news


def test_a_kosovo_story_reads_a_78_day_air_campaign_late_wednesday_and_earlier_this_week() -> None:
    """ "a 78-day air campaign" (a duration, as TimeBank tags "78-day"), "late Thursday" the
    story's day, "later in the day" its day, "the past 11 weeks", "late Wednesday", "earlier
    this week", "the coming weeks"; "Resolution 1244", "an F-117", "The Group of Eight" stay
    untagged."""
    text = (
        "BRUSSELS, Belgium (AP) -- NATO suspended its airstrikes against Yugoslavia on Thursday "
        "after Serb forces began pulling out of Kosovo, ending a 78-day air campaign that began "
        "on March 24. Secretary-General Javier Solana announced the pause late Thursday, hours "
        "after the alliance confirmed that the first Serb units had left the province. The U.N. "
        "Security Council was expected to approve Resolution 1244 later in the day, authorizing "
        "an international force. The alliance flew more than 35,000 sorties in the past 11 weeks,"
        " losing only two aircraft, among them an F-117 stealth fighter shot down in March. "
        "Yugoslav generals signed the withdrawal agreement late Wednesday in Kumanovo, Macedonia,"
        " after five days of talks. Serb troops have 11 days to leave the province. The Group of "
        "Eight foreign ministers had agreed on a peace plan in Bonn earlier this week. About "
        "860,000 ethnic Albanians have fled Kosovo since the bombing began. Refugees could begin "
        "returning in the coming weeks, aid officials said."
    )
    assert news(text, "1999-06-10", "Thursday") == [
        ("Thursday", "DATE", "1999-06-10"),
        ("78-day", "DURATION", "P78D"),
        ("March 24", "DATE", "1999-03-24"),
        ("late Thursday", "DATE", "1999-06-10"),
        ("hours", "DURATION", "PTXH"),
        ("the day", "DATE", "1999-06-10"),
        ("the past 11 weeks", "DURATION", "P11W"),
        ("March", "DATE", "1999-03"),
        ("late Wednesday", "DATE", "1999-06-09"),
        ("five days", "DURATION", "P5D"),
        ("11 days", "DURATION", "P11D"),
        ("earlier this week", "DATE", "1999-W23"),
        ("the coming weeks", "DURATION", "PXW"),
    ]


def test_an_impeachment_story_reads_four_years_ago_said_thursday_and_a_holiday_recess() -> None:
    """ "the first presidential impeachment trial in 131 years", "Dec. 19" of the year before,
    "three days this week", "four years ago", "his office said Thursday", "last week", "the
    weekend", "Presidents' Day" (the third Monday of February); the votes "45-55" and "Clinton,
    52" stay untagged."""
    text = (
        "WASHINGTON (AP) -- The Senate acquitted President Clinton on Friday of perjury and "
        "obstruction of justice, ending the first presidential impeachment trial in 131 years. "
        "The perjury article failed 45-55, and the obstruction article drew 50 votes, well short"
        " of the 67 needed to convict. The trial opened on Jan. 7, after the House impeached "
        "Clinton on Dec. 19. Senators debated behind closed doors for three days this week. "
        'Clinton, 52, said in the Rose Garden two hours after the vote that he was "profoundly '
        'sorry." Andrew Johnson was acquitted by a single vote in 1868. Independent counsel '
        "Kenneth Starr, who began investigating the president four years ago, may still seek an "
        "indictment, his office said Thursday. The former White House intern, Monica Lewinsky, "
        "testified on videotape last week. Lawmakers left town for the weekend, and the Senate "
        "returns on Feb. 22 after the Presidents' Day recess."
    )
    assert news(text, "1999-02-12", "Friday") == [
        ("Friday", "DATE", "1999-02-12"),
        ("131 years", "DURATION", "P131Y"),
        ("Jan. 7", "DATE", "1999-01-07"),
        ("Dec. 19", "DATE", "1998-12-19"),
        ("three days", "DURATION", "P3D"),
        ("this week", "DATE", "1999-W06"),
        ("two hours", "DURATION", "PT2H"),
        ("1868", "DATE", "1868"),
        ("four years ago", "DATE", "1995"),
        ("Thursday", "DATE", "1999-02-11"),
        ("last week", "DATE", "1999-W05"),
        ("the weekend", "DATE", "1999-W06-WE"),
        ("Feb. 22", "DATE", "1999-02-22"),
        ("Presidents' Day", "DATE", "1999-02-15"),
    ]


def test_a_recount_story_reads_friday_night_thanksgiving_and_the_past_24_hours() -> None:
    """A Tuesday story: "on Monday", "two weeks after an election", "Friday night", "on
    Saturday", "Monday morning", "by Thanksgiving" (that week's Thursday), "the past 24 hours",
    "as early as Tuesday night"; "930 votes", "537 ballots" and "the 52-year-old vice
    president" stay untagged."""
    text = (
        "TALLAHASSEE, Fla. (AP) -- The Florida Supreme Court heard arguments on Monday over "
        "whether hand recounts should be included in the state's certified vote total, two weeks"
        " after an election that remains undecided. George W. Bush leads Al Gore by 930 votes out"
        " of nearly 6 million cast, after overseas absentee ballots were counted on Friday night."
        " Secretary of State Katherine Harris had planned to certify the results on Saturday, but"
        " the court blocked her. Palm Beach County resumed its hand count Monday morning and "
        "expects to finish by Thanksgiving. Broward County officials said they had examined 537 "
        "ballots in the past 24 hours. The justices are expected to rule as early as Tuesday "
        "night. The Electoral College meets on Dec. 18. No presidential election has been so "
        "close since 1876. Gore, the 52-year-old vice president, has said he will not concede "
        "until every vote is counted."
    )
    assert news(text, "2000-11-21", "Tuesday") == [
        ("Monday", "DATE", "2000-11-20"),
        ("two weeks", "DURATION", "P2W"),
        ("Friday night", "TIME", "2000-11-17TNI"),
        ("Saturday", "DATE", "2000-11-18"),
        ("Monday morning", "TIME", "2000-11-20TMO"),
        ("Thanksgiving", "DATE", "2000-11-23"),
        ("the past 24 hours", "DURATION", "PT24H"),
        ("Tuesday night", "TIME", "2000-11-21TNI"),
        ("Dec. 18", "DATE", "2000-12-18"),
        ("1876", "DATE", "1876"),
    ]


def test_a_y2k_story_reads_midnight_dec_31_and_no_year_in_the_year_2000_problem() -> None:
    """ "Jan. 1, 2000", "7 p.m. EST on Dec. 31" (one time), "midnight Dec. 31", "the final
    days of the year", "the third quarter" and "a year earlier" (that quarter a year back),
    "Saturday morning" (New Year's Day), "the new year" that arrives (2000); "the Year 2000
    problem", as "the millennium bug", names the computer bug and holds no date."""
    text = (
        "WASHINGTON (AP) -- With three days left before Jan. 1, 2000, federal officials said "
        "Wednesday that the nation's power grid, banks and air traffic control systems were ready"
        " for the Year 2000 problem. John Koskinen, the White House Y2K coordinator, said the "
        "government had spent $8.4 billion since 1996 fixing its computers. A command center in "
        "Washington will monitor reports from around the world starting at 7 p.m. EST on Dec. 31,"
        " when the new year arrives in New Zealand. Some airlines have canceled flights scheduled"
        " near midnight Dec. 31. The Federal Reserve has printed an extra $50 billion in currency "
        "in case people withdraw cash in the final days of the year. Many economists now say the "
        "millennium bug will do little damage. Sales of generators rose 40 percent in the third "
        "quarter from a year earlier. Koskinen will brief reporters again on Saturday morning."
    )
    assert news(text, "1999-12-29", "Wednesday") == [
        ("three days", "DURATION", "P3D"),
        ("Jan. 1, 2000", "DATE", "2000-01-01"),
        ("Wednesday", "DATE", "1999-12-29"),
        ("1996", "DATE", "1996"),
        ("7 p.m. EST on Dec. 31", "TIME", "1999-12-31T19:00-05:00"),
        ("the new year", "DATE", "2000"),
        ("midnight Dec. 31", "TIME", "1999-12-31T24:00"),
        ("the final days", "DURATION", "PXD"),
        ("the year", "DATE", "1999"),
        ("now", "DATE", "PRESENT_REF"),
        ("the third quarter", "DATE", "1999-Q3"),
        ("a year earlier", "DATE", "1998-Q3"),
        ("Saturday morning", "TIME", "2000-01-01TMO"),
    ]


def test_a_euro_launch_story_reads_the_weekend_of_the_years_turn_and_mid_2002() -> None:
    """The Monday of 1999's first week: "midnight Dec. 31" of 1998, "the weekend" just over
    (1998's 53rd week), "Jan. 1, 2002", "mid-2002", "for now", "in June" and "last month" of
    1998, "within 10 years", "Jan. 1" of this year, "later this week"."""
    text = (
        "FRANKFURT, Germany (AP) -- The euro made a strong debut on world currency markets Monday,"
        " rising to $1.18 in its first day of trading. Eleven European nations locked their "
        "exchange rates at midnight Dec. 31, creating a currency zone of 290 million people. Bank"
        " and stock market computers were converted over the weekend. Euro notes and coins will "
        "not go into circulation until Jan. 1, 2002, and national currencies such as the mark and"
        " the franc will be withdrawn by mid-2002. Britain, Sweden and Denmark chose to stay out "
        "for now. The European Central Bank, which opened in June, cut its key rate to 3 percent "
        "last month. Analysts said the euro could rival the dollar within 10 years. German "
        "Chancellor Gerhard Schroeder called Jan. 1 a historic day. Trading volumes were light "
        "because of the holidays but are expected to pick up later this week."
    )
    assert news(text, "1999-01-04", "Monday") == [
        ("Monday", "DATE", "1999-01-04"),
        ("midnight Dec. 31", "TIME", "1998-12-31T24:00"),
        ("the weekend", "DATE", "1998-W53-WE"),
        ("Jan. 1, 2002", "DATE", "2002-01-01"),
        ("mid-2002", "DATE", "2002"),
        ("now", "DATE", "PRESENT_REF"),
        ("June", "DATE", "1998-06"),
        ("last month", "DATE", "1998-12"),
        ("10 years", "DURATION", "P10Y"),
        ("Jan. 1", "DATE", "1999-01-01"),
        ("later this week", "DATE", "1999-W01"),
    ]


def test_an_asian_crisis_story_reads_since_july_and_the_first_time_in_18_years() -> None:
    """Early January: "since July" and "in October" of the year before, "last month" December,
    "next year", "for the first time in 18 years", "the coming days", "in March" ahead;
    "Suharto, 76" stays untagged."""
    text = (
        "JAKARTA, Indonesia (AP) -- Indonesia's rupiah plunged 26 percent on Thursday, setting off"
        " a run on supermarkets as shoppers stocked up on rice and cooking oil. The currency has "
        "lost about 70 percent of its value since July, when the Thai baht's collapse set off the"
        " Asian financial crisis. President Suharto, 76, who has ruled for 32 years, unveiled a "
        "budget on Tuesday that investors called unrealistic. The International Monetary Fund "
        "agreed in October to lead a $43 billion rescue. South Korea, which received a $57 "
        "billion package last month, said its economy would shrink next year for the first time "
        "in 18 years. Asian stock markets fell sharply again on Friday. U.S. Treasury officials "
        "will travel to the region in the coming days. Indonesia's parliament will choose a "
        "president in March."
    )
    assert news(text, "1998-01-09", "Friday") == [
        ("Thursday", "DATE", "1998-01-08"),
        ("July", "DATE", "1997-07"),
        ("32 years", "DURATION", "P32Y"),
        ("Tuesday", "DATE", "1998-01-06"),
        ("October", "DATE", "1997-10"),
        ("last month", "DATE", "1997-12"),
        ("next year", "DATE", "1999"),
        ("18 years", "DURATION", "P18Y"),
        ("Friday", "DATE", "1998-01-09"),
        ("the coming days", "DURATION", "PXD"),
        ("March", "DATE", "1998-03"),
    ]


def test_an_el_nino_story_reads_a_month_opening_a_sentence_and_the_1982_83_season() -> None:
    """ "in 24 hours", "through Wednesday", "by the weekend", "since July 1" of the year
    before, "February is already the wettest month" (the story's month, the subject of its
    sentence), "earlier this month", "this century", "late spring", "The 1982-83 El Nino"."""
    text = (
        "LOS ANGELES (AP) -- A fresh round of El Nino storms battered Southern California on "
        "Monday, triggering mudslides that killed two people and closed stretches of the Pacific"
        " Coast Highway. More than 3 inches of rain fell in 24 hours in parts of Ventura County. "
        "Forecasters said the storm would linger through Wednesday, with another system arriving"
        " by the weekend. Downtown Los Angeles has received 25 inches of rain since July 1, more "
        "than twice the normal amount for the season. February is already the wettest month on "
        "record. Gov. Pete Wilson declared a state of emergency in 27 counties earlier this month."
        " Scientists said the warming of the Pacific, the strongest this century, would fade by "
        "late spring. The 1982-83 El Nino caused more than $2 billion in damage in the state."
    )
    assert news(text, "1998-02-24", "Tuesday") == [
        ("Monday", "DATE", "1998-02-23"),
        ("24 hours", "DURATION", "PT24H"),
        ("Wednesday", "DATE", "1998-02-25"),
        ("the weekend", "DATE", "1998-W09-WE"),
        ("July 1", "DATE", "1997-07-01"),
        ("February", "DATE", "1998-02"),
        ("earlier this month", "DATE", "1998-02"),
        ("this century", "DATE", "19"),
        ("late spring", "DATE", "1998-SP"),
        ("1982", "DATE", "1982"),
        ("83", "DATE", "1983"),
    ]


def test_a_columbine_story_reads_11_30_am_tuesday_overnight_and_tuesday_night() -> None:
    """The day after: "a day after", "shortly after 11:30 a.m. Tuesday" (one time), "about 3
    p.m." of that day, "overnight", "late Tuesday", "for a year", "the rest of the year",
    "Tuesday night", "Sunday" ahead; the gunmen's ages ("Eric Harris, 18") stay untagged."""
    text = (
        "LITTLETON, Colo. (AP) -- Investigators combed Columbine High School on Wednesday, a day "
        "after two students in black trench coats killed 13 people and then themselves in the "
        "deadliest school shooting in the nation's history. The gunmen, Eric Harris, 18, and "
        "Dylan Klebold, 17, opened fire shortly after 11:30 a.m. Tuesday. SWAT teams did not "
        "reach the library until about 3 p.m. Authorities found more than 30 bombs in the school"
        " and in the gunmen's cars overnight. Sheriff John Stone said late Tuesday that the "
        "killers had planned the attack for a year. The school will remain closed for the rest "
        "of the year. President Clinton, speaking Tuesday night, said the nation was stunned. "
        "Memorial services are planned for Sunday."
    )
    assert news(text, "1999-04-21", "Wednesday") == [
        ("Wednesday", "DATE", "1999-04-21"),
        ("a day", "DURATION", "P1D"),
        ("11:30 a.m. Tuesday", "TIME", "1999-04-20T11:30"),
        ("3 p.m.", "TIME", "1999-04-20T15:00"),
        ("overnight", "TIME", "1999-04-20TNI"),
        ("late Tuesday", "DATE", "1999-04-20"),
        ("a year", "DURATION", "P1Y"),
        ("the year", "DATE", "1999"),
        ("Tuesday night", "TIME", "1999-04-20TNI"),
        ("Sunday", "DATE", "1999-04-25"),
    ]


def test_a_concorde_story_reads_a_clock_time_of_the_day_before_and_flight_4590_as_no_time() -> None:
    """ "shortly after takeoff Tuesday", "4:44 p.m." that day, "less than two minutes later",
    "its 24 years of commercial service", "Wednesday morning", "in July" (this month), "the
    next few days"; "Flight 4590" is no time."""
    text = (
        "GONESSE, France (AP) -- French investigators on Wednesday searched the wreckage of an Air"
        " France Concorde that crashed into a hotel shortly after takeoff Tuesday, killing all 109"
        " people on board and four on the ground. Flight 4590 left Charles de Gaulle airport at "
        "4:44 p.m. bound for New York. The plane's left engines caught fire during takeoff, and it"
        " crashed less than two minutes later. It was the first fatal crash of a Concorde in its "
        "24 years of commercial service. Air France grounded its five remaining Concordes until "
        "further notice. British Airways resumed its flights Wednesday morning. Most of the "
        "passengers were German tourists on their way to a cruise. The plane, built in 1975, had "
        "undergone maintenance in July. Investigators will recover the flight recorders in the "
        "next few days."
    )
    assert news(text, "2000-07-26", "Wednesday") == [
        ("Wednesday", "DATE", "2000-07-26"),
        ("Tuesday", "DATE", "2000-07-25"),
        ("4:44 p.m.", "TIME", "2000-07-25T16:44"),
        ("less than two minutes", "DURATION", "PT2M"),
        ("24 years", "DURATION", "P24Y"),
        ("Wednesday morning", "TIME", "2000-07-26TMO"),
        ("1975", "DATE", "1975"),
        ("July", "DATE", "2000-07"),
        ("the next few days", "DURATION", "PXD"),
    ]


def test_a_kursk_story_reads_a_refusal_until_wednesday_as_the_wednesday_past() -> None:
    """A Monday story: "Aug. 12", "two days later", "for five days after the sinking"; "Russia
    turned down Western offers of help until Wednesday" tells a refusal that is over, so its
    Wednesday is the one past, while "will attend ... on Wednesday" is the one ahead; "before
    next year"."""
    text = (
        "MURMANSK, Russia (AP) -- Norwegian divers opened the rescue hatch of the sunken submarine"
        " Kursk on Monday and found it flooded, ending any hope for the 118 men aboard. The "
        "nuclear submarine sank in the Barents Sea on Aug. 12 after explosions during a naval "
        "exercise. The Russian navy did not announce the accident until two days later. President"
        " Vladimir Putin, who stayed on vacation for five days after the sinking, has come under "
        "fierce criticism. Russia turned down Western offers of help until Wednesday. Putin will "
        "attend a memorial service for the crew on Wednesday. The Kursk, commissioned in 1994, was"
        " one of the navy's newest submarines. Officials said it would be impossible to raise it "
        "before next year."
    )
    assert news(text, "2000-08-21", "Monday") == [
        ("Monday", "DATE", "2000-08-21"),
        ("Aug. 12", "DATE", "2000-08-12"),
        ("two days later", "DATE", "2000-08-14"),
        ("five days", "DURATION", "P5D"),
        ("Wednesday", "DATE", "2000-08-16"),
        ("Wednesday", "DATE", "2000-08-23"),
        ("1994", "DATE", "1994"),
        ("next year", "DATE", "2001"),
    ]


def test_a_camp_david_story_reads_sunday_behind_wednesday_ahead_and_the_group_of_eight() -> None:
    """ "after 15 days of talks", "on Sunday" behind, "will leave Wednesday" ahead, "Sept. 13",
    "the 1993 Oslo accords", "July 11", "about six months left", "next week", "on Thursday";
    "the Group of Eight summit" is no date."""
    text = (
        "THURMONT, Md. (AP) -- The Camp David summit ended Tuesday without an agreement after 15 "
        "days of talks, President Clinton said. Clinton, who returned from the Group of Eight "
        "summit in Okinawa on Sunday, said the two sides had made progress on Jerusalem but could"
        " not close the gap. Israeli Prime Minister Ehud Barak and Palestinian leader Yasser "
        "Arafat will leave Wednesday. Arafat has threatened to declare a state on Sept. 13, the "
        "deadline set in the 1993 Oslo accords. The talks began on July 11. Clinton has about six"
        " months left in office. Barak faces a no-confidence vote in parliament next week. Both "
        "leaders were expected to brief their cabinets on Thursday."
    )
    assert news(text, "2000-07-25", "Tuesday") == [
        ("Tuesday", "DATE", "2000-07-25"),
        ("15 days", "DURATION", "P15D"),
        ("Sunday", "DATE", "2000-07-23"),
        ("Wednesday", "DATE", "2000-07-26"),
        ("Sept. 13", "DATE", "2000-09-13"),
        ("1993", "DATE", "1993"),
        ("July 11", "DATE", "2000-07-11"),
        ("six months", "DURATION", "P6M"),
        ("next week", "DATE", "2000-W31"),
        ("Thursday", "DATE", "2000-07-27"),
    ]


def test_an_earthquake_story_reads_before_dawn_tuesday_and_the_first_24_hours() -> None:
    """Filed the day after: "before dawn Tuesday" (the day), "3:02 a.m." of it, "45 seconds",
    "into the night" (Tuesday's), "the first 24 hours", "since 1939", "on Wednesday", "the
    coming days", "late Wednesday"; "magnitude 7.4" is no time."""
    text = (
        "IZMIT, Turkey (AP) -- A powerful earthquake struck northwestern Turkey before dawn "
        "Tuesday, killing more than 3,000 people and trapping thousands more under collapsed "
        "buildings. The magnitude 7.4 quake hit at 3:02 a.m. and lasted 45 seconds. Rescue "
        "workers pulled survivors from the rubble late into the night. More than 250 aftershocks"
        " followed in the first 24 hours. It was the deadliest quake in Turkey since 1939. Rescue"
        " teams from Israel and Germany arrived on Wednesday. Prime Minister Bulent Ecevit said "
        "the death toll would rise in the coming days. A fire at the Tupras refinery was still "
        "burning late Wednesday."
    )
    assert news(text, "1999-08-18", "Wednesday") == [
        ("Tuesday", "DATE", "1999-08-17"),
        ("3:02 a.m.", "TIME", "1999-08-17T03:02"),
        ("45 seconds", "DURATION", "PT45S"),
        ("the night", "TIME", "1999-08-17TNI"),
        ("the first 24 hours", "DURATION", "PT24H"),
        ("1939", "DATE", "1939"),
        ("Wednesday", "DATE", "1999-08-18"),
        ("the coming days", "DURATION", "PXD"),
        ("late Wednesday", "DATE", "1999-08-18"),
    ]


def test_a_fed_story_reads_the_previous_week_after_a_month_as_a_week() -> None:
    """ "the biggest increase in five years", "since last June", "now", "the first quarter",
    "the fourth quarter of 1999", "June 28", "in April"; "Stocks had fallen the previous week"
    after that month is the week before the story's (a week, never April), "last month",
    "said Friday"; "Greenspan, 74" stays untagged."""
    text = (
        "WASHINGTON (AP) -- The Federal Reserve raised its key short-term interest rate by half a"
        " percentage point on Tuesday, the biggest increase in five years. It was the sixth "
        "increase since last June. The federal funds rate now stands at 6.5 percent, its highest"
        " level since 1991. The economy grew at a 5.4 percent annual rate in the first quarter, "
        "after expanding 7.3 percent in the fourth quarter of 1999. Fed Chairman Alan Greenspan, "
        "74, has warned that growth must slow. The central bank's next meeting is on June 28. "
        "Unemployment fell to 3.9 percent in April, the lowest in 30 years. Stocks had fallen the"
        " previous week on fears of a bigger increase. Retail sales rose 0.3 percent last month,"
        " the Commerce Department said Friday."
    )
    assert news(text, "2000-05-16", "Tuesday") == [
        ("Tuesday", "DATE", "2000-05-16"),
        ("five years", "DURATION", "P5Y"),
        ("last June", "DATE", "1999-06"),
        ("now", "DATE", "PRESENT_REF"),
        ("1991", "DATE", "1991"),
        ("the first quarter", "DATE", "2000-Q1"),
        ("the fourth quarter of 1999", "DATE", "1999-Q4"),
        ("June 28", "DATE", "2000-06-28"),
        ("April", "DATE", "2000-04"),
        ("30 years", "DURATION", "P30Y"),
        ("the previous week", "DATE", "2000-W19"),
        ("last month", "DATE", "2000-04"),
        ("Friday", "DATE", "2000-05-12"),
    ]


def test_a_microsoft_story_reads_the_quarter_ending_march_31_after_a_year_named_before() -> None:
    """ "in April", "May 1998"; "the quarter ending March 31" is the quarter the company
    reports, the one holding that day (2000's first), not a quarter of the 1998 just named,
    and "the same period last year" is that quarter a year back; "a year or more", "June 30";
    "Windows 98" is a product, and "once the company's chief executive" is left untagged."""
    text = (
        "WASHINGTON (AP) -- A federal judge ordered on Wednesday that Microsoft Corp. be split "
        "into two companies, one to sell the Windows operating system and another for its other "
        "software. U.S. District Judge Thomas Penfield Jackson found in April that the company had"
        " used its monopoly power illegally. Microsoft, which makes Windows 98, said it would "
        "appeal. The case began in May 1998, when the government and 19 states sued. The company "
        "earned $2.4 billion in the quarter ending March 31, up from $1.9 billion in the same "
        "period last year. Its shares fell 3 percent on the news. The breakup would not take "
        "effect until the appeals are exhausted, a process that could take a year or more. "
        "Microsoft's fiscal year ends June 30. Chairman Bill Gates, once the company's chief "
        'executive, said the ruling was "an unwarranted intrusion."'
    )
    assert news(text, "2000-06-07", "Wednesday") == [
        ("Wednesday", "DATE", "2000-06-07"),
        ("April", "DATE", "2000-04"),
        ("May 1998", "DATE", "1998-05"),
        ("the quarter", "DATE", "2000-Q1"),
        ("March 31", "DATE", "2000-03-31"),
        ("the same period last year", "DATE", "1999-Q1"),
        ("a year", "DURATION", "P1Y"),
        ("June 30", "DATE", "2000-06-30"),
    ]


def test_an_egyptair_story_reads_a_fronted_until_told_in_the_past_as_a_day_behind() -> None:
    """ "Until Tuesday, investigators had not located the flight data recorder" and "Until
    Saturday, the search was limited to the surface" open clauses told in the past: days
    behind; so is "did not release the final passenger list until Monday"; "will not release
    preliminary findings until next week" is ahead; "that afternoon" is Tuesday's, "30 minutes
    later" a time after "1:19 a.m. on Oct. 31"; "Flight 990" and "Boeing 767" are no times."""
    text = (
        "NEWPORT, R.I. (AP) -- Navy divers brought up more wreckage of EgyptAir Flight 990 on "
        "Wednesday, 10 days after the Boeing 767 plunged into the Atlantic with 217 people "
        "aboard. Until Tuesday, investigators had not located the flight data recorder, which a "
        "remote-controlled submarine pulled from the ocean floor that afternoon. The plane left "
        "Kennedy Airport at 1:19 a.m. on Oct. 31 and vanished from radar about 30 minutes later."
        " Egyptian officials did not release the final passenger list until Monday. Until "
        "Saturday, the search was limited to the surface. The National Transportation Safety "
        "Board will not release preliminary findings until next week, a spokesman said."
    )
    assert news(text, "1999-11-10", "Wednesday") == [
        ("Wednesday", "DATE", "1999-11-10"),
        ("10 days", "DURATION", "P10D"),
        ("Tuesday", "DATE", "1999-11-09"),
        ("that afternoon", "TIME", "1999-11-09TAF"),
        ("1:19 a.m. on Oct. 31", "TIME", "1999-10-31T01:19"),
        ("30 minutes later", "TIME", "1999-10-31T01:49"),
        ("Monday", "DATE", "1999-11-08"),
        ("Saturday", "DATE", "1999-11-06"),
        ("next week", "DATE", "1999-W46"),
    ]
