"""Readings that change a group once it is read: outlets, police and team ranks, possessive owners, unnamed and
anonymous sources, firms and bodies taken for people, offices out of power, and the group from a role noun or a name
alone."""

from __future__ import annotations

import re
from functools import lru_cache

from .. import lexicon
from .matching import _ANONYMOUS_NOUNS, _STATE_GROUPS, _WORDS
from .descriptors import (_COMPANY_WORD, _DET_LEAD, _HEAD_TITLES, _OUTLET_NAME, _POLICE_BODY, _STATE_WORDS, _body_head,
                          _coordinated_head, _country, _heads_named_body, _hearsay, _named_body_before, _organisation,
                          _role_head, _titleish_word)


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
