"""Per-article extraction steps as partitions: quotations, time expressions, incident mentions.

Each step maps the project's own per-article function (``extract_quotes``, ``date_mentions``,
``incident_mentions`` on one article's sentences) over partitions of articles through
``analysis.pipeline.per_article``, writes one Parquet file per partition, and sends the partition's
table and failure rows back; the table equals the in-process one row for row (the functions treat
each article on its own; the result is sorted as the in-process function sorts it).

``failures``: a list to which an article whose step raised is appended as a failure row (see
``analysis.pipeline.FAILURE_COLUMNS``) while the run goes on; with None (the default) such an
article stops the run with :class:`ArticleError` naming its doc_id, file and error.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Mapping
from pathlib import Path

import pandas as pd

from .. import pipeline
from . import store
from .cluster import client_for, run

#: Articles per partition.
PARTITION_ARTICLES = 500


class ArticleError(RuntimeError):
    """An article's step raised on the cluster and no ``failures`` list was given (the message names it)."""


def quotes_of(article: Mapping) -> pd.DataFrame:
    """Quotations of one article (``analysis.quotes.extract_quotes``), doc_id first.

    >>> quotes_of({"doc_id": "a", "text": '“Hi there,” he said.'})[["doc_id", "quote"]].values.tolist()
    [['a', 'Hi there,']]
    """
    from ..quotes import extract_quotes

    q = extract_quotes(article["text"])
    q.insert(0, "doc_id", article["doc_id"])
    return q


def dates_of(article: Mapping) -> pd.DataFrame:
    """Time expressions of one article, anchored on its publication date (``date_mentions``), doc_id first.

    >>> df = dates_of({"doc_id": "a", "text": "Rockets hit on Wednesday.", "published": "2021-07-07"})
    >>> df[["doc_id", "value"]].values.tolist()
    [['a', '2021-07-07']]
    """
    from ..events import date_mentions

    dm = date_mentions(article["text"], article.get("published") or None).assign(doc_id=article["doc_id"])
    return dm[["doc_id"] + [c for c in dm.columns if c != "doc_id"]]


def incidents_of(article: Mapping) -> pd.DataFrame:
    """Incident mentions of one article: ``incident_mentions`` on its ``sentences`` (a frame in the mapping).

    >>> s = pd.DataFrame({"doc_id": ["a"], "para_id": [0], "sent_id": [0], "start": [0], "end": [25],
    ...                   "text": ["Rockets hit Ain al-Asad."]})
    >>> incidents_of({"doc_id": "a", "published": "2021-07-07", "sentences": s})["place_id"].tolist()
    ['ain_al_asad']
    """
    from ..events import incident_mentions

    info = {k: [article[k]] for k in ("doc_id", "published", "text") if k in article and k != "sentences"}
    return incident_mentions(article["sentences"], pd.DataFrame(info))


def article_dates(articles: pd.DataFrame) -> pd.DataFrame:
    """Time expressions of every article (:func:`dates_of`), stacked in the articles' order.

    >>> df = article_dates(pd.DataFrame({"doc_id": ["a"], "text": ["Rockets hit on Wednesday."], "published": ["2021-07-07"]}))
    >>> df[["doc_id", "value"]].values.tolist()
    [['a', '2021-07-07']]
    """
    parts = [dates_of(a) for a in articles.to_dict("records")]
    return pd.concat(parts, ignore_index=True) if parts else _empty("dates")


def _empty(step: str) -> pd.DataFrame:
    """The in-process function's table for no articles."""
    if step == "quotes":
        from ..quotes import extract_corpus_quotes

        return extract_corpus_quotes(pd.DataFrame({"doc_id": [], "text": []}))
    if step == "incidents":
        from ..events import incident_mentions

        return incident_mentions(pd.DataFrame(columns=["doc_id", "para_id", "sent_id", "start", "end", "text"]),
                                 pd.DataFrame({"doc_id": [], "published": []}))
    from ..events import date_mentions

    return date_mentions("").assign(doc_id=pd.Series(dtype="str"))[["doc_id", *date_mentions("").columns]]


