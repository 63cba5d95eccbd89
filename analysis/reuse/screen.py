"""Pre-screen of candidate pairs: cheap evidence that aligning a pair could find reused text.

Candidate generation pairs articles sharing a few rare features; in a corpus on one topic most such
pairs share stock phrases and names but no passage (PolNeAR-924: 7,033 of 7,534 candidate pairs end
``unrelated``), and aligning them is most of the cost of ``find_reuse``. Every passage of the alignment
grows from one of three seeds, and a pair is aligned only when it shows one of them:

1. a verbatim run: the alignment's own chaining of shared word 4-grams (exact);
2. a sentence pair that scores as a reworded match (the alignment's sentence score: >= ``SENTENCE_THRESHOLD``
   with >= ``MIN_SHARED_STEMS`` shared content stems, or >= 0.8 with 2; both sentences >=
   ``MIN_SENTENCE_TOKENS`` tokens): exact;
3. the seeds of a rewritten block: >= ``BLOCK_MIN_SEEDS`` sentence pairs scoring >= ``BLOCK_SEED_SCORE``
   with >= ``BLOCK_SEED_STEMS`` shared stems, each with another within 2 sentences, or two neighbouring
   seeds scoring >= ``BLOCK_STRONG_SEED``; seeds are looked for among sentence pairs with a Dice >=
   ``SCREEN_BLOCK_DICE`` (the one threshold that is not the alignment's own).

The verbatim check looks each 4-gram up in a table of one vocabulary numbered for the whole corpus
(:func:`assign_gram_ids`, a hash table: linear) instead of a binary search per pair.
The IDF-weighted Dice of all sentence pairs is computed at once with numpy; character cosines only
for the few pairs whose Dice could reach a threshold. :func:`screen_pairs` does this for many pairs in
one go (:mod:`.pairjoin`: one join for a batch of pairs, the same numbers as pair by pair, which
:func:`may_share_passages` computes). A pair whose join of shared stems would exceed
``STEM_DF_CAP`` rows per stem occurrence (stems in very many sentences of both texts: books,
transcripts, not news articles) is not screened but aligned, so the screen stays linear.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from .alignment import GramLookup, verbatim_runs
from .constants import (BLOCK_MIN_SEEDS, BLOCK_SEED_SCORE, BLOCK_SEED_STEMS, BLOCK_STRONG_SEED, MIN_PASSAGE_TOKENS,
                        MIN_SENTENCE_TOKENS, MIN_SHARED_STEMS, SCREEN_BLOCK_DICE, SEED_GAP, SENTENCE_THRESHOLD,
                        SHINGLE_N, STEM_DF_CAP)
from .document import Doc
from . import pairjoin as pj
from .pairjoin import expand as _expand
from .pairjoin import stem_table as _stem_table
from .sentences import bounded_scores, isolated
from .vectors import sorted_cosines, sorted_unique

#: Score a reworded sentence pair sharing fewer than MIN_SHARED_STEMS stems needs (``_greedy_sentence_pairs``).
SHORT_ROUTE_SCORE = 0.8
#: Up to this many sentence pairs (sentences of a x of b) the Dice is summed in a dense table.
DENSE_PAIRS = 1 << 20
#: Candidate pairs whose sentence pairs are joined in one go (:func:`screen_pairs`; bounds the memory).
SCREEN_BATCH = 500
#: The fewest shared stems any route needs: sentence pairs sharing fewer are dropped from the join at once.
_MIN_ROUTE_STEMS = min(MIN_SHARED_STEMS, 2, BLOCK_SEED_STEMS)
#: Float slack of the comparisons (the Dice here and the alignment's sum the same weights in another order).
EPS = 1e-9


def join_size(da: Doc, db: Doc) -> int:
    """Number of (a sentence, b sentence, shared stem) triples: the size of the join behind the Dice.

    >>> join_size(Doc("Rockets hit. Rockets fell."), Doc("Rockets hit."))
    3
    """
    (ua, ca, *_), (ub, cb, *_) = _stem_table(da), _stem_table(db)
    if len(ua) == 0 or len(ub) == 0:
        return 0
    pos = np.minimum(np.searchsorted(ub, ua), len(ub) - 1)
    hit = ub[pos] == ua
    return int((ca[hit] * cb[pos[hit]]).sum())


def sentence_pair_dice(da: Doc, db: Doc) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """(a sentence, b sentence, shared content stems, IDF-weighted Dice) of every sentence pair sharing a stem.

    The IDF is that of :class:`~.sentences.StemWeights`, ln((n + 1) / (df + 1)) + 1 over the n sentences
    of both texts, so the Dice is the alignment's (up to float rounding).

    >>> d = Doc("Rockets hit the air base near the river. Nobody was hurt.")
    >>> ka, kb, shared, dice = sentence_pair_dice(d, d)
    >>> ka.tolist(), kb.tolist(), shared.tolist(), dice.round(3).tolist()
    ([0, 1], [0, 1], [6, 1], [1.0, 1.0])
    """
    (ua, ca, fa, size_a, log_a), (ub, cb, fb, size_b, log_b) = _stem_table(da), _stem_table(db)
    empty = np.zeros(0, dtype=np.int64)
    if len(ua) == 0 or len(ub) == 0:
        return empty, empty, empty, np.zeros(0)
    pos = np.minimum(np.searchsorted(ub, ua), len(ub) - 1)
    ia = np.flatnonzero(ub[pos] == ua)
    if len(ia) == 0:
        return empty, empty, empty, np.zeros(0)
    ib = pos[ia]
    top = np.log(len(da.sents) + len(db.sents) + 1.0) + 1.0
    log_both = np.log(ca[ia] + cb[ib] + 1.0)
    # sentence totals: every stem weighs top - ln(df + 1); a shared stem's df counts both texts
    post_a, post_b = _expand(fa[ia], ca[ia]), _expand(fb[ib], cb[ib])
    se_a, se_b = da.stem_postings[1], db.stem_postings[1]
    fix_a = np.bincount(se_a[post_a], weights=np.repeat(np.log(ca[ia] + 1.0) - log_both, ca[ia]), minlength=len(size_a))
    fix_b = np.bincount(se_b[post_b], weights=np.repeat(np.log(cb[ib] + 1.0) - log_both, cb[ib]), minlength=len(size_b))
    tot_a, tot_b = size_a * top - log_a + fix_a, size_b * top - log_b + fix_b
    # join: every sentence of a with every sentence of b holding the same shared stem
    n_pairs = ca[ia] * cb[ib]
    stem = np.repeat(np.arange(len(ia)), n_pairs)
    within = np.arange(int(n_pairs.sum())) - np.repeat(np.cumsum(n_pairs) - n_pairs, n_pairs)
    ka = se_a[fa[ia][stem] + within // cb[ib][stem]]
    kb = se_b[fb[ib][stem] + within % cb[ib][stem]]
    nb = len(size_b)
    codes, w = ka * nb + kb, (top - log_both)[stem]
    if len(size_a) * nb <= DENSE_PAIRS:  # a dense table of sentence pairs beats sorting the codes
        shared = np.bincount(codes, minlength=len(size_a) * nb)
        codes = np.flatnonzero(shared)
        sw, shared = np.bincount(ka * nb + kb, weights=w, minlength=len(size_a) * nb)[codes], shared[codes]
    else:
        codes, inv, shared = np.unique(codes, return_inverse=True, return_counts=True)
        sw = np.bincount(inv, weights=w, minlength=len(codes))
    ka, kb = codes // nb, codes % nb
    return ka, kb, shared, 2 * sw / (tot_a[ka] + tot_b[kb])


def neighbour_pairs(ka: np.ndarray, kb: np.ndarray) -> bool:
    """Whether two of the sentence pairs are at most 2 sentences apart, with different sentences on both sides.

    >>> neighbour_pairs(np.array([0, 2, 9]), np.array([0, 1, 9])), neighbour_pairs(np.array([0, 0]), np.array([0, 1]))
    (True, False)
    """
    if len(ka) < 2:
        return False
    width = int(kb.max()) + 5
    codes = sorted_unique((ka + 2) * width + kb + 2)
    for i in (1, 2):
        for j in (-2, -1, 1, 2):
            probe = (ka + 2 + i) * width + kb + 2 + j
            pos = np.minimum(np.searchsorted(codes, probe), len(codes) - 1)
            if (codes[pos] == probe).any():
                return True
    return False


def _sentence_tokens(d: Doc) -> np.ndarray:
    """Tokens per sentence (cached)."""
    got = d.__dict__.get("_screen_tokens")
    if got is None:
        got = d.__dict__["_screen_tokens"] = np.array([e - s for s, e in d.sent_tok] or [0], dtype=np.int64)
    return got


def _scores(da: Doc, db: Doc, ka: np.ndarray, kb: np.ndarray, dice: np.ndarray) -> np.ndarray:
    """The alignment's sentence scores 0.6 * Dice + 0.4 * character 3-5-gram cosine of the given pairs."""
    cos = sorted_cosines([da.sent_grams(x) for x in ka.tolist()], [db.sent_grams(y) for y in kb.tolist()])
    return 0.6 * dice + 0.4 * np.asarray(cos, dtype=np.float64)


