"""What readers see in the rendered report: interactive tables, the incident map, the timeline.

In a notebook: ``show_table(df, caption=...)`` (plain when short, searchable and sortable when long),
``show_map(incidents, mentions, conflicts, labels)`` (Leaflet, a layer per event type, source cards in
popups), ``static_map(incidents)`` (the print version, on real boundaries), ``show_timeline(doc)``
(TimelineJS). The notebook keeps only data; ``html.interactive_outputs`` turns it into HTML at render
time, with the libraries inlined once per page (``html.page_assets``), so the report works offline.
"""

from .maps import show_map
from .staticmap import static_map
from .tables import show_table
from .timeline import show_timeline

__all__ = ["show_table", "show_map", "static_map", "show_timeline"]
