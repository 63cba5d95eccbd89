"""The story told so far in an article: indexes of the mentions kept (``_Told``, ``_Prev``), datelines and the tests of
whether a toll or a casualty retells an event already told."""

from __future__ import annotations

import re
from datetime import date

from ..actors import STATE_TYPES, actors_gazetteer
from ..clauses import is_caption
from ..dating import is_stamp
from ..mention_places import site_place, SEVERAL_COUNTRIES
from ..merge.compat import DEFINITE_START, SEPARATE
from ..merge.retell import EARLIER_FIGURE
from ..merge.consensus import VAGUE_FLOOR
from ..merge import weapons_compatible
from ..merge.cluster import _present as _counted
from ..places import ancestors, scan_places
from ..roles import ATTACK_WORD, ALSO_IN_TOLD, source_toll, vague_roles
from ..triggers import US_SIDES
from ..vocabulary import vocabulary
from .slots import _AND_PREDICATE, _family


def _context(done: list[dict], r: dict) -> list[dict]:
    """Earlier incident mentions of the same paragraph or at most three sentences back (a full scan: ``_Told`` in
    ``_inherit`` gives the same mentions from its indexes).

    >>> _context([{"scope": "incident", "para_id": 0, "sent_id": 0}], {"para_id": 1, "sent_id": 5})
    []
    """
    return [p for p in done if p["scope"] == "incident" and (p["para_id"] == r["para_id"] or
                                                             0 <= r["sent_id"] - p["sent_id"] <= 3)]


class _Prev:
    """``_context`` of one mention as a view read from the end (``prev[-1]``, ``reversed(prev)``, ``bool``): the
    paragraph's incident mentions so far plus those of other paragraphs at most three sentences back, in the
    article's order. Building it costs the few near sentences, not the paragraph (a long paragraph stays linear)."""

    def __init__(self, para: list[tuple[int, dict]], n: int, near: list[tuple[int, dict]]) -> None:
        self.para, self.n, self.near = para, n, near

    def __bool__(self) -> bool:
        return bool(self.n or self.near)

    def __len__(self) -> int:
        return self.n + len(self.near)

    def __reversed__(self):
        a, b = self.n - 1, len(self.near) - 1
        while a >= 0 or b >= 0:
            if b < 0 or a >= 0 and self.para[a][0] > self.near[b][0]:
                yield self.para[a][1]
                a -= 1
            else:
                yield self.near[b][1]
                b -= 1

    def __iter__(self):
        return iter(list(reversed(self))[::-1])

    def __getitem__(self, k: int) -> dict:
        if k == -1 and self:
            return next(reversed(self))
        return list(self)[k]


class _Told:
    """The mentions ``_inherit`` kept so far, indexed as they come: incident mentions by paragraph and sentence, the
    first attack or strike (the lede), the last strike, and whether a militia event was told. Each mention costs
    O(1) to add; ``context`` equals ``_context(done, r)`` without rescanning earlier mentions.

    >>> t = _Told(); t.add({"scope": "incident", "para_id": 0, "sent_id": 0, "event_type": "strike"})
    >>> list(t.context({"para_id": 0, "sent_id": 9})) == _context(t.done, {"para_id": 0, "sent_id": 9}), t.strike["sent_id"]
    (True, 0)
    """

    def __init__(self) -> None:
        self.done: list[dict] = []
        self.by_para: dict[int, list[tuple[int, dict]]] = {}
        self.by_sent: dict[int, list[tuple[int, dict]]] = {}
        self.lede: dict | None = None
        self.strike: dict | None = None
        self.militia = False
        #: incident mentions by (paragraph, family, time key): what ``story_before`` reads instead of the paragraph
        self.stories: dict[tuple[int, str, object], list[tuple[int, dict]]] = {}

    def add(self, r: dict) -> None:
        """Keep a mention (scope and type are final once kept)."""
        i = len(self.done)
        self.done.append(r)
        if r["scope"] != "incident":
            return
        self.by_para.setdefault(r["para_id"], []).append((i, r))
        self.by_sent.setdefault(r["sent_id"], []).append((i, r))
        fam = _family(r["event_type"])
        for key in (_ANY_TIME, *_time_keys(r)):
            self.stories.setdefault((r["para_id"], fam, key), []).append((i, r))
        if self.lede is None and r["event_type"] in ("attack", "us_strike", "strike"):
            self.lede = r
        if r["event_type"] in ("us_strike", "strike"):
            self.strike = r
        self.militia = self.militia or _family(r["event_type"]) == "militia"

    def strikes(self) -> list[dict]:
        """The last incident strike told, as a list (empty when none): what ``_toll_of_strike`` reads."""
        return [self.strike] if self.strike is not None else []

    def story_before(self, r: dict, prev: _Prev) -> dict | None:
        """``_story_before(r, prev)`` for ``prev = self.context(r)``, read from the index: only the paragraph's mentions
        of the same family and a compatible time (same date or text, or none), each list back to its first match; a
        long paragraph of other days' or families' mentions is not rescanned for every placeless mention.

        >>> t = _Told(); a = {"scope": "incident", "para_id": 0, "sent_id": 0, "event_type": "attack", "place_id": "x",
        ...      "date_text": "Monday", "date": "", "country": "", "weapon": "", "evidence": "Rockets hit X."}
        >>> t.add(a); r = {**a, "sent_id": 1, "place_id": "", "_days_before": None}
        >>> t.story_before(r, t.context(r)) is a, t.story_before({**r, "date_text": "Friday"}, t.context(r))
        (True, None)
        """
        if r["place_id"] or r["scope"] != "incident" or r.get("_days_before") is not None or _SEPARATE.match(r["evidence"]):
            return None  # placed, an earlier event, or "Separately, ...": no story to continue (``_same_story``)
        own, fam, para = r["date_text"] or r["date"], _family(r["event_type"]), r["para_id"]
        keys = (own, _NO_TIME) if own else (_ANY_TIME,)
        best: tuple[int, dict] | None = None
        for items in [self.stories.get((para, fam, k), []) for k in keys] + [prev.near]:
            for i, p in reversed(items):
                if best is not None and i <= best[0]:
                    break
                if p["place_id"] and _same_story(r, p):
                    best = (i, p)
                    break
        return best[1] if best is not None else None

    def context(self, r: dict) -> _Prev:
        """Earlier incident mentions of the same paragraph or at most three sentences back (see ``_context``)."""
        para = self.by_para.get(r["para_id"], [])
        near = sorted((ip for k in range(4) for ip in self.by_sent.get(r["sent_id"] - k, ())
                       if ip[1]["para_id"] != r["para_id"]), key=lambda ip: ip[0])
        return _Prev(para, len(para), near)


