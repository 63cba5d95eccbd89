"""Corpus-level quote extraction: failures recorded or re-raised naming the article; clear errors for bad arguments."""

from __future__ import annotations

import pandas as pd
import pytest

from analysis.pipeline import FAILURE_COLUMNS
from analysis.quotes import extract_corpus_quotes, extract_quotes, resolve_speakers

GOOD = '“We will respond,” said John Smith, a spokesman.'


def _articles(*texts) -> pd.DataFrame:
    return pd.DataFrame({"doc_id": [f"d{i}" for i in range(len(texts))], "text": list(texts)})


@pytest.mark.parametrize("bad, kind", [(None, "None"), (3, "int"), (b"abc", "bytes"), (float("nan"), "NaN")])
def test_extract_quotes_refuses_non_text_naming_the_argument(bad, kind):
    with pytest.raises(TypeError, match=rf"^text must be a str, got {kind}"):
        extract_quotes(bad)


def test_extract_quotes_of_blank_text_is_an_empty_table():
    assert extract_quotes("   \n").empty


def test_failures_list_records_the_bad_article_and_keeps_the_others():
    fails: list[dict] = []
    out = extract_corpus_quotes(_articles(GOOD, None, GOOD), failures=fails)
    assert sorted(set(out["doc_id"])) == ["d0", "d2"]
    assert len(fails) == 1 and set(fails[0]) == set(FAILURE_COLUMNS)
    assert (fails[0]["doc_id"], fails[0]["step"], fails[0]["error"]) == ("d1", "quotes", "TypeError")
    assert "text must be a str" in fails[0]["message"]


def test_failures_none_reraises_naming_the_doc_id():
    with pytest.raises(TypeError, match=r"article 'd1': text must be a str, got (None|NaN)"):
        extract_corpus_quotes(_articles(GOOD, None))


def test_failures_from_inside_the_extractor_are_recorded(monkeypatch):
    import analysis.quotes.extract as ex

    def boom(text):
        raise RuntimeError("extractor bug")
    monkeypatch.setattr(ex, "extract_quotes", boom)
    fails: list[dict] = []
    out = ex.extract_corpus_quotes(_articles(GOOD), failures=fails)
    assert out.empty and list(out.columns)[0] == "doc_id"
    assert (fails[0]["error"], fails[0]["message"]) == ("RuntimeError", "extractor bug")
    with pytest.raises(RuntimeError, match="article 'd0': extractor bug"):
        ex.extract_corpus_quotes(_articles(GOOD))


def test_failures_must_be_a_list():
    with pytest.raises(TypeError, match="failures must be a list"):
        extract_corpus_quotes(_articles(GOOD), failures=())


def test_no_failure_rows_for_clean_articles_and_same_table_either_way():
    fails: list[dict] = []
    pd.testing.assert_frame_equal(extract_corpus_quotes(_articles(GOOD, ""), failures=fails),
                                  extract_corpus_quotes(_articles(GOOD, "")))
    assert fails == []


@pytest.mark.parametrize("bad, err, msg", [
    (None, TypeError, "articles must be a pandas DataFrame, got None"),
    ([GOOD], TypeError, "articles must be a pandas DataFrame, got list"),
    (pd.DataFrame({"text": [GOOD]}), ValueError, r"articles lacks column\(s\) \['doc_id'\]"),
    (pd.DataFrame({"doc_id": ["a"]}), ValueError, r"articles lacks column\(s\) \['text'\]"),
])
def test_extract_corpus_quotes_bad_articles(bad, err, msg):
    with pytest.raises(err, match=msg):
        extract_corpus_quotes(bad)


def test_extract_corpus_quotes_names_a_custom_text_column():
    with pytest.raises(ValueError, match=r"\['body'\]"):
        extract_corpus_quotes(_articles(GOOD), text_col="body")
    assert len(extract_corpus_quotes(_articles(GOOD).rename(columns={"text": "body"}), text_col="body")) == 1


def test_empty_corpus_gives_empty_tables_with_their_columns():
    quotes = extract_corpus_quotes(_articles())
    out, spk = resolve_speakers(quotes)
    assert quotes.empty and out.empty and spk.empty
    assert {"speaker_id", "canonical", "speaker_group"} <= set(out.columns) and "canonical" in spk.columns


@pytest.mark.parametrize("bad, err, msg", [
    (None, TypeError, "quotes must be a pandas DataFrame, got None"),
    ("Trump", TypeError, "quotes must be a pandas DataFrame, got str"),
    (pd.DataFrame({"doc_id": ["a"]}), ValueError, r"quotes lacks column\(s\) \['speaker'\]"),
])
def test_resolve_speakers_bad_quotes(bad, err, msg):
    with pytest.raises(err, match=msg):
        resolve_speakers(bad)


def test_resolve_speakers_bad_aliases():
    q = pd.DataFrame({"speaker": ["John Smith"]})
    with pytest.raises(TypeError, match="aliases must be a pandas DataFrame, got dict"):
        resolve_speakers(q, aliases={})
    with pytest.raises(ValueError, match=r"aliases lacks column\(s\)"):
        resolve_speakers(q, aliases=pd.DataFrame({"canonical": []}))
