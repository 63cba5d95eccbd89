"""Failure patterns seen on real journalism (issue 8), each as a general rule on sentences written for this test.

Real text is the measure (benchmarks/bench_quotes_polnear.py); these short passages only pin the rules down.
"""

from __future__ import annotations

import sys

import pandas as pd
import pytest

from analysis.quotes import extract_quotes, resolve_speakers
from analysis.quotes import mentions
from analysis.quotes.speakers import clean_role, group_evidence


def speech(text: str) -> pd.DataFrame:
    df = extract_quotes(text)
    return df[df["is_speech"]].reset_index(drop=True)


def only(text: str) -> dict:
    df = speech(text)
    assert len(df) == 1, df
    return df.iloc[0].to_dict()


# ---- a speaker is a noun phrase that can speak or write --------------------------------------------
@pytest.mark.parametrize("subject", [
    "The blast rocked the city on Monday, injuring four guards, and later",   # participle clause
    "However, after the incident",                                              # adverb, event noun
    "Meeting in Oslo, the delegates and then",                                  # gerund + locative
    "The strike and",                                                           # event noun + conjunction
])
def test_no_verb_phrase_adverb_event_or_place_as_speaker(subject):
    text = f'{subject} said "we will not retreat."'
    for m in speech(text).speaker_mention:
        low = m.lower()
        assert not any(w in low for w in ["injuring", "however", "incident", "meeting", "strike", "oslo"]), m


def test_government_speaking_through_its_capital_is_a_speaker():
    r = only('Ankara rejected the claims, saying the report was "baseless."')
    assert r["speaker"] == "Ankara" and r["speaker_type"] == "body"


def test_clause_opener_is_not_part_of_the_speaker():
    r = only('Despite Lopez\'s efforts, the governor said the plan was "dead on arrival."')
    assert r["speaker"] == "the governor"
    assert "Despite" not in r["speaker_mention"]


def test_np_rejects_verb_phrases_and_accepts_roles():
    assert mentions.np_at_end("is a loose alliance of fighters", 0, 31) is None
    assert mentions.np_at_end("an unnamed police official", 0, 26).kind == "role"
    assert mentions.np_at_end("the statement", 0, 13).kind == "document"


# ---- names are not cut to their titles ------------------------------------------------------------
def test_name_with_possessive_title_apposition_keeps_the_name():
    r = only('Omar Haddad, the region\'s Interior Minister, said: "Nobody was hurt."')
    assert r["speaker"] == "Omar Haddad" and "Interior Minister" in r["speaker_role"]


def test_title_before_name_is_stripped():
    r = only('"We will look at it," Deputy Foreign Minister Lena Brandt said.')
    assert r["speaker"] == "Lena Brandt"


# ---- partial quotes inside reported speech belong to the governing source ------------------------
@pytest.mark.parametrize("text,speaker", [
    ('The mayor pledged to "scrap" the levy by June.', "the mayor"),
    ('Ruiz urged the council to find a "lasting" fix.', "Ruiz"),
    ('Tanaka said he was "surprised and saddened" by the vote.', "Tanaka"),
])
def test_partial_quote_in_reported_speech_is_the_sources_words(text, speaker):
    r = only(text)
    assert r["kind"] == "partial" and r["speaker"] == speaker


def test_scare_quote_without_cue_is_not_speech():
    df = extract_quotes('The town\'s "golden era" ended when the mill closed.')
    assert not df["is_speech"].any() and df.loc[0, "non_speech_reason"] == "scare quote"


# ---- colon, headline label, a sentence away ---------------------------------------------------------
def test_headline_style_label_is_the_speaker():
    r = only('Maria Lopez, Twitter: "We are not done yet."')
    assert r["speaker"] == "Maria Lopez" and r["cue"] == "colon"


def test_clause_ending_in_a_colon_speaks_through_its_subject():
    r = only('Council leader Tom Reyes delivered a blunt message to the board: "Fix the roads first."')
    assert r["speaker"] == "Tom Reyes"


def test_he_added_in_the_next_sentence():
    df = speech('"The vote is close," said Paul Meyer. He added, "We need every volunteer."')
    assert df["speaker"].tolist() == ["Paul Meyer", "Paul Meyer"]
    assert df.loc[1, "speaker_mention"] == "He"


def test_attribution_in_the_previous_paragraph():
    text = "Councillor Ana Silva condemned the closure on Friday.\n\n\"This decision hurts every family here.\""
    r = only(text)
    assert r["speaker"] == "Ana Silva" and r["attribution"] == "previous paragraph"


def test_relative_who_is_the_mention_and_resolves_to_its_antecedent():
    r = only('Critics include Rep. Dana Hill, R-Ohio, who called the bill "a giveaway."')
    assert r["speaker_mention"] == "who" and r["speaker"] == "Dana Hill"


# ---- speakers across articles: one person, groups from evidence ------------------------------------
def test_title_variants_are_one_speaker():
    q = pd.DataFrame({"doc_id": ["a", "b"], "speaker": ["Minority Leader Helen Park", "Helen Park"],
                      "speaker_type": ["person", "person"], "speaker_role": ["", ""],
                      "speaker_mention": ["House Minority Leader Helen Park", "Helen Park"], "is_speech": [True, True]})
    out, spk = resolve_speakers(q)
    assert out["speaker_id"].nunique() == 1 and spk.loc[0, "group"] == "legislator"


@pytest.mark.parametrize("role,speaker,stype,mention,group", [
    ("", "Helen Park", "person", "Sen. Helen Park", "legislator"),
    ("the former secretary of state", "Helen Park", "person", "Helen Park", "politician"),
    ("a spokesman for the Iraqi army", "Ali Hassan", "person", "Ali Hassan", "military"),
    ("", "a senior official", "role", "a senior official", "anonymous"),      # no institution, no country
    ("", "a senior Iraqi official", "role", "a senior Iraqi official", "anonymous"),   # unnamed, whatever country
    ("", "the Iraqi ministry spokesman", "role", "the Iraqi ministry spokesman", "government"),   # definite: the body
    ("", "two officials with the militias", "role", "two officials with the militias", "armed group"),
    ("", "sources", "role", "sources", "anonymous"),
    ("a pollster", "Ana Silva", "person", "Ana Silva", "analyst"),
    ("", "Ana Silva", "person", "Ana Silva", "unknown"),                 # no evidence -> unknown, no default
])
def test_group_comes_from_evidence_only(role, speaker, stype, mention, group):
    assert group_evidence(role, speaker, stype, mention)[0] == group


def test_roles_hold_no_relative_clauses():
    assert clean_role("a retired nurse who was raised on a farm near Tulsa") == "a retired nurse"


# ---- linear time: an operation count, not a timer ---------------------------------------------------
def _calls(text: str) -> int:
    """Python function calls made by one extract_quotes call (deterministic)."""
    n = 0

    def count(frame, event, arg):  # noqa: ANN001
        nonlocal n
        if event == "call":
            n += 1

    sys.setprofile(count)
    try:
        extract_quotes(text)
    finally:
        sys.setprofile(None)
    return n


@pytest.mark.parametrize("unit", [
    'Officials said "we will win" and then they left and more ',            # no sentence end, one paragraph
    '"We" said "they" and "them" ',                                          # a run of marks
    'He said "we will not leave and they said “no more” while ',            # unbalanced, no sentence end
    "the groups' names and 'the Iraqs' he's 'they'd rock 'em ",             # apostrophes and stray singles
    '"The vote is close," said Paul Meyer, a senior aide. He added: "We need every volunteer." ',
])
def test_work_grows_linearly_with_the_text(unit):
    small, large = (unit * 2000)[:20_000], (unit * 4000)[:40_000]
    ratio = _calls(large) / _calls(small)
    assert ratio < 2.3, ratio


# ---- quotes2: long partial quotes, described names, second reports ----------------------------------
def test_long_partial_quote_is_speech_with_the_sentence_subject():
    row = only('The mayor welcomed "the news that the bridge will reopen to traffic before the winter storms arrive."')
    assert row["speaker_mention"] == "The mayor" and row["attribution"] == "sentence subject"


def test_short_partial_quote_without_cue_stays_a_scare_quote():
    df = extract_quotes('The plan to fix the "broken" bridge was dropped.')
    assert not df["is_speech"].any() and df["non_speech_reason"].iloc[0] == "scare quote"


def test_long_title_cased_partial_quote_is_not_speech():
    df = extract_quotes('The museum opened "How The River Towns Lost Their Bridges And Ferries" last year.')
    assert not df["is_speech"].any()


@pytest.mark.parametrize("subject, mention", [
    ("Dana Oyelaran, vice president and counsel for the Harbor Board,", "Dana Oyelaran"),
    ("Dana Oyelaran, in a statement released on Thursday,", "Dana Oyelaran"),
    ("Dana Oyelaran, Merrow’s campaign manager,", "Dana Oyelaran"),
    ("Dana Oyelaran, assistant secretary of state for ports, rivers, and canals,", "Dana Oyelaran"),
    ("screenwriter Dana Oyelaran", "screenwriter Dana Oyelaran"),
    ("the harbor-facing newspaper", "the harbor-facing newspaper"),
])
def test_subject_walks_over_descriptions(subject, mention):
    assert only(f'"We will reopen the bridge," {subject} said.')["speaker_mention"] == mention


def test_name_sharing_a_word_with_an_auxiliary_or_title():
    assert only('"It is done," said Will Oyelaran.')["speaker_mention"] == "Will Oyelaran"
    assert only('"It is done," Ann White said.')["speaker_mention"] == "Ann White"


def test_ambiguous_cue_after_a_speaker_head_is_a_verb():
    assert only('The senator claims "the bridge is safe."')["speaker_mention"] == "The senator"


def test_new_cue_between_quotes_starts_a_new_utterance_same_speaker():
    df = speech('"The bridge is safe," the mayor said, adding that "we will reopen it on Monday morning."')
    assert len(df) == 2 and df["utterance_id"].nunique() == 2
    assert set(df["speaker_mention"]) == {"the mayor"}


def test_work_title_ending_in_a_period_is_not_speech():
    df = extract_quotes('He said so on the network’s "Morning Hour."')
    assert not df["is_speech"].any() and df["non_speech_reason"].iloc[0] == "title"


# ---- attribution grammar on real news (session 15): subject of the cue, inverted cues, asides, colons --------
@pytest.mark.parametrize("text, mention", [
    ('"We are ready for this," Ms. White said.', "Ms. White"),                       # surname that is a title word
    ('"Our revolution has forced a change," read the email.', "the email"),          # inverted 'read'
    ('"The court expresses no view on the merits," the suit reads.', "the suit"),   # document before 'reads'
    ('"Sanders is filled with resentment," Ann Lee and Bo Chen wrote.', "Bo Chen"),  # coordinated subjects
    ('"The nation is changing fast," the report stated.', "the report"),             # past form before a stop
    ('"I do not understand it," said Air Force 1st Lt. Tyler Livingston.', "Air Force 1st Lt. Tyler Livingston"),
    ('"There is no data to suggest that," said one unaligned Florida Republican strategist.',
     "one unaligned Florida Republican strategist"),                                  # loose role phrase
    ('"I just do not trust her," Cecelia Purner, 67, a retired nurse in Allentown, Pa., said in an interview.',
     "Cecelia Purner"),                                                               # apposition with a place
    ('"This might hasten the eclipse of the field," Will wrote.', "Will"),           # bare surname, modal homograph
    ('"We will win this state," as his father hoped, Ann Lee said.', "Ann Lee"),     # aside before the attribution
    ('"It was a rout," like the vote in 2008, said Richard Curtin, an economist.', "Richard Curtin"),
    ('"We had called him before he boarded," his nephew Michery el Soheil added.', "his nephew Michery el Soheil"),
    ('Or, as Tom Ridge, a former secretary, put it: "The barbarians are inside."', "Tom Ridge"),
    ('POLLS WERE EARLY - Ann Lee: "The polls just ended too early."', "Ann Lee"),     # headline label, then source
    ('Clinton seemed irritated: "It is a public statement! Just email it," she wrote.', "she"),  # tight after wins
])
def test_speaker_mention_from_attribution_grammar(text, mention):
    assert only(text)["speaker_mention"] == mention


