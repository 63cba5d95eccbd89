"""Table helpers shared by the per-article loops."""

from __future__ import annotations

import pandas as pd

__all__ = ["records", "write_csv"]

#: numpy kinds whose ``tolist`` gives the Python values that ``DataFrame.to_dict("records")`` gives.
_NATIVE_KINDS = frozenset("biuf")


def _column(series: pd.Series) -> list:
    """One column as the values ``to_dict("records")`` would give (fast ``tolist`` where that is the same)."""
    dtype = series.dtype
    if isinstance(dtype, pd.StringDtype):
        fast = isinstance(dtype.na_value, float)  # the default ``str`` dtype (NaN); pd.NA becomes None there
    else:
        fast = not isinstance(dtype, pd.api.extensions.ExtensionDtype) and dtype.kind in _NATIVE_KINDS
    if fast:
        return series.tolist()
    return series.to_frame().to_dict("list")[series.name]


def records(frame: pd.DataFrame) -> list[dict]:
    """``frame.to_dict("records")``, the same values, without its per-value cost (columns read whole).

    >>> records(pd.DataFrame({"doc_id": ["a", "b"], "n": [1, 2]}))
    [{'doc_id': 'a', 'n': 1}, {'doc_id': 'b', 'n': 2}]
    """
    if not frame.columns.is_unique or not len(frame.columns):
        return frame.to_dict("records")
    names = frame.columns.tolist()
    return [dict(zip(names, values)) for values in zip(*(_column(frame[name]) for name in names))]


def write_csv(frame: pd.DataFrame, path) -> None:
    """Write a table as CSV (no index, ``\\n`` line ends) with floats to 12 significant digits: the same file on
    every machine, whatever the last bits its numeric libraries leave.

    >>> import tempfile, pathlib; f = pathlib.Path(tempfile.mkdtemp()) / "t.csv"
    >>> write_csv(pd.DataFrame({"x": [0.19129684175795328, 2.0]}), f); f.read_text()
    'x\\n0.191296841758\\n2\\n'
    """
    frame.to_csv(path, index=False, float_format="%.12g", lineterminator="\n")
