"""Attribution after a closing mark: inverted and subject-first cues ('"...," said X', '"...," X said'), dashes,
signatures, 'per X', asides and the sentence-final tail of a quote in mid-sentence."""

from __future__ import annotations

import re
from dataclasses import replace

from .. import lexicon
from ..marks import sentence_end
from ..mentions import Mention, loose_np, np_at_end, object_after, subject_before, subject_position, trim_subject_end
from ..mentions.parts import _is_adverbial, _is_intro, _parts
from .gate import Attribution, WINDOW, _LEAD, _PARTICIPLE, _cue_kind, cues_in


def np_at_start(text: str, a: int, b: int) -> Mention | None:
    """The speaker noun phrase that opens the clause at text[a:b], after intro parts ('On Tuesday, ...').

    >>> t = "Pentagon press secretary Pat Ryder spoke on Thursday"; np_at_start(t, 0, len(t)).name
    'Pat Ryder'
    >>> t = "Here in Columbia, Sanders stepped up"; np_at_start(t, 0, len(t)).name
    'Sanders'
    >>> t = "Facing mounting criticism, Sanders stepped up"; np_at_start(t, 0, len(t)).name
    'Sanders'
    """
    line = _DATELINE.match(text, a + len(text[a:b]) - len(text[a:b].lstrip()), b)
    a = line.end() if line else a
    for x, y in _parts(text, a, b)[:3]:
        if _PARTICIPIAL_OPENER.match(text, x, y) and y < b:   # 'Facing criticism, Lee said'
            continue
        if not (_opens_before_subject(text, x, y) or _is_adverbial(text[x:y])) or y >= b:
            return _np_opening(text, x, b)
    return None


#: a sentence opening with a participle phrase ('Citing the attack', 'Based on the statement'): no subject there
_PARTICIPIAL_OPENER = re.compile(r"\s*[A-Z][a-z]{2,}(?:ing|ed)\s+(?:[a-z]|\d)")


def _opens_before_subject(text: str, x: int, y: int) -> bool:
    """An intro part before the subject ('In a statement'); a part that only starts with a connective and goes on
    ('Then she turned on the board') holds the subject itself.

    >>> _opens_before_subject("However", 0, 7), _opens_before_subject("Then he cut in", 0, 14)
    (True, False)
    """
    lead = _LEAD.match(text, x, y)
    return _is_intro(text, (x, y)) and not (lead and re.search(r"\w", text[lead.end():y]))


#: a dateline opening an article: 'WASHINGTON —', 'DES MOINES, Iowa —', 'Washington (AFP) –', 'BAGHDAD (Reuters) -'
_DATELINE = re.compile(r"(?:[A-Z]{2,}[A-Z.’'\-]*(?:\s[A-Z]{2,}[A-Z.’'\-]*){0,3}(?:,\s[A-Z][A-Za-z.\-]*(?:\s[A-Z][A-Za-z.\-]*)?)?"
                       r"\s*(?:\([^()]{1,20}\)\s*)?(?:[–—―]|--?)(?=\s|[A-Z])|"
                       r"[A-Z][A-Za-z.’'\-]*(?:\s[A-Z][A-Za-z.’'\-]*){0,3}(?:,\s[A-Z][A-Za-z.\-]*(?:\s\d{1,2})?)?\s*"
                       r"\((?:AP|AFP|Reuters|UPI|CNN|dpa|Xinhua|Bloomberg|ANI|IANS|Anadolu|AA|EFE|PTI|Yonhap|Kyodo|TASS|"
                       r"IRNA|KUNA|WAM|SPA|APP|Bernama|Antara|ANSA)\)\.?\s*(?:[–—―]|--?))\s*")


def _np_opening(text: str, a: int, b: int) -> Mention | None:
    """The longest speaker noun phrase starting exactly at text[a:] (at most 12 words, before b), after a dateline.

    >>> t = "Washington (AFP) – Ann Lee has said"; _np_opening(t, 0, len(t)).name
    'Ann Lee'

    >>> t = "The Florida senator spoke"; _np_opening(t, 0, len(t)).name
    'The Florida senator'
    >>> t = "And then she spoke"; _np_opening(t, 0, len(t)).name
    'she'
    """
    a += len(text[a:b]) - len(text[a:b].lstrip())
    line = _DATELINE.match(text, a, b)   # 'Washington (AFP) – Ann Lee said': the dateline is no subject
    a = line.end() if line else a
    lead = _LEAD.match(text, a, b)
    a = lead.end() if lead else a
    if _PARTICIPIAL_OPENER.match(text, a, b):
        return None
    best = None
    misses = 0
    for m in re.finditer(r"[\w’'.\-]+(?=[\s,]|$)", text[a:min(b, a + 160)]):
        cand = np_at_end(text, a, a + m.end())
        if cand is not None and cand.start == a:
            best, misses = cand, 0
        elif best is not None:
            misses += 1
            if misses > 2:
                break
    if best is not None and _COMPOUND_MODIFIER.fullmatch(text, best.start, best.end):
        return None   # 'Goal-scoring hero X was modest': a compound adjective, no one's name
    return best


#: a capitalised compound adjective opening a sentence ('Goal-scoring', 'Record-breaking', 'Long-serving')
_COMPOUND_MODIFIER = re.compile(r"[A-Z][a-z]+-[a-z]+(?:ing|ed)")


def _dash_attribution(text: str, a: int, hi: int) -> Attribution | None:
    """'"..." – Rep. Doris Goodale, R-Kingman' or a next line '- Sanders': a dash then a person or body.

    >>> t = '"We will win." - Rep. Ann Lee, R-Ohio'; _dash_attribution(t, 14, len(t)).mention.name
    'Ann Lee'
    >>> t = '"The bus was late." ― Tom Reed'; _dash_attribution(t, 19, len(t)).mention.name
    'Tom Reed'
    """
    m = re.match(r"\s*(?:[–—―]|--?)\s*(?=\w)(?!(?:a|an)\s)", text[a:hi])
    if not m:
        return None   # ('its "basement crew" ― a group of engineers': an indefinite noun phrase describes, it signs nothing)
    men = object_after(text, a + m.end(), hi)
    men = _role_and_name(text, men, hi) if men is not None and men.kind == "role" else men
    if men is None or men.kind not in {"person", "body"}:
        cap = caption_after(text, a + m.end(), hi)   # '- Coach Ann Lee looks back on the season.'
        men = cap.mention if cap is not None else None
    return Attribution("dash", a + m.start(), a + m.end(), men, "dash") if men is not None else None


