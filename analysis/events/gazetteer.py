"""Name matching for gazetteers: normalised keys, an alias index, and a linear scan of a text.

Matching works on *keys*. Each word is transliterated to ASCII (unidecode), lower-cased, apostrophes
and a possessive 's removed, ``Tel``/``Tell``/``Tall`` read as ``tal``, ``ou`` as ``u`` and a final ``h``
after a vowel dropped ("Rutbah" = "Rutba"); the articles ``al``/``el``/``the`` are dropped, and so is
a leading Arabic article assimilated to the next word ("Ar Rutbah", "As Sulaymaniyah", "Ash
Shaddadi"); doubled letters are collapsed. So "Ain al-Assad", "Al Ain Assad" and "Ain Al Asad" share
the key ``ainasad``, and "Deir ez-Zor" and "Deir Ezzor" the key ``deirezor``.

``AliasIndex.scan(text)`` finds every alias in one pass over the words: for each word that can
start a name it looks up only the alias lengths that begin with that word's key, longest first, so
the work is linear in the text. Names of the hand tables may also match fuzzily
(``rapidfuzz.fuzz.ratio`` over the keys with the same first letter and a similar length, score >=
``FUZZY_THRESHOLD``) on runs of capitalised words that matched nothing exactly.

Arabic, Kurdish, Persian and Turkish names come in many romanisations ("Tuz Khurmatu" / "Tuz Khormato",
"Al Mahmudiyah" / "Mahmoudiya", "Kadhimiya" / "Kazimiyah"). ``fold_key`` reduces a name to a coarser
*folded key* (articles and unit words such as Nahiyat dropped, vowels and consonant spellings folded, the
-iyah/-iya/-ia ending and a final -a read alike). The index keeps these keys beside the exact ones; ``scan``
tries them only on capitalised words that matched nothing exactly, for keys of ``MIN_FOLD`` letters or more
that no ``fold_stop`` word shares.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import accumulate, compress, repeat
from operator import itemgetter, not_
from typing import NamedTuple

from rapidfuzz import fuzz, process
from unidecode import unidecode

__all__ = ["FUZZY_THRESHOLD", "SHORT_KEY_THRESHOLD", "ARTICLES", "Token", "Match", "AliasIndex", "join_flags", "token_key",
           "match_key", "tokens", "split_cell", "fold_key", "MIN_FOLD"]

FUZZY_THRESHOLD: float = 90.0
SHORT_KEY_THRESHOLD: float = 94.0
ARTICLES = frozenset({"al", "el", "the", "ul"})
#: Arabic articles written assimilated to a sun letter ("Ar Rutbah", "Ash Shaddadi", "An Najaf")
SUN_ARTICLES = frozenset({"ar", "as", "ad", "at", "az", "ash", "an", "adh", "ath", "ed", "er", "es", "et", "ez", "en"})
CONNECTORS = frozenset({"of", "ez", "az", "as", "ad", "ash", "ar", "bu", "abu", "ibn", "bin", "in", "and", "al", "el"})
MAX_WORDS = 7
#: entries ``AliasIndex.cache`` (fuzzy answers per run of words) holds at most before it starts afresh
FUZZY_CACHE_MAX = 200_000
_ANY_ARTICLE = SUN_ARTICLES | ARTICLES
_ARABIC_ARTICLES = _ANY_ARTICLE - {"the"}  # an article a name may be written with ("Al Miqdadiyeh"), not English "the"
#: words capitalised only because they open a sentence or heading ("In Hawija, ..."): not part of a name
_LEAD_WORDS = frozenset("in at near on from to of and outside around inside into by for with".split())
#: lower-case words that may end a name in a fuzzy run ("Conico field", "Harrir air base")
PLACE_WORDS = frozenset("base airbase air field oilfield oil gas airport camp district province governorate crossing "
                        "garrison".split())
_RUN_WORDS = CONNECTORS | PLACE_WORDS
_TOKEN = re.compile(r"[0-9A-Za-z\u00C0-\u024F\u1E00-\u1EFF]+(?:['’ʼʻ`][0-9A-Za-z\u00C0-\u024F\u1E00-\u1EFF]+)*")
#: the text split into gaps and words (the words captured: gap, word, gap, ..., gap)
_TOKEN_SPLIT = re.compile(f"({_TOKEN.pattern})")
#: first letters of a word that make it capitalised (upper case or a digit), among the letters ``_TOKEN`` reads
_CAP_FIRST = frozenset(c for a, b in ((0x30, 0x39), (0x41, 0x5A), (0x61, 0x7A), (0xC0, 0x24F), (0x1E00, 0x1EFF))
                       for c in map(chr, range(a, b + 1)) if c.isupper() or c.isdigit())
_FIRST, _KEY, _CAP = itemgetter(0), itemgetter(3), itemgetter(4)
_UNSEEN = object()
#: the last ``tokens`` answer with its text and split (one slot: ``join_flags`` of the same words reads the gaps)
_LAST_SPLIT: list[tuple[list | None, str | None, list[str]]] = [(None, None, [])]
_JOIN_GAP = re.compile(r"[ \u00a0\-‐'’ʼʻ`]|\.|\. ")
_VARIANTS = {"tel": "tal", "tell": "tal", "tall": "tal"}
_DOUBLED = re.compile(r"(.)\1+")  # doubled letters, collapsed in keys
_POSSESSIVE, _NOT_KEY = re.compile(r"['’`]s$"), re.compile(r"[^0-9a-z]")
#: shortest folded key that may match (shorter ones collide with too many words)
MIN_FOLD = 5
#: words before a name that only say what kind of unit it is (GeoNames "Nahiyat al Iskandariyah")
UNIT_PREFIXES = frozenset({"nahiyat", "nahiya", "nahiyah", "qadaa", "qada", "markaz", "mintaqat", "muhafazat"})
_FOLD_STEPS = tuple((re.compile(p), r) for p, r in (
    (r"(?<=..)(?:iy+[ae]h?|i[ae]h?)$", "ia"), (r"ou|oo", "u"), (r"ee", "i"), (r"dh", "z"), (r"th", "t"), (r"kh", "k"),
    (r"gh", "G"), (r"q|ck|g", "k"), (r"G", "g"), (r"(?:ay|e[iy])(?![aeiou])", "ai"), (r"[ao]w(?![aeiou])", "u"), (r"o", "u"),
    (r"(?<!a)[ey]|y(?![aeiou])", "i"), (r"(.)\1+", r"\1"), (r"(?<=...)h$", "")))
_DOUBLED_STEP = _FOLD_STEPS[-2][0]  # the step ``collapse_runs`` takes (the same answer, faster)


class Token(NamedTuple):
    """One word of a text: offsets, surface form, match key, and whether it starts with a capital or digit."""

    start: int
    end: int
    text: str
    key: str
    cap: bool


class Match(NamedTuple):
    """An alias found in a text: word span, character offsets, the id it names and how it matched (a named tuple:
    made for every name of every sentence, cheaper than a frozen dataclass).

    >>> Match(1, 3, 3, 13, ("x",), 100.0, "exact").ids
    ('x',)
    """

    i: int
    j: int
    start: int
    end: int
    ids: tuple[str, ...]
    score: float
    method: str


@lru_cache(maxsize=200_000)
def token_key(token: str) -> str:
    """Normalise one word for matching (ASCII, lower case, no apostrophes or possessive).

    >>> token_key("Kata’ib"), token_key("Baghdad’s"), token_key("Ḥarir"), token_key("Rutbah"), token_key("Tell")
    ('kataib', 'baghdad', 'harir', 'rutba', 'tal')
    """
    if token.isascii() and token.isalnum():  # the common word: nothing to transliterate or strip
        t = token.lower()
    else:
        t = unidecode(token).lower()
        t = _NOT_KEY.sub("", _POSSESSIVE.sub("", t))
    t = _VARIANTS.get(t, t)
    if len(t) > 3:
        t = (t[:-1] if t[-1] == "h" and t[-2] in "aeiou" else t).replace("ou", "u")  # a final h after a vowel
    return t


def _join(keys: Iterable[str]) -> str:
    """Key of a word sequence: articles dropped (also an assimilated leading one), doubled letters collapsed.

    >>> _join(["ain", "al", "assad"])
    'ainasad'
    """
    return _join_tuple(tuple(keys))


@lru_cache(maxsize=200_000)
def _join_tuple(keys: tuple[str, ...]) -> str:
    """``_join`` of a tuple of keys (cached: the same word runs recur across sentences)."""
    ks = [k for k in keys if k and k not in ARTICLES]
    if len(ks) > 1 and ks[0] in SUN_ARTICLES and ks[1][:1] == ks[0][-1:]:
        ks = ks[1:]
    key = "".join(ks)
    return collapse_runs(key)


def match_key(text: str) -> str:
    """Key of a whole name.

    >>> match_key("Ain al-Assad"), match_key("Al Ain Assad"), match_key("Ar Ruţbah") == match_key("Rutba")
    ('ainasad', 'ainasad', True)
    """
    return _join([token_key(m.group()) for m in _TOKEN.finditer(text)])


@lru_cache(maxsize=200_000)
def fold_key(keys: tuple[str, ...]) -> str:
    """Folded key of a name from its word keys: articles and unit words dropped, romanisation variants folded.

    >>> fold_key(("tuz", "khurmatu")) == fold_key(("tuz", "khormato")), fold_key(("al", "mahmudiya"))
    (True, 'mahmudia')
    >>> fold_key(("nahiyat", "al", "iskandariya")) == fold_key(("iskandariyeh",)), fold_key(("kadhimiya",))
    (True, 'kazimia')
    """
    ks = [k for k in keys if k and k not in _ANY_ARTICLE]
    while len(ks) > 1 and ks[0] in UNIT_PREFIXES:
        ks = ks[1:]
    s = "".join(ks)
    for pattern, repl in _FOLD_STEPS:
        s = collapse_runs(s) if pattern is _DOUBLED_STEP else pattern.sub(repl, s)
    return s


def collapse_runs(s: str) -> str:
    """``s`` with each run of one repeated character written once, as ``_DOUBLED.sub(r"\\1", s)`` (a newline is no
    ``.``, so a run of newlines stays); searches and slices are cheaper than a sub's template.

    >>> collapse_runs("harrir  air"), collapse_runs("kirkuk"), collapse_runs("a\\n\\nbb")
    ('harir air', 'kirkuk', 'a\\n\\nb')
    """
    m = _DOUBLED.search(s)
    if m is None:
        return s
    out, pos = [], 0
    while m is not None:  # each run's first character kept, the rest of it left out (as the sub's template does)
        out.append(s[pos:m.start() + 1])
        pos = m.end()
        m = _DOUBLED.search(s, pos)
    out.append(s[pos:])
    return "".join(out)


def tokens(text: str) -> list[Token]:
    """The words of a text with their keys.

    >>> [t.key for t in tokens("Deir ez-Zor's outskirts")]
    ['deir', 'ez', 'zor', 'utskirts']
    """
    parts = _TOKEN_SPLIT.split(text)  # the words and their offsets without a match object or a loop in Python
    offsets = list(accumulate(map(len, parts)))
    words = parts[1::2]
    caps = map(_CAP_FIRST.__contains__, map(_FIRST, words))
    # the tuple's own constructor: Token(...) would call a Python-level __new__ per word
    out = list(map(tuple.__new__, repeat(Token), zip(offsets[0::2], offsets[1::2], words, map(token_key, words), caps)))
    _LAST_SPLIT[0] = (out, text, parts)  # ``join_flags`` of these words reads their gaps from the split
    return out


def split_cell(cell: object) -> list[str]:
    """Split a ';'-separated table cell into stripped non-empty strings.

    >>> split_cell("a; b;;c"), split_cell(None)
    (['a', 'b', 'c'], [])
    """
    if cell is None or isinstance(cell, float) or str(cell) in ("", "nan", "<NA>"):
        return []
    return [s.strip() for s in str(cell).split(";") if s.strip()]


def _title(word: str) -> bool:
    """Whether a word is written in title case, a possessive 's aside.

    >>> _title("Kut"), _title("Kut's"), _title("KUT"), _title("kut")
    (True, True, False, False)
    """
    w = re.split(r"['’]", word, maxsplit=1)[0]
    return w[:1].isupper() and w[1:].islower()


def _taken(used: list[bool], i: int, j: int, inside: dict[int, Match] | None) -> bool:
    """Whether words [i, j) hold a used word that is not part of a shorter exact match lying wholly inside them.

    >>> m = Match(1, 2, 4, 9, ("x",), 100.0, "exact"); _taken([False, True], 0, 2, {1: m}), _taken([False, True], 0, 2, {})
    (False, True)
    """
    for k in range(i, j):
        if used[k]:
            m = inside.get(k) if inside else None
            if m is None or m.i < i or m.j > j or m.j - m.i >= j - i:
                return True
    return False


def _after_capitalised(toks: list[Token], i: int, joinable: list[bool]) -> bool:
    """Whether word ``i`` follows another capitalised word it is joined to, past a capitalised article ("Qassem
    Suleimani", "Bashar Al Assad": a surname; "in Al Miqdadiyeh": a place with its article).

    >>> t = tokens("in Al Miqdadiyeh and Bashar Al Asad"); f = join_flags(t, "in Al Miqdadiyeh and Bashar Al Asad")
    >>> _after_capitalised(t, 2, f), _after_capitalised(t, 6, f)
    (False, True)
    """
    k = i - 1
    if k > 0 and toks[k].cap and toks[k].key in _ANY_ARTICLE and joinable[k]:
        k -= 1
    return k >= 0 and toks[k].cap and joinable[k] and toks[k].key not in _LEAD_WORDS


@dataclass
class AliasIndex:
    """Alias keys of one reference table, indexed for a linear scan of texts."""

    exact: dict[str, list[tuple[str, bool]]] = field(default_factory=lambda: defaultdict(list))
    lengths: dict[str, set[int]] = field(default_factory=lambda: defaultdict(set))
    fuzzy_keys: dict[tuple[str, int], list[str]] = field(default_factory=lambda: defaultdict(list))
    fuzzy_ids: dict[tuple[str, int], list[str]] = field(default_factory=lambda: defaultdict(list))
    cache: dict[tuple[str, float], tuple[str, float] | None] = field(default_factory=dict)
    #: first words of names whose assimilated article may be left out ("Raqqa" for "Ar Raqqah")
    no_article: set[str] = field(default_factory=set)
    #: folded key -> ids of capitalised aliases, and per folded first word the alias lengths (see ``fold_key``)
    folded: dict[str, list[str]] = field(default_factory=lambda: defaultdict(list))
    fold_lengths: dict[str, set[int]] = field(default_factory=lambda: defaultdict(set))
    #: folded keys never matched (common words, set by the caller)
    fold_stop: frozenset[str] = frozenset()
    #: whether ``add`` indexes folded keys too (the place gazetteer turns it on; actor names keep exact + fuzzy)
    fold: bool = False
    #: three-letter one-word names of places that must be used as places to count ("Kut", "Faw"): key -> ids found
    #: also when written in title case (other short aliases, "US", "KH", only in capitals)
    short_ok: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    #: per first word, its alias lengths longest first (filled on first use, emptied by ``add``)
    desc: dict[str, tuple[int, ...]] = field(default_factory=dict, repr=False)
    #: per word key, the lengths of the aliases whose folded first word it folds to, longest first (as ``desc``)
    fold_desc: dict[str, tuple[int, ...]] = field(default_factory=dict, repr=False)
    #: per (first letter, key length, cut), the fuzzy keys of every length ``_best_fuzzy`` searches (emptied by ``add``)
    near: dict[tuple[str, int, float], list[str]] = field(default_factory=dict, repr=False)
    #: the keys of the lower-case aliases, sorted (filled on first use, emptied by ``add``): a lower-case word starts a
    #: match only when its key starts one of them
    lower_keys: list[str] | None = field(default=None, repr=False)

    def add(self, rid: str, alias: str, fuzzy: bool = False, bare_al: bool = False) -> None:
        """Index one alias of ``rid`` (lower-case aliases match lower-case text too; ``bare_al``: "Al X" is also
        found as "X", for names that must be used as places to count, such as the package gazetteer's towns).

        >>> ix = AliasIndex(); ix.add("erbil", "Arbil"); ix.exact["arbil"]
        [('erbil', False)]
        >>> ix.add("raqqa", "Ar Raqqah"); [m.ids for m in ix.scan(tokens("in Raqqa"), "in Raqqa")]
        [('raqqa',)]
        >>> ix.add("hawija", "Al Hawijah", bare_al=True); [m.ids for m in ix.scan(tokens("in Hawija"), "in Hawija")]
        [('hawija',)]
        """
        toks = tokens(alias)
        key = _join([t.key for t in toks])
        if len(key) < 2 or not toks:
            return
        self.desc.clear()
        self.fold_desc.clear()
        self.near.clear()
        self.lower_keys = None
        if all(r != rid for r, _ in self.exact[key]):
            self.exact[key].append((rid, alias[:1].islower()))
        if bare_al and len(key) == 3 and alias[:1].isupper() and sum(t.key not in ARTICLES for t in toks) == 1:
            self.short_ok[key].add(rid)  # "Kut", "Hit": a town's name, taken where the text uses it as a place
        first = next((t.key for t in toks if t.key not in ARTICLES), toks[0].key)
        self.lengths[first].add(len(toks))
        if len(toks) > 1 and toks[0].key in _ANY_ARTICLE:
            self.lengths[toks[0].key].add(len(toks))
        if len(toks) > 1 and (toks[0].key in SUN_ARTICLES and toks[1].key[:1] == toks[0].key[-1:] or
                              bare_al and toks[0].key in ("al", "el")):
            self.lengths[toks[1].key].add(len(toks) - 1)  # "Ar Raqqah" is also found as "Raqqa", "Al Hawijah" as "Hawija"
            self.no_article.add(toks[1].key)
        if self.fold:
            self._add_folded(rid, alias, toks)
        if fuzzy and len(key) >= 5:
            self.fuzzy_keys[(key[0], len(key))].append(key)
            self.fuzzy_ids[(key[0], len(key))].append(rid)

    def _add_folded(self, rid: str, alias: str, toks: list[Token]) -> None:
        """Index the folded key of a capitalised alias (articles and unit words before the name left out).

        >>> ix = AliasIndex(fold=True); ix.add("tuz", "Ţūz Khūrmātū"); ix.add("dz", "Dayr az Zawr")
        >>> dict(ix.fold_lengths)
        {'tuz': {2}, 'dair': {3}}
        """
        keys = [t.key for t in toks]
        a = next((k for k, w in enumerate(keys) if w not in _ANY_ARTICLE and w not in UNIT_PREFIXES), len(keys) - 1)
        a = a if a < len(keys) - 1 or keys[a] not in UNIT_PREFIXES else len(keys) - 1
        fk = fold_key(tuple(keys[a:]))
        if alias[:1].islower() or len(fk) < MIN_FOLD or len(keys) - a > MAX_WORDS:
            return
        if rid not in self.folded[fk]:
            self.folded[fk].append(rid)
        self.fold_lengths[fold_key((keys[a],))].add(len(keys) - a)  # by the folded first word

    def add_all(self, rows: Iterable[tuple[str, list[str]]], fuzzy: bool = False) -> AliasIndex:
        """Index (id, aliases) pairs; returns self."""
        for rid, aliases in rows:
            for a in aliases:
                self.add(rid, a, fuzzy)
        return self

    def scan(self, toks: list[Token], text: str, used: list[bool] | None = None,
             joinable: list[bool] | None = None) -> list[Match]:
        """Exact alias matches in a tokenised text, longest first, never overlapping ``used`` words (``joinable``:
        the ``join_flags`` of the words, when the caller has them)."""
        used = used if used is not None else [False] * len(toks)
        joinable = join_flags(toks, text) if joinable is None else joinable
        found: list[Match] = []
        keys = list(map(_KEY, toks))  # read once: every alias tried below slices them
        for i in compress(range(len(toks)), map(self.lengths.__contains__, keys)):  # keys that start one
            if used[i] or keys[i] == "the":
                continue
            hit = self._longest(toks, i, joinable, used, text, keys)
            if hit is None:
                continue
            j, ids = hit
            found.append(Match(i, j, toks[i].start, toks[j - 1].end, ids, 100.0, "exact"))
            for k in range(i, j):
                used[k] = True
        if self.folded:
            inside = {k: m for m in found for k in range(m.i, m.j)}
            folded = self.scan_folded(toks, used, joinable, inside)
            gone = {id(inside[k]) for m in folded for k in range(m.i, m.j) if k in inside}
            found = [m for m in found if id(m) not in gone] + folded  # "Abu Sayda" over the "Sayda" inside it
            found.sort(key=lambda m: m.i)
        return found

    def scan_folded(self, toks: list[Token], used: list[bool], joinable: list[bool],
                    inside: dict[int, Match] | None = None) -> list[Match]:
        """Folded-key matches of runs of capitalised words left unused by the exact pass (an article just before
        the name joins its span); ``inside``: word -> its exact match, which a longer folded name holding it
        whole may take over ("Abu Sayda" holds the "Sayda" of another place).

        >>> ix = AliasIndex(fold=True); ix.add("tuz", "Ţūz Khūrmātū"); t = tokens("in Tuz Khormato")
        >>> [(m.ids, m.method) for m in ix.scan(t, "in Tuz Khormato")]
        [(('tuz',), 'folded')]
        """
        found: list[Match] = []
        for i in compress(range(len(toks)), map(_CAP, toks)):  # capitalised words only
            if used[i]:
                continue
            t = toks[i]
            lengths = self.fold_desc.get(t.key)
            if lengths is None:
                first = self.fold_lengths.get(fold_key((t.key,)), ())
                lengths = self.fold_desc[t.key] = tuple(sorted(first, reverse=True))
            for n in lengths:
                j = i + n
                if j > len(toks) or _taken(used, i, j, inside) or not all(joinable[i:j - 1]) or \
                        not all(w.cap for w in toks[i:j] if w.key not in _ANY_ARTICLE):
                    continue
                if _after_capitalised(toks, i, joinable):
                    break  # after another capitalised word: a surname ("Qassem Suleimani"), not a place
                fk = fold_key(tuple(w.key for w in toks[i:j]))
                ids = self.folded.get(fk) if fk not in self.fold_stop else None
                if not ids:
                    continue
                a = i - 1 if i > 0 and not used[i - 1] and toks[i - 1].key in _ARABIC_ARTICLES and joinable[i - 1] \
                    else i  # "Al Miqdadiyeh" with its article; not "the Gatana sub-district"
                found.append(Match(a, j, toks[a].start, toks[j - 1].end, tuple(ids), 99.0, "folded"))
                for k in range(a, j):
                    used[k] = True
                break
        return found

    def _longest(self, toks: list[Token], i: int, joinable: list[bool], used: list[bool], text: str,
                 keys: list[str]) -> tuple[int, tuple[str, ...]] | None:
        """The longest alias starting at word ``i``: (end word, ids) or None (``keys``: the words' keys)."""
        if used[i]:
            return None
        tok, key = toks[i], keys[i]
        lengths = self._longest_first(key)
        if not lengths or not tok.cap and key and key not in _ANY_ARTICLE and not self._starts_lower_alias(key):
            return None  # a lower-case word that is no article matches only a lower-case alias
        lead_article = key in _ANY_ARTICLE and not tok.cap and text[tok.end:tok.end + 1] not in ("-", "‐")
        end, limit = i + 1, min(len(toks), i + lengths[0])
        while end < limit and not used[end] and joinable[end - 1]:
            end += 1  # words i .. end - 1 are free and joined: the spans that may hold an alias end there at most
        exact = self.exact
        for n in lengths:
            j = i + n
            if j > end or keys[j - 1] in ARTICLES or (lead_article and n > 1 and key in SUN_ARTICLES) or \
                    n > 1 and keys[j - 1] in CONNECTORS and not toks[j - 1].cap or \
                    n > 1 and len(key) == 1 and (key in ("a", "i") or not toks[i + 1].cap):
                continue  # (an English one-letter word opens no name: "A man", "A Man Was Shot" are not "Amman"; a
                # lower-case connector ends none: "Beni in eastern DRC" is not "Benin")
            hits = exact.get(_join_tuple(tuple(keys[i:j])))
            if not hits:
                continue
            first = next((t for t in toks[i:j] if t.key not in _ANY_ARTICLE), toks[i])
            ids = tuple(r for r, lower_ok in hits if lower_ok or first.cap)
            if n == 1 and len(toks[i].key) <= 3 and not toks[i].text.isupper():
                goes_on = i + 1 < len(toks) and joinable[i] and (toks[i + 1].cap or toks[i + 1].key in _ANY_ARTICLE)
                ids = tuple(r for r in ids if r in self.short_ok.get(toks[i].key, ())) \
                    if _title(toks[i].text) and not goes_on else ()  # not "Tal al-Rumman": a longer name
                if not ids:
                    continue  # short single-word aliases (US, KH, IZ) only as written in capitals, but for a town
            if n == 1 and toks[i].key in self.no_article and i > 0 and toks[i - 1].cap and joinable[i - 1] and \
                    toks[i - 1].key not in _LEAD_WORDS:
                continue  # "Tal Salman" is not "As Salman": a name without its article stands alone (not a longer
                # alias that opens with the word: "US-Iraqi Ain Al Asad airbase", though "Al Ain" is a town too)
            if ids:
                return j, ids
        return None

    def _starts_lower_alias(self, key: str) -> bool:
        """Whether a lower-case word of key ``key`` (no article) may open a lower-case alias: the joined key of any
        span it opens starts with ``collapse_runs(key)``, and only lower-case aliases match a lower-case first word.

        >>> ix = AliasIndex(); ix.add("g", "gunmen"); ix.add("k", "Kirkuk")
        >>> ix._starts_lower_alias("gun"), ix._starts_lower_alias("gunmen"), ix._starts_lower_alias("kirkuk")
        (True, True, False)
        """
        if self.lower_keys is None:
            self.lower_keys = sorted(k for k, hits in self.exact.items() if any(low for _r, low in hits))
        head = collapse_runs(key)
        k = bisect_left(self.lower_keys, head)
        return k < len(self.lower_keys) and self.lower_keys[k].startswith(head)

    def _longest_first(self, key: str) -> tuple[int, ...]:
        """The lengths (in words) of the aliases that start with ``key``, longest first (cached until ``add``).

        >>> ix = AliasIndex(); ix.add("x", "Ain al-Asad"); ix.add("y", "Ain"); ix._longest_first("ain")
        (3, 1)
        """
        out = self.desc.get(key)
        if out is None:
            out = self.desc[key] = tuple(sorted(self.lengths[key], reverse=True))
        return out

    def fuzzy(self, toks: list[Token], text: str, used: list[bool], skip: frozenset[str],
              threshold: float = FUZZY_THRESHOLD, joinable: list[bool] | None = None) -> list[Match]:
        """Fuzzy matches of runs of capitalised words that matched nothing exactly (best score first; ``joinable``:
        the ``join_flags`` of the words, when the caller has them)."""
        cands = []
        cache = self.cache
        for i, j, key in _cap_runs(toks, text, used, skip, joinable):
            hit = cache.get((key, threshold), _UNSEEN)  # ``_best_fuzzy``'s cache read here: most runs recur
            if hit is _UNSEEN:
                hit = self._best_fuzzy(key, threshold)
            if hit:
                cands.append((hit[1], j - i, i, j, hit[0]))
        out: list[Match] = []
        for score, _n, i, j, rid in sorted(cands, key=lambda c: (-c[0], -c[1], c[2])):
            if not any(used[i:j]):
                out.append(Match(i, j, toks[i].start, toks[j - 1].end, (rid,), round(score, 1), "fuzzy"))
                for k in range(i, j):
                    used[k] = True
        return out

    def _best_fuzzy(self, key: str, threshold: float) -> tuple[str, float] | None:
        """Best fuzzy key among keys of similar length: (id, score) or None (cached: names recur).

        >>> ix = AliasIndex(); ix.add("harir", "Harir air base", fuzzy=True); ix._best_fuzzy("harriraibase", 90)
        ('harir', 91.7)
        """
        if (key, threshold) in self.cache:
            return self.cache[key, threshold]
        if len(self.cache) >= FUZZY_CACHE_MAX:
            self.cache.clear()  # a bound on memory over a long corpus (the names of a few articles recur, not all)
        cut = threshold if len(key) >= 7 else max(threshold, SHORT_KEY_THRESHOLD)
        out: tuple[str, float] | None = None
        near = self.near.get((key[0], len(key), cut))
        if near is None:
            near = self.near[key[0], len(key), cut] = [k for n in _fuzzy_lengths(len(key), cut)
                                                       for k in self.fuzzy_keys.get((key[0], n), ())]
        if not near or process.extractOne(key, near, scorer=fuzz.ratio, score_cutoff=cut) is None:
            self.cache[key, threshold] = None  # one call over every length rules out most keys
            return None
        for n in _fuzzy_lengths(len(key), cut):  # same first letter, similar length
            best = process.extractOne(key, self.fuzzy_keys.get((key[0], n), ()), scorer=fuzz.ratio, score_cutoff=cut)
            if best is None or abs(len(best[0]) - len(key)) >= 3 and (best[0] in key or key in best[0]) or \
                    _other_head(key, best[0], cut):
                continue  # a missing or extra word ("Euphrates" / "MSS Euphrates") is not a spelling variant
            if out is None or best[1] > out[1]:
                out = (self.fuzzy_ids[(key[0], n)][best[2]], round(float(best[1]), 1))
        self.cache[key, threshold] = out
        return out


#: the generic tails of site names (match keys): two names that share one are alike only if their heads are
_GENERIC_TAILS = ("internationalairport", "airport", "airbase", "militarybase", "refugeecamp", "oilfield")


def _other_head(key: str, other: str, cut: float) -> bool:
    """Whether two keys that end on the same generic tail differ in the name before it ("Adan Adde International
    Airport" is not "Aleppo International Airport", however alike the whole keys are).

    >>> _other_head("addeinternationalairport", "aleppointernationalairport", 85), _other_head("balladairbase", "baladairbase", 85)
    (True, False)
    """
    tail = next((t for t in _GENERIC_TAILS if key.endswith(t) and other.endswith(t)), "")
    if not tail or len(key) == len(tail) or len(other) == len(tail):
        return False
    return fuzz.ratio(key[:-len(tail)], other[:-len(tail)]) < cut


@lru_cache(maxsize=1024)
def _fuzzy_lengths(size: int, cut: float) -> tuple[int, ...]:
    """Key lengths searched for a fuzzy match of a ``size``-letter key: those within 0.8-1.25 times its length
    whose best possible ``fuzz.ratio`` reaches ``cut`` (200 * shorter / (sum of lengths): every letter of the
    longer key beyond the shorter's length is one edit at least); the other lengths can hold no match.

    >>> list(range(int(10 * 0.8), int(10 * 1.25) + 2)), _fuzzy_lengths(10, 90.0), _fuzzy_lengths(6, 94.0)
    ([8, 9, 10, 11, 12, 13], (9, 10, 11, 12), (6,))
    """
    return tuple(n for n in range(int(size * 0.8), int(size * 1.25) + 2)
                 if 200.0 * min(n, size) / (n + size) >= cut - 1e-6)


def join_flags(toks: list[Token], text: str) -> list[bool]:
    """``_joinable`` of every word of a tokenised text (a single space is joinable without the call).

    >>> t = tokens("U.S. Embassy. Then"); join_flags(t, "U.S. Embassy. Then")
    [True, True, False, False]
    >>> s = "Ain al-Asad, U.S. base in Anbar. Rockets"; t = tokens(s); join_flags(t, s) == join_flags(list(t), s)
    True
    """
    last, last_text, parts = _LAST_SPLIT[0]
    if toks is last and text is last_text:  # the words ``tokens`` just read: their gaps are its split's separators
        gaps = parts[2:-1:2]
        flags = list(map(" ".__eq__, gaps))  # a single space joins (the common case, without a call)
        for j in list(compress(range(len(flags)), map(not_, flags))):
            gap = gaps[j]
            flags[j] = bool(_JOIN_GAP.fullmatch(gap)) and ("." not in gap or len(toks[j].text) == 1)  # as ``_joinable``
        return flags + [False] * bool(toks)
    return [text[a.end:b.start] == " " or _joinable(toks, j, text)
            for j, (a, b) in enumerate(zip(toks, toks[1:]))] + [False] * bool(toks)


def _joinable(toks: list[Token], j: int, text: str) -> bool:
    """Whether word ``j`` and the next can belong to one name (a space, hyphen or apostrophe between them;
    a full stop only after a one-letter word, as in "U.S.").

    >>> t = tokens("U.S. Embassy. Then"); [_joinable(t, j, "U.S. Embassy. Then") for j in range(3)]
    [True, True, False]
    """
    if j + 1 >= len(toks):
        return False
    gap = text[toks[j].end:toks[j + 1].start]
    if gap == " ":
        return True  # the common case, without the expression
    return bool(_JOIN_GAP.fullmatch(gap)) and ("." not in gap or len(toks[j].text) == 1)


def _cap_runs(toks: list[Token], text: str, used: list[bool], skip: frozenset[str],
              joinable: list[bool] | None = None) -> Iterable[tuple[int, int, str]]:
    """Spans of capitalised words (articles and connectors inside) that could be a name: (i, j, key) (``joinable``:
    the ``join_flags`` of the words, when known: a joinable gap needs no test).

    >>> [(i, j, k) for i, j, k in _cap_runs(tokens("near Harrir air base"), "near Harrir air base", [False] * 4, frozenset())]
    [(1, 2, 'harir'), (1, 3, 'harirair'), (1, 4, 'harirairbase')]
    """
    n = len(toks)
    for i in compress(range(n), map(_CAP, toks)):  # capitalised words only
        first = toks[i].key
        if used[i] or first in skip or first in ARTICLES:
            continue
        keys = [first]
        plain = first in CONNECTORS  # every word so far skipped or a connector
        one = _join_tuple((first,))
        if not plain and len(one) >= 5:
            yield i, i + 1, one
        for k in range(i + 1, min(n, i + 4)):
            last = toks[k]
            if used[k] or not (last.cap or last.key in _RUN_WORDS) or \
                    not (joinable is not None and joinable[k - 1] or _gap_joins(text[toks[k - 1].end:last.start])):
                break  # (a gap ``join_flags`` joins is one ``_gap_joins`` joins too)
            keys.append(last.key)
            plain = plain and (last.key in skip or last.key in CONNECTORS)
            if last.key in CONNECTORS:
                continue
            key = _join_tuple(tuple(keys))
            if len(key) >= 5 and not plain:
                yield i, k + 1, key


def _gap_joins(gap: str) -> bool:
    """Whether the characters between two words may sit inside a name (a space, hyphen, apostrophe or full stop).

    >>> _gap_joins(" "), _gap_joins(", ")
    (True, False)
    """
    return gap == " " or bool(_JOIN_GAP.fullmatch(gap))
