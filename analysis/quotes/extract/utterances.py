"""The pieces of one utterance: a quote split by its attribution, continued in the next sentence or paragraph, a
running quote over paragraphs, pull quotes, and quotes that take the attribution of the one after them."""

from __future__ import annotations

import re

from .. import lexicon
from ..cues import Attribution, cues_in, counts_a_thing, np_at_start
from ..marks import QuoteSpan, sentence_start
from ..marks import find_quotes, paired_quotes, paragraph_spans  # noqa: F401  (the examples use them)
from ..nonspeech import SCARE_MAX_WORDS, title_case
from .records import _Article, _LEAD_WORDS, _LIST_GAP, _Quote, _WORDS
from .paragraphs import (_SUBJECT_KINDS, _TOPIC_OPENER, _caps_heading_para, _lead_in_subject, _message_after,
                         _name_label_para, _next_para_dash, _prev_para, _prev_para_attribution, _prev_para_report,
                         _prev_para_subject, _prev_sentence_attribution, _soundbite_para)


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

    >>> from analysis.quotes import extract_quotes
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

    >>> from analysis.quotes import extract_quotes
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

    >>> from analysis.quotes import extract_quotes
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

    >>> from analysis.quotes import extract_quotes
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

    >>> from analysis.quotes import extract_quotes
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

    >>> from analysis.quotes import extract_quotes
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

    >>> from analysis.quotes import extract_quotes
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
_ABBREVIATION = re.compile(r"\b(?:[A-Z]\.){2,}(?=\s+[a-z])|\b(?:" + lexicon.TITLE_ABBREVIATION + r")\.")


def _pull_quotes(art: _Article, quotes: list[_Quote]) -> None:
    """A quote alone on its line whose words an attributed quote of the next two paragraphs says again is a pull
    quote: the later speaker's words ("‘Good exchange of views’" over "X said the talks had been “a good exchange of
    views”").

    >>> from analysis.quotes import extract_quotes
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

    >>> from analysis.quotes import extract_quotes
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

    >>> from analysis.quotes import extract_quotes
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

    >>> from analysis.quotes import extract_quotes
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

    >>> from analysis.quotes import extract_quotes
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

    >>> from analysis.quotes import extract_quotes
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
