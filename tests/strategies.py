"""Hypothesis strategies that build valid chrono model objects, and a few hand-built examples.

The strategies aim at the corners writers trip on: text with every Unicode category (lone
surrogates and control characters included), cells a spreadsheet would run as formulas,
iCalendar's special characters, dates from year 1 to 9999, naive and aware datetimes in fixed
offsets and in real zones, and mention spans that always slice back into their document text.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from hypothesis import strategies as st

from chrono.model import (
    AnchorKind,
    DctSource,
    Document,
    Event,
    Granularity,
    Instant,
    Mention,
    Mod,
    Span,
    Timeline,
    TimexType,
)

TRICKY_TEXTS = (
    "",
    "=1+1",
    "+33 1 23 45 67",
    "-2-3",
    "@SUM(A1:A9)",
    "\tindented",
    "\rcarriage return",
    '=HYPERLINK("http://x","y")',
    "a, b; c",
    "semi;colon,comma",
    "back\\slash\\",
    "line\nbreak",
    "crlf\r\nline",
    'quote "q"',
    "'already quoted",
    "\x00nul\x01\x7f",
    "\x85\u2028\u2029\x0b\x0c\x1c",
    "\ud800lone surrogate\udfff",
    "emoji 😀 and combining e\u0301",
    "é" * 80,
    "x" * 200,
)
"""Strings that break naive writers: formula triggers, separators, escapes, long lines."""

TIMEX_VALUES = (
    "2013-03-22",
    "2013-03-22T15:30",
    "2013-W11",
    "2013-Q1",
    "2013-SU",
    "2019-H1",
    "199",
    "19",
    "2",
    "P3Y",
    "PT2H",
    "XXXX-WXX-1",
    "PRESENT_REF",
    "T15:30",
    "-0043",
)

ZONE_NAMES = ("EDT", "EST", "GMT", "BST", "CEST", "JST", "PST", "IST", "UTC", "UTC+2", "edt ")
"""Zones as a text may name them: abbreviations with one IANA zone or several, offsets."""

RECURRENCES = (
    "FREQ=WEEKLY;BYDAY=MO",
    "FREQ=YEARLY;BYMONTH=3",
    "FREQ=DAILY;INTERVAL=2",
    "FREQ=WEEKLY;UNTIL=20231231T000000Z",
    "FREQ=MONTHLY;UNTIL=20240101",
    "not a rule",
    "",
)
"""RRULE values of anchored sets, with ``UNTIL`` in both forms, and two that are no rule."""

_ANY_CHAR = st.characters(exclude_categories=())  # every category, surrogates included


def texts(max_size: int = 40) -> st.SearchStrategy[str]:
    """Any Unicode text, often built around one of :data:`TRICKY_TEXTS`."""
    free = st.text(_ANY_CHAR, max_size=max_size)
    tricky = st.sampled_from(TRICKY_TEXTS)
    return st.one_of(free, tricky, st.tuples(tricky, free).map("".join))


def timezones() -> st.SearchStrategy[dt.tzinfo]:
    """UTC, fixed offsets (minutes, within a day) and IANA zones."""
    offsets = st.integers(min_value=-23 * 60 - 59, max_value=23 * 60 + 59).map(
        lambda minutes: dt.timezone(dt.timedelta(minutes=minutes))
    )
    return st.one_of(st.just(dt.UTC), offsets, st.timezones())


def date_intervals() -> st.SearchStrategy[tuple[dt.date, dt.date]]:
    """Half-open day intervals ``[start, end)`` anywhere in years 1..9999."""

    def build(start: dt.date, days: int) -> tuple[dt.date, dt.date]:
        end = min(start.toordinal() + days, dt.date.max.toordinal())
        return start, dt.date.fromordinal(end)

    starts = st.dates(max_value=dt.date.max - dt.timedelta(days=1))
    return st.builds(build, starts, st.integers(min_value=1, max_value=800))


def datetime_intervals() -> st.SearchStrategy[tuple[dt.datetime, dt.datetime]]:
    """Half-open time intervals, all naive (floating) or all aware, of up to two days."""

    def build(start: dt.datetime, length: dt.timedelta) -> tuple[dt.datetime, dt.datetime]:
        if start.tzinfo is None:
            return start, start + length
        # Step in UTC: wall-clock arithmetic across a DST change could go backwards.
        return start, (start.astimezone(dt.UTC) + length).astimezone(start.tzinfo)

    starts = st.datetimes(
        # Two years of margin keep every conversion to UTC inside datetime's range.
        min_value=dt.datetime(2, 1, 1),
        max_value=dt.datetime(9998, 12, 31),
        timezones=st.none() | timezones(),  # type: ignore[arg-type]  # None: naive datetimes
        allow_imaginary=False,
    )
    lengths = st.one_of(
        st.timedeltas(min_value=dt.timedelta(microseconds=1), max_value=dt.timedelta(days=2)),
        st.integers(min_value=1, max_value=48 * 60).map(lambda m: dt.timedelta(minutes=m)),
    )
    return st.builds(build, starts, lengths)


_DAY_OR_COARSER = [g for g in Granularity if not g.is_time_of_day]
_TIME_OF_DAY = [g for g in Granularity if g.is_time_of_day]


@st.composite
def intervals(draw: st.DrawFn) -> tuple[Granularity, Instant, Instant]:
    """A granularity and an interval of the matching kind (dates, or datetimes for times)."""
    if draw(st.booleans()):
        granularity = draw(st.sampled_from(_TIME_OF_DAY))
        start, end = draw(datetime_intervals())
        return granularity, start, end
    granularity = draw(st.sampled_from(_DAY_OR_COARSER))
    day_start, day_end = draw(date_intervals())
    return granularity, day_start, day_end


@st.composite
def documents(draw: st.DrawFn, doc_id: str) -> Document:
    """A document whose mentions' spans slice back into its text."""
    text = draw(texts(max_size=120))
    mentions = []
    for number in range(1, draw(st.integers(min_value=0, max_value=4)) + 1):
        start = draw(st.integers(min_value=0, max_value=len(text)))
        end = draw(st.integers(min_value=start, max_value=len(text)))
        mentions.append(
            Mention(
                id=f"{doc_id}.m{number}",
                span=Span(start=start, end=end),
                text=text[start:end],
                type=draw(st.sampled_from(TimexType)),
                value=draw(st.sampled_from(TIMEX_VALUES) | texts(max_size=10)),
                mod=draw(st.none() | st.sampled_from(Mod)),
                granularity=draw(st.none() | st.sampled_from(Granularity)),
                anchor=draw(st.sampled_from(AnchorKind)),
            )
        )
    dct = draw(st.none() | st.dates())
    return Document(
        id=doc_id,
        text=text,
        source=draw(texts(max_size=30)),
        dct=dct,
        dct_source=DctSource.NONE if dct is None else draw(st.sampled_from(DctSource)),
        language="en",
        mentions=mentions,
    )


