"""Render time: turn the display data stored in a notebook into interactive HTML, and the page's assets.

Each ``render_*`` takes the JSON payload of one output and a page-unique id and returns an HTML
fragment; ``page_assets`` returns the libraries those fragments need, inlined once per page (the
DataTables bundle shipped in the itables wheel; Leaflet and TimelineJS vendored from npm with their
licences in ``vendor/``). Nothing is fetched: the page works from the file alone.
"""

from __future__ import annotations

import html
import json
from pathlib import Path
from typing import Callable

import pandas as pd

from . import maps, tables, timeline

VENDOR = Path(__file__).resolve().parent / "vendor"


def _json_script(payload: object, uid: str) -> str:
    """A JSON data island that cannot end the script element early.

    >>> _json_script({"a": "</script>"}, "x")
    '<script type="application/json" id="x-data">{"a": "<\\\\/script>"}</script>'
    """
    text = json.dumps(payload, ensure_ascii=False, sort_keys=True).replace("</", "<\\/")
    return f'<script type="application/json" id="{uid}-data">{text}</script>'


def _print_only(fallback: str) -> str:
    return f'<div class="analysis-print-only">{fallback}</div>'


def render_table(payload: dict, uid: str, fallback: str = "") -> str:
    """An itables (DataTables) table: search box, sortable columns, pages, copy/CSV buttons, a count note."""
    from itables.javascript import to_html_datatable

    df = pd.DataFrame(payload["data"], columns=payload["columns"], dtype=object)
    note = f"{payload['shown_rows']:,} rows"
    if payload["shown_rows"] < payload["n_rows"]:
        note = f"the first {payload['shown_rows']:,} of {payload['n_rows']:,} rows"
    if payload.get("source"):
        note += f"; every row is in {payload['source']}"
    caption = f"{payload['caption']} ({note})" if payload.get("caption") else note.capitalize()
    body = to_html_datatable(df, caption=caption, connected=False, table_id=uid, maxBytes=0, showIndex=False,
                             classes="display compact cell-border", style="width:100%;margin:0;caption-side:top",
                             lengthMenu=[10, 25, 50, 100, 500], pageLength=10, allow_html=False,
                             buttons=["pageLength", "copyHtml5", "csvHtml5"],
                             layout={"topStart": "buttons", "topEnd": "search", "bottomStart": "info",
                                     "bottomEnd": "paging"})
    return f'<div class="analysis-interactive analysis-table-wrap">{body}</div>{_print_only(fallback)}'


_MAP_JS = """<script>
(function () {
  var el = document.getElementById("%(uid)s");
  var p = JSON.parse(document.getElementById("%(uid)s-data").textContent);
  var map = L.map(el, {scrollWheelZoom: false});
  var base = L.geoJSON(p.boundaries, {
    style: {color: "#8a8a8a", weight: 1, fillColor: "#f2f2f2", fillOpacity: 1},
    onEachFeature: function (f, layer) { layer.bindTooltip(f.properties.name, {sticky: true}); }
  }).addTo(map);
  var osm = L.tileLayer("https://tile.openstreetmap.org/{z}/{x}/{y}.png",
    {maxZoom: 18, attribution: "&copy; OpenStreetMap contributors"});
  var groups = {}, overlays = {};
  p.layers.forEach(function (l) {
    groups[l.name] = L.featureGroup().addTo(map);
    var n = p.markers.filter(function (m) { return m.type === l.name; })
                     .reduce(function (s, m) { return s + m.n; }, 0);
    overlays['<span style="color:' + l.colour + '">&#9679;</span> ' + l.label + " (" + n + ")"] = groups[l.name];
  });
  var colour = {};
  p.layers.forEach(function (l) { colour[l.name] = l.colour; });
  p.markers.forEach(function (m) {
    L.circleMarker([m.lat, m.lon], {radius: 5 + 3 * Math.sqrt(m.n), color: "#fff", weight: 1,
                                    fillColor: colour[m.type], fillOpacity: 0.88})
      .bindPopup(m.popup, {maxWidth: 440, maxHeight: 340})
      .bindTooltip(m.place + " (" + m.n + ")")
      .addTo(groups[m.type]);
  });
  L.control.layers({"Country boundaries (Natural Earth, offline)": base, "OpenStreetMap (needs internet)": osm},
                   overlays, {collapsed: false}).addTo(map);
  L.control.scale().addTo(map);
  map.attributionControl.addAttribution("Boundaries: Natural Earth");
  map.fitBounds(p.bounds);
  el.analysisMap = map;
})();
</script>"""