@pytest.mark.parametrize("text, mention", [
    ('The polls close at 7 p.m. He says "it is interesting that so many are undecided."', "He"),
    ('Joe Wilson gained attention in 2009 when he yelled "You lie!" at the president.', "he"),
    ('Ann Lee told reporters she believed "we will win this race in the end."', "Ann Lee"),
    ('At a rally in Ames, Iowa, on Sunday, Ann Lee went after Bob Day, calling him "a total stiff."', "Ann Lee"),
    ('Lynch announced the lawsuit on Monday. "We are seeking a court order against the state."', "Lynch"),
    ('Another source familiar with his thinking said, "He will try to be friendlier."',
     "Another source familiar with his thinking"),
    ('Minutes later, she sent an email saying, "It is done and we are ready."', "she"),   # issuer of the email
    ('Another tweeted, "She thinks she is above the rules and the law."', "Another"),
    ('South Carolina, he said, was "where we have a chance to go after him."', "he"),    # parenthetical
    ('At the time, Lee seemed to agree: "She signed an agreement," he told the New York Times.', "he"),
])
def test_speaker_mention_before_the_quote(text, mention):
    assert only(text)["speaker_mention"] == mention


@pytest.mark.parametrize("text, mention", [
    ('"We will leave," Ann Lee said, according to CNN.', "CNN"),                      # an outlet relays her words
    ('"We will leave," the mayor told the council, according to a transcript of the meeting.', "transcript"),
    ('"We will leave," Ann Lee said, the Harbour Gazette reported.', "Harbour Gazette"),
    ('"We will leave," Ann Lee said, according to Bo Hale.', "Ann Lee"),              # a named person: she spoke
    ('"We will leave," Ann Lee said at the rally.', "Ann Lee"),
    ('According to a transcript, the mayor said "we will leave."', "transcript"),   # the relay opens it
    ('According to Bo Hale, Ann Lee said "we will leave."', "Ann Lee"),
])
def test_a_quote_relayed_by_an_outlet_or_document_is_sourced_to_the_relay(text, mention):
    # PolNeAR annotates the relaying outlet or document as the source (PolNeAR train: 16 more speakers right, none lost)
    assert mention in only(text)["speaker_mention"]


def test_a_clause_is_not_read_as_a_loose_speaker():
    assert mentions.loose_np("Bush will await results after the polls", 0, 39) is None
    assert mentions.loose_np("the next day", 0, 12) is None
    assert mentions.loose_np("with Muslim aide Huma Abedin", 0, 28) is None


def test_nickname_inside_a_name_is_not_speech():
    df = extract_quotes('Officials said one of the dead was Wissam Mohammed "Abu Bakr" al-Saadi, a commander.')
    assert df["non_speech_reason"].tolist() == ["name"]


# ---- round of 2026-12-01: partial quotes, continuations, subjects ----------------------------------------
def test_later_partial_quote_in_the_sentence_continues_the_report():
    # (stop 32: 'the word "crisis"' names a word, no speech, so the fixture says it instead; see test_quotes_s32)
    df = speech('Mayor Ruth Dale said that by refusing to say "crisis," the council is "hiding from the facts."')
    assert df["speaker"].tolist() == ["Ruth Dale", "Ruth Dale"] and df["utterance_id"].nunique() == 1


@pytest.mark.parametrize("text", [
    'Then she turned on the board, calling the offer "an insult."',
    'Years later the owners, in a long letter, urged fans to show "patience and calm."',
])
def test_short_partial_quote_after_an_evaluative_or_request_cue_is_speech(text):
    assert only(text)["is_speech"]


def test_agentless_naming_is_still_not_speech():
    assert not extract_quotes('The plan is what is called a "bridge" in the trade.')["is_speech"].any()


@pytest.mark.parametrize("text, mention", [
    ('And he seemed to change course, promising that in any case, "we will win the vote."', "he"),
    ('And then she went after the council, accusing it of "gross neglect."', "she"),
    ('The dispute ended in what Ann Price, the club treasurer, called "a costly misunderstanding."', "Ann Price"),
    ('He praised Jo Marsh, whom one council aide described as "the hardest worker here."', "one council aide"),
    ('The chairwoman however said she would accept "a fair compromise" next year.', "The chairwoman"),
    ('"Which budget do you mean?" Kim pressed.', "Kim"),
    ('"Costs will fall by half," the authors note in the report.', "the authors"),
    ('"Turnout will be low," Dana Pruitt, a pollster at Lakeview College, told the Gazette.', "Dana Pruitt"),
    ('Mayor Ito said she’s sure Kent will continue to be “a partner for growth.”', "Mayor Ito"),
    ('Members were uneasy, with Sen. Rosa Diaz calling the bill "a blank cheque."', "Sen. Rosa Diaz"),
])
def test_subject_of_the_cue_is_found(text, mention):
    assert speech(text)["speaker_mention"].tolist()[0] == mention


def test_noun_after_a_quote_is_not_an_inverted_cue():
    assert only('"Costs will fall by half," the claims in the report.')["speaker_mention"] == ""


def test_quote_paragraph_after_an_attributed_quote_paragraph_is_the_same_utterance():
    text = '"We start on Monday," said Omar Haddad, the site manager.\n\n"The first crews arrive at dawn."'
    df = speech(text)
    assert df["speaker"].tolist() == ["Omar Haddad", "Omar Haddad"] and df["utterance_id"].nunique() == 1


def test_quote_after_an_attribution_ending_in_an_abbreviation_inherits_it():
    df = speech('"The roads were empty," said Lena Ortiz, 41, of Tampa, Fla. "Nobody wanted to drive."')
    assert df["speaker"].tolist() == ["Lena Ortiz", "Lena Ortiz"]


def test_sentence_adverb_is_not_a_speaker():
    assert only('Sure, she concedes that "the schedule was too tight for everyone."')["speaker_mention"] == "she"


def test_quotes_around_an_unread_attribution_are_one_utterance():
    df = extract_quotes('"It was a hard year," the old man by the door said. "We lost a lot."')
    assert df["utterance_id"].tolist() == [0, 0]


# ---- reported content: a partial quote inside reported speech stands for the clause its cue reports ----------
def _content(text: str) -> str:
    r = only(text)
    return text[r["content_start"]:r["content_end"]]


@pytest.mark.parametrize("text, content", [
    ('Mara Quinn said the new ferry was "a real gamble" for the town.', 'the new ferry was "a real gamble" for the town.'),
    ('The mayor told reporters that the budget "does not add up" this year.', 'the budget "does not add up" this year.'),
    ('The budget "does not add up" this year, the mayor said.', 'The budget "does not add up" this year'),
])
def test_partial_quote_content_is_the_reported_clause(text, content):
    assert _content(text) == content


@pytest.mark.parametrize("text", [
    '"We will rebuild the pier," said Mara Quinn.',
    'Mara Quinn said: "We will rebuild the pier."',
])
def test_direct_quote_content_is_the_quote_with_its_marks(text):
    r = only(text)
    assert text[r["content_start"]:r["content_end"]].strip('"') == r["quote"]


# ---- the subject of a reporting clause ----------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    'Mara Quinn, 34, of Dover, Del., said the harbour was "a ghost town" by noon.',
    'Mara Quinn, of Salem, Oregon, said the harbour was "a ghost town" by noon.',
    'Mara Quinn, a baker from Salem, Oregon, said the harbour was "a ghost town" by noon.',
])
def test_age_and_hometown_appositions_are_walked_over_to_the_name(text):
    assert only(text)["speaker_mention"] == "Mara Quinn"


def test_a_town_before_the_subject_is_not_walked_over():
    r = only('At a rally in Salem, Mara Quinn said the harbour was "a ghost town" by noon.')
    assert r["speaker_mention"] == "Mara Quinn"


def test_the_reporting_clause_pronoun_is_the_mention_not_the_embedded_one():
    text = 'She says she thinks the harbour was "a ghost town" by noon.'
    r = only(text)
    assert r["speaker_mention_start"] == 0


def test_a_participle_after_a_determiner_is_no_cue():
    r = only('Mara Quinn told the Courier in a written statement, "We will reopen the harbour soon."')
    assert r["speaker_mention"] == "Mara Quinn"


# ---- quoted spans that are not speech ----------------------------------------------------------------------
def test_a_markup_attribute_value_is_not_speech():
    df = extract_quotes('<post author="Mara Quinn" date="May 2">The harbour is open again.</post>')
    assert not df["is_speech"].any() and set(df["non_speech_reason"]) == {"markup"}


def test_a_nickname_after_initials_is_a_name():
    df = extract_quotes('The town was represented by Gov. J.R. "Buck" Tanner, who spoke first.')
    assert df["non_speech_reason"].tolist() == ["name"]


def test_an_unlisted_verb_in_inverted_order_after_a_quote_reports_it():
    r = only('"We had no idea what was coming," reminisced Mara Quinn, a former ferry pilot.')
    assert r["speaker"] == "Mara Quinn" and r["cue"] == "reminisced"


@pytest.mark.parametrize("text", [
    'Lisbon (AFP) – Mayor Mara Quinn has criticised the port plan, saying that "the numbers do not add up."',
    'LISBON — Mara Quinn criticised the port plan, saying that "the numbers do not add up."',
    'LISBON ― This spring, as the vote neared, Mara Quinn told friends the plan was late and thought it "does not add up."',
])
def test_a_dateline_is_not_the_subject(text):
    assert only(text)["speaker"] == "Mara Quinn"


def test_a_name_before_a_dash_is_not_a_dateline():
    from analysis.quotes.cues.after import _np_opening

    t = "Mara Quinn — the harbour master — said"
    assert _np_opening(t, 0, len(t)).name == "Mara Quinn"


def test_adjectives_set_off_by_a_comma_stay_in_the_speaker_phrase():
    r = only('"The tide will not wait for us," the weary, 70-year-old skipper said on Monday.')
    assert r["speaker_mention"] == "the weary, 70-year-old skipper"


@pytest.mark.parametrize("text, mention", [
    ('At the harbour meeting Sen. Mara Quinn (D-ME) said the new pier was "a costly mistake" for all.', "Sen. Mara Quinn"),
    ('The ferry stops in part because Harbour Master Mara Quinn has said the pier is "not ready" yet.', "Harbour Master Mara Quinn"),
    ('A source close to the port board says the repairs are "far behind" schedule.', "A source close to the port board"),
])
def test_a_speech_cue_takes_a_loosely_read_subject(text, mention):
    assert only(text)["speaker_mention"] == mention


@pytest.mark.parametrize("text", [
    'The plan, says Mara Quinn, is "a costly mistake" for all.',          # inverted: not the phrase before it
    'The worries being expressed by the crew go beyond the "costly" pier.',  # passive: no subject
])
def test_no_loose_subject_before_an_inverted_or_passive_cue(text):
    for m in speech(text)["speaker_mention"]:
        assert m in {"", "Mara Quinn"}, m


@pytest.mark.parametrize("text, speaker", [
    ('The port board placed ads in the paper calling the pier "a costly mistake."', "the port board"),
    ('Mara Quinn mocked the budget on Monday and called it "a costly mistake."', "Mara Quinn"),
    ('Mara Quinn and Tom Reyes both denounced the "costly" pier.', "Mara Quinn and Tom Reyes"),
])
def test_an_evaluative_cue_takes_its_clause_subject(text, speaker):
    assert only(text)["speaker"] == speaker


@pytest.mark.parametrize("text, mention", [
    ('The vote came a day after her warning that the pier "will not last" the winter.', "her"),
    ('It followed Mara Quinn’s claim that the pier "will not last" the winter.', "Mara Quinn"),
])
def test_a_partial_quote_after_a_possessed_speech_noun_is_the_possessors(text, mention):
    assert only(text)["speaker_mention"] == mention


def test_a_title_after_a_possessed_noun_stays_a_title():
    df = extract_quotes('The crowd liked his post about "The Long Winter" on Monday.')
    assert not df["is_speech"].any()


def test_a_when_asked_aside_is_walked_over_to_the_subject():
    r = only('Mara Quinn, when asked about the pier, responded that the board "has no plan at all."')
    assert r["speaker_mention"] == "Mara Quinn"


def test_a_dateline_glued_to_the_first_word_is_not_the_subject():
    r = only('LISBON —After the vote, Mara Quinn told friends the pier was "a costly mistake" for all.')
    assert r["speaker_mention"] == "Mara Quinn"


