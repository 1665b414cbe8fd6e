"""Clinical notes, fifteenth round: discharge summaries in the i2b2 2012 style from the newborn
and children's services, from labour and delivery and the postpartum ward, and from inpatient
psychiatry, half of them tokenized as i2b2 writes them. Read for what still went wrong: a
postpartum day written short ("On PPD # 1", "on PPD #3"), as "POD # 1" is for an operation; a
gestational age after its label ("corrected gestational age 35 weeks", "Gestational age 38
weeks"), which is a duration as "corrected GA 36 weeks" and "born at 32 weeks gestation" are,
not a newborn's age ("age 17 days"); the
day of a delivery or of a birth and the days counted from it ("On the day of delivery", "Two
days after delivery", "the day after delivery", "On the day of birth"), as "the day of
surgery" and "the day after surgery" are counted from the operation; the steps of labour timed
with four digits ("complete dilation at 1420", "a spontaneous vaginal delivery at 1500 of a
viable male infant"), which are no years; and blood pressures read in tens ("in the
150s/90s"), which are no decade.

Each passage was written for these tests. The conventions are those of tests/test_clinical.py
(TimeML as i2b2 adapted it) and of the eighth round (tests/test_clinical_8.py): the admission
date heading a discharge summary anchors its history and hospital course, which is hospital day
1; a newborn's "DOL # 3", "day of life 2" count from the birth, DOL 0 being the day of birth,
and "postpartum day 2", "PPD # 1" from the delivery; "at 36 hours of life" and "at 6 weeks
postpartum" say how long after the birth or the delivery, durations, as the tokenized rounds
read "at 6 weeks postpartum". A gestational age in whole weeks ("at 39 weeks", "32 weeks
gestation", "corrected gestational age 35 weeks") is the length of the pregnancy so far, a
duration: TimeML tags a measure of elapsed time as a DURATION whatever it is counted from, and
the i2b2 2012 corpus annotates "38 weeks gestation" so; what makes a newborn's "age 17 days"
or "since age 14" untagged is that an age of a person is no temporal expression in i2b2's
guidelines, and a gestational age is the pregnancy's, not the person's. Ages, "at birth", "on
admission" and "by discharge" are no times; "q3h", "every 2-3 hours", "8-12 times a day",
"qhs", "twice a week" are sets; "in 2-3 days" lasts its upper bound. Obstetric counts ("G2P1"),
Apgar scores ("Apgars 8 and 9"), weights ("2.1 kg"), needles ("25 gauge"), volumes ("0.5 ml"),
blood pressures ("BP 160/100"), scales ("PHQ-9 of 18", "EPDS 24", "GCS 15"), laboratory
values ("Hgb 10.2"), fluids ("D10W"), tubes ("NG 8 Fr"), edema ("3+ edema"), rates of feeds and
doses ("80 ml/kg/day") and commitment laws ("Section 12") are no times. Weekdays were checked
with Python's datetime.
"""

from __future__ import annotations

import pytest
from passages import Row
from passages import mentions as _mentions

# ---- a preterm infant in the NICU: days of life, q3h feeds, a corrected gestational age --------

