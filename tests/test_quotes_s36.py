"""Round of stop 36 rules for ``extract_quotes`` (issue 8: wrong merges and speaker errors), each pinned by short
passages written for this test.

The measure is real annotated news (``benchmarks/bench_quotes_polnear.py``); these sentences only fix the rules.
"""

from __future__ import annotations

import pandas as pd

from analysis.quotes import extract_quotes


def speech(text: str) -> pd.DataFrame:
    """The speech rows of a passage."""
    df = extract_quotes(text)
    return df[df["is_speech"]].reset_index(drop=True)


# ---- 'X said "...," he said': the speaker named right before the quote is its source, not the pronoun after -----
def test_named_lead_outranks_a_repeating_pronoun():
    df = speech('Later, Councillor Ivo Brandt, who also speaks for the ferry union, said “The tolls have hurt every '
                'family on the island,” he said, pointing at the queue.')
    assert df[["speaker_mention", "speaker"]].values.tolist() == [["Councillor Ivo Brandt", "Ivo Brandt"]], df


def test_pronoun_after_a_plain_quote_still_speaks():
    """A guard (passes before and after the rule): with no cue before the quote the pronoun after it is the source."""
    df = speech('Ivo Brandt runs the ferry union. “The tolls have hurt every family,” he said.')
    assert df["speaker_mention"].tolist() == ["he"], df


def test_pronoun_clause_splitting_the_quote_keeps_its_pieces_together():
    """A guard: 'X shot back: "A," he wrote, "B."' stays one utterance."""
    df = speech('Ivo Brandt shot back: “The tolls are unfair,” he wrote, “and the island knows it.”')
    assert df["utterance_id"].nunique() == 1, df


# ---- a naming participle after a comma or a dash, with its agent after the quote: the agent speaks ---------------
def test_participle_passive_after_a_comma_gives_the_agent():
    df = speech('The night patrols, called “a shield for the valley” by the Pentagon, went on for a month.')
    assert df["speaker_mention"].tolist() == ["the Pentagon"], df


def test_participle_passive_after_a_dash_gives_the_agent():
    df = speech('The harbour inquiry — often labeled as a “paper chase” by fishermen — ends in May.')
    assert df["speaker_mention"].tolist() == ["fishermen"], df


# ---- 'state' before a noun phrase's head is a modifier, not the verb: 'X state media said' -----------------------
def test_state_media_is_a_speaker():
    df = speech('Danish state media said on Friday that the “harbour blockade” had ended.')
    assert df["speaker_mention"].tolist() == ["Danish state media"], df


def test_state_in_a_title_keeps_the_name():
    df = speech('Ohio state delegate Ivo Brandt, wearing a red coat, said the plan could be a “failure” for us.')
    assert df["speaker"].tolist() == ["Ivo Brandt"], df
    df = speech('Former secretary of state Ivo Brandt said the vote was “a clear warning.”')
    assert df["speaker"].tolist() == ["Ivo Brandt"], df
