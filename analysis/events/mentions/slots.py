"""The slots of one mention, read from its own clauses: event type, agent and target, weapon, counts by role,
casualties, place and the evidence row."""

from __future__ import annotations

import re

import pandas as pd  # noqa: F401  (the examples)

from ..dating import EMPTY_DATE
from ..mention_places.choose import _near
from ..mention_places import AREA_NAME, BASE_NAME, country_of, demonym_site, header_place, header_wins, locative, located_places, named_place, part_place, place_cols, quoted_spans, road_place, site_place, source_spans, countries_joined, SEVERAL_COUNTRIES
from ..places import SITE_TYPES, TOWN_TYPES, ancestors, scan_places  # noqa: F401  (scan_places: the examples)
from ..roles import TOTAL_TAIL, casualties, munitions, running_tally, vague_roles
from ..triggers import agent_and_target, attribution, cue_classes, event_type
from ..vocabulary import vocabulary, weapons_in
from .scope import _ACCIDENT, _ATTACKERS_DOWNED, _ATTACK_CONTEXT, _CRAM, _NAMED_OFFICE, _NOT_MEANS, _OFFICE_SPEAKER, _OTHER_ATTACKS_FROM, _PART_ACCIDENT, _RISK_OF, _SELF_CLAIM, _SIDE_REPORT, _SPEAKER, _STRUCK_OR_RAIDED, _THREAT_VERB, _US_VICTIMS_AFTER, _before_context, _named_bases_struck, _summed_up, _threat_part, vague_threat
from .groups import _ANSWERED, _ATTACKS_WORD, _DIGIT, _ENTRY_HEAD


COUNT_FIELDS = ["n_fired", "n_hit", "n_intercepted", "n_claimed", "killed", "injured"]


#: the word that opens the clause an event is told in, after the news it led to ("... launched today after ...")
_AFTER_WORD = r"(?:soon\s+|shortly\s+|hours\s+|a\s+day\s+|days\s+)?after\s"
_AFTER_START = re.compile(r"\W*" + _AFTER_WORD, re.I)  # at a clause's start


#: what joins the places of one list ("X, Y and Z", "a base in X and a base in Y", "the towns of X and Y")
_COORD_GAP = re.compile(r"(?:\s+in\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2}(?=,|\s+and\s))?"  # "A in Syria, B", "A in X
                        # Province and B": A's country or province
                        r"\s*(?:,\s*(?:and\s+|or\s+)?|\s+and\s+|\s+or\s+|,?\s+as\s+well\s+as\s+)(?:the\s+)?"
                        r"(?:(?:towns?|villages?|cities|city|areas?|outskirts|bases?)\s+(?:of\s+)?(?:the\s+)?)?"
                        r"(?:(?:an?|another|the)\s+(?:[\w-]+\s+){0,2}?(?:base|camp|outpost)\s+(?:in|at|near)\s+(?:the\s+)?)?")
#: place types of which a list names several events' places (a country or province list names one event's area)
_LISTED_TYPES = SITE_TYPES | TOWN_TYPES | {"district", "sub-district", "neighbourhood", "place", "area", "municipality"}


#: the event told before, named again by a definite noun ("the strikes", "these attacks"): its targets are one event's
_THE_EVENT_TOLD = re.compile(r"\b(?:the|these|those)\s+(?:[\w-]+\s+){0,2}?(?:strikes|airstrikes|attacks|raids|bombings|"
                             r"shelling|operation|operations)\b", re.I)


#: a number of the events that follow ("Two of the militia attacks ..."): events counted, not the one told before
_PARTITIVE_BEFORE = re.compile(r"\b(?:two|three|four|five|six|seven|both|\d+)\s+of\s+$", re.I)


def _coordinated_places(sent: str, lo: int, hi: int, place: dict, places: list[dict]) -> list[dict]:
    """The other places of the list a mention's place stands in, within its clause ("rockets hit bases in X and Y",
    "strikes reached the towns of X, Y and Z"): sites, towns or districts, none holding another; each its own event.

    >>> ps = scan_places("Rockets were fired at a base in the Omar oil field and a base in the Conoco gas field.")
    >>> [p["name"] for p in _coordinated_places("Rockets were fired at a base in the Omar oil field and a base in the "
    ...     "Conoco gas field.", 0, 86, ps[0], ps)]
    ['Conoco gas field']
    """
    listed = sorted((p for p in places if lo <= p["start"] < hi and p.get("type") in _LISTED_TYPES), key=lambda p: p["start"])
    chain: list[dict] = []
    for p in listed:
        if chain and not _COORD_GAP.fullmatch(sent, chain[-1]["end"], p["start"]):
            if any(q["start"] == place["start"] for q in chain):
                break
            chain = []
        chain.append(p)
    if len(chain) < 2 or not any(q["start"] == place["start"] for q in chain) or \
            not re.search(r"\band\b|\bor\b|as\s+well\s+as", sent[chain[0]["end"]:chain[-1]["start"]]):
        return []
    ids = [q["place_id"] for q in chain]
    if len(set(ids)) < len(ids) or any(a in ancestors(b) for a in ids for b in ids if a != b):
        return []   # "Sinjar, Nineveh": a place and the one that holds it, not a list
    told = _THE_EVENT_TOLD.search(sent, lo, chain[0]["start"])
    if told and not _PARTITIVE_BEFORE.search(sent, max(0, told.start() - 20), told.start()):
        return []   # "In Syria, the strikes targeted sites near X and Y": the targets of the operation told before (not
        # "Two of the attacks took place at X and Y": attacks counted, one per site)
    return [q for q in chain if q["start"] != place["start"]]
#: a joint report of one place's attacks with their toll ("In X, a string of attacks left 10 dead"), no tally over time
#: "a string of", "a wave of" ... and up to two words before the events it groups
_SERIES_WORDS = r"(?:string|wave|spate|series)\s+of\s+(?:[\w-]+\s+){0,3}?"  # "a series of bomb and shooting attacks"
#: the verbs of harm a toll is told with ("killed", "wounding"), shared by the tally and earlier-event rules
_HARM_WORDS = r"killed|killing|wounded|wounding|injured|injuring"


