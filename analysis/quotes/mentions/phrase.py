"""The speaker noun phrase ending at a point (``np_at_end``): pronouns and closed-class words, names with their roles,
bodies joined by 'and', and whether a phrase opens a clause (``subject_position``)."""

from __future__ import annotations

import re
from functools import lru_cache

from .. import lexicon
from ..names import name_chunks, tokens
from .words import (ED_ING_ADJECTIVES, MAX_NP_WORDS, Mention, QUANTIFIERS, _APPROX, _NUMBERED_NAME, _ROUND_COUNT,
                    _SHARE, _WORDISH, _after_place, _classify_name, _np_adverb, _role_like, _strip_paren, _walk_back,
                    subject_position)


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


#: a quote closed with its comma (or mark) right before: '"We want a park," one yelled'
_AFTER_CLOSED_QUOTE = re.compile(r"[,!?][”\"’']\s*$")
#: what makes 'one' the generic person after a quote: a modal or a present tense ('one might say', 'one asks')
_GENERIC_ONE = re.compile(r"\s+(?:might|may|could|would|should|must|can|will|asks|says|thinks|wonders|imagines|suspects|"
                          r"argues|notes)\b")
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
    >>> _closed_class_at_end('"Go home," one', 0, 14, ("one", 11, 14), True)[1].name
    'one'
    """
    last, ls, le = tok
    w = last.lower()
    if w in lexicon.PRONOUNS or w == "who":
        m0 = Mention(ls, le, "pronoun", ls, le, w, "", lexicon.PRONOUNS.get(w) == "p")
        keep = not subject or w in {"who", "he", "she", "they", "i", "we"} or subject_position(text, lo, ls)
        return True, (m0 if keep else None)
    if w == "another" or (w in QUANTIFIERS and last[:1].isupper()) or (last == "One" and re.search(r"(?:^|[.!?][”\"’']?)\s*$", text[max(0, ls - 4):ls])) \
            or w == "one" and _AFTER_CLOSED_QUOTE.search(text, max(0, ls - 4), ls) and not _GENERIC_ONE.match(text, le):
        # '"We want a park," one yelled' (not the writer's '"Why now?" one might ask')
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
