"""TempEval-3 scoring, error listing and evaluation (chrono.timeml)."""

from __future__ import annotations

import datetime as dt
import json
import shutil
import sys
import types
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import pytest

from chrono.errors import InputError
from chrono.model import Document, Mention, Mod, Span, TimexType
from chrono.timeml import (
    ErrorKind,
    GoldDocument,
    GoldTimex,
    errors,
    evaluate,
    format_errors_text,
    read_timeml,
    score,
)

FIXTURES = Path(__file__).parent / "fixtures" / "timeml"
TEXT = "On Monday, 8 January 1998, for two weeks, every day, at 9 pm sharp."
D, T, U, S = TimexType.DATE, TimexType.TIME, TimexType.DURATION, TimexType.SET


def _at(needle: str) -> Span:
    start = TEXT.index(needle)
    return Span(start=start, end=start + len(needle))


def gold(needle: str, type_: TimexType = D, value: str = "1998-01-08") -> GoldTimex:
    return GoldTimex(span=_at(needle), type=type_, value=value, text=needle)


def pred(
    needle: str, type_: TimexType = D, value: str = "1998-01-08", mod: Mod | None = None
) -> Mention:
    return Mention(
        id=f"m-{needle}", span=_at(needle), text=needle, type=type_, value=value, mod=mod
    )


def as_pred(timex: GoldTimex) -> Mention:
    return Mention(
        id=timex.tid or timex.text,
        span=timex.span,
        text=timex.text,
        type=timex.type,
        value=timex.value,
        mod=timex.mod,
    )


GOLD = (
    gold("Monday, 8 January 1998"),
    gold("two weeks", U, "P2W"),
    gold("every day", S, "P1D"),
    gold("9 pm", T, "1998-01-08T21:00"),
)


def test_gold_against_itself_scores_one_everywhere() -> None:
    """Gold scored against itself is 1.0 for every figure, overall and per type."""
    scores = score([(GOLD, [as_pred(g) for g in GOLD])])
    for figure in (
        "strict_precision",
        "strict_recall",
        "strict_f1",
        "relaxed_precision",
        "relaxed_recall",
        "relaxed_f1",
        "type_accuracy",
        "value_accuracy",
        "type_f1",
        "value_f1",
    ):
        assert getattr(scores, figure) == 1.0, figure
    assert [row.type for row in scores.per_type] == [D, T, U, S]
    for row in scores.per_type:
        assert (row.gold, row.predicted) == (1, 1)
        assert (row.precision, row.recall, row.f1, row.value_accuracy) == (1.0, 1.0, 1.0, 1.0)


def test_shifted_span_is_relaxed_not_strict() -> None:
    """A prediction overlapping gold with other offsets counts for relaxed, not strict."""
    scores = score([([gold("Monday, 8 January 1998")], [pred("8 January 1998")])])
    assert (scores.strict_matches, scores.relaxed_matches) == (0, 1)
    assert scores.strict_f1 == 0.0
    assert scores.relaxed_f1 == 1.0
    assert scores.value_f1 == 1.0


def test_spurious_mention_lowers_precision_only() -> None:
    """An extra prediction lowers precision; recall and the attribute accuracies stay 1.0."""
    scores = score([(GOLD, [*map(as_pred, GOLD), pred("sharp", value="X")])])
    assert scores.relaxed_precision == scores.strict_precision == 4 / 5
    assert scores.relaxed_recall == scores.strict_recall == 1.0
    assert scores.relaxed_f1 == pytest.approx(2 * 0.8 / 1.8)
    assert (scores.type_accuracy, scores.value_accuracy) == (1.0, 1.0)


def test_missed_gold_lowers_recall_only() -> None:
    """A gold expression nobody predicted lowers recall; precision stays 1.0."""
    scores = score([(GOLD, [as_pred(g) for g in GOLD[:3]])])
    assert scores.relaxed_recall == 3 / 4
    assert scores.relaxed_precision == 1.0


def test_wrong_value_lowers_value_accuracy_not_span_f1() -> None:
    """A matched prediction with a wrong value lowers value accuracy and value F1 only."""
    predicted = [as_pred(g) for g in GOLD]
    predicted[1] = pred("two weeks", U, "P14D")
    scores = score([(GOLD, predicted)])
    assert (scores.strict_f1, scores.relaxed_f1, scores.type_accuracy) == (1.0, 1.0, 1.0)
    assert scores.value_accuracy == 3 / 4
    assert scores.value_f1 == 3 / 4
    duration = next(row for row in scores.per_type if row.type is U)
    assert (duration.f1, duration.value_accuracy) == (1.0, 0.0)


