"""Whether one article tells an event again: retold tolls, accounts of a source, references back, sites and places
named again, and the next sentence that goes on with the event told."""

from __future__ import annotations

import re
from datetime import date, timedelta
from typing import Callable

from ..entries import _SENTENCE_END
from ..gazetteer import match_key
from ..mention_places import SEVERAL_COUNTRIES, joined_names
from ..places import ancestors, places_gazetteer, text_place_parts
from ..roles import rising_toll, source_toll
from ..vocabulary import vocabulary, weapons_in
from .compat import (COUNT_FIELDS, DEFINITE_START, SEPARATE, SITE_TYPES, _account_of_told, _interval, _opens,
                     _qualifier, _searched, counts_compatible, weapons_compatible)
from .cluster import _Cluster, _named_in, _present, _span_with, _stated_day


def _same_told_twice(m: dict, c: _Cluster) -> bool:
    """Whether two clauses of one sentence tell one event: the same site and day, related weapons ("rockets hit the
    base, and a Katyusha landed inside the base on Monday"), or an unplaced step of one assault ("stormed the base with
    a car bomb and then opened fire": ``_means_of_told``)."""
    if not m["date"] or m["date"] not in c.days:
        return False
    return bool(m["place_id"]) and m["place_id"] == c.place_id and \
        places_gazetteer().row(m["place_id"])["type"] not in ("country", "region", "province") and \
        all(weapons_compatible(m["weapon"], w) for w in c.weapons) or _means_of_told(m)


#: a figure told as another account of the event ("another source said", "other reports put the toll at")
_OTHER_ACCOUNT = re.compile(r"\b(?:another|other|a\s+different|a\s+second|separate)\s+(?:[\w-]+\s+)?(?:sources?|officials?|"
                            r"accounts?|reports?|estimates?)\s+(?:[\w-]+\s+){0,6}?(?:said|says|told|reported|put|gave|quoted|"
                            r"claimed)\b|\baccording\s+to\s+(?:another|other)\b|"
                            # "with some outlets saying nine had been killed", "other local media reported": other counts
                            r"\b(?:some|other|several|many)\s+(?:[\w-]+\s+)?(?:outlets|media|news\s+outlets|websites|channels)\s+"
                            r"(?:[\w-]+\s+){0,3}?(?:saying|said|says|reported|reporting|put|gave|claimed|citing)\b"
                            r"(?!\s+(?:that\s+)?(?:another|a\s+second|a\s+separate|a\s+new|a\s+further|more|further)\b)|"
                            r"^\W*(?:earlier|previously|initially|at\s+first),?\s+[^.;]{0,80}?\b(?:said|says|put|reported|"
                            r"gave|announced)\b", re.I)  # "Earlier, the army said 40 were killed": the first count


#: a sentence that opens on a speaker already named saying a figure ("He said attackers killed 15 soldiers", "They
#: said 20 died"): that speaker's count of the event told, when it names no place or weapon of its own
_SPEAKER_ACCOUNT = re.compile(r"^\W*(?:he|she|they|the\s+(?:group|spokesman|spokesperson|official|statement))\s+"
                              r"(?:also\s+|later\s+)?(?:said|says|claimed|added|told\s+\w+)\s+(?:that\s+)?"
                              r"(?!(?:another|other|more|a\s+second|separate)\b)", re.I)


def _source_toll(m: dict, ev: str) -> bool:
    """Whether a mention placed by no words of its own is only a source's count of a toll (``roles.source_toll``):
    another count of the event told ("Meanwhile, the monitor said at least eight people were killed and 23 wounded").

    >>> _source_toll({"place_id": ""}, "The monitor said at least eight people were killed and 23 wounded.")
    True
    >>> _source_toll({"place_id": ""}, "The monitor said eight people were killed in a new strike.")
    False
    """
    return (not m["place_id"] or m.get("place_source") in ("inherited", "dateline")) and source_toll(ev) and \
        not weapons_in(ev)


def _speaker_account(m: dict, ev: str) -> bool:
    """Whether a mention is a speaker's own count of the event told (``_SPEAKER_ACCOUNT``) with no place or weapon of
    its own words ("He said attackers killed 15 soldiers").

    >>> _speaker_account({"place_id": ""}, "He said attackers killed 15 soldiers."), _speaker_account({"place_id": ""},
    ...     "He said a rocket killed 15 soldiers.")
    (True, False)
    """
    return (not m["place_id"] or m.get("place_source") in ("inherited", "dateline")) and \
        bool(_opens(_SPEAKER_ACCOUNT, ev)) and not weapons_in(ev)


#: the event just told, named as the same one ("A woman was also killed in the same strike")
_SAME_EVENT = re.compile(r"\b(?:in|by|during|from)\s+(?:the\s+same|that|this)\s+(?:[\w-]+\s+)?(?:strike|airstrike|attack|raid|"
                         r"bombing|blast|explosion|shelling|assault|ambush)\b(?!\s+(?:on|in|at)\s+[A-Z])|"
                         # or the toll told corrected: "revealed that the death toll was actually seven"
                         r"\bthe\s+(?:death\s+|casualty\s+)?toll\s+(?:was|is|stood\s+at|stands\s+at)\s+(?:actually|in\s+fact|really)\b",
                         re.I)  # not "the toll was higher when gunmen killed nine": another event compared
#: more victims of a weekday's attack ("four other police were wounded in Tuesday's attack")
_OTHERS_OF_DAY = re.compile(r"\bothers?\b[^.;]{0,60}?\b(?:in|during)\s+(?P<day>Monday|Tuesday|Wednesday|Thursday|Friday|"
                            r"Saturday|Sunday)['’]s\s+(?:[\w-]+\s+)?(?:attack|assault|ambush|raid|bombing|blast|explosion|"
                            r"shooting|strike)\b")
_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def _others_of_the_day(ev: str, c: _Cluster) -> bool:
    """Whether a sentence tells more victims ("other") of the attack of a weekday on which the incident happened: the
    incident's further victims, not another attack ("four other police were wounded in Tuesday's attack").

    >>> c = _Cluster({"doc_id": "a", "sent_id": 0, "event_type": "attack", "place_id": "", "weapon": "", "date": "2018-09-04",
    ...               "date_precision": "day", **dict.fromkeys(COUNT_FIELDS), "evidence": ""})
    >>> _others_of_the_day("Four other police were wounded in Tuesday's attack.", c)
    True
    >>> _others_of_the_day("Eight others were killed in Monday's attack.", c)
    False
    """
    m = _searched(_OTHERS_OF_DAY, ev) if "other" in ev else None
    if m is None:
        return False
    days = {str(r["date"]) for r in c.rows if r.get("date_precision") == "day" and len(str(r["date"])) == 10 and
            str(r["date"])[:4].isdigit()}  # the incident's days, whatever told them (the page's included)
    return any(_WEEKDAYS[date.fromisoformat(d).weekday()] == m.group("day") for d in days)


#: a sentence that opens on a new attack with an indefinite weapon or attacker ("A bomb near X killed ...", "An I.E.D.
#: wounded ...", "Gunmen killed ..."): in a roundup, the next attack, whatever its toll
_ANOTHER_ATTACK = re.compile(r"^\W*(?:(?:an?|another)\s+(?:[\w-]+\s+){0,2}?(?:bomb|i\.?e\.?d\.?|blast|explosion|mortar|"
                             r"rocket|gunman|sniper|bomber|grenade|shooting|attack)|gunmen)\b", re.I)


