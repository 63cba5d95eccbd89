"""Sentence and paraphrase matching: sentence-pair scores, span scores, heavily rewritten blocks."""

from __future__ import annotations

import math

import numpy as np

from .constants import (BLOCK_GROW_SLACK, BLOCK_MIN_SEEDS, BLOCK_SEED_SCORE, BLOCK_SEED_STEMS, BLOCK_STRONG_SEED,
                        BLOCK_THRESHOLD)
from .document import Doc, sentence_signatures
from .sharedstems import Counts, count_arrays, shared_counts
from .vectors import COSINE_SLACK, cosine_bound, sorted_cosine, sorted_cosines, sorted_unique

Scores = dict[tuple[int, int], tuple[float, int]]


class StemWeights(dict):
    """IDF weight of content stems over the sentences of both texts, ln((n + 1) / (df + 1)) + 1, computed when asked.

    >>> w = StemWeights(Doc("Rockets hit the base. Rockets fell."), Doc("Nobody was hurt."))
    >>> round(w["rocket"], 3), round(w["hit"], 3)
    (1.288, 1.693)
    """

    def __init__(self, da: Doc, db: Doc) -> None:
        super().__init__()
        self.ia, self.ib, self.n = da.stem_df, db.stem_df, len(da.sents) + len(db.sents)

    def __missing__(self, x: str) -> float:
        v = self[x] = math.log((self.n + 1) / (self.ia.get(x, 0) + self.ib.get(x, 0) + 1)) + 1.0
        return v

    def total(self, stems: frozenset[str] | tuple[str, ...]) -> float:
        """Summed weight of a set of stems (in sorted order: float sums independent of string-hash order)."""
        return sum(map(self.__getitem__, sorted(stems)))


def dice_bound(n_sents: int, shared: np.ndarray | int, n_a: np.ndarray | int, n_b: np.ndarray | int
               ) -> np.ndarray | float:
    """Upper bound of the weighted Dice of two sentences with ``n_a`` and ``n_b`` stems, ``shared`` in common.

    Every weight lies between 1 and ln((n + 1) / 3) + 1 (a shared stem is in >= 2 of the n sentences).

    >>> round(dice_bound(80, 2, 2, 2), 3), round(dice_bound(80, 2, 20, 20), 3)
    (1.0, 0.323)
    """
    top = 2 * np.asarray(shared) * (math.log(max(n_sents + 1, 3) / 3) + 1.0)
    with np.errstate(invalid="ignore", divide="ignore"):
        out = np.where(top > 0, top / (top + n_a + n_b - 2 * np.asarray(shared)), 0.0)
    return float(out) if out.ndim == 0 else out


def sentence_dice(da: Doc, db: Doc, pairs: dict[tuple[int, int], int] | list[tuple[int, int]],
                  min_dice: float = 0.0, weights: StemWeights | None = None) -> dict[tuple[int, int], tuple[float, int]]:
    """IDF-weighted Dice of content stems of the given sentence pairs: {(ka, kb): (dice, shared stems)}
    (``weights``: the :class:`StemWeights` of the two documents, if already made).

    >>> d = Doc("Rockets hit the air base near the river. Nobody was hurt.")
    >>> sentence_dice(d, d, [(0, 0), (0, 1)])
    {(0, 0): (1.0, 6), (0, 1): (0.0, 0)}
    """
    get = (StemWeights(da, db) if weights is None else weights).__getitem__
    tot_a: dict[int, float] = {}
    tot_b: dict[int, float] = {}
    out: dict[tuple[int, int], tuple[float, int]] = {}
    for ka, kb in pairs:
        ta = tot_a.get(ka)
        if ta is None:
            ta = tot_a[ka] = sum(map(get, da.sorted_stems[ka]))
        tb = tot_b.get(kb)
        if tb is None:
            tb = tot_b[kb] = sum(map(get, db.sorted_stems[kb]))
        den = ta + tb
        sa, sb = da.sent_stems[ka], db.sent_stems[kb]  # shared stems in sorted order: the smaller side filtered
        both = list(filter(sb.__contains__, da.sorted_stems[ka]) if len(sa) <= len(sb)
                    else filter(sa.__contains__, db.sorted_stems[kb]))
        dice = 2 * sum(map(get, both)) / den if den else 0.0
        if dice >= min_dice:
            out[(ka, kb)] = (dice, len(both))
    return out