#: time keys of the story index (``_Told.stories``): every mention, and a mention with neither date nor date text
_ANY_TIME, _NO_TIME = object(), object()


def _time_keys(p: dict) -> tuple:
    """The keys under which a mention's time is filed: its date text and date, or ``_NO_TIME`` (``_same_time``).

    >>> _time_keys({"date_text": "Monday", "date": "2024-01-01"}), _time_keys({"date_text": "", "date": ""}) == (_NO_TIME,)
    (('Monday', '2024-01-01'), True)
    """
    keys = tuple(dict.fromkeys(k for k in (p.get("date_text"), p.get("date")) if k))
    return keys or (_NO_TIME,)


def _dateline(dm: list[dict], sents: list[dict]) -> dict | None:
    """The day of a dateline: a first paragraph that is little more than a date ("Thursday 19 July", "Oct. 14, 2010"),
    or a short entry header with no event word ("Incident date March 3, 2017; Raqqa, Syria"), dates the report's
    events when nothing closer does (``date_source = dateline``); the header's most specific place goes in
    ``_place`` for mentions that name none finer than a country."""
    first = [s for s in sents if int(s["para_id"]) == int(sents[0]["para_id"])] if sents else []
    size = sum(len(str(s["text"])) for s in first)
    if not first or size > 160 or size > 60 and any(vocabulary().has_cue(str(s["text"]).lower()) for s in first) or \
            any(is_caption(str(s["text"])) for s in first):
        return None  # longer headers only without an event word ("Incident date March 3, 2017; Raqqa, Syria"); a photo's
        # caption dates the photo ("A picture received on Dec. 31 shows soldiers ...")
    lo, hi = int(first[0]["start"]), int(first[-1]["end"])
    days = [r for r in dm if lo <= r["start"] < hi and r["precision"] in ("day", "unknown")]
    if not days:
        return None
    r = days[0]
    timex = str(r.get("timex") or "")
    value = r["value"] or (timex if re.fullmatch(r"XXXX-\d\d-\d\d", timex) else "")
    if not value:
        return None
    return {"date": value, "date_precision": r["precision"], "earliest": r["earliest"] or "", "latest": r["latest"] or "",
            "date_text": r["text"], "date_rule": r["rule"], "date_source": "dateline",
            "_place": site_place(scan_places(" ".join(str(s["text"]) for s in first)))}


#: how far into the text a page's date stamp is looked for (its header: title, stamp, lead)
_STAMP_REACH = 300


def _stamp_dateline(dm: list[dict], text: str) -> dict | None:
    """The page's date stamp near the top ("date 2024-02-07 A drone ...", "Published May 3, 2022") as a dateline when
    the first paragraph is no dateline of its own: it dates the report's undated mentions instead of the window.

    >>> t = " date 2024-02-07 A drone hit a car in Baghdad."
    >>> dm = [{"start": 6, "end": 16, "text": "2024-02-07", "value": "2024-02-07", "precision": "day", "rule": "date_iso",
    ...        "earliest": "2024-02-07", "latest": "2024-02-07"}]
    >>> _stamp_dateline(dm, t)["date"], _stamp_dateline(dm, "In 2024-02-07 a drone hit a car.")
    ('2024-02-07', None)
    """
    r = next((r for r in dm if r["start"] < _STAMP_REACH and r["precision"] == "day" and r["value"] and
              is_stamp(text, r["start"], r["end"])), None)
    if r is None:
        return None
    return {"date": r["value"], "date_precision": "day", "earliest": r["earliest"] or "", "latest": r["latest"] or "",
            "date_text": r["text"], "date_rule": r["rule"], "date_source": "dateline", "_place": None}


