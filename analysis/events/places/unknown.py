"""Places the gazetteers lack, found by what the text calls them ("the village of X"), and what that reading needs: the
rows of ``find_places``, headings, holidays and armed groups that are no place, ids of places known only from the
text (``text_place``), the known places that locate them and ``ancestors``."""

from __future__ import annotations

import bisect
import re
from functools import lru_cache
from itertools import accumulate
from collections.abc import Iterator

import pandas as pd

from ... import paths
from ...text.checks import require_frame
from ..gazetteer import match_key, split_cell, token_key
from ..timex.lexicon import MON_FULL, WD_FULL
from .tables import (PlaceGazetteer, TOWN_TYPES, _ENTRY_DASH, _ENTRY_DAY, _NOT_NAMES, _TEXT_PLACES, _UNKNOWN,
                     _UNKNOWN_BEFORE, _UNKNOWN_BEFORE_CAP, _word_starts, place_stopwords, places_gazetteer)


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
                  "municipalit", "province", "governorate", "prefecture", "District", "Village", "Neighbo", "Quarter")
_TOPONYM_WORDS = ("Tal", "Tel", "Kafr", "Kfar", "Khirb", "Jisr", "Qasr", "Wadi", "Jabal", "Jebel", "Mazraat", "Nahr",
                  "Kani", "Qal", "Bir", "Hay")


#: an Arabic article written before a name with a hyphen ("the village of As-Saan"): a part of the name its kind word
#: announces, not the English stop word "as" or "at" (a name without a kind word, "shelled An-Nusra", may be a group's)
_ARTICLE_JOINED = re.compile(r"^(A(?:[lsdrtzn]|sh|dh))-(?=[A-Z])")


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
                          r"offensives?|incursions?|"
                          r"missiles?|drones?)\b", re.I)
#: a facility's name, not a settlement's ("the Russian Consulate in X", "the Rasheed Hotel in X")
_FACILITY_LAST = re.compile(r"\s(?:Consulate|Embassy|Hospital|Clinic|Mosque|Church|Shrine|School|University|College|Hotel|"
                            r"Stadium|Bridge|Square|Street|Market|Prison|Airport|Base|Camp|Company|Field|Factory|Office|"
                            r"Ministry|Headquarters|Centre|Center|Building|Palace|Station|Department|Council|Court)$")
#: a name after a locative, "on" or a verb of fire on a place, that a place named next holds ("rockets on X in Y",
#: "shelled X in Y", "areas in X in the eastern countryside of Y", "places in X, Y and Z in Y": the first of a list): a
#: place of Y even when no gazetteer lists it (kept only when Y is a place found). Not after "attacked", "targeted",
#: "raided" or "pounded", whose object is often a person, a firm or a team
_LOCATED_IN = re.compile(r"(?P<prep>" + _word_starts("in at near on shelled bombed") +
                         r")\s+(?:the\s+)?(?!" + _CALENDAR +
                         r")(?P<name>(?:al-|el-|Al-|El-)?[A-Z][\w'’-]+(?:\s+(?:al-|el-)?[A-Z][\w'’-]+){0,2})"
                         r"(?:(?:,\s*|,?\s+and\s+)(?:al-|el-|Al-|El-)?[A-Z][\w'’-]+(?:\s+(?:al-|el-)?[A-Z][\w'’-]+)?){0,4}"
                         r"\s+in\s+(?:the\s+)?(?:(?:(?:north|south|east|west)\w*(?:-\w+)?|central)\s+)?"
                         r"(?:(?:countryside|outskirts|suburbs|rural\s+areas)\s+of\s+(?:the\s+)?)?(?=[A-Z]|al-|el-)")


#: a name shelled or bombarded, told by itself before the clause goes on ("shelled Tariq al-Bab today killing 15",
#: "shelled Harasta and clashed with ..."): artillery falls on places (not "shelled Hamas positions", whose noun goes on)
_SHELLED_NAME = re.compile(r"\b(?:shelled|bombarded)\s+(?:the\s+)?(?!" + _CALENDAR + r")"
                           r"(?P<name>(?:al-|el-|Al-|El-)?[A-Z][\w-]+(?:\s+(?:al-|el-)?[A-Z][\w-]+){0,2})"
                           r"(?=\s*[,.;]|\s+(?:today|tonight|yesterday|overnight|on\s|at\s|killing|wounding|injuring|leaving|"
                           r"with\s|and\s+(?:killed|clashed|wounded|injured)\b))")


def _actor_name(name: str) -> bool:
    """Whether a name is an armed group's or a force's (who is attacked, not where).

    >>> _actor_name("Kataib Hezbollah"), _actor_name("Iblin")
    (True, False)
    """
    from ..actors import match_actor

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


#: a locative that opens the text before a place and a comma ("In Mosul, a car bomb ..."), as roundups open an entry
#: (not where a speaker speaks from: "In Washington, the Pentagon said a strike in the village of X ...")
_SPEECH = re.compile(r"\b(?:said|says|told|tells|announced|reported|stated|added|confirmed)\b")
_FRONTED = re.compile(r"\W*(?:In|At|Near|Outside)\s+(?:the\s+)?")


