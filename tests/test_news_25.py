"""News, twenty-fifth round: courts, crime and the law in copy of 2014-2024 in the style of
the wire and web legal desks (AP, Reuters, Law360, local papers), written here for the tests:
trials and hearings, verdicts and sentences, appeals and the Supreme Court, crimes and
investigations, and laws and rules.

A trial is told by its calendar: "Jury selection begins Monday", "a hearing ... is set for
Jan. 12", "The trial, expected to last three weeks" (P3W), "Sentencing is set for Aug. 21";
a sentence by its terms ("60 years to life", "87 months", "three years of supervised
release", "18 months of a five-year term"; "time served" is no time), parole by its year
("eligible for parole in 2049"); an appeal by its days and its precedents ("the Supreme
Court's 2022 decision", "14 days to ask for a rehearing"); a crime by its hours and its
spans ("around 2:15 a.m. Saturday", "between Dec. 1 and Dec. 15", "over a period of six
years", "the cold case from 1987", "the statute of limitations ... expired in 2019"); a law by
its dates ("takes effect Jan. 1", "signed into law last month", "a 90-day comment period",
"sunsets in 2028"; "effective immediately" is no date).

New here: what a court orders done "by" a day of an abbreviated month is ahead of the order
("ordered him to surrender by Jan. 4", in October), as "by January 4" is; what one is ordered
or told to appear, report or surrender for, in the infinitive, is ahead ("ordered to appear
in court March 14", in September; not "failed to appear"); a court's own calendar set for a
month ("set a new trial date for March", "set a retrial for March", in August; not "set a
record for March"); a ruling "is stayed until" a day ahead (the present passive of a stay, not
what "stayed open until"); and a law's or a right's end told in the present ("sunsets on Dec.
31", "runs out on Dec. 29", "lapses on Dec. 31", in June), as "expires" is (not "ran out", nor
"the sunsets"); and "in the fall in a case about ..." is the season (not "the fall in prices").
A hearing set for a weekday is ahead too ("The judge set a hearing for Friday", on a Wednesday;
a strict xfail until tests/test_noticed_gaps_49.py's round). Numbers of statutes, cases, rules,
amendments, sections, titles, ballot measures, dockets, codes, courtrooms, circuits, votes,
felony classes and highways are no times: "18 U.S.C. 1001", "Case No. 2:23-cv-01234", "Rule
11", "the 14th Amendment", "Section 230", "Title IX", "Proposition 22", "Docket 22-451", "Penal
Code 187", "Courtroom 4B", "the 9th Circuit", "a 6-3 ruling", "Class 2 felony", "Highway 101";
the year of a case's citation is a year ("Miranda v. Arizona (1966)"). Each test is a story run
as chrono is scored: genre "news", its date as the document date, its weekday checked with
``datetime``; the tables are annotated by hand with the (text, type, value[, mod]) TimeBank
would give.
"""

from __future__ import annotations

import pytest
from passages import news_values as values
from passages import news_with_mods as news


def test_a_murder_trial_opens_with_jury_selection_monday_and_a_hearing_set_for_jan_12() -> None:
    """AP from Des Moines, a Monday: "Jury selection begins Monday" (the day), "on Aug. 14,
    2021", "The trial, expected to last three weeks" (P3W), "delayed twice last year", "is set
    for Jan. 12" ahead, "as early as next week"."""
    text = (
        "DES MOINES, Iowa (AP) — Jury selection begins Monday in the trial of a man charged with "
        "first-degree murder in the killing of a convenience store clerk on Aug. 14, 2021. The "
        "trial, expected to last three weeks, was delayed twice last year. A hearing on a "
        "defense motion to suppress evidence is set for Jan. 12, and opening statements could "
        "come as early as next week."
    )
    assert news(text, "2023-01-09", "Monday") == [
        ("Monday", "DATE", "2023-01-09"),
        ("Aug. 14, 2021", "DATE", "2021-08-14"),
        ("three weeks", "DURATION", "P3W"),
        ("last year", "DATE", "2022"),
        ("Jan. 12", "DATE", "2023-01-12"),
        ("next week", "DATE", "2023-W03"),
    ]


