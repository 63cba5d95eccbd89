"""Munitions by role (``munitions``): fired, hit, intercepted and claimed, single munitions told alone, and bombs
dropped."""

from __future__ import annotations

import re

from ..gates import opens
from ..counts import count_rows, parse_count, parse_number
from ..vocabulary import any_weapon
from .common import (PROJECTILES, _ANOTHER, _BARE_MUNITION, _BE_AUX, _BY_ONE, _CLAIMED_FIRE, _DET_INTERCEPT,
                     _DET_INTERCEPT_ACTIVE, _DROPPED, _FIRED_MODIFIER, _FORCES_SHOT, _HIT_AFTER, _HIT_BEFORE, _HIT_WITH,
                     _INTERCEPT_AFTER, _INTERCEPT_BEFORE, _MODIFIER, _NEAR, _NON_STATE_SHOOTER, _NUM, _ONE_KILLER,
                     _ONE_MEANS, _PART_OF, _QUAL, _REST_HIT, _SIZED_VOLLEY, _STOPPED, _THE_ONE_FIRED, _THE_ONE_HIT, _qualifier,
                     _unquote_words)
from .victims import _PARTITIVE
from .tolls import _chains


def munitions(text: str, event_class: str = "") -> dict:
    """Counts of rockets, missiles, drones or shells by role: n_fired, n_hit, n_intercepted, n_claimed.

    >>> m = munitions("The base was targeted by 15 rockets but 13 were destroyed by air-defense systems and two fell on it")
    >>> m["n_fired"], m["n_intercepted"], m["n_hit"]
    (15, 13, 2)
    >>> munitions("Three rockets hit the base")["n_fired"] is None  # only those that hit are told
    True
    >>> munitions("A strike involving six rockets hit the depot")["n_fired"]  # the strike hit; the rockets are its means
    6
    >>> munitions("the group claimed responsibility, claiming to have fired 24 rockets")["n_claimed"]
    24
    >>> m = munitions("One drone was shot down, but another caused minor injuries"); m["n_fired"], m["n_hit"]
    (None, 1)
    >>> munitions("U.S. forces brought down two drones")["n_intercepted"]
    2
    >>> munitions("one shell got struck down near the port")["n_intercepted"]
    1
    >>> munitions("14 rockets were launched and three directly hit the base")["n_hit"]
    3
    >>> munitions("OCT. 2 – Two rockets slam into the base")["n_hit"], munitions("A drone crashes into the barracks")["n_hit"]
    (2, 1)
    >>> munitions("One contractor was killed in a rocket attack")["n_fired"] is None
    True
    >>> munitions("The drone was shot down near the base")["n_intercepted"], munitions("both were intercepted")["n_intercepted"]
    (1, 2)
    >>> m = munitions("two of the drones were downed while the remaining one struck the camp")
    >>> m["n_fired"], m["n_intercepted"], m["n_hit"]
    (3, 2, 1)
    >>> munitions("Warships shot down three drones and a cruise missile")["n_intercepted"]
    4
    >>> munitions("The mortar landed on a house")["n_hit"], munitions("shot down five unmanned aerial vehicles")["n_intercepted"]
    (1, 5)
    >>> m = munitions("air defences shot down 12 of the 15 drones")
    >>> m["n_intercepted"], m["n_fired"]
    (12, 15)
    >>> m = munitions("The rocket did not hit the base"); m["n_fired"], m["n_hit"]
    (1, 0)
    """
    out: dict = {"n_fired": None, "n_hit": None, "n_intercepted": None, "n_claimed": None, "qualifiers": []}
    if not opens("munitions", text):  # every rule below needs one of the family's words (``gates.GATES``)
        return out
    if "up to" in text:  # "a turret able to shoot up to 30 shells each second": what a weapon can do, not what was fired
        text = _RATE_OF_FIRE.sub(lambda m: " " * len(m.group()), text)
    text = _unquote_words(text)  # "25 Shahed “kamikaze” drones": the marks around a word of the count's phrase blanked
    _counted_munitions(text, out, event_class)
    if "with " in text:
        _hits_with(text, out)
    _one_munition(text, out)
    if "another" in text.lower():
        _another_munition(text, out)
    _part_or_single(text, out, event_class)
    if "more" in text or "another" in text:
        _more_of_them(text, out)
    if out["n_hit"] is None and out["n_fired"] in (None, 1) and _ONE_MISSED.search(text):
        out["n_fired"], out["n_hit"] = 1, 0  # "the rocket did not hit the base": the one fired hit nothing
    rest = _REST_HIT.search(text) if out["n_intercepted"] is not None and out["n_hit"] in (None, 1) else None
    if rest is not None:
        out["n_hit"] = 1  # "two were shot down while the remaining drone hit the compound": all are told
        another = rest.group().lower().startswith("another")  # one more told, not that no other was fired
        if out["n_fired"] in (None, out["n_intercepted"]) and not another:
            out["n_fired"] = out["n_intercepted"] + 1
        elif another and out["n_fired"] == out["n_intercepted"]:
            out["n_fired"] = None  # "one drone was shot down, but another hit": the one was not all that were fired
    _fired_from_outcomes(text, out)
    _all_of_them(text, out)
    if out["n_fired"] is None and "bomb" in text.lower():
        _bombs_dropped(text, out)
    if out["n_fired"] is None:
        _vague_fired(text, out)
    return out


