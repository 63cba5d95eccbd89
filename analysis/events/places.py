"""Places and actors: reference tables, alias matching (exact then fuzzy), coordinates.

Matching works on *keys*: each word is transliterated to ASCII (unidecode), lower-cased,
apostrophes and possessive 's removed, the Arabic/English articles ``al``/``el``/``the``
dropped, and doubled letters collapsed, so "Ain al-Assad", "Al Ain Assad" and "Ain Al Asad"
share the key ``ainasad``.  Exact key matches (longest first) score 100; remaining runs of
capitalised words are compared with every alias key by ``rapidfuzz.fuzz.ratio`` and kept when
the score reaches ``FUZZY_THRESHOLD`` (90; 94 for keys shorter than 7 letters).  The threshold
sits between the scores of real transliteration variants (>= 90.9 on the variant list in
tests/test_gazetteer.py) and of distinct names that look alike (e.g. the person "Suleimani" vs
the city "Sulaimani" scores 88.9); ``fuzzy_threshold_table()`` recomputes both lists.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import pandas as pd
from rapidfuzz import fuzz, process
from unidecode import unidecode

from .. import paths

FUZZY_THRESHOLD: float = 90.0
SHORT_KEY_THRESHOLD: float = 94.0
ARTICLES = frozenset({"al", "el", "the", "ul"})
CONNECTORS = frozenset({"of", "ez", "az", "as", "ad", "ash", "ar", "bu", "abu", "ibn", "bin", "in", "and"})
PLACE_NOUNS = frozenset({"base", "airbase", "air", "field", "oilfield", "oil", "gas", "airport", "camp",
                         "district", "province", "governorate", "crossing", "garrison", "brigade", "brigades",
                         "militia", "movement", "forces", "units", "force", "organization", "organisation"})
#: capitalised words that never start a fuzzy name on their own
GENERIC = PLACE_NOUNS | frozenset({"military", "international", "national", "american", "iraqi", "syrian", "iranian",
                                   "us", "u", "s", "islamic", "security", "joint", "north", "south", "east", "west"})
_TOKEN = re.compile(r"[0-9A-Za-z\u00C0-\u024F]+(?:['’][0-9A-Za-z\u00C0-\u024F]+)*")
_MAX_N = 7

PLACE_COLUMNS = ["place_id", "name", "aliases", "type", "country", "admin1", "parent", "latitude",
                 "longitude", "source_note"]
ACTOR_COLUMNS = ["actor_id", "name", "aliases", "type", "parent", "country", "side"]


def token_key(token: str) -> str:
    """Normalise one word for matching (ASCII, lower case, no apostrophes or possessive).

    >>> token_key("Kata’ib"), token_key("Baghdad’s"), token_key("Ḥarir")
    ('kataib', 'baghdad', 'harir')
    """
    t = unidecode(token).lower()
    t = re.sub(r"['’`]s$", "", t)
    return re.sub(r"[^0-9a-z]", "", t)


def match_key(text: str) -> str:
    """Key of a whole name: token keys without articles, joined, doubled letters collapsed.

    >>> match_key("Ain al-Assad"), match_key("Al Ain Assad"), match_key("Deir ez-Zor") == match_key("Deir Ezzor")
    ('ainasad', 'ainasad', True)
    """
    keys = [token_key(m.group()) for m in _TOKEN.finditer(text)]
    return re.sub(r"(.)\1+", r"\1", "".join(k for k in keys if k and k not in ARTICLES))


def _split(cell: object) -> list[str]:
    """Split a ';'-separated cell into stripped non-empty strings."""
    if cell is None or (isinstance(cell, float) and pd.isna(cell)) or cell is pd.NA:
        return []
    return [s.strip() for s in str(cell).split(";") if s.strip()]


def load_places(path: str | Path | None = None) -> pd.DataFrame:
    """Read the places table (data/reference/places.csv) with numeric coordinates.

    >>> load_places().set_index("place_id").loc["erbil", "country"]
    'Iraq'
    """
    df = pd.read_csv(paths.resolve(path) if path else paths.REFERENCE / "places.csv", dtype=str, keep_default_na=False)
    missing = set(PLACE_COLUMNS) - set(df.columns)
    if missing:
        raise ValueError(f"places table lacks columns {sorted(missing)}")
    df["latitude"] = pd.to_numeric(df["latitude"])
    df["longitude"] = pd.to_numeric(df["longitude"])
    if not df["place_id"].is_unique:
        raise ValueError("place_id must be unique")
    return df.sort_values("place_id").reset_index(drop=True)


def load_actors(path: str | Path | None = None) -> pd.DataFrame:
    """Read the actors table (data/reference/actors.csv).

    >>> load_actors().set_index("actor_id").loc["pmf", "type"]
    'umbrella body'
    """
    df = pd.read_csv(paths.resolve(path) if path else paths.REFERENCE / "actors.csv", dtype=str, keep_default_na=False)
    missing = set(ACTOR_COLUMNS) - set(df.columns)
    if missing:
        raise ValueError(f"actors table lacks columns {sorted(missing)}")
    if not df["actor_id"].is_unique:
        raise ValueError("actor_id must be unique")
    return df.sort_values("actor_id").reset_index(drop=True)


@dataclass
class Gazetteer:
    """An alias index over a reference table (places or actors)."""

    table: pd.DataFrame
    id_col: str
    exact: dict[str, tuple[str, bool]] = field(default_factory=dict)  # key -> (id, alias starts lower-case)
    keys: list[str] = field(default_factory=list)
    key_ids: list[str] = field(default_factory=list)

    @classmethod
    def from_table(cls, table: pd.DataFrame, id_col: str) -> "Gazetteer":
        """Index every name and alias of ``table`` by its match key.

        >>> Gazetteer.from_table(load_places(), "place_id").exact["erbil"][0]
        'erbil'
        """
        g = cls(table=table.reset_index(drop=True), id_col=id_col)
        for row in g.table.itertuples(index=False):
            rid = getattr(row, id_col)
            for alias in [row.name, *_split(row.aliases)]:
                key = match_key(alias)
                if len(key) < 2 or key in g.exact:
                    continue
                g.exact[key] = (rid, alias[:1].islower())
                g.keys.append(key)
                g.key_ids.append(rid)
        return g

    def row(self, rid: str) -> pd.Series:
        """The reference row of one id."""
        return self.table.set_index(self.id_col).loc[rid]


@lru_cache(maxsize=4)
def _default(kind: str) -> Gazetteer:
    """The project's place or actor gazetteer (cached)."""
    if kind == "place":
        return Gazetteer.from_table(load_places(), "place_id")
    return Gazetteer.from_table(load_actors(), "actor_id")