def test_a_verdict_reads_hours_of_deliberation_a_clock_time_and_sentencing_set_for_aug_21() -> None:
    """AP from Chicago, a Thursday: "convicted ... Wednesday" the day before, "the 2020
    shooting", "about four hours over two days" (two durations), "shortly after 3 p.m." (the
    verdict's day, Wednesday: "p.m. Sentencing is set" ends its sentence), "Sentencing is set
    for Aug. 21" ahead; "45 years to life" is its least term (P45Y); "34-year-old" is an
    age."""
    text = (
        "CHICAGO (AP) — A Cook County jury convicted a 34-year-old man Wednesday of murder in "
        "the 2020 shooting of an off-duty officer. Jurors deliberated for about four hours over "
        "two days before returning the verdict shortly after 3 p.m. Sentencing is set for Aug. "
        "21. He faces 45 years to life in prison."
    )
    assert news(text, "2023-06-29", "Thursday") == [
        ("Wednesday", "DATE", "2023-06-28"),
        ("2020", "DATE", "2020"),
        ("four hours", "DURATION", "PT4H"),
        ("two days", "DURATION", "P2D"),
        ("3 p.m.", "TIME", "2023-06-28T15:00"),
        ("Aug. 21", "DATE", "2023-08-21"),
        ("45 years", "DURATION", "P45Y"),
    ]


def test_a_sentence_of_60_years_to_life_reads_parole_in_2049_and_the_arrest_day() -> None:
    """AP from Los Angeles, a Tuesday: "in 2019", "sentenced Tuesday to 60 years to life"
    (P60Y), "eligible for parole in 2049", "two days after the killing" (P2D), "on April 2,
    2019"; "Penal Code 187" is a statute, no count of days."""
    text = (
        "LOS ANGELES (AP) — A man who fatally shot a rapper outside a South Los Angeles store "
        "in 2019 was sentenced Tuesday to 60 years to life in prison. Under California law, he "
        "will be eligible for parole in 2049. Prosecutors charged him with murder under Penal "
        "Code 187 two days after the killing, and he has been held without bail since his "
        "arrest on April 2, 2019."
    )
    assert news(text, "2024-02-13", "Tuesday") == [
        ("2019", "DATE", "2019"),
        ("Tuesday", "DATE", "2024-02-13"),
        ("60 years", "DURATION", "P60Y"),
        ("2049", "DATE", "2049"),
        ("two days", "DURATION", "P2D"),
        ("April 2, 2019", "DATE", "2019-04-02"),
    ]


def test_a_fraud_sentence_reads_87_months_supervised_release_and_a_surrender_by_jan_4() -> None:
    """Reuters from New York, a Tuesday: "sentenced on Tuesday to 87 months" (P87M), "three
    years of supervised release" (P3Y), "over a period of six years" (P6Y), "pleaded guilty in
    March", "ordered him to surrender by Jan. 4" (the Jan. 4 ahead of the order); "$60
    million" and "18 U.S.C. 1001" are none."""
    text = (
        "NEW YORK (Reuters) - A former hedge fund manager was sentenced on Tuesday to 87 months "
        "in prison, followed by three years of supervised release, for defrauding investors of "
        "$60 million over a period of six years. He pleaded guilty in March to securities fraud "
        "and to making false statements under 18 U.S.C. 1001. U.S. District Judge Paul "
        "Engelmayer ordered him to surrender by Jan. 4."
    )
    assert news(text, "2021-10-05", "Tuesday") == [
        ("Tuesday", "DATE", "2021-10-05"),
        ("87 months", "DURATION", "P87M"),
        ("three years", "DURATION", "P3Y"),
        ("six years", "DURATION", "P6Y"),
        ("March", "DATE", "2021-03"),
        ("Jan. 4", "DATE", "2022-01-04"),
    ]


