"""Merging incident mentions across sentences and outlets, with consensus values and conflicts kept.

Same incident = same event family (strikes by states vs. attacks, claims and interceptions vs.
threats), compatible place (the same, one inside the other below country level, or two sites of one
town or district), dates at most one day apart and compatible weapon families. A mention without a
place, or whose place only contains the incident's site (a country, a province), joins only through a
matching count, a precise date, or another mention of the same article (one article tells one story;
its background incidents have dates of their own that keep them apart). Within one article: a claim of "the
attack" joins it whatever day the claim was made; two clauses of one sentence on the same site and day are one
event; a city named like its province may stand for the province; an event the article tells as earlier than its
story (``EARLIER_THAN_TOLD``, ``RELATIVE_TO_TOLD``) joins only by place, count or date, and never the story it
precedes. A mention dated only by the day of the
statement reporting it ("officials said on Monday") may join the article's event up to a week before that day; a
source's account of the event told ("X stated that the strikes had killed ...") or another source's account in the
next sentence joins it with other figures (kept as conflicts), a loose place or another name for the event; a figure
one article gives that an incident's own contradicts counts against joining it when another incident fits. An
article that gives casualties for exactly two incidents of its own, with one toll (both figures, or one figure the
later sentence retells through its source), tells its lead and the lead's detail: they are joined whatever their places.
An article's first toll told for several events ("killed in two attacks") that the later incidents' own figures add up
to is their total: the parts keep the figures and the lead gives up those it totals.

**Blocking.** A mention is compared only with the incidents in its block: those registered under the
days of its date (an incident with a short date interval is registered under each of its days,
plus one day either side), or, for a mention with a wide interval, under its place (and the places
containing it) and the months of its interval, or under one of its counts. Each comparison costs
constant time (an incident keeps running summaries of its mentions), so the merge is linear in the
number of mentions times the size of their blocks.

**Undated articles.** Their mentions are first linked by place, weapon and counts to incidents that
dated outlets report; the article's publication window is inferred from those links
(``infer_publication_window`` when ``articles`` has a ``text`` column, else [latest linked day,
+3 days]), its relative dates re-resolved, and the inference recorded (``date_inference``).
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from datetime import date, timedelta
from functools import lru_cache
from typing import Callable

import numpy as np
import pandas as pd
try:
    from pandas.core.dtypes.cast import maybe_box_native  # what ``DataFrame.to_dict`` makes of an object cell
except ImportError:  # pragma: no cover - another pandas: ``_records`` leaves the rows to ``to_dict``
    maybe_box_native = None

from ..text.checks import require_frame
from .actors import actors_gazetteer
from .gazetteer import match_key
from .mention_places import SEVERAL_COUNTRIES, joined_names
from .places import ancestors, places_compatible, places_gazetteer, register_text_places, specificity
from .counts import count_rows
from .roles import ALSO_IN_TOLD, both_dead_told, rising_toll
from .vocabulary import vocabulary, weapons_in
from .timex import infer_publication_window
from .timex.lexicon import PLAUSIBLE_YEARS
from .timex.mentions import date_records

__all__ = ["merge_incidents", "resolve_undated", "counts_compatible", "weapons_compatible", "INCIDENT_COLUMNS",
           "CONFLICT_COLUMNS", "SITE_TYPES"]

INCIDENT_COLUMNS = [
    "incident_id", "event_type", "event_types", "event_subtype", "weapon", "place_id", "place", "town", "district",
    "country", "admin1", "latitude", "longitude", "geo_precision", "date", "date_precision", "earliest", "latest",
    "date_basis", "n_fired", "n_hit", "n_intercepted", "n_claimed", "killed", "injured", "killed_who", "injured_who",
    "actor_id", "actor", "actor_attribution", "attribution", "actors", "target", "n_mentions", "n_sources", "doc_ids",
    "sources", "mention_ids", "conflicts", "date_inference", "evidence",
]
#: Columns ``merge_incidents`` needs in ``mentions`` (``incident_mentions`` gives them all).
MERGE_INPUT = ["doc_id", "mention_id", "scope", "event_type", "place_id", "date", "date_precision", "earliest", "latest"]
CONFLICT_COLUMNS = ["incident_id", "field", "n_values", "values", "consensus", "place", "date"]
SITE_TYPES = frozenset({"air base", "airport", "embassy", "consulate", "oil field", "gas field", "military base",
                        "district", "border crossing", "dam"})
COUNT_FIELDS = ["n_fired", "n_hit", "n_intercepted", "n_claimed", "killed", "injured"]
_COMPATIBLE_FAMILIES = {frozenset({"rocket", "missile"}), frozenset({"ballistic", "missile"}), frozenset({"air", "drone"}),
                        frozenset({"rocket", "mortar"}), frozenset({"ied", "bomb"}), frozenset({"artillery", "mortar"}),
                        frozenset({"artillery", "rocket"}), frozenset({"suicide", "bomb"}),  # "a suicide car bomb"
                        frozenset({"suicide", "ied"}),  # "the bomber then detonated his explosives"
                        frozenset({"air", "missile"}), frozenset({"air", "ballistic"})}  # "a Russian strike" is the
# "Russian missile strike" told again: a strike named without its means reads as an air strike
_SHORT = 45  # days: incidents with a shorter date interval are blocked by day


#: readings of a mention's sentence by the module's expressions: (id of the expression, how, text) -> (the expression,
#: match or None); the expression is held so that its id cannot be another's while the reading is remembered
_READ: dict[tuple[int, str, str], tuple[re.Pattern, re.Match | None]] = {}
_READ_MAX = 1 << 16  # a bound on memory; a merge reads each sentence against a block of incidents, then moves on


def _read(rx: re.Pattern, how: str, text: str) -> re.Match | None:
    """``rx.search(text)`` (``how`` "s") or ``rx.match(text)`` ("m"), remembered per text: a merge puts each mention to
    every incident of its block, and its sentence reads the same each time. ``rx``: one of the module's constants.

    >>> _read(SEPARATE, "m", "Separately, a bomb went off.").group(), _read(SEPARATE, "s", "It went off separately.")
    ('Separately', None)
    """
    key = (id(rx), how, text)
    try:
        return _READ[key][1]
    except KeyError:
        if len(_READ) >= _READ_MAX:
            _READ.clear()
        hit = rx.search(text) if how == "s" else rx.match(text)
        _READ[key] = (rx, hit)
        return hit


#: ``places_compatible`` of the place pairs a merge compares, remembered for that merge (after its places are registered)
_FITS: dict[tuple, bool] = {}


def _places_fit(a: str, b: str) -> bool:
    """``places_compatible(a, b)``, remembered within a merge: one mention's place is put to every incident of its block.

    >>> _places_fit("erbil_airport", "us_consulate_erbil"), _places_fit("ain_al_asad", "erbil")
    (True, False)
    """
    return _pair_fit(places_compatible, a, b)


def _searched(rx: re.Pattern, text: str) -> re.Match | None:
    """``rx.search(text)``, remembered (``_read``).

    >>> _searched(SEPARATE, "In a separate raid, ...").group()
    'In a separate'
    """
    return _read(rx, "s", text)


def _opens(rx: re.Pattern, text: str) -> re.Match | None:
    """``rx.match(text)``, remembered (``_read``).

    >>> bool(_opens(SEPARATE, "Meanwhile, ...")), bool(_opens(SEPARATE, "It was, meanwhile, ..."))
    (True, False)
    """
    return _read(rx, "m", text)


def weapons_compatible(a: str, b: str) -> bool:
    """Whether two weapon labels (';'-joined lists) can describe the same attack (same or related family).

    >>> weapons_compatible("Grad/Katyusha", "rockets"), weapons_compatible("drones", "rockets")
    (True, False)
    """
    if not a or not b:
        return True
    v = vocabulary()
    fa = {v.family(w) for w in str(a).split(";")}
    fb = {v.family(w) for w in str(b).split(";")}
    return bool(fa & fb) or any(frozenset({x, y}) in _COMPATIBLE_FAMILIES for x in fa for y in fb)


def _count_range(value: int, qualifier: str) -> tuple[float, float]:
    """Interval a reported count stands for, given its qualifier ("at least 14" -> [14, inf)); a first account's
    figure ("preliminary reports said two were wounded") is a floor that later figures may raise.

    >>> _count_range(2, "initial"), _count_range(2, "exact")
    ((2, inf), (2, 2))
    """
    return {"at_least": (value, np.inf), "initial": (value, np.inf), "more_than": (value + 1, np.inf),
            "about": (0.8 * value, 1.2 * value),
            "at_most": (0, value), "less_than": (0, value - 1)}.get(qualifier, (value, value))


def counts_compatible(a: tuple[int, str], b: tuple[int, str]) -> bool:
    """Whether two reported counts (value, qualifier) can be the same number.

    >>> counts_compatible((14, "at_least"), (14, "exact")), counts_compatible((14, "about"), (24, "exact"))
    (True, False)
    """
    ra, rb = _count_range(*a), _count_range(*b)
    return ra[0] <= rb[1] and rb[0] <= ra[1]


def _qualifier(m: dict, field: str) -> str:
    """Qualifier of one count field of a mention ('exact' when none was written)."""
    for part in str(m.get("qualifiers") or "").split(";"):
        if part.startswith(field + "="):
            return part.split("=", 1)[1]
    return "exact"


def _interval(r: dict) -> tuple[date, date] | None:
    """(earliest, latest) of a mention's date, or None when unknown."""
    e, l_ = str(r.get("earliest") or ""), str(r.get("latest") or "")
    if not e or not l_ or e in ("nan", "<NA>"):
        return None
    return date.fromisoformat(e[:10]), date.fromisoformat(l_[:10])


#: ``date_rule`` of a mention dated from the event its article tells ("which came a day after X")
RELATIVE_TO_TOLD = "relative to the event told"
#: ``date_rule`` of a mention its article tells as earlier than its story ("Following ...", "in response to X")
EARLIER_THAN_TOLD = "earlier than the event told"
#: a sentence that sets its event apart from the story around it
SEPARATE = re.compile(r"^\W*(?:separately|in a separate|elsewhere|meanwhile|in another|also on|in other)\b|"
                      # "Airstrikes also hit near X", "Two rockets also landed in Y": more events (not "The strike also")
                      r"^\W*(?!(?:the|this|that|these|those|its|their)\b)(?:[\w-]+\s+){0,3}?(?:air\s*strikes?|strikes|"
                      r"rockets|drones|missiles|shells|bombs|mortars?)\s+also\s+(?:hit|struck|targeted|pounded|landed)\b",
                      re.I)


#: a sentence that itself tells an event as earlier than another ("Rockets hit the base a day after a US strike killed X")
_TOLD_AS_EARLIER = re.compile(r"\b(?:a|an|one|two|three|four|\d+|several|few|just|shortly|hours|days|weeks)\s+"
                              r"(?:(?:days?|hours?|weeks?)\s+)?after\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,3}?"
                              r"(?:strikes?|airstrikes?|attacks?|raids?|killing|assassination)\b", re.I)

#: an opening that sets a sentence's event apart from the one told before it (not "meanwhile", which may go on with it)
_SET_APART = re.compile(r"^\W*(?:separately|in\s+a\s+separate\s+(?:incident|attack)|elsewhere|in\s+another\s+"
                        r"(?:incident|attack))\b", re.I)


#: a sentence that opens on a later day named by its date ("Later on October 19, X launched four missiles"): the next
#: event told
_LATER_ON_DAY = re.compile(r"^\W*later\s+on\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}\b", re.I)


#: a mention the article tells as one more event ("reported another attack in Iraq", "in yet another incident")
_ANOTHER_EVENT = re.compile(r"\b(?:yet\s+)?another,?\s+(?:(?:separate|smaller|larger|deadly|smaller-scale|large-scale|similar|"
                            r"major|drone|rocket|missile|violent|bloody|fatal),?\s+){0,2}(?:attack|incident|instance|episode)\b"
                            r"(?!\s+(?:on|like)\b)|"
                            r"\b(?:attack|ambush|raid)\s+on\s+(?:a\s+|an\s+)?(?:different|separate)\b|"
                            r"\ban?\s+(?:different|separate)\s+(?:[\w-]+\s+){0,2}?(?:attack|ambush|raid|bombing|incident)\b", re.I)
#: (its kind may stand between: "another, smaller-scale attack had taken place on Monday in X", "another separate attack";
#: so do "a separate ambush", "a different roadside bomb attack" and "an attack on a different convoy")


#: a sentence that opens on an earlier hour of the story's day ("Earlier Friday, a Saudi airstrike in the port city of
#: X hit a telecommunication center"): a placed event of that day is one more event, not the story's
_EARLIER_THAT_DAY = re.compile(r"^\W*(?:date\s+\S+\s+)?earlier\s+(?:on\s+)?(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|"
                               r"in\s+the\s+day|that\s+day|today)\b", re.I)


def _before_an_earlier_hour(m: dict, c: "_Cluster") -> bool:
    """Whether a placeless mention would join an incident its article tells only later, as an event of an earlier hour
    of the day ("Earlier Friday, a Saudi airstrike in X hit ...") after the story's lede.

    >>> row = {"doc_id": "a", "sent_id": 0, "sent_start": 0, "event_type": "strike", "place_id": "", "weapon": "",
    ...        "date": "", "date_precision": "", **dict.fromkeys(COUNT_FIELDS), "evidence": "An airstrike hit a prison."}
    >>> c = _Cluster({**row, "sent_id": 4, "sent_start": 90, "place_id": "x", "evidence": "Earlier Friday, jets hit X."})
    >>> _before_an_earlier_hour(row, c), _before_an_earlier_hour({**row, "sent_id": 5}, c)
    (True, False)
    """
    if m["place_id"] or m["doc_id"] not in c.docs:
        return False
    rows = c.told[m["doc_id"]].rows
    return bool(rows) and all(r["place_id"] and _EARLIER_THAT_DAY.match(str(r.get("evidence") or "")) and
                              int(r.get("sent_id") or 0) > int(m.get("sent_id") or 0) for r in rows)


def _told_as_another(m: dict, c: "_Cluster") -> bool:
    """Whether a mention told as "another attack" (or a placed attack told "Earlier Friday, ...") would join an
    incident its article told only in earlier sentences (it is a further event; its own later retellings still join
    it).

    >>> row = {"doc_id": "a", "sent_id": 3, "sent_start": 90, "event_type": "attack", "place_id": "", "weapon": "",
    ...        "date": "", "date_precision": "", **dict.fromkeys(COUNT_FIELDS),
    ...        "evidence": "Officials reported another attack, where a drone was downed."}
    >>> c = _Cluster({**row, "sent_id": 1, "sent_start": 10, "evidence": ""})
    >>> _told_as_another(row, c), _told_as_another({**row, "evidence": "The attack hit the base."}, c)
    (True, False)
    """
    ev = str(m.get("evidence") or "")
    if m["doc_id"] not in c.docs or not (_searched(_ANOTHER_EVENT, ev) or _EARLIER_THAT_DAY.match(ev) and m["place_id"]
                                         and m["event_type"] in ("attack", "strike", "us_strike")):
        return False
    here, told = int(m.get("sent_id") or 0), c.told[m["doc_id"]]
    if told.exact:
        return told.max_sent < here
    return all(int(r.get("sent_id") or 0) < here for r in told.rows)


def _family(event_type: str) -> str:
    """Event family: 'state' for strikes by states, 'threat' for threats, 'militia' for the rest."""
    return "state" if event_type in ("us_strike", "strike") else "threat" if event_type == "threat" else "militia"


#: a claim of an attack the article has told ("claimed responsibility for the attack", "claimed Sunday's strike")
_CLAIM_OF_TOLD = re.compile(r"\b(?:claim(?:ed|ing|s)?\s+(?:(?:the\s+)?(?:responsibility|credit)\s+for\s+)?|t(?:ook|akes?|aking)\s+"
                            r"(?:full\s+)?(?:responsibility|credit)\s+for\s+)(?:the|this|that|"
                            r"\w+day[’']s)\s+(?:[\w-]+\s+){0,2}?(?:attacks?|strikes?|bombings?|assault|operation)\b", re.I)
_STRUCK = re.compile(r"\b(?:had|has|have)\s+been\s+(?:\w+\s+)?(?:struck|hit|bombed|targeted)\b|"
                     r"\b(?:was|were)\s+(?:\w+\s+)?(?:struck|bombed)\b", re.I)
_GROUND_FIRE = frozenset({"missile", "ballistic", "rocket", "artillery", "mortar"})


#: a sentence whose subject is the event told, as a bare definite noun ("The attack occurred ...", "The strike took place
#: ...", not "That attack had hit ...": a demonstrative points at one event of the sentence before)
_THE_EVENT_DID = re.compile(r"^\W*The\s+(?:attack|strike)\s+(?:occurred|took\s+place|happened|came|was\s+carried\s+out)\b")


#: blasts told only as heard, seen or reported ("residents heard loud explosions", "blasts were heard across the city",
#: "witnesses reported two explosions"): whoever fired, the sign of the event the article tells
_HEARD = re.compile(r"\b(?:heard|hearing|hear|reported|reporting|recorded|saw|seen|witnessed|felt)\s+(?:[\w-]+\s+){0,3}?"
                    r"(?:explosions?|blasts?|bangs?|booms?)\b|"
                    r"\b(?:explosions?|blasts?|bangs?|booms?)\s+(?:were|was|could\s+be)\s+(?:heard|reported|seen|felt)\b", re.I)


#: a state's event told only as an attack, by no word of a strike ("The Iranian Attack on Erbil")
_ATTACK_ONLY = re.compile(r"\battacks?\b", re.I)
_STRIKE_WORDS = re.compile(r"\b(?:strikes?|airstrikes?|raids?|bomb\w*|shell\w*|sorties?|jets?|aircraft|warplanes?)\b", re.I)


