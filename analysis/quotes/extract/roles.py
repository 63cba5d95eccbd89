"""A speaker's role: military, police and sports ranks read by the article's subject, the title a body gives its
officer, and the name a group gives itself."""

from __future__ import annotations

import re
from functools import lru_cache

from .. import lexicon
from ..speakers.descriptors import _organisation
from ..speakers import group_evidence
from ..names import name_chunks
from ..mentions import Mention
from ..resolve import PersonIndex, _seat_only, courtesy_only
from ..resolve import person_index  # noqa: F401  (the examples use it)


_POLICE_WORDS = re.compile(r"\b(?:police|policeman|policemen|gardaí|gardai|garda|sheriff|constabulary|state\s+patrol)\b", re.I)
_MILITARY_WORDS = re.compile(r"\b(?:army|armies|military|militar\w+|troops?|soldiers?|navy|naval|air\s+force|marines?|brigade|battalion|"
                             r"regiment|Pentagon|CENTCOM|Central\s+Command|IDF|defen[cs]e\s+(?:forces|ministry|minister|secretary)|"
                             r"militias?|militiam[ae]n|fighters?|combatants?|rebels?|Hashd|PMF|(?-i:Guards?)|"
                             r"pilots?|airlines?|airliners?|flights?|planes?|aircraft|ships?|vessels?|ferry|ferries)\b", re.I)
#: ranks that police forces use as much as armed forces: read as police anywhere in a police story (a major, a colonel
#: or a general only beside the police in its own paragraph)
_POLICE_RANKS = {"sgt", "sergeant", "capt", "captain", "lt", "lieutenant", "cmdr", "commander"}


@lru_cache(maxsize=8)
def police_article(text: str) -> bool:
    """Whether an article names the police and no armed forces, armed groups, aircraft or ships.

    >>> police_article("Police arrested a man. Sgt Ann Lee said"), police_article("Police and troops met. Capt. Lee said")
    (True, False)
    >>> police_article("Police said the flight landed. Capt. Lee said")
    False
    """
    return bool(_POLICE_WORDS.search(text)) and not _MILITARY_WORDS.search(text)


def _rank_only(role: str) -> bool:
    """Whether a role is nothing but military rank titles ('Sgt', 'Maj. Gen.').

    >>> _rank_only("Sgt"), _rank_only("Maj. Gen."), _rank_only("Finance Minister"), _rank_only("")
    (True, True, False, False)
    """
    words = [w.lower().strip(".,") for w in role.split()]
    return bool(words) and all(lexicon.titles().get(w, ("", ""))[0] == "military" for w in words)


def _police_rank(text: str, role: str, m: Mention) -> bool:
    """Whether a bare rank is a police rank: the article is a police story and the rank is one police forces use, or
    the police are named in the paragraph of the mention ('Police closed the road, Maj. Ann Lee said').

    >>> t = "Police shut the road.\\n\\nMaj. Ann Lee said"; m = Mention(t.index("Maj"), t.index(" said"), "person", 0, 0)
    >>> _police_rank(t, "Maj.", m), _police_rank(t, "Capt.", m)
    (False, True)
    """
    if not _rank_only(role) or not police_article(text):
        return False
    return all(w.lower().strip(".,") in _POLICE_RANKS for w in role.split()) or _police_nearby(text, m)


def _police_nearby(text: str, m: Mention) -> bool:
    """Whether the paragraph of a mention names the police ('Officers closed the road, Capt. Ann Lee said').

    >>> t = "A match was stopped.\\n\\nPolice came. Capt. Ann Lee said"
    >>> _police_nearby(t, Mention(t.index("Capt"), len(t), "person", 0, 0))
    True
    """
    ps = text.rfind("\n", 0, m.start) + 1
    pe = text.find("\n", m.end)
    return bool(_POLICE_WORDS.search(text, ps, pe if pe >= 0 else len(text)))


_SPORT_WORDS = re.compile(r"\b(?:cricket|football|soccer|rugby|hockey|basketball|baseball|netball|tennis|golf|innings|wickets?|"
                          r"batsm[ae]n|bowlers?|strikers?|goalkeepers?|midfielders?|tournaments?|World\s+Cup|Premier\s+League|"
                          r"[Tt]est\s+series|ODI|T20|match(?:es)?)\b")
