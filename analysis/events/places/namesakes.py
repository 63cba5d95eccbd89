"""Whether a found name is used as a place here (locative words, a possessive capital) and which places beyond the
region may be namesakes of local ones; the countries an article names."""

from __future__ import annotations

import re
from functools import lru_cache
from collections.abc import Container

from ..gazetteer import Match, match_key, split_cell
from ..geonames import news_names_elsewhere
from .tables import (AIMED_AT_BEFORE, COUNTRY_RANK, PlaceGazetteer, _APPOSITION_AFTER, _CAP_AFTER_COMMA,
                     _COUNTRY_AFTER, _COUNTRY_POSSESSOR, _CUE_BEFORE, _DASH_AFTER, _DATELINE, _DATE_COLON_BEFORE,
                     _DATE_DASH_BEFORE, _ENTRY_COLON, _ENTRY_DASH, _EVENT_DET_BEFORE, _EVENT_NOUN_AFTER,
                     _FACILITY_NOUN_AFTER, _HOMETOWN_BEFORE, _NAMED_PART_OF_BEFORE, _NAME_GOES_ON, _NOUN_AFTER,
                     _OF_AND_BEFORE, _OF_BEFORE, _OTHER_PLACE_AFTER, _PAREN_FIRST,
                     _PART_OWNED, _PLACE_OWNED, _POSSESSIVE, _SIDE_OF_BEFORE, _STRUCK_ON, _UNIT_IN_NAME, _region_names,
                     places_gazetteer)


def well_known_place(p: dict) -> bool:
    """Whether a found place is one a name alone points to: a place of the region (Iraq, Syria and their neighbours), a
    national capital, or a city of ``NAMESAKE_BIG_CITY`` people or more.

    >>> from analysis.events.places import scan_places
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
    from ..geonames import country_capitals

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
    if _event_named_by_town(text, start, end):
        return True  # "a Tikrit roadside bombing", "two Muqdadiya car bombings": where the event happened
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


def _event_named_by_town(text: str, start: int, end: int) -> bool:
    """Whether the name at [start, end) is the town of an indefinite or counted event named after it ("a Tikrit
    roadside bombing left one dead"): not a capital before a state's weapon ("a Kyiv drone attack", "an Ankara air
    strike": the state), nor when the clause places the event elsewhere ("... on Belgorod", "... near Sinjar").

    >>> _event_named_by_town("a Tikrit roadside bombing left one dead", 2, 8)
    True
    >>> _event_named_by_town("an Ankara air strike killed three", 3, 9)
    False
    >>> _event_named_by_town("a Kyiv raid on Belgorod", 2, 6)
    False
    """
    m = _EVENT_NOUN_AFTER.match(text, end)
    if m is None or not _EVENT_DET_BEFORE.search(text, max(0, start - 12), start):
        return False
    state_weapon = m.group("mod") or m.group("noun").startswith(("strike", "airstrike", "raid"))
    if state_weapon and match_key(text[start:end]) in _capital_keys():
        return False
    return not _OTHER_PLACE_AFTER.match(text, m.end())


#: what joins a place to the unit or country it is said to lie in: "X district of Y", "X, Y", "X in Y province"
_PARENT_GAP = re.compile(r"(?:\s+(?:district|city|town|village|area|region|county|municipality))?\s*(?:,|\s+of|\s+in)\s+"
                         r"(?:the\s+)?(?:(?:north|south|east|west)\w*\s+)?", re.I)


def _without_foreign_parent(found: list[tuple[Match, str]], gaz: PlaceGazetteer, text: str, used: list[bool],
                            refused: set[str]) -> list[tuple[Match, str]]:
    """``found`` less the towns and districts the text itself puts in a province or country of another state ("the Karak
    district of Khyber-Pakhtunkhwa province": not Jordan's Karak); their words are freed for the text's own places.

    >>> from analysis.events.places import scan_places
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
#: ("SANA state news agency": the medium, not Sanaa; the state's word only after a name in capitals, an acronym)
_MEDIUM_AFTER = re.compile(r"\s+(?P<state>(?:state|state-run|official|government|semi-official)\s+)?(?:news\s+agency|"
                           r"agency|newspaper|television|TV|radio)\b(?!['’]s)")


def _medium_after(text: str, start: int, end: int) -> bool:
    """Whether a news medium's noun follows the name at [start, end) ("the Sana news agency"; "SANA state news agency",
    the state's word only after an acronym in capitals: "the Kabul state television building" is in Kabul).

    >>> _medium_after("SANA state news agency said", 0, 4), _medium_after("the Kabul state television building", 4, 9)
    (True, False)
    """
    m = _MEDIUM_AFTER.match(text, end)
    return m is not None and (not m.group("state") or text[start:end].isupper())


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

    >>> from analysis.events.places import scan_places
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
    if row["country"] in COUNTRY_RANK and match_key(written) in news_names_elsewhere():
        return True  # "Palmyra", also towns of the Americas: the Syrian town in an article on the region only
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
    from ..geonames import _common_word

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

    >>> from analysis.events.places import scan_places
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


from ..prefilter import guard_patterns  # noqa: E402  (after every expression of the module is defined)

guard_patterns(globals())
