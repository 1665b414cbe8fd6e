"""News articles, twelfth round: wire stories of 2011-2014 as the TempEval-3 platinum test set
has them (AP, AFP, WSJ-like copy on politics, the economy, courts, disasters and sport).

The values turn on the day a story is filed and the tense around a relative date: "In March,
the Fed said it would keep rates near zero" in a December story is this March, the saying past
and its "would" the report's; a day's number ends a sentence
("will be released Jan. 4. In March, ..."), so the future before it is no cue of the next one;
"This time" closes a backstory ("Four years ago in Beijing, he ran 9.69. This time he ran all
the way through"), so a month after it is this year's; "over the next week" is a week's
stretch, as "over the next five years" is, not the week after the year last named. The stories
also read "Tuesday's deadline", "late Sunday", "over the weekend", "a year earlier", "the
year-earlier period", "the fiscal first quarter" (labelled with its fiscal year, as TimeBank
does), "the July-September quarter", "The year before", "the coming days", "in March" and
"Last year" in a January story, "Earlier this month", "since 2008" and dates inside quotations.
Each test is an article run as chrono is scored: genre "news", its date as the document date,
its weekday checked with ``datetime``; the tables are annotated by hand with the (text, type,
value) TimeBank would give. Wire look-alikes ("the 5-4 ruling", "the G-8", "Fukushima No. 1",
"the 113th Congress", vote tallies and golf scores) stay untagged.
"""

from __future__ import annotations

import pytest
from passages import news


def test_debt_deal_on_a_sunday_looks_to_tuesdays_deadline_and_back_over_the_weekend() -> None:
    """A Sunday story: "late Sunday", "Tuesday's deadline" and "as early as Monday" ahead, "the next
    day" after it, "over the weekend" (the one ending that Sunday) and "on Friday" behind,
    "until Thanksgiving" and "within the next two years" ahead."""
    text = (
        "WASHINGTON (AP) -- Congressional leaders and the White House reached a tentative deal "
        "late Sunday to raise the nation's $14.3 trillion debt limit and avert a first-ever "
        "default. The agreement must still pass both chambers before Tuesday's deadline. The "
        "House could vote as early as Monday, and the Senate would follow the next day. Talks "
        "had collapsed over the weekend, and on Friday the House passed a Republican plan that "
        "the Senate rejected hours later. The government has been borrowing at record levels "
        "since 2008. Treasury Secretary Timothy Geithner warned in May that the government would "
        "run out of room on Aug. 2. The deal would cut spending by about $2.4 trillion over the "
        "next decade. A special committee would have until Thanksgiving to propose further cuts. "
        '"We are close," Senate Majority Leader Harry Reid said Saturday.'
        " Markets in Asia open in a few hours, and investors have been "
        "nervous for weeks. The last increase came in February 2010. Standard & Poor's said in "
        "April that it could cut the nation's AAA rating within the next two years."
    )
    assert news(text, "2011-07-31", "Sunday") == [
        ("late Sunday", "DATE", "2011-07-31"),
        ("Tuesday", "DATE", "2011-08-02"),
        ("Monday", "DATE", "2011-08-01"),
        ("the next day", "DATE", "2011-08-02"),
        ("the weekend", "DATE", "2011-W30-WE"),
        ("Friday", "DATE", "2011-07-29"),
        ("hours", "DURATION", "PTXH"),
        ("2008", "DATE", "2008"),
        ("May", "DATE", "2011-05"),
        ("Aug. 2", "DATE", "2011-08-02"),
        ("the next decade", "DURATION", "P10Y"),
        ("Thanksgiving", "DATE", "2011-11-24"),
        ("Saturday", "DATE", "2011-07-30"),
        ("a few hours", "DURATION", "PTXH"),
        ("weeks", "DURATION", "PXW"),
        ("February 2010", "DATE", "2010-02"),
        ("April", "DATE", "2011-04"),
        ("the next two years", "DURATION", "P2Y"),
    ]