def _mention(s: dict, g: dict, sent: str, off: int, places: list[dict], actors: list[dict]) -> dict | None:
    """Fill the slots of one group (dates come later); None when it is not an incident mention.

    ``_needs_date`` marks a mention kept only if its own sentence gives a precise date."""
    lo, hi = g["start"], g["end"]
    clause = sent[lo:hi]
    own_actors = [{**a, "start": a["start"] - lo, "end": a["end"] - lo} for a in actors if lo <= a["start"] < hi]
    if not _worth_filling(g, clause, own_actors):
        return None
    agent, target = agent_and_target(clause, own_actors, g["cues"])
    weapons = _toll_of_followed(clause) or _weapons(clause)
    fams = {vocabulary().family(w) for w in weapons}
    et = event_type(clause, g["cues"], agent, fams, any(a["type"] == "armed group" and not _attacking_subject(clause, a)
                                                        for a in own_actors if a is not agent))
    if et is None or _EXERCISE.search(clause) and "casualty" not in g["cues"] and not _STRUCK_ON.search(clause):
        return None  # no event; or fire in a drill ("fires a howitzer during a live-fire exercise at X"): no attack
    if "casualty" not in g["cues"] and _HOW_OFTEN.search(clause) and not _ONE_TOLD.search(clause):
        return None  # "rocket attacks in Syria are quite rare": how often such events happen, none of them told
    if et == "casualty" and g["kind"] == "prior":
        et = "attack"
    if et == "strike" and agent is None and "air" not in fams and any(
            a["side"] == "us_coalition" and _US_VICTIMS_AFTER.match(clause, a["end"]) for a in own_actors):
        et = "attack"  # "Three U.S. soldiers were killed in a drone strike near the border": an attack on U.S. forces
    if et in ("strike", "us_strike") and (downed := _ATTACKERS_DOWNED.search(sent)) and downed.end() > lo and \
            not _STRUCK_OR_RAIDED.search(clause):
        return None  # "the two shooters were shot and killed by soldiers": how the attack told ended, no strike
    if _says_who(et, agent, weapons[0] if weapons else "", clause) is False:
        if not (et == "claim" and "attack" in g["cues"] and "casualty" in g["cues"]):
            return None  # a threat or claim that names no one (``_specific`` would drop it after reading counts and place)
        et = "attack"  # "The group claimed an attack on X on Sunday, killing four": the attack told, its claimant unnamed
    if et == "threat" and (vague_threat(clause) or _RISK_OF.search(clause) and not _THREAT_VERB.search(clause)):
        return None  # "any attack ... will be answered with a decisive response": no act of war vowed; "forces may face
        # the threat of more attacks": a risk the writer sees, no one's threat
    if et == "threat" and len(part := _threat_part(clause)) < len(clause):
        lo, clause = hi - len(part), part  # "Attacks rose since May and X threatened to ...": the threat's own words
        g = {**g, "start": lo, "own_part": True}
    counts = _mention_counts(et, sent, clause, lo, hi)
    if _only_reacted_to(clause, g["cues"]) and not any(counts[c] for c in COUNT_FIELDS) and not counts["qualifiers"]:
        return None  # "In Iran, a spokesman issued a statement condemning the American strike": a reaction to an event
        # told already, whose places are the speaker's
    if et in ("us_strike", "strike"):
        weapons = _strike_means(clause, weapons)
    told = weapons or counts["killed"] or counts["injured"] or _STRUCK_SITE.search(clause) or \
        vague_roles(counts["qualifiers"])  # "killed dozens of soldiers in X"
    place, source, joined = _mention_place(sent, g, places, actors, bool(told))
    row = _row(s, g, sent, off, et, weapons, counts, agent, target, place, None, places)
    if et == "strike" and "attack" in g["cues"] and row["place_type"] in _GARRISON_TYPES:
        row["event_type"] = "attack"  # "Iran fired missiles at the Ain al-Asad base": a state's attack on a garrison
    if source == "locator" and place is not None:
        row["place_source"] = "locator"  # the place only locates the event's own: the merge lets a finer one win
    if source == SEVERAL_COUNTRIES:  # "strikes in Iraq and Syria": neither country is the event's; the words name both
        row["place_source"], row["country"], row["place_text"] = source, "", joined
    keep = True if et in ("casualty", "responsibility") else _specific(row, et, agent, clause)
    if keep is False:
        return None
    row["_needs_date"] = keep == "date"
    row["_also_at"] = _coordinated_places(sent, lo, hi, place, places) if place is not None and \
        et in ("attack", "strike", "us_strike") and not any(counts[c] for c in COUNT_FIELDS) and not counts["qualifiers"] \
        else []   # a toll, even a vague one ("killing scores"), is told for the places together: one event
    row["_own_part"] = g.get("own_part", False)
    row["_days_before"] = g.get("days_before")
    if row["_days_before"] is None and _EARLIER_BY.search(clause):
        row["_days_before"] = -1  # "The group had also fired rockets weeks earlier, killing a guard": not the story
    return row


#: plural events said to be rare or common: a remark on how often they happen ("rocket attacks in Syria are quite rare")
_HOW_OFTEN = re.compile(r"\b(?:attacks|strikes|airstrikes|bombings|shootings|incidents|raids|ambushes)\s+(?:[\w,'’-]+\s+){0,5}?"
                        r"(?:are|were|have\s+been|remain|remained)\s+(?:quite\s+|very\s+|relatively\s+|increasingly\s+|"
                        r"fairly\s+|extremely\s+|still\s+)?(?:rare|common|frequent|uncommon|infrequent|routine|"
                        r"commonplace|unusual|on\s+the\s+rise)\b|"
                        # or a way such attacks are done: "a common militant strategy is to crash drones into targets"
                        r"\b(?:common|usual|typical|favou?red|standard|preferred|frequent)\s+(?:[\w-]+\s+){0,2}?(?:strategy|"
                        r"tactic|practice|method|technique|approach|modus\s+operandi)\s+(?:is|was|has\s+been)\s+to\b", re.I)
#: an event told beside the remark ("..., and two rockets hit it on Monday")
_ONE_TOLD = re.compile(r"\b(?:hit|struck|killed|wounded|injured|landed|exploded|fired|launched|targeted|blew\s+up|attacked|"
                       r"rammed|stormed|bombed|shelled|killing|wounding|injuring)\b", re.I)


#: a capitalised name after "in", "near" or "at" (a place the gazetteers may lack)
_IN_A_NAME = re.compile(r"\b(?:in|near|at)\s+(?:the\s+)?(?:[a-z]+\s+)?[A-Z]")
#: an attack on a made or held place ("attacked an army base", "stormed two police posts", "assaulted Israeli sites"):
#: the name after "in" that follows is where it happened, as for a harm ("fighters attacked Israeli sites in the X")
_STRUCK_SITE = re.compile(r"\b(?:attacked|stormed|raided|assaulted|overran|ambushed|besieged)\s+(?:an?\s+|the\s+|two\s+|three\s+|"
                          r"several\s+|\d+\s+)?(?:[\w'’-]+\s+){0,2}?(?:bases?|camps?|posts?|checkpoints?|positions?|sites?|"
                          r"outposts?|barracks|garrisons?|stations?|convoys?|patrols?|villages?|towns?|headquarters|"
                          r"compounds?|facilit(?:y|ies)|prisons?|airports?|military\s+installations?)\b", re.I)


def _attacking_subject(clause: str, actor: dict) -> bool:
    """Whether an actor opens its clause as an active subject ("The militants began a strike on the base": the attacker,
    not a group struck), not a passive one ("Militants were hit by a strike").

    >>> t = "The militants began a strike on the base"; _attacking_subject(t, {"start": 4, "end": 13})
    True
    >>> t = "Militants were hit by a strike"; _attacking_subject(t, {"start": 0, "end": 9})
    False
    """
    return bool(_SUBJECT_AT.fullmatch(clause, 0, actor["start"])) and not _PASSIVE_AFTER.match(clause, actor["end"])


#: what may stand before a clause's subject: nothing, or its article and adjectives ("The suspected militants")
_SUBJECT_AT = re.compile(r"\W*(?:(?:the|a|an|some|several|suspected|armed|heavily\s+armed)\s+)*", re.I)
#: a passive verb right after it: the subject is what was struck
_PASSIVE_AFTER = re.compile(r"\s+(?:were|was|are|is|have\s+been|had\s+been|has\s+been|being)\s+(?:\w+ly\s+)?"
                            r"(?:hit|struck|targeted|killed|attacked|bombed|pounded|shelled|wounded|injured)\b", re.I)


