"""Incidents and their timeline: ``timex`` (time expressions), ``counts`` (numbers by role), ``places``
(gazetteer and actors), ``incidents`` (mentions and merging), ``export`` (TimelineJS, GeoJSON, ACLED)."""

from .incidents import incident_mentions, merge_incidents
from .timex import date_mentions

__all__ = ["date_mentions", "incident_mentions", "merge_incidents"]
