"""Clinical notes, twelfth round: nursing and ICU notes, shift handovers and progress notes
written at the bedside, some tokenized as i2b2 writes them ("Extubated at 2130 yesterday
evening , now on 2L NC ."). Read for what still went wrong: a nurse's header with its shift
("NURSING NOTE 11/02/2015 , night shift", "SICU SHIFT HANDOVER 06/21/2017 1900",
"CCU NURSING NOTE 10/30/2022 0700-1900") dates the note; a shift's hours ("0700-1900 shift",
"Shift : 0700 - 1900") are two clock times, not a year range nor a code; what is done at the
bedside is timed without a leading zero ("titrated off at 1400", "updated at 2100", "last dose
at 1200", "Received pt at 1900", "Family meeting at 1600", "RVR to 140s at 2330"); a clock time
before a part of a deictic day is one time ("2130 yesterday evening", "2200 tonight"); "since
midnight" looks back to the midnight that began the note's day; "Last BM 3/10" is a day; the
postoperative day a nurse's note is written on ("Pt POD 1 s/p L TKA", "67 yo M , POD 1 s/p
CABG") and the hospital day after the patient ("Pt is HD # 6 , s/p intubation") are the note's
day.

Each passage was written for these tests. The conventions are those of tests/test_clinical.py
(TimeML as i2b2 adapted it): the date heading a note is its document date; "overnight",
"tonight", "this AM", "this a.m.", "this afternoon" are times of that day ("overnight" after a
clock time of "yesterday evening" is that evening's night); "NPO after midnight" is the
midnight ending the note's day (24:00 of it), "since midnight" the one that began it (24:00 of
the day before). "24h I/O", "24h events" and a plan's "in AM" are left untagged, as in the
earlier files; "over the last 24 hours" and "for 3 more days" are durations, "q1h neuro checks"
and "q2h turns" sets. Oxygen and ventilator settings ("2L NC", "FiO2 40%", "PEEP 5"), vital
signs ("RR 18", "HR 110s", "BP 120/80", "140s"), balances and outputs ("I/O +500", "UOP
30cc/hr", "+1.2 L"), scores ("GCS 3T", "RASS -2", "Pain 4/10"), "2+ pitting", a catheter's
gauge ("#20 G IV"), a bed ("Bed 12") and counts ("x2", "x3 attempts", "x 3 attempts", "CABG
x3") are no times.
"""

from __future__ import annotations

import pytest
from passages import Row
from passages import mentions as _mentions


def _without(rows: list[Row], *texts: str) -> list[Row]:
    """``rows`` without the rows of ``texts`` (each checked by an expected failure below)."""
    return [row for row in rows if row[0] not in texts]


# ---- a MICU day shift: the shift's hours, a drip titrated off, NPO after midnight ------------

MICU_DAY = """\
MICU NURSING PROGRESS NOTE 03/14/2019
0700-1900 shift

NEURO: Sedated on propofol, RASS -2. q1h neuro checks, pupils 3 mm and brisk. GCS 3T.
RESP: Remains intubated, FiO2 40%, PEEP 5, RR 18. FiO2 weaned from 60% this AM. SBT this
afternoon, tolerated for 30 minutes. Plan for extubation tomorrow if SBT passed again in AM.
CV: HR 110s, BP 120/80 on levophed, titrated off at 1400.
GI/GU: NPO after midnight for possible trach. Last BM 3/10. UOP 30cc/hr, I/O +500 over the
last 24 hours.
SKIN: q2h turns, 2+ pitting edema to bilateral LE. #20 G IV in L FA.
ID: Day 5 of antibiotics, vancomycin and cefepime started on 3/10.
"""
MICU_DAY_TABLE: list[Row] = [
    ("03/14/2019", "DATE", "2019-03-14"),
    ("0700", "TIME", "2019-03-14T07:00"),
    ("1900", "TIME", "2019-03-14T19:00"),
    ("q1h", "SET", "PT1H"),
    ("this AM", "TIME", "2019-03-14TMO"),
    ("this\nafternoon", "TIME", "2019-03-14TAF"),
    ("30 minutes", "DURATION", "PT30M"),
    ("tomorrow", "DATE", "2019-03-15"),
    ("1400", "TIME", "2019-03-14T14:00"),
    ("midnight", "TIME", "2019-03-14T24:00"),
    ("3/10", "DATE", "2019-03-10"),
    ("the\nlast 24 hours", "DURATION", "PT24H"),
    ("q2h", "SET", "PT2H"),
    ("Day 5 of antibiotics", "DATE", "2019-03-14"),
    ("3/10", "DATE", "2019-03-10"),
]