@st.composite
def events_for(draw: st.DrawFn, doc: Document) -> list[Event]:
    """Events dated by the mentions of ``doc`` (none when it has no mention)."""
    if not doc.mentions:
        return []
    events = []
    chosen = draw(st.lists(st.sampled_from(doc.mentions), max_size=4))
    for number, mention in enumerate(chosen, start=1):
        granularity, start, end = draw(intervals())
        closing = draw(st.none() | st.sampled_from(doc.mentions))
        events.append(
            Event(
                id=f"{doc.id}.e{number}",
                document=doc.id,
                mention=mention.id,
                start=start,
                end=end,
                granularity=granularity,
                value=draw(st.sampled_from(TIMEX_VALUES)),
                mod=draw(st.none() | st.sampled_from(Mod)),
                title=draw(texts()),
                sentence=draw(texts(max_size=80)),
                span=mention.span,
                source=doc.source,
                mention_text=mention.text,
                end_mention=None if closing is None else closing.id,
                tz=draw(st.none() | st.sampled_from(ZONE_NAMES)),
                recurrence=draw(st.none() | st.sampled_from(RECURRENCES)),
            )
        )
    return events


def _sort_key(event: Event) -> tuple[dt.datetime, dt.datetime, str, int]:
    return (_comparable(event.start), _comparable(event.end), event.document, event.span.start)