def test_a_wrongful_conviction_reads_18_months_of_a_five_year_term_and_30_days() -> None:
    """AP from Atlanta, a Friday: "served 18 months of a five-year term" (P18M and the term,
    P5Y), "on Thursday" the day before, "within 30 days" (P30D); "time served" is a
    sentence, no time."""
    text = (
        "ATLANTA (AP) — A man who served 18 months of a five-year term for a burglary he did "
        "not commit walked out of a Fulton County jail on Thursday after a judge vacated his "
        "conviction. The judge sentenced him to time served on an unrelated count. His lawyers "
        "said they would seek compensation within 30 days."
    )
    assert news(text, "2019-05-17", "Friday") == [
        ("18 months", "DURATION", "P18M"),
        ("a five-year term", "DURATION", "P5Y"),
        ("Thursday", "DATE", "2019-05-16"),
        ("30 days", "DURATION", "P30D"),
    ]


def test_an_appeals_court_ruling_reads_tuesday_the_2022_decisions_and_14_days() -> None:
    """Reuters from San Francisco, a Tuesday: "ruled Tuesday", "a 2022 lower-court decision",
    "the Supreme Court's 2022 decision", "14 days to ask for a rehearing" (P14D); "The 9th
    Circuit", "under 21" and "The 2-1 ruling" are none."""
    text = (
        "SAN FRANCISCO (Reuters) - The 9th Circuit appeals court ruled Tuesday that a "
        "California law banning the sale of certain firearms to people under 21 was "
        "unconstitutional, overturning a 2022 lower-court decision. The 2-1 ruling is the latest "
        "since the Supreme Court's 2022 decision in Bruen expanded gun rights. The state has 14 "
        "days to ask for a rehearing by the full court."
    )
    assert news(text, "2024-03-19", "Tuesday") == [
        ("Tuesday", "DATE", "2024-03-19"),
        ("2022", "DATE", "2022"),
        ("2022", "DATE", "2022"),
        ("14 days", "DURATION", "P14D"),
    ]


def test_the_end_of_a_supreme_court_term_reads_arguments_in_the_fall_and_the_next_term() -> None:
    """AP on the last day of the term, a Friday: "on Friday", "will hear arguments in the fall
    in a case about ..." (this year's autumn, ahead), "The court's next term" (FUTURE_REF, as
    "hear the case next term" is: a court's own term stays one), "the first Monday in
    October"; "a 6-3 ruling" is a vote."""
    text = (
        "WASHINGTON (AP) — The Supreme Court on Friday ended its term with a 6-3 ruling "
        "striking down affirmative action at Harvard and the University of North Carolina. The "
        "justices will hear arguments in the fall in a case about gun rights for people under "
        "domestic violence restraining orders. The court's next term begins on the first Monday "
        "in October."
    )
    assert news(text, "2023-06-30", "Friday") == [
        ("Friday", "DATE", "2023-06-30"),
        ("the fall", "DATE", "2023-FA"),
        ("next term", "DATE", "FUTURE_REF"),
        ("the first Monday in October", "DATE", "2023-10-02"),
    ]


def test_a_cert_grant_reads_miranda_1966_the_term_ending_in_june_and_the_end_of_june() -> None:
    """Reuters, a Monday: "on Monday", "Miranda v. Arizona (1966)" (the year of the case),
    "The court's term ends in June" ahead, "in April" ahead, "by the end of June" (END),
    "nearly six decades" (P60Y, APPROX); "Docket 22-451" is a docket."""
    text = (
        "WASHINGTON (Reuters) - The U.S. Supreme Court on Monday agreed to hear a challenge to "
        "Miranda v. Arizona (1966), the landmark ruling requiring police to warn suspects of "
        "their rights. The court's term ends in June, arguments are expected in April and a "
        "ruling is expected by the end of June. The case, Docket 22-451, arrives nearly six "
        "decades after the original decision."
    )
    assert news(text, "2024-01-22", "Monday") == [
        ("Monday", "DATE", "2024-01-22"),
        ("1966", "DATE", "1966"),
        ("June", "DATE", "2024-06"),
        ("April", "DATE", "2024-04"),
        ("the end of June", "DATE", "2024-06", "END"),
        ("nearly six decades", "DURATION", "P60Y", "APPROX"),
    ]