def _new_victims(m: dict, c: _Cluster) -> bool:
    """Whether a mention from another sentence of an article the incident holds gives casualties that none of the
    article's figures for it can be (qualifiers considered; reports of none ignored), in a sentence that does not
    open on the event told: the article's next attack.

    >>> row = lambda i, k, ev: {"doc_id": "a", "sent_id": i, "event_type": "attack", "place_id": "", "weapon": "",
    ...     "date": "", "date_precision": "", **dict.fromkeys(COUNT_FIELDS), "killed": k, "evidence": ev}
    >>> c = _Cluster(row(0, 6, "A blast killed six."))
    >>> _new_victims(row(1, 2, "Gunmen killed two."), c), _new_victims(row(1, 2, "The blast killed two."), c)
    (True, False)
    >>> _new_victims(row(1, 7, "A monitor said the death toll was actually seven."), c)   # the toll corrected
    False
    """
    ev = str(m.get("evidence") or "")
    if m["doc_id"] not in c.docs or _opens(DEFINITE_START, ev) or _searched(_OTHER_ACCOUNT, ev) or _account_of_told(m) or \
            _source_toll(m, ev) or \
            _speaker_account(m, ev) or _searched(_SAME_EVENT, ev) or _others_of_the_day(ev, c):
        return False  # "Another source said at least 12 had died in the strikes", "He said attackers killed 15
        # soldiers": another count of the same event; "two more were killed in the same strike": its victims
    if _opens(_ANOTHER_ATTACK, ev) and any(
            _present(m[f]) and int(m[f]) > 0 and c.victims.get((m["doc_id"], f)) for f in ("killed", "injured")) and \
            not _same_large_toll(m, c):
        return True  # "An IED in X killed a civilian. A bomb killed a policeman": a roundup's next attack, same toll
    part = _searched(_VICTIMS_PART, ev) or _searched(_SOME_OF_THEM, ev) or _country_part(m, c) or \
        _searched(_SO_FAR, ev) or _risen_toll_told(m, c)  # "Three victims suffering gunshot wounds were taken to
    # hospital", "Reuters said two of its journalists were wounded", "In Syria, the strikes killed 23": of those told;
    # "17 bodies have been recovered so far", or a lower figure where the article says the toll has risen: an earlier
    # count of the same toll
    whole = _searched(_AMONG_THEM, ev)  # "X was among three reservists killed": the whole toll, the one told among them
    if _opens(_NAMED_VICTIM, ev) and all(int(m[f]) <= 1 for f in ("killed", "injured") if _present(m[f])):
        part = True  # "Ann Lee, a 66-year-old priest, was killed in the attack": one of the victims told
    for f in ("killed", "injured"):
        if _present(m[f]) and int(m[f]) > 0:  # none of a group is no figure
            told = c.victims.get((m["doc_id"], f))
            if told and not any(counts_compatible((int(m[f]), _qualifier(m, f)), t) for t in told) and \
                    not (part and int(m[f]) <= max(v for v, _q in told)) and \
                    not (whole and int(m[f]) >= max(v for v, _q in told)):
                return True
    return False


def _same_large_toll(m: dict, c: _Cluster) -> bool:
    """Whether a mention repeats, exactly, a toll of ten or more the article already gave the incident ("A suicide
    bomber killed 15 in Mogadishu ... A suicide bomber detonated his car, killing 15"): the attack told again, told
    anew with "a", not a roundup's next attack with the same small toll ("A bomb killed three soldiers. A car bomb
    killed three civilians").

    >>> row = lambda i, k, ev: {"doc_id": "a", "sent_id": i, "event_type": "attack", "place_id": "", "weapon": "",
    ...     "date": "", "date_precision": "", **dict.fromkeys(COUNT_FIELDS), "killed": k, "evidence": ev}
    >>> c = _Cluster(row(0, 15, "A suicide bomber killed 15."))
    >>> _same_large_toll(row(1, 15, "A bomber detonated his car, killing 15."), c), _same_large_toll(row(1, 3, "x"), c)
    (True, False)
    >>> _same_large_toll({**row(1, 15, "A strike killed 15."), "date": "2024-09-04"}, c)  # another day: another strike
    False
    """
    if not any(_present(m[f]) and int(m[f]) >= 10 and int(m[f]) in {v for v, _q in c.victims.get((m["doc_id"], f)) or ()}
               for f in ("killed", "injured")):
        return False
    rows = [r for r in c.rows if r.get("doc_id") == m["doc_id"]]  # and at no other place or day the article gave it
    return all(not m.get(k) or any(r.get(k) == m.get(k) for r in rows) for k in ("place_id", "date"))


#: a count that is only the toll so far ("Till now, 17 bodies have been recovered", "at least 12 are confirmed dead so
#: far"): an earlier stage of the toll told, not other victims
_SO_FAR = re.compile(r"\b(?:so\s+far|till\s+now|until\s+now|thus\s+far|as\s+of\s+now|bodies\s+(?:have\s+been|were|had\s+been)\s+"
                     r"(?:recovered|retrieved|pulled))\b", re.I)


#: a sentence that opens later than the event told ("Hours later, ...", "Later, ...")
_LATER_OPENING = re.compile(r"^\W*(?:(?:hours|days|minutes|weeks|moments)\s+later|later)\b", re.I)


def _risen_toll_told(m: dict, c: _Cluster) -> bool:
    """Whether the incident's article says its toll has risen ("The death toll ... has risen to 90"): a lower figure
    elsewhere in it is an earlier count of that toll.

    >>> row = {"doc_id": "a", "sent_id": 0, "event_type": "attack", "place_id": "", "weapon": "", "date": "",
    ...        "date_precision": "", **dict.fromkeys(COUNT_FIELDS), "evidence": "The death toll has risen to 90."}
    >>> _risen_toll_told({**row, "sent_id": 3, "evidence": "17 were killed."}, _Cluster(row))
    True
    """
    if _opens(_LATER_OPENING, str(m.get("evidence") or "")) or not weapons_compatible(m["weapon"], ";".join(c.weapon_key)):
        return False  # "Hours later, gunmen killed 8 at a bus stop": the next attack, not an earlier count
    return any(r["doc_id"] == m["doc_id"] and r["sent_id"] != m["sent_id"] and
               rising_toll(str(r.get("evidence") or "")) is not None for r in c.rows)


#: a count of the victims told ("Three victims suffering gunshot wounds", "two of the wounded"): a part of the toll
_VICTIMS_PART = re.compile(r"^\W*(?:[\w-]+\s+){1,2}?(?:of\s+the\s+)?(?:victims|wounded|injured)\b", re.I)
def _country_part(m: dict, c: _Cluster) -> bool:
    """Whether a mention is placed in one of the countries the incident's article tells it in together ("strikes in
    Iraq and Syria ... In Syria, the strikes killed 23"): a part of the joint toll.

    >>> row = {"doc_id": "a", "sent_id": 0, "event_type": "us_strike", "place_id": "", "weapon": "", "date": "",
    ...        "date_precision": "", **dict.fromkeys(COUNT_FIELDS), "place_source": SEVERAL_COUNTRIES,
    ...        "place_text": "Iraq and Syria", "evidence": ""}
    >>> _country_part({**row, "place_id": "syria", "place_source": "sentence"}, _Cluster(row))
    True
    """
    if not m["place_id"] or places_gazetteer().row(m["place_id"])["type"] != "country":
        return False
    return any(r["doc_id"] == m["doc_id"] and r.get("place_source") == SEVERAL_COUNTRIES and
               _one_of_joined(m["place_id"], str(r.get("place_text") or "")) for r in c.rows)


#: a sentence that opens on a victim's name and description and points back to the attack told ("Ann Lee, a
#: 66-year-old priest, was killed in the attack"), not another weapon's or attacker's victim ("..., was shot dead")
_NAMED_VICTIM = re.compile(r"^\W*(?:[A-Z][\w'’.-]+\s+){1,3}[A-Z][\w'’-]+,\s+(?:a|an|the)\s+[^,]{3,80},\s+(?:was|had\s+been)\s+"
                           r"(?:\w+\s+)?(?:killed|wounded|injured)\s+(?:in|during)\s+the\s+(?:[\w-]+\s+)?(?:attacks?|assault|"
                           r"blasts?|bombings?|explosions?|shooting|raid|massacre)\b")
#: the victims told as a group that holds the one named ("She was among three soldiers killed"): the whole toll
_AMONG_THEM = re.compile(r"\b(?:was|were|is|are)\s+(?:also\s+)?among\s+(?:the\s+)?(?:at\s+least\s+)?(?:\d+|two|three|four|five|six|"
                         r"seven|eight|nine|ten|dozens)\b", re.I)
#: a few of a group's own people ("two of its journalists", "three of their colleagues"): a part of a toll told
_SOME_OF_THEM = re.compile(r"\b(?:one|two|three|four|five|six|seven|eight|nine|ten|\d{1,3})\s+of\s+(?:its|their|his|her|our)\s+"
                           r"[a-z]", re.I)