NICU = """\
Admission Date :
06/12/2014
Discharge Date :
07/03/2014
Service :
NEONATOLOGY
HISTORY OF PRESENT ILLNESS :
Baby boy Hale was born on 06/12/2014 at 0315 at 32 weeks gestation to a 28 year old G2P1 mother
by cesarean section for preterm labor . Apgars 8 and 9 . Birth weight 2.1 kg . Maternal EDC
08/05/2014 .
HOSPITAL COURSE :
1. Respiratory : He was placed on CPAP at birth and weaned to room air on DOL # 3 . He was
started on caffeine citrate for apnea of prematurity , which was stopped on 06/26 . He has had
no apnea or bradycardia for the past 7 days .
2. FEN : He was started on D10W at 80 ml/kg/day . Trophic feeds began on day of life 2 and were
advanced to full feeds by DOL 9 . He now takes q3h feeds of 24 kcal/oz formula by NG 8 Fr tube
and by bottle .
3. Hyperbilirubinemia : Peak bilirubin was 9.8 on DOL 4 and he received phototherapy for 48
hours .
4. ID : He received ampicillin and gentamicin x 48 hours ; blood culture was negative at 48
hours .
At discharge : corrected gestational age 35 weeks , weight 2.3 kg , length 45 cm .
DISCHARGE MEDICATIONS :
Poly-Vi-Sol 0.5 ml p.o. daily , ferrous sulfate 0.3 ml p.o. daily .
FOLLOW UP :
Pediatrician in 2-3 days . Hepatitis B vaccine was given on the day of discharge . ROP exam in 2
weeks .
"""
NICU_TABLE: list[Row] = [
    ("06/12/2014", "DATE", "2014-06-12"),
    ("07/03/2014", "DATE", "2014-07-03"),
    ("06/12/2014", "DATE", "2014-06-12"),
    ("0315", "TIME", "2014-06-12T03:15"),  # tagged apart, as "on 06/05/2017 at 1415" is
    ("32 weeks", "DURATION", "P32W"),
    ("08/05/2014", "DATE", "2014-08-05"),
    ("DOL # 3", "DATE", "2014-06-15"),
    ("06/26", "DATE", "2014-06-26"),
    ("the past 7 days", "DURATION", "P7D"),
    ("day of life 2", "DATE", "2014-06-14"),
    ("DOL 9", "DATE", "2014-06-21"),
    ("now", "DATE", "PRESENT_REF"),
    ("q3h", "SET", "PT3H"),
    ("DOL 4", "DATE", "2014-06-16"),
    ("48\nhours", "DURATION", "PT48H"),
    ("48 hours", "DURATION", "PT48H"),
    ("48\nhours", "DURATION", "PT48H"),
    # born at 32 weeks on 06/12, 35 weeks three weeks later: the pregnancy's length, counted on
    ("35 weeks", "DURATION", "P35W"),
    ("daily", "SET", "P1D"),
    ("daily", "SET", "P1D"),
    ("2-3 days", "DURATION", "P3D"),
    ("the day of discharge", "DATE", "2014-07-03"),
    ("2\nweeks", "DURATION", "P2W"),
]


def test_neonatal_summary_days_of_life_and_a_corrected_gestational_age() -> None:
    """Born on 06/12/2014 at 0315, "DOL # 3" is 06/15 and "day of life 2" 06/14, each counted
    from the birth; "born ... at 32 weeks gestation" and "corrected gestational age 35 weeks"
    are the pregnancy's length, durations; "q3h feeds" recur; "80 ml/kg/day", "24 kcal/oz",
    "D10W", "NG 8 Fr", "Apgars 8 and 9", "2.1 kg", "0.5 ml" and "G2P1" are no times."""
    assert _mentions(NICU) == NICU_TABLE


# ---- a term newborn with jaundice: hours of life, a rebound level the following morning -------

NEWBORN = """\
NEWBORN DISCHARGE SUMMARY

Admission Date: 09/03/2015
Discharge Date: 09/07/2015

HISTORY: Baby girl Ruiz was born at 39 weeks gestation on 09/03/2015 at 2140 by spontaneous
vaginal delivery to a 24 yo G1P0 mother. Apgars 8 and 9. Birth weight 3.2 kg. Maternal blood
type O positive, infant A positive, Coombs negative.
HOSPITAL COURSE: She breastfed every 2-3 hours. At 36 hours of life her transcutaneous
bilirubin was 13.1, above the phototherapy threshold, and she was placed under phototherapy for
24 hours. Bilirubin on DOL 3 was 10.2 and the rebound level the following morning was 10.8. She
lost 8% of her birth weight by day of life 2. Hepatitis B vaccine given 09/04. Hearing screen
passed on the day of discharge.
DISCHARGE INSTRUCTIONS: Breastfeed every 2-3 hours, 8-12 times a day.
FOLLOW-UP: Pediatrician in 2 days for a weight and bilirubin check.
"""
NEWBORN_TABLE: list[Row] = [
    ("09/03/2015", "DATE", "2015-09-03"),
    ("09/07/2015", "DATE", "2015-09-07"),
    ("39 weeks", "DURATION", "P39W"),
    ("09/03/2015", "DATE", "2015-09-03"),
    ("2140", "TIME", "2015-09-03T21:40"),
    ("every 2-3 hours", "SET", "PT3H"),
    # how long after the birth, as "at 6 weeks postpartum" is after the delivery
    ("36 hours", "DURATION", "PT36H"),
    ("24 hours", "DURATION", "PT24H"),
    ("DOL 3", "DATE", "2015-09-06"),
    ("the following morning", "TIME", "2015-09-07TMO"),
    ("day of life 2", "DATE", "2015-09-05"),
    ("09/04", "DATE", "2015-09-04"),
    ("the day of discharge", "DATE", "2015-09-07"),
    ("every 2-3 hours", "SET", "PT3H"),
    ("8-12 times a day", "SET", "P1D"),
    ("2 days", "DURATION", "P2D"),
]


