"""An incident's values from its mentions: consensus counts, type, weapon, place, date and actor, with the conflicts
kept, and the incidents table."""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

import numpy as np
import pandas as pd

from ..actors import actors_gazetteer
from ..mention_places import SEVERAL_COUNTRIES
from ..places import ancestors, places_gazetteer, specificity
from ..counts import count_rows, parse_number
from ..roles import both_dead_told, rising_toll
from ..vocabulary import vocabulary
from .compat import (CONFLICT_COLUMNS, COUNT_FIELDS, INCIDENT_COLUMNS, SITE_TYPES, _count_range, _qualifier,
                     counts_compatible)
from .cluster import _Cluster, _present
from .retell import _SUPERSEDED, _one_of_joined, _unnamed
from .apart import _salvo_part


#: a toll told for several events or places ("in two bomb attacks", "shelling attacks", "raids on areas in X")
_SEVERAL = re.compile(r"\b(?:attacks|strikes|airstrikes|raids|explosions|blasts|bombings|incidents|areas|locations|bombs|"
                      r"bombers|twin|double)\b", re.I)


#: the least a vague count stands for ("several" injured is at least three)
VAGUE_FLOOR = {"several": 3, "dozens": 24, "many": 3, "approx": 2, "multiple": 2}


@lru_cache(maxsize=16384)
def _superseded(evidence: str) -> bool:
    """Whether a sentence gives a figure the report has since revised (``_SUPERSEDED``), remembered: each count field
    of an incident asks it of the same sentences.

    >>> _superseded("Earlier, the army said 40 were killed."), _superseded("The army said 40 were killed.")
    (True, False)
    """
    return bool(_SUPERSEDED.search(evidence))


def _without_earlier_stages(rows: list[dict], field: str) -> list[dict]:
    """``rows`` less the lower figures of an article whose toll has risen ("The death toll ... has risen to 90, with over
    200 injured" over "17 bodies have been recovered" and "90 injured"): earlier counts of the same toll.

    >>> rows = [{"doc_id": "a", "injured": 200, "evidence": "The death toll has risen to 90, with 200 injured."},
    ...         {"doc_id": "a", "injured": 90, "evidence": "Ninety were injured."}]
    >>> [r["injured"] for r in _without_earlier_stages(rows, "injured")]
    [200]
    """
    risen = {}
    for r in rows:
        if _present(r[field]) and rising_toll(str(r.get("evidence") or "")) is not None:
            risen[r["doc_id"]] = max(risen.get(r["doc_id"], 0), int(r[field]))
    if not risen:
        return rows
    return [r for r in rows if r["doc_id"] not in risen or not _present(r[field]) or int(r[field]) >= risen[r["doc_id"]]]


def _consensus_count(rows: list[dict], field: str) -> tuple[object, list[str] | None]:
    """Consensus value of a count field and, when reports disagree, the list of 'doc: value' strings.

    Compatible reports agree on the largest exact value ("at least 14" and 14 give 14); when they disagree,
    the value the reports of most outlets are compatible with is kept (ties: the larger, as casualty figures
    are revised upwards), and the disagreement is listed as a conflict.

    Within outlets, the toll more of the reports give wins ("officials said 12 soldiers were killed" twice, "he said
    attackers killed 15" once: 12); a munition count, the larger (a salvo's parts are told more often than it).

    >>> rows = [{"doc_id": "a", "n_fired": 24, "qualifiers": ""}, {"doc_id": "a", "n_fired": 24, "qualifiers": ""},
    ...         {"doc_id": "b", "n_fired": 14, "qualifiers": ""}, {"doc_id": "c", "n_fired": 14, "qualifiers": "n_fired=about"}]
    >>> _consensus_count(rows, "n_fired")
    (14, ['a: 24', 'b: 14', 'c: about 14'])
    >>> _consensus_count([{"doc_id": "a", "killed": k, "qualifiers": ""} for k in (12, 12, 15)], "killed")
    (12, ['a: 12', 'a: 15'])
    >>> _consensus_count([{"doc_id": "a", "injured": 0, "qualifiers": ""}, {"doc_id": "a", "injured": 100,
    ...                    "qualifiers": "injured=more_than"}], "injured")
    (100, None)
    >>> _consensus_count([{"doc_id": "a", "killed": 30, "qualifiers": "killed=about"},
    ...                    {"doc_id": "a", "killed": 60, "qualifiers": "killed=more_than"}], "killed")
    (60, ['a: about 30', 'a: more than 60'])
    >>> _consensus_count([{"doc_id": "a", "injured": 2, "qualifiers": "", "evidence": "Two were wounded."},
    ...     {"doc_id": "a", "injured": 3, "qualifiers": "", "evidence": "He said earlier that three were wounded."}], "injured")
    (2, None)
    """
    later = [r for r in rows if not _superseded(str(r.get("evidence") or ""))]
    if any(_present(r[field]) for r in later):
        rows = later  # "Earlier, the army said 40 were killed": the figure the report has since revised
    rows = _without_earlier_stages(rows, field)
    vals = [(r["doc_id"], int(r[field]), _qualifier(r, field)) for r in rows if _present(r[field])]
    if not vals:
        return pd.NA, None
    if any(v > 0 for _d, v, _q in vals):  # "initially said no one was injured": a figure outweighs a report of none
        vals = [x for x in vals if x[1] > 0]
    vague = max((VAGUE_FLOOR.get(_qualifier(r, field), 0) for r in rows if not _present(r[field])), default=0)
    if vague > max(v for _d, v, _q in vals):
        return pd.NA, None  # "several personnel and one Iraqi were injured": the vague figure is the larger
    exact = [v for _d, v, q in vals if q == "exact"]
    ranges = [_count_range(v, q) for _d, v, q in vals]  # pairwise compatible intervals share a point (Helly, 1-D):
    if max(lo for lo, _hi in ranges) <= min(hi for _lo, hi in ranges):  # one pass, not every pair of reports
        return (max(exact) if exact else max(v for _d, v, _q in vals)), None
    shown = sorted({f"{d}: {'' if q == 'exact' else q.replace('_', ' ') + ' '}{v}" for d, v, q in vals})
    tolls = field in ("killed", "injured")  # a munition count told once is most often the salvo, its parts told more
    stated = {v for _d, v, q in vals if q in ("exact", "at_least")}
    if not stated:  # every figure approximate and no two agree ("about 30", "more than 60"): the largest, as tolls rise
        return max(v for _d, v, _q in vals), shown
    support = {v: (len({d for d, w, q in vals if counts_compatible((w, q), (v, "exact"))}),
                   sum(counts_compatible((w, q), (v, "exact")) for _d, w, q in vals) if tolls else 0)
               for v in stated}  # exact values and stated floors
    # ("at least 7 rockets" beside "a missile was fired": 7 may win; not a first account's figure, which gives way)
    return max(support, key=lambda v: (*support[v], v)), shown