@pytest.mark.parametrize("text, mention", [
    ('The vote prompted the harbour board to state, "We will rebuild the pier this year."', "the harbour board"),
    ('The meeting was so calm that Mara Quinn was prompted to say, "We will rebuild the pier."', "Mara Quinn"),
    ('When the meeting resumed she began by saying, "We will rebuild the pier this year."', "she"),
])
def test_a_report_reached_through_another_verb_keeps_its_speaker(text, mention):
    assert only(text)["speaker_mention"] == mention


def test_an_infinitive_of_wanting_is_no_report():
    df = extract_quotes('Mara Quinn wants to say "sorry" to the crew.')
    assert df["cue"].tolist() != ["say"]


def test_a_pronoun_and_an_unlisted_verb_after_a_quote_report_it():
    df = speech('Her father, Tom, worried about the vote.\n\n"People are afraid of wasting their votes," he surmised.')
    assert df["speaker_mention"].tolist() == ["he"]


def test_a_name_opening_the_sentence_before_a_long_aside_is_the_subject():
    text = ('Tom Reyes, a Maine fisherman who had served on the port council before leaving in March because of a '
            'quarrel over fees, said Quinn had been misled by “insiders” on the council.')
    assert only(text)["speaker_mention"] == "Tom Reyes"


def test_a_named_person_closing_a_clause_before_a_colon_speaks():
    r = only('The late count does not surprise harbour pollster Mara Quinn: "Late votes rarely change these races."')
    assert r["speaker_mention"] == "harbour pollster Mara Quinn" or r["speaker"] == "Mara Quinn"


def test_an_inverted_cue_after_an_aside_keeps_a_speaker_with_a_relative_clause():
    r = only('"The new pier is a real gain," since so many boats were stuck, said Mara Quinn, who runs the port.')
    assert r["speaker"] == "Mara Quinn"


def test_the_asker_of_a_passive_question_speaks():
    r = only('Quinn was asked by host Tom Reyes, "Why rebuild the pier now?"')
    assert r["speaker"] == "Tom Reyes"


@pytest.mark.parametrize("text", [
    'Port spokesman Tom Reyes said boats went out with the crews, whom he described as "calm," all day.',
    'Tom Reyes said he backs the levy, which he called "a fair deal" for the town.',
])
def test_a_pronoun_reporting_inside_a_relative_clause_is_the_mention(text):
    r = only(text)
    assert (r["speaker_mention"], r["speaker"]) == ("he", "Tom Reyes")


def test_in_the_words_of_names_the_speaker():
    r = only('The new pier was, in the words of one harbour aide, "the best choice" for the town.')
    assert (r["is_speech"], r["speaker_mention"]) == (True, "one harbour aide")


def test_an_as_x_said_aside_after_a_partial_quote_names_the_speaker():
    r = only('Still, the fact that the vote "is close right now," as Quinn said on the radio, makes each ballot count.')
    assert (r["is_speech"], r["speaker_mention"]) == (True, "Quinn")


def test_a_cue_after_but_and_an_adverb_shares_the_sentence_subject():
    r = only('Tom Reyes used to back the pier, but now says the board has "a duty to act."')
    assert (r["is_speech"], r["speaker_mention"]) == (True, "Tom Reyes")


@pytest.mark.parametrize("text, mention", [
    ('The pier plan "is too costly to go on," the ruling issued Friday said.', "the ruling"),
    ('A new harbour ad released Monday accuses Quinn of "a pattern of waste" over ten years.', "A new harbour ad"),
])
def test_a_document_with_a_participle_modifier_speaks(text, mention):
    r = only(text)
    assert (r["is_speech"], r["speaker_mention"]) == (True, mention)


def test_a_possessed_response_before_a_colon_is_its_owners_words():
    r = only('Quinn’s response was: "Is the pier open on Sunday?"')
    assert r["speaker_mention"] == "Quinn"


def test_a_sniping_remark_is_a_report():
    r = only('Tom Reyes sniped that Quinn, a first-time chair, was "learning on the job," while others said less.')
    assert (r["is_speech"], r["speaker_mention"]) == (True, "Tom Reyes")


def test_a_report_by_a_named_author_speaks_its_partial_quote():
    r = only('It was a report by the Harbour Times that he "made up" the story.')
    assert (r["is_speech"], r["speaker_mention"]) == (True, "Harbour Times")


# ---- s18-quotes round ---------------------------------------------------------------------------------
@pytest.mark.parametrize("text, mention", [
    ('He’s predicting the ferry will run "on time, every time" next year.', "He"),
    ("They've said the pier is \"safe enough\" for now.", "They"),
])
def test_a_pronoun_with_a_contracted_auxiliary_is_the_subject(text, mention):
    r = only(text)
    assert (r["is_speech"], r["speaker_mention"]) == (True, mention)


@pytest.mark.parametrize("text, mention", [
    ('The port director railed against what he calls the "paper pushers" in town.', "The port director"),
    ('Ferry workers marched against what they called the "rigged" rota.', "Ferry workers"),
    ('The ferry workers booed what he called the "rigged" rota.', "he"),   # a pronoun that cannot be the subject
])
def test_what_a_pronoun_calls_is_the_main_subjects_words(text, mention):
    r = only(text)
    assert (r["is_speech"], r["speaker_mention"]) == (True, mention)


@pytest.mark.parametrize("text, cue", [
    ('The coach implied the referee was "out of his depth" all night.', "implied"),
    ('Ann Lee portrayed the mayor as "a man of the people" in her speech.', "portrayed"),
    ('The minister heralded the deal as "a turning point" for farmers.', "heralded"),
    ('The union applauded the board for "listening at last" to staff.', "applauded"),
    ('Tom Reyes hammered the council, calling its plan "a folly" from the start.', "calling"),
    ('The bishop voiced a hope for "a calm and fair vote" next month.', "voiced"),
    ('The judge pronounced the ferry "fit to sail" after the test.', "pronounced"),
])
def test_evaluative_and_speech_verbs_govern_their_partial_quotes(text, cue):
    r = only(text)
    assert (r["is_speech"], r["cue"]) == (True, cue)
    assert r["speaker_mention"]


def test_a_whole_quote_sentence_after_a_reporting_sentence_takes_its_speaker_even_mid_paragraph():
    df = speech('Ann Lee, the port lawyer, argues the fee is fair. "The board has been clear for years." The case is still open.')
    assert df.speaker_mention.tolist() == ["Ann Lee"]


@pytest.mark.parametrize("text, mention", [
    ('"There was cause to act, but the proof is thin," according to a memo filed by lawyer Dan Hale.', "lawyer Dan Hale"),
    ('According to a memo written by the town clerk, the pier is "beyond repair."', "the town clerk"),
])
def test_according_to_a_document_issued_by_someone_gives_the_issuer(text, mention):
    assert only(text)["speaker_mention"] == mention


@pytest.mark.parametrize("text", [
    '"The bulk of the delay comes from the old" locks, he said, rather than from the new crews on the boats.',
    'The storm had "done the worst harm" yet to the pier, she said in a recorded message to the town council.',
])
def test_a_sentence_final_attribution_with_a_long_aside_or_place_phrase_still_attributes(text):
    r = only(text)
    assert (r["is_speech"], r["attribution"]) == (True, "end of sentence")


def test_a_long_attribution_aside_keeps_the_subject():
    r = only('The mayor, in response to the rival’s remark about the ferry fares, accused him of showing '
             '"contempt for riders."')
    assert (r["is_speech"], r["speaker_mention"]) == (True, "The mayor")


@pytest.mark.parametrize("text, mention", [
    ('Ann Lee argued the club had changed: "It is not the club we knew," he claimed.', "he"),
    ('Tom Reyes admitted the poll numbers - his "weak spots," he called them - were a worry.', "he"),
])
def test_a_short_attribution_right_after_the_quote_wins_over_the_sentence_subject(text, mention):
    r = only(text)
    assert r["speaker_mention"] == mention


@pytest.mark.parametrize("text, mention", [
    ('About six in 10 said the fee was "too high" for them.', "About six in 10"),
    ('Asked about it, 31 percent said the plan was "unlikely" to pass.', "31 percent"),
    ('Outside, about 200 farmers said the levy was "a theft" from them.', "about 200 farmers"),
])
def test_a_share_or_count_of_people_can_be_the_subject(text, mention):
    assert only(text)["speaker_mention"] == mention


@pytest.mark.parametrize("text, mention", [
    ('Later, the mayor said town staff were calling "at all hours."', "the mayor"),
    ('The mayor said the board described the plan as "a lost cause."', "The mayor"),
])
def test_a_report_inside_a_report_is_the_outer_speakers_words(text, mention):
    assert only(text)["speaker_mention"] == mention


def test_state_before_a_noun_is_a_modifier_not_a_cue():
    df = extract_quotes('Ann Lee is backing four state board hopefuls "who share our aims."')
    assert "state" not in df.cue.tolist()


def test_an_attribution_with_a_role_set_off_by_commas_inside_the_quote_sentence():
    r = only('The mayor, an aide said, "is sure of the plan" for the pier.')
    assert r["speaker_mention"] == "an aide"


def test_the_subject_after_a_subordinator_inside_a_participle_clause():
    r = only('Days after the vote, pointing at a heckler as she sharply said, "We are tired of the delays" at the pier, '
             'Ann Lee left the stage.')
    assert r["speaker_mention"] == "she"


def test_a_relative_that_inside_an_apposition_keeps_the_named_subject():
    r = only('But Dan Hale, the head of Pier Watch, a local group that has sued the town, said that "the pier is lost."')
    assert (r["is_speech"], r["speaker_mention"]) == (True, "Dan Hale")


@pytest.mark.parametrize("text, mention", [
    ('The mayor, in a statement, said it was "a sad day" for the town.', "The mayor"),
    ('The ad, in a swipe at the rival, calls him "a fraud" twice.', "The ad"),
])
def test_a_prepositional_aside_between_subject_and_cue_is_walked_over(text, mention):
    r = only(text)
    assert (r["is_speech"], r["speaker_mention"]) == (True, mention)


def test_counsel_and_proponents_are_speakers():
    r = only('Lee’s defense counsel asked for mercy, calling the thefts "a cry for help."')
    assert r["speaker_mention"] == "Lee’s defense counsel"


def test_a_participle_adjective_after_a_determiner_stays_in_the_speaker_phrase():
    r = only('"The panel found no fault" with the crew, the unsigned ruling said.')
    assert (r["speaker_mention"], r["attribution"]) == ("the unsigned ruling", "end of sentence")


@pytest.mark.parametrize("text", [
    '"We will win," Ann Lee, the mayor, Tweeted on Friday with a photo.',
    'Ann Lee Tweeted, "We will win."',
])
def test_a_capitalised_past_tense_cue_after_a_name_is_a_verb(text):
    assert only(text)["speaker_mention"] == "Ann Lee"


def test_a_capitalised_cue_in_a_title_case_headline_is_no_verb():
    df = extract_quotes('Ann Lee Tweeted Her "Thanks" To The Town')
    assert "tweeted" not in df.cue.tolist()


def test_one_plain_sentence_may_stand_between_a_speaker_and_a_whole_quote_sentence():
    r = only('Ann Lee said the pier must close. The fee is high. "We cannot pay for it." The vote is on Monday.')
    assert (r["speaker_mention"], r["attribution"]) == ("Ann Lee", "previous sentence")


@pytest.mark.parametrize("text, mention", [
    ('Now Ann Lee, the newest member of the board, is promising to build "a better pier" for the town.', "Ann Lee"),
    ('At the fair, some farmers could be heard grousing that the "new" rules were unfair.', "some farmers"),
    ('Last year she all but accused the harbour board of trying to "bury" the report.', "she"),
    ('Ann Lee summed up the new plan as "a muddle" and left.', "Ann Lee"),
])
def test_hedges_and_sentence_adverbs_around_the_subject(text, mention):
    r = only(text)
    assert (r["is_speech"], r["speaker_mention"]) == (True, mention)


def test_a_cue_after_the_quote_beats_a_clause_colon_before_it():
    r = only('But Ann Lee was far less cheerful: "The board will hate this plan," she recalled later.')
    assert (r["speaker_mention"], r["attribution"]) == ("she", "after")


def test_a_bare_role_after_a_name_describes_the_name():
    r = only('Colonel Dan Hale, harbour spokesman, said the new fees "hurt small boats most."')
    assert r["speaker_mention"] == "Colonel Dan Hale"


