"""Which of the places a sentence names is its event’s own (``site_place``): the most specific, not one that only
locates another ("Halwan, Kirkuk", "the Damascus suburb of X"), gives a direction ("south of Baghdad") or a vicinity
("near X"); and events told in two joined countries ("in Iraq and Syria")."""

from __future__ import annotations

import re

from ..gazetteer import match_key
from ..places import TOWN_TYPES, ancestors, specificity


def site_place(places: list[dict], sent: str = "", locators_ok: bool = False) -> dict | None:
    """The place of a mention: the most specific; a place that only locates another ("X in Y", "X, Y",
    "south of Y", "Y's X") is dropped, and when all do, None (``locators_ok``: the most specific of them).

    >>> from analysis.events.places import scan_places
    >>> s = "Rockets hit the base in Deir Ezzor's Conoco gas field."
    >>> site_place(scan_places(s), s)["place_id"]
    'conoco_field'
    """
    if not places:
        return None
    places = [p for p in places if not _border_of_other(p, places)] or places
    finer = [p for p in places if p["type"] != "country"] or places
    if sent:
        near, wide = _near_and_wide(sent, finer)
        vicinity = [p for p in wide if p not in near]  # towns named after "near"
        if not near or vicinity and min(map(_spec, near)) > min(map(_spec, vicinity)):
            near = wide  # "struck depots near X", "near the city of X in the province of Y": the vicinity is the place
        if not near and not locators_ok:
            return None  # only places that locate another ("120 km west of Mosul"): the event's own is unnamed
        finer = near or finer
    holders = {a for q in finer for a in ancestors(q["place_id"])}  # "Umm Kahf village in the X district": not X
    best = sorted(finer, key=lambda p: (p["place_id"] in holders, specificity(p["place_id"]), p["type"] not in TOWN_TYPES and
                                        p["source"] == "geonames", p["source"] == "text" and p["type"] == "place",
                                        p["type"] in TOWN_TYPES, p["start"]))[0]  # a text's village before its "X region"
    return _finer_inside(sent, best, places) if sent else best


def _finer_inside(sent: str, best: dict, places: list[dict]) -> dict:
    """A finer place of the sentence that lies inside a province or wider place chosen ("the mayor of X ... in Y
    province": X, in Y, though it was read as an office's place); not one that only gives a direction or a border.

    >>> from analysis.events.places import scan_places
    >>> s = "The mayor of Tikrit was killed by a bomb in Salahuddin province."
    >>> site_place(scan_places(s), s)["name"]
    'Tikrit'
    """
    if specificity(best["place_id"]) < 3 or best["type"] == "country":
        return best
    inside = [p for p in places if best["place_id"] in ancestors(p["place_id"]) and _spec(p) < 3 and not _pointer(sent, p)]
    return min(inside, key=lambda p: (_spec(p), p["start"])) if inside else best


def _pointer(sent: str, p: dict) -> bool:
    """Whether a place only points to where the event is: a direction, a border or one end of a span ("south of X",
    "the border with X", "between X and Y")."""
    before = sent[max(0, p["start"] - 60):p["start"]]
    return bool(_DIRECTION_BEFORE.search(before) or _BORDER_BEFORE.search(before[-30:]) or _BETWEEN_BEFORE.search(before[-50:]))


#: the place source of a mention told in two joined countries ("strikes in Iraq and Syria"): no place, and none to fill
SEVERAL_COUNTRIES = "several countries"


def two_countries(sent: str, found: list[dict], places: list[dict]) -> bool:
    """Whether the event's located places (``found``) are one country joined to the next place named ("in Iraq and
    Syria", "in Syria or Iraq"), another country, and nothing else ("a base in Jordan near Syria and Iraq": Jordan).

    >>> s = "Jets struck sites in Iraq and Syria"
    >>> ps = [{"type": "country", "place_id": "iraq", "start": 21, "end": 25},
    ...       {"type": "country", "place_id": "syria", "start": 30, "end": 35}]
    >>> two_countries(s, ps[:1], ps), two_countries(s, [], ps)
    (True, False)
    """
    return bool(countries_joined(sent, found, places))


