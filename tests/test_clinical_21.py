"""Clinical notes, twenty-first round: obstetrics, prenatal care and behavioral health, in the
i2b2 2012 style, half of them tokenized as i2b2 writes them: prenatal visits ("G2P1001 at
28w0d by LMP 4/20/2022", "EDD 1/25/2023 confirmed by an 8 week US", "NST twice weekly
starting at 32 weeks", "Return in 2 weeks, then every 2 weeks until 36 weeks and weekly visits
from 36 weeks"), labor and delivery ("G1P0 at 39+2 weeks", "ROM at 0300 on 3/10", "The second
stage lasted 45 minutes", "delivered ... at 14:12 on 3/10", "postpartum day 2", "6-week
postpartum visit"), inpatient and outpatient psychiatry ("admitted on a 72-hour hold",
"sleeping 3-4 hours a night for the past 2 weeks", "passive SI since last Friday",
"sertraline was increased 2 weeks ago", "within 7 days of discharge") and addiction medicine
("drinking a fifth daily for 10 years", "Last drink 2 days ago", "3 prior detoxes, the last
in 2019", "CIWA q4h", "methadone 80 mg daily since 08/2021", "Sober since 2/14/2020"). Read
for what still went wrong: a gestational age in weeks and days written short ("28w0d",
"32w4d", "39w2d") or with a plus ("39+2 weeks", "at 37+6 wks"), untagged or read as "2
weeks"; the one-hour glucose screen's value ("1 hour glucose 142", "1 hr glucose of 150"),
which named a test, not a length; a plan's order to reassess before a weekday ("Reassess the
hold on Saturday") and a plan's item told as a noun ("Plan: start therapy weekly; medication
review on Friday"), read as the weekday behind; and a heading that names an assessment or a
report over the note's date ("PSYCHIATRIC INTAKE ASSESSMENT 09/12/2023", "OB ULTRASOUND
REPORT"), which did not date the note.

Each passage was written for these tests. The conventions are those of tests/test_clinical.py
(TimeML as i2b2 adapted it) and of the eighth and fifteenth rounds: the heading over a note's
date dates it; a gestational age is the pregnancy's length so far, a duration ("at 39 weeks"
P39W), and one in weeks and days is counted in days, as "32 2/7 weeks" is P226D (ISO 8601
joins no weeks to days): "32w4d" is P228D, "28w0d" P196D and "39+2 weeks" P275D (the plus of
an obstetrician's "39+2" is two days past 39 weeks, no sum); "an 8 week US" is the ultrasound
at 8 weeks, P8W; "at 24-28 weeks" lasts its upper bound. The three-hour glucose tolerance test
lasts three hours ("a 3 hour GTT", PT3H, as tests/test_clinical_histories.py reads "3-hour
GTT"), but "1 hour glucose 142" names the value of the one-hour screen and is no time.
"postpartum day 2" and "PPD 1" count from the delivery; "6-week postpartum visit" and "a
72-hour hold" last; "3-4 hours a night" lasts its upper bound. Frequencies are sets of their
period ("twice weekly", "q 5 min", "CIWA q4h", "every other week", "monthly"). Obstetric
counts ("G2P1", "G3P2012"), scales ("PHQ-9 of 18", "GAD-7 of 15", "EPDS 14", "CIWA 12",
"COWS 14"), "Apgars 8 and 9", the cervix ("4 cm dilated", "+2 station"), doses ("80 mg"), "a
fifth", "Rh negative" and "6 per week" take-home doses are no times. Weekdays were checked
with Python's datetime.
"""

from __future__ import annotations

import datetime as dt

import pytest
from passages import Row, mentions_with_mods
from passages import mentions as _mentions

from chrono import extract_document

# ---- a prenatal visit: a gestational age written short, a glucose screen, the visit schedule -

PRENATAL = """\
PRENATAL VISIT 11/02/2022

Ms. Alvarez is a 31 yo G2P1001 at 28w0d by LMP 4/20/2022, EDD 1/25/2023 confirmed by an 8 week
US. She feels the baby move several times a day. 1 hour glucose 142 on 10/26; a 3 hour GTT is
scheduled for next Wednesday. Rh negative: RhoGAM today. BP 118/72, FHR 145.
Plan: Return in 2 weeks, then every 2 weeks until 36 weeks and weekly visits from 36 weeks.
"""
PRENATAL_TABLE: list[Row] = [
    ("11/02/2022", "DATE", "2022-11-02"),
    ("28w0d", "DURATION", "P196D"),
    ("4/20/2022", "DATE", "2022-04-20"),
    ("1/25/2023", "DATE", "2023-01-25"),
    ("8 week", "DURATION", "P8W"),
    ("several times a day", "SET", "P1D"),
    ("10/26", "DATE", "2022-10-26"),
    ("3 hour", "DURATION", "PT3H"),
    ("next Wednesday", "DATE", "2022-11-09"),
    ("today", "DATE", "2022-11-02"),
    ("2 weeks", "DURATION", "P2W"),
    ("every 2 weeks", "SET", "P2W"),
    ("36 weeks", "DURATION", "P36W"),
    ("weekly", "SET", "P1W"),
    ("36 weeks", "DURATION", "P36W"),
]