def _items(step: str, frames: list[pd.DataFrame]) -> list[dict]:
    """The per-article mappings of one partition (for incidents: each article with its sentences)."""
    if step != "incidents":
        return frames[0].to_dict("records")
    sentences, articles = frames
    by_doc = dict(tuple(sentences.sort_values(["doc_id", "sent_id"], kind="stable").groupby("doc_id", sort=True)))
    info = articles.drop_duplicates("doc_id").set_index("doc_id", drop=False).to_dict("index")
    return [{**info.get(d, {"doc_id": d}), "sentences": s} for d, s in by_doc.items()]


#: step: per-article function, sort keys of the stacked table (stable, as the in-process function sorts).
STEPS: dict[str, tuple[Callable[[Mapping], pd.DataFrame], list[str]]] = {
    "quotes": (quotes_of, ["doc_id", "start"]),
    "dates": (dates_of, []),
    "incidents": (incidents_of, ["doc_id", "sent_start", "clause_start"]),
}


def step_partition(task: dict) -> dict:
    """One partition of one step: each article through ``pipeline.per_article``; the table is written and
    sent back with the failure rows.

    >>> import tempfile
    >>> arts = pd.DataFrame({"doc_id": ["a", "b"], "text": ["On Monday.", "Then."], "published": ["", "May"]})
    >>> p = store.write_part(arts, tempfile.mkdtemp(), "articles", 0)
    >>> got = step_partition({"step": "dates", "inputs": [str(p)], "out": tempfile.mkdtemp(), "part": 0})
    >>> len(got["table"]), [(f["doc_id"], f["step"]) for f in got["failures"]]
    (1, [('b', 'dates')])
    """
    frames = [pd.read_parquet(p) for p in task["inputs"]]
    func, _ = STEPS[task["step"]]
    parts, failures = pipeline.per_article(task["step"], func, _items(task["step"], frames))
    if task["step"] == "incidents":  # in-process: one frame of the mentions found (no empty parts)
        parts = [p for p in parts if len(p)]
    table = pd.concat(parts, ignore_index=True) if parts else None  # empty parts kept: the same dtypes
    if table is not None:
        store.write_part(table, task["out"], task["step"], task["part"])
    return {"table": table, "failures": failures}


def _partitions(tables: dict[str, pd.DataFrame], size: int, where: Path) -> list[list[str]]:
    """Write the input tables cut by article (``size`` articles a partition); input files per partition."""
    ids = list(dict.fromkeys(i for df in tables.values() for i in df["doc_id"].tolist()))
    size = max(1, int(size))
    cuts = [ids[k: k + size] for k in range(0, len(ids), size)] or [[]]
    part_of = {d: k for k, part_ids in enumerate(cuts) for d in part_ids}
    paths: list[list[str]] = [[] for _ in cuts]
    for name, df in tables.items():
        groups = dict(tuple(df.groupby(df["doc_id"].map(part_of), sort=False))) if len(df) else {}
        for k in range(len(cuts)):
            paths[k].append(str(store.write_part(groups.get(k, df.iloc[0:0]), where, name, k)))
    return paths


def _raise_first(step: str, failures: list[dict]) -> None:
    """ArticleError for the first failure row (failures=None: an article's error stops the run).

    >>> try:
    ...     _raise_first("dates", [{"doc_id": "b", "file": "", "error": "TypeError", "message": "no text", "where": ""}])
    ... except ArticleError as err:
    ...     str(err)[:46]
    "dates failed on doc_id 'b': TypeError: no text"
    """
    f = failures[0]
    file = f" (file {f['file']})" if f["file"] else ""
    where = f" [at {f['where']}]" if f["where"] else ""
    raise ArticleError(f"{step} failed on doc_id {f['doc_id']!r}{file}: {f['error']}: {f['message']}{where}; "
                       "pass failures=[] to record such articles and go on")


