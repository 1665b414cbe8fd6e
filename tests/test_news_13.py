"""News articles, thirteenth round: British, Irish, Australian, Indian and Canadian outlets
(BBC, the Guardian, the Irish Times, ABC, The Hindu, CBC) on courts, councils, schools,
police, weather, sport, business and politics.

They write the day before the month ("on 3 March", "Monday 10 June", "from 1 July") and so
their numeric dates ("3/6/2024" is 3 June in a text whose written dates are all day first);
they count "Tuesday week" and "a week on Sunday", look back on "the weekend just gone", name
"the bank holiday weekend", "the holiday weekend", "the Easter long weekend", "the new financial
year", "the 2022-23 financial year", "FY24", "the 2023/24 season", "the summer recess",
"Diwali", "Republic Day" and "Canada Day", and give 24-hour clock times ("at 14:30", "between
19:45 and 20:30 on Saturday") beside dotted ones ("2.30pm AEST", "9am BST"). Each test is an
article run as chrono is scored: genre "news", no ``day_first`` option (the text's own dates
decide), its date as the document date, its weekday checked with ``datetime``; the tables are
annotated by hand with the (text, type, value) TimeBank would give. "In the early hours of
Sunday" tags the day, as tests/test_genres.py has it; a split year ("2023-24", "2023/24") is
its two years, as tests/test_world_news.py has it. Look-alikes (postcodes, school years, log
numbers, road numbers, scores) yield nothing.
"""

from __future__ import annotations

import pytest
from passages import Row, mentions, news


def test_leeds_stabbing_reads_tuesday_week_and_the_weekend_just_gone() -> None:
    """BBC: "in the early hours of Sunday" tags the day; "yesterday afternoon", "Tuesday week"
    (a week after the coming Tuesday), "the weekend just gone" (the last one, one expression),
    "the Easter weekend" ahead; "between 01:30 and 03:00 on Sunday" puts both clock times on
    that Sunday, as "02:40" after it is; "log 0215" is no time."""
    text = (
        "Thursday 7 March 2024\n\nA 34-year-old man has been charged with attempted murder after a"
        " stabbing outside a nightclub in Leeds city centre in the early hours of Sunday. West "
        "Yorkshire Police said officers were called to Call Lane at 02:40 and found a man with "
        "serious injuries. The victim, 22, remains in a stable condition in hospital. The "
        "suspect was arrested on Monday evening at an address in Harehills. He appeared before "
        "Leeds Magistrates' Court yesterday afternoon and was remanded in custody. He will next"
        " appear at Leeds Crown Court on Tuesday week. A provisional trial date has been set "
        "for 9 September. Detectives have appealed for anyone who was on Call Lane between "
        "01:30 and 03:00 on Sunday to come forward. The force said it had made 14 arrests in "
        "the city centre over the weekend just gone. Officers will carry out extra patrols over"
        ' the Easter weekend. Det Insp Sarah Holmes said: "This was a shocking attack." Anyone '
        "with information should call 101 quoting log 0215 of 3 March."
    )
    assert news(text, "2024-03-07", "Thursday") == [
        ("Thursday 7 March 2024", "DATE", "2024-03-07"),
        ("Sunday", "DATE", "2024-03-03"),
        ("02:40", "TIME", "2024-03-03T02:40"),
        ("Monday evening", "TIME", "2024-03-04TEV"),
        ("yesterday afternoon", "TIME", "2024-03-06TAF"),
        ("Tuesday week", "DATE", "2024-03-19"),
        ("9 September", "DATE", "2024-09-09"),
        ("01:30", "TIME", "2024-03-03T01:30"),
        ("03:00 on Sunday", "TIME", "2024-03-03T03:00"),
        ("the weekend just gone", "DATE", "2024-W09-WE"),
        ("Easter weekend", "DATE", "2024-W13-WE"),
        ("3 March", "DATE", "2024-03-03"),
    ]


