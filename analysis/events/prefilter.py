"""Literal prefilters: skip a regular expression on a text that lacks every word it needs.

Most event rules are alternations of words ("killed|dead|died ..."); on a sentence without any of them the
engine still tries every position, 5-50 microseconds a sentence each. ``required_literals`` reads from an
expression's parse tree the literal strings one of which every match must contain (in lower case), and
:class:`Guarded` answers ``search``, ``finditer``, ``findall``, ``sub`` and ``split`` without the engine when
the lower-cased text holds none of them. The answers are the same: a match contains one of the strings, so a
text without them has no match. When lower-casing does not keep the text's letters one for one (dotless i,
long s, letters that lower-case to two), the expression is always run.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Callable, Iterator
import unicodedata
from re import _compiler, _parser
from re import _constants as C

__all__ = ["required_literals", "literal_formula", "formula_check", "shared_boundary", "shared", "Guarded", "guard",
           "guard_patterns", "lower_exact", "lacks", "may_match", "branches"]

_REPEATS = (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT)
_LAST: list[tuple[str | None, str | None]] = [(None, None)]  # one tuple: read and replaced whole
_LOWERED: dict[str, str | None] = {}  # text -> ``lower_exact(text)``, for the texts read last
_LOWERED_MAX = 512
_UNSEEN = object()


def lower_exact(text: str) -> str | None:
    """``text`` in lower case when that keeps every letter in place and reads as case-insensitive matching does,
    else None (computed once per text: the rules of a clause read the same sentence and clauses one after another).

    >>> lower_exact("Rockets HIT"), lower_exact("ſhell")
    ('rockets hit', None)
    """
    last, low = _LAST[0]
    if text is last:
        return low
    low = _LOWERED.get(text, _UNSEEN)
    if low is _UNSEEN:
        low = text.lower()
        exact = text.isascii() or "\u0131" not in text and "\u017f" not in text  # as ``vocabulary.folds_exactly``
        low = low if len(low) == len(text) and exact else None
        if len(_LOWERED) >= _LOWERED_MAX:
            _LOWERED.clear()  # a few sentences' texts at a time: the cache stays small
        _LOWERED[text] = low
    _LAST[0] = (text, low)
    return low


def _literal_char(code: int) -> str | None:
    """A pattern literal in lower case, or None when lower-casing it is not one plain character."""
    ch = chr(code)
    low = ch.lower()
    return low if len(low) == 1 and ch not in "Σσς" and ch not in "\u0130\u0131\u017f\u212a" else None


def _pieces(items: list) -> Iterator[str | tuple[object, object]]:
    """A parsed sequence as its runs of literal letters (strings) and its other items ((op, av) pairs), in order.

    >>> list(_pieces(_parser.parse("ab[0-9]c").data))[0::2]
    ['ab', 'c']
    """
    run: list[str] = []
    for op, av in items:
        ch = _literal_char(av) if op is C.LITERAL else None
        if ch is not None:
            run.append(ch)
            continue
        if run:
            yield "".join(run)
            run = []
        yield op, av
    if run:
        yield "".join(run)


def _needs(items: list) -> frozenset[str] | None:
    """Strings one of which any match of a parsed sequence contains (the best of its items), or None."""
    options: list[frozenset[str]] = []
    for piece in _pieces(items):
        found = frozenset([piece]) if isinstance(piece, str) else _item_needs(*piece)
        if found is not None:
            options.append(found)
    if not options:
        return None
    return max(options, key=lambda s: (min(len(x) for x in s), -len(s)))


def _inner(op: object, av: object) -> list | None:
    """The sequence every match of a non-literal item reads the text through (a group, an atomic group, a repeat of at
    least once, a positive lookaround), or None (alternatives, optional repeats, classes, anchors...).

    >>> [op for op, _ in _inner(*_parser.parse("(?:ab)+").data[0])], _inner(*_parser.parse("(?:ab)?").data[0])
    ([LITERAL, LITERAL], None)
    """
    if op is C.SUBPATTERN:
        return av[-1]
    if op is C.ATOMIC_GROUP:
        return av
    if op in _REPEATS and av[0] >= 1:
        return av[2]
    if op is C.ASSERT:  # a positive lookahead or lookbehind reads the text too
        return av[1]
    return None


def _item_needs(op: object, av: object) -> frozenset[str] | None:
    """``_needs`` of one non-literal item of a parsed sequence."""
    if op is C.BRANCH:
        alts = [_needs(b) for b in av[1]]
        return None if any(a is None for a in alts) else frozenset().union(*alts)
    inner = _inner(op, av)
    return None if inner is None else _needs(inner)


def required_literals(pattern: str, flags: int = 0) -> tuple[str, ...] | None:
    """Lower-case strings one of which every match of ``pattern`` contains (None when no such set is found).

    >>> required_literals(r"\\b(?:no|without)\\s+casualties|material\\s+damage", re.I)
    ('casualties', 'material')
    >>> required_literals(r"\\s+(?=and\\b)|,"), required_literals(r"\\w+\\b") is None
    ((',', 'and'), True)
    """
    return _required(_parser.parse(pattern, flags).data)


def _required(items: list) -> tuple[str, ...] | None:
    """``required_literals`` of a parsed expression's items.

    >>> _required(_parser.parse("rockets?|missiles?").data)
    ('missile', 'rocket')
    """
    need = _needs(items)
    if need is None or "" in need:
        return None
    return tuple(sorted(n for n in need if not any(m != n and m in n for m in need)))  # "image" covers "images"


#: a literal formula: a lower-case string the text must hold, or ("and" | "or", parts)
Formula = str | tuple
#: the largest formula turned into a check (its strings): a bound on the check's size and cost
_FORMULA_MAX = 160


def literal_formula(pattern: str, flags: int = 0) -> Formula | None:
    """What every match of ``pattern`` needs of the lower-cased text, as strings joined by "and" (each item of a
    sequence) and "or" (each alternative): finer than ``required_literals``, which keeps one item's strings only. None
    when nothing is known. Read like ``required_literals``: lookarounds read the text too, negative ones are skipped.

    >>> literal_formula(r"\\((?:AFP|AP)\\)|photo\\s+by", re.I)  # (the parser takes the shared "a" out of "AFP|AP")
    ('or', (('and', ('(a', ('or', ('fp', 'p')), ')')), ('and', ('photo', 'by'))))
    >>> literal_formula(r"\\d+\\s+\\w+") is None
    True
    """
    return _seq_formula(_parser.parse(pattern, flags).data)


def _seq_formula(items: list) -> Formula | None:
    """``literal_formula`` of a parsed sequence: its runs of literal letters and its items' formulas, all needed.

    >>> _seq_formula(_parser.parse("no (?:dead|hurt)").data)
    ('and', ('no ', ('or', ('dead', 'hurt'))))
    """
    parts: list[Formula] = []
    for piece in _pieces(items):
        found = piece if isinstance(piece, str) else _item_formula(*piece)
        if found is not None:
            parts.append(found)
    return None if not parts else parts[0] if len(parts) == 1 else ("and", tuple(parts))


def _item_formula(op: object, av: object) -> Formula | None:
    """``literal_formula`` of one non-literal item of a parsed sequence (as ``_item_needs`` reads it).

    >>> _item_formula(*_parser.parse("(?:dead|hurt)").data[0])
    ('or', ('dead', 'hurt'))
    """
    if op is C.BRANCH:
        alts = [_seq_formula(b) for b in av[1]]
        return None if any(a is None for a in alts) else ("or", tuple(alts))
    inner = _inner(op, av)
    return None if inner is None else _seq_formula(inner)


class _LazyCheck:
    """The test of a formula (``formula_check``), compiled when first needed (most expressions never pass their
    literal test): ``get`` returns it.

    >>> c = _LazyCheck(literal_formula(r"no\\s+(?:dead|hurt)", re.I)); c.get()("no one hurt"), c.get()("one dead")
    (True, False)
    """

    __slots__ = ("formula", "made", "fn")

    def __init__(self, formula: Formula) -> None:
        self.formula, self.made, self.fn = formula, False, None

    def get(self) -> Callable[[str], bool]:
        """The test (compiled once)."""
        if not self.made:
            self.fn, self.made = _compiled(self.formula), True
        return self.fn


def _formula_source(f: Formula) -> str:
    """Python source of a test of formula ``f`` on a lower-cased text named ``low``.

    >>> _formula_source(("and", ("x", ("or", ("y", "z")))))
    "('x' in low and ('y' in low or 'z' in low))"
    """
    if isinstance(f, str):
        return f"{f!r} in low"
    return "(" + f" {f[0]} ".join(_formula_source(c) for c in f[1]) + ")"


def _strings(f: Formula) -> int:
    """How many strings a formula tests.

    >>> _strings(("and", ("a", ("or", ("b", "c")))))
    3
    """
    return 1 if isinstance(f, str) else sum(_strings(c) for c in f[1])


def formula_check(pattern: str, flags: int = 0) -> Callable[[str], bool] | None:
    """A test of ``literal_formula`` on a lower-cased text (False: the expression surely has no match there), made one
    Python expression (no call per string); None when the formula says no more than ``required_literals``
    (``_finer``).

    >>> ok = formula_check(r"\\((?:AFP|AP)\\)\\s*$|photo\\s+by", re.I); ok("(ap) file"), ok("a map (x)"), ok("photo by")
    (True, False, True)
    """
    f = literal_formula(pattern, flags)
    return _compiled(f) if _finer(f) else None


def _finer(f: Formula | None) -> bool:
    """Whether a formula says more than ``required_literals`` (not one string nor alternatives of strings) and is small
    enough to test cheaply (``_FORMULA_MAX`` strings at most).

    >>> _finer(("or", ("a", "b"))), _finer(("and", ("a", "b")))
    (False, True)
    """
    return f is not None and not isinstance(f, str) and not (f[0] == "or" and all(isinstance(c, str) for c in f[1])) \
        and _strings(f) <= _FORMULA_MAX


def _compiled(f: Formula) -> Callable[[str], bool]:
    """The test of a formula on a lower-cased text ``low``, one Python expression.

    >>> both = _compiled(("and", ("a", "b"))); both("ab"), both("a")
    (True, False)
    """
    return eval("lambda low: " + _formula_source(f))  # noqa: S307  (source built from repr() of strings only)


def _structure(pattern: str, start: int = 0) -> Iterator[tuple[int, str, int]]:
    """The brackets and bars of an expression's source from ``start``, outside classes and escapes: (position,
    character, group depth after it).

    >>> list(_structure("a(b|[)|]\\\\))|c"))
    [(1, '(', 1), (3, '|', 1), (10, ')', 0), (11, '|', 0)]
    """
    depth, in_class, i = 0, False, start
    while i < len(pattern):
        ch = pattern[i]
        if ch == "\\":
            i += 2
            continue
        if in_class:
            in_class = ch != "]" or pattern[i - 1] == "["
        elif ch == "[":
            in_class = True
        elif ch in "()|":
            depth += 1 if ch == "(" else -1 if ch == ")" else 0
            yield i, ch, depth
        i += 1


def branches(pattern: str) -> list[str]:
    """The top-level alternatives of an expression's source (brackets, classes and escapes respected).

    >>> branches(";x|,(?=a|b)|[|]y|[]|]z")
    [';x', ',(?=a|b)', '[|]y', '[]|]z']
    """
    cuts = [i for i, ch, depth in _structure(pattern) if ch == "|" and depth == 0]
    return [pattern[i + 1:j] for i, j in zip([-1] + cuts, cuts + [len(pattern)])]


def _closing(pattern: str, i: int) -> int:
    """Where the group opened at ``pattern[i]`` closes (-1 when it does not; classes and escapes respected).

    >>> _closing("(?:a|[)]|\\\\))b", 0)
    11
    """
    return next((k for k, ch, depth in _structure(pattern, i) if ch == ")" and depth == 0), -1)


def _alternatives(pattern: str) -> list[str]:
    """The top-level alternatives of an expression, those of a non-capturing group that is a whole alternative
    taken in its place (``(?:a|b)|c`` reads as ``a|b|c``).

    >>> _alternatives("(?:a|(?:b|c))|d(?:e|f)|(?:g)h")
    ['a', 'b', 'c', 'd(?:e|f)', '(?:g)h']
    """
    out: list[str] = []
    for alt in branches(pattern):
        if alt.startswith("(?:") and _closing(alt, 0) == len(alt) - 1:
            out += _alternatives(alt[3:-1])
        else:
            out.append(alt)
    return out


def shared_boundary(pattern: str) -> str:
    """``pattern`` with the word boundary that opens consecutive alternatives said once before them (also those of
    a group that is a whole alternative): the same matches, in the same order (a boundary is a test of one position,
    whichever alternative follows it); the engine tests it once per position, then skips each alternative on its
    first letter.

    >>> shared_boundary(r"(?:\\bkill(?:ed)?\\b|\\bdead\\b)|(?:\\bhurt\\b)|x|\\bwar")
    '\\\\b(?:kill(?:ed)?\\\\b|dead\\\\b|hurt\\\\b)|x|\\\\bwar'
    """
    out: list[str] = []
    run: list[str] = []
    for alt in _alternatives(pattern) + [""]:
        if alt.startswith(r"\b"):
            run.append(alt[2:])
            continue
        if run:
            out.append(r"\b(?:" + "|".join(run) + ")" if len(run) > 1 else r"\b" + run[0])
            run = []
        out.append(alt)
    return "|".join(out[:-1])


#: how far before a window a required literal may lie (inside a lookbehind, whose width Python bounds)
_BEHIND = 256


def _in_window(low: str, need: tuple[str, ...], pos: int, endpos: int) -> bool:
    """Whether one of the literals occurs in ``low[pos - _BEHIND:endpos]`` (the whole text when no window is given).

    >>> _in_window("rockets hit the base", ("base",), 0, 8), _in_window("rockets hit the base", ("hit",), 0, 12)
    (False, True)
    """
    if not pos and endpos >= len(low):
        for n in need:  # loops, not ``any`` over a generator: a hot path
            if n in low:
                return True
        return False
    find, lo = low.find, max(0, pos - _BEHIND)
    for n in need:
        if find(n, lo, endpos) >= 0:
            return True
    return False


class Guarded:
    """A compiled expression answered without the engine when the text lacks all its required literals.

    ``match`` and ``fullmatch`` (one position, cheap: the expression's own bound methods) and every other attribute
    go straight to the expression.

    >>> g = Guarded(re.compile(r"\\bno\\s+casualties", re.I)); g.search("Two killed"), g.search("No casualties").span()
    (None, (0, 13))
    """

    __slots__ = ("rx", "need", "match", "fullmatch", "lc", "search", "finditer", "scan", "check")

    def __init__(self, rx: re.Pattern) -> None:
        self.rx = rx
        tree = _parser.parse(rx.pattern, rx.flags).data if isinstance(rx.pattern, str) else None
        self.need = _required(tree) if tree is not None else None
        formula = _seq_formula(tree) if self.need is not None else None  # read from the same parse
        #: the finer test of a whole text that holds one of ``need`` (``formula_check``), compiled at its first use
        self.check = _LazyCheck(formula) if _finer(formula) else None
        self.match = rx.match  # one position, cheap: the expression's own methods, without a call in between
        self.fullmatch = rx.fullmatch
        self.scan = shared(rx)  # the same expression with its alternatives' word boundary said once, for scans
        self.lc = case_sensitive_twin(self.scan)  # for ``search`` and ``finditer`` on the lower-cased text
        #: ``re.Pattern.search`` and ``finditer`` with the literal test: functions made for this expression (its
        #: literals and twin held in the closure: the commonest calls of all, without attribute look-ups)
        self.search = _searcher(self.scan, self.need, self.lc, self.check)
        self.finditer = _finder(self.scan, self.need, self.lc, self.check)

    def _absent(self, text: object) -> bool:
        """Whether ``text`` surely holds no match (``lacks`` on the expression's required literals).

        >>> Guarded(re.compile("kill", re.I))._absent("Rockets HIT"), Guarded(re.compile("hit", re.I))._absent("Rockets HIT")
        (True, False)
        """
        need = self.need
        return need is not None and isinstance(text, str) and lacks(text, need)

    def findall(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> list:
        """``re.Pattern.findall``."""
        return [] if self._absent(string) else self.rx.findall(string, pos, endpos)

    def sub(self, repl: object, string: str, count: int = 0) -> str:
        """``re.Pattern.sub``."""
        return string if self._absent(string) else self.rx.sub(repl, string, count)

    def split(self, string: str, maxsplit: int = 0) -> list[str]:
        """``re.Pattern.split``."""
        return [string] if self._absent(string) else self.rx.split(string, maxsplit)

    def __getattr__(self, name: str) -> object:
        if name in ("rx", "need", "match", "fullmatch", "lc", "search", "finditer", "scan", "check") or name.startswith("__"):
            raise AttributeError(name)  # not yet set (while unpickling): never look it up on ``rx``
        return getattr(self.rx, name)

    def __reduce__(self) -> tuple:
        return Guarded, (self.rx,)


def shared(rx: re.Pattern) -> re.Pattern:
    """``rx`` compiled from ``shared_boundary`` of its source (``rx`` itself when that changes nothing or the
    expression is verbose or bytes).

    >>> shared(re.compile(r"\\bkill|\\bdead", re.I)).pattern, shared(re.compile("x")).pattern
    ('\\\\b(?:kill|dead)', 'x')
    """
    if not isinstance(rx.pattern, str) or rx.flags & re.VERBOSE:
        return rx
    src = shared_boundary(rx.pattern)
    return rx if src == rx.pattern else re.compile(src, rx.flags)


def _searcher(rx: re.Pattern, need: tuple[str, ...] | None, lc: re.Pattern | None,
              lazy: _LazyCheck | None = None) -> Callable[..., re.Match | None]:
    """``rx.search`` answered without the engine when the text lacks all of ``need``, or a whole text fails the finer
    test ``lazy`` makes (``formula_check``); on the twin ``lc`` when given.

    >>> s = _searcher(re.compile("kill", re.I), ("kill",), None); s("Rockets hit"), s("KILLED").span()
    (None, (0, 4))
    """
    rx_search = rx.search
    if need is None:
        return rx_search
    lc_search = lc.search if lc is not None else None

    def search(string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match | None:
        """The rule's first match (the lower-cased twin on the lower-cased text when there is one)."""
        if type(string) is str:
            last, low = _LAST[0]
            if string is not last:
                low = _LOWERED.get(string, _UNSEEN)  # ``lower_exact`` read directly (no call when the text is known)
                if low is _UNSEEN:
                    low = lower_exact(string)
            if low is not None:
                if pos or endpos < len(low):  # a window: its literals are looked for near it only (linear callers)
                    if not _in_window(low, need, pos, endpos):
                        return None
                else:
                    for n in need:
                        if n in low:
                            break
                    else:
                        return None
                    if lazy is not None and not (lazy.fn if lazy.made else lazy.get())(low):
                        return None  # a whole text without what the expression needs besides (``formula_check``)
                if lc_search is not None:
                    m = lc_search(low, pos, endpos)
                    return None if m is None else OnOriginal(m, string)
        return rx_search(string, pos, endpos)
    return search


def _finder(rx: re.Pattern, need: tuple[str, ...] | None, lc: re.Pattern | None,
            lazy: _LazyCheck | None = None) -> Callable[..., Iterator[re.Match]]:
    """``rx.finditer`` answered without the engine when the text lacks all of ``need``, or a whole text fails the
    finer test ``lazy`` makes (``formula_check``); on the twin ``lc`` when given.

    >>> f = _finder(re.compile("kill", re.I), ("kill",), None); list(f("Rockets hit")), [m.span() for m in f("a KILL")]
    ([], [(2, 6)])
    """
    rx_finditer = rx.finditer
    lc_finditer = lc.finditer if lc is not None else None

    def finditer(string: str, pos: int = 0, endpos: int = sys.maxsize) -> Iterator[re.Match]:
        """The rule's matches, as ``search`` reads them."""
        low = None
        if need is not None and type(string) is str:
            low = _LOWERED.get(string, _UNSEEN)  # ``lower_exact`` read directly (no call when the text is known)
            if low is _UNSEEN:
                low = lower_exact(string)
            if low is not None:
                if pos or endpos < len(low):
                    if not _in_window(low, need, pos, endpos):
                        return iter(())
                else:
                    for n in need:  # the whole text (the common case), written out as in ``search``
                        if n in low:
                            break
                    else:
                        return iter(())
                    if lazy is not None and not (lazy.fn if lazy.made else lazy.get())(low):
                        return iter(())
        if lc_finditer is None or type(string) is not str:
            return rx_finditer(string, pos, endpos)
        if need is None:
            low = lower_exact(string)
        if low is None:
            return rx_finditer(string, pos, endpos)
        return (OnOriginal(m, string) for m in lc_finditer(low, pos, endpos))
    return finditer

def case_sensitive_twin(rx: re.Pattern) -> re.Pattern | None:
    """``rx`` without ``re.I``, when matching it on ``lower_exact(text)`` reads as ``rx`` on ``text``: a
    case-insensitive expression without scoped flags whose literals and ranges are ASCII or caseless punctuation
    (upper-case letters are read as their lower case, as ``re.I`` reads them); the engine then compares letters
    without folding each one. None otherwise.

    >>> case_sensitive_twin(re.compile(r"\\bKill(?:ed)?\\b", re.I)).search("killed").span(), case_sensitive_twin(re.compile("café", re.I))
    ((0, 6), None)
    """
    if not isinstance(rx.pattern, str) or not rx.flags & re.I:
        return None
    try:
        tree = _parser.parse(rx.pattern, rx.flags)
        if not _fold_items(tree.data):
            return None
        tree.state.flags &= ~re.I
        return _compiler.compile(tree, rx.flags & ~re.I)
    except Exception:  # noqa: BLE001  (an expression the parser reads otherwise: keep the original)
        return None


def _folded_char(code: int) -> int | None:
    """A pattern character as matched on lower-cased text: an ASCII capital as its small letter, other ASCII and
    caseless punctuation, spaces or symbols (curly quotes, dashes, an acute accent) as they are; None otherwise.

    >>> _folded_char(ord("K")), _folded_char(ord("’")) == ord("’"), _folded_char(ord("é"))
    (107, True, None)
    """
    if code < 128:
        return code + 32 if 65 <= code <= 90 else code
    ch = chr(code)
    return code if unicodedata.category(ch)[0] in "PZS" and ch.lower() == ch == ch.upper() else None


def _folded_range(lo: int, hi: int) -> tuple[int, int] | None:
    """An ASCII range as matched on lower-cased text (capitals as small letters), None when it spans letters and
    other characters or is not ASCII.

    >>> _folded_range(65, 90), _folded_range(48, 57), _folded_range(48, 122)
    ((97, 122), (48, 57), None)
    """
    if hi >= 128:
        return None
    if 65 <= lo and hi <= 90:
        return lo + 32, hi + 32
    return (lo, hi) if hi < 65 or lo > 90 else None


def _fold_items(items: list) -> bool:
    """Rewrite a parsed expression in place for lower-cased text (``_folded_char``); False when it cannot be."""
    for k, (op, av) in enumerate(items):
        if op in (C.LITERAL, C.NOT_LITERAL):
            code = _folded_char(av)
            if code is None:
                return False
            items[k] = (op, code)
        elif op is C.IN:
            if not _fold_set(av):
                return False
        elif op is C.SUBPATTERN:
            if av[1] or av[2] or not _fold_items(av[3].data):  # scoped flags: (?-i:...), (?i:...)
                return False
        elif op is C.BRANCH:
            if not all(_fold_items(b.data) for b in av[1]):
                return False
        elif op in _REPEATS:
            if not _fold_items(av[2].data):
                return False
        elif op in (C.ASSERT, C.ASSERT_NOT):
            if not _fold_items(av[1].data):
                return False
        elif op is C.ATOMIC_GROUP:
            if not _fold_items(av.data):
                return False
        elif op is C.GROUPREF_EXISTS:
            if not _fold_items(av[1].data) or av[2] is not None and not _fold_items(av[2].data):
                return False
        elif op not in (C.AT, C.ANY, C.CATEGORY, C.GROUPREF):
            return False
    return True


def _fold_set(members: list) -> bool:
    """``_fold_items`` of the members of a character class."""
    for k, (op, av) in enumerate(members):
        if op is C.LITERAL:
            code = _folded_char(av)
            if code is None:
                return False
            members[k] = (op, code)
        elif op is C.RANGE:
            rng = _folded_range(*av)
            if rng is None:
                return False
            members[k] = (op, rng)
        elif op not in (C.NEGATE, C.CATEGORY):
            return False
    return True


class OnOriginal:
    """A match found on the lower-cased text, read on the original text (same offsets): groups come from the
    original; positions, group names and the expression are the match's own.

    >>> m = OnOriginal(re.search("(?P<n>b)c", "abc"), "ABC"); m.group(), m["n"], m.groups(), m.span("n"), m.string
    ('BC', 'B', ('B',), (1, 2), 'ABC')
    """

    __slots__ = ("m", "string")

    def __init__(self, match: re.Match, text: str) -> None:
        self.m, self.string = match, text

    def _one(self, name: int | str) -> str | None:
        a, b = self.m.span(name)
        return None if a < 0 else self.string[a:b]

    def group(self, *names: int | str) -> str | tuple | None:
        """The original text of a group, or a tuple of several (None for a group that took no part)."""
        if len(names) <= 1:
            return self._one(names[0] if names else 0)
        return tuple(self._one(n) for n in names)

    def __getitem__(self, name: int | str) -> str | None:
        return self._one(name)

    def groups(self, default: object = None) -> tuple:
        """Every group's original text (``default`` for those that took no part)."""
        return tuple(default if (g := self._one(k)) is None else g for k in range(1, self.m.re.groups + 1))

    def groupdict(self, default: object = None) -> dict:
        """Named groups' original text."""
        return {k: default if (g := self._one(k)) is None else g for k in self.m.re.groupindex}

    def start(self, name: int | str = 0) -> int:
        """Where a group starts (-1 when it took no part)."""
        return self.m.start(name)

    def end(self, name: int | str = 0) -> int:
        """Where a group ends (-1 when it took no part)."""
        return self.m.end(name)

    def span(self, name: int | str = 0) -> tuple[int, int]:
        """(start, end) of a group."""
        return self.m.span(name)

    def __getattr__(self, name: str) -> object:
        if name in ("pos", "endpos", "lastindex", "lastgroup", "regs"):  # the same on either text
            return getattr(self.m, name)
        raise AttributeError(name)  # ``re`` and ``expand`` would read the lower-cased text or twin


def lacks(text: str, need: tuple[str, ...]) -> bool:
    """Whether ``text`` (lower-cased when that is exact) holds none of ``need``; False when it cannot be told.

    >>> lacks("Two KILLED", ("kill", "dead")), lacks("Rockets hit", ("kill", "dead")), lacks("ſhot", ("x",))
    (False, True, False)
    """
    low = lower_exact(text)
    if low is None:
        return False
    for n in need:
        if n in low:
            return False
    return True


def may_match(rx: re.Pattern | Guarded, text: str) -> bool:
    """Whether ``rx`` may match in ``text`` or in any window of it: False only for a ``Guarded`` expression whose
    required literals the whole text lacks (then no window holds them either), so that a rule that searches many
    windows of one text with several expressions can leave out, once, those that cannot match anywhere.

    >>> may_match(guard(re.compile(r"\\bevery\\s+$", re.I)), "a drone attack"), may_match(re.compile("x"), "a")
    (False, True)
    """
    return not (isinstance(rx, Guarded) and rx._absent(text))


def guard(rx: re.Pattern) -> re.Pattern | Guarded:
    """``rx`` as a ``Guarded`` expression when it has required literals, else ``rx`` itself.

    >>> type(guard(re.compile("drones?"))).__name__, type(guard(re.compile(r"\\d+"))).__name__
    ('Guarded', 'Pattern')
    """
    g = Guarded(rx)
    return g if g.need is not None else rx


def guard_patterns(namespace: dict, names: tuple[str, ...] | None = None) -> None:
    """Replace the compiled expressions of a module namespace (or only ``names``) by ``Guarded`` ones, where a
    required literal is found.

    >>> ns = {"_A": re.compile("rockets?", re.I), "_B": re.compile(r"\\d+")}; guard_patterns(ns)
    >>> type(ns["_A"]).__name__, type(ns["_B"]).__name__
    ('Guarded', 'Pattern')
    """
    for key, value in list(namespace.items()):
        if isinstance(value, re.Pattern) and (names is None or key in names):
            namespace[key] = guard(value)