def test_a_broadcaster_name_ending_in_a_number_can_speak():
    r = only('The local radio station, Ames 24 reported that the ferry had run "two hours late" that day.')
    assert r["speaker_mention"] == "Ames 24"


def test_the_one_told_after_a_participle_cue_is_no_inverted_speaker():
    df = extract_quotes('The Pier Trust would not discuss "the rumours," telling Ames 24 that it cares about "safe crossings."')
    assert "Ames 24" not in df.speaker_mention.tolist()


def test_another_name_set_off_by_commas_leaves_the_first_phrase_speaking():
    r = only('The Harbour Safety Office (HSO), also known as Port Watch, announced that "the east gate will stay shut."')
    assert r["speaker_mention"] == "The Harbour Safety Office"


def test_a_participle_report_of_a_pronouns_view_is_the_main_subjects_words():
    r = only('Ann Lee hailed the new ferry, telling reporters on Friday that she thinks it is "the best yet."')
    assert r["speaker_mention"] == "Ann Lee"


# ---- s19: digests, polls, coordinated authors, titles, participle openers ------------------------------
def test_a_digest_headline_speaks_for_the_quote_under_it():
    text = ('MORNING DIGEST.\n\nFERRY FARES RISE AGAIN "The harbour board raised fares for the third time this year." '
            '[Coast Times.]\n\nNEW BRIDGE OPENS Traffic moved freely on Monday. [Ames 24.]')
    assert only(text)["speaker_mention"] == "FERRY FARES RISE AGAIN"


def test_a_capitalised_lead_without_a_bracketed_outlet_is_no_speaker():
    text = 'FERRY FARES RISE AGAIN "The harbour board raised fares for the third time this year."'
    assert "FERRY" not in "".join(extract_quotes(text).speaker_mention)


def test_two_authors_named_after_a_headline_dash_speak():
    text = 'LATE SWING, NOT A MISS - Ann Lee and Bo Hale: "The surveys simply closed too early to see the swing."'
    assert only(text)["speaker_mention"] == "Ann Lee"


@pytest.mark.parametrize("lead, poll", [
    ("In a harbour survey released Monday, 8 percent of Democrats said they would", "a harbour survey released Monday"),
    ("On the quay, 8 percent of Democrats said they would", None),
])
def test_respondents_answer_the_poll_the_sentence_names(lead, poll):
    r = only(f'{lead} "never vote" for the fare rise.')
    if poll is None:
        assert "survey" not in r["speaker_mention"]
    else:
        assert r["speaker_mention"] == poll


def test_respondents_answer_a_poll_named_after_the_quote():
    r = only('Some 55 percent of riders said they do not believe the mayor "cares about people like me," according to '
             'a Coast Times survey conducted in May.')
    assert r["speaker_mention"].startswith("a Coast Times survey")


def test_a_title_after_author_of_does_not_hide_an_as_aside():
    text = 'As Ann Lee, author of "The Long Crossing," put it, "Nobody builds a ferry for one summer."'
    assert only(text)["speaker_mention"] == "Ann Lee"


def test_a_participle_opening_the_sentence_is_no_speaker():
    text = 'Facing angry riders, the harbour board issued a statement, insisting it had "no choice" on fares.'
    assert only(text)["speaker_mention"] == "the harbour board"


def test_the_one_called_by_a_participle_is_not_its_speaker():
    text = 'Waving banners calling Ann Lee "the ferry thief," the riders chanted "no more fares."'
    assert "Ann Lee" not in extract_quotes(text).speaker_mention.tolist()


def test_an_absolute_with_clause_can_have_an_advert_for_subject():
    r = only('Lee tied Hale to the board, with one of her ads asking, "Is Bo Hale fit to serve on the board?"')
    assert r["speaker_mention"] == "one of her ads"


def test_a_party_label_after_the_name_keeps_the_main_subject_of_a_participle():
    text = ('Sen. Ann Lee (D-Vt.) visited the radio station to discuss remarks about her rival, Bo Hale, saying '
            '"on his worst day" he would be a better mayor.')
    assert only(text)["speaker_mention"] == "Sen. Ann Lee"


@pytest.mark.parametrize("text, mention", [
    ('Bo Hale, who describes himself as Irish, told the Coast Times that the pier was "never safe."', "Bo Hale"),
    ('Ann Lee, whose hometown, Ames, is sinking, argues that the plan will "ruin the coast."', "Ann Lee"),
    ('A harbour official who spoke on condition of anonymity said Monday, "The gate stays shut."', "A harbour official"),
])
def test_a_relative_aside_after_the_subject_is_walked_over(text, mention):
    assert only(text)["speaker_mention"] == mention


@pytest.mark.parametrize("text, mention", [
    ('The page was replaced by a notice that said, "This ferry no longer runs."', "that"),
    ('The board sent a letter that said "we will not give up our night ferry."', "that"),
    ('Ann Lee said the town lost a ferry that said "welcome home" to everyone.', "Ann Lee"),
])
def test_a_relative_that_speaks_for_the_thing_it_follows_unless_a_clause_reports_it(text, mention):
    assert only(text)["speaker_mention"] == mention


def test_the_asker_in_a_when_asked_aside_is_not_the_speaker():
    r = only('When asked by host Ann Ray on Monday about the new fares, Bo Hale said: "I do not think they will last."')
    assert r["speaker_mention"] == "Bo Hale"


def test_a_second_cue_joined_to_an_earlier_report_keeps_its_subject():
    text = ('Speaking at the pier on Monday, Ann Lee, 70, said it was too early to count the votes but added, '
            '"I think you all know how this ends."')
    assert only(text)["speaker_mention"] == "Ann Lee"


@pytest.mark.parametrize("text, mention", [
    ('The vote prompted the Ames Gazette, which covers the port, to state, "The ferry vote was the closest in years."',
     "the Ames Gazette"),
    ('The post spread fast, leading harbour advisers like Bo Hale to counter that "every ferry ran on time."', "Bo Hale"),
])
def test_the_one_led_to_a_report_speaks_past_a_relative_aside_or_an_example(text, mention):
    assert only(text)["speaker_mention"] == mention


def test_a_described_name_with_a_capitalised_word_inside_speaks_after_the_quote():
    text = '"We ran out of time," former State policy planning director Ann Lee wrote to the board on Monday.'
    assert only(text)["speaker"] == "Ann Lee"


def test_an_evaluative_cue_takes_no_inverted_speaker_before_the_quote():
    r = only('That prompted Ann Lee to joke about sailing and call Bo Hale "very flexible," a nod to his record.')
    assert r["speaker_mention"] != "Bo Hale"


def test_a_cue_coordinated_with_a_who_clause_speaks_for_that_who():
    text = ('The ferry "was handled badly," said a former harbour official who ran the inquiry and described the '
            'delay as "a lesser set of failures."')
    df = speech(text)
    assert df.speaker_mention.tolist()[-1] == "who"


def test_a_body_inside_a_pronouns_reported_clause_does_not_speak():
    text = ('He also set out his plan for the port, stating that the harbour board should formally declare '
            'a "state of emergency" at once.')
    assert only(text)["speaker_mention"] == "He"


def test_a_sentence_opening_with_a_participle_cue_continues_the_previous_speaker():
    text = ('Later that day, Ann Lee stated of the fares that the report "was not good." Adding, "Like every fare '
            'rise before it, what they do is never as bad as how they explain it."')
    assert speech(text).speaker_mention.tolist() == ["Ann Lee", "Ann Lee"]


def test_a_relayed_quote_keeps_the_person_quoted_beside_the_relay():
    text = '"We will not stop," the mayor said, according to the Harbour Times. "Never," said Ann Lee.'
    q = extract_quotes(text)
    assert q.loc[0, "speaker_mention"] == "the Harbour Times" and q.loc[0, "relayed_speaker_mention"] == "the mayor"
    s, e = q.loc[0, ["relayed_speaker_mention_start", "relayed_speaker_mention_end"]]
    assert text[s:e] == "the mayor"
    assert q.loc[1, "relayed_speaker_mention"] == "" and q.loc[1, "relayed_speaker_mention_start"] == -1


# ---- s20 round: crowds, documents and their issuers, asides, relays, labels ----------------------------
def test_a_crowds_chant_belongs_to_the_crowd_of_the_nearest_clause():
    text = ('The mayor spoke near the harbour, where about 40 protesters had gathered since dawn, chanting '
            '"no deal, no ships" at the gates.')
    assert only(text)["speaker_mention"] == "about 40 protesters"


def test_a_crowd_subject_after_an_intro_phrase_chants_through_a_coordinated_participle():
    text = 'Outside the town hall, about 300 demonstrators massed in two groups, waving flags and chanting "Fair prices now."'
    assert only(text)["speaker_mention"] == "about 300 demonstrators"


def test_a_participle_with_its_own_subject_is_not_a_crowds():
    text = 'Some of his fans jeered a heckler, with Ann Lee reportedly yelling: "Take him away!"'
    assert only(text)["speaker_mention"] == "Ann Lee"


def test_an_inverted_cue_right_after_a_question_beats_the_clause_before_the_quote():
    text = ('If the port is sold - as unions allege, but the board firmly denies - "why would anyone invest?" '
            'asked Bo Hale, now an adviser to the unions.')
    assert only(text)["speaker_mention"] == "Bo Hale"


def test_the_writer_of_a_document_speaks_through_a_participle_after_it():
    text = 'Harbour Mayor Ann Lee wrote a letter to Transport Minister Bo Hale asking him to stop the "fiasco."'
    assert only(text)["speaker_mention"] == "Harbour Mayor Ann Lee"


def test_the_asker_of_a_passive_whether_question_speaks():
    text = 'Lee was asked by moderator Bo Hale whether the new fares would become "a burden on every family."'
    assert only(text)["speaker_mention"] == "moderator Bo Hale"


def test_a_cue_inside_a_closed_which_or_as_aside_does_not_speak_for_the_clause():
    text = ('Ann Lee said that the harbour plan, which some have argued was drawn up in haste, was "an insult" '
            'to the dockers.')
    assert only(text)["speaker_mention"] == "Ann Lee"
    text = 'Bo Hale insisted that the fares are fair - as the board has said - and that they are "the lowest yet."'
    assert only(text)["speaker_mention"] == "Bo Hale"


def test_an_as_aside_that_is_the_only_cue_still_speaks():
    text = 'Of course, as Ann Lee of the Harbour Post observed, the winner was the port itself: "It never sleeps."'
    assert only(text)["speaker_mention"] == "Ann Lee"


def test_a_report_named_by_a_relative_which_speaks():
    text = 'The mayor linked to the auditors\u2019 report, which notes, "Half the funds were never spent."'
    assert only(text)["speaker"] == "the auditors\u2019 report"


def test_an_outer_speaker_keeps_a_partial_quote_relayed_at_the_end_of_the_sentence():
    text = 'On Monday, Ann Lee said she was "glad to see" the vote pass, according to the Harbour Times.'
    r = only(text)
    assert r["speaker_mention"] == "the Harbour Times" and r["relayed_speaker_mention"] == "Ann Lee"


def test_according_to_inside_the_quote_is_no_relay():
    text = 'Ann Lee told the radio that "the driver fired first, according to the police who stopped him."'
    assert only(text)["speaker_mention"] == "Ann Lee"


def test_a_sentence_opening_according_to_a_possessed_role_gives_that_source():
    text = 'According to his longtime physician, the mayor had "astonishingly good" results in his last exam.'
    assert only(text)["speaker_mention"] == "his longtime physician"


def test_a_footnote_or_projection_speaks_as_a_document():
    text = 'A footnote in the audit makes that plain: "These rules do not apply to the board."'
    assert only(text)["speaker_mention"].startswith("A footnote")
    text = 'The new projection predicted that fares would "double within two years at the latest."'
    assert only(text)["speaker_mention"] == "The new projection"


def test_a_document_subject_with_its_source_and_a_participle_modifier_speaks():
    text = 'A May 3 letter from the Harbour League obtained by the Post warns that "any further use will be sued."'
    assert only(text)["speaker_mention"] == "A May 3 letter"
    text = 'That memo, on harbour board letterhead, demanded that Lee make "a full public apology."'
    assert only(text)["speaker_mention"] == "That memo"


