"""The subject of a reporting cue (``subject_before``), read back past appositions, hometowns, states and roles to the
name or role that speaks."""

from __future__ import annotations

import re

from .. import lexicon
from ..marks import sentence_start
from ..names import name_chunks
from .words import Mention, _role_like, trim_subject_end
from .phrase import _CLAUSE_EDGE, np_at_end
from .parts import (_DATELINE_THE, _DATE_STAMP, _RELATIVE_ASIDE, _is_appositive, _is_intro, _parts, _relative_that,
                    _speaking_antecedent, _subordinate_subject)


#: a document's author at the end of a phrase ("according to a statement by | the SDF"; not "a letter to the FDA")
_LAST_PREPOSITION = re.compile(r".*\b(?:statement|release|communiqu[eé]|report|post)\s+(?:issued\s+|released\s+)?(?:by|from)\s+",
                               re.S | re.I)


def _body_at_end(text: str, a: int, b: int) -> Mention | None:
    """The body named at the end of text[a:b], past its last preposition (the antecedent of a following 'which').

    >>> t = "according to a statement by the SDF's security forces"; _body_at_end(t, 0, len(t)).name
    "the SDF's security forces"
    """
    m = _LAST_PREPOSITION.match(text, a, b)
    if m is None:
        return None
    lo = m.end()
    lo += len(text[lo:b]) - len(text[lo:b].lstrip())
    ante = np_at_end(text, lo, b)
    return ante if ante is not None and ante.kind == "body" and ante.start == lo else None   # the whole phrase


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
    >>> t = "Speaking outside court Jane Hay, of Argyle Crescent, Fareham, said"; subject_before(t, 0, t.index("said")).name
    'Jane Hay'
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
    if len(parts) > 2 and _ACRONYM_ASIDE.fullmatch(text, *parts[-1]) and re.search(r"\b[a-z]{3,}\b", text[slice(*parts[-2])]):
        parts = parts[:-1]   # 'Tom Ash, organiser for the Transport Union, (TGWU) said': the acronym is an aside (not
        # after a bare place: 'Workers at Acme, Bristol, (UK) said')
    if not parts:
        return None
    rel = next((i for i in range(1, len(parts)) if _RELATIVE_ASIDE.match(text, *parts[i])), None)
    parts = parts if rel is None else parts[:rel + 1]   # 'X, whose town, Y, is flooded, argues': the rest is X's aside
    sub = None if rel is not None else _subordinate_subject(text, parts[-1][0], end)
    if sub is not None:
        return sub
    rel = text[parts[-1][0]:parts[-1][1]].strip()
    if rel == "which" and len(parts) > 1 and _speaking_antecedent(text, *parts[-2]) and \
            (ante := _body_at_end(text, *parts[-2])) is not None:
        return ante   # 'a statement by the SDF's security forces, which said': the body the relative stands for
    if rel.lower() == "who" or rel == "which" and len(parts) > 1 and _speaking_antecedent(text, *parts[-2]):
        w0 = text.index(rel, parts[-1][0])   # 'CENTCOM, which said': the body speaks, read as a relative 'who'
        return Mention(w0, w0 + len(rel), "pronoun", w0, w0 + len(rel), "who")
    k = len(parts) - 1
    while k > 0 and not (_is_intro(text, parts[k - 1]) and not (k > 1 and _hometown(text, parts[k - 1]))
                         and not _INTRO_THEN_NAME.fullmatch(text, *parts[k - 1])) \
            and (_is_appositive(text, parts[k]) or _the_after_name(text, parts, k) or _hometown(text, parts[k])
                 or _names_the_description(text, parts, k)) \
            and (not _named_after_role(text, parts, k) or _names_the_description(text, parts, k)) \
            and not _us_state(text[parts[k - 1][0]:parts[k - 1][1]].strip()):
        k -= 1
    if k > 0 and _hometown(text, parts[k]):
        k -= 1  # 'Speaking outside court Mrs Newton, of Friars Pond Road, said': a hometown is no subject
    if k < len(parts) - 1 and (intro := _INTRO_THEN_NAME.fullmatch(text, *parts[k])) is not None:
        parts = [*parts[:k], (intro.start("name"), parts[k][1]), *parts[k + 1:]]   # 'On Monday Ann Lee, ...': the name
    k = _described_name(text, parts, k)
    a, b = parts[k]
    m = np_at_end(text, a, trim_subject_end(text, a, b))
    if m is None or (m.kind == "body" and " of " in m.name):
        m = _person_of(text, a, trim_subject_end(text, a, b)) or m
    if m is None:
        m = _head_of_who_clause(text, a, b) or _postmodified(text, a, trim_subject_end(text, a, b))
    if m is None and (tail := _NAME_AFTER_INTRO.match(text, a, b)) is not None:
        m = np_at_end(text, tail.start("name"), b)  # 'Speaking outside court Mrs Newton': the name after the intro
    if m is None:
        return None
    if k < len(parts) - 1:
        m.role = _role_text(text, parts[k + 1][0], parts[-1][1])
    elif k > 0 and m.kind in {"person", "body"} and not m.role and re.match(r"\s*(?:the|a|an)\s", text[parts[k - 1][0]:parts[k - 1][1]], re.I):
        m.role = text[parts[k - 1][0]:parts[k - 1][1]].strip()
    return _with_role_first(text, parts, k, m)