#: bombs dropped from the air, the munitions of an air strike: "a jet dropped three bombs on the village", "hit 85
#: targets with 145 bombs", "20 bombs were dropped", "seven bombs dropped on X" (bombs planted or carried are no munitions
#: fired)
_BOMBS_DROPPED = re.compile(r"\b(?:(?:dropp(?:ed|ing)|drops?|releas(?:ed|ing)|rain(?:ed|ing))\s+|(?:hit|hitting|struck|strik(?:e|es|ing)|"
                            r"pound(?:ed|ing)|target(?:ed|ing)|launch(?:ed|es|ing))\s+(?:[\w-]+\s+){0,6}?with\s+)" + _QUAL +
                            r"(?P<n>" + _NUM + r")\s+(?:[\w-]+\s+)?bombs\b|\b" + _QUAL.replace("<q>", "<q2>") +
                            r"(?P<n2>" + _NUM + r")\s+(?:[\w-]+\s+)?bombs\s+(?:(?:were|had\s+(?:[a-z]{3,}ly\s+)?been|have\s+(?:[a-z]{3,}ly\s+)?been)\s+)?dropped\b", re.I)


def _bombs_dropped(text: str, out: dict) -> None:
    """The number fired when bombs dropped from the air are counted ("the jet dropped three bombs": fired 3).

    >>> o = {"n_fired": None, "qualifiers": []}; _bombs_dropped("jets hit 85 targets with more than 145 bombs", o); o
    {'n_fired': 145, 'qualifiers': ['n_fired=more_than']}
    >>> o = {"n_fired": None, "qualifiers": []}; _bombs_dropped("militants planted two bombs", o); o["n_fired"] is None
    True
    """
    m = _BOMBS_DROPPED.search(text)
    if m is None:
        return
    n, _low, _high, q = parse_count(f'{m.group("q") or m.group("q2") or ""} {m.group("n") or m.group("n2")}'.strip())
    if n is not None and n < 10_000:
        out["n_fired"] = n
        if q not in ("exact", ""):
            out["qualifiers"].append(f"n_fired={q}")


#: the one munition of an attack that struck nothing: "the rocket did not hit the base", "a drone missed its target"
_ONE_MISSED = re.compile(r"\b(?:the|a|a\s+single|one)\s+(?:[\w-]+\s+)?(?:drone|rocket|missile|uav|mortar\s+round|shell)\s+"
                         r"(?:(?:did\s+not|didn['’]t|failed\s+to)\s+(?:hit|strike|reach|land\s+(?:on|in|inside))\b|missed\b)", re.I)


#: an object right after a verb: "one destroyed a hangar" (active: the munition destroyed it)
_ACTIVE_OBJECT = re.compile(r"\s+(?:a|an|the|its|their|his|her|part\s+of|parts\s+of)\s", re.I)
_PLURAL_MUNITION = r"(?:rockets|missiles|drones|projectiles|shells|mortars|mortar\s+rounds|uavs)"


#: munitions fired told without a number: "several rockets", "multiple one-way attack drones", "dozens of missiles"
_VAGUE_MUNITIONS = re.compile(r"\b(?P<q>several|multiple|numerous|many|a\s+number\s+of|dozens\s+of|scores\s+of)\s+"
                              r"(?:[\w-]+\s+){0,3}?" + _PLURAL_MUNITION + r"\b", re.I)
_VAGUE_KEY = {"several": "several", "numerous": "several", "a number of": "several", "multiple": "multiple",
              "many": "many", "dozens of": "dozens", "scores of": "dozens"}


def _vague_fired(text: str, out: dict) -> None:
    """Mark a number fired told only vaguely ("several rockets": ``n_fired=several``), so that the incident does not take
    a part of them ("one drone was destroyed") for the number fired (``merge.VAGUE_FLOOR``).

    >>> o = {"n_fired": None, "qualifiers": []}; _vague_fired("hurt by multiple one-way attack drones", o); o["qualifiers"]
    ['n_fired=multiple']
    """
    m = _VAGUE_MUNITIONS.search(text)
    if m is not None:
        out["qualifiers"].append("n_fired=" + _VAGUE_KEY[" ".join(m.group("q").lower().split())])


#: all the munitions told before, named again without a count, struck or were shot down: "the rockets slammed into the
#: depot", "all the drones were laden with explosives and struck the camp", "five missiles, all of which had been shot down"
#: (not "most of the missiles", "the shells landed close to a checkpoint", "the projectiles hit in open ground")
_ALL_OF_THEM = re.compile(r"(?:^\W*|[;:]\s*|\b(?:and|but|as|while|when|that)\s+|\ball\s+(?:of\s+)?)(?:the|these|those)\s+"
                          r"(?:[\w-]+\s+)?" + _PLURAL_MUNITION + r"\s+(?:(?:were|had\s+(?:[a-z]{3,}ly\s+)?been)\s+(?:[\w-]+\s+){1,3}?and\s+)?(?:\w+ly\s+)?"
                          r"(?:(?P<hit>hit|struck|slammed\s+into|crashed\s+into|impacted|landed\s+(?:on|inside)|fell\s+(?:on|inside))"
                          r"(?!\s+(?:in|near|outside|around|close)\b)|(?:were|had\s+(?:[a-z]{3,}ly\s+)?been)\s+(?:all\s+)?(?:intercepted|shot\s+down|"
                          r"downed))\b|,\s+all\s+of\s+(?:which|them)\s+(?:were|had\s+(?:[a-z]{3,}ly\s+)?been)\s+(?:intercepted|shot\s+down|downed)\b",
                          re.I)


