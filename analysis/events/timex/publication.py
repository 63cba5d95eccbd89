"""When was an undated article published? Its relative dates ("on Thursday") matched to the dates other outlets give."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any, Iterable, Sequence

import pandas as pd

from .mentions import date_mentions, to_date

__all__ = ["PublicationInference", "EVIDENCE_COLUMNS", "infer_publication_window"]

EVIDENCE_COLUMNS: list[str] = [
    "mention_start", "mention_text", "external_date", "source", "resolved", "agrees", "days_off",
]


@dataclass
class PublicationInference:
    """Result of ``infer_publication_window``: the window, how it was inferred, and the evidence."""

    earliest: date | None
    latest: date | None
    statement: str
    evidence: pd.DataFrame
    n_candidates: int = 0

    @property
    def published(self) -> date | None:
        """The single inferred date, when the window is one day.

        >>> PublicationInference(date(2021, 7, 8), date(2021, 7, 8), "", pd.DataFrame()).published
        datetime.date(2021, 7, 8)
        """
        return self.earliest if self.earliest is not None and self.earliest == self.latest else None

    def as_anchor(self) -> tuple[date, date] | None:
        """The window as the ``published`` argument of ``date_mentions`` (None if open).

        >>> PublicationInference(date(2021, 7, 8), None, "", pd.DataFrame()).as_anchor() is None
        True
        """
        return (self.earliest, self.latest) if self.earliest and self.latest else None


def _find_mention(df: pd.DataFrame, key: int | str) -> pd.Series | None:
    """Row of a date_mentions table for an offset (inside the span, or up to 12 characters before it) or a text."""
    if isinstance(key, int) and not isinstance(key, bool):
        hit = df[(df["start"] <= key) & (df["end"] > key)]
        if hit.empty:  # an offset on a preposition just before the mention ("On Tuesday")
            hit = df[(df["start"] >= key) & (df["start"] <= key + 12)]
    else:
        hit = df[df["text"].str.lower().str.contains(re.escape(str(key).strip().lower()), regex=True)]
    return None if hit.empty else hit.iloc[0]


def _evidence(df: pd.DataFrame, items: list[tuple[int | str, date, str]]) -> tuple[int, int, list[dict[str, Any]]]:
    """How many external dates the mentions agree with under one reading, the total distance in days, and the rows."""
    rows: list[dict[str, Any]] = []
    score = dist = 0
    for key, d, src in items:
        row = _find_mention(df, key)
        if row is None or not row["earliest"]:
            rows.append({"mention_start": -1 if row is None else int(row["start"]), "agrees": False, "days_off": pd.NA,
                         "mention_text": str(key) if row is None else row["text"], "external_date": d.isoformat(),
                         "source": src, "resolved": ""})
            continue
        e0, e1 = date.fromisoformat(row["earliest"]), date.fromisoformat(row["latest"])
        ok = e0 <= d <= e1
        off = 0 if ok else min(abs((d - e0).days), abs((d - e1).days))
        score, dist = score + int(ok), dist + off
        rows.append({"mention_start": int(row["start"]), "mention_text": row["text"], "external_date": d.isoformat(),
                     "source": src, "resolved": row["value"], "agrees": ok, "days_off": off})
    return score, dist, rows


def _text_floor(text: str) -> date | None:
    """The latest absolute past day the text mentions: the article cannot be older."""
    base = date_mentions(text, None)
    days = [date.fromisoformat(v) for v, p, r in zip(base["value"], base["precision"], base["rule"])
            if p == "day" and v and not r.endswith("_future")]
    return max(days) if days else None


def _search_range(items: list[tuple[Any, date, str]], bounds: tuple[date | None, date | None], floor: date | None,
                  search_days: int) -> tuple[date, date]:
    """First and last candidate publication days: around the external dates, within the bounds, not before the floor."""
    ext = [d for _, d, _ in items]
    first, last = min(ext) - timedelta(days=1), max(ext) + timedelta(days=search_days)
    if bounds[0]:
        first = max(first, bounds[0])
    if bounds[1]:
        last = min(last, bounds[1])
    if floor and floor <= last:
        first = max(first, floor)
    return first, last


def _score_days(text: str, items: list[tuple[Any, date, str]], first: date, last: date) -> list[tuple[int, float, date, list[dict[str, Any]]]]:
    """Each candidate day: agreements, distance plus the spread of the text's weekdays (/100), the day, the evidence."""
    scored = []
    day = first
    while day <= last:
        df = date_mentions(text, day)
        score, dist, ev = _evidence(df, items)
        wd = [date.fromisoformat(v) for v, r in zip(df["value"], df["rule"]) if v and r.startswith("weekday")]
        spread = (max(wd) - min(wd)).days if wd else 0
        scored.append((score, dist + spread / 100.0, day, ev))
        day += timedelta(days=1)
    return scored


