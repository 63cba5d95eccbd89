"""Victims by role: counts chained to their casualty verb, victims beside or along with others, single victims named by
a noun or a pronoun, lists, attackers killed with their victims, and zero casualties."""

from __future__ import annotations

import re

from ..gates import opens
from ..counts import DEMONYMS, parse_count
from ..vocabulary import PEOPLE_NOUNS, WEAPON_NOUNS
from .common import (NOT_PEOPLE, _ACTIVE, _APPOSITION, _ASIDE, _AUX, _BARE_AFTER, _BARE_BEFORE, _BE_AUX, _CONDITION,
                     _DATELINE_DASH, _INJ_PRED, _INJ_VERB, _KILL_PRED, _KILL_VERB, _LIVES, _NEITHER_NOR, _NEXT_TOLL,
                     _NONE_BOTH, _NONE_INJ, _NONE_KILL, _NUM, _OF_PP, _POSSESSED, _PP, _QUAL, _QUAL_LABEL, _qualifier,
                     people_group)
from .named import _names


#: the dead counted as bodies: left, seen or recovered ("leaving two corpses", "saw at least 12 bodies"), or found
_BODIES_BEFORE = re.compile(r"\b(?:leav\w*|left|saw|seen|found|recovered|retrieved|counted|pulled|discovered|collected|"
                            r"received)\s+(?:(?:at\s+least|more\s+than|over|some|about|nearly|the)\s+)?$", re.I)
_BODIES_AFTER = re.compile(r"\s+(?:were|have\s+been|had\s+been)\s+(?:\w+ly\s+)?(?:found|recovered|retrieved|pulled|"
                           r"discovered|brought)\b", re.I)
_POSSESSIVE_S = re.compile(r"['’]s?$")


#: a count that is the subject of a causing verb ("one causing minor injuries", "two inflicting wounds"): an attack's count
_COUNT_CAUSING = re.compile(r"^\S+\s+(?:causing|caused|inflicting|inflicted|leaving|resulting\s+in)\s+(?:[\w-]+\s+){0,2}?"
                            r"(?:injur|wound|casualt|dead|death)", re.I)


#: a long proper name after "the" inside a subject's phrase, all but its last word ("medics of the Eastern Mountain
#: Rescue Task Force Command were hurt"): ``_PP`` then reads it as one word (never a title-case predicate)
_NAME_RUN = re.compile(r"(?<=\bthe\s)(?:(?!(?:Were|Was|Are|Is|Have|Has|Had|Killed|Wounded|Injured|Hurt|Dead|Died|Who)\b)"
                       r"[A-Z][\w.'’-]*\s+){2,}(?=[A-Z])")


#: a predicate of a count's own that tells no harm ("have fled", "were displaced", "are missing"), tried after the
#: killing and wounding predicates
_OWN_PREDICATE = re.compile(r"^[\s,]*(?:who\s+)?(?:(?:have|has|had|were|was|are|is)\s+(?:been\s+|also\s+|since\s+|now\s+)*"
                            r"(?:\w+ly\s+)?[a-z]+(?:ed|en|ft|ne)|fled|escaped|(?:(?:are|were|is|was|remain(?:ed|s)?)\s+"
                            r"(?:still\s+)?|(?:have|has|had)\s+(?:been\s+|gone\s+)(?:reported\s+)?)(?:missing|unaccounted))\b")


#: a long phrase after the victims' noun that tells whose they are, up to their predicate ("of a group within X's
#: Y (Z) forces"): no verb, clause word or stop inside
_LONG_PP = re.compile(r"^\s+(?:of|from|within|with|in|at)\s+(?:(?!(?:who|which|that|and|while|as|after)\b)[^.;:,\"“”\s]+\s+){1,16}?"
                      r"(?=(?:were|was|are|is|have|has|had)\s)")


def _casualty_role(text: str, chain: list[dict]) -> str:
    """'killed', 'injured' or '' for a chain of counts: the predicate after it or the verb before it.

    >>> text = "50 were killed and 1,000 people have fled"
    >>> _casualty_role(text, [{"noun": "people", "text": "1,000 people", "start": 19, "end": 31}])
    ''
    """
    head = str(chain[-1]["noun"])
    if _COUNT_CAUSING.match(str(chain[0]["text"])):
        return ""  # "two drone attacks, with one causing minor injuries": the one is an attack, not a victim
    if head in ("injuries", "wounds", "injured", "wounded"):
        return "injured"  # "inflicting two minor injuries"
    if head in ("deaths", "fatalities", "dead") or head in ("corpses", "bodies") and (_BODIES_BEFORE.search(text[
            max(0, chain[0]["start"] - 40):chain[0]["start"]]) or _BODIES_AFTER.match(text, chain[-1]["end"])):
        return "killed"  # "leaving two corpses and five injured", "he saw at least 12 bodies", "12 bodies were found"
    after, before = text[chain[-1]["end"]:chain[-1]["end"] + 160], text[max(0, chain[0]["start"] - 90):chain[0]["start"]]
    if _CONDITION.match(after):
        return "injured"  # "left one soldier in critical condition"
    poss = _POSSESSED.match(after) if _POSSESSIVE_S.search(str(chain[-1]["text"])) or after[:1] in "'’" else None
    if poss:  # "resulted in one militia member's death"
        return "killed" if poss.group(1).lower().startswith("death") else "injured"
    after = _NAME_RUN.sub("", after, count=1) if "the " in after[:12] else after  # "of the Eastern ... Command"
    pp = _PP.match(after)
    after = after[pp.end():] if pp else after  # "one member of the Iraqi security forces was wounded"
    aside = _ASIDE.match(after) or _INCLUDING.match(after) or _WHO_CLAUSE.match(after)
    after = after[aside.end():] if aside else after  # "five civilians – including two children – died"
    if _APPOSITION.match(before[-3:]) and not _KILL_VERB.search(before) and not _INJ_VERB.search(before) and \
            not _DATELINE_DASH.fullmatch(text[:chain[0]["start"]]):
        return ""
    long_pp = _LONG_PP.match(after)
    rest = after[long_pp.end():] if long_pp else ""
    if rest and (_KILL_PRED.match(rest) or _INJ_PRED.match(rest)):
        after = rest   # "five fighters of a group within X's Y (Z) forces were killed"
    for role, rx in (("killed", _KILL_PRED), ("injured", _INJ_PRED)):
        m = rx.match(after)
        if m and _ACTIVE.match(after[m.end():]) and not _BE_AUX.match(after) and \
                not _NEXT_TOLL.match(after[m.end():]):  # "3 troops killed 25 injured": a headline's two tolls
            if after[:1] == "," and _last_verb(before):
                break  # "killed a guard, wounded another": the verb after the comma has its own object
            return ""  # "Two suicide bombers killed nine soldiers": the count is the agent, not the victims
        if m:
            return role
    if _OWN_PREDICATE.match(after):
        return ""   # "... killed and 1.9 million people have fled": the count has a verb of its own, not the one before
    verb = _last_verb(before)
    if verb:
        return verb
    lead = _LEAD_VICTIM.search(before)  # "injuring her, a driver and ...": the verb before the first victim
    if lead and lead.end() == len(before) and re.match(r"kill|wound|injur", lead.group(), re.I):
        return "killed" if lead.group().lower().startswith("kill") else "injured"
    return ""


def _last_verb(before: str) -> str:
    """The role of the casualty verb nearest before a count ("killing him and wounding his wife and three": injured).

    >>> _last_verb("killing him and wounding his wife and "), _last_verb("a bomb killed "), _last_verb("near ")
    ('injured', 'killed', '')
    """
    kill = [m.start() for m in _KILL_VERB.finditer(before)]
    inj = [m.start() for m in _INJ_VERB.finditer(before)]
    if not kill and not inj:
        return ""
    return "killed" if max(kill, default=-1) > max(inj, default=-1) else "injured"


#: between two counts of one role, only the first one's predicate and "and": a breakdown whose parts add up
#: ("five contractors were injured, and one soldier was wounded"), not a part of a total ("including", "of them")
_BREAKDOWN = re.compile(r"\s*(?:(?:was|were|had\s+been|have\s+been|has\s+been)\s+)?(?:\w+ly\s+)?"
                        r"(?:killed|dead|died|wounded|injured|hurt)\s*,?\s*(?:and|as\s+well\s+as)\s+(?:the\s+)?", re.I)


_OTHERS = re.compile(r"\b(?:others?|more)\b")
#: the side that attacked: "one of the attackers was killed" is a toll of its own, not a part of the victims' toll
_ATTACKERS = frozenset("attacker attackers assailant assailants gunman gunmen bomber bombers militant militants "
                       "insurgent insurgents hijacker hijackers raider raiders".split())
#: those who carried out the attack (not "militants", who may be either side of a clash): no victims of the toll
_ASSAILANTS = _ATTACKERS - {"militant", "militants", "insurgent", "insurgents"}
#: a second attack told between two counts of one role: "killing four people, while two roadside bombs exploded in X,
#: killing two" (two tolls to add, not one told twice)
_ANOTHER_ATTACK = re.compile(r"\b(?:while|whereas|and|as)\s+(?:another\s+|a\s+second\s+|(?:two|three|four|five|\d+)\s+)?"
                             r"(?:[\w-]+\s+){0,2}?(?:bombs?|blasts?|explosions?|attacks?|(?:air)?strikes?|shells?|rockets?|"
                             r"mortars?|devices?|IEDs?)\s+(?:also\s+)?(?:exploded|went\s+off|struck|hit|detonated|blew\s+up|"
                             r"targeted|landed|fell)\b", re.I)
#: between two counts of one role, a second active verb of that role: two objects ("wounded two soldiers and hurt five
#: troops": 7)
_NEXT_OBJECT = re.compile(r"\s*,?\s*(?:and\s+)?(?:also\s+)?(?:wound(?:ed|ing)|injur(?:ed|ing)|hurt(?:ing)?|kill(?:ed|ing))\s+",
                          re.I)
#: harms, not people: "the deaths of three soldiers and numerous injuries" counts three dead and no uncounted victims
_HARM_NOUNS = frozenset({"injuries", "casualties", "deaths", "fatalities", "wounds", "losses", "damages"})
#: an uncounted part after a chain: "a service member and other coalition troops", "two guards and others"
_VAGUE_TAIL = re.compile(r"\s*,?\s*(?:and|as\s+well\s+as)\s+(?:others\b|(?:other|several|many|some|numerous|"
                         r"a\s+number\s+of|dozens\s+of|scores\s+of)\s+(?:[\w.-]+\s+){0,2}?(?P<noun>[a-z]+s)\b)", re.I)