def test_prenatal_visit_gestational_age_in_weeks_and_days_and_the_glucose_screen() -> None:
    """Headed 11/02/2022 (a Wednesday): "at 28w0d" is 28 weeks and no days of pregnancy
    (P196D), which the LMP 4/20/2022 and the EDD 1/25/2023 bear out; "an 8 week US" and the
    visits' "until 36 weeks", "from 36 weeks" are gestational ages; "1 hour glucose 142" names
    the screen's value, no time, where "a 3 hour GTT" lasts; "next Wednesday" is the 9th;
    "G2P1001", "Rh negative", "BP 118/72" and "FHR 145" are no times."""
    assert dt.date(2022, 11, 2).strftime("%A") == "Wednesday"
    assert dt.date(2022, 11, 2) - dt.date(2022, 4, 20) == dt.timedelta(days=196)
    assert _mentions(PRENATAL) == PRENATAL_TABLE


# ---- a tokenized obstetric clinic note: 32w4d, gestational diabetes, NST twice weekly --------

PRENATAL_TOKENIZED = """\
OB CLINIC NOTE :
02/14/2023
29 yo G3P2012 at 32w4d by 8 week US , EDD 04/07/2023 . Fundal height 33 cm .
Gestational diabetes diagnosed at 26 weeks on a 3 hour GTT ; glucose log checked four times daily .
Metformin 500 mg BID since 01/10/2023 .
PLAN :
NST twice weekly starting at 32 weeks . Growth US in 4 weeks . RTC 1 week .
"""
PRENATAL_TOKENIZED_TABLE: list[Row] = [
    ("02/14/2023", "DATE", "2023-02-14"),
    ("32w4d", "DURATION", "P228D"),
    ("8 week", "DURATION", "P8W"),
    ("04/07/2023", "DATE", "2023-04-07"),
    ("26 weeks", "DURATION", "P26W"),
    ("3 hour", "DURATION", "PT3H"),
    ("four times daily", "SET", "P1D"),
    ("BID", "SET", "P1D"),
    ("01/10/2023", "DATE", "2023-01-10"),
    ("twice weekly", "SET", "P1W"),
    ("32 weeks", "DURATION", "P32W"),
    ("4 weeks", "DURATION", "P4W"),
    ("1 week", "DURATION", "P1W"),
]


def test_tokenized_ob_clinic_note_thirty_two_weeks_four_days() -> None:
    """Headed 02/14/2023: "at 32w4d" is 32 weeks and 4 days of pregnancy (P228D; the EDD
    04/07/2023 is 52 days on); "diagnosed at 26 weeks" and "starting at 32 weeks" are
    gestational ages; "four times daily", "BID" and "NST twice weekly" recur; "Growth US in 4
    weeks" and "RTC 1 week" last; "G3P2012", "33 cm" and "500 mg" are no times."""
    assert dt.date(2023, 4, 7) - dt.date(2023, 2, 14) == dt.timedelta(days=280 - 228)
    assert _mentions(PRENATAL_TOKENIZED) == PRENATAL_TOKENIZED_TABLE


# ---- a tokenized labor and delivery triage note: 39+2 weeks, contractions since 0200 ----------

TRIAGE_TOKENIZED = """\
L&D TRIAGE NOTE :
03/09/2023
G1P0 at 39+2 weeks presents with contractions q 5 min since 0200 and leaking fluid since
2300 last night . SVE 4 cm dilated / 80 % / -1 station .
GBS negative , Rh positive . Admitted to L&D for labor .
"""
TRIAGE_TOKENIZED_TABLE: list[Row] = [
    ("03/09/2023", "DATE", "2023-03-09"),
    ("39+2 weeks", "DURATION", "P275D"),
    ("q 5 min", "SET", "PT5M"),
    ("0200", "TIME", "2023-03-09T02:00"),
    ("2300 last night", "TIME", "2023-03-08T23:00"),
]