def test_january_earnings_read_the_fiscal_first_quarter_and_the_quarter_ahead() -> None:
    """Earnings told in January: "the fiscal first quarter" is labelled with its fiscal year, as
    TimeBank does ("the fiscal first quarter" of 1989), and so are "the year-earlier period", "the
    previous quarter" and "the quarter"; "a year earlier" than the three months ended Dec. 31 is
    2010; "the current quarter, which ends in March" is ahead, "in October" and "in August"
    behind."""
    text = (
        "CUPERTINO, Calif. (AP) -- Apple Inc. said Tuesday that its profit more than doubled in "
        "the fiscal first quarter as iPhone sales surged. The company earned $13.06 billion in "
        "the three months ended Dec. 31, up from $6 billion a year earlier. Revenue rose 73 "
        "percent from the year-earlier period. Apple sold 37 million iPhones in the quarter, "
        "more than twice as many as in the previous quarter, when buyers waited for the iPhone "
        "4S, which went on sale in October. For the current quarter, which ends in March, Apple "
        "expects revenue of about $32.5 billion. The company's shares rose 8 percent in "
        "after-hours trading. They have gained about 25 percent over the past year. Apple has "
        "not paid a dividend since 1995. Chief Executive Tim Cook, who took over from Steve Jobs "
        "in August, said the holiday season was the best in the company's history. Analysts had "
        "expected earnings of $10.08 per share for the quarter. Apple will hold a shareholder "
        "meeting on Feb. 23. Fiscal 2011 sales totaled $108 billion."
    )
    assert news(text, "2012-01-24", "Tuesday") == [
        ("Tuesday", "DATE", "2012-01-24"),
        ("the fiscal first quarter", "DATE", "2012-Q1"),
        ("the three months", "DURATION", "P3M"),
        ("Dec. 31", "DATE", "2011-12-31"),
        ("a year earlier", "DATE", "2010"),
        ("the year-earlier period", "DATE", "2011-Q1"),
        ("the quarter", "DATE", "2012-Q1"),
        ("the previous quarter", "DATE", "2011-Q4"),
        ("October", "DATE", "2011-10"),
        ("the current quarter", "DATE", "2012-Q1"),
        ("March", "DATE", "2012-03"),
        ("the past year", "DURATION", "P1Y"),
        ("1995", "DATE", "1995"),
        ("August", "DATE", "2011-08"),
        ("the quarter", "DATE", "2012-Q1"),
        ("Feb. 23", "DATE", "2012-02-23"),
        ("Fiscal 2011", "DATE", "2011"),
    ]


def test_supreme_court_ruling_reads_its_term_and_next_years_elections() -> None:
    """A court story: "on Tuesday", "the past 50 years" inside a quotation, "which ends Wednesday"
    ahead, "within hours", "blocked last year", "next year's midterm elections"."""
    text = (
        "WASHINGTON (AP) -- A divided Supreme Court on Tuesday struck down the heart of the "
        "landmark Voting Rights Act of 1965, freeing nine states, mostly in the South, to change "
        "election laws without advance federal approval. The 5-4 ruling says Congress relied on "
        "40-year-old data when it renewed the law in 2006. Chief Justice John Roberts wrote that "
        '"our country has changed" in the past 50 years. The decision came on the next-to-last '
        "day of the court's term, which ends Wednesday. Texas said within hours that a voter "
        "identification law blocked last year would take effect immediately. In 2009, the court "
        "had warned Congress that the formula was outdated. Justice Ruth Bader Ginsburg read her "
        "dissent aloud from the bench. President Barack Obama said he was deeply disappointed. "
        "Lawmakers could rewrite the formula, but few expect action before next year's midterm "
        "elections. The court is also expected to rule Wednesday on same-sex marriage. The "
        "justices heard arguments in the Alabama case in February. The law has been renewed four "
        "times since it was first passed."
    )
    assert news(text, "2013-06-25", "Tuesday") == [
        ("Tuesday", "DATE", "2013-06-25"),
        ("1965", "DATE", "1965"),
        ("2006", "DATE", "2006"),
        ("the past 50 years", "DURATION", "P50Y"),
        ("Wednesday", "DATE", "2013-06-26"),
        ("hours", "DURATION", "PTXH"),
        ("last year", "DATE", "2012"),
        ("2009", "DATE", "2009"),
        ("next year", "DATE", "2014"),
        ("Wednesday", "DATE", "2013-06-26"),
        ("February", "DATE", "2013-02"),
    ]


