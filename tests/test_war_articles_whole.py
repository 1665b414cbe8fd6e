"""What every whole Wikipedia war article of tests/test_war_articles*.py must give, however it
is read: as a narrative; with ``genre="auto"`` and the page's retrieval date (the same rows,
but the present tense's "Today" is that date) or with no date at all; with its citations and
hatnotes taken out; and from its "Background" heading on (the lead summarises the war to its
end; the section that jumps back re-anchors from its own dates, so it gives the rows the whole
article ends with). Each round's file holds its articles, their tables and the phenomena of its
own; these checks are written once for all of them.
"""

from __future__ import annotations

import datetime as dt

import pytest
from passages import Row, from_heading, read_on, without_citations
from passages import mentions as _mentions
from test_war_articles import ARTICLES as ROUND_1
from test_war_articles_2 import ARTICLES as ROUND_2
from test_war_articles_3 import ARTICLES as ROUND_3
from test_war_articles_4 import ARTICLES as ROUND_4
from test_war_articles_5 import ARTICLES as ROUND_5

from chrono.extract import Extractor
from chrono.genre import choose_genre
from chrono.model import Genre

TODAY = "2024-06-15"
EXTRACTOR = Extractor()

ROUNDS = (
    ("r1", ROUND_1, "Background"),
    ("r2", ROUND_2, "Background"),
    ("r3", ROUND_3, "Background"),
    ("r4", ROUND_4, "== Background =="),
    ("r5", ROUND_5, "Background"),
)
ARTICLES = [
    pytest.param(*article.values, id=f"{name}-{article.id}")
    for name, articles, _ in ROUNDS
    for article in articles
]
# with the heading each round's articles open their look back with
BACKGROUND = [
    pytest.param(*article.values, heading, id=f"{name}-{article.id}")
    for name, articles, heading in ROUNDS
    for article in articles
    if heading in article.values[0]
]


@pytest.mark.parametrize(("text", "table"), ARTICLES)
def test_war_article_reads_as_its_table(text: str, table: list[Row]) -> None:
    """Each whole article read as a narrative gives every mention of its table, with its value."""
    assert _mentions(text, genre="narrative") == table


@pytest.mark.parametrize(("text", "table"), ARTICLES)
def test_auto_genre_with_a_retrieval_date_reads_the_article_as_a_narrative(
    text: str, table: list[Row]
) -> None:
    """With the page's retrieval date as DCT, ``genre="auto"`` reads each article as a
    narrative: the same rows, but "Today" in its last section is that date."""
    assert _mentions(text, dct=TODAY, genre="auto") == read_on(table, TODAY)
    assert choose_genre(EXTRACTOR.find(text), dt.date.fromisoformat(TODAY)) is Genre.NARRATIVE


@pytest.mark.parametrize(("text", "table"), ARTICLES)
def test_auto_genre_without_a_date_reads_the_article_as_a_narrative(
    text: str, table: list[Row]
) -> None:
    """With no document date at all, ``genre="auto"`` gives the table."""
    assert _mentions(text, genre="auto") == table


@pytest.mark.parametrize(("text", "table"), ARTICLES)
def test_citations_and_hatnotes_change_no_mention(text: str, table: list[Row]) -> None:
    """The article with its citations and hatnotes taken out reads the same."""
    assert _mentions(without_citations(text), genre="narrative") == table


@pytest.mark.parametrize(("text", "table", "heading"), BACKGROUND)
def test_the_background_section_owes_nothing_to_the_lead(
    text: str, table: list[Row], heading: str
) -> None:
    """The lead summarises the war to its end; the section that jumps back re-anchors from its
    own dates: read from its heading on, it gives the rows the whole article ends with."""
    rest = from_heading(text, heading)
    assert rest == table[len(table) - len(rest) :]
