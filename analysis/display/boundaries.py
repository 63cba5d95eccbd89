"""Real country boundaries, offline: Natural Earth 1:50m (public domain), as shipped by npm ``world-atlas``.

The TopoJSON file ``analysis/display/data/countries-50m.json`` is decoded here (quantised, delta-encoded
arcs; RFC-free but documented by the TopoJSON specification) into polygons of (longitude, latitude)
rings. Maps take only the countries that meet the extent of a corpus's incidents, so a corpus about
other places gets its own base map. Provenance: ``analysis/display/vendor/README.md``.
"""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path

import pandas as pd

DATA = Path(__file__).resolve().parent / "data"
COUNTRIES_FILE = DATA / "countries-50m.json"
SOURCE_NOTE = ("Natural Earth 1:50m admin-0 countries (public domain), from npm world-atlas 2.0.2 "
               "countries-50m.json; see analysis/display/vendor/README.md")

Ring = list[tuple[float, float]]


def _decode_arcs(topo: dict) -> list[Ring]:
    """Absolute (lon, lat) points of every arc of a quantised TopoJSON topology."""
    (kx, ky), (dx, dy) = topo["transform"]["scale"], topo["transform"]["translate"]
    arcs = []
    for arc in topo["arcs"]:
        x = y = 0
        pts = []
        for qx, qy in arc:
            x, y = x + qx, y + qy
            pts.append((round(x * kx + dx, 5), round(y * ky + dy, 5)))
        arcs.append(pts)
    return arcs


def _ring(indices: list[int], arcs: list[Ring]) -> Ring:
    """Stitch arcs (a negative index ~i means arc i reversed) into one closed ring."""
    out: Ring = []
    for i in indices:
        pts = arcs[i] if i >= 0 else arcs[~i][::-1]
        out.extend(pts if not out else pts[1:])
    return out


def _polygons(geom: dict, arcs: list[Ring]) -> list[list[Ring]]:
    """A geometry's polygons, each a list of rings (outer first, then holes)."""
    if geom["type"] == "Polygon":
        return [[_ring(r, arcs) for r in geom["arcs"]]]
    if geom["type"] == "MultiPolygon":
        return [[_ring(r, arcs) for r in poly] for poly in geom["arcs"]]
    return []


@lru_cache(maxsize=2)
def load_countries(path: str | None = None) -> pd.DataFrame:
    """Every country: name, ISO numeric id, polygons and bounding box (west, south, east, north).

    >>> c = load_countries(); sorted(c[c.country.isin(["Iraq", "Syria"])].country)
    ['Iraq', 'Syria']
    >>> w, s, e, n = c.set_index("country").loc["Iraq", ["west", "south", "east", "north"]]
    >>> 38 < w < 39.5 and 29 < s < 29.5 and 48 < e < 49 and 37 < n < 37.5
    True
    """
    topo = json.loads(Path(path or COUNTRIES_FILE).read_text(encoding="utf-8"))
    arcs = _decode_arcs(topo)
    rows = []
    for geom in topo["objects"]["countries"]["geometries"]:
        polys = _polygons(geom, arcs)
        if not polys:
            continue
        lons = [x for p in polys for x, _ in p[0]]
        lats = [y for p in polys for _, y in p[0]]
        rows.append({"country": geom.get("properties", {}).get("name", ""), "id": str(geom.get("id", "")),
                     "polygons": polys, "west": min(lons), "south": min(lats), "east": max(lons),
                     "north": max(lats)})
    return pd.DataFrame(rows)


def extent(lons: list[float], lats: list[float], margin: float = 0.15, min_span: float = 4.0
           ) -> tuple[float, float, float, float]:
    """(west, south, east, north) around the points, padded by ``margin`` of the span, at least ``min_span``°.

    >>> extent([44.0, 44.0], [33.0, 33.0])
    (42.0, 31.0, 46.0, 35.0)
    """
    if not len(lons):
        raise ValueError("extent needs at least one point")
    w, e, s, n = min(lons), max(lons), min(lats), max(lats)
    half_x = max((e - w) * (1 + 2 * margin), min_span) / 2
    half_y = max((n - s) * (1 + 2 * margin), min_span) / 2
    cx, cy = (w + e) / 2, (s + n) / 2
    return (round(cx - half_x, 4), round(max(cy - half_y, -90), 4), round(cx + half_x, 4),
            round(min(cy + half_y, 90), 4))


