"""Alignment of two texts: every shared passage with exact character offsets on both sides.

Seed-and-extend, not one monotone dynamic programme: every shared word 4-gram is a seed, seeds are
chained along (nearly) the same diagonal, so passages in a different order (swapped paragraphs) are
found independently. Sentences not covered by verbatim passages are then matched one-to-one by a
sentence score (:mod:`.sentences`) that survives synonym swaps, reordered words and dropped words;
runs of weak in-order matches form heavily rewritten blocks. Passages continuing in the same order
on both sides are merged, then each is labelled verbatim/reworded and checked for being a quotation.
"""

from __future__ import annotations

import heapq
import re

import numpy as np
import pandas as pd

from ..text.checks import require_text
from .constants import (DIAGONAL_DRIFT, GAP_FILL_CHARS, GAP_THRESHOLD, MAX_SEED_REPEATS, MERGE_GAP_CHARS,
                        MIN_PASSAGE_TOKENS, MIN_SENTENCE_TOKENS, MIN_SHARED_STEMS, NARRATIVE_DICE, QUOTE_SHARE,
                        SEED_BUDGET, SEED_GAP, SENTENCE_THRESHOLD, SHINGLE_N)
from .document import Doc
from .sentences import PairScores, dice_bound, narrative_dice, rewritten_blocks, span_score
from .sharedstems import Counts, count_arrays

_TRAIL = frozenset(".,;:!?\"”’')]")

ALIGN_DTYPES = {"a_start": "int64", "a_end": "int64", "b_start": "int64", "b_end": "int64", "score": "float64",
                "kind": "str", "is_quote": "bool", "quote_share_a": "float64", "quote_share_b": "float64",
                "a_text": "str", "b_text": "str"}


class GramLookup:
    """Dense tables over one numbering of word 4-grams (``screen.assign_gram_ids``): where each 4-gram of a
    document lies in another is read off them instead of searched for (the tables are left empty after each use).

    >>> d = Doc("one two three four five six seven eight nine ten eleven twelve")
    >>> from analysis.reuse.screen import assign_gram_ids; assign_gram_ids([d])
    >>> lo, n, order = GramLookup(d._gram_ids[1]).find(d, d); n.tolist()
    [1, 1, 1, 1, 1, 1, 1, 1, 1]
    """

    def __init__(self, n_vocab: int) -> None:
        self.count = np.zeros(n_vocab, dtype=np.int64)
        self.first = np.zeros(n_vocab, dtype=np.int64)

    def find(self, da: Doc, db: Doc) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """Per 4-gram of ``da`` (token order): first index into ``order`` and number of its occurrences in ``db``;
        ``order``: the positions of ``db`` sorted by 4-gram (by position within one)."""
        uniq, first, count, order = _gram_runs(db)
        self.count[uniq], self.first[uniq] = count, first
        ids_a = da.__dict__["_gram_ids"][3]
        lo, n = self.first[ids_a], self.count[ids_a]
        self.count[uniq] = 0
        return lo, n, order


def _gram_runs(d: Doc) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """Numbered 4-grams of a document: unique ids, first index and count of each in ``order`` (cached)."""
    got = d.__dict__.get("_gram_runs")
    if got is None or got[0] is not d.__dict__["_gram_ids"][0]:
        ids = d.__dict__["_gram_ids"][3]
        order = np.argsort(ids, kind="stable")
        srt = ids[order]
        first = np.flatnonzero(np.concatenate([[True], srt[1:] != srt[:-1]])) if len(srt) else order[:0]
        got = (d.__dict__["_gram_ids"][0], srt[first], first, np.diff(np.append(first, len(srt))), order)
        d.__dict__["_gram_runs"] = got
    return got[1:]


def repeat_cap(n: np.ndarray) -> int:
    """The most times a 4-gram of the first text may occur in the second and still seed (``n``: its occurrences
    there, per 4-gram): ``MAX_SEED_REPEATS``, lowered until the seed pairs number at most ``SEED_BUDGET`` per 4-gram.

    >>> repeat_cap(np.array([0, 1, 1, 25])), repeat_cap(np.array([3, 3, 1, 3])), repeat_cap(np.array([5, 5]))
    (20, 2, 4)

    (in the second, only the 4-gram occurring once seeds; in the third, none)
    """
    budget = SEED_BUDGET * len(n)
    pairs = np.bincount(np.minimum(n, MAX_SEED_REPEATS + 1), weights=n, minlength=MAX_SEED_REPEATS + 2)
    upto = np.cumsum(pairs[: MAX_SEED_REPEATS + 1])  # seed pairs of the 4-grams occurring at most r times, r = 0..20
    if upto[-1] <= budget:
        return MAX_SEED_REPEATS
    return int(np.flatnonzero(upto <= budget)[-1])


