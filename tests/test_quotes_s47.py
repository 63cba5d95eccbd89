"""Quote rules of the stop-47 round (written on the development samples quotes_dev47q and quotes_dev47r and the quote
layers of attacks dev47a-c), in fixtures of our own words.

Regression checks, not evidence of accuracy: accuracy is measured on real news by benchmarks/bench_quotes_polnear.py.
"""

from __future__ import annotations

from analysis.quotes import extract_quotes
from test_quotes_s42 import _spoken


def test_a_verb_of_saying_reports_its_whole_long_clause():
    text = ('A source close to the talks told the paper the deal, which would free 40 workers held at the mine, was '
            'in its "last days" and "nearer than ever."')
    assert _spoken(text) == [("last days", "A source"), ("nearer than ever.", "A source")]
    assert extract_quotes(text)["utterance_id"].tolist() == [0, 0]


def test_a_person_a_medium_quotes_as_saying_is_the_speaker():
    text = 'Two radio stations quoted unnamed officials as saying terms of a deal could be reached "within days."'
    assert _spoken(text) == [("within days.", "unnamed officials")]


def test_a_newspaper_called_a_daily_speaks():
    text = "Though its agenda was not published, the Tehran daily described the visit as “highly significant” for both."
    assert _spoken(text) == [("highly significant", "the Tehran daily")]


def test_a_name_before_a_title_without_a_closing_comma_is_the_speaker():
    text = "Ann Lee, Managing Partner for the Riverside Clinic said:\n\n“We were one of two clinics that offered to help.”"
    assert _spoken(text) == [("We were one of two clinics that offered to help.", "Ann Lee")]
