"""Speaker forms of outlets nobody tuned on (issue 8, stop 28): label, dash and Q&A layouts, subjects and pronouns.

Each test pins one general rule on passages written for this test; real text is the measure
(benchmarks/bench_quotes_polnear.py).
"""

from __future__ import annotations

import pandas as pd

from analysis.quotes import extract_quotes


def speech(text: str) -> pd.DataFrame:
    df = extract_quotes(text)
    return df[df["is_speech"]].reset_index(drop=True)


def test_a_horizontal_bar_after_a_quote_names_its_speaker():
    text = ('Readers wrote in after the vote.\n\n'
            '\u201cThe ferry was late again and nobody told us why.\u201d \u2015 Tom Reed\n'
            '\u201cWe waited two hours in the rain.\u201d \u2015 Ann Lee.')
    assert speech(text)["speaker_mention"].tolist() == ["Tom Reed", "Ann Lee"]


def test_a_name_and_a_bar_label_a_headline_quote():
    text = ('Author interviews\n\n'
            "Anna Marsh | 'I wrote the whole thing on trains between jobs'\n\n"
            'The debut novel by Anna Marsh follows a ferry pilot.\n\n'
            "Home | Politics | 'We will not raise the fares this year'")
    assert extract_quotes(text)["speaker_mention"].tolist() == ["Anna Marsh", ""]   # a menu of sections labels nobody


def test_an_emoji_or_a_bullet_opening_the_line_leaves_its_subject_the_speaker():
    text = ('The derby ended level.\n\n'
            '\U0001F535Harbour boss Tom Reed speaking to Match of the Week: \u201cWe were poor early and I told them.\u201d\n\n'
            '\u25cf Ferry captain Ann Lee speaking to Sky Radio: \u201cWe kept the boats in port all night.\u201d')
    assert speech(text)["speaker"].tolist() == ["Tom Reed", "Ann Lee"]


def test_a_topic_label_before_an_answer_is_no_speaker():
    text = ('Harbour manager Tom Reed speaking after the game: \u201cWe were poor early and I told them so.\u201d\n\n'
            'On Ann Lee: \u201cShe was booked early, so I took her off at the break.\u201d\n\n'
            '\u201cShe will start again next week.\u201d')
    df = speech(text)
    assert df["speaker_mention"].tolist() == ["Harbour manager Tom Reed"] * 3
    assert df["utterance_id"].tolist()[:2] == [0, 1]   # the answer to a new topic is a new utterance


def test_a_quote_signed_with_a_dash_is_not_continued_by_the_next_paragraph():
    text = ('\u201cThe bus was late on the coast road again.\u201d \u2014 Ann Lee\n\n'
            '\u201cWe waited for two hours in the cold rain.\u201d')
    assert extract_quotes(text)["speaker_mention"].tolist() == ["Ann Lee", ""]   # a signature closes its item


def test_a_role_in_charge_of_something_before_a_name_is_one_mention_after_the_quote():
    text = ('The fair was cut back.\n\n'
            '\u201cThe director is upset and I can see why,\u201d the official in charge of the fair, Ana Ruiz, '
            'told the Daily Post.')
    row = speech(text).iloc[0]
    assert (row["speaker_mention"], row["speaker"]) == ("the official in charge of the fair, Ana Ruiz", "Ana Ruiz")


def test_per_right_after_a_quote_names_its_source():
    text = ('Rockets hit the depot at dusk.\n\n'
            '\u201cMost of the rockets were stopped by the depot\u2019s guns,\u201d per the Port Authority. '
            'The damage is unclear.\n\n'
            '\u201cThe tugs were not damaged,\u201d per a statement from the Harbour Board.')
    assert speech(text)["speaker"].tolist() == ["Port Authority", "Harbour Board"]


def test_a_dash_then_an_indefinite_noun_phrase_is_an_apposition_not_a_signature():
    text = 'Lee was one of the \u201cnight crew\u201d \u2014 a group of engineers who rarely met the staff.'
    assert "a group" not in extract_quotes(text)["speaker_mention"].tolist()


def test_a_name_after_according_to_with_no_comma_is_the_source():
    text = 'The court ruled on Friday.\n\nAccording to Judge Mara the board \u201cfailed to run the vote in line with the law\u201d.'
    assert speech(text)["speaker_mention"].tolist() == ["Judge Mara"]


def test_a_restrictive_who_clause_between_subject_and_cue_leaves_the_subject_the_speaker():
    text = ('The court ruled on Friday.\n\n'
            'Tom Reed who acted for the farmers and the union believes the ruling was \u201ca turning point for the courts\u201d.')
    assert speech(text)["speaker_mention"].tolist() == ["Tom Reed"]


def test_a_name_then_several_capitalised_offices_of_a_state_stays_the_speaker():
    text = ('Sheikh Ali bin Saif Al Nawar, Vice-President and Prime Minister of Norland and Ruler of Eastport, '
            'described the new port as \u201cthe finest harbour anywhere on the coast\u201d.')
    assert speech(text)["speaker"].tolist() == ["Ali bin Saif Al Nawar"]
