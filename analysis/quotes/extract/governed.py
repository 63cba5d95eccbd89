"""Partial quotes that a cue of their clause reports ('told Reuters the strikes were "a message"'): governing,
evaluative and naming cues, 'as' casts, statements and possessed speech nouns."""

from __future__ import annotations

import re


from .. import lexicon
from ..cues import Attribution, cues_in, attribution_before, np_at_start, possessed_speech
from ..cues.gate import _cue_kind, _loose_subject
from ..cues.subjects import _main_subject
from ..cues.before import _shared_subject
from ..marks import sentence_start
from ..mentions import Mention, np_at_end, subject_before
from ..nonspeech import SCARE_MAX_WORDS, title_case
from .records import _Article, _Quote, _WORDS
from .paragraphs import _SUBJECT_KINDS
from .utterances import _root


#: an agentless passive or 'so' right before a cue: 'what is called a "debate"', 'so called "reform"'
_AGENTLESS = re.compile(r"\b(?:is|are|was|were|be|been|being|so|often|widely|commonly|sometimes)\s+$", re.I)
#: at most this many words between a governing evaluative or request cue and a short partial quote
GOVERN_GAP = 4


#: naming verbs whose past participle right before a quote, with no agent, gives a name ('an outpost dubbed "..."')
_NAMING_PARTICIPLE = re.compile(r"called|dubbed|named|nicknamed|labell?ed|branded|termed|titled|billed")


def _join_governed(quotes: list[_Quote]) -> None:
    """Partial quotes one governing cue reports in one clause are one utterance ('told Reuters the deal, which ...,
    was in its "final stages" and "closer than ever"').

    >>> from analysis.quotes import extract_quotes
    >>> t = 'A source told Reuters the deal, which would free many, was in its "final stages" and "closer than ever."'
    >>> extract_quotes(t)["utterance_id"].tolist()
    [0, 0]
    """
    for k in range(1, len(quotes)):
        q, pj = quotes[k], quotes[k - 1]
        if q.where in _GOVERNED and pj.where in _GOVERNED and q.source < 0 and pj.span.para == q.span.para and \
                q.attr is not None and pj.attr is not None and q.attr.cue_start == pj.attr.cue_start >= 0:
            q.source = _root(quotes, k - 1)


_GOVERNED = ("reported clause", "governing cue")


def _governing_cue(art: _Article, q: _Quote) -> Attribution | None:
    """A short partial quote right after an evaluative or request cue of its clause ('calling the offer "an insult"',
    'demanded that X make "a public apology"') is the words of the cue's agent, even when no subject is found.

    >>> from analysis.quotes import extract_quotes
    >>> extract_quotes('Then she turned on the board, calling the offer "an insult."')[["is_speech", "cue"]].values.tolist()
    [[True, 'calling']]
    >>> extract_quotes('It is what is called a "debate" there.')["is_speech"].tolist()
    [False]
    """
    text, sp = art.text, q.span
    s0 = sentence_start(text, sp.open_start, art.paras[sp.para][0])
    cues = cues_in(text, max(s0, sp.open_start - 80), sp.open_start) or \
        (cues_in(text, max(s0, sp.open_start - REPORT_WINDOW), sp.open_start) if q.kind == "partial" else [])
    cues = [c for c in cues if not _NOUN_OF.match(text, c[1]) and not (
        _AGENTLESS.search(text, max(s0, c[0] - 12), c[0]) and not _NAMING_PARTICIPLE.fullmatch(c[2]))] or cues
    # ('terms of a deal': a noun; 'could be agreed': a passive with no speaker; neither is the quote's cue)
    if not cues:
        return None
    c0, c1, form = cues[-1]
    gap = text[c1:sp.open_start]
    governs = _cue_kind(form) in {"evaluative", "request"} and len(_WORDS.findall(gap)) <= _gap_limit(gap) and \
        not re.search(r"[.!?;:“”\"()]", gap)
    clause = not governs and _reported_clause(art, q, s0, c0, c1, form)
    if _AGENTLESS.search(text, max(s0, c0 - 12), c0) or not (governs or clause):
        return None
    at = attribution_before(text, s0, sp.open_start, art.paras[sp.para][0])
    men = at.mention if at is not None and at.cue_start == c0 else _governing_subject(text, s0, c0, form)
    quoted = _QUOTED_AS.search(text, max(s0, c0 - 100), c0) if form == "saying" else None
    if quoted is not None and (who := np_at_start(text, quoted.start("np"), quoted.end("np"))) is not None:
        men = who   # 'TV stations quoted officials as saying ... "within hours"': the officials' words
    men = men if men is not None and men.kind in _SUBJECT_KINDS else None
    if men is None and clause and (first := np_at_start(text, s0, c0)) is not None and first.kind in _SUBJECT_KINDS:
        men = first   # 'Ann Lee, in a green coat, said the vote was a "failure"': the clause's opening subject
    if men is None and _NAMING_PARTICIPLE.fullmatch(form) and not gap.strip():
        return None   # 'a small outpost dubbed "Tower 22"': a name given, nobody's words
    if men is None and form.endswith("ing") and _FRONTED_PARTICIPLE.fullmatch(text, s0, c0):
        men = _main_subject_after(text, sp.close_end, art.paras[sp.para][1])   # 'While calling the report "a code
        # red," Ann Lee kept ...': the participle's subject is the main clause's, after the quote
    return Attribution(form, c0, c1, men, "reported clause" if clause else "governing cue")


