"""Sentence-pair Dice of many document pairs at once: one numpy join over the stem tables of a batch.

The pre-screen (:mod:`.screen`) asks, for thousands of candidate pairs, which sentence pairs share
content stems and what their IDF-weighted Dice is. Done pair by pair that costs some forty small numpy
calls per pair whatever the size of the texts, most of the screen's time on news articles. Here the
stem tables of all documents of a batch are concatenated (keys: document slot, stem id) and every step
of the one-pair computation (:func:`~.screen.sentence_pair_dice`) runs once over all the pairs, with
the elements of each pair in the same order, so that every sum and every Dice is the same float.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

import numpy as np

from .document import Doc

#: Above this many sentence pairs in a batch, the per-pair sums are grouped by sorting instead of a dense table.
DENSE_BATCH = 1 << 22


def batches(pairs: list[tuple[Doc, Doc]], max_pairs: int, max_cells: int = DENSE_BATCH) -> list[tuple[int, int]]:
    """Consecutive ranges [start, end) of at most ``max_pairs`` pairs whose sentence pairs (sentences of a x
    sentences of b) add up to at most ``max_cells`` (a pair above that on its own), so that a batch's
    per-pair sums fit the dense table of :func:`pair_dice`.

    >>> d = Doc("One. Two. Three.")
    >>> batches([(d, d)] * 5, max_pairs=2), batches([(d, d)] * 5, max_pairs=9, max_cells=20)
    ([(0, 2), (2, 4), (4, 5)], [(0, 2), (2, 4), (4, 5)])
    """
    out, start, cells = [], 0, 0
    for k, (da, db) in enumerate(pairs):
        c = len(da.sents) * len(db.sents)
        if k > start and (k - start >= max_pairs or cells + c > max_cells):
            out.append((start, k))
            start, cells = k, 0
        cells += c
    if start < len(pairs):
        out.append((start, len(pairs)))
    return out


def stem_table(d: Doc) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """Unique stem ids, sentences holding each, their first posting; per sentence: stems, sum of ln(df + 1) (cached).

    >>> u, cnt, first, size, log_sum = stem_table(Doc("Rockets hit. Rockets fell."))
    >>> sorted(cnt.tolist()), size.tolist()
    ([1, 1, 2], [2.0, 2.0])
    """
    got = d.__dict__.get("_screen_stems")
    if got is None:
        st, se = d.stem_postings  # sorted by stem: runs of equal ids
        first = np.flatnonzero(np.concatenate([[True], st[1:] != st[:-1]])) if len(st) else np.zeros(0, np.int64)
        u, cnt = st[first], np.diff(np.concatenate([first, [len(st)]]))
        log_df = np.repeat(np.log(cnt + 1.0), cnt)  # postings are sorted by stem: one value per posting
        size = np.bincount(se, minlength=len(d.sents)).astype(np.float64)
        log_sum = np.bincount(se, weights=log_df, minlength=len(d.sents))
        got = d.__dict__["_screen_stems"] = (u, cnt, first, size, log_sum)
    return got


def sentence_tokens(d: Doc) -> np.ndarray:
    """Tokens of each sentence (cached).

    >>> sentence_tokens(Doc("Rockets hit the base. Nobody was hurt.")).tolist()
    [4, 3]
    """
    got = d.__dict__.get("_sentence_tokens")
    if got is None:
        got = d.__dict__["_sentence_tokens"] = np.array([e - s for s, e in d.sent_tok], dtype=np.int64)
    return got


def expand(first: np.ndarray, counts: np.ndarray) -> np.ndarray:
    """Indices first[k] .. first[k] + counts[k] - 1 of every k, concatenated.

    >>> expand(np.array([5, 0]), np.array([2, 1])).tolist()
    [5, 6, 0]
    """
    total = int(counts.sum())
    return np.repeat(first - (np.cumsum(counts) - counts), counts) + np.arange(total)


def _offsets(sizes: list[int]) -> np.ndarray:
    """Exclusive cumulative sums (start of each block)."""
    if not sizes:
        return np.zeros(0, np.int64)
    return np.concatenate([[0], np.cumsum(sizes, dtype=np.int64)[:-1]]).astype(np.int64)


@dataclass
class Tables:
    """The stem tables of the distinct documents of a batch, concatenated; ``a``/``b``: slots of each pair."""

    key: np.ndarray  # slot * width + stem id, sorted
    cnt: np.ndarray  # sentences holding the stem
    first: np.ndarray  # first posting of the stem (global)
    se: np.ndarray  # sentence of each posting (local numbering)
    size: np.ndarray  # stems per sentence (global sentence index)
    log_sum: np.ndarray
    tokens: np.ndarray  # tokens per sentence
    u_off: np.ndarray
    n_u: np.ndarray
    s_off: np.ndarray
    n_s: np.ndarray
    n_post: np.ndarray
    a: np.ndarray
    b: np.ndarray
    width: int  # stem ids are below it


def tables(pairs: list[tuple[Doc, Doc]], store: TableStore | None = None) -> Tables:
    """Concatenate the stem tables of the documents of the pairs (each document once); with a ``store`` holding
    every document of the pairs, its tables concatenated once, with the pairs' slots (the same numbers).

    >>> d, e = Doc("Rockets hit the base."), Doc("Nobody was hurt.")
    >>> t = tables([(d, e), (d, d)]); t.a.tolist(), t.b.tolist(), t.n_s.tolist()
    ([0, 0], [1, 0], [1, 1])
    >>> t = tables([(e, e)], TableStore([d, e])); t.a.tolist(), t.n_s.tolist()
    ([1], [1, 1])
    """
    got = store.tables(pairs) if store is not None else None
    if got is not None:
        return got
    slot: dict[int, int] = {}
    docs: list[Doc] = []
    for d in (x for p in pairs for x in p):
        if id(d) not in slot:
            slot[id(d)] = len(docs)
            docs.append(d)
    return _concat(docs, np.array([slot[id(x)] for x, _ in pairs], dtype=np.int64),
                   np.array([slot[id(y)] for _, y in pairs], dtype=np.int64))


def _concat(docs: list[Doc], a: np.ndarray, b: np.ndarray) -> Tables:
    """The stem tables of ``docs`` concatenated, with the slots ``a`` and ``b`` of the pairs."""
    tabs = [stem_table(d) for d in docs]
    n_u = np.array([len(t[0]) for t in tabs], dtype=np.int64)
    n_s = np.array([len(d.sents) for d in docs], dtype=np.int64)
    n_post = np.array([len(d.stem_postings[0]) for d in docs], dtype=np.int64)
    u = _cat([t[0] for t in tabs], np.int64)
    width = int(u.max()) + 1 if len(u) else 1
    p_off = _offsets(n_post.tolist())
    return Tables(
        key=np.repeat(np.arange(len(docs), dtype=np.int64), n_u) * width + u, cnt=_cat([t[1] for t in tabs], np.int64),
        first=_cat([t[2] + o for t, o in zip(tabs, p_off.tolist())], np.int64),
        se=_cat([d.stem_postings[1] for d in docs], np.int64),
        size=_cat([t[3] for t in tabs], np.float64), log_sum=_cat([t[4] for t in tabs], np.float64),
        tokens=_cat([sentence_tokens(d) for d in docs], np.int64),
        u_off=_offsets(n_u.tolist()), n_u=n_u, s_off=_offsets(n_s.tolist()), n_s=n_s, n_post=n_post, a=a, b=b,
        width=width)


class TableStore:
    """The stem tables of a fixed list of documents, concatenated once (when first asked for), so that each batch
    of pairs of them (:func:`tables`) only numbers its pairs instead of concatenating its documents' tables again.

    >>> d = Doc("Rockets hit the base."); TableStore([d]).tables([(d, d)]).a.tolist()
    [0]
    """

    def __init__(self, docs: list[Doc]) -> None:
        self.docs, self.slot, self._all = docs, {id(d): k for k, d in enumerate(docs)}, None

    def tables(self, pairs: list[tuple[Doc, Doc]]) -> Tables | None:
        """The :class:`Tables` of the pairs, or None when a document of theirs is not in the store."""
        slot = self.slot
        if any(id(x) not in slot or id(y) not in slot for x, y in pairs):
            return None
        if self._all is None:
            self._all = _concat(self.docs, np.zeros(0, np.int64), np.zeros(0, np.int64))
        return replace(self._all, a=np.array([slot[id(x)] for x, _ in pairs], dtype=np.int64),
                       b=np.array([slot[id(y)] for _, y in pairs], dtype=np.int64))


def _cat(arrays: list[np.ndarray], dtype: type) -> np.ndarray:
    """Concatenation as ``dtype`` (empty when there is nothing)."""
    return np.concatenate(arrays).astype(dtype, copy=False) if arrays else np.zeros(0, dtype=dtype)


def shared_stems(t: Tables) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(pair, a table row, b table row) of every stem both documents of a pair hold, pair by pair in a's stem order.

    >>> d = Doc("Rockets hit the base.")
    >>> [x.tolist() for x in shared_stems(tables([(d, d)]))]
    [[0, 0, 0], [0, 1, 2], [0, 1, 2]]
    """
    empty = np.zeros(0, dtype=np.int64)
    if len(t.key) == 0 or len(t.a) == 0:
        return empty, empty, empty
    rows = expand(t.u_off[t.a], t.n_u[t.a])
    pair = np.repeat(np.arange(len(t.a), dtype=np.int64), t.n_u[t.a])
    probe = t.key[rows] + (t.b[pair] - t.a[pair]) * t.width
    pos = np.minimum(np.searchsorted(t.key, probe), len(t.key) - 1)
    hit = t.key[pos] == probe
    return pair[hit], rows[hit], pos[hit]