def test_school_closure_counts_to_easter_and_september() -> None:
    """Guardian: "Monday 4 March", "its February break last week", "from 9 May", "Wednesday
    evening at 6.30pm", "before the Easter holidays" (Easter's date); "Year 11" is no year."""
    text = (
        "26 February 2024\n\nPupils at a secondary school in Bristol will be taught remotely after"
        " ceilings were found to contain crumbling concrete. Parents were told in a letter on "
        "Friday that the main building would close from Monday 4 March. The school, which has "
        "1,200 pupils, returned from its February break last week. The headteacher said "
        "temporary classrooms should be in place by Easter. Year 11 students, who sit their "
        "GCSEs from 9 May, will be given priority for places in a nearby college. The "
        "Department for Education said it had surveyed more than 22,000 schools since the "
        "summer of 2023. Bristol City Council said the closure would last at least 12 weeks. A "
        "parents' meeting will be held on Wednesday evening at 6.30pm. The local MP has asked "
        "for a meeting with the education secretary before the Easter holidays. The school is "
        "expected to reopen fully in September."
    )
    assert news(text, "2024-02-26", "Monday") == [
        ("26 February 2024", "DATE", "2024-02-26"),
        ("Friday", "DATE", "2024-02-23"),
        ("Monday 4 March", "DATE", "2024-03-04"),
        ("February", "DATE", "2024-02"),
        ("last week", "DATE", "2024-W08"),
        ("Easter", "DATE", "2024-03-31"),
        ("9 May", "DATE", "2024-05-09"),
        ("the summer of 2023", "DATE", "2023-SU"),
        ("at least 12 weeks", "DURATION", "P12W"),
        ("Wednesday evening", "TIME", "2024-02-28TEV"),
        ("6.30pm", "TIME", "2024-02-28T18:30"),
        ("Easter", "DATE", "2024-03-31"),
        ("September", "DATE", "2024-09"),
    ]


def test_dublin_bins_missed_over_the_bank_holiday_weekend() -> None:
    """Irish Times: "the bank holiday weekend" just gone (the weekend before the Monday holiday),
    "from 1 July", "last November", "the summer recess" (its season), "the Budget in the
    autumn", "Easter Monday" told in the past, "the weekend just gone"; "Dublin 7" is a postcode."""
    text = (
        "Tuesday 28 May 2024\n\nDublin City Council has apologised after bin collections were "
        "missed over the bank holiday weekend because of staff shortages. The council said "
        "collections missed on Monday would be made by Thursday. Households in Dublin 7 and "
        "Dublin 8 should leave bins out from 7am. Councillors will debate the waste contract at"
        " their monthly meeting on Monday 10 June. The current contract expires on 30 June and "
        "a new operator takes over from 1 July. The council approved its annual budget last "
        "November and says the cost of the service rose by 11 per cent in 2023. A report on the"
        " service is due before the summer recess. Ministers are expected to set out new "
        "funding for councils in the Budget in the autumn. Residents complained of overflowing "
        "bins on Easter Monday, when a similar dispute hit the city. The council said the "
        "weekend just gone was the busiest of the year so far. It has also asked people not to "
        "leave waste out for more than 24 hours."
    )
    assert news(text, "2024-05-28", "Tuesday") == [
        ("Tuesday 28 May 2024", "DATE", "2024-05-28"),
        ("the bank holiday weekend", "DATE", "2024-W21-WE"),
        ("Monday", "DATE", "2024-05-27"),
        ("Thursday", "DATE", "2024-05-30"),
        ("7am", "TIME", "2024-05-30T07:00"),
        ("monthly", "SET", "P1M"),
        ("Monday 10 June", "DATE", "2024-06-10"),
        ("30 June", "DATE", "2024-06-30"),
        ("1 July", "DATE", "2024-07-01"),
        ("last November", "DATE", "2023-11"),
        ("2023", "DATE", "2023"),
        ("summer", "DATE", "2024-SU"),
        ("the autumn", "DATE", "2024-FA"),
        ("Easter Monday", "DATE", "2024-04-01"),
        ("the weekend just gone", "DATE", "2024-W21-WE"),
        ("the year", "DATE", "2024"),
        ("more than 24 hours", "DURATION", "PT24H"),
    ]


def test_queensland_storms_after_the_easter_long_weekend() -> None:
    """ABC: "the Easter long weekend" is Easter's weekend; "in the hour to 4pm yesterday" is an
    hour (as "the year to January" is a year) and a time; "9pm AEST tonight"; "Monday 17 April"
    and "from Thursday" ahead."""
    text = (
        "Tuesday 11 April 2023\n\nSevere storms have lashed south-east Queensland, bringing down "
        "trees and cutting power to more than 40,000 homes after the Easter long weekend. The "
        "Bureau of Meteorology said Brisbane recorded 86 millimetres of rain in the hour to 4pm"
        " yesterday. A severe thunderstorm warning remains in place until 9pm AEST tonight. The"
        " Bureau said the storms followed the driest March in the city since 2005. Energex said"
        " it expected most customers to be reconnected by Wednesday evening. The SES said it "
        "had received 1,000 calls since Sunday. Schools will reopen as planned on Monday 17 "
        "April for the start of term two. Forecasters said a cold front would bring cooler "
        "conditions from Thursday. Residents who were flooded in February 2022 said the clean-"
        "up had brought back memories. The state government will release its budget on 20 June."
    )
    assert news(text, "2023-04-11", "Tuesday") == [
        ("Tuesday 11 April 2023", "DATE", "2023-04-11"),
        ("Easter long weekend", "DATE", "2023-W14-WE"),
        ("the hour", "DURATION", "PT1H"),
        ("4pm yesterday", "TIME", "2023-04-10T16:00"),
        ("9pm AEST tonight", "TIME", "2023-04-11T21:00+10:00"),
        ("March", "DATE", "2023-03"),
        ("2005", "DATE", "2005"),
        ("Wednesday evening", "TIME", "2023-04-12TEV"),
        ("Sunday", "DATE", "2023-04-09"),
        ("Monday 17 April", "DATE", "2023-04-17"),
        ("Thursday", "DATE", "2023-04-13"),
        ("February 2022", "DATE", "2022-02"),
        ("20 June", "DATE", "2023-06-20"),
    ]