def test_quake_dateline_story_counts_from_the_day_after_the_disaster() -> None:
    """An AFP dateline ("TOKYO, March 12 (AFP) -"): "Friday's ... quake" at "2:46 pm", "early
    Saturday", "in the afternoon", "Late Friday"; "over the next week" is a week's stretch after a
    past year (not the week after 1923), "in the coming days" a vague one."""
    text = (
        "TOKYO, March 12 (AFP) - Japan battled on Saturday to avert a meltdown at a quake-hit "
        "nuclear plant, a day after the strongest earthquake in its recorded history unleashed a "
        "tsunami that swept away entire towns. Friday's 8.9-magnitude quake struck at 2:46 pm "
        "off the northeast coast. Officials said early Saturday that more than 1,000 people were "
        "feared dead. An explosion tore through the Fukushima No. 1 plant in the afternoon. "
        "Prime Minister Naoto Kan said the government would evacuate residents within 20 "
        "kilometres. Late Friday, the first aftershocks rattled Tokyo, where train services were "
        "halted for hours. It was the biggest quake to hit Japan since records began more than a "
        "century ago. The 1923 Great Kanto earthquake killed more than 140,000 people. Rescue "
        "teams from 45 countries were expected to arrive in the coming days. The meteorological "
        "agency warned of strong aftershocks over the next week. Markets will reopen on Monday, "
        "when economists expect the yen to rise."
    )
    assert news(text, "2011-03-12", "Saturday") == [
        ("March 12", "DATE", "2011-03-12"),
        ("Saturday", "DATE", "2011-03-12"),
        ("a day", "DURATION", "P1D"),
        ("Friday", "DATE", "2011-03-11"),
        ("2:46 pm", "TIME", "2011-03-11T14:46"),
        ("early Saturday", "DATE", "2011-03-12"),
        ("the afternoon", "TIME", "2011-03-12TAF"),
        ("Late Friday", "DATE", "2011-03-11"),
        ("hours", "DURATION", "PTXH"),
        ("more than a century ago", "DATE", "19"),
        ("1923", "DATE", "1923"),
        ("the coming days", "DURATION", "PXD"),
        ("the next week", "DURATION", "P1W"),
        ("Monday", "DATE", "2011-03-14"),
    ]


def test_olympic_final_on_a_sunday_returns_from_beijing_with_this_time() -> None:
    """Sport on a Sunday: "Four years ago in Beijing" opens a backstory that "This time" closes, so
    "the Jamaican trials in June" are this June; the heats "start Tuesday" and the final is "on
    Thursday" ahead, "Saturday night" behind, "next Sunday" a week on."""
    text = (
        "LONDON (AP) -- Usain Bolt won the Olympic 100 meters again Sunday night, the first man "
        "since Carl Lewis to defend the title. He finished in 9.63 seconds, the second-fastest "
        "time in history. Four years ago in Beijing, he ran 9.69 while slowing down before the "
        "line. This time he ran all the way through. Yohan Blake, who beat him twice at the "
        "Jamaican trials in June, was second. Bolt had looked vulnerable all season. He was "
        "disqualified for a false start at last year's world championships in South Korea. \"I "
        'said I would do it, and I did it," he said after the race. Bolt will try to defend his '
        "200-meter title on Thursday. The heats start Tuesday. On Saturday night, Britain won "
        "three gold medals in less than an hour. Michael Phelps swam his last race on Saturday "
        "and retired with 22 Olympic medals. The Games end next Sunday."
    )
    assert news(text, "2012-08-05", "Sunday") == [
        ("Sunday night", "TIME", "2012-08-05TNI"),
        ("9.63 seconds", "DURATION", "PT9.63S"),
        ("Four years ago", "DATE", "2008"),
        ("June", "DATE", "2012-06"),
        ("last year", "DATE", "2011"),
        ("Thursday", "DATE", "2012-08-09"),
        ("Tuesday", "DATE", "2012-08-07"),
        ("Saturday night", "TIME", "2012-08-04TNI"),
        ("less than an hour", "DURATION", "PT1H"),
        ("Saturday", "DATE", "2012-08-04"),
        ("next Sunday", "DATE", "2012-08-12"),
    ]


