"""Quotations and their speakers.

Extraction, one step per module: ``marks`` (quotation marks and their pairing), ``cues`` (reporting cues and
attribution), ``mentions`` (speaker noun phrases), ``nonspeech`` (titles, names, scare quotes), ``resolve``
(pronouns, surnames, roles and documents inside one article), chained by ``extract``; ``lexicon`` reads the
reference tables. Across articles: ``speakers`` (one speaker per person or body, with a group from evidence).
Then ``topics``, ``tone`` and ``drift`` (the same quote reworded across outlets).

The public names are imported when first used, so that a caller of ``marks`` alone (the reuse aligner's
quotation mask) does not load the cue, mention and speaker modules and their tables.
"""

from __future__ import annotations

import importlib
import importlib.util
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .extract import QUOTE_COLUMNS, extract_corpus_quotes, extract_quotes
    from .speakers import GROUPS, resolve_speakers

#: public name -> the module that defines it
_EXPORTS = {"extract_quotes": "extract", "extract_corpus_quotes": "extract", "QUOTE_COLUMNS": "extract",
            "resolve_speakers": "speakers", "GROUPS": "speakers"}

__all__ = ["extract_quotes", "extract_corpus_quotes", "resolve_speakers", "QUOTE_COLUMNS", "GROUPS"]


def __getattr__(name: str) -> Any:
    """A public name or a submodule, imported when first asked for.

    >>> import analysis.quotes as q; q.extract_quotes.__module__, q.lexicon.__name__
    ('analysis.quotes.extract', 'analysis.quotes.lexicon')
    """
    if "." in name:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    if name in _EXPORTS:
        value = getattr(importlib.import_module(f".{_EXPORTS[name]}", __name__), name)
    elif not name.startswith("__") and importlib.util.find_spec(f"{__name__}.{name}") is not None:
        value = importlib.import_module(f".{name}", __name__)
    else:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    """The module's names with the public ones not yet imported (for tab completion).

    >>> "extract_quotes" in dir(__import__("analysis.quotes").quotes)
    True
    """
    return sorted(set(globals()) | set(__all__))
