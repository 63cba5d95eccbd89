"""Reporting cues and attribution: which cue and which speaker mention govern a quotation.

Patterns (all in bounded windows around the quote, so the cost is linear in the text):
after the quote ('"...," he said', '"...," said Sen. X', '"...," according to X', '"..." - X'), before it
('X said: "..."', 'X warned that Iraq is "playing with fire"', 'According to X, "..."', 'X: "..."' as a
headline label, 'X was quoted as saying', 'described by X as'), and a participle cue ('..., saying "..."')
that takes the subject of its main clause.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from . import lexicon
from .marks import D_CLOSE, sentence_end, sentence_start
from .mentions import Mention, _is_adverbial, _is_intro, _parts, loose_np, named_apposition, np_at_end, object_after, \
    subject_before, subject_position, trim_subject_end

#: noun/verb homographs: a cue only when no determiner, possessive or preposition comes right before
AMBIGUOUS = {"claims", "claim", "calls", "call", "reports", "report", "post", "posts", "comment", "comments",
             "warning", "note", "notes", "answer", "answers", "reply", "replies", "promise", "promises", "pledge",
             "pledges", "demand", "demands", "charge", "charges", "fear", "fears", "hope", "hopes", "quote",
             "quotes", "term", "terms", "label", "labels", "brand", "read", "reads", "attacked", "cry", "cries",
             "counter", "repeat", "state", "states", "remark", "remarks", "finding", "found", "feel", "tweet",
             "tweets", "joke", "jokes", "thought", "stress", "vow", "vows", "threat", "testimony", "found", "email",
             "emails", "texted", "talk", "talks", "question", "questioned", "challenge", "challenged", "protest",
             "object", "signal", "echo", "echoed", "snap", "estimate", "forecast", "blame", "vent", "rail", "tease",
             "taunt", "highlighted", "put it", "defended", "boast", "brag", "cries", "cry", "assertion", "admitted",
             "concerned", "worry", "worried", "reported", "declared", "published", "posted", "announced", "stated",
             "blast", "blasts"}   # 'the blast shook the street': an explosion, no cue
_NOUN_LEFT = re.compile(r"(?:\b(?:a|an|the|his|her|its|their|our|my|your|this|that|these|those|whose|no|any|such|"
                        r"many|some|so-|so)\s+(?:[\w’'\-]+\s+){0,2}|\b(?:of|in|to|on|for|"
                        r"with|by|from|about)\s+|[’']s\s+)$", re.I)
_DOCS_BEFORE_READ = re.compile(r"\b(?:statement|letter|message|post|communique|note|text|tweet|release|"
                               r"memo|email|e-mail|ad|report|headline|caption|transcript|it)\s*$|"
                               # 'The statement from the police command spokesperson reads,'
                               r"\b(?:statement|letter|message|communique|note|release|memo|e-?mail)\s+(?:from|by|of|issued\s+by)"
                               r"(?:\s+[\w’'\-.]+){1,7}\s+$|"
                               # 'The statement on its channel, the former Twitter, read.'
                               r"\b(?:statement|letter|message|post|communiqu[eé]|notice|release|memo|e-?mail|tweet)\s+(?:on|in)\s+"
                               r"[^.;:!?“”\"]{1,50}\s+$", re.I)
#: an adverb between a document and its 'read' ('the statement also read'): read past it
_READ_ADVERB = re.compile(r"\s+(?:also|further|then|later|simply|only|partly)(?=\s*$)")
#: after a quote: 'read from' or 'read out' a text ('"...," she read from a letter')
_READ_FROM = re.compile(r"\s+(?:from|out)\b")
_PARTICIPLE = re.compile(r"(?:ing)$")
#: 'X released a statement saying "..."': a participle after a document noun reports its issuer, the clause subject
_DOC_BEFORE_PARTICIPLE = re.compile(r"\b(?:statement|e-?mail|message|video|tweet|post|letter|release|ad|note|memo)"
                                    r"(?:\s+(?:on\s+)?(?:[A-Z][a-z]+day|today|yesterday|late|early|earlier|later))?"
                                    r"(?:\s+(?:that|which))?\s*$", re.I)
WINDOW = 300
#: what follows a reporting verb that closes its sentence or goes on with an adverbial: '.', ',', ' in', ' on'
_INVERTED_END = re.compile(r"\s*[.,;:]|\s+(?:in|on|at|to|from|during|after|before|while|when|about|of|last|this|across|via|"
                           r"through|over|with|by|for|outside|inside|under|amid|following|ahead)\b")
#: connectives that may open a clause before its subject: 'And then he said', 'But Lee argued'
_LEAD = re.compile(r"(?:(?:and|but|so|yet|then|still|now|instead|meanwhile|however|indeed|or)\b,?\s+)+", re.I)


@dataclass
class Attribution:
    """A cue (offsets into the text) and the speaker mention it governs, with where it was found."""

    cue: str
    cue_start: int
    cue_end: int
    mention: Mention | None
    where: str
    relays: Mention | None = None   # the person whose words a relaying outlet or document passes on, if any


#: cue words whose object can show they report nothing ('speak Arabic', 'called police', 'called an ambulance')
_OBJECT_SENSITIVE = {"speak", "speaks", "spoke", "spoken", "speaking", "call", "calls", "called", "calling"}
_NOT_SPEECH_OBJECT = re.compile(r"\s+(?:(?:fluent|fluently|good|little|some|only|no|broken|perfect)\s+)?(?:English|Arabic|French|"
                                r"Spanish|German|Russian|Chinese|Mandarin|Cantonese|Hebrew|Farsi|Persian|Kurdish|Urdu|Hindi|"
                                r"Italian|Portuguese|Japanese|Korean|Turkish|Swahili|Dutch|Polish|Ukrainian|Pashto|Dari|"
                                r"(?:(?:the\s+)?police|(?:an?\s+|the\s+)?ambulances?|(?:the\s+)?fire\s+brigade|911|999|10111|112|"
                                r"(?:the\s+|an?\s+)?(?:emergency|hotline|helpline))(?=\s*[\],.;)]|\s*$|\s+(?:and|to|for|after|when|but|"
                                r"at|on|number|line|services?|twice)\b))\b")


#: an 'as' clause opening before 'put it': 'As one reporter covering the trial '
_AS_PUT_IT = re.compile(r"(?:^|[.!?;:,]\s*|\n\s*|\b(?:and|but)\s+)[Aa]s\s+([^,.;:!?“”\"()]{1,90})$")


#: patterns read by cue_ok, compiled once
_DET_LEFT = re.compile(r"\b(?:a|an|the|this|his|her|its|their|our|my|your)\s+$", re.I)
_SPACES = re.compile(r"\s+")
_SO_HYPHEN = re.compile(r"\bso-?$|-$")
_TO_LEFT = re.compile(r"\bto\s*$", re.I)
_QUOTE_SHORT_SUBJECT = re.compile(r"[,!?]?[”\"’'],?\s+(?:[\w’'\-.]+\s+){1,4}$")
_QUOTE_DET_SUBJECT = re.compile(r"[,!?]?[”\"’'],?\s+(?:the|a|an)\s+[\w’'\-]+\s+$")


def cue_ok(text: str, s: int, e: int) -> bool:
    """Whether the cue word at text[s:e] is used as a reporting verb here.

    >>> t = "in a statement. He claims it, the claims were"; cue_ok(t, 19, 25), cue_ok(t, 34, 40)
    (True, False)
    >>> cue_ok("the so-called truce", 7, 13), cue_ok("the statement read", 14, 18)
    (False, True)
    >>> cue_ok("the report stated.", 11, 17), cue_ok("the stated goal", 4, 10), cue_ok("in a written note", 5, 12)
    (True, False, False)
    >>> cue_ok("he was prompted to say", 19, 22), cue_ok("he wants to say", 12, 15)
    (True, False)
    >>> cue_ok("backing four state board hopefuls", 13, 18), cue_ok("Officials state that", 10, 15)
    (False, True)
    >>> cue_ok("an officer who could speak Arabic", 27, 32), cue_ok("they called police", 5, 11)
    (False, False)
    >>> cue_ok("Lee said, and I quote, it", 16, 21)
    False
    >>> t = "As a critic of the plan put it, no"; cue_ok(t, 24, 30)
    True
    >>> t = "Lee vowed they would respond in kind"; cue_ok(t, t.index("respond"), t.index(" in"))
    False
    """
    word = _SPACES.sub(" ", text[s:e].lower())
    left = text[max(0, s - 40):s]
    if word.startswith("according"):
        return True
    if _NOT_SPEECH_OBJECT.match(text, e) and word.split()[0] in _OBJECT_SENSITIVE:
        return False   # 'could speak Arabic', 'they called police': a language or a service is no reported speech
    if _SO_HYPHEN.search(left):
        return False
    if word == "quote" and re.search(r"(?:,|\band)\s+I\s+$", left) and re.match(r"\s*[,:]", text[e:e + 3]):
        return False   # 'X said, and I quote, "..."': the writer's aside, X still speaks
    if re.search(r"(?:ed|en)$", word) and _DET_LEFT.search(left):
        return False   # 'in a written statement', 'the published report': a participle after a determiner is an adjective
    if word.startswith("continu") and (re.match(r"\s+to\b|\s+(?:the|a|an|his|her|their|its)\b", text[e:e + 8]) or
                                       re.search(r"\b(?:will|would|could|should|may|might|must|can|to)\s+$", left)):
        return False   # 'the board will continue to be', 'continued the talks': not '"...," he continued.'
    if word.startswith(("respond", "repl", "answer")) and not re.match(r"\s*[,:]", text[e:e + 3]) and \
            re.search(r"\b(?:will|would|could|should|may|might|must|can|to)\s+$", left):
        return False   # 'vowed the U.S. would respond "at a time of its choosing"': an act to come, not the words said
        # (not 'he would respond, "No comment."': words he said each time)
    if text[s].isupper() and not re.search(r"(?:^|[.!?:][”\"’']?\s*|\n\s*)$", left) and not _capitalised_past(text, s, e):
        return False   # 'State spokesman', 'Post reporter': a capitalised word mid-sentence is no verb
    if word in {"state", "states"} and re.match(r"\s+[a-z]", text[e:e + 3]) and not _STATE_VERB_NEXT.match(text, e, e + 24):
        return False   # 'four state board hopefuls', 'the state party': a modifier, not a verb
    if word == "put it" and _AS_PUT_IT.search(text[max(0, s - 100):s]) and re.match(r"\s*[,:]", text[e:e + 3]):
        return True   # 'As one reporter covering the trial put it, "..."': a manner clause of speech, never an object put
    if word in {"read", "reads"}:   # 'the statement read' or, inverted after a quote, '"...," read the email'
        left = _READ_ADVERB.sub("", left)   # 'it also read': the word before the adverb
        prev = re.search(r"([a-z\-]+)\s*$", left)
        doc = prev is not None and getattr(lexicon.role_nouns().get(prev.group(1)), "kind", "") == "document"
        return bool(doc or _DOCS_BEFORE_READ.search(_READ_ADVERB.sub("", text[max(0, s - 90):s])) or (re.search(r"[,”\"’']\s*$", left) and
                                                       re.match(r"\s+(?:the|a|an|one|this|his|her|its|their)\b", text[e:e + 8])) or
                    (re.search(r"[,!?]?[”\"’']\s+(?:he|she|they|I|we)\s+$", left) and _READ_FROM.match(text, e)))
    if _TO_LEFT.search(left) and not re.search(r"\b(?:go|goes|went|going|gone)\s+on\s+to\s*$", left, re.I):
        return bool(_LED_TO.search(text, max(0, s - 160), s))   # 'was prompted to say' reports; 'wants to say' does not
    if word.endswith("ed") and (re.match(r"\s*(?:[.,;:“\"‘]|that\b)", text[e:e + 6])
                                or re.search(r"[”\"’'],?\s+(?:[\w’'\-.]+\s+){1,5}$", left)):
        return True   # 'the report stated.', 'the newspaper admitted,': a past form before a stop is a verb
    if _QUOTE_SHORT_SUBJECT.search(left) and _INVERTED_END.match(text, e, e + 12) \
            and not _NOUN_LEFT.search(left[-12:]) or _QUOTE_DET_SUBJECT.search(left) \
            and _INVERTED_END.match(text, e, e + 12):
        return True   # '"...," the authors state in the paper': a short subject right after a quote, then a stop
    return not (word in AMBIGUOUS and _NOUN_LEFT.search(left) and not _speaker_left(text, s, e))


#: what may follow the verb 'state': 'that', an object's determiner, a preposition or an adverb
_STATE_VERB_NEXT = re.compile(r"\s+(?:that|the|a|an|his|her|their|its|this|these|those|our|my|your|in|on|to|for|with|at|"
                              r"as|what|how|why|it|they|he|she|we|[a-z]+ly)\b")
def _capitalised_past(text: str, s: int, e: int) -> bool:
    """A capitalised past-tense cue after a name or an apposition and before lower-case words or a stop: 'Ann Lee
    Tweeted on Friday' (a capitalised verb), unlike a title-case headline ('Lee Tweeted Her Thanks').

    >>> t = '"Yes," Ann Lee Tweeted on Friday.'; _capitalised_past(t, 15, 22)
    True
    >>> t = 'Ann Lee Tweeted Her Thanks'; _capitalised_past(t, 8, 15)
    False
    """
    return text[s:e].endswith("ed") and bool(re.search(r"(?:[A-Z][\w.’'\-]*|,)\s+$", text[max(0, s - 30):s])) and \
        bool(re.match(r"\s*(?:[.,:;]|[a-z])", text[e:e + 3]))


#: 'was prompted to say', 'prompted the agency to state', 'rose to declare', 'began to chant': the infinitive is the report
_LED_TO = re.compile(r"\b(?:prompted|prompting|moved|rose|stood\s+up|paused|stopped|turned|took\s+the\s+(?:stage|floor|podium)|"
                     r"was\s+quick|were\s+quick|decided|leading|forcing|forced|causing|spurring|spurred|compelling|compelled|"
                     r"began|begun|begins|started|starts)"
                     r"(?:\s+[^\s;:“”\"]+){0,14}?\s+to\s*$", re.I)


def _infinitive_subject(text: str, s: int, cs: int) -> Mention | None:
    """The speaker of 'prompted X to say' (X) or 'X was prompted to say' (X): a cue after a verb that leads to it.

    >>> t = "The vote prompted the agency to state"; _infinitive_subject(t, 0, t.index("state")).name
    'the agency'
    >>> t = "Ann Lee was prompted to say"; _infinitive_subject(t, 0, t.index("say")).name
    'Ann Lee'
    >>> t = "It prompted the Ames Gazette, which covers the port, to state"; _infinitive_subject(t, 0, t.index("state")).name
    'Ames Gazette'
    >>> t = "The post spread fast, leading harbour advisers like Bo Hale to counter"
    >>> _infinitive_subject(t, 0, t.index("counter")).name
    'Bo Hale'
    """
    m = _LED_TO.search(text, max(s, cs - 120), cs)
    if m is None:
        return None
    verb_end = m.start() + len(re.match(r"\S+(?:\s+(?:up|on|quick|the\s+(?:stage|floor|podium)))?", m.group()).group())
    slot = text[verb_end:cs].strip()
    to = text.rfind(" to", verb_end, cs)
    if re.fullmatch(r"to", slot) or to <= verb_end:
        return subject_before(text, s, m.start()) or _loose_subject(text, s, m.start())
    aside = re.search(r",\s+(?:which|who)\b", text[verb_end:to])   # 'prompted X, which studies Y, to state'
    end = verb_end + aside.start() if aside else to
    like = re.search(r"\s(?:like|such\s+as|including)\s", text[verb_end:end])   # 'leading aides like X to say'
    return loose_np(text, verb_end, end) or (loose_np(text, verb_end + like.end(), end) if like else None)


def _speaker_left(text: str, s: int, e: int) -> bool:
    """Whether an ambiguous cue ('claims') is a verb: after a speaker's head word, before a quote, colon or 'that'.

    >>> t = 'The senator claims "we won."'; _speaker_left(t, 12, 18), _speaker_left('his claims "x"', 4, 10)
    (True, False)
    """
    if not re.match(r"\s*(?:[“\"‘:]|that\b)", text[e:e + 6]):
        return False
    m = re.search(r"([\w\-]+)\s+$", text[max(0, s - 40):s])
    if m is None or m.group(1).lower() in lexicon.DETERMINERS or re.search(r"[’']s\s*$", text[max(0, s - 4):s]):
        return False
    w = m.group(1)
    return w.lower() in lexicon.role_nouns() or w[:1].isupper() and w.lower() not in lexicon.NON_NAME_WORDS


def cues_in(text: str, a: int, b: int) -> list[tuple[int, int, str]]:
    """Validated cues in text[a:b] as (start, end, lower-case form).

    >>> cues_in("Trump said the claims were false", 0, 32)
    [(6, 10, 'said')]
    """
    return [(s, e, form) for s, e, form in lexicon.find_cues(text, a, b) if cue_ok(text, s, e)]


def _cue_kind(form: str) -> str:
    """The kind of a cue form ('speech', 'writing', 'request', 'evaluative', 'cognition').

    >>> _cue_kind("tweeted"), _cue_kind("urged")
    ('writing', 'request')
    """
    c = lexicon.cue_forms().get(form)
    return c.kind if c else "speech"


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
    return best


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
    men = subject_before(text, a, cs)
    if men is not None and men.kind == "person" and _titled_parts(text, a, men.start):
        return Attribution(form, cs, ce, replace(men, role=text[a:men.start].strip(" ,")), "after")
    if men is None or not _only_np_before(text, a, men.start):
        doc = _document_subject(text, a, cs)
        men = doc if doc is not None and _only_np_before(text, a, doc.start) else _loose_slot(text, a, cs, form, inverted=False)
    men = men if men is not None else _bare_surname(text, a, cs, form)
    return Attribution(form, cs, ce, men, "after") if men is not None else None


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
    return bool(parts[0]) and _role_part(parts[0]) and all(
        _role_part(p) or re.fullmatch(r"[A-Z][\w’'\-]*(?:\s+[A-Z][\w’'\-]*){0,2}", p) for p in parts[1:])


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
    return bool(re.match(r"\s+(?:in|on|at|during|to|after|before|from|via|with)\s", tail)) and len(tail.split()) <= 14 \
        and not re.search(r"[,;:“”\"]|\b(?:that|and|but|because|which)\b", tail) and not cues_in(text, ce, end)


def _last_finite(text: str, cues: list[tuple[int, int, str]]) -> tuple[int, int, str]:
    """The last cue of a sentence's tail, or the finite cue before a participle set off by a comma (', X said on
    Tuesday, noting Y ...': X said; ', X said, adding that Y vowed ...': X said).

    >>> t = ", Ann Lee said on Tuesday, noting the mayor"; _last_finite(t, cues_in(t, 0, len(t)))[2]
    'said'
    >>> t = ", Ann Lee said, adding that the rebels have vowed to fight on"; _last_finite(t, cues_in(t, 0, len(t)))[2]
    'said'
    """
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


#: a determiner opening the clause after an 'according to' source written without its comma
_NEXT_SUBJECT = re.compile(r"\s+(?=(?:the|a|an|this|that|these|its|his|her|their)\s)")


def _source_before_clause(text: str, ce: int, o: int) -> Mention | None:
    """'According to Ann Lee the board "..."': with no comma, the source runs up to the determiner that opens the
    reported clause's subject.

    >>> t = 'According to Ann Lee the board "failed".'; _source_before_clause(t, 12, t.index('"')).name
    'Ann Lee'
    >>> t = 'According to the court the board "failed".'; _source_before_clause(t, 12, t.index('"')).name
    'the court'
    """
    first = re.match(r"\s*\S+", text[ce:o])
    cut = _NEXT_SUBJECT.search(text, ce + first.end(), o) if first is not None else None
    return according_to_source(text, ce, cut.start()) if cut is not None else None


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


_QUOTED_AS = re.compile(r"\s+(?:was|were|is|are|has\s+been|had\s+been|being)\s+(?:widely\s+|later\s+)?(?:quoted|cited)\b"
                        r"(?:\s+by\s+[^,;“”\"]+?)?(?:\s+as\s+(?:saying|telling|writing|calling|describing))?")
_BY = re.compile(r"\b(?:described|called|branded|labell?ed|termed|dubbed|characteri[sz]ed|quoted|cited|criticized|claimed|"
                 r"criticised|condemned|denounced|slammed|blasted|praised|hailed|dismissed|mocked|asked|questioned|pressed|"
                 r"told|warned|urged)\s+by\s+")
_LABEL = re.compile(r"\s*(?:[^:;“”\"]{0,160}\s[-–—]\s+)?([^:;“”\"]{2,80}?)\s*(?:,\s*(?:[A-Z][\w.]*|on\s+\w+))?\s*:\s*$")


#: a source label opening the sentence: 'From the report: ', 'From Lee's Facebook post: '
_FROM_LABEL = re.compile(r"\s*From\s+([^:;“”\"]{2,60}?)\s*:\s*")
#: a long slot between a quote and its cue holding two coordinated names: 'experts Ann Lee and Bo Hale of the ...'
_COORDINATED_SLOT = re.compile(r"[\s,]*((?:[a-z][\w\-]*\s+){0,3}[A-Z][\w.’'\-]*(?:\s+[A-Z][\w.’'\-]*){1,3})\s+and\s+[A-Z]"
                               r"[^,;:“”\"]{2,160}$")
#: the first of two coordinated names before a second one: 'Ann Lee and '
_COORDINATED = re.compile(r"([A-Z][\w.’'\-]*(?:\s+[A-Z][\w.’'\-]*){1,3})\s+(?:and|&)\s+")


#: a name before a vertical bar and the quote: 'Ann Lee | '
_PIPE_LABEL = re.compile(r"\s*([^|:;“”\"\n]{2,60}?)\s*\|\s*")
#: a colon after a headline quote and the name ending the line: '"...": Ann Lee'
_COLON_NAME = re.compile(r"\s*:\s+([^:;,.!?“”\"‘’\n]{2,60}?)\s*$")
#: a headline's subject and its present-tense speech verb after the colon: '“...”: Ann Lee defends her record'
_COLON_SUBJECT = re.compile(r"\s*:\s+((?:[\w’'.-]+\s+){1,6}?)(defends|says|warns|vows|insists|claims|calls|urges|slams|denies|"
                            r"admits|tells|declares|pledges|threatens|accuses|blasts|hails|praises|rejects)\b")
#: the same after the rest of a headline line: '‘several hurt’ at the base: Pentagon'
_TAIL_COLON_NAME = re.compile(r"[^:;.!?“”\"‘’\n]{1,80}:\s+([^:;,.!?“”\"‘’\n]{2,60}?)\s*$")


def colon_name_after(text: str, close_end: int, pe: int) -> Attribution | None:
    """A headline quote followed by a colon and the name that ends its line: '‘We will win’: Ann Lee'.

    >>> t = '‘We will win the seat’: Omar Khan'; colon_name_after(t, t.index(":"), len(t)).mention.name
    'Omar Khan'
    >>> t = '‘We will win’: the list'; colon_name_after(t, t.index(":"), len(t)) is None
    True
    >>> t = 'Blast hurts ‘several workers’ at the dock: Coastguard'; colon_name_after(t, t.index(" at"), len(t)).mention.name
    'Coastguard'
    >>> t = '“We will win”: Party leader Omar Khan defends his record'; colon_name_after(t, t.index(":"), len(t)).mention.name
    'Omar Khan'
    """
    v = _COLON_SUBJECT.match(text, close_end, pe)
    if v is not None:   # '“...”: Iran's leader Ali Khamenei defends ...': the headline's subject speaks
        men = np_at_end(text, v.start(1), v.end(1))
        if men is not None and men.kind in {"person", "role", "body"} and not text[men.end:v.end(1)].strip():
            return Attribution(v.group(2), v.start(2), v.end(2), men, "after")
    m = _COLON_NAME.match(text, close_end, pe) or _TAIL_COLON_NAME.match(text, close_end, pe)
    men = np_at_end(text, m.start(1), m.end(1)) if m is not None else None
    known = men is not None and men.kind == "place" and men.name.lower() in lexicon.organisations()   # 'Pentagon'
    if men is None or men.start != m.start(1) or men.kind not in {"person", "role", "body"} and not known:
        return None
    return Attribution("colon", m.start(1) - 1, m.start(1), men, "after")


#: a label naming the topic of the answer after it: 'On Ann Lee: ', 'About the referee: '
_TOPIC_LABEL = re.compile(r"(?:On|About|Regarding)\s")


def _label_attribution(text: str, s: int, o: int) -> Attribution | None:
    """A colon label before the quote: 'Meghan McCain, Twitter: "..."', 'Iraq PM: "..."'.

    >>> t = 'Ann Lee, Twitter: "No."'; _label_attribution(t, 0, 18).mention.name
    'Ann Lee'
    >>> t = 'POLLS WERE EARLY - Ann Lee: "No."'; _label_attribution(t, 0, 28).mention.name
    'Ann Lee'
    >>> t = 'EARLY, NOT WRONG - Ann Lee and Bo Hale: "No."'; _label_attribution(t, 0, t.index('"')).mention.name
    'Ann Lee'
    >>> t = 'From the report: "Most samples erred."'; _label_attribution(t, 0, t.index('"')).mention.name
    'the report'
    >>> t = 'On Ann Lee: "She was fine."'; _label_attribution(t, 0, t.index('"')) is None
    True
    >>> t = "Ann Lee | 'I never plan a plot'"; _label_attribution(t, 0, t.index("'")).mention.name
    'Ann Lee'
    """
    src = _FROM_LABEL.fullmatch(text, s, o)   # 'From the report: "..."', 'From Bush's Facebook post: "..."'
    men = np_at_end(text, src.start(1), src.end(1)) if src is not None else None
    if men is not None and men.start == src.start(1) and men.kind in {"document", "person", "body", "role"}:
        return Attribution("colon", src.end(1), src.end(1) + 1, men, "colon")
    pipe = _PIPE_LABEL.fullmatch(text, s, o)   # 'Ann Lee | "..."': a tag page's interview headline
    men = np_at_end(text, pipe.start(1), pipe.end(1)) if pipe is not None else None
    if men is not None and men.start == pipe.start(1) and men.kind in {"person", "role", "body"}:
        return Attribution("label", pipe.end(1), pipe.end(1), men, "colon")
    m = _LABEL.fullmatch(text, s, o)
    if not m or lexicon.find_cues(text, m.start(1), m.end(1)) or _TOPIC_LABEL.match(text, m.start(1)):
        return None   # 'On the new signing: "..."' names a topic, not a speaker
    men = np_at_end(text, m.start(1), m.end(1))
    pair = _COORDINATED.fullmatch(text, m.start(1), men.start) if men is not None and men.kind == "person" else None
    if pair is not None:   # 'HEADLINE - Ann Lee and Bo Hale: "..."': the first of two named authors
        men = np_at_end(text, m.start(1), m.start(1) + len(pair.group(1)))
    if men is None or men.kind not in {"person", "body", "role", "place"} or men.start != m.start(1):
        return None
    colon = text.rfind(":", s, o)
    return Attribution("colon", colon, colon + 1, men, "colon")


#: a transcript's speaker label opening the quoted words: 'LEE: Well, ...', 'SEN. ANN LEE: ...'
_INNER_LABEL = re.compile(r"\s*((?:[A-Z][A-Z.’'\-]*\s+){0,3}[A-Z][A-Z’'\-]+)\s*:\s+(?=\S)")
#: capitalised labels that head a paragraph without naming a speaker
_NOT_SPEAKER_LABELS = {"UPDATE", "BREAKING", "NOTE", "EDITOR'S NOTE", "EDITOR’S NOTE", "WATCH", "READ", "VIDEO", "PHOTOS",
                       "CORRECTION", "CLARIFICATION", "WARNING", "ALERT", "LIVE", "EXCLUSIVE", "ANALYSIS", "OPINION"}


def inner_label(text: str, a: int, b: int) -> Attribution | None:
    """A transcript line quoted whole, its speaker label inside the marks: '"LEE: Well, we won."' (Lee speaks).

    >>> t = '"LEE: Well, look, we won."'; inner_label(t, 1, len(t) - 1).mention.name
    'LEE'
    >>> t = '"UPDATE: The road is open."'; inner_label(t, 1, len(t) - 1) is None
    True
    """
    m = _INNER_LABEL.match(text, a, b)
    if m is None or len(m.group(1)) < 3 or m.group(1) in _NOT_SPEAKER_LABELS:
        return None
    men = Mention(m.start(1), m.end(1), "person", m.start(1), m.end(1), m.group(1))
    return Attribution("label", m.end(1), m.end(1) + 1, men, "label")


#: a sentence after a quote naming whose words they were: 'That was the message from X', 'So said X'
_MESSAGE_FROM = re.compile(r"\s*(?:(?:That|This|Such|These)\s+(?:was|is|were|are|has\s+been|had\s+been)\s+"
                           r"(?:the\s+)?(?:[a-z\-]+\s+){0,2}(?:message|verdict|view|warning|assessment|words?|reaction|"
                           r"response|plea|promise|advice|prediction|take|stark\s+warning)\s+(?:from|of)|So\s+(?:said|says))\s+")


def message_from(text: str, pos: int, hi: int) -> Attribution | None:
    """'"...." That was the message from X.': the sentence at ``pos`` names the speaker of the quote before it.

    >>> t = '"We will win." That was the message from coach Ann Lee on Sunday.'
    >>> message_from(t, t.index("That"), len(t)).mention.name
    'Ann Lee'
    >>> t = '"We will win." That was the last game of the season.'; message_from(t, t.index("That"), len(t)) is None
    True
    """
    m = _MESSAGE_FROM.match(text, pos, hi)
    men = object_after(text, m.end(), hi) if m is not None else None
    if men is None or men.kind not in {"person", "role", "body"}:
        return None
    cue = m.group().split()[-1] if m.group().strip().startswith("So") else "message"   # 'So said X': 'said'
    return Attribution(cue, m.start(), m.end(), men, "next sentence")


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


#: longest headline and longest quote-plus-outlet tail of a digest item read (keeps the check linear)
DIGEST_CHARS = 3000
#: a digest item: a capitalised headline of three or more words, its quote, and the outlet in brackets at the end
_DIGEST_HEAD = re.compile(r"\s*([A-Z0-9][A-Z0-9’'‘,:$%&.\-]*(?:\s+[A-Z0-9’'‘$%&\-][A-Z0-9’'‘,:$%&.\-]*){2,24})\s*")
_DIGEST_TAIL = re.compile(r"[^\[\]]*\[[^\[\]\n]{1,40}\]\.?\s*")


def digest_headline(text: str, s: int, o: int, close: int, pe: int) -> Attribution | None:
    """A digest item 'HEADLINE "..." [Outlet.]': the capitalised headline introduces the quote it heads.

    >>> t = 'LATE SHIFT IN IOWA "Voters moved late." [Post.]'; digest_headline(t, 0, 19, 39, len(t)).mention.name
    'LATE SHIFT IN IOWA'
    >>> t = 'LATE SHIFT IN IOWA "Voters moved late."'; digest_headline(t, 0, 19, 39, len(t)) is None
    True
    """
    m = _DIGEST_HEAD.fullmatch(text, s, o) if o - s <= DIGEST_CHARS else None
    if m is None or pe - close > DIGEST_CHARS or not _DIGEST_TAIL.fullmatch(text, close, pe):
        return None
    a, b = m.span(1)
    return Attribution("headline", a, a, Mention(a, b, "document", a, b, text[a:b]), "before")


#: a poll named in the sentence: 'In a CNN/ORC poll released Monday,', ', according to a Quinnipiac poll'
_POLL = re.compile(r"(?:\b[Ii]n|\baccording\s+to|^\s*The)\s+((?:a|an|the|its|this|that)\s+[^.;:,“”\"]{0,70}?\b(?:poll|survey)\b"
                   r"(?:\s+(?:released|conducted|published|taken)(?:\s+[\w\-]+){1,3})?|poll|survey)")
#: a mention standing for a share or a group of respondents: '8 percent of Democrats', 'the vast majority of voters'
_RESPONDENTS = re.compile(r"\b(?:percent|per\s+cent|%|majority|minority|plurality|half|third|quarter|most|share)\b|"
                          r"\b(?:in|of)\s+(?:10|ten|five|\d+)\b|^(?:voters|Americans|Democrats|Republicans|respondents|"
                          r"independents|adults|they)\b|\b(?:voters|Americans|Democrats|Republicans|respondents)$", re.I)


def poll_source(text: str, s: int, e: int, men: Mention) -> Mention | None:
    """'In a CNN poll released Monday, 8 percent of Democrats said "..."': a share of respondents speaking in a
    sentence that names its poll gives the poll as the source (the respondents answer the poll's question).

    >>> t = 'In a CNN poll released Monday, 8 percent of Democrats said they were "very worried."'
    >>> poll_source(t, 0, len(t), Mention(31, 52, "role", 31, 52, "8 percent of Democrats")).name
    'a CNN poll released Monday'
    >>> t = 'Some 8 percent of Democrats said they were "very worried."'
    >>> poll_source(t, 0, len(t), Mention(5, 27, "role", 5, 27, "8 percent of Democrats")) is None
    True
    """
    seg = text[s:e]
    if ("poll" not in seg and "survey" not in seg) or \
            (not _RESPONDENTS.search(text[men.start:men.end]) and not (men.kind == "pronoun" and men.name == "they")):
        return None
    m = _POLL.search(text, s, e)
    if m is None:
        return None
    a, b = m.span(1)
    if m.group(1) in {"poll", "survey"}:   # 'The poll has bad news for Lee: 25 percent of voters say ...'
        a = m.start()
    return Mention(a, b, "document", a, b, text[a:b])


#: the inverted form, with an optional apposition: ', says Ann Lee, a historian at X, '
_PARENTHETICAL_INVERTED = re.compile(r",\s+(said|says|added|adds|wrote|writes|noted|notes|argued|argues|explained|explains)\s+"
                                     r"([A-Z][\w.’'\-]+(?:\s+[A-Z][\w.’'\-]+){0,3}|"
                                     r"(?:an?|the|one|two)(?:\s+[\w’'\-]+){1,7}?)(?:,\s[^,;:“”\"]{2,100})?,\s")
_PARENTHETICAL = re.compile(r",\s+(he|she|they|I|we|[A-Z][\w.’'\-]+(?:\s+[A-Z][\w.’'\-]+){0,2}|"
                            r"(?:[Aa]n?|[Tt]he|[Oo]ne|[Tt]wo|[Ss]ome|[Ss]everal)(?:\s+[\w’'\-]+){1,4})\s+"
                            r"(said|says|added|adds|wrote|writes|noted|argued|explained|contended)(?:\s[^,;:“”\"]{0,50})?,\s")


def last_match(rx: re.Pattern, text: str, start: int, end: int) -> re.Match | None:
    """The last match of ``rx`` in ``text[start:end]`` (None when none).

    >>> last_match(re.compile(r"a"), "banana", 0, 6).start()
    5
    """
    m = None
    for m in rx.finditer(text, start, end):
        pass
    return m


def _parenthetical(text: str, s: int, o: int) -> Attribution | None:
    """An attribution set off by commas inside the sentence that holds the quote: 'South Carolina, he said, was "..."'.

    >>> t = 'The documents indicate, he said in an interview, that "they worked hand in hand."'
    >>> _parenthetical(t, 0, t.index('"')).mention.name
    'he'
    >>> t = 'The mayor, an aide said, "is sure" now.'; _parenthetical(t, 0, t.index('"')).mention.name
    'an aide'
    >>> t = 'The paradox, says Ann Lee, a historian at X, is that she was "one of a kind."'
    >>> _parenthetical(t, 0, t.index('"')).mention.name
    'Ann Lee'
    >>> t = 'The strike, said a senior official also on the call, was aimed at "degrading them."'
    >>> _parenthetical(t, 0, t.index('"')).mention.name
    'a senior official'
    """
    m = last_match(_PARENTHETICAL, text, s, o)
    if m is None:
        inv = last_match(_PARENTHETICAL_INVERTED, text, s, o)   # 'The paradox, says Ann Lee, a historian, is that "..."'
        men = object_after(text, inv.end(1), o) if inv is not None else None
        ok = men is not None and men.start == inv.start(2) and men.kind in {"person", "role"}
        return Attribution(inv.group(1), inv.start(1), inv.end(1), men, "before") if ok else None
    men = np_at_end(text, m.start(1), m.end(1), subject=False)
    if men is None or men.start != m.start(1) or men.kind not in {"person", "pronoun", "role", "body"}:
        return None
    return Attribution(m.group(2), m.start(2), m.end(2), men, "before")


def _passive_attribution(text: str, s: int, o: int) -> Attribution | None:
    """'X was quoted as saying' (X speaks) and 'described by X as' (X speaks).

    >>> t = 'The plan was described by the mayor as "dead".'; _passive_attribution(t, 0, t.index('"')).mention.name
    'the mayor'
    >>> t = 'Lee was asked by host Ann Ray, "Why now?"'; _passive_attribution(t, 0, t.index('"')).mention.name
    'Ann Ray'
    >>> t = 'When asked by host Ann Ray about it, Lee said: "No."'; _passive_attribution(t, 0, t.index('"')) is None
    True
    """
    q = last_match(_QUOTED_AS, text, s, o)
    if q is not None:
        men = subject_before(text, s, q.start())
        if men is not None:
            return Attribution("quoted", q.start() + 1, q.end(), men, "before")
    b = last_match(_BY, text, s, o)
    if b is not None:
        men = object_after(text, b.end(), o)
        if men is not None and not any(_cue_kind(f) == "speech" for _a, _b, f in cues_in(text, men.end, o)):
            return Attribution(b.group().split()[0].lower(), b.start(), b.start() + len(b.group().split()[0]), men, "passive")
    return None


#: a passive cue right before an opening mark: 'was branded a', 'were described as', 'has been called', ', called'
_PASSIVE_BEFORE = re.compile(r"(?:\b(?:is|are|was|were|been|being|be)|[,—–]|\s--)\s+(?:(?:[a-z]+ly|often|also)\s+)?"
                             r"((?:described|called|branded|labell?ed|"
                             r"termed|characteri[sz]ed|criticized|criticised|condemned|denounced|slammed|blasted|praised|"
                             r"hailed|dismissed|mocked|reported|claimed|welcomed|rejected))\s+(?:as\s+(?:being\s+)?)?"
                             r"(?:(?:a|an|the)\s+)?$")
#: the agent after the closing mark: 'by angry residents'
_BY_AFTER = re.compile(r"[\s,.]{0,2}\s*by\s+")


def passive_agent_after(text: str, s: int, o: int, close_end: int, hi: int) -> Attribution | None:
    """'X was branded a "..." by Y': a passive cue before the quote and its agent after it; the agent speaks.

    >>> t = 'The board was branded a "total disgrace" by angry parents at the meeting.'
    >>> passive_agent_after(t, 0, t.index('"'), t.index('" by') + 1, len(t)).mention.name
    'angry parents'
    >>> t = 'The board called it a "total disgrace" by any measure.'
    >>> passive_agent_after(t, 0, t.index('"'), t.index('" by') + 1, len(t)) is None
    True
    >>> t = 'The raid was reported as being "a complete success" by the group.'
    >>> passive_agent_after(t, 0, t.index('"'), t.index('" by') + 1, len(t)).mention.name
    'the group'
    >>> t = 'The raids, often called "a reprisal" by the council, went on.'   # a participle after a comma: no auxiliary
    >>> passive_agent_after(t, 0, t.index('"'), t.index('" by') + 1, len(t)).mention.name
    'the council'
    """
    cue = _PASSIVE_BEFORE.search(text, max(s, o - 60), o)
    by = _BY_AFTER.match(text, close_end, hi) if cue is not None else None
    men = object_after(text, by.end(), hi) if by is not None else None
    if men is None or men.kind not in {"person", "role", "body", "place"}:   # 'by the Pentagon' reads as a place
        return None
    return Attribution(cue.group(1), cue.start(1), cue.end(1), men, "passive")


_FOR_LEAD = re.compile(r"\s*(?:(?:But|And|Yet)\s+)?For\s+")


def _for_viewpoint(text: str, s: int, o: int, para_lo: int = -1) -> Attribution | None:
    """'For the mayor, Ann Lee, "the bridge is a matter of pride."': a sentence opened by 'For' and a speaker, with no
    cue before the quote and no quote earlier in its paragraph (whose speaker may go on), gives that speaker's view.

    >>> t = 'For the mayor, the bridge is "a matter of pride."'; _for_viewpoint(t, 0, t.index('"')).mention.name
    'the mayor'
    >>> t = 'For years, the bridge was "a matter of pride."'; _for_viewpoint(t, 0, t.index('"')) is None
    True
    >>> t = '"We won," Lee said. For the rest, "we lost."'; _for_viewpoint(t, 20, t.rindex('"w'), 0) is None
    True
    >>> t = 'For the mayor, the plan is a "bargain" now.'; _for_viewpoint(t, 0, t.index('"')) is None
    True
    """
    if _quoted_word_count(text, o) <= 3:
        return None   # 'For critics, the "reform" ...': a few quoted words inside the writer's own sentence are no view
    lead = _FOR_LEAD.match(text, s, o)
    comma = text.find(",", lead.end(), o) if lead is not None else -1
    if comma < 0 or re.search(r"[“”\"]|''", text[max(0, para_lo):s]) or \
            not re.search(r"(?:^|[.!?…][”\"’']?|\n)\s*$", text[max(0, s - 3):s]):
        return None
    men = object_after(text, lead.end(), o)
    if men is None or men.kind not in {"person", "role", "body"} or re.search(r"[;:“”\"]", text[men.end:o]):
        return None   # the quote must be the sentence's first after the lead
    return Attribution("for", lead.start(), lead.end(), replace(men, role=""), "before")


def _quoted_word_count(text: str, o: int) -> int:
    """How many words the quotation opened at text[o] holds (up to its closing mark, or 300 characters).

    >>> _quoted_word_count('a "big" day', 2), _quoted_word_count("it was ''a fine day for us'' then", 7)
    (1, 5)
    """
    close = "''" if text.startswith("''", o) else {"“": "”", "‘": "’"}.get(text[o], text[o])
    end = text.find(close, o + len(close), o + 300)
    return len(text[o + len(close): end if end > 0 else o + 300].split())


_WORDS_OF = re.compile(r"\b[Ii]n\s+(?:the\s+)?words\s+of\s+")


def _words_of(text: str, s: int, o: int) -> Attribution | None:
    """'The mayor was, in the words of one aide, "the best choice"': the phrase after 'in the words of' speaks.

    >>> t = 'It was, in the words of one aide, "the best choice" for us.'; _words_of(t, 0, t.index('"')).mention.name
    'one aide'
    """
    w = last_match(_WORDS_OF, text, s, o)
    if w is None:
        return None
    men = object_after(text, w.end(), o)
    if men is None or men.kind not in {"person", "role", "body", "document"}:
        return None
    return Attribution("words of", w.start(), w.end(), men, "before")


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


def _shared_subject(text: str, s: int, cs: int, para_lo: int) -> Mention | None:
    """'X mocked Y and called Z "..."': a cue after 'and'/'but' takes the subject that opens the sentence.

    >>> t = 'The senator mocked the bill and called it "a joke".'; _shared_subject(t, 0, t.index("called"), 0).name
    'The senator'
    >>> t = 'Lee used to back it, but now says it is "a waste".'; _shared_subject(t, 0, t.index("says"), 0).name
    'Lee'
    >>> t = 'said an aide who ran the inquiry and described it as "a mess".'; _shared_subject(t, 0, t.index("desc"), 0).name
    'who'
    >>> t = 'Asked about Ann Lee, she laughed and said, "Never."'; _shared_subject(t, 0, t.index("said"), 0).name
    'she'
    """
    if not re.search(r"\b(?:and|but|or|then)\s+(?:[a-z]+ly\s+|also\s+|later\s+|then\s+|now\s+|still\s+|again\s+|"
                     r"even\s+|never\s+|soon\s+)?$", text[max(s, cs - 30):cs]):
        return None
    pron = _PRONOUN_VERB_AND.search(text, max(s, cs - 60), cs)   # 'When asked, she smiled and said': she
    if pron is not None:
        return Mention(pron.start(1), pron.end(1), "pronoun", pron.start(1), pron.end(1), pron.group(1).lower())
    who = _WHO_THEN_AND.search(text, max(s, cs - 160), cs)   # 'an official who oversaw it and described it as'
    if who is not None:
        return Mention(who.start(), who.start() + 3, "pronoun", who.start(), who.start() + 3, "who")
    return np_at_start(text, sentence_start(text, cs, para_lo), cs)


#: a subject pronoun and one verb coordinated with the cue: 'she smiled and said', 'he paused, then added'
_PRONOUN_VERB_AND = re.compile(r"(?:^|(?<=[\s,;(]))(he|she|they|we|He|She|They|We)\s+(?:[a-z]+ly\s+)?[a-z]{3,}(?:ed|s)\b,?\s+"
                               r"(?:and|but|then)\s+(?:[a-z]+ly\s+|also\s+|later\s+|then\s+)?$")
#: a relative 'who' clause whose verb is coordinated with the cue: 'who oversaw the inquiries and described'
_WHO_THEN_AND = re.compile(r"\bwho\s+[a-z]+\s+[^,;:“”\"]{1,140}?\s(?:and|but)\s+(?:[a-z]+ly\s+|also\s+|later\s+)?$")


def _coordinated_report(text: str, s: int, cs: int, para_lo: int) -> Mention | None:
    """'Lee said it was too early but added, "..."': a second cue joined by 'and'/'but' to an earlier report of the
    sentence's subject takes that subject, not a noun phrase of the first report's clause.

    >>> t = 'Ann Lee said it was too early but added, "We tried."'; _coordinated_report(t, 0, t.index("added"), 0).name
    'Ann Lee'
    >>> t = 'Ann Lee waited and added, "We tried."'; _coordinated_report(t, 0, t.index("added"), 0) is None
    True
    """
    men = _shared_subject(text, s, cs, s if para_lo < 0 else para_lo)
    if men is None or men.kind not in {"person", "role", "body"}:
        return None
    earlier = [c0 for c0, _c1, f in cues_in(text, men.end, cs) if _cue_kind(f) == "speech" and c0 < cs - 1]
    return men if earlier and re.fullmatch(r"\s*(?:,[^,;:“”\"]{1,60},)?\s*", text[men.end:earlier[0]]) else None


def _main_subject(text: str, s: int, cs: int) -> Mention | None:
    """The subject of the main clause of text[s:cs]: the first comma part (after intro phrases, datelines and
    places) that opens with a speaker noun phrase followed by a verb.

    >>> t = "At a rally in Ames, Iowa, on Sunday, Ann Lee went after Bush, calling"; _main_subject(t, 0, len(t)).name
    'Ann Lee'
    >>> t = "Sen. Ann Lee (D-Vt.) went on TV to discuss her rival, Bo Hale, saying"; _main_subject(t, 0, len(t)).name
    'Ann Lee'
    """
    prev = ""
    parts = _parts(text, s, cs)[:8]
    for i, (x, y) in enumerate(parts):
        men = None if _opens_before_subject(text, x, y) or _is_adverbial(text[x:y]) else _np_opening(text, x, y)
        rest = _after_subject(text, men.end, y, parts[i + 1:i + 3]).split() if men is not None else []
        if men is not None and men.kind == "place" and _state_acting(men, rest):
            return replace(men, kind="body")   # 'The U.S. launched an airstrike ..., citing': the state acts
        if men is None or men.kind == "place" or (not rest and re.search(r"\b[A-Z][\w.]*$", prev)):
            prev = text[x:y].strip()   # 'in Ames, Iowa, on Sunday': the state after a town is a place
            continue
        return men if rest and rest[0][:1].islower() and rest[0].lower() not in lexicon.PREPOSITIONS else None
    return None


def _state_acting(men: Mention, rest: list[str]) -> bool:
    """Whether a place opening a clause is a state or its capital acting: a country's name and a verb after it.

    >>> _state_acting(Mention(0, 8, "place", 0, 8, "U.S."), ["launched", "an"]), _state_acting(
    ...     Mention(0, 4, "place", 0, 4, "Ames"), ["launched"])
    (True, False)
    """
    return bool(rest) and rest[0][:1].islower() and rest[0].lower() not in lexicon.PREPOSITIONS and \
        re.sub(r"^the\s+", "", men.name.lower()) in lexicon.countries() and re.fullmatch(r"[a-z]+", rest[0]) is not None


#: a time word between a subject and its verb: 'The board on Tuesday rejected', 'Lee last week called'
_SUBJECT_TIME = re.compile(r"^\s*(?:(?:on|last|this|early|late|earlier|later)\s+)?(?:Monday|Tuesday|Wednesday|Thursday|"
                           r"Friday|Saturday|Sunday|week|month|year|night|morning|afternoon|evening)\b|"
                           r"^\s*(?:yesterday|today|tonight|also|again|then)\b")


#: a comma part that is one prepositional phrase: ' in a statement', ' at a news conference on Monday'
_PREP_PART = re.compile(r"\s*(?:in|on|at|during|after|before|over|via|through)\s+[\w\s’'\-.]{1,50}")


def _after_subject(text: str, end: int, y: int, nxt: list[tuple[int, int]]) -> str:
    """The words after a subject that ends at ``end`` in its comma part ending at ``y``, past a party label ('(D-Vt.)'),
    a time word ('on Tuesday') or a comma-closed adverbial part ('The board, in a statement, rejected').

    >>> t = "The board, in a statement, rejected"; _after_subject(t, 9, 9, [(10, 25), (26, len(t))])
    ' rejected'
    >>> t = "The board on Tuesday rejected"; _after_subject(t, 9, len(t), [])
    ' rejected'
    """
    tail = text[end:y]
    after = text[nxt[1][0]:nxt[1][1]] if len(nxt) == 2 else ""
    if not tail.strip() and after.strip()[:1].islower() and (_is_adverbial(text[nxt[0][0]:nxt[0][1]])
                                                            or _PREP_PART.fullmatch(text, *nxt[0])):
        tail = after
    return _SUBJECT_TIME.sub("", re.sub(r"^\s*\([^()]{0,30}\)", "", tail))


def _finite_cue_before(text: str, s: int, cs: int) -> Attribution | None:
    """The last non-participle cue with a subject in text[s:cs] (the main clause of a participle cue).

    >>> t = 'That is up to them, Lee added, saying'; _finite_cue_before(t, 0, 31).mention.name
    'Lee'
    """
    for c0, c1, form in reversed(cues_in(text, s, cs)[-3:]):
        if not _PARTICIPLE.search(form):
            men = subject_before(text, s, c0)
            men = None if men is not None and men.name == "who" else men   # 'X, who said last week ..., saying'
            if men is None and not re.search(r"\bto\s+$", text[max(s, c0 - 4):c0]):   # 'added Lee, saying'
                inv = object_after(text, c1, cs)
                men = inv if inv is not None and re.fullmatch(r"[\s,]*", text[inv.end:cs]) and \
                    re.fullmatch(r"\s*", text[c1:inv.start]) else None
            if men is not None:
                return Attribution(form, c0, c1, men, "before")
    return None


def _finite_cue_here_or_before(text: str, s: int, cs: int, para_lo: int) -> Attribution | None:
    """``_finite_cue_before`` in text[s:cs], or in the sentence before when a participle cue opens the sentence.

    >>> t = 'Ann Lee stated it. Adding, "No."'; _finite_cue_here_or_before(t, 19, 19, 0).mention.name
    'Ann Lee'
    """
    earlier = _finite_cue_before(text, s, cs)
    if earlier is None and not text[s:cs].strip() and s > max(para_lo, 0):   # 'X stated Y. Adding, "..."'
        earlier = _finite_cue_before(text, sentence_start(text, s - 1, max(para_lo, 0)), s)
    return earlier


#: a relative clause set off by commas right before a participle cue: ', who represents the ward, '
_WHO_ASIDE_END = re.compile(r",\s+who\s+[^,;:.!?“”\"]{2,120},\s*$")


def attribution_before(text: str, s: int, o: int, para_lo: int = -1) -> Attribution | None:
    """Attribution in the sentence before an opening mark at ``o`` (``s`` is the sentence start).

    >>> t = 'Trump pledged to "cancel" the accord.'; at = attribution_before(t, 0, 17); at.cue, at.mention.name
    ('pledged', 'Trump')
    >>> t = 'Meghan McCain, Twitter: "This is wrong."'; attribution_before(t, 0, 24).mention.name
    'Meghan McCain'
    >>> t = 'According to the ministry, "three were hurt."'; attribution_before(t, 0, 27).mention.name
    'the ministry'
    """
    if not text[s:o].strip():
        return None
    at = _label_attribution(text, s, o) or _passive_attribution(text, s, o) or _parenthetical(text, s, o) or \
        _words_of(text, s, o)
    if at is not None:
        return at
    for cs, ce, form in reversed(cues_in(text, s, o)[-2:]):
        if form == "according to":
            stop = text.find(",", ce, o)
            men = according_to_source(text, ce, stop if stop > 0 else o)
            men = named_apposition(text, men, stop, o) if men is not None and stop > 0 else men   # 'to X's aide, Ann Lee,'
            men = men if men is not None or stop > 0 else _source_before_clause(text, ce, o)
            if men is not None:
                return Attribution(form, cs, ce, men, "according to")
            continue
        if _physical_attack(text, form, ce, o):
            continue   # 'forces attacked sites believed to pose an "imminent threat"': a strike, no speech
        aside = _WHO_ASIDE_END.search(text, max(s, cs - 160), cs) if form.endswith("ing") else None
        who = np_at_end(text, s, aside.start(), subject=False) if aside is not None else None
        if who is not None and who.kind in {"person", "role", "body"}:
            return Attribution(form, cs, ce, who, "before")   # 'said X, who represents Y, describing it as "..."'
        heard = _heard_subject(text, s, cs) if form.endswith("ing") else None
        if heard is not None:   # 'a driver is heard cursing as the bus stops and then a child is heard crying'
            return Attribution(form, cs, ce, heard, "before")
        if _cue_in_closed_aside(text, s, cs, ce, o) or _cue_in_subordinate(text, s, cs, ce, o) or \
                _fronted_before_main(text, s, cs, ce, o):
            continue   # 'Lee said the plan, which some have argued was a ploy, was "an insult."': Lee's words
        voice = _participle_voice(text, s, cs, form) or (_passive_agent_before(text, s, cs) if form.endswith("ing") else None)
        if voice is not None:   # 'where about 50 protesters had gathered, chanting', 'X wrote a letter to Y asking'
            return Attribution(form, cs, ce, voice, "before")
        men = _cue_subject(text, s, cs, ce, o, form, para_lo)
        what = _what_subject(text, s, cs)
        if what is not None and not (isinstance(men, Mention) and _same_referent(what, men)):
            return Attribution(form, cs, ce, what, "before")   # 'Protesters marched against what he called "a fraud"'
        if isinstance(men, Attribution):
            return men
        if men is not None and (men.kind != "pronoun" or men.name in {"he", "she", "they"} or _restrictive_who(text, men)):
            outer = _outer_speech(text, s, men.start, any_pronoun=men.kind in {"body", "place", "document"})
            if outer is not None and (men.kind == "pronoun" or _person_relays(outer)):
                outermost = _outer_speech(text, s, outer.mention.start)   # 'The Journal notes that X tweeted that'
                return outermost if outermost is not None and outermost.mention.kind in {"body", "document"} else outer
        if men is not None:
            return Attribution(form, cs, ce, men, "before")
    return _clause_colon(text, s, o, para_lo) or _for_viewpoint(text, s, o, para_lo)


#: what ties 'attacked' to the words it reports: 'attacked X as "..."', 'for "..."', 'over', a colon, ', calling'
_ATTACK_SPEECH = re.compile(r"\b(?:as|for|over)\b|[:“”\"]|,\s+[a-z]+ing\b")


def _physical_attack(text: str, form: str, ce: int, o: int) -> bool:
    """Whether 'attacked' before a quote at ``o`` is a strike, not speech: no 'as', 'for', 'over', colon or participle
    ties its object to the quoted words (in attack reports 'attacked' is mostly physical).

    >>> t = 'Troops attacked sites thought to pose an "urgent threat" to the base'
    >>> _physical_attack(t, "attacked", 14, t.index('"')), _physical_attack('Lee attacked Bo as "weak"', "attacked", 12, 19)
    (True, False)
    """
    return form == "attacked" and not _ATTACK_SPEECH.search(text, ce, o)


#: a subject, a restrictive 'who' clause with its own verb, then the cue: 'Tom Reed who acted for the union believes'
_WHO_CLAUSE = re.compile(r"\s*((?:[A-Z][\w.’'\-]*\s+){0,5}?[A-Z][\w.’'\-]*|(?:[Tt]he|[Aa]n?)\s+[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)"
                         r"\s+who\s+(?:[a-z]+ly\s+)?[a-z]{3,}(?:ed|s)\b[^,;:.!?“”\"()]{0,160}\s+")


def _who_clause_subject(text: str, s: int, cs: int) -> Mention | None:
    """The head a restrictive 'who' clause describes, when that clause with its own verb stands between the head and
    the cue ('Tom Reed who acted for the farmers and the union believes'): the cue is the head's, not the clause's
    last noun's.

    >>> t = "Tom Reed who acted for the farmers and the union believes"; _who_clause_subject(t, 0, t.index("believes")).name
    'Tom Reed'
    >>> t = "The woman who owns the cafe said"; _who_clause_subject(t, 0, t.index("said")).name
    'The woman'
    """
    m = _WHO_CLAUSE.fullmatch(text, s, cs)
    men = np_at_end(text, m.start(1), m.end(1)) if m is not None else None
    return men if men is not None and men.start == m.start(1) and men.kind in {"person", "role"} else None


def _restrictive_who(text: str, men: Mention) -> bool:
    """Whether a mention is a restrictive 'who' (no comma before it): its clause sits inside another speaker's
    report ('Lee said the way they treated staff who protested "was wrong."': Lee's words).

    >>> t = "staff who protested"; _restrictive_who(t, Mention(6, 9, "pronoun", 6, 9, "who"))
    True
    >>> t = "Ann Lee, who said"; _restrictive_who(t, Mention(9, 12, "pronoun", 9, 12, "who"))
    False
    """
    return men.name == "who" and not text[max(0, men.start - 20):men.start].rstrip().endswith((",", "(", "—", "–"))


#: a verb of motion right before a participle cue: 'The guard came in shouting "..."', 'she walked out saying'
_MOTION_THEN = re.compile(r"\b(?:entered|arrived|emerged|walked|ran|rushed|stormed|came|went|left)"
                          r"(?:\s+(?:in|out|off|away|back|up))?\s+$")


def _as_put_it_subject(text: str, s: int, cs: int, form: str) -> Mention | None:
    """The noun phrase opening an 'as ... put it' clause, with what describes it after ('As one reporter covering the
    trial put it').

    >>> t = "It fell. As a critic covering the case put it, "; _as_put_it_subject(t, 9, t.index("put"), "put it").name
    'a critic'
    """
    lo = max(s, cs - 100)
    m = _AS_PUT_IT.search(text[lo:cs]) if form == "put it" else None   # a bounded slice: '^' is the clause's start
    if m is None:
        return None
    men = np_at_start(text, lo + m.start(1), cs)
    return men if men is not None and men.kind in {"person", "role", "body", "document"} else None


def _cue_subject(text: str, s: int, cs: int, ce: int, o: int, form: str, para_lo: int) -> Mention | Attribution | None:
    """The speaker a cue at text[cs:ce] before a quote at ``o`` reports: its subject read strictly, then loosely,
    the main clause's for a participle, or an inverted subject ('added the senator, "..."'); an Attribution when
    an earlier finite cue speaks for a participle ('Comey cannot say that, Lewandowski added, saying "..."').

    >>> t = 'The senator, in a speech, said "No."'; _cue_subject(t, 0, 26, 30, 31, "said", 0).name
    'The senator'
    """
    blamed = _blamed_for_saying(text, s, cs, form)
    if blamed is not None:   # 'Biden criticized Trump for saying the U.S. had "turned the corner"': Trump's words
        return blamed
    men = _as_put_it_subject(text, s, cs, form) or \
        _coordinated_report(text, s, cs, para_lo) or _infinitive_subject(text, s, cs) or _who_clause_subject(text, s, cs) or \
        _relative_subject(text, s, cs) or \
        _that_which_subject(text, s, cs, ce, o) or \
        (_with_subject(text, s, cs) if _PARTICIPLE.search(form) else None) \
        or subject_before(text, s, cs) or _shared_subject(text, s, cs, s if para_lo < 0 else para_lo) \
        or (None if _PARTICIPLE.search(form) else _document_subject(text, s, cs))
    if _PARTICIPLE.search(form) and text[s:cs].rstrip().endswith(","):
        earlier = _finite_cue_before(text, s, cs)   # 'X went after Bush, calling him "..."': X, not Bush
        main = earlier.mention if earlier is not None else _main_subject(text, s, cs)
        men = main if main is not None else men
    if men is None and _PARTICIPLE.search(form) and (text[s:cs].rstrip().endswith(",") or not text[s:cs].strip()
                                                      or re.search(r"\b(?:by|before|after|while|when)\s*$", text[s:cs])
                                                      or _MOTION_THEN.search(text, max(s, cs - 30), cs)
                                                      or _DOC_BEFORE_PARTICIPLE.search(text, max(s, cs - 40), cs)):
        fronted = _fronted_participle_subject(text, s, cs, o)
        if fronted is not None:   # 'Alleging that a "mafia raj" ran the state, the Congress leader claimed ...'
            return fronted
        earlier = _finite_cue_here_or_before(text, s, cs, para_lo)
        if earlier is not None:   # 'Comey cannot say that, Lewandowski added, saying "..."'
            return Attribution(form, cs, ce, earlier.mention, "before")
        by = re.search(r"(\w+)\s+by\s*$", text[max(s, cs - 30):cs])   # 'he began by saying'
        men = np_at_start(text, sentence_start(text, cs, s if para_lo < 0 else para_lo), cs) or \
            (subject_before(text, s, max(s, cs - 30) + by.start(1)) if by else None)
    if men is None and _cue_kind(form) == "speech" and not _PARTICIPLE.search(form):
        men = _loose_subject(text, s, cs) or _name_then_aside(text, s, cs) or \
            _name_then_dashes(text, s, cs)   # 'because House Speaker X has said'; 'X – who ... – said'
        men = None if men is not None and form in AMBIGUOUS and len(men.name.split()) < 2 and \
            not re.fullmatch(r"[A-Z]{2,6}", men.name) else men   # an acronym names a body: 'after the SDF reported'
    if men is None and re.fullmatch(r"[\s,:]*", text[ce:o]):   # 'Another source familiar with X said, "..."'
        lead = re.match(r"\s*(?:(?:and|but|so|yet|then|still)\s+)?", text[s:cs], re.I)
        men = _loose_slot(text, s + lead.end(), cs, form, inverted=False)
    if men is None and re.fullmatch(r"[\s,:]*", text[ce:o]) is None and not re.match(r"\s*that\b", text[ce:o]) \
            and not (_PARTICIPLE.search(form) and form.endswith("ing")) \
            and _cue_kind(form) in {"speech", "writing"}:   # 'calling Lee "..."', 'call Lee "...": Lee is called
        inv = object_after(text, ce, o)   # 'Said Trump: "..."', 'added the senator, "..."'
        men = inv if inv is not None and re.fullmatch(r"[\s,:;–—-]*|\s*,[^“”\"]{0,160}[,:]\s*", text[inv.end:o]) else None
    return men


#: a quotation mark that closes a double quote ('”', '»', '’’', or a straight one)
_CLOSE_MARK = re.compile("|".join(map(re.escape, sorted(D_CLOSE + ('"',), key=len, reverse=True))))


def _fronted_participle_subject(text: str, s: int, cs: int, o: int) -> Mention | None:
    """The main clause's subject for a quote inside a sentence-opening speech participle ('Alleging that a "mafia
    raj" ruled the state, the Congress leader on Wednesday claimed ...'): the participle's implied subject.

    >>> t = 'Alleging that a "mafia raj" ran it, Congress leader Ann Lee on Wednesday claimed the minister lied.'
    >>> _fronted_participle_subject(t, 0, 0, t.index('"')).name
    'Ann Lee'
    """
    line = max(0, cs - WINDOW, text.rfind("\n", 0, cs) + 1)
    lead = text[min(s, sentence_start(text, cs, line)):cs]
    if lead.strip(" \t\n\"“'‘") or not re.search(r"\w", text[cs:o][len(text[cs:o].split()[0]):]) \
            or (close := _CLOSE_MARK.search(text, o + 1, o + WINDOW)) is None:
        return None   # the participle opens its sentence and the quote lies inside its clause ('adding, "..."' does not)
    end = sentence_end(text, close.end(), close.end() + WINDOW)
    comma = text.find(",", close.start(), end)
    return _main_subject(text, comma + 1, end) if comma > 0 else None


#: a verb of judging someone for what they said, before its object and 'for' ('criticized X for saying')
_JUDGED_FOR = re.compile(r"\b(?:criticiz|criticis|slamm|blast|mock|prais|thank|condemn|rebuk|fault|chastis|scold|"
                         r"lambast|ridicul|applaud|credit|knock|accus|blam|attack|denounc|castigat|berat|censur|"
                         r"commend|hail)(?:ed|ing|es|s|e)?\s+(?=\S)")


#: participles that report words as said ("for saying"), not a stance ("for suggesting")
_SAYING = frozenset({"saying", "claiming", "calling", "declaring", "stating", "telling", "tweeting", "writing", "posting"})


def _blamed_for_saying(text: str, s: int, cs: int, form: str) -> Mention | None:
    """The object of a verb that judges someone 'for' a speech participle ('criticized Trump for saying'): the one
    judged said the words, not the judge.

    >>> t = 'Biden criticized Trump for saying the U.S. had "turned the corner"'
    >>> _blamed_for_saying(t, 0, t.index("saying"), "saying").name
    'Trump'
    """
    if form.lower() not in _SAYING or not re.search(r"\sfor\s+$", text[max(s, cs - 8):cs]):
        return None   # ('scolded Romney for suggesting ... "self-deport"': PolNeAR gives the words to the scolder)
    verb = last_match(_JUDGED_FOR, text, max(s, cs - 120), cs)
    if verb is None or re.search(r"[,;:“”\"]", text[verb.end():cs]):
        return None
    end = text.rfind(" for", verb.end(), cs)
    pron = re.fullmatch(r"(him|her|them)\s*", text[verb.end():end + 1])
    if pron is not None:   # 'blasted him for claiming'
        a, b = verb.end(), verb.end() + len(pron.group(1))
        return Mention(a, b, "pronoun", a, b, {"him": "he", "her": "she"}.get(pron.group(1), "they"))
    men = object_after(text, verb.end(), end)
    return men if men is not None and men.kind in {"person", "role", "body", "pronoun"} else None


#: words after which a clause (and its subject) may start without a comma
_CLAUSE_START = re.compile(r"(?:^|[,;:(]|\b(?:because|that|when|while|and|but|as|if|since|after|before|although|though|"
                           r"where|so|yet|whereas|until|once))\s*$", re.I)
#: at most this many words are read back from a speech cue for a loose subject
LOOSE_SUBJECT_WORDS = 12


#: a relative 'that' or 'which' right before a cue, after a noun: 'a message that said', 'the report, which notes'
_THAT_WHICH = re.compile(r"\b([a-z][\w\-]*|[A-Z][\w\-]*)(,?\s+)(that|which)\s+(?:[a-z]+ly\s+)?$")
#: words before a 'that' that make it a conjunction or a demonstrative, not a relative pronoun
_NOT_ANTECEDENT = {"is", "was", "are", "were", "be", "been", "so", "such", "now", "and", "but", "or", "than", "of",
                   "in", "on", "at", "for", "with", "by", "to", "from", "about", "said", "says", "say", "like", "all"}


def _that_which_subject(text: str, s: int, cs: int, ce: int, o: int) -> Mention | None:
    """'a message that said, "..."', 'T-shirts that said "We won."': the relative pronoun after a noun is the subject
    of a cue that introduces a whole quote (resolved to that noun, as a relative 'who' is) when no cue before it
    reports the clause ('Lee said the town lost a voice that said "..."' is Lee's report).

    >>> t = 'It was replaced by a message that said, "Gone."'; c = t.rindex("said")
    >>> t[_that_which_subject(t, 0, c, c + 4, t.index('"')).start:][:4]
    'that'
    >>> t = 'Lee said it was a message that said, "Gone."'; c = t.rindex("said")
    >>> _that_which_subject(t, 0, c, c + 4, t.index('"')) is None
    True
    >>> t = 'It was in the report, which notes, "Most gave."'; c = t.index("notes")
    >>> _that_which_subject(t, 0, c, c + 5, t.index('"')).name
    'who'
    """
    if not re.fullmatch(r"[\s,:]*", text[ce:o]):
        return None
    m = _THAT_WHICH.search(text, max(s, cs - 60), cs)
    doc = m is not None and getattr(lexicon.role_nouns().get(m.group(1).lower()), "kind", "") == "document"
    if m is None or m.group(1).lower() in _NOT_ANTECEDENT or (lexicon.is_cue(m.group(1).lower()) and not doc) or \
            (m.group(3) == "that" and "," in m.group(2)) or \
            any(_cue_kind(f) == "speech" for _a, _b, f in cues_in(text, s, m.start())):
        return None
    a, b = m.span(3)
    return Mention(a, b, "pronoun", a, b, "who")


def _loose_subject(text: str, s: int, cs: int) -> Mention | None:
    """The longest loose noun phrase (``loose_np``) that ends right before a speech cue (auxiliaries trimmed) and
    starts a clause: after the sentence start, a comma, a conjunction, or a name after a lower-case intro phrase.

    >>> t = "It is notable in part because House Speaker Ann Lee has said"; _loose_subject(t, 0, t.index("said")).name
    'Ann Lee'
    >>> t = "At the state convention Sen. Ann Lee (D-MA) said"; _loose_subject(t, 0, t.index("said")).name
    'Ann Lee'
    >>> _loose_subject("The plan, it is said", 0, 16) is None
    True
    >>> t = "Ann Lee and Tim Ross both warned"; _loose_subject(t, 0, t.index("warned")).name
    'Ann Lee and Tim Ross'

    """
    if re.search(r"(?:,|\b(?:be|being|been|is|are|was|were))\s*$", text[max(s, cs - 8):cs]):
        return None   # '..., says X' (inverted) or a passive ('the concerns being expressed')
    end = cs
    while (w := re.search(r"([A-Za-z]+)\s*$", text[max(s, end - 20):end])) and \
            w.group(1).lower() in lexicon.AUXILIARIES | {"both", "all", "each", "jointly", "together"}:
        end -= len(text[max(s, end - 20):end]) - w.start()
    starts = [m.start() for m in re.finditer(r"\S+", text[s:end])][-LOOSE_SUBJECT_WORDS:]
    for x in (s + i for i in starts):
        before = text[max(s, x - 12):x]
        prev = re.search(r"\b([a-z][\w\-]*)\s+$", before)
        name_after_intro = text[x].isupper() and prev is not None and (bool(_LOWER_INTRO.match(text, s, x)) or (
            prev.group(1) not in lexicon.PREPOSITIONS and not lexicon.is_cue(prev.group(1))))
        if x > s and not _CLAUSE_START.search(before) and not name_after_intro:
            continue
        men = loose_np(text, x, end)
        words = re.findall(r"[\w’']+", text[men.start:men.end]) if men is not None else []
        if men is not None and men.kind in {"person", "role", "body", "document"} and not any(w in _NOT_IN_SUBJECT for w in words) \
                and words[-1].lower() not in lexicon.PREPOSITIONS:
            if re.search(r"\s(?:and|&)$", men.role):   # 'Ann Lee and Tim Ross both': the two of them
                return Mention(men.start, men.end, "role", men.head_start, men.head_end, text[men.start:men.end], "", True)
            return men
    return None


def _name_then_aside(text: str, s: int, cs: int) -> Mention | None:
    """'Tom Reed, the head of X, a group that has sued Y over Z, said': a sentence that opens with a name set off
    by a comma, then a long aside (relative clauses, quoted titles) closed by a comma right before the cue.

    >>> t = 'Ann Lee, head of a group that has sued the city over "its rules," said'; _name_then_aside(t, 0, t.index("said")).name
    'Ann Lee'
    >>> _name_then_aside("In May, the plan, said", 0, 17) is None, _name_then_aside(", said", 0, 2) is None
    (True, True)
    """
    parts = _parts(text, s, cs) if re.search(r",[”\"’']?\s*$", text[s:cs]) and len(text[s:cs]) <= 300 else []
    if not parts:  # no comma before the cue, a long stretch, or nothing but the comma ('…\n\n, said')
        return None
    first = parts[0]
    men = np_at_end(text, first[0], first[1])
    if men is None or men.kind != "person" or text[first[0]:men.start].strip() or cues_in(text, first[1], cs):
        return None
    return men


#: an aside set off by dashes right before the cue: 'Ann Lee – who has led the board since 1989 – said'
_DASH_ASIDE = re.compile(r"\s+[–—]\s+[^–—.;:“”\"]{3,200}?\s+[–—]\s*$")


def _name_then_dashes(text: str, s: int, cs: int) -> Mention | None:
    """'Ann Lee – who has led the board since 1989 – assured that ...': the name that opens the sentence before an
    aside set off by dashes right before the cue.

    >>> t = 'Ann Lee – who has led the board since 1989 – assured that it was “legal”.'
    >>> _name_then_dashes(t, 0, t.index("assured")).name
    'Ann Lee'
    """
    aside = _DASH_ASIDE.search(text, s, cs)
    if aside is None:
        return None
    men = np_at_end(text, s, aside.start())
    if men is None or men.kind != "person" or text[s:men.start].strip() or cues_in(text, aside.start(), cs):
        return None
    return men


#: an intro phrase that opens a sentence without a comma before its subject: 'At the state convention Sen. X said'
_LOWER_INTRO = re.compile(r"\W*(?:(?:[A-Z][a-z]+day|[Ee]arlier|[Ll]ater)\s+)?(?:at|in|on|during|after|before|from|with|"
                          r"for|speaking|addressing)\b", re.I)
#: words that show a loose phrase runs past a subject into a clause ('Garland that he', 'Trump to')
_NOT_IN_SUBJECT = (lexicon.SUBORDINATORS - {"and", "or", "as"}) | {"because", "he", "she", "they", "it", "we", "I", "him",
                                                                     "her", "them", "won’t", "won't", "would", "will"}


#: a relative word whose clause has its own subject before the cue: 'what Lee called', 'whom one aide described as'
_RELATIVE = re.compile(r"\b(?:what|whom|who|which)\s+(?=[A-Za-z])", re.I)


#: participle cues of a crowd's voice ('protesters gathered, chanting "..."')
_CROWD_CUES = {"chanting", "shouting", "yelling", "singing", "screaming", "cheering", "booing", "chanted", "shouted"}
#: a crowd noun phrase: an optional count or modifiers, then the crowd noun, then a verb ('about 200 protesters gathered')
_CROWD = re.compile(r"(?:\b(?:the|some|many|several|dozens\s+of|hundreds\s+of|thousands\s+of|(?:about|nearly|some|over|"
                    r"more\s+than|at\s+least)\s+\d[\d,]*|\d[\d,]*)\s+|\b(?:[A-Z][\w\-’']*\s+){1,3})?"
                    r"\b(protesters|demonstrators|crowds?|audiences?|supporters|fans|students|marchers|activists|attendees|"
                    r"hecklers|onlookers|spectators|delegates|rallygoers|rally-goers|mourners|voters|residents|workers|"
                    r"members|people|citizens|worshippers|worshipers|participants|followers|backers|opponents|veterans|"
                    r"miners|farmers|parents|locals|villagers|youths|(?:many|some|others|those)\s+in\s+the\s+(?:crowd|audience))"
                    r"\s+(?:also\s+|then\s+)?(?:had\s+|have\s+)?[a-z]+ed\b(?:\s+up)?")


#: a voice heard on a recording or in a room: 'X can be heard (after the alarm) saying', 'X is heard calling'
_HEARD = re.compile(r"\s(?:(?:can|could|may|might|will)\s+be|is|was|are|were)\s+(?:also\s+|then\s+)?heard\b"
                    r"(?:(?!\sheard\b)[^,;:.“”\"]){0,60}$")
#: an indefinite person as the subject ('Someone else in the hall'), kept as written
_SOMEONE = re.compile(r"\b((?:[Ss]ome(?:one|body)|[Aa]nother\s+(?:man|woman|person|voice))(?:\s+else)?)"
                      r"(?:\s+(?:in|at|inside|outside|from|near)\s+the\s+\w+)?$")


def _heard_subject(text: str, s: int, cs: int) -> Mention | None:
    """The subject of a voice heard saying something: 'a guard can be heard after the alarm saying "..."'.

    >>> t = "Someone else in the hall can be heard saying"; _heard_subject(t, 0, t.index("saying")).name
    'Someone else'
    >>> t = "A ferry pilot, Ann Lee, is heard calling"; _heard_subject(t, 0, t.index("calling")).name
    'Ann Lee'
    >>> t = "a man is heard swearing and then someone else is heard yelling"; _heard_subject(t, 0, t.index("yelling")).name
    'someone else'
    >>> _heard_subject("Lee said it was heard by all, saying", 0, 30) is None
    True
    """
    m = last_match(_HEARD, text, max(s, cs - 120), cs)   # bounded windows: linear on texts with no sentence end
    if m is None:
        return None
    one = _SOMEONE.search(text, max(s, m.start() - 80), m.start())
    if one is not None:
        return Mention(one.start(1), one.end(1), "role", one.start(1), one.end(1), one.group(1))
    return subject_before(text, s, m.start() + 1)


#: a passive verb's agent closing the clause before a participle cue: 'This was reported by X, stating that'
_PASSIVE_BY_BEFORE = re.compile(r"\b(?:was|were|is|are|been|being)\s+(?:\w+ly\s+)?(?:reported|announced|confirmed|"
                                r"stated|claimed|released|issued|published|posted|said|disclosed|revealed)\s+by\s+"
                                r"(?P<np>[^,;:“”\"]{2,120}?)\s*,\s*$")


def _passive_agent_before(text: str, s: int, cs: int) -> Mention | None:
    """The agent of a passive report verb right before a participle cue, who speaks it ('This was reported by the
    army's command, stating that ...').

    >>> t = "This was reported by the army command, stating"; _passive_agent_before(t, 0, t.index("stating")).name
    'the army command'
    """
    m = _PASSIVE_BY_BEFORE.search(text, max(s, cs - 200), cs)
    if m is None:
        return None
    men = np_at_end(text, m.start("np"), m.end("np"), subject=False)
    return men if men is not None and men.start == m.start("np") and men.kind in {"person", "role", "body"} else None


def _participle_voice(text: str, s: int, cs: int, form: str) -> Mention | None:
    """The speaker of a participle cue that is neither the sentence subject nor the nearest noun phrase: a crowd for a
    chant, the writer of a document for what it asks or says (None for any other cue).

    >>> t = "Lee spoke, where about 50 protesters had gathered, chanting"; _participle_voice(t, 0, 51, "chanting").name
    'about 50 protesters'
    >>> t = "The farmers blocked the road chanting"; _participle_voice(t, 0, t.index("chanting"), "chanting").name
    'The farmers'
    """
    if form.lower() in _CROWD_CUES:
        crowd = _crowd_subject(text, s, cs)
        lead = len(text[s:cs]) - len(text[s:cs].lstrip())
        if crowd is not None and (re.search(r"(?:,|\band)\s*$", text[s:cs]) or crowd.start == s + lead):
            return crowd    # '..., where protesters had gathered, chanting'; 'The protesters cut in chanting'
    return _document_issuer(text, s, cs) if _PARTICIPLE.search(form) else None


def _crowd_subject(text: str, s: int, cs: int) -> Mention | None:
    """'..., where about 50 protesters had gathered, chanting "..."': a crowd's chant belongs to the last crowd noun
    phrase that is the subject of a clause before the participle, not to the sentence's main subject.

    >>> t = "Lee spoke near the hall, where about 50 protesters had gathered on Monday, chanting"
    >>> _crowd_subject(t, 0, t.index("chanting")).name
    'about 50 protesters'
    >>> _crowd_subject("Lee spoke near the hall, chanting", 0, 25) is None
    True
    """
    m = last_match(_CROWD, text, max(s, cs - 200), cs)
    if m is None:
        return None
    start = m.start()
    while (w := re.match(r"([A-Z][a-z]*)\s+", text[start:m.start(1)])) and \
            w.group(1).lower() in lexicon.SUBORDINATORS | lexicon.PREPOSITIONS | {"and", "but", "then", "so"}:
        start += w.end()   # 'When protesters gathered': not 'When'
    head = m.group(1).lower()
    kind = "body" if head.rstrip("s") in {"crowd", "audience"} else "role"
    return Mention(start, m.end(1), kind, m.start(1), m.end(1), text[start:m.end(1)], "", head.endswith("s"))


#: a document its subject wrote or issued, then its object and modifiers up to a participle cue: 'wrote a letter to X '
_ISSUED_DOC = re.compile(r"\b(?:wrote|sent|released|issued|posted|published|signed|filed|penned|circulated|put\s+out|"
                         r"sent\s+out)\s+(?:a|an|the|his|her|its|their)\s+(?:[\w\-’']+\s+){0,3}?([a-z\-]+)\b"
                         r"[^,;:“”\"–—]{0,90}$")


def _document_issuer(text: str, s: int, cs: int) -> Mention | None:
    """'Mayor Ann Lee wrote a letter to the minister asking ...': a participle cue after a document that its subject
    wrote or issued speaks for that subject, the writer (not the document, nor its addressee).

    >>> t = "Mayor Ann Lee wrote a letter to Attorney General Bo Hale asking"; _document_issuer(t, 0, t.index("asking")).name
    'Ann Lee'
    >>> _document_issuer("Ann Lee wrote a song asking", 0, 21) is None
    True
    """
    m = _ISSUED_DOC.search(text, max(s, cs - 160), cs)
    role = lexicon.role_nouns().get(m.group(1)) if m is not None else None
    if m is None or role is None or role.kind != "document":
        return None
    men = subject_before(text, s, m.start())
    return men if men is not None and men.kind in {"person", "role", "body"} else None


#: the opening of a ', which ...' or '- as ...' aside inside a clause
_ASIDE_OPEN = re.compile(r"(?:,|\s[–—-]|—)\s*(?:which|as)\s+")


def _cue_in_closed_aside(text: str, s: int, cs: int, ce: int, o: int) -> bool:
    """Whether the cue at text[cs:ce] sits in a ', which ...,' or '- as X said -' aside that closes before the clause
    holding the quote at ``o`` goes on ('Lee said the plan, which some have called a ploy, was "an insult"').

    >>> t = 'Lee said the plan, which some have argued was a ploy, was "an insult."'
    >>> _cue_in_closed_aside(t, 0, t.index("argued"), t.index("argued") + 6, t.index('"'))
    True
    >>> t = 'Lee read the report, which notes, "No."'; _cue_in_closed_aside(t, 0, 28, 33, t.index('"'))
    False
    >>> t = 'As Lee observed, the winner was the stage, "not them."'; _cue_in_closed_aside(t, 0, 7, 15, t.index('"'))
    False
    """
    op = last_match(_ASIDE_OPEN, text, max(s, cs - 100), cs)
    if op is None or re.search(r"[,;:“”\"]|\s[–—-]\s", text[op.end():cs]) or \
            not any(_cue_kind(f) == "speech" for _a, _b, f in cues_in(text, s, op.start())):
        return False   # the aside's cue is the only one ('As X observed, the winner was ...:'): it speaks
    for cl in re.finditer(r",|\s[–—]\s?|—|\s-\s", text[ce:o]):
        return bool(re.search(r"[A-Za-z]{2,}", text[ce + cl.end():o]))
    return False


#: an adverbial clause opening inside a reported clause: 'X said that when ...', 'X said if ...'
_SUBORDINATE_OPEN = re.compile(r"\b(?:when|whenever|while|if|after|because|although|though|since|before)\s+")


_WHAT_CLAUSE = re.compile(r"\b[Ww]hat\s+((?:[\w’'.\-]+\s+){0,4}?)(?:has\s+|had\s+|have\s+)?$")


def _what_subject(text: str, s: int, cs: int) -> Mention | None:
    """The subject of a free relative right before its cue ('what he called', 'what the mayor described as'): the one
    who uses the quoted words (a pronoun there that can stand for the sentence's subject is taken for it, which stays).

    >>> t = 'Crowds marched against what the mayor called "a fair plan."'; _what_subject(t, 0, t.index("called")).name
    'the mayor'
    """
    m = _WHAT_CLAUSE.search(text, max(s, cs - 60), cs)
    if m is None or not m.group(1).strip():
        return None
    a, b = m.start(1), m.start(1) + len(m.group(1).rstrip())
    pm = re.fullmatch(r"(he|she|they|it|we|I)", text[a:b])
    if pm is not None:
        return Mention(a, b, "pronoun", a, b, pm.group(1).lower())
    men = np_at_end(text, a, b)
    return men if men is not None and men.start == a and men.kind in {"person", "role", "body", "document"} else None


def _same_referent(pron: Mention, men: Mention) -> bool:
    """Whether a pronoun can stand for a mention: 'he'/'she' for one person, 'they'/'it' for a group or a body.

    >>> _same_referent(Mention(0, 2, "pronoun", 0, 2, "he"), Mention(0, 9, "role", 0, 9, "Activists"))
    False
    """
    if men.kind not in {"person", "role", "body"}:
        return False
    return pron.name in {"he", "she"} and _one_person(men) or pron.name in {"they", "it"} and not _one_person(men)


def _one_person(men: Mention) -> bool:
    """Whether a mention is one person ('Ann Lee', 'the mayor'), not a group ('Activists', 'the families').

    >>> _one_person(Mention(0, 9, "role", 0, 9, "Activists")), _one_person(Mention(0, 9, "role", 0, 9, "the boss"))
    (False, True)
    """
    head = men.name.split()[-1].lower() if men.name.split() else ""
    noun = lexicon.role_nouns().get(head)
    plural = men.plural or (noun.plural if noun is not None else head.endswith("s") and not head.endswith("ss"))
    return men.kind == "person" or (men.kind == "role" and not plural)


def _cue_in_subordinate(text: str, s: int, cs: int, ce: int, o: int) -> bool:
    """Whether the cue at text[cs:ce] sits in an adverbial clause of a reported clause that closes with a comma
    before the quote at ``o``: the quote is the main clause's report ('Lee said that when Kim argued it, "we
    listened."': Lee's words, not Kim's).

    >>> t = 'Lee said that when Kim argued for the plan, "we all listened."'
    >>> _cue_in_subordinate(t, 0, t.index("argued"), t.index("argued") + 6, t.index('"'))
    True
    >>> t = 'When Kim argued for the plan, she said "we all listened."'
    >>> _cue_in_subordinate(t, 0, t.index("said"), t.index("said") + 4, t.index('"'))
    False
    """
    op = last_match(_SUBORDINATE_OPEN, text, max(s, cs - 120), cs)
    if op is None or re.search(r"[,;:“”\"()]", text[op.end():cs]) or "," not in text[ce:o]:
        return False
    lead = cues_in(text, s, op.start())
    return bool(lead) and _cue_kind(lead[-1][2]) == "speech" and \
        bool(re.fullmatch(r"\s*(?:that\s+)?", text[lead[-1][1]:op.start()]))


#: a verb whose object is the subject's own speech: 'X continued his scathing remarks.', 'Y began her testimony.'
_SPEECH_NOUN_VERB = re.compile(r"\s(continued|began|opened|ended|closed|concluded|resumed|delivered|went\s+on\s+with)\s+"
                               r"(?:his|her|their|its)\s+(?:[\w\-]+\s+){0,2}?(?:remarks|comments|speech|statement|testimony|"
                               r"address|rant|tirade|answer|response|argument|attack|pitch|sermon|monologue|lecture)\b")


def speech_noun_report(text: str, s: int, e: int) -> Attribution | None:
    """'Howard continued his scathing remarks.' (text[s:e], no cue in it): a sentence whose verb takes its subject's
    own speech introduces the quote that follows it; the subject speaks.

    >>> t = 'Ann Lee continued her scathing remarks.'; speech_noun_report(t, 0, len(t)).mention.name
    'Ann Lee'
    >>> speech_noun_report('The band continued its tour.', 0, 28) is None
    True
    >>> t = 'Asked about the levy, the mayor was blunt'; speech_noun_report(t, 0, len(t)).mention.name
    'the mayor'
    """
    m = _SPEECH_NOUN_VERB.search(text, s, e) or _MANNER.search(text, s, e)
    men = subject_before(text, s, m.start(1)) if m is not None else None
    if men is None or men.kind not in {"person", "role", "body", "pronoun"}:
        return None
    return Attribution(m.group(1), m.start(1), m.end(1), men, "before")


#: a sentence that ends by telling how its subject spoke, then gives the words: 'The senator was blunt.', 'Lee shrugged.'
_MANNER = re.compile(r"\s((?:was|were|is|are|seemed|sounded|remained|appeared)\s+(?:(?:more|less|even|equally|far|much|"
                     r"characteristically|typically|just\s+as)\s+)?(?:blunt|defiant|emphatic|adamant|unapologetic|"
                     r"unrepentant|frank|candid|direct|succinct|terse|philosophical|optimistic|pessimistic|upbeat|hopeful|"
                     r"cautious|sceptical|skeptical|dismissive|unequivocal|categorical|firm|forthright|scathing|measured|"
                     r"diplomatic|combative|indignant|defensive|effusive|gracious|resolute|unmoved|unimpressed|undeterred|"
                     r"unbowed|contrite|apologetic|circumspect|coy|evasive|non-?committal)|shrugged|nodded|smiled|grinned|"
                     r"demurred|chuckled|bristled|scoffed|did\s+not\s+mince\s+words|didn[’']t\s+mince\s+words)"
                     r"(?:\s+(?:about|on|over)\s+[^,.;:!?“”\"]{1,40}|,?\s+(?:too|though|however))?\s*$")


def _relative_subject(text: str, s: int, cs: int) -> Mention | None:
    """The subject of a relative clause that reports: 'in what Ann Lee, a treasurer, called "..."', 'Kim, whom one
    aide described as "..."', 'Dale, who Ortiz on Monday called "..."': the noun phrase between the relative
    word and the cue.

    >>> t = "Kim, whom one council aide described"; _relative_subject(t, 0, t.index("described")).name
    'one council aide'
    >>> t = "Kim, who said"; _relative_subject(t, 0, t.index("said")) is None
    True
    >>> t = "Lee backs the bill, which she called"; _relative_subject(t, 0, t.index("called")).name
    'she'
    >>> t = "Ann Lee, who leads Guayas, condemned"; _relative_subject(t, 0, t.index("condemned")) is None
    True
    """
    rel = last_match(_RELATIVE, text, max(s, cs - 160), cs)
    if rel is None or not text[rel.end():cs].strip() or \
            rel.group().strip().lower() in {"who", "which"} and text[rel.end():cs].rstrip().endswith(","):
        return None   # 'X, who leads Y, condemned': the clause closed, the cue is the main clause's
    men = subject_before(text, rel.end(), cs)
    if men is None or men.start != rel.end() or men.kind not in {"person", "role", "body", "document", "pronoun"}:
        return None
    if men.kind == "pronoun" and rel.group().strip().lower() == "what":
        return _what_pronoun_subject(text, s, rel.start(), men)
    return men if men.kind != "pronoun" or men.name in {"he", "she", "they"} else None


def _what_pronoun_subject(text: str, s: int, rel: int, pron: Mention) -> Mention | None:
    """'X denounced what he called "..."': the main clause's subject when the pronoun can stand for it (the named
    phrase is the speaker's mention), else the pronoun.

    >>> t = "Ann Lee has railed against what she calls"; _what_pronoun_subject(t, 0, 27, Mention(32, 35, "pronoun", 32, 35, "she")).name
    'Ann Lee'
    >>> t = "The voters booed what he calls"; _what_pronoun_subject(t, 0, 19, Mention(24, 26, "pronoun", 24, 26, "he")).name
    'he'
    """
    if pron.name not in {"he", "she", "they"}:
        return None
    main = _main_subject(text, s, rel)
    plural = main is not None and (main.plural or main.kind == "body")
    if main is None or main.kind not in {"person", "role", "body"} or plural != (pron.name == "they"):
        return pron
    return main


_WITH = re.compile(r"\bwith\s+(?=[A-Za-z])", re.I)


def _with_subject(text: str, s: int, cs: int) -> Mention | None:
    """The subject of an absolute 'with X calling ...' clause: the noun phrase between 'with' and the participle.

    >>> t = "Critics were irritated, with Sen. Ann Lee calling"; _with_subject(t, 0, t.index("calling")).name
    'Ann Lee'
    >>> t = "Lee went on air, with one of her ads asking"; _with_subject(t, 0, t.index("asking")).name
    'one of her ads'
    """
    w = last_match(_WITH, text, max(s, cs - 120), cs)
    if w is None or not text[w.end():cs].strip():
        return None
    men = subject_before(text, w.end(), cs)
    if men is None or "," in text[men.end:cs]:
        return None   # 'facilities associated with a militia group last week, citing': an object, not the clause's subject
    return men if men.start == w.end() and men.kind in {"person", "role", "body", "document"} else None


def _person_relays(outer: Attribution) -> bool:
    """Whether an outer report of a named speaker's words is a person's own speech ('Lee said Kim was "..."': Lee's
    words), not an outlet or a document relaying the inner speaker ('Al Jazeera reported that an official said').

    >>> _person_relays(Attribution("said", 0, 4, Mention(0, 3, "person", 0, 3, "Lee"), "before"))
    True
    >>> _person_relays(Attribution("reported", 0, 8, Mention(0, 3, "body", 0, 3, "Al Jazeera"), "before"))
    False
    """
    m = outer.mention
    return m is not None and (m.kind in {"person", "role"} or m.name in {"he", "she", "they"}) and not outer.cue.startswith("report")


def _outer_speech(text: str, s: int, pos: int, any_pronoun: bool = False) -> Attribution | None:
    """The speech cue and named subject of the clause that reports a pronoun subject at ``pos`` in its complement.

    >>> t = 'Ann Lee told reporters that she believed "we will win."'; at = _outer_speech(t, 0, t.index("she"))
    >>> at.cue, at.mention.name
    ('told', 'Ann Lee')
    >>> t = 'She said she asked "the first question."'; _outer_speech(t, 0, t.index("she")).mention.start
    0
    >>> t = 'Ann Lee hailed the vote, telling reporters that she thinks "it is great."'
    >>> _outer_speech(t, 0, t.index("she")).mention.name
    'Ann Lee'
    >>> t = 'He said the board should declare "a state of emergency."'; _outer_speech(t, 0, 12, any_pronoun=True).mention.name
    'he'
    >>> t = 'Ann Lee warned that officers he has met "are tired."'; _outer_speech(t, 0, t.index("he ")).mention.name
    'Ann Lee'
    """
    inner = re.match(r"\w+", text[pos:pos + 5])
    same: Attribution | None = None   # 'He says he believes': the reporting clause's own 'he', if no name is found
    for c0, c1, form in reversed(cues_in(text, s, pos)[-2:]):
        participle = bool(_PARTICIPLE.search(form))
        kind = _cue_kind(form)   # 'X wrote that ...', 'X warned that ...' report a clause as 'said' does
        if not (kind == "speech" or (kind in {"writing", "request"} and re.match(r"\s+that\b", text[c1:pos]))) or \
                (participle and not text[s:c0].rstrip().endswith(",")) or \
                not re.fullmatch(r"[^.;:!?“”\"]{0,80}?(?:\bthat\s+|\s)", text[c1:pos]) or \
                re.search(r"\b(?:which|whom|what|who|although|though|but|while|when)\b", text[c1:pos]) or \
                _fronted_clause_cue(text, s, c0, c1, pos) or _relative_aside_cue(text, s, c0, c1, pos):
            continue
        men = _main_subject(text, s, c0) if participle else \
            (subject_before(text, s, c0) or _name_then_aside(text, s, c0))   # 'X hailed it, telling Y he'; 'X, head of Y (Z), said
        if men is not None and (men.kind != "pronoun" or (any_pronoun and men.name in {"he", "she", "they"})):
            return Attribution(form, c0, c1, men, "before")
        if same is None and men is not None and inner is not None and men.name == inner.group().lower():
            same = Attribution(form, c0, c1, men, "before")
    return same


#: an adverbial or participle clause opening its sentence or clause, up to a cue: 'When Lee announced', 'Watching X talk'
_FRONTED_OPEN = re.compile(r"(?:^\W*|[,;(]\s*|\b(?:and|but)\s+)(?:ever\s+since|when|whenever|while|after|because|although|"
                           r"though|since|before|once|until|as\s+soon\s+as)\s+[^,;:()“”\"]*$|"
                           r"^\W*(?-i:[A-Z][a-z]+ing)\s[^,;:()“”\"]*$", re.I)   # 'Watching X talk about Y, Lee said


def _fronted_clause_cue(text: str, s: int, c0: int, c1: int, pos: int) -> bool:
    """Whether a cue at text[c0:c1] sits in a fronted adverbial clause that a comma closes before ``pos``: the
    clause after the comma is the main clause, not the cue's report ('When Lee announced her bid, she called ...').

    >>> t = "When Lee announced her bid, she called"; _fronted_clause_cue(t, 0, 9, 18, t.index("she"))
    True
    >>> t = "Lee announced that, if elected, she would"; _fronted_clause_cue(t, 0, 4, 13, t.index("she"))
    False
    >>> t = "Watching Kim speak about it, Lee said"; _fronted_clause_cue(t, 0, 13, 18, t.index("Lee"))
    True
    """
    return "," in text[c1:pos] and bool(_FRONTED_OPEN.search(text[s:c0]))   # the sentence's own start is '^'


#: a relative clause opened after a comma, up to a cue: 'the plan, which critics say', 'Trump, who has insulted'
_RELATIVE_OPEN = re.compile(r",\s*(?:which|who|whom|whose|where)\s[^,;:()“”\"]*$")


_AS_OPEN = re.compile(r"(?:^\W*|[,;(]\s*|\b(?:and|but)\s+)as\s+([^,;:()“”\"]*)$", re.I)


def _fronted_before_main(text: str, s: int, cs: int, ce: int, o: int) -> bool:
    """Whether a cue at text[cs:ce] sits in a fronted adverbial clause ('when', 'while', 'as' ...) and a main clause
    of two words or more follows its comma before the quote at ``o``: the main clause's subject speaks ('But as the
    protests went on, Kim grew sharper: "..."'); 'As Lee put it, "..."' has no main clause and keeps its cue.

    >>> t = 'But as the protests went on, Kim grew sharper: "No."'
    >>> _fronted_before_main(t, 0, t.index("went"), t.index("went") + 7, t.index('"'))
    True
    >>> t = 'As Lee put it, "no."'; _fronted_before_main(t, 0, t.index("put"), t.index("put") + 3, t.index('"'))
    False
    >>> t = 'As Lee put it in May, the plan is "dead."'
    >>> _fronted_before_main(t, 0, t.index("put"), t.index("put") + 3, t.index('"'))
    False
    """
    comma = text.find(",", ce, o)
    as_open = _AS_OPEN.search(text[s:cs])
    if as_open is not None and np_at_start(text, s + as_open.start(1), cs):
        return False    # 'As Ms. Lee put it, RT is "..."': an 'as' clause with a speaker reports the main clause
    if comma < 0 or not (_FRONTED_OPEN.search(text[s:cs]) or as_open):
        return False
    return len(re.findall(r"[A-Za-z][\w’'-]*", text[comma:o])) >= 2 and not cues_in(text, comma, o)


def _relative_aside_cue(text: str, s: int, c0: int, c1: int, pos: int) -> bool:
    """Whether a cue at text[c0:c1] sits in a relative clause that a comma closes before ``pos``: the subject after
    that comma belongs to the main clause, which the relative clause does not report ('Asked about the levy, which
    critics say is unfair, she replied').

    >>> t = "Asked about the levy, which critics say is unfair, she replied"
    >>> _relative_aside_cue(t, 0, t.index("say"), t.index("say") + 3, t.index("she"))
    True
    >>> t = "Critics say the levy, which is new, is unfair and she agreed"
    >>> _relative_aside_cue(t, 0, t.index("say"), t.index("say") + 3, t.index("she"))
    False
    """
    return "," in text[c1:pos] and bool(_RELATIVE_OPEN.search(text, s, c0))


def _clause_colon(text: str, s: int, o: int, para_lo: int) -> Attribution | None:
    """'X delivered a blunt message to Y: "..."': a clause ending in a colon speaks through its subject.

    >>> t = 'The senator delivered a message: "Stop."'; _clause_colon(t, 0, 33, 0).mention.name
    'The senator'
    >>> t = 'The vote does not surprise pollster Dan Hale: "No."'; _clause_colon(t, 0, t.index('"'), 0).mention.name
    'Dan Hale'
    >>> t = 'Ann Lee’s reply was: "No."'; _clause_colon(t, 0, t.index('"'), 0).mention.name
    'Ann Lee'
    >>> t = 'But back home, he returned to his lines: "No."'; _clause_colon(t, 0, t.index('"'), 0).mention.name
    'he'
    >>> _clause_colon('On Ann Lee: "Fine."', 0, 12, 0) is None
    True
    >>> t = 'In Dover, Delaware, Kim used sharp words: "No."'; _clause_colon(t, 0, t.index('"'), 0).mention.name
    'Kim'
    >>> _clause_colon('One reason for the A: "We worked."', 0, 22, 0) is None
    True
    """
    colon = text.rfind(":", s, o)
    if colon < 0 or text[colon + 1:o].strip():
        return None
    lo = sentence_start(text, colon, s if para_lo < 0 else para_lo)
    label = text[lo:colon].strip()
    if _TOPIC_LABEL.match(label) and "," not in label and len(label.split()) <= 8:
        return None   # 'On the new signing: "..."': a topic label, the speaker is the interview's
    owned = possessed_speech(text, lo, o) if re.search(r"\b(?:was|is)\s*:\s*$", text[lo:o]) else None
    if owned is not None:   # 'Lee's response was: "..."'
        return owned
    men = _with_participle_subject(text, lo, colon) or np_at_start(text, lo, colon)
    if men is None or _place_name(men.name):   # 'In Dover, Delaware, Kim said': the place of a lead phrase is no subject
        men = _main_subject(text, lo, colon) or men   # 'But back home, he had a message:'
    if men is None or men.kind not in {"person", "role", "body", "document", "pronoun", "place"}:
        men = _named_before_colon(text, lo, colon)
    if men is not None and counts_a_thing(text, men):
        return None   # 'One reason for the grade: "..."': a label of a thing, whose speaker the text gave before
    return None if men is None else Attribution("colon", colon, colon + 1, men, "colon")


#: "one" that counts a thing, not a person: 'One reason for the A:', 'One example:'
_ONE_OF_THINGS = re.compile(r"\s+(?:more\s+|other\s+|key\s+|big\s+|main\s+)?(?:reason|thing|problem|example|issue|question|"
                            r"answer|sign|point|factor|explanation|note|difference|change|lesson|hint|clue)s?\b", re.I)


def counts_a_thing(text: str, men: Mention) -> bool:
    """Whether mention 'One' counts a thing named after it ('One reason for the A'), not a person.

    >>> t = "One reason for the A"; counts_a_thing(t, Mention(0, 3, "pronoun", 0, 3, "One"))
    True
    """
    return men.name.lower() == "one" and bool(_ONE_OF_THINGS.match(text, men.end))


#: 'with <speaker> <verb>ing ...' closing a clause before a colon: the absolute phrase's subject speaks
_WITH_ING = re.compile(r"\bwith\s+([^,;:()“”\"]{2,80}?)\s+[a-z]{3,}ing\b[^,;:“”\"]{0,80}$")


def _with_participle_subject(text: str, lo: int, colon: int) -> Mention | None:
    """'The jury met the press, with its chair Ann Lee making the opening remarks:': the person of the 'with' phrase.

    >>> t = 'The board met, with Chair Ann Lee opening the session'; _with_participle_subject(t, 0, len(t)).name
    'Ann Lee'
    """
    a = max(lo, colon - 240)
    m = _WITH_ING.search(text[a:colon])   # a bounded slice of the sentence's end
    men = np_at_end(text, a + m.start(1), a + m.end(1), subject=False) if m is not None else None
    return men if men is not None and men.kind in {"person", "role"} else None


def _place_name(name: str) -> bool:
    """Whether a name is a US state's or a country's ('Delaware', 'Kenya'), a place and no speaker of a clause.

    >>> _place_name("Delaware"), _place_name("Kim Lee")
    (True, False)
    """
    return name.lower() in lexicon.US_STATES or name.lower() in lexicon.countries()


def _named_before_colon(text: str, lo: int, colon: int) -> Mention | None:
    """'The result does not surprise pollster Dan Hale:': a named person closing the clause before a colon.

    >>> t = 'The result pleased analyst Ann Lee:'; _named_before_colon(t, 0, len(t) - 1).name
    'Ann Lee'
    >>> _named_before_colon('The town has one message:', 0, 24) is None
    True
    """
    if re.search(r"[,;]", text[lo:colon]) or not re.search(r"[A-Z][a-z]+$", text[lo:colon]):
        return None
    men = np_at_end(text, lo, colon, subject=False)
    return men if men is not None and men.kind == "person" and men.start > lo else None


#: nouns for what someone said or wrote: 'his call for "..."', 'Lee's claim that she "..."'
_SPEECH_NOUNS = (r"claims?|assertions?|calls?|pledges?|promises?|vows?|warnings?|statements?|remarks?|comments?|words|"
                 r"accusations?|insistence|arguments?|suggestions?|demands?|threats?|pleas?|boasts?|declarations?|"
                 r"denials?|admissions?|predictions?|contention|characterization|complaints?|rejection|description|"
                 r"slogan|refrain|mantra|quip|jab|retort|rebuke|tweets?|post|response|reply|answer")
_POSSESSED_SPEECH = re.compile(r"(?:\b(his|her|their)|([A-Z][\w.\-]*(?:\s+[A-Z][\w.\-]*){0,3})[’']s?)\s+"
                               r"(?:[a-z][\w\-]*\s+){0,3}?(?:" + _SPEECH_NOUNS + r")\b(?:\s+(?:that|of|for|to|as))?"
                               r"(?:[^.;:!?“”\"]{0,60}|\s+(?:was|is)\s*:\s*)$")
_POSSESSIVE_PRONOUN = {"his": "he", "her": "she", "their": "they"}


#: 'a report by X that he "..."': a speech or document noun, 'by', its author, then the partial quote's clause
_NOUN_BY = re.compile(r"\b(?:" + _SPEECH_NOUNS + r"|reports?|story|stories|study|analysis|estimates?|calculations?)"
                      r"\s+by\s+(?:the\s+)?([A-Z][\w.\-]*(?:\s+[A-Z][\w.\-]*){0,3})\s+(?:that|which|saying)\b"
                      r"[^.;:!?“”\"]{0,60}$")


def _speech_noun_by(text: str, s: int, o: int) -> Attribution | None:
    """'It was a report by the Herald that he "made up" the story': the named author of the noun speaks.

    >>> t = 'It was a report by the Herald that he "made up" the story.'; _speech_noun_by(t, 0, t.index('"')).mention.name
    'Herald'
    """
    m = _NOUN_BY.search(text, max(s, o - 160), o)
    men = np_at_end(text, m.start(1), m.end(1), subject=False) if m else None
    if men is None or men.kind not in {"person", "role", "body"}:
        return None
    return Attribution("by", m.start(1), m.start(1), men, "possessive")


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


def possessed_speech(text: str, s: int, o: int) -> Attribution | None:
    """'his call for "a total ban"', 'Lee's claim that she "never sent" it': a partial quote inside a speech noun's
    complement is the words of the noun's possessor (a pronoun mention for his/her/their).

    >>> t = 'It followed Ann Lee’s claim that she "never sent" it.'; possessed_speech(t, 0, t.index('"')).mention.name
    'Ann Lee'
    >>> t = 'It followed his call for "a total ban" on it.'; possessed_speech(t, 0, t.index('"')).mention.name
    'he'
    """
    m = _POSSESSED_SPEECH.search(text, max(s, o - 160), o)
    if m is None:
        return _speech_noun_by(text, s, o)
    if m.group(1):
        a, b = m.span(1)
        men = Mention(a, b, "pronoun", a, b, _POSSESSIVE_PRONOUN[m.group(1)])
    else:
        men = np_at_end(text, m.start(2), m.end(2))
        if men is None or men.kind not in {"person", "role", "body"}:
            return None
    return Attribution("possessive", men.end, men.end, men, "possessive")


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
