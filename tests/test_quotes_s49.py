"""Quote and speaker-group rules of the stop-49 round (written on the quote layers of the development samples
quotes_dev48q, quotes_dev49q and attacks dev48a-c, dev49a-b), in fixtures of our own words.

Regression checks, not evidence of accuracy: accuracy is measured on real news by benchmarks/bench_quotes_polnear.py.
"""

from __future__ import annotations

import pytest

from analysis.quotes import extract_quotes
from analysis.quotes.speakers import group_evidence
from test_quotes_s42 import _spoken


# ---------------------------------------------------------------- cues
@pytest.mark.parametrize("text, speaker", [
    ('"We are ready to act again," it also read.', "it"),
    ('"We are ready to act again," the statement also read.', "the statement"),
    ('"This has been surreal," Ann Lee shared across her social media accounts.', "Ann Lee"),
    ('"We will decide soon," Ann Lee said via a spokesman.', "Ann Lee"),
    ('"The step is unlawful," the General Staff said in a statement.', "the General Staff"),
])
def test_a_speaker_after_the_quote(text, speaker):
    assert _spoken(text) == [(text[1:text.index(",") + 1], speaker)]


def test_he_read_a_book_is_no_attribution():
    assert _spoken("He read the book. He also read the letter.") == []


def test_a_body_named_with_the_keeps_one_article():
    q = extract_quotes("The 'Joint Command' of the armed factions said in a statement, \"We will respond.\"")
    assert q[q["is_speech"]]["speaker"].tolist() == ["The 'Joint Command' of the armed factions"]


# ---------------------------------------------------------------- speaker groups
@pytest.mark.parametrize("role, speaker, kind, mention, group", [
    ("an International Committee of the Red Cross spokesperson in Velmar", "Ann Lee", "person", "Lee", "organisation"),
    ("affiliated with the country's resistance factions", "the Velmar News outlet", "body", "the Velmar News outlet", "media"),
    ("Velmar's official", "National News Agency", "body", "Velmar's official National News Agency", "media"),
])
def test_speaker_groups_from_the_speakers_own_head(role, speaker, kind, mention, group):
    assert group_evidence(role, speaker, kind, mention)[0] == group


def test_a_committee_of_a_parliament_is_still_legislative():
    assert group_evidence("a member of the Senate Armed Services Committee", "Ann Lee", "person", "Ann Lee")[0] == "legislator"