def _role_and_name(text: str, role: Mention, hi: int) -> Mention:
    """A role joined by 'and' to a further role with a name ('party leader and former MP Ann Lee'): one person,
    the name's, spanning both roles; else the role alone.

    >>> t = "party leader and former MP Ann Lee on the vote"; m = object_after(t, 0, len(t)); m.kind
    'role'
    >>> m = _role_and_name(t, m, len(t)); m.name, m.role
    ('Ann Lee', 'party leader and former MP')
    """
    j = re.match(r"\s+and\s+", text[role.end:hi])
    men = object_after(text, role.end + j.end(), hi) if j is not None else None
    if men is None or men.kind != "person" or not men.role:
        return role
    at = text.rfind(men.name, men.start, men.end)
    return Mention(role.start, men.end, "person", men.head_start, men.head_end, men.name,
                   text[role.start:at if at > 0 else men.start].strip(), men.plural)


#: 'per' standing for 'according to' right after a quote: '"...," per the ministry.' ('per cent', 'per day' are no source)
_PER = re.compile(r"[\s,]*((?:as\s+)?per)\s+(?=(?:the|a|an)\s|[A-Z])")


def _signature(text: str, a: int, hi: int, quote_text: str) -> Attribution | None:
    """A closed quotation signed, as expert panels and press releases do, by a name and its title with no verb, the
    signature closing the paragraph: '"... more attacks." Ann Lee, Senior Fellow at the Institute'.

    >>> t = '"Weakness invites attacks." Ann Lee, Senior Fellow at the Institute'
    >>> _signature(t, 27, len(t), "Weakness invites attacks.").mention.name
    'Ann Lee'
    >>> t = '"We lost." Ann Lee, the coach, left the room.'; _signature(t, 10, len(t), "We lost.") is None
    True
    """
    if quote_text.rstrip()[-1:] not in ".!?…" or text[hi:hi + 1] not in ("", "\n", "\r") or hi - a > 160:
        return None
    m = re.match(r"[ \t]+(?=[A-Z])", text[a:hi])
    men = object_after(text, a + m.end(), hi) if m else None
    if men is None or men.kind != "person" or len(men.name.split()) < 2 or \
            not re.fullmatch(r",\s+[A-Z][\w’'.&-]*(?:\s+(?:[A-Z][\w’'.&-]*|of|at|for|and|the|on))*\s*\.?\s*", text[men.end:hi]):
        return None  # a title of capitalised words (and small words) to the end of the paragraph, no verb
    return Attribution("signature", a + m.end(), a + m.end(), men, "dash")


def _per_attribution(text: str, a: int, hi: int) -> Attribution | None:
    """'"...," per CENTCOM.': 'per' right after a closing mark names the source as 'according to' does.

    >>> t = '"Two drones were shot down," per the ministry. More'; _per_attribution(t, 29, len(t)).mention.name
    'the ministry'
    >>> t = '"Rents rose," per cent of tenants said.'; _per_attribution(t, 13, len(t)) is None
    True
    >>> t = '"The depot burnt down," as per the governor.'; _per_attribution(t, 23, len(t)).mention.name
    'the governor'
    """
    m = _PER.match(text, a, hi)
    men = according_to_source(text, m.end(1), hi) if m is not None else None
    if men is None or men.kind not in {"person", "role", "body", "document"}:
        return None
    return Attribution("per", m.start(1), m.end(1), men, "according to")


def attribution_after(text: str, a: int, hi: int, quote_text: str) -> Attribution | None:
    """Attribution right after a closing mark at ``a`` (up to ``hi``, the next quote or paragraph end).

    >>> t = '"We won," said Sen. Ann Lee, R-Fla.'; at = attribution_after(t, 9, len(t), "We won,")
    >>> at.cue, at.mention.name, at.where
    ('said', 'Ann Lee', 'after')
    >>> t = '"We won," the senator told reporters.'; attribution_after(t, 9, len(t), "We won,").mention.name
    'the senator'
    """
    end = sentence_end(text, a, min(hi, a + WINDOW))
    if (echo := _ECHO.match(text, a, end)) and not _LATER_CUE.match(text, echo.end(), end):
        return None  # '"...." That's what X said.': the pointing sentence is read by ``echoed_attribution`` (called by
        # the extractor for a quote that is its own sentence), not as an attribution of its own
    dash = _dash_attribution(text, a, end) or _per_attribution(text, a, end) or _signature(text, a, hi, quote_text)
    if dash is not None:
        return dash
    seg = text[a:end]
    if re.match(r"\s*[.!?]", seg) or (quote_text.rstrip()[-1:] in ".…" and re.match(r"\s+[A-Z“\"‘]", seg)
                                         and not (_short_attribution(seg) and not _runs_into_quote(text, end))):
        return None
    if re.match(r"[\s,]*(?:while|and|but|as|because|although|though|when|after|before|since|whereas|if|so|"
                r"which|who|even|then)\b", seg, re.I):
        return _as_aside(text, a, end) or _after_aside(text, a, end)
    for cs, ce, form in cues_in(text, a, end)[:2]:
        at = _after_cue(text, a, end, cs, ce, form)
        if at is not None:
            return at
    return _unlisted_verb_after(text, a, end, quote_text)


#: the sentence after a quote that names who said it: "That's what Judge Ann Lee said ...", "Those were the words of
#: Mayor Ann Lee", "That was how the mayor put it"
_ECHO = re.compile(r"\s*(?:That['’]s|That\s+(?:is|was)|Those\s+(?:are|were)|Such\s+(?:are|were))\s+"
                   r"(?:(?P<what>what|how)|the\s+words\s+of)\s+")


