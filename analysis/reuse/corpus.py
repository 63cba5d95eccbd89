"""Reuse across a whole corpus: featurise, generate candidate pairs, align each, label relations.

The steps are functions of a slice of the corpus plus corpus-wide frequency tables, so that
``analysis.scale.find_reuse`` runs the very same code as partitions on a Dask cluster and returns
exactly the same tables; :func:`find_reuse_detailed` runs them in this process.
"""

from __future__ import annotations

import multiprocessing as mp
import os
from collections.abc import Callable
from itertools import combinations

import numpy as np
import pandas as pd

from ..progress import progress as progress_bar
from ..runtime import no_gc
from ..text.checks import require_frame
from .alignment import alignment_frame
from .candidates import DENSE_KEYS, Table, candidate_pairs, distinct_frequency_table, frequency_table
from .constants import MIN_SHARED_FEATURES, SAME_EVENTS_COSINE, SAME_EVENTS_MAX_DAYS, STEM_DF_CAP
from .document import Doc
from .relations import PAIR_COLUMNS, days_apart, iso, pair_row
from .pairjoin import TableStore, batches, sentence_pair_counts
from .screen import SCREEN_BATCH, assign_gram_ids, join_size, screen_pairs
from .sharedstems import Counts
from .vectors import Vector, cosine

#: Pairs aligned per chunk (the unit of work of the forked workers and of the progress bar).
CHUNK_PAIRS = 500
_WORK: tuple | None = None  # shared with forked workers of find_reuse_detailed


def article_columns(arts: pd.DataFrame) -> tuple[list[str], list[str], list[str], list[str]]:
    """doc ids, texts, ISO publication dates and labels (label, else outlet, else doc id) as lists.

    >>> article_columns(pd.DataFrame({"doc_id": ["x"], "text": [None], "outlet": ["AP"]}))
    (['x'], [''], [''], ['AP'])
    """
    n = len(arts)
    ids = arts["doc_id"].astype(str).tolist()
    texts = [t if isinstance(t, str) else "" for t in arts["text"].tolist()]
    pubs = [iso(p) for p in arts["published"].tolist()] if "published" in arts else [""] * n
    lab_col = "label" if "label" in arts else ("outlet" if "outlet" in arts else "doc_id")
    labels = [str(x) if isinstance(x, str) else "" for x in arts[lab_col].tolist()]
    return ids, texts, pubs, labels


#: The ``quote_mode`` values of :func:`find_reuse`.
QUOTE_MODES = frozenset({"auto", "module", "scan"})


def quote_mode_for(n_articles: int, quote_mode: str) -> str:
    """``auto``: the quotation module for corpora of up to 200 articles, the quote-mark scan above.

    >>> quote_mode_for(5, "auto"), quote_mode_for(201, "auto"), quote_mode_for(5, "scan")
    ('module', 'scan', 'scan')
    """
    return quote_mode if quote_mode != "auto" else ("module" if n_articles <= 200 else "scan")


def default_max_df(n_articles: int) -> int:
    """Features in more than this many articles pair nothing: 5 % of the corpus, clipped to 3..100.

    >>> default_max_df(40), default_max_df(1000), default_max_df(10 ** 6)
    (3, 50, 100)
    """
    return max(3, min(100, int(0.05 * n_articles)))


def featurise(texts: list[str], mode: str, progress: bool | None = None) -> list[Doc]:
    """Featurise every text."""
    with no_gc():
        return [Doc(t, None, mode) for t in progress_bar(texts, progress, desc="reuse: featurise", unit="article")]


def idf_weigher(table: Table, n_docs: int) -> Callable[[Vector], Vector]:
    """A function multiplying a tf vector by the smooth IDF ln((1 + n) / (1 + df)) + 1 of a frequency table.

    Small keys (character n-gram buckets) find their IDF in a dense table, others by a binary search.

    >>> t = (np.array([1, 2], dtype=np.uint64), np.array([2, 1]))
    >>> idf_weigher(t, 2)((np.array([2], dtype=np.uint64), np.array([1.0])))[1].round(3).tolist()
    [1.405]
    """
    keys, df = table
    idf = np.log((1 + n_docs) / (1 + df)) + 1.0
    if len(keys) and keys.dtype.itemsize <= 4 and keys.dtype.kind == "u" and int(keys[-1]) < DENSE_KEYS:
        top = int(keys[-1])
        dense = np.zeros(top + 1)
        dense[keys] = idf

        def weigh(v: Vector) -> Vector:
            k, w = v
            return (k, w * dense[k]) if not len(k) or int(k[-1]) <= top else (k, w * idf[np.searchsorted(keys, k)])
        return weigh
    return lambda v: (v[0], v[1] * idf[np.searchsorted(keys, v[0])])


