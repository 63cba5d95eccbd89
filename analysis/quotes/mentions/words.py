"""The ``Mention`` record and the words of a speaker noun phrase: which tokens may stand inside one, names classified
as person, body, place or role, and the walk back from a head to the phrase's start."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from .. import lexicon
from ..names import is_cap, looks_like_org, strip_titles, tokens


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
_ABBREV_TOKEN = re.compile(r"(?:[A-Za-z]\.)+|(?:" + lexicon.TITLE_ABBREVIATION + r"|Jr|Sr)\.")
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
