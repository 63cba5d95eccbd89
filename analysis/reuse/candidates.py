"""Candidate pairs of a corpus from an inverted index of shared rare features (no N^2 comparison).

Features of an article: its word 4-grams, and per sentence the unordered triples of its ``rare_k``
rarest content stems (stems in 2..max_df articles), which survive synonym swaps and reordering. A
feature in more than ``max_df`` articles (boilerplate, stock phrases) pairs nothing. Every step
works on any slice of the corpus given the corpus-wide stem frequencies, so the same functions run
in one process (:func:`candidate_pairs`) or as partitions on a cluster (``analysis.scale``).
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from itertools import chain, combinations

import numpy as np

from .document import Doc
from .vectors import sorted_unique

Table = tuple[np.ndarray, np.ndarray]  # sorted unique keys (uint64), counts (int64)
_TRIPLE_SALT = np.uint64(0x9E3779B97F4A7C15)
_PRIME = np.uint64(1_000_003)
#: Unsigned keys of at most 32 bits below this (character n-gram buckets) are counted in a dense table.
DENSE_KEYS = 1 << 23


def stem_key(stem: str) -> int:
    """A stable 63-bit key of a stem (the same in every process and run).

    >>> stem_key("rocket") == stem_key("rocket") != stem_key("base")
    True
    """
    return _STEM_KEYS[stem]


class _StemKeys(dict):
    """Stem -> :func:`stem_key`, filled when asked (a plain look-up per stem; emptied past ``_STEM_KEYS_MAX``)."""

    def __missing__(self, stem: str) -> int:
        if len(self) >= _STEM_KEYS_MAX:
            self.clear()
        v = self[stem] = int.from_bytes(hashlib.blake2b(stem.encode("utf-8"), digest_size=8).digest(), "little") >> 1
        return v


_STEM_KEYS_MAX = 1_000_000
_STEM_KEYS = _StemKeys()


def sentence_stem_keys(doc: Doc) -> tuple[np.ndarray, np.ndarray]:
    """(stem key, sentence number) of every content stem of every sentence of a document.

    >>> k, s = sentence_stem_keys(Doc("Rockets hit. Rockets fell.")); s.tolist()
    [0, 0, 1, 1]
    """
    cached = doc.__dict__.get("_stem_keys")
    if cached is None:
        sizes = [len(st) for st in doc.sorted_stems]
        keys = np.fromiter(map(_STEM_KEYS.__getitem__, chain.from_iterable(doc.sorted_stems)), dtype=np.uint64, count=sum(sizes))
        cached = doc.__dict__["_stem_keys"] = (keys, np.repeat(np.arange(len(sizes), dtype=np.int32), sizes))
    return cached


def frequency_table(arrays: Iterable[np.ndarray]) -> Table:
    """In how many of the given arrays each key occurs (arrays of unique keys): sorted keys, counts.

    >>> [x.tolist() for x in frequency_table([np.array([3, 1], dtype=np.uint64), np.array([3], dtype=np.uint64)])]
    [[1, 3], [1, 2]]
    """
    arrays = [a for a in arrays if len(a)]
    if not arrays:
        return np.zeros(0, dtype=np.uint64), np.zeros(0, dtype=np.int64)
    dense = _dense_counts(arrays)
    if dense is not None:
        return dense
    allk = np.concatenate(arrays)
    if allk.dtype.itemsize <= 4 and allk.dtype.kind == "u" and int(allk.max()) < DENSE_KEYS:  # small keys: count, not sort
        counts = np.bincount(allk)
        keys = np.flatnonzero(counts)
        return keys.astype(allk.dtype), counts[keys].astype(np.int64)
    keys, counts = np.unique(allk, return_counts=True)
    return keys, counts.astype(np.int64)


def distinct_frequency_table(arrays: Iterable[np.ndarray]) -> Table:
    """:func:`frequency_table` of arrays that may repeat a key (each counted once per array): small unsigned keys
    of one dtype in a dense table, ``counts[a] += 1`` adding 1 once to every distinct key of ``a`` (all reads of
    a fancy-indexed in-place add come before its writes); other keys deduplicated array by array first.

    >>> [x.tolist() for x in distinct_frequency_table([np.array([3, 1, 3], dtype=np.uint32), np.array([3], dtype=np.uint32)])]
    [[1, 3], [1, 2]]
    """
    arrays = [a for a in arrays if len(a)]
    if not arrays:
        return np.zeros(0, dtype=np.uint64), np.zeros(0, dtype=np.int64)
    dtype = arrays[0].dtype
    if dtype.itemsize > 4 or dtype.kind != "u" or any(a.dtype != dtype for a in arrays):
        return frequency_table(sorted_unique(a) for a in arrays)
    top = max(int(a.max()) for a in arrays)
    if top >= DENSE_KEYS:
        return frequency_table(sorted_unique(a) for a in arrays)
    counts = np.zeros(top + 1, dtype=np.int32)  # half the memory of int64: fewer cache misses
    for a in arrays:
        counts[a] += 1
    keys = np.flatnonzero(counts)
    return keys.astype(dtype), counts[keys].astype(np.int64)


def _dense_counts(arrays: list[np.ndarray]) -> Table | None:
    """:func:`frequency_table` of small unsigned keys of one dtype, counted array by array in a dense table
    (no concatenation of the whole corpus); None for other keys.

    >>> [x.tolist() for x in _dense_counts([np.array([3, 1], dtype=np.uint32), np.array([3], dtype=np.uint32)])]
    [[1, 3], [1, 2]]
    """
    dtype = arrays[0].dtype
    if dtype.itemsize > 4 or dtype.kind != "u" or any(a.dtype != dtype for a in arrays):
        return None
    top = max(int(a.max()) for a in arrays)
    if top >= DENSE_KEYS:
        return None
    counts = np.zeros(top + 1, dtype=np.int64)
    for a in arrays:
        counts[a] += 1  # keys are unique within an array
    keys = np.flatnonzero(counts)
    return keys.astype(dtype), counts[keys]


def merge_tables(tables: Iterable[Table]) -> Table:
    """Sum the counts of several frequency tables (of disjoint document sets).

    >>> t = merge_tables([(np.array([1, 3], dtype=np.uint64), np.array([1, 2])), (np.array([3], dtype=np.uint64), np.array([5]))])
    >>> [x.tolist() for x in t]
    [[1, 3], [1, 7]]
    """
    tables = [t for t in tables if len(t[0])]
    if not tables:
        return np.zeros(0, dtype=np.uint64), np.zeros(0, dtype=np.int64)
    keys, inv = np.unique(np.concatenate([k for k, _ in tables]), return_inverse=True)
    counts = np.zeros(len(keys), dtype=np.int64)
    np.add.at(counts, inv, np.concatenate([c for _, c in tables]).astype(np.int64))
    return keys, counts


def lookup(table: Table, keys: np.ndarray) -> np.ndarray:
    """Counts of ``keys`` in a frequency table (0 when absent).

    >>> lookup((np.array([1, 3], dtype=np.uint64), np.array([4, 5])), np.array([3, 2], dtype=np.uint64)).tolist()
    [5, 0]
    """
    tk, tc = table
    if len(tk) == 0 or len(keys) == 0:
        return np.zeros(len(keys), dtype=np.int64)
    pos = np.minimum(np.searchsorted(tk, keys), len(tk) - 1)
    return np.where(tk[pos] == keys, tc[pos], 0)


def _triple_hashes(keys: np.ndarray, sents: np.ndarray, stem_df: Table, max_df: int, rare_k: int
                   ) -> tuple[np.ndarray, np.ndarray]:
    """Salted triple hashes (see :func:`triple_features`) and the sentence of each, not deduplicated.

    >>> k = np.array([5, 6, 7, 8], dtype=np.uint64); s = np.array([0, 0, 0, 1])
    >>> h, hs = _triple_hashes(k, s, (k, np.array([2, 2, 3, 3])), 5, 4); hs.tolist()
    [0]
    """
    df = lookup(stem_df, keys)
    keep = (df >= 2) & (df <= max_df)
    keys, sents, df = keys[keep].astype(np.uint64), sents[keep].astype(np.int64), df[keep]
    order = np.lexsort((keys, df, sents))  # by sentence, then rarest first (ties by key)
    keys, sents = keys[order], sents[order]
    first = np.flatnonzero(np.concatenate([[True], sents[1:] != sents[:-1]])) if len(sents) else order[:0]
    size = np.minimum(np.diff(np.concatenate([first, [len(sents)]])), rare_k)
    out, where = [np.zeros(0, dtype=np.uint64)], [np.zeros(0, dtype=np.int64)]
    for m in np.unique(size[size >= 3]).tolist():
        st = first[size == m]
        rare = np.sort(keys[st[:, None] + np.arange(m)[None, :]], axis=1)  # each row: the m rarest, by key
        for x, y, z in combinations(range(m), 3):
            out.append((rare[:, x] * _PRIME + rare[:, y]) * _PRIME + rare[:, z])  # uint64: wraps mod 2^64
            where.append(sents[st])
    return np.concatenate(out) ^ _TRIPLE_SALT, np.concatenate(where)


def triple_features(keys: np.ndarray, sents: np.ndarray, stem_df: Table, max_df: int, rare_k: int = 4) -> np.ndarray:
    """Hashed unordered triples of the ``rare_k`` rarest stems (df 2..max_df) of each sentence, unique.

    The rarest stems of a sentence are the first by (df, key); each triple x < y < z of them hashes to
    ((x * 1000003 + y) * 1000003 + z) mod 2^64, xor a salt (:func:`triple_features_loop`: the same,
    sentence by sentence; :func:`triples_by_doc`: many documents at once).

    >>> k = np.array([5, 6, 7, 8], dtype=np.uint64); s = np.zeros(4, dtype=np.int32)
    >>> df = (np.array([5, 6, 7, 8], dtype=np.uint64), np.array([2, 2, 3, 9]))
    >>> len(triple_features(k, s, df, max_df=5)), len(triple_features(k, s, df, max_df=9))
    (1, 4)
    """
    return sorted_unique(_triple_hashes(keys, sents, stem_df, max_df, rare_k)[0])


def triples_by_doc(key_sents: list[tuple[np.ndarray, np.ndarray]], stem_df: Table, max_df: int, rare_k: int = 4
                   ) -> list[np.ndarray]:
    """:func:`triple_features` of many documents ((stem keys, sentence numbers) each), computed in one go.

    >>> k = np.array([5, 6, 7, 8], dtype=np.uint64); s = np.zeros(4, dtype=np.int32); df = (k, np.array([2, 2, 3, 4]))
    >>> [len(x) for x in triples_by_doc([(k, s), (k[:2], s[:2]), (k, s)], df, max_df=5)]
    [4, 0, 4]
    """
    if not key_sents:
        return []
    n_sent = np.array([int(s.max()) + 1 if len(s) else 0 for _, s in key_sents], dtype=np.int64)
    offset = np.concatenate([[0], np.cumsum(n_sent)])
    keys = np.concatenate([np.asarray(k, dtype=np.uint64) for k, _ in key_sents])
    sents = np.concatenate([np.asarray(s, dtype=np.int64) + o for (_, s), o in zip(key_sents, offset[:-1].tolist())])
    h, hs = _triple_hashes(keys, sents, stem_df, max_df, rare_k)
    doc = np.searchsorted(offset, hs, side="right") - 1
    order = np.lexsort((h, doc))
    h, doc = h[order], doc[order]
    keep = np.ones(len(h), dtype=bool)
    keep[1:] = (h[1:] != h[:-1]) | (doc[1:] != doc[:-1])
    h, doc = h[keep], doc[keep]
    return np.split(h, np.searchsorted(doc, np.arange(1, len(key_sents))))


def triple_features_loop(keys: np.ndarray, sents: np.ndarray, stem_df: Table, max_df: int, rare_k: int = 4
                         ) -> np.ndarray:
    """:func:`triple_features` sentence by sentence in plain Python (the definition; kept for tests).

    >>> k = np.array([5, 6, 7, 8], dtype=np.uint64); s = np.zeros(4, dtype=np.int32)
    >>> df = (np.array([5, 6, 7, 8], dtype=np.uint64), np.array([2, 2, 3, 9]))
    >>> triple_features_loop(k, s, df, max_df=9).tolist() == triple_features(k, s, df, max_df=9).tolist()
    True
    """
    df = lookup(stem_df, keys)
    keep = (df >= 2) & (df <= max_df)
    keys, sents, df = keys[keep].tolist(), sents[keep].tolist(), df[keep].tolist()
    by_sent: dict[int, list[tuple[int, int]]] = {}
    for key, s, f in zip(keys, sents, df):
        by_sent.setdefault(s, []).append((f, key))
    out = set()
    for cands in by_sent.values():
        rare = sorted(key for _, key in sorted(cands)[:rare_k])
        for x, y, z in combinations(rare, 3):
            out.add(((x * 1_000_003 + y) * 1_000_003 + z) & 0xFFFFFFFFFFFFFFFF)
    arr = np.fromiter(out, dtype=np.uint64, count=len(out))
    return sorted_unique(arr ^ _TRIPLE_SALT)


def pair_codes(h: np.ndarray, dcol: np.ndarray, n: int, max_df: int) -> np.ndarray:
    """Codes a * n + b (a < b) of the document pairs sharing each feature held by 2..max_df documents.

    ``h`` must hold the complete posting list of each of its features (any subset of features).

    >>> pair_codes(np.array([7, 7, 9], dtype=np.uint64), np.array([0, 2, 1]), 3, 5).tolist()
    [2]
    """
    if len(h) == 0:
        return np.zeros(0, dtype=np.int64)
    order = np.lexsort((dcol, h))
    h, dcol = h[order], dcol[order]
    starts = np.concatenate([[0], np.flatnonzero(np.diff(h)) + 1])
    sizes = np.diff(np.concatenate([starts, [len(h)]]))
    keep = (sizes >= 2) & (sizes <= max_df)
    codes = []
    for size in np.unique(sizes[keep]).tolist():  # vectorised per posting-list length
        st = starts[keep & (sizes == size)]
        groups = dcol[st[:, None] + np.arange(size)[None, :]]
        ii, jj = np.triu_indices(size, 1)
        a, b = groups[:, ii].ravel(), groups[:, jj].ravel()
        codes.append(np.minimum(a, b).astype(np.int64) * n + np.maximum(a, b))
    return np.concatenate(codes) if codes else np.zeros(0, dtype=np.int64)


def count_codes(codes: np.ndarray) -> Table:
    """How many features each pair code shares: sorted codes, counts (sum partial counts with merge_tables).

    >>> [x.tolist() for x in count_codes(np.array([5, 2, 5]))]
    [[2, 5], [1, 2]]
    """
    u, c = np.unique(codes, return_counts=True)
    return u.astype(np.uint64), c.astype(np.int64)


def select_pairs(table: Table, n: int, min_shared: int) -> dict[tuple[int, int], int]:
    """Pairs {(a, b): shared features} with at least ``min_shared`` shared features.

    >>> select_pairs((np.array([2, 5], dtype=np.uint64), np.array([1, 3])), 3, 2)
    {(1, 2): 3}
    """
    u, cnt = table
    u = u.astype(np.int64)
    sel = (cnt >= min_shared) & (u // n != u % n)
    return {(int(c // n), int(c % n)): int(x) for c, x in zip(u[sel], cnt[sel])}


def doc_postings(docs: list[Doc], stem_df: Table, max_df: int, first: int = 0, rare_k: int = 4
                 ) -> tuple[np.ndarray, np.ndarray]:
    """(feature hash, document number) of every feature of the given documents (numbered from ``first``)."""
    triples = triples_by_doc([sentence_stem_keys(d) for d in docs], stem_df, max_df, rare_k)
    feats = [sorted_unique(np.concatenate([d.gram_set, t])) for d, t in zip(docs, triples)]
    h = np.concatenate(feats) if feats else np.zeros(0, dtype=np.uint64)
    dcol = np.repeat(np.arange(first, first + len(docs), dtype=np.int64), [len(f) for f in feats])
    return h, dcol


def candidate_pairs(docs: list[Doc], *, max_df: int, min_shared: int, rare_k: int = 4) -> dict[tuple[int, int], int]:
    """Candidate pairs {(i, j): shared features} from an inverted index of rare features.

    >>> s = "Rockets hit the air base near the river on Tuesday night."
    >>> candidate_pairs([Doc(s), Doc(s), Doc("Other words only here.")], max_df=3, min_shared=2)
    {(0, 1): 12}
    """
    stem_df = frequency_table(sorted_unique(sentence_stem_keys(d)[0]) for d in docs)
    h, dcol = doc_postings(docs, stem_df, max_df, rare_k=rare_k)
    return select_pairs(count_codes(pair_codes(h, dcol, len(docs), max_df)), len(docs), min_shared)