def test_tokenized_triage_note_a_gestational_age_with_a_plus() -> None:
    """Headed 03/09/2023: "G1P0 at 39+2 weeks" is 39 weeks and 2 days of pregnancy (P275D),
    not "2 weeks"; contractions "q 5 min" recur "since 0200", a time of the note's day, and
    "2300 last night" is the evening before; "4 cm dilated", "80 %", "-1 station" and "Rh
    positive" are no times."""
    assert _mentions(TRIAGE_TOKENIZED) == TRIAGE_TOKENIZED_TABLE


# ---- a delivery summary: the stages of labor timed, the postpartum day ------------------------

DELIVERY = """\
DELIVERY SUMMARY 03/10/2023

Ms. Park, a 27 yo G1P0, was admitted at 39+2 weeks in spontaneous labor on 3/9. ROM at 0300 on
3/10; complete dilation at 13:27. The second stage lasted 45 minutes, and she delivered a viable
female infant at 14:12 on 3/10, Apgars 8 and 9, weight 3410 g, from +2 station. EBL 350 mL.
Plan: discharge on postpartum day 2 if stable. 6-week postpartum visit with Dr. Shah.
"""
DELIVERY_TABLE: list[Row] = [
    ("03/10/2023", "DATE", "2023-03-10"),
    ("39+2 weeks", "DURATION", "P275D"),
    ("3/9", "DATE", "2023-03-09"),
    ("0300 on\n3/10", "TIME", "2023-03-10T03:00"),
    ("13:27", "TIME", "2023-03-10T13:27"),
    ("45 minutes", "DURATION", "PT45M"),
    ("14:12 on 3/10", "TIME", "2023-03-10T14:12"),
    ("postpartum day 2", "DATE", "2023-03-12"),
    ("6-week", "DURATION", "P6W"),
]


def test_delivery_summary_stages_of_labor_and_postpartum_day_two() -> None:
    """Headed 03/10/2023: "admitted at 39+2 weeks" lasts (P275D); "ROM at 0300 on 3/10",
    "complete dilation at 13:27" and "delivered ... at 14:12 on 3/10" are times of the day of
    delivery; "The second stage lasted 45 minutes"; "postpartum day 2" is two days after the
    delivery; the "6-week postpartum visit" lasts; "Apgars 8 and 9", "3410 g", "+2 station"
    and "350 mL" are no times."""
    assert _mentions(DELIVERY) == DELIVERY_TABLE


# ---- a tokenized postpartum progress note: PPD 1, pelvic rest, the postpartum visit -----------

POSTPARTUM_TOKENIZED = """\
POSTPARTUM PROGRESS NOTE :
03/12/2023
Postpartum day 2 s/p SVD on 03/10/2023 at 39 3/7 weeks . Breastfeeding every 2-3 hours .
Lochia moderate . Hgb 9.8 on PPD 1 from 11.9 .
PLAN :
Discharge home today . Pelvic rest for 6 weeks . Postpartum visit in 6 weeks ; BP check in 1 week .
"""
POSTPARTUM_TOKENIZED_TABLE: list[Row] = [
    ("03/12/2023", "DATE", "2023-03-12"),
    ("Postpartum day 2", "DATE", "2023-03-12"),
    ("03/10/2023", "DATE", "2023-03-10"),
    ("39 3/7 weeks", "DURATION", "P276D"),
    ("every 2-3 hours", "SET", "PT3H"),
    ("PPD 1", "DATE", "2023-03-11"),
    ("today", "DATE", "2023-03-12"),
    ("6 weeks", "DURATION", "P6W"),
    ("6 weeks", "DURATION", "P6W"),
    ("1 week", "DURATION", "P1W"),
]


def test_tokenized_postpartum_note_days_from_the_delivery() -> None:
    """Headed 03/12/2023: "Postpartum day 2" after "SVD on 03/10/2023" is the note's day and
    "on PPD 1" the day before; "at 39 3/7 weeks" lasts P276D; "every 2-3 hours" recurs (upper
    bound); "Pelvic rest for 6 weeks", "in 6 weeks" and "in 1 week" last; "Hgb 9.8" is no
    time."""
    assert _mentions(POSTPARTUM_TOKENIZED) == POSTPARTUM_TOKENIZED_TABLE


# ---- a psychiatric admission: a 72-hour hold, sleep, SI since last Friday ---------------------

PSYCH_ADMISSION = """\
PSYCHIATRY ADMISSION NOTE 11/02/2022

Mr. Brooks, 34, was admitted on a 72-hour hold after his sister found a note. He reports
sleeping 3-4 hours a night for the past 2 weeks and passive SI since last Friday, with a plan
since yesterday. His sertraline was increased 2 weeks ago. PHQ-9 of 18, GAD-7 of 15.
Plan: Q15 minute checks. Reassess the hold on Saturday.
"""
PSYCH_ADMISSION_TABLE: list[Row] = [
    ("11/02/2022", "DATE", "2022-11-02"),
    ("72-hour", "DURATION", "PT72H"),
    ("3-4 hours", "DURATION", "PT4H"),
    ("the past 2 weeks", "DURATION", "P2W"),
    ("last Friday", "DATE", "2022-10-28"),
    ("yesterday", "DATE", "2022-11-01"),
    ("2 weeks ago", "DATE", "2022-W42"),
    ("Q15 minute", "SET", "PT15M"),
    ("Saturday", "DATE", "2022-11-05"),
]


