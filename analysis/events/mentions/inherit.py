"""A mention in its story (``_inherit``): whether it retells an event already told, completes it or is one of its own,
and the place and date it takes from the story."""

from __future__ import annotations

import re
from datetime import date, timedelta

from ..entries import ENTRY_DAY
from ..dating import window_date
from ..mention_places import place_cols, SEVERAL_COUNTRIES
from ..merge.compat import EARLIER_THAN_TOLD, RELATIVE_TO_TOLD
from ..merge.cluster import _present as _counted
from ..places import SITE_TYPES, ancestors
from ..triggers import cue_classes
from ..vocabulary import vocabulary, weapons_in
from .scope import _ANAPHOR, _AREA_KINDS, _DEFINITE_EVENT, _SAME_AREA
from .slots import COUNT_FIELDS, _SERIES_LEAD, _family
from .told import (_IN_THOSE_ATTACKS, _Prev, _SEPARATE, _STRIKES_WORD, _Told, _after_summary, _casualty_as_attack, _other_day,
                   _own_clause, _same_story, _take_place, _toll_of_strike)


_NEAR = (-1, 1, -2, 2)  # sentences next to a mention, nearest first (the one before it at equal distance)
#: a sentence that opens by timing its event minutes or hours from the event just told ("Hours after the attack, ...")
_HOURS_AFTER = re.compile(r"^\W*(?:(?:just|only|some|about|around|within|less\s+than)\s+)?(?:(?:an?|one|two|three|"
                          r"four|five|six|\d+|a\s+few|several)\s+)?(?:minutes?|hours?)\s+(?:after|later)\b", re.I)


def _inherit(rows: list[dict], published: str, dateline: dict | None = None,
             near: dict[int, dict] | None = None) -> list[dict]:
    """Complete mentions from the article's earlier mentions (rules in the module docstring and dating.py)."""
    told = _Told()
    done = told.done  # appended only through told.add
    roundup = None  # the day of a roundup's toll over several events, told before: the day of its parts
    heading = None  # the day a list entry opens with ("5 January - ..."): the day of the entry's other events too
    last: dict | None = None  # the latest mention of an event read, kept or not (a summary's too)
    for r in rows:
        prev = told.context(r)
        if r["date_precision"] == "day" and (r["scope"] == "aggregate" and r.get("_roundup") or
                                             (r["killed"] is not None or r["injured"] is not None) and
                                             _SERIES_LEAD.search(_own_clause(r)) or
                                             r["scope"] == "aggregate" and r["date_source"] == "sentence" and
                                             _SERIES_LAUNCHED.search(_own_clause(r)) and
                                             not _SERIES_SPAN.search(_own_clause(r))):
            roundup = r  # a roundup's toll, or a series' ("A series of three blasts ... left eight hurt", "... but no
            # casualties were reported", "launched a series of simultaneous attacks ... early on Friday"): its parts' day
        if r["date_precision"] == "day" and r["date_source"] == "sentence" and ENTRY_DAY.match(str(r["evidence"])):
            heading = r
        if r["event_type"] in ("casualty", "responsibility"):
            if _after_summary(r, prev, last) or not _casualty_as_attack(r, prev, told):
                continue
        else:
            last = r
        if r["event_type"] == "attack" and not r["weapon"] and not r["place_id"] and \
                _IN_THOSE_ATTACKS.search(_own_clause(r)):
            continue  # "At least 56 personnel have been injured in those attacks": a tally of many attacks
        _part_of_told(r, prev)
        if r["event_type"] == "attack" and not r["weapon"]:
            _toll_of_strike(r, told.strikes())  # "fifteen fighters were killed in the strikes": the strike told, not another attack
        just = _just_told(r, prev)  # "In the attack, ...": the event just told, whichever family
        story = _same_toll_before(r, done) or just or told.story_before(r, prev)  # the latest of the same story
        if story is None:
            story = just = _the_event_told(r, prev)  # "... as the rocket attacks left 20 injured": the strike just told
        if story is not None and _none_against_some(story, r):  # "8 were martyred in the attack" after another
            story = just = _same_toll_earlier(r, done)  # incident told with no casualties: the earlier one of that toll
        if story is None and (story := _same_figure_told(r, prev)) is not None:
            r["weapon"], r["weapons"] = story["weapon"], story["weapons"]  # "the rebel shelling wounded 14" after
            # "missiles fell on the camp, wounding 14": the event told, its weapon loosely named
        if story is not None:  # (``_story_before``; "initially said rockets")
            _take_place(r, story)
            if just is not None and story is just and not r["actor_id"] and not r["weapon"]:
                r["event_type"] = just["event_type"]
                r.update({k: just[k] for k in ("actor_id", "actor", "actor_attribution", "attribution")})
            if not r["weapon"] and r["event_type"] in (story["event_type"], "interception"):
                r["weapon"], r["weapons"] = story["weapon"], story["weapons"]
        strike = _strike_told(r, prev, told.strike, told.militia)
        if strike is not None:  # "The strike came on a main thoroughfare": the strike just told
            if r["event_type"] == "interception":
                r["weapon"] = r["weapons"] = ""  # the strike's own munitions, stopped in part: not another weapon
            elif r["weapon"] in ("missiles", "rockets"):
                r["weapon"], r["weapons"] = strike["weapon"], strike["weapons"]  # "Five missiles hit": the strike's own
            r["event_type"] = strike["event_type"]
            r.update({k: strike[k] for k in ("actor_id", "actor", "actor_attribution", "attribution")})
            if strike["date_precision"] == "day" and r["date_precision"] in ("year", "month", "season", "week") and \
                    not _other_period(r, strike):
                r.update({k: strike[k] for k in _DATE_KEYS}, date_source="context")  # "the drone ... since 2014"
        _place_from_told(r, done, dateline)
        _date_from_told(r, done, prev, published, dateline, near,
                        (roundup, heading if heading is not None and heading["para_id"] == r["para_id"] else None))
        if r.get("date_rule") == EARLIER_THAN_TOLD and not r["place_id"] and all(r[c] is None for c in COUNT_FIELDS) \
                and r["date_source"] != "sentence":
            continue  # "in response to the attacks": what the story answers, with no place, day or count of its own
        if _restates_story(r, done):
            continue  # "This attack comes amid ...": the event just told, set in context
        told.add(r)
    return done


