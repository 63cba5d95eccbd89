"""Finding time expressions: run each pattern near its key words, drop false readings, keep non-overlapping matches.

The cost is linear in the text: one tokenising pass finds the key words, each pattern runs only in
windows of ``MAX_SPAN`` characters around its keys, context checks look at most a sentence-sized
window, and overlap resolution marks characters once.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import defaultdict
from dataclasses import dataclass, field
from itertools import chain
from operator import attrgetter
from typing import Any, Callable, Iterator

import numpy as np

from .lexicon import SPELLED_DAYS, month_number
from .patterns import KEY_WORDS, MAX_SPAN, PATTERNS, Pattern

__all__ = ["Candidate", "candidates", "select", "scan"]

_TOKEN = re.compile(r"[A-Za-z]+|\d+")
_LOOKAROUND = 60  # characters a pattern's lookahead may read past its match


@dataclass(slots=True)
class Candidate:
    """A pattern match: span, rule, named groups (plus notes added by checks) and priority."""

    start: int
    end: int
    rule: str
    data: dict[str, Any] = field(default_factory=dict)
    priority: int = 0


_WORDS = re.compile(r"[A-Za-z]+")
# numbers by length, each regex starting with a digit so that the engine can skip to digits; a lookbehind after
# the digits rules out longer numbers ("2021" in "12021"); '#sep' starts only at a number's first digit and never
# backtracks, so that a long digit run costs linear time
_NUMBERS = {"#1": re.compile(r"\d(?!\d)(?<!\d\d)"), "#2": re.compile(r"\d\d(?!\d)(?<!\d{3})"),
            "#4": re.compile(r"\d{4}(?!\d)(?<!\d{5})"), "#sep": re.compile(r"(?<!\d)\d++(?=\s{0,4}[/.-]\s{0,4}\d)"),
            "#clock": re.compile(r"\d{1,2}(?=:\d\d|(?:[:.]\d\d)?\s*[AaPp]\.?\s?[Mm](?![a-z]))(?<!\d{3})")}

#: every key word that is a word of letters: each is a whole run of the letters a-z of lower-case text
#: (``key_positions`` reads the runs and looks them up)
_LETTER_KEYS = frozenset(k for k in KEY_WORDS if k.isalpha())
if any(not re.fullmatch(r"[a-z]+", k) for k in _LETTER_KEYS):
    raise ValueError("time-expression key words of letters must be lower-case a-z (key_positions reads runs of a-z)")
_RUN = re.compile(r"[a-z]+")
_DIGITS = re.compile(r"\d+")
#: what follows a number that '#sep' keys ("11/9", "2021-07"): as the lookahead of ``_NUMBERS['#sep']``
_SEP_AFTER = re.compile(r"\s{0,4}[/.-]\s{0,4}\d")
_RUN_KEYS = {1: "#1", 2: "#2", 4: "#4"}


def key_positions(norm: str) -> dict[str, list[int]]:
    """Offsets of every key word (lower case) in the text; numbers of one, two and four digits are keyed '#1', '#2',
    '#4', numbers followed by a separator and another number ("11/9", "2021-07") '#sep', clock hours '#clock'.

    >>> dict(key_positions("On Friday, 14 rockets; last week, 11/9/23 at 5 pm."))
    {'friday': [3], 'last': [23], 'week': [28], '#1': [37, 45], '#2': [11, 34, 39], '#sep': [34, 37], '#clock': [45]}
    """
    pos: dict[str, list[int]] = defaultdict(list)
    if norm.isascii() or "\u0130" not in norm and "\u212a" not in norm:  # the only letters that lower-case to ASCII
        for m in _RUN.finditer(norm.lower()):  # a key word is a whole run of a-z: the runs, looked up
            word = m.group()
            if word in _LETTER_KEYS:
                pos[word].append(m.start())
    else:
        for m in _WORDS.finditer(norm):
            low = m.group().lower()
            if low in KEY_WORDS:
                pos[low].append(m.start())
    for key, found in _number_keys(norm).items():
        if found:
            pos[key] = found
    return pos


def _number_keys(norm: str) -> dict[str, list[int]]:
    """Offsets of the numbers keyed '#1', '#2', '#4' and '#sep' (read from one pass over the digit runs: the same
    offsets as each expression of ``_NUMBERS``) and '#clock' (its own expression), in the order of ``_NUMBERS``.

    >>> _number_keys("14 rockets, 11/9/2023 at 5 pm")
    {'#1': [15, 25], '#2': [0, 12], '#4': [17], '#sep': [12, 15], '#clock': [25]}
    """
    out: dict[str, list[int]] = {"#1": [], "#2": [], "#4": [], "#sep": []}
    sep_after = _SEP_AFTER.match
    for m in _DIGITS.finditer(norm):
        a, b = m.span()
        key = _RUN_KEYS.get(b - a)
        if key is not None:
            out[key].append(a)
        if sep_after(norm, b):
            out["#sep"].append(a)
    out["#clock"] = [m.start() for m in _NUMBERS["#clock"].finditer(norm)]
    return out


def windows(offsets: list[int], size: int, reach: tuple[int, int] = (MAX_SPAN, MAX_SPAN)) -> list[tuple[int, int]]:
    """Merged windows around sorted key offsets: ``reach[0]`` characters before, ``reach[1]`` plus lookaround after.

    >>> windows([10, 50, 1000], 2000)
    [(0, 210), (900, 1160)]
    """
    if len(offsets) < 64:  # a few keys: a plain loop is cheaper than arrays
        out: list[tuple[int, int]] = []
        for x in offsets:
            lo, hi = max(0, x - reach[0]), min(size, x + reach[1] + _LOOKAROUND)
            if out and lo <= out[-1][1]:
                out[-1] = (out[-1][0], hi)
            else:
                out.append((lo, hi))
        return out
    at = np.asarray(offsets, dtype=np.int64)
    lo = np.maximum(at - reach[0], 0)
    hi = np.minimum(at + reach[1] + _LOOKAROUND, size)  # all windows have one width: hi is sorted like lo
    starts = np.flatnonzero(lo[1:] > hi[:-1]) + 1
    first = np.concatenate(([0], starts))
    last = np.concatenate((starts - 1, [len(at) - 1]))
    return list(zip(lo[first].tolist(), hi[last].tolist()))


def _offsets(keys: frozenset[str], pos: dict[str, list[int]]) -> list[int]:
    """Sorted offsets of any of ``keys`` (looked up from the smaller side: a short text has few keys).

    >>> _offsets(frozenset({"may", "june"}), {"june": [9], "may": [2], "last": [5]})
    [2, 9]
    """
    lists = [pos[k] for k in keys.intersection(pos)]
    return lists[0] if len(lists) == 1 else sorted(x for lst in lists for x in lst)


def near(offsets: list[int], others: list[int], before: int, after: int) -> list[int]:
    """The sorted ``offsets`` x that have one of the sorted ``others`` in [x - before, x + after].

    >>> near([5, 100, 300], [90, 310], 20, 5)
    [100]
    """
    if not others or not offsets:
        return []
    if len(offsets) < 64:
        out = []
        for x in offsets:
            i = bisect_left(others, x - before)
            if i < len(others) and others[i] <= x + after:
                out.append(x)
        return out
    at, ot = np.asarray(offsets, dtype=np.int64), np.asarray(others, dtype=np.int64)
    i = np.minimum(np.searchsorted(ot, at - before), len(ot) - 1)
    return at[(ot[i] >= at - before) & (ot[i] <= at + after)].tolist()


def _matches(pattern: Pattern, norm: str, pos: dict[str, list[int]]) -> Iterator[re.Match[str]]:
    """Matches of one pattern inside the windows around its keys that have a word of each ``also`` set nearby (the
    matches of all windows chained in C: no Python frame per match).

    >>> p = next(p for p in PATTERNS if p.rule == "weekday")
    >>> [m.group() for m in _matches(p, "On Monday and Friday.", key_positions("On Monday and Friday."))]
    ['Monday', 'Friday']
    """
    if pattern.keys.isdisjoint(pos):
        return iter(())
    offsets = _offsets(pattern.keys, pos)
    for words, before, after in pattern.also:  # a match lies within reach of its key: so do its other words
        offsets = near(offsets, _offsets(words, pos), before, after)
    if not offsets:
        return iter(())
    if pattern.rule in _AT_KEY:
        return _at_keys(pattern.regex, norm, offsets, windows(offsets, len(norm), pattern.reach))
    finditer = pattern.regex.finditer
    return chain.from_iterable(finditer(norm, lo, hi) for lo, hi in windows(offsets, len(norm), pattern.reach))


#: rules whose every match starts at one of its key words (at the month name itself, only lookbehinds before it): they
#: are tried at their keys instead of at every character of the windows around them
_AT_KEY = frozenset({"month_bare"})


def _at_keys(regex: re.Pattern[str], norm: str, offsets: list[int], wins: list[tuple[int, int]]) -> Iterator[re.Match[str]]:
    """The matches ``regex.finditer`` gives in each of the windows ``wins`` around the sorted ``offsets``, for a pattern
    whose matches all start at one of them: tried there only (a match ends where the next try may start).

    >>> rx = re.compile(r"(?<![\\w])(?P<mon>June|July)(?![\\w])")
    >>> t = "In June, not Junes; July."
    >>> [m.span() for m in _at_keys(rx, t, [3, 13, 20], [(0, 25)])] == [m.span() for m in rx.finditer(t, 0, 25)]
    True
    """
    match, i, n = regex.match, 0, len(offsets)
    for lo, hi in wins:
        cur = lo
        while i < n and offsets[i] < hi:
            k = offsets[i]
            i += 1
            if k >= cur:
                m = match(norm, k, hi)
                if m is not None:
                    yield m
                    cur = m.end()


def candidates(norm: str) -> list[Candidate]:
    """Every accepted pattern match of a normalised text (overlaps not yet resolved).

    >>> [(c.rule, norm[c.start:c.end]) for norm in ["Sales rose last year."] for c in candidates(norm)]
    [('rel_unit', 'last year')]
    """
    pos = key_positions(norm)
    out: list[Candidate] = []
    # characters inside an accepted full date with its year ("5 May 2020") and inside a month after a preposition
    covered = {"date": bytearray(len(norm) + 1), "month": bytearray(len(norm) + 1)}
    for p in PATTERNS:
        if p.keys.isdisjoint(pos):
            continue  # none of its key words: it cannot match
        rule, priority, check = p.rule, p.priority, CHECKS.get(p.rule)
        inside = [covered[k] for k in _COVERED_BY.get(rule, ())]
        first = inside[0] if inside else None  # a match not starting in it is in none (``_within``) when it is the only one
        marks = rule in _FULL_DATES or rule == "month_name"  # may mark a region (see _covers)
        for m in _matches(p, norm, pos):
            s, e = m.span()
            if first is not None and (first[s] or len(inside) > 1) and _within(inside, s, e):
                continue  # "May 2020" or "2020" inside "5 May 2020": it can never win the overlap
            c = Candidate(s, e, rule, {k: v for k, v in m.groupdict().items() if v is not None}, priority)
            if check is None or check(c, norm, m):
                out.append(c)
                kind = _covers(c) if marks else ""
                if kind:
                    covered[kind][c.start : c.end] = b"\x01" * (c.end - c.start)
    return out


def _within(regions: list[bytearray], s: int, e: int) -> bool:
    """True when characters ``s:e`` lie wholly inside one of the marked ``regions``.

    >>> _within([bytearray(b"\\x00\\x01\\x01\\x00")], 1, 3), _within([bytearray(b"\\x00\\x01\\x01\\x00")], 0, 2)
    (True, False)
    """
    for cov in regions:
        if cov[s] and cov.find(0, s, e) < 0:
            return True
    return False


def _covers(c: Candidate) -> str:
    """Which region an accepted candidate marks for pruning: 'date' (a full date), 'month' (a month name), or ''."""
    if c.rule in _FULL_DATES and ("year" in c.data or c.rule in {"date_numeric", "date_iso"}):
        return "date"
    return "month" if c.rule == "month_name" else ""


#: Rules whose matches are skipped when they lie wholly inside a region of that kind (they could never win the overlap).
_COVERED_BY = {"year": ("date",), "month_year": ("date",), "month_name": ("date",), "weekday": ("date",),
               "month_bare": ("date", "month")}
_FULL_DATES = frozenset({"date_mdy", "date_dmy", "date_numeric", "date_iso"})
_BY_START, _BY_END, _BY_SPAN = attrgetter("start"), attrgetter("end"), attrgetter("start", "end")  # read by ``select``


def select(cands: list[Candidate], size: int) -> list[Candidate]:
    """Non-overlapping candidates: longest span first, then rule priority, then leftmost; in text order.

    A candidate that overlaps no other is kept as it is; only the groups of overlapping ones go through the choice
    (a group never changes the choice in another).

    >>> a, b, c = Candidate(0, 9, "x"), Candidate(4, 20, "y"), Candidate(30, 35, "z")
    >>> [c.rule for c in select([c, a, b], 40)]
    ['y', 'z']
    >>> many = [Candidate(10 * i, 10 * i + 5, "x") for i in range(70)] + [Candidate(3, 12, "y")]
    >>> [(c.start, c.rule) for c in select(many, 800)][:3]
    [(3, 'y'), (20, 'x'), (30, 'x')]
    """
    taken = bytearray(size + 1)
    if len(cands) < 64 or any(c.end <= c.start for c in cands):  # a few (or an empty span): the choice over all at once
        return _greedy(cands, taken)
    starts = np.array(list(map(_BY_START, cands)), dtype=np.int64)
    order = np.argsort(starts, kind="stable")
    ends = np.array(list(map(_BY_END, cands)), dtype=np.int64)[order]
    first = np.ones(len(cands), dtype=bool)  # where a group starts: at or after every end before it
    first[1:] = starts[order][1:] >= np.maximum.accumulate(ends)[:-1]
    group = np.cumsum(first) - 1
    lone = np.bincount(group)[group] == 1
    if not lone.any():  # every candidate overlaps another
        return _greedy(cands, taken)
    alone = [cands[i] for i in order[lone].tolist()]  # in text order
    grouped = [cands[i] for i in np.sort(order[~lone]).tolist()]  # in their first order, as ``_greedy`` breaks ties
    return sorted(alone + _greedy(grouped, taken), key=_BY_SPAN) if grouped else alone


def _greedy(cands: list[Candidate], taken: bytearray) -> list[Candidate]:
    """``select`` by marking characters in ``taken``: longest span first, then rule priority, then leftmost; in text order.

    >>> [c.rule for c in _greedy([Candidate(0, 9, "x"), Candidate(4, 20, "y")], bytearray(21))]
    ['y']
    """
    chosen = []
    for c in sorted(cands, key=lambda c: (-(c.end - c.start), -c.priority, c.start)):
        if taken.find(1, c.start, c.end) < 0:
            taken[c.start : c.end] = b"\x01" * (c.end - c.start)
            chosen.append(c)
    return sorted(chosen, key=lambda c: (c.start, c.end))


def scan(norm: str) -> list[Candidate]:
    """The time expressions of a normalised text, non-overlapping, in text order.

    >>> [c.rule for c in scan("On Friday, June 5, 2020, and in the 1990s.")]
    ['date_mdy', 'decade']
    """
    chosen = select(candidates(norm), len(norm))
    for c in chosen:
        if "_date_span" in c.data:
            c.start, c.end = c.data["_date_span"]
    return chosen


# ------------------------------------------------------------------ context checks, one per rule
Check = Callable[[Candidate, str, "re.Match[str]"], bool]
CHECKS: dict[str, Check] = {}


def _check(*rules: str) -> Callable[[Check], Check]:
    """Register a context check for the given rules."""
    def register(fn: Check) -> Check:
        """Store the check under each rule."""
        for r in rules:
            CHECKS[r] = fn
        return fn
    return register


_MONTH_LEAD = re.compile(r"(?i)(in|since|until|by|during|early|late|mid|of|before|after)\b")
_ORDINAL_SUFFIX = re.compile(r"^(?:st|nd|rd|th)\b")
_UNIT_AFTER = re.compile(r"\s+(?:years?|days?|months?|weeks?)\b")
_DIGITS_BEFORE, _DIGITS_AFTER = re.compile(r"\d{2,}[ -]$"), re.compile(r"[ -]\d{3,}")
_SPAN_BEFORE = re.compile(r"(?i)\b(?:of|in|for|within|over|about|nearly|almost|(?:more|less|fewer)\s+than)\s*$")  # "within two days after"


def _before(norm: str, i: int, n: int = 30) -> str:
    """The ``n`` characters before offset ``i``."""
    return norm[max(0, i - n) : i]


_SET_WORD = re.compile(r"(?i)\b(?:every|each)\s+$")
_NAME_BEFORE = re.compile(r"[.!?:\n]\s*$|[A-Z][\w.'-]*\s+$")
_DET_BEFORE = re.compile(r"(?i)\b(?:the|a|an|its|their|his|her|our|for|of|in|by|before|after)\s+$")


@_check("month_bare")
def _month_bare(c: Candidate, norm: str, m: re.Match[str]) -> bool:
    """A lone month name: not in 'every April', not the name May."""
    if _SET_WORD.search(_before(norm, m.start("mon"), 8)):
        return False
    if c.data["mon"] == "May":
        before = _before(norm, c.start)
        if not _DET_BEFORE.search(before) and (not before.strip() or _NAME_BEFORE.search(before)):
            return False  # sentence-initial or after a name ("Theresa May deal")
        c.end = m.end("mon")
    return True


@_check("month_name")
def _month_name(c: Candidate, norm: str, m: re.Match[str]) -> bool:
    """A month after a preposition: the span starts at the month (or its early/late/mid); 'may' as a verb is not one."""
    if _SET_WORD.search(_before(norm, m.start("mon"), 8)):
        return False
    c.start = m.start("mod") if "mod" in c.data else m.start("mon")
    lead = _MONTH_LEAD.match(norm[m.start() : m.start() + 8])
    return not (c.data["mon"] == "May" and lead is None)


#: what keeps a clock time apart from the day after it: "on", or a comma right after the clock ('20:12, Thursday'); a
#: comma after a time zone does not ('5 p.m. EST, Nov. 6' is one TIME in TimeBank)
_CLOCK_APART = re.compile(r"(?i)\bon\s*$|^\s*,")


def split_clock(c: Candidate, m: re.Match[str], first: str) -> None:
    """Keep a clock time after a date, or before it with 'on' or a comma, out of its span: it becomes its own TIME
    ('8:20 PM', '10 p.m. on Monday'); a clock right before the day joins it in one TIME ('10 p.m. Wednesday').

    ``first`` names the group where the date itself starts once a leading clock is cut off.
    """
    if "clockpre" not in c.data and "clock" not in c.data:
        return
    groups = m.groupdict()
    start, end = c.start, c.end
    if groups.get("clockpre") is not None:
        day = min(m.start(g) for g in (first, "the", "rel", "wd") if groups.get(g) is not None)
        if _CLOCK_APART.search(m.string[m.end("clockpre") : day]):  # '8:45 pm on Monday', '20:12, Thursday'
            c.data["_clock"] = (m.start("clockpre"), m.end("clockpre"))
            start = day
        else:  # TimeML: "10 p.m. Wednesday" is one TIME expression, not a TIME and a DATE
            c.data["_clock_joined"] = (m.start("clockpre"), m.end("clockpre"))
    if groups.get("clock") is not None:
        c.data["_clock2"] = (m.start("clock"), m.end("clock"))
        end = m.start("time") if groups.get("time") is not None else m.start("clockpost")
    if (start, end) != (c.start, c.end):
        c.data["_date_span"] = (start, end)  # applied after overlap selection, which compares whole matches


#: a weekday just before a bracketed numeric date ("Friday (12/1/2024)"): it chooses between the m/d and d/m readings
_WEEKDAY_BRACKET = re.compile(r"(?i)\b(?P<wd>monday|tuesday|wednesday|thursday|friday|saturday|sunday)\s*\(\s*$")


@_check("date_numeric")
def _date_numeric(c: Candidate, norm: str, m: re.Match[str]) -> bool:
    """A numeric date; a weekday told just before its bracket is kept to choose its reading (the weekday stays a
    mention of its own)."""
    if "wd" not in c.data:
        lead = _WEEKDAY_BRACKET.search(norm, max(0, m.start() - 14), m.start())
        if lead:
            c.data["wd"] = lead.group("wd")
    return True


@_check("date_mdy")
def _date_mdy(c: Candidate, norm: str, m: re.Match[str]) -> bool:
    """'May 3' needs a year, a weekday or punctuation after it to be a date ('may 3 times' is not; 'May 3:' heads an entry)."""
    after = _ORDINAL_SUFFIX.sub("", norm[m.end("day") : m.end("day") + 4])[:1]
    split_clock(c, m, "mon")
    return not (c.data["mon"] == "May" and "year" not in c.data and "wd" not in c.data
                and after not in {"", ",", ".", " ", ";", ":", ")", "\n"})


@_check("date_dmy")
def _date_dmy(c: Candidate, norm: str, m: re.Match[str]) -> bool:
    """A day-month date ("the first of January": its spelled day as a number); a clock time after it becomes its own TIME."""
    if not c.data["day"].isdigit():
        c.data["day"] = str(SPELLED_DAYS[c.data["day"].lower()])
    split_clock(c, m, "day")
    return True


_COUNT_AFTER_YEAR = re.compile(
    r"\s+(?:people|troops|soldiers|rockets|missiles|drones|attacks|strikes|civilians|fighters|members|"
    r"militants|families|refugees|dollars|euros|pounds|barrels|tons|tonnes|km|miles|metres|meters|feet|"
    r"residents|votes|points|cases|jobs|units|homes|houses|vehicles|workers|employees|students|children|"
    r"men|women|deaths|casualties|rounds|shells|mortars|projectiles|kilometres|kilometers|hectares|acres|"
    r"shares|cars|copies|seats|percent|per\s+cent)\b", re.IGNORECASE)
#: A page's counter ending its line ("1868 View", "2301 comments"): not "contradicts 2013 comments from ...".
_COUNTER_AFTER = re.compile(r"[ \t]+(?:views?|reads|comments|likes|shares)[ \t]*(?:\n|$)", re.IGNORECASE)
#: A bound on a count before four digits ("more than 1850 US troops", "at least 2000 of them"): a number, not a year.
_COUNT_BOUND_BEFORE = re.compile(r"(?i)\b(?:(?:more|fewer|less)\s+than|at\s+least|at\s+most|up\s+to|a\s+total\s+of)\s+$")
_CODE_BEFORE = re.compile(r"(?i)(?:no\.|number|resolution|flight|route|model|page|code|room|highway|#|windows|office|"
                          r"version|release|boeing|airbus|rule|section|article|paragraph|chapter|form|item|bill|h\.r\.|s\.)\s*$")


#: A model year before a vehicle make ("his 1987 Chevrolet", "a 2005 Toyota pickup") names a car, not a time.
_MAKE_AFTER = re.compile(r"\s+(?:Toyota|Ford|Chevrolet|Chevy|Honda|Nissan|Hyundai|Kia|Mercedes(?:-Benz)?|BMW|Audi|Volkswagen|"
                         r"Dodge|Jeep|Chrysler|Cadillac|Buick|Pontiac|Oldsmobile|GMC|Lexus|Mazda|Subaru|Mitsubishi|Volvo|"
                         r"Peugeot|Renault|Fiat|Land\s+Rover|Range\s+Rover|Lincoln\s+(?:Town|Continental|Navigator)|Plymouth|"
                         r"Saab|Isuzu|Suzuki|Daewoo|Lada|Kawasaki|Yamaha|Harley)\b")
#: A year ending a name the text introduces ("a fund called Atlas 2000", "a plan dubbed Vision 2030"): not a time.
_NAMED_BEFORE = re.compile(r"\b(?:called|named|dubbed|titled|entitled|christened|code-named|codenamed)\s+[\"'\u201c]?(?:[A-Z][\w&.-]*\s+){1,3}$")
#: A four-digit clock time before a time zone ("at 1930 GMT", "(2045 UTC)", "1800 local time"): not a year.
_ZONE_AFTER = re.compile(r"\s*(?:GMT|UTC|EST|EDT|CST|CDT|MST|MDT|PST|PDT|BST|CET|CEST|EET|EEST|MSK|IST|hrs|local\s+time)\b|"
                         r"\s+hours(?=\s*[,.;)]|\s+(?:on|GMT|local)\b)")  # "at 1930 hours on Monday"
_OWNER_BEFORE = re.compile(r"(?i)(?:\b(?:a|an|the|his|her|their|its|my|our|your|whose)|'s)\s+$")


#: What comes before a four-digit clock time: "at", "about", "around", "as of", "until" or an opening bracket ("at 1930
#: GMT", "(1930 GMT)", "as of 1915 GMT"; not "from": "data from 2015 IST surveys")
_CLOCK_BEFORE = re.compile(r"(?i)(?:\b(?:at|about|around|as\s+of|until|till)\s+|\(\s*)$")


def _clock_before_zone(digits: str, norm: str, start: int, end: int) -> bool:
    """Four digits that read as a clock (hours 00-23, minutes 00-59) after "at", "about", "around" or "(" and before
    a time zone.

    >>> t = "The meeting at 9:30 am (0630 GMT) ended; by 2020 GMT had become a brand."
    >>> _clock_before_zone("0630", t, 24, 28), _clock_before_zone("2020", t, 46, 50)
    (True, False)
    """
    if int(digits[:2]) > 23 or int(digits[2:]) > 59 or not _ZONE_AFTER.match(norm, end):
        return False
    return _CLOCK_BEFORE.search(norm, max(0, start - 10), start) is not None


#: A capitalised "Century" before a capitalised word begins a name ("21st Century Fox", "the 21st Century Cures Act"):
#: TimeML leaves time words inside proper names unmarked
_CENTURY_NAME = re.compile(r"Century[\s-]+[A-Z]")


@_check("century")
def _century(c: Candidate, norm: str, m: re.Match[str]) -> bool:
    """An ordinal century is a time unless it opens a name.

    >>> [norm[c.start : c.end] for norm in ["In the 21st century, 21st Century Fox grew."] for c in scan(norm)]
    ['the 21st century']
    """
    return _CENTURY_NAME.match(norm, m.end() - 7) is None


@_check("year")
def _year(c: Candidate, norm: str, m: re.Match[str]) -> bool:
    """A four-digit number is a year unless it counts something, is part of a digit run, or is a code.

    >>> [c.start for c in scan("Sales rose in 2019, at 1930 GMT, and 2020 cars sold; more than 1850 US troops died.")]
    [14]
    """
    if "y1" in c.data or "y2" in c.data:
        return _year_span_end(c, norm)
    if "syear" in c.data:
        if c.data["syear"].lower().startswith("two") and not ({"the", "prep"} & c.data.keys()):
            return False  # "two thousand" is a count unless it follows "the year" or a preposition
        if "prep" in c.data:
            c.start = m.start("syear")
        return not _COUNT_AFTER_YEAR.match(norm, m.end()) and not _UNIT_AFTER.match(norm[m.end() : m.end() + 8])
    after = norm[m.end() : m.end() + 5]
    if after[:1] == " " and after[1:2].isalpha() and _COUNT_AFTER_YEAR.match(norm, m.end()):
        return False
    if _DIGITS_BEFORE.search(_before(norm, c.start, 6)) or _DIGITS_AFTER.match(after):
        return False
    if _COUNTER_AFTER.match(norm, m.end()):
        return False
    if after[:1] == " " and after[1:2].isalpha() and _COUNT_BOUND_BEFORE.search(_before(norm, c.start, 16)):
        return False  # "more than 1850 US troops": a bounded count with its noun after it
    if _clock_before_zone(c.data["year"], norm, c.start, m.end()):
        return False
    if _MAKE_AFTER.match(norm, m.end()) and _OWNER_BEFORE.search(_before(norm, c.start, 8)):
        return False  # "his 1987 Chevrolet", not "In 1987 Ford sold ..."
    if _NAMED_BEFORE.search(_before(norm, c.start, 50)):
        return False
    return not _CODE_BEFORE.search(_before(norm, c.start, 14))


def span_years(first: str, second: str) -> tuple[int, int] | None:
    """The two years of a span written "2009-2013", "2012-13" or "2008-9", when it rises by at most 30 years.

    >>> span_years("2012", "13"), span_years("1999", "00"), span_years("2008", "9"), span_years("2016", "09")
    ((2012, 2013), (1999, 2000), (2008, 2009), None)
    """
    y1 = int(first)
    y2 = int(second) if len(second) == 4 else y1 // 10**len(second) * 10**len(second) + int(second)
    y2 += 10**len(second) if y2 <= y1 and len(second) == 2 and y1 % 100 >= 90 else 0  # "1999-00"
    return (y1, y2) if y1 < y2 <= y1 + 30 else None


def _year_span_end(c: Candidate, norm: str) -> bool:
    """One end of a span of years ("from 2009-2013", "the 2012-13 season"): the second end gets its full year; not a
    span that falls or runs too long ("2016-09", "2010-2008"), nor one after a code word ("Resolution 2009-2013").

    >>> [(norm[c.start:c.end], c.data["year"]) for norm in ["Aid rose in 2012-13 and in 2009-2013."] for c in scan(norm)]
    [('2012', '2012'), ('13', '2013'), ('2009', '2009'), ('2013', '2013')]
    """
    first, second = (c.data["year"], c.data["y2"]) if "y2" in c.data else (c.data["y1"], c.data.get("year") or c.data["yy"])
    years = span_years(first, second)
    if years is None:
        return False
    c.data["year"] = str(years[1] if "y1" in c.data else years[0])
    start = c.start if "y2" in c.data else c.start - len(first) - 1
    return not _CODE_BEFORE.search(_before(norm, start, 14)) and not _NAMED_BEFORE.search(_before(norm, start, 50))


_NOT_A_WEEKDAY = re.compile(r"(?:(?:Ash|Good|Black|Bloody|Holy|Palm|Easter|Cyber|Shrove|Maundy)|(?i:\b(?:every|each)))\s+$")


#: "Tuesday nights", "Monday and Thursday evenings": a plural part of the day makes a recurring time (a TimeML SET)
_PLURAL_PART = re.compile(r"(?i)(?:\s+(?:and|or|&)\s+(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)?\s+(?:nights|mornings|afternoons|evenings)\b")


@_check("weekday")
def _weekday(c: Candidate, norm: str, m: re.Match[str]) -> bool:
    """A weekday name, not 'Good Friday', 'every Monday' or 'Tuesday nights'; 'the previous Friday' keeps its article;
    clocks are cut off; a bare 'following' is a preposition ('responded following Wednesday's attack').

    >>> scan("Troops responded following Wednesday's attack.")[0].data.get("rel"), scan("the following Wednesday")[0].data["rel"]
    (None, 'following')
    """
    data = c.data
    if "clockpre" in data or "clock" in data:
        split_clock(c, m, "wd")
    if "rel" in data and data["rel"].lower() == "following" and "the" not in data:
        del data["rel"]
        data["_date_span"] = (m.start("wd"), data.get("_date_span", (c.start, c.end))[1])
    end = m.end("wd")
    if _PLURAL_PART.match(norm, end) or _SHOW_TITLE.match(norm, end):
        return False
    return not _NOT_A_WEEKDAY.search(norm, max(0, c.start - 10), c.start)


#: A weekday opening a title with a capitalised part of the day: "Saturday Night Live", "Monday Night Football"
_SHOW_TITLE = re.compile(r"\s+(?:Night|Morning|Afternoon|Evening)\s+[A-Z]")


_PER_BEFORE = re.compile(r"(?i)\b(?:per|every|each|a)\s*$")


@_check("rel_unit")
def _rel_unit(c: Candidate, norm: str, m: re.Match[str]) -> bool:
    """'last week': not 'the next Summer Olympics', not the TV show 'This Week', not 'per year'."""
    unit = c.data["unit"]
    if unit[0].isupper() and (unit.lower() in {"summer", "winter", "spring", "autumn", "fall"}
                              or re.match(r"\s+[A-Z]", norm[m.end() : m.end() + 2])):
        return False
    if "dir" in c.data:  # "the week before": the week before the last date mentioned
        c.data["rel"] = "previous" if c.data["dir"].lower() == "before" else "following"
    rel = c.data["rel"].lower()
    if unit.lower() in {"summer", "winter", "spring", "autumn", "fall"} and rel in {"past", "current", "following", "previous", "coming", "prior"}:
        return False
    return not _PER_BEFORE.search(_before(norm, c.start, 6))


_TODAY_IS = re.compile(r"(?i)\b(?:today|it|this)\s*(?:is|'s)\s+$")


#: "today's youth", "today's world": the present age in general, not the publication day (TimeBank and AQUAINT leave
#: these untagged, and tag "today's editions")
_TODAY_GENERIC = re.compile(r"(?i)today(?:'s|s')\s+(?:youth|young|world|society|generations?|children|kids|teens|teenagers|"
                            r"standards|culture|technology|times)\b")


@_check("day_word")
def _day_word(c: Candidate, norm: str, m: re.Match[str]) -> bool:
    """'today', not the name 'Baghdad Today' or 'USA Today' (a capitalised word before a capitalised 'Today'), not
    "today's youth"; 'the third day (of ...)' only after 'today is' or 'it's' (the publication day)."""
    if c.data["w"][:4].lower() == "the " and not c.data["w"].lower().startswith("the day"):
        return bool(_TODAY_IS.search(_before(norm, c.start, 14)))
    if _TODAY_GENERIC.match(norm, c.start):
        return False
    split_clock(c, m, "w")  # "2:00 a.m. today": one TIME
    return not (norm[c.start : c.start + 5] == "Today" and re.search(r"[A-Z][\w.]*\s+$", _before(norm, c.start, 20))
                and not re.search(r"[.!?:\"'\n]\s*$", _before(norm, c.start, 3)))


@_check("vague_recent")
def _vague_recent(c: Candidate, norm: str, m: re.Match[str]) -> bool:
    """'in recent days': the span starts after 'in'; not 'per day'."""
    if norm[c.start : c.start + 3].lower() == "in ":
        c.start += 3
    return not _PER_BEFORE.search(_before(norm, c.start, 6))


#: "Now," opening a sentence: a discourse marker that turns to the next point, not the present (untagged in TimeBank)
_NOW_MARKER = re.compile(r"(?:^|[.!?:;\"\u201c\u201d\n]\s*)$")


@_check("vague_word")
def _vague_word(c: Candidate, norm: str, m: re.Match[str]) -> bool:
    """'now', 'recently', 'in the future': the span starts after 'in' ('will one day': at 'one'); not a sentence's
    opening 'Now,'."""
    c.start, c.end = m.start("w"), m.end("w")
    if norm[c.start : c.start + 3].lower() == "in ":
        c.start += 3
    return not (norm[c.start : c.end].lower() == "now" and norm[c.end : c.end + 1] == ","
                and _NOW_MARKER.search(norm, max(0, c.start - 3), c.start) is not None)


@_check("season")
def _season(c: Candidate, norm: str, m: re.Match[str]) -> bool:
    """A season, not a name ('the next Summer Olympics'); 'in the spring' starts at 'the'."""
    if c.data["season"][0].isupper() and re.match(r"\s+[A-Z]", norm[m.end() : m.end() + 2]):
        return False
    if "the" in c.data and m.start("the") > c.start and not re.match(r"(?i)the\b", norm[c.start : c.start + 4]):
        c.start = m.start("the")
    return True


_ONE_WORD_HOLIDAY = frozenset({"Christmas", "Easter", "Halloween", "Thanksgiving"})
#: Words that make a one-word holiday part of a name ("Easter Island", "Easter Seals", "Christmas Carol")
_HOLIDAY_NAME_WORD = re.compile(r"\s(?:Islands?|Seals?|Rising|Parade|Carols?|Bowl|Tree|Special|Bunny)\b")


#: A year between a determiner and a holiday's name ("the 2009 Halloween parade", "its 1996 Easter")
_YEAR_BEFORE = re.compile(r"(?i:\b(?:the|its|their|this|that)\s+)(?P<y>(?:1[89]|20)\d\d)\s+$")


@_check("holiday")
def _holiday(c: Candidate, norm: str, m: re.Match[str]) -> bool:
    """A holiday, not a name it opens ('Easter Island', 'Easter Seals', 'Christmas Island'): a known name word
    after it, not any capitalised word ('On Christmas Pope Leo spoke' keeps the holiday).

    >>> [norm[c.start : c.end] for norm in ["After Easter, Easter Island was calm."] for c in scan(norm)]
    ['Easter']

    A year right before the name is the holiday's: one expression of that year.

    >>> [(norm[c.start : c.end], c.data["year"]) for norm in ["Crowds beat the 2009 Halloween record."] for c in scan(norm)]
    [('2009 Halloween', '2009')]
    """
    year = _YEAR_BEFORE.search(norm, max(0, c.start - 12), c.start) if "year" not in c.data else None
    if year is not None:
        c.start, c.data["year"] = year.start("y"), year["y"]
    return not (m["hol"] in _ONE_WORD_HOLIDAY and "hweek" not in c.data and "year" not in c.data
                and _HOLIDAY_NAME_WORD.match(norm, m.end("hol"), m.end("hol") + 12))


@_check("half")
def _half(c: Candidate, norm: str, m: re.Match[str]) -> bool:
    """'the first half' without a year is a half year only in business news, not in sport."""
    if "year" in c.data or "rel" in c.data:
        return True
    s0 = max(norm.rfind(". ", max(0, c.start - 300), c.start), norm.rfind("\n", max(0, c.start - 300), c.start)) + 1
    s1 = [i for i in (norm.find(". ", c.end, c.end + 300), norm.find("\n", c.end, c.end + 300)) if i >= 0]
    sent = norm[s0 : min(s1) if s1 else min(len(norm), c.end + 300)]
    return bool(re.search(r"(?i)\b(?:profits?|revenues?|sales|earnings|growth|economy|gdp|results|loss(?:es)?|output|exports|"
                          r"imports|inflation|fiscal|shipments|deliveries|income|prices)\b|%", sent))


_REPORTED = re.compile(r"(?i)\b(?:report|post|announce|release|publish)\w*\b[^.;]{0,30}\b(?:results|earnings|figures|numbers)\s+(?:for|of)\s+$")


@_check("quarter")
def _quarter(c: Candidate, norm: str, m: re.Match[str]) -> bool:
    """A quarter; 'the July-September quarter' must name a calendar quarter; 'report results for' marks a finished one."""
    if _REPORTED.search(_before(norm, c.start, 70)):
        c.data["_reported"] = "1"
    if "m1" in c.data:
        m1, m2 = month_number(c.data["m1"]), month_number(c.data["m2"])
        if m1 % 3 != 1 or m2 != m1 + 2:
            return False
        c.data["q"] = str((m1 - 1) // 3 + 1)
    return True


@_check("offset")
def _offset(c: Candidate, norm: str, m: re.Match[str]) -> bool:
    """'two days later'; 'the year-ago period' is a one-year offset; not 'within two days after'."""
    if "ya" in c.data:
        c.data.update(n="one", unit="year", dir="earlier")
        return True
    return not _SPAN_BEFORE.search(_before(norm, c.start, 14))  # "higher than a year earlier" is a date


@_check("named_event", "anaphoric_day")
def _inner_span(c: Candidate, norm: str, m: re.Match[str]) -> bool:
    """The span is the named group ('the September 11 attacks' -> 'September 11'; 'on the same day' -> 'the same day')."""
    key = "ev" if c.rule == "named_event" else "w"
    c.start, c.end = m.start(key), m.end(key)
    return True


@_check("month_day_ord")
def _month_day_ord(c: Candidate, norm: str, m: re.Match[str]) -> bool:
    """'on the 21st': the span starts at 'the'."""
    c.start = m.start("the")
    return True
