"""What two mentions of one incident may share: places that fit, weapon families, counts, date intervals and event
families."""

from __future__ import annotations

import re
from datetime import date
from typing import Callable

import numpy as np

from ..actors import actors_gazetteer
from ..places import places_compatible
from ..vocabulary import vocabulary


try:
    from pandas.core.dtypes.cast import maybe_box_native  # what ``DataFrame.to_dict`` makes of an object cell
except ImportError:  # pragma: no cover - another pandas: ``_records`` leaves the rows to ``to_dict``
    maybe_box_native = None

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
_ANOTHER_EVENT = re.compile(r"(?<!\bfears\sof\s)(?<!\bfear\sof\s)(?<!\bfearing\s)(?<!\bfeared\s)"
                            r"\b(?:yet\s+)?another,?\s+(?:(?:separate|smaller|larger|deadly|smaller-scale|large-scale|"
                            r"similar|major|drone|rocket|missile|violent|bloody|fatal|roadside|car|bomb|suicide|mortar|IED|"
                            r"explosive|terrorist|armed|militant|insurgent|grenade|sniper),?\s+){0,2}"
                            r"(?:attack|incident|instance|episode|bombing|ambush|raid|assault)\b"
                            r"(?!\s+(?:on|like)\b)|"
                            r"\b(?:attack|ambush|raid)\s+on\s+(?:a\s+|an\s+)?(?:different|separate)\b|"
                            r"\ban?\s+(?:different|separate)\s+(?:[\w-]+\s+){0,2}?(?:attack|ambush|raid|bombing|incident)\b", re.I)
#: (its kind may stand between: "another, smaller-scale attack had taken place on Monday in X", "another separate attack";
#: so do "a separate ambush", "a different roadside bomb attack" and "an attack on a different convoy"; "another
#: roadside bomb attack", "another bombing" and "another ambush" are further events too; not one feared, "raised fears
#: of another bombing", "fearing another ambush")


#: a sentence that opens on an earlier hour of the story's day ("Earlier Friday, a Saudi airstrike in the port city of
#: X hit a telecommunication center"): a placed event of that day is one more event, not the story's
_EARLIER_THAT_DAY = re.compile(r"^\W*(?:date\s+\S+\s+)?earlier\s+(?:on\s+)?(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|"
                               r"in\s+the\s+day|that\s+day|today)\b", re.I)
#: a sentence that opens on days before the event told ("Two days earlier, a patrol was attacked in X"): a placed event
#: then is one more event when the one told before it had a day of its own (not after a lede that only updates a toll
#: or reports a claim: "Two days earlier, a bomber blew himself up in the mosque" is that event)
_DAYS_EARLIER = re.compile(r"^\W*(?:a|one|two|three|four|five|six|seven|\d+|several|a\s+few)\s+"
                           r"(?:days?|weeks?|nights?)\s+(?:earlier|before),", re.I)


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


#: a sentence that opens on an event already told ("The blast ...", "This attack ...")
DEFINITE_START = re.compile(r"^\W*(?:the|this|that|these|those|its|their)\b(?!\s*,)", re.I)  # not "That, of course, is ..."


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


def _pair_fit(test: Callable[[str, str], bool], a: str, b: str) -> bool:
    """``test(a, b)`` of two places, remembered within a merge with ``_places_fit``'s pairs (the gazetteer's answers
    hold for the merge: the places read from its texts are registered before it starts).

    >>> from analysis.events.merge.retell import _loose_places; from analysis.events.merge.score import _places_nested
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


from ..prefilter import guard_patterns  # noqa: E402  (after every expression of the module is defined)

guard_patterns(globals())