def _own_role(text: str, chain: list[dict]) -> str:
    """``_casualty_role`` of a chain read without the words before it (blanked): the role its own predicate tells
    (a bounded window, offsets moved: the verb before a count is not read, the text not copied whole).

    >>> c = [{"start": 14, "end": 28, "noun": "guards", "text": "several guards"}]
    >>> _own_role("A bomb killed several guards", c), _own_role("A bomb killed several guards were hurt", c)
    ('', 'injured')
    """
    lo, pad = chain[0]["start"], min(chain[0]["start"], 90)  # ``_casualty_role`` reads 90 characters before
    moved = [{**r, "start": r["start"] - lo + pad, "end": r["end"] - lo + pad} for r in chain]
    return _casualty_role(" " * pad + text[lo:chain[-1]["end"] + 170], moved)


#: victims named only as a number of people: a list after them, set off by a comma, tells who they were
_GENERIC_VICTIMS = frozenset({"others", "people", "persons", "individuals", "victims"})


def _add(out: dict, role: str, chain: list[dict], text: str, gap: str = "") -> None:
    """Record a chain's count (summed) for a role unless the role already has one (then only the parts of a
    breakdown, ``gap`` being the text since the role's previous count, or "two others" are added)."""
    values = [r["low"] if r["value"] is None and r["qualifier"] == "range" else r["value"] for r in chain]
    if any(v is None for v in values):
        vague = next(str(r["text"]).split()[0].lower() for r in chain if r["value"] is None)
        out["qualifiers"].append(f"{role}={vague if vague in ('several', 'dozens', 'many') else 'approx'}")
        if _own_role(text, chain) == role:  # its own predicate says so: an exact count of the role is a part
            out.setdefault("_vague", {}).setdefault(role, []).append((chain[0]["start"], chain[-1]["end"]))
        return
    if out[role] is not None:
        if any(_OTHERS.search(text[r["start"]:r["end"] + 6]) for r in chain) or \
                _BREAKDOWN.fullmatch(gap) or _ANOTHER_ATTACK.search(gap) or _NEXT_OBJECT.fullmatch(gap):
            out[role] += int(sum(values))  # "leaves one in critical condition and wounds two others": 1 + 2
        return
    tail = _VAGUE_TAIL.match(text, chain[-1]["end"])
    if tail and (tail.group("noun") or "").lower() not in NOT_PEOPLE | WEAPON_NOUNS | _HARM_NOUNS:  # not "and several rockets"
        out["qualifiers"].append(f"{role}=vague_part")  # "a U.S. service member and other coalition troops": no total
        return
    if len(values) > 2 and values[0] == sum(values[1:]) and (
            str(chain[0]["noun"]) not in DEMONYMS and all(str(r["noun"]) in DEMONYMS for r in chain[1:]) or
            str(chain[0]["noun"]) in _GENERIC_VICTIMS and text[chain[0]["end"]:chain[0]["end"] + 2].startswith(",")):
        values = values[:1]  # "three military personnel, two American and one Brit", "three others, a policeman and two
        # guards": a total and its breakdown
    side = [str(r["noun"]).lower() in _ASSAILANTS for r in chain]
    if any(side) and not all(side):  # "A police officer and three gunmen were killed": the attackers are no victims
        values = [v for v, s in zip(values, side) if not s]
    out[role] = int(sum(values))
    out.setdefault("_chained", {})[role] = (chain[0]["start"], chain[-1]["end"])
    for r in (r for r, s in zip(chain, side) if not s or all(side)):
        pp = _OF_PP.match(text[r["end"]:r["end"] + 80])
        g = people_group(str(r["noun_phrase"]) + (pp.group() if pp else ""))
        if g:
            out[f"{role}_who"].add(g)
    q = _qualifier(str(chain[0]["text"]))
    words = [w.lower() for w in str(chain[0]["text"]).split()]
    if not q and len(chain) == 1 and words[1:3] in (["of", "the"], ["of", "those"], ["of", "these"]) and \
            not set(words[3:4]) & _ATTACKERS:
        q = "at_least"  # "one of the guards was badly hurt": a part of a group told as a whole elsewhere
    if not q and _AMONG.match(text, chain[-1]["end"]):
        q = "at_least"  # "six policemen were among those killed": a part of a total told elsewhere
        out.setdefault("_parts", set()).add(role)  # a larger count of the clause may give the total (``_bare_casualties``)
    if q:
        out["qualifiers"].append(f"{role}={q}")


#: a relative clause between a counted subject and its casualty predicate: "four civilians who were passing the
#: checkpoint were also wounded"
_WHO_CLAUSE = re.compile(r"\s*,?\s*(?:who|that)\s+(?:were|was|are|is|had\s+been)\s+(?:[\w'’-]+\s+){1,6}?(?=(?:were|was|"
                         r"had\s+been|have\s+been|are)\s+(?:also\s+|\w+ly\s+)?(?:killed|wounded|injured|hurt|dead)\b)", re.I)
#: a part list between a count and its predicate, without dashes ("nine civilians including 13 children were killed")
_INCLUDING = re.compile(r"\s*,?\s*(?:including|among\s+them)\s+[^.;:,]{1,80}?(?=,?\s+(?:were|was|had|have|has|got|died|"
                        r"perished)\b)", re.I)


#: a count's predicate that makes it a part of the casualties ("were among those killed", "among the dead")
_AMONG = re.compile(r"\s+(?:were|was|are|is)\s+(?:also\s+)?among\s+(?:those|the)\b", re.I)
#: one victim named before a counted chain, governed by the same verb: "injuring her, a driver and two
#: passengers", "leaving an officer and five of his men dead"
_LEAD_VICTIM = re.compile(r"\b(?:kill(?:ed|ing)|wound(?:ed|ing)|injur(?:ed|ing)|leaving|left|deaths?\s+of)\s+(?:him|her|"
                          r"(?:the|a|an|its|his|her|their)\s+(?:[\w'’.-]+\s+){0,3}?(?:" + "|".join(sorted(w for w in
                          PEOPLE_NOUNS | {"head", "chief", "governor", "monk", "priest"} if not w.endswith("s") and w not in
                          {"people", "police", "staff", "crew", "family", "other", "personnel", "peshmerga", "men", "women",
                           "children"}))
                          + r"))\s*(?:,\s*(?:and\s+)?|\s+and\s+)$", re.I)


#: one person named (two or more name words) between a killing verb and a counted chain: "killed the commander Omar
#: Haddad and an aide"
_LEAD_NAMED = re.compile(r"\b(?:kill(?:ed|ing)|assassinat(?:ed|ing))\s+(?:the\s+)?(?:[\w'’.-]+\s+){0,4}?"
                         r"(?P<name>(?:[A-Z][\w'’-]+|[ae]l-[\w'’-]+)(?:\s+(?:[A-Z][\w'’-]+|[ae]l-[\w'’-]+)){1,3})"
                         r"\s*(?:,\s*(?:and\s+)?|\s+and\s+)$")


#: a named person opening a clause before "and" a counted chain of his own people ("Haddad and three of his guards")
_LEAD_NAME = re.compile(r"(?:^\W*|[,;:]\s*|\b(?:when|as|while|that)\s+)(?!(?:The|A|An|This|That|In|On|At|Both)\b)"
                        r"(?:(?:[A-Z][a-z]+\s+)?(?:[A-Z][a-z]{1,4}\.\s+){1,2}(?=[A-Z][a-z]))?(?P<name>[A-Z][a-z’'-]+(?:\s+(?:[A-Z][a-z’'-]+|[ae]l-[\w'’-]+)){0,3})\s+and\s+(?P<his>(?:his|her)\s+)?$")
_HIS_PEOPLE = re.compile(r"\b(?:his|her)\b|^\S+\s+others?\b", re.I)  # "Haddad and three of his guards", "Lee and two other
# soldiers": the named one is one of them


def _trail_victim(text: str, chain: list[dict], role: str, out: dict) -> None:
    """Add the one victim named after a counted object of the casualty verb before it ("killed two members of the
    border guard and the driver of the vehicle": 3); not after a subject ("two guards and the driver were killed" is
    read with the chain).

    >>> from analysis.events.roles import casualties
    >>> casualties("A drone strike killed two members of the border guard and the driver of their vehicle")["killed"]
    3
    >>> casualties("A drone strike killed two members of the border guard and the driver fled")["killed"]
    2
    """
    if out[role] is None or not _TRAIL_VICTIM.match(text, chain[-1]["end"]):
        return
    if _last_verb(text[max(0, chain[0]["start"] - 40):chain[0]["start"]]) == role:  # the chain is the verb's object
        out[role] += 1


def _lead_victim(text: str, chain: list[dict], role: str, out: dict) -> None:
    """Add the one victim a casualty verb names before a counted chain ("injuring her, a driver and two
    passengers": 4), when the chain gave the role its number.

    >>> from analysis.events.roles import casualties
    >>> casualties("leaving an officer and five of his men dead")["killed"]
    6
    >>> casualties("The mayor and three of his bodyguards were wounded")["injured"]
    4
    >>> casualties("A senior officer, his driver and a guard were killed")["killed"]
    3
    >>> casualties("Haddad and three of his guards were killed")["killed"]
    4
    >>> casualties("Shells fell on the farm, but the parents and their three sons were killed")["killed"]
    5
    >>> casualties("an attack that resulted in the death of the village head and two residents")["killed"]
    3
    """
    m = _LEAD_VICTIM.search(text, max(0, chain[0]["start"] - 90), chain[0]["start"]) or \
        _LEAD_SUBJECT.search(text, max(0, chain[0]["start"] - 90), chain[0]["start"])
    if m and out[role] is not None and m.end() == chain[0]["start"]:
        out[role] += 2 if m.groupdict().get("two") or m.groupdict().get("pair") else 1  # "A chief, his driver and a guard": 3
    elif out[role] is not None and (lead := _LEAD_NAME.search(text, max(0, chain[0]["start"] - 60), chain[0]["start"])) \
            and (lead.group("his") or _HIS_PEOPLE.search(str(chain[0]["text"]))) and \
            lead.group("name").split()[0].lower() not in DEMONYMS | {"british"}:
        out[role] += 1  # "Haddad and three of his guards were killed": the named one and his men, 4
    elif role == "killed" and out[role] is not None:
        named = _LEAD_NAMED.search(text, max(0, chain[0]["start"] - 120), chain[0]["start"])
        if named and named.end() == chain[0]["start"] and _names(named.group("name")):
            out[role] += 1  # "killed the rebel commander Omar Haddad and an aide": 2


#: a one-word count before a demonym adjective whose noun the next, counted part gives ("One British and two
#: American personnel were killed": the first part's noun elided)
_ELIDED = re.compile(r"\b(?P<n>one|two|three|four|five|six|seven|eight|nine|ten|\d+)\s+(?:[A-Z][a-z]+(?:an|sh|ch|qi|ni|ti|se)|"
                     r"(?-i:U\.?S\.?|U\.?K\.?))"
                     r"\s*(?:,\s*(?:and\s+)?|\s+and\s+)$", re.I)