def test_republic_day_security_with_the_financial_year_and_fy24() -> None:
    """The Hindu: "the Republic Day parade on Friday", "10.30 a.m.", "since Diwali" (the last
    one), "the 2023-24 financial year" (two years), "FY24", "till Monday", "the next three
    days"; "14,000 personnel" is no year."""
    text = (
        "NEW DELHI, January 27, 2024\n\nThe Delhi Police made elaborate security arrangements for "
        "the Republic Day parade on Friday, with more than 14,000 personnel deployed along "
        "Kartavya Path. The parade began at 10.30 a.m. and lasted about 90 minutes. The Beating"
        " Retreat ceremony will be held on January 29 at Vijay Chowk. Traffic restrictions were"
        " in place from Thursday evening until the end of the parade. Officials said the city "
        "had seen a sharp rise in footfall since Diwali. The Centre has allocated funds for the"
        " celebrations in the 2023-24 financial year, and the interim Budget will be presented "
        "on February 1. The Finance Ministry said tax collections in FY24 were ahead of target."
        " Last year, the parade was watched by about 45,000 people. Schools in the capital will"
        " remain shut till Monday because of the cold wave. The India Meteorological Department"
        " has forecast dense fog for the next three days."
    )
    assert news(text, "2024-01-27", "Saturday") == [
        ("January 27, 2024", "DATE", "2024-01-27"),
        ("Republic Day", "DATE", "2024-01-26"),
        ("Friday", "DATE", "2024-01-26"),
        ("10.30 a.m.", "TIME", "2024-01-26T10:30"),
        ("90 minutes", "DURATION", "PT90M"),
        ("January 29", "DATE", "2024-01-29"),
        ("Thursday evening", "TIME", "2024-01-25TEV"),
        ("Diwali", "DATE", "2023-11-12"),
        ("2023", "DATE", "2023"),
        ("24", "DATE", "2024"),
        ("February 1", "DATE", "2024-02-01"),
        ("FY24", "DATE", "2024"),
        ("Last year", "DATE", "2023"),
        ("Monday", "DATE", "2024-01-29"),
        ("the next three days", "DURATION", "P3D"),
    ]


def test_canada_day_holiday_weekend_and_the_summer_recess() -> None:
    """CBC: "Posted: Jul 02, 2024", "Canada Day", "the holiday weekend" (the weekend the Monday
    holiday made long), "the summer recess", "Sept. 16", "the early hours of Tuesday" (the
    day), "Highway 417" no date."""
    text = (
        "Posted: Jul 02, 2024\n\nThousands of people gathered on Parliament Hill in Ottawa for "
        "Canada Day celebrations on Monday, with fireworks starting at 10 p.m. Police said the "
        "celebrations passed without major incidents, though officers made seven arrests on "
        "Sunday night. The federal government tabled its budget on April 16, and the House of "
        "Commons rose for the summer recess on June 19. MPs will return on Sept. 16. The city's"
        " new transit fares take effect on Aug. 1. Ottawa police said they had laid 22 impaired"
        " driving charges over the holiday weekend, up from 15 last year. A 19-year-old man was"
        " charged after a crash in the early hours of Tuesday on Highway 417. The city said "
        "crews would finish clean-up of the downtown core by Wednesday afternoon. Ottawa's "
        "mayor said the 2024 celebrations drew the largest crowds since 2017."
    )
    assert news(text, "2024-07-02", "Tuesday") == [
        ("Jul 02, 2024", "DATE", "2024-07-02"),
        ("Canada Day", "DATE", "2024-07-01"),
        ("Monday", "DATE", "2024-07-01"),
        ("10 p.m.", "TIME", "2024-07-01T22:00"),
        ("Sunday night", "TIME", "2024-06-30TNI"),
        ("April 16", "DATE", "2024-04-16"),
        ("summer", "DATE", "2024-SU"),
        ("June 19", "DATE", "2024-06-19"),
        ("Sept. 16", "DATE", "2024-09-16"),
        ("Aug. 1", "DATE", "2024-08-01"),
        ("the holiday weekend", "DATE", "2024-W26-WE"),
        ("last year", "DATE", "2023"),
        ("Tuesday", "DATE", "2024-07-02"),
        ("Wednesday afternoon", "TIME", "2024-07-03TAF"),
        ("2024", "DATE", "2024"),
        ("2017", "DATE", "2017"),
    ]