def _seed_matches(da: Doc, db: Doc, lookup: GramLookup | None = None) -> tuple[np.ndarray, np.ndarray]:
    """(diagonal, position in a) of every shared word 4-gram, sorted; 4-grams repeated often seed nothing.

    ``lookup``: dense tables of the 4-gram numbering both documents carry (else a binary search of the hashes).
    """
    empty = np.zeros(0, dtype=np.int64)
    if len(da.grams) == 0 or len(db.grams) == 0:
        return empty, empty
    if lookup is not None:
        lo, n, order = lookup.find(da, db)
    else:
        hs, order = db.gram_order
        lo = np.searchsorted(hs, da.grams, "left")
        n = np.searchsorted(hs, da.grams, "right") - lo
    keep = (n > 0) & (n <= repeat_cap(n))  # a 4-gram repeated many times (e.g. a list) seeds nothing
    where, lo, n = np.flatnonzero(keep), lo[keep], n[keep]
    i = np.repeat(where, n)
    j = order[np.repeat(lo - (np.cumsum(n) - n), n) + np.arange(int(n.sum()))]
    d = j.astype(np.int64) - i
    srt = np.lexsort((i, d))
    return d[srt], i[srt]


_KEY = 1 << 32  # a run's place in the join's order: token start in a * _KEY + token start in b


def _join_diagonals(runs: list[list[int]], lone: np.ndarray | None = None) -> list[list[int]]:
    """Join runs on neighbouring diagonals (an inserted or dropped word) until nothing changes; a run looks back
    at the last four runs of the joined list.

    ``lone``: sorted keys (``_KEY``) of runs left out, which join nothing but still take their places in the
    look-back, as if they were in the list (the result is the same as with them, less them).

    >>> _join_diagonals([[0, 8, 0, 8, 0], [9, 20, 10, 21, 1]])
    [[0, 20, 0, 21, 0]]
    >>> _join_diagonals([[0, 8, 0, 8, 0], [9, 20, 10, 21, 1]], np.array([1 * _KEY + 50, 2 * _KEY, 3 * _KEY, 4 * _KEY]))
    [[0, 8, 0, 8, 0], [9, 20, 10, 21, 1]]
    """
    runs.sort(key=lambda r: (r[0], r[2]))
    lone = np.zeros(0, dtype=np.int64) if lone is None else lone
    merged = True
    while merged:
        merged = False
        out: list[list[int]] = []
        place: list[int] = []  # each joined run's place among the joined runs and the lone runs before it
        before = np.searchsorted(lone, np.array([r[0] * _KEY + r[2] for r in runs], dtype=np.int64)).tolist()
        for r, n_lone in zip(runs, before):
            here = len(out) + n_lone
            for o, at in zip(reversed(out[-4:]), reversed(place[-4:])):
                if at < here - 4:
                    break  # out of the look-back
                if (abs(r[4] - o[4]) <= DIAGONAL_DRIFT and -SHINGLE_N <= r[0] - o[1] <= SEED_GAP
                        and -SHINGLE_N <= r[2] - o[3] <= SEED_GAP):
                    o[1], o[3] = max(o[1], r[1]), max(o[3], r[3])
                    o[0], o[2] = min(o[0], r[0]), min(o[2], r[2])
                    merged = True
                    break
            else:
                out.append(r)
                place.append(here)
                continue
            if at < here - 4:
                out.append(r)
                place.append(here)
        runs = sorted(out, key=lambda r: (r[0], r[2]))
    return runs


