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
from collections.abc import Iterator
from re import _constants as C
from re import _parser

__all__ = ["required_literals", "Guarded", "guard", "guard_patterns", "lower_exact", "lacks", "branches"]

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


def _needs(items: list) -> frozenset[str] | None:
    """Strings one of which any match of a parsed sequence contains (the best of its items), or None."""
    options: list[frozenset[str]] = []
    run: list[str] = []
    for op, av in list(items) + [(None, None)]:
        ch = _literal_char(av) if op is C.LITERAL else None
        if ch is not None:
            run.append(ch)
            continue
        if run:
            options.append(frozenset(["".join(run)]))
            run = []
        found = _item_needs(op, av)
        if found is not None:
            options.append(found)
    if not options:
        return None
    return max(options, key=lambda s: (min(len(x) for x in s), -len(s)))


def _item_needs(op: object, av: object) -> frozenset[str] | None:
    """``_needs`` of one non-literal item of a parsed sequence."""
    if op is C.SUBPATTERN:
        return _needs(av[-1])
    if op is C.ATOMIC_GROUP:
        return _needs(av)
    if op in _REPEATS and av[0] >= 1:
        return _needs(av[2])
    if op is C.ASSERT:  # a positive lookahead or lookbehind reads the text too
        return _needs(av[1])
    if op is C.BRANCH:
        alts = [_needs(b) for b in av[1]]
        return None if any(a is None for a in alts) else frozenset().union(*alts)
    return None


def required_literals(pattern: str, flags: int = 0) -> tuple[str, ...] | None:
    """Lower-case strings one of which every match of ``pattern`` contains (None when no such set is found).

    >>> required_literals(r"\\b(?:no|without)\\s+casualties|material\\s+damage", re.I)
    ('casualties', 'material')
    >>> required_literals(r"\\s+(?=and\\b)|,"), required_literals(r"\\w+\\b") is None
    ((',', 'and'), True)
    """
    need = _needs(_parser.parse(pattern, flags).data)
    if need is None or "" in need:
        return None
    return tuple(sorted(n for n in need if not any(m != n and m in n for m in need)))  # "image" covers "images"


def branches(pattern: str) -> list[str]:
    """The top-level alternatives of an expression's source (brackets, classes and escapes respected).

    >>> branches(";x|,(?=a|b)|[|]y|[]|]z")
    [';x', ',(?=a|b)', '[|]y', '[]|]z']
    """
    out, depth, start, i, in_class = [], 0, 0, 0, False
    while i < len(pattern):
        ch = pattern[i]
        if ch == "\\":
            i += 2
            continue
        if in_class:
            in_class = ch != "]" or pattern[i - 1] == "["
        elif ch == "[":
            in_class = True
        elif ch in "()":
            depth += 1 if ch == "(" else -1
        elif ch == "|" and depth == 0:
            out.append(pattern[start:i])
            start = i + 1
        i += 1
    return out + [pattern[start:]]


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

    __slots__ = ("rx", "need", "match", "fullmatch", "lc")

    def __init__(self, rx: re.Pattern) -> None:
        self.rx = rx
        self.need = required_literals(rx.pattern, rx.flags) if isinstance(rx.pattern, str) else None
        self.match = rx.match  # one position, cheap: the expression's own methods, without a call in between
        self.fullmatch = rx.fullmatch
        self.lc = case_sensitive_twin(rx)  # for ``search`` and ``finditer`` on the lower-cased text

    def _absent(self, text: object) -> bool:
        """Whether ``text`` surely holds no match (``lacks`` on the expression's required literals).

        >>> Guarded(re.compile("kill", re.I))._absent("Rockets HIT"), Guarded(re.compile("hit", re.I))._absent("Rockets HIT")
        (True, False)
        """
        need = self.need
        return need is not None and isinstance(text, str) and lacks(text, need)

    def search(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match | None:
        """``re.Pattern.search`` (``_absent`` written out: the commonest call of all)."""
        need = self.need
        if need is not None and type(string) is str:
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
                if self.lc is not None:
                    m = self.lc.search(low, pos, endpos)
                    return None if m is None else OnOriginal(m, string)
        return self.rx.search(string, pos, endpos)

    def finditer(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> Iterator[re.Match]:
        """``re.Pattern.finditer`` (``_absent`` written out, its lower-cased text kept for the twin)."""
        need, low = self.need, None
        if need is not None and isinstance(string, str):
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
        if self.lc is None or type(string) is not str:
            return self.rx.finditer(string, pos, endpos)
        if need is None:
            low = lower_exact(string)
        if low is None:
            return self.rx.finditer(string, pos, endpos)
        return (OnOriginal(m, string) for m in self.lc.finditer(low, pos, endpos))

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
        if name in ("rx", "need", "match", "fullmatch") or name.startswith("__"):
            raise AttributeError(name)  # not yet set (while unpickling): never look it up on ``rx``
        return getattr(self.rx, name)

    def __reduce__(self) -> tuple:
        return Guarded, (self.rx,)


def case_sensitive_twin(rx: re.Pattern) -> re.Pattern | None:
    """``rx`` without ``re.I``, when matching it on ``lower_exact(text)`` reads as ``rx`` on ``text`` (a
    case-insensitive expression whose literals and ranges are all ASCII and not upper case, with no scoped flags):
    the engine then compares letters without folding each one. None otherwise.

    >>> case_sensitive_twin(re.compile(r"\\bkill(?:ed)?\\b", re.I)).flags & re.I == 0, case_sensitive_twin(re.compile("Kill", re.I))
    (True, None)
    """
    if not isinstance(rx.pattern, str) or not rx.flags & re.I:
        return None
    try:
        ok = _foldable(_parser.parse(rx.pattern, rx.flags).data)
    except Exception:  # noqa: BLE001  (an expression the parser reads otherwise: keep the original)
        return None
    return re.compile(rx.pattern, rx.flags & ~re.I) if ok else None


def _plain(code: int) -> bool:
    """An ASCII character that is not an upper-case letter."""
    return code < 128 and not 65 <= code <= 90


def _plain_range(lo: int, hi: int) -> bool:
    """An ASCII range without upper-case letters."""
    return hi < 128 and not (lo <= 90 and hi >= 65)


def _foldable(items: object) -> bool:
    """Whether a parsed expression has only ``_plain`` literals and ranges and no scoped flags."""
    for op, av in items:
        if op in (C.LITERAL, C.NOT_LITERAL):
            if not _plain(av):
                return False
        elif op is C.IN:
            for iop, iav in av:
                if iop is C.LITERAL and not _plain(iav) or iop is C.RANGE and not _plain_range(*iav):
                    return False
                if iop not in (C.LITERAL, C.RANGE, C.NEGATE, C.CATEGORY):
                    return False
        elif op is C.SUBPATTERN:
            if av[1] or av[2] or not _foldable(av[3]):  # scoped flags: (?-i:...), (?i:...)
                return False
        elif op is C.BRANCH:
            if not all(_foldable(b) for b in av[1]):
                return False
        elif op in _REPEATS:
            if not _foldable(av[2]):
                return False
        elif op in (C.ASSERT, C.ASSERT_NOT):
            if not _foldable(av[1]):
                return False
        elif op is C.ATOMIC_GROUP:
            if not _foldable(av):
                return False
        elif op is C.GROUPREF_EXISTS:
            if not _foldable(av[1]) or av[2] is not None and not _foldable(av[2]):
                return False
        elif op not in (C.AT, C.ANY, C.CATEGORY, C.GROUPREF):
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