#: a sentence that retells the story through its source ("The source told the agency that ...", "The PMF spokesman,
#: X, told the agency that ...", "A police source said in a statement that ..."): the lead's event in detail
_SOURCE_RETELLS = re.compile(r"^\W*(?:\w[\w.'’-]*,?\s+){1,8}?(?:told|said|added|reported|informed|stated|explained|"
                             r"confirmed)\b[^.;\"“”]{0,60}?\bthat\s", re.I)


#: a quoted statement closed by its source ("“Three fighters were killed when a drone hit their car,” the service
#: said"): the lead's event in the source's words
_QUOTE_RETELLS = re.compile(r"^\W*[“\"][^”\"]{20,}[”\"],?\s+(?:[\w.'’´-]+\s+){1,10}?(?:said|added|told|stated|reported|claimed)\b")


#: a sentence whose subject is the event or its weapon ("The blast ...", "The unmanned aerial vehicle targeted ...")
_EVENT_START = re.compile(r"^\W*(?:the|this|that)\s+(?:[\w-]+\s+){0,3}?(?:attacks?|strikes?|airstrikes?|blasts?|explosions?|"
                          r"bombs?|bombings?|drones?|uavs?|vehicle|aircraft|rockets?|missiles?|shells?|assault|raids?|"
                          r"incident|ambush)\b", re.I)


#: a sentence that opens on the event just told as its setting ("In the attack, four were killed at the school",
#: "During the gunfight, two soldiers were hurt"): the event itself, whatever its place or toll adds
_IN_THE_TOLD = re.compile(r"^\W*(?:in|during)\s+(?:the|that|this)\s+(?:same\s+)?(?:attack|assault|raid|bombing|blast|"
                          r"explosion|incident|gunfight|firefight|shootout|clash|encounter|ambush|shooting|strike|"
                          r"shelling)\s*,", re.I)


#: the event told, named as such ("wounded in the bombing", "in the same attack")
_IN_THE_EVENT = re.compile(r"\b(?:in|by)\s+the\s+(?:same\s+|\w+\s+){0,2}?(?:attacks?|bombings?|blasts?|strikes?|explosions?|"
                           r"shelling|raids?)\b", re.I)


def _retold(m: dict, c: _Cluster) -> bool:
    """Whether a later sentence of an article the incident holds retells its event: it opens on the event or on the
    source's account, and its casualties are the incident's or a part of them (none more than told, unless the
    sentence opens on the event itself: "The drone ... killed a commander and another member").

    >>> row = lambda i, k, p, ev: {"doc_id": "a", "sent_id": i, "event_type": "attack", "place_id": p, "weapon": "",
    ...     "date": "", "date_precision": "", **dict.fromkeys(COUNT_FIELDS), "killed": k, "evidence": ev}
    >>> c = _Cluster(row(0, 5, "salahuddin", "Five civilians were killed in an attack on a village."))
    >>> _retold(row(1, 3, "", "The commander told the agency that gunmen killed the chief and two sons."), c)
    True
    >>> _retold(row(1, 7, "", "The commander told the agency that gunmen killed seven."), c)
    False
    """
    if m["doc_id"] not in c.docs or _own_other_day(m, c) or _later_clause(m) or _other_countries(m, c):
        return False   # "The attack came hours after an explosion in X killed two": the opening is another clause's;
        # an attack its own sentence places in another country is not the incident told again
    ev = str(m.get("evidence") or "")
    definite = bool(_opens(_EVENT_START, ev) or _opens(_IN_THE_TOLD, ev))  # "The drone ... resulted in the death of
    # a commander and another"; "In the gunfight, four soldiers were hurt"
    if not (_opens(DEFINITE_START, ev) or definite or _opens(_SOURCE_RETELLS, ev) or _opens(_QUOTE_RETELLS, ev)) or \
            _opens(SEPARATE, ev):
        return False
    shared = other = False
    for f in ("killed", "injured"):
        if _present(m[f]) and int(m[f]) > 0:
            told = c.victims.get((m["doc_id"], f))
            if told and not definite and int(m[f]) > max(v for v, _q in told):
                return False
            shared = shared or bool(told)
            other = other or not told and bool(c.victims.get((m["doc_id"], "injured" if f == "killed" else "killed")))
    return shared or other and bool(_searched(_IN_THE_EVENT, ev)) or \
        _detail_within(m, c, ev)  # "... killed 92. Officials said 105 were wounded in the bombing": the other toll of the
    # event told; "Media reported that the drone raid, which occurred in Baghdad's Mashtal neighbourhood, ...": its site


#: a definite event noun that retells the incident ("the drone raid", "the strike"), after the source that tells it
_THE_EVENT_TOLD = re.compile(r"\b(?:the|this)\s+(?:[\w-]+\s+)?(?:strike|raid|attack|bombing|explosion|blast|assault|"
                             r"ambush)\b(?!\s+(?:on|against)\b)", re.I)


def _detail_within(m: dict, c: _Cluster, ev: str) -> bool:
    """Whether a retelling with no casualties of its own names the incident's weapon and event by a definite noun at a
    place inside the incident's ("the drone raid, which occurred in Baghdad's Mashtal neighbourhood", after a drone
    strike in Baghdad): the incident's site told.

    >>> row = lambda i, p, ev: {"doc_id": "a", "sent_id": i, "event_type": "strike", "place_id": p, "weapon": "drones",
    ...     "date": "", "date_precision": "", **dict.fromkeys(COUNT_FIELDS), "evidence": ev}
    >>> c = _Cluster(row(0, "baghdad", "A drone strike in Baghdad killed a commander."))
    >>> _detail_within(row(4, "karrada", "", ), c, "Media reported that the drone raid, which occurred in Karrada, ...")
    True
    >>> _detail_within(row(4, "karrada", "", ), c, "Media reported that a drone raid hit Karrada.")
    False
    """
    if _victims(m) or not m["weapon"] or \
            m["weapon"] not in c.weapons or not m["place_id"] or not c.place_id or c.place_id not in ancestors(m["place_id"]):
        return False
    return _searched(_THE_EVENT_TOLD, ev) is not None


#: the targets of the event just told, named as such ("the targeted bases belonged to ...", "the struck convoy")
_THE_TARGETED = re.compile(r"\b(?:the|these|those)\s+(?:targeted|attacked|bombed|struck|shelled|raided)\s+"
                           r"(?!by\b|on\b|in\b|at\b)[a-z]", re.I)


def _targets_retold(m: dict, c: _Cluster) -> bool:
    """Whether a mention with no weapon or count of its own, in the sentence right after one the incident holds, only
    tells more of that event's targets ("The sources said the targeted bases belonged to ..."): the event retold,
    whatever type its wording reads as.

    >>> row = lambda i, ev: {"doc_id": "a", "sent_id": i, "event_type": "strike", "place_id": "", "weapon": "",
    ...     "date": "", "date_precision": "", **dict.fromkeys(COUNT_FIELDS), "evidence": ev}
    >>> c = _Cluster(row(3, "Jets struck several depots in the north."))
    >>> _targets_retold({**row(4, "Witnesses said the targeted depots held fuel."), "event_type": "attack"}, c)
    True
    >>> _targets_retold({**row(6, "Witnesses said the targeted depots held fuel."), "event_type": "attack"}, c)
    False
    """
    if m["doc_id"] not in c.docs or m.get("weapon") or any(_present(m[f]) for f in COUNT_FIELDS) or \
            not _searched(_THE_TARGETED, str(m.get("evidence") or "")):
        return False
    try:
        before = str(int(m.get("sent_id")) - 1)
    except (TypeError, ValueError):
        return False
    return (m["doc_id"], before) in c.sents


def _own_other_day(m: dict, c: _Cluster) -> bool:
    """Whether a mention gives its event a day of its own that none of the incident's days is: within one article,
    another event (the attack a strike answers), whatever the wording that retells.

    >>> row = {"date": "2024-03-21", "date_precision": "day", "date_source": "sentence"}
    >>> c = type("C", (), {"days": {"2024-03-21"}})(); c2 = type("C", (), {"days": {"2024-03-22"}})()
    >>> _own_other_day(row, c), _own_other_day(row, c2), _own_other_day({**row, "date_source": "statement"}, c2)
    (False, True, False)
    """
    day = str(m.get("date") or "")[:10]
    return m.get("date_precision") == "day" and not _stated_day(m) and bool(day) and \
        bool(c.days) and day not in {d[:10] for d in c.days}


