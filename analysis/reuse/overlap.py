"""Text reuse between articles, in one namespace: ``from analysis.reuse import overlap``.

The work is split by step (each module says what it does):

* :mod:`.candidates` -- candidate pairs of a corpus from shared rare features (no N^2 comparison);
* :mod:`.measures` -- :func:`pair_similarity`: containment, Jaccard, TF-IDF cosines, reuse shares, overlap;
* :mod:`.alignment` -- :func:`align`: every shared passage with exact character offsets on both sides;
* :mod:`.sentences` -- sentence and paraphrase matching (sentence scores, rewritten blocks);
* :mod:`.relations` -- relation (derived, shared_source, same_events, unrelated) and direction of a pair;
* :mod:`.corpus` -- :func:`find_reuse` / :func:`find_reuse_detailed` for a whole corpus;
* :mod:`.shares` -- :func:`article_shares` and :func:`substitutions` for reporting;
* :mod:`.tokens`, :mod:`.quotespans`, :mod:`.vectors`, :mod:`.document` -- the features they share;
* :mod:`.constants` -- every threshold with its evidence;
* ``analysis.validate.reuse`` -- :func:`evaluate_heldout` (scoring against the held-out overlap set).
"""

from __future__ import annotations

from ..textdiff import diff_html, word_diff
from ..validate.reuse import evaluate_heldout, load_heldout
from .alignment import align
from .constants import *  # noqa: F401,F403  (every threshold, e.g. overlap.SENTENCE_THRESHOLD)
from .corpus import find_reuse, find_reuse_detailed
from .measures import pair_similarity
from .quotespans import quote_spans
from .shares import RELATION_RANK, article_shares, substitutions, top_articles, top_pairs
from .tokens import split_sentences, tokenize

__all__ = [
    "pair_similarity",
    "align",
    "find_reuse",
    "find_reuse_detailed",
    "article_shares",
    "word_diff",
    "substitutions",
    "diff_html",
    "tokenize",
    "split_sentences",
    "quote_spans",
    "evaluate_heldout",
    "load_heldout",
    "top_pairs",
    "top_articles",
]
