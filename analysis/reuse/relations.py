"""Relation and direction of an aligned pair: derived, shared_source, same_events or unrelated."""

from __future__ import annotations

from functools import lru_cache

import pandas as pd

from .alignment import align_records
from .constants import (DERIVED_SHARE, SAME_EVENTS_COSINE, SAME_EVENTS_MAX_DAYS, SHARED_MIN_CHARS,
                        SHARED_MIN_VERBATIM)
from .document import Doc
from .measures import measures, union_length
from .sharedstems import Counts

PAIR_COLUMNS = ["a", "b", "label_a", "label_b", "published_a", "published_b", "candidate", "shared_features",
                "containment_ab", "containment_ba", "jaccard", "tfidf_word", "tfidf_char", "reuse_share_a",
                "reuse_share_b", "overlap", "n_passages", "n_verbatim", "n_reworded", "n_quote_passages",
                "reused_chars", "verbatim_chars", "relation", "direction", "earlier", "evidence"]


def relation(share_a: float, share_b: float, reused_chars: int, verbatim_chars: int, cos_word: float,
             n_quote: int, days_apart: int | None) -> tuple[str, str]:
    """Relation label and a one-line reason from reuse shares, topical cosine and date distance.

    >>> relation(0.7, 0.2, 900, 0, 0.5, 0, None)[0], relation(0.0, 0.0, 0, 0, 0.5, 0, 400)[0]
    ('derived', 'unrelated')
    """
    if max(share_a, share_b) >= DERIVED_SHARE:
        return "derived", f"{max(share_a, share_b):.0%} of one side is reused text"
    if reused_chars >= SHARED_MIN_CHARS or verbatim_chars >= SHARED_MIN_VERBATIM:
        return "shared_source", f"{reused_chars} reused characters ({verbatim_chars} verbatim), neither side mostly reused"
    if days_apart is not None and days_apart > SAME_EVENTS_MAX_DAYS:
        return "unrelated", f"no substantial shared text; published {days_apart} days apart"
    if cos_word >= SAME_EVENTS_COSINE or n_quote:
        why = "shared quotation" if n_quote else f"word cosine {cos_word:.2f}"
        return "same_events", f"no substantial shared text; {why}"
    return "unrelated", f"no substantial shared text; word cosine {cos_word:.2f}"


def days_apart(pub_a: str, pub_b: str) -> int | None:
    """Days between two ISO dates; None when either is missing or unparseable.

    >>> days_apart("2021-07-07", "2021-07-09"), days_apart("", "2021-07-09")
    (2, None)
    """
    da, db = _day(pub_a[:10] if pub_a else ""), _day(pub_b[:10] if pub_b else "")
    return abs(da - db) if da is not None and db is not None else None


@lru_cache(maxsize=100_000)
def _day(iso_date: str) -> int | None:
    """Day number of an ISO date (None when empty or unparseable)."""
    try:
        return pd.Timestamp(iso_date).toordinal() if iso_date else None
    except (ValueError, TypeError):
        return None


def direction(rel: str, doc_a: str, doc_b: str, pub_a: str, pub_b: str) -> tuple[str, str]:
    """Direction of reuse from publication dates ('unknown' when a date is missing) and the earlier doc.

    >>> direction("derived", "x", "y", "2021-07-07", "2021-07-09")
    ('a -> b', 'x')
    """
    if rel not in ("derived", "shared_source"):
        return "n/a", ""
    pa, pb = (pub_a or "")[:10], (pub_b or "")[:10]
    if not pa or not pb:
        return "unknown", ""
    if pa == pb:
        return "same date", ""
    if rel == "shared_source":
        return ("a earlier", doc_a) if pa < pb else ("b earlier", doc_b)
    return ("a -> b", doc_a) if pa < pb else ("b -> a", doc_b)


def iso(value: object) -> str:
    """A publication date as an ISO string ('' when missing).

    >>> iso(pd.Timestamp("2021-07-09 10:00")), iso(None), iso("2021-07-07")
    ('2021-07-09', '', '2021-07-07')
    """
    if value is None or (not isinstance(value, str) and pd.isna(value)):
        return ""
    if hasattr(value, "isoformat"):
        return value.isoformat()[:10]
    return str(value).strip()


def pair_row(da: Doc, db: Doc, meta_a: tuple, meta_b: tuple, cw: float, cc: float,
             shared: int | None, aligned: bool = True, counts: Counts | None = None,
             runs: list[list[int]] | None = None) -> tuple[dict, list[dict]]:
    """Align one pair and build its output row and passage rows (meta = doc_id, label, published).

    ``aligned=False``: the pair was screened out (no passage possible), the row is built without aligning.
    ``counts``, ``runs``: shared stems of its sentence pairs and its verbatim runs, if known
    (see :func:`~.alignment.align_records`).

    >>> d = Doc("Rockets hit the base near the river on Tuesday night, officials said.")
    >>> row, al = pair_row(d, d, ("x", "X", "2021-07-07"), ("y", "Y", "2021-07-09"), 1.0, 1.0, 3)
    >>> row["relation"], row["direction"], len(al)
    ('derived', 'a -> b', 1)
    """
    rows = align_records(da, db, counts=counts, runs=runs) if aligned else []
    m = measures(da, db, cw, cc, rows)
    nq = [r for r in rows if not r["is_quote"]]
    reused = max(union_length([(r["a_start"], r["a_end"]) for r in nq]),
                 union_length([(r["b_start"], r["b_end"]) for r in nq])) if nq else 0
    vchars = union_length([(r["a_start"], r["a_end"]) for r in nq if r["kind"] == "verbatim"])
    n_quote = len(rows) - len(nq)
    rel, why = relation(m["reuse_share_a"], m["reuse_share_b"], reused, vchars, m["tfidf_word"], n_quote,
                        days_apart(meta_a[2], meta_b[2]))
    way, earlier = direction(rel, meta_a[0], meta_b[0], meta_a[2], meta_b[2])
    row = {"a": meta_a[0], "b": meta_b[0], "label_a": meta_a[1], "label_b": meta_b[1],
           "published_a": meta_a[2], "published_b": meta_b[2], "candidate": shared is not None,
           "shared_features": shared or 0, **m, "n_passages": len(rows),
           "n_verbatim": sum(r["kind"] == "verbatim" for r in rows),
           "n_reworded": sum(r["kind"] == "reworded" for r in rows), "n_quote_passages": n_quote,
           "reused_chars": reused, "verbatim_chars": vchars, "relation": rel, "direction": way,
           "earlier": earlier, "evidence": why}
    return row, [{"a": meta_a[0], "b": meta_b[0], **r} for r in rows]
