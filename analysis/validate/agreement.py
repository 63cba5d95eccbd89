"""Agreement of two annotators' incidents layers of the same articles (``incidents.jsonl`` and a second,
independent ``incidents_b.jsonl``): how far two careful people agree is the ceiling a scorer against one of them
can show, and the share of a system's error that is the annotation's.

The second layer is matched to the first as predictions are (``match_incidents``'s rules, on gold evidence
spans): one-to-one per article, forms compatible, evidence sentences overlapping (or the same place and date).
On matched pairs each field is compared as ``score_pairs`` scores a prediction: counts exactly, both empty not
scored; places and dates by the rules of ``place_right`` and ``date_right`` (``same_place``, ``same_date``).
"""

from __future__ import annotations

import pandas as pd

from ..events.gazetteer import match_key
from ..events.places import match_name, places_compatible, places_gazetteer
from .incidents import _bare, _gold_spans, _named_part, _place_keys, _value, forms_compatible, one_to_one

__all__ = ["incident_layer_agreement", "match_layers", "same_place", "same_date"]

#: the fields compared on matched pairs, with the "all four" counts of ``score_pairs``
FIELDS = ["killed", "injured", "n_fired", "n_hit", "n_intercepted", "form", "place", "date"]
FOUR = ("killed", "injured", "n_fired", "n_hit")


def _text(value: object) -> str:
    """A layer's cell as text: None, NaN and 'None' are empty.

    >>> _text(float("nan")), _text(None), _text(" Erbil ")
    ('', '', 'Erbil')
    """
    s = "" if value is None or value != value else str(value).strip()
    return "" if s in ("None", "nan") else s


def same_place(a: dict, b: dict) -> bool | None:
    """Whether two annotations name one place, as ``place_right`` judges a prediction: each side's site (its town
    only when it names no site), described places by the name they hold; the same name key, a transliteration
    (ratio >= 85) or gazetteer places that are the same or nested below province level (None when neither names one).

    >>> same_place({"place": "Ain al-Asad air base", "town": ""}, {"place": "the Ain al-Asad Air Base", "town": "Anbar"})
    True
    >>> same_place({"place": "Camp Taji", "town": "Baghdad"}, {"place": "US embassy", "town": "Baghdad"})
    False
    >>> same_place({"place": "", "town": ""}, {"place": None, "town": float("nan")}) is None
    True
    """
    from rapidfuzz import fuzz

    x, y = (_named_part(_text(r.get("place")) or _text(r.get("town"))) for r in (a, b))
    if not x and not y:
        return None
    if not x or not y:
        return False
    kx, ky = _place_keys(x), _place_keys(y)
    if kx & ky or any(fuzz.ratio(u, v) >= 85 for u in kx for v in ky):
        return True
    if _bare(x) != x and _bare(y) != y and match_key(_bare(x)) == match_key(_bare(y)):
        return True  # one site with different facility nouns ("al-Tanf garrison", "al-Tanf base")
    gx, gy = match_name(x)[0], match_name(y)[0]
    broad = ("country", "region", "province")
    gaz = places_gazetteer()
    return bool(gx and gy) and (gx == gy or places_compatible(gx, gy) and gaz.row(gx)["type"] not in broad
                                and gaz.row(gy)["type"] not in broad)


def same_date(a: dict, b: dict) -> bool | None:
    """Whether two annotations give one date, as ``date_right`` judges a prediction: both empty agree (the text gives
    the incident no date), one empty does not, a missing year compares month and day.

    >>> same_date({"date": "2021-07-05"}, {"date": "XXXX-07-05"}), same_date({"date": None}, {"date": None})
    (True, True)
    >>> same_date({"date": "2021-07-05"}, {"date": None})
    False
    """
    x, y = _text(a.get("date")), _text(b.get("date"))
    if not x or not y:
        return not x and not y
    if x.startswith("XXXX") or y.startswith("XXXX"):
        return len(x) == len(y) and x[4:] == y[4:]
    return x == y


def _field_same(field: str, a: dict, b: dict) -> bool | None:
    """One field of a matched pair compared (None: not scored, both counts empty). A state's drone strike may be
    ``drone`` or ``airstrike`` (ANNOTATION.md), and an ``airstrike`` is a state's: the two forms agree.

    >>> _field_same("killed", {"killed": 2}, {"killed": "2"}), _field_same("injured", {}, {})
    (True, None)
    >>> _field_same("form", {"event_type": "drone"}, {"event_type": "airstrike"})
    True
    """
    if field == "form":
        return str(a["event_type"]) == str(b["event_type"]) or {a["event_type"], b["event_type"]} == {"drone", "airstrike"}
    if field == "place":
        return same_place(a, b)
    if field == "date":
        return same_date(a, b)
    x, y = _value(a.get(field)), _value(b.get(field))
    return None if x is None and y is None else x == y