def test_newborn_summary_hours_of_life_and_a_rebound_the_following_morning() -> None:
    """ "At 36 hours of life" is how long after the birth, a duration; "DOL 3" is 09/06, counted
    from the birth on 09/03, and "the following morning" the morning after it; "every 2-3
    hours" and "8-12 times a day" recur; "8%", "3.2 kg", "G1P0" and "Apgars 8 and 9" are no
    times."""
    assert _mentions(NEWBORN) == NEWBORN_TABLE


# ---- a child with asthma: an age of onset, the past two days, a burst of steroids ------------

ASTHMA = """\
Admission Date :
01/21/2016
Discharge Date :
01/24/2016
Service :
PEDIATRICS
HISTORY OF PRESENT ILLNESS :
Jaden is a 7 year old boy with moderate persistent asthma since age 3 who presents with cough
and wheeze for the past 2 days after a viral URI for the past week . He was last hospitalized
for asthma in 11/2014 . He has received albuterol q2h at home since last night without relief .
In the ED he received 3 back to back nebulizers and dexamethasone .
HOSPITAL COURSE :
He was admitted to the floor on continuous albuterol , which was weaned to q2h on hospital day #
2 and to q4h by 01/23 . He received prednisone 2 mg/kg/day x 5 days . His oxygen was weaned off
the evening of 01/22 .
DISCHARGE MEDICATIONS :
1. Prednisone 40 mg p.o. daily x 2 more days .
2. Albuterol MDI 4 puffs q4h x 48 hours then q4h prn .
3. Flovent 110 mcg 2 puffs b.i.d.
FOLLOW UP :
Pediatrician in 2-3 days . Asthma clinic in 1 month .
"""
ASTHMA_TABLE: list[Row] = [
    ("01/21/2016", "DATE", "2016-01-21"),
    ("01/24/2016", "DATE", "2016-01-24"),
    ("the past 2 days", "DURATION", "P2D"),
    ("the past week", "DURATION", "P1W"),
    ("11/2014", "DATE", "2014-11"),
    ("q2h", "SET", "PT2H"),
    ("last night", "TIME", "2016-01-20TNI"),
    ("q2h", "SET", "PT2H"),
    ("hospital day #\n2", "DATE", "2016-01-22"),
    ("q4h", "SET", "PT4H"),
    ("01/23", "DATE", "2016-01-23"),
    ("5 days", "DURATION", "P5D"),
    ("the evening of 01/22", "TIME", "2016-01-22TEV"),
    ("daily", "SET", "P1D"),
    ("2 more days", "DURATION", "P2D"),
    ("q4h", "SET", "PT4H"),
    ("48 hours", "DURATION", "PT48H"),
    ("q4h", "SET", "PT4H"),
    ("b.i.d.", "SET", "P1D"),
    ("2-3 days", "DURATION", "P3D"),
    ("1 month", "DURATION", "P1M"),
]


def test_pediatric_asthma_summary_an_age_of_onset_and_a_steroid_burst() -> None:
    """ "since age 3" is an age, no date; "since last night" is the night before the admission;
    "hospital day # 2" (split over a line) is 01/22; "2 mg/kg/day x 5 days" is a dose and a
    duration; "x 2 more days" lasts; "4 puffs", "110 mcg" and "3 back to back nebulizers" are
    no times."""
    assert _mentions(ASTHMA) == ASTHMA_TABLE


# ---- diabetic ketoacidosis in the PICU: two days prior to admission, a time on a hospital day --