def test_an_unlisted_verb_with_a_preposition_after_a_quote_is_an_attribution():
    text = '"Let me help you out - the answer is no," the party nominee riffed on the rival\u2019s reply.'
    assert only(text)["speaker_mention"] == "the party nominee"


def test_an_inner_pronoun_in_a_clause_reported_with_warned_that_gives_the_outer_speaker():
    text = 'Ann Lee warned that dockers she has spoken with "do not trust the new board at all."'
    assert only(text)["speaker_mention"] == "Ann Lee"


def test_continuing_ones_remarks_introduces_the_next_quote_paragraph():
    text = ('"The fares are a scandal," Bo Hale said on Monday.\n\nHale continued his scathing remarks.\n\n'
            '"Eight years ago the board promised us cheaper tickets, and look where we are now."')
    assert speech(text).speaker_mention.tolist() == ["Bo Hale", "Hale"]


def test_a_from_label_names_the_source_of_the_quote():
    text = 'The panel met again. From the auditors\u2019 report: "Most samples were drawn with care."'
    assert only(text)["speaker_mention"] == "the auditors\u2019 report"


def test_a_singer_speaks_the_lyrics_quoted():
    text = 'In one old ballad, Ann Lee sings, "Don\'t go changing the harbour on me."'
    assert only(text)["speaker_mention"] == "Ann Lee"


def test_an_inverted_comma_set_attribution_with_an_apposition_speaks_for_the_clause():
    text = 'The paradox of the port, says Ann Lee, a historian at the maritime museum, is that it was "never busier."'
    assert only(text)["speaker_mention"] == "Ann Lee"


def test_a_speaker_inside_an_open_parenthesis():
    text = ('Historians call it what it was (Ann Lee, who coined the term, once said, "It happened again and '
            'again"). The port kept silent.')
    assert only(text)["speaker_mention"] == "Ann Lee"


def test_a_colon_clause_after_an_intro_phrase_takes_its_subject():
    text = 'But back on home soil, he returned to his old lines: "The harbour comes first!"'
    assert only(text)["speaker_mention"] == "he"
    text = 'Back home, the senator offered a warning: "The harbour comes first!"'
    assert only(text)["speaker_mention"] == "the senator"


def test_two_long_coordinated_authors_after_a_quote_give_the_first():
    text = ('"Tritium would change the harbour\u2019s power plans," energy experts Ann Lee and Bo Hale of the '
            'Ames Institute for Science and Harbour Security wrote in May.')
    assert only(text)["speaker_mention"] == "energy experts Ann Lee"


def test_an_outlet_reporting_a_persons_report_is_the_source_of_a_quote_nested_in_both():
    text = ('The Harbour Times notes that Ann Lee tweeted that the board should resign, and the mayor later called '
            'the board "very weak on safety."')
    assert only(text)["speaker_mention"] == "The Harbour Times"


def test_a_cue_free_sentence_after_an_attributed_quote_goes_on_with_its_speaker():
    df = extract_quotes('"The dock is ready," Ann Lee said. That makes the plan "the best the harbour has had."')
    # the same speaker, but a quote of another sentence is its own utterance (the quotes layers' unit; stop 32)
    assert df["speaker"].tolist() == ["Ann Lee", "Ann Lee"] and df["utterance_id"].nunique() == 2
    df = extract_quotes('"The dock is ready," Ann Lee said. She "would not wait for the board," either.')
    assert df["speaker_mention"].tolist() == ["Ann Lee", "She"] and df["speaker"].tolist() == ["Ann Lee", "Ann Lee"]


def test_a_quote_two_sentences_after_the_attributed_one_is_not_carried_on():
    df = extract_quotes('"The dock is ready," Ann Lee said. The board met on Monday. Its plan is "the best yet."')
    assert df["speaker"].tolist()[1] == ""


@pytest.mark.parametrize("text,mention", [
    ('The dock workers began chanting "Open the gates!"', "The dock workers"),
    ('The crowd began to chant "Open the gates!"', "The crowd"),
    ('The fans started shouting, "Open the gates!"', "The fans"),
    ('She kept repeating "the gates stay shut."', "She"),
])
def test_an_aspect_verb_before_a_cue_keeps_the_subject(text, mention):
    assert only(text)["speaker_mention"] == mention


def test_a_partial_quote_that_closes_its_sentence_takes_no_attribution_from_the_next_one():
    text = ('Ann Lee agreed that a delay would have "left the harbour open to floods." But, he said, '
            '"the board never asked."')
    assert speech(text)["speaker_mention"].tolist() == ["Ann Lee", "he"]
    text = 'Ann Lee agreed that a delay would have "left the harbour open." He said, "the board never asked."'
    assert speech(text)["speaker_mention"].tolist()[0] == "Ann Lee"


@pytest.mark.parametrize("text,mention", [
    ('"The pier is safe," said Ann Lee, head of the port board, reports the Harbour Times.', "the Harbour Times"),
    ('Ann Lee called the pier "safe" on Monday, reported the Harbour Times.', "the Harbour Times"),
    ('Ann Lee called the pier "safe" on Monday, the Harbour Times first reported.', "the Harbour Times"),
    ('"The pier is safe," Ann Lee said, the Harbour Times reported Tuesday.', "the Harbour Times"),
])
def test_an_outlet_relaying_a_quote_after_its_attribution_is_the_source(text, mention):
    assert only(text)["speaker_mention"] == mention


@pytest.mark.parametrize("text,mention,speaker", [
    ('Ann Lee, the editor of the city\u2019s paper, the Ames Gazette, said the pier was "a disgrace."', "Ann Lee", "Ann Lee"),
    ('Ann Lee, a friend of the harbour master, Bo Hale, said the pier was "a disgrace."', "Ann Lee", "Ann Lee"),
    ('The port\u2019s director, Bo Hale, said the pier was "a disgrace."', "The port\u2019s director, Bo Hale", "Bo Hale"),
])
def test_a_name_after_a_description_ending_in_of_names_its_object_not_the_speaker(text, mention, speaker):
    row = only(text)   # a role-first apposition is one mention (both halves); its name speaks
    assert (row["speaker_mention"], row["speaker"]) == (mention, speaker)


def test_a_cue_inside_a_reported_when_clause_does_not_take_the_quote():
    text = 'Ann Lee said that when Bo Hale argued for the pier last year, "we all listened to him."'
    assert only(text)["speaker_mention"] == "Ann Lee"
    text = 'Ann Lee said that although Bo Hale once praised it, the pier "was never safe."'
    assert only(text)["speaker_mention"] == "Ann Lee"


@pytest.mark.parametrize("text,mention", [
    ('The harbour plan promises "a dock for every family in the town."', "The harbour plan"),
    ('The bill says the port must "stay open all night."', "The bill"),
    ('The town released a statement saying the pier "is safe for everyone."', "The town"),
    ('"We will rebuild the pier," the city said in a statement.', "the city"),
])
def test_plans_laws_and_towns_speak(text, mention):
    assert only(text)["speaker_mention"] == mention


def test_a_surname_that_is_also_a_common_word_speaks():
    df = speech('"The pier was never safe," From said. "We knew it then."')
    assert df["speaker_mention"].tolist() == ["From", "From"]
    assert only('"The pier was never safe," This said.')["speaker_mention"] == ""


@pytest.mark.parametrize("text,mention", [
    ('Lee spoke on the quay, where hundreds of workers had gathered, chanting "Open the gates!"', "hundreds of workers"),
    ('Lee spoke on the quay, where residents had lined up, shouting "Shame!"', "residents"),
    ('Lee spoke on the quay, where many in the crowd cheered, shouting "Open the gates!"', "many in the crowd"),
])
def test_a_chant_belongs_to_the_gathered_group_not_the_main_subject(text, mention):
    assert only(text)["speaker_mention"] == mention


def test_a_state_after_a_town_is_no_speaker_nor_a_person():
    row = only('In Ames, New Hampshire, the senator said the pier "is safe for every family."')
    assert (row["speaker_mention"], row["speaker"]) == ("the senator", "the senator")
    row = only('At a rally in Ames, New Hampshire Monday, the mayor retorted: "The pier is safe."')
    assert (row["speaker_mention"], row["speaker"]) == ("the mayor", "the mayor")


@pytest.mark.parametrize("lead", ["But ", "On the pier: ", "And yet "])
def test_a_quote_after_a_bare_lead_goes_on_with_the_previous_paragraphs_speaker(lead):
    text = f'"The dock is ready," Ann Lee said on Monday.\n\n{lead}"we will open it to every family."'
    assert speech(text)["speaker_mention"].tolist() == ["Ann Lee", "Ann Lee"]


# ---- a restrictive relative inside a report is not the speaker -------------------------------------
@pytest.mark.parametrize("text, speaker", [
    ('Bo Kim said the way officials treated residents who protested "was a disgrace."', "Bo Kim"),
    ('Bo Kim said the council punished staff who complained "far too harshly."', "Bo Kim"),
])
def test_restrictive_who_inside_a_report_leaves_the_reporter_as_speaker(text, speaker):
    assert only(text)["speaker_mention"] == speaker


def test_non_restrictive_who_still_speaks():
    assert only('Officials met Ann Lee, the mayor, who said the plan was "a disaster."')["speaker"] == "Ann Lee"


# ---- s23: a quote paragraph introduced by the paragraph before it -------------------------------------
@pytest.mark.parametrize("intro, mention", [
    ("The statement from the harbour authority reads,", "The statement from the harbour authority"),
    ("A letter from the tenants union reads,", "A letter from the tenants union"),
    ("The mayor said,", "The mayor"),
])
def test_a_paragraph_ending_with_a_cue_and_comma_introduces_the_quote_paragraph(intro, mention):
    text = f'{intro}\n\n"The ferry will run again on Friday. Passengers should check the times."'
    assert only(text)["speaker_mention"] == mention


@pytest.mark.parametrize("crosshead", ["Harbour Plans", "The ferry timetable"])
def test_a_crosshead_line_between_the_attribution_and_the_running_quote_is_skipped(crosshead):
    text = (f"Ms Okafor told the council the plan had failed.\n{crosshead}\n"
            "\u201cWe tried every option we had.\n\u201cNow the ferry must stop.\u201d")
    df = speech(text)
    assert len(df) == 2 and set(df["speaker_mention"]) == {"Ms Okafor"}, df


def test_a_sentence_line_between_is_no_crosshead():
    text = ("Ms Okafor told the council the plan had failed.\nThe council then moved on to roads.\n"
            "\u201cWe tried every option we had.\u201d")
    assert only(text)["speaker_mention"] == ""  # a sentence of narrative is no crosshead to skip


def test_a_quote_sentence_opening_a_paragraph_of_plain_narrative_takes_the_previous_paragraphs_speaker():
    text = 'Ms Ito said the raid had found nothing.\n\n"The officers searched every room." They left at noon.'
    assert only(text)["speaker_mention"] == "Ms Ito"


def test_a_cue_after_the_quote_sentence_keeps_the_paragraph_its_own():
    text = 'Ms Ito said the raid had found nothing.\n\n"The officers searched every room." Mr Abe said so too.'
    assert only(text)["speaker_mention"] == "Mr Abe"


def test_a_running_quote_named_at_its_end_takes_that_attribution_not_the_paragraph_before():
    text = ('Coach Diaz said the side had lost its way.\n\n"We started well and then stopped running.\n\n'
            '"Next week we must be braver," said Diaz.')
    df = speech(text)
    assert set(df["speaker_mention"]) == {"Diaz"} and df["utterance_id"].nunique() == 1, df


def test_a_block_quote_after_a_colon_keeps_its_introducer():
    text = ('The paper reported on Friday:\n\n"The council has not decided on the plan yet.\n\n'
            '"We will vote next month," the mayor said.')
    df = speech(text)
    assert df.iloc[0]["speaker_mention"] == "The paper", df


# ---- a recording that relays the words is their source (reference table: audio, recording, tape, footage) --------
@pytest.mark.parametrize("relay, source", [
    ("according to a recording obtained by the Harbour Gazette", "the Harbour Gazette"),
    ("according to audio provided by Valley Public Radio", "Valley Public Radio"),
    ("according to a tape of the meeting", "a tape"),
])
def test_a_recording_that_relays_a_quote_is_its_source(relay, source):
    assert only(f'"We will close the pier," the mayor said on Monday, {relay}.')["speaker_mention"] == source


