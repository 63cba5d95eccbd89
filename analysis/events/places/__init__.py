"""Places named in news text: a hand table of bases and sites over a package gazetteer of towns.

Two layers, one index (:class:`PlaceGazetteer`):

1. ``data/reference/places.csv``, kept by hand: bases, airports, oil fields, embassies, border
   areas and the spellings reporters use for them ("Ain al-Assad", "Al-Harir airbase"). Its names
   match anywhere, exactly or fuzzily (``rapidfuzz`` ratio >= 90, >= 94 for short keys), as before.
2. :func:`analysis.events.geonames.geonames_places`: every town of GeoNames ``cities500`` in Iraq,
   Syria and their neighbours with its alternate spellings, and their provinces and districts.
   A package name is taken only where the text uses it as a place: after a locative word ("in",
   "near", "outside", "north of", "the town of"), before a place noun ("village", "district",
   "province"), in a list of places, or in a dateline ("BAGHDAD (Reuters) -"). This keeps names
   that are also English words or people ("Hit", "Ali") from becoming places.

A named place found in neither layer is still reported when the text says what it is ("Kani Spika
village", "the village of X", "X sub-district"): it gets an id ``txt:<key>@<parent>`` and the
coordinates of the place that locates it in the same sentence ("... in Sidakan sub-district").

Where a name matches several places, the hand table wins, then Iraq and Syria, then the larger
town. ``find_places`` returns one row per place mention with the place's hierarchy (town, district,
admin1, country) and coordinates; ``ancestors``, ``places_compatible`` and ``specificity`` reason over
the hierarchy for merging.

The steps live in modules of their own: :mod:`.tables` (the hand table, the package gazetteer merged under it and
the cached index, :class:`PlaceGazetteer`), :mod:`.namesakes` (whether a name is used as a place here, and places
beyond the region that may be namesakes), :mod:`.scan` (``scan_places``: names matched and resolved, units, capitals
told by their country's adjective, headings) and :mod:`.unknown` (places the gazetteers lack, known from what the
text calls them).
"""

from __future__ import annotations

import math
from functools import lru_cache
from pathlib import Path

import pandas as pd

from ... import paths
from ...text.checks import require_text
from ..gazetteer import ARTICLES, FUZZY_THRESHOLD, fold_key, match_key, split_cell, tokens
from .tables import (AIMED_AT_BEFORE, BROAD_TYPES, COUNTRY_RANK, FOUND_COLUMNS, PLACE_COLUMNS,  # noqa: F401
                     PlaceGazetteer, SITE_TYPES, TOWN_TYPES, _km, load_places, match_name, place_stopwords,
                     places_gazetteer, places_table, text_place_parts)
from .namesakes import (NAMESAKE_BIG_CITY, NAMESAKE_WINDOW, NamedCountries, countries_named,  # noqa: F401
                        well_known_place)
from .unknown import (HOLIDAY, MAX_TEXT_CHAIN, ancestors, country_adjectives, register_text_places,  # noqa: F401
                      text_place)
from .scan import scan_places


__all__ = ["text_place", "text_place_parts", "well_known_place", "FUZZY_THRESHOLD", "SHORT_KEY_THRESHOLD", "PLACE_COLUMNS", "FOUND_COLUMNS", "PlaceGazetteer",
           "load_places", "places_table", "places_gazetteer", "find_places", "scan_places", "match_name",
           "ancestors", "places_compatible", "specificity", "token_key", "match_key", "load_outlines",
           "fuzzy_threshold_table", "VARIANTS_SAME", "VARIANTS_DIFFERENT", "BROAD_TYPES", "country_adjectives",
           "AIMED_AT_BEFORE"]


def find_places(text: str, threshold: float = FUZZY_THRESHOLD, gazetteer: PlaceGazetteer | None = None) -> pd.DataFrame:
    """Place mentions in ``text``, one row each (columns ``FOUND_COLUMNS``).

    >>> find_places("Rockets hit Ain Al Asad and Arbil airport.")[["text", "place_id", "method"]].values.tolist()
    [['Ain Al Asad', 'ain_al_asad', 'exact'], ['Arbil airport', 'erbil_airport', 'exact']]
    """
    text = require_text(text, "text")
    return pd.DataFrame(scan_places(text, gazetteer, threshold), columns=FOUND_COLUMNS)


