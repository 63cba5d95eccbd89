"""Whose words a quote gives: the owner of a claim noun between a cue and its quote (``claim_owner``) and the source
that relays an attributed quote (``relayed_by``)."""

from __future__ import annotations

import re

from ..marks import sentence_end
from ..mentions import Mention, np_at_end
from .gate import Attribution, WINDOW
from .after import according_to_source
from .subjects import _SPEECH_NOUNS


#: a noun naming someone's words, owned by an agent: 'claims by X that', 'X's suggestion that'
_CLAIM_BY = re.compile(rf"\b(?:{_SPEECH_NOUNS}|allegations?|charges?)\s+(?:made\s+)?(?:by|from)\s+", re.I)
_CLAIM_OF = re.compile(rf"[’']s?\s+(?:\w+\s+)?(?:{_SPEECH_NOUNS}|allegations?|charges?)\s+that\b", re.I)
_THAT = re.compile(r"\s+that\b")


_FINITE = re.compile(r"\b(?:is|are|was|were|has|have|had|will|would|can|could|does|do|did|may|might|must|should)\b", re.I)


def _inside_clause(text: str, a: int, open_start: int) -> bool:
    """Whether a quote at ``open_start`` still sits in the 'that' clause opening at ``a``: a second finite verb
    means the clause closed and the main clause's verb came ('X's claim that it is cheap is "not true"').

    >>> t = 'that the cuts are "small"'; _inside_clause(t, 4, 18), _inside_clause('that it is cheap is "no"', 4, 20)
    (True, False)
    """
    return len(_FINITE.findall(text, a, open_start)) <= 1 and not re.search(r"[,;:]", text[a:open_start])


def claim_owner(text: str, cue_end: int, open_start: int) -> Mention | None:
    """The owner of a claim noun between a cue and the quote of its 'that' clause: the quoted words are the claim's
    ('rejected claims by the minister that the cuts were "small"', 'denied the minister's claim that ...').

    >>> t = 'She rejected claims by the finance minister that the cuts were "small".'
    >>> claim_owner(t, 12, t.index('"')).name
    'the finance minister'
    >>> t = 'She rejected Ann Lee’s claim that it was "small".'; claim_owner(t, 12, t.index('"')).name
    'Ann Lee'
    >>> claim_owner('She said that it was "small".', 8, 21) is None
    True
    >>> t = 'She said Ann Lee’s claim that it is cheap is "not true".'; claim_owner(t, 8, t.index('"')) is None
    True
    """
    hi = min(open_start, cue_end + 160)
    by = _CLAIM_BY.search(text, cue_end, hi)
    if by is not None and (that := _THAT.search(text, by.end(), hi)) is not None and \
            not re.search(r"[,;:.]", text[by.end():that.start()]) and _inside_clause(text, that.end(), open_start):
        return np_at_end(text, by.end(), that.start(), subject=False)
    of = _CLAIM_OF.search(text, cue_end, hi)
    if of is not None and not re.search(r"[,;:.]", text[cue_end:of.start()]) and _inside_clause(text, of.end(), open_start):
        m = np_at_end(text, cue_end, of.start(), subject=False)
        return m if m is not None and m.kind in {"person", "role", "body"} else None
    return None


#: a relay closing the reporting clause: ', according to The Blaze.' / ', the Chicago Tribune reported.'
_RELAY_ACCORDING = re.compile(r"[^.;:!?]{0,160}?,?\s+(according\s+to)\s+(?=\S)")
_RELAY_REPORTS = re.compile(r"[^.;:!?]{0,160}?,\s+((?:the\s+)?[A-Z][\w.&’'\-]*(?:\s+[A-Z][\w.&’'\-]*){0,4})\s+"
                            r"(?:first\s+|also\s+|originally\s+|earlier\s+)?(reports|reported|reporting)"
                            r"(?:\s+(?:on\s+)?[A-Z][a-z]+day)?\s*(?:[.]|$)")
