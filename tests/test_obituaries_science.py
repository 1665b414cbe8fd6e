"""Held-out genres: obituaries and scientific or medical abstracts.

Each passage was written for these tests in the style of its genre: a newspaper's paid death
notice and its news obituary (run as news, with the day of publication as the document date),
and the abstracts of clinical and laboratory papers (no document date: an abstract carries
its own years). The tables pin the (text, TIMEX3 type, value) TimeBank would give.
Conventions decided here:

* an age ("Mary Smith, 87", "at the age of 87") is no time; "mean age 64.3 years" is a
  duration, as TimeBank tags "47 years old";
* life dates "(1936–2024)" are two years;
* a year in a citation ("(Smith et al., 2019)") is a DATE: TimeML tags every year, and a
  timeline that wants no citations can drop them by their bracket;
* "30-day mortality", "12-month follow-up", "a 24-hour urine" are durations (TimeBank tags
  "30-year" of "30-year bonds"); "at baseline" and "Phase 3" are none;
* statistics ("p < 0.05", "95% CI 1.2–3.4", "IC50", "n = 1,204") and names ("COVID-19",
  "NCT01234567") are no times.

The visiting hours of a notice ("Thursday from 4 to 7 p.m.") are pinned where hour ranges are.
"""

from __future__ import annotations

import pytest
from passages import Row, mentions


def _notice(text: str, dct: str) -> list[Row]:
    return mentions(text, dct=dct, genre="news")


def _abstract(text: str) -> list[Row]:
    return mentions(text, genre="news")


# ---- obituaries -----------------------------------------------------------------------------


def test_a_death_notice_dates_a_life_and_the_services_ahead() -> None:
    """ "died peacefully on Saturday, March 2, 2024", "Born June 14, 1936", "taught for 34 years",
    "her husband of 52 years"; "a funeral Mass at 10 a.m. Friday" is the Friday ahead; the age
    "87" is no date."""
    text = (
        "Mary Ellen Smith, 87, of Springfield, died peacefully on Saturday, March 2, 2024. "
        "Born June 14, 1936, in Toledo, she taught for 34 years at Lincoln Elementary. She is "
        "survived by two sons; predeceased by her husband of 52 years, Robert. A funeral Mass "
        "will be celebrated at 10 a.m. Friday at St. Mary's Church."
    )
    assert _notice(text, "2024-03-06") == [  # a Wednesday
        ("Saturday, March 2, 2024", "DATE", "2024-03-02"),
        ("June 14, 1936", "DATE", "1936-06-14"),
        ("34 years", "DURATION", "P34Y"),
        ("52 years", "DURATION", "P52Y"),
        ("10 a.m. Friday", "TIME", "2024-03-08T10:00"),
    ]


def test_life_dates_a_career_and_services_on_saturday() -> None:
    """ "(1936–2024)" two years, "passed away Monday" the Monday before, "from 1954 to 1957",
    "after 40 years", "at 11 a.m. Saturday" ahead; "at the age of 87" no time."""
    text = (
        "John A. Doe (1936–2024) passed away Monday at the age of 87. He served in the Army "
        "from 1954 to 1957 and retired in 1998 after 40 years at Ford. Services will be held "
        "at 11 a.m. Saturday."
    )
    assert _notice(text, "2024-03-06") == [  # a Wednesday
        ("1936", "DATE", "1936"),
        ("2024", "DATE", "2024"),
        ("Monday", "DATE", "2024-03-04"),
        ("1954", "DATE", "1954"),
        ("1957", "DATE", "1957"),
        ("1998", "DATE", "1998"),
        ("40 years", "DURATION", "P40Y"),
        ("11 a.m. Saturday", "TIME", "2024-03-09T11:00"),
    ]


def test_a_notice_with_a_marriage_and_a_service_at_a_later_date() -> None:
    """ "in 1958", "on Aug. 9, 1959", "a later date"; donations and interment name no time."""
    text = (
        "She graduated from Ohio State in 1958 and married Robert on Aug. 9, 1959. In lieu of "
        "flowers, donations may be made to the American Heart Association. Interment will "
        "follow at Calvary Cemetery. A celebration of life will be held at a later date."
    )
    assert _notice(text, "2024-03-06") == [  # a Wednesday
        ("1958", "DATE", "1958"),
        ("Aug. 9, 1959", "DATE", "1959-08-09"),
        ("a later date", "DATE", "FUTURE_REF"),
    ]


def test_a_news_obituary_tells_a_life_in_years() -> None:
    """A news obituary: "died on Tuesday", "Born in 1941", "30 years", "in 2001", "He was 82"
    (no time), "the 1970s"."""
    text = (
        "Frank Brown, a firefighter who led the rescue at the Grand Hotel fire in 1979, died "
        "on Tuesday at his home in Dayton. He was 82. Born in 1941, he joined the department "
        "in the 1960s and spent 30 years with it before retiring in 2001."
    )
    assert _notice(text, "2024-03-08") == [  # a Friday
        ("1979", "DATE", "1979"),
        ("Tuesday", "DATE", "2024-03-05"),
        ("1941", "DATE", "1941"),
        ("the 1960s", "DATE", "196"),
        ("30 years", "DURATION", "P30Y"),
        ("2001", "DATE", "2001"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Mary Ellen Smith, 87, of Springfield, is survived by 12 grandchildren.",
        "He died at the age of 87 in Room 1204 of St. Luke's.",
        "Memorials may be made to Hospice of Dayton, 324 Wilmington Ave., Dayton, OH 45420.",
        "She was a member of Local 1199 and of VFW Post 2024.",
    ],
)
def test_notice_look_alikes_yield_nothing(text: str) -> None:
    """Ages, rooms, street numbers, zip codes and lodge numbers are no times."""
    assert _notice(text, "2024-03-06") == []


