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


def groups(text: str) -> pd.DataFrame:
    """Speech rows of a passage with the speaker group resolve_speakers gives."""
    df = extract_quotes(text)
    df["doc_id"] = "d"
    res, _ = resolve_speakers(df)
    return res[res["is_speech"]].reset_index(drop=True)


# ---- an office held in an armed group is the armed group's, not a government's ('Hezbollah Secretary General X') ---
def test_office_of_an_armed_group():
    df = groups('"Our fighters will answer every raid," Hezbollah Secretary General Karim Nassar said on Sunday.')
    assert df.loc[0, "speaker_group"] == "armed group", df


# ---- 'the group' quoted before any body is quoted stands for the body named just before -----------------------
def test_the_group_stands_for_the_body_named_before():
    df = groups('Kataib Hezbollah halted its raids on Monday. The group said the pause was meant to spare "our hosts '
                'in Baghdad" any trouble.')
    assert df.loc[0, "speaker"] == "Kataib Hezbollah" and df.loc[0, "speaker_group"] == "armed group", df


# ---- 'the group’s Secretary General X': the title belongs to the body 'the group' stands for --------------------
def test_title_owned_by_the_group():
    df = groups('Kataib Hezbollah halted its raids on Monday. "We will guard our people by quieter means," the '
                'group’s Secretary General Samir Haddad said in a written note.')
    assert df.loc[0, "speaker_group"] == "armed group", df


# ---- 'Secretary-General X' after 'the Secretary-General of <body>': the title is that body's ------------------
def test_title_named_with_its_body_before():
    df = groups('The Secretary-General of Kataib Hezbollah ordered a halt. The fighters would stand down so as not to '
                'embarrass the cabinet in Baghdad, Secretary-General Samir Haddad wrote on Tuesday.\n'
                '"We choose patience for now," Haddad said.')
    assert df.loc[0, "speaker_group"] == "armed group", df


# ---- a coordinated descriptor takes the group of a later conjunct when the first has none -----------------------
def test_coordinated_descriptor_group():
    df = groups('Neil Barrow has argued for slower growth for years. Barrow, the chairman and former chief executive of '
                'the Lakeside bakery chain, sees the rule as overdue. "Boards chase the next quarter and nothing else," '
                'Barrow said.')
    assert df.loc[0, "speaker_group"] == "organisation", df


# ---- 'The Secretary-General' (a capitalised role after 'The') is the person named with that title before --------
def test_capitalised_role_after_the_resolves_to_titled_person():
    df = speech('Hill Front fighters stood down on Friday, Secretary-General Samir Haddad said. The Secretary-General '
                'also told the fighters to "hold fire until further notice."')
    assert df.loc[0, "speaker"] == "Samir Haddad", df


# ---- a name after an object participle ('Sentencing Tom Marsh, ...') is the person's name without the participle --
def test_person_named_after_object_participle():
    t = ('Tom Marsh, 52, admitted the thefts. Sentencing Marsh, Judge Mary Quill said the thefts had ruined two shops. '
         'As he was led away, he muttered "rubbish" at the jury.')
    df = speech(t)
    assert df.iloc[-1]["speaker"] == "Tom Marsh", df