def _families(m: dict) -> tuple[str, ...]:
    """The families of incidents a mention may join: a 'strike' that names no actor and only ground-launched fire
    ("the missile bombardment", "the shelling") may be a state's strike or the militia attack the article tells.

    >>> _families({"event_type": "strike", "actor_id": "", "weapon": "missiles"})
    ('state', 'militia')
    >>> _families({"event_type": "attack", "actor_id": "", "weapon": "", "evidence": "People said they heard two loud blasts."})
    ('militia', 'state')
    """
    fam = _family(m["event_type"])
    if fam == "state" and m["event_type"] == "strike" and m.get("weapon") and vocabulary().family(str(m["weapon"])) in \
            _GROUND_FIRE and (not str(m.get("actor_id") or "") or _opens(DEFINITE_START, str(m.get("evidence") or ""))):
        return ("state", "militia")  # "The latest rocket fire comes as Iran ...": the fire told, whoever is named
    if m["event_type"] == "attack" and not str(m.get("actor_id") or "") and not m.get("weapon") and (
            _searched(_STRUCK, str(m.get("evidence") or "")) or _account_of_told(m, _STRIKE_NOUN) or
            _searched(_HEARD, str(m.get("evidence") or ""))):
        return ("militia", "state")  # "its headquarters had been struck": the target's side of someone's strike;
        # "the official said the strikes hit an area": a source's account of the strikes told; "blasts were heard"
    if m["event_type"] == "interception" and m.get("weapon") and vocabulary().family(str(m["weapon"])) in _GROUND_FIRE \
            or m["event_type"] in ("attack", "strike") and not str(m.get("actor_id") or "") \
            and _opens(_THE_EVENT_DID, str(m.get("evidence") or "")):
        return ("militia", "state")  # "air defences intercepted some of the missiles": a state's or a militia's; "The
        # attack occurred at dawn" after a state's strike, "The strike took place in ..." after a militia's drone attack
    government = actors_gazetteer().rows.get(str(m.get("actor_id") or ""), {}).get("type") == "government"
    if m["event_type"] == "attack" and government:
        return ("militia", "state")  # "the base targeted by Iran": a government's attack is its strike told again
    ev = str(m.get("evidence") or "")
    if m["event_type"] == "strike" and government and not m.get("weapon") and \
            not ev.rstrip().endswith((".", "!", "?", '"', "”")) and _searched(_ATTACK_ONLY, ev) and \
            not _searched(_STRIKE_WORDS, ev):  # told in a heading (no final stop), as an attack only
        return ("state", "militia")  # a heading, "The Iranian Attack on Erbil": the missiles the account then tells
    return (fam,)


class _Told:
    """One article's mentions of an incident, with what the comparisons ask of them kept as they are added (constant
    time per comparison however many mentions the article gives the incident; ``exact`` False: a value could not be
    read as a number, and the tests read the rows themselves, as before).

    >>> t = _Told(); t.add({"sent_id": 4, "sent_start": 90, "date_source": "sentence", "place_text": "Erbil",
    ...     "evidence": "A drone hit Erbil.", "date_rule": "", "killed": 2, "injured": None})
    >>> t.max_sent, t.min_start, t.n_not_sentence, t.toll, list(t.place_texts)
    (4, 90, 0, True, ['Erbil'])
    """

    __slots__ = ("rows", "exact", "max_sent", "min_start", "n_not_sentence", "n_earlier_rule", "toll", "place_texts",
                 "evidence", "direction")

    def __init__(self) -> None:
        """No mention yet."""
        self.rows: list[dict] = []
        self.exact = True
        self.max_sent: int | None = None
        self.min_start: int | None = None
        self.n_not_sentence = self.n_earlier_rule = 0
        self.toll = self.direction = False  # a figure of victims; a place told as a direction's point
        self.place_texts: dict[str, None] = {}  # distinct place texts, in order
        self.evidence: dict[str, None] = {}  # distinct sentences, in order

    def add(self, r: dict) -> None:
        """Add one mention of the article."""
        self.rows.append(r)
        pt, ev = str(r.get("place_text") or ""), str(r.get("evidence") or "")
        self.place_texts[pt] = None
        self.evidence[ev] = None
        self.direction = self.direction or _named_in(pt, ev, True)
        self.n_not_sentence += r.get("date_source") != "sentence"
        self.n_earlier_rule += r.get("date_rule") == EARLIER_THAN_TOLD
        self.toll = self.toll or any(_present(r[f]) and int(r[f]) > 0 for f in ("killed", "injured"))
        try:
            sent, start = int(r.get("sent_id") or 0), int(r["sent_start"])
        except (KeyError, TypeError, ValueError):
            self.exact = False
            return
        self.max_sent = sent if self.max_sent is None else max(self.max_sent, sent)
        self.min_start = start if self.min_start is None else min(self.min_start, start)


class _Cluster:
    """Mentions believed to report one incident, with running summaries for constant-time scoring."""

    def __init__(self, m: dict) -> None:
        """Start an incident from its first mention."""
        self.rows: list[dict] = []
        self.family = _family(m["event_type"])  # the family it starts; ``_families``: those it may join
        self.place_ids: Counter[str] = Counter()  # place -> mentions naming it (constant-time look-ups)
        self.locators: set[str] = set()  # places only told as locators ("60 km north of Baghdad")
        self.weapons: dict[str, None] = {}  # distinct weapons in the order first told
        self.counts: dict[str, dict[tuple[int, str], None]] = defaultdict(dict)  # distinct (count, qualifier)
        self.victims: dict[tuple[str, str], list[tuple[int, str]]] = defaultdict(list)  # (doc, field): casualties > 0
        self.days: set[str] = set()
        self.partial: set[str] = set()  # days or months without a year ("XXXX-11-17", an undated article's "November 17")
        self.precise: tuple[date, date] | None = None
        self.any_iv: tuple[date, date] | None = None
        self.stated: tuple[date, date] | None = None  # days of the statements its mentions are dated by
        self._place: str | None = None
        self.idx = -1
        self.docs: set[str] = set()
        self.sents: set[tuple[str, str]] = set()
        self.separate = bool(SEPARATE.match(str(m.get("evidence") or "")))  # "In other violence, ..." opens it
        self.earlier: set[tuple[str, str]] = set()  # (doc, day) of mentions an article dates "a day before" its story
        self.n_earlier = 0
        self.recalled: Counter[str] = Counter()  # article -> its mentions told as recalled ("previously", "earlier in 2018")
        self.told: dict[str, _Told] = {}  # doc -> its mentions of the incident
        self.n_claims = self.n_locators = 0  # mentions that are claims; placed only by a locator
        self.weapon_key: tuple[str, ...] = ()  # its weapons, as a key of remembered tests
        self.day_span: tuple[date, date] | None = None  # first and last of its days written in full
        self.add(m)

    def add(self, m: dict) -> None:
        """Add a mention and update the summaries."""
        self.rows.append(m)
        self.docs.add(m["doc_id"])
        told = self.told.get(m["doc_id"])
        if told is None:
            told = self.told[m["doc_id"]] = _Told()
        told.add(m)
        self.n_claims += m["event_type"] == "claim"
        self.n_locators += m.get("place_source") == "locator"
        if _recalls(m):
            self.recalled[m["doc_id"]] += 1
        self.sents.add((m["doc_id"], str(m.get("sent_id", ""))))
        if m["place_id"]:
            self.place_ids[m["place_id"]] += 1
            self._place = None
            if m.get("place_source") == "locator" or _named_in(str(m.get("place_text") or ""),
                                                                str(m.get("evidence") or ""), True):
                self.locators.add(m["place_id"])  # "exploded west of Mosul": a point to find the site from
        if m["weapon"]:
            if m["weapon"] not in self.weapons:
                self.weapons[m["weapon"]] = None
                self.weapon_key = tuple(self.weapons)
        for f in COUNT_FIELDS:
            if _present(m[f]):
                self.counts[f][int(m[f]), _qualifier(m, f)] = None
                if f in ("killed", "injured") and int(m[f]) > 0 and len(self.victims[m["doc_id"], f]) < 8:
                    self.victims[m["doc_id"], f].append((int(m[f]), _qualifier(m, f)))
        own = m.get("date_source", "sentence") in ("sentence", "") and m["event_type"] != "claim"
        # not a statement's, the page's (dateline or stamp) or the story's day, nor the day a group claimed the attack
        if m["date_precision"] == "day" and m["date"] and own:
            self.days.add(m["date"])
            self.day_span = _span_with(self.day_span, m["date"])
        if str(m["date"]).startswith("XXXX-") and len(str(m["date"])) in (7, 10):
            self.partial.add(str(m["date"]))
        if m.get("date_rule") == RELATIVE_TO_TOLD:
            self.earlier.add((m["doc_id"], str(m["date"])))
            self.n_earlier += 1
        iv = _interval(m)
        if iv and _stated_day(m):  # the day a statement was made bounds the event's day from above only
            self.stated = _union(self.stated, iv)
        elif iv:
            self.any_iv = _union(self.any_iv, iv)
            if m["date_precision"] in ("day", "month", "year", "week") and own:
                self.precise = _union(self.precise, iv)

    @property
    def place_id(self) -> str:
        """The most specific place its mentions name (sites before areas, then the most frequent)."""
        if self._place is None:
            ids = self.place_ids
            kind = lambda p: places_gazetteer().row(p)["type"]  # noqa: E731
            own = self.locators and any(q not in self.locators and kind(q) not in ("country", "region", "province")
                                        for q in ids)  # a finer place of its own beside a locator
            holders = {a for q in ids for a in ancestors(q)}  # "Dourat al-Hamam, eastern Mosul": not Mosul
            first = {p: i for i, p in enumerate(ids)}  # the order the mentions first named them: the lead's place first
            self._place = sorted(ids, key=lambda p: (bool(own) and p in self.locators, p in holders, specificity(p),
                                                          kind(p) not in SITE_TYPES, kind(p) != "village", -ids[p], first[p])
                                 )[0] if ids else ""  # a village beside the town the text also names: the village
        return self._place

    def interval(self) -> tuple[date, date] | None:
        """Date interval of the incident (precise mentions first, a statement's day last)."""
        return self.precise or self.any_iv or self.stated


@lru_cache(maxsize=4096)
def _namesake_province(place_id: str) -> str:
    """The province a city shares its name with ("Deir Ezzor" may mean the city or its governorate), else ''.

    >>> _namesake_province("deir_ezzor"), _namesake_province("mayadin")
    ('deir_ezzor_gov', '')
    """
    gaz = places_gazetteer()
    if not place_id or gaz.row(place_id)["type"] != "city":
        return ""
    key = match_key(str(gaz.row(place_id)["name"]))
    return next((a for a in ancestors(place_id) if gaz.row(a)["type"] == "province" and match_key(re.sub(
        r"\s+(?:governorate|province)$", "", str(gaz.row(a)["name"]), flags=re.I)) == key), "")


@lru_cache(maxsize=1)
def _countryside_provinces() -> dict[str, str]:
    """Provinces named as a city's countryside ("X Countryside", "Rural X"): the city's match key -> province id.

    >>> _countryside_provinces().get(match_key("Damascus"))
    'adm:SY.08'
    """
    out: dict[str, str] = {}
    for pid, r in places_gazetteer().rows.items():
        if r["type"] == "province":
            for name in str(r.get("aliases") or "").split(";") + [str(r["name"])]:
                city = re.fullmatch(r"\s*(?:rural\s+(.+?)|(.+?)\s+countryside)(?:\s+(?:province|governorate))?\s*", name, re.I)
                if city:
                    out.setdefault(match_key(city.group(1) or city.group(2)), pid)
    return out


def _namesakes(a: str, b: str) -> bool:
    """Whether one place is a city named like a province that holds the other ("in Deir Ezzor", the Omar field), or
    a city whose countryside a province is named after ("near Damascus", a village of the Damascus Countryside).

    >>> _namesakes("deir_ezzor", "omar_oilfield"), _namesakes("mayadin", "omar_oilfield")
    (True, False)
    >>> from analysis.events.places import text_place
    >>> _namesakes("damascus", text_place("Beit Nuram", "village", "adm:SY.08"))
    True
    """
    pa, pb = _namesake_province(a), _namesake_province(b)
    return bool(pa and pa in ancestors(b) or pb and pb in ancestors(a) or _around(a, b) or _around(b, a))


def _around(city: str, place: str) -> bool:
    """Whether ``place`` lies in the province named as ``city``'s countryside."""
    gaz = places_gazetteer()
    if not city or gaz.row(city)["type"] != "city":
        return False
    prov = _countryside_provinces().get(match_key(str(gaz.row(city)["name"])))
    return bool(prov) and (place == prov or prov in ancestors(place))


def _same_told_twice(m: dict, c: _Cluster) -> bool:
    """Whether two clauses of one sentence tell one event: the same site and day, related weapons ("rockets hit the
    base, and a Katyusha landed inside the base on Monday"), or an unplaced step of one assault ("stormed the base with
    a car bomb and then opened fire": ``_means_of_told``)."""
    if not m["date"] or m["date"] not in c.days:
        return False
    return bool(m["place_id"]) and m["place_id"] == c.place_id and \
        places_gazetteer().row(m["place_id"])["type"] not in ("country", "region", "province") and \
        all(weapons_compatible(m["weapon"], w) for w in c.weapons) or _means_of_told(m)


#: a sentence that opens on an event already told ("The blast ...", "This attack ...")
DEFINITE_START = re.compile(r"^\W*(?:the|this|that|these|those|its|their)\b(?!\s*,)", re.I)  # not "That, of course, is ..."


#: a figure told as another account of the event ("another source said", "other reports put the toll at")
_OTHER_ACCOUNT = re.compile(r"\b(?:another|other|a\s+different|a\s+second|separate)\s+(?:[\w-]+\s+)?(?:sources?|officials?|"
                            r"accounts?|reports?|estimates?)\s+(?:[\w-]+\s+){0,6}?(?:said|says|told|reported|put|gave|quoted|"
                            r"claimed)\b|\baccording\s+to\s+(?:another|other)\b|"
                            r"^\W*(?:earlier|previously|initially|at\s+first),?\s+[^.;]{0,80}?\b(?:said|says|put|reported|"
                            r"gave|announced)\b", re.I)  # "Earlier, the army said 40 were killed": the first count


#: a source's account of the event told ("X stated that the US strikes had killed ...", "the official said the
#: strikes hit an area ...")
_ACCOUNT_OF_TOLD = re.compile(r"\b(?:(?:said|says|stated|reported|added)\s+|told\s+(?:[\w.’'-]+\s+){1,3}?|according\s+to\s+"
                              r"(?:[\w.’'-]+\s+){1,3}?)(?:that\s+)?(?:the|these|those|this)\s+(?:[\w.-]+\s+){0,2}?"
                              r"(?P<noun>attacks?|strikes?|airstrikes?|air\s+strikes?|raids?|bombings?|blasts?|"
                              r"explosions?|shelling|bombardment)\s+(?:had\s+|has\s+|have\s+|was\s+|were\s+)?[\"“‘']?"
                              r"(?:killed|killing|wounded|injured|hit|struck|targeted|left|caused|destroyed)\b", re.I)


#: the nouns of a state's strikes in an account of them
_STRIKE_NOUN = re.compile(r"strikes?|airstrikes?|air\s+strikes?|raids?|bombardment|shelling", re.I)


def _account_of_told(m: dict, nouns: re.Pattern | None = None) -> bool:
    """Whether a mention gives a source's account of an event named as already told ("Al-Jazeera stated that the US
    strikes had killed one"; with ``nouns``, one naming it so): its figures are another count of that event.

    >>> _account_of_told({"evidence": "A TV channel stated that the strikes had killed two guards."})
    True
    >>> _account_of_told({"evidence": "A TV channel stated that new strikes had killed two guards."})
    False
    """
    hit = _searched(_ACCOUNT_OF_TOLD, str(m.get("evidence") or ""))
    return bool(hit) and (nouns is None or bool(nouns.fullmatch(hit.group("noun"))))


#: a sentence that opens on a speaker already named saying a figure ("He said attackers killed 15 soldiers", "They
#: said 20 died"): that speaker's count of the event told, when it names no place or weapon of its own
_SPEAKER_ACCOUNT = re.compile(r"^\W*(?:he|she|they|the\s+(?:group|spokesman|spokesperson|official|statement))\s+"
                              r"(?:also\s+|later\s+)?(?:said|says|claimed|added|told\s+\w+)\s+(?:that\s+)?"
                              r"(?!(?:another|other|more|a\s+second|separate)\b)", re.I)
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
            _speaker_account(m, ev) or _searched(_SAME_EVENT, ev):
        return False  # "Another source said at least 12 had died in the strikes", "He said attackers killed 15
        # soldiers": another count of the same event; "two more were killed in the same strike": its victims
    if _opens(_ANOTHER_ATTACK, ev) and any(
            _present(m[f]) and int(m[f]) > 0 and c.victims.get((m["doc_id"], f)) for f in ("killed", "injured")):
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
    if m["doc_id"] not in c.docs or _own_other_day(m, c) or _later_clause(m):
        return False   # "The attack came hours after an explosion in X killed two": the opening is another clause's
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
    return shared or other and bool(_searched(_IN_THE_EVENT, ev))  # "... killed 92. Officials said 105 were wounded in
    # the bombing": the other toll of the event told


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


#: a place told only as the point a direction is taken from ("exploded west of Mosul", "20 km north of Baquba"), or
#: as what a site is near ("a military base near the town of X", "a coalition base near X": the site is the target)
_DIRECTION_OF = r"(?:(?:north|south|east|west)(?:ern|east|west)*\s+of|(?:base|airbase|airport|camp|garrison|outpost)\s+" \
                r"near)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}?"


@lru_cache(maxsize=16384)  # a merge asks it of one sentence for every incident of the block
def _named_in(place_text: str, text: str, direction: bool = False) -> bool:
    """Whether a place's words are named in a sentence (``direction``: only as the point a direction is taken from).

    >>> _named_in("Mosul", "a bomb exploded west of Mosul", True), _named_in("Mosul", "a bomb in Mosul", True)
    (True, False)
    >>> _named_in("Lakeview", "rockets hit a military base near the small town of Lakeview", True)
    True
    """
    if len(place_text) < 3:
        return False
    name = re.escape(place_text)
    return bool(re.search((_DIRECTION_OF if direction else r"\b") + name + r"\b", text, re.I))


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
    if not told or any(v not in c.victims[m["doc_id"], f] for f, v in told):
        return False
    return _places_tied(m, c) or _dateline_placed(m, c) or bool(_searched(_THE_VICTIMS_AGAIN, ev)) or \
        bool(c.place_id) and _named_in(places_gazetteer().row(c.place_id)["name"], ev)
    # "... on the road between two villages, leaving two dead": only a locator; "in a district of the city, leaving
    # five hurt" after "five were hurt in the city": the incident's place named


