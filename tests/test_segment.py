"""Paragraphs and sentences: offsets point into the body; abbreviations do not split sentences."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from analysis.text.segment import paragraphs, sentences, split_sentences


@pytest.mark.parametrize("text,expected", [
    ("The U.S. Army said so. It left.", ["The U.S. Army said so.", "It left."]),
    ("Gen. Tassin Khafaj spoke. Col. Wayne Marotto agreed.", ["Gen. Tassin Khafaj spoke.", "Col. Wayne Marotto agreed."]),
    ("Analyst J. R. Smith and Mr. Almeida met at 12.30pm on Tuesday.", ["Analyst J. R. Smith and Mr. Almeida met at 12.30pm on Tuesday."]),
    ("It was U.S. policy. The U.S. responded.", ["It was U.S. policy.", "The U.S. responded."]),
    ("\u201cWe stay,\u201d he said. \u201cWe fight.\u201d", ["\u201cWe stay,\u201d he said.", "\u201cWe fight.\u201d"]),
    ("\u201cWe stay. We fight,\u201d he said.", ["\u201cWe stay.", "We fight,\u201d he said."]),
    ("His forces... were ready. Fine.", ["His forces... were ready.", "Fine."]),
    ("Then the No. 2 official left.", ["Then the No. 2 official left."]),
])
def test_split_sentences(text, expected):
    assert [text[s:e] for s, e in split_sentences(text)] == expected


def test_sentence_offsets_point_into_the_body():
    body = "First para. Second sentence here.\n\nGen. Smith said no. The end."
    s = sentences(body)
    assert s["para_id"].tolist() == [0, 0, 1, 1]
    for row in s.itertuples():
        assert body[row.start:row.end] == row.text
    p = paragraphs(body)
    assert [body[a:b] for a, b in zip(p.start, p.end)] == body.split("\n\n")


@given(st.lists(st.text(alphabet=st.characters(blacklist_characters="\n"), min_size=1, max_size=80), max_size=6))
def test_offsets_are_valid_for_any_text(paras):
    body = "\n\n".join(p.strip() for p in paras if p.strip())
    s = sentences(body)
    for row in s.itertuples():
        assert 0 <= row.start < row.end <= len(body)
        assert body[row.start:row.end] == row.text
    assert s["start"].is_monotonic_increasing


def test_a_stop_glued_to_the_next_sentence_splits_but_not_a_web_address():
    from analysis.text.segment import split_sentences

    t = "It was said in a statement.The army denied it. See news.Example.com or www.Example.org for more."
    assert [t[s:e] for s, e in split_sentences(t)] == ["It was said in a statement.", "The army denied it.",
                                                      "See news.Example.com or www.Example.org for more."]


@pytest.mark.parametrize("text", ["Iraq vs.Iran in Basra was called off.", "It killed 12, incl.Two children, in Kirkuk.",
                                  "The site rudaw.Net posted it.", "Mail ahmed.Rasheed@example.com today.",
                                  "See the report.Pdf for details."])
def test_no_split_at_a_glued_abbreviation_address_or_file_name(text):
    from analysis.text.segment import split_sentences

    assert len(split_sentences(text)) == 1
