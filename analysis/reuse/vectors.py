"""Sparse vectors as (sorted keys, weights) arrays: term frequencies, IDF weighting, cosines."""

from __future__ import annotations

import math
from itertools import chain

import numpy as np

Vector = tuple[np.ndarray, np.ndarray]
#: Above this many keys on both sides, :func:`cosine` finds common keys by a merge (:func:`common_keys`).
MERGE_KEYS = 2000


def sorted_unique(values: np.ndarray) -> np.ndarray:
    """``np.unique(values)`` by sorting (numpy >= 2.3 hashes instead, several times slower on small arrays).

    >>> sorted_unique(np.array([5, 3, 5, 1], dtype=np.uint32)).tolist()
    [1, 3, 5]
    """
    out = np.sort(values, axis=None)
    if len(out) < 2:
        return out
    keep = np.empty(len(out), dtype=bool)
    keep[0] = True
    np.not_equal(out[1:], out[:-1], out=keep[1:])
    return out[keep]


def tf_vector(keys: np.ndarray) -> Vector:
    """Sorted unique keys and sublinear term frequencies 1 + log(count).

    >>> k, w = tf_vector(np.array([5, 3, 5], dtype=np.uint64)); k.tolist(), w.round(3).tolist()
    ([3, 5], [1.0, 1.693])
    """
    if len(keys) == 0:
        return np.zeros(0, dtype=np.uint64), np.zeros(0)
    if keys.dtype != np.uint32:
        u, cnt = np.unique(keys, return_counts=True)
        return u, 1.0 + np.log(cnt)
    srt = radix_sort_u32(keys)
    first = np.flatnonzero(np.concatenate([[True], srt[1:] != srt[:-1]]))
    return srt[first], 1.0 + np.log(np.diff(np.append(first, len(srt))))


def radix_sort_u32(keys: np.ndarray) -> np.ndarray:
    """``np.sort`` of 32-bit unsigned keys as two stable (radix) sorts of their 16-bit halves: about twice as fast.

    >>> radix_sort_u32(np.array([70000, 3, 65536, 2], dtype=np.uint32)).tolist()
    [2, 3, 65536, 70000]
    """
    low = keys[np.argsort((keys & np.uint32(0xFFFF)).astype(np.uint16), kind="stable")]
    return low[np.argsort((low >> np.uint32(16)).astype(np.uint16), kind="stable")]


def cosine(va: Vector, vb: Vector) -> float:
    """Cosine of two sparse vectors given as (sorted keys, weights).

    >>> v = tf_vector(np.array([1, 2], dtype=np.uint64)); cosine(v, v)
    1.0
    """
    (ka, wa), (kb, wb) = va, vb
    if len(ka) == 0 or len(kb) == 0:
        return 0.0
    if min(len(ka), len(kb)) > MERGE_KEYS:
        ia, ib = common_keys(ka, kb)
    else:  # few keys: a binary search of each
        pos = np.minimum(np.searchsorted(kb, ka), len(kb) - 1)  # both key arrays are sorted and unique
        ia = np.flatnonzero(kb[pos] == ka)
        ib = pos[ia]
    den = math.sqrt(float((wa * wa).sum() * (wb * wb).sum()))  # the same IEEE square root as np.sqrt
    return min(max(float((wa[ia] * wb[ib]).sum()) / den, 0.0), 1.0) if den else 0.0  # np.clip, no array call