def _mention_counts(et: str, sent: str, clause: str, lo: int, hi: int) -> dict:
    """The munition and casualty counts of a mention of type ``et`` told by ``sent[lo:hi]`` (``clause``); none for a
    threat, without reading them ("... over Washington's support for Israel, where 1,400 died": not its own).

    >>> s = "Two rockets hit the base, wounding three guards."
    >>> c = _mention_counts("attack", s, s, 0, len(s)); c["n_hit"], c["injured"]
    (2, 3)
    >>> _mention_counts("threat", s, s, 0, len(s))["injured"] is None
    True
    """
    if et == "threat":
        return {**dict.fromkeys(COUNT_FIELDS), "killed_who": "", "injured_who": "", "qualifiers": []}
    head = _ENTRY_HEAD.match(sent)
    entry = head.group() + clause.lstrip(" ;,") if head and lo >= head.end() else clause  # "Mosul: ...; 9 by IEDs"
    claimed = _claimed(et, clause)
    if et in ("us_strike", "strike"):  # a state's drone is the aircraft, not a munition fired ("a Turkish drone fired two
        mun = munitions(_PLATFORM.sub(lambda m: " " * len(m.group()), clause), "claim" if claimed else "")  # missiles")
        if all(mun[k] is None for k in ("n_fired", "n_hit", "n_intercepted")):
            mun = _one_drone(clause, claimed) or mun  # "a Turkish drone hit a car": the one munition of the strike
    else:
        mun = munitions(clause, "claim" if claimed else "")
    answered = _ANSWERED.search(entry) if et in ("us_strike", "strike") else None
    total = TOTAL_TAIL.match(sent, hi) if not answered else None
    entry = entry + sent[hi:total.end()] if total else entry  # "14 more were wounded, raising the total to 64"
    cas = casualties(entry[:answered.start()] if answered else entry)  # the victims of the attack it answers are not its own
    if lo and _SINCE_LEAD.fullmatch(sent, 0, lo) and running_tally(sent[:lo] + clause):
        cas = {**cas, "killed": None, "injured": None}  # "Since October 7, 380 have been killed in X": a running tally
    counts = {**mun, **cas, "qualifiers": mun["qualifiers"] + cas["qualifiers"] + _initial(clause, cas)}
    if counts["n_hit"] is None and et in ("attack", "strike", "us_strike") and _NOT_STRUCK.search(clause):
        counts["n_hit"] = 0  # "the base itself had not been struck", "none of the rockets hit": no munition struck
    return counts


def _one_drone(clause: str, claimed: bool) -> dict | None:
    """The munition counts of a strike told by one drone alone that struck ("a Russian drone struck a minibus"), as
    ``benchmarks/ANNOTATION.md`` counts a single munition told alone: one fired, one hit; None otherwise.

    >>> _one_drone("A Turkish drone hit a car near Sinjar", False)["n_fired"], _one_drone("Jets hit a car", False)
    (1, None)
    >>> o = _one_drone("Dozens of drones struck the city, and a drone hit a power plant", False); o["n_fired"], o["n_hit"]
    (None, 1)
    >>> _one_drone("Three fighters were attacked by a Turkish drone and martyred", False)["n_fired"]
    1
    """
    mun = munitions(clause, "claim" if claimed else "")
    if mun["n_fired"] != 1 or not _ONE_DRONE.search(clause) or _NOT_ONE_DRONE.search(clause):
        return None
    return {**mun, "n_fired": None} if _MANY_DRONES.search(clause) else mun  # "drones attacked Kyiv and one drone hit a
    # building": one of many, not the number fired


#: drones told as many: "drones attacked", "dozens of drones", "a swarm of drones"
_MANY_DRONES = re.compile(r"\b(?:drones|uavs)\b|\b(?:dozens|scores|several|swarms?|waves?|barrages?)\s+of\b", re.I)
#: one drone as the subject of a strike's verb ("a Turkish drone hit", "an Israeli drone struck", "a drone attacked"), or
#: as its agent ("the car was targeted by a Turkish drone", "attacked by a Turkish armed drone")
_ONE_DRONE = re.compile(r"\b(?:a|an|one)\s+(?:[\w-]+\s+){0,2}?(?:drone|uav)\s+(?:\w+ly\s+)?(?:hit|struck|targeted|attacked|"
                        r"slammed\s+into|crashed\s+into)\b|"
                        r"\b(?:attacked|targeted|struck|hit|killed)\s+by\s+(?:a|an|one)\s+(?:[\w-]+\s+){0,3}?(?:drone|uav)\b"
                        r"(?!\s+(?:strikes?|attacks?|and(?!\s+(?:were\s+|was\s+)?[a-z]+ed\b)|or|fire|bombings?|raids?|airstrikes?|air\s+strikes?|swarms?|"
                        r"barrages?|campaigns?|operations?)\b)", re.I)
#: not one drone the strike was made with: another drone or other means in the clause, a drone told in a relative or an
#: "after" clause ("the convoy, which was attacked by a drone last week, was shelled"), or one told only in a negation,
#: a fear, a condition or a habit ("no one was killed by a drone", "residents fear being hit by a drone")
_NOT_ONE_DRONE = re.compile(r"\b(?:second|another|third|other)\s+(?:[\w-]+\s+)?(?:drone|uav)\b|"
                            r"\b(?:and|by|with|while)\s+(?:[\w-]+\s+){0,2}?(?:howitzers?|artillery|jets?|warplanes?|aircraft|"
                            r"helicopters?|tanks|mortars?)\b|\bshell(?:ed|ing)\b|"
                            r"\b(?:which|whose|since|once|retaliation\s+after|response\s+to)\b[^.;]{0,60}?\bby\s+(?:a|an|one)\s+"
                            r"(?:[\w-]+\s+){0,3}?(?:drone|uav)\b|\b(?:no\s+one|nobody|never|fear\w*|would|could|if|every|each)\b"
                            r"[^.;]{0,60}?\b(?:drone|uav)\b", re.I)


#: a sentence's lead that gives only the day a span starts ("Since October 7, ")
_SINCE_LEAD = re.compile(r"\s*since\s+[^,;:.]{1,40}?,?\s*", re.I)


#: a span of time before the event the article tells ("several weeks earlier", "a month before."): an earlier event
_EARLIER_BY = re.compile(r"\b(?:(?:a|an|one|two|three|four|five|six|several|a\s+few|few|some|\d+)\s+|(?<!\w\s))"
                         r"(?:days?|weeks?|months?|years?)\s+(?:earlier|before(?=\s*[,.;]|\s*$))", re.I)


#: kinds of place that are garrisons of the forces whose attacks are told (the gazetteer's bases): a state's strike
#: there is an attack on them, merged with the militias' attacks ("Iran fired missiles at the base")
_GARRISON_TYPES = frozenset({"military base", "air base"})
#: where a strike's clause goes on to the attack it answers ("... in reprisal over a <weapon> attack in Z")
_ANSWERS = re.compile(r"\bin\s+(?:retaliation|response|revenge|reprisal)\s+(?:for|to|over)\b", re.I)


def _claimed(et: str, clause: str) -> bool:
    """Whether a clause's numbers are the attackers' claim: a claim, the group's own statement or its own channels.

    >>> _claimed("attack", "Channels run by rebel groups said that nine shells were fired at the camp")
    True
    >>> _claimed("attack", "The coalition said that nine shells were fired at the camp")
    False
    >>> _claimed("claim", "A cell took credit for the raid that employed four mortars"), _claimed("claim", "X claimed 9 hits")
    (False, True)
    """
    if et == "claim":  # "X took credit for the raid that used two drones": the told raid's means, not X's figure
        return not _CLAIMED_TOLD_MEANS.search(clause)
    return et == "attack" and bool(_SELF_CLAIM.search(clause) or _SIDE_REPORT.search(clause))


#: a claim that names the told event's means in a relative clause: the report's account of that event, not the claim's
_CLAIMED_TOLD_MEANS = re.compile(r"\b(?:responsibility|credit)\s+for\s+(?:the|that|this)\s+(?:[\w-]+\s+){0,2}?(?:attack|strike|"
                                 r"raid|bombing|assault|operation)s?,?\s+(?:that|which)\s+(?:had\s+)?(?:used|utili[sz]ed|"
                                 r"involved|employed|featured)\b", re.I)


