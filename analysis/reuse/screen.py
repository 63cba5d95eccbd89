"""Pre-screen of candidate pairs: cheap evidence that aligning a pair could find reused text.

Candidate generation pairs articles sharing a few rare features; in a corpus on one topic most such
pairs share stock phrases and names but no passage (PolNeAR-924: 7,033 of 7,534 candidate pairs end
``unrelated``), and aligning them is most of the cost of ``find_reuse``. Every passage of the alignment
grows from one of three seeds, and a pair is aligned only when it shows one of them:

1. a verbatim run: the alignment's own chaining of shared word 4-grams (exact);
2. a sentence pair that may be a reworded match: >= ``MIN_SHARED_STEMS`` shared content stems and
   IDF-weighted Dice >= ``SCREEN_SENTENCE_DICE``, or (the short-sentence route, an exact bound) >= 2
   shared stems and Dice >= (0.8 - 0.4) / 0.6, both sentences >= ``MIN_SENTENCE_TOKENS`` tokens;
3. a rewritten block: two sentence pairs at most 2 sentences apart (different sentences on both sides),
   each sharing >= ``BLOCK_SEED_STEMS`` stems with Dice >= ``SCREEN_BLOCK_DICE``.

The Dice is the alignment's sentence Dice (:func:`~.sentences.sentence_dice`), computed for all sentence
pairs at once with numpy.
"""

from __future__ import annotations

import numpy as np

from .alignment import verbatim_runs
from .constants import (BLOCK_SEED_STEMS, MIN_SENTENCE_TOKENS, MIN_SHARED_STEMS, SCREEN_BLOCK_DICE,
                        SCREEN_SENTENCE_DICE)
from .document import Doc

#: Dice a sentence pair sharing only 2 stems needs to reach the alignment's 0.8 score (character cosine <= 1).
SHORT_ROUTE_DICE = (0.8 - 0.4) / 0.6


def _stem_table(d: Doc) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Unique stem ids, in how many sentences each occurs, and each posting's index into them (cached)."""
    got = d.__dict__.get("_screen_stems")
    if got is None:
        st = d.stem_postings[0]
        got = d.__dict__["_screen_stems"] = np.unique(st, return_inverse=True, return_counts=True)
    u, inv, cnt = got
    return u, cnt, inv


def _weights(u: np.ndarray, cnt: np.ndarray, other_u: np.ndarray, other_cnt: np.ndarray, n: int) -> np.ndarray:
    """IDF weight ln((n + 1) / (df + 1)) + 1 of stems ``u`` over the sentences of both texts."""
    if len(other_u) == 0:
        return np.log((n + 1) / (cnt + 1)) + 1.0
    pos = np.minimum(np.searchsorted(other_u, u), len(other_u) - 1)
    df = cnt + np.where(other_u[pos] == u, other_cnt[pos], 0)
    return np.log((n + 1) / (df + 1)) + 1.0


def sentence_pair_dice(da: Doc, db: Doc) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """(a sentence, b sentence, shared content stems, IDF-weighted Dice) of every sentence pair sharing a stem.

    >>> d = Doc("Rockets hit the air base near the river. Nobody was hurt.")
    >>> ka, kb, shared, dice = sentence_pair_dice(d, d); ka.tolist(), kb.tolist(), shared.tolist(), dice.round(3).tolist()
    ([0, 1], [0, 1], [6, 1], [1.0, 1.0])
    """
    (st_a, se_a), (st_b, se_b) = da.stem_postings, db.stem_postings
    if len(st_a) == 0 or len(st_b) == 0:
        empty = np.zeros(0, dtype=np.int64)
        return empty, empty, empty, np.zeros(0)
    n = len(da.sents) + len(db.sents)
    (ua, ca, ia), (ub, cb, ib) = _stem_table(da), _stem_table(db)
    wa, wb = _weights(ua, ca, ub, cb, n)[ia], _weights(ub, cb, ua, ca, n)[ib]
    tot_a = np.bincount(se_a, weights=wa, minlength=len(da.sents))
    tot_b = np.bincount(se_b, weights=wb, minlength=len(db.sents))
    lo, hi = np.searchsorted(st_b, st_a, "left"), np.searchsorted(st_b, st_a, "right")
    k = hi - lo
    ka, w = np.repeat(se_a, k), np.repeat(wa, k)
    kb = se_b[np.repeat(lo - (np.cumsum(k) - k), k) + np.arange(int(k.sum()))]
    nb = max(1, len(db.sents))
    codes, inv, shared = np.unique(ka * nb + kb, return_inverse=True, return_counts=True)
    ka, kb = codes // nb, codes % nb
    dice = 2 * np.bincount(inv, weights=w, minlength=len(codes)) / (tot_a[ka] + tot_b[kb])
    return ka, kb, shared, dice


def neighbour_pairs(ka: np.ndarray, kb: np.ndarray) -> bool:
    """Whether two of the sentence pairs are at most 2 sentences apart, with different sentences on both sides.

    >>> neighbour_pairs(np.array([0, 2, 9]), np.array([0, 1, 9])), neighbour_pairs(np.array([0, 0]), np.array([0, 1]))
    (True, False)
    """
    if len(ka) < 2:
        return False
    width = int(kb.max()) + 5
    codes = np.unique((ka + 2) * width + kb + 2)
    for i in (1, 2):
        for j in (-2, -1, 1, 2):
            probe = (ka + 2 + i) * width + kb + 2 + j
            pos = np.minimum(np.searchsorted(codes, probe), len(codes) - 1)
            if (codes[pos] == probe).any():
                return True
    return False


def _sentence_evidence(da: Doc, db: Doc) -> bool:
    """Evidence 2 or 3 of the module docstring: a possible reworded sentence pair or rewritten block."""
    ka, kb, shared, dice = sentence_pair_dice(da, db)
    if len(ka) == 0:
        return False
    toks_a = np.diff(np.asarray(da.sent_tok, dtype=np.int64).reshape(-1, 2), axis=1).ravel()
    toks_b = np.diff(np.asarray(db.sent_tok, dtype=np.int64).reshape(-1, 2), axis=1).ravel()
    long_enough = np.minimum(toks_a[ka], toks_b[kb]) >= MIN_SENTENCE_TOKENS
    reworded = ((shared >= MIN_SHARED_STEMS) & (dice >= SCREEN_SENTENCE_DICE)) | (
        (shared >= 2) & (dice >= SHORT_ROUTE_DICE - 1e-9))
    if (reworded & long_enough).any():
        return True
    block = (shared >= BLOCK_SEED_STEMS) & (dice >= SCREEN_BLOCK_DICE)
    return neighbour_pairs(ka[block], kb[block])


def may_share_passages(da: Doc, db: Doc) -> bool:
    """Whether a pair shows a verbatim run, a possible reworded sentence pair or a possible rewritten block.

    >>> s = "Rockets hit the air base near the river on Tuesday night, officials said."
    >>> may_share_passages(Doc(s), Doc("Intro. " + s)), may_share_passages(Doc(s), Doc("Markets rose on Tuesday."))
    (True, False)
    """
    return _sentence_evidence(da, db) or bool(verbatim_runs(da, db))
