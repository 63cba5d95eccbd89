"""Exports of merged incidents for the tools of the field: TimelineJS, GeoJSON, ACLED-style CSV.

* TimelineJS (``timeline_json``): ``{"title": ..., "events": [...]}``; each event has ``start_date``
  with ``year`` and, as far as the date's precision allows, ``month`` and ``day``; ``text`` with
  ``headline`` and ``text``; ``group`` (event type) and ``unique_id``.
* GeoJSON (``incidents_geojson``): a FeatureCollection of Point features, coordinates in
  [longitude, latitude] order (RFC 7946); incidents without coordinates are left out.
* ACLED conventions (``acled_table``): event_date (ISO), time_precision 1 (day) / 2 (within a
  week or a few days) / 3 (month or wider), event_type + sub_event_type from ACLED's typology,
  actor1 / assoc_actor_1 (the umbrella bodies actor1 belongs to, from actors.csv) / actor2, country, admin1, location, latitude, longitude,
  geo_precision 1 (the site or town) / 2 (a district or area near it) / 3 (province, region or
  country), source, notes, fatalities.
"""

from __future__ import annotations

import html
import json
from datetime import date
from pathlib import Path

import pandas as pd

from ..frames import write_csv

ACLED_COLUMNS = ["event_id_cnty", "event_date", "year", "time_precision", "event_type", "sub_event_type", "actor1",
                 "assoc_actor_1", "actor2", "country", "admin1", "location", "latitude", "longitude",
                 "geo_precision", "source", "notes", "fatalities"]
TIMELINE_GROUPS = {"attack": "Attacks", "us_strike": "US and coalition strikes", "strike": "Strikes by other states",
                   "interception": "Interceptions", "claim": "Claims", "threat": "Threats"}
#: ISO alpha-3 codes used in ACLED's event ids
COUNTRY_CODES = {"Iraq": "IRQ", "Syria": "SYR", "Jordan": "JOR", "Israel": "ISR", "Lebanon": "LBN", "Iran": "IRN",
                 "Turkey": "TUR", "Kuwait": "KWT", "Saudi Arabia": "SAU", "Palestinian Territory": "PSE"}


def _sub_event(row: pd.Series, et: str) -> str:
    """ACLED sub-event type: the incident's own, else from its weapon, else by type.

    >>> _sub_event(pd.Series({"weapon": "IEDs", "event_subtype": ""}), "attack")
    'Remote explosive/landmine/IED'
    """
    from .vocabulary import vocabulary

    own = str(row.get("event_subtype") or "")
    if own and own != "Disrupted weapons use":
        return own
    by_weapon = vocabulary().sub_event(str(row.get("weapon") or ""))
    return by_weapon or ("Air/drone strike" if et in ("us_strike", "strike") else "Shelling/artillery/missile attack")


def _calendar_date(row: pd.Series) -> str:
    """The incident's date when it is a calendar value (YYYY, YYYY-MM, YYYY-MM-DD), else its ``earliest`` day, else ''.

    >>> _calendar_date(pd.Series({"date": "2021-W23", "earliest": "2021-06-07"})), _calendar_date(pd.Series({"date": "XXXX-07-08"}))
    ('2021-06-07', '')
    """
    import re

    for value in (str(row.get("date") or ""), str(row.get("earliest") or "")):
        if re.fullmatch(r"\d{4}(?:-\d\d(?:-\d\d)?)?", value):
            return value
    return ""


def _date_parts(row: pd.Series) -> dict | None:
    """TimelineJS date object from an incident's date and precision (falls back to ``earliest``)."""
    value = _calendar_date(row)
    if not value:
        return None
    parts = value.split("-")
    out = {"year": int(parts[0])}
    prec = str(row.get("date_precision") or "")
    if len(parts) > 1 and prec != "year":
        out["month"] = int(parts[1])
    if len(parts) > 2 and (prec == "day" and row.get("date") or value != str(row.get("date") or "")):
        out["day"] = int(parts[2])
    return out


