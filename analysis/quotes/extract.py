"""Quotation extraction: one row per quoted span with its cue, speaker mention and resolved speaker.

The steps live in their own modules: ``marks`` (pairing quotation marks), ``cues`` (the reporting cue and
the mention it governs), ``mentions`` (noun phrases that can speak), ``nonspeech`` (titles, names, scare
quotes), ``resolve`` (pronouns, surnames, roles and documents inside the article). This module chains
them, groups the pieces of one utterance and builds the table (schema: ``QUOTE_COLUMNS``).
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from functools import lru_cache
from dataclasses import dataclass, field

import numpy as np
import pandas as pd

from ..progress import progress as _progress
from ..text.checks import require_frame, require_text
from ..text.apostrophes import true_apostrophes
from . import lexicon
from .cues import Attribution, relayed_by, _cue_kind, _dash_attribution, _loose_subject, _main_subject, _shared_subject, cues_in, \
    attribution_after, attribution_before, attribution_end_of_sentence, caption_after, claim_owner, colon_name_after, counts_a_thing, \
    digest_headline, inner_label, \
    message_from, np_at_start, passive_agent_after, \
    poll_source, possessed_speech, \
    speech_noun_report
from .content import content_span
from .speakers import _organisation, group_evidence
from .names import name_chunks
from .homonyms import home_readings
from .marks import QuoteSpan, find_quotes, paired_quotes, paragraph_spans, primary_mark, sentence_end, \
    sentence_start, sentence_starts
from .mentions import Mention, np_at_end, object_after, subject_before
from .nonspeech import SCARE_MAX_WORDS, name_in_phrase, naming_context, nickname, non_speech_reason, title_case
from .resolve import PersonIndex, Resolved, _seat_only, courtesy_only, full_name, person_index, resolve_document, resolve_pronoun, resolve_role, \
    resolve_who

#: characters of the paragraph on each side of a quote read to decide whether it stands alone (crosshead, title)
REST_WINDOW = 300
#: earlier speakers that pronoun and role resolution look at (the most recent ones)
PRIOR_SPEAKERS = 30
#: a paragraph with more quotes than this, packed denser than one per DENSE_CHARS characters, is a list or a
#: table of quoted words, not prose: its quotes are kept but not attributed (reason 'dense marks')
DENSE_QUOTES, DENSE_CHARS = 8, 40
MASS_QUOTES, MASS_CHARS = 1000, 100

#: Output schema of extract_quotes (column -> dtype); stable across versions.
QUOTE_COLUMNS: dict[str, str] = {
    "quote_id": "int64", "utterance_id": "int64", "start": "int64", "end": "int64", "quote": "str", "kind": "str",
    "cue": "str", "cue_start": "int64", "cue_end": "int64", "speaker_mention_start": "int64",
    "speaker_mention_end": "int64", "speaker_mention": "str", "speaker": "str", "speaker_type": "str",
    "speaker_role": "str", "is_speech": "bool", "non_speech_reason": "str", "mark": "str", "unbalanced": "bool",
    "para_index": "int64", "sent_index": "int64", "n_words": "int64", "attribution": "str",
    "content_start": "int64", "content_end": "int64",
    "relayed_speaker_mention_start": "int64", "relayed_speaker_mention_end": "int64", "relayed_speaker_mention": "str",
}


#: the resolution of a quote with no speaker (shared: never modified)
_NOBODY = Resolved("", "")


@dataclass(slots=True)
class _Quote:
    """Working record of one quoted span while the article is processed."""

    span: QuoteSpan
    kind: str = "direct"
    attr: Attribution | None = None
    where: str = ""
    reason: str = ""
    utterance: int = -1
    source: int = -1              # index of the quote whose attribution this one shares (-1: its own)
    resolved: Resolved = field(default_factory=lambda: _NOBODY)
    speaker_from: int = -1        # index of the quote whose speaker this one carries on (a new utterance)


@dataclass
class _Article:
    """The text of one article with its paragraphs, quoted spans, quotation style and sentence starts."""

    text: str
    paras: list[tuple[int, int]]
    spans: list[QuoteSpan]
    style: str
    sents: list[int]
    opens: list[int] = field(default_factory=list)
    see_through: list[bool] = field(default_factory=list)
    dense: set[int] = field(default_factory=set)
    captions: dict[int, Attribution] = field(default_factory=dict)   # paragraph -> the caption after its opening quote
    named_marks: int = 0   # most times one short capitalised phrase is quoted (an outlet that marks names does it again)


def _bounds(art: _Article, k: int) -> tuple[int, int]:
    """(end of the previous quote in the paragraph or its start, start of the next quote or its end)."""
    sp = art.spans[k]
    ps, pe = art.paras[sp.para]
    prev = art.spans[k - 1].close_end if k > 0 and art.spans[k - 1].para == sp.para else ps
    nxt = art.spans[k + 1].open_start if k + 1 < len(art.spans) and art.spans[k + 1].para == sp.para else pe
    return max(prev, ps), nxt


#: a noun for a work (or 'author of') right before a title-case quote: 'author of "The Book,"' is a title
_WORK_OF = re.compile(r"\b(?:author|authors|co-author|editor|host|creator|star|director|producer)\s+of\s+(?:the\s+)?$|"
                      r"\b(?:book|books|memoir|novel|film|movie|show|series|documentary|album|song|play|column|op-ed|"
                      r"essay|article|report|podcast)\s+$", re.I)


def _transparent(text: str, sp: QuoteSpan) -> bool:
    """A short quoted name, title or term ('"The Apprentice,"', '"rapists"') that a sentence reads through.

    >>> t = 'a "big" win'; _transparent(t, find_quotes(t, paragraph_spans(t))[0])
    True
    >>> t = 'As Lee, author of "The Long Road Home," put it'; _transparent(t, find_quotes(t, paragraph_spans(t))[0])
    True
    """
    q = text[sp.start:sp.end]
    n = len(re.findall(r"\w+", q))
    before = text[max(0, sp.open_start - 40):sp.open_start]
    if n <= 8 and (naming_context(before) or (_WORK_OF.search(before) and title_case(q.rstrip(",")))):
        return True
    return not re.search(r"[.!?…,]\W*$", q) and (n <= 3 or (n <= 6 and title_case(q)))


def _dense_paragraphs(paras: list[tuple[int, int]], spans: list[QuoteSpan]) -> set[int]:
    """Paragraphs that are lists of quoted words rather than prose: more than DENSE_QUOTES quotes at more than one
    per DENSE_CHARS characters; in a text of more than MASS_QUOTES quotes averaging under one per MASS_CHARS
    characters (no article reads like that), every paragraph denser than one quote per MASS_CHARS.

    >>> t = '"a" ' * 50; sorted(_dense_paragraphs(paragraph_spans(t), find_quotes(t, paragraph_spans(t))))
    [0]
    """
    count: dict[int, int] = {}
    for sp in spans:
        count[sp.para] = count.get(sp.para, 0) + 1
    total = sum(e - s for s, e in paras)
    mass = len(spans) > MASS_QUOTES and total < len(spans) * MASS_CHARS
    return {p for p, n in count.items() if (n > DENSE_QUOTES and (paras[p][1] - paras[p][0]) < n * DENSE_CHARS)
            or (mass and n > 3 and (paras[p][1] - paras[p][0]) < n * MASS_CHARS)}


def _window_start(art: _Article, k: int) -> int:
    """Start of the text before quote k that may hold its attribution: after the last quote of the paragraph
    that is not a short name or term (those are read through), else the paragraph start."""
    sp = art.spans[k]
    for j in range(k - 1, max(-1, k - 3), -1):
        if art.spans[j].para != sp.para:
            break
        if not art.see_through[j] or j == k - 2:
            return art.spans[j].close_end
    return art.paras[sp.para][0]


def _window_end(art: _Article, k: int) -> int:
    """End of the text after quote k that may hold its attribution: the next quote of the paragraph that is not
    a short name or term, else the paragraph end."""
    sp = art.spans[k]
    for j in range(k + 1, min(len(art.spans), k + 3)):
        if art.spans[j].para != sp.para:
            break
        if not art.see_through[j] or j == k + 2:
            return art.spans[j].open_start
    return art.paras[sp.para][1]


def _ends_with_cue(prefix: str) -> bool:
    """Whether text ends with a reporting verb (and an optional comma): 'he said,' / 'Trump told CNN'.

    >>> _ends_with_cue("Trump said,"), _ends_with_cue("the plan was")
    (True, False)
    """
    tail = prefix[-40:]
    return any(re.fullmatch(r"[\s,]*", tail[e:]) for _s, e, _f in lexicon.find_cues(tail, 0, len(tail)))


#: between two quoted fragments of one list: 'a "loser," a "liar" and a "whiner"'
_LIST_GAP = re.compile(r"[\s,;]*(?:(?:and|or|but|not|nor|a|an|the|as|to|of)\b[\s,]*){0,4}")
_LEAD_WORDS = re.compile(r"(?:(?:but|and|so|yet|still|then|also|now|instead|meanwhile|however|indeed|or)\b[\s,]*)+$", re.I)


def _kind(text: str, sp: QuoteSpan, s0: int) -> str:
    """'direct' when the quote opens its sentence (after 'But', 'And') or follows 'X said:' / 'X said,'.

    >>> t = 'The plan was "dead" today.'; _kind(t, find_quotes(t, paragraph_spans(t))[0], 0)
    'partial'
    """
    prefix = text[s0:sp.open_start].strip()
    prefix = "" if _LEAD_WORDS.fullmatch(prefix) else prefix
    if not prefix or prefix.endswith(":") or _ends_with_cue(prefix):
        return "direct"
    return "partial"


#: a closing mark followed at once by a short subject and a verb ending the sentence or clause: '"...," she wrote.',
#: '"...," he claimed in an interview.', 'his "negatives," he called them -' (the verb must be a reporting cue)
_TIGHT_AFTER = re.compile(r",?\s+(?:he|she|they|I|we|[A-Z][\w.’'\-]*(?:\s+[A-Z][\w.’'\-]*){0,3}|"
                          r"(?:the|a|an|one)(?:\s+[\w’'\-]+){1,4})\s+"
                          r"(?:told(?:\s+[\w.’'\-]+){1,5}?|([a-z]+)(?:\s+(?:them|it|him|her))?"
                          r"(?:\s+(?:in|on|at|to|during)(?:\s+[\w’'\-]+){1,5}?)?)"
                          r"\s*(?:[.,;]|\s[–—-]\s)")


#: an inverted reporting cue right after a quote closed by a comma, a question or an exclamation mark: '"...?" asked Lee'
_TIGHT_INVERTED = re.compile(r"\s+([a-z]+)\s+(?:[A-Z]|(?:the|a|an|one)\s)")


def _tight_after(text: str, a: int, hi: int) -> bool:
    """Whether a short attribution closes the clause right after a quote's closing mark at ``a``.

    >>> t = '"We won," she claimed in an interview. Then'; _tight_after(t, 9, len(t))
    True
    >>> t = '"We won," she ate in a cafe. Then'; _tight_after(t, 9, len(t))
    False
    >>> t = '"Why not?" asked Ann Lee, an aide.'; _tight_after(t, 10, len(t))
    True
    """
    m = _TIGHT_AFTER.match(text, a, min(hi, a + 80))
    if m is not None and (m.group(1) is None or lexicon.is_cue(m.group(1))):
        return True
    inv = _TIGHT_INVERTED.match(text, a, min(hi, a + 80))   # '... — "why not?" asked Dunn, a partner.'
    closed = text[max(0, a - 3):a].rstrip("”\"'’")[-1:] in {",", "?", "!"}
    return inv is not None and closed and lexicon.is_cue(inv.group(1)) and not inv.group(1).endswith("ing")


_VERBLESS_DOC = re.compile(r"\s*(the|a|an|its|their)\s+((?:[a-z\-]+\s+){0,2}(?:statement|release|communiqu[eé]|letter|post))\s*\.(?:\s|$)")


#: a determiner, then at most two words, right before an opening mark: 'an Iraqi "', 'the "'
_DETERMINER_BEFORE = re.compile(r"(?:^|\s)(?:[Aa]n?|[Tt]he|[Tt]his|[Tt]hat|[Tt]hese|[Tt]hose|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er|[Oo]ur)"
                                r"\s+(?:[\w’'\-]+\s+){0,2}$")
#: a lower-case noun right after a closing mark, then a word: '" group has', '" plan said' (not a pronoun subject)
_NOUN_AFTER = re.compile(r"\s+(?!(?:he|she|it|they|we|i|you|who|which|that|and|or|but|as|is|was|are|were)\b)[a-z][\w\-]*\s+\w")


def _noun_modifier(text: str, sp: QuoteSpan, s0: int) -> bool:
    """Whether a short quote sits inside a noun phrase, between its determiner and its head noun ('an Iraqi
    "resistance" group said'): the verb after the head is the noun phrase's own, it signs no quote.

    >>> t = 'An Iraqi "resistance" group has claimed it.'; _noun_modifier(t, paired_quotes(t)[1][0], 0)
    True
    >>> t = 'The "talks failed," the envoy said.'; _noun_modifier(t, paired_quotes(t)[1][0], 0)
    False
    """
    quote = text[sp.start:sp.end]
    if len(_WORDS.findall(quote)) > 3 or re.search(r"[,.!?;:]\W*$", quote):
        return False
    return bool(_DETERMINER_BEFORE.search(text[max(s0, sp.open_start - 40):sp.open_start])) and \
        bool(_NOUN_AFTER.match(text, sp.close_end, sp.close_end + 40))


def _name_after_article(text: str, sp: QuoteSpan, s0: int) -> bool:
    """Whether a title-case quote follows an article right away ('The "Valley Brigade," a small group, said'): a
    quoted name inside the subject, which the verb after it does not sign.

    >>> t = 'The "Valley Brigade," a small group, said it fired.'; _name_after_article(t, paired_quotes(t)[1][0], 0)
    True
    >>> t = '"Valley Brigade," the guard said.'; _name_after_article(t, paired_quotes(t)[1][0], 0)
    False
    """
    return bool(re.search(r"(?:^|\s)(?:[Tt]he|[Aa]n?)\s*$", text[max(s0, sp.open_start - 5):sp.open_start])) and \
        title_case(text[sp.start:sp.end])


def verbless_document(text: str, close_end: int, hi: int, quote: str) -> Attribution | None:
    """A document named with no verb after a quote that ends in a comma ('"...," the statement.'): it speaks.

    >>> t = '"The estate is safe," the statement. More'; verbless_document(t, 22, len(t), "The estate is safe,").mention.name
    'the statement'
    """
    m = _VERBLESS_DOC.match(text, close_end, hi) if quote.rstrip().endswith(",") else None
    if m is None:
        return None
    a, b = m.start(1), m.end(2)
    return Attribution("", -1, -1, Mention(a, b, "document", m.start(2), b, text[a:b]), "after")


#: what follows the person a report quotes: 'quoted X as saying', 'quoted X, who said', 'quoted as saying by X'
_QUOTED_SPEAKER_END = re.compile(r",?\s+(?:as\s+(?:saying|telling|stating|adding|warning)|who\s+(?:said|told|says|added))\b")
_AS_SAYING_BY = re.compile(r"\s+as\s+(?:saying|stating)\s+by\s+")


def _quoted_person(text: str, at: Attribution, open_start: int, hi: int = -1) -> Mention | None:
    """The person whose words a reporter or outlet quotes: 'Ann Lee said, quoting Tom Reed, "..."', '"...," the
    paper quoted a police source as saying', 'The paper quoted farmers who said "..."' (the person quoted speaks).
    ``hi`` bounds the search after a cue that follows the quote (-1: the cue comes before it, up to ``open_start``).

    >>> t = 'Ann Lee said, quoting Tom Reed, "We are ready."'
    >>> _quoted_person(t, Attribution("quoting", 14, 21, None, "before"), t.index('"')).name
    'Tom Reed'
    >>> t = '"Five men died," the Ames Herald quoted a police source as saying.'
    >>> _quoted_person(t, Attribution("quoted", 33, 39, None, "after"), 0, len(t)).name
    'a police source'
    >>> t = 'The radio quoted farmers who said "shells" fell.'
    >>> _quoted_person(t, Attribution("quoted", 10, 16, None, "before"), t.index('"')).name
    'farmers'
    >>> t = '"We won," he was quoted as saying by the radio.'
    >>> _quoted_person(t, Attribution("quoted", 21, 27, None, "after"), 0, len(t)) is None
    True
    """
    end = open_start if hi < 0 else hi
    passive = re.search(r"\b(?:was|were|is|are|been|being)\s+(?:[a-z]+ly\s+)?$", text[max(0, at.cue_start - 30):at.cue_start])
    if at.cue in {"quoted", "quoting", "cited", "citing"} and at.cue_end >= 0 and not passive:   # not 'X was quoted as saying by Y'
        if (by := _AS_SAYING_BY.match(text, at.cue_end, end)) is not None:
            men = object_after(text, by.end(), end)   # '..., the outlet quoted as saying by an official'
        else:
            stop = _QUOTED_SPEAKER_END.search(text, at.cue_end, end)
            men = object_after(text, at.cue_end, stop.start()) if stop is not None else None
        if men is not None and men.kind in {"person", "role", "body"}:
            return men
    if at.cue != "quoting" or not text[max(0, at.cue_start - 3):at.cue_start].rstrip().endswith(","):
        return None
    men = object_after(text, at.cue_end, open_start)
    return men if men is not None and men.kind in {"person", "role", "body"} else None


def _named_lead(text: str, sp: QuoteSpan, lead: Attribution | None, tail: Attribution | None) -> bool:
    """Whether a quote opened right after its speaker's cue ('X said "...') is also followed by a pronoun's cue
    ('...," he said'): the pronoun repeats the speaker named before, whose mention is the annotated source. Not when
    the pronoun's clause splits the quote ('X said: "A," he wrote, "B."'), whose pieces it keeps together.

    >>> t = 'Ann Lee, a nurse, said "We need beds," she said.'
    >>> extract_quotes(t)[["speaker_mention", "attribution"]].values.tolist()
    [['Ann Lee', 'before']]
    >>> t = 'Ann Lee shot back: "We need beds," she wrote, "and nurses."'
    >>> extract_quotes(t)[["speaker_mention", "utterance_id"]].values.tolist()
    [['she', 0], ['she', 0]]
    """
    if lead is None or tail is None or lead.mention is None or tail.mention is None or lead.cue_end < 0:
        return False
    end = max(tail.cue_end, tail.mention.end)
    split = re.match(r"\s*[,:]\s*[“\"‘']", text[end:end + 8])
    return tail.mention.kind == "pronoun" and lead.mention.kind != "pronoun" and not split and \
        bool(re.fullmatch(r"[\s,:]*", text[lead.cue_end:sp.open_start]))


#: the plain speech verbs of a sentence-final attribution that owns a partial quote over the sentence's opening
#: subject (not a relay's 'reported', nor a pronoun's 'it said')
_TAIL_SPEECH = frozenset({"said", "says", "added", "stated", "noted", "explained"})


def _attribute(art: _Article, k: int) -> _Quote:
    """Kind and own attribution of quote k (after it, before it, or at the end of its sentence)."""
    text, sp = art.text, art.spans[k]
    nxt = _window_end(art, k)
    s0 = sentence_start(text, sp.open_start, _window_start(art, k))
    q = _Quote(sp, kind=_kind(text, sp, s0))
    qt = text[sp.start:sp.end]

    def after() -> Attribution | None:
        """The attribution after the closing mark (a verbless '"...," the statement.' last)."""
        if sp.close_end >= nxt or _noun_modifier(text, sp, s0) or _name_after_article(text, sp, s0):
            return None
        return attribution_after(text, sp.close_end, nxt, qt) or verbless_document(text, sp.close_end, nxt, qt) or \
            colon_name_after(text, sp.close_end, art.paras[sp.para][1])

    def before() -> Attribution | None:
        """The attribution before the opening mark, in its sentence."""
        return attribution_before(text, s0, sp.open_start, art.paras[sp.para][0]) if sp.open_start > s0 else None

    def final() -> Attribution | None:
        """The attribution at the end of the sentence."""
        return attribution_end_of_sentence(text, sp.close_end, nxt) if sp.close_end < nxt else None

    led = bool(text[s0:sp.open_start].strip())
    closes = led and _ends_sentence(text, sp, art.paras[sp.para][1]) and _NOT_SPACE.search(text, sp.close_end, art.paras[sp.para][1]) is not None
    tight = not closes and _tight_after(text, sp.close_end, nxt)   # '"...," she wrote.', not 'X called it "a." He said'
    order = [before, after] if led and (not tight or _named_lead(text, sp, before(), after())) else [after, before]
    order = [before] if closes and q.kind == "partial" else order   # the sentence after a partial quote is not its own
    mid_sentence = (q.kind == "partial" or not re.search(r"[.!?,…:;]\W*$", qt)) and not closes
    def label() -> Attribution | None:
        """A transcript label inside a closed quote line (an open transcript paragraph runs on as one quote)."""
        closed = q.kind == "direct" and not sp.unbalanced and not sp.continues_next
        return inner_label(text, sp.start, sp.end) if closed else None

    def passive() -> Attribution | None:
        """The agent of a passive cue after the quote ('branded a "..." by X')."""
        return passive_agent_after(text, s0, sp.open_start, sp.close_end, nxt)

    for find in [label, passive] + order + ([final] if mid_sentence else []):
        at = find()
        if at is not None and at.mention is not None:
            q.attr, q.where = at, at.where
            break
    if q.kind == "partial" and q.where == "before" and mid_sentence and (tail := final()) is not None and \
            tail.mention is not None and tail.mention.kind != "pronoun" and tail.cue in _TAIL_SPEECH:
        q.attr, q.where = tail, tail.where   # 'X said that ..., and "..." the attacks, the official said.': the tail's
    if q.attr is not None and q.attr.mention is not None and q.attr.mention.kind in {"role", "body", "pronoun"}:
        pe = art.paras[sp.para][1]
        poll = poll_source(text, s0, sentence_end(text, sp.close_end, pe), q.attr.mention)
        q.attr = q.attr if poll is None else Attribution(q.attr.cue, q.attr.cue_start, q.attr.cue_end, poll, q.attr.where)
    if q.attr is None and sp.open_start > s0:   # 'HEADLINE "..." [Outlet.]'
        at = digest_headline(text, s0, sp.open_start, sp.close_end, art.paras[sp.para][1])
        q.attr, q.where = at, (at.where if at is not None else q.where)
    if q.where == "colon" and (at := after()) is not None and at.mention is not None and at.cue_start >= 0:
        q.attr, q.where = at, at.where   # 'X was blunt: "...," she recalled.': the cue after the quote names the speaker
    _reassign_source(art, q, s0, nxt)
    return q


def _reassign_source(art: _Article, q: _Quote, s0: int, nxt: int) -> None:
    """Give quote q's words to whoever its attribution says owns them: a claim's owner, a person quoted, a relay."""
    text, sp = art.text, q.span
    if q.attr is not None and q.attr.mention is not None and q.where == "before" and 0 <= q.attr.cue_end <= sp.open_start \
            and (owner := claim_owner(text, q.attr.cue_end, sp.open_start)) is not None:
        q.attr = Attribution(q.attr.cue, q.attr.cue_start, q.attr.cue_end, owner, q.where)   # 'rejected claims by X that "..."'
    if q.attr is not None and q.attr.mention is not None and q.where in {"before", "after"} and \
            (quoting := _quoted_person(text, q.attr, sp.open_start, nxt if q.where == "after" else -1)) is not None:
        q.attr = Attribution(q.attr.cue, q.attr.cue_start, q.attr.cue_end, quoting, q.where)   # 'X said, quoting Y, "..."'
    if q.attr is not None and (relay := relayed_by(text, q.attr, nxt if q.where == "after" else art.paras[sp.para][1], s0)):
        relay.relays = q.attr.mention   # kept: the person quoted ('relayed_speaker_mention')
        q.attr = relay   # '"...," X said, according to The Blaze.': the relay is the annotated source



#: an article that quotes one short capitalised phrase at least this many times marks names with quotation marks
NAMED_MARKS = 3


def _named_mark(text: str, sp: QuoteSpan) -> bool:
    """Whether a quote is a short capitalised phrase of at most four words with no final stop ('"Tamsa"').

    >>> t = 'the "Tamsa" field and "We won."'; [_named_mark(t, sp) for sp in paired_quotes(t)[1]]
    [True, False]
    """
    quote = text[sp.start:sp.end]
    return len(quote.split()) <= 4 and title_case(quote) and not re.search(r"[.!?,;:]\W*$", quote)


def _reason(art: _Article, q: _Quote, attributed: bool) -> str:
    """Non-speech reason of a quote given whether a speaker governs it ('' for speech)."""
    text, sp = art.text, q.span
    ps, pe = art.paras[sp.para]
    s0 = sentence_start(text, sp.open_start, ps)
    rest = text[max(ps, sp.open_start - REST_WINDOW):sp.open_start] + text[sp.close_end:min(pe, sp.close_end + REST_WINDOW)]
    single = sp.mark == "single" and art.style == "double" and q.where != "pull quote" and \
        not (q.attr is not None and q.attr.cue == "colon" and q.where == "after") \
        and not _reported_single(art, q) and not _headline_report(art, q) and not _cued_single(art, q)   # '‘...’: Ann Lee'
    before, quote, after = text[max(ps, sp.open_start - 40):sp.open_start], text[sp.start:sp.end], text[sp.close_end:min(pe, sp.close_end + 20)]
    if nickname(before, quote, after) or (q.kind == "partial" and art.named_marks >= NAMED_MARKS and name_in_phrase(before, quote, after)):
        return "name"   # an article that marks names ('the "Tamsa" field ... the "Tamsa" base'): one inside a noun phrase
    return non_speech_reason(text, text[sp.start:sp.end], text[s0:sp.open_start], rest, attributed,
                             q.kind == "partial", single)


def _reported_single(art: _Article, q: _Quote) -> bool:
    """Whether a single-marked partial quote in a double-marked article sits in the clause a reporting cue before it
    governs, in a body sentence (some outlets mark a speaker's short phrase with single marks): 'He stressed it was
    still a ‘huge ask’.' -- not inside a double-marked excerpt, not in a headline line, not a name, a grade, a
    question or a term after a possessive ('his ‘Little Marco’', 'a ‘B+’ rating', 'Obama's ‘pivot’').

    >>> t = 'The mayor said “we will see” on Monday.\\n\\nHe stressed it was a ‘huge ask’ for the team to win the cup this year.'
    >>> extract_quotes(t)["is_speech"].tolist()
    [True, True]
    """
    at, sp, text = q.attr, q.span, art.text
    if q.kind != "partial" or at is None or at.mention is None or at.cue_start < 0 or q.where != "before":
        return False
    ps, pe = art.paras[sp.para]
    s0 = sentence_start(text, sp.open_start, ps)
    rest = text[sp.close_end:min(pe, sentence_end(text, sp.close_end, pe) + 2)]
    if not s0 <= at.cue_start < sp.open_start or re.search(r"[“”\"]", text[s0:sp.open_start] + rest):
        return False   # the cue of another sentence, or a double mark in the sentence (a nested quote, an excerpt)
    quote = text[sp.start:sp.end]
    if title_case(quote.rstrip(".,")) or not re.search(r"[A-Za-z]{2}", quote) or re.search(r"[?!]\W*$", quote) or \
            re.search(r"[’']s\s+(?:[a-z]+\s+)?$", text[s0:sp.open_start]):
        return False
    return _body_paragraph(text, ps, pe)


#: a speech verb right before a headline's single-marked quote, or before a short subject of the reported clause:
#: 'Mayor says ‘...’', 'Chief: suspect told police ‘...’', 'Lee calls voters ‘...’', 'Lee says city ‘will ...’'
_HEADLINE_VERB = re.compile(r"\b(?:says|said|tells|told|warns|warned|vows|vowed|insists|claims|admits|urges|pledges)"
                            r"(?:\s+(?:police|reporters|officers|court|jury))?\s*:?\s*$|\bcalls\s+(?:[a-z][\w’'-]*\s+){1,2}$|"
                            r"\b(?:says|said|warns|warned|vows|vowed|insists|claims|admits|pledges)\s+(?:[\w.’'-]+\s+){1,3}$")
#: a headline's source after a colon at the end of its line: '... at the base: Pentagon'
_HEADLINE_SOURCE = re.compile(r"[^:;“”\"‘’]{0,80}:\s*(?:the\s+)?[A-Z][\w.’'&-]*(?:\s+[A-Z][\w.’'&-]*){0,3}\s*")


def _headline_report(art: _Article, q: _Quote) -> bool:
    """Whether a single-marked quote in a headline line (no double mark in it, not body text) follows a speech verb or
    the line ends with its source after a colon: headlines mark reported words with single marks ('Minister says ‘no
    more delays’ on rail line', 'Blast hurts ‘several workers’ at dock: Coastguard').

    >>> t = 'Minister says ‘no more delays’ on rail line\\n\\nThe minister spoke to reporters on Monday, saying “trains will run.”'
    >>> extract_quotes(t)["is_speech"].tolist()
    [True, True]
    >>> t = 'Mayor says city ‘will rebuild’ after storm\\n\\nThe mayor spoke on Monday, saying “we will.”'
    >>> extract_quotes(t)["is_speech"].tolist()
    [True, True]
    >>> t = 'Blast hurts ‘several workers’ at dock: Coastguard\\n\\nAnn Lee said “it was bad.”'
    >>> extract_quotes(t)[["is_speech", "speaker"]].values.tolist()
    [[True, 'Coastguard'], [True, 'Ann Lee']]
    """
    text, sp = art.text, q.span
    ps, pe = art.paras[sp.para]
    if sp.mark != "single" or pe - ps > 300 or re.search(r"[“”\"]", text[ps:pe]) or _body_paragraph(text, ps, pe):
        return False
    return bool(_HEADLINE_VERB.search(text, max(ps, sp.open_start - 40), sp.open_start)) or \
        bool(_HEADLINE_SOURCE.fullmatch(text, sp.close_end, pe)) or \
        not re.search(r"[.!?]\W*$", text[ps:pe].rstrip()) and _headline_phrase(text[sp.start:sp.end])  # no sentence: a headline


def _headline_phrase(quote: str) -> bool:
    """Whether a headline's single-marked words read as someone's words, not a name or a term: three words or more in
    lower case ('Planning decisions ‘making it a waste of time’', 'Ministers accused of being ‘economical with it’').

    >>> _headline_phrase("making it a waste of time"), _headline_phrase("Saturday Night Live"), _headline_phrase("wacko")
    (True, False, False)
    """
    words = re.findall(r"[A-Za-z’'-]+", quote)
    return len(words) >= 3 and not title_case(quote.rstrip(".,")) and sum(w[:1].islower() for w in words) >= len(words) - 1


#: naming verbs: a single-marked phrase after them is a name or a label, not words spoken
_NAMING_CUES = {"called", "calls", "dubbed", "dubs", "named", "labelled", "labeled", "branded", "termed", "described"}


def _cued_single(art: _Article, q: _Quote) -> bool:
    """Whether a single-marked quote in a body paragraph (not the first line, no double mark in it, no first person
    outside its marks: no speaker's own story) of a double-marked article follows its own speech cue with nothing
    between ('The crowd shouted ‘Ve-ra, Ve-ra’ as she spoke'): the words the subject spoke, whatever their case.

    >>> t = 'Vera wins\\n\\nIt went on. The fans chanted ‘Ve-ra, Ve-ra’ to drown them out.\\n\\nShe said “we won” and smiled at them all.'
    >>> extract_quotes(t)["is_speech"].tolist()
    [True, True]
    """
    at, sp, text = q.attr, q.span, art.text
    if at is None or at.mention is None or q.where != "before" or not 0 <= at.cue_end <= sp.open_start \
            or at.cue.lower() in _NAMING_CUES or _cue_kind(at.cue) != "speech":
        return False
    ps, pe = art.paras[sp.para]
    narration = re.sub(r"‘[^‘’\n]*’", " ", text[ps:pe])
    return sp.para > 0 and bool(re.fullmatch(r"\s*[,:]?\s*", text[at.cue_end:sp.open_start])) and \
        not re.search(r"[“”\"]", text[ps:pe]) and not _FIRST_PERSON.search(narration)
    # not the headline line, no double mark (an excerpt), no first person outside the marks (a speaker's own story)


_FIRST_PERSON = re.compile(r"\b(?:I|[Ww]e|[Mm]y|[Oo]ur|[Uu]s|me)\b")


def _body_paragraph(text: str, ps: int, pe: int) -> bool:
    """Whether a paragraph reads as body text, not a headline line: more than 15 words and a final full stop
    (bounded look-ups).

    >>> t = "Mayor vows action on roads"; _body_paragraph(t, 0, len(t))
    False
    """
    return bool(re.search(r"[.!?]\W*$", text[max(ps, pe - 40):pe].rstrip())) and len(text[ps:min(pe, ps + 400)].split()) > 15


#: a crosshead or a caption line: at most 12 words, no sentence-final punctuation, no quotation mark ('Social Welfare Bill')
_CROSSHEAD = re.compile(r"[^.!?:;,“”\"‘’'«»\n]{2,90}")


#: at most this many short lines (crossheads, captions, topic labels, page furniture) are read past
SKIPPED_LINES = 4


def _prev_para(art: _Article, para: int) -> int:
    """The paragraph before ``para`` that can introduce it: the one just before, or the one before a few short lines
    (crossheads, captions, topic labels, page furniture such as 'Advertisement' or 'Story continues below').

    >>> t = 'Lee told the radio it was over.\\n\\nThe Budget\\n\\n"We lost."'; a = _Article(t, paragraph_spans(t), [], "double", [], [])
    >>> _prev_para(a, 2), _prev_para(a, 1)
    (0, 0)
    """
    p = para - 1
    while p >= 1 and para - 1 - p < SKIPPED_LINES and _short_line(art, *art.paras[p]):
        p -= 1
    return p


def _short_line(art: _Article, ps: int, pe: int) -> bool:
    """Whether a paragraph is a short line that introduces no quote: a crosshead or caption, a topic label, a dash
    note under a quote ('- On the budget.')."""
    if pe - ps <= 90 and len(art.text[ps:pe].split()) <= 12 and _CROSSHEAD.fullmatch(art.text, ps, pe) and \
            art.text[ps:ps + 1].isupper():
        return True
    return _topic_note(art, ps, pe) or (pe - ps <= 100 and bool(_TOPIC_LINE.fullmatch(art.text, ps, pe)))


#: a topic label alone on its line, with or without a colon: 'On the chances of a title', 'About the referee:'
#: the words that open an interview round-up's topic label ("On the new signing", "Asked about the fans")
_TOPIC_OPENER = r"(?:On|About|Regarding|Asked\s+about)\s"
_TOPIC_LINE = re.compile(r"\s*" + _TOPIC_OPENER + r"[^.!?:;“”\"‘’\n]{1,80}:?\s*")
#: a note line under a quote that names no speaker: '- On the new budget.', '- Responding to a question.'
_NOTE_LINE = re.compile(r"\s*(?:[–—―]|--?)\s*(?:On|About|Asked|[A-Z][a-z]+ing)\s[^“”\"\n]{2,160}")


def _topic_note(art: _Article, ps: int, pe: int) -> bool:
    """Whether text[ps:pe] is a dash line under a quote giving its topic, not its speaker ('- On the new budget.'):
    the next quote with no attribution of its own goes on with the speaker before the note.

    >>> t = 'MAYOR ANN LEE\\n"We will fix the roads."\\n- On the state of the streets.\\n"Nobody will pay more."'
    >>> extract_quotes(t)["speaker"].tolist()
    ['Ann Lee', 'Ann Lee']
    """
    return pe - ps <= 200 and bool(_NOTE_LINE.fullmatch(art.text, ps, pe)) and _dash_attribution(art.text, ps, pe) is None


def _prev_para_attribution(art: _Article, para: int) -> Attribution | None:
    """'Cruz continued:' (or a cue right before a comma: 'The statement reads,') ending the previous paragraph
    introduces the quote paragraph after it.

    >>> t = 'The statement from the police reads,\\n\\n"We are on it."'
    >>> extract_quotes(t)[["speaker_mention", "attribution"]].values.tolist()
    [['The statement from the police', 'previous paragraph']]
    """
    if para == 0:
        return None
    ps, pe = art.paras[para - 1]
    last = art.text[ps:pe].rstrip()
    if not last.endswith((":", ",")):
        return None
    at = attribution_before(art.text, sentence_start(art.text, pe, ps), pe)
    if at is None or (last.endswith(",") and (at.mention is None or art.text[at.cue_end:pe].strip(" ,"))):
        return None   # a comma ends the paragraph right after the cue: 'He said,' / 'The statement reads,'
    return Attribution(at.cue, at.cue_start, at.cue_end, at.mention, "previous paragraph")


def _prev_para_subject(art: _Article, para: int) -> Attribution | None:
    """'Major General X, a spokesman, has condemned the bombing.' then a paragraph that is only a quote: the last
    sentence of a quote-free previous paragraph (a crosshead line between them skipped), when it has a reporting cue,
    introduces the speaker.

    >>> t = 'Ms Lee told the radio station the plan had failed.\\nThe Budget\\n"We tried everything. We lost."'
    >>> extract_quotes(t)[["speaker_mention", "attribution"]].values.tolist()
    [['Ms Lee', 'previous paragraph']]
    """
    if para == 0:
        return None
    ps, pe = art.paras[_prev_para(art, para)]
    if _has_quote(art, ps, pe):
        return None
    s0 = sentence_start(art.text, pe, ps)
    at = attribution_before(art.text, s0, pe, ps) or speech_noun_report(art.text, s0, pe)   # 'X continued his remarks.'
    return Attribution(at.cue, at.cue_start, at.cue_end, at.mention, "previous paragraph") if at else None


#: the opening of a sentence that goes on with the report before it: a connective or a pronoun
_GOES_ON = re.compile(r"\s*(?:However|But|And|Also|Still|Yet|Meanwhile|Instead|Even\s+so|In\s+addition|Otherwise|He|She|"
                      r"They|It|This|That|These|Those|There)\b")
#: at most this many sentences of a lead-in paragraph are read back to the one that reports its speaker
REPORT_SENTENCES = 3


def _prev_para_report(art: _Article, sp: QuoteSpan) -> Attribution | None:
    """'Lee said the bridge was years away. However, a ferry could run soon.' then a first-person quote paragraph:
    an earlier sentence of a quote-free paragraph reports the speaker, the sentences after it go on with the report
    (no cue; a connective or a pronoun opens them), and the quote takes that speaker.

    >>> t = 'Lee said the bridge was years away. However, a ferry could run soon.\\n\\n"We will not miss the deadline."'
    >>> extract_quotes(t)[["speaker", "attribution"]].values.tolist()
    [['Lee', 'previous paragraph']]
    """
    text = art.text
    if sp.para == 0 or not _FIRST_PERSON.search(text, sp.open_end, min(sp.close_start, sp.open_end + FIRST_PERSON_WINDOW)):
        return None
    ps, pe = art.paras[_prev_para(art, sp.para)]
    if _has_quote(art, ps, pe):
        return None
    i = bisect.bisect_right(art.sents, pe - 1) - 1
    end = pe
    for _ in range(REPORT_SENTENCES):
        s0 = art.sents[i] if i >= 0 else ps
        if s0 < ps:
            return None
        if cues_in(text, s0, end):
            at = attribution_before(text, s0, end, ps)
            ok = at is not None and at.mention is not None and at.where == "before" and at.mention.kind in {"person", "role", "body"}
            return Attribution(at.cue, at.cue_start, at.cue_end, at.mention, "previous paragraph") if ok and end < pe else None
        if s0 <= ps or not _GOES_ON.match(text, s0, end):
            return None   # the paragraph opens with no report, or a sentence that does not go on with it
        end, i = s0, i - 1
    return None


#: 'For Ann Lee, ...': a lead-in sentence opened by 'For' and a person
_FOR_PERSON = re.compile(r"\s*(?:(?:But|And|Yet)\s+)?For\s+")
#: the first word of the predicate after a lead-in's subject and its apposition ('Ann Lee, the captain, was ...')
_LEAD_IN_VERB = re.compile(r"(?:\s*,[^,.;:!?]{1,120},)?\s+([a-z]+)\b")
#: at most this many characters of a quote are searched for first-person words
FIRST_PERSON_WINDOW = 600


def _speech_in(art: _Article, s: int, e: int) -> bool:
    """Whether a quoted span of more than SCARE_MAX_WORDS words opens inside text[s:e] (a quoted title or
    nickname is no speech).

    >>> t = 'Bo Hale, the "Player of the Year", was glad.'; a = _Article(t, paragraph_spans(t), find_quotes(t, paragraph_spans(t)), "double", [], [13])
    >>> _speech_in(a, 0, len(t))
    False
    """
    i = bisect.bisect_left(art.opens, s)
    while i < len(art.opens) and art.opens[i] < e:
        sp = art.spans[i]
        if len(art.text[sp.open_end:sp.close_start].split()) > SCARE_MAX_WORDS:
            return True
        i += 1
    return False


def _lead_in_subject(art: _Article, sp: QuoteSpan) -> Attribution | None:
    """'Ann Lee, the captain, was pleased with her form.' (or 'For Ann Lee, the plan worked.') then a paragraph that
    is only a first-person quote: the one person a quote-free lead-in paragraph opens its last sentence with
    introduces the speaker, even with no reporting cue (a crowd or a body does not say 'I').

    >>> t = 'Bo Hale, the club captain, was pleased with his form.\\n\\n"I kept working and it paid off."'
    >>> extract_quotes(t)[["speaker", "attribution"]].values.tolist()
    [['Bo Hale', 'lead-in paragraph']]
    >>> t = 'Residents were angry about the flood.\\n\\n"We lost everything."'; extract_quotes(t)["speaker"].tolist()
    ['']
    """
    text = art.text
    if sp.para == 0 or not _FIRST_PERSON.search(text, sp.open_end, min(sp.close_start, sp.open_end + FIRST_PERSON_WINDOW)):
        return None
    ps, pe = art.paras[_prev_para(art, sp.para)]
    if _speech_in(art, ps, pe) or cues_in(text, ps, pe) or text[ps:pe].rstrip()[-1:] not in {".", "!"}:
        return None   # a headline or a label line is no lead-in
    s0 = sentence_start(text, pe, ps)
    lead = _FOR_PERSON.match(text, s0, pe)
    comma = text.find(",", lead.end(), pe) if lead is not None else -1
    men = object_after(text, lead.end(), comma) if comma > 0 else np_at_start(text, s0, pe)
    head = lexicon.role_nouns().get(men.name.split()[-1].lower()) if men is not None else None
    if men is None or not (men.kind == "person" or men.name in {"he", "she"} or
                           (men.kind == "role" and not men.plural and head is not None and not head.plural)):
        return None
    verb = _LEAD_IN_VERB.match(text, men.end, pe) if lead is None else None
    if lead is None and (verb is None or not (verb.group(1) in lexicon.AUXILIARIES or verb.group(1).endswith(("ed", "s")))):
        return None   # 'Police detained Ann Lee on Friday': a person after the verb is no subject
    return Attribution("lead-in", men.start, men.start, men, "lead-in paragraph")


#: a paragraph that is only a name, maybe with a bracketed affiliation: 'Ann Lee (Ames United)', 'Ann Lee:'
_NAME_LABEL = re.compile(r"\s*([A-Z][^()\n:;.!?“”\"]{2,50}?)\s*\([^()\n]{2,40}\)\s*[:–—-]?\s*")


def _name_label_para(art: _Article, para: int) -> Attribution | None:
    """'Ann Lee (Ames United)' alone on the paragraph before a quote paragraph: a round-up's label names the speaker
    (the bracketed team, party or body tells it from a crosshead).

    >>> t = 'Ann Lee (Ames United)\\n\\n"We were lucky today."'
    >>> extract_quotes(t)[["speaker_mention", "attribution"]].values.tolist()
    [['Ann Lee', 'label paragraph']]
    """
    if para == 0:
        return None
    ps, pe = art.paras[para - 1]
    m = _NAME_LABEL.fullmatch(art.text, ps, pe)
    name = np_at_end(art.text, m.start(1), m.end(1), subject=False) if m is not None else None
    if name is None or name.kind != "person" or name.start != m.start(1):
        return None
    return Attribution("label", m.start(1), m.start(1), name, "label paragraph")


#: a heading line in capitals: 'PRIME MINISTER ANN LEE', 'CLUB CAPTAIN BO HALE:'
_CAPS_HEADING = re.compile(r"\s*([A-Z][A-Z’'.\-]*(?:[ \t]+[A-Z][A-Z’'.\-]*){2,7})[ \t]*:?\s*")


def _caps_heading_para(art: _Article, para: int) -> Attribution | None:
    """'PRIME MINISTER ANN LEE' alone on the line before a quote paragraph: a round-up's heading in capitals, a role
    then a name, names the speaker (a heading with no role word, 'THE BEST LINE', names nobody).

    >>> t = 'HEALTH MINISTER ANN LEE\\n"We will open two wards."'
    >>> extract_quotes(t)[["speaker_mention", "speaker", "attribution"]].values.tolist()
    [['HEALTH MINISTER ANN LEE', 'Ann Lee', 'heading']]
    >>> extract_quotes('THE WEEK IN SHORT\\n"We will open two wards."')["speaker"].tolist()
    ['']
    """
    if para == 0:
        return None
    ps, pe = art.paras[para - 1]
    m = _CAPS_HEADING.fullmatch(art.text, ps, pe) if pe - ps <= 80 else None
    line = m.group(1).title() if m is not None else ""
    men = np_at_end(line, 0, len(line)) if line else None
    if men is None or men.kind != "person" or men.start != 0 or not 2 <= len(men.name.split()) <= 4 or \
            any(lexicon.is_cue(w.lower()) for w in men.name.split()):
        return None   # ('MAYOR ANN LEE SAYS': a headline, not a heading)
    lead = line[:line.rfind(men.name)].lower().split()
    if not any(w in lexicon.role_nouns() or w in lexicon.titles() for w in lead):
        return None
    a = m.start(1)
    at = a + line.rfind(men.name)
    return Attribution("heading", a, a, Mention(a, a + len(line), "person", at, a + len(line), men.name, line[:at - a].strip()),
                       "heading")


#: a video script's label line before a clip's words: 'SOUNDBITE2 [06:48 - 06:58] (GREEK): ANN LEE, Greek runner'
_SOUNDBITE = re.compile(r"\s*(?:SOUNDBITE|SOUND\s*BITE|SOT|INTERVIEWEE|VOX\s*POP)\s*\d*\s*(?:\[[^\]\n]{0,60}\]\s*)?"
                        r"(?:\([^)\n]{0,40}\)\s*)?:\s*(?P<name>[A-Z][^,:\n]{1,60}?)\s*(?:,\s*(?P<role>[^\n]{0,120}?))?\s*")


def _soundbite_para(art: _Article, para: int) -> Attribution | None:
    """The speaker a video script's label line names on the paragraph before a quote paragraph.

    >>> t = 'SOUNDBITE2 [06:48:01 - 06:58:22] (GREEK): KOSTAS GELAOUZOS, Greek runner\\n"I wanted this victory."'
    >>> extract_quotes(t)[["speaker_mention", "speaker", "attribution"]].values.tolist()
    [['KOSTAS GELAOUZOS', 'Kostas Gelaouzos', 'label paragraph']]
    """
    if para == 0:
        return None
    ps, pe = art.paras[para - 1]
    m = _SOUNDBITE.fullmatch(art.text, ps, pe) if pe - ps <= 240 else None
    if m is None or len(m.group("name").split()) > 5:
        return None
    a, b = m.span("name")
    name = m.group("name").title() if m.group("name").isupper() else m.group("name")
    return Attribution("label", a, a, Mention(a, b, "person", a, b, name, (m.group("role") or "").strip()), "label paragraph")


def _prev_sentence_attribution(art: _Article, k: int) -> Attribution | None:
    """A quote that is a whole sentence after a quote-free sentence of its paragraph with a cue and a subject
    ('Lynch announced the lawsuit on Monday. "We are seeking a court order."'): that subject speaks. One plain
    sentence with no cue may stand between them ('Lynch announced the lawsuit. It is rare. "We are ..."').

    >>> t = 'Lynch announced the lawsuit on Monday. "We are seeking a court order."'
    >>> extract_quotes(t)[["speaker", "attribution"]].values.tolist()
    [['Lynch', 'previous sentence']]
    >>> t = 'Lynch announced the lawsuit on Monday. The case is rare. "We are seeking a court order."'
    >>> extract_quotes(t)[["speaker", "attribution"]].values.tolist()
    [['Lynch', 'previous sentence']]
    """
    text, sp = art.text, art.spans[k]
    ps = art.paras[sp.para][0]
    end = sp.open_start
    while end > ps and text[end - 1].isspace():
        end -= 1
    if end <= ps or text[end - 1] not in ".!?" or not _ends_sentence(text, sp, art.paras[sp.para][1]):
        return None
    s0 = sentence_start(text, end - 1, ps)
    if _has_quote(art, s0, sp.open_start) or any(sp2.close_end > s0 and sp2.open_start < s0 for sp2 in art.spans[max(0, k - 3):k]):
        return None
    at = attribution_before(text, s0, end - 1, ps) or speech_noun_report(text, s0, end - 1)
    if at is None and s0 > ps and not cues_in(text, s0, end) and not re.search(r"[“”\"]", text[s0:end]):
        s1 = sentence_start(text, s0 - 1, ps)   # one cue-free sentence between the speaker's and the quote
        if not _has_quote(art, s1, s0) and not any(sp2.close_end > s1 and sp2.open_start < s1 for sp2 in art.spans[max(0, k - 3):k]):
            at = attribution_before(text, s1, s0 - 1, ps)
    if at is None or at.mention is None or at.where != "before" or at.mention.kind not in _SUBJECT_KINDS - {"document"}:
        return None
    return Attribution(at.cue, at.cue_start, at.cue_end, at.mention, "previous sentence")


def _ends_sentence(text: str, sp: QuoteSpan, para_end: int) -> bool:
    """Whether a quote closes its sentence: nothing after it in the paragraph, or a full stop (inside or right
    after the marks) and then a new sentence.

    >>> t = '"We won." Then we left.'; sp = find_quotes(t, paragraph_spans(t))[0]; _ends_sentence(t, sp, len(t))
    True
    >>> t = '"We won" the day, he said.'; sp = find_quotes(t, paragraph_spans(t))[0]; _ends_sentence(t, sp, len(t))
    False
    """
    if _NOT_STOP_MARK.search(text, sp.close_end, para_end) is None:
        return True   # read in place: a copy of the rest of the paragraph per quote is quadratic in a long paragraph
    closed = text[sp.start:sp.end].rstrip()[-1:] in {".", "!", "?"} or text.startswith(".", sp.close_end, para_end)
    return closed and bool(_NEW_SENTENCE.match(text, sp.close_end, para_end))


_NOT_SPACE = re.compile(r"\S")
#: a character that ``str.strip(" .,")`` keeps, and what opens a new sentence after a quote
_NOT_STOP_MARK, _NEW_SENTENCE = re.compile(r"[^ .,]"), re.compile(r"\.?\s+[A-Z“\"‘]")


def _has_quote(art: _Article, s: int, e: int) -> bool:
    """Whether any quoted span opens inside text[s:e] (bisection over the sorted spans).

    >>> _has_quote(_Article("", [], [], "double", [], [5, 40]), 0, 10), _has_quote(_Article("", [], [], "double", [], [5]), 6, 9)
    (True, False)
    """
    i = bisect.bisect_left(art.opens, s)
    return i < len(art.opens) and art.opens[i] < e


def _next_para_dash(art: _Article, para: int) -> Attribution | None:
    """A quote paragraph followed by a line '- Sanders' or '— Michelle Marks, a voter'."""
    if para + 1 >= len(art.paras):
        return None
    ns, ne = art.paras[para + 1]
    return _dash_attribution(art.text, ns, ne) if ne - ns < 200 else None


def _message_after(art: _Article, sp: QuoteSpan) -> Attribution | None:
    """A quote paragraph whose speaker the next sentence names: the rest of its paragraph, or the next paragraph,
    opens 'That was the message from X' ('"We will win."\\n\\nThat was the verdict of coach Ann Lee.'); or, after a
    quote that is its paragraph's first sentence, a caption in the present tense ends it on a page of such captions.

    >>> t = 'The club was pleased.\\n\\n"We will win the league."\\n\\nThat was the message from coach Ann Lee.'
    >>> extract_quotes(t)[["speaker_mention", "attribution"]].values.tolist()
    [['coach Ann Lee', 'next sentence']]
    """
    text, pe = art.text, art.paras[sp.para][1]
    if _NOT_SPACE.search(text, sp.close_end, pe) is not None:
        if not _ends_sentence(text, sp, pe):
            return None
        return message_from(text, sp.close_end, pe) or art.captions.get(sp.para)
    if sp.para + 1 >= len(art.paras):
        return None
    ns, ne = art.paras[sp.para + 1]
    return message_from(text, ns, min(ne, ns + 300))


#: a caption page has at least this many quote paragraphs closed by a caption ('"..." Ann Lee offers her tips.')
CAPTION_PAGE_MIN = 2


def _captions(art: _Article) -> dict[int, Attribution]:
    """Paragraph -> caption for each paragraph that opens with a closed quote and ends with a caption sentence in the
    present tense, when the article has at least CAPTION_PAGE_MIN of them: a round-up of captioned quotes (one such
    sentence alone, '"..." Smith faces ten years in jail.', reports on someone, it signs nothing).

    >>> t = '"I ran well." Ann Lee reflects on her race.\\n"I was tired." Bo Hale looks back on the final.'
    >>> extract_quotes(t)["speaker"].tolist()
    ['Ann Lee', 'Bo Hale']
    >>> extract_quotes('"I was tired." Bo Hale looks back on the final.')["speaker"].tolist()
    ['']
    """
    text, out = art.text, {}
    for sp in art.spans:
        ps, pe = art.paras[sp.para]
        if sp.open_start > ps or sp.para in out or sp.para in art.dense or \
                text[sp.start:sp.end].rstrip()[-1:] not in {".", "!", "?", "…"} or not _ends_sentence(text, sp, pe):
            continue
        at = caption_after(text, sp.close_end, pe) if _NOT_SPACE.search(text, sp.close_end, pe) else None
        if at is not None:
            out[sp.para] = at
    return out if len(out) >= CAPTION_PAGE_MIN else {}


def _last_speech_in_para(art: _Article, quotes: list[_Quote], k: int, para: int) -> int:
    """Index of the last quote before k in paragraph ``para`` that has a speaker (-1 when none)."""
    j = k - 1
    while j >= max(0, k - 8) and quotes[j].span.para >= para:
        if quotes[j].span.para == para and (quotes[j].attr or quotes[j].source >= 0 or quotes[j].speaker_from >= 0):
            return j
        j -= 1
    return -1


def _unsigned_speech_before(art: _Article, quotes: list[_Quote], k: int) -> int:
    """The last quote with a speaker in the paragraph before quote k's, which quote k may continue; -1 when there is
    none or when a dash signs it ('"..." - Ann Lee'): a signature closes its speaker's item.

    >>> t = '"The bus was late." - Ann Lee\\n\\n"We waited two hours."'
    >>> extract_quotes(t)[["speaker", "utterance_id"]].values.tolist()
    [['Ann Lee', 0], ['', 1]]
    """
    j = _last_speech_in_para(art, quotes, k, quotes[k].span.para - 1)
    return -1 if j >= 0 and quotes[j].where == "dash" else j


def _root(quotes: list[_Quote], j: int) -> int:
    """The first piece of quote j's utterance (j itself when it starts one)."""
    return quotes[j].source if quotes[j].source >= 0 else j


def _join_attributed(art: _Article, quotes: list[_Quote], k: int) -> None:
    """An attributed quote k joins an earlier piece of its paragraph with the same cue, or the same speaker just before.

    '"We," said X, "will win."' and 'X called it "a" and "b"' are one utterance; in 'A "x" B, X said, noting "y"' the
    participle reports y apart.
    """
    q, sp = quotes[k], quotes[k].span
    if k > 0 and _adds_on(art, quotes[k - 1], sp):
        q.attr, q.speaker_from, q.where = None, _root(quotes, k - 1), "previous speaker"
        return
    for j in range(k - 1, max(-1, k - 6), -1):
        pj = quotes[j]
        if pj.span.para != sp.para:
            break
        if pj.attr is not None and pj.attr.mention is not None and (pj.attr.cue_start == q.attr.cue_start or (
                j == k - 1 and pj.attr.mention.start == q.attr.mention.start and not _new_cue(art, pj, q))) and \
                not (pj.where == "end of sentence" and cues_in(art.text, pj.attr.cue_end, sp.open_start)):
            q.source = _root(quotes, j)
            break


#: the end of an attribution that goes on to a further full quote of its speaker: '..., adding, "', '..., who added: "'
_ADDED_ON = re.compile(r",\s*(?:(?:who|and)\s+(?:then\s+)?)?(?:adding|added)\s*[,:]\s*$")


def _adds_on(art: _Article, pj: _Quote, sp: QuoteSpan) -> bool:
    """Whether full quote sp follows quote pj's own trailing attribution ending in 'adding,' or 'who added:' in one
    sentence: a second utterance of pj's speaker (real layers and PolNeAR keep the two quotes apart).

    >>> t = '"The road is shut," the mayor told us, adding, "Nobody can pass."'
    >>> extract_quotes(t)[["speaker_mention", "utterance_id"]].values.tolist()
    [['the mayor', 0], ['the mayor', 1]]
    """
    at, text = pj.attr, art.text
    if at is None or pj.where != "after" or at.cue_start < pj.span.close_end or at.cue_start > sp.open_start:
        return False
    gap = text[pj.span.close_end:sp.open_start]
    return len(gap) <= 160 and not re.search(r"[.!?;\n“”\"]", gap) and bool(_ADDED_ON.search(gap)) and \
        text[sp.open_end:sp.open_end + 1].isupper()


def _single_crosshead(art: _Article, sp: QuoteSpan) -> bool:
    """Whether a single-marked quote of at most eight words with no final stop is its paragraph's whole text in a
    story that quotes with double marks: a crosshead that quotes a phrase of the text, not a running quote.

    >>> t = 'Ann Lee said: “The plant must stay.\\n\\n‘A body blow’\\n\\n“We ask the government to act.”'
    >>> extract_quotes(t)[["quote", "is_speech"]].values.tolist()[1]
    ['A body blow', False]
    """
    return sp.mark == "single" and art.style == "double" and _alone_on_line(art, sp, 8, ".!?,")


def _link_paragraph_opener(art: _Article, quotes: list[_Quote], k: int) -> None:
    """Tie quote k, which opens a sentence at the head of its paragraph, to an attribution or an earlier quote.

    The attribution of the paragraph before, a message or dash line after, a name label, or the subject of the
    paragraph before (a quote that is the whole paragraph); else an unsigned quote before: the same speaker, or a
    running quote continued.
    """
    q, sp = quotes[k], quotes[k].span
    if _single_crosshead(art, sp):
        return   # '‘Gut-wrenching feeling’' alone on its line in a double-marked story: a crosshead, nobody's words
    root = lambda j: _root(quotes, j)  # noqa: E731
    whole = _quote_leads_plain_paragraph(art, sp) or _quote_chain_paragraph(art, k)
    at = _prev_para_attribution(art, sp.para) or _message_after(art, sp) or _next_para_dash(art, sp.para) or \
        _name_label_para(art, sp.para) or _caps_heading_para(art, sp.para) or _soundbite_para(art, sp.para) or \
        (_prev_para_subject(art, sp.para) if whole and sp.open_start <= art.paras[sp.para][0] else None)
    if at is not None:
        q.attr, q.where = at, at.where
    elif (sp.open_start <= art.paras[sp.para][0] or _bare_lead(art, sp)) and \
            (j := _unsigned_speech_before(art, quotes, k)) >= 0:
        if (quotes[j].speaker_from >= 0 and quotes[j].attr is None and quotes[j].source < 0) or _topic_lead(art, sp):
            q.speaker_from, q.where = j, "previous speaker"   # answers under a topic label stay apart
        elif _after_closed_partial(art, quotes[j], sp):
            q.speaker_from, q.where = root(j), "previous speaker"   # 'X said it was "a." / "B."': no running quote
        else:
            q.source, q.where, q.kind = root(j), "previous paragraph", "continuation"
    elif sp.open_start <= art.paras[sp.para][0] and (p := _prev_para(art, sp.para)) < sp.para - 1 and \
            (j := _last_speech_in_para(art, quotes, k, p)) >= 0:
        q.speaker_from, q.where = root(j), "previous speaker"   # '"A." / On the season… / "B."': a topic label
    elif whole and sp.open_start <= art.paras[sp.para][0] and (at := _lead_in_subject(art, sp) or _prev_para_report(art, sp)):
        q.attr, q.where = at, at.where   # 'Ann Lee, the captain, was pleased.' / '"I kept working."'


def _link(art: _Article, quotes: list[_Quote], k: int) -> None:
    """Tie quote k to an earlier one: same utterance (split or continued quote) or same speaker (next paragraph)."""
    q, sp, text = quotes[k], quotes[k].span, art.text
    if sp.para in art.dense:
        return
    prev = quotes[k - 1] if k > 0 else None
    first_in_para = prev is None or prev.span.para != sp.para
    root = lambda j: _root(quotes, j)  # noqa: E731
    if q.attr is not None:
        _join_attributed(art, quotes, k)
        return
    if not first_in_para and re.fullmatch(r"[\s,]*(?:[a-z]+ing|and\s+(?:then\s+)?[a-z]+ed)[\s,:]*",
                                          text[prev.span.close_end:sp.open_start]) and \
            (j := _last_speech_in_para(art, quotes, k, sp.para)) >= 0:
        q.speaker_from, q.where = root(j), "previous speaker"   # '"...," adding, "..."'
        return
    prefix = text[sentence_start(text, sp.open_start, art.paras[sp.para][0]):sp.open_start].strip()
    opens_sentence = not prefix or bool(_LEAD_WORDS.fullmatch(prefix))
    lead_clause = prefix.endswith(",") and not lexicon.find_cues(prefix, 0, len(prefix)) and prefix[:1].isupper()
    if not first_in_para and (opens_sentence or lead_clause) and (j := _last_speech_in_para(art, quotes, k, sp.para)) >= 0:
        at = _prev_sentence_attribution(art, k) if opens_sentence else None
        if at is not None and _another_speaker(quotes, j, at):
            q.attr, q.where = at, at.where   # '"A," Lee said. Kim disagreed. "B."': the speaker of the sentence between
        else:
            q.source, q.where = root(j), "inherited"   # '"A," he said. "B."', '"A," he said. If so, "B."'
    elif not first_in_para and prev.attr is not None and prev.attr.mention is not None and \
            _LIST_GAP.fullmatch(text, prev.span.close_end, sp.open_start):
        if _closes_sentence(text, prev.span):   # 'they cried "We are lost!" and "Help us!"': two cries, one speaker
            q.speaker_from, q.where = root(k - 1), "previous speaker"
        else:
            q.source, q.where = root(k - 1), "inherited"   # 'Trump is a "loser," a "liar" and a "whiner."'
    elif not first_in_para and opens_sentence and prev.attr is None and prev.source < 0 and \
            _unread_attribution_between(art, prev.span, sp):
        q.source, q.where = root(k - 1), "utterance"   # '"A," two experts at X wrote in May. "B."'
    elif not first_in_para and _after_its_attribution(art, prev, sp):
        q.source, q.where = root(k - 1), "inherited"   # '"A," said X, 20, of Jacksonville, Fla. "B."'
    elif not first_in_para and q.kind == "partial" and _same_sentence_speech(art, prev, sp):
        q.source, q.where = root(k - 1), "inherited"   # 'X said that by saying "A," they are "B."'
    elif first_in_para and prev and prev.span.continues_next and prev.span.para == sp.para - 1 and \
            not _single_crosshead(art, sp):
        q.source, q.where, q.kind = root(k - 1), "inherited", "continuation"
    elif first_in_para and k >= 2 and _single_crosshead(art, prev.span) and quotes[k - 2].span.continues_next and \
            quotes[k - 2].span.para == sp.para - 2:
        q.source, q.where, q.kind = root(k - 2), "inherited", "continuation"   # a running quote goes on past a crosshead
    elif opens_sentence and sp.open_start > art.paras[sp.para][0] and (at := _prev_sentence_attribution(art, k)):
        q.attr, q.where = at, at.where   # 'Lynch announced the lawsuit. "We are seeking a court order."'
    elif first_in_para and opens_sentence:
        _link_paragraph_opener(art, quotes, k)
    elif first_in_para and _bare_lead(art, sp) and (j := _unsigned_speech_before(art, quotes, k)) >= 0:
        if _topic_lead(art, sp):
            q.speaker_from, q.where = j, "previous speaker"   # '\n\nOn taxes: "..."': the answer to a new topic
        else:
            q.source, q.where, q.kind = root(j), "previous paragraph", "continuation"   # '\n\nBut "...."'


def _closes_sentence(text: str, sp: QuoteSpan) -> bool:
    """Whether a quote of several words ends its own sentence inside its marks ('"We are lost!"'), not a fragment
    ('"a liar,"', '"in Washington, D.C.,"').

    >>> t = 'they cried "We are lost!" and "in Lee St."'; [_closes_sentence(t, sp) for sp in paired_quotes(t)[1]]
    [True, False]
    """
    quote = text[sp.start:sp.end].rstrip()
    return bool(re.search(r"[!?]$|[a-z]{2}\.$", quote)) and len(_WORDS.findall(quote)) >= 3


def _after_closed_partial(art: _Article, prev: _Quote, sp: QuoteSpan) -> bool:
    """Whether quote sp opens its paragraph after a paragraph whose last speech is a partial quote closed inside its
    sentence, and sp does not run on: no quote runs over the break, so sp starts a new utterance of that speaker.

    >>> t = 'Lee said the dam was "in good shape" for now.\\n\\n"We check it every week."'
    >>> extract_quotes(t)[["speaker", "utterance_id"]].values.tolist()
    [['Lee', 0], ['Lee', 1]]
    """
    return prev.kind == "partial" and not prev.span.continues_next and not sp.continues_next and \
        prev.span.para == sp.para - 1


def _another_speaker(quotes: list[_Quote], j: int, at: Attribution) -> bool:
    """Whether a named or described subject ``at`` is not the speaker of quote j's utterance (no pronoun, no word of
    one name in the other: 'Kim' after 'Ann Lee' is another speaker, 'Lee' or 'she' is not)."""
    root = quotes[_root(quotes, j)]
    men = root.attr.mention if root.attr is not None else None
    if at.mention is None or at.mention.kind == "pronoun" or men is None:
        return False
    a, b = set(at.mention.name.lower().split()), set(men.name.lower().split())
    return not (a & b) and at.mention.kind in {"person", "body"}


PLAIN_REST_CHARS = 600   # at most this much plain narrative after a paragraph-opening quote


def _quote_leads_plain_paragraph(art: _Article, sp: QuoteSpan) -> bool:
    """Whether quote sp is its paragraph's only speech: nothing after it, or only plain sentences (no cue, no mark)
    after a quote that closes a sentence ('"They raided the depot." They held 26 people.').

    >>> t = '"They raided the depot." They held 26 people.'; sps = find_quotes(t, paragraph_spans(t))
    >>> _quote_leads_plain_paragraph(_Article(t, paragraph_spans(t), sps, "double", [], []), sps[0])
    True
    >>> t = '"They raided the depot." Police said so.'; sps = find_quotes(t, paragraph_spans(t))
    >>> _quote_leads_plain_paragraph(_Article(t, paragraph_spans(t), sps, "double", [], []), sps[0])
    False
    """
    text, pe = art.text, art.paras[sp.para][1]
    if pe - sp.close_end > PLAIN_REST_CHARS:
        return False   # a long paragraph after the quote is its own story (and the scan stays bounded)
    rest = text[sp.close_end:pe]
    if not rest.strip(" .,"):
        return True
    closed = text[sp.open_end:sp.close_start].rstrip()[-1:] in {".", "!", "?"}
    return closed and rest[:1].isspace() and not re.search(r"[“”\"‘’«»]", rest) and not cues_in(text, sp.close_end, pe)


#: at most this many quotes of one paragraph are read as a chain of unsigned quotes
CHAIN_QUOTES = 12


def _quote_chain_paragraph(art: _Article, k: int) -> bool:
    """Whether quote k opens a paragraph with a run of quotes, each opening right after the one before (a speech
    whose sentences each open a new mark), the last one closing its sentence or standing as a plain paragraph's would.

    >>> t = '“We fixed it. “Nobody pays. “It is done.”'; sps = find_quotes(t, paragraph_spans(t))
    >>> a = _Article(t, paragraph_spans(t), sps, "double", [], [sp.open_start for sp in sps]); _quote_chain_paragraph(a, 0)
    True
    """
    sp, j = art.spans[k], k
    while j + 1 < len(art.spans) and j - k < CHAIN_QUOTES and art.spans[j + 1].para == sp.para and \
            not art.text[art.spans[j].close_end:art.spans[j + 1].open_start].strip(" .,"):
        j += 1
    last = art.spans[j]
    return j > k and (_quote_leads_plain_paragraph(art, last) or art.text[last.open_end:last.close_start].rstrip()[-1:] in {".", "!", "?"})


_BARE_LEAD = re.compile(r"\s*(?:(?:but|and|so|yet|still|then|also|now|instead|meanwhile|however|indeed|or)\b[\s,]*)*"
                        r"(?:[^.!?:;“”\"]{1,30}:\s*)?", re.I)


def _bare_lead(art: _Article, sp: QuoteSpan) -> bool:
    """Whether only connectives or a short topic label ending in a colon, with no cue and no speaker, open the
    paragraph before quote sp ('But "...', 'On taxes: "...').

    >>> t = 'X.\\n\\nOn taxes: "We will cut them."'; sps = find_quotes(t, paragraph_spans(t))
    >>> _bare_lead(_Article(t, paragraph_spans(t), sps, "double", [], []), sps[0])
    True
    """
    ps = art.paras[sp.para][0]
    if sp.open_start <= ps or not _BARE_LEAD.fullmatch(art.text, ps, sp.open_start) or cues_in(art.text, ps, sp.open_start):
        return False
    men = np_at_start(art.text, ps, sp.open_start)
    return men is None or men.kind not in _SUBJECT_KINDS or counts_a_thing(art.text, men)


#: a topic label before an answer: 'On the new signing: ', 'About the referee… '
_TOPIC_LEAD = re.compile(r"\s*" + _TOPIC_OPENER + r"[^.!?:;“”\"\n]{1,60}(?::|…|\.\.\.)\s*")


def _topic_lead(art: _Article, sp: QuoteSpan) -> bool:
    """Whether only a topic label opens the paragraph before quote sp ('On the new signing: "..."'): an interview
    round-up's answer to a new topic, a new utterance of the speaker before.

    >>> t = 'X.\\n\\nOn the referee: "He was fine."'; sps = find_quotes(t, paragraph_spans(t))
    >>> _topic_lead(_Article(t, paragraph_spans(t), sps, "double", [], []), sps[0])
    True
    """
    return bool(_TOPIC_LEAD.fullmatch(art.text, art.paras[sp.para][0], sp.open_start))


def _unread_attribution_between(art: _Article, a: QuoteSpan, b: QuoteSpan) -> bool:
    """Whether one short clause with a reporting cue (whose subject was not read) closes quote a's sentence before
    quote b: the two quotes are one utterance of that unread speaker.

    >>> t = '"It was a hard year," the old man by the door said. "We lost a lot."'
    >>> extract_quotes(t)[["speaker", "utterance_id"]].values.tolist()
    [['', 0], ['', 0]]
    """
    text = art.text
    gap = text[a.close_end:b.open_start]
    return len(gap) <= 200 and bool(re.fullmatch(r",?\s[^.!?“”\"]+[.]\s*", gap)) \
        and bool(cues_in(text, a.close_end, b.open_start)) and text[a.start:a.end].rstrip()[-1:] in {",", "?", "!"}


def _after_its_attribution(art: _Article, prev: _Quote, sp: QuoteSpan) -> bool:
    """Whether only the previous quote's own trailing attribution, closed by a full stop, stands between it and
    ``sp`` ('"A," said Jo Kim, 20, of Jacksonville, Fla. "B."': the stop after an abbreviation ends the sentence).

    >>> t = '"We won," said Jo Kim, 20, of Ames, Ia. "It was close."'
    >>> extract_quotes(t)[["speaker", "utterance_id"]].values.tolist()
    [['Jo Kim', 0], ['Jo Kim', 0]]
    """
    at = prev.attr
    if at is None or at.mention is None or prev.where != "after" or at.cue_start < prev.span.close_end:
        return False
    gap = art.text[max(at.cue_end, at.mention.end):sp.open_start]
    return gap.rstrip().endswith(".") and "\n" not in gap and not cues_in(art.text, max(at.cue_end, at.mention.end), sp.open_start)


def _same_sentence_speech(art: _Article, prev: _Quote, sp: QuoteSpan) -> bool:
    """Whether the quote before ``sp`` sits in the same sentence and has its own speaker: a later partial quote with
    no cue of its own continues that report ('Lee said that by saying "tax," they are "hiding the truth."').

    >>> t = 'Lee said that by saying "tax," they are "hiding the truth."'
    >>> extract_quotes(t)[["speaker", "utterance_id"]].values.tolist()
    [['Lee', 0], ['Lee', 0]]
    """
    if not ((prev.attr is not None and prev.attr.mention is not None and prev.where in {"before", "after"}) or
            prev.where == "inherited"):
        return False
    s0 = sentence_start(art.text, sp.open_start, art.paras[sp.para][0])
    return s0 <= prev.span.open_start and not re.search(r"[.!?;:]", art.text[prev.span.close_end:sp.open_start])


def _new_cue(art: _Article, pj: _Quote, q: _Quote) -> bool:
    """Whether q's own cue lies between quote pj and q in q's sentence ('"A," X said, adding "B"'): a new report.

    >>> t = '"A," X said, adding "B."'; sp = find_quotes(t, paragraph_spans(t))
    >>> at = Attribution("adding", 13, 19, None, "before")
    >>> _new_cue(_Article(t, [], sp, "double", [], []), _Quote(sp[0]), _Quote(sp[1], attr=at))
    True
    >>> t = '"A," X said, adding that the E.U. would send "B" teams.'; sp = find_quotes(t, paragraph_spans(t))
    >>> at = Attribution("adding", 13, 19, None, "before")
    >>> _new_cue(_Article(t, [], sp, "double", [], []), _Quote(sp[0]), _Quote(sp[1], attr=at))
    True
    """
    between = _ABBREVIATION.sub("", art.text[q.attr.cue_end:q.span.open_start]) if q.attr is not None else ""
    return q.attr is not None and q.attr.cue_start >= pj.span.close_end and q.attr.cue_end <= q.span.open_start and \
        q.attr.cue_start >= 0 and not re.search(r"[.!?]", between)


#: a stop that ends an abbreviation inside a sentence, not the sentence ('the E.U. would', 'Dr. Lee', 'Gen. Kim')
_ABBREVIATION = re.compile(r"\b(?:[A-Z]\.){2,}(?=\s+[a-z])|\b(?:Mr|Mrs|Ms|Dr|St|Gen|Sen|Rep|Lt|Col|Sgt|Gov|Capt|Maj|Prof)\.")


def _pull_quotes(art: _Article, quotes: list[_Quote]) -> None:
    """A quote alone on its line whose words an attributed quote of the next two paragraphs says again is a pull
    quote: the later speaker's words ("‘Good exchange of views’" over "X said the talks had been “a good exchange of
    views”").

    >>> t = "The talks ended.\\n\\n‘Good exchange of views’\\n\\nMP Ann Lee said the talks had been “a good exchange of views”."
    >>> extract_quotes(t)[["quote", "is_speech", "speaker"]].values.tolist()[0]
    ['Good exchange of views', True, 'Ann Lee']
    """
    for k, q in enumerate(quotes):
        sp = q.span
        if q.attr is not None or q.source >= 0 or q.speaker_from >= 0 or sp.para in art.dense or \
                not _alone_on_line(art, sp):
            continue
        words = _pull_words(art.text[sp.start:sp.end])
        for j in range(k + 1, len(quotes)):
            if quotes[j].span.para > sp.para + 2:
                break  # the next two paragraphs only (each quote's words are read at most twice: linear)
            if words and quotes[j].span.para > sp.para and (quotes[j].attr is not None or quotes[j].source >= 0) and \
                    words in _pull_words(art.text[quotes[j].span.start:quotes[j].span.end]):
                q.speaker_from, q.where = j, "pull quote"
                break


def _alone_on_line(art: _Article, sp: QuoteSpan, max_words: int = 12, final: str = ".!?") -> bool:
    """Whether a quote of at most ``max_words`` words that ends in none of ``final`` is its paragraph's whole text (a
    crosshead's shape)."""
    ps, pe = art.paras[sp.para]
    quote = art.text[sp.start:sp.end]
    return not art.text[ps:sp.open_start].strip() and not art.text[sp.close_end:pe].strip(" .") and \
        len(quote.split()) <= max_words and not re.search("[" + re.escape(final) + r"]\W*$", quote)


def _pull_words(quote: str) -> str:
    """A quote's words in lower case, one space apart, for finding them again in another quote."""
    return " ".join(re.findall(r"[^\W_]+", quote.lower()))


def _backfill(art: _Article, quotes: list[_Quote]) -> None:
    """A quote with no speaker joins the next quote when that one carries the attribution: '"A." "B," he said.'
    in one paragraph (not a partial quote inside its own sentence: 'X called it a "coup." "B," he said.'), or an
    unclosed quote paragraph continued by the next paragraph's attributed quote."""
    for k in range(len(quotes) - 2, -1, -1):
        q, nxt = quotes[k], quotes[k + 1]
        if _running_quote_attributed_later(art, quotes, k):
            _detach_run(quotes, k)   # its own later attribution outranks the paragraph before
        if q.attr is not None or q.source >= 0 or q.speaker_from >= 0 or (nxt.attr is None and nxt.source < 0):
            continue
        root = nxt.source if nxt.source >= 0 else k + 1
        if root == k:   # the next paragraphs only continue quote k: the running quote's attribution may come later
            _backfill_running(art, quotes, k)
            continue
        if nxt.span.para == q.span.para and nxt.where in {"after", "dash"} and q.kind != "partial" \
                and not art.text[q.span.close_end:nxt.span.open_start].strip(" ,.;:–—-"):
            q.source, q.where = root, "utterance"
        elif q.span.continues_next and nxt.span.para == q.span.para + 1 and nxt.span.open_start <= art.paras[nxt.span.para][0]:
            q.source, q.where, nxt.kind = root, "utterance", "continuation"


def _backfill_running(art: _Article, quotes: list[_Quote], k: int) -> None:
    """An unattributed running quote (quote k and the paragraphs continuing it) takes the attribution of the quote
    that closes it in the next paragraph ('"A. / "B. / "C," Lee said.').

    >>> t = 'Rain fell.\\n\\n"A storm came in the night.\\n\\n"The roof went.\\n\\n"We hid," Ann Lee said.'
    >>> extract_quotes(t)["speaker"].tolist()
    ['Ann Lee', 'Ann Lee', 'Ann Lee']
    """
    j = k + 1
    while j + 1 < len(quotes) and quotes[j + 1].source == k:
        j += 1
    last = quotes[j]
    if j + 1 >= len(quotes) or not last.span.continues_next:
        return
    after = quotes[j + 1]
    if (after.attr is None and after.source < 0) or after.span.para != last.span.para + 1 or \
            after.span.open_start > art.paras[after.span.para][0]:
        return
    root = after.source if after.source >= 0 else j + 1
    for i in range(k, j + 1):
        quotes[i].source = root
    quotes[k].where, after.kind = "utterance", "continuation"


def _detach_run(quotes: list[_Quote], k: int) -> None:
    """Cut quote k, and the paragraphs that continue it, loose from the utterance before: quote k becomes their root.

    >>> t = 'Bo sells fruit.\\n\\n"The roads are full," said one trader.\\n\\n"We came back.\\n\\n"We eat.\\n\\n"We stay," said Bo.'
    >>> extract_quotes(t)["speaker"].tolist()
    ['one trader', 'Bo', 'Bo', 'Bo']
    """
    old = _root(quotes, k)
    quotes[k].attr, quotes[k].source, quotes[k].speaker_from = None, -1, -1
    for i in range(k + 1, len(quotes)):
        prev = quotes[i - 1]
        if quotes[i].source != old or not prev.span.continues_next or quotes[i].span.para != prev.span.para + 1:
            break
        quotes[i].source = k


def _running_quote_attributed_later(art: _Article, quotes: list[_Quote], k: int) -> bool:
    """Whether quote k opens a running quote (left open, the next paragraph opening with a quote) whose speaker came
    only from the paragraph before, while the running quote names its own speaker after a later paragraph's quote
    ('X spoke. / "A. / "B," said X.'): the running quote's own attribution is its source.

    >>> t = 'Ann Lee said the team lost.\\n\\n"We tried.\\n\\n"We lost," said Lee.'
    >>> extract_quotes(t)[["speaker_mention", "utterance_id"]].values.tolist()
    [['Lee', 0], ['Lee', 0]]
    """
    q, text = quotes[k], art.text
    if q.where != "previous paragraph" or not q.span.continues_next or q.span.para == 0:
        return False
    ps, pe = art.paras[q.span.para - 1]
    if text[ps:pe].rstrip().endswith((":", ",")):
        return False   # 'As the paper reported:' introduces a block quote whose inner quotes have their own speakers
    glyph = text[q.span.open_start:q.span.open_end]
    for j in range(k + 1, min(len(quotes), k + 8)):
        nj = quotes[j]
        if nj.span.para != quotes[j - 1].span.para + 1 or nj.span.open_start > art.paras[nj.span.para][0] or \
                text[nj.span.open_start:nj.span.open_end] != glyph:
            return False
        if nj.attr is not None and nj.attr.mention is not None and nj.where == "after":
            return True
        if not nj.span.continues_next:
            return False
    return False


def _sentence_subject(art: _Article, quotes: list[_Quote]) -> None:
    """A long partial quote with no cue found takes the noun phrase opening its sentence ('X welcomed "..."').

    >>> df = extract_quotes('Ann Lee welcomed "the news that the bridge will reopen to all traffic soon."')
    >>> df[["speaker", "attribution"]].values.tolist()
    [['Ann Lee', 'sentence subject']]
    """
    text = art.text
    for q in quotes:
        sp = q.span
        if q.kind != "partial" or q.attr is not None or q.source >= 0 or q.speaker_from >= 0 or sp.para in art.dense \
                or len(_WORDS.findall(text, sp.start, sp.end)) <= SCARE_MAX_WORDS:
            continue
        s0 = sentence_start(text, sp.open_start, art.paras[sp.para][0])
        men = np_at_start(text, s0, sp.open_start)
        if men is not None and men.kind in _SUBJECT_KINDS and re.search(r"\b[a-z]{2,}\b", text[men.end:sp.open_start]) \
                and not title_case(text[sp.start:sp.end]):
            q.attr, q.where = Attribution("", -1, -1, men, "sentence subject"), "sentence subject"


def _speaks(q: _Quote) -> bool:
    """Whether a working quote has a speaker: its own mention, or one it shares or carries on."""
    return (q.attr is not None and q.attr.mention is not None) or q.source >= 0 or q.speaker_from >= 0


#: a quote of at most this many words with no cue of its own is a term, not words carried on from the sentence before
TERM_MAX_WORDS = 3


def _term_like(text: str, sp: QuoteSpan) -> bool:
    """Whether a quote is a short term or a capitalised name ('the "at-large" seats', 'the "Blue Ridge Pact"'), which
    no speaker of an earlier sentence signs.

    >>> t = 'a "swing seat" and "The Long Road" and "we will not give up here"'
    >>> [_term_like(t, sp) for sp in paired_quotes(t)[1]]
    [True, True, False]
    """
    quote = text[sp.start:sp.end]
    return len(_WORDS.findall(quote)) <= TERM_MAX_WORDS or title_case(quote.rstrip(".,"))


def _next_sentence_speaker(art: _Article, quotes: list[_Quote]) -> None:
    """A quote with no cue in its sentence, in the sentence right after a quote that has a speaker in the same
    paragraph, goes on with that speaker's words ('"A," X said. That makes it "B."'): a new utterance of the same
    speaker (another sentence, not a quote split around its attribution).

    >>> df = extract_quotes('"We are ready," Ann Lee said. That makes the plan "the best we have had."')
    >>> df[["speaker", "utterance_id"]].values.tolist()
    [['Ann Lee', 0], ['Ann Lee', 1]]
    >>> df = extract_quotes('"We are ready," Ann Lee said. She "would not back down," either.')
    >>> df[["speaker_mention", "speaker", "utterance_id"]].values.tolist()
    [['Ann Lee', 'Ann Lee', 0], ['She', 'Ann Lee', 1]]
    """
    text = art.text
    for k in range(1, len(quotes)):
        q, prev = quotes[k], quotes[k - 1]
        sp, ps = q.span, art.paras[q.span.para][0]
        if _speaks(q) or sp.para in art.dense or prev.span.para != sp.para or not _speaks(prev) or _term_like(text, sp):
            continue
        s0 = sentence_start(text, sp.open_start, ps)
        if s0 < prev.span.close_end or cues_in(text, s0, sp.open_start) or re.search(r"[“”\"]", text[s0:sp.open_start]):
            continue
        if sentence_start(text, max(ps, s0 - 2), ps) > prev.span.open_start:
            continue   # a whole sentence stands between the two quotes
        men = np_at_start(text, s0, sp.open_start)
        if men is not None and men.kind == "pronoun" and men.name.lower() in {"he", "she", "they"}:
            q.attr = Attribution("", -1, -1, men, "next sentence")   # 'She "would not back down."': the pronoun
        else:
            q.speaker_from = prev.source if prev.source >= 0 else k - 1
        q.where = "next sentence"


_SUBJECT_KINDS = {"person", "role", "body", "document", "pronoun"}
#: an agentless passive or 'so' right before a cue: 'what is called a "debate"', 'so called "reform"'
_AGENTLESS = re.compile(r"\b(?:is|are|was|were|be|been|being|so|often|widely|commonly|sometimes)\s+$", re.I)
#: at most this many words between a governing evaluative or request cue and a short partial quote
GOVERN_GAP = 4


#: naming verbs whose past participle right before a quote, with no agent, gives a name ('an outpost dubbed "..."')
_NAMING_PARTICIPLE = re.compile(r"called|dubbed|named|nicknamed|labell?ed|branded|termed|titled|billed")


def _join_governed(quotes: list[_Quote]) -> None:
    """Partial quotes one governing cue reports in one clause are one utterance ('told Reuters the deal, which ...,
    was in its "final stages" and "closer than ever"').

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
    return Attribution(form, c0, c1, men, "reported clause" if clause else "governing cue")


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


_POLICE_WORDS = re.compile(r"\b(?:police|policeman|policemen|gardaí|gardai|garda|sheriff|constabulary|state\s+patrol)\b", re.I)
_MILITARY_WORDS = re.compile(r"\b(?:army|armies|military|militar\w+|troops?|soldiers?|navy|naval|air\s+force|marines?|brigade|battalion|"
                             r"regiment|Pentagon|CENTCOM|Central\s+Command|IDF|defen[cs]e\s+(?:forces|ministry|minister|secretary)|"
                             r"militias?|militiam[ae]n|fighters?|combatants?|rebels?|Hashd|PMF|(?-i:Guards?)|"
                             r"pilots?|airlines?|airliners?|flights?|planes?|aircraft|ships?|vessels?|ferry|ferries)\b", re.I)
#: ranks that police forces use as much as armed forces: read as police anywhere in a police story (a major, a colonel
#: or a general only beside the police in its own paragraph)
_POLICE_RANKS = {"sgt", "sergeant", "capt", "captain", "lt", "lieutenant", "cmdr", "commander"}


@lru_cache(maxsize=8)
def police_article(text: str) -> bool:
    """Whether an article names the police and no armed forces, armed groups, aircraft or ships.

    >>> police_article("Police arrested a man. Sgt Ann Lee said"), police_article("Police and troops met. Capt. Lee said")
    (True, False)
    >>> police_article("Police said the flight landed. Capt. Lee said")
    False
    """
    return bool(_POLICE_WORDS.search(text)) and not _MILITARY_WORDS.search(text)


def _rank_only(role: str) -> bool:
    """Whether a role is nothing but military rank titles ('Sgt', 'Maj. Gen.').

    >>> _rank_only("Sgt"), _rank_only("Maj. Gen."), _rank_only("Finance Minister"), _rank_only("")
    (True, True, False, False)
    """
    words = [w.lower().strip(".,") for w in role.split()]
    return bool(words) and all(lexicon.titles().get(w, ("", ""))[0] == "military" for w in words)


def _police_rank(text: str, role: str, m: Mention) -> bool:
    """Whether a bare rank is a police rank: the article is a police story and the rank is one police forces use, or
    the police are named in the paragraph of the mention ('Police closed the road, Maj. Ann Lee said').

    >>> t = "Police shut the road.\\n\\nMaj. Ann Lee said"; m = Mention(t.index("Maj"), t.index(" said"), "person", 0, 0)
    >>> _police_rank(t, "Maj.", m), _police_rank(t, "Capt.", m)
    (False, True)
    """
    if not _rank_only(role) or not police_article(text):
        return False
    return all(w.lower().strip(".,") in _POLICE_RANKS for w in role.split()) or _police_nearby(text, m)


def _police_nearby(text: str, m: Mention) -> bool:
    """Whether the paragraph of a mention names the police ('Officers closed the road, Capt. Ann Lee said').

    >>> t = "A match was stopped.\\n\\nPolice came. Capt. Ann Lee said"
    >>> _police_nearby(t, Mention(t.index("Capt"), len(t), "person", 0, 0))
    True
    """
    ps = text.rfind("\n", 0, m.start) + 1
    pe = text.find("\n", m.end)
    return bool(_POLICE_WORDS.search(text, ps, pe if pe >= 0 else len(text)))


_SPORT_WORDS = re.compile(r"\b(?:cricket|football|soccer|rugby|hockey|basketball|baseball|netball|tennis|golf|innings|wickets?|"
                          r"batsm[ae]n|bowlers?|strikers?|goalkeepers?|midfielders?|tournaments?|World\s+Cup|Premier\s+League|"
                          r"[Tt]est\s+series|ODI|T20|match(?:es)?)\b")
#: the ranks a team gives its leading player
_TEAM_RANKS = {"capt", "captain", "skipper"}


@lru_cache(maxsize=8)
def sport_article(text: str) -> bool:
    """Whether an article names a sport and no armed forces, armed groups, aircraft or ships.

    >>> sport_article("India won the Test series. Captain Ann Lee said"), sport_article("Troops won the match. Capt. Lee said")
    (True, False)
    """
    return bool(_SPORT_WORDS.search(text)) and not _MILITARY_WORDS.search(text)


def _team_captain(text: str, role: str) -> bool:
    """Whether a bare 'captain' rank leads a sports team: the article is about a sport and names no armed forces.

    >>> _team_captain("India won the Test series.", "Captain"), _team_captain("Troops held the ridge.", "Capt.")
    (True, False)
    """
    words = [w.lower().strip(".,") for w in role.split()]
    return bool(words) and all(w in _TEAM_RANKS for w in words) and sport_article(text)


#: a generic body noun owning the title before a name: 'the group’s Secretary General Ali Darwish'
_BODY_POSSESSOR = re.compile(r"[Tt]he\s+(?:group|militia|movement|faction|organi[sz]ation|alliance)[’']s\s+")


def _possessor_role(text: str, name: str, m: Mention) -> str:
    """'the group’s Secretary General X' -> 'Kataib Hezbollah’s Secretary General': the title with the body that the
    generic noun stands for (the last body of the reference table named in the 1,500 characters before), else ''.

    >>> t = "Kataib Hezbollah halted its raids. The group’s spokesman Ali Darwish spoke."
    >>> _possessor_role(t, "Ali Darwish", Mention(35, 68, "person", 0, 0, "Ali Darwish", "group’s"))
    'Kataib Hezbollah’s spokesman'
    """
    mention = text[m.start:m.end]
    own = _BODY_POSSESSOR.match(mention)
    at = mention.find(name)
    if own is None or at <= own.end():
        return _title_of_body(text, mention[:max(at, 0)].strip(), m.start)
    body = ""
    for a, b in name_chunks(text, max(0, m.start - 1500), m.start):
        org = _organisation(text[a:b])
        body = org[0] if org else body
    return f"{body}’s {mention[own.end():at].strip()}" if body else ""


def _title_of_body(text: str, title: str, pos: int) -> str:
    """'Secretary-General X' after 'the Secretary-General of the Iraqi Kataib Hezbollah' (in the 1,500 characters
    before): the title with that body when the mention names none, else ''.

    >>> t = "The Secretary-General of Kataib Hezbollah spoke. Secretary-General Ali Darwish said"
    >>> _title_of_body(t, "Secretary-General", t.rindex("Secretary"))
    'Kataib Hezbollah’s Secretary-General'
    """
    if not re.fullmatch(r"[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*){0,2}", title) or _organisation(title):
        return ""
    hit = None
    for hit in re.finditer(re.escape(title) + r"\s+of\s+(?:the\s+)?((?:[A-Z][\w\-’']*\s*){1,5})", text[max(0, pos - 1500):pos]):
        pass
    org = _organisation(hit.group(1)) if hit else None
    return f"{org[0]}’s {title}" if org else ""


def _person_role(text: str, name: str, m: Mention, index: PersonIndex) -> str:
    """A person's role: the mention's own unless only courtesy titles, else the article's; a bare police rank
    gets ', police' when that makes the speaker government ('Sgt' -> 'Sgt, police'), a team's captain ', player'.

    >>> t = "Police shut the road.\\n\\nSgt Ann Lee said"; m = Mention(t.index("Sgt"), t.index(" said"), "person", 0, 0,
    ...     "Ann Lee", "Sgt"); _person_role(t, "Ann Lee", m, person_index(t, []))
    'Sgt, police'
    >>> _person_role(t.replace("Police", "Troops"), "Ann Lee", m, person_index(t, []))
    'Sgt'
    """
    role = m.role if m.role and not courtesy_only(m.role) and not _seat_only(m.role) else index.describe(name, m.start) or m.role
    role = _possessor_role(text, name, m) or _title_of_body(text, role, m.start) or role
    police_rank = _police_rank(text, role, m)
    if _team_captain(text, role) and not (police_rank and _police_nearby(text, m)):
        return f"{role}, player"   # a team's captain is one of its players, no officer (a police captain stays police)
    if not police_rank:
        return role
    police = f"{role}, police"
    return police if group_evidence(police, name, "person", text[m.start:m.end])[0] == "government" else role


#: an epithet for a past calling says nothing of the speaker's group now ('the former soldier', 'the retired judge')
_PAST_EPITHET = re.compile(r"\b(?:former|retired|ex-|veteran|one-time|onetime)", re.I)


#: a group that names itself right after its noun phrase: 'a group calling itself "X"', 'a militia known as the X'
_SELF_NAMED = re.compile(r"[\s,]*(?:call(?:ing|s|ed)\s+(?:itself|themselves)|known\s+as|called|named)\s+"
                         r"(?:[“\"‘']([^“”\"‘’\n]{2,60}?)[,.]?[”\"’']|((?:[Tt]he\s+)?[A-Z][\w’'\-]*"
                         r"(?:\s+(?:of|the|for|in|and|al-[\w’'\-]+|[A-Z][\w’'\-]*)){0,7}))")


def _self_named(text: str, m: Mention) -> str:
    """The name a group mention gives itself right after its head ('' when none).

    >>> t = 'A new group calling itself "The Sons of the Valley", said'; _self_named(t, Mention(0, 11, "body", 6, 11, "A new group"))
    'The Sons of the Valley'
    >>> t = 'A militia known as the Valley Brigade said'; _self_named(t, Mention(0, 9, "body", 2, 9, "A militia"))
    'the Valley Brigade'
    >>> t = 'A group calling itself "Valley Sons" said'; _self_named(t, Mention(0, 36, "person", 24, 36, 'Sons"'))
    'Valley Sons'
    >>> _self_named("Ann Lee said", Mention(0, 7, "person", 4, 7, "Ann Lee"))
    ''
    >>> _self_named("Ann Lee called Tom Reed a liar", Mention(0, 7, "person", 4, 7, "Ann Lee"))
    ''
    """
    key = re.search(r"[\s,](?:call(?:ing|s|ed)\s+(?:itself|themselves)|known\s+as|called|named)\s", text[m.start:m.end + 2])
    start = m.start + key.start() if key is not None else m.head_end
    found = _SELF_NAMED.match(text, start, min(len(text), start + 120))
    name = (found.group(1) or found.group(2)) if found is not None else ""
    bare = found is not None and re.match(r"[\s,]*(?:called|named)\s", text[found.start():found.start() + 12])
    inside = found is not None and found.start() < m.end - 1   # 'X called Y "..."': a cue after the mention, no naming
    return name.strip() if name and found.start() <= m.end and (inside or not bare) else ""


def _named_type(text: str, m: Mention) -> str:
    """'body' for a self-named group ('a militia known as X'), 'person' for one person ('the base chief known as X').

    >>> _named_type("A militia known as", Mention(0, 9, "body", 2, 9, "A militia")), _named_type("The chief", Mention(0, 9, "role", 4, 9, "The chief"))
    ('body', 'person')
    """
    words = re.findall(r"[a-z]+", text[m.start:m.end].lower())
    kinds = {getattr(lexicon.role_nouns().get(w), "kind", "") for w in words[:6]}
    return "body" if m.kind == "body" or "body" in kinds else "person"


def _all_role_words(phrase: str) -> bool:
    """Whether every word of a capitalised phrase is a role noun or a title ('Secretary-General', 'Prime Minister'),
    so that it names an office, not an outlet or a place ('Daily Caller', 'Wisconsin Republican').

    >>> _all_role_words("Secretary-General"), _all_role_words("Daily Caller"), _all_role_words("Wisconsin Republican")
    (True, False, False)
    """
    words = [w.lower().strip(".,") for w in phrase.split()]
    offices = lexicon.role_nouns()
    return bool(words) and len(words) <= 3 and all(w in offices and offices[w].kind == "person" or w in lexicon.titles()
                                                   for w in words)   # ('Daily': a body, the outlet's name)


def _resolve_mention(text: str, m: Mention, index: PersonIndex, prior: list[tuple[int, Resolved]]) -> Resolved:
    """The speaker a mention stands for inside the article."""
    if m.kind in {"body", "role", "person"} and (named := _self_named(text, m)):
        return Resolved(named, _named_type(text, m))   # 'a group calling itself "X" said': X speaks
    if m.kind == "person":
        name = full_name(m.name, m.start, index)
        return Resolved(name, "person", _person_role(text, name, m, index))
    if m.kind == "body" and not text[m.head_start:m.head_end][:1].isupper():
        phrase = m.name[:1].lower() + m.name[1:] if m.name.split()[0].lower() in lexicon.DETERMINERS else m.name
        return resolve_role(text, phrase, m.start, index, prior) if re.match(r"(?:the|this)\s", phrase) \
            else Resolved(phrase, "body", m.role)
    if m.kind in {"body", "place"}:
        written = re.sub(r"\s*\([^)]*\)$", "", text[m.start:m.end])
        lead = re.match(r"(?:The|A|An)\s", written)
        role = m.role or (index.written_before(m.name, m.start) if m.kind == "body" else "")   # 'the state-run news agency X'
        the = lead and lead.group().strip() == "The" and not m.role and not re.match(r"the\s", m.name, re.I)
        return Resolved(("the " + m.name) if the else m.name, "body", role)   # not 'the The "Joint Command"
    if m.kind == "document":
        return resolve_document(text, m.name, m.start, index)
    if m.kind == "role":
        phrase = m.name[:1].lower() + m.name[1:] if m.name.split()[0].lower() in lexicon.DETERMINERS else m.name
        if re.match(r"[Tt]he\s", text[m.start:m.end]) and not re.match(r"(?:the|this)\s", phrase, re.I) and \
                _all_role_words(phrase):
            phrase = "the " + phrase   # 'The Secretary-General' kept as a capitalised role: read it as 'the' role
        r = resolve_role(text, phrase, m.start, index, prior) if re.match(r"(?:the|this)\s", phrase) \
            else Resolved(phrase, "role", m.role)
        keep = r.type != "person" or (r.role and not courtesy_only(r.role)) or _PAST_EPITHET.search(phrase)
        return r if keep else Resolved(r.speaker, "person", phrase)   # 'the Dutch coach' -> Ann Lee, a coach
    if m.name == "who":
        ante = resolve_who(text, m.start, max(0, m.start - 300))
        return _resolve_mention(text, ante, index, prior) if ante is not None and ante.name != "who" \
            else Resolved("", "pronoun")
    if m.name in {"i", "we", "you"}:
        return Resolved(m.name if m.name != "i" else "I", "pronoun")
    r = resolve_pronoun(text, m.name, m.start, index, prior)
    if r.type == "person" and (courtesy_only(r.role) or _seat_only(r.role)):   # 'He' -> the person, described where named
        return Resolved(r.speaker, "person", index.describe(r.speaker, m.start) or r.role)
    return r


def _promote_past_non_speech(quotes: list[_Quote]) -> None:
    """A speech quote whose utterance starts at a quote found not to be speech (a term, a name) takes that piece's
    attribution and starts the utterance itself; later pieces of it follow the new first piece.

    >>> df = extract_quotes('Ann Lee said that by dropping the word "strike," the union is "giving up its only tool."')
    >>> df[["is_speech", "speaker"]].values.tolist()
    [[False, ''], [True, 'Ann Lee']]
    """
    new_root: dict[int, int] = {}
    for k, q in enumerate(quotes):
        if q.reason or q.source < 0 or not quotes[q.source].reason:
            continue
        if q.source in new_root:
            q.source = new_root[q.source]
            continue
        old = quotes[q.source]
        new_root[q.source] = k
        q.attr, q.where, q.source = (q.attr or old.attr), (q.where if q.attr else old.where), -1


def _resolve_all(art: _Article, quotes: list[_Quote]) -> None:
    """Resolve every quote's own mention in order, then copy speakers along utterance and paragraph links."""
    index = person_index(art.text, [(sp.open_start, sp.close_end) for sp in art.spans])
    prior: list[tuple[int, Resolved]] = []
    own = [q.attr is not None and q.attr.mention is not None and not q.reason and
           (q.source < 0 or bool(quotes[q.source].reason)) for q in quotes]   # a root that is no speech: its own
    for q, mine in zip(quotes, own):
        if mine:
            q.resolved = _resolve_mention(art.text, q.attr.mention, index, prior[-PRIOR_SPEAKERS:])
            if q.resolved.speaker:
                prior.append((q.attr.mention.start, q.resolved))
    for q, mine in zip(quotes, own):
        j = q.source if q.source >= 0 else q.speaker_from
        if j >= 0 and not mine:
            q.resolved = quotes[j].resolved


def _mention_of(quotes: list[_Quote], q: _Quote) -> tuple[Attribution | None, str]:
    """The attribution a quote reports (its own, the one it shares, or the one of the speaker it carries on, followed
    back along the quotes that carry it: '"A," X said. / "B." / "C."') and the cue word."""
    at, j, steps = q.attr, (q.source if q.source >= 0 else q.speaker_from), 0
    while at is None and j >= 0 and steps < 8:
        at, nxt = quotes[j].attr, quotes[j]
        j, steps = (nxt.source if nxt.source >= 0 else nxt.speaker_from), steps + 1
    return at, (at.cue if at else "")


def _row(art: _Article, quotes: list[_Quote], k: int, utterance: int) -> tuple:
    """The output row of quote k, its values in QUOTE_COLUMNS order."""
    q, sp, text = quotes[k], quotes[k].span, art.text
    at, cue = _mention_of(quotes, q)
    speech = not q.reason
    m = at.mention if (at is not None and speech) else None
    res = q.resolved if speech else _NOBODY
    return (k, utterance, sp.start, sp.end, text[sp.start:sp.end], q.kind, cue if speech else "",
            at.cue_start if m else -1, at.cue_end if m else -1, m.start if m else -1, m.end if m else -1,
            text[m.start:m.end] if m else "", res.speaker, res.type, res.role, speech, q.reason, sp.mark,
            sp.unbalanced, sp.para, max(bisect.bisect_right(art.sents, sp.start) - 1, 0),
            len(_WORDS.findall(text, sp.start, sp.end)), q.where if speech else "",
            *(content_span(text, sp, q.attr, q.kind, art.paras[sp.para]) if speech and q.source < 0 else (sp.start, sp.end)),
            *_relayed(text, at if m else None))


def _relayed(text: str, at: Attribution | None) -> tuple[int, int, str]:
    """(start, end, text) of the person whose words a relaying source passes on, or (-1, -1, '').

    >>> _relayed("X", None)
    (-1, -1, '')
    """
    r = at.relays if at is not None else None
    return (r.start, r.end, text[r.start:r.end]) if r is not None else (-1, -1, "")


_NUMPY = {"int64": np.int64, "bool": np.bool_, "str": object}
_WORDS = re.compile(r"\w+")


def _typed(rows: list[tuple]) -> pd.DataFrame:
    """A quotes table with the stable schema (QUOTE_COLUMNS) from row tuples in column order (no per-row casts).

    >>> _typed([]).dtypes["start"], len(_typed([]).columns) == len(QUOTE_COLUMNS)
    (dtype('int64'), True)
    """
    cols = list(zip(*rows)) if rows else [()] * len(QUOTE_COLUMNS)
    return pd.DataFrame({c: np.array(v, dtype=_NUMPY[t]) for (c, t), v in zip(QUOTE_COLUMNS.items(), cols)})


def extract_quotes(text: str) -> pd.DataFrame:
    """One row per quoted span with kind, cue, speaker mention and resolved speaker.

    >>> df = extract_quotes('“We will respond,” said John Smith, a spokesman. “It is clear.”')
    >>> df[["quote", "kind", "cue", "speaker", "utterance_id"]].values.tolist()
    [['We will respond,', 'direct', 'said', 'John Smith', 0], ['It is clear.', 'direct', 'said', 'John Smith', 0]]

    An accent written for an apostrophe ("Kurdistan´s") is read as one; the text columns keep the text passed in:

    >>> extract_quotes('“It hit a car,” Kurdistan´s security office said.')[["speaker_mention", "speaker"]].values.tolist()
    [['Kurdistan´s security office', 'Kurdistan’s security office']]
    """
    work = true_apostrophes(text) if isinstance(text, str) else text
    if work is not text:
        return _with_text_of(_extracted(work), text)
    return _extracted(text)


def _with_text_of(quotes: pd.DataFrame, text: str) -> pd.DataFrame:
    """The text columns of a quotes table read again from ``text`` (the same offsets)."""
    for col, a, b in (("quote", "start", "end"), ("speaker_mention", "speaker_mention_start", "speaker_mention_end"),
                      ("relayed_speaker_mention", "relayed_speaker_mention_start", "relayed_speaker_mention_end")):
        quotes[col] = np.array([text[i:j] if i >= 0 else "" for i, j in zip(quotes[a], quotes[b])], dtype=object)
    return quotes


def _extracted(text: str) -> pd.DataFrame:
    """``extract_quotes`` on a text whose apostrophes are read as such."""
    paras, spans = paired_quotes(text)
    if not paras:
        return _typed([])
    dense = _dense_paragraphs(paras, spans)
    art = _Article(text, paras, spans, primary_mark(spans), sentence_starts(text, paras), [sp.open_start for sp in spans],
                   [sp.para not in dense and _transparent(text, sp) for sp in spans], dense)
    art.captions = _captions(art)
    art.named_marks = max(Counter(text[sp.start:sp.end] for sp in spans if _named_mark(text, sp)).values(), default=0)
    quotes = [_attribute(art, k) if sp.para not in art.dense else _Quote(sp, kind="partial") for k, sp in enumerate(spans)]
    for k in range(len(quotes)):
        _link(art, quotes, k)
    _pull_quotes(art, quotes)
    _backfill(art, quotes)
    _sentence_subject(art, quotes)
    for q in quotes:
        if q.attr is None and q.source < 0 and q.speaker_from < 0 and q.span.para not in art.dense:
            q.attr = _governing_cue(art, q) or _possessed(art, q) or _cast_as(art, q) or _in_statement(art, q)
            q.where = q.attr.where if q.attr is not None else q.where
    _join_governed(quotes)
    _next_sentence_speaker(art, quotes)
    for q in quotes:
        q.reason = "dense marks" if q.span.para in art.dense else \
            _reason(art, q, q.attr is not None or q.source >= 0 or q.speaker_from >= 0)
    _promote_past_non_speech(quotes)
    _resolve_all(art, quotes)
    _crowd_voices(art, quotes)
    ids: dict[int, int] = {}
    rows = []
    for k, q in enumerate(quotes):
        root = q.source if q.source >= 0 else k
        rows.append(_row(art, quotes, k, ids.setdefault(root, len(ids))))
    return home_readings(_typed(rows), text)


#: a noun of voices before a quote that names what an unnamed crowd cried ('after shouts of "..."', 'amid chants of "..."')
_VOICES_OF = re.compile(r"\b(?:shouts|chants|cries|cheers|screams|yells|roars|chorus(?:es)?|calls)\s+of\s*$", re.I)


def _crowd_voices(art: _Article, quotes: list[_Quote]) -> None:
    """A quote written as the object of 'shouts of', 'chants of' is what an unnamed crowd cried: its own utterance with
    no speaker, not the words of the sentence's speaker ('"A," X joked after shouts of "B"').

    >>> extract_quotes('"Stop it," the singer laughed after shouts of "one more song".')[["speaker", "utterance_id"]].values.tolist()
    [['the singer', 0], ['', 1]]
    """
    for k, q in enumerate(quotes):
        late_cue = q.attr is not None and q.attr.cue_start > q.span.open_start   # '..., according to X': X reports it
        if q.span.para not in art.dense and _VOICES_OF.search(art.text, max(0, q.span.open_start - 40), q.span.open_start) \
                and not late_cue and not any(p.source == k for p in quotes):
            q.attr, q.source, q.speaker_from, q.resolved, q.where = None, -1, -1, _NOBODY, "crowd"


def _quotes_of(article: dict, text_col: str) -> pd.DataFrame:
    """The quotes of one article row, with its doc_id first.

    >>> _quotes_of({"doc_id": "a", "text": '“Hi,” he said.'}, "text")[["doc_id", "quote"]].values.tolist()
    [['a', 'Hi,']]
    """
    q = extract_quotes(require_text(article[text_col], text_col))
    q.insert(0, "doc_id", article["doc_id"])
    return q


def _naming(err: Exception, doc_id: object) -> Exception:
    """The same kind of error with the article's doc_id in front of its message (RuntimeError if it cannot be
    rebuilt).

    >>> str(_naming(ValueError("bad"), "a1"))
    "article 'a1': bad"
    """
    msg = f"article {doc_id!r}: {err}"
    try:
        return type(err)(msg)
    except Exception:  # noqa: BLE001 - an exception type with another constructor
        return RuntimeError(f"{msg} ({type(err).__name__})")


def extract_corpus_quotes(articles: pd.DataFrame, text_col: str = "text", progress: bool | None = None,
                          failures: list[dict] | None = None) -> pd.DataFrame:
    """Run extract_quotes over a table of articles (doc_id + text) and stack the results.

    ``failures``: a list to which an article whose extraction raises is appended as a failure row
    (``analysis.pipeline.FAILURE_COLUMNS``, step ``quotes``) while the loop goes on; None re-raises the error
    with the article's doc_id in its message. ``progress``: a tqdm bar on standard error (None: only when a
    person runs it in a terminal).

    >>> extract_corpus_quotes(pd.DataFrame({"doc_id": ["a"], "text": ['“Hi there,” he said.']}))["doc_id"].tolist()
    ['a']
    >>> fails = []; _ = extract_corpus_quotes(pd.DataFrame({"doc_id": ["a"], "text": [None]}), failures=fails)
    >>> [(f["doc_id"], f["step"], f["error"]) for f in fails]
    [('a', 'quotes', 'TypeError')]
    """
    from ..pipeline import per_article

    articles = require_frame(articles, "articles", ["doc_id", text_col])
    if failures is not None and not isinstance(failures, list):
        raise TypeError(f"failures must be a list (rows are appended to it) or None, got {type(failures).__name__}")
    if failures is None:
        parts = []
        for article in _progress(articles.to_dict("records"), enabled=progress, desc="quotes", unit="article"):
            try:
                parts.append(_quotes_of(article, text_col))
            except Exception as err:
                raise _naming(err, article["doc_id"]) from err
    else:
        parts, failed = per_article("quotes", lambda a: _quotes_of(a, text_col), articles, progress=progress)
        failures.extend(failed)
    if not parts:
        return _typed([]).assign(doc_id=pd.Series(dtype="str"))[["doc_id", *QUOTE_COLUMNS]]
    out = pd.concat(parts, ignore_index=True)
    return out.sort_values(["doc_id", "start"], kind="stable").reset_index(drop=True)