def test_december_jobs_report_reads_in_march_said_before_a_would_as_this_years() -> None:
    """A December jobs report: "In March, the Fed said it would keep rates ..." is this March (the
    saying is past, its "would" the report's), also after "will be released Jan. 4." (a day's
    number ends a sentence); "A year earlier" and "from a year ago" are last November;
    "early next year", "next week", "Jan. 1" and "Jan. 4" ahead."""
    text = (
        "WASHINGTON (AP) -- U.S. employers added 146,000 jobs in November, and the unemployment "
        "rate fell to 7.7 percent, the lowest in four years. The Labor Department said Friday "
        "that Superstorm Sandy, which struck the East Coast in late October, had little effect "
        "on hiring last month. The economy has added an average of 151,000 jobs a month over the "
        "past year. A year earlier, the rate was 8.7 percent. Wages rose 1.7 percent from a year "
        "ago. Employers have added 5.4 million jobs since February 2010, when hiring bottomed "
        "out. Still, the rate has not been this low since December 2008. Economists worry that "
        "tax increases and spending cuts due to take effect Jan. 1 could push the economy back "
        "into recession early next year. The Federal Reserve meets next week and is expected to "
        "announce new bond purchases. The government revised its figures for September and "
        "October down by 49,000. The December report will be released Jan. 4. In March, the Fed "
        "said it would keep rates near zero until at least late 2014."
    )
    assert news(text, "2012-12-07", "Friday") == [
        ("November", "DATE", "2012-11"),
        ("four years", "DURATION", "P4Y"),
        ("Friday", "DATE", "2012-12-07"),
        ("late October", "DATE", "2012-10"),
        ("last month", "DATE", "2012-11"),
        ("the past year", "DURATION", "P1Y"),
        ("A year earlier", "DATE", "2011-11"),
        ("a year ago", "DATE", "2011-11"),
        ("February 2010", "DATE", "2010-02"),
        ("December 2008", "DATE", "2008-12"),
        ("Jan. 1", "DATE", "2013-01-01"),
        ("early next year", "DATE", "2013"),
        ("next week", "DATE", "2012-W50"),
        ("September", "DATE", "2012-09"),
        ("October", "DATE", "2012-10"),
        ("December", "DATE", "2012-12"),
        ("Jan. 4", "DATE", "2013-01-04"),
        ("March", "DATE", "2012-03"),
        ("late 2014", "DATE", "2014"),
    ]


def test_election_night_story_dated_the_morning_after() -> None:
    """The morning after an election: "Tuesday night", "early Wednesday", "Four years ago",
    "will be sworn in on Jan. 20", "at the end of the year" (this year), "on Wednesday" (the
    document's day, ahead in the clause) and "next week"."""
    text = (
        "CHICAGO (AP) -- President Barack Obama won a second term Tuesday night, defeating "
        "Republican Mitt Romney after a bitter campaign that cost more than $2 billion. Obama "
        'carried Ohio, the state that decided the race, and led in Florida early Wednesday. "The '
        'best is yet to come," he told supporters in Chicago. Four years ago, he won 365 '
        "electoral votes. He will be sworn in on Jan. 20. Republicans kept control of the House, "
        "which they won in 2010. The president faces a deadline at the end of the year, when tax "
        "cuts expire. He will return to Washington on Wednesday and meet congressional leaders "
        "next week. Exit polls showed the economy was the top issue. Turnout appeared lower than "
        "in 2008. Obama is the first Democrat since Franklin Roosevelt to win a majority of the "
        "vote twice."
    )
    assert news(text, "2012-11-07", "Wednesday") == [
        ("Tuesday night", "TIME", "2012-11-06TNI"),
        ("early Wednesday", "DATE", "2012-11-07"),
        ("Four years ago", "DATE", "2008"),
        ("Jan. 20", "DATE", "2013-01-20"),
        ("2010", "DATE", "2010"),
        ("the end of the year", "DATE", "2012"),
        ("Wednesday", "DATE", "2012-11-07"),
        ("next week", "DATE", "2012-W46"),
        ("2008", "DATE", "2008"),
    ]