def test_psychiatric_admission_hold_sleep_and_si_since_last_friday() -> None:
    """Headed 11/02/2022 (a Wednesday): "a 72-hour hold" lasts; "3-4 hours a night" lasts its
    upper bound "for the past 2 weeks"; "since last Friday" is 10/28 and "since yesterday"
    11/01; "increased 2 weeks ago" is a week; "Q15 minute checks" recur; the plan's "Reassess
    the hold on Saturday" is the Saturday ahead, 11/05; "PHQ-9 of 18" and "GAD-7 of 15" are no
    times."""
    assert dt.date(2022, 10, 28).strftime("%A") == "Friday"
    assert _mentions(PSYCH_ADMISSION) == PSYCH_ADMISSION_TABLE


# ---- a tokenized psychiatric discharge summary: hospital day 5, follow-up within 7 days -------

PSYCH_DISCHARGE = """\
PSYCHIATRY DISCHARGE SUMMARY
Admission Date : 10/24/2022
Discharge Date : 11/03/2022
Pt was admitted for SI and a depressive episode of 3 months duration . Sertraline was increased
to 150 mg daily on 10/26 . By hospital day 5 he was sleeping 6-7 hours a night .
DISPOSITION :
Follow up with outpatient psychiatry within 7 days of discharge . Therapy weekly .
"""
PSYCH_DISCHARGE_TABLE: list[Row] = [
    ("10/24/2022", "DATE", "2022-10-24"),
    ("11/03/2022", "DATE", "2022-11-03"),
    ("3 months", "DURATION", "P3M"),
    ("daily", "SET", "P1D"),
    ("10/26", "DATE", "2022-10-26"),
    ("hospital day 5", "DATE", "2022-10-28"),
    ("6-7 hours", "DURATION", "PT7H"),
    ("7 days", "DURATION", "P7D"),
    ("weekly", "SET", "P1W"),
]


def test_tokenized_psychiatric_discharge_follow_up_within_seven_days() -> None:
    """Admitted 10/24/2022: "an episode of 3 months duration" lasts; "150 mg daily" recurs;
    "on 10/26" is a day of the stay and "hospital day 5" the 28th; "6-7 hours a night" lasts
    its upper bound; "within 7 days of discharge" lasts; "Therapy weekly" recurs."""
    assert _mentions(PSYCH_DISCHARGE) == PSYCH_DISCHARGE_TABLE


# ---- an outpatient psychiatry follow-up: weeks on an SSRI, panic attacks twice a week ---------

PSYCH_FOLLOW_UP = """\
OUTPATIENT PSYCHIATRY FOLLOW-UP 04/18/2023

Ms. Chen returns 6 weeks after starting escitalopram 10 mg daily. Mood better for the last 2
weeks; PHQ-9 of 8 (was 17 on 3/7). Panic attacks twice a week, down from daily. She has not
had a drink since New Year's Day.
Plan: continue escitalopram. Return in 4-6 weeks.
"""
PSYCH_FOLLOW_UP_TABLE: list[Row] = [
    ("04/18/2023", "DATE", "2023-04-18"),
    ("6 weeks", "DURATION", "P6W"),
    ("daily", "SET", "P1D"),
    ("the last 2\nweeks", "DURATION", "P2W"),
    ("3/7", "DATE", "2023-03-07"),
    ("twice a week", "SET", "P1W"),
    ("daily", "SET", "P1D"),
    ("New Year's Day", "DATE", "2023-01-01"),
    ("4-6 weeks", "DURATION", "P6W"),
]


def test_psychiatry_follow_up_weeks_on_an_ssri_and_sober_since_new_years_day() -> None:
    """Headed 04/18/2023: "6 weeks after starting" and "for the last 2 weeks" last; "10 mg
    daily", "twice a week" and "down from daily" recur; "was 17 on 3/7" is a day of March;
    "since New Year's Day" is 2023's; "in 4-6 weeks" lasts its upper bound; "PHQ-9 of 8" is no
    time."""
    assert _mentions(PSYCH_FOLLOW_UP) == PSYCH_FOLLOW_UP_TABLE


# ---- an addiction medicine consultation: a fifth daily for 10 years, the last drink ----------

