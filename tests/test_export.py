"""Exports: TimelineJS, GeoJSON and ACLED-style CSV schemas."""

from __future__ import annotations

import json

import pandas as pd
import pytest

from analysis.events import export


@pytest.fixture()
def incidents() -> pd.DataFrame:
    base = {"event_type": "attack", "weapon": "rockets", "place": "Ain al-Asad Air Base", "place_id": "ain_al_asad",
            "country": "Iraq", "admin1": "Anbar", "latitude": 33.80, "longitude": 42.44, "geo_precision": 1,
            "sources": "A; B", "evidence": "14 rockets <hit> the base", "conflicts": "", "actor": "", "actors": "",
            "target": "", "killed": pd.NA}
    return pd.DataFrame([
        {**base, "incident_id": "inc001", "date": "2021-07-07", "date_precision": "day", "earliest": "2021-07-07",
         "latest": "2021-07-07", "conflicts": "n_fired"},
        {**base, "incident_id": "inc002", "date": "2021-06", "date_precision": "month", "earliest": "2021-06-01",
         "latest": "2021-06-30", "event_type": "us_strike", "weapon": "air strike", "killed": 4,
         "actor": "United States", "latitude": 34.4, "longitude": 41.0, "geo_precision": 2},
        {**base, "incident_id": "inc003", "date": "", "date_precision": "vague", "earliest": "2021-07-03",
         "latest": "2021-07-09", "event_type": "interception", "weapon": "drones", "latitude": float("nan"),
         "longitude": float("nan"), "geo_precision": pd.NA, "place": "", "admin1": ""},
        {**base, "incident_id": "inc004", "date": "", "date_precision": "unknown", "earliest": "", "latest": ""},
    ])


def test_timelinejs_schema(incidents):
    doc = export.timeline_json(incidents)
    assert set(doc) == {"title", "events"} and "headline" in doc["title"]["text"]
    ev = doc["events"]
    assert [e["unique_id"] for e in ev] == ["inc001", "inc002", "inc003"]  # undated incident left out
    assert ev[2]["start_date"] == {"year": 2021, "month": 7, "day": 3}  # a window: start and end of it
    assert ev[2]["end_date"] == {"year": 2021, "month": 7, "day": 9} and "end_date" not in ev[0]
    for e in ev:
        assert isinstance(e["start_date"]["year"], int)
        assert {"headline", "text"} <= set(e["text"]) and e["group"]
    assert ev[0]["start_date"] == {"year": 2021, "month": 7, "day": 7}
    assert ev[1]["start_date"] == {"year": 2021, "month": 6}  # month precision: no day invented
    assert "&lt;hit&gt;" in ev[0]["text"]["text"]  # evidence is escaped HTML
    json.dumps(doc)


def test_geojson_schema_lon_lat_order(incidents):
    fc = export.incidents_geojson(incidents)
    assert fc["type"] == "FeatureCollection"
    assert len(fc["features"]) == 3  # the incident without coordinates is skipped
    f = fc["features"][0]
    assert f["type"] == "Feature" and f["geometry"]["type"] == "Point"
    lon, lat = f["geometry"]["coordinates"]
    assert (lon, lat) == (42.44, 33.80)
    assert -180 <= lon <= 180 and -90 <= lat <= 90
    assert f["properties"]["incident_id"] == "inc001"
    json.dumps(fc, allow_nan=False)


def test_acled_columns_and_codes(incidents):
    df = export.acled_table(incidents)
    assert list(df.columns) == export.ACLED_COLUMNS
    assert df["time_precision"].isin([1, 2, 3]).all() and df["geo_precision"].isin([1, 2, 3]).all()
    assert df["time_precision"].tolist() == [1, 3, 2]
    assert df["geo_precision"].tolist() == [1, 2, 3]
    assert df["event_type"].tolist() == ["Explosions/Remote violence", "Explosions/Remote violence",
                                         "Strategic developments"]
    assert df["sub_event_type"].tolist() == ["Shelling/artillery/missile attack", "Air/drone strike",
                                             "Disrupted weapons use"]
    assert df["fatalities"].tolist() == [0, 4, 0]
    assert df["event_date"].str.fullmatch(r"\d{4}-\d{2}-\d{2}").all()
    assert df.loc[1, "actor1"] == "United States" and df.loc[0, "actor1"] == "Unidentified Armed Group"
    assert "n_fired" in df.loc[0, "notes"]
    kh = export.acled_table(incidents.assign(actor="Kataib Hezbollah", actor_id="kataib_hezbollah"))
    assert "Popular Mobilisation Forces" in kh.loc[0, "assoc_actor_1"]


def test_write_exports(incidents, tmp_path):
    paths = export.write_exports(incidents, tmp_path)
    assert json.loads(paths["timeline"].read_text())["events"]
    assert json.loads(paths["geojson"].read_text())["features"]
    assert list(pd.read_csv(paths["acled"]).columns) == export.ACLED_COLUMNS


def test_acled_for_general_events(incidents):
    inc = incidents.assign(event_type=["strike", "attack", "attack", "attack"], weapon=["artillery", "small arms", "IEDs",
                                                                                       ""],
                           event_subtype=["", "Armed clash", "", ""], actor="")
    df = export.acled_table(inc)
    assert df["event_type"].tolist() == ["Explosions/Remote violence", "Battles", "Explosions/Remote violence"]
    assert df["sub_event_type"].tolist() == ["Shelling/artillery/missile attack", "Armed clash",
                                             "Remote explosive/landmine/IED"]
    assert df.loc[0, "actor1"] == "Unidentified Military Forces" and df.loc[1, "actor1"] == "Unidentified Armed Group"
    assert export.timeline_json(inc)["events"][0]["group"] == "Strikes by other states"


def test_exports_of_an_empty_table(tmp_path):
    from analysis.events.merge import INCIDENT_COLUMNS

    empty = pd.DataFrame(columns=INCIDENT_COLUMNS)
    paths = export.write_exports(empty, tmp_path)
    assert json.loads(paths["timeline"].read_text())["events"] == []
    assert json.loads(paths["geojson"].read_text())["features"] == []
    assert pd.read_csv(paths["acled"]).empty


def test_week_and_yearless_dates(incidents):
    inc = incidents.assign(date=["2021-W23", "XXXX-07-08", "", ""], date_precision=["week", "unknown", "vague", "unknown"],
                           earliest=["2021-06-07", "", "2021-07-03", ""], latest=["2021-06-13", "", "2021-07-09", ""])
    ev = export.timeline_json(inc)["events"]
    assert [e["unique_id"] for e in ev] == ["inc001", "inc003"]  # a year-less date cannot be placed on a timeline
    assert ev[0]["start_date"] == {"year": 2021, "month": 6, "day": 7}
    assert export.acled_table(inc)["event_date"].tolist() == ["2021-06-07", "2021-07-03"]


def test_map_summary_counts_read_as_words():
    from analysis.display import maps

    payload = {"n_incidents": 4, "markers": [{"place": "Basra", "n": 1, "type": "attack"},
                                             {"place": "Basra", "n": 2, "type": "strike"},
                                             {"place": "Erbil", "n": 1, "type": "us_strike"}]}
    text = maps._fallback_html(payload)
    assert "Basra (1 attack, 2 strikes)" in text and "Erbil (1 US strike)" in text
    assert "1 attacks" not in text