#: a sentence that opens on a participle clause before its subject ('While calling ...', 'After describing ...')
_FRONTED_PARTICIPLE = re.compile(r"\W*(?:(?:while|after|before|when|in|by|upon|since|besides)\s+)?", re.I)
#: what may come between the quote of such a clause and the main clause's subject: its comma and the rest of the clause
_TO_MAIN_CLAUSE = re.compile(r"[^,;:.!?“”\"]{0,80}?,\s*")


def _main_subject_after(text: str, close_end: int, para_end: int) -> Mention | None:
    """The subject that opens the main clause after a fronted participle clause ending at or after ``close_end``.

    >>> t = 'After calling it "a farce," the senator left.'; _main_subject_after(t, t.index(' the'), len(t)).name
    'the senator'
    """
    k = close_end if text[close_end - 2:close_end - 1] == "," or text[close_end:close_end + 1] == "," else -1
    if k < 0:
        m = _TO_MAIN_CLAUSE.match(text, close_end, para_end)
        k = m.end() if m else -1
    if k < 0:
        return None
    k += len(text[k:para_end]) - len(text[k:para_end].lstrip(" ,"))
    men = np_at_start(text, k, min(para_end, k + 120))
    last = men.role.split()[-1].lower() if men is not None and men.role.split() else ""
    if last and last.islower() and last not in lexicon.role_nouns():
        return None  # 'After announcing a "pause," Israeli jets struck Rafah': "jets struck" is no role of a speaker
    return men if men is not None and men.kind in _SUBJECT_KINDS and men.start == k else None


#: at most this many words between a reporting verb and a partial quote inside the clause it reports
REPORT_GAP = 7
#: the person a medium quotes, before 'as saying' ('quoted unidentified officials as saying')
_QUOTED_AS = re.compile(r"\bquot(?:ed|es|ing)\s+(?P<np>[^,;:.“”\"]{2,80}?)\s+as\s+$")
#: a cue word followed by 'of' is a noun ('terms of a deal', 'claims of fraud')
_NOUN_OF = re.compile(r"\s+of\b")
#: a finite verb of saying, which reports its whole clause however long ('told Reuters the deal, which ..., was in
#: its "final stages"')
_SAYING = re.compile(r"(?:said|says|told|tells|added|adds|stated|states|announced|confirmed|insisted|argued|explained|"
                     r"noted|wrote|warned|acknowledged|maintained|predicted|asserted|declared)")
#: the most words such a clause may run before its quote, and how far back its cue is looked for (characters)
LONG_REPORT_GAP = 30
REPORT_WINDOW = 240
#: what ends a reported clause before its quote: a sentence stop, a colon, a quotation mark, a bracket or a dash
_CLAUSE_BREAK = re.compile(r"[.!?;:“”\"()\[\]—–]")
#: a quote already closed in the clause ('was "a" and "b"': the first is read as one word of it)
_QUOTED = re.compile(r"[“\"][^“”\"\n]{0,200}[”\"]")


def _long_report(text: str, form: str, c1: int, o: int) -> bool:
    """Whether a finite verb of saying at text[..c1] reports a long clause that runs on to a quote at ``o``: at most
    LONG_REPORT_GAP words, no sentence or quotation punctuation, commas only around asides ('X told Reuters the
    deal, which would free 50, was in its "final stages"').

    >>> t = 'A source told Reuters the deal, which would free 50 hostages, was in its "final stages".'
    >>> _long_report(t, "told", t.index(" Reuters"), t.index('"'))
    True
    >>> t = 'Lee said no, and the crowd, angry and loud, chanted "out" again.'
    >>> _long_report(t, "said", t.index(" no"), t.index('"'))
    False
    """
    if not _SAYING.fullmatch(form):
        return False
    gap = _QUOTED.sub(" q ", text[c1:o])   # an earlier quote of the clause is a word of it ('was "a" and "b"')
    if len(_WORDS.findall(gap)) > LONG_REPORT_GAP or _CLAUSE_BREAK.search(gap):
        return False
    return all(_ASIDE_OPENS.match(part) for part in gap.split(",")[1::2])   # each comma pair sets off an aside