# ---- a voice heard on a recording or in a room: 'X can be heard saying', 'X is heard yelling' -------------------
@pytest.mark.parametrize("text, mention", [
    ('On the tape, a police officer can be heard after the alarm saying, "Close the gate now."', "a police officer"),
    ('In the clip, someone in the hall can be heard saying, "The lights are out."', "someone"),
    ('A driver is heard swearing after the crash and then someone else is heard yelling, "Stop the bus."', "someone else"),
])
def test_a_voice_heard_saying_something_is_its_speaker(text, mention):
    assert only(text)["speaker_mention"] == mention


def test_a_wire_dateline_with_a_date_is_no_speaker():
    """'City, Mon D (AGENCY).-' opens a wire story: the subject after it speaks, for a second partial quote too."""
    text = 'Lisbon, Mar 3 (EFE).- The ministry said on Monday the plan was “a grave mistake” and promised “a full review” soon.'
    df = speech(text)
    assert df["speaker_mention"].tolist() == ["The ministry", "The ministry"], df


@pytest.mark.parametrize("text, mention", [
    ('The officer entered shouting "close the doors" and ran upstairs.', "The officer"),
    ('The coach walked out saying "we were robbed."', "The coach"),
])
def test_a_participle_cue_right_after_a_verb_of_motion_takes_its_subject(text, mention):
    assert only(text)["speaker_mention"] == mention


def test_a_statement_speaks_for_a_body_that_said_in_a_statement():
    """'the agency said in a statement' names the issuer of 'the statement' quoted after it."""
    text = ('Two drones were shot down, the agency said in a statement.\n\n'
            '"We urge all sides to show restraint," the statement said.')
    assert only(text)["speaker"] == "the agency"


# ---- review fixes (s24): homonyms read only with the article's evidence; documents issued by 'The <body>' --------
def test_congress_stays_the_us_congress_in_a_us_article_about_india():
    """An article naming India twice but also US senators keeps 'Congress' as the US Congress."""
    from analysis.quotes.homonyms import home_country, home_readings
    text = ('India and Pakistan met in Delhi; India said talks went well. "We will act," Congress said in a '
            'resolution, and Senator Ann Lee and Rep. Tom Cole added that Republicans agreed.')
    assert home_country(text) == ""
    q = pd.DataFrame({"speaker": ["Congress", None], "speaker_role": ["", float("nan")]})
    assert home_readings(q, text)["speaker"].iloc[0] == "Congress"
    indian = "The BJP won in Jaipur; the BJP and India's allies met in New Delhi."
    out = home_readings(q, indian)
    assert out["speaker"].iloc[0] == "Congress party" and pd.isna(out["speaker"].iloc[1])


def test_a_statement_issued_by_a_body_opening_the_sentence_speaks_for_it():
    text = ('Rockets fell near the port. The defence ministry said in a statement that two were hit. '
            '"The attack failed," the statement said.')
    assert only(text)["speaker"] == "defence ministry" or only(text)["speaker"].lower().endswith("defence ministry")


# ---- s25: objects that show a cue word reports nothing; capitalised titles in appositions; compound roles -------
@pytest.mark.parametrize("text, mention", [
    ('He said the school hired a teacher who can speak Polish "from next term".', "He"),
    ('Ann Lee said nobody knew why (we called police) because "the gate was open".', "Ann Lee"),
    ('Ann Lee said the pupils, who called the police, were told "to stay inside".', "Ann Lee"),
])
def test_a_language_or_an_emergency_service_after_speak_or_call_is_no_cue(text, mention):
    assert only(text)["speaker_mention"] == mention


def test_a_rank_abbreviation_after_according_to_keeps_the_name():
    text = 'According to Brig. Sara Holm, head of traffic, the unit "worked through the night".'
    assert only(text)["speaker_mention"] == "Brig. Sara Holm"


def test_a_capitalised_title_after_an_inverted_cue_is_the_speakers_role():
    text = '"We are thrilled," said Dana Moss, President of Quarry Lane Studios. "It is a big step."'
    got = speech(text)
    assert set(got["speaker_role"]) == {"President of Quarry Lane Studios"}


@pytest.mark.parametrize("role, speaker, stype, mention, group", [
    ("the club's head coach", "Rui Mendes", "person", "Mendes", "civilian"),
    ("lead study author", "Ada Park", "person", "Ada Park", "analyst"),
    ("fellow Green Party councillor", "Joe Bell", "person", "Mr Bell", "legislator"),
    ("street artist", "Lena Moor", "person", "Lena Moor", "civilian"),       # artists, coaches: private people
    ("Head Coach", "Tom Reyes", "person", "Head Coach Tom Reyes", "civilian"),
    ("Town Councilor", "Ray Diaz", "person", "Councilor Ray Diaz", "legislator"),   # an elected council member (stop 37)
    ("the premier's national security adviser", "Omar Saleh", "person", "Omar Saleh", "government"),
    ("President and Chief Executive of Norland Foods", "Ida Berg", "person", "Ida Berg", "organisation"),
    ("", "the President of the Royal Society of Bakers", "role", "The President of the Royal Society of Bakers", "organisation"),
    ("", "the Harbour Residents’ Association", "body", "the Harbour Residents’ Association", "organisation"),
])
def test_compound_roles_titles_of_named_bodies_and_body_names_give_their_group(role, speaker, stype, mention, group):
    assert group_evidence(role, speaker, stype, mention)[0] == group


def test_an_epithet_resolved_to_a_named_person_keeps_its_role_as_group_evidence():
    text = 'Rui Mendes watched from the bench as his side lost again.\n\n"We lost our way," the Portuguese coach said.'
    q = extract_quotes(text).assign(doc_id="a")
    out, _ = resolve_speakers(q)
    assert out["speaker"].iloc[0] == "Rui Mendes" and out["speaker_group"].iloc[0] == "civilian"


@pytest.mark.parametrize("role, speaker, group", [
    ("", "the Northern Society of Physicians", "organisation"),   # a Society is a body (stop 37), not 'analyst' from its members
    ("the", "the Lakeside Residents’ Association", "organisation"),   # a bare determiner is no role
])
def test_a_body_name_is_read_from_its_own_head(role, speaker, group):
    assert group_evidence(role, speaker, "body", speaker)[0] == group


def test_gardai_told_someone_to_do_something_speak_as_the_passive_agent():
    text = 'The woman said she was told by gardai to "wait at the station" until morning.'
    assert only(text)["speaker_mention"] == "gardai"


@pytest.mark.parametrize("role, mention, group", [
    ("Brightwater Studios President", "Brightwater Studios President Ola Dahl", "organisation"),   # a company before the title
    ("", "CP Ola Dahl", "government"),                                                      # a police commissioner
    ("the navy’s chief spokesman", "Ola Dahl", "military"),                                  # a possessed role
])
def test_titles_after_a_company_name_police_commissioners_and_possessed_roles(role, mention, group):
    assert group_evidence(role, "Ola Dahl", "person", mention)[0] == group


def test_a_statement_label_speaks_for_the_person_it_names():
    text = 'News\n\nStatement from Ola Dahl:\n\n“We chose a short term for the chair.”'
    assert only(text)["speaker"] == "Ola Dahl"


def test_a_given_name_after_sheikh_is_the_full_name_with_its_patronymic():
    text = ('Sheikh Saud bin Nasser Al Ali, the port authority chief, visited the docks.\n\n'
            '"Work resumes tomorrow," Sheikh Saud said.')
    assert only(text)["speaker"] == "Saud bin Nasser Al Ali"


def test_a_surname_without_its_al_particle_is_the_same_person():
    text = ('Interior adviser Omar al-Najim called the raid a “grave breach”.\n\n'
            '“We expect answers,” Najim said.')
    assert set(speech(text)["speaker"]) == {"Omar al-Najim"}


def test_a_bare_rank_in_a_story_about_the_police_alone_is_a_police_rank():
    text = ('Police closed the bridge after a crash on Friday.\n\n'
            'Sgt Ola Dahl said, "Nobody was badly hurt."')
    q = extract_quotes(text).assign(doc_id="a")
    out, _ = resolve_speakers(q)
    assert out["speaker_group"].iloc[0] == "government"
    army = text.replace("Police closed", "Police and army units closed")
    out, _ = resolve_speakers(extract_quotes(army).assign(doc_id="a"))
    assert out["speaker_group"].iloc[0] == "military"


def test_a_name_with_two_lower_case_particles_is_one_name_and_a_refugee_agency_is_an_organisation():
    text = 'Joost van den Heuvel, a spokesman for the UN refugee agency, said: "No beds are left."'
    row = only(text)
    assert row["speaker"] == "Joost van den Heuvel"
    assert group_evidence(row["speaker_role"], row["speaker"], "person", row["speaker_mention"])[0] == "organisation"


def test_a_reporter_quoting_someone_before_the_quote_gives_that_persons_words():
    text = 'The mayor told reporters, quoting Chief Inspector Ola Dahl, "The hall had no alarms."'
    assert only(text)["speaker"] == "Ola Dahl"


def test_a_verbless_document_after_a_quote_is_its_source():
    text = ('The water board said in a statement that the rumours were false.\n\n'
            '"The reservoir is full and safe," the statement.')
    assert only(text)["speaker_mention"] == "the statement"


# ---- s25b review fixes: head-of-state modifiers, offices after 'Chief of', police ranks, given names, al- particles,
# ---- appositions that run into a list, past callings, body head nouns ------------------------------------------
def _groups(text: str) -> list[tuple[str, str]]:
    out, _ = resolve_speakers(extract_quotes(text).assign(doc_id="a"))
    return list(zip(out["speaker"], out["speaker_group"]))


@pytest.mark.parametrize("modifier", ["Interim", "Caretaker", "Exiled", "Transitional", "Late"])
def test_a_capitalised_modifier_before_president_is_no_company(modifier):
    text = f'The army left the capital.\n\n{modifier} President Karim Haddad said, "The country is one."'
    assert _groups(text) == [("Karim Haddad", "government")]


@pytest.mark.parametrize("role, group", [
    ("Fernhill Studios President", "organisation"),       # a firm's name before the title still counts
    ("Outgoing President", "government"),
])
def test_a_title_after_a_body_word_is_the_bodys_and_after_a_modifier_is_the_states(role, group):
    assert group_evidence(role, "Ola Dahl", "person", f"{role} Ola Dahl")[0] == group


@pytest.mark.parametrize("role, group", [
    ("Chief of Staff to the mayor", "government"),
    ("Harbour Town Chief of Police", "government"),
    ("President and co-founder of the Fernhill Rowing Club", "organisation"),
])
def test_an_office_after_chief_of_is_no_named_body(role, group):
    assert group_evidence(role, "Ola Dahl", "person", "Ola Dahl")[0] == group


def test_a_chief_of_police_apposition_is_a_police_role():
    text = '"The bridge opens at dawn," said Ola Dahl, Chief of Police in Westbury.'
    assert _groups(text) == [("Ola Dahl", "government")]


@pytest.mark.parametrize("text, group", [
    ('Local police said shells landed near the camp.\n\nCol. Sami Aziz said, "Our men fired nothing."', "military"),
    ('Police said the ferry reached port late.\n\nCapt. Ola Dahl said, "The sea was rough."', "military"),
    ('Police said militia fighters held the road.\n\nSgt. Sami Aziz said, "We stayed back."', "military"),
    ('Police closed the bridge after a crash.\n\nSgt. Ola Dahl said, "Two cars were hit."', "government"),
    ('A van hit a wall on Friday.\n\nPolice Capt. Ola Dahl said, "The driver was drunk," police added.', "government"),
])
def test_a_bare_rank_is_a_police_rank_only_for_a_sergeant_or_beside_the_police(text, group):
    assert _groups(text)[0] == ("Sami Aziz" if "Aziz" in text else "Ola Dahl", group)


def test_a_police_suffix_is_added_only_when_it_makes_the_speaker_government():
    text = 'Police said militia fighters held the road.\n\nSgt. Sami Aziz said, "We stayed back."'
    assert extract_quotes(text)["speaker_role"].iloc[0] == "Sgt."


def test_a_lone_given_name_without_an_honorific_is_no_earlier_royal():
    text = ('Prince Faisal bin Khalid opened the new hospital wing.\n\n'
            'A porter there, who gave only his first name, Faisal, said: "The lifts still fail."')
    assert only(text)["speaker"] != "Faisal bin Khalid"
    later = 'Sheikh Hamad said, "We begin today."\n\nHamad bin Ali Al Thani, the port chief, arrived later.'
    assert only(later)["speaker"] == "Hamad"     # only people named earlier give the full name