DKA = """\
PEDIATRIC ICU DISCHARGE SUMMARY

Admission Date: 11/02/2017
Discharge Date: 11/06/2017

HPI: 12 yo girl with no past medical history who presented with polyuria and polydipsia for
the past 3 weeks and a 4 kg weight loss. Vomiting began two days prior to admission. In the
ED: pH 7.05, bicarbonate 6, glucose 612, GCS 15.
HOSPITAL COURSE: She was admitted to the PICU on an insulin drip at 0.1 units/kg/hr with neuro
checks q1h and glucose checks q1h. Her anion gap closed at 0400 on hospital day 2 and she was
transitioned to subcutaneous insulin the following morning. HbA1c 11.4%. Diabetes education was
completed over the next 2 days.
DISCHARGE MEDICATIONS: Insulin glargine 12 units subcutaneously nightly; insulin lispro per
sliding scale.
FOLLOW-UP: Endocrinology clinic in 1 week. Call the diabetes team daily for the first week.
"""
DKA_TABLE: list[Row] = [
    ("11/02/2017", "DATE", "2017-11-02"),
    ("11/06/2017", "DATE", "2017-11-06"),
    ("the past 3 weeks", "DURATION", "P3W"),
    ("two days prior to admission", "DATE", "2017-10-31"),
    ("q1h", "SET", "PT1H"),
    ("q1h", "SET", "PT1H"),
    ("0400 on hospital day 2", "TIME", "2017-11-03T04:00"),
    ("the following morning", "TIME", "2017-11-04TMO"),
    ("the next 2 days", "DURATION", "P2D"),
    ("nightly", "SET", "P1D"),
    ("1 week", "DURATION", "P1W"),
    ("daily", "SET", "P1D"),
    ("the first week", "DURATION", "P1W"),
]


def test_pediatric_icu_summary_a_time_on_a_hospital_day() -> None:
    """ "two days prior to admission" is 10/31; "at 0400 on hospital day 2" is one time of
    11/03 and "the following morning" the next day's; "q1h" checks recur; "0.1 units/kg/hr",
    "pH 7.05", "GCS 15", "4 kg" and "HbA1c 11.4%" are no times."""
    assert _mentions(DKA) == DKA_TABLE


# ---- a vaginal delivery: LMP and EDC, clock times in labour, PPD # 1 ---------------------------

LABOR = """\
Admission Date :
03/10/2015
Discharge Date :
03/12/2015
Service :
OBSTETRICS
HISTORY OF PRESENT ILLNESS :
Ms. Kerr is a 29 year old G2P1 at 39 weeks by LMP 6/10 , EDC 03/17/2015 , who presented in
active labor . Her prenatal course was notable for gestational diabetes diagnosed at 28 weeks ,
diet controlled . GBS negative on 02/16 .
HOSPITAL COURSE :
She progressed to complete dilation at 1420 and after 40 minutes of pushing had a spontaneous
vaginal delivery at 1500 of a viable male infant , Apgars 8 and 9 , weight 3.4 kg . A second
degree laceration was repaired with 3-0 Vicryl . EBL 350 ml . On PPD # 1 her Hgb was 10.2 . She
was discharged home on postpartum day 2 .
DISCHARGE MEDICATIONS :
Ibuprofen 600 mg p.o. q6h prn , prenatal vitamins p.o. daily .
FOLLOW UP :
She will see Dr. Lam at 6 weeks postpartum for a glucose tolerance test . Pelvic rest for 6
weeks .
"""
LABOR_TABLE: list[Row] = [
    ("03/10/2015", "DATE", "2015-03-10"),
    ("03/12/2015", "DATE", "2015-03-12"),
    ("39 weeks", "DURATION", "P39W"),
    ("6/10", "DATE", "2014-06-10"),  # 280 days before the EDC
    ("03/17/2015", "DATE", "2015-03-17"),
    ("28 weeks", "DURATION", "P28W"),
    ("02/16", "DATE", "2015-02-16"),
    ("1420", "TIME", "2015-03-10T14:20"),
    ("40 minutes", "DURATION", "PT40M"),
    ("1500", "TIME", "2015-03-10T15:00"),
    ("PPD # 1", "DATE", "2015-03-11"),
    ("postpartum day 2", "DATE", "2015-03-12"),
    ("q6h", "SET", "PT6H"),
    ("daily", "SET", "P1D"),
    ("6 weeks", "DURATION", "P6W"),
    ("6\nweeks", "DURATION", "P6W"),
]


def test_delivery_summary_a_postpartum_day_written_short() -> None:
    """ "LMP 6/10" in a March note is the June before, "EDC 03/17/2015" ahead; the delivery "at
    1500" is a time of the admission's day, and "On PPD # 1" (postpartum day 1) the day after
    it, as "POD # 1" is after an operation; "at 6 weeks postpartum" lasts; "G2P1", "Apgars 8
    and 9", "3.4 kg", "3-0 Vicryl", "EBL 350 ml" and "Hgb 10.2" are no times."""
    assert _mentions(LABOR) == LABOR_TABLE


# ---- a cesarean for preeclampsia: the day of delivery and two days after it -------------------