#: a parenthesised acronym standing alone between commas and the cue ('..., (TGWU) said')
_ACRONYM_ASIDE = re.compile(r"\s*\([A-Z][A-Za-z&.\-]{1,11}\)\s*")

#: a time or a medium opening the sentence with no comma before the name it leads to ('In a statement Tom Ash',
#: 'On Monday Ann Lee'): the name is the subject an apposition after it describes
_INTRO_THEN_NAME = re.compile(
    r"\s*(?:(?:In|On|Via|Through|During)\s+(?:a|an|the|his|her|their|its)\s+(?:[a-z]+\s+){0,2}(?:statement|interview|"
    r"release|letter|post|tweet|email|e-mail|speech|message|column|briefing|video|broadcast)|(?:On|Last|This|Late|Early)"
    r"\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|week|month|year|night|morning|evening|afternoon)|"
    r"Yesterday|Today|Earlier|Later|Meanwhile)\s+(?P<name>(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?[A-Z][a-z’'\-]+(?:\s+[A-Z][a-z’'\-]+){1,2})\s*")


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


#: a name that ends a part opening with a participle and no comma ('Speaking outside court Mrs Newton')
_NAME_AFTER_INTRO = re.compile(r"\s*[A-Z][a-z]+ing\s+(?:[a-z]+\s+){0,4}(?P<name>(?:(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+)?"
                               r"[A-Z][\w’'\-]+(?:\s+[A-Z][\w’'\-]+){0,3})\s*$")
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
    >>> t = "Jane Hay, of Argyle Crescent, Fareham"; [t[a:b] for a, b in _drop_state_tails(t, _parts(t, 0, len(t)))]
    ['Jane Hay', ' of Argyle Crescent']
    """
    out: list[tuple[int, int]] = []
    tail = False  # a part was dropped after a hometown: a further one may finish the address too
    for p in parts:
        seg = text[p[0]:p[1]]
        if out and _state_tail(seg) and _ENDS_PLACE.search(text, out[-1][0], out[-1][1]):
            continue
        if out and _address_tail(seg) and (tail or len(out) > 1 and _hometown(text, out[-1])):
            tail = True
            continue  # 'Mrs Newton, of Friars Pond Road, Catisfield, Fareham, said': the village and town finish it
        tail = False
        out.append(p)
    return out


#: a part of one capitalised word, or an Irish county: a town or a county after a street in an address (not two
#: words, which may be the speaker's name: "from Brixton, Tunde Bello, said")
_ADDRESS_TAIL = re.compile(r"\s*(?:(?:Co\.?|County|Greater|North|South|East|West|Upper|Lower)\s+)?[A-Z][a-z’'\-]+"
                           r"(?:\s+(?:Street|Road|Lane|Avenue|Close|Crescent|Drive|Way|Place|Court|Gardens|Terrace|Park|Row|"
                           r"Square|Hill|Green|Cottage|House|Farm))?\s*")  # "Greater Manchester", "Church Street"


def _address_tail(seg: str) -> bool:
    """A town or county that goes on an address ('of Argyle Crescent, Fareham'), not a person's name (its first word
    no first name: 'of Ames, Mary Lee, said' keeps Mary Lee).

    >>> _address_tail(" Fareham"), _address_tail(" Mary Lee"), _address_tail(" Tunde Bello"), _address_tail(" Co Down")
    (True, False, False, True)
    """
    return bool(_ADDRESS_TAIL.fullmatch(seg)) and seg.split()[0].lower() not in lexicon.first_names()


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
                          # how the speaker was reached: 'said Mayor Ann Lee by phone', 'told AFP by telephone'
                          r"\s(?=by\s+(?:(?:tele)?phone|text(?:\s+message)?|e-?mail|video(?:\s*link)?|radio)\b)|"
                          # a time adverbial after the speaker: 'said Ann Lee this week', 'said Lee yesterday', 'said Lee Monday',
                          # 'said Lee late Thursday'
                          r"(?<!\bthe)(?<!\ba)(?<!\ban)(?<!\bhis)(?<!\bher)(?<!\bits)(?<!\btheir)"
                          r"\s(?=(?:(?:this|last|next|earlier|later)\s+(?:week|month|year|morning|afternoon|evening|night|weekend|"
                          r"season|spring|summer|autumn|fall|winter)|yesterday|today|tonight|earlier|(?:Mon|Tues|Wednes|Thurs|"
                          r"Fri|Satur|Sun)day|(?:late|early)\s+(?:on\s+|in\s+the\s+)?(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|"
                          r"morning|afternoon|evening|night|yesterday|today|(?:last|this)\s+(?:week|month)))\b(?![’']))")