def _casualty_as_attack(r: dict, prev: list[dict], told: "_Told") -> bool:
    """Whether a casualty or responsibility row stands as an attack of its own (then retyped); False when it is a
    tally, completes an earlier mention (which it then fills) or says too little (rules in the module docstring)."""
    vague = _vague_toll(r) and not _PERFECT_AUX.search(str(r["evidence"])) and \
        bool(r.get("actor_id") or r.get("weapon") or ATTACK_WORD.search(str(r["evidence"])))  # "militants killed dozens
    # of soldiers": a toll without a figure, told as one event's by its attacker or weapon (not "have been fighting,
    # leaving dozens killed": a conflict's; nor "heavy rains killed dozens": no attack)
    if r["scope"] != "incident" and (r["killed"] or r["injured"] or vague) or _IN_THOSE_ATTACKS.search(str(r["evidence"])):
        return False  # "thousands of troops have been killed in action", "56 were injured in those attacks": tallies
    lede = [told.lede] if told.lede is not None else []
    prev = _story_first(prev, r)
    zero = r["event_type"] == "casualty" and (r["killed"] == 0 or r["injured"] == 0)
    placed = r["event_type"] == "casualty" and r["place_id"] and (r["killed"] or r["injured"] or vague)
    own = _own_casualties(r)
    if placed and prev and (_other_day(r, prev[-1]) or _victims_elsewhere_too(r, prev[-1])):
        pass  # "... before the anniversary of the killing of X near the airport on March 5"; "At nearby Y village, they
        # killed two" after the six killed at X: another place's victims, an attack of its own
    elif _ANOTHER_LEAD.match(str(r["evidence"])) and (r["killed"] or r["injured"]):
        pass  # "Another violent instance happened earlier this month, which claimed 35 lives": an event of its own
    elif prev and not own and zero and _zeros_to_joint(prev, r):
        return False  # "No casualties were reported" after two attacks told in one sentence: each attack's
    elif prev and not own and _care_of_told(r, prev[-1], told.done):
        return False  # "Two wounded troops were flown out" after the toll of an earlier event: those victims' care
    elif prev and not own and _dead_weeks_apart(r, prev[-1]):
        return False  # "Two divers died on January 11 after going missing" after the attack of October 7: not its toll
    elif prev and not own and _another_count(prev[-1], r):
        _account_of(r, prev[-1])  # "the Observatory said at least eight were killed and 23 wounded" after "wounded
        return True  # five, the paramedics said": another source's larger count of the toll just told, for the merge
    elif prev and not own and not r["place_id"] and r["date_source"] != "sentence" and \
            not _SEPARATE_OR_EARLIER.search(str(r["evidence"])) and (claimed := _behind_claims(prev, r)) is not None and \
            _complete_previous(claimed, r):
        return False  # "A bomb hit a convoy. Group X claimed the attack. No casualties were reported.": the bomb's
    elif prev and not own and _complete_previous(prev[-1], r) or \
            not prev and lede and not r["place_id"] and (zero or _retells_toll(lede[0], r)) and _complete_previous(lede[0], r):
        return False  # "No casualties were reported" far from the lede still belongs to the lede's event; so does
        # "the death toll is 15 dead and 20 wounded" after a lede that told the 15 dead
    elif not (placed or own):
        return False
    r["event_type"] = _state_strike(r) or "attack"  # "Two civilians were killed in the market", "A bomb wounded two": own events
    _toll_of_strike(r, told.strikes())
    return True


_PERFECT_AUX = re.compile(r"\b(?:has|have)\b", re.I)


def _vague_toll(r: dict) -> bool:
    """Whether a row tells its dead or wounded without a figure ("killed dozens of soldiers", "scores were hurt").

    >>> _vague_toll({"killed": None, "injured": None, "qualifiers": "killed=dozens"}), _vague_toll({"killed": 2, "injured": None, "qualifiers": "killed=at_least"})
    (True, False)
    """
    marks = vague_roles(str(r.get("qualifiers") or ""))
    return r["killed"] is None and "killed" in marks or r["injured"] is None and "injured" in marks


#: a sentence that opens on one more event ("Another violent instance ...", "Yet another attack ...")
_ANOTHER_LEAD = re.compile(r"^\W*(?:in\s+)?(?:yet\s+)?another\s+(?:[\w-]+\s+){0,2}?(?:attack|incident|instance|episode|"
                           r"bombing|blast|explosion|shooting|ambush|raid|strike|assault)s?\b", re.I)
#: an event named or referred to ("that operation", "the strike", "it also killed"): a casualty row's own antecedent
_NAMES_AN_EVENT = re.compile(r"\b(?:operations?|strikes?|attacks?|raids?|bomb\w*|blasts?|explosions?|assassinations?|"
                             r"killings?|shelling|ambush|it)\b", re.I)