def test_bills_rise_with_the_new_financial_year() -> None:
    """BBC business: "the new financial year" (the one beginning in April, named by its year as
    "this financial year" is), "the budget on 15 March", "the 2022-23 financial year",
    "the bank holiday weekend" ahead in reported speech ("said they would watch"), "10 April
    this year" one date, "2023/24"; "£5bn" is money."""
    text = (
        "Monday 3 April 2023\n\nMillions of households face higher bills from the start of the new"
        " financial year, as council tax, water charges and broadband prices all rise this "
        "month. The energy price guarantee, which caps a typical bill at £2,500, has been "
        "extended until the end of June. The Chancellor announced the extension in the budget "
        "on 15 March. Ofgem will set the new price cap on 25 May. Figures published on Friday "
        "showed inflation at 10.4% in the year to February. The Office for National Statistics "
        "said household incomes fell in the 2022-23 financial year by the most since records "
        "began in 1956. Retailers said they would watch sales over the bank holiday weekend "
        "closely. Easter Monday falls on 10 April this year. The Bank of England meets again on"
        " 11 May. Analysts expect inflation to fall sharply by the autumn. The Treasury said "
        "the measures would cost £5bn in 2023/24."
    )
    assert news(text, "2023-04-03", "Monday") == [
        ("Monday 3 April 2023", "DATE", "2023-04-03"),
        ("the new financial year", "DATE", "2023"),
        ("this month", "DATE", "2023-04"),
        ("the end of June", "DATE", "2023-06"),
        ("15 March", "DATE", "2023-03-15"),
        ("25 May", "DATE", "2023-05-25"),
        ("Friday", "DATE", "2023-03-31"),
        ("the year", "DURATION", "P1Y"),
        ("February", "DATE", "2023-02"),
        ("2022", "DATE", "2022"),
        ("23", "DATE", "2023"),
        ("1956", "DATE", "1956"),
        ("the bank holiday weekend", "DATE", "2023-W14-WE"),
        ("Easter Monday", "DATE", "2023-04-10"),
        ("10 April this year", "DATE", "2023-04-10"),
        ("11 May", "DATE", "2023-05-11"),
        ("the autumn", "DATE", "2023-FA"),
        ("2023", "DATE", "2023"),
        ("24", "DATE", "2024"),
    ]


def test_title_race_ends_the_2023_24_season_with_a_cup_final_ahead() -> None:
    """Guardian sport: "the 2023/24 season", a fixture told in the present ("City face ... in the
    FA Cup final at Wembley on Saturday, kick-off 15:00") is ahead, "the weekend just gone",
    "9am BST on Tuesday 18 June", "a week on Sunday"; "3-1" and "2-1" are scores."""
    text = (
        "Monday 20 May 2024\n\nManchester City became the first club to win four successive "
        "English top-flight titles with a 3-1 win over West Ham on Sunday to end the 2023/24 "
        "season. Phil Foden scored twice in the first 18 minutes at the Etihad. Arsenal, who "
        "beat Everton 2-1, finished two points behind. City face Manchester United in the FA "
        "Cup final at Wembley on Saturday, kick-off 15:00. The club will hold an open-top bus "
        "parade through the city centre on Sunday afternoon. Guardiola's contract runs until "
        "the summer of 2025. The Premier League said the weekend just gone drew the largest "
        "television audience of the season. The transfer window opens on 14 June. The 2024/25 "
        "fixtures will be released at 9am BST on Tuesday 18 June. Arsenal's last title came in "
        "2004. The Championship play-off final is at Wembley a week on Sunday."
    )
    assert news(text, "2024-05-20", "Monday") == [
        ("Monday 20 May 2024", "DATE", "2024-05-20"),
        ("Sunday", "DATE", "2024-05-19"),
        ("2023", "DATE", "2023"),
        ("24", "DATE", "2024"),
        ("the first 18 minutes", "DURATION", "PT18M"),
        ("Saturday", "DATE", "2024-05-25"),
        ("15:00", "TIME", "2024-05-25T15:00"),
        ("Sunday afternoon", "TIME", "2024-05-26TAF"),
        ("the summer of 2025", "DATE", "2025-SU"),
        ("the weekend just gone", "DATE", "2024-W20-WE"),
        ("14 June", "DATE", "2024-06-14"),
        ("2024", "DATE", "2024"),
        ("25", "DATE", "2025"),
        ("9am BST on Tuesday 18 June", "TIME", "2024-06-18T09:00+01:00"),
        ("2004", "DATE", "2004"),
        ("a week on Sunday", "DATE", "2024-06-02"),
    ]