def _type_fields(rows: list[dict], c: _Cluster) -> dict:
    """Event type (attack before strike before interception, claim, threat), subtype and weapon."""
    types = [r["event_type"] for r in rows]
    order = ("us_strike", "attack", "strike") if c.family == "state" and "us_strike" in types else \
        ("strike", "attack") if c.family == "state" and any(r["event_type"] == "attack" and _unnamed(r) for r in rows) \
        else ("attack", "us_strike", "strike")  # the US strike an account reads as "the strikes hit an area" stays a
    # strike; so does a state's strike its article retells as an unnamed attack at its site ("the attack on the airport")
    et = next((t for t in order + ("interception", "claim", "threat") if t in types), types[0])
    subtype = next((r["event_subtype"] for r in rows if r.get("event_subtype") and r["event_type"] == et), "")
    return {"event_type": et, "event_types": ";".join(sorted(set(types))), "event_subtype": subtype,
            "weapon": _main_weapon(rows, c.weapons)}


#: the families of an explosive a suicide bomber may carry
_EXPLOSIVE_FAMILIES = frozenset({"bomb", "ied", "suicide"})


def _main_weapon(rows: list[dict], weapons: dict[str, None]) -> str:
    """The incident's weapon: of the family most of its mentions name, the most specific label (vocabulary order).

    One aside ("indirect fire means rockets and mortars", "it may have been struck by ballistic missiles") does not
    outweigh the rockets every other sentence reports.

    >>> rows = [{"weapon": w} for w in ("rockets", "mortars", "rockets", "Grad/Katyusha")]
    >>> _main_weapon(rows, dict.fromkeys(["rockets", "mortars", "Grad/Katyusha"]))
    'Grad/Katyusha'
    >>> rows = [{"weapon": "rockets", "sent_start": 0}, {"weapon": "drones", "sent_start": 90}]  # a tie: the first told
    >>> _main_weapon(rows, dict.fromkeys(["drones", "rockets"]))
    'rockets'
    >>> rows = [{"weapon": "car bomb"}, {"weapon": "car bomb"}, {"weapon": "suicide bomb"}]
    >>> _main_weapon(rows, dict.fromkeys(["car bomb", "suicide bomb"]))
    'suicide bomb'
    """
    labels = [w for w, *_ in vocabulary().weapons]
    first = next((w for w in labels if w in weapons), "")
    votes = Counter(vocabulary().family(w) for r in rows for w in str(r.get("weapon") or "").split(";") if w)
    if not first or not votes:
        return first
    top = max(votes.values())
    tops = {f for f, v in votes.items() if v == top}
    if "suicide" in votes and tops <= _EXPLOSIVE_FAMILIES:  # "a car bomb hit the embassy" and "a suicide bomber
        tops = {"suicide"}  # attacked it": the bomb was the bomber's, the attack a suicide one
    if len(tops) > 1:  # a tie: the family the article names first ("15 rockets were fired ... it also involved drones")
        lead = min((r for r in rows for w in str(r.get("weapon") or "").split(";")[:1] if w and vocabulary().family(w) in tops),
                   key=lambda r: (str(r.get("doc_id") or ""), int(r.get("sent_start") or 0), int(r.get("clause_start") or 0)),
                   default=None)
        tops = {vocabulary().family(str(lead["weapon"]).split(";")[0])} if lead is not None else tops
    if vocabulary().family(first) in tops:
        return first
    return next((w for w in labels if w in weapons and vocabulary().family(w) in tops), first)


