"""Quote rules of the stop-59 round, written on the errors of real reports (development samples), each in a fixture
of our own words. Regression checks, not evidence of accuracy (benchmarks/bench_quotes_polnear.py measures that)."""

from __future__ import annotations

from analysis.quotes import extract_quotes


def _speakers(text: str) -> list[str]:
    return extract_quotes(text)["speaker"].tolist()


def test_who_after_a_persons_document_is_the_person():
    t = 'The envoy cited the assessment of Mayor Ann Lee, who called the shelling "a crime against the town."'
    assert _speakers(t) == ["Ann Lee"]
    t = 'The envoy cited the report of the council, which called the shelling "a crime against the town."'
    assert _speakers(t) != ["Ann Lee"]