#: fire in a drill: "during a live-fire exercise", "in a joint military drill", "at a training range"
_EXERCISE = re.compile(r"\b(?:during|in|at|for)\s+(?:an?\s+|the\s+|their\s+|its\s+)?(?:[\w-]+\s+){0,3}?(?:exercises?|drills?|"
                       r"manoeuvres|maneuvers|training\s+(?:range|session|mission))\b|\blive[- ]fire\b", re.I)
_STRUCK_ON = re.compile(r"\b(?:hit|struck|landed|targeted|attacked|exploded|slammed|impacted|attacks?|(?:fired|launched)\s+"
                        r"(?:[\w-]+\s+){0,3}?(?:at|on|towards?)\b)", re.I)  # what was struck: an attack, drill or not
_WHERE = re.compile(r",\s+where\b", re.I)


def _where_place(sent: str, lo: int, hi: int, found: list[dict], cues_at: list[int]) -> dict | None:
    """The place named right before ", where" when the event is told only after it ("... gunmen hold the hills and
    the Anbar desert, where the most recent raids happened": Anbar), else None.

    >>> s = "Militias roam the north, near the border, and Deir Ezzor, where the strikes took place."
    >>> ps = [{"start": 37, "end": 44, "text": "border"}, {"start": 50, "end": 59, "text": "Deir Ezzor"}]
    >>> _where_place(s, 0, len(s), ps, [s.index("strikes")])["text"], _where_place(s, 0, len(s), ps, [0])
    ('Deir Ezzor', None)
    """
    m = _WHERE.search(sent, lo, hi)
    if m is None or not cues_at or min(cues_at) < m.end():
        return None
    before = [p for p in found if p["start"] < m.start() and m.start() - p["end"] <= 12]
    return before[-1] if before else None


#: an event said to have happened in a place ("The second attack took place in Elwak"): the name after it is the event's
#: place even when no gazetteer knows it and no weapon or toll is told
_TOOK_PLACE_IN = re.compile(r"\b(?:took\s+place|occurred|happened|unfolded)\s+(?:early\s+|late\s+)?(?:on\s+\w+\s+)?"
                            r"(?:in|at|near)\s+(?=[A-Z]|al-|el-)")


def _mention_place(sent: str, g: dict, places: list[dict], actors: list[dict],
                   harmed: bool) -> tuple[dict | None, str, str]:
    """The place of one group's mention and "locator" when it only locates the event (weaker in the merge), or no
    place, ``SEVERAL_COUNTRIES`` and the words that name them when the event is told in two joined countries.

    ``harmed``: the clause names weapons or casualties (then a bare name after "in" is taken as a place)."""
    lo, hi = g["start"], g["end"]
    clause = sent[lo:hi]
    quoted = quoted_spans(sent)
    cue_at = lo + min((a for spans in g["cues"].values() for a, _b in spans), default=0)
    outside = not any(a <= cue_at < b for a, b in quoted)
    cues_at = [lo + a for spans in g["cues"].values() for a, _b in spans]
    source = [sp for sp in source_spans(sent) if any(not sp[0] <= c < sp[1] for c in cues_at)]  # who says it
    places = [p for p in places if not any(a["start"] <= p["start"] < a["end"] and a["end"] - a["start"] > len(p["text"])
                                           for a in actors)]  # part of a longer name ("the Kurdistan Workers' Party")
    ties = [m.span() for m in _TIES_BETWEEN.finditer(sent, lo, hi)] if " between " in clause else []
    ties += _asides_without_event(sent, lo, hi)  # "..., as police strengthened security around the capital X"
    found = [p for p in located_places(sent, places) if lo <= p["start"] < hi and
             not (outside and any(a <= p["start"] < b for a, b in quoted)) and
             not any(a <= p["start"] < b for a, b in source + ties)]
    cut = _ANSWERS.search(sent, lo, hi)  # "raids in X and Y in revenge for an attack in Z"
    joined = countries_joined(sent, [p for p in found if cut is None or p["start"] < cut.start()],
                              [p for p in places if lo <= p["start"] < hi])
    if joined:
        return None, SEVERAL_COUNTRIES, joined  # "strikes in Iraq and Syria": no one country is the place of the event
    place = _where_place(sent, lo, hi, found, cues_at) or site_place(found, sent)
    place = road_place(clause, lo, actors, place) or place  # "on the Basra-Dhi Qar highway": the road, not Basra
    place = part_place(clause, lo, actors, place, found) or place  # "on the Daf al-Shouq area in Damascus"
    if place is None and g.get("alone"):  # "The outpost, called Tower 22, ..., when the drone struck": the one event
        place = site_place([p for p in places if p["type"] in SITE_TYPES and locative(sent, p)], sent)
    near_earlier = False  # the place is only a locator told in the clause before the event's own
    if place is None and lo > 0 and (_AND_PREDICATE.match(clause) or _AFTER_START.match(clause) and
                                     not cue_classes(sent[:lo])):
        # "Gunmen stormed a house in X and killed him"; "A hunt was launched in X after four were killed": the place of
        # the clause the event's own follows, when that clause tells no event of its own
        earlier = [p for p in located_places(sent, places) if p["start"] < lo and
                   not any(a <= p["start"] < b for a, b in quoted + source)]
        place = site_place(earlier, sent)
        if place is None and earlier:  # "... broke into a house in a village near Mosul and shot him": near Mosul
            place, near_earlier = site_place(earlier, sent, locators_ok=True), True
    if place is None and lo > 0 and _IN_THE_TOWN.search(clause):  # "..., after a drone hit a house in the city"
        place = _town_before(sent, lo, places, quoted + source)
    if place is None and (harmed or _TOOK_PLACE_IN.search(clause)):  # "The second attack took place in Elwak"
        place = named_place(clause, lo, actors, known=places)  # "A sticky bomb in Talibiya wounded two people" (not a
        # name the gazetteers found and judged no locator of the event: "fired from X in Lebanon", "said in Baghdad")
    if place is None:
        place = named_place(clause, lo, actors, BASE_NAME)  # "The attack took place at the Bashur base"
    if place is None:
        place = named_place(clause, lo, actors, AREA_NAME)  # "a checkpoint in the Sayyid Gharib area, between ..."
    if place is not None and place.get("method") == "pattern":
        place = part_place(clause, lo, actors, place, found) or place  # "on Hudayrat village in the X district"
    located = place is None and bool(found)
    if located:
        place = site_place(found, sent, locators_ok=True)  # "a base north of Baghdad": Baghdad, for want of better
        part = part_place(clause, lo, actors, place, found)  # "in X, a village 250 km northwest of Y": X, inside Y
        place, located = (part, False) if part is not None else (place, located)
    located = located or near_earlier
    header = header_place(sent, places)  # "HADITHA - ...", "HILLAH, Iraq — ... south of Baghdad": heading, dateline
    if header is not None and header_wins(header, place, located) and \
            not (located and place is not None and _near_other_province(sent, place, header)):
        place, located = header, True  # weaker than a place the text names: the merge lets a finer one win
    if place is None:
        place = demonym_site(clause, lo)  # "a rocket attack on an Iraqi military base": Iraq
    pid = str(place["place_id"]) if place is not None else ""
    if pid.startswith("txt:") and pid.endswith("@"):  # the same name read with its parent elsewhere in the sentence
        place = next((p for p in places if str(p["place_id"]).startswith(pid) and p["place_id"] != pid), place)
    return place, "locator" if located else "", ""


