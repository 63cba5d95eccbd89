"""The comma parts of a clause (``_parts``) and what each is: an appositive, an adverbial, an intro phrase, a
participle opener, a subordinate or relative clause."""

from __future__ import annotations

import re

from .. import lexicon
from .words import Mention, _CLAUSE_OPENERS, _LAST_WORD, trim_subject_end
from .phrase import _APPOSITIVE
from .phrase import _CLAUSE_EDGE, np_at_end  # noqa: F401  (the examples use them)


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
                            or bool(re.fullmatch(r"[A-Za-z]+ly", words[0])) and not _ly_name(words) or _participle_opener(words)
                            or bool(_TIME_INTRO.fullmatch(text, part[0], part[1])))


#: what follows a name, never an adverb opening a clause: a verb of being, having or saying
_AFTER_A_NAME = frozenset("was is were are has had have said says told added wrote insisted argued declared explained "
                          "noted admitted warned will would".split())


def _ly_name(words: list[str]) -> bool:
    """Whether a capitalised word ending in -ly opens a name, not an adverb ('Kelly was aggrieved', 'Kelly Smith'), as
    a verb or a second name after it shows ('Finally, he said', 'Separately the board said' open intros).

    >>> _ly_name(["Kelly", "was", "aggrieved"]), _ly_name(["Emily", "Hart", "said"]), _ly_name(["Finally", "the", "board"])
    (True, True, False)
    """
    if not words[0][:1].isupper() or len(words) < 2:
        return False
    nxt = words[1].strip(",.;:")
    return nxt.lower() in _AFTER_A_NAME or nxt[:1].isupper() and words[0].lower() in lexicon.first_names()


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


#: a document about a country named right before it: the document, not the country, says what follows ('a report on
#: Syria, which said')
_DOCUMENT_ON_BEFORE = re.compile(r"\b(?:report|reports|statement|study|resolution|letter|document|survey|investigation|"
                                 r"inquiry|review|article|paper|book|documentary|dossier|assessment)\s+(?:on|about|into|of|"
                                 r"concerning|over)\s+(?:the\s+)?$", re.I)


def _speaking_antecedent(text: str, a: int, b: int) -> bool:
    """Whether the comma part text[a:b] before a relative 'which' ends in a body or a document that can speak.

    >>> t = "The attack was confirmed by CENTCOM"; _speaking_antecedent(t, 0, len(t))
    True
    >>> t = "Rockets hit the base"; _speaking_antecedent(t, 0, len(t))
    False
    >>> t = "The strikes drew criticism from Syria"; _speaking_antecedent(t, 0, len(t))
    True
    """
    m = np_at_end(text, a, len(text[:b].rstrip()), subject=False)
    return m is not None and (m.kind in {"body", "document"} or m.kind == "place" and
                              re.sub(r"^the\s+", "", m.name.lower()) in lexicon.countries() and
                              _DOCUMENT_ON_BEFORE.search(text, a, m.start) is None)  # 'criticism from Syria, which warned'
    # (not 'a report on Syria, which said': the report speaks)