def _loose_places(a: str, b: str) -> bool:
    """Whether two places cannot set one article's retold event apart: one is a name the gazetteer cannot place, or
    an area (province, region, country) that a report's lead names before the detail's site.

    >>> _loose_places("txt:halawa@", "tuz_khurmatu"), _loose_places("mosul", "basra")
    (True, False)
    """
    gaz = places_gazetteer()
    return any(x.startswith("txt:") and not ancestors(x) or gaz.row(x)["type"] in ("province", "region", "country")
               for x in (a, b))


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
            not any(_present(m[f]) and int(m[f]) > 0 for f in ("killed", "injured")):
        return False
    gaz = places_gazetteer()
    kinds = {gaz.row(a)["type"], gaz.row(b)["type"]}
    return "neighbourhood" in kinds and bool(kinds & {"city", "town"}) and (a in ancestors(b) or b in ancestors(a))


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
    pa, pb = a.partition("@")[2], b.partition("@")[2]
    return a.startswith("txt:") and b.startswith("txt:") and bool(pa) and pa == pb


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


def _present(v: object) -> bool:
    """A count cell that holds a number."""
    return v is not None and not (isinstance(v, float) and np.isnan(v)) and v is not pd.NA and str(v) != ""


_ISO_DAY = re.compile(r"\d{4}-\d\d-\d\d")


def _span_with(span: tuple[date, date] | None, day: str) -> tuple[date, date] | None:
    """The first and last of some days with one more (only a day written in full counts: ``_within_a_day``).

    >>> _span_with(None, "2021-07-06"), _span_with(None, "XXXX-07-06")
    ((datetime.date(2021, 7, 6), datetime.date(2021, 7, 6)), None)
    """
    if not _ISO_DAY.fullmatch(day[:10]):
        return span
    d = date.fromisoformat(day[:10])
    return (d, d) if span is None else (min(span[0], d), max(span[1], d))


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


def _stated_day(m: dict) -> bool:
    """Whether a mention is dated by the day of the statement that reports it, or of the page that files it (its
    dateline or date stamp), not by the event's own day.

    >>> _stated_day({"date_source": "statement", "date_precision": "day"}), _stated_day({"date_source": "sentence"})
    (True, False)
    >>> _stated_day({"date_source": "dateline", "date_precision": "day"})
    True
    """
    return m.get("date_source") in ("statement", "dateline") and m.get("date_precision") == "day"


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


def _union(a: tuple[date, date] | None, b: tuple[date, date]) -> tuple[date, date]:
    """The smallest interval holding both."""
    return b if a is None else (min(a[0], b[0]), max(a[1], b[1]))


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


class _Facts:
    """What a mention says whatever incident it is put to, read once per placement (``_assign``) instead of once per
    incident of its block: the families it may join, its own family, its counts, and the tests of the mention alone
    that each comparison would otherwise repeat (each flag False only where the comparison it guards is False).

    >>> f = _Facts({**dict.fromkeys(COUNT_FIELDS), "event_type": "us_strike", "place_id": "", "weapon": "", "date": "",
    ...     "n_fired": 3, "evidence": "A strike hit a depot."})
    >>> f.families, f.family, f.may_retell, f.victims, f.counts
    (('state',), 'state', False, False, [('n_fired', (3, 'exact'))])
    """

    __slots__ = ("families", "family", "may_retell", "victims", "may_new_victims", "may_other_quarter", "set_apart",
                 "may_another", "forward", "account", "may_same_toll", "may_site_named", "counts", "restated",
                 "interval", "part", "year_less", "claim_of_told", "unnamed", "unplaced", "told_ref")

    def __init__(self, m: dict) -> None:
        """Read the mention."""
        ev = str(m.get("evidence") or "")
        self.families, self.family = _families(m), _family(m["event_type"])
        self.unplaced = _unplaced_weapon(m)
        self.victims, self.may_same_toll = _victims(m), _may_give_same_toll(m)
        self.may_retell, self.account = _may_retell(m), _account_of_told(m)
        definite = bool(_opens(DEFINITE_START, ev))
        self.told_ref = bool(_searched(_TOLD_REF, ev)) and not _PLACE_OPENER.match(ev)
        self.may_new_victims = self.victims and not (definite or self.told_ref or _searched(_OTHER_ACCOUNT, ev) or self.account or
                                                     _searched(ALSO_IN_TOLD, ev))
        self.may_other_quarter = bool(str(m.get("place_id") or "")) and bool(m.get("weapon")) and not definite and \
            self.victims
        self.set_apart = self.victims and bool(_opens(_SET_APART, ev)) or \
            bool(_opens(_LATER_ON_DAY, ev)) and not (self.told_ref or self.may_retell)  # not "Later on May 3, the
        # Pentagon confirmed two were wounded in the rocket attack": the event told, retold
        self.may_another = bool(_searched(_ANOTHER_EVENT, ev) or _EARLIER_THAT_DAY.match(ev))
        try:
            self.forward = _forward_reference(m)
        except (TypeError, ValueError):
            self.forward = True  # ``_points_forward`` reads it again, and fails as it would
        self.may_site_named = not any(_present(m[f]) for f in COUNT_FIELDS) and bool(_searched(_THE_TOLD, ev))
        self.counts = [(f, (int(m[f]), _qualifier(m, f))) for f in COUNT_FIELDS if _present(m[f])]
        self.restated = _Once(lambda: _restated(m))  # reads the gazetteer row of its place: only when asked
        self.interval = _interval(m)
        self.part = str(m["date"])
        self.year_less = self.part.startswith("XXXX-") and len(self.part) in (7, 10)  # ``_year_less_apart`` may be True
        self.claim_of_told = m["event_type"] == "claim" and bool(_searched(_CLAIM_OF_TOLD, ev)) and not _own_year(m)
        self.unnamed = False  # ``_assign`` sets it when no incident of the mention's own family fits


_YEAR = re.compile(r"\b(?:1[89]|20)\d\d\b")


def _own_year(m: dict) -> bool:
    """Whether a claim is dated by its own sentence with a year it names after the claim ("claimed the last such attack,
    in January 2018"): it claims the event of that date, not whatever attack the story tells (a year before the claim,
    "which took the town in 2013, claimed that attack", dates something else).

    >>> ev = "IS claimed the last such attack, in January 2018."
    >>> _own_year({"date_source": "sentence", "date_text": "January 2018", "evidence": ev})
    True
    >>> _own_year({"date_source": "sentence", "date_text": "2013", "evidence": "IS, which took X in 2013, claimed it."})
    False
    """
    text = str(m.get("date_text") or "")
    if m.get("date_source") != "sentence" or not _YEAR.search(text):
        return False
    ev = str(m.get("evidence") or "")
    claim = ev.lower().find("claim")
    return 0 <= claim < ev.find(text)


def _told_apart(m: dict, c: _Cluster, retold: bool | _Once, facts: _Facts | None = None, crosses: bool = False) -> bool:
    """Whether the text itself sets a mention apart from an incident (another family, sentence, attack or quarter);
    ``crosses``: an unnamed attack of the incident's article, which another family does not set apart."""
    facts = facts or _Facts(m)
    mine = m["doc_id"] in c.docs
    if c.family not in facts.families and ("threat" in (c.family, facts.family) or not (retold or crosses)) or \
            str(m.get("sent_id", "")) != "" and (m["doc_id"], str(m.get("sent_id", ""))) in c.sents and \
            not _same_told_twice(m, c):
        return True  # two events of one sentence were told apart when the sentence was read; a drone strike's
        # detail ("the drone targeted a car") read as an attack is the strike retold
    if facts.may_new_victims and mine and _new_victims(m, c) and not retold:
        return True  # "A bomb killed one ... Gunmen killed two": an article's next attack, not its last one retold
    if facts.may_other_quarter and mine and _other_quarter(m, c) and not retold:
        return True  # "In Baghdad, ... A sticky bomb in Karrada wounded two": the roundup's next attack
    if mine and facts.set_apart:
        return True  # "Separately, a sticky bomb killed a policeman": the article says it is another event
    if facts.may_another and mine and _told_as_another(m, c):
        return True  # "an official reported another attack, where a drone was intercepted": not the one told before
    if mine and _before_an_earlier_hour(m, c):
        return True  # the story's placeless lede is not "Earlier Friday, a strike in X hit ..." told after it
    if _other_part_of_country(m, c):
        return True  # "drones shot down in southwest Syria" is not the attack on a site in Syria's east
    if _other_span_told(m, c) and not retold:
        return True  # "Last week, gunmen killed seven ... And last month, a bomb killed six": two recalled events
    if facts.forward and mine and _points_forward(m, c):
        return True  # "The attack targeted the base" refers back, not to an earlier attack the article recalls later
    if not mine:
        return False  # the tests below are of one article's mentions
    if _recall_apart(m, c) and not retold:
        return True  # "Israel previously launched a missile attack at the airport": not the story's own strike
    if _recalled_year(m, c):
        return True  # "Mar 31: a car bomb killed seven ... In 2009, a truck bomb there killed over 50": two events
    if _weekday_clash(m, c):
        return True  # "Shells hit the depot early Monday ... On June 4, 2025 (a Wednesday), a blast ...": two days
    if m.get("date_rule") == EARLIER_THAN_TOLD and (_toll_differs(m, c) or _toll_only_here(m, c) and not
                                                    _same_site(m, c)):
        return True  # "The raid came days after three guards died in a similar one": the earlier one, its own toll
    if _year_recalled(m, c) and any(_present(m[f]) and int(m[f]) > 0 and c.victims.get((m["doc_id"], f)) and
                                    all(int(m[f]) != v for v, _q in c.victims[m["doc_id"], f]) for f in ("killed", "injured")):
        return True  # "In 2009, over 50 died when a truck bomb ...": a year's event recalled with its own figure
    if m.get("date_rule") != EARLIER_THAN_TOLD and _earlier_with_toll(c, m["doc_id"]) and not facts.victims and \
            not _same_site(m, c) and not facts.claim_of_told:  # "X claimed the attack": the attack told, earlier or not
        return True  # the same, the other way round: the story's own event does not join the earlier one's toll
    return False


#: an event told as one the story recalls: "previously" with its verb ("X previously launched an attack", "the base was
#: previously targeted", not "as previously reported"), or an opening "Earlier in 2018 | this year | last month"
_RECALL = re.compile(r"\bpreviously\s+(?!(?:reported|said|announced|stated|told|confirmed|noted|mentioned|known)\b)"
                     r"[a-z]+ed\b|^\W*(?:earlier|previously)\s+(?:in\s+(?:\d{4}|the\s+(?:year|month))|this\s+(?:year|month)|"
                     r"last\s+(?:year|month))\b", re.I)


def _recalls(m: dict) -> bool:
    """Whether a mention's sentence tells its event as one recalled before the story (``_RECALL``).

    >>> _recalls({"evidence": "The army previously launched a raid on the port last week."})
    True
    >>> _recalls({"evidence": "As previously reported, the raid killed two."}), _recalls({"evidence": "A raid hit the port."})
    (False, False)
    >>> _recalls({"evidence": "Earlier in 2019, a bomb went off in the same market."})
    True
    """
    ev = str(m.get("evidence") or "")
    if "reviously" not in ev and not ev.lstrip(" \"'“(").lower().startswith("earlier"):
        return False  # neither word: no search
    return bool(_RECALL.search(ev))


def _recall_apart(m: dict, c: "_Cluster") -> bool:
    """Whether one article tells a mention as recalled and the incident's mentions not at all, or the other way round."""
    n = c.recalled.get(m["doc_id"], 0)
    return n == 0 if _recalls(m) else n > 0 and n == len(c.told[m["doc_id"]].rows)


def _year_dated(r: dict) -> bool:
    """Whether a mention's own sentence dates it to a year only ("In 2017, a car bomb ...")."""
    return r.get("date_precision") == "year" and r.get("date_source") == "sentence"


def _year_recalled(m: dict, c: _Cluster) -> bool:
    """Whether a mention and an incident's tolls of its article are told apart by a year: one side is dated by its own
    sentence to a year only (a recalled event, "In 2009, over 50 died ..."), the other is not dated to that year.

    >>> row = lambda k, d, p: {"doc_id": "a", "sent_id": k, "event_type": "attack", "place_id": "", "weapon": "",
    ...     "date": d, "date_precision": p, "date_source": "sentence", **dict.fromkeys(COUNT_FIELDS), "killed": k,
    ...     "evidence": ""}
    >>> _year_recalled(row(7, "XXXX-03-31", "unknown"), _Cluster(row(40, "2017", "year")))
    True
    >>> _year_recalled(row(7, "XXXX-03-31", "unknown"), _Cluster(row(40, "", "")))
    False
    """
    tolled = [r for r in c.rows if r["doc_id"] == m["doc_id"] and (_present(r["killed"]) or _present(r["injured"]))]
    if _year_dated(m):
        return bool(tolled) and all(str(r["date"])[:4] != str(m["date"])[:4] for r in tolled)
    return bool(tolled) and all(_year_dated(r) and str(r["date"])[:4] != str(m["date"])[:4] for r in tolled)


_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_MONTH_DAY = re.compile(r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}\b|"
                        r"\b\d{1,2}\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b", re.I)


def _weekday(r: dict) -> tuple[str, int] | None:
    """("told", weekday) of a mention dated by a weekday its article could not resolve (an undated page), ("day",
    weekday) of one dated by a day of a known year, else None.

    >>> told = {"date": "", "date_rule": "weekday", "date_text": "early Tuesday"}
    >>> _weekday(told), _weekday({"date": "2025-06-04", "evidence": "On June 4, 2025, a blast hit X."})
    (('told', 1), ('day', 2))
    """
    day = str(r.get("date") or "")
    if not day and r.get("date_rule") in ("weekday", EARLIER_THAN_TOLD) and r.get("date_source") != "statement":
        text = str(r.get("date_text") or "").lower()
        named = [i for i, w in enumerate(_WEEKDAYS) if w in text]
        return ("told", named[0]) if len(named) == 1 else None
    if len(day) == 10 and day[:4].isdigit() and len(_MONTH_DAY.findall(str(r.get("evidence") or ""))) == 1:
        try:  # the one day its sentence names ("on April 1, ... April 2, 2024": which day is the event's is unsure)
            return "day", date.fromisoformat(day).weekday()
        except ValueError:
            return None
    return None


def _weekday_clash(m: dict, c: _Cluster) -> bool:
    """Whether a mention and its article's mentions of an incident give two weekdays, one only named (an undated page's
    "on Tuesday") and one of a known day ("September 11, 2024", a Wednesday), or two named at least two days apart, one
    of an event told as before the other ("another strike on Tuesday", "came after ... a drone strike on Friday"; not
    "late Monday" and "Tuesday", one night, nor a siege's end or a toll risen days later): two days, two events."""
    own = _weekday(m)
    if own is None:
        return False
    mine = [(r, _weekday(r)) for r in c.rows if r["doc_id"] == m["doc_id"]]
    return any(w is not None and w[1] != own[1] and (w[0] != own[0] or own[0] == "told" and
                                                     min((w[1] - own[1]) % 7, (own[1] - w[1]) % 7) >= 2 and
                                                     EARLIER_THAN_TOLD in (m.get("date_rule"), r.get("date_rule")))
               for r, w in mine)


def _recalled_year(m: dict, c: _Cluster) -> bool:
    """Whether a mention gives a day of no year or of another year and all the dated mentions its article gives an
    incident are dated by a year their own sentence names ("In 2017, ..."): an event the article recalls, not its
    story's day.

    >>> row = lambda d, p, src: {"doc_id": "a", "sent_id": 0, "event_type": "attack", "place_id": "", "weapon": "",
    ...     "date": d, "date_precision": p, "date_source": src, **dict.fromkeys(COUNT_FIELDS), "evidence": ""}
    >>> c = _Cluster(row("2017", "year", "sentence"))
    >>> _recalled_year(row("XXXX-03-31", "unknown", "sentence"), c), _recalled_year(row("2017-03-31", "day", "sentence"), c)
    (True, False)
    """
    day = str(m.get("date") or "")
    if not (day.startswith("XXXX-") or m.get("date_precision") == "day"):
        return False
    own = [r for r in c.rows if r["doc_id"] == m["doc_id"] and r.get("date")]
    return bool(own) and all(_year_dated(r) and not day.startswith(str(r["date"])) for r in own)


def _other_span_told(m: dict, c: _Cluster) -> bool:
    """Whether a mention and all of its article's mentions of an incident each date their event in their own sentence
    by another span of time (a week, a month: "last week" and "last month"), each with its own victims: two events.

    >>> row = lambda t, d, p: {"doc_id": "a", "date_source": "sentence", "date_text": t, "date": d, "date_precision": p,
    ...                        "killed": 6, "injured": None}
    >>> c = type("C", (), {"rows": [row("last month", "2023-07", "month")], "docs": {"a"}})()
    >>> _other_span_told(row("Last week", "2023-W31", "week"), c), _other_span_told(row("last month", "2023-07", "month"), c)
    (True, False)
    """
    spans = ("week", "month")
    if m.get("date_source") != "sentence" or m.get("date_precision") not in spans or m["doc_id"] not in c.docs or \
            not _harmed(m):
        return False
    own = [r for r in c.rows if r["doc_id"] == m["doc_id"]]
    return bool(own) and all(r.get("date_source") == "sentence" and r.get("date_precision") in spans and _harmed(r) and
                             str(r.get("date_text")).lower() != str(m.get("date_text")).lower() and
                             r.get("date") != m.get("date") for r in own)


def _harmed(r: dict) -> bool:
    """Whether a mention gives victims (killed or wounded above zero).

    >>> _harmed({"killed": 2, "injured": None}), _harmed({"killed": 0, "injured": None})
    (True, False)
    """
    return any(_present(r.get(f)) and int(r[f]) > 0 for f in ("killed", "injured"))


#: one munition of a salvo told by its place in it: "the third rocket struck a fence", "the other drone hit a house"
_SALVO_PART = re.compile(r"\b(?:the|a)\s+(?:second|third|fourth|fifth|last|remaining|other)\s+(?:one|rocket|missile|drone|"
                         r"shell|mortar|projectile|round)\s+(?:\w+ly\s+)?(?:struck|hit|landed|fell|exploded|slammed|crashed)\b",
                         re.I)