def verbatim_runs(da: Doc, db: Doc, lookup: GramLookup | None = None) -> list[list[int]]:
    """Seed-and-extend: chain shared 4-grams along diagonals; returns [a_i0, a_i1, b_j0, b_j1] token spans
    (``lookup``: see :func:`_seed_matches`).

    >>> d = Doc("one two three four five six seven eight nine ten eleven twelve")
    >>> verbatim_runs(d, d)
    [[0, 12, 0, 12]]
    """
    d, i = _seed_matches(da, db, lookup)
    if len(d) == 0:
        return []
    # chain along one diagonal across small gaps: a new run where the diagonal changes or the gap is too wide
    new = np.ones(len(d), dtype=bool)
    new[1:] = (d[1:] != d[:-1]) | (i[1:] - i[:-1] > SEED_GAP + 2 * SHINGLE_N)
    first = np.flatnonzero(new)
    last = np.concatenate([first[1:], [len(d)]]) - 1
    keep = _not_lonely(d[first], i[first], i[last] + SHINGLE_N)
    lone = np.sort(i[first[~keep]] * _KEY + i[first[~keep]] + d[first[~keep]])
    first, last = first[keep], last[keep]
    runs = [[a0, a1 + SHINGLE_N, a0 + dd, a1 + SHINGLE_N + dd, dd]
            for a0, a1, dd in zip(i[first].tolist(), i[last].tolist(), d[first].tolist())]
    runs = _join_diagonals(runs, lone)
    hit_a = _hits(i, len(da.norms) + 1)
    hit_b = _hits(i + d, len(db.norms) + 1)
    return [r[:4] for r in runs if hit_a[r[1]] - hit_a[r[0]] >= MIN_PASSAGE_TOKENS
            and hit_b[r[3]] - hit_b[r[2]] >= MIN_PASSAGE_TOKENS]


def _not_lonely(d: np.ndarray, a0: np.ndarray, a1: np.ndarray) -> np.ndarray:
    """Which runs (sorted by diagonal ``d``, then token start ``a0``; ``a1``: end) to join: every run of at least
    ``MIN_PASSAGE_TOKENS`` tokens, and every shorter run with another run on a diagonal within 2 x
    ``DIAGONAL_DRIFT`` whose token span comes within ``SEED_GAP + SHINGLE_N`` of its own. The others are dropped:
    too short to report and with nothing near enough to join (a text of a few words in random order gives
    about one such run per word, and joining them one by one was the alignment's slowest step).

    >>> _not_lonely(np.array([0, 3, 500]), np.array([0, 12, 40]), np.array([4, 16, 44])).tolist()
    [True, True, False]
    """
    keep = a1 - a0 >= MIN_PASSAGE_TOKENS
    if keep.all():
        return keep
    reach = SEED_GAP + SHINGLE_N
    span = int(max(a1.max(), 0)) + 2 * reach + 1  # keys of one diagonal never overlap the next one's
    key_end = d * span + a1 + reach  # ascending: runs on one diagonal are disjoint and in order
    own = np.arange(len(d))
    for k in range(-2 * DIAGONAL_DRIFT, 2 * DIAGONAL_DRIFT + 1):
        # the first run on diagonal d + k ending (plus reach) at or after this run's start
        y = np.searchsorted(key_end, (d + k) * span + a0, side="left")
        if k == 0:
            y = np.where(y == own, y + 1, y)  # not the run itself (the next one on its diagonal instead)
        ok = y < len(d)
        y = np.minimum(y, len(d) - 1)
        keep |= ok & (d[y] == d + k) & (a0[y] <= a1 + reach)
    return keep


def _hits(starts: np.ndarray, n: int) -> np.ndarray:
    """Cumulative count of tokens covered by the 4-grams starting at ``starts`` (token t covered: c[t+1] - c[t])."""
    covered = np.zeros(n, dtype=bool)
    pos = (starts[:, None] + np.arange(SHINGLE_N)[None, :]).ravel()
    covered[pos[pos < n]] = True
    return np.concatenate([[0], np.cumsum(covered, dtype=np.int64)])


def _verbatim_passages(da: Doc, db: Doc, runs: list[list[int]] | None = None
                       ) -> tuple[list[dict], np.ndarray, np.ndarray]:
    """Verbatim passages (character offsets, shared closing punctuation kept) and token coverage masks
    (``runs``: :func:`verbatim_runs` of the pair, when already known)."""
    passages: list[dict] = []
    cov_a = np.zeros(len(da.norms) + 1, dtype=bool)
    cov_b = np.zeros(len(db.norms) + 1, dtype=bool)
    for i0, i1, j0, j1 in verbatim_runs(da, db) if runs is None else runs:
        cov_a[i0:i1] = True
        cov_b[j0:j1] = True
        a1, b1 = int(da.ends[i1 - 1]), int(db.ends[j1 - 1])
        while a1 < len(da.text) and b1 < len(db.text) and da.text[a1] in _TRAIL and db.text[b1] in _TRAIL:
            a1, b1 = a1 + 1, b1 + 1  # keep shared closing punctuation / quote marks with the passage
        passages.append({"a_start": int(da.starts[i0]), "a_end": a1,
                         "b_start": int(db.starts[j0]), "b_end": b1, "verb": True})
    return passages, cov_a, cov_b


