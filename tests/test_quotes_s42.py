"""Quote rules of the stop-42 round (written on the development sample quotes_dev42), in fixtures of our own words.

Regression checks, not evidence of accuracy: accuracy is measured on real news by benchmarks/bench_quotes_polnear.py.
"""

from __future__ import annotations

from analysis.quotes import extract_quotes
from analysis.quotes.lexicon import countries


def _spoken(text: str) -> list[tuple[str, str]]:
    q = extract_quotes(text)
    q = q[q["is_speech"]]
    return [(text[r.start:r.end], text[r.speaker_mention_start:r.speaker_mention_end] if r.speaker_mention_start >= 0 else "")
            for r in q.itertuples()]


def test_a_quote_inside_a_quote_in_other_marks_stays_inside():
    text = 'The rebels claimed the strike.\n\n"Our forces hit the tanker “SEA LARK” with two missiles," the spokesman wrote on Telegram.'
    assert _spoken(text) == [("Our forces hit the tanker “SEA LARK” with two missiles,", "the spokesman")]


def test_a_firm_named_with_its_country_speaks():
    text = "“The plant will close in June,” said Halvorsen Steel Norway in a statement on Monday."
    assert _spoken(text)[0][1] == "Halvorsen Steel Norway"


def test_a_person_whose_surname_is_a_country_is_still_a_person():
    assert _spoken("“We played well,” said Michael Jordan.")[0][1] == "Michael Jordan"


def test_a_team_named_for_its_nation_does_not_introduce_a_crosshead():
    text = ("Scotland were ahead at the break, but Ireland scored twice late on.\n“Gutted”\n"
            "“I am gutted for the players,” the Scotland head coach said.")
    said = _spoken(text)
    assert all(who != "Scotland" for _q, who in said)


def test_a_role_resolves_to_the_person_it_described_before_the_name():
    text = ("Scotland head coach Gregor Townsend named his side. Finn Russell kicked two penalties.\n\n"
            "“We were not clinical enough,” the head coach said.")
    q = extract_quotes(text)
    assert q.iloc[0]["speaker"] == "Gregor Townsend"


def test_every_country_is_known_by_name_but_a_first_name_is_not_a_country():
    assert countries()["burkina faso"][0] == "Burkina Faso" and "chad" not in countries()
