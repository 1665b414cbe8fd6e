"""Vague and generic time references across genres: opinion columns, business news, local
histories and forum posts, dense with the words that name the present, the past or the future
without a date.

TimeML tags such a reference as a DATE valued PRESENT_REF, PAST_REF or FUTURE_REF, and a
stretch left uncounted as a DURATION with an X ("in recent months": PXM). What TimeBank (the
TBAQ gold) does with each decided the tables: "now" is tagged in "for now", "right now" and
"now that" alike (the adverb, not the phrase); "of late" is "lately"; "a while ago", "some time
ago" and "long ago" are a vague past as "years ago" is; "the old days" is "the past"; "the
present day" and "the present time" are the present, while "the present" before a noun is an
adjective ("the present system", "the present-day border") and names no time. TimeBank leaves
"at the moment", "for the time being", "the foreseeable future", "in the long run", "in the
meantime", "at that time", "back then", "in those days", a bare "soon", "later", "earlier" and
"previously announced" untagged, and so does chrono. Each passage was written for these tests;
weekdays are checked with ``datetime``.
"""

from __future__ import annotations

import pytest
from passages import mentions, news


def test_opinion_column_weighs_the_present_against_the_past_and_the_future() -> None:
    """A column: "these days", "of late" (as "lately"), "right now" (its "now"), "the present
    day" as a whole, "the old days", "the near future" and "the years ahead"; "the present
    system", "at the moment", "for the time being", "in the long run" and "the foreseeable
    future" are no times."""
    text = (
        "These days every town council wants a bike lane, and of late even the suburbs have "
        "joined in. Right now the city spends more on parking than on buses, a habit that runs "
        "from the old days of cheap petrol to the present day. The present system rewards "
        "drivers, and at the moment nobody at City Hall seems willing to change it. For the time "
        "being the mayor says the budget is frozen, but in the long run the numbers will force "
        "her hand. Fares will rise in the near future, and the deficit will stay with us for the "
        "foreseeable future. Councillors should plan for the years ahead."
    )
    assert news(text, "2019-03-14", "Thursday") == [
        ("These days", "DATE", "PRESENT_REF"),
        ("of late", "DATE", "PAST_REF"),
        ("now", "DATE", "PRESENT_REF"),
        ("the old days", "DATE", "PAST_REF"),
        ("the present day", "DATE", "PRESENT_REF"),
        ("the near future", "DATE", "FUTURE_REF"),
        ("the years ahead", "DATE", "FUTURE_REF"),
    ]


def test_business_story_counts_vague_stretches_as_durations() -> None:
    """Business news: "in recent months" (PXM), "the past decade" (P10Y), "the last few years"
    (PXY) are durations; "recently", "currently", "for now" and "now that" are the vague past
    and present; "soon", "later" and "previously announced" are no times."""
    text = (
        "Shares of Harlow Foods have slid in recent months as shoppers trade down. Over the past "
        "decade the grocer doubled its store count, but the last few years have been harder. "
        "The company recently closed 12 stores and currently employs 8,400 people. Now that "
        "rates are falling, analysts expect a rebound soon, though the previously announced "
        "buyback is on hold for now. The chief executive said more details would follow later."
    )
    assert news(text, "2024-02-21", "Wednesday") == [
        ("recent months", "DURATION", "PXM"),
        ("the past decade", "DURATION", "P10Y"),
        ("the last few years", "DURATION", "PXY"),
        ("recently", "DATE", "PAST_REF"),
        ("currently", "DATE", "PRESENT_REF"),
        ("Now", "DATE", "PRESENT_REF"),
        ("now", "DATE", "PRESENT_REF"),
    ]


def test_local_history_says_long_ago_and_leaves_its_anaphoric_times_alone() -> None:
    """A local history: "long ago" and "a long time ago" (a vague past), "for decades"
    (PXDE), "nowadays" and "the present time"; "in those days", "back then", "at that time",
    "in the meantime", "once upon a time" and "modern times" are no times chrono could place."""
    text = (
        "Long ago the valley was a lake, and a long time ago the first farmers drained it. In "
        "those days the mill was the only employer; back then a miller's wage fed a family of "
        "ten. At that time the river still flooded each spring, and for decades the village "
        "fought it with sandbags. In the meantime the railway came. Once upon a time, people "
        "say, a bear lived in the church tower. Nowadays the mill is a museum, and at the present "
        "time it has the oldest working wheel of modern times in the county."
    )
    assert mentions(text, dct="2022-06-01", genre="narrative") == [
        ("Long ago", "DATE", "PAST_REF"),
        ("a long time ago", "DATE", "PAST_REF"),
        ("each spring", "SET", "XXXX-SP"),
        ("decades", "DURATION", "PXDE"),
        ("Nowadays", "DATE", "PRESENT_REF"),
        ("the present time", "DATE", "PRESENT_REF"),
    ]


def test_forum_post_remembers_a_while_ago_and_some_time_ago() -> None:
    """A forum post: "a while ago", "some time ago", "the other day" and "lately" are the
    vague past, "right now" its "now"; "from time to time", "time after time", "a present" and
    a bare "earlier" are no times."""
    text = (
        "I bought this e-bike a while ago and posted about the battery some time ago. The other "
        "day it died again, and lately it barely holds a charge. Time after time the shop told me "
        "it was fine. I still ride it from time to time, but right now it is sitting in the shed. "
        "It was a present from my wife, so as I said earlier, I'd rather fix it."
    )
    assert news(text, "2021-11-08", "Monday") == [
        ("a while ago", "DATE", "PAST_REF"),
        ("some time ago", "DATE", "PAST_REF"),
        ("The other day", "DATE", "PAST_REF"),
        ("lately", "DATE", "PAST_REF"),
        ("now", "DATE", "PRESENT_REF"),
    ]


@pytest.mark.parametrize(
    ("text", "keep"),
    [
        ("The present crisis has deepened, the minister said.", []),
        ("Under the present constitution the president serves one term.", []),
        ("He reshuffled the present 22-member cabinet.", []),
        ("The river marks the present-day border.", []),
        ("The rally marked the birth of late party leader Sun.", []),
        ("Shares rose on the back of late buying.", []),
        ("As long ago as 1990 the board was warned.", ["1990"]),
        ("How long ago did the mill close?", []),
        ("Talks will resume soon, and details will follow later.", []),
        ("In the meantime, for the time being, nothing changes.", []),
    ],
)
def test_look_alikes_of_vague_references_name_no_time(text: str, keep: list[str]) -> None:
    """Look-alikes: "the present" before a noun, "of late" before a noun (the deceased, late
    buying), "as long ago as" (the year is the date) and "how long ago", "soon", "later", "in
    the meantime" and "for the time being" are not vague references."""
    assert [t for t, _, _ in news(text, "2023-09-12", "Tuesday")] == keep
