"""Towns, villages and city quarters of Iraq and Syria that the package gazetteer lacks, from a hand-kept list.

GeoNames ``cities500`` holds about 170 towns of Iraq and 300 of Syria, while reports name their sub-districts,
villages and city quarters ("Abu Saida", "Yathrib", "Sheikh Maqsoud"). ``data/reference/places_iq_sy.csv`` lists
such places from public knowledge: ``name``, ``aliases`` (";"-separated spellings that folding does not join),
``type`` (town or neighbourhood), ``country``, ``admin1`` (the province, as the gazetteer names it) and ``within``
(the city a quarter belongs to). :func:`reference_places` turns it into gazetteer rows (ids ``ref:<country>:<key>``,
source ``reference``) for the names the merged table does not already know. They match like package towns: only
where the text uses them as places (a locative word, a place noun, a list), never fuzzily.

A row is left out when any of its names is already a place of the table (exactly or by folded key), when two rows
of the list share a name (ambiguous), or when a one-word name is an English word or a first name. A row's
coordinates are those of the place that holds it (its city or province): the point stands for an area.
"""

from __future__ import annotations

from collections import Counter
from functools import lru_cache

import pandas as pd

from .. import paths
from .gazetteer import MIN_FOLD, fold_key, match_key, split_cell, tokens

__all__ = ["REFERENCE_FILE", "reference_places", "reference_aliases", "reference_list", "first_name_keys"]

REFERENCE_FILE = "places_iq_sy.csv"
SOURCE_NOTE = "hand-kept list of towns and quarters (public knowledge); coordinates: of the place that holds it"
_CC = {"Iraq": "iq", "Syria": "sy"}


def reference_list() -> pd.DataFrame:
    """The hand-kept list as read (one row per place).

    >>> r = reference_list(); set(r["country"]) == {"Iraq", "Syria"} and set(r["type"]) == {"town", "neighbourhood"}
    True
    """
    return pd.read_csv(paths.REFERENCE / REFERENCE_FILE, dtype=str, keep_default_na=False)


def _names(row: dict) -> list[str]:
    """A row's name and aliases."""
    return [row["name"], *split_cell(row["aliases"])]


def _folded(name: str) -> str:
    """The folded key of a name ('' when too short to be matched folded).

    >>> _folded("Al Miqdadiyeh") == _folded("Miqdadiya"), _folded("Kut")
    (True, '')
    """
    fk = fold_key(tuple(t.key for t in tokens(name)))
    return fk if len(fk) >= MIN_FOLD else ""


def _known_keys(table: pd.DataFrame) -> tuple[set[str], set[str]]:
    """Exact and folded keys of every name and alias of the table."""
    exact, folded = set(), set()
    for name, aliases in zip(table["name"], table["aliases"]):
        for a in [name, *split_cell(aliases)]:
            exact.add(match_key(a))
            folded.add(_folded(a))
    folded.discard("")
    return exact, folded


@lru_cache(maxsize=1)
def first_name_keys() -> frozenset[str]:
    """Keys of the first names of ``data/reference/speaker_first_names.csv`` ("Sonia", "Hamza").

    >>> {"sonia", "hamza"} <= first_name_keys()
    True
    """
    first = pd.read_csv(paths.REFERENCE / "speaker_first_names.csv", dtype=str, keep_default_na=False)["name"]
    return frozenset(match_key(n) for n in first)


def _word_blocklist() -> frozenset[str]:
    """Keys of one-word names never taken from the list: place stopwords and first names."""
    from .places import place_stopwords

    return place_stopwords() | first_name_keys()


def _kept(rows: list[dict], table: pd.DataFrame) -> list[dict]:
    """The rows of the list that name a new place unambiguously (see the module's rules)."""
    exact, folded = _known_keys(table)
    counts = Counter(k for k, _ in {(match_key(n), r["admin1"]) for r in rows for n in _names(r)})
    block = _word_blocklist()
    out = []
    for r in rows:
        keys = [match_key(n) for n in _names(r)]
        if any(k in exact or counts[k] > 1 for k in keys) or any(_folded(n) in folded for n in _names(r)):
            continue
        if len(tokens(r["name"])) == 1 and keys[0] in block:
            continue
        out.append(r)
    return out