def _salvo_part(r: dict) -> bool:
    """Whether a mention tells one munition of a salvo by its place in it, with victims of its own ("the third rocket
    struck a fence, wounding two"): a part of the attack whose toll adds to the one told before.

    >>> _salvo_part({"evidence": "The third rocket struck a fence, wounding two.", "killed": None, "injured": 2})
    True
    """
    return _harmed(r) and bool(_searched(_SALVO_PART, str(r.get("evidence") or "")))


def _part_of_salvo(m: dict, c: _Cluster) -> bool:
    """Whether a mention is one munition of the salvo its article told for an incident (``_salvo_part``), at a place
    the incident's fits: it joins the incident, its victims added, rather than starting another.

    >>> row = {"doc_id": "a", "sent_id": 0, "event_type": "attack", "place_id": "", "weapon": "rockets", "date": "",
    ...        "date_precision": "", **dict.fromkeys(COUNT_FIELDS), "n_fired": 3, "evidence": "Three rockets were fired."}
    >>> part = {**row, "sent_id": 1, "n_fired": None, "injured": 2, "evidence": "The third rocket hit a fence, wounding two."}
    >>> _part_of_salvo(part, _Cluster(row))
    True
    """
    if m["doc_id"] not in c.docs or not _salvo_part(m) or not any(c.counts.get(f) for f in ("n_fired", "n_hit")):
        return False
    return not m["place_id"] or not c.place_id or _places_fit(m["place_id"], c.place_id)


#: a part of a country told by its quarter: "in southwest Syria", "in the north of Iraq", "northeastern Syria"
_QUARTER = re.compile(r"\b(?P<q>(?:north|south)?-?(?:east|west)|north|south)(?:ern)?\s+(?:part\s+of\s+)?(?P<c>[A-Z][a-z]+)\b",
                      re.I)
_MARGIN = 1.0  # degrees: a site this far on the other side of its country's centre is in another quarter


def _other_part_of_country(m: dict, c: _Cluster) -> bool:
    """Whether a mention placed only by its country names a quarter of it ("in southwest Syria") that the incident's
    site lies clearly outside of (its coordinates on the other side of the country's centre): two events.

    >>> row = {"doc_id": "a", "sent_id": 0, "event_type": "attack", "place_id": "omar_oilfield", "weapon": "",
    ...        "date": "", "date_precision": "", **dict.fromkeys(COUNT_FIELDS), "evidence": "Drones hit the Omar field."}
    >>> m = {**row, "place_id": "syria", "evidence": "Two drones were downed in southwest Syria."}
    >>> _other_part_of_country(m, _Cluster(row)), _other_part_of_country({**m, "evidence": "in eastern Syria"}, _Cluster(row))
    (True, False)
    """
    pid, site = str(m.get("place_id") or ""), str(c.place_id or "")
    if not pid or not site:
        return False
    gaz = places_gazetteer()
    country = gaz.row(pid)
    if country["type"] != "country" or gaz.row(site)["type"] == "country" or pid not in ancestors(site):
        return False
    q = _read_quarter(str(m.get("evidence") or ""), str(country["name"]))
    if not q:
        return False
    lat, lon = float(gaz.row(site)["latitude"]), float(gaz.row(site)["longitude"])
    clat, clon = float(country["latitude"]), float(country["longitude"])
    return lat == lat and ("west" in q and lon > clon + _MARGIN or "east" in q and lon < clon - _MARGIN or
                           q.startswith("north") and lat < clat - _MARGIN or q.startswith("south") and lat > clat + _MARGIN)


def _read_quarter(text: str, country: str) -> str:
    """The quarter of ``country`` a text names ("southwest" in "in southwest Syria"), '' when none.

    >>> _read_quarter("near forces in southwest Syria", "Syria"), _read_quarter("in Syria", "Syria")
    ('southwest', '')
    """
    for m in _QUARTER.finditer(text):
        if m.group("c") == country:
            return m.group("q").lower().replace("-", "")
    return ""


def _points_forward(m: dict, c: _Cluster) -> bool:
    """Whether a mention opening on a definite event noun and undated in its own sentence ("The attack targeted the
    base"), not the article's first, would join an incident its article tells only in later sentences, each dated in
    itself (an event recalled further on, placed first because its date is given in full): a definite noun refers back
    to an event already told.

    >>> row = lambda i, ev, src="": {"doc_id": "a", "sent_start": i, "sent_id": i, "evidence": ev, "date_source": src,
    ...     "event_type": "attack", "place_id": "", "weapon": "", "date": "", "date_precision": "",
    ...     **dict.fromkeys(COUNT_FIELDS)}
    >>> c = _Cluster(row(300, "In 2019, rockets hit the base.", "sentence"))
    >>> _points_forward(row(100, "The attack targeted the base."), c), _points_forward(row(400, "The attack hit it."), c)
    (True, False)
    >>> c = _Cluster({**row(300, "Rockets hit the base.", "sentence"), "place_id": "ain_al_asad", "date": "2019-05-02",
    ...               "date_precision": "day"})
    >>> _points_forward({**row(100, "The attack on the base came late."), "place_id": "ain_al_asad", "date": "2019-05"}, c)
    False
    """
    if m.get("date_source") == "sentence" or not int(m.get("sent_id") or 0) or \
            not _EVENT_START.match(str(m.get("evidence") or "")) or _same_site(m, c) and m["date"] and \
            any(d.startswith(str(m["date"])) for d in c.days) and places_gazetteer().row(m["place_id"])["type"] in SITE_TYPES:
        return False  # the article's first sentence may name its event before telling it; so may a lede that names its
        # very site, in the incident's month ("The attack on US troops at the X field comes ...", told in full further on)
    told = c.told.get(m["doc_id"])
    if told is None:
        return False
    here = int(m["sent_start"])
    if told.exact:
        return told.n_not_sentence == 0 and told.min_start > here
    return all(int(r["sent_start"]) > here and r.get("date_source") == "sentence" for r in told.rows)


def _toll_only_here(m: dict, c: _Cluster) -> bool:
    """Whether a mention gives victims (killed or wounded above zero) to an incident its article gives none.

    >>> row = lambda k: {"doc_id": "a", "sent_id": 0, "event_type": "attack", "place_id": "", "weapon": "", "date": "",
    ...     "date_precision": "", **dict.fromkeys(COUNT_FIELDS), "killed": k, "evidence": ""}
    >>> _toll_only_here(row(40), _Cluster(row(None))), _toll_only_here(row(40), _Cluster(row(40)))
    (True, False)
    """
    return any(_present(m[f]) and int(m[f]) > 0 for f in ("killed", "injured")) and \
        not any(c.victims.get((m["doc_id"], f)) for f in ("killed", "injured"))


def _same_site(m: dict, c: _Cluster) -> bool:
    """Whether a mention names the very place of an incident (not merely a place compatible with it)."""
    return bool(m["place_id"]) and m["place_id"] in c.place_ids


def _earlier_with_toll(c: _Cluster, doc: str) -> bool:
    """Whether an article tells an incident only as earlier than its story, with victims ("since gunmen killed 40").

    >>> row = {"doc_id": "a", "sent_id": 0, "event_type": "attack", "place_id": "", "weapon": "", "date": "",
    ...     "date_precision": "", **dict.fromkeys(COUNT_FIELDS), "killed": 40, "evidence": "", "date_rule": EARLIER_THAN_TOLD}
    >>> _earlier_with_toll(_Cluster(row), "a"), _earlier_with_toll(_Cluster({**row, "date_rule": ""}), "a")
    (True, False)
    """
    told = c.told.get(doc)
    return told is not None and told.n_earlier_rule == len(told.rows) and told.toll


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


def _score(m: dict, c: _Cluster, use_date: bool = True, facts: _Facts | None = None) -> float | None:
    """How well a mention fits an incident (None when incompatible); ``facts``: the mention's ``_Facts``, if read.

    Each test that sets the two apart is pure, so they run cheapest first (families no retelling crosses, weapons, the
    story's earlier event, year-less days, dates, families a retelling may cross, then the text's own tests and places);
    the score adds the same parts in the same order.
    """
    facts = facts or _Facts(m)
    mine = m["doc_id"] in c.docs
    may_retell = facts.may_retell and mine
    crosses = mine and c.family != "threat" and (facts.unnamed and _same_site_day(m, c) or
                                                 facts.unplaced and _next_unplaced(m, c))
    # an unnamed attack of the article at the incident's own site, on its day or on none, or with no place in the
    # sentence after one of the incident's: the incident told, whichever family it is
    if c.family not in facts.families and (not (may_retell or crosses) or "threat" in (c.family, facts.family)):
        return None  # another family, which no retelling crosses (``_told_apart``'s first test)
    if c.weapon_key and _weapons_clash(m["weapon"], c.weapon_key) and not (
            mine and m["date"] and m["date"] in c.days and (_strong(m, c) or _means_of_told(m))) and not (
            mine and (_definite_next(m, c) or _weapon_told_with(m, c))):
        return None  # different weapons are different attacks, unless one article reports both for one site and day,
        # or the next sentence goes on about the munitions told by a definite name ("The rockets struck a car ...")
    part = facts.part
    if c.earlier and m.get("date_rule") != RELATIVE_TO_TOLD and not _searched(_TOLD_AS_EARLIER, str(m.get("evidence") or "")) and (m["date_precision"] != "day" and c.n_earlier ==
                                                                  len(c.rows) or any(d == m["doc_id"] and day != part
                                                                                     for d, day in c.earlier)):
        return None  # the article told this one as before its story ("comes a day after X"); its story is apart
    if facts.year_less and _year_less_apart(part, c.partial):
        return None  # "November 9" and "November 17" of an undated article are two days, year or not
    fit = None
    if use_date and not (facts.claim_of_told and mine):  # "X claimed the attack" (on whatever day) is the attack told
        fit = _date_fit(m, c, facts.interval)
        if fit is None:
            return None
    retold = _Once(lambda: may_retell and (_retold(m, c) or _next_account(m, c) or _same_toll(m, c) or
                                           _targets_retold(m, c)) or _part_of_salvo(m, c)) if mine else False
    # the very toll told again, or one munition of the salvo told with its own victims (asked only when it matters);
    # "The source told the agency that ... killing two brothers": the lead's event in detail; "Another source said at
    # least 12 had died in the strikes", right after the first account
    if c.family not in facts.families and ("threat" in (c.family, facts.family) or not (retold or crosses)):
        return None  # another family (``_told_apart``'s first test, asked before its others: a retelling may cross it)
    if _told_apart(m, c, retold, facts, crosses):
        return None
    placed = _place_score(m, c, facts, retold)
    if placed is None:
        return None
    score, strong = placed
    score += 1 if m["weapon"] and m["weapon"] in c.weapons else 0
    counts_match = False
    for f, own in facts.counts:
        if c.counts.get(f):
            fits = [_counts_fit(own, v) for v in c.counts[f]]
            if all(fits):
                counts_match, score = True, score + 2
            elif any(fits):
                score += 1  # the incident already holds reports that disagree, and this one agrees with one of them
            elif mine:
                score -= 1.5  # one article's other figure: its own event when another incident fits as well
    if fit is not None:
        score += fit
    if not strong:
        if c.separate and mine and not m["place_id"]:
            return None  # an event the article set apart ("Separately, ...") is not the story told around it
        precise = use_date and m["date_precision"] in ("day", "month") and c.interval() is not None
        same_story = mine and (m.get("date_rule") != EARLIER_THAN_TOLD or _answered_again(m, c))  # not an event it
        # answers, unless that event told again
        if not (counts_match or precise or same_story or mine and _same_answered(m, c)):  # one article's mentions of one story join
            return None
    return score + (0.5 if mine else 0)


def _definite_next(m: dict, c: _Cluster) -> bool:
    """Whether a mention opens on a definite munition or blast ("The rockets struck ...", "The explosion occurred ...")
    one or two sentences after one of the incident's, with no place of its own that the incident lacks.

    >>> row = lambda i, ev: {"doc_id": "a", "sent_id": i, "event_type": "attack", "place_id": "", "weapon": "rockets",
    ...     "date": "", "date_precision": "", **dict.fromkeys(COUNT_FIELDS), "evidence": ev}
    >>> c = _Cluster(row(3, "A drone fired two missiles at the base."))
    >>> _definite_next(row(4, "The rockets struck a car."), c), _definite_next(row(9, "The rockets struck a car."), c)
    (True, False)
    """
    sid = _sent_no(m)
    return sid is not None and bool(_DEFINITE_MUNITION.match(str(m.get("evidence") or ""))) and \
        any((m["doc_id"], str(sid - k)) in c.sents for k in (1, 2)) and (not m["place_id"] or m["place_id"] in c.place_ids)


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


def _weapon_told_with(m: dict, c: _Cluster) -> bool:
    """Whether a mention opens on munitions already told ("Of the two drones, one was intercepted", "The drones ...")
    and one of the incident's sentences of its article, at most three before it, names its weapon beside the incident's
    own ("launched three drones and a ballistic missile"): the salvo told, not another attack.

    >>> row = lambda i, w, ev: {"doc_id": "a", "sent_id": i, "event_type": "attack", "place_id": "", "weapon": w,
    ...     "date": "", "date_precision": "", **dict.fromkeys(COUNT_FIELDS), "evidence": ev}
    >>> c = _Cluster(row(0, "ballistic missiles", "They launched three drones and a ballistic missile at ships."))
    >>> _weapon_told_with(row(2, "drones", "Of the two drones, one was shot down."), c)
    True
    >>> _weapon_told_with(row(2, "drones", "A drone hit a ship."), c), _weapon_told_with(row(6, "drones", "The drone hit."), c)
    (False, False)
    """
    if not _opens(_TOLD_MUNITIONS, str(m.get("evidence") or "")):
        return False
    return any(_weapons_fit(str(m["weapon"]), w) for r in _rows_at(m, c, (-1, -2, -3))
               for w in weapons_in(str(r.get("evidence") or "")))


#: a sentence opening on munitions already told, by a definite or partitive reference ("Of the two drones deployed",
#: "The UAVs", "One of the missiles")
_TOLD_MUNITIONS = re.compile(r"^\W*(?:of\s+)?(?:the|these|those|both(?:\s+of\s+the)?|"
                             r"(?:one|two|three|all|some|most|none)\s+of\s+the)\s+(?:[\w()-]+\s+){0,4}?(?:drones?|uavs?|unmanned|rockets?|missiles?|projectiles?|"
                             r"shells?|mortars?)\b", re.I)


#: a sentence opening on the munitions or blast just told, by a definite name
_DEFINITE_MUNITION = re.compile(r"^\W*(?:the|these|those)\s+(?:[\w-]+\s+)?(?:rockets?|missiles?|drones?|projectiles?|shells?|"
                                r"explosions?|blasts?|bombs?|munitions?)\b(?!\s+(?:that|which)\b)", re.I)


def _same_answered(m: dict, c: _Cluster) -> bool:
    """Whether a mention and an incident are one article's accounts of the attack its story answers: both told as
    earlier than the event told ("strikes ... after a mortar attack that left X dead"; "in reply to a volley of 18
    rockets"), with the same weapon and no place to set them apart.

    >>> row = lambda w: {"doc_id": "a", "sent_id": 0, "event_type": "attack", "place_id": "", "weapon": w, "date": "",
    ...     "date_precision": "", "date_rule": EARLIER_THAN_TOLD, **dict.fromkeys(COUNT_FIELDS), "evidence": ""}
    >>> _same_answered(row("rockets"), _Cluster(row("rockets"))), _same_answered(row("rockets"), _Cluster(row("drones")))
    (True, False)
    """
    return not m["place_id"] and _told_earlier_same_weapon(m, c, [r for r in c.rows if r["doc_id"] == m["doc_id"]])


def _told_earlier_same_weapon(m: dict, c: _Cluster, rows: list[dict]) -> bool:
    """Whether a mention told as earlier than its story names a weapon of the incident and all of ``rows`` are told so
    too: the test ``_same_answered`` (one article's rows) and ``_answered_again`` (every row) share.

    >>> row = {"doc_id": "a", "sent_id": 0, "event_type": "attack", "place_id": "", "weapon": "rockets", "date": "",
    ...        "date_precision": "", **dict.fromkeys(COUNT_FIELDS), "date_rule": EARLIER_THAN_TOLD, "evidence": ""}
    >>> _told_earlier_same_weapon(row, _Cluster(row), [row]), _told_earlier_same_weapon(row, _Cluster(row), [{}])
    (True, False)
    """
    return m.get("date_rule") == EARLIER_THAN_TOLD and bool(m["weapon"]) and m["weapon"] in c.weapons and \
        all(r.get("date_rule") == EARLIER_THAN_TOLD for r in rows)


#: the event told, given further means: "the attack also involved two drones", "the strike included the use of X"
_INCLUDED_MEANS = re.compile(r"\b(?:the|this|that)\s+(?:[\w-]+\s+)?(?:attack|strike|assault|barrage|salvo)\s+(?:also\s+)?"
                             r"(?:included|involved|featured|comprised)\b|"
                             # one assault told step by step: "stormed the base with a car bomb and then opened fire"
                             r"\b(?:with|detonat\w+|set\s+off|blew\s+up|explod\w+)\s+(?:an?\s+|the\s+|their\s+|two\s+)?"
                             r"(?:[\w-]+\s+){0,2}?(?:bombs?|explosives?|grenades?|vests?)\s*,?\s+(?:and\s+)?then\s+"
                             r"(?:opened\s+fire|stormed|raided|attacked|fired)\b", re.I)


def _answered_again(m: dict, c: _Cluster) -> bool:
    """Whether a mention an article tells as before its story ("in reply to a volley of rockets launched on Monday")
    and an incident all of whose mentions it told so ("a week after a rocket assault") name the same weapon: the one
    event the story answers, told twice.

    >>> row = lambda ev: {"doc_id": "a", "sent_id": 0, "event_type": "attack", "place_id": "", "weapon": "rockets",
    ...     "date": "", "date_precision": "", **dict.fromkeys(COUNT_FIELDS), "date_rule": EARLIER_THAN_TOLD, "evidence": ev}
    >>> c = _Cluster(row("Jets struck the hills three days after the rocket attack."))
    >>> _answered_again(row("It answered rockets fired at dawn on Monday."), c)
    True
    >>> _answered_again({**row("It answered rockets fired at dawn on Monday."), "weapon": "drones"}, c)
    False
    """
    return _told_earlier_same_weapon(m, c, c.rows)