def join_sizes(t: Tables, pair: np.ndarray, ia: np.ndarray, ib: np.ndarray) -> np.ndarray:
    """Per pair, the number of (a sentence, b sentence, shared stem) triples (:func:`~.screen.join_size`).

    >>> d = Doc("Rockets hit. Rockets fell.")
    >>> t = tables([(d, d)]); join_sizes(t, *shared_stems(t)).tolist()
    [6]
    """
    out = np.zeros(len(t.a), dtype=np.int64)
    np.add.at(out, pair, t.cnt[ia] * t.cnt[ib])
    return out


def _sentence_totals(t: Tables, slots: np.ndarray, top: np.ndarray, pair: np.ndarray, rows: np.ndarray,
                     log_both: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Per pair and sentence of one side: summed stem weights (the Dice denominator part) and block offsets."""
    n_s = t.n_s[slots]
    off = _offsets(n_s.tolist())
    cnt = t.cnt[rows]
    post = expand(t.first[rows], cnt)
    idx = np.repeat(off[pair], cnt) + t.se[post]
    fix = np.bincount(idx, weights=np.repeat(np.log(cnt + 1.0) - log_both, cnt), minlength=int(n_s.sum()))
    sent = expand(t.s_off[slots], n_s)
    return t.size[sent] * np.repeat(top, n_s) - t.log_sum[sent] + fix, off


def pair_dice(t: Tables, pair: np.ndarray, ia: np.ndarray, ib: np.ndarray, min_shared: int = 1
              ) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """(pair, a sentence, b sentence, shared stems, Dice) of every sentence pair sharing >= ``min_shared`` stems.

    The same numbers as :func:`~.screen.sentence_pair_dice` pair by pair (rows sorted by pair, then sentences);
    the pairs sharing fewer stems are dropped before their Dice is computed.

    >>> d = Doc("Rockets hit the air base near the river. Nobody was hurt.")
    >>> t = tables([(d, d)]); p, ka, kb, shared, dice = pair_dice(t, *shared_stems(t))
    >>> ka.tolist(), kb.tolist(), shared.tolist(), dice.round(3).tolist()
    ([0, 1], [0, 1], [6, 1], [1.0, 1.0])
    >>> pair_dice(t, *shared_stems(t), min_shared=2)[3].tolist()
    [6]
    """
    na, nb = t.n_s[t.a], t.n_s[t.b]
    top = np.log(na + nb + 1.0) + 1.0
    ca, cb = t.cnt[ia], t.cnt[ib]
    log_both = np.log(ca + cb + 1.0)
    tot_a, off_a = _sentence_totals(t, t.a, top, pair, ia, log_both)
    tot_b, off_b = _sentence_totals(t, t.b, top, pair, ib, log_both)
    a_stem, reps, codes, base = _join(t, pair, ia, ib)
    w = np.repeat((top[pair] - log_both)[a_stem], reps)
    total = int((na * nb).sum())
    if total <= DENSE_BATCH:
        sw, shared = np.bincount(codes, weights=w, minlength=total), np.bincount(codes, minlength=total)
        codes = np.flatnonzero(shared >= max(1, min_shared))
        sw, shared = sw[codes], shared[codes]
    else:
        codes, inv, shared = np.unique(codes, return_inverse=True, return_counts=True)
        sw = np.bincount(inv, weights=w, minlength=len(codes))
        keep = shared >= min_shared
        codes, sw, shared = codes[keep], sw[keep], shared[keep]
    p, ka, kb = _decode(codes, base, nb)
    return p, ka, kb, shared, 2 * sw / (tot_a[off_a[p] + ka] + tot_b[off_b[p] + kb])


def _join(t: Tables, pair: np.ndarray, ia: np.ndarray, ib: np.ndarray
          ) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """Every (a sentence, b sentence) of a shared stem, stem by stem, a posting by a posting, then b posting:
    the stem row of each a posting, the rows each a posting makes, the codes base[pair] + ka * nb + kb, and base.

    The a side is expanded once per a posting and repeated over the b postings: per join row one
    repeat, one posting expansion and one gather, no division.

    >>> d = Doc("Rockets hit. Rockets fell.")
    >>> t = tables([(d, d)]); a_stem, reps, codes, base = _join(t, *shared_stems(t)); sorted(codes.tolist())
    [0, 0, 1, 2, 3, 3]
    """
    ca, cb = t.cnt[ia], t.cnt[ib]
    nb = t.n_s[t.b]
    base = _offsets((t.n_s[t.a] * nb).tolist())
    a_stem = np.repeat(np.arange(len(ia)), ca)  # one row per (shared stem, a posting)
    ps = pair[a_stem]
    a_code = base[ps] + t.se[expand(t.first[ia], ca)] * nb[ps]
    reps = cb[a_stem]
    codes = np.repeat(a_code, reps) + t.se[expand(np.repeat(t.first[ib], ca), reps)]
    return a_stem, reps, codes, base


def _decode(codes: np.ndarray, base: np.ndarray, nb: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Pair, a sentence and b sentence of sorted join codes."""
    p = np.searchsorted(base, codes, side="right") - 1
    local = codes - base[p]
    ka, kb = np.divmod(local, nb[p])
    return p, ka, kb


def sentence_pair_counts(pairs: list[tuple[Doc, Doc]], min_shared: int = 1, rare_cap: int | None = None,
                         store: TableStore | None = None) -> list[tuple[np.ndarray, np.ndarray, np.ndarray]]:
    """Per pair: (a sentence, b sentence, shared content stems) of every sentence pair sharing >= ``min_shared``
    stems, sorted; with ``rare_cap``, only pairs sharing a stem in at most that many sentences of each text
    (the pairs :func:`~.sharedstems.count_arrays` proposes; every shared stem still counts); ``store``: see
    :func:`tables`.

    >>> d = Doc("Rockets hit the air base near the river. Nobody was hurt.")
    >>> [x.tolist() for x in sentence_pair_counts([(d, d)])[0]], [x.tolist() for x in sentence_pair_counts([(d, d)], 2)[0]]
    ([[0, 1], [0, 1], [6, 1]], [[0], [0], [6]])
    >>> e = Doc("Rockets hit the base. Rockets hit the town. Rockets hit.")  # rocket, hit: 3 sentences
    >>> [x.tolist() for x in sentence_pair_counts([(e, e)], 2, rare_cap=2)[0]]  # (0, 1), (2, 2)...: no rare stem
    [[0, 1], [0, 1], [3, 3]]
    """
    t = tables(pairs, store)
    pair, ia, ib = shared_stems(t)
    a_stem, reps, codes, base = _join(t, pair, ia, ib)
    rare = None if rare_cap is None else np.repeat(((t.cnt[ia] <= rare_cap) & (t.cnt[ib] <= rare_cap))[a_stem], reps)
    total = int((t.n_s[t.a] * t.n_s[t.b]).sum())
    if total <= DENSE_BATCH:  # a dense table of sentence pairs beats sorting the codes
        shared = np.bincount(codes, minlength=total)
        keep = shared >= max(1, min_shared)
        if rare is not None:
            keep &= np.bincount(codes[rare], minlength=total) > 0
        codes = np.flatnonzero(keep)
        shared = shared[codes]
    else:
        codes, inv, shared = np.unique(codes, return_inverse=True, return_counts=True)
        keep = shared >= min_shared
        if rare is not None:
            keep &= np.bincount(inv[rare], minlength=len(codes)) > 0
        codes, shared = codes[keep], shared[keep]
    p, ka, kb = _decode(codes, base, t.n_s[t.b])
    bounds = np.searchsorted(p, np.arange(len(pairs) + 1))
    return [(ka[s:e], kb[s:e], shared[s:e]) for s, e in zip(bounds[:-1].tolist(), bounds[1:].tolist())]