DETOX_CONSULT = """\
ADDICTION MEDICINE CONSULT 01/16/2024

Mr. Diaz, 52, has been drinking a fifth daily for 10 years. Last drink 2 days ago, at about 9 pm.
He had 3 prior detoxes, the last in 2019, and withdrawal seizures in 2017. He was sober from
2/14/2020 until last spring. CIWA 12 on arrival.
Plan: CIWA q4h with lorazepam per protocol. Thiamine 100 mg daily for 3 days.
"""
DETOX_CONSULT_TABLE: list[Row] = [
    ("01/16/2024", "DATE", "2024-01-16"),
    ("daily", "SET", "P1D"),
    ("10 years", "DURATION", "P10Y"),
    ("2 days ago", "DATE", "2024-01-14"),
    ("9 pm", "TIME", "2024-01-14T21:00"),
    ("2019", "DATE", "2019"),
    ("2017", "DATE", "2017"),
    ("2/14/2020", "DATE", "2020-02-14"),
    ("last spring", "DATE", "2023-SP"),
    ("q4h", "SET", "PT4H"),
    ("daily", "SET", "P1D"),
    ("3 days", "DURATION", "P3D"),
]


def test_addiction_consult_last_drink_prior_detoxes_and_ciwa_every_four_hours() -> None:
    """Headed 01/16/2024: "a fifth daily" recurs "for 10 years"; "Last drink 2 days ago, at
    about 9 pm" is the evening of the 14th; "3 prior detoxes, the last in 2019" and "in 2017"
    are years; "sober from 2/14/2020 until last spring"; "CIWA q4h" and "100 mg daily" recur
    "for 3 days"; "a fifth", "CIWA 12" and "100 mg" are no times."""
    assert _mentions(DETOX_CONSULT) == DETOX_CONSULT_TABLE


# ---- a tokenized opioid treatment program note: methadone since a month ----------------------

OTP_TOKENIZED = """\
OPIOID TREATMENT PROGRAM NOTE :
05/22/2023
Pt on methadone 80 mg daily since 08/2021 . Last positive UDS 6 months ago . Sober since
2/14/2020 from alcohol . Take-homes : 6 per week . Counseling every other week .
PLAN :
Continue methadone 80 mg daily . UDS monthly . Return Friday .
"""
OTP_TOKENIZED_TABLE: list[Row] = [
    ("05/22/2023", "DATE", "2023-05-22"),
    ("daily", "SET", "P1D"),
    ("08/2021", "DATE", "2021-08"),
    ("6 months ago", "DATE", "2022-11"),
    ("2/14/2020", "DATE", "2020-02-14"),
    ("every other week", "SET", "P2W"),
    ("daily", "SET", "P1D"),
    ("monthly", "SET", "P1M"),
    ("Friday", "DATE", "2023-05-26"),
]


def test_tokenized_opioid_treatment_note_methadone_daily_since_a_month() -> None:
    """Headed 05/22/2023 (a Monday): "methadone 80 mg daily" recurs "since 08/2021"; "6 months
    ago" is November 2022; "Sober since 2/14/2020" is a day; "every other week" and "UDS
    monthly" recur; "Return Friday" is the 26th; "80 mg" and "6 per week" take-homes are no
    times."""
    assert dt.date(2023, 5, 22).strftime("%A") == "Monday"
    assert _mentions(OTP_TOKENIZED) == OTP_TOKENIZED_TABLE


# ---- a tokenized postpartum visit: depression at the six-week visit ---------------------------

POSTPARTUM_VISIT = """\
POSTPARTUM VISIT :
04/21/2023
6-week postpartum visit , s/p SVD on 03/10/2023 . EPDS 14 . Crying spells for the past 10 days .
Sleeping 4 hours a night . Started sertraline 25 mg daily today .
PLAN :
Follow up in 2 weeks . Psychiatry referral .
"""
POSTPARTUM_VISIT_TABLE: list[Row] = [
    ("04/21/2023", "DATE", "2023-04-21"),
    ("6-week", "DURATION", "P6W"),
    ("03/10/2023", "DATE", "2023-03-10"),
    ("the past 10 days", "DURATION", "P10D"),
    ("4 hours", "DURATION", "PT4H"),
    ("daily", "SET", "P1D"),
    ("today", "DATE", "2023-04-21"),
    ("2 weeks", "DURATION", "P2W"),
]


def test_tokenized_postpartum_visit_six_weeks_after_the_delivery() -> None:
    """Headed 04/21/2023: the "6-week postpartum visit" lasts; "SVD on 03/10/2023" is a day;
    "for the past 10 days" and "4 hours a night" last; "25 mg daily" recurs; "Follow up in 2
    weeks" lasts; "EPDS 14" is no time."""
    assert _mentions(POSTPARTUM_VISIT) == POSTPARTUM_VISIT_TABLE