def _elided_part(text: str, chain: list[dict], role: str, out: dict, told: int | None) -> None:
    """Add a part whose noun is elided before a counted chain that starts with a demonym adjective ("One British
    and two American personnel were killed": 3), when the chain gave the role its number.

    >>> from analysis.events.roles import casualties
    >>> casualties("One British and two American personnel were killed")["killed"]
    3
    >>> casualties("a volley that killed three US and two UK engineers")["killed"]
    5
    >>> casualties("Two American personnel were hurt")["injured"]
    2
    >>> casualties("Two U.S. and one United Kingdom service members were killed")["killed"]
    3
    """
    m = _ELIDED.search(text, max(0, chain[0]["start"] - 40), chain[0]["start"])
    first = str(chain[0]["noun_phrase"]).split()
    if m is None or told is not None or out[role] is None or not first or not first[0][:1].isupper() or \
            not (re.search(r"(?:an|sh|ch|qi|ni|ti|se)$", first[0]) or first[0].replace(".", "") in ("US", "UK") or
                 " ".join(first[:2]) in ("United Kingdom", "United States")):  # "two U.S. and one United Kingdom ..."
        return
    n = parse_count(m.group("n"))[0]
    if n is not None:
        out[role] += int(n)


#: a second count told by its place only, after a count located by its own ("13 fighters in Syria, and 16 in Iraq")
_OTHER_PLACE_PART = re.compile(r"\s+(?:[\w'’-]+\s+){0,6}?in\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2},?\s+and\s+"
                               r"(?:another\s+)?(?P<n>" + _NUM + r")\s+(?:more\s+|others?\s+)?in\s+(?:the\s+)?[A-Z]"
                               r"(?![^.;,]{0,40}?\b(?:were|was|are|is|had|have|has)\b)")


def _other_place_part(text: str, chain: list[dict], role: str, out: dict, told: int | None) -> None:
    """Add a count whose noun is elided and whose place differs from the counted chain's ("killing at least 13
    members of armed groups in Syria, and 16 in Iraq": 29), when the chain gave the role its number.

    >>> from analysis.events.roles import casualties
    >>> casualties("killing at least 13 members of armed groups in Syria, and 16 in Iraq")["killed"]
    29
    """
    m = _OTHER_PLACE_PART.match(text, chain[-1]["end"])
    if m is None or told is not None or out[role] is None:
        return
    n = parse_count(m.group("n"))[0]
    if n is not None:
        out[role] += int(n)


#: a later total that a counted increment raises ("14 more were diagnosed ..., raising the total to 64")
_TOTAL_TO = re.compile(r"\b(?:rais|bring|tak|push)(?:ing|es|ed|s|e)?\s+(?:the\s+)?(?:total|tally|count|number)"
                       r"(?:\s+(?:number\s+)?of\s+(?:the\s+)?(?:wounded|injured|injuries|dead|deaths|casualties|victims|"
                       r"cases|(?:service\s+)?members|troops|personnel|people))?\s+(?:so\s+far\s+)?to\s+" + _QUAL +
                       r"(?P<n>\d+|[a-z]+(?:-[a-z]+)?)\b", re.I)


#: the same total as the next clause of a sentence (a mention's clause is read with it)
TOTAL_TAIL = re.compile(r"\s*,\s*(?:rais|bring|tak|push)(?:ing|es|ed|s|e)?\s+(?:the\s+)?(?:total|tally|count|number)\b"
                        r"[^.;]{0,80}", re.I)


def _total_to(text: str, out: dict) -> None:
    """Replace the one counted role by the total a sentence says the count raised ("14 more troops were diagnosed
    with brain injuries, raising the total to 64": 64 injured); nothing when both roles were counted.

    >>> from analysis.events.roles import casualties
    >>> casualties("Four more guards were wounded, bringing the total to 11.")["injured"]
    11
    >>> casualties("Four guards were wounded, raising the total number of attacks to 60.")["injured"]
    4
    """
    if "total" not in text and "tally" not in text and "number" not in text and "count" not in text:
        return
    roles = [r for r in ("killed", "injured") if out[r] is not None]
    m = _TOTAL_TO.search(text)
    if m is None or len(roles) != 1:
        return
    n = parse_count(m.group("n"))[0]
    if n is not None and n >= out[roles[0]]:
        out[roles[0]] = int(n)


#: one more victim told with the one named as killed: "killed X, along with a top Iraqi commander", "killed X and
#: an Iraqi paramilitary commander", "X was killed ... along with Iranian Gen. Qassem Soleimani"
_COMPANION_TITLE = (r"(?:a|an|one|the|his|another)\s+(?:[\w'’.-]+\s+){0,4}?(?:commander|leader|general|official|chief|"
                    r"deputy|aide|adviser|advisor|officer|bodyguard|driver|guard|colonel|cleric|lieutenant)\b")
_COMPANION = re.compile(r"(?:,?\s+(?:(?:along|together)\s+with|alongside)|\s+and)\s+" + _COMPANION_TITLE + r"|"
                        r",?\s+(?:(?:along|together)\s+with|alongside)\s+(?:(?:Iranian|Iraqi|Syrian|Lebanese|top|senior|Gen\.|General|"
                        r"Maj\.|commander|leader)\s+){0,4}(?P<name>[A-Z][a-z’']+(?:\s+(?:[A-Z][a-z’']+|[ae]l-[A-Z][\w’']+)){1,3})")
#: before "alongside", a relative clause after the victim or a verb of a shared past ("X, who had fought alongside a
#: commander"): the commander is no second victim
_NOT_BESIDE = re.compile(r"\b(?:who|whom|whose|which|that)\b|\b(?:fought|fighting|served|serving|worked|working|"
                         r"trained|training)(?:\s+[\w-]+){0,2}?,?$", re.I)
_WHO_KILLED_ONE = re.compile(r"\b[A-Z][a-z’']+\s+(?:(?:[A-Z]|[ae]l-)[\w’'-]+\s+){0,2}(?:[A-Z]|[ae]l-)[\w’'-]+,?\s+who\s+"
                             r"was\s+(?:\w+\s+)?"
                             r"(?:killed|assassinated)\b")


def companions(text: str, named: list[str]) -> int:
    """How many victims (0 to 2) a clause tells along with the one it names as killed: a titled person ("and an
    Iraqi commander", "along with a top commander") or a name not already counted.

    >>> companions("a drone strike killed Gen. Qassem Soleimani, along with a top Iraqi commander", ["Qassem Soleimani"])
    1
    >>> companions("killed the Iranian commander Qasem Soleimani and an Iraqi militia commander in Baghdad", [])
    1
    >>> companions("killed the general in a drone strike along with his plans", [])
    0
    """
    kill = re.search(r"\b(?:kill|assassinat|death)", text, re.I)
    if kill is None:
        return 0
    n = 0
    for m in _COMPANION.finditer(text, kill.start()):
        name = m.group("name")
        if name and any(name in v or v in name for v in named) or \
                "alongside" in m.group().lower() and _NOT_BESIDE.search(text, kill.start(), m.start()):
            continue
        n += 1
    return min(n, 2)


#: the number words a stated toll may use
_TOLL_N = (r"(?P<n>\d+|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-(?:one|two|three|four|five|six|seven|"
           r"eight|nine))?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|"
           r"seventeen|eighteen|nineteen)\b(?!\s*(?:euros?|dollars?|pounds?|cents?|rupees?|yuan|per\b|km\b|miles?))"
           r"(?!\s*(?:percent|%))")
#: the subject of a death toll: "the death toll", "the toll", "the number of (the) dead", "the number of civilians
#: (who were) killed"
_TOLL_SUBJECT = (r"\b(?:(?:death\s+)?toll|toll\s+of\s+(?:the\s+)?dead|number\s+of\s+(?:the\s+)?(?:dead|deaths)|"
                 r"number\s+of\s+(?:[a-z]+\s+){1,2}?(?:(?:who|that)\s+(?:were|have\s+been|had\s+been)\s+)?"
                 r"(?:killed|dead|died))\b")
#: a time between the verb and its figure ("rose on Friday to 32", "climbed overnight to 9")
_RISE_WHEN = r"(?:(?:on\s+(?:[A-Z][a-z]+day|[a-z]+day)|overnight|later|further|again|yesterday|today)\s+)?"
_TOLL_RISE = r"(?:has\s+|had\s+)?(?:(?:risen|rose|rises|climbed|climbs|reached|increased|jumped|jumps|grew|grown)\s+" + \
    _RISE_WHEN + r"to|reached|reaches)"
#: a death toll stated as such: "the death toll climbed to 40", "the toll stood at 12", "the number of people killed
#: has risen to 6", and told the other way round: "it rose to 9, ..., the number of people who were killed"
_TOLL = re.compile(_TOLL_SUBJECT + r"(?:[^.;]|(?<=[A-Z][a-z]{2})\.){0,120}?\b(?:" + _TOLL_RISE + r"|(?:stands?|stood)\s+at|(?:is|was)(?:\s+(?:now|actually|in\s+fact|really))?)"
                   r"\s+" + _QUAL + _TOLL_N, re.I)
_TOLL_BACK = re.compile(r"\b(?:it\s+)?(?:has\s+|had\s+)?(?:risen|rose|climbed|increased|jumped)\s+to\s+"
                        r"(?:(?:at\s+least|more\s+than|over|about|around|nearly|some)\s+)?" + _TOLL_N +
                        r"[^.;]{0,80}?\bthe\s+" + _TOLL_SUBJECT[2:], re.I)
#: a toll that covers more than the event told ("the toll of this week's attacks", "since Friday"): not its update
_WIDER_TOLL = re.compile(r"\b(?:this|last|past)\s+(?:week|month|year)|\bsince\s+(?!(?:risen|rose|climbed|increased|jumped|"
                         r"reached)\b)|\bso\s+far\s+this\b|\bin\s+(?:all|total)\b"
                         r"|\battacks\b", re.I)


_RISE_WORDS = ("rose", "risen", "rises", "climbed", "climbs", "increased", "jumped", "jumps")


def rising_toll(text: str) -> int | None:
    """The figure of a death toll a sentence says has risen ("The toll later rose to nine"), not a wider tally.

    >>> rising_toll("The death toll later rose to nine, a doctor said."), rising_toll("The toll stood at 4.")
    (9, None)
    >>> rising_toll("The toll of this month's attacks rose to 40.") is None
    True
    """
    if not any(w in text for w in _RISE_WORDS):
        return None
    m = _TOLL.search(text) or _TOLL_BACK.search(text)
    if not m or not any(w in m.group() for w in _RISE_WORDS) or _WIDER_TOLL.search(m.group()):
        return None
    n = parse_count(m.group("n"))[0]
    return int(n) if n is not None else None