def _place_from_told(r: dict, done: list[dict], dateline: dict | None) -> None:
    """A mention's place from the article's earlier mentions when its clause points back ("The base was hit", "in the
    same area") or from the entry header when the mention names none finer (``place_source = dateline``)."""
    if not r["place_id"] and _ANAPHOR.search(_own_clause(r)):
        site = next((p for p in reversed(done) if p["place_id"] and p["place_type"] in SITE_TYPES), None)
        if site is not None:  # "The base was hit ...": the site the article last named
            _take_place(r, site)
    if not r["place_id"] and (same := _SAME_AREA.search(_own_clause(r))):
        named = next((p for p in reversed(done) if p["place_id"]), None)
        if named is not None:  # "a further four were killed in the same area on Tuesday": the place last named
            _take_place(r, named)
            _widened(r, same.group("kind"))
    if dateline and dateline["_place"] and r["place_type"] in ("", *_AREA_KINDS) and r["place_source"] != SEVERAL_COUNTRIES and \
            _header_finer(r["place_id"], dateline["_place"]["place_id"]):
        r.update(place_cols(dateline["_place"]), place_source="dateline")  # the entry header's place


def _date_from_told(r: dict, done: list[dict], prev: list[dict], published: str, dateline: dict | None,
                    near: dict[int, dict] | None, days: tuple[dict | None, ...]) -> None:
    """A mention's date when its sentence gives none (``_take_date``); over the article window, the first of ``days``
    that applies (a roundup's day for its parts, "In Kirkuk, a bomb ..."; a list entry's opening day for its other
    events, "5 January - ... A bomb ..."); an event told as earlier than the story marked so (``EARLIER_THAN_TOLD``)."""
    if r["date_source"] == "dateline":
        _nearby_over_stamp(r, near)  # "date 2021-11-08 Gunmen have attacked X ..." then "... came on Sunday"
    if not r["date"] and not r["date_text"]:
        _take_date(r, done, prev, published, dateline, near)
        day = next((d for d in days if d is not None), None)
        if day is not None and r["date_source"] == "article window" and r.get("_days_before") is None:
            r.update({k: day[k] for k in _DATE_KEYS}, date_source="context")
        _mark_earlier(r, published)
    elif r.get("_days_before") == -1 and r["date_source"] == "sentence" or not r["date"] and _PAST_OFFSET.search(r["date_text"]):
        r["date_rule"] = EARLIER_THAN_TOLD  # "since X killed 40 on May 2": its own day, an event before the story;
        # "two days ago" in an article with no date to count from: before the story all the same


#: a series the attackers carried out on the day told ("militants launched a series of simultaneous attacks in X early
#: on Friday"), not one a reaction on that day is about ("police on Monday arrested three over a series of attacks")
_SERIES_LAUNCHED = re.compile(r"(?<!\bwho\s)(?<!\bthat\s)(?<!\bwhich\s)(?<!\bhad\s)\b(?:launched|carried\s+out|staged|"
                              r"mounted|conducted|unleashed)\s+(?:a|another)\s+"
                              r"(?:series|wave|spate|string)\s+of\b", re.I)
#: a series over a span, not one day's ("a wave of attacks in recent weeks", "this year", "over the past week")
_SERIES_SPAN = re.compile(r"\b(?:recent|this\s+year|last\s+(?:year|month|week)|past\s+(?:week|month|year)|ago|in\s+(?:January|"
                          r"February|March|April|May|June|July|August|September|October|November|December))\b", re.I)


#: "the attack", "Monday's reported drone strike": a definite reference back to an event told
_DEFINITE_ANY = re.compile(r"\b(?:the|this|that|\w+day(?:\s+night)?[’']s)\s+(?:[\w-]+\s+){0,2}?(?:attack|strike|airstrike|"
                           r"raid|operation|bombing|assault|drone|uav|aircraft|warplanes?|jets?)\b", re.I)


_DATE_KEYS = ("date", "date_precision", "earliest", "latest", "date_text", "date_rule")