def _comparable(instant: Instant) -> dt.datetime:
    if not isinstance(instant, dt.datetime):
        return dt.datetime.combine(instant, dt.time())
    if instant.utcoffset() is None:
        return instant
    return instant.astimezone(dt.UTC).replace(tzinfo=None)


@st.composite
def timelines(draw: st.DrawFn, max_documents: int = 3) -> Timeline:
    """A timeline of up to ``max_documents`` documents and their events, in timeline order."""
    count = draw(st.integers(min_value=0, max_value=max_documents))
    docs = [draw(documents(f"d{number}")) for number in range(1, count + 1)]
    events = [event for doc in docs for event in draw(events_for(doc))]
    return Timeline(documents=docs, events=sorted(events, key=_sort_key))


# Hand-built examples -------------------------------------------------------------------------

EXAMPLE_TEXT = (
    "The bridge opened on September 12, 2023. Work had begun in 2019. "
    "The meeting ended at 3:30 p.m. EDT on March 22, 2013."
)


def make_event(**changes: Any) -> Event:
    """An all-day event on 2023-09-12 in document ``d1``; keyword arguments replace fields."""
    fields: dict[str, Any] = {
        "id": "d1.e1",
        "document": "d1",
        "mention": "d1.m1",
        "start": dt.date(2023, 9, 12),
        "end": dt.date(2023, 9, 13),
        "granularity": Granularity.DAY,
        "value": "2023-09-12",
        "title": "The bridge opened",
        "sentence": "The bridge opened on September 12, 2023.",
        "span": Span(start=21, end=39),
        "source": "seeds/a.txt",
        "mention_text": "September 12, 2023",
    }
    fields.update(changes)
    return Event(**fields)


def make_timeline(*events: Event, dct: dt.date | None = dt.date(2023, 9, 12)) -> Timeline:
    """A one-document timeline (``d1``, ``seeds/a.txt``) holding ``events``."""
    doc = Document(
        id="d1",
        text=EXAMPLE_TEXT,
        source="seeds/a.txt",
        dct=dct,
        dct_source=DctSource.NONE if dct is None else DctSource.OPTION,
        mentions=[
            Mention(
                id="d1.m1",
                span=Span(start=21, end=39),
                text="September 12, 2023",
                type=TimexType.DATE,
                value="2023-09-12",
                granularity=Granularity.DAY,
            ),
            Mention(
                id="d1.m2",
                span=Span(start=59, end=63),
                text="2019",
                type=TimexType.DATE,
                value="2019",
                granularity=Granularity.YEAR,
            ),
            Mention(
                id="d1.m3",
                span=Span(start=86, end=117),
                text="3:30 p.m. EDT on March 22, 2013",
                type=TimexType.TIME,
                value="2013-03-22T15:30-04:00",
                granularity=Granularity.MINUTE,
            ),
            Mention(
                id="d1.m4",
                span=Span(start=0, end=0),
                text="",
                type=TimexType.DURATION,
                value="P3Y",
                anchor=AnchorKind.NONE,
            ),
        ],
    )
    return Timeline(documents=[doc], events=list(events))


def example_timeline() -> Timeline:
    """The three events of :data:`EXAMPLE_TEXT`: a day, a year and an aware time."""
    edt = dt.timezone(dt.timedelta(hours=-4))
    return make_timeline(
        make_event(
            id="d1.e3",
            mention="d1.m3",
            start=dt.datetime(2013, 3, 22, 15, 30, tzinfo=edt),
            end=dt.datetime(2013, 3, 22, 15, 31, tzinfo=edt),
            granularity=Granularity.MINUTE,
            value="2013-03-22T15:30-04:00",
            title="The meeting ended",
            sentence="The meeting ended at 3:30 p.m. EDT on March 22, 2013.",
            span=Span(start=86, end=117),
            mention_text="3:30 p.m. EDT on March 22, 2013",
            tz="EDT",
        ),
        make_event(
            id="d1.e2",
            mention="d1.m2",
            start=dt.date(2019, 1, 1),
            end=dt.date(2020, 1, 1),
            granularity=Granularity.YEAR,
            value="2019",
            title="Work had begun",
            sentence="Work had begun in 2019.",
            span=Span(start=59, end=63),
            mention_text="2019",
        ),
        make_event(),
    )


