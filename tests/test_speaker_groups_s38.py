"""Speaker groups from evidence (stop 38): a statement's issuer, unnamed officials however definite.

Fixtures are invented sentences, not sample text.
"""

import pandas as pd

from analysis.quotes.speakers import infer_group, resolve_speakers


def _quotes(rows: list[tuple[str, int, str, str, str]]) -> pd.DataFrame:
    """Quote rows (doc_id, start, speaker, speaker_type, speaker_role) as the extractor gives them."""
    return pd.DataFrame(rows, columns=["doc_id", "start", "speaker", "speaker_type", "speaker_role"]).assign(
        speaker_mention=lambda d: d["speaker"], is_speech=True)


def test_a_statement_speaks_for_the_body_quoted_just_before_it():
    q = _quotes([("d1", 10, "the coastguard command", "body", ""), ("d1", 400, "the statement", "role", ""),
                 ("d2", 10, "Pell Marrow", "person", "a ferry passenger"), ("d2", 300, "the statement", "role", "")])
    out, _ = resolve_speakers(q)
    assert out["speaker_group"].tolist() == ["military", "military", "civilian", "unknown"]


def test_a_statement_that_names_its_issuer_keeps_its_own_evidence():
    q = _quotes([("d1", 10, "Orrin Vale", "person", "Harbour Board chairman"), ("d1", 300, "the army statement", "role", "")])
    out, _ = resolve_speakers(q)
    assert out["speaker_group"].tolist()[1] == "military"


def test_an_unnamed_official_is_anonymous_however_definite():
    assert infer_group("", "the official", "role", "the official") == "anonymous"
    assert infer_group("", "the UN official", "role", "the UN official") == "anonymous"
    assert infer_group("", "The Norland official", "role", "The Norland official") == "anonymous"


def test_an_unnamed_member_whose_determiner_the_speaker_lost_is_anonymous():
    assert infer_group("", "Tarn Party MP", "role", "Another Tarn Party MP") == "anonymous"
    assert infer_group("", "Tarn Party MP", "role", "Tarn Party MP") == "legislator"