def test_micu_day_shift_hours_are_two_times_and_a_drip_is_titrated_off_at_a_time() -> None:
    """ "0700-1900 shift" is two clock times of the note's day, not the years 700 to 1900;
    "titrated off at 1400" is a time; "Last BM 3/10" is a day; "NPO after midnight" is the
    midnight ending the note's day; "in AM", "RASS -2", "GCS 3T", "FiO2 40%", "PEEP 5", "RR
    18", "HR 110s", "BP 120/80", "UOP 30cc/hr", "I/O +500", "2+ pitting" and "#20 G IV" are
    no times."""
    assert _without(_mentions(MICU_DAY), "Day 5 of antibiotics") == _without(
        MICU_DAY_TABLE, "Day 5 of antibiotics"
    )


@pytest.mark.xfail(
    strict=True,
    reason="a course's day on a note's status line ('ID: Day 5 of antibiotics, ... started on "
    "3/10') is the note's day; the participle after it makes the line past, and chrono counts "
    "the course from the note's date as hospital day 1 (3/18)",
)
def test_micu_day_a_course_day_is_the_day_of_the_note() -> None:
    """ "Day 5 of antibiotics" started on 3/10 is 3/14, the note's day."""
    assert ("Day 5 of antibiotics", "DATE", "2019-03-14") in _mentions(MICU_DAY)


# ---- a tokenized night-shift note: POD 1 after a comma, yesterday evening, since midnight ----

NIGHT_TOK = """\
NURSING NOTE 11/02/2015 , night shift
Pt is a 67 yo M , POD 1 s/p CABG x3 . Extubated at 2130 yesterday evening , now on 2L NC .
Restless overnight , haldol 2 mg IV given x2 overnight with good effect .
Chest tube output 150 cc since midnight . Last dose of morphine at 0300 .
Foley to be removed this a.m. . Pt to be OOB to chair this afternoon .
"""
NIGHT_TOK_TABLE: list[Row] = [
    ("11/02/2015", "DATE", "2015-11-02"),
    ("POD 1", "DATE", "2015-11-02"),
    ("2130 yesterday evening", "TIME", "2015-11-01T21:30"),
    ("now", "DATE", "PRESENT_REF"),
    ("overnight", "TIME", "2015-11-01TNI"),
    ("overnight", "TIME", "2015-11-01TNI"),
    ("midnight", "TIME", "2015-11-01T24:00"),
    ("0300", "TIME", "2015-11-02T03:00"),
    ("this a.m.", "TIME", "2015-11-02TMO"),
    ("this afternoon", "TIME", "2015-11-02TAF"),
]


def test_night_shift_note_dates_its_postoperative_day_and_looks_back_to_midnight() -> None:
    """ "NURSING NOTE 11/02/2015 , night shift" dates the note; "67 yo M , POD 1 s/p CABG" is
    the note's day, not the day after it; "Extubated at 2130 yesterday evening" is one time of
    11/01 (not the year 2130), whose night "overnight" is; "since midnight" is the midnight
    that began 11/02 and "0300" is 11/02's; "CABG x3", "2L NC" and "x2" are no times."""
    assert _mentions(NIGHT_TOK) == NIGHT_TOK_TABLE


# ---- an SICU shift handover at 1900: bed, hospital and postoperative days, tonight -----------