def idf_vectors(vecs: list[Vector], table: Table, n_docs: int) -> list[Vector]:
    """Multiply tf vectors by the smooth IDF ln((1 + n) / (1 + df)) + 1 of a corpus-wide frequency table.

    >>> t = (np.array([1, 2], dtype=np.uint64), np.array([2, 1]))
    >>> idf_vectors([(np.array([2], dtype=np.uint64), np.array([1.0]))], t, 2)[0][1].round(3).tolist()
    [1.405]
    """
    return list(map(idf_weigher(table, n_docs), vecs))


class IdfVectors(dict):
    """Document number -> its tf vector (``tf_of(k)``) times the corpus IDF, computed when first asked for (the
    cosines are only needed for the pairs that keep a row).

    >>> t = (np.array([1, 2], dtype=np.uint64), np.array([2, 1]))
    >>> IdfVectors([(np.array([2], dtype=np.uint64), np.array([1.0]))].__getitem__, t, 2)[0][1].round(3).tolist()
    [1.405]
    """

    def __init__(self, tf_of: Callable[[int], Vector], table: Table, n_docs: int) -> None:
        super().__init__()
        self.tf_of, self.weigh = tf_of, idf_weigher(table, n_docs)

    def __missing__(self, k: int) -> Vector:
        v = self[k] = self.weigh(self.tf_of(k))
        return v


def _char_tf_of(docs: list[Doc]) -> Callable[[int], Vector]:
    """Document number -> character n-gram tf vector of ``docs``."""
    return lambda k: docs[k].char_tf


def may_be_same_events(meta_a: tuple, meta_b: tuple, cos_word: float) -> bool:
    """Whether a pair without shared passages is labelled ``same_events`` (word cosine, dates; see ``relation``).

    >>> a, b = ("x", "X", "2021-07-07"), ("y", "Y", "")
    >>> may_be_same_events(a, b, 0.3), may_be_same_events(a, b, 0.1)
    (True, False)
    """
    days = days_apart(meta_a[2], meta_b[2])
    return cos_word >= SAME_EVENTS_COSINE and (days is None or days <= SAME_EVENTS_MAX_DAYS)


def align_pairs(pairs: list[tuple[int, int]], docs: dict[int, Doc], meta: dict[int, tuple[str, str, str]],
                word: dict[int, Vector], char: dict[int, Vector], cand: dict[tuple[int, int], int],
                screen: bool = False, store: TableStore | None = None) -> tuple[list[dict], list[dict]]:
    """Align candidate pairs (document numbers) and label them: pair rows and passage rows.

    ``screen``: pairs without evidence of a passage are not aligned (:func:`~.screen.screen_pairs`);
    they keep a row (with no passages) only when it says ``same_events``, else they are left out. ``store``: the
    stem tables of the documents, concatenated once for every chunk (:class:`~.pairjoin.TableStore`).

    >>> s = "Rockets hit the base near the river on Tuesday night, officials said."
    >>> docs, meta = {0: Doc(s), 1: Doc(s)}, {0: ("x", "X", ""), 1: ("y", "Y", "")}
    >>> vec = {k: (np.zeros(0, dtype=np.uint64), np.zeros(0)) for k in docs}
    >>> rows, passages = align_pairs([(0, 1)], docs, meta, vec, vec, {}, screen=True)
    >>> rows[0]["relation"], len(passages)
    ('derived', 1)
    """
    rows, al_rows = [], []
    with no_gc():
        runs: dict[int, list[list[int]]] = {}
        flags = screen_pairs([(docs[i], docs[j]) for i, j in pairs], runs, store) if screen else [True] * len(pairs)
        counts = _sentence_counts([p for p, f in zip(pairs, flags) if f], docs, store)
        for k, ((i, j), passages) in enumerate(zip(pairs, flags)):
            if not passages and (days_apart(meta[i][2], meta[j][2]) or 0) > SAME_EVENTS_MAX_DAYS:
                continue  # not same_events whatever the cosine (see may_be_same_events)
            cw = cosine(word[i], word[j])
            if not passages and not may_be_same_events(meta[i], meta[j], cw):
                continue
            row, al = pair_row(docs[i], docs[j], meta[i], meta[j], cw, cosine(char[i], char[j]), cand.get((i, j)),
                               aligned=passages, counts=counts.get((i, j)), runs=runs.get(k))
            rows.append(row)
            al_rows.extend(al)
    return rows, al_rows