def test_new_congress_in_january_reads_last_year_december_and_march_1() -> None:
    """A January story: "late Tuesday" is New Year's Day, "on Monday" New Year's Eve, "Last year"
    and "In December" last year's, "March 1", "late February or early March" and "Feb. 12"
    this year's; "the coming weeks" a vague stretch."""
    text = (
        "WASHINGTON (AP) -- The 113th Congress convened Thursday, two days after lawmakers "
        "averted the so-called fiscal cliff. The House passed the deal late Tuesday, about 22 "
        "hours after the deadline, and President Barack Obama signed it Wednesday. The Senate "
        "had approved it in the early hours of New Year's Day. The agreement raises taxes on "
        "couples earning more than $450,000 a year. It delays for two months $109 billion in "
        "spending cuts, which now take effect March 1. Lawmakers must also raise the debt limit, "
        "which the government reached on Monday. Last year, Congress passed fewer laws than in "
        "any year since the 1940s. In December, talks between Obama and House Speaker John "
        "Boehner broke down. Boehner was re-elected speaker Thursday. The Treasury can avoid "
        "default until late February or early March. The next fight will come in the coming "
        "weeks. Obama will deliver his State of the Union address on Feb. 12."
    )
    assert news(text, "2013-01-03", "Thursday") == [
        ("Thursday", "DATE", "2013-01-03"),
        ("two days", "DURATION", "P2D"),
        ("late Tuesday", "DATE", "2013-01-01"),
        ("22 hours", "DURATION", "PT22H"),
        ("Wednesday", "DATE", "2013-01-02"),
        ("New Year's Day", "DATE", "2013-01-01"),
        ("two months", "DURATION", "P2M"),
        ("now", "DATE", "PRESENT_REF"),
        ("March 1", "DATE", "2013-03-01"),
        ("Monday", "DATE", "2012-12-31"),
        ("Last year", "DATE", "2012"),
        ("the 1940s", "DATE", "194"),
        ("December", "DATE", "2012-12"),
        ("Thursday", "DATE", "2013-01-03"),
        ("late February", "DATE", "2013-02"),
        ("early March", "DATE", "2013-03"),
        ("the coming weeks", "DURATION", "PXW"),
        ("Feb. 12", "DATE", "2013-02-12"),
    ]


def test_crisis_story_on_a_monday_reads_the_weekend_behind_and_the_week_ahead() -> None:
    """A Monday story: "on Saturday" and "over the weekend" behind, "on Tuesday" and "Thursday"
    ahead, "This week" in a quotation this week, "on Sunday" yesterday, "later this month"."""
    text = (
        "MOSCOW (AP) -- Russian forces tightened their grip on Crimea on Monday, as Ukraine's "
        "new government called up military reservists. Russia's parliament approved the use of "
        "force on Saturday, and troops seized airports and government buildings over the "
        "weekend. President Vladimir Putin spoke with President Barack Obama by phone for 90 "
        "minutes on Saturday. Secretary of State John Kerry will travel to Kiev on Tuesday. "
        "European Union leaders will hold an emergency summit Thursday. Russia annexed Crimea in "
        "1783, and it was transferred to Ukraine in 1954. Russian markets fell more than 10 "
        "percent Monday. Ukraine's president, Viktor Yanukovych, fled the capital last month. "
        '"This week will be decisive," a Western diplomat said. The U.N. Security Council met '
        "again on Sunday. Ukraine's interim government said it would sign an agreement with the "
        "EU later this month."
    )
    assert news(text, "2014-03-03", "Monday") == [
        ("Monday", "DATE", "2014-03-03"),
        ("Saturday", "DATE", "2014-03-01"),
        ("the weekend", "DATE", "2014-W09-WE"),
        ("90 minutes", "DURATION", "PT90M"),
        ("Saturday", "DATE", "2014-03-01"),
        ("Tuesday", "DATE", "2014-03-04"),
        ("Thursday", "DATE", "2014-03-06"),
        ("1783", "DATE", "1783"),
        ("1954", "DATE", "1954"),
        ("Monday", "DATE", "2014-03-03"),
        ("last month", "DATE", "2014-02"),
        ("This week", "DATE", "2014-W10"),
        ("Sunday", "DATE", "2014-03-02"),
        ("later this month", "DATE", "2014-03"),
    ]


def test_japanese_earnings_read_the_july_september_quarter_and_the_year_before() -> None:
    """A fiscal year that ends in March: "the July-September quarter", "a year earlier" (that
    quarter a year back), "The year before" the year just named, "in Japan in February" ahead,
    and shares expected to fall "when trading resumes Friday" (tomorrow)."""
    text = (
        "TOKYO (AP) -- Sony Corp. reported a loss for the July-September quarter and cut its "
        "profit forecast for the fiscal year, citing weak sales of cameras and personal "
        "computers. Sony said Thursday that it lost 19.3 billion yen in the quarter, compared "
        "with a loss of 15.5 billion yen a year earlier. It now expects a profit of 30 billion "
        "yen for the year, down from its earlier estimate of 50 billion yen. The company has "
        "lost money in four of the past five years. Sales rose 7 percent, helped by a weaker "
        "yen. The PlayStation 4 goes on sale in North America on Nov. 15 and in Japan in "
        "February. Sony sold its New York headquarters building in 2012 and has cut 10,000 jobs "
        "since 2012. The year before, it had posted a record loss of 457 billion yen. Chief "
        "Executive Kazuo Hirai took over in April 2012. The results came after the market "
        "closed, and analysts expect the shares to fall when trading resumes Friday."
    )
    assert news(text, "2013-10-31", "Thursday") == [
        ("the July-September quarter", "DATE", "2013-Q3"),
        ("the fiscal year", "DATE", "2013"),
        ("Thursday", "DATE", "2013-10-31"),
        ("the quarter", "DATE", "2013-Q3"),
        ("a year earlier", "DATE", "2012-Q3"),
        ("now", "DATE", "PRESENT_REF"),
        ("the year", "DATE", "2013"),
        ("the past five years", "DURATION", "P5Y"),
        ("Nov. 15", "DATE", "2013-11-15"),
        ("February", "DATE", "2014-02"),
        ("2012", "DATE", "2012"),
        ("2012", "DATE", "2012"),
        ("The year before", "DATE", "2011"),
        ("April 2012", "DATE", "2012-04"),
        ("Friday", "DATE", "2013-11-01"),
    ]