HANDOVER = """\
SICU SHIFT HANDOVER 06/21/2017 1900

Bed 12: 54F, HD #3, POD 2 s/p ex-lap. At change of shift pt was resting comfortably.
Neuro: A&Ox3, RASS 0. Resp: 4L NC, RR 18. CV: HR 90s, BP 130s/70s.
Vanc trough due at 2200 tonight. K 3.2 this afternoon, repleted with 40 mEq KCl, recheck in AM.
24h I/O: +1.2 L. UOP 40-60 cc/hr. JP drain 120 cc since midnight.
Family meeting at 1400 with surgical team: family agrees with plan. Continue zosyn for 3 more days.
"""
HANDOVER_TABLE: list[Row] = [
    ("06/21/2017", "DATE", "2017-06-21"),
    ("1900", "TIME", "2017-06-21T19:00"),
    ("HD #3", "DATE", "2017-06-21"),
    ("POD 2", "DATE", "2017-06-21"),
    ("2200 tonight", "TIME", "2017-06-21T22:00"),
    ("this afternoon", "TIME", "2017-06-21TAF"),
    ("midnight", "TIME", "2017-06-20T24:00"),
    ("1400", "TIME", "2017-06-21T14:00"),
    ("3 more days", "DURATION", "P3D"),
]


def test_shift_handover_header_dates_the_note_and_a_family_meeting_is_at_a_time() -> None:
    """ "SICU SHIFT HANDOVER 06/21/2017 1900" dates the note; "54F, HD #3, POD 2 s/p ex-lap"
    is the note's day; "due at 2200 tonight" is one time; "Family meeting at 1400" is a time,
    not the year 1400; "at change of shift", "24h I/O", "recheck in AM", "Bed 12", "RASS 0",
    "4L NC", "BP 130s/70s", "40 mEq" and "40-60 cc/hr" are no times."""
    assert _mentions(HANDOVER) == HANDOVER_TABLE


# ---- a neuro ICU note: a craniotomy two days back, q1h neuro checks overnight ----------------

NEURO_ICU = """\
NEURO ICU NURSING NOTE
Date: 09/03/2020

S/p R craniotomy for SDH 09/01/2020. q1h neuro checks overnight, no changes. GCS 14 (E4V4M6).
Pupils 3 mm equal and reactive. EVD open at 10 cm H2O, drained 85 mL over the last 24 hours.
Keppra 500 mg IV q12h, last dose at 2200 last night. SBP goal < 160, nicardipine drip off
since 0500. Repeat head CT this a.m. stable. Mobilize to chair this afternoon with PT.
"""
NEURO_ICU_TABLE: list[Row] = [
    ("09/03/2020", "DATE", "2020-09-03"),
    ("09/01/2020", "DATE", "2020-09-01"),
    ("q1h", "SET", "PT1H"),
    ("overnight", "TIME", "2020-09-03TNI"),
    ("the last 24 hours", "DURATION", "PT24H"),
    ("q12h", "SET", "PT12H"),
    ("2200 last night", "TIME", "2020-09-02T22:00"),
    ("0500", "TIME", "2020-09-03T05:00"),
    ("this a.m.", "TIME", "2020-09-03TMO"),
    ("this afternoon", "TIME", "2020-09-03TAF"),
]


def test_neuro_icu_note_last_dose_at_a_time_of_last_night() -> None:
    """ "last dose at 2200 last night" is one time of the day before the note; "GCS 14
    (E4V4M6)", "3 mm", "10 cm H2O", "85 mL", "SBP goal < 160" are no times."""
    assert _without(_mentions(NEURO_ICU), "overnight") == _without(NEURO_ICU_TABLE, "overnight")


@pytest.mark.xfail(
    strict=True,
    reason="the date of a history's 's/p R craniotomy for SDH 09/01/2020' becomes the day the "
    "next bare time of day counts from: chrono puts 'q1h neuro checks overnight' on 09/01",
)
def test_neuro_icu_overnight_is_the_notes_night_after_a_status_post_date() -> None:
    """ "overnight" after "S/p R craniotomy for SDH 09/01/2020." is the note's night."""
    assert ("overnight", "TIME", "2020-09-03TNI") in _mentions(NEURO_ICU)