def _all_of_them(text: str, out: dict) -> None:
    """All the munitions told without a count struck, or were shot down: as many as were fired, when the sentence gives
    that number; else, when the text says "all", the role is marked ``=all`` for the incident to take its number fired
    (``merge._count_fields``); a bare "the rockets hit" in a later sentence is not enough to say all of them did.

    >>> o = {"n_fired": 3, "n_hit": None, "n_intercepted": None, "qualifiers": []}
    >>> _all_of_them("An airfield was targeted by three missiles, all of which had been shot down", o); o["n_intercepted"]
    3
    >>> o = {"n_fired": None, "n_hit": None, "n_intercepted": None, "qualifiers": []}
    >>> _all_of_them("They said all the rockets slammed into the depot", o); o["n_hit"], o["qualifiers"]
    (None, ['n_hit=all'])
    >>> o["qualifiers"] = []; _all_of_them("Most of the rockets slammed into the depot", o)
    >>> _all_of_them("all the rockets landed near it", o); _all_of_them("The rockets hit the depot", o); o["qualifiers"]
    []
    """
    if out["n_hit"] is not None or out["n_intercepted"] is not None:
        return
    m = _ALL_OF_THEM.search(text)
    if not m:
        return
    role = "n_hit" if m.group("hit") else "n_intercepted"
    if out["n_fired"] is not None:
        out[role] = out["n_fired"]
    elif f"{role}=all" not in out["qualifiers"] and re.match(r"\W*all\b", m.group().lstrip(" ;:"), re.I):
        out["qualifiers"].append(f"{role}=all")


def _fired_from_outcomes(text: str, out: dict) -> None:
    """The number fired when the text tells only what hit or was shot down: one for a single munition ("a drone
    hit the base" tells the whole attack), none for a count ("18 rockets hit": how many missed is not said).

    >>> o = {"n_fired": None, "n_hit": 1, "n_intercepted": None}; _fired_from_outcomes("a drone hit it", o); o["n_fired"]
    1
    >>> o = {"n_fired": None, "n_hit": 18, "n_intercepted": None}; _fired_from_outcomes("18 rockets hit", o); o
    {'n_fired': None, 'n_hit': 18, 'n_intercepted': None}
    >>> o = {"n_fired": None, "n_hit": 1, "n_intercepted": None}; _fired_from_outcomes("the first drone hit", o); o["n_fired"] is None
    True
    """
    if out["n_fired"] is not None or (out["n_hit"] or 0) + (out["n_intercepted"] or 0) != 1 or _ORDINAL_ONE.search(text):
        return  # "the second missile hit": one of a series told by its place, not the whole attack
    if not ((out["n_hit"] is None or out["n_intercepted"] is None) and _PARTITIVE.search(text)):
        out["n_fired"] = 1  # "one of the rockets hit": a part, not the whole


#: a munition told by its place in a series: "the first missile", "a third rocket", "another drone"
_ORDINAL_ONE = re.compile(r"\b(?:(?:the|a)\s+(?:first|second|third|fourth|fifth|last)|another)\s+(?:[\w-]+\s+)?(?:"
                          + "|".join(sorted(PROJECTILES)) + r")\b", re.I)
#: a weapon's rate of fire: "can shoot up to 30 shells per second", "can launch up to 40 rockets a minute"
_RATE_OF_FIRE = re.compile(r"\bup\s+to\s+[\d,]+\s+(?:[\w-]+\s+)?(?:rounds|bullets|shells|rockets|projectiles)\s+"
                           r"(?:per|a|each|every)\s+(?:second|minute)\b", re.I)


#: what a counted drone or aircraft fired ("a drone fired two missiles"): the drone is the launcher, the missiles the
#: munitions fired
#: rounds of a gun or of crowd control, not projectiles of an attack ("fired 30 rounds from an AK-47", "20 rounds of tear
#: gas"; not "two rounds from a grenade launcher", "three rounds of mortar fire")
_SMALL_ARMS = re.compile(r"\s+(?:of\s+(?:live\s+)?(?:tear\s*gas|ammunition|bullets|rubber\s+bullets|gunfire|buckshot|pellets|"
                         r"pepper\s+spray)|(?:from|with|of)\s+(?:(?:an?|his|her|their|the|its)\s+)?(?:[\w-]+\s+)?(?:rifles?|"
                         r"pistols?|handguns?|shotguns?|revolvers?|ak-?47s?|kalashnikovs?|firearms?|(?:service|hunting|"
                         r"personal|assault|automatic|semi-automatic|sniper)\s+(?:weapons?|guns?)))\b", re.I)
_PLATFORM_FIRED = re.compile(r"\s+(?:\w+ly\s+)?(?:fired|launched|dropped|released)\s+(?:at\s+least\s+|more\s+than\s+|up\s+to\s+)?"
                             r"(?:\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten|several)\s+(?:[\w-]+\s+){0,2}?"
                             r"(?:missiles?|rockets?|bombs?|munitions|projectiles|grenades?)\b", re.I)


#: grenades fired from a launcher ("fired three M79 grenades at the pier", "launched two rocket-propelled grenades"):
#: munitions fired, unlike grenades thrown
_LAUNCHED_BEFORE = re.compile(r"\b(?:fired|firing|launched|launching)\s+(?:at\s+least\s+|more\s+than\s+|up\s+to\s+)?$",
                              re.I)  # (not "lobbed": thrown by hand)
#: grenades that are thrown or disperse a crowd ("hand grenades", "stun grenades", "tear gas grenades")
_NOT_LAUNCHED = re.compile(r"\b(?:hand|stun|smoke|tear|gas|flash|flash-?bang|sound|concussion|teargas)\b", re.I)


#: a part of the counted munitions as the subject of their verb: "Four of the 14 rockets (...) were intercepted", "Six of
#: 10 missiles hit the base" (the part takes the verb's role; the whole is the number fired)
_PART_BEFORE = re.compile(r"(?<!\bbut\s)(?<!\bexcept\s)\b(?P<a>" + _NUM + r")\s+(?:out\s+)?of\s+(?:the\s+|its\s+|their\s+|"
                          r"those\s+)?$", re.I)  # (not "all but two of")