def _means_of_told(m: dict) -> bool:
    """Whether a mention with no place of its own gives more means of the event told (``_INCLUDED_MEANS``): another
    weapon of the same attack, not another attack.

    >>> _means_of_told({"place_id": "", "evidence": "Sources said the attack also involved two drones."})
    True
    >>> _means_of_told({"place_id": "", "evidence": "Gunmen stormed the base with a car bomb and then opened fire."})
    True
    """
    return not m.get("place_id") and bool(_searched(_INCLUDED_MEANS, str(m.get("evidence") or "")))


def _strong(m: dict, c: _Cluster) -> bool:
    """Whether a mention's place and an incident's fit (``_places_fit``), both given."""
    cp = c.place_id
    return bool(m["place_id"]) and bool(cp) and _places_fit(m["place_id"], cp)


def _place_score(m: dict, c: _Cluster, facts: _Facts, retold: bool | _Once) -> tuple[float, bool] | None:
    """The place part of ``_score``: (score, whether the places fit), or None when the places set the mention apart."""
    cp, mp = c.place_id, m["place_id"]
    if mp and cp:
        if _places_fit(mp, cp):
            return (3 if mp in c.place_ids else 1), True
        if m["doc_id"] in c.docs and _pair_fit(_namesakes, mp, cp):
            return 1, True  # one article's "Ankara" and "the Kahramankazan district": the city and a part of its province
        if not (_pair_fit(_places_nested, mp, cp) or
                m["doc_id"] in c.docs and (_bare_locator(m, c) or _pair_fit(_unplaced_in_country, mp, cp) or
                                           _pair_fit(_unplaced_in_province, mp, cp) and not _toll_differs(m, c) and
                                           (bool(_opens(DEFINITE_START, str(m.get("evidence") or ""))) or
                                            _next_refers_back(m, c)) or
                                           _pair_fit(_text_siblings, mp, cp) and _toll_told_again(m, c) or
                                           facts.restated or facts.may_same_toll and _same_toll(m, c) or
                                           facts.told_ref and (_unplaced(mp) or _unplaced(cp)) or
                                           facts.may_site_named and _told_site_named(m, c) or
                                           c.n_claims == len(c.rows) and _claim_lede(m, c) or
                                           (retold or facts.account) and
                                           (_pair_fit(_loose_places, mp, cp) or _dateline_placed(m, c)))):
            return None  # a country or province holding the other's site is compatible but says little; a place that
            # only locates ("60 km north of Baghdad") does not set one article's mentions apart
    elif not m["place_id"] and m.get("country") and cp and c.rows[0].get("country") and \
            m["country"] != places_gazetteer().row(cp)["country"] and not (facts.claim_of_told and m["doc_id"] in c.docs):
        return None  # (not "Iraqi militias claimed the attack": the claimants' country, not the attack's)
    return 0.0, False


def _places_nested(a: str, b: str) -> bool:
    """Whether one place holds the other or is a city named like a province that holds it.

    >>> _places_nested("erbil_gov", "erbil"), _places_nested("deir_ezzor", "omar_oilfield"), _places_nested("mosul", "basra")
    (True, True, False)
    """
    return a in ancestors(b) or b in ancestors(a) or _namesakes(a, b)


def _pair_fit(test: Callable[[str, str], bool], a: str, b: str) -> bool:
    """``test(a, b)`` of two places, remembered within a merge with ``_places_fit``'s pairs (the gazetteer's answers
    hold for the merge: the places read from its texts are registered before it starts).

    >>> _pair_fit(_loose_places, "txt:halawa@", "tuz_khurmatu"), _pair_fit(_places_nested, "mosul", "basra")
    (True, False)
    """
    key = (test, a, b)
    fit = _FITS.get(key)
    if fit is None:
        if len(_FITS) >= _READ_MAX:
            _FITS.clear()
        fit = _FITS[key] = test(a, b)
    return fit


@lru_cache(maxsize=4096)
def _weapons_fit(a: str, b: str) -> bool:
    """``weapons_compatible``, remembered (the weapon families are a fixed table).

    >>> _weapons_fit("Grad/Katyusha", "rockets"), _weapons_fit("drones", "rockets")
    (True, False)
    """
    return weapons_compatible(a, b)


@lru_cache(maxsize=4096)
def _weapons_clash(weapon: str, weapons: tuple[str, ...]) -> bool:
    """Whether a weapon is incompatible with one of an incident's weapons, remembered.

    >>> _weapons_clash("drones", ("rockets", "Grad/Katyusha")), _weapons_clash("rockets", ("Grad/Katyusha",))
    (True, False)
    """
    return any(not _weapons_fit(weapon, w) for w in weapons)


@lru_cache(maxsize=4096)
def _counts_fit(a: tuple[int, str], b: tuple[int, str]) -> bool:
    """``counts_compatible``, remembered.

    >>> _counts_fit((14, "at_least"), (14, "exact")), _counts_fit((14, "about"), (24, "exact"))
    (True, False)
    """
    return counts_compatible(a, b)


def _year_less_apart(part: str, partial: set[str]) -> bool:
    """Whether a date without a year falls outside the year-less days and months of an incident: two days, or a day
    and another month ("mid-February" is not "July 5th", whatever the year).

    >>> _year_less_apart("XXXX-02", {"XXXX-07-05"}), _year_less_apart("XXXX-07", {"XXXX-07-05"})
    (True, False)
    >>> _year_less_apart("XXXX-11-09", {"XXXX-11-17", "XXXX-11"}), _year_less_apart("XXXX-11-09", set())
    (True, False)
    """
    if not (part.startswith("XXXX-") and len(part) in (7, 10) and partial):
        return False
    days = {p for p in partial if len(p) == 10}
    if len(part) == 10 and days:
        return part not in days
    return not any(p.startswith(part) or part.startswith(p) for p in partial)


def _date_fit(m: dict, c: _Cluster, interval: object = _UNREAD) -> float | None:
    """How a mention's date fits an incident's: None when apart, 2 for one of its days, 1 for an overlap, 0 unknown.

    >>> row = lambda day: {"doc_id": "a", "sent_id": 0, "event_type": "attack", "place_id": "", "weapon": "",
    ...     "date": day, "date_precision": "day", "date_source": "sentence", "earliest": day, "latest": day,
    ...     **dict.fromkeys(COUNT_FIELDS), "evidence": ""}
    >>> c = _Cluster(row("2021-07-06"))
    >>> _date_fit(row("2021-07-06"), c), _date_fit(row("2021-07-07"), c), _date_fit(row("2021-07-09"), c)
    (2, 1, None)
    """
    mi, ci = _stated_intervals(m, c, interval)  # ``interval``: the mention's ``_interval``, if read
    if not (mi and ci):
        return 0
    tol = timedelta(days=1) if m["date_precision"] == "day" and m.get("date_rule") != RELATIVE_TO_TOLD \
        else timedelta(0)  # "a day after X": X was the day before, exactly
    if mi[0] > ci[1] + tol or ci[0] > mi[1] + tol:
        return None
    if m["date_precision"] == "day" and c.days and not _within_span(m["date"], c.day_span) and \
            not (_stated_day(m) and m["doc_id"] in c.docs):
        return None  # reports a day apart can be one incident; a chain of days cannot
    return 2 if m["date"] and m["date"] in c.days else 1


class _Blocks:
    """Index of incidents by (family, day), (family, place, month), (family, count field, value) and (family,
    article): the blocks a mention is compared within."""

    def __init__(self) -> None:
        """Empty blocks."""
        self.clusters: list[_Cluster] = []
        self.by_day: dict[tuple, list[int]] = defaultdict(list)
        self.by_place: dict[tuple, list[int]] = defaultdict(list)
        self.by_count: dict[tuple, list[int]] = defaultdict(list)
        self.by_doc: dict[tuple, list[int]] = defaultdict(list)

    def candidates(self, m: dict, use_date: bool, facts: _Facts | None = None) -> list[_Cluster]:
        """Incidents in the blocks of a mention (with its ``facts``: not those of another family when it retells none,
        which ``_score`` would set apart first)."""
        iv = _interval(m) if use_date else None
        months = _months(iv) if iv else ["*"]
        found: set[int] = set()
        both = _family(m["event_type"]) != "threat" and (facts is None or facts.may_retell or facts.unnamed or
                                                        facts.unplaced)
        if both:  # the article's incidents of the other kind: its lead retold
            for fam in ("state", "militia"):  # ("the drone targeted a car" after "a Turkish drone strike killed")
                found.update(self.by_doc.get((fam, m["doc_id"]), ()))
        for fam in (_families(m) if facts is None else facts.families):
            if not (both and fam in ("state", "militia")):  # not found above
                found.update(self.by_doc.get((fam, m["doc_id"]), ()))
            if iv and (iv[1] - iv[0]).days <= _SHORT:
                for d in _days(iv):
                    found.update(self.by_day.get((fam, d), ()))
            for key in _place_keys(m["place_id"]):
                for mo in months:
                    found.update(self.by_place.get((fam, key, mo), ()))
            for f in COUNT_FIELDS:
                if _present(m[f]):
                    for mo in months:
                        found.update(self.by_count.get((fam, f, int(m[f]), mo), ()))
        return [self.clusters[i] for i in sorted(found)]

    def register(self, i: int, m: dict) -> None:
        """Register incident ``i`` under the blocks of a mention just added to it."""
        c, iv = self.clusters[i], _interval(m)
        fam = c.family
        _add_once(self.by_doc[(fam, m["doc_id"])], i)
        civ = c.interval()
        if civ and (civ[1] - civ[0]).days <= _SHORT:
            for d in _days((civ[0] - timedelta(days=1), civ[1] + timedelta(days=1))):
                _add_once(self.by_day[(fam, d)], i)
        months = [*(_months(civ) if civ else ()), "*"]
        for key in set(_place_keys(m["place_id"]) + _place_keys(c.place_id)):
            for mo in months:
                _add_once(self.by_place[(fam, key, mo)], i)
        for f in COUNT_FIELDS:
            if _present(m[f]):
                for mo in months:
                    _add_once(self.by_count[(fam, f, int(m[f]), mo)], i)
        del iv


def _add_once(lst: list[int], i: int) -> None:
    """Append ``i`` unless it is already the last element (registrations come in runs)."""
    if not lst or lst[-1] != i and i not in lst[-4:]:
        lst.append(i)


@lru_cache(maxsize=4096)
def _days(iv: tuple[date, date]) -> tuple[str, ...]:
    """ISO days of an interval (at most ``_SHORT`` + 2), remembered (a block's days are asked of each mention).

    >>> _days((date(2021, 7, 6), date(2021, 7, 7)))
    ('2021-07-06', '2021-07-07')
    """
    n = min((iv[1] - iv[0]).days, _SHORT + 2)
    return tuple((iv[0] + timedelta(days=k)).isoformat() for k in range(n + 1))


@lru_cache(maxsize=4096)
def _months(iv: tuple[date, date]) -> tuple[str, ...]:
    """Months an interval touches (at most 14), remembered.

    >>> _months((date(2021, 12, 30), date(2022, 1, 2)))
    ('2021-12', '2022-01')
    """
    out, y, mo = [], iv[0].year, iv[0].month
    while (y, mo) <= (iv[1].year, iv[1].month) and len(out) < 14:
        out.append(f"{y:04d}-{mo:02d}")
        y, mo = (y + 1, 1) if mo == 12 else (y, mo + 1)
    return tuple(out)


#: ``_place_keys`` of the places a merge blocks by (the gazetteer's answers hold for the merge, like ``_FITS``)
_KEYS: dict[str, list[str]] = {}


def _place_keys(place_id: str) -> list[str]:
    """A place and the places containing it below province level (the keys of its place blocks), remembered within a
    merge (read, never changed, by its callers).

    >>> _place_keys("ain_al_asad")[0], _place_keys("")
    ('ain_al_asad', [])
    """
    keys = _KEYS.get(place_id)
    if keys is None:
        if len(_KEYS) >= _READ_MAX:
            _KEYS.clear()
        keys = _KEYS[place_id] = _own_place_keys(place_id)
    return keys


def _own_place_keys(place_id: str) -> list[str]:
    """``_place_keys`` read from the gazetteer."""
    if not place_id:
        return []
    gaz = places_gazetteer()
    return [place_id] + [a for a in ancestors(place_id) if gaz.row(a)["type"] not in ("country", "region", "province")]


def _assign(m: dict, blocks: _Blocks, use_date: bool = True, unique: bool = False) -> int | None:
    """Index of the best-fitting incident for a mention (None when none fits, or when ``unique`` and several tie)."""
    facts = _Facts(m)
    fits = [(s, c) for c in blocks.candidates(m, use_date, facts) if (s := _score(m, c, use_date, facts)) is not None]
    if not fits and _unnamed(m):  # an unnamed attack that fits no incident of its family: the article's other event
        facts.unnamed = True  # at its site, on its day (only those are put to ``_score``)
        fits = [(s, c) for c in blocks.candidates(m, use_date, facts) if c.family not in facts.families and
                _same_site_day(m, c) and (s := _score(m, c, use_date, facts)) is not None]
    if not fits or unique and len(fits) > 1 and len({round(s, 3) for s, _ in fits}) == 1:
        return None
    best = max(s for s, _ in fits)
    tied = [c for s, c in fits if s == best]
    return max(tied, key=lambda c: ((c.interval() or (date.min, date.min))[1], -c.idx)).idx  # ties: most recent


def _place(m: dict, blocks: _Blocks, use_date: bool = True) -> None:
    """Put a mention into its best incident, or start a new one."""
    i = _assign(m, blocks, use_date)
    if i is None:
        i = len(blocks.clusters)
        blocks.clusters.append(_Cluster(m))
        blocks.clusters[i].idx = i
    else:
        blocks.clusters[i].add(m)
    blocks.register(i, m)


def merge_incidents(mentions: pd.DataFrame, articles: pd.DataFrame | None = None,
                    progress: bool | None = None) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Merge incident mentions across sentences and outlets: (incidents, conflicts).

    See the module docstring for the rules; windows inferred for undated articles are in
    ``incidents.attrs["publication_windows"]``.

    >>> from analysis.events.mentions import MENTION_COLUMNS
    >>> m = pd.DataFrame([dict.fromkeys(MENTION_COLUMNS, "")] * 2)
    >>> m = m.assign(doc_id=["a", "b"], mention_id=["a-m0", "b-m0"], scope="incident", event_type="attack",
    ...     weapon="rockets", place_id="ain_al_asad", date=["2021-07-07", "2021-07-06"], date_precision="day",
    ...     earliest=["2021-07-07", "2021-07-06"], latest=["2021-07-07", "2021-07-06"],
    ...     n_fired=[14, 24], n_hit=pd.NA, n_intercepted=pd.NA, n_claimed=pd.NA, killed=pd.NA, injured=pd.NA,
    ...     date_source="sentence")
    >>> inc, conf = merge_incidents(m)
    >>> len(inc), sorted(conf["field"])
    (1, ['date', 'n_fired'])
    """
    mentions = require_frame(mentions, "mentions", MERGE_INPUT)
    if articles is not None:
        require_frame(articles, "articles", ["doc_id"])
    clusters, windows = _cluster_mentions(mentions, articles, progress)
    inc, conf = _incident_table(clusters, articles)
    inc.attrs["publication_windows"] = windows
    return inc, conf


def resolve_undated(mentions: pd.DataFrame, articles: pd.DataFrame | None = None) -> pd.DataFrame:
    """The mentions table with the dates of undated articles re-resolved as ``merge_incidents`` infers them.

    >>> from analysis.events.mentions import incident_mentions
    >>> s = pd.DataFrame({"doc_id": ["a", "b"], "para_id": 0, "sent_id": 0, "start": 0, "end": 70, "text": [
    ...     "On Wednesday, 14 rockets were fired at Ain al-Asad air base.",
    ...     "On Tuesday, 24 rockets were launched at the Ain al-Asad base."]})
    >>> arts = pd.DataFrame({"doc_id": ["a", "b"], "published": ["2021-07-07", ""], "text": list(s["text"])})
    >>> resolve_undated(incident_mentions(s, arts), arts)[["doc_id", "date"]].values.tolist()
    [['a', '2021-07-07'], ['b', '2021-07-06']]
    """
    clusters, windows = _cluster_mentions(mentions, articles)
    updated = {r["mention_id"]: r for c in clusters for r in c.rows}
    cols = ["date", "date_precision", "earliest", "latest", "date_source", "date_inference"]
    out = mentions.copy()
    for idx, r in zip(out.index, out.to_dict("records")):
        if r["mention_id"] in updated:
            new = updated[r["mention_id"]]
        elif r["doc_id"] in windows:
            lo, hi = windows[r["doc_id"]]
            new = _reresolve(r, (date.fromisoformat(lo), date.fromisoformat(hi)),
                             f"publication window inferred {lo}/{hi} from the article's incidents (see incidents.csv)")
        else:
            continue
        for col in cols:
            out.at[idx, col] = new[col]
    return out


def _reresolve(m: dict, window: tuple[date, date], why: str) -> dict:
    """Resolve a mention's date expression again against an inferred publication window."""
    m = dict(m)
    if m["date_text"] and window[0].year in PLAUSIBLE_YEARS and window[1].year in PLAUSIBLE_YEARS:  # else no anchor
        dm = _redated(m["date_text"], window[0].isoformat(), window[1].isoformat())  # as the mention read it
        if dm:
            r = dm[0]
            m.update(date=r["value"], date_precision=r["precision"], earliest=r["earliest"], latest=r["latest"])
    if not m["earliest"]:
        m.update(date="", date_precision="vague", earliest=(window[0] - timedelta(days=30)).isoformat(),
                 latest=window[1].isoformat(), date_source="article window")
    m["date_inference"] = why
    return m


#: ``date_records`` of a date expression against an inferred window (the rows are read, never changed)
_REDATED: dict[tuple[str, str, str], list[dict]] = {}