# ---- a tokenized ICU progress note: events overnight on the fourth hospital day --------------

TOK_ICU = """\
Record date : 2012-04-18

ICU PROGRESS NOTE
HD # 4 . 72 yo F with urosepsis , day 3 of antibiotics .
Events overnight : Hypotensive to 80s at 0200 , given 1 L NS bolus x2 with response .
Levophed restarted at 0330 , weaned to off this AM .
Vitals : T 38.2 , HR 100s , BP 110/60 , RR 22 , SpO2 95 % on 2 L NC .
I / O : 2.1 L in / 1.4 L out over the last 24 hours .
Plan : Continue ceftriaxone for 4 more days . Transfer to floor tomorrow if stable .
"""
TOK_ICU_TABLE: list[Row] = [
    ("2012-04-18", "DATE", "2012-04-18"),
    ("HD # 4", "DATE", "2012-04-18"),
    ("day 3 of antibiotics", "DATE", "2012-04-18"),
    ("0200", "TIME", "2012-04-18T02:00"),
    ("0330", "TIME", "2012-04-18T03:30"),
    ("this AM", "TIME", "2012-04-18TMO"),
    ("the last 24 hours", "DURATION", "PT24H"),
    ("4 more days", "DURATION", "P4D"),
    ("tomorrow", "DATE", "2012-04-19"),
]

_TOK_ICU_COURSE = ("day 3 of antibiotics", "0200", "0330")


def test_tokenized_icu_note_hospital_day_and_vitals() -> None:
    """ "HD # 4 ." is the note's day; "Events overnight :" is a heading, "T 38.2", "HR 100s",
    "BP 110/60", "SpO2 95 %", "1 L NS bolus x2", "2.1 L in / 1.4 L out" are no times."""
    assert _without(_mentions(TOK_ICU), *_TOK_ICU_COURSE) == _without(
        TOK_ICU_TABLE, *_TOK_ICU_COURSE
    )


def test_tokenized_icu_note_course_day_on_the_status_line_is_today() -> None:
    """The status line's "day 3 of antibiotics" is the note's day, and so are the events of
    the night before it ("at 0200", "at 0330")."""
    assert [r for r in _mentions(TOK_ICU) if r[0] in _TOK_ICU_COURSE] == [
        r for r in TOK_ICU_TABLE if r[0] in _TOK_ICU_COURSE
    ]


# ---- a PICU evening shift: its hours after the date, doses due at four-digit times -----------

PEDS = """\
PICU NURSING NOTE 01/09/2021, 1500-2300

4 yo with RSV bronchiolitis, on HFNC 8 L/min, FiO2 35%. Suctioned q2h this evening.
Tolerated Pedialyte since noon, 240 mL total. Voided x3 this shift.
Fever to 39.1 at 1600, Tylenol given; next dose may be given at 2000.
Parents at bedside tonight, updated at 2100. Plan to wean HFNC overnight as tolerated.
"""
PEDS_TABLE: list[Row] = [
    ("01/09/2021", "DATE", "2021-01-09"),
    ("1500", "TIME", "2021-01-09T15:00"),
    ("2300", "TIME", "2021-01-09T23:00"),
    ("q2h", "SET", "PT2H"),
    ("this evening", "TIME", "2021-01-09TEV"),
    ("noon", "TIME", "2021-01-09T12:00"),
    ("1600", "TIME", "2021-01-09T16:00"),
    ("2000", "TIME", "2021-01-09T20:00"),
    ("tonight", "TIME", "2021-01-09TNI"),
    ("2100", "TIME", "2021-01-09T21:00"),
    ("overnight", "TIME", "2021-01-09TNI"),
]


