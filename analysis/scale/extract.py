"""Per-article extraction steps as partitions: quotations, time expressions, incident mentions.

Each step maps the project's own function over partitions of articles (and their sentences) and
writes one Parquet file per partition; read back, the table equals the in-process one row for row
(the functions treat each article on its own; the partitions keep the articles' order).
"""

from __future__ import annotations

import tempfile
import uuid
from collections.abc import Callable
from pathlib import Path

import pandas as pd

from . import store
from .cluster import client_for, run

#: Articles per partition.
PARTITION_ARTICLES = 500


def article_quotes(articles: pd.DataFrame) -> pd.DataFrame:
    """Quotations of every article (``analysis.quotes.extract_corpus_quotes``)."""
    from ..quotes import extract_corpus_quotes

    return extract_corpus_quotes(articles)


def article_dates(articles: pd.DataFrame) -> pd.DataFrame:
    """Time expressions of every article, anchored on its publication date, with its doc_id first.

    >>> df = article_dates(pd.DataFrame({"doc_id": ["a"], "text": ["Rockets hit on Wednesday."], "published": ["2021-07-07"]}))
    >>> df[["doc_id", "value"]].values.tolist()
    [['a', '2021-07-07']]
    """
    from ..events import date_mentions

    parts = [date_mentions(a.text, a.published or None).assign(doc_id=a.doc_id) for a in articles.itertuples()]
    dm = pd.concat(parts, ignore_index=True) if parts else date_mentions("").assign(doc_id=pd.Series(dtype="str"))
    return dm[["doc_id"] + [c for c in dm.columns if c != "doc_id"]]


def article_incidents(sentences: pd.DataFrame, articles: pd.DataFrame) -> pd.DataFrame:
    """Incident mentions of the given articles' sentences (``analysis.events.incident_mentions``)."""
    from ..events import incident_mentions

    return incident_mentions(sentences, articles)


def _step_partition(task: dict) -> int:
    """One partition of one step: read its slice, run the step, write the result."""
    frames = [pd.read_parquet(p) for p in task["inputs"]]
    result = STEPS[task["step"]][0](*frames)
    store.write_part(result, task["out"], task["step"], task["part"])
    return len(result)


STEPS: dict[str, tuple[Callable[..., pd.DataFrame], list[str], list[str]]] = {
    # step: function, its input tables, sort keys of the output (stable, as the in-process function sorts)
    "quotes": (article_quotes, ["articles"], ["doc_id", "start"]),
    "dates": (article_dates, ["articles"], []),
    "incidents": (article_incidents, ["sentences", "articles"], ["doc_id", "sent_start", "clause_start"]),
}


def _partitions(tables: dict[str, pd.DataFrame], size: int, where: Path) -> list[list[str]]:
    """Write the input tables cut by article (``size`` articles a partition); input files per partition."""
    ids = tables["articles"]["doc_id"].tolist()
    cuts = [ids[k: k + size] for k in range(0, len(ids), size)] or [[]]
    paths = []
    for k, part_ids in enumerate(cuts):
        wanted = set(part_ids)
        paths.append([str(store.write_part(df[df["doc_id"].isin(wanted)], where, name, k)) for name, df in tables.items()])
    return paths


def run_step(step: str, *frames: pd.DataFrame, workers: int | None = None, scheduler: str | None = None,
             client=None, out: str | Path | None = None, partition_size: int = PARTITION_ARTICLES,
             progress: bool | None = None) -> pd.DataFrame:
    """Run one per-article step (``quotes``, ``dates``, ``incidents``) as partitions on a Dask cluster.

    >>> from analysis.scale import connect
    >>> arts = pd.DataFrame({"doc_id": ["a", "b"], "text": ["Rockets hit on Wednesday.", "Quiet."],
    ...                      "published": ["2021-07-07", ""]})
    >>> with connect(1, processes=False) as client:
    ...     dates(arts, client=client, partition_size=1)[["doc_id", "value"]].values.tolist()
    [['a', '2021-07-07']]
    """
    fn, inputs, keys = STEPS[step]
    out = Path(out) if out else Path(tempfile.mkdtemp(prefix=f"{step}-"))
    inputs_dir = out / "_inputs" / step
    files = _partitions(dict(zip(inputs, frames)), partition_size, inputs_dir)
    tasks = [{"step": step, "inputs": f, "out": str(out), "part": k} for k, f in enumerate(files)]
    token = uuid.uuid4().hex[:6]
    with client_for(client, workers, scheduler) as cl:
        run(cl, _step_partition, tasks, [f"{step}-{token}-{t['part']:05d}" for t in tasks], desc=step, progress=progress)
    parts = [pd.read_parquet(p) for p in store.parts(out, step)]
    done = [p for p in parts if len(p)]
    if not done:
        return fn(*[f.iloc[0:0] for f in frames])
    result = pd.concat(done, ignore_index=True)
    return result.sort_values(keys, kind="stable", ignore_index=True) if keys else result


def quotes(articles: pd.DataFrame, **options) -> pd.DataFrame:
    """``extract_corpus_quotes(articles)`` as partitions (options: see :func:`run_step`)."""
    return run_step("quotes", articles[["doc_id", "text"]], **options)


def dates(articles: pd.DataFrame, **options) -> pd.DataFrame:
    """:func:`article_dates` (time expressions of each article) as partitions."""
    return run_step("dates", articles[["doc_id", "text", "published"]], **options)


def incidents(sentences: pd.DataFrame, articles: pd.DataFrame, **options) -> pd.DataFrame:
    """``incident_mentions(sentences, articles)`` as partitions."""
    return run_step("incidents", sentences, articles[[c for c in ("doc_id", "published", "text") if c in articles]],
                    **options)
