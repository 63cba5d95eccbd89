"""A finer place inside the one found (``part_place``): a quarter, village or valley named as its part, a part told
just before its town, a landmark named after it, a named base before the province that locates it, a holy site named
by whom it honours."""

from __future__ import annotations

import re

from ..places import SITE_TYPES, TOWN_TYPES, specificity, text_place
from .choose import _located_in
from .locative import _HELD_WORDS
from .named import BASE_NAME, _IN_NAME, _LANDMARK_NOUNS, named_place


#: a name the gazetteers lack given as a part of a known place: a quarter, suburb, village or valley ("on the Daf
#: al-Shouq residential area in Damascus Countryside", "in the southern Tadamon suburb of Damascus", "the village of
#: 'Kani Kand' within the Koysinjaq district")
_PART_WORDS = (r"(?:residential\s+)?(?i:area|district|sub-?district|village|neighbou?rhood|quarter|suburb|valley|sector|"
               r"section|region|community|settlement|hamlet)")
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
                       r"mountain|mountainous)\s+)?(?:village|hamlet|settlement|locality)\b|"  # "in X, a village 250 km from Y"
                       r"\b(?:in|at|near)\s+(?P<n4>" + _PART_NAME + r")\s+of\s+(?=(?:the\s+)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2}\s+"
                       r"(?i:district|sub-?district|province|county)\b)")  # "in Zangi Tan of Shahwali Kot district": a part of it


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


#: ``_HELD_WORDS`` right before a part's preposition ("is being held at X prison")
_HELD_BEFORE = re.compile(_HELD_WORDS + r"\s+(?:\w+\s+)?$", re.I)
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
        g = next(k for k in ("n", "n2", "n3", "n4") if m.group(k))  # "the village of X" is finer than a town as well
        small = place["type"] in TOWN_TYPES and g == "n" and not re.search(r"(?i)district", m.group())  # "near Sari
        # village, on the outskirts of Qara Tapa": a village or area beside a town is finer as well
        hamlet = g == "n" and re.search(r"(?i)\b(?:village|hamlet|settlement)$", m.group())  # finer than any unit
        if _HELD_BEFORE.search(clause, max(0, m.start() - 40), m.start()):
            continue  # where someone is held, speaks or trained ("is being held at X prison"): not the event's place
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


from ..prefilter import guard_patterns  # noqa: E402  (after every expression of the module is defined)

guard_patterns(globals())
