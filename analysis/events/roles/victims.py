"""Victims by role: counts chained to their casualty verb ("killing three ... and wounding 12", "two Americans and a
British national were killed"), their parts and totals, and the victims told beside a counted group (a named leader
and his guards, a companion killed with a named victim)."""

from __future__ import annotations

import re

from ..counts import DEMONYMS, parse_count
from ..vocabulary import PEOPLE_NOUNS, WEAPON_NOUNS
from .common import (NOT_PEOPLE, _ACTIVE, _APPOSITION, _ASIDE, _BE_AUX, _CONDITION,
                     _DATELINE_DASH, _INJ_PRED, _INJ_VERB, _KILL_PRED, _KILL_VERB, _NEXT_TOLL,
                     _NUM, _OF_PP, _POSSESSED, _PP, _QUAL, _qualifier,
                     people_group)
from .named import _names
from .single import _LEAD_SUBJECT, _TRAIL_VICTIM


#: the dead counted as bodies: left, seen or recovered ("leaving two corpses", "saw at least 12 bodies"), or found
_BODIES_BEFORE = re.compile(r"\b(?:leav\w*|left|saw|seen|found|recovered|retrieved|counted|pulled|discovered|collected|"
                            r"received|uncovered)\s+(?:(?:on\s+)?(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|yesterday|today)\s+)?"
                            r"(?:(?:at\s+least|more\s+than|over|some|about|nearly|the)\s+)?$", re.I)  # "found on Thursday two bodies"
#: the marks a body found bears ("a body bearing gunshot wounds", "bodies with signs of torture"), with the space after
MARKED = r"(?:bearing|showing|with|riddled\s+with)\s+(?:[\w-]+\s+){0,4}?(?:wounds?|torture|marks|holes|bruises)(?:\s+to\s+the\s+\w+)?\s+"
_BODIES_AFTER = re.compile(r"\s+(?:" + MARKED + r")?(?:were|have\s+(?:[a-z]{3,}ly\s+)?been|had\s+(?:[a-z]{3,}ly\s+)?been)\s+"
                           r"(?:\w+ly\s+)?(?:found|recovered|retrieved|pulled|discovered|brought)\b", re.I)
_POSSESSIVE_S = re.compile(r"['’]s?$")
#: the dead counted by their cut-off heads: "gunmen threw the decapitated heads of ten men into a market"
_CUT_HEADS = re.compile(r"\b(?:decapitated|severed)\s+heads\s+of\s+(?:(?:at\s+least|more\s+than|some|about|nearly|the)\s+)?$",
                        re.I)


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
                            r"(?:\w+ly\s+)?[a-z]+(?:ed|en|ft|ne)|(?:have|has|had)\s+(?:their|his|her|its)|fled|escaped|survived|"
                            r"(?:(?:are|were|is|was|remain(?:ed|s)?)\s+"
                            r"(?:still\s+)?|(?:have|has|had)\s+(?:been\s+|gone\s+)(?:reported\s+)?)(?:missing|unaccounted))\b")


#: a long phrase after the victims' noun that tells whose they are, up to their predicate ("of a group within X's
#: Y (Z) forces"): no verb, clause word or stop inside
_LONG_PP = re.compile(r"^\s+(?:of|from|within|with|in|at)\s+(?:(?!(?:who|which|that|and|while|as|after)\b)[^.;:,\"“”\s]+\s+){1,16}?"
                      r"(?=(?:were|was|are|is|have|has|had)\s)")


#: harms named in the singular ("resulting in one death"): a count of one only, and none when a noun follows ("one
#: death sentence", "at least one death threat")
_SINGULAR_HARMS = frozenset({"death", "fatality", "injury"})
#: casualty nouns that name their role themselves ("resulting in one death and ...")
_NOUN_ROLE = {"injuries": "injured", "wounds": "injured", "injured": "injured", "wounded": "injured",
              "deaths": "killed", "fatalities": "killed", "dead": "killed", "corpses": "killed", "bodies": "killed",
              "death": "killed", "fatality": "killed", "injury": "injured"}
