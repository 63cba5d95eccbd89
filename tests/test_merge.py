"""Merging mentions across sentences and outlets: consensus, conflicts, undated articles, blocking."""

from __future__ import annotations

import pandas as pd

from analysis.events import incidents as tl
from analysis.events import merge as mg
from analysis.events.mentions import MENTION_COLUMNS


def _sents(texts: list[str], doc_id: str) -> pd.DataFrame:
    rows, pos = [], 0
    for i, t in enumerate(texts):
        rows.append({"doc_id": doc_id, "para_id": i, "sent_id": i, "start": pos, "end": pos + len(t), "text": t})
        pos += len(t) + 2
    return pd.DataFrame(rows)


def _corpus():
    a = _sents(["At least two people were injured when 14 rockets were fired at the Ain Al Asad airbase on Wednesday.",
                "On June 28, the US bombed buildings in Albu Kamal.", "Five members of a PMF group were killed."], "a")
    b = _sents(["On Tuesday, two dozen rockets were launched at the Al Ain Assad base in Anbar, injuring two soldiers.",
                "Militias vowed to retaliate after US strikes on the Iraqi-Syrian border killed four members last month."],
               "b")
    c = _sents(["At least 14 rockets hit an Iraqi air base on Wednesday, wounding two American service members."], "c")
    arts = pd.DataFrame({"doc_id": ["a", "b", "c"], "published": ["2021-07-07", "", "2021-07-09"],
                         "label": ["A", "B", "C"]})
    return tl.incident_mentions(pd.concat([a, b, c]), arts), arts


def test_merge_across_outlets_with_conflicts_and_inference():
    m, arts = _corpus()
    inc, conf = tl.merge_incidents(m, arts)
    asad = inc[inc["place_id"] == "ain_al_asad"].iloc[0]
    assert asad["doc_ids"] == "a;b;c" and asad["date"] == "2021-07-07"  # the placeless report joins by count + day
    assert "inferred" in asad["date_inference"]
    strike = inc[inc["place_id"] == "albu_kamal"].iloc[0]
    assert strike["event_type"] == "us_strike"
    fields = set(conf["field"])
    assert {"n_fired", "date"} <= fields  # 14 (a) against two dozen (b); Wednesday against Tuesday
    assert inc["incident_id"].is_unique and list(inc.columns) == tl.INCIDENT_COLUMNS
    assert list(conf.columns) == tl.CONFLICT_COLUMNS


def test_conflicting_counts_are_shown_and_the_majority_kept():
    rows = [dict.fromkeys(MENTION_COLUMNS, "") for _ in range(3)]
    m = pd.DataFrame(rows).assign(doc_id=["a", "b", "c"], mention_id=["a-m0", "b-m0", "c-m0"], scope="incident",
                                  event_type="attack", weapon="drones", place_id="tower_22", date="2024-01-28",
                                  date_precision="day", earliest="2024-01-28", latest="2024-01-28",
                                  date_source="sentence", n_fired=pd.NA, n_hit=pd.NA, n_intercepted=pd.NA,
                                  n_claimed=pd.NA, killed=3, injured=[25, 34, 25])
    inc, conf = tl.merge_incidents(m)
    assert len(inc) == 1 and inc.loc[0, "injured"] == 25
    row = conf[conf["field"] == "injured"].iloc[0]
    assert row["values"] == "a: 25 | b: 34 | c: 25" and row["n_values"] == 3


def test_merge_keeps_distinct_incidents_apart():
    s = _sents(["On Wednesday 14 rockets hit Ain al-Asad air base.",
                "On November 20 ballistic missiles were fired at the Al-Assad airbase."], "d")
    m = tl.incident_mentions(s, pd.DataFrame({"doc_id": ["d"], "published": ["2023-11-22"]}))
    m.loc[0, ["date", "earliest", "latest"]] = "2021-07-07"
    inc, conf = tl.merge_incidents(m)
    assert len(inc) == 2 and conf.empty


