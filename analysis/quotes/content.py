"""Reported content: the span of words a speaker is reported to have said, around a partial quote.

A quote with no cue of its own in its sentence is its own content. A partial quote inside reported speech ('Lee said the plan was "a
mistake" from the start.') quotes a few words of a longer report: the content is the reported clause the
cue governs, from after the cue (and 'that') to the end of the sentence, or, when the attribution follows
('The plan was "a mistake," Lee said.'), from the start of the sentence to the attribution. Bounded by
one sentence, so the cost is linear.
"""

from __future__ import annotations

import re

from .cues import Attribution
from .marks import QuoteSpan, sentence_end, sentence_start

#: what may stand between a cue and its reported clause: an addressee and 'that' ('told reporters that')
_LEAD_IN = re.compile(r"[\s,:]*(?:(?:to\s+)?(?:[\w.’'\-]+\s+){0,3}?that\b)?[\s,:]*")
#: the attribution that closes a sentence: a comma or dash before the speaker or the cue
_TRAIL = re.compile(r"[\s,;:–—-]+$")
#: attributions whose cue does not govern a reported clause (the quote is the cue's object only)
_OBJECT_ONLY = {"governing cue", "sentence subject"}


def content_span(text: str, sp: QuoteSpan, at: Attribution | None, kind: str, para: tuple[int, int]) -> tuple[int, int]:
    """(start, end) of the reported content holding quote ``sp``: the quoted words themselves unless the quote's
    own cue sits in its sentence, then the clause that cue reports (a direct quote after 'X said,' is that clause).

    >>> from analysis.quotes import extract_quotes
    >>> t = 'Lee said the plan was "a mistake" from the start.'
    >>> r = extract_quotes(t).iloc[0]; t[r.content_start:r.content_end]
    'the plan was "a mistake" from the start.'
    >>> t = 'The plan was "a mistake" from the start, Lee said.'
    >>> r = extract_quotes(t).iloc[0]; t[r.content_start:r.content_end]
    'The plan was "a mistake" from the start'
    """
    own = (sp.start, sp.end)
    if kind == "continuation" or at is None or at.cue_start < 0 or at.where in _OBJECT_ONLY or \
            (at.mention is None and at.where != "reported clause"):
        return own
    lo, hi = para
    s0 = sentence_start(text, sp.open_start, lo)
    if at.cue_end <= sp.open_start and at.cue_start >= s0:
        a = _LEAD_IN.match(text, at.cue_end, sp.open_start).end()
        if at.mention is not None and at.mention.start >= at.cue_end:   # 'said Lee' before the clause: after the speaker
            a = _LEAD_IN.match(text, at.mention.end, sp.open_start).end() if at.mention.end <= sp.open_start else a
        closed = re.search(r"[.!?][’'\"”]*$", text[sp.start:sp.close_end])
        return min(a, sp.open_start), sp.close_end if closed else max(sentence_end(text, sp.close_end, hi), sp.close_end)
    first = min(at.cue_start, at.mention.start if at.mention is not None else at.cue_start)
    if first >= sp.close_end and first - sp.close_end <= 200 and not re.search(r"[.!?]\s", text[sp.close_end:first]):
        b = _TRAIL.search(text, sp.close_end, first)
        return s0, b.start() if b else first
    return own
