"""Roles in force at a date: the dated parts of a reference-table role, kept or dropped by publication year.

The alias table (``data/reference/speaker_aliases.csv``) gives roles as ``;``-separated parts, each optionally
dated: a term in brackets (``US President (2017-2021, 2025-)``, an open end meaning "to date") or election
years (``Republican candidate 2016, 2024``; a candidacy counts from the year before the election to the
election year). ``role_at(role, years)`` keeps the parts in force in any of the given years, so that a 2015
article does not make Donald Trump a president, nor a 2019 one make Barack Obama one.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

import pandas as pd

#: a term in brackets: '(2017-2021, 2025-)', '(2013-2017)', '(since 2019)'
_TERM = re.compile(r"\((?:since\s+)?(\d{4})(?:\s*[-–](?:\s*(\d{4}))?)?((?:\s*,\s*\d{4}(?:\s*[-–](?:\s*\d{4})?)?)*)\)")
_RANGE = re.compile(r"(\d{4})(?:\s*[-–](?:\s*(\d{4}))?)?")
_YEAR = re.compile(r"\b(1[89]\d\d|20\d\d)\b")
#: roles held for a campaign: in force from the year before the election year
_CAMPAIGN = re.compile(r"\b(?:candidate|nominee|contender|challenger|hopeful|running\s+mate)\b", re.I)
OPEN_END = 9999


def role_periods(part: str) -> list[tuple[int, int]] | None:
    """The (first, last) years a role part is in force; None when the part is undated.

    >>> role_periods("US President (2017-2021, 2025-)")
    [(2017, 2021), (2025, 9999)]
    >>> role_periods("Republican candidate 2016, 2024"), role_periods("Iraqi Prime Minister")
    ([(2015, 2016), (2023, 2024)], None)
    """
    term = _TERM.search(part)
    if term:
        spans = []
        for m in _RANGE.finditer(term.group()):
            first = int(m.group(1))
            dashed = "-" in m.group() or "–" in m.group()
            spans.append((first, int(m.group(2)) if m.group(2) else (OPEN_END if dashed else first)))
        if term.group().startswith("(since"):
            spans = [(a, OPEN_END) for a, _ in spans]
        return spans
    years = [int(y) for y in _YEAR.findall(part)]
    if not years:
        return None
    lead = 1 if _CAMPAIGN.search(part) else 0
    return [(y - lead, y) for y in years]


def role_at(role: str, years: Iterable[int], former: bool = False) -> str:
    """The parts of a role in force in any of the years (undated parts always); the whole role when no year is known.

    ``former``: when no dated part is in force, the parts that had ended by then are kept as "former ...".

    >>> role_at("US President (2017-2021, 2025-); Republican candidate 2016, 2024", [2015])
    'Republican candidate 2016, 2024'
    >>> role_at("Governor of Indiana (2013-2017); US Vice President (2017-2021)", [2019])
    'US Vice President (2017-2021)'
    >>> role_at("US President (2009-2017)", [2019]), role_at("US President (2009-2017)", [2019], former=True)
    ('', 'former US President (2009-2017)')
    >>> role_at("US President (2009-2017)", [])
    'US President (2009-2017)'
    """
    years, role = sorted({int(y) for y in years}), role if isinstance(role, str) else ""
    if not role or not years:
        return role or ""
    kept, ended = [], []
    for part in (p.strip() for p in role.split(";")):
        spans = role_periods(part)
        if spans is None or any(a <= y <= b for a, b in spans for y in years):
            kept.append(part)
        elif former and max(b for _, b in spans) < years[0]:
            ended.append(f"former {part}")
    dated = [p for p in kept if role_periods(p) is not None]
    return "; ".join(kept if dated or not ended else kept + ended)


def publication_years(quotes: pd.DataFrame, published: pd.Series | dict | None = None) -> pd.Series:
    """Year of publication of each quote's article (<NA> when unknown), from ``published`` (doc_id -> date) or a column.

    >>> q = pd.DataFrame({"doc_id": ["a", "b", "c"]})
    >>> publication_years(q, {"a": "2015-08-06", "b": "not a date"}).tolist()
    [2015, <NA>, <NA>]
    """
    if published is None:
        dates = quotes["published"] if "published" in quotes else pd.Series(pd.NA, index=quotes.index)
    else:
        mapping = published.to_dict() if isinstance(published, pd.Series) else dict(published)
        dates = quotes["doc_id"].map(mapping)
    parsed = pd.to_datetime(dates.astype("string"), errors="coerce", utc=True, format="mixed")
    return parsed.dt.year.astype("Int64")
