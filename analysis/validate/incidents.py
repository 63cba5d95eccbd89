"""Scoring incident extraction against annotations (kept apart from the extraction code).

* ``match_gold`` / ``evaluate_mentions``: the bundled corpus' hand annotation (``incidents_gold*.csv``,
  one row per mention): mention precision/recall/F1, field accuracy on matched mentions, "same incident"
  links; ``annotation_agreement``: two annotations of the same texts; ``evaluate_dates``: value F1 of
  ``date_mentions`` against ``dates_gold.csv``.
* ``load_attack_sample`` / ``score_attack_sample``: a held-out sample of real attack reports with one
  gold object per incident per article (see :func:`score_attack_sample` for the matching rule and
  :func:`error_table` for the failure types); ``load_event_descriptions`` / ``score_event_descriptions``:
  coded event descriptions (one event each).
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from pathlib import Path

import numpy as np
import pandas as pd

from ..events.dating import date_by_listing_day
from ..events.merge import COUNT_FIELDS, merge_incidents, weapons_compatible
from ..events.mention_places import joined_names
from ..events.mentions import incident_mentions
from ..events.places import match_name, places_compatible, places_gazetteer
from ..events.gazetteer import match_key
from ..events.timex import date_mentions
from ..events.vocabulary import vocabulary
from .dates import evaluate_dates

__all__ = ["match_gold", "evaluate_mentions", "annotation_agreement", "evaluate_dates", "AGREEMENT_FIELDS",
           "load_attack_sample", "article_incidents", "score_attack_sample", "error_table", "incident_form",
           "FORMS", "SCORED_FIELDS"]


def _norm_ws(text: str) -> str:
    """Whitespace- and quote-normalised text for matching evidence across raw and cleaned offsets."""
    return re.sub(r"\s+", " ", str(text).replace("’", "'").replace("‘", "'").replace("“", '"').replace("”", '"')).strip()


def match_gold(mentions: pd.DataFrame, gold: pd.DataFrame) -> pd.DataFrame:
    """Pair gold incident mentions with predicted ones (same doc, overlapping evidence, compatible place).

    Returns one row per gold mention with the matched ``mention_id`` ('' when missed).

    >>> g = pd.DataFrame({"doc_id": ["a"], "evidence": ["14 rockets hit"], "place_id": ["ain_al_asad"]})
    >>> p = pd.DataFrame({"doc_id": ["a"], "mention_id": ["a-m0"], "evidence": ["On Wednesday, 14 rockets hit it."],
    ...     "place_id": ["ain_al_asad"], "scope": ["incident"]})
    >>> match_gold(p, g)["mention_id"].tolist()
    ['a-m0']
    """
    pred = mentions[mentions["scope"] == "incident"]
    used: set[str] = set()
    out = []
    for _, g in gold.iterrows():
        ev = _norm_ws(g["evidence"])
        best = ""
        for _, p in pred[pred["doc_id"] == g["doc_id"]].iterrows():
            pe = _norm_ws(p["evidence"])
            if p["mention_id"] in used or not (ev in pe or pe in ev):
                continue
            gp, pp = str(g.get("place_id") or ""), str(p["place_id"] or "")
            if gp and pp and not places_compatible(gp, pp):
                continue
            best = p["mention_id"]
            if gp == pp:
                break
        if best:
            used.add(best)
        out.append({**g.to_dict(), "mention_id": best})
    return pd.DataFrame(out, columns=[*gold.columns, "mention_id"])


def evaluate_mentions(mentions: pd.DataFrame, incidents: pd.DataFrame, gold: pd.DataFrame,
                      undated_docs: list[str] | tuple = ()) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Scores of predicted mentions and merged incidents against a gold annotation: (summary, pairs).

    ``summary`` has one row per measure (mention precision/recall/F1; accuracy of event type, weapon
    family, place, day, counts and actor on matched mentions; pairwise precision/recall of "same
    incident" links); ``pairs`` is the gold table with the matched prediction's values side by side.

    >>> s = pd.DataFrame({"doc_id": ["a"], "para_id": 0, "sent_id": 0, "start": 0, "end": 50,
    ...     "text": ["On Wednesday, 14 rockets hit Ain al-Asad air base."]})
    >>> m = incident_mentions(s, pd.DataFrame({"doc_id": ["a"], "published": ["2021-07-07"]}))
    >>> g = pd.DataFrame({"incident_id": ["g1"], "doc_id": ["a"], "evidence": ["14 rockets hit Ain al-Asad"],
    ...     "event_type": "attack", "weapon": "rockets", "place_id": "ain_al_asad", "date": "2021-07-07",
    ...     "date_precision": "day", "n_fired": "", "n_hit": "14", "n_claimed": "", "killed": "", "injured": "",
    ...     "actor": ""})
    >>> summary, _ = evaluate_mentions(m, merge_incidents(m)[0], g)
    >>> float(summary.set_index("measure").loc["F1", "value"])
    1.0
    """
    pairs = match_gold(mentions, gold)
    pred = mentions.set_index("mention_id")
    matched = pairs[pairs["mention_id"] != ""]
    n_pred = int((mentions["scope"] == "incident").sum())
    tp = len(matched)
    prec, rec = tp / n_pred if n_pred else 0.0, tp / len(gold) if len(gold) else 0.0
    rows = [("mentions", "precision", prec, n_pred), ("mentions", "recall", rec, len(gold)),
            ("mentions", "F1", 2 * prec * rec / (prec + rec) if prec + rec else 0.0, tp)]

    def acc(name: str, ok: list[bool]) -> None:
        """Add the share of ``ok`` that is True as one accuracy row."""
        rows.append(("matched mentions", name, float(np.mean(ok)) if ok else np.nan, len(ok)))

    get = lambda r, c: pred.loc[r["mention_id"], c]  # noqa: E731
    acc("event type", [str(r["event_type"]) == str(get(r, "event_type")) for _, r in matched.iterrows()])
    acc("weapon (family)", [weapons_compatible(str(r["weapon"]), str(get(r, "weapon"))) and bool(get(r, "weapon"))
                            for _, r in matched.iterrows() if str(r["weapon"] or "")])
    acc("place (same id)", [str(r["place_id"]) == str(get(r, "place_id")) for _, r in matched.iterrows()
                            if str(r["place_id"] or "")])
    acc("place (compatible)", [bool(get(r, "place_id")) and places_compatible(str(r["place_id"]), str(get(r, "place_id")))
                               for _, r in matched.iterrows() if str(r["place_id"] or "")])
    acc("mention date (day; dated articles)", [str(r["date"]) == str(get(r, "date")) for _, r in matched.iterrows()
                                               if r["date_precision"] == "day" and r["doc_id"] not in undated_docs])
    inc_date = dict(zip(incidents["incident_id"], incidents["date"]))
    inc_of_ = {mid: iid for iid, mids in zip(incidents["incident_id"], incidents["mention_ids"])
               for mid in str(mids).split(";")}
    acc("incident date (day; all articles)", [str(r["date"]) == str(inc_date.get(inc_of_.get(r["mention_id"], ""), ""))
                                              for _, r in matched.iterrows() if r["date_precision"] == "day"])
    for f in [c for c in COUNT_FIELDS if c in gold.columns]:
        vals = [(r[f], get(r, f)) for _, r in matched.iterrows() if pd.notna(r[f]) and str(r[f]) != ""]
        acc(f, [pd.notna(p) and int(float(g)) == int(p) for g, p in vals])
    acc("actor", [str(r["actor"]) == str(get(r, "actor_id")) for _, r in matched.iterrows() if str(r["actor"] or "")])
    m = matched.assign(pred_inc=matched["mention_id"].map(inc_of_).fillna(""))
    rows += _link_scores(m.to_dict("records"), "incident_id", "pred_inc", "")
    summary = pd.DataFrame(rows, columns=["level", "measure", "value", "n"])
    side = m.merge(mentions.drop(columns=["doc_id", "evidence"]), on="mention_id", how="left", suffixes=("_gold", "_pred"))
    pairs = pairs.merge(side[["mention_id", "pred_inc"]], on="mention_id", how="left")
    return summary, side if len(side) else pairs


