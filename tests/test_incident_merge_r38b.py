"""Round 2 of stop 38: one article's unnamed account of its state strike (fixtures in new words)."""
import pandas as pd

from analysis.events import merge as mg
from analysis.events.merge import retell
from analysis.events.mentions import MENTION_COLUMNS


def _row(i: int, event_type: str, actor: str, place: str, day: str, weapon: str = "missiles") -> dict:
    """One mention of article ``x``."""
    return {**dict.fromkeys(MENTION_COLUMNS, ""), "doc_id": "x", "mention_id": f"x-m{i}", "sent_id": i,
            "sent_start": 100 * i, "clause_start": 0, "scope": "incident", "event_type": event_type, "weapon": weapon,
            "actor_id": actor, "place_id": place, "date": day, "date_precision": "day" if day else "",
            "earliest": day, "latest": day, "date_source": "sentence" if day else "",
            "evidence": f"Statement {i} about the damage near the depot.", "n_fired": pd.NA, "n_hit": pd.NA,
            "n_intercepted": pd.NA, "n_claimed": pd.NA, "killed": pd.NA, "injured": pd.NA}


def _merged(rows: list[dict]) -> int:
    """Number of incidents the rows make."""
    inc, _ = mg.merge_incidents(pd.DataFrame(rows))
    return len(inc)


def test_an_unnamed_attack_at_the_strike_site_is_the_strike():
    strike = _row(0, "strike", "iran", "erbil", "2024-01-15")
    assert _merged([strike, _row(1, "attack", "", "erbil", "")]) == 1
    assert _merged([strike, _row(1, "attack", "", "erbil", "2024-01-15")]) == 1


def test_another_day_site_or_named_actor_stays_apart():
    strike = _row(0, "strike", "iran", "erbil", "2024-01-15")
    assert _merged([strike, _row(1, "attack", "", "erbil", "2024-01-02")]) == 2
    assert _merged([strike, _row(1, "attack", "", "ain_al_asad", "")]) == 2
    assert _merged([strike, _row(1, "attack", "kataib_hezbollah", "erbil", "")]) == 2


def test_unnamed_is_read_from_the_mention_alone():
    assert retell._unnamed({"event_type": "attack", "actor_id": "", "place_id": "erbil"})
    assert not retell._unnamed({"event_type": "interception", "actor_id": "", "place_id": "erbil"})
    assert not retell._unnamed({"event_type": "attack", "actor_id": "", "place_id": ""})


def test_a_state_strike_retold_as_an_unnamed_attack_stays_a_strike():
    inc, _ = mg.merge_incidents(pd.DataFrame([_row(0, "strike", "iran", "erbil", "2024-01-15"),
                                              _row(1, "attack", "", "erbil", "")]))
    assert inc["event_type"].tolist() == ["strike"]


# ---------------------------------------------------------------- background summaries read in their other spellings
def test_background_summaries_in_other_spellings_are_not_incidents():
    from incident_fixtures import mentions_of
    for sent in ["For years the navy has flown hundreds of airstrikes against the rebels on the coast.",
                 "Some 90 guards have been hurt or killed in attacks on patrols in the valley since early spring.",
                 "The corps has been constantly firing shells at the hill villages across the frontier."]:
        m = mentions_of(sent)
        assert (m["scope"] != "incident").all(), sent


def test_one_strike_and_the_attacks_on_a_named_base_stay_incidents():
    from incident_fixtures import mentions_of
    for sent in ["An airstrike hit the depot outside the port on Monday, killing four guards.",
                 "Three guards have been wounded in the attacks on the depot, officials said."]:
        assert (mentions_of(sent)["scope"] == "incident").any(), sent


# ---------------------------------------------------------------- an event the article recalls ("previously", "earlier in")
def test_an_attack_told_as_recalled_stays_apart_from_the_story():
    story = _row(0, "strike", "israel", "erbil", "")
    recalled = {**_row(1, "strike", "israel", "erbil", ""),
                "evidence": "The air force previously launched a raid on the same depot."}
    assert _merged([story, recalled]) == 2
    assert _merged([{**recalled, "sent_id": 0}, {**story, "sent_id": 1, "mention_id": "x-m9"}]) == 2
    retold = {**recalled, "evidence": "As previously reported, the raid damaged the depot."}
    assert _merged([story, retold]) == 1
