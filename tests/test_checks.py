"""Public helpers of loading and cleaning refuse None and wrong types with an error naming the argument."""

from __future__ import annotations

import pandas as pd
import pytest

from analysis import pipeline
from analysis.text import checks, clean, corpus, dates, decoding, language, markup, segment

TEXT_HELPERS = [
    (clean.clean_text, "raw"), (clean.normalise_for_matching, "text"), (clean.is_caption, "line"),
    (clean.is_crosshead, "line"), (clean.is_date_line, "line"), (clean.is_reference_line, "line"),
    (clean.parse_reference, "entry"), (segment.paragraphs, "body"), (segment.sentences, "body"),
    (segment.paragraph_rows, "body"), (segment.sentence_rows, "body"), (segment.split_sentences, "text"),
    (segment.is_dense, "text"), (markup.html_to_text, "markup"), (language.detect_language, "text"),
    (decoding.mojibake, "text"), (dates.date_problem, "iso"), (dates.read_stamp, "stamp"),
]


@pytest.mark.parametrize("func,name", TEXT_HELPERS, ids=lambda x: getattr(x, "__name__", x))
@pytest.mark.parametrize("bad", [None, 3, b"bytes", float("nan"), ["a list"]], ids=repr)
def test_text_helpers_name_the_argument(func, name, bad):
    args = (bad, False) if func is dates.read_stamp else (bad,)
    with pytest.raises(TypeError, match=rf"^{name} must be a str, got "):
        func(*args)


def test_require_text_messages():
    with pytest.raises(TypeError, match="got bytes: decode it first"):
        checks.require_text(b"x", "text")
    with pytest.raises(TypeError, match="got NaN"):
        checks.require_text(float("nan"), "text")
    assert checks.require_text(None, "title", allow_none=True) == ""


@pytest.mark.parametrize("func", [corpus.preflight, corpus.load_corpus, corpus.validate_corpus, pipeline.cleaned_corpus,
                                  corpus.draft_manifest, corpus.read_manifest])
@pytest.mark.parametrize("bad", [None, "", 42])
def test_folder_helpers_raise_corpus_error(func, bad):
    with pytest.raises(corpus.CorpusError, match="no corpus folder given|must be a path"):
        func(bad)


def test_frame_and_row_helpers():
    with pytest.raises(TypeError, match="audit must be a pandas DataFrame, got None"):
        clean.rebuild_raw("body", None)
    with pytest.raises(ValueError, match=r"audit lacks column\(s\) \['start', 'end', 'text', 'replacement'\]"):
        clean.rebuild_raw("body", pd.DataFrame())
    with pytest.raises(TypeError, match="raw must be a str, got None"):
        clean.apply_edits(None, [])
    with pytest.raises(TypeError, match="row must be a mapping"):
        pipeline.process_article(None)
    with pytest.raises(ValueError, match=r"row lacks key\(s\) \['raw'\]"):
        pipeline.process_article({"doc_id": "a"})
    with pytest.raises(TypeError, match="articles must be a pandas DataFrame, got None"):
        pipeline.check_dates(None)
    with pytest.raises(TypeError, match="corpus must be a CleanedCorpus, got NoneType"):
        pipeline.write_processed(None)
    with pytest.raises(TypeError, match="data must be bytes, got None"):
        decoding.is_binary(None)
    with pytest.raises(ValueError, match="folder_errors must be"):
        pipeline.cleaned_corpus("data/raw", folder_errors="ignore")


def test_a_row_whose_raw_text_is_none_is_a_failure_row_not_a_crash():
    out = pipeline.process_article({"doc_id": "a", "file": "a.txt", "raw": None, "title": ""})
    assert out["articles"] == [] and out["failures"][0]["message"] == "row['raw'] must be a str, got None"