# ---- scientific and medical abstracts ---------------------------------------------------


def test_a_cohort_abstract_enrolment_follow_up_and_outcomes() -> None:
    """ "between January 2015 and December 2019", "a median of 4.2 years", "at 6 weeks, 3 months
    and annually thereafter", "30-day mortality", "12-month follow-up", "a 24-hour urine"; "at
    baseline" is none."""
    text = (
        "Patients were enrolled between January 2015 and December 2019 and followed for a "
        "median of 4.2 years. Assessments were performed at baseline, at 6 weeks, 3 months and "
        "annually thereafter. The primary outcome was 30-day mortality; secondary outcomes "
        "included 12-month follow-up and a 24-hour urine collection."
    )
    assert _abstract(text) == [
        ("January 2015", "DATE", "2015-01"),
        ("December 2019", "DATE", "2019-12"),
        ("4.2 years", "DURATION", "P4.2Y"),
        ("6 weeks", "DURATION", "P6W"),
        ("3 months", "DURATION", "P3M"),
        ("annually", "SET", "P1Y"),
        ("30-day", "DURATION", "P30D"),
        ("12-month", "DURATION", "P12M"),
        ("24-hour", "DURATION", "PT24H"),
    ]


def test_a_structured_abstract_with_its_headings() -> None:
    """ "over the past two decades", "from 2010 to 2020", "7 days", "at 90 days", "within 1 hour",
    "28-day"; "IQR 4–12" is no range of dates."""
    text = (
        "Background: The incidence of sepsis has increased over the past two decades. "
        "Methods: We conducted a retrospective cohort study of adults admitted from 2010 to "
        "2020. Results: Median length of stay was 7 days (IQR 4–12). Mortality at 90 days was "
        "18%. Conclusions: Antibiotics within 1 hour reduced 28-day mortality."
    )
    assert _abstract(text) == [
        ("the past two decades", "DURATION", "P20Y"),
        ("2010", "DATE", "2010"),
        ("2020", "DATE", "2020"),
        ("7 days", "DURATION", "P7D"),
        ("90 days", "DURATION", "P90D"),
        ("1 hour", "DURATION", "PT1H"),
        ("28-day", "DURATION", "P28D"),
    ]


def test_a_laboratory_abstract_dosing_and_sampling_times() -> None:
    """ "twice daily for 14 days", "48 h", "6.5 hours"; a temperature is no time."""
    text = (
        "Mice were treated twice daily for 14 days. Cells were incubated for 48 h at 37 °C. "
        "The half-life was 6.5 hours."
    )
    assert _abstract(text) == [
        ("twice daily", "SET", "P1D"),
        ("14 days", "DURATION", "P14D"),
        ("48 h", "DURATION", "PT48H"),
        ("6.5 hours", "DURATION", "PT6H30M"),
    ]


def test_citations_are_years_and_statistics_are_none() -> None:
    """ "(Smith et al., 2019; Jones 2021)" are two years; "IC50", "p < 0.05", "95% CI 1.2–3.4",
    "Phase 3", "COVID-19" are no times; "mean age 64.3 years" is a duration, "2018–2019" two
    years."""
    text = (
        "The IC50 was 12 nM (p < 0.05; 95% CI 1.2–3.4). This Phase 3 trial of COVID-19 "
        "patients confirmed earlier findings (Smith et al., 2019; Jones 2021). Participants "
        "(n = 1,204; mean age 64.3 years) were randomized 1:1, and data were collected in "
        "2018–2019."
    )
    assert _abstract(text) == [
        ("2019", "DATE", "2019"),
        ("2021", "DATE", "2021"),
        ("64.3 years", "DURATION", "P64.3Y"),
        ("2018", "DATE", "2018"),
        ("2019", "DATE", "2019"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "The IC50 was 12 nM (p < 0.05; 95% CI 1.2–3.4).",
        "This Phase 3 trial enrolled COVID-19 patients (NCT01234567).",
        "Participants (n = 1,204) were randomized 1:1; HR 0.82 (0.71–0.95).",
        "Assessments were performed at baseline and at the end of treatment.",
        "Samples were stored at −80 °C; the OR was 2.1 (1.2–3.4).",
        "Grade 3 or 4 adverse events occurred in 12.5% of patients (P = 0.003).",
    ],
)
def test_abstract_look_alikes_yield_nothing(text: str) -> None:
    """Statistics, trial phases and registrations, disease names, ratios and temperatures are no
    times."""
    assert _abstract(text) == []