def common_keys(ka: np.ndarray, kb: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Positions in ``ka`` and in ``kb`` (sorted, unique keys of one dtype) of the keys both hold, in key order.

    One stable sort of the two sorted runs (a merge) instead of a binary search per key.

    >>> [x.tolist() for x in common_keys(np.array([1, 4, 7], dtype=np.uint64), np.array([4, 5, 7], dtype=np.uint64))]
    [[1, 2], [0, 2]]
    """
    both = np.concatenate((ka, kb))
    order = np.argsort(both, kind="stable")  # a key of ka comes right before the same key of kb
    srt = both[order]
    eq = np.flatnonzero(srt[1:] == srt[:-1])
    return order[eq], order[eq + 1] - len(ka)


def idf_weighted(vecs: list[Vector]) -> list[Vector]:
    """Multiply tf vectors by a smooth IDF, ln((1 + n) / (1 + df)) + 1, fitted on these vectors.

    >>> a, b = idf_weighted([tf_vector(np.array([1, 2], dtype=np.uint64)), tf_vector(np.array([1], dtype=np.uint64))])
    >>> a[1].round(3).tolist()
    [1.0, 1.405]
    """
    if not vecs:
        return []
    allk = np.concatenate([k for k, _ in vecs])
    u, df = np.unique(allk, return_counts=True)
    idf = np.log((1 + len(vecs)) / (1 + df)) + 1.0
    return [(k, w * idf[np.searchsorted(u, k)]) for k, w in vecs]


def set_cosine(a: frozenset[int] | set[int], b: frozenset[int] | set[int]) -> float:
    """Cosine of two binary vectors given as sets (|A & B| / sqrt(|A| |B|)).

    >>> set_cosine({1, 2, 3, 4}, {3, 4})
    0.7071
    """
    if not a or not b:
        return 0.0
    return round(len(a & b) / math.sqrt(len(a) * len(b)), 4)


def sorted_cosine(a: np.ndarray, b: np.ndarray) -> float:
    """:func:`set_cosine` of two sets given as sorted arrays of unique values (the same number).

    >>> sorted_cosine(np.array([1, 2, 3, 4]), np.array([3, 4]))
    0.7071
    """
    if len(a) == 0 or len(b) == 0:
        return 0.0
    both = np.sort(np.concatenate((a, b)), kind="stable")  # two sorted runs: one merge
    hit = int(np.count_nonzero(both[1:] == both[:-1]))  # each value at most once per side
    return round(hit / math.sqrt(len(a) * len(b)), 4)


#: Rows of :func:`sorted_cosines` merged at once (larger merges are slower per element).
COSINE_ROWS = 128
#: Fewer pairs than this are counted one by one (the merge's set-up costs more).
MERGE_ROWS_MIN = 4
_ROW_SHIFT = np.uint64(32)


def sorted_cosines(a: list[np.ndarray], b: list[np.ndarray]) -> list[float]:
    """``[sorted_cosine(x, y) for x, y in zip(a, b)]``: for 32-bit unsigned values and ``MERGE_ROWS_MIN`` pairs or
    more, the shared values of up to ``COSINE_ROWS`` pairs counted in one merge (each value tagged with its row
    number in the high 32 bits).

    >>> x, y = np.array([1, 2, 3, 4], dtype=np.uint32), np.array([3, 4], dtype=np.uint32)
    >>> sorted_cosines([x, x, y[:0], y], [y, x, y, y])
    [0.7071, 1.0, 0.0, 1.0]
    """
    if len(a) < MERGE_ROWS_MIN or any(v.dtype != np.uint32 for v in chain(a, b)):
        return [sorted_cosine(x, y) for x, y in zip(a, b)]
    out: list[float] = []
    for s in range(0, len(a), COSINE_ROWS):
        out.extend(_merged_cosines(a[s: s + COSINE_ROWS], b[s: s + COSINE_ROWS]))
    return out


def _merged_cosines(a: list[np.ndarray], b: list[np.ndarray]) -> list[float]:
    """:func:`sorted_cosines` of at most 2^32 pairs of sorted unique 32-bit arrays: one stable sort (a merge of
    two sorted runs), shared values counted per row, rounded as :func:`set_cosine` does."""
    if not a:
        return []
    la = np.fromiter(map(len, a), dtype=np.int64, count=len(a))
    lb = np.fromiter(map(len, b), dtype=np.int64, count=len(b))
    rows = np.arange(len(a), dtype=np.uint64) << _ROW_SHIFT
    both = np.concatenate((np.concatenate(a) | np.repeat(rows, la), np.concatenate(b) | np.repeat(rows, lb)))
    both.sort(kind="stable")
    same = both[1:][both[1:] == both[:-1]]
    hits = np.bincount((same >> _ROW_SHIFT).astype(np.int64), minlength=len(a))
    return [round(h / math.sqrt(x * y), 4) if x and y else 0.0 for h, x, y in zip(hits.tolist(), la.tolist(), lb.tolist())]


#: Bits of a set signature (:func:`set_signatures`), which bounds a set cosine before the exact merge.
SIGNATURE_BITS = 4096
_SIG_SHIFT = np.uint32(32 - SIGNATURE_BITS.bit_length() + 1)
_GOLDEN = np.uint32(2654435761)
#: Added to a cosine bound: covers the 4-decimal rounding of :func:`set_cosine` (at most 0.00005).
COSINE_SLACK = 1e-4
Signature = tuple[int, int, int]  # bits (a Python int), bits set, set size


def set_signatures(sets: list[np.ndarray]) -> list[Signature]:
    """Bit signatures of sets of unsigned values, all at once: bit h(v) of every value v (h: the top 12 bits of a
    multiplicative 32-bit hash) as one Python int, how many bits are set, and the set size.

    >>> [(n, size) for _, n, size in set_signatures([np.array([1, 2, 3], dtype=np.uint32), np.zeros(0, np.uint32)])]
    [(3, 3), (0, 0)]
    """
    sizes = [len(x) for x in sets]
    if not sets:
        return []
    bits = np.zeros(len(sets) * SIGNATURE_BITS, dtype=bool)  # one row of bits per set, indexed flat (faster)
    if sum(sizes):
        values = np.concatenate(sets).astype(np.uint32)
        row = np.repeat(np.arange(0, len(sets) * SIGNATURE_BITS, SIGNATURE_BITS), sizes)
        bits[row + ((values * _GOLDEN) >> _SIG_SHIFT)] = True  # the product wraps mod 2^32
    buf, width = np.packbits(bits, bitorder="little").tobytes(), SIGNATURE_BITS // 8
    out = []
    for k, size in enumerate(sizes):
        sig = int.from_bytes(buf[k * width: (k + 1) * width], "little")
        out.append((sig, sig.bit_count(), size))
    return out


def cosine_bound(a: Signature, b: Signature) -> float:
    """An upper bound of :func:`sorted_cosine` of two sets from their signatures (:func:`set_signatures`).

    The shared values fill at most the bits both signatures set, plus the values of one side that share a
    bit with another value of that side (its size less its bits set): hits <= both bits + size - bits set.

    >>> x, y, z = set_signatures([np.array(v, dtype=np.uint32) for v in ([1, 2, 3, 4], [3, 4], [7, 8])])
    >>> round(cosine_bound(x, y), 4), cosine_bound(x, z), sorted_cosine(np.array([1, 2, 3, 4]), np.array([3, 4]))
    (0.7071, 0.0, 0.7071)
    """
    (sa, pa, la), (sb, pb, lb) = a, b
    if not la or not lb:
        return 0.0
    both = (sa & sb).bit_count()
    return min(both + la - pa, both + lb - pb, la, lb) / math.sqrt(la * lb)