def score_pairs(da: Doc, db: Doc, dice: dict[tuple[int, int], tuple[float, int]], floor: float | None = None) -> Scores:
    """Sentence scores 0.6 * Dice + 0.4 * character 3-5-gram cosine: {(ka, kb): (score, shared stems)}; with
    ``floor``, only the pairs that score ``floor`` or more (:func:`bounded_scores`; the others are left out).

    >>> d = Doc("Rockets hit the air base near the river.")
    >>> score_pairs(d, d, {(0, 0): (1.0, 6)}), score_pairs(d, d, {(0, 0): (0.0, 6)}, floor=0.5)
    ({(0, 0): (1.0, 6)}, {})
    """
    if floor is None:
        cos = sorted_cosines([da.sent_grams(ka) for ka, _ in dice], [db.sent_grams(kb) for _, kb in dice])
        return {p: (0.6 * d + 0.4 * c, cnt) for (p, (d, cnt)), c in zip(dice.items(), cos)}
    sc = bounded_scores([(da, p[0]) for p in dice], [(db, p[1]) for p in dice], [v[0] for v in dice.values()], floor)
    return {p: (s, v[1]) for (p, v), s in zip(dice.items(), sc) if s >= floor}


def bounded_scores(a: list[tuple[Doc, int]], b: list[tuple[Doc, int]], dice: list[float], floor: float) -> list[float]:
    """Sentence scores 0.6 * Dice + 0.4 * character cosine of (document, sentence) pairs, or -1.0 where the score
    cannot reach ``floor``: the cosine is only counted where its bounds (the set sizes, then the signatures:
    :func:`~.vectors.cosine_bound`, plus the rounding) let the score reach ``floor``.

    >>> d = Doc("Rockets hit the air base near the river. Nobody was hurt.")
    >>> bounded_scores([(d, 0), (d, 0)], [(d, 0), (d, 1)], [1.0, 0.0], 0.5)
    [1.0, -1.0]
    """
    ga, gb = [d.sent_grams(k) for d, k in a], [d.sent_grams(k) for d, k in b]
    maybe = []
    for i, (x, y, dc) in enumerate(zip(ga, gb, dice)):
        if 0.6 * dc + 0.4 * (_size_bound(len(x), len(y)) + COSINE_SLACK) >= floor:
            maybe.append(i)
    sig_a = sentence_signatures([a[i] for i in maybe])
    sig_b = sentence_signatures([b[i] for i in maybe])
    go = [i for i, sa, sb in zip(maybe, sig_a, sig_b)
          if 0.6 * dice[i] + 0.4 * (cosine_bound(sa, sb) + COSINE_SLACK) >= floor]
    out = [-1.0] * len(a)
    for i, c in zip(go, sorted_cosines([ga[i] for i in go], [gb[i] for i in go])):
        out[i] = 0.6 * dice[i] + 0.4 * c
    return out