def _place_fields(rows: list[dict], c: _Cluster) -> dict:
    """Place, hierarchy and coordinates of the incident's most specific place (or the countries it is told in).

    >>> row = {"place_id": "", "country": "", "place_source": "several countries", "place_text": "Iraq and Syria"}
    >>> _place_fields([row], type("Unplaced", (), {"place_id": ""})())["place"]
    'Iraq and Syria'
    """
    pid = c.place_id
    joined = next((str(r.get("place_text") or "") for r in rows if r.get("place_source") == SEVERAL_COUNTRIES), "")
    if pid and joined and _one_of_joined(pid, joined):
        pid = ""  # "strikes in Iraq and Syria" and "airstrikes in Syria": the incident spans both countries
    if not pid:  # no one place; the countries its mentions join ("strikes in Iraq and Syria"), when they say so
        return {"place_id": "", "place": joined, "town": "", "district": "", "admin1": "", "latitude": np.nan,
                "longitude": np.nan, "geo_precision": pd.NA,
                "country": next((r["country"] for r in rows if r.get("country")), "")}
    p = places_gazetteer().row(pid)
    src = next((r for r in rows if r["place_id"] == pid), rows[0])
    return {"place_id": pid, "place": p["name"], "town": src.get("town", ""), "district": src.get("district", ""),
            "country": p["country"], "admin1": p["admin1"], "latitude": float(p["latitude"]),
            "longitude": float(p["longitude"]), "geo_precision": specificity(pid)}


def _date_fields(rows: list[dict], c: _Cluster) -> tuple[dict, dict | None]:
    """Consensus date of the incident and, when outlets give different days, a conflict."""
    told = [r for r in rows if r["event_type"] != "claim"] or rows  # a claim's day is the claim's, not the attack's
    days = sorted({(r["doc_id"], r["date"]) for r in told if r["date_precision"] == "day" and r["date"]
                   and r["date_source"] == "sentence"})
    all_days = sorted({d for _doc, d in days}) or _said_before_page(told) or sorted(c.days) or _fallback_days(rows)
    iv, conflict = c.interval(), None
    if len(all_days) == 1:
        out = {"date": all_days[0], "date_precision": "day", "earliest": all_days[0], "latest": all_days[0]}
    elif all_days:
        by_day = {d: sum(1 for _doc, x in days if x == d) for d in all_days}
        top = sorted(by_day, key=lambda d: (-by_day[d], d))
        tied = [d for d in top if by_day[d] == by_day[top[0]]]
        out = {"date": top[0] if len(tied) == 1 else _most_detailed_day(told, tied), "date_precision": "day",
               "earliest": all_days[0], "latest": all_days[-1]}
        conflict = {"field": "date", "values": [f"{d}: {x}" for d, x in days], "consensus": out["date"]}
    elif iv:
        order = ("week", "month", "season", "quarter", "year")
        best = sorted((r for r in rows if r["date_precision"] in order and r["date"]),
                      key=lambda r: (order.index(r["date_precision"]), r["date_source"] != "sentence"))
        out = {"date": best[0]["date"] if best else "", "date_precision": best[0]["date_precision"] if best else "vague",
               "earliest": iv[0].isoformat(), "latest": iv[1].isoformat()}
    else:
        partial = next((r["date"] for r in rows if str(r["date"]).startswith("XXXX")), "")  # undated article, no window
        out = {"date": partial, "date_precision": "unknown", "earliest": "", "latest": ""}
    out["date_basis"] = "; ".join(sorted({f"{r['doc_id']}: {r['date_source']}" + (f" ({r['date_text']})" if r["date_text"]
                                                                                 else "") for r in rows if r["date_source"]}))
    out["date_inference"] = "; ".join(sorted({r["date_inference"] for r in rows if r.get("date_inference")}))
    return out, conflict


def _most_detailed_day(rows: list[dict], days: list[str]) -> str:
    """Of days told equally often, the one of the account that tells most (counts and a place), or '' on a tie: the
    detailed account ("fired two missiles at X late Monday") over a passing one ("a missile, which happened Tuesday").

    >>> rows = [{"date": "2023-11-20", "place_id": "x", "n_fired": 2}, {"date": "2023-11-21", "place_id": "", "n_fired": 1}]
    >>> _most_detailed_day(rows, ["2023-11-20", "2023-11-21"]), _most_detailed_day(rows + [{**rows[1], "date": "x",
    ...     "place_id": "y"}], ["2023-11-20", "x"])
    ('2023-11-20', '')
    >>> _most_detailed_day([rows[1], {**rows[1], "date": "2023-11-20"}, rows[1]], ["2023-11-20", "2023-11-21"])
    '2023-11-21'
    """
    def detail(r: dict) -> int:
        return sum(_present(r.get(f)) for f in COUNT_FIELDS) + bool(r.get("place_id"))

    best = {d: max((detail(r) for r in rows if r.get("date") == d), default=-1) for d in days}
    top = max(best.values())
    winners = [d for d in days if best[d] == top]
    if len(winners) > 1:  # then the day more of its mentions hold (a nearby sentence's day counted too)
        held = {d: sum(1 for r in rows if r.get("date") == d) for d in winners}
        winners = [d for d in winners if held[d] == max(held.values())]
    return winners[0] if len(winners) == 1 else ""