def test_a_shooting_reads_around_2_15_am_saturday_and_11_pm_friday() -> None:
    """AP from San Jose, a Monday: "around 2:15 a.m. Saturday" (that clock time of the
    Saturday behind), "hours later" (PTXH), "on Sunday afternoon", "at 11 p.m. Friday";
    "Highway 101" and "19-year-old" are none."""
    text = (
        "SAN JOSE, Calif. (AP) — Police said the shooting happened around 2:15 a.m. Saturday in "
        "a parking lot near Highway 101. Two men were wounded and a third died at a hospital "
        "hours later. Officers arrested a 19-year-old suspect on Sunday afternoon. "
        "Investigators said a second shooting, at 11 p.m. Friday, may be connected."
    )
    assert news(text, "2022-07-11", "Monday") == [
        ("2:15 a.m. Saturday", "TIME", "2022-07-09T02:15"),
        ("hours", "DURATION", "PTXH"),
        ("Sunday afternoon", "TIME", "2022-07-10TAF"),
        ("11 p.m. Friday", "TIME", "2022-07-08T23:00"),
    ]


def test_a_theft_charge_reads_between_dec_1_and_dec_15_and_a_court_date_feb_3() -> None:
    """AP from Denver, a Wednesday in January: "between Dec. 1 and Dec. 15" (the December
    behind), "said Wednesday", "up to 24 years" (P24Y, EQUAL_OR_LESS), "scheduled for Feb. 3";
    "a Class 2 felony", "$100,000" and "Courtroom 4B" are none."""
    text = (
        "DENVER (AP) — A former bank teller has been charged with stealing about $300,000 from "
        "customer accounts between Dec. 1 and Dec. 15, prosecutors said Wednesday. She is "
        "charged with a Class 2 felony, theft of more than $100,000, and could face up to 24 "
        "years in prison. Her first court appearance is scheduled for Feb. 3 in Courtroom 4B."
    )
    assert news(text, "2016-01-20", "Wednesday") == [
        ("Dec. 1", "DATE", "2015-12-01"),
        ("Dec. 15", "DATE", "2015-12-15"),
        ("Wednesday", "DATE", "2016-01-20"),
        ("up to 24 years", "DURATION", "P24Y", "EQUAL_OR_LESS"),
        ("Feb. 3", "DATE", "2016-02-03"),
    ]


def test_a_cold_case_arrest_reads_1987_the_statute_of_limitations_and_three_decades() -> None:
    """AP from Seattle, a Monday: "the cold case from 1987", "the statute of limitations for
    rape expired in 2019", "more than three decades" (P30Y, MORE_THAN), "in May" behind;
    "72-year-old" is an age."""
    text = (
        "SEATTLE (AP) — Detectives have arrested a 72-year-old man in the cold case from 1987, "
        "the killing of a young Canadian couple, using genetic genealogy. Because the statute "
        "of limitations for rape expired in 2019, he will face only murder charges. "
        "Investigators spent more than three decades on the case and entered the DNA in a "
        "public database in May."
    )
    assert news(text, "2021-10-04", "Monday") == [
        ("1987", "DATE", "1987"),
        ("2019", "DATE", "2019"),
        ("more than three decades", "DURATION", "P30Y", "MORE_THAN"),
        ("May", "DATE", "2021-05"),
    ]


def test_a_new_law_reads_signed_last_month_takes_effect_jan_1_and_sunsets_in_2028() -> None:
    """AP from Sacramento, a Thursday in September: "signed into law last month", "The law
    takes effect Jan. 1" (the Jan. 1 ahead), "signed on Wednesday", "sunsets in 2028",
    "Proposition 22 in 2020" (the year; the measure is none); "effective immediately" is no
    date."""
    text = (
        "SACRAMENTO, Calif. (AP) — Gov. Gavin Newsom signed into law last month a bill that "
        "limits the use of rap lyrics as evidence in criminal trials. The law takes effect Jan. "
        "1. A separate measure, which he signed on Wednesday, is effective immediately and "
        "sunsets in 2028. Voters approved Proposition 22 in 2020."
    )
    assert news(text, "2023-09-28", "Thursday") == [
        ("last month", "DATE", "2023-08"),
        ("Jan. 1", "DATE", "2024-01-01"),
        ("Wednesday", "DATE", "2023-09-27"),
        ("2028", "DATE", "2028"),
        ("2020", "DATE", "2020"),
    ]


