"""A quote's own attribution (after it, before it or at the end of its sentence), whose words it gives, and whether it
is speech: names, terms and single-marked words in headlines and body text."""

from __future__ import annotations

import re

from ..cues import (Attribution, relayed_by, attribution_after, attribution_before, attribution_end_of_sentence,
                    claim_owner, colon_name_after, digest_headline, echoed_attribution, inner_label, passive_agent_after,
                    poll_source)
from ..cues.gate import _cue_kind
from ..marks import QuoteSpan, sentence_end, sentence_start
from ..marks import find_quotes, paired_quotes, paragraph_spans  # noqa: F401  (the examples use them)
from ..nonspeech import LINKS_HEADING, name_in_phrase, nickname, non_speech_reason, organisation_name, title_case
from .records import (REST_WINDOW, _Article, _Quote, _TAIL_SPEECH, _kind, _name_after_article, _named_lead,
                      _noun_modifier, _quoted_person, _tight_after, _window_end, _window_start, verbless_document,
                      verbless_person)


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
            verbless_person(text, sp.close_end, nxt, qt) or \
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

    def echo() -> Attribution | None:
        """The next sentence pointing back at a quote that is its own sentence ('"...." That's what X said')."""
        if not re.search(r"[.!?…]\W*$", qt) or sp.unbalanced or led and not _DATELINE_LEAD.fullmatch(text, s0, sp.open_start):
            return None
        pe = art.paras[sp.para][1]
        last = _NOT_SPACE.search(text, sp.close_end, pe) is None and sp.para + 1 < len(art.paras)
        return echoed_attribution(text, sp.close_end, art.paras[sp.para + 1][1] if last else pe)

    for find in [label, passive] + order + ([final] if mid_sentence else []) + [echo]:
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
    if _teaser_line(art, sp.para):
        return "link"   # a line of a block of links to other stories, under 'Check Also' or 'Latest News'
    if nickname(before, quote, after) or (q.kind == "partial" and art.named_marks >= NAMED_MARKS and name_in_phrase(before, quote, after)):
        return "name"   # an article that marks names ('the "Tamsa" field ... the "Tamsa" base'): one inside a noun phrase
    if q.kind == "partial" and organisation_name(quote, after, before):
        return "name"   # 'said that "Islamic State" fighters attacked': a known body's name inside the clause
    return non_speech_reason(text, text[sp.start:sp.end], text[s0:sp.open_start], rest, attributed,
                             q.kind == "partial", single)


#: what joins the items of a list of quotes: 'written on them: "A," and "B," and "C"'
_LIST_JOIN = re.compile(r"\s*(?:,\s*(?:(?:and|or)\s+)?|(?:and|or)\s+)")


def _listed_after(art: _Article, quotes: list[_Quote]) -> None:
    """A quote joined by "and" or a comma to a sign just before it in its paragraph is one more of them ('Arabic phrases
    written on them: "Peace be upon you," and "Owner of time," and "Oh Zahra."'), unless a cue of its own governs it
    ('The sign read "Closed," and "we don't know when we'll reopen," said the owner').

    >>> from analysis.quotes import extract_quotes
    >>> t = 'Phrases written on them: "Peace be upon you," and "Oh Zahra." Officials said "it is over."'
    >>> extract_quotes(t)["is_speech"].tolist()
    [False, False, True]
    >>> extract_quotes('The sign read "Closed," and "we may reopen," said the owner.')["is_speech"].tolist()
    [False, True]
    """
    for prev, q in zip(quotes, quotes[1:]):
        if prev.reason == "sign" and not q.reason and q.span.para == prev.span.para and \
                _LIST_JOIN.fullmatch(art.text, prev.span.close_end, q.span.open_start) and \
                (q.attr is None or q.attr.cue_start < prev.span.open_start):
            q.reason = prev.reason