# ---- a tokenized opioid detox admission: the last use hours ago, COWS every two hours ---------

OPIOID_DETOX = """\
DETOX ADMISSION NOTE :
07/08/2022
Pt reports using heroin , about 1 g IV daily for 3 years ; last use 12 hours ago .
COWS 14 . Prior detox in 2020 and in 03/2021 .
PLAN :
Buprenorphine induction today ; COWS q2h ; reassess in 24 hours .
"""
OPIOID_DETOX_TABLE: list[Row] = [
    ("07/08/2022", "DATE", "2022-07-08"),
    ("daily", "SET", "P1D"),
    ("3 years", "DURATION", "P3Y"),
    ("12 hours ago", "DATE", "2022-07-08"),
    ("2020", "DATE", "2020"),
    ("03/2021", "DATE", "2021-03"),
    ("today", "DATE", "2022-07-08"),
    ("q2h", "SET", "PT2H"),
    ("24 hours", "DURATION", "PT24H"),
]


def test_tokenized_opioid_detox_admission_last_use_and_cows_every_two_hours() -> None:
    """Headed 07/08/2022: "1 g IV daily" recurs "for 3 years"; "last use 12 hours ago" is the
    note's day; the prior detoxes are "in 2020" and "in 03/2021"; "COWS q2h" recurs and
    "reassess in 24 hours" lasts; "1 g" and "COWS 14" are no times."""
    assert _mentions(OPIOID_DETOX) == OPIOID_DETOX_TABLE


# ---- a psychiatric intake assessment: a heading that names an assessment ---------------------

INTAKE = """\
PSYCHIATRIC INTAKE ASSESSMENT 09/12/2023

Ms. Lowe, 41, reports low mood since her divorce in March and early waking for the past month.
She drank 4-5 beers nightly until 3 weeks ago. PHQ-9 of 16. No prior hospitalizations.
Plan: start therapy weekly; medication review on Friday.
"""
INTAKE_TABLE: list[Row] = [
    ("09/12/2023", "DATE", "2023-09-12"),
    ("March", "DATE", "2023-03"),
    ("the past month", "DURATION", "P1M"),
    ("nightly", "SET", "P1D"),
    ("3 weeks ago", "DATE", "2023-W34"),
    ("weekly", "SET", "P1W"),
    ("Friday", "DATE", "2023-09-15"),
]


def test_psychiatric_intake_assessment_heading_dates_the_note() -> None:
    """ "PSYCHIATRIC INTAKE ASSESSMENT 09/12/2023" (a Tuesday) heads the note and dates it:
    "since her divorce in March" is this year's March, "for the past month" lasts, "4-5 beers
    nightly" recurs "until 3 weeks ago", "therapy weekly" recurs and "medication review on
    Friday" is the 15th; "PHQ-9 of 16" is no time."""
    assert dt.date(2023, 9, 12).strftime("%A") == "Tuesday"
    assert _mentions(INTAKE) == INTAKE_TABLE


# ---- single sentences: gestational ages in weeks and days --------------------------------------

GESTATIONAL_AGES = [
    pytest.param("G2P1 at 32w4d by LMP .", [("32w4d", "DURATION", "P228D")], id="w_d"),
    pytest.param(
        "Seen at 28w0d for a growth scan .",
        [("28w0d", "DURATION", "P196D")],
        id="w0d",
    ),
    pytest.param(
        "Induced at 39w2d gestation .",
        [("39w2d", "DURATION", "P275D")],
        id="w_d_gest",
    ),
    pytest.param(
        "GA 34wk 6d by early US .",
        [("34wk 6d", "DURATION", "P244D")],
        id="wk_space_d",
    ),
    pytest.param(
        "Admitted at 39+2 weeks .",
        [("39+2 weeks", "DURATION", "P275D")],
        id="plus",
    ),
    pytest.param(
        "G3P2 at 37+6 wks with SROM .",
        [("37+6 wks", "DURATION", "P265D")],
        id="plus_wks",
    ),
    pytest.param(
        "Delivered at 36 + 1 weeks gestation .",
        [("36 + 1 weeks", "DURATION", "P253D")],
        id="plus_spaced",
    ),
]


@pytest.mark.parametrize(("text", "rows"), GESTATIONAL_AGES)
def test_a_gestational_age_in_weeks_and_days_is_counted_in_days(text: str, rows: list[Row]) -> None:
    """A gestational age in weeks and days, written "32w4d", "34wk 6d" or "39+2 weeks", is the
    pregnancy's length so far counted in days, as "32 2/7 weeks" is (P226D)."""
    assert _mentions(text, dct="2023-03-09") == rows