#: the same relay inverted: ', reports USA Today.'
_RELAY_REPORTS_INVERTED = re.compile(r"[^.;:!?]{0,160}?,\s+(reports|reported)\s+((?:the\s+)?[A-Z][\w.&’'\-]*"
                                     r"(?:\s+[A-Z][\w.&’'\-]*){0,4})\s*(?:[.]|$)")
#: a relay opening the sentence: 'According to the memo, X said "..."'
_RELAY_OPENING = re.compile(r"\s*(?:(?:But|And|Yet)\s+)?(According\s+to)\s+(?=\S)")


def _relay_source(text: str, m: re.Match, hi: int, where: str) -> Attribution | None:
    """The 'according to' source after match m, unless it is a named person (who heard the words, not relayed them).

    >>> t = ", according to Reuters."; _relay_source(t, _RELAY_ACCORDING.match(t), len(t), "after").mention.name
    'Reuters'
    """
    men = according_to_source(text, m.end(), hi)
    if men is None or (men.kind == "person" and not re.match(r"(?:the|a|an)\s", text[m.end():men.end], re.I)):
        return None
    return Attribution("according to", m.start(1), m.end(1), men, where)


def _inside_quote(seg: str) -> bool:
    """Whether the end of ``seg`` lies inside a quotation it opens ('said that "the driver fired, according to').

    >>> _inside_quote('said that "he fired'), _inside_quote('said he was "glad" to see it')
    (True, False)
    """
    return seg.count("“") > seg.count("”") or seg.count('"') % 2 == 1 or seg.count("''") % 2 == 1


def relayed_by(text: str, at: Attribution, hi: int, lo: int = -1) -> Attribution | None:
    """The source that relays an attributed quote ('X said, according to Y.', 'X said, Y reported.'), or None.

    As PolNeAR annotates, an outlet, document or anonymous source that relays the words is their source; a named
    person who relays them ('X said, according to Ann Lee') leaves the speaker X. ``lo`` is the sentence start.

    >>> from analysis.quotes.cues import attribution_after, attribution_before
    >>> t = '"No," the mayor said, according to the Sun Herald. More'; at = attribution_after(t, 5, len(t), "No,")
    >>> relayed_by(t, at, len(t)).mention.name
    'Sun Herald'
    >>> t = '"No," the mayor said, the Tribune reported.'; relayed_by(t, attribution_after(t, 5, len(t), "No,"), len(t)).mention.name
    'Tribune'
    >>> t = 'Lee said he was "glad" to see it, according to the Sun.'; relayed_by(t, attribution_before(t, 0, 16), len(t)).mention.name
    'Sun'
    >>> t = '"No," said the mayor, reports the Sun.'; relayed_by(t, attribution_after(t, 5, len(t), "No,"), len(t)).mention.name
    'Sun'
    """
    if at.mention is None or at.cue == "according to" or at.cue_start < 0:
        return None
    m = _RELAY_OPENING.match(text, lo) if 0 <= lo < at.mention.start else None
    if m is not None and (relay := _relay_source(text, m, at.mention.start, at.where)) is not None:
        return relay
    a = max(at.cue_end, at.mention.end)
    end = sentence_end(text, a, min(hi, a + WINDOW))
    m = _RELAY_ACCORDING.match(text, a, end)
    if m is not None and not _inside_quote(text[a:m.start(1)]):
        return _relay_source(text, m, end, at.where)
    m = _RELAY_REPORTS.match(text, a, end)
    src, verb = 1, 2
    if m is None and (m := _RELAY_REPORTS_INVERTED.match(text, a, end)) is not None:
        src, verb = 2, 1   # '"...," said X, reports USA Today.'
    m = None if m is not None and _inside_quote(text[a:m.start(src)]) else m
    e = m.end(src) - (text[m.start(src):m.end(src)].endswith(".") and m.end(src) == m.end()) if m is not None else 0
    men = np_at_end(text, m.start(src), e, subject=False) if m is not None else None
    return Attribution(m.group(verb), m.start(verb), m.end(verb), men, at.where) if m is not None and men is not None else None
