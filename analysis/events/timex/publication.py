"""When was an undated article published? Its relative dates ("on Thursday") matched to the dates other outlets give."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any, Callable, Iterable, Sequence

import numpy as np
import pandas as pd

from . import values as V
from .mentions import to_date
from .reader import MentionReader, weekday_only

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


#: one mention as ``MentionReader.rows`` gives it: start, end, value, rule
Row = tuple[int, int, V.Value, str]
#: how many characters before a mention an item's offset may point to and still name it (a preposition or two:
#: "On Tuesday"); ``_find_mention`` looks this far ahead, so ``_settled`` and ``_score_days`` read this far past it too
_LOOK_AHEAD = 12
#: characters read past the last offset of the items at first (``_leading_rows`` doubles the reading until every
#: item is settled, so the answers never depend on it): enough for the opening of most reports in one reading
_FIRST_READ = 4000


def _iso(d: date | None) -> str:
    """A day as ``date_mentions`` writes it in its earliest/latest columns ('' for none).

    >>> _iso(date(2021, 7, 8)), _iso(None)
    ('2021-07-08', '')
    """
    return d.isoformat() if d is not None else ""


def _find_mention(rows: list[Row], key: int | str, low: Callable[[Row], str]) -> Row | None:
    """The first row for an offset (inside the span, or up to ``_LOOK_AHEAD`` characters before it) or a text (``low``: a row's
    words in lower case).

    >>> rows = [(3, 12, V.day(date(2021, 7, 7)), "weekday")]
    >>> _find_mention(rows, 0, lambda r: "wednesday")[0], _find_mention(rows, "WEDNESDAY ", lambda r: "wednesday")[0]
    (3, 3)
    """
    if isinstance(key, int) and not isinstance(key, bool):
        hit = next((r for r in rows if r[0] <= key < r[1]), None)
        if hit is None:  # an offset on a preposition just before the mention ("On Tuesday")
            hit = next((r for r in rows if key <= r[0] <= key + _LOOK_AHEAD), None)
        return hit
    words = str(key).strip().lower()
    return next((r for r in rows if words in low(r)), None)


def _evidence(text: str, rows: list[Row], items: list[tuple[int | str, date, str]], low: Callable[[Row], str]
              ) -> tuple[int, int, list[dict[str, Any]]]:
    """How many external dates the mentions agree with under one reading, the total distance in days, and the rows."""
    out: list[dict[str, Any]] = []
    score = dist = 0
    for key, d, src in items:
        row = _find_mention(rows, key, low)
        if row is None or row[2].earliest is None:
            out.append({"mention_start": -1 if row is None else int(row[0]), "agrees": False, "days_off": pd.NA,
                        "mention_text": str(key) if row is None else text[row[0] : row[1]], "external_date": d.isoformat(),
                        "source": src, "resolved": ""})
            continue
        e0, e1 = date.fromisoformat(_iso(row[2].earliest)), date.fromisoformat(_iso(row[2].latest))
        ok = e0 <= d <= e1
        off = 0 if ok else min(abs((d - e0).days), abs((d - e1).days))
        score, dist = score + int(ok), dist + off
        out.append({"mention_start": int(row[0]), "mention_text": text[row[0] : row[1]], "external_date": d.isoformat(),
                    "source": src, "resolved": row[2].value, "agrees": ok, "days_off": off})
    return score, dist, out


def _text_floor(reader: MentionReader) -> date | None:
    """The latest absolute past day the text mentions: the article cannot be older."""
    days = [date.fromisoformat(v.value) for _, _, v, r in reader.rows(None)
            if v.precision == "day" and v.value and not r.endswith("_future")]
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


def _settled(rows: list[Row], reach: int, key: int | str, low: Callable[[Row], str], ascii_low: str | None) -> bool:
    """True when the first rows of a reading (every other row starting at ``reach`` or after) decide which row
    ``_find_mention`` gives for ``key`` (``ascii_low``: the text in lower case when it is ASCII, else None).

    >>> rows = [(3, 12, V.day(date(2021, 7, 7)), "weekday")]
    >>> low = lambda r: "wednesday"
    >>> _settled(rows, 20, 0, low, None), _settled(rows, 20, 10, low, None), _settled(rows, 20, "june", low, "x")
    (True, False, True)
    """
    if isinstance(key, int) and not isinstance(key, bool):
        return key + _LOOK_AHEAD < reach  # the rows it may give start by then
    words = str(key).strip().lower()
    return _find_mention(rows, key, low) is not None or (ascii_low is not None and words not in ascii_low)


def _leading_rows(reader: MentionReader, day: date, items: list[tuple[Any, date, str]], until: int,
                  low: Callable[[Row], str], ascii_low: str | None) -> tuple[list[Row], int, bool]:
    """The first rows of ``reader.rows(day)``, enough to find every item's mention as in all of them, read from
    offset ``until`` on (doubled until they suffice), the offset they were read to, and whether they are all.

    >>> reader = MentionReader("Hit on Monday. " * 800)
    >>> low = lambda r: reader.text[r[0] : r[1]].lower()
    >>> rows, until, whole = _leading_rows(reader, date(2021, 7, 7), [(3000, date(2021, 7, 5), "")], 100, low, None)
    >>> until, whole, rows == reader.rows(date(2021, 7, 7))[: len(rows)], rows[-1][0] > 3000
    (6400, False, True, True)
    """
    while True:
        rows, reach = reader.leading_rows(day, until)
        if reach > len(reader.text) or all(_settled(rows, reach, key, low, ascii_low) for key, _, _ in items):
            return rows, until, reach > len(reader.text)
        until *= 2


def _joined_rows(reader: MentionReader, day: date, items: list[tuple[Any, date, str]], until: int,
                 low: Callable[[Row], str], ascii_low: str | None) -> tuple[list[Row], int, list[Row]]:
    """For a text with a weekday joined to another row: the first rows of ``reader.rows(day)`` (as ``_leading_rows``),
    read at least past the last such weekday, the offset they were read to, and the weekday rows of the whole reading.

    >>> reader = MentionReader("Late Monday and early Tuesday it hit. " + "On Friday it ended. " * 400)
    >>> low = lambda r: reader.text[r[0] : r[1]].lower()
    >>> rows, until, week = _joined_rows(reader, date(2021, 7, 16), [(3, date(2021, 7, 12), "")], 100, low, None)
    >>> until, sorted(week) == [r for r in reader.rows(date(2021, 7, 16)) if r[3].startswith("weekday")]
    (3200, True)
    """
    last = reader.last_joined_weekday()
    while True:
        rows, reach = reader.leading_rows(day, until)
        if reach > len(reader.text):
            return rows, until, weekday_only(rows)
        if reach > last and all(_settled(rows, reach, key, low, ascii_low) for key, _, _ in items):
            week = reader.weekday_rows_after(day, rows, reach)
            if week is not None:
                return rows, until, week
            rows = reader.rows(day)  # a weekday read alone is a TIME: the whole reading
            return rows, until, weekday_only(rows)
        until *= 2


def _score_days(reader: MentionReader, items: list[tuple[Any, date, str]], first: date, last: date
                ) -> list[tuple[int, float, date, list[dict[str, Any]]]]:
    """Each candidate day: agreements, distance plus the spread of the text's weekdays (/100), the day, the evidence.

    The text is scanned once (``MentionReader``); each day reads only the expressions before the items' mentions
    again, and the weekdays (``MentionReader.weekday_rows``); when a weekday is joined to another row, the expressions
    up to the last such weekday and the weekdays after it (``_joined_rows``).
    """
    text, lows = reader.text, {}

    def low(r: Row) -> str:
        """A row's words in lower case, kept for the next days."""
        span = (r[0], r[1])
        return lows[span] if span in lows else lows.setdefault(span, text[r[0] : r[1]].lower())

    ascii_low = text.lower() if text.isascii() else None  # an ASCII text's rows are its lower-case text's pieces
    alone = reader.weekdays_alone()
    until = _FIRST_READ + max((k + _LOOK_AHEAD if isinstance(k, int) and not isinstance(k, bool) else 0) for k, _, _ in items)
    scored = []
    day = first
    while day <= last:
        if alone:
            rows, until, whole = _leading_rows(reader, day, items, until, low, ascii_low)
            week = rows if whole else reader.weekday_rows(day)  # a short text is read whole anyway
        else:  # a weekday joined to another row: the reading up to the last such weekday, the others read alone
            rows, until, week = _joined_rows(reader, day, items, until, low, ascii_low)
        score, dist, ev = _evidence(text, rows, items, low)
        wd = [date.fromisoformat(v.value) for _, _, v, r in week if v.value and r.startswith("weekday")]
        spread = (max(wd) - min(wd)).days if wd else 0
        scored.append((score, dist + spread / 100.0, day, ev))
        day += timedelta(days=1)
    return scored