def test_picu_shift_hours_after_the_date_and_a_family_updated_at_a_time() -> None:
    """ "PICU NURSING NOTE 01/09/2021, 1500-2300" dates the note, and its hours are two times
    (no year range after a date); "updated at 2100" is a time, not the year 2100; "8 L/min",
    "FiO2 35%", "39.1", "240 mL" and "x3" are no times."""
    assert _mentions(PEDS) == PEDS_TABLE


# ---- an orthopedic floor note: the postoperative day after the patient -----------------------

ORTHO_FLOOR = """\
ORTHOPEDIC FLOOR NURSING NOTE 08/15/2018

Pt POD 1 s/p L TKA. Pain 4/10, oxycodone 5 mg last given at 1130. PT this AM, ambulated 50 ft
x2 with walker. Lovenox 40 mg daily started this evening. Last BM 8/12, senna given.
Dressing changed this afternoon, scant drainage. Plan d/c home tomorrow.
"""
ORTHO_FLOOR_TABLE: list[Row] = [
    ("08/15/2018", "DATE", "2018-08-15"),
    ("POD 1", "DATE", "2018-08-15"),
    ("1130", "TIME", "2018-08-15T11:30"),
    ("this AM", "TIME", "2018-08-15TMO"),
    ("daily", "SET", "P1D"),
    ("this evening", "TIME", "2018-08-15TEV"),
    ("8/12", "DATE", "2018-08-12"),
    ("this afternoon", "TIME", "2018-08-15TAF"),
    ("tomorrow", "DATE", "2018-08-16"),
]


def test_floor_note_pt_pod_1_is_the_day_of_the_note() -> None:
    """ "Pt POD 1 s/p L TKA" is the note's day (the operation was the day before); "Last BM
    8/12" is a day; "Pain 4/10", "50 ft x2" and "40 mg" are no times."""
    assert _mentions(ORTHO_FLOOR) == ORTHO_FLOOR_TABLE


# ---- a tokenized ventilator handoff: a shift label, the hospital day after the patient -------

TOK_HANDOFF = """\
Date of service : 02/27/2014
Shift : 0700 - 1900

Pt is HD # 6 , s/p intubation 02/22/2014 for hypercarbic resp failure .
Vent : AC 450 x 14 , PEEP 8 , FiO2 50 % . RASS - 1 .
Tube feeds held since midnight for planned trach today at 1300 .
Family meeting at 1600 today ; daughter updated by phone yesterday evening .
Propofol weaned to 20 mcg this afternoon . Plan for SBT in AM .
"""
TOK_HANDOFF_TABLE: list[Row] = [
    ("02/27/2014", "DATE", "2014-02-27"),
    ("0700", "TIME", "2014-02-27T07:00"),
    ("1900", "TIME", "2014-02-27T19:00"),
    ("HD # 6", "DATE", "2014-02-27"),
    ("02/22/2014", "DATE", "2014-02-22"),
    ("midnight", "TIME", "2014-02-26T24:00"),
    ("today at 1300", "TIME", "2014-02-27T13:00"),
    ("1600 today", "TIME", "2014-02-27T16:00"),
    ("yesterday evening", "TIME", "2014-02-26TEV"),
    ("this afternoon", "TIME", "2014-02-27TAF"),
]


def test_tokenized_handoff_shift_label_and_hospital_day_of_the_patient() -> None:
    """ "Shift : 0700 - 1900" is two times; "Pt is HD # 6 , s/p intubation" is the note's
    day; "held since midnight" is the midnight that began it, not the one after the
    intubation's date; "AC 450 x 14", "PEEP 8", "FiO2 50 %", "RASS - 1", "20 mcg" and "SBT in
    AM" are no times."""
    assert _mentions(TOK_HANDOFF) == TOK_HANDOFF_TABLE


# ---- a CCU note: an admission two days back, then the shift's clock times --------------------

