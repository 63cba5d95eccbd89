"""Round of stop 32 (qprec) rules for ``extract_quotes`` (issue 8: quote precision on attack reports), each pinned by
short passages written for this test.

The measure is real annotated news (``benchmarks/bench_quotes_polnear.py``); these sentences only fix the rules.
"""

from __future__ import annotations

import pandas as pd
import pytest

from analysis.quotes import extract_quotes
from analysis.quotes.mentions import subject_before


def speech(text: str) -> pd.DataFrame:
    """The speech rows of a passage."""
    df = extract_quotes(text)
    return df[df["is_speech"]].reset_index(drop=True)


# ---- a full quote after 'adding,' or 'who added:' is a second utterance of the same speaker (stop 36: real layers
# ---- and PolNeAR keep the two quotes apart, 9 of 9 times) --------------------------------------------------------
@pytest.mark.parametrize("text", [
    '“The ferry will not sail,” the harbour master told reporters, adding, “The swell is far too high.”',
    '“The ferry will not sail,” said harbour master Ines Varga, who added: “The swell is far too high.”',
])
def test_added_full_quote_is_a_new_utterance_of_the_speaker(text):
    df = speech(text)
    assert len(df) == 2 and df["utterance_id"].nunique() == 2 and df["speaker"].nunique() == 1, df


# ---- a name given with a naming verb and its object, or an operation's name, is nobody's words -------------------
def test_name_given_to_an_object_is_not_speech():
    df = extract_quotes('The rebel radio dubbed the raid “Operation Silver Harvest” and said it had ended.')
    assert not df["is_speech"].any(), df


def test_operation_name_is_not_speech():
    df = extract_quotes('Troops began “Operation Northern Gate” at dawn, the ministry said.')
    assert not df["is_speech"].any(), df


def test_lower_case_words_after_a_naming_verb_stay_speech():
    df = speech('The ministry dubbed the raid “a cowardly act of revenge against farmers,” in a statement.')
    assert len(df) == 1, df


# ---- a sales line left in a scraped page is no quote -------------------------------------------------------------
def test_advert_line_is_not_speech():
    df = extract_quotes('The governor spoke in the square.\n“Don’t miss it! Claim your free trial of Plumline today!”\n'
                        'Crowds left at noon.')
    assert not df["is_speech"].any(), df


def test_urging_quote_that_opens_like_an_advert_stays_speech():
    df = speech('“Don’t miss this chance to vote,” the mayor told the square.')
    assert df["speaker"].tolist() == ["the mayor"], df


# ---- market workers are speakers ---------------------------------------------------------------------------------
@pytest.mark.parametrize("role", ["a fruit seller", "a street vendor", "a spice trader"])
def test_market_worker_after_inverted_cue_is_the_speaker(role):
    df = speech(f'“The stalls shook and then glass fell everywhere,” said {role} who did not give his name.')
    assert df["speaker"].tolist() == [role], df


# ---- a comma in the headline before does not make a later 'that' a relative one inside an apposition -------------
def test_comma_before_the_sentence_does_not_hide_the_subject_after_that():
    t = ('Chile fires rockets, no word of losses\n\nPicture from an Andes agency shows the moment that Chile says a '
         '“cruise missile” hit the depot.')
    m = subject_before(t, t.index("Picture"), t.index(" says") + 1)
    assert m is not None and m.name == "Chile", m


# ---- a review or an assessment cited inside someone's report relays nothing: the reporter speaks ------------------
@pytest.mark.parametrize("doc", ["the first review", "the field assessment"])
def test_document_inside_a_pronoun_report_leaves_the_reporter_the_speaker(doc):
    df = speech(f'The depot burned, the colonel said. They added that {doc} indicated that “the crews saved the pumps.”')
    assert df["speaker_mention"].tolist() == ["They"], df


# ---- a short partial quote of a subject that speaks 'in a statement' is that subject's words ---------------------
@pytest.mark.parametrize("text, who", [
    ("The ferry company in a statement sent its “warmest thanks” to the crews.", "The ferry company"),
    ('The dock stayed shut but the port board, in a letter, offered its “deep regret” to traders.', "the port board"),
])
def test_partial_quote_of_a_subject_speaking_in_a_statement_is_speech(text, who):
    df = speech(text)
    assert df["speaker_mention"].tolist() == [who], df


def test_partial_quote_without_a_statement_stays_a_scare_quote():
    assert not extract_quotes('The ferry company sent its “warmest thanks” to the crews.')["is_speech"].any()