def reference_aliases(table: pd.DataFrame) -> dict[str, list[str]]:
    """Spellings of the list that a place of ``table`` lacks, by its id: a row one of whose names the table knows
    gives its other names to that place ("Kobani" to Ayn al-Arab, "Palmyra" to Tadmur), when the name known is the
    table's first place of that name in the row's country and none of the new names is already another place's.

    >>> from analysis.events.places import places_table
    >>> t = places_table(("SY",)); "Palmyra" in split_cell(t.loc[t["name"].eq("Tadmur"), "aliases"].iloc[0])
    True
    """
    exact, folded = _known_keys(table)
    ids: dict[tuple[str, str], str] = {}
    for r in table.itertuples(index=False):
        for a in [r.name, *split_cell(r.aliases)]:
            ids.setdefault((r.country, match_key(a)), r.place_id)  # the hand rows come first
    out: dict[str, list[str]] = {}
    for r in reference_list().to_dict("records"):
        known = [ids.get((r["country"], match_key(n))) for n in _names(r)]
        new = [n for n in _names(r) if match_key(n) not in exact and _folded(n) not in folded]
        target = next((k for k in known if k), None)
        if target and new:
            out.setdefault(target, []).extend(new)
    return out


def _unit_index(table: pd.DataFrame) -> dict[tuple[str, str, str], str]:
    """(country, "province" or "town", key) -> the id of the province, or of the city or town, of that name (hand
    rows first; a province also by "<name> province" and "<name> governorate")."""
    groups = {"province": "province", "city": "town", "town": "town", "country": "country"}
    out: dict[tuple[str, str, str], str] = {}
    t = table[table["type"].isin(list(groups))].sort_values("source", key=lambda c: c.ne("hand"), kind="stable")
    for r in t.itertuples(index=False):
        for a in [r.name, *split_cell(r.aliases)]:
            out.setdefault((r.country, groups[r.type], match_key(a)), r.place_id)
    return out


def _unit_id(units: dict[tuple[str, str, str], str], country: str, name: str, group: str) -> str:
    """Id of the place of ``group`` in ``country`` named ``name`` (a province also "<name> province"), else ''.

    >>> _unit_id({("Iraq", "province", "diyalaprovince"): "p"}, "Iraq", "Diyala", "province")
    'p'
    """
    for k in (match_key(name), match_key(f"{name} province"), match_key(f"{name} governorate")):
        if (country, group, k) in units:
            return units[country, group, k]
    return ""


def reference_places(table: pd.DataFrame) -> pd.DataFrame:
    """Gazetteer rows (the columns of ``table``) for the places of the list that ``table`` lacks.

    >>> from analysis.events.places import places_table  # which merges these rows in
    >>> r = places_table(("IQ", "SY")).set_index("name")
    >>> r.loc["Yathrib", ["type", "admin1", "source"]].tolist()
    ['town', 'Salah al-Din', 'reference']
    """
    rows = _kept(reference_list().to_dict("records"), table)
    by_id = table.set_index("place_id")
    units = _unit_index(table)
    out = []
    for r in rows:
        prov = _unit_id(units, r["country"], r["admin1"], "province")
        city = _unit_id(units, r["country"], r["within"], "town") if r["within"] else ""
        holder = city or prov or _unit_id(units, r["country"], r["country"], "country")
        h = by_id.loc[holder] if holder else None
        parent = ";".join(p for p in (city, prov) if p) or (holder or "")
        out.append({"place_id": f"ref:{_CC[r['country']]}:{match_key(r['name'])}", "name": r["name"],
                    "aliases": r["aliases"], "type": r["type"], "country": r["country"],
                    "admin1": by_id.loc[prov, "admin1"] or r["admin1"] if prov else r["admin1"], "parent": parent,
                    "latitude": h["latitude"] if h is not None else float("nan"),
                    "longitude": h["longitude"] if h is not None else float("nan"), "source_note": SOURCE_NOTE,
                    "district": "", "population": 0, "source": "reference"})
    return pd.DataFrame(out, columns=table.columns)