def test_one_article_tells_one_story_but_keeps_its_background_apart():
    s = _sents(["Three US soldiers were killed in a drone attack on a base in Jordan on Sunday.",
                "Officials said the drone was fired by Iran-backed militants and appeared to come from Syria.",
                "The killing of three Americans at Tower 22 is a significant escalation.",
                "In January 2020, Iranian missiles hit Ain al-Asad."], "d")
    m = tl.incident_mentions(s, pd.DataFrame({"doc_id": ["d"], "published": ["2024-01-29"]}))
    inc, _ = tl.merge_incidents(m)
    assert len(inc) == 2
    main = inc[inc["place_id"] == "tower_22"].iloc[0]
    assert main["n_mentions"] == 2 and main["killed"] == 3 and main["actor_id"] == "pro_iran_militias"


def test_counts_compatible():
    assert tl.counts_compatible((14, "at_least"), (24, "exact"))
    assert not tl.counts_compatible((14, "exact"), (24, "exact"))
    assert tl.counts_compatible((14, "about"), (15, "exact"))


def _synthetic(n: int, days: int) -> pd.DataFrame:
    """n mentions of rocket attacks at one site on ``days`` days three days apart."""
    rows = []
    for i in range(n):
        d = (pd.Timestamp("2023-10-01") + pd.Timedelta(days=3 * (i % days))).date().isoformat()
        rows.append({**dict.fromkeys(MENTION_COLUMNS, ""), "doc_id": f"d{i:05d}", "mention_id": f"d{i:05d}-m0",
                     "scope": "incident", "event_type": "attack", "weapon": "rockets", "place_id": "ain_al_asad",
                     "date": d, "date_precision": "day", "earliest": d, "latest": d, "date_source": "sentence",
                     "n_fired": pd.NA, "n_hit": pd.NA, "n_intercepted": pd.NA, "n_claimed": pd.NA, "killed": pd.NA,
                     "injured": pd.NA})
    return pd.DataFrame(rows)