#: a strike's munitions told striking their target: "Five missiles hit the building", "rockets hitting a vehicle"
_MUNITIONS_HIT = re.compile(r"\b(?:missiles|rockets)\s+(?:hit|hitting|struck|striking|slammed\s+into|landed\s+on)\s+(?:the|a|an)\s+"
                            r"(?:[\w-]+\s+){0,2}?(?:building|vehicle|car|truck|headquarters|depot|warehouse|house|site|"
                            r"facility|compound|office)\b", re.I)


def _strike_told(r: dict, prev: list[dict], strike: dict | None, militia: bool) -> dict | None:
    """The state's strike an actorless "attack" mention refers back to, or None: "the strike" after a strike just
    told, or any definite "the attack" when the article has told a strike and no attack by anyone else (then also
    an actorless interception: the air defences that stopped part of that strike).

    ``strike`` is the last incident strike the article told, ``militia`` whether it told an incident attack, claim or
    interception (kept as mentions come, so that nothing earlier is rescanned).

    >>> s = {"scope": "incident", "event_type": "strike", "actor_id": "turkey"}
    >>> r = {"event_type": "attack", "actor_id": "", "weapon": "", "evidence": "They died in the attack."}
    >>> _strike_told(r, [], s, False)["actor_id"], _strike_told(r, [], s, True)
    ('turkey', None)
    >>> a = {"event_type": "attack", "_days_before": -1}  # the attack the strike answered, told after it
    >>> _strike_told({**r, "evidence": "The strikes hit 20 sites."}, [s, a], s, True)["actor_id"]
    'turkey'
    """
    if r["event_type"] not in ("attack", "interception", "strike") or r["actor_id"] or r.get("_days_before") is not None \
            or r["event_type"] == "strike" and r["weapon"] != "air strike":
        return None  # not the earlier attack a strike "followed" (nor a strike of a weapon of its own); an actorless
        # air strike ("wounded in the air attacks") may be the strike told
    alone = strike is not None and not militia
    if r["event_type"] == "interception":  # "air defences shot down several missiles": of the strike just told
        return strike if alone and r["weapon"] in ("", "missiles", "rockets", "drones") else None
    if alone and r["weapon"] in ("missiles", "rockets") and _MUNITIONS_HIT.search(_own_clause(r)):
        return strike  # "Five missiles hit the administrative building": the strike's own munitions, in a story of strikes
    if r["weapon"] not in ("", "drones", "air strike"):
        return None
    own = _own_clause(r)  # "strikes on Monday after a drone attack by X": the attack's clause does not name the strike
    told = next((p for p in reversed(prev) if p.get("_days_before") is None), None) if prev else None
    if told is not None and told["event_type"] in ("us_strike", "strike") and _DEFINITE_EVENT.search(own):
        return told  # "The strikes targeted 20 sites": the strike told last, past an earlier attack it answered
    if alone and (_DEFINITE_ANY.search(own) or _STRIKES_WORD.search(own)):
        return strike  # "the attack", "the drone", or "strikes" again, in a story of strikes only
    return None


def _other_period(r: dict, strike: dict) -> bool:
    """Whether a mention's own week or month ("one such strike last week", "In April 2017, Turkey also launched
    airstrikes") leaves out the day of the strike told: another strike.

    >>> r = {"date_precision": "week", "earliest": "2022-07-18", "latest": "2022-07-24"}
    >>> _other_period(r, {"date": "2022-07-28"}), _other_period(r, {"date": "2022-07-20"})
    (True, False)
    >>> _other_period({"date_precision": "month", "earliest": "2017-04-01", "latest": "2017-04-30"}, {"date": "2018-12-13"})
    True
    """
    return r["date_precision"] in ("week", "month") and bool(r.get("earliest")) and bool(r.get("latest")) and \
        not str(r["earliest"]) <= str(strike["date"]) <= str(r["latest"])


#: a sentence whose subject is the event just told and whose verb only sets it in context ("This attack comes amid")
_RESTATED = re.compile(r"^\W*(?:this|that|the)\s+(?:(?:latest|most\s+recent|recent|new|last|deadly|[\w-]+day(?:['’]s)?)\s+)?"
                       r"(?:[\w-]+\s+)?(?:attack|strike|assault|incident|bombing)\s+(?:(?:comes?|came)(?!\s+(?:(?:just|only|shortly|soon|some|a|an|few|one|two|three|\d+|days?|hours?|"
                       r"weeks?|months?|minutes?|less|more|than|about|nearly|barely|over|under|within)\s+){0,4}(?:after|before)\b)|"
                       r"(?:on\s+\w+\s+)?(?:marks?|marked)|represents?|is\s+(?:the|a|an|part|seen|likely|believed)|was\s+(?:the|a|an|part|seen|"
                       r"likely|believed))\b", re.I)
#: a clause that only characterises the event told: "It was the latest strike in an internal war ...", "This was the
#: deadliest bombing since ..." (read on the mention's own clause: "..., after rockets hit it on Monday" is another event)
_CHARACTERISED = re.compile(r"^\W*(?:it|this|that)\s+(?:was|is|marked|marks|became)\s+(?:the|a|an)\s+(?:[\w-]+\s+){0,3}?"
                            r"(?:attack|strike|assault|incident|bombing|blast|explosion)\b", re.I)