def test_value_comparison_is_trimmed_case_folded_and_ignores_mod() -> None:
    """Values match after trimming and upper-casing; a different mod does not matter."""
    scores = score(
        [([gold("two weeks", U, "P2W")], [pred("two weeks", U, " p2w ", mod=Mod.APPROX)])]
    )
    assert scores.value_accuracy == 1.0


def test_two_predictions_in_one_gold_count_once() -> None:
    """Relaxed matching is one-to-one: a second prediction inside the same gold is spurious."""
    scores = score([([gold("Monday, 8 January 1998")], [pred("Monday"), pred("8 January 1998")])])
    assert scores.relaxed_matches == 1
    assert (scores.relaxed_precision, scores.relaxed_recall) == (0.5, 1.0)


def test_one_prediction_over_two_golds_matches_the_larger_overlap() -> None:
    """A prediction spanning two gold expressions matches the one it overlaps most."""
    golds = [gold("Monday"), gold("8 January 1998")]
    (found,) = errors([(_doc(golds), [pred("Monday, 8 January 1998")])])[:1]
    assert found.kind is ErrorKind.MISS
    assert found.gold == golds[0]


def test_type_mismatch_counts_in_type_accuracy_and_per_type_rows() -> None:
    """A wrong type lowers type F1; per-type recall follows gold, precision the prediction."""
    scores = score([([gold("two weeks", U, "P2W")], [pred("two weeks", D, "P2W")])])
    assert (scores.relaxed_f1, scores.type_accuracy, scores.type_f1) == (1.0, 0.0, 0.0)
    rows = {row.type: row for row in scores.per_type}
    assert set(rows) == {D, U}
    assert (rows[U].gold, rows[U].predicted, rows[U].recall, rows[U].precision) == (1, 0, 1.0, 0.0)
    assert (rows[D].gold, rows[D].predicted, rows[D].recall, rows[D].precision) == (0, 1, 0.0, 1.0)


def test_scores_are_micro_averaged() -> None:
    """Counts are summed over documents before the ratios are taken."""
    scores = score(
        [
            (GOLD, [as_pred(g) for g in GOLD]),  # 4/4 found
            ([gold("Monday")], []),  # 0/1 found
        ]
    )
    assert scores.documents == 2
    assert (scores.gold, scores.predicted, scores.relaxed_matches) == (5, 4, 4)
    assert scores.relaxed_recall == 4 / 5


def test_nothing_to_score_gives_zeros() -> None:
    """No gold and no predictions: every ratio is 0.0 and the per-type table is empty."""
    scores = score([((), ())])
    assert (scores.relaxed_f1, scores.strict_f1, scores.value_accuracy) == (0.0, 0.0, 0.0)
    assert scores.per_type == ()


def test_to_dict_is_json_ready_and_format_text_shows_figures() -> None:
    """to_dict() survives json.dumps with every figure; format_text() is a readable table."""
    predicted = [as_pred(g) for g in GOLD]
    predicted[0] = pred("8 January 1998")
    scores = score([(GOLD, predicted)])
    data = json.loads(json.dumps(scores.to_dict()))
    assert data["strict"] == {"matches": 3, "precision": 0.75, "recall": 0.75, "f1": 0.75}
    assert data["relaxed"]["f1"] == 1.0
    assert data["value"] == {"matches": 4, "accuracy": 1.0, "f1": 1.0}
    assert set(data["per_type"]) == {"DATE", "TIME", "DURATION", "SET"}
    assert data["per_type"]["DATE"]["gold"] == 1
    text = scores.format_text("TBAQ")
    lines = text.splitlines()
    assert lines[0] == "TBAQ"
    assert lines[1] == "documents 1   gold 4   predicted 4"
    assert next(line for line in lines if line.startswith("strict")).split() == [
        "strict",
        "0.750",
        "0.750",
        "0.750",
        "3",
    ]
    assert any(line.split()[:3] == ["DURATION", "1", "1"] for line in lines)


# --------------------------------------------------------------------------- errors


def _doc(timexes: Sequence[GoldTimex], doc_id: str = "d1") -> GoldDocument:
    return GoldDocument(
        doc_id=doc_id, path=None, dct=dt.date(1998, 1, 8), text=TEXT, timexes=tuple(timexes)
    )