CCU = """\
CCU NURSING NOTE 10/30/2022 0700-1900

Pt admitted 10/28 s/p STEMI, PCI to LAD. Heparin gtt stopped at 0900, groin site soft,
no hematoma. Tele: NSR 70s, 6 beat run of VT at 1015, MD aware. Metoprolol 25 mg q6h,
last dose at 1200. Troponin trending down since yesterday. OOB to chair x3 today.
Cardiac rehab to see pt tomorrow. Last BM 10/27.
"""
CCU_TABLE: list[Row] = [
    ("10/30/2022", "DATE", "2022-10-30"),
    ("0700", "TIME", "2022-10-30T07:00"),
    ("1900", "TIME", "2022-10-30T19:00"),
    ("10/28", "DATE", "2022-10-28"),
    ("0900", "TIME", "2022-10-30T09:00"),
    ("1015", "TIME", "2022-10-30T10:15"),
    ("q6h", "SET", "PT6H"),
    ("1200", "TIME", "2022-10-30T12:00"),
    ("yesterday", "DATE", "2022-10-29"),
    ("today", "DATE", "2022-10-30"),
    ("tomorrow", "DATE", "2022-10-31"),
    ("10/27", "DATE", "2022-10-27"),
]

_CCU_SHIFT = ("0900", "1015", "1200")


def test_ccu_header_hours_and_deictic_days() -> None:
    """ "CCU NURSING NOTE 10/30/2022 0700-1900" dates the note (its hours are no code);
    "admitted 10/28", "since yesterday", "x3 today", "tomorrow" and "Last BM 10/27" count
    from it; "NSR 70s", "6 beat run", "25 mg" are no times."""
    assert _without(_mentions(CCU), *_CCU_SHIFT) == _without(CCU_TABLE, *_CCU_SHIFT)


@pytest.mark.xfail(
    strict=True,
    reason="after 'Pt admitted 10/28 s/p STEMI' chrono puts the shift's clock times "
    "('stopped at 0900', 'run of VT at 1015', 'last dose at 1200') on 10/28",
)
def test_ccu_shift_clock_times_are_the_notes_day() -> None:
    """ "stopped at 0900", "at 1015", "last dose at 1200" are times of the note's day."""
    assert [r for r in _mentions(CCU) if r[0] in _CCU_SHIFT] == [
        r for r in CCU_TABLE if r[0] in _CCU_SHIFT
    ]


# ---- a burn ICU note: since 2 AM, noon, NPO after midnight on a given day --------------------

BURN = """\
BURN ICU NURSING NOTE
04/05/2016

HD #10. 35% TBSA burns. Dressing changes BID, last done at 1000.
Tube feeds at 80 mL/hr since 2 AM, residuals < 100 every 4 hours.
Morphine PCA, 3 attempts in the last hour. Temp 38.9 at noon, cultures sent.
To OR for grafting on 4/7; NPO after midnight on 4/6.
"""
BURN_TABLE: list[Row] = [
    ("04/05/2016", "DATE", "2016-04-05"),
    ("HD #10", "DATE", "2016-04-05"),
    ("BID", "SET", "P1D"),
    ("1000", "TIME", "2016-04-05T10:00"),
    ("2 AM", "TIME", "2016-04-05T02:00"),
    ("every 4 hours", "SET", "PT4H"),
    ("the last hour", "DURATION", "PT1H"),
    ("noon", "TIME", "2016-04-05T12:00"),
    ("4/7", "DATE", "2016-04-07"),
    ("midnight on 4/6", "TIME", "2016-04-06T24:00"),
]


def test_burn_icu_note_last_done_at_a_time_and_midnight_on_a_day() -> None:
    """ "last done at 1000" is a time, not the year 1000; "midnight on 4/6" is one time;
    "35% TBSA", "80 mL/hr", "< 100", "3 attempts" and "Temp 38.9" are no times."""
    assert _mentions(BURN) == BURN_TABLE


# ---- a telemetry night shift: the shift runs past midnight -----------------------------------

