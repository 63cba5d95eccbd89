"""The cleaned corpus as partitions: load, clean and segment a folder of articles on a Dask cluster.

The same loader as the in-process path (``analysis.text.corpus``), in three steps. The driver checks
the folder without reading any article (``plan_corpus``: the manifest, the folder tree, doc_ids,
where each file is, dates), so every rejection has the in-process wording and manifest line. Load
tasks read the files of ``partition_size`` rows each (decoding, language) and write them as
Parquet; the driver then marks duplicate bytes or texts in manifest order (``_Loader.finish``).
Clean tasks clean and segment each article with ``analysis.pipeline.process_article`` and write every
table as Parquet (one file per partition), so memory stays bounded by the partition size. An article
whose processing raises becomes a row of ``failures``, not a failed run. The tables read back equal
``analysis.pipeline.cleaned_corpus`` row for row (date warnings added at the end, as there).
"""

from __future__ import annotations

import shutil
import uuid
from pathlib import Path

import pandas as pd

from .. import pipeline
from ..frames import records
from ..runtime import no_gc
from ..text import corpus as text_corpus
from ..text.checks import CorpusError
from . import store
from .cluster import client_for, run

#: Manifest rows per partition.
PARTITION_ROWS = 500
_PER_ARTICLE = ("articles", "paragraphs", "sentences", "removed", "references", "failures")


def load_partition(task: dict) -> dict:
    """One load task: read the checked rows' files (``read_rows``, as in-process: one batch language detection for
    the partition); loaded rows to Parquet, rejections and duplicate keys back.

    >>> plan = text_corpus.plan_corpus("data/raw"); import tempfile; out = tempfile.mkdtemp()
    >>> got = load_partition({"todo": plan.todo[:2], "out": out, "part": 0})
    >>> got["rejects"], [k[1] for k in got["keys"]]
    ([], ['art000', 'art001'])
    """
    rejects: list[dict] = []
    with no_gc():  # as in-process: many small objects, no cycles
        rows = text_corpus.read_rows(task["todo"], rejects)  # languages detected for the partition at once
    line_of = {row["doc_id"]: row["manifest_row"] for row, _ in task["todo"]}  # checked doc_ids are unique
    keys = [(line_of[r["doc_id"]], r["doc_id"], r.pop("checksum"), r.pop("text_key")) for r in rows]
    frame = pd.DataFrame(rows, columns=text_corpus.ARTICLE_COLUMNS).astype({"english": bool})
    store.write_part(frame, task["out"], "_loaded", task["part"])
    return {"rejects": rejects, "keys": keys}


def _process(row: dict) -> dict[str, list[dict]]:
    """``pipeline.process_article`` of one row; should it raise, one ``clean`` failure row."""
    try:
        return pipeline.process_article(row)
    except Exception as err:  # noqa: BLE001 - recorded, the run goes on
        return {**{name: [] for name in _PER_ARTICLE}, "failures": [pipeline.failure_row(row, "clean", err)]}


def clean_partition(task: dict) -> dict[str, int]:
    """One clean task: the loaded rows of a partition (plus duplicate warnings), cleaned and segmented.

    >>> import tempfile; out = tempfile.mkdtemp(); plan = text_corpus.plan_corpus("data/raw")
    >>> _ = load_partition({"todo": plan.todo[:2], "out": out, "part": 0})
    >>> clean_partition({"out": out, "part": 0, "duplicates": {}})["articles"]
    2
    """
    out, part = Path(task["out"]), task["part"]
    loaded = records(pd.read_parquet(store.part_path(out, "_loaded", part)))
    rows: dict[str, list[dict]] = {name: [] for name in _PER_ARTICLE}
    kept = []
    with no_gc():  # the loop of the in-process path, without the cyclic collector as there
        for row in loaded:
            extra = task["duplicates"].get(row["doc_id"], [])
            row["warnings"] = text_corpus.WARNING_SEP.join(filter(None, [row["warnings"], *extra]))
            done = _process(row)
            for name, part_rows in done.items():
                rows[name].extend(part_rows)
            if done["articles"]:
                kept.append({"doc_id": row["doc_id"], "raw": row["raw"]})
    tables = {name: pipeline._frame(name, r) for name, r in rows.items()}
    tables["raw"] = pd.DataFrame(kept, columns=["doc_id", "raw"])
    for name, df in tables.items():
        store.write_part(df, out, name, part)
    return {name: len(df) for name, df in tables.items()}


def _duplicate_warnings(plan: text_corpus.CorpusPlan, keys: list[tuple]) -> dict[str, list[str]]:
    """Duplicate-bytes/text warnings by doc_id, decided in manifest order as the in-process loader does."""
    out = {}
    for _, doc_id, checksum, text_key in sorted(keys, key=lambda k: k[0]):
        dups = plan.loader.duplicates(doc_id, checksum, text_key)
        if dups:
            out[doc_id] = dups
    return out