def _story_first(prev: "_Prev | list[dict]", r: dict) -> "_Prev | list[dict]":
    """The earlier mentions a casualty row may complete: an event told as earlier ("... threats of retaliation over the
    killing of X") in an earlier sentence does not take the victims told next ("one of the Americans was seriously
    wounded"); the story's events of the last sentence that told one do (read back only as far as that sentence).

    >>> a, b = {"sent_id": 1, "_days_before": None}, {"sent_id": 2, "_days_before": -1}
    >>> _story_first([a, b], {"sent_id": 3})[-1] is a, _story_first([a, b], {"sent_id": 2})[-1] is b
    (True, True)
    >>> _story_first([a, b], {"sent_id": 3, "evidence": "That operation also killed a commander."})[-1] is b
    True
    """
    if not prev or prev[-1].get("_days_before") != -1 or prev[-1]["sent_id"] >= r["sent_id"] or \
            _NAMES_AN_EVENT.search(str(r.get("evidence") or "")):
        return prev  # "That operation also killed a commander": the event just told, earlier or not
    story: list[dict] = []
    for p in reversed(prev):
        if story and p["sent_id"] != story[-1]["sent_id"]:
            break
        if p.get("_days_before") is None:
            story.append(p)
    return story[::-1] or prev


#: a casualty sentence that tells another event ("in a separate incident", "a similar attack", "last month")
_SEPARATE_OR_EARLIER = re.compile(r"\b(?:separate|similar|another|earlier|previous|last\s+(?:week|month|year)|in\s+(?:January|"
                                  r"February|March|April|May|June|July|August|September|October|November|December))\b", re.I)


def _behind_claims(prev: "_Prev | list[dict]", r: dict) -> dict | None:
    """The event told before the claims of responsibility that end ``prev`` (claims with no toll of their own), when
    it is an attack or strike at most three sentences before ``r``: the event whose casualties ``r`` then tells.

    >>> a = {"event_type": "attack", "sent_id": 0}
    >>> c = {"event_type": "claim", "sent_id": 1, "killed": None, "injured": None}
    >>> _behind_claims([a, c], {"sent_id": 2}) is a, _behind_claims([a], {"sent_id": 2}), _behind_claims([a, c], {"sent_id": 5})
    (True, None, None)
    """
    seen = False
    for p in reversed(prev):
        if p["event_type"] == "claim" and p.get("killed") is None and p.get("injured") is None:
            seen = True
            continue
        ok = seen and p["event_type"] in ("attack", "us_strike", "strike") and r["sent_id"] - p["sent_id"] <= 3
        return p if ok else None
    return None


def _victims_elsewhere_too(r: dict, p: dict) -> bool:
    """Whether a placed casualty row tells victims at another place than the mention before it, which has a toll of its
    own ("At X, they killed six residents. At nearby Y village, they killed two"): each place's attack.

    >>> p = {"place_id": "txt:x@", "killed": 6, "injured": None}
    >>> _victims_elsewhere_too({"place_id": "txt:y@", "killed": 2}, p), _victims_elsewhere_too({"place_id": "txt:x@"}, p)
    (True, False)
    """
    from ..places import places_compatible

    return bool(p["place_id"] and (p["killed"] or p["injured"]) and r["place_id"] != p["place_id"] and
                not places_compatible(r["place_id"], p["place_id"]))


def _retells_toll(lede: dict, r: dict) -> bool:
    """Whether a casualty row far from the lede gives the lede's own death toll again, so that its other figures are
    that event's too.

    >>> _retells_toll({"killed": 15, "injured": None}, {"event_type": "casualty", "killed": 15, "injured": 20})
    True
    >>> _retells_toll({"killed": 15, "injured": None}, {"event_type": "casualty", "killed": 3, "injured": 20})
    False
    """
    return r["event_type"] == "casualty" and _counted(lede.get("killed")) and _counted(r.get("killed")) and \
        int(lede["killed"]) == int(r["killed"]) > 0


def _state_strike(r: dict) -> str | None:
    """The strike type of a toll a state's forces caused by its strikes ("two soldiers dead in Israeli strikes on X"):
    "strike" ("us_strike" for the US side), else None.

    >>> _state_strike({"actor_id": "israel", "evidence": "Two guards died in Israeli strikes on the depot."})
    'strike'
    >>> _state_strike({"actor_id": "israel", "evidence": "Two guards died in a bombing."}) is None
    True
    """
    aid = str(r.get("actor_id") or "")
    row = actors_gazetteer().rows.get(aid) if aid else None
    if row is None or row["type"] not in STATE_TYPES or not _STRIKES_WORD.search(str(r["evidence"])):
        return None
    return "us_strike" if row["side"] in US_SIDES else "strike"


#: care of victims already told, named as the wounded: "Two wounded soldiers were treated on site", "three of the
#: injured were flown to a hospital"
_CARE_OF_WOUNDED = re.compile(r"\b(?:wounded|injured)\s+(?:[\w.-]+\s+){0,3}?(?:were|was|had\s+been|have\s+been|are|is)\s+"
                              r"(?:later\s+|then\s+|being\s+)?(?:treated|evacuated|taken|flown|transported|airlifted|"
                              r"transferred|moved|released|discharged|hospitali[sz]ed)\b", re.I)


