"""Speaker resolution inside one article: pronouns, relative 'who', surnames and titles, roles, documents.

- a pronoun takes the last quoted person of its gender unless another person became the subject since;
- 'who' takes the noun phrase it follows ('Sen. X, who said');
- 'Mr. Trump', 'Trump', 'Minority Leader Nancy Pelosi' take the full name used in the article;
- 'the senator' takes the nearest earlier person introduced with that role or title;
- 'the statement', 'the letter' take their issuer when the text names it ('X issued a statement').
All look-ups are bounded (a window before the mention, an index searched by bisection).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache

from rapidfuzz import fuzz

from . import lexicon
from .mentions import Mention, np_at_end
from .mentions.parts import _is_appositive, _parts
from .names import gender_of, looks_like_org, name_chunks, strip_titles, surname_key
from .speakers import RUNS_ON, apposed_role

LOOKBACK = 3000          # characters searched back for an antecedent
LOOKAHEAD = 600          # characters searched forward (a role or surname named just after)


@dataclass
class Person:
    """A person named in the article: full name, offsets, gender, descriptor words, subject position."""

    name: str
    start: int
    end: int
    gender: str
    role: str = ""
    subject: bool | None = None   # computed on demand (PersonIndex.is_subject)


def _seat_only(desc: str) -> bool:
    """Whether a descriptor is a legislator's seat title alone ('Senator', 'Sen.', 'MP').

    >>> _seat_only("Senator"), _seat_only("Sen."), _seat_only("Finance Minister")
    (True, True, False)
    """
    words = [w.lower().strip(".,’'") for w in desc.split()]
    return bool(words) and all(lexicon.titles().get(w, ("", ""))[0] == "legislator" or
                               getattr(lexicon.role_nouns().get(w), "group", "") == "legislator" for w in words)


def _office_word(desc: str) -> bool:
    """Whether a descriptor ends with a government office noun ('community services minister', 'Interior Secretary').

    >>> _office_word("community services minister"), _office_word("spokesman")
    (True, False)
    """
    words = desc.split()
    last = words[-1].lower().strip(".,’'") if words else ""
    return getattr(lexicon.role_nouns().get(last), "group", "") == "government" and last not in {"official", "officials"}


def _title_in_span(text: str, p: Person) -> str:
    """The capitalised title a person's span holds before the name when no role was kept ('Secretary-General Ali
    Darwish'), else ''.

    >>> t = "Secretary-General Ali Darwish said"; _title_in_span(t, Person("Ali Darwish", 0, 29, "m"))
    'Secretary-General'
    """
    span = text[p.start:p.end]
    at = span.find(p.name)
    title = span[:at].strip() if at > 0 else ""
    return title if title and _role_word(title.split()[-1]) and not courtesy_only(title) else ""


#: a sentence opened by an epithet as its subject: 'The party chairman argued', 'The minister says'
_EPITHET_OPENS = re.compile(r"\s*(The\s+(?:[\w\-’']+\s+){0,2}?([a-z][\w\-]*))\s+(?:[a-z]{3,}ed|says|said|told|[a-z]+s)\b")


@dataclass
class PersonIndex:
    """Person mentions of one article sorted by offset, with a surname -> full-name lookup."""

    people: list[Person] = field(default_factory=list)
    starts: list[int] = field(default_factory=list)
    text: str = ""
    #: surname key -> positions in ``people`` (in order) of the people with that key; filled on first use
    by_key: dict[str, list[int]] = field(default_factory=dict, repr=False)

    def describe(self, name: str, pos: int) -> str:
        """Role words the article gives a person near pos: a title, an apposition, 'was one of the civilians'."""
        key = surname_key(name)
        fallback, seat = "", ""
        for p in self._same_key(key, pos, 20000):   # ``p.name == name`` has the same surname key too
            if p.name == name or _first_compatible(p.name, name):
                before = descriptor_before(self.text, p.start)
                first = before if p.role and before.lower().endswith(p.role.lower()) else p.role   # 'ANC secretary-general'
                title = "" if first else _title_in_span(self.text, p)   # 'Secretary-General Ali Darwish' as one span
                for desc in (first, _descriptor_after(self.text, p.end), title or before):
                    if desc and not courtesy_only(desc) and seat and _office_word(desc):
                        return desc    # 'Senator Okoro' after 'health minister Joan Okoro': the office
                    if desc and not courtesy_only(desc) and not seat and _seat_only(desc):
                        seat = desc    # a bare seat title: an office named elsewhere says more
                        continue
                    if desc and not courtesy_only(desc) and not seat:
                        return desc
                    fallback = fallback or desc
        apposed = "" if seat else self._after_name(key, name, pos, apposed_role)   # ', economic development manager for X,'
        job = "" if seat or apposed or fallback and not courtesy_only(fallback) else \
            self._after_name(key, name, pos, who_works)   # ', who teaches law at X,': when nothing else says
        return seat or apposed or job or fallback or self.written_before(name, pos) or self._epithet_next(key, pos)

    def _after_name(self, key: str, name: str, pos: int, read: Callable[[str, int], str]) -> str:
        """The first non-empty reading ``read(text, end)`` right after a mention of the person near pos ('' when none).

        >>> t = "Ann Lee, a mayor, spoke. Lee, who teaches law at Ames University, said"
        >>> person_index(t, [])._after_name("lee", "Lee", 60, who_works)
        'teaches law at Ames University'
        """
        return next((r for p in self._same_key(key, pos, 20000) if p.name == name or _first_compatible(p.name, name)
                     for r in [read(self.text, p.end)] if r), "")

    def _epithet_next(self, key: str, pos: int) -> str:
        """An epithet opening the sentence right after one where the person is the first one named ('Ann Lee asked
        Bo Hart to go. The party chairman argued ...' -> 'The party chairman'); '' when none.

        >>> t = "Mary Lee asked John Hart to resign. The Labour leader said more."; person_index(t, [])._epithet_next("lee", 0)
        'The Labour leader'
        >>> t = "Mary Lee met Mayor John Hart. The mayor said more."; person_index(t, [])._epithet_next("lee", 0)
        ''
        """
        for p in self._same_key(key, pos, 20000):
            opens = max(self.text.rfind(". ", 0, p.start), self.text.rfind("\n", 0, p.start))
            if self.before(p.start, p.start - opens) or not self.is_subject(p):
                continue   # another person is named first in the sentence, or the person is no subject
            m = _EPITHET_OPENS.match(self.text, self.text.find(".", p.end) + 1)
            role = lexicon.role_nouns().get(m.group(2).lower()) if m else None
            if m is None or role is None:
                continue
            others = " ".join(x.role + " " + descriptor_before(self.text, x.start) for x in self.before(m.start(1), m.start(1) - p.end))
            if role.kind == "person" and m.group(2).lower() not in others.lower():
                return m.group(1)   # not 'Ann Lee met Mayor Bo Hart. The mayor said': the other one bears that role
        return ""

    def _same_key(self, key: str, pos: int, window: int) -> list[Person]:
        """The people with surname key ``key`` among ``[*reversed(before(pos, window)), *after(pos, window)]``, in
        that order (read from the key's own list instead of every person of the window).

        >>> idx = person_index("Mary Lee spoke. John Day came. Lee left. Ann Lee sang.", [])
        >>> [(p.name, p.start) for p in idx._same_key("lee", 31, 100)]
        [('Mary Lee', 0), ('Lee', 31), ('Ann Lee', 41)]
        """
        if not self.by_key and self.people:
            for k, p in enumerate(self.people):
                self.by_key.setdefault(surname_key(p.name), []).append(k)
        ks = self.by_key.get(key, [])
        i, j = bisect.bisect_left(self.starts, pos - window), bisect.bisect_left(self.starts, pos)
        k = bisect.bisect_left(self.starts, pos + window)
        a, b, c = bisect.bisect_left(ks, i), bisect.bisect_left(ks, j), bisect.bisect_left(ks, k)
        return [self.people[x] for x in [*reversed(ks[a:b]), *ks[b:c]]]

    def written_before(self, name: str, pos: int) -> str:
        """The phrase ending in a lower-case body noun written before any mention of a name the index does not hold
        ('the French manufacturer Corvane': a firm named by one word; 'the state news agency NPA': a body quoted later
        by its name alone), the first one found; '' when none.

        Example: with 'the Danish manufacturer Holvik' earlier in the text, written_before("Holvik", pos) -> "Danish manufacturer"."""
        for start in name_starts(self.text, name, max(0, pos - 20000), pos + LOOKAHEAD):
            words = descriptor_before(self.text, start).split()
            role = lexicon.role_nouns().get(words[-1]) if words and words[-1].islower() else None
            if role is not None and role.kind == "body" and role.group:
                return " ".join(words)
        return ""

    def is_subject(self, p: Person) -> bool:
        """Whether the person's noun phrase is a clause subject or follows a reporting verb (cached)."""
        if p.subject is None:
            np_ = np_at_end(self.text, max(0, p.start - 80), p.end)
            p.subject = (np_ is not None and np_.kind == "person") or bool(_AFTER_CUE.search(self.text, max(0, p.start - 12), p.start))
        return p.subject

    def before(self, pos: int, window: int = LOOKBACK) -> list[Person]:
        """People mentioned in [pos - window, pos), nearest last."""
        i, j = bisect.bisect_left(self.starts, pos - window), bisect.bisect_left(self.starts, pos)
        return self.people[i:j]

    def after(self, pos: int, window: int = LOOKAHEAD) -> list[Person]:
        """People mentioned in [pos, pos + window), nearest first."""
        i, j = bisect.bisect_left(self.starts, pos), bisect.bisect_left(self.starts, pos + window)
        return self.people[i:j]


def name_starts(text: str, name: str, lo: int, hi: int) -> list[int]:
    """Where ``name`` stands as a whole name in ``text[lo:hi]``: what ``finditer`` of ``(?<![\\w’'-])<name>(?![\\w-])``
    gives with ``pos=lo, endpos=hi`` (the character before ``lo`` is read, the text ends at ``hi``), found by ``find``
    instead of a compiled expression per name.

    >>> name_starts("Holvik, Holviks and the-Holvik; Holvik", "Holvik", 0, 99), name_starts("xHolvik Holvik", "Holvik", 1, 7)
    ([0, 32], [])
    """
    hi = min(hi, len(text))
    out: list[int] = []
    at = text.find(name, lo, hi) if name else -1
    while at >= 0:
        end = at + len(name)
        before = text[at - 1] if at > 0 else " "
        after = text[end] if end < hi else " "
        if not (before.isalnum() or before in "_’'-") and not (after.isalnum() or after in "_-"):
            out.append(at)
            at = text.find(name, end, hi)
        else:
            at = text.find(name, at + 1, hi)
    return out


_AFTER_CUE = re.compile(r"\b(?:said|says|told|added|wrote|asked)\s+$")


#: a weekday closing a capitalised chunk ('Ann Lee Saturday'): no part of the name before it
_TRAILING_DAY = re.compile(r"\s+(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day$")


#: patterns read by person_index, compiled once
_OF_GAP = re.compile(r"\s+of\s+")
_DAY_TAIL = re.compile(r"\s+[A-Z][a-z]+day$")


def person_index(text: str, blocked: list[tuple[int, int]]) -> PersonIndex:
    """Index every person-like name outside the quoted spans ``blocked`` (sorted, disjoint).

    >>> idx = person_index("Sen. Mary Lee spoke. Lee said so.", []); [(p.name, p.gender) for p in idx.people]
    [('Mary Lee', 'f'), ('Lee', 'f')]
    >>> [p.name for p in person_index("Officer Ann Lee Friday said so.", []).people]
    ['Ann Lee']
    """
    people: list[Person] = []
    bstarts = [a for a, _ in blocked]
    full: dict[str, Person] = {}
    things: set[str] = set()
    for a, b in name_chunks(text, 0, len(text)):
        k = bisect.bisect_right(bstarts, a) - 1
        if k >= 0 and blocked[k][0] <= a < blocked[k][1]:
            continue
        of = _OF_GAP.search(text[a:b])
        if of and len(strip_titles(text[a:a + of.start()]).split()) >= 2 and not looks_like_org(text[a:a + of.start()]):
            b = a + of.start()   # 'Dr. Keiko Tanaka of Osaka University' -> the person
        day = _TRAILING_DAY.search(text, a, b)
        b = day.start() if day and day.start() > a else b   # 'officer Ann Lee Saturday admitted': the day is no name
        raw = text[a:b]
        name = strip_titles(raw)
        if not name or looks_like_org(raw) or raw.lower() in lexicon.countries() or \
                (_DAY_TAIL.sub("", raw).lower() in lexicon.US_STATES and surname_key(name) not in full):
            continue   # 'Concord, New Hampshire, the senator said': a state is no person (unless a surname: Kerry Washington)
        if len(raw.split()) >= 3 and re.search(r"\b(?:in|at|from)\s+$", text[max(0, a - 6):a]) and \
                lexicon.first_names().get(raw.split()[1].lower()) is not None:
            a, raw = a + len(raw.split()[0]) + 1, " ".join(raw.split()[1:])   # 'in Geneva Ariane Rummery'
            name = strip_titles(raw)
        lead = raw.split(maxsplit=1)
        if len(lead) == 2 and lead[0].lower() in lexicon.OBJECT_PARTICIPLES:
            a, raw = a + len(raw) - len(lead[1]), lead[1]   # 'Sentencing Robert Smith, the judge said': the object
            name = strip_titles(raw)
        titled = any(w.lower().strip(".") in lexicon.titles() for w in raw[: max(0, raw.find(name))].split())
        key = surname_key(name)
        if len(name.split()) < 2 and not titled and key not in full:
            continue
        if not titled and key not in full and gender_of(name) == "" and \
                not re.match(r"\s*(?:,\s*(?:a|an|the|who|\d+|said|says|told|added|wrote)\b|\s+(?:said|says|told|added|wrote|[a-z]+ed)\b)",
                             text[b:b + 30]) and not _bare_apposition(text, b) and not person_role_before(text, a):
            continue   # 'New Zealand', 'Hillary Rodham': a capitalised pair with no sign of a person ('X, said', 'X, head of Y,': one)
        if not titled and key not in full and (name in things or _named_thing(text, a, b)):
            things.add(name)
            continue   # 'the town of Port Vell', 'Sand Cove, a development that': a place or a thing, here and later
        p = Person(name, a, b, gender_of(raw), raw[: len(raw) - len(name)].strip() if titled else "")
        if len(name.split()) >= 2:
            full[key] = p
        elif key in full:
            p.gender = p.gender or full[key].gender
        people.append(p)
    return PersonIndex(people, [p.start for p in people], text)


#: nouns for places and made things: a name they describe or govern is no person
_THING_NOUNS = r"(?:capital|city|town|village|region|province|district|state|country|county|area|island|port|base|camp|" \
               r"development|project|resort|building|tower|hospital|school|university|neighbou?rhood|suburb|valley|river|" \
               r"lake|border|crossing|airport|station|highway|road|street|square|park|stadium|mall|company|firm|brand)"
_THING_BEFORE = re.compile(r"\b(?:the\s+)?" + _THING_NOUNS + r"\s+of\s+$", re.I)
#: ', a/an/the' + up to three modifiers + a place or thing noun; the noun must end the phrase or come before of/that/in...
_THING_AFTER = re.compile(r",\s*(?i:a|an|the)\s+((?:(?!(?i:of|at|in|for|from|with|to|on|by|and|or)\s)[\w\-.]+\s+){0,3}?)"
                          r"(?i:" + _THING_NOUNS + r")\b(?![’'])(?=\s*[,.;:)\n]|\s*$|\s+(?i:of|that|which|where|whose|in|on|"
                          r"near|founded|based|owned|with|known)\b)")


def _named_thing(text: str, a: int, b: int) -> bool:
    """Whether the name at text[a:b] is a place or a made thing: 'the city of X', or an apposition headed by a place or
    thing noun ('X, the capital of Y', 'X, a resort that ...'), never by a person's role ('X, a state party official').

    >>> t = "raids on the city of Port Vell, the capital of Kesh Province"; _named_thing(t, t.index("Port"), t.index(","))
    True
    >>> t = "Ann Lee, the city's mayor, said"; _named_thing(t, 0, 7), _named_thing("Ann Lee, a small firm.", 0, 7)
    (False, True)
    >>> t = "Ann Lee, a lecturer at the university of Ostmark, said"; _named_thing(t, 0, 7)
    False
    >>> t = "Ann Lee, a University of Ostmark law lecturer, said"; _named_thing(t, 0, 7)
    False
    """
    if _THING_BEFORE.search(text, max(0, a - 30), a):
        return True
    m = _THING_AFTER.match(text, b, b + 80)
    if m and re.match(r"\s+of\s+(?:the\s+)?(?:[A-Z][\w.'’-]*\s+)+[a-z]", text[m.end():m.end() + 80]):
        return False   # 'X, a University of Ostmark law lecturer': the place only qualifies the role after it
    return bool(m) and not any(lexicon.role_nouns().get(w.lower().strip(".")) is not None and
                               lexicon.role_nouns()[w.lower().strip(".")].kind == "person" for w in m.group(1).split())


def full_name(name: str, pos: int, index: PersonIndex) -> str:
    """The fullest form of a person's name used in the article near pos (earlier first, then later).

    >>> idx = person_index("Donald Trump spoke. Mr. Trump left.", []); full_name("Trump", 24, idx)
    'Donald Trump'
    >>> idx = person_index("Saud bin Nasser Al Ali spoke. Sheikh Saud left.", []); full_name("Saud", 38, idx)
    'Saud bin Nasser Al Ali'
    >>> idx = person_index("Minister Datuk Seri Amran Halim spoke. Later, Amran said", []); full_name("Amran", 46, idx)
    'Amran Halim'
    """
    key = surname_key(name)
    if not key:
        return name
    n = len(name.split())
    for p in [*reversed(index.before(pos, 20000)), *index.after(pos)]:
        if len(p.name.split()) > n and _same_surname(key, surname_key(p.name), p.name) and _first_compatible(name, p.name):
            return p.name
    if n == 1:
        for p in reversed(index.before(pos, 20000)):    # 'Datuk Seri Amran Halim ... Amran said': a given name alone
            if len(p.name.split()) > 1 and p.name.split()[0] == name and _GIVEN_NAME_TITLES.search(p.role):
                return p.name
        if (lead := _only_first_word(name, index.before(pos, 20000))):
            return lead    # 'spokesperson Lin Jian ... Lin added': a family name written first
    near = index.text[max(0, pos - 30):pos + len(name) + 30]
    if n == 1 and re.search(_HONORIFIC_GIVEN + re.escape(name) + r"\b", near):
        for p in reversed(index.before(pos, 20000)):     # only people named earlier
            if p.name.split()[0] == name and _PATRONYMIC.search(p.name):
                return p.name   # 'Sheikh Mohammed' after 'Mohammed bin Rashid Al Maktoum': a given name with a patronymic
    return name


def _only_first_word(name: str, people: list[Person]) -> str:
    """The one two-word name of people that starts with name when no name of theirs ends with it ('' otherwise).

    >>> idx = person_index("Spokesperson Lin Jian spoke. Lin added.", []); _only_first_word("Lin", idx.before(33, 999))
    'Lin Jian'
    """
    firsts = {p.name for p in people if len(p.name.split()) == 2 and p.name.split()[0] == name}
    lasts = any(p.name.split()[-1] == name for p in people)
    return next(iter(firsts)) if len(firsts) == 1 and not lasts else ""


_PATRONYMIC = re.compile(r"\s(?:bin|ibn|bint|binti)\s")
#: honorifics of names that the press shortens to the given name ('Datuk Seri Anwar Ibrahim' -> 'Anwar')
_GIVEN_NAME_TITLES = re.compile(r"\b(?:Datuk|Dato’?'?|Datin|Tan\s+Sri|Tun|Tunku|Tengku|Seri)\b")
#: an honorific that is written before a given name alone ('Sheikh Saud', 'Prince Faisal')
_HONORIFIC_GIVEN = r"\b(?:Sheikh|Sheikha|Prince|Princess|Emir)\s+"
#: a surname written with a separate Arabic article ('al-Najim', 'El Sayed', 'Al Ali')
_AL_PARTICLE = re.compile(r"(?:^|\s)(?:al|el|Al|El)(?:-|\s+)[A-Z][\w’'-]*$")


def _same_surname(a: str, b: str, written: str = "") -> bool:
    """Equal surname keys, close spellings of one transliterated name ('mishan' / 'mishaan'), or the key without
    the article when the written longer name has it as a separate particle ('Zafrawi' and 'Omar al-Zafrawi').

    >>> _same_surname("mishan", "mishaan"), _same_surname("lee", "lea")
    (True, False)
    >>> _same_surname("zafrawi", "alzafrawi", "Omar al-Zafrawi"), _same_surname("bright", "albright", "Ann Albright")
    (True, False)
    """
    bare = re.sub(r"^(?:al|el)(?=\w{5})", "", b) if _AL_PARTICLE.search(written) else b
    return a == b or a == bare or (min(len(a), len(b)) >= 5 and a[0] == b[0] and fuzz.ratio(a, b) >= 85)


def _first_compatible(short: str, long: str) -> bool:
    """A short form fits a longer name when it has no first name or the same initial.

    >>> _first_compatible("Trump", "Eric Trump"), _first_compatible("Ivanka Trump", "Eric Trump")
    (True, False)
    >>> _first_compatible("Van Graan", "Johann van Graan")
    True
    """
    a, b = short.split(), long.split()
    return len(a) < 2 or a[0][:1].lower() == b[0][:1].lower() or a[0].lower() in _SURNAME_PARTICLES and \
        " ".join(a).lower() == " ".join(b[-len(a):]).lower()


#: particles that open a surname ('Van Graan' for 'Johann van Graan', 'De Bruyne'), not a first name
_SURNAME_PARTICLES = {"van", "von", "de", "da", "di", "del", "della", "du", "le", "la", "den", "der", "ter", "ten", "dos", "das"}


@dataclass
class Resolved:
    """A speaker after resolution: the name or phrase, its type and descriptor."""

    speaker: str
    type: str           # person | role | body | pronoun (unresolved) | ''
    role: str = ""


#: a relative clause between a role subject and its speech verb ('A witness who asked not to be named told AFP'), whose
#: first word is a verb (not 'A man who witnesses said had fired'), the speech verb not a passive's ('was told')
_WHO_THEN_SPEAKS = (r"(?:\s+who\s+(?:[a-z]+ed|spoke|saw|was|is|has|had|lives|works|gave|knew|heard|lost|fled|ran)\b"
                    r"(?:\s+[\w\-’']+){0,6}?(?<!\bwas)(?<!\bwere)(?<!\bbeen)(?<!\bis)(?<!\bbe),?)"
                    r"(?=\s+(?:said|says|told|added|explained|recalled|described|spoke|confirmed)\b)")


@lru_cache(maxsize=1)
def _role_subject_re() -> re.Pattern[str]:
    """Singular human role phrases in subject position ('A spokesman for the company confirmed'), also with a
    relative clause before a speech verb ('A witness who declined to be named said')."""
    nouns = sorted({r.noun for r in lexicon.role_nouns().values() if r.kind == "person" and not r.plural and " " not in r.noun},
                   key=len, reverse=True)
    return re.compile(r"(?:^|(?<=[.!?]\s)|(?<=\n)|(?<=[a-z],\s)|(?<=\bthat\s)|(?<=[-–—]\s))((?:[Tt]he|[Aa]n?|[Oo]ne|[Aa]nother)\s+"
                      r"(?:[\w\-’'.]+\s+){0,4}?(?:" + "|".join(map(re.escape, nouns)) + r")"
                      r"(?:\s+(?:for|of|at|from|with)\s+(?:the\s+)?[\w\-’']+(?:\s+[A-Z][\w\-’']*){0,3})?)"
                      r"(?:(?=\s*,?\s+(?:(?:also|later|then|further|earlier|again)\s+)?(?:[a-z]+ed|said|says|told|spoke|wrote|is|"
                      r"was|has|had|declined|refused)\b)|" + _WHO_THEN_SPEAKS + ")")


@lru_cache(maxsize=1)
def _plural_subject_re() -> re.Pattern[str]:
    """Plural people or groups in subject position ('Diplomats said', 'the striking workers voted')."""
    nouns = sorted({w for w, r in lexicon.role_nouns().items() if r.plural and r.kind == "person" and " " not in w},
                   key=len, reverse=True)
    return re.compile(r"(?:^|(?<=[.!?]\s)|(?<=\n)|(?<=\bthat\s)|(?<=\band\s)|(?<=\bbut\s))((?:(?:[Tt]he|[Hh]is|[Hh]er|[Tt]heir|"
                      r"[Ii]ts|[Ss]ome|[Mm]any|[Ss]everal|[Oo]ther|\d+)\s+)?(?:[\w\-’'.]+\s+){0,3}?(?:" +
                      "|".join(map(re.escape, nouns)) + r"))(?=\s+(?:[a-z]+ed|said|say|told|have|had|are|were|voted|"
                      r"warned|insisted|spoke|wrote)\b)", re.I)


@lru_cache(maxsize=1)
def _body_subject_re() -> re.Pattern[str]:
    """A definite body described in common nouns opening a sentence as its subject ('The prime minister's office
    issued', 'The ministry said')."""
    nouns = sorted({r.noun for r in lexicon.role_nouns().values() if r.kind == "body" and not r.plural}, key=len, reverse=True)
    return re.compile(r"(?:^|(?<=[.!?]\s)|(?<=\n))([Tt]he\s+(?:[\w\-’'.]+\s+){0,3}?(?:" + "|".join(map(re.escape, nouns)) +
                      r"))(?=\s+(?:[a-z]+ed|said|says|issued|released|put\s+out|is|was|has|had)\b)")


def body_subjects(text: str, lo: int, pos: int) -> list[tuple[int, str]]:
    """(offset, phrase) of definite bodies opening sentences as subjects in text[lo:pos], for 'it said'.

    >>> t = "Rockets fell. The prime minister's office issued a statement."; body_subjects(t, 0, len(t))
    [(14, "the prime minister's office")]
    """
    return [(m.start(1), "t" + m.group(1)[1:]) for m in _body_subject_re().finditer(text, lo, pos)]


def plural_subjects(text: str, lo: int, pos: int) -> list[tuple[int, str]]:
    """(offset, phrase) of plural people subjects in text[lo:pos], for 'they said'.

    >>> plural_subjects("Diplomats said talks were tense.", 0, 32)
    [(0, 'diplomats')]
    """
    out = []
    for m in _plural_subject_re().finditer(text, lo, pos):
        phrase = m.group(1)
        out.append((m.start(1), phrase[:1].lower() + phrase[1:] if phrase.split()[0].lower() in lexicon.DETERMINERS
                    or phrase.split()[0].lower() in lexicon.role_nouns() else phrase))
    return out


def role_subjects(text: str, lo: int, pos: int) -> list[tuple[int, str, str]]:
    """(offset, phrase, gender) of unnamed singular role subjects in text[lo:pos].

    >>> role_subjects("A spokesman for the company confirmed the strike.", 0, 49)
    [(0, 'a spokesman for the company', 'm')]
    >>> role_subjects("The minister’s spokesperson also said it was true.", 0, 49)
    [(0, 'the minister’s spokesperson', '')]
    >>> role_subjects("A witness who asked not to be named told AFP.", 0, 44)
    [(0, 'a witness', '')]
    """
    out = []
    for m in _role_subject_re().finditer(text, lo, pos):
        phrase = m.group(1)
        if re.search(r"[A-Z][\w’'\-.]*,\s*$", text[max(0, m.start(1) - 40):m.start(1)]):
            continue   # 'Hamdi Malik, an analyst, commented': an apposition, not a subject
        g = "f" if re.search(r"\b(?:woman|spokeswoman|mother|girl|wife|actress|chairwoman|congresswoman)\b", phrase) else \
            ("m" if re.search(r"\b(?:man|spokesman|father|boy|husband|chairman|congressman)\b", phrase) else "")
        out.append((m.start(1), phrase[:1].lower() + phrase[1:], g))
    return out


#: a speech verb right after a name: the person speaks there in indirect speech ('Ann Lee said the court ...',
#: 'Lee admitted to ...'); a plain act ('Lee opened the scoring') does not take the floor from the last speaker
_REPORTS_AFTER = re.compile(r"\s+(?:said|says|told|added|argued|insisted|stated|claimed|explained|admitted|"
                            r"acknowledged|conceded|denied|warned|accused|urged)\b")


#: a verb's object position right before a name ("asked Bob Hale", "met with Dr. Ann Lee", "thanked him and Bo Day")
_OBJECT_BEFORE = re.compile(r"\b(?:asked|questioned|pressed|met|told|thanked|urged|called|visited|interviewed|criticized|"
                            r"criticised|accused|praised|blamed|replaced|succeeded|defeated|fired|hired|appointed|"
                            r"nominated|named|elected|met\s+with|spoke\s+with|spoke\s+to|talked\s+to|talked\s+with)\s+"
                            r"(?:(?:[A-Z][a-z]{1,4}\.|[A-Z][a-z]+)\s+){0,3}$")


def _object_position(text: str, start: int) -> bool:
    """Whether a name at ``start`` is the object of a verb ('Sen. Bo Day asked Ann Lee, ...'), which a later 'he' or
    'she' is less likely to mean than the verb's subject.

    >>> t = "Senator John Lee asked Bob Hale about it."; _object_position(t, t.index("Bob")), _object_position(t, t.index("John"))
    (True, False)
    """
    return bool(_OBJECT_BEFORE.search(text, max(0, start - 60), start))


def resolve_pronoun(text: str, pron: str, pos: int, index: PersonIndex, prior: list[tuple[int, Resolved]]) -> Resolved:
    """he/she: the last quoted person of that gender unless another person became a subject since;
    they/it: the last body or plural speaker, else the nearest organisation named before.

    ``prior`` holds (mention offset, resolved speaker) of earlier quotes, in order.
    >>> idx = person_index("Mary Lee, a senator, spoke. Later John Day arrived.", [])
    >>> resolve_pronoun("", "she", 60, idx, []).speaker
    'Mary Lee'
    >>> t = "Tom Lee spoke." + chr(10) + "In court, John Hart said the case was weak." + chr(10) + "“It is bad,” he said."
    >>> resolve_pronoun(t, "he", t.index("he said"), person_index(t, []), [(0, Resolved("Tom Lee", "person", ""))]).speaker
    'John Hart'
    """
    g = lexicon.PRONOUNS.get(pron.lower(), "")
    recent = [(p, r) for p, r in prior if 0 <= pos - p < LOOKBACK]
    if g in {"m", "f"}:
        last = next(((p, r) for p, r in reversed(recent) if r.type == "person" and gender_of(r.speaker) in {g, ""}), None)
        cands = [x for x in index.before(pos) if (x.gender or gender_of(x.name)) in {g, ""}]
        para0 = text.rfind("\n", max(0, pos - LOOKBACK), pos)  # every candidate starts after pos - LOOKBACK: no further back
        cands = [x for x in cands if not _object_position(text, x.start)] or cands  # "X asked Y, ... He pressed": X
        newer = [x for x in cands if last is None or (x.start > last[0] and index.is_subject(x)
                                                      and (x.start > para0 or x.role or _descriptor_after(text, x.end)
                                                           or _REPORTS_AFTER.match(text, x.end)))]
        if last is not None and newer and full_name(newer[-1].name, newer[-1].start, index) == last[1].speaker:
            newer = []   # the last speaker named again after the others: still the one speaking
        newer = [x for x in newer if last is None or full_name(x.name, x.start, index) != last[1].speaker]
        roles = [r for r in role_subjects(text, max(0, pos - 800), pos) if r[2] in {g, ""}
                 and (last is None or r[0] > last[0]) and (not (newer or cands) or r[0] > (newer or cands)[-1].start)]
        if roles:
            return _role_antecedent(text, roles[-1][1], roles[-1][0], index, prior)
        if last is not None and not newer:
            return last[1]
        if newer or cands:
            x = (newer or cands)[-1]
            return Resolved(full_name(x.name, x.start, index), "person", x.role)
        return Resolved("", "pronoun")
    group = next((p_r for p_r in reversed(recent) if p_r[1].type in {"body", "role"} and pos - p_r[0] < 1500
                  and not (pron.lower() == "it" and _one_person_role(p_r[1].speaker))), None)   # 'it' is no 'a member'
    plural = plural_subjects(text, max(0, pos - 800), pos) if g == "p" else []
    if plural and (group is None or plural[-1][0] > group[0]):
        return Resolved(plural[-1][1], "role")
    bodies = body_subjects(text, max(0, pos - 600), pos) if pron.lower() == "it" else []
    if bodies and (group is None or bodies[-1][0] > group[0]):   # 'The ministry issued a statement. "...," it said.'
        return resolve_role(text, bodies[-1][1], bodies[-1][0], index, prior)
    if group is not None:
        return group[1]
    org = _org_before(text, pos)
    return Resolved(org, "body") if org else Resolved("", "pronoun")


def _role_antecedent(text: str, phrase: str, pos: int, index: PersonIndex, prior: list[tuple[int, Resolved]]) -> Resolved:
    """The speaker a role subject that a pronoun refers back to stands for: the person a definite role names ('The
    chief declined. "No," he said' after 'Police Chief Dan Ruiz'), else the role phrase itself.

    >>> t = "Police Chief Dan Ruiz spoke. The chief declined to say more."
    >>> _role_antecedent(t, "the chief", t.index("The chief"), person_index(t, []), []).speaker
    'Dan Ruiz'
    >>> _role_antecedent(t, "a spokesman", 0, person_index(t, []), []).speaker
    'a spokesman'
    """
    r = resolve_role(text, phrase, pos, index, prior) if re.match(r"(?:the|this)\s", phrase) else None
    return r if r is not None and r.type == "person" else Resolved(phrase, "role")


def _one_person_role(phrase: str) -> bool:
    """Whether a role phrase names one person ('a member of X', 'the spokesman'), whom 'it' cannot stand for.

    >>> _one_person_role("a member of Kataib Hezbollah"), _one_person_role("the ministry"), _one_person_role("officials")
    (True, False, False)
    """
    head = re.split(r"\s+(?:of|for|at|from|with|in|to)\s+", phrase.strip(), maxsplit=1)[0].split()
    role = lexicon.role_nouns().get(head[-1].lower().strip(".,’'")) if head else None
    return role is not None and role.kind == "person" and not role.plural


def _org_before(text: str, pos: int, head: str = "") -> str:
    """The last organisation-like capitalised name in the 600 characters before pos, ending in ``head`` when
    given ('the ministry' -> 'Ministry of Defence'); '' if none."""
    best = ""
    for a, b in name_chunks(text, max(0, pos - 600), pos):
        name = re.sub(r"^(?:The|A|An)\s+", "", text[a:b])
        if looks_like_org(name) and name.lower() not in lexicon.countries() and (not head or head in name.lower()):
            best = name
    return best


#: a clause part that opens right after a closing quotation mark ('" said Ann Lee'): no apposition of what came before
_AFTER_CLOSING_MARK = re.compile(r"\s*[”\"’']")


def resolve_who(text: str, who_start: int, lo: int) -> Mention | None:
    """The antecedent of a relative 'who': the noun phrase right before ', who', '(who' or 'who'.

    >>> t = "Sen. Ann Lee, who chairs the panel, said"; resolve_who(t, 14, 0).name
    'Ann Lee'
    >>> t = "The mayor (who told reporters"; resolve_who(t, 11, 0).name
    'The mayor'
    >>> t = "He cited the assessment of Mayor Ann Lee, who called it"; resolve_who(t, t.index("who"), 0).name
    'Ann Lee'
    >>> t = "He attended the church of the Rev. James Betner, who remembered him"; resolve_who(t, t.index("who"), 0).name
    'James Betner'

    An inverted attribution after a quote is the clause the 'who' follows, never an apposition of the quote's words:
    >>> t = '"We met the nurses," said Ann Lee, who added'; resolve_who(t, t.index("who"), 0).name
    'Ann Lee'
    """
    end = who_start
    while end > lo and text[end - 1] in " ,(":
        end -= 1
    parts = _parts(text, max(lo, end - 200), end)
    k = len(parts) - 1
    while k > 0 and _is_appositive(text, parts[k]) and not _AFTER_CLOSING_MARK.match(text, parts[k][0], parts[k][1]):
        k -= 1
    m = np_at_end(text, parts[k][0], parts[k][1], subject=False) if parts else None
    of = text.rfind(" of ", m.start, m.end) if m is not None and m.kind in {"document", "body"} else -1
    if of >= 0 and m.kind == "body" and not re.search(r"\b[a-z]+$", text[m.start:of]):
        of = -1   # "the Royal College of Nursing, who": a body's own name, not "the church of X"
    whose = np_at_end(text, of + 4, m.end, subject=False) if of >= 0 else None
    return whose if whose is not None and whose.kind in {"person", "role"} else m   # 'the assessment of X, who': X
    # ('the church of the Rev. X, who': X, a person; a body is no 'who')


def resolve_role(text: str, phrase: str, pos: int, index: PersonIndex, prior: list[tuple[int, Resolved]]) -> Resolved:
    """'the senator' -> the nearest earlier person described or titled with that noun; otherwise the phrase.

    >>> idx = person_index("Sen. Ann Lee spoke on Monday.", [])
    >>> resolve_role("", "the senator", 40, idx, []).speaker
    'Ann Lee'
    >>> t = "Wales head coach Warren Gatland spoke. Maro Itoje scored. The head coach said"
    >>> resolve_role(t, "the head coach", t.index("The head"), person_index(t, []), []).speaker
    'Warren Gatland'
    """
    m = re.fullmatch(r"(?:the|this)\s+(?:[\w\-’'.]+\s+){0,3}?(\w[\w\-]*)", phrase.strip(), re.I)
    if not m:
        return Resolved(phrase, "role")
    head = re.sub(r"^\d+-", "", m.group(1).lower())
    body = lexicon.role_nouns().get(head)
    if body is not None and body.kind == "body":
        return _resolve_body(text, phrase, head, pos, prior)
    keys = _role_keys(head)
    if not keys or re.search(r"\b(?:a|an|one|another)\s+(?:[\w\-’'.]+\s+){0,3}?" + re.escape(head) + r"\b",
                             text[max(0, pos - 600):pos], re.I):
        return Resolved(phrase, "role")
    for p, r in reversed(prior):
        if 0 <= pos - p < LOOKBACK and r.type == "person" and _has_role(r.role, keys):
            return r
    for x in [*reversed(index.before(pos)), *index.after(pos, 400)]:  # titled, or described before or after the name
        if _has_role(x.role + " " + _descriptor_after(text, x.end), keys) or _has_role(descriptor_before(text, x.start), keys):
            return Resolved(full_name(x.name, x.start, index), "person", x.role)
    earlier = described_earlier(text, phrase, pos, index)
    if earlier:
        return Resolved(full_name(earlier.name, earlier.start, index), "person", earlier.role)
    found = _epithet(text, phrase, pos, index, prior)
    return Resolved(phrase, "role") if found.type == "person" and _office_conflict(found.role, keys) else found


def _office_conflict(role: str, keys: set[str]) -> bool:
    """Whether a person's title names an office other than the epithet's ('Sen.' for 'the minority leader').

    >>> _office_conflict("French President", {"nominee"}), _office_conflict("Sen.", {"senator", "sen"})
    (True, False)
    >>> _office_conflict("", {"candidate"}), _office_conflict("Mr.", {"businessman"})
    (False, False)
    """
    offices = {w for w in (x.lower().strip(".,’'") for x in role.split())
               if lexicon.titles().get(w, ("", ""))[0] or (r := lexicon.role_nouns().get(w)) is not None
               and r.kind == "person" and r.group in {"government", "legislator", "military"}}
    return bool(offices) and not offices & keys


_PREDICATE = re.compile(r"(?:\bas|,|\b(?:is|was|became|becomes|remains|remained))\s+$", re.I)


def described_earlier(text: str, phrase: str, pos: int, index: PersonIndex) -> Person | None:
    """The person an earlier sentence described with the same words ('X spoke as the Democratic nominee', 'X, the
    nominee,'): the nearest person before that description in its sentence, or None.

    >>> t = "Ann Lee spoke as the Democratic nominee, attacking Bob Hart. “No,” said the Democratic nominee."
    >>> described_earlier(t, "the Democratic nominee", t.rindex("the Dem"), person_index(t, [])).name
    'Ann Lee'
    """
    core = re.sub(r"^(?:the|this)\s+", "", phrase.strip(), flags=re.I)
    lo = max(0, pos - LOOKBACK)
    hits = [m for m in re.finditer(r"\b(?:the\s+)?" + re.escape(core) + r"\b", text[lo:pos], re.I)
            if _PREDICATE.search(text, max(0, lo + m.start() - 12), lo + m.start())]
    if not hits:
        return None
    at = lo + hits[-1].start()
    stop = max(text.rfind(". ", 0, at), text.rfind("\n", 0, at))
    people = [x for x in index.before(at, at - stop) if x.end <= at]
    return people[-1] if people else None


def _epithet(text: str, phrase: str, pos: int, index: PersonIndex, prior: list[tuple[int, Resolved]]) -> Resolved:
    """'the former national skipper', 'the 46-year-old': the person the article is about just before, when the
    role noun does not say who (the last speaker or named subject within the previous 1,200 characters), never one
    named earlier in the epithet's own sentence ('X “...,” the minister replied': the minister is someone else)."""
    other = _named_in_sentence(text, pos, index)
    last = next((r for p, r in reversed(prior) if 0 <= pos - p < 1200 and r.type == "person" and r.speaker not in other), None)
    subj = [x for x in index.before(pos, 1200) if index.is_subject(x) and full_name(x.name, x.start, index) not in other]
    if subj and (last is None or subj[-1].start > next(p for p, r in reversed(prior) if r is last)):
        return Resolved(full_name(subj[-1].name, subj[-1].start, index), "person", subj[-1].role)
    if last is None and not index.before(pos, 1200) and re.search(r"\d+-year-old$", phrase):   # named only after it
        ahead = [x for x in index.after(pos, 400) if len(x.name.split()) >= 2 and index.is_subject(x)]
        if ahead:
            return Resolved(ahead[0].name, "person", ahead[0].role)
    return last if last is not None else Resolved(phrase, "role")


def _named_in_sentence(text: str, pos: int, index: PersonIndex) -> set[str]:
    """Full names of the people named earlier in the sentence (and paragraph) that ends at ``pos``.

    >>> t = "Mary Lee spoke. John Hart “will pay,” the mayor said."; sorted(_named_in_sentence(t, t.index("the mayor"), person_index(t, [])))
    ['John Hart']
    >>> t = "John Hart spoke. The mayor said"; _named_in_sentence(t, t.index("The mayor"), person_index(t, []))
    set()
    """
    out: set[str] = set()
    for x in reversed(index.before(pos, 400)):
        if "\n" in text[x.end:pos] or re.search(r"[.!?][”\"’]?\s+[A-Z“\"]", text[x.end:pos + 1]):
            break
        out.add(full_name(x.name, x.start, index))
    return out


def _resolve_body(text: str, phrase: str, head: str, pos: int, prior: list[tuple[int, Resolved]]) -> Resolved:
    """'the faction', 'the group', 'the ministry': the last body quoted or named before, described by that noun."""
    bodies = [r for p, r in reversed(prior) if 0 <= pos - p < 1500 and r.type == "body"]
    for r in bodies:
        if head in r.speaker.lower() or head in r.role.lower():
            return r
    generic = head in {"faction", "group", "militia", "movement", "alliance", "organization", "organisation", "brigade"}
    if bodies and generic:
        return _body_of_kind(text, pos, phrase, bodies)
    bare = generic and re.fullmatch(r"(?:the|this)\s+" + re.escape(head), phrase.strip(), re.I) is not None
    name = _org_before(text, pos, head) or (_described_body_before(text, pos, head) if generic else "") or \
        (_listed_body_before(text, pos) if bare else "")   # not 'the rights group'
    return Resolved(name, "body") if name else Resolved(phrase, "body")


def _described_body_before(text: str, pos: int, head: str) -> str:
    """The last body the 600 characters before pos name together with the kind noun ``head``: 'Aid group Sea-Watch',
    'the militia Liwa Tahrir', 'Liwa Tahrir, an alliance of ...' ('' when none): what 'the group' stands for.

    >>> t = "Aid group Sea-Watch said it warned them. The group said"; _described_body_before(t, t.index("The group"), "group")
    'Sea-Watch'
    >>> t = "The Ames Front, an alliance of Shiite parties, said"; _described_body_before(t, len(t), "alliance")
    'Ames Front'
    >>> t = "The Islamic Resistance in Norland, a Shiite militia, claimed it."; _described_body_before(t, len(t), "militia")
    'Islamic Resistance in Norland'
    """
    name = r"([A-Z][\w\-’']*(?:\s+(?:of\s+|al-)?[A-Z][\w\-’']*){0,4})"
    named = r"([A-Z][\w\-’']*(?:\s+(?:of\s+|in\s+|al-)?[A-Z][\w\-’']*){0,4})"   # 'Islamic Resistance in Norland, a militia'
    rx = re.compile(r"\b" + re.escape(head) + r"\s+" + name + r"|" + named + r",\s+(?:an?|the)\s+(?:[\w\-’']+\s+){0,3}?" +
                    re.escape(head) + r"\b")
    best = ""
    for m in rx.finditer(text, max(0, pos - 600), pos):
        found = re.sub(r"^The\s+", "", m.group(1) or m.group(2))
        best = found if found.split()[0].lower() not in lexicon.DETERMINERS else best
    return best


def _listed_body_before(text: str, pos: int) -> str:
    """The last body of the reference table named in the 600 characters before pos: what 'the group' stands for
    when no body has been quoted yet ('Kataib Hezbollah halted its raids. The group said ...'); '' if none.

    >>> t = "Kataib Hezbollah halted its raids on Monday. The group said"; _listed_body_before(t, t.index("The group"))
    'Kataib Hezbollah'
    """
    from .speakers.descriptors import _organisation
    best = ""
    for a, b in name_chunks(text, max(0, pos - 600), pos):
        org = _organisation(text[a:b])
        best = org[0] if org else best
    return best


def _body_of_kind(text: str, pos: int, phrase: str, bodies: list[Resolved]) -> Resolved:
    """The body a generic phrase at ``pos`` stands for: when its modifier names a group ('the militant group', 'the
    resistance group' -> armed group), the nearest quoted body of that group, else the nearest name of that group in
    the 1,500 characters before; otherwise (or when none) the nearest quoted body.

    >>> forum, militia = Resolved("Harbour Forum", "body"), Resolved("Hezbollah", "body")
    >>> _body_of_kind("", 0, "the resistance group", [forum, militia]).speaker, _body_of_kind("", 0, "the group", [forum, militia]).speaker
    ('Hezbollah', 'Harbour Forum')
    >>> t = "Hezbollah fired rockets. The Harbour Forum spoke. The resistance group"
    >>> _body_of_kind(t, len(t) - 20, "the resistance group", [forum]).speaker
    'Hezbollah'
    """
    from .speakers.descriptors import _role_head
    from .speakers import group_evidence
    kind = _role_head(phrase)[1]
    if not kind:
        return bodies[0]
    same = [r for r in bodies if group_evidence("", r.speaker, "body", r.speaker)[0] == kind]
    named = [text[a:b] for a, b in name_chunks(text, max(0, pos - 1500), pos)
             if group_evidence("", text[a:b], "body", text[a:b])[0] == kind]
    return same[0] if same else Resolved(named[-1], "body") if named else bodies[0]


def _role_keys(head: str) -> set[str]:
    """Words that show a person holds the role named by ``head`` ('senator' -> senator, sen).

    >>> sorted(_role_keys("senator"))
    ['sen', 'senator']
    """
    keys = {"senator": {"sen"}, "congressman": {"rep"}, "congresswoman": {"rep"}, "representative": {"rep"},
            "governor": {"gov"}, "general": {"gen"}, "colonel": {"col"}, "lieutenant": {"lt"},
            "captain": {"capt"}, "professor": {"prof"}, "doctor": {"dr"}}.get(head, set())
    role = lexicon.role_nouns().get(head)
    if role is None or role.kind != "person" or role.plural:
        return set()
    return keys | {head}


def _has_role(desc: str, keys: set[str]) -> bool:
    """Whether a descriptor contains one of the role keys as a word."""
    words = {w.lower().strip(".,") for w in re.findall(r"[\w\-.]+", desc)}
    return bool(words & keys)


_COURTESY = {"mr", "mrs", "ms", "miss", "mx", "dr", "sir", "dame", "the", "hon", "honourable", "honorable", "but", "and",
             "sheikh", "sheikha", "sayyid", "his", "her", "highness", "excellency", "he", "she", "datuk", "dato", "datin",
             "seri", "tunku", "tengku"}
_LINKS = {"of", "for", "the", "and", "at", "to"}
_MODIFIERS = {"former", "acting", "then", "interim", "incoming", "outgoing", "national", "senior"}
_BEFORE_CUT = re.compile(r"[;:!?\n“”\"()\[\]–—]|\.\s|,\s")


def courtesy_only(role: str) -> bool:
    """Whether a role is only courtesy titles ('Mr', 'the Hon'), which say nothing of a group.

    >>> courtesy_only("Mr."), courtesy_only("Finance Minister")
    (True, False)
    """
    return all(w.lower().strip(".,") in _COURTESY for w in role.split())


#: patterns read by descriptor_before, compiled once
_QUOTE_CLOSE_END = re.compile(r"[.!?,][”’\"']$")
_STOP_END = re.compile(r"[.!?]$")


def descriptor_before(text: str, start: int) -> str:
    """The role phrase written just before a name, within its clause ('state police spokesman Bill Sadler').

    >>> t = "late on Friday, state police spokesman Bill Sadler said"; descriptor_before(t, t.index("Bill"))
    'police spokesman'
    >>> t = "according to Wes Streeting"; descriptor_before(t, t.index("Wes"))
    ''
    >>> t = "With Chief Officer Al Wu and Director Bo Li, Mr Ek said"; descriptor_before(t, t.index("Mr"))
    ''
    >>> t = "He called the police. Ek said"; descriptor_before(t, t.index("Ek"))
    ''
    >>> t = "She waved at the protesters" + chr(10) + "Lee first met"; descriptor_before(t, t.index("Lee"))
    ''
    >>> t = "He used his time to press Trudeau to act"; descriptor_before(t, t.index("Trudeau"))
    ''
    """
    window = text[max(0, start - 90):start].rstrip(" \t")
    if window.endswith("\n"):
        return ""    # 'a group of protesters\nHarris first met': a line break ends the look-back
    window = window.rstrip()
    if _QUOTE_CLOSE_END.search(window):
        return ""    # '... the mayor,” Ek said': a closing quote mark ends the look-back
    if _STOP_END.search(window) and window.split()[-1].lower().rstrip(".") not in lexicon.titles():
        return ""    # 'told the authorities. Markward said': a sentence ends before the name
    words = _BEFORE_CUT.split(window[:-1] if window.endswith(",") else window)[-1].split()
    keep: list[str] = []
    for j in range(len(words) - 1, -1, -1):
        w = words[j]
        low = w.lower().strip(".,’'")
        if not (w[:1].isupper() or _role_word(w) or low in _LINKS or low in _MODIFIERS or _compound_role(low, keep) or
                _role_goes_on(words, j, keep)):
            break
        keep.insert(0, w)
    while keep and keep[0].lower() in _LINKS:
        keep.pop(0)
    if keep and _role_word(keep[-1]) and "and" in keep:     # 'Officer X and Director Y' : the last role only
        keep = keep[len(keep) - keep[::-1].index("and"):]
    ok = keep and (_role_word(keep[-1]) or _role_word(keep[0]) and len(keep) > 1 and keep[1].lower() in {"for", "of"} or
                   _role_then_place(keep))
    lead = words[:len(words) - len(keep)]
    if ok and lead and lead[-1].lower() in {"to", "will", "would", "could", "should", "must", "can"} and keep[0].islower():
        return ""   # 'used his time to press Trudeau to act': a verb after 'to', not a role
    if ok and window.endswith(",") and not _apposed_before(words[:len(words) - len(keep)], text, start):
        return ""   # 'troops were hurt at the base of coalition forces, Lee said': an object ends the clause, no apposition
    return " ".join(keep).strip(" ,") if ok and not courtesy_only(" ".join(keep)) else ""


#: a lower-case word that qualifies an office between a named body and the office ('security', 'presidential')
_OFFICE_MODIFIER = re.compile(r"[a-z]+(?:al|ary|ic|ive|ian)|security|defen[cs]e|police|intelligence|media|press|campaign|"
                              r"party|state|foreign|border|health|finance|justice|interior|army|navy")


def _role_goes_on(words: list[str], j: int, keep: list[str]) -> bool:
    """Whether the lower-case word words[j], read back from a name, still belongs to the role kept after it: the
    preposition of where an office serves ('official in Iraq') or a modifier between a named body and its office
    ('Kataib Hezbollah security official', 'Democratic presidential candidate').

    >>> w = "Senior Hezbollah security official in Iraq".split()
    >>> _role_goes_on(w, 4, ["Iraq"]), _role_goes_on(w, 2, ["official", "in", "Iraq"]), _role_goes_on(w, 4, [])
    (True, True, False)
    """
    low = words[j].lower().strip(".,’'")
    if not keep or j == 0:
        return False
    if low in {"in", "from"}:
        return all(k[:1].isupper() and not _role_word(k) for k in keep) and _office_noun(words[j - 1])
    return bool(_OFFICE_MODIFIER.fullmatch(low)) and _role_word(keep[0]) and words[j - 1][:1].isupper()


def _office_noun(word: str) -> bool:
    """Whether a word is a person's role noun with a group of its own ('official', 'commander'; not 'people').

    >>> _office_noun("official"), _office_noun("people")
    (True, False)
    """
    role = lexicon.role_nouns().get(word.lower().strip(".,’'"))
    return role is not None and role.kind == "person" and role.group not in {"", "civilian"}


def _role_then_place(words: list[str]) -> bool:
    """Whether a role word is followed only by where it serves ('security official in Iraq', 'envoy to the UN').

    >>> _role_then_place("Senior security official in Iraq".split()), _role_then_place("Ann Lee in Iraq".split())
    (True, False)
    """
    low = [w.lower().strip(".,’'") for w in words]
    for i in range(len(words) - 2, 0, -1):
        if low[i] in {"in", "at", "from", "to"} and _role_word(words[i - 1]) and \
                1 <= len(words) - i - 1 <= 3 and all(w[:1].isupper() or w.lower() == "the" for w in words[i + 1:]):
            return True
    return False


def _compound_role(low: str, keep: list[str]) -> bool:
    """Whether a lower-case word opens a two-word role noun with the first kept word ('opposition' + 'leader').

    >>> _compound_role("opposition", ["leader"]), _compound_role("angry", ["leader"]), _compound_role("police", [])
    (True, False, False)
    """
    return bool(keep) and f"{low} {keep[0].lower().strip('.,’')}" in lexicon.role_nouns()


#: a name closed by a comma right after it: the second comma of an apposition ('the mayor, Ana Ruiz, said')
_NAME_THEN_COMMA = re.compile(r"(?:(?:[A-Z]|[ae]l-|bin\s|ibn\s)[\w.’'\-]*\s+){0,4}(?:[A-Z]|[ae]l-)[\w.’'\-]*,")  # 'Abu Ali al-Askari,'
_DETERMINERS = {"the", "a", "an", "our", "their", "its", "his", "her", "my", "your", "this", "that"}


def _apposed_before(lead: list[str], text: str, start: int) -> bool:
    """Whether a role phrase closed by a comma before the name at ``start`` stands in apposition to it: only a
    determiner or a possessor opens its clause before it ('the city's mayor, Ana Ruiz said'), or a comma closes the
    name too ('She met the mayor, Ana Ruiz, on Friday'); not an object ending a clause ('They met the mayor, Ruiz said').

    >>> t = "They met the mayor, Ana Ruiz said"; _apposed_before(["They", "met", "the"], t, t.index("Ana"))
    False
    >>> u = "She met the mayor, Ana Ruiz, on Friday"; _apposed_before(["the", "city’s"], t, 19), _apposed_before(["met"], u, 19)
    (True, True)
    """
    if all(w.lower() in _DETERMINERS or w.lower().endswith(("'s", "’s", "s'", "s’")) for w in lead):
        return True
    return _NAME_THEN_COMMA.match(text, start) is not None


def person_role_before(text: str, start: int) -> bool:
    """Whether a person's role noun is written just before a name, maybe closed by a comma ('the city's mayor, Ana
    Ruiz', 'union organiser Bo Kent'): a sign that the name is a person's.

    >>> t = "Our county's sheriff, Ilse Marrow, wrote"; person_role_before(t, t.index("Ilse"))
    True
    >>> t = "the company Breta Lorn said"; person_role_before(t, t.index("Breta"))
    False
    >>> t = "an aide, Olwen Tarrant Institute, found"; person_role_before(t, t.index("Olwen"))
    False
    """
    words = descriptor_before(text, start).split()
    role = lexicon.role_nouns().get(words[-1].lower().strip(".,’'")) if words else None
    if _ORG_NAME_END.match(text, start):
        return False    # 'the nonprofit's director, Harlow Policy Center': an organisation's name, no person
    return bool(role and role.kind == "person" and role.group != "civilian")   # 'his son, X': often not the speaker


#: a capitalised name that ends with one of these words is an organisation's ('Harlow Policy Center')
_ORG_NAME_END = re.compile(r"(?:[A-Z][\w’'&.-]*\s+){0,4}(?:Center|Centre|Club|Media|Capital|Research|Fund|Institute|"
                           r"Foundation)\b")


def _role_word(word: str) -> bool:
    """A role noun or title word ('spokesman', 'Minister', 'MP').

    >>> _role_word("Spokesman"), _role_word("Chris")
    (True, False)
    """
    low = word.lower().strip(".,’'")
    return low in lexicon.role_nouns() or low in lexicon.titles()


def _descriptor_after(text: str, end: int) -> str:
    """The apposition or predicate right after a name (', a Republican senator,' / ' was one of the civilians').

    >>> _descriptor_after("Ali Saleh was one of the civilians injured.", 9)
    'one of the civilians injured'
    """
    m = re.match(r",\s*((?:a|an|the)\s[^,.;:“”\"]{1,80})|\s+(?:was|is|has\s+been)\s+((?:a|an|one\s+of\s+the)\s[^,.;:“”\"]{1,80})",
                 text[end:end + 120])
    return (m.group(1) or m.group(2)) if m else _bare_apposition(text, end)


def who_works(text: str, end: int) -> str:
    """What a person does for a living, told by a relative clause right after the name ('' when none).

    >>> who_works("Bo Hart, who teaches law at Ames University, said", 7), who_works("Bo Hart, who was raised in Ames, said", 7)
    ('teaches law at Ames University', '')
    >>> who_works("Bo Hart, who leads in the polls, said", 7)
    ''
    """
    job = _WHO_WORKS.match(text, end, end + 120)
    return job.group(1) if job else ""


#: a relative clause that says what a person does for a living (', who teaches economics at X', ', who works as an
#: analyst at X', ', who heads the X'): the person's role; any other relative clause says something else
_WHO_WORKS = re.compile(r",\s*who\s+(?:works\s+as\s+|serves\s+as\s+)?((?:teaches|taught|lectures|researches|studies|"
                        r"(?:heads|headed|leads|led|runs|directs|chairs|manages|owns|represents)\s+(?!Mr|Mrs|Ms|Dr)"
                        r"(?=the\s|a\s|an\s|his\s|her\s|their\s|[A-Z])|covers|works\s+(?:at|for)|an?\s)"
                        r"[^,.;:“”\"\n]{1,80})")


#: an apposition with no determiner, closed by a comma, a stop or the end of the line
_BARE_APPOSITION = re.compile(r",[^\S\n]*(?![^\S\n])((?!(?:and|or|but|who|which|whose|where|when|while|as|in|on|at|of)\b)"
                              r"[^,.;:()“”\"\n]{3,80}?)\s*(?=[,.;]|\s*$|\s*\n)")


def _bare_apposition(text: str, end: int) -> str:
    """An apposition without a determiner that opens with a role noun or title, maybe after names, possessives and
    modifiers (', interim city police chief,', ', mother of hostage X', ', NASA Administrator'), with no reporting verb.

    >>> _bare_apposition("Ann Lee, interim Ames police chief, said", 7), _bare_apposition("Ann Lee, Texas, said", 7)
    ('interim Ames police chief', '')
    >>> _bare_apposition("Ann Lee, who left the police force, said", 7), _bare_apposition("Ann Lee, still hated by voters, said", 7)
    ('', '')
    >>> _bare_apposition("Ann Lee, then 44, said", 7), _bare_apposition("Ann Lee, then Bo's literary agent, said", 7)
    ('', '')
    >>> _bare_apposition("Ann Lee, Mayor of Ames and Chair of the Ames Army Museum, said", 7)
    'Mayor of Ames'
    >>> _bare_apposition("Ann Lee, Vice-President and Mayor of Ames, said", 7)
    'Vice-President'
    """
    m = _BARE_APPOSITION.match(text, end, end + 120)
    if m is None:
        return ""
    words = m.group(1).split()
    first = next((i for i, w in enumerate(words[:5]) if any(_role_word(x) for x in w.split("-")) and w.lower() not in _MODIFIERS), -1)
    if first < 0 or "of" in [w.lower() for w in words[:first]] or lexicon.find_cues(m.group(1), 0, len(m.group(1))) or \
            not all(w[:1].isupper() or re.search(r"[’']s?$", w) or w.lower() in _MODIFIERS for w in words[:first]):
        return ""   # 'rather than as an insurgent', 'will air an ad': no noun phrase
    if RUNS_ON.search(m.group(1)) or \
            any(lexicon.first_names().get(w.lower()) is not None for w in words[first + 1:first + 4] if w[:1].isupper()):
        return ""   # 'Chief among the opponents', 'Deputy Mayor Joe Bell and the council leader': no apposition
    return re.split(r"\s+and\s+(?=[A-Z])", m.group(1))[0]   # 'Crown Prince of X and Deputy Commander of Y': the first


_ISSUED = re.compile(r"(?:^|[.!?](?:\s+|(?=[A-Z][a-z]))|\n|,\s+)([A-Z][\w’'\-.]*(?:\s+(?:(?:of|in|for|the|and|al)\s+)?[A-Z][\w’'\-.]*){0,6}|"
                     r"[Tt]he\s+(?:[\w\-’']+\s+){0,3}?[a-z]+)\s+(?:has\s+|had\s+|also\s+)?"
                     r"(?:issued|released|published|posted|put\s+out|sent|circulated|tweeted|wrote)\s+(?:a|an|the|its|his|her)\s+"
                     r"(?:[\w\-]+\s+)?(?:statement|letter|message|post|communique|video|memo|report|tweet|ad)\b")
_FROM = re.compile(r"\b(?i:statement|letter|message|post|communique|video|memo|report|release|ad)\s+(?:issued\s+|released\s+|"
                   r"posted\s+|signed\s+)?(?:from|by)\s+((?:the\s+)?[A-Z][\w’'\-.]*(?:\s+(?:of\s+|for\s+)?[A-Z][\w’'\-.]*){0,6})")
_DOCS = r"(?:statement|letter|message|post|communique|video|tweet|release)"
#: 'In a statement, Hezbollah said' / 'Kataib Hezbollah said in a Telegram post'
_SAID_IN = re.compile(r"\b[Ii]n\s+(?:a|an|its|his|her|their)\s+(?:[\w\-]+\s+){0,2}" + _DOCS + r"\b[^.!?\n\"“”]{0,40}?,\s+"
                      r"((?:the\s+)?[A-Z][\w’'\-.]*(?:\s+(?:(?:of|in|for|the|and|al)\s+)?[A-Z][\w’'\-.]*){0,6})\s+(?:has\s+|had\s+|also\s+)?(?:said|says|claimed|announced|stated|wrote)\b|"
                      r"(?:^|[.!?]\s+|\n|,\s+)((?:the\s+)?[A-Z][\w’'\-.]*(?:\s+(?:(?:of|in|for|the|and|al)\s+)?[A-Z][\w’'\-.]*){0,6}|"
                      r"[Tt]he\s+(?:[\w\-’']+\s+){0,3}?[a-z]+)\s+(?:has\s+|had\s+|also\s+)?(?:said|says|claimed|announced|stated)\s+"
                      r"in\s+(?:a|an|its|his|her|their)\s+(?:[\w\-]+\s+){0,2}" + _DOCS + r"\b")


def resolve_document(text: str, phrase: str, pos: int, index: PersonIndex) -> Resolved:
    """'the statement' -> the issuer named before it ('X issued a statement', 'a statement from X', 'In a statement,
    X said', 'X said in a statement').

    >>> t = "The Islamic Resistance in Iraq issued a statement. It said"; resolve_document(t, "the statement", 55, None).speaker
    'The Islamic Resistance in Iraq'
    >>> t = "In a statement, Kataib Hezbollah said it fired. The statement said"; resolve_document(t, "the statement", 55, None).speaker
    'Kataib Hezbollah'
    >>> t = "Rockets fell, the embassy said in a statement. The statement said"; resolve_document(t, "the statement", 47, None).speaker
    'the embassy'
    >>> t = "Rockets fell. The defence ministry said in a statement. The statement said"; resolve_document(t, "the statement", 56, None).speaker
    'The defence ministry'
    >>> t = "The Iraqi army said in a statement that it held. The statement said"; resolve_document(t, "the statement", 49, None).speaker
    'The Iraqi army'
    >>> t = "They left.The Harbour Board released a statement. It said more."; resolve_document(t, "the statement", 60, None).speaker
    'The Harbour Board'
    >>> resolve_document("Statement from Ann Lee:", "Statement from Ann Lee", 0, None).speaker
    'Ann Lee'
    >>> resolve_document("It fell, per a statement from the Port Authority.", "a statement", 11, None).speaker
    'Port Authority'
    >>> resolve_document("he added, per a report from MarketWatch.\\n\\nOil fell.", "a report from MarketWatch", 15, None).speaker
    'MarketWatch'
    """
    win = text[max(0, pos - 800):pos + len(phrase) + 120]
    found = [(m.start(), m.group(1)) for m in _FROM.finditer(win)] + [(m.start(), m.group(1)) for m in _ISSUED.finditer(win)]
    found += [(m.start(), m.group(1) or m.group(2)) for m in _SAID_IN.finditer(win)]
    best = max(found)[1] if found else ""   # the issuer named nearest before (or just after) the phrase
    if not best:
        return Resolved(phrase, "role")
    best = re.split(r"(?<=[a-z]{2})\.(?:\s|$)", best)[0]   # the sentence's full stop and what follows it are no part
    best = re.sub(r"^the\s+(?=[A-Z])", "", best)
    name = strip_titles(best) if not looks_like_org(best) else best
    return Resolved(name or best, "body" if looks_like_org(best) or best.lower().startswith("the ") else "person")