def run_step(step: str, *frames: pd.DataFrame, workers: int | None = None, scheduler: str | None = None,
             client=None, failures: list | None = None, out: str | Path | None = None,
             partition_size: int = PARTITION_ARTICLES, progress: bool | None = None) -> pd.DataFrame:
    """Run one per-article step (``quotes``, ``dates``, ``incidents``) as partitions on a Dask cluster.

    ``failures``: see the module docstring (a list to collect failure rows, or None to stop at one).

    >>> from analysis.scale import connect
    >>> arts = pd.DataFrame({"doc_id": ["a", "b"], "text": ["Rockets hit on Wednesday.", "Quiet."],
    ...                      "published": ["2021-07-07", ""]})
    >>> with connect(1, processes=False) as client:
    ...     dates(arts, client=client, partition_size=1)[["doc_id", "value"]].values.tolist()
    [['a', '2021-07-07']]
    """
    if step not in STEPS:
        raise ValueError(f"step must be one of {sorted(STEPS)}, got {step!r}")
    if failures is not None and not isinstance(failures, list):
        raise TypeError(f"failures must be a list (to collect failure rows) or None, got {type(failures).__name__}")
    names = ["sentences", "articles"] if step == "incidents" else ["articles"]
    with store.scratch(out, f"{step}-", keep=False) as folder:  # the tables come back in memory too
        files = _partitions(dict(zip(names, frames)), partition_size, folder / "_inputs" / step)
        tasks = [{"step": step, "inputs": f, "out": str(folder), "part": k} for k, f in enumerate(files)]
        token = uuid.uuid4().hex[:6]
        with client_for(client, workers, scheduler) as cl:
            got = run(cl, step_partition, tasks, [f"{step}-{token}-{t['part']:05d}" for t in tasks], desc=step,
                      progress=progress)
    rows = [f for g in got for f in g["failures"]]
    if rows and failures is None:
        _raise_first(step, rows)
    if failures is not None:
        failures.extend(rows)
    done = [g["table"] for g in got if g["table"] is not None]
    if not done:
        return _empty(step)
    result = pd.concat(done, ignore_index=True)
    keys = STEPS[step][1]
    return result.sort_values(keys, kind="stable", ignore_index=True) if keys else result


def _with_file(articles: pd.DataFrame, columns: list[str]) -> pd.DataFrame:
    """The columns a step needs, plus ``file`` when there (failure rows name the file)."""
    return articles[["doc_id", *(["file"] if "file" in articles.columns else []), *columns]]


def quotes(articles: pd.DataFrame, **options) -> pd.DataFrame:
    """``extract_corpus_quotes(articles)`` as partitions (options: ``client``, ``failures``, see :func:`run_step`).

    >>> from analysis.scale import connect
    >>> with connect(1, processes=False) as client:
    ...     quotes(pd.DataFrame({"doc_id": ["a"], "text": ['“Hi there,” he said.']}), client=client)["quote"].tolist()
    ['Hi there,']
    """
    return run_step("quotes", _with_file(articles, ["text"]), **options)


def dates(articles: pd.DataFrame, **options) -> pd.DataFrame:
    """:func:`dates_of` (time expressions of each article) as partitions (options: see :func:`run_step`).

    >>> from analysis.scale import connect; failures = []
    >>> arts = pd.DataFrame({"doc_id": ["a", "b"], "text": ["On Monday.", "Then."], "published": ["", "May"]})
    >>> with connect(1, processes=False) as client:
    ...     dates(arts, client=client, failures=failures)["text"].tolist(), [f["doc_id"] for f in failures]
    (['Monday'], ['b'])
    """
    return run_step("dates", _with_file(articles, ["text", "published"]), **options)


def incidents(sentences: pd.DataFrame, articles: pd.DataFrame, **options) -> pd.DataFrame:
    """``incident_mentions(sentences, articles)`` as partitions (options: see :func:`run_step`).

    >>> s = pd.DataFrame({"doc_id": ["a"], "para_id": [0], "sent_id": [0], "start": [0], "end": [25],
    ...                   "text": ["Rockets hit Ain al-Asad."]})
    >>> from analysis.scale import connect
    >>> with connect(1, processes=False) as client:
    ...     incidents(s, pd.DataFrame({"doc_id": ["a"], "published": [""]}), client=client)["place_id"].tolist()
    ['ain_al_asad']
    """
    cols = [c for c in ("doc_id", "file", "published", "text") if c in articles.columns]
    return run_step("incidents", sentences, articles[cols], **options)
