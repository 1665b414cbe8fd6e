"""Values as TimeBank gives them: conventions its annotation applies consistently, each pinned
by passages written here in the style of the wire and Wall Street Journal copy TimeBank holds
(not copied from it), with the look-alikes that must keep their reading.

Each phenomenon was counted in the gold .tml files of /work/shared/corpora/tbaq before it was
fitted; the counts are in each test's docstring. Conventions the gold applies unevenly are not
fitted here (the session-16 report lists them). Each passage is read as chrono is scored:
genre "news", its date as the document date, its weekday checked with ``datetime``.
"""

from __future__ import annotations

from passages import news


def test_a_year_earlier_after_the_nine_months_is_the_year_before() -> None:
    """A report's nine months run from its year's start, three quarters: the same months a year
    back lie in the year before, not in the quarter named before them, so "a year earlier",
    "a year ago" and "year-earlier" after "For the nine months" are that year (TimeBank gives
    the year 6 times in 9 after nine months, the quarter twice, P9M once)."""
    text = (
        "Northfield Paper Co. said third-quarter net income rose 14% to $31.2 million, or 72 "
        "cents a share, from $27.4 million, or 63 cents a share, a year earlier. For the nine "
        "months, net rose 6% to $88.5 million from $83.5 million a year earlier."
    )
    assert news(text, "1989-10-24", "Tuesday") == [
        ("third-quarter", "DATE", "1989-Q3"),
        ("a year earlier", "DATE", "1988-Q3"),
        ("the nine months", "DURATION", "P9M"),
        ("a year earlier", "DATE", "1988"),
    ]


def test_a_year_ago_after_the_first_nine_months_in_the_next_sentence_is_the_year_before() -> None:
    """ "In the first nine months ... A year ago, ..." and "nine-month net ... from ... a year
    ago": the year before, in the sentence after the nine months too; "year-earlier" before its
    noun is read the same."""
    text = (
        "Harbor Savings Bank posted a third-quarter loss of $4.1 million, compared with a profit "
        "of $2.3 million a year ago. In the first nine months, the bank earned $1.8 million. A "
        "year ago, it had net income of $9.6 million. Cascade Foods Inc. said its quarter's "
        "profit was flat, and nine-month net fell to $12 million, compared with year-earlier "
        "net of $15.3 million."
    )
    assert news(text, "1989-11-02", "Thursday") == [
        ("third-quarter", "DATE", "1989-Q3"),
        ("a year ago", "DATE", "1988-Q3"),
        ("the first nine months", "DURATION", "P9M"),
        ("A year ago", "DATE", "1988"),
        ("nine-month", "DURATION", "P9M"),
        ("year-earlier", "DATE", "1988"),
    ]


def test_the_quarter_named_again_after_the_nine_months_is_compared_again() -> None:
    """Look-alikes: once the quarter is named again ("Sales in the quarter", "fourth-quarter
    results"), "a year earlier" is that quarter a year back again; a span of nine months that
    is no report's period ("a strike that lasted nine months") leaves the quarter in place."""
    text = (
        "For the nine months ended Sept. 30, Delmar Corp. earned $54 million. Sales in the "
        "quarter rose 5% to $410 million from $390 million a year earlier. Ridgeline Steel "
        "Corp. said fourth-quarter results would be hurt by a strike that lasted nine months; "
        "shipments in the quarter fell 20% from a year earlier."
    )
    assert news(text, "1989-10-26", "Thursday") == [
        ("the nine months", "DURATION", "P9M"),
        ("Sept. 30", "DATE", "1989-09-30"),
        ("the quarter", "DATE", "1989-Q3"),
        ("a year earlier", "DATE", "1988-Q3"),
        ("fourth-quarter", "DATE", "1989-Q4"),
        ("nine months", "DURATION", "P9M"),
        ("the quarter", "DATE", "1989-Q4"),
        ("a year earlier", "DATE", "1988-Q4"),
    ]


def test_a_year_earlier_after_a_year_ago_is_the_same_year() -> None:
    """A second comparison a year back is with the same period as the first: "from $72 million
    a year ago ... from $1.1 billion a year earlier" are both the year before, not the second
    a year before the first (TimeBank never gives "a year earlier" two years back; it gives
    the year of "a year ago" after it). Look-alikes: a count of years back moves the story
    ("Two years ago, ... A year earlier" is three years back), as a year named does ("In
    1987 ... A year earlier")."""
    text = (
        "Gulf Chemical Corp. said profit rose to $80 million from $72 million a year ago. "
        "Revenue climbed 9% to $1.2 billion from $1.1 billion a year earlier. Two years ago, "
        "the company sold its fertilizer unit; a year earlier, it had closed the unit's Texas "
        "plant. In 1985 it bought the unit. A year earlier, it had been spun off."
    )
    assert news(text, "1989-02-15", "Wednesday") == [
        ("a year ago", "DATE", "1988"),
        ("a year earlier", "DATE", "1988"),
        ("Two years ago", "DATE", "1987"),
        ("a year earlier", "DATE", "1986"),
        ("1985", "DATE", "1985"),
        ("A year earlier", "DATE", "1984"),
    ]


def test_a_year_ago_told_as_a_story_dates_what_follows() -> None:
    """Look-alikes of the comparison above: "A year ago" that opens what happened dates the
    story, so "That spring" and "Six months later" after it are of that year."""
    sold = (
        "A year ago, Tarrant Mills Inc. was sold to a group of investors. That spring, it "
        "closed two plants in Georgia."
    )
    assert news(sold, "1989-02-15", "Wednesday") == [
        ("A year ago", "DATE", "1988"),
        ("That spring", "DATE", "1988-SP"),
    ]
    cut = "A year ago, Bexley Corp. sold its printing unit. Six months later, it cut 400 jobs."
    assert news(cut, "1989-02-15", "Wednesday") == [
        ("A year ago", "DATE", "1988"),
        ("Six months later", "DATE", "1988"),
    ]