def _care_of_told(r: dict, p: dict, done: list[dict]) -> bool:
    """Whether a sentence of injured only tells the care of victims an earlier event of the article left ("Two wounded
    soldiers were treated on site"), while the mention just before has no injured of its own (a strike told since):
    no toll for that mention.

    >>> r = {"injured": 2, "killed": None, "evidence": "Two wounded guards were treated on site."}
    >>> _care_of_told(r, {"injured": None}, [{"injured": 6}, {"injured": None}])
    True
    >>> _care_of_told(r, {"injured": None}, [{"injured": None}])
    False
    """
    n = r["injured"]
    if not _counted(n) or _counted(r["killed"]) or _counted(p["injured"]) or not _CARE_OF_WOUNDED.search(str(r["evidence"])):
        return False
    return any(q is not p and _counted(q["injured"]) and int(q["injured"]) >= int(n) for q in done)


def _after_summary(r: dict, prev: "_Prev", last: dict | None) -> bool:
    """Whether a sentence of casualties only follows right after a summary of many attacks, with the last incident told
    further back ("Attacks have been frequent since a strike killed X at the airport. That operation also killed Y."):
    its toll is the summary's event's, not that incident's.

    >>> r, p = {"sent_id": 5, "killed": 1, "injured": None}, {"sent_id": 2}
    >>> _after_summary(r, [p], {"sent_id": 4, "scope": "aggregate"}), _after_summary(r, [p], {"sent_id": 2, "scope": "incident"})
    (True, False)
    """
    return bool(prev) and last is not None and last["scope"] != "incident" and \
        prev[-1]["sent_id"] < last["sent_id"] == r["sent_id"] - 1 and any(r[c] for c in ("killed", "injured"))


def _zeros_to_joint(prev: "_Prev", r: dict) -> bool:
    """Give a sentence's "no casualties" to every attack told in the sentence before when it tells several, none with
    casualties of its own ("Mortars hit the zone and rockets struck a base, a day after a strike killed X. No
    casualties were reported."): not to the strike told last as background; False (nothing done) otherwise.

    >>> a, b = ({"event_type": "attack", "sent_id": 3, "killed": None, "injured": None, "qualifiers": "",
    ...          "qualifier": "", "actor_id": "", "place_id": "x", "evidence_end": 9} for _ in range(2))
    >>> s = {"event_type": "us_strike", "sent_id": 3, "killed": 2, "injured": None}
    >>> r = {"killed": 0, "injured": 0, "evidence": "No casualties were reported.", "killed_who": "", "injured_who": "",
    ...      "clause_start": 0, "sent_start": 0, "clause_end": 28, "qualifiers": "", "actor_id": "", "place_id": "",
    ...      "evidence_end": 28, "qualifier": "", "event_type": "casualty"}
    >>> _zeros_to_joint([a, b, s], r), a["killed"], b["injured"], s["injured"]
    (True, 0, 0, None)
    """
    if any(r[c] for c in ("killed", "injured")):
        return False
    sent: list[dict] = []
    for p in reversed(prev):  # the mentions of the last sentence told, read back only that far
        if sent and p["sent_id"] != sent[0]["sent_id"]:
            break
        sent.append(p)
    attacks = [p for p in sent if p["event_type"] == "attack" and p["killed"] is None and p["injured"] is None]
    if len(sent) < 2 or not attacks or len(attacks) < 2 and sent[0]["event_type"] == "attack":
        return False  # one attack, or the attack told last: the mention before takes it as before
    for p in attacks:
        _complete_previous(p, r)
    return True


#: a toll told "in the strikes": the state's strike the article told, not an attack by anyone else
_IN_THE_STRIKES = re.compile(r"\b(?:in|by|during)\s+(?:the|these|those|its)\s+(?:[\w-]+\s+)?(?:air\s*)?(?:strikes?|airstrikes?|"
                             r"raids?|bombings?|bombardment)\b|\b(?:in|by|during)\s+(?:the|these|those)\s+air\s+attacks?\b", re.I)


#: victims told "in the attack on the headquarters (positions, bases) of" a group: where a strike hits an armed group
_IN_THE_ATTACK_ON_GROUP = re.compile(r"\b(?:in|during|by)\s+the\s+(?:\w+\s+)?attack\s+on\s+(?:the\s+)?(?:[\w-]+\s+)?"
                                     r"(?:headquarters|positions?|bases?|camps?|offices?|depots?|compound)\s+of\b", re.I)