def _sentence_counts(pairs: list[tuple[int, int]], docs: dict[int, Doc], store: TableStore | None = None
                     ) -> dict[tuple[int, int], Counts]:
    """Shared stems of the sentence pairs sharing >= 2 (all the alignment uses) of the pairs to align, in one
    batch: the pairs :func:`~.sharedstems.count_arrays` proposes (a shared stem in at most ``STEM_DF_CAP``
    sentences of each text), for pairs of texts whose join of shared stems stays within ``STEM_DF_CAP`` rows
    per stem occurrence (the alignment counts the others itself, so that the work stays linear).

    >>> d = Doc("Rockets hit the air base near the river. Nobody was hurt.")
    >>> [x.tolist() for x in _sentence_counts([(0, 1)], {0: d, 1: d})[(0, 1)]]
    [[0], [0], [6]]
    """
    pairs = [(i, j) for i, j in pairs if max(docs[i].max_stem_df, docs[j].max_stem_df) <= STEM_DF_CAP
             or join_size(docs[i], docs[j]) <= STEM_DF_CAP * (len(docs[i].stem_postings[0]) + len(docs[j].stem_postings[0]))]
    out: dict[tuple[int, int], Counts] = {}
    for s, e in batches([(docs[i], docs[j]) for i, j in pairs], SCREEN_BATCH):
        part = pairs[s: e]
        out.update(zip(part, sentence_pair_counts([(docs[i], docs[j]) for i, j in part], 2, STEM_DF_CAP, store)))
    return out