def _characterised(clause: str) -> bool:
    """Whether a clause only characterises the event told ("It was the latest strike in a feud"), with no other event
    after "after", "following", "since" or "when" ("It was the second attack this week, after rockets hit ...").

    >>> _characterised("It was the latest strike in a feud."), _characterised("It was the second attack, after rockets hit it.")
    (True, False)
    """
    return bool(_CHARACTERISED.match(clause)) and not _ANOTHER_TOLD.search(clause)


_ANOTHER_TOLD = re.compile(r"\b(?:after|following|since|when)\b", re.I)


def _restates_story(r: dict, done: list[dict]) -> bool:
    """Whether a mention only restates an incident the article already told: its sentence opens on "this/the latest
    attack" with a verb that sets it in context, and it brings no count or casualty of its own.

    >>> told = [{"scope": "incident", "doc_id": "a"}]
    >>> row = {"doc_id": "a", "evidence": "This strike comes amid talks on the troops' future.", **{c: None for c in COUNT_FIELDS}}
    >>> _restates_story(row, told), _restates_story(row, [])
    (True, False)
    >>> _restates_story({**row, "evidence": "It was the latest strike in a long feud among the clans."}, told)
    True
    """
    ev = str(r["evidence"])
    own = _own_clause(r)  # "The latest attack came hours after | X shot and killed two": the clause before "after"
    if any(r[c] is not None for c in COUNT_FIELDS) or not (_RESTATED.match(ev) or _characterised(own) or
                                                           _after_no_event(ev) or
                                                           own != ev and _after_no_event(own)) or _opened_by_another(r):
        return False
    return any(p["scope"] == "incident" and p["doc_id"] == r["doc_id"] for p in done)


#: the event told set after something else: "The shelling comes just over a week after X visited the troops"
_RESTATED_AFTER = re.compile(r"^\W*(?:this|that|the)\s+(?:[\w-]+\s+){0,2}?(?:attack|strike|assault|incident|bombing|shelling|"
                             r"barrage|explosion|blast)\s+(?:comes?|came)\s+(?:[\w-]+\s+){0,5}?(?:after|before)\s+(?P<rest>.*)",
                             re.I)


def _after_no_event(evidence: str) -> bool:
    """Whether a sentence sets the event told after or before something that is no act of war ("The shelling comes a
    week after the vice president visited the troops"): the event told, dated by the other thing, restated.

    >>> _after_no_event("The shelling comes a week after the vice president visited the troops.")
    True
    >>> _after_no_event("The shelling comes a week after rockets hit the base.")
    False
    """
    m = _RESTATED_AFTER.match(evidence)
    return m is not None and not cue_classes(m.group("rest")) and not weapons_in(m.group("rest"))


def _opened_by_another(r: dict) -> bool:
    """Whether a mention is an earlier event told in a later clause of its sentence ("The attack is the largest since
    X launched missiles at Y"): the sentence's opening restates the story, not this event.

    >>> _opened_by_another({"sent_start": 0, "clause_start": 40, "_days_before": -1, "date_source": "sentence"})
    True
    >>> _opened_by_another({"sent_start": 0, "clause_start": 0, "_days_before": -1})
    False
    """
    try:
        return r.get("_days_before") == -1 and r.get("date_source") == "sentence" and \
            int(r["clause_start"]) > int(r["sent_start"]) + 2
    except (TypeError, ValueError, KeyError):
        return False


#: a count told as a part of casualties already given ("two guards were among the dead")
_AMONG_TOLD = re.compile(r"\bamong\s+(?:those\s+(?P<k>killed|dead)|the\s+(?P<k2>dead|killed|victims)|"
                         r"those\s+(?P<w>wounded|injured|hurt)|the\s+(?P<w2>wounded|injured))\b", re.I)


def _part_of_told(r: dict, prev: list[dict]) -> None:
    """Drop a count that is only a part of casualties an earlier mention of the paragraph gave (no new victims).

    >>> r = {"evidence": "Six policemen were among those killed.", "killed": 6, "injured": None}
    >>> _part_of_told(r, [{"killed": 20, "injured": 30}]); r["killed"] is None
    True
    """
    m = _AMONG_TOLD.search(str(r["evidence"]))
    if not m or not prev:
        return
    role = "killed" if m.group("k") or m.group("k2") else "injured"
    told = next((p[role] for p in reversed(prev) if _counted(p[role])), None)
    if r[role] is not None and told is not None and int(told) >= int(r[role]):
        r[role] = None


def _story_before(r: dict, prev: list[dict]) -> dict | None:
    """The latest earlier mention with a place whose story a placeless incident mention continues, else None.

    Only asked when it is used, and read backwards to the first match: a long paragraph of placed mentions
    costs nothing here (it was a full scan per mention, quadratic in a paragraph's mentions).

    >>> r = {"place_id": "x", "scope": "incident"}; _story_before(r, [{"place_id": "y"}]) is None
    True
    """
    if r["place_id"] or r["scope"] != "incident" or r.get("_days_before") is not None:  # placed, or an earlier event
        return None
    return next((p for p in reversed(prev) if p["place_id"] and _same_story(r, p)), None)