def _greedy_sentence_pairs(da: Doc, db: Doc, counts: Counts, threshold: float, cache: PairScores | None = None
                           ) -> tuple[list[list], set[int], set[int]]:
    """One-to-one greedy matching of free sentences scoring >= threshold: [ka, ka, kb, kb, score] lists.

    A pair must share ``MIN_SHARED_STEMS`` content stems, or 2 and score >= 0.8; pairs that cannot (by
    :func:`~.sentences.dice_bound`) are not scored. ``counts``: shared stems of the free sentence pairs.
    """
    ka, kb, cnt = counts
    n = len(da.sents) + len(db.sents)
    min_dice, short_dice = max(0.0, (threshold - 0.4) / 0.6), (0.8 - 0.4) / 0.6
    na, nb = da.stem_counts[ka], db.stem_counts[kb]
    need = np.where(cnt >= MIN_SHARED_STEMS, min_dice, max(min_dice, short_dice)) - 1e-9
    ok = (cnt >= 2) & (dice_bound(n, cnt, na, nb) >= need)
    cache = PairScores(da, db) if cache is None else cache
    scores = cache.scores_of(cache.dice_of(list(zip(ka[ok].tolist(), kb[ok].tolist())), min_dice), threshold)
    cand = sorted((-sc, ka, kb) for (ka, kb), (sc, shared) in scores.items()
                  if sc >= threshold and (shared >= MIN_SHARED_STEMS or (shared >= 2 and sc >= 0.8)))
    used_a: set[int] = set()
    used_b: set[int] = set()
    pairs_ab: list[list] = []
    for neg, ka, kb in cand:
        if ka in used_a or kb in used_b:
            continue
        (i0, i1), (j0, j1) = da.sent_tok[ka], db.sent_tok[kb]
        if min(i1 - i0, j1 - j0) < MIN_SENTENCE_TOKENS:
            continue
        used_a.add(ka)
        used_b.add(kb)
        pairs_ab.append([ka, ka, kb, kb, -neg])
    return pairs_ab, used_a, used_b


def _absorb_neighbours(da: Doc, db: Doc, pairs_ab: list[list], used: tuple[set[int], set[int]],
                       free: tuple[set[int], set[int]]) -> None:
    """A sentence split in two on one side: extend matched pairs by unmatched neighbours that raise the score."""
    for pr in pairs_ab:
        for step in (-1, 1):
            for move_a, move_b in ((1, 0), (0, 1), (1, 1)):
                trial, ok_trial = pr[:4], True
                for move, d, u, f, lo, hi in ((move_a, da, used[0], free[0], 0, 1), (move_b, db, used[1], free[1], 2, 3)):
                    if not move:
                        continue
                    k = trial[lo] - 1 if step < 0 else trial[hi] + 1
                    if not 0 <= k < len(d.sents) or k in u or k not in f:
                        ok_trial = False
                        break
                    trial[lo if step < 0 else hi] = k
                if not ok_trial:
                    continue
                sc = span_score(da, db, da.sents[trial[0]][0], da.sents[trial[1]][1],
                                db.sents[trial[2]][0], db.sents[trial[3]][1])
                if sc > pr[4] + 0.02:
                    used[0].update(range(trial[0], trial[1] + 1))
                    used[1].update(range(trial[2], trial[3] + 1))
                    pr[:4], pr[4] = trial, sc
                    break


def _free_sentences(d: Doc, cov: np.ndarray) -> list[int]:
    """Sentences (with tokens) less than 90 % covered by verbatim passages."""
    if not cov.any():
        return [k for k, (i0, i1) in enumerate(d.sent_tok) if i1 > i0]
    cs = np.concatenate([[0], np.cumsum(cov, dtype=np.int64)]).tolist()
    return [k for k, (i0, i1) in enumerate(d.sent_tok) if i1 > i0 and (cs[i1] - cs[i0]) / (i1 - i0) < 0.9]