class PairScores:
    """:func:`sentence_dice` and :func:`score_pairs` of one document pair, each sentence pair computed once
    (the greedy matching and the block seeds of the alignment ask for overlapping sentence pairs).

    >>> d = Doc("Rockets hit the air base near the river. Nobody was hurt.")
    >>> c = PairScores(d, d); c.scores_of(c.dice_of([(0, 0), (0, 1)], 0.5)), len(c.dice)
    ({(0, 0): (1.0, 6)}, 2)
    """

    def __init__(self, da: Doc, db: Doc) -> None:
        self.da, self.db, self.weights = da, db, StemWeights(da, db)
        self.dice: dict[tuple[int, int], tuple[float, int]] = {}
        self.score: Scores = {}
        self.below: dict[tuple[int, int], float] = {}  # pairs not scored: their score is below this

    def dice_of(self, pairs: list[tuple[int, int]], min_dice: float = 0.0) -> dict[tuple[int, int], tuple[float, int]]:
        """:func:`sentence_dice` of the pairs (in their order) reaching ``min_dice``."""
        new = [p for p in pairs if p not in self.dice]
        if new:
            self.dice.update(sentence_dice(self.da, self.db, new, weights=self.weights))
        return {p: self.dice[p] for p in pairs if self.dice[p][0] >= min_dice}

    def scores_of(self, dice: dict[tuple[int, int], tuple[float, int]], floor: float | None = None) -> Scores:
        """:func:`score_pairs` of the pairs of ``dice`` (in its order); with ``floor``, only pairs that can reach it
        (pairs left out are not scored, and remembered as below that floor)."""
        low = -math.inf if floor is None else floor
        new = {p: v for p, v in dice.items() if p not in self.score and self.below.get(p, math.inf) >= low}
        if new:
            got = score_pairs(self.da, self.db, new, floor)
            self.score.update(got)
            self.below.update((p, low) for p in new if p not in got)
        return {p: self.score[p] for p in dice if p in self.score}


def _size_bound(la: int, lb: int) -> float:
    """The largest set cosine of sets of these sizes (sqrt(min / max); 0 for an empty set).

    >>> _size_bound(4, 1), _size_bound(0, 3)
    (0.5, 0.0)
    """
    lo, hi = min(la, lb), max(la, lb)
    return lo / math.sqrt(lo * hi) if lo else 0.0


def sentence_scores(da: Doc, db: Doc, free_a: list[int] | None = None, free_b: list[int] | None = None,
                    min_dice: float = 0.25, min_shared: int = 1) -> Scores:
    """Scores of sentence pairs that share content stems: {(ka, kb): (score, shared stems)}.

    Score = 0.6 * IDF-weighted Dice of content stems + 0.4 * character 3-5-gram cosine. The IDF is
    computed over the sentences of both texts, so topic words that occur everywhere ("Iraq",
    "attack") count less than the specific words a rewording keeps. Pairs whose weighted Dice is
    below ``min_dice`` are skipped (they cannot reach the sentence threshold), as are pairs sharing
    fewer than ``min_shared`` stems; :func:`shared_counts` says which pairs are proposed.

    >>> d = Doc("Rockets hit the air base near the river. Nobody was hurt.")
    >>> sentence_scores(d, d)[(0, 0)]
    (1.0, 6)
    """
    counts = shared_counts(da, db, free_a, free_b, min_shared)
    return score_pairs(da, db, sentence_dice(da, db, list(counts), min_dice))


def span_score(da: Doc, db: Doc, a0: int, a1: int, b0: int, b1: int) -> float:
    """Similarity of two character spans: 0.6 * content-stem Dice + 0.4 * char 3-5-gram set cosine.

    >>> d = Doc("Rockets hit the air base near the river.")
    >>> span_score(d, d, 0, 20, 0, 20), span_score(d, d, 0, 0, 0, 20)
    (1.0, 0.0)
    """
    i0, i1 = da.tok_range(a0, a1)
    j0, j1 = db.tok_range(b0, b1)
    if i1 <= i0 or j1 <= j0:
        return 0.0
    sa, sb = set(filter(None, da.tok_stems[i0:i1])), set(filter(None, db.tok_stems[j0:j1]))  # content stems
    dice = 2 * len(sa & sb) / (len(sa) + len(sb)) if (sa or sb) else 0.0
    cos = sorted_cosine(da.char_grams(i0, i1), db.char_grams(j0, j1))
    return round(0.6 * dice + 0.4 * cos, 4)


