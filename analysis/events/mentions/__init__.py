"""Incident mentions: one row per report of a violent event in the cleaned sentences of a corpus.

For each article:

1. **Candidate sentences.** One regular expression of every event cue and weapon word
   (:mod:`analysis.events.vocabulary`) picks the sentences worth reading; the rest of the article
   costs one scan. Time expressions are found (``date_mentions``) only in the paragraphs holding
   candidates, the other characters blanked so that offsets hold.
2. **Clauses into mentions.** A candidate sentence is cut into clauses
   (:mod:`analysis.events.clauses`); clauses are grouped into mentions: a clause with its own event
   cue starts a new mention when it brings its own place, weapon family, agent or kind of event
   (claim, threat); other clauses (a participial "killing three", a "rocket attack" phrase) join the
   mention they belong to. Each mention's slots are filled from its own clauses only.
3. **Slots.** Event type, agent and target (:mod:`analysis.events.triggers`), weapon and ACLED
   sub-event type, counts by role and casualties with who and qualifier (:mod:`analysis.events.roles`),
   place with its town, district, province, country and coordinates (:mod:`analysis.events.places`; which
   named place is the event's own: :mod:`analysis.events.mention_places`),
   date with precision (:mod:`analysis.events.dating`), and the evidence span.
4. **Context.** A sentence with casualties or blame but no event cue ("Three security personnel were
   killed", "X was believed responsible") completes the previous mention of the paragraph (or up to
   three sentences back); a mention without a place or date takes them from the story it sits in.

A mention is kept when it says something specific (a place finer than a country, a weapon, a count,
casualties, a precise date or a named agent); summaries of many attacks ("since the beginning of the
year", "dozens of attacks") are kept with ``scope = aggregate``; policy and conditionals ("attacks will
be met with strikes") are dropped.

The steps live in modules of their own: :mod:`.document` (one article at a time), :mod:`.groups` (clauses into
mentions), :mod:`.slots` (the slots of one mention), :mod:`.scope` (summaries, tallies and threats), :mod:`.told` and
:mod:`.inherit` (a mention in the story told so far) and :mod:`.headings` (titles and headings).
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from ...runtime import no_gc
from ...text.checks import require_frame
from .slots import COUNT_FIELDS
from .document import doc_mentions
from .headings import _rebuilt_text, title_fills


__all__ = ["incident_mentions", "MENTION_COLUMNS", "doc_mentions"]

#: Columns ``incident_mentions`` needs in ``sentences``.
SENTENCE_INPUT = ["doc_id", "para_id", "sent_id", "start", "end", "text"]

MENTION_COLUMNS = [
    "doc_id", "mention_id", "para_id", "sent_id", "sent_start", "sent_end", "clause_start", "clause_end",
    "evidence_start", "evidence_end", "scope", "event_type", "event_subtype", "weapon", "weapons", "n_fired", "n_hit",
    "n_intercepted", "n_claimed", "killed", "injured", "killed_who", "injured_who", "casualty_group", "qualifier",
    "qualifiers", "place_id", "place", "place_text", "place_type", "place_source", "place_score", "place_method",
    "town", "district", "admin1", "country", "latitude", "longitude", "geo_precision", "actor_id", "actor",
    "actor_attribution", "attribution", "attributed_by", "target", "date", "date_precision", "earliest", "latest",
    "date_text", "date_rule", "date_source", "date_inference", "evidence",
]


def incident_mentions(sentences: pd.DataFrame, articles: pd.DataFrame, progress: bool | None = None,
                      failures: list[dict] | None = None) -> pd.DataFrame:
    """One row per mention of an incident in the cleaned sentences (columns ``MENTION_COLUMNS``).

    ``sentences``: doc_id, para_id, sent_id, start, end, text (offsets into the article text);
    ``articles``: doc_id, published (ISO or ''), optionally text (the cleaned article, used for dates) and
    file; ``progress``: a progress bar over articles (None: only at a terminal); ``failures``: a list to
    which an article whose extraction raises is appended as a failure row (step ``incidents``) while the
    loop goes on; None re-raises the error with the article's doc_id in its message.

    >>> s = pd.DataFrame({"doc_id": ["a"], "para_id": [0], "sent_id": [0], "start": [0], "end": [60],
    ...     "text": ["On Wednesday, 14 rockets hit Ain al-Asad air base, injuring two soldiers."]})
    >>> m = incident_mentions(s, pd.DataFrame({"doc_id": ["a"], "published": ["2021-07-07"]}))
    >>> m[["event_type", "place_id", "n_hit", "injured", "date"]].values.tolist()
    [['attack', 'ain_al_asad', 14, 2, '2021-07-07']]
    """
    from ..corpus import each_article

    sentences = require_frame(sentences, "sentences", SENTENCE_INPUT)
    arts = require_frame(articles, "articles", ["doc_id"]).drop_duplicates("doc_id").set_index("doc_id")
    by_doc = _by_doc(sentences)
    pub = arts["published"].astype(str).to_dict() if "published" in arts else {}
    texts = arts["text"].to_dict() if "text" in arts else {}
    files = arts["file"].astype(str).to_dict() if "file" in arts else {}
    titles = arts["title"].to_dict() if "title" in arts else {}

    def one(item: dict) -> list[dict]:
        doc_id = item["doc_id"]
        published = pub.get(doc_id, "")
        published = "" if published in ("nan", "<NA>", "None", "NaT") else published
        text = texts.get(doc_id) if isinstance(texts.get(doc_id), str) else _rebuilt_text(by_doc[doc_id])
        rows = doc_mentions(by_doc[doc_id], text, published or None)
        title = titles.get(doc_id)
        return title_fills(rows, title, published or None) if isinstance(title, str) and title.strip() else rows

    items = [{"doc_id": d, "file": files.get(d, "")} for d in sorted(by_doc)]
    with no_gc():  # many small dicts and no cycles: the collector would only cost time
        rows = [r for found in each_article("incidents", one, items, failures, progress) for r in found]
    return _finish(rows)


def _by_doc(sentences: pd.DataFrame) -> dict[str, list[dict]]:
    """The sentence rows of each article as dicts, in sentence order (read column by column: cheaper than records).

    >>> s = pd.DataFrame({"doc_id": ["b", "a", "a"], "sent_id": [0, 1, 0], "text": ["x", "z", "y"]})
    >>> {d: [r["text"] for r in rows] for d, rows in _by_doc(s).items()}
    {'a': ['y', 'z'], 'b': ['x']}
    """
    ordered = sentences.sort_values(["doc_id", "sent_id"], kind="stable")
    cols = list(ordered.columns)
    by_doc: dict[str, list[dict]] = {}
    for values in zip(*(ordered[c].tolist() for c in cols)):
        row = dict(zip(cols, values))
        by_doc.setdefault(row["doc_id"], []).append(row)
    return by_doc


#: the typed columns of the mentions table (the others are text)
_INT_NA_COLUMNS = COUNT_FIELDS + ["geo_precision"]
_FLOAT_COLUMNS = ["place_score", "latitude", "longitude"]
_INT_COLUMNS = ["para_id", "sent_id", "sent_start", "sent_end", "clause_start", "clause_end", "evidence_start",
                "evidence_end"]


def _finish(rows: list[dict]) -> pd.DataFrame:
    """The mentions table of the mention rows: sorted, numbered and typed, built column by column.

    >>> row = {**dict.fromkeys(MENTION_COLUMNS, ""), **dict.fromkeys(_INT_COLUMNS, 0), "doc_id": "a"}
    >>> _finish([{**row, **dict.fromkeys(_INT_NA_COLUMNS + _FLOAT_COLUMNS)}])[["mention_id", "killed"]].values.tolist()
    [['a-m000', <NA>]]
    """
    rows = sorted(rows, key=lambda r: (r["doc_id"], r["sent_start"], r["clause_start"]))  # stable, as pandas's sort
    seen: dict[object, int] = {}
    ids = []
    for r in rows:
        k = seen[r["doc_id"]] = seen.get(r["doc_id"], -1) + 1
        ids.append(f"{r['doc_id']}-m{k:03d}")
    data = {c: ids if c == "mention_id" else _typed_column(c, [r[c] for r in rows]) for c in MENTION_COLUMNS}
    return pd.DataFrame(data, columns=MENTION_COLUMNS)


def _typed_column(name: str, values: list) -> pd.Series | pd.api.extensions.ExtensionArray | np.ndarray:
    """One column of the mentions table with its type (counts Int64, coordinates float64, offsets int64, the rest
    text with '' for missing); plain values are typed directly as arrays (a Series per column costs more than the
    column itself on a small table), anything else as ``pd.to_numeric``/``astype`` would.

    >>> _typed_column("killed", [1, None]).tolist(), _typed_column("place", ["x", None]).tolist()
    ([1, <NA>], ['x', ''])
    """
    kinds = {type(v) for v in values}
    if name in _INT_NA_COLUMNS:
        if kinds <= {int, type(None)}:
            return pd.array(values, dtype="Int64")
        return pd.to_numeric(pd.Series(values), errors="coerce").astype("Int64")
    if name in _FLOAT_COLUMNS:
        if kinds <= {float, int, type(None)}:
            return np.array([float("nan") if v is None else float(v) for v in values], dtype="float64")
        return pd.to_numeric(pd.Series(values), errors="coerce").astype("float64")
    if name in _INT_COLUMNS:
        if kinds <= {int}:
            return np.array(values, dtype="int64")
        return pd.to_numeric(pd.Series(values)).astype("int64")
    if kinds <= {str}:  # also the empty column: text, as ``astype(str)`` makes it
        return pd.array(values, dtype="str")
    col = pd.Series(values)
    if col.dtype == object or str(col.dtype) in ("str", "string"):
        col = col.fillna("").astype(str)
    return col
