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
    for doc, text in zip(articles["doc_id"].astype(str), articles["text"].fillna("").astype(str)):
        n = len(text)
        reused, quoted = np.zeros(n, bool), np.zeros(n, bool)
        for side in ("a", "b"):
            sub = alignments[alignments[side].astype(str) == doc]
            for s, e, q in zip(sub[f"{side}_start"], sub[f"{side}_end"], sub["is_quote"]):
                (quoted if q else reused)[int(s):int(e)] = True
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