def _free_counts(counts: Counts, free_a: list[int], free_b: list[int], n_a: int, n_b: int) -> Counts:
    """The sentence pairs of ``counts`` between free sentences sharing >= 2 stems.

    >>> c = (np.array([0, 0, 1]), np.array([0, 1, 1]), np.array([3, 1, 2]))
    >>> [x.tolist() for x in _free_counts(c, [0, 1], [1], 2, 2)]
    [[1], [1], [2]]
    """
    ka, kb, cnt = counts
    fa, fb = np.zeros(n_a, dtype=bool), np.zeros(n_b, dtype=bool)
    fa[free_a], fb[free_b] = True, True
    keep = (cnt >= 2) & fa[ka] & fb[kb]
    return ka[keep], kb[keep], cnt[keep]


def _reworded_passages(da: Doc, db: Doc, cov_a: np.ndarray, cov_b: np.ndarray, threshold: float,
                       counts: Counts | None = None) -> list[dict]:
    """Reworded sentence pairs and rewritten blocks among sentences not (almost) covered verbatim.

    ``counts``: shared stems of every sentence pair sharing one (:func:`~.pairjoin.sentence_pair_counts`), when
    already known and no stem is in more than ``STEM_DF_CAP`` sentences of either text (then they are the
    counts :func:`~.sharedstems.count_arrays` would give).
    """
    free_a, free_b = _free_sentences(da, cov_a), _free_sentences(db, cov_b)
    if not free_a or not free_b:
        return []
    if counts is None:
        counts = count_arrays(da, db, free_a, free_b, min_shared=2)
    else:
        counts = _free_counts(counts, free_a, free_b, len(da.sents), len(db.sents))
    cache = PairScores(da, db)  # sentence pairs scored once for the matching and the block seeds
    pairs_ab, used_a, used_b = _greedy_sentence_pairs(da, db, counts, threshold, cache)
    _absorb_neighbours(da, db, pairs_ab, (used_a, used_b), (set(free_a), set(free_b)))
    pairs_ab.extend(rewritten_blocks(da, db, free_a, free_b, pairs_ab, counts, cache))
    return [{"a_start": da.sents[ka0][0], "a_end": da.sents[ka1][1], "b_start": db.sents[kb0][0],
             "b_end": db.sents[kb1][1], "verb": False} for ka0, ka1, kb0, kb1, _ in pairs_ab]


def _merge_in_order(da: Doc, db: Doc, passages: list[dict], merge_gap: int) -> list[dict]:
    """Merge passages that continue in the same order on both sides (close, similar gap, or a dropped sentence)."""
    passages.sort(key=lambda p: (p["a_start"], p["b_start"]))
    merged: list[dict] = []
    for p in passages:
        if merged:
            q = merged[-1]
            ga, gb = p["a_start"] - q["a_end"], p["b_start"] - q["b_end"]
            overlap_ab = ga < 0 and gb < 0
            close = -1 <= ga <= merge_gap and -1 <= gb <= merge_gap
            fill = (not close and merge_gap < ga <= GAP_FILL_CHARS and merge_gap < gb <= GAP_FILL_CHARS
                    and span_score(da, db, q["a_end"], p["a_start"], q["b_end"], p["b_start"]) >= GAP_THRESHOLD)
            # one side skips at most one paragraph-internal stretch (a dropped or added sentence)
            dropped = (not close and -1 <= min(ga, gb) <= merge_gap and max(ga, gb) <= GAP_FILL_CHARS
                       and "\n\n" not in da.text[q["a_end"]:max(q["a_end"], p["a_start"])]
                       and "\n\n" not in db.text[q["b_end"]:max(q["b_end"], p["b_start"])])
            if (overlap_ab or close or fill or dropped) and p["b_start"] >= q["b_start"] - merge_gap:
                q["b_start"] = min(q["b_start"], p["b_start"])
                q["a_end"], q["b_end"] = max(q["a_end"], p["a_end"]), max(q["b_end"], p["b_end"])
                q["vchars"] += (p["a_end"] - p["a_start"]) if p["verb"] else 0
                continue
        merged.append({**p, "vchars": (p["a_end"] - p["a_start"]) if p["verb"] else 0})
    return merged


