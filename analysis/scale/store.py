"""Partitioned Parquet tables: one folder per table, one file per partition (``part-00000.parquet``)."""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq


@contextmanager
def scratch(out: str | Path | None, prefix: str, keep: bool) -> Iterator[Path]:
    """The folder ``out`` when given; else a new temporary folder, removed on exit unless ``keep``.

    >>> with scratch(None, "demo-", keep=False) as d:
    ...     existed = d.is_dir()
    >>> existed, d.exists()
    (True, False)
    """
    if out:
        yield Path(out)
        return
    tmp = Path(tempfile.mkdtemp(prefix=prefix))
    try:
        yield tmp
    finally:
        if not keep:
            shutil.rmtree(tmp, ignore_errors=True)


def part_path(folder: str | Path, table: str, part: int | str) -> Path:
    """The file of one partition of one table.

    >>> part_path("/tmp/run", "articles", 3).as_posix()
    '/tmp/run/articles/part-00003.parquet'
    """
    name = f"part-{part:05d}" if isinstance(part, int) else f"part-{part}"
    return Path(folder) / table / f"{name}.parquet"


def write_part(df: pd.DataFrame, folder: str | Path, table: str, part: int | str) -> Path:
    """Write one partition (index dropped; written to a temporary name first, so a file is whole or absent).

    >>> import tempfile; p = write_part(pd.DataFrame({"x": [1]}), tempfile.mkdtemp(), "t", 0); p.name
    'part-00000.parquet'
    """
    path = part_path(folder, table, part)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".tmp")
    df.reset_index(drop=True).to_parquet(tmp, index=False, engine="pyarrow")
    tmp.replace(path)
    return path


def parts(folder: str | Path, table: str) -> list[Path]:
    """The partition files of a table, in partition order.

    >>> import tempfile; d = tempfile.mkdtemp(); _ = write_part(pd.DataFrame({"x": [1]}), d, "t", 0)
    >>> [p.name for p in parts(d, "t")]
    ['part-00000.parquet']
    """
    return sorted((Path(folder) / table).glob("part-*.parquet"))


def read_table(folder: str | Path, table: str, columns: list[str] | None = None) -> pd.DataFrame:
    """All partitions of a table, concatenated in partition order (empty frame when there are none).

    >>> import tempfile; d = tempfile.mkdtemp(); _ = write_part(pd.DataFrame({"x": [2]}), d, "t", 1)
    >>> _ = write_part(pd.DataFrame({"x": [1]}), d, "t", 0); read_table(d, "t")["x"].tolist()
    [1, 2]
    """
    frames = [pd.read_parquet(p, columns=columns, engine="pyarrow") for p in parts(folder, table)]
    frames = [f for f in frames if len(f.columns)]
    if not frames:
        return pd.DataFrame(columns=columns or [])
    non_empty = [f for f in frames if len(f)]
    return pd.concat(non_empty or frames[:1], ignore_index=True)


def rebuild(df: pd.DataFrame, columns: list[str]) -> pd.DataFrame:
    """A table rebuilt from its rows, as the in-process code builds it (``pd.DataFrame(rows, columns=...)``).

    >>> rebuild(pd.DataFrame({"a": [1], "b": ["x"]}), ["b", "a"]).columns.tolist()
    ['b', 'a']
    """
    return pd.DataFrame(df.to_dict("records") if len(df) else [], columns=columns)


def write_groups(frames: list[pd.DataFrame], folder: str | Path, table: str, part: int | str) -> Path:
    """Write one partition as one Parquet row group per frame, in order (empty frames give empty row groups),
    so that a reader takes one group (:func:`read_group`) without reading the rest of the file.

    >>> import tempfile; d = tempfile.mkdtemp(); f = [pd.DataFrame({"x": [1, 2]}), pd.DataFrame({"x": [3]})]
    >>> _ = write_groups(f, d, "t", 0); read_group(d, "t", 0, 1)["x"].tolist(), read_group(d, "t", 0, 0)["x"].tolist()
    ([3], [1, 2])
    """
    path = part_path(folder, table, part)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".tmp")
    tables = [pa.Table.from_pandas(f.reset_index(drop=True), preserve_index=False) for f in frames]
    schema = next((t.schema for t in tables if t.num_rows), tables[0].schema if tables else pa.schema([]))
    with pq.ParquetWriter(tmp, schema) as writer:
        for t in tables:
            writer.write_table(t if t.num_rows else pa.Table.from_pylist([], schema=schema), row_group_size=max(1, t.num_rows))
    tmp.replace(path)
    return path


def read_group(folder: str | Path, table: str, part: int | str, group: int) -> pd.DataFrame:
    """One row group of one partition written by :func:`write_groups` (an empty frame when the file has none)."""
    path = part_path(folder, table, part)
    if not path.exists():
        return pd.DataFrame()
    f = pq.ParquetFile(path)
    return f.read_row_group(group).to_pandas() if group < f.num_row_groups else f.schema_arrow.empty_table().to_pandas()