def test_a_surname_inside_another_english_surname_is_no_al_particle():
    text = ('Rosa Bright, a baker, saw her shop flooded. Then Ann Albright, the town clerk, came by.\n\n'
            '"We will rebuild," Bright said.')
    assert only(text)["speaker"] == "Rosa Bright"


@pytest.mark.parametrize("text", [
    '"It is a great day," said Ola Dahl, Deputy Mayor Joe Bell and the council leader.',
    '"It is a great day," said Ola Dahl, Chief among the scheme’s opponents.',
])
def test_a_capitalised_apposition_that_runs_into_a_list_or_a_clause_is_no_role(text):
    assert only(text)["speaker_role"] == ""


@pytest.mark.parametrize("epithet", ["the former nurse", "the retired general", "the former police officer"])
def test_an_epithet_for_a_past_calling_gives_no_group(epithet):
    text = f'Ola Dahl left that work years ago and now keeps bees in Kent.\n\n"The hives survived," {epithet} said.'
    assert _groups(text) == [("Ola Dahl", "unknown")]


@pytest.mark.parametrize("body, group", [
    ("the Navy Veterans Association", "organisation"),
    ("the Senate Road Tenants Association", "organisation"),
])
def test_a_body_name_is_read_from_its_last_body_noun(body, group):
    assert group_evidence("", body, "body", body)[0] == group


@pytest.mark.parametrize("name", ["Tamsin Quill", "Mara Quill"])   # given names the first-name table may not know
def test_a_name_closing_a_role_first_apposition_before_its_cue_is_a_person(name):
    text = (f"The bakery's head of operations, {name}, said the ovens would be replaced. "
            '"We have waited long enough for this," she said.')
    assert only(text)["speaker"] == name


@pytest.mark.parametrize("text", [
    '"The pier is safe," said the port\u2019s director, Bo Hale.',
    '"The pier is safe," said a spokesman for the port, Bo Hale, on Monday.',
    '"The pier is safe," the port\u2019s director, Bo Hale, said.',
    'According to the port\u2019s director, Bo Hale, the pier "is safe and will stay open."',
])
def test_a_role_first_apposition_is_one_mention_whose_name_speaks(text):
    r = only(text)
    assert r["speaker"] == "Bo Hale" and r["speaker_mention"].endswith("Bo Hale") and "port" in r["speaker_mention"]


def test_a_role_before_a_name_and_more_names_stays_the_role():
    assert only('"The pier is safe," said the port\u2019s director, Bo Hale and Ann Lee.')["speaker"] != "Bo Hale"


@pytest.mark.parametrize("text, speaker", [
    ('For Dana Kettle, the mayor, "the bridge is a matter of pride for everyone here."', "Dana Kettle"),
    ('For the coach, the defeat was "the worst in forty seasons".', "the coach"),
])
def test_a_sentence_opened_by_for_and_a_speaker_gives_that_speakers_words(text, speaker):
    r = only(text)
    assert r["speaker"] == speaker


def test_a_for_speaker_gets_no_role_from_the_clause_after_it():
    assert only('For the coach, the defeat was "the worst in forty seasons".')["speaker_role"] == ""


@pytest.mark.parametrize("text", [
    'For critics, the "overhaul" came far too late.',
    'For Mr. Dorn, the vote was a chance to "reset".',
    'For the mayor, the bridge is a "modest" gift to the town.',
    'For the harbour, the storm was "the worst in forty seasons".',
])
def test_a_for_phrase_before_a_few_scare_quoted_words_or_a_thing_gives_no_speaker(text):
    assert all(m == "" for m in extract_quotes(text)["speaker_mention"])


@pytest.mark.parametrize("lead", ["For years", "For the first time", "For now"])
def test_a_for_phrase_of_time_gives_no_speaker(lead):
    assert all(m == "" for m in extract_quotes(f'{lead}, the bridge was "a matter of pride".')["speaker"])


@pytest.mark.parametrize("text", [
    'Ravi Dean scored twice as the hosts won the Test series.\n\n"We never stopped believing," said captain Ravi Dean.',
    'The football club lost the match.\n\nCaptain Ravi Dean said, "We never stopped believing."',
])
def test_a_team_captain_in_a_sport_story_is_a_player_not_an_officer(text):
    assert _groups(text)[0][1] == "civilian"


def test_a_captain_in_a_story_with_troops_stays_military():
    text = 'The troops lost the ridge before the match.\n\nCaptain Ravi Dean said, "We never stopped believing."'
    assert _groups(text)[0][1] == "military"


def test_a_name_label_with_its_team_in_brackets_names_the_quote_paragraph_after_it():
    text = ('What the coaches said after the weekend games.\n\nAnn Lee (Ames United)\n\n"We were lucky today."\n\n'
            'Bo Hale (Hillside Rovers)\n\n"The referee had a poor game. We deserved a point."')
    df = speech(text)
    assert df["speaker"].tolist() == ["Ann Lee", "Bo Hale"]


def test_a_crosshead_without_brackets_is_no_name_label():
    text = 'Ms Lee told the radio the plan had failed.\n\nThe Budget\n\n"We tried everything. We lost."'
    assert only(text)["speaker"] != "The Budget"


@pytest.mark.parametrize("text, group", [
    ('"One suspect is held," Tomas Dunn, interim Ames police chief, said.\n\n"We are still searching," Dunn added.',
     "government"),
    ('"We cannot wait any more," said Orna Lev, mother of hostage Omer Lev.\n\n"Bring him home," Lev said.', "civilian"),
    ('"The pictures are sharp," said Bill Nolan, NASA Administrator.', "government"),
])
def test_a_bare_apposition_with_a_role_noun_gives_the_group(text, group):
    assert {g for _, g in _groups(text)} == {group}


def test_a_relative_clause_after_a_name_is_no_bare_apposition():
    text = 'Ann Lee, who left the police force in May, spoke first.\n\n"I was never paid," Lee said.'
    assert _groups(text)[0][1] != "government"


@pytest.mark.parametrize("role, group", [
    ("executive vice president for donor relations at the Marrow Lane Trust", "organisation"),
    ("Acme's vice president of sales in Europe", "organisation"),
    ("head of the regional administration of Ames", "government"),   # a state's body after lower-case words
])
def test_a_head_title_of_a_body_named_after_lower_case_words(role, group):
    assert group_evidence(role, "Ann Lee", "person", "Ann Lee")[0] == group


@pytest.mark.parametrize("place", [
    "Rebels shelled the city of Port Amsel, the capital of the north.",
    "Crews began work on Monday at Palm Amsel Ray, a development that doubles the old marina.",
])
def test_a_named_place_or_project_is_no_antecedent_for_he(place):
    text = f'Sheikh Rashid bin Omar spoke first.\n\n{place}\n\n"It will be the finest coast in the world," he said.'
    assert only(text)["speaker"] == "Rashid bin Omar"


@pytest.mark.parametrize("title", ["Taoiseach", "Ruler of Amsel", "Vice-President"])
def test_state_titles_of_other_countries_are_government(title):
    text = f'Ann Lee, {title}, opened the bridge.\n\n"We are proud," Lee said.'
    assert _groups(text) == [("Ann Lee", "government")]


@pytest.mark.parametrize("text, group", [
    ('"We want them home," one family member said.', "civilian"),
    ('"We want them home," the families said in a statement.', "civilian"),
    ('Closing the trial, Priya Dunmore KC, for the prosecution, said the clerk had "moved every coin abroad".', "government"),
    ('"Stars are born here," said Ada Fenwick, an astrophysicist.', "analyst"),
])
def test_relatives_prosecutors_and_physicists_have_their_groups(text, group):
    assert {g for _, g in _groups(text)} == {group}


def test_a_forum_speaking_is_an_organisation():
    text = ('The Harbour Families Forum met on Monday.\n\n"We will not stop," the forum said.')
    assert _groups(text)[0][1] == "organisation"


def test_a_post_nominal_is_no_surname():
    text = 'Joanna Hale QC opened the case.\n\n"He knew it," Ms Hale said.'
    assert only(text)["speaker"] == "Joanna Hale QC"


def test_a_glued_lower_case_particle_stays_inside_the_name():
    assert only('"Stars are born here," said Neil deFarra Tyne, a physicist.')["speaker"] == "Neil deFarra Tyne"


@pytest.mark.parametrize("text, mention", [
    ('Protesters rallied after the governor sacked the board to form what he called a "slimmer" council.', "he"),
    ('Crowds gathered to oppose what the mayor described as "a fair plan for every street."', "the mayor"),
])
def test_the_subject_of_what_x_called_uses_the_quoted_words(text, mention):
    assert only(text)["speaker_mention"] == mention


def test_what_he_called_keeps_a_person_subject_of_the_sentence():
    text = 'The mayor defended what he called "a fair plan for every street."'
    assert only(text)["speaker_mention"] == "The mayor"


# ---- a place or institution word in an apposition makes a thing only as its head (review, finding 1) ----
@pytest.mark.parametrize("apposition", [
    "the state party chairwoman, said",
    "a lecturer at the University of Ostmark, said",
    "a Tarn state delegate who backs the rival slate, said",
    "a city council member in Brevik, said",
    "a University of Ostmark law lecturer, said",
])
def test_person_with_place_word_in_role_stays_a_person(apposition):
    from analysis.quotes.resolve import person_index
    idx = person_index(f"Dana Korvel, {apposition} she would wait.", [])
    assert [p.name for p in idx.people] == ["Dana Korvel"]


@pytest.mark.parametrize("apposition", ["a small consulting firm.", "the capital of Veldra Province.",
                                        "a fishing town that lost its pier."])
def test_name_headed_by_place_or_thing_noun_is_no_person(apposition):
    from analysis.quotes.resolve import person_index
    assert person_index(f"Crews reached Marlow Haven, {apposition}", []).people == []


def test_a_party_named_after_families_is_still_a_party():
    role = "the national director of the Working Families Party"
    assert group_evidence(role, "Ann Lee", "person", "Ann Lee")[0] == "politician"


# ---- s27 review findings: possessed head titles, 'what they call', police captains at a match, role-first spans,
# ---- names joined by 'and' ----------------------------------------------------------------------------------
@pytest.mark.parametrize("role, group", [
    ("Corvane Motors\u2019 president", "organisation"),     # a firm's head, not a head of state
    ("Corvane\u2019s president", "government"),            # a bare unknown name is no evidence of a firm
    ("the company\u2019s president", "organisation"),
    ("the bank\u2019s chairwoman", "organisation"),
    ("Belmora Foods\u2019 chief executive", "organisation"),
    ("Iraq\u2019s president", "government"),                 # a state's head stays the state's
    ("the country\u2019s president", "government"),
    ("the party\u2019s chairman", "politician"),
])
def test_the_possessive_owner_of_a_head_title_decides_its_group(role, group):
    assert group_evidence(role, "Ola Dahl", "person", "Ola Dahl")[0] == group


@pytest.mark.parametrize("text", [
    'Fishers rallied on Monday. The Harbour Board on Tuesday rejected what they called "a grab for the quay."',
    'Fishers rallied on Monday. The Harbour Board, in a statement, rejected what they called "a grab for the quay."',
])
def test_they_in_what_they_called_is_the_named_body_of_the_sentence(text):
    row = only(text)
    assert (row["speaker_mention"], row["speaker"]) == ("The Harbour Board", "the Harbour Board")


def test_a_captain_in_a_paragraph_about_the_police_stays_police_in_a_match_report():
    text = ('Supporters spilled onto the pitch after the football match ended.\n\n'
            'Police cleared the ground within the hour. Capt. Ola Dahl said, "Three men were held overnight."')
    out, _ = resolve_speakers(extract_quotes(text).assign(doc_id="a"))
    assert (out["speaker_role"].iloc[0], out["speaker_group"].iloc[0]) == ("Capt., police", "government")
    team = ('The visitors won the football match on Sunday.\n\n'
            'Captain Ola Dahl said, "We kept going to the last whistle."')
    out, _ = resolve_speakers(extract_quotes(team).assign(doc_id="a"))
    assert out["speaker_group"].iloc[0] == "civilian"