def test_health_story_counts_days_from_a_flight_and_a_month_of_outbreak() -> None:
    """A health story: "on Sept. 19" and "the next day", "two days later" after "Sept. 24",
    "admitted Sunday", "began ... in March", "last week", "the past 10 days", "Earlier this
    month", "Wednesday" ahead."""
    text = (
        "DALLAS (AP) -- A patient in a Dallas hospital has been diagnosed with Ebola, the first "
        "case of the deadly disease to be diagnosed in the United States, federal health "
        "officials announced Tuesday. The man left Liberia on Sept. 19 and arrived in Texas the "
        "next day. He began to develop symptoms on Sept. 24 and sought care two days later. He "
        "was admitted Sunday. Officials did not identify him. The current outbreak, which began "
        "in West Africa in March, has killed more than 3,000 people, the World Health "
        "Organization said last week. Health workers are tracing everyone who had contact with "
        'him in the past 10 days. "We\'re stopping it in its tracks in this country," said Dr. '
        "Thomas Frieden of the CDC. Earlier this month, President Barack Obama ordered 3,000 "
        "troops to Liberia. The outbreak is the largest since the virus was discovered in 1976. "
        "Experts say it could take months to bring it under control. The CDC will hold a news "
        "conference Wednesday."
    )
    assert news(text, "2014-09-30", "Tuesday") == [
        ("Tuesday", "DATE", "2014-09-30"),
        ("Sept. 19", "DATE", "2014-09-19"),
        ("the next day", "DATE", "2014-09-20"),
        ("Sept. 24", "DATE", "2014-09-24"),
        ("two days later", "DATE", "2014-09-26"),
        ("Sunday", "DATE", "2014-09-28"),
        ("March", "DATE", "2014-03"),
        ("last week", "DATE", "2014-W39"),
        ("the past 10 days", "DURATION", "P10D"),
        ("Earlier this month", "DATE", "2014-09"),
        ("1976", "DATE", "1976"),
        ("months", "DURATION", "PXM"),
        ("Wednesday", "DATE", "2014-10-01"),
    ]


def test_verdict_story_reads_a_sentencing_ahead_and_a_death_in_2009() -> None:
    """A verdict on a Monday: sentencing "on Nov. 29" ahead, "June 25, 2009", "in late September",
    "The defense rested on Thursday" (the Thursday before), "nearly every night" a set."""
    text = (
        "LOS ANGELES (AP) -- Michael Jackson's doctor was convicted Monday of involuntary "
        "manslaughter, more than two years after the pop star died of an overdose of a powerful "
        "anesthetic. Dr. Conrad Murray was handcuffed and taken to jail. He faces up to four "
        "years in prison when he is sentenced on Nov. 29. Jurors deliberated for about 10 hours "
        "over two days before reaching a verdict. Jackson died on June 25, 2009, at age 50. The "
        "trial began in late September with opening statements. Prosecutors called 33 witnesses "
        "over six weeks. The defense rested on Thursday. Jackson was preparing for a series of "
        "comeback concerts in London when he died. Murray, 58, had given Jackson the drug nearly "
        "every night for two months. His lawyers said Monday that they would appeal. Murray's "
        "medical license was suspended in 2009."
    )
    assert news(text, "2011-11-07", "Monday") == [
        ("Monday", "DATE", "2011-11-07"),
        ("more than two years", "DURATION", "P2Y"),
        ("up to four years", "DURATION", "P4Y"),
        ("Nov. 29", "DATE", "2011-11-29"),
        ("10 hours", "DURATION", "PT10H"),
        ("two days", "DURATION", "P2D"),
        ("June 25, 2009", "DATE", "2009-06-25"),
        ("late September", "DATE", "2011-09"),
        ("six weeks", "DURATION", "P6W"),
        ("Thursday", "DATE", "2011-11-03"),
        ("every night", "SET", "XXXX-XX-XXTNI"),
        ("two months", "DURATION", "P2M"),
        ("Monday", "DATE", "2011-11-07"),
        ("2009", "DATE", "2009"),
    ]