def _fronted_place(text: str, known: list[dict]) -> dict | None:
    """The known place a text opens on, after a locative and before a comma ("In Mosul, ..."): it holds the places
    the text names later that no other place locates.

    >>> _fronted_place("In Mosul, a bomb hit the X area", [{"start": 3, "end": 8}])["end"]
    8
    """
    m = _FRONTED.match(text)
    if m is None:
        return None
    return next((d for d in known if d["start"] == m.end() and text[d["end"]:d["end"] + 1] == ","), None)


def _unknown_places(text: str, known: list[dict], gaz: PlaceGazetteer) -> list[dict]:
    """Named places the gazetteers lack, found by what the text calls them ("Kani Spika village", "the village
    of X") or by the known place that locates them ("in Halwan, Kirkuk"); each takes its locating place as parent."""
    loc = None  # built at the first name that needs it: most texts have none
    spans = []
    kinds = _has_word(text, _UNKNOWN_WORDS)
    owned: dict[int, int] = {}  # name start -> where its kind word starts, after a possessive ("Aden's district of X")
    for rx, n, k in ((_UNKNOWN, "name1", "kind1"), (_UNKNOWN_BEFORE, "name2", "kind2"),
                     (_UNKNOWN_BEFORE_CAP, "name3", "kind3")):
        for m in rx.finditer(text) if kinds else ():
            if m.group(n).endswith(("'s", "’s")) and (n != "name1" or m.group(k).lower().endswith("s")):
                continue  # "Aden's district of X": the possessor, no district named "Aden's"; nor "residential areas
                # of Somalia's capital": the possessor of what follows (but "the village of Kukawa's market": Kukawa)
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
    for m in _SHELLED_NAME.finditer(text) if "shelled" in text or "bombarded" in text else ():
        if not _actor_name(m.group("name")):  # "the army shelled Tariq al-Bab today, killing 15": shelled is a place
            spans.append((m.start("name"), m.end("name"), m.group("name"), "place", m.end("name")))
    for m in _TOPONYM.finditer(text) if _has_word(text, _TOPONYM_WORDS) else ():
        spans.append((m.start("name"), m.end("name"), m.group("name"), "place", m.end("name")))
    for m in _headings(text):
        spans.append((m.start("name"), m.end("name"), m.group("name"), "place", m.end("name")))
    if not spans:
        return []
    loc = _Locators(known) if loc is None else loc
    fronted = _fronted_place(text, known)
    for s, e, name, kind, after in sorted(spans, key=lambda x: -x[0]):  # right to left: a locator is found first
        joined = _ARTICLE_JOINED.sub(r"\1", name) if kind != "place" else name  # "the village of As-Saan": one name
        words = [w.lower().strip("'’") for w in re.split(r"[\s-]+", joined)]
        if re.match(_CALENDAR, name):
            continue  # "yesterday Friday areas in X": a day, not a place
        if loc.overlaps(s, e) or words[0] in _NOT_NAMES or len(words) == 1 and words[0] in country_adjectives() or all(w in _NOT_NAMES for w in words) \
                or name.isupper() or len(words) == 1 and token_key(words[0]) in place_stopwords() or _DESCRIBED.search(name):
            continue  # nor a describing compound ("the Christian-majority town")
        parent = loc.after(text, abs(after)) or (loc.before(text, s) if after >= 0 else None) or \
            (loc.before(text, owned[s]) if s in owned else None) or \
            (fronted if fronted and after >= 0 and s > fronted["end"] and not _SPEECH.search(text, fronted["end"], s)
             else None)  # "Aden's district of Buraigah": in Aden; "In Mosul, a car bomb ... in the Wadi Hajar area":
        # in Mosul, the place the sentence opens on
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
                            r"[\s,]*(?:(?:which|that)\s+)?(?:(?:is|was)\s+(?:located|situated)|lies)\s+in\s+(?:the\s+)?|"  # "X village
                            # which is located in Y"
                            r"\s+(?:local\s+government\s+area|sub-?district|district|county|municipality)\s+(?:of|in)\s+(?:the\s+)?|"
                            # "Bassa local government area of Plateau State": the unit's own noun, then what holds it
                            r"[\s,]*(?:north|south|east|west)\w*\s+of\s+(?:the\s+)?|"  # "X area(,) east of Haditha"
                            r"[\s,]*(?:in\s+)?(?:the\s+)?(?:(?:north|south|east|west)\w*\s+|central\s+)?(?:countryside|outskirts|"
                            r"suburbs?|desert)\s+of\s+(?:the\s+)?|"  # "X town, eastern countryside of Deir ez-Zor"
                            r"[\s,]*(?:in|of)\s+(?:the\s+)?(?:[\w-]+\s+)?[A-Z][\w-]*['’]s\s+")  # "of north-central Nigeria's"
#: the gap between a known place and a name after it that it locates ("Erbil's Sidakan sub-district")
_LOCATES_BEFORE = re.compile(r"(?:'s|’s)?\s*(?:(?:north|south|east|west)\w*\s+|central\s+|downtown\s+)?")
#: the longest stretch a gap of ``_LOCATES_AFTER`` can span: separators and at most five words ("in the western
#: countryside of")
_AFTER_REACH = re.compile(r"[\s,(]*[\w-]*[\s,(]*[\w-]*[\s,(]*[\w'’-]*[\s,(]*[\w'’-]*[\s,(]*[\w'’-]*[\s,(]*")


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


from ..prefilter import guard_patterns  # noqa: E402  (after every expression of the module is defined)

guard_patterns(globals())
