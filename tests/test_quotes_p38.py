"""Stop 38, round 2: quoted conflict labels kept at arm's length are not speech, even inside reported speech."""

from __future__ import annotations

import pytest

from analysis.quotes import extract_quotes
from analysis.quotes.nonspeech import distanced_label


def _speech_quotes(text: str) -> list[str]:
    q = extract_quotes(text)
    return [text[s:e] for s, e, sp in zip(q["start"], q["end"], q["is_speech"]) if sp]


@pytest.mark.parametrize("text", [
    'The border guard said it had "neutralised" four smugglers near the river ford on Tuesday.',
    'A provincial governor announced that troops would expel the "terrorists" from the hill villages.',
    'The garrison said an "outlaw group" launched two mortar rounds at the depot overnight.',
    'Police said three shells landed in the "green zone" close to the ministry towers.',
])
def test_a_quoted_label_in_reported_speech_is_not_speech(text):
    assert _speech_quotes(text) == []


@pytest.mark.parametrize("text, words", [
    ('The mayor said the flood barriers were "woefully inadequate" for the season.', "woefully inadequate"),
    ('The colonel vowed to "hunt down the terrorists wherever they hide," his office said.',
     "hunt down the terrorists wherever they hide,"),
    ('Ms Varga called the closure "shameful" in a statement on Friday.', "shameful"),
])
def test_a_speakers_own_fragment_stays_speech(text, words):
    assert words in _speech_quotes(text)


def test_distanced_label_takes_only_a_bare_label():
    assert distanced_label("Terror cells.") and distanced_label("martyrs")
    assert not distanced_label("the terrorists fled") and not distanced_label("zone")


def test_a_characterisation_called_terrorist_stays_speech():
    text = 'The harbour authority called it a "terrorist" act by unknown divers, and promised an inquiry.'
    assert "terrorist" in _speech_quotes(text)