#: a sentence opening on the event just told, bare ("In the attack, one guard was killed")
_IN_THE_EVENT = re.compile(r"^\W*(?:in|during)\s+the\s+(?:attack|strike|assault|raid|bombing|blast|explosion|incident)\s*,",
                           re.I)


def _just_told(r: dict, prev: _Prev | list[dict]) -> dict | None:
    """The placed mention of the sentence just before that a placeless one opening on "In the attack," goes on with,
    whatever its family ("... in response to an Iranian drone attack on a base in X. In the attack, one soldier was
    killed"), else None.

    >>> p = {"sent_id": 4, "place_id": "x", "event_type": "strike"}
    >>> r = {"sent_id": 5, "place_id": "", "scope": "incident", "evidence": "In the attack, one guard was killed."}
    >>> _just_told(r, [p])["place_id"], _just_told({**r, "sent_id": 6}, [p]), _just_told({**r, "evidence": "A guard died."}, [p])
    ('x', None, None)
    """
    if r["place_id"] or r["scope"] != "incident" or not prev or not _IN_THE_EVENT.match(str(r["evidence"])):
        return None
    return _placed_before(r, prev, 1)


def _placed_before(r: dict, prev: _Prev | list[dict], back: int) -> dict | None:
    """The last earlier mention when it is told at most ``back`` sentences before ``r``, has a place and is no threat.

    >>> _placed_before({"sent_id": 5}, [{"sent_id": 3, "place_id": "x", "event_type": "attack"}], 1)
    """
    last = prev[-1]
    return last if 0 < r["sent_id"] - last["sent_id"] <= back and last["place_id"] and last["event_type"] != "threat" \
        else None


#: the event told before, named again ("the intensive rocket attacks", "the strike")
#: the nouns an event told before is named again by ("the attack", "the shelling")
_TOLD_EVENT_NOUNS = r"attacks?|strikes?|bombings?|blasts?|explosions?|shelling|bombardment|assault|raids?"
_THE_EVENT = re.compile(r"\bthe\s+(?:[\w-]+\s+){0,2}?(?:airstrikes?|" + _TOLD_EVENT_NOUNS +
                        r"|gun\s*battles?|gun-?fights?|fire-?fights?|shoot-?outs?|clash(?:es)?)\b"
                        r"(?!\s+(?:on|against|in|at|near)\b)|"
                        r"\b(?:of|among)\s+the\s+(?:[\w-]+\s+){0,3}?(?:killed|dead|wounded|injured|victims)\b", re.I)


def _the_event_told(r: dict, prev: _Prev | list[dict]) -> dict | None:
    """The placed mention of the two sentences before that a placeless one naming no actor goes on with when it names
    that event again ("the intensive rocket attacks left 20 injured" after "regime forces fired rockets on X"), of
    either family and of a weapon that fits, else None.

    >>> p = {"sent_id": 4, "place_id": "x", "event_type": "strike", "weapon": "rockets"}
    >>> r = {"sent_id": 5, "place_id": "", "scope": "incident", "actor_id": "", "weapon": "rockets",
    ...      "evidence": "The toll may rise as the rocket attacks left 20 injured."}
    >>> _the_event_told(r, [p])["place_id"], _the_event_told({**r, "weapon": "drones"}, [p])
    ('x', None)
    >>> _the_event_told({**r, "evidence": "Of the three people killed, one was a guard."}, [p])["place_id"]
    'x'
    >>> _the_event_told({**r, "evidence": "Rockets hit a school on Monday."}, [p])
    """
    if r["place_id"] or r["scope"] != "incident" or r.get("actor_id") or not prev or \
            not _THE_EVENT.search(_own_clause(r)):
        return None
    last = _placed_before(r, prev, 2)
    if last is None:
        return None
    w, v = str(r.get("weapon") or ""), str(last.get("weapon") or "")
    return last if not w or not v or vocabulary().family(w) == vocabulary().family(v) else None


def _none_against_some(told: dict, r: dict) -> bool:
    """Whether the event told had no dead (or no hurt) while the mention counts some: not the same event.

    >>> _none_against_some({"killed": 0, "injured": 0}, {"killed": 8, "injured": None})
    True
    """
    return any(told[c] == 0 and r[c] for c in ("killed", "injured"))


def _tolls_differ(a: dict, b: dict) -> bool:
    """Whether two mentions give different tolls of one role (both told).

    >>> _tolls_differ({"killed": 8, "injured": None}, {"killed": 0, "injured": 0}), _tolls_differ({"killed": 8, "injured": None}, {"killed": None, "injured": 2})
    (True, False)
    """
    return any(a[c] is not None and b[c] is not None and a[c] != b[c] for c in ("killed", "injured"))