def _evidence_frame(rows: list[dict[str, Any]]) -> pd.DataFrame:
    """The evidence rows as a table: int64 offsets, texts, bool agreement, Int64 days off (built column by column).

    >>> ev = _evidence_frame([{"mention_start": 3, "mention_text": "Monday", "external_date": "2021-07-05", "source": "",
    ...                        "resolved": "", "agrees": False, "days_off": pd.NA}])
    >>> ev.dtypes.astype(str).tolist()
    ['int64', 'str', 'str', 'str', 'str', 'bool', 'Int64']
    """
    cols: dict[str, Any] = {c: [r[c] for r in rows] for c in EVIDENCE_COLUMNS}  # texts: pandas' inferred dtype
    cols["mention_start"] = np.array(cols["mention_start"], dtype=np.int64)
    cols["agrees"] = np.array(cols["agrees"], dtype=bool)
    cols["days_off"] = pd.array(cols["days_off"], dtype="Int64")
    return pd.DataFrame(cols, copy=False)


def _statement(best: list[tuple[date, list[dict[str, Any]]]], floor_used: date | None, tied_more: bool) -> str:
    """The sentence that reports the inferred window, its support (the first best day's evidence rows) and any conflict.

    >>> ev = [{"mention_text": "Monday", "external_date": "2021-07-05", "source": "a", "resolved": "2021-07-05", "agrees": True}]
    >>> _statement([(date(2021, 7, 7), ev)], None, False)
    "Publication date inferred as 2021-07-07 (1 candidate day); consistent with 'Monday' = 2021-07-05 (a)."
    """
    lo, hi = best[0][0], best[-1][0]
    window = lo.isoformat() if lo == hi else f"{lo.isoformat()} to {hi.isoformat()}"
    parts = [f"Publication date inferred as {window} ({len(best)} candidate day{'s' if len(best) != 1 else ''})"]
    agree, clash = [r for r in best[0][1] if r["agrees"]], [r for r in best[0][1] if not r["agrees"]]
    if agree:
        parts.append("; consistent with " + ", ".join(
            f"'{r['mention_text']}' = {r['external_date']}" + (f" ({r['source']})" if r["source"] else "") for r in agree))
    if clash:
        parts.append("; CONFLICT: " + ", ".join(
            f"'{r['mention_text']}' resolves to {r['resolved'] or 'nothing'} but others give {r['external_date']}"
            + (f" ({r['source']})" if r["source"] else "") for r in clash))
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
    reader = MentionReader(text)
    floor = _text_floor(reader)
    if not items:
        lo = max([d for d in (bounds[0], floor) if d], default=None)
        stmt = "No external dates for this article's events: " + (
            f"published on or after {lo.isoformat()} (latest absolute date it mentions or given bound)." if lo else "publication date unknown.")
        return PublicationInference(lo, bounds[1], stmt, pd.DataFrame(columns=EVIDENCE_COLUMNS), 0)
    first, last = _search_range(items, bounds, floor, search_days)
    scored = _score_days(reader, items, first, last)
    if not scored:
        return PublicationInference(None, None, "No candidate publication day satisfies the bounds.", pd.DataFrame(columns=EVIDENCE_COLUMNS), 0)
    top = max(s for s, *_ in scored)
    best_dist = min(dd for s, dd, *_ in scored if s == top)
    best = [(day, ev) for s, dd, day, ev in scored if s == top and dd == best_dist]
    evidence = _evidence_frame(best[0][1])
    tied_more = sum(1 for sc, dd, *_ in scored if sc == top and int(dd) == int(best_dist)) > len(best)
    stmt = _statement(best, floor if floor and first == floor else None, tied_more)
    return PublicationInference(best[0][0], best[-1][0], stmt, evidence, len(best))