def _block_evidence(da: Doc, db: Doc, ka: np.ndarray, kb: np.ndarray, dice: np.ndarray) -> bool:
    """Seeds of a rewritten block: >= BLOCK_MIN_SEEDS seeds with a neighbour, or two neighbouring strong seeds.

    Only pairs with a neighbour among the given ones can be either, so only they are scored.
    """
    near = ~isolated(ka, kb, set())
    if near.sum() < 2:
        return False
    ka, kb, sc = ka[near], kb[near], _scores(da, db, ka[near], kb[near], dice[near])
    seed = sc >= BLOCK_SEED_SCORE - EPS
    if seed.sum() >= BLOCK_MIN_SEEDS and (~isolated(ka[seed], kb[seed], set())).sum() >= BLOCK_MIN_SEEDS:
        return True
    strong = sc >= BLOCK_STRONG_SEED - EPS
    return neighbour_pairs(ka[strong], kb[strong])


def _sentence_evidence(da: Doc, db: Doc) -> bool:
    """Evidence 2 or 3 of the module docstring: a possible reworded sentence pair or rewritten block."""
    if join_size(da, db) > STEM_DF_CAP * (len(da.stem_postings[0]) + len(db.stem_postings[0])):
        return True  # stems in very many sentences of both (not news): align, which caps them
    ka, kb, shared, dice = sentence_pair_dice(da, db)
    if len(ka) == 0:
        return False
    long_enough = np.minimum(_sentence_tokens(da)[ka], _sentence_tokens(db)[kb]) >= MIN_SENTENCE_TOKENS
    for min_shared, score in ((MIN_SHARED_STEMS, SENTENCE_THRESHOLD), (2, SHORT_ROUTE_SCORE)):
        sel = long_enough & (shared >= min_shared) & (dice >= (score - 0.4) / 0.6 - EPS)
        if sel.any() and (_scores(da, db, ka[sel], kb[sel], dice[sel]) >= score - EPS).any():
            return True
    sel = (shared >= BLOCK_SEED_STEMS) & (dice >= SCREEN_BLOCK_DICE)
    return bool(sel.sum() >= 2) and _block_evidence(da, db, ka[sel], kb[sel], dice[sel])