def test_australian_tax_cuts_from_1_july_and_a_day_first_numeric_date() -> None:
    """ABC politics: "from 1 July", "the new financial year", "The May budget", "FY24", "the
    2024-25 financial year", "2.30pm AEST tomorrow", "the March quarter"; "3/6/2024" is 3 June
    in a text that writes its other dates day first ("17 June 2024", "27 September 2025")."""
    text = (
        "Monday 17 June 2024\n\nThe Treasurer says cost-of-living relief will reach households "
        "from 1 July, when stage three tax cuts begin with the new financial year. The May "
        "budget forecast a surplus of $9.3 billion for FY24, the second in a row. Parliament "
        "sits for a fortnight before it rises. The Prime Minister will travel to Darwin on "
        "Thursday. Energy bill rebates of $300 will be paid in quarterly instalments over the "
        "2024-25 financial year. The Reserve Bank left the cash rate on hold at 4.35 per cent "
        "at its meeting last Tuesday. Governor Michele Bullock will speak at 2.30pm AEST "
        "tomorrow. The opposition said the government had done nothing since the last election "
        "in May 2022. Figures released on 3/6/2024 showed the economy grew by just 0.1 per cent"
        " in the March quarter. The next election is due by 27 September 2025."
    )
    assert news(text, "2024-06-17", "Monday") == [
        ("Monday 17 June 2024", "DATE", "2024-06-17"),
        ("1 July", "DATE", "2024-07-01"),
        ("the new financial year", "DATE", "2024"),
        ("May", "DATE", "2024-05"),
        ("FY24", "DATE", "2024"),
        ("a fortnight", "DURATION", "P2W"),
        ("Thursday", "DATE", "2024-06-20"),
        ("2024", "DATE", "2024"),
        ("25", "DATE", "2025"),
        ("last Tuesday", "DATE", "2024-06-11"),
        ("2.30pm AEST tomorrow", "TIME", "2024-06-18T14:30+10:00"),
        ("May 2022", "DATE", "2022-05"),
        ("3/6/2024", "DATE", "2024-06-03"),
        ("the March quarter", "DATE", "2024-Q1"),
        ("27 September 2025", "DATE", "2025-09-27"),
    ]


def test_limerick_remand_to_tuesday_week_and_the_same_day() -> None:
    """Irish Times: "Tuesday week", "yesterday afternoon", "1.45am on 4 November", "on the same
    day" (of the incident: a day, even after "since 2019"), "St Patrick's Day this year"."""
    text = (
        "Mon Nov 13 2023\n\nA man accused of assaulting a garda outside a takeaway in Limerick has"
        " been remanded in custody to appear again on Tuesday week. The 27-year-old appeared at"
        " Limerick District Court yesterday afternoon, charged with assault causing harm. The "
        "court heard the incident happened at about 1.45am on 4 November. The garda was treated"
        " in hospital and released on the same day. Gardaí were called after a row broke out at"
        " closing time. The accused was arrested on Saturday morning at a house in Moyross. "
        "Judge Marian O'Leary refused bail, noting the accused had been before the courts 14 "
        "times since 2019. Free legal aid was granted. The accused was also charged with a "
        "public order offence on St Patrick's Day this year."
    )
    assert news(text, "2023-11-13", "Monday") == [
        ("Mon Nov 13 2023", "DATE", "2023-11-13"),
        ("Tuesday week", "DATE", "2023-11-21"),
        ("yesterday afternoon", "TIME", "2023-11-12TAF"),
        ("1.45am on 4 November", "TIME", "2023-11-04T01:45"),
        ("the same day", "DATE", "2023-11-04"),
        ("Saturday morning", "TIME", "2023-11-11TMO"),
        ("2019", "DATE", "2019"),
        ("St Patrick's Day", "DATE", "2023-03-17"),
        ("this year", "DATE", "2023"),
    ]


def test_tamil_nadu_board_exams_and_holi() -> None:
    """The Hindu: a PTI-style dateline, "March 1" to "March 22", "Holi" ahead, "the second week of
    May" of last year, "a one-day strike"; "Class 12" and "7.8 lakh" are no dates."""
    text = (
        "CHENNAI, February 12, 2024\n\nThe Tamil Nadu government has announced that Class 12 board"
        " examinations will begin on March 1 and end on March 22. About 7.8 lakh students are "
        "expected to sit the exams. Results will be declared on May 6. Schools have been asked "
        "to complete the syllabus by February 20 and hold revision classes from February 21. "
        "The Class 10 examinations start on March 26. Officials said students would get a break"
        " for Holi. The School Education Department said it would hold a review meeting on "
        "Wednesday. Last year's results were announced in the second week of May. The new "
        "academic year will begin on June 3. Teachers' unions have called for a one-day strike "
        "on February 15 over pay arrears since 2021."
    )
    assert news(text, "2024-02-12", "Monday") == [
        ("February 12, 2024", "DATE", "2024-02-12"),
        ("March 1", "DATE", "2024-03-01"),
        ("March 22", "DATE", "2024-03-22"),
        ("May 6", "DATE", "2024-05-06"),
        ("February 20", "DATE", "2024-02-20"),
        ("February 21", "DATE", "2024-02-21"),
        ("March 26", "DATE", "2024-03-26"),
        ("Holi", "DATE", "2024-03-25"),
        ("Wednesday", "DATE", "2024-02-14"),
        ("Last year", "DATE", "2023"),
        ("the second week of May", "DATE", "2023-W19"),
        ("June 3", "DATE", "2024-06-03"),
        ("one-day", "DURATION", "P1D"),
        ("February 15", "DATE", "2024-02-15"),
        ("2021", "DATE", "2021"),
    ]


