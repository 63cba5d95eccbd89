"""``date_mentions``: every time expression of a text with its TimeML value, read against the publication date."""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from functools import lru_cache
from operator import attrgetter
from typing import Any

import numpy as np
import pandas as pd

from . import values as V
from .absolute import absolute_value, clock_suffix, is_absolute
from .anchoring import placeholder, relative_value, uses_tense
from .focus import Focus, QuoteMarks
from .joins import (_DAY_JOIN_WORDS, _apposed_weekdays, _conjoined_days, _day_before_after, _day_modifiers, _has_any,
                    _next_weekdays, _parts_of_days, _quoted_today_said, _weekdays_after_dates)
from .lexicon import PLAUSIBLE_YEARS, normalise, weekday_number
from .numeric import choose_reading, document_convention
from .scan import Candidate, scan
from .tense import DONE, FUTURE, IRREGULAR_PAST, PAST, UNTIL, clause_tense, cue_positions, sentence_index
from ...runtime import no_gc
from ...text.checks import require_text

__all__ = ["DATE_COLUMNS", "AnchorLike", "date_mentions", "date_records", "to_date", "anchor_range"]

#: Columns of ``date_mentions`` output, in order.
DATE_COLUMNS: list[str] = [
    "start", "end", "text", "value", "precision", "rule", "earliest", "latest", "anchor", "timex", "type", "mod",
]

AnchorLike = date | str | tuple[date | str, date | str] | None
_TENSE_RULES = {"weekday", "date_mdy", "date_dmy", "month_name", "month_bare"}


#: the string dtype of the text columns (python storage, pd.NA), the same whether pyarrow is installed or not
_STR = pd.StringDtype("python")


def _is_missing(value: Any) -> bool:
    """True for None, NaN, NaT and pd.NA (scalars only)."""
    if value is None:
        return True
    if isinstance(value, (tuple, list)):
        return False
    try:
        return bool(pd.isna(value))
    except (TypeError, ValueError):
        return False


def to_date(value: Any) -> date | None:
    """A date from a date, Timestamp or ISO string (None for missing values and intervals).

    >>> to_date("2021-07-07T10:00"), to_date(None), to_date("2021-07-01/2021-07-09")
    (datetime.date(2021, 7, 7), None, None)
    """
    if _is_missing(value) or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, pd.Timestamp):
        return value.date()
    if isinstance(value, date):
        return date(value.year, value.month, value.day)
    s = str(value).strip()
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}/\d{4}-\d{2}-\d{2}", s):
        return None
    return date.fromisoformat(s[:10])


_ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}(?:[T ][\d:.,+\-Z ]*)?")  # a day, maybe with a clock time and zone
_ANCHOR_FORMS = ("a date, an ISO date string ('2021-07-07' or '2021-07-01/2021-07-09'), "
                 "an (earliest, latest) pair or None")


def _anchor_day(value: Any, name: str) -> date | None:
    """One publication day from a date or ISO string; TypeError/ValueError naming ``name`` for anything else."""
    if isinstance(value, np.datetime64):
        value = pd.Timestamp(value)
    if not _is_missing(value) and not isinstance(value, (str, date)):
        raise TypeError(f"{name} must be {_ANCHOR_FORMS}, got {type(value).__name__}")
    readable = not isinstance(value, str) or not value.strip() or bool(_ISO_DAY.fullmatch(value.strip()))
    try:
        d = to_date(value) if readable else None
    except ValueError:  # e.g. '2021-02-30'
        readable = False
    if not readable:
        raise ValueError(f"{name} is not a date: {value!r} (expected {_ANCHOR_FORMS})")
    if d is not None and d.year not in PLAUSIBLE_YEARS:
        raise ValueError(f"{name} {d.isoformat()} is outside the plausible years "
                         f"{PLAUSIBLE_YEARS.start}-{PLAUSIBLE_YEARS.stop - 1}: pass None when the date is unknown")
    return d


