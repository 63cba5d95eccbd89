"""Quote rules of the stop-51 round, written on the errors of real reports (development samples), each in a fixture
of our own words. Regression checks, not evidence of accuracy (benchmarks/bench_quotes_polnear.py measures that)."""

from __future__ import annotations

from analysis.quotes import extract_quotes


def test_a_quote_opening_a_sentence_takes_the_speaker_said_before_a_participle_clause():
    t = ("“We do not know for sure” what is behind the rise in raids, Ann Lee said, adding that some groups have vowed "
         "to attack the convoys.")
    q = extract_quotes(t)
    assert len(q) == 1 and q.iloc[0]["speaker"] == "Ann Lee"


def test_an_inverted_parenthetical_with_a_role_speaks_the_quote_after_it():
    t = 'The raid, said a senior defense official also on the call, was aimed at "degrading the groups" by hitting depots.'
    q = extract_quotes(t)
    assert len(q) == 1 and bool(q.iloc[0]["is_speech"]) and q.iloc[0]["speaker"] == "a senior defense official"