def echoed_attribution(text: str, a: int, limit: int) -> Attribution | None:
    """The speaker named by the sentence right after a closing mark at ``a`` (up to ``limit``, the end of the next
    paragraph) that points back at the quote: '"...." That's what Judge Ann Lee said in 2019'. The speaker is the
    subject of a verb of speech right after it (not of a passive: "That's what we were told"; not of a later clause's
    cue: "That is what we need, Lee said"), or the one whose words "those were", or who "put it" so.

    >>> t = '"I hope I am wrong." That is what Judge Ann Lee said two years ago.'; echoed_attribution(t, 20, len(t)).mention.name
    'Ann Lee'
    >>> t = '"We stay." Those were the words of Mayor Bo Hale on Monday.'; echoed_attribution(t, 10, len(t)).mention.name
    'Bo Hale'
    >>> echoed_attribution('"We stay." That is what matters.', 10, 32) is None
    True
    >>> echoed_attribution('"Stay in." That is what we were told by police.', 10, 47) is None
    True
    """
    m = _ECHO.match(text, a, limit)
    if m is None:
        return None
    end = sentence_end(text, m.end(), min(limit, m.end() + WINDOW))
    men = np_at_start(text, m.end(), end)
    if men is None or men.name.lower() in _NO_ECHO_SPEAKER or _VERB_FIRST.match(text, men.start):
        return None  # "That's what makes X so dangerous": no speaker
    if m.group("what") is None:  # "Those were the words of X"
        w = text.index("words", m.start(), m.end())
        return Attribution("words", w, w + 5, men, "after")
    verb = _ECHO_VERB.match(text, men.end, end) if m.group("what") == "what" else _PUT_IT.match(text, men.end, end)
    if verb is None or _LATER_CUE.match(text, verb.end(), end):
        return None  # '"..." That's what they told us, said Hassan': the sentence's own attribution names the speaker
    return Attribution(verb.group("v").lower(), verb.start("v"), verb.end("v"), men, "after")


#: what follows the speaker of "That's what X ...": a verb of speech right after the subject (an adverb or "has" between)
_ECHO_VERB = re.compile(r"\s+(?:(?:has|had|have|also|once|reportedly|later|then|just|recently|publicly|repeatedly)\s+)*"
                        r"(?P<v>said|says|told|tells|wrote|writes|asked|asks|claimed|claims|warned|warns|added|tweeted|"
                        r"posted|reported|shouted|chanted|declared|announced|insisted|repeated)\b")
#: "That was how X put it", "... described it", "... called it"
_PUT_IT = re.compile(r"\s+(?:(?:has|had|also|once|later)\s+)*(?P<v>put|described|called)\s+(?:it|this|them)\b")
_NO_ECHO_SPEAKER = frozenset({"it", "you", "this", "we", "that", "there", "one"})
_VERB_FIRST = re.compile(r"(?:makes?|made|matters?|keeps?|drives?|gives?|happen(?:s|ed)|counts?|worr(?:y|ies|ied)|scares?|"
                         r"is|was|has|had|will|would|can|could|should|must)\b")
_LATER_CUE = re.compile(r"[^.;!?]*?,\s+(?:(?:[\w’'.-]+\s+){0,5}?(?:said|says|added|told)\b|(?:said|says|added)\s)")


#: a past-tense verb not in the cue table right after a quote that ends in a comma: '"...," remembered X.'
_UNLISTED_VERB = re.compile(r"\s*([a-z]{3,}ed)\s+(?=\S)")
#: the same verb after its subject, closing the sentence: '"...," X remembered.'
_UNLISTED_FINAL = re.compile(r"\s+([a-z]{3,}ed)\s*(?:[.]|,\s|$|(?=(?:on|about|at|to|in|during|from|across|via|through|over|"
                             r"with|after)\s))")


def _unlisted_verb_after(text: str, a: int, end: int, quote_text: str) -> Attribution | None:
    """'"...," remembered Ann Lee, a former aide.' or '"...," Ann Lee remembered.': an utterance closed by a comma
    and then a person and a past-tense verb the cue table lacks; the inverted order marks it as a report.

    >>> t = '"We were young," recalled Ann Lee. '; attribution_after(t, 16, len(t), "We were young,").mention.name
    'Ann Lee'
    >>> t = '"We were young," exhorted Ann Lee. '; attribution_after(t, 16, len(t), "We were young,").cue
    'exhorted'
    >>> t = '"We were young," Ann Lee remembered.'; attribution_after(t, 16, len(t), "We were young,").mention.name
    'Ann Lee'
    >>> t = '"We were young," she surmised.'; attribution_after(t, 16, len(t), "We were young,").mention.name
    'she'
    >>> t = '"We were young," the singer riffed on the old days.'; attribution_after(t, 16, len(t), "x,").mention.name
    'the singer'
    """
    if quote_text.rstrip()[-1:] not in {",", "?", "!"} or not text.startswith(" ", a):
        return None
    v = _UNLISTED_VERB.match(text, a, end)
    if v is not None:
        men = object_after(text, v.end(1), end)
        if men is not None and men.kind in {"person", "role"} and re.match(r"\s*(?:[,.]|$)", text[men.end:end]):
            return Attribution(v.group(1), v.start(1), v.end(1), men, "after")
        return None
    for f in _UNLISTED_FINAL.finditer(text, a, min(end, a + 80)):
        men = subject_before(text, a, f.start(1))
        if men is not None and men.kind in {"person", "role", "pronoun"} and _only_np_before(text, a, men.start) \
                and not text[men.end:f.start(1)].strip():
            return Attribution(f.group(1), f.start(1), f.end(1), men, "after")
        return None
    return None


def _after_aside(text: str, a: int, end: int) -> Attribution | None:
    """'"...," as his father dreamed, Mr. Turry said.' / '"...," like X, said Y.': an aside set off by commas between
    the quote and a final speech attribution that ends the sentence.

    >>> t = '"We won," as his father hoped, Ann Lee said.'; attribution_after(t, 9, len(t), "We won,").mention.name
    'Ann Lee'
    """
    comma = text.rfind(",", a + 1, end)
    cues = cues_in(text, comma + 1, end) if comma > a + 1 else []
    if not cues or _cue_kind(cues[0][2]) not in {"speech", "writing"} or _PARTICIPLE.search(cues[0][2]) or \
            len(text[cues[0][1]:end].split()) > 4 or re.search(r"[“”\"]", text[a:comma]) or len(text[a:comma].split()) > 12:
        return _inverted_after_aside(text, a, end)
    cs, ce, form = cues[0]
    if not text[comma + 1:cs].strip():
        men = object_after(text, ce, end) or _loose_slot(text, ce, end, form, inverted=True)
    else:
        men = subject_before(text, comma + 1, cs) or _loose_slot(text, comma + 1, cs, form, inverted=False)
        men = men if men is not None and not text[comma + 1:men.start].strip() else None
    return Attribution(form, cs, ce, men, "after") if men is not None else None


