"""Where a mention's event happened: which of the places a sentence names is the event's own.

Rules (each a general habit of news prose, not of one outlet):

* the most specific place wins; a place that only locates another ("Halwan, Kirkuk", "the Omar field in
  Deir Ezzor"), gives a direction or distance ("south of Baghdad", "120 km west of Mosul") or a vicinity ("a
  town near Baghdad") gives way, and is used only when nothing else is named (:func:`site_place`);
* a place is not the event's when it is a dateline ("TEHRAN (Tasnim) -", "FALLUJA, Iraq, Aug 29 (Reuters) -"),
  a clock ("Baghdad time"), a modifier ("Iran-backed"), a launch site ("from Mayadin"), part of an
  organisation's name ("the Kurdistan Workers' Party"), inside a quotation about something else, or in the
  words that say who reports the event ("X in the Kurdistan Region said that ...", ", the service of the
  Kurdish region said") (:func:`locative`, :func:`source_spans`);
* a country counts only after "in"/"inside"; a place the gazetteers lack is taken as written after
  "in"/"near" ("a sticky bomb in Talibiya") or as a named base ("the Tal Baydar base") (:func:`named_place`).
"""

from __future__ import annotations

import re
from functools import lru_cache

import numpy as np
import pandas as pd

from .counts import DEMONYMS
from .gazetteer import match_key, token_key
from .places.unknown import _DESCRIBED
from .places.tables import _FUNCTION_WORDS
from .places import (AIMED_AT_BEFORE, HOLIDAY, SITE_TYPES, TOWN_TYPES, ancestors, country_adjectives, place_stopwords,
                     places_gazetteer, scan_places, specificity, text_place)