def test_croydon_stabbing_with_24_hour_clock_times() -> None:
    """Met Police copy: "at 20:15" on the Saturday evening told, "the early hours of Sunday",
    "until 6am yesterday", "between 19:45 and 20:30 on Saturday" (both that day), "the October
    half-term" (its month), "7pm on Friday" ahead; "Section 60" is no date."""
    text = (
        "Monday 9 September 2024\n\nTwo men have been arrested after a 17-year-old boy was stabbed"
        " in Croydon on Saturday evening. The Metropolitan Police said officers were called at "
        "20:15 to reports of a fight on North End. The boy was taken to hospital, where he "
        "remains in a critical condition. A 19-year-old man was arrested at the scene and a "
        "second man was detained in the early hours of Sunday. Both have been released on bail "
        "until a date in October. A Section 60 order was in place until 6am yesterday. Croydon "
        "has recorded 11 stabbings since January. The borough commander said patrols would be "
        "stepped up ahead of the October half-term. A vigil will be held at 7pm on Friday. "
        "Police want to speak to anyone who was in the area between 19:45 and 20:30 on "
        "Saturday. Last year, 14 teenagers were killed in London."
    )
    assert news(text, "2024-09-09", "Monday") == [
        ("Monday 9 September 2024", "DATE", "2024-09-09"),
        ("Saturday evening", "TIME", "2024-09-07TEV"),
        ("20:15", "TIME", "2024-09-07T20:15"),
        ("Sunday", "DATE", "2024-09-08"),
        ("October", "DATE", "2024-10"),
        ("6am yesterday", "TIME", "2024-09-08T06:00"),
        ("January", "DATE", "2024-01"),
        ("October", "DATE", "2024-10"),
        ("7pm on Friday", "TIME", "2024-09-13T19:00"),
        ("19:45", "TIME", "2024-09-07T19:45"),
        ("20:30 on Saturday", "TIME", "2024-09-07T20:30"),
        ("Last year", "DATE", "2023"),
    ]


def test_muhurat_trading_on_diwali_evening() -> None:
    """Economic Times: "Sunday evening" of Diwali, "6 p.m. to 7 p.m." that evening, a circular
    "issued on Tuesday" (past) and markets "shut on Tuesday" (ahead), "since last Diwali",
    "the July-September quarter", "Monday at 9.15 a.m."; "Rs 90,000 crore" is money."""
    text = (
        "MUMBAI, November 9, 2023\n\nStock markets will hold a special one-hour Muhurat trading "
        "session on Sunday evening to mark Diwali. The session will run from 6 p.m. to 7 p.m., "
        "the BSE said in a circular issued on Tuesday. Markets will be shut on Tuesday for "
        "Balipratipada. The Sensex has gained nearly 9 per cent since last Diwali. Analysts "
        "expect volatility ahead of US inflation data due on November 14. Foreign investors "
        "have sold shares worth over Rs 90,000 crore in October, the most in any month since "
        "March 2020. The Reserve Bank of India's monetary policy committee will meet on "
        "December 6. Listed companies are reporting their results for the July-September "
        "quarter this month. Brokers said the festive season had lifted retail volumes. Trading"
        " will resume on Monday at 9.15 a.m."
    )
    assert news(text, "2023-11-09", "Thursday") == [
        ("November 9, 2023", "DATE", "2023-11-09"),
        ("one-hour", "DURATION", "PT1H"),
        ("Sunday evening", "TIME", "2023-11-12TEV"),
        ("Diwali", "DATE", "2023-11-12"),
        ("6 p.m.", "TIME", "2023-11-12T18:00"),
        ("7 p.m.", "TIME", "2023-11-12T19:00"),
        ("Tuesday", "DATE", "2023-11-07"),
        ("Tuesday", "DATE", "2023-11-14"),
        ("last Diwali", "DATE", "2022-10-24"),
        ("November 14", "DATE", "2023-11-14"),
        ("October", "DATE", "2023-10"),
        ("March 2020", "DATE", "2020-03"),
        ("December 6", "DATE", "2023-12-06"),
        ("the July-September quarter", "DATE", "2023-Q3"),
        ("this month", "DATE", "2023-11"),
        ("Monday at 9.15 a.m.", "TIME", "2023-11-13T09:15"),
    ]


