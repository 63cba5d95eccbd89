"""The static incident map (for print and for readers without JavaScript): real boundaries, fitted extent.

Countries come from Natural Earth (``boundaries.py``); the extent is fitted to the incidents, so the
same call draws Iraq and Syria for the bundled corpus and another region for another corpus.
"""

from __future__ import annotations

import math

import matplotlib.pyplot as plt
import pandas as pd

from . import boundaries
from .maps import EVENT_LABELS, colours, event_types, located


def _draw_countries(ax: plt.Axes, box: tuple[float, float, float, float]) -> None:
    """Fill and outline every country meeting ``box``; name those whose label point lies inside it."""
    west, south, east, north = box
    for r in boundaries.countries_in(box).itertuples():
        for poly in r.polygons:
            ring = poly[0]
            ax.fill([x for x, _ in ring], [y for _, y in ring], facecolor="#f2f2f2", edgecolor="#8a8a8a", lw=0.8,
                    zorder=1)
        x, y = boundaries.label_point(boundaries.largest_ring(r.polygons))
        if not (west < x < east and south < y < north):  # the country's middle is off the map: use its visible part
            inside = [(px, py) for poly in r.polygons for px, py in poly[0] if west < px < east and south < py < north]
            if len(inside) < 3:
                continue
            x, y = sum(p[0] for p in inside) / len(inside), sum(p[1] for p in inside) / len(inside)
        if west < x < east and south < y < north:
            ax.text(x, y, r.country, color="#8a8a8a", fontsize=10, ha="center", va="center", zorder=2,
                    style="italic")


def _label_places(ax: plt.Axes, pts: pd.DataFrame, box: tuple[float, float, float, float]) -> None:
    """Write each place's name once; labels of nearby places are stacked downwards so they do not overlap."""
    dx, dy = (box[2] - box[0]) / 12, (box[3] - box[1]) / 16
    ids = pts.get("incident_id", pd.Series([""] * len(pts))).astype(str)
    placed = (pts.assign(ids=ids).groupby(["place", "lon", "lat"])["ids"].apply(lambda s: ", ".join(s[:4]) +
              (" …" if len(s) > 4 else "")).reset_index())
    done: list[tuple[float, float]] = []
    for r in placed.sort_values(["lat", "lon"], ascending=[False, True]).itertuples():
        k = sum(1 for lon, lat in done if abs(lon - r.lon) < dx and abs(lat - r.lat) < dy)
        done.append((r.lon, r.lat))
        text = f"{r.place} ({r.ids})" if r.ids else r.place
        ax.annotate(text, (r.lon, r.lat), xytext=(9, 2 - 11 * k), textcoords="offset points", fontsize=7.5, zorder=4,
                    arrowprops={"arrowstyle": "-", "color": "#999", "lw": 0.5} if k else None)


def static_map(incidents: pd.DataFrame, ax: plt.Axes | None = None, label_places: bool = True,
               title: str = "Where the incidents happened") -> plt.Figure:
    """Incidents as points on real country boundaries, coloured by event type, sized by outlets.

    >>> inc = pd.DataFrame({"incident_id": ["a"], "event_type": ["attack"], "place": ["X"],
    ...                     "latitude": [33.8], "longitude": [42.4], "n_sources": [2]})
    >>> fig = static_map(inc); [round(v) for v in fig.axes[0].get_xlim()]
    [40, 45]
    """
    pts = located(incidents)
    if ax is None:
        fig, ax = plt.subplots(figsize=(9, 7))
    fig = ax.figure
    if pts.empty:
        ax.text(0.5, 0.5, "no incident has coordinates", ha="center", va="center", transform=ax.transAxes)
        ax.set_axis_off()
        return fig
    box = boundaries.extent(pts["lon"].tolist(), pts["lat"].tolist(), margin=0.25, min_span=5.0)
    _draw_countries(ax, box)
    types = event_types(pts["event_type"])
    colour = colours(types)
    n_src = pd.to_numeric(pts.get("n_sources", pd.Series([1] * len(pts))), errors="coerce").fillna(1)
    size = 40 + 60 * (n_src - 1).clip(lower=0, upper=6)
    for t in types:
        sel = pts["event_type"] == t
        ax.scatter(pts.loc[sel, "lon"], pts.loc[sel, "lat"], s=size[sel], color=colour[t], edgecolor="white", lw=0.7,
                   label=EVENT_LABELS.get(t, t), zorder=3, alpha=0.9)
    if label_places:
        _label_places(ax, pts, box)
    ax.set_xlim(box[0], box[2])
    ax.set_ylim(box[1], box[3])
    ax.set_aspect(1 / math.cos(math.radians((box[1] + box[3]) / 2)))
    ax.set(xlabel="longitude (°E)", ylabel="latitude (°N)", title=title)
    ax.grid(True, lw=0.3, color="#ccc")
    ax.legend(title="event type (size: outlets)", loc="upper left", bbox_to_anchor=(1.01, 1), frameon=False)
    ax.text(0.99, 0.01, "Boundaries: Natural Earth 1:50m (public domain)", transform=ax.transAxes, ha="right",
            va="bottom", fontsize=7, color="#555", zorder=5, bbox={"facecolor": "white", "edgecolor": "none", "alpha": 0.8})
    return fig