def _headline(row: pd.Series) -> str:
    """Short headline: weapon + type at place."""
    what = {"attack": "attack", "us_strike": "US strike", "strike": "strike", "interception": "interception",
            "claim": "claim", "threat": "threat"}.get(str(row["event_type"]), str(row["event_type"]))
    weapon = f" ({row['weapon']})" if row.get("weapon") else ""
    where = row.get("place") or row.get("country") or "place not stated"
    return f"{what}{weapon} — {where}"


def timeline_json(incidents: pd.DataFrame, title: str = "Incidents reported in the corpus") -> dict:
    """TimelineJS document for the incidents with a usable date.

    >>> inc = pd.DataFrame([{"incident_id": "inc001", "event_type": "attack", "weapon": "rockets",
    ...     "place": "Ain al-Asad", "country": "Iraq", "date": "2021-07", "date_precision": "month",
    ...     "earliest": "2021-07-01", "sources": "x", "evidence": "e", "conflicts": ""}])
    >>> timeline_json(inc)["events"][0]["start_date"]
    {'year': 2021, 'month': 7}
    """
    events = []
    for _, r in incidents.iterrows():
        start = _date_parts(r)
        if start is None:
            continue
        body = (f"<p>{html.escape(str(r.get('evidence', '')))}</p><p><b>Sources:</b> "
                f"{html.escape(str(r.get('sources', '')))}</p>")
        if r.get("conflicts"):
            body += f"<p><b>Sources disagree on:</b> {html.escape(str(r['conflicts']))}</p>"
        if r.get("date_precision") not in ("day",):
            body += f"<p><i>Date precision: {html.escape(str(r.get('date_precision', '')))}</i></p>"
        event = {"start_date": start, "text": {"headline": _headline(r), "text": body},
                       "group": TIMELINE_GROUPS.get(str(r["event_type"]), str(r["event_type"])),
                       "unique_id": str(r["incident_id"])}
        if not r.get("date") and r.get("earliest") and r.get("latest") and r["latest"] != r["earliest"]:
            lo, hi = str(r["earliest"]).split("-"), str(r["latest"]).split("-")
            event["start_date"] = {"year": int(lo[0]), "month": int(lo[1]), "day": int(lo[2])}
            event["end_date"] = {"year": int(hi[0]), "month": int(hi[1]), "day": int(hi[2])}  # a window, not a day
        events.append(event)
    return {"title": {"text": {"headline": title, "text": "Generated from the corpus by analysis.export"}},
            "events": events}


def incidents_geojson(incidents: pd.DataFrame) -> dict:
    """GeoJSON FeatureCollection of incident points ([lon, lat]); incidents without coordinates are skipped.

    >>> inc = pd.DataFrame([{"incident_id": "i", "latitude": 33.8, "longitude": 42.44, "event_type": "attack"}])
    >>> incidents_geojson(inc)["features"][0]["geometry"]["coordinates"]
    [42.44, 33.8]
    """
    feats = []
    for _, r in incidents.iterrows():
        lat, lon = r.get("latitude"), r.get("longitude")
        if lat is None or lon is None or pd.isna(lat) or pd.isna(lon):
            continue
        props = {k: (None if (not isinstance(v, (list, dict)) and pd.isna(v)) else
                     (int(v) if hasattr(v, "item") and float(v).is_integer() and not isinstance(v, float) else v))
                 for k, v in r.items() if k not in ("latitude", "longitude")}
        props = {k: (v.item() if hasattr(v, "item") else v) for k, v in props.items()}
        feats.append({"type": "Feature", "geometry": {"type": "Point", "coordinates": [float(lon), float(lat)]},
                      "properties": props})
    return {"type": "FeatureCollection", "features": feats}


def _time_precision(row: pd.Series) -> int:
    """ACLED time precision: 1 day, 2 within about a week, 3 month or wider."""
    prec = str(row.get("date_precision") or "")
    if prec == "day" and row.get("date"):
        return 1
    e, l_ = str(row.get("earliest") or ""), str(row.get("latest") or "")
    if e and l_:
        span = (date.fromisoformat(l_[:10]) - date.fromisoformat(e[:10])).days
        return 1 if span == 0 else 2 if span <= 7 else 3
    return 3


