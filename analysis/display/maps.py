"""Maps of incidents: an interactive Leaflet map for the rendered report and a static figure for print.

Both draw real country boundaries (Natural Earth, ``boundaries.py``) fitted to wherever the corpus's
incidents are. ``show_map`` stores the map as data (MIME type ``application/vnd.militia.map+json``:
points with their source cards, the boundaries, the extent); the report renderer draws it with the
vendored Leaflet, one layer per event type, each marker's popup holding the incidents' source cards.
No tile server is needed: the boundaries are the base layer (an OpenStreetMap layer can be switched
on by a reader who is online). Incident tables are read tolerantly: ``latitude``/``lat``,
``longitude``/``lon``, ``sources``/``outlets``; other columns are optional.
"""

from __future__ import annotations

import html
from typing import Any

import pandas as pd

from . import boundaries

MIME = "application/vnd.militia.map+json"
EVENT_ORDER = ["attack", "us_strike", "interception", "claim", "threat"]
EVENT_LABELS = {"attack": "attacks", "us_strike": "US strikes", "interception": "interceptions", "claim": "claims",
                "threat": "threats"}
TEXT_FIELDS = ("incident_id", "event_type", "weapon", "place", "country", "date", "date_precision", "actors",
               "date_inference", "sources", "outlets", "conflicts", "evidence", "mention_ids")
# seaborn's "colorblind" palette, in EVENT_ORDER, then for other types
COLOURS = ["#0173b2", "#de8f05", "#029e73", "#d55e00", "#cc78bc", "#ca9161", "#fbafe4", "#949494", "#ece133",
           "#56b4e9"]


def count_label(n: int, event_type: str) -> str:
    """``n`` events of a type in words, singular for one.

    >>> count_label(1, "attack"), count_label(2, "us_strike"), count_label(3, "strike")
    ('1 attack', '2 US strikes', '3 strikes')
    """
    label = EVENT_LABELS.get(event_type, event_type.replace("_", " ") + "s")
    return f"{n} {label[:-1] if n == 1 and label.endswith('s') else label}"


def _col(df: pd.DataFrame, *names: str) -> pd.Series:
    """The first of ``names`` that is a column of ``df`` (empty strings when none is)."""
    for name in names:
        if name in df.columns:
            return df[name]
    return pd.Series([""] * len(df), index=df.index, dtype=object)


def located(incidents: pd.DataFrame) -> pd.DataFrame:
    """Incidents with coordinates, as columns ``lat``, ``lon``, ``event_type`` and ``place`` (others kept).

    >>> located(pd.DataFrame({"latitude": [33.8, None], "longitude": [42.4, 44.0], "event_type": ["attack", "claim"]}))[["lat", "lon"]].values.tolist()
    [[33.8, 42.4]]
    """
    out = incidents.copy()
    out["lat"] = pd.to_numeric(_col(incidents, "latitude", "lat"), errors="coerce")
    out["lon"] = pd.to_numeric(_col(incidents, "longitude", "lon", "lng"), errors="coerce")
    out["event_type"] = _col(incidents, "event_type").fillna("").astype(str).replace("", "other")
    out["place"] = _col(incidents, "place", "location").fillna("").astype(str)
    ok = out["lat"].between(-90, 90) & out["lon"].between(-180, 180)
    return out[ok].reset_index(drop=True)


def event_types(types: pd.Series) -> list[str]:
    """Event types in display order: the known ones first, then the rest alphabetically.

    >>> event_types(pd.Series(["claim", "zeta", "attack", "claim"]))
    ['attack', 'claim', 'zeta']
    """
    present = set(types)
    return [t for t in EVENT_ORDER if t in present] + sorted(present - set(EVENT_ORDER))


def colours(types: list[str]) -> dict[str, str]:
    """A colour per event type, stable for the known types.

    >>> colours(["attack", "zeta"])["attack"]
    '#0173b2'
    """
    extra = [t for t in types if t not in EVENT_ORDER]
    out = {t: COLOURS[i] for i, t in enumerate(EVENT_ORDER)}
    out.update({t: COLOURS[(len(EVENT_ORDER) + i) % len(COLOURS)] for i, t in enumerate(extra)})
    return {t: out[t] for t in types}


def basic_card(row: pd.Series) -> str:
    """A source card from the incident row alone: what, where, when, which outlets, disagreements, evidence.

    >>> "Ain al-Asad" in basic_card(pd.Series({"incident_id": "i1", "event_type": "attack", "place": "Ain al-Asad"}))
    True
    """
    def get(*names: str) -> str:
        for n in names:
            v = row.get(n)
            if v is not None and not (isinstance(v, float) and pd.isna(v)) and str(v) not in ("", "nan", "<NA>"):
                return str(v)
        return ""
    what = " · ".join(x for x in (get("incident_id"), get("event_type"), get("weapon"), get("place")) if x)
    parts = [f"<h4>{html.escape(what)}</h4>"]
    when = get("date") or " – ".join(x for x in (get("earliest"), get("latest")) if x)
    for label, value in (("Date", when), ("Outlets", get("outlets", "sources")), ("Sources disagree on", get("conflicts")),
                         ("Attribution", get("actors", "actor"))):
        if value:
            parts.append(f"<p><b>{label}:</b> {html.escape(value)}</p>")
    evidence = get("evidence")
    if evidence:
        parts.append(f"<blockquote>{html.escape(evidence[:600])}{'…' if len(evidence) > 600 else ''}</blockquote>")
    return f"<div class='analysis-card'>{''.join(parts)}</div>"