def _link_scores(recs: list[dict], gold_key: str, pred_key: str, suffix: str) -> list[tuple]:
    """Pairwise precision and recall of "same incident" links among paired mentions.

    >>> _link_scores([{"g": 1, "p": "a"}, {"g": 1, "p": "a"}, {"g": 2, "p": "a"}], "g", "p", "")[0][2]
    0.3333333333333333
    """
    gl = {(i, j) for i in range(len(recs)) for j in range(i + 1, len(recs)) if recs[i][gold_key] == recs[j][gold_key]}
    pl = {(i, j) for i in range(len(recs)) for j in range(i + 1, len(recs))
          if recs[i][pred_key] and recs[i][pred_key] == recs[j][pred_key]}
    return [("same-incident links", "precision" + suffix, len(gl & pl) / len(pl) if pl else np.nan, len(pl)),
            ("same-incident links", "recall" + suffix, len(gl & pl) / len(gl) if gl else np.nan, len(gl))]


AGREEMENT_FIELDS = ["event_type", "weapon", "place_id", "date", "date_precision", "n_fired", "n_hit", "n_claimed",
                    "killed", "injured", "actor", "attribution"]


def _same_value(a: object, b: object) -> bool:
    """Two annotation cells agree (numbers compared as numbers, empty equals empty)."""
    a, b = ("" if pd.isna(x) else str(x).strip() for x in (a, b))
    try:
        return float(a) == float(b)
    except ValueError:
        return a == b


