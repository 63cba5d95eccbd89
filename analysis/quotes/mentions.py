"""Speaker mentions: the noun phrase next to a reporting cue, kept only when it can speak or write.

A speaker mention is a person ("Sen. Marco Rubio"), a role ("a senior military official"), a body or
government ("the Pentagon", "Baghdad"), a document that speaks for its issuer ("the statement"), or a
pronoun. Verb phrases ("injuring eight soldiers"), adverbs ("however"), event nouns ("the incident"),
places after a preposition ("in Washington") and clause openers ("Despite Trump") are rejected.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from . import lexicon
from .marks import sentence_start
from .names import COURTESY_TITLES, is_cap, looks_like_org, name_chunks, strip_titles, tokens

#: adjectives in -ed/-ing that modify a role noun ("a retired general", "the ranking member")
ED_ING_ADJECTIVES = {"unnamed", "retired", "elected", "embattled", "leading", "ranking", "acting", "outgoing",
                     "incoming", "governing", "presiding", "ruling", "defeated", "indicted", "jailed", "detained",
                     "wounded", "injured", "displaced", "exiled", "disgraced", "fired", "ousted", "so-called",
                     "self-described", "self-proclaimed", "unidentified", "named", "aged", "concerned", "married",
                     "registered", "undecided", "committed", "talented", "experienced", "veteran", "seasoned",
                     "high-ranking", "senior-ranking", "longstanding", "long-serving", "founding", "managing",
                     "presumed", "suspected", "alleged", "informed", "interested", "undocumented", "uninsured",
                     "armed", "allied", "affiliated", "united"}
_TIME_HEAD = re.compile(r"\b(?:on|in|at|during|via|through|over|last|this|early|late|earlier|later|for|less|more|"
                        r"about|nearly|almost|just|two|three|four|five|six|several|a|Monday|Tuesday|"
                        r"Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|today|tonight|recently|again|once|"
                        r"then|too)\b")
_TIME_TAIL = re.compile(
    r"(?:(?:less|more|about|nearly|almost|just)\s+than\s+|(?:about|nearly|almost|just)\s+)?(?:a|an|two|three|four|five|"
    r"six|several|\d+)\s+(?:days?|weeks?|months?|years?|hours?)\s+ago\s*,?\s*|for\s+the\s+(?:first|second|last)\s+time\s*,?\s*|"
    r"(?:on|in|at|during|via|through|over|last|this|early|late|earlier|later)\s+(?:[\w’'\-.]+\s+){0,6}?"
    r"[\w’'\-.]+\s*,?\s*|(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|today|tonight|"
    r"recently|earlier|later|again|once|then|too)\s*,?\s*")


_CLAUSE_WORD = re.compile(r"\b(?:when|while|as|that|which|who|whom|where|he|she|they|it|we|I|you)\b")


def _time_tail(text: str, lo: int, end: int) -> int:
    """Start of a short time or place adverbial ending at ``end`` ('on Tuesday', 'in a statement'), or -1; never
    one holding a clause's subject ('in 2009 when he').

    >>> t = "Trump on Tuesday"; _time_tail(t, 0, len(t)), _time_tail("X in 2009 when he", 0, 17)
    (6, -1)
    """
    for m in _TIME_HEAD.finditer(text, max(lo, end - 80), end):
        if _TIME_TAIL.fullmatch(text, m.start(), end) and not _CLAUSE_WORD.search(text, m.start(), end):
            a = m.start()
            return a - 1 if a > lo and text[a - 1] == "," else a
    return -1


_LY = re.compile(r"[a-z]{3,}ly$")
_LY_NOUNS = {"family", "ally", "assembly", "rally", "supply", "monopoly", "bully", "italy", "reply", "daily",
             "weekly", "monthly", "quarterly", "elderly", "deputy", "only", "july", "emily", "kelly", "holly"}
MAX_NP_WORDS = 14
#: quantifiers that stand for people as subjects ("Many fear ...", "Others said ...")
QUANTIFIERS = {"many", "some", "others", "most", "few", "several", "both", "all"}


@dataclass
class Mention:
    """A speaker noun phrase: its span, head span, kind and the descriptor words around a name."""

    start: int
    end: int
    kind: str            # person | pronoun | role | body | document | place
    head_start: int
    head_end: int
    name: str = ""       # the person's name without titles, the body's name, or the phrase as written
    role: str = ""       # descriptor: premodifier or apposition ("Pentagon spokesman", "a pollster")
    plural: bool = False


def _is_skippable(word: str) -> bool:
    """An auxiliary or adverb that may stand between a subject and its verb ('has also', 'repeatedly').

    >>> _is_skippable("also"), _is_skippable("sharply"), _is_skippable("family"), _is_skippable("Trump")
    (True, True, False, False)
    """
    w = word.lower()
    return word[:1].islower() and (w in lexicon.AUXILIARIES or (bool(_LY.fullmatch(word)) and w not in _LY_NOUNS))


#: a subject pronoun with a contracted auxiliary ending the text before a cue: 'He’s', 'they’ve', 'I'd'
_CONTRACTED = re.compile(r"\b(?:he|she|they|we|i|you)([’'](?:s|re|ve|d|ll|m))$", re.I)


#: a hedge between a subject and its verb: 'all but', 'be heard', 'be seen'
#: words between a subject and its cue that are not the verb of the report: 'he all but accused', 'they could be heard
#: grousing', and an aspect verb before a participle cue: 'the crowd began chanting', 'she kept repeating'
_HEDGE = re.compile(r"\s(?:all\s+but|be\s+(?:heard|seen|overheard)|(?:began|begun|begins|begin|started|starts|start|kept|keeps|keep|"
                    r"broke\s+into|burst\s+into))$")

#: a participle clause between a subject and its cue, with no commas: 'Lloyd Austin while traveling last week said'
_WHILE_DOING = re.compile(r"\s(?:while|when|after|before)\s+[a-z]{2,}ing\b[^,;:.!?“”\"()]{0,60}$")


def trim_subject_end(text: str, lo: int, end: int) -> int:
    """Move end left over spaces, auxiliaries, adverbs and short time or place adverbials (not over a comma-closed
    apposition: 'X, an expert at Brookings, said' keeps 'at Brookings').

    >>> t = "Trump on Tuesday also said"; t[:trim_subject_end(t, 0, 22)]
    'Trump'
    >>> t = "X, an expert at Brookings, said"; t[:trim_subject_end(t, 0, 27)]
    'X, an expert at Brookings'
    >>> t = "He’s predicting"; t[:trim_subject_end(t, 0, 5)]
    'He'
    >>> t = "he all but accused"; t[:trim_subject_end(t, 0, 11)]
    'he'
    >>> t = "Some could be heard"; t[:trim_subject_end(t, 0, 19)]
    'Some'
    >>> t = "The fans began chanting"; t[:trim_subject_end(t, 0, 15)]
    'The fans'
    >>> t = "Ann Lee while traveling earlier this month said"; t[:trim_subject_end(t, 0, t.index(" said"))]
    'Ann Lee'

    """
    comma = False
    for _ in range(8):
        new = end
        while new > lo and text[new - 1].isspace():
            new -= 1
        con = _CONTRACTED.search(text, max(lo, new - 8), new)
        new = con.start(1) if con else new   # 'He’s predicting', 'They’ve said': the pronoun is the subject
        comma = comma or (new > lo and text[new - 1] == ",")
        while new > lo and (text[new - 1].isspace() or text[new - 1] == ","):
            new -= 1
        m = _LAST_WORD.search(text[max(lo, new - 40):new])
        hedge = _HEDGE.search(text, max(lo, new - 20), new) or _WHILE_DOING.search(text, max(lo, new - 80), new)
        if hedge is not None and hedge.start() > lo:
            new = hedge.start()   # 'he all but accused', 'they could be heard grousing'
        elif m and _is_skippable(m.group()) and new - len(m.group()) > lo:
            new -= len(m.group())
        elif not comma and not _SHARE.search(text, max(lo, new - 60), new):   # 'six in 10' is no time phrase
            t = _time_tail(text, lo, new)
            if t > lo and re.search(r"\w", text[lo:t]):
                new = t
        if new == end:
            break
        end = new
    return end


#: cue words that, before a noun phrase's head, are modifiers: 'state media', 'state officials'
_CUE_MODIFIERS = {"state"}


def _np_token_ok(tok: str, after_role: bool) -> bool:
    """Whether a lower-case token may stand inside a speaker noun phrase before its head.

    >>> _np_token_ok("state", False), _np_token_ok("said", False), _np_token_ok("senior", False)
    (True, False, True)
    """
    w = tok.lower()
    if w in lexicon.SUBORDINATORS - {"that"} or w in lexicon.AUXILIARIES or w in lexicon.PRONOUNS:
        return False
    if lexicon.is_cue(w) and w not in _CUE_MODIFIERS:
        return False
    if w in lexicon.OBJECT_PRONOUNS - {"his", "her", "its", "their", "our", "my"}:
        return False
    if w.endswith(("ed", "ing")) and w not in ED_ING_ADJECTIVES and w not in lexicon.role_nouns() and "-" not in w[1:-3]:
        return False
    return True


def _np_adverb(tok: str) -> bool:
    """An -ly adverb inside a noun phrase ('previously unknown groups', 'newly elected senator').

    >>> _np_adverb("previously"), _np_adverb("family")
    (True, False)
    """
    return bool(_LY.fullmatch(tok)) and tok.lower() not in _LY_NOUNS


#: patterns read by _strip_paren, compiled once
_FINAL_PAREN = re.compile(r"\s*\([^()]{0,40}\)\s*$")


def _strip_paren(text: str, a: int, b: int) -> int:
    """End of text[a:b] without a final parenthetical ('Sen. X (R-Fla.)' -> 'Sen. X').

    >>> t = "Sen. Ann Lee (R-Fla.)"; t[:_strip_paren(t, 0, len(t))]
    'Sen. Ann Lee'
    """
    m = _FINAL_PAREN.search(text[a:b])
    return a + m.start() if m and m.start() > 0 else b


def _after_place(text: str, a: int, b: int) -> int:
    """'spokesperson in Geneva Ariane Rummery': after 'in/at/from', a place word glued before a first name is
    not part of the name; returns where the name starts.

    >>> t = "spokesperson in Geneva Ariane Rummery"; t[_after_place(t, 16, len(t)):]
    'Ariane Rummery'
    """
    words = text[a:b].split()
    if len(words) >= 3 and re.search(r"\b(?:in|at|from)\s+$", text[max(0, a - 6):a]) and \
            lexicon.first_names().get(words[1].lower(), None) is not None:
        return a + len(words[0]) + 1
    return a


def _classify_name(text: str, a: int, b: int) -> tuple[str, str]:
    """(kind, name) of a capitalised chunk: person (titles stripped), body, place, role or '' (not a speaker).

    >>> t = "House Minority Leader Nancy Pelosi"; _classify_name(t, 0, len(t))
    ('person', 'Nancy Pelosi')
    >>> _classify_name("However", 0, 7), _classify_name("Baghdad", 0, 7), _classify_name("The Senate", 0, 10)
    (('', ''), ('place', 'Baghdad'), ('body', 'Senate'))
    >>> _classify_name("the PM", 0, 6), _classify_name("the UN", 0, 6)
    (('role', 'PM'), ('body', 'UN'))
    """
    chunk = re.sub(r"^(?:The|A|An)\s+", "", text[a:b])
    words = chunk.split()
    while words and (words[0].lower().strip(".,") in lexicon.NON_NAME_WORDS | lexicon.DETERMINERS | QUANTIFIERS):
        words = words[1:]
    chunk = " ".join(words)
    low = chunk.lower()
    if not chunk:
        return "", ""
    if low in lexicon.countries():
        return "place", chunk
    role = lexicon.role_nouns().get(low)
    if role is not None and role.kind == "person" and re.fullmatch(r"[A-Z]{2,4}s?", chunk):
        return "role", chunk   # 'the PM', 'the MP': an office's initials name a person, not a body
    if looks_like_org(chunk) or low in lexicon.organisations() or re.fullmatch(r"[A-Z]{2,6}|(?:[A-Z]\.){2,4}", chunk):
        return "body", chunk
    if _national_branch(words):
        return "body", chunk   # 'Goodyear France', 'Save the Children UK': a firm's or a charity's national arm
    name = strip_titles(chunk)
    if name:
        return "person", name
    head = lexicon.role_nouns().get(words[-1].lower().strip("."))
    return ("role", chunk) if head is not None else ("", "")


def _national_branch(words: list[str]) -> bool:
    """Whether capitalised words end in a country's name after a name that is no person's ('Goodyear France', not
    'Michael Jordan').

    >>> _national_branch(["Goodyear", "Dunlop", "France"]), _national_branch(["Michael", "Jordan"]), _national_branch(["France"])
    (True, False, False)
    """
    if len(words) < 2 or words[-1].lower().strip(".,") not in lexicon.countries():
        return False
    return words[0].lower() not in lexicon.first_names() and all(w[:1].isupper() for w in words)


_CHAIN = {"of", "for", "at", "from", "with", "to", "in", "against", "by"}
_LAST_WORD = re.compile(r"[\w’'\-]+$")
_POSSESSIVE = re.compile(r"[\w\-’']+[’']s")
_ABBREV_TOKEN = re.compile(r"(?:[A-Za-z]\.)+|(?:Mr|Mrs|Ms|Dr|St|Sen|Rep|Gov|Gen|Lt|Col|Maj|Capt|Sgt|Jr|Sr|Prof|Rev|Adm|Brig)\.")
_PARTITIVE = {"one", "some", "many", "most", "several", "each", "two", "three", "none", "all", "both", "any", "either",
              "neither", "few", "dozens", "hundreds", "thousands", "scores"}
#: a round count after 'a' that an approximation may open: 'about a dozen people', 'nearly a hundred workers'
_ROUND_COUNT = {"dozen", "hundred", "thousand", "score", "handful", "few", "couple"}


def _participle_after_det(toks: list[tuple[str, int, int]], k: int) -> bool:
    """Whether token k is an -ed/-ing adjective right after a determiner ('the unsigned ruling').

    >>> _participle_after_det([("the", 0, 3), ("unsigned", 4, 12)], 1), _participle_after_det([("unsigned", 0, 8)], 0)
    (True, False)
    """
    return k > 0 and bool(re.fullmatch(r"[a-z]+(?:ed|ing)", toks[k][0])) and toks[k - 1][0].lower() in lexicon.DETERMINERS


def _acronym_gloss(toks: list[tuple[str, int, int]], k: int) -> bool:
    """Whether toks[k] closes a bracketed acronym after a capitalised word and before a role noun ('League (NL) leader').

    >>> _acronym_gloss([("League", 0, 6), ("(", 7, 8), ("NL", 8, 10), (")", 10, 11), ("leader", 12, 18)], 3)
    True
    """
    if toks[k][0] != ")" or k < 3 or k + 1 >= len(toks) or toks[k - 2][0] != "(":
        return False
    return bool(re.fullmatch(r"[A-Z][A-Z&\-]{1,7}", toks[k - 1][0])) and is_cap(toks[k - 3][0]) and \
        toks[k + 1][0].islower() and toks[k + 1][0] in lexicon.role_nouns()


def _walk_back(text: str, lo: int, head_s: int, head_is_role: bool) -> int:
    """Start of the noun phrase whose head starts at head_s: premodifiers, a determiner, 'of/for' chains.

    >>> t = "a spokesman for the Iraqi army"; t[_walk_back(t, 0, 26, True):]
    'a spokesman for the Iraqi army'
    >>> t = "After the meeting Trump"; t[_walk_back(t, 0, 18, False):]
    'Trump'
    >>> t = "said one of those advisers"; t[_walk_back(t, 0, 18, True):]
    'one of those advisers'
    >>> t = "Sanders's hometown Burlington"; t[_walk_back(t, 0, 19, False):]
    "Sanders's hometown Burlington"
    """
    toks = tokens(text, lo, head_s)
    start, k, role_seen, pending, anchored = head_s, len(toks) - 1, head_is_role, -1, False
    while k >= 0:
        tok, s, _e = toks[k]
        w = tok.lower().strip(".,")
        if _acronym_gloss(toks, k):
            k -= 3   # 'Northern League (NL) leader Ann Lee': the body's acronym in brackets, then its role
            continue
        if not (tok[0].isalnum() or tok[0] in "’'-_") or (tok.endswith(".") and not _ABBREV_TOKEN.fullmatch(tok)):
            break   # punctuation, or a word ending a sentence
        if k + 1 < len(toks) and toks[k + 1][0][:1].isdigit() and re.fullmatch(_APPROX, w):
            start = s   # 'about 200 farmers'
            break
        if w == "a" and k > 0 and k + 1 < len(toks) and toks[k + 1][0].lower() in _ROUND_COUNT and \
                re.fullmatch(_APPROX, toks[k - 1][0].lower()):
            start = toks[k - 1][1]   # 'about a dozen people'
            break
        if w in lexicon.DETERMINERS or _POSSESSIVE.fullmatch(tok):
            start, anchored = s, pending >= 0
            if k > 1 and toks[k - 1][0].lower() in _CHAIN and (_role_like(toks[k - 2][0]) or toks[k - 2][0].lower() in _PARTITIVE):
                k -= 1
                continue
            if w in lexicon.DETERMINERS:
                break
        elif k > 0 and w in _CHAIN and (_role_like(toks[k - 1][0]) or toks[k - 1][0].lower() in _PARTITIVE):
            start = s
        elif w in _PARTITIVE and start < head_s and text[toks[k + 1][1]:toks[k + 1][2]].lower() == "of":
            start = s
            break
        elif is_cap(tok):
            if w in lexicon.NON_NAME_WORDS or w in lexicon.PREPOSITIONS:
                break
            start = s
        elif (role_seen and (_np_token_ok(tok, True) or _np_adverb(tok) or _participle_after_det(toks, k))
              and w not in lexicon.PREPOSITIONS) or _role_like(tok):
            start = s
        elif _np_token_ok(tok, False) and w not in lexicon.PREPOSITIONS and \
                (pending if pending >= 0 else start) - s < 40:
            pending = start if pending < 0 else pending   # lower-case nouns before a name: kept only if a
            start = s                                       # determiner follows or they open the clause
        else:
            break
        role_seen = role_seen or _role_like(tok)
        k -= 1
    if pending >= 0 and not anchored:
        return start if _bare_premodifiers(text, lo, start, pending) else pending
    return start


def _bare_premodifiers(text: str, lo: int, a: int, b: int) -> bool:
    """Whether text[a:b], lower-case words before a name with no determiner, is a role opening its clause.

    >>> t = 'said political consultant Ann Lee'
    >>> _bare_premodifiers(t, 0, 5, 26), _bare_premodifiers("yesterday Ann Lee", 0, 0, 10)
    (True, False)
    """
    words = text[a:b].lower().split()
    return bool(words) and subject_position(text, lo, a) and not any(
        w in _SOFT_ADVERBS or w in _TIME_WORDS or _LY.fullmatch(w) or not w.isalpha() for w in words)


_TIME_WORDS = {"today", "yesterday", "tonight", "tomorrow", "now", "then", "recently", "meanwhile", "here", "there",
               "reportedly", "also", "instead", "however", "ago", "last", "next", "this", "morning", "evening",
               "afternoon", "night", "week", "month", "year", "day", "so", "not", "only", "just", "even"}


def _role_like(tok: str) -> bool:
    """A role noun (person, body or document) or a title word.

    >>> _role_like("spokesman"), _role_like("army"), _role_like("meeting")
    (True, True, False)
    """
    w = tok.lower().strip(".,")
    return w in lexicon.role_nouns() or w in lexicon.titles()


_NUMBER = r"(?:\d[\d.,]*|one|two|three|four|five|six|seven|eight|nine|ten|a\s+third|half)"
#: an approximate quantity opening a noun phrase: 'about 200', 'more than half'
_APPROX = r"(?:about|nearly|almost|roughly|around|some|only|just|over|under|approximately|(?:more|fewer|less)\s+than|at\s+least)"
#: a share of people polled standing as a subject: 'About six in 10', 'some 30 percent', 'one out of five'
_SHARE = re.compile(r"\b(?:" + _APPROX + r"\s+)?" + _NUMBER + r"\s*(?:percent|per\s+cent|%|in\s+(?:10|ten|five|\d+)|"
                    r"out\s+of\s+(?:\d+|ten|five))$", re.I)


#: a broadcaster's name ending in a number: 'France 24', 'Channel 4'
_NUMBERED_NAME = re.compile(r"(?<![\w’'\-])(?:[A-Z][\w’'\-]*\s+){0,2}([A-Z][\w’'\-]*)\s+\d{1,3}$")


#: patterns read by np_at_end, compiled once
_WORDISH = re.compile(r"[\w’']")


def np_at_end(text: str, lo: int, end: int, subject: bool = True) -> Mention | None:
    """The speaker noun phrase ending at ``end`` inside text[lo:end] (no commas inside), or None.

    With ``subject`` (the default) the phrase must open a clause; without, any position will do (the antecedent
    of a relative 'who').

    >>> t = "Pentagon spokesman John Kirby"; m = np_at_end(t, 0, len(t)); m.kind, m.name, m.role
    ('person', 'John Kirby', 'Pentagon spokesman')
    >>> t = "a senior military official"; np_at_end(t, 0, len(t)).kind
    'role'
    >>> np_at_end("the incident", 0, 12) is None, np_at_end("injuring eight US soldiers", 0, 26) is None
    (True, True)
    >>> np_at_end("About six in 10", 0, 15).name, np_at_end("about 200 farmers", 0, 17).name
    ('About six in 10', 'about 200 farmers')
    >>> np_at_end("channel, Ames 24", 9, 16).name, np_at_end("on March 24", 3, 11)
    ('Ames 24', None)
    """
    end = _strip_paren(text, lo, end)
    while end > lo and text[end - 1].isspace():
        end -= 1
    toks = tokens(text, lo, end)
    if not toks or not _WORDISH.match(toks[-1][0]):
        return None
    last, ls, le = toks[-1]
    found, m0 = _closed_class_at_end(text, lo, end, toks[-1], subject)
    if found:
        return m0
    chunks = [c for c in name_chunks(text, lo, end) if c[1] == end]
    if chunks:
        return _named_at_end(text, lo, end, chunks[-1], subject)
    w = last.lower()
    if w in QUANTIFIERS or w == "another":
        m0 = Mention(ls, le, "role", ls, le, last, "", w != "another")
        return m0 if not subject or subject_position(text, lo, ls) else None
    role = lexicon.role_nouns().get(re.sub(r"^\d+-", "", w.strip(".")))
    if role is None:
        return None
    start = _walk_back(text, lo, ls, True)
    kind = {"person": "role", "body": "body", "document": "document"}[role.kind]
    return _checked(text, Mention(start, end, kind, ls, le, text[start:end], "", role.plural), lo if subject else -1)


#: one more of a kind named before: 'another one', 'a third one', 'the other one'
_ONE_MORE = re.compile(r"(?<![\w’'\-])(?:another|(?:a|the)\s+(?:second|third|fourth|fifth|other|last))\s+one$", re.I)
#: a partitive of a pronoun ending a subject: 'one of them', 'several of us'
_PRONOUN_PARTITIVE = re.compile(r"(?<![\w’'\-])(one|some|many|most|several|each|two|three|four|none|all|both|a\s+few)\s+of\s+"
                                r"(?:them|us|those)$", re.I)


def _closed_class_at_end(text: str, lo: int, end: int, tok: tuple[str, int, int],
                         subject: bool) -> tuple[bool, Mention | None]:
    """A pronoun, 'Another'/'Many', a numbered name or a share of those polled ending at ``end``: (found, mention).

    >>> _closed_class_at_end("Many", 0, 4, ("Many", 0, 4), True)[1].kind, _closed_class_at_end("Ann", 0, 3, ("Ann", 0, 3), True)
    ('role', (False, None))
    >>> _closed_class_at_end("one of them", 0, 11, ("them", 7, 11), True)[1].name
    'one of them'
    >>> _closed_class_at_end("another one", 0, 11, ("one", 8, 11), True)[1].name
    'another one'
    >>> _closed_class_at_end("Kin looked on. One", 0, 18, ("One", 15, 18), True)[1].name
    'One'
    """
    last, ls, le = tok
    w = last.lower()
    if w in lexicon.PRONOUNS or w == "who":
        m0 = Mention(ls, le, "pronoun", ls, le, w, "", lexicon.PRONOUNS.get(w) == "p")
        keep = not subject or w in {"who", "he", "she", "they", "i", "we"} or subject_position(text, lo, ls)
        return True, (m0 if keep else None)
    if w == "another" or (w in QUANTIFIERS and last[:1].isupper()) or (last == "One" and re.search(r"(?:^|[.!?][”\"’']?)\s*$", text[max(0, ls - 4):ls])):
        m0 = Mention(ls, le, "role", ls, le, last, "", w not in {"another", "one"})   # 'Another tweeted', 'Many chanted',
        return True, (m0 if not subject or subject_position(text, lo, ls) else None)   # '... looked on. One said'
    ordinal = _ONE_MORE.search(text, max(lo, end - 30), end) if w == "one" else None
    if ordinal is not None:   # 'another one asked', 'a third one wrote': one more of those named before
        m0 = Mention(ordinal.start(), end, "role", ordinal.start(), end, ordinal.group(), "", False)
        return True, (m0 if not subject or subject_position(text, lo, ordinal.start()) else None)
    part = _PRONOUN_PARTITIVE.search(text, max(lo, end - 40), end) if w in {"them", "us", "those"} else None
    if part is not None:   # 'one of them shouted', 'Some of us said': a share of a group named before
        m0 = Mention(part.start(), end, "role", part.start(), end, part.group(), "", part.group(1).lower() not in {"one", "each"})
        return True, (m0 if not subject or subject_position(text, lo, part.start()) else None)
    numbered = _NUMBERED_NAME.search(text, max(lo, end - 60), end)
    if numbered is not None and numbered.group(1).lower() not in lexicon.NON_NAME_WORDS:   # 'France 24', 'Channel 4'
        m0 = Mention(numbered.start(), end, "body", numbered.start(), end, numbered.group(), "", False)
        return True, (m0 if not subject or subject_position(text, lo, numbered.start()) else None)
    share = _SHARE.search(text, max(lo, end - 60), end)
    if share is not None:   # 'About six in 10 said', '30 percent said': a share of those polled
        m0 = Mention(share.start(), end, "role", share.start(), end, share.group(), "", True)
        return True, (m0 if not subject or subject_position(text, lo, share.start()) else None)
    return False, None


def _named_at_end(text: str, lo: int, end: int, chunk: tuple[int, int], subject: bool) -> Mention | None:
    """The speaker phrase around the name chunk ``chunk`` that ends the span: a person, a role or a body.

    >>> t = "a security analyst at Horizon"; _named_at_end(t, 0, len(t), (22, len(t)), True).kind
    'role'
    """
    a, b = chunk
    while (m := re.match(r"([\w’'.\-]+)\s+", text[a:b])) and m.group(1).lower().strip(".") in lexicon.NON_NAME_WORDS:
        a += m.end()   # 'Despite Trump', 'However Clinton': the first word is not part of the name
    joined = joined_body(text, lo, a, end)
    if joined < a:   # 'Procter and Gamble said': one firm, not its second half
        return _checked(text, Mention(joined, end, "body", joined, end, text[joined:end], "", False), lo if subject else -1)
    head_a = _after_place(text, a, b)
    kind, name = _classify_name(text, head_a, b)
    if not kind:
        return None
    start = _walk_back(text, lo, a, kind == "role")
    pre = lexicon.role_nouns().get(text[start:a].split()[-1].lower()) if start < a else None
    kind = "body" if kind == "person" and pre is not None and pre.kind == "body" else kind
    chain = re.search(r"\b([\w\-]+)\s+(?:of|for|at|from|by|with|to|in)\s+(?:the\s+)?$", text[start:a])
    if chain and _role_like(chain.group(1)):   # 'a security analyst at Horizon': the analyst speaks
        role = lexicon.role_nouns().get(chain.group(1).lower())
        kind = "role" if role is None or role.kind == "person" else ("body" if role.kind == "body" else "document")
        return _checked(text, Mention(start, end, kind, start + chain.start(1), start + chain.end(1),
                                      text[start:end], "", False), lo if subject else -1)
    role = text[start:a].strip()
    role = re.sub(r"^(?:the|a|an)\s+", "", role, flags=re.I) if kind == "person" else role
    return _checked(text, Mention(start, end, kind, a, b, name, role, False), lo if subject else -1)


#: the first half of a name joined by 'and' or '&' ('Procter and', 'Marks &'): one to three capitalised words
_FIRST_HALF = re.compile(r"(?<![\w’'\-])((?:[A-Z][\w’'.\-]*\s+){1,3})(and|&)\s+$")
#: what follows a joined name that shows one body speaks: a singular verb, 'its', an apposition naming a firm
_ONE_BODY_AFTER = re.compile(r"\s+(?:says|has|is|was|plans|makes|sells|owns)\b|\s+[a-z]+\s+its\b|,\s*(?:the|a|an)\s+"
                             r"(?:[\w\-]+\s+){0,3}?(?:company|firm|retailer|maker|manufacturer|brand|chain|group|bank|"
                             r"publisher|partnership|conglomerate|business)\b")


def joined_body(text: str, lo: int, a: int, end: int) -> int:
    """Start of a name joined by 'and'/'&' that ends at ``end`` when the run is one body ('Procter and Gamble',
    'Marks & Spencer'): an ampersand, the same word twice, or a singular verb, 'its' or a firm noun after it; two
    people ('Smith and Jones said', 'Ann Smith and Bo Jones') stay apart, and ``a`` is returned; so do two bodies
    ('the Army and Navy said'), while a body noun that ends the second half alone heads the run ('Pike and Perch Club').

    >>> t = "Johnson and Johnson said"; joined_body(t, 0, 12, 19), joined_body("Smith and Jones said", 0, 10, 15)
    (0, 10)
    >>> t = "Procter and Gamble says"; joined_body(t, 0, 12, 18)
    0
    >>> t = "the Assembly Budget Watch and Audit Bureau said"; joined_body(t, 0, 30, 42)
    4
    >>> joined_body("the Army and Navy said", 0, 13, 17)
    13
    >>> joined_body("Obama and Congress said", 0, 10, 18)
    10
    """
    m = _FIRST_HALF.search(text, max(lo, a - 60), a)
    if m is None or m.start() < lo:
        return a
    first, second = m.group(1).split(), text[a:end].split()
    if len(second) > 3 or lexicon.first_names().get(first[0].lower()) is not None or \
            any(_title_or_country(w) or w.lower() in lexicon.NON_NAME_WORDS for w in first + second):
        return a    # 'Ann Smith and Bo Jones', 'Sen. Lee and Rep. Hale': people; 'Iraq and Syria': places
    if second[-1].lower() in {"congress", "senate", "parliament"} and len(second) == 1 or _named_person(text, first[-1]):
        return a    # 'Obama and Congress said', 'Tom Hale ... Hale and Moreno Group': two speakers
    one = m.group(2) == "&" or first == second or bool(_ONE_BODY_AFTER.match(text, end)) or _body_word(second[-1]) \
        and not _body_word(first[-1])   # 'the Anglers and River Keepers Forum': one forum; 'Assembly Budget Watch and ...'
    return m.start() if one else a


def _named_person(text: str, word: str) -> bool:
    """Whether a capitalised word is a person's surname in the text: a known first name stands before it somewhere.

    >>> _named_person("Tom Hale spoke first. Hale and Ross Group", "Hale"), _named_person("Hale and Ross Group", "Hale")
    (True, False)
    """
    return _named_person_cached(text, word)


@lru_cache(maxsize=4096)
def _named_person_cached(text: str, word: str) -> bool:
    """:func:`_named_person`, read at the word's occurrences only (the matches a scan of the whole text finds, in order).

    >>> _named_person_cached("Tom Hale and Ann Hale", "Hale"), _named_person_cached("Big Hale", "Hale")
    (True, False)
    """
    names = lexicon.first_names()
    return any(names.get(m.group(1).lower()) is not None for m in _pairs_ending_in(text, word))


def _pairs_ending_in(text: str, word: str) -> list[re.Match]:
    """The matches of ``\\b([A-Z][a-z]+)\\s+<word>\\b`` that ``finditer`` gives on the whole text, found from the
    word's occurrences: each fixes the one start a match through it can have (back over the spaces, the lower-case
    letters and one capital), which the expression then checks there; overlapping matches are skipped as the scan does.

    >>> [m.group(0) for m in _pairs_ending_in("Tom Hale met Big Hale. Hale Hale", "Hale")]
    ['Tom Hale', 'Big Hale', 'Hale Hale']
    """
    rx = re.compile(r"\b([A-Z][a-z]+)\s+" + re.escape(word) + r"\b")
    out: list[re.Match] = []
    last_end, p = 0, text.find(word) if word else -1
    while p >= 0:
        j = p
        while j > 0 and text[j - 1].isspace():
            j -= 1
        k = j
        while k > 0 and "a" <= text[k - 1] <= "z":
            k -= 1
        if j < p and k < j and k > 0 and "A" <= text[k - 1] <= "Z" and k - 1 >= last_end:
            m = rx.match(text, k - 1)
            if m is not None:
                out.append(m)
                last_end = m.end()
        p = text.find(word, p + 1)
    return out


def _title_or_country(word: str) -> bool:
    """A title before a name or a country's name or demonym ('Sen.', 'Iraq', 'Iraqi'), not an institution word ('Forum').

    >>> _title_or_country("Sen."), _title_or_country("Iraqi"), _title_or_country("Forum")
    (True, True, False)
    """
    w = word.lower().strip(".,’'")
    return w in lexicon.titles() or w in lexicon.countries()


def _body_word(word: str) -> bool:
    """Whether a capitalised word is a body noun ('Forum', 'Association').

    >>> _body_word("Forum"), _body_word("Jones")
    (True, False)
    """
    role = lexicon.role_nouns().get(word.lower().strip(".,’'"))
    return role is not None and role.kind == "body"


_CLAUSE_OPENERS = {"and", "but", "or", "nor", "yet", "so", "that", "while", "when", "whereas", "because", "as",
                   "although", "though", "if", "since", "after", "before", "once", "until", "where", "then", "also",
                   "meanwhile", "however", "instead", "now", "still", "even", "and", "both", "which", "who", "whom",
                   "whose", "what", "how", "why", "whom", "said", "says", "added", "told", "wrote"}
_SOFT_ADVERBS = {"online", "now", "here", "there", "too", "then", "later", "earlier", "also", "again", "still",
                 "instead", "meanwhile", "recently", "once", "privately", "publicly"}


def subject_position(text: str, lo: int, start: int) -> bool:
    """Whether a noun phrase starting at ``start`` opens a clause (nothing, punctuation or a conjunction before).

    >>> t = "the attack, injuring eight soldiers"; subject_position(t, 0, 21), subject_position(t, 0, 12)
    (False, True)
    >>> subject_position("⚽Ann Lee said", 0, 1)
    True
    """
    before = text[max(lo, start - 60):start].rstrip()
    for _ in range(3):
        if not before or before[-1] in ",;:—–-(“”\"'‘’[.!?•" or max(lo, start - 60) == start or \
                unicodedata.category(before[-1]) == "So":   # an emoji or a bullet sign opening a label line
            return True
        m = _LAST_WORD.search(before)
        if not m:
            return False
        w = m.group().lower()
        if w in _CLAUSE_OPENERS:
            return True
        if w not in _SOFT_ADVERBS and not (_LY.fullmatch(w) and w not in _LY_NOUNS):
            return False
        before = before[:m.start()].rstrip()
    return False


def _checked(text: str, m: Mention, lo: int = -1) -> Mention | None:
    """Reject a noun phrase that is too long, starts with a preposition or a verb, or is not a clause subject."""
    if lo >= 0 and not subject_position(text, lo, m.start):
        return None
    words = text[m.start:m.end].split()   # (callers that accept any position pass lo = -1)
    if not words or len(words) > MAX_NP_WORDS:
        return None
    first = words[0].lower()
    named = m.kind == "person" and words[0][:1].isupper() and len(words) > 1 and first in lexicon.first_names()
    counted = len(words) > 1 and bool(re.fullmatch(_APPROX, first)) and (words[1][:1].isdigit() or (
        len(words) > 2 and words[1].lower() == "a" and words[2].lower() in _ROUND_COUNT))   # 'about 200 farmers'
    if (first in lexicon.PREPOSITIONS and not counted) or first in lexicon.SUBORDINATORS - {"that"} or \
            (first in lexicon.AUXILIARIES and not named and not (_np_adverb(first) and len(words) > 2)):
        return None
    if re.fullmatch(r"[a-z]+(?:ing|ed)", words[0]) and first not in ED_ING_ADJECTIVES:
        return None
    return m


_CLAUSE_EDGE = re.compile(r"[;:!?]|\s[—–]\s|\s--\s|—|\b(?:that|because|whereas|unless|although|though)\s")
_APPOSITIVE = re.compile(r"\s*(?:who|whom|whose|which|a|an|one\s+of|himself|herself|itself|themselves|also|now|"
                         r"formerly|former|ex-|then-|\d+|[A-Z]-[A-Z][\w.]*|Jr\.?|Sr\.?|[a-z][\w\-]*(?:ing|ed)|"
                         r"the\s+(?:former|then|current|outgoing|incoming|new|top|senior|chief|head|leader|author|"
                         r"founder|president|chair\w*|director|son|daughter|wife|husband|widow|mother|father|no\.))"
                         r"(?:\b|(?<=\.))")


def _parts(text: str, a: int, b: int) -> list[tuple[int, int]]:
    """Comma-separated parts of text[a:b] (commas inside brackets do not split).

    >>> t = "Ann Lee, 45, a teacher (and mother, too)"; [t[x:y] for x, y in _parts(t, 0, len(t))]
    ['Ann Lee', ' 45', ' a teacher (and mother, too)']
    """
    seg = text[a:b]
    if "(" not in seg:
        out, s = [], a
        for i in [m.start() for m in _COMMA.finditer(text, a, b)] + [b]:
            if text[s:i].strip():
                out.append((s, i))
            s = i + 1
        return out
    out, depth, s = [], 0, a
    for i in range(a, b):
        c = text[i]
        depth += (c == "(") - (c == ")")
        if c == "," and depth <= 0:
            out.append((s, i))
            s = i + 1
    out.append((s, b))
    return [(x, y) for x, y in out if text[x:y].strip()]


_COMMA = re.compile(",")


#: a prepositional phrase set off by commas between a subject and its verb: ', in a statement,', ', on letterhead,'
_PP_ASIDE = re.compile(r"\s*(?:in|on|at|during|after|before|with|from|via|through|under|without|despite|amid)\s+[^,]*$")


def _is_appositive(text: str, part: tuple[int, int]) -> bool:
    """A part that describes the noun phrase before it: 'a pollster', 'who ...', '45', 'R-Fla.', 'speaking ...'.

    >>> _is_appositive(" a pollster at X", (0, 16)), _is_appositive(" the ministry", (0, 13))
    (True, False)
    >>> _is_appositive(" when asked about it", (0, 20)), _is_appositive(" in a statement", (0, 15))
    (True, True)
    """
    seg = text[part[0]:part[1]]
    if re.match(r"\s*[“”\"'‘’]", seg) or _is_adverbial(seg) or _PP_ASIDE.match(seg):
        return True   # a quoted title or name inside the apposition, 'meanwhile', 'for his part', 'in a statement'
    seg = seg.lstrip(" “”\"'‘’")
    if _APPOSITIVE.match(seg) or _ASIDE.match(seg):
        return True
    words = seg.split()
    first = words[0].lower().strip(".") if words else ""
    if _titles_of(words):
        return True   # 'CEO of Ascena', 'Director of the FBI', 'Vice-President and Prime Minister of X'
    return first in lexicon.role_nouns() and not seg.strip()[:1].isupper() or first in {"chairman", "head", "chief"}


def _titles_of(words: list[str]) -> bool:
    """Whether words open with titles or role nouns (maybe several, hyphenated or joined by 'and') and then 'of',
    'for' or 'at': an office held somewhere ('Director of the FBI', 'Vice-President and Prime Minister of Norland').

    >>> _titles_of("Vice-President and Prime Minister of Norland".split()), _titles_of("Prime Minister of Norland".split())
    (True, True)
    >>> _titles_of("Ann Lee of Norland".split()), _titles_of("Minister and of".split())
    (False, False)
    """
    known = lambda w: w in lexicon.role_nouns() or w in lexicon.titles()  # noqa: E731
    i = 0
    while i < min(len(words), 8) and (words[i].lower() == "and" and i > 0 or
                                      all(known(p) for p in words[i].lower().strip(".").split("-") if p)):
        i += 1
    return 0 < i < len(words) - 1 and words[i - 1].lower() != "and" and words[i].lower() in {"of", "for", "at"}


#: a clause set off by commas between a subject and its verb: ', when asked about it,' / ', after hearing the news,'
_ASIDE = re.compile(r"(?:when|while|after|before|once|if|though|although)\s+(?:[a-z]+ly\s+)?[a-z]+(?:ed|ing)\b")
_ADVERBIAL = re.compile(r"\s*(?:meanwhile|however|too|also|though|instead|nonetheless|moreover|therefore|then|now|"
                        r"again|likewise|similarly|still|yet|indeed|in\s+turn|in\s+response(?:\s+to\s+[^,;:“”\"]{1,160})?|for\s+(?:his|her|their|its)"
                        r"\s+part|of\s+course|in\s+fact|for\s+example|at\s+the\s+time|on\s+\w+day|[a-z]+ly)\s*$", re.I)


def _is_adverbial(seg: str) -> bool:
    """A comma-delimited part that is only an adverbial ('meanwhile', 'for his part', 'on Tuesday').

    >>> _is_adverbial(" meanwhile"), _is_adverbial(" for his part"), _is_adverbial(" the senator")
    (True, True, False)
    >>> _is_adverbial(" in response to the rival's crude remark about her loss")
    True
    """
    return bool(_ADVERBIAL.fullmatch(seg))


#: a conjunction or sentence adverb that may stand before a subject's name in its comma part: 'But Dan Hale, ...'
_LEAD_ADVERBS = {"and", "but", "so", "yet", "or", "now", "then", "still", "meanwhile", "also", "instead", "indeed", "even"}


def _is_intro(text: str, part: tuple[int, int]) -> bool:
    """A part that opens the clause before its subject: 'In a statement', 'However', 'According to X'.

    >>> _is_intro("In a statement", (0, 14)), _is_intro("Ann Lee", (0, 7)), _is_intro("But Ann Lee", (0, 11))
    (True, False, False)
    >>> _is_intro("That letter", (0, 11)), _is_intro("That said", (0, 9))
    (False, True)
    """
    words = text[part[0]:part[1]].split()
    if len(words) > 1 and words[0].lower() in _LEAD_ADVERBS and words[1][:1].isupper() and \
            words[1].lower() not in lexicon.NON_NAME_WORDS | lexicon.PREPOSITIONS | _INTRO_WORDS:
        words = words[1:]   # 'But Dan Hale': a conjunction before a name opens no intro phrase
        return not words[0][:1].isupper() or _participle_opener(words)
    w = words[0].lower().strip(".,") if words else ""
    if w in {"that", "this", "these", "those"} and len(words) <= 4 and words[-1].lower() in lexicon.role_nouns():
        return False   # 'That letter, on letterhead, demanded': a demonstrative opening the subject
    return bool(words) and (w in lexicon.NON_NAME_WORDS | lexicon.PREPOSITIONS | _INTRO_WORDS
                            or bool(re.fullmatch(r"[A-Za-z]+ly", words[0])) or _participle_opener(words)
                            or bool(_TIME_INTRO.fullmatch(text, part[0], part[1])))


#: 'Minutes later', 'Two days ago', 'Hours earlier', 'Late on Monday', 'Early this week': a time phrase opening the clause
_TIME_INTRO = re.compile(r"\s*(?:(?:[\w\-]+\s+){0,3}(?:later|ago|earlier|afterwards?)|(?:late|early)\s+(?:(?:on|in|this|last|that|"
                         r"next)\s+)?(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|morning|afternoon|evening|night|week|month|year|"
                         r"january|february|march|april|may|june|july|august|september|october|november|december)"
                         r"(?:\s+(?:morning|afternoon|evening|night))?)\s*", re.I)


_INTRO_WORDS = {"ever", "since", "when", "while", "if", "although", "though", "because", "once", "until", "whether",
                "led", "faced", "asked", "pressed", "given", "told", "backed", "joined", "flanked", "speaking"}


def _participle_opener(words: list[str]) -> bool:
    """A clause opened by a participle ('Reprising one of her lines', 'Weighing in', 'Sentencing Lee'), not by a name.

    >>> _participle_opener(["Reprising", "one"]), _participle_opener(["Sterling", "Brown"]), _participle_opener(["Weighing"])
    (True, False, True)
    >>> _participle_opener(["Sentencing", "Lee"]), _participle_opener(["Manning", "Lee"])
    (True, False)
    """
    w = words[0]
    return bool(re.fullmatch(r"[A-Z][a-z]{3,}(?:ing|ed)", w)) and w.lower() not in lexicon.first_names() and \
        (len(words) == 1 or not words[1][:1].isupper() or w.lower() in lexicon.OBJECT_PARTICIPLES)


#: a subordinator opening the clause of a cue inside a longer comma part: '..., jabbing at X as she said'
_SUBORDINATE = re.compile(r"\b(?:(?<!known\s)(?<!such\s)(?<!\bto\s)as|when|while|because|after|before|since|though|although|until|"
                          r"once|where)\s+", re.I)


def _subordinate_subject(text: str, a: int, end: int) -> Mention | None:
    """The subject right after the last subordinator of text[a:end] when it is all that stands before the cue
    ('pointing at a man as she said' -> she), else None.

    >>> t = ", pointing at a man as she angrily said"; _subordinate_subject(t, 0, t.index("said")).name
    'she'
    >>> _subordinate_subject(", as the town grew", 0, 17) is None, _subordinate_subject("Pier Watch, also known as Ann Lee", 0, 33)
    (True, None)
    """
    sub = None
    for sub in _SUBORDINATE.finditer(text, max(a, end - 120), end):
        pass
    if sub is None or not text[a:sub.start()].strip(" ,"):
        return None
    m = np_at_end(text, sub.end(), trim_subject_end(text, sub.end(), end))
    return m if m is not None and m.start == sub.end() and m.kind in {"pronoun", "person", "role"} else None


def _relative_that(text: str, m: re.Match, lo: int = 0) -> bool:
    """Whether a clause edge match is a relative 'that' after a noun inside an apposition ('a group that has
    sued, said'), not the 'that' of a reported clause ('said that') or a conjunction; the apposition's comma is
    looked for from ``lo`` (the sentence start) on, never in a sentence or a headline before.

    >>> t = "Dan Hale, a group that sued"; _relative_that(t, _CLAUSE_EDGE.search(t))
    True
    >>> t = "Lee said that Kim"; _relative_that(t, _CLAUSE_EDGE.search(t))
    False
    >>> t = "Rain, hail\\n\\nA map shows the spot that Ames"; _relative_that(t, _CLAUSE_EDGE.search(t), t.index("A map"))
    False
    """
    if not m.group().startswith("that"):
        return False
    prev = _LAST_WORD.search(text, max(0, m.start() - 30), m.start() - 1) if m.start() > 0 else None
    if prev is None or prev.end() != m.start() - 1:
        return False
    w = prev.group()
    return w.islower() and not lexicon.is_cue(w) and w not in lexicon.AUXILIARIES and not w.endswith("ed") and \
        w not in _CLAUSE_OPENERS and w not in lexicon.PREPOSITIONS and "," in text[max(lo, m.start() - 160):m.start()]


#: a comma part opening a relative clause about the noun phrase before it: ', who identifies as X', ', whose town'
_RELATIVE_ASIDE = re.compile(r"\s*(?:who|whose)\b")


#: an upper-case dateline before a sentence's first 'The': 'WASHINGTON The U.S. military said', 'BAGHDAD/ERBIL The ...'
#: a page's date stamp opening a sentence ("date 2019-12-29 ", "2024-01-29 "): no part of the subject
_DATE_STAMP = re.compile(r"\s*(?:(?i:date):?\s+)?\d{4}-\d\d-\d\d\s+(?=[A-Z])")
_DATELINE_THE = re.compile(r"\s*[A-Z]{3,}[A-Z.’'\-]*(?:[\s/][A-Z]{3,}[A-Z.’'\-]*){0,3}\s+(?=(?:The|A|An)\s)")


def _speaking_antecedent(text: str, a: int, b: int) -> bool:
    """Whether the comma part text[a:b] before a relative 'which' ends in a body or a document that can speak.

    >>> t = "The attack was confirmed by CENTCOM"; _speaking_antecedent(t, 0, len(t))
    True
    >>> t = "Rockets hit the base"; _speaking_antecedent(t, 0, len(t))
    False
    """
    m = np_at_end(text, a, len(text[:b].rstrip()), subject=False)
    return m is not None and m.kind in {"body", "document"}


def subject_before(text: str, lo: int, end: int) -> Mention | None:
    """Subject of a reporting cue that starts at ``end``, searched back to ``lo`` (appositions walked over).

    >>> t = "Geoff Garin, a Democratic pollster who works with X, said"; m = subject_before(t, 0, 52)
    >>> m.name, m.role
    ('Geoff Garin', 'a Democratic pollster')
    >>> t = "In a statement, the ministry said"; subject_before(t, 0, 29).name
    'the ministry'
    >>> t = "The Florida senator, Marco Rubio, said"; m = subject_before(t, 0, 34); m.name, m.role
    ('Marco Rubio', 'The Florida senator')
    >>> t = "Ann Lee, whose town, Ames, is flooding, argues"; subject_before(t, 0, t.index("argues")).name
    'Ann Lee'
    >>> t = "It is what it is (Ann Lee, who coined the word, once said"; subject_before(t, 0, t.index("said")).name
    'Ann Lee'
    """
    end = trim_subject_end(text, lo, end)
    lo = sentence_start(text, end, lo)
    stamp = _DATE_STAMP.match(text, lo, end)
    lo = stamp.end() if stamp is not None else lo   # 'date 2019-12-29 The army said': a page's date stamp
    lead = _DATELINE_THE.match(text, lo, end)
    lo = lead.end() if lead is not None else lo   # 'WASHINGTON The U.S. military said': the dateline is no subject
    for m in _CLAUSE_EDGE.finditer(text, max(lo, end - 300), end):
        if not _relative_that(text, m, lo):
            lo = max(lo, m.end())
    paren = text.rfind("(", lo, end)
    if paren >= 0 and ")" not in text[paren:end]:
        lo = paren + 1   # 'as it is (Ann Lee, who coined the word, once said': the aside opens a clause
    parts = _drop_state_tails(text, [_after_as(text, p) for p in _parts(text, lo, end)])
    if not parts:
        return None
    rel = next((i for i in range(1, len(parts)) if _RELATIVE_ASIDE.match(text, *parts[i])), None)
    parts = parts if rel is None else parts[:rel + 1]   # 'X, whose town, Y, is flooded, argues': the rest is X's aside
    sub = None if rel is not None else _subordinate_subject(text, parts[-1][0], end)
    if sub is not None:
        return sub
    rel = text[parts[-1][0]:parts[-1][1]].strip()
    if rel.lower() == "who" or rel == "which" and len(parts) > 1 and _speaking_antecedent(text, *parts[-2]):
        w0 = text.index(rel, parts[-1][0])   # 'CENTCOM, which said': the body speaks, read as a relative 'who'
        return Mention(w0, w0 + len(rel), "pronoun", w0, w0 + len(rel), "who")
    k = len(parts) - 1
    while k > 0 and not (_is_intro(text, parts[k - 1]) and not (k > 1 and _hometown(text, parts[k - 1]))) \
            and (_is_appositive(text, parts[k]) or _the_after_name(text, parts, k) or _hometown(text, parts[k])
                 or _names_the_description(text, parts, k)) \
            and (not _named_after_role(text, parts, k) or _names_the_description(text, parts, k)) \
            and not _us_state(text[parts[k - 1][0]:parts[k - 1][1]].strip()):
        k -= 1
    k = _described_name(text, parts, k)
    a, b = parts[k]
    m = np_at_end(text, a, trim_subject_end(text, a, b))
    if m is None or (m.kind == "body" and " of " in m.name):
        m = _person_of(text, a, trim_subject_end(text, a, b)) or m
    if m is None:
        m = _head_of_who_clause(text, a, b) or _postmodified(text, a, trim_subject_end(text, a, b))
    if m is None:
        return None
    if k < len(parts) - 1:
        m.role = _role_text(text, parts[k + 1][0], parts[-1][1])
    elif k > 0 and m.kind in {"person", "body"} and not m.role and re.match(r"\s*(?:the|a|an)\s", text[parts[k - 1][0]:parts[k - 1][1]], re.I):
        m.role = text[parts[k - 1][0]:parts[k - 1][1]].strip()
    return _with_role_first(text, parts, k, m)


def _with_role_first(text: str, parts: list[tuple[int, int]], k: int, m: Mention) -> Mention:
    """A name right after a part that is wholly a role noun phrase ('The bakery's owner, Ann Lee, said') spans both:
    the apposition is one noun phrase, whichever of its halves a reader takes for the speaker.

    >>> t = "The bakery's owner, Ann Lee, said"; m = subject_before(t, 0, t.index("said")); t[m.start:m.end], m.name
    ("The bakery's owner, Ann Lee", 'Ann Lee')
    >>> t = "After meeting the owner, Ann Lee said"; m = subject_before(t, 0, t.index("said")); t[m.start:m.end]
    'Ann Lee'
    >>> t = "A spokesman for the ferry line, Tom Ash, said"; m = subject_before(t, 0, t.index("said")); t[m.start:m.end]
    'A spokesman for the ferry line, Tom Ash'
    >>> t = "The official in charge of the fair, Tom Ash, said"; m = subject_before(t, 0, t.index("said")); t[m.start:m.end]
    'The official in charge of the fair, Tom Ash'
    """
    a, b = parts[k - 1] if k > 0 else (0, 0)
    a += len(text[a:b]) - len(text[a:b].lstrip())
    if k == 0 or m.kind != "person" or text[parts[k][0]:m.start].strip() or _is_intro(text, parts[k - 1]) \
            or not _opens_noun_phrase(text[a:b]):
        return m
    of = re.search(r"\s(?:of|for|at|with|from|in|to)\s", text[a:b])   # 'the head of operations', 'the official in charge'
    prev = np_at_end(text, a, a + of.start() if of else b)
    if prev is None or prev.kind != "role" or prev.start != a:
        return m
    m.start, m.role = a, m.role or text[a:b].strip()
    return m


#: lower-case words that open a noun phrase: determiners and possessives ('the port's director', 'her aide')
_NP_OPENERS = {"the", "a", "an", "another", "one", "his", "her", "its", "their", "our", "my", "your", "two", "three"}


def _opens_noun_phrase(part: str) -> bool:
    """Whether a comma part opens as a noun phrase does: a capital, a number, a determiner or a possessive, never
    a verb ('stood beside the mayor's aide').

    >>> _opens_noun_phrase("The port's director"), _opens_noun_phrase("her aide"), _opens_noun_phrase("stood beside the aide")
    (True, True, False)
    """
    first = part.split()[0] if part.split() else ""
    return first[:1].isupper() or first[:1].isdigit() or first.lower() in _NP_OPENERS


#: a relative clause with its own verb right after a noun phrase: ' who spoke on condition of anonymity'
_WHO_CLAUSE = re.compile(r"\s+who\s+(?:[a-z]+ly\s+)?[a-z]+(?:ed|s|t|d|k|e|n)\b[^,;:“”\"]{0,100}$")


def _head_of_who_clause(text: str, a: int, b: int) -> Mention | None:
    """'an official who spoke anonymously to discuss the plan said': the noun phrase the 'who' clause follows.

    >>> t = " an official who spoke anonymously to discuss the plan"; _head_of_who_clause(t, 0, len(t)).name
    'an official'
    """
    w = _WHO_CLAUSE.search(text, a, b)
    if w is None:
        return None
    m = np_at_end(text, a, w.start())
    return m if m is not None and m.kind in {"person", "role", "body"} and not text[a:m.start].strip() else None


#: a comma part that names where a person is from: ' of Ames', ' from the Bronx'
_HOMETOWN = re.compile(r"\s*(?:of|from)\s+(?:the\s+)?[A-Z][\w.’'\-]*(?:\s+[A-Z][\w.’'\-]*){0,3}\s*")
#: a part that only finishes a place: ' Iowa', ' N.H.', ' New York'; and a part that ends with a place
_STATE_TAIL = re.compile(r"\s*[A-Z][\w.’'\-]*(?:\s+[A-Z][\w.’'\-]*)?\s*")
_ENDS_PLACE = re.compile(r"\b(?:of|from|in)\s+(?:the\s+)?[A-Z][\w.’'\-]*(?:\s+[A-Z][\w.’'\-]*){0,3}\s*$")


def _hometown(text: str, part: tuple[int, int]) -> bool:
    """A comma part that says where the person before it is from ('Ann Lee, 22, of Ames, said').

    >>> _hometown(" of Ames", (0, 8)), _hometown(" the mayor", (0, 10))
    (True, False)
    """
    return bool(_HOMETOWN.fullmatch(text, part[0], part[1]))


def _drop_state_tails(text: str, parts: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Comma parts without the state or country that only finishes the place before it ('of Ames, Iowa').

    >>> t = "Ann Lee, 22, of Ames, Iowa"; [t[a:b] for a, b in _drop_state_tails(t, _parts(t, 0, len(t)))]
    ['Ann Lee', ' 22', ' of Ames']
    """
    out: list[tuple[int, int]] = []
    for p in parts:
        if out and _state_tail(text[p[0]:p[1]]) and _ENDS_PLACE.search(text, out[-1][0], out[-1][1]):
            continue
        out.append(p)
    return out


def _state_tail(seg: str) -> bool:
    """A state or country after a town: a US state, an abbreviated one ('Fla.', 'N.H.') or a country name.

    >>> _state_tail(" Iowa"), _state_tail(" Mich."), _state_tail(" France"), _state_tail(" Clinton")
    (True, True, True, False)
    """
    if not _STATE_TAIL.fullmatch(seg):
        return False
    w = seg.strip().lower()
    return w in lexicon.US_STATES or w in lexicon.countries() or bool(re.fullmatch(r"(?:[a-z]{2,5}|(?:[a-z]\.){2,3})\.?", w)
                                                                        and seg.strip().endswith("."))


_OF_PLACE = re.compile(r"\s(?:of|at|from)\s+(?:the\s+)?(?:[a-z]+\s+){0,2}[A-Z][\w.’'\-]*(?:\s+[A-Z][\w.’'\-]*){0,5}\s*$")


def _person_of(text: str, a: int, b: int) -> Mention | None:
    """'Ines Varga of Austria', 'Yuki Arai of consultancy Meridian Partners': a named person followed by the
    place or organisation they belong to; the mention is the person, the rest its role.

    >>> t = "Chancellor Ines Varga of Austria"; m = _person_of(t, 0, len(t)); m.name, m.role
    ('Ines Varga', 'of Austria')
    """
    of = _OF_PLACE.search(text, a, b)
    if of is None:
        return None
    m = np_at_end(text, a, of.start())
    if m is None or m.kind != "person":
        return None
    m.role = m.role or text[of.start():b].strip()
    return m


#: a postmodifier closing a subject, with no name at its end: ' of the autonomous Kurdish region', ' in the area'
_POSTMODIFIER = re.compile(r"\s(?:of|in|for)\s+(?:[\w’'\-]+\s+){0,5}[a-z][\w\-]*$")


def _postmodified(text: str, a: int, b: int) -> Mention | None:
    """A role or body noun phrase closed by a prepositional phrase that ends in a common noun ('the security services
    of the Kurdish region', 'the health ministry in the province'): the whole phrase, headed by the role or body.

    >>> t = "the counter-terrorism services of Ames's autonomous region"; _postmodified(t, 0, len(t)).name
    "the counter-terrorism services of Ames's autonomous region"
    >>> _postmodified("the killing of the guards", 0, 25) is None, _postmodified("a chief for news and", 0, 20) is None
    (True, True)
    """
    pm = _POSTMODIFIER.search(text, a, b)
    last = text[a:b].split()[-1].lower() if text[a:b].split() else ""
    if pm is None or re.search(r"[,;:()“”\"]", text[pm.start():b]) or last in lexicon.SUBORDINATORS | lexicon.DETERMINERS:
        return None   # 'Vice President for news and' is cut off before its end
    m = np_at_end(text, a, pm.start())
    if m is None or m.kind not in {"role", "body"} or m.start != a + len(text[a:b]) - len(text[a:b].lstrip()):
        return None
    return Mention(m.start, b, m.kind, m.head_start, m.head_end, text[m.start:b], m.role, m.plural)


def _after_as(text: str, part: tuple[int, int]) -> tuple[int, int]:
    """A part 'as Tom Ridge' ('As Tom Ridge, an adviser, put it'): the subject starts after 'as'.

    >>> t = "Or, as Tom Ridge"; t[slice(*_after_as(t, (3, 16)))]
    'Tom Ridge'
    """
    m = re.match(r"\s*(?:or\s+)?as\s+(?=[A-Z])", text[part[0]:part[1]], re.I)
    return (part[0] + m.end(), part[1]) if m else part


_POSSESSIVE_ROLE = re.compile(r"(?:(?:Mr|Mrs|Ms|Dr)\.\s+)?[A-Z][\w.\-]*(?:[’']s|s[’'])\s+[a-z]")


def _described_name(text: str, parts: list[tuple[int, int]], k: int) -> int:
    """Index of a name part followed up to part k by lower-case or possessive descriptions with no cue, else k.

    >>> t = "Ann Lee, vice president and counsel for X, said"; _described_name(t, _parts(t, 0, 42), 1)
    0
    >>> t = "Ann Lee, Sanders’ campaign manager, said"; _described_name(t, _parts(t, 0, 34), 1)
    0
    """
    j = k
    while j > 0 and k - j < 4 and parts[k][1] - parts[j][0] < 160:
        seg = text[parts[j][0]:parts[j][1]].strip()
        cues = [c0 for c0, _c1, _f in lexicon.find_cues(seg, 0, len(seg))]
        if not (seg[:1].islower() or _POSSESSIVE_ROLE.match(seg)) or any(
                not re.search(r"\b(?:of|the|a|an|for|and)\s+$", seg[:c0]) for c0 in cues):
            return k
        j -= 1
        a, b = parts[j]
        m = np_at_end(text, a, b)
        if m is not None and m.kind == "person" and not text[a:m.start].strip() and not _us_state(m.name) \
                and not _is_intro(text, parts[j]):   # 'Sentencing Lee, the recorder, Judge X, said': not Lee
            return j
    return k


def _named_after_role(text: str, parts: list[tuple[int, int]], k: int) -> bool:
    """'The jury president, actor Hugo Lemaire, called': a part naming a person after a part that names none."""
    if re.match(r"\s*(?:also\s+|better\s+|widely\s+)?(?:known|referred\s+to)\s+as\s", text[parts[k][0]:parts[k][1]]):
        return False   # 'The Office, also known as Port Watch, said': another name, the phrase before speaks
    here = np_at_end(text, parts[k][0], parts[k][1])
    if here is None or here.kind not in {"person", "body"}:
        return False
    prev = np_at_end(text, parts[k - 1][0], parts[k - 1][1])
    return prev is not None and prev.kind in {"role", "body"} and (here.kind == "person" or (
        _opens_noun_phrase(text[parts[k][0]:parts[k][1]].strip()) and _names_common_body(prev, here)))


def _names_common_body(prev: Mention, here: Mention) -> bool:
    """Whether a body's capitalised name follows a body described in common nouns only, which it names ('One of the
    factions, the militia Liwa Tahrir, said': the militia speaks).

    >>> m = lambda name, kind: Mention(0, 1, kind, 0, 1, name)
    >>> _names_common_body(m("One of the factions", "body"), m("Liwa Tahrir", "body"))
    True
    >>> _names_common_body(m("The Interior Ministry", "body"), m("Liwa Tahrir", "body"))
    False
    """
    words = prev.name.split()
    return prev.kind == "body" and here.name[:1].isupper() and len(words) > 1 and \
        all(w.islower() for w in words[1:] if "-" not in w)


def _names_the_description(text: str, parts: list[tuple[int, int]], k: int) -> bool:
    """'Ann Lee, the editor of the city's paper, the Ames Gazette, said': a name after a person's description that
    ends in a prepositional object ('of the paper') names that object, not the speaker.

    >>> t = "Ann Lee, the editor of the city's paper, the Ames Gazette"
    >>> _names_the_description(t, [(0, 7), (8, 39), (40, len(t))], 2)
    True
    """
    if k < 2 or not re.match(r"\s*(?:the|a|an|its|his|her|their)\s[^,]*\s(?:of|at|for)\s", text[parts[k - 1][0]:parts[k - 1][1]], re.I):
        return False
    here = np_at_end(text, parts[k][0], parts[k][1])
    first = np_at_end(text, parts[k - 2][0], parts[k - 2][1])
    return here is not None and here.kind in {"person", "body"} and here.start <= parts[k][0] + 5 and \
        first is not None and first.kind == "person" and not _is_intro(text, parts[k - 2])   # not 'Sentencing Lee'


def _the_after_name(text: str, parts: list[tuple[int, int]], k: int) -> bool:
    """'John Bryant, the Republican chairman, said', 'Col. Dan Hale, army spokesman, said': a definite part, or
    a bare phrase ending in a person's role noun, after a person's name describes them.

    >>> t = "Col. Dan Hale, army spokesman"; _the_after_name(t, [(0, 13), (14, len(t))], 1)
    True
    >>> t = "Marks and Spencer, the retailer"; _the_after_name(t, [(0, 17), (18, len(t))], 1)
    True
    """
    seg = text[parts[k][0]:parts[k][1]]
    last = seg.split()[-1].lower().strip(".,") if seg.split() else ""
    role = lexicon.role_nouns().get(last)
    if not re.match(r"\s*the\s", seg, re.I) and not (role is not None and role.kind == "person" and len(seg.split()) <= 5) \
            and not _titled_role(seg):
        return False
    prev = np_at_end(text, parts[k - 1][0], parts[k - 1][1])
    body = prev is not None and prev.kind == "body" and (role is None or role.kind == "body")   # 'Acme, the retailer,'
    return prev is not None and (prev.kind == "person" or body) and not _us_state(prev.name)


#: a preposition after a role's head noun: 'member for East Ward', 'Governor of Tarsh'
_HEAD_BEFORE = re.compile(r"\s(?:of|for|at|in)\s")
#: at most this many words in a bare role apposition read by ``_titled_role``
TITLED_ROLE_WORDS = 14


def _titled_role(seg: str) -> bool:
    """Whether a bare comma part is a role written with capitals or a complement: its head noun, before 'of', 'for',
    'at' or 'in' (or its last word), is a person's role, and it holds no verb ('Labour member for East Ward',
    'Deputy Premier of the state and Governor of Tarsh').

    >>> _titled_role(" Labour member for East Ward"), _titled_role(" Deputy Premier of the state and Governor of Tarsh")
    (True, True)
    >>> _titled_role(" Labour has told the member for East Ward"), _titled_role(" East Ward")
    (False, False)
    """
    words = seg.split()
    if not words or len(words) > TITLED_ROLE_WORDS or not words[0][:1].isupper():
        return False
    if any(w.islower() and (w in lexicon.AUXILIARIES or w in {"who", "which", "that"} or
                            (lexicon.is_cue(w) and (i == 0 or words[i - 1].lower() not in {"the", "a", "an", "of"})))
           for i, w in enumerate(words)):
        return False   # a verb: a clause, not a description ('the state' is a noun)
    heads = [seg[:m.start()].split()[-1] for m in _HEAD_BEFORE.finditer(seg) if seg[:m.start()].split()]
    roles = lexicon.role_nouns()
    return any((r := roles.get(h.lower().strip(".,’'"))) is not None and r.kind == "person" for h in heads + words[-1:])


_WEEKDAY_TAIL = re.compile(r"\s+(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day$")


def _us_state(name: str) -> bool:
    """Whether a name read as a person's is a US state, maybe with a weekday after it ('New Hampshire Monday').

    >>> _us_state("New Hampshire Monday"), _us_state("Ann Lee")
    (True, False)
    """
    return _WEEKDAY_TAIL.sub("", name).lower() in lexicon.US_STATES


#: an apposition that says only where the speaker lives: ', who lives on the street', ', who says she lives nearby'
_LIVES_HERE = re.compile(r"\s*who\s+(?:(?:said|says|told\s+\w+)\s+(?:that\s+)?(?:he|she|they)\s+)?(?:lives?|has\s+lived)\s+"
                         r"(?:in|on|near|nearby|down|along|across|next|outside|around|close|just|a\s+few|there|here)\b", re.I)


def _role_text(text: str, a: int, b: int) -> str:
    """An apposition as a role: stripped, cut before a relative clause or a participle clause; 'resident' for a clause
    that says where the speaker lives.

    >>> _role_text(" a pollster who works with X, 45", 0, 32)
    'a pollster'
    >>> _role_text("who says she lives two doors down", 0, 33), _role_text("who lives near the mill", 0, 23)
    ('', 'resident')
    """
    if _LIVES_HERE.match(text, a, b):
        return "resident"
    seg = re.split(r"\s(?:who|which|whose|that)\s|,\s*(?:who|which)\b|\s(?:[a-z]+ing)\s(?!\w+\s+of\b)", " " + text[a:b] + " ")[0]
    return re.sub(r"\s+", " ", seg).strip(" ,")


def _titled_name(text: str, a: int, b: int) -> Mention | None:
    """A person named at the end of text[a:b] after title and role words ('Air Force 1st Lt. Tyler Livingston').

    >>> t = "Pentagon spokesman Navy Capt. Jeff Davis"; m = _titled_name(t, 0, len(t)); m.name, m.role
    ('Jeff Davis', 'Pentagon spokesman Navy Capt.')
    """
    chunks = [c for c in name_chunks(text, a, b) if c[1] == b]
    if not chunks:
        return None
    m = np_at_end(text, chunks[-1][0], b, subject=False)
    if m is None or m.kind != "person" or not text[m.start:b].endswith(m.name):
        return None
    titled = _role_like(text[m.start:b].split()[0]) and all(w[:1].isupper() or w[:1].isdigit() for w in text[a:m.start].split())
    if not (_role_prefix(text[a:m.start]) or (titled and 0 < len(text[a:m.start].split()) <= 4)):
        return None
    m.role, m.start = text[a:b - len(m.name)].strip(), a
    return m


def _role_prefix(seg: str) -> bool:
    """Whether the words before a name after an inverted cue are its title or role ('Pentagon spokesman Navy Capt.').

    >>> _role_prefix("Air Force 1st Lt. "), _role_prefix("in Washington ")
    (True, False)
    """
    words = seg.split()
    return 0 < len(words) <= 6 and "," not in seg and any(_role_like(w) for w in words) and \
        not any(w.lower() in lexicon.PREPOSITIONS or lexicon.is_cue(w.lower()) for w in words)


_OBJECT_STOP = re.compile(r"[,;:.!?()“”\"—]|\s(?=[a-z]+ing\s)|\s(?:on|in|at|via|after|before|during|when|while|that|who|and|as|to|adding|"
                          r"according|referring|saying|noting|because|since|about|whether|of\s+the\s+(?:need|fact|plan))\s|"
                          # a time adverbial after the speaker: 'said Ann Lee this week', 'said Lee yesterday', 'said Lee Monday'
                          r"(?<!\bthe)(?<!\ba)(?<!\ban)(?<!\bhis)(?<!\bher)(?<!\bits)(?<!\btheir)"
                          r"\s(?=(?:(?:this|last|next|earlier|later)\s+(?:week|month|year|morning|afternoon|evening|night|weekend|"
                          r"season|spring|summer|autumn|fall|winter)|yesterday|today|tonight|earlier|(?:Mon|Tues|Wednes|Thurs|"
                          r"Fri|Satur|Sun)day)\b(?![’']))")


def object_after(text: str, start: int, hi: int) -> Mention | None:
    """The speaker after an inverted cue ('said Sen. Ann Lee, R-Fla.', 'said a spokesman for the army').

    >>> t = "said Rick Tyler, a former senior aide to Mr. Cruz."; m = object_after(t, 5, len(t)); m.name, m.role
    ('Rick Tyler', 'a former senior aide to Mr. Cruz')
    >>> t = "said a spokesman for the Iraqi army on Monday."; object_after(t, 5, len(t)).name
    'a spokesman for the Iraqi army'
    >>> t = "added Ola Dahl, Director at Fernhill Studios, later."; object_after(t, 6, len(t)).role
    'Director at Fernhill Studios'
    """
    a = start + len(text[start:hi]) - len(text[start:hi].lstrip())
    stop = _OBJECT_STOP.search(text, a, hi)
    b = stop.start() if stop else hi
    while b > a and re.search(r"\b(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Lt|Col|Capt|Cmdr|Sgt|Maj|Adm|Brig|Prof|Rev|Supt|Insp|Det|St|[A-Z])$", text[a:b]) and stop is not None \
            and text[b] == ".":
        stop = _OBJECT_STOP.search(text, b + 1, hi)   # 'said Sen.' is not the end of the name
        b = stop.start() if stop else hi
    also = re.search(r"\s(?:also|too)(?:\s|$)", text[a:b])  # 'said a senior official also on the call,'
    b = a + also.start() if also else b
    if b <= a or len(text[a:b].split()) > MAX_NP_WORDS:
        return None
    m = np_at_end(text, a, b)
    if m is None:
        cut = re.search(r"\s(?:of|at|from|with|for|(?:provided|obtained|leaked|shared|released)\s+(?:to|by))\s",
                        text[a:b])   # 'Ross Eisenbrey of the Economic Policy Institute', 'audio provided to the paper'
        m = np_at_end(text, a, a + cut.start()) if cut else None
    if m is not None and m.start > a and re.fullmatch(r"(?:[a-z][\w\-]*\s+){1,4}", text[a:m.start]) and \
            all(_np_token_ok(w, True) or w == "of" for w in text[a:m.start].split()):
        m.start = a   # 'said master of ceremonies Asab Al-Tabchi', 'said party boss Reince Priebus'
    m = m if m is not None else _titled_name(text, a, b)
    if m is None or m.start != a or (m.kind == "pronoun" and not re.match(r"\s*[,.;:]", text[m.end:m.end + 2])):
        return None   # 'called it "..."': an object pronoun is no inverted subject
    app = re.match(r",\s*((?:a|an|the|who|(?i:head|chief|spokes\w+|director|leader|commander|minister|deputy|"
                   r"president|chair\w*|vice|managing|executive|ceo|general\s+manager))\b(?:[^.;:“”\"]|\b(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|St|[A-Z])\.){0,160}?)"
                   r"(?=[,;:]|$|(?<!\bMr)(?<!\bMs)(?<!\bDr)(?<!\bSt)(?<!\bMrs)(?<!\bSen)(?<!\bRep)(?<!\bGov)(?<!\bGen)(?<![\s.][A-Z])\.)",
                   text[b:hi])
    if app and not m.role and _capital_title_heads(app.group(1)):
        m.role = _role_text(text, b + app.start(1), b + app.end(1))
    return named_apposition(text, m, b, hi)


#: the words that may follow a person's name closing an apposition after an inverted cue
_NAME_CLOSE = re.compile(r"\s*(?:[,;:]|[.](?:\s|$)|$)|\s+(?:on|in|at|during|after|before|when|while)\s")


def named_apposition(text: str, m: Mention, b: int, hi: int) -> Mention:
    """A role closed by a comma and then a person's name ('said the port's director, Bo Hale.'): the noun phrase spans
    both and the name is the speaker.

    >>> t = "said the port's director, Bo Hale, on Monday."; m = object_after(t, 5, len(t)); t[m.start:m.end], m.name
    ("the port's director, Bo Hale", 'Bo Hale')
    >>> t = "said the port's director, Bo Hale and Ann Lee."; object_after(t, 5, len(t)).name
    "the port's director"
    """
    comma = re.match(r",\s*", text[b:hi])
    if m.kind != "role" or comma is None:
        return m
    s = b + comma.end()
    chunk = next(iter(name_chunks(text, s, min(hi, s + 60))), None)
    if chunk is None or chunk[0] != s or not _NAME_CLOSE.match(text, chunk[1], hi):
        return m
    name = np_at_end(text, s, chunk[1], subject=False)
    if name is None or name.kind != "person" or name.start != s:
        return m
    name.role, name.start = name.role or text[m.start:b].strip(), m.start
    return name


_CAPITAL_RUN = re.compile(r"[A-Z][\w’'&.-]*(?:\s+(?:and\s+)?[A-Z][\w’'&.-]*)*")


def _capital_title_heads(app: str) -> bool:
    """Whether an apposition is a role: one that opens with a capitalised title must go on with a preposition, a
    comma or nothing ('President of Acme Foods'), not with a name or an open clause ('Vice President Tom Reed and
    the governor', 'Chief among the critics').

    >>> _capital_title_heads("President and Chief Executive of Acme Foods"), _capital_title_heads("CEO and co-founder")
    (True, True)
    >>> _capital_title_heads("Deputy Mayor Joe Bell and the governor"), _capital_title_heads("Chief among the critics")
    (False, False)
    """
    run = _CAPITAL_RUN.match(app)
    rest = app[run.end():].strip() if run else app
    return run is None or not rest or bool(re.match(r"(?:of|at|for|in|with|to|on)\b|,|and\s+(?!(?:the|a|an|his|her|its|their)\b)[a-z]", rest))


#: words after the head of a loose noun phrase that start its modifier ('a person close to the Clintons')
_POST_HEAD = re.compile(r"\s(?:of|for|at|from|in|with|to|on|close|familiar|known|who|whose|which|that|involved|"
                        r"speaking|based|working|under)\b|\s*\(")
#: nouns that head time or event phrases, not speakers ('said the next day', 'said a day later')
_NOT_SPEAKER_HEADS = {"day", "days", "week", "weeks", "month", "months", "year", "years", "morning", "afternoon",
                      "evening", "night", "weekend", "time", "times", "moment", "hour", "hours", "minute", "minutes",
                      "end", "start", "same", "following", "next", "statement", "interview", "speech", "release",
                      "meeting", "conference", "briefing", "event", "rally", "way", "thing", "things", "fact",
                      "attack", "attacks", "strike", "strikes", "incident", "blast", "explosion", "bombing", "raid",
                      "shooting", "war", "plan", "deal", "bill", "issue", "problem", "idea", "move", "decision"}
_NOT_SPEAKER_OPENERS = {"nothing", "everything", "something", "anything", "none", "what", "whatever", "which", "it",
                        "there", "here", "this", "that", "these", "those"}
#: lower-case particles inside personal names ('Michery el Soheil', 'Ursula von der Leyen')
_NAME_PARTICLES = {"el", "al", "de", "da", "di", "du", "del", "der", "van", "von", "bin", "ibn", "abu", "la", "le", "dos"}
_VERBISH = {"has", "have", "had", "was", "were", "is", "are", "be", "been", "will", "would", "could", "should", "can",
            "may", "might", "must", "did", "does", "do", "not"}
_LOOSE_OPENERS = lexicon.DETERMINERS | {"former", "ex", "then", "longtime", "veteran", "retired", "top", "senior"}


def loose_np(text: str, a: int, b: int) -> Mention | None:
    """A speaker noun phrase filling exactly the slot text[a:b] next to a quote and a cue, read more loosely than
    ``np_at_end``: a determiner phrase headed by a role noun, or capitalised words ending in a personal name.

    >>> t = "one unaligned Florida Republican strategist"; loose_np(t, 0, len(t)).kind
    'role'
    >>> t = "a person close to the Clintons"; loose_np(t, 0, len(t)).name
    'a person close to the Clintons'
    >>> t = "Oversight ranking Democrat Elijah Cummings (D-Md.)"; m = loose_np(t, 0, len(t)); m.name, m.role
    ('Elijah Cummings', 'Oversight ranking Democrat')
    >>> loose_np("the next day", 0, 12) is None, loose_np("Monday", 0, 6) is None, loose_np("the designer", 0, 12).kind
    (True, True, 'role')
    >>> loose_np("Monday, Harbour Air", 0, 19) is None
    True
    """
    a += len(text[a:b]) - len(text[a:b].lstrip())
    b = _strip_paren(text, a, b)
    b = a + len(text[a:b].rstrip(" ,."))
    words = text[a:b].split()
    first = words[0].lower() if words else ""
    if not words or len(words) > 12 or not (words[0][:1].isupper() or first in _LOOSE_OPENERS or words[-1][:1].isupper()) \
            or first in lexicon.PREPOSITIONS | lexicon.SUBORDINATORS | _NOT_SPEAKER_OPENERS or \
            (re.fullmatch(r"[a-z]+(?:ing|ed)", words[0]) and first not in ED_ING_ADJECTIVES):
        return None
    if any(w in _VERBISH or (lexicon.is_cue(w) and not w.endswith("ing")) for w in words):
        return None   # a clause ('Bush will await results'), not a noun phrase
    if words[0].endswith(",") and words[0].rstrip(",").lower() in lexicon.NON_NAME_WORDS:
        return None   # 'Monday, Harbour Air': the end of an intro phrase ('In a notice Friday,') before the subject
    cut = _POST_HEAD.search(text, a, b)
    h_end = cut.start() if cut else b
    head = text[a:h_end].split()
    if not head or any(w.lower() in lexicon.PREPOSITIONS for w in head[1:]):
        return None
    last = head[-1].lower().strip(".,’'")
    role = lexicon.role_nouns().get(last)
    if role is not None and (role.kind != "body" or head[0].lower() in lexicon.DETERMINERS):
        kind = {"person": "role", "body": "body", "document": "document"}[role.kind]
        return Mention(a, b, kind, h_end - len(head[-1]), h_end, text[a:b], "", role.plural)
    if head[0].lower() in {"the", "a", "an", "this", "one", "another"} and 1 < len(head) <= 4 and \
            re.fullmatch(r"[a-z][a-z\-]+", head[-1]) and last not in _NOT_SPEAKER_HEADS | _CLAUSE_OPENERS and \
            not _LY.fullmatch(last) and _np_token_ok(last, True):
        return Mention(a, b, "role", h_end - len(head[-1]), h_end, text[a:b], "", last.endswith("s"))
    return _loose_name(text, a, h_end, b) or (_loose_name(text, a, b, b) if h_end < b else None)


def _loose_name(text: str, a: int, h_end: int, b: int) -> Mention | None:
    """A personal name ending text[a:h_end] after capitalised title or role words ('Oversight ranking Democrat X').

    >>> t = "former Gov. and Chairman Ed Rendell"; loose_np(t, 0, len(t)).name
    'Ed Rendell'
    """
    toks = text[a:h_end].split()
    k = len(toks)
    while k > 0 and (is_cap(toks[k - 1]) or (toks[k - 1] in _NAME_PARTICLES and k < len(toks) and k > 1)) and \
            not _role_like(toks[k - 1]) and toks[k - 1].lower().strip(".") not in lexicon.NON_NAME_WORDS | lexicon.countries().keys():
        k -= 1
    name = toks[k:]
    if not name or len(name) > 4 or name[0].lower() in lexicon.DETERMINERS | lexicon.PRONOUNS.keys():
        return None
    if len(name) == 1 and k > 0 and not any(_role_like(t) or t.lower().strip(".") in COURTESY_TITLES for t in toks[:k]) \
            and not all(t[:1].islower() and t.lower() not in lexicon.PREPOSITIONS for t in toks[:k]):
        return None   # 'warm-and-fuzzy Trump', 'Sen. Lee', but not 'in Washington Lee
    start = h_end - len(" ".join(name))
    return Mention(a, b, "person", start, h_end, " ".join(name), " ".join(toks[:k]), False)