def _same_toll_earlier(r: dict, prev: _Prev | list[dict]) -> dict | None:
    """The latest placed earlier mention of the same family that gave the same toll of one role (of one or more).

    >>> p = {"place_id": "x", "killed": 8, "injured": 5, "event_type": "attack"}
    >>> q = {"place_id": "y", "killed": 0, "injured": 0, "event_type": "attack"}
    >>> _same_toll_earlier({"killed": 8, "injured": None, "event_type": "attack"}, [p, q])["place_id"]
    'x'
    """
    return next((p for p in reversed(list(prev)) if p["place_id"] and _family(p["event_type"]) == _family(r["event_type"])
                 and any(r[c] and p[c] == r[c] for c in ("killed", "injured")) and not _tolls_differ(r, p)), None)


#: a definite attack told by its weapon ("in the drone attack", "the rocket strike"): an attack the article told before
_DEFINITE_WEAPON_ATTACK = re.compile(r"\bthe\s+(?:[\w-]+\s+)?(?:drone|rocket|missile|mortar|bomb|suicide|car\s+bomb)\s+"
                                     r"(?:attack|strike|blast|bombing)\b", re.I)


def _same_toll_before(r: dict, prev: list[dict]) -> dict | None:
    """The placed earlier mention whose toll and weapon a placeless "the <weapon> attack" toll repeats ("<N> <people>
    killed in the <weapon> attack" after "a <weapon> attack killed <N> <people> in X"), whatever was told in between.

    >>> p = {"place_id": "x", "killed": 3, "weapon": "drones", "event_type": "attack"}
    >>> q = {"place_id": "y", "killed": None, "weapon": "", "event_type": "attack"}
    >>> r = {"killed": 3, "weapon": "drones", "event_type": "attack", "evidence": "the three guards killed in the drone attack",
    ...      "place_id": "", "scope": "incident"}
    >>> _same_toll_before(r, [p, q])["place_id"], _same_toll_before({**r, "killed": 4}, [p, q])
    ('x', None)
    """
    if r["place_id"] or r["scope"] != "incident" or not r["killed"] or not r["weapon"] or \
            not _DEFINITE_WEAPON_ATTACK.search(str(r["evidence"])):
        return None
    return next((p for p in reversed(prev) if p["place_id"] and p["killed"] == r["killed"] and p["weapon"] == r["weapon"]
                 and _family(p["event_type"]) == _family(r["event_type"])), None)


def _same_figure_told(r: dict, prev: _Prev | list[dict]) -> dict | None:
    """The placed mention of the three sentences before whose toll a placeless definite reference repeats ("the rebel
    shelling wounded 14" after "missiles fell on the camp, wounding 14"): the same event, whatever
    weapon the reference names (a figure of two or more, of one family, no actor of another side).

    >>> p = {"sent_id": 1, "place_id": "x", "killed": None, "injured": 12, "weapon": "missiles", "event_type": "attack",
    ...      "actor_id": "houthis", "date": "2021-12-20"}
    >>> r = {"sent_id": 3, "place_id": "", "scope": "incident", "killed": None, "injured": 12, "event_type": "attack",
    ...      "actor_id": "houthis", "evidence": "A second source said the Houthi shelling wounded 12.",
    ...      "date": "2021-12", "date_precision": "month", "date_source": "article window"}
    >>> _same_figure_told(r, [p])["place_id"], _same_figure_told({**r, "injured": 13}, [p])
    ('x', None)
    >>> _same_figure_told({**r, "evidence": "Separately, the shelling of a school injured 12."}, [p]) is None
    True
    """
    ev = str(r["evidence"])
    if r["place_id"] or r["scope"] != "incident" or not _DEFINITE_EVENT_NOUN.search(_own_clause(r)) or \
            _SEPARATE.match(ev) or _APART_WORD.search(ev):
        return None  # "Separately, the raid on a church killed four": not the event told
    for p in reversed(list(prev)):
        if r["sent_id"] - p["sent_id"] > 3 or _other_day(r, p):
            break
        same = any(r[c] is not None and r[c] >= 2 and p[c] == r[c] for c in ("killed", "injured"))
        if same and p["place_id"] and _family(p["event_type"]) == _family(r["event_type"]) and \
                (not r.get("actor_id") or not p.get("actor_id") or r["actor_id"] == p["actor_id"]):
            return p
    return None


#: an event set apart from the one told: "in another attack", "elsewhere", "in a separate incident"
_APART_WORD = re.compile(r"\b(?:another|elsewhere|separate(?:ly)?)\b", re.I)
#: an event named again with "the" ("the rebel shelling", "the attack"), not one set apart ("another attack")
_DEFINITE_EVENT_NOUN = re.compile(r"\bthe\s+(?:[\w-]+\s+){0,2}?(?:" + _TOLD_EVENT_NOUNS + r")\b", re.I)