def verbatim_possible(da: Doc, db: Doc) -> bool:
    """Whether the 4-grams of ``da`` found in ``db``, grouped where they lie within a seed chain's reach,
    cover ``MIN_PASSAGE_TOKENS`` tokens somewhere (else :func:`~.alignment.verbatim_runs` finds nothing).

    >>> s = "Rockets hit the air base near the river on Tuesday night, officials said."
    >>> verbatim_possible(Doc(s), Doc("Intro. " + s)), verbatim_possible(Doc(s), Doc("Rockets hit the air base."))
    (True, False)
    """
    hs, (grams, where) = db.gram_set, da.gram_order
    if len(hs) == 0 or len(grams) == 0:
        return False
    pos = np.minimum(np.searchsorted(hs, grams), len(hs) - 1)  # sorted queries: a faster search
    return _covers_passage(np.sort(where[hs[pos] == grams]))


def assign_gram_ids(docs: list[Doc]) -> None:
    """Number the word 4-grams of ``docs`` in one shared vocabulary (for the screen's verbatim check).

    >>> d, e = Doc("one two three four five"), Doc("two three four five six")
    >>> assign_gram_ids([d, e]); len(set(d._gram_ids[3].tolist()) & set(e._gram_ids[3].tolist()))
    1
    """
    if not docs:
        return
    ids, vocab = pd.factorize(np.concatenate([d.grams for d in docs]))  # a hash table: linear time
    token = object()  # marks the vocabulary, so that ids of different calls are never mixed
    for d, own in zip(docs, np.split(ids, np.cumsum([len(d.grams) for d in docs])[:-1])):
        d.__dict__["_gram_ids"] = (token, len(vocab), sorted_unique(own), own)