def _toll_of_strike(r: dict, done: list[dict]) -> None:
    """Make a casualty clause told "in the strikes" the toll of the state's strike the article told last.

    >>> r = {"event_type": "attack", "evidence": "Five fighters were killed in the strikes.", "actor_id": ""}
    >>> s = {"scope": "incident", "event_type": "us_strike", "actor_id": "united_states", "actor": "United States",
    ...      "actor_attribution": "", "attribution": ""}
    >>> _toll_of_strike(r, [s]); r["event_type"], r["actor_id"]
    ('us_strike', 'united_states')
    """
    strikes = [p for p in done if p["scope"] == "incident" and p["event_type"] in ("us_strike", "strike")]
    last = [p for p in done if p["scope"] == "incident"][-1:]
    on_group = bool(last) and last[0] is strikes[-1] and _IN_THE_ATTACK_ON_GROUP.search(str(r["evidence"])) \
        if strikes else False  # "four fighters were killed in the attack on the headquarters of X", the strike just told
    if strikes and not r["actor_id"] and (_IN_THE_STRIKES.search(str(r["evidence"])) or on_group):
        r["event_type"] = strikes[-1]["event_type"]
        r.update({k: strikes[-1][k] for k in ("actor_id", "actor", "actor_attribution", "attribution")})
_STRIKES_WORD = re.compile(r"\b(?:air\s*)?strikes?\b", re.I)


def _own_clause(r: dict) -> str:
    """The text of a mention's own clause (its whole evidence when the offsets are not given).

    >>> _own_clause({"evidence": "Jets struck, after a drone attack.", "sent_start": 0, "clause_start": 13, "clause_end": 34})
    'after a drone attack.'
    """
    if r.get("clause_start") is None or r.get("sent_start") is None:
        return str(r["evidence"])
    return str(r["evidence"])[r["clause_start"] - r["sent_start"]:r["clause_end"] - r["sent_start"]]


def _own_event(r: dict) -> bool:
    """Whether a casualty sentence the mention before could not take tells an event of its own: it names a weapon or
    an attacker and does not open on the event just told ("A bomb wounded a civilian", "Gunmen killed a soldier",
    "The guerrilla group killed 11 soldiers"; not "The blast also killed two"), or it is the second predicate of
    attackers who open the sentence ("Gunmen stormed a house ... and killed him")."""
    clause = _own_clause(r)
    if ALSO_IN_TOLD.search(clause):
        return False  # "More than 40 service members were also injured in the attack": the attack just told
    return bool(r["weapon"] or r["actor_id"] or re.search(r"\b(?:gunmen|bombers?|assailants|attackers|bombs?|blasts?|"
                                                         r"explosions?|grenades?)\b", clause, re.I)) \
        and (not DEFINITE_START.match(clause) or bool(r["actor_id"] and _DEFINITE_ATTACKERS.match(clause))) or \
        bool(_AND_PREDICATE.match(clause) and _ATTACKERS_OPEN.match(str(r["evidence"])))


#: a definite subject that is the attackers, not the event just told ("The country's second-largest guerrilla group
#: killed 11 soldiers"; not "The blast also killed two")
_DEFINITE_ATTACKERS = re.compile(r"^\W*(?:the|its|their)\s+(?:[\w'’-]+\s+){0,3}?(?:group|militants|gunmen|rebels|"
                                 r"guerrillas|insurgents|jihadists|bandits|attackers|assailants|fighters)\s+(?:also\s+)?"
                                 r"(?:killed|shot|gunned|executed|murdered|massacred)\b", re.I)
#: attackers as the subject that opens a sentence ("Gunmen ...", "Unknown assailants ...")
_ATTACKERS_OPEN = re.compile(r"^\W*(?:(?:unknown|armed|masked|unidentified)\s+)?(?:gunmen|assailants|attackers|militants|"
                             r"insurgents)\b", re.I)


def _own_casualties(r: dict) -> bool:
    """A casualty mention with a figure of its own and its own weapon or attacker (see ``_own_event``)."""
    return r["event_type"] == "casualty" and bool(r["killed"] or r["injured"]) and _own_event(r)


_ALSO = re.compile(r"\b(?:also|too)\b", re.I)
#: a verb of saying or confirming after "also": the source that also gives the toll, not more victims
_SAYS_AFTER = re.compile(r"\s+(?:said|says|confirmed|confirms|reported|reports|told|noted|stated|announced|put|gave|cited|"
                         r"mentioned|acknowledged|listed|counted)\b", re.I)


def _other_day(r: dict, p: dict) -> bool:
    """Whether a mention's own sentence gives it a day other than the day of the mention before (another event).

    >>> _other_day({"date_precision": "day", "date_source": "sentence", "date": "2020-01-03"}, {"date": "2020-12-20"})
    True
    """
    return r["date_precision"] == "day" and r["date_source"] == "sentence" and bool(p["date"]) and \
        r["date"] != p["date"]


def _dead_weeks_apart(r: dict, p: dict) -> bool:
    """Whether a toll's own sentence dates it more than a month from the day of the mention before, and says nothing of
    wounds or injuries that the dead might have died of later: the dead of another event, not that mention's toll.

    >>> p = {"date": "2023-10-07", "date_precision": "day"}
    >>> r = {"date_precision": "day", "date_source": "sentence", "date": "2024-01-11", "evidence": "Two divers died on Jan. 11."}
    >>> _dead_weeks_apart(r, p), _dead_weeks_apart({**r, "evidence": "Two died of their wounds on Jan. 11."}, p)
    (True, False)
    """
    if not _other_day(r, p) or p.get("date_precision") != "day" or _WOUNDS_WORD.search(str(r["evidence"])):
        return False
    try:
        return abs((date.fromisoformat(r["date"]) - date.fromisoformat(p["date"])).days) > 30
    except ValueError:  # "XXXX-01-11": no year to compare
        return False


