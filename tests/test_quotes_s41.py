"""Quote rules of the stop-41 round (written on the development sample dev41a), in fixtures of our own words.

Regression checks, not evidence of accuracy: accuracy is measured on real news by benchmarks/bench_quotes_polnear.py.
"""

from __future__ import annotations

from analysis.quotes import extract_quotes


def test_a_quote_signed_by_a_name_and_title_has_that_speaker():
    text = ("Panel\n\n\u201cThe ceasefire will not hold past the spring.\u201d Dana Whitfield, Senior Fellow at the Harbour "
            "Institute\n\n\u201cDonors should act now.\u201d Omar Haddad, Director of Policy and Research\n")
    q = extract_quotes(text)
    assert q["speaker"].tolist() == ["Dana Whitfield", "Omar Haddad"]


def test_a_name_that_goes_on_into_a_sentence_is_no_signature():
    text = "\u201cWe lost the vote.\u201d Dana Whitfield, the chair, then left the hall.\n"
    q = extract_quotes(text)
    assert len(q) == 1 and q.iloc[0]["cue"] != "signature"
