"""Argument checks shared by the public helpers: a clear error naming the argument, never a bare
``AttributeError`` deep inside. ``CorpusError`` is the one error a corpus folder can raise as a whole.

Other subpackages call these at the top of their public functions::

    from analysis.text.checks import require_text
    def extract_quotes(text: str) -> pd.DataFrame:
        text = require_text(text, "text")
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterable, Mapping
from pathlib import Path

import pandas as pd


class CorpusError(ValueError):
    """A corpus folder that cannot be read at all: one message naming the file, the line and what to fix."""


def _kind(value: object) -> str:
    return "None" if value is None else type(value).__name__


#: a UTF-16 surrogate code point on its own (a str can hold one; no text file decodes to it)
_SURROGATE = re.compile("[\ud800-\udfff]")


def require_text(value: object, name: str, *, allow_none: bool = False) -> str:
    """Return ``value`` if it is a ``str``; raise TypeError naming the argument otherwise (ValueError for a str
    holding a lone surrogate, which no encoder accepts).

    ``None`` is refused unless ``allow_none`` (then it becomes ``""``). A pandas missing value (NaN)
    is refused like None: a text column with holes is a caller's bug worth naming.

    >>> require_text("Rockets hit the base.", "text")
    'Rockets hit the base.'
    >>> require_text(None, "text")
    Traceback (most recent call last):
    ...
    TypeError: text must be a str, got None
    """
    if isinstance(value, str):
        if not value.isascii() and (bad := _SURROGATE.search(value)):  # no encoder, nor pandas, accepts these
            raise ValueError(f"{name} holds a lone surrogate (U+{ord(bad.group()):04X}) at offset {bad.start()}: not "
                             "valid Unicode; decode the bytes with errors='replace'")
        return value
    if value is None and allow_none:
        return ""
    if isinstance(value, bytes):
        raise TypeError(f"{name} must be a str, got bytes: decode it first (analysis.text.decoding.decode_bytes)")
    if isinstance(value, float) and value != value:
        raise TypeError(f"{name} must be a str, got NaN (a missing value)")
    raise TypeError(f"{name} must be a str, got {_kind(value)}")


def require_bytes(value: object, name: str) -> bytes:
    """Return ``value`` as bytes if it is bytes-like; raise TypeError naming the argument otherwise.

    >>> require_bytes(b"abc", "data"), require_bytes(bytearray(b"x"), "data")
    (b'abc', b'x')
    """
    if isinstance(value, (bytes, bytearray, memoryview)):
        return bytes(value)
    hint = ": encode it first, or pass the text to a text helper" if isinstance(value, str) else ""
    raise TypeError(f"{name} must be bytes, got {_kind(value)}{hint}")


def require_frame(value: object, name: str, columns: Iterable[str] = ()) -> pd.DataFrame:
    """Return ``value`` if it is a DataFrame holding ``columns``; raise TypeError/ValueError naming what is wrong.

    >>> require_frame(pd.DataFrame({"doc_id": []}), "articles", ["doc_id"]).shape
    (0, 1)
    >>> require_frame(pd.DataFrame(), "articles", ["doc_id", "text"])
    Traceback (most recent call last):
    ...
    ValueError: articles lacks column(s) ['doc_id', 'text']
    """
    if not isinstance(value, pd.DataFrame):
        raise TypeError(f"{name} must be a pandas DataFrame, got {_kind(value)}")
    missing = [c for c in columns if c not in value.columns]
    if missing:
        raise ValueError(f"{name} lacks column(s) {missing}")
    return value


def require_mapping(value: object, name: str, keys: Iterable[str] = ()) -> Mapping:
    """Return ``value`` if it is a mapping (dict, pandas row) with ``keys``; raise TypeError/ValueError otherwise.

    >>> require_mapping({"doc_id": "a", "raw": ""}, "row", ["doc_id", "raw"])["doc_id"]
    'a'
    """
    if type(value) is dict:  # the usual case, without the abstract-class check
        pass
    elif isinstance(value, pd.Series):
        value = value.to_dict()
    elif not isinstance(value, Mapping):
        raise TypeError(f"{name} must be a mapping (dict or DataFrame row), got {_kind(value)}")
    missing = [k for k in keys if k not in value]
    if missing:
        raise ValueError(f"{name} lacks key(s) {missing}")
    return value


def require_folder_arg(value: object, name: str = "folder") -> Path:
    """Return a folder argument as a Path; ``None``, empty and non-path values raise CorpusError.

    >>> require_folder_arg("data/raw").name
    'raw'
    >>> require_folder_arg("  ")
    Traceback (most recent call last):
    ...
    analysis.text.checks.CorpusError: no corpus folder given (folder is empty): pass the folder that holds the articles and manifest.csv
    """
    if value is None or (isinstance(value, str) and not value.strip()):
        what = "None" if value is None else "empty"
        raise CorpusError(f"no corpus folder given ({name} is {what}): "
                          "pass the folder that holds the articles and manifest.csv")
    if not isinstance(value, (str, os.PathLike)):
        raise CorpusError(f"{name} must be a path (str or Path), got {_kind(value)}")
    return Path(value)
