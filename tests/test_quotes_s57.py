"""Quote rules of the stop-57 round, written on the errors of real reports (development samples), each in a fixture
of our own words. Regression checks, not evidence of accuracy (benchmarks/bench_quotes_polnear.py measures that)."""

from __future__ import annotations

from analysis.quotes import extract_quotes


def _speakers(text: str) -> list[str]:
    return extract_quotes(text)["speaker"].tolist()


def test_an_office_and_a_station_set_off_by_commas_before_the_name_that_speaks():
    assert _speakers('"Two guards were hurt in the raid," inspector general of police, Ambala, R.K. Lal said.') == ["R.K. Lal"]
    assert _speakers('"The search goes on," IG Ropar, Sunil Dev said.') == ["Sunil Dev"]
    assert _speakers('"We won," in 2008, Ann Lee said.') == [""]


def test_a_media_wing_and_an_armed_wing_speak():
    assert _speakers('"Four soldiers were martyred," the army’s media wing said.') == ["the army’s media wing"]
    assert _speakers('The group’s armed wing said it fired "a salvo of rockets" at the port.') == ["the group’s armed wing"]


def test_an_upper_case_dateline_is_no_part_of_the_subject():
    assert _speakers('OSLO The Norwegian army said it had carried out "limited strikes" overnight.') == \
        ["the Norwegian army"]


def test_a_body_that_speaks_through_which():
    t = 'The raid was confirmed by the Mali army, which said that two trucks "hit a mine" north of Gao.'
    assert _speakers(t) == ["the Mali army"]


def test_a_place_that_ends_the_quoted_words_before_the_agency_that_reports_them():
    t = '"A strike hit a house in the village of Koura," near the border, the state news agency reported.'
    assert _speakers(t) == ["the state news agency"]


def test_a_participle_clause_between_the_subject_and_its_cue():
    t = 'Defence Minister Ann Lee while visiting the port last week said, "We will not back down."'
    assert _speakers(t) == ["Ann Lee"]


def test_he_after_a_question_put_to_someone_is_the_one_who_asked():
    t = ('During the hearing, Senator John Lee asked Bob Hale, "Is it a red line?" He further pressed the minister, '
         'asking, "Can we tell them?"')
    assert _speakers(t) == ["John Lee", "John Lee"]
    assert _speakers('Senator John Lee met Bob Hale on Tuesday. "We will act," he said.') == ["John Lee"]
