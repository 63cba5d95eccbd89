"""The incident timeline in the report: an embedded TimelineJS view of the exported JSON.

``show_timeline(doc)`` stores the TimelineJS document (``analysis.events.export.timeline_json``) as data
(MIME type ``application/vnd.militia.timeline+json``) next to a plain dated list of the events. The
report renderer draws it with the vendored TimelineJS (no network: built-in English, no web fonts,
no analytics); the plain list is what notebook front-ends show and what a printed page keeps.
"""

from __future__ import annotations

import html
from typing import Any

MIME = "application/vnd.militia.timeline+json"


def _date_text(d: dict | None) -> str:
    """'2021-07-07', '2021-07' or '2021' from a TimelineJS date object.

    >>> _date_text({"year": 2021, "month": 7}), _date_text({"year": 2021, "month": 7, "day": 7})
    ('2021-07', '2021-07-07')
    """
    if not d:
        return ""
    out = f"{int(d['year']):04d}"
    if d.get("month"):
        out += f"-{int(d['month']):02d}"
        if d.get("day"):
            out += f"-{int(d['day']):02d}"
    return out


def event_list_html(doc: dict, limit: int = 300) -> str:
    """The events as a plain dated list (date or window · group · headline), in date order.

    >>> doc = {"events": [{"start_date": {"year": 2021, "month": 7}, "text": {"headline": "attack — X"},
    ...                    "group": "Attacks"}]}
    >>> event_list_html(doc)
    '<ol class="analysis-event-list"><li><b>2021-07</b> · Attacks · attack — X</li></ol>'
    """
    events = sorted(doc.get("events", []), key=lambda e: (_date_text(e.get("start_date")), e.get("unique_id", "")))
    items = []
    for e in events[:limit]:
        when = _date_text(e.get("start_date"))
        if e.get("end_date"):
            when += f" – {_date_text(e['end_date'])}"
        group = f" · {html.escape(str(e['group']))}" if e.get("group") else ""
        items.append(f"<li><b>{when}</b>{group} · {html.escape(str(e.get('text', {}).get('headline', '')))}</li>")
    more = f"<p>… and {len(events) - limit} more events.</p>" if len(events) > limit else ""
    return f'<ol class="analysis-event-list">{"".join(items)}</ol>{more}'


def timeline_bundle(doc: dict, height: int = 620) -> dict[str, Any]:
    """The display bundle of ``show_timeline``.

    >>> sorted(timeline_bundle({"events": []}))
    ['application/vnd.militia.timeline+json', 'text/html', 'text/plain']
    """
    if not isinstance(doc, dict) or not isinstance(doc.get("events"), list):
        raise TypeError("show_timeline needs a TimelineJS document: a dict with an 'events' list "
                        "(analysis.events.export.timeline_json)")
    n = len(doc["events"])
    head = f"<p><b>Timeline of {n} dated incidents</b> (interactive in the rendered report):</p>"
    return {MIME: {"doc": doc, "height": int(height)}, "text/html": head + event_list_html(doc),
            "text/plain": f"Timeline of {n} dated incidents"}


def show_timeline(doc: dict, height: int = 620) -> None:
    """Display the TimelineJS view of ``doc`` (a ``timeline_json`` document) in the rendered report."""
    from IPython.display import display

    display(timeline_bundle(doc, height), raw=True)
