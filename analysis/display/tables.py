"""Tables for readers: short ones plain, long ones searchable and sortable in the rendered report.

``show_table(df, caption=...)`` displays a short table (``max_plain_rows`` rows or fewer) as a plain
HTML table. A longer one is stored in the notebook as data (MIME type ``application/vnd.militia.table+json``:
columns and rows, nothing else) next to a plain preview of its first rows. The report renderer turns
that data into an interactive DataTables table (itables, inlined once per page, so the page works
offline); notebook front-ends that do not know the MIME type (JupyterLab, GitHub) show the preview.
No JavaScript is stored in the notebook, so notebooks stay small and identical on rerun.
"""

from __future__ import annotations

import html
import json
import math
from typing import Any

import pandas as pd

MIME = "application/vnd.militia.table+json"
#: The most JSON (in bytes) that one interactive table carries; more rows are left to the CSV file.
MAX_BYTES = 4_000_000


def _cell(value: Any) -> Any:
    """A JSON-ready scalar: numbers stay numbers, missing values become null, the rest text.

    >>> [_cell(v) for v in (1, 2.5, 3.0, 1 / 3, float("nan"), pd.NA, True, "x", pd.Timestamp("2021-07-07"))]
    [1, 2.5, 3, 0.333333, None, None, True, 'x', '2021-07-07']
    """
    if value is None or value is pd.NA or value is pd.NaT:
        return None
    if isinstance(value, bool):
        return value
    if hasattr(value, "item") and not isinstance(value, (str, bytes)):
        value = value.item()
    if isinstance(value, bool):
        return value
    if isinstance(value, int):
        return value
    if isinstance(value, float):
        if math.isnan(value) or math.isinf(value):
            return None
        return int(value) if value.is_integer() and abs(value) < 2**53 else float(f"{value:.6g}")
    if isinstance(value, pd.Timestamp):
        return value.isoformat()[:10] if value == value.normalize() else value.isoformat()
    return str(value)


def _shown(df: pd.DataFrame) -> pd.DataFrame:
    """The frame as readers see it: a meaningful index becomes leading column(s)."""
    if isinstance(df.index, pd.RangeIndex) and df.index.name is None:
        return df
    return df.reset_index()


def _plain_html(df: pd.DataFrame, caption: str | None, note: str = "") -> str:
    """A plain, escaped HTML table with an optional caption and a note under it."""
    body = _shown(df).to_html(index=False, na_rep="", border=1, classes="analysis-table", escape=True)
    if caption:
        body = body.replace(">", f"><caption>{html.escape(caption)}</caption>", 1)
    note_html = f'<p class="analysis-table-note">{note}</p>' if note else ""
    return f"<div>{body}{note_html}</div>"


def table_payload(df: pd.DataFrame, caption: str | None = None, source: str | None = None,
                  max_bytes: int = MAX_BYTES) -> dict:
    """The data of a long table: column names and rows (cut to ``max_bytes`` of JSON), with counts.

    >>> p = table_payload(pd.DataFrame({"a": [1, 2], "b": ["x", None]}), caption="demo")
    >>> p["columns"], p["data"], p["n_rows"], p["shown_rows"]
    (['a', 'b'], [[1, 'x'], [2, None]], 2, 2)
    """
    shown = _shown(df)
    rows, size = [], 0
    for values in shown.itertuples(index=False, name=None):
        row = [_cell(v) for v in values]
        size += len(json.dumps(row, ensure_ascii=False))
        if rows and size > max_bytes:
            break
        rows.append(row)
    return {"caption": caption or "", "columns": [str(c) for c in shown.columns], "data": rows,
            "n_rows": len(shown), "shown_rows": len(rows), "source": source or ""}


def table_bundle(df: pd.DataFrame, caption: str | None = None, max_plain_rows: int = 20,
                 source: str | None = None, max_bytes: int = MAX_BYTES) -> dict[str, Any]:
    """The display bundle of ``show_table``: plain HTML when short; data plus a preview when long.

    >>> short = table_bundle(pd.DataFrame({"a": range(3)})); sorted(short)
    ['text/html', 'text/plain']
    >>> long = table_bundle(pd.DataFrame({"a": range(30)}), caption="c", source="a.csv"); sorted(long)
    ['application/vnd.militia.table+json', 'text/html', 'text/plain']
    >>> "Showing 20 of 30 rows" in long["text/html"]
    True
    >>> table_bundle(pd.DataFrame(columns=["a", "b"]))["text/plain"]  # said, not 'Empty DataFrame'
    'No rows (columns: a, b).'
    """
    if not isinstance(df, pd.DataFrame):
        raise TypeError(f"show_table needs a pandas DataFrame, got {type(df).__name__}")
    if df.empty:
        cols = ", ".join(map(str, df.columns))
        return {"text/html": _plain_html(df, caption, "No rows."),
                "text/plain": f"{caption + chr(10) if caption else ''}No rows (columns: {cols})."}
    plain = f"{caption + chr(10) if caption else ''}{df.head(max_plain_rows).to_string(max_colwidth=60)}"
    if len(df) <= max_plain_rows:
        return {"text/html": _plain_html(df, caption), "text/plain": plain}
    where = f"; every row is in <code>{html.escape(source)}</code>" if source else ""
    note = (f"Showing {max_plain_rows} of {len(df):,} rows. In the rendered report this table can be "
            f"searched, sorted and paged{where}.")
    return {MIME: table_payload(df, caption, source, max_bytes),
            "text/html": _plain_html(df.head(max_plain_rows), caption, note),
            "text/plain": plain + f"\n[{len(df)} rows x {df.shape[1]} columns]"}


def show_table(df: pd.DataFrame, caption: str | None = None, max_plain_rows: int = 20, source: str | None = None,
               max_bytes: int = MAX_BYTES) -> None:
    """Display a table: plain when it has at most ``max_plain_rows`` rows, searchable and sortable when longer.

    ``source`` names the file that holds every row (shown to the reader); a table whose JSON would
    exceed ``max_bytes`` keeps its first rows only, and says so.

    >>> show_table(pd.DataFrame({"a": [1]}))  # outside a notebook, the bundle is printed  # doctest: +ELLIPSIS
    {'text/html': '<div><table border="1" class="dataframe analysis-table">...
    """
    from IPython.display import display

    display(table_bundle(df, caption, max_plain_rows, source, max_bytes), raw=True)