def _near_other_province(sent: str, place: dict, header: dict) -> bool:
    """Whether a locating place the event is told near ("a village near Mosul") lies in another province than the
    dateline's town ("BAGHDAD, Dec 11"): the nearby town places the event, the dateline only where it was filed.

    >>> s = "gunmen shot a policeman in a village near Mosul"
    >>> _near_other_province(s, {"start": 42, "admin1": "Ninawa"}, {"admin1": "Baghdad"})
    True
    >>> _near_other_province("a blast 20 km south of Mosul", {"start": 23, "admin1": "Ninawa"}, {"admin1": "Baghdad"})
    False
    >>> _near_other_province("a drone hit near troops at X airport", {"start": 28, "admin1": "Erbil", "type": "airport"},
    ...                      {"admin1": "Baghdad"})
    True
    """
    return bool(place.get("admin1")) and bool(header.get("admin1")) and place["admin1"] != header["admin1"] and \
        (_near(sent, place) or place.get("type") in SITE_TYPES)  # or a named site of another province ("BAGHDAD:
    # A drone hit near US forces stationed at Erbil International Airport")


#: an event named as what someone reacted to ("condemning the American strike", "denounced Sunday's attacks")
_REACTED_TO = re.compile(r"\b(?:condemn|denounc|deplor|decr(?:y|ie)|slam|criticis|criticiz|welcom|prais|hail|protest)\w*\s+"
                         r"(?:the|this|that|these|those|[A-Z]\w+['’]s)\s+(?:[\w.'’-]+\s+){0,3}?(?:attacks?|strikes?|airstrikes?|"
                         r"air\s+strikes?|bombings?|raids?|assaults?|shelling|bombardment)\b")


#: a place told right after the event reacted to ("condemned the bombing at a mosque in Peshawar"): the event's own
_OWN_PLACE_AFTER = re.compile(r"\s+(?:at|in|on|near|outside|inside)\s+(?:(?:the|a|an)\s+)?(?:[a-z]+\s+){0,2}?(?:in\s+)?"
                              r"(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|"
                              r"May|June|July|August|September|October|November|December)\b)[A-Z]")


def _only_reacted_to(clause: str, cues: dict) -> bool:
    """Whether every event word of a clause lies in what someone reacted to ("condemning the American strike"): no
    event of the clause's own.

    >>> c = "In Iran, a spokesman issued a statement condemning the American strike."
    >>> _only_reacted_to(c, cue_classes(c)), _only_reacted_to("Iran condemned the strike that hit a school in Homs", {})
    (True, False)
    """
    spans = [m.span() for m in _REACTED_TO.finditer(clause) if not _OWN_PLACE_AFTER.match(clause, m.end())]
    cue_spans = [c for v in cues.values() for c in v]
    return bool(spans and cue_spans) and all(any(a <= c0 < b for a, b in spans) for c0, _ in cue_spans)


#: a clause joined by "as" or "while" after the event's own ("..., as police strengthened security in X")
_JOINED_ASIDE = re.compile(r",\s*(?:as|while|whereas|although|though)\s+(?!well\b)[^,;]*", re.I)
#: (not "but", which may go on with the event told: "The embassy was not hit, but three places in the X zone were")
#: an aside that tells the target on its way ("..., while a car carrying a commander was passing near X"): where the
#: event happened, not an aside of its own
_ON_ITS_WAY = re.compile(r"\b(?:car|vehicle|convoy|patrol|bus|truck|motorcycle|motorbike|van|pickup|minibus|tanker|"
                         r"column)s?\b[^,;]{0,80}?\b(?:was|were)\s+(?:passing|travell?ing|driving|moving|patrolling)"
                         r"(?:\s+(?:near|through|by|along|in|on|past|at)\b|\s*[.,;]|\s*$)", re.I)  # where it was, not
# where it was heading ("while a patrol was returning to its base in X")


def _asides_without_event(sent: str, lo: int, hi: int) -> list[tuple[int, int]]:
    """Spans of the clauses joined by "as" or "while" inside a mention's group that tell no event of their own:
    their places are not the event's ("X condemned the bombing, as police strengthened security around the capital").

    >>> s = "The president condemned the bombing on Sunday, as police stepped up security around the capital Manila."
    >>> [s[a:b] for a, b in _asides_without_event(s, 0, len(s))]
    [', as police stepped up security around the capital Manila.']
    >>> _asides_without_event("Rockets hit the base, as a drone struck a convoy near Erbil.", 0, 58)
    []
    >>> _asides_without_event("A bomb exploded, while a car was passing near Kahil.", 0, 51)
    []
    """
    if ", " not in sent[lo:hi]:
        return []
    return [m.span() for m in _JOINED_ASIDE.finditer(sent, lo, hi) if not cue_classes(m.group()) and
            not _ON_ITS_WAY.search(m.group())]


#: the states a relation holds between, named by their capitals or names ("strained relations between Washington and
#: Tehran"): parties, not where anything happened
_TIES_BETWEEN = re.compile(r"\b(?:relations|relationship|tensions|ties|talks|dialogue|rift|rapprochement|rivalry|standoff|"
                           r"stand-off|feud|dispute|hostility|hostilities|diplomacy)\s+between\s+(?:the\s+)?[A-Z][\w'’.-]*"
                           r"(?:\s+[A-Z][\w'’.-]*)?\s+and\s+(?:the\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)?")


#: a town the clause names only as "the city" / "the town": the one the sentence named before it
_IN_THE_TOWN = re.compile(r"\b(?:in|of|across|near|outside|inside)\s+the\s+(?:same\s+)?(?:city|town)\b(?!\s+of\b)", re.I)
_TOWN_KINDS = frozenset({"city", "town", "village"})


def _town_before(sent: str, lo: int, places: list[dict], skip: list[tuple[int, int]]) -> dict | None:
    """The town the sentence names before a clause that calls it only "the city" (not within quotes or a source).

    >>> s = pd.DataFrame({"doc_id": ["a"], "para_id": [0], "sent_id": [0], "start": [0], "end": [120], "text": [
    ...     "Mortar fire hit Basra again on Tuesday, hours after a rocket launched on Monday night struck a market in "
    ...     "the city without wounding anyone."]})
    >>> from analysis.events.mentions import incident_mentions
    >>> m = incident_mentions(s, pd.DataFrame({"doc_id": ["a"], "published": ["2022-05-05"]}))
    >>> m["place"].tolist()
    ['Basra', 'Basra']
    """
    return site_place([p for p in located_places(sent, places) if p["start"] < lo and p["type"] in _TOWN_KINDS
                       and not any(a <= p["start"] < b for a, b in skip)], sent)


#: aircraft words: in a state's strike they name the platform, not what was fired
_PLATFORM = re.compile(r"\b(?:drones?|uavs?|unmanned\s+aerial\s+vehicles?|aircraft|warplanes?|jets?|helicopters?)\b", re.I)
_TARGET_THINGS = re.compile(r"(?:(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)(?:ballistic\s+|cruise\s+)?(?:drones?|missiles?|"
                            r"rockets?|uavs?)){0,3}"  # "<munition> and <munition> <facility>", "<munition>, <munition> or <munition> depots"
                            r"(?:[\s-]+(?:storage|depots?|facilities|facility|launch\s+sites?|launchers?|factories|headquarters|"
                            r"regiments?|battalions?|brigades?|"
                            r"factory|production|warehouses?|workshops?|caches?|units?|teams?|cells?|operators?|"
                            r"experts?|programs?|capabilit(?:y|ies)))\b", re.I)
_NUMBERISH = re.compile(r"\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens?|several|"
                        r"a|an|no|single)\b", re.I)