def test_merge_compares_a_mention_only_within_its_block(monkeypatch):
    calls = {"n": 0}
    from analysis.events.merge import blocks

    real = blocks._score  # where the merge calls it

    def counting(*a, **k):
        calls["n"] += 1
        return real(*a, **k)

    monkeypatch.setattr(blocks, "_score", counting)
    per_mention = []
    for n in (200, 800):
        calls["n"] = 0
        inc, _ = mg.merge_incidents(_synthetic(n, days=n // 2))  # two reports per day, one incident per day
        assert len(inc) == n // 2
        per_mention.append(calls["n"] / n)
    assert per_mention[1] <= per_mention[0] * 1.2 and per_mention[1] < 10  # constant work per mention, not O(n)


def test_undated_article_linked_by_place_and_counts():
    s = pd.concat([_sents(["On Wednesday, 14 rockets were fired at Ain al-Asad air base."], "a"),
                   _sents(["On Tuesday, 24 rockets were launched at the Ain al-Asad base."], "b")])
    arts = pd.DataFrame({"doc_id": ["a", "b"], "published": ["2021-07-07", ""], "text": list(s["text"])})
    out = tl.resolve_undated(tl.incident_mentions(s, arts), arts)
    assert out[["doc_id", "date"]].values.tolist() == [["a", "2021-07-07"], ["b", "2021-07-06"]]
    assert out.loc[1, "date_inference"].startswith("publication window")


def test_text_places_merge_the_same_in_a_process_that_did_not_extract_them():
    """A mentions table made elsewhere (a Dask worker, a saved CSV) merges as in the process that extracted it."""
    from analysis.events import incident_mentions, merge_incidents
    from analysis.events.places import tables as places_mod

    s = pd.DataFrame({"doc_id": ["a"], "para_id": 0, "sent_id": 0, "start": 0, "end": 90, "text": [
        "A drone struck a house in the village of Kani Spika in Erbil on Tuesday."]})
    arts = pd.DataFrame({"doc_id": ["a"], "published": ["2021-07-07"], "text": list(s["text"])})
    m = incident_mentions(s, arts)
    assert m["place_id"].str.startswith("txt:").any()
    here = merge_incidents(m, arts)[0]
    places_mod._TEXT_PLACES.clear()   # what a fresh process knows
    elsewhere = merge_incidents(m, arts)[0]
    pd.testing.assert_frame_equal(here, elsewhere)


# ---------------------------------------------------------------- one article telling one event twice
def _rows(*rows: dict) -> pd.DataFrame:
    """Mentions of one article 'a', one per sentence, with empty defaults."""
    base = {**dict.fromkeys(MENTION_COLUMNS, ""), "doc_id": "a", "scope": "incident", "date_source": "sentence",
            **dict.fromkeys(["n_fired", "n_hit", "n_intercepted", "n_claimed", "killed", "injured"], pd.NA)}
    out = []
    for i, r in enumerate(rows):
        day = r.get("date", "")
        iv = {"earliest": day, "latest": day, "date_precision": "day"} if len(day) == 10 else \
            {"earliest": day + "-01", "latest": day + "-28", "date_precision": "vague"} if day else {}
        out.append({**base, "mention_id": f"a-m{i}", "sent_id": i, "sent_start": 100 * i, "clause_start": 100 * i,
                    **iv, **r})
    return pd.DataFrame(out)


def test_a_statement_day_joins_the_event_day_the_article_gives_within_a_week():
    said = {"event_type": "attack", "weapon": "drones", "place_id": "syria", "date": "2024-08-12",
            "date_source": "statement", "evidence": "A drone attack in Syria hurt several soldiers, officials said Monday."}
    told = {"event_type": "attack", "place_id": "rumalyn", "date": "2024-08-09",
            "evidence": "The attack happened on Friday at the Rumalyn landing zone."}
    inc, _ = tl.merge_incidents(_rows(said, told))
    assert len(inc) == 1 and inc.loc[0, "date"] == "2024-08-09" and inc.loc[0, "place_id"] == "rumalyn"
    inc, _ = tl.merge_incidents(_rows(said, {**told, "date": "2024-07-30"}))  # twelve days before: another event
    assert len(inc) == 2


def test_a_source_account_of_the_strikes_told_joins_them_and_its_figures_stay_visible():
    lead = {"event_type": "us_strike", "weapon": "air strike", "place_id": "hillah", "date": "2023-12-25",
            "killed": 1, "injured": 21, "actor_id": "united_states",
            "evidence": "A US air strike hit a militia headquarters in Hilla on the 25th."}
    account = {"event_type": "us_strike", "weapon": "air strike", "killed": 1, "injured": 30,
               "actor_id": "united_states", "date": "2023-12-25",
               "evidence": "A TV channel stated that the US strikes had killed one soldier and wounded 30 people."}
    inc, conf = tl.merge_incidents(_rows(lead, account))
    assert len(inc) == 1
    assert conf.loc[conf["field"] == "injured", "values"].iloc[0] == "a: 21 | a: 30"
    other = {**account, "evidence": "A TV channel stated that new strikes had killed one soldier and wounded 30 people."}
    assert len(tl.merge_incidents(_rows(lead, other))[0]) == 2


def test_an_account_of_the_strikes_placed_loosely_joins_the_strike():
    lead = {"event_type": "us_strike", "weapon": "air strike", "place_id": "eastern_syria", "actor_id": "united_states",
            "evidence": "The Pentagon said its strike in eastern Syria was proportionate."}
    detail = {"event_type": "attack", "place_id": "al_qaim",
              "evidence": "The official said the strikes hit an area near the town of Qaim."}
    inc = tl.merge_incidents(_rows(lead, detail))[0]
    assert len(inc) == 1 and inc.loc[0, "event_type"] == "us_strike"  # the strike told, not the attack it was read as
    other = {**detail, "evidence": "Gunmen hit an area near the town of Qaim."}
    assert len(tl.merge_incidents(_rows(lead, other))[0]) == 2


def test_another_source_in_the_next_sentence_is_another_account_of_the_same_event():
    first = {"event_type": "attack", "weapon": "drones", "place_id": "al_qaim", "qualifiers": "killed=several",
             "evidence": "A wire quoted sources as saying drone attacks had killed several fighters in Qaim."}
    second = {"event_type": "us_strike", "weapon": "air strike", "place_id": "iraq_syria_border", "killed": 12,
              "qualifiers": "killed=at_least", "actor_id": "united_states",
              "evidence": "Another source said at least 12 fighters had died in US strikes along the border."}
    inc, _ = tl.merge_incidents(_rows(first, second))
    assert len(inc) == 1 and inc.loc[0, "killed"] == 12
    far = _rows(first, {"event_type": "attack", "evidence": "Officials met."}, second).iloc[[0, 2]]
    assert len(tl.merge_incidents(far)[0]) == 2  # not told right after the first account


def test_a_figure_the_article_gives_for_another_event_goes_to_the_incident_without_a_figure():
    rockets = {"event_type": "attack", "weapon": "rockets", "place_id": "green_zone", "date": "2020-01-08",
               "n_fired": 2, "evidence": "Two rockets landed in the Green Zone on Wednesday."}
    iran = {"event_type": "strike", "actor_id": "iran", "date": "2020-01-07",
            "evidence": "The attack on Tuesday from Iran caused no casualties."}
    salvo = {"event_type": "strike", "weapon": "rockets", "actor_id": "iran", "date": "2020-01", "n_fired": 12,
             "qualifiers": "n_fired=more_than",
             "evidence": "The rockets landed a day after Iran fired more than a dozen missiles at bases."}
    inc, _ = tl.merge_incidents(_rows(rockets, iran, salvo))
    assert sorted(inc["mention_ids"]) == ["a-m0", "a-m1;a-m2"]


def test_a_statement_day_gives_way_to_the_day_a_nearby_sentence_gives_the_event():
    said = {"event_type": "us_strike", "weapon": "gunship", "place_id": "iraq", "date": "2023-11-21",
            "date_source": "statement", "actor_id": "united_states",
            "evidence": "A gunship destroyed a launch vehicle in Iraq, the Pentagon said on Tuesday."}
    near = {"event_type": "strike", "weapon": "gunship", "date": "2023-11-20", "date_source": "nearby sentence",
            "evidence": "The gunship carried out a self-defense strike."}
    inc, _ = tl.merge_incidents(_rows(said, near))
    assert len(inc) == 1 and inc.loc[0, "date"] == "2023-11-20"


def test_an_account_of_an_earlier_day_does_not_retell_the_strike():
    """A source's account of an attack on another day is that attack, not the strike the article leads with."""
    s = _sents(["Jets struck militia depots in eastern Syria on Friday, killing five fighters.",
                "A spokesman said that a drone attack by the militia on Thursday killed a contractor at the base."], "d")
    m = tl.incident_mentions(s, pd.DataFrame({"doc_id": ["d"], "published": ["2024-03-25"]}))
    inc, _ = tl.merge_incidents(m[m["scope"] == "incident"])
    assert sorted(inc["date"]) == ["2024-03-21", "2024-03-22"]
    assert sorted(inc["killed"]) == [1, 5]


def test_a_figure_that_agrees_with_one_of_an_incidents_reports_counts_for_it():
    """An incident whose outlets disagree (14 rockets, 24 rockets) is still the best home of a third mention that
    repeats one of the figures, above an incident that only fits its weapon and a wide window."""
    from analysis.events.merge.compat import COUNT_FIELDS
    from analysis.events.merge.cluster import _Cluster
    from analysis.events.merge.score import _score

    def row(doc, n, place="ain_al_asad", day="2021-07-06"):
        return {"doc_id": doc, "sent_id": n, "event_type": "attack", "place_id": place, "weapon": "rockets",
                "date": day, "date_precision": "day", "date_source": "sentence", "earliest": day, "latest": day,
                **dict.fromkeys(COUNT_FIELDS), "n_fired": n, "evidence": ""}
    c = _Cluster(row("a", 14))
    c.add(row("b", 24))
    m = row("b", 24, place="")
    m["sent_id"] = 99
    wide = {**row("d", 3, place=""), "date": "", "date_precision": "vague", "earliest": "2021-06-08",
            "latest": "2021-07-13", "date_source": "article window"}
    other = _score(m, _Cluster(wide))
    assert other is not None and _score(m, c) > other