# (sentence, mention text, start, end, granularity, value, mod, title, extra fields)
# fmt: off
_SHOWCASE_NOTES: tuple[tuple[Any, ...], ...] = (
    ("In the mid-1990s the town boomed.", "the mid-1990s", dt.date(1990, 1, 1),
     dt.date(2000, 1, 1), Granularity.DECADE, "199", Mod.MID, "the town boomed", {}),
    ("It rained in the summer of 2019.", "the summer of 2019", dt.date(2019, 6, 1),
     dt.date(2019, 9, 1), Granularity.SEASON, "2019-SU", None, "It rained", {}),
    ("Sales fell in Q3 2005.", "Q3 2005", dt.date(2005, 7, 1), dt.date(2005, 10, 1),
     Granularity.QUARTER, "2005-Q3", None, "Sales fell", {}),
    ("They met in the first half of 2019.", "the first half of 2019", dt.date(2019, 1, 1),
     dt.date(2019, 7, 1), Granularity.HALF, "2019-H1", None, "They met", {}),
    ("The week of March 11, 2024 was busy.", "The week of March 11, 2024",
     dt.date(2024, 3, 11), dt.date(2024, 3, 18), Granularity.WEEK, "2024-W11", None,
     "The week was busy", {}),
    ("The town was founded around 1850.", "around 1850", dt.date(1850, 1, 1),
     dt.date(1851, 1, 1), Granularity.YEAR, "1850", Mod.APPROX, "The town was founded", {}),
    ("Nothing happened before 2019.", "before 2019", dt.date(2019, 1, 1), dt.date(2020, 1, 1),
     Granularity.YEAR, "2019", Mod.BEFORE, "Nothing happened", {}),
    ("From 2009 to 2010 they built it.", "2009 to 2010", dt.date(2009, 1, 1),
     dt.date(2011, 1, 1), Granularity.YEAR, "2009/2010", None, "they built it",
     {"end_mention": "d2.m8"}),
    ("They dug from March to May 2019.", "March to May 2019", dt.date(2019, 3, 1),
     dt.date(2019, 6, 1), Granularity.MONTH, "2019-03/2019-05", None, "They dug",
     {"end_mention": "d2.m9"}),
    ("The fair ran from 3 to 5 March 2021.", "3 to 5 March 2021", dt.date(2021, 3, 3),
     dt.date(2021, 3, 6), Granularity.DAY, "2021-03-03/2021-03-05", None, "The fair ran",
     {"end_mention": "d2.m10"}),
    ("The talk ran from 3 p.m. to 5 p.m. on September 11, 2023.",
     "3 p.m. to 5 p.m. on September 11, 2023", dt.datetime(2023, 9, 11, 15),
     dt.datetime(2023, 9, 11, 18), Granularity.HOUR, "2023-09-11T15/2023-09-11T17", None,
     "The talk ran", {"end_mention": "d2.m11"}),
    ("They left on Monday morning.", "Monday morning", dt.datetime(2023, 9, 11, 6),
     dt.datetime(2023, 9, 11, 12), Granularity.PART_OF_DAY, "2023-09-11TMO", None,
     "They left", {}),
    ("In the 19th century it was a farm.", "the 19th century", dt.date(1800, 1, 1),
     dt.date(1900, 1, 1), Granularity.CENTURY, "18", None, "it was a farm", {}),
    ("It snowed in winter 2013.", "winter 2013", dt.date(2013, 12, 1), dt.date(2014, 3, 1),
     Granularity.SEASON, "2013-WI", None, "It snowed", {}),
    ("<b>Fish & chips</b> sold out at the Café on 1 April 2020.", "1 April 2020",
     dt.date(2020, 4, 1), dt.date(2020, 4, 2), Granularity.DAY, "2020-04-01", None,
     '=HYPERLINK("http://x","Fish & chips")', {}),
)
# fmt: on


