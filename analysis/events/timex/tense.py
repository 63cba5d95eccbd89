"""Tense around a time expression: does its clause point to the future (will, plans to, scheduled) or the past?

Looks only at a bounded window (the clause up to 70 characters before the mention and 40 after),
so the cost per mention is constant.
"""

from __future__ import annotations

import re

__all__ = ["PAST", "UNTIL", "FUTURE", "clause_tense", "in_relative_clause", "sentence_start"]

PAST, UNTIL, FUTURE = 0, 1, 2

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
    r"(?:\b(?P<aux>was|were|had|has|have|did)\s+)?\b(?:begins?|starts?|opens?|reopens?|resumes?|expires?|convenes?|arrives|departs|"
    r"takes\s+office|kicks\s+off|votes|meets|go\s+to\s+the\s+polls|goes\s+to\s+the\s+polls)\s+(?:on\s+)?$", re.IGNORECASE)
_BOUNDARY = re.compile(r"[.!?;\n](?=\s)|\n")


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


def clause_tense(text: str, start: int, end: int) -> int:
    """FUTURE when the clause around a mention is in the future tense (will, plans to, scheduled), UNTIL after until/till, else PAST.

    >>> t = "Talks will resume on Tuesday. The Pentagon said on Thursday it will respond."
    >>> clause_tense(t, t.index("Tuesday"), t.index("Tuesday") + 7), clause_tense(t, t.index("Thursday"), t.index("Thursday") + 8)
    (2, 0)
    """
    before = text[max(sentence_start(text, start), start - 70) : start]
    if _REPORTING_END.search(before):
        return PAST
    stop = [i for i in (text.find(".", end, end + 40), text.find("\n", end, end + 40)) if i >= 0]
    after = text[end : min([*stop, end + 30])]
    if _FUTURE.search(before) or _FUTURE_AFTER.match(after):
        return FUTURE
    if _DEADLINE.search(before) or (_MODAL.search(before) and re.search(r"\bby\s+$", before, re.I)) \
            or (re.search(r"\bfor\s+$", before, re.I) and not after.startswith("'")):
        return FUTURE  # deadlines and scheduled events: "must repay by Tuesday", "ahead of Sunday's vote", "set for Sunday"
    sched = _SCHEDULED.search(before)
    if sched and not sched.group("aux"):
        return FUTURE  # a scheduled event in the present tense: "the trial begins Monday"
    return UNTIL if re.search(r"\b(?:until|till)\s+$", before, re.I) else PAST


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
