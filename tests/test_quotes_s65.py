"""Stop 65 quote rules on sentences of our own words (regression fixtures, not evidence of accuracy)."""

import pytest

from analysis.quotes import extract_quotes


@pytest.mark.parametrize("text, speaker", [
    ("“Custody has forced my client to reflect,” said his solicitor, Anna Price.", "Anna Price"),
    ("“The ruling will be appealed,” said her barrister, Owen Hale.", "Owen Hale"),
    ("“Pupils return on Monday,” said the headteacher, Ruth Kemp.", "Ruth Kemp"),
])
def test_an_inverted_cue_with_a_possessed_role_and_a_name(text, speaker):
    q = extract_quotes(text)
    assert q["speaker"].tolist() == [speaker]


def test_a_role_noun_without_a_group_takes_its_modifier_s():
    from analysis.quotes.speakers import resolve_speakers

    q = extract_quotes('"The bridge will hold," said an army engineer.').assign(doc_id="d")
    assert resolve_speakers(q)[0]["speaker_group"].tolist() == ["military"]


def test_it_after_a_named_issuer_of_a_statement_is_the_issuer():
    q = extract_quotes('The news came after Corvane issued a statement on its trading, saying that it maintained "a positive '
                       'outlook for all our units".')
    assert q["speaker"].tolist() == ["Corvane"]


def test_a_name_then_its_office_and_firm_before_the_cue():
    q = extract_quotes('“The index will test new highs,” Ravi Menon, VP Research, Kestrel Broking told reporters.')
    assert q["speaker"].tolist() == ["Ravi Menon"]


def test_a_compound_adjective_opening_a_sentence_is_no_speaker():
    q = extract_quotes("Match-winning hero Liam Doyle was modest, revealing that he just ‘happened to be there’.")
    assert len(q) == 1 and "Match-winning" not in q["speaker"].tolist()


@pytest.mark.parametrize("text, speaker", [
    ('"Sales rose 12 per cent," Marks Spencer, chief executive, Stuart Machin said.', ""),
    ('"It is strong," VP Ravi Shankar, Infosys said.', ""),
    ('"The bikes sell," Hero MotoCorp said in a statement.', "Hero MotoCorp"),
])
def test_a_firm_named_first_or_a_titled_person_before_a_firm_is_not_read_as_name_then_office(text, speaker):
    assert extract_quotes(text)["speaker"].tolist() == [speaker]
