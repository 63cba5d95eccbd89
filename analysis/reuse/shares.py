"""Reporting helpers: each article's reused / quoted / original / boilerplate shares; reworded words."""

from __future__ import annotations

import re

import numpy as np
import pandas as pd

from ..textdiff import word_diff

SHARE_COLUMNS = ["doc_id", "reused", "shared_quote", "original", "boilerplate"]


def article_shares(articles: pd.DataFrame, alignments: pd.DataFrame,
                   removed_chars: dict[str, int] | None = None) -> pd.DataFrame:
    """Share of each article's characters that is reused (in any non-quote passage), shared quotation,
    original, and boilerplate (``removed_chars``: characters the cleaning step removed, counted on top).

    >>> arts = pd.DataFrame({"doc_id": ["x"], "text": ["abcdefghij"]})
    >>> al = pd.DataFrame({"a": ["x"], "b": ["y"], "a_start": [0], "a_end": [5], "b_start": [0], "b_end": [5], "is_quote": [False]})
    >>> article_shares(arts, al)[["reused", "original"]].values.tolist()
    [[0.5, 0.5]]
    """
    rows = []
    removed_chars = removed_chars or {}
    spans: dict[str, list[tuple[int, int, bool]]] = {}
    for side in ("a", "b"):  # every passage once, by document (linear in corpus and alignment size)
        for doc, st, en, q in zip(alignments[side].astype(str), alignments[f"{side}_start"], alignments[f"{side}_end"],
                                  alignments["is_quote"]):
            spans.setdefault(doc, []).append((int(st), int(en), bool(q)))
    for doc, text in zip(articles["doc_id"].astype(str), articles["text"].fillna("").astype(str)):
        n = len(text)
        reused, quoted = np.zeros(n, bool), np.zeros(n, bool)
        for st, en, q in spans.get(doc, ()):
            (quoted if q else reused)[st:en] = True
        quoted &= ~reused
        boiler = int(removed_chars.get(doc, 0))
        total = n + boiler
        if total == 0:
            rows.append({"doc_id": doc, "reused": 0.0, "shared_quote": 0.0, "original": 0.0, "boilerplate": 0.0})
            continue
        r, q = reused.sum() / total, quoted.sum() / total
        b = boiler / total
        rows.append({"doc_id": doc, "reused": round(r, 4), "shared_quote": round(q, 4),
                     "original": round(1 - r - q - b, 4), "boilerplate": round(b, 4)})
    return pd.DataFrame(rows, columns=SHARE_COLUMNS)


def substitutions(alignments: pd.DataFrame, max_words: int = 3) -> pd.DataFrame:
    """Word substitutions made by rewording: short ``replace`` operations of :func:`word_diff`, counted.

    >>> al = pd.DataFrame({"a_text": ["the big dog barked loudly"], "b_text": ["the large dog barked loudly"]})
    >>> substitutions(al).values.tolist()
    [['big', 'large', 1]]
    """
    rows = []
    for a, b in zip(alignments["a_text"], alignments["b_text"]):
        d = word_diff(a, b)
        rep = d[d["op"] == "replace"]
        for x, y in zip(rep["a_words"], rep["b_words"]):
            if (len(x.split()) <= max_words and len(y.split()) <= max_words
                    and not re.search(r"[.!?][\"”’]?\s", f"{x} {y} ")):  # not across a sentence end
                rows.append((x.strip(".,;:“”\"‘’()").lower(), y.strip(".,;:“”\"‘’()").lower()))
    df = pd.DataFrame(rows, columns=["a_words", "b_words"])
    out = df.value_counts().rename("n").reset_index() if len(df) else pd.DataFrame(columns=["a_words", "b_words", "n"])
    return out.sort_values(["n", "a_words", "b_words"], ascending=[False, True, True], ignore_index=True)


RELATION_RANK = {"derived": 0, "shared_source": 1, "same_events": 2, "unrelated": 3}


def top_pairs(pairs: pd.DataFrame, n: int) -> pd.DataFrame:
    """The ``n`` pairs to show first: derived, then shared_source, same_events, unrelated; by overlap within.

    >>> p = pd.DataFrame({"a": ["x", "x"], "b": ["y", "z"], "relation": ["unrelated", "derived"], "overlap": [0.9, 0.5]})
    >>> top_pairs(p, 1)[["a", "b"]].values.tolist()
    [['x', 'z']]
    """
    rank = pairs["relation"].map(RELATION_RANK).fillna(len(RELATION_RANK))
    order = pairs.assign(_r=rank, _o=-pairs["overlap"]).sort_values(["_r", "_o", "a", "b"], kind="stable")
    return order.drop(columns=["_r", "_o"]).head(n)


def top_articles(pairs: pd.DataFrame, n: int, every: list[str] | None = None) -> list[str]:
    """Up to ``n`` article ids to show: those of the top pairs, in that order (then the rest of ``every``).

    >>> p = pd.DataFrame({"a": ["x", "x"], "b": ["y", "z"], "relation": ["unrelated", "derived"], "overlap": [0.9, 0.5]})
    >>> top_articles(p, 2), top_articles(p.iloc[0:0], 2, ["q", "r", "s"])
    (['x', 'z'], ['q', 'r'])
    """
    seen: list[str] = []
    for a, b in zip(*top_pairs(pairs, len(pairs))[["a", "b"]].values.T) if len(pairs) else []:
        for d in (a, b):
            if d not in seen and len(seen) < n:
                seen.append(d)
    for d in every or []:
        if d not in seen and len(seen) < n:
            seen.append(d)
    return seen
