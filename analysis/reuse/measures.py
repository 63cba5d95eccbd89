"""Pair measures of two texts: containment, Jaccard, TF-IDF cosines, aligned reuse shares, one overlap."""

from __future__ import annotations

import numpy as np

from ..text.checks import require_text
from .alignment import align_records
from .document import Doc
from .vectors import cosine, idf_weighted

MEASURE_COLUMNS = ["containment_ab", "containment_ba", "jaccard", "tfidf_word", "tfidf_char", "reuse_share_a",
                   "reuse_share_b", "overlap"]


def union_length(spans: list[tuple[int, int]]) -> int:
    """Number of characters covered by possibly overlapping spans.

    >>> union_length([(0, 5), (3, 8), (10, 12)])
    10
    """
    total, cur_s, cur_e = 0, -1, -1
    for s, e in sorted(spans):
        if s > cur_e:
            total += max(0, cur_e - cur_s)
            cur_s, cur_e = s, e
        else:
            cur_e = max(cur_e, e)
    return total + max(0, cur_e - cur_s)


def combine(cont_max: float, share_max: float, cos_word: float, cos_char: float) -> float:
    """Combined overlap: half reuse evidence (max of containment and aligned share), half topical cosine.

    >>> combine(1.0, 0.5, 0.4, 0.6)
    0.75
    """
    return float(np.clip(0.5 * max(cont_max, share_max) + 0.25 * cos_word + 0.25 * cos_char, 0.0, 1.0))


def common_count(a: np.ndarray, b: np.ndarray) -> int:
    """How many values two sorted arrays of unique values share (``len(np.intersect1d(a, b))``, by a binary search).

    >>> common_count(np.array([1, 4, 7], dtype=np.uint64), np.array([4, 5, 7, 9], dtype=np.uint64))
    2
    """
    if len(a) == 0 or len(b) == 0:
        return 0
    pos = np.searchsorted(b, a)
    pos[pos == len(b)] = 0
    return int(np.count_nonzero(b[pos] == a))


def measures(da: Doc, db: Doc, cos_word: float, cos_char: float, rows: list[dict]) -> dict[str, float]:
    """All pair measures from featurised docs, cosines and alignment records.

    >>> d = Doc("the cat sat on the mat today")
    >>> measures(d, d, 1.0, 1.0, [])["jaccard"]
    1.0
    """
    na, nb = len(da.gram_set), len(db.gram_set)
    inter = common_count(da.gram_set, db.gram_set)
    c_ab = inter / na if na else 0.0
    c_ba = inter / nb if nb else 0.0
    jac = inter / (na + nb - inter) if (na or nb) else 0.0
    nq = [r for r in rows if not r["is_quote"]]
    ra = union_length([(r["a_start"], r["a_end"]) for r in nq]) / len(da.text) if da.text else 0.0
    rb = union_length([(r["b_start"], r["b_end"]) for r in nq]) / len(db.text) if db.text else 0.0
    return {"containment_ab": round(c_ab, 4), "containment_ba": round(c_ba, 4), "jaccard": round(jac, 4),
            "tfidf_word": round(cos_word, 4), "tfidf_char": round(cos_char, 4),
            "reuse_share_a": round(ra, 4), "reuse_share_b": round(rb, 4),
            "overlap": round(combine(max(c_ab, c_ba), max(ra, rb), cos_word, cos_char), 4)}


def pair_similarity(a: str, b: str) -> dict[str, float]:
    """Similarity measures of two texts (all in [0, 1]).

    * ``containment_ab`` -- share of ``a``'s word 4-gram shingles found in ``b`` (how much of a is in b);
      ``containment_ba`` the other way. A short rewrite of a long text keeps a high containment on
      its own side while the Jaccard stays low.
    * ``jaccard`` -- shared shingles / all shingles of both (symmetric; penalises length difference).
    * ``tfidf_word`` -- cosine of word TF-IDF vectors (sublinear tf, English stop words removed,
      smooth IDF fitted on the two texts; :func:`find_reuse` fits it on the whole corpus);
      ``tfidf_char`` -- the same on character 3-5-grams (robust to spelling variants such as
      transliterated names).
    * ``reuse_share_a`` / ``reuse_share_b`` -- share of each text's characters inside aligned,
      non-quotation passages (:func:`align`; catches rewording that shingles miss).
    * ``overlap`` -- 0.5 * max(containment, reuse share) + 0.25 * tfidf_word + 0.25 * tfidf_char.

    >>> m = pair_similarity("the cat sat on the mat today", "the cat sat on the mat today")
    >>> m["containment_ab"], m["jaccard"], m["overlap"]
    (1.0, 1.0, 1.0)
    """
    da, db = Doc(require_text(a, "a")), Doc(require_text(b, "b"))
    (wa, wb), (ca, cb) = idf_weighted([da.word_tf, db.word_tf]), idf_weighted([da.char_tf, db.char_tf])
    return measures(da, db, cosine(wa, wb), cosine(ca, cb), align_records(da, db))