def source_cards(incidents: pd.DataFrame, mentions: pd.DataFrame | None = None,
                 conflicts: pd.DataFrame | None = None, labels: dict[str, str] | None = None) -> dict[str, str]:
    """One HTML source card per incident id: the full card (outlets' own words) when mentions are given."""
    ids = _col(incidents, "incident_id").astype(str)
    if mentions is None or "mention_ids" not in incidents.columns or "mention_id" not in mentions.columns:
        return {i: basic_card(r) for i, (_, r) in zip(ids, incidents.iterrows())}
    from ..events.export import source_cards_html

    conflicts = conflicts if conflicts is not None else pd.DataFrame(columns=["incident_id", "field", "values"])
    by_id = mentions.set_index("mention_id", drop=False)
    has_ids = "incident_id" in conflicts.columns
    by_incident = {str(k): g for k, g in conflicts.groupby(conflicts["incident_id"].astype(str), sort=False)} \
        if has_ids and len(conflicts) else {}
    cards = {}
    for i, (_, r) in zip(ids, incidents.iterrows()):
        mids = [m for m in str(r["mention_ids"]).split(";") if m in by_id.index]
        own = by_incident.get(i, conflicts.iloc[:0]) if has_ids else conflicts
        row = r.copy()
        for key in TEXT_FIELDS:  # a missing text field is empty, not 'nan'
            if key in row.index and not isinstance(row[key], str) and pd.isna(row[key]):
                row[key] = ""
        cards[i] = source_cards_html(row.to_frame().T, by_id.loc[mids].reset_index(drop=True), own, labels)
    return cards


def map_payload(incidents: pd.DataFrame, cards: dict[str, str] | None = None, title: str = "") -> dict[str, Any]:
    """The data of the interactive map: markers (one per place and event type), layers, boundaries, extent.

    >>> inc = pd.DataFrame({"incident_id": ["a", "b"], "event_type": ["attack", "attack"], "place": ["X", "X"],
    ...                     "latitude": [33.8, 33.8], "longitude": [42.4, 42.4]})
    >>> p = map_payload(inc); len(p["markers"]), p["markers"][0]["n"], p["layers"][0]["name"]
    (1, 2, 'attack')
    """
    pts = located(incidents)
    if pts.empty:
        return {"title": title, "markers": [], "layers": [], "base_box": None, "bounds": None, "n_incidents": 0}
    cards = cards if cards is not None else source_cards(pts)
    types = event_types(pts["event_type"])
    colour = colours(types)
    markers = []
    for (lat, lon, etype), grp in pts.groupby(["lat", "lon", "event_type"], sort=True):
        ids = _col(grp, "incident_id").astype(str).tolist()
        place = next((p for p in grp["place"] if p), f"{lat:.2f}, {lon:.2f}")
        body = "".join(cards.get(i, basic_card(r)) for i, (_, r) in zip(ids, grp.iterrows()))
        markers.append({"lat": float(lat), "lon": float(lon), "type": etype, "n": len(grp), "place": place,
                        "ids": ids, "popup": f"<div class='analysis-popup'><b>{html.escape(place)}</b> · "
                                             f"{html.escape(count_label(len(grp), etype))}{body}</div>"})
    west, south, east, north = boundaries.extent(pts["lon"].tolist(), pts["lat"].tolist())
    return {"title": title, "markers": markers, "n_incidents": len(pts),
            "layers": [{"name": t, "label": EVENT_LABELS.get(t, t), "colour": colour[t]} for t in types],
            "bounds": [[south, west], [north, east]],
            # the base map's countries are added at render time (not stored in the notebook)
            "base_box": [round(west - 10, 4), round(south - 8, 4), round(east + 10, 4), round(north + 8, 4)]}


def _fallback_html(payload: dict) -> str:
    """What a notebook front-end without the renderer shows: a summary of the places."""
    if not payload["markers"]:
        return "<p>No incident has coordinates: nothing to map.</p>"
    places: dict[str, list[str]] = {}
    for m in payload["markers"]:
        places.setdefault(m["place"], []).append(count_label(m["n"], m["type"]))
    items = "; ".join(f"{html.escape(p)} ({', '.join(v)})" for p, v in list(places.items())[:40])
    more = f"; and {len(places) - 40} more places" if len(places) > 40 else ""
    return (f"<p><b>Map of {payload['n_incidents']} incidents at {len(places)} places</b> (interactive in the "
            f"rendered report): {items}{more}.</p>")


def map_bundle(incidents: pd.DataFrame, mentions: pd.DataFrame | None = None, conflicts: pd.DataFrame | None = None,
               labels: dict[str, str] | None = None, title: str = "") -> dict[str, Any]:
    """The display bundle of ``show_map``."""
    pts = located(incidents)
    payload = map_payload(pts, source_cards(pts, mentions, conflicts, labels), title)
    summary = _fallback_html(payload)
    return {MIME: payload, "text/html": summary, "text/plain": html.unescape(summary.replace("<b>", "").replace("</b>", "")
                                                                             .replace("<p>", "").replace("</p>", ""))}


def show_map(incidents: pd.DataFrame, mentions: pd.DataFrame | None = None, conflicts: pd.DataFrame | None = None,
             labels: dict[str, str] | None = None, title: str = "") -> None:
    """Display the interactive incident map (rendered with Leaflet in the report; a summary elsewhere).

    Give ``mentions`` (with ``mention_id``, ``doc_id``, ``evidence``) and ``conflicts`` to put each
    incident's full source card (every outlet's own words, disagreements) in its popup.
    """
    from IPython.display import display

    display(map_bundle(incidents, mentions, conflicts, labels, title), raw=True)