TELE = """\
TELEMETRY NURSING NOTE 12/12/2023 1900-0700 shift

Received pt at 1900 from day RN. A-fib RVR to 140s at 2330, diltiazem 10 mg IV x1.
Slept well between vitals. Lasix 40 mg IV given at 0600, UOP 900 mL since.
Daily weight 78.2 kg, down 1.5 kg from yesterday. Plan for TEE tomorrow; NPO after midnight tonight.
"""
TELE_TABLE: list[Row] = [
    ("12/12/2023", "DATE", "2023-12-12"),
    ("1900", "TIME", "2023-12-12T19:00"),
    ("0700", "TIME", "2023-12-13T07:00"),
    ("1900", "TIME", "2023-12-12T19:00"),
    ("2330", "TIME", "2023-12-12T23:30"),
    ("0600", "TIME", "2023-12-13T06:00"),
    ("Daily", "SET", "P1D"),
    ("yesterday", "DATE", "2023-12-11"),
    ("tomorrow", "DATE", "2023-12-13"),
    ("midnight tonight", "TIME", "2023-12-12T24:00"),
]


def test_telemetry_night_shift_receives_the_patient_at_a_time() -> None:
    """ "1900-0700 shift" after the note's date is two times, not an identifier; "Received pt
    at 1900" and "RVR to 140s at 2330" are times; "0600" after 2330 is the next morning;
    "10 mg IV x1", "78.2 kg" and "900 mL" are no times; the "0700" closing the shift, before
    its start, is the morning after the note's date."""
    assert _mentions(TELE) == TELE_TABLE


# ---- a tokenized stepdown note: a steroid course, oxygen weaned this a.m. --------------------

STEPDOWN = """\
Stepdown nursing note 05/19/2011 .
Pt with COPD exacerbation , day 4 of prednisone , to complete 5 days .
Required 3L NC overnight , weaned to 2L NC this a.m. . Nebs q4h and q2h PRN .
Ambulated x 3 attempts with PT this afternoon , desat to 86 % .
Will continue to monitor over the next 24 hours .
"""
STEPDOWN_TABLE: list[Row] = [
    ("05/19/2011", "DATE", "2011-05-19"),
    ("day 4 of prednisone", "DATE", "2011-05-19"),
    ("5 days", "DURATION", "P5D"),
    ("overnight", "TIME", "2011-05-19TNI"),
    ("this a.m.", "TIME", "2011-05-19TMO"),
    ("q4h", "SET", "PT4H"),
    ("q2h", "SET", "PT2H"),
    ("this afternoon", "TIME", "2011-05-19TAF"),
    ("the next 24 hours", "DURATION", "PT24H"),
]


def test_stepdown_note_oxygen_and_attempts_are_no_times() -> None:
    """ "3L NC", "2L NC", "q2h PRN" (a set), "x 3 attempts" and "86 %" are no times; "to
    complete 5 days" is a duration, "over the next 24 hours" one too."""
    assert _without(_mentions(STEPDOWN), "day 4 of prednisone") == _without(
        STEPDOWN_TABLE, "day 4 of prednisone"
    )


def test_stepdown_note_day_of_a_named_drug_is_the_notes_day() -> None:
    """ "Pt with COPD exacerbation , day 4 of prednisone" is the note's day."""
    assert ("day 4 of prednisone", "DATE", "2011-05-19") in _mentions(STEPDOWN)


# ---- look-alikes: bedside numbers that are no times -------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "Pt on 2L NC, FiO2 40%, PEEP 5, RR 18.",
        "HR 110s, BP 120/80, I/O +500, UOP 30cc/hr.",
        "GCS 3T, RASS -2, 2+ pitting edema to bilateral LE.",
        "#20 G IV in L AC. Moved to bed 12.",
        "IV placement x3 attempts, unsuccessful.",
        "I / O : +500 / -200 .",
        "Vent : AC 450 x 14 , PEEP 8 , FiO2 50 % . RASS - 1 .",
        "Your confirmation code is 0730-1215.",
    ],
)
def test_bedside_look_alikes_yield_nothing(line: str) -> None:
    """Settings, vital signs, balances, scores, gauges, beds, counts and a code are no times
    under a nursing note's date."""
    assert _mentions("NURSING NOTE 03/14/2019\n" + line)[1:] == []