CESAREAN = """\
OBSTETRICS DISCHARGE SUMMARY

Admission Date: 08/18/2016
Discharge Date: 08/23/2016

HPI: 34 yo G1P0 at 36 weeks gestation by a first-trimester ultrasound, EDC 09/15/2016, sent from
clinic with BP 160/100 and 3+ proteinuria. She reported headaches for the past 2 days.
HOSPITAL COURSE: She was started on magnesium sulfate and induced with misoprostol q4h. After
18 hours of induction with an arrest of dilation at 6 cm she underwent a primary cesarean
section on 08/19 at 1012, delivering a viable female infant, Apgars 7 and 9, weight 2.6 kg, who
went to the NICU. Magnesium was continued for 24 hours postpartum. On the day of delivery her
platelets fell to 98K. Two days after delivery her blood pressures were in the 150s/90s and
nifedipine was started. On PPD #3 her incision was clean, and she was discharged on postpartum
day 4. 3+ edema of the lower extremities.
DISCHARGE MEDICATIONS: Nifedipine XL 30 mg PO daily; ibuprofen 600 mg PO q6h prn; oxycodone 5 mg
PO q4h prn for 5 days.
FOLLOW-UP: Blood pressure check in 3 days. Incision check in 1 week. Postpartum visit in 6
weeks.
"""
CESAREAN_TABLE: list[Row] = [
    ("08/18/2016", "DATE", "2016-08-18"),
    ("08/23/2016", "DATE", "2016-08-23"),
    ("36 weeks", "DURATION", "P36W"),
    ("09/15/2016", "DATE", "2016-09-15"),
    ("the past 2 days", "DURATION", "P2D"),
    ("q4h", "SET", "PT4H"),
    ("18 hours", "DURATION", "PT18H"),
    ("08/19 at 1012", "TIME", "2016-08-19T10:12"),
    ("24 hours", "DURATION", "PT24H"),
    ("the day of delivery", "DATE", "2016-08-19"),
    ("Two days after delivery", "DATE", "2016-08-21"),
    ("PPD #3", "DATE", "2016-08-22"),
    ("postpartum\nday 4", "DATE", "2016-08-23"),
    ("daily", "SET", "P1D"),
    ("q6h", "SET", "PT6H"),
    ("q4h", "SET", "PT4H"),
    ("5 days", "DURATION", "P5D"),
    ("3 days", "DURATION", "P3D"),
    ("1 week", "DURATION", "P1W"),
    ("6\nweeks", "DURATION", "P6W"),
]


def test_cesarean_summary_the_day_of_delivery_and_days_after_it() -> None:
    """The cesarean on 08/19 at 1012 is the delivery: "On the day of delivery" is 08/19, "Two
    days after delivery" 08/21, "On PPD #3" 08/22 and "postpartum day 4" the discharge;
    "for 24 hours postpartum" lasts; "BP 160/100", "3+ proteinuria", "6 cm", "98K", "150s/90s"
    and "3+ edema" are no times."""
    assert _mentions(CESAREAN) == CESAREAN_TABLE


# ---- postpartum psychosis: days after a delivery before the admission, lithium levels --------

PSYCHOSIS = """\
Admission Date :
04/02/2018
Discharge Date :
04/16/2018
Service :
PSYCHIATRY
HISTORY OF PRESENT ILLNESS :
Ms. Abbott is a 31 year old G1P1 who delivered a healthy infant by vaginal delivery on
03/20/2018 . She had no psychiatric history . Ten days after delivery she began to sleep poorly ,
and for the past 3 days she has believed that her baby was replaced . EPDS 24 . She was brought
in by her husband on a Section 12 .
HOSPITAL COURSE :
She was placed on 1:1 observation and started on olanzapine 5 mg qhs , increased to 10 mg on
hospital day # 3 . Her sleep normalized within a week . Lithium was started on 04/09 and her
level on 04/13 was 0.7 . She had supervised visits with her infant twice a week . Her husband
reports that she has been back to her baseline since 04/14 .
DISCHARGE MEDICATIONS :
Olanzapine 10 mg p.o. qhs , lithium 300 mg p.o. b.i.d.
FOLLOW UP :
Perinatal psychiatry on 04/18 . Lithium level in 5 days .
"""
PSYCHOSIS_TABLE: list[Row] = [
    ("04/02/2018", "DATE", "2018-04-02"),
    ("04/16/2018", "DATE", "2018-04-16"),
    ("03/20/2018", "DATE", "2018-03-20"),
    ("Ten days after delivery", "DATE", "2018-03-30"),
    ("the past 3 days", "DURATION", "P3D"),
    ("qhs", "SET", "P1D"),
    ("hospital day # 3", "DATE", "2018-04-04"),
    ("a week", "DURATION", "P1W"),
    ("04/09", "DATE", "2018-04-09"),
    ("04/13", "DATE", "2018-04-13"),
    ("twice a week", "SET", "P1W"),
    ("04/14", "DATE", "2018-04-14"),
    ("qhs", "SET", "P1D"),
    ("b.i.d.", "SET", "P1D"),
    ("04/18", "DATE", "2018-04-18"),
    ("5 days", "DURATION", "P5D"),
]