def anchor_range(published: AnchorLike, name: str = "published") -> tuple[date, date] | None:
    """The publication date as an (earliest, latest) range from a date, ISO string, 'a/b' string or pair.

    Anything else raises TypeError (a wrong type) or ValueError (not a date, or a year outside
    ``PLAUSIBLE_YEARS``) naming the argument ``name``.

    >>> anchor_range("2021-07-07"), anchor_range(("2021-07-09", "2021-07-08"))[0]
    ((datetime.date(2021, 7, 7), datetime.date(2021, 7, 7)), datetime.date(2021, 7, 8))
    >>> anchor_range("yesterday")  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    ValueError: published is not a date: 'yesterday' (expected a date, an ISO date string ...)
    """
    if _is_missing(published):
        return None
    if isinstance(published, tuple):
        if len(published) != 2:
            raise TypeError(f"{name} must be {_ANCHOR_FORMS}, got a tuple of {len(published)}")
        lo, hi = (_anchor_day(p, name) for p in published)
        if lo is None or hi is None:
            return None
        return (lo, hi) if lo <= hi else (hi, lo)
    if isinstance(published, str) and re.fullmatch(r"\s*\d{4}-\d{2}-\d{2}\s*/\s*\d{4}-\d{2}-\d{2}\s*", published):
        lo_s, hi_s = published.split("/")
        return anchor_range((lo_s.strip(), hi_s.strip()), name)
    d = _anchor_day(published, name)
    return (d, d) if d else None


@dataclass
class _Parsed:
    """What every reading of one text shares, whatever its publication day: the expressions found and the tense cues."""

    norm: str
    cands: list[Candidate]
    doc_convention: str | None
    full_dates: list[tuple[int, int, int, date]]
    memo_abs: dict[tuple[str, str], V.Value] = field(default_factory=dict)
    cues: list[int] | None = None  # future-cue offsets, found on the first mention whose reading depends on tense
    tense_memo: dict[Any, int] = field(default_factory=dict)
    tense_at: dict[tuple[int, int, bool], int] = field(default_factory=dict)  # ``_capped_tense`` by mention
    tense_runs: dict[int, tuple[int, int]] = field(default_factory=dict)  # by sentence: tenses computed, the last one
    sentences: tuple[list[int], list[int]] | None = None  # sentence boundaries, found when first needed
    marks: QuoteMarks | None = None  # the quotation marks, once a reading has needed them
    tensed: dict[int, tuple[Any, ...]] = field(default_factory=dict)  # ``_tensed`` and ``_groups`` by id of candidate


def _parse(text: str) -> _Parsed:
    """The time expressions of ``text`` found once (``_read`` reads them against a publication day).

    >>> [c.data["_text"] for c in _parse("Rockets hit on Monday.").cands]
    ['Monday']
    """
    norm = _weekdays_capitalised(normalise(text))
    cands = scan(norm)
    for c in cands:
        c.data["_text"] = norm[c.start : c.end]
    return _Parsed(norm, cands, document_convention(cands), _full_dates(cands))


#: a weekday written in lower case after a word that makes it a day ("on saturday night", "since monday")
_LOWER_WEEKDAY = re.compile(r"\b(?:on|last|next|this|since|until|till|by|early|late|from|before|after)\s+"
                            r"(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b")


def _weekdays_capitalised(norm: str) -> str:
    """The text with lower-case weekdays after a preposition capitalised (same length), as the patterns read them.

    >>> _weekdays_capitalised("killed on saturday night")
    'killed on Saturday night'
    """
    if "day" not in norm:
        return norm
    return _LOWER_WEEKDAY.sub(lambda m: m.group()[:m.start(1) - m.start()] + m.group(1).capitalize(), norm)


@dataclass
class _Reading:
    """One reading of a parsed text: its possible publication days, the numeric convention, the focus."""

    p: _Parsed
    anchors: list[date]
    convention: str
    focus: Focus
    memo: dict[tuple[Any, ...], V.Value] = field(default_factory=dict)


