"""Canonical speakers across articles: alias table + fuzzy name matching, with role and group rules.

``resolve_speakers(quotes)`` takes the output of ``analysis.quotes.extract_corpus_quotes`` (or any table with
``speaker`` and optionally ``doc_id``, ``speaker_type``, ``speaker_role``, ``speaker_mention``, ``is_speech``)
and returns the quotes with ``speaker_id``/``canonical``/``speaker_group`` plus one row per speaker.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

import pandas as pd
from rapidfuzz import fuzz
from unidecode import unidecode

from .. import paths
from ..text.checks import require_frame
from . import lexicon
from .names import looks_like_org, strip_titles
from .tenure import publication_years, role_at

#: The speaker-group scheme (data/reference/speaker_groups.csv describes each group and its evidence).
GROUPS = ["government", "legislator", "military", "armed group", "politician", "analyst", "media", "civilian",
          "organisation", "anonymous", "unknown"]
ALIASES_FILE = "data/reference/speaker_aliases.csv"

_TITLES = {"mr", "mrs", "ms", "miss", "dr", "prof", "professor", "col", "colonel", "gen", "general", "maj", "major",
           "lt", "lieutenant", "brig", "brigadier", "capt", "captain", "sgt", "adm", "admiral", "president",
           "prime", "minister", "secretary", "sheikh", "sayyid", "imam", "senator", "sen", "rep", "gov",
           "ambassador", "spokesman", "spokeswoman", "spokesperson", "resident", "commander", "chief",
           "director", "deputy", "vice", "under", "governor", "mayor", "chancellor", "judge", "inspector",
           "detective", "chairman", "chairwoman", "councillor", "sir", "dame", "lord", "attorney", "elect"}
_DETS = {"a", "an", "the", "one", "some", "two", "three", "several", "many", "other", "another", "its", "his",
         "her", "their"}
_PARTICLES = r"(?:al|el|abu|bin|ibn|ul|ad|as|ash|ar|az)"
#: groups whose country the descriptor states (for analysts or media a place in the descriptor is a topic or a seat)
_STATE_GROUPS = {"government", "military", "legislator", "armed group", "politician", "anonymous"}
#: role nouns that say nothing but that someone spoke: unnamed, they make an anonymous source
_ANONYMOUS_NOUNS = {"source", "sources", "insider", "insiders", "person", "people", "official", "officials"}


#: portfolios after a title ('Secretary of State', 'Minister for Foreign Affairs') that are not part of the name
_PORTFOLIO = r"(?:of|for)\s+(?:the\s+)?(?:homeland\s+security|foreign\s+affairs|home\s+affairs|veterans\s+affairs|" \
             r"internal\s+affairs|air\s+force|national\s+defen[cs]e|state|defen[cs]e|interior|finance|health|justice|" \
             r"treasury|education|energy|labou?r|transport(?:ation)?|commerce|agriculture|trade|war|navy|army|economy|" \
             r"housing|environment|culture|oil|planning|information|communications|industry|immigration)\b"


@lru_cache(maxsize=1 << 16)
def name_key(name: str) -> str:
    """Matching key: ASCII, lower case, no titles/determiners/apostrophes/hyphens, al- particles glued.

    >>> name_key("Abu Ala’ al-Wala’i"), name_key("Mr. Almeida"), name_key("the Iraqi army")
    ('abuala alwalai', 'almeida', 'iraqi army')
    >>> name_key("NATO Secretary-General Jens Stoltenberg"), name_key("WHO Director-General Tedros Ghebreyesus")
    ('jens stoltenberg', 'tedros ghebreyesus')
    >>> name_key("U.S. Secretary of State Antony Blinken")
    'antony blinken'
    >>> name_key("House Minority Leader Nancy Pelosi")
    'nancy pelosi'
    """
    name = str(name or "")
    if name[:1].isupper() and not re.match(r"(?:The|A|An)\s", name):
        name = strip_titles(name) or name   # 'Minority Leader Nancy Pelosi' -> 'Nancy Pelosi'
    raw = unidecode(name).split()
    if len(raw) > 2 and re.fullmatch(r"[A-Z]{2,5}|[A-Z](?:\.[A-Z])+\.?", raw[0]) \
            and raw[1].lower().strip(".").split("-")[0] in _TITLES:
        name = " ".join(raw[1:])   # 'NATO Secretary-General Jens Stoltenberg': the acronym qualifies the title
    s = unidecode(str(name or "")).lower()
    s = re.sub(r"[’'`\.]", "", s)
    s = re.sub(r"[-‐–]", " ", s)
    s = re.sub(r"[^a-z0-9 ]", " ", s)
    toks = s.split()
    while len(toks) > 1 and (toks[0] in _TITLES or toks[0] in _DETS):
        toks = toks[1:]
        m = re.match(_PORTFOLIO, " ".join(toks)) if toks and toks[0] in {"of", "for"} else None
        if m and len(toks) - len(m.group().split()) >= 1:
            toks = toks[len(m.group().split()):]   # 'secretary of state antony blinken': the portfolio goes
    s = " ".join(toks)
    return re.sub(r"\b" + _PARTICLES + r"\s+(?=\w)", lambda m: m.group().strip(), s)


@lru_cache(maxsize=1 << 16)
def _compact(key: str) -> str:
    """Key without spaces and with doubled vowels/consonants squeezed and common transliteration variants merged."""
    s = key.replace(" ", "")
    s = re.sub(r"(.)\1+", r"\1", s)
    s = s.replace("ou", "u").replace("ee", "i").replace("ei", "i").replace("ay", "ai").replace("ey", "ei")
    s = re.sub(r"(?<=\w)[yi]$", "i", s)
    s = s.replace("q", "k").replace("ph", "f").replace("dh", "d").replace("th", "t")
    return s[:1] + re.sub(r"[aeiouy]", "", s[1:])  # consonant skeleton (first letter kept)


def name_similarity(a: str, b: str) -> float:
    """Similarity (0-100) of two names robust to transliteration, spacing and particle variants.

    >>> name_similarity("Marsin Alshamary", "Marsin Al Shamari") >= 88, name_similarity("Joel Wing", "Joe Biden") < 70
    (True, True)
    """
    ka, kb = name_key(a), name_key(b)
    if not ka or not kb:
        return 0.0
    if ka == kb:
        return 100.0
    r1 = fuzz.ratio(ka.replace(" ", ""), kb.replace(" ", ""))
    r2 = fuzz.token_sort_ratio(ka, kb)
    ca, cb = _compact(ka), _compact(kb)
    r3 = fuzz.ratio(ca, cb) if min(len(ca), len(cb)) >= 4 else 0.0
    return float(max(r1, r2, r3 - 3))


def _surname(key: str) -> str:
    """The last token of a name key ('' for an empty key).

    >>> _surname("hamza mishaan")
    'mishaan'
    """
    toks = key.split()
    return toks[-1] if toks else ""


def same_person(a: str, b: str, threshold: float = 86.0) -> tuple[bool, float, str]:
    """Whether two name strings denote the same person: full fuzzy match, or surname(+initial) match.

    >>> same_person("Yahya Rasoul", "Yehia Rasool")[0], same_person("Mishan", "Hamza Mishaan")[0], same_person("Hamdi Malik", "Hamad Naims")[0]
    (True, True, False)
    """
    ka, kb = name_key(a), name_key(b)
    if not ka or not kb:
        return False, 0.0, ""
    full = name_similarity(ka, kb)
    na, nb = len(ka.split()), len(kb.split())
    if na >= 2 and nb >= 2:
        # first names must be compatible (same initial) and surnames close
        fa, fb = ka.split()[0], kb.split()[0]
        sur = fuzz.ratio(_compact(_surname(ka)), _compact(_surname(kb)))
        if fuzz.ratio(_surname(ka), _surname(kb)) < 70:
            return False, full, ""
        if full >= threshold and (fa[0] == fb[0] or fuzz.ratio(fa, fb) >= 70):
            return True, full, "fuzzy full name"
        if sur >= 90 and fuzz.ratio(_compact(fa), _compact(fb)) >= 80:
            return True, (full + sur) / 2, "fuzzy surname + first name"
        return False, full, ""
    # one side is a single token (surname, or "Al Walae" glued): compare with the other's last token
    short, long_ = (ka, kb) if na <= nb else (kb, ka)
    s = max(fuzz.ratio(short.replace(" ", ""), _surname(long_)),
            fuzz.ratio(_compact(short), _compact(_surname(long_))) - 3,
            fuzz.ratio(short.replace(" ", ""), long_.replace(" ", "")[-len(short.replace(" ", "")):]))
    if s >= threshold and len(short) >= 4 and fuzz.ratio(short.replace(" ", ""), _surname(long_)) >= 70:
        return True, float(s), "surname"
    return False, float(s), ""


def load_aliases(path: str | Path = ALIASES_FILE) -> pd.DataFrame:
    """Read the alias reference table (canonical, alias, role, group, country) and add a ``key`` column.

    An empty group means the person's group depends on the time (a candidate, later a president): the
    article's own evidence decides.
    >>> set(load_aliases().columns) >= {"canonical", "alias", "role", "group", "country", "key"}
    True
    """
    df = pd.read_csv(paths.resolve(path), dtype=str, keep_default_na=False)
    if "country" not in df:
        df["country"] = ""
    bad = set(df["group"]) - set(GROUPS) - {""}
    if bad:
        raise ValueError(f"{paths.display(paths.resolve(path))}: unknown groups {sorted(bad)} (allowed: {GROUPS})")
    return df.assign(key=df["alias"].map(name_key)).sort_values(["canonical", "alias"]).reset_index(drop=True)


def match_alias(name: str, aliases: pd.DataFrame) -> tuple[str, str, float]:
    """Canonical name from the alias table: exact key, then fuzzy person match; ('', '', score) when none.

    >>> a = load_aliases(); match_alias("Qasim Soleimani", a)[0], match_alias("Yehia Rasoul", a)[0], match_alias("Iraq", a)[0]
    ('Qassem Soleimani', 'Yahya Rasool', '')
    """
    key = name_key(name)
    if not key:
        return "", "", 0.0
    hit = aliases[aliases["key"] == key]
    if len(hit):
        return hit["canonical"].iloc[0], "alias table", 100.0
    best = ("", "", 0.0)
    multi = len(key.split()) >= 2
    for canon, alias in zip(aliases["canonical"], aliases["alias"]):
        if multi and len(name_key(alias).split()) < 2 or not multi and looks_like_org(alias):
            continue    # only people are called by their last word: 'Iraq' is not 'Islamic Resistance in Iraq'
        ok, score, how = same_person(key, alias)
        if ok and score > best[2]:
            best = (canon, f"alias {how}", score)
    if best[0] and not multi:
        # a bare surname must be unambiguous in the table
        cands = {c for c, a in zip(aliases["canonical"], aliases["alias"]) if same_person(key, a)[0]}
        if len(cands) > 1:
            return "", "", best[2]
    return best


# --------------------------------------------------------------------------------------------------
# Groups from evidence: a title before the name, the head of the descriptor, an organisation, a country
# --------------------------------------------------------------------------------------------------
_WORDS = re.compile(r"[A-Za-z][\w’'\-.]*")


def _country(text: str) -> str:
    """The first country named, or implied by a demonym or a seat of government, in a text ('' if none).

    >>> _country("an Iraqi military spokesman"), _country("a Pentagon official"), _country("a voter")
    ('Iraq', 'United States', '')
    """
    words = [w.strip(".,’'").lower() for w in _WORDS.findall(text)]
    for i, w in enumerate(words):
        for n in (3, 2, 1):
            phrase = " ".join(words[i:i + n])
            hit = lexicon.countries().get(phrase) or lexicon.countries().get(phrase + ".")
            if hit and (n > 1 or len(w) > 2 or w in {"us", "uk"} and re.search(r"\b(?:US|UK)\b", text)):
                return hit[0]
    org = _organisation(text)
    return org[2] if org else ""


@lru_cache(maxsize=1 << 16)
def _organisation(text: str) -> tuple[str, str, str] | None:
    """The longest organisation of the reference table named in a text: (name, group, country).

    >>> _organisation("an analyst at the Brookings Institution")
    ('Brookings Institution', 'analyst', '')
    >>> _organisation("a lawyer who represents the campaign") is None, _organisation("the Security Council of Iraq") is None
    (True, True)
    >>> _organisation("Reuters’ Ann Lee")[0]    # a possessive s' as well as 's
    'Reuters'
    """
    low = " " + re.sub(r"[^\w’'.& ]+", " ", re.sub(r"[’']s\b|(?<=s)[’'](?=\s|$)", "", text.lower()).replace("-", " ")) + " "
    best = None   # a possessive names its owner: 'the Fed’s chair'
    for alias0, row in lexicon.organisations().items():
        alias = alias0.replace("-", " ")
        # short aliases are acronyms: 'WHO' names the organisation, 'who' is a pronoun
        if len(alias) > 3 and f" {alias} " in low or (len(alias) <= 3 and re.search(r"\b" + re.escape(alias.upper()) + r"\b", text)):
            if len(alias) > 3 and _of_place(low.split(f" {alias} ", 1)[1]):
                continue   # 'Security Council of Kurdistan' is that place's council, not the UN's
            if len(alias) > 3 and row[2] == "international" and _place_before(low.split(f" {alias} ", 1)[0]):
                continue   # 'the Basra Province Security Council': that place's own council
            if _for_or_against(low.split(f" {alias} ", 1)[0] if len(alias) > 3 else
                               re.split(r"\b" + re.escape(alias.upper()) + r"\b", text, maxsplit=1)[0].lower()):
                continue   # 'the anti-Islamic State coalition', 'a pro-Hamas outlet': another body, for or against it
            if best is None or len(alias) > best[0]:
                best = (len(alias), row)
    return best[1] if best else None


def _for_or_against(before: str) -> bool:
    """Whether the text before a body's name ends with 'anti' or 'pro' ('the anti-', 'a pro '), which makes the name
    part of an adjective for another body ('the anti-Islamic State coalition' is no part of the Islamic State).

    >>> _for_or_against(" the statement from the anti"), _for_or_against("a pro-"), _for_or_against(" the proper")
    (True, True, False)
    """
    return re.search(r"\b(?:anti|pro)[\s-]*$", before) is not None


def _place_before(before: str) -> bool:
    """Whether lower-case text ends with a country, a demonym or a word of a state's territory ('... kurdistan region'),
    which makes the body named next that place's own.

    >>> _place_before(" the kurdistan region"), _place_before(" the iraqi"), _place_before(" the un"), _place_before("")
    (True, True, False, False)
    """
    words = before.split()
    if not words:
        return False
    return words[-1] in _TERRITORY or words[-1] in lexicon.countries() or " ".join(words[-2:]) in lexicon.countries()


#: words that close the name of a state's territory ('Kurdistan Region', 'the Northern Province')
_TERRITORY = {"region", "regional", "province", "provincial", "national", "state", "federal", "republic"}


def _of_place(after: str) -> bool:
    """Whether lower-case text opens with 'of' and a country or region ('of kurdistan ...').

    >>> _of_place("of iraq said"), _of_place("of directors said")
    (True, False)
    """
    m = re.match(r"of\s+(?:the\s+)?(\w+)", after)
    return bool(m) and m.group(1) in lexicon.countries()


def _coordinated_head(text: str) -> tuple[str, str] | None:
    """(noun, group) of the first later conjunct of a coordinated descriptor that has a group, when the first has none
    ('the chairman and former chief executive of Acme'); None when there is none.

    >>> _coordinated_head("the chairman and former chief executive of the bakery chain")
    ('chief executive', 'organisation')
    >>> _coordinated_head("the chairman of the board") is None, _coordinated_head("director at the Rail and Dock Workers Union") is None
    (True, True)
    """
    for part in re.split(r"\s+and\s+(?![A-Z])", text)[1:4]:    # not inside a name ('Oil and Gas Workers Union')
        noun, group = _role_head(part)
        if group:
            return noun, group
    return None


@lru_cache(maxsize=1 << 16)
def _role_head(text: str) -> tuple[str, str]:
    """(noun, group) of the head role noun of a descriptor; a body named after it ('spokesman for the Iraqi army',
    'officials with Iran-backed militias') lends its group; ('', '') when none.

    >>> _role_head("a senior aide to the senator"), _role_head("spokesman for the Iraqi army")
    (('aide', ''), ('spokesman', 'military'))
    >>> _role_head("two officials with Iran-backed militias"), _role_head("Conservative MP")
    (('official', 'armed group'), ('mp', 'legislator'))
    >>> _role_head("a longtime union worker"), _role_head("a union official")
    (('worker', 'civilian'), ('union', 'organisation'))
    >>> _role_head("a city councilman"), _role_head("a militia commander")
    (('councilman', 'legislator'), ('militia', 'armed group'))
    >>> _role_head("a farmer in Ames County"), _role_head("a member of the Ames Rowing Club")
    (('farmer', 'civilian'), ('member', 'civilian'))
    >>> _role_head("A group of Eastfield residents"), _role_head("a group of lawmakers")
    (('resident', 'civilian'), ('lawmaker', 'legislator'))
    """
    tokens = _WORDS.findall(text)
    words = [w.strip(".,’'").lower() for w in tokens]
    named, lower = _private_names(tokens), [t[:1].islower() for t in tokens]
    first, first_at = ("", ""), -1
    for i, w in enumerate(words):
        role = named.get(i, _role_at(words, i))
        if role is None or _adjective_use(words, i):
            continue   # 'fellow councillor', 'the official news agency': an adjective, not a research fellow or an official
        role = _compound_head(words, i, role, lower)
        if first[0] in _PARTITIVE and role.kind == "person" and "of" in words[first_at + 1:i] and i - first_at <= 3:
            first, first_at = (role.noun, role.group), i   # 'a group of residents': the people, not the group
            continue
        if not first[0] or first[1] == "politician" and i == first_at + 1 and role.group in {"legislator", "government"} \
                or _modifies(first[0], words[first_at:i], role):
            first, first_at = (role.noun, role.group), i    # 'Conservative MP', 'conservative radio host': the head is last
            continue
        if i == first_at + 1 and role.group == "civilian" and lexicon.role_nouns()[first[0]].kind == "body" \
                and first[1] != "politician":
            first = (role.noun, role.group)    # 'a union worker': the body word modifies a private person ('party activist' stays)
            continue
        if i == first_at + 1 and role.kind == "person" and role.group in {"politician", "legislator"} and first[0] in _LOCAL:
            first = (role.noun, role.group)    # 'a city councilman', 'state senator': the elected seat is the head
            continue
        if _hearsay(" ".join(words[:i])):
            break    # 'a Democrat familiar with the campaign’s organization': what the source knows, not whom it serves
        if role.kind == "body" and role.noun in _LOCAL and first[1] and _located(words[first_at + 1:i]):
            return first    # 'a farmer in Ames County', 'a resident of the city': where the person lives, not whom they serve
        if role.kind == "body" and role.group and i > 0 and "of" in words[:i] or role.kind == "body" and role.group and \
                any(x in {"for", "with", "at", "from", "of", "in", "represents", "representing"} for x in words[max(0, i - 4):i]):
            return _member_of(first, role, "at" in words[max(0, i - 4):i])
    return first


def _private_names(tokens: list[str]) -> dict[int, lexicon.Role | None]:
    """The capitalised names of private bodies in a descriptor's words, read as their head noun at their first word
    and as nothing at the others: a union or an association named after its members ('Growers’ Union', 'Police
    Benevolent Association') is a private body, whatever a word inside its name would say alone.

    >>> named = _private_names("chairman of the Ames Farmers’ Union".split()); named[3].noun, named[4], named[5]
    ('union', None, None)
    >>> _private_names("spokesman for the Ames Police Department".split()), _private_names("White House Press Secretary".split())
    ({}, {})
    >>> [k for k, v in _private_names("the Ames Growers’ Unions".split()).items() if v is not None]
    [1]
    """
    out: dict[int, lexicon.Role | None] = {}
    nouns, i = lexicon.role_nouns(), 0
    while i < len(tokens):
        j = i
        while j < len(tokens) and tokens[j][:1].isupper():
            j += 1
        noun, group = _body_head(" ".join(tokens[i:j])) if j - i >= 2 else ("", "")
        heads = [k for k in range(i, j) if getattr(nouns.get(tokens[k].strip(".,’'").lower()), "noun", "").split()[-1:]
                 == noun.split()[-1:]] if group == "organisation" else []
        if heads:    # the head's last word, singular or plural ('Growers’ Unions')
            out.update({k: None for k in range(i, heads[-1] + 1)})
            out[i] = nouns[noun]
        i = max(j, i + 1)
    return out


def _adjective_use(words: list[str], i: int) -> bool:
    """Whether a role noun at words[i] stands as an adjective: 'fellow' before anything but a preposition ('fellow
    councillor', not 'a fellow at X'), 'official' right before a body's or a document's noun ('Syria’s official news
    agency', 'the official statement': the noun after it says the group; 'the official spokesman' keeps the office).

    >>> _adjective_use(["fellow", "councillor"], 0), _adjective_use(["fellow", "at", "x"], 0)
    (True, False)
    >>> _adjective_use(["official", "news", "agency"], 0), _adjective_use(["a", "senior", "official"], 2)
    (True, False)
    >>> _adjective_use(["the", "official", "spokesman"], 1)
    False
    """
    nxt = words[i + 1] if i + 1 < len(words) else ""
    if words[i] == "fellow":
        return bool(nxt) and nxt not in {"at", "of", "with", "in", "for"}
    after = _role_at(words, i + 1) if nxt else None
    return words[i] == "official" and after is not None and after.kind in {"body", "document"}


def _located(between: list[str]) -> bool:
    """Whether the words between a person's role noun and a place noun say where the person is ('in', 'of', 'from' as
    the last preposition), not whom they serve ('for', 'with', 'at').

    >>> _located(["in", "ames"]), _located(["of", "the"]), _located(["for", "the"])
    (True, True, False)
    """
    preps = [w for w in between if w in lexicon.PREPOSITIONS]
    return bool(preps) and preps[-1] in {"in", "of", "from"}


#: bodies whose plain members are no staff: a member of a society or a club speaks for themself (a board's speaks for it)
_STAFFED_BODIES = {"board", "committee", "council", "commission", "cabinet", "parliament", "congress", "senate"}


def _member_of(first: tuple[str, str], body: lexicon.Role, works_at: bool = False) -> tuple[str, str]:
    """(noun, group) of a person's role noun (with its own group) said to belong to a body: the body's group, except
    that a plain member of a private body is a private person ('a member of the history society' -> civilian) and an
    expert or a journalist keeps their own group at a firm ('an economist at the bank' -> analyst), and so does a
    private person's occupation at a workplace (``works_at``: 'a nurse at the hospital' -> civilian).

    >>> _member_of(("member", ""), lexicon.role_nouns()["society"]), _member_of(("director", ""), lexicon.role_nouns()["society"])
    (('member', 'civilian'), ('director', 'organisation'))
    >>> _member_of(("member", ""), lexicon.role_nouns()["board"]), _member_of(("economist", "analyst"), lexicon.role_nouns()["bank"])
    (('member', 'organisation'), ('economist', 'analyst'))
    """
    noun = first[0]
    if noun == "member" and body.group == "organisation" and body.noun not in _STAFFED_BODIES:
        return noun, "civilian"
    if first[1] in {"analyst", "media"} and body.group == "organisation" or \
            first[1] == "civilian" and works_at and body.group == "organisation":
        return first    # 'a nurse at the hospital': staff speak for themselves ('the pastor of the parish' for it)
    return noun, body.group


#: nouns of a mere gathering: in 'a group of residents' the people after 'of' are the head
_PARTITIVE = {"group", "groups", "crowd", "band", "handful", "delegation", "gathering"}
#: body nouns of a local or state government that modify an elected member's noun ('city councilman')
_LOCAL = {"city", "county", "town", "state", "municipal", "borough", "village", "district"}
#: words after which a body named says what an unnamed source knows about, not whom it works for
_HEARSAY = re.compile(r"\b(?:familiar\s+with|close\s+to|briefed\s+(?:on|about)|knowledgeable\s+about|aware\s+of)\b", re.I)
#: role nouns that also stand as adjectives before the head noun of a descriptor ('a veteran Republican strategist')
_ADJECTIVE_ROLES = {"conservative", "liberal", "progressive", "republican", "democrat", "veteran", "independent",
                    "moderate", "libertarian", "evangelical", "gop", "socialist", "chief"}


def _modifies(first: str, span: list[str], later: lexicon.Role) -> bool:
    """Whether the role noun ``first`` (opening ``span``) modifies a later person noun with a group in one noun phrase:
    an adjective-like role ('conservative radio host') or a document word ('law enforcement sources').

    >>> later = lexicon.role_nouns()["host"]
    >>> _modifies("conservative", ["conservative", "radio"], later), _modifies("conservative", ["conservative", "and", "the"], later)
    (True, False)
    >>> _modifies("law", ["law", "enforcement"], lexicon.role_nouns()["sources"])
    True
    """
    nouns = lexicon.role_nouns()
    if not first or len(span) > 3 or later.kind != "person" or not later.group or first not in nouns:
        return False
    if any(w in _STOP_CHUNK for w in span[1:]):
        return False    # 'a conservative and a host', 'conservative of the radio': another phrase
    return first in _ADJECTIVE_ROLES or nouns[first].kind == "document"


#: words that end a noun phrase before its head ('and', a preposition, a relative pronoun)
_STOP_CHUNK = {"and", "or", "of", "for", "with", "at", "from", "in", "to", "on", "by", "who", "which", "that", "the", "a", "an"}


def _role_at(words: list[str], i: int) -> lexicon.Role | None:
    """The role noun that opens at words[i]: a pair first ('chief executive'), then the word (a '2-' prefix dropped).

    >>> _role_at(["chief", "executive"], 0).noun, _role_at(["senior", "aide"], 0)
    ('chief executive', None)
    """
    nouns = lexicon.role_nouns()
    return nouns.get(" ".join(words[i:i + 2])) or nouns.get(words[i]) or nouns.get(re.sub(r"^\d+-", "", words[i]))


def _compound_head(words: list[str], i: int, role: lexicon.Role, lower: list[bool] | None = None) -> lexicon.Role:
    """The head of a compound of role nouns of one kind that opens at words[i]: English compounds end with their head,
    so a later noun with a group of its own wins ('regional military administration', 'chief investment officer')
    unless a person's role before it has a group already ('chief executive officer'); a capitalised word is part of a
    name, whose head is its own ('Harbour News Channel White House correspondent': no compound).

    >>> _compound_head(["military", "administration"], 0, _role_at(["military"], 0)).noun
    'administration'
    >>> _compound_head(["militia", "group"], 0, _role_at(["militia"], 0)).noun
    'militia'
    >>> _compound_head(["channel", "white", "house"], 0, _role_at(["channel"], 0), [False, False, False]).noun
    'channel'
    >>> _compound_head(["director", "general"], 0, _role_at(["director"], 0)).noun
    'director'
    >>> _compound_head(["justice", "activist"], 0, _role_at(["justice"], 0)).noun
    'activist'
    """
    j = i + len(role.noun.split())
    nxt = _role_at(words, j) if j < len(words) and (lower is None or lower[j]) else None
    if nxt is None or nxt.kind != role.kind or not nxt.group or nxt.noun == "general" \
            or role.kind == "person" and role.group and nxt.group not in _PRIVATE_PERSON_GROUPS:
        return role    # a person's role with a group of its own is whole ('chief executive officer'); 'director general'
    return _compound_head(words, j, nxt, lower)


_DET_LEAD = re.compile(r"^(?:the|a|an)\s+", re.I)
#: groups of a private person's noun that heads a compound after an office word ('a social justice activist')
_PRIVATE_PERSON_GROUPS = {"civilian", "analyst", "media"}


def _body_head(name: str) -> tuple[str, str]:
    """(noun, group) of a capitalised body's name from its head: the last body noun before any 'of' (English names
    end with their head, 'Army Veterans Association'); a person noun after 'of' ('College of Physicians') names
    the members and says nothing of the body's group.

    >>> _body_head("Eastport Residents’ Association"), _body_head("Royal College of Physicians")
    (('association', 'organisation'), ('', ''))
    >>> _body_head("Dubai Media Office"), _body_head("Navy Veterans Association")
    (('media office', 'government'), ('association', 'organisation'))
    >>> _body_head("Lakeside Tenants’ Association Network"), _body_head("Northern Media Network")
    (('association', 'organisation'), ('media', 'media'))
    """
    words = [w.strip(".,’'").lower() for w in _WORDS.findall(name.split(" of ")[0])]
    found = ("", "")
    for i in range(len(words) - 1, -1, -1):
        for key in (" ".join(words[max(0, i - 1):i + 1]), words[i]):    # 'Dubai Media Office', 'the Congress party': the pair first
            role = lexicon.role_nouns().get(key)
            if role is not None and role.kind == "body" and not found[0]:
                found = role.noun, role.group
            elif role is not None and role.kind == "body" and found[0] in _COLLECTIVE_BODIES:
                return role.noun, role.group     # 'Residents’ Association Network': a network of associations
        if found[0] and found[0] not in _COLLECTIVE_BODIES:
            return found
    return found


#: body nouns that gather other bodies: a body noun before them says what kind they gather
_COLLECTIVE_BODIES = {"network", "alliance", "coalition", "federation", "union", "council"}


def _titleish_word(word: str) -> bool:
    """A title, role noun, country or demonym word ('Sen.', 'Florida'? no; 'Iraqi', 'House').

    >>> _titleish_word("Iraqi"), _titleish_word("Judicial")
    (True, False)
    """
    w = word.lower().strip(".,’'")
    return w in lexicon.titles() or w in lexicon.role_nouns() or w in lexicon.countries() or w in {"house", "state", "white"}


def _private_noun(word: str) -> bool:
    """Whether a word is the body noun of a private body ('Club', 'Museum'), which ends a firm's or a club's name.

    >>> _private_noun("Club"), _private_noun("Senate"), _private_noun("French")
    (True, False, False)
    """
    role = lexicon.role_nouns().get(word.lower().strip(".,’'"))
    return role is not None and role.kind == "body" and role.group in {"organisation", "analyst", "media"}


def _title_group(mention: str) -> str:
    """Group of a title written before the name in the mention ('Sen. Marco Rubio' -> legislator).

    >>> _title_group("Sen. Marco Rubio"), _title_group("Marco Rubio"), _title_group("Party General Secretary Ann Lee")
    ('legislator', '', 'politician')
    """
    name = strip_titles(mention)
    pre = mention[: mention.find(name)] if name and name in mention else ""
    head = _role_head(pre)[1]
    words = _WORDS.findall(pre)
    for i, w in enumerate(words):
        if _office_general(words, i):
            continue    # 'General Secretary', 'Secretary General': an office, no army rank
        g = lexicon.titles().get(w.lower().strip("."), ("", ""))[0] or head
        if g:
            before = [x for x in words[:i] if x[:1].isupper() and not _titleish_word(x)]
            # 'Judicial Watch President Tom Fitton': a title held in an organisation of unknown kind says nothing
            return "" if before and g == "government" and not _organisation(" ".join(before)) else g
    return head


def _party_secretary(text: str, org: tuple[str, str, str]) -> bool:
    """Whether a secretary's title follows a party's name ('Labour Party General Secretary', 'the party’s secretary
    general'): the party's officer, not a state's.

    >>> lab = ("Labour Party", "politician", "United Kingdom")
    >>> _party_secretary("Labour Party General Secretary Ann Lee", lab), _party_secretary("Labour Secretary of State Ann Lee", lab)
    (True, False)
    """
    m = re.search(r"\b(?:General\s+Secretary|Secretary[\s-]General|(?:Party|Organi[sz]ing|National)\s+Secretary)\b", text, re.I)
    return m is not None and _organisation(text[:m.start()]) == org


def _office_general(words: list[str], i: int) -> bool:
    """Whether words[i] is 'general' in an office's name with a civil role noun beside it ('General Secretary',
    'Secretary General', 'Attorney General'), not a general's rank.

    >>> _office_general(["General", "Secretary"], 0), _office_general(["Secretary", "General"], 1), _office_general(["Gen.", "Ann"], 0)
    (True, True, False)
    """
    if words[i].lower().strip(".") != "general":
        return False
    nouns = lexicon.role_nouns()
    near = [w.lower().strip(".,’'") for w in words[max(0, i - 1):i] + words[i + 1:i + 2]]
    return any(w in nouns and nouns[w].kind == "person" and nouns[w].group not in {"military", ""} or w == "secretary"
               for w in near)


_HEAD_OF = re.compile(r"\b(?i:president|chairman|chairwoman|chair|head|director|chief|founder|owner)(?:\s+and\s+[\w\s-]{2,40}?)?"
                      r"\s+(?:of|at)\s+(?:the\s+)?((?:(?-i:[a-z][\w-]*)\s+){0,4}?)((?:[A-Z][\w&’'.-]*\s*)+)")
#: lower-case words between a head title and a name that make the name a state's ('head of the regional administration of')
_STATE_NOUNS = re.compile(r"\b(?:region|regional|province|provincial|state|city|town|county|municipal\w*|administration|government|"
                          r"ministry|department|council|assembly|parliament|republic|authority|agency|commission|office|bureau|"
                          r"police|army|forces|navy|military)\b")
_STATE_WORDS = re.compile(r"\b(?:Republic|Region|Government|Council|Assembly|Parliament|Senate|Congress|Kingdom|"
                          r"Emirates|States|Authority|Ministry|Province|Governorate|Office|Bureau|Agency|Department|Commission)\b")


def _heads_named_body(text: str) -> bool:
    """Whether a head title governs a named body that is not a state ('president of Judicial Watch').

    >>> _heads_named_body("the president of Judicial Watch"), _heads_named_body("the president of Iraq")
    (True, False)
    >>> _heads_named_body("President of the Kurdistan Region"), _heads_named_body("the president")
    (False, False)
    >>> _heads_named_body("Chair and co-founder of the Fernhill Rowing Club"), _heads_named_body("Chief of Staff")
    (True, False)
    >>> _heads_named_body("president of the rowing club Fernhill Oars"), _heads_named_body("vice president of policy at Acme")
    (True, True)
    >>> _heads_named_body("president of the breakaway region of Abkhazia"), _heads_named_body("head of Ostmark’s city administration")
    (False, False)
    """
    m = _HEAD_OF.search(text)
    if not m or len(_WORDS.findall(text[:m.start()])) > 3:    # the head of the descriptor, not a later clause
        return False
    body = m.group(2).strip()
    if _STATE_NOUNS.search(m.group(1)):
        return False    # 'head of the regional administration of Ostmark': a state body
    if _private_body(m.group(1), text[m.start(2):]):
        return True     # 'president of the advocacy group Citizens United', 'of the US Hispanic Chamber of Commerce'
    if _office(body):
        return False    # 'Chief of Staff', 'Chief of Police in Eastport': an office, no named body
    if re.search(r"[’']s?$", body) and _STATE_NOUNS.search(text, m.end(), m.end() + 60):
        return False    # 'chief of Varnholm’s district administration': a place's state body, owned by the name
    org = _organisation(body)
    if org:    # a known body: its own group says (its country does not make it a state's)
        return org[1] not in {"government", "military", "legislator", "armed group"}
    return not (_STATE_WORDS.search(body) or _country(body))


#: the end of a name that makes it a private body's, whatever country it names ('United States Hispanic Chamber of Commerce')
_PRIVATE_NAME = re.compile(r"^(?:[A-Z][\w&’'.-]*\s+){0,5}?(?:Chamber\s+of\s+Commerce|Association|Foundation|Institute|Society|"
                           r"Federation|League|Club|Fund|Trust|Coalition|Council\s+(?:for|on)|Cent(?:er|re)\s+for|"
                           r"Campaign\s+for|Committee\s+for|Corporation|Company|Inc|Communities)\b")
#: lower-case words before a name that say it is a private body ('the advocacy group', 'the nonprofit')
_PRIVATE_LEAD = re.compile(r"\b(?:group|organi[sz]ation|nonprofit|non-profit|charity|company|firm|think\s+tank|"
                           r"association|foundation|coalition|network|union|chain|bank|institute|society|club|church)\s*$")


def _private_body(lead: str, name: str) -> bool:
    """Whether a name after a head title is a private body's: a lower-case lead naming its kind with no state or
    armed word, or a name ending like a firm's, a charity's or an association's.

    >>> _private_body("conservative advocacy group ", "Citizens United said"), _private_body("militant group ", "Hamas")
    (True, False)
    >>> _private_body("", "United States Hispanic Chamber of Commerce"), _private_body("", "United States Senate")
    (True, False)
    """
    if _PRIVATE_LEAD.search(lead.strip()):
        return not any(lexicon.role_nouns()[w].group in {"government", "military", "legislator", "armed group"}
                       for w in (x.lower() for x in _WORDS.findall(lead)) if w in lexicon.role_nouns())
    return bool(_PRIVATE_NAME.match(name))


#: the nouns of an office after 'Chief of' or 'Head of' that are no body's name
_OFFICE_WORDS = {"staff", "police", "operations", "protocol", "communications", "security", "intelligence", "mission",
                 "station", "detectives", "state", "government", "defence", "defense", "justice", "surgery", "medicine"}


def _office(body: str) -> bool:
    """Whether the words after 'Chief of' name an office or a role, not a body ('Staff', 'Police in Eastport').

    >>> _office("Staff"), _office("Police in Eastport"), _office("Fernhill Studios")
    (True, True, False)
    """
    first = body.split()[0].lower().strip(".,’'") if body.split() else ""
    return first in _OFFICE_WORDS or bool(_role_head(body)[1]) and not _body_head(body)[0]


_HEAD_TITLES = ("president", "chairman", "chairwoman", "chair", "director", "head", "chief")


def _named_body_before(role: str, noun: str) -> bool:
    """Whether a head title follows the capitalised name of a body that is no state ('Fernhill Studios Director').

    >>> _named_body_before("Fernhill Studios Director", "director"), _named_body_before("Kurdistan Region President", "president")
    (True, False)
    >>> _named_body_before("French President", "president"), _named_body_before("Senate President", "president")
    (False, False)
    >>> _named_body_before("Caretaker President", "president"), _named_body_before("Lakeside Rowing Club Chairman", "chairman")
    (False, True)
    """
    m = re.search(r"((?:[A-Z][\w&’'.-]*\s+){1,4})" + re.escape(noun) + r"\b", role, re.I)
    if noun not in _HEAD_TITLES or m is None:
        return False
    body = m.group(1).strip()
    words = _WORDS.findall(body)
    if not words or not all(w[:1].isupper() for w in words) or any(_titleish_word(w) and not _private_noun(w) for w in words):
        return False
    org = _organisation(body)
    if not (_body_head(body)[0] or _COMPANY_WORD.search(body) or org):
        return False    # 'Interim President', 'Outgoing President': a capitalised modifier is no body's name
    return not (_STATE_WORDS.search(body) or _country(body) or org and org[1] in {"government", "military", "legislator"})


#: words that end the name of a firm, club or other non-state body ('Fernhill Studios', 'Norland Foods Inc')
_COMPANY_WORD = re.compile(r"\b(?:Studios?|Games|Inc|Ltd|LLC|PLC|Corp|Co|Foods|Group|Holdings|Industries|Motors|Airlines|"
                           r"Airways|Entertainment|Pictures|Records|Labs|Technologies|Systems|Energy|Pharmaceuticals|"
                           r"Partners|Capital|Club|FC|Society|Institute|Federation|League|Alliance|Interactive|Digital|Software|Networks|Brands)\b")


def _org_leads(text: str, org: tuple[str, str, str]) -> bool:
    """Whether an organisation is named before the role noun with no state before it ('UN envoy', not 'Iraq's envoy to the UN').

    >>> un = _organisation("UN envoy"); _org_leads("UN envoy", un), _org_leads("Iraq's envoy to the UN", un)
    (True, False)
    >>> _org_leads("the UN aid agency ; UNDP", _organisation("UNDP"))
    True
    """
    head = _role_head(text)[0]
    at = text.lower().find(head) if head else -1
    before = text[:at] if at > 0 else ""
    lead = _organisation(before) if before else None
    same = lead == org or lead is not None and lead[1:] == org[1:] == ("organisation", "international")
    return same and _country(before) in {"", "international"}    # 'the UN refugee body UNHCR': a UN body


def _role_title(role: str) -> tuple[str, str]:
    """(group, evidence) from a title word standing as the role ('Virginia Gov.' -> government); ('', '') if none.

    >>> _role_title("Virginia Gov."), _role_title("Mr."), _role_title("a spokesman for House Speaker Paul Ryan")
    (('government', 'title in role: gov'), ('', ''), ('', ''))
    """
    words = _WORDS.findall(role)
    last = words[-1].lower().strip(".,’'") if words else ""
    if last == "general" and len(words) > 1 and _role_at([words[-2].lower()], 0):
        return "", ""    # 'Director General': the role noun before it heads the office, no army rank
    group = lexicon.titles().get(last, ("", ""))[0]    # a title cut from before the name ends the role
    return (group, f"title in role: {last}") if group else ("", "")


#: a newspaper's name ends with one of these words ('Eastport Post-Dispatch', 'The Lakeland Tribune', 'Harbour Gazette')
_OUTLET_NAME = re.compile(r"(?:^|\s|-)(?:Tribune|Gazette|Herald|Times|Journal|Chronicle|Post|Dispatch|Telegraph|Courier|"
                          r"Inquirer|Examiner|Observer|Globe|Advertiser|Recorder|Bulletin|Dealer|Star|News|Sun|Register|Bee|"
                          r"Ledger|Mirror|Express|Enquirer|Sentinel|Statesman|Magazine|Newspaper|Times-Picayune|Free\s+Press)$")
#: a police body named in a role ('of the Eastport Police Department', 'garda sergeant')
_POLICE_BODY = re.compile(r"\b(?<!military\s)(?:police|garda[ií]?|gardaí|sheriff(?:'s|’s)?\s+office|constabulary|state\s+patrol)\b", re.I)


def outlet_name(speaker: str) -> bool:
    """Whether a body's name is a newspaper's: it ends with a masthead word.

    >>> outlet_name("Eastport Post-Dispatch"), outlet_name("Lakeland Star-Tribune"), outlet_name("Pentagon")
    (True, True, False)
    >>> outlet_name("Harbour Plain Dealer"), outlet_name("Valley Bee"), outlet_name("Czech Republic")
    (True, True, False)
    """
    return bool(_OUTLET_NAME.search(speaker.strip()))


def police_rank(group: str, evidence: str, role: str, mention: str) -> bool:
    """Whether a military group read from a rank title belongs to the police its role names ('Sergeant X, of the
    Eastport Police Department').

    >>> police_rank("military", "title", "of the Eastport Police Department", "Sergeant Joe Hale")
    True
    >>> police_rank("military", "title", "of the 1st Armored Division", "Sergeant Joe Hale")
    False
    >>> police_rank("military", "title", "commander of the military police", "Brig. Gen. Joe Hale")
    False
    """
    return group == "military" and evidence == "title" and bool(_POLICE_BODY.search(f"{role} {mention}"))


def _possessed(text: str) -> str:
    """The part of a possessed role that says its group: the role after the possessor when it names a group of its
    own ('the minister’s military spokesperson' -> 'military spokesperson'), else the possessor ('the army’s
    spokesman' -> 'the army'); the text itself otherwise.

    >>> _possessed("Prime Minister Ann Lee’s military spokesperson"), _possessed("the army’s spokesman")
    ('military spokesperson', 'the army')
    >>> _possessed("the director of the ACLU’s voter outreach project")
    'the director of the ACLU’s voter outreach project'
    """
    m = re.search(r"(?:^|;)\s*([^;]*?)[’']s\s+([^;’']+?)\s*(?:;|$)", text)
    if m is None or _hearsay(m.group(1)):
        return text    # 'a Democrat familiar with the campaign’s organization': the possessive is what the source knows
    prep = re.search(r"\s(?:of|for|at|with|in|from|to)\s", m.group(1))
    if prep is not None and _role_head(m.group(1)[:prep.start()])[0]:
        return text    # 'the director of the group’s rights project': the head role comes before the possessive
    return m.group(2) if _role_head(m.group(2))[1] else m.group(1) if _role_head(m.group(1))[1] else text


#: head titles whose owner, written as a possessive, says whose head they are ('Iraq’s president', 'Acme’s president')
_OWNED_HEADS = {"president", "chairman", "chairwoman", "chair", "chief executive", "ceo", "managing director",
                "vice president", "senior vice president", "executive vice president"}
_POSSESSIVE_HEAD = re.compile(r"(?:^|;)\s*((?:the\s+)?[^;’']*?)(?:[’']s|(?<=s)[’'])\s+(?:new\s+|current\s+|interim\s+)?([^;’']+?)\s*(?:;|$)")


def _owner_group(text: str) -> str:
    """The group a possessive owner gives the head title it owns: '' for a state or a person (the title's own group
    holds: 'Iraq’s president'), the owner's group for a body noun ('the bank’s president'), 'organisation' for a name
    with a company word ('Acme Corp’s president', 'Norland Foods’ chief executive'); '' otherwise (a bare name is no evidence).

    >>> _owner_group("Acme Corp’s president ;"), _owner_group("the company’s president ;"), _owner_group("Kenya’s president ;")
    ('organisation', 'organisation', '')
    >>> _owner_group("the country’s president ;"), _owner_group("Ann Lee’s chairman ;"), _owner_group("the firm’s spokesman ;")
    ('', '', '')
    >>> _owner_group("the company’s vice president of sales ;"), _owner_group("the country’s vice president for trade ;")
    ('organisation', '')
    """
    m = _POSSESSIVE_HEAD.search(text)
    if m is not None and _staff_of_a_name(m.group(1), m.group(2)):
        return "organisation"    # 'Glenford’s marketing co-ordinator': an institution's staff, no person's
    if m is None or re.split(r"\s+(?:of|for)\s+", m.group(2).lower())[0] not in _OWNED_HEADS:
        return ""
    owner = _DET_LEAD.sub("", m.group(1).strip())
    words = _WORDS.findall(owner)
    org = _organisation(owner)
    noun, group = _body_head(owner) if owner[:1].isupper() else _role_head(owner)
    if not words or _country(owner) or _STATE_WORDS.search(owner) or org and org[1] in _STATE_GROUPS \
            or group in _STATE_GROUPS or noun and not group:
        return ""    # a state's, a party's or an army's head, or a body of unknown kind
    if group or org:
        return group or org[1]
    return "organisation" if _COMPANY_WORD.search(owner) else ""    # an unknown name ('Kenya', 'Ann Lee') is no evidence


#: staff nouns of an institution: owned by a one-word name, they name a museum's, a firm's or a venue's staff
_INSTITUTION_STAFF = {"coordinator", "co-ordinator", "curator", "technician"}   # no director: a country’s has one


def _staff_of_a_name(owner: str, owned: str) -> bool:
    """Whether an institution's staff noun heads the possessed phrase and its owner is one capitalised word that is no
    first name, country or state word ('Glenford’s education co-ordinator'); a person's staff ('Lee’s aide') are not.

    >>> _staff_of_a_name("Glenford", "marketing and education co-ordinator"), _staff_of_a_name("Iraq", "programme coordinator")
    (True, False)
    >>> _staff_of_a_name("Ann", "curator"), _staff_of_a_name("Glenford", "aide")
    (False, False)
    """
    words = _WORDS.findall(_DET_LEAD.sub("", owner.strip()))
    head = _role_head(owned)[0]
    return head in _INSTITUTION_STAFF and len(words) == 1 and words[0][:1].isupper() and not _titleish_word(words[0]) \
        and lexicon.first_names().get(words[0].lower()) is None and not _STATE_WORDS.search(words[0])


def _unnamed_source(text: str, country: str, org: tuple[str, str, str] | None) -> bool:
    """Whether a government-sounding role is an unnamed source: an official or source with no country, no
    organisation and no government body named (unnamed officials of a named country keep its group).

    >>> _unnamed_source("; a senior official", "", None), _unnamed_source("; a senior Iraqi official", "Iraq", None)
    (True, False)
    """
    return not org and not country and _role_head(text)[0] in _ANONYMOUS_NOUNS \
        and not re.search(r"\b(?:government|administration|ministry|state)\b", text, re.I)


#: an unnamed official or spokesperson whose identity the text withholds ('a US official', 'Pentagon officials')
_UNNAMED_HEADS = _ANONYMOUS_NOUNS | {"spokesman", "spokeswoman", "spokesperson", "aide", "diplomat"}
_DEFINITE = re.compile(r"^(?:the|this|that|these|those|its|his|her|their|our|my)\b|[’']s?\s", re.I)


def _withheld(speaker: str) -> bool:
    """Whether a role speaker is an indefinite official or spokesperson, one of a kind the text does not name
    ('a senior Iraqi official', 'Pentagon officials', 'a spokeswoman for the embassy'), which the layers call
    anonymous whatever body it serves; a definite one ('the ministry's spokesman') keeps the body's group.

    >>> _withheld("a senior Iraqi official"), _withheld("US officials"), _withheld("the army spokesman")
    (True, True, False)
    >>> _withheld("the ministry’s spokesman"), _withheld("a local resident")
    (False, False)
    """
    words = [w.lower().strip(".,’'") for w in _WORDS.findall(speaker.split(",")[0])]
    return bool(words) and not _DEFINITE.search(speaker) and (bool(_UNNAMED_HEADS.intersection(words[-3:]))
                                                               or _unnamed_office(words)) and not _hearsay(speaker)


#: determiners of one or some people the text does not name ('a planning inspector', 'two police officers')
_INDEFINITE = {"a", "an", "one", "another", "some", "several", "two", "three", "four", "many", "other", "few"}
#: groups of a state's or a legislature's office: one holder left unnamed is an unnamed official
_OFFICE_GROUPS = {"government", "military", "legislator"}


def _unnamed_office(words: list[str]) -> bool:
    """Whether an indefinite or bare plural noun phrase ends with a state office's person noun ('a planning inspector',
    'Tory MPs'): an unnamed official, whom the layers call anonymous.

    >>> _unnamed_office(["a", "planning", "inspector"]), _unnamed_office(["tory", "mps"]), _unnamed_office(["fire", "chief"])
    (True, True, False)
    >>> _unnamed_office(["a", "local", "farmer"]), _unnamed_office(["the", "inspector"])
    (False, False)
    """
    role = lexicon.role_nouns().get(words[-1]) if words else None
    if role is None or role.kind != "person" or role.group not in _OFFICE_GROUPS:
        return False
    return words[0] in _INDEFINITE or role.plural and words[0] not in lexicon.DETERMINERS


#: a private person's role that speaks for the body it serves when the text names one ('a lawyer for the Pentagon')
_COUNSEL = {"role noun: lawyer", "role noun: attorney"}


def _org_wins(group: str, evidence: str, org: tuple[str, str, str]) -> bool:
    """Whether a named organisation's group replaces the one read from the descriptor: none read, a state office of a
    state or armed body ('Hezbollah Secretary General'), a body word of the name itself, or a lawyer serving it.

    >>> _org_wins("", "", ("Oxfam", "organisation", "")), _org_wins("analyst", "role noun: researcher", ("Oxfam", "organisation", ""))
    (True, False)
    >>> _org_wins("civilian", "role noun: lawyer", ("Pentagon", "government", "United States"))
    True
    >>> _org_wins("organisation", "role noun: director of a named body", ("Census Office", "government", "Norland"))
    True
    >>> _org_wins("analyst", "role noun: survey", ("Census Office", "government", "Norland"))
    True
    """
    return not group or group in {"government", "military"} and org[1] in {"government", "military", "armed group"} \
        or _named_by(evidence, org[0]) or evidence in _COUNSEL or _lent_by_name(evidence, group, org[0]) \
        or evidence.endswith("of a named body") and org[1] in _STATE_GROUPS \
        or getattr(lexicon.role_nouns().get(evidence.removeprefix("role noun: ")), "kind", "") == "document"   # its issuer


def _lent_by_name(evidence: str, group: str, name: str) -> bool:
    """Whether the group came from the kind of body a head role serves and a known body's own name holds that kind's
    noun ('head of the Badr Organization', 'director of the Heritage Foundation'): the known body's group holds.

    >>> _lent_by_name("role noun: head", "organisation", "Badr Organization")
    True
    >>> _lent_by_name("role noun: head of a named body", "organisation", "Badr Organization")
    True
    >>> _lent_by_name("role noun: researcher", "analyst", "Brookings Institution")
    False
    """
    noun = evidence[len("role noun: "):].removesuffix(" of a named body") if evidence.startswith("role noun: ") else ""
    nouns = lexicon.role_nouns()
    role = nouns.get(noun)
    if role is None or role.kind != "person" or role.group == group:
        return False    # the group is the role's own ('an analyst at X'), not lent by the body it serves
    return any(getattr(nouns.get(w), "kind", "") == "body" and nouns[w].group == group for w in name.lower().split())


def _named_by(evidence: str, name: str) -> bool:
    """Whether the body noun the group was read from is a word of a known body's name, whose own group then holds
    ('the Heritage Foundation website': a think tank, not any foundation).

    >>> _named_by("role noun: foundation", "Heritage Foundation"), _named_by("role noun: researcher", "Human Rights Watch")
    (True, False)
    """
    noun = evidence[len("role noun: "):] if evidence.startswith("role noun: ") else ""
    role = lexicon.role_nouns().get(noun)
    return role is not None and role.kind == "body" and any(noun in n.split() for n in _names_of(name))


@lru_cache(maxsize=1 << 10)
def _names_of(name: str) -> tuple[str, ...]:
    """A known body's canonical name and aliases, lower case ('International Committee of the Red Cross' for the Red
    Cross: its 'committee' is no parliament's).

    >>> "international committee of the red cross" in _names_of("Red Cross")
    True
    """
    return (name.lower(), *(a for a, row in lexicon.organisations().items() if row[0] == name))


def _unnamed_role(group: str, text: str, speaker: str, country: str, org: tuple[str, str, str] | None) -> bool:
    """Whether a role speaker is an anonymous source: no group read, described by what it knows, an indefinite
    official or spokesperson, or a government-sounding role of no named country or body.

    >>> _unnamed_role("", "; a witness", "a witness", "", None), _unnamed_role("civilian", "; a witness", "a witness", "", None)
    (True, False)
    """
    return group in {"", "anonymous"} or _hearsay(text) or _withheld(speaker) or _source_head(speaker) \
        or group != "armed group" and _withheld(_head_before_body(speaker)) \
        or group in {"government", "politician"} and _unnamed_source(text, country, org)


def _head_before_body(speaker: str) -> str:
    """A role speaker's words before the body it is said to come from ('an official from the union' -> 'an official').

    >>> _head_before_body("an official from the dock workers' union"), _head_before_body("the spokesman")
    ('an official', 'the spokesman')
    """
    return re.split(r"\s(?:from|of|with|at|for|in)\s", speaker.split(",")[0], maxsplit=1)[0]


def _source_head(speaker: str) -> bool:
    """Whether a role speaker's noun phrase ends with 'source(s)' or 'official(s)': a source or an official the text
    does not name is unnamed whatever body it is said to belong to or however definite ('the military source',
    'the UN official', 'The US official': the quotes layers' convention, ANNOTATION.md).

    >>> _source_head("the military source"), _source_head("security sources"), _source_head("the source of the fire")
    (True, True, False)
    >>> _source_head("the UN official"), _source_head("an official statement")
    (True, False)
    """
    words = [w.lower().strip(".,’'") for w in _WORDS.findall(speaker.split(",")[0])]
    return bool(words) and words[-1] in {"source", "sources", "official", "officials"}


def _team_captain(group: str, evidence: str, role: str) -> bool:
    """Whether a military group read from the noun 'captain' is a sports team's: the lower-case noun right after a
    capitalised name (a nation's, a place's, a club's) with no armed body named ('the Indian captain', 'England captain').

    >>> _team_captain("military", "role noun: captain", "Indian captain"), _team_captain("military", "role noun: captain", "England captain")
    (True, True)
    >>> _team_captain("military", "role noun: captain", "an Indian Army captain"), _team_captain("military", "title", "Captain")
    (False, False)
    >>> _team_captain("military", "role noun: captain", "The captain"), _team_captain("military", "role noun: captain", "a Marine captain")
    (False, False)
    """
    m = re.search(r"\b([A-Z][\w’'-]+)\s+captain\b", role)
    if evidence != "role noun: captain" or m is None or _MILITARY_WORD.search(role):
        return False
    return m.group(1).lower() not in {"the", "a", "an", "its", "his", "her", "their", "our", "former", "retired"}


#: words that name an armed body ('army captain', 'a navy captain', 'police captain')
_MILITARY_WORD = re.compile(r"\b(?:army|navy|naval|air\s+force|marines?|military|militia|police|coast\s+guard|guard|"
                            r"regiment|battalion|brigade|forces?|ship|vessel|fire)\b", re.I)


def _company_name(speaker: str) -> bool:
    """Whether a speaker's name ends with a firm's word and opens with no known first name ('British Airways',
    'Norland Foods Inc'), a company, not a person.

    >>> _company_name("British Airways"), _company_name("Airways"), _company_name("Ann Studios"), _company_name("Ann Lee")
    (True, True, False, False)
    """
    words = _WORDS.findall(_DET_LEAD.sub("", speaker.strip()))
    return bool(words) and bool(_COMPANY_WORD.fullmatch(words[-1])) and words[-1] not in {"Club", "Society", "Institute"} \
        and lexicon.first_names().get(words[0].lower()) is None


#: a firm's legal form closing a capitalised name ('Acme Inc', 'Norland Foods Ltd.', 'Fenby & Co')
_LEGAL_FORM = re.compile(r"\b[A-Z][\w&’'.-]*(?:\s+(?:&\s+)?[A-Z][\w&’'.-]*)*,?\s+(?:Inc|Ltd|LLC|PLC|plc|Corp|Co|GmbH|AG|SA|NV|"
                         r"Pty|LLP|Limited|Incorporated|Corporation)(?![\w-])")


def _formed_firm(role: str) -> bool:
    """Whether a role names a firm by its legal form ('a spokesman for Acme Inc', 'Norland Foods Ltd's manager').

    >>> _formed_firm("a spokesman for Acme Inc"), _formed_firm("a spokesman for the Ames Co-op board"), _formed_firm("")
    (True, False, False)
    """
    return bool(_LEGAL_FORM.search(role))


def _body_named(speaker: str) -> bool:
    """Whether a speaker taken for a person is a body: a capitalised name closed by a body noun with a group, whose first
    word is no first name ('Fenby Film Festival', 'Ames Zoo'; not 'John Church').

    >>> _body_named("Fenby Film Festival"), _body_named("John Church"), _body_named("Ann Lee")
    (True, False, False)
    """
    words = _WORDS.findall(_DET_LEAD.sub("", speaker.strip()))
    return len(words) >= 2 and all(w[:1].isupper() for w in words) and lexicon.first_names().get(words[0].lower()) is None \
        and bool(_body_head(speaker)[1]) and lexicon.role_nouns().get(words[-1].lower()) is not None


def _hearsay(text: str) -> bool:
    """Whether an unnamed speaker is described by what it knows ('a person familiar with the plans').

    >>> _hearsay("a person familiar with the talks"), _hearsay("a close friend"), _hearsay("a source close to her")
    (True, False, True)
    """
    return bool(_HEARSAY.search(text))


def _out_of_office(group: str, evidence: str, words: str) -> tuple[str, str]:
    """A shadow minister sits in the opposition; a former office holder is a politician.

    >>> _out_of_office("government", "title", "former Defence Minister"), _out_of_office("government", "t", "shadow chancellor")
    (('politician', 'title (former)'), ('legislator', 't (shadow: opposition)'))
    """
    if group == "government" and re.search(r"\bshadow\b", words, re.I):
        group, evidence = "legislator", evidence + " (shadow: opposition)"
    if group in {"government", "legislator"} and re.search(r"\b(?:former|ex-|onetime|then-)", words, re.I):
        group, evidence = "politician", evidence + " (former)"
    return group, evidence


def _state_partisan(text: str) -> bool:
    """Whether a descriptor is a US state's party member alone ('the Ohio Democrat'): the press's way of naming a
    member of Congress after the party and state its roll gives ('D-Ohio'), not a party official's.

    >>> _state_partisan("the Ohio Democrat ; "), _state_partisan("New Mexico Republican"), _state_partisan("a Republican donor")
    (True, True, False)
    """
    words = [w for w in re.split(r"[\s;]+", text.lower().strip(" ;")) if w]
    words = words[1:] if words[:1] == ["the"] else words
    return len(words) in (2, 3) and words[-1] in {"republican", "democrat"} and " ".join(words[:-1]) in lexicon.US_STATES


#: a sports club's boss or manager: the club's last name word before the noun ('Leeds United boss', 'Rovers manager')
_CLUB_BOSS = re.compile(r"\b(?:F\.?C\.?|AFC|United|Rovers|Athletic|Wanderers|Albion|Hotspur|Rangers|Celtic|Villa|"
                        r"Argyle|Harriers|Orient|Academicals|Thistle)\s+(?:[A-Z][\w.]*\s+){0,2}(?:boss|manager|head\s+coach|coach)\b")


def _club_boss(group: str, evidence: str, text: str) -> bool:
    """Whether an organisation's boss or manager is a sports club's, whom the scheme counts as a coach (civilian).

    >>> _club_boss("organisation", "role noun: boss", "Kelton Rovers boss ;"), _club_boss("organisation", "role noun: manager", "the bank's manager ;")
    (True, False)
    """
    return group == "organisation" and evidence in {"role noun: boss", "role noun: manager", "title"} and \
        bool(_CLUB_BOSS.search(text))


def _role_noun_group(role: str, speaker: str, speaker_type: str, text: str) -> tuple[str, str]:
    """(group, evidence) from the head noun of a role or of a named body, when no title gave one.

    >>> _role_noun_group("", "a senior military official", "role", " ; a senior military official")
    ('military', 'role noun: military')
    >>> _role_noun_group("", "Acme Corp’s president", "role", " ; Acme Corp’s president")[0]
    'organisation'
    """
    named = speaker_type == "body" and not _DET_LEAD.sub("", role + " ").strip() and _DET_LEAD.sub("", speaker)[:1].isupper()
    body = _body_head(speaker) if named else ("", "")
    text_head = speaker.split(" of ")[0] if named else _possessed(text) if speaker_type in {"role", "person"} else text
    noun, group = body if body[0] else _role_head(text_head)   # 'College of Physicians' is no physician
    if not group and not body[0]:
        noun, group = _coordinated_head(text_head) or (noun, group)   # 'the chairman and chief executive of X'
    evidence = f"role noun: {noun}" if group else ""
    if group == "government" and (_heads_named_body(text) or _named_body_before(role, noun)) \
            or not group and noun in (*_HEAD_TITLES, "founder", "owner") and _heads_named_body(text):
        group, evidence = "organisation", f"role noun: {noun} of a named body"
    owner = _owner_group(text) if group in {"", "government"} else ""
    if owner:
        group, evidence = owner, f"role noun: {noun} owned by a body that is no state"   # 'Acme Corp’s president'
    return group, evidence


#: the name of a research centre ('Centre for Policy Research', 'Center for Strategic Studies')
_RESEARCH_NAME = re.compile(r"\bCent(?:er|re)\s+(?:for|of)\s+(?:[A-Z][\w’'-]*\s+|and\s+){0,4}(?:Research|Studies|Analysis|Policy)\b")


def _name_group(speaker: str, speaker_type: str, mention: str) -> tuple[str, str]:
    """(group, evidence) from the speaker's name alone: an outlet, a firm, or a country speaking; else empty.

    >>> _name_group("Norland Airways", "body", "Norland Airways"), _name_group("Washington", "body", "Washington")
    (('organisation', "a firm's name"), ('government', 'capital or country speaking'))
    >>> _name_group("the United States", "body", "The United States")[0], _name_group("Fenby Centre for Policy Research", "body", "")[0]
    ('government', 'analyst')
    """
    if outlet_name(speaker) and (speaker_type in {"body", "role"} or speaker_type == "person"
                                 and lexicon.first_names().get(speaker.split()[0].lower()) is None):
        return "media", "a newspaper's name"
    if speaker_type in {"body", "person"} and _company_name(speaker):
        return "organisation", "a firm's name"    # 'Norland Airways', 'Fernhill Foods Inc'
    if speaker_type in {"body", "person"} and _RESEARCH_NAME.search(speaker):
        return "analyst", "a research centre's name"    # 'the Fenby Centre for Policy Research'
    if speaker_type == "body" and _DET_LEAD.sub("", speaker).lower() in lexicon.countries():
        return (("anonymous", "one unnamed national") if re.match(r"(?:an?|one)\s", mention, re.I)
                else ("government", "capital or country speaking"))   # 'an American said': a person, not the state
    return "", ""


def group_evidence(role: str, speaker: str = "", speaker_type: str = "", mention: str = "") -> tuple[str, str, str]:
    """(group, country, evidence) of one attribution: title, descriptor head, organisation, else unknown.

    >>> group_evidence("Pentagon spokesman", "John Kirby", "person")
    ('government', 'United States', 'organisation: Pentagon')
    >>> group_evidence("", "the US military spokesman", "role")[:2], group_evidence("", "a senior US military official", "role")[:2]
    (('military', 'United States'), ('anonymous', 'United States'))
    >>> group_evidence("", "informed sources", "role")[0]
    'anonymous'
    >>> group_evidence("", "Nancy Pelosi", "person", "House Minority Leader Nancy Pelosi")[0]
    'legislator'
    >>> group_evidence("Finance Minister", "Ann Lee", "person", "Senator Lee")[0]
    'government'
    >>> group_evidence("", "Ali Darwish", "person", "Kataib Hezbollah Secretary General Ali Darwish")[0]
    'armed group'
    >>> group_evidence("an", "American", "body", "an American")[0], group_evidence("", "Washington", "body", "Washington")[0]
    ('anonymous', 'government')
    >>> group_evidence("", "about a dozen people", "role")[0], group_evidence("", "two people", "role")[0]
    ('civilian', 'anonymous')
    >>> group_evidence("General", "Foods", "person", "General Foods")[0], group_evidence("the", "Treasurer", "person", "the Treasurer")[0]
    ('organisation', 'government')
    """
    if speaker_type in {"role", "body"} and (_ASSOCIATED.match(role) or re.search(r"\bofficial$", role, re.I)) and \
            _role_head(speaker)[1]:
        role = ""    # 'Sabereen News outlet, affiliated with the resistance groups': an outlet, not a faction; 'Syria's
        # official SANA news agency' cut as role + name: the adjective of an outlet, no official speaking
    text = f"{role} ; {speaker if speaker_type in {'role', 'body'} else ''}"
    country = _country(f"{mention} {text}")
    group, evidence = (_title_group(mention) if speaker_type == "person" else ""), "title"
    if speaker_type == "person" and not group and speaker.lower().strip(".") in lexicon.titles():
        group, evidence = lexicon.titles()[speaker.lower().strip(".")][0], "an office named alone"   # 'the Treasurer said'
    if speaker_type == "person" and not group and _body_named(speaker):
        group, evidence = _body_head(speaker)[1], "a body's name read as a person's"   # 'the Ames Film Festival said'
    if speaker_type == "person" and len(speaker.split()) == 1 and _company_name(speaker):
        group, evidence = "organisation", "a firm's name read as a person's"   # 'General Motors' cut as title + name
    if group == "government" and any(_named_body_before(mention, t) for t in _HEAD_TITLES):
        group, evidence = "organisation", "title of a named body"   # 'Fernhill Studios Director Ann Lee'
    if police_rank(group, evidence, role, mention):
        group, evidence = "government", "title of a police rank"
    if group == "civilian" and _role_head(role)[1] not in {"", "civilian"}:
        group = ""    # 'Imam Ali Musa, the religious affairs minister': a public office beats a cleric's title
    if not group:
        group, evidence = _role_noun_group(role, speaker, speaker_type, text)
    if _club_boss(group, evidence, text):
        group, evidence = "civilian", "a sports club's manager"   # 'Kelton Rovers boss': a coach, not a company's head
    if group == "politician" and _state_partisan(text):
        group, evidence = "legislator", "a state's party member, as a lawmaker is named"   # 'the Ohio Democrat'
    if group == "legislator" and _role_head(role)[1] == "government":
        group, evidence = "government", f"role noun: {_role_head(role)[0]} (an office beats a seat)"   # 'Senator X, Finance Minister'
    if not group:
        group, evidence = _role_title(role)
    if not group and home_place(role):
        group, evidence = "civilian", "a private person told by home"   # 'Bo Hart, of Mill Lane, said'
    if group == "military" and re.search(r",\s*player$", role) or _team_captain(group, evidence, role):
        group, evidence = "civilian", "a team's captain"   # 'Captain, player', 'the England captain': a sport story
    pre = mention[: mention.find(speaker)] if speaker_type == "person" and speaker and speaker in mention else ""
    org = _organisation(f"{text} {pre}{speaker}")    # 'the London-based Norland Observatory for Peace': words before a cut name
    if org and _org_wins(group, evidence, org):
        group, evidence = org[1], f"organisation: {org[0]}"   # 'Hezbollah Secretary General X': the office of a militia
    if org and org[1] == "politician" and group == "government" and _party_secretary(f"{pre or mention} {role}", org):
        group, evidence = "politician", f"party secretary: {org[0]}"    # 'Labour Party General Secretary X'
    if org and org[1] == "organisation" and org[2] == "international" and group == "government" and _org_leads(text, org):
        group, evidence = "organisation", f"organisation: {org[0]}"    # 'UN envoy', 'UN Special Envoy for Syria'
    if not group:
        group, evidence = _name_group(speaker, speaker_type, mention)
    if not group and _formed_firm(role):
        group, evidence = "organisation", "a firm named by its legal form"   # 'a spokesman for Acme Inc'
    group, evidence = _out_of_office(group, evidence, f"{mention} {role}")
    group, evidence = _chair_of_body(group, evidence, f"{mention} ; {role}")
    if speaker_type == "role" and _role_head(text)[0] and lexicon.role_nouns()[_role_head(text)[0]].kind == "document":
        return group or "unknown", country, evidence    # 'the statement' speaks for an issuer it does not name
    if speaker_type == "role" and group in {"", "anonymous", "civilian"} and _COUNTED_CROWD.match(speaker):
        return "civilian", country, "a crowd counted roughly"   # 'about a dozen people chanted': no source withheld
    phrase = mention if speaker and mention.endswith(speaker) else speaker or role   # 'Another TMC MP' cut to 'TMC MP'
    if speaker_type == "role" and _unnamed_role(group, text, phrase, country, org):
        group, evidence = "anonymous", "unnamed " + (evidence or "source")
    return group or "unknown", country, evidence


#: a descriptor that ties a body to another one without making it one ('affiliated with X', 'close to X', 'backed by X')
_ASSOCIATED = re.compile(r"^\W*(?:(?:which\s+is|that\s+is)\s+)?(?:\w+ly\s+)?(?:affiliated|linked|close|allied|aligned|tied|"
                         r"loyal|connected|sympathetic|friendly|backed|funded|supported|financed)\s+(?:with|to|by)\b", re.I)


#: the presiding officer of a parliament ('President of the Bundestag', 'Speaker of the Knesset'): a member it elects
_PRESIDING = re.compile(r"\b(?:President|Speaker|Chair(?:man|woman|person)?|Presiding\s+Officer)\s+of\s+the\s+(?:[A-Z][\w-]*\s+)?"
                        r"(?:Bundestag|Bundesrat|Knesset|Duma|Majlis|Storting|Riksdag|Folketing|Eduskunta|Sejm|D[áa]il|Seanad|"
                        r"Lok\s+Sabha|Rajya\s+Sabha|Parliament|House|Senate|Assembly|Congress|Chamber|Legislature|Cortes|"
                        r"Verkhovna\s+Rada|Rada|Diet)\b")
#: the chair or leader of a council ('parish council chairman', 'the leader of the county council'): its executive
_COUNCIL_HEAD = re.compile(r"(?i:\bcouncil\s+(?:chair(?:man|woman|person)?|leader|president|head)\b|"
                           r"\b(?:chair(?:man|woman|person)?|leader|head)\s+of\s+(?:the\s+)?(?:[\w-]+\s+){0,3}council\b)")


def _chair_of_body(group: str, evidence: str, text: str) -> tuple[str, str]:
    """A parliament's presiding officer is a legislator, a council's chair or leader its executive (government).

    >>> _chair_of_body("government", "title", "President of the Bundestag Ann Lee ;")[0]
    'legislator'
    >>> _chair_of_body("legislator", "title", "parish council chairman Bo Hale ;")[0]
    'government'
    """
    if _PRESIDING.search(text):
        return "legislator", "a parliament's presiding officer"
    if group in {"legislator", "politician", ""} and _COUNCIL_HEAD.search(text):
        return "government", "a council's chair or leader"
    return group, evidence


#: a crowd counted roughly: 'about a dozen people', 'hundreds of people', 'some 200 men and women'
_COUNTED_CROWD = re.compile(r"(?i:(?:about|around|some|nearly|almost|roughly|more\s+than|at\s+least|over|up\s+to)\s+"
                            r"(?:a\s+)?(?:dozen|hundred|thousand|\d[\d,]*)|dozens|hundreds|thousands|scores)\s+(?:of\s+)?"
                            r"(?:people|persons|men|women)\b")


#: an apposition after a name, up to the next comma, stop or quote mark (', economic development manager for X,')
_APPOSED = re.compile(r",[^\S\n]+([^,.;:()“”\"\n]{3,100}?)[^\S\n]*(?=[,.;:“”\"\n]|$)")
#: a capitalised body's name closing an apposition after a title (', Chief Ranger, Lakeland Park Service.')
_BODY_AFTER = re.compile(r",[^\S\n]+((?:the\s+)?[A-Z][\w&’'-]*(?:\s+(?:of|for|and|the|[A-Z][\w&’'-]*)){0,6})[^\S\n]*(?=[,.;:“”\"\n]|$)")
#: a capitalised body right after a name ('Ann Lee of the Ames Rowing Club said')
_OF_BODY = re.compile(r"[^\S\n]+of\s+((?:the\s+)?[A-Z][\w&’'-]*(?:\s+(?:of|for|and|&|[A-Z][\w&’'.-]*)){0,6})")
#: an age apposed to a name (', 45')
_AGE = re.compile(r",[^\S\n]*\d{1,3}(?=,)")
#: a relative clause after a name saying what the person owns or runs (', who owns a bakery')
_RUNS = re.compile(r",[^\S\n]+who\s+(owns|co-owns|runs|operates|manages|heads|founded|co-founded)\s+([^,.;:()“”\"\n]{3,80})")
#: a predicate right after a name (or its age) saying what the person owns or heads ('X, 61, owns the corner bakery')
_OWNS = re.compile(r",?[^\S\n]+(?:also\s+)?(owns|co-owns|operates|manages|heads|founded|co-founded)\s+"
                   r"((?:a|an|the|his|her|their|[A-Z])[^,.;:()“”\"\n]{2,80})")
_RUNS_AS = {"owns": "owner", "co-owns": "owner", "runs": "owner", "operates": "owner", "manages": "manager",
            "heads": "head", "founded": "founder", "co-founded": "founder"}
#: words that open a clause or a list, never an apposed role
_NO_ROLE_OPENERS = lexicon.SUBORDINATORS | lexicon.AUXILIARIES | {"and", "or", "but", "nor", "then", "now"}


#: 'of' or 'from' and a capitalised place right after a name or its age (', of Eastport', ', also of Mill Lane')
_HOME = re.compile(r",?[^\S\n]*(?:also[^\S\n]+)?(?:of|from)[^\S\n]+((?:[A-Z][\w’'-]*[^\S\n]+){0,3}[A-Z][\w’'-]*)"
                   r"(?=[,.;:]|[^\S\n]+[a-z]|$)")
#: a street's last word: a name ending so is an address, not a body ('Mill Lane', 'Florin Close')
_STREET = re.compile(r"[^\S\n](?:Street|St|Road|Rd|Avenue|Ave|Lane|Drive|Close|Crescent|Terrace|Grove|Gardens|Way|Place|"
                     r"Mews|Row)$")


def home_place(after: str, aged: bool = False) -> str:
    """The home a person is told by right after the name (or its age): ', of <town>' after an age (', 35, of
    Eastport'), or ', (also) of <street>' ('of Mill Lane'), the news formula for a private person; '' when the place
    is a body's name ('of the Ames Rowing Club', 'of Acme Inc'), or a bare town without an age ('of Google' may be a firm).

    >>> home_place(", of Eastport, said", aged=True), home_place(", also of Mill Lane, said"), home_place(" of Eastport said")
    ('Eastport', 'Mill Lane', '')
    >>> home_place(", of the Ames Rowing Club"), home_place(", of Acme Inc,", aged=True), home_place("of Florin Close")
    ('', '', 'Florin Close')
    """
    m = _HOME.match(after)
    place = m.group(1) if m is not None else ""
    if not place or _body_head(place)[1] or _formed_firm(place) or outlet_name(place) or _organisation(place):
        return ""
    return place if aged or _STREET.search(f" {place}") else ""


def apposed_role(text: str, end: int) -> str:
    """The role apposed to a name ending at text[end]: a phrase whose person noun has lower-case modifiers before it
    (', economic development manager for the Ames Alliance,'), with the body's name after a comma when one closes it
    (read as the title's body: ', Operations Officer, Ames Weather Service' -> '... at Ames Weather Service'), or what
    a 'who owns/runs' clause says ('owner of a bakery'); '' when none.

    >>> t = "said Ann Lee, economic development manager for the Ames Alliance."; apposed_role(t, t.index(","))
    'economic development manager for the Ames Alliance'
    >>> t = "said Bo Hart, Science Officer, Ames Weather Service."; apposed_role(t, t.index(","))
    'Science Officer at Ames Weather Service'
    >>> t = "says Ann Lee, who owns a corner bakery."; apposed_role(t, t.index(","))
    'owner of a corner bakery'
    >>> t = "Bo Hart, 61, owns the corner bakery."; apposed_role(t, t.index(","))
    'owner of the corner bakery'
    >>> apposed_role("Bo Hart manages to smile.", 7), apposed_role("Bo Hart runs the risk.", 7)
    ('', '')
    >>> t = "said Bo Hart of the Ames Rowing Club."; apposed_role(t, t.index(" of"))
    'of the Ames Rowing Club'
    >>> t = "said Bo Hart, 45, a nurse at the clinic."; apposed_role(t, t.index(","))
    'a nurse at the clinic'
    >>> apposed_role("Ann Lee, who left early, said", 7), apposed_role("Ann Lee, 54, said", 7), apposed_role("Lee, Ames, said", 3)
    ('', '', '')
    """
    age = _AGE.match(text, end, end + 8)
    runs = _RUNS.match(text, end, end + 120) or _OWNS.match(text, age.end() if age is not None else end, end + 120)
    if runs is not None:
        return f"{_RUNS_AS[runs.group(1)]} of {runs.group(2).strip()}"
    of = _OF_BODY.match(text, end, end + 100)
    if of is not None and (_body_head(of.group(1))[1] or _formed_firm(of.group(1))):
        return f"of {of.group(1).rstrip('.')}"    # 'Tom Reed of the Ames Teachers Union'
    age = _AGE.match(text, end, end + 8)
    at = age.end() if age is not None else end
    place = home_place(text[at:at + 80], aged=age is not None)
    if place:
        return f"resident of {place}"    # 'Ann Lee, 35, of Eastport', 'Bo Hart, of Mill Lane': a private person's home
    end = age.end() if age is not None else end    # ', 45, a nurse at the clinic': past the age
    m = _APPOSED.match(text, end, end + 130)
    if m is None or not _role_phrase(m.group(1)):
        return ""
    body = _BODY_AFTER.match(text, m.end(), m.end() + 100)
    if body is not None and _body_head(body.group(1))[1]:
        return f"{m.group(1)} at {body.group(1)}"
    return m.group(1)


#: an apposition that runs into a list of further people or into a comparison ('..., Deputy Mayor Joe Bell and the
#: council leader', 'Chief among the opponents'): no role; read by ``_role_phrase`` and resolve's ``_bare_apposition``
RUNS_ON = re.compile(r"\b(?:among|than|like|about)\b|\b(?:and|or)\s+(?:the|a|an|his|her|their|its)\b", re.I)


def _role_phrase(seg: str) -> bool:
    """Whether a phrase opens with a person's role noun within its first six words, after modifiers only (no verb,
    no clause opener, no preposition or cue before it).

    >>> _role_phrase("special projects director at the union"), _role_phrase("who runs the union")
    (True, False)
    >>> _role_phrase("told reporters the director was away"), _role_phrase("at the union director's office")
    (False, False)
    >>> _role_phrase("defense attorney for the accused"), _role_phrase("chairman and chief executive of the mill")
    (True, True)
    >>> _role_phrase("Deputy Mayor Joe Bell and the council leader"), _role_phrase("Chief among the opponents")
    (False, False)
    """
    words = [w.lower().strip(".,’'") for w in seg.split()]
    if not words or words[0] in _NO_ROLE_OPENERS or RUNS_ON.search(seg):
        return False
    for i, w in enumerate(words[:6]):
        role = _role_at(words, i)
        if role is not None and role.kind == "person":
            return not lexicon.find_cues(" ".join(words[:i]), 0, len(" ".join(words[:i])))   # no verb before the noun
        if w in lexicon.PREPOSITIONS or w in _NO_ROLE_OPENERS and w != "and" or w in lexicon.DETERMINERS and i > 0:
            return False
    return False


def infer_group(role: str, speaker: str = "", speaker_type: str = "", mention: str = "") -> str:
    """The speaker group of one attribution (see ``group_evidence``).

    >>> infer_group("an Iraq specialist at the Brookings Institution"), infer_group("resident")
    ('analyst', 'civilian')
    """
    return group_evidence(role, speaker, speaker_type, mention)[0]


def clean_role(role: str) -> str:
    """A role descriptor without relative or participle clauses ('who was raised on ...').

    >>> clean_role("a voter who was raised on Social Security benefits, 63")
    'a voter'
    """
    parts = re.split(r"\b(?:who|whom|whose|which|that)\b|\s[a-z]+ing\s|\s[-–—]\s|\s(?:said|says|include|includes)\s", f" {role} ")
    return re.sub(r"\s+", " ", parts[0]).strip(" ,;")


# --------------------------------------------------------------------------------------------------
# Speakers across articles
# --------------------------------------------------------------------------------------------------
def _slug(s: str) -> str:
    """Identifier part of a speaker id ('Nancy Pelosi' -> 'nancy_pelosi').

    >>> _slug("Nancy Pelosi")
    'nancy_pelosi'
    """
    return re.sub(r"[^a-z0-9]+", "_", name_key(s)).strip("_") or "unknown"


def _prepared(quotes: pd.DataFrame) -> pd.DataFrame:
    """A copy of the quotes with the columns resolution reads, filled and typed; a type guessed when absent."""
    q = quotes.copy()
    for col, default in [("doc_id", ""), ("speaker_type", ""), ("speaker_role", ""), ("speaker_mention", ""),
                         ("is_speech", True)]:
        if col not in q:
            q[col] = default
    for col in ["speaker", "speaker_mention", "speaker_role", "speaker_type"]:
        q[col] = q[col].fillna("").astype(str).str.strip()
    guess = q["speaker"].map(lambda s: "person" if re.fullmatch(r"(?:[A-Z][\w’'\-.]*\s*){1,5}", s or "x") else ("role" if s else ""))
    q["speaker_type"] = q["speaker_type"].where(q["speaker_type"] != "", guess)
    return q


def _block(speaker: str, typ: str) -> str:
    """Blocking key: people are compared only with people of a similar surname, other speakers by first word.

    >>> _block("Yahya Rasoul", "person") == _block("Yehia Rasool", "person")
    True
    """
    key = name_key(speaker)
    if typ == "person":
        return "p:" + _compact(_surname(key))[:2]
    return f"{typ}:" + (key.split()[0] if key else "")


def _cluster(q: pd.DataFrame, aliases: pd.DataFrame) -> tuple[list[dict], dict[str, int]]:
    """Speakers merged into clusters: the alias table first, then fuzzy matching within blocks."""
    clusters: list[dict] = []
    by_canon: dict[str, int] = {}
    blocks: dict[str, list[int]] = {}
    mapping: dict[str, int] = {}
    order = (q[q["speaker"] != ""].assign(_n=lambda d: d["speaker"].str.split().str.len())
             .sort_values(["_n", "speaker"], ascending=[False, True], kind="stable"))
    for spk, typ in dict.fromkeys(zip(order["speaker"], order["speaker_type"])):
        if spk in mapping:
            continue
        canon, method, score = match_alias(spk, aliases) if typ in {"person", "body"} else ("", "", 0.0)
        idx = by_canon.get(canon) if canon else None
        if idx is None and not canon:
            idx = _fuzzy_member(spk, typ, clusters, blocks.get(_block(spk, typ), []))
        if idx is None:
            clusters.append({"canonical": canon or spk, "method": method or "new", "score": score or 100.0, "type": typ})
            idx = len(clusters) - 1
            by_canon[clusters[idx]["canonical"]] = idx
            blocks.setdefault(_block(clusters[idx]["canonical"], typ), []).append(idx)
        mapping[spk] = idx
    return clusters, mapping


def _fuzzy_member(spk: str, typ: str, clusters: list[dict], cands: list[int]) -> int | None:
    """The cluster of the same block that a speaker belongs to (same person, or a near-identical phrase)."""
    for i in cands:
        c = clusters[i]
        if typ == "person" and c["type"] == "person":
            ok, sc, how = same_person(spk, c["canonical"])
        elif typ == c["type"]:
            sc = fuzz.token_sort_ratio(name_key(spk), name_key(c["canonical"]))
            ok, how = sc >= 92, "fuzzy role"
        else:
            continue
        if ok:
            c["method"] = c["method"] if c["method"] != "new" else f"cluster {how}"
            c["score"] = min(c["score"], sc)
            return i
    return None


def _majority(values: list[str], default: str) -> str:
    """The most frequent non-empty value (ties: first seen), else the default.

    >>> _majority(["", "a", "b", "b"], "x"), _majority(["", ""], "x")
    ('b', 'x')
    """
    vals = [v for v in values if v and v != "unknown"]
    return max(dict.fromkeys(vals), key=vals.count) if vals else default


#: words an appositive parse can leave as a 'role' that describe no one (an adverb, an age, a bare adjective)
_EMPTY_ROLES = {"then", "now", "also", "later", "still", "however", "meanwhile", "former", "but", "and", "too",
                "again", "instead", "already", "yet", "there", "here", "today", "yesterday", "earlier", "late"}


def _best_role(roles: list[str]) -> str:
    """The most frequent informative role (titles alone such as 'Mr.' or 'Gov.' only when nothing else is known).

    >>> _best_role(["Mr.", "a pollster", "a pollster", "a senior pollster at X"])
    'a pollster'
    >>> _best_role(["58", "Then", "former"])
    ''
    """
    roles = [r for r in roles if _WORDS.search(r) and r.lower().strip(".,") not in _EMPTY_ROLES]
    informative = [r for r in roles if not all(w.lower().strip(".,") in lexicon.titles() for w in r.split())]
    pool = informative or roles
    return min(dict.fromkeys(pool), key=lambda r: (-pool.count(r), -len(r))) if pool else ""


#: groups of a public office or a party: a speaker who holds one is no private person, however the text describes them
_PUBLIC = {"government", "legislator", "military", "politician", "armed group"}


def _public_over_private(ev: list[tuple[str, str, str]]) -> list[tuple[str, str, str]]:
    """A speaker's evidence without its private-person readings when another says they hold a public office or run
    for one ('the son of immigrants' and 'the labor secretary': the office says the group).

    >>> _public_over_private([("civilian", "", "role noun: son"), ("government", "", "title")])
    [('government', '', 'title')]
    >>> _public_over_private([("civilian", "", "role noun: voter"), ("media", "", "role noun: host")])[0][0]
    'civilian'
    """
    return [e for e in ev if e[0] != "civilian"] if any(e[0] in _PUBLIC for e in ev) else ev


def _named_over_bare(ev: list[tuple[str, str, str]]) -> list[tuple[str, str, str]]:
    """A speaker's evidence without a bare role noun that another reading names in full ('board' beside 'school
    board': the full noun says which board the short one meant).

    >>> _named_over_bare([("organisation", "", "role noun: board"), ("politician", "", "role noun: school board")])
    [('politician', '', 'role noun: school board')]
    >>> len(_named_over_bare([("organisation", "", "role noun: board"), ("civilian", "", "role noun: nurse")]))
    2
    """
    nouns = {e[2].removeprefix("role noun: ") for e in ev if e[2].startswith("role noun: ")}
    full = {n.split()[-1] for n in nouns if " " in n}
    return [e for e in ev if not (e[2].startswith("role noun: ") and e[2].removeprefix("role noun: ") in full)]


def _speaker_row(c: dict, sel: pd.DataFrame, aliases: pd.DataFrame) -> dict:
    """One row of the speakers table: role, group and country from the alias table or the articles' evidence."""
    alias = aliases[aliases["canonical"] == c["canonical"]].head(1)
    t_group, t_role, t_country = (alias[k].iloc[0] if len(alias) else "" for k in ("group", "role", "country"))
    years, full_role = [int(y) for y in sel["_year"].dropna()], t_role
    t_role = role_at(t_role, years, former=True)   # the parts in force when the articles appeared
    roles = [clean_role(r) for r in sel["speaker_role"] if r]
    ev = [group_evidence(r, s, t, m) for r, s, t, m in zip(sel["speaker_role"], sel["speaker"], sel["speaker_type"],
                                                            sel["speaker_mention"])]
    by_year: dict[int, str] = {}
    if not t_group and t_role and _majority([e[0] for e in ev], "unknown") == "unknown":   # articles say nothing
        g, ctry, why = group_evidence(t_role, c["canonical"], "person")
        ev = [(g, ctry, f"alias table role ({why})" if why else "")] * max(1, len(ev))
        by_year = {y: group_evidence(role_at(full_role, [y], former=True), c["canonical"], "person")[0] or "unknown"
                   for y in set(years)}
    ev = _named_over_bare(_public_over_private(ev))
    group = t_group or _majority([by_year[y] for y in years] if by_year else [e[0] for e in ev], "unknown")
    how = "alias table" if t_group else _majority([e[2] for e in ev if e[0] == group], "")
    how = "alias table role in force when published" if by_year else how
    country = t_country or (_majority([e[1] for e in ev], "") if group in _STATE_GROUPS else "")   # 'an Iraq expert' is no Iraqi
    role = t_role or _best_role(roles)
    speech = sel[sel["is_speech"].astype(bool)]
    mentions = [m for m in sel["speaker_mention"] if m and m.lower() not in {"he", "she", "they", "it", "we", "i", "who"}]
    return {"speaker_id": f"spk_{_slug(c['canonical'])}", "canonical": c["canonical"], "speaker_type": c["type"],
            "role": role, "group": group, "country": country, "group_evidence": how or ("" if group == "unknown" else "rule"),
            "aliases": "; ".join(sorted(set(sel["speaker"]) | set(mentions))), "n_quotes": len(speech),
            "n_articles": int(speech["doc_id"].nunique()),
            "match_method": "alias table" if c["method"].startswith("alias") and c["score"] == 100 else c["method"],
            "match_score": round(float(c["score"]), 1), "group_by_year": by_year}


#: a person's staff: the role nouns whose speaker speaks for a principal named beside them ('Cruz spokeswoman')
_STAFF = r"(?:spokes(?:man|woman|person)|aide|advis[eo]r|staffer|ally|confidante?|press\s+secretary|communications\s+director|" \
         r"deputy|chief\s+of\s+staff|campaign\s+manager)"
_NAME = r"((?:[A-Z][\w’'.-]+\s+){0,2}[A-Z][\w’'.-]*?)"
_PRINCIPAL = re.compile(r"^(?i:(?:the|a|an|one|former|longtime|senior|top|then)\s+)*" + _NAME +
                        r"(?:[’']s?)?\s+(?i:(?:senior|chief|deputy|top|longtime|national|campaign|press|political|policy)\s+)*"
                        r"(?i:" + _STAFF + r")\b|\b(?i:" + _STAFF + r")\s+(?:to|for)\s+" + _NAME + r"\s*$")
_STAFF_MODIFIERS = {"former", "senior", "chief", "deputy", "top", "longtime", "then"}


def principal(role: str) -> str:
    """The person a staff role speaks for, when it names one ('Cruz spokeswoman', 'a senior adviser to Ann Lee'); ''
    for a body, a country, a title or no name ('Pentagon spokesman', 'Iraqi adviser', 'the spokesman').

    >>> principal("Cruz spokeswoman"), principal("a senior adviser to Ann Lee"), principal("Lee’s press secretary")
    ('Cruz', 'Ann Lee', 'Lee')
    >>> principal("Pentagon spokesman"), principal("Iraqi adviser"), principal("the spokesman"), principal("DFA spokesman")
    ('', '', '', '')
    >>> principal("Mrs. Lee's chief of staff"), principal("Former Lee Senior Adviser"), principal("an aide to Sen. Lee")
    ('Lee', 'Lee', 'Lee')
    """
    m = _PRINCIPAL.search(role.strip())
    found = (m.group(1) or m.group(2) or "").split() if m else []
    kept = [w for w in found if w.lower().strip(".’'") not in lexicon.titles() and w.lower() not in _STAFF_MODIFIERS]
    name = " ".join(kept)
    if not kept or name.isupper() or _organisation(name) or _country(name) \
            or any(w.lower().strip(".’'") in lexicon.role_nouns() for w in kept):
        return ""
    return name


def _inherit_principals(rows: dict[int, dict], roles: dict[int, list[str]]) -> None:
    """A speaker of unknown group whose role names a principal ('Cruz spokeswoman') takes the group of the most quoted
    person of that surname among the speakers (staff speak for their principal's camp; a former aide is a
    politician), in place."""
    by_surname: dict[str, tuple[int, str]] = {}
    for r in rows.values():
        key = _surname(name_key(r["canonical"]))
        if r["speaker_type"] == "person" and r["group"] != "unknown" and r["n_quotes"] > by_surname.get(key, (0, ""))[0]:
            by_surname[key] = (r["n_quotes"], r["group"])
    for i, r in rows.items():
        if r["group"] != "unknown" or r["group_by_year"]:
            continue
        for role in roles.get(i, []):
            who = principal(role)
            group = by_surname.get(_surname(name_key(who)), (0, ""))[1] if who else ""
            if group:
                r["group"], r["group_evidence"] = _out_of_office(group, f"principal: {who}", role)
                break


#: groups whose bodies issue statements, reports and readouts ('the statement said' after 'the army said')
_ISSUER_GROUPS = {"government", "military", "armed group", "organisation", "legislator", "politician"}


def _document_speaker(speaker: str, speaker_type: str) -> bool:
    """Whether a role speaker is a document that speaks for an issuer it does not name ('the statement', 'Another
    statement'); one whose words name the issuer ('the army statement') is read by its own evidence.

    >>> _document_speaker("the statement", "role"), _document_speaker("the spokesman", "role")
    (True, False)
    """
    head = _role_head(speaker)[0] if speaker_type == "role" else ""
    return bool(head) and lexicon.role_nouns()[head].kind == "document"


def _issuer_groups(q: pd.DataFrame) -> list[str]:
    """Each quote's group, a document of unknown issuer ('the statement said') taking the group of the speaker quoted
    last before it in its article when that one is a body or a person of a state, an armed group or an organisation
    (news names the issuer, then quotes its statement); after a private person or a news outlet it stays unknown.

    >>> q = pd.DataFrame({"doc_id": ["a", "a", "b", "b"], "start": [0, 90, 5, 50],
    ...                   "speaker": ["the army", "the statement", "Ann Lee", "the statement"],
    ...                   "speaker_type": ["body", "role", "person", "role"],
    ...                   "speaker_group": ["military", "unknown", "civilian", "unknown"]})
    >>> _issuer_groups(q)
    ['military', 'military', 'civilian', 'unknown']
    """
    out = q["speaker_group"].tolist()
    order = q.assign(_pos=range(len(q)))
    order = order.sort_values(["doc_id", "start"], kind="stable") if "start" in q else order
    last: dict[str, str] = {}
    for doc, pos, spk, typ in zip(order["doc_id"], order["_pos"], order["speaker"], order["speaker_type"]):
        if _document_speaker(spk, typ):
            if out[pos] in {"", "unknown"} and last.get(doc):
                out[pos] = last[doc]
        elif spk:
            last[doc] = out[pos] if out[pos] in _ISSUER_GROUPS else ""
    return out


SPEAKER_COLUMNS = ["speaker_id", "canonical", "speaker_type", "role", "group", "country", "group_evidence", "aliases",
                   "n_quotes", "n_articles", "match_method", "match_score"]


def resolve_speakers(quotes: pd.DataFrame, aliases: pd.DataFrame | None = None,
                     published: pd.Series | dict | None = None) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Attach speaker_id, canonical, speaker_group and speaker_country to quotes and build the speakers table.

    ``published`` (doc_id -> publication date, or a ``published`` column of the quotes) dates the alias
    table's roles: a speaker's role is the parts in force when the articles appeared (``tenure.role_at``),
    and a quote's group, when only the table's role gives it, is the group of the role in force that year.

    >>> q = pd.DataFrame({"doc_id": ["a", "b"], "speaker": ["Yahya Rasoul", "Yehia Rasool"],
    ...                   "speaker_role": ["spokesman", "Ministry of Defence spokesman"], "is_speech": [True, True]})
    >>> out, spk = resolve_speakers(q); out["speaker_id"].nunique(), spk["canonical"].tolist(), spk["group"].tolist()
    (1, ['Yahya Rasool'], ['military'])
    """
    quotes = require_frame(quotes, "quotes", ["speaker"])
    aliases = load_aliases() if aliases is None else require_frame(aliases, "aliases",
                                                                   ["canonical", "alias", "role", "group", "country", "key"])
    aliases = aliases.assign(**{c: aliases[c].astype(object).where(aliases[c].notna(), "")
                                for c in ("canonical", "alias", "role", "group", "country", "key")})
    q = _prepared(quotes)
    q["_year"] = publication_years(q, published)
    clusters, mapping = _cluster(q, aliases)
    cluster_of = q["speaker"].map(mapping)
    by_idx = {int(i): _speaker_row(clusters[int(i)], sel, aliases) for i, sel in q.groupby(cluster_of, sort=True)}
    _inherit_principals(by_idx, {int(i): list(dict.fromkeys(sel["speaker_role"])) for i, sel in q.groupby(cluster_of, sort=True)})
    for col, key in [("speaker_id", "speaker_id"), ("canonical", "canonical"), ("speaker_group", "group"),
                     ("speaker_country", "country")]:
        q[col] = cluster_of.map(lambda i, k=key: by_idx[int(i)][k] if i == i else "")
    q["speaker_group"] = [by_idx[int(i)]["group_by_year"].get(y, g) if i == i and y is not pd.NA else g
                          for i, y, g in zip(cluster_of, q.pop("_year"), q["speaker_group"])]
    q["speaker_group"] = _issuer_groups(q)
    spk = pd.DataFrame(list(by_idx.values()), columns=SPEAKER_COLUMNS)
    spk = spk.sort_values(["n_quotes", "speaker_id"], ascending=[False, True], kind="stable").reset_index(drop=True)
    return q, spk