def places_gazetteer() -> Gazetteer:
    """The default place gazetteer built from data/reference/places.csv.

    >>> len(places_gazetteer().table) > 40
    True
    """
    return _default("place")


def actors_gazetteer() -> Gazetteer:
    """The default actor gazetteer built from data/reference/actors.csv.

    >>> "kataib_hezbollah" in set(actors_gazetteer().key_ids)
    True
    """
    return _default("actor")


def _is_cap(tok: str) -> bool:
    """A token that starts with an upper-case letter or a digit."""
    return tok[:1].isupper() or tok[:1].isdigit()


def _find(text: str, gaz: Gazetteer, threshold: float) -> list[dict]:
    """Exact then fuzzy alias matches in ``text`` (non-overlapping)."""
    toks = [(m.start(), m.end(), m.group()) for m in _TOKEN.finditer(text)]
    keys = [token_key(t[2]) for t in toks]
    used = [False] * len(toks)
    found: list[dict] = []

    def span_key(i: int, j: int) -> str:
        return re.sub(r"(.)\1+", r"\1", "".join(k for k in keys[i:j] if k and k not in ARTICLES))

    def gap_ok(i: int, j: int) -> bool:  # tokens of a name are separated by spaces/hyphens/apostrophes only
        return all(re.fullmatch(r"[ \u00a0\-‐'’.]", text[toks[k][1]:toks[k + 1][0]]) for k in range(i, j - 1))

    for n in range(_MAX_N, 0, -1):
        for i in range(0, len(toks) - n + 1):
            j = i + n
            if any(used[i:j]) or keys[i] == "the" or keys[i] in ARTICLES and n == 1 or not gap_ok(i, j):
                continue
            key = span_key(i, j)
            hit = gaz.exact.get(key)
            if not hit:
                continue
            first = next((toks[k][2] for k in range(i, j) if keys[k] not in ARTICLES), toks[i][2])
            if not hit[1] and not _is_cap(first):
                continue
            if n == 1 and len(key) <= 3 and not toks[i][2].isupper() and "." not in text[toks[i][0]:toks[i][1] + 1]:
                continue  # short single-word aliases (US, KH, IZ) only as written in capitals
            found.append({"start": toks[i][0], "end": toks[j - 1][1], "id": hit[0], "score": 100.0,
                          "method": "exact"})
            for k in range(i, j):
                used[k] = True
    # fuzzy pass over runs of capitalised words (with articles, connectors and place nouns inside)
    cands: list[tuple[float, int, int, int, str]] = []
    for i in range(len(toks)):
        if used[i] or not _is_cap(toks[i][2]) or keys[i] == "the" or keys[i] in GENERIC:
            continue
        for j in range(i + 1, min(len(toks), i + _MAX_N) + 1):
            if used[j - 1] or not gap_ok(i, j):
                break
            last = toks[j - 1][2]
            if j - 1 > i and not (_is_cap(last) or keys[j - 1] in ARTICLES | CONNECTORS | PLACE_NOUNS):
                break
            if keys[j - 1] in ARTICLES | CONNECTORS:
                continue
            key = span_key(i, j)
            if len(key) < 5 or all(keys[k] in GENERIC | ARTICLES | CONNECTORS for k in range(i, j)):
                continue
            cut = threshold if len(key) >= 7 else max(threshold, SHORT_KEY_THRESHOLD)
            best = process.extractOne(key, gaz.keys, scorer=fuzz.ratio, score_cutoff=cut)
            if best:
                cands.append((best[1], j - i, i, j, gaz.key_ids[best[2]]))
    for score, _n, i, j, rid in sorted(cands, key=lambda c: (-c[0], -c[1], c[2])):
        if any(used[i:j]):
            continue
        found.append({"start": toks[i][0], "end": toks[j - 1][1], "id": rid, "score": round(float(score), 1),
                      "method": "fuzzy"})
        for k in range(i, j):
            used[k] = True
    return sorted(found, key=lambda d: (d["start"], d["end"]))


