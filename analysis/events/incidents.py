"""Incidents: what happened where and when, according to whom (the public entry points, kept together).

``incident_mentions`` (:mod:`analysis.events.mentions`) turns cleaned sentences into one row per mention
of a violent event; ``merge_incidents`` (:mod:`analysis.events.merge`) joins the mentions of one incident
across sentences and outlets, with consensus values and a table of conflicts; ``reference_series``
(:mod:`analysis.events.series`) reads an article's dated source list. Scoring against annotations lives
in :mod:`analysis.validate.incidents`.
"""

from __future__ import annotations

from .corpus import corpus_date_mentions, corpus_incident_mentions, corpus_names
from .merge import (CONFLICT_COLUMNS, INCIDENT_COLUMNS, counts_compatible, merge_incidents, resolve_undated,
                    weapons_compatible)
from .mentions import MENTION_COLUMNS, incident_mentions
from .series import claimed_totals, classify_title, reference_series
from .timex import date_mentions
from .vocabulary import vocabulary, weapons_in

__all__ = ["corpus_date_mentions", "corpus_incident_mentions", "corpus_names", "date_mentions", "incident_mentions", "merge_incidents", "resolve_undated", "reference_series",
           "claimed_totals", "classify_title", "counts_compatible", "weapons_compatible", "weapons_in",
           "MENTION_COLUMNS", "INCIDENT_COLUMNS", "CONFLICT_COLUMNS", "WEAPONS"]


def _weapon_patterns() -> dict[str, str]:
    """Weapon label -> regular expression, in the order they are checked (``data/reference/weapons.csv``).

    >>> list(_weapon_patterns())[:2]
    ['ballistic missiles', 'cruise missiles']
    """
    return {label: rx.pattern for label, _fam, _sub, rx in vocabulary().weapons}


WEAPONS: dict[str, str] = _weapon_patterns()
