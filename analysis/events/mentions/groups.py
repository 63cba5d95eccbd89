"""Clauses into mentions: which clauses of a candidate sentence start a mention of their own and which join the one
before (earlier events, responses, announced tolls)."""

from __future__ import annotations

import re
from collections.abc import Container

from ..actors import scan_actors
from ..clauses import BLAMED_FOR, HELD_RESPONSIBLE, KILLING_OF, LED_TO, PRIOR, RESPONSIBLE_PARTY, SINCE_AN_EVENT, SINCE_DATED_EVENT, is_caption, split_clauses
from ..gazetteer import join_flags, tokens
from ..places import scan_places
from ..counts import parse_number
from ..roles import ENTRY_HEAD, TOLL_UPDATE
from ..triggers import cue_classes
from ..prefilter import may_match
from ..vocabulary import vocabulary, weapons_in
from .scope import (_CRAM, _FOUND_MUNITIONS, _GONE_OFF, _RUNNING_TOTAL, _TOTAL_ROSE, _aggregate, _part_of_tally, _then_another,
                    _victims_elsewhere)


def _groups(sent: str, places: list[dict], actors: list[dict]) -> list[dict]:
    """Clauses of a sentence grouped into mentions (start, end, cues) as described in the module docstring."""
    groups: list[dict] = []
    pending: tuple[int, int] | None = None
    prior = PRIOR.match(sent)  # "Two weeks before the drone attack, rockets hit ...": the opening clause is earlier
    total = _TOTAL_ROSE.search(sent)  # "..., it rose to N, the number of those killed ...": a tally follows
    stop = total.start() if total else len(sent)
    for lo, hi in _cut_behind(sent, split_clauses(sent)):
        if lo >= stop:
            break
        hi = min(hi, stop)
        clause = sent[lo:hi]
        if _RUNNING_TOTAL.match(clause) or _FOUND_MUNITIONS.search(clause) and not _GONE_OFF.search(clause):
            continue  # a tally of many events ("bringing the number of attacks to 70"); weapons found, not used
        cues = _specific_cues(clause, cue_classes(clause))
        if not cues and _SINCE_AN_EVENT.match(clause) and _SUPERLATIVE.search(sent, max(0, lo - 60), lo):
            cues = cue_classes(clause)  # "the deadliest attack since the bombing of a police station in X": that bombing
        event = {"attack", "strike", "interception", "claim", "threat"} & set(cues)
        own = _clause_facts(lo, hi, clause, places, actors, cues)
        earlier = _earlier_event(sent[:lo], clause)
        toll = (own["kind"] == "prior" or earlier is not None) and _toll_of_following(sent, pending, groups, clause)
        if toll and own["kind"] == "prior":
            own["kind"] = "event"  # "Twelve soldiers were killed following an explosion in X": the blast that killed them
        if _BEHIND_ATTACK.match(clause):
            own["kind"] = "prior"  # "... the fighters behind a drone strike that killed two": that strike, told apart
        elif prior and lo == 0 and hi == prior.end() or _RESPONSE_TO.match(clause):
            own["kind"], own["days_before"] = "prior", -1  # "Following ...,", "a response to the killing of X"
        if earlier is not None and toll:
            earlier = None  # "34 troops suffered concussions following the missile attack on X": that attack's toll
        if earlier is not None:  # "..., which came a day after a drone attack on al-Tanf": an earlier event
            own["kind"], own["days_before"] = "prior", earlier
        elif own["kind"] == "prior" and groups and "days_before" not in own and _PRIOR_EVENT.match(clause):
            own["days_before"] = -1  # "X was shot down on Saturday, months after ... following the deaths of three"
        if not event and own["families"] and (_ENTRY_HEAD.match(sent) and re.match(r"[;\s]*(?:[A-Z][^:]{1,60}:\s*)?\d",
                                                                                 sent[lo:hi]) or "casualty" in cues):
            cues = {**cues, "casualty": cues.get("casualty", [])}  # "Madain: 1 by IED."
        if "casualty" in cues and not event and (own["kind"] == "prior" or own["families"]):
            event = {"attack"}  # "following the deaths of three U.S. soldiers", "gunmen killed two shepherds"
            cues = {**cues, "attack": []}
        if not event and not cues and _ADDING.match(clause):
            continue  # "..., adding that a gunship was already in the air": a further remark, not the event's own words
        if not event or groups and (not (_distinct(groups[-1], own) or _COINCIDED.match(clause)) or _COUNT_PART.match(clause) or
                                    _ATTACKER_PART.match(clause) or
                                    _THE_SAME_SALVO.match(clause)):
            if groups:
                if not event and _named_event_toll(groups[-1], sent[groups[-1]["start"]:lo], clause, cues):
                    groups[-1].pop("days_before", None)  # "In response to the strike, X announced a death": its toll
                _extend(groups[-1], hi, cues, own)
            elif cues or pending:  # "One contractor was killed and ... in a rocket attack"
                pending = (pending[0] if pending else lo, hi)
            continue
        if pending and not groups and (_victims_elsewhere(sent, pending, lo, own, places, actors) or
                                       _then_another(sent, lo, cues)):
            pc = cue_classes(sent[pending[0]:pending[1]])  # "Four were killed in X and another three near Y when ..."
            groups.append({"start": pending[0], "end": pending[1], "cues": pc,
                           **_clause_facts(*pending, sent[pending[0]:pending[1]], places, actors, pc)})
            pending = None
        start = pending[0] if pending and not groups and not _part_of_tally(sent, pending, own) and \
            not _SINCE_DATED.match(clause) else lo  # "the first deaths since the X May 3 raid": not that raid's
        if start < lo and own["kind"] == "event" and "casualty" not in cues and _FOLLOWING_ATTACK.match(clause):
            cues = _specific_cues(sent[start:hi], cue_classes(sent[start:hi]))  # the victims' words join the blast's
        groups.append({"start": start, "end": hi, "cues": dict(cues), **own})
        pending = None
    if not groups and pending:
        cues = cue_classes(sent[pending[0]:pending[1]])
        if cues:
            groups.append({"start": pending[0], "end": pending[1], "cues": cues,
                           **_clause_facts(*pending, sent[pending[0]:pending[1]], places, actors, cues)})
    return groups