#: a wounded toll stated as such: "the number of wounded rose to 15", "the toll of injured reached 30"
_WOUNDED_TOLL = re.compile(r"(?:\b(?:number|toll|count|tally)\s+of\s+(?:the\s+)?(?:wounded|injured|injuries)\b[^.;]{0,60}?\b(?:"
                           r"(?:has\s+|had\s+)?(?:risen|rose|climbed|reached|increased|jumped|grew|grown)\s+to|(?:stands?|stood)\s+at|"
                           r"(?:is|was)(?:\s+now)?)|\bthe\s+(?:wounded|injured)\s+(?:were|numbered|reached|rose\s+to))\s+" +
                           _QUAL + _TOLL_N, re.I)  # "... rose to five, while the wounded were 30": 30


#: a death toll revised by whoever gives it ("lowered the death toll from 41 to at least 25", "revised the toll in the
#: attacks from 40 killed to 23"): the revised figure, lower or higher
_TOLL_REVISED = re.compile(r"\b(?:lowered|revised|raised|cut|reduced|updated|corrected)\s+(?:the|its|their)\s+(?:death\s+)?toll\b"
                           r"(?:[^.;]{0,60}?\bfrom\s+(?:\d+|[a-z]+)\s+(?:killed\s+|dead\s+)?|[^.;]{0,80}?\s)to\s+" + _QUAL + _TOLL_N, re.I)


def revised_toll(text: str) -> int | None:
    """The figure a death toll was revised to, up or down ("lowered the death toll from 41 to 25").

    >>> revised_toll("The health office lowered the death toll from 41 to at least 25."), revised_toll("Toll: 4")
    (25, None)
    """
    r = _TOLL_REVISED.search(text) if "toll" in text else None
    n = parse_count(r.group("n"))[0] if r else None
    return int(n) if n is not None else None


#: wounded who later died of their wounds, told apart from the toll: "one of the wounded later died", "two of the
#: injured men succumbed", "one of whom died of his wounds" (a wound word after "them"/"whom"; not "of a heart attack")
_DIED_OF_WOUNDS = re.compile(r"\b(?P<n>one|two|three|four|five|\d{1,2})\s+of\s+(?:(?:the|those)\s+)?(?:(?P<w>wounded|injured)"
                             r"(?:\s+[a-z]+)?|them|whom)\s+(?:[^.;]{0,60}?\s)?(?:(?:later|subsequently|then|also|since)\s+)?"
                             r"(?:(?:died|succumbed|passed\s+away)(?(w)(?!\s+(?:of|from)\s+(?:an?\s+)?(?:heart|cardiac|"
                             r"natural|illness|disease|covid))|\s+(?:to|of|from)\s+(?:his|her|their)\s+(?:wounds|injuries)))\b",
                             re.I)


def died_of_wounds(text: str) -> int:
    """How many of the wounded a sentence says later died of their wounds (0 when none).

    >>> died_of_wounds("Hospital staff said one of the wounded later died."), died_of_wounds("One of them died of his wounds")
    (1, 1)
    >>> died_of_wounds("One of them died of a heart attack"), died_of_wounds("one of the injured died of a heart attack")
    (0, 0)
    """
    if "died" not in text and "succumb" not in text and "passed" not in text:
        return 0
    m = _DIED_OF_WOUNDS.search(text)
    n = parse_count(m.group("n"))[0] if m else None
    return int(n) if n is not None else 0


def _death_toll(text: str, out: dict) -> None:
    """Killed from a stated death toll: when no other count gave it, or as the latest figure for the same dead when
    the toll rose above it ("killing five ...; the toll rose to 9": 9), unless the toll covers more than the event.

    >>> o = {"killed": None, "injured": None}; _death_toll("The death toll of the raid has climbed to 40", o); o["killed"]
    40
    >>> o = {"killed": 5, "injured": None}; _death_toll("Five were killed; the toll later rose to 9", o); o["killed"]
    9
    >>> o = {"killed": 2, "injured": None}; _death_toll("it rose to 6, the number of people killed", o); o["killed"]
    6
    """
    m = (_TOLL.search(text) or _TOLL_BACK.search(text)) if "toll" in text or "number of" in text or "dead" in text \
        else None
    n = parse_count(m.group("n"))[0] if m and not _WIDER_TOLL.search(m.group()) else None
    if n is not None and (out["killed"] is None or n > out["killed"]):
        out["killed"] = int(n)
    revised = revised_toll(text)
    if revised is not None:
        out["killed"] = revised  # "lowered the death toll from 41 to 25": 25
    w = _WOUNDED_TOLL.search(text) if out["injured"] is None and ("wound" in text or "injur" in text) else None
    if w and parse_count(w.group("n"))[0] is not None:
        out["injured"] = int(parse_count(w.group("n"))[0])  # "the number of wounded rose to 15": 15


#: a month's name just before a number: the number is a day ("on Jan. 8 injured dozens")
_DAY_MONTH_BEFORE = re.compile(r"\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
                               r"sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?\s+$", re.I)


def _bare_casualties(text: str, out: dict, used: list[tuple[int, int]]) -> None:
    """Counts whose noun is left out: "and 12 wounded", "one was injured", "killing two", "claiming 31 lives".

    >>> o = {"killed": None, "injured": None, "qualifiers": []}
    >>> _bare_casualties("an attack that killed about 1,200", o, []); o["killed"], o["qualifiers"]
    (1200, ['killed=about'])
    >>> from analysis.events.roles import casualties
    >>> casualties("An attack on the base on Jan. 8 injured dozens of soldiers.")["injured"] is None
    True
    """
    if not opens("bare_casualties", text):
        return  # the expressions need one of the family's words (``gates.GATES``)
    found = [(m, m.group("c"), rx is _BARE_BEFORE) for rx in (_BARE_AFTER, _BARE_BEFORE) for m in rx.finditer(text)]
    covered = {i for s, e in used for i in range(s, e)}  # a set, not a scan of ``used`` per count: linear
    for m, verb, verb_first in found + [(m, "killed", False) for m in _LIVES.finditer(text)]:
        if m.start("n") in covered or not verb_first and _DAY_MONTH_BEFORE.search(text, max(0, m.start("n") - 12), m.start("n")):
            continue  # "the attack on January 8 injured dozens": a day, no count
        if verb.lower() in ("kill", "wound", "injure") and _UNREAL_BEFORE.search(text, max(0, m.start() - 60), m.start()):
            continue  # "If the bombings kill 10, ...", "raids that could kill 50": no toll told
        role = "killed" if verb.lower().startswith(("kill", "dead", "die", "death", "martyr")) or "lives" in verb \
            else "injured"
        value = 1 if m.group("n").lower().startswith(("another", "one other")) else parse_count(m.group("n"))[0]
        if value is None:
            out["qualifiers"].append(f"{role}={m.group('n').lower()}")
            continue
        if out[role] is not None and verb_first and m.group("n").lower().startswith(("another", "one other")) and \
                role not in out.get("_parts", ()):
            out[role] += 1  # "killed a guard, wounded another and hurt four drivers": 4 + 1 wounded
        elif out[role] is None or role in out.get("_parts", ()) and int(value) > out[role]:
            out[role] = int(value)  # "seven injured civilians ... a girl was among the injured": 7, not the part
            q = _QUAL_LABEL.get(re.sub(r"\s+", " ", (m.group("q") or "").lower()), "")
            if q:
                out["qualifiers"].append(f"{role}={q}")
        used.append(m.span("n"))
        covered.update(range(*m.span("n")))


#: a condition or a modal before a bare present "kill": "if the bombings kill", "strikes that could kill"
_UNREAL_BEFORE = re.compile(r"\b(?:[Ii]f|[Uu]nless|could|would|may|might|will|can|should|[Ww]hether)\s+(?:\S+\s+){0,4}$")


_VAGUE_SUBJECT = re.compile(r"\b(?P<q>a\s+number|a\s+few|several|many|dozens|scores|multiple|numerous|a\s+handful)\s+of\s+"
                            r"(?:[\w.'’-]+\s+){0,5}?(?:were|was|have\s+been|had\s+been)\s+(?:\w+\s+)?"
                            r"(?P<c>killed|dead|wounded|injured|hurt)\b", re.I)


def _vague_subjects(text: str, out: dict) -> None:
    """A vague subject of a casualty predicate ("A number of US personnel were injured") keeps its qualifier, so that
    a smaller exact figure of another clause ("one Iraqi was wounded") is not taken for the total.

    >>> o = {"qualifiers": []}; _vague_subjects("A number of US personnel were injured", o); o["qualifiers"]
    ['injured=approx']
    """
    for m in _VAGUE_SUBJECT.finditer(text):
        role = "killed" if m.group("c").lower() in ("killed", "dead") else "injured"
        q = re.sub(r"\s+", " ", m.group("q").lower())
        label = q if q in ("several", "dozens", "many", "multiple") else "approx"
        if not any(x.startswith(role + "=") for x in out["qualifiers"]):
            out["qualifiers"].append(f"{role}={label}")


#: the heading of a casualty-list entry: a place name (no digits), a colon, then a count ("Mosul: 3 by rockets")
ENTRY_HEAD = re.compile(r"^\s*(?:(?:al|el|an|ad|as|ar|at|az)-)?[A-Z][^:;.\d]{1,60}:\s+(?=(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten)\b"
                        r"(?!\s*(?:[ap]\.?m\b|:|\d)))")


def _list_entry(text: str, out: dict) -> None:
    """A casualty-list entry ("Baghdad: 1 shot in Maalif.", "Madain: 2 by IED.", "Mosul: 17 executed; 7 killed by air
    strikes.") counts the dead of each of its segments, as such lists do (bodies found are not an event's dead).

    >>> o = {"killed": None, "injured": None, "killed_who": set(), "injured_who": set(), "qualifiers": []}
    >>> _list_entry("Mosul: 17 executed; 7 killed by coalition air strikes; 10 bodies found.", o); o["killed"]
    24
    >>> o["killed"] = None; _list_entry("Coalition: 2 armed drones shot down at Baghdad airport", o); o["killed"] is None
    True
    """
    head = ENTRY_HEAD.match(text)
    if not head or out["killed"] is not None:
        return
    total = None
    for seg in re.split(r";\s*|,\s+(?=\d)", text[head.end():]):
        m = re.match(_QUAL + r"(?P<n>\d+|one|two|three|four|five|six|seven|eight|nine|ten)\b(?P<rest>[^;]*)", seg, re.I)
        if not m or re.search(r"wound|injur|hurt|bod(?:y|ies)|found|kidnap|arrest|\bshot\s+down\b", m.group("rest"), re.I) \
                or _MUNITION_COUNTED.match(m.group("rest")):
            continue
        value = parse_count(m.group("n"))[0]
        if value is not None:
            total = (total or 0) + int(value)
    if total is not None:
        out["killed"] = total


