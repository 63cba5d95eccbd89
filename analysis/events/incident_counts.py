"""Counts an incident takes from how its article tells it as a whole, after its mentions are merged.

``merge.py`` gives each incident the consensus of its mentions' counts. One figure is only read off the incident
as a whole: a drone strike told in the singular ("a drone strike killed four fighters") is one drone's strike, so the
attack fired one munition (``benchmarks/ANNOTATION.md``: a single munition told alone is the whole attack) unless the
article counts the munitions in any other way or also tells drone strikes in the plural.
"""

from __future__ import annotations

import re

__all__ = ["lone_drone_strike"]

#: one drone strike, told with its article: "a drone strike", "A Turkish drone strike", "an armed drone strike"
_A_DRONE_STRIKE = re.compile(r"\b(?:a|an)\s+(?:[\w-]+\s+){0,2}?drone\s+strike\b(?!s)", re.I)
#: drone strikes told in the plural, or a count of the strikes: "drone strikes killed", "two drone strikes"
_DRONE_STRIKES = re.compile(r"\bdrone\s+strikes\b", re.I)
_MUNITION_COUNTS = ("n_fired", "n_hit", "n_intercepted", "n_claimed")


def _blank(v: object) -> bool:
    """A count cell that holds no number.

    >>> _blank(None), _blank(float("nan")), _blank(0)
    (True, True, False)
    """
    return str(v) in ("", "None", "<NA>", "nan")


def lone_drone_strike(rows: list[dict], weapon: str, counts: dict) -> int | None:
    """The number fired an incident takes from a drone strike its mentions tell in the singular: 1 when the
    incident's weapon is drones, no munition count is known and no mention tells drone strikes in the plural;
    else None.

    >>> rows = [{"evidence": "A Turkish drone strike killed four fighters near Sinjar on Sunday."}]
    >>> lone_drone_strike(rows, "drones", {"n_fired": None, "n_hit": None})
    1
    >>> lone_drone_strike(rows + [{"evidence": "Drone strikes killed two more."}], "drones", {"n_fired": None}) is None
    True
    >>> lone_drone_strike([{"evidence": "A drone attack hit the base."}], "drones", {"n_fired": None}) is None
    True
    """
    if weapon != "drones" or not all(_blank(counts.get(f)) for f in _MUNITION_COUNTS):
        return None
    texts = [str(r.get("evidence") or "") for r in rows]
    if any(_DRONE_STRIKES.search(t) for t in texts):
        return None
    return 1 if any(_A_DRONE_STRIKE.search(t) for t in texts) else None