def _said_before_page(rows: list[dict]) -> list[str]:
    """The day a statement was made ("the groups reported on Sunday that ...") when the only other days an incident
    has are its page's own (dateline or stamp) and come later: the event is no later than the statement, and the
    page's day is no day the text gives it ([] otherwise).

    >>> r = lambda d, src: {"date": d, "date_precision": "day", "date_source": src}
    >>> _said_before_page([r("2023-11-20", "dateline"), r("2023-11-19", "statement")])
    ['2023-11-19']
    >>> _said_before_page([r("2023-11-20", "sentence"), r("2023-11-19", "statement")])
    []
    """
    dated = [r for r in rows if r["date_precision"] == "day" and r["date"]]
    said = sorted({r["date"] for r in dated if r.get("date_source") == "statement"})
    page = [r["date"] for r in dated if r.get("date_source") != "statement"]
    if said and page and all(r.get("date_source") == "dateline" for r in dated if r.get("date_source") != "statement") \
            and said[-1] < min(page):
        return said
    return []


def _fallback_days(rows: list[dict]) -> list[str]:
    """The days of an incident none of whose mentions has a day of its own: the story's or a nearby sentence's day
    before the day of a statement reporting it (which only bounds the event's day from above).

    >>> _fallback_days([{"date": "2023-11-21", "date_precision": "day", "date_source": "statement"},
    ...                 {"date": "2023-11-20", "date_precision": "day", "date_source": "nearby sentence"}])
    ['2023-11-20']
    """
    dated = [r for r in rows if r["date_precision"] == "day" and r["date"]]
    told = [r for r in dated if r.get("date_source") != "statement"] or dated
    return sorted({r["date"] for r in told})


#: a toll a later sentence adds to the one told before it: "Some 20 students were also wounded by the blast", "his
#: deputy was killed in the same strike"
_ALSO_TOLD = {"killed": re.compile(r"\b(?:(?:were|was|had\s+been)\s+also\s+(?:killed|shot\s+dead)|also\s+(?:killed|died)|"
                                   r"(?:killed|died)\s+in\s+the\s+same\s+(?:[\w-]+\s+)?(?:strike|attack|raid|"
                                   r"bombing|blast|explosion|ambush))\b", re.I),
              "injured": re.compile(r"\b(?:(?:were|was|had\s+been)\s+also\s+(?:wounded|injured|hurt)|"
                                    r"also\s+(?:wounded|injured|hurt)|(?:wounded|injured|hurt)\s+in\s+the\s+same\s+"
                                    r"(?:[\w-]+\s+)?(?:strike|attack|raid|bombing|blast|explosion|ambush))\b", re.I)}


def _own_figure(r: dict, field: str) -> bool:
    """Whether a row's casualty figure is told in its own evidence (not one a later sentence completed it with: "The
    assailant, who was also killed, ..." followed by "Among the victims were three dead").

    >>> _own_figure({"killed": 3, "evidence": "The assailant, who was also killed, set off the bomb."}, "killed")
    False
    >>> _own_figure({"injured": 20, "evidence": "Some 20 students were also wounded."}, "injured")
    True
    """
    values = [c["value"] for c in count_rows(str(r.get("evidence") or ""))]
    return int(r[field]) in values or int(r[field]) == 1 and not values  # "his deputy was also killed": one


def _also_added(rows: list[dict], field: str) -> list[dict]:
    """The rows of a casualty field with, per report, the tolls its later sentences add ("N were also wounded")
    summed into the toll told before them.

    >>> rows = [{"doc_id": "a", "sent_id": 0, "injured": 3, "evidence": "A bomb wounded three officers."},
    ...         {"doc_id": "a", "sent_id": 1, "injured": 20, "evidence": "Some 20 students were also wounded."}]
    >>> [r["injured"] for r in _also_added(rows, "injured")]
    [23]
    >>> rows.append({"doc_id": "a", "sent_id": 2, "injured": 23, "evidence": "In all, 23 were wounded."})
    >>> sorted(r["injured"] for r in _also_added(rows, "injured"))
    [23, 23]
    >>> rows = [{"doc_id": "a", "sent_id": 0, "killed": 5, "evidence": "A raid killed five guards."},
    ...         {"doc_id": "a", "sent_id": 1, "killed": 7, "evidence": "It killed five guards, and two cooks were also killed."}]
    >>> [r["killed"] for r in _also_added(rows, "killed")]  # the second sentence's 7 holds both groups
    [5, 7]
    """
    also = [r for r in rows if _present(r[field]) and ((_ALSO_TOLD[field].search(str(r.get("evidence") or "")) or
                                                        _others_alone(r, field)) and
                                                       not (field == "killed" and both_dead_told(str(r.get("evidence") or "")))
                                                       and _own_figure(r, field) or _salvo_part(r) or
                                                       _other_side(r, rows, field))]  # "X killed five,
    # and two were also killed": the sentence's toll is both groups already, not two more
    return _added_to_told(rows, also, field)