def _associated(actor_id: str) -> str:
    """Umbrella bodies an actor belongs to (actors.csv ``parent``), as ACLED's assoc_actor ('; '-joined names)."""
    if not actor_id:
        return ""
    from .places import actors_gazetteer
    tab = actors_gazetteer().table.set_index("actor_id")
    if actor_id not in tab.index:
        return ""
    parents = [p for p in str(tab.loc[actor_id, "parent"]).split(";") if p.strip() in tab.index]
    return "; ".join(tab.loc[p.strip(), "name"] for p in parents)


def acled_table(incidents: pd.DataFrame, country_codes: dict[str, str] | None = None) -> pd.DataFrame:
    """Incidents in ACLED's column conventions (one row per incident with at least a year).

    >>> inc = pd.DataFrame([{"incident_id": "inc001", "event_type": "us_strike", "weapon": "gunship",
    ...     "date": "2023-11-20", "date_precision": "day", "earliest": "2023-11-20", "latest": "2023-11-20",
    ...     "actor": "United States", "target": "", "country": "Iraq", "admin1": "Baghdad", "place": "Abu Ghraib",
    ...     "latitude": 33.29, "longitude": 44.06, "geo_precision": 1, "sources": "blog", "evidence": "e",
    ...     "killed": 1, "conflicts": "", "actors": ""}])
    >>> acled_table(inc)[["time_precision", "sub_event_type", "fatalities"]].values.tolist()
    [[1, 'Air/drone strike', 1]]
    """
    codes = country_codes or COUNTRY_CODES
    rows = []
    for _, r in incidents.iterrows():
        when = _calendar_date(r)
        if not when:
            continue
        et = str(r["event_type"])
        if et == "interception":
            etype, sub = "Strategic developments", "Disrupted weapons use"
        elif et in ("claim", "threat"):
            etype, sub = "Strategic developments", "Other"
        else:
            sub = _sub_event(r, et)
            etype = "Battles" if sub == "Armed clash" else "Explosions/Remote violence"
        actor1 = str(r.get("actor") or "") or {"us_strike": "United States", "strike": "Unidentified Military Forces"}.get(
            et, "Unidentified Armed Group")
        assoc = _associated(str(r.get("actor_id") or ""))
        killed = r.get("killed")
        notes = (f"{r.get('evidence', '')} [type: {et}; weapon: {r.get('weapon', '')}; date precision: "
                 f"{r.get('date_precision', '')}; sources disagree on: {r.get('conflicts', '') or 'nothing'}; "
                 f"attributions: {r.get('actors', '')}]")
        geo = r.get("geo_precision")
        rows.append({
            "event_id_cnty": f"{codes.get(str(r.get('country')), 'XXX')}-{r['incident_id']}",
            "event_date": when if len(when) == 10 else str(r.get("earliest") or when),
            "year": int(when[:4]), "time_precision": _time_precision(r), "event_type": etype,
            "sub_event_type": sub, "actor1": actor1, "assoc_actor_1": assoc,
            "actor2": str(r.get("target") or ""), "country": str(r.get("country") or ""),
            "admin1": str(r.get("admin1") or ""), "location": str(r.get("place") or ""),
            "latitude": r.get("latitude"), "longitude": r.get("longitude"),
            "geo_precision": int(geo) if geo is not None and not pd.isna(geo) else 3,
            "source": str(r.get("sources") or ""), "notes": notes,
            "fatalities": int(killed) if killed is not None and not pd.isna(killed) else 0,
        })
    df = pd.DataFrame(rows, columns=ACLED_COLUMNS)
    return df.astype({"year": "int64", "time_precision": "int64", "geo_precision": "int64", "fatalities": "int64"})