def places_compatible(a: str | None, b: str | None) -> bool:
    """Whether two place ids can name the same incident site: equal, one inside the other (below
    country level), or siblings inside the same city, district or border area.

    >>> places_compatible("erbil_airport", "us_consulate_erbil"), places_compatible("ain_al_asad", "erbil")
    (True, False)
    >>> places_compatible("txt:raman@txt:yala@", "txt:muang@txt:yala@")  # two districts of a parent known only by name
    False
    """
    if not a or not b or a == b or _same_text_name(a, b) or _known_by_text_name(a, b):
        return True
    gaz = places_gazetteer()
    anc_a, anc_b = ancestors(a), ancestors(b)
    kind = lambda p: gaz.row(p)["type"]  # noqa: E731
    if b in anc_a and kind(b) != "country" or a in anc_b and kind(a) != "country":
        return True
    if any(_same_text_name(x, b) for x in anc_a) or any(_same_text_name(a, y) for y in anc_b):
        return True  # "the X village in the Dumez district" inside "the Dumez district within Kirkuk"
    if _site_of_its_town(a, b) or _site_of_its_town(b, a):
        return True
    return any(p in anc_b and kind(p) not in BROAD_TYPES and not p.startswith("txt:") for p in anc_a)  # two places
    # of a parent only the text names ("Raman district of Yala", "Muang district, Yala"): of what kind is not known


def _site_of_its_town(site: str, town: str) -> bool:
    """Whether a site of the hand table is named after a town of its province ("Balad Air Base" and the town of
    Balad, "Tikrit air base" and Tikrit): the base or airport of that town, one place for an incident.

    >>> _site_of_its_town("balad_airbase", "gn:98112"), _site_of_its_town("balad_airbase", "gn:91597")
    (True, False)
    """
    if site.startswith(("gn:", "txt:", "adm:")) or town.startswith("txt:"):
        return False
    gaz = places_gazetteer()
    s, t = gaz.row(site), gaz.row(town)
    if s["type"] not in _TOWN_SITES or t["type"] not in TOWN_TYPES or s.get("country") != t.get("country") or \
            _km_apart(s, t) > _TOWN_SITE_KM:
        return False
    return _folded(str(t["name"])) in _name_heads(site)


#: the sites a town lends its name to (not a dam, a field or a mission: "the Mosul Dam" lies 40 km from Mosul)
_TOWN_SITES = frozenset({"air base", "airport", "military base"})
#: how far from its namesake town such a site may lie to be that town's (both coordinates known)
_TOWN_SITE_KM = 25.0


def _km_apart(a: dict, b: dict) -> float:
    """Great-circle distance in km between two gazetteer rows (``tables._km``; 0 when either lacks coordinates).

    >>> round(_km_apart({"latitude": 33.0, "longitude": 44.0}, {"latitude": 33.1, "longitude": 44.0}))
    11
    """
    try:
        la1, lo1, la2, lo2 = (float(x) for x in (a["latitude"], a["longitude"], b["latitude"], b["longitude"]))
    except (TypeError, ValueError, KeyError):
        return 0.0
    if any(math.isnan(x) for x in (la1, lo1, la2, lo2)):
        return 0.0
    return _km((la1, lo1), (la2, lo2))


@lru_cache(maxsize=1024)
def _name_heads(site: str) -> frozenset[str]:
    """The folded first words (one to three) of a site's names: the town each may be named after."""
    row = places_gazetteer().row(site)
    heads = set()
    for name in [str(row["name"]), *split_cell(row.get("aliases", ""))]:
        keys = tuple(t.key for t in tokens(name))
        heads.update(fold_key(keys[:k]) for k in range(1, min(3, len(keys) - 1) + 1))
    return frozenset(heads - {""})


def _known_by_text_name(a: str, b: str) -> bool:
    """Whether one place is known only from the text and bears, spelling variants folded, a name of the other, a
    known place of the same country ("the area of Tarmiya", read as a place of the text, and At Tarmiyah).

    >>> from analysis.events.places.unknown import text_place
    >>> _known_by_text_name(text_place("Tarmiya", "area", "baghdad"), "gn:98403")
    True
    >>> _known_by_text_name(text_place("Qara Safi", "village"), "gn:166111")
    False
    """
    if a.startswith("txt:") == b.startswith("txt:"):
        return False
    gaz = places_gazetteer()
    t, k = (gaz.row(a), gaz.row(b)) if a.startswith("txt:") else (gaz.row(b), gaz.row(a))
    if k["type"] in BROAD_TYPES or t.get("country") and t.get("country") != k.get("country"):
        return False
    return _folded(str(t["name"])) in {_folded(n) for n in [str(k["name"]), *split_cell(k.get("aliases", ""))]}