def render_map(payload: dict, uid: str, fallback: str = "") -> str:
    """A Leaflet map: boundaries as the base layer, one overlay per event type, a popup per marker."""
    if not payload.get("markers"):
        return fallback or "<p>No incident has coordinates: nothing to map.</p>"
    from . import boundaries

    payload = dict(payload, boundaries=boundaries.to_geojson(boundaries.countries_in(tuple(payload["base_box"]))))
    title = f"<p class='analysis-map-title'><b>{html.escape(payload['title'])}</b></p>" if payload.get("title") else ""
    return (f'<div class="analysis-interactive">{title}<div id="{uid}" class="analysis-map"></div>'
            f"{_json_script(payload, uid)}{_MAP_JS % {'uid': uid}}</div>{_print_only(fallback)}")


_TIMELINE_JS = """<script>
(function () {
  var p = JSON.parse(document.getElementById("%(uid)s-data").textContent);
  var tl = new TL.Timeline("%(uid)s", p.doc, {font: null, theme: null, language: "en", hash_bookmark: false,
                                              timenav_height_percentage: 40, scale_factor: 1.5});
  document.getElementById("%(uid)s").analysisTimeline = tl;
})();
</script>"""


def render_timeline(payload: dict, uid: str, fallback: str = "") -> str:
    """A TimelineJS view of the document, with the plain dated list kept for print."""
    if not payload["doc"].get("events"):
        return fallback or "<p>No dated incident: nothing to show on a timeline.</p>"
    return (f'<div class="analysis-interactive"><div id="{uid}" class="analysis-timeline" '
            f'style="height:{int(payload.get("height", 620))}px"></div>{_json_script(payload, uid)}'
            f"{_TIMELINE_JS % {'uid': uid}}</div>{_print_only(fallback)}")


RENDERERS: dict[str, tuple[str, Callable[[dict, str, str], str]]] = {
    tables.MIME: ("table", render_table), maps.MIME: ("map", render_map), timeline.MIME: ("timeline", render_timeline),
}


def _inline(path: Path) -> str:
    return path.read_text(encoding="utf-8").replace("</script", "<\\/script")


def page_assets(kinds: set[str]) -> str:
    """The libraries a page needs for the given kinds ('table', 'map', 'timeline'), inlined, in order.

    >>> page_assets(set())
    ''
    >>> "leaflet" in page_assets({"map"}).lower()
    True
    """
    parts = []
    if "table" in kinds:
        import itables
        from itables.javascript import generate_init_offline_itables_html

        parts.append(generate_init_offline_itables_html(Path(itables.__file__).parent / "html" / "dt_bundle.js"))
    if "map" in kinds:
        parts.append(f"<style>{(VENDOR / 'leaflet' / 'leaflet.css').read_text(encoding='utf-8')}</style>")
        parts.append(f"<script>{_inline(VENDOR / 'leaflet' / 'leaflet.js')}</script>")
    if "timeline" in kinds:
        parts.append(f"<style>{(VENDOR / 'timelinejs' / 'timeline.css').read_text(encoding='utf-8')}</style>")
        parts.append(f"<script>{_inline(VENDOR / 'timelinejs' / 'timeline.js')}</script>")
    return "\n".join(parts)


def interactive_outputs(nb: dict, prefix: str = "out") -> set[str]:
    """Replace every display payload of ``nb`` (a notebook node, changed in place) by its interactive HTML.

    Returns the kinds of widget the page now holds, for ``page_assets``. Ids are numbered in order,
    so the same notebook always renders to the same HTML.
    """
    kinds: set[str] = set()
    n = 0
    for cell in nb.get("cells", []):
        for out in cell.get("outputs", []) if cell.get("cell_type") == "code" else []:
            data = out.get("data", {})
            for mime, (kind, render) in RENDERERS.items():
                if mime in data:
                    n += 1
                    fallback = data.get("text/html", "")
                    fallback = "".join(fallback) if isinstance(fallback, list) else fallback
                    data["text/html"] = render(data.pop(mime), f"{prefix}-{kind}-{n}", fallback)
                    kinds.add(kind)
    return kinds