#: a count of munitions in a list entry ("Army: 3 armed drones shot down"): no dead
_MUNITION_COUNTED = re.compile(r"\s+(?:[\w-]+\s+)?(?:drones?|rockets?|missiles?|mortars?|shells?|projectiles?|uavs?)\b", re.I)


_ONE_VICTIM = re.compile(r"\b(?:(?P<k>kill(?:ed|ing)|assassinat(?:ed|ing)|shot\s+dead)|(?P<w>wound(?:ed|ing)|injur(?:ed|ing)))"
                         r"\s+(?:\w+ly\s+)?(?:him|her|the\s+(?:driver|man|woman|owner|cleric|officer|commander|leader|official|head|chief|deputy|"
                         r"mayor|judge|journalist|activist|professor|doctor|engineer|teacher|candidate|guard|policeman|"
                         r"soldier|passenger|bystander|pedestrian|civilian)|the\s+other(?!\s+(?:\w+s|two|three|four|five|six|"
                         r"seven|eight|nine|ten|\d+)\b)|an?\s+(?:\w+\s+)?(?:passenger|bystander|pedestrian|"
                         r"driver|cleric|activist|professor|journalist|shopkeeper|aide|bodyguard|lawyer|schoolgirl|schoolboy))\b", re.I)


#: one victim named by a pronoun after a present verb, headline-style ("Sticky bomb under a judge's car kills him")
_PRESENT_ONE = re.compile(r"\b(?:(?P<k>kills)|(?P<w>wounds|injures))\s+(?:him|her)\b(?!\s*[’']s\b)")
#: one service member told by the unit he served in, as military releases tell a death ("A soldier assigned to the 1st
#: Brigade died on Monday of wounds", "Another soldier attached to the 3rd Engineer Battalion was killed")
_ASSIGNED_ONE = re.compile(r"\b(?:a|an|another|the)\s+(?:[\w-]+\s+)?(?:soldier|marine|sailor|airman|service\s*member|"
                           r"trooper|contractor|paratrooper)\s+(?:assigned|attached|deployed|serving)\s+(?:to|with|in)\s+"
                           r"(?:(?!\b(?:said|says|told|tells|whose|who|that|which|when)\b)[^,;.]){1,60}?\s+"
                           r"(?:(?:was|had\s+been)\s+(?:\w+ly\s+)?(?:(?P<k>killed)|(?P<w>wounded|injured|hurt))|"
                           r"(?P<k2>died))\b", re.I)
#: one victim by a pronoun between the verb and its state: "shot him dead", "beat her to death", "left him wounded"
_HIM_DEAD = re.compile(r"\b(?:shot|shooting|shoots|beat|beating|stabbed|stabbing|left|leaving)\s+(?:him|her)\s+"
                       r"(?:(?P<k>dead|to\s+death)|(?P<w>wounded|injured|seriously\s+(?:wounded|injured)))\b", re.I)


#: one victim named by a title and a name after a casualty verb ("gunned down police Major X Y", "wounded Judge X")
_TITLED_VICTIM = re.compile(r"\b(?:(?P<k>kill(?:ed|ing)|assassinat(?:ed|ing)|shot\s+dead|gunned\s+down)|(?P<w>wound(?:ed|ing)|"
                            r"injur(?:ed|ing)))\s+(?:(?:police|army|retired|former)\s+)?(?:Brigadier|General|Gen\.|Colonel|Col\.|"
                            r"Major|Captain|Lieutenant|Lt\.|Sheikh|Judge|Dr\.|Mayor|Governor)(?:\s+General)?\s+[A-Z][\w'’-]+"
                            r"(?!\s+and\b)")
_ONE_PERSON = "|".join(sorted(w for w in PEOPLE_NOUNS if not w.endswith(("s", "men")) and w not in  # "gunmen": many
                              {"people", "police", "staff", "crew", "family", "other", "personnel", "peshmerga", "men",
                               "women", "children"}))
#: one victim told headline-style, a present verb and a bare singular noun ("Car bomb kills civil engineer")
_HEADLINE_ONE = re.compile(r"\b(?:(?P<k>kills|Kills|Kill)|(?P<w>wounds|Wounds|injures|Injures))\s+(?:[A-Za-z-]+\s+)?(?:" + _ONE_PERSON +
                           r")(?=\s*(?:[.:]|$)|\s*,(?!\s*(?:\d|two|three|four|five|six|seven|eight|nine|ten|his|her|their|an?|the|another|"
                           r"several|dozens|many|others?)\b)|\s+(?:in|at|on|near|outside|after|during|as|and\s+(?:wound|injur|"
                           r"hurt)\w*)\b)")
#: one victim named by a noun phrase after a casualty noun ("the death of the SDF fighter", "the injury of a child")
_NOUN_VICTIM = re.compile(r"\b(?:(?P<k>death|killing|assassination)|(?P<w>injury|wounding))\s+(?:of|to)\s+(?:the|an?|one)\s+"
                          r"(?:[\w.'’-]+\s+){0,2}?(?:" + _ONE_PERSON + r"|general|commander|leader|official|bomber|attacker|"
                          r"gunman|assailant)\b", re.I)  # "the immediate death of the vehicle's driver", "of the bomber"
#: a killing only plotted, attempted or charged ("plotted the assassination of a judge"): no death
_PLOTTED_BEFORE = re.compile(r"\b(?:plot\w*|plann\w*|plans?|foil\w*|attempt\w*|fail\w*|order\w*|conspir\w*|accus\w*|"
                             r"charg\w*|thwart\w*|try\w*|tried)\s+(?:to\s+\w+\s+)?(?:the\s+|an?\s+)?(?:[\w-]+\s+)?$", re.I)
#: one victim's harm told by a possessive after a verb of cause ("which caused his death", "resulting in her injury")
_HIS_HARM = re.compile(r"\b(?:caus(?:ed|es|ing)|result(?:ed|s|ing)\s+in|le(?:d|ads|ading)\s+to)\s+(?:his|her)\s+"
                       r"(?:immediate\s+|instant\s+|serious\s+)?(?:(?P<k>death)|(?P<w>injury|wounding))\b", re.I)
#: "wounded another in X", "another was injured" (one), "killing both" (two), when no count was read
_MORE_VICTIMS = re.compile(r"\b(?:(?P<k>kill(?:ed|ing))|(?P<w>wound(?:ed|ing)|injur(?:ed|ing)))\s+(?:them\s+)?"
                           r"(?P<n>another|both)\b(?!\s+of\b)(?!\s+(?:\d|(?:two|three|four|five|six|seven|eight|nine|ten|"
                           r"eleven|twelve|twenty|dozen)\b))|\b(?P<n2>another|both|a\s+(?:second|third|fourth|fifth))"
                           r"(?:\s+(?:person|one|" + _ONE_PERSON + r"))?\s+"
                           r"(?:was\s+|were\s+|had\s+been\s+)?(?:(?P<k2>killed|dead)|(?P<w2>wounded|injured|hurt|"
                           r"(?:sustained|suffered)\s+(?:\w+\s+)?(?:injuries|wounds)))\b", re.I)  # "another suffered wounds"


#: the one wounded victim dying of the wounds ("and she later died", "he later succumbed to his wounds")
_HE_DIED = re.compile(r"\b(?:he|she)\s+(?:(?:later|subsequently|then|also)\s+)?(?:died|succumbed)\b", re.I)
#: one person by a singular noun
_ONE_NOUN = r"(?:owner|companion|colleague|relative|neighbou?r|" \
            r"bodyguard|escort|friend|cousin|nephew|niece|grandson|granddaughter|grandfather|grandmother|uncle|aunt|sister|" \
            r"youth|general|colonel|brigadier|captain|lieutenant|sheikh|chief|governor|" \
            r"mayor|" + _ONE_PERSON + r")\b"
_DET_ONE = r"(?:the|its|his|her|their|a|an|[a-z][\w-]+['’]s)\s+(?:(?:[A-Z]\.){2,}\s+|[\w-]+\s+){0,2}?" + _ONE_NOUN
# ("a U.S. contractor", "Iran’s most revered general")
#: one more victim after a counted object, named by a singular noun ("killed two guards of the post and the driver of
#: their car"): the object's own phrase, then "and" and a determiner, not followed by a verb of its own
_TRAIL_VICTIM = re.compile(r"(?:\s+(?:of|from|in|at|with|on)\s+(?:[\w.'’-]+\s+){0,3}?[\w.'’-]+)?\s+and\s+(?:the|their|its|his|her)\s+(?:[\w-]+\s+)?" + _ONE_NOUN +
                           r"(?!\s*,?\s+(?:were|was|had|has|have|is|are|who|\w+ed|fled|escaped|ran|survived)\b|[^,.;]{0,40}?\b(?:said|says|told|added|reported)\b)", re.I)
#: a vague group given the other role by its own verb ("killed a guard and several others were wounded"); the
#: conditional reads the verb group ``k`` of ``_SINGLE_VICTIMS``, where it is used
_OTHER_ROLE = r"(?![\w\s-]{0,30}?\s+(?:were|was|had)\s+(?:been\s+)?(?(k)(?:wounded|injured|hurt)|killed)\b)"
#: one or two victims named by singular noun phrases ("wounding its driver", "injuring a woman and her child"), or
#: the next of a series ("killing two fighters and wounding a third")
_SINGLE_VICTIMS = re.compile(r"\b(?:(?P<k>kill(?:ed|ing)|assassinat(?:ed|ing)|shot\s+dead|gunned\s+down|fatally\s+(?:shot|stabbed))|"
                             r"(?P<w>wound(?:ed|ing)|injur(?:ed|ing)))\s+(?:at\s+least\s+)?(?:(?P<a>"
                             + _DET_ONE + r")(?P<b>\s+and\s+(?:" + _DET_ONE + r"|(?:" + _ONE_PERSON + r")\b))?"
                             r"(?![\w\s-]{0,30}?\s+and\s+(?:other|multiple|several|many|numerous|dozens|scores)\b"
                             + _OTHER_ROLE + r")|"
                             r"a\s+(?:second|third|fourth|fifth)\b)", re.I)  # not "a soldier and several contractors"
#: one victim named as the first subject before a counted chain: "The mayor and three of his bodyguards were wounded";
#: or two, by a noun that means a pair of people ("the parents and their three children were killed": 5)
_LEAD_SUBJECT = re.compile(r"(?:^\W*|[,;:]\s*|\b(?:and|while|when|as|whereas|but)\s+)(?:(?P<two>" + _DET_ONE + r",\s+)?" + _DET_ONE +
                           r"(?:\s+(?:from|of)\s+(?:the\s+)?(?:[\w'’´.-]+\s+){0,3}?[\w'’´.-]+)?|"
                           r"(?P<pair>(?:(?:the|his|her|their)\s+)?(?:parents|twins)))\s+and\s+(?:his\s+|her\s+|their\s+)?$", re.I)