def _widened(r: dict, kind: str) -> None:
    """An inherited site or town widened to the province a "same region" names ("ISIS killed 20 soldiers in the same
    region" after an attack on a gas field: the field's province, not the field).

    >>> r = {"place_id": "omar_oilfield", "place_type": "oil field"}; _widened(r, "region"); r["place_id"], r["place"]
    ('deir_ezzor_gov', 'Deir ez-Zor Governorate')
    """
    from ..places import ancestors, places_gazetteer

    if kind.lower() not in ("region", "province", "governorate") or r["place_type"] in ("province", "region", "country"):
        return
    gaz = places_gazetteer()
    wide = next((a for a in ancestors(r["place_id"]) if gaz.row(a)["type"] == "province"), None)
    if wide is not None:
        row = gaz.row(wide)
        r.update(place_cols({"place_id": wide, "name": row["name"], "text": "", "type": row["type"], "score": 100.0,
                             "method": "inherited", "town": "", "district": "", "admin1": row["admin1"],
                             "country": row["country"], "latitude": row["latitude"], "longitude": row["longitude"]}),
                 place_source="inherited")


def _nested(a: str, b: str) -> bool:
    """The same place, or one inside the other (Tower 22 and Jordan).

    >>> _nested("tower_22", "jordan"), _nested("ain_al_asad", "jordan")
    (True, False)
    """
    return bool(a and b) and (a == b or a in ancestors(b) or b in ancestors(a))


def _header_finer(own: str, header: str) -> bool:
    """Whether an entry header's place may stand for a mention's own: the mention names none, or the header's place
    is the same or lies inside it (a header "security developments in Iraq" does not replace "in Diyala province").

    >>> _header_finer("", "iraq"), _header_finer("jordan", "tower_22"), _header_finer("tower_22", "jordan")
    (True, True, False)
    """
    return not own or own == header or own in ancestors(header)


def _relative_to_told(r: dict, done: list[dict], published: str) -> bool:
    """Date a mention timed from the event the article tells: "An hour after the attacks, ..." (that day), "...,
    which came a day after a drone attack on X" (the day before; the anchor is the last dated event told, else the
    publication day). True when dated so."""
    days = r.get("_days_before")
    if days is None and not _HOURS_AFTER.match(r["evidence"]) or days is not None and days < 0:
        return False
    told = next((p for p in reversed(done) if p["date_precision"] == "day" and p["date_source"] != "article window"), None)
    anchor = told["date"] if told is not None else published if re.fullmatch(r"\d{4}-\d\d-\d\d", published or "") else ""
    if not anchor:
        if days:  # "The attack came two days after a similar one killed X", with no day to count back from: not
            r.update(window_date(published), date_rule=EARLIER_THAN_TOLD)  # the day of the one told, by its place
            return True
        return False
    when = date.fromisoformat(anchor) - timedelta(days=days or 0)
    if (days or 0) >= 7:  # "a week after": journalists round (five to nine days), a window around the day counted back
        r.update(date=when.isoformat()[:7], date_precision="vague", earliest=(when - timedelta(days=3)).isoformat(),
                 latest=(when + timedelta(days=3)).isoformat(), date_text="", date_rule=RELATIVE_TO_TOLD,
                 date_source="context")
        return True
    day = when.isoformat()
    r.update(date=day, date_precision="day", earliest=day, latest=day, date_text="", date_rule=RELATIVE_TO_TOLD,
             date_source="context")
    return True





#: a time told back from the day of writing ("two days ago", "last week"): before the story's own day
_PAST_OFFSET = re.compile(r"\b(?:days?|weeks?|months?|years?)\s+ago\b|\blast\s+(?:week|month|year)\b", re.I)


def _mark_earlier(r: dict, published: str) -> None:
    """An event told as earlier than the story ("Following ...", "a response to X") takes no day from the story
    around it, and the merge joins it to an incident only by place, count or date (``EARLIER_THAN_TOLD``)."""
    if r.get("_days_before") != -1 or r["date_source"] == "same place":
        return
    if r["date_source"] == "context":
        r.update(window_date(published))
    r["date_rule"] = EARLIER_THAN_TOLD


#: a sentence that opens on the event just told ("The drone targeted a car ...", "The strike hit ...")
_ANTECEDENT_LEAD = re.compile(r"\W*(?:the|this|that)\s+(?:same\s+)?(?:[\w-]+\s+)?(?:attack|strike|airstrike|drone|uav|raid|"
                              r"bombing|blast|explosion|ambush|assault)s?\b", re.I)


#: the event just told, referred back to by a demonstrative ("There were no casualties in that attack"): its day
_IN_THAT_EVENT = re.compile(r"\b(?:in|during|from|by|after)\s+(?:that|this|the\s+same)\s+(?:[\w-]+\s+)?(?:attack|strike|"
                            r"incident|raid|bombing|assault|blast|explosion)\b", re.I)


def _antecedent(r: dict, prev: list[dict]) -> dict | None:
    """The dated mention of the sentence just before that a sentence opening on "the drone", "the strike" refers back
    to, whatever place each names ("A drone strike in the north killed four on Sunday. The drone hit a car in X.").

    >>> p = {"sent_id": 4, "date": "2023-09-17", "date_source": "sentence", "event_type": "strike"}
    >>> r = {"sent_id": 5, "evidence": "The drone hit a car near the pass.", "event_type": "strike"}
    >>> _antecedent(r, [p])["date"], _antecedent({**r, "evidence": "A drone hit a car."}, [p])
    ('2023-09-17', None)
    >>> _antecedent({**r, "sent_id": 7, "evidence": "Monitors said the strikes also hit a depot in X."}, [p])["date"]
    '2023-09-17'
    """
    if prev and _ALSO_TARGETED.search(str(r["evidence"])):  # "... said the strikes also hit X": the strikes told
        return next((p for p in reversed(prev) if _dated_antecedent(p, r)), None)
    last = prev[-1] if prev else None
    if last is None or last["sent_id"] != r["sent_id"] - 1 or not _ANTECEDENT_LEAD.match(str(r["evidence"])):
        return None
    return last if _dated_antecedent(last, r) else None