def _added_to_told(rows: list[dict], also: list[dict], field: str) -> list[dict]:
    """``rows`` with the figure of each row of ``also`` (more of the same told in a later sentence) summed into the
    figure its report told just before it; a row of ``also`` that follows no figure stays as it is."""
    if not also:
        return rows
    told = {id(r) for r in also}
    out = [r for r in rows if id(r) not in told]
    for r in also:  # by identity, not by value: linear in the incident's rows for each sentence that adds a toll
        before = [q for q in out if q["doc_id"] == r["doc_id"] and _present(q[field]) and _earlier(q, r)]
        if not before:
            out.append(r)
            continue
        last = max(before, key=lambda q: int(q["sent_id"]))["sent_id"]  # the toll told just before, not a later total
        base = {id(q) for q in before if q["sent_id"] == last}
        out = [{**q, field: int(q[field]) + int(r[field])} if id(q) in base else q for q in out]
    return out


#: munitions told as added to those told before ("two additional rockets fell outside the base", "three further
#: drones were shot down"): to be added to them, not a figure of their own ("two more" is left out: it is as often a
#: part of the total told, "Five struck near the runway and two more landed near the barracks")
_MORE_MUNITIONS = re.compile(r"\b(?P<n>\d+|one|two|three|four|five|six|seven|eight|nine|ten)\s+"
                             r"(?:additional|further)\s+(?:[\w-]+\s+)?(?:rockets?|missiles?|drones?|mortars?|shells?|"
                             r"projectiles?|rounds)\b", re.I)


def _more_munitions(rows: list[dict], field: str) -> list[dict]:
    """The rows of a munition count with those that tell more munitions of it (``_MORE_MUNITIONS``) summed into the
    count told before them.

    >>> rows = [{"doc_id": "a", "sent_id": 0, "n_hit": 7, "evidence": "At least seven rockets hit the base."},
    ...         {"doc_id": "a", "sent_id": 2, "n_hit": 2, "evidence": "Two additional rockets fell outside it."}]
    >>> [r["n_hit"] for r in _more_munitions(rows, "n_hit")]
    [9]
    >>> rows[1]["evidence"] = "Most hit the runway, while two additional rockets fell outside it."
    >>> sorted(r["n_hit"] for r in _more_munitions(rows, "n_hit"))
    [2, 7]
    """
    also = [r for r in rows if _present(r[field]) and not _BREAKS_DOWN.search(str(r.get("evidence") or "")) and
            any(parse_number(m.group("n")) == int(r[field])
                for m in _MORE_MUNITIONS.finditer(str(r.get("evidence") or "")))]
    return _added_to_told(rows, also, field)


#: a sentence that breaks a told total down ("Most were downed over X, while two more were destroyed over Y",
#: "..., bringing the total to ten"): its "more" are part of that total, not added to it
_BREAKS_DOWN = re.compile(r"\b(?:most|of\s+them|of\s+which|the\s+rest|remaining|bringing|total|in\s+all|altogether)\b",
                          re.I)


#: victims told as others of a role, with no count of the other role in the sentence ("Two other soldiers were killed
#: in Tuesday's attack", "four other police were wounded"): more victims of the toll told before
_OTHERS_TOLD = re.compile(r"\bothers?\s+(?:[\w-]+\s+){0,2}?(?:were|was|had\s+been)\s+(?:\w+ly\s+)?"
                          r"(?P<c>killed|shot\s+dead|wounded|injured|hurt)\b", re.I)


def _others_alone(r: dict, field: str) -> bool:
    """Whether a row's toll of ``field`` is told as "other" victims with no count of the other role in its sentence
    (not "five were killed and two others injured": those are others than the dead).

    >>> _others_alone({"killed": None, "injured": 4, "evidence": "Four other police were wounded."}, "injured")
    True
    >>> _others_alone({"killed": 9, "injured": 2, "evidence": "Nine were killed and two others were injured."}, "injured")
    False
    >>> _others_alone({"killed": None, "injured": 23, "evidence": "He said 23 others were wounded."}, "injured")
    False
    """
    m = _OTHERS_TOLD.search(str(r.get("evidence") or ""))
    other = "injured" if field == "killed" else "killed"
    if m is not None and field == "injured" and m.group().lower().startswith("others"):
        return False  # "23 others were wounded in the attacks": others than the dead told before, not more wounded
    return m is not None and (m.group("c").lower() in ("killed", "shot dead")) == (field == "killed") and \
        not _present(r.get(other))