def showcase_timeline() -> Timeline:
    """Two documents whose events cover every shape a writer must name: the three events of
    :func:`example_timeline`, and in ``d2`` (``notes/b.txt``, no DCT) a decade with a mod,
    seasons (winter spans the new year), a quarter, a half, a week, an approximate year, a
    bound, ranges of years, months, days and hours, a part of the day, a century, and a title
    that is a spreadsheet formula beside a sentence holding HTML and non-ASCII text."""
    text = " ".join(note[0] for note in _SHOWCASE_NOTES)
    events = list(example_timeline().events)
    mentions = []
    offset = 0
    for number, note in enumerate(_SHOWCASE_NOTES, start=1):
        sentence, mention, start, end, granularity, value, mod, title, extra = note
        begin = text.index(mention, offset)
        offset = text.index(sentence, offset) + len(sentence)
        span = Span(start=begin, end=begin + len(mention))
        kind = TimexType.TIME if isinstance(start, dt.datetime) else TimexType.DATE
        mentions.append(
            Mention(
                id=f"d2.m{number}",
                span=span,
                text=mention,
                type=kind,
                value=value,
                mod=mod,
                granularity=granularity,
            )
        )
        events.append(
            Event(
                id=f"d2.e{number}",
                document="d2",
                mention=f"d2.m{number}",
                start=start,
                end=end,
                granularity=granularity,
                value=value,
                mod=mod,
                title=title,
                sentence=sentence,
                span=span,
                source="notes/b.txt",
                mention_text=mention,
                **extra,
            )
        )
    notes = Document(id="d2", text=text, source="notes/b.txt", mentions=mentions)
    return Timeline(
        documents=[*example_timeline().documents, notes], events=sorted(events, key=_sort_key)
    )


# Text for the extractor ----------------------------------------------------------------------

_DATE_WORDS = """
    January February March April May June July August September October November December
    Jan. Feb Mar. Apr Jun. Jul Aug. Sep Sept. Oct. Nov Dec. jan sept MAY march
    Monday Tuesday Wednesday Thursday Friday Saturday Sunday Fri. mon
    may might march ago later earlier before after since until by
    today yesterday tomorrow tonight now currently recently formerly future
    this last next past coming previous following same that the a an of in on at
    early mid late beginning end start first second third half quarter
    day days week weeks month months year years decade decades century weekend
    morning afternoon evening night noon midnight a.m. p.m. am pm GMT EDT UTC BST
    spring summer fall autumn winter Q1 Q3 H2 1990s '90s 19th 3rd 21st 1st
    every each daily weekly annually from to between and through -
    two three several 10 12 31 48 2019 2023 1989 0 00 9999 1 747 COVID-19
"""

DATE_TOKENS = (
    *_DATE_WORDS.split(),
    "2023-09-12",
    "09/12/2023",
    "25/12/23",
    "3:30",
    "15:00",
    "12:00:00",
    "2009-2010",
    "[September 12, 2023]",
    "Published:",
    "$5",
    "50%",
    "v2.1.0",
    "3-2",
    # shapes this session's rules react to
    "ET",
    "PT",
    "from 3 p.m. to 7 p.m. ET",
    "from 4 to 7 p.m.",
    "half past two",
    "a quarter to five",
    "EOD",
    "2015–present",
    "every year on 1 July",
    "every Monday at 9 a.m.",
    "Eid",
    "Ramadan",
    "2024-W11",
    "12.3.24",
    "12-Mar-2024",
    "at 3",
    "04:30 on",
    "Mon, 5 Feb 2024 10:00:00 +0000",
    "Independence Day",
    "the 12th of next month",
)
"""Words, numbers and shapes the rules react to, true positives and negatives alike."""