#: a count added to the victims told before it: "... was wounded along with two civilians"
_ALONG = re.compile(r"\b(?:(?P<k>killed|dead)|wounded|injured|hurt)\s+(?:along|together)\s+with\s+(?:the\s+|his\s+|her\s+|"
                    r"their\s+)?$", re.I)


def _along_with(text: str, chain: list[dict], out: dict, used: list[tuple[int, int]]) -> bool:
    """Add a chain told "along with" victims just named (one victim when none was counted); True if it was.

    >>> o = {"killed": None, "injured": None, "killed_who": set(), "injured_who": set(), "qualifiers": []}
    >>> t = "A soldier was wounded along with two civilians"
    >>> from analysis.events.counts import count_rows
    >>> _along_with(t, [r for r in count_rows(t) if r["noun"] == "civilians"], o, []), o["injured"]
    (True, 3)
    """
    m = _ALONG.search(text, max(0, chain[0]["start"] - 45), chain[0]["start"])
    if m is None or m.end() != chain[0]["start"]:  # "she, along with three cousins, was hurt": the verb after them
        t = _ALONG_TOLD.search(text, max(0, chain[0]["start"] - 45), chain[-1]["end"] + 30)  # near the chain only
        m = t if t is not None and t.start("chain") == chain[0]["start"] and t.end("chain") == chain[-1]["end"] else None
    values = [r["low"] if r["value"] is None and r["qualifier"] == "range" else r["value"] for r in chain]
    if m is None or any(v is None for v in values):
        return False
    role = "killed" if m.group("k") else "injured"
    out[role] = (1 if out[role] is None else out[role]) + int(sum(values))
    used += [(r["start"], r["end"]) for r in chain]
    return True


#: a list of victims told "along with" the one a casualty verb names: "was shot dead along with her driver and bodyguard"
_ALONG_ONE = r"(?:(?:the|its|his|her|their|a|an)\s+)?(?:[\w-]+\s+){0,2}?" + _ONE_NOUN + r"(?![-'’])"
_ALONG_LIST = re.compile(r"\b(?:(?P<k>killed|dead)|wounded|injured|hurt)(?P<obj>\s+(?:the|a|an)\s+(?:[\w-]+\s+){0,2}?"
                         + _ONE_NOUN + r")?(?P<along>\s+(?:along|together)\s+with\s+)", re.I)  # "killed an aide along with"
_ALONG_ONE_RX = re.compile(_ALONG_ONE, re.I)
_ALONG_SEP = re.compile(r"\s*,\s*(?:and\s+)?|\s+and\s+")
#: a plural subject before the verb ("guards were killed along with a driver"): the count of the first victims unknown
_PLURAL_SUBJECT = re.compile(r"\b(?:were|are|have\s+been)\s+(?:\w+\s+){0,3}?$", re.I)


def _along_list(text: str, rows: list[dict], out: dict) -> None:
    """Add the victims listed "along with" the first (one, or the count told before the verb) when the list names
    one by a singular noun ("his driver"), which no count reads; counted parts of the list are added too.

    >>> from analysis.events.roles import casualties
    >>> casualties("A judge was shot dead along with her driver and bodyguard")["killed"]
    3
    >>> casualties("An official was killed along with his wife and two children")["killed"]
    4
    >>> casualties("Gunmen killed an official along with her driver and two guards")["killed"]
    4
    """
    counted = {r["start"]: r for r in rows}
    for m in _ALONG_LIST.finditer(text):
        role = "killed" if m.group("k") else "injured"
        listed, singles = _listed_victims(text, m.end(), counted)
        if not singles:
            continue  # a counted list alone is ``_along_with``'s
        chained = out.get("_chained", {}).get(role)
        if chained and chained[1] <= m.start("along") and not m.group("obj"):
            base = out[role]
        elif _PLURAL_SUBJECT.search(text, max(0, m.start() - 40), m.start()):
            continue
        else:
            base = 1
        out[role] = max(out[role] or 0, base + listed)


def _listed_victims(text: str, pos: int, counted: dict[int, dict]) -> tuple[int, int]:
    """How many victims a list from ``pos`` names ("her driver, two guards and a cook": 4) and how many of them by a
    singular noun alone (2); an uncounted plural ends the list."""
    total = singles = 0
    while True:
        row = counted.get(pos)
        one = None if row else _ALONG_ONE_RX.match(text, pos)
        if row and row["value"] is not None and str(row["noun"]) in PEOPLE_NOUNS | DEMONYMS:
            total, pos = total + int(row["value"]), int(row["end"])
        elif one:
            total, singles, pos = total + 1, singles + 1, one.end()
        else:
            return total, singles
        sep = _ALONG_SEP.match(text, pos)
        if sep is None:
            return total, singles
        pos = sep.end()


#: one victim told with others before their verb: "she, along with three cousins, was hurt" (four)
_ALONG_TOLD = re.compile(r"\b(?:he|she|[A-Z][\w'’-]+),\s+(?:along|together)\s+with\s+(?:the\s+|his\s+|her\s+)?"
                         r"(?P<chain>[^,;.]{1,60}?),?\s+(?:was|were|had\s+been)\s+(?:\w+ly\s+)?"
                         r"(?:(?P<k>killed|shot\s+dead)|wounded|injured|hurt)\b")
#: one victim named after a counted subject: "Two fighters and their commander were killed", or told by where he came
#: from, his noun elided: "Two American personnel and one from Britain were killed"
#: what may stand between a count and the one more victim after it: the counted's unit and a participle aside ("Ten
#: jawans of the District Reserve Guard (DRG), returning in a van from an operation, and their driver were killed")
_BEFORE_TRAIL = re.compile(r"(?:\s+(?:of|from)\s+(?:the\s+)?(?:[A-Z][\w'’.-]*\s+){0,4}[A-Z][\w'’.-]*(?:\s+\([A-Z]{2,8}\))?)?"
                           r"(?:\s*,\s+[a-z]+ing\b[^,;.()]{0,80},)?")
_TRAIL_ONE = re.compile(r"\s+and\s+(?:" + _DET_ONE + r"|(?:one|another)\s+(?:from|of)\s+(?:the\s+)?(?:[\w.'’-]+\s+){0,2}?"
                        r"[\w.'’-]+)(?=,?\s+(?:were|was|have|had|are)\b|\s+(?:dead|wounded|injured)\b)", re.I)
#: a second plural noun under the same count: "10 soldiers and pro-government fighters were killed" (ten in all; not
#: "and other troops", "and two civilians", "and their commander": a quantifier, a number or a determiner opens those)
_TRAIL_NOUNS = re.compile(r"\s+and\s+(?!(?:other|others|several|many|some|numerous|dozens|scores|the|their|his|her|its|an?|"
                          r"\d+|one|two|three|four|five|six|seven|eight|nine|ten)\b)(?:[\w'’-]+\s+){0,2}?(?:" +
                          "|".join(sorted(w for w in PEOPLE_NOUNS if w.endswith("s") or w in {"personnel", "police",
                                                                                           "militiamen", "men"})) +
                          r")(?=,?\s+(?:were|have\s+been|had\s+been)\b)", re.I)
#: one or two victims between a verb and their state: "shot a man dead", "left the officer and his driver wounded"
_LEFT_VICTIMS = re.compile(r"\b(?:left|leaving|leaves|shot|shooting)\s+(?P<a>" + _DET_ONE + r")(?P<b>\s+and\s+" + _DET_ONE +
                           r")?\s+(?:(?P<k>dead|to\s+death)|(?P<w>wounded|injured|hurt|in\s+a\s+coma))\b", re.I)
#: one victim as the subject of a casualty predicate: "and the local police chief wounded", "A tribal leader's
#: brother was wounded" (a noun phrase that ``count_rows`` does not count)
_ONE_SUBJECT = re.compile(r"(?:^\W*(?:[A-Z]{3,}+[A-Z ]*+\s*[-–—]\s*)?|\band\s+|;\s*)(?:the|a|an|another|his|her|its|their)\s+"
                          r"(?:[\w'’.-]+\s+){0,3}?(?:" + _ONE_PERSON +
                          r"|chief|head|director|governor|sheikh|mayor|brother|son|father|husband)"
                          r"(?:\s+of\s+(?:the\s+|an?\s+)?(?:(?!(?:was|were|is|and|had|has)\b)[\w'’-]+\s+){0,4}?"
                          r"(?!(?:was|were|is|and|had|has)\b)[\w'’-]+)?"  # "The mayor of the small town of X"
                          r"(?:,[^,;.]{1,40},)?\s+(?:(?:was|had\s+been)\s+)?(?:also\s+)?(?:\w+ly\s+)?(?:(?P<k>killed|shot\s+dead|lost\s+(?:his|her)\s+life)|"
                          r"(?P<w>wounded|injured|hurt|in\s+(?:a\s+)?(?:critical|serious|grave)\s+condition))\b", re.I)
#: two singular victims as one subject: "a council member and a farmer were wounded"
_TWO_ONES = re.compile(r"(?:^\W*|[,;:–—]\s*|\b(?:and|while|when|as|that)\s+)"
                       r"(?=[^.;]{0,160}?\b(?:killed|shot\s+dead|wounded|injured|hurt)\b)(?:the|a|an|his|her|its|their)\s+"
                       r"(?:[\w().'’-]+\s+){0,4}?(?:" + _ONE_PERSON + r")\s+and\s+" + _DET_ONE +
                       r"\s+(?:were|had\s+been|have\s+been)\s+(?:\w+ly\s+)?(?:(?P<k>killed|shot\s+dead)|(?P<w>wounded|injured|hurt))\b",
                       re.I)
#: three or more singular victims listed as one subject: "a farmer, his wife and a neighbour were wounded", "a woman, man,
#: and child were killed" (each item one person; the count is the number of items)
_DET_OPT = r"(?:(?:the|a|an|his|her|its|their)\s+)?(?:[\w'’-]+\s+)?"
_ONE_LIST = re.compile(r"(?:^\W*|[,;:–—]\s*|\b(?:and|while|when|as|that|but)\s+)(?:the|a|an|his|her|its|their)\s+"
                       r"(?:[\w'’-]+\s+)?(?:" + _ONE_PERSON + r")(?P<items>(?:\s*,\s*" + _DET_OPT + r"(?:" + _ONE_PERSON +
                       r")\b){1,4}),?\s+and\s+" + _DET_OPT + r"(?:" + _ONE_PERSON + r")\s+(?:were|had\s+been|have\s+been)\s+"
                       r"(?:\w+ly\s+)?(?:(?P<k>killed|shot\s+dead)|(?P<w>wounded|injured|hurt))\b", re.I)
