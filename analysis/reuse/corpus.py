"""Reuse across a whole corpus: featurise, generate candidate pairs, align each, label relations."""

from __future__ import annotations

import gc
import multiprocessing as mp
import os
from itertools import combinations

import pandas as pd

from .alignment import alignment_frame
from .candidates import candidate_pairs
from .constants import MIN_SHARED_FEATURES
from .document import Doc
from .relations import PAIR_COLUMNS, iso, pair_row
from .vectors import cosine, idf_weighted

_WORK: tuple | None = None  # shared with forked workers of find_reuse_detailed


def _align_chunk(chunk: list[tuple[int, int]]) -> tuple[list[dict], list[dict]]:
    """Align a chunk of candidate pairs (runs in the parent or in a forked worker)."""
    docs, ids, labels, pubs, word, char, cand = _WORK  # type: ignore[misc]
    rows, al_rows = [], []
    gc_was = gc.isenabled()
    gc.disable()  # many small long-lived objects: the cyclic GC only costs time here
    try:
        for i, j in chunk:
            row, al = pair_row(docs[i], docs[j], (ids[i], labels[i], pubs[i]), (ids[j], labels[j], pubs[j]),
                               cosine(word[i], word[j]), cosine(char[i], char[j]), cand.get((i, j)))
            rows.append(row)
            al_rows.extend(al)
    finally:
        if gc_was:
            gc.enable()
    return rows, al_rows


def _columns(arts: pd.DataFrame) -> tuple[list[str], list[str], list[str], list[str]]:
    """doc ids, texts, ISO publication dates and labels (label, else outlet, else doc id) as lists."""
    n = len(arts)
    ids = arts["doc_id"].astype(str).tolist()
    texts = [t if isinstance(t, str) else "" for t in arts["text"].tolist()]
    pubs = [iso(p) for p in arts["published"].tolist()] if "published" in arts else [""] * n
    lab_col = "label" if "label" in arts else ("outlet" if "outlet" in arts else "doc_id")
    labels = [str(x) if isinstance(x, str) else "" for x in arts[lab_col].tolist()]
    return ids, texts, pubs, labels


def _featurise(texts: list[str], mode: str) -> list[Doc]:
    """Featurise every text (cyclic GC off meanwhile: many small long-lived objects)."""
    gc_was = gc.isenabled()
    gc.disable()
    try:
        return [Doc(t, None, mode) for t in texts]
    finally:
        if gc_was:
            gc.enable()


def _run_chunks(pairs: list[tuple[int, int]], n_jobs: int | None) -> list[tuple[list[dict], list[dict]]]:
    """Align chunks of 500 pairs, in forked workers when worth it."""
    jobs = n_jobs if n_jobs is not None else (min(2, os.cpu_count() or 1) if len(pairs) >= 1000 else 1)
    chunks = [pairs[k: k + 500] for k in range(0, len(pairs), 500)]
    if jobs > 1 and len(chunks) > 1 and "fork" in mp.get_all_start_methods():
        with mp.get_context("fork").Pool(jobs) as pool:
            return pool.map(_align_chunk, chunks)
    return [_align_chunk(c) for c in chunks]