#: the opening of an aside set off by commas inside a reported clause (', which would free 50,')
_ASIDE_OPENS = re.compile(r"\s+(?:which|who|whose|whom|where|when|including|and\s+(?:which|who))\b")
#: a cue word used as a noun ('loud chants of', 'Republican claims of', 'quotes from'), not a verb governing a clause
_CUE_AS_NOUN = re.compile(r"\b(?:a|an|the|of|his|her|their|its|our|my|your|and|loud|many)\s+$", re.I)


def _reported_clause(art: _Article, q: _Quote, s0: int, c0: int, c1: int, form: str) -> bool:
    """Whether the verb cue at text[c0:c1] reports the clause holding partial quote q: a reporting or thinking verb
    of q's sentence at most REPORT_GAP words before it, no punctuation between, q not a title ('X, clad in red,
    said the vote could be a "failure"', 'argue that the pope is a "political pope"').

    >>> from analysis.quotes import extract_quotes
    >>> extract_quotes('Residents near the base, many of them farmers, believe the road is an "insult" to them.')["is_speech"].tolist()
    [True]
    >>> extract_quotes('She ended the night with chants of "four more years" ringing out.')["is_speech"].tolist()
    [False]
    """
    text, sp = art.text, q.span
    gap = text[c1:sp.open_start]
    near = len(_WORDS.findall(gap)) <= REPORT_GAP and "," not in gap and not _CLAUSE_BREAK.search(gap)
    return q.kind == "partial" and _cue_kind(form) in {"speech", "cognition", "evaluative", "request"} and \
        form != "according to" and (near or _long_report(text, form, c1, sp.open_start)) \
        and not title_case(text[sp.start:sp.end].rstrip(".,")) and not _CUE_AS_NOUN.search(text, max(s0, c0 - 20), c0) \
        and not re.match(r"\s+(?:of|for|from)\b", text[c1:c1 + 6])


#: the end of a long object before the quote of a cue: 'described the channel under the bridge as "..."'
_OBJECT_AS = re.compile(r"\s(?:as|of)\s+(?:(?:an?|the)\s+)?$")
#: at most this many words between such a cue and its quote when the object ends in 'as' or 'of'
GOVERN_GAP_AS = 10


def _gap_limit(gap: str) -> int:
    """The most words a governing cue may stand before its quote: more when the gap ends in 'as' / 'of'.

    >>> _gap_limit(" the channel under the bridge as "), _gap_limit(" the channel under the bridge ")
    (10, 4)
    """
    return GOVERN_GAP_AS if _OBJECT_AS.search(gap) else GOVERN_GAP


def _possessed(art: _Article, q: _Quote) -> Attribution | None:
    """A partial quote after a possessed speech noun in its sentence ('his call for "..."'), unless it is a title.

    >>> from analysis.quotes import extract_quotes
    >>> extract_quotes('It came after her warning that the pier "will not last" long.')["speaker_mention"].tolist()
    ['her']
    """
    text, sp = art.text, q.span
    if q.kind != "partial" or title_case(text[sp.start:sp.end]):
        return None
    return possessed_speech(text, sentence_start(text, sp.open_start, art.paras[sp.para][0]), sp.open_start)


#: 'as' after a verb and its object, right before a partial quote: 'introduced him as "..."', 'cast herself as a "..."'
_CAST_AS = re.compile(r"\b[a-z][\w\-]*(?:\s+[\w’'\-]+){0,3}?\s+(as)(?:\s+(?:an?|the))?\s*$")
#: 'as' that is no verb's complement: a comparison, an example list, a conjunction opening a clause
_NOT_CAST = re.compile(r"(?:\bsuch|\bas\s+[\w\-]+|\bso|[,;:(—–]|^)\s*as(?:\s+(?:an?|the))?\s*$", re.I)


#: the agent of a passive before 'as': 'known by some voters as a "..."', 'seen by its backers as the "..."'
_CAST_BY = re.compile(r"\bby\s+([^,;:()]{2,50}?)\s+as(?:\s+(?:an?|the))?\s*$")
#: a passive with no agent before 'as': 'was billed as', 'has been described as', 'is widely known as'
_CAST_PASSIVE = re.compile(r"\b(?:is|are|was|were|be|been|being)\s+(?:[a-z]+ly\s+)?[a-z]+(?:ed|en|wn)\s+(?:[a-z]+\s+)?as"
                           r"(?:\s+(?:an?|the))?\s*$")