def _worth_filling(g: dict, clause: str, actors: list[dict]) -> bool:
    """A cheap test before filling slots: a group whose only cue is an attack word and that has no place, weapon,
    number, casualty word or actor cannot become a mention ("Trump attacked his rival")."""
    if g["places"] or g["families"] or actors or set(g["cues"]) - {"attack"} or _NAMED_BY_DAY.search(clause) or \
            _STRUCK_SITE.search(clause) and _IN_A_NAME.search(clause):
        return True  # ... or an attack named by its day ("the June 4, 2021 attack on Kuwait"), or on a held place with
        # a name after "in" ("fighters attacked enemy positions in the X Heights")
    return bool(_NUMBERISH.search(clause)) and bool(re.search(r"\b(?:rockets?|missiles?|drones?|shells?|mortars?|"
                                                              r"bombs?|projectiles?)\b", clause, re.I))


def _weapons(clause: str) -> list[str]:
    """Weapons used in a mention's clauses: the C-RAM air-defence system and weapons named as targets ("drone
    storage facilities", "missile launchers") are not means of the attack.

    >>> _weapons("strikes hit drone storage facilities"), _weapons("a drone hit the base")
    ([], ['drones'])
    >>> _weapons("the raids levelled drone, rocket and missile workshops")  # a list of targets
    []
    >>> _weapons("the raids hit command posts, missiles, rockets and drone launchers")
    []
    >>> _weapons("an air strike killed five militants as they were preparing to launch rockets at the base")
    ['air strike']
    """
    if "armed with" in clause and _ARMED_ONE_SHOT.search(clause):  # "a man armed with knives and explosive devices was
        clause = _ARMED_WITH.sub(lambda m: " " * len(m.group()), clause)  # shot and killed": his arms, not the means
    if " to " in clause and (m := _INTENDED.search(clause)) and \
            set(weapons_in(_CRAM.sub(" ", clause[:m.start()]), _TARGET_THINGS)) - {"small arms"}:  # "an air strike
        clause = clause[:m.start()] + " " * (m.end() - m.start()) + clause[m.end():]  # killed five militants as they
        # were preparing to launch projectiles": the strike's own weapon, named before the launch they intended
    head = _before_context(clause)  # "rockets hit the base, the latest in a series of drone attacks"
    own = weapons_in(_CRAM.sub(" ", head), _TARGET_THINGS) if len(head) < len(clause) else []
    return own or weapons_in(_CRAM.sub(" ", clause), _TARGET_THINGS)


#: a launch the targets intended, not made ("as they were preparing to launch projectiles at U.S. forces")
_INTENDED = re.compile(r"\b(?:preparing|planning|plotting|about|trying|attempting|poised|ready|going)\s+to\s+(?:launch|fire)\s+"
                       r"(?:(?:an?|the|more|their|its|two|three|four|five|several|\d+)\s+)?(?:[\w-]+\s+){0,2}?(?:rockets?|"
                       r"missiles?|mortars?|drones?|projectiles?|rpgs?|shells?|uavs?)\b", re.I)
#: what an assailant carried ("armed with knives and explosive devices"), up to the clause's next verb or comma
_ARMED_WITH = re.compile(r"\barmed\s+with\s+[^,;]{1,80}?(?=\s+(?:was|were|who|when|before|and\s+(?:was|were))\b|[,;]|$)", re.I)
#: the armed one shot or killed by others: "... was shot and killed by a settler", "were shot dead"
_ARMED_ONE_SHOT = re.compile(r"\b(?:was|were)\s+(?:(?:fatally|later)\s+)?(?:shot|killed|neutrali[sz]ed|gunned\s+down)\b", re.I)


_STRIKE_MEANS = re.compile(r"\b(?:bombed|bombing|struck|strikes?|airstrikes?|raids?)\b", re.I)


#: "X follows a strike", "X came two days after a strike": the event before it is another one
_FOLLOWS = re.compile(r"\b(?:follows|followed|(?:comes|came|coming)\s+(?:[\w-]+\s+){0,3}?after)\s", re.I)


_HARM_VERB = re.compile(rf"\b(?:{_HARM_WORDS}|left\s+\w+\s+(?:dead|wounded))\b", re.I)


def _toll_of_followed(clause: str) -> list[str]:
    """The weapons of the earlier event a clause tells its subject followed, when the toll is that event's ("The
    injuries from the drone attack followed a rocket strike ... that wounded five"): the mention is that event's.

    >>> _toll_of_followed("The injuries from the drone attack followed a rocket strike on Monday that wounded five")
    ['rockets']
    >>> _toll_of_followed("A drone attack that wounded two followed a rocket strike on Monday")
    []
    """
    cut = _FOLLOWS.search(clause)
    if cut is None or not _HARM_VERB.search(clause, cut.end()) or _HARM_VERB.search(clause, 0, cut.start()):
        return []
    return _weapons(clause[cut.end():])


def _strike_means(clause: str, weapons: list[str]) -> list[str]:
    """The means of a strike: weapons named as its target ("depots storing drones") are dropped, and so are those of an
    attack the clause tells the strike came before ("Friday's rocket attack follows an airstrike in X").

    >>> _strike_means("Friday's rocket attack follows an airstrike near the border", ["rockets", "air strike"])
    ['air strike']
    >>> _strike_means("Jets struck the spot from where the rockets were fired", ["rockets"])
    ['air strike']
    """
    from ..vocabulary import vocabulary as _v

    cut = _FOLLOWS.search(clause)
    if cut and _STRIKE_MEANS.search(clause, cut.end()) and not _STRIKE_MEANS.search(clause, 0, cut.start()):
        clause = clause[cut.end():]  # the strike is the event followed: its means are named after the cut
    own = []
    for label, _f, _s, rx in _v().weapons:
        if label in weapons and any(not _NOT_MEANS.search(clause[:m.start()]) for m in rx.finditer(clause)):
            own.append(label)
    if not own and _STRIKE_MEANS.search(clause):
        own = ["air strike"]
    return own


def _specific(row: dict, et: str, agent: dict | None, clause: str) -> bool | str:
    """Whether a mention pins an event down (place, weapon, count or casualties: True; only a precise date of its
    own sentence could: 'date'; nothing: False)."""
    accident = _ACCIDENT.search(clause)
    if accident and _PART_ACCIDENT.search(clause):
        accident = None  # "the raid left 12 soldiers dead, five of them in an accident": a part of the attack's toll
    if accident and not row["weapon"] and not (accident.group().lower() == "heart attack" and _ATTACK_CONTEXT.search(clause)
                                               and (row["injured"] is not None or row["killed"] is not None)):
        return False  # not "a cook had a heart attack in the strikes, and nine were hurt"
    said = _says_who(et, agent, row["weapon"], clause)
    if said is not None:
        return said
    named = agent is not None and agent["actor_id"] not in ("unknown_group", "pro_iran_militias")
    has_count = any(row[c] is not None for c in COUNT_FIELDS)
    site = bool(row["place_id"]) and row["place_type"] != "country"
    if site or has_count or et == "attack" and _ONE_TARGET_STRUCK.search(clause) and not _NOT_THIS_TIME.search(clause):
        return True  # ... or a blow at one thing named anew ("ISIS attacked a convoy of tankers in the desert")
    if row["weapon"] and not (row["weapon"] == "small arms" and _DEFINITE_ONLY.search(clause) and
                              not _INDEFINITE_EVENT.search(clause)):
        return True  # a weapon pins an event down, unless it is only the fight told again ("the gun battle had lasted
        # all night"): then, as any retelling, only a day of its own would
    return "date" if named or et != "attack" or _NAMED_BY_DAY.search(clause) else False