def test_a_title_ix_rule_reads_aug_1_90_days_and_a_90_day_comment_period() -> None:
    """AP, a Friday: "on Friday", "takes effect Aug. 1" ahead, "gives colleges 90 days" (P90D),
    "a 90-day comment period" (P90D) "that ended in September 2022", "issued in 2020"; "Title
    IX" and "240,000" are none."""
    text = (
        "WASHINGTON (AP) — The Education Department on Friday released its long-awaited Title "
        "IX rule, which takes effect Aug. 1 and gives colleges 90 days to update their "
        "policies. The department received more than 240,000 comments during a 90-day comment "
        "period that ended in September 2022. The rule replaces regulations issued in 2020 "
        "under the Trump administration."
    )
    assert news(text, "2024-04-19", "Friday") == [
        ("Friday", "DATE", "2024-04-19"),
        ("Aug. 1", "DATE", "2024-08-01"),
        ("90 days", "DURATION", "P90D"),
        ("90-day", "DURATION", "P90D"),
        ("September 2022", "DATE", "2022-09"),
        ("2020", "DATE", "2020"),
    ]


def test_a_law360_brief_reads_its_dateline_a_hearing_for_jan_12_and_october_2024() -> None:
    """Law360's web copy, a Thursday: its dateline "December 7, 2023, 5:42 PM EST" (a time
    with its zone), "on Thursday", "a claim construction hearing for Jan. 12" ahead, "a trial
    date in October 2024", "expired in 2021"; "Rule 11", "Case No. 2:23-cv-01234" and "Section
    230" are none."""
    text = (
        "Law360 (December 7, 2023, 5:42 PM EST) -- A Texas federal judge on Thursday refused to "
        "impose Rule 11 sanctions on a patent plaintiff in Case No. 2:23-cv-01234, finding its "
        "infringement claims were not frivolous. The judge set a claim construction hearing "
        "for Jan. 12 and a trial date in October 2024. The defendant had argued the patent "
        "expired in 2021 and that the suit violated Section 230."
    )
    assert news(text, "2023-12-07", "Thursday") == [
        ("December 7, 2023, 5:42 PM EST", "TIME", "2023-12-07T17:42-05:00"),
        ("Thursday", "DATE", "2023-12-07"),
        ("Jan. 12", "DATE", "2024-01-12"),
        ("October 2024", "DATE", "2024-10"),
        ("2021", "DATE", "2021"),
    ]


def test_an_old_bailey_sentence_reads_a_minimum_of_28_years_and_august_last_year() -> None:
    """Reuters from London, a Friday: "jailed for life on Friday", "a minimum of 28 years"
    (P28Y), "the attack in August last year" (one date); "61" is an age."""
    text = (
        "LONDON (Reuters) - A man who murdered a father of three outside his home in east London "
        "was jailed for life on Friday and told he must serve a minimum of 28 years. The judge "
        'at the Old Bailey said the attack in August last year was "cruel and cowardly". He '
        "will be 61 before he can apply for parole."
    )
    assert news(text, "2014-03-14", "Friday") == [
        ("Friday", "DATE", "2014-03-14"),
        ("28 years", "DURATION", "P28Y"),
        ("August last year", "DATE", "2013-08"),
    ]


def test_an_injunction_reads_a_stay_until_jan_15_and_a_provision_that_sunsets_dec_31() -> None:
    """Reuters from Austin, a Tuesday in June: "on Tuesday", "The ruling is stayed until Jan.
    15" (the Jan. 15 ahead), "sunsets on Dec. 31" and "runs out on Dec. 29" (this year's, ahead);
    "the First Amendment" and "the 5th Circuit" are none."""
    text = (
        "AUSTIN, Texas (Reuters) - A federal judge on Tuesday blocked a Texas law that would have "
        "required age checks on adult websites, finding it likely violates the First Amendment. "
        "The ruling is stayed until Jan. 15 to give the state time to appeal to the 5th Circuit. "
        "A companion provision that shields platforms from lawsuits sunsets on Dec. 31 unless "
        "lawmakers renew it, and the state's deadline to seek a rehearing runs out on Dec. 29."
    )
    assert news(text, "2023-06-20", "Tuesday") == [
        ("Tuesday", "DATE", "2023-06-20"),
        ("Jan. 15", "DATE", "2024-01-15"),
        ("Dec. 31", "DATE", "2023-12-31"),
        ("Dec. 29", "DATE", "2023-12-29"),
    ]