def test_afp_election_night_in_paris_reads_its_runoff_and_the_june_rounds() -> None:
    """An AFP dateline on a Sunday: "Sunday's runoff", "the first round on April 22", "since 1981",
    "by May 16", "on June 10 and 17" (the day alone after the month is June's), "late Sunday",
    "Tonight" in a quotation, "on Monday" ahead."""
    text = (
        "PARIS, May 6 (AFP) - Socialist Francois Hollande was elected president of France on "
        "Sunday, defeating Nicolas Sarkozy and becoming the first leftist to win the office "
        "since Francois Mitterrand in 1988. Hollande won 51.7 percent of the vote in Sunday's "
        "runoff, according to early results. He had led Sarkozy by a narrow margin in the first "
        "round on April 22. Sarkozy is the first president since 1981 to lose a bid for a second "
        "term. Hollande will take office by May 16. He will travel to Berlin soon after to meet "
        "Chancellor Angela Merkel. Parliamentary elections will be held on June 10 and 17. "
        'Thousands of supporters gathered at the Bastille late Sunday. "Tonight, I am the '
        'president of all the French," Hollande said. Sarkozy has been in power for five years. '
        "Turnout was about 81 percent. Greek voters also went to the polls on Sunday. Markets "
        "will react on Monday."
    )
    assert news(text, "2012-05-06", "Sunday") == [
        ("May 6", "DATE", "2012-05-06"),
        ("Sunday", "DATE", "2012-05-06"),
        ("1988", "DATE", "1988"),
        ("Sunday", "DATE", "2012-05-06"),
        ("April 22", "DATE", "2012-04-22"),
        ("1981", "DATE", "1981"),
        ("May 16", "DATE", "2012-05-16"),
        ("June 10", "DATE", "2012-06-10"),
        ("17", "DATE", "2012-06-17"),
        ("late Sunday", "DATE", "2012-05-06"),
        ("Tonight", "TIME", "2012-05-06TNI"),
        ("five years", "DURATION", "P5Y"),
        ("Sunday", "DATE", "2012-05-06"),
        ("Monday", "DATE", "2012-05-07"),
    ]


def test_monday_story_reads_a_vote_after_midnight_on_sunday_and_a_bond_due_in_march() -> None:
    """A Monday story: "shortly after midnight on Sunday", a bond due "on March 20", "Wednesday"
    ahead, "a year earlier" than November, "three years after" a year, "in April" ahead, "on
    the weekend" (the one just past) and "this week"."""
    text = (
        "ATHENS, Greece (AP) -- Greece's Cabinet met Monday to fill posts left vacant by "
        "resignations, a day after parliament approved harsh new austerity measures as rioters "
        "set fire to dozens of buildings. Lawmakers passed the bill shortly after midnight on "
        "Sunday. Greece needs the new rescue loans to avoid a disorderly default on March 20, "
        "when a 14.5 billion euro bond comes due. Eurozone finance ministers will meet Wednesday "
        "to decide whether to release the money. Greece's economy has shrunk for five straight "
        "years. Unemployment reached 20.9 percent in November, up from 13.9 percent a year "
        "earlier. Greek stocks rose 4.6 percent on Monday. Greece adopted the euro in 2001, "
        "three years after it first applied. The country received a first bailout in May 2010. "
        'Elections are expected in April. "We have a few days to save the country," Prime '
        "Minister Lucas Papademos said on the weekend. More protests are planned this week."
    )
    assert news(text, "2012-02-13", "Monday") == [
        ("Monday", "DATE", "2012-02-13"),
        ("a day", "DURATION", "P1D"),
        ("midnight on Sunday", "TIME", "2012-02-12T24:00"),
        ("March 20", "DATE", "2012-03-20"),
        ("Wednesday", "DATE", "2012-02-15"),
        ("five straight years", "DURATION", "P5Y"),
        ("November", "DATE", "2011-11"),
        ("a year earlier", "DATE", "2010-11"),
        ("Monday", "DATE", "2012-02-13"),
        ("2001", "DATE", "2001"),
        ("three years", "DURATION", "P3Y"),
        ("May 2010", "DATE", "2010-05"),
        ("April", "DATE", "2012-04"),
        ("a few days", "DURATION", "PXD"),
        ("the weekend", "DATE", "2012-W06-WE"),
        ("this week", "DATE", "2012-W07"),
    ]


