"""Stop 64 quote rules, in our own words: a legal or official text that 'reads' is the speaker of its words, and
'the church (office) of X, who said' refers to X; the guards hold on both codes."""

from __future__ import annotations

import pytest

from analysis.quotes import extract_quotes


@pytest.mark.parametrize("doc", ["the amendments", "the ruling", "the documents", "the indictment"])
def test_a_legal_text_that_reads_is_the_source(doc):
    text = f'"No person shall be detained without trial," {doc} read.'
    q = extract_quotes(text).iloc[0]
    mention = text[q["speaker_mention_start"]:q["speaker_mention_end"]]
    assert bool(q["is_speech"]) and mention.endswith(doc.split()[-1])


def test_who_after_the_church_of_a_person_is_the_person():
    q = extract_quotes("She attended the church of the Rev. Amos Tiller, who remembered him as “a faithful man.”").iloc[0]
    assert q["speaker"] == "Amos Tiller"


def test_a_sign_that_reads_is_still_no_speech_source():
    q = extract_quotes('Protesters carried signs that read "No more war" outside the embassy.')
    assert q.empty or not q["is_speech"].any()


@pytest.mark.parametrize("text", ['Strikes began at 4 p.m. on Friday, officials said, targeting the "affiliated militia groups."',
                                  'The raid, Iraqi officials said, was "a violation of our sovereignty."'])
def test_a_bare_plural_speaker_set_off_by_commas_speaks(text):
    q = extract_quotes(text).iloc[0]
    assert text[q["speaker_mention_start"]:q["speaker_mention_end"]].endswith("officials")


def test_a_bare_plural_aside_leaves_a_later_cue_its_quote():
    text = 'Prices, analysts said, will rise, but the minister told reporters the rise would be "modest."'
    q = extract_quotes(text).iloc[0]
    assert text[q["speaker_mention_start"]:q["speaker_mention_end"]] == "the minister"