def test_a_bribery_arraignment_reads_a_court_date_march_14_and_three_years_of_payments() -> None:
    """AP from Phoenix, a Friday: "over a period of three years" (P3Y), "released on bond
    Thursday", "ordered to appear in court March 14" (the March 14 ahead), "last month", "in
    2017", "in 2020"."""
    text = (
        "PHOENIX (AP) — A former county official accused of taking bribes over a period of three "
        "years was released on bond Thursday and ordered to appear in court March 14 for a "
        "status conference. He pleaded not guilty at his arraignment last month. Prosecutors "
        "said the payments began in 2017 and continued until his resignation in 2020."
    )
    assert news(text, "2023-09-01", "Friday") == [
        ("three years", "DURATION", "P3Y"),
        ("Thursday", "DATE", "2023-08-31"),
        ("March 14", "DATE", "2024-03-14"),
        ("last month", "DATE", "2023-08"),
        ("2017", "DATE", "2017"),
        ("2020", "DATE", "2020"),
    ]


def test_a_mistrial_reads_three_days_of_deadlock_and_a_new_trial_date_for_march() -> None:
    """AP from Baltimore, a Wednesday: "declared a mistrial Tuesday", "deadlocked for three
    days" (P3D), "a 2019 death", "set a new trial date for March" (the March ahead), "since
    Friday afternoon"."""
    text = (
        "BALTIMORE (AP) — A judge declared a mistrial Tuesday after jurors deadlocked for three "
        "days in the trial of a former police officer charged in a 2019 death, and set a new "
        "trial date for March. The jury had deliberated since Friday afternoon. Prosecutors said "
        "they would retry the case."
    )
    assert news(text, "2022-08-10", "Wednesday") == [
        ("Tuesday", "DATE", "2022-08-09"),
        ("three days", "DURATION", "P3D"),
        ("2019", "DATE", "2019"),
        ("March", "DATE", "2023-03"),
        ("Friday afternoon", "TIME", "2022-08-05TAF"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The judge set their final claim construction hearings for March.", ["2024-03"]),
        # look-alike: "upset" whose "set" starts the 48 characters read before the date
        ("Weeks of delays upset their final claim construction hearings for March.", ["2023-03"]),
    ],
)
def test_a_hearing_set_for_a_month_is_ahead_but_not_one_upset(
    text: str, expected: list[str]
) -> None:
    """ "set ... hearings for March", in April, is the coming March; "upset" is no "set", even
    where the reach read before the date begins inside the word."""
    assert values(text, "2023-04-15") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The justices will hear arguments in the fall in a case about gun rights.", ["2023-FA"]),
        ("The court will rule in the fall in a lawsuit brought by Texas.", ["2023-FA"]),
        ("Investors were hurt in the fall in a key index.", []),
        ("He was hurt in the fall in a stairwell at the courthouse.", []),
        ("Investors were hurt in the fall in prices.", []),
        ("She broke her hip in the fall in a home on Elm Street.", []),
        ("Two workers were killed in the fall in a building on Fifth Avenue.", []),
        ("Investors lost money in the fall in a stock that had soared.", []),
        ("The panel will rule in the fall in an appeal brought by the city.", ["2023-FA"]),
    ],
)
def test_the_fall_before_a_case_it_is_heard_in_is_the_season(
    text: str, expected: list[str]
) -> None:
    """ "in the fall in a case about ..." is the autumn (in June: this one); a fall in an
    index, in a stairwell, in a home, in a stock or in prices is a drop or a tumble: the
    season reading needs a court noun before the "about", "brought", "that" ..."""
    assert values(text, "2023-06-30") == expected