#: ... only when the part is the subject of its own verb ("Four of the 14 rockets (fired at X) were intercepted", "Six of
#: 10 missiles hit"), not of a participle after the whole ("Two of the 14 rockets intercepted on Monday were fired from
#: Lebanon": the 14 were intercepted)
_FIRED_AT = r"(?:,?\s+(?:fired|launched|aimed|directed)\b[^.;,]{0,80}?)?"  # "... (fired at the base) were ..."
_PART_PREDICATE = {
    "n_intercepted": re.compile(_FIRED_AT + r"\s+(?:were|was|have\s+(?:[a-z]{3,}ly\s+)?been|had\s+(?:[a-z]{3,}ly\s+)?been|are|got)\s+(?:\w+ly\s+)?(?:intercepted|"
                                r"shot\s+down|downed|brought\s+down|destroyed|neutrali[sz]ed)\b", re.I),
    "n_hit": re.compile(_FIRED_AT + r"\s+(?:\w+ly\s+)?(?:hit|struck|landed|fell|slammed|crashed|exploded|impacted)\b", re.I)}


#: "all" before a count: the whole of what was fired ("shot down all 18 drones launched overnight")
_ALL_BEFORE = re.compile(r"\ball\s+(?:of\s+the\s+|the\s+)?$", re.I)


def _part_of_whole(text: str, chain: list[dict], role: str, total: int, out: dict) -> int | None:
    """Set the part and the whole when a part of a counted munition is the subject of the chain's verb ("Four of the 14
    rockets were intercepted": 4 intercepted, 14 fired; "Several of the 20 rockets hit": 20 fired); the part's start, or
    None when the chain is no such whole.

    >>> o = {"n_fired": None, "n_hit": None, "n_intercepted": None, "qualifiers": []}
    >>> t = "Six of 10 missiles hit the base"; _part_of_whole(t, [{"start": 7, "end": 18, "text": "10 missiles"}], "n_hit", 10, o)
    0
    >>> o["n_fired"], o["n_hit"]
    (10, 6)
    """
    if role not in ("n_hit", "n_intercepted") or len(chain) != 1 or not _PART_PREDICATE[role].match(text, chain[-1]["end"]):
        return None
    part = _PART_BEFORE.search(text, max(0, chain[0]["start"] - 30), chain[0]["start"])
    n_part = parse_count(part.group("a"))[0] if part else None
    if part is None or n_part is not None and n_part > total:
        return None
    if n_part is not None:
        _set(out, role, int(n_part), "")  # how many of the whole the verb tells of
    _set(out, "n_fired", total, _qualifier(str(chain[0]["text"])))
    return part.start()


def _all_launched(text: str, chain: list[dict], role: str, rows: list[dict], total: int) -> bool:
    """Whether an intercepted count is all that was launched ("shot down all 18 drones launched overnight"), no larger
    count told beside it ("all 11 drones launched at Kyiv, out of 35").

    >>> t = "shot down all 18 drones launched overnight"; c = [{"start": 14, "end": 23, "value": 18}]
    >>> _all_launched(t, c, "n_intercepted", c, 18), _all_launched(t, c, "n_hit", c, 18)
    (True, False)
    """
    return role == "n_intercepted" and bool(_FIRED_MODIFIER.match(text, chain[-1]["end"])) and \
        bool(_ALL_BEFORE.search(text, max(0, chain[0]["start"] - 12), chain[0]["start"])) and \
        not any(int(r["value"]) > total for r in rows)


