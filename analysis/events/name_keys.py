"""Keys of names shared by the place finders: the folded key of a spelling and the first names no town may be.

A folded key joins the spellings reporters use for one Arabic or Kurdish name ("Al Miqdadiyeh", "Miqdadiya");
first names ("Sonia", "Hamza") are never read as a folded spelling of a town.
"""

from __future__ import annotations

from functools import lru_cache

import pandas as pd

from .. import paths
from .gazetteer import MIN_FOLD, fold_key, match_key, tokens

__all__ = ["folded", "first_name_keys"]


def folded(name: str) -> str:
    """The folded key of a name ('' when too short to be matched folded).

    >>> folded("Al Miqdadiyeh") == folded("Miqdadiya"), folded("Kut")
    (True, '')
    """
    fk = fold_key(tuple(t.key for t in tokens(name)))
    return fk if len(fk) >= MIN_FOLD else ""


@lru_cache(maxsize=1)
def first_name_keys() -> frozenset[str]:
    """Keys of the first names of ``data/reference/speaker_first_names.csv`` ("Sonia", "Hamza").

    >>> {"sonia", "hamza"} <= first_name_keys()
    True
    """
    first = pd.read_csv(paths.REFERENCE / "speaker_first_names.csv", dtype=str, keep_default_na=False)["name"]
    return frozenset(match_key(n) for n in first)