def _breaks(t: str) -> np.ndarray:
    """Offsets of every paragraph break ("\\n\\n", overlapping ones too) in a text, ascending.

    >>> _breaks("a\\n\\n\\nb\\n\\nc").tolist()
    [1, 2, 5]
    """
    return np.array([m.start() for m in _BREAK.finditer(t)], dtype=np.int64)


_BREAK = re.compile(r"(?=\n\n)")


def _side_gaps(breaks: np.ndarray, ps: np.ndarray, pe: np.ndarray, qs: np.ndarray, qe: np.ndarray,
               merge_gap: int) -> np.ndarray:
    """Per pair of spans p, q on one side: within ``merge_gap`` characters, with no paragraph break between
    them (for overlapping spans: none inside the overlap). The gap is measured from the span starting first
    (from p on a tie). ``breaks``: the side's ``_breaks`` (counted by bisection, not by slicing the text: long
    overlapping spans made that quadratic)."""
    first = ps <= qs
    lo, hi = np.where(first, pe, qe), np.where(first, qs, ps)
    a, b = np.minimum(lo, hi), np.maximum(lo, hi)
    inside = np.searchsorted(breaks, b - 2, side="right") - np.searchsorted(breaks, a, side="left")
    return (hi - lo <= merge_gap) & (inside <= 0)


def _merge_reordered(da: Doc, db: Doc, merged: list[dict], merge_gap: int) -> list[dict]:
    """Merge passages adjacent on both sides but in swapped order inside one paragraph (a moved sentence).

    Paragraph breaks block the merge, so swapped paragraphs stay separate passages. The first mergeable
    pair in list order is merged first, again and again; a heap of mergeable pairs finds it without
    comparing every pair after every merge.
    """
    if len(merged) < 2:
        return merged
    box = np.array([[p["a_start"], p["a_end"], p["b_start"], p["b_end"]] for p in merged], dtype=np.int64)
    alive = np.ones(len(merged), dtype=bool)
    breaks_a, breaks_b = _breaks(da.text), _breaks(db.text)

    def partners(x: int) -> np.ndarray:
        later = np.arange(len(box)) > x  # the earlier of two list items plays p (gaps are asymmetric on ties)
        ok = alive.copy()
        for t, c in ((breaks_a, 0), (breaks_b, 2)):
            sx, ex = np.full(len(box), box[x, c]), np.full(len(box), box[x, c + 1])
            ps, pe = np.where(later, sx, box[:, c]), np.where(later, ex, box[:, c + 1])
            qs, qe = np.where(later, box[:, c], sx), np.where(later, box[:, c + 1], ex)
            ok[ok] = _side_gaps(t, ps[ok], pe[ok], qs[ok], qe[ok], merge_gap)
        ok[x] = False
        return np.flatnonzero(ok)

    heap = [(min(x, y), max(x, y)) for x in range(len(merged)) for y in partners(x).tolist() if x < y]
    heapq.heapify(heap)
    while heap:
        x, y = heapq.heappop(heap)
        if not (alive[x] and alive[y]) or y not in partners(x):
            continue  # stale: one side was merged away, or the pair no longer qualifies
        p, q = merged[x], merged[y]
        merged[x] = {"a_start": min(p["a_start"], q["a_start"]), "a_end": max(p["a_end"], q["a_end"]),
                     "b_start": min(p["b_start"], q["b_start"]), "b_end": max(p["b_end"], q["b_end"]),
                     "verb": p["verb"] and q["verb"], "vchars": p["vchars"] + q["vchars"]}
        box[x] = [merged[x]["a_start"], merged[x]["a_end"], merged[x]["b_start"], merged[x]["b_end"]]
        alive[y] = False
        for z in partners(x).tolist():
            heapq.heappush(heap, (min(x, z), max(x, z)))
    return sorted((m for m, ok in zip(merged, alive) if ok), key=lambda p: (p["a_start"], p["b_start"]))


def _coverage(mask: np.ndarray, start: int, end: int) -> float:
    """Share of characters [start, end) set in a boolean mask."""
    return float(mask[start:end].mean()) if end > start else 0.0


