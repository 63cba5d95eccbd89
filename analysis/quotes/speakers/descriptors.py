"""What a speaker's descriptor says: the country it names, the organisation of the reference table, the head role noun
and the body it serves, and the group a title before the name gives."""

from __future__ import annotations

import re
from functools import lru_cache

from .. import lexicon
from ..names import strip_titles
from .matching import _WORDS


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


def _hearsay(text: str) -> bool:
    """Whether an unnamed speaker is described by what it knows ('a person familiar with the plans').

    >>> _hearsay("a person familiar with the talks"), _hearsay("a close friend"), _hearsay("a source close to her")
    (True, False, True)
    """
    return bool(_HEARSAY.search(text))