def _counted_munitions(text: str, out: dict, event_class: str) -> None:
    """Counted munitions by role ("15 rockets ... 13 were destroyed"), then bare counts ("two were intercepted").

    >>> o = {"n_fired": None, "n_hit": None, "n_intercepted": None, "n_claimed": None, "qualifiers": []}
    >>> _counted_munitions("Three rockets hit the base", o, ""); o["n_hit"]
    3
    >>> o = {"n_fired": None, "n_hit": None, "n_intercepted": None, "n_claimed": None, "qualifiers": []}
    >>> _counted_munitions("it fired nine rockets, three of which struck the camp", o, "claim"); o["n_claimed"], o["n_hit"]
    (9, None)
    >>> o = {"n_fired": None, "n_hit": None, "n_intercepted": None, "n_claimed": None, "qualifiers": []}
    >>> _counted_munitions("jets downed the drones, but debris from one destroyed a shed", o, ""); o["n_intercepted"]
    >>> o = {"n_fired": None, "n_hit": None, "n_intercepted": None, "n_claimed": None, "qualifiers": []}
    >>> _counted_munitions("A drone fired two missiles at a car", o, ""); o["n_fired"]
    2
    >>> o = {"n_fired": None, "n_hit": None, "n_intercepted": None, "n_claimed": None, "qualifiers": []}
    >>> _counted_munitions("insurgents fired three M79 grenades at the pier", o, ""); o["n_fired"]
    3
    >>> o = {"n_fired": None, "n_hit": None, "n_intercepted": None, "n_claimed": None, "qualifiers": []}
    >>> _counted_munitions("Four of the 14 rockets were intercepted", o, ""); o["n_intercepted"], o["n_fired"]
    (4, 14)
    """
    taken: list[tuple[int, int]] = []
    rows = [r for r in count_rows(text) if r["value"] is not None and not _PLATFORM_FIRED.match(text, r["end"]) and
            not (str(r["noun"]) in ("round", "rounds") and _SMALL_ARMS.match(text, r["end"])) and
            (str(r["noun"]) in PROJECTILES or
            str(r["noun"]).startswith("grenade") and _LAUNCHED_BEFORE.search(text, max(0, r["start"] - 30), r["start"]) and
            not _NOT_LAUNCHED.search(str(r["noun_phrase"])) or
            str(r["noun"]).startswith("vehicle") and "aerial" in str(r["noun_phrase"]).lower() or  # "unmanned aerial vehicles"
            _SIZED_VOLLEY.search(str(r["noun_phrase"])) and int(r["value"]) > 1)]  # "a 30-plus rocket attack": 30 fired
    for chain in _chains(rows, text):  # bombs, devices and grenades are not fired, hit or intercepted
        role = _munition_role(text, chain[0]["start"], chain[-1]["end"], event_class)
        if not role:
            taken += [(r["start"], r["end"]) for r in chain]
            continue
        total = sum(int(r["value"]) for r in chain)  # "three drones and a missile were shot down": four
        part_start = _part_of_whole(text, chain, role, total, out)
        if part_start is not None:
            taken += [(part_start, chain[-1]["end"])]
            continue
        _set(out, role, total, _qualifier(str(chain[0]["text"])))
        if role == "n_hit" and _FIRED_MODIFIER.match(text, chain[-1]["end"]) or _all_launched(text, chain, role, rows, total):
            _set(out, "n_fired", total, _qualifier(str(chain[0]["text"])))  # "three missiles, fired at dawn, struck";
            # "shot down all 18 drones launched overnight": every one fired
        taken += [(r["start"], r["end"]) for r in chain]
    if event_class != "claim" and (any(out[k] is not None for k in ("n_fired", "n_hit", "n_intercepted", "n_claimed")) or
                                   any_weapon(text, 13)):  # a claim's "<N> of which hit" is claimed too
        for m in _BARE_MUNITION.finditer(text):
            if not any(s <= m.start("n") < e for s, e in taken):
                v = m.group("v").lower()
                role = "n_intercepted" if v in ("intercepted", "destroyed", "downed") or "shot" in v else "n_hit"
                if role == "n_hit" and _NEAR.match(text, m.end()):
                    continue  # "including one that landed near the gate": fired, not a hit
                if role == "n_intercepted" and _ACTIVE_OBJECT.match(text, m.end()) and \
                        not _BE_AUX.search(text, m.end("n"), m.start("v")):
                    continue  # "debris from one destroyed a hangar": what the munition did, not an interception
                _set(out, role, parse_count(m.group("n"))[0], "")


#: the parts of a salvo told by absolute participles after "with": "eight rockets were fired, with three exploding
#: near the gate", "the rockets landed, with two striking inside and two hitting the fence"
_WITH_PART = re.compile(r"(?:\bwith|\band)\s+(?P<n>\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
                        r"(?:all\s+)?(?:the\s+)?(?:rest|others|remainder))\s+(?:of\s+(?:them|which)\s+)?(?:(?P<hit>striking|"
                        r"hitting|exploding|impacting|slamming|crashing|landing\s+(?:on|in|inside))|landing|falling|"
                        r"missing|being\s+(?:intercepted|shot\s+down|downed))\b", re.I)


def _hits_with(text: str, out: dict) -> None:
    """The number that hit, summed over the parts a salvo is told in after "with" (only the struck ones).

    >>> o = {"n_hit": None, "qualifiers": []}
    >>> _hits_with("the rockets landed, with two striking inside and two hitting the perimeter fence", o); o["n_hit"]
    4
    >>> o = {"n_hit": None, "qualifiers": []}; _hits_with("with one landing outside the base", o); o["n_hit"] is None
    True
    """
    if out["n_hit"] is not None:
        return
    total, end = 0, None
    for m in _WITH_PART.finditer(text):
        if not m.group().lower().startswith("with") and (end is None or re.search(r"[;.]", text[end:m.start()])):
            end = None  # an "and" part of no "with" phrase
            continue
        n = parse_count(m.group("n"))[0]
        if m.group("hit") and n is None:
            return  # "with the rest striking the base": how many hit is not told
        total += int(n) if m.group("hit") else 0
        end = m.end()
    if total:
        out["n_hit"] = total


def _one_munition(text: str, out: dict) -> None:
    """One munition told without a count ("the drone was shot down", "another was launched", "hit by a missile").

    >>> o = {"n_fired": None, "n_hit": None, "n_intercepted": None}
    >>> _one_munition("the base had been hit by a missile", o); o["n_fired"], o["n_hit"]
    (1, 1)
    """
    det = _DET_INTERCEPT.search(text)
    if det and out["n_intercepted"] is None:
        out["n_intercepted"] = 2 if det.group("two") else 1
    active = _DET_INTERCEPT_ACTIVE.search(text) if out["n_intercepted"] is None else None
    if active and not _NON_STATE_SHOOTER.search(text, max(0, active.start() - 60), active.start()):
        out["n_intercepted"] = 1  # "air defences shot down the drone near the base"
    more = _ANOTHER.search(text)
    if more and out["n_fired"] is None:  # "... and another was launched at a base near Erbil"
        out["n_fired"] = 1
    by_one = _BY_ONE.search(text) if out["n_fired"] is None else None
    if by_one:
        out["n_fired"] = 1  # "the base was attacked by drone", "targeted by a close-range ballistic missile": one
        if re.match(r"(?:hit|struck)\b", by_one.group(), re.I) and out["n_hit"] is None:
            out["n_hit"] = 1  # "the base had been hit by a missile": the one that was fired hit


