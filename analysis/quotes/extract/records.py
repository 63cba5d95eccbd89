"""The working record of each quoted span (``_Quote``) and of the article (``_Article``), the output schema
(``QUOTE_COLUMNS``), and the windows before and after a quote that may hold its attribution."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .. import lexicon
from ..cues import Attribution
from ..marks import QuoteSpan
from ..marks import find_quotes, paired_quotes, paragraph_spans  # noqa: F401  (the examples use them)
from ..mentions import Mention, object_after
from ..nonspeech import naming_context, title_case
from ..resolve import Resolved


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


#: a person's name and role with no verb after a quote that ends in a comma ('"...," Ann Lee, chief curator at the
#: museum.'): a name of two to four capitalised words, then its role, then the sentence's end
_VERBLESS_NAME = re.compile(r"\s+((?-i:[A-Z][a-z’'-]+(?:\s+[A-Z][a-z’'-]+){1,3}))(?:,\s+([^.;:!?“”\"]{3,120}?))?\s*\.(?:\s|$)")


#: the start of a line (and its opening mark) right before a quote: the quote opens its paragraph
_OPENS_LINE = re.compile(r"(?:^|\n)[ \t]*[“\"‘']?$")


def verbless_person(text: str, close_end: int, hi: int, quote: str) -> Attribution | None:
    """A person named with a role and no verb after a quote that opens its paragraph and ends in a comma (not a
    title in title case, not a sign's words inside a sentence): they speak.

    >>> t = '"We took a broom to it," Ann Lee, chief curator at the museum. More'
    >>> verbless_person(t, 24, len(t), "We took a broom to it,").mention.name
    'Ann Lee'
    >>> t = '"We took a broom to it," Ann Lee, who runs the museum, added.'
    >>> verbless_person(t, 24, len(t), "We took a broom to it,") is None
    True
    """
    m = _VERBLESS_NAME.match(text, close_end, hi) if quote.rstrip().endswith(",") and not title_case(quote.rstrip(" ,")) \
        and _OPENS_LINE.search(text, max(0, close_end - len(quote) - 40), close_end - len(quote) - 1) else None
    if m is None or (m.group(2) and (lexicon.find_cues(m.group(2), 0, len(m.group(2))) or
                                     re.match(r"(?:who|which|that|whose)\b", m.group(2)))):
        return None
    a, b = m.span(1)
    return Attribution("", -1, -1, Mention(a, b, "person", a, b, text[a:b], (m.group(2) or "").strip()), "after")


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

    >>> from analysis.quotes import extract_quotes
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
_WORDS = re.compile(r"\w+")


#: reporting verbs a title-case headline capitalises ('Biden Vows to ‘Hold All Those Responsible’'), and the word
#: that may follow them; present tense only (a headline's past participle is a passive, 'Residents Told to ‘Stay
#: Indoors’'), and not a noun 'calls' after 'Faces', 'Amid' or 'Growing'
_TITLE_CUE = re.compile(r"(?<=[\w’'.,”\"] )(?<!Faces )(?<!Amid )(?<!Under )(?<!Over )(?<!Of )(?<!For )(?<!To )(?<!New )"
                        r"(?<!Growing )(?<!Mounting )(?<!Renewed )(?<!Rejects )(?<!Ignores )(?<!Heeds )(?<!Despite )"
                        r"(Says|Tells|Warns|Vows|Insists|Claims|Admits|Urges|Pledges|Calls|Denies|Accuses|Promises|Declares)"
                        r"(?: (To|That))?(?= [\w“‘\"'])")
#: a line with a quotation mark, no final stop and up to 300 characters: a headline, deck or crosshead candidate
_MARKED_LINE = re.compile(r"^(?=[^\n]*[“”‘’\"])[^\n]{10,300}$", re.M)


def title_case_cues(text: str) -> str:
    """``text`` with the reporting verbs of its title-case headline lines in lower case (same length, same offsets),
    so that a headline's cue is read as in running text ('Biden Vows to ‘Hold All Those Responsible’').

    A line is a title-case headline when it holds a quotation mark, ends without a full stop and most of its words
    of four letters or more outside the marks are capitalised; the line's first word is never changed.

    >>> title_case_cues("Biden Vows to ‘Hold All Those Responsible to Account’\\nThe families grieve, he said.")[:30]
    'Biden vows to ‘Hold All Those '
    >>> title_case_cues("Calls Grow for Peace After ‘Big’ Attack\\n")[:12]
    'Calls Grow f'
    """
    if not _TITLE_CUE.search(text):
        return text
    pieces, done = [], 0   # the lines changed, spliced in one pass (linear in the text)
    for m in _MARKED_LINE.finditer(text):
        line = m.group(0)
        if re.search(r"[.!?][”’\"']?\s*$", line) or not _title_case_line(line):
            continue
        low = _TITLE_CUE.sub(lambda c: c.group(0).lower(), line)
        if low != line:
            pieces += [text[done:m.start()], low]
            done = m.end()
    return "".join(pieces) + text[done:] if pieces else text


def _title_case_line(line: str) -> bool:
    """Whether most words of four letters or more of a line, outside its quotation marks, are capitalised.

    >>> _title_case_line("Biden Vows to ‘hold all’ Those Responsible"), _title_case_line("Biden vows to act on Monday")
    (True, False)
    """
    bare = re.sub(r"[“‘\"][^”’\"\n]*[”’\"]", " ", line)
    words = re.findall(r"[A-Za-z][\w’'-]{3,}", bare)
    return len(words) >= 2 and sum(w[0].isupper() for w in words) >= 0.75 * len(words)