def _redated(text: str, lo: str, hi: str) -> list[dict]:
    """``date_records(text, (lo, hi))``, remembered: an article's mentions repeat their date expressions ("on Monday").

    >>> again = date_records("on Tuesday", ("2021-07-07", "2021-07-09"))
    >>> [r["value"] for r in _redated("on Tuesday", "2021-07-07", "2021-07-09")] == [r["value"] for r in again]
    True
    """
    key = (text, lo, hi)
    rows = _REDATED.get(key)
    if rows is None:
        if len(_REDATED) >= _READ_MAX:
            _REDATED.clear()
        rows = _REDATED[key] = date_records(text, (lo, hi))
    return rows


def _undated_docs(m: pd.DataFrame, articles: pd.DataFrame | None) -> list[str]:
    """Articles without a publication date (from ``articles.published`` when given, else from the mentions)."""
    if articles is not None and "published" in articles.columns:
        pub = articles.set_index("doc_id")["published"].fillna("").astype(str)
        return sorted(d for d in m["doc_id"].unique() if d in pub.index and pub[d] in ("", "nan", "<NA>", "None"))
    docs = sorted(m.loc[m["date_precision"].eq("unknown") | m["date"].eq(""), "doc_id"].unique())
    windowed = set(m.loc[m["date_source"].isin(["article window"]), "doc_id"])  # one pass, not one per article
    return [d for d in docs if d not in windowed]


def _absolute(r: dict) -> bool:
    """A mention of an undated article whose date the text gives in full (not relative to publication)."""
    return r["date_precision"] in ("day", "month", "year") and bool(r["date"]) and r["date_source"] == "sentence"


#: extension dtypes whose values ``to_numpy(dtype=object)`` are Python scalars or pd.NA, which ``to_dict`` boxes (the
#: scalars unchanged, pd.NA as ``maybe_box_native`` makes it: None in pandas 3)
_OBJECT_READ = ("Int64", "Int32", "Float64", "boolean")


def _records(frame: pd.DataFrame) -> list[dict]:
    """``frame.to_dict("records")`` (the same values, of the same types), read a column at a time: numbers, strings and
    nullable counts as Python lists, not cell by cell; a frame with other column types is read by ``to_dict``.

    >>> f = pd.DataFrame({"a": ["x", None], "n": pd.array([2, None], dtype="Int64"), "s": [1, 2]})
    >>> _records(f) == f.to_dict("records"), [type(v).__name__ for v in _records(f)[1].values()]
    (True, ['float', 'NoneType', 'int'])
    """
    if not frame.columns.is_unique or maybe_box_native is None:
        return frame.to_dict("records")
    cols, na = [], maybe_box_native(pd.NA)
    for name in frame.columns:
        dt = frame[name].dtype
        if isinstance(dt, np.dtype) and dt.kind in "iufb":
            cols.append(frame[name].to_numpy().tolist())
        elif isinstance(dt, pd.StringDtype) or str(dt) in _OBJECT_READ:  # only pd.NA changes when boxed
            cols.append([na if v is pd.NA else v for v in frame[name].to_numpy(dtype=object).tolist()])
        elif dt == object:  # the cells as stored, made Python scalars as ``to_dict`` makes them
            cols.append([maybe_box_native(v) for v in frame[name].to_numpy(dtype=object).tolist()])
        else:
            return frame.to_dict("records")
    names = list(frame.columns)
    return [dict(zip(names, row)) for row in zip(*cols)]


def _cluster_mentions(mentions: pd.DataFrame, articles: pd.DataFrame | None, progress: bool | None = None
                      ) -> tuple[list[_Cluster], dict[str, tuple[str, str]]]:
    """Incidents of the mentions (see the module docstring) and the inferred publication windows."""
    from ..progress import progress as _progress

    register_text_places(mentions)   # places known only from the text, found in another process (Dask)
    m = mentions[mentions["scope"] == "incident"].sort_values(["doc_id", "sent_start", "clause_start"], kind="stable")
    undated = set(_undated_docs(m, articles))
    recs = _records(m)
    first = [r for r in recs if r["doc_id"] not in undated or _absolute(r)]
    rest = [r for r in recs if not (r["doc_id"] not in undated or _absolute(r))]
    prec = {"day": 0, "month": 1, "year": 2}
    first.sort(key=lambda r: (r["place_id"] == "", prec.get(r["date_precision"], 3), r["doc_id"], r["sent_start"]))
    blocks = _Blocks()
    by_doc: dict[str, list[dict]] = {doc: [] for doc in undated}
    texts = _texts_of(articles, undated)
    for r in rest:  # each undated article's mentions, in order (one pass, not one per article)
        by_doc[r["doc_id"]].append(r)
    _READ.clear()  # the sentences' readings and place pairs are remembered for this merge only
    _FITS.clear()
    _KEYS.clear()
    try:
        for r in _progress(first, progress, desc="merging mentions", unit="mention"):
            _place(r, blocks)
        windows: dict[str, tuple[str, str]] = {}
        for doc in sorted(undated):
            rows = by_doc[doc]
            window, why = _infer_window(doc, rows, blocks, texts.get(doc, ""))
            if window:
                windows[doc] = (window[0].isoformat(), window[1].isoformat())
            for r in rows:
                r2 = _reresolve(r, window, why) if window else {**r, "date_inference": why}
                _place(r2, blocks, use_date=bool(window))
        return _join_retold_tolls(blocks.clusters), windows
    finally:
        _READ.clear()
        _FITS.clear()
        _KEYS.clear()


def _tolls(c: _Cluster, doc: str) -> dict[str, set[int]]:
    """The killed and wounded figures (above zero) an article gives an incident, by field.

    >>> _tolls(_Cluster({"doc_id": "a", "event_type": "attack", "place_id": "", "weapon": "", "date": "",
    ...     "date_precision": "", **dict.fromkeys(COUNT_FIELDS), "killed": 2, "evidence": ""}), "a")
    {'killed': {2}}
    """
    return {f: {v for v, _q in c.victims[doc, f]} for f in ("killed", "injured") if c.victims.get((doc, f))}


def _casualty_evidence(c: _Cluster) -> list[str]:
    """The evidence sentences of an incident's mentions that give a killed or wounded figure.

    >>> _casualty_evidence(_Cluster({"doc_id": "a", "event_type": "attack", "place_id": "", "weapon": "", "date": "",
    ...     "date_precision": "", **dict.fromkeys(COUNT_FIELDS), "killed": 2, "evidence": "It killed two."}))
    ['It killed two.']
    """
    return [str(r.get("evidence") or "") for r in c.rows if any(_present(r[f]) for f in ("killed", "injured"))]


def _opens_another(c: _Cluster) -> bool:
    """Whether an incident's casualty sentences tell another attack or more victims ("Separately, ...", "A bomb
    killed ...", "two more ...").

    >>> row = lambda ev: {"doc_id": "a", "event_type": "attack", "place_id": "", "weapon": "", "date": "",
    ...     "date_precision": "", **dict.fromkeys(COUNT_FIELDS), "killed": 2, "evidence": ev}
    >>> _opens_another(_Cluster(row("Also, two more were killed."))), _opens_another(_Cluster(row("It killed two.")))
    (True, False)
    """
    return c.separate or any(_SET_APART.match(e) or SEPARATE.match(e) or _ANOTHER_ATTACK.match(e) or
                             _NEXT_ENTRY.match(e) or _MORE_VICTIMS.search(e) for e in _casualty_evidence(c))


#: a sentence that retells through its source ("According to local sources, ...", "X, a local official, told the
#: agency that ...")
_ATTRIBUTED = re.compile(r"^\W*according\s+to\b|^[^.;\"“”]{0,160}?\b(?:told|said|stated|explained|added|confirmed)\b"
                         r"[^.;\"“”]{0,60}?\bthat\s", re.I)


def _retells(c: _Cluster) -> bool:
    """Whether one of an incident's casualty sentences retells an event: it opens on it or on a source's account.

    >>> row = lambda ev: {"doc_id": "a", "event_type": "attack", "place_id": "", "weapon": "", "date": "",
    ...     "date_precision": "", **dict.fromkeys(COUNT_FIELDS), "killed": 2, "evidence": ev}
    >>> _retells(_Cluster(row("According to sources, gunmen killed two."))), _retells(_Cluster(row("Two were killed.")))
    (True, False)
    """
    return any(DEFINITE_START.match(e) or _SOURCE_RETELLS.match(e) or _QUOTE_RETELLS.match(e) or _ATTRIBUTED.match(e)
               for e in _casualty_evidence(c))


def _lead_and_detail(a: _Cluster, b: _Cluster) -> bool:
    """Whether two incidents of one article, the only two it gives casualties for, are its lead and the lead's detail
    told apart by their places: the same family, weapons and days, and the same toll (every figure both give is one
    figure, and one gives no field the other lacks), the later one not opening another attack."""
    doc = next(iter(a.docs))
    ta, tb = _tolls(a, doc), _tolls(b, doc)
    if a.family != b.family or not ta or not tb or not (set(ta) <= set(tb) or set(tb) <= set(ta)):
        return False
    if any(not (ta[f] & tb[f]) for f in set(ta) & set(tb)) or _opens_another(b):
        return False
    if len(set(ta) & set(tb)) < 2 and not _retells(b):
        return False  # one shared figure ("two were killed") is a coincidence unless the sentence retells
    if any(not weapons_compatible(w, v) for w in a.weapons for v in b.weapons):
        return False
    ia, ib = a.interval(), b.interval()
    if ia and ib and (ia[1] < ib[0] or ib[1] < ia[0]):
        return False  # a background event of another day ("since the killing of X last year")
    return all(_within_a_day(d, a.days) for d in b.days)


def _join_retold_tolls(clusters: list[_Cluster]) -> list[_Cluster]:
    """The incidents with each article's lead and its detail joined (``_lead_and_detail``): an article that gives
    casualties for exactly two incidents of its own, with one toll ("One was killed and eight wounded in a bomb in X.
    ... 'The attack in the Y quarter killed one and wounded eight'"), tells one event twice; with three or more, a
    first toll the others add up to (``_total_of_parts``) is their total and is left to them."""
    by_doc: dict[str, list[int]] = defaultdict(list)
    for i, c in enumerate(clusters):
        if len(c.docs) == 1 and any(v for v in c.victims.values()):
            by_doc[next(iter(c.docs))].append(i)
    drop = set()
    for idx in by_doc.values():
        told = sorted((clusters[i] for i in idx), key=lambda c: min(int(r.get("sent_start") or 0) for r in c.rows))
        if len(told) == 2 and _lead_and_detail(*told):
            for r in told[1].rows:
                told[0].add(r)
            drop.add(id(told[1]))
            continue
        told = _join_twins(told, drop)
        if len(told) >= 3:
            summed = _total_of_parts(told[0], told[1:])
            told[0].rows = [{**r, **dict.fromkeys(summed, pd.NA)} for r in told[0].rows]  # the parts tell them
            summed = _total_after_parts(told[-1], told[:-1])  # "so the toll has reached N": a sum of the parts
            told[-1].rows = [{**r, **dict.fromkeys(summed, pd.NA)} for r in told[-1].rows]
        if len(told) >= 2:
            wins = _total_wins(told[0], told[1:])
            for c in told[1:]:  # "43 killed in two car bombings ... the deadliest killed 35": the total wins
                c.rows = [{**r, **dict.fromkeys(wins, pd.NA)} for r in c.rows]
    return [c for c in clusters if id(c) not in drop]


def _join_twins(told: list[_Cluster], drop: set[int]) -> list[_Cluster]:
    """An article's incidents with those that retell an earlier one's whole toll joined to it: the same family and
    the same killed and wounded figures, both above zero ("15 deaths and 30 injuries ... 'killed at least 15 people
    and injured 30'"), the later one not opening another attack; the kept incidents, in order."""
    doc, kept, whole = next(iter(told[0].docs)), [], {}  # whole tolls seen, by (family, killed, wounded): linear
    for c in told:
        tc = _tolls(c, doc)
        key = (c.family, *sorted((f, min(v)) for f, v in tc.items())) if len(tc) == 2 and \
            all(len(v) == 1 for v in tc.values()) else None
        twin = whole.get(key) if key is not None and not _opens_another(c) else None
        if twin is None:
            kept.append(c)
            whole.setdefault(key, c) if key is not None else None
            continue
        for r in c.rows:
            twin.add(r)
        drop.add(id(c))
    return kept


def _total_wins(lead: _Cluster, parts: list[_Cluster]) -> list[str]:
    """The casualty fields an article's first incident gives as a total over several events ("43 were killed in two
    car bombings") that the others' figures stay below in sum (a part told, the rest not): the total wins over
    the parts. Each figure one number; no part opening as another source's count or told as an attack elsewhere.

    >>> row = lambda i, k, ev: {"doc_id": "a", "sent_id": i, "event_type": "attack", "place_id": "", "weapon": "",
    ...     "date": "", "date_precision": "", **dict.fromkeys(COUNT_FIELDS), "killed": k, "evidence": ev}
    >>> _total_wins(_Cluster(row(0, 43, "43 died in two bombings.")), [_Cluster(row(1, 35, "The deadliest killed 35."))])
    ['killed']
    >>> _total_wins(_Cluster(row(0, 43, "43 died in a bombing.")), [_Cluster(row(1, 35, "The deadliest killed 35."))])
    []
    """
    doc = next(iter(lead.docs))
    total = {f: {v} for f in ("killed", "injured") if (v := _told_total(lead.rows, f))}  # its own parts aside
    tolls = [_tolls(c, doc) for c in parts]
    if not total or any(len(v) != 1 for t in tolls for v in t.values()):
        return []
    if any(_OTHER_ACCOUNT.search(str(c.rows[0].get("evidence") or "")) or c.family != lead.family or _opens_another(c)
           or _told_on_its_own(c, lead) for c in parts):
        return []
    sums = {f: sum(next(iter(t[f])) for t in tolls if f in t) for f in total}
    return [f for f, v in total.items() if 0 < sums[f] < next(iter(v))]


#: a part told as an attack of its own inside its sentence ("while one was killed in another attack in X")
_ITS_OWN = re.compile(r"\b(?:another|separate|second|elsewhere|earlier|last|later)\b|\bafter\s+the\s+(?:attack|blast|"
                      r"explosion|bombing)\b", re.I)  # "After the attack, a roadside bomb wounded two guards"


def _told_on_its_own(part: _Cluster, lead: _Cluster) -> bool:
    """Whether a part is told as an event of its own rather than a part of the lead's total: a clause of the lead's
    own sentence, a sentence that marks another attack, or one that gives the part a date of its own ("In late
    January, a drone attack killed three").

    >>> row = lambda i, ev, when: {"doc_id": "a", "sent_id": i, "event_type": "attack", "place_id": "", "weapon": "",
    ...     "date": "", "date_precision": "", **dict.fromkeys(COUNT_FIELDS), "killed": 1, "evidence": ev,
    ...     "date_text": when}
    >>> lead = _Cluster(row(0, "Nine died in two blasts on Monday.", "Monday"))
    >>> _told_on_its_own(_Cluster(row(1, "The first killed one.", "")), lead)
    False
    >>> _told_on_its_own(_Cluster(row(1, "In late May a bomb killed one.", "late May")), lead)
    True
    """
    lead_sents, lead_times = {r.get("sent_id") for r in lead.rows}, {str(r.get("date_text") or "") for r in lead.rows}
    return any(r.get("sent_id") in lead_sents or _ITS_OWN.search(str(r.get("evidence") or "")) or
               _own_time(r) not in lead_times | {""} for r in part.rows)


def _own_time(r: dict) -> str:
    """The time expression a mention takes from its own sentence ('' when its date comes from elsewhere).

    >>> _own_time({"date_text": "late May", "evidence": "In late May a bomb went off."}), _own_time({"date_text": "May 3"})
    ('late May', '')
    """
    t = r.get("date_text")
    t = t if isinstance(t, str) else ""
    return t if t and t in str(r.get("evidence") or "") else ""


#: a toll told for several events or places ("in two bomb attacks", "shelling attacks", "raids on areas in X")
_SEVERAL = re.compile(r"\b(?:attacks|strikes|airstrikes|raids|explosions|blasts|bombings|incidents|areas|locations|bombs|"
                      r"bombers|twin|double)\b", re.I)


def _total_of_parts(lead: _Cluster, parts: list[_Cluster]) -> list[str]:
    """The casualty fields an article's first incident gives as the total of the others' ("14 were killed in strikes
    on the province ... 13 in X ... a woman in Y"): each figure one number, the others' own one number each (none
    opening as another source's count, no field the lead lacks), none of its figures below their sum.

    >>> row = lambda i, k, w: {"doc_id": "a", "sent_id": i, "event_type": "attack", "place_id": "", "weapon": "",
    ...     "date": "", "date_precision": "", **dict.fromkeys(COUNT_FIELDS), "killed": k, "injured": w,
    ...     "evidence": "in two attacks"}
    >>> _total_of_parts(_Cluster(row(0, 5, 9)), [_Cluster(row(1, 3, 4)), _Cluster(row(2, 1, 5))])
    ['injured']
    >>> _total_of_parts(_Cluster(row(0, 5, 9)), [_Cluster(row(1, 3, 4)), _Cluster(row(2, 3, 5))])
    []
    """
    doc = next(iter(lead.docs))
    total = _tolls(lead, doc)
    tolls = [_tolls(c, doc) for c in parts]
    if not any(_SEVERAL.search(str(r.get("evidence") or "")) for r in lead.rows if r["killed"] or r["injured"]):
        return []  # "Nine were killed in a car bombing in X": a roundup's first entry, not a total
    if any(len(v) != 1 for t in [total, *tolls] for v in t.values()) or any(set(t) - set(total) for t in tolls):
        return []
    if any(_OTHER_ACCOUNT.search(str(c.rows[0].get("evidence") or "")) or c.family == "threat" for c in parts):
        return []
    sums = {f: sum(next(iter(t[f])) for t in tolls if f in t) for f in total}
    if any(sums[f] > next(iter(v)) for f, v in total.items()):
        return []
    return [f for f, v in total.items() if sums[f] == next(iter(v))]


#: a sentence that sums up the tolls told before it: "so the number killed in the day's attacks has reached N"
_SUMMED_UP = re.compile(r"\b(?:number|toll|tally|total|count)\b[^.;]{0,100}?\b(?:has\s+|have\s+|had\s+)?(?:reached|"
                        r"(?:rose|risen|climbed|increased|jumped)\s+to|stands?\s+at|stood\s+at)\b", re.I)