def _as_aside(text: str, a: int, end: int) -> Attribution | None:
    """'the race "is close," as Reyes said on the radio, makes ...': an 'as X said' aside right after the quote.

    >>> t = 'the race "is close," as Ann Lee said on Monday, makes it.'; _as_aside(t, t.index(' as'), len(t)).mention.name
    'Ann Lee'
    """
    m = re.match(r"[\s,]*as\s+", text[a:end])
    cues = cues_in(text, a + m.end(), min(end, a + m.end() + 60)) if m else []
    if not cues or _cue_kind(cues[0][2]) not in {"speech", "writing"} or _PARTICIPLE.search(cues[0][2]):
        return None
    cs, ce, form = cues[0]
    men = subject_before(text, a + m.end(), cs)
    if men is None or men.start != a + m.end() or men.kind not in {"person", "role", "body", "document", "pronoun"}:
        return None
    return Attribution(form, cs, ce, men, "after")


def _inverted_after_aside(text: str, a: int, end: int) -> Attribution | None:
    """'"...," since most votes were close, said Ann Lee, who teaches law.': an inverted speech cue after an aside,
    its speaker followed by an apposition or a relative clause.

    >>> t = '"We won," since it was close, said Ann Lee, who teaches law.'; _inverted_after_aside(t, 9, len(t)).mention.name
    'Ann Lee'
    """
    for cs, ce, form in cues_in(text, a + 1, end)[:3]:
        comma = text.rfind(",", a + 1, cs)
        if comma <= a + 1 or text[comma + 1:cs].strip() or re.search(r"[“”\"]", text[a:comma]) or \
                len(text[a:comma].split()) > 16 or _cue_kind(form) not in {"speech", "writing"} or _PARTICIPLE.search(form):
            continue
        men = object_after(text, ce, end)
        if men is not None and men.kind in {"person", "role"} and \
                re.match(r"\s*(?:[.]?\s*$|,\s*(?:who|a|an|the|[A-Z]))", text[men.end:end]):
            return Attribution(form, cs, ce, men, "after")
        return None
    return None


def _after_cue(text: str, a: int, end: int, cs: int, ce: int, form: str) -> Attribution | None:
    """The attribution made by one cue after a quote: inverted ('said X'), subject first ('X said'), 'according to'.

    >>> t = '"No," said the mayor.'; c = t.index("said"); _after_cue(t, 5, len(t), c, c + 4, "said").mention.name
    'the mayor'
    >>> t = '"No," experts Ann Lee and Bo Hale of the Ames Institute for Science and Security Studies wrote.'
    >>> c = t.index("wrote"); _after_cue(t, 5, len(t), c, c + 5, "wrote").mention.name
    'Ann Lee'
    >>> t = '"No," the agency quoted a police source.'; c = t.index("quoted")
    >>> _after_cue(t, 5, len(t), c, c + 6, "quoted").mention.name
    'a police source'
    """
    if form == "according to" and not text[a:cs].strip(" ,"):
        return Attribution(form, cs, ce, according_to_source(text, ce, end), "according to")
    between = text[a:cs]
    if re.fullmatch(r"[\s,:;–—-]*(?:(?:also|later|then|again|once|earlier|further|simply|quickly|finally)\s+)?", between):
        if _PARTICIPLE.search(form) and getattr(lexicon.cue_forms().get(form), "object_first", False):
            return None   # '"...," telling Ames 24 that ...': the one told is no inverted subject
        men = object_after(text, ce, end)
        if men is None:
            pm = re.match(r"\s+(he|she|they|it|I|we)\b", text[ce:end])
            men = Mention(ce + pm.start(1), ce + pm.end(1), "pronoun", ce + pm.start(1), ce + pm.end(1),
                          pm.group(1).lower()) if pm else None
        men = men if men is not None else _loose_slot(text, ce, end, form, inverted=True)
        return Attribution(form, cs, ce, men, "after") if men is not None else None
    if form in _RELAYED and (src := object_after(text, ce, end)) is not None and src.kind in {"person", "role", "body"} \
            and (_AS_SAYING.match(text, src.end) or src.kind != "person" and
                 _SOURCE_HEAD.fullmatch(text, src.head_start, src.head_end)):
        return Attribution(form, cs, ce, src, "after")   # '"...," Anadolu Agency quoted an Iraqi police source': the
        # source quoted speaks, the outlet relays (not 'the pastor quoted Martin Luther King', who is cited)
    obj_first = getattr(lexicon.cue_forms().get(form), "object_first", False)   # 'X, an analyst, told CNN'
    if re.search(r",\s*$", between) and not re.search(r"[“”\"]", between) and not obj_first and not form.endswith("ing"):
        inv = object_after(text, ce, end)   # '"...," like the volatility of markets, said Richard Curtin.'
        if inv is not None and inv.kind in {"person", "role"} and re.match(r"\s*(?:,|[.]?\s*$)", text[inv.end:end]):
            return Attribution(form, cs, ce, inv, "after")
    if len(between.split()) > (14 if "," not in between.strip(" ,") else 28):
        pair = _COORDINATED_SLOT.match(text, a, cs)   # '"...," experts Ann Lee and Bo Hale of the ... Institute wrote'
        men = np_at_end(text, pair.start(1), pair.end(1)) if pair is not None else None
        ok = men is not None and men.end == pair.end(1) and men.kind in {"person", "role"}
        return Attribution(form, cs, ce, men, "after") if ok else None   # (the first of two named authors)
    named = _name_then_offices(text, a, cs)
    if named is not None:   # '"...," Ajit Mishra, VP Research, Religare Broking told Moneycontrol.'
        return Attribution(form, cs, ce, named, "after")
    men = subject_before(text, a, cs)
    if men is not None and men.kind == "person" and _titled_parts(text, a, men.start):
        return Attribution(form, cs, ce, replace(men, role=text[a:men.start].strip(" ,")), "after")
    if men is None or not _only_np_before(text, a, men.start):
        doc = _document_subject(text, a, cs)
        men = doc if doc is not None and _only_np_before(text, a, doc.start) else _loose_slot(text, a, cs, form, inverted=False)
    men = men if men is not None else _bare_surname(text, a, cs, form)
    return Attribution(form, cs, ce, men, "after") if men is not None else None