def test_postpartum_psychosis_summary_days_counted_from_the_delivery() -> None:
    """Delivered on 03/20/2018: "Ten days after delivery" is 03/30, as "three days after
    transfer" counts from the transfer; "within a week" lasts; "twice a week" recurs; "since
    04/14" is that day; "EPDS 24", "Section 12" and "1:1 observation" are no times."""
    assert _mentions(PSYCHOSIS) == PSYCHOSIS_TABLE


# ---- major depression after an overdose: an age of onset, q15 minute checks ------------------

DEPRESSION = """\
Admission Date :
10/05/2019
Discharge Date :
10/15/2019
Service :
PSYCHIATRY
HISTORY OF PRESENT ILLNESS :
Mr. Ng is a 19 year old college student with depression since age 14 who was admitted after an
overdose of 20 tablets of acetaminophen . He reports worsening mood , poor sleep and anhedonia
for the past 2 weeks after a breakup . PHQ-9 of 18 . He stopped his fluoxetine one month ago .
His first psychiatric admission was in 2016 .
HOSPITAL COURSE :
He was medically cleared on the day of admission . He was placed on q15 minute checks , which
were discontinued on hospital day # 4 . Fluoxetine was restarted at 20 mg daily and increased to
40 mg on 10/10 . He attended groups daily and a family meeting was held on 10/13 . By the day of
discharge he had denied suicidal ideation for 72 hours .
DISCHARGE MEDICATIONS :
Fluoxetine 40 mg p.o. daily , hydroxyzine 25 mg p.o. q6h prn anxiety , 7 day supply .
FOLLOW UP :
He will follow up with his psychiatrist in 1 week and start an intensive outpatient program on
Monday .
"""
DEPRESSION_TABLE: list[Row] = [
    ("10/05/2019", "DATE", "2019-10-05"),
    ("10/15/2019", "DATE", "2019-10-15"),
    ("the past 2 weeks", "DURATION", "P2W"),
    ("one month ago", "DATE", "2019-09"),
    ("2016", "DATE", "2016"),
    ("the day of admission", "DATE", "2019-10-05"),
    ("q15 minute", "SET", "PT15M"),
    ("hospital day # 4", "DATE", "2019-10-08"),
    ("daily", "SET", "P1D"),
    ("10/10", "DATE", "2019-10-10"),
    ("daily", "SET", "P1D"),
    ("10/13", "DATE", "2019-10-13"),
    ("the day of\ndischarge", "DATE", "2019-10-15"),
    ("72 hours", "DURATION", "PT72H"),
    ("daily", "SET", "P1D"),
    ("q6h", "SET", "PT6H"),
    ("7 day", "DURATION", "P7D"),
    ("1 week", "DURATION", "P1W"),
    ("Monday", "DATE", "2019-10-21"),  # the discharge, 10/15/2019, is a Tuesday
]


def test_psychiatric_summary_an_age_of_onset_and_checks() -> None:
    """ "depression since age 14" is an age, no date; "one month ago" counts from the
    admission; "q15 minute checks" recur; "By the day of discharge" (split over a line) is
    10/15; "a 7 day supply" lasts; "on Monday" in the follow-up is the Monday after the
    discharge; "PHQ-9 of 18" and "20 tablets" are no times."""
    assert _mentions(DEPRESSION) == DEPRESSION_TABLE


# ---- mania: a hold, a holiday before the admission, a taper until a date -----------------------