def _total_after_parts(last: _Cluster, parts: list[_Cluster]) -> list[str]:
    """The casualty fields an article's last incident gives as the sum of the earlier ones' in a sentence that sums
    them up (``_SUMMED_UP``): each figure one number, equal to the sum of the others' own one number each.

    >>> row = lambda i, k, ev: {"doc_id": "a", "sent_id": i, "event_type": "attack", "place_id": "", "weapon": "",
    ...     "date": "", "date_precision": "", **dict.fromkeys(COUNT_FIELDS), "killed": k, "evidence": ev}
    >>> parts = [_Cluster(row(0, 5, "Five were killed in X.")), _Cluster(row(1, 3, "Three died in Y."))]
    >>> _total_after_parts(_Cluster(row(2, 8, "Thus the number killed has reached eight.")), parts)
    ['killed']
    >>> _total_after_parts(_Cluster(row(2, 8, "A bomb killed eight in Z.")), parts)
    []
    """
    if not any(_SUMMED_UP.search(str(r.get("evidence") or "")) for r in last.rows
               if _present(r["killed"]) and r["killed"] or _present(r["injured"]) and r["injured"]):
        return []
    doc = next(iter(last.docs))
    total, tolls = _tolls(last, doc), [_tolls(c, doc) for c in parts]
    if any(len(v) != 1 for t in [total, *tolls] for v in t.values()):
        return []
    sums = {f: sum(next(iter(t[f])) for t in tolls if f in t) for f in total}
    return [f for f, v in total.items() if sums[f] and sums[f] == next(iter(v))]


def _infer_window(doc: str, rows: list[dict], blocks: _Blocks, text: str) -> tuple[tuple[date, date] | None, str]:
    """Publication window of an undated article (``text``: its cleaned text, or '') from its links to dated
    incidents, and why."""
    votes, linked, anchors = [], [], []
    anchored: set[tuple[str, str]] = set()  # (date text, day) of the anchors, looked up in constant time
    for r in rows:
        i = _assign(r, blocks, use_date=False, unique=True)
        c = blocks.clusters[i] if i is not None else None
        if c and c.days and r["place_id"]:
            day = max(c.days)
            votes.append(day)
            linked.append(sorted(c.docs))
            if r["date_text"] and r["date_precision"] == "unknown" and (r["date_text"], day) not in anchored:
                anchors.append((r["date_text"], day, ",".join(linked[-1])))
                anchored.add((r["date_text"], day))
    if not votes:
        return None, "publication date unknown; no link to a dated report"
    last = date.fromisoformat(max(votes))
    window, how = (last, last + timedelta(days=3)), "fallback: latest linked day + 3 days"
    if text:
        inf = infer_publication_window(text, anchors, not_before=last)
        if inf.as_anchor():
            window, how = inf.as_anchor(), inf.statement
    by = sorted({d for ds in linked for d in ds})
    return window, (f"publication window {window[0]}/{window[1]} inferred: {len(votes)} mention(s) link to incidents "
                    f"dated by {', '.join(by)} (latest linked day {last}); {how}")


def _texts_of(articles: pd.DataFrame | None, docs: set[str]) -> dict[str, str]:
    """The cleaned text of each of ``docs`` that ``articles`` carries (its first row's, as text), in one pass.

    >>> _texts_of(pd.DataFrame({"doc_id": ["a", "b", "a", "c"], "text": ["x", "z", "y", "w"]}), {"a", "b"})
    {'a': 'x', 'b': 'z'}
    """
    if articles is None or "text" not in articles.columns:
        return {}
    out: dict[str, str] = {}
    for d, t in zip(articles["doc_id"], articles["text"]):
        if d in docs and d not in out:
            out[d] = str(t)
    return out


#: the least a vague count stands for ("several" injured is at least three)
VAGUE_FLOOR = {"several": 3, "dozens": 24, "many": 3, "approx": 2, "multiple": 2}


#: a figure told as the one first given ("Earlier, officials said 40 were killed"): superseded by the report's own
#: a figure the source gave before the one just told ("The officer said earlier that four were hurt")
EARLIER_FIGURE = (r"\b(?:said|reported|announced)\s+earlier\s+that\b|"
                  r"\b(?:had\s+)?(?:earlier|initially|previously)\s+(?:said|reported|announced)\s+that\b")
_SUPERSEDED = re.compile(r"^\W*(?:earlier|previously|initially|at\s+first),?\s+[^.;]{0,80}?\b(?:said|says|put|reported|gave|"
                         r"announced)\b|" + EARLIER_FIGURE, re.I)


@lru_cache(maxsize=16384)
def _superseded(evidence: str) -> bool:
    """Whether a sentence gives a figure the report has since revised (``_SUPERSEDED``), remembered: each count field
    of an incident asks it of the same sentences.

    >>> _superseded("Earlier, the army said 40 were killed."), _superseded("The army said 40 were killed.")
    (True, False)
    """
    return bool(_SUPERSEDED.search(evidence))


def _without_earlier_stages(rows: list[dict], field: str) -> list[dict]:
    """``rows`` less the lower figures of an article whose toll has risen ("The death toll ... has risen to 90, with over
    200 injured" over "17 bodies have been recovered" and "90 injured"): earlier counts of the same toll.

    >>> rows = [{"doc_id": "a", "injured": 200, "evidence": "The death toll has risen to 90, with 200 injured."},
    ...         {"doc_id": "a", "injured": 90, "evidence": "Ninety were injured."}]
    >>> [r["injured"] for r in _without_earlier_stages(rows, "injured")]
    [200]
    """
    risen = {}
    for r in rows:
        if _present(r[field]) and rising_toll(str(r.get("evidence") or "")) is not None:
            risen[r["doc_id"]] = max(risen.get(r["doc_id"], 0), int(r[field]))
    if not risen:
        return rows
    return [r for r in rows if r["doc_id"] not in risen or not _present(r[field]) or int(r[field]) >= risen[r["doc_id"]]]


def _consensus_count(rows: list[dict], field: str) -> tuple[object, list[str] | None]:
    """Consensus value of a count field and, when reports disagree, the list of 'doc: value' strings.

    Compatible reports agree on the largest exact value ("at least 14" and 14 give 14); when they disagree,
    the value the reports of most outlets are compatible with is kept (ties: the larger, as casualty figures
    are revised upwards), and the disagreement is listed as a conflict.

    Within outlets, the toll more of the reports give wins ("officials said 12 soldiers were killed" twice, "he said
    attackers killed 15" once: 12); a munition count, the larger (a salvo's parts are told more often than it).

    >>> rows = [{"doc_id": "a", "n_fired": 24, "qualifiers": ""}, {"doc_id": "a", "n_fired": 24, "qualifiers": ""},
    ...         {"doc_id": "b", "n_fired": 14, "qualifiers": ""}, {"doc_id": "c", "n_fired": 14, "qualifiers": "n_fired=about"}]
    >>> _consensus_count(rows, "n_fired")
    (14, ['a: 24', 'b: 14', 'c: about 14'])
    >>> _consensus_count([{"doc_id": "a", "killed": k, "qualifiers": ""} for k in (12, 12, 15)], "killed")
    (12, ['a: 12', 'a: 15'])
    >>> _consensus_count([{"doc_id": "a", "injured": 0, "qualifiers": ""}, {"doc_id": "a", "injured": 100,
    ...                    "qualifiers": "injured=more_than"}], "injured")
    (100, None)
    >>> _consensus_count([{"doc_id": "a", "killed": 30, "qualifiers": "killed=about"},
    ...                    {"doc_id": "a", "killed": 60, "qualifiers": "killed=more_than"}], "killed")
    (60, ['a: about 30', 'a: more than 60'])
    >>> _consensus_count([{"doc_id": "a", "injured": 2, "qualifiers": "", "evidence": "Two were wounded."},
    ...     {"doc_id": "a", "injured": 3, "qualifiers": "", "evidence": "He said earlier that three were wounded."}], "injured")
    (2, None)
    """
    later = [r for r in rows if not _superseded(str(r.get("evidence") or ""))]
    if any(_present(r[field]) for r in later):
        rows = later  # "Earlier, the army said 40 were killed": the figure the report has since revised
    rows = _without_earlier_stages(rows, field)
    vals = [(r["doc_id"], int(r[field]), _qualifier(r, field)) for r in rows if _present(r[field])]
    if not vals:
        return pd.NA, None
    if any(v > 0 for _d, v, _q in vals):  # "initially said no one was injured": a figure outweighs a report of none
        vals = [x for x in vals if x[1] > 0]
    vague = max((VAGUE_FLOOR.get(_qualifier(r, field), 0) for r in rows if not _present(r[field])), default=0)
    if vague > max(v for _d, v, _q in vals):
        return pd.NA, None  # "several personnel and one Iraqi were injured": the vague figure is the larger
    exact = [v for _d, v, q in vals if q == "exact"]
    ranges = [_count_range(v, q) for _d, v, q in vals]  # pairwise compatible intervals share a point (Helly, 1-D):
    if max(lo for lo, _hi in ranges) <= min(hi for _lo, hi in ranges):  # one pass, not every pair of reports
        return (max(exact) if exact else max(v for _d, v, _q in vals)), None
    shown = sorted({f"{d}: {'' if q == 'exact' else q.replace('_', ' ') + ' '}{v}" for d, v, q in vals})
    tolls = field in ("killed", "injured")  # a munition count told once is most often the salvo, its parts told more
    stated = {v for _d, v, q in vals if q in ("exact", "at_least")}
    if not stated:  # every figure approximate and no two agree ("about 30", "more than 60"): the largest, as tolls rise
        return max(v for _d, v, _q in vals), shown
    support = {v: (len({d for d, w, q in vals if counts_compatible((w, q), (v, "exact"))}),
                   sum(counts_compatible((w, q), (v, "exact")) for _d, w, q in vals) if tolls else 0)
               for v in stated}  # exact values and stated floors
    # ("at least 7 rockets" beside "a missile was fired": 7 may win; not a first account's figure, which gives way)
    return max(support, key=lambda v: (*support[v], v)), shown


def _type_fields(rows: list[dict], c: _Cluster) -> dict:
    """Event type (attack before strike before interception, claim, threat), subtype and weapon."""
    types = [r["event_type"] for r in rows]
    order = ("us_strike", "attack", "strike") if c.family == "state" and "us_strike" in types else \
        ("strike", "attack") if c.family == "state" and any(r["event_type"] == "attack" and _unnamed(r) for r in rows) \
        else ("attack", "us_strike", "strike")  # the US strike an account reads as "the strikes hit an area" stays a
    # strike; so does a state's strike its article retells as an unnamed attack at its site ("the attack on the airport")
    et = next((t for t in order + ("interception", "claim", "threat") if t in types), types[0])
    subtype = next((r["event_subtype"] for r in rows if r.get("event_subtype") and r["event_type"] == et), "")
    return {"event_type": et, "event_types": ";".join(sorted(set(types))), "event_subtype": subtype,
            "weapon": _main_weapon(rows, c.weapons)}


#: the families of an explosive a suicide bomber may carry
_EXPLOSIVE_FAMILIES = frozenset({"bomb", "ied", "suicide"})


def _main_weapon(rows: list[dict], weapons: dict[str, None]) -> str:
    """The incident's weapon: of the family most of its mentions name, the most specific label (vocabulary order).

    One aside ("indirect fire means rockets and mortars", "it may have been struck by ballistic missiles") does not
    outweigh the rockets every other sentence reports.

    >>> rows = [{"weapon": w} for w in ("rockets", "mortars", "rockets", "Grad/Katyusha")]
    >>> _main_weapon(rows, dict.fromkeys(["rockets", "mortars", "Grad/Katyusha"]))
    'Grad/Katyusha'
    >>> rows = [{"weapon": "rockets", "sent_start": 0}, {"weapon": "drones", "sent_start": 90}]  # a tie: the first told
    >>> _main_weapon(rows, dict.fromkeys(["drones", "rockets"]))
    'rockets'
    >>> rows = [{"weapon": "car bomb"}, {"weapon": "car bomb"}, {"weapon": "suicide bomb"}]
    >>> _main_weapon(rows, dict.fromkeys(["car bomb", "suicide bomb"]))
    'suicide bomb'
    """
    labels = [w for w, *_ in vocabulary().weapons]
    first = next((w for w in labels if w in weapons), "")
    votes = Counter(vocabulary().family(w) for r in rows for w in str(r.get("weapon") or "").split(";") if w)
    if not first or not votes:
        return first
    top = max(votes.values())
    tops = {f for f, v in votes.items() if v == top}
    if "suicide" in votes and tops <= _EXPLOSIVE_FAMILIES:  # "a car bomb hit the embassy" and "a suicide bomber
        tops = {"suicide"}  # attacked it": the bomb was the bomber's, the attack a suicide one
    if len(tops) > 1:  # a tie: the family the article names first ("15 rockets were fired ... it also involved drones")
        lead = min((r for r in rows for w in str(r.get("weapon") or "").split(";")[:1] if w and vocabulary().family(w) in tops),
                   key=lambda r: (str(r.get("doc_id") or ""), int(r.get("sent_start") or 0), int(r.get("clause_start") or 0)),
                   default=None)
        tops = {vocabulary().family(str(lead["weapon"]).split(";")[0])} if lead is not None else tops
    if vocabulary().family(first) in tops:
        return first
    return next((w for w in labels if w in weapons and vocabulary().family(w) in tops), first)


def _place_fields(rows: list[dict], c: _Cluster) -> dict:
    """Place, hierarchy and coordinates of the incident's most specific place (or the countries it is told in).

    >>> row = {"place_id": "", "country": "", "place_source": "several countries", "place_text": "Iraq and Syria"}
    >>> _place_fields([row], type("Unplaced", (), {"place_id": ""})())["place"]
    'Iraq and Syria'
    """
    pid = c.place_id
    joined = next((str(r.get("place_text") or "") for r in rows if r.get("place_source") == SEVERAL_COUNTRIES), "")
    if pid and joined and _one_of_joined(pid, joined):
        pid = ""  # "strikes in Iraq and Syria" and "airstrikes in Syria": the incident spans both countries
    if not pid:  # no one place; the countries its mentions join ("strikes in Iraq and Syria"), when they say so
        return {"place_id": "", "place": joined, "town": "", "district": "", "admin1": "", "latitude": np.nan,
                "longitude": np.nan, "geo_precision": pd.NA,
                "country": next((r["country"] for r in rows if r.get("country")), "")}
    p = places_gazetteer().row(pid)
    src = next((r for r in rows if r["place_id"] == pid), rows[0])
    return {"place_id": pid, "place": p["name"], "town": src.get("town", ""), "district": src.get("district", ""),
            "country": p["country"], "admin1": p["admin1"], "latitude": float(p["latitude"]),
            "longitude": float(p["longitude"]), "geo_precision": specificity(pid)}


def _one_of_joined(pid: str, joined: str) -> bool:
    """Whether a place is a whole country among the countries a mention joins ("Syria" in "Iraq and Syria").

    >>> _one_of_joined("syria", "Iraq and Syria"), _one_of_joined("baghdad", "Iraq and Syria")
    (True, False)
    """
    p = places_gazetteer().row(pid)
    return p["type"] == "country" and match_key(str(p["name"])) in joined_names(joined)


def _date_fields(rows: list[dict], c: _Cluster) -> tuple[dict, dict | None]:
    """Consensus date of the incident and, when outlets give different days, a conflict."""
    told = [r for r in rows if r["event_type"] != "claim"] or rows  # a claim's day is the claim's, not the attack's
    days = sorted({(r["doc_id"], r["date"]) for r in told if r["date_precision"] == "day" and r["date"]
                   and r["date_source"] == "sentence"})
    all_days = sorted({d for _doc, d in days}) or _said_before_page(told) or sorted(c.days) or _fallback_days(rows)
    iv, conflict = c.interval(), None
    if len(all_days) == 1:
        out = {"date": all_days[0], "date_precision": "day", "earliest": all_days[0], "latest": all_days[0]}
    elif all_days:
        by_day = {d: sum(1 for _doc, x in days if x == d) for d in all_days}
        top = sorted(by_day, key=lambda d: (-by_day[d], d))
        tied = [d for d in top if by_day[d] == by_day[top[0]]]
        out = {"date": top[0] if len(tied) == 1 else _most_detailed_day(told, tied), "date_precision": "day",
               "earliest": all_days[0], "latest": all_days[-1]}
        conflict = {"field": "date", "values": [f"{d}: {x}" for d, x in days], "consensus": out["date"]}
    elif iv:
        order = ("week", "month", "season", "quarter", "year")
        best = sorted((r for r in rows if r["date_precision"] in order and r["date"]),
                      key=lambda r: (order.index(r["date_precision"]), r["date_source"] != "sentence"))
        out = {"date": best[0]["date"] if best else "", "date_precision": best[0]["date_precision"] if best else "vague",
               "earliest": iv[0].isoformat(), "latest": iv[1].isoformat()}
    else:
        partial = next((r["date"] for r in rows if str(r["date"]).startswith("XXXX")), "")  # undated article, no window
        out = {"date": partial, "date_precision": "unknown", "earliest": "", "latest": ""}
    out["date_basis"] = "; ".join(sorted({f"{r['doc_id']}: {r['date_source']}" + (f" ({r['date_text']})" if r["date_text"]
                                                                                 else "") for r in rows if r["date_source"]}))
    out["date_inference"] = "; ".join(sorted({r["date_inference"] for r in rows if r.get("date_inference")}))
    return out, conflict


def _most_detailed_day(rows: list[dict], days: list[str]) -> str:
    """Of days told equally often, the one of the account that tells most (counts and a place), or '' on a tie: the
    detailed account ("fired two missiles at X late Monday") over a passing one ("a missile, which happened Tuesday").

    >>> rows = [{"date": "2023-11-20", "place_id": "x", "n_fired": 2}, {"date": "2023-11-21", "place_id": "", "n_fired": 1}]
    >>> _most_detailed_day(rows, ["2023-11-20", "2023-11-21"]), _most_detailed_day(rows + [{**rows[1], "date": "x",
    ...     "place_id": "y"}], ["2023-11-20", "x"])
    ('2023-11-20', '')
    """
    def detail(r: dict) -> int:
        return sum(_present(r.get(f)) for f in COUNT_FIELDS) + bool(r.get("place_id"))

    best = {d: max((detail(r) for r in rows if r.get("date") == d), default=-1) for d in days}
    top = max(best.values())
    winners = [d for d in days if best[d] == top]
    return winners[0] if len(winners) == 1 else ""