_WOUNDS_WORD = re.compile(r"\b(?:wound|injur|hurt|succumb)", re.I)


#: casualties of many attacks told together: "in those attacks", "during these attacks" (not "in the strikes": the one told)
_IN_THOSE_ATTACKS = re.compile(r"\b(?:in|during|from)\s+(?:those|these|such|all\s+(?:the|those|these))\s+(?:[\w-]+\s+)?"
                               r"(?:attacks|incidents)\b", re.I)


#: more victims or a part of them, not another count of the same toll ("also", "another three", "two of them")
_MORE_VICTIMS = re.compile(r"\b(?:also|another|other|others|more|further|additional|among|of\s+them|including|earlier|"
                           r"initially|first)\b", re.I)


def _account_of(r: dict, p: dict) -> None:
    """Make a casualty row another account of the mention ``p`` it counts again: its kind of event, weapon and actor.

    >>> r = {"event_type": "casualty", "weapon": "", "weapons": "", "actor_id": "", "actor": ""}
    >>> _account_of(r, {"event_type": "strike", "weapon": "drones", "weapons": "drones", "actor_id": "turkey",
    ...                 "actor": "Turkey"}); r["event_type"], r["weapon"], r["actor_id"]
    ('strike', 'drones', 'turkey')
    """
    r["event_type"] = p["event_type"]
    for k in ("weapon", "weapons", "actor_id", "actor"):
        if not r.get(k) and p.get(k):
            r[k] = p[k]


def _another_count(p: dict, r: dict) -> bool:
    """Whether a casualty sentence gives, from a source of its own, a larger count of a toll the mention before already
    has: another account of the same victims (tolls are revised upwards), not more victims.

    >>> p = {"killed": None, "injured": 5}
    >>> _another_count(p, {"killed": 8, "injured": 23, "evidence": "A monitor said eight were killed and 23 wounded."})
    True
    >>> _another_count(p, {"killed": None, "injured": 3, "evidence": "Three more were wounded, police said."})
    False
    """
    ev = str(r["evidence"])
    if not source_toll(ev) or _MORE_VICTIMS.search(ev):
        return False  # (the form the merge reads as an account of the event told, ``retell._source_toll``)
    return any(r[c] is not None and p[c] is not None and int(r[c]) > int(p[c]) for c in ("killed", "injured"))


def _complete_previous(p: dict, r: dict) -> bool:
    """Give casualties or a perpetrator stated in a sentence of their own to the mention before; True if used.

    A death that a rite or a date marks ("mourners commemorating the killing of X") is no victim of that mention:

    >>> p = {"event_type": "attack", "killed": None}
    >>> _complete_previous(p, {"evidence": "Crowds were commemorating the killing of a saint centuries ago."})
    False
    """
    ev = str(r["evidence"])
    if p["event_type"] not in ("attack", "us_strike", "strike", "interception") or _EARLIER_FIGURE.search(ev) or \
            ("commemorat" in ev or "anniversary" in ev or "mark" in ev) and _MARKED_DEATH.search(ev):
        return False  # "The officer said earlier that four were hurt": a figure since revised, no victims to add
    used = False
    also = _ALSO_HIT.match(str(r["evidence"])) or _ALSO_HIT.search(str(r["evidence"]))
    verb = "" if also is None else also.group("c") or also.group("c2") or also.group("c3") or ""  # "Another N were hurt"
    also_role = "" if also is None else "killed" if re.match(r"kill|dead", verb, re.I) else "injured"
    own_clause = _own_clause(r)
    alsos = [bool(_SAYS_AFTER.match(own_clause, m.end())) for m in _ALSO.finditer(own_clause)]
    any_also, said_also = not all(alsos), any(alsos)  # "also said three contractors were killed": more victims, unless
    # the figure is the toll told ("The ministry also confirmed the two deaths": a source retelling it)
    for c in ("killed", "injured"):
        if p["event_type"] == "us_strike" and "us_coalition" in str(r[f"{c}_who"]).split(";"):
            continue  # "56 U.S. service members have suffered wounds" after a US strike: not the strike's victims
        if r[c] is not None and p[c] is None and _part_of_vague(p, c, int(r[c])):
            used = True  # "Six were flown to a hospital" after "dozens were hurt": the event's, no toll of its own
        elif r[c] is not None and p[c] is None:
            p[c], p[f"{c}_who"] = r[c], r[f"{c}_who"]
            marks = [q for q in str(r["qualifiers"]).split(";") if q.startswith(c + "=") and
                     q not in str(p["qualifiers"]).split(";")]  # "initial" (a first account's figure), "at_least" ("one
            if marks:  # of the Americans was wounded": a part of a toll told elsewhere) go with the count
                p["qualifiers"] = ";".join(x for x in (p["qualifiers"], *marks) if x)
            used = True
        elif r[c] and p[c] and (c == also_role or any_also or said_also and int(r[c]) != int(p[c])):
            p[c] = int(p[c]) + int(r[c])  # "Also killed is X", "It also killed a shepherd": more victims
            used = True
        elif r[c] and p[c] and int(r[c]) > int(p[c]) and f"{c}=at_least" in str(p["qualifiers"]).split(";") and \
                f"{c}=at_least" not in str(r["qualifiers"]).split(";"):
            p[c] = int(r[c])  # "one of the Americans was seriously wounded", then "seven were injured": the whole toll
            p["qualifiers"] = ";".join(q for q in str(p["qualifiers"]).split(";") if q and q != f"{c}=at_least")
            used = True
        vague = [q for q in str(r["qualifiers"]).split(";") if q.startswith(c + "=")]
        if r[c] is None and p[c] is None and vague and not any(q.startswith(c + "=") for q in p["qualifiers"].split(";")):
            p["qualifiers"] = ";".join(x for x in (p["qualifiers"], vague[0]) if x)  # "Several were wounded": kept
            used = True
    if r["actor_id"] and not p["actor_id"] and p["event_type"] == "attack":
        p.update({k: r[k] for k in ("actor_id", "actor", "actor_attribution", "attribution", "attributed_by")})
        used = True
    if used and r["place_id"] and (not p["place_id"] or p["place_id"] in ancestors(r["place_id"])):
        _take_place(p, r)  # "The killing of three Americans at Tower 22": the site of the attack just told
        p["place_text"], p["place_source"] = r["place_text"], "sentence"
    if used:
        p["evidence_end"] = max(p["evidence_end"], r["evidence_end"])
        p["qualifier"] = "; ".join(x for x in (p["qualifier"], r["qualifier"]) if x)
    return used or r["event_type"] == "responsibility"