def _next_account(m: dict, c: _Cluster) -> bool:
    """Whether a mention is another source's account ("Another source quoted by a wire said ...") told in the sentence
    right after one the incident holds: the same event, however each account calls it.

    >>> row = lambda i, ev: {"doc_id": "a", "sent_id": i, "event_type": "attack", "place_id": "", "weapon": "",
    ...     "date": "", "date_precision": "", **dict.fromkeys(COUNT_FIELDS), "evidence": ev}
    >>> c = _Cluster(row(4, "Sources said drones had killed several fighters."))
    >>> _next_account(row(5, "Another source said 12 fighters had died in strikes."), c)
    True
    >>> _next_account(row(7, "Another source said 12 fighters had died in strikes."), c)
    False
    """
    if m["doc_id"] not in c.docs or not _searched(_OTHER_ACCOUNT, str(m.get("evidence") or "")):
        return False
    try:
        ks = (1, 2) if _opens(_SUPERSEDED, str(m.get("evidence") or "")) else (1,)  # "Earlier, X said ...": after the
        before = [str(int(m.get("sent_id")) - k) for k in ks]  # revised toll and its detail
    except (TypeError, ValueError):
        return False
    return any((m["doc_id"], b) in c.sents for b in before)


def _places_tied(m: dict, c: "_Cluster") -> bool:
    """Whether a mention's place and its incident's are tied within one article: a province or region holds the other
    (or a name the gazetteer cannot place), one sentence names the other's place, or one place only gives the point
    a direction is taken from ("west of Mosul").

    >>> _places_tied({"place_id": ""}, _Cluster({"doc_id": "a", "sent_id": 0, "event_type": "attack", "place_id": "mosul",
    ...     "weapon": "", "date": "", "date_precision": "", **dict.fromkeys(COUNT_FIELDS), "place_text": "Mosul",
    ...     "evidence": ""}))  # a mention without a place is tied to any
    True
    """
    a, b = str(m.get("place_id") or ""), str(c.place_id or "")
    if not a or not b:
        return True
    gaz = places_gazetteer()
    unplaced = lambda y: y.startswith("txt:") and not ancestors(y)  # noqa: E731
    if any(gaz.row(x)["type"] in ("province", "region") and (x in ancestors(y) or unplaced(y))
           for x, y in ((a, b), (b, a))):  # "in Diyala province ... in the Al-Bijat area": an unplaced name in it
        return True
    ev = str(m.get("evidence") or "")
    mine = str(m.get("place_text") or "")
    told = c.told.get(m["doc_id"])  # the article's place texts and sentences, each once
    return told is not None and (any(_named_in(pt, ev) for pt in told.place_texts) or
                                 any(_named_in(mine, e) for e in told.evidence) or told.direction or
                                 _named_in(mine, ev, True))


#: words that tell further victims or another scene ("Two more policemen ...", "killed in another area of Mosul")
_MORE_VICTIMS = re.compile(r"\banother\s+(?:area|part|place|town|village|district|neighbou?rhood|city|attack|incident|"
                           r"bombing|blast|explosion)\b|\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten)\s+more\b", re.I)
#: a sentence that opens a roundup's next entry ("Also, five soldiers were wounded ...", "In Mansour, a bomb ...")
_NEXT_ENTRY = re.compile(r"^\W*(?:(?i:also|meanwhile|elsewhere|separately|in\s+addition|additionally|"
                         r"in\s+(?:another|a\s+separate))\b|(?:[Ii]n|[Nn]ear|[Aa]t|[Oo]utside)\s+(?:the\s+)?"
                         r"[A-Z][\w'’-]+(?:\s+(?:al-)?[A-Z][\w'’-]+){0,3}\s*,)")


#: victims named again by a definite count ("the five were killed in X village", "the two soldiers died"): the ones told
_THE_VICTIMS_AGAIN = re.compile(r"\bthe\s+(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d+)\s+(?:[\w-]+\s+){0,2}?"
                                r"(?:were|was|had\s+been|have\s+been|died)\b", re.I)


def _same_toll(m: dict, c: "_Cluster") -> bool:
    """Whether a later sentence of an article the incident holds gives the very casualties the article told for it
    (each killed or wounded figure the mention gives was told for the incident before, one at least) at a place tied to
    the incident's (``_places_tied``), where the mention or the incident is placed only by a locator ("on the road
    between two towns", a dateline: place_source "locator"), or in a sentence that names the incident's place by its gazetteer name: the lead's event in detail
    ("A guard was killed near the dam. ... at the gate of the dam's camp, the blast killed a guard").

    >>> row = lambda i, k, p, pt, ev, src="sentence": {"doc_id": "a", "sent_id": i, "event_type": "attack", "place_id": p,
    ...     "weapon": "", "date": "", "date_precision": "", **dict.fromkeys(COUNT_FIELDS), "killed": k, "place_text": pt,
    ...     "evidence": ev, "place_source": src}
    >>> c = _Cluster(row(0, 2, "fallujah", "Falluja", "Two were killed in a blast in Falluja."))
    >>> _same_toll(row(1, 2, "basra", "Basra", "A bomb in Basra, south of Falluja, killed two."), c)  # places tied
    True
    >>> _same_toll(row(1, 2, "basra", "Basra", "A bomb on a road out of Basra killed two.", "locator"), c)  # a locator
    True
    >>> _same_toll(row(1, 2, "basra", "Basra", "A bomb in a Basra market, far from Fallujah, killed two."), c)  # named
    True
    >>> _same_toll(row(1, 2, "basra", "Basra", "A bomb in Basra killed two."), c), _same_toll(row(1, 3, "", "", "x"), c)
    (False, False)
    >>> _same_toll(row(1, 2, "basra", "Basra", "He said the two were killed in Basra."), c)  # the victims told again
    True
    >>> _same_toll(row(1, 2, "basra", "Basra", "A bomb in Basra killed two."), _Cluster(row(0, 2, "mosul", "MOSUL",
    ...     "MOSUL - Two were killed.", "locator")))  # the lead placed by its dateline only
    True
    """
    ev = str(m.get("evidence") or "")
    if m["doc_id"] not in c.docs or _opens(_NEXT_ENTRY, ev) or _searched(_MORE_VICTIMS, ev):
        return False
    told = [(f, (int(m[f]), _qualifier(m, f))) for f in ("killed", "injured") if _present(m[f]) and int(m[f]) > 0
            and c.victims.get((m["doc_id"], f))]  # a figure the lead left vague ("many others were injured") is new
    if not told or any(v not in c.victims[m["doc_id"], f] for f, v in told) or _other_countries(m, c):
        return False
    return _places_tied(m, c) or _dateline_placed(m, c) or bool(_searched(_THE_VICTIMS_AGAIN, ev)) or \
        bool(c.place_id) and _named_in(places_gazetteer().row(c.place_id)["name"], ev)
    # "... on the road between two villages, leaving two dead": only a locator; "in a district of the city, leaving
    # five hurt" after "five were hurt in the city": the incident's place named


def _other_countries(m: dict, c: _Cluster) -> bool:
    """Whether a mention placed by its own sentence and an incident are in two countries ("a drone attack in Jordan
    that claimed the lives of three" is not the strike in Baghdad that killed three).

    >>> row = lambda p: {"doc_id": "a", "sent_id": 1, "event_type": "attack", "place_id": p, "weapon": "", "date": "",
    ...     "date_precision": "", **dict.fromkeys(COUNT_FIELDS), "evidence": "", "place_source": "sentence"}
    >>> _other_countries(row("jordan"), _Cluster(row("baghdad"))), _other_countries(row("mosul"), _Cluster(row("baghdad")))
    (True, False)
    >>> _other_countries({**row("jordan"), "place_text": "Baghdad"}, _Cluster(row("baghdad")))  # a namesake misread
    False
    """
    if not m["place_id"] or not c.place_id or m.get("place_source") != "sentence":
        return False
    gaz = places_gazetteer()
    a, b = gaz.row(m["place_id"]), gaz.row(c.place_id)
    names = ({match_key(str(r.get("place_text") or "")) for r in c.rows} | {match_key(b["name"])}) - {""}
    if match_key(a["name"]) in names or match_key(str(m.get("place_text") or "")) in names:
        return False  # one name read as two namesakes ("Hyderabad" in Pakistan, then in India): not told apart by it
    return bool(a["country"] and b["country"]) and a["country"] != b["country"]