def _said_before_page(rows: list[dict]) -> list[str]:
    """The day a statement was made ("the groups reported on Sunday that ...") when the only other days an incident
    has are its page's own (dateline or stamp) and come later: the event is no later than the statement, and the
    page's day is no day the text gives it ([] otherwise).

    >>> r = lambda d, src: {"date": d, "date_precision": "day", "date_source": src}
    >>> _said_before_page([r("2023-11-20", "dateline"), r("2023-11-19", "statement")])
    ['2023-11-19']
    >>> _said_before_page([r("2023-11-20", "sentence"), r("2023-11-19", "statement")])
    []
    """
    dated = [r for r in rows if r["date_precision"] == "day" and r["date"]]
    said = sorted({r["date"] for r in dated if r.get("date_source") == "statement"})
    page = [r["date"] for r in dated if r.get("date_source") != "statement"]
    if said and page and all(r.get("date_source") == "dateline" for r in dated if r.get("date_source") != "statement") \
            and said[-1] < min(page):
        return said
    return []


def _fallback_days(rows: list[dict]) -> list[str]:
    """The days of an incident none of whose mentions has a day of its own: the story's or a nearby sentence's day
    before the day of a statement reporting it (which only bounds the event's day from above).

    >>> _fallback_days([{"date": "2023-11-21", "date_precision": "day", "date_source": "statement"},
    ...                 {"date": "2023-11-20", "date_precision": "day", "date_source": "nearby sentence"}])
    ['2023-11-20']
    """
    dated = [r for r in rows if r["date_precision"] == "day" and r["date"]]
    told = [r for r in dated if r.get("date_source") != "statement"] or dated
    return sorted({r["date"] for r in told})


#: a toll a later sentence adds to the one told before it: "Some 20 students were also wounded by the blast", "his
#: deputy was killed in the same strike"
_ALSO_TOLD = {"killed": re.compile(r"\b(?:(?:were|was|had\s+been)\s+also\s+(?:killed|shot\s+dead)|also\s+(?:killed|died)|"
                                   r"(?:killed|died)\s+in\s+the\s+same\s+(?:[\w-]+\s+)?(?:strike|attack|raid|"
                                   r"bombing|blast|explosion|ambush))\b", re.I),
              "injured": re.compile(r"\b(?:(?:were|was|had\s+been)\s+also\s+(?:wounded|injured|hurt)|"
                                    r"also\s+(?:wounded|injured|hurt)|(?:wounded|injured|hurt)\s+in\s+the\s+same\s+"
                                    r"(?:[\w-]+\s+)?(?:strike|attack|raid|bombing|blast|explosion|ambush))\b", re.I)}


def _own_figure(r: dict, field: str) -> bool:
    """Whether a row's casualty figure is told in its own evidence (not one a later sentence completed it with: "The
    assailant, who was also killed, ..." followed by "Among the victims were three dead").

    >>> _own_figure({"killed": 3, "evidence": "The assailant, who was also killed, set off the bomb."}, "killed")
    False
    >>> _own_figure({"injured": 20, "evidence": "Some 20 students were also wounded."}, "injured")
    True
    """
    values = [c["value"] for c in count_rows(str(r.get("evidence") or ""))]
    return int(r[field]) in values or int(r[field]) == 1 and not values  # "his deputy was also killed": one


def _also_added(rows: list[dict], field: str) -> list[dict]:
    """The rows of a casualty field with, per report, the tolls its later sentences add ("N were also wounded")
    summed into the toll told before them.

    >>> rows = [{"doc_id": "a", "sent_id": 0, "injured": 3, "evidence": "A bomb wounded three officers."},
    ...         {"doc_id": "a", "sent_id": 1, "injured": 20, "evidence": "Some 20 students were also wounded."}]
    >>> [r["injured"] for r in _also_added(rows, "injured")]
    [23]
    >>> rows.append({"doc_id": "a", "sent_id": 2, "injured": 23, "evidence": "In all, 23 were wounded."})
    >>> sorted(r["injured"] for r in _also_added(rows, "injured"))
    [23, 23]
    >>> rows = [{"doc_id": "a", "sent_id": 0, "killed": 5, "evidence": "A raid killed five guards."},
    ...         {"doc_id": "a", "sent_id": 1, "killed": 7, "evidence": "It killed five guards, and two cooks were also killed."}]
    >>> [r["killed"] for r in _also_added(rows, "killed")]  # the second sentence's 7 holds both groups
    [5, 7]
    """
    also = [r for r in rows if _present(r[field]) and (_ALSO_TOLD[field].search(str(r.get("evidence") or "")) and
                                                       not (field == "killed" and both_dead_told(str(r.get("evidence") or "")))
                                                       and _own_figure(r, field) or _salvo_part(r))]  # "X killed five,
    # and two were also killed": the sentence's toll is both groups already, not two more
    if not also:
        return rows
    told = {id(r) for r in also}
    out = [r for r in rows if id(r) not in told]
    for r in also:  # by identity, not by value: linear in the incident's rows for each sentence that adds a toll
        before = [q for q in out if q["doc_id"] == r["doc_id"] and _present(q[field]) and _earlier(q, r)]
        if not before:
            out.append(r)
            continue
        last = max(before, key=lambda q: int(q["sent_id"]))["sent_id"]  # the toll told just before, not a later total
        base = {id(q) for q in before if q["sent_id"] == last}
        out = [{**q, field: int(q[field]) + int(r[field])} if id(q) in base else q for q in out]
    return out


def _earlier(q: dict, r: dict) -> bool:
    """Whether row ``q`` comes from a sentence before row ``r``'s (rows without a sentence number never do).

    >>> _earlier({"sent_id": 0}, {"sent_id": 1}), _earlier({"sent_id": 2}, {"sent_id": 1}), _earlier({}, {"sent_id": 1})
    (True, False, False)
    """
    a, b = q.get("sent_id"), r.get("sent_id")
    return _present(a) and _present(b) and str(a) != "" and str(b) != "" and int(a) < int(b)


#: a toll told for a counted number of attacks ("in two car bombings", "twin blasts", "two suicide bombers")
_COUNTED_EVENTS = re.compile(r"\b(?:two|three|four|five|twin|double|triple|\d)\s+(?:[\w-]+\s+){0,2}?(?:attacks|bombings|"
                             r"blasts|explosions|bombs|bombers|strikes|airstrikes|raids)\b", re.I)
#: a figure that covers more than the one event: a tally over time ("since October", "so far this year")
_OVER_TIME = re.compile(r"\bsince\b|\bso\s+far\b|\b(?:this|last|past)\s+(?:year|month|week)|\bin\s+recent\b|"
                        r"\bover\s+the\s+(?:past|last)\b", re.I)


def _told_total(rows: list[dict], field: str) -> int | None:
    """The figure one article's incident gives as the total over the attacks it tells ("20 were killed in two car
    bombings ... the deadlier one killed 14"): the largest figure of a sentence that counts the events it covers,
    neither a tally over time nor an earlier figure since revised; None when the incident's reports come from several
    articles or give no such sentence.

    >>> rows = [{"doc_id": "a", "killed": 20, "evidence": "20 died in two car bombings."},
    ...         {"doc_id": "a", "killed": 14, "evidence": "The deadlier one killed 14."}]
    >>> _told_total(rows, "killed"), _told_total(rows[1:], "killed")
    (20, None)
    >>> _told_total([{"doc_id": "a", "killed": 9, "evidence": "Nine died in separate attacks."}], "killed") is None
    True
    """
    if len({r["doc_id"] for r in rows}) != 1:
        return None
    told = [int(r[field]) for r in rows if _present(r[field]) and _total_sentence(str(r.get("evidence") or ""))]
    return max(told) if told else None


#: a toll that is loose, earlier or told for attacks apart ("around two dozen", "initially said", "separate attacks")
_LOOSE_TOTAL = re.compile(r"\b(?:separate|initially|earlier|first|recent|around|about|some|nearly|roughly)\b", re.I)


def _total_sentence(ev: str) -> bool:
    """Whether a sentence gives a total over the attacks it tells: it counts them ("in two car bombings"), or names
    several without a loose, earlier or separate figure; never a tally over time nor a figure since revised.

    >>> _total_sentence("20 died in two car bombings."), _total_sentence("Attacks left around 24 injured.")
    (True, False)
    """
    if _OVER_TIME.search(ev) or _SUPERSEDED.search(ev):
        return False
    return bool(_COUNTED_EVENTS.search(ev) or _SEVERAL.search(ev) and not _LOOSE_TOTAL.search(ev))


def _count_fields(rows: list[dict], weapon: str = "") -> tuple[dict, list[dict]]:
    """Consensus counts and casualty groups, with a conflict per count on which outlets disagree; munitions counted
    of the incident's own ``weapon`` family, when some are, before those of another ("20 rockets" before "three drones")."""
    out, conflicts = {}, []
    rows = _once_each(rows)
    for f in COUNT_FIELDS:
        told = _own_munitions(rows, f, weapon) if f in _MUNITION_COUNTS else rows
        value, bad = _consensus_count(_also_added(told, f) if f in _ALSO_TOLD else told, f)
        total = _told_total(rows, f) if f in ("killed", "injured") and _present(value) else None
        value, bad = (total, None) if total is not None and total > value else (value, bad)
        if f in ("n_hit", "n_intercepted") and not _present(value) and _present(out["n_fired"]) and \
                not _present(out.get("n_intercepted" if f == "n_hit" else "n_hit")) and \
                any(_qualifier(r, f) == "all" for r in told):
            value = out["n_fired"]  # "three rockets were fired ... the rockets slammed into the depot": all three hit
        out[f] = value
        if bad:
            conflicts.append({"field": f, "values": bad, "consensus": ""})
    for f in ("killed_who", "injured_who"):
        out[f] = ";".join(sorted({g for r in rows for g in str(r.get(f) or "").split(";") if g}))
    if _none_outweighed(rows, out):
        out["injured"] = pd.NA  # "no casualties among the troops" beside "the attack killed six fighters": no wounded figure
    return out, conflicts


_MUNITION_COUNTS = ("n_fired", "n_hit", "n_intercepted")


def _once_each(rows: list[dict]) -> list[dict]:
    """The rows without those of a sentence an article repeats word for word (a page that prints a paragraph twice):
    its "another was also wounded" is told once, not added twice.

    >>> r = {"doc_id": "a", "sent_id": 1, "evidence": "Another was also hurt."}
    >>> len(_once_each([r, {**r, "sent_id": 3}])), len(_once_each([r, {**r, "killed": 2}]))
    (1, 2)
    """
    first: dict[tuple[str, str], object] = {}
    out = []
    for r in rows:
        key = (str(r["doc_id"]), str(r.get("evidence") or ""))
        if first.setdefault(key, r.get("sent_id")) == r.get("sent_id") or not key[1]:
            out.append(r)
    return out


def _own_munitions(rows: list[dict], field: str, weapon: str) -> list[dict]:
    """The rows whose munitions are of ``weapon``'s family when one of them gives ``field``, else all rows.

    >>> rows = [{"weapon": "rockets", "n_fired": 20}, {"weapon": "drones", "n_fired": 3}]
    >>> [r["n_fired"] for r in _own_munitions(rows, "n_fired", "rockets")]
    [20]
    >>> [r["n_fired"] for r in _own_munitions([{"weapon": "missiles", "n_fired": 1}, {"weapon": "rockets", "n_fired": 7}],
    ...                                        "n_fired", "missiles")]
    [1, 7]
    """
    if not weapon:
        return rows
    fam = vocabulary().family(weapon)
    fams = {fam} | {f for pair in _SAME_MUNITION if fam in pair for f in pair}
    own = [r for r in rows if not r.get("weapon") or vocabulary().family(str(r["weapon"]).split(";")[0]) in fams]
    return own if any(_present(r.get(field)) for r in own) else rows


#: munition families news uses for the same projectiles ("a missile was fired ... at least seven rockets were fired")
_SAME_MUNITION = (frozenset({"rocket", "missile"}),)


def _none_outweighed(rows: list[dict], counts: dict) -> bool:
    """Whether the incident's zero wounded comes only from reports of no casualties at all that its death toll
    contradicts (the "no casualties" spoke of one group, or of the first hours): they then give no wounded figure.

    >>> _none_outweighed([{"killed": 0, "injured": 0}, {"killed": 6, "injured": None}], {"killed": 6, "injured": 0})
    True
    >>> _none_outweighed([{"killed": 0, "injured": 0}, {"killed": 6, "injured": 0}], {"killed": 6, "injured": 0})
    False
    """
    if not (_present(counts["killed"]) and counts["killed"] > 0 and _present(counts["injured"]) and counts["injured"] == 0):
        return False
    zeros = [r for r in rows if _present(r["injured"]) and r["injured"] == 0]
    return all(_present(r["killed"]) and r["killed"] == 0 for r in zeros)


def _actor_fields(rows: list[dict], family: str) -> tuple[dict, dict | None]:
    """The perpetrator (claimed before stated, named before generic), all attributions, and a conflict when
    outlets name different armed groups."""
    perps = [r for r in rows if r["actor_id"]]
    gaz = actors_gazetteer()
    named = sorted({r["actor_id"] for r in perps if r["actor_id"] not in ("pro_iran_militias", "unknown_group")
                    and gaz.rows.get(r["actor_id"], {}).get("type") == "armed group"})
    conflict = None
    if len(named) > 1 and family == "militia":
        conflict = {"field": "perpetrator", "values": sorted({f"{r['doc_id']}: {r['actor']} ({r['attribution']})"
                                                              for r in perps if r["actor_id"] in named}), "consensus": ""}
    lead = sorted(perps, key=lambda r: (r["actor_id"] in ("pro_iran_militias", "unknown_group"),
                                        r.get("actor_attribution") != "claimed", r["doc_id"]))
    out = {"actor_id": "", "actor": "", "actor_attribution": "", "attribution": ""}
    if lead:
        out = {k: lead[0].get(k, "") for k in out}
    out["actors"] = "; ".join(sorted({f"{r['actor']} ({r['attribution']}" + (f" by {r['attributed_by']}"
                                                                               if r["attributed_by"] else "")
                                      + f", {r['doc_id']})" for r in perps}))
    out["target"] = next((r["target"] for r in rows if r.get("target")), "")
    return out, conflict


def _site_conflict(rows: list[dict], pid: str) -> dict | None:
    """A conflict when outlets put the incident at different sites (neither inside the other)."""
    gaz = places_gazetteer()
    sites = sorted({r["place_id"] for r in rows if r["place_id"] and gaz.row(r["place_id"])["type"] in SITE_TYPES})
    sites = [p for p in sites if not any(p in ancestors(q) for q in sites)]
    if len(sites) < 2:
        return None
    return {"field": "place", "values": sorted({f"{r['doc_id']}: {r['place_id']}" for r in rows if r["place_id"] in sites}),
            "consensus": pid}


def _incident_record(c: _Cluster, label: dict) -> tuple[dict, list[dict]]:
    """One incident row and its conflicts."""
    rows = c.rows
    rec = {**_type_fields(rows, c), **_place_fields(rows, c)}
    dates, dconf = _date_fields(rows, c)
    counts, conflicts = _count_fields(rows, str(rec.get("weapon") or ""))
    actors, aconf = _actor_fields(rows, c.family)
    rec.update({**dates, **counts, **actors})
    conflicts = ([dconf] if dconf else []) + conflicts + ([aconf] if aconf else [])
    sconf = _site_conflict(rows, rec["place_id"])
    conflicts += [sconf] if sconf else []
    docs = sorted({r["doc_id"] for r in rows})
    rec.update(n_mentions=len(rows), n_sources=len(docs), doc_ids=";".join(docs),
               sources="; ".join(str(label.get(d, d)) for d in docs),
               mention_ids=";".join(sorted(r["mention_id"] for r in rows)),
               evidence=max(rows, key=lambda r: (r["place_source"] == "sentence", r["date_source"] == "sentence",
                                                 -len(r["evidence"])))["evidence"],
               conflicts=";".join(sorted({x["field"] for x in conflicts})))
    return rec, conflicts


def _incident_table(clusters: list[_Cluster], articles: pd.DataFrame | None) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Incidents and conflicts tables from clusters, ids in date order."""
    label = {}
    if articles is not None and "doc_id" in articles:
        col = "label" if "label" in articles.columns else "outlet" if "outlet" in articles.columns else None
        label = dict(zip(articles["doc_id"], articles[col])) if col else {}
    recs, confl = [], []
    for c in clusters:
        rec, conflicts = _incident_record(c, label)
        recs.append(rec)
        confl.extend((rec["mention_ids"], x) for x in conflicts)
    inc = pd.DataFrame(recs, columns=INCIDENT_COLUMNS)
    inc["_k"] = inc["earliest"].replace("", "9999")
    inc = inc.sort_values(["_k", "date", "place_id", "mention_ids"], kind="stable").drop(columns="_k").reset_index(drop=True)
    inc["incident_id"] = [f"inc{i + 1:03d}" for i in range(len(inc))]
    by_mentions = inc.set_index("mention_ids")
    rows_c = [{"incident_id": by_mentions.at[mids, "incident_id"], "field": x["field"], "n_values": len(x["values"]),
               "values": " | ".join(x["values"]), "consensus": str(x["consensus"]),
               "place": by_mentions.at[mids, "place"], "date": by_mentions.at[mids, "date"]} for mids, x in confl]
    conf = pd.DataFrame(rows_c, columns=CONFLICT_COLUMNS).sort_values(["incident_id", "field"]).reset_index(drop=True)
    return _typed(inc), conf


def _typed(inc: pd.DataFrame) -> pd.DataFrame:
    """Column types of the incidents table."""
    for f in COUNT_FIELDS + ["geo_precision"]:
        inc[f] = pd.to_numeric(inc[f], errors="coerce").astype("Int64")
    for col in ("latitude", "longitude"):
        inc[col] = pd.to_numeric(inc[col], errors="coerce").astype("float64")
    for col in INCIDENT_COLUMNS:
        if inc[col].dtype == object:
            inc[col] = inc[col].fillna("").astype(str)
    return inc