def _part_of_vague(p: dict, field: str, n: int) -> bool:
    """Whether a count is smaller than the vague total the mention before gives: a part of it ("dozens of guards were
    hurt ... Six guards who suffered wounds were flown to a hospital"), not the toll.

    >>> _part_of_vague({"qualifiers": "injured=dozens"}, "injured", 8), _part_of_vague({"qualifiers": ""}, "injured", 8)
    (True, False)
    """
    return any(q.startswith(field + "=") and VAGUE_FLOOR.get(q.split("=", 1)[1], 0) > n
               for q in str(p["qualifiers"]).split(";"))


#: a figure the source gave before the one just told ("The officer said earlier that four were hurt")
_EARLIER_FIGURE = re.compile(EARLIER_FIGURE, re.I)
#: a death that a rite or a date marks: "rituals commemorating the killing of X", "marking the anniversary of the death of"
_MARKED_DEATH = re.compile(r"\b(?:commemorat\w*|anniversary\s+of|mark(?:s|ed|ing)?)\s+(?:[\w’'-]+\s+){0,3}?"
                           r"(?:killing|death|assassination|martyrdom|murder)\b", re.I)
#: a sentence that adds victims to the event just told: "Also killed is X", "X was also wounded"
_ALSO_HIT = re.compile(r"^\W*also\s+(?P<c>killed|dead|wounded|injured)\b|\b(?:was|were)\s+also\s+(?P<c2>killed|wounded|"
                       r"injured)\b|^\W*another\s+(?:[\w-]+\s+){1,3}?(?:were|was|had\s+been)\s+"
                       r"(?P<c3>wounded|injured|hurt|killed)\b",
                       re.I)  # "Another 20 bystanders were hurt" after "killing two and wounding three": 23 wounded
_SEPARATE = SEPARATE


def _same_story(r: dict, p: dict) -> bool:
    """Whether a mention without a place continues the story of an earlier one (same time, family, country and
    weapon family; not "Separately, ...")."""
    return _same_time(r, p) and _family(r["event_type"]) == _family(p["event_type"]) and \
        not (r["country"] and p["country"] and r["country"] != p["country"]) and \
        weapons_compatible(r["weapon"], p["weapon"]) and not _SEPARATE.match(r["evidence"])


def _same_time(r: dict, p: dict) -> bool:
    """Whether a mention can belong to the same story as an earlier one (no date, or the same date)."""
    own = r["date_text"] or r["date"]
    return not own or own in (p["date_text"], p["date"]) or not (p["date_text"] or p["date"])


def _take_place(r: dict, p: dict) -> None:
    """Copy the place of an earlier mention (``place_source = inherited``); not to one told in two countries."""
    if not p["place_id"] or r["place_source"] == SEVERAL_COUNTRIES:
        return
    for k in ("place_id", "place", "place_type", "place_score", "place_method", "town", "district", "admin1",
              "country", "latitude", "longitude", "geo_precision"):
        r[k] = p[k]
    r["place_text"], r["place_source"] = "", "inherited"


from ..prefilter import guard_patterns  # noqa: E402  (after every expression of the module is defined)

guard_patterns(globals())