def _loose_places(a: str, b: str) -> bool:
    """Whether two places cannot set one article's retold event apart: one is a name the gazetteer cannot place, or
    an area (province, region, country) that a report's lead names before the detail's site.

    >>> _loose_places("txt:halawa@", "tuz_khurmatu"), _loose_places("mosul", "basra")
    (True, False)
    """
    gaz = places_gazetteer()
    return any(x.startswith("txt:") and not ancestors(x) or gaz.row(x)["type"] in ("province", "region", "country")
               for x in (a, b))


#: kinds of a place known only from the text that name one settlement ("the village of X", "the town of Y")
_SETTLEMENT_KINDS = frozenset({"village", "town", "city"})


def _two_settlements(a: str, b: str) -> bool:
    """Whether two places known only from the text are settlements the text names differently, neither located in
    the other: two sites, however loosely an article retells its events.

    >>> from analysis.events.places.unknown import text_place
    >>> _two_settlements(text_place("Kani Masi", "village"), text_place("Kani Spika", "village"))
    True
    >>> _two_settlements(text_place("Kani Masi", "village"), text_place("Kani Masi", "village", "erbil"))
    False
    """
    ta, tb = text_place_parts(a), text_place_parts(b)
    if ta is None or tb is None or ta[0] == tb[0]:
        return False
    gaz = places_gazetteer()
    return gaz.row(a)["type"] in _SETTLEMENT_KINDS and gaz.row(b)["type"] in _SETTLEMENT_KINDS and \
        a not in ancestors(b) and b not in ancestors(a)


#: a sentence that tells another event than the one before it by its order ("The latest incident took place in the
#: village of X", "The previous attack, in Y"), and a settlement only neared ("near the town of X"), which a retelling
#: may place differently
_OTHER_IN_ORDER = re.compile(r"^\W*the\s+(?:most\s+recent|latest|previous|last|earlier|first|second|third|next)\b",
                             re.I)
_NEAR_SETTLEMENT = re.compile(r"\b(?:near|outside|close\s+to|on\s+the\s+outskirts\s+of)\s+(?:the\s+)?(?:town|village|"
                              r"city)\s+of\b", re.I)


def _settled_apart(m: dict, own: str, other: str) -> bool:
    """Whether a mention placed in one settlement the text names is set apart from an incident placed in another
    (``_two_settlements``): unless it retells the event ("The attack in the town of X killed 11") or only nears
    its place ("near the town of X").

    >>> from analysis.events.places.unknown import text_place
    >>> a, b = text_place("Kani Masi", "village"), text_place("Kani Spika", "village")
    >>> _settled_apart({"evidence": "The latest incident took place in the village of Kani Spika."}, b, a)
    True
    >>> _settled_apart({"evidence": "The attack in the village of Kani Spika killed 11."}, b, a)
    False
    """
    if not _two_settlements(own, other):
        return False
    ev = str(m.get("evidence") or "")
    if m.get("place_source", "sentence") != "sentence":
        return True  # "The man was killed with one shot": the settlement of the sentence before, whose event it tells
    return not (_opens(DEFINITE_START, ev) and not _opens(_OTHER_IN_ORDER, ev) or _searched(_NEAR_SETTLEMENT, ev))


def _other_quarter(m: dict, c: _Cluster) -> bool:
    """Whether a mention from another sentence of an article the incident holds tells an attack of its own (a weapon
    and casualties, not opening on the event told) in a quarter of the town the incident is placed in, or the other
    way round: a roundup's next attack ("In Baghdad, four were killed ... A sticky bomb in Karrada wounded two").

    >>> row = lambda p, ev: {"doc_id": "a", "sent_id": 1, "event_type": "attack", "place_id": p, "weapon": "IED",
    ...     "date": "", "date_precision": "", **dict.fromkeys(COUNT_FIELDS), "injured": 2, "evidence": ev}
    >>> c = _Cluster(row("baghdad", "In Baghdad, a bomb wounded seven."))
    >>> _other_quarter(row("karrada", "A bomb in Karrada wounded two."), c)
    True
    >>> _other_quarter(row("karrada", "The bomb in Karrada wounded two."), c)
    False
    """
    a, b = str(m.get("place_id") or ""), str(c.place_id or "")
    if not a or not b or a == b or m["doc_id"] not in c.docs or not m.get("weapon") or \
            _opens(DEFINITE_START, str(m.get("evidence") or "")) or _next_refers_back(m, c) or \
            not _victims(m) or _headline_only(c, m["doc_id"]):
        return False
    gaz = places_gazetteer()
    kinds = {gaz.row(a)["type"], gaz.row(b)["type"]}
    return "neighbourhood" in kinds and bool(kinds & {"city", "town"}) and (a in ancestors(b) or b in ancestors(a))


def _headline_only(c: _Cluster, doc: str) -> bool:
    """Whether an article tells an incident only in its first sentence, a title with no toll, no closing stop and no
    day of its own ("Baghdad suicide bombings"): the headline of the story its body tells, in whichever quarter.

    >>> row = lambda i, ev: {"doc_id": "a", "sent_id": i, "event_type": "attack", "place_id": "baghdad", "weapon": "",
    ...     "date": "", "date_precision": "", **dict.fromkeys(COUNT_FIELDS), "evidence": ev}
    >>> _headline_only(_Cluster(row(0, "Baghdad suicide bombings")), "a"), _headline_only(_Cluster(row(3, "A bomb.")), "a")
    (True, False)
    >>> _headline_only(_Cluster(row(0, "A bomb exploded in Mogadishu on Monday, police said.")), "a")
    False
    """
    rows = [r for r in c.rows if r["doc_id"] == doc]
    return bool(rows) and all(str(r.get("sent_id", "")) == "0" and not _SENTENCE_END.search(str(r.get("evidence") or ""))
                              and r.get("date_source") != "sentence" and not _victims(r) for r in rows)


#: a source's account that opens on the event just told ("A police officer says the explosives-laden car went off ...",
#: "X, a police source, said the explosion took place on Saturday")
_SAYS_THE_EVENT = re.compile(r"^\W*(?:[\w.'’-]+,?\s+){1,10}?(?:says|said|told\s+\w+|added)\s+(?:that\s+)?(?:the|this)\s+"
                             r"(?:[\w-]+\s+){0,2}?(?:explosions?|blasts?|bombs?|bombings?|car|vehicle|attack|strikes?|"
                             r"assault|raid|ambush|rockets?|missiles?|drones?)\b", re.I)


def _next_refers_back(m: dict, c: _Cluster) -> bool:
    """Whether the incident holds one of the next two sentences of the mention's article, and that sentence opens on a
    definite reference (``DEFINITE_START``: "The attack, which ...", "Its ...") or on a source's account of the event
    ("X said the explosion ..."): the mention is the lede that sentence details (the merge reads day-dated mentions
    first, so the detail may hold the incident before its lede is read).

    >>> row = lambda i, p, ev: {"doc_id": "a", "sent_id": i, "event_type": "attack", "place_id": p, "weapon": "car bomb",
    ...     "date": "", "date_precision": "", **dict.fromkeys(COUNT_FIELDS), "evidence": ev}
    >>> c = _Cluster(row(2, "sadr_city", "A police officer says the explosives-laden car went off at a market."))
    >>> _next_refers_back(row(1, "baghdad", "A car bomb killed six in Baghdad."), c)
    True
    >>> _next_refers_back(row(1, "baghdad", "A car bomb killed six in Baghdad."), _Cluster(row(2, "", "A bomb hit a bus.")))
    False
    """
    return any(_opens(DEFINITE_START, ev) or _opens(_SAYS_THE_EVENT, ev)
               for r in _rows_at(m, c, (1, 2)) for ev in [str(r.get("evidence") or "")])