def _pair_score(a: dict, b: dict) -> float:
    """How two annotated incidents match, as ``match_incidents`` scores a prediction (0 when nothing ties them).

    2 (+0.5 same place, +0.5 same date) for overlapping evidence; 1 for the same place and a same given date.

    >>> x = {"event_type": "rocket", "evidence_start": 0, "evidence_end": 20, "place": "Erbil", "date": None}
    >>> _pair_score(x, {**x, "evidence_start": 10}), _pair_score(x, {**x, "event_type": "threat"})
    (3.0, 0.0)
    """
    if not forms_compatible(str(b["event_type"]), str(a["event_type"])):
        return 0.0
    if any(s < f and t < e for s, e in _spans(a) for t, f in _spans(b)):
        return 2 + 0.5 * bool(same_place(a, b)) + 0.5 * bool(same_date(a, b))
    return 1.0 if same_place(a, b) and _text(a.get("date")) and same_date(a, b) else 0.0


def _spans(r: dict) -> list[tuple[int, int]]:
    """An annotated incident's evidence spans (none when its offsets are missing).

    >>> _spans({"evidence_start": 3, "evidence_end": 9}), _spans({"evidence_start": None, "evidence_end": None})
    ([(3, 9)], [])
    """
    if _text(r.get("evidence_start")) == "" or _text(r.get("evidence_end")) == "":
        return []
    return _gold_spans(r)


def match_layers(a: pd.DataFrame, b: pd.DataFrame) -> list[tuple[dict | None, dict | None]]:
    """One-to-one pairs of the two layers' incidents per article (best score first); unmatched ones with None.

    >>> a = pd.DataFrame([{"doc_id": "d", "event_type": "rocket", "evidence_start": 0, "evidence_end": 30, "place": "X"}])
    >>> b = a.assign(evidence_start=5, place="X")
    >>> [(x is not None, y is not None) for x, y in match_layers(a, b)]
    [(True, True)]
    """
    pairs: list[tuple[dict | None, dict | None]] = []
    a, b = (t if "doc_id" in t.columns else pd.DataFrame(columns=["doc_id", "event_type"]) for t in (a, b))
    for doc in sorted(set(a["doc_id"]) | set(b["doc_id"])):
        xs, ys = (t[t["doc_id"] == doc].to_dict("records") for t in (a, b))
        used_x = one_to_one((s, i, j, "") for i, x in enumerate(xs) for j, y in enumerate(ys)
                            for s in [_pair_score(x, y)] if s)
        used_y = {j for j, _how in used_x.values()}
        pairs += [(x, ys[used_x[i][0]] if i in used_x else None) for i, x in enumerate(xs)]
        pairs += [(None, y) for j, y in enumerate(ys) if j not in used_y]
    return pairs


def incident_layer_agreement(a: pd.DataFrame, b: pd.DataFrame) -> dict:
    """Agreement of layer ``b`` with layer ``a`` (same articles): incident precision/recall/F1 of b against a and,
    on matched pairs, the share of each field on which they agree, in ``score_pairs``'s keys (``a`` counts as the
    gold, ``b`` as the predictions; unmatched threats of ``b`` set aside as that function does).

    >>> a = pd.DataFrame([{"doc_id": "d", "event_type": "rocket", "evidence_start": 0, "evidence_end": 30, "killed": 2},
    ...                   {"doc_id": "d", "event_type": "drone", "evidence_start": 40, "evidence_end": 60, "killed": None}])
    >>> b = pd.DataFrame([{"doc_id": "d", "event_type": "rocket", "evidence_start": 0, "evidence_end": 30, "killed": 3}])
    >>> s = incident_layer_agreement(a, b); round(s["f1"], 3), s["fields"]["killed"]
    (0.667, {'right': 0.0, 'n': 1})
    """
    pairs = match_layers(a, b)
    matched = [(x, y) for x, y in pairs if x is not None and y is not None]
    p = len(matched) / len(b) if len(b) else 0.0
    r = len(matched) / len(a) if len(a) else 0.0
    spare = sum(1 for x, y in pairs if x is None and y is not None and y.get("event_type") == "threat")
    p_nt = len(matched) / (len(b) - spare) if len(b) > spare else 0.0
    out = {"gold_incidents": len(a), "predicted_incidents": len(b), "matched": len(matched), "precision": p,
           "recall": r, "f1": 2 * p * r / (p + r) if p + r else 0.0, "threats_set_aside": spare,
           "precision_without_threats": p_nt, "f1_without_threats": 2 * p_nt * r / (p_nt + r) if p_nt + r else 0.0,
           "fields": {}}
    for f in FIELDS:
        ok = [v for v in (_field_same(f, x, y) for x, y in matched) if v is not None]
        out["fields"][f] = {"right": sum(ok) / len(ok) if ok else None, "n": len(ok)}
    four = [all(_field_same(f, x, y) in (True, None) for f in FOUR) for x, y in matched]
    out["fields"]["killed, injured, fired and hit together"] = {"right": sum(four) / len(four) if four else None,
                                                                "n": len(four)}
    return out
