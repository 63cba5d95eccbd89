"""Round of stop 39 rules for ``extract_quotes`` (issue 8: the speaker mention of quotes on real news), each pinned
by short passages written for this test.

The measure is real annotated news (``benchmarks/bench_quotes_polnear.py``); these sentences only fix the rules.
"""

from __future__ import annotations

import pandas as pd

from analysis.quotes import extract_quotes


def speech(text: str) -> pd.DataFrame:
    """The speech rows of a passage."""
    df = extract_quotes(text)
    return df[df["is_speech"]].reset_index(drop=True)


# ---- an outlet that quotes someone: the person quoted speaks ------------------------------------------------------
def test_outlet_quoted_person_as_saying_after_quote():
    df = speech('"The blast broke every window on the street," the Ames Herald quoted a fire officer as saying.')
    assert df["speaker_mention"].tolist() == ["a fire officer"], df


def test_outlet_quoted_person_as_saying_before_quote():
    df = speech('Radio Kell quoted a harbour official as saying "two boats were lost" in the storm.')
    assert df["speaker_mention"].tolist() == ["a harbour official"], df


def test_outlet_quoted_people_who_said():
    df = speech('The Dale Courier quoted farmers from the valley who said "the water came in an hour" on Sunday.')
    assert df["speaker_mention"].str.startswith("farmers").tolist() == [True], df


def test_person_quoted_as_saying_keeps_its_subject():
    """A guard: 'X was quoted as saying' names no one after the cue; X speaks."""
    df = speech('Mayor Ida Prall was quoted as saying "the bridge will open in May."')
    assert df["speaker"].tolist() == ["Ida Prall"], df


# ---- a running quote whose own attribution closes it ---------------------------------------------------------------
def test_running_quote_signed_at_its_end_after_another_speaker():
    df = speech('Market traders were back on Tuesday.\n\n'
                '“The lanes are busy but we must eat,” said one trader at the gate.\n\n'
                '“We came back at dawn and the square was swept.\n\n'
                '“My son pays his school fees from this stall.\n\n'
                '“We are not leaving,” said Obi, a fruit seller.')
    assert df["speaker"].tolist() == ["one trader", "Obi", "Obi", "Obi"], df


# ---- a sentence-final attribution whose subject ends in a prepositional phrase ----------------------------------
def test_final_attribution_subject_with_postmodifier():
    df = speech('“A drone struck a van carrying two guards” near the ford at Kell, killing both, the security '
                'services of the northern province said in a statement.')
    assert df["speaker_mention"].tolist() == ["the security services of the northern province"], df


def test_postmodifier_cut_at_a_conjunction_is_no_subject_end():
    """A guard: a phrase that stops on 'and' is not a whole subject."""
    from analysis.quotes.mentions.subjects import _postmodified
    assert _postmodified("the editor for sport and", 0, 24) is None


# ---- 'attacked' in an attack report is a strike, not speech ----------------------------------------------------
def test_attacked_with_no_tie_to_the_quote_is_a_strike():
    df = speech('Patrols attacked two depots near Kell thought to pose an “urgent danger” to the camp, officials said.')
    assert df[["speaker", "attribution"]].values.tolist() == [["officials", "end of sentence"]], df


def test_attacked_as_still_reports():
    """A guard: 'attacked X as "..."' and 'attacked X for "..."' report X's critic."""
    df = speech('Senator Ada Wynn attacked the budget as “a gift to landlords” on Friday.')
    assert df["speaker"].tolist() == ["Ada Wynn"], df


# ---- title abbreviations of councils and police ranks do not end a sentence ------------------------------------
def test_councillor_abbreviation_before_name_after_quote():
    df = speech('"Every budget is a squeeze," finance chair Coun. Ada Wynn told council. "We kept the rates flat."')
    assert df["speaker"].tolist() == ["Ada Wynn", "Ada Wynn"], df


def test_police_rank_abbreviation_before_name_after_quote():
    df = speech('"The road stays shut until noon," said Supt. Bo Hale.')
    assert df["speaker"].tolist() == ["Bo Hale"], df


# ---- 'remembers' reports like 'recalls' -------------------------------------------------------------------------
def test_remembers_after_quote_reports():
    df = speech('“Ivo and I played a hundred dances together,” old bandmate Tam Oduya remembers. “We always drove up '
                'in his van.”')
    assert df["speaker"].tolist() == ["Tam Oduya", "Tam Oduya"], df


def test_passive_quoted_as_saying_by_outlet_keeps_the_person():
    """A guard: 'he was quoted as saying by the radio' -- the person quoted is the subject, not the outlet."""
    df = speech('"We will rebuild the pier," Mayor Ida Prall was quoted as saying by Radio Kell.')
    assert df["speaker"].tolist() == ["Ida Prall"], df