def _dateline_placed(m: dict, c: _Cluster) -> bool:
    """Whether the mention or every mention of the incident is placed only by a locator such as the dateline
    ("BAGHDAD — ... a bombing": the place of the report, which a retelling's own place makes precise).

    >>> row = {"doc_id": "a", "sent_id": 0, "sent_start": 0, "event_type": "attack", "place_id": "", "weapon": "",
    ...        "date": "", "date_precision": "", **dict.fromkeys(COUNT_FIELDS), "evidence": ""}
    >>> c, c2 = _Cluster({**row, "place_source": "locator"}), _Cluster({**row, "place_source": "sentence"})
    >>> _dateline_placed({"place_source": ""}, c), _dateline_placed({"place_source": ""}, c2)
    (True, False)
    """
    return m.get("place_source") == "locator" or c.n_locators == len(c.rows)


def _unplaced_in_country(a: str, b: str) -> bool:
    """Whether one place is a name read from the text that the gazetteer cannot place ("near Kocho") and the
    other a country: one article's two mentions are not set apart by that.

    >>> _unplaced_in_country("txt:serdest@", "iraq"), _unplaced_in_country("camp_taji", "syria")
    (True, False)
    """
    gaz = places_gazetteer()
    return any(_unplaced(x) and gaz.row(y)["type"] == "country" for x, y in ((a, b), (b, a)))


def _text_siblings(a: str, b: str) -> bool:
    """Whether two places the gazetteer cannot place lie in one parent only the text names ("the Raman district of
    Bakong", "the Kota Baru sub-district of Bakong").

    >>> _text_siblings("txt:raman@txt:bakong@", "txt:kotabaru@txt:bakong@"), _text_siblings("txt:a@txt:b@", "txt:c@txt:d@")
    (True, False)
    """
    ta, tb = text_place_parts(a), text_place_parts(b)
    return ta is not None and tb is not None and bool(ta[1]) and ta[1] == tb[1]


def _toll_told_again(m: dict, c: _Cluster) -> bool:
    """Whether each toll above zero a mention gives is one its article told for the incident (one at least).

    >>> row = lambda k: {"doc_id": "a", "sent_id": 0, "event_type": "attack", "place_id": "", "weapon": "", "date": "",
    ...     "date_precision": "", **dict.fromkeys(COUNT_FIELDS), "killed": k, "evidence": ""}
    >>> _toll_told_again(row(2), _Cluster(row(2))), _toll_told_again(row(3), _Cluster(row(2)))
    (True, False)
    """
    told = [f for f in ("killed", "injured") if _present(m[f]) and int(m[f]) > 0]
    return bool(told) and all(c.victims.get((m["doc_id"], f)) for f in told) and not _toll_differs(m, c)


def _unplaced_in_province(a: str, b: str) -> bool:
    """Whether one place is a name the gazetteer cannot place and the other a province ("the municipality of X" and
    "the State of Mexico"): one article's two mentions are not set apart by that when their tolls agree.

    >>> _unplaced_in_province("txt:tlalmanalco@", "anbar"), _unplaced_in_province("txt:tlalmanalco@", "iraq")
    (True, False)
    """
    gaz = places_gazetteer()
    return any(_unplaced(x) and gaz.row(y)["type"] == "province" for x, y in ((a, b), (b, a)))


def _unplaced(pid: str) -> bool:
    """Whether a place is a name read from the text that the gazetteer cannot place, nor any place it is read in
    ("the Chalmir area of Sinjar Mountain" when neither is known).

    >>> from analysis.events.places import text_place
    >>> _unplaced(text_place("Qarawil", "area", text_place("Jabal Sur", "area"))), _unplaced(text_place("Qarawil", "area", "erbil"))
    (True, False)
    """
    return pid.startswith("txt:") and all(a.startswith("txt:") for a in ancestors(pid))


#: a sentence opening on the event told ("The recent roadside bombing happened ...", "This attack came ...")
_RESTATING = re.compile(r"^\W*(?:the|this|that)\s+(?:(?:latest|recent|most\s+recent|same|[\w-]+day['’]s)\s+)?"
                        r"(?!(?:second|third|other|another|first|earlier|previous|next|new)\b)(?:[\w-]+\s+){0,2}?"
                        r"(?:attack|strike|bombing|blast|explosion|incident|assault|ambush|raid|shelling|bombardment)\b", re.I)


def _restated(m: dict) -> bool:
    """Whether a mention restates its article's event ("The recent roadside bombing happened just after ...", "the base
    where the attack took place is in X"): it opens on it or names its site, tells no count and names no site of its
    own, so a wider place it names elsewhere does not set it apart.

    >>> row = {"evidence": "The recent roadside bombing came after talks in Anbar.", "place_id": "anbar",
    ...        **dict.fromkeys(COUNT_FIELDS)}
    >>> _restated(row), _restated({**row, "evidence": "The second bombing hit Anbar."})
    (True, False)

    Not when it sets the event beside another one it tells with its own place ("The <weekday> attack coincided with a
    <raid> on <a site> in X"): the place is that other event's.

    >>> _restated({**row, "evidence": "The Sunday attack coincided with a militia raid on a depot in Anbar."})
    False
    >>> _restated({**row, "clause_start": 30, "sent_start": 0})  # the opening belongs to another clause
    False
    >>> _restated({**row, "evidence": "The mayor said the camp where the raid took place is in Anbar."})
    True
    """
    if _later_clause(m):
        return False  # "The Friday raid coincided with an assault on X": the opening is another clause's event
    ev = str(m.get("evidence") or "")
    return bool(_opens(_RESTATING, ev) or _searched(_WHERE_TOLD, ev)) and not any(_present(m[f]) for f in COUNT_FIELDS) and \
        places_gazetteer().row(m["place_id"])["type"] not in SITE_TYPES and not _searched(_BESIDE_ANOTHER, ev)


#: another event set beside the one told, with an indefinite article: "coincided with a <modifiers> <raid> on ...",
#: "came alongside an attack on ..."
_BESIDE_ANOTHER = re.compile(r"\b(?:coincided|coincides|coinciding|came\s+(?:alongside|together)|was\s+simultaneous)\s+with\s+"
                             r"(?:an?|another)\s+(?:[\w-]+\s+){0,4}?(?:attack|assault|strike|bombing|raid|blast|explosion|"
                             r"offensive|ambush)\b", re.I)

#: the site of the event told, named inside a sentence ("the base where the attack took place is in the village of X")
_WHERE_TOLD = re.compile(r"\b(?:where|in\s+which)\s+the\s+(?:[\w-]+\s+)?(?:attack|raid|ambush|assault|bombing|blast|"
                         r"explosion|strike|shooting)\s+(?:took\s+place|happened|occurred)\b", re.I)


def _later_clause(m: dict) -> bool:
    """Whether a mention's own clause starts after its sentence's opening words (another clause of the sentence opens it).

    >>> _later_clause({"clause_start": 40, "sent_start": 10}), _later_clause({"clause_start": 10, "sent_start": 10})
    (True, False)
    """
    try:
        return int(m.get("clause_start")) > int(m.get("sent_start")) + 2
    except (TypeError, ValueError):
        return False


#: a definite reference to the event or the munitions told ("the attack", "the rockets", "the drones")
_THE_TOLD = re.compile(r"\b(?:the|this)\s+(?:attack|strike|assault|barrage|rockets?|missiles?|drones?|shells?|mortars?|"
                       r"projectiles?)\b", re.I)


#: the event told, named by a definite noun after its doing or inside it ("the militants staged the attack along the
#: highway", "one person died during the attack", "16 were killed in the strikes"): the story's event retold, wherever the
#: sentence places it
_TOLD_REF = re.compile(r"\b(?:(?:staged|carried\s+out|perpetrated|mounted)\s+the|during\s+the|(?:killed|died|wounded|injured)"
                       r"\s+in\s+the)\s+(?:attacks?|assault|ambush|raids?|bombing|strikes?|airstrikes?|exchange|shooting|"
                       r"clash(?:es)?|fighting|gunfight|firefight|explosion|blast)\b"
                       r"(?!\s+(?:on|in|at|near|against)\s+(?:an?\b|another\b|(?:the\s+)?(?-i:[A-Z])))", re.I)  # ... "16 fighters
