"""Progress bars for long corpus-scale steps, shown to the person running them, never in committed outputs.

``progress(iterable, enabled=...)`` wraps an iterable in a tqdm bar on standard error when enabled;
``enabled=None`` (the default of the helpers that take a ``progress`` option) means "only in an
interactive terminal", so notebooks executed by the report runner and the tests stay free of bar noise.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterable, Iterator
from typing import TypeVar

T = TypeVar("T")


def wanted(enabled: bool | None) -> bool:
    """Resolve a ``progress`` option: True/False as given; None means a terminal on stderr and no opt-out.

    >>> wanted(False), wanted(True)
    (False, True)
    """
    if enabled is not None:
        return bool(enabled)
    return sys.stderr.isatty() and not os.environ.get("ANALYSIS_NO_PROGRESS")


def progress(iterable: Iterable[T], enabled: bool | None = None, desc: str = "", total: int | None = None,
             unit: str = "it") -> Iterator[T] | Iterable[T]:
    """The iterable, wrapped in a tqdm bar on stderr when progress is wanted.

    >>> list(progress(range(3), enabled=False))
    [0, 1, 2]
    """
    if not wanted(enabled):
        return iterable
    from tqdm.auto import tqdm

    return tqdm(iterable, desc=desc, total=total, unit=unit, file=sys.stderr, leave=False, dynamic_ncols=True)
