"""A dated list of cited reports as a series of events by target, against the totals an article claims.

``classify_title`` reads one cited headline with the mention rules (event type, weapon, target place);
``reference_series`` turns an article's dated source list into one row per cited report and counts
the distinct reports of attacks per target province; ``claimed_totals`` finds the totals the
article's own text claims ("the Assad airbase has been struck 24 times").
"""

from __future__ import annotations

import re

import numpy as np
import pandas as pd

from .counts import parse_number
from .gazetteer import match_key
from .mention_places import site_place as _site_place
from .places import scan_places
from .triggers import cue_classes, event_type
from .vocabulary import vocabulary, weapons_in

__all__ = ["claimed_totals", "classify_title", "reference_series"]

_TIMES = re.compile(r"\b(?:struck|targeted|attacked|hit|bombed|shelled)\s+(?P<n>\w+(?:[- ]\w+)?)\s+times\b", re.I)


def claimed_totals(text: str) -> pd.DataFrame:
    """Totals an article's text claims per target ("struck 24 times"): place_id, place, admin1, claimed_total, evidence.

    >>> claimed_totals("The Assad airbase has been struck 24 times while Harir has been targeted 15 times.")[
    ...     ["place_id", "claimed_total"]].values.tolist()
    [['ain_al_asad', 24], ['harir', 15]]
    """
    rows = []
    places = [p for p in scan_places(text) if p["type"] != "country"]
    prev_end = 0
    for m in _TIMES.finditer(text):
        n = parse_number(m.group("n"))
        seg_start = max(prev_end, text.rfind(".", 0, m.start()) + 1)
        before = [p for p in places if p["start"] >= seg_start and p["end"] <= m.start()]
        prev_end = m.end()
        if n is None or not before:
            continue
        p = before[0]  # "Al-Harir airbase in Irbil ... 15 times": the site, not its locator
        rows.append({"place_id": p["place_id"], "place": p["name"], "admin1": p["admin1"], "claimed_total": int(n),
                     "evidence": text[p["start"]:m.end()]})
    return pd.DataFrame(rows, columns=["place_id", "place", "admin1", "claimed_total", "evidence"])


def classify_title(title: str) -> dict:
    """Event type, weapon and target place of one cited headline.

    >>> classify_title("Drone Attack Intercepted Over Skies of US Military Base in Erbil")["event_type"]
    'interception'
    """
    p = _site_place([x for x in scan_places(title) if x["type"] != "country"])
    weapons = weapons_in(title)
    fams = {vocabulary().family(w) for w in weapons}
    et = event_type(title, cue_classes(title), None, fams, False) or ""
    et = "" if et in ("casualty", "responsibility") else et
    if re.search(r"\b(?:stop|halt|end|prevent|avoid)\s+(?:the\s+)?attack", title, re.I):
        et = ""
    if re.search(r"\b(?:tracking|attacks target|\d+ attacks)\b", title, re.I):
        et = "aggregate"
    if re.search(r"\bthreaten", title, re.I):
        et = "threat"
    return {"event_type": et, "weapon": weapons[0] if weapons else "",
            "place_id": p["place_id"] if p else "", "place": p["name"] if p else "",
            "admin1": p["admin1"] if p else "", "place_score": float(p["score"]) if p else np.nan}


def reference_series(references: pd.DataFrame, articles: pd.DataFrame | None = None
                     ) -> tuple[pd.DataFrame, pd.DataFrame]:
    """The dated source list as a series of reported events by target, and a comparison with claimed totals.

    Returns (series, comparison): ``series`` has one row per cited item (doc_id, ref_id, date, outlet, title,
    event_type, weapon, place_id, place, admin1, place_score, duplicate = same headline and date cited earlier);
    ``comparison`` counts the distinct cited reports of attacks per doc and target province (admin1) against
    the totals the article's text claims (``claimed_totals`` of ``articles.text``).

    >>> refs = pd.DataFrame({"doc_id": ["d", "d"], "ref_id": [0, 1], "author": "", "outlet": "x", "date_raw": "",
    ...     "title": ["Rockets hit Ain al-Asad", "Drone attack targets Ain al-Assad base"], "date": ["2023-10-22", "2023-10-29"]})
    >>> reference_series(refs)[0][["place_id", "event_type"]].values.tolist()
    [['ain_al_asad', 'attack'], ['ain_al_asad', 'attack']]
    """
    recs = [{"doc_id": r.doc_id, "ref_id": r.ref_id, "date": r.date, "outlet": r.outlet, "title": r.title,
             **classify_title(str(r.title))} for r in references.itertuples(index=False)]
    cols = ["doc_id", "ref_id", "date", "outlet", "title", "event_type", "weapon", "place_id", "place", "admin1",
            "place_score"]
    series = pd.DataFrame(recs, columns=cols).sort_values(["doc_id", "date", "ref_id"], kind="stable").reset_index(drop=True)
    key = series["title"].map(match_key)
    series["duplicate"] = pd.DataFrame({"d": series["doc_id"], "k": key, "t": series["date"]}).duplicated()
    return series, _comparison(series, articles)


def _comparison(series: pd.DataFrame, articles: pd.DataFrame | None) -> pd.DataFrame:
    """Distinct cited reports of attacks per doc and province, against the totals the text claims."""
    attacks = series[series["event_type"].isin(["attack", "interception", "claim"]) & series["admin1"].ne("")
                     & ~series["duplicate"]]
    comp = (attacks.groupby(["doc_id", "admin1"], as_index=False)
            .agg(cited_reports=("ref_id", "size"), distinct_days=("date", "nunique"), first=("date", "min"),
                 last=("date", "max"), sites=("place", lambda s: "; ".join(sorted(set(s))))))
    claims = []
    if articles is not None and "text" in articles.columns:
        for a in articles.itertuples(index=False):
            t = claimed_totals(str(a.text))
            if len(t):
                claims.append(t.assign(doc_id=a.doc_id))
    if claims:
        ct = pd.concat(claims).groupby(["doc_id", "admin1"], as_index=False).agg(
            claimed_total=("claimed_total", "sum"), claimed_for=("place", lambda s: "; ".join(sorted(set(s)))))
        comp = comp.merge(ct, on=["doc_id", "admin1"], how="outer")
    else:
        comp = comp.assign(claimed_total=pd.NA, claimed_for="")
    comp["claimed_total"] = pd.to_numeric(comp["claimed_total"], errors="coerce").astype("Int64")
    comp["cited_reports"] = pd.to_numeric(comp["cited_reports"], errors="coerce").fillna(0).astype("int64")
    return comp.sort_values(["doc_id", "admin1"]).reset_index(drop=True)