#: an attack's verb on one physical target told anew (an indefinite article): "attacked a convoy", "ambushed an army
#: patrol" (not "attacked his rival", nor "the convoy", nor a witness's quoted "They bombed a house": retellings)
_ONE_TARGET_STRUCK = re.compile(r"(?<![“\"‘]They\s)(?<![“\"‘]He\s)(?<![“\"‘]We\s)(?<![“\"‘]It\s)"
                                r"\b(?:attacked|ambushed|bombed|shelled)\s+(?:an?|one)\s+(?:[\w'’-]+\s+){0,3}?"
                                r"(?:convoy|checkpoint|patrol|village|bus|base|outpost|post|camp|vehicle|car|truck|tanker|"
                                r"house|home|mosque|church|market|school|hospital|prison|station|headquarters|barracks|"
                                r"compound|building|shop|restaurant|hotel|wedding|funeral)\b", re.I)
#: a blow told as a habit of the past or make-believe ("once attacked a church", "in the past", "in a training scenario")
_NOT_THIS_TIME = re.compile(r"\b(?:once|in\s+the\s+past|previously|years\s+ago|decades\s+ago|used\s+to|scenario|video\s+game|"
                            r"exercise|drill|simulation|film|movie|novel)\b", re.I)
#: a fight told again by "the" ("the gun battle that followed"), its weapon only the fight's own word (the
#: small arms of a gun battle), and an event told anew ("a gun battle", "gunmen fired")
_DEFINITE_ONLY = re.compile(r"\bthe\s+(?:[\w-]+\s+){0,2}?(?:gun\s*battles?|gun-?fights?|fire-?fights?|shoot-?outs?|"
                            r"clash(?:es)?)\b", re.I)
_INDEFINITE_EVENT = re.compile(r"\b(?:an?|another|two|three|several|new)\s+(?:[\w-]+\s+){0,2}?(?:attacks?|strikes?|raids?|"
                               r"assaults?|bombings?|blasts?|explosions?|shelling|gun\s*battles?|gun-?fights?|fire-?fights?|"
                               r"shoot-?outs?|clash(?:es)?|ambush(?:es)?|rockets?|missiles?|drones?|mortars?|shells?|bombs?)\b|"
                               r"\b(?:fired|launched|opened\s+fire|struck|hit|detonated|exploded|bombarded|bombed|shelled|"
                               r"attacked|targeted|pounded|raided|stormed|ambushed|killed|wounded|injured)\b", re.I)
#: an attack named by its day: "the March 12, 2019 attack on Y", "the Aug. 19 bombings" (kept when the day is its own)
_NAMED_BY_DAY = re.compile(r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s*\d{1,2}(?:st|nd|rd|th)?"
                           r"(?:,?\s+\d{4},?)?\s+(?:[\w-]+\s+){0,2}?(?:attacks?|assault|raid|massacre|bombings?)\b|"
                           r"\bthe\s+(?:mon|tues|wednes|thurs|fri|satur|sun)day(?:\s+(?:night|morning|evening|afternoon))?\s+"
                           r"(?:(?:massacre|bombing|shooting|blast)\s+(?:at|in|on|near)|attack\s+(?:at|in|near))\s+"
                           r"(?:an?\s+|the\s+)?\w", re.I)  # "the Tuesday night attack at a Dayton home" (by its
# weekday: with the place it hit; not "the Monday attack on the president's record")


def _says_who(et: str, agent: dict | None, weapon: str, clause: str) -> bool | None:
    """Whether a threat or claim pins itself down (``_specific``): a threat names its actor or a speaker with a title
    or office ("President Joe Biden has pledged ..."), a claim a named group or its weapon; None for other types.
    Known before the counts and the place: a mention that fails it is dropped without reading them.

    >>> _says_who("threat", None, "", "Militias vowed revenge"), _says_who("claim", None, "drones", "X claimed it")
    (False, True)
    >>> _says_who("threat", None, "", "after the Ruritanian president threatened to launch an offensive")
    True
    """
    named = agent is not None and agent["actor_id"] not in ("unknown_group", "pro_iran_militias")
    if et == "threat":
        return named or agent is not None or bool(_SPEAKER.search(clause) or _OFFICE_SPEAKER.match(clause) or
                                                  _NAMED_OFFICE.search(clause))
    if et == "claim":
        return named or bool(weapon)
    return None


_EVENTS = r"(?:attacks|incidents|shootings|bombings|explosions|strikes|raids|clashes)"
_AREA = r"(?:(?:northern|southern|eastern|western|central)\s+(?:and\s+\w+\s+)?)?(?:iraq|syria)"
_TOLL = r"\b(?:killed|wounded|injured|dead)\s+(?:[\w.-]+\s+){0,3}?"  # the toll, then up to three words
#: a toll over several events, as a roundup's lead gives it; never one incident, whatever its day or place
_ROUNDUP_TOTAL = re.compile("|".join([
    rf"\bin\s+(?:[\w-]+\s+)?separate\s+(?:[\w-]+\s+){{0,3}}?{_EVENTS}",  # "in three separate roadside bombings"
    rf"\bin\s+(?:several\s+|a\s+(?:new\s+)?(?:wave|series)\s+of\s+)?(?:[\w-]+\s+)?{_EVENTS}\s+and\s+(?:[\w-]+\s+)?"
    rf"{_EVENTS}",  # two plural kinds: "in raids and shootings"
    r"\bin\s+(?:two|three|four|five|six|seven|eight|nine|ten|\d+)\s+(?:attacks|incidents)\b",  # counted: "in five attacks"
    rf"\bin\s+a\s+number\s+of\s+(?:[\w-]+\s+)?{_EVENTS}",  # "in a number of raids"
    rf"{_TOLL}in\s+(?:attacks|bombings|shootings)\s+(?:in|across|around)\b",  # "wounded in bombings around Mosul"
    rf"{_TOLL}across\s+{_AREA}\b",  # "twelve were killed across northern Iraq": the toll itself spread over a country
]), re.I)
#: one attack named with "a" ("a car bomb as violence rose", "a shooting at their checkpoint"): no roundup's total;
#: not "a number of bomb attacks", "a wave of bomb blasts" (many, counted together)
_ONE_ATTACK = re.compile(r"\ban?\s+(?!(?:number|series|wave|spate|string)\s+of\b)(?:[\w-]+\s+){0,2}?"
                         r"(?:attack|bombing|bomb|shooting|strike|explosion|blast|ambush)\b(?!\s+(?:attacks|blasts|explosions))",
                         re.I)


#: a series told as the subject of its toll, its parts told after ("A series of three coordinated explosions rocked X on
#: Friday, leaving eight injured. The first blast ..."): a summary whose day its parts take; not "the latest in a string
#: of incidents" or "amid a wave of attacks" (the setting of one event's toll)
_SERIES_LEAD = re.compile(rf"(?<!\bin\s)(?<!\bof\s)(?<!\bamid\s)(?<!\bafter\s)(?<!\bamong\s)(?<!\bfollowing\s)\b(?:a|the)\s+"
                          rf"{_SERIES_WORDS}(?:{_EVENTS}|blasts)\b", re.I)


def _roundup_total(clause: str, counts: dict) -> bool:
    """Whether a clause gives a toll over several events (``_ROUNDUP_TOTAL``), naming no single attack with "a".

    >>> _roundup_total("Nine people were killed in separate shootings across Iraq", {"killed": 9, "injured": None})
    True
    >>> _roundup_total("Nine people were killed in a car bombing in Hilla", {"killed": 9, "injured": None})
    False
    >>> _roundup_total("as 17 more were hurt in a number of bomb explosions near Kirkuk", {"killed": None, "injured": 17})
    True
    """
    return bool(counts["killed"] or counts["injured"]) and bool(_ROUNDUP_TOTAL.search(clause)) and \
        not _ONE_ATTACK.search(clause)