def countries_joined(sent: str, found: list[dict], places: list[dict]) -> str:
    """The words that name the two joined countries of ``two_countries`` ("Iraq and Syria"), or "".

    >>> s = "Jets struck sites in Iraq and Syria"
    >>> ps = [{"type": "country", "place_id": "iraq", "start": 21, "end": 25},
    ...       {"type": "country", "place_id": "syria", "start": 30, "end": 35}]
    >>> countries_joined(s, ps[:1], ps)
    'Iraq and Syria'
    >>> s = "Jets struck three sites in Iraq and four in Syria"
    >>> ps = [{"type": "country", "place_id": "iraq", "start": 27, "end": 31},
    ...       {"type": "country", "place_id": "syria", "start": 44, "end": 49}]
    >>> countries_joined(s, ps[:1], ps)
    'Iraq and Syria'
    """
    if not found or any(p["type"] != "country" for p in found):
        return ""
    first = min(found, key=lambda p: p["start"])
    nxt = min((q for q in places if q["start"] >= first["end"]), key=lambda q: q["start"], default=None)
    if nxt is None or nxt["type"] != "country" or nxt["place_id"] == first["place_id"]:
        return ""
    if _JOINED_COUNTED.fullmatch(sent[first["end"]:nxt["start"]]):   # "three sites in Iraq and four in Syria"
        return f"{sent[first['start']:first['end']]} and {sent[nxt['start']:nxt['end']]}"
    if not _JOINED.fullmatch(sent[first["end"]:nxt["start"]]):
        return ""
    return sent[first["start"]:nxt["end"]]  # later countries tell more ("in Iraq and Syria ... troops in Jordan")


_JOINED = re.compile(r"\s*(?:,|and|or|&|,\s*and)\s*")
#: a count of the targets in each of two countries between them ("in Iraq and four in Syria", "in Iraq and two more in Syria")
_JOINED_COUNTED = re.compile(r"\s*,?\s*and\s+(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|several)\s+"
                             r"(?:(?:more|other)\s+)?(?:(?:sites?|targets?|facilities|locations?|bases?|positions?|places|"
                             r"depots?|camps?)\s+)?in\s+(?:the\s+)?", re.I)  # not "and two others in Iraq were arrested"


def joined_names(places: str) -> set[str]:
    """The match keys of the names a list of places joins ("Iraq and Syria", "Syria, Iraq", "Syria or Iraq").

    >>> joined_names("Syria and Iraq") == joined_names("Iraq, Syria") == joined_names("Iraq or Syria")
    True
    """
    return {match_key(n) for n in re.split(r"\s*(?:,\s*and|,|\band\b|\bor\b|&)\s*", places) if n.strip()}


def _near_and_wide(sent: str, finer: list[dict]) -> tuple[list[dict], list[dict]]:
    """The places that locate no other place (``_locator``) and possess none, read with the vicinity rule and without
    it; each place's locator tests are run once for both lists.

    >>> ps = [{"start": 13, "end": 18, "type": "town"}]
    >>> _near_and_wide("rockets near Balad", ps), _near_and_wide("rockets in Balad", ps)[0] == ps
    (([], [{'start': 13, 'end': 18, 'type': 'town'}]), True)
    """
    near, wide = [], []
    for i, p in enumerate(finer):
        prev = finer[i - 1] if i else None
        if _locator(sent, p, prev, False) or i + 1 < len(finer) and _possessor(sent, p, finer[i + 1]):
            continue
        wide.append(p)
        if not _vicinity(sent, p, prev):  # ``_locator(sent, p, prev, True)`` is the one without it or this
            near.append(p)
    return near, wide