def _numeric(c: Candidate, r: _Reading) -> tuple[V.Value, str]:
    """An all-digit date read by convention (invalid ones flagged)."""
    mid = r.anchors[len(r.anchors) // 2] if r.anchors else None
    d, why = choose_reading(c, r.convention, r.p.doc_convention, mid)
    if d is None:
        return V.invalid(), f"{c.rule}_invalid"
    return V.day(d), f"{c.rule}_{why}" if c.rule == "date_numeric" else c.rule


#: The Focus reading of each rule that is always read against a date the text mentioned.
_FOCUS_READERS = {"offset": Focus.offset, "anaphoric_day": Focus.anaphoric_day, "year_period": Focus.year_period,
                  "that_unit": Focus.that_unit, "the_year": Focus.the_year, "focus_quarter": Focus.same_quarter,
                  "quarter_latest": Focus.same_quarter, "months_period": Focus.months_period}
_FOCUS_RULES = frozenset(_FOCUS_READERS)


def _from_focus(c: Candidate, r: _Reading) -> tuple[V.Value, str] | None:
    """Readings against a date the text mentioned before (None when the rule does not use one or nothing applies).

    A chain of relative steps that leaves the calendar ('the next year' thousands of times) reads nothing.
    """
    try:
        return _focus_reading(c, r)
    except (ValueError, OverflowError):   # a shift past year 9999 (or before 1): no reading against the focus
        return None


def _focus_reading(c: Candidate, r: _Reading) -> tuple[V.Value, str] | None:
    """The reading of :func:`_from_focus`, which guards it against dates outside the calendar."""
    f = r.focus
    reader = _FOCUS_READERS.get(c.rule)
    if reader is not None:
        return reader(f, c)
    if c.rule == "ago":
        return f.comparison_base(c)
    if c.rule == "rel_unit":
        return f.this_quarter(c) or f.last_year_compared(c) or f.previous_unit(c)
    if c.rule == "weekday" and "the" in c.data:
        return f.weekday_around(c)
    if c.rule == "day_word":
        return f.quoted_today(c)
    if c.rule == "month_day_ord" and not c.data.get("rel"):
        return f.day_of_month_in_focus(c)
    if c.rule in {"date_mdy", "date_dmy"} and not {"year", "bad_year", "yy"} & c.data.keys():
        return f.dated_month_day(c)
    if c.rule == "quarter" and not is_absolute(c) and not {"rel", "q", "ya"} & c.data.keys():
        return f.same_quarter(c)
    return None


#: an act of violence a date names right after it ("the January 17 car bombing", "the Oct. 7 attacks"): past, whatever
#: tense the sentence is in ("This article will review the January 17 bombing")
_NAMES_AN_ATTACK = re.compile(r"(?:['’]s)?\s+(?:[\w-]+\s+){0,2}?(?:attacks?|bombings?|strikes?|airstrikes?|raids?|massacres?|"
                              r"shootings?|explosions?|blasts?|ambush(?:es)?|assaults?|killings?)\b", re.I)


#: a determiner right before a day word used as an adjective ("an overnight raid", "the earlier overnight attack")
_ATTRIBUTIVE_BEFORE = re.compile(r"(?i)\b(?:an?|the|its|their|earlier)\s+(?:earlier\s+)?$")


def _tensed(c: Candidate, p: _Parsed) -> tuple[tuple[Any, ...], int, str]:
    """The reading key, tense and rule of a relative expression, the same whatever the publication day.

    >>> _tensed(_parse("It hit on Monday.").cands[0], _parse("It hit on Monday."))[2]
    'weekday'
    """
    tense = PAST
    if c.rule == "day_word" and uses_tense(c) and _ATTRIBUTIVE_BEFORE.search(p.norm, max(0, c.start - 12), c.start):
        tense = UNTIL  # "an overnight gun attack": the night that ends on the day told, not the one before
    elif uses_tense(c) and _NAMES_AN_ATTACK.match(p.norm, c.end):
        tense = DONE   # "the January 17 car bombing": a past event's day, whatever tense the sentence is in
    elif uses_tense(c):
        day = c.rule in {"weekday", "date_mdy", "date_dmy", "holiday", "month_day_ord", "weekend"}
        tense = _capped_tense(p, c.start, c.end, day)
    rule = c.rule + ("_future" if tense == FUTURE and c.rule in _TENSE_RULES else "")
    return (c.rule, tense, c.data["_text"], "_reported" in c.data), tense, rule  # the words fix the groups of a rule


#: 'soon' told of a past time: 'was (too) soon', 'too soon to tell', or before a simple past verb ('soon became'; the
#: pattern already leaves out 'soon' before an -ed form)
_SOON_BEFORE = re.compile(r"(?i)\b(?:too|was|were)\s+$")
_SOON_PAST_VERB = re.compile(rf"(?i)\s+(?:{'|'.join(sorted(IRREGULAR_PAST))})\b")


def _soon_in_past(c: Candidate, p: _Parsed) -> bool:
    """True for 'soon' told of a past time ('the trickle soon became a flood', 'it was too soon to tell'): soon
    after a past event, or a judgement, not a time to come after publication, so no FUTURE_REF (``patterns`` has
    the counts).

    >>> p = _parse("The trickle soon became a flood; it is too soon to tell; prices will soon fall.")
    >>> [_soon_in_past(c, p) for c in p.cands]
    [True, True, False]
    """
    if c.rule != "vague_word" or c.data["w"][:4].lower() != "soon":
        return False
    return bool(_SOON_BEFORE.search(p.norm, max(0, c.start - 6), c.start) or _SOON_PAST_VERB.match(p.norm, c.end))


def _day_tense(p: _Parsed, start: int, end: int) -> int:
    """``clause_tense`` of the mention at ``start:end`` read as a day, with the text's cues, sentences and memo.

    >>> p = _parse("Talks will resume on Tuesday."); _day_tense(p, 21, 28) == FUTURE
    True
    """
    return _capped_tense(p, start, end, True)


#: tense-dependent mentions of one sentence whose clause tense is computed (at most 9 in the real text of TempEval-3,
#: PolNeAR and the attack development samples); past them, a sentence is a list or a generated string, not prose
_TENSE_CAP = 16


def _capped_tense(p: _Parsed, start: int, end: int, day: bool) -> int:
    """``clause_tense`` of a mention, with the text's cues, sentences and memo; in a sentence that already had
    ``_TENSE_CAP`` of them computed, the tense of the last one computed (constant work per mention, whatever the
    sentence holds).

    >>> p = _parse("Talks will resume on Tuesday. " + "Monday " * 40)
    >>> _capped_tense(p, 21, 28, True) == FUTURE, _capped_tense(p, 30 + 7 * 39, 36 + 7 * 39, True) == PAST
    (True, True)
    """
    key = (start, end, day)
    if key in p.tense_at:
        return p.tense_at[key]
    if p.cues is None:
        p.cues, p.sentences = cue_positions(p.norm), _sentence_bounds(p)
    k = bisect_right(p.sentences[0], start)  # type: ignore[index]
    n, last = p.tense_runs.get(k, (0, PAST))
    tense = last if n >= _TENSE_CAP else clause_tense(p.norm, start, end, p.cues, p.tense_memo, day, p.sentences)
    p.tense_runs[k] = (n + 1, tense)
    p.tense_at[key] = tense
    return tense


def _sentence_bounds(p: _Parsed) -> tuple[list[int], list[int]]:
    """The text's ``sentence_index``, found once.

    >>> _sentence_bounds(_parse("It rained. Then it snowed."))
    ([11], [9])
    """
    if p.sentences is None:
        p.sentences = sentence_index(p.norm)
    return p.sentences


def _relative_value(c: Candidate, tense: int, anchors: list[date]) -> V.Value:
    """A relative expression's value against every possible publication day (one value when they agree).

    >>> _relative_value(Candidate(0, 6, "weekday", {"wd": "Monday", "_text": "Monday"}), PAST, [date(2021, 7, 7)]).timex
    '2021-07-05'
    """
    if not anchors:
        return _undated(c)
    if len(anchors) == 1:  # one day: its value (what ``consensus`` gives for one)
        return relative_value(c, anchors[0], tense)
    return V.consensus([relative_value(c, d, tense) for d in anchors], placeholder(c))


def _groups(c: Candidate) -> tuple[Any, ...] | None:
    """What ``relative_value`` reads of an expression: its rule and groups (None when they cannot be a dict key).

    >>> _groups(Candidate(3, 9, "weekday", {"wd": "Monday"}))
    ('weekday', (('wd', 'Monday'),))
    """
    out = (c.rule, tuple(c.data.items()))
    try:
        hash(out)
    except TypeError:
        return None
    return out


@lru_cache(maxsize=8192)  # texts of one period read the same expressions against the same days
def _day_value(groups: tuple[Any, ...], tense: int, day: date) -> V.Value:
    """``relative_value`` of an expression with these ``_groups`` read on one day.

    >>> _day_value(("weekday", (("wd", "Monday"),)), PAST, date(2021, 7, 7)).timex
    '2021-07-05'
    """
    return relative_value(Candidate(0, 0, groups[0], dict(groups[1])), day, tense)


def _relative(c: Candidate, r: _Reading) -> tuple[V.Value, str]:
    """A relative expression read against every possible publication day (one value when they agree)."""
    memo = r.p.tensed  # the same whatever the publication day: found once per expression of the text
    got = memo.get(id(c))
    if got is None:
        got = memo[id(c)] = (*_tensed(c, r.p), _groups(c))
    key, tense, rule, groups = got
    if key not in r.memo:  # the same expression in the same tense always reads the same ("Tuesday", "last week")
        one = len(r.anchors) == 1 and groups is not None
        r.memo[key] = _day_value(groups, tense, r.anchors[0]) if one else _relative_value(c, tense, r.anchors)
    return r.memo[key], rule


def _undated(c: Candidate) -> V.Value:
    """A relative expression read without a publication date: X placeholders; a part of a day stays a TIME
    ('tonight', 'Friday night').

    >>> _undated(Candidate(0, 9, "day_word", {"w": "last night"})).timex, _undated(Candidate(0, 5, "day_word", {"w": "today"})).type
    ('XXXX-XX-XXTNI', 'DATE')
    >>> _undated(Candidate(0, 12, "weekday", {"wd": "Friday", "part": "night"})).timex
    'XXXX-WXX-5TNI'
    >>> _undated(Candidate(0, 13, "vague_recent", {"unit": "months", "_text": "recent months"})).type  # as when dated
    'DURATION'
    """
    if c.rule.startswith("vague"):  # no calendar value either way: the dated reading's value and type, without bounds
        probe = relative_value(c, date(2000, 6, 15), PAST)
        return V.vague(probe.timex, type_=probe.type)
    probe = relative_value(c, date(2000, 6, 15), PAST) if c.rule == "day_word" or c.data.get("part") else None  # its part
    if probe is not None and probe.type == "TIME":
        return replace(V.unknown(placeholder(c) + probe.timex[10:]), type="TIME")  # 'tonight', 'overnight', 'this morning'
    return V.unknown(placeholder(c))


def _resolve(c: Candidate, r: _Reading) -> tuple[V.Value, str] | None:
    """Value and rule of one candidate (None: not a time expression after all, e.g. 'the quarter' with nothing in focus)."""
    if c.rule in {"date_numeric", "date_iso"}:
        return _numeric(c, r)
    found = _from_focus(c, r)
    if found is not None or c.rule in _FOCUS_RULES:
        return found
    if is_absolute(c):
        key = (c.rule, c.data["_text"])
        memo = r.p.memo_abs
        v = memo[key] if key in memo else memo.setdefault(key, absolute_value(c))
        mismatch = "wd" in c.data and v.earliest is not None and v.earliest.weekday() != weekday_number(c.data["wd"])
        return v, c.rule + ("_weekday_mismatch" if mismatch else "")
    return None if _soon_in_past(c, r.p) else _relative(c, r)


def _full_dates(cands: list[Candidate]) -> list[tuple[int, int, int, date]]:
    """(start, month, day, date) of every month-day written with its year, in text order (the day of each rule and
    groups read once: ``absolute_value`` reads nothing else).

    >>> _full_dates(scan("On 5 May 2020 and on 5 May 2020 again."))
    [(3, 5, 5, datetime.date(2020, 5, 5)), (21, 5, 5, datetime.date(2020, 5, 5))]
    """
    out = []
    days: dict[tuple[Any, ...], date | None] = {}
    for c in cands:
        if c.rule in {"date_mdy", "date_dmy"} and "year" in c.data:
            key = _groups(c)
            if key is None:
                d = absolute_value(c).earliest
            elif key in days:
                d = days[key]
            else:
                d = days[key] = absolute_value(c).earliest
            if d is not None:
                out.append((c.start, d.month, d.day, d))
    return out


def _anchor_days(anchors: tuple[date, date] | None, max_window_days: int) -> tuple[str, list[date]]:
    """The anchor column text and the list of possible publication days (empty when unknown or too wide)."""
    if anchors is None:
        return "", []
    if anchors[0] == anchors[1]:
        return anchors[0].isoformat(), [anchors[0]]
    n = (anchors[1] - anchors[0]).days
    days = [anchors[0] + timedelta(days=i) for i in range(n + 1)] if n <= max_window_days else []
    return f"{anchors[0].isoformat()}/{anchors[1].isoformat()}", days


def _records(text: str, rows: list[tuple[int, int, V.Value, str]], anchor: str) -> list[dict]:
    """The rows of ``_frame`` as dicts (the values ``DataFrame.to_dict("records")`` gives: int offsets, str or NA).

    >>> _records("on Monday", [(3, 9, V.Value("2021-07-05", "day", date(2021, 7, 5), date(2021, 7, 5), ""), "weekday")],
    ...          "2021-07-07")[0]["latest"]
    '2021-07-05'
    """
    na = pd.NA
    out = []
    for s, e, v, rule in rows:
        vals = (text[s:e], v.value, v.precision, rule, v.earliest.isoformat() if v.earliest is not None else "",
                v.latest.isoformat() if v.latest is not None else "", anchor, v.timex or v.value, v.type, v.mod)
        out.append({"start": int(s), "end": int(e), **{c: x if isinstance(x, str) else na
                                                         for c, x in zip(DATE_COLUMNS[2:], vals)}})
    return out


def _frame(text: str, rows: list[tuple[int, int, V.Value, str]], anchor: str) -> pd.DataFrame:
    """The output table from (start, end, value, rule) rows: int64 offsets and string columns (never missing values).

    >>> _frame("on Monday", [(3, 9, V.day(date(2021, 7, 5)), "weekday")], "2021-07-07")[["text", "earliest"]].values.tolist()
    [['Monday', '2021-07-05']]
    """
    starts, ends, vals, rules = (list(col) for col in zip(*rows)) if rows else ([], [], [], [])
    earliest, latest = list(map(_EARLIEST, vals)), list(map(_LATEST, vals))
    iso: dict[date | None, str] = {d: d.isoformat() for d in set(earliest).union(latest) if d is not None}
    iso[None] = ""
    cols = {
        "start": starts, "end": ends, "text": [text[s:e] for s, e in zip(starts, ends)], "value": list(map(_VALUE, vals)),
        "precision": list(map(_PRECISION, vals)), "rule": rules, "earliest": list(map(iso.__getitem__, earliest)),
        "latest": list(map(iso.__getitem__, latest)), "anchor": [anchor] * len(rows),
        "timex": [v.timex or v.value for v in vals], "type": list(map(_TYPE, vals)), "mod": list(map(_MOD, vals)),
    }
    return pd.DataFrame({c: np.array(cols[c], dtype=np.int64) if c in {"start", "end"} else pd.array(np.array(cols[c], dtype=object), dtype=_STR)
                         for c in DATE_COLUMNS})


#: the fields ``_frame`` reads of every value (C getters: no Python call per row)
_EARLIEST, _LATEST, _VALUE, _PRECISION, _TYPE, _MOD = (attrgetter(f) for f in ("earliest", "latest", "value", "precision", "type", "mod"))


def date_mentions(text: str, published: AnchorLike = None, convention: str = "auto", *, max_window_days: int = 62) -> pd.DataFrame:
    """One row per time expression: start, end, text, value, precision, rule, earliest, latest, anchor, timex, type, mod.

    ``published`` is the publication date (date or ISO string), an (earliest, latest) interval when
    only a window is known, or None (also '' or NaN: unknown); anything else, or a year outside
    ``PLAUSIBLE_YEARS``, raises TypeError/ValueError naming it; a ``text`` that is not a str raises
    TypeError. ``convention`` reads numeric dates: 'mdy' (US), 'dmy', or 'auto' (a part > 12 decides;
    else a weekday in the phrase, the document's other numeric dates, proximity to the publication
    date, then m/d). ``timex`` is the TIMEX3 value, ``type`` its TIMEX3 type.

    >>> df = date_mentions("On Wednesday, 14 rockets hit the base; last month a drone fell.", "2021-07-07")
    >>> df[["text", "value", "precision", "timex"]].values.tolist()
    [['Wednesday', '2021-07-07', 'day', '2021-07-07'], ['last month', '2021-06', 'month', '2021-06']]
    """
    text = require_text(text, "text")
    if convention not in {"auto", "mdy", "dmy"}:
        raise ValueError(f"convention must be 'auto', 'mdy' or 'dmy', got {convention!r}")
    with no_gc():  # many small objects per mention and no cycles: collecting them would cost a quarter of the time
        return _mentions(text, published, convention, max_window_days)


def date_records(text: str, published: AnchorLike = None, convention: str = "auto", *,
                 max_window_days: int = 62) -> list[dict]:
    """``date_mentions`` as a list of row dicts (no DataFrame), with the within-day anaphors kept to date incidents.

    >>> [(r["text"], r["value"]) for r in date_records("On Wednesday, rockets hit the base.", "2021-07-07")]
    [('Wednesday', '2021-07-07')]
    """
    text = require_text(text, "text")
    if convention not in {"auto", "mdy", "dmy"}:
        raise ValueError(f"convention must be 'auto', 'mdy' or 'dmy', got {convention!r}")
    with no_gc():
        return _records(text, *_rows(text, published, convention, max_window_days))


#: "earlier in the day", "later in the day": the day told before, which dates an incident (``date_records`` keeps
#: them), but not a TIMEX3 of their own (untagged in TimeBank/AQUAINT and in the attack development layers)
_WITHIN_DAY = re.compile(r"(?:earlier|later)\s+in\s+the\s+day", re.I)
_WITHIN_DAY_RULES = frozenset({"anaphoric_day", "anaphoric_day_of_publication"})  # told day, or the publication day


#: page furniture before a year: a copyright notice ("Copyright © 2010-2023", "(c) 2021"), whose years date the site,
#: not anything the report tells
_COPYRIGHT = re.compile(r"(?i)(?:\u00a9|\(c\)|\bcopyright\b|\bcopr\.)[\s\u00a9:]*(?:(?:1[89]|20)\d\d\s*[-\u2013\u2014/]\s*)?$")
#: page furniture before "N days ago": a page stamp ("Updated 2 years ago"), counted back from the reader's day
_STAMP = re.compile(r"(?i)\b(?:updated|published|posted|modified|edited|uploaded)(?:\s+on)?[\s:]*$")


def _furniture(text: str, start: int, end: int) -> bool:
    """True for a time expression of the page's furniture rather than its report: a copyright year, a stamp's "ago".

    >>> _furniture("Copyright \u00a9 2021 Foo", 12, 16), _furniture("Updated 2 years ago", 8, 19), _furniture("In 2021", 3, 7)
    (True, True, False)
    """
    digits, ago = text[start:end].isdigit(), text[end - 3 : end].lower() == "ago"
    if not (digits or ago):
        return False
    before = text[max(0, start - 40) : start]
    if digits and _COPYRIGHT.search(before):
        return True
    return ago and bool(_STAMP.search(before))


def _listed(text: str, rows: list[tuple[int, int, V.Value, str]]) -> list[tuple[int, int, V.Value, str]]:
    """The rows ``date_mentions`` lists: all but the within-day anaphors ('earlier in the day'), the day anaphors with no
    day to refer to ('that day' when the text told none: no TIMEX3 in the development layers, 0 of 2) and a page stamp's
    'N ago'. A copyright year is listed: it is a DATE the page writes (the development layers of stops 48-55 tag every
    one, 5 of 5).

    >>> len(_listed("Earlier in the day", [(0, 18, V.day(date(2021, 7, 5)), "anaphoric_day")]))
    0
    >>> len(_listed("earlier in the day", [(0, 18, V.day(date(2021, 7, 5)), "anaphoric_day_of_publication")]))
    0
    >>> len(_listed("on that day", [(3, 11, V.vague("XXXX-XX-XX"), "anaphoric_day_without_antecedent")]))
    0
    """
    return [r for r in rows if (r[3] not in _WITHIN_DAY_RULES or not _WITHIN_DAY.fullmatch(text, r[0], r[1]))
            and (r[3] != "anaphoric_day_without_antecedent" or r[2].type != "DATE") and
            not (_furniture(text, r[0], r[1]) and not text[r[0]:r[1]].isdigit())]


def _mentions(text: str, published: AnchorLike, convention: str, max_window_days: int) -> pd.DataFrame:
    """The body of ``date_mentions`` once its arguments are checked."""
    rows, anchor = _rows(text, published, convention, max_window_days)
    return _frame(text, _listed(text, rows), anchor)


def _rows(text: str, published: AnchorLike, convention: str, max_window_days: int
          ) -> tuple[list[tuple[int, int, V.Value, str]], str]:
    """(start, end, value, rule) rows of the time expressions of ``text``, sorted, and the anchor column text.

    >>> rows, anchor = _rows("Rockets hit the base on Monday.", "2021-07-07", "auto", 62)
    >>> [(s, e, v.timex, rule) for s, e, v, rule in rows], anchor
    ([(24, 30, '2021-07-05', 'weekday')], '2021-07-07')
    """
    anchor_txt, days = _anchor_days(anchor_range(published), max_window_days)
    return _read(_parse(text), days, convention), anchor_txt


def _read(p: _Parsed, days: list[date], convention: str, upto: int | None = None) -> list[tuple[int, int, V.Value, str]]:
    """The (start, end, value, rule) rows of a parsed text read against the possible publication ``days``, sorted
    (``upto``: only the first ``upto`` expressions, which read as in the whole text: the focus only looks back)."""
    norm = p.norm
    reading = _Reading(p, days, convention, Focus(norm, days, full_dates=p.full_dates, marks=p.marks,
                                                  tense=lambda start, end: _day_tense(p, start, end),
                                                  sentences=lambda: _sentence_bounds(p)))
    rows: list[tuple[int, int, V.Value, str]] = []
    note = reading.focus.note
    for c in p.cands if upto is None else p.cands[:upto]:
        resolved = _resolve(c, reading)
        if resolved is None:
            continue
        v, rule = resolved
        note(c, v)
        data = c.data
        if "weekof" in data and v.precision == "day" and v.earliest is not None:
            v, rule = V.week(v.earliest), rule + "_week"  # TimeML: "the week of March 6" is that ISO week
        if "_clock_joined" in data and v.precision == "day" and v.value:
            s, e = data["_clock_joined"]
            v, rule = v.as_time(clock_suffix(norm[s:e]) or "T"), rule + "_at_clock"
        rows.append((c.start, c.end, v, rule))
        if ("_clock" in data or "_clock2" in data) and v.precision == "day" and v.value:
            for s, e in (data[k] for k in ("_clock", "_clock2") if k in data):
                rows.append((s, e, v.as_time(clock_suffix(norm[s:e]) or "T"), "clock_time"))
    rows.sort(key=lambda r: r[0])
    rows = _conjoined_days(norm, rows) if _has_any(norm, _DAY_JOIN_WORDS) else rows
    rows = _next_weekdays(norm, rows) if _has_any(norm, (" and ", " to ", " through ", " into ", " or ", "-")) else rows
    rows = _day_before_after(norm, rows) if _has_any(norm, ("day before", "day after")) else rows
    rows = _quoted_today_said(norm, rows, reading.focus.quote_marks) if _has_any(norm, ("today",)) else rows
    p.marks = reading.focus.marks  # read once, kept for the next reading
    return _day_modifiers(norm, _parts_of_days(norm, _apposed_weekdays(norm, _weekdays_after_dates(norm, rows))))
