"""``MentionReader``: the time expressions of one text read against one publication date after another, the text
scanned once, with the shortcuts ``infer_publication_window`` uses (the first rows only, weekdays read alone)."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from datetime import date
from typing import Any

from . import values as V
from .absolute import is_absolute
from .joins import _APPOSED, _DATE_BEFORE, _DAY_MOD, _DAY_MOD_REACH, _DAY_STEP, _NEXT_WEEKDAY_GAP, _PART_OF
from .lexicon import PLAUSIBLE_YEARS
from .mentions import (AnchorLike, _anchor_days, _furniture, _listed, _parse, _Parsed, _read, _relative_value, _tensed,
                       anchor_range)
from .scan import Candidate
from ...runtime import no_gc
from ...text.checks import require_text

__all__ = ["MentionReader", "weekday_only"]

#: how far before the first expression left out the rows of a partial reading may still change (characters), and
#: how many rows before the first one that may change (the later passes join a row to the next one, once each)
_SETTLE_CHARS, _SETTLE_ROWS = 2000, 20
#: how far before the expression it comes from a row of the whole reading may start: the later passes look back at
#: most 30 characters ('the late night hours of' ``_PART_OF``; 'on 14 and' before '15 March' ``_PREV_DAY`` 20; 'the
#: day before' ``_DAY_STEP`` 16; 'the late hours of' ``_DAY_MOD`` 24), and a joined row starts at a row that is itself counted; 200
#: leaves room for several of them stacked, so ``leading_rows``' offset stays before every row it leaves out
_ROW_LOOK_BACK = 200
_DAY_STEP_AHEAD = re.compile(r"(?i)(?:the|a)\s+day\s+(?:before|after)")  # where ``_day_before_after`` starts a row
#: letters of the bare days ``_conjoined_days`` joins ('25th, 2001'): a span with any other letter is never inside one
_JOINED_LETTERS = frozenset("stndrh")


def _alone_weekday(p: _Parsed, text: str, c: Candidate, starts: set[int], prev: list[Candidate]) -> bool:
    """True when the later passes of ``_read`` leave the row of weekday ``c`` as ``_resolve`` gives it, whatever the
    publication day and the other rows: no 'the', clock or 'week of'; nothing a pass joins it to (``starts``: every
    place another row may start; ``prev``: the weekdays whose row may come just before its own; not just after a date,
    ``_weekdays_after_dates``); listed.

    >>> p = _parse("Rockets hit on Monday and Tuesday. Late Friday it ended.")
    >>> wd = [c for c in p.cands if c.rule == "weekday"]
    >>> [_alone_weekday(p, p.norm, c, {x.start for x in p.cands}, wd[:i]) for i, c in enumerate(wd)]
    [True, False, False]
    """
    norm, s, e = p.norm, c.start, c.end
    if c.rule != "weekday" or {"the", "weekof", "_clock_joined"} & c.data.keys() or is_absolute(c) or _furniture(text, s, e):
        return False
    if not any(ch.isalpha() and ch.lower() not in _JOINED_LETTERS for ch in norm[s:e]):
        return False  # could lie inside a day joined to a month-day
    if any(_NEXT_WEEKDAY_GAP.fullmatch(norm, w.end, s) for w in prev if w.end <= s):
        return False
    if (_DAY_STEP.search(norm, max(0, s - 16), s) or _PART_OF.search(norm, max(0, s - 30), s)
            or _DAY_MOD.search(norm, max(0, s - _DAY_MOD_REACH), s) or _DATE_BEFORE.search(norm, max(0, s - 8), s)):
        return False
    gap = _APPOSED.match(norm, e)
    reach = gap.end() if gap is not None else e
    return not (any(x in starts for x in range(e, reach + 1)) or norm[reach : reach + 1].isdigit()
                or any(_DAY_STEP_AHEAD.match(norm, x) for x in range(e, reach + 1)))


def _row_starts(p: _Parsed) -> set[int]:
    """Every offset where a row of ``_read`` other than a month-day's joined day or a 'day before' may start:
    the expressions and their clock times.

    >>> sorted(_row_starts(_parse("On Monday at 5 pm it began.")))[:1]
    [3]
    """
    out = {c.start for c in p.cands}
    out.update(c.data[k][0] for c in p.cands for k in ("_clock", "_clock2", "_clock_joined") if k in c.data)
    return out


def weekday_only(rows: list[tuple[int, int, V.Value, str]]) -> list[tuple[int, int, V.Value, str]]:
    """The rows of a reading whose rule is a weekday's, in their order.

    >>> weekday_only([(0, 6, None, "weekday"), (10, 14, None, "year"), (20, 26, None, "weekday_joined")])
    [(0, 6, None, 'weekday'), (20, 26, None, 'weekday_joined')]
    """
    return [r for r in rows if r[3].startswith("weekday")]


class MentionReader:
    """``date_mentions`` of one text against one publication date after another, the text scanned once.

    >>> reader = MentionReader("Hit on Monday.")
    >>> [[(s, v.timex) for s, _, v, _ in reader.rows(day)] for day in ("2021-07-07", None)]
    [[(7, '2021-07-05')], [(7, 'XXXX-WXX-1')]]
    """

    def __init__(self, text: str, convention: str = "auto", *, max_window_days: int = 62) -> None:
        """Check the arguments as ``date_mentions`` does and find the text's time expressions."""
        self.text = require_text(text, "text")
        if convention not in {"auto", "mdy", "dmy"}:
            raise ValueError(f"convention must be 'auto', 'mdy' or 'dmy', got {convention!r}")
        self.convention, self.max_window_days = convention, max_window_days
        with no_gc():
            self.parsed = _parse(self.text)
        self._from: list[int] | None = None  # ``leading_rows``: the least start of the expressions from each index on
        self._alone: list[tuple[Candidate, tuple[Any, ...], int, str]] | None = None  # ``_alone_weekdays``' answer
        self._alone_read = False  # whether ``_alone`` has been found

    def rows(self, published: AnchorLike) -> list[tuple[int, int, V.Value, str]]:
        """The rows ``date_mentions(text, published)`` lists, as (start, end, value, rule)."""
        days = self._days(published)
        with no_gc():
            return self._listed(_read(self.parsed, days, self.convention))

    def leading_rows(self, published: AnchorLike, until: int) -> tuple[list[tuple[int, int, V.Value, str]], int]:
        """The first rows of ``rows(published)``, read from the expressions before offset ``until`` only, and an offset
        before which ``rows(published)`` has no other row (the text's length + 1 when the whole text was read).

        >>> reader = MentionReader("Hit on Monday. " * 400)
        >>> first, reach = reader.leading_rows("2021-07-07", 4000)
        >>> len(first), reach
        (114, 1517)
        >>> first == reader.rows("2021-07-07")[: len(first)], all(r[0] >= reach for r in reader.rows("2021-07-07")[len(first) :])
        (True, True)
        """
        cands = self.parsed.cands
        if self._from is None:
            self._from = [0] * (len(cands) + 1)
            self._from[-1] = len(self.text) + 1
            for i in range(len(cands) - 1, -1, -1):
                self._from[i] = min(cands[i].start, self._from[i + 1])
        upto = bisect_left(self._from, until, 0, len(cands))
        if upto == len(cands):
            return self.rows(published), len(self.text) + 1
        days = self._days(published)
        with no_gc():
            rows = self._listed(_read(self.parsed, days, self.convention, upto))
        bound = self._from[upto] - _SETTLE_CHARS  # the rows of the expressions left out start after it
        n = next((i for i, r in enumerate(rows) if r[0] >= bound), len(rows))
        n = max(0, n - _SETTLE_ROWS)
        return rows[:n], min([bound] + [r[0] for r in rows[n:]]) - _ROW_LOOK_BACK

    def weekday_rows(self, published: AnchorLike) -> list[tuple[int, int, V.Value, str]]:
        """The rows of ``rows(published)`` whose rule is a weekday's, in some order: read alone when every weekday
        is (``_alone_weekday``), else from the whole reading.

        >>> reader = MentionReader("On Monday it hit; on Wednesday, 14 July, it ended.")
        >>> sorted(reader.weekday_rows("2021-07-16")) == [r for r in reader.rows("2021-07-16") if r[3].startswith("weekday")]
        True
        """
        alone = self._alone_weekdays()
        if alone is not None:
            days = self._days(published)
            memo: dict[tuple[Any, ...], V.Value] = {}  # as ``_relative`` reads them, the first of each key for all
            out = []
            for c, key, tense, rule in alone:
                v = memo[key] if key in memo else memo.setdefault(key, _relative_value(c, tense, days))
                out.append((c.start, c.end, v, rule))
            if all(r[2].type == "DATE" for r in out):  # a TIME may be taken into the part of the day after it
                return out
        return weekday_only(self.rows(published))

    def weekday_rows_after(self, published: AnchorLike, rows: list[tuple[int, int, V.Value, str]], reach: int
                           ) -> list[tuple[int, int, V.Value, str]] | None:
        """The rows of ``rows(published)`` whose rule is a weekday's, in some order, from its first ``rows`` (every
        other row starting at ``reach`` or after, as ``leading_rows`` gives them) and the weekdays read alone after them;
        None when a weekday that is not read alone starts at ``reach`` or after (or one read alone is not a DATE).

        >>> reader = MentionReader("Late Monday and early Tuesday it hit. " + "On Friday it ended. " * 300)
        >>> first, reach = reader.leading_rows("2021-07-16", 4000)
        >>> week = reader.weekday_rows_after("2021-07-16", first, reach)
        >>> sorted(week) == [r for r in reader.rows("2021-07-16") if r[3].startswith("weekday")], len(week)
        (True, 302)
        """
        last, after = self._weekdays_after()
        if last >= reach:
            return None
        days = self._days(published)
        memo: dict[tuple[Any, ...], V.Value] = {}  # as ``_relative`` reads them, the first of each key for all
        out = weekday_only(rows)
        spans = {(r[0], r[1]) for r in out}  # the first rows may start past ``reach`` too
        for c, key, tense, rule in after:
            if c.start >= reach and (c.start, c.end) not in spans:
                v = memo[key] if key in memo else memo.setdefault(key, _relative_value(c, tense, days))
                if v.type != "DATE":  # a TIME may be taken into the part of the day after it
                    return None
                out.append((c.start, c.end, v, rule))
        return out

    def last_joined_weekday(self) -> int:
        """The start of the last weekday expression that is not read alone (``_alone_weekday``), -1 when none is.

        >>> MentionReader("Late Monday and early Tuesday. On Friday.").last_joined_weekday(), MentionReader("On Friday.").last_joined_weekday()
        (22, -1)
        """
        return self._weekdays_after()[0]

    def _weekdays_after(self) -> tuple[int, list[tuple[Candidate, tuple[Any, ...], int, str]]]:
        """The start of the last weekday expression not read alone (-1: none) and the weekdays after it, each read alone,
        with their reading key, tense and rule (``_tensed``); found once."""
        if "_after" not in self.__dict__:
            p = self.parsed
            wd = [c for c in p.cands if c.rule.startswith("weekday")]
            starts, by_start = _row_starts(p), sorted(wd, key=lambda c: c.start)
            firsts = [c.start for c in by_start]
            last = -1
            for c in wd:
                lo = bisect_left(firsts, c.start)  # the weekdays starting at the same offset or at the last one before
                lo = bisect_left(firsts, firsts[lo - 1]) if lo else 0
                prev = [w for w in by_start[lo : bisect_right(firsts, c.start)] if w is not c]
                if not _alone_weekday(p, self.text, c, starts, prev):
                    last = max(last, c.start)
            self.__dict__["_after"] = (last, [(c, *_tensed(c, p)) for c in wd if c.start > last])
        return self.__dict__["_after"]

    def _days(self, published: AnchorLike) -> list[date]:
        """The possible publication days of ``published`` (as ``rows`` reads them), kept for the next readings.

        >>> MentionReader("Hit on Monday.")._days("2021-07-07")
        [datetime.date(2021, 7, 7)]
        """
        if type(published) is date and published.year in PLAUSIBLE_YEARS:  # one plausible day: itself
            return [published]
        memo = self.__dict__.setdefault("_days_of", {})
        try:
            return list(memo[published])
        except (KeyError, TypeError):  # new, or not hashable (a list): read it
            days = _anchor_days(anchor_range(published), self.max_window_days)[1]
        try:
            memo[published] = tuple(days)
        except TypeError:
            pass
        return days

    def _listed(self, rows: list[tuple[int, int, V.Value, str]]) -> list[tuple[int, int, V.Value, str]]:
        """``_listed`` of the text, each span's answer kept for the next readings (it depends on the span and rule only).

        >>> MentionReader("Updated 2 years ago. Hit on Monday.")._listed([(8, 19, V.year(2019), "ago")])
        []
        """
        keep = self.__dict__.setdefault("_kept", {})
        out = []
        for r in rows:
            key = (r[0], r[1], r[3], r[2].type)
            if key not in keep:
                keep[key] = bool(_listed(self.text, [r]))
            if keep[key]:
                out.append(r)
        return out

    def weekdays_alone(self) -> bool:
        """True when ``weekday_rows`` reads every weekday alone (``_alone_weekday``), not from the whole reading.

        >>> MentionReader("Hit on Monday.").weekdays_alone(), MentionReader("Late Monday and early Tuesday.").weekdays_alone()
        (True, False)
        """
        return self._alone_weekdays() is not None

    def _alone_weekdays(self) -> list[tuple[Candidate, tuple[Any, ...], int, str]] | None:
        """The weekday expressions in reading order with their reading key, tense and rule (``_tensed``) when each
        reads alone (``_alone_weekday``), else None; found once.

        >>> [(c.start, rule) for c, _, _, rule in MentionReader("Hit on Monday, not Friday.")._alone_weekdays()]
        [(7, 'weekday'), (19, 'weekday')]
        >>> MentionReader("Late Monday and early Tuesday.")._alone_weekdays() is None
        True
        """
        if not self._alone_read:
            self._alone_read = True
            p = self.parsed
            wd = [c for c in p.cands if c.rule.startswith("weekday")]
            starts, by_start = _row_starts(p), sorted(wd, key=lambda c: c.start)
            firsts = [c.start for c in by_start]
            ok = True
            for c in wd:
                lo = bisect_left(firsts, c.start)  # the weekdays starting at the same offset or at the last one before
                lo = bisect_left(firsts, firsts[lo - 1]) if lo else 0
                prev = [w for w in by_start[lo : bisect_right(firsts, c.start)] if w is not c]
                if not _alone_weekday(p, self.text, c, starts, prev):
                    ok = False
                    break
            self._alone = [(c, *_tensed(c, p)) for c in wd] if ok else None
        return self._alone
