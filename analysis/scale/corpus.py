"""The cleaned corpus as partitions: load, clean and segment a folder of articles on a Dask cluster.

The manifest is cut into partitions of ``partition_size`` rows. Each partition task reads its files
with the project's own loader (``analysis.text.corpus.load_corpus``, run on a view of the folder
that holds only that partition's rows and files, hard-linked) and cleans and segments each article
with ``analysis.pipeline.process_article``; it writes every table as Parquet (one file per
partition), so memory stays bounded by the partition size. Rejections keep the loader's own
wording, with manifest line numbers translated back to the real manifest. Rows sharing a doc_id or
a file name go to the same partition, so the loader still sees those duplicates; files that no
manifest row lists are rejected by the same loader. An article whose cleaning raises becomes a row
of the ``failures`` table, not a failed run.
"""

from __future__ import annotations

import csv
import io
import os
import re
import shutil
import tempfile
import uuid
from pathlib import Path

import pandas as pd

from .. import pipeline
from ..text import corpus as text_corpus
from . import store
from .cluster import client_for, run

#: Manifest rows per partition.
PARTITION_ROWS = 500
FAILURE_COLUMNS = ["doc_id", "file", "step", "error"]
_LINE_REF = re.compile(r"(manifest (?:row|line) |\(line )(\d+)")


def manifest_records(root: Path) -> tuple[list[str], list[tuple[int, list[str]]]]:
    """The manifest's header and its data records, each with the line it starts on (blank lines skipped)."""
    text = (root / "manifest.csv").read_text(encoding="utf-8-sig")
    reader = csv.reader(io.StringIO(text))
    header, records, line = next(reader, []), [], 2
    for rec in reader:
        if rec and any(v.strip() for v in rec):
            records.append((line, rec))
        line = reader.line_num + 1
    return header, records


