"""Word tokens, sentences, crude stems and stable 64-bit hashes of tokens and word n-grams."""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable
from functools import lru_cache

import numpy as np
import pandas as pd
from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS

from .constants import SHINGLE_N
from .vectors import sorted_unique

TOKEN_RE = re.compile(r"\w+(?:['’]\w+)*")
STOP = frozenset(ENGLISH_STOP_WORDS)
_SUFFIXES = ("ing", "ed", "es", "s", "ly")


def tokenize(text: str) -> pd.DataFrame:
    """Word tokens with exact character offsets and a normalised form.

    >>> tokenize("U.S. troops’ base").to_dict("list")["norm"]
    ['u', 's', 'troops', 'base']
    """
    rows = [(m.start(), m.end(), m.group().lower().replace("’", "'")) for m in TOKEN_RE.finditer(text)]
    return pd.DataFrame(rows, columns=["start", "end", "norm"]).astype({"start": "int64", "end": "int64"})


@lru_cache(maxsize=200_000)
def stem(tok: str) -> str:
    """Crude stem: strip a common suffix, keep at most 6 characters ("weaponry" ~ "weapons").

    >>> stem("weaponry"), stem("weapons"), stem("attacked")
    ('weapon', 'weapon', 'attack')
    """
    t = tok.split("'")[0]
    for suf in _SUFFIXES:
        if len(t) > len(suf) + 3 and t.endswith(suf):
            t = t[: -len(suf)]
            break
    return t[:6]


def content_stems(norms: list[str]) -> list[str]:
    """Stems of the non-stopword tokens (numbers kept).

    >>> content_stems(["the", "rockets", "hit", "2", "bases"])
    ['rocket', 'hit', '2', 'base']
    """
    return [x for x in map(_CONTENT.__getitem__, norms) if x]


def token_stems(norms: list[str]) -> list[str]:
    """The stem of every token, '' for a stop word or a single non-digit character (one look-up each).

    >>> token_stems(["the", "rockets", "hit", "2"])
    ['', 'rocket', 'hit', '2']
    """
    return list(map(_CONTENT.__getitem__, norms))


def content_stem_set(norms: list[str]) -> frozenset[str]:
    """``frozenset(content_stems(norms))``, built from the same sequence without the intermediate list.

    >>> sorted(content_stem_set(["the", "rockets", "hit", "rocket"]))
    ['hit', 'rocket']
    """
    return frozenset(filter(None, map(_CONTENT.__getitem__, norms)))


class _ContentStems(dict):
    """Token -> its stem, or '' for a stop word or a single non-digit character (filled when asked)."""

    def __missing__(self, t: str) -> str:
        if len(self) >= _CACHE_MAX:
            self.clear()
        v = self[t] = stem(t) if t not in STOP and (len(t) > 1 or t.isdigit()) else ""
        return v


#: Entries kept by the per-token caches before they are emptied (memory stays bounded on any corpus).
_CACHE_MAX = 2_000_000
_CONTENT = _ContentStems()


#: a sentence end, matched from the first stop of a run only (else '....' is rescanned from each stop: quadratic)
_SENT_END = re.compile(r"(?<![.!?])[.!?]+[\"”’)\]]*(?=\s+[\"“‘(\[]?[A-Z0-9])")
#: The last word of a window: the same match as ``(\w+)\W*$`` (whose leftmost match starts a word), without
#: trying every position inside a word.
_LAST_WORD = re.compile(r"(?<!\w)(\w+)\W*$")
_ABBREV = frozenset({"mr", "mrs", "ms", "dr", "col", "gen", "lt", "st", "no", "sgt", "maj", "capt", "rep", "sen",
                     "gov", "jan", "feb", "aug", "sept", "oct", "nov", "dec"})


#: Every abbreviation is shorter than this: a sentence end right after this many word characters always cuts.
_LONG_WORD_CHARS = max(map(len, _ABBREV)) + 1
_LONG_WORD = re.compile(r"\w{%d}" % _LONG_WORD_CHARS)


