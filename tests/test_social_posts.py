"""The posts of every social-media round (tests/test_social.py, tests/test_social_2.py ...
tests/test_social_12.py), each read as chrono is scored: genre news, the post time as the
document date. Each round's file holds its posts, with every expected mention, type and value
(``POSTS``), and the gaps chrono does not yet read (``UNMET``: strict expected failures with
their reason, so that a fix shows up); its module docstring says what kinds of post it covers.
The two checks are written here once for all of them.
"""

from __future__ import annotations

import pytest
import test_social
import test_social_2
import test_social_3
import test_social_4
import test_social_5
import test_social_6
import test_social_7
import test_social_8
import test_social_9
import test_social_10
import test_social_11
import test_social_12
from passages import Row, mentions

ROUNDS = {
    "r1": test_social,
    "r2": test_social_2,
    "r3": test_social_3,
    "r4": test_social_4,
    "r5": test_social_5,
    "r6": test_social_6,
    "r7": test_social_7,
    "r8": test_social_8,
    "r9": test_social_9,
    "r10": test_social_10,
    "r11": test_social_11,
    "r12": test_social_12,
}


def _mentions(text: str, dct: str | None) -> list[Row]:
    return mentions(text, dct=dct, genre="news")


@pytest.mark.parametrize(
    ("dct", "post", "expected"),
    [
        pytest.param(dct, post, table, id=f"{name}-{kind}")
        for name, module in ROUNDS.items()
        for kind, dct, post, table in module.POSTS
    ],
)
def test_social_posts_mentions_types_and_values(dct: str, post: str, expected: list[Row]) -> None:
    """Informal spellings, clock times, vague references, chat stamps and shouted days in
    posts, each with every mention, type and value."""
    assert _mentions(post, dct) == expected


@pytest.mark.parametrize(
    ("dct", "post", "expected"),
    [
        pytest.param(
            dct, post, table, id=f"{name}-{kind}", marks=pytest.mark.xfail(strict=True, reason=why)
        )
        for name, module in ROUNDS.items()
        for kind, dct, post, table, why in getattr(module, "UNMET", ())
    ],
)
def test_social_posts_chrono_does_not_yet_read(dct: str, post: str, expected: list[Row]) -> None:
    """Known gaps, kept as strict expected failures so that a fix shows up."""
    assert _mentions(post, dct) == expected