#: the ranks a team gives its leading player
_TEAM_RANKS = {"capt", "captain", "skipper"}


@lru_cache(maxsize=8)
def sport_article(text: str) -> bool:
    """Whether an article names a sport and no armed forces, armed groups, aircraft or ships.

    >>> sport_article("India won the Test series. Captain Ann Lee said"), sport_article("Troops won the match. Capt. Lee said")
    (True, False)
    """
    return bool(_SPORT_WORDS.search(text)) and not _MILITARY_WORDS.search(text)


def _team_captain(text: str, role: str) -> bool:
    """Whether a bare 'captain' rank leads a sports team: the article is about a sport and names no armed forces.

    >>> _team_captain("India won the Test series.", "Captain"), _team_captain("Troops held the ridge.", "Capt.")
    (True, False)
    """
    words = [w.lower().strip(".,") for w in role.split()]
    return bool(words) and all(w in _TEAM_RANKS for w in words) and sport_article(text)


#: a generic body noun owning the title before a name: 'the group’s Secretary General Ali Darwish'
_BODY_POSSESSOR = re.compile(r"[Tt]he\s+(?:group|militia|movement|faction|organi[sz]ation|alliance)[’']s\s+")


def _possessor_role(text: str, name: str, m: Mention) -> str:
    """'the group’s Secretary General X' -> 'Kataib Hezbollah’s Secretary General': the title with the body that the
    generic noun stands for (the last body of the reference table named in the 1,500 characters before), else ''.

    >>> t = "Kataib Hezbollah halted its raids. The group’s spokesman Ali Darwish spoke."
    >>> _possessor_role(t, "Ali Darwish", Mention(35, 68, "person", 0, 0, "Ali Darwish", "group’s"))
    'Kataib Hezbollah’s spokesman'
    """
    mention = text[m.start:m.end]
    own = _BODY_POSSESSOR.match(mention)
    at = mention.find(name)
    if own is None or at <= own.end():
        return _title_of_body(text, mention[:max(at, 0)].strip(), m.start)
    body = ""
    for a, b in name_chunks(text, max(0, m.start - 1500), m.start):
        org = _organisation(text[a:b])
        body = org[0] if org else body
    return f"{body}’s {mention[own.end():at].strip()}" if body else ""


def _title_of_body(text: str, title: str, pos: int) -> str:
    """'Secretary-General X' after 'the Secretary-General of the Iraqi Kataib Hezbollah' (in the 1,500 characters
    before): the title with that body when the mention names none, else ''.

    >>> t = "The Secretary-General of Kataib Hezbollah spoke. Secretary-General Ali Darwish said"
    >>> _title_of_body(t, "Secretary-General", t.rindex("Secretary"))
    'Kataib Hezbollah’s Secretary-General'
    """
    if not re.fullmatch(r"[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*){0,2}", title) or _organisation(title):
        return ""
    hit = None
    for hit in re.finditer(re.escape(title) + r"\s+of\s+(?:the\s+)?((?:[A-Z][\w\-’']*\s*){1,5})", text[max(0, pos - 1500):pos]):
        pass
    org = _organisation(hit.group(1)) if hit else None
    return f"{org[0]}’s {title}" if org else ""


def _person_role(text: str, name: str, m: Mention, index: PersonIndex) -> str:
    """A person's role: the mention's own unless only courtesy titles, else the article's; a bare police rank
    gets ', police' when that makes the speaker government ('Sgt' -> 'Sgt, police'), a team's captain ', player'.

    >>> t = "Police shut the road.\\n\\nSgt Ann Lee said"; m = Mention(t.index("Sgt"), t.index(" said"), "person", 0, 0,
    ...     "Ann Lee", "Sgt"); _person_role(t, "Ann Lee", m, person_index(t, []))
    'Sgt, police'
    >>> _person_role(t.replace("Police", "Troops"), "Ann Lee", m, person_index(t, []))
    'Sgt'
    """
    role = m.role if m.role and not courtesy_only(m.role) and not _seat_only(m.role) else index.describe(name, m.start) or m.role
    role = _possessor_role(text, name, m) or _title_of_body(text, role, m.start) or role
    police_rank = _police_rank(text, role, m)
    if _team_captain(text, role) and not (police_rank and _police_nearby(text, m)):
        return f"{role}, player"   # a team's captain is one of its players, no officer (a police captain stays police)
    if not police_rank:
        return role
    police = f"{role}, police"
    return police if group_evidence(police, name, "person", text[m.start:m.end])[0] == "government" else role