def _gram_ids(pairs: list[tuple[Doc, Doc]]) -> tuple[int, dict[int, tuple[np.ndarray, np.ndarray]]]:
    """Vocabulary size and (sorted unique ids, ids in token order) of every distinct document of the pairs."""
    docs = list({id(d): d for pair in pairs for d in pair}.values())
    got = [d.__dict__.get("_gram_ids") for d in docs]
    if any(g is None or g[0] is not got[0][0] for g in got):
        assign_gram_ids(docs)
    return docs[0]._gram_ids[1] if docs else 0, {id(d): d.__dict__["_gram_ids"][2:] for d in docs}


def verbatim_possible_many(pairs: list[tuple[Doc, Doc]]) -> list[bool]:
    """:func:`verbatim_possible` of many pairs: 4-grams looked up in a table of the shared vocabulary, not searched,
    and the reach of the hits of all pairs measured at once (:func:`_covers_passages`).

    >>> s = "Rockets hit the air base near the river on Tuesday night, officials said."
    >>> verbatim_possible_many([(Doc(s), Doc("Intro. " + s)), (Doc(s), Doc("Rockets hit the air base."))])
    [True, False]
    """
    n_vocab, ids = _gram_ids(pairs)
    mark = np.zeros(n_vocab, dtype=bool)
    hits = []
    for da, db in pairs:
        in_b = ids[id(db)][0]
        mark[in_b] = True
        hits.append(np.flatnonzero(mark[ids[id(da)][1]]))
        mark[in_b] = False
    return _covers_passages(hits).tolist()


def _covers_passage(i: np.ndarray) -> bool:
    """Whether the shared 4-grams at sorted token positions ``i`` cover ``MIN_PASSAGE_TOKENS`` within a chain's reach."""
    if len(i) * SHINGLE_N < MIN_PASSAGE_TOKENS:
        return False
    gap = np.diff(i)
    group = np.concatenate([[0], np.cumsum(gap > SEED_GAP + 2 * SHINGLE_N)])
    same = group[1:] == group[:-1]
    covered = np.bincount(group[1:][same], weights=np.minimum(gap[same], SHINGLE_N), minlength=group[-1] + 1)
    return bool((covered + SHINGLE_N >= MIN_PASSAGE_TOKENS).any())