#: a group announcing or mourning its dead: what answers the event told is a statement, not another act of war
_ANNOUNCES_DEAD = re.compile(r"\b(?:announc|confirm|acknowledg|mourn)\w*\s+(?:that\s+)?(?:the\s+)?(?:death|deaths|loss|"
                             r"killing|martyrdom)\b", re.I)


#: an opening that names the event before the main clause ("Following the attack on X, ...", "After the bombing, ...")
_AFTER_NAMED = re.compile(r"\W*(?:following|after)\s+(?:an?|the|this|that|last\s+\w+['’]s|\w+day['’]s)\s+(?:[\w'’()-]+\s+){0,3}?"
                          r"(?:attacks?|strikes?|airstrikes?|bombings?|blasts?|explosions?|ambush|assault|raid|shelling)\b", re.I)
#: a clause that only updates a toll: "the number of fighters killed has risen to four", "the death toll climbed to 12"
_TOLL_UPDATE = re.compile(r"^[\s,]*(?:the\s+)?" + TOLL_UPDATE, re.I)


def _named_event_toll(g: dict, opening: str, clause: str, cues: dict) -> bool:
    """Whether a clause that only tells a toll follows an opening that names the event it belongs to: deaths announced
    after what they answer ("In response to the strike, the group announced the death of a fighter") or a toll updated
    after the event named ("Following the attack on the post, the number of fighters killed has risen to four"). The
    toll is that event's, which is then the event the sentence tells, not one earlier than it.

    >>> g = {"start": 0, "days_before": -1}
    >>> _named_event_toll(g, "In response to the strike", ", the militia announced the death of a fighter", {"casualty": []})
    True
    >>> _named_event_toll(g, "In response to the strike", ", gunmen killed two guards", {"casualty": []})
    False
    >>> _named_event_toll(g, "Following the attack on the post", ", the number of fighters killed has risen to four",
    ...                   {"casualty": []})
    True
    >>> _named_event_toll(g, "Following the attack on the post", ", gunmen killed two guards", {"casualty": []})
    False
    """
    if g.get("days_before") != -1 or g["start"] != 0 or "casualty" not in cues:
        return False
    return bool(_RESPONSE_TO.match(opening)) and bool(_ANNOUNCES_DEAD.search(clause)) and not _OWN_ACT.search(clause) or \
        bool(_AFTER_NAMED.match(opening)) and bool(_TOLL_UPDATE.match(clause))


#: an attack named right after the victims it harmed: "following the missile attack on ...", "after a drone strike"
_FOLLOWING_ATTACK = re.compile(r"[\s,]*(?:following|after|in\s+the\s+wake\s+of)\s+(?:an?|the|two|three|twin|\d+)\s+(?:[\w-]+\s+){0,3}?"
                               r"(?:attacks?|strikes?|airstrikes?|bombings?|blasts?|explosions?|barrage|ambush|assault)\b",
                               re.I)


def _toll_of_following(sent: str, pending: tuple[int, int] | None, groups: list[dict], clause: str) -> bool:
    """Whether a clause names the attack whose victims the sentence has just told, with no event of their own before
    it ("Five guards were wounded following a drone attack on the camp"): the attack's toll, not an earlier event.

    >>> s = "Five guards were wounded following a drone attack on the camp."
    >>> _toll_of_following(s, (0, 24), [], s[24:])
    True
    >>> s = "Jets struck two depots following a drone attack on the camp."
    >>> _toll_of_following(s, None, [{"start": 0}], s[22:])
    False
    """
    if groups or not pending or not _FOLLOWING_ATTACK.match(clause):
        return False
    before = sent[pending[0]:pending[1]]
    return "casualty" in cue_classes(before) and not _OWN_ACT.search(before)