@pytest.mark.parametrize(
    "text",
    [
        "He was charged with making false statements under 18 U.S.C. 1001.",
        "The suit, Case No. 2:23-cv-01234, was dismissed.",
        "The judge denied the motion for Rule 11 sanctions.",
        "The plaintiffs invoked the 14th Amendment.",
        "Platforms are shielded by Section 230.",
        "The school was accused of violating Title IX.",
        "Voters approved Proposition 22.",
        "The justices took up Docket 22-451.",
        "He was charged with murder under Penal Code 187.",
        "The hearing was held in Courtroom 4B.",
        "The 9th Circuit agreed with the lower court.",
        "The justices ruled in a 6-3 ruling.",
        "Theft of more than $100,000 is a Class 2 felony.",
        "The crash closed Highway 101.",
        "The judge sentenced him to time served.",
        "The measure is effective immediately.",
        "He was convicted on Count 12 and acquitted on counts 3 through 7.",
        "The suit was filed under Section 1983.",
        "Juror No. 9 was excused.",
        "Prosecutors showed the jury Exhibit 12.",
        "A neighbor placed a 911 call.",
        "Traffic was diverted from Interstate 95.",
    ],
)
def test_legal_desk_look_alikes_yield_nothing(text: str) -> None:
    """Statutes, cases, rules, amendments, sections, titles, ballot measures, dockets, penal
    codes, courtrooms, circuits, votes, felony classes, highways, counts, jurors, exhibits
    and an emergency number are numbers that are no times; "time served" and "effective
    immediately" name no date."""
    assert news(text, "2023-10-20", "Friday") == []


def test_the_year_of_a_cited_case_is_a_year() -> None:
    """ "Miranda v. Arizona (1966)" and "Roe v. Wade (1973)": the years the cases were
    decided."""
    text = "He cited Miranda v. Arizona (1966) and Roe v. Wade (1973)."
    assert values(text, "2023-10-20") == ["1966", "1973"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("U.S. District Judge Paul Engelmayer ordered him to surrender by Jan. 4.", "2022-01-04"),
        ("He was told to pay the fine by Feb. 1.", "2022-02-01"),
        ("The judge ordered the records unsealed by Dec. 15.", "2021-12-15"),
        (
            "The company was given until Sept. 1 and then ordered to comply by Jan. 10.",
            "2022-01-10",
        ),
    ],
)
def test_an_order_with_a_deadline_in_an_abbreviated_month_is_ahead(
    text: str, expected: str
) -> None:
    """An order told in the past sets its deadline ahead, "by Jan. 4" as "by January 4" does
    (written in October)."""
    assert values(text, "2021-10-05")[-1:] == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The judge ordered him jailed on Jan. 4.", "2021-01-04"),
        ("Sales had risen by Jan. 4, the company said.", "2021-01-04"),
        ("He surrendered to authorities by Jan. 4.", "2021-01-04"),
    ],
)
def test_what_was_ordered_or_done_on_or_by_a_day_keeps_its_past(text: str, expected: str) -> None:
    """An order given on a day, and what was done by a day, are behind (written in October)."""
    assert values(text, "2021-10-05") == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "The ruling is stayed until Jan. 15.",
        "The injunction is stayed until Jan. 15 to allow an appeal.",
        "Both orders are stayed until Jan. 15.",
        "The order has been stayed until Jan. 15 pending appeal.",
    ],
)
def test_a_ruling_stayed_until_a_day_is_stayed_until_the_day_ahead(text: str) -> None:
    """What a court "is stayed until Jan. 15" (written in June) waits for the Jan. 15
    ahead."""
    assert values(text, "2023-06-20") == ["2024-01-15"]


@pytest.mark.parametrize(
    "text",
    [
        "The shop stayed open until Jan. 15.",
        "He stayed in the country until Jan. 15.",
        "The ruling was not enforced until Jan. 15.",
    ],
)
def test_what_stayed_until_a_day_is_behind(text: str) -> None:
    """What stayed open or somewhere until a day, told in the past, is behind (in June)."""
    assert values(text, "2023-06-20") == ["2023-01-15"]


