"""Stop 75: quote rules written on the development samples' errors (fixtures in our own words)."""

import pytest

from analysis.quotes import extract_quotes


def _spoken(text: str) -> list[tuple[str, str, bool]]:
    q = extract_quotes(text)
    return [(text[int(a):int(b)], sp, bool(s)) for a, b, sp, s in zip(q["start"], q["end"], q["speaker"], q["is_speech"])]


@pytest.mark.parametrize("text, speaker", [
    ('"The old town is gone," said fire Capt. Dana Ruiz late Thursday.', "Dana Ruiz"),
    ('"The old town is gone," said Dana Ruiz early on Friday.', "Dana Ruiz"),
    ('"The old town is gone," said the mayor late last week.', "the mayor"),
    ('"The old town is gone," said Dana Ruiz on Thursday.', "Dana Ruiz"),   # as before
])
def test_an_inverted_speaker_before_late_or_early_and_a_day(text, speaker):
    assert [sp for _q, sp, _s in _spoken(text)] == [speaker]


def test_an_abbreviated_assistant_title_before_the_name():
    text = '"We saw the flash first," Asst. Chief Rhea Moss explained at a briefing.'
    assert [sp for _q, sp, _s in _spoken(text)] == ["Rhea Moss"]


@pytest.mark.parametrize("text, mention", [
    ('"We mourn the three fighters," read its statement posted on the platform.', "its statement"),
    ('"We mourn the three fighters," read a statement published by the ministry.', "a statement"),
])
def test_a_document_described_by_a_participle_speaks(text, mention):
    q = extract_quotes(text)
    s, e = int(q["speaker_mention_start"].iloc[0]), int(q["speaker_mention_end"].iloc[0])
    assert text[s:e] == mention


@pytest.mark.parametrize("text", [
    'The governor said that "Islamic State" fighters had attacked the village at dawn.',
    'The governor said the "Popular Mobilization Forces" had left the town.',
])
def test_a_known_body_named_in_quotation_marks_is_no_speech(text):
    assert [s for _q, _sp, s in _spoken(text)] == [False]


def test_a_known_body_name_then_the_speaker_s_own_words():
    text = 'The governor said that "Islamic State" fighters are "finished in this province."'
    assert _spoken(text) == [("Islamic State", "", False), ("finished in this province.", "the governor", True)]


def test_a_known_body_name_before_a_preposition_is_left_as_speech():
    text = 'Lee said he pronounced the name of the group "Hamas" as if it were a dish.'
    assert [s for _q, _sp, s in _spoken(text)] == [True]


@pytest.mark.parametrize("text", [
    'Asked to name the culprit, the colonel said it was "Hezbollah" without a doubt.',
    'The answer, the colonel said, was "Hamas" every single time.',
    'The colonel said only "Pentagon" before hanging up.',
    'The farmer said she would vote "Labour" this time.',
])
def test_a_body_s_name_as_the_speaker_s_answer_stays_speech(text):
    assert [s for _q, _sp, s in _spoken(text)] == [True]


def test_a_rank_with_first_class_is_not_cut_to_a_wrong_name():
    assert [sp for _q, sp, _s in _spoken('"It was a clean shot," Pvt. First Class Omar Reyes said.')] != ["Class Omar Reyes"]


def test_the_agent_of_an_act_after_a_main_verb_is_no_passive_speaker():
    text = 'The prime minister, Ali Hassan Warsame, condemned the "cowardly act" by the militants.'
    assert [sp for _q, sp, _s in _spoken(text)] == ["Ali Hassan Warsame"]


def test_a_naming_participle_after_a_comma_still_gives_its_agent():
    text = 'The raids, called "a reprisal" by the council, went on for a week.'
    assert [sp for _q, sp, _s in _spoken(text)] == ["the council"]