NOT_GESTATIONAL_AGES = [
    pytest.param("Started 7+3 induction on day 1 .", [], id="seven_plus_three"),
    pytest.param("Gleason 3+4 = 7 , PI-RADS 4 .", [], id="gleason"),
    pytest.param(
        "2+ weeks of cough .", [("2+ weeks", "DURATION", "P2W", "EQUAL_OR_MORE")], id="2plus"
    ),
    pytest.param("Edema 2+ , 3+4 weeks apart .", [("4 weeks", "DURATION", "P4W")], id="sum_low"),
    pytest.param("Pod 32w4d-B ; bed 28w0d2 .", [], id="codes"),
]


@pytest.mark.parametrize(("text", "rows"), NOT_GESTATIONAL_AGES)
def test_sums_scores_and_codes_are_no_gestational_ages(
    text: str, rows: list[tuple[str, ...]]
) -> None:
    """A chemotherapy's "7+3", a Gleason sum, "2+ weeks" (more than two weeks), a plus before
    a count under 20 weeks and a code that only looks like "32w4d" give no gestational age."""
    assert mentions_with_mods(text, dct="2023-03-09") == rows


# ---- single sentences: the one-hour glucose screen --------------------------------------------

GLUCOSE_SCREENS = [
    pytest.param(
        "1 hour glucose 142 on 10/26 .",
        [("10/26", "DATE", "2022-10-26")],
        id="1_hour",
    ),
    pytest.param("1 hr glucose of 150 , failed .", [], id="1_hr"),
    pytest.param("Her 1-hour glucose was 128 .", [], id="hyphen"),
    pytest.param("A 3 hour GTT was normal .", [("3 hour", "DURATION", "PT3H")], id="gtt"),
    pytest.param(
        "She fasted for 1 hour before the glucose draw .",
        [("1 hour", "DURATION", "PT1H")],
        id="fasted",
    ),
    pytest.param(
        "Glucose checked 1 hour after meals .",
        [("1 hour", "DURATION", "PT1H")],
        id="after_meals",
    ),
    pytest.param(
        "Within 1 hour glucose fell to 90 .",
        [("1 hour", "DURATION", "PT1H")],
        id="within",
    ),
]


@pytest.mark.parametrize(("text", "rows"), GLUCOSE_SCREENS)
def test_the_one_hour_glucose_screen_names_a_value(text: str, rows: list[Row]) -> None:
    """ "1 hour glucose 142" is the value of the one-hour glucose screen, a lab's name, no
    length; the three-hour tolerance test lasts, and an hour told as one still is."""
    assert _mentions(text, dct="2022-11-02") == rows


# ---- single sentences: a plan's order to reassess before a weekday ----------------------------

REASSESS = [
    pytest.param("Plan : Reassess the hold on Saturday .", "2022-11-05", id="reassess"),
    pytest.param("Re-assess capacity Friday .", "2022-11-04", id="re_assess"),
    pytest.param(
        "Re-evaluate on Monday with the team .",
        "2022-11-07",
        id="re_evaluate",
    ),
    pytest.param("He was reassessed on Saturday .", "2022-10-29", id="past"),
    pytest.param("Reassessment on Saturday showed improvement .", "2022-10-29", id="noun"),
]


@pytest.mark.parametrize(("text", "value"), REASSESS)
def test_a_plans_order_to_reassess_looks_ahead(text: str, value: str) -> None:
    """A plan's order to reassess or re-evaluate, opening its clause before a weekday, looks
    ahead as "Recheck INR on Thursday" does; "was reassessed on Saturday" looks back."""
    rows = _mentions(text, dct="2022-11-02")
    assert [v for _, _, v in rows] == [value]


# ---- single sentences: headings naming an assessment or a report ------------------------------

HEADINGS = [
    pytest.param(
        "PSYCHIATRIC INTAKE ASSESSMENT 09/12/2023\n\nSeen today.",
        id="intake",
    ),
    pytest.param(
        "SUICIDE RISK ASSESSMENT 09/12/2023\n\nSeen today.",
        id="suicide_risk",
    ),
    pytest.param(
        "OB ULTRASOUND REPORT 09/12/2023\n\nSeen today.",
        id="ob_us_report",
    ),
    pytest.param(
        "OPERATIVE REPORT 09/12/2023\n\nSeen today.",
        id="operative_report",
    ),
    pytest.param(
        "SURGICAL PATHOLOGY REPORT 09/12/2023\n\nSeen today.",
        id="surgical_pathology_report",
    ),
]


