"""Partitioned Parquet tables: one folder per table, one file per partition (``part-00000.parquet``)."""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pandas as pd


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