#: one person of a list: a role with its determiner ("his deputy", "another fighter", "one of his aides")
_LIST_ONE = (r"(?:(?:the|a|an|his|her|its|their|another|one\s+of\s+(?:his|her|their))\s+)(?:[\w'’-]+\s+)?(?:"
             + _ONE_PERSON + r"|deputy|aides|bodyguards|guards)\b")
#: the objects of killing or wounding listed one by one, the first maybe a name with its role ("killed commander Ali
#: al-Debs, his deputy, and another fighter", "wounding a guard, his son and a driver")
_OBJECT_LIST = re.compile(r"\b(?:(?P<k>killed|killing)|(?P<w>wounded|wounding|injured|injuring))\s+(?:" + _LIST_ONE +
                          r"|(?:[A-Z][\w'’-]+\s+)?(?:[a-z]+\s+)?[A-Z][\w'’-]+(?:\s+(?:al-|el-|bin\s+|ibn\s+)?[A-Z][\w'’-]+){1,2})"
                          r"(?P<items>(?:\s*,\s*" + _LIST_ONE + r"){0,4}),?\s+and\s+" + _LIST_ONE)
#: one victim named after a noun: "A Yazidi youth named X Y was killed"
_NAMED_ONE = re.compile(r"\b(?:a|an|the)\s+(?=[^.;]{0,120}?\b(?:killed|shot\s+dead|wounded|injured|hurt)\b)"
                        r"(?:[\w'’-]+\s+){0,2}?(?:" + _ONE_PERSON + r"|youth)\s+(?:named|called|identified\s+as)"
                        r"\s+(?:[^\s,.;]+\s+){1,4}?(?:was|had\s+been)\s+(?:\w+ly\s+)?(?:(?P<k>killed|shot\s+dead)|"
                        r"(?P<w>wounded|injured|hurt))\b", re.I)
#: any singular subject of "was killed/injured" opening a clause is one victim ("MOSUL - A cyclist was badly
#: injured when ..."), unless its noun names a group ("A family was killed")
_ONE_WAS = re.compile(r"(?:^(?:[^:.]{0,30}:\s*)?(?:[A-Z]{3,}+[A-Z ]*+\s*[-–—]\s*)?|\band\s+|;\s*|,\s+)(?:a|an|the|his|her|their|its)\s+"
                      r"(?:[\w'’.-]+\s+){0,3}?(?!(?:family|group|crowd|convoy|patrol|unit|crew|team|number|couple|"
                      r"household|delegation)\b)[a-z][\w-]*(?:\s+of\s+(?:a|an|the)\s+(?:[\w-]+\s+)?[a-z][\w-]*)?"
                      r"(?:,[^,;.]{1,70},)?\s+was\s+(?:\w+ly\s+)?(?:(?!injured|wounded|hurt)[a-z]+ed\s+and\s+)?(?:(?P<k>killed|shot\s+dead|"
                      r"(?<=fatally\s)(?:shot|stabbed))|"
                      r"(?P<w>wounded|injured|hurt))\b", re.I)
#: a headline-style subject: one person without a determiner opening the text or a list label ("US Marine Killed by
#: IED in X", "Roundup: Teacher gunned down at school gate", "Guard dies of wounds", "US contractor dead after rockets hit")
_BARE_ONE = re.compile(r"(?:^(?:[^:.]{0,30}:)?\W*|,\s+(?=(?:[A-Z][\w.]*\s+){1,2}\w+\s+was\s))(?:[A-Z][\w.]*\s+){0,2}?(?:"
                       + _ONE_PERSON + r"|marine|sailor|airman)"
                       r"(?:\s+(?-i:(?!(?:Killed|Dies|Died|Dead|Wounded|Injured|Hurt|Slain|Shot|Gunned|Was|Is|Says|Said|Reports|"
                       r"Reported|Tells|Told|Recalls|Claims|Confirms|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Many|"
                       r"Several|Dozens|Scores|Some|Hundreds)\b)[A-Z][a-z][\w'’-]*)){0,3}"
                       r"\s+(?:(?:was|is)\s+)?"  # a name after the noun: "Veteran reporter Lucia Ferraz killed in X"
                       r"(?:(?P<k>killed|dies|died|dead(?![-?]|\s+(?:last|set|serious|even|wrong|heat|ahead|or\s+alive)\b)|"
                       r"gunned\s+down|shot\s+dead|slain)|(?P<w>wounded|injured|hurt))\b", re.I)  # not "dead last", "dead-set"




def _one_victims(text: str, out: dict) -> None:
    """One victim named by a pronoun or a definite role ("killing him", "killed the driver and wounded a passenger").

    >>> o = {"killed": None, "injured": None}; _one_victims("killed the driver and wounded a passenger", o); o
    {'killed': 1, 'injured': 1}
    >>> o = {"killed": 2, "injured": None}; _one_victims("killed two guards and wounded another, killing both", o); o
    {'killed': 2, 'injured': 1}
    >>> o = {"killed": None, "injured": None}; _one_victims("wounding a farmer and his son", o); o["injured"]
    2
    >>> o = {"killed": None, "injured": None}; _one_victims("a bomb left the officer and his driver wounded", o); o
    {'killed': None, 'injured': 2}
    >>> o = {"killed": None, "injured": None}; _one_victims("a drone hit a fighter, which caused his death", o); o
    {'killed': 1, 'injured': None}
    >>> o = {"killed": None, "injured": None}; _one_victims("a shepherd, his wife, and a boy were wounded", o); o["injured"]
    3
    >>> o = {"killed": 1, "injured": None}; _one_victims("it killed commander Ali Hamad, his deputy, and another fighter", o); o
    {'killed': 3, 'injured': None}
    >>> o = {"killed": None, "injured": None}; _one_victims("Car bomb kills civil engineer", o); o["killed"]
    1
    >>> o = {"killed": None, "injured": None}; _one_victims("Veteran reporter Lucia Ferraz killed in Mexico", o); o["killed"]
    1
    >>> o = {"killed": None, "injured": None}; _one_victims("gunmen broke into his house and shot him dead", o); o["killed"]
    1
    >>> o = {"killed": None, "injured": None}; _one_victims("A soldier assigned to the 1st Brigade died of wounds", o); o["killed"]
    1
    """
    if not opens("one_victims", text):
        return  # every expression below needs one of the family's words (``gates.GATES``)
    for m in list(_ONE_VICTIM.finditer(text)) + [m for m in _NOUN_VICTIM.finditer(text) if not _PLOTTED_BEFORE.search(
            text, max(0, m.start() - 40), m.start())] + list(_TITLED_VICTIM.finditer(text)) + \
            list(_HIS_HARM.finditer(text)) + list(_HEADLINE_ONE.finditer(text)) + list(_PRESENT_ONE.finditer(text)) + \
            list(_HIM_DEAD.finditer(text)) + list(_ASSIGNED_ONE.finditer(text)):
        role = "killed" if m.group("k") or m.groupdict().get("k2") else "injured"
        if out[role] is None:
            out[role] = 1
    if out["killed"] is None and out["injured"] == 1 and _HE_DIED.search(text):
        out["killed"] = 1  # "wounding her badly, and she later died": the one victim
    for m in _MORE_VICTIMS.finditer(text):
        role = "killed" if m.group("k") or m.group("k2") else "injured"
        if out[role] is None:
            out[role] = 2 if (m.group("n") or m.group("n2")).lower() == "both" else 1
        elif _one_more(text, m, out.get("_chained", {}).get(role)):
            out[role] += 1  # "two guards were killed in X while another was killed in Y": 3
    for m in list(_SINGLE_VICTIMS.finditer(text)) + list(_LEFT_VICTIMS.finditer(text)):
        role = "killed" if m.group("k") else "injured"
        if out[role] is None or out[role] == 1 and m.group("b"):  # "a woman" was read as one: her child is another
            out[role] = 2 if m.group("b") else 1
    for m in _TWO_ONES.finditer(text) if " and " in text else ():
        role = "killed" if m.group("k") else "injured"
        if out[role] is None or out[role] == 1:
            out[role] = 2  # "a ... member and a civilian were wounded": two, whatever one of them was read as
    for m in _ONE_LIST.finditer(text) if " and " in text else ():
        role, n = "killed" if m.group("k") else "injured", m.group("items").count(",") + 2
        if out[role] is None or out[role] < n:
            out[role] = n  # "a woman, a man and a child were killed": one each, whatever a part was read as
    for m in _OBJECT_LIST.finditer(text) if " and " in text else ():
        role, n = "killed" if m.group("k") else "injured", m.group("items").count(",") + 2
        if out[role] is None or out[role] < n:
            out[role] = n  # "killed commander X, his deputy and another fighter": one each
    was = " was " in text
    for m in list(_ONE_SUBJECT.finditer(text)) + list(_BARE_ONE.finditer(text)) + \
            (list(_ONE_WAS.finditer(text)) + list(_NAMED_ONE.finditer(text)) if was else []):
        role = "killed" if m.group("k") else "injured"
        if out[role] is None:
            out[role] = 1


#: between a counted subject's predicate and "another was killed": a second clause of the same role
_THEN_ANOTHER = re.compile(r"\s+(?:(?:was|were|had\s+been|have\s+been)\s+)?(?:\w+ly\s+)?(?:killed|wounded|injured|hurt)\b"
                           r"[^;.]{0,60}?(?:,\s*|\s+)(?:while|whereas|and)\s+$", re.I)


def _one_more(text: str, m: re.Match, chained: tuple[int, int] | None) -> bool:
    """Whether "another was killed" (``_MORE_VICTIMS``, subject form) is one more victim after a counted subject of
    the same role ("Two guards were killed in X while another was killed in Y": 3).

    >>> from analysis.events.roles import casualties
    >>> casualties("Two guards were killed in the north while another was killed in the south")["killed"]
    3
    """
    return bool(m.group("n2") and m.group("n2").lower() == "another" and chained and chained[1] <= m.start() and
                _THEN_ANOTHER.match(text[chained[1]:m.start()]))


#: an attacker counted with his victims: "a suicide bomber killed two guards and himself" (no other casualty verb
#: between: not "killed two and wounded a third and himself")
_AND_HIMSELF = re.compile(r"\bkill(?:ed|ing)\s+(?:(?!\b(?:wound|injur|hurt|maim|kill|le(?:ft|aving))\w*)[^.;]){1,60}?\s+and\s+"
                          r"(?:himself|herself)\b", re.I)