MANIA = """\
PSYCHIATRY DISCHARGE SUMMARY

Admission Date: 12/06/2020
Discharge Date: 12/17/2020

HPI: 45 yo M with bipolar I disorder, first manic episode at age 22, last hospitalized in 2017,
brought in by police after he had not slept for 4 days. He stopped lithium 3 months ago.
Collateral from his sister: decreased need for sleep since Thanksgiving.
HOSPITAL COURSE: He was placed on a 72 hour hold on admission. He was agitated on the night of
admission and received haloperidol 5 mg IM x 1. Lithium was restarted at 300 mg BID and his
level on 12/10 was 0.9. Risperidone was started on hospital day 2. His sleep improved over the
first week.
DISCHARGE MEDICATIONS: Lithium 600 mg PO qhs; risperidone 2 mg PO qhs until 12/31, then 1 mg qhs
x 10 days.
FOLLOW-UP: Lithium level and BMP in 1 week. Psychiatry clinic on 12/22.
"""
MANIA_TABLE: list[Row] = [
    ("12/06/2020", "DATE", "2020-12-06"),
    ("12/17/2020", "DATE", "2020-12-17"),
    ("2017", "DATE", "2017"),
    ("4 days", "DURATION", "P4D"),
    ("3 months ago", "DATE", "2020-09"),
    ("Thanksgiving", "DATE", "2020-11-26"),
    ("72 hour", "DURATION", "PT72H"),
    ("the night of\nadmission", "TIME", "2020-12-06TNI"),
    ("BID", "SET", "P1D"),
    ("12/10", "DATE", "2020-12-10"),
    ("hospital day 2", "DATE", "2020-12-07"),
    ("the\nfirst week", "DURATION", "P1W"),
    ("qhs", "SET", "P1D"),
    ("qhs", "SET", "P1D"),
    ("12/31", "DATE", "2020-12-31"),
    ("qhs", "SET", "P1D"),
    ("10 days", "DURATION", "P10D"),
    ("1 week", "DURATION", "P1W"),
    ("12/22", "DATE", "2020-12-22"),
]


def test_psychiatric_summary_a_hold_and_a_taper_until_a_date() -> None:
    """ "since Thanksgiving" in a December note is the Thanksgiving just past (11/26/2020); "a
    72 hour hold" lasts; "the night of admission" is 12/06's; "qhs until 12/31, then 1 mg qhs x
    10 days" is a set, a date, a set and a duration; "at age 22" and "IM x 1" are no times."""
    assert _mentions(MANIA) == MANIA_TABLE


# ---- an adolescent with anorexia nervosa: refeeding every two days, q12h labs ------------------

ANOREXIA = """\
Admission Date :
02/08/2021
Discharge Date :
02/26/2021
Service :
ADOLESCENT MEDICINE
HISTORY OF PRESENT ILLNESS :
Ava is a 15 year old girl with restrictive eating since age 13 and a 9 kg weight loss over the
past 6 months who was admitted for bradycardia with a heart rate of 38 . Her last menstrual
period was in 09/2020 . She has been running 5 miles a day .
HOSPITAL COURSE :
She was placed on continuous cardiac monitoring and started on 1800 kcal/day , advanced by 200
kcal every 2 days to 3000 kcal/day . Phosphorus was checked q12h for the first 5 days and fell
to 2.4 on hospital day # 3 . By 02/16 her heart rate had been above 50 for 72 hours . She gained
2.3 kg over the admission .
DISCHARGE MEDICATIONS :
Multivitamin p.o. daily , K-Phos 250 mg p.o. b.i.d. x 7 days .
FOLLOW UP :
Adolescent medicine clinic in 1 week with weekly weights .
"""
ANOREXIA_TABLE: list[Row] = [
    ("02/08/2021", "DATE", "2021-02-08"),
    ("02/26/2021", "DATE", "2021-02-26"),
    ("the\npast 6 months", "DURATION", "P6M"),
    ("09/2020", "DATE", "2020-09"),
    ("every 2 days", "SET", "P2D"),
    ("q12h", "SET", "PT12H"),
    ("the first 5 days", "DURATION", "P5D"),
    ("hospital day # 3", "DATE", "2021-02-10"),
    ("02/16", "DATE", "2021-02-16"),
    ("72 hours", "DURATION", "PT72H"),
    ("daily", "SET", "P1D"),
    ("b.i.d.", "SET", "P1D"),
    ("7 days", "DURATION", "P7D"),
    ("1 week", "DURATION", "P1W"),
    ("weekly", "SET", "P1W"),
]


def test_adolescent_summary_refeeding_every_two_days() -> None:
    """ "since age 13" is an age; "over the past 6 months" lasts; "every 2 days" and "q12h"
    recur; "5 miles a day" is a rate of running, "1800 kcal/day" one of feeding, no sets; "a
    heart rate of 38" and "2.3 kg" are no times."""
    assert _mentions(ANOREXIA) == ANOREXIA_TABLE


# ---- single sentences: days counted from a delivery or a birth, gestational ages -------------