__all__ = ["site_place", "named_place", "header_place", "header_wins", "source_spans", "quoted_spans", "locative", "place_cols",
           "country_of", "countries_joined", "joined_names", "SEVERAL_COUNTRIES", "BASE_NAME", "AREA_NAME", "ROAD_NAME", "road_place", "part_place", "demonym_site", "located_places"]

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
_POSSESSOR = re.compile(r"(?:['’]s)?\s+(?:the\s+)?(?:[a-z][\w-]*\s+){0,3}")  # "Baghdad's western suburb of X"


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
    >>> _possessor("the Damascus suburb of Jaramana", {"start": 4, "end": 12, "type": "city"}, {"start": 23, "type": "town"})
    True
    >>> _possessor("the Hiranagar area of Kathua", {"start": 4, "end": 13, "type": "town"}, {"start": 22, "type": "district"})
    False
    """
    owned = sent[p["start"]:p["end"]].endswith(("'s", "’s")) or sent[p["end"]:p["end"] + 2] in ("'s", "’s")
    return owned and bool(_POSSESSOR.fullmatch(sent[p["end"]:nxt["start"]])) or \
        _KIND_RANK.get(p.get("type", ""), 0) > _KIND_RANK.get(nxt.get("type", ""), 0) and \
        bool(_UNIT_OF.fullmatch(sent[p["end"]:nxt["start"]]))  # "the Damascus suburb of Jaramana" (not "the X area of
    # Y district", where Y holds X)


#: expressions of ``_locator``, compiled once
_BORDER_BEFORE = re.compile(r"\b(?:border|frontier|boundary)\s+(?:with|of)\s+(?:the\s+)?$", re.I)
_BETWEEN_BEFORE = re.compile(r"\bbetween\s+(?:the\s+)?(?:(?:towns?|villages?|cities|city|areas?)\s+(?:of\s+)?)?"
                             r"(?:[\w'’-]+\s+){0,3}?(?:and\s+)?$", re.I)
_DIRECTION_BEFORE = re.compile(r"(?<!\bin\sthe\s)\b(?:(?:north|south|east|west|northeast|northwest|southeast|southwest)(?:ern)?\s+of|"
                               r"(?:a|an|the)\s+(?:\w+\s+)?(?:town|village|city|district|area|suburb)\s+"
                               r"(?:near|outside|close\s+to)"
                               r"(?!\s+(?:the\s+)?(?:town|city|village)\s+of\s))"  # "a village near the town of X": X, the
                               # vicinity (``_near``) the coders name
                               r"\s+(?:the\s+)?(?:(?!in\s)[\w'’-]+\s+){0,4}$", re.I)  # not "an area near the X Mosque in Y"
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


_IN_NAME = re.compile(r"(?:\b(?:[Ii]n|[Nn]ear|[Aa]t|[Oo]utside)|(?:strikes?|attacks?|raids?|shelling|bombardment)\s+on)\s+(?:the\s+)?"
                      r"(?:(?:occupied|besieged|disputed|contested)\s+)?"  # "in the occupied Shebaa Farms"
                      r"(?:[A-Z][a-z]+['’]s\s+)?(?P<n>(?:[Aa]l-|[Ee]l-)?[A-Z][a-z-]+(?:['’][A-Za-z-]+)?"
                      r"(?:\s+(?!(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b)(?:al-|el-|Al-|Bani\s+|Abu\s+)?[A-Z][a-z'’-]+){0,3})"
                      r"(?![\w'’-])")  # not a weekday after the name ("in Sulu Friday")


#: a named base the gazetteers lack ("the Bashur base", "Kani Spika airfield"); the name keeps its site word
BASE_NAME = re.compile(r"(?<![\w-])(?P<n>(?:(?:al|el)-)?[A-Z][a-z'’-]+(?:\s+(?:(?:al|el)-)?[A-Z][a-z'’-]+)?\s+"
                        r"(?:(?:[Aa]ir\s*)?[Bb]ase|[Aa]irbase|[Aa]ir\s*field|[Aa]irfield|[Cc]amp|[Oo]utpost|[Gg]arrison))\b")


#: a named road ("on the Basra-Dhi Qar highway", "on al-Anbar highway"); the name keeps its road word
ROAD_NAME = re.compile(r"(?<![\w-])(?P<n>(?:(?:al|el)-)?[A-Z][\w'’]+(?:\s?[-–]\s?(?:(?:al|el)-)?[A-Z][\w'’]+)*"
                       r"(?:\s+(?:(?:al|el)-)?[A-Z][\w'’]+)?\s+(?:[Hh]ighway|[Rr]oad|[Mm]otorway|[Ee]xpressway|Parade|Boulevard))\b")


def road_place(clause: str, lo: int, actors: list[dict], place: dict | None) -> dict | None:
    """A named road of the clause when it is the event's place: no other place, or the other one is only a name inside
    the road's ("Basra" in "the Basra-Dhi Qar highway") or an area it runs through.

    >>> road_place("A bomb hit a convoy on the Basra-Dhi Qar highway.", 0, [], None)["name"]
    'Basra-Dhi Qar highway'
    >>> road_place("A bomb hit a convoy on the Basra-Dhi Qar highway.", 0, [], {"start": 27, "type": "city"})["name"]
    'Basra-Dhi Qar highway'
    >>> road_place("A bomb hit the Tal base near the Airport Road.", 0, [], {"start": 15, "type": "military base"}) is None
    True
    """
    road = named_place(clause, lo, actors, ROAD_NAME)
    if road is None:
        return None
    if place is not None and not (road["start"] <= place["start"] < road["end"] or
                                  place["type"] in ("country", "region", "province")):
        return None

    named = [p for p in scan_places(road["name"], fuzzy=False) if p["type"] != "country"]
    if named:  # "the Basra-Dhi Qar highway" lies in the first place it names, as far as merging goes
        road["place_id"] = text_place(road["name"], "road", named[0]["place_id"])
    return road


#: a named area the gazetteers lack ("in the Sayyid Gharib area", "near the Tal Hamis district")
AREA_NAME = re.compile(r"\b(?:in|near|at|outside)\s+(?:the\s+)?(?P<n>(?:(?:al|el)-\s?)?[A-Z][a-z'’-]+(?:\s+(?:(?:al|el)-)?"
                       r"[A-Z][a-z'’-]+){0,2})\s+(?:area|district|sub-?district|village|neighbou?rhood|quarter)\b")


#: a name the gazetteers lack given as a part of a known place: a quarter, suburb, village or valley ("on the Daf
#: al-Shouq residential area in Damascus Countryside", "in the southern Tadamon suburb of Damascus", "the village of
#: 'Kani Kand' within the Koysinjaq district")
_PART_WORDS = (r"(?:residential\s+)?(?i:area|district|sub-?district|village|neighbou?rhood|quarter|suburb|valley|sector|"
               r"section|region|community|settlement|hamlet)")
#: a landmark noun that belongs to the name it follows ("al-Firdos Square", "al-Qanat Street", "al-Mashtal Bridge"): the
#: name keeps it, as street signs and coders write it
_LANDMARK_NOUNS = (r"square|street|stadium|bridge|roundabout|bus\s+(?:station|terminal|garage)|garage|school|shrine|camp|mosque|"
                   r"church|market(?:place)?|intersection|pier|power\s+(?:plant|station)|refinery|prison")
_LANDMARK_WORDS = r"(?P<lm>(?i:" + _LANDMARK_NOUNS + "))"
_PART_NAME = (r"(?:(?:al|el|Al|El)(?:-\s?|\s(?=[A-Z])))?[A-Z][a-z'’-]+(?:\s+(?:(?:al|el)-|(?:bin|ibn|bint)\s+)?"
              r"[A-Z][a-z'’-]+){0,2}")  # "Uqba bin Nafia square"
PART_NAME = re.compile(r"\b(?:in|on|at|near|targeting|outskirts\s+of|attacked|stormed|raided|invaded|overran|targeted|"
                       r"hit|struck|shelled)\s+(?:the\s+)?(?:(?:\w+ern|central)\s+)?"
                       r"(?:[A-Z][a-z]+(?:\s+(?i:district|province|county|state|city|region|governorate))?['’]s\s+)?"
                       r"(?P<n>" + _PART_NAME + r")"  # "in southern Baghdad's X section", "in Y district's X area"
                       r"(?P<w>\s+Valley)?\s*(?(w)|\s(?:" + _PART_WORDS + "|" + _LANDMARK_WORDS + r"))\b|"
                       r"\b(?:village|area|neighbou?rhood|town)\s+of\s+[\"“]?(?P<n2>" + _PART_NAME + r")|"
                       r"\b(?:in|at|near)\s+(?P<n3>" + _PART_NAME + r"),\s+an?\s+(?:(?:small|remote|rural|border|farming|"
                       r"mountain|mountainous)\s+)?(?:village|hamlet|settlement|locality)\b")  # "in X, a village 250 km from Y"


#: an Arabic article written apart from its name ("al- Muthanna"): read joined
_ARTICLE_SPACE = re.compile(r"^((?:al|el|Al|El)-)\s+")
#: what joins a quarter the gazetteers lack to the town that locates it ("Dourat al-Hamam, eastern Mosul", "al-Boursa
#: region, western Mosul", "Jabiel region, eastern Falluja")
_PART_GAP = re.compile(r"(?:\s+(?i:area|district|sub-?district|region|neighbou?rhood|quarter|village))?\s*,\s*"
                       r"(?:(?:(?:north|south|east|west)(?:ern|east|west)*|central|downtown)\s+)?(?:the\s+)?(?:city\s+of\s+)?")


#: another name after the town found ("Belfast, London and Dublin"): the town is one of a list
_LIST_GOES_ON = re.compile(r"\s*(?:,\s*|\s+and\s+)(?:the\s+)?[A-Z]")


def _part_before(clause: str, lo: int, taken: list[dict], place: dict) -> dict | None:
    """A name the gazetteers lack told just before the town or city found, as its part ("in Dourat al-Hamam, eastern
    Mosul"): the finer place, registered inside the found one.

    >>> c = "A bomb went off in Dourat al-Hamam, eastern Mosul."
    >>> _part_before(c, 0, [], {"place_id": "mosul", "type": "city", "start": 44, "end": 49})["name"]
    'Dourat al-Hamam'
    >>> _part_before("A bomb went off in Mosul.", 0, [], {"place_id": "mosul", "type": "city", "start": 19, "end": 24}) is None
    True
    >>> c = "It was condemned in Belfast, London and Dublin."
    >>> _part_before(c, 0, [], {"place_id": "london", "type": "city", "start": 29, "end": 35}) is None
    True
    """
    if place["type"] not in TOWN_TYPES or _LIST_GOES_ON.match(clause, place["end"] - lo):
        return None  # "condemned in Belfast, London and Dublin": a list of towns, not a part and its town
    end = place["start"] - lo
    for m in _IN_NAME.finditer(clause, 0, max(0, end)):
        if not _PART_GAP.fullmatch(clause, m.end("n"), end) or \
                any(a["start"] <= lo + m.start("n") < a["end"] for a in taken):
            continue
        part = named_place("in " + m.group("n"), 0, [])  # the name's own checks (not a month, a function word...)
        if part is not None:
            return {**part, "start": lo + m.start("n"), "end": lo + m.end("n"),
                    "place_id": text_place(part["name"], "neighbourhood", place["place_id"])}
    return None


def _within(place: dict) -> dict:
    """What a part takes from the place it lies in: its country, province, district, town and (approximate) point.

    >>> _within({"country": "Iraq", "admin1": "Baghdad", "district": "", "town": "Baghdad", "latitude": 33.3,
    ...          "longitude": 44.4, "type": "city"})["town"]
    'Baghdad'
    """
    return {k: place.get(k, "") for k in ("country", "admin1", "district", "town", "latitude", "longitude")}


#: a landmark named after the town or quarter just found ("near the Mahja bridge", "near the Shaab stadium")
_LANDMARK_AFTER = re.compile(r"\s+(?P<lm>(?i:" + _LANDMARK_NOUNS + r"|mountains?)\b)")
#: what is written right before a landmark's name ("the Mahja bridge", "at Talubo power plant", "on Sinjar mountain")
_THE_BEFORE = re.compile(r"\b(?:the|at|on|near|in)\s+$", re.I)


def _landmark_of(clause: str, lo: int, place: dict) -> dict | None:
    """A landmark that takes its name from the town or quarter found ("the Mahja bridge"): the finer place, inside it
    (not a city's: "the Mosul bridge" may be any of them).

    >>> c = "A bomb hit a patrol near the Mahja bridge."
    >>> _landmark_of(c, 0, {"place_id": "gn:1", "type": "town", "start": 29, "end": 34, "text": "Mahja"})["name"]
    'Mahja bridge'
    """
    if place["type"] not in ("town", "village", "neighbourhood", "place") or \
            not _THE_BEFORE.search(clause[max(0, place["start"] - lo - 5):place["start"] - lo]):
        return None
    m = _LANDMARK_AFTER.match(clause, place["end"] - lo)
    if m is None:
        return None
    name = place["text"] + " " + m.group("lm")
    return {**place, "end": lo + m.end(), "text": name, "name": name, "type": "place", "method": "pattern",
            "source": "text", "place_id": text_place(name, "neighbourhood", place["place_id"])}


#: what stands between a named base and the wider place that locates it ("the X base located in Anbar province")
_BASE_LOCATED = re.compile(r"[\s,]*(?:(?:located|situated|lying)\s+)?(?:in|inside|near|within)\s+(?:the\s+)?(?:[a-z]+\s+){0,2}|"
                           r"\s*,\s*(?:in\s+)?(?:the\s+)?")


#: what before a base's name makes it no named base of the event ("a Marine base": any base; "from the X base": the origin)
_NOT_A_BASE_NAME = re.compile(r"(?:\b(?:an?|any|another)|\bfrom\s+(?:the)?)\s+$", re.I)


def _base_in(clause: str, lo: int, place: dict, taken: list[dict]) -> dict | None:
    """A named base the gazetteers do not hold, told right before the province, region or country that locates it
    ("drones attacked the Zulfa base located in Anbar province"): the base, registered inside that place.

    >>> _base_in("drones hit the Zulfa base located in Anbar province", 0,
    ...          {"place_id": "anbar", "type": "province", "start": 37, "end": 42}, [])["name"]
    'Zulfa base'
    """
    if place["type"] not in ("province", "region", "country"):
        return None
    for m in BASE_NAME.finditer(clause, 0, max(0, place["start"] - lo)):
        taken_here = any(a["start"] <= lo + m.start("n") < a["end"] for a in taken)
        if taken_here or not _BASE_LOCATED.fullmatch(clause, m.end(), place["start"] - lo) or \
                _NOT_A_BASE_NAME.search(clause, max(0, m.start() - 20), m.start()):
            continue  # not "a Marine base in Anbar" (any base), nor "drones launched from the X base" (where they came from)
        part = named_place("at the " + m.group("n"), 0, [], BASE_NAME)
        if part is not None:
            return {**part, **_within(place), "start": lo + m.start("n"), "end": lo + m.end("n"), "text": m.group("n"),
                    "place_id": text_place(part["name"], "base", place["place_id"])}
    return None


#: where someone is held, stays or speaks, before the landmark's preposition: not where the event happened
_HELD_WORDS = (r"\b(?:held|jailed|detained|imprisoned|incarcerated|locked\s+up|speaking|spoke|buried|born|studied|studying|"
               r"trained|training|rallied|rallying|mourners|queued|queuing)")  # (not "sheltering", "living", "praying": the
# dead of a strike were often sheltering or praying there)
_HELD_BEFORE = re.compile(_HELD_WORDS + r"\s+(?:\w+\s+)?$", re.I)
#: the same with the preposition, before a name ("sheltering in Rafah school", "Refugees in Kakuma camp said")
_HELD_IN_BEFORE = re.compile(_HELD_WORDS + r"\s+(?:\w+\s+)?(?:in|at|inside|near)\s+(?:the\s+)?$", re.I)
#: a person of the holy site, before its preposition ("a pastor at the Church of X said"): the speaker's, not the event's
_MEMBER_BEFORE = re.compile(r"\b(?:pastor|priest|cleric|imam|bishop|preacher|worshippers?|congregants?|parishioners?|"
                            r"custodian|caretaker|spokes(?:man|woman|person)|official|member)s?\s+$", re.I)
#: a holy site named by whom it honours ("the shrine of Imam Ali al-Sharqi", "the tomb of Sheikh X"): a named site
_HOLY_SITE = re.compile(r"\b(?:in|at|near|outside|inside|targeting|targeted|hit|struck)\s+(?:the\s+)?(?:[a-z]+\s+)?"
                        r"(?P<n>(?i:shrine|tomb|mausoleum|mosque|church)\s+of\s+(?:(?:Imam|Sheikh|Sayyida?|Saint|St\.?|Prophet|"
                        r"Sultan|Our\s+Lady)\s+)?[A-Z][\w'’-]+(?:\s+(?:(?:al|el|bin|ibn)-?\s?)?[A-Z][\w'’-]+){0,2})")


def _holy_site(clause: str, lo: int, actors: list[dict], place: dict) -> dict | None:
    """A holy site named by whom it honours, inside the place found ("near the shrine of Imam Ali al-Sharqi in southern
    Iraq"), unless it is a name's part or the speaker's ("a pastor at the Church of X said").

    >>> _holy_site("bombs exploded near the shrine of Imam Ali in Iraq", 0, [], {"place_id": "iraq", "start": 47, "end": 51})["name"]
    'shrine of Imam Ali'
    """
    holy = _HOLY_SITE.search(clause)
    if holy is None or any(a["start"] <= lo + holy.start("n") < a["end"] for a in actors + [place]) or \
            _MEMBER_BEFORE.search(clause, max(0, holy.start() - 30), holy.start()):
        return None
    name = holy.group("n")
    return {**place, "start": lo + holy.start("n"), "end": lo + holy.end("n"), "text": name, "name": name,
            "type": "place", "method": "pattern", "source": "text", "place_id": text_place(name, "place", place["place_id"])}


def part_place(clause: str, lo: int, actors: list[dict], place: dict | None, found: list[dict]) -> dict | None:
    """A finer place than a city or wider area the gazetteers found: a part of it named in the clause ("a shell fell
    on the Daf al-Shouq residential area in Damascus"), or any name after "in" when only a province was found ("raids
    on areas in al-Qouriyyah in the countryside of Deir Ezzor"); it is registered inside the found place.

    >>> part_place("a shell fell on the Qanawat residential area in Damascus", 0, [],
    ...            {"place_id": "damascus", "type": "city", "start": 47, "end": 55}, [])["name"]
    'Qanawat'
    >>> part_place("a shell fell on the Qanawat area", 0, [], None, []) is None
    True
    >>> part_place("bombs exploded near the shrine of Imam Ali al-Sharqi in Iraq", 0, [],
    ...            {"place_id": "iraq", "type": "country", "start": 55, "end": 59}, [])["name"]
    'shrine of Imam Ali al-Sharqi'
    >>> part_place("gunmen attacked a school in Loroni, a village 250 km northwest of Ouagadougou", 0, [],
    ...            {"place_id": "gn:1", "type": "city", "start": 67, "end": 78}, [])["name"]
    'Loroni'
    """
    if place is None or place["type"] in SITE_TYPES:
        return None
    wide = place["type"] in ("city", "neighbourhood") or specificity(place["place_id"]) >= 2  # "X Square in Karrada"
    taken = actors + found
    base = _base_in(clause, lo, place, taken)
    if base is not None:
        return base
    before = _part_before(clause, lo, taken, place) or _landmark_of(clause, lo, place)  # "in X, eastern Mosul"
    if before is not None:
        return before
    holy = _holy_site(clause, lo, actors, place)
    if holy is not None:
        return holy
    for m in PART_NAME.finditer(clause):
        g = "n" if m.group("n") else "n2" if m.group("n2") else "n3"  # "the village of X" is finer than a town as well
        small = place["type"] in TOWN_TYPES and g == "n" and not re.search(r"(?i)district", m.group())  # "near Sari
        # village, on the outskirts of Qara Tapa": a village or area beside a town is finer as well
        hamlet = g == "n" and re.search(r"(?i)\b(?:village|hamlet|settlement)$", m.group())  # finer than any unit
        if _HELD_BEFORE.search(clause, max(0, m.start() - 40), m.start()):
            continue  # where someone is held, shelters or speaks ("is being held at X prison"): not the event's place
        landmark = g == "n" and bool(m.group("lm"))  # a mosque, a square: finer than any quarter or town
        if not (wide or small or hamlet or landmark or g != "n") or any(a["start"] <= lo + m.start(g) < a["end"] for a in taken) or \
                place["start"] <= lo + m.start(g) < place["end"] or \
                m.start() >= place["end"] - lo and not clause[place["end"] - lo:m.start()].strip(" ,") or \
                _located_in(clause, place["end"] - lo, m.start(g)):
            continue  # nor what locates the place found ("the sub-district of X in the Y region"): a wider area
        part = named_place("in " + _ARTICLE_SPACE.sub(r"\1", m.group(g)), 0, [])  # the name's own checks ("al- X": "al-X")
        if part is not None:
            whole = _ARTICLE_SPACE.sub(r"\1", m.group(g))  # the name as matched ("Uqba bin Nafia"), when it begins so
            name = whole if whole.startswith(part["name"]) else part["name"]
            name += (m.group("w") or "") if g == "n" else ""  # "Balisan Valley"
            name += " " + m.group("lm") if g == "n" and m.group("lm") else ""  # "al-Firdos Square"
            end = m.end("lm") if g == "n" and m.group("lm") else m.end(g) + len(m.group("w") or "")
            return {**part, **_within(place), "start": lo + m.start(g), "end": lo + end, "text": clause[m.start(g):end],
                    "name": name, "place_id": text_place(name, "neighbourhood", place["place_id"])}
    if place["type"] == "province":  # not a country or region: "in Yazidi homeland X in northern Iraq"
        part = named_place(clause, lo, actors, known=found)
        if part is not None and part["start"] < place["start"]:
            return {**part, "place_id": text_place(part["name"], "place", place["place_id"])}
    return None


#: a site described by its country's adjective ("an Iraqi military base"): the country, for want of better
_DEMONYM_SITE = re.compile(r"\b(?:(?:an?|the)\s+|(?:on|at|against)\s+(?:(?:two|three|four|five|several|\d+)\s+)?)"
                           r"(?P<d>Iraqi|Syrian|Jordanian|Lebanese|Kuwaiti)\s+(?:military\s+|army\s+|air\s+|security\s+|"
                           r"police\s+)?(?:bases?|airbases?|garrisons?|outposts?|camps?|checkpoints?|facilit(?:y|ies)|"
                           r"installations?|positions|posts)\b")  # one site or several ("strikes on Syrian army positions")
_DEMONYM_COUNTRY = {"Iraqi": "iraq", "Syrian": "syria", "Jordanian": "jordan", "Lebanese": "lebanon", "Kuwaiti": "kuwait"}


def demonym_site(clause: str, lo: int) -> dict | None:
    """The country of a site named only by its country's adjective ("a rocket attack on an Iraqi military base").

    >>> demonym_site("a rocket attack on an Iraqi military base in December", 0)["place_id"]
    'iraq'
    >>> demonym_site("jets bombed Syrian army positions near the border", 0), demonym_site("raids on three Syrian posts", 0)["place_id"]
    (None, 'syria')
    """

    m = _DEMONYM_SITE.search(clause)
    pid = _DEMONYM_COUNTRY.get(m.group("d")) if m else None
    if pid is None or pid not in places_gazetteer().rows:
        return None
    r = places_gazetteer().row(pid)
    return {"start": lo + m.start("d"), "end": lo + m.end("d"), "text": m.group("d"), "place_id": pid, "name": r["name"],
            "type": r["type"], "country": r["country"], "admin1": "", "district": "", "town": "",
            "latitude": float(r["latitude"]), "longitude": float(r["longitude"]), "score": 100.0, "method": "demonym",
            "source": "hand"}


#: words that describe a base rather than name it ("an American base", "a Coalition base")
_NOT_NAMES = DEMONYMS | frozenset("""coalition resistance militia army military allied enemy rebel main new old key large
    small remote secret forward british french russian german italian kurdish turkish islamic western eastern northern
    southern central local foreign forces units group the this that
    jewish muslim christian arab sunni shiite shia druze yazidi islamist zionist
    orthodox catholic protestant anglican evangelical baptist methodist pentecostal coptic maronite sufi""".split())


#: the noun of a unit, capitalised as a name stands for it ("the Commissioner of Police in the State"): no name
_UNIT_WORDS = frozenset("state country region province city town capital district county kingdom republic territory "
                        "governorate municipality valley".split())


def _adjective_led(words: list[str]) -> bool:
    """Whether a base's name opens on a country's adjective, of one word or two ("a Colombian base", "a Sri Lankan
    camp"): words that describe the base, not its name.

    >>> _adjective_led(["colombian", "base"]), _adjective_led(["sri", "lankan", "base"]), _adjective_led(["bashur", "base"])
    (True, True, False)
    """
    return words[0] in country_adjectives() or " ".join(words[:2]) in country_adjectives()


def _names_an_area(name: str) -> bool:
    """Whether a base's name is a country or region the gazetteers know ("Iraq air base")."""

    return any(p["type"] in ("country", "region", "province") for p in scan_places(name, fuzzy=False))


#: a landmark noun right after a name found after "in"/"near" ("at the Pithep pier"): it belongs to the name
_NAMED_LANDMARK = re.compile(r"\s+(?i:" + _LANDMARK_NOUNS + r")\b")


def named_place(clause: str, lo: int, actors: list[dict], rx: re.Pattern | None = None,
                known: list[dict] | None = None) -> dict | None:
    """A place the gazetteers lack, named after "in"/"near" in an event clause ("a sticky bomb in Talibiya"), or
    (``rx = BASE_NAME``) a named base: no coordinates, ``place_method = pattern``. A name the gazetteers found
    (``known``, sentence offsets) is not taken again.

    >>> named_place("A sticky bomb in Talibiya wounded two people.", 0, [])["name"]
    'Talibiya'
    >>> named_place("a shell landed in al-Abbassiyeen bus garage", 0, [])["name"]  # the landmark with its noun
    'al-Abbassiyeen bus garage'
    >>> named_place("The attack took place at the Bashur base on Friday.", 0, [], BASE_NAME)["name"]
    'Bashur base'
    >>> named_place("drones targeting an Iraq air base", 0, [], BASE_NAME) is None
    True
    >>> named_place("a car bomb exploded at a Colombian base", 0, [], BASE_NAME) is None
    True
    >>> named_place("gunmen attacked a post in the Armenian Quarter area", 0, [], AREA_NAME)["name"]
    'Armenian Quarter'
    >>> named_place("gunmen attacked a post in the Tal Saqr area", 0, [], AREA_NAME)["name"]
    'Tal Saqr'
    >>> named_place("a drone struck a car in the Christian-majority town", 0, []) is None
    True
    >>> named_place("15 wounded in Christmas Eve explosion", 0, []) is None
    True
    >>> named_place("two police officers were killed in the Ecuadorian province of Guayas", 0, [])["name"]  # not the adjective
    'Guayas'
    >>> named_place("the Commissioner of Police in the State said twelve were killed", 0, []) is None
    True
    """
    rx = _IN_NAME if rx is None else rx  # read at the call: ``guard_patterns`` replaces the module's expressions
    for m in rx.finditer(clause):
        a, b = _past_demonym(clause, m.start("n"), m.end("n")) if rx is _IN_NAME else m.span("n")
        name = clause[a:b]
        words = [w.lower() for w in re.split(r"[\s-]+", name)]
        if words[0] in _FUNCTION_WORDS or any(token_key(w) in place_stopwords() or w in _NOT_NAMES for w in words) or \
                rx is BASE_NAME and _adjective_led(words) or " ".join(words) in country_adjectives() or \
                " ".join(words) in REGION_ADJECTIVES or \
                len(words) == 1 and words[0] in _UNIT_WORDS or \
                any(x["start"] <= lo + a < x["end"] for x in actors + (known or [])) or _MONTHS.match(name) or \
                re.search(r"['’]s$", name) or _DESCRIBED.search(name) or rx is BASE_NAME and _names_an_area(name) or \
                _not_the_event_before(clause[max(0, a - 90):a]) or _LINE_AFTER.match(clause, b):
            continue  # not a possessive ("in Iraq's western desert"), nor "an Iraq air base", nor "near the X border"
        lm = _NAMED_LANDMARK.match(clause, b) if rx is _IN_NAME else None
        if lm is not None:  # "at the Pithep pier", "in al-Soufaniyeh square": the landmark, named with its noun
            b = lm.end()
            name = clause[a:b]
        return {"start": lo + a, "end": lo + b, "text": name, "place_id": text_place(name),
                "name": name, "type": "place", "country": "", "admin1": "", "district": "", "town": "",
                "latitude": np.nan, "longitude": np.nan, "score": 100.0, "method": "pattern", "source": "text"}
    return None


#: adjectives of a continent or a region of several countries ("the African nation of Cameroon"): no place's name (not
#: "Caribbean" or "Baltic", which also name a sea)
REGION_ADJECTIVES = frozenset(["african", "european", "asian", "arab", "balkan", "sahelian", "scandinavian",
                               "nordic", "latin american", "middle eastern", "central asian", "south asian",
                               "southeast asian", "west african", "east african", "north african", "central african",
                               "southern african"])


#: a unit a country's adjective introduces, then its name ("the Ukrainian capital of Kyiv", "the Ecuadorian province of
#: Guayas")
_DEMONYM_OF = re.compile(r"\s+(?:capital|city|province|region|state|town|village|district|port\s+city|port|nation|"
                         r"country)\s+of\s+"
                         r"(?P<n>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2})")


def _past_demonym(clause: str, start: int, end: int) -> tuple[int, int]:
    """The span of the name after a country's adjective and its unit ("in the Ukrainian capital of Kyiv": Kyiv), else
    the span given.

    >>> s = "blasts in the Ukrainian capital of Kyiv"; s[slice(*_past_demonym(s, 14, 23))]
    'Kyiv'
    >>> s = "a village in the African nation of Cameroon"; s[slice(*_past_demonym(s, 17, 24))]
    'Cameroon'
    """
    if clause[start:end].lower() not in country_adjectives() and clause[start:end].lower() not in REGION_ADJECTIVES:
        return start, end
    m = _DEMONYM_OF.match(clause, end)
    return m.span("n") if m else (start, end)


#: a border line after a name ("near the Syria border", "along the Iran frontier"): the line locates, the event is
#: elsewhere; not a crossing or a town named after it ("the Qaim border crossing")
_LINE_AFTER = re.compile(r"\s+(?:border|frontier|boundary)\b(?!\s+(?:crossing|post|gate|point|town|city|village|area|"
                         r"region|district|strip|zone))", re.I)


_MONTHS = re.compile(r"(?:January|February|March|April|May|June|July|August|September|October|November|December|"
                     r"Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Congress|Parliament|Operation|" + HOLIDAY +
                     r")\b")


_LEAD_SOURCE = re.compile(r"^[^;]{0,160}?\b(?:said|says|reported|announced|stated|confirmed|told\s+[\w.]+(?:\s+[\w.]+)?)"
                          r"\s+(?:(?:on|late|early)\s+\w+\s+)?(?:in\s+an?\s+(?:press\s+|written\s+|official\s+)?statement\s+)?that\b")
_TRAIL_SOURCE = re.compile(r",\s*(?:[^,;]{0,120}?)\s+(?:said|says|reported|told|announced|added|stated)\b"
                           r"(?:\s+(?:on|in|to|at|late|early)\b[^,;]{0,40})?\W*$|"
                           r",\s*(?:citing|according\s+to)\s+[^,;]{0,160}$")


def source_spans(sent: str) -> list[tuple[int, int]]:
    """Spans that name who reports the event, not where it happened: a leading "X in the Kurdistan Region said
    that ..." and a trailing ", the counter-terrorism service of the Kurdish region said."

    >>> s = "A drone killed two, the counter-terrorism service of the Kurdish region said."
    >>> [s[a:b] for a, b in source_spans(s)]
    [', the counter-terrorism service of the Kurdish region said.']
    >>> s = "A drone killed two in Iraq, according to a statement of the security council of the Kurdish region."
    >>> [s[a:b] for a, b in source_spans(s)]
    [', according to a statement of the security council of the Kurdish region.']
    >>> s = "Ann Lee, governor of the northern province, said the attack was cowardly."
    >>> [s[a:b] for a, b in source_spans(s)]
    ['Ann Lee, governor of the northern province, said']
    """
    return list(_source_spans(sent))


@lru_cache(maxsize=4096)
def _source_spans(sent: str) -> tuple[tuple[int, int], ...]:
    """``source_spans`` as a tuple (cached: every mention of a sentence asks)."""
    out = []
    lead = _LEAD_SOURCE.match(sent)
    if lead:
        out.append(lead.span())
    trail = _TRAIL_SOURCE.search(sent)
    if trail:
        out.append(trail.span())
    titled = _TITLED_SOURCE.match(sent) if lead is None else None
    if titled:
        out.append(titled.span())
    return tuple(out)


#: a speaker opening the sentence with a title between commas ("Nechirvan Barzani, president of the Kurdish region to
#: the north, said the attack ..."): the title's place is the speaker's office, not where it happened
_TITLED_SOURCE = re.compile(r"[^,;:.]{2,60},\s+[^,;:]{3,120},\s+(?:said|says|told|stated|added|warned|wrote)\b")


def quoted_spans(sent: str) -> list[tuple[int, int]]:
    """Spans inside quotation marks (a place quoted in a motive or a slogan is not where the event happened).

    >>> quoted_spans('a response to "the crimes in Gaza." Then')
    [(14, 35)]
    >>> quoted_spans('a base called "Green Village" in the east')  # a name in quotation marks is no quotation
    []
    """
    return list(_quoted_spans(sent))


@lru_cache(maxsize=4096)
def _quoted_spans(sent: str) -> tuple[tuple[int, int], ...]:
    """``quoted_spans`` as a tuple (cached: every mention of a sentence asks)."""
    return tuple(m.span() for m in re.finditer(r"[“\"][^”\"]{1,300}[”\"]", sent)
                 if not _QUOTED_NAME.fullmatch(m.group()[1:-1]))


#: a name set in quotation marks ("a base called “Green Village”"): up to four capitalised words
_QUOTED_NAME = re.compile(r"(?:(?:al|el)-)?[A-Z][\w'’-]*(?:\s+(?:(?:al|el)-)?[A-Z][\w'’-]*){0,3}")


#: expressions of ``locative``, compiled once
_MODIFIER_AFTER = re.compile(r"[-‐](?:backed|aligned|allied|linked|made|based|led|supported|sponsored)\b")
#: a capital naming its state: "the Damascus government forces", "the Baghdad authorities"
_GOVERNMENT_AFTER = re.compile(r"\s+(?:government|regime|authorities)\b", re.I)
_ORG_NAME_AFTER = re.compile(r"\s+(?:Workers['’]?|Party|Front|Movement|Brigades?|Battalions?|Liberation|Democratic|Patriotic|"
                             r"Resistance|Regional\s+Government|Post|Times|Journal|Herald|Tribune|Examiner|Gazette|"
                             r"Free\s+Press|Daily\s+News|Chronicle|Star|Institute(?!\s+(?:of|for)\b))\b")  # a newspaper or a
# think tank: "the Washington Post", "the Washington Institute" (not "the Karachi Institute of Technology", in Karachi)
_DATELINE_AFTER = re.compile(r"\s+(?:time|local time)\b|\s*\((?:AFP|Reuters|AP|Tasnim|IRNA|Xinhua|Anadolu|Kurdistan 24|"
                             r"Rudaw|[A-Z][A-Za-z ]{1,20})\)\s*[-–—]?")
_CLOCK_AFTER = re.compile(r"\s+(?:time|local time)\b")
_UPPER_DATELINE_AFTER = re.compile(r"\s*[,(–—:-]|\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}\b")
#: "Kabul, Mar 3 (PTI)", "Kabul, March 3, (dpa/XYZ)": a mixed-case dateline's day and agency (two agencies: a slash)
_MIXED_DATELINE_AFTER = re.compile(r",\s*[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,\s*\d{4})?,?\s*\([A-Za-z][A-Za-z /]{1,20}\)")
_FACILITY_AFTER = re.compile(r"(?:['’]s)?\s+(?:[A-Z][a-z]+['’]s\s+)?(?:Hospital|Clinic|School|Mosque|Church|"
                             r"University|Hotel|Stadium|Bank|Company|Street|Bakery|Market|Square|Bridge|Roundabout)\b")
#: a launch site: "fired from X", "from the town of X", "from the direction of (the city of) X"
_FROM_BEFORE = re.compile(r"\bfrom\s+(?:the\s+|a\s+)?(?:direction\s+of\s+(?:the\s+)?)?(?:[\w'’-]+\s+){0,2}$", re.I)
_BORDER_AFTER = re.compile(r"\s+border\b")
_NEAR_THE_BEFORE = re.compile(r"\b(?:near|along|on|at|by|across|to)\s+"
                              r"the\s+$")
#: a speech verb and "in" right before a town ("officials said in X that ..."): the speaker's town, not the event's
_SAID_IN_BEFORE = re.compile(r"\b(?:said|says|told\s+(?:[\w-]+\s+){0,2}?|announced|stated)\s+in\s+$")
_COLON_DATELINE_AFTER = re.compile(r"\s?:\s+[A-Z(“\"]")  # "Beirut: A drone ...", "Bangkok : Myanmar's junta ..."
_SLASHED_DATELINE = re.compile(r"\W*(?:[A-Z][A-Z.'’ -]*?\s*/\s*)+")
_DASH_DATELINE_AFTER = re.compile(r"\s*(?:,\s*[A-Z][\w ]+)?\s*[-–—]\s")
#: who reports from a place, or blasts heard from it ("explosions were heard from X"): the event's place, no launch site
_REPORTED_FROM_BEFORE = re.compile(r"\b(?:reports?|quoted|said|sources?|officials?|heard|seen)\s+from\s+")
_IN_BEFORE = re.compile(r"\b(?:in|inside|into|across|throughout|within|on)\s+(?:the\s+)?(?:(?:\w+ern|central),?\s+(?:and|or)\s+)?"
                        r"(?:\w+ern\s+|central\s+|"
                        r"(?:north|south)?(?:east|west)?\s+|north\s+|south\s+|"
                        r"neighbou?ring\s+)?$", re.I)
_POSSESSIVE_AFTER = re.compile(r"['’]s\b")
_POSSESSIVE_END = re.compile(r"['’]s$")


#: a place named as the target of an attack still feared or awaited ("an anticipated counterattack on Israel")
_AWAITED_BEFORE = re.compile(r"\b(?:anticipated|expected|possible|potential|feared|looming|imminent|planned|promised|"
                             r"threatened|future|fears?\s+(?:\w+\s+){0,2}?of)\s+(?:an?\s+)?(?:[\w-]+\s+){0,3}?"
                             r"(?:attacks?|counter-?attacks?|strikes?|response|retaliation|assault|offensive)\s+"
                             r"(?:by\s+[^,;.]{0,40}?\s+)?(?:on|against|in)\s+(?:the\s+)?$", re.I)
#: a name followed by what a source does ("Al Mayadeen reported", "Baghdad said"): who tells, not where
_SOURCE_AFTER = re.compile(r"(?:\s+(?:TV|television|channel|news|newspaper|daily|agency))?\s+(?:reported|reports|said|says|"
                           r"quoted|cited|announced|claimed|broadcast|condemn(?:s|ed)|denounc(?:es|ed))\b"
                           r"(?!\s+(?:the\s+)?lives\b)")  # not "claimed the lives"; "Baghdad condemns attack": a speaker
#: where a group operates ("militias that operate in Iraq and Syria") is no event's place
_OPERATE_IN_BEFORE = re.compile(r"\b(?:operat(?:e|es|ed|ing)|active)\s+(?:mainly\s+|largely\s+)?(?:in|across)\s+(?:the\s+)?$", re.I)
#: a war's theatre named as the backdrop of the event told ("attacks that escalated alongside Israel's aggression in
#: Gaza", "since the war in Gaza began"): where the war is fought, not where this event happened
_WAR_IN_BEFORE = re.compile(r"(?:\b(?:war|wars|aggression|invasion|occupation|genocide|onslaught|massacres|crimes|atrocities)|"
                            r"\b(?:amid|following|since|after|during|over|ongoing|triggered|sparked|alongside|because\s+of|"
                            r"in\s+response\s+to)\b[^.;]{0,40}?\b(?:conflict|fighting|violence|operations?|offensive|campaign|"
                            r"bombardment|escalation|hostilities))\s+(?:(?:with|on|against)\s+(?:Hamas|Hezbollah|the\s+Houthis|"
                            r"Palestinians|Ukraine)\s+)?(?:in|on|against)\s+(?:the\s+)?$|"
                            r"\b(?:solidarity\s+with|allies\s+in|support\s+of)\s+(?:the\s+(?:people\s+of\s+)?)?$", re.I)
#: the dead of the fighting told there ("two Marines were killed during combat operations in X"): the fighting is the
#: event, and X its place
_TOLL_OF_FIGHTING = re.compile(r"\b(?:killed|wounded|injured|hurt|died|dead)\s+(?:during|in|amid)\s+(?:the\s+)?(?:[\w-]+\s+)?"
                               r"(?:fighting|operations?|combat|hostilities)\s+(?:in|on)\s+(?:the\s+)?$", re.I)
#: a span of time after the place, that makes its toll a tally ("... in Ukraine in the past week", "... since October")
_SPAN_AFTER = re.compile(r"[\s,]+(?:(?:in|over|during)\s+the\s+(?:past|last|previous|first)\b|since\b|so\s+far\b|"
                         r"(?:this|last)\s+(?:year|month|week)\b)", re.I)
#: the parties of a war, a feud or talks ("a shooting war between Washington and Tehran", "tensions between Iran and
#: Israel"): states told by their names or capitals, not where an event happened
_PARTIES_BEFORE = re.compile(r"\b(?i:wars?|conflicts?|tensions?|rivalry|hostilities|confrontations?|stand-?off|showdown|feud|"
                             r"disputes?|talks|relations|escalation|enmity|truce|ceasefire)\s+between\s+(?:the\s+)?"
                             r"(?:[A-Z][\w'’.-]*\s+){0,3}?(?:and\s+(?:the\s+)?)?$")
#: a place named before the war it stands for ("the Israel-Gaza conflict", "the Gaza war"): a name of the war
_WAR_AFTER = re.compile(r"\s+(?:conflict|war|crisis)\b", re.I)
_BASED_IN_BEFORE = re.compile(r"\b(?:based|headquartered|registered)\s+(?:in|at|out\s+of)\s+(?:the\s+)?$", re.I)
_ACCORDING_TO_BEFORE = re.compile(r"\baccording\s+to\s+(?:the\s+)?$", re.I)
#: munitions right before "headed for": the place they were aimed at
_MUNITION_BEFORE = re.compile(r"\b(?:drones?|missiles?|rockets?|projectiles?|shells?|UAVs?)\s*$", re.I)
#: where people were headed or met, not where the event happened ("a convoy headed towards the northern city of Jibo",
#: "pilgrims walking to the holy city of Kerbala were killed ... in southern Baghdad",
#: "as officials convened in Aqaba", "on the day of a similar meeting in Sharm el-Sheikh"; not "shots fired outside
#: talks in Khartoum", where the talks were is where it happened)
_HEADED_OR_MET_BEFORE = re.compile(r"\b(?:(?:head(?:ed|ing)|bound|en\s+route|on\s+(?:its|their|his|her)\s+way)\s+(?:to|towards?|for)|"
                                   r"(?:walking|driving|travell?ing|marching|going|returning|fleeing)\s+(?:back\s+)?(?:to|towards?)|"
                                   r"convened\s+in|(?:day|eve|sidelines)\s+of\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?(?:meeting|summit|"
                                   r"talks|conference)\s+in)\s+(?:the\s+)?"
                                   r"(?:(?:[\w'’-]+\s+){0,2}(?:city|town|village|capital|port)\s+of\s+)?$", re.I)
#: a party named as what another backs, or as who announced something ("which supports Damascus", "announced by Ankara")
_BACKER_BEFORE = re.compile(r"\b(?:supports?|supported\s+by|backs|backed\s+by|backing|allied\s+(?:with|to)|an?\s+ally\s+of|"
                            r"allies\s+of|sides?\s+with|announced\s+by|brokered\s+by)\s+(?:the\s+)?$", re.I)
#: where an event was felt or heard from, or the clock of another country ("felt in Srinagar", "20:31 in Italy")
_FELT_OR_CLOCK_IN_BEFORE = re.compile(r"\b(?:(?:felt|heard|audible)\s+as\s+far\s+(?:away\s+)?as|"
                                      r"\d{1,2}[:.]\d{2}\s+(?:(?:local\s+)?time\s+)?in)\s+(?:the\s+)?$", re.I)  # not
# "explosions were heard in the X base": where they were heard may be where they fell
#: where a blast was felt, told with its distance ("felt in Srinagar, 30 km away"): not where it happened
_FELT_IN_BEFORE = re.compile(r"\bfelt\s+(?:in|across|throughout)\s+(?:the\s+)?$", re.I)
_DISTANCE_AFTER = re.compile(r"[^.;]{0,30}?\b\d+\s*(?:km|kilometres|kilometers|miles)\b", re.I)


def locative(sent: str, p: dict) -> bool:
    """Whether a found place can locate the event: any place finer than a country, a country only after a
    locative word ("in Syria", "inside Iraq"), not as a possession or party ("ties to Iran", "Iran's allies").

    >>> locative("with strong ties to Iran", {"type": "country", "start": 20, "end": 24})
    False
    >>> locative("strikes on the Hayat Hospital in Kafr", {"type": "town", "start": 15, "end": 20})
    False
    """
    return _locative(sent, p["start"], p["end"], p["type"], p.get("text"))  # type: ignore[arg-type]


#: a date stamp a page puts before its dateline ("date 2020-12-31 BEIRUT, LEBANON (7:20 A.M.) -", "Dec. 31, 2020 BEIRUT -"):
#: the dateline still opens the sentence
_DATE_STAMP = re.compile(r"\W*(?:date[:\s]+)?(?:\d{4}-\d{2}-\d{2}|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?"
                         r"\s+\d{1,2},?\s+\d{4})(?:[ T]\d{1,2}:\d{2}(?::\d{2})?)?\s+(?=[A-Z])")


def _filed_at(sent: str, p: dict) -> bool:
    """Whether a place opens the text as its dateline, or names a clock: where the story was filed or timed, not where
    the event happened.

    >>> _filed_at("Amman: A drone hit a base in Syria", {"start": 0, "end": 5, "type": "city", "text": "Amman"})
    True
    >>> _filed_at("A drone hit a base in Amman", {"start": 22, "end": 27, "type": "city", "text": "Amman"})
    False
    """
    stamp = _DATE_STAMP.match(sent)
    lead = stamp.end() if stamp else 0   # a page's date stamp before the dateline ("date 2020-12-31 BEIRUT, ...")
    at = p["start"] - lead  # where the name stands after the stamp: a dateline opens the text there
    if _DATELINE_AFTER.match(sent[p["end"]:p["end"] + 30]) and at < 25:
        return True  # a dateline ("TEHRAN (Tasnim) –") or a clock ("Baghdad time") is not where it happened
    if _CLOCK_AFTER.match(sent[p["end"]:p["end"] + 15]) or \
            at == 0 and _DASH_DATELINE_AFTER.match(sent[p["end"]:p["end"] + 40]):
        return True
    if at <= 2 and len(p["text"]) > 2 and p["text"].isupper() and _UPPER_DATELINE_AFTER.match(sent[p["end"]:]):
        return True  # an upper-case dateline ("FALLUJA, Iraq, Aug 29 (Reuters) -", "BAGHDAD: ...") is where it was filed
    if 2 < at < 40 and len(p["text"] or "") > 2 and str(p["text"]).isupper() and \
            _SLASHED_DATELINE.fullmatch(sent[lead:p["start"]]) and _UPPER_DATELINE_AFTER.match(sent[p["end"]:]):
        return True  # the last town of a shared dateline ("LONDON / MOSUL – ...") is where it was filed too
    if at <= 2 and _MIXED_DATELINE_AFTER.match(sent[p["end"]:]):
        return True  # a dateline in mixed case with its day and agency ("Kabul, Mar 3 (PTI) ...")
    # a city and a colon before the story ("Beirut: A drone attack on a base in Syria ..."): filed there
    return at <= 2 and p["type"] in TOWN_TYPES and bool(_COLON_DATELINE_AFTER.match(sent[p["end"]:p["end"] + 4]))


@lru_cache(maxsize=16_384)
def _locative(sent: str, start: int, end: int, kind: str, text: str | None) -> bool:
    """``locative`` of the place at ``start:end`` (cached: a sentence's places are judged for each of its groups
    and again for its country).

    >>> _locative("a rocket hit a base in Syria", 23, 28, "country", "Syria")
    True
    >>> _locative("Amman: A drone hit a base in Syria", 0, 5, "city", "Amman")
    False
    >>> _locative("AMMAN Jan 14 A drone hit a base in Syria", 0, 5, "city", "AMMAN")  # a wire dateline with its day
    False
    >>> _locative("Officials said in Mosul that a drone hit a base", 18, 23, "city", "Mosul")
    False
    >>> _locative("date 2020-12-31 BEIRUT, LEBANON (7:20 A.M.) - An ambush hit a bus", 16, 22, "city", "BEIRUT")
    False
    >>> _locative("Rockets were fired from the direction of the town of Kafr Tala", 53, 62, "town", "Kafr Tala")
    False
    >>> _locative("to avoid a war between Washington and Tehran", 38, 44, "city", "Tehran")
    False
    >>> _locative("The blast was felt in Mosul, 30 km away", 22, 27, "city", "Mosul")
    False
    """
    p: dict = {"start": start, "end": end, "type": kind, "text": text}
    if _filed_at(sent, p):
        return False
    if _MODIFIER_AFTER.match(sent[p["end"]:p["end"] + 12]) or \
            p["type"] in TOWN_TYPES and _GOVERNMENT_AFTER.match(sent[p["end"]:p["end"] + 25]):
        return False  # "Iran-backed", "Yemen-based", "the Damascus government forces": a modifier, not a location
    if _ORG_NAME_AFTER.match(sent[p["end"]:p["end"] + 25]):
        return False  # part of an organisation's name ("the Kurdistan Workers' Party")
    if p["type"] in TOWN_TYPES and _FACILITY_AFTER.match(sent[p["end"]:p["end"] + 30]):
        return False  # a town's name inside a facility's ("the Al Nour Children's Hospital in ..."), not the place
    if p["type"] in TOWN_TYPES and _SAID_IN_BEFORE.search(sent[max(0, p["start"] - 40):p["start"]]):
        return False  # "officials said in Baghdad that four were killed near the border": where the speaker was
    if _AWAITED_BEFORE.search(sent[max(0, p["start"] - 90):p["start"]]):
        return False  # "amid an anticipated counterattack on Israel": where an awaited attack would fall
    if _SOURCE_AFTER.match(sent[p["end"]:p["end"] + 40]) or _OPERATE_IN_BEFORE.search(sent[max(0, p["start"] - 30):p["start"]]):
        return False  # "Lebanon's Al Mayadeen reported", "militias that operate in Iraq": a source, a group's range
    if (m := _HEADED_OR_MET_BEFORE.search(sent, max(0, p["start"] - 60), p["start"])) and \
            not _MUNITION_BEFORE.search(sent, max(0, m.start() - 30), m.start()):
        return False  # "a convoy headed towards the city of Jibo was ambushed", "as officials met in Aqaba" (drones
        # "headed for Khamis Mushait" name their target)
    if _BASED_IN_BEFORE.search(sent[max(0, p["start"] - 40):p["start"]]):
        return False  # "the coalition ..., based in Kuwait": where a party has its seat, not the event's place
    if _ACCORDING_TO_BEFORE.search(sent[max(0, p["start"] - 20):p["start"]]) and sent[p["end"]:p["end"] + 1] == ",":
        return False  # "According to Baghdad, the attacks in western Iraq killed 16": a source, not the place
    if p["type"] not in SITE_TYPES and _BACKER_BEFORE.search(sent[max(0, p["start"] - 30):p["start"]]):
        return False  # "announced by Moscow, which supports Damascus": a party backed or backing, no place
    if _FELT_OR_CLOCK_IN_BEFORE.search(sent[max(0, p["start"] - 40):p["start"]]) or \
            _FELT_IN_BEFORE.search(sent[max(0, p["start"] - 30):p["start"]]) and _DISTANCE_AFTER.match(sent, p["end"]):
        return False  # "the blast was felt in Srinagar, 30 km away", "at 22:31 local time (20:31 in Italy)"
    if p["type"] not in SITE_TYPES and _PARTIES_BEFORE.search(sent, max(0, p["start"] - 60), p["start"]):
        return False  # "a shooting war between Washington and Tehran": the parties, not the event's place
    if p["type"] not in SITE_TYPES and (_WAR_IN_BEFORE.search(sent[max(0, p["start"] - 90):p["start"]]) and
                                        not (_TOLL_OF_FIGHTING.search(sent, max(0, p["start"] - 70), p["start"]) and
                                             not _SPAN_AFTER.match(sent, p["end"])) or
                                        _WAR_AFTER.match(sent, p["end"])):
        return False  # "attacks that escalated alongside Israel's aggression in Gaza", "amid the ongoing conflict in
        # the Gaza Strip", "the Israel-Gaza conflict": a war's theatre, the backdrop of the event told
    if _FROM_BEFORE.search(sent[max(0, p["start"] - 55):p["start"]]) and \
            not _REPORTED_FROM_BEFORE.search(sent[max(0, p["start"] - 40):p["start"]]):
        return False  # where the munitions were launched from is not where they struck
    if p["type"] != "country":
        return True
    if _BORDER_AFTER.match(sent[p["end"]:p["end"] + 10]) and _NEAR_THE_BEFORE.search(sent[max(0, p["start"] - 12):p["start"]]):
        return False  # "in northeast Jordan near the Syria border": the border locates, the country is elsewhere
    return bool(_IN_BEFORE.search(sent[max(0, p["start"] - 30):p["start"]]) or
                AIMED_AT_BEFORE.search(sent, max(0, p["start"] - 80), p["start"])) and \
        not _POSSESSIVE_AFTER.match(sent[p["end"]:p["end"] + 3]) and not _POSSESSIVE_END.search(p["text"])




_CAPITAL_OF_BEFORE = re.compile(r"\bcapital\s+of\s+$", re.I)


def located_places(sent: str, places: list[dict]) -> list[dict]:
    """The places of a sentence that can locate its event (``locative``), less those that only locate a place that
    cannot ("withdrawn from the Asad base in Anbar province": Anbar goes with the base).

    >>> from analysis.events.places import scan_places
    >>> s = "Rockets were fired from Mayadin in Deir Ezzor at the Omar field."
    >>> [p["text"] for p in located_places(s, scan_places(s))]
    ['Omar field']
    >>> s = "gunmen attacked Lingyado village located in Dansadau area"
    >>> [p["text"] for p in located_places(s, scan_places(s))]
    ['Lingyado']
    >>> s = "In the capital of Haiti, Port-au-Prince, gangs killed 180 people"
    >>> [p["text"] for p in located_places(s, scan_places(s))]
    ['Port-au-Prince']
    """
    out, prev_ok, prev = [], True, None
    for p in places:
        gap = sent[prev["end"]:p["start"]] if prev is not None and prev["end"] <= p["start"] else None
        named = gap is not None and gap.strip() == "," and prev["type"] == "country" and \
            _CAPITAL_OF_BEFORE.search(sent, max(0, prev["start"] - 15), prev["start"])  # "the capital of Haiti, X": X
        ok = locative(sent, p) and not (not prev_ok and gap is not None and _LOCATING_GAP.fullmatch(gap) and not named) \
            and not (prev_ok and gap is not None and _LOCATED_IN_GAP.fullmatch(gap))
        if ok:
            out.append(p)
        prev_ok, prev = ok, p
    return out


def _not_the_event_before(before: str) -> bool:
    """Whether the words before a name make it a seat, a group's range or an awaited target ("based in X").

    >>> _not_the_event_before("the coalition, based in "), _not_the_event_before("a bomb exploded in ")
    (True, False)
    """
    return bool(_BASED_IN_BEFORE.search(before[-40:]) or _OPERATE_IN_BEFORE.search(before[-30:]) or
                _AWAITED_BEFORE.search(before) or _HELD_IN_BEFORE.search(before[-50:]))


def place_cols(p: dict | None) -> dict:
    """Place columns of a mention from a found place (empty when none)."""
    if p is None:
        return {"place_id": "", "place": "", "place_text": "", "place_type": "", "place_source": "",
                "place_score": np.nan, "place_method": "", "town": "", "district": "", "admin1": "", "country": "",
                "latitude": np.nan, "longitude": np.nan, "geo_precision": pd.NA}
    return {"place_id": p["place_id"], "place": p["name"], "place_text": p["text"], "place_type": p["type"],
            "place_source": "sentence", "place_score": p["score"], "place_method": p["method"], "town": p["town"],
            "district": p["district"], "admin1": p["admin1"], "country": p["country"], "latitude": p["latitude"],
            "longitude": p["longitude"], "geo_precision": specificity(p["place_id"])}


_IN_REGION_BEFORE = re.compile(r"\b(?:in|inside|across)\s+(?:the\s+)?(?:\w+ern\s+)?$")


def country_of(sent: str, places: list[dict]) -> str:
    """The country a sentence locates its event in ("... in Syria", "a camp in southern Iraq"), else ''; none when
    that country is joined to another ("strikes in Syria and Lebanon after a drone attack": neither is the attack's).

    >>> from analysis.events.places import scan_places
    >>> s, t = "Rockets fell on a camp in southern Iraq.", "Jets hit sites in Syria and Lebanon after a drone attack."
    >>> country_of(s, scan_places(s)), country_of(t, scan_places(t))
    ('Iraq', '')
    >>> u = "Rockets were fired from the direction of the city of Tripoli in Lebanon."
    >>> country_of(u, scan_places(u))
    ''
    """
    loc = [p for p in located_places(sent, places) if p["country"] and  # not "from X in Lebanon": a launch site's
           _IN_REGION_BEFORE.search(sent[max(0, p["start"] - 30):p["start"]])]
    if not loc:
        return ""
    joined = [q for q in places if q["type"] == "country" and q is not loc[0] and
              _JOINED.fullmatch(sent[min(loc[0]["end"], q["end"]):max(loc[0]["start"], q["start"])])]
    return "" if loc[0]["type"] == "country" and joined else loc[0]["country"]


from .prefilter import guard_patterns  # noqa: E402  (after every expression of the module is defined)

guard_patterns(globals())


#: a list entry's place heading or a news dateline before a dash or colon ("HADITHA - A suicide bomber ...",
#: "KHAN BANI SAAD – ...", "HILLAH, Iraq — ...", "Baghdad: ...", "(Outlet.com) Kirkuk – ...")
_HEADER = re.compile(r"^\W*(?:\([^()]{1,30}\)\s*)?(?:NEAR\s+)?(?P<n>[A-Z][A-Za-z'’-]+(?:\s+[A-Z][A-Za-z'’-]+){0,3})"
                     r"(?:,\s*(?:Iraq|IRAQ|Syria|SYRIA))?(?:\s+[-–—]{1,2}|\s*[-–—]{1,2}|:)\s")


def header_place(sent: str, places: list[dict]) -> dict | None:
    """The place an entry's heading or a news dateline names ("HADITHA - Gunmen ...", "HILLAH, Iraq — A car bomb ...")
    when the gazetteer knows it as a town, city or district of Iraq or Syria: the event's place when the entry names
    no finer one (a dateline with its agency in brackets, "BAGHDAD (Reuters) -", is not read here).

    >>> from analysis.events.places import scan_places
    >>> s = "MOSUL - A bomb wounded two people near a market, police said."
    >>> header_place(s, scan_places(s))["name"]
    'Mosul'
    >>> s = "HILLAH, Iraq — A car bomb exploded in a market south of Baghdad."
    >>> header_place(s, scan_places(s))["name"]
    'Hillah'
    """
    m = _HEADER.match(sent)
    if not m:
        return None
    for p in places:
        if p["start"] == m.start("n") and p["end"] == m.end("n") and p["country"] in ("Iraq", "Syria") and \
                p["type"] not in ("country", "region", "province"):
            return p
    return None


#: regions of the gazetteer that span several provinces (admin1): the provinces they hold
REGION_ADMIN1: dict[str, tuple[str, ...]] = {"Kurdistan Region": ("Kurdistan Region", "Erbil", "Dahuk", "Sulaymaniyah",
                                                                  "Halabja")}


def header_wins(header: dict, place: dict | None, locator: bool) -> bool:
    """Whether an entry's heading or dateline town is the event's place rather than the place the sentence gives:
    when that gives none, only a locator ("south of Baghdad"), the heading itself, or an area that holds the town
    (its province, its country, "north Iraq").

    >>> h = {"place_id": "h", "type": "city", "admin1": "Babil", "country": "Iraq"}
    >>> header_wins(h, {"place_id": "i", "type": "country", "admin1": "", "country": "Iraq"}, False)
    True
    >>> header_wins(h, {"place_id": "s", "type": "country", "admin1": "", "country": "Syria"}, False)
    False
    >>> header_wins(h, {"place_id": "k", "type": "region", "admin1": "Kurdistan Region", "country": "Iraq"}, False)
    False
    """
    if place is None or locator or place["place_id"] == header["place_id"]:
        return True
    if place["type"] == "region" and place["admin1"] and header["admin1"] not in REGION_ADMIN1.get(
            place["admin1"], (place["admin1"],)):
        return False  # "BAGHDAD: a drone hit a base in the Kurdistan Region": a region the town is not in
    if place["type"] in ("country", "region"):
        return place["country"] == header["country"]
    return place["type"] == "province" and bool(place["admin1"]) and place["admin1"] == header["admin1"]