def _spec(p: dict) -> int:
    """The specificity of a found place (1 site or town, 2 district, 3 province or wider)."""
    return specificity(p["place_id"])


def _border_of_other(p: dict, places: list[dict]) -> bool:
    """Whether ``p`` is a border told as "the border with X" after a country it does not run along ("a base in Jordan
    near the border with Syria"): that country's border with X, which only locates the event.

    >>> from analysis.events.places import scan_places
    >>> ps = scan_places("a base in Jordan near the border with Syria")
    >>> _border_of_other(ps[1], ps), _border_of_other(ps[0], ps)
    (True, False)
    """

    if p["type"] != "border region" or not re.match(r"border\s+(?:with|of)\b", p["text"], re.I):
        return False
    return any(q["type"] == "country" and q["end"] <= p["start"] and q["place_id"] not in ancestors(p["place_id"])
               for q in places)


#: "Deir Ezzor's Conoco gas field", "Anbar's sprawling Ain al-Asad": the possessor locates the place after it
_POSSESSOR = re.compile(r"(?:['’]s)?\s+(?:the\s+)?(?:(?:[a-z][\w-]*\s+){0,3}|(?:Sunni|Shi[’']?ite|Shia|Kurdish|Christian|Arab|"
                        r"Turkmen|Yazidi|Druze|Alawite|Assyrian)\s+(?:[a-z][\w-]*\s+){0,2}(?:suburbs?|neighbou?rhoods?|"
                        r"districts?|areas?|quarters?|towns?|villages?|outskirts)\s+of\s+)")  # "Baghdad's (Sunni) western
# suburb of X" (a sectarian word only before the kind of part: not "Kirkuk's Turkmen pilgrims to Karbala")


#: a town named before the kind of its part, then the part ("the Damascus suburb of Jaramana", "the Baghdad district of
#: Karrada"): the town locates the part
_UNIT_OF = re.compile(r"\s+(?:[a-z][\w-]*\s+)?(?:suburbs?|neighbou?rhoods?|districts?|sub-?districts?|quarters?|areas?|"
                      r"villages?|towns?|countryside|outskirts)\s+of\s+(?:the\s+)?", re.I)


#: how wide a kind of place is: a part is told after a wider one ("the Damascus suburb of Jaramana")
_KIND_RANK = {"country": 6, "region": 5, "province": 4, "district": 3, "city": 2, "town": 1}


def _possessor(sent: str, p: dict, nxt: dict) -> bool:
    """Whether place ``p`` is the possessor of the next one ("Deir Ezzor's Conoco gas field").

    >>> _possessor("Anbar's remote Ain al-Asad", {"start": 0, "end": 5}, {"start": 15})
    True
    >>> _possessor("Baghdad's Sunni western suburb of Abu Ghraib", {"start": 0, "end": 7}, {"start": 34})
    True
    >>> _possessor("the Damascus suburb of Jaramana", {"start": 4, "end": 12, "type": "city"}, {"start": 23, "type": "town"})
    True
    >>> _possessor("the Hiranagar area of Kathua", {"start": 4, "end": 13, "type": "town"}, {"start": 22, "type": "district"})
    False
    >>> _possessor("the Zalan sub-district of Chwarta", {"start": 4, "end": 9, "type": "district", "source": "text"},
    ...            {"start": 26, "type": "town"})
    False
    """
    owned = sent[p["start"]:p["end"]].endswith(("'s", "’s")) or sent[p["end"]:p["end"] + 2] in ("'s", "’s")
    return owned and bool(_POSSESSOR.fullmatch(sent[p["end"]:nxt["start"]])) or \
        _KIND_RANK.get(p.get("type", ""), 0) > _KIND_RANK.get(nxt.get("type", ""), 0) and \
        p.get("source") != "text" and bool(_UNIT_OF.fullmatch(sent[p["end"]:nxt["start"]]))  # "the Damascus suburb
    # of Jaramana" (not "the X area of Y district", where Y holds X; nor "the Zalan sub-district of Chwarta", a place
    # known from the text only, whose kind is the word after it)


