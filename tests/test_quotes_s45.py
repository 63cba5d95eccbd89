"""Quote rules of the stop-45 round (written on the development samples quotes_dev43, quotes_dev44, quotes_dev45 and
the quote layers of attacks dev45a-d), in fixtures of our own words.

Regression checks, not evidence of accuracy: accuracy is measured on real news by benchmarks/bench_quotes_polnear.py.
"""

from __future__ import annotations

from analysis.quotes import extract_quotes
from test_quotes_s42 import _spoken


def test_a_quote_inside_a_sentence_opening_participle_is_the_main_subject_s():
    text = ('Alleging that a "cartel" was running the port, opposition leader Ann Lee on Monday claimed the minister '
            'had taken bribes from three shipping firms last year.')
    assert _spoken(text) == [("cartel", "opposition leader Ann Lee")]


def test_a_participle_right_before_its_quote_keeps_the_speaker_of_its_sentence():
    text = '“We will win,” Bo Hale said on the radio, adding, “The polls are wrong.”'
    assert [s for _q, s in _spoken(text)] == ["Bo Hale", "Bo Hale"]


def test_state_television_speaks_in_a_contrasting_clause():
    text = 'Officials reported blasts, while state television said there was a “loud noise” near the plant.'
    assert _spoken(text) == [("loud noise", "state television")]


def test_the_one_judged_for_saying_something_is_its_speaker():
    text = 'The mayor criticized the governor for saying the city had “turned the corner” on crime.'
    assert _spoken(text) == [("turned the corner", "the governor")]


def test_the_judge_keeps_words_the_one_judged_only_suggested():
    text = 'The chairman scolded the candidate for suggesting that migrants should “go home.”'
    assert [s for _q, s in _spoken(text)] == ["The chairman"]


def test_a_relative_clause_closed_by_a_comma_leaves_the_cue_to_the_main_subject():
    text = 'Governor Ann Lee, who leads Guayas, condemned the blast as “cowardly” and left.'
    assert extract_quotes(text)["speaker"].tolist() == ["Ann Lee"]


def test_two_right_single_marks_close_a_double_quote():
    text = "“Talks are an illusion,’’ Ann Lee was quoted as saying by the agency."
    q = extract_quotes(text)
    assert q["quote"].tolist() == ["Talks are an illusion,"] and q["speaker"].tolist() == ["Ann Lee"]


def test_a_bandit_on_the_phone_is_a_speaker():
    text = "According to him, one of the bandits called him to tell him “we have your car, bring the money”."
    assert extract_quotes(text)["speaker"].tolist() == ["one of the bandits"]


def test_a_video_script_label_names_the_speaker_of_the_clip():
    text = ("The race ended on Sunday.\n\nSOUNDBITE1 [06:41:10 - 06:48:00] (ENGLISH): BO HALE, marathon winner\n\n"
            '"The weather was good, I feel fine."')
    q = extract_quotes(text)
    assert q["speaker"].tolist() == ["Bo Hale"] and q["speaker_role"].tolist() == ["marathon winner"]


def test_a_single_marked_crosshead_is_no_running_quote_and_the_quote_goes_on_past_it():
    text = ("Union official Ann Lee said: “This is a further blow to the town.\n\n‘A body blow’\n\n"
            "“We ask the government to step in.”\n\nThe plant employs 100 people.")
    q = extract_quotes(text)
    assert q[["is_speech", "non_speech_reason"]].values.tolist()[1] == [False, "crosshead"]
    assert q[q["is_speech"]]["speaker"].tolist() == ["Ann Lee", "Ann Lee"]


def test_a_nickname_before_a_name_written_with_a_long_dash_is_a_name():
    text = "Officials said one of the dead was Omar Ali “Abu Zaid” al—Rawi, a commander."
    assert extract_quotes(text)["non_speech_reason"].tolist() == ["name"]


def test_a_soundbite_label_does_not_take_a_quote_without_a_label_line_before_it():
    text = 'The race ended on Sunday.\n\n"The weather was good, I feel fine," the winner said.'
    assert extract_quotes(text)["attribution"].tolist() != ["label paragraph"]
