"""Time expressions in news text with TimeML values, read against the publication date.

``date_mentions(text, published)`` finds every time expression and gives its TIMEX3 value, type and
mod, a readable value, a precision and a calendar interval. The package, in reading order:

* ``lexicon``: month, weekday, season, holiday and number words, and the regex pieces built from them;
* ``patterns``: one regular expression per rule, each with the key words its matches contain;
* ``scan``: finding expressions near their key words, context checks, non-overlapping selection;
* ``values``: TimeML values with their intervals (day ... century, PAST_REF ...) and calendar arithmetic;
* ``numeric``: all-digit dates and the m/d versus d/m choice;
* ``absolute``: expressions that carry their own year;
* ``tense``: the tense of the clause around an expression;
* ``anchoring``: relative expressions resolved against the publication date with tense;
* ``focus``: expressions read against a date the text mentioned ("a day later", "the same day");
* ``joins``: passes over the read expressions that join neighbours ('late Thursday and early Friday', 'April 24 and
  25', 'dawn Friday', 'the day before Tuesday');
* ``mentions``: ``date_mentions`` itself;
* ``reader``: one text read against one publication date after another (``MentionReader``);
* ``publication``: ``infer_publication_window`` for undated articles.

Scoring against gold annotations lives in :mod:`analysis.validate.dates`.
"""

from __future__ import annotations

from typing import Any

from .anchoring import resolve_weekday
from .mentions import DATE_COLUMNS, date_mentions
from .publication import EVIDENCE_COLUMNS, PublicationInference, infer_publication_window

__all__ = ["DATE_COLUMNS", "EVIDENCE_COLUMNS", "PublicationInference", "date_mentions", "infer_publication_window",
           "resolve_weekday"]

_MOVED = {"load_heldout", "align_heldout", "score_heldout", "score_date_mentions", "evaluate_dates"}


def __getattr__(name: str) -> Any:
    """Scoring helpers moved to ``analysis.validate.dates``; old imports still work, with a DeprecationWarning."""
    if name in _MOVED:
        import warnings

        from analysis.validate import dates

        warnings.warn(f"analysis.events.timex.{name} moved to analysis.validate.dates.{name}", DeprecationWarning, stacklevel=2)
        return getattr(dates, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