#: expressions of ``_locator``, compiled once
_BORDER_BEFORE = re.compile(r"\b(?:border|frontier|boundary)\s+(?:with|of)\s+(?:the\s+)?$", re.I)
_BETWEEN_BEFORE = re.compile(r"\bbetween\s+(?:the\s+)?(?:(?:towns?|villages?|cities|city|areas?)\s+(?:of\s+)?)?"
                             r"(?:[\w'’-]+\s+){0,3}?(?:and\s+)?$", re.I)
#: a distance from a town, right before its name ("a village some 40 km from Baquba", "3 km away from the town of X"):
#: the town only locates the event (read here as a locator and in ``locative`` as no launch site)
DISTANCE_FROM = (r"\b\d+\s*(?:km|kilomet(?:re|er)s?|miles?)\s+(?:away\s+)?from\s+(?:the\s+)?(?:(?:town|city|village|"
                 r"provincial\s+capital)\s+(?:of\s+)?)?$")
_DIRECTION_BEFORE = re.compile(r"(?<!\bin\sthe\s)\b(?:(?:north|south|east|west|northeast|northwest|southeast|southwest)(?:ern)?\s+of|"
                               r"(?:a|an|the)\s+(?:\w+\s+)?(?:town|village|city|district|area|suburb)\s+"
                               r"(?:near|outside|close\s+to)"
                               r"(?!\s+(?:the\s+)?(?:town|city|village)\s+of\s))"  # "a village near the town of X": X, the
                               # vicinity (``_near``) the coders name
                               r"\s+(?:the\s+)?(?:(?!in\s)[\w'’-]+\s+){0,4}$|"  # not "an area near the X Mosque in Y"
                               + DISTANCE_FROM, re.I)  # "some 40 km from Baquba": a locator (not "from X to")
# (four words after "of": "90 km east of the provincial capital city of Tikrit")
_LOCATING_GAP = re.compile(r"\s*(?:(?:town|village|city|area|region|sub-?district)\s+(?=in\b|,))?(?:,|\(|in|near|of|"
                           r"outside)\s*(?:the\s+)?(?:\w+(?:ern)?\s+)?", re.I)  # "near Naijul town in Kifri district": Naijul
#: a place said to lie in the next one ("Lingyado village located in Dansadau area"): the next one only locates it
_LOCATED_IN_GAP = re.compile(r"\s*(?:(?:town|village|city|camp|area|neighbou?rhood)\s+)?,?\s*(?:which\s+is\s+|that\s+is\s+)?"
                             r"(?:located|situated|lying|nestled)\s+(?:in|within|inside)\s+(?:the\s+)?", re.I)
def _located_in(clause: str, a: int, b: int) -> bool:
    """Whether clause[a:b] says the place before it lies in the name at b ("Lingyado village located in |Dansadau").

    >>> _located_in("at Lingyado village located in Dansadau area", 11, 31)
    True
    """
    m = _LOCATED_IN_GAP.match(clause, a) if 0 <= a <= b else None
    return m is not None and m.end() == b


#: an apposition that makes the next place the holder of the one before ("Baquba, the capital city of Diyala province")
_CAPITAL_OF_GAP = re.compile(r",\s*(?:the\s+)?(?:provincial\s+)?(?:capital|centre|center|seat)\s+(?:city\s+)?(?:of|in)\s+"
                             r"(?:the\s+)?", re.I)