def _read(out: Path, name: str, columns: list[str]) -> pd.DataFrame:
    """One table read back from its partitions, rebuilt as the in-process code builds it, in doc_id order."""
    rows = store.read_table(out, name)
    rows = rows.sort_values("doc_id", kind="stable") if len(rows) else rows
    records = rows.to_dict("records") if len(rows) else []
    return pipeline._frame(name, records) if name in pipeline._COLUMNS else pd.DataFrame(records, columns=columns)


def collect(out: str | Path) -> pipeline.CleanedCorpus:
    """The partitioned tables of a cleaned corpus (``cleaned_corpus(..., collect_tables=False)``), read back
    into one CleanedCorpus in the in-process layout (date warnings are added here, as in-process at the end).

    >>> import tempfile; collect(tempfile.mkdtemp()).articles.columns[:2].tolist()
    ['doc_id', 'file']
    """
    out = Path(out)
    tables = {name: _read(out, name, []) for name in _PER_ARTICLE}
    tables["articles"] = pipeline.add_date_warnings(tables["articles"])
    rejects = store.read_table(out, "rejects")  # written in the in-process order
    raw = _read(out, "raw", ["doc_id", "raw"])
    if raw.empty and len(tables["failures"]):  # in-process: a slice of the (string) loaded table
        raw = raw.astype(str)
    return pipeline.CleanedCorpus(**tables, rejects=text_corpus.corpus_tables([], rejects.to_dict("records"))[1],
                                  raw=raw)


def _run_partitions(plan: text_corpus.CorpusPlan, out: Path, size: int, cl, progress: bool | None) -> list[dict]:
    """The load and clean tasks of a planned corpus on a client; returns the rejections of the file reads."""
    size = max(1, int(size))
    chunks = [plan.todo[k: k + size] for k in range(0, len(plan.todo), size)] or [[]]
    token = uuid.uuid4().hex[:6]
    loads = run(cl, load_partition, [{"todo": c, "out": str(out), "part": k} for k, c in enumerate(chunks)],
                [f"load-{token}-{k:05d}" for k in range(len(chunks))], desc="load", progress=progress)
    duplicates = _duplicate_warnings(plan, [key for got in loads for key in got["keys"]])
    part_of = {row["doc_id"]: k for k, c in enumerate(chunks) for row, _ in c}
    tasks = [{"out": str(out), "part": k, "duplicates": {}} for k in range(len(chunks))]
    for doc_id, warnings in duplicates.items():
        tasks[part_of[doc_id]]["duplicates"][doc_id] = warnings
    run(cl, clean_partition, tasks, [f"clean-{token}-{k:05d}" for k in range(len(chunks))], desc="clean",
        progress=progress)
    shutil.rmtree(out / "_loaded", ignore_errors=True)  # the raw texts are in the ``raw`` table now
    return [r for got in loads for r in got["rejects"]]


def cleaned_corpus(corpus_dir: str | Path = "data/raw", *, workers: int | None = None, scheduler: str | None = None,
                   out: str | Path | None = None, partition_size: int = PARTITION_ROWS, client=None,
                   folder_errors: str = "raise", progress: bool | None = None,
                   collect_tables: bool = True) -> pipeline.CleanedCorpus | Path:
    """Load, clean and segment a corpus folder as partitions on a Dask cluster: the tables of the in-process
    ``analysis.pipeline.cleaned_corpus`` (articles with ``english`` and date warnings, rejects, failures ...).

    ``workers``: local worker processes (default: one per core); ``scheduler``: address of a running
    scheduler (``tcp://host:8786``) instead; ``out``: folder for the partitioned Parquet tables (default: a
    temporary folder, removed once the tables are read back); ``folder_errors``: ``"raise"`` (CorpusError)
    or ``"record"`` (an empty corpus whose ``problem`` says why), as in-process; ``collect_tables=False``
    returns the folder instead, kept (read it back with :func:`collect`).

    >>> from analysis.scale import connect
    >>> with connect(1, processes=False) as client:
    ...     cc = cleaned_corpus("data/raw", client=client, partition_size=2)
    ...     bad = cleaned_corpus("no/such/folder", client=client, folder_errors="record")
    >>> len(cc.articles), len(cc.rejects), len(cc.failures), bad.problem[:23]
    (5, 0, 0, 'corpus folder not found')
    """
    if folder_errors not in ("raise", "record"):
        raise ValueError(f"folder_errors must be 'raise' or 'record', got {folder_errors!r}")
    try:
        plan = text_corpus.plan_corpus(corpus_dir)
    except CorpusError as err:
        if folder_errors == "raise":
            raise
        return pipeline._folder_problem(corpus_dir, err)
    with store.scratch(out, "cleaned-corpus-", keep=not collect_tables) as folder:
        with client_for(client, workers, scheduler) as cl:
            read_rejects = _run_partitions(plan, folder, partition_size, cl, progress)
        rows = sorted(plan.rejects + read_rejects, key=lambda r: r["line"])  # manifest order, as in-process
        rejects = plan.bad_lines + rows + plan.unlisted
        store.write_part(text_corpus.corpus_tables([], rejects)[1], folder, "rejects", 0)
        return collect(folder) if collect_tables else folder