#: of those, the nouns that count the killed only when the words around say so ("12 bodies were found")
_BODY_NOUNS = frozenset({"corpses", "bodies"})
_NOT_HARM_AFTER = re.compile(r"\s+(?:sentences?|penalt(?:y|ies)|threats?|squads?|row|tolls?|certificates?|march(?:es)?|"
                             r"camps?|warrants?|wish|metal|benefits?|insurance|claims?|rates?|cases?|report)\b", re.I)


#: a count taken alive, told after the dead ("eight soldiers were killed and three others captured"): not among them
_TAKEN_AFTER = re.compile(r"\s+(?:were\s+|was\s+|have\s+been\s+|had\s+been\s+)?(?:\w+ly\s+)?(?:captured|abducted|kidnapp?ed|"
                          r"arrested|detained|seized|taken\s+(?:hostage|prisoner|captive)|missing)\b"
                          r"(?![^.;]{0,40}?\b(?:and|then|before\s+being)\s+(?:later\s+)?(?:killed|executed|shot|murdered|"
                          r"beheaded|slain|tortured)\b)", re.I)  # ("were abducted and killed": the dead)


def _casualty_role(text: str, chain: list[dict]) -> str:
    """'killed', 'injured' or '' for a chain of counts: the predicate after it or the verb before it.

    >>> text = "50 were killed and 1,000 people have fled"
    >>> _casualty_role(text, [{"noun": "people", "text": "1,000 people", "start": 19, "end": 31}])
    ''
    """
    head = str(chain[-1]["noun"])
    if _TAKEN_AFTER.match(text, chain[-1]["end"]):
        return ""  # "eight soldiers were killed and three others captured": the three were taken, not killed
    if _COUNT_CAUSING.match(str(chain[0]["text"])):
        return ""  # "two drone attacks, with one causing minor injuries": the one is an attack, not a victim
    if head in _SINGULAR_HARMS and (any(r.get("value") != 1 for r in chain) or
                                    _NOT_HARM_AFTER.match(text, chain[-1]["end"])):
        return ""  # "the 1999 shooting death of X": a year, not a count (a singular noun counts one); "one death
        # sentence": no harm at all
    if _NOUN_ROLE.get(head) == "injured":
        return "injured"  # "inflicting two minor injuries"
    if _NOUN_ROLE.get(head) == "killed" and head not in _BODY_NOUNS or head in _BODY_NOUNS and (_BODIES_BEFORE.search(text[
            max(0, chain[0]["start"] - 40):chain[0]["start"]]) or _BODIES_AFTER.match(text, chain[-1]["end"])):
        return "killed"  # "leaving two corpses and five injured", "he saw at least 12 bodies", "12 bodies were found"
    after, before = text[chain[-1]["end"]:chain[-1]["end"] + 160], text[max(0, chain[0]["start"] - 90):chain[0]["start"]]
    if _CUT_HEADS.search(before):
        return "killed"  # "threw the decapitated heads of ten men"
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
    if _TO_DEATH_AFTER.match(after) and _BRUTAL_VERB_BEFORE.search(before):
        return "killed"  # "stabbed two men to death", "burned an emir to death" (not "sentenced two men to death")
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


#: a violent verb right before its victims, whose end follows them: "stabbed (two men) to death"
_BRUTAL_VERB_BEFORE = re.compile(r"\b(?:stabb(?:ed|ing)|burn(?:ed|t|ing)|beat(?:en|ing)?|hack(?:ed|ing)|strangl(?:ed|ing)|"
                                 r"tortur(?:ed|ing)|ston(?:ed|ing)|shot|shooting|bludgeon(?:ed|ing)|club(?:bed|bing))\s+$",
                                 re.I)
_TO_DEATH_AFTER = re.compile(r"\s+to\s+death\b", re.I)


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
_BREAKDOWN = re.compile(r"\s*(?:(?:was|were|had\s+(?:[a-z]{3,}ly\s+)?been|have\s+(?:[a-z]{3,}ly\s+)?been|has\s+(?:[a-z]{3,}ly\s+)?been)\s+)?(?:\w+ly\s+)?"
                        r"(?:killed|dead|died|wounded|injured|hurt)\s*,?\s*(?:and|as\s+well\s+as)\s+(?:the\s+)?", re.I)


