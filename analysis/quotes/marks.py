"""Quotation marks and their pairing: paragraphs, mark tokens, double and single pairs, sentence edges.

Every function here is linear in the length of the text: marks are scanned once per paragraph, single
marks look ahead a bounded distance, and sentence edges are searched in bounded windows.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from ..text.checks import require_text

D_OPEN, D_CLOSE, D_AMBIG = ("“", "„", "‟", "«", "``", "‘‘"), ("”", "»", "’’"), ('"', "″", "''", "＂")
S_OPEN, S_CLOSE, S_AMBIG = ("‘", "‚", "‛", "‹", "`"), ("’", "›"), ("'", "′")
DOUBLE_GLYPHS = "“”„‟«»\"″＂"
SINGLE_GLYPHS = "‘’‚‛‹›'′`"
_SINGLE_SET = frozenset(S_OPEN + S_CLOSE + S_AMBIG)
_MARK_RE = re.compile(r"``|'''|''|‘‘|’’|[“”„‟«»\"″＂‘’‚‛‹›'′`]")
_OPEN_LEFT = "([{—–-/:;,"
_CLOSE_RIGHT = ",.;:!?)]}—–-…"
_ELISIONS = re.compile(r"(?:\d0s|em|til|cause|n|tis|twas|round|bout)\b", re.I)
MAX_SINGLE_CHARS = 600       # a single-quoted span longer than this is not paired (apostrophes, lists)
MAX_SINGLE_TOKENS = 400      # a paragraph with more single marks is a table or a list of feet and inches
ABBREVIATIONS = {"mr", "mrs", "ms", "dr", "col", "gen", "lt", "maj", "capt", "sgt", "st", "no", "prof", "sen",
                 "rep", "gov", "brig", "adm", "jr", "sr", "vs", "u.s", "u.n", "u.k", "cmdr", "rev", "hon",
                 "corp", "inc", "ltd", "co", "messrs", "mt", "ft", "gens", "sens", "reps", "e.g", "i.e",
                 "a.m", "p.m", "jan", "feb", "aug", "sept", "oct", "nov", "dec", "fla", "calif", "va", "pa",
                 "coun", "couns", "cllr", "cllrs", "govs", "supt", "insp", "det", "cpl", "pte", "atty", "amb",
                 "asst", "dep"}


@dataclass(slots=True)
class QuoteSpan:
    """A paired quotation: mark offsets, the quoted words (marks and edge spaces excluded), paragraph."""

    open_start: int
    open_end: int
    close_start: int
    close_end: int
    start: int
    end: int
    para: int
    mark: str                     # "double" | "single"
    unbalanced: bool = False
    continues_next: bool = False  # unclosed at the paragraph end and the next paragraph opens a quote


def paragraph_spans(text: str) -> list[tuple[int, int]]:
    """Paragraph (start, end) spans: lines, with hard-wrapped lines (next starts lower case) joined.

    >>> paragraph_spans("A b.\\nC d.\\n\\nE")
    [(0, 4), (5, 9), (11, 12)]
    >>> paragraph_spans("one line\\nwrapped here.")
    [(0, 22)]
    """
    out: list[list[int]] = []
    prev_end = -1
    for m in re.finditer(r"[^\n]+", text):
        s, e = m.start(), m.end()
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if e <= s:
            continue
        wrapped = out and prev_end >= 0 and text.count("\n", prev_end, s) == 1 \
            and text[out[-1][1] - 1] not in ".!?:;\"”’)…" and text[s].islower()
        if wrapped:
            out[-1][1] = e
        else:
            out.append([s, e])
        prev_end = e
    return [(s, e) for s, e in out]


def _tokens(text: str, s: int, e: int) -> list[tuple[int, int, str]]:
    """Quotation-mark tokens (start, end, glyph) in text[s:e]; ''' splits into '' and ' by context.

    >>> _tokens("a ''b''' c", 0, 10)
    [(2, 4, "''"), (5, 6, "'"), (6, 8, "''")]
    """
    out = [(m.start(), m.end(), m.group()) for m in _MARK_RE.finditer(text, s, e)]
    if text.find("'''", s, e) < 0:
        return out
    split: list[tuple[int, int, str]] = []
    for ms, me, g in out:
        if g == "'''":
            closing = ms > s and not text[ms - 1].isspace()
            split.extend([(ms, ms + 1, "'"), (ms + 1, me, "''")] if closing else [(ms, ms + 2, "''"), (ms + 2, me, "'")])
        else:
            split.append((ms, me, g))
    return split


def _context(text: str, s: int, e: int, ms: int, me: int) -> tuple[bool, bool]:
    """(opening context, closing context) of a mark at text[ms:me] inside the paragraph text[s:e].

    >>> _context('a "b" c', 0, 7, 2, 3), _context('a "b" c', 0, 7, 4, 5)
    ((True, False), (False, True))
    """
    left_space = ms <= s or text[ms - 1].isspace()
    right = text[me] if me < e else " "
    right_space = right.isspace()
    opening = (left_space or text[ms - 1] in _OPEN_LEFT) and not right_space
    closing = not left_space and (right_space or right in _CLOSE_RIGHT_OR_MARK)
    return opening, closing


_CLOSE_RIGHT_OR_MARK = _CLOSE_RIGHT + DOUBLE_GLYPHS + SINGLE_GLYPHS


def _trim(text: str, a: int, b: int) -> tuple[int, int]:
    """Shrink text[a:b] to exclude edge whitespace.

    >>> _trim(" ab ", 0, 4)
    (1, 3)
    """
    while a < b and text[a].isspace():
        a += 1
    while b > a and text[b - 1].isspace():
        b -= 1
    return a, b


_STRAY_CLOSE_CUE = re.compile(r"[\s,]*(?:[\w’'.\- ]{0,40}?\b)?(?:said|says|told|added|wrote|asked|insisted|explained|"
                              r"warned|argued|stated|declared|noted|continued)\b")


def _curly(g: str) -> bool:
    """Whether a double mark is typographic (“ ” „ « »), not typed straight (" '')."""
    return g not in D_AMBIG


def _nested_other_family(text: str, s: int, e: int, doubles: list[tuple[int, int, str]]) -> set[int]:
    """Indices of inner pairs of the other family inside a quote ('"... a ship, “RUBYMAR,” with missiles," X said'):
    an opening mark of one family, its closing mark next, then the outer family's closing mark.

    >>> t = '"We hit a ship, “RUBYMAR,” with missiles," he said.'
    >>> sorted(_nested_other_family(t, 0, len(t), _tokens(t, 0, len(t))))
    [1, 2]
    """
    out: set[int] = set()
    k = 0
    while k + 2 < len(doubles):
        (a0, a1, ga), (b0, b1, gb), (c0, c1, gc) = doubles[k], doubles[k + 1], doubles[k + 2]
        d0, d1, gd = doubles[k + 3] if k + 3 < len(doubles) else (e, e, ga)
        outer, inner = _curly(ga), _curly(gb)
        if outer != inner and _curly(gc) == inner and _curly(gd) == outer and \
                _context(text, s, e, b0, b1)[0] and _context(text, s, e, c0, c1)[1] and \
                _context(text, s, e, a0, a1)[0] and (k + 3 >= len(doubles) or _context(text, s, e, d0, d1)[1]):
            out.update((k + 1, k + 2))
            k += 4
            continue
        k += 1
    return out


def pair_doubles(text: str, s: int, e: int,
                 tokens: list[tuple[int, int, str]] | None = None) -> list[tuple[int, int, int, int, bool]]:
    """Pair the double marks of paragraph text[s:e]: (open_start, open_end, close_start, close_end, unbalanced).

    A missing opening mark is the paragraph start (only before an attribution), a missing closing mark the
    paragraph end; an opening glyph met while a quote is open closes the earlier quote unbalanced. ``tokens``:
    the paragraph's mark tokens when already scanned (``_tokens``).
    >>> pair_doubles("a “b” c ''d'' e", 0, 15)
    [(2, 3, 4, 5, False), (8, 10, 11, 13, False)]
    """
    out: list[tuple[int, int, int, int, bool]] = []
    cur: tuple[int, int] | None = None
    doubles = [t for t in (_tokens(text, s, e) if tokens is None else tokens) if t[2] not in _SINGLE_SET]
    skip = _nested_other_family(text, s, e, doubles)
    for k, (ms, me, g) in enumerate(doubles):
        if k in skip:
            continue
        opening, closing = _context(text, s, e, ms, me)
        if cur is None:
            if g in D_OPEN or (g in D_AMBIG and not (closing and not opening)) or (g in D_CLOSE and (opening or ms == s)):
                cur = (ms, me)   # a closing glyph typed at the paragraph start opens the quote
            elif not out and _STRAY_CLOSE_CUE.match(text, me, min(e, me + 60)):
                out.append((s, s, ms, me, True))   # the quote began before the paragraph's first word
            continue
        if g in D_OPEN and opening and not closing and text[cur[1]:ms].strip():
            out.append((cur[0], cur[1], _trim(text, cur[1], ms)[1], _trim(text, cur[1], ms)[1], True))
            cur = (ms, me)
            continue
        out.append((cur[0], cur[1], ms, me, False))
        cur = None
    if cur is not None and not (text[cur[0]] in "«»" and _arrow_label(text[cur[1]:e])):
        out.append((cur[0], cur[1], e, e, True))
    return out


#: what an unclosed guillemet leaves to a navigation arrow's label ('« Back', '« Previous'): a few words, no punctuation
_ARROW_LABEL = re.compile(r"\s*\w+(?:[ \t]+\w+){0,2}\s*")


def _arrow_label(tail: str) -> bool:
    """Whether the words after an unclosed opening mark are a link label of up to three words with no punctuation.

    >>> _arrow_label(" Back to LIVE"), _arrow_label("We will win.")
    (True, False)
    """
    return bool(_ARROW_LABEL.fullmatch(tail))


def _single_role(text: str, s: int, e: int, ms: int, me: int, g: str) -> str:
    """'open', 'close' or '' for a single mark: apostrophes inside words and elisions are neither.

    >>> _single_role("don't", 0, 5, 3, 4, "'"), _single_role("a 'b' c", 0, 7, 2, 3, "'")
    ('', 'open')
    """
    left = text[ms - 1] if ms > s else ""
    right = text[me] if me < e else ""
    if left.isalnum() and right.isalnum():
        return ""
    opening, closing = _context(text, s, e, ms, me)
    if opening and (right.isalnum() or right in "“\"") and not (g in S_CLOSE + S_AMBIG and _ELISIONS.match(text, me)):
        return "open"
    return "close" if closing else ""


def _best_close(text: str, closes: list[int], o: int, limit: int, e: int) -> int:
    """Choose the closing mark of an opening at o among the candidates before limit (-1 when none).

    Prefer a close right after punctuation (or at the paragraph end), then one not after 's' (a plural
    possessive: the groups’ names), then the first.
    >>> _best_close("'the groups' names, he said,' x", [11, 27], 0, 31, 31)
    27
    """
    strong = weak = first = -1
    for c in closes:
        if c <= o or c >= limit or c - o > MAX_SINGLE_CHARS:
            continue
        first = c if first < 0 else first
        if strong < 0 and (text[c - 1] in ",.!?;:…" or text[c + 1:e].strip() == ""):
            strong = c
        if weak < 0 and text[c - 1] not in "sS":
            weak = c
    return strong if strong >= 0 else (weak if weak >= 0 else first)


def pair_singles(text: str, s: int, e: int, blocked: list[tuple[int, int]], next_opens_quote: bool = False,
                 tokens: list[tuple[int, int, str]] | None = None) -> list[tuple[int, int, int, int, bool]]:
    """Pair single marks of paragraph text[s:e] outside the double-quoted spans in ``blocked``.

    An opening mark with no close runs to the paragraph end when it follows a colon or the next paragraph
    opens with a quote mark (multi-paragraph quotes in British style). ``tokens`` as in ``pair_doubles``.
    >>> pair_singles("He said: 'We won.' It's over.", 0, 29, [])
    [(9, 10, 17, 18, False)]
    """
    roles: list[tuple[int, int, str]] = []
    bi = 0
    for ms, me, g in _tokens(text, s, e) if tokens is None else tokens:
        if g not in _SINGLE_SET:
            continue
        while bi < len(blocked) and blocked[bi][1] <= ms:
            bi += 1
        if bi < len(blocked) and blocked[bi][0] <= ms < blocked[bi][1]:
            continue
        r = _single_role(text, s, e, ms, me, g)
        if r:
            roles.append((ms, me, r))
    if len(roles) > MAX_SINGLE_TOKENS:
        return []
    opens = [i for i, (_, _, r) in enumerate(roles) if r == "open"]
    out: list[tuple[int, int, int, int, bool]] = []
    last_close = -1
    for k, i in enumerate(opens):
        o = roles[i][0]
        if o <= last_close:
            continue
        limit = roles[opens[k + 1]][0] if k + 1 < len(opens) else e
        closes = []
        for j in range(i + 1, min(len(roles), i + 51)):
            if roles[j][0] >= limit:
                break
            if roles[j][2] == "close":
                closes.append(roles[j][0])
        c = _best_close(text, closes, o, limit, e)
        if c >= 0:
            out.append((o, o + 1, c, c + 1, False))
            last_close = c
        elif k + 1 == len(opens) and (text[o] in S_OPEN or o == s) and \
                (next_opens_quote or text[max(s, o - 3):o].rstrip().endswith(":")):
            out.append((o, o + 1, e, e, True))
            last_close = e
    return out


_ALNUM = re.compile(r"[^\W_]")


def _span(text: str, pair: tuple[int, int, int, int, bool], para: int, mark: str) -> QuoteSpan | None:
    """A QuoteSpan from a mark pair, or None when nothing word-like is quoted."""
    a, b = _trim(text, pair[1], pair[2])
    if b <= a or not _ALNUM.search(text, a, b):
        return None
    return QuoteSpan(pair[0], pair[1], pair[2], pair[3], a, b, para, mark, pair[4])


def _inside_single(d: tuple[int, int, int, int, bool], singles: list[tuple[int, int, int, int, bool]]) -> bool:
    """Whether a double pair lies strictly inside a closed single pair (singles are sorted, disjoint).

    >>> _inside_single((5, 6, 8, 9, False), [(0, 1, 12, 13, False)])
    True
    """
    k = bisect.bisect_left(singles, (d[0],)) - 1
    return k >= 0 and not singles[k][4] and singles[k][0] < d[0] and d[3] <= singles[k][2]


def find_quotes(text: str, paras: list[tuple[int, int]]) -> list[QuoteSpan]:
    """All quoted spans of a text, paragraph by paragraph, sorted by start.

    >>> t = '“We won,” he said.\\n\\nShe called it ‘a fluke’.'
    >>> [(q.mark, t[q.start:q.end]) for q in find_quotes(t, paragraph_spans(t))]
    [('double', 'We won,'), ('single', 'a fluke')]
    """
    spans: list[QuoteSpan] = []
    for pi, (s, e) in enumerate(paras):
        tokens = _tokens(text, s, e)
        doubles = pair_doubles(text, s, e, tokens)
        nxt = paras[pi + 1][0] if pi + 1 < len(paras) else -1
        singles = pair_singles(text, s, e, [(d[0], d[3]) for d in doubles], nxt >= 0 and text[nxt] in SINGLE_GLYPHS,
                               tokens) if any(t[2] in _SINGLE_SET for t in tokens) else []
        # 'He said to me, "Mum, I'll be home,"' recalled X: a double-quoted span nested in a single-quoted one
        doubles = [d for d in doubles if not _inside_single(d, singles)] if singles else doubles
        for pair, mark in [(d, "double") for d in doubles] + [(x, "single") for x in singles]:
            sp = _span(text, pair, pi, mark)
            if sp is not None:
                spans.append(sp)
    spans.sort(key=lambda x: x.start)
    for k, sp in enumerate(spans):
        if sp.unbalanced and sp.close_start >= paras[sp.para][1] and sp.para + 1 < len(paras):
            ns = paras[sp.para + 1][0]
            nxt_sp = spans[k + 1] if k + 1 < len(spans) else None
            sp.continues_next = text[ns] in DOUBLE_GLYPHS + SINGLE_GLYPHS or text.startswith("``", ns) or (
                nxt_sp is not None and nxt_sp.para == sp.para + 1 and nxt_sp.open_start == ns and nxt_sp.unbalanced)
    return spans


def paired_quotes(text: str) -> tuple[list[tuple[int, int]], list[QuoteSpan]]:
    """(paragraphs, paired quotation spans) of a text, the first step of ``extract_quotes``; nothing for blank text.

    >>> paired_quotes("  "), [(q.start, q.end) for q in paired_quotes('He said "we leave" now.')[1]]
    (([], []), [(9, 17)])
    """
    if not require_text(text, "text").strip():
        return [], []
    paras = paragraph_spans(text)
    return paras, find_quotes(text, paras)


def quote_offsets(text: str) -> list[tuple[int, int]]:
    """(start, end) of every quoted span, in the rows and order of ``extract_quotes``, without cues or speakers.

    >>> from analysis.quotes.extract import extract_quotes
    >>> t = '“We will respond,” said John Smith. “It is clear.”'; q = extract_quotes(t)
    >>> quote_offsets(t), quote_offsets(t) == list(zip(q["start"], q["end"]))
    ([(1, 17), (37, 49)], True)
    """
    return [(sp.start, sp.end) for sp in paired_quotes(text)[1]]


_BOUNDARY = re.compile(r"[.!?…][\"”’'»)\]]*(?:\s+|(?=[“‘\"]))(?=[\"“‘'«(\[`]*[A-Z0-9\u00C0-\u00DE])")
SENTENCE_WINDOW = 400


_FUNCTION_START = re.compile(r"[\"“‘']?(?:He|She|They|It|We|I|The|But|And|This|That|There|His|Her|Their|Its)\b")


#: patterns read by _is_boundary, compiled once
_DOTTED_INITIALS = re.compile(r"(?:[a-z]\.)+[a-z]")


def _is_boundary(text: str, m: re.Match[str]) -> bool:
    """Whether a boundary match is a sentence end (not 'Mr.', 'U.S.', an initial 'J.').

    >>> t = "at 7 p.m. He left"; _is_boundary(t, _BOUNDARY.search(t, 7)), _is_boundary("Mr. Lee", _BOUNDARY.search("Mr. Lee"))
    (True, False)
    """
    if text[m.start()] != "." or _FUNCTION_START.match(text, m.end()):
        return True   # 'at 7 p.m. He says', 'in the U.S. The plan': no name starts with these words
    j = m.start()
    i = j
    while i > 0 and j - i < 12 and (text[i - 1].isalpha() or text[i - 1] == "."):
        i -= 1
    word = text[i:j].lower()
    return not (word in ABBREVIATIONS or (len(word) == 1 and word.isalpha()) or _DOTTED_INITIALS.fullmatch(word))


def sentence_start(text: str, pos: int, lo: int) -> int:
    """Start of the sentence holding pos, searched back to lo (at most SENTENCE_WINDOW characters).

    >>> t = "One thing. Mr. Two said so."; t[sentence_start(t, 20, 0):]
    'Mr. Two said so.'
    """
    lo = max(lo, pos - SENTENCE_WINDOW)
    for m in reversed(list(_BOUNDARY.finditer(text, lo, min(len(text), pos + 4)))):
        if m.end() <= pos and _is_boundary(text, m):
            return m.end()
    return lo


def sentence_end(text: str, pos: int, hi: int) -> int:
    """End of the sentence holding pos (after its final punctuation), searched up to hi (bounded).

    >>> t = "He said so, Mr. Two said. Then left."; t[:sentence_end(t, 0, len(t))]
    'He said so, Mr. Two said.'
    """
    hi = min(hi, pos + SENTENCE_WINDOW)
    for m in _BOUNDARY.finditer(text, pos, min(len(text), hi + 4)):
        if m.start() < hi and _is_boundary(text, m):
            return m.start() + len(m.group().rstrip())
    return hi


def primary_mark(spans: list[QuoteSpan]) -> str:
    """The article's quotation style: 'single' when single-quoted spans outnumber double ones, else 'double'.

    >>> primary_mark([])
    'double'
    """
    n_single = sum(sp.mark == "single" for sp in spans)
    return "single" if n_single > len(spans) - n_single else "double"


def sentence_starts(text: str, paras: list[tuple[int, int]]) -> list[int]:
    """Start offsets of all sentences (paragraph starts and sentence boundaries), in one linear pass.

    >>> sentence_starts("One. Mr. Two said so.\\n\\nThree.", [(0, 21), (23, 29)])
    [0, 5, 23]
    """
    out: list[int] = []
    for s, e in paras:
        out.append(s)
        out.extend(m.end() for m in _BOUNDARY.finditer(text, s, e) if _is_boundary(text, m))
    return out
