"""Speaker groups from evidence, round of stop 32 (groups): kin, elected school boards, opposition leaders, clergy
titles, a company's vice president, a state office named like a body, residents told by where they live, and a full
role noun over its bare head (our own sentences and names)."""

import pandas as pd

from analysis.quotes import extract_quotes, resolve_speakers
from analysis.quotes.speakers import group_evidence, infer_group


def test_kin_nouns_are_civilian():
    assert infer_group("Ivo Danner’s niece", "Petra Lomb", "person", "Petra Lomb") == "civilian"
    assert infer_group("her grandfather", "Osk Vellan", "person", "Osk Vellan") == "civilian"


def test_school_board_member_is_politician():
    assert infer_group("a Dunmore school board member", "Kit Ralston", "person", "Kit Ralston") == "politician"


def test_opposition_leader_is_politician():
    assert infer_group("the opposition leader", "Hal Breck", "person", "Hal Breck") == "politician"


def test_clergy_title_and_pastor_are_civilian():
    assert infer_group("", "Amos Fell", "person", "Rev. Amos Fell") == "civilian"
    assert infer_group("a pastor in the valley", "Lio Marsh", "person", "Lio Marsh") == "civilian"


def test_company_vice_president_of_a_department_is_organisation():
    assert infer_group("the firm’s vice president of marketing", "Nell Carrow", "person", "Nell Carrow") == "organisation"


def test_director_of_national_intelligence_is_government():
    g = group_evidence("Director of National Intelligence", "Bram Oster", "person",
                       "Director of National Intelligence Bram Oster")
    assert g[:2] == ("government", "United States")


def test_who_lives_nearby_makes_a_resident():
    text = '"The windows shook," said Tamsin Prell, who says she lives across the lane. "We stayed in."'
    q = extract_quotes(text)
    assert "resident" in set(q["speaker_role"])
    out, _ = resolve_speakers(q)
    assert set(out["speaker_group"]) == {"civilian"}


def test_full_role_noun_beats_its_bare_head_for_one_speaker():
    q = pd.DataFrame({"doc_id": ["a", "a", "a"], "speaker": ["Wren Adley"] * 3, "speaker_type": ["person"] * 3,
                      "speaker_mention": ["Wren Adley", "Adley", "Adley"],
                      "speaker_role": ["a Kelton school board member", "board member", "board member"],
                      "is_speech": [True] * 3})
    _, spk = resolve_speakers(q)
    assert spk["group"].tolist() == ["politician"]


def test_a_states_party_member_alone_is_a_legislator():
    assert infer_group("", "the Idaho Democrat", "role", "the Idaho Democrat") == "legislator"
    assert infer_group("a Democrat fundraiser", "Joss Merit", "person", "Joss Merit") != "legislator"


def test_a_sports_clubs_boss_is_civilian():
    assert infer_group("Dunmore Wanderers boss", "Ruel Tansy", "person", "Ruel Tansy") == "civilian"
    assert infer_group("a branch manager at the bank", "Ruel Tansy", "person", "Ruel Tansy") != "civilian"