def annotation_agreement(a: pd.DataFrame, b: pd.DataFrame, fields: list[str] | None = None
                         ) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Agreement of two incident annotations of the same texts: (summary, pairs).

    Mentions pair up by document and overlapping ``start``/``end`` offsets (same place preferred);
    ``summary`` has mention precision/recall/F1 of ``b`` against ``a``, the share of paired mentions
    agreeing on each field (Cohen's kappa for the event type) and pairwise precision/recall of
    "same incident" links; ``pairs`` has both values of every field side by side.

    >>> a = pd.DataFrame({"incident_id": ["x", "x"], "doc_id": "d", "start": [0, 50], "end": [20, 70],
    ...                   "event_type": "attack", "place_id": "ain_al_asad", "n_fired": ["14", ""]})
    >>> b = a.assign(n_fired=["14.0", "24"], incident_id=["p", "q"])
    >>> s, _ = annotation_agreement(a, b, ["event_type", "n_fired"])
    >>> s.set_index("measure")["value"].round(2).to_dict()["n_fired"], s.set_index("measure")["value"].to_dict()["F1"]
    (0.5, 1.0)
    """
    fields = [f for f in (fields or AGREEMENT_FIELDS) if f in a.columns and f in b.columns]
    used: set[int] = set()
    rows = []
    for i, x in a.reset_index(drop=True).iterrows():
        cand = b[(b["doc_id"] == x["doc_id"]) & (b["start"].astype(int) < int(x["end"])) &
                 (b["end"].astype(int) > int(x["start"])) & ~b.index.isin(list(used))]
        if "place_id" in cand.columns and len(cand):
            cand = cand.assign(_same=(cand["place_id"] == x.get("place_id", "")).astype(int)).sort_values(
                "_same", ascending=False, kind="stable")
        j = cand.index[0] if len(cand) else None
        if j is not None:
            used.add(j)
        y = b.loc[j] if j is not None else None
        rec = {"doc_id": x["doc_id"], "start_a": int(x["start"]), "end_a": int(x["end"]),
               "start_b": int(y["start"]) if y is not None else pd.NA, "end_b": int(y["end"]) if y is not None else pd.NA,
               "incident_a": x.get("incident_id", ""), "incident_b": y.get("incident_id", "") if y is not None else "",
               "evidence": x.get("evidence", "")}
        for f in fields:
            rec[f"{f}_a"], rec[f"{f}_b"] = x[f], (y[f] if y is not None else "")
        rows.append(rec)
    pairs = pd.DataFrame(rows)
    only_b = b[~b.index.isin(list(used))]
    tp, na, nb = len(used), len(a), len(b)
    prec, rec_ = (tp / nb if nb else np.nan), (tp / na if na else np.nan)
    out = [("mentions", "precision (b vs a)", prec, nb), ("mentions", "recall (b vs a)", rec_, na),
           ("mentions", "F1", 2 * prec * rec_ / (prec + rec_) if prec + rec_ else 0.0, tp),
           ("mentions", "only in b", float(len(only_b)), len(only_b))]
    m = pairs[pairs["start_b"].notna()] if len(pairs) else pairs
    for f in fields:
        ok = [_same_value(u, v) for u, v in zip(m[f"{f}_a"], m[f"{f}_b"])]
        out.append(("paired mentions", f, float(np.mean(ok)) if ok else np.nan, len(ok)))
    if "event_type" in fields and len(m):
        ya, yb = m["event_type_a"].astype(str), m["event_type_b"].astype(str)
        po = float((ya == yb).mean())
        pe = sum(float((ya == k).mean()) * float((yb == k).mean()) for k in set(ya) | set(yb))
        out.append(("paired mentions", "event_type kappa", (po - pe) / (1 - pe) if pe < 1 else 1.0, len(m)))
    out += _link_scores(m.to_dict("records"), "incident_a", "incident_b", " (b vs a)")
    return pd.DataFrame(out, columns=["level", "measure", "value", "n"]), pairs


# ------------------------------------------------------------------ held-out sample of real attack reports
#: forms of violence used by the attack sample's ``event_type`` (weapon or form of the event)
FORMS = ["rocket", "missile", "drone", "mortar", "ied", "shooting", "suicide", "airstrike", "shelling", "other_attack",
         "threat"]
_FAMILY_FORM = {"rocket": "rocket", "missile": "missile", "ballistic": "missile", "drone": "drone", "mortar": "mortar",
                "ied": "ied", "bomb": "ied", "suicide": "suicide", "firearm": "shooting", "air": "airstrike",
                "artillery": "shelling", "grenade": "other_attack"}
#: fields compared on matched incidents (gold column, predicted column)
SCORED_FIELDS = ["killed", "injured", "n_fired", "n_hit", "n_intercepted", "form", "place", "date"]


def incident_form(event_type: str, weapon: str, subtype: str = "") -> str:
    """The attack sample's form of a predicted incident (rocket, drone, airstrike, shelling, other_attack...).

    A strike told as a drone strike is ``drone`` whoever flew it (the sample's form is the weapon, not the side).

    >>> incident_form("attack", "Grad/Katyusha"), incident_form("us_strike", "drones"), incident_form("attack", "")
    ('rocket', 'drone', 'other_attack')
    >>> incident_form("strike", "rockets"), incident_form("strike", "artillery"), incident_form("us_strike", "small arms")
    ('rocket', 'shelling', 'shooting')
    """
    if event_type == "threat":
        return "threat"
    fam = vocabulary().family(weapon) if weapon else ""
    if event_type in ("us_strike", "strike"):
        if fam in ("missile", "ballistic", "drone"):
            return "missile" if fam != "drone" else "drone"
        if fam == "rocket":
            return "rocket"  # "Iranian rockets struck an airfield", "Hezbollah fired rockets": the layers' form is the weapon
        if fam == "firearm":
            return "shooting"  # "US soldiers shot dead two teachers": a state's troops' shooting
        return "shelling" if fam in ("artillery", "mortar") or "Shelling" in subtype and not fam else "airstrike"
    return _FAMILY_FORM.get(fam, "other_attack")


def forms_compatible(a: str, b: str) -> bool:
    """Whether two forms can describe one incident (equal, one unspecified, or related weapons).

    >>> forms_compatible("other_attack", "rocket"), forms_compatible("rocket", "missile"), forms_compatible("threat", "drone")
    (True, True, False)
    """
    if a == b:
        return True
    if "threat" in (a, b):
        return False
    if "other_attack" in (a, b):
        return True
    return frozenset({a, b}) in {frozenset({"rocket", "missile"}), frozenset({"rocket", "mortar"}),
                                 frozenset({"airstrike", "drone"}), frozenset({"shelling", "rocket"}),
                                 frozenset({"shelling", "mortar"}), frozenset({"ied", "suicide"})}


def load_attack_sample(path: str | Path, layer: str = "incidents.jsonl") -> dict:
    """The attack sample of ``path`` (see its README): gold incidents with their split, and the raw texts.

    ``layer``: the incidents file of annotations/ (a second annotator's ``incidents_b.jsonl``).
    Returns {"corpus": corpus folder, "gold": DataFrame, "texts": doc_id -> text, "split": doc_id -> split}.
    """
    root = Path(path)
    rows = [json.loads(ln) for ln in (root / "annotations" / layer).read_text(encoding="utf-8").splitlines()
            if ln.strip()]
    split = dict(pd.read_csv(root / "split.csv", dtype=str).itertuples(index=False, name=None))
    manifest = pd.read_csv(root / "corpus" / "manifest.csv", dtype=str, keep_default_na=False)
    texts = {r.doc_id: (root / "corpus" / r.file).read_text(encoding="utf-8") for r in manifest.itertuples()}
    gold = pd.DataFrame(rows)
    gold["split"] = gold["doc_id"].map(split)
    return {"corpus": root / "corpus", "gold": gold, "texts": texts, "split": split, "manifest": manifest}


def article_incidents(mentions: pd.DataFrame, articles: pd.DataFrame) -> pd.DataFrame:
    """Incidents of each article on its own (mentions merged within one article), with the raw-text-free columns
    of ``merge_incidents`` plus ``doc_id``."""
    out = []
    for doc, m in mentions[mentions["scope"] == "incident"].groupby("doc_id", sort=True):
        inc, _ = merge_incidents(m, articles[articles["doc_id"] == doc])
        out.append(inc.assign(doc_id=doc))
    return pd.concat(out, ignore_index=True) if out else pd.DataFrame(columns=["doc_id", "incident_id"])


def raw_span(raw: str, clean: str, start: int, end: int) -> tuple[int, int] | None:
    """Where the cleaned text's [start, end) lies in the raw text (exact, else by its first and last words).

    >>> raw_span("Header  Rockets  hit the base.", "Rockets hit the base.", 0, 21)
    (8, 29)
    >>> raw_span("abc", "Rockets hit the base.", 0, 21) is None
    True
    """
    piece = clean[start:end].strip()
    if not piece:
        return None
    i = raw.find(piece)
    if i >= 0:
        return i, i + len(piece)
    words = re.findall(r"\w+", piece)
    if len(words) < 2:
        return None
    if len(words) <= 7:
        pat = r"\W+".join(map(re.escape, words))
    else:
        pat = r"\W+".join(map(re.escape, words[:4])) + r"[\s\S]{0,%d}?" % (len(piece) + 40) + r"\W+".join(
            map(re.escape, words[-3:]))
    m = re.search(pat, raw)
    return (m.start(), m.end()) if m else None


def _gold_spans(g: dict) -> list[tuple[int, int]]:
    """Evidence spans of a gold incident (main evidence and further sentences)."""
    spans = [(int(g["evidence_start"]), int(g["evidence_end"]))]
    spans += [(int(e["start"]), int(e["end"])) for e in (g.get("more_evidence") or []) if e.get("start") is not None]
    return spans


def _value(v: object) -> int | None:
    """A count cell as an int, or None."""
    if v is None or v is pd.NA or isinstance(v, float) and np.isnan(v) or str(v) in ("", "nan", "<NA>", "None"):
        return None
    return int(float(v))


#: the kind of place written before a gold place's name ("the province of Kirkuk", "the town of X")
_KIND_FIRST = r"(?:province|governorate|district|city|town|village|region)\s+of"
#: a feature noun written with a gold place name ("al-Adan neighbourhood", "Hawija outskirts"): the name is the rest
_FEATURE_NOUN = re.compile(r"^\s*(?:the\s+)?(?:(?:(?:north|south)(?:-?(?:east|west))?|east|west)(?:ern)?\s+(?:part\s+of\s+(?:the\s+)?)?|"
                           r"central\s+)?(?:" + _KIND_FIRST + r"\s+)?|"
                           r"\s+(?:neighbou?rhoods?|districts?|sub-?districts?|areas?|outskirts|quarters?|sectors?|sections?|"
                           r"suburbs?|city|town|township|municipality|village|settlement|community|province|governorate|region)\s*$", re.I)
#: (a direction before the name is no part of it: "northeastern Jordan", "the southern part of Borno State"; nor the
#: kind of place written before it: "the province of Kirkuk")


def _place_keys(name: str) -> set[str]:
    """Match keys of a gold place name and its parts ("Mashtal (Baghdad)" -> mashtal, baghdad; "Karrada district"
    -> also karrada)."""
    parts = [name] + re.findall(r"\(([^)]+)\)", name) + [re.sub(r"\s*\([^)]*\)", "", name)] + name.split(",") + \
        [p for p in re.split(r"\s+(?:area|district|village|neighbou?rhood|suburbs?)\s+of\s+", name)[:1]
         if re.match(r"(?:al-|el-)?[A-Z]", p)]  # "Eidak area of Mir Ali" (not "the northern suburbs of X")
    parts += [_FEATURE_NOUN.sub("", p) for p in parts]
    return {match_key(p) for p in parts if p.strip()}


#: a facility noun after a site's name ("al-Tanf military base", "Zubeiriyat oil field", "Harir Airport"), or "Camp" before
#: it: outlets name one site with different nouns ("garrison", "air base"), so two sites agree when their bare names do
_FACILITY_NOUN = re.compile(r"\s+(?:(?:military|air|army|coalition|US|U\.S\.)\s+)?(?:bases?|air\s*base|airfield|"
                            r"airport|garrison|outpost|barracks|(?:natural\s+)?(?:gas|oil)\s+(?:fields?|factory|plant)|camp|complex|"
                            r"base\s+complex)\s*$|^camp\s+|"
                            r"^(?:the\s+)?(?:US|U\.S\.|American|coalition)\s+(?!(?:military|air|army|coalition)\b)"
                            r"(?=(?-i:[A-Z])\S*\s(?:.*\s)?(?:bases?|garrison|outpost|camp)\s*$)",
                            re.I)  # (and its owner before it: "US Al-Tanf base")
_SETTLEMENT = ("city", "town", "village", "district", "province", "country", "region")


#: the kind word a gazetteer's name of an administrative area ends with ("Deir ez-Zor Governorate", "Anbar Province"):
#: the name as a text writes it ("the province of Deir ez-Zor") has none
_ADMIN_KIND = re.compile(r"\s+(?:governorate|province|district|sub-?district|municipality|region)\s*$", re.I)


def _bare(name: str) -> str:
    """A site's name without its facility nouns.

    >>> _bare("Zubeiriyat oil field"), _bare("Camp Taji"), _bare("Taji military camp"), _bare("US Al-Tanf base")
    ('Zubeiriyat', 'Taji', 'Taji', 'Al-Tanf')
    """
    return _FACILITY_NOUN.sub("", name.strip())


def _settlement(pid: str, pred_place: str) -> bool:
    """Whether a predicted place is a town or an area, not a site: by its gazetteer type, or, for a text-only place,
    by the type the gazetteer gives its name ("txt:baghdad" read from "a base near Baghdad" is the city).

    >>> _settlement("txt:mosul", "Mosul"), _settlement("txt:zubeiriyat", "Zubeiriyat")
    (True, False)
    """
    if not pid.startswith("txt:"):
        return places_gazetteer().row(pid)["type"] in _SETTLEMENT
    gid = match_name(pred_place)[0]
    return bool(gid) and places_gazetteer().row(gid)["type"] in _SETTLEMENT


def _same_site(gold_place: str, pid: str, pred_place: str) -> bool:
    """Whether a gold site written with a facility noun and a predicted site (not a town or an area, in the gazetteer
    or as a text-only name) share their bare name, as written or as the gazetteer reads it ("al-Tanf military base"
    and "Al-Tanf garrison"; "al-Asad base" and "Ain al-Asad Air Base"; a town "Erbil" is not the "Erbil air base").

    >>> _same_site("Zubeiriyat oil field", "txt:zubeiriyat", "Zubeiriyat"), _same_site("Harir Airport", "txt:harir", "Harir base")
    (True, True)
    """
    from rapidfuzz import fuzz

    bare = _bare(gold_place)
    if bare == gold_place.strip() or _settlement(pid, pred_place):
        return False
    return fuzz.ratio(match_key(bare), match_key(_bare(pred_place))) >= 85 or match_name(bare)[0] == pid


#: a gold place the annotator had to describe, the text naming no finer place ("a base in Iraq hosting U.S. forces", "an
#: unofficial crossing at the Syria-Iraq border", "the airport in Erbil"): the name it holds is what the text names
_DESCRIBED = re.compile(r"^(?:(?:a|an|the)\s|(?!" + _KIND_FIRST + r"\b))(?:(?![A-Z][a-z]).)*?\b(?:in|at|near|on|of|outside)\s+"
                        r"(?:the\s+)?"  # no name before
                        r"(?P<n>[A-Z][\w'’.-]*(?:\s+(?:(?:al|el)-)?[A-Z][\w'’.-]*)*(?:\s+border)?)")


def _named_part(gold_place: str) -> str:
    """The name a described gold place holds (the place itself when it is a name).

    >>> _named_part("a base in Iraq hosting U.S. forces"), _named_part("an area northeast of Erbil"), _named_part("Camp Taji")
    ('Iraq', 'Erbil', 'Camp Taji')
    >>> _named_part("the U.S. Embassy in Baghdad"), _named_part("US base near Erbil International Airport")
    ('the U.S. Embassy in Baghdad', 'Erbil International Airport')
    """
    m = _DESCRIBED.match(gold_place.strip())
    return m.group("n") if m else gold_place


def place_right(g: dict, p: dict) -> bool | None:
    """Whether a predicted incident's place is the gold one (None when neither names a place): the same name
    (a transliteration variant, ratio >= 85 on match keys, counts as the same name; a gold "X, Y" or "X (Y)" is
    matched by X or Y; a gold the annotator described, "a base in Iraq hosting U.S. forces", by the name it holds),
    or gazetteer places that are the same or nested below province level.

    >>> place_right({"place": "Ain al-Asad Air Base", "town": "al-Baghdadi"}, {"place_id": "ain_al_asad", "place": "Ain al-Asad Air Base"})
    True
    >>> place_right({"place": "northeastern Jordan"}, {"place_id": "jordan", "place": "Jordan"})
    True
    >>> place_right({"place": "Syria and Iraq"}, {"place_id": "", "place": "Iraq and Syria"})  # two countries
    True
    >>> place_right({"place": "Deir ez-Zor"}, {"place_id": "deir_ezzor_gov", "place": "Deir ez-Zor Governorate"})
    True
    """
    gp, pid = _named_part(str(g.get("place") or g.get("town") or "")), str(p.get("place_id") or "")  # no site: its town
    if gp and not pid and p.get("place"):  # no one place: the countries the incident is told in ("Iraq and Syria")
        return joined_names(gp) == joined_names(str(p["place"]))
    if not gp and not pid:
        return None
    if not gp or not pid:
        return False
    if _same_site(gp, pid, str(p.get("place") or "")):
        return True
    keys = _place_keys(gp) | ({match_key(str(g["town"])), match_key(f"{gp} {g['town']}")} if g.get("town") else set())
    from rapidfuzz import fuzz

    pred_keys = {match_key(str(p.get("place") or "")), match_key(_bare(str(p.get("place") or ""))),  # "Al-Omar oil field"
                 match_key(_ADMIN_KIND.sub("", str(p.get("place") or "")))}  # "Deir ez-Zor Governorate": "Deir ez-Zor"
    if any(fuzz.ratio(pk, k) >= 85 for k in keys for pk in pred_keys if pk) or match_key(str(p.get("town") or "")) in keys and \
            places_gazetteer().row(pid)["type"] in ("city", "town", "village"):
        return True
    if pid.startswith("txt:") and keys & _text_parents(pid):
        return True   # "the Puli-Matani area of Pul Alam": a place the text locates in the gold one (neither in a gazetteer)
    gid = _gold_id(gp)
    gaz = places_gazetteer()
    return bool(gid) and (gid == pid or places_compatible(gid, pid) and gaz.row(pid)["type"] not in
                          ("country", "region", "province") and gaz.row(gid)["type"] not in ("country", "region", "province"))


def _text_parents(pid: str) -> set[str]:
    """Match keys of the places known only from the text that locate a text place ("txt:a@txt:b@erbil" -> b).

    >>> sorted(_text_parents("txt:pulimatani@txt:pulalam@")), _text_parents("txt:amil@baghdad")
    (['pulalam'], set())
    """
    return {part.split("@", 1)[0] for part in pid.split("txt:")[2:]}


def _gold_id(gold_place: str) -> str | None:
    """The gazetteer id of a gold place: its whole name first ("Green Village", a base's name), then without its
    feature noun ("Garma district"; a province written kind first, "province of Kirkuk", as "Kirkuk province") or a US
    site's "Mission Support Site" prefix.

    >>> _gold_id("Green Village"), _gold_id("Mission Support Site Green Village"), _gold_id("Garma district")
    ('omar_oilfield', 'omar_oilfield', 'garma')
    >>> _gold_id("province of Kirkuk"), _gold_id("the town of Kirkuk")
    ('kirkuk_gov', 'kirkuk')
    """
    name = re.sub(r"\s*\([^)]*\)", "", gold_place)
    kind_first = _KIND_OF.match(name)  # "province of Kirkuk": first as "Kirkuk province" (not the city)
    turned = f"{kind_first.group('name')} {kind_first.group('kind')}" if kind_first else ""
    for form in (name, turned, _FEATURE_NOUN.sub("", name), _MSS.sub("", name)):
        gid = match_name(form)[0] if form.strip() else None
        if gid:
            return gid
    return None


#: a gold place written with its kind first ("the province of Kirkuk", "district of Sinjar")
_KIND_OF = re.compile(r"^\s*(?:the\s+)?(?P<kind>province|governorate|district)\s+of\s+(?P<name>.+?)\s*$", re.I)
#: the prefix US forces give their small sites in Syria ("Mission Support Site Conoco", "MSS Euphrates")
_MSS = re.compile(r"^\s*(?:Mission\s+Support\s+Site|MSS)\s+", re.I)


#: a value the gold can write: a day, with or without its year
_DAY_VALUE = re.compile(r"(?:\d{4}|XXXX)-\d\d-\d\d")
#: a value coarser than a day: a year, a month, a week or a season ("2020", "2020-01", "2024-W32", "2021-SU")
_COARSE_VALUE = re.compile(r"(?:\d{4}|XXXX)(?:-\d\d|-W\d\d|-(?:SP|SU|FA|WI))?")


def date_right(g: dict, p: dict) -> bool | None:
    """Whether a predicted incident's date is the gold one (None: not scored).

    The gold leaves the date empty when the text gives none for the incident; a prediction is then right
    when none of its mentions takes a date from its own sentence (a date inherited from the story around
    it, or the article's window, is not a date the text gives).

    >>> date_right({"date": "2021-07-05"}, {"date": "2021-07-05", "date_precision": "day"})
    True
    >>> date_right({"date": None}, {"date": "2021-07-05", "date_basis": "a: context (Wednesday)"})
    True
    >>> date_right({"date": None}, {"date": "", "date_basis": "a: sentence (Sunday); a: unknown"})  # no date given
    True

    The gold writes a day or nothing (ANNOTATION.md): a month, week or year the text gives ("in January 2020", "last
    month") is left empty, so a prediction coarser than a day neither agrees nor disagrees with an empty gold: not
    scored (None). A value that is no date at all ("PAST_REF") is wrong.

    >>> date_right({"date": None}, {"date": "2020-01", "date_basis": "a: sentence (January 2020)"}) is None
    True
    """
    gd, pd_ = str(g.get("date") or ""), str(p.get("date") or "")
    if not gd or gd in ("None", "nan"):
        if pd_ in ("", "None", "nan", "<NA>"):
            return True  # the incident is given no date at all (an undated article's "Sunday", days in conflict)
        if _COARSE_VALUE.fullmatch(pd_):
            return None  # a month, week, season or year, which the gold does not write
        if not _DAY_VALUE.fullmatch(pd_):
            return False  # no date value ("PAST_REF")
        own = re.search(r": (?:sentence|statement)\b", str(p.get("date_basis") or ""))
        return not own or pd_ == str(g.get("date_if_report_day") or "-")
    if gd.startswith("XXXX") or pd_.startswith("XXXX"):  # a year the text does not give: month and day must agree
        return pd_[4:] == gd[4:] and len(pd_) == len(gd)
    return gd == pd_


def form_right(gold_form: str, p: dict) -> bool:
    """Whether a predicted incident has the gold form; a state's drone strike may be coded ``drone`` or ``airstrike``
    (ANNOTATION.md leaves it open, and the layers use both).

    >>> form_right("airstrike", {"event_type": "us_strike", "weapon": "drones"}), form_right("rocket", {"event_type": "attack", "weapon": "drones"})
    (True, False)
    """
    form = incident_form(p["event_type"], p["weapon"], p.get("event_subtype", ""))
    state_drone = form == "drone" and p["event_type"] in ("us_strike", "strike")
    return form == gold_form or state_drone and gold_form == "airstrike"


def field_right(field: str, g: dict, p: dict) -> bool | None:
    """Whether one scored field of a matched pair is right (None when not scored: both empty)."""
    if field == "form":
        return form_right(g["event_type"], p)
    if field == "place":
        return place_right(g, p)
    if field == "date":
        return date_right(g, p)
    gv, pv = _value(g.get(field)), _value(p.get(field))
    if gv is None and pv is None:
        return None
    return gv == pv


def _mention_spans(mentions: pd.DataFrame, raw: dict[str, str], clean: dict[str, str]) -> dict[str, tuple[int, int]]:
    """Raw-text spans of each mention's evidence (clause) and sentence."""
    out = {}
    for r in mentions.itertuples(index=False):
        c = clean.get(r.doc_id, "")
        span = raw_span(raw.get(r.doc_id, ""), c, int(r.evidence_start), int(r.evidence_end)) or \
            raw_span(raw.get(r.doc_id, ""), c, int(r.sent_start), int(r.sent_end))
        if span:
            out[r.mention_id] = span
    return out


def _pair_score(g: dict, p: dict, spans: dict[str, tuple[int, int]]) -> tuple[int, str]:
    """How a predicted incident matches a gold one: 2 (+0.5 for the same place, +0.5 for the same date, then +0.25 for
    the same form and +0.125 for each of the same killed and injured) for overlapping evidence, 1 for the same place
    and date, 0 otherwise; always 0 when the forms are incompatible. The additions only order predictions that share
    the gold's evidence: of two incidents told in one sentence ("a strike killed four, two days after drones hit X"),
    each gold incident takes the prediction that agrees with it."""
    form = incident_form(p["event_type"], p["weapon"], p.get("event_subtype", ""))
    if not forms_compatible(form, g["event_type"]):
        return 0, ""
    gs = _gold_spans(g)
    if any(a < e and s < b for mid in str(p["mention_ids"]).split(";") if mid in spans
           for s, e in [spans[mid]] for a, b in gs):
        agree = 0.25 * form_right(g["event_type"], p) + sum(0.125 for f in ("killed", "injured") if field_right(f, g, p))
        return 2 + 0.5 * bool(place_right(g, p)) + 0.5 * bool(date_right(g, p)) + agree, "evidence"  # ties: the agreeing one
    if place_right(g, p) and date_right(g, p) and g.get("date"):
        return 1, "place and date"
    return 0, ""


def one_to_one(candidates: Iterable[tuple[float, int, int, str]]) -> dict[int, tuple[int, str]]:
    """Greedy one-to-one pairing of scored candidates ``(score, i, j, how)``, best score first (ties: lower ``i``,
    then lower ``j``): ``{i: (j, how)}``. The matching of predictions to gold and of two annotators' layers.

    >>> one_to_one([(2, 0, 0, "e"), (3, 0, 1, "e"), (2.5, 1, 1, "p")])
    {0: (1, 'e')}
    >>> one_to_one([(2, 0, 0, "e"), (2, 1, 1, "e")])
    {0: (0, 'e'), 1: (1, 'e')}
    """
    used: dict[int, tuple[int, str]] = {}
    taken: set[int] = set()
    for _s, i, j, how in sorted(candidates, key=lambda c: (-c[0], c[1], c[2])):
        if i not in used and j not in taken:
            used[i] = (j, how)
            taken.add(j)
    return used


def match_incidents(pred: pd.DataFrame, gold: pd.DataFrame, spans: dict[str, tuple[int, int]]) -> pd.DataFrame:
    """One-to-one matching of predicted and gold incidents per article (best score first; see ``_pair_score``).

    Returns one row per gold incident (``pred_id`` '' when missed) and one per unmatched prediction
    (``gold_id`` ''), with both sides' records in ``g`` and ``p``.
    """
    rows = []
    for doc in sorted(set(gold["doc_id"]) | set(pred["doc_id"])):
        gs = gold[gold["doc_id"] == doc].to_dict("records")
        ps = pred[pred["doc_id"] == doc].to_dict("records")
        used_g = one_to_one((s, i, j, how) for i, g in enumerate(gs) for j, p in enumerate(ps)
                            for s, how in [_pair_score(g, p, spans)] if s)
        used_p = {j for j, _how in used_g.values()}
        gold_spans = [sp for g in gs for sp in _gold_spans(g)]
        pred_spans = [spans[mid] for p in ps for mid in str(p["mention_ids"]).split(";") if mid in spans]
        for i, g in enumerate(gs):
            j, how = used_g.get(i, (None, ""))
            rows.append({"doc_id": doc, "gold_id": g["incident_id"], "pred_id": ps[j]["incident_id"] if j is not None else "",
                         "how": how, "g": g, "p": ps[j] if j is not None else None,
                         "overlap": _overlaps(_gold_spans(g), pred_spans)})
        rows += [{"doc_id": doc, "gold_id": "", "pred_id": p["incident_id"], "how": "", "g": None, "p": p,
                  "overlap": _overlaps([spans[m] for m in str(p["mention_ids"]).split(";") if m in spans], gold_spans)}
                 for j, p in enumerate(ps) if j not in used_p]
    return pd.DataFrame(rows, columns=["doc_id", "gold_id", "pred_id", "how", "g", "p", "overlap"])


def _overlaps(a: list[tuple[int, int]], b: list[tuple[int, int]]) -> bool:
    """Whether any span of ``a`` overlaps any span of ``b``.

    >>> _overlaps([(0, 5)], [(4, 9)]), _overlaps([(0, 5)], [(5, 9)])
    (True, False)
    """
    return any(s < f and e > t for s, e in a for t, f in b)


def score_pairs(pairs: pd.DataFrame) -> dict:
    """Incident precision/recall/F1 and, on matched incidents, the share of each scored field that is right.

    A field is scored on a matched pair when either side has a value (a count both leave empty is not a
    success); ``form``, ``place`` and ``date`` as described in ``field_right``.
    """
    matched = pairs[(pairs["gold_id"] != "") & (pairs["pred_id"] != "")]
    n_gold, n_pred = int((pairs["gold_id"] != "").sum()), int((pairs["pred_id"] != "").sum())
    p_ = len(matched) / n_pred if n_pred else 0.0
    r_ = len(matched) / n_gold if n_gold else 0.0
    out = {"gold_incidents": n_gold, "predicted_incidents": n_pred, "matched": len(matched), "precision": p_,
           "recall": r_, "f1": 2 * p_ * r_ / (p_ + r_) if p_ + r_ else 0.0, "fields": {}}
    out |= _without_threats(pairs, len(matched), r_)
    for f in SCORED_FIELDS:
        ok = [v for v in (field_right(f, r["g"], r["p"]) for r in matched.to_dict("records")) if v is not None]
        out["fields"][f] = {"right": float(np.mean(ok)) if ok else None, "n": len(ok)}
    ok = [all(field_right(f, r["g"], r["p"]) in (True, None) for f in ("killed", "injured", "n_fired", "n_hit"))
          for r in matched.to_dict("records")]
    out["fields"]["killed, injured, fired and hit together"] = {"right": float(np.mean(ok)) if ok else None, "n": len(ok)}
    return out


def _without_threats(pairs: pd.DataFrame, n_matched: int, recall: float) -> dict:
    """Precision and F1 with unmatched predicted threats set aside (the earliest layers coded no threats; the
    guidelines now code those the text reports, so this is a comparison with those layers, not the headline figure).

    >>> pairs = pd.DataFrame({"gold_id": ["g1", ""], "pred_id": ["p1", "p2"],
    ...                       "p": [{"event_type": "attack"}, {"event_type": "threat"}]})
    >>> _without_threats(pairs, 1, 1.0)
    {'threats_set_aside': 1, 'precision_without_threats': 1.0, 'f1_without_threats': 1.0}
    """
    spare = pairs[(pairs["gold_id"] == "") & (pairs["pred_id"] != "")]
    n = sum(1 for p in spare["p"] if isinstance(p, dict) and p.get("event_type") == "threat")
    n_pred = int((pairs["pred_id"] != "").sum()) - n
    prec = n_matched / n_pred if n_pred else 0.0
    return {"threats_set_aside": n, "precision_without_threats": prec,
            "f1_without_threats": 2 * prec * recall / (prec + recall) if prec + recall else 0.0}


def score_attack_sample(path: str | Path, splits: tuple[str, ...] = ("dev", "test"), layer: str = "incidents.jsonl") -> dict:
    """Run the pipeline on the attack sample of ``path`` as a user would and score it per split.

    The corpus folder is cleaned and segmented by ``analysis.pipeline.cleaned_corpus``; mentions come from
    ``incident_mentions`` and are merged **within each article** (the gold has one object per incident per
    article). A predicted incident matches a gold one of the same article when their forms are compatible
    (``forms_compatible``) and either a mention's evidence overlaps the gold evidence (offsets mapped from
    the cleaned to the raw text) or both give the same place and date. Returns {"splits": {split: scores},
    "pairs": DataFrame, "mentions": DataFrame}. ``layer``: the gold file of annotations/ (``load_attack_sample``).
    """
    from ..pipeline import cleaned_corpus

    sample = load_attack_sample(path, layer)
    corpus = cleaned_corpus(sample["corpus"])
    mentions = incident_mentions(corpus.sentences, corpus.articles)
    pred = article_incidents(mentions, corpus.articles)
    spans = _mention_spans(mentions, sample["texts"], dict(zip(corpus.articles["doc_id"], corpus.articles["text"])))
    pairs = match_incidents(pred, sample["gold"], spans)
    pairs["split"] = pairs["doc_id"].map(sample["split"])
    return {"splits": {s: score_pairs(pairs[pairs["split"] == s]) for s in splits}, "pairs": pairs,
            "mentions": mentions, "n_articles": {s: sum(1 for v in sample["split"].values() if v == s) for s in splits}}


def _detection_failure(r: dict, matched_pred: set[str], pairs: pd.DataFrame) -> str:
    """Failure type of an unmatched gold or predicted incident."""
    if r["gold_id"]:
        return "missed: no predicted incident in its evidence" if not r.get("overlap") else \
            "missed: its evidence went to another incident, or another type"
    p = r["p"]
    if re.search(r"\b(?:attacks|strikes)\b", str(p.get("evidence", ""))) and not any(
            str(p.get(f) or "") not in ("", "nan", "<NA>") for f in ("n_fired", "killed", "injured")):
        return "spurious: generic or background statement"
    return "spurious: a second incident for gold evidence (split or duplicate)" if r.get("overlap") else \
        "spurious: not in the gold"


def _field_failure(f: str, g: dict, p: dict) -> str:
    """Failure type of a wrong field on a matched pair."""
    if f == "date":
        basis = str(p.get("date_basis") or "")
        if not g.get("date") or str(g.get("date")) == "nan":
            return "date: the text gives none, a sentence date was taken"
        if "article window" in basis and ": sentence" not in basis:
            return "date: fell back to the article window"
        if ": statement" in basis:
            return "date: day of a statement taken"
        return "date: other day or precision"
    if f == "place":
        return "place: missing" if not p.get("place_id") else "place: other place"
    if f == "form":
        return "type/weapon: other form"
    gv, pv = _value(g.get(f)), _value(p.get(f))
    return f"{f}: missing" if pv is None else f"{f}: extra" if gv is None else f"{f}: other value"


def error_table(pairs: pd.DataFrame, spans: dict[str, tuple[int, int]] | None = None) -> pd.DataFrame:
    """Errors by failure type: unmatched incidents (missed, spurious) and wrong fields of matched ones.

    Columns: level (detection / field), failure, n, examples (up to five incident ids).
    """
    rows: dict[tuple[str, str], list[str]] = {}
    for r in pairs.to_dict("records"):
        if r["gold_id"] and r["pred_id"]:
            for f in SCORED_FIELDS:
                if field_right(f, r["g"], r["p"]) is False:
                    rows.setdefault(("field", _field_failure(f, r["g"], r["p"])), []).append(r["gold_id"])
        else:
            key = ("detection", _detection_failure(r, set(), pairs))
            rows.setdefault(key, []).append(r["gold_id"] or f"{r['doc_id']}/{r['pred_id']}")
    out = [{"level": lv, "failure": fl, "n": len(ids), "examples": ", ".join(ids[:5])} for (lv, fl), ids in rows.items()]
    cols = ["level", "failure", "n", "examples"]
    return pd.DataFrame(out, columns=cols).sort_values(["level", "n", "failure"], ascending=[True, False, True],
                                                        kind="stable").reset_index(drop=True)


# ------------------------------------------------------------------ coded event descriptions
def load_event_descriptions(path: str | Path) -> pd.DataFrame:
    """Coded event descriptions, one row each: ``path/event_descriptions/events.jsonl`` (the attack sample's), or
    ``path/events.jsonl`` for a folder that holds a set of the same layout (e.g. a second development set)."""
    own = Path(path) / "events.jsonl"
    file = own if own.exists() else Path(path) / "event_descriptions" / "events.jsonl"
    rows = [json.loads(ln) for ln in file.read_text(encoding="utf-8").splitlines() if ln.strip()]
    return pd.DataFrame(rows)


def description_corpus(events: pd.DataFrame) -> tuple[pd.DataFrame, pd.DataFrame]:
    """(sentences, articles) for the descriptions: each is an article whose first paragraph is the entry's own header
    (the coder's day header, e.g. "Thursday 19 July", or a roundup's date) and whose second is the description. A
    header that gives a full date ("Oct. 14, 2010"; read against the page's date when the set records one: "06/10/2013"
    on a page of 2013-10-07 is 6 October, "Thursday 19 July" takes the page's year; a weekday alone is no full date)
    is the publication date; otherwise none is given and a year the header does not state stays unknown (``XXXX``); a
    header that gives only a year ("2017") bounds the entry to it.
    Otherwise the page's own publication date (``published``, when the set records it) is the publication date."""
    from ..text.segment import sentence_rows

    sents, arts = [], []
    for e in events.itertuples(index=False):
        head = str(e.context or "").strip()
        text = (head + "\n\n" if head else "") + str(e.text).strip()
        page = str(getattr(e, "published", "") or "").strip()
        page = _iso_day(page)
        dm = date_mentions(head, page or None) if head else None  # "06/10/2013" on a page of 2013-10-07: 6 October
        full = [v for v, p, t in zip(dm["value"], dm["precision"], dm["text"]) if p == "day" and v and
                any(ch.isdigit() for ch in t)] if dm is not None and len(dm) else []  # a day written, not "Tuesday"
        years = [v for v, p in zip(dm["value"], dm["precision"]) if p == "year" and v] if dm is not None and len(dm) else []
        if not full and years:
            full = [f"{years[0]}-01-01/{years[0]}-12-31"]  # a header that gives only a year bounds the entry
        if not full and page:
            full = [page]  # the dated page the entry was listed on
        para_of = (lambda pos, h=len(head): 0 if head and pos < h else 1)
        for r in sentence_rows(text):
            sents.append({"doc_id": e.ev_id, "para_id": para_of(r["start"]), **{k: r[k] for k in ("sent_id", "start",
                                                                                                   "end", "text")}})
        arts.append({"doc_id": e.ev_id, "published": full[0] if full else "", "text": text})
    return pd.DataFrame(sents), pd.DataFrame(arts)


def _sum_or_one(values: list) -> int | None:
    """One incident's value, or the sum over several (a description may report several attacks)."""
    vals = [int(v) for v in values if _value(v) is not None]
    return sum(vals) if vals else None


def _iso_day(page: str) -> str:
    """A page's recorded date when it is one ISO day, else ''.

    >>> _iso_day("2013-10-07"), _iso_day("2013-10"), _iso_day("nan")
    ('2013-10-07', '', '')
    """
    return page if re.fullmatch(r"\d{4}-\d\d-\d\d", page) else ""


def listing_day(head: str, page: str) -> str:
    """The day a coded entry is listed under: its header's own day (ISO, or ``XXXX-MM-DD`` when the header gives no
    year; a weekday counted from the page's date), else the day of the page it is on (``published``); '' when neither
    gives a day.

    >>> listing_day("Thursday 19 July", ""), listing_day("Reported over the week", "2009-06-25")
    ('XXXX-07-19', '2009-06-25')
    """
    page = _iso_day(page)
    dm = date_mentions(head, page or None) if head.strip() else None
    for r in (dm.to_dict("records") if dm is not None and len(dm) else []):
        if r["precision"] in ("day", "unknown") and re.fullmatch(r"\d{4}-\d\d-\d\d", str(r["value"] or "")):
            return str(r["value"])
        if r["precision"] in ("day", "unknown") and re.fullmatch(r"XXXX-\d\d-\d\d", str(r.get("timex") or "")):
            return str(r["timex"])
    return page


def score_event_descriptions(path: str | Path, splits: tuple[str, ...] = ("dev", "test")) -> dict:
    """Score ``incident_mentions`` + ``merge_incidents`` on the coded event descriptions, per split.

    Per description: ``found`` = at least one incident (not a threat) was extracted; ``killed`` / ``wounded``
    right (scored when the coder's number is > 0) = the incident's number, or the sum over the description's
    incidents, equals the coder's; ``place`` right = one of its incidents names the coder's place (``place_right``);
    ``date`` right = its first incident's date equals the coder's (a year the text does not give may stay
    ``XXXX``), an incident its text leaves undated taking the day the entry is listed under (``listing_day``,
    ``date_by_listing_day``: the coder's convention); ``date_from_text`` = the same without the listing day (the
    text's own dates only, as scored before s27). Returns {"splits": {split: scores}, "rows": one row per description}.
    """
    events = load_event_descriptions(path)
    sents, arts = description_corpus(events)
    mentions = incident_mentions(sents, arts)
    inc = _entry_incidents(article_incidents(mentions, arts), mentions)
    inc = inc[inc["event_type"] != "threat"] if len(inc) else inc
    days = {e["ev_id"]: listing_day(str(e.get("context") or ""), str(e.get("published") or ""))
            for e in events.to_dict("records")}
    listed = date_by_listing_day(inc, days) if len(inc) else inc
    rows = [_description_row(e, inc[inc["doc_id"] == e["ev_id"]], listed[listed["doc_id"] == e["ev_id"]])
            for e in events.to_dict("records")]
    table = pd.DataFrame(rows)
    out = {}
    for s in splits:
        t = table[table["split"] == s]
        out[s] = {"descriptions": len(t)} | {f: {"right": float(t[f].dropna().astype(bool).mean()) if t[f].notna().any()
                                                 else None, "n": int(t[f].notna().sum())}
                                             for f in ("found", "killed", "wounded", "place", "date", "date_from_text")}
    return {"splits": out, "rows": table, "mentions": mentions}


def _entry_incidents(inc: pd.DataFrame, mentions: pd.DataFrame) -> pd.DataFrame:
    """The incidents of each description: when its own text (paragraph 1 of ``description_corpus``) tells an incident,
    those with a mention there; an incident told only by the header (a page's lede given as the entry's context, "At
    least seven people were killed on Saturday in bomb explosions") is the header's, not summed into the entry's toll.
    A description whose own text tells none keeps the header's (as before).

    >>> inc = pd.DataFrame({"doc_id": ["d", "d", "e"], "mention_ids": ["d-m000", "d-m001", "e-m000"]})
    >>> ms = pd.DataFrame({"mention_id": ["d-m000", "d-m001", "e-m000"], "para_id": [0, 1, 0]})
    >>> _entry_incidents(inc, ms)["mention_ids"].tolist()
    ['d-m001', 'e-m000']
    """
    if not len(inc):
        return inc
    own = set(mentions.loc[mentions["para_id"] == 1, "mention_id"])
    told = pd.Series([any(i in own for i in str(ids).split(";")) for ids in inc["mention_ids"]], index=inc.index)
    return inc[told | ~told.groupby(inc["doc_id"]).transform("any")]


def _description_row(e: dict, inc: pd.DataFrame, listed: pd.DataFrame) -> dict:
    """Scores of one description (None where a field is not scored); ``listed``: its incidents with the listing day."""
    recs = inc.sort_values("incident_id").to_dict("records")
    first = recs[0] if recs else None
    first_listed = listed.sort_values("incident_id").iloc[0].to_dict() if len(listed) else None
    e = {k: (None if isinstance(v, float) and np.isnan(v) else v) for k, v in e.items()}  # a null cell read as NaN
    killed, wounded = _sum_or_one([r["killed"] for r in recs]), _sum_or_one([r["injured"] for r in recs])
    gk, gw = _value(e.get("killed")), _value(e.get("wounded"))
    gold = {"place": e.get("place") or "", "town": ""}
    return {"ev_id": e["ev_id"], "split": e["split"], "found": bool(recs),
            "killed": (killed == gk) if gk else None, "wounded": (wounded == gw) if gw else None,
            "place": any(place_right(gold, r) for r in recs) if gold["place"] else None,
            "date": _description_date(e, first_listed), "date_from_text": _description_date(e, first),
            "pred_killed": killed, "pred_wounded": wounded, "pred_place": "; ".join(r["place"] for r in recs),
            "pred_date": first_listed["date"] if first_listed else "", "pred_date_from_text": first["date"] if first
            else "", "text": e["text"], "context": e.get("context", "")}


def _description_date(e: dict, first: dict | None) -> bool | None:
    """Whether a description's first incident has the coder's date (False when none was found, None when the coder
    gives no date).

    >>> _description_date({"date": "2009-06-25"}, None), _description_date({"date": None}, None)
    (False, None)
    """
    if not e.get("date"):
        return None
    return date_right({"date": e.get("date")}, first) if first else False
