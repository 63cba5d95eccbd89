"""The reporting-cue words and whether one is used as a reporting verb here (``cue_ok``, ``cues_in``): noun/verb
homographs, infinitives, objects that are no speech, and the ``Attribution`` record every reader returns."""

from __future__ import annotations

import re
from dataclasses import dataclass

from .. import lexicon
from ..mentions import Mention, loose_np, subject_before


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
                               # legal and official texts, one or several ('"...," the amendments partly read')
                               r"\b(?:amendments?|rules|bill|law|order|ruling|judg(?:e)?ment|verdict|decree|notice|petition|"
                               r"resolution|directive|guidelines|circular|indictment|affidavit|complaint|lawsuit|filing|"
                               r"documents?|agreement|contract|constitution|declaration|charge\s+sheet|statements|letters|"
                               r"messages|notes|posts|tweets|reports)\s*$|"
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
    >>> cue_ok("The embassy stated it was sad", 12, 18), cue_ok("the stated aim was", 4, 10)
    (True, False)
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
    if word == "stated" and _STATE_VERB_NEXT.match(text, e, e + 24):
        return True   # 'the embassy stated it "..."': a verb before its clause (not 'the stated goal')
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


#: words after which a clause (and its subject) may start without a comma
_CLAUSE_START = re.compile(r"(?:^|[,;:(]|\b(?:because|that|when|while|and|but|as|if|since|after|before|although|though|"
                           r"where|so|yet|whereas|until|once))\s*$", re.I)
#: at most this many words are read back from a speech cue for a loose subject
LOOSE_SUBJECT_WORDS = 12


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


#: an intro phrase that opens a sentence without a comma before its subject: 'At the state convention Sen. X said'
_LOWER_INTRO = re.compile(r"\W*(?:(?:[A-Z][a-z]+day|[Ee]arlier|[Ll]ater)\s+)?(?:at|in|on|during|after|before|from|with|"
                          r"for|speaking|addressing)\b", re.I)
#: words that show a loose phrase runs past a subject into a clause ('Garland that he', 'Trump to')
_NOT_IN_SUBJECT = (lexicon.SUBORDINATORS - {"and", "or", "as"}) | {"because", "he", "she", "they", "it", "we", "I", "him",
                                                                     "her", "them", "won’t", "won't", "would", "will"}