def test_a_referendum_moved_up_to_later_this_month_is_ahead() -> None:
    """A Monday story: a referendum the parliament "has moved up ... to March 30" is this
    year's, ahead: the present perfect tells the move done, not the date."""
    text = "Crimea's parliament has moved up a referendum on the region's status to March 30."
    assert news(text, "2014-03-03", "Monday") == [("March 30", "DATE", "2014-03-30")]


@pytest.mark.xfail(
    strict=True,
    reason="a month before an event's noun ('a June summit' whose preparations are suspended) "
    "is read by the clause's present perfect, in the past, a year back; AP style would give "
    "the year of a past date, but chrono does not yet prefer the current year for a bare month",
)
def test_a_june_summit_being_prepared_is_ahead() -> None:
    """A Monday story: "a June summit" whose preparations are suspended is this year's."""
    text = (
        "MOSCOW (AP) -- The G-8 nations have suspended preparations for a June summit in Sochi. "
        "Crimea's parliament has moved up a referendum on the region's status to March 30."
    )
    assert news(text, "2014-03-03", "Monday") == [
        ("June", "DATE", "2014-06"),
        ("March 30", "DATE", "2014-03-30"),
    ]


def test_a_concession_shortly_before_1_am_after_election_night_is_the_next_day() -> None:
    """ "shortly before 1 a.m." after "Tuesday night" is the small hours of Wednesday."""
    text = (
        "CHICAGO (AP) -- President Barack Obama won a second term Tuesday night. Romney conceded "
        "shortly before 1 a.m. in Boston."
    )
    assert news(text, "2012-11-07", "Wednesday") == [
        ("Tuesday night", "TIME", "2012-11-06TNI"),
        ("1 a.m.", "TIME", "2012-11-07T01:00"),
    ]


@pytest.mark.xfail(
    strict=True,
    reason="'that July' refers back to the year of a death named three sentences earlier, past "
    "a trial told in this year; chrono takes the year of the last date the text gave",
)
def test_that_july_after_a_death_in_2009_is_of_2009_past_the_trial() -> None:
    """ "The shows were to begin that July" is of the year Jackson died, not of the trial's."""
    text = (
        "LOS ANGELES (AP) -- Jackson died on June 25, 2009. The trial began in late September. "
        "The defense rested on Thursday. Jackson was preparing for a series of comeback concerts "
        "in London when he died. The shows were to begin that July."
    )
    assert news(text, "2011-11-07", "Monday") == [
        ("June 25, 2009", "DATE", "2009-06-25"),
        ("late September", "DATE", "2011-09"),
        ("Thursday", "DATE", "2011-11-03"),
        ("that July", "DATE", "2009-07"),
    ]


@pytest.mark.xfail(
    strict=True,
    reason="'the fiscal year through March' told in the past in an October story ends next "
    "March; chrono reads the month by the clause's past tense",
)
def test_the_fiscal_year_through_march_in_october_ends_next_march() -> None:
    """A Japanese company's fiscal year "through March", in October, ends the coming March."""
    text = (
        "TOKYO (AP) -- Sony Corp. cut its profit forecast for the fiscal year through March, "
        "citing weak sales of cameras."
    )
    assert news(text, "2013-10-31", "Thursday") == [
        ("the fiscal year", "DATE", "2013"),
        ("March", "DATE", "2014-03"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "The 5-4 ruling stunned voting rights activists.",
        "The G-8 nations met in Brussels.",
        "Workers entered the Fukushima No. 1 plant.",
        "The 113th Congress convened in the Capitol.",
        "The bill passed the House 268-161.",
        "He shot a 3-under 69 in the second round.",
    ],
)
def test_wire_look_alikes_yield_nothing(text: str) -> None:
    """Rulings, groups, reactor units, sessions of Congress, tallies and scores are no dates."""
    assert news(text, "2012-11-07", "Wednesday") == []
