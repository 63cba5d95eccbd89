"""Speakers named outside a quote's own sentence: a paragraph before that introduces it ('Cruz continued:', a label
line, a heading), a lead-in sentence, a caption, a dash line or a sentence after it."""

from __future__ import annotations

import bisect
import re

from .. import lexicon
from ..cues import (Attribution, cues_in, attribution_before, caption_after, message_from, np_at_start,
                    speech_noun_report)
from ..cues.after import _dash_attribution
from ..marks import QuoteSpan, sentence_start
from ..marks import find_quotes, paragraph_spans  # noqa: F401  (the examples use them)
from ..mentions import Mention, np_at_end, object_after
from ..nonspeech import SCARE_MAX_WORDS
from .records import _Article
from .own import SKIPPED_LINES, _CROSSHEAD, _FIRST_PERSON, _NOT_SPACE, _ends_sentence


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

    >>> from analysis.quotes import extract_quotes
    >>> t = 'MAYOR ANN LEE\\n"We will fix the roads."\\n- On the state of the streets.\\n"Nobody will pay more."'
    >>> extract_quotes(t)["speaker"].tolist()
    ['Ann Lee', 'Ann Lee']
    """
    return pe - ps <= 200 and bool(_NOTE_LINE.fullmatch(art.text, ps, pe)) and _dash_attribution(art.text, ps, pe) is None


def _prev_para_attribution(art: _Article, para: int) -> Attribution | None:
    """'Cruz continued:' (or a cue right before a comma: 'The statement reads,') ending the previous paragraph
    introduces the quote paragraph after it.

    >>> from analysis.quotes import extract_quotes
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

    >>> from analysis.quotes import extract_quotes
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

    >>> from analysis.quotes import extract_quotes
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

    >>> from analysis.quotes import extract_quotes
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

    >>> from analysis.quotes import extract_quotes
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

    >>> from analysis.quotes import extract_quotes
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

    >>> from analysis.quotes import extract_quotes
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

    >>> from analysis.quotes import extract_quotes
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

    >>> from analysis.quotes import extract_quotes
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

    >>> from analysis.quotes import extract_quotes
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


_SUBJECT_KINDS = {"person", "role", "body", "document", "pronoun"}