# killed in the strikes"; not "killed in the strikes on Rafah", a place of its own
#: a sentence that opens on a place of its own ("In Gaza, 20 were killed in the strikes ..."): another event of the story
_PLACE_OPENER = re.compile(r"^\W*(?:in|at|near|outside)\s+(?:the\s+)?(?-i:[A-Z])[^,;.]{0,40},", re.I)


def _told_site_named(m: dict, c: _Cluster) -> bool:
    """Whether a mention without counts refers to the event told ("the rockets", "the attack") in a sentence that also
    names the incident's place: where the rockets fell ("the attack aimed at X base, but the rockets hit a village
    nearby") is the same event's detail, not another attack.

    >>> row = {"doc_id": "a", "sent_id": 0, "event_type": "attack", "place_id": "", "weapon": "", "date": "",
    ...        "date_precision": "", **dict.fromkeys(COUNT_FIELDS), "place_text": "Camp Kilo", "evidence": ""}
    >>> c = _Cluster(row)
    >>> _told_site_named({**row, "sent_id": 2, "evidence": "The attack aimed at Camp Kilo but the rockets hit a farm."}, c)
    True
    """
    ev = str(m.get("evidence") or "")
    return m["doc_id"] in c.docs and not any(_present(m[f]) for f in COUNT_FIELDS) and bool(_searched(_THE_TOLD, ev)) and \
        any(_named_in(pt, ev) and not _after_event_at(pt, ev) for pt in c.told[m["doc_id"]].place_texts)


def _after_event_at(place_text: str, evidence: str) -> bool:
    """Whether the sentence names the place only as where an earlier event happened ("an hour after the strike on
    Tower 22, proxies launched another drone at al-Tanf"): the time it sets, not this event's site.

    >>> _after_event_at("Tower 22", "An hour after the strike on Tower 22, proxies launched another drone at al-Tanf.")
    True
    """
    return re.search(r"\b(?:after|before|following)\s+the\s+(?:[\w-]+\s+)?(?:strike|attack|bombing|raid|blast)\s+(?:on|at|in)"
                     r"\s+(?:the\s+)?" + re.escape(place_text) + r"\b", evidence, re.I) is not None


def _claim_lede(m: dict, c: _Cluster) -> bool:
    """Whether an incident is only its article's claim of an attack placed by a region or province ("a group claimed a
    drone attack on a base in eastern Syria") and the mention tells that attack at a site of the same country, with a
    compatible weapon: the claim's detail, not another attack.

    >>> row = {"doc_id": "a", "sent_id": 0, "event_type": "claim", "place_id": "eastern_syria", "weapon": "drones",
    ...        "date": "", "date_precision": "", **dict.fromkeys(COUNT_FIELDS), "evidence": ""}
    >>> _claim_lede({**row, "sent_id": 1, "event_type": "attack", "place_id": "al_tanf"}, _Cluster(row))
    True
    """
    gaz = places_gazetteer()
    cp, mp = str(c.place_id or ""), str(m.get("place_id") or "")
    if not cp or not mp or m["doc_id"] not in c.docs or c.n_claims != len(c.rows):
        return False
    return gaz.row(cp)["type"] in ("region", "province") and gaz.row(cp)["country"] == gaz.row(mp)["country"] and \
        all(weapons_compatible(m["weapon"], w) for w in c.weapons)


def _bare_locator(m: dict, c: _Cluster) -> bool:
    """Whether one side is placed only by a locator ("a post 60 km north of Baghdad came under attack", "a base near
    the town of X") and tells no count of its own, or the incident is so placed and the mention tells no count: the
    lead of the story whose details follow (its toll told with it), not another event."""
    if m.get("place_source") == "locator":
        return not any(_present(m[f]) for f in COUNT_FIELDS)
    return c.place_id in c.locators and (not c.counts or not any(_present(m[f]) for f in COUNT_FIELDS))


def _within_span(day: str, span: tuple[date, date] | None) -> bool:
    """``_within_a_day(day, days)`` from the span of ``days`` (``_span_with``), in constant time.

    >>> span = _span_with(_span_with(None, "2021-07-06"), "2021-07-07")
    >>> _within_span("2021-07-07", span), _within_span("2021-07-08", span), _within_span("Monday", span)
    (True, False, True)
    """
    span = _span_with(span, day)
    return span is None or (span[1] - span[0]).days <= 1


def _within_a_day(day: str, days: set[str]) -> bool:
    """Whether adding ``day`` keeps all the precise days of an incident within one day of each other.

    >>> _within_a_day("2021-07-07", {"2021-07-06"}), _within_a_day("2021-07-08", {"2021-07-06", "2021-07-07"})
    (True, False)
    """
    ds = [date.fromisoformat(d[:10]) for d in days | {day} if re.fullmatch(r"\d{4}-\d\d-\d\d", d[:10])]
    return not ds or (max(ds) - min(ds)).days <= 1


#: how long before a statement the event it reports may have happened ("said on Monday" of Friday's attack)
_STATED_BACK = timedelta(days=7)


#: an argument not given (``None`` is a value: a mention without a date interval)
_UNREAD = object()


def _stated_intervals(m: dict, c: _Cluster, interval: object = _UNREAD
                      ) -> tuple[tuple[date, date] | None, tuple[date, date] | None]:
    """The date intervals of a mention and an incident to compare: within one article, a statement's day stands for
    the week up to it (the article's "said on Monday" and "the attack occurred on Friday" tell one event).

    >>> row = lambda day, src: {"doc_id": "a", "sent_id": 0, "event_type": "attack", "place_id": "", "weapon": "",
    ...     "date": day, "date_precision": "day", "date_source": src, "earliest": day, "latest": day,
    ...     **dict.fromkeys(COUNT_FIELDS), "evidence": ""}
    >>> mi, ci = _stated_intervals(row("2024-08-09", "sentence"), _Cluster(row("2024-08-12", "statement")))
    >>> str(mi[0]), str(ci[0]), str(ci[1])
    ('2024-08-09', '2024-08-05', '2024-08-12')
    """
    mi, ci = (_interval(m) if interval is _UNREAD else interval), c.interval()
    if mi and _stated_day(m) and m["doc_id"] in c.docs:
        mi = (mi[0] - _STATED_BACK, mi[1])
    if ci and c.precise is None and c.any_iv is None and c.docs == {m["doc_id"]}:
        ci = (ci[0] - _STATED_BACK, ci[1])
    return mi, ci


class _Once:
    """A test run when its truth is first asked, then remembered (``_score``: whether a mention retells an incident,
    which most comparisons never need to know).

    >>> calls = []; once = _Once(lambda: calls.append(1) or True); bool(once), bool(once), len(calls)
    (True, True, 1)
    """

    __slots__ = ("test", "value")

    def __init__(self, test: Callable[[], object]) -> None:
        """Hold ``test`` (no argument) until asked."""
        self.test, self.value = test, None

    def __bool__(self) -> bool:
        if self.value is None:
            self.value = bool(self.test())
        return self.value


def _unnamed(m: dict) -> bool:
    """Whether a mention tells an attack or a strike at a named place without naming who carried it out: within its
    article it may be the article's event of either family at that place ("Israel struck the airport ... the attack on
    the airport killed two"; "a drone hit the base ... the base became the target of an airstrike"), which its place,
    date and weapon then decide.

    >>> _unnamed({"event_type": "attack", "actor_id": "", "place_id": "erbil"}), _unnamed({"event_type": "attack"})
    (True, False)
    >>> _unnamed({"event_type": "strike", "actor_id": "israel", "place_id": "erbil"})
    False
    """
    return m["event_type"] in ("attack", "strike") and not str(m.get("actor_id") or "") and \
        bool(str(m.get("place_id") or ""))


def _unplaced_weapon(m: dict) -> bool:
    """Whether a mention tells an attack or strike by its weapon alone: no actor, no place (``_next_unplaced``'s test of
    the mention alone)."""
    return m["event_type"] in ("attack", "strike") and not m.get("actor_id") and not m.get("place_id") and bool(m["weapon"])