def test_errors_lists_each_kind_with_context() -> None:
    """Misses, spurious, wrong spans, types and values are listed, grouped by kind, in context."""
    predicted = [
        pred("8 January 1998"),  # wrong span
        pred("two weeks", D, "P3W"),  # wrong type and wrong value
        pred("sharp", value="X"),  # spurious; "9 pm" and "every day" are missed
    ]
    found = errors([(_doc(GOLD), predicted)])
    assert [m.kind for m in found] == [
        ErrorKind.MISS,
        ErrorKind.MISS,
        ErrorKind.SPURIOUS,
        ErrorKind.WRONG_SPAN,
        ErrorKind.WRONG_TYPE,
        ErrorKind.WRONG_VALUE,
    ]
    assert [m.gold.text for m in found[:2] if m.gold] == ["every day", "9 pm"]
    assert found[2].gold is None and found[2].predicted == predicted[2]
    assert found[3].context == "On [Monday, 8 January 1998], for two weeks, every day, at"
    assert found[0].context == "January 1998, for two weeks, [every day], at 9 pm sharp."
    assert all(m.doc_id == "d1" for m in found)


def test_no_errors_when_gold_is_predicted() -> None:
    """Perfect predictions give an empty listing, rendered as "no errors"."""
    found = errors([(_doc(GOLD), [as_pred(g) for g in GOLD])])
    assert found == ()
    assert format_errors_text(found) == "no errors\n"


def test_format_errors_text_sections_and_limit() -> None:
    """The listing has one headed section per kind; limit caps lines but not the count."""
    found = errors([(_doc(GOLD), [])])
    text = format_errors_text(found, limit=1)
    lines = text.splitlines()
    assert lines[0] == "== Missed (gold not found): 4"
    assert lines[1].startswith("d1  gold 'Monday, 8 January 1998' DATE 1998-01-08  | ")
    assert lines[2] == "... 3 more"
    assert len(lines) == 3


# --------------------------------------------------------------------------- evaluate


def _perfect(doc: GoldDocument) -> list[Mention]:
    return [as_pred(t) for t in doc.timexes]


def test_evaluate_directory_with_injected_extractor(tmp_path: Path) -> None:
    """evaluate() finds .tml files recursively, sorted, and scores the extractor's output."""
    nested = tmp_path / "b" / "deeper"
    nested.mkdir(parents=True)
    shutil.copy(FIXTURES / "wsj_0032.tml", nested)
    shutil.copy(FIXTURES / "APW19990216.0198.tml", tmp_path)
    (tmp_path / "notes.txt").write_text("not TimeML")
    result = evaluate([tmp_path], extractor=_perfect)
    assert [d.gold.doc_id for d in result.documents] == ["APW19990216.0198", "wsj_0032"]
    assert result.scores.documents == 2
    assert result.scores.gold == 6
    assert result.scores.value_f1 == 1.0
    assert result.errors == ()
    assert "documents 2   gold 6   predicted 6" in result.format_text()


def test_evaluate_reports_errors_of_a_weak_extractor() -> None:
    """With an extractor that finds nothing, every gold expression is listed as missed."""
    result = evaluate([FIXTURES / "wsj_0032.tml"], extractor=lambda doc: [])
    assert result.scores.relaxed_recall == 0.0
    assert {m.kind for m in result.errors} == {ErrorKind.MISS}
    assert len(result.errors) == 4
    assert result.format_errors_text().startswith("== Missed (gold not found): 4\n")


def test_evaluate_calls_chrono_api_with_each_documents_dct(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Without an extractor, evaluate() calls chrono.api.extract_document with text, DCT, genre."""
    calls: list[dict[str, Any]] = []

    def extract_document(text: str, **kwargs: Any) -> tuple[Document, tuple[()]]:
        calls.append({"text": text, **kwargs})
        return Document(id=kwargs["doc_id"], text=text), ()

    fake = types.ModuleType("chrono.api")
    fake.extract_document = extract_document  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "chrono.api", fake)
    result = evaluate([FIXTURES / "APW19990216.0198.tml"], genre="narrative")
    gold_doc = read_timeml(FIXTURES / "APW19990216.0198.tml")
    assert calls == [
        {
            "text": gold_doc.text,
            "dct": dt.date(1999, 2, 16),
            "genre": "narrative",
            "doc_id": "APW19990216.0198",
        }
    ]
    assert result.scores.predicted == 0


def test_evaluate_missing_path_or_no_files(tmp_path: Path) -> None:
    """A missing path, or a directory without .tml files, raises InputError."""
    with pytest.raises(InputError, match="no such file or directory"):
        evaluate([tmp_path / "absent"], extractor=_perfect)
    with pytest.raises(InputError, match=r"no \.tml files in"):
        evaluate([tmp_path], extractor=_perfect)
