"""Incidents and their timeline, one file per step.

``timex`` (time expressions) · ``counts`` (numbers) · ``roles`` (counts by role, casualties and who) ·
``gazetteer`` (name matching) · ``geonames`` (package towns, districts, provinces) · ``places`` (hand table of
bases and sites over the package gazetteer) · ``actors`` · ``vocabulary`` (event words from reference tables) ·
``clauses`` (clause scoping, captions) · ``triggers`` (event type, agent, target, attribution) · ``dating`` (the
date of a mention) · ``mentions`` (``incident_mentions``) · ``merge`` (``merge_incidents``) · ``series`` (cited
source lists) · ``export`` (TimelineJS, GeoJSON, ACLED) · ``incidents`` (the public entry points together) · ``corpus`` (the
corpus-level loops, with ``failures=`` rows for articles that raise).
"""

from .corpus import corpus_date_mentions, corpus_incident_mentions, corpus_names
from .merge import merge_incidents
from .mentions import incident_mentions
from .timex import date_mentions

__all__ = ["date_mentions", "incident_mentions", "merge_incidents", "corpus_date_mentions", "corpus_incident_mentions",
           "corpus_names"]