def test_toronto_schools_return_the_day_after_labour_day() -> None:
    """CBC: "Sept. 5, the day after Labour Day", "the 2023-24 school year", "Friday afternoon",
    "every year since 2019", "this fall", "the winter break" (its winter) on "Dec. 22"."""
    text = (
        "Aug 29, 2023\n\nStudents in the Toronto District School Board will return to class on "
        "Sept. 5, the day after Labour Day. The board said it had hired 400 new teachers for "
        "the 2023-24 school year. Bus routes will be posted online by Friday afternoon. Parents"
        " complained that last year several routes were cancelled without warning. The Ontario "
        "government said in its budget on March 23 that education funding would rise by 2.7 per"
        " cent. The board's trustees will vote on the calendar at a meeting on Wednesday. The "
        "first PA day falls on Sept. 22. The board said enrolment had fallen every year since "
        "2019. Education Minister Stephen Lecce said the province would release new test "
        "results this fall. Classes end for the winter break on Dec. 22."
    )
    assert news(text, "2023-08-29", "Tuesday") == [
        ("Aug 29, 2023", "DATE", "2023-08-29"),
        ("Sept. 5", "DATE", "2023-09-05"),
        ("the day after Labour Day", "DATE", "2023-09-05"),
        ("2023", "DATE", "2023"),
        ("24", "DATE", "2024"),
        ("Friday afternoon", "TIME", "2023-09-01TAF"),
        ("last year", "DATE", "2022"),
        ("March 23", "DATE", "2023-03-23"),
        ("Wednesday", "DATE", "2023-08-30"),
        ("Sept. 22", "DATE", "2023-09-22"),
        ("every year", "SET", "P1Y"),
        ("2019", "DATE", "2019"),
        ("this fall", "DATE", "2023-FA"),
        ("winter", "DATE", "2023-WI"),
        ("Dec. 22", "DATE", "2023-12-22"),
    ]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        (  # every written date day first: the numeric one too
            "The tax cuts begin on 1 July. Figures released on 3/6/2024 showed weak growth.",
            [("1 July", "DATE", "2024-07-01"), ("3/6/2024", "DATE", "2024-06-03")],
        ),
        (  # "Monday 10 June" and "the 3rd of June" are day first
            "Councillors meet on Monday 10 June. The report dated 4/6/2024 was leaked.",
            [("Monday 10 June", "DATE", "2024-06-10"), ("4/6/2024", "DATE", "2024-06-04")],
        ),
        (  # an American text writes the month first, and so its numeric dates
            "The tax cuts begin on July 1. Figures released on 3/6/2024 showed weak growth.",
            [("July 1", "DATE", "2024-07-01"), ("3/6/2024", "DATE", "2024-03-06")],
        ),
        (  # both orders written: no evidence, month first as before
            "The fair runs from 1 July. The show opens on July 9. The deal of 3/6/2024 was signed.",
            [
                ("1 July", "DATE", "2024-07-01"),
                ("July 9", "DATE", "2024-07-09"),
                ("3/6/2024", "DATE", "2024-03-06"),
            ],
        ),
    ],
)
def test_numeric_dates_follow_the_order_of_the_written_ones(text: str, found: list[Row]) -> None:
    """A numeric date that reads both ways ("3/6/2024") is day first when every written date
    of the text puts the day first ("1 July"), month first otherwise."""
    assert mentions(text, dct="2024-06-17", genre="news") == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        (
            "Sales were strong over the bank holiday weekend.",
            ("the bank holiday weekend", "2023-W36-WE"),
        ),
        (
            "He was arrested on the 3rd of March last year.",
            ("3rd of March last year", "2022-03-03"),
        ),
        (
            "The road was shut from 01:30 to 03:00 on Sunday.",
            ("03:00 on Sunday", "2023-09-10T03:00"),
        ),
    ],
)
def test_british_weekends_and_days_of_a_relative_year(text: str, found: tuple[str, str]) -> None:
    """A weekend named by its holiday or told as "just gone", a day and month before "last
    year", the second clock time of a range before its day."""
    assert found in [(t, v) for t, _, v in mentions(text, dct="2023-09-12", genre="news")]