def _cuts_at(ptxt: str, s: int) -> bool:
    """Whether the stop at ``s`` of a paragraph ends a sentence: not after an initial or an abbreviation.

    (When the stop follows a word character, the word is within the five characters before it, or it is long:
    :func:`split_sentences` reuses the answer for the same five characters.)

    >>> _cuts_at("The U.S. Embassy", 6), _cuts_at("Col. Mann", 3), _cuts_at("in Accra. Then", 8)
    (False, False, True)
    """
    if s >= _LONG_WORD_CHARS and _LONG_WORD.fullmatch(ptxt, s - _LONG_WORD_CHARS, s):
        return True  # a long last word: neither an initial nor an abbreviation
    word = _LAST_WORD.search(ptxt[max(0, s - 30): s + 1])
    w = word.group(1) if word else ""
    return not (len(w) == 1 and w.isalpha() or w.lower() in _ABBREV)  # initial ("U.S.") or abbreviation ("Col.")


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Sentence spans (start, end) without surrounding whitespace; newlines always split.

    >>> t = "The U.S. Embassy was hit. Nobody was hurt.\\nNew line"
    >>> [t[s:e] for s, e in split_sentences(t)]
    ['The U.S. Embassy was hit.', 'Nobody was hurt.', 'New line']
    """
    spans: list[tuple[int, int]] = []
    memo: dict[str, bool] = {}  # the decision per five characters before a stop directly after a word character
    for para in re.finditer(r"[^\n]+", text):
        p0, ptxt = para.start(), para.group()
        cuts = [0]
        for m in _SENT_END.finditer(ptxt):
            s = m.start()
            key = ptxt[max(0, s - _LONG_WORD_CHARS): s]
            cut = memo.get(key)
            if cut is None:
                cut = _cuts_at(ptxt, s)
                if _WORD_CHAR.match(key, len(key) - 1):  # the last word ends at the stop: the key decides
                    memo[key] = cut
            if cut:
                cuts.append(m.end())
        cuts.append(len(ptxt))
        for s, e in zip(cuts[:-1], cuts[1:]):
            seg = ptxt[s:e]
            ls, rs = len(seg) - len(seg.lstrip()), len(seg.rstrip())
            if rs > ls:
                spans.append((p0 + s + ls, p0 + s + rs))
    return spans


_WORD_CHAR = re.compile(r"\w")
#: Whether each ASCII code point is a word character of ``TOKEN_RE`` (``\w``).
_ASCII_WORD = np.array([bool(_WORD_CHAR.match(chr(c))) for c in range(128)], dtype=bool)
_WORD_CACHE: dict[int, bool] = {}


def _word_mask(cp: np.ndarray) -> np.ndarray:
    r"""Which code points are ``\w`` (as ``re`` decides; other code points looked up once each).

    >>> _word_mask(np.array([97, 32, 233, 8217, 95], dtype=np.uint32)).tolist()
    [True, False, True, False, True]
    """
    high = cp >= 128
    mask = _ASCII_WORD[np.where(high, 0, cp)]
    if high.any():
        for c in sorted_unique(cp[high]).tolist():
            word = _WORD_CACHE.get(c)
            if word is None:
                word = _WORD_CACHE[c] = bool(_WORD_CHAR.match(chr(c)))
            if word:
                mask[cp == c] = True
    return mask


def token_spans(text: str) -> tuple[np.ndarray, np.ndarray]:
    r"""Start and end offsets of the ``TOKEN_RE`` tokens of a text, from character classes (no match objects).

    A token is a maximal run of word characters joined by single apostrophes (' or ’) between word
    characters: it starts at a word character not preceded by a word character nor by an apostrophe
    that follows one, and ends likewise.

    >>> t = "He's the U.S. rock’n roll_1 -- 'x' a''b é"
    >>> s, e = token_spans(t); [t[i:j] for i, j in zip(s, e)] == TOKEN_RE.findall(t)
    True
    """
    cp = np.frombuffer(text.encode("utf-32-le"), dtype=np.uint32)
    w = np.zeros(len(cp) + 4, dtype=bool)  # two padding characters on each side
    w[2:-2] = _word_mask(cp)
    ap = np.zeros(len(cp) + 4, dtype=bool)
    ap[2:-2] = (cp == 39) | (cp == 0x2019)
    n = len(cp)
    here, before, before2, after, after2 = w[2:n + 2], w[1:n + 1], w[:n], w[3:n + 3], w[4:n + 4]
    start = here & ~before & ~(ap[1:n + 1] & before2)
    end = here & ~after & ~(ap[3:n + 3] & after2)
    return np.flatnonzero(start), np.flatnonzero(end) + 1


class _StemIds(dict):
    """Stem -> small integer id, the next free one when first asked (never emptied: ids are fixed)."""

    def __missing__(self, stem_: str) -> int:
        v = self[stem_] = len(self)
        return v


_STEM_IDS = _StemIds()


def stem_id(stem_: str) -> int:
    """A small integer id of a stem, fixed for the life of the process (for joins, never stored).

    >>> stem_id("rocket") == stem_id("rocket") != stem_id("base")
    True
    """
    return _STEM_IDS[stem_]


def stem_ids(stems: Iterable[str], count: int) -> np.ndarray:
    """:func:`stem_id` of ``count`` stems as an array (one dictionary look-up each, no call per stem).

    >>> stem_ids(["rocket", "rocket"], 2).tolist() == [stem_id("rocket")] * 2
    True
    """
    return np.fromiter(map(_STEM_IDS.__getitem__, stems), dtype=np.int64, count=count)


def token_ids(norms: list[str]) -> np.ndarray:
    """64-bit ids of normalised tokens from a hash of their text (stable across processes and runs).

    >>> a, b, _ = token_ids(["base", "base", "iraq"]); int(a) == int(b)
    True
    """
    return np.fromiter(map(_VOCAB.__getitem__, norms), dtype=np.uint64, count=len(norms))


class _TokenIds(dict):
    """Token -> 64-bit id (blake2b of its text), filled when asked."""

    def __missing__(self, t: str) -> int:
        if len(self) >= _CACHE_MAX:
            self.clear()
        v = self[t] = int.from_bytes(hashlib.blake2b(t.encode("utf-8"), digest_size=8).digest(), "little")
        return v


def ngram_hashes(ids: np.ndarray, n: int = SHINGLE_N) -> np.ndarray:
    """Hash of every word n-gram (FNV-style xor-multiply over 64-bit token ids; wraps mod 2^64).

    >>> len(ngram_hashes(token_ids(list("abcdef")))), len(ngram_hashes(token_ids(["a"])))
    (3, 0)
    """
    if len(ids) < n:
        return np.zeros(0, dtype=np.uint64)
    u, m = ids.astype(np.uint64, copy=False), len(ids) - n + 1
    h = u[:m] ^ _FNV_OFFSET  # a new array: the loop below works in place on it
    with np.errstate(over="ignore"):
        for k in range(n):
            if k:
                h ^= u[k: m + k]
            h *= _FNV_PRIME
    return h


_FNV_OFFSET, _FNV_PRIME = np.uint64(0xCBF29CE484222325), np.uint64(0x100000001B3)


_VOCAB = _TokenIds()