#: cue forms whose object is the one whose words are given ('the agency quoted a police source'), not the one addressed
_RELAYED = frozenset({"quoted", "quotes"})
#: ... when told "as saying", or when the object is a source, an official or a witness
_AS_SAYING = re.compile(r"\s+as\s+(?:saying|telling|stating|adding)\b")
_SOURCE_HEAD = re.compile(r"(?:sources?|officials?|officers?|spokes(?:man|woman|person)|commanders?|witness(?:es)?|"
                          r"residents?|medics?|doctors?|directors?|survivors?|activists?|police(?:man|men)?)", re.I)
_BARE_WORD = re.compile(r"[\s,]*([A-Z][a-z]{2,})\s+")
_NOT_SURNAMES = set(lexicon.PRONOUNS) | lexicon.DETERMINERS | {"it", "this", "that", "there", "here", "who", "which", "what",
                                                               "one", "all", "none", "nobody", "everyone", "someone"}


def _bare_surname(text: str, a: int, cs: int, form: str) -> Mention | None:
    """A lone capitalised word between a quote and its speech cue is a surname even when it is also a common word
    ('"...," From said.', '"...," Will wrote.').

    >>> t = '"No," From said.'; _bare_surname(t, 5, t.index("said"), "said").name
    'From'
    >>> t = '"No," This said.'; _bare_surname(t, 5, t.index("said"), "said") is None
    True
    """
    m = _BARE_WORD.fullmatch(text, a, cs)
    if m is None or _cue_kind(form) not in {"speech", "writing"} or _PARTICIPLE.search(form) or \
            m.group(1).lower() in _NOT_SURNAMES or not re.fullmatch(r"[,\s]*", text[a:m.start(1)]) or \
            not re.search(r",\s*$|[,!?][”\"’']\s*$", text[max(0, a - 3):m.start(1)]):
        return None
    return Mention(m.start(1), m.end(1), "person", m.start(1), m.end(1), m.group(1))


def _loose_slot(text: str, a: int, b: int, form: str, inverted: bool) -> Mention | None:
    """The speaker in the slot a speech cue leaves next to a quote, read loosely (``loose_np``): after an inverted
    cue up to a comma ('"...," said one unaligned Florida strategist'), or before the cue either the whole slot or
    a first part followed by an apposition ('"...," Ann Lee, 67, a retired nurse in Allentown, Pa., said').

    >>> t = '"No," Ann Lee, 67, a retired nurse in Allentown, Pa., said'; _loose_slot(t, 5, t.index("said"), "said", False).name
    'Ann Lee'
    >>> t = '"No," a source of pride, officials said'; _loose_slot(t, 5, t.index("said"), "said", False) is None
    True
    >>> t = '"No," the tired, 60-year-old envoy said'; _loose_slot(t, 5, t.index("said"), "said", False).name
    'the tired, 60-year-old envoy'

    """
    if _cue_kind(form) not in {"speech", "writing"} or _PARTICIPLE.search(form):
        return None
    a = a + len(text[a:b]) - len(text[a:b].lstrip(" ,"))
    comma = text.find(",", a, b)
    if inverted:
        return loose_np(text, a, comma if comma >= 0 else b)
    if comma < 0 or re.fullmatch(r"(?:the|a|an)(?:\s+[a-z][\w\-]*){1,2}", text[a:comma], re.I):
        end = trim_subject_end(text, a, b)   # 'the tired, 60-year-old diplomat said'
        return loose_np(text, a, end) or (_described_person(text, a, end) if comma < 0 else None)
    if not re.search(r",\s*$", text[comma:b]) or re.search(r"[“”\"]", text[comma:b]):
        return None
    return loose_np(text, a, comma)


#: a personal name closing a lower-case description: 'former State policy director Ann Lee'
_NAME_AT_END = re.compile(r"\s((?:[A-Z][\w’'\-]*\.?\s+){0,2}[A-Z][\w’'\-]+)\s*$")


def _described_person(text: str, a: int, b: int) -> Mention | None:
    """A lower-case description of at most ten words ending in a person's name, which the noun-phrase readers
    miss when a capitalised word sits inside the description ('former State policy planning director Ann Lee').

    >>> t = "former State policy planning director Ann Lee"; m = _described_person(t, 0, len(t)); m.name, m.role
    ('Ann Lee', 'former State policy planning director')
    >>> _described_person("the plan Ann Lee", 0, 16) is None
    True
    """
    words = text[a:b].split()
    m = _NAME_AT_END.search(text, a, b)
    if m is None or len(words) > 10 or not words[0][:1].islower() or any(w[:1].islower() and lexicon.is_cue(w) for w in words):
        return None
    head = np_at_end(text, m.start(1), b)
    desc = text[a:m.start(1)].split()
    if head is None or head.kind != "person" or head.start != m.start(1) or \
            not any(getattr(lexicon.role_nouns().get(w.lower()), "kind", "") == "person" for w in desc):
        return None
    return Mention(a, b, "person", head.head_start, head.head_end, head.name, text[a:head.start].strip())


#: a place phrase that ends a quote's words before its subject: 'near the border', 'north of Baghdad'
_QUOTED_PLACE = re.compile(r"(?:near|outside|inside|(?:north|south|east|west)(?:east|west)?\s+of|close\s+to)\s+[^,\d“”\"]{2,40}")


