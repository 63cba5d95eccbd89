"""Marks typed for an apostrophe, read as the apostrophe they stand for (one character for one: offsets hold).

Some sites write "Kurdistan´s" (an acute accent) or "Kurdistanʼs" (a modifier letter); the rules of the
quote and incident extractors read "’" and "'" only. Both extractors map these marks before reading and
report the text they were given.
"""

from __future__ import annotations

__all__ = ["APOSTROPHE_LIKE", "has_apostrophe_like", "true_apostrophes"]

#: the marks read as "’": acute accent, modifier letter apostrophe (one character each)
APOSTROPHE_LIKE = str.maketrans({"\u00b4": "\u2019", "\u02bc": "\u2019"})


def has_apostrophe_like(text: str) -> bool:
    """Whether ``text`` holds a mark typed for an apostrophe.

    >>> has_apostrophe_like("Iraq\u00b4s north"), has_apostrophe_like("Iraq’s north")
    (True, False)
    """
    return "\u00b4" in text or "\u02bc" in text


def true_apostrophes(text: str) -> str:
    """``text`` with each mark typed for an apostrophe made "’" (same length, same offsets).

    >>> true_apostrophes("Iraq\u00b4s and Syria\u02bcs")
    'Iraq’s and Syria’s'
    """
    return text.translate(APOSTROPHE_LIKE) if has_apostrophe_like(text) else text
