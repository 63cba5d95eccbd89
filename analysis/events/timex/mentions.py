"""``date_mentions``: every time expression of a text with its TimeML value, read against the publication date."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from functools import lru_cache
from operator import attrgetter
from typing import Any, Callable

import numpy as np
import pandas as pd

from . import values as V
from .absolute import absolute_value, clock_suffix, is_absolute
from .anchoring import placeholder, relative_value, uses_tense
from .focus import Focus, QuoteMarks
from .lexicon import PLAUSIBLE_YEARS, normalise, weekday_number
from .numeric import choose_reading, document_convention
from .scan import Candidate, scan
from .tense import DONE, FUTURE, IRREGULAR_PAST, PAST, UNTIL, clause_tense, cue_positions, sentence_index
from ...runtime import no_gc
from ...text.checks import require_text

__all__ = ["DATE_COLUMNS", "AnchorLike", "date_mentions", "date_records", "MentionReader", "to_date", "anchor_range"]

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


_APPOSED = re.compile(r"\s*(?:\(|,|\u2014|-)?\s*")


def _apposed_weekdays(norm: str, rows: list[tuple[int, int, V.Value, str]]) -> list[tuple[int, int, V.Value, str]]:
    """A weekday written just before a date of that weekday ('Saturday (20th January)', 'Friday, 5 May') takes its day.

    >>> r = [(0, 8, V.unknown("XXXX-WXX-6"), "weekday"), (10, 22, V.day(date(2024, 1, 20)), "date_dmy")]
    >>> _apposed_weekdays("Saturday (20th January)", r)[0][2].timex
    '2024-01-20'
    """
    out = list(rows)
    for i in range(len(rows) - 1):
        s, e, v, rule = rows[i]
        s2, _, v2, _ = rows[i + 1]
        if (not rule.startswith("weekday") or v.type != "DATE" or v2.precision != "day" or v2.earliest is None
                or v2.earliest == v.earliest):
            continue
        wd = v.earliest.weekday() if v.earliest is not None else int(v.timex[-1]) - 1 if v.timex[-1:].isdigit() else -1
        if v2.earliest.weekday() == wd and _APPOSED.fullmatch(norm, e, s2):  # the cheaper test first
            out[i] = (s, e, V.day(v2.earliest), rule + "_apposed")
    return out


_WEEKDAY_NAME = re.compile(r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day")
_AFTER_DATE = re.compile(r"\s*(?:,|\()\s*")  # between a date and the weekday written after it
#: where a weekday may follow a date (``_weekdays_after_dates``): a word or number (a date's year, day or month), then
#: ', ' or ' ('
_DATE_BEFORE = re.compile(r"[\w.]\s*[,(]\s*$")


def _weekdays_after_dates(norm: str, rows: list[tuple[int, int, V.Value, str]]) -> list[tuple[int, int, V.Value, str]]:
    """A weekday written just after a date of that weekday ('7 February 2024, Wednesday', 'May 6 (Friday)') is part of
    the date's expression, one DATE, as 'Wednesday, 7 February 2024' is (the span takes in the weekday).

    >>> r = [(0, 15, V.day(date(2024, 2, 7)), "date_dmy"), (17, 26, V.day(date(2024, 2, 14)), "weekday")]
    >>> [(s, e, v.timex) for s, e, v, _ in _weekdays_after_dates("7 February 2024, Wednesday |", r)]
    [(0, 26, '2024-02-07')]
    >>> len(_weekdays_after_dates("7 February 2024, Thursday", [r[0], (17, 25, V.day(date(2024, 2, 8)), "weekday")]))
    2
    """
    out: list[tuple[int, int, V.Value, str]] = []
    for row in rows:
        s, e, _, rule = row
        if out and rule.startswith("weekday") and _WEEKDAY_NAME.fullmatch(norm, s, e):
            ps, pe, pv, prule = out[-1]
            if (prule.startswith("date_") and pv.type == "DATE" and pv.precision == "day" and pv.earliest is not None
                    and _AFTER_DATE.fullmatch(norm, pe, s) and pv.earliest.weekday() == weekday_number(norm[s:e])):
                closed = "(" in norm[pe:s] and norm[e : e + 1] == ")"
                out[-1] = (ps, e + closed, pv, prule)
                continue
        out.append(row)
    return out


_VERB = r"(?:said|says|told|reported|announced|stated|added|declared|wrote|tweeted|posted|noted|confirmed)"
#: between a closing quotation mark and the day: '," the army said on ', '," Col. Smith told reporters on ' 
_SAID_AFTER = re.compile(r"(?i)[,\s]*(?:[^,;:!?\"\u201c\u201d\n]{0,60}?\s)?" + _VERB + r"(?:\s+[\w'’-]+){0,3}?\s+(?:on\s+)?")
#: between the day and an opening quotation mark: ', said: ' ('X, on Wednesday, said: "...')
_SAID_BETWEEN = re.compile(r"(?i)[,\s]*" + _VERB + r"[\s,:]*")
_SAID_BEFORE = re.compile(r"(?i)\b" + _VERB + r"\s+(?:on\s+)?$")  # 'said on Monday: "...'
_CLOSING = re.compile(r'\u201d|"|\'\'|\n\n')


def _said_day(norm: str, rows: list[tuple[int, int, V.Value, str]], i: int, opening: int) -> date | None:
    """The day of the attribution of the quotation holding row ``i``: '"...," the army said on Tuesday', 'X, on
    Wednesday, said: "...', 'X said on Monday: "...' (the reporting verb joined to the day; else None).

    >>> r = [(20, 25, V.day(date(2023, 11, 22)), "day_word"), (45, 52, V.day(date(2023, 11, 21)), "weekday")]
    >>> _said_day('"A drone hit a base today," the army said on Tuesday.', r, 0, 0)
    datetime.date(2023, 11, 21)
    """
    close = _CLOSING.search(norm, rows[i][1], rows[i][1] + 800)  # bounded: linear time on an unclosed quotation
    said = []
    if close is not None and close.group() != "\n\n" and i + 1 < len(rows):
        r = rows[i + 1]
        said += [r] if _SAID_AFTER.fullmatch(norm, close.end(), r[0]) else []
    if i > 0 and rows[i - 1][1] <= opening:
        r = rows[i - 1]
        said += [r] if _SAID_BETWEEN.fullmatch(norm, r[1], opening) or (
            re.fullmatch(r"[,\s:]*", norm[r[1] : opening]) and _SAID_BEFORE.search(norm, max(0, r[0] - 25), r[0])) else []
    for r in said:
        if r[3].startswith(("weekday", "date_")) and r[2].precision == "day":
            return r[2].earliest
    return None


_QUOTE_ENDS = re.compile(r'(?:["\u201d][.]?|[.]["\u201d])\s*$')  # a paragraph ending with a quotation


def _opens_paragraph(norm: str, opening: int) -> bool:
    """True when the quotation mark at ``opening`` starts a paragraph (only spaces between it and a line break).

    >>> _opens_paragraph('He said so.\\n\\n"Go."', 13), _opens_paragraph('He said "go."', 8)
    (True, False)
    """
    line = norm.rfind("\n", max(0, opening - 8), opening)
    return line >= 0 and not norm[line + 1 : opening].strip()


def _said_before_paragraph(norm: str, rows: list[tuple[int, int, V.Value, str]], i: int) -> date | None:
    """The day of an attribution in the paragraph before row ``i``'s when that paragraph ends with a quotation:
    'The warden said Monday that he had shut "the gates".' then a paragraph '"... today's storm ..."' goes on with his words.

    >>> r = [(9, 17, V.day(date(2023, 3, 23)), "weekday"), (35, 40, V.day(date(2023, 3, 24)), "day_word")]
    >>> _said_before_paragraph('Kay said Thursday: "No."\\n\\n"It came today."', r, 1)
    datetime.date(2023, 3, 23)
    """
    top = norm.rfind("\n", max(0, rows[i][0] - 600), rows[i][0])  # bounded: linear time
    if top < 0 or not _QUOTE_ENDS.search(norm, max(0, top - 4), top):
        return None
    start = norm.rfind("\n", max(0, top - 1200), max(0, top - 1)) + 1  # the paragraph before (within 1200 characters)
    for s, _, v, rule in reversed(rows[max(0, i - 8) : i]):
        if s < start:
            break
        if rule.startswith(("weekday", "date_")) and v.precision == "day" and _SAID_BEFORE.search(norm, max(0, s - 25), s):
            return v.earliest
    return None


def _quoted_today_said(norm: str, rows: list[tuple[int, int, V.Value, str]],
                       marks: Callable[[], QuoteMarks] | None = None) -> list[tuple[int, int, V.Value, str]]:
    """'today' inside a quotation attributed to an earlier day in the same sentence ('"... hit today," the army said on
    Tuesday' in a Wednesday story) is the day the words were said (one to seven days before the day it had).

    >>> r = [(20, 25, V.day(date(2023, 11, 22)), "day_word"), (45, 52, V.day(date(2023, 11, 21)), "weekday")]
    >>> _quoted_today_said('"A drone hit a base today," the army said on Tuesday.', r)[0][2].timex
    '2023-11-21'
    """
    out = list(rows)
    for i, (s, e, v, rule) in enumerate(rows):
        if not rule.startswith("day_word") or v.earliest is None or not norm[s:e].lower().startswith("today"):
            continue
        near = [r[2].earliest for r in rows[max(0, i - 1) : i + 2] if r[3].startswith(("weekday", "date_"))]
        before = _said_before_paragraph(norm, rows, i)
        if before is None and not any(d is not None and 1 <= (v.earliest - d).days <= 7 for d in near):
            continue  # no earlier day next to it (checked first: finding the quotation costs a scan)
        marks = marks or (lambda q=QuoteMarks(norm): q)  # the quotation marks, read once for every 'today'
        opening = marks().opening(s)
        said = _said_day(norm, rows, i, opening) if opening is not None else None
        said = before if said is None and opening is not None and _opens_paragraph(norm, opening) else said
        if said is not None and 1 <= (v.earliest - said).days <= 7:
            out[i] = (s, e, V.day(said), "day_word_quoted_on_said_day")
    return out


@lru_cache(maxsize=64)  # a text read against several publication days (``MentionReader``) asks the same again
def _has_any(norm: str, words: tuple[str, ...]) -> bool:
    """True when any of the lower-case ``words`` occurs in the text in any case (plain substring scans, fast in C).

    >>> _has_any("Late on Monday", ("earl", "late")), _has_any("On Monday", ("earl", "late"))
    (True, False)
    """
    low = norm.lower()
    return any(w in low for w in words)


_PART_OF = re.compile(r"(?i)(?<![\w])(?:the\s+(?P<part>morning|afternoon|evening|night|(?:early|small|wee|pre-?dawn|(?:early\s+|late\s+)?(?:morning|evening|night))\s+hours)\s+of"
                      r"|(?:(?:early|late|mid)[\s-]+|(?<=\bat\s)|(?<=\bby\s)|(?<=\buntil\s))(?P<bare>morning|afternoon|evening|night)"
                      r"|(?P<point>dawn|daybreak|dusk|sunrise|sunset|overnight(?:\s+(?:on|into))?|pre-?dawn(?:\s+hours)?))\s+$")
_EVERY = re.compile(r"(?i)\b(?:every|each|per|a)\s+$")
_PART_CODE = {"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI", "dawn": "MO", "daybreak": "MO",
              "dusk": "EV", "sunrise": "MO", "sunset": "EV", "overnight": "NI"}


def _parts_of_days(norm: str, rows: list[tuple[int, int, V.Value, str]]) -> list[tuple[int, int, V.Value, str]]:
    """'mid-afternoon yesterday', 'late morning Friday', 'dawn Friday': one TIME of that day (TimeML), its span including
    the part of the day (a bare part only with 'early', 'late', 'mid' or after 'at', 'by', 'until', or a dawn, dusk or
    'overnight', and only before a weekday or 'yesterday', 'today', 'tomorrow': not "a good night Tuesday", "opening night
    Monday"), and 'the early hours of Sunday', 'the small hours of 4 May'. In 'the evening of 18 February', 'the night of
    Oct. 23' the day stays a DATE of its own, as AQUAINT and the attack layers tag it (2 of 2 and 1 of 1).

    >>> day = V.day(date(2023, 2, 18))
    >>> [(s, v.timex, v.type) for s, _, v, _ in _parts_of_days("It hit at dawn yesterday", [(15, 24, day, "day_word")])]
    [(10, '2023-02-18TMO', 'TIME')]
    >>> [(s, v.timex, v.type) for s, _, v, _ in _parts_of_days("It hit on the evening of 18 February", [(25, 36, day, "date_dmy")])]
    [(25, '2023-02-18', 'DATE')]
    """
    if not _has_any(norm, ("morning", "afternoon", "evening", "night", "hours", "dawn", "daybreak", "dusk", "sunrise", "sunset")):
        return rows  # no part of a day anywhere: nothing to join (one scan of the text instead of one per row)
    out = []
    for s, e, v, rule in rows:
        m = _PART_OF.search(norm, max(0, s - 30), s) if v.type == "DATE" and v.precision == "day" and v.value else None
        if m is not None and (m["point"] or "").lower().startswith("overnight "):
            if out and out[-1][0] >= m.start() and out[-1][1] <= s and out[-1][2].type == "TIME":
                out.pop()  # "overnight on Feb. 23": that night, dated by its day, not the night before the report
            m = None  # (the day stays a DATE of its own, as the development layers tag it)
        if m is not None and (m["bare"] or m["point"]) and (not rule.startswith(("weekday", "day_word"))
                                                            or _EVERY.search(norm, max(0, m.start() - 8), m.start())):
            m = None  # "every morning Monday through Friday": a recurring time
        if m is not None and m["part"] and not m["part"].lower().endswith("hours"):
            m = None  # "the night of Oct. 23": the day stays a DATE of its own (the development layers tag it)
        if m is not None and out and out[-1][0] >= m.start() and out[-1][1] <= s and out[-1][2].type == "TIME":
            out.pop()  # "overnight" read alone before its weekday: one TIME with it
        if m is not None and (not out or out[-1][1] <= m.start()):
            words = (m["part"] or m["bare"] or m["point"]).lower().split()
            code = next((_PART_CODE[w] for w in words if w in _PART_CODE), "NI")  # "the early hours of": night
            out.append((m.start(), e, v.as_time(code), rule + "_part_of_day"))
        else:
            out.append((s, e, v, rule))
    return out


#: a modifier before a day: 'early', 'late', 'mid' ('late Friday'), or 'the late hours of', which is 'late' told at
#: length (the DATE 'the late hours of Sunday', mod END; 'the early hours of' and 'the late evening hours of' name a
#: part of the day: TIMEs, ``_PART_OF``)
_DAY_MOD = re.compile(r"(?i)(?<![\w-])(?:(?P<mod>early|late|mid|earlier|later)[\s-]+|the\s+(?P<hours>late)\s+hours\s+of\s+)$")
_DAY_MOD_REACH = 24  # characters ``_DAY_MOD`` is looked for in before a day ('the late hours of ' and some spaces)
_MOD_CODE = {"early": "START", "late": "END", "mid": "MID", "earlier": "", "later": ""}


def _day_modifiers(norm: str, rows: list[tuple[int, int, V.Value, str]]) -> list[tuple[int, int, V.Value, str]]:
    """'early Tuesday', 'late yesterday', 'late Friday night', 'the late hours of Sunday': the modifier joins the span
    as a TimeML mod ('earlier today', 'later tomorrow': one span, no mod).

    >>> r = [(16, 23, V.day(date(2024, 1, 23)), "weekday")]
    >>> [(s, v.timex, v.mod) for s, _, v, _ in _day_modifiers("Drones hit late Tuesday", r)]
    [(11, '2024-01-23', 'END')]
    >>> r = [(32, 39, V.day(date(2024, 1, 23)), "weekday")]
    >>> [(s, v.timex, v.mod) for s, _, v, _ in _day_modifiers("Drones hit in the late hours of Tuesday", r)]
    [(14, '2024-01-23', 'END')]
    """
    if not _has_any(norm, ("earl", "late", "mid")):
        return rows
    out = []
    for s, e, v, rule in rows:
        m = _DAY_MOD.search(norm, max(0, s - _DAY_MOD_REACH), s) if rule.startswith(("weekday", "day_word")) and not v.mod else None
        mod = (m["mod"] or m["hours"]).lower() if m is not None else ""
        if m is not None and mod in {"earlier", "later"} and not rule.startswith("day_word"):
            m = None  # "earlier today" is one expression; "later Tuesday" is left as it was
        if m is not None and v.precision == "day" and (not out or out[-1][1] <= m.start()):
            out.append((m.start(), e, v.with_mod(_MOD_CODE[mod]), rule))
        else:
            out.append((s, e, v, rule))
    return out


#: the words joining two days of one month: 'and', 'or', or a range's 'to', 'through', 'until' ('January 12 to 27')
_DAY_JOIN = r"(?:and|or|&|to|through|thru|until|till)"
_DAY_JOIN_WORDS = (" and ", " or ", "&", " to ", " through ", " thru ", " until ", " till ")  # ``_has_any`` gate
_NEXT_DAY = re.compile(r"\s+" + _DAY_JOIN + r"\s+(?P<d>[0-3]?\d)(?![.,]\d)(?:st|nd|rd|th)?(?:,\s+(?P<y>1[89]\d\d|20\d\d))?"
                       r"(?=\s*(?:[,.;:)]|$)|\s+(?:and|or|but|at|in|to|when|with|for)\b)")
_PREV_DAY = re.compile(r"(?i)\b(?:on|between|from)\s+(?P<d>[0-3]?\d)(?:st|nd|rd|th)?\s+" + _DAY_JOIN + r"\s+$")


def _conjoined_days(norm: str, rows: list[tuple[int, int, V.Value, str]]) -> list[tuple[int, int, V.Value, str]]:
    """'April 24 and 25', '3 and 4 May', 'from January 12 to 27': the bare day joined to a month-day is a DATE of its
    own in that month (TimeML: each end of a range is a DATE; not '4' in 'May 3 and 4,000 people').

    >>> r = [(3, 11, V.day(date(1999, 4, 24)), "date_mdy")]
    >>> [(s, e, v.timex) for s, e, v, _ in _conjoined_days("on April 24 and 25.", r)]
    [(3, 11, '1999-04-24'), (16, 18, '1999-04-25')]
    >>> [v.timex for *_, v, _ in _conjoined_days("On November 9 and 11, a drone hit it.", [(3, 13, V.unknown("XXXX-11-09"), "date_mdy")])]
    ['XXXX-11-09', 'XXXX-11-11']
    >>> [v.timex for *_, v, _ in _conjoined_days("from January 12 to 27, and on May 3 to 4,000 people", [
    ...     (5, 15, V.day(date(2023, 1, 12)), "date_mdy"), (35, 40, V.day(date(2023, 5, 3)), "date_mdy")])]
    ['2023-01-12', '2023-01-27', '2023-05-03']
    """
    out = list(rows)
    for i, (s, e, v, rule) in enumerate(rows):
        if not rule.startswith(("date_mdy", "date_dmy")) or v.mod:
            continue
        day = v.earliest if v.precision == "day" else _undated_day(v.timex)
        if day is None:
            continue
        m = _NEXT_DAY.match(norm, e) if rule.startswith("date_mdy") else _PREV_DAY.search(norm, max(0, s - 20), s)
        if m is None or int(m["d"]) == day.day:
            continue
        try:
            first = day.replace(year=int(m["y"])) if m.groupdict().get("y") else day
            second = first.replace(day=int(m["d"]))
        except ValueError:  # no such day in that month
            continue
        if first != day:  # "May 3 and 4, 2001": the year after the second day is both days' year
            out[i] = (s, e, V.day(first), rule + "_year_after")
        value = V.day(second) if v.earliest is not None or first != day else V.unknown(f"XXXX-{second:%m-%d}")
        out.append((m.start("d"), m.end("y") if m.groupdict().get("y") else m.end("d"), value, rule + "_conjoined"))
    if len(out) == len(rows) and all(a[0] <= b[0] for a, b in zip(rows, rows[1:])):
        return out  # nothing joined: the rows as they were, still in order
    joined = [(a, b) for a, b, _, r in out if r.endswith("_conjoined")]
    return sorted((r for r in out if r[3].endswith("_conjoined") or not any(a <= r[0] and r[1] <= b for a, b in joined)),
                  key=lambda r: r[0])


def _undated_day(timex: str) -> date | None:
    """The month and day of a month-day without a year ('XXXX-11-09'), in a leap year; else None.

    >>> _undated_day("XXXX-11-09"), _undated_day("XXXX-WXX-2")
    (datetime.date(2000, 11, 9), None)
    """
    m = re.fullmatch(r"XXXX-(\d\d)-(\d\d)", timex)
    try:
        return date(2000, int(m[1]), int(m[2])) if m else None
    except ValueError:
        return None


#: between two weekdays of one span of days: ' and ', ' night and early ', ' to '
_NEXT_WEEKDAY_GAP = re.compile(r"(?i)(?:\s+(?:morning|afternoon|evening|night))?\s*(?:,\s*)?(?:and|to|through|into|or|-)\s+"
                               r"(?:(?:early|late)\s+(?:on\s+)?)?")


def _next_weekdays(norm: str, rows: list[tuple[int, int, V.Value, str]]) -> list[tuple[int, int, V.Value, str]]:
    """'late Thursday and early Friday': a weekday joined to the weekday before it is the day after that one, even when
    the first is the publication day (the second then lies after it, not a week before).

    >>> r = [(5, 13, V.day(date(2020, 3, 12)), "weekday"), (24, 30, V.day(date(2020, 3, 6)), "weekday")]
    >>> [v.timex for _, _, v, _ in _next_weekdays("late Thursday and early Friday", r)]
    ['2020-03-12', '2020-03-13']
    """
    out = list(rows)
    for i in range(1, len(rows)):
        s1, e1, v1, r1 = out[i - 1]
        s, e, v, rule = rows[i]
        if (r1 == "weekday" and rule == "weekday" and v1.earliest is not None and v.earliest is not None
                and v.earliest.weekday() == (v1.earliest.weekday() + 1) % 7 and v.earliest < v1.earliest
                and _NEXT_WEEKDAY_GAP.fullmatch(norm, e1, s)):
            out[i] = (s, e, V.day(v1.earliest + timedelta(days=1)), rule + "_after_joined_weekday")
    return out


_DAY_STEP = re.compile(r"(?i)(?<![\w])(?:the|a)\s+day\s+(?P<dir>before|after)\s+$")


def _day_before_after(norm: str, rows: list[tuple[int, int, V.Value, str]]) -> list[tuple[int, int, V.Value, str]]:
    """'the day before Tuesday', 'the day after Christmas': one DATE, the named day stepped by one (TimeML anchoring).

    >>> r = [(15, 27, V.day(date(2000, 2, 22)), "weekday")]
    >>> [(s, v.timex) for s, _, v, _ in _day_before_after("The day before last Tuesday", r)]
    [(0, '2000-02-21')]
    """
    out = []
    for s, e, v, rule in rows:
        m = _DAY_STEP.search(norm, max(0, s - 16), s) if v.precision == "day" and v.earliest is not None else None
        if m is None or (out and out[-1][1] > m.start()):
            out.append((s, e, v, rule))
            continue
        step = timedelta(days=-1 if m["dir"].lower() == "before" else 1)
        out.append((m.start(), e, V.day(v.earliest + step), rule + "_day_" + m["dir"].lower()))  # type: ignore[operator]
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
