"""Names inside a text: capitalised chunks, titles stripped, organisation-like names, gender, name keys.

"House Minority Leader Nancy Pelosi" -> "Nancy Pelosi"; "Sen. Marco Rubio (R-Fla.)" -> "Marco Rubio";
"Brookings Institution" is an organisation, "Mr. Trump" is a person known by surname.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from unidecode import unidecode

from . import lexicon

_TOKEN_RE = re.compile(r"[A-Za-z\u00C0-\u024F][\w’'\-\.]*|\S")
NAME_PARTICLES = {"al", "al-", "el", "el-", "bin", "ibn", "bint", "abu", "abd", "de", "da", "di", "van", "von",
                  "der", "la", "le", "du", "ul", "ash", "ar", "az", "dos", "del", "mac", "st."}
#: capitalised words that belong to institutions and offices rather than to a person's name
INSTITUTION_WORDS = {"house", "senate", "state", "department", "ministry", "white", "party", "committee",
                     "council", "court", "office", "national", "federal", "republican", "democratic", "democrat",
                     "presidential", "vice-presidential", "gop", "campaign", "security", "defense", "defence",
                     "foreign", "interior", "homeland", "justice", "treasury", "intelligence", "armed", "services",
                     "affairs", "judiciary", "oversight", "finance", "health", "education", "energy", "labor",
                     "transportation", "commerce", "agriculture", "veterans", "joint", "chiefs", "staff",
                     "command", "central", "forces", "force", "army", "navy", "marine", "corps", "air", "general",
                     "front-runner", "frontrunner", "hopeful", "nominee", "candidate", "presumptive", "former",
                     "incoming", "outgoing", "retired", "senior", "top", "chief", "press", "deputy", "acting",
                     "assistant", "special", "executive", "managing", "associate", "co-founder", "founder", "u.s.",
                     "us", "un", "u.n.", "eu", "nato", "gop", "krg", "pmf", "mp", "n.y.", "calif.", "fla.",
                     # a ministry's portfolio ('Minister of State in charge of Finance and Economic Planning')
                     "economic", "economy", "planning", "development", "trade", "industry", "tourism", "environment",
                     "infrastructure", "housing", "communications", "information", "culture", "fisheries", "petroleum",
                     "budget", "welfare", "employment", "immigration", "investment",
                     # a numbered district's seat ('Third District Supervisor Don Wagner')
                     "district", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth"}
ORG_HEADS = {"institution", "institute", "university", "college", "school", "center", "centre", "foundation",
             "council", "committee", "commission", "party", "department", "ministry", "office", "agency", "bureau",
             "administration", "government", "court", "house", "senate", "congress", "parliament", "assembly",
             "army", "navy", "force", "forces", "corps", "command", "guard", "guards", "police", "brigade",
             "brigades", "battalion", "militia", "movement", "front", "alliance", "coalition", "organization",
             "organisation", "group", "network", "association", "union", "league", "society", "club", "company",
             "corporation", "corp", "corp.", "inc", "inc.", "ltd", "llc", "bank", "fund", "trust", "times", "post",
             "news", "journal", "herald", "tribune", "magazine", "press", "radio", "tv", "television", "channel",
             "campaign", "project", "initiative", "watch", "observatory", "embassy", "mission", "board", "cell", "staff",
             "authority", "service", "services", "units", "mobilisation", "mobilization", "resistance", "nations",
             "states", "kingdom", "republic", "region", "province", "city", "county", "district", "base", "poll"}


def tokens(text: str, s: int, e: int) -> list[tuple[str, int, int]]:
    """Word and punctuation tokens of text[s:e] with absolute offsets.

    >>> tokens("Mr. Ali said", 0, 12)
    [('Mr.', 0, 3), ('Ali', 4, 7), ('said', 8, 12)]
    """
    return [(m.group(), m.start(), m.end()) for m in _TOKEN_RE.finditer(text, s, e)]


def is_cap(tok: str) -> bool:
    """A capitalised word (or an 'al-' particle glued to a capitalised word).

    >>> is_cap("Biden"), is_cap("al-Sudani"), is_cap("said")
    (True, True, False)
    """
    return tok[:1].isupper() or (tok.lower().startswith(("al-", "el-")) and tok[3:4].isupper())


_CAPW = r"(?:[A-Z\u00C0-\u00DE][\w’'\-.]*|(?:al|el)-[A-Z\u00C0-\u00DE][\w’'\-.]*|(?:de|da|di|du|la|le|van|von)[A-Z][a-z][\w’'\-.]*)"
_PARTICLE_RE = r"(?:of|for|al|al-|el|el-|bin|ibn|bint|abu|abd|de|da|di|van|von|der|den|la|le|du|ul|ash|ar|az|dos|del|mac)"
_CHUNK_RE = re.compile(r"(?<![\w’'\-])" + _CAPW + r"(?:(?: " + _PARTICLE_RE + r"){0,2} " + _CAPW + r")*")   # 'van der', 'de la'
_POSSESSIVE_TAIL = re.compile(r"[’']s?$")
_KEEP_DOT = re.compile(r"\b[A-Z]\.$|U\.S\.$|\b(?:Jr|Sr|Inc|Corp)\.$")


#: a word ending in a full stop before a space; only its last 60 characters are read (no abbreviation is longer), so a
#: long unbroken word is not rescanned from each of its letters (quadratic)
_DOT_WORD = re.compile(r"[\w’'\-]{1,60}\.(?= )")
_ABBREV_WORDS = {"mr", "mrs", "ms", "dr", "st", "jr", "sr", "sen", "rep", "gov", "gen", "lt", "col", "maj", "capt",
                 "sgt", "prof", "rev", "adm", "brig", "cmdr", "mt", "ft", "no", "inc", "corp", "co", "vs", "u.s", "u.n",
                 "u.k", "d.c", "fla", "calif", "ky", "ohio", "tex", "ill", "ariz", "mass", "va", "pa", "asst", "dep", "supt",
                 "insp", "det", "cpl", "atty"}


def _split_at_sentence_ends(text: str, spans: Iterable[tuple[int, int]]) -> list[tuple[int, int]]:
    """Cut capitalised runs after a word that ends a sentence ('Obama. She' -> 'Obama.', 'She').

    >>> t = "said Obama. She left with Mr. Smith"; [t[a:b] for a, b in _split_at_sentence_ends(t, [(5, 15), (26, 35)])]
    ['Obama.', 'She', 'Mr. Smith']
    """
    out = []
    for a, b in spans:
        start = a
        for m in _DOT_WORD.finditer(text, a, b):
            word = m.group()[:-1].lower()
            if len(word) > 1 and word not in _ABBREV_WORDS and not re.fullmatch(r"(?:[a-z]\.)+[a-z]", word):
                out.append((start, m.end()))
                start = m.end() + 1
        if start < b:
            out.append((start, b))
    return out


def name_chunks(text: str, s: int, e: int) -> list[tuple[int, int]]:
    """Capitalised word sequences (with particles such as al-, bin, of) inside text[s:e], as spans.

    >>> t = "said Abu Mahdi al-Muhandis, the leader of Kataib Hezbollah"
    >>> [t[a:b] for a, b in name_chunks(t, 0, len(t))]
    ['Abu Mahdi al-Muhandis', 'Kataib Hezbollah']
    >>> t = "Joe Biden’s aide, Sen. J. Smith Jr. and I"; [t[a:b] for a, b in name_chunks(t, 0, len(t))]
    ['Joe Biden', 'Sen. J. Smith Jr.']
    >>> t = "said Ursula von der Leyen"; [t[a:b] for a, b in name_chunks(t, 0, len(t))]
    ['Ursula von der Leyen']
    >>> t = "said Nora deVarre Tull, an astronomer"; [t[a:b] for a, b in name_chunks(t, 0, len(t))]
    ['Nora deVarre Tull']
    """
    out: list[tuple[int, int]] = []
    for a, b in _split_at_sentence_ends(text, (m.span() for m in _CHUNK_RE.finditer(text, s, e))):
        if text[a:b] == "I":
            continue
        if b - a > 3 and _POSSESSIVE_TAIL.search(text, a, b):
            b = a + len(_POSSESSIVE_TAIL.sub("", text[a:b]))   # possessive: "Joe Biden’s" -> "Joe Biden"
        while b > a and text[b - 1] in ".,’'-" and not _KEEP_DOT.search(text, a, b):
            b -= 1
        if b > a:
            out.append((a, b))
    return out


#: courtesy titles: the words after one are a personal name even when they are also title words ('Mr. Prince')
COURTESY_TITLES = {"mr", "mrs", "ms", "miss", "messrs", "mme", "mlle"}


@lru_cache(maxsize=8192)
def _titleish(word: str) -> bool:
    """A word of a title, office, institution or nationality rather than of a personal name.

    >>> _titleish("Sen."), _titleish("Minority"), _titleish("Iraqi"), _titleish("Pelosi")
    (True, True, True, False)
    """
    w = word.lower().strip(".,’'")
    parts = [p for p in w.split("-") if p]
    if w in lexicon.titles() or w in INSTITUTION_WORDS or w in lexicon.countries():
        return True
    role = lexicon.role_nouns().get(w)
    if role is not None and role.kind == "person" and w not in lexicon.first_names():
        return True
    return len(parts) > 1 and all(_titleish(p) for p in parts)


#: patterns read by strip_titles, compiled once
_POSSESSOR = re.compile(r"^.*[’']s\s+")


@lru_cache(maxsize=16384)
def strip_titles(name: str) -> str:
    """The personal name inside a capitalised chunk: titles, offices and nationalities before it removed.

    >>> strip_titles("House Minority Leader Nancy Pelosi"), strip_titles("Secretary of State John Kerry")
    ('Nancy Pelosi', 'John Kerry')
    >>> strip_titles("Iraqi Gen. Hamad Naims"), strip_titles("Mr. Trump"), strip_titles("Minister")
    ('Hamad Naims', 'Trump', '')
    >>> strip_titles("Bank of England"), strip_titles("Ann White"), strip_titles("Ms. White")
    ('', 'Ann White', 'White')
    >>> strip_titles("Jordan Hale"), strip_titles("But Jordan Hale"), strip_titles("Iraqi Hale")
    ('Jordan Hale', 'Jordan Hale', 'Hale')
    """
    name = _POSSESSOR.sub("", name.strip())   # "the White House's Kirby" -> "Kirby"
    toks = name.split()
    hon = [i for i, t in enumerate(toks[:-1]) if t.lower().strip(".") in COURTESY_TITLES]
    if hon:
        return " ".join(toks[hon[-1] + 1:])   # 'Ms. White', 'Mr. Prince': after an honorific comes a surname
    k = len(toks)
    while k > 0 and not _titleish(toks[k - 1]) and toks[k - 1].lower() != "of":
        k -= 1
    if k and not any(_titleish(t) for t in toks[:k]):
        k = 0   # 'Bank of England': no title before 'of', so nothing is stripped
    if k == len(toks) >= 2 and toks[-2].lower() in lexicon.first_names():
        k -= 2   # 'Ann White', 'Ms. Ann Major': a first name before a title word makes it a surname
    elif k == len(toks) - 1 >= 1 and toks[k - 1].lower() in lexicon.first_names() and \
            toks[k - 1].lower() not in lexicon.titles() and \
            all(t.lower().strip(".") in lexicon.NON_NAME_WORDS | lexicon.DETERMINERS for t in toks[:k - 1]):
        k -= 1   # '(But) Jordan Hale': a first name that is also a country's, before a surname
    skip = lexicon.NON_NAME_WORDS | lexicon.DETERMINERS | {"others", "most"}
    while k < len(toks) and toks[k].lower().strip(".") in skip:  # one pass (a list cut per word was quadratic)
        k += 1
    return " ".join(toks[k:])


@lru_cache(maxsize=16384)
def looks_like_org(name: str) -> bool:
    """True when a capitalised chunk names an organisation, a place or a body rather than a person.

    >>> looks_like_org("Brookings Institution"), looks_like_org("Hamdi Malik"), looks_like_org("Pentagon")
    (True, False, True)
    """
    low = [t.lower().strip("’'.,") for t in name.split()]
    if not low:
        return False
    if " ".join(low) in lexicon.organisations() or " ".join(low) in lexicon.countries():
        return True
    return low[-1] in ORG_HEADS or any(t in ORG_HEADS for t in low[:-1] if t in {"of", "for"}) or \
        (len(low) > 2 and "of" in low[1:-1] and not any(t in lexicon.first_names() for t in low))


@lru_cache(maxsize=8192)
def gender_of(mention: str) -> str:
    """'f', 'm' or '' from a title or the first-name table (remembered: the tables are fixed).

    >>> gender_of("Ms. Jenin Plasschaert"), gender_of("Mr Almeida"), gender_of("Renad Mansour")
    ('f', 'm', '')
    """
    toks = [t.lower().strip(".,") for t in mention.split()]
    for t in toks:
        g = lexicon.titles().get(t, ("", ""))[1]
        if g:
            return g
    for t in toks:
        g = lexicon.first_names().get(unidecode(t), "")
        if g:
            return g
    return ""


@lru_cache(maxsize=8192)
def name_key(s: str) -> str:
    """ASCII lower-case key of a name with apostrophes, hyphens and doubled spaces removed.

    >>> name_key("Abu Ala’ al-Wala’i")
    'abu ala alwalai'
    """
    s = re.sub(r"[’'`\-\.]", "", unidecode(s).lower())
    return re.sub(r"\s+", " ", s).strip()


@lru_cache(maxsize=8192)
def surname_key(s: str) -> str:
    """Key of the last name token, with al-/abu/bin particles glued on ('' for an empty name).

    >>> surname_key("Abu Mahdi al-Muhandis"), surname_key("Joseph R. Biden Jr."), surname_key("Ann Hale QC")
    ('almuhandis', 'biden', 'hale')
    """
    toks = re.sub(r"\b(al|el|abu|bin|ibn)\s+", r"\1", name_key(s)).split()
    while len(toks) > 1 and toks[-1] in {"jr", "sr", "ii", "iii", "iv", "qc", "kc", "sc", "obe", "mbe", "cbe"}:
        toks = toks[:-1]
    return toks[-1] if toks else ""