def _passage_row(da: Doc, db: Doc, q: dict) -> dict | None:
    """The output record of one merged passage (None when shorter than MIN_PASSAGE_TOKENS on a side)."""
    a0, a1, b0, b1 = q["a_start"], q["a_end"], q["b_start"], q["b_end"]
    i0, i1 = da.tok_range(a0, a1)
    j0, j1 = db.tok_range(b0, b1)
    if min(i1 - i0, j1 - j0) < MIN_PASSAGE_TOKENS:
        return None
    qa, qb = _coverage(da.quote_mask_for(a0, a1), a0, a1), _coverage(db.quote_mask_for(b0, b1), b0, b1)
    kind = "verbatim" if q["vchars"] >= 0.8 * (a1 - a0) else "reworded"
    shared_quote = min(qa, qb) >= QUOTE_SHARE or (
        kind == "reworded" and max(qa, qb) >= QUOTE_SHARE and narrative_dice(da, db, a0, a1, b0, b1) < NARRATIVE_DICE)
    return {"a_start": a0, "a_end": a1, "b_start": b0, "b_end": b1, "score": span_score(da, db, a0, a1, b0, b1),
            "kind": kind, "is_quote": bool(shared_quote), "quote_share_a": round(qa, 3), "quote_share_b": round(qb, 3),
            "a_text": da.text[a0:a1], "b_text": db.text[b0:b1]}


def align_records(da: Doc, db: Doc, *, threshold: float = SENTENCE_THRESHOLD,
                  merge_gap: int = MERGE_GAP_CHARS, counts: Counts | None = None,
                  runs: list[list[int]] | None = None) -> list[dict]:
    """Align two featurised documents; one dict per passage (see :func:`align`; ``counts``: see ``_reworded_passages``;
    ``runs``: :func:`verbatim_runs` of the pair, when already known).

    >>> d = Doc("Rockets hit the base near the river on Tuesday night, officials said.")
    >>> [(r["a_start"], r["a_end"], r["kind"]) for r in align_records(d, d)]
    [(0, 69, 'verbatim')]
    """
    passages, cov_a, cov_b = _verbatim_passages(da, db, runs)
    passages += _reworded_passages(da, db, cov_a, cov_b, threshold, counts)
    if not passages:
        return []
    merged = _merge_reordered(da, db, _merge_in_order(da, db, passages, merge_gap), merge_gap)
    return [r for r in (_passage_row(da, db, q) for q in merged) if r is not None]


def alignment_frame(rows: list[dict], extra: list[str] | None = None) -> pd.DataFrame:
    """Alignment records -> tidy DataFrame (right columns and dtypes even when empty).

    >>> alignment_frame([]).columns[:4].tolist()
    ['a_start', 'a_end', 'b_start', 'b_end']
    """
    cols = [*(extra or []), *ALIGN_DTYPES]
    df = pd.DataFrame(rows, columns=cols)
    return df.astype({**{c: "str" for c in (extra or [])}, **ALIGN_DTYPES})


def align(a: str, b: str, *, quote_spans_a: list[tuple[int, int]] | None = None,
          quote_spans_b: list[tuple[int, int]] | None = None,
          threshold: float = SENTENCE_THRESHOLD, merge_gap: int = MERGE_GAP_CHARS) -> pd.DataFrame:
    """Every shared passage of ``a`` and ``b`` with exact character offsets on both sides.

    Columns: ``a_start, a_end, b_start, b_end`` (``a[a_start:a_end]`` is the passage), ``score``
    (0.6 content-stem Dice + 0.4 character 3-5-gram cosine of the two spans; 1 = same words),
    ``kind`` (``verbatim`` when >= 80 % of the span is covered by chained shared word 4-grams, else
    ``reworded``), ``is_quote`` (>= half of the passage inside quotation marks on both sides:
    a shared quotation is not by itself evidence of copying), ``quote_share_a/b``, ``a_text``, ``b_text``.
    Passages shorter than ``MIN_PASSAGE_TOKENS`` words are never reported. Quotation spans come
    from ``analysis.quotes.extract_quotes`` (a simple quote-mark scan for texts longer than
    ``QUOTE_MODULE_MAX`` characters), unless given.

    >>> s = "Rockets hit the base near the river on Tuesday night, officials said."
    >>> al = align("Intro text here. " + s, s + " Other words follow.")
    >>> al[["a_start", "a_end", "b_start", "b_end", "kind"]].values.tolist()
    [[17, 86, 0, 69, 'verbatim']]
    """
    a, b = require_text(a, "a"), require_text(b, "b")
    rows = align_records(Doc(a, quote_spans_a), Doc(b, quote_spans_b), threshold=threshold, merge_gap=merge_gap)
    return alignment_frame(rows).sort_values(["a_start", "b_start"], ignore_index=True)