def find_places(text: str, threshold: float = FUZZY_THRESHOLD, gazetteer: Gazetteer | None = None) -> pd.DataFrame:
    """Place mentions in ``text``: start, end, text, place_id, name, type, country, admin1, latitude, longitude, score, method.

    >>> find_places("Rockets hit Ain Al Asad and Arbil airport.")[["text", "place_id", "method"]].values.tolist()
    [['Ain Al Asad', 'ain_al_asad', 'exact'], ['Arbil airport', 'erbil_airport', 'exact']]
    """
    gaz = gazetteer or places_gazetteer()
    cols = ["start", "end", "text", "place_id", "name", "type", "country", "admin1", "latitude", "longitude",
            "score", "method"]
    rows = []
    tab = gaz.table.set_index(gaz.id_col)
    for m in _find(text, gaz, threshold):
        r = tab.loc[m["id"]]
        rows.append({"start": m["start"], "end": m["end"], "text": text[m["start"]:m["end"]], "place_id": m["id"],
                     "name": r["name"], "type": r["type"], "country": r["country"], "admin1": r["admin1"],
                     "latitude": float(r["latitude"]), "longitude": float(r["longitude"]), "score": m["score"],
                     "method": m["method"]})
    return pd.DataFrame(rows, columns=cols)


def find_actors(text: str, threshold: float = FUZZY_THRESHOLD, gazetteer: Gazetteer | None = None) -> pd.DataFrame:
    """Actor mentions in ``text``: start, end, text, actor_id, name, type, side, score, method.

    >>> find_actors("Kata'ib Hizbollah and the Hashed al-Shaabi")[["actor_id", "method"]].values.tolist()
    [['kataib_hezbollah', 'fuzzy'], ['pmf', 'exact']]
    """
    gaz = gazetteer or actors_gazetteer()
    cols = ["start", "end", "text", "actor_id", "name", "type", "side", "score", "method"]
    tab = gaz.table.set_index(gaz.id_col)
    rows = [{"start": m["start"], "end": m["end"], "text": text[m["start"]:m["end"]], "actor_id": m["id"],
             "name": tab.loc[m["id"], "name"], "type": tab.loc[m["id"], "type"], "side": tab.loc[m["id"], "side"],
             "score": m["score"], "method": m["method"]} for m in _find(text, gaz, threshold)]
    return pd.DataFrame(rows, columns=cols)


