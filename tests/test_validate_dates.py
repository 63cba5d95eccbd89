"""Scoring of date_mentions against TimeML gold (analysis.validate.dates, analysis.validate.timeml), on markup we write."""

from __future__ import annotations

import pandas as pd
import pytest

from analysis.validate import dates as vd
from analysis.validate.timeml import GoldTimex, load_timeml_folder, parse_timeml

_DOC = """<?xml version="1.0" ?>
<TimeML>
<DOCID>ours1</DOCID>
<DCT><TIMEX3 tid="t0" type="DATE" value="2013-03-20" temporalFunction="false" functionInDocument="CREATION_TIME">March 20, 2013</TIMEX3></DCT>
<TEXT>
Rockets hit the base <TIMEX3 tid="t1" type="DATE" value="2013-03-19">Tuesday</TIMEX3> &amp; a drone fell
<TIMEX3 tid="t2" type="DATE" value="2013-W11">last week</TIMEX3>. Talks lasted <TIMEX3 tid="t3" type="DURATION" value="P2D">two days</TIMEX3>.
Prices rose in <TIMEX3 tid="t4" type="DATE" value="1998-08">August 1998</TIMEX3>.
</TEXT>
</TimeML>"""


def test_parse_strips_tags_decodes_entities_and_keeps_offsets() -> None:
    doc = parse_timeml(_DOC, "ours1", "Mine")
    assert doc.dct == "2013-03-20" and doc.folder == "Mine"
    assert "&amp;" not in doc.text and " & a drone" in doc.text
    for g in doc.gold:
        assert doc.text[g.start : g.end] == g.text
    assert [(g.text, g.value) for g in doc.dates()] == [("Tuesday", "2013-03-19"), ("last week", "2013-W11"),
                                                        ("August 1998", "1998-08")]


def test_parse_requires_creation_time_and_text() -> None:
    with pytest.raises(ValueError, match="CREATION_TIME"):
        parse_timeml("<TEXT>x</TEXT>", "bad")
    with pytest.raises(ValueError, match="TEXT"):
        parse_timeml('<TIMEX3 value="2013-03-20" functionInDocument="CREATION_TIME">x</TIMEX3>', "bad")


def test_folder_loader_names_folders(tmp_path) -> None:
    (tmp_path / "Mine").mkdir()
    (tmp_path / "Mine" / "ours1.tml").write_text(_DOC, encoding="utf-8")
    docs = load_timeml_folder(tmp_path)
    assert [(d.doc_id, d.folder) for d in docs] == [("ours1", "Mine")]


def test_evaluate_scores_relaxed_spans_and_exact_values() -> None:
    table = vd.evaluate_timeml([parse_timeml(_DOC, "ours1", "Mine")])
    assert sorted(table["outcome"]) == ["correct", "correct", "correct"]
    s = vd.score_alignment(table)
    assert (s["relaxed_f1"], s["value_accuracy"], s["value_f1"]) == (1.0, 1.0, 1.0)


def test_one_to_one_matching_and_error_kinds() -> None:
    gold = [GoldTimex(0, 10, "Friday, Aug. 7", "DATE", "1998-08-07"), GoldTimex(20, 24, "1998", "DATE", "1998")]
    pred = pd.DataFrame({"start": [0, 8, 20, 40], "end": [6, 14, 24, 45], "text": ["Friday", "Aug. 7", "1998", "today"],
                         "pred_value": ["1998-08-07", "1998-08-07", "1998-08", "1998-08-08"]})
    rows = pd.DataFrame(vd.align_document("d", "f", "1998-08-08", gold, pred))
    assert rows["outcome"].tolist() == ["correct", "wrong_value", "spurious", "spurious"]
    assert rows.loc[1, "cause"] == "granularity"
    s = vd.score_alignment(rows)
    assert (s["matched"], s["predicted"], s["gold"]) == (2, 4, 2)


@pytest.mark.parametrize("gold, pred, cause", [
    ("2013-03-26", "2013-03-19", "tense direction"),
    ("2013-03-18", "2013-03-19", "anchor"),
    ("2012-03", "2013-03", "year"),
    ("2013-W11", "2013-03-14", "granularity"),
    ("PAST_REF", "2013", "reference class"),
    ("2013-WXX", "2013-W11", "underspecified"),
])
def test_value_error_causes(gold: str, pred: str, cause: str) -> None:
    assert vd.value_error_cause(gold, pred, "2013-03-20") == cause


def test_error_table_groups_by_kind() -> None:
    t = pd.DataFrame({"outcome": ["missed", "spurious", "wrong_value", "correct"], "form": ["weekday", "ref_word", "year", "year"],
                      "cause": ["", "", "year", ""], "gold_text": ["Friday", "", "1998", "1997"], "pred_text": ["", "now", "1998", "1997"],
                      "gold_value": ["", "", "1998", "1997"], "pred_value": ["", "PRESENT_REF", "1988", "1997"]})
    got = vd.error_table(t)[["error", "kind", "n"]].values.tolist()
    assert sorted(got) == [["missed", "weekday", 1], ["spurious", "ref_word", 1], ["wrong value", "year", 1]]


def test_documents_from_spans_check_offsets() -> None:
    with pytest.raises(ValueError):
        vd.documents_from_spans({"a": "On Friday."}, {}, {}, [{"doc_id": "a", "start": 0, "end": 2, "text": "Fr", "value": "x"}])