def partition_records(header: list[str], records: list[tuple[int, list[str]]], size: int
                      ) -> list[list[tuple[int, list[str]]]]:
    """Manifest records cut into partitions of about ``size``; rows sharing a doc_id or a file stay together.

    >>> recs = [(2, ["a", "1.txt"]), (3, ["b", "2.txt"]), (4, ["a", "3.txt"])]
    >>> [[r[0] for r in p] for p in partition_records(["doc_id", "file"], recs, 1)]
    [[2, 4], [3]]
    """
    col = {name.strip(): k for k, name in enumerate(header)}
    parent = list(range(len(records)))

    def root(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for name in ("doc_id", "file"):
        first: dict[str, int] = {}
        for k, (_, rec) in enumerate(records):
            value = rec[col[name]].strip() if name in col and col[name] < len(rec) else ""
            if value:
                parent[root(k)] = root(first.setdefault(value, k))
    groups: dict[int, list[int]] = {}
    for k in range(len(records)):
        groups.setdefault(root(k), []).append(k)
    out, cur = [], []
    for g in sorted(groups.values()):
        cur.extend(g)
        if len(cur) >= size:
            out.append(sorted(cur))
            cur = []
    if cur or not out:
        out.append(sorted(cur))
    return [[records[k] for k in part] for part in out]


def _link(src: Path, dst: Path) -> None:
    """Hard-link (or copy, across file systems) one file into a view folder."""
    dst.parent.mkdir(parents=True, exist_ok=True)
    try:
        os.link(src, dst)
    except OSError:
        shutil.copy2(src, dst)


def _view(root: Path, header: list[str], records: list[tuple[int, list[str]]], files: list[str], where: Path
          ) -> dict[int, int]:
    """A folder holding a manifest of these records and these files; returns view line -> real line."""
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n")
    writer.writerow(header)
    lines, line = {}, 2
    for real, rec in records:
        start = buf.tell()
        writer.writerow(rec)
        lines[line] = real
        line += buf.getvalue()[start:].count("\n")
    (where / "manifest.csv").write_text(buf.getvalue(), encoding="utf-8")
    for name in files:
        src = (root / name)
        if name and src.is_file() and src.resolve().is_relative_to(root.resolve()):
            _link(src, where / name)
    return lines


def _translate(rejects: pd.DataFrame, lines: dict[int, int]) -> pd.DataFrame:
    """Manifest line numbers in rejection reasons (and a ``line`` column) from the view to the real manifest."""
    def fix(text: str) -> str:
        return _LINE_REF.sub(lambda m: m.group(1) + str(lines.get(int(m.group(2)), m.group(2))), text)
    out = rejects.copy()
    out["reason"] = [fix(r) if isinstance(r, str) else r for r in out["reason"]]
    if "line" in out:
        out["line"] = [lines.get(int(v), v) if pd.notna(v) else v for v in out["line"]]
        out["line"] = out["line"].astype(rejects["line"].dtype)
    return out


def _clean_rows(loaded: pd.DataFrame) -> dict[str, list[dict]]:
    """process_article on every loaded row; an article whose cleaning raises becomes a ``failures`` row."""
    rows: dict[str, list[dict]] = {name: [] for name in ("articles", "paragraphs", "sentences", "removed", "references")}
    rows["failures"] = []
    for row in loaded.to_dict("records"):
        try:
            out = pipeline.process_article(row)
        except Exception as err:  # noqa: BLE001 - recorded, the run goes on
            rows["failures"].append({"doc_id": row.get("doc_id", ""), "file": row.get("file", ""),
                                     "step": "clean", "error": f"{type(err).__name__}: {err}"})
            continue
        for name, part in out.items():
            rows.setdefault(name, []).extend(part)
    return rows


def clean_partition(task: dict) -> dict[str, int]:
    """One partition: load its rows with the project's loader, clean and segment, write every table."""
    root, out, part = Path(task["root"]), Path(task["out"]), task["part"]
    with tempfile.TemporaryDirectory(prefix="clean-view-") as tmp:
        lines = _view(root, task["header"], task["records"], task["files"], Path(tmp))
        loaded, rejects = text_corpus.load_corpus(tmp)
    rows = _clean_rows(loaded)
    tables = {name: pd.DataFrame(r) for name, r in rows.items()}
    tables["rejects"] = _translate(rejects, lines)
    tables["raw"] = loaded[["doc_id", "raw"]]
    for name, df in tables.items():
        store.write_part(df, out, name, part)
    return {name: len(df) for name, df in tables.items()}


def unlisted_rejects(root: Path, names: set[str]) -> pd.DataFrame:
    """The loader's rejections of files in the folder that no manifest row lists."""
    extra = sorted(p.relative_to(root).as_posix() for p in root.rglob("*")
                   if p.is_file() and not p.is_symlink() and p.name != "manifest.csv"
                   and not any(part.startswith(".") for part in p.relative_to(root).parts)
                   and p.relative_to(root).as_posix() not in names)
    header, _ = manifest_records(root)
    with tempfile.TemporaryDirectory(prefix="clean-unlisted-") as tmp:
        _view(root, header, [], extra, Path(tmp))
        return text_corpus.load_corpus(tmp)[1]


def collect(out: Path, unlisted: pd.DataFrame) -> pipeline.CleanedCorpus:
    """The partitioned tables of a cleaned corpus, read back into one CleanedCorpus (in-process layout).

    ``unlisted``: the loader's rejections of unlisted files (its frame also gives the dtypes when
    nothing at all was rejected)."""
    columns = {"articles": pipeline.ARTICLE_COLUMNS, "paragraphs": ["doc_id", "para_id", "start", "end", "text"],
               "sentences": ["doc_id", "para_id", "sent_id", "start", "end", "text"],
               "removed": pipeline.REMOVED_COLUMNS, "references": pipeline.REFERENCE_COLUMNS}
    tables = {name: store.rebuild(store.read_table(out, name), cols) for name, cols in columns.items()}
    rejects = pd.concat([df for df in (store.read_table(out, "rejects"), unlisted) if len(df)] or [unlisted],
                        ignore_index=True)
    rejects = rejects.sort_values(["file", "doc_id"], ignore_index=True)
    cc = pipeline.CleanedCorpus(**tables, rejects=rejects, raw=store.read_table(out, "raw"))
    cc.failures = store.rebuild(store.read_table(out, "failures"), FAILURE_COLUMNS)  # type: ignore[attr-defined]
    return cc


def cleaned_corpus(corpus_dir: str | Path = "data/raw", *, workers: int | None = None, scheduler: str | None = None,
                   out: str | Path | None = None, partition_size: int = PARTITION_ROWS, client=None,
                   progress: bool | None = None, collect_tables: bool = True) -> pipeline.CleanedCorpus | Path:
    """Load, clean and segment a corpus folder as partitions on a Dask cluster; the tables of the in-process
    ``analysis.pipeline.cleaned_corpus``, plus ``failures`` (articles whose cleaning raised).

    ``workers``: local worker processes (default: one per core); ``scheduler``: address of a running
    scheduler (``tcp://host:8786``) instead; ``out``: folder for the partitioned Parquet tables (default:
    a temporary folder); ``collect_tables=False`` returns that folder instead of reading the tables back.

    >>> from analysis.scale import connect
    >>> with connect(1, processes=False) as client:
    ...     cc = cleaned_corpus("data/raw", client=client, partition_size=2)
    >>> len(cc.articles), len(cc.rejects), len(cc.failures)
    (5, 0, 0)
    """
    root = text_corpus.preflight(corpus_dir)
    out = Path(out) if out else Path(tempfile.mkdtemp(prefix="cleaned-corpus-"))
    header, records = manifest_records(root)
    col = {name.strip(): k for k, name in enumerate(header)}
    names = {rec[col["file"]].strip() for _, rec in records if col.get("file", 99) < len(rec)}
    tasks = [{"root": str(root), "out": str(out), "part": k, "header": header, "records": part,
              "files": sorted({rec[col["file"]].strip() for _, rec in part if col["file"] < len(rec)})}
             for k, part in enumerate(partition_records(header, records, partition_size))]
    token = uuid.uuid4().hex[:6]
    with client_for(client, workers, scheduler) as cl:
        run(cl, clean_partition, tasks, [f"clean-{token}-{t['part']:05d}" for t in tasks],
            desc="clean", progress=progress)
    unlisted = unlisted_rejects(root, names)
    store.write_part(unlisted, out, "unlisted", 0)
    return collect(out, unlisted) if collect_tables else out