def test_a_role_first_span_never_opens_with_a_verb():
    text = ('But Ola Dahl, making it plain that trade came first, stood beside Bo Hale\u2019s deputy, '
            'Mayor Kim Oda, and called the port "a model of its kind."')
    assert not only(text)["speaker_mention"].startswith("stood")


@pytest.mark.parametrize("text, mention", [
    ('"We will pull the batch," Brindle and Brindle said.', "Brindle and Brindle"),          # the same word twice
    ('"We will pull the batch," Castor & Pell said.', "Castor & Pell"),                       # an ampersand
    ('Castor and Pell says its sales were "stronger than ever."', "Castor and Pell"),         # a singular verb
    ('"We will pull the batch," Castor and Pell, the soap maker, said.', "Castor and Pell"),  # a firm apposition
    ('"We want them home," the Anglers and River Keepers Forum said in a statement.',       # a body noun ends the run
     "the Anglers and River Keepers Forum"),
    ('"The deal is dead," Hale and Moreno said.', "Moreno"),                                  # two people: no evidence
    ('"The deal is dead," said Ann Hale and Bo Moreno.', "Ann Hale"),
])
def test_a_name_joined_by_and_is_one_body_only_on_evidence(text, mention):
    assert only(text)["speaker_mention"] == mention


@pytest.mark.parametrize("role, group", [
    ("chief of Varnholm\u2019s district defence office", "government"),   # the compound's last noun heads it
    ("chief investment officer with Harrow Asset Management", "analyst"),       # a market commentator
    ("chief financial officer of Corvane", "organisation"),
    ("deputy minister", "government"),
    ("a militia group spokesman", "armed group"),                               # a later noun with no group adds nothing
    ("Harbour News Channel White House correspondent", "media"),               # two names side by side: no compound
])
def test_a_compound_of_role_nouns_takes_the_group_of_its_last_noun(role, group):
    assert group_evidence(role, "Ola Dahl", "person", "Ola Dahl")[0] == group


def test_a_generic_group_phrase_with_a_modifier_takes_a_body_of_that_kind():
    text = ('Shells from Hezbollah hit a fish market after dusk.\n\n'
            '"Bring the crews home," the Anglers and River Keepers Forum said in an open letter.\n\n'
            'Later the resistance group vowed to be "never the first to shoot."')
    out, _ = resolve_speakers(extract_quotes(text).assign(doc_id="a"))
    assert list(zip(out["speaker"], out["speaker_group"])) == [
        ("the Anglers and River Keepers Forum", "organisation"), ("Hezbollah", "armed group")]


def test_it_never_stands_for_one_person_named_by_a_role():
    text = ('The coast guard said the ferry "was never at risk."\n\n'
            'A member of the crew confirmed that the engine had "failed twice."\n\n'
            '"Our crews will stay on watch all night," it added.')
    out, _ = resolve_speakers(extract_quotes(text).assign(doc_id="a"))
    assert out["speaker"].tolist()[-1] == "the coast guard"


@pytest.mark.parametrize("text, second", [
    ("Rivas and Congress agreed", "Congress"),                                       # a person and a legislature
    ("Anna Lindqvist toured the dock. Lindqvist and Osric Group says", "Osric Group"),   # a known surname
])
def test_a_person_and_a_body_joined_by_and_stay_two(text, second):
    from analysis.quotes.mentions import joined_body
    a = text.rindex(second)
    assert joined_body(text, 0, a, a + len(second)) == a


# ---- s28: quote forms of outlets nobody tuned on (issue 8) ----
@pytest.mark.parametrize("text, mention, speaker", [
    ('Cllr Ola Dunne, Green member for North Ward, said she had "never once been asked."',
     "Cllr Ola Dunne", "Ola Dunne"),
    ('Sheikh Omar bin Salem, Deputy Governor of the province and Chair of the Port Board, wrote in a post that the '
     'quay would be "the finest in the region."', "Sheikh Omar bin Salem", "Omar bin Salem"),
])
def test_a_name_before_a_capitalised_role_apposition_speaks(text, mention, speaker):
    row = extract_quotes(text).iloc[0]
    assert (row["speaker_mention"], row["speaker"]) == (mention, speaker)


def test_a_role_first_apposition_with_a_prepositional_phrase_names_the_speaker():
    text = '"We expected more people," the aide in charge of the fair, Rui Matos, told the paper. It closed early.'
    row = extract_quotes(text).iloc[0]
    assert (row["speaker_mention"], row["speaker"]) == ("the aide in charge of the fair, Rui Matos", "Rui Matos")


@pytest.mark.parametrize("text, speaker", [
    ('TOWN councillors were branded a "total shambles" by angry residents at the annual meeting.', "angry residents"),
    ('The levy has been described as "a tax on the poor" by the union, which promised a fight.', "the union"),
    ('The coach was called "a coward" by Ines Ruiz on Friday.', "Ines Ruiz"),
])
def test_the_agent_of_a_passive_cue_after_the_quote_speaks(text, speaker):
    row = extract_quotes(text).iloc[0]
    assert (row["speaker"], row["attribution"]) == (speaker, "passive")


def test_a_topic_label_between_quote_paragraphs_keeps_the_speaker():
    text = ('Coach Ann Lee spoke to reporters after the 3-1 win over Ames Town.\n\n'
            'On the result…\n\n"I am proud of the players, they never stopped running."\n\n'
            'On the young players…\n\n"They are learning every week and today they showed it."\n\n'
            '"It is a good time to be at this club."')
    df = extract_quotes(text)
    assert df["speaker"].tolist() == ["Ann Lee"] * 3
    assert df["speaker_mention"].tolist() == ["Coach Ann Lee"] * 3   # the mention carried along the answers
    assert df["utterance_id"].tolist() == [0, 1, 2]   # each answer under a label its own utterance


def test_a_partial_quote_inside_its_sentence_does_not_join_the_next_quote():
    text = 'Ann Lee did not hesitate to call the move a "farce." "We will appeal at once," the owner said.'
    df = extract_quotes(text)
    assert df["utterance_id"].tolist() == [0, 1]
    assert df["speaker_mention"].tolist()[1] == "the owner"


def test_a_focus_adverb_before_a_name_does_not_hide_the_subject():
    text = 'Even Norland, the only ally of the regime, said it was "firmly against" the vote.'
    row = extract_quotes(text).iloc[0]
    assert (bool(row["is_speech"]), row["speaker"]) == (True, "Norland")


def test_a_pronoun_partitive_is_a_speaker():
    row = extract_quotes('Over the din, one of them yelled to the pilot: "Yes, we came for you."').iloc[0]
    assert (row["speaker_mention"], row["attribution"]) == ("one of them", "before")


def test_a_transcript_label_inside_the_marks_names_each_speaker():
    text = ('The exchange went as follows:\n\n"HOST: Why did you stand again?"\n\n'
            '"DIAZ: Well, people asked me to, and I listened."\n\n"HOST: Will you win?"')
    df = extract_quotes(text)
    assert df["speaker_mention"].tolist() == ["HOST", "DIAZ", "HOST"]
    assert df["utterance_id"].tolist() == [0, 1, 2]


@pytest.mark.parametrize("text", [
    'The club said it was pleased.\n\n"We can still win the title this year."\n\nThat was the message from coach Ines Ruiz on Sunday.',
    'The club said it was pleased.\n\n"We can still win the title this year." That was the verdict of coach Ines Ruiz.',
])
def test_a_sentence_after_the_quote_naming_whose_message_it_was_gives_the_speaker(text):
    row = extract_quotes(text).iloc[0]
    assert (row["speaker"], row["attribution"]) == ("Ines Ruiz", "next sentence")


def test_was_how_before_the_subject_is_not_part_of_the_mention():
    row = extract_quotes('"We can still win the title," was how coach Ines Ruiz put it.').iloc[0]
    assert row["speaker_mention"] == "coach Ines Ruiz"


def test_an_emoji_before_a_label_line_does_not_hide_its_speaker():
    text = 'The match ended late.\n\n⚽Home coach Ines Ruiz speaking to the club channel: “We lost our shape after the break.”'
    row = extract_quotes(text).iloc[0]
    assert (row["speaker_mention"], row["speaker"]) == ("Home coach Ines Ruiz", "Ines Ruiz")


def test_a_topic_label_with_a_colon_is_no_speaker_and_starts_a_new_answer():
    text = ('Coach Ines Ruiz spoke after the game.\n\n"It was not our day and I take the blame."\n\n'
            'On Tom Reed: "The yellow card was the only reason he came off."\n\n'
            'On the title race: "It is not important to me."')
    df = extract_quotes(text)
    assert df["speaker"].tolist() == ["Ines Ruiz"] * 3
    assert df["utterance_id"].tolist() == [0, 1, 2]


@pytest.mark.parametrize("text, mention", [
    ("Tagged: interviews\n\nOla Berg | 'I never plan a plot before I write'\n\nThe novelist Ola Berg talks about her book.",
     "Ola Berg"),
    ('“It is our duty to rebuild the port”: Omar Haidari\n\nOmar Haidari said on Friday that it was “a duty” and more.',
     "Omar Haidari"),
    ('The minister spoke.\n\n‘We will act if the mayor stays’: Omar Haidari\n\n"We met them," he said.',
     "Omar Haidari"),
])
def test_a_headline_label_names_its_quote_speaker(text, mention):
    row = extract_quotes(text).iloc[0]
    assert (bool(row["is_speech"]), row["speaker_mention"]) == (True, mention)


@pytest.mark.parametrize("text, speaker", [
    ('According to Justice Omari the electoral board "failed to run the vote as the law requires".', "Omari"),
    ('According to the court the electoral board "failed to run the vote".', "the court"),
])
def test_according_to_without_its_comma_still_names_the_source(text, speaker):
    row = extract_quotes(text).iloc[0]
    assert (bool(row["is_speech"]), row["speaker"], row["attribution"]) == (True, speaker, "according to")


# ---- s29: quote forms of outlets nobody tuned on, second round ---------------------------------------
def test_a_clause_cut_by_the_next_quote_does_not_sign_the_quote_before():
    text = ('The ferry captain spoke at the pier. "Nobody warned us about the storm," Tomas Vidal said. '
            '"We sailed because the forecast was calm." He said the company "should have called us back."')
    df = extract_quotes(text)
    assert df["utterance_id"].tolist() == [0, 0, 1]
    assert df["speaker"].tolist() == ["Tomas Vidal"] * 3


@pytest.mark.parametrize("sentence", [
    "The harbour master stressed it would still be a ‘tall order’ for the crews to finish the repairs by spring.",
    "A shopkeeper stood up at the hearing on Tuesday evening, telling the panel their plan was ‘reckless’ and unfair.",
    "The chair rejected claims by the treasurer that the savings needed this year were ‘quite minor’ for the town.",
])
def test_a_single_marked_phrase_governed_by_a_cue_in_a_double_marked_article_is_speech(sentence):
    text = 'The council met on Monday, and the mayor said “we are listening” to the residents.\n\n' + sentence
    df = extract_quotes(text)
    assert df["is_speech"].tolist() == [True, True]


@pytest.mark.parametrize("sentence", [
    "The governor said the old team was weak, mocking his rival in the debate hall as ‘Sleepy Sam.’ and more besides.",
    "The inspectors said the bakery had received a ‘C-’ grade from the county office in the last inspection round.",
    "Aides said the visit was part of the governor’s economic ‘reset’ towards the coastal towns this coming year.",
    "Aides said, “the families asked us why the clinic had been closed for ‘safety’ and nothing more, every day.”",
])
def test_a_single_marked_name_grade_term_or_nested_quote_stays_not_speech(sentence):
    text = 'The council met on Monday, and the mayor said “we are listening” to the residents.\n\n' + sentence
    df = extract_quotes(text)
    assert not df.loc[df["mark"] == "single", "is_speech"].any()   # a nested quote is no row of its own


@pytest.mark.parametrize("sentence, speaker", [
    ('The mayor rejected claims by the finance minister that the new levy was "only a small burden" for families.',
     "the finance minister"),
    ('The mayor dismissed the finance minister’s suggestion that the levy was "only a small burden" for families.',
     "the finance minister"),
    ('The mayor said the finance minister’s claim that the levy is light is "plainly false".', "the mayor"),
])
def test_a_quote_in_the_that_clause_of_a_claim_by_someone_is_that_someones(sentence, speaker):
    assert only(sentence)["speaker"] == speaker
