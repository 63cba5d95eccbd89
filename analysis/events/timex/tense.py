"""Tense around a time expression: does its clause point to the future (will, plans to, scheduled) or the past?

Looks only at a bounded window (the clause up to 70 characters before the mention and 40 after),
so the cost per mention is constant.
"""

from __future__ import annotations

import re

__all__ = ["PAST", "UNTIL", "FUTURE", "DONE", "clause_tense", "in_relative_clause", "sentence_start"]

#: Tenses: PAST (news default, leaning to the past), UNTIL (leaning forward: "until", "by" in a present clause),
#: FUTURE (will, plans to, scheduled), DONE (a past-tense verb right before: "ended Jan. 31", strictly the past).
PAST, UNTIL, FUTURE, DONE = 0, 1, 2, 3

_FUTURE = re.compile(
    r"\b(?:will|won't|shall|going\s+to|is\s+to|are\s+to|plans?\s+to|planned\s+for|scheduled|slated|"
    r"due\s+to|is\s+due|are\s+due|expected\s+to|set\s+to|to\s+be\s+held|upcoming|"
    r"expects?|expecting|forecasts?|predicts?|(?:hopes?|aims?|intends?|vows?|pledges?)\s+to|would(?!\s+have)|"
    r"takes?\s+effect|go(?:es)?\s+into\s+effect|come\s+into\s+force)\b|'ll\b", re.IGNORECASE)
_REPORTING_END = re.compile(r"\b(?:said|says|told|announced|reported|added|stated|confirmed|claimed|warned|noted)\s*(?:on\s*)?$",
                            re.IGNORECASE)
_FUTURE_AFTER = re.compile(r"\s*(?:,\s*)?(?:will|'ll|is\s+to|are\s+to)\b", re.IGNORECASE)
_DEADLINE = re.compile(r"\b(?:ahead\s+of|in\s+the\s+run-up\s+to|set\s+for|slated\s+for|(?<!was\s)(?<!were\s)(?<!had\s)(?<!been\s)"
                       r"(?:now\s+)?expected\s+(?:on|by|for)?)\s*$", re.IGNORECASE)
_MODAL = re.compile(r"\b(?:must|could|may|might|should|needs?\s+to|has\s+to|have\s+to)\b(?!\s+have\b)", re.IGNORECASE)
_SCHEDULED = re.compile(
    r"(?:\b(?P<aux>was|were|had|has|have|did|didn't|to)\s+)?\b(?:begins?|starts?|opens?|reopens?|resumes?|expires?|convenes?|arrives?|departs?|"
    r"takes?\s+office|kicks?\s+off|votes?|meets?|returns?|go\s+to\s+the\s+polls|goes\s+to\s+the\s+polls)(?:\s+\w+ly)?\s+(?:on\s+)?$",
    re.IGNORECASE)
_DONE_BEFORE = re.compile(
    r"\b(?:was|were|\w{3,}ed|began|took|came|went|fell|rose|met|held|left|won|lost|saw|got|made|died|struck|hit|shot|"
    r"killed|fled|led|sent|sold|bought|paid|spoke|wrote|told)\s+(?:on\s+|in\s+|at\s+)?$", re.IGNORECASE)
_UNTIL_BEFORE = re.compile(r"\b(?:until|till|through|by)\s+$", re.IGNORECASE)
_PAST_MARK = re.compile(r"\b(?:was|were|had|did|\w{3,}ed)\b", re.IGNORECASE)


def sentence_start(text: str, i: int, limit: int = 300) -> int:
    """Offset where the sentence containing offset ``i`` starts, looking back at most ``limit`` characters.

    >>> t = "It rained. On Friday they met."
    >>> t[sentence_start(t, t.index("Friday")):]
    'On Friday they met.'
    """
    lo = max(0, i - limit)
    cut = max(text.rfind(". ", lo, i), text.rfind("\n", lo, i), text.rfind("? ", lo, i), text.rfind("! ", lo, i),
              text.rfind("; ", lo, i))
    if cut < 0:
        return lo
    return cut + 1 + (text[cut + 1 : cut + 2] == " ")


_CUES = ("will", "won't", "shall", "going to", " is to", " are to", "plan", "schedul", "slated", "due", "expect", "set to",
         "to be held", "upcoming", "forecast", "predict", "hope", "aim", "intend", "vow", "pledge", "would", "effect",
         "into force", "'ll")


def _future_cue(window: str) -> bool:
    """True when a future cue (will, plans to, expected to ...) occurs in the window (a cheap test before the regex)."""
    low = window.lower()
    return any(cue in low for cue in _CUES) and bool(_FUTURE.search(window))


def _after(text: str, end: int) -> str:
    """Up to 30 characters after a mention, stopping at a full stop or a line end."""
    stop = [i for i in (text.find(".", end, end + 40), text.find("\n", end, end + 40)) if i >= 0]
    return text[end : min([*stop, end + 30])]


def clause_tense(text: str, start: int, end: int) -> int:
    """Tense of the clause around a mention: FUTURE (will, plans to, scheduled), DONE (a past verb right before),
    UNTIL ('until', or 'by'/'through' in a clause without past verbs), else PAST.

    >>> t = "Talks will resume on Tuesday. The Pentagon said on Thursday it will respond. It ended Jan. 31."
    >>> [clause_tense(t, t.index(w), t.index(w) + len(w)) for w in ("Tuesday", "Thursday", "Jan. 31")]
    [2, 0, 3]
    """
    wide = text[sentence_start(text, start, 150) : start]  # the sentence so far, at most 150 characters
    before, tail = wide[-70:], wide[-45:]  # end-anchored cues only need the last words
    if _REPORTING_END.search(tail):
        return PAST  # "the Pentagon said on Thursday it will ...": the saying is past
    after = _after(text, end)
    if _future_cue(wide) and (_FUTURE.search(before) or not _PAST_MARK.search(wide[wide.rfind(",") + 1 :] if "," in wide else "")):
        return FUTURE
    if _FUTURE_AFTER.match(after) or _DEADLINE.search(tail) or (tail.endswith("by ") and _MODAL.search(before)) \
            or (tail.endswith("for ") and not after.startswith("'")):
        return FUTURE  # deadlines and scheduled events: "must repay by Tuesday", "ahead of Sunday's vote", "set for Sunday"
    sched = _SCHEDULED.search(tail)
    if sched and not sched.group("aux"):
        return FUTURE  # a scheduled event in the present tense: "the trial begins Monday"
    if _DONE_BEFORE.search(tail):
        return DONE
    if _UNTIL_BEFORE.search(tail) and (re.search(r"\b(?:until|till)\s+$", tail, re.I) or not _PAST_MARK.search(before)):
        return UNTIL
    return PAST


def in_relative_clause(text: str, start: int, until: int) -> bool:
    """True when the mention at ``start`` sits in a closed ', who/which ... ,' clause that ends before ``until``.

    >>> t = "Hicks, who flew with him on Wednesday, tested positive a day earlier."
    >>> in_relative_clause(t, t.index("Wednesday"), t.index("a day"))
    True
    """
    open_ = text.rfind(",", max(0, start - 200), start)
    if open_ < 0 or re.search(r"[.!?;]\s", text[open_:start]):
        return False
    close = text.find(",", start, until)
    return close >= 0 and bool(re.search(r"\b(?:who|which|whom|whose)\b", text[open_:start], re.I))