def _only_np_before(text: str, a: int, b: int) -> bool:
    """Whether text[a:b] (between a quote and its subject) is empty, a conjunction or a role before the name.

    >>> t = ', the faction, Revenge Brigade, said'; _only_np_before(t, 0, 15), _only_np_before(", in 2008, X", 0, 10)
    (True, False)
    >>> _only_np_before(" Ann Lee and Bo Chen wrote", 0, 13), _only_np_before(" was how Ann Lee put it", 0, 9)
    (True, True)
    >>> _only_np_before(", near the border, the agency", 0, 19)
    True
    """
    seg = text[a:b].strip(" ,\n")
    if seg.lower() in {"", "and", "but"} or re.fullmatch(r"(?:was|is|were|are)\s+(?:how|what)", seg, re.I):
        return True   # '"...," was how Ann Lee put it': the subject follows the copula
    if _QUOTED_PLACE.fullmatch(seg):
        return True   # '"... the village of Houla," near the border, the agency reported': the place ends the words
    coord = re.search(r"\s+and$", text[a:b].rstrip())
    if coord:   # '"...," Ann Lee and Bo Chen wrote', '"...," the senator and candidate said'
        first = np_at_end(text, a, a + coord.start())
        return first is not None and not text[a:first.start].strip(" ,\n")
    m = np_at_end(text, a, a + len(text[a:b].rstrip(" ,\n")))
    return m is not None and m.kind in {"role", "body"} and not text[a:m.start].strip(" ,\n")


def _role_part(part: str) -> bool:
    """Whether one comma part before a name is an office: a role noun or a title word in it ('IG Bastar',
    'director general of police (Maoist operation)', 'Senior Superintendent of Police').

    >>> _role_part("Senior Superintendent of Police"), _role_part("in 2008"), _role_part("the big day")
    (True, False, False)
    """
    words = [w.strip("().’'").lower() for w in re.sub(r"\([^()]*\)", " ", part).split()]
    return 0 < len(words) <= 8 and words[0] not in lexicon.PREPOSITIONS and not any(lexicon.is_cue(w) for w in words) and \
        any(w in lexicon.titles() or getattr(lexicon.role_nouns().get(w), "kind", "") == "person" for w in words)


def _titled_parts(text: str, a: int, b: int) -> bool:
    """Whether text[a:b], between a quote and a name that speaks, is the name's office and station set off by commas:
    an office first, then offices or one- to three-word capitalised places ('"...," IG Bastar, P Sundarraj said';
    '"...," Senior Superintendent of Police, Reasi, Mohita Sharma told reporters').

    >>> t = ', director general of police (Maoist operation), Chhattisgarh, '; _titled_parts(t, 0, len(t))
    True
    >>> _titled_parts(", in 2008, ", 0, 11), _titled_parts(", the mayor said, ", 0, 18)
    (False, False)
    """
    seg = text[a:b]
    if not re.search(r",\s*$", seg) or re.search(r"[“”\";:]", seg) or len(seg.split()) > 14:
        return False
    parts = [p.strip() for p in re.sub(r"\([^()]*\)", lambda m: m.group().replace(",", " "), seg).strip(" ,").split(",")]
    names = [w for w in parts[0].split()[1:] if w[:1].isupper() and w.lower().strip(".") not in lexicon.titles()
             and w.lower() not in lexicon.role_nouns()]
    if len(names) >= 2:
        return False   # '"...," VP Ravi Shankar, Infosys said': a titled person, then the firm, no office
    return bool(parts[0]) and _role_part(parts[0]) and all(
        _role_part(p) or re.fullmatch(r"[A-Z][\w’'\-]*(?:\s+[A-Z][\w’'\-]*){0,2}", p) for p in parts[1:])


#: a firm's or a place's name of one to four capitalised words ('Religare Broking', 'Hong Kong')
_FIRM_PART = re.compile(r"[A-Z][\w’'&.\-]*(?:\s+[A-Z][\w’'&.\-]*){0,3}")
#: a person's name opening the words between a quote and its cue, then its office and firm set off by commas
_NAME_THEN_PARTS = re.compile(r"[\s,]*((?:[A-Z][\w’'\-]*\.?\s+){1,3}[A-Z][\w’'\-]+)\s*,\s*([^“”\";:]+?)\s*$")


def _name_then_offices(text: str, a: int, b: int) -> Mention | None:
    """The person named first in text[a:b] (between a quote and its cue) when an office and then offices or a firm's
    capitalised name follow, without a closing comma ('"...," Ajit Mishra, VP Research, Religare Broking told X').

    >>> t = ', Ajit Mishra, VP Research, Religare Broking '; m = _name_then_offices(t, 0, len(t)); m.name, m.role
    ('Ajit Mishra', 'VP Research, Religare Broking')
    >>> _name_then_offices(", Ann Lee, in 2008, ", 0, 20) is None
    True
    """
    m = _NAME_THEN_PARTS.fullmatch(text, a, b)
    if m is None or len(m.group(2).split()) > 12:
        return None
    head = np_at_end(text, m.start(1), m.end(1))
    parts = [p.strip() for p in m.group(2).split(",")]
    if head is None or head.kind != "person" or head.start != m.start(1) or not _role_part(parts[0]) or \
            len(parts) < 2 or not all(_FIRM_PART.fullmatch(p) and lexicon.first_names().get(p.split()[0].lower()) is None
                                      for p in parts[1:]):
        return None   # (not 'Marks Spencer, chief executive, Stuart Machin said', 'X, leader, Nairobi supporters told')
    return Mention(m.start(1), m.end(1), "person", head.head_start, head.head_end, head.name, m.group(2))


def _runs_into_quote(text: str, end: int) -> bool:
    """Whether a clause stops at ``end`` only because a quote opens there: '"A." She said the plan "B."' -- the
    clause after a sentence-final quote introduces the next quote and does not sign the one before.

    >>> t = '"We won." She said the town "never gave up."'; _runs_into_quote(t, 28), _runs_into_quote(t, 9)
    (True, False)

    A clause that ends in a colon introduces what comes next, in its paragraph or the next one:
    >>> t = '"We won." She went on to say:\\n\\n"More."'; _runs_into_quote(t, t.index(":") + 1)
    True
    """
    if text[max(0, end - 3):end].rstrip().endswith(":"):
        return True
    return text[end:end + 2].lstrip()[:1] in {"“", '"', "‘", "«"} and not text[max(0, end - 2):end].rstrip().endswith((".", "!", "?"))