#: strikes from the air, whose dead each side names its own way ("10 militants" / "10 civilians")
_AIR_DISPUTED = frozenset({"strike", "us_strike"})
#: a side telling what its own fighters did ("Al-Shabab said it killed 47 soldiers", "The Taliban said its fighters
#: killed 20"): a claim, not a confirmed toll
_OWN_CLAIM = re.compile(r"\bsaid\s+(?:that\s+)?(?:it|they|its\s+(?:fighters|forces|troops|men)|their\s+(?:fighters|forces|"
                        r"troops|men))\s+(?:had\s+|have\s+)?killed\b", re.I)


def _other_side(r: dict, rows: list[dict], field: str) -> bool:
    """Whether a row's toll is of the other side of the fight its article told before: militants after their victims
    ("two police officers were killed" ... "11 insurgents were killed"), or victims after the militants; every earlier
    toll of that article names its victims, none of them the row's group. The incident's toll is both.

    >>> rows = [{"doc_id": "a", "sent_id": 0, "killed": 2, "killed_who": "local_forces", "evidence": ""},
    ...         {"doc_id": "a", "sent_id": 2, "killed": 11, "killed_who": "militants", "evidence": ""}]
    >>> _other_side(rows[1], rows, "killed"), _other_side({**rows[1], "killed_who": "civilians"}, rows, "killed")
    (True, False)
    """
    who = str(r.get(f"{field}_who") or "")
    if not who or ";" in who or r.get("event_type") in _AIR_DISPUTED or _OWN_CLAIM.search(str(r.get("evidence") or "")):
        return False  # an air strike's dead told as militants by one side and civilians by another are the same dead;
        # a side's claim of the other's dead is no confirmed toll
    before = [q for q in rows if q is not r and q["doc_id"] == r["doc_id"] and _present(q[field]) and _earlier(q, r)]
    groups = [set(str(q.get(f"{field}_who") or "").split(";")) - {""} for q in before]
    return bool(before) and all(g and who not in g and ("militants" in g) != (who == "militants") and
                                int(q[field]) != int(r[field]) and q.get("event_type") not in _AIR_DISPUTED and
                                not _OWN_CLAIM.search(str(q.get("evidence") or "")) for q, g in zip(before, groups))
    # (the same figure told for either side is one count of the same dead, disputed)


def _earlier(q: dict, r: dict) -> bool:
    """Whether row ``q`` comes from a sentence before row ``r``'s (rows without a sentence number never do).

    >>> _earlier({"sent_id": 0}, {"sent_id": 1}), _earlier({"sent_id": 2}, {"sent_id": 1}), _earlier({}, {"sent_id": 1})
    (True, False, False)
    """
    a, b = q.get("sent_id"), r.get("sent_id")
    return _present(a) and _present(b) and str(a) != "" and str(b) != "" and int(a) < int(b)


#: a toll told for a counted number of attacks ("in two car bombings", "twin blasts", "two suicide bombers")
_COUNTED_EVENTS = re.compile(r"\b(?:two|three|four|five|twin|double|triple|\d)\s+(?:[\w-]+\s+){0,2}?(?:attacks|bombings|"
                             r"blasts|explosions|bombs|bombers|strikes|airstrikes|raids)\b", re.I)
#: a figure that covers more than the one event: a tally over time ("since October", "so far this year")
_OVER_TIME = re.compile(r"\bsince\b|\bso\s+far\b|\b(?:this|last|past)\s+(?:year|month|week)|\bin\s+recent\b|"
                        r"\bover\s+the\s+(?:past|last)\b", re.I)


def _told_total(rows: list[dict], field: str) -> int | None:
    """The figure one article's incident gives as the total over the attacks it tells ("20 were killed in two car
    bombings ... the deadlier one killed 14"): the largest figure of a sentence that counts the events it covers,
    neither a tally over time nor an earlier figure since revised; None when the incident's reports come from several
    articles or give no such sentence.

    >>> rows = [{"doc_id": "a", "killed": 20, "evidence": "20 died in two car bombings."},
    ...         {"doc_id": "a", "killed": 14, "evidence": "The deadlier one killed 14."}]
    >>> _told_total(rows, "killed"), _told_total(rows[1:], "killed")
    (20, None)
    >>> _told_total([{"doc_id": "a", "killed": 9, "evidence": "Nine died in separate attacks."}], "killed") is None
    True
    """
    if len({r["doc_id"] for r in rows}) != 1:
        return None
    told = [int(r[field]) for r in rows if _present(r[field]) and _total_sentence(str(r.get("evidence") or ""))]
    return max(told) if told else None


#: a toll that is loose, earlier or told for attacks apart ("around two dozen", "initially said", "separate attacks")
_LOOSE_TOTAL = re.compile(r"\b(?:separate|initially|earlier|first|recent|around|about|some|nearly|roughly)\b", re.I)


def _total_sentence(ev: str) -> bool:
    """Whether a sentence gives a total over the attacks it tells: it counts them ("in two car bombings"), or names
    several without a loose, earlier or separate figure; never a tally over time nor a figure since revised.

    >>> _total_sentence("20 died in two car bombings."), _total_sentence("Attacks left around 24 injured.")
    (True, False)
    """
    if _OVER_TIME.search(ev) or _SUPERSEDED.search(ev):
        return False
    return bool(_COUNTED_EVENTS.search(ev) or _SEVERAL.search(ev) and not _LOOSE_TOTAL.search(ev))


