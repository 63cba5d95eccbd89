"""Agreement of two annotators' incidents layers of the same articles (``incidents.jsonl`` and a second,
independent ``incidents_b.jsonl``): how far two careful people agree is the ceiling a scorer against one of them
can show, and the share of a system's error that is the annotation's.

The second layer is matched to the first as predictions are (``match_incidents``'s rules, on gold evidence
spans): one-to-one per article, forms compatible, evidence sentences overlapping (or the same place and date).
On matched pairs each field is compared as ``score_pairs`` scores a prediction: counts exactly, both empty not
scored; places by their name keys; dates exactly (a month and day when a year is missing).
"""

from __future__ import annotations

import pandas as pd

from ..events.gazetteer import match_key
from .incidents import _gold_spans, _value, forms_compatible

__all__ = ["incident_layer_agreement", "same_place", "same_date"]

#: the fields compared on matched pairs, with the "all four" counts of ``score_pairs``
FIELDS = ["killed", "injured", "n_fired", "n_hit", "n_intercepted", "form", "place", "date"]
FOUR = ("killed", "injured", "n_fired", "n_hit")


def same_place(a: dict, b: dict) -> bool | None:
    """Whether two annotations name one place (None when neither names one): a name key of one in the other's.

    >>> same_place({"place": "Ain al-Asad air base", "town": ""}, {"place": "the Ain al-Asad Air Base", "town": "Anbar"})
    True
    >>> same_place({"place": "", "town": ""}, {"place": "", "town": ""}) is None
    True
    """
    keys = [{match_key(str(r.get(k) or "")) for k in ("place", "town")} - {""} for r in (a, b)]
    if not keys[0] and not keys[1]:
        return None
    return any(x == y or x in y or y in x for x in keys[0] for y in keys[1])


def same_date(a: dict, b: dict) -> bool | None:
    """Whether two annotations give one date (None when neither gives one; a missing year compares month and day).

    >>> same_date({"date": "2021-07-05"}, {"date": "XXXX-07-05"}), same_date({"date": None}, {"date": None})
    (True, None)
    """
    x, y = (str(r.get("date") or "") for r in (a, b))
    x, y = ("" if v in ("None", "nan") else v for v in (x, y))
    if not x and not y:
        return None
    if x.startswith("XXXX") or y.startswith("XXXX"):
        return len(x) == len(y) and x[4:] == y[4:]
    return x == y


def _field_same(field: str, a: dict, b: dict) -> bool | None:
    """One field of a matched pair compared (None: not scored, both empty)."""
    if field == "form":
        return str(a["event_type"]) == str(b["event_type"]) or {a["event_type"], b["event_type"]} == {"drone", "airstrike"}
    if field == "place":
        return same_place(a, b)
    if field == "date":
        return same_date(a, b)
    x, y = _value(a.get(field)), _value(b.get(field))
    return None if x is None and y is None else x == y


def _pair_score(a: dict, b: dict) -> float:
    """How well two annotated incidents match: 2 (+0.5 same place, +0.5 same date) for overlapping evidence, 1 for
    the same place and a same given date, 0 when the forms are incompatible or nothing ties them."""
    if not forms_compatible(str(b["event_type"]), str(a["event_type"])):
        return 0.0
    if any(s < f and t < e for s, e in _gold_spans(a) for t, f in _gold_spans(b)):
        return 2 + 0.5 * bool(same_place(a, b)) + 0.5 * bool(same_date(a, b))
    return 1.0 if same_place(a, b) and same_date(a, b) else 0.0


def match_layers(a: pd.DataFrame, b: pd.DataFrame) -> list[tuple[dict | None, dict | None]]:
    """One-to-one pairs of the two layers' incidents per article (best score first); unmatched ones with None.

    >>> a = pd.DataFrame([{"doc_id": "d", "event_type": "rocket", "evidence_start": 0, "evidence_end": 30, "place": "X"}])
    >>> b = a.assign(evidence_start=5, place="X")
    >>> [(x is not None, y is not None) for x, y in match_layers(a, b)]
    [(True, True)]
    """
    pairs: list[tuple[dict | None, dict | None]] = []
    for doc in sorted(set(a["doc_id"]) | set(b["doc_id"])):
        xs, ys = (t[t["doc_id"] == doc].to_dict("records") for t in (a, b))
        cand = sorted(((s, i, j) for i, x in enumerate(xs) for j, y in enumerate(ys) for s in [_pair_score(x, y)] if s),
                      key=lambda c: (-c[0], c[1], c[2]))
        used_x: dict[int, int] = {}
        used_y: set[int] = set()
        for _s, i, j in cand:
            if i not in used_x and j not in used_y:
                used_x[i] = j
                used_y.add(j)
        pairs += [(x, ys[used_x[i]] if i in used_x else None) for i, x in enumerate(xs)]
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