def _reported_single(art: _Article, q: _Quote) -> bool:
    """Whether a single-marked partial quote in a double-marked article sits in the clause a reporting cue before it
    governs, in a body sentence (some outlets mark a speaker's short phrase with single marks): 'He stressed it was
    still a ‘huge ask’.' -- not inside a double-marked excerpt, not in a headline line, not a name, a grade, a
    question or a term after a possessive ('his ‘Little Marco’', 'a ‘B+’ rating', 'Obama's ‘pivot’').

    >>> from analysis.quotes import extract_quotes
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
#: a judgement verb with its object before "as" and a headline's single-marked phrase in lower case: 'Iraq condemns
#: latest strikes as ‘irresponsible escalation’' (not a name or a label: 'describes leak as ‘Pandora Papers’')
_HEADLINE_AS = re.compile(r"\b(?:condemns|condemned|slams|slammed|denounces|denounced|hails|hailed|describes|described)\s+"
                          r"(?:[\w.’'-]+\s+){1,5}?as\s+$")
#: a headline's source after a colon at the end of its line: '... at the base: Pentagon'
_HEADLINE_SOURCE = re.compile(r"[^:;“”\"‘’]{0,80}:\s*(?:the\s+)?[A-Z][\w.’'&-]*(?:\s+[A-Z][\w.’'&-]*){0,3}\s*")


def _headline_report(art: _Article, q: _Quote) -> bool:
    """Whether a single-marked quote in a headline line (no double mark in it, not body text) follows a speech verb or
    the line ends with its source after a colon: headlines mark reported words with single marks ('Minister says ‘no
    more delays’ on rail line', 'Blast hurts ‘several workers’ at dock: Coastguard').

    >>> from analysis.quotes import extract_quotes
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
    if text[sp.start:sp.start + 1].islower() and _HEADLINE_AS.search(text, max(ps, sp.open_start - 60), sp.open_start):
        return True
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

    >>> from analysis.quotes import extract_quotes
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
#: a dateline before a story's opening quote ("SYRACUSE, N.Y. -- ", "2021-10-07 Syracuse, NY -- "): all that precedes
#: the quote in its sentence, so a mixed-case place before a dash is taken too (``cues.after._DATELINE``, which reads a
#: dateline before a subject, needs capitals or an agency there)
_DATELINE_LEAD = re.compile(r"\W*(?:(?:date\s+)?\d{4}-\d\d-\d\d\s+)?(?:[A-Z][A-Z .,'’-]{2,40}(?:\s*\([^)]{1,30}\))?"
                            r"\s*(?:--|[–—:-])|[A-Z][A-Za-z .,'’]{2,40}\s*(?:--|[–—]))\s*")
#: a character that ``str.strip(" .,")`` keeps, and what opens a new sentence after a quote
_NOT_STOP_MARK, _NEW_SENTENCE = re.compile(r"[^ .,]"), re.compile(r"\.?\s+[A-Z“\"‘]")


#: the most lines of other stories' titles a links heading ('Related Posts') may stand above
TEASER_LINES = 10


def _teaser_like(text: str, ps: int, pe: int) -> bool:
    """Whether a paragraph reads as another story's title in a list: short, no final stop."""
    line = text[ps:pe].strip()
    return len(line) <= 200 and not re.search(r"[.!?][”’\"']?$", line)


def _teaser_line(art: _Article, para: int) -> bool:
    """Whether paragraph ``para`` is a title in a block of links to other stories: one of at least two short lines
    without a final stop (at most TEASER_LINES) under a line alone that heads them ('Check Also', 'More news from'),
    below body text (a heading at the top of a page is the site's section, over the article's own headline).

    >>> from analysis.quotes import extract_quotes
    >>> t = 'The base was hit, he said.\\n\\nCheck Also\\n\\nPM says his plan is “clear-cut”\\n\\nPort to reopen'
    >>> extract_quotes(t)[["is_speech", "non_speech_reason"]].values.tolist()
    [[False, 'link']]
    >>> extract_quotes('Top News\\n\\nPM says his plan is “clear-cut”\\n\\nPort to reopen')["is_speech"].tolist()
    [True]
    """
    text, paras = art.text, art.paras
    if not _teaser_like(text, *paras[para]):
        return False
    head = -1
    for k in range(para - 1, max(-1, para - TEASER_LINES - 1), -1):   # up the block to its heading
        if LINKS_HEADING.fullmatch(text[slice(*paras[k])].strip()):
            head = k
            break
        if not _teaser_like(text, *paras[k]):
            return False   # body text between the heading and this line: no block
    if head < 0:
        return False
    after = next((k for k in range(para + 1, min(len(paras), head + TEASER_LINES + 1))
                  if not _teaser_like(text, *paras[k])), min(len(paras), head + TEASER_LINES + 1))
    body_above = any(not _teaser_like(text, *paras[k]) for k in range(max(0, head - 30), head))
    return after - head - 1 >= 2 and body_above
