"""Run-time helpers shared by the analysis steps."""

from __future__ import annotations

import gc
from contextlib import contextmanager
from typing import Iterator

__all__ = ["no_gc"]


@contextmanager
def no_gc() -> Iterator[None]:
    """Cyclic garbage collection off meanwhile (many small objects and no cycles: collecting only costs time).

    Reference counting still frees memory; the collector is switched back on only if it was on before.

    >>> with no_gc():
    ...     gc.isenabled()
    False
    """
    was = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was:
            gc.enable()