def _locator(sent: str, p: dict, prev: dict | None, vicinity: bool = True) -> bool:
    """Whether a place only locates the place before it ("Halwan, Kirkuk", "Omar field in Deir Ezzor") or is a
    direction ("south of Baghdad") or (``vicinity``) a vicinity that another place named may make precise ("near X").

    >>> _locator("in Halwan, Kirkuk", {"start": 11}, {"end": 9}), _locator("south of Baghdad", {"start": 9}, None)
    (True, True)
    >>> _locator("a town near Iraq's capital Baghdad", {"start": 27}, None)
    True
    >>> _locator("in an area between Balad and Dujail", {"start": 29}, None)
    True
    >>> _locator("near Naijul town in Kifri district", {"start": 20}, {"end": 11})
    True
    >>> _locator("the police chief of Hit was wounded", {"start": 20}, None)
    True
    >>> _locator("east of Kut, the capital of Wasit", {"start": 28}, {"end": 11})
    True
    >>> _locator("a unit based in Hit was struck", {"start": 16}, None)
    True
    """
    if _BORDER_BEFORE.search(sent[max(0, p["start"] - 30):p["start"]]):
        return True  # "near the border with Kirkuk province": the border locates, the event is elsewhere
    if _BETWEEN_BEFORE.search(sent[max(0, p["start"] - 50):p["start"]]):
        return True  # "an area between Balad and Dujail": both only locate the event's place
    if _DIRECTION_BEFORE.search(sent[max(0, p["start"] - 60):p["start"]]):
        return True  # "120 km west of Nineveh's provincial capital Mosul", "a town near Iraq's capital Baghdad"
    if _STATIONED_BEFORE.search(sent[max(0, p["start"] - 40):p["start"]]):
        return True  # "a unit based in Tikrit", "gunmen fortified in X fired shells that fell in Y": where they are
    if _OFFICE_OF_BEFORE.search(sent[max(0, p["start"] - 40):p["start"]]):
        return True  # "the police chief of X town escaped ... near Mosul": a person's office, not where it happened
    if vicinity and _vicinity(sent, p, prev):
        return True  # "Near Baghdad, a car bomb ... the town of Mahmoudiyah": the vicinity gives way to the town
    gap = sent[prev["end"]:p["start"]] if prev is not None else ""
    return prev is not None and bool(_LOCATING_GAP.fullmatch(gap) or _CAPITAL_OF_GAP.fullmatch(gap))


#: where a force or a unit stays, not where the event is ("a unit based in X", "fighters entrenched in X")
_STATIONED_BEFORE = re.compile(r"\b(?:based|stationed|deployed|positioned|fortified|entrenched|holed\s+up|garrisoned)\s+"
                               r"(?:in|at)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,2}$", re.I)
#: an office held over a place ("the police chief of X", "a member of the X council"): who the victim is, not where
_OFFICE_OF_BEFORE = re.compile(r"\b(?:chief|commander|governor|mayor|director|head|councill?or|member|deputy|"
                               r"spokes(?:man|woman|person))\s+of\s+(?:the\s+)?$", re.I)


def _vicinity(sent: str, p: dict, prev: dict | None) -> bool:
    """Whether a town follows "near" or "outside", itself or with the place before it ("near X and Y").

    >>> _vicinity("sites near Albu Kamal", {"start": 11, "type": "town"}, None)
    True
    """
    return p.get("type") in TOWN_TYPES and (_near(sent, p) or prev is not None and _near(sent, prev) and
                                            bool(re.fullmatch(r",\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+",
                                                              sent[prev["end"]:p["start"]])))


def _near(sent: str, p: dict) -> bool:
    """Whether a place follows "near" or "outside" ("near Albu Kamal").

    >>> _near("sites near Albu Kamal", {"start": 11}), _near("sites in Albu Kamal", {"start": 9})
    (True, False)
    """
    return bool(_NEAR_BEFORE.search(sent[max(0, p["start"] - 30):p["start"]]))


_NEAR_BEFORE = re.compile(r"\b(?:near|outside|close\s+to|in\s+the\s+vicinity\s+of)\s+(?:the\s+)?"
                          r"(?:(?:city|town|village)\s+of\s+)?$", re.I)


from ..prefilter import guard_patterns  # noqa: E402  (after every expression of the module is defined)

guard_patterns(globals())