HEADER = "Admission Date: 06/08/2014\nDischarge Date: 06/20/2014\n\n"
DELIVERED = HEADER + "She delivered on 06/09 at 0412 .\n"
BORN = HEADER + "Born on 06/09/2014 at 0412 .\n"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            DELIVERED + "On PPD # 1 her Hgb was 8.9 .",
            [("PPD # 1", "DATE", "2014-06-10")],
        ),
        pytest.param(
            DELIVERED + "Foley removed on PPD #2 .",
            [("PPD #2", "DATE", "2014-06-11")],
        ),
        pytest.param(DELIVERED + "Discharged home PPD 3 .", [("PPD 3", "DATE", "2014-06-12")]),
        pytest.param(
            DELIVERED + "She ambulated the day after delivery .",
            [("the day after delivery", "DATE", "2014-06-10")],
        ),
        pytest.param(
            DELIVERED + "Febrile on the evening of delivery .",
            [("the evening of delivery", "TIME", "2014-06-09TEV")],
        ),
        pytest.param(
            DELIVERED + "On the day of delivery she bled .",
            [("the day of delivery", "DATE", "2014-06-09")],
        ),
        pytest.param(
            DELIVERED + "Two days after delivery she was febrile .",
            [("Two days after delivery", "DATE", "2014-06-11")],
        ),
        pytest.param(
            DELIVERED + "Her BP rose 3 days after her delivery .",
            [("3 days after her delivery", "DATE", "2014-06-12")],
        ),
        pytest.param(
            BORN + "On the day of birth he was intubated .",
            [("the day of birth", "DATE", "2014-06-09")],
        ),
        pytest.param(
            BORN + "He was extubated the day after birth .",
            [("the day after birth", "DATE", "2014-06-10")],
        ),
    ],
)
def test_days_counted_from_a_delivery_or_a_birth(text: str, expected: list[Row]) -> None:
    """A postpartum day written short ("PPD # 1", "PPD #2", "PPD 3") is a postpartum day; "the
    day of delivery", "the day after delivery", "the evening of delivery", "Two days after
    delivery" and "the day of birth" count from the delivery or the birth the note has just
    dated, as "the day of surgery" and "the day after surgery" count from the operation."""
    told = _mentions(DELIVERED if text.startswith(DELIVERED) else BORN)
    assert _mentions(text)[len(told) :] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Born at 32 weeks gestation .", [("32 weeks", "DURATION", "P32W")]),
        ("Born at 36 weeks ' gestation .", [("36 weeks", "DURATION", "P36W")]),
        ("G2P1 at 39 weeks by LMP .", [("39 weeks", "DURATION", "P39W")]),
        pytest.param(
            "Corrected gestational age 35 weeks at discharge .",
            [("35 weeks", "DURATION", "P35W")],
        ),
        (
            "At discharge , corrected GA 36 weeks , weight 2.4 kg .",
            [("36 weeks", "DURATION", "P36W")],
        ),
        pytest.param("Gestational age 38 weeks by dates .", [("38 weeks", "DURATION", "P38W")]),
    ],
)
def test_a_gestational_age_in_whole_weeks_is_a_duration(text: str, expected: list[Row]) -> None:
    """A gestational age is the pregnancy's length so far, after "at" or after its label
    ("gestational age", "corrected GA"): a duration, not a person's age."""
    assert _mentions(text, dct="2014-06-20") == expected


@pytest.mark.parametrize(
    "text",
    [
        "Mother is G2P1 , G2P2 after ; Apgars 8 and 9 ; birth weight 2.1 kg .",
        "A 25 gauge needle ; 0.5 ml IM ; BP 120/80 ; HR 160 .",
        "PHQ-9 of 18 , EPDS 24 , GCS 15 , Hgb 10.2 .",
        "D10W at 80 ml/kg/day ; NG 8 Fr ; 3+ edema ; 24 kcal/oz .",
        "Depressed since age 14 ; first admission at age 19 ; age 17 days .",
        "PPD negative ; PPD 0 mm ; PPD 10 mm induration ; smokes 1 ppd .",
        "Admitted on a Section 12 with 1:1 observation .",
    ],
)
def test_clinical_look_alikes_of_the_fifteenth_round_yield_nothing(text: str) -> None:
    """Obstetric counts, Apgar scores, weights, needles, volumes, vital signs, scales,
    laboratory values, fluids, tubes, edema, ages, a tuberculin test's induration, packs per
    day and a commitment law are no times."""
    assert _mentions(text, dct="2014-06-20") == []