@pytest.mark.parametrize("text", HEADINGS)
def test_an_assessment_or_report_heading_dates_the_note(text: str) -> None:
    """A heading in capitals that names an assessment or a report over its date dates the
    note, as "PSYCHIATRY ADMISSION NOTE 11/02/2022" does: "today" below it is that day."""
    assert _mentions(text)[-1] == ("today", "DATE", "2023-09-12")


PLAN_NOUNS = [
    pytest.param("Plan : medication review on Friday .", "2022-11-04", id="review"),
    pytest.param("Plan: Family meeting on Saturday.", "2022-11-05", id="meeting"),
    pytest.param("Medication review was done on Friday .", "2022-10-28", id="past"),
    pytest.param(
        "Plan: discussed with the family on Friday; continue sertraline.",
        "2022-10-28",
        id="discussed",
    ),
    pytest.param("Plan: labs drawn on Monday were normal.", "2022-10-31", id="drawn"),
]


@pytest.mark.parametrize(("text", "value"), PLAN_NOUNS)
def test_a_weekday_after_a_plans_noun_looks_ahead(text: str, value: str) -> None:
    """A plan's item told as a noun before a weekday ("Plan: medication review on Friday") is
    the weekday ahead, as a plan's order is; one told done ("was done on Friday", "discussed
    with the family on Friday", "labs drawn on Monday") looks back."""
    rows = _mentions(text, dct="2022-11-02")
    assert [v for _, _, v in rows] == [value]


NOT_HEADINGS = [
    pytest.param("NEXT ASSESSMENT 09/12/2023\n\nSeen today.", id="next_assessment"),
    pytest.param("PRIOR REPORT 09/12/2023\n\nSeen today.", id="prior_report"),
    pytest.param("OUTSIDE PATHOLOGY REPORT 09/12/2023\n\nSeen today.", id="outside_report"),
    pytest.param("REFERRAL ASSESSMENT 09/12/2023\n\nSeen today.", id="referral_assessment"),
]


@pytest.mark.parametrize("text", NOT_HEADINGS)
def test_a_next_assessment_or_a_prior_report_does_not_date_the_note(text: str) -> None:
    """An assessment to come, a report before this one or one from outside ("OUTSIDE PATHOLOGY
    REPORT", the word that says so anywhere in the heading) does not date the note."""
    assert _mentions(text)[-1] == ("today", "DATE", "XXXX-XX-XX")


def test_a_report_heading_in_news_that_is_no_clinical_report_sets_no_date() -> None:
    """A report named in capitals over a date dates a note only when it is of a clinical kind
    ("OPERATIVE REPORT", "PATHOLOGY REPORT"): "QUARTERLY EARNINGS REPORT 01/05/2020" in news
    sets no document date, and "Monday" under it stays unanchored."""
    rows = _mentions("QUARTERLY EARNINGS REPORT 01/05/2020\nShares rose Monday.", genre="news")
    assert rows[-1] == ("Monday", "DATE", "XXXX-WXX-1")


# ---- look-alikes ------------------------------------------------------------------------------

LOOK_ALIKES = [
    "G2P1 , G3P2012 , G1P0 , G2P1001 .",
    "PHQ-9 of 18 , GAD-7 of 15 , EPDS 14 , CIWA 12 , COWS 14 , AUDIT-C 9 .",
    "Apgars 8 and 9 ; 5 cm dilated / 80 % / +2 station ; -1 station .",
    "Methadone 80 mg ; a fifth of vodka ; Rh negative ; blood type O+ .",
    "1 hour glucose 142 ; 1 hr glucose of 150 .",
    "Take-homes : 6 per week ; 2 beers per night ; 1 ppd .",
    "FHR 145 , BP 118/72 , fundal height 33 cm , EFW 2100 g .",
]


@pytest.mark.parametrize("line", LOOK_ALIKES)
def test_obstetric_and_behavioral_health_look_alikes_are_no_times(line: str) -> None:
    """Obstetric counts, scales and scores, Apgars, the cervix's dilation and station, doses, a
    fifth, blood types, the glucose screen's value, take-home doses and vital signs hold numbers
    that are no times."""
    assert _mentions(line, dct="2023-03-09") == []


@pytest.mark.parametrize(
    "heading", ["SHAREHOLDER REPORT", "WEATHER REPORT", "AMENDED REPORT", "CROP REPORT"]
)
def test_a_report_heading_of_no_clinical_kind_dates_no_document(heading: str) -> None:
    """A kind of report is a whole word before REPORT (review): "SHAREHOLDER", "WEATHER",
    "AMENDED" and "CROP" end like "ER", "ED" and "OP" but name no clinical report, so the
    date after them does not date the document."""
    document, _ = extract_document(f"{heading} 01/05/2020\nProfits rose today.", dct=None)
    assert document.dct is None
