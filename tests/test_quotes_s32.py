"""Round s32 rules for ``extract_quotes`` (issue 8: what counts as a quote), each pinned by short passages written
for this test.

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


# ---- a cue-free sentence after an attributed quote: a new utterance of that speaker, unless its quote is a term ---
def test_next_sentence_quote_is_a_new_utterance_of_the_same_speaker():
    df = speech('"The orchard will reopen," said Mira Holt. Its growers expect "a sweeter and larger crop than last year."')
    assert df["speaker"].tolist() == ["Mira Holt", "Mira Holt"] and df["utterance_id"].nunique() == 2, df


@pytest.mark.parametrize("text", [
    '"The orchard will reopen," said Mira Holt. Pickers will join the "seasonal pool" in May.',
    '"The orchard will reopen," said Mira Holt. The "Green Valley Growers Union" backs the plan.',
])
def test_next_sentence_term_is_not_carried_speech(text):
    df = extract_quotes(text)
    assert df["is_speech"].tolist() == [True, False], df


# ---- a short term after a comparison ('similar to', 'such as') names a kind of thing, even in reported speech ---
@pytest.mark.parametrize("text", [
    'Engineers say the new hulls are lighter, similar to "sandwich panels", which bend without cracking.',
    'The mayor said crews will use tools such as "road drones" on the bridge.',
])
def test_likened_term_is_not_speech(text):
    assert extract_quotes(text)["is_speech"].tolist() == [False]


# ---- a headline marks reported words with single marks: after a speech verb they are speech ------------------
def test_headline_single_marks_after_a_speech_verb_are_speech():
    text = ('Ferry captain says ‘engine gave out’ near the reef\n\n'
            'The captain told the harbour board on Friday that “the crew did all it could to keep the boat afloat.”')
    df = extract_quotes(text)
    assert df["is_speech"].tolist() == [True, True], df
    text = ('Ferry firm buys ‘Sea Lark’ for the reef route\n\n'   # no speech verb before it: a name
            'The owner told the harbour board on Friday that “the new boat will sail from the first week of May.”')
    assert extract_quotes(text)["is_speech"].tolist() == [False, True]


# ---- a gloss, a translation or a named term is no speech, even inside reported speech -------------------------
@pytest.mark.parametrize("text", [
    'The Saraya al-Nahr, Arabic for "companies of the river," said the raid killed two fighters.',
    'The brigade, whose name means "sons of the river," said it hit the depot.',
    'Engineers said the mortar was known locally as a "kettle gun" by the crews.',
    'The mayor told residents the word "curfew" would not be used again.',
])
def test_gloss_or_named_term_is_not_speech(text):
    assert extract_quotes(text)["is_speech"].tolist() == [False]


# ---- two whole cries joined by 'and' are two utterances of one speaker; fragments in a list stay one -----------
def test_two_whole_cries_are_two_utterances():
    df = speech('Ann Lee, a porter, shouted "The bridge is falling!" and "Run to the bank, all of you!"')
    assert len(df) == 2 and df["utterance_id"].nunique() == 2, df
    assert df["speaker"].tolist() == ["Ann Lee", "Ann Lee"], df
    df = speech('Ann Lee called the plan "a sham," "a trap" and "a waste of money."')
    assert df["utterance_id"].nunique() == 1, df


# ---- a speech quote after a piece found not to be speech starts the utterance and keeps its speaker ----------
def test_speech_after_a_named_word_keeps_the_speaker():
    df = extract_quotes('Ann Lee said that by dropping the word "strike," the union is "giving up its only tool."')
    assert df[["is_speech", "speaker"]].values.tolist() == [[False, ""], [True, "Ann Lee"]], df


def test_literally_is_a_gloss_only_after_a_comma():
    assert extract_quotes('The Saraya al-Jabal, literally "companies of the hill," said it fired.')["is_speech"].tolist() == [False]
    assert extract_quotes('Ann Lee said the harbour plan is literally "dead in the water" now.')["is_speech"].tolist() == [True]


# ---- a quote paragraph after a paragraph whose partial quote closed: a new utterance of that speaker -----------
def test_quote_paragraph_after_a_closed_partial_quote_is_a_new_utterance():
    text = 'Ann Lee said the ferry was "in fine order" after the storm.\n\n"We check the hull every single week."'
    df = speech(text)
    assert df["speaker"].tolist() == ["Ann Lee", "Ann Lee"] and df["utterance_id"].nunique() == 2, df
    text = 'Ann Lee said the ferry was "in fine order and ready to sail.\n\n"We check the hull every single week."'
    assert speech(text)["utterance_id"].nunique() == 1   # a quote left open runs over the break