@pytest.mark.parametrize(
    "text",
    [
        "The provision sunsets on Dec. 31.",
        "The statute of limitations runs out on Dec. 31.",
        "The emergency order lapses on Dec. 31 unless it is renewed.",
        "The tax credit sunsets Dec. 31.",
    ],
)
def test_a_law_that_sunsets_runs_out_or_lapses_on_a_day_ends_on_the_day_ahead(text: str) -> None:
    """A law's end told in the present is ahead, as "expires on Dec. 31" is (in June)."""
    assert values(text, "2023-06-20") == ["2023-12-31"]


@pytest.mark.parametrize(
    "text",
    [
        "The statute of limitations ran out on Dec. 31.",
        "The emergency order lapsed on Dec. 31.",
        "The provision was allowed to sunset on Dec. 31.",
        "The sunsets on Dec. 31 were spectacular.",
        "Supplies of insulin ran out Dec. 31.",
    ],
)
def test_an_end_told_in_the_past_or_a_noun_is_behind(text: str) -> None:
    """An end told in the past, and the noun "sunsets", are behind (in June)."""
    assert values(text, "2023-06-20") == ["2022-12-31"]


def test_lapses_of_a_day_are_a_noun() -> None:
    """ "security lapses at Friday's trial" are the noun: the Friday behind (on a Tuesday)."""
    text = "Officials blamed security lapses at Friday's trial."
    assert values(text, "2023-06-20") == ["2023-06-16"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("He was released on bond and ordered to appear in court March 14.", "2024-03-14"),
        ("She was told to report to prison on March 4.", "2024-03-04"),
        ("He was ordered to surrender to the Bureau of Prisons on March 1.", "2024-03-01"),
        ("The judge directed him to return to court on March 20.", "2024-03-20"),
        ("He was summoned to appear in court in March.", "2024-03"),
    ],
)
def test_an_appearance_ordered_in_the_infinitive_is_ahead(text: str, expected: str) -> None:
    """Where one is ordered or told to appear, report or surrender on a day is ahead of the
    order (written in September)."""
    assert values(text, "2023-09-01") == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("He failed to appear in court March 14.", "2023-03-14"),
        ("She refused to report to prison on March 4.", "2023-03-04"),
        ("He did not appear in court on March 14.", "2023-03-14"),
        ("He appeared in court March 14.", "2023-03-14"),
    ],
)
def test_an_appearance_missed_or_made_is_behind(text: str, expected: str) -> None:
    """An appearance one failed or refused to make, or made, is behind (in September)."""
    assert values(text, "2023-09-01") == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "A judge declared a mistrial last week and set a new trial date for March.",
        "The judge set a retrial for March.",
        "The court set oral arguments for March.",
        "The judge set a sentencing hearing for March.",
    ],
)
def test_a_trial_date_set_for_a_month_is_ahead(text: str) -> None:
    """A trial, a hearing or arguments set for a month are ahead (written in August)."""
    assert values(text, "2022-08-10")[-1:] == ["2023-03"]


def test_the_day_a_trial_date_was_set_on_stays_behind() -> None:
    """ "The judge on Monday set a retrial for March" (on a Wednesday in August): the Monday
    behind, the March ahead."""
    text = "The judge on Monday set a retrial for March."
    assert values(text, "2022-08-10") == ["2022-08-08", "2023-03"]


@pytest.mark.parametrize(
    "text",
    [
        "The company set a record for March.",
        "Retailers set a sales record for March.",
        "The bank set aside $5 million for March.",
        "The team set a trial run for March.",
    ],
)
def test_a_record_set_for_a_month_is_behind(text: str) -> None:
    """A record set for a month is of the month behind (written in August)."""
    assert values(text, "2022-08-10") == ["2022-03"]


def test_a_hearing_set_for_a_weekday_is_ahead() -> None:
    """ "The judge set a hearing for Friday", on a Wednesday: the Friday ahead."""
    assert values("The judge set a hearing for Friday.", "2022-08-10") == ["2022-08-12"]