def _count_fields(rows: list[dict], weapon: str = "") -> tuple[dict, list[dict]]:
    """Consensus counts and casualty groups, with a conflict per count on which outlets disagree; munitions counted
    of the incident's own ``weapon`` family, when some are, before those of another ("20 rockets" before "three drones")."""
    out, conflicts = {}, []
    rows = _once_each(rows)
    for f in COUNT_FIELDS:
        told = _own_munitions(rows, f, weapon) if f in _MUNITION_COUNTS else rows
        value, bad = _consensus_count(_also_added(told, f) if f in _ALSO_TOLD else _more_munitions(told, f), f)
        total = _told_total(rows, f) if f in ("killed", "injured") and _present(value) else None
        value, bad = (total, None) if total is not None and total > value else (value, bad)
        if f in ("n_hit", "n_intercepted") and not _present(value) and _present(out["n_fired"]) and \
                not _present(out.get("n_intercepted" if f == "n_hit" else "n_hit")) and \
                any(_qualifier(r, f) == "all" for r in told):
            value = out["n_fired"]  # "three rockets were fired ... the rockets slammed into the depot": all three hit
        out[f] = value
        if bad:
            conflicts.append({"field": f, "values": bad, "consensus": ""})
    for f in ("killed_who", "injured_who"):
        out[f] = ";".join(sorted({g for r in rows for g in str(r.get(f) or "").split(";") if g}))
    if _none_outweighed(rows, out):
        out["injured"] = pd.NA  # "no casualties among the troops" beside "the attack killed six fighters": no wounded figure
    return out, conflicts


_MUNITION_COUNTS = ("n_fired", "n_hit", "n_intercepted")


def _once_each(rows: list[dict]) -> list[dict]:
    """The rows without those of a sentence an article repeats word for word (a page that prints a paragraph twice):
    its "another was also wounded" is told once, not added twice.

    >>> r = {"doc_id": "a", "sent_id": 1, "evidence": "Another was also hurt."}
    >>> len(_once_each([r, {**r, "sent_id": 3}])), len(_once_each([r, {**r, "killed": 2}]))
    (1, 2)
    """
    first: dict[tuple[str, str], object] = {}
    out = []
    for r in rows:
        key = (str(r["doc_id"]), str(r.get("evidence") or ""))
        if first.setdefault(key, r.get("sent_id")) == r.get("sent_id") or not key[1]:
            out.append(r)
    return out


def _own_munitions(rows: list[dict], field: str, weapon: str) -> list[dict]:
    """The rows whose munitions are of ``weapon``'s family when one of them gives ``field``, else all rows.

    >>> rows = [{"weapon": "rockets", "n_fired": 20}, {"weapon": "drones", "n_fired": 3}]
    >>> [r["n_fired"] for r in _own_munitions(rows, "n_fired", "rockets")]
    [20]
    >>> [r["n_fired"] for r in _own_munitions([{"weapon": "missiles", "n_fired": 1}, {"weapon": "rockets", "n_fired": 7}],
    ...                                        "n_fired", "missiles")]
    [1, 7]
    """
    if not weapon:
        return rows
    fam = vocabulary().family(weapon)
    fams = {fam} | {f for pair in _SAME_MUNITION if fam in pair for f in pair}
    own = [r for r in rows if not r.get("weapon") or vocabulary().family(str(r["weapon"]).split(";")[0]) in fams]
    return own if any(_present(r.get(field)) for r in own) else rows


#: munition families news uses for the same projectiles ("a missile was fired ... at least seven rockets were fired")
_SAME_MUNITION = (frozenset({"rocket", "missile"}),)


def _none_outweighed(rows: list[dict], counts: dict) -> bool:
    """Whether the incident's zero wounded comes only from reports of no casualties at all that its death toll
    contradicts (the "no casualties" spoke of one group, or of the first hours): they then give no wounded figure.

    >>> _none_outweighed([{"killed": 0, "injured": 0}, {"killed": 6, "injured": None}], {"killed": 6, "injured": 0})
    True
    >>> _none_outweighed([{"killed": 0, "injured": 0}, {"killed": 6, "injured": 0}], {"killed": 6, "injured": 0})
    False
    """
    if not (_present(counts["killed"]) and counts["killed"] > 0 and _present(counts["injured"]) and counts["injured"] == 0):
        return False
    zeros = [r for r in rows if _present(r["injured"]) and r["injured"] == 0]
    return all(_present(r["killed"]) and r["killed"] == 0 for r in zeros)


