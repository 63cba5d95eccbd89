"""The speaker after an inverted cue (``object_after``, ``named_apposition``) and a noun phrase filling a slot next to
a quote, read loosely (``loose_np``)."""

from __future__ import annotations

import re

from .. import lexicon
from ..names import COURTESY_TITLES, is_cap, name_chunks
from .words import (ED_ING_ADJECTIVES, MAX_NP_WORDS, Mention, _CLAUSE_OPENERS, _LY, _np_token_ok, _role_like,
                    _strip_paren)
from .phrase import np_at_end
from .subjects import _OBJECT_STOP, _role_text, _titled_name


#: an abbreviated title or an initial at the end of an object span: its full stop ends no name ('said Sen.', 'J.')
_TITLE_OR_INITIAL_END = re.compile(r"\b(?:" + lexicon.TITLE_ABBREVIATION + r"|[A-Z])$")


def object_after(text: str, start: int, hi: int) -> Mention | None:
    """The speaker after an inverted cue ('said Sen. Ann Lee, R-Fla.', 'said a spokesman for the army').

    >>> t = "said Rick Tyler, a former senior aide to Mr. Cruz."; m = object_after(t, 5, len(t)); m.name, m.role
    ('Rick Tyler', 'a former senior aide to Mr. Cruz')
    >>> t = "said a spokesman for the Iraqi army on Monday."; object_after(t, 5, len(t)).name
    'a spokesman for the Iraqi army'
    >>> t = "added Ola Dahl, Director at Fernhill Studios, later."; object_after(t, 6, len(t)).role
    'Director at Fernhill Studios'
    >>> t = "said Fire Capt. Bo Hale late Thursday."; object_after(t, 5, len(t)).name
    'Bo Hale'
    >>> t = "read its statement posted on Twitter."; object_after(t, 5, len(t)).name
    'its statement'
    """
    a = start + len(text[start:hi]) - len(text[start:hi].lstrip())
    stop = _OBJECT_STOP.search(text, a, hi)
    b = stop.start() if stop else hi
    while b > a and _TITLE_OR_INITIAL_END.search(text[a:b]) and stop is not None \
            and text[b] == ".":
        stop = _OBJECT_STOP.search(text, b + 1, hi)   # 'said Sen.' is not the end of the name
        b = stop.start() if stop else hi
    also = re.search(r"\s(?:also|too)(?:\s|$)", text[a:b])  # 'said a senior official also on the call,'
    b = a + also.start() if also else b
    if b <= a or len(text[a:b].split()) > MAX_NP_WORDS:
        return None
    m = np_at_end(text, a, b)
    if m is None:
        cut = re.search(r"\s(?:of|at|from|with|for|(?:provided|obtained|leaked|shared|released)\s+(?:to|by))\s|"
                        r"\s(?:posted|published|issued|carried|broadcast|aired|circulated|signed)(?:\s|$)",
                        text[a:b])   # 'Ross Eisenbrey of the Economic Policy Institute', 'audio provided to the paper', 'its
        # statement posted (on X)'
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
