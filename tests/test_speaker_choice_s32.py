"""Speaker choice and resolution of stop 32 (issue 8): which mention a cue's attribution links to, and the role a
person is given. Each test pins one general rule on passages written for this test; real annotated text is the
measure (benchmarks/bench_quotes_polnear.py).
"""

from __future__ import annotations

import pandas as pd

from analysis.quotes import extract_quotes, resolve_speakers


def speech(text: str) -> pd.DataFrame:
    df = extract_quotes(text)
    return df[df["is_speech"]].reset_index(drop=True)


def test_an_object_ending_the_clause_before_a_name_is_no_role_of_it():
    text = ('\u201cThe crews had left an hour earlier and nobody was hurt,\u201d Hal Brenner said. '
            'The drones struck a depot used by coalition forces, Brenner said.')
    got = speech(text)
    assert got["speaker"].tolist() == ["Hal Brenner"]
    assert got["speaker_role"].tolist() == [""]   # 'coalition forces' is what was struck, not who Brenner is
    assert resolve_speakers(got.assign(doc_id="a"))[0]["speaker_group"].tolist() == ["unknown"]


def test_a_role_in_apposition_before_a_name_still_describes_it():
    text = ('The port\u2019s harbour master, Olwen Tarrant, said: '
            '\u201cThe cranes will stay idle until the storm has passed the bay.\u201d')
    assert speech(text)["speaker_role"].tolist() == ["The port\u2019s harbour master"]


def test_a_relative_clause_with_its_own_cue_does_not_report_the_main_subject():
    text = ('Asked about the ferry levy, which critics say has emptied the quay, she replied: '
            '\u201cI will read the figures before I decide.\u201d')
    assert speech(text)["speaker_mention"].tolist() == ["she"]


def test_a_pronoun_with_a_verb_coordinated_to_the_cue_is_its_subject():
    text = ('When Tara Quill, the council\u2019s budget chief, was asked whether the levy would rise, '
            'she smiled and said, \u201cWe will see in the spring.\u201d')
    got = speech(text)
    assert got["speaker_mention"].tolist() == ["she"]
    assert got["speaker"].tolist() == ["Tara Quill"]


def test_a_named_speaker_set_off_by_a_long_aside_reports_a_documents_words():
    text = ('Col. Omar Vance, Spokesman of JTF-North (Joint Task Force \u2013 Operation Northern Shield), said in a short '
            'post that initial reports stated \u201ctwo drones hit the airfield tonight and one worker was hurt\u201d.')
    assert speech(text)["speaker"].tolist() == ["Omar Vance"]


def test_a_named_body_in_apposition_speaks_for_a_body_described_in_common_nouns():
    text = ('One of the factions, the militia Liwa Tahrir, said in a statement that it would answer the raid, calling '
            'it \u201ca cowardly act against our fighters\u201d.')
    got = speech(text)
    assert got["speaker"].tolist() == ["Liwa Tahrir"]
    assert resolve_speakers(got.assign(doc_id="a"))[0]["speaker_group"].tolist() == ["armed group"]


def test_a_pronoun_after_a_definite_role_subject_resolves_to_the_person_it_names():
    text = ('Police Chief Dan Ruiz said officers found the van near the river.\n\n'
            'The chief declined to say whether the driver was armed. \u201cI am not going to get into that,\u201d he said.')
    assert speech(text)["speaker"].tolist() == ["Dan Ruiz"]


def test_it_after_a_sentence_opened_by_a_definite_body_is_that_body():
    text = ('The prime minister\u2019s office issued a statement late on Sunday. '
            '\u201cThe government condemns this attack in the strongest terms,\u201d it said.')
    assert speech(text)["speaker"].tolist() == ["the prime minister\u2019s office"]


def test_a_sentence_telling_how_its_subject_spoke_introduces_the_next_quote():
    text = 'Asked whether he would run again, the senator shrugged. \u201cAsk me in January.\u201d'
    assert speech(text)["speaker"].tolist() == ["the senator"]


def test_a_possessive_inside_the_object_of_a_head_role_gives_no_group():
    from analysis.quotes.speakers import group_evidence
    assert group_evidence("the director of the ACLU\u2019s voter outreach project", "Ann Lee", "person")[0] == "organisation"


def test_a_new_named_subject_between_two_quotes_of_a_paragraph_speaks_the_second():
    text = ('\u201cWe will hold this ward,\u201d Ilse Marrow said. Brenner disagreed. '
            '\u201cThey will lose it by ten points.\u201d')
    assert speech(text)["speaker"].tolist() == ["Ilse Marrow", "Brenner"]


def test_a_pronoun_subject_between_two_quotes_keeps_one_utterance():
    text = ('\u201cWe will hold this ward,\u201d Ilse Marrow said. She added that turnout was high. '
            '\u201cThe east side came out for us.\u201d')
    got = speech(text)
    assert got["speaker"].tolist() == ["Ilse Marrow", "Ilse Marrow"]
    assert got["utterance_id"].nunique() == 1


def test_a_document_resolves_to_a_definite_body_with_a_capitalised_modifier_that_issued_it():
    text = ('The Iraqi army said in a statement that its units had repelled the raid. '
            '\u201cThe attackers fled toward the desert,\u201d the statement said.')
    assert speech(text)["speaker"].tolist() == ["The Iraqi army"]


def test_a_voiceover_speaks_the_words_of_an_advert():
    text = 'The spot ends with a voiceover saying: \u201cPaid for by Citizens for a Greener Ames.\u201d'
    assert speech(text)["speaker_mention"].tolist() == ["a voiceover"]


def test_the_writers_aside_and_i_quote_leaves_the_reporting_subject_the_speaker():
    text = 'The harbour master said, and I quote: \u201cThe cranes will stay idle all winter.\u201d'
    assert speech(text)["speaker"].tolist() == ["the harbour master"]


def test_an_elected_local_seat_after_a_city_word_is_a_legislators():
    from analysis.quotes.speakers import group_evidence
    assert group_evidence("city councilman", "Ivo Brandt", "person", "city councilman Ivo Brandt")[0] == "legislator"
    assert group_evidence("a militia commander", "Ivo Brandt", "person", "Ivo Brandt")[0] == "armed group"


def test_a_head_role_of_a_known_body_takes_that_bodys_own_group():
    from analysis.quotes.speakers import group_evidence
    assert group_evidence("head of the Badr Organization", "Ivo Brandt", "person")[0] == "armed group"
    assert group_evidence("spokesman for Operation Inherent Resolve", "Ivo Brandt", "person")[0] == "military"
    assert group_evidence("the country\u2019s supreme leader", "Ivo Brandt", "person")[0] == "government"


def test_common_private_people_are_civilians():
    from analysis.quotes.speakers import group_evidence
    assert [group_evidence(r, "Ivo Brandt", "person")[0] for r in ("a motorist", "a juror", "a former hostage")] == \
        ["civilian"] * 3
