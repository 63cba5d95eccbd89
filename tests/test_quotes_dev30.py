"""Rules for ``extract_quotes`` from the stop-30 quotes development set (quotes_dev30, issue 8), each pinned by
short passages written for this test in new words.

The measure is real annotated news (``benchmarks/bench_quotes_polnear.py --quotes-dev30``); these sentences only
fix the rules, and each fails without its rule.
"""

from __future__ import annotations

import pandas as pd
import pytest

from analysis.quotes import extract_quotes, resolve_speakers


def speech(text: str) -> pd.DataFrame:
    """The speech rows of a passage."""
    df = extract_quotes(text)
    return df[df["is_speech"]].reset_index(drop=True)


# ---- a participle with its object opening the sentence is not the speaker: 'Sentencing Lee, Judge X said' ------
@pytest.mark.parametrize("text, speaker", [
    ('The hearing ended at noon. Sentencing Marsh, the Recorder of Dunmore, Judge Ada Quill, said: '
     '"You took what was not yours and showed no regret."', "Judge Ada Quill"),
    ('Praising Okafor, the club chairman, Rob Tine, said: "He has carried this side all winter."', "Rob Tine"),
    ('Addressing Hale, the magistrate said: "This is your final warning."', "the magistrate"),
])
def test_participle_and_object_opening_the_sentence(text, speaker):
    df = speech(text)
    assert len(df) == 1 and speaker in df.loc[0, "speaker_mention"], df