def _open_water(place: dict) -> bool:
    """Whether a place is a sea, gulf or strait (a region of no country): "the attacks on shipping in the Red Sea" are
    a campaign's, not one attack's.

    >>> _open_water({"type": "region", "country": ""}), _open_water({"type": "air base", "country": "Iraq"})
    (True, False)
    """
    return place.get("type") == "region" and not place.get("country")


#: a span of time fronted alone before a clause ("Since the beginning of 2019, ...", "Over the past year, ...")
_FRONTED_SPAN = re.compile(r"\W*(?:since|over\s+the\s+(?:past|last)|in\s+the\s+(?:past|last))\s+[^,;.]{2,40},?\s*", re.I)


def _row(s: dict, g: dict, sent: str, off: int, et: str, weapons: list[str], counts: dict, agent: dict | None,
         target: str, place: dict | None, date_: dict | None, places: list[dict]) -> dict:
    """The mention row (columns ``MENTION_COLUMNS``, without mention_id and date_inference)."""
    lo, hi = g["start"], g["end"]
    clause = sent[lo:hi]
    roundup = _roundup_total(clause, counts)
    spanned = sent[:hi] if lo and not any(counts[c] for c in COUNT_FIELDS) and _FRONTED_SPAN.fullmatch(sent[:lo]) \
        else clause  # "Since the start of 2019, five incidents have been reported": the fronted span is the clause's
    # (not "Since the start of the violence, 1,500 rockets have been fired": a barrage its count tells)
    aggregate = et != "threat" and (  # a threat is one vow, whatever it vows ("vowed to carry out 100 attacks")
        (_summed_up(spanned, counts, place is not None) and not _named_bases_struck(clause, place)) or
        (bool(_ATTACKS_WORD.search(_OTHER_ATTACKS_FROM.split(clause)[0])) and not any(counts[c] for c in COUNT_FIELDS)
         and (place is None or _open_water(place)) and not _DIGIT.search(clause)) or roundup)
    act_attr, old_attr, by = attribution(clause, sent, et) if agent is not None or et == "claim" else ("", "", "")
    row = {"doc_id": s["doc_id"], "para_id": int(s["para_id"]), "sent_id": int(s["sent_id"]), "sent_start": off,
           "sent_end": int(s["end"]), "clause_start": off + lo, "clause_end": off + hi, "evidence_start": off + lo,
           "evidence_end": off + hi, "scope": "aggregate" if aggregate else "incident", "event_type": et,
           "event_subtype": _subtype(et, weapons, clause), "weapon": weapons[0] if weapons else "",
           "weapons": ";".join(weapons), **{c: counts[c] for c in COUNT_FIELDS},
           "killed_who": counts["killed_who"], "injured_who": counts["injured_who"],
           "casualty_group": counts["killed_who"] or counts["injured_who"],
           "qualifier": _qualifier_words(counts["qualifiers"]), "qualifiers": ";".join(counts["qualifiers"]),
           "actor_id": agent["actor_id"] if agent else "", "actor": agent["name"] if agent else "",
           "actor_attribution": act_attr, "attribution": old_attr, "attributed_by": by, "target": target,
           "evidence": sent, **place_cols(place), **(date_ or EMPTY_DATE), "_roundup": roundup}
    if place is None:  # an earlier event the sentence answers is located by its own clause, not by the lead's places
        row["country"] = country_of(sent, places if g["kind"] != "prior" else [p for p in places if lo <= p["start"] < hi])
    return row


_SHELLING = re.compile(r"\bshell|artillery", re.I)


#: one event told with its article ("conducted an airstrike on ...", "a rocket attack"), not "claimed attacks on ..."
_ONE_EVENT = re.compile(r"\b(?:an?|one)\s+(?:[\w-]+\s+){0,2}?(?:air\s*strike|strike|attack|raid|bombing|ambush)"
                        r"(?![\w-])", re.I)


def _own_day(r: dict) -> bool:
    """Whether a mention's own sentence dates its event to a day ("conducted an airstrike ... on Wednesday").

    >>> _own_day({"date_precision": "day", "date_source": "sentence"}), _own_day({"date_precision": "month"})
    (True, False)
    """
    return r.get("date_precision") == "day" and r.get("date_source") == "sentence"


def _subtype(et: str, weapons: list[str], clause: str) -> str:
    """ACLED-style sub-event type of a mention from its weapon and type."""
    if weapons:
        return vocabulary().sub_event(weapons[0])
    if et in ("us_strike", "strike"):
        return "Shelling/artillery/missile attack" if _SHELLING.search(clause) else "Air/drone strike"
    if et == "interception":
        return "Disrupted weapons use"
    return ""


#: a first account that a later one may revise ("initial reports indicate 3 minor injuries", "initially put the number")
_INITIAL = re.compile(r"\b(?:initial(?:ly)?|preliminary|first)\s+(?:reports?|indications?|information|assessments?|"
                      r"figures?|toll|count)\b|\binitially\s+(?:said|put|reported|gave|counted)\b", re.I)


#: the target told as not struck: "the base itself had not been struck", "none of the rockets hit the camp"
_NOT_STRUCK = re.compile(r"\b(?:base|compound|facility|embassy|consulate|airport|camp|outpost)\s+(?:itself\s+)?(?:had|has|was|were)"
                         r"\s+not\s+(?:been\s+)?(?:struck|hit)\b|\b(?:none|no\s+(?:rockets?|drones?|missiles?|"
                         r"projectiles?|shells?))\s+(?:of\s+(?:them|the\s+\w+)\s+)?(?:hit|struck|landed\s+(?:on|inside|in))\b",
                         re.I)


def _initial(clause: str, cas: dict) -> list[str]:
    """Qualifiers marking the casualty counts of a first account ("killed=initial"), which an article's later,
    settled (exact) figure outweighs when they differ (``merge._consensus_count``).

    >>> _initial("At this time initial reports indicate 3 minor injuries", {"killed": None, "injured": 3, "qualifiers": []})
    ['injured=initial']
    """
    if "initial" not in clause.lower() and "preliminary" not in clause.lower() and "first" not in clause.lower():
        return []
    if not _INITIAL.search(clause):
        return []
    return [f"{f}=initial" for f in ("killed", "injured") if cas[f] is not None and
            not any(q.startswith(f + "=") for q in cas["qualifiers"])]


def _qualifier_words(qualifiers: list[str]) -> str:
    """Qualifiers of the casualty counts in words ("killed: at least").

    >>> _qualifier_words(["killed=at_least", "n_fired=about", "injured=several"])
    'killed: at least; injured: several'
    """
    return "; ".join(f"{q.split('=')[0]}: {q.split('=')[1].replace('_', ' ')}" for q in qualifiers
                     if q.startswith(("killed=", "injured=")))


def _family(event_type: str) -> str:
    """Event family: 'state' for strikes by states, 'threat', 'militia' for attacks, claims, interceptions."""
    return "state" if event_type in ("us_strike", "strike") else "threat" if event_type == "threat" else "militia"
#: a clause that is a second predicate of the sentence's subject ("... and killed him", "... and shot dead two")
_AND_PREDICATE = re.compile(r"^[\s,]*(?:and|then|before)\s+(?:then\s+)?(?:killed|shot|wounded|injured|gunned|executed)\b",
                            re.I)


from ..prefilter import guard_patterns  # noqa: E402  (after every expression of the module is defined)

guard_patterns(globals())
