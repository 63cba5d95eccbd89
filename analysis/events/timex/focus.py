"""Temporal focus: expressions read against a date the text itself mentioned ("a day later", "the same day",
"the previous quarter", "up 5% from a year ago"), with the discourse state those readings need.

The state keeps only mentions within a few hundred characters (plus the latest past day), so each
lookup costs a constant and the whole pass stays linear.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import deque
from dataclasses import dataclass, field
from itertools import islice
from datetime import date, timedelta
from typing import Callable

from . import values as V
from .anchoring import relative_value
from .lexicon import ORDINALS, number_value, squash
from .scan import Candidate
from .tense import DONE, FUTURE, IRREGULAR_PAST, PAST, clause_tense, in_relative_clause, sentence_start

__all__ = ["Focus", "DAY_RULES"]

#: Rules whose mentions can serve as the day that "the same day" or "a day later" refers to.
DAY_RULES = frozenset({"weekday", "date_mdy", "date_dmy", "date_numeric", "date_iso", "day_word", "anaphoric_day",
                       "offset", "holiday", "month_day_ord", "named_event"})
_NEAR = 300  # characters within which a mentioned date is still in focus
_CHRONO_REACH = 900  # characters (paragraphs apart) over which a chronology's full date gives its year to the next days
_TOLD_DAY = re.compile(r"(?P<y>\d{4}|XXXX)-(?P<m>\d\d)-\d\d")  # the value of a day mention, its year maybe unknown
#: A sentence end: a full stop after a lower-case word, digit or quote, then a capital ("U.S. credit" is not one).
_GRAINS = {"day": 0, "week": 1, "month": 2, "quarter": 3, "half": 3, "season": 3, "year": 4}  # finer to coarser
_LEAD_STOP = re.compile(r"[a-z0-9)\"'][.!?:]\s+")  # a stop (or a chronology entry's colon) before a word
_SENTENCE_END = re.compile(r"[a-z0-9)\"'][.!?]\s+[A-Z\"']|\n")
#: where ``_SENTENCE_END`` may match other than at a line break: the character before the stop, and (group 1) the capital
_STOP_AHEAD = re.compile(r"[a-z0-9)\"'](?=[.!?]\s+([A-Z\"']))")
_SINCE = re.compile(r"(?i)\bsince\b")
_SPAN_BEFORE = re.compile(r"(?i)\b(?:over|within|during|for|in)\s+$")  # 'over the next year': from now (``_narrative_next``)
_PAST_VERB = re.compile(rf"(?i)\b(?:had|was|were|did|\w+ed|{'|'.join(sorted(IRREGULAR_PAST))})\b")
_PAST_WORDS = frozenset({"had", "was", "were", "did"}) | IRREGULAR_PAST
_WORD = re.compile(r"\w+")
_LAST_WORD = re.compile(r"\w+\Z")
_PAST_BLOCK = 1024  # characters per block of the text whose past verbs ``Focus.past_before`` reads at once
_ED_END = re.compile(r"(?i)\wed\b")  # the end of a word of 3 or more characters in -ed
_REPORT_REACH = 1500  # characters over which a business report's quarter stays in focus
_STEP_REACH = 1500  # characters over which 'the following month' looks back for the date it steps from
#: The results a quarter is named for ("fourth-quarter earnings", "third-quarter net loss")
_RESULTS_AFTER = re.compile(r"(?i)\s+(?:(?:net|operating|pretax|pre-tax)\s+)?(?:earnings|profits?|income|loss|losses|results|revenues?|sales)\b")
_AMOUNT_BEFORE = re.compile(r"(?i)(?:\$|\d%|\bcents?\b|\ba\s+share|\bpence|\bmillion|\bbillion|\bpercent)[^.;]{0,25}$")
#: TimeML codes of the parts of a day ("that night" is the TIME XXXX-XX-XXTNI).
_PART_CODES = {"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI"}
_QUOTE_REACH = 1500  # characters over which the day a statement was made stays its 'today'
#: the speaker's own day in a quotation ('today', 'tonight' ...): read on the day the words were said (``quoted_today``)
_SPEAKERS_DAY = frozenset({"today", "tonight", "this morning", "this afternoon", "this evening"})
_QUOTE_MARK = re.compile(r'\u201c|\u201d|"|``|\'\'|\n\n')
#: A photo credit closing a line after a sentence ("... on May 3, 2019. Jane Roe/Agency/Pictures", "Photo: Agency"):
#: a 'Photo:' label, or a few capitalised name words (at most three, then at most two after each slash or 'via')
#: with no full stop of their own; a byline ("By Jane Roe/Agency") is not one, nor a longer title-case heading.
_NAME = r"[A-Z][\w'\u2019&-]*"
_CREDIT_TAIL = re.compile(rf"(?:^|[.!?\"\u201d)]\s+)(?:(?:Photo|Image|Picture)(?:\s+credit)?\s*:\s*[^.\n]{{1,60}}"
                          rf"|(?!By\b){_NAME}(?:\s+[A-Z][\w'\u2019&.-]*){{0,2}}"
                          rf"(?:(?:\s*/\s*|\s+via\s+){_NAME}(?:\s+{_NAME})?){{1,3}})\s*$")
#: A sentence's full stop (after a lower-case word, digit, quote or bracket) just before a bracketed credit.
_STOP_BEFORE = re.compile(r"[a-z0-9\"'\u201d\u2019)][.!?][\"'\u201d\u2019]?\s*$")


def _nearest_day(m: int, d: int, focus: date, rule: str) -> tuple[V.Value, str] | None:
    """The day of month ``m`` and day ``d`` nearest to ``focus`` (its year or the one before or after), with ``rule``.

    >>> _nearest_day(12, 30, date(2024, 1, 2), "r")[0].timex, _nearest_day(2, 30, date(2024, 1, 2), "r")
    ('2023-12-30', None)
    """
    cands = [date(y, m, d) for y in (focus.year - 1, focus.year, focus.year + 1) if V.valid_day(y, m, d)]
    return (V.day(min(cands, key=lambda x: abs((x - focus).days))), rule) if cands else None


def _past_word(word: str) -> bool:
    """Whether one whole word is a past verb for ``_PAST_VERB`` (lower case listed or -ed after a character).

    >>> _past_word("Walked"), _past_word("bed"), _past_word("ed"), _past_word("SAW")
    (True, True, False, True)
    """
    if not word.isascii():
        return bool(_PAST_VERB.fullmatch(word))
    low = word.lower()
    return low in _PAST_WORDS or (len(low) > 2 and low.endswith("ed"))


def past_words(text: str, lo: int, hi: int) -> tuple[list[int], list[int]]:
    """Starts and ends of the words of ``text[lo:hi]`` that are past verbs for ``_past_word``: on ASCII text, the
    words found and tested in lower case at once, then only the past verbs' offsets read.

    >>> past_words("They WALKED home and saw it; ed", 0, 31), past_words("the next day", 0, 12)
    (([5, 21], [11, 24]), ([], []))
    """
    if not text[lo:hi].isascii():
        found = [m for m in _WORD.finditer(text, lo, hi) if _past_word(m.group())]
        return [m.start() for m in found], [m.end() for m in found]
    words = _WORD.findall(text[lo:hi].lower())
    hits = [i for i, w in enumerate(words) if w in _PAST_WORDS or (w[-2:] == "ed" and len(w) > 2)]
    starts: list[int] = []
    ends: list[int] = []
    matches, read = _WORD.finditer(text, lo, hi), 0
    for i in hits:
        m = next(islice(matches, i - read, None))  # the matches before it skipped without Python work
        read = i + 1
        starts.append(m.start())
        ends.append(m.end())
    return starts, ends


def has_past_verb(text: str, start: int, end: int) -> bool:
    """``bool(_PAST_VERB.search(text, start, end))`` without trying its 117 alternatives at every word: a search for
    a word ending in -ed, one set look-up of the window's words in lower case, and the pattern itself on the words
    that are not ASCII (whose case folding the pattern decides).

    >>> has_past_verb("They WALKED home", 0, 16), has_past_verb("the next year", 0, 13), has_past_verb("it began", 3, 8)
    (True, False, True)
    """
    if 0 < start < end and _WORD.fullmatch(text, start - 1, start + 1):
        start = _WORD.match(text, start, end).end()  # the pattern's \b starts no word inside one
    if _ED_END.search(text, start, end):
        return True
    words = _WORD.findall(text, start, end)
    if not _PAST_WORDS.isdisjoint(map(str.lower, words)):
        return True
    return not text[start:end].isascii() and any(not w.isascii() and _PAST_VERB.fullmatch(w) for w in words)


def photo_caption(line: str) -> bool:
    """True for a photo caption line: a credit closing the line after its last sentence ('... in 2019. Jane
    Roe/Agency', '... in 2019. (Agency)'), or a bracketed credit on a line with a caption cue ('File photo: ...
    (Agency)'); a line that starts with a date or a page stamp ('May 3, 2019 (Agency)', 'Posted May 3 ...') is none.

    >>> photo_caption("Boats in the harbour on June 2, 2019. Ann Lee/Wire Pictures"), photo_caption("The port reopened.")
    (True, False)
    >>> photo_caption("Boats in the harbour on June 2, 2019. (Wire)"), photo_caption("It rained on June 2, 2019 (Wire)")
    (True, False)
    """
    from analysis.text.clean import CAPTION_CUES, CREDIT, starts_with_date

    line = line.strip()
    if starts_with_date(line):
        return False
    if _CREDIT_TAIL.search(line):
        return True
    credit = CREDIT.search(line) if ")" in line else None
    return credit is not None and bool(CAPTION_CUES.search(line) or _STOP_BEFORE.search(line, 0, credit.start()))


def quote_opening(norm: str, pos: int, reach: int = 800) -> int | None:
    """Offset of the quotation mark that opens the quotation ``pos`` is in, within its paragraph (None: not quoted).

    >>> quote_opening('He said: "we act today" and left.', 18), quote_opening('He said: "we act" today.', 18)
    (9, None)
    """
    lo = max(0, pos - reach)
    marks = [(m.start(), m.group()) for m in _QUOTE_MARK.finditer(norm, lo, pos)]
    para = next((k for k in range(len(marks) - 1, -1, -1) if marks[k][1] == "\n\n"), -1)
    marks = marks[para + 1 :]
    if not marks:
        return None
    last_at, last = marks[-1]
    if last in {"\u201c", "``"}:
        return last_at
    if last == '"' and sum(1 for _, mk in marks if mk == '"') % 2 == 1 and (para >= 0 or lo == 0):
        return last_at
    return None


class QuoteMarks:
    """``quote_opening`` for many positions of one text: its quotation marks found once, each look-up a bisection.

    >>> q = QuoteMarks('He said: "we act today" and left.'); q.opening(18), QuoteMarks('He said: "we act" today.').opening(18)
    (9, None)
    """

    def __init__(self, norm: str) -> None:
        """Read the marks of ``norm`` once (start, end, mark), with running counts of straight marks and breaks."""
        self.norm = norm
        found = [(m.start(), m.end(), m.group()) for m in _QUOTE_MARK.finditer(norm)]
        self.starts = [f[0] for f in found]
        self.found = found
        self.straight = [0]  # straight double marks before each index
        self.last_break = []  # index of the last paragraph break at or before each index (-1: none)
        brk = -1
        for k, (_, _, mark) in enumerate(found):
            self.straight.append(self.straight[-1] + (mark == '"'))
            brk = k if mark == "\n\n" else brk
            self.last_break.append(brk)

    def opening(self, pos: int, reach: int = 800) -> int | None:
        """The same answer as ``quote_opening(norm, pos, reach)``."""
        lo = max(0, pos - reach)
        a, b = bisect_left(self.starts, lo), bisect_left(self.starts, pos)
        if a and self.found[a - 1][1] > lo:
            return quote_opening(self.norm, pos, reach)  # a mark straddles the window's start: read the window itself
        if b > a and self.found[b - 1][1] > pos:
            b -= 1  # a two-character mark that ends past ``pos`` is not in the window
        brk = self.last_break[b - 1] if b > a else -1
        first = brk + 1 if brk >= a else a
        if first >= b:
            return None
        at, _, last = self.found[b - 1]
        if last in {"\u201c", "``"}:
            return at
        if last == '"' and (self.straight[b] - self.straight[first]) % 2 == 1 and (brk >= a or lo == 0):
            return at
        return None


#: A comparison word and then an amount, in one clause ("compared with a loss of $3 million")
_COMPARED = re.compile(r"(?i)\b(?:from|than|versus|vs\.?|compared\s+(?:with|to)|against)\s[^.;,]*$")
_COMPARISON = re.compile(r"(?i)\b(?:from|than|over|versus|vs\.?|compared\s+(?:with|to)|against)\s+(?:the\s+)?$")


@dataclass(eq=False, slots=True)
class _Mention:
    value: V.Value
    start: int
    end: int
    holiday: str = ""
    explicit: bool = False  # the text gives the year ("the third quarter of 1990")
    caption: bool | None = None  # it stands in a photo caption (a picture's date, not the story's); None: not read yet


@dataclass
class Focus:
    """Dates mentioned so far in one text, read in order; ``anchors`` are the possible publication days."""

    norm: str
    anchors: list[date]
    last_day: _Mention | None = None
    last_past_day: _Mention | None = None
    last_ref: _Mention | None = None
    days: deque[_Mention] = field(default_factory=deque)
    quarters: deque[_Mention] = field(default_factory=deque)
    periods: deque[_Mention] = field(default_factory=deque)
    report_quarter: _Mention | None = None
    period_end: int = -1  # end of the last multi-month period named ("the first nine months")
    full_trail: list[_Mention] = field(default_factory=list)  # every full date so far, in text order
    full_dates: list[tuple[int, int, int, date]] = field(default_factory=list)  # (start, month, day, date) ahead
    by_month_day: dict[tuple[int, int], date | None] | None = None  # full dates by (month, day), built when needed
    day_log: list[_Mention] = field(default_factory=list)  # every resolved day, in text order (for quoted 'today')
    day_ends: list[int] = field(default_factory=list)  # their end offsets, for bisection
    names_publication_day: bool = False  # a mention so far resolved to the publication day itself
    marks: QuoteMarks | None = None  # the text's quotation marks, read when first needed
    caption_lines: dict[int, bool] = field(default_factory=dict)  # line number -> photo caption, read once per line
    breaks: list[int] | None = None  # offsets of the text's line breaks, found when first needed
    story_full: _Mention | None = None  # the last full date read so far that stands outside a photo caption
    trail_read: int = 0  # how many of ``full_trail`` have been read for ``story_full``
    stops: tuple[list[int], list[int]] | None = None  # ``_STOP_AHEAD``: where each match starts and ends, found when needed
    past_words: dict[int, tuple[list[int], list[int]]] = field(default_factory=dict)  # ``_past_block``, per block read
    tense: Callable[[int, int], int] | None = None  # ``clause_tense`` of a mention with the reading's cues and memo
    sentences: Callable[[], tuple[list[int], list[int]]] | None = None  # the text's ``sentence_index``, found once

    def tense_of(self, c: Candidate) -> int:
        """``clause_tense`` of a mention (a day), through the reading's shared cues and memo when there are some.

        >>> Focus("It will rain on Monday.", []).tense_of(Candidate(16, 22, "weekday", {})) == FUTURE
        True
        """
        return self.tense(c.start, c.end) if self.tense is not None else clause_tense(self.norm, c.start, c.end)

    def past_before(self, lo: int, hi: int) -> bool:
        """``has_past_verb`` of the slice ``norm[lo:hi]`` by bisection in the past verbs of the blocks it touches (each
        block read once); a word cut by either end of the slice is read as the slice has it.

        >>> f = Focus("They walked on. It rains and the next day", [])
        >>> f.past_before(0, 15), f.past_before(16, 41), f.past_before(2, 9), f.past_before(6, 11)
        (True, False, False, True)
        """
        for block in range(lo // _PAST_BLOCK, hi // _PAST_BLOCK + 1):
            starts, ends = self._past_block(block)
            k = bisect_left(starts, lo)
            if k < len(starts):  # the first past verb starting at lo or later: the one that ends first
                if ends[k] <= hi:
                    return True
                break
        norm = self.norm
        cut = _WORD.match(norm, lo, hi) if 0 < lo < hi and _WORD.fullmatch(norm, lo - 1, lo + 1) else None
        if cut and _past_word(cut.group()):
            return True
        if lo < hi < len(norm) and _WORD.fullmatch(norm, hi - 1, hi + 1):
            tail = _LAST_WORD.search(norm, lo, hi)
            return bool(tail) and _past_word(tail.group())
        return False

    def _past_block(self, block: int) -> tuple[list[int], list[int]]:
        """Starts and ends of the past verbs (whole words of the text) that start in one block of ``_PAST_BLOCK``
        characters, read once.

        >>> Focus("x" * 1020 + " they walked home", [])._past_block(1)
        ([1026], [1032])
        """
        got = self.past_words.get(block)
        if got is None:
            norm, lo, hi = self.norm, block * _PAST_BLOCK, (block + 1) * _PAST_BLOCK
            if 0 < lo < len(norm) and _WORD.fullmatch(norm, lo - 1, lo + 1):
                lo = _WORD.match(norm, lo).end()  # a word begun in the block before is that block's
            if hi < len(norm) and _WORD.fullmatch(norm, hi - 1, hi + 1):
                hi = _WORD.match(norm, hi).end()  # a word begun in this block is read whole
            got = self.past_words[block] = past_words(norm, lo, hi)
        return got

    def line_of(self, pos: int) -> int:
        """The number of the line offset ``pos`` stands on (0 first), by bisection on the line breaks found once.

        >>> f = Focus("ab\\ncd\\nef", []); f.line_of(1), f.line_of(3), f.line_of(7)
        (0, 1, 2)
        """
        if self.breaks is None:
            self.breaks = [b.start() for b in re.finditer("\n", self.norm)]
        return bisect_left(self.breaks, pos)

    def sentence_end(self, lo: int, hi: int) -> bool:
        """Whether ``_SENTENCE_END`` matches between ``lo`` and ``hi`` (``_SENTENCE_END.search(norm, lo, hi)``), in
        constant time for a long span: the stops and line breaks are found once, then bisected.

        >>> f = Focus("It fell. Then\\nit rose in 2020 " + "and rose " * 80 + "again", [])
        >>> [f.sentence_end(a, b) for a, b in ((0, 8), (0, 10), (11, 15), (15, 700), (6, 700))]
        [False, True, True, False, True]
        """
        if hi - lo <= _NEAR:
            return _SENTENCE_END.search(self.norm, lo, hi) is not None
        lo, hi = max(lo, 0), min(hi, len(self.norm))
        if self.stops is None:  # each stop ends before the next one starts: ends rise with starts
            found = [(m.start(), m.end(1)) for m in _STOP_AHEAD.finditer(self.norm)]
            self.stops = [a for a, _ in found], [b for _, b in found]
        k = bisect_left(self.stops[0], lo)
        return (k < len(self.stops[1]) and self.stops[1][k] <= hi) or self.line_of(hi) > self.line_of(lo)

    def in_caption(self, m: _Mention) -> bool:
        """Whether mention ``m`` stands in a photo caption (``photo_caption`` of its line; each line read once).

        >>> f = Focus("Boats on June 2, 2019. Ann Lee/Wire Pictures\\nIt reopened.", [])
        >>> f.in_caption(_Mention(V.unknown("x"), 9, 21)), f.in_caption(_Mention(V.unknown("x"), 47, 55))
        (True, False)
        """
        if m.caption is None:
            k = self.line_of(m.start)
            if k not in self.caption_lines:
                assert self.breaks is not None
                lo = self.breaks[k - 1] + 1 if k else 0
                hi = self.breaks[k] if k < len(self.breaks) else len(self.norm)
                self.caption_lines[k] = photo_caption(self.norm[lo:hi])
            m.caption = self.caption_lines[k]
        return m.caption

    def story_full_date(self, pos: int) -> _Mention | None:
        """The last full date before ``pos`` that gives the story's year: the last one on the line of ``pos``, else the
        last one outside a photo caption (a file picture's date), however many captions came after it; else None.

        >>> f = Focus("Boats on June 2, 2019. Ann Lee/Wire Pictures\\nIt reopened on June 9.", [])
        >>> f.full_trail.append(_Mention(V.day(date(2019, 6, 2)), 9, 21))
        >>> f.story_full_date(30) is f.full_trail[0], f.story_full_date(63)
        (True, None)
        """
        for m in self.full_trail[self.trail_read :]:  # each full date is read once, as the text is read
            if not self.in_caption(m):
                self.story_full = m
        self.trail_read = len(self.full_trail)
        last = self.full_trail[-1] if self.full_trail else None
        if last is not None and self.line_of(last.end) == self.line_of(pos):
            return last
        return self.story_full

    def quote_marks(self) -> QuoteMarks:
        """The text's quotation marks (``QuoteMarks``), read once."""
        if self.marks is None:
            self.marks = QuoteMarks(self.norm)
        return self.marks

    def _recent(self, items: deque[_Mention], pos: int, reach: int = _NEAR) -> list[_Mention]:
        """Mentions ending within ``reach`` characters before ``pos`` (older ones are dropped for good)."""
        while items and pos - items[0].end > 400:
            items.popleft()
        return [m for m in items if pos - m.end < reach]

    def _latest(self, items: deque[_Mention], pos: int, n: int, reach: int = _NEAR) -> list[_Mention]:
        """The last ``n`` of ``_recent(items, pos, reach)`` (mentions end in text order, so only the tail is read)."""
        while items and pos - items[0].end > 400:
            items.popleft()
        out: list[_Mention] = []
        for m in reversed(items):
            if len(out) == n or pos - m.end >= reach:
                break
            out.append(m)
        return out[::-1]

    def _day_before(self, ref: _Mention, pos: int) -> _Mention | None:
        """The recent day mentioned just before ``ref`` (``ref`` itself when it is first; None when ``ref`` is not a
        recent day)."""
        it = reversed(self.days)
        for m in it:
            if pos - m.end >= _NEAR:
                return None
            if m is ref:
                prev = next(it, None)
                return prev if prev is not None and pos - prev.end < _NEAR else ref
        return None

    def note(self, c: Candidate, v: V.Value) -> None:
        """Record a resolved mention so that later expressions can refer to it.

        >>> f = Focus("On June 5 it began.", [date(2021, 7, 7)])
        >>> f.note(Candidate(3, 9, "date_mdy", {"mon": "June", "day": "5"}), V.day(date(2021, 6, 5)))
        >>> f.last_day.value.timex, f.last_past_day is f.last_day
        ('2021-06-05', True)
        """
        if c.rule in {"months_period", "the_year"}:
            self.report_quarter = None  # "in the first nine months", "for the year": the report's focus leaves the quarter
            self.period_end = c.end
        m = _Mention(v, c.start, c.end, c.data.get("hol", "") if c.rule == "holiday" else "", "year" in c.data)
        if v.precision == "day" and v.earliest and c.rule in {"date_mdy", "date_dmy", "date_numeric", "date_iso"} \
                and ("year" in c.data or c.rule in {"date_numeric", "date_iso"}):
            self.full_trail.append(m)
        if v.precision in {"day", "unknown"} and c.rule in DAY_RULES:
            self.last_day = m
            if v.earliest is not None and v.precision == "day":
                self.day_log.append(m)
                self.day_ends.append(m.end)
                if self.anchors and v.earliest == self.anchors[0]:
                    self.names_publication_day = True
            self.days.append(m)
            if v.value and self.anchors and v.earliest and v.earliest <= self.anchors[-1]:
                self.last_past_day = m
        if v.precision in {"month", "quarter", "half"} and v.value and not _COMPARISON.search(self.norm[max(0, c.start - 20) : c.start]):
            self.periods.append(m)  # a reported period, not a comparison base ("in September from August")
        if v.precision == "quarter" and v.value and c.rule != "offset":
            self.quarters.append(m)
            finished = bool(self.anchors) and v.latest is not None and (v.latest < self.anchors[0] or self._results_told(c, v))
            if finished and c.rule in {"quarter", "quarter_latest", "focus_quarter"} and not {"year", "rel", "ya"} & c.data.keys() \
                    and not self._earlier_than_report(m):
                self.report_quarter = m  # the finished quarter a business report is about ("third-quarter profit")
        if v.value and v.earliest is not None and v.precision not in {"vague", "unknown"}:
            self.last_ref = m

    def _results_told(self, c: Candidate, v: V.Value) -> bool:
        """A quarter still running at publication whose results a past verb tells ("reported a decline in fourth-quarter
        earnings" early in November): a fiscal quarter already over, the report's quarter all the same.

        >>> f = Focus("It reported a drop in fourth-quarter earnings.", [date(1989, 11, 2)])
        >>> f._results_told(Candidate(22, 36, "quarter", {"ord": "fourth"}), V.quarter(1989, 4))
        True
        """
        if v.earliest is None or not v.earliest <= self.anchors[0] or not _RESULTS_AFTER.match(self.norm, c.end):
            return False
        return has_past_verb(self.norm, sentence_start(self.norm, c.start, 150), c.start)

    def _earlier_than_report(self, m: _Mention) -> bool:
        """True when a quarter named ends before the reported one in reach ("after a flat second quarter": still the third).

        >>> f = Focus("", [date(1989, 11, 1)])
        >>> f.report_quarter = _Mention(V.quarter(1989, 3), 0, 13, "", False)
        >>> f._earlier_than_report(_Mention(V.quarter(1989, 2), 40, 54, "", False))
        True
        """
        r = self.reported(m.start)
        return r is not None and m.value.latest is not None and r.value.latest is not None and m.value.latest < r.value.latest

    # ------------------------------------------------------------------ readings against the focus
    def offset(self, c: Candidate) -> tuple[V.Value, str]:
        """'two days later', 'a year earlier', 'the year-ago period': the mention just before, shifted, at its granularity.

        TimeML marks 'three days' in 'three days later' as a DURATION (P3D), 'later' being a signal; the readable
        value is still the date it points to. Year offsets ('a year earlier') stay DATEs, as annotators treat them.
        With no date before it to count from, 'later' has no value (it counts from a time the text has not given,
        not from the publication date): a DURATION of its length, whatever the unit.

        >>> _read("It began on March 3. Two days later it ended.", "2021-07-07")
        [('March 3', '2021-03-03', '2021-03-03'), ('Two days later', '2021-03-05', 'P2D')]
        >>> _read("Three years later, the dispute goes on.", "2021-07-07")
        [('Three years later', '', 'P3Y')]
        """
        v, rule = self._offset(c)
        unit = c.data["unit"].lower().rstrip("s")
        later = (c.data.get("dir") or c.data.get("dir2", "")).lower() not in {"earlier", "before"}
        if "ya" not in c.data and (unit in {"day", "week", "month"} or (rule == "offset_unresolved" and later)):
            n = number_value(c.data["n"])
            timex = f"P{n if n is not None else 'X'}{unit[0].upper()}"
            return V.Value(v.value, v.precision, v.earliest, v.latest, timex, "DURATION", v.mod), rule
        return v, rule

    def _offset(self, c: Candidate) -> tuple[V.Value, str]:
        """The value an offset points to, and how it was found."""
        n = number_value(c.data["n"])
        unit = c.data["unit"].lower().rstrip("s")
        sign = -1 if (c.data.get("dir") or c.data.get("dir2", "")).lower() in {"earlier", "before"} else 1
        ref = self._offset_reference(c)
        if n is not None and ref is not None and ref.value.earliest is not None:
            if unit == "year" and ref.holiday and not V.is_super_tuesday(ref.holiday):  # "Thanksgiving ... a year earlier"
                return V.day(V.holiday_date(ref.holiday, ref.value.earliest.year + sign * n)), "offset_from_previous_date"
            return V.offset_like(ref.value, unit, sign * n), "offset_from_previous_date"
        if n is None or not self.anchors or sign > 0:  # "three years later" counts from a time told, never from the writing
            return V.Value("", "vague" if n is None else "unknown", None, None, "XXXX"), "offset_unresolved"
        return V.consensus([V.unit_value(unit, V.shift(b, unit, sign * n)) for b in self.anchors], "XXXX"), "offset_from_publication"

    def _offset_reference(self, c: Candidate) -> _Mention | None:
        """The mention an offset counts from: the previous day (or any date in the same sentence; the reported quarter)."""
        days = self._latest(self.days, c.start, 1)
        ref = days[-1] if days and days[-1].value.value else None
        near = self.last_ref if self.last_ref and c.start - self.last_ref.end < _NEAR \
            and not _SENTENCE_END.search(self.norm, self.last_ref.end - 1, c.start + 1) else None
        if near is not None and (ref is None or near.end > ref.end):
            ref = near  # "in August, up from 9.5% a month earlier": the mention just before, same sentence
        if c.data.get("yan", "").lower() in {"period", "quarter"}:
            quarters = [m for m in self._recent(self.quarters, c.start, 400) if not m.explicit]
            if quarters:
                return quarters[-1]  # "net for the fourth quarter ... the year-earlier period": that quarter a year back
        if self._period_between(ref, c):
            return None  # "said Friday it lost money in the first nine months, against a profit a year earlier": not Friday
        if self._year_back(c) and not (near is not None and near.value.precision in {"month", "quarter", "half"}):
            report = self.reported(c.start)
            if report is not None:
                return report  # "profit rose 5% from a year earlier": the reported quarter a year back
        before = self._day_before(ref, c.start) if ref is not None and days else None
        if before is not None and in_relative_clause(self.norm, ref.start, c.start):  # type: ignore[union-attr]
            ref = before  # "X, who travelled with him on Wednesday, tested positive a day earlier"
        last = self.last_ref
        if ref is None and last is not None and c.start - last.end < _NEAR and "ya" not in c.data and not self._year_back(c) \
                and _GRAINS.get(last.value.precision, 9) <= _GRAINS.get(c.data["unit"].lower().rstrip("s"), 0):
            ref = last  # "In 2005 he joined. Two years later he left.": the date just before, across a sentence end
        return ref

    def _period_between(self, ref: _Mention | None, c: Candidate) -> bool:
        """True when a year-back offset follows a multi-month period named after the day it would count from, in one sentence.

        >>> _read("It said Friday it lost money in the first nine months, against a profit a year earlier.", "1989-10-30")[-1]
        ('a year earlier', '1988', '1988')
        """
        return (ref is not None and self._year_back(c) and ref.end <= self.period_end <= c.start
                and not _SENTENCE_END.search(self.norm, ref.end - 1, c.start + 1))

    def reported(self, pos: int) -> _Mention | None:
        """The quarter a business report is about, when one was named in the last 1,500 characters.

        >>> Focus("", [date(2021, 7, 7)]).reported(10) is None
        True
        """
        r = self.report_quarter
        return r if r is not None and pos - r.end < _REPORT_REACH else None

    @staticmethod
    def _year_back(c: Candidate) -> bool:
        """True for 'a year ago', 'a year earlier', 'the year-ago period', 'the same quarter last year'."""
        return (c.data.get("unit", "").lower().rstrip("s") == "year" and number_value(c.data.get("n", "")) == 1
                and "fwd" not in c.data and "agoref" not in c.data and (c.data.get("dir") or c.data.get("dir2") or "earlier").lower()
                in {"earlier", "before"})

    def comparison_base(self, c: Candidate) -> tuple[V.Value, str] | None:
        """'sales in September were up 9% from a year ago': the reported period a year back (else None).

        >>> _read("Third-quarter profit rose 5% from a year ago.", "1989-10-26")
        [('Third-quarter', '1989-Q3', '1989-Q3'), ('a year ago', '1988-Q3', '1988-Q3')]
        """
        if c.rule == "ago" and not self._year_back(c):
            return None
        if c.rule == "rel_unit":
            return None
        comparison = _COMPARISON.search(self.norm[max(0, c.start - 20) : c.start])
        periods = self._recent(self.periods, c.start) if comparison else []
        if periods and (c.rule == "ago" or periods[-1].value.precision == "quarter"):
            return V.offset_like(periods[-1].value, "year", -1), "comparison_with_previous_period"
        report = self.reported(c.start)
        if report is not None and (c.rule == "ago" or comparison or _AMOUNT_BEFORE.search(self.norm[max(0, c.start - 40) : c.start])):
            return V.offset_like(report.value, "year", -1), "comparison_with_reported_quarter"
        return None

    def same_quarter(self, c: Candidate) -> tuple[V.Value, str] | None:
        """'the latest quarter', 'the quarter', or a bare 'fourth quarter' after a reported fourth quarter: that quarter.

        None when nothing applies ('fourth quarter' is then read against the publication date; 'the quarter' is dropped).

        >>> _read("Third-quarter sales fell; in the quarter margins narrowed.", "1989-10-26")[1]
        ('the quarter', '1989-Q3', '1989-Q3')
        """
        q = ORDINALS.get(c.data.get("ord", "").lower(), 0)
        ended = self._quarter_ended(c)
        if ended is not None:
            return ended, f"{c.rule}_ended"
        report = self.reported(c.start)
        if report is not None and (c.rule != "quarter" or report.value.value.endswith(f"Q{q}")):
            return report.value, f"{c.rule}_from_reported_quarter"
        same = [m for m in self._recent(self.quarters, c.start, 400)
                if not m.explicit and (c.rule != "quarter" or m.value.value.endswith(f"Q{q}"))]
        if same:
            return same[-1].value, f"{c.rule}_from_previous_quarter"
        if c.rule != "quarter_latest":
            return None
        if self.anchors:
            prev = V.shift(self.anchors[0], "month", -3)
            return V.quarter(prev.year, (prev.month - 1) // 3 + 1), "quarter_latest"
        return V.unknown("XXXX-QX"), "quarter_latest"

    def _quarter_ended(self, c: Candidate) -> V.Value | None:
        """'the quarter ended Sept. 30': the calendar quarter ending on that day (None for other days or without a date)."""
        if "qmon" not in c.data or not self.anchors:
            return None
        from .anchoring import nearest_month_day
        from .lexicon import month_number
        from .tense import DONE

        m, d = month_number(c.data["qmon"]), int(c.data["qday"])
        end = nearest_month_day(m, d, self.anchors[0], DONE)
        if end is None or m % 3 or (V.shift(end, "day", 1).month - 1) % 3:
            return None
        return V.quarter(end.year, m // 3)

    def dated_month_day(self, c: Candidate) -> tuple[V.Value, str] | None:
        """'September 25' just after 'September 27, 2017': the year of the full date in focus, when it is not the
        publication year (a story set in another year); None otherwise, or across a paragraph break. In an undated
        text, 'Jan. 20' takes the year of 'January 20, 2024' written anywhere in it, else that of the last full date
        before it, however far (the text's only clue to its year).

        >>> _read("The photo was taken on September 27, 2017, two days after the September 25 vote.", "2021-09-12")[1]
        ('September 25', '2017-09-25', '2017-09-25')
        >>> _read("ERBIL - SEPTEMBER 27: People at the airport on September 27, 2017.", "2021-09-12")[0]
        ('SEPTEMBER 27', '2017-09-27', '2017-09-27')
        >>> _read("Date: May 2, 2023.\\n\\nA strike hit the depot on May 4.", None)[1]
        ('May 4', '2023-05-04', '2023-05-04')
        """
        if {"ry", "ry2", "wd", "year"} & c.data.keys():
            return None
        from .lexicon import month_number

        m, d = month_number(c.data["mon"]), int(c.data["day"])
        full = None if self.anchors else self.written_in_full(m, d)
        if full is not None:  # an undated text: the year of the same month and day written in full anywhere in it
            return V.day(full), "date_restated_with_year"
        restated = self._restated(c, m, d)
        if restated is not None:  # "SEPTEMBER 27: People are seen ... on September 27, 2017" (a photo caption)
            return V.day(restated), "date_restated_with_year"
        ref = self.story_full_date(c.start)  # a picture's date sets no year beyond its caption (a file photo)
        near = self.last_ref
        if near is not None and near.explicit and near.value.precision == "month" and near.value.earliest \
                and (ref is None or near.end > ref.end) and not self.sentence_end(near.end - 1, c.start + 1) \
                and clause_tense(self.norm, c.start, c.end) != FUTURE:
            ref = near  # "After the rebels took Lakeport in June 2014, they attacked Millbrook on August 3": the sentence's year
        if ref is None and not self.anchors:  # an undated text with no full date yet: one later on the same line
            ahead = self._ahead_on_line(c)
            return _nearest_day(m, d, ahead, "date_in_line_year") if ahead is not None else None
        if ref is None or ref.value.earliest is None:
            return None
        if self.anchors and ref.value.earliest.year in {a.year for a in self.anchors}:
            return None
        if self.anchors and (c.start - ref.end > _NEAR or "\n\n" in self.norm[ref.end : c.start]):
            if not self.opens_sentence(ref.start):  # an aside ("the drone used to kill X on January 3, 2020")
                return None
            return self._chronology_day(c, m, d, ref.value.earliest, ref.end)
        return _nearest_day(m, d, ref.value.earliest, "date_in_focus_year")

    def opens_sentence(self, pos: int) -> bool:
        """Whether the date at ``pos`` opens its sentence: at most three short words before it since the last stop or
        line break ("On December 27, 2019, ...", "Early on Jan. 5, 2020, ..."), as a chronology's entries do.

        >>> f = Focus("Rockets hit. On December 27, 2019, a base was hit. It was killed on January 3, 2020.", [])
        >>> f.opens_sentence(16), f.opens_sentence(74)
        (True, False)
        """
        lead = self.norm[max(0, pos - 40) : pos]
        cut = max(lead.rfind("\n"), max((m.end() for m in _LEAD_STOP.finditer(lead)), default=-1))
        return cut >= 0 and len(lead[cut:].split()) <= 3 or pos <= 40 and len(lead.split()) <= 3

    def _chronology_day(self, c: Candidate, m: int, d: int, ref: date, ref_end: int) -> tuple[V.Value, str] | None:
        """A month and day in a later paragraph of a chronology ("On December 27, 2019, ..." / "On December 29, ..."):
        the day of the full date's year (or the next) when it falls up to two months after that date, within
        ``_CHRONO_REACH`` characters; else None (the publication day reads it).

        >>> f = Focus("x" * 500, [date(2021, 2, 19)])
        >>> f._chronology_day(Candidate(400, 411, "date_mdy", {}), 1, 8, date(2020, 1, 3), 100)[0].timex
        '2020-01-08'
        >>> f._chronology_day(Candidate(400, 411, "date_mdy", {}), 6, 8, date(2020, 1, 3), 100) is None
        True
        """
        if c.start - ref_end > _CHRONO_REACH:
            return None
        got = _nearest_day(m, d, ref, "date_in_chronology_year")
        return got if got is not None and 0 <= (got[0].earliest - ref).days <= 62 else None

    def written_in_full(self, m: int, d: int) -> date | None:
        """The first date of this month and day that the text writes with its year (None when there is none or
        the text gives the same month and day in different years).

        >>> Focus("x", [], full_dates=[(40, 1, 20, date(2024, 1, 20))]).written_in_full(1, 20)
        datetime.date(2024, 1, 20)
        """
        if self.by_month_day is None:
            self.by_month_day = {}
            for _, fm, fd, full in self.full_dates:
                known = self.by_month_day.setdefault((fm, fd), full)
                if known is not None and known != full:
                    self.by_month_day[(fm, fd)] = None
        return self.by_month_day.get((m, d))

    def _ahead_on_line(self, c: Candidate) -> date | None:
        """The first full date after ``c`` on its line, within ``_NEAR`` characters (a caption's 'on April 1, Benghazi,
        April 2, 2024'), else None.

        >>> f = Focus("Ruins of the strike on April 1, Benghazi, April 2, 2024.\\nOn May 5 ...", [],
        ...           full_dates=[(42, 4, 2, date(2024, 4, 2))])
        >>> f._ahead_on_line(Candidate(23, 30, "date_mdy", {})), f._ahead_on_line(Candidate(60, 65, "date_mdy", {}))
        (datetime.date(2024, 4, 2), None)
        """
        i = bisect_left(self.full_dates, (c.end,))
        if i == len(self.full_dates):
            return None
        start, _, _, full = self.full_dates[i]
        return full if start - c.end <= _NEAR and "\n" not in self.norm[c.end : start] else None

    def _restated(self, c: Candidate, m: int, d: int) -> date | None:
        """The same month and day written with its year a little further on, in the same paragraph (else None)."""
        i = bisect_left(self.full_dates, (c.end,))
        for start, fm, fd, full in self.full_dates[i : i + 3]:
            if start - c.end > _NEAR or "\n\n" in self.norm[c.end : start]:
                break
            if (fm, fd) == (m, d):
                return full
        return None

    def months_period(self, c: Candidate) -> tuple[V.Value, str]:
        """'the first nine months': a duration (TimeML P9M); it moves a report's focus off its quarter.

        >>> _read("In the first nine months, net rose.", "1989-10-26")
        [('the first nine months', '', 'P9M')]
        """
        n = {"three": 3, "six": 6, "nine": 9, "twelve": 12}.get(c.data["n"].lower()) or int(c.data["n"])
        return V.vague(f"P{n}M", type_="DURATION"), "months_period"

    def that_unit(self, c: Candidate) -> tuple[V.Value, str] | None:
        """'that year', 'the same month': the year (month, week) of the date just mentioned (None without one).

        >>> _read("Imports reached $37 million in 1988, a small share of imports that year.", "1989-11-02")[1]
        ('that year', '1988', '1988')
        """
        ref = self.last_ref
        unit = c.data["unit"].lower()
        if ref is None or c.start - ref.end > 400 or ref.value.earliest is None or V.GRAIN.get(ref.value.precision, 9) > V.GRAIN[unit]:
            return None
        return V.unit_value(unit, ref.value.earliest), "that_unit_from_previous_date"

    def the_year(self, c: Candidate) -> tuple[V.Value, str] | None:
        """'for the year', 'the full year': the year of the date in focus (a date in the same sentence), else the publication year.

        >>> _read("Sales for the full year were $6.6 billion.", "1989-11-02")
        [('the full year', '1989', '1989')]
        """
        ref = self.last_ref
        if ref is not None and ref.value.earliest is not None and ref.value.precision in V.GRAIN \
                and V.GRAIN[ref.value.precision] <= V.GRAIN["year"] and not self.sentence_end(ref.end - 1, c.start + 1):
            return V.year(ref.value.earliest.year), "the_year_of_previous_date"
        report = self.reported(c.start)
        if report is not None and report.value.earliest is not None:  # "for the year" in a report on the fourth quarter
            return V.year(report.value.earliest.year), "the_year_of_reported_quarter"
        if not self.anchors:
            return V.unknown("XXXX"), "the_year"
        return V.consensus([V.year(a.year) for a in self.anchors], "XXXX"), "the_year"

    def quoted_today(self, c: Candidate) -> tuple[V.Value, str] | None:
        """'today' ('tonight', 'this morning' ...) inside a quotation in a story about the day before (or two or three
        before) publication: the day the words were spoken. That holds when the first day the text names is that day,
        no mention of the publication day comes before, and it is still the last day named before the quotation opened;
        else None.

        >>> _read("The minister announced Wednesday: \u201cWe acted today.\u201d", "2023-11-09")[1]
        ('today', '2023-11-08', '2023-11-08')
        >>> _read("Pumps failed Wednesday. The mayor said: \u201cCrews work tonight.\u201d", "2023-11-09")[1]
        ('tonight', '2023-11-08', '2023-11-08TNI')
        >>> _read("The minister said: \u201cToday we act.\u201d", "2023-11-09")[0]
        ('Today', '2023-11-09', '2023-11-09')
        """
        if squash(c.data["w"]) not in _SPEAKERS_DAY or len(self.anchors) != 1 or not self.day_log:
            return None
        story = self.day_log[0].value.earliest
        if story is None or not 1 <= (self.anchors[0] - story).days <= 3 or self.names_publication_day:
            return None  # the story's own day is not an earlier one, or the text has named the publication day
        q = self.quote_marks().opening(c.start)
        if q is None:
            return None
        i = bisect_right(self.day_ends, q)  # the last day named before the quotation opened
        ref = self.day_log[i - 1] if i else None
        if ref is None or c.start - ref.end > _QUOTE_REACH or ref.value.earliest != story:
            return None
        return relative_value(c, story, PAST), "day_word_quoted_on_story_day"  # 'tonight': that day's night

    def day_of_month_in_focus(self, c: Candidate) -> tuple[V.Value, str] | None:
        """'the 20th' after a day of that month told just before ('December 18 ... on the evening of the 23rd'): that
        day of the told month and year, also in an undated text (else None: the publication month decides).

        >>> _read("Rockets fell on December 18. More fell on the 20th.", None)[1]
        ('the 20th', '', 'XXXX-12-20')
        >>> _read("Rockets fell on December 18, 2020. More fell on the 20th.", "2021-02-01")[1]
        ('the 20th', '2020-12-20', '2020-12-20')
        """
        ante = self._antecedent_day(c)
        told = _TOLD_DAY.fullmatch(ante.value.timex or "") if ante is not None else None
        if told is None or c.start - ante.end > _NEAR or "\n\n" in self.norm[ante.end : c.start]:  # type: ignore[union-attr]
            return None
        if self.anchors and clause_tense(self.norm, c.start, c.end) == FUTURE:
            return None  # "the next round is on the 10th": the next 10th after publication
        y, m, d = told["y"], int(told["m"]), int(c.data["day"])
        if y == "XXXX":
            return (V.unknown(f"XXXX-{m:02d}-{d:02d}"), "month_day_ord_in_focus") if V.valid_day(2000, m, d) else None
        return (V.day(date(int(y), m, d)), "month_day_ord_in_focus") if V.valid_day(int(y), m, d) else None

    def weekday_around(self, c: Candidate) -> tuple[V.Value, str] | None:
        """'the previous Friday', 'the following Monday': that weekday before or after the day just mentioned (else None).

        >>> _read("Shares closed lower on Friday, down 4% from the previous Friday.", "1989-10-30")[1]
        ('the previous Friday', '1989-10-20', '1989-10-20')
        >>> _read("The index was down 4% from the previous Friday.", "1989-10-30")  # no day in focus: a week before the last
        [('the previous Friday', '1989-10-20', '1989-10-20')]
        """
        from .anchoring import resolve_weekday
        from .lexicon import weekday_number

        rel = (c.data.get("rel") or "").lower()
        if not c.data.get("the") or rel not in {"previous", "following"}:
            return None
        days = self._latest(self.days, c.start, 1)
        wd = weekday_number(c.data["wd"])
        if (not days or days[-1].value.earliest is None) and rel == "previous" and self.anchors:
            last = resolve_weekday(wd, self.anchors[0], "past")  # no day in focus: the week before that weekday's last one
            return V.day(last - timedelta(days=7)), "weekday_before_last"
        if not days or days[-1].value.earliest is None:
            return None
        d = resolve_weekday(wd, days[-1].value.earliest, "last" if rel == "previous" else "next")
        return V.day(d), "weekday_from_previous_date"

    def this_quarter(self, c: Candidate) -> tuple[V.Value, str] | None:
        """'this quarter' in a business report about a finished quarter: that quarter (else None).

        >>> _read("Third-quarter net fell. This quarter's loss includes charges.", "1989-11-01")[1]
        ('This quarter', '1989-Q3', '1989-Q3')
        """
        report = self.reported(c.start)
        if c.data["rel"].lower() != "this" or c.data["unit"].lower() != "quarter" or report is None:
            return None
        return report.value, "this_quarter_reported"

    def last_year_compared(self, c: Candidate) -> tuple[V.Value, str] | None:
        """'up from last year's $5 million', 'against a loss of $3 million last year' in a report on a quarter: the
        amount compared is that quarter's a year back (else None: 'Last year, the firm had ...' stays the year).

        >>> _read("Third-quarter net rose to $9 million from last year's $5 million.", "1989-11-01")[1]
        ('last year', '1988-Q3', '1988-Q3')
        """
        report = self.reported(c.start)
        if report is None or c.data["rel"].lower() != "last" or c.data["unit"].lower() != "year":
            return None
        before = self.norm[max(0, c.start - 60) : c.start]
        if not (_COMPARISON.search(before) or _AMOUNT_BEFORE.search(before) and _COMPARED.search(before)):
            return None
        return V.offset_like(report.value, "year", -1), "comparison_with_reported_quarter"

    def year_period(self, c: Candidate) -> tuple[V.Value, str]:
        """'the 1988 period': the reported quarter in that year, else the year.

        >>> _read("Third-quarter net rose, against a loss in the 1988 period.", "1989-11-01")[1]
        ('the 1988 period', '1988-Q3', '1988-Q3')
        """
        report = self.reported(c.start)
        y = int(c.data["year"])
        if report is None or report.value.earliest is None:
            return V.year(y), "year_period"
        return V.quarter(y, (report.value.earliest.month - 1) // 3 + 1), "year_period_of_reported_quarter"

    def anaphoric_day(self, c: Candidate) -> tuple[V.Value, str]:
        """'the same day', 'the next day', 'that afternoon': the previous day mentioned (a past one in a past-tense clause).

        >>> _read("Rockets hit the base on Monday. The next day a drone fell.", "2021-07-09")[1]
        ('The next day', '2021-07-06', '2021-07-06')
        >>> Focus("", []).anaphoric_day(Candidate(0, 10, "anaphoric_day", {"w": "that night"}))[0].timex
        'XXXX-XX-XXTNI'
        >>> _read("A bomb killed 84 people the previous day.", "2024-01-04")[0][2]  # no day before it: publication's eve
        '2024-01-03'
        >>> from .mentions import date_records  # 'later in the day' is not listed by date_mentions, only kept here
        >>> [r["timex"] for r in date_records("He flew to the coast later in the day.", "2024-01-04")]  # the publication day
        ['2024-01-04']
        """
        w = squash(c.data["w"])
        words = set(w.split())
        off = 0 if "in the day" in w else 1 if words & {"next", "following", "later", "after"} else \
            -1 if words & {"previous", "earlier", "before"} else 0
        ante = self._antecedent_day(c)
        if ante is not None and ante is not self.last_past_day and self.last_past_day is not None and ante.value.value \
                and self.anchors and ante.value.earliest and ante.value.earliest > self.anchors[-1] and self._past_clause(c):
            ante = self.last_past_day  # "Biden will take office on Jan. 20. Lawmakers had gathered that afternoon": a past day
        part = _PART_CODES.get(w.rsplit(" ", 1)[-1], "")  # "that night", "the same morning": a TIME in TimeML
        if ante is None and off == -1 and not part and len(self.anchors) == 1:
            return V.day(self.anchors[0] - timedelta(days=1)), "anaphoric_day_before_publication"  # 'the previous day'
        if ante is None and "in the day" in w and len(self.anchors) == 1:
            return V.day(self.anchors[0]), "anaphoric_day_of_publication"  # 'later in the day' with no day told: today
        if ante is None or ante.value.type == "DURATION":  # no day before it, or only a length ("a week later")
            rule = "anaphoric_day_unresolved" if ante is not None else "anaphoric_day_without_antecedent"
            return V.vague("XXXX-XX-XX" + (f"T{part}" if part else ""), type_="TIME" if part else "DATE"), rule
        self.last_day = ante
        prev = ante.value
        if prev.precision == "day" and prev.earliest:
            return V.day(prev.earliest + timedelta(days=off)).as_time(part) if part else V.day(prev.earliest + timedelta(days=off)), "anaphoric_day"
        stepped = V.step_yearless_day(prev.timex, off) if off else None
        if stepped is not None:  # "on March 23 ... the next day" on an undated page: XXXX-03-24
            return V.Value("", "unknown", None, None, stepped + (f"T{part}" if part else ""), "TIME" if part else "DATE"), "anaphoric_day"
        sh = timedelta(days=off)
        return V.Value("", prev.precision, prev.earliest + sh if prev.earliest else None,
                       prev.latest + sh if prev.latest else None, prev.timex), "anaphoric_day"

    def _antecedent_day(self, c: Candidate) -> _Mention | None:
        """The day an anaphor refers to: the last one, unless it sits in a 'since ...' clause after the sentence's own day.

        ("Stocks plunged on Monday, the first day since the downgrade late Friday. The Dow lost 5% that day": Monday.)
        Not a holiday of a given year named in an earlier paragraph ("the 2011 Thanksgiving parade" is a memory, not
        the day the story moves on from; examples in tests/test_dates_s27.py).
        """
        ante = self.last_day
        if ante is not None and ante.holiday and ante.explicit and self.line_of(c.start) > self.line_of(ante.end):
            return None
        days = self._latest(self.days, c.start, 2)
        if ante is None or len(days) < 2 or days[-1] is not ante:
            return ante
        between = self.norm[days[-2].end - 1 : ante.start + 1]
        if _SINCE.search(between) and not _SENTENCE_END.search(between):
            return days[-2]
        return ante

    def _past_clause(self, c: Candidate) -> bool:
        """True when the clause before a mention is in a past tense (had, was, were, did, an -ed or an irregular past verb)."""
        index = self.sentences() if self.sentences is not None else None  # bisected instead of a scan per mention
        before = self.past_before(sentence_start(self.norm, c.start, index=index), c.start)  # the cheaper test first
        return before and self.tense_of(c) in {PAST, DONE}

    def _narrative_next(self, c: Candidate) -> bool:
        """'the next year' in a past clause of the sentence that named the date it steps from ('opened in 1998 and was
        sold the next year'); not 'over the next year' (from now), nor across a sentence end.

        >>> _read("The mill opened in 1998 and was sold the next year.", "2016-04-28")[1][2]
        '1999'
        """
        ref = self.last_ref
        if not c.data.get("the") or ref is None or self.sentence_end(ref.end - 1, c.start + 1):
            return False
        if _SPAN_BEFORE.search(self.norm[max(0, c.start - 8) : c.start]):
            return False
        return self._past_clause(c)

    def previous_unit(self, c: Candidate) -> tuple[V.Value, str] | None:
        """'the previous quarter', 'the following month', 'the week before': a step from the date just mentioned (else None).

        >>> _read("Output fell in the final quarter of 2023 after a rise in the previous quarter.", "2024-02-15")[1]
        ('the previous quarter', '2023-Q3', '2023-Q3')
        """
        rel = c.data["rel"].lower()
        ref = self.last_ref
        if rel == "next" and self._narrative_next(c):
            rel = "following"  # "The mill opened in 1998 and was sold the next year": a step from that date
        if rel not in {"previous", "prior", "following"} or ref is None or c.start - ref.end >= _STEP_REACH:
            return None
        unit = c.data["unit"].lower()
        if V.GRAIN.get(ref.value.precision, 5) > V.GRAIN.get(unit, 5) or ref.value.earliest is None:
            return None
        k = -1 if rel in {"previous", "prior"} else 1
        su, n = {"weekend": ("week", 1), "quarter": ("month", 3)}.get(unit, (unit, 1))
        return V.unit_value(unit, V.shift(ref.value.earliest, su, k * n)), "rel_unit_from_previous_date"


def _read(text: str, published: str) -> list[tuple[str, str, str]]:
    """(text, readable value, TimeML value) of each expression: the examples of this module."""
    from .mentions import date_mentions

    df = date_mentions(text, published)
    return [tuple(r) for r in df[["text", "value", "timex"]].values.tolist()]  # type: ignore[misc]