def _meets(ring: Ring, box: tuple[float, float, float, float]) -> bool:
    """Whether a ring's bounding box meets ``box`` (west, south, east, north)."""
    xs, ys = [x for x, _ in ring], [y for _, y in ring]
    return max(xs) >= box[0] and min(xs) <= box[2] and max(ys) >= box[1] and min(ys) <= box[3]


def countries_in(box: tuple[float, float, float, float]) -> pd.DataFrame:
    """The countries with a polygon whose bounding box meets ``box`` (west, south, east, north), with those polygons.

    Overseas parts far from the box are dropped, so France or the United States do not stretch a map.

    >>> names = countries_in((43.0, 32.0, 45.0, 34.0)).country.tolist(); "Iraq" in names, "France" in names
    (True, False)
    """
    c = load_countries()
    c = c[(c.east >= box[0]) & (c.west <= box[2]) & (c.north >= box[1]) & (c.south <= box[3])].copy()
    c["polygons"] = [[p for p in polys if _meets(p[0], box)] for polys in c.polygons]
    return c[c.polygons.str.len() > 0].sort_values("country").reset_index(drop=True)


def largest_ring(polygons: list[list[Ring]]) -> Ring:
    """The outer ring of a country's largest polygon (by the shoelace area in degrees²)."""
    def area(ring: Ring) -> float:
        return abs(sum(x1 * y2 - x2 * y1 for (x1, y1), (x2, y2) in zip(ring, ring[1:]))) / 2
    return max((p[0] for p in polygons), key=area)


def label_point(ring: Ring) -> tuple[float, float]:
    """A point to write a country's name at: the centroid of its (largest) outer ring.

    >>> label_point([(0, 0), (2, 0), (2, 2), (0, 2), (0, 0)])
    (1.0, 1.0)
    """
    a = cx = cy = 0.0
    for (x1, y1), (x2, y2) in zip(ring, ring[1:]):
        f = x1 * y2 - x2 * y1
        a, cx, cy = a + f, cx + (x1 + x2) * f, cy + (y1 + y2) * f
    if not a:
        return ring[0]
    return (round(cx / (3 * a), 4), round(cy / (3 * a), 4))


def to_geojson(countries: pd.DataFrame, digits: int = 3) -> dict:
    """A GeoJSON FeatureCollection of the given countries (coordinates rounded to ``digits``).

    >>> fc = to_geojson(countries_in((43.0, 32.0, 45.0, 34.0))); [f["properties"]["name"] for f in fc["features"]]
    ['Iran', 'Iraq', 'Saudi Arabia']
    """
    feats = []
    for r in countries.itertuples():
        coords = [[[[round(x, digits), round(y, digits)] for x, y in ring] for ring in poly] for poly in r.polygons]
        feats.append({"type": "Feature", "properties": {"name": r.country},
                      "geometry": {"type": "MultiPolygon", "coordinates": coords}})
    return {"type": "FeatureCollection", "features": feats}


def outline_table(names: list[str]) -> pd.DataFrame:
    """Rows for ``data/reference/outlines.csv``: the largest outer ring of each named country.

    >>> t = outline_table(["Iraq"]); list(t.columns), int(t.vertex.iloc[-1]) > 100
    (['country', 'vertex', 'longitude', 'latitude', 'source_note'], True)
    """
    c = load_countries().set_index("country")
    rows = [{"country": name, "vertex": i, "longitude": x, "latitude": y, "source_note": SOURCE_NOTE}
            for name in names for i, (x, y) in enumerate(largest_ring(c.loc[name, "polygons"]))]
    return pd.DataFrame(rows)