def _actor_fields(rows: list[dict], family: str) -> tuple[dict, dict | None]:
    """The perpetrator (claimed before stated, named before generic), all attributions, and a conflict when
    outlets name different armed groups."""
    perps = [r for r in rows if r["actor_id"]]
    gaz = actors_gazetteer()
    named = sorted({r["actor_id"] for r in perps if r["actor_id"] not in ("pro_iran_militias", "unknown_group")
                    and gaz.rows.get(r["actor_id"], {}).get("type") == "armed group"})
    conflict = None
    if len(named) > 1 and family == "militia":
        conflict = {"field": "perpetrator", "values": sorted({f"{r['doc_id']}: {r['actor']} ({r['attribution']})"
                                                              for r in perps if r["actor_id"] in named}), "consensus": ""}
    lead = sorted(perps, key=lambda r: (r["actor_id"] in ("pro_iran_militias", "unknown_group"),
                                        r.get("actor_attribution") != "claimed", r["doc_id"]))
    out = {"actor_id": "", "actor": "", "actor_attribution": "", "attribution": ""}
    if lead:
        out = {k: lead[0].get(k, "") for k in out}
    out["actors"] = "; ".join(sorted({f"{r['actor']} ({r['attribution']}" + (f" by {r['attributed_by']}"
                                                                               if r["attributed_by"] else "")
                                      + f", {r['doc_id']})" for r in perps}))
    out["target"] = next((r["target"] for r in rows if r.get("target")), "")
    return out, conflict


def _site_conflict(rows: list[dict], pid: str) -> dict | None:
    """A conflict when outlets put the incident at different sites (neither inside the other)."""
    gaz = places_gazetteer()
    sites = sorted({r["place_id"] for r in rows if r["place_id"] and gaz.row(r["place_id"])["type"] in SITE_TYPES})
    sites = [p for p in sites if not any(p in ancestors(q) for q in sites)]
    if len(sites) < 2:
        return None
    return {"field": "place", "values": sorted({f"{r['doc_id']}: {r['place_id']}" for r in rows if r["place_id"] in sites}),
            "consensus": pid}


def _incident_record(c: _Cluster, label: dict) -> tuple[dict, list[dict]]:
    """One incident row and its conflicts."""
    rows = c.rows
    rec = {**_type_fields(rows, c), **_place_fields(rows, c)}
    dates, dconf = _date_fields(rows, c)
    counts, conflicts = _count_fields(rows, str(rec.get("weapon") or ""))
    actors, aconf = _actor_fields(rows, c.family)
    rec.update({**dates, **counts, **actors})
    conflicts = ([dconf] if dconf else []) + conflicts + ([aconf] if aconf else [])
    sconf = _site_conflict(rows, rec["place_id"])
    conflicts += [sconf] if sconf else []
    docs = sorted({r["doc_id"] for r in rows})
    rec.update(n_mentions=len(rows), n_sources=len(docs), doc_ids=";".join(docs),
               sources="; ".join(str(label.get(d, d)) for d in docs),
               mention_ids=";".join(sorted(r["mention_id"] for r in rows)),
               evidence=max(rows, key=lambda r: (r["place_source"] == "sentence", r["date_source"] == "sentence",
                                                 -len(r["evidence"])))["evidence"],
               conflicts=";".join(sorted({x["field"] for x in conflicts})))
    return rec, conflicts


def _incident_table(clusters: list[_Cluster], articles: pd.DataFrame | None) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Incidents and conflicts tables from clusters, ids in date order."""
    label = {}
    if articles is not None and "doc_id" in articles:
        col = "label" if "label" in articles.columns else "outlet" if "outlet" in articles.columns else None
        label = dict(zip(articles["doc_id"], articles[col])) if col else {}
    recs, confl = [], []
    for c in clusters:
        rec, conflicts = _incident_record(c, label)
        recs.append(rec)
        confl.extend((rec["mention_ids"], x) for x in conflicts)
    inc = pd.DataFrame(recs, columns=INCIDENT_COLUMNS)
    inc["_k"] = inc["earliest"].replace("", "9999")
    inc = inc.sort_values(["_k", "date", "place_id", "mention_ids"], kind="stable").drop(columns="_k").reset_index(drop=True)
    inc["incident_id"] = [f"inc{i + 1:03d}" for i in range(len(inc))]
    by_mentions = inc.set_index("mention_ids")
    rows_c = [{"incident_id": by_mentions.at[mids, "incident_id"], "field": x["field"], "n_values": len(x["values"]),
               "values": " | ".join(x["values"]), "consensus": str(x["consensus"]),
               "place": by_mentions.at[mids, "place"], "date": by_mentions.at[mids, "date"]} for mids, x in confl]
    conf = pd.DataFrame(rows_c, columns=CONFLICT_COLUMNS).sort_values(["incident_id", "field"]).reset_index(drop=True)
    return _typed(inc), conf


def _typed(inc: pd.DataFrame) -> pd.DataFrame:
    """Column types of the incidents table."""
    for f in COUNT_FIELDS + ["geo_precision"]:
        inc[f] = pd.to_numeric(inc[f], errors="coerce").astype("Int64")
    for col in ("latitude", "longitude"):
        inc[col] = pd.to_numeric(inc[col], errors="coerce").astype("float64")
    for col in INCIDENT_COLUMNS:
        if inc[col].dtype == object:
            inc[col] = inc[col].fillna("").astype(str)
    return inc


from ..prefilter import guard_patterns  # noqa: E402  (after every expression of the module is defined)

guard_patterns(globals())