def _short_attribution(seg: str) -> bool:
    """A sentence that is only an attribution: ' Trump said.', ' the senator told reporters on Monday.'

    >>> _short_attribution(" Trump said."), _short_attribution(" Trump said the plan was dead.")
    (True, False)
    """
    words = seg.split()
    found = lexicon.find_cues(seg, 0, len(seg))
    tail = seg[found[0][1]:].split() if found else []
    return bool(found) and len(words) <= 8 and len(tail) <= 4 and not re.search(r"\bthat\b", seg) and \
        not any(w.lower() in lexicon.AUXILIARIES - {"also", "later", "then", "again", "earlier"} for w in tail)


def _loose_tail(text: str, ce: int, end: int) -> bool:
    """Whether the words after a sentence-final cue leave it an attribution: set off by a comma (', he said,
    rather than ...') or a prepositional phrase ('she said in a video message to the council').

    >>> t = " said, rather than from new taxes."; _loose_tail(t, 5, len(t))
    True
    >>> t = " said in a long interview with the radio station."; _loose_tail(t, 5, len(t))
    True
    >>> t = " said the plan would cost more than the town has."; _loose_tail(t, 5, len(t))
    False
    """
    tail = text[ce:end]
    if tail.startswith(","):
        return True
    when = _TAIL_TIME.match(tail)
    rest = tail[when.end():] if when else tail
    if rest.startswith(",") and when or _TAIL_CLAUSE.match(rest):
        return True   # 'the army said Monday, ...', 'the army said Monday as further south it fought on'
    head = rest.split(",", 1)[0]   # 'she said of the new rate, up from 40 cents': a comma sets off one more adjunct
    return bool(_TAIL_PREPOSITION.match(head)) and len(head.split()) <= 14 and \
        not re.search(r"[;:“”\"]|\b(?:that|and|but|because|which)\b", head) and not cues_in(text, ce, end)


#: a time told right after a sentence-final cue ('said Monday', 'said on Tuesday evening', 'said last week')
_TAIL_TIME = re.compile(r"\s+(?:on\s+|late\s+|early\s+)?(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|yesterday|today|"
                        r"tonight|earlier|later|last\s+(?:week|month|night|year)|this\s+(?:week|month|morning|year))"
                        r"(?:\s+(?:morning|afternoon|evening|night))?", re.I)
#: a subordinate clause opening after such a cue: the cue still closes the quote's sentence
_TAIL_CLAUSE = re.compile(r"\s+(?:as|while|whereas|amid|even\s+as)\s")
#: a prepositional phrase after it ('she said in a video message', 'he said of the new rate')
_TAIL_PREPOSITION = re.compile(r"\s+(?:in|on|at|during|to|after|before|from|via|with|of|about)\s")


#: a relative or contrasting clause that opens after a cue and holds the next one (', said X, which has vowed', ', X
#: said, while the army confirmed'): not the cue of the sentence's quote
_RELATIVE_CUE = re.compile(r",\s*(?:which|who|while|whereas|as|but)\s+[^,;.]*$")


def _last_finite(text: str, cues: list[tuple[int, int, str]]) -> tuple[int, int, str]:
    """The last cue of a sentence's tail, or the finite cue before a participle set off by a comma (', X said on
    Tuesday, noting Y ...': X said; ', X said, adding that Y vowed ...': X said).

    >>> t = ", Ann Lee said on Tuesday, noting the mayor"; _last_finite(t, cues_in(t, 0, len(t)))[2]
    'said'
    >>> t = ", Ann Lee said, adding that the rebels have vowed to fight on"; _last_finite(t, cues_in(t, 0, len(t)))[2]
    'said'
    >>> t = ", said Hezbollah, which has vowed to fight on"; _last_finite(t, cues_in(t, 0, len(t)))[2]
    'said'
    """
    while len(cues) > 1 and _RELATIVE_CUE.search(text, cues[-2][1], cues[-1][0]):
        cues = cues[:-1]  # ', said Hezbollah, which has vowed to ...': the relative clause tells of the speaker
    last = cues[-1][0]
    if len(cues) > 1 and cues[-1][2].endswith("ing") and text[max(0, last - 4):last].rstrip().endswith(",") \
            and not cues[-2][2].endswith("ing"):
        return cues[-2]
    for cue, nxt in zip(cues, cues[1:]):  # ', Kirby said, adding that some groups have vowed ...': said, not vowed
        if nxt[2].endswith("ing") and not cue[2].endswith("ing") and text[max(0, nxt[0] - 4):nxt[0]].rstrip().endswith(",") \
                and len(text[cue[1]:nxt[0]].split()) <= 4:
            return cue
    return cues[-1]


def attribution_end_of_sentence(text: str, a: int, hi: int) -> Attribution | None:
    """A sentence-final ', X said.' or ', said X.' for a quote in the middle of a sentence.

    >>> t = '"significant" threat to US forces, the top diplomat said on Thursday.'
    >>> attribution_end_of_sentence(t, 13, len(t)).mention.name
    'the top diplomat'
    """
    end = sentence_end(text, a, min(hi, a + WINDOW))
    cues = cues_in(text, a, end)
    if not cues:
        return None
    cs, ce, form = _last_finite(text, cues)
    end = end if cs == cues[-1][0] else text.rfind(",", ce, cues[-1][0])   # the tail stops at ', noting ...'
    comma = text.rfind(",", a, cs)
    if comma < 0 or re.search(r"\bthat\b", text[ce:end]):
        return None
    men = subject_before(text, comma + 1, cs)
    if men is not None and text[comma + 1:men.start].strip():
        return None
    if men is None and not text[comma + 1:cs].strip():
        men = object_after(text, ce, end)
    elif men is not None and len(text[ce:end].split()) > 6 and not _loose_tail(text, ce, end):
        return None
    return Attribution(form, cs, ce, men, "end of sentence") if men is not None else None


#: a participle that ties a document to its issuer: 'a letter filed by X', 'a memo obtained from X'
_ISSUED = re.compile(r"\s+(?:issued|released|posted|filed|written|signed|sent|published|prepared|authored|obtained)\s+(?:by|from)\s")


