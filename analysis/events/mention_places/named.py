"""Places the gazetteers lack, named by an event clause (``named_place``): a name after "in"/"near" with its landmark
noun, named bases, roads and areas, a site told only by its country’s adjective (``demonym_site``), and the words no
place name is made of."""

from __future__ import annotations

import re

import numpy as np

from ..counts import DEMONYMS
from ..gazetteer import token_key
from ..places.unknown import _DESCRIBED
from ..places.tables import _FUNCTION_WORDS
from ..places import HOLIDAY, country_adjectives, place_stopwords, places_gazetteer, scan_places, text_place
from .locative import _not_the_event_before


_IN_NAME = re.compile(r"(?:\b(?:[Ii]n|[Nn]ear|[Aa]t|[Oo]utside)|(?:strikes?|attacks?|raids?|shelling|bombardment)\s+on|"
                      r"(?<=['’]s\s)(?:home\s?town|birthplace|native\s+(?:town|city|village))\s+of)\s+(?:the\s+)?"
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
#: a landmark noun that belongs to the name it follows ("al-Firdos Square", "al-Qanat Street", "al-Mashtal Bridge"): the
#: name keeps it, as street signs and coders write it
_LANDMARK_NOUNS = (r"(?:square|street|stadium|bridge|roundabout|bus\s+(?:station|terminal|garage)|garage|"
                   r"(?:(?:primary|secondary|high|elementary|middle|intermediate|preparatory|girls['’]?|boys['’]?)\s+)?school|"
                   r"shrine|camp|mosque|"
                   r"church|market(?:place)?|intersection|pier|power\s+(?:plant|station)|refinery|prison|police\s+station|"
                   r"headquarters|hotel|bar|restaurant|caf[eé]|gymnasium|playground|avenue|university|college)"
                   r"(?!(?-i:\s+(?!(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b|"
                   r"(?:January|February|March|April|May|June|July|August|September|October|November|December)\b)[A-Z][a-z]))")
# (not a name that goes on: "the Wall Street Journal", "the Bar Association"; a day after it is no part of it: "the
# al-Nuri Mosque Saturday")


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
    southern central local foreign forces units group the this that police provincial municipal
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
#: a street or square whose sign names a town ("in Baghdad Street", "at Palestine Square"), as the name's last word
_STREET_LAST = re.compile(r"\s(?:Street|Road|Avenue|Square)$")


def _street_named(name: str, rx: re.Pattern) -> bool:
    """Whether a name read after "in"/"near" that starts with a town the gazetteers know is a street's named after it
    ("in Baghdad Street"): the street is the place, not the town.

    >>> _street_named("Baghdad Street", _IN_NAME), _street_named("Baghdad", _IN_NAME)
    (True, False)
    """
    return rx is _IN_NAME and _STREET_LAST.search(name) is not None


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
                any(x["start"] <= lo + a < x["end"] for x in actors + (known or [])) and not _street_named(name, rx) or \
                _MONTHS.match(name) or \
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


from ..prefilter import guard_patterns  # noqa: E402  (after every expression of the module is defined)

guard_patterns(globals())