#: the one attacker killed after the attack he made ("a gunman killed a soldier and then was shot dead", "guards shot
#: dead the bomber", "troops killed the attacker"): a death of its own, beside his victims
_ATTACKER = r"(?:gunman|attacker|assailant|bomber|suicide\s+bomber|militant|sniper)"
_ATTACKER_KILLED = re.compile(r"\b(?:an?|the)\s+" + _ATTACKER + r"\s+(?:(?!(?:was|were|is|are|been)\b)\w+\s+){0,2}?"
                              r"(?:killed|shot|wounded)\s[^.;]{1,80}?"  # not "a gunman was killed when ... killed him"
                              r"\band\s+(?:then\s+|later\s+|was\s+then\s+)?(?:was\s+)?(?:then\s+)?(?:shot\s+dead|killed)\b|"
                              r"\b(?:killed|shot\s+dead|killing)\s+the\s+" + _ATTACKER + r"\b", re.I)


def _attacker_killed(text: str, out: dict) -> None:
    """One more killed for an attacker killed after his attack, when a count was read for his victims or none was.

    >>> o = {"killed": 1, "injured": None}
    >>> _attacker_killed("a gunman killed a soldier and then was shot dead by troops", o); o["killed"]
    2
    >>> o = {"killed": 1, "injured": None}; _attacker_killed("a gunman killed a soldier", o); o["killed"]
    1
    """
    if ("dead" in text or "kill" in text) and _ATTACKER_KILLED.search(text):
        out["killed"] = (out["killed"] or 0) + 1


#: dead told, then more dead the same blast "also killed" ("five soldiers slain in a bombing that also killed four
#: civilians"): two groups of victims of one event
_ALSO_KILLED = re.compile(r"\b(?P<a>" + _NUM + r")\s+(?:[\w-]+\s+){0,2}?" + _AUX + r"(?:killed|slain|died)\b[^.;]{0,120}?"
                          r"\b(?:that|which)\s+also\s+(?:killed|claimed\s+the\s+lives\s+of)\s+(?:at\s+least\s+)?"
                          r"(?P<b>" + _NUM + r"|an?(?=\s+[a-z]))\b", re.I)


#: the same told the other way round: the dead a strike killed, then more dead that "were also killed" ("the raid killed
#: five guards, and two cooks were also killed"), or dead told "in addition to" others ("two cooks were killed, in
#: addition to five guards")
_ALSO_DEAD = re.compile(r"\bkill(?:ed|ing)\s+(?:at\s+least\s+)?(?P<a>" + _NUM + r")\s+[^.;]{0,80}?\b(?P<b>" + _NUM +
                        r")\s+(?:[\w-]+\s+){0,3}?(?:were|was|had\s+been|have\s+been)\s+also\s+(?:killed|dead)\b|"
                        r"\b(?P<b2>" + _NUM + r")\s+(?:[\w-]+\s+){0,3}?(?:were|was|had\s+been|have\s+been)\s+killed\s*,?\s+"
                        r"in\s+addition\s+to\s+(?:the\s+)?(?P<a2>" + _NUM + r")\b", re.I)


def _also_killed(text: str, out: dict) -> None:
    """The dead of both groups when a clause tells dead and then more dead its blast "also killed" (or that "were also
    killed", or dead "in addition to" others), and only one of the two counts was read.

    >>> o = {"killed": 4}; _also_killed("two guards slain at a gate by a bomb that also killed four", o); o["killed"]
    6
    >>> o = {"killed": 2}; _also_killed("two guards died in a blast which also killed a boy", o); o["killed"]
    3
    >>> o = {"killed": 5}; _also_killed("the raid killed five guards, and two cooks were also killed", o); o["killed"]
    7
    >>> o = {"killed": 2}; _also_killed("two cooks were killed, in addition to five guards", o); o["killed"]
    7
    """
    m = (_ALSO_KILLED.search(text) or _ALSO_DEAD.search(text)) if "also" in text else \
        _ALSO_DEAD.search(text) if "addition" in text else None
    if m is None:
        return
    g = {"a2": None, "b2": None, **m.groupdict()}  # the groups of the form that matched
    a = parse_count(g["a"] or g["a2"])[0]
    b = 1 if (g["b"] or g["b2"]).lower() in ("a", "an") else parse_count(g["b"] or g["b2"])[0]
    if a is not None and b is not None and out["killed"] in (a, b, None):
        out["killed"] = int(a) + int(b)


def both_dead_told(text: str) -> bool:
    """Whether a sentence tells a first group of dead and the group "also killed" with it (``_also_killed``'s forms):
    its toll is both groups, not only the ones it adds.

    >>> both_dead_told("The raid killed five guards, and two cooks were also killed."), both_dead_told("Two were also killed.")
    (True, False)
    """
    return ("also" in text or "addition" in text) and bool(_ALSO_KILLED.search(text) or _ALSO_DEAD.search(text))


#: one person and a counted group "with" them ("a woman (along) with her two children"), as the subject of a casualty
#: predicate or the object of a casualty verb: 1 + N
_ONE_WITH = (r"\b(?:a|an|the|his|her|their)\s+(?:[\w-]+\s+){0,2}?" + _ONE_NOUN + r"\s+(?:(?:along|together)\s+)?with\s+"
             r"(?:(?:his|her|their)\s+)?(?P<n>" + _NUM + r")\s+(?:[\w-]+\s+)?(?:children|sons|daughters|"
             r"grand(?:sons|daughters|children)|nephews|nieces|cousins|relatives|brothers|sisters|companions|friends|"
             r"colleagues|guards|bodyguards|passengers|people)\b")
_ONE_WITH_OBJECT = re.compile(r"\b(?:(?P<k>kill(?:ed|ing))|wound(?:ed|ing)|injur(?:ed|ing)|hurt(?:ing)?)\s+" + _ONE_WITH, re.I)
_ONE_WITH_SUBJECT = re.compile(_ONE_WITH + r"\s+(?:were|had\s+been|have\s+been)\s+(?:\w+ly\s+)?(?:(?P<k>killed|dead)|"
                               r"wounded|injured|hurt)\b", re.I)


def _one_with_count(text: str, out: dict) -> None:
    """One person and a counted group told "with" them: 1 + N victims of the role the verb gives, when a rule read
    only one of the two (the one person or the group).

    >>> o = {"killed": None, "injured": 2}; _one_with_count("a woman with her two children were wounded", o); o["injured"]
    3
    >>> o = {"killed": 1, "injured": 1}; _one_with_count("killing a guard and injuring his wife with two sons", o); o
    {'killed': 1, 'injured': 3}
    """
    if " with " not in text:
        return
    for m in list(_ONE_WITH_OBJECT.finditer(text)) + list(_ONE_WITH_SUBJECT.finditer(text)):
        role = "killed" if m.group("k") else "injured"
        n = parse_count(m.group("n"))[0]
        if n is not None and out[role] in (None, 1, int(n)):
            out[role] = 1 + int(n)


#: no one harmed at all ("nobody was hurt", "no one was harmed", "escaped unhurt"): no one was killed either. Words of injury alone
#: ("no injuries", "without causing any injuries", "no one was wounded", "escaped injury") rule out the injured only: the toll of dead stays untold
_NONE_HURT = re.compile(r"\bno(?:body|\s+one)\s+(?:was|were)\s+(?:\w+ly\s+)?(?:hurt|harmed)\b|\bescap(?:ed|ing)\s+"
                        r"(?:unhurt|unharmed|unscathed)\b|\b(?:were|was)\s+(?:all\s+)?(?:unhurt|unharmed)\b", re.I)


#: a first report of no casualties that the same sentence takes back: "officials said nobody was hurt, but later checks
#: found two guards with concussions" (the latest figure holds; how many is not told)
_ZERO_TAKEN_BACK = re.compile(r"\b(?:no\s+(?:[\w.'’-]+\s+){0,2}?(?:casualties|injuries)|(?:no(?:body|\s+one)|no\s+(?:[\w.'’-]+\s+){0,2}?"
                              r"(?:soldiers|troops|personnel|sailors|members|people|civilians))\s+(?:was|were|had\s+been)\s+"
                              r"(?:hurt|injured|wounded|harmed))\b[^.;]{0,60}?,?\s+but\s+(?:\w+\s+){0,8}?(?:revealed|found|showed|"
                              r"turned\s+up|identified|confirmed|diagnosed|reported|discovered)\b[^.;]{0,60}?\b(?:injur|wound|"
                              r"concussion|burns|casualt|hurt|dead|killed|deaths?\b)", re.I)


def _zeros(text: str, out: dict) -> None:
    """Zero casualties where the text says so ("no casualties", "no one was hurt"; "no injuries": no one injured only).

    >>> o = {"killed": None, "injured": None}; _zeros("The rocket hit a car park without causing any injuries.", o); o
    {'killed': None, 'injured': 0}
    >>> o = {"killed": None, "injured": None}; _zeros("The shell fell in a yard; nobody was hurt.", o); o
    {'killed': 0, 'injured': 0}
    >>> o = {"killed": None, "injured": None}; _zeros("There were no immediate reports of injuries.", o); o
    {'killed': None, 'injured': 0}
    >>> o = {"killed": None, "injured": None}; _zeros("Neither blast caused any casualties, the police said.", o); o
    {'killed': 0, 'injured': 0}

    A "no casualties" the sentence takes back gives no zero:

    >>> o = {"killed": None, "injured": None}
    >>> _zeros("The navy first said no sailors were hurt, but medical checks later found burns among the crew.", o); o
    {'killed': None, 'injured': None}
    >>> o = {"killed": None, "injured": 4}; _zeros("No one was killed, but doctors reported four people injured.", o); o
    {'killed': 0, 'injured': 4}
    """
    if _ZERO_TAKEN_BACK.search(text):
        return
    neither = _NEITHER_NOR.search(text) if out["killed"] is None and out["injured"] is None else None
    if neither:  # "neither the mayor nor his family were hurt", with no victim counted: none of either (injured: none hurt)
        out["injured"] = 0
        out["killed"] = 0 if neither.group("both") else out["killed"]
    both = bool(_NONE_BOTH.search(text) or _NONE_HURT.search(text))
    if out["killed"] is None and (both or _NONE_KILL.search(text)):
        out["killed"] = 0
    if out["injured"] is None and (both or _NONE_INJ.search(text)):
        out["injured"] = 0


#: a part of munitions whose total the clause does not give ("destroyed one of the rockets"): not all that were fired
_PARTITIVE = re.compile(r"\b(?:one|two|three|four|five|\d+)\s+of\s+(?:the|its|their)\s+(?:[\w-]+\s+)?(?:rockets|missiles|"
                        r"drones|projectiles|shells|mortars|uavs)\b", re.I)


from ..prefilter import guard_patterns  # noqa: E402  (after every expression of the module is defined)

guard_patterns(globals())