def according_to_source(text: str, ce: int, hi: int) -> Mention | None:
    """The source after 'according to' (ending at ``ce``): its noun phrase, or the issuer of a document it names.

    >>> t = "according to a memo filed by lawyer Dan Hale."; according_to_source(t, 12, len(t)).name
    'Dan Hale'
    >>> t = "according to the ministry."; according_to_source(t, 12, len(t)).name
    'the ministry'
    """
    men = object_after(text, ce, hi)
    if men is None:
        m = _ISSUED.search(text, ce, hi)
        men = object_after(text, ce, m.start()) if m is not None else None
    return _issuer_np(text, men, hi)


def _issuer_np(text: str, men: Mention | None, hi: int) -> Mention | None:
    """'a statement from the ministry' -> the ministry; any other mention unchanged.

    >>> from analysis.quotes.mentions import object_after
    >>> t = "a statement from the ministry."; _issuer_np(t, object_after(t, 0, 11), len(t)).name
    'the ministry'
    >>> t = "a statement filed by the mayor."; _issuer_np(t, object_after(t, 0, 11), len(t)).name
    'the mayor'
    >>> t = "a memo written by the town clerk, who"; _issuer_np(t, object_after(t, 0, 6), len(t)).name
    'the town clerk'
    """
    if men is None or men.kind != "document":
        return men
    m = re.match(r"\s+(?:issued\s+|released\s+|posted\s+|filed\s+|written\s+|signed\s+|sent\s+|published\s+|provided\s+|"
                 r"obtained\s+|leaked\s+|shared\s+)?"
                 r"(?:by|from|of)\s+", text[men.end:hi])
    if not m:
        return men
    at = men.end + m.end()
    stop = re.search(r"[,;:.]\s|[.]?$", text[at:hi])
    inner = object_after(text, at, hi) or loose_np(text, at, at + stop.start())
    return inner if inner is not None else men
#: a long slot between a quote and its cue holding two coordinated names: 'experts Ann Lee and Bo Hale of the ...'
_COORDINATED_SLOT = re.compile(r"[\s,]*((?:[a-z][\w\-]*\s+){0,3}[A-Z][\w.’'\-]*(?:\s+[A-Z][\w.’'\-]*){1,3})\s+and\s+[A-Z]"
                               r"[^,;:“”\"]{2,160}$")


#: a caption sentence under a quote: a named person (a role may open it, a 'who' aside may follow), then a verb in the
#: present tense ('Ann Lee offers her view', 'Coach Bo Hale, who lost, jokes about it', 'Lee is pleased')
_CAPTION = re.compile(r"([^.!?:;“”\"\n]{0,80}?[A-Z][\w’'\-]*[a-z])(?<![’']s)(,\s+who\s+[^,.;:“”\"\n]{2,80},)?\s+"
                      r"(?:[a-z]+ly\s+)?(is|[a-z]{2,}[^su\W]s)\s+[a-z]")
#: longest caption sentence read
CAPTION_CHARS = 300


def caption_after(text: str, pos: int, hi: int) -> Attribution | None:
    """'"...." Ann Lee offers her tips for the new season.': a sentence in the present tense, all that follows a quote
    in its paragraph (or a line under it), whose subject is a named person, captions the quote with its speaker.

    >>> t = '"We trained all winter." Captain Ann Lee reflects on the long season.'
    >>> caption_after(t, 24, len(t)).mention.name
    'Ann Lee'
    >>> t = '"We trained all winter." Ann Lee, who won twice, jokes about the rain.'; caption_after(t, 24, len(t)).mention.name
    'Ann Lee'
    >>> t = '"We trained all winter." Ann Lee won the race in May.'; caption_after(t, 24, len(t)) is None
    True
    """
    a = pos + len(text[pos:hi]) - len(text[pos:hi].lstrip())
    end = sentence_end(text, a, min(hi, a + CAPTION_CHARS))
    if hi - a > CAPTION_CHARS or text[end:hi].strip():
        return None   # the caption is the whole rest of the paragraph: one short sentence
    m = _CAPTION.match(text, a, end)
    if m is None or m.group(3) in lexicon.role_nouns():
        return None
    men = np_at_end(text, a, m.end(1))
    if men is None or men.kind != "person" or men.start != a or men.end != m.end(1):
        return None
    return Attribution("caption", m.start(3), m.end(3), men, "next sentence")


#: a determiner, up to three words and a head noun, then a participle or place phrase, right before a cue
_DOC_MODIFIED = re.compile(r"(?:^|(?<=[\s,(]))((?:[Tt]he|[Aa]n?|[Tt]his|[Tt]hat|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir)\s+"
                           r"(?:(?![\w\-]+ed\b)[\w’'\-]+\.?\s+){0,3}?([\w\-]+))\s+(?:(?:(?:from|by|of)\s+[^,.;:“”\"]{1,40}?\s+)?"
                           r"(?:released|issued|published|posted|filed|aired|"
                           r"sent|signed|obtained|unveiled|distributed)\b[^,.;:“”\"]{0,40}?|(?:in|on|from)\s+(?:the|a|an|"
                           r"its|his|her|their)\s+[\w\-]+)\s*$")


def _document_subject(text: str, s: int, cs: int) -> Mention | None:
    """'the order released Friday said', 'a voice-over in the ad states': a document noun phrase with a participle
    or place modifier before its cue speaks.

    >>> t = 'The ruling issued Friday said'; _document_subject(t, 0, t.index("said")).name
    'The ruling'
    >>> _document_subject('The pier built in May said', 0, 22) is None
    True
    >>> t = 'A May 1 letter from the league obtained by the paper warns'; _document_subject(t, 0, t.index("warns")).name
    'A May 1 letter'
    >>> _document_subject('The board placed ads in the paper calling', 0, 34) is None
    True
    """
    m = _DOC_MODIFIED.search(text, max(s, cs - 90), cs)
    role = lexicon.role_nouns().get(m.group(2).lower()) if m else None
    if m is None or role is None or role.kind != "document" or not subject_position(text, s, m.start(1)):
        return None
    a, b = m.span(1)
    return Mention(a, b, "document", m.start(2), b, text[a:b], "")