#: the strikes just told, given a further target ("the raids also hit a depot", "that the strikes also targeted X")
_ALSO_TARGETED = re.compile(r"\b(?:the|these|those)\s+(?:[\w-]+\s+)?(?:strikes|airstrikes|air\s+strikes|raids|attacks|"
                            r"bombardment|shelling)\s+(?:also|further|additionally)\s+(?:targeted|hit|struck|destroyed)\b", re.I)


def _dated_antecedent(p: dict, r: dict) -> bool:
    """Whether an earlier mention can lend ``r`` its day (``_antecedent``): dated by its own sentence or context, not a
    threat, of the same family."""
    ok = p["date"] and p["date_source"] not in ("article window", "statement") and p["event_type"] != "threat"
    return bool(ok) and _family(p["event_type"]) == _family(r["event_type"])


def _nearby_over_stamp(r: dict, near: dict[int, dict] | None) -> None:
    """A mention dated only by the page's stamp or dateline in its sentence takes the day a sentence next to it gives
    the event ("date 2021-11-08 Gunmen have attacked X village ..." / "the bandits came to the village on Sunday").

    >>> r = {"sent_id": 0, "para_id": 0, "date": "2021-11-08", "date_source": "dateline"}
    >>> _nearby_over_stamp(r, {1: {"date": "2021-11-07", "date_source": "nearby sentence", "_para": 1}}); r["date"]
    '2021-11-07'
    """
    nearby = [d for k in _NEAR for d in [(near or {}).get(r["sent_id"] + k)]
              if d is not None and abs(d["_para"] - r["para_id"]) <= 1]
    if nearby:
        r.update({k: v for k, v in nearby[0].items() if k != "_para"})


def _take_date(r: dict, done: list[dict], prev: list[dict], published: str, dateline: dict | None = None,
               near: dict[int, dict] | None = None) -> None:
    """Date of a mention whose sentence has none: a sentence next to it that refers back to the event with a day
    ("The attack took place on Wednesday"), else same place, else context (not a mere year: "a similar attack
    last year" is background), else the dateline, else the article window."""
    back = prev[-1] if prev and _IN_THAT_EVENT.search(str(r["evidence"])) else None  # "no casualties in that attack"
    if back is not None and back["sent_id"] == r["sent_id"] - 1 and _dated_antecedent(back, r):
        r.update({k: back[k] for k in _DATE_KEYS})
        r["date_source"] = "context"
        return
    _nearby_over_stamp(r, near)
    if r["date"]:
        return
    if _relative_to_told(r, done, published):
        return
    told = _antecedent(r, prev) if _ALSO_TARGETED.search(str(r["evidence"])) else None  # "the strikes also hit X"
    same = None if told is not None else next((p for p in reversed(done) if p["place_id"] and (
                 p["place_type"] not in _AREA_KINDS or p["date_precision"] == "day") and
                 _nested(p["place_id"], r["place_id"]) and p["date"]
                 and p["date_source"] not in ("article window",) and p["event_type"] != "threat"
                 and not (p["scope"] == "aggregate" and p["date_source"] == "sentence")
                 and not (r.get("_days_before") == -1 and (p["sent_id"] == r["sent_id"] or
                                                           p.get("_days_before") is None and p["date_precision"] == "day"))),
                None) \
        if r["place_id"] else None  # read back to the latest: no place, no same place; nor a summary's own time span;
    # nor the event of its own sentence that one told as earlier came before ("X was hit on Saturday, days after a
    # similar attack killed three"), nor the day of an event the story tells before it ("The latest attack came two
    # months after an assault on a train in X that killed 31")
    ctx = told if told is not None or same is not None else next((
        p for p in reversed(prev) if p["date"] and p["date_source"] not in ("article window", "statement") and
        p["event_type"] != "threat"  # a day the source spoke on is not the event's
        and p.get("_days_before") != -1  # not the day of an event told as earlier ("since X killed 40 on May 2")
        and _family(p["event_type"]) == _family(r["event_type"]) and p["date_precision"] != "year" and
        (not r["place_id"] or not p["place_id"] or _nested(p["place_id"], r["place_id"]))), None)
    if same is None and ctx is None:
        ctx = _antecedent(r, prev)
    src, how = (same, "same place") if same is not None else (ctx, "context") if ctx is not None else (None, "")
    if src is not None:
        r.update({k: src[k] for k in _DATE_KEYS})
        r["date_source"] = how
    elif dateline is not None:
        r.update({k: v for k, v in dateline.items() if k != "_place"})
    else:
        r.update(window_date(published))


from ..prefilter import guard_patterns  # noqa: E402  (after every expression of the module is defined)

guard_patterns(globals())