def write_exports(incidents: pd.DataFrame, output_dir: str | Path) -> dict[str, Path]:
    """Write timeline.json, incidents.geojson and incidents_acled.csv to ``output_dir``; return their paths.

    >>> sorted(write_exports(pd.DataFrame(columns=["incident_id", "event_type"]), "/tmp/_exp_demo"))
    ['acled', 'geojson', 'timeline']
    """
    out = Path(output_dir)
    out.mkdir(parents=True, exist_ok=True)
    paths_ = {"timeline": out / "timeline.json", "geojson": out / "incidents.geojson",
              "acled": out / "incidents_acled.csv"}
    paths_["timeline"].write_text(json.dumps(timeline_json(incidents), indent=1, ensure_ascii=False), encoding="utf-8")
    paths_["geojson"].write_text(json.dumps(incidents_geojson(incidents), indent=1, ensure_ascii=False),
                                 encoding="utf-8")
    write_csv(acled_table(incidents), paths_["acled"])
    return paths_


def source_cards_html(incidents: pd.DataFrame, mentions: pd.DataFrame, conflicts: pd.DataFrame,
                      labels: dict[str, str] | None = None, max_quotes: int = 3) -> str:
    """One HTML card per incident: what the sources agree on, where they differ, and each source's own words.

    >>> inc = pd.DataFrame([{"incident_id": "inc001", "event_type": "attack", "weapon": "rockets", "place": "X",
    ...     "date": "2021-07-07", "date_precision": "day", "mention_ids": "a-m0", "n_fired": 14, "n_hit": pd.NA,
    ...     "n_claimed": pd.NA, "killed": pd.NA, "injured": pd.NA, "actors": "", "date_inference": "", "sources": "A"}])
    >>> men = pd.DataFrame([{"mention_id": "a-m0", "doc_id": "a", "evidence": "14 rockets hit X."}])
    >>> "14 rockets hit X." in source_cards_html(inc, men, pd.DataFrame(columns=["incident_id"]))
    True
    """
    labels = labels or {}
    men = mentions.set_index("mention_id")
    by_incident = {k: g for k, g in conflicts.groupby("incident_id", sort=False)} if len(conflicts) else {}
    cards = []
    for _, r in incidents.iterrows():
        facts = [f"<b>{html.escape(k)}</b>: {html.escape(str(r[k]))}" for k in
                 ("n_fired", "n_hit", "n_claimed", "killed", "injured") if k in r and not pd.isna(r[k])]
        head = (f"<h4 style='margin:0'>{html.escape(str(r['incident_id']))} · {html.escape(_headline(r))} · "
                f"{html.escape(str(r.get('date') or ''))} <small>({html.escape(str(r.get('date_precision', '')))})"
                f"</small></h4>")
        body = [f"<p style='margin:2px 0'>Consensus: {'; '.join(facts) or 'no counts reported'}</p>"]
        if r.get("actors"):
            body.append(f"<p style='margin:2px 0'>Attribution: {html.escape(str(r['actors']))}</p>")
        conf = by_incident.get(r["incident_id"], conflicts.iloc[:0])
        for _, c in conf.iterrows():
            body.append(f"<p style='margin:2px 0;color:#a33'>Sources disagree on <b>{html.escape(str(c['field']))}"
                        f"</b>: {html.escape(str(c['values']))}</p>")
        if r.get("date_inference"):
            body.append(f"<p style='margin:2px 0;color:#555'><i>Date inference: "
                        f"{html.escape(str(r['date_inference']))}</i></p>")
        by_doc: dict[str, list[str]] = {}
        for mid in str(r["mention_ids"]).split(";"):
            if mid in men.index:
                by_doc.setdefault(str(men.loc[mid, "doc_id"]), []).append(str(men.loc[mid, "evidence"]))
        items = []
        for doc, quotes in sorted(by_doc.items()):
            uniq = list(dict.fromkeys(quotes))[:max_quotes]
            items.append(f"<li><b>{html.escape(labels.get(doc, doc))}</b>: "
                         + " … ".join(f"“{html.escape(q)}”" for q in uniq) + "</li>")
        body.append(f"<ul style='margin:2px 0'>{''.join(items)}</ul>")
        cards.append(f"<div style='border:1px solid #bbb;border-radius:6px;padding:6px 10px;margin:6px 0'>"
                     f"{head}{''.join(body)}</div>")
    return "\n".join(cards)
