"""One attribution's group, country and evidence (``group_evidence``, ``infer_group``), the role apposed to a name
(``apposed_role``), a home town told after a name, and roles without their relative clauses (``clean_role``)."""

from __future__ import annotations

import re

from .. import lexicon
from .matching import name_key
from .descriptors import (_HEAD_TITLES, _body_head, _country, _named_body_before, _org_leads, _organisation,
                          _party_secretary, _role_at, _role_head, _role_title, _title_group)
from .evidence import (_body_named, _club_boss, _company_name, _formed_firm, _name_group, _org_wins, _out_of_office,
                       _role_noun_group, _state_partisan, _team_captain, _unnamed_role, outlet_name, police_rank)


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


def _slug(s: str) -> str:
    """Identifier part of a speaker id ('Nancy Pelosi' -> 'nancy_pelosi').

    >>> _slug("Nancy Pelosi")
    'nancy_pelosi'
    """
    return re.sub(r"[^a-z0-9]+", "_", name_key(s)).strip("_") or "unknown"