_OTHERS = re.compile(r"\b(?:others?|more)\b")
#: a count told as more of the same role ("and another eight people were later killed", "a further three died")
_MORE_BEFORE = re.compile(r"\b(?:another|a\s+further|an\s+additional)\s+$", re.I)
#: a count of the same role told with "also" ("adding that 10 Taliban were also killed"): more victims
_ALSO_AFTER = re.compile(r"\s+(?:\w+\s+){0,2}?(?:were|was|had\s+(?:[a-z]{3,}ly\s+)?been|have\s+(?:[a-z]{3,}ly\s+)?been)\s+also\s+(?:\w+ly\s+)?(?:killed|wounded|"
                         r"injured|hurt|shot\s+dead)\b", re.I)
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
                _BREAKDOWN.fullmatch(gap) or _ANOTHER_ATTACK.search(gap) or _NEXT_OBJECT.fullmatch(gap) or \
                _MORE_BEFORE.search(text, max(0, chain[0]["start"] - 20), chain[0]["start"]) or \
                _ALSO_AFTER.match(text, chain[-1]["end"]):
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
_WHO_CLAUSE = re.compile(r"\s*,?\s*(?:who|that)\s+(?:were|was|are|is|had\s+(?:[a-z]{3,}ly\s+)?been)\s+(?:[\w'’-]+,?\s+){1,6}?(?=(?:were|was|"
                         r"had\s+(?:[a-z]{3,}ly\s+)?been|have\s+(?:[a-z]{3,}ly\s+)?been|are)\s+(?:also\s+|\w+ly\s+)?(?:killed|wounded|injured|hurt|dead)\b)", re.I)
#: the predicate a part list runs up to
_LIST_PREDICATE = r"(?:were|was|had|have|has|got|died|perished)\b"
#: a part list between a count and its predicate, without dashes ("nine civilians including 13 children were killed")
_INCLUDING = re.compile(r"\s*,\s*(?:many|mostly|mainly|largely|most\s+of\s+them)\s+(?!of\s)(?:(?!(?:were|was|are|is|had|have|"
                        r"has|got|died|perished|who|whom|which)\b)[\w'’-]+,?\s+){1,4}?(?=(?:were|was|are|is|had|have|has|got|"
                        r"died|perished)\b)|"  # a noun phrase after "many": "45 civilians, many women and children were killed"
                        # (not "many of whom were wounded", "many were shot")
                        r"\s*,?\s*(?:including|among\s+them)\s+(?:[^.;:,]{1,80}?(?=,?\s+" + _LIST_PREDICATE + r")|"
                        r"(?:[^.;:,]{1,50},\s*){1,5}?[^.;:,]{1,80}?(?=,\s+" + _LIST_PREDICATE + r")|"
                        r"[^.;:,]{1,80}?,(?=\s+(?:in|at|from|near)\s+[^.;:,]{1,60}?\s" + _LIST_PREDICATE + r"))", re.I)
# (the last: a list of several items closed by its comma, "including a councillor, his wife and two of his guards, were
# killed")
# (or one item closed by its comma before a place the predicate follows: "18 militants, including two commanders, in
# Sulu were killed")


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