_ONE_MORE = r"another\s+(?:[\w-]+\s+){0,2}?(?:drone|rocket|missile|projectile|uav|shell|mortar\s+(?:round|shell))\b"
#: one more munition told by its outcome: "... and another rocket hit a depot", "shot down another drone over the base"
#: (not when the defenders failed to: "were unable to shoot down another missile")
_ANOTHER_OUTCOME = re.compile(r"\b" + _ONE_MORE + r"(?:,?\s+(?:that|which))?\s+(?:\w+ly\s+)?(?P<hit>hit|struck|slammed\s+into|"
                              r"crashed\s+into|impacted|(?:landed|fell|exploded)\s+(?:on|in|inside|into))\b|"
                              r"(?<!failed\sto\s)(?<!fail\sto\s)(?<!unable\sto\s)(?<!not\s)\b(?:intercepted|downed|(?:shot|brought|knocked)\s+down)\s+"
                              + _ONE_MORE, re.I)


def _another_munition(text: str, out: dict) -> None:
    """One more munition told by its outcome ("another rocket hit a depot", "shot down another drone"): one hit or one
    shot down when no count gives that role (it tells no number fired: it is one of a series).

    >>> o = {"n_fired": None, "n_hit": None, "n_intercepted": 4}
    >>> _another_munition("air defences downed four rockets and another rocket hit a depot", o); o["n_hit"], o["n_fired"]
    (1, None)
    >>> o = {"n_fired": None, "n_hit": None, "n_intercepted": None}
    >>> _another_munition("guards shot down another drone", o); o["n_intercepted"]
    1
    >>> _another_munition("guards were unable to shoot down another rocket that hit the fence", o); o["n_hit"]
    1
    """
    for m in _ANOTHER_OUTCOME.finditer(text):
        role = "n_hit" if m.group("hit") else "n_intercepted"
        if out[role] is None:
            out[role] = 1


def _more_of_them(text: str, out: dict) -> None:
    """More munitions of the one counted role told after its count ("two rockets were fired at it, then three more",
    "three rockets hit the base, while two more landed nearby"): added to that role's count when the verb after them,
    if any, is of that role and no other day or place follows.

    >>> o = {"n_fired": 2, "n_hit": None, "n_intercepted": None}; _more_of_them("two rockets were fired, then three more", o)
    >>> o["n_fired"]
    5
    >>> o = {"n_fired": 2, "n_hit": 1, "n_intercepted": None}; _more_of_them("two were fired and three more hit", o); o
    {'n_fired': 2, 'n_hit': 1, 'n_intercepted': None}
    >>> o = {"n_fired": None, "n_hit": 2, "n_intercepted": None}; _more_of_them("two hit it and three more people died", o)
    >>> o["n_hit"]
    2
    >>> o = {"n_fired": None, "n_hit": None, "n_intercepted": 4}; _more_of_them("four were shot down, while two more hit", o)
    >>> o["n_intercepted"]
    4
    >>> o = {"n_fired": 2, "n_hit": None, "n_intercepted": None}; _more_of_them("two were fired and three more followed", o)
    >>> o["n_fired"]
    5
    """
    roles = [k for k in ("n_fired", "n_hit", "n_intercepted") if out[k] is not None]
    m = _N_MORE.search(text) if len(roles) == 1 else None
    if m is None or _OTHER_TIME_OR_PLACE.match(text, m.end()):
        return  # "two more hit it on Tuesday", "and then two more in Duhok": another day's or place's
    verb = _MORE_VERB.match(text, m.end())
    role = "" if verb is None else "n_hit" if verb.group("hit") else "n_fired" if verb.group("fired") else \
        "other" if verb.group("other") else ""  # ("three more followed an hour later": the same role)
    n = parse_number(m.group("a") or m.group("n"))
    if n and role in ("", roles[0]):
        out[roles[0]] += n


#: more of the same counted munitions after a comma, "and", "then" or "while": "..., then three more", "and another
#: three", "while two more landed" (not "three more drones were downed": a role of its own, left to the counted rows)
_SMALL_NUM = r"\d{1,3}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
_N_MORE = re.compile(r"(?:,\s*|\s+)(?:and\s+|then\s+|while\s+|followed\s+by\s+)(?:then\s+)?(?:another\s+(?P<a>" + _SMALL_NUM +
                     r")|(?P<n>" + _SMALL_NUM + r")\s+more)\b(?=\s*(?:[.,;:)]|$)|\s+(?:were|was|followed|landed|hit|fell|"
                     r"struck|exploded|impacted|came|later|shortly)\b)", re.I)
#: the verb after "N more", by the role it tells ("hit", "landed": struck; "were fired": fired; "were shot down":
#: another role)
_MORE_VERB = re.compile(r"\s+(?:(?P<hit>landed|hit|fell|struck|exploded|impacted|came\s+down)|(?:were|was)\s+(?:\w+ly\s+)?"
                        r"(?P<fired>fired|launched)|followed|(?P<other>(?:were|was)\s+\w+)|came|later|shortly)\b", re.I)
#: another day or place told right after the munitions ("hit it on Tuesday", "then two more in Duhok", "in the
#: following weeks")
_OTHER_TIME_OR_PLACE = re.compile(r"[^.;]{0,40}?\b(?:on\s+(?:mon|tues|wednes|thurs|fri|satur|sun)day|the\s+(?:next|following)\s+"
                                  r"(?:day|days|week|weeks|month|months)|in\s+the\s+following|in\s+(?-i:[A-Z])\w+)\b", re.I)