#: an epithet for a past calling says nothing of the speaker's group now ('the former soldier', 'the retired judge')
_PAST_EPITHET = re.compile(r"\b(?:former|retired|ex-|veteran|one-time|onetime)", re.I)


#: a group that names itself right after its noun phrase: 'a group calling itself "X"', 'a militia known as the X'
_SELF_NAMED = re.compile(r"[\s,]*(?:call(?:ing|s|ed)\s+(?:itself|themselves)|known\s+as|called|named)\s+"
                         r"(?:[“\"‘']([^“”\"‘’\n]{2,60}?)[,.]?[”\"’']|((?:[Tt]he\s+)?[A-Z][\w’'\-]*"
                         r"(?:\s+(?:of|the|for|in|and|al-[\w’'\-]+|[A-Z][\w’'\-]*)){0,7}))")


def _self_named(text: str, m: Mention) -> str:
    """The name a group mention gives itself right after its head ('' when none).

    >>> t = 'A new group calling itself "The Sons of the Valley", said'; _self_named(t, Mention(0, 11, "body", 6, 11, "A new group"))
    'The Sons of the Valley'
    >>> t = 'A militia known as the Valley Brigade said'; _self_named(t, Mention(0, 9, "body", 2, 9, "A militia"))
    'the Valley Brigade'
    >>> t = 'A group calling itself "Valley Sons" said'; _self_named(t, Mention(0, 36, "person", 24, 36, 'Sons"'))
    'Valley Sons'
    >>> _self_named("Ann Lee said", Mention(0, 7, "person", 4, 7, "Ann Lee"))
    ''
    >>> _self_named("Ann Lee called Tom Reed a liar", Mention(0, 7, "person", 4, 7, "Ann Lee"))
    ''
    """
    key = re.search(r"[\s,](?:call(?:ing|s|ed)\s+(?:itself|themselves)|known\s+as|called|named)\s", text[m.start:m.end + 2])
    start = m.start + key.start() if key is not None else m.head_end
    found = _SELF_NAMED.match(text, start, min(len(text), start + 120))
    name = (found.group(1) or found.group(2)) if found is not None else ""
    bare = found is not None and re.match(r"[\s,]*(?:called|named)\s", text[found.start():found.start() + 12])
    inside = found is not None and found.start() < m.end - 1   # 'X called Y "..."': a cue after the mention, no naming
    return name.strip() if name and found.start() <= m.end and (inside or not bare) else ""


def _named_type(text: str, m: Mention) -> str:
    """'body' for a self-named group ('a militia known as X'), 'person' for one person ('the base chief known as X').

    >>> _named_type("A militia known as", Mention(0, 9, "body", 2, 9, "A militia")), _named_type("The chief", Mention(0, 9, "role", 4, 9, "The chief"))
    ('body', 'person')
    """
    words = re.findall(r"[a-z]+", text[m.start:m.end].lower())
    kinds = {getattr(lexicon.role_nouns().get(w), "kind", "") for w in words[:6]}
    return "body" if m.kind == "body" or "body" in kinds else "person"


def _all_role_words(phrase: str) -> bool:
    """Whether every word of a capitalised phrase is a role noun or a title ('Secretary-General', 'Prime Minister'),
    so that it names an office, not an outlet or a place ('Daily Caller', 'Wisconsin Republican').

    >>> _all_role_words("Secretary-General"), _all_role_words("Daily Caller"), _all_role_words("Wisconsin Republican")
    (True, False, False)
    """
    words = [w.lower().strip(".,") for w in phrase.split()]
    offices = lexicon.role_nouns()
    return bool(words) and len(words) <= 3 and all(w in offices and offices[w].kind == "person" or w in lexicon.titles()
                                                   for w in words)   # ('Daily': a body, the outlet's name)