#: a person named with a title opening a subject before "and" a counted chain ("in which commander Omar Haddad and four
#: fighters were killed"): one more victim than the chain's count (not an object: "arrested commander X and four")
_TITLED_NAME = re.compile(r"(?:^|[,;:]\s*|\b(?:which|whom|when|as|while|that|where)\s+)(?:(?:the|a|an)\s+)?"
                          r"(?:[A-Z][\w.-]*\s+){0,2}(?i:commander|leader|chief|officer|general|colonel|major|captain|"
                          r"lieutenant|mayor|governor|emir|sheikh|official|spokesman|judge|imam|cleric)\s+(?P<name>[A-Z][a-z’'-]+(?:\s+(?:[A-Z]"
                          r"[a-z’'-]+|[ae]l-[\w'’-]+)){1,3})\s+and\s+$")
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
    >>> casualties("Jets bombed a base, in which commander Omar Haddad and four fighters were killed")["killed"]
    5
    """
    m = _LEAD_VICTIM.search(text, max(0, chain[0]["start"] - 90), chain[0]["start"]) or \
        _LEAD_SUBJECT.search(text, max(0, chain[0]["start"] - 90), chain[0]["start"])
    if m and out[role] is not None and m.end() == chain[0]["start"]:
        out[role] += 2 if m.groupdict().get("two") or m.groupdict().get("pair") else 1  # "A chief, his driver and a guard": 3
    elif out[role] is not None and (lead := _LEAD_NAME.search(text, max(0, chain[0]["start"] - 60), chain[0]["start"])) \
            and (lead.group("his") or _HIS_PEOPLE.search(str(chain[0]["text"]))) and \
            lead.group("name").split()[0].lower() not in DEMONYMS | {"british"}:
        out[role] += 1  # "Haddad and three of his guards were killed": the named one and his men, 4
    elif out[role] is not None and (titled := _TITLED_NAME.search(text, max(0, chain[0]["start"] - 80),
                                                                  chain[0]["start"])) and _names(titled.group("name")):
        out[role] += 1  # "commander Omar Haddad and four fighters were killed": the commander and the four, 5
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


#: more bodies counted without their noun in the next clause ("20 bodies have been found in X while at least six have
#: been recovered in Y")
_MORE_BODIES = re.compile(r"[^.;]{0,80}?\b(?:while|whereas|and)\s+(?:at\s+least\s+|another\s+|some\s+)?(?P<n>" + _NUM +
                          r")\s+(?:more\s+|others?\s+)?(?:have\s+(?:[a-z]{3,}ly\s+)?been|had\s+(?:[a-z]{3,}ly\s+)?been|were)\s+(?:found|recovered|retrieved|"
                          r"pulled|discovered)\b(?![^.;,]{0,40}\b(?:alive|unharmed|safe|survivors?|rescued)\b)")  # not "found alive"


def _other_place_part(text: str, chain: list[dict], role: str, out: dict, told: int | None) -> None:
    """Add a count whose noun is elided and whose place differs from the counted chain's ("killing at least 13
    members of armed groups in Syria, and 16 in Iraq": 29), when the chain gave the role its number.

    >>> from analysis.events.roles import casualties
    >>> casualties("killing at least 13 members of armed groups in Syria, and 16 in Iraq")["killed"]
    29
    >>> casualties("at least 20 bodies have been found in Gora while at least six have been recovered in Kyam")["killed"]
    26
    """
    m = _OTHER_PLACE_PART.match(text, chain[-1]["end"])
    if m is None and role == "killed" and str(chain[-1]["noun"]) in ("bodies", "corpses"):
        m = _MORE_BODIES.match(text, chain[-1]["end"])  # "20 bodies have been found in X while six have been recovered in Y"
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
                        r",?\s+(?:(?:along|together)\s+with|alongside)\s+(?:(?:Iranian|Iraqi|Syrian|Lebanese|top|senior|Gen\.|General|general|"
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
    >>> companions("a strike claimed the lives of commander Ali Hadi and his driver", ["Ali Hadi"])
    1
    """
    kill = re.search(r"\b(?:kill|assassinat|death|(?:claimed|took|cost)\s+the\s+li(?:ves|fe)\s+of)", text, re.I)
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


#: a part of munitions whose total the clause does not give ("destroyed one of the rockets"): not all that were fired
_PARTITIVE = re.compile(r"\b(?:one|two|three|four|five|\d+)\s+of\s+(?:the|its|their)\s+(?:[\w-]+\s+)?(?:rockets|missiles|"
                        r"drones|projectiles|shells|mortars|uavs)\b", re.I)


from ..prefilter import guard_patterns  # noqa: E402  (after every expression of the module is defined)

guard_patterns(globals())