def _statement(best: list[tuple[date, list[dict[str, Any]]]], evidence: pd.DataFrame, floor_used: date | None, tied_more: bool) -> str:
    """The sentence that reports the inferred window, its support and any conflict."""
    lo, hi = best[0][0], best[-1][0]
    window = lo.isoformat() if lo == hi else f"{lo.isoformat()} to {hi.isoformat()}"
    parts = [f"Publication date inferred as {window} ({len(best)} candidate day{'s' if len(best) != 1 else ''})"]
    agree, clash = evidence[evidence["agrees"]], evidence[~evidence["agrees"]]
    if len(agree):
        parts.append("; consistent with " + ", ".join(
            f"'{r.mention_text}' = {r.external_date}" + (f" ({r.source})" if r.source else "") for r in agree.itertuples()))
    if len(clash):
        parts.append("; CONFLICT: " + ", ".join(
            f"'{r.mention_text}' resolves to {r.resolved or 'nothing'} but others give {r.external_date}"
            + (f" ({r.source})" if r.source else "") for r in clash.itertuples()))
    if floor_used:
        parts.append(f"; not before {floor_used.isoformat()}, the latest absolute date in the text")
    if tied_more:
        parts.append("; among equally consistent days, those placing the text's weekdays closest together were kept")
    if len(best) != (hi - lo).days + 1:
        parts.append("; the candidate days are not contiguous")
    return "".join(parts) + "."


def infer_publication_window(text: str, anchors: Iterable[Sequence[Any]] = (), *, not_before: date | str | None = None,
                             not_after: date | str | None = None, search_days: int = 21) -> PublicationInference:
    """Infer when an undated article was published from its relative dates and other outlets' dates.

    ``anchors`` are (mention, external_date) or (mention, external_date, source) tuples: ``mention``
    is a character offset inside a relative date mention of ``text`` or its text ("Thursday");
    ``external_date`` is the date other outlets give to the same event. Every candidate day is tried
    as the publication date; the days under which most mentions resolve to their external dates (ties:
    smallest total distance in days, then the text's weekdays lying closest together) form the window.
    Absolute past dates in the text bound it from below. Mentions that cannot agree are reported as conflicts.

    >>> inf = infer_publication_window("On Wednesday rockets hit. On Thursday the Pentagon spoke.",
    ...                                [("Wednesday", "2021-07-07"), ("Thursday", "2021-07-08")])
    >>> inf.earliest, inf.latest
    (datetime.date(2021, 7, 8), datetime.date(2021, 7, 13))
    """
    items = [(a[0], d, str(a[2]) if len(a) > 2 and a[2] is not None else "") for a in anchors if (d := to_date(a[1])) is not None]
    bounds = (to_date(not_before), to_date(not_after))
    floor = _text_floor(text)
    if not items:
        lo = max([d for d in (bounds[0], floor) if d], default=None)
        stmt = "No external dates for this article's events: " + (
            f"published on or after {lo.isoformat()} (latest absolute date it mentions or given bound)." if lo else "publication date unknown.")
        return PublicationInference(lo, bounds[1], stmt, pd.DataFrame(columns=EVIDENCE_COLUMNS), 0)
    first, last = _search_range(items, bounds, floor, search_days)
    scored = _score_days(text, items, first, last)
    if not scored:
        return PublicationInference(None, None, "No candidate publication day satisfies the bounds.", pd.DataFrame(columns=EVIDENCE_COLUMNS), 0)
    top = max(s for s, *_ in scored)
    best_dist = min(dd for s, dd, *_ in scored if s == top)
    best = [(day, ev) for s, dd, day, ev in scored if s == top and dd == best_dist]
    evidence = pd.DataFrame(best[0][1], columns=EVIDENCE_COLUMNS)
    evidence["agrees"] = evidence["agrees"].astype(bool)
    evidence["days_off"] = evidence["days_off"].astype("Int64")
    tied_more = sum(1 for sc, dd, *_ in scored if sc == top and int(dd) == int(best_dist)) > len(best)
    stmt = _statement(best, evidence, floor if floor and first == floor else None, tied_more)
    return PublicationInference(best[0][0], best[-1][0], stmt, evidence, len(best))