def _next_unplaced(m: dict, c: "_Cluster") -> bool:
    """Whether a mention that names no actor, place or other day, with a weapon the incident's fit, is in the sentence
    right after one of the incident's ("A Russian missile strike hit X. The mayor said eight missiles had hit the city").

    >>> row = {"doc_id": "a", "sent_id": 1, "event_type": "attack", "actor_id": "", "place_id": "", "date": "",
    ...        "weapon": "missiles"}
    >>> c = _Cluster({**row, "sent_id": 0, "event_type": "strike", "actor_id": "russia", "place_id": "x",
    ...               **dict.fromkeys(COUNT_FIELDS), "date_precision": "", "evidence": ""})
    >>> _next_unplaced({**row, **dict.fromkeys(COUNT_FIELDS)}, c), _next_unplaced({**row, "sent_id": 5}, c)
    (True, False)
    """
    if not _unplaced_weapon(m) or m.get("date_precision") == "day" and m["date"] not in c.days or \
            not {vocabulary().family(w) for w in m["weapon"].split(";")} & {vocabulary().family(w) for w in c.weapon_key}:
        return False   # a weapon of the very family the incident names, not one only compatible with it
    try:
        prev = str(int(m.get("sent_id")) - 1)
    except (TypeError, ValueError):
        return False
    return (m["doc_id"], prev) in c.sents


def _same_site_day(m: dict, c: "_Cluster") -> bool:
    """Whether a mention names a place of an incident (or one holding or inside it) and no other day than the incident's."""
    mp = str(m.get("place_id") or "")
    if m["date"] and m["date"] not in c.days or not mp:
        return False
    return mp in c.place_ids


def _may_retell(m: dict) -> bool:
    """Whether a mention can retell an incident of its article at all (``_retold``, ``_next_account``, ``_same_toll``
    each ask this of the mention first, whatever the incident): it opens on the event or its source's account, gives
    another source's account, or gives victims without opening a roundup's next entry.

    >>> row = {**dict.fromkeys(COUNT_FIELDS), "evidence": "Gunmen attacked a checkpoint."}
    >>> _may_retell(row), _may_retell({**row, "killed": 2}), _may_retell({**row, "evidence": "The attack failed."})
    (False, True, True)
    """
    ev = str(m.get("evidence") or "")
    if (_opens(DEFINITE_START, ev) or _opens(_IN_THE_TOLD, ev) or _opens(_SOURCE_RETELLS, ev) or
            _opens(_QUOTE_RETELLS, ev)) and not _opens(SEPARATE, ev) or _searched(_OTHER_ACCOUNT, ev):
        return True
    return _may_give_same_toll(m)


def _victims(m: dict) -> bool:
    """Whether a mention gives killed or wounded above zero."""
    return any(_present(m[f]) and int(m[f]) > 0 for f in ("killed", "injured"))


def _may_give_same_toll(m: dict) -> bool:
    """Whether a mention can give an incident's very toll (``_same_toll``'s test of the mention alone): victims, in a
    sentence that opens no roundup's next entry and tells no further victims.

    >>> row = {**dict.fromkeys(COUNT_FIELDS), "killed": 2, "evidence": "Two were killed."}
    >>> _may_give_same_toll(row), _may_give_same_toll({**row, "evidence": "Also, two more were killed."})
    (True, False)
    """
    ev = str(m.get("evidence") or "")
    return _victims(m) and not (_opens(_NEXT_ENTRY, ev) or _searched(_MORE_VICTIMS, ev))


def _forward_reference(m: dict) -> bool:
    """``_points_forward``'s test of the mention alone: a definite event noun opens a sentence after the article's
    first, not dated in itself ("The attack targeted the base").

    >>> _forward_reference({"sent_id": 3, "date_source": "", "evidence": "The attack targeted the base."})
    True
    """
    return not (m.get("date_source") == "sentence" or not int(m.get("sent_id") or 0) or
                not _EVENT_START.match(str(m.get("evidence") or "")))


def _toll_differs(m: dict, c: _Cluster) -> bool:
    """Whether a mention gives a toll (killed or injured, above zero) that none of its article's figures for the
    incident can be.

    >>> row = lambda k: {"doc_id": "a", "sent_id": 0, "event_type": "attack", "place_id": "", "weapon": "", "date": "",
    ...     "date_precision": "", **dict.fromkeys(COUNT_FIELDS), "killed": k, "evidence": ""}
    >>> c = _Cluster(row(2))
    >>> _toll_differs(row(3), c), _toll_differs(row(2), c)
    (True, False)
    """
    for f in ("killed", "injured"):
        told = c.victims.get((m["doc_id"], f))
        if _present(m[f]) and int(m[f]) > 0 and told and \
                not any(counts_compatible((int(m[f]), _qualifier(m, f)), t) for t in told):
            return True
    return False


def _sent_no(m: dict) -> int | None:
    """A mention's sentence number, None when it has none.

    >>> _sent_no({"sent_id": "4"}), _sent_no({"sent_id": ""})
    (4, None)
    """
    try:
        return int(m.get("sent_id"))
    except (TypeError, ValueError):
        return None


def _rows_at(m: dict, c: _Cluster, offsets: tuple[int, ...]) -> list[dict]:
    """The incident's mentions of the mention's article in the sentences at ``offsets`` from the mention's own.

    >>> row = lambda i: {"doc_id": "a", "sent_id": i, "event_type": "attack", "place_id": "", "weapon": "",
    ...     "date": "", "date_precision": "", **dict.fromkeys(COUNT_FIELDS), "evidence": "A bomb hit."}
    >>> c = _Cluster(row(3)); [r["sent_id"] for r in _rows_at(row(4), c, (-1, -2))], _rows_at(row(9), c, (-1,))
    ([3], [])
    """
    sid, told = _sent_no(m), c.told.get(m["doc_id"])
    if sid is None or told is None:
        return []
    near = {str(sid + k) for k in offsets}
    return [r for r in told.rows if str(r.get("sent_id")) in near]


#: the event told, given further means: "the attack also involved two drones", "the strike included the use of X"
_INCLUDED_MEANS = re.compile(r"\b(?:the|this|that)\s+(?:[\w-]+\s+)?(?:attack|strike|assault|barrage|salvo)\s+(?:also\s+)?"
                             r"(?:included|involved|featured|comprised)\b|"
                             # one assault told step by step: "stormed the base with a car bomb and then opened fire"
                             r"\b(?:with|detonat\w+|set\s+off|blew\s+up|explod\w+)\s+(?:an?\s+|the\s+|their\s+|two\s+)?"
                             r"(?:[\w-]+\s+){0,2}?(?:bombs?|explosives?|grenades?|vests?)\s*,?\s+(?:and\s+)?then\s+"
                             r"(?:opened\s+fire|stormed|raided|attacked|fired)\b", re.I)


def _means_of_told(m: dict) -> bool:
    """Whether a mention with no place of its own gives more means of the event told (``_INCLUDED_MEANS``): another
    weapon of the same attack, not another attack.

    >>> _means_of_told({"place_id": "", "evidence": "Sources said the attack also involved two drones."})
    True
    >>> _means_of_told({"place_id": "", "evidence": "Gunmen stormed the base with a car bomb and then opened fire."})
    True
    """
    return not m.get("place_id") and bool(_searched(_INCLUDED_MEANS, str(m.get("evidence") or "")))


#: a figure told as the one first given ("Earlier, officials said 40 were killed"): superseded by the report's own
#: a figure the source gave before the one just told ("The officer said earlier that four were hurt")
EARLIER_FIGURE = (r"\b(?:said|reported|announced)\s+earlier\s+that\b|"
                  r"\b(?:had\s+)?(?:earlier|initially|previously)\s+(?:said|reported|announced)\s+that\b")
_SUPERSEDED = re.compile(r"^\W*(?:earlier|previously|initially|at\s+first),?\s+[^.;]{0,80}?\b(?:said|says|put|reported|gave|"
                         r"announced)\b|" + EARLIER_FIGURE, re.I)


def _one_of_joined(pid: str, joined: str) -> bool:
    """Whether a place is a whole country among the countries a mention joins ("Syria" in "Iraq and Syria").

    >>> _one_of_joined("syria", "Iraq and Syria"), _one_of_joined("baghdad", "Iraq and Syria")
    (True, False)
    """
    p = places_gazetteer().row(pid)
    return p["type"] == "country" and match_key(str(p["name"])) in joined_names(joined)


from ..prefilter import guard_patterns  # noqa: E402  (after every expression of the module is defined)

guard_patterns(globals())
