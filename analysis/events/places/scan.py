"""Place mentions in a text (``scan_places``): matched names resolved to a place, units named after their kind word,
capitals told by their country’s adjective, titles and headings that are no place."""

from __future__ import annotations

import re
from functools import lru_cache
from collections.abc import Container

from ..gazetteer import FUZZY_THRESHOLD, SUN_ARTICLES, Match, Token, match_key, split_cell, tokens
from .tables import (PlaceGazetteer, SITE_TYPES, TOWN_TYPES, _FUZZY_SKIP, _NOT_NAMES, match_name, place_stopwords,
                     places_gazetteer)
from .namesakes import (_ARTICLE_NAME_AFTER, _FEATURE_AFTER, _LONGER_NAME_AFTER, _NAMED_AIRPORT_AFTER, _medium_after,
                        _SETTLEMENT_AFTER, _finer_kind_after, _has_cue, _without_far_namesakes,
                        _without_foreign_parent)
from .unknown import _demonym_table, _found_row, _unknown_places, ancestors


def _resolve(match: Match, gaz: PlaceGazetteer, text: str, toks: list[Token], sentence_start: int) -> str | None:
    """The place a matched alias names, or None when a package name is not used as a place here."""
    first = gaz.first(match.ids)
    if gaz.rows[first]["type"] in SITE_TYPES and _SETTLEMENT_AFTER.match(text[match.end:match.end + 20]):
        return None  # "the al-Assad villages": a settlement of that name, not the base whose alias it is
    if gaz.rows[first]["source"] == "hand" and match.method != "folded":  # a folded spelling needs a cue too
        return first
    if match.method == "folded" and gaz.rows[first]["type"] == "country" and \
            text[match.start:match.start + 1].lower() != str(gaz.rows[first]["name"])[:1].lower():
        return None  # "the Damascus neighborhood of Qaboun" is no "Gabon" (a misspelling keeps its first letter: "Lybia")
    if _LONGER_NAME_AFTER.match(text, match.end) or match.method == "folded" and _ARTICLE_NAME_AFTER.match(text, match.end) \
            or _FEATURE_AFTER.match(text, match.end) or _medium_after(text, match.start, match.end) or \
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
def _capital_ids() -> dict[str, str]:
    """Country adjective (``data/reference/country_demonyms.csv``) or country name -> the default gazetteer's id of
    that country's capital (GeoNames' capital, found among its towns of that country; another gazetteer uses only the
    ids it holds).

    >>> _capital_ids()["Somali"], _capital_ids()["Iraqi"], _capital_ids()["Iraq"]
    ('gn:53654', 'baghdad', 'baghdad')
    """
    from ..geonames import country_capitals, country_names

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


from ..prefilter import guard_patterns  # noqa: E402  (after every expression of the module is defined)

guard_patterns(globals())