_SEPARATORS = (" ", " ", " ", "", ", ", ". ", "\n", "\r\n", "-", "–", "/", ":", " (", ") ", "'s ")


@st.composite
def date_like_texts(draw: st.DrawFn, max_tokens: int = 30) -> str:
    """Text built from :data:`DATE_TOKENS`, numbers and stray Unicode, with odd separators."""
    token = st.sampled_from(DATE_TOKENS)
    pieces = st.one_of(
        token,  # listed three times: one_of picks a branch uniformly, and tokens matter most
        token,
        token,
        st.integers(min_value=0, max_value=10000).map(str),
        st.text(_ANY_CHAR, max_size=3),
    )
    tokens = draw(st.lists(pieces, max_size=max_tokens))
    separators = draw(
        st.lists(st.sampled_from(_SEPARATORS), min_size=len(tokens), max_size=len(tokens))
    )
    return "".join(sep + token for sep, token in zip(separators, tokens, strict=True))


@st.composite
def ascii_cue_texts(draw: st.DrawFn, words: Sequence[str], max_tokens: int = 25) -> str:
    """ASCII sentences made of a cue's own ``words`` (their case shuffled now and then),
    :data:`CUE_TOKENS` and date-like tokens, with ASCII separators: text that the cues'
    dispatch of their alternatives reads (see :class:`chrono.extract.cue_starts.Dispatch`)."""
    ascii_tokens = [t for t in (*CUE_TOKENS, *DATE_TOKENS) if t.isascii()]
    word = st.sampled_from(words)
    pieces = st.one_of(
        word, word, word.map(str.upper), word.map(str.title), st.sampled_from(ascii_tokens)
    )
    tokens = draw(st.lists(pieces, max_size=max_tokens))
    spaces = [sep for sep in _SEPARATORS if sep.isascii()] + ["\t", "  ", "'ll ", "'re "]
    separators = draw(st.lists(st.sampled_from(spaces), min_size=len(tokens), max_size=len(tokens)))
    return "".join(sep + token for sep, token in zip(separators, tokens, strict=True))


def extractor_texts() -> st.SearchStrategy[str]:
    """Any Unicode text, or date-like text: what the extractor must survive."""
    return st.one_of(st.text(_ANY_CHAR, max_size=80), date_like_texts())


_CUE_WORDS = """
will would could should must may might shall won't can't cannot gonna
we'll they’ll it'll I'm we're let's please expected expects plans to scheduled
next upcoming said was were had did went ago last earlier already killed agreed
is likely are due in effect Sunny Mostly cloudy looks warmer has an appointment
returns resume meets opens kicks off takes effect to by on Monday Friday March
the of in a and that January had been be being not the weekend 7/4 q&a webinar
Check Recheck F/u RTC EDD LMP given done ſhall Kill İs ıs WİLL wiLL NEXT
"""
CUE_TOKENS = (
    *_CUE_WORDS.split(),
    "Hunt to cut national insurance on Wednesday",
    "Storms will arrive by Friday",
    "She said it would end in May",
)
"""Words and phrases the tense cues (``future``, ``past`` in tense.toml) begin with or need
after them, in odd cases and Unicode case folds ("ſhall", "K" is the Kelvin sign)."""


@st.composite
def cue_texts(draw: st.DrawFn, max_tokens: int = 25) -> str:
    """Text built from :data:`CUE_TOKENS`, date-like tokens and stray Unicode."""
    token = st.sampled_from(CUE_TOKENS)
    pieces = st.one_of(
        token, token, token, st.sampled_from(DATE_TOKENS), st.text(_ANY_CHAR, max_size=3)
    )
    tokens = draw(st.lists(pieces, max_size=max_tokens))
    separators = draw(
        st.lists(st.sampled_from(_SEPARATORS), min_size=len(tokens), max_size=len(tokens))
    )
    return "".join(sep + token for sep, token in zip(separators, tokens, strict=True))