def find_reuse_detailed(articles: pd.DataFrame, *, max_df: int | None = None, min_shared: int = MIN_SHARED_FEATURES,
                        all_pairs: bool | None = None, quote_mode: str = "auto", n_jobs: int | None = None
                        ) -> tuple[pd.DataFrame, pd.DataFrame]:
    """:func:`find_reuse` plus the alignment table (one row per passage, with ``a``/``b`` doc ids).

    ``quote_mode``: ``module`` (``analysis.quotes.extract_quotes``), ``scan`` (fast quote-mark scan) or
    ``auto`` (module for corpora of up to 200 articles, scan above). ``n_jobs``: worker processes for
    the alignment step (default: 2 when there are >= 1,000 pairs and 2 cores, else 1; needs ``fork``).

    >>> arts = pd.DataFrame({"doc_id": ["x", "y"], "text": ["a b c d e f g h i j", "k l m"], "published": ["", ""]})
    >>> p, al = find_reuse_detailed(arts); (len(p), len(al))
    (1, 0)
    """
    arts = articles.reset_index(drop=True)
    n = len(arts)
    ids, texts, pubs, labels = _columns(arts)
    mode = quote_mode if quote_mode != "auto" else ("module" if n <= 200 else "scan")
    docs = _featurise(texts, mode)
    if max_df is None:
        max_df = max(3, min(100, int(0.05 * n)))
    cand = candidate_pairs(docs, max_df=max_df, min_shared=min_shared)
    if all_pairs is None:
        all_pairs = n <= 50
    pairs = list(combinations(range(n), 2)) if all_pairs else sorted(cand)
    used = sorted({x for p in pairs for x in p})
    word = dict(zip(range(n), idf_weighted([d.word_tf for d in docs])))  # corpus IDF
    char = dict(zip(used, idf_weighted([docs[k].char_tf for k in used])))  # IDF over aligned docs
    global _WORK
    _WORK = (docs, ids, labels, pubs, word, char, cand)
    try:
        parts = _run_chunks(pairs, n_jobs)
    finally:
        _WORK = None
    rows = [r for part in parts for r in part[0]]
    al_rows = [r for part in parts for r in part[1]]
    pairs_df = pd.DataFrame(rows, columns=PAIR_COLUMNS).sort_values(["a", "b"], ignore_index=True)
    al_df = alignment_frame(al_rows, ["a", "b"]).sort_values(["a", "b", "a_start", "b_start"], ignore_index=True)
    return pairs_df, al_df


def find_reuse(articles: pd.DataFrame, *, max_df: int | None = None, min_shared: int = MIN_SHARED_FEATURES,
               all_pairs: bool | None = None, quote_mode: str = "auto", n_jobs: int | None = None) -> pd.DataFrame:
    """Reuse between the articles of a corpus, one row per candidate pair (``a``, ``b`` in input order).

    ``articles`` needs ``doc_id``, ``text`` and ``published`` (ISO date or ''); ``label`` or ``outlet``
    is carried along. Candidate pairs come from an inverted index of rare features (word 4-grams and
    triples of rare content stems per sentence): a pair needs ``min_shared`` of them (default
    ``MIN_SHARED_FEATURES``); features in more than ``max_df`` documents
    (default 5 % of the corpus, clipped to 3..100) are discounted as boilerplate, so the cost grows
    with the number of pairs that share something, not with N^2. Small corpora (<= 50 articles, or
    ``all_pairs=True``) get every pair. Each pair is aligned (:func:`align`) and labelled:
    ``derived`` (>= ``DERIVED_SHARE`` of one side is reused non-quotation text), ``shared_source``
    (>= ``SHARED_MIN_CHARS`` reused or ``SHARED_MIN_VERBATIM`` verbatim characters, but neither side
    mostly reused: both draw on a third text, or one took a small part of the other),
    ``same_events`` (no substantial shared text, but word TF-IDF cosine >= ``SAME_EVENTS_COSINE`` or
    a shared quotation, and not published more than ``SAME_EVENTS_MAX_DAYS`` apart), else
    ``unrelated``. ``direction`` compares ``published`` dates: 'a -> b' (a is earlier, b reused it),
    'b -> a', 'same date', 'unknown' (a date is missing), 'n/a' (no reuse); ``earlier`` names the
    earlier document.

    >>> arts = pd.DataFrame({"doc_id": ["x", "y"], "text": ["one two", "three four"], "published": ["", ""]})
    >>> find_reuse(arts)["relation"].tolist()
    ['unrelated']
    """
    return find_reuse_detailed(articles, max_df=max_df, min_shared=min_shared, all_pairs=all_pairs,
                               quote_mode=quote_mode, n_jobs=n_jobs)[0]
