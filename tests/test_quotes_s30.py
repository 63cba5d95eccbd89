"""Round s30 rules for ``extract_quotes`` (issue 8), each pinned by short passages written for this test.

The measure is real annotated news (``benchmarks/bench_quotes_polnear.py``); these sentences only fix the rules.
"""

from __future__ import annotations

import pandas as pd
import pytest

from analysis.quotes import extract_quotes


def speech(text: str) -> pd.DataFrame:
    """The speech rows of a passage."""
    df = extract_quotes(text)
    return df[df["is_speech"]].reset_index(drop=True)


# ---- a governing cue whose long object ends in 'as' or 'of' still governs the partial quote after it ---------
@pytest.mark.parametrize("text, speaker", [
    ('The ferry pilots described the channel past the old lighthouse as "a maze of rocks."', "The ferry pilots"),
    ('The head of the budget panel accused his own party leaders of a "shameful retreat" on schools.',
     "The head of the budget panel"),
])
def test_long_object_before_as_or_of(text, speaker):
    df = speech(text)
    assert len(df) == 1 and df.loc[0, "speaker_mention"] == speaker, df


# ---- a cue inside a fronted adverbial clause does not report the main clause after the comma --------------
@pytest.mark.parametrize("text, mention, cue", [
    ('When Dora Vance announced her bid in spring, she openly referred to the harbour board as "cowards."',
     "she", "referred"),
    ('Ever since Dora Vance announced her plan last year, she has said one thing at every fair: "Fix the pier first."',
     "she", "said"),
    ('After the mayor revealed the deal, a columnist for the local paper said he was "deeply embarrassed" by it.',
     "a columnist for the local paper", "said"),
])
def test_fronted_clause_cue_does_not_report_main_clause(text, mention, cue):
    df = speech(text)
    assert len(df) == 1, df
    assert (df.loc[0, "speaker_mention"], df.loc[0, "cue"]) == (mention, cue)


def test_reported_clause_with_inserted_condition_keeps_outer_speaker():
    """A guard: a comma inside a reported clause is no fronted clause (passes before and after the rule)."""
    df = speech('Dora Vance told the crowd that, if elected, she believed "the pier can be saved."')
    assert df.loc[0, "speaker_mention"] == "Dora Vance", df


# ---- a clause that ends in a colon introduces the next quote and does not sign the one before it --------------
def test_colon_clause_after_quote_introduces_next_paragraph():
    text = ('"The repairs will cost a fortune," Dora Vance said of the pier. "Nobody else will pay for it." '
            'She then told the meeting:\n\n"We start on Monday."')
    df = speech(text)
    assert len(df) == 3, df
    first, second, third = df.to_dict("records")
    assert second["utterance_id"] == first["utterance_id"] and second["speaker"] == "Dora Vance"
    assert third["speaker_mention"] == "She" and third["utterance_id"] != first["utterance_id"]


# ---- a short quote between a determiner and its head noun is a modifier: the verb after the noun signs nothing --
@pytest.mark.parametrize("text", [
    'A Basra "liberation" brigade has claimed two rocket strikes on the airfield.',
    'The "harmony" plan said little about the harbour fees.',
])
def test_quoted_modifier_inside_noun_phrase_is_not_signed(text):
    df = extract_quotes(text)
    assert len(df) == 1 and not df.loc[0, "is_speech"], df


def test_quote_ending_in_comma_before_pronoun_cue_still_signed():
    """A guard (passes before and after the rule): a quote that ends in a comma is no modifier."""
    df = speech('The "talks are over," it said in a short post.')
    assert df.loc[0, "speaker_mention"] == "it", df


# ---- 'who' after an inverted attribution ('"...," said X, who added') stands for X, not for a noun in the quote --
def test_who_after_inverted_attribution_is_the_speaker():
    text = ('"Our thoughts are with the crews," said Councillor Dora Vance, who added: "The harbour must reopen."')
    df = speech(text)
    assert df["speaker"].tolist() == ["Dora Vance", "Dora Vance"], df[["speaker_mention", "speaker"]]


# ---- a naming participle with no agent right before a quote gives a name, not words ('an outpost dubbed "..."') --
def test_agentless_naming_participle_gives_a_name():
    df = extract_quotes('Two sailors were hurt on a small patrol boat dubbed "Sea Hawk 7" near the harbour.')
    assert len(df) == 1 and not df.loc[0, "is_speech"], df