def _cast_as(art: _Article, q: _Quote) -> Attribution | None:
    """A short partial quote right after a verb's 'as' ('introduced him as "..."', 'positioned itself as a "..."') is
    the words of its sentence's subject (no mention when none opens the sentence), unless a title or a name.

    >>> from analysis.quotes import extract_quotes
    >>> t = 'The council member, who has cast herself as the "voice of the valley," lost.'
    >>> extract_quotes(t)[["is_speech", "speaker_mention"]].values.tolist()
    [[True, 'The council member']]
    >>> t = 'The plan, seen by the farmers as a "last chance" for the valley, passed.'
    >>> extract_quotes(t)[["is_speech", "speaker_mention"]].values.tolist()
    [[True, 'the farmers']]
    >>> extract_quotes('Roads such as "the loop" were shut.')["is_speech"].tolist()
    [False]
    """
    text, sp = art.text, q.span
    s0 = sentence_start(text, sp.open_start, art.paras[sp.para][0])
    base = max(s0, sp.open_start - 60)
    head = text[base:sp.open_start]
    m = _CAST_AS.search(head)
    if q.kind != "partial" or m is None or _NOT_CAST.search(head) or title_case(text[sp.start:sp.end].rstrip(".,")) or \
            len(_WORDS.findall(text, sp.start, sp.end)) > SCARE_MAX_WORDS:
        return None
    by, passive = _CAST_BY.search(head), _CAST_PASSIVE.search(head)
    men = np_at_start(text, base + by.start(1), base + by.end(1)) if by else \
        None if passive else np_at_start(text, s0, sp.open_start)   # 'known by X as', 'was billed as': not the subject's
    a = base + m.start(1)
    return Attribution("as", a, a + 2, men if men is not None and men.kind in _SUBJECT_KINDS else None, "cast as")


#: a medium named between a subject and its verb: 'X, in a statement, offered', 'X in a post on Sunday sent'
_IN_STATEMENT = re.compile(r"\s*,?\s+in\s+(?:a|an|its|his|her|their)\s+(?:[\w\-]+\s+){0,2}?(statement|post|tweet|message|"
                           r"letter|release|speech)\b[^.;:!?“”\"]{0,80}$")


#: how far back from a partial quote its subject and 'in a statement' are looked for (the scan stays bounded)
STATEMENT_REACH = 240
#: what may stand before a clause's opening noun phrase: nothing, a comma or a conjunction
_CLAUSE_OPENING = re.compile(r"(?:^|[,;]|\b(?:but|and|while|yet|as|so))\s*$")


def _in_statement(art: _Article, q: _Quote) -> Attribution | None:
    """A short partial quote in a sentence whose subject speaks 'in a statement' (or a post, a letter) before it is
    that subject's words, though no cue governs it ('The board in a statement sent its "warmest thanks" to staff').

    >>> from analysis.quotes import extract_quotes
    >>> t = 'The board in a statement sent its "warmest thanks" to the crews.'
    >>> extract_quotes(t)[["is_speech", "speaker_mention"]].values.tolist()
    [[True, 'The board']]
    """
    text, sp = art.text, q.span
    if q.kind != "partial" or title_case(text[sp.start:sp.end].rstrip(".,")) or \
            len(_WORDS.findall(text, sp.start, sp.end)) > SCARE_MAX_WORDS:
        return None
    s0 = max(sentence_start(text, sp.open_start, art.paras[sp.para][0]), sp.open_start - STATEMENT_REACH)
    m = _IN_STATEMENT.search(text, s0, sp.open_start)
    men = np_at_end(text, s0, m.start()) if m is not None and m.start() > s0 else None
    if men is None or not _CLAUSE_OPENING.search(text[s0:men.start]) or men.kind not in {"person", "role", "body", "place"}:
        return None   # the medium must follow a clause's whole opening noun phrase
    return Attribution(m.group(1), m.start(1), m.end(1), men, "in a statement")


def _governing_subject(text: str, s0: int, c0: int, form: str) -> Mention | None:
    """The subject of a governing cue at c0: its own, the first verb's ('X mocked Y and called it'), the main
    clause's for a participle ('X placed ads calling it'), or a loosely read phrase before it.

    >>> t = 'Ann Lee mocked the bill and called it'; _governing_subject(t, 0, t.index("called"), "called").name
    'Ann Lee'
    >>> t = 'The group placed newspaper ads calling'; _governing_subject(t, 0, t.index("calling"), "calling").name
    'The group'
    """
    if form.endswith("ing"):
        return _main_subject(text, s0, c0) or np_at_start(text, s0, c0)
    return subject_before(text, s0, c0) or _shared_subject(text, s0, c0, s0) or _loose_subject(text, s0, c0)
