"""The cleaned corpus as a whole: every removed span accounted for, offsets valid, outputs written."""

from __future__ import annotations

import pandas as pd
import pytest

from analysis import paths
from analysis.text.clean import rebuild_raw
from analysis.pipeline import cleaned_corpus, write_processed


@pytest.fixture(scope="module")
def corpus():
    return cleaned_corpus(paths.RAW)


def test_raw_equals_body_plus_audit_for_every_article(corpus):
    raw = corpus.raw.set_index("doc_id")["raw"]
    for art in corpus.articles.itertuples():
        audit = corpus.removed[corpus.removed.doc_id == art.doc_id]
        assert rebuild_raw(art.text, audit) == raw[art.doc_id]
        assert (audit["text"] == [raw[art.doc_id][s:e] for s, e in zip(audit.start, audit.end)]).all()


def test_character_accounting_adds_up(corpus):
    removed = corpus.removed.assign(n=lambda d: d.end - d.start, added=lambda d: d.replacement.str.len())
    per_doc = removed.groupby("doc_id")[["n", "added"]].sum()
    a = corpus.articles.set_index("doc_id")
    assert (a.n_raw_chars - per_doc.n + per_doc.added == a.n_chars).all()


def test_sentence_and_paragraph_offsets_point_into_the_body(corpus):
    text = corpus.articles.set_index("doc_id")["text"]
    for table in (corpus.paragraphs, corpus.sentences):
        for row in table.itertuples():
            assert text[row.doc_id][row.start:row.end] == row.text


def test_bundled_furniture_is_found_by_general_rules(corpus):
    rules = corpus.removed.groupby("doc_id")["rule"].agg(set)
    assert {"title", "standfirst", "site_ui", "crosshead", "updated_stamp"} <= rules["art002"]
    assert {"caption", "caption_repeat", "date_stamp", "dateline", "crosshead"} <= rules["art003"]
    assert {"source_list", "footer", "date_stamp", "title", "caption"} <= rules["art004"]
    assert {"footer", "crosshead"} <= rules["art001"]
    body = " ".join(corpus.articles.text)
    for furniture in ("Powered by automated translation", "Leave a Reply", "Source link", "No comments",
                      "Updated:", "Endless cycle", "This Day In Iraqi History", "(AP)", "Voice of America, 11/6/23"):
        assert furniture not in body


def test_references_keep_every_entry_with_a_date(corpus):
    refs = corpus.references
    assert len(refs[refs.doc_id == "art004"]) == 35
    assert refs["date"].str.match(r"^\d{4}-\d{2}-\d{2}$").all()
    assert refs["title"].str.len().gt(10).all()


def test_no_sentence_breaks_inside_abbreviations(corpus):
    assert not corpus.sentences["text"].str.contains(r"(?:^|\s)(?:U\.S|Gen|Col|Mr|Dr)\.$", regex=True).any()


def test_write_processed(tmp_path, corpus):
    written = write_processed(corpus, tmp_path)
    assert set(written) == {"articles", "paragraphs", "sentences", "removed", "references", "rejects", "failures"}
    back = pd.read_csv(written["removed"], dtype=str, keep_default_na=False)
    assert len(back) == len(corpus.removed)