def monotone_chain(seeds: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Longest chain of (a, b) sentence pairs increasing on both sides (a rewrite keeps the order of facts).

    Ties go to the earliest pairs (in sorted order). O(k log k): a Fenwick tree over ``b`` keeps the
    best chain ending below each ``b`` among pairs with a smaller ``a``.

    >>> monotone_chain([(0, 0), (1, 5), (2, 1), (3, 2)])
    [(0, 0), (2, 1), (3, 2)]
    """
    seeds = sorted(seeds)
    rank = {b: r + 1 for r, b in enumerate(sorted({b for _, b in seeds}))}
    tree = [(0, 0)] * (len(rank) + 1)  # prefix maxima of (chain length, -index of its last pair)
    length, prev = [0] * len(seeds), [-1] * len(seeds)
    k = 0
    while k < len(seeds):
        g = k
        while g < len(seeds) and seeds[g][0] == seeds[k][0]:
            g += 1  # pairs with the same a: query all before any update (strictly increasing a)
        for i in range(k, g):
            best, r = (0, 0), rank[seeds[i][1]] - 1
            while r > 0:
                best, r = max(best, tree[r]), r - (r & -r)
            length[i], prev[i] = best[0] + 1, (-best[1] if best[0] else -1)
        for i in range(k, g):
            r = rank[seeds[i][1]]
            while r < len(tree):
                tree[r], r = max(tree[r], (length[i], -i)), r + (r & -r)
        k = g
    if not seeds:
        return []
    i, chain = length.index(max(length)), []
    while i >= 0:
        chain.append(seeds[i])
        i = prev[i]
    return chain[::-1]


def _seed_clusters(seeds: list[tuple[int, int]]) -> list[list[tuple[int, int]]]:
    """Seeds at most 2 sentences apart on both sides, joined transitively; clusters sorted.

    >>> _seed_clusters([(0, 0), (1, 2), (9, 9)])
    [[(0, 0), (1, 2)], [(9, 9)]]
    """
    parent = list(range(len(seeds)))

    def root(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    by_a: dict[int, list[int]] = {}
    for x, (a, _) in enumerate(seeds):
        by_a.setdefault(a, []).append(x)
    for x, (a, b) in enumerate(seeds):
        for a2 in range(a, a + 3):
            for y in by_a.get(a2, ()):
                if y != x and abs(b - seeds[y][1]) <= 2:
                    parent[root(x)] = root(y)
    clusters: dict[int, list[tuple[int, int]]] = {}
    for x, sd in enumerate(seeds):
        clusters.setdefault(root(x), []).append(sd)
    return sorted(clusters.values())


#: Offsets of the sentence pairs within 2 sentences on both sides of a pair.
_AROUND = tuple((i, j) for i in range(-2, 3) for j in range(-2, 3) if i or j)


def isolated(ka: np.ndarray, kb: np.ndarray, keep: set[tuple[int, int]]) -> np.ndarray:
    """Which pairs (ka, kb) have no other pair of theirs or of ``keep`` within 2 sentences on both sides.

    >>> isolated(np.array([0, 1, 9]), np.array([0, 1, 9]), set()).tolist()
    [False, False, True]
    """
    if len(ka) == 0:
        return np.zeros(0, dtype=bool)
    if len(ka) < 200:  # small: a set look-up beats array set-up
        every = set(zip(ka.tolist(), kb.tolist())) | keep
        return np.array([not any((a + i, b + j) in every for i, j in _AROUND)
                         for a, b in zip(ka.tolist(), kb.tolist())], dtype=bool)
    extra = np.array(sorted(keep), dtype=np.int64).reshape(-1, 2)
    width = int(max(kb.max(), extra[:, 1].max() if len(extra) else 0)) + 5
    every = sorted_unique(np.concatenate([(ka + 2) * width + kb + 2, (extra[:, 0] + 2) * width + extra[:, 1] + 2]))
    near = np.zeros(len(ka), dtype=bool)
    for i in range(-2, 3):
        for j in range(-2, 3):
            if i or j:
                code = (ka + 2 + i) * width + kb + 2 + j
                pos = np.minimum(np.searchsorted(every, code), len(every) - 1)
                near |= every[pos] == code
    return ~near


def _block_span(da: Doc, db: Doc, t: list[int]) -> float:
    """Span score of a block given as sentence numbers [ka0, ka1, kb0, kb1]."""
    return span_score(da, db, da.sents[t[0]][0], da.sents[t[1]][1], db.sents[t[2]][0], db.sents[t[3]][1])


def _grow_block(da: Doc, db: Doc, blk: list[int], sc: float, free: tuple[set[int], set[int]],
                taken: tuple[set[int], set[int]]) -> tuple[float, list[int]]:
    """Grow a block by a neighbouring sentence (one or both sides) while its span score holds."""
    (free_sa, free_sb), (taken_a, taken_b) = free, taken
    while True:
        best = None
        for da_, db_ in ((-1, 0), (0, -1), (-1, -1), (1, 0), (0, 1), (1, 1)):
            t = [blk[0] + min(da_, 0), blk[1] + max(da_, 0), blk[2] + min(db_, 0), blk[3] + max(db_, 0)]
            if (t == blk or any(k not in free_sa or k in taken_a for k in (t[0], t[1]) if k not in range(blk[0], blk[1] + 1))
                    or any(k not in free_sb or k in taken_b for k in (t[2], t[3]) if k not in range(blk[2], blk[3] + 1))):
                continue
            v = _block_span(da, db, t)
            slack = BLOCK_GROW_SLACK if da_ and db_ else 0.0  # a one-sided step must not lower the score
            if v >= sc - slack and (best is None or v > best[0]):
                best = (v, t)
        if best is None:
            return sc, blk
        sc, blk = best


def _block_seeds(da: Doc, db: Doc, counts: Counts, pairs_ab: list[list], cache: PairScores | None = None
                 ) -> tuple[list[tuple[int, int]], set[tuple[int, int]]]:
    """Seed pairs (weak matches sharing stems, plus matched pairs) and the strong ones among them.

    Pairs with no possible seed within 2 sentences could only form a one-seed cluster, which never
    makes a block: they are dropped before their (costly) scores are computed.
    """
    ka, kb, _ = counts
    matched = {(k, p[2]) for p in pairs_ab for k in range(p[0], p[1] + 1)}
    near = ~isolated(ka, kb, matched)
    possible = list(zip(ka[near].tolist(), kb[near].tolist()))
    cache = PairScores(da, db) if cache is None else cache
    dice = cache.dice_of(possible, min_dice=max(0.0, (BLOCK_SEED_SCORE - 0.4) / 0.6))
    scores = cache.scores_of(dice, BLOCK_SEED_SCORE)  # seeds and strong seeds score at least BLOCK_SEED_SCORE
    seeds = sorted({(ka, kb) for (ka, kb), (sc, sh) in scores.items()
                    if sc >= BLOCK_SEED_SCORE and sh >= BLOCK_SEED_STEMS} | matched)
    strong = {(ka, kb) for (ka, kb), (sc, sh) in scores.items() if sc >= BLOCK_STRONG_SEED and sh >= BLOCK_SEED_STEMS}
    return seeds, strong | matched


def rewritten_blocks(da: Doc, db: Doc, free_a: list[int], free_b: list[int], pairs_ab: list[list],
                     counts: Counts | None = None, cache: PairScores | None = None) -> list[list]:
    """Blocks of heavily rewritten sentences: neighbouring weak sentence matches confirmed by a span score.

    Seeds are sentence pairs (not yet matched) scoring >= BLOCK_SEED_SCORE with >= 3 shared stems,
    plus the matched pairs; seeds at most 2 sentences apart on both sides form one cluster, whose
    sentence range is a block when it has >= BLOCK_MIN_SEEDS seeds (or two seeds both scoring
    >= BLOCK_STRONG_SEED) and a span score >= BLOCK_THRESHOLD.
    ``counts``: :func:`~.sharedstems.count_arrays` of the free sentences, if already known; ``cache``: sentence
    scores of the pair already computed (:class:`PairScores`).
    Returns [ka0, ka1, kb0, kb1, score] lists like the sentence matches.
    """
    used_a = {k for p in pairs_ab for k in range(p[0], p[1] + 1)}
    used_b = {k for p in pairs_ab for k in range(p[2], p[3] + 1)}
    fa = [k for k in free_a if k not in used_a]
    fb = [k for k in free_b if k not in used_b]
    if not fa or not fb:
        return []
    ka, kb, cnt = count_arrays(da, db, free_a, free_b, BLOCK_SEED_STEMS) if counts is None else counts
    sel = (cnt >= BLOCK_SEED_STEMS) & np.isin(ka, fa) & np.isin(kb, fb)
    seeds, strong = _block_seeds(da, db, (ka[sel], kb[sel], cnt[sel]), pairs_ab, cache)
    if len(seeds) < BLOCK_MIN_SEEDS and len(strong) < 2:
        return []
    free = (set(free_a), set(free_b))
    taken = (set(used_a), set(used_b))
    out = []
    for cluster in _seed_clusters(seeds):
        members = monotone_chain(sorted(cluster))
        new = [m for m in members if m[0] not in used_a and m[1] not in used_b]
        if not new or (len(members) < BLOCK_MIN_SEEDS and not (len(members) == 2 and set(members) <= strong)):
            continue
        ka0, ka1 = min(m[0] for m in members), max(m[0] for m in members)
        kb0, kb1 = min(m[1] for m in members), max(m[1] for m in members)
        if (any(k not in free[0] for k in range(ka0, ka1 + 1)) or any(k not in free[1] for k in range(kb0, kb1 + 1))
                or ka1 == ka0 or kb1 == kb0):
            continue  # a block never spans verbatim-covered sentences
        blk = [ka0, ka1, kb0, kb1]
        sc = _block_span(da, db, blk)
        if sc < BLOCK_THRESHOLD:
            continue
        sc, blk = _grow_block(da, db, blk, sc, free, taken)
        taken[0].update(range(blk[0], blk[1] + 1))
        taken[1].update(range(blk[2], blk[3] + 1))
        out.append([*blk, sc])
    return out


def narrative_dice(da: Doc, db: Doc, a0: int, a1: int, b0: int, b1: int) -> float:
    """Content-stem Dice of the words outside quotation marks of two spans (1.0 when one side has none).

    Dev evidence (heldout_overlap.jsonl, all aligned passages with a side >= half quoted): copied
    quotation paragraphs 1.0 (d3_h3, d3_m2); independent reports quoting one sentence 0.55 (d3_n3) and
    0.83 (d3_n2, already quoted on both sides). A light edit keeps most attribution words (> 0.6).

    >>> d = Doc('He said: “we will leave the base soon,” officials added.')
    >>> narrative_dice(d, d, 0, len(d.text), 0, len(d.text))
    1.0
    """
    def stems(d: Doc, s: int, e: int) -> set[str]:
        i0, i1 = d.tok_range(s, e)
        qm = d.quote_mask_for(s, e)
        starts = d._start_list
        return set(filter(None, [d.tok_stems[i] for i in range(i0, i1) if not qm[starts[i]]]))
    sa, sb = stems(da, a0, a1), stems(db, b0, b1)
    if not sa or not sb:
        return 1.0
    return 2 * len(sa & sb) / (len(sa) + len(sb))
