"""Sentence pairs of two texts that share content stems, with how many they share.

Only stems in at most ``STEM_DF_CAP`` sentences of each text propose pairs (so the work grows
linearly with text length); every shared stem counts. Articles take a plain dictionary loop; long
texts a numpy join of (stem, sentence) postings, with bit masks for the common stems. Both give the
same counts.
"""

from __future__ import annotations

import numpy as np

from .constants import STEM_DF_CAP
from .document import Doc

#: Above this many sentence pairs (sentences of a x sentences of b) the numpy join is used.
NUMPY_PAIRS = 40_000


def _counts_python(da: Doc, db: Doc, fa: set[int], fb: set[int], min_shared: int = 1) -> dict[tuple[int, int], int]:
    """Pairs proposed by a rare shared stem and sharing >= ``min_shared`` stems: plain dictionaries.

    Prefix filter: order the stems both texts hold (rare before common, then by frequency, then
    alphabetically); a pair sharing >= m stems, one of them rare, shares its first one in that order,
    and that stem is among the rare stems of each sentence except its last m - 1 shared ones. Only
    those propose pairs; each proposal is then counted exactly.
    """
    ia, ib = da.stem_df, db.stem_df
    both = ia.keys() & ib.keys()
    rank = {x: (ia[x] > STEM_DF_CAP or ib[x] > STEM_DF_CAP, ia[x] + ib[x], x) for x in both}

    def prefixes(d: Doc, free: set[int]) -> dict[int, list[str]]:
        out = {}
        for k in free:
            ss = sorted((x for x in d.sent_stems[k] if x in both), key=rank.__getitem__)
            pre = [x for x in ss[:len(ss) - min_shared + 1] if not rank[x][0]]
            if pre:
                out[k] = pre
        return out

    inv: dict[str, list[int]] = {}
    for kb, xs in prefixes(db, fb).items():
        for x in xs:
            inv.setdefault(x, []).append(kb)
    proposed = {(ka, kb) for ka, xs in prefixes(da, fa).items() for x in xs for kb in inv.get(x, ())}
    sa, sb = da.sent_stems, db.sent_stems
    counts = {(ka, kb): len(sa[ka] & sb[kb]) for ka, kb in proposed}
    return {k: c for k, c in counts.items() if c >= min_shared}


def _join(a_st: np.ndarray, a_se: np.ndarray, b_st: np.ndarray, b_se: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """All (a sentence, b sentence) combinations of postings with the same stem (b sorted by stem)."""
    lo, hi = np.searchsorted(b_st, a_st, "left"), np.searchsorted(b_st, a_st, "right")
    n = hi - lo
    total = int(n.sum())
    ka = np.repeat(a_se, n)
    first = np.repeat(lo - (np.cumsum(n) - n), n)
    return ka, b_se[first + np.arange(total)]


def _common_masks(d: Doc, common: np.ndarray) -> np.ndarray:
    """Per sentence, bit mask (uint64 words) of the ``common`` stem ids it contains."""
    st, se = d.stem_postings
    words = max(1, (len(common) + 63) // 64)
    masks = np.zeros((len(d.sents), words), dtype=np.uint64)
    pos = np.searchsorted(common, st)
    hit = (pos < len(common)) & (common[np.minimum(pos, len(common) - 1)] == st)
    bit = pos[hit]
    np.bitwise_or.at(masks, (se[hit], bit // 64), np.left_shift(np.uint64(1), (bit % 64).astype(np.uint64)))
    return masks


def _counts_numpy(da: Doc, db: Doc, fa: set[int], fb: set[int]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Pairs proposed by a rare shared stem: a numpy join of postings (for long texts)."""
    (a_st, a_se), (b_st, b_se) = da.stem_postings, db.stem_postings
    ua, dfa = np.unique(a_st, return_counts=True)
    ub, dfb = np.unique(b_st, return_counts=True)
    rare = np.intersect1d(ua[dfa <= STEM_DF_CAP], ub[dfb <= STEM_DF_CAP], assume_unique=True)
    free_a = np.isin(a_se, np.fromiter(fa, dtype=np.int64, count=len(fa)))
    free_b = np.isin(b_se, np.fromiter(fb, dtype=np.int64, count=len(fb)))
    sa, sb = free_a & np.isin(a_st, rare), free_b & np.isin(b_st, rare)
    ka, kb = _join(a_st[sa], a_se[sa], b_st[sb], b_se[sb])
    nb = max(1, len(db.sents))
    codes, cnt = np.unique(ka * nb + kb, return_counts=True)
    ka, kb = codes // nb, codes % nb
    common = np.setdiff1d(np.intersect1d(ua, ub, assume_unique=True), rare, assume_unique=True)
    if len(common) and len(codes):
        ma, mb = _common_masks(da, common), _common_masks(db, common)
        cnt = cnt + np.bitwise_count(ma[ka] & mb[kb]).sum(axis=1)
    return ka, kb, cnt


Counts = tuple[np.ndarray, np.ndarray, np.ndarray]


def _python_arrays(counts: dict[tuple[int, int], int]) -> Counts:
    """A count dictionary as (a sentence, b sentence, count) arrays."""
    keys = list(counts)
    return (np.fromiter((k[0] for k in keys), dtype=np.int64, count=len(keys)),
            np.fromiter((k[1] for k in keys), dtype=np.int64, count=len(keys)),
            np.fromiter(counts.values(), dtype=np.int64, count=len(keys)))


def count_arrays(da: Doc, db: Doc, free_a: list[int] | None = None, free_b: list[int] | None = None,
                 min_shared: int = 1) -> Counts:
    """:func:`shared_counts` as arrays (a sentence, b sentence, shared stems), sorted by sentence pair.

    >>> d = Doc("Rockets hit the air base near the river. Nobody was hurt.")
    >>> [x.tolist() for x in count_arrays(d, d, min_shared=2)]
    [[0], [0], [6]]
    """
    fa = set(range(len(da.sents)) if free_a is None else free_a)
    fb = set(range(len(db.sents)) if free_b is None else free_b)
    if not fa or not fb:
        return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.int64)
    if len(da.sents) * len(db.sents) > NUMPY_PAIRS:
        ka, kb, cnt = _counts_numpy(da, db, fa, fb)
    else:
        ka, kb, cnt = _python_arrays(_counts_python(da, db, fa, fb, min_shared))
    keep = cnt >= min_shared
    ka, kb, cnt = ka[keep], kb[keep], cnt[keep]
    order = np.lexsort((kb, ka))
    return ka[order], kb[order], cnt[order]


def shared_counts(da: Doc, db: Doc, free_a: list[int] | None = None, free_b: list[int] | None = None,
                  min_shared: int = 1) -> dict[tuple[int, int], int]:
    """Free sentence pairs proposed by a shared stem and sharing >= ``min_shared`` content stems, sorted.

    A stem in more than ``STEM_DF_CAP`` sentences of either text proposes nothing (linear cost); it
    still counts for pairs that a rarer stem proposes.

    >>> d = Doc("Rockets hit the air base near the river. Nobody was hurt.")
    >>> shared_counts(d, d)
    {(0, 0): 6, (1, 1): 1}
    """
    ka, kb, cnt = count_arrays(da, db, free_a, free_b, min_shared)
    return dict(zip(zip(ka.tolist(), kb.tolist()), cnt.tolist()))