def result_frames(rows: list[dict], al_rows: list[dict]) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Pair and passage rows as the two output tables, sorted by document ids and offsets."""
    pairs_df = pd.DataFrame(rows, columns=PAIR_COLUMNS).sort_values(["a", "b"], ignore_index=True)
    al_df = alignment_frame(al_rows, ["a", "b"]).sort_values(["a", "b", "a_start", "b_start"], ignore_index=True)
    return pairs_df, al_df


def _align_chunk(chunk: list[tuple[int, int]]) -> tuple[list[dict], list[dict]]:
    """Align a chunk of candidate pairs (runs in the parent or in a forked worker)."""
    return align_pairs(chunk, *_WORK)  # type: ignore[misc]


def _run_chunks(pairs: list[tuple[int, int]], n_jobs: int | None, progress: bool | None
                ) -> list[tuple[list[dict], list[dict]]]:
    """Align chunks of pairs, in forked workers when worth it (default: 2 from 1,000 pairs on 2+ cores)."""
    n_jobs = n_jobs if n_jobs is not None else (min(2, os.cpu_count() or 1) if len(pairs) >= 1000 else 1)
    chunks = [pairs[k: k + CHUNK_PAIRS] for k in range(0, len(pairs), CHUNK_PAIRS)]
    bar = {"enabled": progress, "desc": "reuse: align pairs", "total": len(chunks), "unit": "chunk"}
    if n_jobs > 1 and len(chunks) > 1 and "fork" in mp.get_all_start_methods():
        with mp.get_context("fork").Pool(n_jobs) as pool:
            return list(progress_bar(pool.imap(_align_chunk, chunks), **bar))
    with no_gc():  # one collection at the end, not one per chunk
        return [_align_chunk(c) for c in progress_bar(chunks, **bar)]


def find_reuse_detailed(articles: pd.DataFrame, *, max_df: int | None = None, min_shared: int = MIN_SHARED_FEATURES,
                        all_pairs: bool | None = None, quote_mode: str = "auto", n_jobs: int | None = None,
                        progress: bool | None = None, screen: bool | None = None) -> tuple[pd.DataFrame, pd.DataFrame]:
    """:func:`find_reuse` plus the alignment table (one row per passage, with ``a``/``b`` doc ids).

    ``quote_mode``: ``module`` (the spans of ``analysis.quotes.extract_quotes``), ``scan`` (fast quote-mark scan) or
    ``auto`` (module for corpora of up to 200 articles, scan above). ``n_jobs``: forked worker
    processes for the alignment step (default: 2 when there are >= 1,000 pairs and 2 cores, else 1;
    ``analysis.scale.find_reuse`` spreads the work over a Dask cluster instead). ``progress``: a
    progress bar (None: only in an interactive terminal). ``screen``: pre-screen candidate pairs
    (:func:`~.screen.may_share_passages`; default: on unless every pair is aligned).

    >>> arts = pd.DataFrame({"doc_id": ["x", "y"], "text": ["a b c d e f g h i j", "k l m"], "published": ["", ""]})
    >>> p, al = find_reuse_detailed(arts); (len(p), len(al))
    (1, 0)
    """
    articles = require_frame(articles, "articles", ["doc_id", "text"])
    if quote_mode not in QUOTE_MODES:
        raise ValueError(f"quote_mode must be one of {sorted(QUOTE_MODES)}, got {quote_mode!r}")
    ids, texts, pubs, labels = article_columns(articles.reset_index(drop=True))
    n = len(ids)
    global _WORK
    with no_gc():  # millions of small objects and no cycles: one collection at the end
        docs = featurise(texts, quote_mode_for(n, quote_mode), progress)
        max_df = default_max_df(n) if max_df is None else max_df
        cand = candidate_pairs(docs, max_df=max_df, min_shared=min_shared)
        every = n <= 50 if all_pairs is None else all_pairs
        pairs = list(combinations(range(n), 2)) if every else sorted(cand)
        screen = not every if screen is None else screen
        if screen:
            assign_gram_ids(docs)  # one 4-gram vocabulary for the screen's batched verbatim check
        word_vecs = IdfVectors([d.word_tf for d in docs].__getitem__, frequency_table(d.word_tf[0] for d in docs), n)
        # the same table as frequency_table(d.char_tf[0] for d in docs), without sorting every document's n-grams
        char_vecs = IdfVectors(_char_tf_of(docs), distinct_frequency_table(d.char_gram_array() for d in docs), n)
        store = TableStore([docs[k] for k in sorted({k for p in pairs for k in p})])  # concatenated when first used
        _WORK = (dict(enumerate(docs)), {k: (ids[k], labels[k], pubs[k]) for k in range(n)},
                 word_vecs, char_vecs, cand, screen, store)
        try:
            parts = _run_chunks(pairs, n_jobs, progress)
        finally:
            _WORK = None
    return result_frames([r for p in parts for r in p[0]], [r for p in parts for r in p[1]])


def find_reuse(articles: pd.DataFrame, *, max_df: int | None = None, min_shared: int = MIN_SHARED_FEATURES,
               all_pairs: bool | None = None, quote_mode: str = "auto", n_jobs: int | None = None,
               progress: bool | None = None, screen: bool | None = None) -> pd.DataFrame:
    """Reuse between the articles of a corpus, one row per candidate pair not screened out (a, b in input order).

    ``articles`` needs ``doc_id``, ``text`` and ``published`` (ISO date or ''); ``label`` or ``outlet``
    is carried along. Candidate pairs come from an inverted index of rare features (word 4-grams and
    triples of rare content stems per sentence): a pair needs ``min_shared`` of them (default
    ``MIN_SHARED_FEATURES``); features in more than ``max_df`` documents (default 5 % of the corpus,
    clipped to 3..100) are discounted as boilerplate, so the cost grows with the number of pairs
    that share something, not with N^2. Small corpora (<= 50 articles, or ``all_pairs=True``) get
    every pair. Candidate pairs are then pre-screened (``screen``, default on for candidate pairs): a
    pair with no verbatim run, no sentence pair that could be a reworded match and no pair of
    neighbouring sentence matches that could seed a rewritten block (:func:`~.screen.may_share_passages`)
    is not aligned; it keeps a row (with no passages) only when that row says ``same_events``.
    Each remaining pair is aligned (:func:`align`) and labelled:
    ``derived`` (>= ``DERIVED_SHARE`` of one side is reused non-quotation text), ``shared_source``
    (>= ``SHARED_MIN_CHARS`` reused or ``SHARED_MIN_VERBATIM`` verbatim characters, but neither side
    mostly reused: both draw on a third text, or one took a small part of the other),
    ``same_events`` (no substantial shared text, but word TF-IDF cosine >= ``SAME_EVENTS_COSINE`` or
    a shared quotation, and not published more than ``SAME_EVENTS_MAX_DAYS`` apart), else
    ``unrelated``. ``direction`` compares ``published`` dates: 'a -> b' (a is earlier, b reused it),
    'b -> a', 'same date', 'unknown' (a date is missing), 'n/a' (no reuse); ``earlier`` names the
    earlier document. Both TF-IDF cosines use IDF fitted on the whole corpus.

    >>> arts = pd.DataFrame({"doc_id": ["x", "y"], "text": ["one two", "three four"], "published": ["", ""]})
    >>> find_reuse(arts)["relation"].tolist()
    ['unrelated']
    """
    return find_reuse_detailed(articles, max_df=max_df, min_shared=min_shared, all_pairs=all_pairs,
                               quote_mode=quote_mode, n_jobs=n_jobs, progress=progress, screen=screen)[0]