def test_naming_verb_with_its_subject_still_reports():
    """A guard (passes before and after the rule): the participle rule needs an agentless naming verb."""
    df = speech('The mayor mocked the plan, which she dubbed "a fairy tale."')
    assert df["speaker_mention"].tolist() == ["she"], df


# ---- a group that names itself speaks under that name, and 'it' after it stands for the group --------------------
def test_self_named_group_speaks_under_its_name():
    text = ('A previously unknown group calling itself "The Sons of the Harbour", said its members fired ten rockets '
            'at the base "run by foreign troops". It added: "We will be back."')
    df = speech(text)
    assert df["speaker"].tolist() == ["The Sons of the Harbour"] * 2, df[["speaker_mention", "speaker"]]
    assert set(df["speaker_type"]) == {"body"}


def test_naming_verb_after_a_speaker_is_a_cue_not_a_name():
    """A guard for the rule above (passes before and after it): 'X called Y' is no self-naming."""
    df = speech('Dora Vance called Tom Reed "a coward" on Friday.')
    assert df["speaker"].tolist() == ["Dora Vance"], df[["speaker_mention", "speaker"]]


# ---- a quote whose utterance opens with a name (no speech) resolves its own speaker mention -----------------------
def test_quote_after_a_quoted_name_resolves_its_own_speaker():
    df = speech('Rep. Dora Vance said the "Harbour Renewal Act" was "a waste of money."')
    assert df["speaker"].tolist() == ["Dora Vance"], df[["speaker_mention", "speaker"]]


# ---- speakers of attack reports: crews, sailors, contractors, rescuers are people who speak ------------------------
@pytest.mark.parametrize("text, mention", [
    ('"The deck was on fire," one of the sailors told the paper.', "one of the sailors"),
    ('"We pulled two men out," one of the rescuers told the radio.', "one of the rescuers"),
    ('"It came in low over the hangar," one of the crewmen told the paper.', "one of the crewmen"),
])
def test_attack_report_speaker_nouns(text, mention):
    assert speech(text)["speaker_mention"].tolist() == [mention]


# ---- 'the blast' after a determiner is an explosion, not the cue 'blast' -------------------------------------------
def test_blast_after_determiner_is_no_cue():
    df = speech('Two paramedics at the scene said the blast "shook the whole street."')
    assert (df.loc[0, "cue"], df.loc[0, "speaker_mention"]) == ("said", "Two paramedics"), df


# ---- an inverted subject followed by 'via' and the channel ('wrote X via Twitter') -------------------------------
@pytest.mark.parametrize("text, mention", [
    ('"Update: crews report four rockets near the airfield," wrote Col. Hale via Twitter.', "Col. Hale"),
    ('"No one was hurt," posted Dora Vance via her official account.', "Dora Vance"),
])
def test_inverted_subject_before_via(text, mention):
    assert speech(text)["speaker_mention"].tolist() == [mention]


# ---- a passive report with its agent after the quote ('was reported as being "..." by X') ------------------------
def test_passive_report_agent_after_quote():
    df = speech('The night raid was reported as being "a complete success" by the Valley Brigade, a small armed group.')
    assert df["speaker_mention"].tolist() == ["the Valley Brigade"], df


# ---- a quoted name right after an article is part of the subject, not a quote the verb after it signs -----------
def test_quoted_name_after_article_is_no_speech():
    df = extract_quotes('The "Sons of the Harbour," a small armed group, claimed the rocket fire on Monday.')
    assert len(df) == 1 and not df.loc[0, "is_speech"], df


def test_cue_in_opening_participle_clause_does_not_report_main_clause():
    df = speech('Watching Tom Reed talk about the harbour on Friday, Dora Vance said: "I was impressed by him."')
    assert (df.loc[0, "speaker_mention"], df.loc[0, "cue"]) == ("Dora Vance", "said"), df


# ---- ', X said ..., noting Y': the finite cue signs the quote before it; the participle's object is no speaker ---
def test_sentence_final_cue_before_participle_clause():
    text = ('The council\'s "waste" is shameful, Dora Vance said on Tuesday in Ames, noting the mayor '
            '"makes everyone want to leave town."')
    df = speech(text)
    assert df["speaker_mention"].tolist() == ["Dora Vance", "Dora Vance"], df[["quote", "speaker_mention"]]
    assert df.loc[0, "utterance_id"] != df.loc[1, "utterance_id"]