def _part_or_single(text: str, out: dict, event_class: str) -> None:
    """Interceptions told as a part of those fired, or the one munition named with "the" that struck.

    >>> out = {"n_fired": None, "n_hit": None, "n_intercepted": None, "n_claimed": None}
    >>> _part_or_single("The missile slammed into a depot", out, ""); (out["n_fired"], out["n_hit"])
    (1, 1)
    >>> out = {"n_fired": None, "n_hit": None, "n_intercepted": None, "n_claimed": None}
    >>> _part_or_single("A booby-trapped drone on Friday struck a camp", out, ""); (out["n_fired"], out["n_hit"])
    (1, 1)
    >>> out = {"n_fired": None, "n_hit": None, "n_intercepted": None, "n_claimed": None}
    >>> _part_or_single("Explosive-laden drone hits army post", out, ""); (out["n_fired"], out["n_hit"])  # a headline
    (1, 1)
    >>> out = {"n_fired": None, "n_hit": None, "n_intercepted": None, "n_claimed": None}
    >>> _part_or_single("a drone packed with explosives hit the camp", out, ""); (out["n_fired"], out["n_hit"])
    (1, 1)
    >>> out = {"n_fired": None, "n_hit": None, "n_intercepted": None, "n_claimed": None}
    >>> _part_or_single("Officials said the rocket that wounded two guards was made abroad", out, ""); out["n_fired"], out["n_hit"]
    (1, None)
    >>> out = {"n_fired": None, "n_hit": None, "n_intercepted": None, "n_claimed": None}
    >>> _part_or_single("Engineers said the drone was launched from the west", out, ""); out["n_fired"]
    1
    >>> out = {"n_fired": None, "n_hit": None, "n_intercepted": None, "n_claimed": None}
    >>> _part_or_single("Fighters attacked the base this morning using an unmanned aerial vehicle", out, ""); out["n_fired"]
    1
    """
    part = _PART_OF.search(text)
    a, b = (parse_count(part.group("a"))[0], parse_count(part.group("b"))[0]) if part else (None, None)
    if a is not None and b is not None and a <= b:
        out["n_intercepted"], out["n_fired"] = int(a), int(b)  # "shot down 34 out of 35 drones"
    one = _THE_ONE_HIT.search(text) if out["n_fired"] in (None, 1) and out["n_hit"] is None and \
        out["n_intercepted"] is None else None  # "a single drone, which impacted the base": the one fired hit
    if one:  # "the rocket hit the base": the one munition of the report; "the drone hit its target": a claim
        claim = event_class == "claim" or re.match(r"\s+(?:its|their)\s+targets?", text[one.end():])
        out["n_claimed" if claim else "n_hit"] = out["n_claimed"] if claim and out["n_claimed"] is not None else 1
        if not _ORDINAL_ONE.search(text):  # "the first missile hit": one of a series, not the number fired
            out["n_fired"] = 1
    if out["n_fired"] is None and _DROPPED.search(text):
        out["n_fired"] = 1  # "a drone dropped explosives on the airport": one drone, not itself a hit
    if out["n_fired"] is None and out["n_hit"] is None and out["n_intercepted"] is None and _ONE_MEANS.search(text) \
            and not _ORDINAL_ONE.search(text):
        out["n_fired"] = 1  # "fighters attacked the base using a drone": the one munition of the attack
    if out["n_fired"] is None and _ONE_KILLER.search(text) and not _ORDINAL_ONE.search(text):
        out["n_fired"] = 1  # "the missile that killed two guards": the one munition of the attack (a hit is not told)
    if out["n_fired"] is None and out["n_intercepted"] is None and _THE_ONE_FIRED.search(text) and \
            not _ORDINAL_ONE.search(text):
        out["n_fired"] = 1  # "officials said the drone was launched from the west": the one munition of the attack


#: munitions told as the means of the attack just named: "an attack involving four rockets", "a strike using two drones"
_MEANS_BEFORE = re.compile(r"\b(?:attacks?|strikes?|assaults?|barrages?)\s+(?:involving|using|employing|comprising)\s+"
                           r"(?:at\s+least\s+|about\s+|some\s+|around\s+)?$", re.I)


#: where a munition was made, told between it and its verb: "a missile “of Russian origin” hit", "rockets of local make"
_OF_ORIGIN = re.compile(r"\s+[“\"]?of\s+(?:[\w-]+\s+){0,2}?(?:origin|make|manufacture|design)[”\"]?(?=\s)", re.I)


#: a day or a time of day between a counted munition and its verb ("two rockets on Sunday fell", "three shells early
#: Monday hit", "two drones overnight struck")
_TIME_ASIDE = re.compile(r",?\s+(?:(?:late|early)\s+)?(?:on\s+)?(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|overnight|"
                         r"last\s+night|this\s+morning|at\s+dawn)(?:\s+(?:morning|afternoon|evening|night))?,?(?=\s)")


#: counted munitions that were found, not fired: "three shells that had been loaded into the launcher were found at
#: the scene", "police seized two rockets" (no role: neither fired nor struck)
_UNFIRED_AFTER = re.compile(r"(?:,?\s+(?:that|which)\s+(?:had\s+(?:[a-z]{3,}ly\s+)?been|have\s+(?:[a-z]{3,}ly\s+)?been|were|was)\s+(?:\w+ly\s+)?(?:loaded|placed|"
                            r"prepared|primed|set\s+up|mounted|left|hidden|stored|positioned|rigged|ready)\b[^.;]{0,80}?)?"
                            r"\s+(?:were|was|had\s+(?:[a-z]{3,}ly\s+)?been|have\s+(?:[a-z]{3,}ly\s+)?been)\s+(?:\w+ly\s+)?(?:found|discovered|seized|defused|"
                            r"dismantled|confiscated)\b(?!\s+to\b)", re.I)  # (only a relative clause that readies them)