_ADDING = re.compile(r"[\s,]*(?:adding|saying|noting|stressing)\s+that\b", re.I)
#: "X coincided with an assault on Y": another event at the same time (``split_clauses`` cuts before it)
_COINCIDED = re.compile(r"\s*coincid(?:ed|es|ing)\s+with\b|[\s,]*" + LED_TO, re.I)  # or an act the event led to
#: the attack a strike's targets are said to be behind, told with its own victims: "it hit the positions of fighters
#: behind a drone strike that killed a contractor" (an earlier event of its own, not the strike's toll)
_BEHIND_ATTACK = re.compile(r"\s*behind\s+(?:an?|the)\s+(?:[\w-]+\s+){0,3}?(?:attacks?|strikes?|bombings?|assault|barrage)\b"
                            r"(?=[^.;]{0,80}?\b(?:that|which)\s+(?:\w+\s+)?(?:killed|injured|wounded|hurt|left)\b)|"
                            r"\s*" + HELD_RESPONSIBLE + KILLING_OF + r"\b", re.I)  # "(the militia) believed to be responsible
# for killing two Americans": that killing


def _cut_behind(sent: str, clauses: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The clauses with each one cut where it names the attack its subject is behind (``_BEHIND_ATTACK``).

    >>> s = "Jets hit the men behind a drone strike that killed a guard."
    >>> [s[a:b] for a, b in _cut_behind(s, [(0, len(s))])]
    ['Jets hit the men', ' behind a drone strike that killed a guard.']
    """
    if "behind" not in sent:
        return clauses
    out = []
    for lo, hi in clauses:
        m = _BEHIND_ATTACK.search(sent, lo, hi)
        out += [(lo, m.start()), (m.start(), hi)] if m and m.start() - lo >= 12 else [(lo, hi)]
    return out
#: the attack a strike answers, told with its own victims: "strikes against groups it blamed for a drone attack that
#: killed a contractor", "in response to an attack in northern Iraq, which injured three"
_ANSWERED = re.compile(r"\b(?:for|after|following|over|behind|(?:in\s+)?(?:response|retaliation|reprisal)\s+(?:to|for))\s+(?:an?|the)\s+"
                       r"(?:[\w-]+\s+){0,3}?(?:attacks?|assault|bombing|(?:drone|rocket|missile)\s+strikes?)\b[^.;]{0,80}?\b(?:that|which|in\s+which)\s+(?:\w+\s+)?"
                       r"(?:killed|injured|wounded|left|hurt|claimed)\b", re.I)
#: a clause that names what the event told answers: an earlier event ("as a response to the assassination of X")
_RESPONSE_TO = re.compile(r"^[\s,]*(?:(?:in|as|of)\s+)?(?:a\s+)?(?:response|retaliation|revenge|reprisal)\s+(?:to|for)\b|"
                          r"^\s*(?:over|for)\s+(?:the\s+)?(?:killings?|deaths?|assassinations?|murders?)\s+of\s|"  # "threats of
                          # retaliation over the killing of X" (``clauses``): the killing answered
                          r"^[\s,]*" + BLAMED_FOR + r"|^[\s,]*" + RESPONSIBLE_PARTY, re.I)
#: a clause that places its event before the one just told: "..., which came a day after X", "comes days after X"
_CAME_AFTER = re.compile(r"^[\s,]*(?:(?:which|that)\s+(?:came|comes)\s+(?P<d>[^,;]{0,30}?)\s*after|"
                         r"(?:(?:which|that)\s+)?follow(?:ed|s)(?!\s+by\b)|following\s+(?:an?|the)\s+(?:[\w-]+\s+){0,2}?(?:attacks?|"
                         r"strikes?|bombings?|raids?))\b", re.I)
_CAME_BEFORE = re.compile(r"\b(?:comes?|came|follow(?:s|ed)|happened|occurred|took\s+place)(?:\s+(?P<d>(?:[\w-]+\s+){0,2}"
                          r"[\w-]+|(?:[\w-]+\s+){3}(?:minutes?|hours?|days?|weeks?|months?|years?)))?\s*$", re.I)  # "comes
# less than a month after": a span of four words ends in its unit (not "occurred at a busy market after")
#: a clause after "since" that tells an event by its verb ("since the U.S. launched strikes", "since jets struck X"; not
#: "since Monday", "since the start of the war"): ``split_clauses`` cuts it off; the event it tells came earlier
_SINCE_EVENT = re.compile(r"^\s*since\s+(?!(?:the\s+)?(?:start|beginning|end|outbreak|onset)\b)(?:the\s+|a\s+|an\s+)?"
                          r"(?:[\w.'’-]+\s+){1,4}?(?:fired|launched|targeted|struck|hit|attacked|bombed|shelled|killed|"
                          r"carried|conducted|raided)\b", re.I)
#: an earlier event a superlative counts from ("the deadliest attack since the bombing of a police station in X")
_SINCE_AN_EVENT = re.compile(r"^\s*" + SINCE_AN_EVENT, re.I)
#: a superlative or first that an event is measured by, right before "since" ("the deadliest attack", "the first raid")
_SUPERLATIVE = re.compile(r"\b(?:deadliest|worst|bloodiest|biggest|largest|first|most\s+\w+)\s+(?:[\w-]+\s+){0,3}?"
                          r"(?:attack|strike|bombing|raid|assault|incident|violence|ambush)s?\s*$", re.I)
_SINCE_DATED = re.compile(r"^\s*since\s+" + SINCE_DATED_EVENT, re.I)  # "since the Hamas Oct. 7 attack": an earlier one
#: a duration set off by a comma before "after": "... struck three sites, two days after a rocket attack killed X"
_SET_OFF_DAYS = re.compile(r",\s*(?P<d>(?:(?:just|only|some)\s+)?(?:(?:a|an|one|two|three|four|five|six|seven|\d)\s+)?"
                           r"(?:days?|hours?))\s*$", re.I)
_DAYS = re.compile(r"^(?:just\s+|only\s+|some\s+)?(?P<n>a|an|one|two|three|four|five|six|seven|\d)\s+(?P<u>days?|hours?|weeks?)"
                   r"\s*$|^(?:just\s+|only\s+)?(?:hours|minutes)\s*$", re.I)


#: small expressions of the clause readers, compiled once
_ATTACKS_WORD = re.compile(r"\battacks\b", re.I)
_DIGIT = re.compile(r"\d")
_INCLUDING = re.compile(r"[\s,;]*including\b")
#: a clause going on with the munitions just told, by a definite reference: ", but the rockets fell short and hit a
#: village" (where they fell is that attack's detail, not another attack)
_THE_SAME_SALVO = re.compile(r"[\s,;]*(?:(?:but|and|yet)\s+the\s+(?:rockets?|missiles?|drones?|shells?|projectiles?|"
                             r"mortars?)\b(?!\s*(?:that|which)\b)|and\s+(?:then\s+)?(?:hit|struck|landed|fell|slammed|"
                             r"crashed)\b)", re.I)  # or the same subject's next verb: "... fell short and hit a village"
#: a part of the munitions just counted, told by its number alone: ", including two that were shot down" (the same
#: attack's salvo, not another event as ", including a drone strike on X" is)
_COUNT_PART = re.compile(r"[\s,;]*including\s+(?:at\s+least\s+)?(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten)\s+"
                         r"(?:that|which|of\s+(?:them|which))\b", re.I)
#: the attacker counted among the victims just told: ", including a female suicide bomber" (the same event's toll, not
#: another attack)
_ATTACKER_PART = re.compile(r"[\s,;]*including\s+(?:the|a|an|one|two|three|both|all)\s+(?:of\s+the\s+)?"
                            r"(?:(?!(?:attacks?|assaults?|bombings?|strikes?|raids?|by|one)\b)[\w-]+\s+){0,2}?"
                            r"(?:suicide\s+)?(?:bombers?|attackers?|gunm[ae]n|assailants?|perpetrators?)\b"
                            r"(?=\s*(?:[,.;)]|$|(?:police|officials?|witnesses|sources?)\s+said|according\s+to))", re.I)
_AFTER = re.compile(r"\s*after\b", re.I)
#: "after" with an event named by a noun: "... launched strikes on Monday after a drone attack injured three"
_AFTER_EVENT = re.compile(r"[\s,]*after\s+(?:an?|the|last\s+\w+['’]s|\w+day['’]s)\s+(?:[\w-]+\s+){0,3}?(?:attacks?|strikes?|"
                          r"airstrikes?|air\s+strikes?|bombings?|assault|raid|ambush|barrage)\b", re.I)
#: a clause on an earlier event named by its noun ("following the deaths of three troopers"; not "after midnight")
_PRIOR_EVENT = re.compile(r"^\W*(?!(?:following|after)\s+(?:the|this|that)\s+(?:\w+\s+)?(?:attack|strike|incident|bombing|"
                          r"explosion|blast)s?\b(?!\s+(?:on|in|at|that|which|by|against)\b))"  # not "following the attack were ..."
                          r"(?:following|after)\s+(?:[\w'’.-]+\s+){0,5}?(?:deaths?|killings?|attacks?|strikes?|airstrikes?|"
                          r"bombings?|assassination|raids?|shooting|fire|barrage|targeted|launched|fired|hit|struck|attacked|"
                          r"killed|bombed|shelled)\b", re.I)
#: a clause that tells its own act of war before that "after": "US forces launched strikes", "militants fired rockets"
_OWN_ACT = re.compile(r"(?<!\bwas\s)(?<!\bwere\s)(?<!\bbeen\s)(?<!\bbeing\s)"  # active: "a post was hit after ..." is no act
                      r"\b(?:launch(?:ed|es)|carried\s+out|carries\s+out|conducted|struck|hit|fired|targeted|attacked|"
                      r"bombed|shelled|shot\s+down|intercepted|downed)\b", re.I)


#: "since <a day>" closing the text before a clause, after a first or a superlative ("the first attack on X since 28
#: December"), and that clause opening on "when": the day's own event, before the one told ("the death toll has climbed
#: since Friday, when the bomber ..." is the event told itself)
_SINCE_DAY = re.compile(r"\b(?:first|last|deadliest|worst|biggest|largest|latest|only|heaviest|bloodiest|fiercest|"
                        r"most\s+\w+)\b[^.;]{0,80}?\bsince\s+"
                        r"(?:(?:early|late|mid)[\s-]+)?(?:\d{1,2}(?:st|nd|rd|th)?\s+)?(?:January|February|March|April|May|June|July|"
                        r"August|September|October|November|December|Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept?\.?|"
                        r"Oct\.?|Nov\.?|Dec\.?|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|last\s+\w+|\d{4})"
                        r"(?:\s+\d{1,2}(?:st|nd|rd|th)?)?(?:,?\s+\d{4})?\s*$", re.I)
_WHEN_THEN = re.compile(r"^[\s,;]*when\b", re.I)


def _earlier_event(before: str, clause: str) -> int | None:
    """Days between the event told and an earlier one its clause introduces ("which came a day after a drone attack":
    1; "hours after": 0; unknown: -1), or None when the clause introduces no earlier event.

    >>> _earlier_event("No one was hurt in the attack", ", which came a day after a drone attack on Tanf")
    1
    >>> _earlier_event("The development comes one day ", "after the coalition foiled a rocket attack")
    1
    >>> _earlier_event("Jets hit two depots, two days", " after a rocket attack killed a contractor")
    2
    >>> _earlier_event("The bombings came a week ", "after 80 were killed in a day of violence")
    7
    >>> _earlier_event("US forces launched strikes on Monday", " after a drone attack injured three")
    -1
    >>> _earlier_event("Two soldiers were killed", " after a rocket attack on the base") is None
    True
    >>> _earlier_event("Rockets hit the camp, the first attack", " since US jets struck the depots on Friday")
    -1
    >>> _earlier_event("The first losses in the south", " since the Hamas May 3 raid on the farms")
    -1
    >>> _earlier_event("The deadliest attack", " since the bombing of a police station in X")
    -1
    >>> _earlier_event("the first attack on the town since 28 December", ", when gunmen killed 50 people")
    -1
    """
    if (_SINCE_EVENT.match(clause) or _SINCE_DATED.match(clause) or _SINCE_AN_EVENT.match(clause)) and before.strip() or \
            _WHEN_THEN.match(clause) and _SINCE_DAY.search(before):
        return -1  # "..., the first attack since the U.S. launched strikes on Friday": the strikes came earlier; "the
        # first attack on the city since 28 December, when X killed 50": that day's event
    m = _CAME_AFTER.match(clause)
    if m is None and _AFTER.match(clause):
        m = _CAME_BEFORE.search(before) or _SET_OFF_DAYS.search(before)
    if m is None:
        return -1 if _AFTER_EVENT.match(clause) and _OWN_ACT.search(before) else None
    d = _DAYS.match((m.group("d") or "").strip() + " ")
    if d is None:
        return -1
    n = d.group("n")
    if n is None or d.group("u").lower().startswith("hour"):
        return 0
    k = 1 if n.lower() in ("a", "an") else parse_number(n)
    if not k:
        return -1
    return k * 7 if d.group("u").lower().startswith("week") else k


def _clause_facts(lo: int, hi: int, clause: str, places: list[dict], actors: list[dict], cues: dict) -> dict:
    """What a clause brings of its own: places, weapon families, agent sides, kind of event (whether it sums up many
    attacks only for a clause that can start a mention: one with a cue or a weapon)."""
    fam = {vocabulary().family(w) for w in weapons_in(_CRAM.sub(" ", clause))}
    return {"aggregate": bool(cues or fam) and _aggregate(clause),
            "places": {p["place_id"] for p in places if lo <= p["start"] < hi and p["type"] != "country"},
            "families": fam, "sides": {a["side"] for a in actors if lo <= a["start"] < hi},
            "kind": "claim" if "claim" in cues else "threat" if "threat" in cues and len(cues) <= 2 else
            "prior" if PRIOR.match(clause) and not _OWN_ACT_AFTER.match(clause) else "part" if _INCLUDING.match(clause)
            else "event"}


#: a clause set off after the event's own words, on the same subject's act with no day of its own: "... has left 20
#: dead, after hitting a wedding in X" (that strike hitting, not an earlier event; "After being hit on Monday, ..."
#: and "..., after firing rockets on Friday" stay earlier events)
_OWN_ACT_AFTER = re.compile(r"^\s*,\s*(?:after|before)\s+(?:hitting|striking|targeting|exploding|detonating|crashing|slamming|"
                            r"landing)\b(?![^;]*\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b|[^;]*\b(?:January|February|"
                            r"March|April|May|June|July|August|September|October|November|December|yesterday|last\s+week)\b)")


def _distinct(g: dict, own: dict) -> bool:
    """Whether a clause with its own event cue reports another event than the group before it."""
    from ..places import places_compatible

    if own["kind"] != g["kind"] or own["aggregate"] != g["aggregate"]:
        return True  # another kind of event, or one attack told after a tally of many ("... three times; a drone ...")
    if own["places"] and g["places"] and not any(places_compatible(a, b) for a in own["places"] for b in g["places"]):
        return True
    if own["families"] and g["families"] and not own["families"] & g["families"] and \
            not {"rocket", "missile", "mortar"} >= own["families"] | g["families"]:
        return True
    return bool(own["sides"] and g["sides"] and not own["sides"] & g["sides"] and
                ({"us_coalition"} & own["sides"]) != ({"us_coalition"} & g["sides"]))


def _extend(g: dict, hi: int, cues: dict, own: dict) -> None:
    """Add a clause to a group."""
    g["end"] = hi
    for k, v in cues.items():
        g["cues"].setdefault(k, []).extend(v)
    for k in ("places", "families", "sides"):
        g[k] |= own[k]


#: where a weapon was made, just before a place: "rockets manufactured in Iran" (its origin, not the event's place)
_MADE_IN = re.compile(r"\b(?:made|manufactured|produced|built|designed|supplied)\s+(?:by\s+\w+\s+)?in\s+(?:the\s+)?$|"
                      r"\b(?:not|never|n['’]t)\s+(?:target|strike|hit|attack|bomb)\w*\s+(?:[\w-]+\s+){0,3}?(?:inside|in|within)\s+"
                      r"(?:the\s+)?$|"  # or where the event is said not to have struck: "did not target sites inside X"
                      # or where victims were taken: "three others were sent to Peshawar for treatment"
                      r"\b(?:sent|taken|transported|rushed|evacuated|airlifted|flown|transferred|referred|driven)\s+"
                      r"(?:[\w-]+\s+){0,2}?to\s+(?:(?:a|the)\s+)?(?:[\w-]+\s+){0,2}?(?:(?:hospitals?|clinic)\s+in\s+)?$|"
                      # or where the event was condemned: "The attack was condemned on Friday in Belfast, London and Dublin"
                      r"\b(?:condemned|denounced|deplored|mourned)\b[^.;]{0,40}?\bin\s+(?:the\s+)?"
                      r"(?:[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?(?:,\s*|\s+and\s+|,\s+and\s+))*$|"
                      # or who was blamed: "which a senior US general blamed on Iran", "attributed the attack to Syria"
                      r"\b(?:blam(?:ed|es|ing)|pinn(?:ed|ing))\s+(?:it\s+|them\s+)?on\s+(?:the\s+)?$|"  # not "blamed an attack on
                      r"\battribut(?:ed|es|ing)\s+(?:it\s+|them\s+)?to\s+(?:the\s+)?$|"  # Erbil on X": the attack's target
                      # or where the munitions were launched from: the airspace of the aircraft that fired them ("fired
                      # the missiles while flying over the Golan Heights"; not of one fired at), or a launcher found
                      # ("the launch pad was found in the village of X", "police found the launcher near X"; up to a
                      # comma or a clause about the target)
                      r"\b(?:jets?|warplanes?|aircraft|planes?|fighters?|bombers?|air\s+force)\b[^.;]{0,60}?"
                      r"\b(?:launch\w*|fir(?:ed|ing))\b(?:(?!\bat\b)[^.;,]){0,40}?\b(?:while|as|when)\s+(?:flying|flew)\s+"
                      r"(?:over|above)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?$|"
                      r"\b(?:(?:rocket\s+)?launchers?|launch(?:ing)?\s*(?:pads?|platforms?|rails?)|(?:the|a)\s+platform)\s+"
                      r"(?:was|were|had\s+been|has\s+been|have\s+been)\s+(?:later\s+|also\s+)?(?:found|discovered|located|"
                      r"seized|recovered)\b(?:(?!\b(?:which|after|from|where)\b)[^.;,]){0,50}?\b(?:in|at|near|inside)\s+"
                      r"(?:the\s+)?(?:[\w-]+\s+){0,3}?$|"
                      r"\b(?:found|discovered|located|seized|recovered)\s+(?:the\s+|a\s+|an\s+)?(?:[\w-]+\s+){0,2}?"
                      r"(?:launchers?|launch(?:ing)?\s*(?:pads?|platforms?))\b(?:(?!\b(?:which|after|from|where)\b)[^.;,])"
                      r"{0,50}?\b(?:in|at|near|inside)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?$",
                      re.I)


def _not_origins(sent: str, places: list[dict]) -> list[dict]:
    """The places of a sentence without those told as where something was made ("drones manufactured in Iran"),
    where victims were taken, where the event was condemned, whom it was blamed on, or where its munitions were
    launched from (the airspace of the aircraft that fired them, a launcher found).

    >>> _not_origins("rockets made in Iran hit Erbil", [{"start": 16}, {"start": 25}])
    [{'start': 25}]
    >>> _not_origins("the raids did not strike any sites in Oman", [{"start": 38}])
    []
    >>> _not_origins("two others were sent to Peshawar for treatment", [{"start": 24}])
    []
    >>> _not_origins("the attack, which the Pentagon blamed on Iran", [{"start": 41}])
    []
    >>> _not_origins("the jets fired the missiles while flying over Lebanon", [{"start": 46}])
    []
    """
    if not any(w in sent for w in ("in ", "to ", "on ", "over ", "above ", "at ", "near ")):
        return places
    return [p for p in places if not _MADE_IN.search(sent, max(0, p["start"] - 80), p["start"])]


#: a place that speaks: a government told by its capital or country ("a site that Damascus called a depot", "Baghdad
#: condemned the strike"), right after the name and not after a preposition that locates ("in Damascus, officials said")
_SPEAKS_AFTER = re.compile(r"\s+(?:has\s+|had\s+|have\s+|later\s+|also\s+|quickly\s+){0,2}(?:said|says|"
                          r"(?:called|calls)(?=\s+(?:a|an|the|it|this|them)\b)|condemned|condemns|denounced|denied|"
                          r"denies|accused|accuses|blamed|blames|warned|warns|vowed|"
                          r"vows|rejected|rejects|insisted|insists|described|describes|dismissed|dismisses)\b(?!\s+to\b)")
_LOCATED_BEFORE = re.compile(r"\b(?:in|at|on|near|to|from|of|outside|inside|around|into|across|over|toward|towards)\s+"
                             r"(?:the\s+)?$", re.I)


def _not_speakers(sent: str, places: list[dict]) -> list[dict]:
    """The places of a sentence without those told as a government that speaks (``_SPEAKS_AFTER``), unless the sentence
    goes back to it ("X accused Y of striking its airport") or names no other place but countries.

    >>> s = "Jets hit a site in Syria that Damascus called a depot"; _not_speakers(s, [{"start": 19, "end": 24},
    ...                                                                             {"start": 30, "end": 38}])
    [{'start': 19, 'end': 24}]
    >>> _not_speakers("Rockets hit Baghdad, officials said", [{"start": 12, "end": 19}])
    [{'start': 12, 'end': 19}]
    """
    speaking = [p for p in places if _SPEAKS_AFTER.match(sent, p["end"])
                and not _LOCATED_BEFORE.search(sent, max(0, p["start"] - 12), p["start"])]
    others = [p for p in places if p not in speaking and p.get("type") != "country"]
    speaking = [p for p in speaking if others or not re.search(r"\bits\b", sent[p["end"]:])]  # "X accused Y of striking
    kept = [p for p in places if p not in speaking]  # its airport": X's own place, unless another is named
    if any(p.get("type") != "country" for p in kept):
        return kept
    # no other place but countries: only a speaker in a relative clause is dropped ("a site in Syria that Damascus
    # called a depot"); a subject that speaks of an event may name its place too ("Damascus accused Israel of striking
    # the airport")
    return [p for p in places if p not in speaking or not _RELATIVE_BEFORE.search(sent, max(0, p["start"] - 8), p["start"])]


_RELATIVE_BEFORE = re.compile(r"\b(?:that|which)\s+$")


#: a link to another story ("READ MORE Rockets hit ...", "Also read: ...", "Related: ..."): its headline is not this one's
_LINKED_STORY = re.compile(r"^\W*(?:read\s+more|read\s+also|also\s+read|(?:related|see\s+also|watch)\s*:|"
                           r"see\s+also\s+(?-i:[A-Z\d]))", re.I)  # "See also Gunmen Kill 5 in ...": a title after it
#: an attack told as any or every one ("they will pay for every attack", "in response to any strike") or a campaign
#: stepped up ("an air force escalated airstrikes in X"): no one event
_ANY_ATTACK = re.compile(r"\b(?:every|each|any|future)\s+(?:single\s+|such\s+|new\s+|further\s+)?$", re.I)
_CAMPAIGN = re.compile(r"\b(?:escalat|intensif|step(?:s|ped|ping)?\s+up|ramp(?:s|ed|ing)?\s+up)\w*\s+(?:its\s+|their\s+|the\s+)?"
                       r"(?:[\w-]+\s+)?$|\b(?:has|have|had)\s+(?:been\s+)?(?:systematically|routinely|repeatedly|regularly|"
                       r"frequently|often|continually|continuously|consistently|deliberately\s+and\s+systematically)\s+$|"
                       r"\bcontinu(?:es|e|ed|ing)\s+to\s+(?:carry\s+out|launch|conduct|stage|mount|wage)\s+(?:[\w-]+\s+){0,2}?$",
                       re.I)  # ... or a habit told in the perfect ("the army has systematically targeted civilians") or
# kept up ("the group continues to carry out high-profile attacks in the capital")

#: an attack its source says it does not believe happened ("officials did not think the drones were aimed at X")
_DISBELIEVED = re.compile(r"\b(?:(?:did|do|does)\s+not|didn[’']t|don[’']t|doesn[’']t)\s+(?:believe|think)\b[^.;:]*$", re.I)

#: the event told, as the time of something else ("flights increased before the attack"): no event of the clause's own
_TIME_OF_TOLD = re.compile(r"\b(?:before|after|since|prior\s+to|ahead\s+of)\s+the\s+$", re.I)


def _specific_cues(clause: str, cues: dict[str, list[tuple[int, int]]]) -> dict[str, list[tuple[int, int]]]:
    """A clause's cues without the attacks and strikes it tells as any one (``_ANY_ATTACK``), that its source does not
    believe happened (``_DISBELIEVED``), or, when the clause gives no casualties of its own, as a campaign stepped up
    (``_CAMPAIGN``) or as the time of something else ("flights rose before the attack", ``_TIME_OF_TOLD``). The
    expressions whose words the whole clause lacks are left out before the cues are read (``may_match``).

    >>> sorted(_specific_cues("the militia vowed revenge for every attack", {"attack": [(36, 42)]}))
    []
    >>> sorted(_specific_cues("Jets escalated airstrikes in the north", {"strike": [(15, 25)]}))
    []
    >>> sorted(_specific_cues("a drone attack hit the base", {"attack": [(8, 14)]}))
    ['attack']
    """
    if not ({"attack", "strike"} & set(cues)):
        return cues
    generic = [_ANY_ATTACK, _DISBELIEVED] if "casualty" in cues else [_ANY_ATTACK, _DISBELIEVED, _CAMPAIGN, _TIME_OF_TOLD]
    generic = [rx for rx in generic if may_match(rx, clause)]  # tested once on the clause, not before each cue
    out = {}
    for cls, spans in cues.items():
        if cls in ("attack", "strike") and generic:
            spans = [(a, b) for a, b in spans if not any(rx.search(clause, max(0, a - 40), a) for rx in generic)]
        if spans:
            out[cls] = spans
    return out


#: a state's name after "in" that only locates the place after it ("in Russia's southernmost Dagestan province", "in
#: Iraq's northern Kurdistan region"): no actor
_PLACE_OF_STATE = re.compile(r"['’]s\s+(?:(?:[a-z]+ern(?:most)?|central|southernmost|northernmost|restive|remote|mountainous|"
                             r"oil-rich|semi-autonomous)\s+){0,2}(?:[A-Z][\w'’-]+\s+){0,3}(?:province|region|republic|"
                             r"governorate|oblast|district|territory|enclave|countryside|desert|border\s+(?:town|city|area)|"
                             r"capital)\b")


def _only_locates(sent: str, actor: dict) -> bool:
    """Whether a state's name after "in" only locates the place after it: where it happened, not who acted.

    >>> s = "Gunmen killed nine in Russia's Dagestan province."; _only_locates(s, {"method": "exact", "start": 22, "end": 30})
    True
    >>> s = "A missile launched from Russia's Kursk region hit X."; _only_locates(s, {"method": "exact", "start": 24, "end": 32})
    False
    >>> s = "Shootings across the U.S. killed six."; _only_locates(s, {"method": "exact", "start": 21, "end": 25})
    True
    """
    a, b = actor["start"], actor["end"]
    if actor["method"] != "adjective" and _ACROSS.search(sent, max(0, a - 24), a):
        return True   # "violence across the U.S. killed six": where, not who
    b = b - 2 if sent[b - 2:b] in ("'s", "’s") else b  # the possessive may be read with the name
    return actor["method"] != "client" and sent[max(0, a - 4):a] in (" in ", "\nin ") and bool(_PLACE_OF_STATE.match(sent, b))


#: a state named as the stretch of land something spread over ("across the U.S.", "throughout Nigeria")
_ACROSS = re.compile(r"\b(?:across|throughout|all\s+over|nationwide\s+in)\s+(?:the\s+)?$", re.I)


def _sentence_groups(s: dict, named: Container[str] | None = None) -> list[tuple[dict, tuple]]:
    """The clause groups of one candidate sentence with what they need (sentence text, offset, places, actors);
    ``named``: the countries its article names (``NamedCountries``)."""
    sent = str(s["text"])
    if is_caption(sent) or sent.rstrip(" \"'”’)").endswith("?") or _LINKED_STORY.match(sent):
        return []  # a question ("Who is behind the strike?") reports no event; nor another story's link
    toks = tokens(sent)
    joins = join_flags(toks, sent)  # shared by the place and actor scans
    places = _not_speakers(sent, _not_origins(sent, scan_places(sent, toks=toks, joins=joins, named=named)))
    actors = [a for a in scan_actors(sent, toks=toks, joins=joins) if not _only_locates(sent, a)]
    groups = _groups(sent, places, actors)
    for g in groups:
        g["alone"] = len(groups) == 1
    return [(g, (sent, int(s["start"]), places, actors)) for g in groups]


#: the heading of a list entry: "Mosul: 3 by rockets; 10 bodies."
_ENTRY_HEAD = ENTRY_HEAD


from ..prefilter import guard_patterns  # noqa: E402  (after every expression of the module is defined)

guard_patterns(globals())