def match_name(name: str, kind: str = "place", threshold: float = FUZZY_THRESHOLD) -> tuple[str | None, float]:
    """Best id and score for one whole name (exact key first, then fuzzy); (None, score) below threshold.

    >>> match_name("Al Bukamal")
    ('albu_kamal', 100.0)
    """
    gaz = places_gazetteer() if kind == "place" else actors_gazetteer()
    key = match_key(name)
    if key in gaz.exact:
        return gaz.exact[key][0], 100.0
    best = process.extractOne(key, gaz.keys, scorer=fuzz.ratio)
    if best is None:
        return None, 0.0
    cut = threshold if len(key) >= 7 else max(threshold, SHORT_KEY_THRESHOLD)
    return (gaz.key_ids[best[2]] if best[1] >= cut else None), round(float(best[1]), 1)


def ancestors(place_id: str, places: pd.DataFrame | None = None) -> list[str]:
    """All containing places of ``place_id`` (transitively through ``parent``), nearest first.

    >>> ancestors("erbil_airport")[:2]
    ['erbil', 'erbil_gov']
    """
    tab = (places if places is not None else places_gazetteer().table).set_index("place_id")
    out: list[str] = []
    todo = _split(tab.loc[place_id, "parent"]) if place_id in tab.index else []
    while todo:
        p = todo.pop(0)
        if p in out or p not in tab.index:
            continue
        out.append(p)
        todo.extend(_split(tab.loc[p, "parent"]))
    return out


BROAD_TYPES = frozenset({"country", "region", "province"})


def places_compatible(a: str | None, b: str | None, places: pd.DataFrame | None = None) -> bool:
    """Whether two place ids can name the same incident site: equal, one inside the other (below
    country level), or siblings inside the same city/border area.

    >>> places_compatible("erbil_airport", "us_consulate_erbil"), places_compatible("ain_al_asad", "erbil")
    (True, False)
    """
    if not a or not b:
        return True
    if a == b:
        return True
    tab = (places if places is not None else places_gazetteer().table).set_index("place_id")
    anc_a, anc_b = ancestors(a, tab.reset_index()), ancestors(b, tab.reset_index())
    if b in anc_a and tab.loc[b, "type"] != "country" or a in anc_b and tab.loc[a, "type"] != "country":
        return True
    shared = [p for p in anc_a if p in anc_b and tab.loc[p, "type"] not in BROAD_TYPES]
    return bool(shared)


def specificity(place_id: str, places: pd.DataFrame | None = None) -> int:
    """Geo precision of a place in ACLED's sense: 1 site/town, 2 district/region around it, 3 province or wider.

    >>> specificity("ain_al_asad"), specificity("anbar")
    (1, 3)
    """
    tab = (places if places is not None else places_gazetteer().table).set_index("place_id")
    t = tab.loc[place_id, "type"]
    if t in {"country", "province", "region"}:
        return 3
    if t in {"border region", "district"}:
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
    gaz = places_gazetteer()
    rows = []
    for same, pairs in ((True, VARIANTS_SAME), (False, VARIANTS_DIFFERENT)):
        for name, pid in pairs:
            key = match_key(name)
            own = [k for k, i in zip(gaz.keys, gaz.key_ids) if i == pid]
            best = max(fuzz.ratio(key, k) for k in own)
            rows.append({"name": name, "place_id": pid, "same_place": same, "score": round(float(best), 1)})
    return pd.DataFrame(rows)


def load_outlines(path: str | Path | None = None) -> pd.DataFrame:
    """Coarse hand-made country outlines (country, vertex, longitude, latitude) for orientation on maps.

    >>> sorted(load_outlines()["country"].unique())
    ['Iraq', 'Syria']
    """
    df = pd.read_csv(paths.resolve(path) if path else paths.REFERENCE / "outlines.csv")
    return df.sort_values(["country", "vertex"]).reset_index(drop=True)
