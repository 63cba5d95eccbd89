"""Corpus-level loops of the incident steps: time expressions, incident mentions, place and actor names.

Each loop treats one article at a time. ``failures``: a list to which an article whose step raises is
appended as a failure row (``analysis.pipeline.FAILURE_COLUMNS``) while the loop goes on; ``None``
re-raises the error with the article's doc_id in its message. The notebook and ``analysis.scale`` call
these, so a user's script gets the same tables and the same failure rows.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from typing import TypeVar

import pandas as pd

from ..progress import progress as _progress
from ..text.checks import require_frame, require_text

T = TypeVar("T")

#: Columns of :func:`corpus_names` (a place or actor name found in an article).
NAME_COLUMNS = ["doc_id", "kind", "start", "end", "text", "id", "name", "score", "method"]


def naming(err: BaseException, doc_id: object) -> BaseException:
    """The same kind of error with the article's doc_id in front of the message.

    >>> naming(ValueError("bad date"), "art001")
    ValueError("article 'art001': bad date")
    """
    msg = f"article {doc_id!r}: {err}"
    try:
        return type(err)(msg)
    except Exception:  # noqa: BLE001 - an exception type with another constructor
        return RuntimeError(f"{msg} ({type(err).__name__})")


def check_failures(failures: object) -> list[dict] | None:
    """``failures`` itself when it is a list or None; a TypeError otherwise.

    >>> check_failures([]), check_failures(None)
    ([], None)
    """
    if failures is not None and not isinstance(failures, list):
        raise TypeError(f"failures must be a list (rows are appended to it) or None, got {type(failures).__name__}")
    return failures


def each_article(step: str, func: Callable[[Mapping], T], items: Iterable[Mapping], failures: list[dict] | None,
                 progress: bool | None = None) -> list[T]:
    """``func`` over articles (mappings with doc_id, file when known); failures recorded or re-raised with the doc_id.

    >>> fails = []; each_article("len", lambda a: len(a["text"]), [{"doc_id": "a", "text": None}], fails)
    []
    >>> [(f["doc_id"], f["step"], f["error"]) for f in fails]
    [('a', 'len', 'TypeError')]
    """
    failures = check_failures(failures)
    if failures is not None:
        from ..pipeline import per_article  # only to record failures: the pipeline's imports are not paid otherwise

        results, failed = per_article(step, func, items, progress=progress)
        failures.extend(failed)
        return results
    results = []
    for item in _progress(items, enabled=progress, desc=step, unit="article"):
        try:
            results.append(func(item))
        except Exception as err:
            raise naming(err, item.get("doc_id", "")) from err
    return results


def _dates_of(article: Mapping) -> pd.DataFrame:
    """Time expressions of one article, anchored on its publication date."""
    from .timex import date_mentions

    published = article.get("published")
    published = published if isinstance(published, str) and published else None
    return date_mentions(require_text(article["text"], "text"), published).assign(doc_id=article["doc_id"])


def corpus_date_mentions(articles: pd.DataFrame, failures: list[dict] | None = None,
                         progress: bool | None = None) -> pd.DataFrame:
    """Time expressions of every article (doc_id, text, published), doc_id first; step ``dates``.

    >>> arts = pd.DataFrame({"doc_id": ["a", "b"], "text": ["Rockets hit on Wednesday.", None],
    ...                      "published": ["2021-07-07", ""]})
    >>> fails = []; dm = corpus_date_mentions(arts, failures=fails)
    >>> dm[["doc_id", "value"]].values.tolist(), [f["doc_id"] for f in fails]
    ([['a', '2021-07-07']], ['b'])
    """
    from .timex import date_mentions

    articles = require_frame(articles, "articles", ["doc_id", "text"])
    records = articles.to_dict("records")
    parts = [p for p in each_article("dates", _dates_of, records, failures, progress) if len(p)]
    dm = (pd.concat(parts, ignore_index=True) if parts
          else date_mentions("").assign(doc_id=pd.Series(dtype="str")))
    return dm[["doc_id"] + [c for c in dm.columns if c != "doc_id"]]


def corpus_incident_mentions(sentences: pd.DataFrame, articles: pd.DataFrame, failures: list[dict] | None = None,
                             progress: bool | None = None) -> pd.DataFrame:
    """``incident_mentions`` over a corpus (step ``incidents``): a failing article is recorded or re-raised.

    >>> s = pd.DataFrame({"doc_id": ["a"], "para_id": [0], "sent_id": [0], "start": [0], "end": [40],
    ...                   "text": ["Rockets hit Ain al-Asad air base."]})
    >>> corpus_incident_mentions(s, pd.DataFrame({"doc_id": ["a"], "published": ["2021-07-07"]}))["place_id"].tolist()
    ['ain_al_asad']
    """
    from .mentions import incident_mentions

    return incident_mentions(sentences, articles, progress=progress, failures=failures)


def _names_of(article: Mapping) -> pd.DataFrame:
    """Place and actor names of one article, as NAME_COLUMNS."""
    from .actors import find_actors
    from .places import find_places

    found = [find_places(article["text"]).rename(columns={"place_id": "id"}).assign(kind="place"),
             find_actors(article["text"]).rename(columns={"actor_id": "id"}).assign(kind="actor")]
    found = [f for f in found if len(f)]
    out = pd.concat(found, ignore_index=True) if found else pd.DataFrame(columns=NAME_COLUMNS)
    return out.assign(doc_id=article["doc_id"]).reindex(columns=NAME_COLUMNS)


def corpus_names(articles: pd.DataFrame, failures: list[dict] | None = None,
                 progress: bool | None = None) -> pd.DataFrame:
    """Every place and actor name of every article (``find_places``, ``find_actors``); step ``names``.

    >>> corpus_names(pd.DataFrame({"doc_id": ["a"], "text": ["Rockets hit Ain al-Asad."]}))[["kind", "id"]].values.tolist()
    [['place', 'ain_al_asad']]
    """
    articles = require_frame(articles, "articles", ["doc_id", "text"])
    parts = [p for p in each_article("names", _names_of, articles.to_dict("records"), failures, progress) if len(p)]
    return pd.concat(parts, ignore_index=True) if parts else pd.DataFrame(columns=NAME_COLUMNS)
