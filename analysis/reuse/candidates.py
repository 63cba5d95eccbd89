"""Candidate pairs of a corpus from an inverted index of shared rare features (no N^2 comparison)."""

from __future__ import annotations

from itertools import combinations

import numpy as np

from .document import Doc


def _stem_triples(docs: list[Doc], max_df: int, rare_k: int) -> list[np.ndarray]:
    """Per document: hashed unordered triples of the ``rare_k`` rarest content stems of each sentence.

    Stems in one document or in more than ``max_df`` documents are not used; survive synonym swaps
    and reordering, since any three kept rare words of a sentence make the feature.
    """
    stem_ids: dict[str, int] = {}
    doc_stems = [[[stem_ids.setdefault(x, len(stem_ids)) for x in sorted(st)] for st in d.sent_stems] for d in docs]
    df = np.zeros(len(stem_ids) + 1, dtype=np.int64)
    for ss in doc_stems:
        flat = {x for s in ss for x in s}
        if flat:
            df[np.fromiter(flat, dtype=np.int64)] += 1
    dfl = df.tolist()
    m1 = 1_000_003
    out = []
    for ss in doc_stems:
        hs = set()
        for s in ss:
            us = sorted((x for x in s if 2 <= dfl[x] <= max_df), key=lambda x: (dfl[x], x))[:rare_k]
            if len(us) >= 3:
                for x, y, z in combinations(sorted(us), 3):
                    hs.add(((x * m1 + y) * m1 + z) * 2 + 1)
        arr = np.fromiter((h & 0x7FFFFFFFFFFFFFFF for h in hs), dtype=np.int64).astype(np.uint64)
        out.append(arr ^ np.uint64(0x9E3779B97F4A7C15))
    return out


def _pair_codes(h: np.ndarray, dcol: np.ndarray, n: int, max_df: int) -> np.ndarray:
    """Codes a * n + b (a < b) of the document pairs sharing each feature held by 2..max_df documents."""
    order = np.argsort(h, kind="stable")
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
        codes.append(np.minimum(a, b) * n + np.maximum(a, b))
    return np.concatenate(codes) if codes else np.zeros(0, dtype=np.int64)


def candidate_pairs(docs: list[Doc], *, max_df: int, min_shared: int, rare_k: int = 4) -> dict[tuple[int, int], int]:
    """Candidate pairs {(i, j): shared features} from an inverted index of rare features.

    Features: word 4-grams and, per sentence, unordered triples of its ``rare_k`` rarest content
    stems. Features in more than ``max_df`` documents (boilerplate, stock phrases) are dropped;
    features in one document cannot pair anything.

    >>> s = "Rockets hit the air base near the river on Tuesday night."
    >>> candidate_pairs([Doc(s), Doc(s), Doc("Other words only here.")], max_df=3, min_shared=2)
    {(0, 1): 12}
    """
    n = len(docs)
    feats_h = [np.unique(d.grams) for d in docs] + _stem_triples(docs, max_df, rare_k)
    feats_doc = [np.full(len(f), k % n, dtype=np.int64) for k, f in enumerate(feats_h)]
    h = np.concatenate(feats_h) if feats_h else np.zeros(0, dtype=np.uint64)
    if len(h) == 0:
        return {}
    codes = _pair_codes(h, np.concatenate(feats_doc), n, max_df)
    if len(codes) == 0:
        return {}
    u, cnt = np.unique(codes, return_counts=True)
    sel = (cnt >= min_shared) & (u // n != u % n)
    return {(int(c // n), int(c % n)): int(x) for c, x in zip(u[sel], cnt[sel])}