def _covers_passages(hits: list[np.ndarray]) -> np.ndarray:
    """:func:`_covers_passage` of each array of hits, in one pass over all of them (a group never spans two arrays).

    >>> _covers_passages([np.array([0, 3, 6]), np.array([0, 4]), np.array([], dtype=np.int64)]).tolist()
    [True, False, False]
    """
    out = np.zeros(len(hits), dtype=bool)
    sizes = np.fromiter(map(len, hits), dtype=np.int64, count=len(hits))
    if sizes.sum() < 2:
        return out
    i = np.concatenate(hits).astype(np.int64)
    owner = np.repeat(np.arange(len(hits)), sizes)
    gap = np.diff(i)
    same = (owner[1:] == owner[:-1]) & (gap <= SEED_GAP + 2 * SHINGLE_N)  # consecutive hits of one chain group
    group = np.concatenate([[0], np.cumsum(~same)])
    covered = np.bincount(group[1:][same], weights=np.minimum(gap[same], SHINGLE_N), minlength=group[-1] + 1)
    first = np.concatenate([[0], np.flatnonzero(~same) + 1])  # first hit of each group
    out[owner[first[covered + SHINGLE_N >= MIN_PASSAGE_TOKENS]]] = True
    return out


def may_share_passages(da: Doc, db: Doc) -> bool:
    """Whether a pair shows a verbatim run, a possible reworded sentence pair or a possible rewritten block.

    >>> s = "Rockets hit the air base near the river on Tuesday night, officials said."
    >>> may_share_passages(Doc(s), Doc("Intro. " + s)), may_share_passages(Doc(s), Doc("Markets rose on Tuesday."))
    (True, False)
    """
    return (verbatim_possible(da, db) and bool(verbatim_runs(da, db))) or _sentence_evidence(da, db)


def screen_pairs(pairs: list[tuple[Doc, Doc]], runs: dict[int, list[list[int]]] | None = None,
                 store: pj.TableStore | None = None) -> list[bool]:
    """:func:`may_share_passages` of many pairs: the same answers, the sentence-pair join done once per batch.

    ``runs``: if given, receives the :func:`~.alignment.verbatim_runs` of every pair (pair number -> runs; empty
    without computing them where :func:`verbatim_possible` says no run can reach a passage), so that the
    alignment does not compute them again. ``store``: the stem tables of the documents, concatenated once
    (:class:`~.pairjoin.TableStore`).

    >>> s = "Rockets hit the air base near the river on Tuesday night, officials said."
    >>> screen_pairs([(Doc(s), Doc("Intro. " + s)), (Doc(s), Doc("Markets rose on Tuesday."))])
    [True, False]
    """
    found = {} if runs is None else runs
    possible = verbatim_possible_many(pairs)  # numbers the 4-grams of the pairs' documents if needed
    lookup = GramLookup(pairs[0][0].__dict__["_gram_ids"][1]) if any(possible) else None
    for k, ok in enumerate(possible):  # not possible: verbatim_runs finds nothing (see verbatim_possible)
        found[k] = verbatim_runs(*pairs[k], lookup=lookup) if ok else []
    out = [bool(found.get(k)) for k in range(len(pairs))]
    rest = [k for k, v in enumerate(out) if not v]
    for s, e in pj.batches([pairs[k] for k in rest], SCREEN_BATCH):
        part = rest[s: e]
        for k, ev in zip(part, _sentence_evidence_batch([pairs[k] for k in part], store)):
            out[k] = ev
    return out


def _scores_many(pairs: list[tuple[Doc, Doc]], p: np.ndarray, ka: np.ndarray, kb: np.ndarray,
                 dice: np.ndarray, floor: float) -> np.ndarray:
    """:func:`_scores` of sentence pairs of several document pairs (``p``: the document pair of each), or -1.0
    where the score cannot reach ``floor`` (:func:`~.sentences.bounded_scores`)."""
    qs = p.tolist()
    return np.array(bounded_scores([(pairs[q][0], x) for q, x in zip(qs, ka.tolist())],
                                   [(pairs[q][1], y) for q, y in zip(qs, kb.tolist())], dice.tolist(), floor),
                    dtype=np.float64)