@pytest.mark.parametrize(
    "text",
    [
        "Year 11 pupils sat their mocks.",
        "Officers quoted log 0215.",
        "A Section 60 order was granted.",
        "Bins in Dublin 7 and Dublin 8 were collected.",
        "Class 12 students sat the paper.",
        "The crash happened on Highway 417.",
        "City won 3-1 at the Etihad.",
        "Call 101 or 999 in an emergency.",
        "Foreign investors sold shares worth Rs 90,000 crore.",
    ],
)
def test_look_alikes_of_commonwealth_news_yield_nothing(text: str) -> None:
    """School years, log and section numbers, postcodes, roads, scores, phone numbers and
    amounts are no dates."""
    assert mentions(text, dct="2024-03-07", genre="news") == []


@pytest.mark.xfail(
    strict=True,
    reason="a time said in reported speech ('Ministers said in September that every school "
    "would be told by the end of the year') counts from the saying, in the year before the "
    "story; chrono anchors 'the end of the year' to the document date",
)
def test_the_end_of_the_year_in_reported_speech_is_the_year_it_was_said() -> None:
    """ "said in September [2023] that ... by the end of the year" is the end of 2023."""
    text = (
        "Ministers said in September that every affected school would be told by the end of "
        "the year."
    )
    assert news(text, "2024-02-26", "Monday") == [
        ("September", "DATE", "2023-09"),
        ("the end of the year", "DATE", "2023"),
    ]


@pytest.mark.xfail(
    strict=True,
    reason="a season in an Australian story is the southern one: in June, 'the winter recess' "
    "is the winter under way (2024); chrono has no hemisphere and takes the northern winter "
    "last ended",
)
def test_an_australian_winter_in_june_is_the_current_one() -> None:
    """ABC in June: Parliament sits "before the winter recess", this winter."""
    text = "Parliament sits for a fortnight before the winter recess."
    assert news(text, "2024-06-17", "Monday") == [
        ("a fortnight", "DURATION", "P2W"),
        ("winter", "DATE", "2024-WI"),
    ]


@pytest.mark.xfail(
    strict=True,
    reason="Canadian Thanksgiving is the second Monday of October; chrono reads it where the "
    "text names it as Canada's ('Canadian Thanksgiving', 'Thanksgiving Monday', "
    "tests/test_noticed_gaps_10.py) but has no locale for a text, so a Canadian story's plain "
    "'Thanksgiving' is the American one (fourth Thursday of November)",
)
def test_canadian_thanksgiving_is_in_october() -> None:
    """CBC: "Thanksgiving this year falls on Oct. 9"."""
    text = "Students return on Sept. 5, the day after Labour Day. Thanksgiving falls on Oct. 9."
    assert news(text, "2023-08-29", "Tuesday") == [
        ("Sept. 5", "DATE", "2023-09-05"),
        ("the day after Labour Day", "DATE", "2023-09-05"),
        ("Thanksgiving", "DATE", "2023-10-09"),
        ("Oct. 9", "DATE", "2023-10-09"),
    ]


def test_school_terms_are_present_and_future_references() -> None:
    """Guardian: pupils taught remotely "for the rest of this term", back "by next term"."""
    text = (
        "Pupils will be taught remotely for the rest of this term. Temporary classrooms should "
        "be in place by next term."
    )
    assert news(text, "2024-02-26", "Monday") == [
        ("this term", "DATE", "PRESENT_REF"),
        ("next term", "DATE", "FUTURE_REF"),
    ]


@pytest.mark.xfail(
    strict=True,
    reason="'overnight' told in the past in a morning story is the night just gone (as 'last "
    "night' is); chrono reads it as the night of the last date named, here the document's day",
)
def test_overnight_told_in_the_past_is_the_night_before_the_story() -> None:
    """ABC: crews "responded to more than 300 calls overnight" in a Tuesday story: Monday night."""
    text = (
        "A severe thunderstorm warning remains in place until 9pm AEST tonight. Emergency crews "
        "responded to more than 300 calls for help overnight."
    )
    assert news(text, "2023-04-11", "Tuesday") == [
        ("9pm AEST tonight", "TIME", "2023-04-11T21:00+10:00"),
        ("overnight", "TIME", "2023-04-10TNI"),
    ]


@pytest.mark.xfail(
    strict=True,
    reason="'the long weekend' is the weekend a holiday makes long, the one just gone after "
    "Canada Day but Easter's a week ahead in tests/test_news_7.py ('disrupting travel over the "
    "long weekend'); chrono does not tie it to the holiday, so it is not read at all",
)
def test_the_long_weekend_after_canada_day_is_the_weekend_just_gone() -> None:
    """CBC on the Tuesday after Canada Day: "the long weekend passed without major incidents"."""
    text = (
        "Thousands gathered for Canada Day on Monday. Police said the long weekend passed "
        "without major incidents."
    )
    assert news(text, "2024-07-02", "Tuesday") == [
        ("Canada Day", "DATE", "2024-07-01"),
        ("Monday", "DATE", "2024-07-01"),
        ("the long weekend", "DATE", "2024-W26-WE"),
    ]