_UNFIRED_BEFORE = re.compile(r"(?<!\bremains\sof\s)\b(?:found|discovered|seized|defused|dismantled|confiscated)\s+"
                             r"(?:(?:\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten)\s+(?:[\w-]+\s+)?(?:rockets?|"
                             r"missiles?|drones?|shells?|mortars?|launchers?|rifles?|guns?|weapons?|bombs?|grenades?|"
                             r"explosives|devices?|rounds?),?\s+(?:and\s+)?)*$", re.I)  # "seized 20 drones and 14 rockets"
#: the found munitions told as fired or come down ("discovered 12 rockets had been fired", "found three rockets that
#: had been fired at the base", "defused two shells fired at the base", "found two drones that had crashed"): fired
_FIRED_NEXT = re.compile(r"(?:,?\s+(?:that|which))?\s+(?:(?:had\s+(?:[a-z]{3,}ly\s+)?been|have\s+(?:[a-z]{3,}ly\s+)?been|were|was|had|have)\s+)?(?:\w+ly\s+)?"
                         r"(?:fired|launched|landed|hit|struck|crashed|fallen|fell|exploded)\b", re.I)
#: what is left of munitions that were fired ("the remains of three missiles were found", "debris of two drones")
_REMAINS_BEFORE = re.compile(r"\b(?:remains|debris|wreckage|fragments)\s+of\s+(?:the\s+)?$", re.I)
_CLAUSE_STOP = re.compile(r"[.]|,\s+(?:and|but|while)\s")  # (not ";": "...; air defences downed 18 of them")


def _clause_end(text: str, pos: int) -> int:
    """Where the clause holding ``pos`` ends (a stop or ', and/but/while'), or the text's end.

    >>> _clause_end("one was intercepted, and two drones were shot down", 0)
    19
    """
    m = _CLAUSE_STOP.search(text, pos)
    return m.start() if m else len(text)
#: a part of munitions told before ("two of the drones"): without its own verb of firing, not a number fired
_PART_OF_THEM = re.compile(r"\w+\s+of\s+(?:the|these|those|them)\b", re.I)
#: a verb of firing right after such a part ("two of them were fired from Iraq", "two of the drones, launched ..."): fired
_FIRED_AFTER = re.compile(r"\s*,?\s+(?:(?:were|was|had\s+(?:[a-z]{3,}ly\s+)?been|have\s+(?:[a-z]{3,}ly\s+)?been)\s+)?(?:fired|launched)\b", re.I)


def _munition_role(text: str, start: int, end: int, event_class: str) -> str:
    """The role of one counted munition phrase at [start, end): a munition that landed or struck near its target
    struck (``n_hit``), as one that struck it; how close is not the count's business. '' for munitions found and not
    fired, or a part of those told with no verb of firing (no role: the count is left out).

    >>> _munition_role("Two rockets landed near the base", 0, 11, ""), _munition_role("Two rockets were fired", 0, 11, "")
    ('n_hit', 'n_fired')
    >>> _munition_role("Six drones, including one which landed near a school, were launched", 0, 10, "")  # the part's verb
    'n_fired'
    >>> _munition_role("Two rockets on Sunday fell near the base", 0, 11, "")
    'n_hit'
    >>> _munition_role("Police found two rockets on a launcher", 13, 24, ""), _munition_role("Two of the drones exploded", 0, 17, "")
    ('', '')
    """
    after, before = text[end:end + 200], text[max(0, start - 40):start]
    fire = re.match(r"\s+of\s+(?:[\w-]+\s+)?fire\b", after) or _OF_ORIGIN.match(after)
    after = after[fire.end():] if fire else after  # "two rounds of indirect fire struck", "a drone of foreign make hit"
    when = _TIME_ASIDE.match(after)  # "Two rockets on Sunday fell near the base": the day stands between them
    after = after[when.end():] if when else after
    mod = _MODIFIER.match(after)  # not across a further count ("20 rockets fired, some 12 hit": the verb is its)
    after = after[mod.end():] if mod else after  # "three drones directed at the base were destroyed"
    if _INTERCEPT_AFTER.match(after) or _INTERCEPT_BEFORE.search(before) or _FORCES_SHOT.search(before):
        return "n_intercepted"
    if event_class == "claim" or _CLAIMED_FIRE.search(before):
        return "n_claimed"
    if _MEANS_BEFORE.search(before):
        return "n_fired"  # "an attack involving four rockets hit the base": the attack hit, the rockets are its means
    if _HIT_AFTER.match(after) or _HIT_BEFORE.search(before) or _HIT_WITH.search(before) and \
            not _STOPPED.search(text, end, _clause_end(text, end)):
        return "n_hit"  # "two rockets landed near the base", "the base was struck with eight rockets": they struck
    if (_UNFIRED_AFTER.match(text, end) or _UNFIRED_BEFORE.search(before)) and not _FIRED_NEXT.match(text, end) and \
            not _REMAINS_BEFORE.search(before):
        return ""  # "three shells ... were found at the scene": not fired
    if _PART_OF_THEM.match(text, start) and not _FIRED_AFTER.match(text, end):
        return ""  # "two of the drones exploded": a part of those told, not the number fired
    return "n_fired"


def _set(out: dict, role: str, value: int | None, qualifier: str) -> None:
    """Record a munition count for a role unless the role already has one."""
    if value is None or out[role] is not None:
        return
    out[role] = int(value)
    if qualifier:
        out["qualifiers"].append(f"{role}={qualifier}")
_NAME_TOKEN = re.compile(r"(?:[A-Z][a-z’']+|al|Al|el|bin|ibn|Abu|Abi)(?:-[A-Z][a-z’']+)?")


from ..prefilter import guard_patterns  # noqa: E402  (after every expression of the module is defined)

guard_patterns(globals())