def _sentence_evidence_batch(pairs: list[tuple[Doc, Doc]], store: pj.TableStore | None = None) -> list[bool]:
    """:func:`_sentence_evidence` of every pair, the Dice of all their sentence pairs computed at once."""
    t = pj.tables(pairs, store)
    pair, ia, ib = pj.shared_stems(t)
    found = pj.join_sizes(t, pair, ia, ib) > STEM_DF_CAP * (t.n_post[t.a] + t.n_post[t.b])  # as _sentence_evidence
    keep = ~found[pair]
    # every route needs >= 2 shared stems (MIN_SHARED_STEMS, the short route, BLOCK_SEED_STEMS)
    p, ka, kb, shared, dice = pj.pair_dice(t, pair[keep], ia[keep], ib[keep], min_shared=_MIN_ROUTE_STEMS)
    long_enough = np.minimum(t.tokens[t.s_off[t.a[p]] + ka], t.tokens[t.s_off[t.b[p]] + kb]) >= MIN_SENTENCE_TOKENS
    for min_shared, score in ((MIN_SHARED_STEMS, SENTENCE_THRESHOLD), (2, SHORT_ROUTE_SCORE)):
        sel = np.flatnonzero(long_enough & (shared >= min_shared) & (dice >= (score - 0.4) / 0.6 - EPS) & ~found[p])
        if len(sel):
            hit = _scores_many(pairs, p[sel], ka[sel], kb[sel], dice[sel], score - EPS) >= score - EPS
            found[p[sel][hit]] = True
    sel = np.flatnonzero((shared >= BLOCK_SEED_STEMS) & (dice >= SCREEN_BLOCK_DICE) & ~found[p])
    found[_block_evidence_many(pairs, p[sel], ka[sel], kb[sel], dice[sel])] = True
    return found.tolist()


_NEAR = tuple((i, j) for i in range(-2, 3) for j in range(-2, 3) if i or j)
_AFTER = tuple((i, j) for i in (1, 2) for j in (-2, -1, 1, 2))


def _near_rows(p: np.ndarray, ka: np.ndarray, kb: np.ndarray, offsets: tuple[tuple[int, int], ...]) -> np.ndarray:
    """Which rows have another row of the same document pair at one of the sentence offsets (``sentences.isolated``).

    >>> _near_rows(np.array([0, 0, 1]), np.array([0, 1, 2]), np.array([0, 1, 2]), _NEAR).tolist()
    [True, True, False]
    """
    near = np.zeros(len(p), dtype=bool)
    if len(p) == 0:
        return near
    wa, wb = int(ka.max()) + 5, int(kb.max()) + 5
    code = (p * wa + ka + 2) * wb + kb + 2
    every = sorted_unique(code)
    for i, j in offsets:
        probe = code + i * wb + j
        pos = np.minimum(np.searchsorted(every, probe), len(every) - 1)
        near |= every[pos] == probe
    return near


def _block_evidence_many(pairs: list[tuple[Doc, Doc]], p: np.ndarray, ka: np.ndarray, kb: np.ndarray,
                         dice: np.ndarray) -> np.ndarray:
    """The document pairs (numbers) for which :func:`_block_evidence` of their rows holds (rows sorted by pair)."""
    near = _near_rows(p, ka, kb, _NEAR)
    keep = near & (np.bincount(p[near], minlength=len(pairs)) >= 2)[p]
    p, ka, kb = p[keep], ka[keep], kb[keep]
    sc = _scores_many(pairs, p, ka, kb, dice[keep], BLOCK_SEED_SCORE - EPS)  # seeds and strong seeds reach it
    seed = sc >= BLOCK_SEED_SCORE - EPS
    ps, n_seed = p[seed], np.bincount(p[seed], minlength=len(pairs))
    linked = np.bincount(ps[_near_rows(ps, ka[seed], kb[seed], _NEAR)], minlength=len(pairs))
    strong = sc >= BLOCK_STRONG_SEED - EPS
    pair_strong = p[strong][_near_rows(p[strong], ka[strong], kb[strong], _AFTER)]
    ok = (n_seed >= BLOCK_MIN_SEEDS) & (linked >= BLOCK_MIN_SEEDS)
    ok[pair_strong] = True
    return np.flatnonzero(ok)