def _folded(name: str) -> str:
    """A name's key with its spelling variants folded ("Tarmiya", "Tarmiyah" and "At Tarmiyah" alike)."""
    return fold_key(tuple(t.key for t in tokens(name)))


def _same_text_name(a: str, b: str) -> bool:
    """Whether two places known only from the text are one name, one of them read without its parent ("the Dumez
    district within Kirkuk" and "the Dumez district").

    >>> _same_text_name("txt:dumez@kirkuk_gov", "txt:dumez@"), _same_text_name("txt:dumez@kirkuk_gov", "txt:dumez@erbil")
    (True, False)
    """
    ta, tb = text_place_parts(a), text_place_parts(b)
    if ta is None or tb is None:
        return False
    (ka, pa), (kb, pb) = ta, tb
    return ka == kb and (not pa or not pb)


def specificity(place_id: str) -> int:
    """Geo precision in ACLED's sense: 1 site/town, 2 district/area around it, 3 province or wider.

    >>> specificity("ain_al_asad"), specificity("anbar")
    (1, 3)
    """
    t = places_gazetteer().row(place_id)["type"]
    if t in BROAD_TYPES:
        return 3
    if t in {"border region", "district", "sub-district", "area", "region"}:
        return 2
    return 1


#: (variant, place_id it names) pairs that are not aliases in the table, and look-alike pairs that are different.
VARIANTS_SAME = [("Ayn al-Assad air base", "ain_al_asad"), ("Deir Ez Zour", "deir_ezzor"), ("Conico field", "conoco_field"),
                 ("Harrir air base", "harir"), ("Al-Omar oil-field", "omar_oilfield"), ("Jurf al Sakhar", "jurf_al_sakhr")]
VARIANTS_DIFFERENT = [("Suleimani", "sulaymaniyah"), ("Rumaila", "rumalyn"), ("Ain Zalah", "ain_al_asad"),
                      ("Al Asad Street", "ain_al_asad"), ("Tal Afar", "al_tanf"), ("Kirkush", "kirkuk"),
                      ("Al Omari mosque", "omar_oilfield"), ("Haririya", "harir")]


def fuzzy_threshold_table() -> pd.DataFrame:
    """Fuzzy scores of known variants (same place) and of look-alike names (different places), to justify the threshold.

    >>> t = fuzzy_threshold_table(); bool(t[t.same_place].score.min() >= FUZZY_THRESHOLD)
    True
    """
    from rapidfuzz import fuzz

    hand = load_places()
    rows = []
    for same, pairs in ((True, VARIANTS_SAME), (False, VARIANTS_DIFFERENT)):
        for name, pid in pairs:
            r = hand.set_index("place_id").loc[pid]
            best = max(fuzz.ratio(match_key(name), match_key(a)) for a in [r["name"], *split_cell(r["aliases"])])
            rows.append({"name": name, "place_id": pid, "same_place": same, "score": round(float(best), 1)})
    return pd.DataFrame(rows)


def load_outlines(path: str | Path | None = None) -> pd.DataFrame:
    """Iraq and Syria outlines (country, vertex, longitude, latitude, source_note) from Natural Earth 1:50m.

    ``data/reference/outlines.csv`` holds the largest outer ring of each country taken from Natural
    Earth's admin-0 boundaries (public domain; npm ``world-atlas`` 2.0.2, provenance in
    ``analysis/display/vendor/README.md``); the maps themselves draw all countries with ``analysis.display``.

    >>> sorted(load_outlines()["country"].unique())
    ['Iraq', 'Syria']
    """
    df = pd.read_csv(paths.resolve(path) if path else paths.REFERENCE / "outlines.csv")
    return df.sort_values(["country", "vertex"]).reset_index(drop=True)


ARTICLE_WORDS = ARTICLES  # re-exported for callers of the former module


def __getattr__(name: str) -> object:
    """Actor helpers that lived here before ``analysis.events.actors`` (kept importable)."""
    if name in {"find_actors", "actors_gazetteer", "load_actors", "ACTOR_COLUMNS"}:
        from .. import actors

        return getattr(actors, name)
    raise AttributeError(name)
